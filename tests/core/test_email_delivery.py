"""Emails queued while the mail server is down go out once it is back, and
a task left RUNNING by a worker that died is queued again, never sending a
message twice. On the database queue, the worker run in-process."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from core.models import SentEmail
from core.tasks import MAX_ATTEMPTS, email_task, send_email
from guestposts.models import Pitch
from guestposts.tasks import send_pitch_acknowledgement
from series.models import Subscription
from series.tasks import announce_post
from tests.website.factories import restore_wagtail_roots

READY, RUNNING = TaskResultStatus.READY, TaskResultStatus.RUNNING
SUCCESSFUL, FAILED = TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED


class FlakyBackend(locmem.EmailBackend):
    """The locmem backend behind a server that refuses the connection the
    next `refusals[address]` times a message to that address is sent, and
    refuses the `rejected` addresses outright."""

    refusals = {}
    rejected = set()
    attempts = []  # the Message-ID of every message tried

    def send_messages(self, messages):
        for message in messages:
            self.attempts.append(message.message()["Message-ID"])
            for address in message.recipients():
                if address in self.rejected:
                    raise smtplib.SMTPRecipientsRefused({address: (550, b"No such user")})
                if self.refusals.get(address, 0) > 0:
                    self.refusals[address] -= 1
                    raise ConnectionRefusedError("connection refused")
        return super().send_messages(messages)


@email_task
def send_hellos(*addresses):
    for address in addresses:
        send_email(EmailMessage("Hello", "Hello there.", to=[address]))


@pytest.fixture(autouse=True)
def queue(settings, transactional_db):
    # Transactional: the worker closes its database connection between
    # tasks, as a real one does, which on PostgreSQL would end a test's
    # enclosing transaction.
    restore_wagtail_roots()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "tests.core.test_email_delivery.FlakyBackend"
    FlakyBackend.refusals = {}
    FlakyBackend.rejected = set()
    FlakyBackend.attempts = []


def run_worker():
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def time_passes():
    DBTaskResult.objects.filter(status=READY).update(run_after=timezone.now())


def results(task=send_hellos):
    # Only the task's own: saving a model can queue Wagtail's reference index.
    return list(DBTaskResult.objects.filter(task_path=task.module_path).order_by("enqueued_at"))


def test_a_refused_send_is_tried_later_and_sent_once():
    FlakyBackend.refusals = {"a@example.org": 1}
    send_hellos.enqueue("a@example.org")
    before = timezone.now()
    run_worker()
    assert mail.outbox == []
    first, retry = results()
    assert retry.status == READY
    assert retry.run_after >= before + timedelta(seconds=10)
    assert retry.args_kwargs == {
        "args": ["a@example.org"],
        "kwargs": {"delivery": str(first.pk), "attempt": 2},
    }

    run_worker()  # not due yet
    assert mail.outbox == [] and DBTaskResult.objects.get(pk=retry.pk).status == READY

    time_passes()
    run_worker()
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert DBTaskResult.objects.get(pk=retry.pk).status == SUCCESSFUL
    assert not DBTaskResult.objects.filter(status=READY).exists()


def test_every_attempt_carries_the_same_message_id():
    """So that a copy sent again (the server took it, the worker died before
    noting so) shows in a mail client as the same message."""
    FlakyBackend.refusals = {"a@example.org": 1}
    send_hellos.enqueue("a@example.org")
    run_worker()
    time_passes()
    run_worker()
    first, second = FlakyBackend.attempts
    assert first == second and first.startswith("<") and first.endswith(">")
    assert mail.outbox[0].message()["Message-ID"] == first
    send_hellos.enqueue("a@example.org")
    run_worker()
    assert FlakyBackend.attempts[-1] != first  # another delivery, another message


def test_a_retry_after_a_partial_send_sends_only_the_rest():
    FlakyBackend.refusals = {"b@example.org": 1}
    send_hellos.enqueue("a@example.org", "b@example.org")
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    time_passes()
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"], ["b@example.org"]]


def test_attempts_stop_at_the_limit(caplog):
    FlakyBackend.refusals = {"a@example.org": 100}
    send_hellos.enqueue("a@example.org")
    for _ in range(MAX_ATTEMPTS + 2):
        run_worker()
        time_passes()
    assert mail.outbox == []
    statuses = [r.status for r in results()]
    assert statuses == [SUCCESSFUL] * (MAX_ATTEMPTS - 1) + [FAILED]
    assert f"send_hellos gave up after {MAX_ATTEMPTS} attempt(s)" in caplog.text
    assert "example.org" not in caplog.text


def test_a_refused_address_is_not_retried():
    # A 5xx answer won't change however often it is asked.
    FlakyBackend.rejected = {"a@example.org"}
    send_hellos.enqueue("a@example.org")
    run_worker()
    assert [r.status for r in results()] == [FAILED]


def stuck(worker_id="dead-worker", minutes=60):
    """Leaves the queued task as a worker killed mid-run does: RUNNING."""
    result = DBTaskResult.objects.get(task_path=send_hellos.module_path)
    result.claim(worker_id)
    DBTaskResult.objects.filter(pk=result.pk).update(
        started_at=timezone.now() - timedelta(minutes=minutes)
    )
    return result


def test_a_task_stuck_running_is_queued_again_and_sends_once():
    send_hellos.enqueue("a@example.org")
    result = stuck(minutes=31)
    run_worker()  # the worker never picks up a RUNNING task by itself
    assert mail.outbox == []

    call_command("reclaim_stuck_tasks")
    run_worker()
    call_command("reclaim_stuck_tasks")
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    result.refresh_from_db()
    assert result.status == SUCCESSFUL
    assert result.worker_ids == ["dead-worker", "test-worker"]


def test_only_the_restarting_workers_recent_tasks_are_reclaimed():
    send_hellos.enqueue("a@example.org")
    mine = stuck("this-worker", minutes=1)
    send_hellos.enqueue("b@example.org")
    theirs = DBTaskResult.objects.exclude(pk=mine.pk).get()
    theirs.claim("another-live-worker")

    call_command("reclaim_stuck_tasks", "--worker-id", "this-worker")
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == (READY, RUNNING)


def test_a_reclaimed_task_whose_message_went_out_does_not_send_it_again():
    send_hellos.enqueue("a@example.org")
    run_worker()
    assert len(mail.outbox) == 1 and SentEmail.objects.count() == 1
    # The worker died after the server accepted the message, before the task
    # was marked done.
    result = DBTaskResult.objects.get(task_path=send_hellos.module_path)
    DBTaskResult.objects.filter(pk=result.pk).update(
        status=RUNNING, started_at=timezone.now() - timedelta(hours=1), finished_at=None
    )

    call_command("reclaim_stuck_tasks")
    run_worker()
    assert len(mail.outbox) == 1
    result.refresh_from_db()
    assert result.status == SUCCESSFUL


def test_the_apps_email_tasks_retry():
    pitch = Pitch.objects.create(
        name="Sam", email="sam@example.org", title="Supervision", outline="An outline."
    )
    FlakyBackend.refusals = {"sam@example.org": 2}
    send_pitch_acknowledgement.enqueue(pitch.pk)
    for _ in range(3):
        run_worker()
        time_passes()
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert [r.status for r in results(send_pitch_acknowledgement)] == [SUCCESSFUL] * 3


def test_a_new_post_reaches_the_followers_it_missed(post):
    # Publishing the fixture's post queued its announcement (with nobody
    # following yet); this test sends its own.
    DBTaskResult.objects.all().delete()
    for address in ["a@example.org", "b@example.org"]:
        Subscription.objects.create(email=address, status=Subscription.Status.CONFIRMED)
    FlakyBackend.refusals = {"b@example.org": 1}
    announce_post.enqueue(post.pk)
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    time_passes()
    run_worker()
    time_passes()
    run_worker()
    assert [m.to for m in mail.outbox] == [["a@example.org"], ["b@example.org"]]
    assert [r.status for r in results(announce_post)] == [SUCCESSFUL] * 2
