"""Factories for the project's own pages and the page tree every test
starts from."""

import wagtail_factories
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from discussion.models import CommentSettings
from tests.blog.factories import BlogIndexPageFactory
from website.models import HomePage, SiteSettings, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Commonroom"
    slug = "home"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "About"
    slug = "about"
    body = wagtail_factories.StreamFieldFactory({})


def restore_wagtail_roots():
    """Puts back the root page, root collection and default locale that
    Wagtail's migrations create: a transactional test empties every table
    when it ends, taking them with it."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def build_site():
    """The page tree every test starts from: root → home → blog."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="testserver",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Commonroom",
    )
    blog = BlogIndexPageFactory(parent=home, show_in_menus=True)
    # The settings rows a site's first request creates: made here, that
    # request is like any other (making them is a change to the lookups
    # core/sitecache.py keeps, so the one after would be too).
    SiteSettings.for_site(site)
    CommentSettings.for_site(site)
    return home, blog
