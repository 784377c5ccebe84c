from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.pagetypes import OpenPageTypes
from series.feeds import SeriesAtomFeed, SeriesRssFeed
from series.panels import FollowerCountPanel
from series.parts import series_listing, series_view


class SeriesIndexPage(OpenPageTypes, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = []  # the home page names it (core.pagetypes)
    subpage_types = ["series.SeriesPage"]
    max_count = 1

    class Meta:
        verbose_name = "series index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["all_series"] = series_listing(SeriesPage.objects.child_of(self).live().public())
        return context


class SeriesPage(RoutablePageMixin, Page):
    summary = models.TextField(max_length=400, help_text="One or two sentences for listings.")
    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("cover_image"),
        InlinePanel(
            "parts",
            heading="Parts",
            label="Part",
            help_text=(
                "In reading order. Choose a post, or announce a part that is not written yet "
                "(title, planned date, summary); link the post to it later without reordering."
            ),
        ),
        FollowerCountPanel(heading="Followers"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["series.SeriesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "series"
        verbose_name_plural = "series"

    def clean(self):
        super().clean()
        posts = [part.post_id for part in self.parts.all() if part.post_id]
        if len(posts) != len(set(posts)):
            raise ValidationError("A post can appear only once in a series.")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each part shows its date, authors and reading time.
        context["series_view"] = series_view(self, bylines=True)
        context["parts"] = context["series_view"].parts
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        return SeriesRssFeed()(request, series=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return SeriesAtomFeed()(request, series=self)


class SeriesPart(ClusterableModel, Orderable):
    """A part of a series: a post, or a part announced before it is written."""

    series = ParentalKey(SeriesPage, related_name="parts", on_delete=models.CASCADE)
    post = models.ForeignKey(
        "blog.BlogPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="series_parts",
        help_text="Leave empty to announce a part that is not written yet.",
    )
    title = models.CharField(
        "announced title",
        max_length=255,
        blank=True,
        help_text="Shown until the post is published; needed when no post is chosen.",
    )
    planned_date = models.DateField(
        null=True, blank=True, help_text='Shown as "available on …" until the part is out.'
    )
    summary = models.CharField("announced summary", max_length=255, blank=True)
    warnings = ParentalManyToManyField(
        "blog.ContentWarning",
        blank=True,
        related_name="+",
        help_text="Warnings for an announced part; a published part shows its post's own.",
    )

    panels = [
        FieldPanel("post"),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("planned_date")]),
                FieldPanel("summary"),
                FieldPanel("warnings", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Announcement",
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "part"

    def clean(self):
        super().clean()
        if not self.post_id and not self.title.strip():
            raise ValidationError({"title": "Give an announced part a title, or choose its post."})
        if self.post_id:
            elsewhere = (
                SeriesPart.objects.filter(post_id=self.post_id)
                .exclude(series_id=self.series_id)
                .select_related("series")
                .first()
            )
            if elsewhere:
                raise ValidationError(
                    {
                        "post": f"This post is already a part of the series “{elsewhere.series.title}”. "
                        "A post can belong to one series only."
                    }
                )
