"""Loading the demo twice changes nothing the second time."""

from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from blog.models import Author, BlogPage
from website.models import HomePage, StandardPage


def snapshot(media):
    """Every row of every table, and every file under MEDIA_ROOT."""
    rows = {
        model._meta.label: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models()
    }
    files = sorted(
        str(path.relative_to(media)) for path in Path(media).rglob("*") if path.is_file()
    )
    return rows, files


def test_demo_loads_and_a_second_run_changes_nothing(db, client, capsys, settings):
    call_command("load_demo")
    assert "admin / commonroom-admin" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert BlogPage.objects.live().count() >= 8
    assert Author.objects.count() >= 2
    assert {"about", "support"} <= set(StandardPage.objects.values_list("slug", flat=True))
    assert BlogPage.objects.exclude(hero_image=None).exists()
    first = snapshot(settings.MEDIA_ROOT)
    assert first[1], "the demo's pictures are files under MEDIA_ROOT"

    call_command("load_demo")
    assert "Demo content ready (0 new objects)." in capsys.readouterr().out
    assert snapshot(settings.MEDIA_ROOT) == first
    assert get_user_model().objects.get(username="admin").check_password("commonroom-admin")

    for url in ["/", "/blog/", "/about/", "/support/", "/series/", BlogPage.objects.first().url]:
        assert client.get(url).status_code == 200, url
