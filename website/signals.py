"""The page cache and the website's own pages: home shows the latest posts
and the series in progress; site settings, and the privacy notice and
About page they name, show on every page (the footer, the forms)."""

from django.db.models import Q
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page

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


def is_linked_from_every_page(page):
    return SiteSettings.objects.filter(Q(privacy_page=page.pk) | Q(about_page=page.pk)).exists()


@receiver(post_save, dispatch_uid="website.pagecache.footer_page")
def footer_page_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    # Every footer (and every form, for the notice) links to these pages
    # only while they are live, by their title: publishing, unpublishing,
    # renaming or moving one changes every page.
    if not isinstance(instance, Page) or raw:
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if is_linked_from_every_page(instance):
        invalidate_all()


@receiver(pre_delete, dispatch_uid="website.pagecache.footer_page_gone")
def footer_page_deleted(sender, instance, **kwargs):
    # The setting is cleared by SQL (SET_NULL), which sends no signal.
    if isinstance(instance, Page) and is_linked_from_every_page(instance):
        invalidate_all()
