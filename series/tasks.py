"""Background work for following: confirmation emails and new-post
notifications. Every task is safe to run twice."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from blog.models import BlogPage
from core.tasks import email_task, is_transient, send_email
from series import emails
from series.models import Notification, PostAnnouncement, SeriesPart, Subscription
from series.parts import attach_series

# A send that claimed a notification but never finished (a crashed worker)
# may be tried again after this long.
CLAIM_TIMEOUT = timedelta(minutes=10)


@email_task
def send_confirmation(subscription_id):
    subscription = (
        Subscription.objects.filter(pk=subscription_id, status=Subscription.Status.PENDING)
        .select_related("series")
        .first()
    )
    if subscription:
        send_email(emails.confirmation_email(subscription))


@email_task
def announce_post(post_id):
    """Tells the followers of a newly published post about it, once."""
    post = BlogPage.objects.filter(pk=post_id, live=True).first()
    if post is None:
        return
    record_notifications(post)
    unreachable = None
    for notification_id in (
        post_notifications(post).filter(sent_at=None).values_list("pk", flat=True)
    ):
        try:
            send_notification(notification_id)
        except OSError as error:  # the others are tried; the retry sends what is left
            unreachable = error
    if unreachable:
        raise unreachable


@email_task
def resend_notification(notification_id):
    send_notification(notification_id)


def record_notifications(post):
    """Creates the notifications for a post's first publication; a later
    publication finds its announcement already recorded and adds nothing."""
    try:
        with transaction.atomic():
            PostAnnouncement.objects.create(post=post)
            series_ids = list(
                SeriesPart.objects.filter(post=post, series__live=True).values_list(
                    "series_id", flat=True
                )
            )
            followers = Subscription.objects.filter(
                Q(series_id__in=series_ids) | Q(series=None),
                status=Subscription.Status.CONFIRMED,
            )
            # An address following both the series and the blog hears once,
            # as a follower of the series.
            seen = set()
            notifications = []
            for subscription in sorted(followers, key=lambda s: (s.series_id is None, s.pk)):
                if subscription.email in seen:
                    continue
                seen.add(subscription.email)
                notifications.append(Notification(subscription=subscription, post=post))
            Notification.objects.bulk_create(notifications)
    except IntegrityError:
        pass  # announced already, by an earlier publication or a parallel run


def post_notifications(post):
    return Notification.objects.filter(post=post)


def send_notification(notification_id):
    """Claims the notification (so a parallel run cannot send it too), sends
    it, and records the outcome. A failure is kept for editors to resend."""
    now = timezone.now()
    claimed = (
        Notification.objects.filter(pk=notification_id, sent_at=None)
        .filter(Q(claimed_at=None) | Q(claimed_at__lt=now - CLAIM_TIMEOUT))
        .update(claimed_at=now)
    )
    if not claimed:
        return False
    notification = Notification.objects.select_related("subscription__series", "post").get(
        pk=notification_id
    )
    attach_series([notification.post])
    try:
        send_email(emails.new_post_email(notification))
    except Exception as error:  # any mail-server failure: keep it for a resend
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None,
            attempts=notification.attempts + 1,
            # The class name only: server messages can quote the address.
            last_error=type(error).__name__,
        )
        if is_transient(error):
            raise  # the task is queued again (core.tasks.email_task)
        return False
    Notification.objects.filter(pk=notification_id).update(
        sent_at=timezone.now(), attempts=notification.attempts + 1, last_error=""
    )
    return True
