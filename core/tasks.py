"""Handing work to the task queue, and sending a task's emails reliably.

An email task (`@email_task`) that meets a mail server it cannot reach is
queued again for later, with a growing delay, so what was queued while the
server was down goes out once it is back. Every message such a task sends
goes through `send_email`, which records it once the server has accepted it:
a task run again (a retry after a partial send, or one reclaimed from a
worker that died, see the reclaim_stuck_tasks command) skips what went out."""

import logging
import smtplib
from contextvars import ContextVar
from datetime import timedelta
from functools import partial, wraps

from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django_tasks import task
from django_tasks.signals import task_finished, task_started

from core.models import SentEmail

logger = logging.getLogger(__name__)

# The wait before each retry; after the last, the task gives up (about four
# hours of trying in all), logs an error and ends FAILED.
BACKOFF = [
    timedelta(seconds=10),
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
    timedelta(hours=1),
    timedelta(hours=2),
]
MAX_ATTEMPTS = len(BACKOFF) + 1

# The task result being run (set by the backend's signals) and the delivery
# an email task is working on: the id of its first attempt's result, kept
# across retries so their messages share keys.
_running = ContextVar("running_task_result", default=None)
_delivery = ContextVar("email_delivery", default=None)


@receiver(task_started)
def _note_started(sender, task_result, **kwargs):
    _running.set(str(task_result.id))


@receiver(task_finished)
def _note_finished(sender, task_result, **kwargs):
    _running.set(None)


def enqueue_after_commit(task, *args):
    """Enqueues `task(*args)` once the current transaction commits, so the
    worker sees what the request saved (and nothing if it rolled back)."""
    transaction.on_commit(partial(task.enqueue, *args))


def is_transient(error):
    """Whether trying again later may work: the server unreachable, slow or
    saying "not now" (4xx). A refused address or a 5xx answer won't change."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return False
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    # ConnectionRefusedError, TimeoutError (socket timeouts), the other
    # SMTPExceptions (disconnected mid-conversation): all OSErrors.
    return isinstance(error, OSError)


def email_task(function):
    """`@task()` for a task that sends email with `send_email`: a transient
    mail-server error queues the same task again (see BACKOFF)."""

    @wraps(function)
    def run(*args, delivery=None, attempt=1):
        token = _delivery.set(delivery or _running.get())
        try:
            return function(*args)
        except Exception as error:
            if not is_transient(error) or not queued_again(
                queued, args, _delivery.get(), attempt, error
            ):
                raise
        finally:
            _delivery.reset(token)

    queued = task()(run)
    return queued


def queued_again(email, args, delivery, attempt, error):
    """Queues the next attempt, unless this was the last or the backend
    can't defer a task (the immediate one of development and tests)."""
    backend = email.get_backend()
    if attempt >= MAX_ATTEMPTS or not backend.supports_defer:
        # The class name only: server messages can quote the address.
        logger.error(
            "%s gave up after %d attempt(s): %s", email.name, attempt, type(error).__name__
        )
        return False
    run_after = timezone.now() + BACKOFF[attempt - 1]
    email.using(run_after=run_after).enqueue(*args, delivery=delivery, attempt=attempt + 1)
    logger.warning(
        "%s attempt %d failed (%s); trying again after %s",
        email.name,
        attempt,
        type(error).__name__,
        run_after.isoformat(),
    )
    return True


def send_email(message):
    """Sends `message` unless this delivery sent it already. Outside a
    queued task (a direct call) there is nothing to key it on: it just goes."""
    delivery = _delivery.get()
    if delivery is None:
        message.send()
        return
    key = message_key(delivery, message)
    if SentEmail.objects.filter(key=key).exists():
        return
    # The same Message-ID on every attempt: should one go out twice (the
    # window below), mail clients show the copies as one message.
    message.extra_headers["Message-ID"] = f"<{key[:40]}@{DNS_NAME}>"
    # The connection is opened here so that it stays open while the row is
    # written: send() would also wait for the server's answer to QUIT first,
    # and a worker killed during that wait would send the message again.
    connection = message.get_connection()
    connection.open()
    try:
        message.connection = connection
        message.send()
        # The remaining window: a worker killed after the server accepted
        # the message and before this row is written sends it again when
        # reclaimed. That is as narrow as it gets without the server's help
        # (SMTP has no idempotency key); the other way round would lose it.
        SentEmail.objects.get_or_create(key=key)
    finally:
        connection.close()


def message_key(delivery, message):
    """The same for the same message of one delivery, whatever the attempt.
    An HMAC, so the table holds no address, not even a guessable hash."""
    parts = [delivery, ",".join(sorted(message.recipients())), message.subject]
    return salted_hmac("commonroom.sent-email", "\n".join(parts), algorithm="sha256").hexdigest()
