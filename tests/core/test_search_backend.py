"""Double quotes in a search: the admin's page search and chooser keep
working (SQLite's FTS5 read a stray quote as a syntax error) and still find
what the words name."""

import pytest
from wagtail.search.backends import get_search_backend

from blog.models import BlogPage

QUERIES = ['"', '""', 'caseload"', '"caseload', 'Holding "a caseload', 'kind"ly "']


@pytest.mark.parametrize("query", QUERIES)
def test_the_admin_page_search_survives_quotes(admin_client, post, query):
    for url in ("/admin/pages/search/", "/admin/choose-page/search/"):
        response = admin_client.get(url, {"q": query})
        assert response.status_code == 200, (url, query)


def test_quotes_are_dropped_not_the_words(post):
    backend = get_search_backend()
    found = backend.search('caseload"', BlogPage.objects.live())
    assert [page.pk for page in found] == [post.pk]
    assert list(backend.search('"', BlogPage.objects.live())) == []


def test_a_quoted_phrase_still_finds_its_page(admin_client, post):
    response = admin_client.get("/admin/pages/search/", {"q": '"Holding a caseload"'})
    assert response.status_code == 200
    assert "Holding a caseload kindly" in response.content.decode()
