"""What any Wagtail page's change does to the page cache, whatever its type:
its own address (and its descendants' when its address changes), and the
sitemap; and to the site lookups kept between requests (core/sitecache.py).
Each app adds what only it knows (listings, series, comments) in its own
signals module."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site

from core import sitecache
from core.cache import cache_recovered
from core.pagecache import (
    DRAFT_FIELDS,
    invalidate,
    invalidate_all,
    live_paths,
    page_path,
    purge_everything,
    site_urls_wanted,
)

SITEMAP = "/sitemap.xml"


def shown_change(kwargs):
    fields = kwargs.get("update_fields")
    return not kwargs.get("raw") and not (fields and set(fields) <= DRAFT_FIELDS)


@receiver(pre_save, dispatch_uid="core.pagecache.page_before")
def page_before(sender, instance, **kwargs):
    if not isinstance(instance, Page) or instance.pk is None or not shown_change(kwargs):
        return
    before = Page.objects.filter(pk=instance.pk).only("url_path", "live", "path", "depth").first()
    if before is None:
        return
    # A new address (a move, a new slug) moves its descendants' too.
    moved = before.url_path != instance.url_path
    old = set()
    if before.live:
        old = live_paths(before.get_descendants(inclusive=True)) if moved else {page_path(before)}
    instance._pagecache_page_before = (before.live, moved, old)


@receiver(post_save, dispatch_uid="core.pagecache.page_after")
def page_after(sender, instance, created=False, **kwargs):
    if not isinstance(instance, Page) or not shown_change(kwargs):
        return
    was_live, moved, old = instance.__dict__.pop("_pagecache_page_before", (False, False, set()))
    if not (was_live or instance.live):
        return
    pk = instance.pk

    def paths():
        page = Page.objects.get(pk=pk)
        new = live_paths(page.get_descendants(inclusive=True)) if moved else {page_path(page)}
        return (old | new | {SITEMAP}) - {None}

    invalidate(paths)


@receiver(pre_delete, dispatch_uid="core.pagecache.page_deleted")
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        invalidate({page_path(instance), SITEMAP} - {None})


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="core.pagecache.restriction")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="core.pagecache.restriction_gone")
@receiver(post_save, sender=Site, dispatch_uid="core.pagecache.site")
@receiver(post_delete, sender=Site, dispatch_uid="core.pagecache.site_gone")
def everything_changed(sender, **kwargs):
    # A page made private (or public again) takes its routes and descendants
    # with it, and a site's address changes every URL: rare, so all of it.
    if not kwargs.get("raw"):
        invalidate_all()


@receiver(post_save, sender=Redirect, dispatch_uid="core.pagecache.redirect")
@receiver(post_delete, sender=Redirect, dispatch_uid="core.pagecache.redirect_gone")
def redirect_changed(sender, instance, **kwargs):
    # Redirects answer addresses that would otherwise be cached 404s.
    path = instance.old_path.rstrip("/") or "/"
    invalidate({path, f"{path}/" if path != "/" else path})


@receiver(site_urls_wanted, dispatch_uid="core.pagecache.all_pages")
def all_pages(sender, **kwargs):
    return live_paths(Page.objects.public()) | {SITEMAP}


# What the kept site lookups are made from (core/sitecache.py). Any save counts,
# drafts too: a page's every field is kept with its route.
SITE_LOOKUPS = (Page, Site, PageViewRestriction, BaseSiteSetting)


@receiver(post_save, dispatch_uid="core.sitecache.saved")
@receiver(post_delete, dispatch_uid="core.sitecache.deleted")
def site_lookups_changed(sender, instance, **kwargs):
    if isinstance(instance, SITE_LOOKUPS):
        sitecache.changed()


@receiver(cache_recovered, dispatch_uid="core.pagecache.cache_recovered")
def cache_recovered_starts_a_new_epoch(sender, **kwargs):
    # Not on commit: this runs inside a cache call, outside any change.
    purge_everything()
