from django.dispatch import receiver
from wagtail.signals import page_published, post_page_move

from blog.models import BlogPage, ContentWarning
from blog.pagecache import posts_shown
from core.pagecache import DRAFT_FIELDS, invalidate, site_urls_wanted, watch
from core.tasks import enqueue_after_commit
from series import pagecache
from series.models import SeriesPage
from series.tasks import announce_post


@receiver(page_published, sender=BlogPage)
def announce_to_followers(sender, instance, **kwargs):
    # After commit: the worker must see the published post, and a rolled-back
    # publication must tell nobody.
    enqueue_after_commit(announce_post, instance.pk)


# The page cache. A series' parts are saved with the series page, so its
# publication covers parts added, removed, reordered or relinked; a post's
# own save covers it being published, scheduled, unpublished or moved.
# Parts changed on their own (SeriesPart.save() in a shell) need
# core.pagecache.invalidate, or a save of the series page.
watch(SeriesPage, pagecache.live_series_paths, ignore_fields=DRAFT_FIELDS, uid="series.series")
watch(BlogPage, pagecache.post_series_paths, ignore_fields=DRAFT_FIELDS, uid="series.post")
watch(ContentWarning, pagecache.warning_series_paths, uid="series.warning")


@receiver(post_page_move, sender=BlogPage, dispatch_uid="series.pagecache.moved")
def part_moved(sender, instance, **kwargs):
    invalidate(lambda: pagecache.post_series_paths(instance.pk))


@receiver(posts_shown, dispatch_uid="series.pagecache.posts_shown")
def series_showing(sender, post_ids, **kwargs):
    return pagecache.series_paths(pagecache.series_of_posts(post_ids))


@receiver(site_urls_wanted, dispatch_uid="series.pagecache.all")
def all_series_paths(sender, **kwargs):
    return pagecache.series_paths(SeriesPage.objects.live().values_list("pk", flat=True))
