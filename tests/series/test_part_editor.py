"""The series editor's parts: announced parts' warnings with an intensity,
a post linked to an announced part keeps its warnings or says why not, and
the post list marks posts that are in a series."""

import pytest
from django.urls import reverse

from blog.models import ContentWarning, PostWarning
from series.models import SeriesPage, SeriesPartWarning
from tests.blog.factories import BlogPageFactory
from tests.html import text
from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.series.test_admin import series_form


@pytest.fixture
def index(home):
    return SeriesIndexPageFactory(parent=home)


@pytest.fixture
def burnout(db):
    return ContentWarning.objects.create(
        name="Burnout and work stress", slug="burnout", label="Burnout", description="Burnout."
    )


def part(post="", title="", **fields):
    return {"post": post, "title": title, "planned_date": "", "summary": "", **fields}


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["series", "seriespage", index.pk])


def test_an_announced_parts_warnings_carry_an_intensity(admin_client, client, index, burnout):
    announced = part(title="Still to write", **{f"warnings-{burnout.pk}": "mentioned"})
    response = admin_client.post(add_url(index), series_form("Warned", [announced]))
    assert response.status_code == 302
    series = SeriesPage.objects.get(slug="warned")
    links = SeriesPartWarning.objects.filter(part__series=series)
    assert [(link.warning, link.intensity) for link in links] == [(burnout, "mentioned")]
    assert "Still to write (coming soon) Content warning: Burnout (mentioned)" in text(
        client.get(series.url).content.decode()
    )
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[series.pk])).content.decode()
    assert '<option value="mentioned" selected>' in edit


def test_an_unknown_intensity_is_refused_with_the_form_kept(admin_client, index, burnout):
    announced = part(title="Still to write", **{f"warnings-{burnout.pk}": "<b>lots</b>"})
    response = admin_client.post(add_url(index), series_form("Odd", [announced]))
    assert response.status_code == 200
    assert "Choose how much of “Burnout” the part holds." in response.content.decode()
    assert 'value="Still to write"' in response.content.decode()


def test_linking_a_post_that_lacks_the_announced_warnings_says_so(
    admin_client, index, blog, burnout
):
    post = BlogPageFactory(parent=blog, title="Written now")
    linked = part(post=post.pk, title="Still to write", **{f"warnings-{burnout.pk}": "discussed"})
    response = admin_client.post(add_url(index), series_form("Linked", [linked]))
    assert response.status_code == 200
    assert (
        "This part was announced with warnings the post doesn’t carry: Burnout (discussed)."
        in response.content.decode()
    )
    assert not SeriesPage.objects.filter(slug="linked").exists()

    PostWarning.objects.create(page=post, warning=burnout, intensity="detailed")
    response = admin_client.post(add_url(index), series_form("Linked", [linked]))
    assert response.status_code == 302


def test_the_post_list_marks_posts_in_a_series(admin_client, index, blog):
    taken = BlogPageFactory(parent=blog, title="Taken")
    BlogPageFactory(parent=blog, title="Free")
    BlogPageFactory(parent=blog, title="Unpublished", live=False)
    build_series(index, [taken], title="First home")
    html = admin_client.get(add_url(index)).content.decode()
    assert ">Taken (in the series “First home”)</option>" in html
    assert ">Free</option>" in html
    assert ">Unpublished (not published yet)</option>" in html


def test_a_post_is_linked_to_an_announced_part_from_its_editor(admin_client, index, blog, burnout):
    series = build_series(index, [{"title": "A leader's view"}], title="Carrying it well")
    post = BlogPageFactory(parent=blog, title="Written now")
    edit = reverse("wagtailadmin_pages:edit", args=[post.pk])
    html = admin_client.get(edit).content.decode()
    announced = series.parts.get()
    link = reverse("series_link_part", args=[announced.pk])
    assert f'formaction="{link}"' in html and "Make it “A leader's view” in Carrying it well" in (
        html.replace("&#x27;", "'")
    )

    for hostile in ("not a number", "9" * 40, ""):
        assert admin_client.post(link, {"link_post": hostile}).status_code == 404

    SeriesPartWarning.objects.create(part=announced, warning=burnout, intensity="mentioned")
    response = admin_client.post(link, {"link_post": post.pk}, follow=True)
    assert "warnings the post doesn’t carry: Burnout (mentioned)" in response.content.decode()
    assert SeriesPage.objects.get(pk=series.pk).parts.get().post is None

    PostWarning.objects.create(page=post, warning=burnout, intensity="mentioned")
    response = admin_client.post(link, {"link_post": post.pk}, follow=True)
    assert "is now that part of “Carrying it well”" in response.content.decode()
    assert SeriesPage.objects.get(pk=series.pk).parts.get().post == post
    assert "Part 1 of 1 in the series" in admin_client.get(edit).content.decode()
