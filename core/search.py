"""The search backend: Wagtail's database backend, with one fix on SQLite,
and on PostgreSQL the changes core.postgres_search describes.

modelsearch quotes each term for FTS5 but leaves a double quote inside it,
so a search with a stray `"` is an FTS5 syntax error, and one with nothing
but quotes builds no query at all: both were 500s in the admin's page
search and page chooser. Terms are matched as words, so a quote carries no
meaning inside one; it is dropped before the query is built, and a search
left with no words finds nothing. PostgreSQL binds terms as parameters and
keeps the stock backend.
"""

from functools import cache

from django.db import connection
from wagtail.search.backends import database
from wagtail.search.query import Phrase, PlainText

from core import postgres_search


def without_quotes(query):
    """The query with double quotes dropped from its text, or "" (which the
    backend answers with no results) if no words are left."""
    if isinstance(query, str):
        return query.replace('"', " ").strip()
    if isinstance(query, PlainText):
        text = query.query_string.replace('"', " ").strip()
        return PlainText(text, operator=query.operator, boost=query.boost) if text else ""
    if isinstance(query, Phrase):
        text = query.query_string.replace('"', " ").strip()
        return Phrase(text) if text else ""
    return query


class QuoteSafe:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, without_quotes(query), model_or_queryset, **kwargs
        )


@cache
def quote_safe(backend_class):
    # Made from the class Wagtail picked rather than imported: the SQLite
    # backend's module can't be imported where the database is PostgreSQL.
    return type(f"QuoteSafe{backend_class.__name__}", (QuoteSafe, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return postgres_search.SearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor != "sqlite":
        return backend
    return quote_safe(type(backend))(params)
