"""Emails that tell guest contributors and editors what happened in review
and what to do next. Each is sent by a task, enqueued after the change that
caused it has committed; tasks take ids, never addresses."""

from functools import partial

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from django.urls import reverse
from django_tasks import task
from wagtail.models import TaskState
from wagtail.signals import page_published, task_rejected, workflow_approved

from blog.models import BlogPage
from core.emails import admin_url, plain_email
from guestposts.setup import EDITORS


def contributors_of(post):
    return [
        author.user
        for author in post.authors
        if author.kind == author.Kind.GUEST and author.user_id and author.user.email
    ]


def editors():
    return (
        get_user_model()
        .objects.filter(Q(groups__name=EDITORS) | Q(is_superuser=True), is_active=True)
        .exclude(email="")
        .distinct()
    )


def send(template, subject, recipients, **context):
    for user in recipients:
        plain_email(
            f"guestposts/emails/{template}.txt",
            {"user": user, **context},
            subject=subject,
            to=[user.email],
        ).send()


@task()
def changes_requested(task_state_id):
    state = TaskState.objects.select_related("workflow_state__requested_by").get(pk=task_state_id)
    post = BlogPage.objects.get(pk=state.workflow_state.object_id)
    requester = state.workflow_state.requested_by
    send(
        "changes_requested",
        f"Changes requested on “{post.title}”",
        [requester] if requester and requester.email else [],
        post=post,
        comment=state.get_comment(),
        edit_url=admin_url(reverse("wagtailadmin_pages:edit", args=[post.pk])),
    )


@task()
def approved(post_id):
    post = BlogPage.objects.get(pk=post_id)
    if post.live:
        return  # the "it's live" email says it all
    send(
        "approved_scheduled",
        f"“{post.title}” is approved",
        contributors_of(post),
        post=post,
        go_live_at=post.go_live_at,
    )


@task()
def published(post_id):
    post = BlogPage.objects.get(pk=post_id)
    send(
        "published",
        f"“{post.title}” is live",
        contributors_of(post),
        post=post,
        post_url=post.get_full_url(),
    )


@task()
def withdrawal_requested(withdrawal_id):
    from guestposts.models import Withdrawal

    withdrawal = Withdrawal.objects.select_related("post").get(pk=withdrawal_id)
    send(
        "withdrawal_requested",
        f"A contributor asks to withdraw “{withdrawal.post.title}”",
        editors(),
        withdrawal=withdrawal,
        review_url=admin_url(reverse("guestposts_withdrawal:index")),
    )


@task()
def withdrawal_done(withdrawal_id):
    from guestposts.models import Withdrawal

    withdrawal = Withdrawal.objects.select_related("post", "requested_by").get(pk=withdrawal_id)
    send(
        "withdrawal_done",
        f"“{withdrawal.post.title}” has been withdrawn",
        [withdrawal.requested_by],
        withdrawal=withdrawal,
    )


def after_commit(task_, *args):
    transaction.on_commit(partial(task_.enqueue, *args))


@receiver(task_rejected)
def on_changes_requested(sender, instance, user, **kwargs):
    if instance.workflow_state.content_type.model_class() is not None and issubclass(
        instance.workflow_state.content_type.model_class(), BlogPage
    ):
        after_commit(changes_requested, instance.pk)


@receiver(workflow_approved)
def on_approved(sender, instance, user, **kwargs):
    after_commit(approved, int(instance.object_id))


@receiver(page_published, sender=BlogPage)
def on_published(sender, instance, **kwargs):
    if any(author.kind == author.Kind.GUEST for author in instance.authors):
        after_commit(published, instance.pk)
