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
from discussion import policy
from discussion.models import Comment, Like
from guestposts.models import GuestPostIndexPage, Pitch
from guestposts.setup import onboard_contributor
from series.models import SeriesIndexPage, SeriesPage, SeriesPart
from website.demo import (
    content,
    discussion_content,
    guest_content,
    series_content,
    warnings_content,
)
from website.demo.images import PALETTES, draw
from website.models import HomePage, StandardPage

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "commonroom-admin"
CONTRIBUTOR_PASSWORD = "commonroom-guest"
GUEST_SERIES_PART = "helping-pwps-thrive-a-service-managers-view"
INLINE_IMAGES = {"inline-1": "sand", "inline-2": "slate"}
# The blog's editor, whose account the demo admin is.
EDITOR = "ruth-ellery"


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
        for data in [*content.PAGES, guest_content.WRITE_FOR_US_PAGE]:
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
        guest_index = self.child(
            blog,
            GuestPostIndexPage,
            slug="guest-posts",
            title="Guest posts",
            intro="<p>Posts by practitioners, teams and managers who write for us.</p>",
        )
        authors.update({data["slug"]: self.author(data) for data in guest_content.CONTRIBUTORS})
        # The first series' third part is a service manager's guest post.
        self.parents = {GUEST_SERIES_PART: guest_index}
        self.extra_authors = {GUEST_SERIES_PART: [guest_content.SERIES_PART_AUTHOR]}
        for data in series_content.SERIES:
            self.series(series_index, blog, data, authors)
        contributor = self.contributor_account(authors)
        self.pitch(authors)
        for data in guest_content.GUEST_POSTS:
            self.guest_post(guest_index, data, authors, contributor)
        admin = self.admin_user()
        self.editor_account(authors[EDITOR], admin)
        for data in discussion_content.DISCUSSIONS:
            self.discussion(data)
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
        fields = ("name", "role", "bio", "kind", "organisation", "credit")
        author, created = Author.objects.get_or_create(
            slug=data["slug"],
            defaults={k: data[k] for k in fields if k in data}
            | ({"kind": Author.Kind.GUEST} if "credit" in data else {}),
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
                part = entry["post"]
                if part["slug"] in self.extra_authors:
                    part = {**part, "authors": self.extra_authors[part["slug"]]}
                post = self.post(self.parents.get(part["slug"], blog), part, authors)
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

    def contributor_account(self, authors):
        """The demo guest contributor, who can sign in to the admin."""
        data = next(c for c in guest_content.CONTRIBUTORS if c["account"])
        User = get_user_model()
        user = User.objects.filter(username=data["email"]).first()
        if user is None:
            user = User.objects.create_user(
                data["email"], data["email"], CONTRIBUTOR_PASSWORD, first_name=data["name"]
            )
            onboard_contributor(authors[data["slug"]], user)
            self.created += 1
            self.log(f"Guest contributor account created: {data['email']} / {CONTRIBUTOR_PASSWORD}")
        return user

    def pitch(self, authors):
        data = guest_content.PITCH
        pitch, created = Pitch.objects.get_or_create(
            email=data["email"],
            title=data["title"],
            defaults={
                "name": data["name"],
                "organisation": data["organisation"],
                "role": data["role"],
                "outline": data["outline"],
                "credit": data["credit"],
                "status": Pitch.Status.ACCEPTED,
                "author": authors[
                    next(c["slug"] for c in guest_content.CONTRIBUTORS if c["account"])
                ],
            },
        )
        self.created += created

    def guest_post(self, guest_index, data, authors, contributor):
        if BlogPage.objects.child_of(guest_index).filter(slug=data["slug"]).exists():
            return
        owns = any(authors[slug].user_id == contributor.pk for slug in data["authors"])
        if data["state"] == "published":
            post = self.post(guest_index, data, authors)
            if owns:
                BlogPage.objects.filter(pk=post.pk).update(owner=contributor)
            if data.get("series"):
                self.add_to_series(data["series"], post)
            return
        # Written by the contributor and waiting in the review workflow.
        post = self.unsaved_post(data, authors, date=None)
        post.live = False
        post.owner = contributor
        post.confidentiality_confirmed_at = timezone.now()
        post.confidentiality_confirmed_by = contributor
        guest_index.add_child(instance=post)
        post.tags.add(*data["tags"])
        post.save_revision(user=contributor)
        post.get_workflow().start(post, contributor)
        self.created += 1

    def add_to_series(self, slug, post):
        series = SeriesPage.objects.get(slug=slug)
        parts = list(series.parts.all())
        if any(part.post_id == post.pk for part in parts):
            return
        published = [i for i, part in enumerate(parts) if part.post_id]
        parts.insert((published[-1] + 1) if published else 0, SeriesPart(post=post))
        for position, part in enumerate(parts):
            part.sort_order = position
        series.parts = parts
        series.save_revision().publish()

    def admin_user(self):
        User = get_user_model()
        admin = User.objects.filter(username=ADMIN_USERNAME).first()
        if admin:
            self.log(f"Admin account: {ADMIN_USERNAME} (already there; password unchanged)")
            return admin
        admin = User.objects.create_superuser(
            ADMIN_USERNAME, "admin@commonroom.invalid", ADMIN_PASSWORD
        )
        self.created += 1
        self.log(f"Admin account created: {ADMIN_USERNAME} / {ADMIN_PASSWORD}")
        return admin

    def editor_account(self, editor, admin):
        """The admin account writes as the editor, so her replies to readers
        carry the author badge. An account already linked either way stays."""
        if editor.user_id is not None or Author.objects.filter(user=admin).exists():
            return
        editor.user = admin
        editor.save(update_fields=["user"])
        self.log(f"Admin account linked to the author {editor.name}")

    def discussion(self, data):
        """A post's demo comments and likes, left alone once it has any comments."""
        post = BlogPage.objects.filter(slug=data["post"]).first()
        if post is None or post.reader_comments.exists():
            return
        self.likes(post, None, data["likes"])
        comments = {}
        for entry in data["comments"]:
            parent = comments.get(entry.get("reply_to"))
            comments[entry["key"]] = comment = self.comment(post, entry, parent)
            self.likes(post, comment, entry.get("likes", 0))

    def comment(self, post, entry, parent):
        # Created with its state as written, not through the moderation policy
        # (which would hold every demo reader's first comment).
        days, at = entry["after"]
        sent = datetime.datetime.combine(
            post.date + datetime.timedelta(days=days), datetime.time.fromisoformat(at)
        )
        comment = Comment(
            post=post,
            comment=entry["text"],
            parent_id=parent.pk if parent else 0,
            submit_date=timezone.make_aware(sent),
        )
        if entry["by"] == "author":
            author = next(author for author in post.authors if author.user_id)
            comment.user = author.user
            comment.user_name = author.public_name
            comment.user_email = author.user.email
            comment.badge = policy.badge_for(author.user, post)
        else:
            person = discussion_content.PEOPLE[entry["by"]]
            comment.user_name = person["name"]
            comment.user_email = person["email"]
            comment.user_url = person["url"]
            comment.reader = reader_id(person["reader"]) if person["reader"] else ""
        state = Comment.State(entry.get("state", Comment.State.PUBLISHED))
        comment.set_state(state)
        if state == Comment.State.AWAITING:
            comment.held_reason = discussion_content.HELD_REASON
        comment.save()
        self.created += 1
        return comment

    def likes(self, post, comment, count):
        Like.objects.bulk_create(
            Like(post=post, comment=comment, reader=reader_id(n)) for n in range(1, count + 1)
        )
        self.created += count


def reader_id(number):
    """A made-up like-cookie id: 32 hex digits, like the site's own."""
    return f"{number:032x}"
