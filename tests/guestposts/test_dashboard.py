"""The contributor's dashboard: each post with a way to read it as readers
will (View once it is live, Preview until then), withdrawal tucked behind a
disclosure, and none of the site-wide summary Wagtail shows editors."""

from bs4 import BeautifulSoup
from django.urls import reverse

from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import make_contributor, make_editor
from tests.guestposts.test_review import post_data

HOME = reverse("wagtailadmin_home")


def guest_post(guest_index, contributor, title, **fields):
    author, user = contributor
    slug = title.lower().replace(" ", "-")
    return BlogPageFactory(
        parent=guest_index, title=title, slug=slug, owner=user, authors=[author], **fields
    )


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row(soup, title):
    panel = soup.find("section", attrs={"aria-labelledby": "guest-posts-heading"})
    for found in panel.select("tbody tr"):
        if found.find("td").get_text(strip=True) == title:
            return found
    raise AssertionError(f"no row for {title!r}")


def links(row):
    """{visible words: href} of the row's links outside its title cell."""
    cells = row.find_all("td")[1:]
    found = {}
    for link in (link for cell in cells for link in cell.find_all("a")):
        hidden = link.find(class_="w-sr-only")
        words = link.get_text().replace(hidden.get_text(), "") if hidden else link.get_text()
        found[words.strip()] = link["href"]
    return found


def test_a_draft_and_a_post_in_review_have_a_preview_and_no_view(client, guest_index, contributor):
    draft = guest_post(guest_index, contributor, "A draft", live=False)
    client.force_login(contributor[1])
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", guest_index.pk])
    assert client.post(add, post_data(title="In review")).status_code == 302
    soup = dashboard(client, contributor[1])
    assert links(row(soup, "A draft")) == {
        "Preview": reverse("wagtailadmin_pages:view_draft", args=[draft.pk])
    }
    in_review = row(soup, "In review")
    assert "Sent for review" in in_review.get_text()
    assert list(links(in_review)) == ["Preview"]
    # The preview names its post for a screen reader.
    assert in_review.find("a", href=links(in_review)["Preview"]).get_text() == "Preview “In review”"


def test_a_published_post_is_viewed_on_the_site(client, guest_index, contributor):
    post = guest_post(guest_index, contributor, "Published")
    assert links(row(dashboard(client, contributor[1]), "Published")) == {"View": post.url}
    # Changes not yet published can be previewed beside the live post.
    post.title = "Published"
    post.save_revision()
    found = links(row(dashboard(client, contributor[1]), "Published"))
    assert found == {
        "View": post.url,
        "Preview": reverse("wagtailadmin_pages:view_draft", args=[post.pk]),
    }


def test_withdrawal_waits_behind_a_closed_disclosure(client, guest_index, contributor):
    post = guest_post(guest_index, contributor, "Published")
    guest_post(guest_index, contributor, "A draft", live=False)
    soup = dashboard(client, contributor[1])
    published = row(soup, "Published")
    disclosure = published.find("details")
    assert disclosure is not None and not disclosure.has_attr("open")
    assert disclosure.find("summary").get_text() == "Ask to withdraw “Published”"
    form = disclosure.find("form")
    assert form["action"] == reverse("guestposts_request_withdrawal", args=[post.pk])
    assert form.find("button").get_text() == "Ask the editors to withdraw it"
    # The first control in the row's last cell is the way to read the post.
    first = published.find_all("td")[-1].find(["a", "button", "details"])
    assert first.name == "a" and first.get_text().startswith("View")
    assert row(soup, "A draft").find("details") is None


def test_a_contributor_sees_no_site_wide_counts(client, guest_index, contributor):
    other = make_contributor("Bea Bright")
    guest_post(guest_index, other, "Not hers", live=False)
    guest_post(guest_index, contributor, "Hers", live=False)
    soup = dashboard(client, contributor[1])
    assert soup.select_one(".w-summary") is None
    assert "Pages" not in soup.find("main").get_text()
    # Editors keep Wagtail's summary.
    client.logout()
    editor = dashboard(client, make_editor())
    assert editor.select_one(".w-summary") is not None


def test_the_dashboard_costs_the_same_queries_for_2_or_12_posts(
    client, guest_index, contributor, django_assert_max_num_queries
):
    for n in range(2):
        guest_post(guest_index, contributor, f"Post {n}", live=n % 2 == 0)
    client.force_login(contributor[1])
    client.get(HOME)
    with django_assert_max_num_queries(100) as captured:
        client.get(HOME)
    few = len(captured)  # read now: each request clears the connection's query log
    for n in range(2, 12):
        guest_post(guest_index, contributor, f"Post {n}", live=n % 2 == 0)
    client.get(HOME)  # new pages change the site's kept lookups (core/sitecache.py)
    with django_assert_max_num_queries(few) as many:
        client.get(HOME)
    assert len(many) == few
