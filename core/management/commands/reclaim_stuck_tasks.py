"""Queues again the tasks a worker claimed but never finished (killed with
SIGKILL, out of memory, the machine lost): django-tasks leaves them RUNNING
for ever. Run before a worker starts (deploy/systemd/commonroom-worker.service,
`make worker`). A reclaimed email task doesn't resend what the mail server
already accepted (core.tasks.send_email)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = (
        "Queue again tasks left RUNNING by the worker with --worker-id (which is "
        "about to start, so nothing of its is still running) or for longer than "
        "--older-than minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", default="", help="the id of the worker about to start")
        parser.add_argument(
            "--older-than",
            type=int,
            default=30,
            help="minutes after which any worker's running task counts as stuck (default 30); "
            "longer than any task of ours takes, so another worker's live task is left alone",
        )

    def handle(self, *, worker_id, older_than, **options):
        cutoff = timezone.now() - timedelta(minutes=older_than)
        stuck = []
        for result in DBTaskResult.objects.running().only("id", "started_at", "worker_ids"):
            last_worker = result.worker_ids[-1] if result.worker_ids else None
            if (worker_id and last_worker == worker_id) or result.started_at < cutoff:
                stuck.append(result.pk)
        # Only those still RUNNING: one may have finished since it was read.
        count = (
            DBTaskResult.objects.filter(pk__in=stuck)
            .filter(status=TaskResultStatus.RUNNING)
            .update(status=TaskResultStatus.READY)
        )
        self.stdout.write(f"{count} stuck task(s) queued again.")
