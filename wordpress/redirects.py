"""Every old address keeps working: Wagtail redirects from each imported
item's WordPress URLs (its link, ?p=ID / ?page_id=ID, the date permalink),
its attachment pages, the category and tag archives and the feeds.

Wagtail's redirect middleware acts only on a 404, and /?p=12 is the home
page, so wordpress.middleware answers those query-string addresses first."""

from urllib.parse import urlsplit

from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from wordpress.dates import wp_datetime
from wordpress.media import url_key


class Redirects:
    def __init__(self, importer):
        self.importer = importer
        export = importer.export
        base = urlsplit(export.base_blog_url or export.base_site_url or export.link).path
        self.base = "/" + base.strip("/") + "/" if base.strip("/") else "/"
        self.targets = {}  # old path → ("page", id) or ("link", url)

    def add(self, old, kind, target):
        old = Redirect.normalise_path(old)
        if old and old != "/" and old not in self.targets:
            self.targets[old] = (kind, target)

    def create(self):
        importer = self.importer
        blog_url = self.public(importer.blog.url_path)
        for item in importer.items:
            target = importer.pages.get(item.post_id)
            if not target or target[0] is None:
                continue
            page_id = target[0]
            for url in (item.link, item.guid):
                parts = urlsplit(url or "")
                if parts.path or parts.query:
                    self.add(
                        f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path,
                        "page",
                        page_id,
                    )
            key = "page_id" if item.post_type == "page" else "p"
            self.add(f"{self.base}?{key}={item.post_id}", "page", page_id)
            if item.post_type == "post":
                self.add(f"{self.base}?p={item.post_id}", "page", page_id)
                published = importer_date(item)
                slug = item.post_name or ""
                if published and slug:
                    self.add(f"{self.base}{published:%Y/%m/%d}/{slug}/", "page", page_id)
                    self.add(f"{self.base}{published:%Y/%m/%d}/{slug}/feed/", "page", page_id)
            for term in item.terms:
                if term.domain not in {"category", "post_tag"} or not term.slug:
                    continue
                tag = importer.tags.get((term.name or term.slug).lower())
                if tag is None:
                    continue
                archive = "category" if term.domain == "category" else "tag"
                self.add(
                    f"{self.base}{archive}/{term.slug}/", "link", f"{blog_url}tags/{tag.slug}/"
                )
                self.add(
                    f"{self.base}{archive}/{term.slug}/feed/",
                    "link",
                    f"{blog_url}tags/{tag.slug}/feed/",
                )
        for item in importer.attachments:
            record = importer.media.by_id.get(item.post_id)
            parent = importer.pages.get(item.post_parent)
            target = (
                ("page", parent[0])
                if parent and parent[0]
                else ("link", record[2])
                if record
                else None
            )
            if target is None:
                continue
            for url in (item.link,):
                parts = urlsplit(url or "")
                if parts.path and url_key(url) != url_key(item.attachment_url):
                    self.add(f"{parts.path}?{parts.query}" if parts.query else parts.path, *target)
            self.add(f"{self.base}?attachment_id={item.post_id}", *target)
        self.add(f"{self.base}feed/", "link", f"{blog_url}feed/")
        self.add(f"{self.base}feed/atom/", "link", f"{blog_url}feed/atom/")
        self.add(f"{self.base}comments/feed/", "link", f"{blog_url}feed/")
        self.add(f"{self.base}?feed=rss2", "link", f"{blog_url}feed/")
        existing = set(
            Redirect.objects.filter(old_path__in=list(self.targets)).values_list(
                "old_path", flat=True
            )
        )
        new = [
            Redirect(
                old_path=old,
                site=None,
                is_permanent=True,
                redirect_page_id=target if kind == "page" else None,
                redirect_link="" if kind == "page" else target,
            )
            for old, (kind, target) in self.targets.items()
            if old not in existing and self.public_path_of(kind, target) != old
        ]
        Redirect.objects.bulk_create(new, batch_size=500)
        importer.report.created["redirect"] += len(new)
        if existing:
            importer.report.unchanged["redirect"] += len(existing)

    def public(self, url_path):
        home = self.importer.home.url_path.rstrip("/")
        return url_path.removeprefix(home) or "/"

    def public_path_of(self, kind, target):
        if kind == "link":
            return target
        for page_id, url_path, _ in self.importer.pages.values():
            if page_id == target:
                return Redirect.normalise_path(self.public(url_path))
        return None


def importer_date(item):
    moment = wp_datetime(item.post_date_gmt, item.post_date)
    if moment is None:
        return None
    # Permalinks use the site's local date, which post_date holds.
    local = wp_datetime("", item.post_date)
    return local or timezone.localtime(moment)
