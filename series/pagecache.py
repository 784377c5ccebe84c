"""Where series show their parts, for the page cache: each series page and
its feeds, the series index, and every part's own page (its banner and
previous/next links). With `with_cards`, also every listing that shows a
part's card ("Part 2 of 3"), for changes to the parts themselves. A fixed
number of queries however many series or parts."""

from blog.models import BlogPage
from blog.pagecache import shown_paths
from core.pagecache import live_paths, page_path
from series.models import SeriesIndexPage, SeriesPage, SeriesPart


def series_paths(series_ids, *, with_cards=False):
    series_ids = list(series_ids)
    if not series_ids:
        return set()
    paths = set()
    for series in SeriesPage.objects.filter(pk__in=series_ids):
        path = page_path(series)
        if path:
            paths |= {
                path,
                path + series.reverse_subpage("feed"),
                path + series.reverse_subpage("atom_feed"),
            }
    paths |= live_paths(SeriesIndexPage.objects.all())
    post_ids = list(
        SeriesPart.objects.filter(series_id__in=series_ids, post__isnull=False).values_list(
            "post_id", flat=True
        )
    )
    if with_cards:
        return paths | shown_paths(post_ids)
    return paths | {page_path(post) for post in BlogPage.objects.filter(pk__in=post_ids)} - {None}


def live_series_paths(pk):
    if not SeriesPage.objects.filter(pk=pk, live=True).exists():
        return set()
    return series_paths([pk], with_cards=True)


def series_of_posts(post_ids):
    return SeriesPart.objects.filter(post_id__in=post_ids).values_list("series_id", flat=True)


def post_series_paths(pk):
    """A post's series, whatever the post's state: a scheduled part shows
    "available on …" before it is live."""
    return series_paths(series_of_posts([pk]))


def warning_series_paths(pk):
    # Announced parts carry warnings of their own.
    return series_paths(
        SeriesPart.objects.filter(warnings__warning_id=pk).values_list("series_id", flat=True)
    )
