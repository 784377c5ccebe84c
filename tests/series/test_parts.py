"""What readers see of a series, for every state its parts can be in, and how
it stays true as parts go live, move or leave the series."""

import datetime
from unittest import mock

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.models import BlogPage, BlogPageAuthor
from series.models import SeriesPart
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.html import banner, part_nav, text
from tests.series.factories import SeriesIndexPageFactory, build_series, schedule

PLANNED = datetime.date(2027, 1, 14)
# Measured at 18, whatever the number of parts and authors (bylines cost two).
SERIES_PAGE_BUDGET = 18


@pytest.fixture
def series_index(home):
    return SeriesIndexPageFactory(parent=home)


@pytest.fixture
def story(blog, series_index):
    """Part 1 live, part 2 live, part 3 scheduled, part 4 announced with a
    date, part 5 announced without one, part 6 a draft post."""
    one = BlogPageFactory(parent=blog, title="Naming it", slug="naming-it")
    two = BlogPageFactory(parent=blog, title="What helps", slug="what-helps")
    three = schedule(
        BlogPageFactory(parent=blog, title="A leader's view", slug="a-leaders-view"),
        timezone.make_aware(datetime.datetime(2026, 12, 19, 9, 0)),
    )
    draft = BlogPageFactory(parent=blog, title="Draft thoughts", slug="draft-thoughts", live=False)
    series = build_series(
        series_index,
        [
            one,
            two,
            three,
            {"title": "Team stories", "planned_date": PLANNED, "summary": "From a team."},
            {"title": "Looking back", "summary": "Some time next year."},
            draft,
        ],
        title="Carrying it well",
        slug="carrying-it-well",
    )
    return {"series": series, "one": one, "two": two, "three": three, "draft": draft}


@pytest.fixture(autouse=True)
def _before_the_scheduled_day():
    with mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.make_aware(datetime.datetime(2026, 11, 26, 12, 0)),
    ):
        yield


def test_banner_names_every_part_in_its_state(client, story):
    assert banner(client, story["two"]) == (
        "Part 2 of 6 in the series Carrying it well "
        "Naming it "
        "What helps (this part) "
        "A leader's view (available on 19 December 2026) "
        "Team stories (available on 14 January 2027) "
        "Looking back (coming soon) "
        "Draft thoughts (coming soon)"
    )
    html = client.get(story["two"].url).content.decode()
    assert f'<a href="{story["one"].url}">Naming it</a>' in html
    assert 'href="/blog/a-leaders-view/"' not in html
    assert 'href="/blog/draft-thoughts/"' not in html


def test_previous_and_next_skip_parts_not_yet_published(client, story):
    first = part_nav(client, story["one"])
    assert 'rel="next" href="/blog/what-helps/"' in first and 'rel="prev"' not in first
    second = part_nav(client, story["two"])
    assert 'rel="prev" href="/blog/naming-it/"' in second
    assert 'rel="next"' not in second


def test_series_page_lists_parts_in_order_with_state(client, story):
    html = text(client.get(story["series"].url).content.decode())
    assert (
        "Part 1 Naming it 25 November 2026 · 1 min read A short, plain summary of the post. "
        "Part 2 What helps 25 November 2026 · 1 min read A short, plain summary of the post. "
        "Part 3 A leader's view (available on 19 December 2026)"
    ) in html
    assert "Part 4 Team stories (available on 14 January 2027) From a team." in html
    assert "Part 5 Looking back (coming soon) Some time next year." in html


def test_series_page_gives_each_part_its_date_authors_and_reading_time(client, story, author):
    other = AuthorFactory(name="Priya Shah", slug="priya-shah")
    one = story["one"]
    # Saving recounts the words, so the stored count is set apart.
    BlogPage.objects.filter(pk=one.pk).update(reading_minutes=7, date=datetime.date(2026, 11, 2))
    BlogPageAuthor.objects.create(page=one, author=author, sort_order=0)
    BlogPageAuthor.objects.create(page=one, author=other, sort_order=1)
    html = text(client.get(story["series"].url).content.decode())
    assert "Part 1 Naming it 2 November 2026 · 7 min read · by Sam Rivers and Priya Shah" in html


def test_series_page_says_how_far_it_has_got_and_where_to_start(client, story):
    html = client.get(story["series"].url).content.decode()
    assert "2 of 6 published" in text(html)
    assert (
        f'<a class="button" href="{story["one"].url}" data-series-start-link>Start with part 1</a>'
    ) in html


def test_a_series_with_nothing_published_offers_no_start(client, series_index):
    series = build_series(series_index, [{"title": "Soon"}], title="Not yet")
    html = client.get(series.url).content.decode()
    assert "0 of 1 published" in text(html)
    assert "Start with part" not in html


def test_a_planned_date_that_has_passed_says_coming_soon(client, story):
    later = timezone.make_aware(datetime.datetime(2027, 1, 20, 12, 0))
    with mock.patch("django.utils.timezone.now", return_value=later):
        html = text(client.get(story["series"].url).content.decode())
        assert "Team stories (coming soon)" in html
        assert "available on 14 January 2027" not in html
        assert "Team stories (coming soon)" in banner(client, story["two"])
    on_the_day = timezone.make_aware(datetime.datetime(2027, 1, 14, 8, 0))
    with mock.patch("django.utils.timezone.now", return_value=on_the_day):
        assert "Team stories (available on 14 January 2027)" in text(
            client.get(story["series"].url).content.decode()
        )


def test_series_page_queries_do_not_grow_with_parts_or_authors(
    client, blog, series_index, django_assert_max_num_queries
):
    authors = [AuthorFactory(name=f"Writer {n}", slug=f"writer-{n}") for n in range(3)]
    many = [BlogPageFactory(parent=blog, title=f"Part {n}", authors=authors) for n in range(20)]
    long = build_series(series_index, many + [{"title": "Later"}], title="Long")
    short = build_series(
        series_index,
        [BlogPageFactory(parent=blog, title="Only", authors=authors[:1])],
        title="Short",
    )
    client.get(long.url), client.get(short.url)  # both routes kept (core/sitecache.py)
    with django_assert_max_num_queries(SERIES_PAGE_BUDGET) as captured:
        html = client.get(long.url).content.decode()
    assert "· by Writer 0, Writer 1 and Writer 2" in text(html)
    long_count = len(captured)
    with django_assert_max_num_queries(SERIES_PAGE_BUDGET) as captured:
        client.get(short.url)
    assert len(captured) == long_count


def test_series_index_shows_status_counts_and_next_date(client, story, series_index):
    html = text(client.get(series_index.url).content.decode())
    assert "Carrying it well" in html
    assert "Ongoing · 2 of 6 parts published, 4 to come" in html
    assert "Next: A leader's view (available on 19 December 2026)" in html


def test_listings_and_home_show_series_position(client, story, home):
    assert "Part 2 of 6 · Carrying it well" in client.get("/blog/").content.decode()
    assert "Part 1 of 6 · Carrying it well" in client.get("/search/?q=naming").content.decode()
    home_html = text(client.get(home.url).content.decode())
    assert "Series in progress" in home_html
    assert "Next: A leader's view (available on 19 December 2026)" in home_html


def test_scheduled_part_goes_live_without_editing_the_series(client, story):
    series = story["series"]
    revisions_before = series.revisions.count()
    on_the_day = timezone.make_aware(datetime.datetime(2026, 12, 19, 9, 5))
    with mock.patch("django.utils.timezone.now", return_value=on_the_day):
        call_command("publish_scheduled")
        assert "A leader's view" in banner(client, story["two"])
        assert 'rel="next" href="/blog/a-leaders-view/"' in part_nav(client, story["two"])
        series_html = client.get(series.url).content.decode()
        assert '<a href="/blog/a-leaders-view/">A leader&#x27;s view</a>' in series_html
        feed = feedparser.parse(client.get(series.url + "feed/").content)
        assert [entry.title for entry in feed.entries] == [
            "Part 1: Naming it",
            "Part 2: What helps",
            "Part 3: A leader's view",
        ]
        assert "Part 3 of 6" in [tag.term for tag in feed.entries[2].tags]
    assert series.revisions.count() == revisions_before


def test_unpublished_part_falls_back_to_coming_soon(client, story):
    story["two"].unpublish()
    assert "What helps (coming soon)" in banner(client, story["one"])
    assert 'rel="next"' not in part_nav(client, story["one"])


def test_moving_and_removing_parts(client, story):
    series = story["series"]
    parts = list(series.parts.all())
    parts[0], parts[1] = parts[1], parts[0]
    series.parts = [
        SeriesPart(post=p.post, title=p.title, planned_date=p.planned_date, summary=p.summary)
        for p in parts
    ]
    series.save_revision().publish()
    assert banner(client, story["one"]).startswith("Part 2 of 6")
    assert 'rel="prev" href="/blog/what-helps/"' in part_nav(client, story["one"])

    series.parts = [part for part in series.parts.all() if part.post_id != story["one"].pk]
    series.save_revision().publish()
    assert banner(client, story["one"]) is None
    assert banner(client, story["two"]).startswith("Part 1 of 5")


def test_announced_part_is_fulfilled_in_place(client, story, blog):
    series = story["series"]
    announced = series.parts.get(title="Team stories")
    post = BlogPageFactory(parent=blog, title="Our team's survey", slug="our-teams-survey")
    announced.post = post
    announced.save()
    assert banner(client, post).startswith("Part 4 of 6")
    assert (
        '<a href="/blog/our-teams-survey/">Our team&#x27;s survey</a>'
        in client.get(series.url).content.decode()
    )


def test_a_post_belongs_to_one_series_only(story, series_index):
    part = SeriesPart(post=story["one"], series=build_series(series_index, [], title="Other"))
    with pytest.raises(ValidationError) as error:
        part.full_clean()
    assert "already a part of the series “Carrying it well”" in str(error.value)


def test_announced_part_needs_a_title(story):
    part = SeriesPart(series=story["series"], title=" ")
    with pytest.raises(ValidationError) as error:
        part.full_clean()
    assert "Give an announced part a title" in str(error.value)


def test_thirty_part_series_renders_in_fixed_queries(
    client, blog, series_index, django_assert_max_num_queries
):
    posts = [BlogPageFactory(parent=blog, title=f"Part {n}") for n in range(30)]
    series = build_series(
        series_index, posts[:25] + [{"title": f"Soon {n}"} for n in range(5)], title="Long"
    )
    small = build_series(series_index, [posts[25], {"title": "Later"}], title="Short")

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    assert count(series.url) == count(small.url)
    assert count(posts[10].url) == count(posts[25].url)
    with django_assert_max_num_queries(20):
        client.get(series.url)
    with django_assert_max_num_queries(24):
        client.get(posts[10].url)


def test_home_page_series_cost_fixed_queries(client, home, blog, series_index):
    def count():
        client.get(home.url)
        with CaptureQueriesContext(connection) as captured:
            client.get(home.url)
        return len(captured)

    def add_series(n):
        for i in range(n):
            post = BlogPageFactory(parent=blog, title=f"Opening {n}-{i}")
            build_series(series_index, [post, {"title": "Next one"}], title=f"Series {n}-{i}")

    add_series(1)
    few = count()
    add_series(3)
    assert count() == few
    assert few <= 30
