"""Builds the demo site. Every step finds what it needs before it creates it,
so running the loader again changes nothing."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site as DjangoSite
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, ContentWarning, PostWarning
from series.models import SeriesIndexPage, SeriesPage, SeriesPart
from website.demo import content, series_content, warnings_content
from website.demo.images import PALETTES, draw
from website.models import HomePage, StandardPage

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "commonroom-admin"
INLINE_IMAGES = {"inline-1": "sand", "inline-2": "slate"}


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    def run(self):
        home = self.home_page()
        self.site(home)
        blog = self.child(
            home,
            BlogIndexPage,
            slug="blog",
            title="Blog",
            intro="<p>Posts on practice, supervision and looking after ourselves.</p>",
            show_in_menus=True,
        )
        series_index = self.child(
            home,
            SeriesIndexPage,
            slug="series",
            title="Series",
            intro="<p>Longer pieces in parts, published over weeks.</p>",
            show_in_menus=True,
        )
        self.warnings = {
            data["slug"]: self.content_warning(data) for data in warnings_content.WARNINGS
        }
        self.images = {key: self.image(key) for key in PALETTES}
        self.images.update({name: self.images[key] for name, key in INLINE_IMAGES.items()})
        authors = {data["slug"]: self.author(data) for data in content.AUTHORS}
        for data in content.PAGES:
            self.child(
                home,
                StandardPage,
                slug=data["slug"],
                title=data["title"],
                summary=data["summary"],
                body=self.body(data["body"]),
                show_in_menus=True,
            )
        for data in content.POSTS:
            self.post(blog, data, authors)
        for data in series_content.SERIES:
            self.series(series_index, blog, data, authors)
        self.admin_user()
        return self.created

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a placeholder "Welcome" page; the demo
        # home page takes its place as the site's root.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title="Commonroom",
                slug="home",
                intro="<p>A shared space for low-intensity practitioners: practice, supervision, "
                "wellbeing, and the conversations that keep us going.</p>",
            )
        )
        home.save_revision().publish()
        self.created += 1
        return home

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="127.0.0.1",
                port=8000,
                root_page=home,
                site_name="Commonroom",
                is_default_site=True,
            )
        elif site.root_page_id != home.pk or site.site_name != "Commonroom":
            site.root_page, site.site_name = home, "Commonroom"
            if site.hostname == "localhost" and site.port == 80:
                site.hostname, site.port = "127.0.0.1", 8000
            site.save()
        DjangoSite.objects.update_or_create(
            pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Commonroom"}
        )

    def child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
        self.created += 1
        return page

    def image(self, key):
        Image = get_image_model()
        title = f"Demo picture: {key}"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        collection = Collection.get_first_root_node()
        demo = collection.get_children().filter(name="Demo pictures").first()
        if demo is None:
            demo = collection.add_child(name="Demo pictures")
        self.created += 1
        return Image.objects.create(title=title, file=draw(key), collection=demo)

    def author(self, data):
        author, created = Author.objects.get_or_create(
            slug=data["slug"],
            defaults={k: data[k] for k in ("name", "role", "bio", "kind")},
        )
        self.created += created
        return author

    def body(self, blocks):
        # Raw stream data (JSON), the form StreamField stores, so images go in by id.
        return json.dumps(
            [{"type": kind, "value": self.block_value(kind, value)} for kind, value in blocks]
        )

    def block_value(self, kind, value):
        if kind == "sensitive":
            return {
                "warnings": [
                    {
                        "warning": self.warnings[choice["warning"]].pk,
                        "intensity": choice["intensity"],
                    }
                    for choice in value["warnings"]
                ],
                "note": value["note"],
                "content": [
                    {"type": inner, "value": self.block_value(inner, inner_value)}
                    for inner, inner_value in value["content"]
                ],
            }
        if kind != "image":
            return value
        warning = self.warnings.get(value.get("warning"))
        return {
            "image": {
                "image": self.images[value["image"]].pk,
                "alt_text": value["alt"],
                "decorative": False,
            },
            "caption": value.get("caption", ""),
            "warning": warning.pk if warning else None,
        }

    def series(self, index, blog, data, authors):
        if SeriesPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            return
        parts = []
        for entry in data["parts"]:
            if "post" in entry:
                post = self.post(blog, entry["post"], authors)
                parts.append(SeriesPart(post=post))
            else:
                announced = entry["announced"]
                planned = announced["planned_date"]
                parts.append(
                    SeriesPart(
                        title=announced["title"],
                        summary=announced["summary"],
                        planned_date=datetime.date.fromisoformat(planned) if planned else None,
                    )
                )
        series = SeriesPage(
            slug=data["slug"],
            title=data["title"],
            summary=data["summary"],
            introduction=data["introduction"],
            cover_image=self.images[data["cover"]],
        )
        series.parts = parts
        index.add_child(instance=series)
        series.save_revision().publish()
        self.created += 1

    def post(self, blog, data, authors):
        existing = BlogPage.objects.child_of(blog).filter(slug=data["slug"]).first()
        if existing:
            return existing
        if data.get("schedule_in_days"):
            return self.scheduled_post(blog, data, authors)
        date = datetime.date.fromisoformat(data["date"])
        post = self.unsaved_post(data, authors, date)
        blog.add_child(instance=post)
        post.tags.add(*data["tags"])
        revision = post.save_revision()
        revision.publish()
        published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
        BlogPage.objects.filter(pk=post.pk).update(
            first_published_at=published, last_published_at=published
        )
        self.created += 1
        return post

    def scheduled_post(self, blog, data, authors):
        """A post written ahead and scheduled: Wagtail publishes it on the day."""
        post = self.unsaved_post(data, authors, date=None)
        go_live = timezone.localdate() + datetime.timedelta(days=data["schedule_in_days"])
        post.go_live_at = timezone.make_aware(
            datetime.datetime.combine(go_live, datetime.time(9, 0))
        )
        post.live = False
        blog.add_child(instance=post)
        post.tags.add(*data["tags"])
        post.save_revision().publish()
        self.created += 1
        return post

    def unsaved_post(self, data, authors, date):
        warned = warnings_content.WARNED_POSTS.get(data["slug"], {})
        post = BlogPage(
            slug=data["slug"],
            title=data["title"],
            summary=data["summary"],
            date=date,
            hero_image=self.images.get(data.get("hero")),
            hero_alt=data.get("hero_alt", ""),
            body=self.body(data["body"] + warned.get("extra_blocks", [])),
            warning_note=warned.get("note", ""),
        )
        post.post_authors = [BlogPageAuthor(author=authors[slug]) for slug in data["authors"]]
        post.warnings = [
            PostWarning(warning=self.warnings[slug], intensity=intensity)
            for slug, intensity in warned.get("warnings", [])
        ]
        return post

    def content_warning(self, data):
        warning, created = ContentWarning.objects.get_or_create(slug=data["slug"], defaults=data)
        self.created += created
        return warning

    def admin_user(self):
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            self.log(f"Admin account: {ADMIN_USERNAME} (already there; password unchanged)")
            return
        User.objects.create_superuser(ADMIN_USERNAME, "admin@commonroom.invalid", ADMIN_PASSWORD)
        self.created += 1
        self.log(f"Admin account created: {ADMIN_USERNAME} / {ADMIN_PASSWORD}")
