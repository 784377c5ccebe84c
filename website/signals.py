"""The page cache and the website's own pages: home shows the latest posts
and the series in progress; site settings show on every page."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from blog.pagecache import posts_shown
from core.pagecache import DRAFT_FIELDS, invalidate_all, live_paths, watch
from series.models import SeriesPage
from website.models import HomePage, SiteSettings


def home_paths(*args, **kwargs):
    return live_paths(HomePage.objects.all())


@receiver(posts_shown, dispatch_uid="website.pagecache.home")
def home_shows_posts(sender, post_ids, **kwargs):
    return home_paths()


watch(SeriesPage, home_paths, ignore_fields=DRAFT_FIELDS, uid="website.series")


@receiver(post_save, sender=SiteSettings, dispatch_uid="website.pagecache.settings")
def site_settings_changed(sender, raw=False, created=False, **kwargs):
    # A row created on first use holds the defaults pages were built with.
    if not raw and not created:
        invalidate_all()
