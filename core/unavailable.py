"""A database that can't be reached for a moment (PostgreSQL restarting,
SQLite held by a long writer past its busy timeout) is answered with a 503
and a Retry-After, not a 500: readers see a calm "try again" page, and
proxies and crawlers know to come back. The page needs nothing from the
database, so it can always be rendered."""

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string

RETRY_AFTER_SECONDS = 5

# SQLite raises OperationalError for malformed queries too (a full-text
# syntax error, say): those are bugs to see as 500s in the logs, not outages.
SQLITE_UNAVAILABLE = ("locked", "unable to open", "disk i/o", "busy")


def is_unavailable(exception):
    if isinstance(exception, InterfaceError):
        return True
    if not isinstance(exception, OperationalError):
        return False
    if connection.vendor != "sqlite":
        return True
    message = str(exception).lower()
    return any(sign in message for sign in SQLITE_UNAVAILABLE)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_unavailable(exception):
            return None
        response = HttpResponse(
            render_to_string("core/unavailable.html", {"retry_after": RETRY_AFTER_SECONDS}),
            status=503,
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
