"""RSS and Atom feeds of a series' published parts, in series order."""

from django.db.models import prefetch_related_objects

from blog.feeds import AtomPostsFeed, PlainTextAtom1Feed, RssPostsFeed
from series.parts import series_parts


class SeriesRssFeed(RssPostsFeed):
    def get_object(self, request, series):
        return {"series": series}

    def title(self, obj):
        return f"Commonroom series: {obj['series'].title}"

    def link(self, obj):
        return self.request.build_absolute_uri(obj["series"].get_url(self.request))

    def description(self, obj):
        return obj["series"].summary

    def items(self, obj):
        parts = series_parts(obj["series"])
        self.total = len(parts)
        published = [part for part in parts if part.is_published]
        for part in published:
            part.post.series_part = part
        posts = [part.post for part in published]
        prefetch_related_objects(posts, "post_authors__author", "tags")
        return posts

    def item_title(self, item):
        return f"Part {item.series_part.position}: {item.title}"

    def item_categories(self, item):
        return [f"Part {item.series_part.position} of {self.total}"] + super().item_categories(item)


class SeriesAtomFeed(SeriesRssFeed):
    feed_type = PlainTextAtom1Feed
    item_description = AtomPostsFeed.item_description

    def subtitle(self, obj):
        return self.description(obj)
