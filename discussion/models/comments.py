from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django_comments_xtd.models import XtdComment


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_public=True, is_removed=False, is_spam=False)

    def awaiting(self):
        return self.filter(is_public=False, is_removed=False, is_spam=False)

    def removed(self):
        return self.filter(is_removed=True, is_spam=False)

    def spam(self):
        return self.filter(is_spam=True)

    def in_state(self, state):
        return {
            Comment.State.AWAITING: self.awaiting,
            Comment.State.PUBLISHED: self.published,
            Comment.State.REMOVED: self.removed,
            Comment.State.SPAM: self.spam,
        }[state]()

    def by_address(self, email):
        return self.filter(user_email__iexact=email.strip())


class Comment(XtdComment):
    """A reader's comment on a post. xtd's model gives the threading (thread,
    parent, level, order) and django_comments' the author fields; this adds the
    post it belongs to and what moderation needs."""

    class State(models.TextChoices):
        AWAITING = "awaiting", "Awaiting moderation"
        PUBLISHED = "published", "Published"
        REMOVED = "removed", "Removed"
        SPAM = "spam", "Spam"

    class Badge(models.TextChoices):
        NONE = "", "None"
        AUTHOR = "author", "Author"
        GUEST_AUTHOR = "guest_author", "Guest author"

    xtdcomment_ptr = models.OneToOneField(
        XtdComment,
        parent_link=True,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="post_comment",
    )
    # The generic content_type/object_pk pair is what xtd and django_comments
    # read; this key is what the site queries, counts and cascades on.
    post = models.ForeignKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="reader_comments"
    )
    is_spam = models.BooleanField(default=False)
    held_reason = models.CharField(max_length=200, blank=True)
    badge = models.CharField(max_length=20, choices=Badge.choices, blank=True, default="")
    # The commenter's like-cookie id, so erasure of an address finds the likes
    # made from the same browser.
    reader = models.CharField(max_length=32, blank=True, default="")
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set when the commenter stops reply emails, so the confirmation link in an
    # older email can't turn them back on.
    replies_stopped_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = "comment"
        ordering = ["thread_id", "order"]

    def __str__(self):
        text = " ".join(self.comment.split())
        return f"{self.user_name}: {text[:60]}"

    def save(self, *args, **kwargs):
        if self.post_id and not self.object_pk:
            self.content_type = ContentType.objects.get_for_model(
                self.post, for_concrete_model=True
            )
            self.object_pk = str(self.post_id)
        if not self.site_id:
            self.site_id = settings.SITE_ID
        if self.submit_date is None:
            self.submit_date = timezone.now()
        super().save(*args, **kwargs)

    @property
    def state(self):
        return self.state_of(self.is_public, self.is_removed, self.is_spam)

    @classmethod
    def state_of(cls, is_public, is_removed, is_spam):
        """The state the flags django_comments and xtd keep stand for."""
        if is_spam:
            return cls.State.SPAM
        if is_removed:
            return cls.State.REMOVED
        if is_public:
            return cls.State.PUBLISHED
        return cls.State.AWAITING

    def get_state_display(self):
        return self.State(self.state).label

    def set_state(self, state):
        """Sets the flags django_comments and xtd read for `state`."""
        self.is_spam = state == self.State.SPAM
        self.is_removed = state in (self.State.REMOVED, self.State.SPAM)
        self.is_public = state == self.State.PUBLISHED
        if state == self.State.PUBLISHED:
            self.held_reason = ""

    @property
    def is_published(self):
        return self.state == self.State.PUBLISHED

    def get_absolute_url(self):
        return reverse("comment_permalink", args=[self.pk])

    @property
    def anchor(self):
        return f"comment-{self.pk}"
