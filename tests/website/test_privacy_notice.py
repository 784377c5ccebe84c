"""The privacy notice, named in site settings, is linked from the footer and
from every form that asks for an email address; with no notice chosen, or
the chosen page unpublished or deleted, those pages render without the link."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from tests.series.factories import SeriesIndexPageFactory, build_series
from tests.website.factories import StandardPageFactory
from website.models import SiteSettings

NOTICE_WORDS = "our privacy notice"


@pytest.fixture
def series(home, post):
    return build_series(SeriesIndexPageFactory(parent=home), [post], title="Caseloads")


@pytest.fixture
def form_urls(post, series):
    return {
        "comment": post.url,
        "follow the blog": reverse("follow_blog"),
        "follow a series": series.url,
        "follow page": reverse("follow_series", args=[series.pk]),
        "pitch": reverse("guest_pitch"),
        "new invitation link": reverse("guest_invitation_new"),
    }


@pytest.fixture
def notice(home):
    page = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = page
    settings.save()
    return page


def test_every_address_form_and_the_footer_link_to_the_notice(client, notice, form_urls):
    link = f'<a href="{notice.url}">{NOTICE_WORDS}</a>'
    for name, url in form_urls.items():
        text = client.get(url).content.decode()
        assert link in text, name
        assert f'<a href="{notice.url}">Privacy notice</a>' in text, name  # the footer's


def test_without_a_notice_the_forms_still_render(client, form_urls):
    for name, url in form_urls.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert NOTICE_WORDS not in response.content.decode(), name


def test_an_unpublished_notice_is_not_linked(client, notice, form_urls):
    notice.unpublish()
    for name, url in form_urls.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert (
            notice.url not in response.content.decode()
            and NOTICE_WORDS not in response.content.decode()
        ), name


def test_a_deleted_notice_leaves_the_setting_empty(client, notice, form_urls):
    notice.delete()
    assert SiteSettings.objects.get().privacy_page is None
    assert NOTICE_WORDS not in client.get(form_urls["pitch"]).content.decode()


@pytest.mark.usefixtures("page_cache")
def test_unpublishing_the_notice_reaches_cached_pages(
    client, notice, post, django_capture_on_commit_callbacks
):
    client.get(post.url)
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        notice.unpublish()
    assert NOTICE_WORDS not in client.get(post.url).content.decode()


@pytest.mark.usefixtures("page_cache")
def test_renaming_the_footers_about_page_reaches_cached_pages(
    client, home, post, django_capture_on_commit_callbacks
):
    about = StandardPageFactory(parent=home, title="About us", slug="about")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.about_page = about
    settings.save()
    assert '<a href="/about/">About us</a>' in client.get(post.url).content.decode()
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    about.title = "About Commonroom"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert '<a href="/about/">About Commonroom</a>' in client.get(post.url).content.decode()
