from django.db import models


class SentEmail(models.Model):
    """A message an email task handed to the mail server, so a task run
    again (a retry or a reclaimed task) doesn't send it twice. See
    core.tasks.send_email."""

    key = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Email sent at {self.sent_at:%Y-%m-%d %H:%M}"
