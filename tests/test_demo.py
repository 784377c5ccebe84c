from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from blog.models import Author, BlogPage
from series.models import SeriesPage
from series.parts import series_parts
from website.models import HomePage, StandardPage


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live")),
        "revisions": Page.objects.filter(latest_revision__isnull=False).count(),
        "authors": Author.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_demo_loads_and_a_second_run_changes_nothing(db, client, capsys):
    call_command("load_demo")
    assert "admin / commonroom-admin" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert BlogPage.objects.live().count() >= 8
    assert Author.objects.count() >= 2
    assert {"about", "support"} <= set(StandardPage.objects.values_list("slug", flat=True))
    assert BlogPage.objects.exclude(hero_image=None).exists()
    first = snapshot()

    call_command("load_demo")
    assert snapshot() == first
    assert get_user_model().objects.get(username="admin").check_password("commonroom-admin")

    for url in ["/", "/blog/", "/about/", "/support/", "/series/", BlogPage.objects.first().url]:
        assert client.get(url).status_code == 200, url


def test_demo_series_show_every_part_state(db, client):
    call_command("load_demo")
    first, second = SeriesPage.objects.order_by("pk")
    parts = series_parts(first)
    assert [part.state for part in parts] == ["published", "published", "scheduled"]
    assert parts[2].available_on > timezone.localdate()
    assert [part.state for part in series_parts(second)] == [
        "published",
        "published",
        "announced",
        "announced",
    ]
    html = client.get(first.url).content.decode()
    assert f"available on {parts[2].available_on.day} {parts[2].available_on:%B %Y}" in html
    assert "coming soon" in client.get(second.url).content.decode()
