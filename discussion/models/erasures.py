from django.conf import settings
from django.db import models


class Erasure(models.Model):
    """A record that a commenter's data was erased on request. It keeps what
    was done, by whom and when, and deliberately not the address."""

    class Action(models.TextChoices):
        DELETE = "delete", "Deleted"
        ANONYMISE = "anonymise", "Anonymised"

    action = models.CharField(max_length=10, choices=Action.choices)
    comment_count = models.PositiveIntegerField()
    like_count = models.PositiveIntegerField()
    requested_on = models.DateField(null=True, blank=True, help_text="When the person asked.")
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    performed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_at"]

    def __str__(self):
        return (
            f"{self.get_action_display()} {self.comment_count} comments and "
            f"{self.like_count} likes on {self.performed_at:%d/%m/%Y}"
        )
