"""Forgets deliveries old enough that no retry or reclaim can still ask
about them (core.tasks: the last retry comes about four hours after the
first attempt), so `core.SentEmail` doesn't grow for ever. Run daily by
deploy/systemd/commonroom-prune.timer, with django-tasks' own
prune_db_task_results."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.models import SentEmail


class Command(BaseCommand):
    help = "Delete the records of emails sent more than --older-than days ago (default 7)."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=7, help="days (at least 1)")

    def handle(self, *, older_than, **options):
        cutoff = timezone.now() - timedelta(days=max(older_than, 1))
        deleted, _ = SentEmail.objects.filter(sent_at__lt=cutoff).delete()
        self.stdout.write(f"{deleted} sent-email record(s) older than {cutoff:%Y-%m-%d} deleted.")
