"""Long threads: numbered pages of conversations, the current one marked,
and a link at the top of the comments to where the newest conversation
starts. The same HTML for every reader, so it is cached with the page."""

import pytest
from bs4 import BeautifulSoup

from tests.discussion.factories import comment_settings, make_comment
from tests.hostile import naughty_sample
from tests.website.test_query_budget import POST_BUDGET


@pytest.fixture
def roots(post, site_tree):
    comment_settings(min_seconds=0, threads_per_page=5)
    roots = [make_comment(post, text=f"Conversation {n}") for n in range(40)]
    make_comment(post, text="A late reply to the first", parent=roots[0])
    return roots


CONVERSATIONS = ".comment-list:not(.comment-list--replies) > li"


def comments_section(client, post, page=None):
    response = client.get(post.url, {"comments": page} if page is not None else {})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#comments")


def numbers(section):
    """The page list as shown: each number, "…" for a gap, the current in []."""
    shown = []
    for item in section.select(".comment-pages__numbers li"):
        link = item.find("a")
        if link is None:
            shown.append(item.get_text(strip=True))
            continue
        number = link.get_text().strip().removeprefix("Page ")
        shown.append(f"[{number}]" if link.get("aria-current") == "page" else number)
    return shown


@pytest.mark.parametrize(
    "page, expected",
    [
        (None, ["[1]", "2", "3", "…", "8"]),
        (3, ["1", "2", "[3]", "4", "5", "…", "8"]),
        (6, ["1", "…", "4", "5", "[6]", "7", "8"]),
        (8, ["1", "…", "6", "7", "[8]"]),
    ],
)
def test_every_page_of_a_long_thread_is_numbered_with_the_current_one_marked(
    client, post, roots, page, expected
):
    section = comments_section(client, post, page)
    assert numbers(section) == expected
    current = section.select('.comment-pages [aria-current="page"]')
    assert len(current) == 1 and current[0].get_text() == f"Page {page or 1}"
    for link in section.select(".comment-pages__numbers a"):
        number = link.get_text().strip().removeprefix("Page ")
        assert link["href"] == f"?comments={number}#comments"


def test_a_numbered_link_opens_that_page(client, post, roots):
    section = comments_section(client, post, 4)
    texts = [text.get_text() for text in section.select(".comment__text")]
    assert "Conversation 15" in texts[0] and "Conversation 19" in texts[-1]


def test_the_newest_conversation_is_a_jump_from_the_top_of_every_page(client, post, roots):
    newest = roots[-1]
    for page in (None, 3, 8):
        section = comments_section(client, post, page)
        jump = section.find("a", string="Jump to the newest conversation")
        assert jump["href"] == f"?comments=8#comment-{newest.pk}"
        # At the top: before the first conversation.
        assert jump.find_next(class_="comment-list") is not None
    last_page = comments_section(client, post, 8)
    assert last_page.select(CONVERSATIONS)[-1]["id"] == f"comment-{newest.pk}"


def test_a_short_thread_jumps_down_its_only_page(client, post, site_tree):
    comment_settings(min_seconds=0)
    first = make_comment(post, text="The first conversation")
    section = comments_section(client, post)
    assert section.find("a", string="Jump to the newest conversation") is None
    assert section.select_one(".comment-pages") is None
    second = make_comment(post, text="The second conversation")
    make_comment(post, text="A reply to the first", parent=first)
    jump = comments_section(client, post).find("a", string="Jump to the newest conversation")
    assert jump["href"] == f"#comment-{second.pk}"


HOSTILE_PAGES = [
    # Django's paginator: out of range is the last page, not a number the first.
    ("-1", "8"),
    ("0", "8"),
    ("99999999999999999999999999999999", "8"),
    ("abc", "1"),
    ("2.5", "1"),
    ("1e3", "1"),
    ("9" * 5000, "1"),  # longer than int() reads from text
]


def test_a_hostile_page_number_shows_a_real_page(client, post, roots):
    for value, current in HOSTILE_PAGES + [(value, None) for value in naughty_sample(40)]:
        section = comments_section(client, post, value)
        marked = section.select('.comment-pages [aria-current="page"]')
        assert len(marked) == 1, value
        if current is not None:
            assert marked[0].get_text() == f"Page {current}", value
        assert len(section.select(CONVERSATIONS)) == 5, value


def test_later_pages_keep_the_post_page_query_budget(
    client, post, roots, django_assert_max_num_queries
):
    client.get(post.url)  # creates the site settings rows once
    with django_assert_max_num_queries(POST_BUDGET):
        comments_section(client, post, 5)
