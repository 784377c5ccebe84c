from django import forms
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from blog.intensity import Intensity
from blog.warnings import warning_phrase


class ContentWarning(index.Indexed, models.Model):
    """A topic some readers want to know about before they read."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in readers' saved preferences; keep it stable."
    )
    label = models.CharField(
        "short label", max_length=40, help_text='Shown on cards and notices, e.g. "Suicide".'
    )
    description = models.TextField(
        max_length=500, help_text="What this covers, shown on the reading preferences page."
    )
    support = RichTextField(
        "support signposting",
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text="Where a reader affected by this can find support.",
    )
    holds_comments = models.BooleanField(
        "hold every comment",
        default=False,
        help_text="Posts with this warning hold every comment for moderation, unless set otherwise.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("label"),
        FieldPanel("description"),
        FieldPanel("support"),
        FieldPanel("holds_comments"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class PostWarning(Orderable):
    page = ParentalKey("blog.BlogPage", related_name="warnings", on_delete=models.CASCADE)
    warning = models.ForeignKey(ContentWarning, on_delete=models.PROTECT, related_name="+")
    intensity = models.CharField(
        max_length=12, choices=Intensity.choices, default=Intensity.DISCUSSED
    )

    # A plain select, not a snippet chooser: guest contributors choose too.
    panels = [FieldPanel("warning", widget=forms.Select), FieldPanel("intensity")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "warning"], name="one_intensity_per_warning")
        ]

    def __str__(self):
        return warning_phrase(self.warning, self.intensity)
