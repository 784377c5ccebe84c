from django.dispatch import receiver
from wagtail.signals import page_published

from blog.models import BlogPage
from core.tasks import enqueue_after_commit
from series.tasks import announce_post


@receiver(page_published, sender=BlogPage)
def announce_to_followers(sender, instance, **kwargs):
    # After commit: the worker must see the published post, and a rolled-back
    # publication must tell nobody.
    enqueue_after_commit(announce_post, instance.pk)
