"""Background work for guest posting: the emails about pitches, review and
withdrawals. Tasks take ids, never addresses, and read the current state
first, so one that runs late (or twice) never sends a decline that was taken
back, or tells contributors twice that their post is live."""

from wagtail.models import TaskState

from blog.models import BlogPage
from core.tasks import email_task, is_transient, send_email
from guestposts import emails
from guestposts.models import LiveNotice, Pitch, Withdrawal


def send_all(messages):
    for message in messages:
        send_email(message)


@email_task
def send_pitch_acknowledgement(pitch_id):
    pitch = Pitch.objects.filter(pk=pitch_id).first()
    if pitch:
        send_email(emails.pitch_acknowledgement(pitch))


@email_task
def notify_editors_of_pitch(pitch_id):
    pitch = Pitch.objects.filter(pk=pitch_id, status=Pitch.Status.NEW).first()
    if pitch:
        send_all(emails.new_pitch_for_editors(pitch))


@email_task
def send_pitch_declined(pitch_id):
    pitch = Pitch.objects.filter(pk=pitch_id, status=Pitch.Status.DECLINED).first()
    if pitch:
        send_email(emails.pitch_declined(pitch))


@email_task
def send_changes_requested(task_state_id):
    state = TaskState.objects.select_related("workflow_state__requested_by").get(pk=task_state_id)
    post = BlogPage.objects.get(pk=state.workflow_state.object_id)
    send_all(emails.changes_requested(state, post))


@email_task
def send_approved(post_id):
    post = BlogPage.objects.get(pk=post_id)
    if post.live:
        return  # the "it's live" email says it all
    send_all(emails.approved_scheduled(post))


@email_task
def send_published(post_id):
    post = BlogPage.objects.get(pk=post_id)
    if not post.live:
        return  # approved for later: Wagtail signals it, but it is not live yet
    notice, first_time = LiveNotice.objects.get_or_create(post=post)
    if first_time:
        try:
            send_all(emails.published(post))
        except Exception as error:
            if is_transient(error):  # unrecorded, so the retry sends the rest
                notice.delete()
            raise


@email_task
def send_withdrawal_requested(withdrawal_id):
    withdrawal = Withdrawal.objects.select_related("post").get(pk=withdrawal_id)
    send_all(emails.withdrawal_requested(withdrawal))


@email_task
def send_withdrawal_done(withdrawal_id):
    withdrawal = Withdrawal.objects.select_related("post", "requested_by").get(pk=withdrawal_id)
    send_all(emails.withdrawal_done(withdrawal))
