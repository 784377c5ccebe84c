"""Keeps Django's sites framework, which django_comments reads, in step with
Wagtail's default site; and the page cache in step with comments."""

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from core.pagecache import invalidate_all, watch
from discussion import threadcache
from discussion.models import Comment, CommentSettings, Like
from discussion.pagecache import comment_paths


@receiver(post_save, sender=Site)
def sync_django_site(sender, instance, raw=False, **kwargs):
    if raw or not instance.is_default_site:
        return
    domain = instance.hostname
    if instance.port not in (80, 443):
        domain = f"{domain}:{instance.port}"
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain, "name": instance.site_name or domain},
    )


# Publishing, removing, editing or erasing a comment is a save or a delete.
# Likes are not: counts in cached pages lag (PAGECACHE_SECONDS at most) and
# the likes script shows fresh ones.
watch(Comment, comment_paths, ignore_fields={"followup", "notified_at"}, uid="discussion.comment")


@receiver(post_save, sender=CommentSettings, dispatch_uid="discussion.pagecache.settings")
def comment_settings_changed(sender, raw=False, created=False, **kwargs):
    # Every post shows the form's limits and its thread paged by these settings.
    # A row created on first use holds the defaults pages were built with.
    if not raw and not created:
        invalidate_all()


# The rendered thread (discussion/threadcache.py) follows its comments and
# likes, counts included: a like re-renders the thread, not the page.
@receiver(post_save, sender=Comment, dispatch_uid="discussion.threadcache.comment_saved")
@receiver(post_delete, sender=Comment, dispatch_uid="discussion.threadcache.comment_deleted")
@receiver(post_save, sender=Like, dispatch_uid="discussion.threadcache.like_saved")
@receiver(post_delete, sender=Like, dispatch_uid="discussion.threadcache.like_deleted")
def thread_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        threadcache.changed(instance.post_id)
