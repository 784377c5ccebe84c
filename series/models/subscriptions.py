import secrets

from django.db import models
from django.db.models import Q


def new_key():
    return secrets.token_urlsafe(16)


class Subscription(models.Model):
    """An email address following one series, or the whole blog (no series).
    Confirmed by double opt-in; the key binds emailed links to this row."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    email = models.EmailField(max_length=254)
    series = models.ForeignKey(
        "series.SeriesPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        help_text="Empty: follows every new post on the blog.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    key = models.CharField(max_length=32, default=new_key, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["email", "series"], name="one_subscription_per_series"),
            models.UniqueConstraint(
                fields=["email"], condition=Q(series=None), name="one_blog_subscription"
            ),
        ]

    def __str__(self):
        return f"Subscription {self.pk} to {self.target_name}"

    @property
    def target_name(self):
        return self.series.title if self.series_id else "the whole blog"


class PostAnnouncement(models.Model):
    """Records that followers were told about a post, so republishing it (or
    running the task again) never tells them twice."""

    post = models.OneToOneField(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="announcement"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Announcement of post {self.post_id}"


class Notification(models.Model):
    """One email about one post to one subscription: at most one is ever sent."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="notifications"
    )
    post = models.ForeignKey("blog.BlogPage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "post"], name="one_notification_per_post"
            )
        ]

    def __str__(self):
        return f"Notification {self.pk}"

    @property
    def state(self):
        if self.sent_at:
            return "sent"
        return "failed" if self.attempts else "waiting"
