from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, task_rejected, workflow_approved

from blog.models import BlogPage
from core.tasks import enqueue_after_commit
from guestposts import tasks
from guestposts.models import GuestPostIndexPage
from guestposts.setup import attach_to_guest_index, ensure_workflow


@receiver(post_save, sender=GuestPostIndexPage)
def set_up_guest_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        attach_to_guest_index(instance)


def ensure_workflow_after_migrate(sender, **kwargs):
    ensure_workflow()


def connect_post_migrate(app_config):
    post_migrate.connect(ensure_workflow_after_migrate, sender=app_config)


def is_post(workflow_state):
    model = workflow_state.content_type.model_class()
    return model is not None and issubclass(model, BlogPage)


# Review emails go out once the change that caused them has committed.


@receiver(task_rejected)
def on_changes_requested(sender, instance, user, **kwargs):
    if is_post(instance.workflow_state):
        enqueue_after_commit(tasks.send_changes_requested, instance.pk)


@receiver(workflow_approved)
def on_approved(sender, instance, user, **kwargs):
    if is_post(instance):
        enqueue_after_commit(tasks.send_approved, int(instance.object_id))


@receiver(page_published, sender=BlogPage)
def on_published(sender, instance, **kwargs):
    if instance.is_guest_post:
        enqueue_after_commit(tasks.send_published, instance.pk)
