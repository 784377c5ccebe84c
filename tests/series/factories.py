"""Factories for series and their parts."""

import factory
import wagtail_factories

from blog.models import BlogPage
from series.models import SeriesIndexPage, SeriesPage, SeriesPart


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
    # Numbered here: left unset, every part's sort_order is the same and
    # PostgreSQL may return them in any order.
    series.parts = [
        SeriesPart(post=part, sort_order=n)
        if isinstance(part, BlogPage)
        else SeriesPart(**part, sort_order=n)
        for n, part in enumerate(parts)
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
