from django.conf import settings
from django.db import models


class ImportedObject(models.Model):
    """What a WordPress object became here, keyed on the site it came from
    and its WordPress id (never its title or date), so a second run finds
    what the first made and a newer export updates it."""

    class Kind(models.TextChoices):
        POST = "post", "Post or page"
        ATTACHMENT = "attachment", "Attachment"
        COMMENT = "comment", "Comment"
        TERM = "term", "Term"
        AUTHOR = "author", "Author"
        SERIES = "series", "Series"

    source = models.CharField(max_length=255, help_text="The WordPress site's address.")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    key = models.CharField(max_length=200, help_text="WordPress id (or login, for authors).")
    object_id = models.PositiveBigIntegerField()
    fingerprint = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "key"], name="one_import_per_wp_id")
        ]

    def __str__(self):
        return f"{self.source} {self.kind} {self.key} → {self.object_id}"


class ImportRun(models.Model):
    """An import started from the admin: the uploaded file, the options, the
    dry-run report, progress while it runs and the report it ends with."""

    class Status(models.TextChoices):
        CHECKING = "checking", "Checking (dry run)"
        CHECKED = "checked", "Checked: waiting for confirmation"
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Importing"
        DONE = "done", "Imported"
        FAILED = "failed", "Failed"

    created_at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    file = models.FileField(upload_to="wordpress-imports/")
    original_name = models.CharField(max_length=255, blank=True)
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CHECKING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    dry_run_report = models.TextField(blank=True)
    report = models.TextField(blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Import of {self.original_name or self.file.name} ({self.get_status_display()})"
