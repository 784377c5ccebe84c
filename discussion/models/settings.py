from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.sitecache import RememberedSiteSetting


@register_setting(icon="comment")
class CommentSettings(RememberedSiteSetting, BaseSiteSetting):
    """How comments are moderated and kept in check, site-wide."""

    hold_first_comment = models.BooleanField(
        "hold a commenter's first comment",
        default=True,
        help_text=(
            "Hold the first comment from an email address for moderation; once an address "
            "has an approved comment, its later comments publish at once (unless the post "
            "holds every comment)."
        ),
    )
    held_words = models.TextField(
        "words that hold a comment",
        blank=True,
        help_text="One word or phrase per line. A comment containing any of them waits for moderation.",
    )
    max_links = models.PositiveSmallIntegerField(
        "most links in a comment",
        default=2,
        validators=[MaxValueValidator(20)],
    )
    min_seconds = models.PositiveSmallIntegerField(
        "seconds before a comment can be sent",
        default=3,
        validators=[MaxValueValidator(120)],
        help_text="Comments sent faster than this after the page loaded are refused as automated.",
    )
    close_after_days = models.PositiveIntegerField(
        "close comments after (days)",
        default=0,
        help_text="Close a post's comments this many days after it was published; 0 keeps them open.",
    )
    threads_per_page = models.PositiveSmallIntegerField(
        "conversations per page",
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(200)],
        help_text="Top-level comments shown per page of a post's comments; replies stay with them.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("hold_first_comment"), FieldPanel("held_words")], heading="Moderation"
        ),
        MultiFieldPanel([FieldPanel("max_links"), FieldPanel("min_seconds")], heading="Spam"),
        MultiFieldPanel(
            [FieldPanel("close_after_days"), FieldPanel("threads_per_page")], heading="Threads"
        ),
    ]

    class Meta:
        verbose_name = "comment settings"

    def held_word_list(self):
        return [line.strip().lower() for line in self.held_words.splitlines() if line.strip()]
