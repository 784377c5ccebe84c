from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from blog.models import Author
from core.sitecache import RememberedViewRestrictions
from guestposts.hooks import confidentiality_text


class GuestPostIndexPage(RememberedViewRestrictions, Page):
    """Where guest posts live (/blog/guest-posts/). Guest contributors may add
    pages here and nowhere else; the "Guest post review" workflow applies."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = ["blog.BlogPage"]
    max_count = 1

    class Meta:
        verbose_name = "guest posts index"

    def serve(self, request, *args, **kwargs):
        # Guest posts are listed with every other post on the blog index.
        return redirect(self.get_parent().url, permanent=False)

    def confidentiality_guidance(self):
        """Asked by blog's post editor: posts here need the confidentiality
        check confirmed before they are submitted."""
        return confidentiality_text(self.get_site())


class Pitch(models.Model):
    """An idea for a guest post, sent through /write-for-us/."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254)
    organisation = models.CharField("team or organisation", max_length=200, blank=True)
    role = models.CharField(max_length=160, blank=True)
    title = models.CharField("proposed title", max_length=200)
    outline = models.TextField(max_length=3000)
    warnings = models.ManyToManyField("blog.ContentWarning", blank=True, related_name="+")
    credit = models.CharField(
        "how they want to be credited",
        max_length=10,
        choices=Author.Credit.choices,
        default=Author.Credit.NAME,
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        Author, null=True, blank=True, on_delete=models.SET_NULL, related_name="pitches"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "pitches"

    def __str__(self):
        return self.title


class Invitation(models.Model):
    """A single-use invitation for a guest contributor to set a password."""

    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)
    nonce = models.CharField(max_length=32, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation {self.pk} for {self.author}"


class Withdrawal(models.Model):
    """A contributor's request to take a published guest post down."""

    post = models.ForeignKey("blog.BlogPage", on_delete=models.CASCADE, related_name="withdrawals")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(blank=True, max_length=1000)
    requested_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self):
        return f"Withdrawal of post {self.post_id}"


class LiveNotice(models.Model):
    """Records that a guest post's contributors were told it is live, so
    republishing it (or running the task again) never tells them twice."""

    post = models.OneToOneField("blog.BlogPage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Live notice for post {self.post_id}"
