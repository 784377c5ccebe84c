"""Turning a parsed WordPress export into pages, images, comments, series
and redirects, in one transaction.

New pages and comments are inserted in batches (wordpress/rows.py) with
everything Wagtail's own save and publish would have written: the tree path
and url_path, a revision holding the page's content, the live and latest
revision, first and last published dates, the go-live date of a scheduled
post. Signal handlers are not run per row; what they would do (the search
index) is done once at the end. Pages that already exist and changed in a
newer export are updated the ordinary way, through a new revision."""

import hashlib
import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site as DjangoSite
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from taggit.models import Tag
from wagtail.models import Locale, Page, Revision, Site
from wagtail.search.backends import get_search_backend

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag
from blog.models.posts import WORDS_PER_MINUTE
from blog.models.warnings import ContentWarning, PostWarning
from core.pagecache import invalidate_all
from discussion.models import Comment
from series.models import PostAnnouncement
from website.models import StandardPage
from wordpress import body as body_module
from wordpress import rows
from wordpress.dates import wp_datetime
from wordpress.media import Media
from wordpress.models import ImportedObject
from wordpress.redirects import Redirects
from wordpress.report import Report
from wordpress.series import import_series
from wordpress.threading import place

Kind = ImportedObject.Kind
SKIPPED_STATUSES = {
    "trash": "in the bin",
    "auto-draft": "an automatic draft",
    "inherit": "a revision",
}
DRAFT_STATUSES = {"draft", "pending"}
TAG = re.compile(r"<[^>]*>")


@dataclass
class Planned:
    """A page placed in the tree but not inserted yet: enough to place its children."""

    key: str
    path: str
    depth: int
    url_path: str


class ImportFailed(Exception):
    """The run stopped and nothing was saved; `report` says where."""

    def __init__(self, message, report):
        super().__init__(message)
        self.report = report


@dataclass
class Options:
    dry_run: bool = False
    uploads: Path | None = None
    download: bool = False
    timeout: float = 10.0
    retries: int = 2
    author_map: dict = field(default_factory=dict)  # WordPress login → Author slug or username
    series_from: str = ""
    warnings_from: dict = field(default_factory=dict)  # term slug or name → [(warning, intensity)]
    pingbacks: bool = False
    progress: object = None  # callable(done, total)


def fingerprint(*values):
    data = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def wp_slug(item):
    slug = slugify(unquote(item.post_name), allow_unicode=True)
    return (slug or slugify(item.title, allow_unicode=True) or f"post-{item.post_id}")[:240]


class Importer:
    def __init__(self, export, options=None, report=None):
        self.export = export
        self.options = options or Options()
        self.report = report or Report()
        self.report.source = export.source
        self.report.dry_run = self.options.dry_run
        self.source = export.source or (export.title or "WordPress")[:200]
        self.now = timezone.now()
        self.done = 0
        self.total = 0
        self.stage = ""

    # Running ------------------------------------------------------------------

    def run(self):
        self.media = Media(self)
        try:
            with transaction.atomic():
                self.step("preparing", self.prepare)
                self.step("authors", self.import_authors)
                self.step("tags", self.import_terms)
                self.step("media", self.media.import_attachments)
                self.step("posts and pages", self.import_items)
                self.step("comments", self.import_comments)
                self.step("series", lambda: import_series(self))
                self.step("redirects", lambda: Redirects(self).create())
                self.step("search index", self.update_search_index)
                if self.options.dry_run:
                    transaction.set_rollback(True)
                else:
                    # Rows go in with bulk_create, which sends no signals, so
                    # the page cache is told once, when the import commits.
                    invalidate_all()
        except Exception as error:
            self.media.discard_files()
            self.report.error = str(error) or error.__class__.__name__
            self.report.stopped_at = self.stage
            raise ImportFailed(self.report.error, self.report) from error
        if self.options.dry_run:
            self.media.discard_files()
        return self.report

    def step(self, name, function):
        self.stage = name
        function()

    def tick(self, count=1):
        self.done += count
        if self.options.progress:
            self.options.progress(self.done, self.total)

    # Preparing ----------------------------------------------------------------

    def prepare(self):
        self.blog = BlogIndexPage.objects.first()
        if self.blog is None:
            raise ValueError("there is no blog index page to import posts under")
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        self.home = site.root_page if site else self.blog.get_parent()
        self.locale_id = Locale.get_default().pk
        self.post_type = ContentType.objects.get_for_model(BlogPage)
        self.page_type = ContentType.objects.get_for_model(StandardPage)
        self.base_type = ContentType.objects.get_for_model(Page)
        self.mapped = {
            (row.kind, row.key): row for row in ImportedObject.objects.filter(source=self.source)
        }
        self.new_mappings = []
        self.items = [item for item in self.export.items if item.post_type in {"post", "page"}]
        self.attachments = [item for item in self.export.items if item.post_type == "attachment"]
        for item in self.export.items:
            if item.post_type not in {"post", "page", "attachment"}:
                self.report.skip(f"item of type {item.post_type!r}", "not content this site holds")
        self.total = len(self.items) + sum(len(item.comments) for item in self.items)
        self.pages = {}  # WordPress post id → (page id, url, is BlogPage)
        self.new_post_ids = set()

    def mapping(self, kind, key):
        return self.mapped.get((kind, str(key)))

    def remember(self, kind, key, object_id, print_=""):
        row = self.mapping(kind, key)
        if row is None:
            row = ImportedObject(
                source=self.source, kind=kind, key=str(key), object_id=object_id, fingerprint=print_
            )
            self.mapped[(kind, str(key))] = row
            self.new_mappings.append(row)
        elif row.fingerprint != print_ or row.object_id != object_id:
            row.fingerprint, row.object_id = print_, object_id
            row.save(update_fields=["fingerprint", "object_id", "updated_at"])

    def save_mappings(self):
        ImportedObject.objects.bulk_create(self.new_mappings, batch_size=500)
        self.new_mappings = []

    # Authors --------------------------------------------------------------

    def import_authors(self):
        self.authors = {}  # login → Author
        logins = {author.login: author for author in self.export.authors}
        self.wp_authors = dict(logins)
        for item in self.items:
            if item.creator and item.creator not in logins:
                logins[item.creator] = None
        existing = {a.slug: a for a in Author.objects.all()}
        by_user = {
            a.user.get_username(): a
            for a in Author.objects.exclude(user=None).select_related("user")
        }
        for login, wp_author in logins.items():
            target = self.options.author_map.get(login)
            if target:
                author = existing.get(target) or by_user.get(target)
                if author is None:
                    raise ValueError(
                        f"the author map names {target!r}, which is no Author profile or user"
                    )
                self.authors[login] = author
                self.report.unchanged["author (mapped)"] += 1
                continue
            row = self.mapping(Kind.AUTHOR, login)
            author = Author.objects.filter(pk=row.object_id).first() if row else None
            if author is not None:
                self.authors[login] = author
                self.report.unchanged["author"] += 1
                continue
            name = login
            bio = ""
            if wp_author:
                full = f"{wp_author.first_name} {wp_author.last_name}".strip()
                name = wp_author.display_name or full or login
                bio = wp_author.description
            slug = base = slugify(name) or slugify(login) or "author"
            number = 1
            while slug in existing:
                number += 1
                slug = f"{base}-{number}"
            author = Author.objects.create(name=name[:120], slug=slug, bio=bio[:1000])
            existing[slug] = author
            self.authors[login] = author
            self.remember(Kind.AUTHOR, login, author.pk)
            self.report.created["author"] += 1

    # Tags and warnings ---------------------------------------------------

    def import_terms(self):
        self.series_taxonomy, self.series_category = self.series_source()
        self.tags = {tag.name.lower(): tag for tag in Tag.objects.all()}
        slugs = {tag.slug for tag in self.tags.values()}
        wanted = {}
        for item in self.items:
            for name in self.tag_names(item):
                wanted.setdefault(name.lower(), name)
        new = []
        for key, name in wanted.items():
            if key in self.tags:
                continue
            slug = base = slugify(name, allow_unicode=True)[:90] or "tag"
            number = 1
            while slug in slugs:
                number += 1
                slug = f"{base}-{number}"
            slugs.add(slug)
            tag = Tag(name=name[:100], slug=slug)
            new.append(tag)
            self.tags[key] = tag
        Tag.objects.bulk_create(new, batch_size=500)
        self.report.created["tag"] += len(new)
        self.warnings = {}
        for term, choices in self.options.warnings_from.items():
            self.warnings[term.lower()] = [
                (self.content_warning(name), intensity) for name, intensity in choices
            ]

    def series_source(self):
        """('series', None) for a series taxonomy, (None, 'slug') for a
        category chosen to hold series, or (None, None)."""
        chosen = self.options.series_from
        domains = {term.domain for item in self.items for term in item.terms}
        if chosen and chosen in domains and chosen not in {"category", "post_tag"}:
            return chosen, None
        if chosen:
            return None, chosen.lower()
        return ("series", None) if "series" in domains else (None, None)

    def is_series_term(self, term):
        if self.series_taxonomy:
            return term.domain == self.series_taxonomy
        if self.series_category:
            return term.domain == "category" and self.series_category in {
                term.slug.lower(),
                term.name.lower(),
            }
        return False

    def tag_names(self, item):
        names = []
        for term in item.terms:
            if term.domain in {"post_tag", "category"} and not self.is_series_term(term):
                name = term.name.strip() or term.slug.strip()
                if name and name.lower() != "uncategorized" and name not in names:
                    names.append(name)
        return names

    def content_warning(self, name):
        warning = ContentWarning.objects.filter(slug=slugify(name)).first() or (
            ContentWarning.objects.filter(name__iexact=name).first()
        )
        if warning is None:
            warning = ContentWarning.objects.create(
                name=name[:80],
                slug=slugify(name)[:80] or "warning",
                label=name[:40],
                description=f"{name} (made by the WordPress import: describe it for readers).",
            )
            self.report.created["content warning"] += 1
            self.report.warn(f"Made the content warning “{name}”: add its description and support.")
        return warning

    def warnings_for(self, item):
        chosen = {}
        for term in item.terms:
            for key in (term.slug.lower(), term.name.lower()):
                for warning, intensity in self.warnings.get(key, []):
                    chosen.setdefault(warning.pk, (warning, intensity))
        return list(chosen.values())

    # Posts and pages ------------------------------------------------------

    def item_print(self, item):
        return fingerprint(
            item.title, item.content, item.excerpt, item.post_name, item.status, item.post_date_gmt,
            item.post_date, item.creator, item.password, item.comment_status,
            [(t.domain, t.slug, t.name) for t in item.terms],
            item.meta.get("_thumbnail_id"), item.post_parent,
        )  # fmt: skip

    def import_items(self):
        existing_rows = {
            int(row.key): row for (kind, key), row in self.mapped.items() if kind == Kind.POST
        }
        live_pages = {
            page.pk: page
            for page in Page.objects.filter(
                pk__in=[row.object_id for row in existing_rows.values()]
            ).only("id", "url_path", "content_type_id")
        }
        # The URL each post will have, before bodies are converted, so links
        # between posts can point at their new addresses.
        self.siblings = {}
        self.planned = {}
        self.plans = []
        changed = []
        for item in self._parents_first(self.items):
            row = existing_rows.get(item.post_id)
            page = live_pages.get(row.object_id) if row else None
            status = self.status_of(item)
            if status is None:
                self.tick()
                continue
            if page is not None:
                self.pages[item.post_id] = (
                    page.pk,
                    page.url_path,
                    page.content_type_id == self.post_type.pk,
                )
                if row.fingerprint == self.item_print(item):
                    self.report.unchanged[item.post_type] += 1
                    self.tick()
                else:
                    changed.append((item, page))
                continue
            self.plan(item, status)
        self.create_pages()
        for item, page in changed:
            self.update_page(item, page.specific)
            self.tick()
        self.save_mappings()

    def _parents_first(self, items):
        pages = {item.post_id: item for item in items if item.post_type == "page"}

        def depth(item):
            seen, level = set(), 0
            while item.post_parent in pages and item.post_parent not in seen:
                seen.add(item.post_parent)
                item = pages[item.post_parent]
                level += 1
            return level

        return sorted(items, key=lambda item: (item.post_type != "page", depth(item)))

    def status_of(self, item):
        """'live', 'draft' or 'scheduled', or None (skipped, with the reason)."""
        what = item.post_type
        if item.status in SKIPPED_STATUSES:
            self.report.skip(what, SKIPPED_STATUSES[item.status])
            return None
        if item.status == "future":
            return "scheduled"
        if item.status == "private":
            self.report.warn(f"“{item.title}” was private on WordPress: imported as a draft.")
            return "draft"
        if item.password.strip():
            self.report.warn(
                f"“{item.title}” had a password on WordPress: imported as a draft "
                "(the password is not carried over)."
            )
            return "draft"
        if item.status == "publish":
            return "live"
        if item.status not in DRAFT_STATUSES:
            self.report.warn(f"“{item.title}” had the status {item.status!r}: imported as a draft.")
        return "draft"

    def parent_for(self, item):
        if item.post_type == "post":
            return self.blog
        if item.post_parent in self.planned:
            return self.planned[item.post_parent]
        parent = self.pages.get(item.post_parent)
        if parent and not parent[2]:
            return Page.objects.get(pk=parent[0])
        return self.home

    def plan(self, item, status):
        parent = self.parent_for(item)
        key = parent.key if isinstance(parent, Planned) else parent.pk
        taken = self.siblings.get(key)
        if taken is None:
            existing = not isinstance(parent, Planned)
            taken = self.siblings[key] = {
                "slugs": set(parent.get_children().values_list("slug", flat=True))
                if existing
                else set(),
                "next": self._next_child_number(parent) if existing else 1,
                "added": 0,
            }
        slug = base = wp_slug(item)
        number = 1
        while slug in taken["slugs"]:
            number += 1
            slug = f"{base}-{number}"
        taken["slugs"].add(slug)
        path = Page._get_path(parent.path, parent.depth + 1, taken["next"])
        taken["next"] += 1
        taken["added"] += 1
        url_path = f"{parent.url_path}{slug}/"
        is_post = item.post_type == "post"
        node = Planned(
            key=f"new:{item.post_id}", path=path, depth=parent.depth + 1, url_path=url_path
        )
        self.planned[item.post_id] = node
        self.plans.append((item, status, parent, slug, path, url_path))
        # No id until the page is inserted; the URL is what links need.
        self.pages[item.post_id] = (None, url_path, is_post)

    def _next_child_number(self, parent):
        last = parent.get_last_child()
        if last is None:
            return 1
        return int(last.path[-Page.steplen :], 36) + 1

    def create_pages(self):
        if not self.plans:
            return
        self.media.index_links()
        pages = []
        extras = []
        for item, status, parent, slug, path, url_path in self.plans:
            page, extra = self.build_page(item, status, parent, slug, path, url_path)
            page.numchild = self.siblings.get(f"new:{item.post_id}", {}).get("added", 0)
            pages.append(page)
            extras.append(extra)
            self.tick()
        posts = [page for page in pages if isinstance(page, BlogPage)]
        standard = [page for page in pages if isinstance(page, StandardPage)]
        # Page rows first, in tree order, then each type's own table.
        rows.insert_roots(BlogPage, posts)
        rows.insert_roots(StandardPage, standard)
        rows.insert_children(BlogPage, posts)
        rows.insert_children(StandardPage, standard)
        for (item, *_), page in zip(self.plans, pages, strict=True):
            self.pages[item.post_id] = (page.pk, page.url_path, isinstance(page, BlogPage))
            if isinstance(page, BlogPage):
                self.new_post_ids.add(page.pk)
            self.remember(Kind.POST, item.post_id, page.pk, self.item_print(item))
        tags, authors, warnings = [], [], []
        for page, extra in zip(pages, extras, strict=True):
            if isinstance(page, BlogPage):
                tags += [
                    BlogPageTag(content_object_id=page.pk, tag_id=tag.pk) for tag in extra["tags"]
                ]
                authors += [
                    BlogPageAuthor(page_id=page.pk, author_id=author.pk, sort_order=index)
                    for index, author in enumerate(extra["authors"])
                ]
                warnings += [
                    PostWarning(
                        page_id=page.pk,
                        warning_id=warning.pk,
                        intensity=intensity,
                        sort_order=index,
                    )
                    for index, (warning, intensity) in enumerate(extra["warnings"])
                ]
        BlogPageTag.objects.bulk_create(tags, batch_size=500)
        BlogPageAuthor.objects.bulk_create(authors, batch_size=500)
        PostWarning.objects.bulk_create(warnings, batch_size=500)
        self.create_revisions(pages, extras)
        # Posts already public on WordPress are not news: recording them as
        # announced keeps a later republish from emailing series followers.
        # Scheduled ones are announced when they go live, like any other.
        PostAnnouncement.objects.bulk_create(
            [PostAnnouncement(post_id=page.pk) for page in posts if page.live], batch_size=500
        )
        for parent_pk, taken in self.siblings.items():
            if taken["added"] and not str(parent_pk).startswith("new:"):
                Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + taken["added"])
        self.created_pages = pages
        for page in pages:
            self.report.created["post" if isinstance(page, BlogPage) else "page"] += 1

    def build_page(self, item, status, parent, slug, path, url_path):
        blocks, notes = body_module.convert(
            item.content, resolve_image=self.media.resolve, rewrite_link=self.rewrite_link
        )
        self.report.notes(notes)
        if self.options.uploads or self.options.download:
            for missing in notes.missing_images:
                self.report.warn(f"“{item.title}”: image {missing} not found; kept as a link.")
        elif notes.missing_images:
            self.report.skip("image in a body", "no --uploads or --download given: kept as a link")
        published = wp_datetime(item.post_date_gmt, item.post_date) or self.now
        live = status == "live"
        title = (item.title or slug)[:255]
        common = dict(
            title=title,
            draft_title=title,
            slug=slug,
            path=path,
            depth=parent.depth + 1,
            numchild=0,
            url_path=url_path,
            live=live,
            has_unpublished_changes=not live,
            first_published_at=published if live else None,
            last_published_at=published if live else None,
            latest_revision_created_at=published if live else self.now,
            go_live_at=published if status == "scheduled" else None,
            locale_id=self.locale_id,
            show_in_menus=False,
        )
        extra = {
            "tags": [],
            "authors": [],
            "warnings": [],
            "status": status,
            "published": published,
        }
        if item.post_type == "page":
            page = StandardPage(
                content_type=self.page_type,
                summary=body_module.summary_from(item.excerpt, blocks),
                body=blocks,
                **common,
            )
            return page, extra
        hero_id, hero_alt = self.media.featured(item)
        page = BlogPage(
            content_type=self.post_type,
            date=timezone.localdate(published),
            summary=body_module.summary_from(item.excerpt, blocks) or title[:400],
            body=blocks,
            hero_image_id=hero_id,
            hero_alt=hero_alt[:250],
            comments_open=item.comment_status != "closed",
            **common,
        )
        page.reading_minutes = reading_minutes(blocks)
        extra["tags"] = [self.tags[name.lower()] for name in self.tag_names(item)]
        author = self.authors.get(item.creator)
        extra["authors"] = [author] if author else []
        extra["warnings"] = self.warnings_for(item)
        return page, extra

    def create_revisions(self, pages, extras):
        revisions = []
        for page, extra in zip(pages, extras, strict=True):
            content = revision_content(page)
            if isinstance(page, BlogPage):
                content["tagged_items"] = [
                    {"pk": None, "tag": tag.pk, "content_object": page.pk} for tag in extra["tags"]
                ]
                content["post_authors"] = [
                    {"pk": None, "sort_order": index, "page": page.pk, "author": author.pk}
                    for index, author in enumerate(extra["authors"])
                ]
                content["warnings"] = [
                    {
                        "pk": None,
                        "sort_order": index,
                        "page": page.pk,
                        "warning": warning.pk,
                        "intensity": intensity,
                    }
                    for index, (warning, intensity) in enumerate(extra["warnings"])
                ]
            revisions.append(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type_id=self.base_type.pk,
                    object_id=str(page.pk),
                    created_at=page.latest_revision_created_at,
                    object_str=page.title,
                    content=content,
                    approved_go_live_at=page.go_live_at,
                )
            )
        Revision.objects.bulk_create(revisions, batch_size=200)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = revision.pk
            page.live_revision_id = revision.pk if page.live else None
        Page.objects.bulk_update(pages, ["latest_revision", "live_revision"], batch_size=200)

    def update_page(self, item, page):
        """A page that changed on WordPress since the last import gets a new
        revision, published if the post is live there."""
        status = self.status_of(item)
        blocks, notes = body_module.convert(
            item.content, resolve_image=self.media.resolve, rewrite_link=self.rewrite_link
        )
        self.report.notes(notes)
        page.title = page.draft_title = (item.title or page.slug)[:255]
        page.body = blocks
        page.summary = body_module.summary_from(item.excerpt, blocks) or page.title[:400]
        if isinstance(page, BlogPage):
            hero_id, hero_alt = self.media.featured(item)
            page.hero_image_id, page.hero_alt = hero_id, hero_alt[:250]
            page.comments_open = item.comment_status != "closed"
            page.tags.set([self.tags[name.lower()] for name in self.tag_names(item)])
        published = wp_datetime(item.post_date_gmt, item.post_date) or self.now
        page.go_live_at = published if status == "scheduled" else None
        revision = page.save_revision(log_action=True)
        if status == "live":
            revision.publish()
        elif page.live:
            page.unpublish()
        self.remember(Kind.POST, item.post_id, page.pk, self.item_print(item))
        self.report.updated[item.post_type] += 1

    def rewrite_link(self, href):
        """Links to the old site's posts and media point at the new ones."""
        target = self.media.url_for(href)
        if target:
            return target
        post_id = self.post_id_for_link(href)
        if post_id is not None and post_id in self.pages:
            return self.pages[post_id][1].removeprefix(self.home.url_path.rstrip("/")) or "/"
        return href

    def post_id_for_link(self, href):
        if not hasattr(self, "_links"):
            self._links = {}
            for item in self.items:
                for url in (item.link, item.guid):
                    key = _link_key(url)
                    if key:
                        self._links.setdefault(key, item.post_id)
        match = re.search(r"[?&](?:p|page_id)=(\d+)", href)
        if match and _same_site(href, self.export):
            return int(match.group(1))
        return self._links.get(_link_key(href))

    # Comments -------------------------------------------------------------

    def import_comments(self):
        site_id = (
            DjangoSite.objects.filter(pk=settings.SITE_ID).values_list("pk", flat=True).first()
        )
        max_level = settings.COMMENTS_XTD_MAX_THREAD_LEVEL
        author_users = {login: author.user_id for login, author in self.authors.items()}
        new_comments = []
        for item in self.items:
            target = self.pages.get(item.post_id)
            if not item.comments:
                continue
            if target is None or target[0] is None or not target[2]:
                if target is not None and not target[2]:
                    self.report.skip("comment", "on a page (pages have no comments here)")
                else:
                    self.report.skip("comment", "its post was not imported")
                self.tick(len(item.comments))
                continue
            page_id = target[0]
            kept = {}
            for comment in item.comments:
                if comment.type in {"pingback", "trackback"} and not self.options.pingbacks:
                    self.report.skip("comment", f"a {comment.type}")
                elif comment.approved in {"spam", "trash", "post-trashed"}:
                    self.report.skip(
                        "comment",
                        {"spam": "spam", "trash": "in the bin"}.get(comment.approved, "in the bin"),
                    )
                elif not comment.id:
                    self.report.skip("comment", "no comment id")
                elif self.mapping(Kind.COMMENT, comment.id):
                    self.report.unchanged["comment"] += 1
                else:
                    kept[comment.id] = comment
            self.tick(len(item.comments))
            if not kept:
                continue
            if page_id not in self.new_post_ids:
                # New replies on a post imported before: rebuild its thread fields.
                self.report.warn(
                    f"“{item.title}”: {len(kept)} new comments added to an imported post."
                )
            writer = self.wp_authors.get(item.creator)
            placed = place(
                [
                    (c.id, c.parent or None, (wp_datetime(c.date_gmt, c.date) or self.now, c.id))
                    for c in kept.values()
                ],
                max_level,
            )
            records = {}
            for record in placed:
                comment = kept[record.key]
                is_author = self.by_post_author(comment, item.creator, writer)
                row = Comment(
                    content_type_id=self.post_type.pk,
                    object_pk=str(page_id),
                    site_id=site_id,
                    user_id=author_users.get(item.creator) if is_author else None,
                    user_name=(comment.author or "Anonymous")[:50],
                    user_email=comment.email[:254],
                    user_url=comment.url[:200]
                    if comment.url.startswith(("http://", "https://"))
                    else "",
                    comment=body_module.comment_text(comment.content),
                    submit_date=wp_datetime(comment.date_gmt, comment.date) or self.now,
                    ip_address=None,
                    is_public=comment.approved == "1",
                    is_removed=False,
                    level=record.level,
                    order=record.order,
                    nested_count=record.nested_count,
                    followup=False,
                    post_id=page_id,
                    is_spam=False,
                    held_reason=""
                    if comment.approved == "1"
                    else "Awaiting moderation on WordPress",
                    badge=Comment.Badge.AUTHOR if is_author else Comment.Badge.NONE,
                    # Imported replies are old news: nobody is emailed about them.
                    notified_at=self.now,
                )
                row._placed = record
                records[record.key] = row
                if record.reattached:
                    self.report.warn(
                        f"“{item.title}”: comment {record.key} was nested deeper than "
                        f"{max_level} replies; it now answers the deepest comment that allows one."
                    )
            new_comments.extend(records.values())
            item._records = records
        if not new_comments:
            return
        rows.insert_roots(Comment, new_comments)
        by_item = [item for item in self.items if getattr(item, "_records", None)]
        for item in by_item:
            for row in item._records.values():
                record = row._placed
                row.thread_id = item._records[record.root].pk
                row.parent_id = (
                    item._records[record.parent].pk if record.parent is not None else row.pk
                )
        rows.insert_children(Comment, new_comments)
        for item in by_item:
            for key, row in item._records.items():
                self.remember(Kind.COMMENT, key, row.pk)
            self._renumber_if_needed(item)
        self.save_mappings()
        counts = Counter(
            "published comment" if row.is_public else "comment awaiting moderation"
            for row in new_comments
        )
        self.report.created.update(counts)

    def by_post_author(self, comment, login, writer):
        """A comment made by the post's author while signed in to WordPress.
        WordPress.com exports leave out author ids, so a signed-in comment
        then matches on the author's login, display name or email."""
        if not comment.user_id:
            return False
        if writer and writer.id:
            return comment.user_id == writer.id
        names = {login.lower()}
        if writer:
            names |= {writer.display_name.lower(), writer.email.lower()} - {""}
        return bool({comment.author.lower(), comment.email.lower()} & names)

    def _renumber_if_needed(self, item):
        """A post imported before that gains comments: its whole thread is
        placed again so old and new comments read in order."""
        page_id = self.pages[item.post_id][0]
        if page_id in self.new_post_ids:
            return
        comments = list(Comment.objects.filter(post_id=page_id))
        placed = place(
            [
                (c.pk, c.parent_id if c.parent_id != c.pk else None, (c.submit_date, c.pk))
                for c in comments
            ],
            settings.COMMENTS_XTD_MAX_THREAD_LEVEL,
        )
        by_pk = {c.pk: c for c in comments}
        for record in placed:
            comment = by_pk[record.key]
            comment.thread_id = record.root
            comment.parent_id = record.parent if record.parent is not None else record.key
            comment.level, comment.order, comment.nested_count = (
                record.level,
                record.order,
                record.nested_count,
            )
        Comment.objects.bulk_update(
            comments, ["thread_id", "parent_id", "level", "order", "nested_count"]
        )

    # Finishing ------------------------------------------------------------

    def update_search_index(self):
        created = getattr(self, "created_pages", [])
        if not created:
            return
        backend = get_search_backend()
        for model in (BlogPage, StandardPage):
            ids = [page.pk for page in created if isinstance(page, model)]
            if ids:
                queryset = model.objects.filter(pk__in=ids)
                if model is BlogPage:
                    queryset = queryset.prefetch_related("tags")
                backend.add_bulk(model, list(queryset))


def revision_content(page):
    """What page.serializable_data() gives, without a query per child
    relation: the importer writes those relations itself."""
    content = get_serializable_data_for_fields(page)
    for relation in get_all_child_relations(page):
        content[relation.get_accessor_name()] = []
    for relation in get_all_child_m2m_relations(page):
        if relation.serialize:
            content[relation.name] = []
    return content


def reading_minutes(blocks):
    """BlogPage.compute_reading_minutes for stream data not yet saved: the
    same words (block text, captions, alt text) counted the same way."""
    words = 0
    for block in blocks:
        value = block["value"]
        if block["type"] == "paragraph":
            text = TAG.sub(" ", value)
        elif block["type"] == "image":
            text = f"{value['caption']} {value['image']['alt_text']}"
        elif block["type"] == "list":
            text = " ".join(value["items"])
        elif block["type"] == "table":
            text = " ".join(cell for row in value["data"] for cell in row)
        elif block["type"] in {"heading", "quote"}:
            text = " ".join(
                str(part) for key, part in value.items() if key in {"text", "quote", "attribution"}
            )
        else:
            text = str(value)
        words += len(html.unescape(text).split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _link_key(url):
    if not url:
        return None
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    return f"{path}?{parts.query}" if parts.query else path or None


def _same_site(href, export):
    host = urlsplit(href).hostname
    if host is None:
        return True
    return host in {
        urlsplit(url).hostname for url in (export.base_site_url, export.base_blog_url, export.link)
    }
