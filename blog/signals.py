from django.db.models.signals import pre_save
from django.dispatch import receiver
from modelsearch.tasks import insert_or_update_object_task
from taggit.models import Tag
from wagtail.signals import page_published

from blog.models import BlogPage
from blog.tags import fallback_slug


@receiver(page_published, sender=BlogPage)
def reindex_with_tags(sender, instance, **kwargs):
    # The search index is updated on post_save, which fires before a page's
    # tags (child relations) are written, so a task backend that runs at once
    # would index stale tags. Index again now that everything is saved.
    insert_or_update_object_task.enqueue("blog", "blogpage", str(instance.pk))


@receiver(pre_save, sender=Tag)
def give_tag_a_usable_slug(sender, instance, **kwargs):
    # Taggit has just slugified the name; nothing may be left of it.
    if not instance.slug:
        instance.slug = fallback_slug(instance.name)
