"""The home page, the site records, the section index pages and the
standard pages."""

from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Page, Site

from demo.body import stream_data
from website.models import HomePage, SiteSettings, StandardPage


def home_page(demo, data):
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a placeholder "Welcome" page; the demo
    # home page takes its place as the site's root.
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    home = root.add_child(instance=HomePage(**data))
    home.save_revision().publish()
    demo.count()
    return home


def site(home, data):
    """Wagtail's default site, rooted at the demo home page, and Django's
    site record (used in emails' links) at the same address."""
    address = f"{data['hostname']}:{data['port']}"
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=data["hostname"],
            port=data["port"],
            root_page=home,
            site_name=data["name"],
            is_default_site=True,
        )
    elif site.root_page_id != home.pk or site.site_name != data["name"]:
        site.root_page, site.site_name = home, data["name"]
        # Wagtail's own default site (localhost:80) moves to where `make run` serves.
        if site.hostname == "localhost" and site.port == 80:
            site.hostname, site.port = data["hostname"], data["port"]
        site.save()
    DjangoSite.objects.update_or_create(pk=1, defaults={"domain": address, "name": data["name"]})


def child(demo, parent, model, slug, **fields):
    """The parent's child page with this slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    demo.count()
    return page


def standard_pages(demo, home, entries):
    for data in entries:
        child(
            demo,
            home,
            StandardPage,
            slug=data["slug"],
            title=data["title"],
            summary=data["summary"],
            body=stream_data(demo, data["body"]),
            show_in_menus=data.get("in_menu", True),
        )


def site_settings(home, data):
    """The privacy notice, the About page (standard pages named by slug) and
    the editors' address in the site settings, each unless an editor has
    already set it."""
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    standard = StandardPage.objects.child_of(home)
    missing = {}
    if settings.privacy_page_id is None:
        missing["privacy_page"] = standard.get(slug=data["privacy_page"])
    if settings.about_page_id is None:
        missing["about_page"] = standard.get(slug=data["about_page"])
    if not settings.contact_email:
        missing["contact_email"] = data["contact_email"]
    if missing:
        for field, value in missing.items():
            setattr(settings, field, value)
        settings.save()
