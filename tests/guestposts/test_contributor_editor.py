"""What the post editor says to a guest contributor: the confidentiality
check as a plain checkbox beneath the tabs, just above Submit, and a series
panel that says what editors do rather than asking the contributor to."""

from bs4 import BeautifulSoup
from django.urls import reverse

from tests.blog.factories import BlogPageFactory
from tests.guestposts.factories import make_editor
from tests.guestposts.test_review import post_data
from tests.series.factories import SeriesIndexPageFactory, build_series

CONFIRM = "I confirm this post keeps everyone confidential"


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["blog", "blogpage", parent.pk])


def editor_html(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def confidentiality_section(soup):
    return soup.find("section", attrs={"aria-labelledby": "confidentiality-check-heading"})


def test_the_check_is_a_checkbox_beneath_the_tabs_above_submit(client, guest_index, contributor):
    soup = editor_html(client, contributor[1], add_url(guest_index))
    check = confidentiality_section(soup)
    assert check is not None
    # Not inside a tab, nor a collapsible section of one: shown whichever tab
    # is open, the last thing before the footer with Save and Submit.
    assert check.find_parent(attrs={"role": "tabpanel"}) is None
    assert check.find_parent(class_="tab-content") is not None
    assert not check.select("[aria-expanded], .w-panel__toggle")
    assert check.find_next(["section", "footer"]).name == "footer"
    box = check.find("input", attrs={"name": "confirm_confidentiality"})
    assert box["type"] == "checkbox" and not box.has_attr("checked")
    label = check.find("label", attrs={"for": box["id"]})
    assert label.get_text() == CONFIRM
    assert "no client, colleague or service user could be identified" in (
        check.find(id=box["aria-describedby"]).get_text()
    )


def test_submitting_without_ticking_it_says_so_beside_the_box(client, guest_index, contributor):
    client.force_login(contributor[1])
    response = client.post(add_url(guest_index), post_data(confirm=False, title="Kept title"))
    assert response.status_code == 200
    check = confidentiality_section(BeautifulSoup(response.content, "html.parser"))
    error = check.find(class_="error-message")
    assert "confirm it before submitting" in error.get_text()
    box = check.find("input", attrs={"name": "confirm_confidentiality"})
    assert error["id"] in box["aria-describedby"].split() and box["aria-invalid"] == "true"
    assert 'value="Kept title"' in response.content.decode()


def test_staff_posts_have_no_check(client, blog):
    soup = editor_html(client, make_editor(), add_url(blog))
    assert confidentiality_section(soup) is None
    assert "confirm_confidentiality" not in str(soup)


def test_the_series_panel_tells_a_contributor_what_editors_do(
    client, home, guest_index, contributor
):
    SeriesIndexPageFactory(parent=home)
    post = BlogPageFactory(parent=guest_index, owner=contributor[1], authors=[contributor[0]])
    said = editor_html(client, contributor[1], reverse("wagtailadmin_pages:edit", args=[post.pk]))
    text = said.get_text(" ", strip=True)
    assert "an editor adds it to the series when they publish it" in text
    assert "choose this post as a part on the series page" not in text
    # Editors, who can, are told how.
    editor = editor_html(client, make_editor(), reverse("wagtailadmin_pages:edit", args=[post.pk]))
    assert "choose this post as a part on the series page" in editor.get_text(" ", strip=True)


def test_a_contributor_in_a_series_sees_its_place_without_an_edit_link(
    client, home, guest_index, contributor
):
    index = SeriesIndexPageFactory(parent=home)
    post = BlogPageFactory(parent=guest_index, owner=contributor[1], authors=[contributor[0]])
    series = build_series(index, [BlogPageFactory(parent=guest_index), post], title="Two parts")
    soup = editor_html(client, contributor[1], reverse("wagtailadmin_pages:edit", args=[post.pk]))
    text = soup.get_text(" ", strip=True)
    assert "Part 2 of 2 in the series “Two parts”. Its editors decide each part’s place." in text
    assert reverse("wagtailadmin_pages:edit", args=[series.pk]) not in str(soup)
