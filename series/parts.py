"""What readers see of a series, worked out from its parts and the live state
of their posts at the moment of rendering. Nothing here is stored: a post that
goes live becomes a link everywhere without anyone editing the series.

Each function costs a fixed number of queries however many parts a series has.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Revision

from blog.models import BlogPage
from blog.warnings import warnings_summary

PUBLISHED = "published"
SCHEDULED = "scheduled"
ANNOUNCED = "announced"


@dataclass
class Part:
    position: int
    title: str
    summary: str
    state: str
    post: object = None
    url: str = ""
    available_on: datetime.date | None = None
    warnings: list = field(default_factory=list)

    @property
    def warning_slugs(self):
        return " ".join(warning.slug for warning, _ in self.warnings)

    @property
    def warning_summary(self):
        return warnings_summary(self.warnings)

    @property
    def is_published(self):
        return self.state == PUBLISHED

    @property
    def availability(self):
        """What a reader is told about a part that is not out yet. A planned
        date that has passed is not a promise any more: "coming soon"."""
        if self.is_published:
            return ""
        if self.available_on and self.available_on >= timezone.localdate():
            return f"available on {date_format(self.available_on)}"
        return "coming soon"


@dataclass
class SeriesView:
    series: object
    parts: list = field(default_factory=list)
    current: Part | None = None

    @property
    def total(self):
        return len(self.parts)

    @property
    def published(self):
        return [part for part in self.parts if part.is_published]

    @property
    def upcoming(self):
        return [part for part in self.parts if not part.is_published]

    @property
    def is_complete(self):
        return bool(self.parts) and not self.upcoming

    @property
    def next_part(self):
        return self.upcoming[0] if self.upcoming else None

    @property
    def next_date(self):
        dates = [part.available_on for part in self.upcoming if part.available_on]
        return min(dates) if dates else None

    def _published_neighbour(self, step):
        if self.current is None:
            return None
        index = self.parts.index(self.current) + step
        while 0 <= index < len(self.parts):
            if self.parts[index].is_published:
                return self.parts[index]
            index += step
        return None

    @property
    def previous_published(self):
        return self._published_neighbour(-1)

    @property
    def next_published(self):
        return self._published_neighbour(+1)


def part_rows():
    # series.models imports this module (its pages render their parts), and
    # either may be imported first, so the model is looked up, not imported.
    return apps.get_model("series", "SeriesPart").objects


def _scheduled_dates(posts):
    """Go-live dates of approved, scheduled revisions of posts not yet live."""
    waiting = [str(post.pk) for post in posts if not post.live]
    if not waiting:
        return {}
    revisions = Revision.page_revisions.filter(
        object_id__in=waiting, approved_go_live_at__gt=timezone.now()
    ).values_list("object_id", "approved_go_live_at")
    return {int(pk): timezone.localdate(moment) for pk, moment in revisions}


def _posts_by_id(post_ids, bylines=False):
    if not post_ids:
        return {}
    related = ["warnings__warning"] + (["post_authors__author"] if bylines else [])
    return (
        BlogPage.objects.filter(pk__in=post_ids)
        .defer_streamfields()
        .prefetch_related(*related)
        .in_bulk()
    )


def build_views(series_list, parts_by_series, request=None, bylines=False):
    """`bylines`: the posts' authors are loaded too (two queries more)."""
    posts = _posts_by_id(
        {part.post_id for parts in parts_by_series.values() for part in parts if part.post_id},
        bylines,
    )
    scheduled = _scheduled_dates(posts.values())
    views = []
    for series in series_list:
        view = SeriesView(series=series)
        for position, part in enumerate(parts_by_series.get(series.pk, []), start=1):
            view.parts.append(_part(position, part, posts.get(part.post_id), scheduled, request))
        views.append(view)
    return views


def _part(position, part, post, scheduled, request):
    if post is not None:
        warnings = [(link.warning, link.intensity) for link in post.warning_list]
    else:
        warnings = [(link.warning, link.intensity) for link in part.warnings.all()]
    if post is not None and post.live:
        return Part(
            position,
            post.title,
            post.summary,
            PUBLISHED,
            post,
            post.get_url(request),
            warnings=warnings,
        )
    if post is not None and post.pk in scheduled:
        return Part(
            position,
            part.title or post.title,
            part.summary or post.summary,
            SCHEDULED,
            post,
            available_on=scheduled[post.pk],
            warnings=warnings,
        )
    return Part(
        position,
        part.title or (post.title if post else ""),
        part.summary,
        ANNOUNCED,
        post,
        available_on=part.planned_date,
        warnings=warnings,
    )


def series_view(series, request=None, bylines=False):
    """One series with every part in order (works on previews too)."""
    parts = list(series.parts.all().prefetch_related("warnings__warning"))
    return build_views([series], {series.pk: parts}, request, bylines)[0]


def series_parts(series, request=None):
    return series_view(series, request).parts


def series_listing(series_queryset, request=None):
    series_list = list(series_queryset)
    parts_by_series = {}
    parts = part_rows().filter(series__in=series_list).prefetch_related("warnings__warning")
    for part in parts.order_by("sort_order", "pk"):
        parts_by_series.setdefault(part.series_id, []).append(part)
    return build_views(series_list, parts_by_series, request)


def series_for_post(post, request=None):
    """The series a post belongs to, with the post as its current part."""
    membership = (
        part_rows().filter(post_id=post.pk, series__live=True).select_related("series").first()
    )
    if membership is None:
        return None
    series = membership.series
    parts = list(
        part_rows()
        .filter(series_id=series.pk)
        .prefetch_related("warnings__warning")
        .order_by("sort_order", "pk")
    )
    view = build_views([series], {series.pk: parts}, request)[0]
    view.current = next(p for p in view.parts if p.post is not None and p.post.pk == post.pk)
    return view


def attach_series(posts):
    """Sets `series_position` ("Part 2 of 3 · title") on each post of a listing."""
    posts = list(posts)
    for post in posts:
        post.series_position = None
    memberships = {
        part.post_id: part
        for part in part_rows()
        .filter(post_id__in=[post.pk for post in posts], series__live=True)
        .select_related("series")
    }
    if not memberships:
        return posts
    orders = {}
    for series_id, post_id in (
        part_rows()
        .filter(series_id__in={part.series_id for part in memberships.values()})
        .order_by("sort_order", "pk")
        .values_list("series_id", "post_id")
    ):
        orders.setdefault(series_id, []).append(post_id)
    for post in posts:
        part = memberships.get(post.pk)
        if part:
            order = orders[part.series_id]
            post.series_position = {
                "position": order.index(post.pk) + 1,
                "total": len(order),
                "series": part.series,
            }
    return posts


def next_part_without(view, warning_slugs):
    """The URL of the next published part of `view`'s series, if it has none
    of the warnings named by `warning_slugs`."""
    if view is None:
        return None
    following = view.parts[view.parts.index(view.current) + 1 :]
    for part in following:
        if part.is_published:
            if not warning_slugs & set(part.warning_slugs.split()):
                return part.url
            return None
    return None
