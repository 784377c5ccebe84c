from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from blog.intensity import Intensity
from blog.warnings import warning_phrase
from core.pagetypes import OpenPageTypes
from core.sitecache import RememberedViewRestrictions
from series.feeds import SeriesAtomFeed, SeriesRssFeed
from series.panels import FollowerCountPanel, PartsPanel
from series.part_form import PartPostSelect
from series.parts import series_listing, series_view


class SeriesIndexPage(RememberedViewRestrictions, OpenPageTypes, Page):
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


class SeriesPage(RememberedViewRestrictions, RoutablePageMixin, Page):
    summary = models.TextField(max_length=400, help_text="One or two sentences for listings.")
    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("cover_image"),
        PartsPanel(
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
        help_text=(
            "Leave empty to announce a part that is not written yet. Once a post is chosen, "
            "the part shows the post’s title, summary and warnings when it is published."
        ),
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
    # The announced part's own warnings are its `warnings` (SeriesPartWarning).

    panels = [
        FieldPanel("post", widget=PartPostSelect),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("planned_date")]),
                FieldPanel("summary"),
                FieldPanel("warnings"),
            ],
            heading="Announcement",
            classname="part-announcement",
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


class SeriesPartWarning(models.Model):
    """A warning an announced part carries, with how much of the topic it is
    expected to hold, as a post's warnings say."""

    part = ParentalKey(SeriesPart, related_name="warnings", on_delete=models.CASCADE)
    warning = models.ForeignKey("blog.ContentWarning", on_delete=models.PROTECT, related_name="+")
    intensity = models.CharField(
        max_length=12, choices=Intensity.choices, default=Intensity.DISCUSSED
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["part", "warning"], name="one_intensity_per_part_warning"
            )
        ]

    def __str__(self):
        return warning_phrase(self.warning, self.intensity)
