import datetime

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from blog.feeds import AtomPostsFeed, RssPostsFeed
from blog.hooks import template_regions
from blog.models.authors import Author
from blog.models.warnings import ContentWarning
from blog.queries import cards, live_posts
from blog.warnings import parse_without
from core.pagetypes import OpenPageTypes
from core.requests import per_request
from core.sitecache import RememberedViewRestrictions, remembered


class BlogIndexPage(RememberedViewRestrictions, OpenPageTypes, RoutablePageMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    # Where it lives, and what else may live under it (the guest post
    # index), the home page and those page types say (core.pagetypes).
    parent_page_types = []
    subpage_types = ["blog.BlogPage"]
    max_count = 1

    class Meta:
        verbose_name = "blog index"

    @classmethod
    def for_request(cls, request):
        """The site's blog index, kept with the site's lookups."""
        return per_request(
            request,
            "blog_index",
            lambda: remembered(request, "blog_index", lambda: cls.objects.live().first()),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blog_regions"] = template_regions()
        context["archive_months"] = self.archive_months(request)
        return context

    def posts(self):
        return live_posts().descendant_of(self)

    def posts_for(self, request):
        """posts(), made once a request: a listing and its archive share it,
        and with it the query for view restrictions that making it costs."""
        return per_request(request, "blog_index_posts", self.posts)

    def paginate(self, request, posts):
        paginator = Paginator(posts.values_list("pk", flat=True), settings.BLOG_POSTS_PER_PAGE)
        number = request.GET.get("page", "1")
        try:
            return paginator.page(number)
        except (PageNotAnInteger, EmptyPage):
            raise Http404("No such page of posts.") from None

    def render_listing(self, request, posts, **context):
        page_of_posts = self.paginate(request, posts)
        page_of_posts.object_list = cards(page_of_posts.object_list)
        return self.render(
            request,
            context_overrides={"posts": page_of_posts, **context},
            template="blog/blog_index_page.html",
        )

    @path("")
    def index(self, request):
        without = parse_without(request.GET.get("without"))
        if not without:
            return self.render_listing(request, self.posts_for(request))
        warnings = list(ContentWarning.objects.filter(slug__in=without))
        return self.render_listing(
            request,
            self.posts_for(request).exclude(warnings__warning__in=warnings),
            listing_title="Posts without "
            + ", ".join(warning.label.lower() for warning in warnings)
            if warnings
            else None,
            without=",".join(warning.slug for warning in warnings),
        )

    @path("tags/<str:tag>/")
    def tag(self, request, tag):
        tag = get_object_or_404(Tag, slug=tag)
        return self.render_listing(
            request,
            self.posts_for(request).filter(tags=tag),
            tag=tag,
            listing_title=f"Posts tagged “{tag.name}”",
            feed_url=self.reverse_subpage("tag_feed", args=[tag.slug]),
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def archive(self, request, year, month):
        try:
            month_start = datetime.date(int(year), int(month), 1)
        except ValueError:
            raise Http404("No such month.") from None
        posts = self.posts_for(request).filter(
            date__year=month_start.year, date__month=month_start.month
        )
        return self.render_listing(
            request,
            posts,
            listing_title=f"Posts from {date_format(month_start, 'YEAR_MONTH_FORMAT')}",
            archive_month=month_start,
        )

    @path("authors/<slug:slug>/", name="author")
    def author(self, request, slug):
        # Anonymous contributors have no public page: it would gather their posts.
        author = get_object_or_404(
            Author.objects.exclude(credit=Author.Credit.ANONYMOUS), slug=slug
        )
        return self.render_listing(
            request,
            self.posts_for(request).filter(post_authors__author=author),
            author=author,
            listing_title=f"Posts by {author.public_name}",
        )

    @path("feed/", name="feed")
    def feed(self, request):
        return RssPostsFeed()(request, index=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomPostsFeed()(request, index=self)

    @path("tags/<str:tag>/feed/", name="tag_feed")
    def tag_feed(self, request, tag):
        return RssPostsFeed()(request, index=self, tag=get_object_or_404(Tag, slug=tag))

    @path("tags/<str:tag>/feed/atom/", name="tag_atom_feed")
    def tag_atom_feed(self, request, tag):
        return AtomPostsFeed()(request, index=self, tag=get_object_or_404(Tag, slug=tag))

    def archive_months(self, request):
        """(month, URL of its listing) for each month with posts, newest
        first. The URLs start from the index's own, found once: with a link
        for every month, {% routablepageurl %} finding it for each was a
        tenth of the index's render."""
        url = self.get_url(request)
        # Kept with the site's lookups, which every page save or delete
        # renews: reading the months means reading every post.
        months = remembered(
            request,
            f"archive_months:{self.pk}",
            lambda: list(self.posts_for(request).dates("date", "month", order="DESC")),
        )
        return [
            (month, url + self.reverse_subpage("archive", args=[f"{month:%Y}", f"{month:%m}"]))
            for month in months
        ]
