from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from blog.blocks import BodyBlock
from blog.queries import cards, live_posts
from core.sitecache import RememberedSiteSetting, RememberedViewRestrictions
from series.models import SeriesPage
from series.parts import series_listing

HOME_LATEST_POSTS = 6
HOME_FEATURED_SERIES = 3


class HomePage(RememberedViewRestrictions, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    featured_post = models.ForeignKey(
        "blog.BlogPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The post shown first and largest. Leave empty to feature the newest post.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("featured_post")]

    parent_page_types = ["wagtailcore.Page"]
    # The indexes below name no parent (their apps are lower than this
    # one): they live here because this list names them (core.pagetypes).
    # A plain Page stays admitted, as with Wagtail's default of any type.
    subpage_types = [
        "wagtailcore.Page",
        "website.StandardPage",
        "blog.BlogIndexPage",
        "series.SeriesIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_post"], context["latest_posts"] = self.featured_and_latest()
        ongoing = series_listing(SeriesPage.objects.live().public().order_by("-first_published_at"))
        context["ongoing_series"] = [view for view in ongoing if not view.is_complete][
            :HOME_FEATURED_SERIES
        ]
        return context

    def featured_and_latest(self):
        """The featured post (the editor's choice while it is live, else the
        newest post) and the latest posts after it, decorated for their cards."""
        ids = live_posts().values_list("pk", flat=True)
        chosen = self.featured_post_id and ids.filter(pk=self.featured_post_id).first()
        if chosen:
            ids = [chosen, *ids.exclude(pk=chosen)[:HOME_LATEST_POSTS]]
        else:
            ids = ids[: HOME_LATEST_POSTS + 1]
        posts = cards(ids)
        return (posts[0], posts[1:]) if posts else (None, [])


class StandardPage(RememberedViewRestrictions, Page):
    """A plain page such as About or Support."""

    summary = models.TextField(blank=True, max_length=400)
    body = StreamField(BodyBlock())

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["website.HomePage", "website.StandardPage"]

    class Meta:
        verbose_name = "standard page"


@register_setting(icon="cog")
class SiteSettings(RememberedSiteSetting, BaseSiteSetting):
    tagline = models.CharField(
        max_length=160,
        blank=True,
        default="Writing on low-intensity practice, for the people who do it.",
    )
    description = models.TextField(
        blank=True,
        max_length=300,
        help_text="Used where a page has no summary of its own (search engines, link previews).",
    )
    footer_text = models.TextField(
        blank=True, max_length=500, help_text="A line or two about the site, in the footer."
    )
    contact_email = models.EmailField(
        "editors' email address",
        blank=True,
        help_text="How readers reach the editors: shown in the footer's Contact section.",
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the footer's About section links to.",
    )
    guest_confidentiality_guidance = models.TextField(
        "confidentiality check for guest posts",
        max_length=1000,
        default=(
            "Before you submit, check that no client, colleague or service user could be "
            "identified from your post (names, places, dates, unusual details), and that you "
            "have consent for any story you share."
        ),
        help_text="Shown to guest contributors, who confirm it before submitting a post.",
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The privacy notice. Every form that asks for an email address links to it, "
            "and so does the footer; with none chosen (or the page unpublished) they don't."
        ),
    )

    panels = [
        FieldPanel("tagline"),
        FieldPanel("description"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("about_page"),
        FieldPanel("guest_confidentiality_guidance"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = "site settings"
