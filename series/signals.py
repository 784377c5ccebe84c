from functools import partial

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from blog.models import BlogPage
from series.tasks import announce_post


@receiver(page_published, sender=BlogPage)
def announce_to_followers(sender, instance, **kwargs):
    # After commit: the worker must see the published post, and a rolled-back
    # publication must tell nobody.
    transaction.on_commit(partial(announce_post.enqueue, instance.pk))
