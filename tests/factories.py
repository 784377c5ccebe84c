"""Factories for the page tree and the blog's models. tests/test_factories.py
keeps them valid."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page, Site

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor
from guestposts.models import GuestPostIndexPage
from series.models import SeriesIndexPage, SeriesPage, SeriesPart
from website.models import HomePage, StandardPage


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Psychological Wellbeing Practitioner"
    bio = "Writes about low-intensity practice."


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Commonroom"
    slug = "home"


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "About"
    slug = "about"
    body = wagtail_factories.StreamFieldFactory({})


class BlogPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Post number {n}")
    slug = factory.Sequence(lambda n: f"post-{n}")
    summary = "A short, plain summary of the post."
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Guided self-help, one session at a time.</p>")]
    )

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        for author in extracted or []:
            BlogPageAuthor.objects.create(page=self, author=author)

    @factory.post_generation
    def tag_names(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            self.save_revision().publish()


def build_site():
    """The page tree every test starts from: root → home → blog."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="testserver",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Commonroom",
    )
    blog = BlogIndexPageFactory(parent=home, show_in_menus=True)
    return home, blog


class SeriesIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SeriesIndexPage

    title = "Series"
    slug = "series"


class SeriesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SeriesPage

    title = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")
    summary = "A series in parts."


def build_series(index, parts, **fields):
    """A published series whose parts are given as posts or as dicts of
    announced-part fields (title, planned_date, summary)."""
    series = SeriesPageFactory.build(**fields)
    series.parts = [
        SeriesPart(post=part) if isinstance(part, BlogPage) else SeriesPart(**part)
        for part in parts
    ]
    index.add_child(instance=series)
    series.save_revision().publish()
    return series


def schedule(post, when):
    """Turns a live post into one scheduled to go live at `when`."""
    post.unpublish()
    post.date = None
    post.go_live_at = when
    post.save_revision().publish()
    post.refresh_from_db()
    return post


class GuestPostIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuestPostIndexPage

    title = "Guest posts"
    slug = "guest-posts"
