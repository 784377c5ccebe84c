"""Handing work to the task queue."""

from functools import partial

from django.db import transaction


def enqueue_after_commit(task, *args):
    """Enqueues `task(*args)` once the current transaction commits, so the
    worker sees what the request saved (and nothing if it rolled back)."""
    transaction.on_commit(partial(task.enqueue, *args))
