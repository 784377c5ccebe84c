import pytest

from tests.blog.factories import BlogPageFactory
from tests.hostile import naughty_strings, xss_payloads
from tests.website.factories import StandardPageFactory


@pytest.fixture
def posts(blog):
    BlogPageFactory(parent=blog, title="Telephone assessment tips", summary="Opening a call well.")
    BlogPageFactory(
        parent=blog,
        title="Supervision that helps",
        summary="Bring your hardest case.",
        tag_names=["Caseloads"],
    )
    BlogPageFactory(parent=blog, title="Draft about telephones", live=False)


def result_titles(response):
    return [post.title for post in response.context["results"] or []]


def test_search_finds_by_title_summary_body_and_tag(client, posts):
    assert result_titles(client.get("/search/", {"q": "telephone"})) == [
        "Telephone assessment tips"
    ]
    assert result_titles(client.get("/search/", {"q": "hardest"})) == ["Supervision that helps"]
    assert "Supervision that helps" in result_titles(client.get("/search/", {"q": "caseloads"}))
    assert len(result_titles(client.get("/search/", {"q": "guided"}))) == 2


def test_search_finds_posts_not_other_pages(client, posts, home):
    StandardPageFactory(parent=home, title="About telephone support")
    response = client.get("/search/", {"q": "telephone"})
    assert result_titles(response) == ["Telephone assessment tips"]
    assert response.context["results"].paginator.count == 1


def test_empty_and_unmatched_queries(client, posts):
    response = client.get("/search/")
    assert response.status_code == 200 and response.context["results"] is None
    response = client.get("/search/", {"q": "zzzyxw"})
    assert "No results for “zzzyxw”" in response.content.decode()


def test_hostile_queries_are_inert(client, posts):
    for query in (
        naughty_strings() + xss_payloads(limit=150) + ["a" * 100_000, "\x00", "%", "'\"--"]
    ):
        response = client.get("/search/", {"q": query, "page": query[:20]})
        assert response.status_code == 200, query
        body = response.content.decode()
        assert "<script>alert" not in body.lower().replace("&lt;script&gt;", "")
    long = client.get("/search/", {"q": "b" * 5000})
    assert long.context["query"] == "b" * 200
