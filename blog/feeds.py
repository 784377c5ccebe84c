"""RSS 2.0 and Atom feeds of posts, for the whole blog and for each tag. Feeds
carry summaries, not bodies, so they never load a post's StreamField."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.html import escape

from blog.queries import with_card_data
from core.xmltext import XMLSafeAtomFeed, XMLSafeRssFeed

FEED_LENGTH = 20


class PlainTextAtom1Feed(XMLSafeAtomFeed):
    """Summaries are plain text, so Atom says so (Django marks them as HTML)."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class RssPostsFeed(Feed):
    feed_type = XMLSafeRssFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index, tag=None):
        return {"index": index, "tag": tag}

    def title(self, obj):
        site_name = obj["index"].get_site().site_name or "Commonroom"
        if obj["tag"]:
            return f"{site_name}: posts tagged “{obj['tag'].name}”"
        return f"{site_name}: {obj['index'].title}"

    def link(self, obj):
        index = obj["index"]
        url = index.get_url(self.request)
        if obj["tag"]:
            url += index.reverse_subpage("tag", args=[obj["tag"].slug])
        return self.request.build_absolute_uri(url)

    def description(self, obj):
        return "New posts from the Commonroom blog."

    def items(self, obj):
        posts = obj["index"].posts()
        if obj["tag"]:
            posts = posts.filter(tags=obj["tag"])
        return with_card_data(posts)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS readers take a description as HTML: plain text goes escaped.
        return escape(self.plain_description(item))

    def plain_description(self, item):
        # Feeds carry summaries only, never bodies; a warned post says so first.
        if item.warning_list:
            note = f" {item.warning_note}" if item.warning_note else ""
            return f"Content warning: {item.warning_summary}.{note}\n\n{item.summary}"
        return item.summary

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_guid(self, item):
        return f"commonroom-post-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return ", ".join(author.public_name for author in item.authors) or None

    def item_categories(self, item):
        warnings = [f"Content warning: {link.warning.label}" for link in item.warning_list]
        return warnings + [tag.name for tag in item.tag_list]


class AtomPostsFeed(RssPostsFeed):
    feed_type = PlainTextAtom1Feed

    def item_description(self, item):
        return self.plain_description(item)

    def subtitle(self, obj):
        return self.description(obj)
