"""A body block that shows one link as a button (the Write for us page's
"Send us a pitch"), taking only site paths and web addresses."""

import pytest
from django.core.exceptions import ValidationError

from blog.blocks import ButtonLinkBlock
from tests.blog.factories import BlogPageFactory


def test_a_button_link_renders_as_a_button(client, blog):
    post = BlogPageFactory(
        parent=blog,
        body=[("button_link", {"text": "Send us a pitch", "address": "/write-for-us/pitch/"})],
    )
    html = client.get(post.url).content.decode()
    assert '<a class="button" href="/write-for-us/pitch/">Send us a pitch</a>' in html


@pytest.mark.parametrize("address", ["/write-for-us/pitch/", "https://example.org/a?b=c"])
def test_site_paths_and_web_addresses_are_taken(address):
    ButtonLinkBlock().clean({"text": "Go", "address": address})


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "data:text/html,<script>", "//evil.example/", "ftp://x.org/", "pitch"],
)
def test_anything_else_is_refused(address):
    with pytest.raises(ValidationError):
        ButtonLinkBlock().clean({"text": "Go", "address": address})
