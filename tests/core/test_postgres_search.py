"""Search on PostgreSQL (core.postgres_search): the count finds matches
through the full-text index, and relevance is ranked for a bounded set of
matches, the rest following newest first, consistently from page to page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.queries import searchable_posts
from core import postgres_search
from tests.blog.factories import BlogPageFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the PostgreSQL backend's own behaviour"
)


def published(n):
    """Dates for the nth post: search orders by first publication."""
    moment = timezone.make_aware(datetime.datetime(2026, 1, 1)) + datetime.timedelta(days=n)
    return {"date": moment.date(), "first_published_at": moment}


@pytest.fixture
def matches(blog, monkeypatch):
    """Seven posts saying "caseload", oldest first; the older a post, the
    more often it says it; the oldest says it in its title alone."""
    monkeypatch.setattr(postgres_search, "RANKED", 3)
    titled = BlogPageFactory(parent=blog, title="Caseload planning", **published(0))
    posts = [
        BlogPageFactory(
            parent=blog, title=f"Post {n}", summary="The caseload. " * (8 - n), **published(n)
        )
        for n in range(1, 7)
    ]
    return titled, posts


def test_relevance_is_ranked_for_the_newest_matches_and_those_with_the_word_in_their_title(
    matches,
):
    titled, posts = matches
    found = [page.pk for page in searchable_posts().search("caseload")]
    newest = [post.pk for post in reversed(posts)]
    assert found[0] == titled.pk
    # The three newest, ranked: the oldest of them says the word most often.
    assert found[1:4] == newest[:3][::-1]
    # The rest, unranked, newest first (ranked, the oldest would come first).
    assert found[4:] == newest[3:]


def test_pages_of_results_follow_one_order_either_side_of_the_ranked_set(matches):
    results = searchable_posts().search("caseload")
    everything = [page.pk for page in results[0:7]]
    assert results.count() == 7
    pages = [results[start : start + 2] for start in range(0, 7, 2)]
    assert [page.pk for part in pages for page in part] == everything


def test_the_count_leaves_the_words_unseen_by_the_planner(matches):
    with CaptureQueriesContext(connection) as captured:
        assert searchable_posts().search("caseload").count() == 7
    (count,) = [query["sql"] for query in captured if "COUNT(" in query["sql"]]
    assert "(SELECT to_tsquery(" in count
