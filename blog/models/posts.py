import math

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from blog.blocks import BodyBlock, heading_anchor
from blog.forms import BlogPageForm
from blog.hooks import (
    post_context,
    post_panels,
    post_settings_panels,
    post_submit_panels,
    template_regions,
)
from blog.models.authors import AVATAR_RENDITION
from blog.models.index import BlogIndexPage
from blog.panels import AuthorsPanel, MissingWarningsPanel, WarningsPanel
from blog.plaintext import html_to_text
from blog.sanitise import sanitise_body
from blog.warnings import skip_url, warnings_summary
from core.pagetypes import OpenPageTypes
from core.sitecache import RememberedViewRestrictions

WORDS_PER_MINUTE = 200


def first_paragraph():
    """A new post's body starts with a paragraph to type into, two clicks
    fewer than choosing one from the block menu."""
    return [("paragraph", "")]


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogPageAuthor(Orderable):
    page = ParentalKey("blog.BlogPage", related_name="post_authors", on_delete=models.CASCADE)
    author = models.ForeignKey("blog.Author", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "author"], name="unique_author_per_post")
        ]


class CommentModeration(models.TextChoices):
    BY_WARNINGS = "warnings", "As the post's content warnings suggest"
    ALL = "all", "Hold every comment for moderation"
    FIRST = "first", "Hold only a commenter's first comment"


class BlogPage(RememberedViewRestrictions, OpenPageTypes, Page):
    date = models.DateField(
        "publication date",
        null=True,
        blank=True,
        # Listings are newest first: with this index PostgreSQL reads the
        # first page of 10,000 posts without sorting them all.
        db_index=True,
        help_text="Leave blank to use the day the post goes live.",
    )
    summary = models.TextField(
        max_length=400,
        help_text=(
            "One or two sentences shown on listings, feeds, emails and link previews. "
            "It is shown even when the post has content warnings, so keep it safe to read."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        "hero image alt text",
        max_length=250,
        blank=True,
        help_text="Describe the image for readers who cannot see it; leave blank if it is only decoration.",
    )
    body = StreamField(BodyBlock(), default=first_paragraph)
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    confidentiality_confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    confidentiality_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    warning_note = models.CharField(
        "note on the warnings",
        max_length=300,
        blank=True,
        help_text='Optional, shown with the warnings, e.g. "References only, nothing explicit."',
    )

    # The post's comment settings are discussion's: it reads them and edits
    # them (its panels, through the POST_SETTINGS_PANELS hook). They stay
    # columns of the post, where their migrations and every post's values
    # already are; a table of discussion's own would have to follow each
    # post through revisions, copies and moves.
    comments_open = models.BooleanField(
        default=True, help_text="Readers can comment. A closed thread stays readable."
    )
    comment_moderation = models.CharField(
        max_length=10,
        choices=CommentModeration.choices,
        default=CommentModeration.BY_WARNINGS,
        help_text=(
            "By default a post holds every comment when one of its content warnings is set to "
            "do so, and otherwise only a commenter's first comment."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        AuthorsPanel(
            "post_authors",
            chooser_field_name="author",
            heading="Authors",
            label="Author",
            add_label="Add an author",
        ),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading="Hero image"),
        MultiFieldPanel(
            [
                WarningsPanel("warnings", label="Warning", add_label="Add a warning"),
                MissingWarningsPanel(),
                FieldPanel("warning_note"),
            ],
            heading="Content warnings",
            help_text=(
                "Readers see these before anything else of the post. Include every warning "
                "used by a sensitive section or image in the body."
            ),
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [
        FieldPanel(
            "date",
            help_text=(
                "Leave blank to use the day the post goes live. To publish it later, open "
                "the Status panel (its button is at the top right of this editor), choose "
                "“Set schedule”, pick the time, then Publish: it goes live at that time."
            ),
        ),
        FieldPanel("tags"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    # Other page types that hold posts (the guest post index) say so in
    # their own subpage_types (core.pagetypes).
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    base_form_class = BlogPageForm

    class Meta:
        verbose_name = "blog post"

    def save(self, *args, **kwargs):
        self.body = sanitise_body(self.body)
        self.reading_minutes = self.compute_reading_minutes()
        if self.live and not self.date:
            moment = self.go_live_at or self.first_published_at or timezone.now()
            self.date = timezone.localdate(moment)
        return super().save(*args, **kwargs)

    @cached_classmethod
    def get_edit_handler(cls):
        """Wagtail's three tabs, the Content and Settings tabs ending with the
        panels other apps add through the POST_PANELS and POST_SETTINGS_PANELS
        hooks, and beneath them the POST_SUBMIT_PANELS (Wagtail renders a
        panel without furniture outside the tabs). Built on first use, once
        every app's hooks are registered."""
        tabs = [
            ObjectList(cls.content_panels + post_panels(), heading=_("Content")),
            ObjectList(cls.promote_panels, heading=_("Promote")),
            ObjectList(cls.settings_panels + post_settings_panels(), heading=_("Settings")),
        ]
        return TabbedInterface(
            tabs + post_submit_panels(), base_form_class=cls.base_form_class
        ).bind_to_model(cls)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the page was served with (a comment form sent back with its
        # errors, say) is there for the POST_CONTEXT hooks.
        context.update(kwargs)
        post_context(self, request, context)
        context["blog_regions"] = template_regions()
        if self.warning_list:
            index = BlogIndexPage.for_request(request)
            context["skip_url"] = skip_url(self, context, index.get_url(request) if index else "/")
        return context

    def get_absolute_url(self):
        # django_comments_xtd links to the commented object through this.
        return self.get_url()

    @property
    def holds_all_comments(self):
        if self.comment_moderation == CommentModeration.BY_WARNINGS:
            return any(link.warning.holds_comments for link in self.warning_list)
        return self.comment_moderation == CommentModeration.ALL

    def compute_reading_minutes(self):
        text = " ".join(self.body.stream_block.get_searchable_content(self.body))
        words = len(html_to_text(text).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def display_date(self):
        return self.date or timezone.localdate(self.go_live_at or timezone.now())

    def table_of_contents(self):
        return [
            {
                "level": block.value["level"],
                "text": block.value["text"],
                "anchor": heading_anchor(block.value),
            }
            for block in self.body
            if block.block_type == "heading"
        ]

    @cached_property
    def authors(self):
        """The post's authors in order: prefetched on listings, joined otherwise."""
        links = self.post_authors.all()
        if "post_authors" not in getattr(self, "_prefetched_objects_cache", {}):
            # The post page shows each author's avatar: their photos and its
            # rendition in two queries, however many authors there are.
            photos = get_image_model().objects.prefetch_renditions(AVATAR_RENDITION)
            links = links.select_related("author").prefetch_related(
                Prefetch("author__photo", queryset=photos)
            )
        return [link.author for link in links]

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    @cached_property
    def warning_list(self):
        """The post's warnings in order: prefetched on listings, joined otherwise."""
        links = self.warnings.all()
        if "warnings" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("warning")
        return list(links)

    @property
    def is_guest_post(self):
        return any(author.kind == author.Kind.GUEST for author in self.authors)

    @property
    def warning_slugs(self):
        return " ".join(link.warning.slug for link in self.warning_list)

    @property
    def warning_summary(self):
        """e.g. "Vicarious trauma (discussed), Burnout (mentioned)"."""
        return warnings_summary((link.warning, link.intensity) for link in self.warning_list)
