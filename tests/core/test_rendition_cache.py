"""Wagtail's renditions are kept in the shared cache without being written
back on every use (core/renditioncache.py): a render that finds them there
writes nothing."""

import json

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.blog.factories import BlogPageFactory


@pytest.fixture
def file_cache(settings, tmp_path):
    """The cache production uses without Redis: files, whose writes show."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        },
        "renditions": {"BACKEND": "core.renditioncache.RenditionCache", "LOCATION": "default"},
    }
    return tmp_path / "cache"


def snapshot(directory):
    return {path.name: path.stat().st_mtime_ns for path in directory.glob("*.djcache")}


@pytest.fixture
def pictured_post(blog):
    image = get_image_model().objects.create(title="Corridor", file=get_test_image_file())
    block = {"image": image.pk, "alt_text": "A corridor", "decorative": False}
    return BlogPageFactory(
        parent=blog,
        slug="pictured",
        body=json.dumps(
            [{"type": "image", "value": {"image": block, "caption": "", "warning": None}}]
        ),
    )


def test_a_render_that_finds_its_renditions_kept_writes_nothing(client, file_cache, pictured_post):
    first = client.get(pictured_post.url)
    assert first.status_code == 200 and b'alt="A corridor"' in first.content
    kept = snapshot(file_cache)
    assert kept, "the first render keeps what it looked up"

    second = client.get(pictured_post.url)

    assert second.content == first.content
    assert snapshot(file_cache) == kept


def test_a_rendition_the_cache_lost_is_kept_again(client, file_cache, pictured_post):
    client.get(pictured_post.url)
    for path in file_cache.glob("*.djcache"):
        path.unlink()
    assert b'alt="A corridor"' in client.get(pictured_post.url).content
    assert snapshot(file_cache)
