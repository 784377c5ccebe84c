"""A database that can't be reached for a moment (PostgreSQL restarting,
SQLite held by a long writer past its busy timeout) is answered with a 503
and a Retry-After, not a 500: readers see a calm "try again" page, and
proxies and crawlers know to come back. The page needs nothing from the
database, so it can always be rendered."""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

RETRY_AFTER_SECONDS = 5


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        response = HttpResponse(
            render_to_string("core/unavailable.html", {"retry_after": RETRY_AFTER_SECONDS}),
            status=503,
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
