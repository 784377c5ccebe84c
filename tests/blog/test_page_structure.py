"""Markup that readers' tools depend on: captions belong to their figures,
the home page names the site once, and a 404 names no canonical page."""

import json

from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blog.models import ContentWarning
from tests.blog.factories import BlogPageFactory


def image_block(image, caption, warning=None):
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "alt_text": "A corridor", "decorative": False},
            "caption": caption,
            "warning": warning.pk if warning else None,
        },
    }


def test_every_caption_is_its_figures_own(client, blog):
    image = get_image_model().objects.create(title="Corridor", file=get_test_image_file())
    warning = ContentWarning.objects.create(slug="grief", name="Grief", label="Grief")
    post = BlogPageFactory(
        parent=blog,
        title="Pictures",
        slug="pictures",
        body=json.dumps(
            [image_block(image, "Open caption"), image_block(image, "Gated caption", warning)]
        ),
    )
    soup = BeautifulSoup(client.get(post.url).content, "html.parser")
    captions = soup.find_all("figcaption")
    assert {caption.get_text(strip=True) for caption in captions} >= {
        "Open caption",
        "Gated caption",
    }
    for caption in captions:
        assert caption.parent.name == "figure", caption
    gated = soup.find(string="Gated caption").find_parent("details")
    assert gated is not None and gated["data-gate"] == "image"


def test_the_home_page_names_the_site_once(client, home):
    soup = BeautifulSoup(client.get(home.url).content, "html.parser")
    assert soup.title.get_text() == "Commonroom"


def test_other_pages_say_where_they_are_then_the_site(client, post):
    soup = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert soup.title.get_text() == "Holding a caseload kindly · Commonroom"


def test_a_404_names_no_canonical_page(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("link", rel="canonical") is None
    assert soup.find("meta", property="og:url") is None
    assert soup.find("meta", property="og:title")["content"] == "Page not found"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert soup.title.get_text() == "Page not found · Commonroom"


def test_a_paragraph_is_printed_with_its_links_to_pages_made_addresses(client, blog, home):
    post = BlogPageFactory(
        parent=blog,
        slug="links",
        body=json.dumps(
            [
                {
                    "type": "paragraph",
                    "value": f'<p>Start <a linktype="page" id="{home.pk}">at home</a>.</p>',
                },
                {"type": "paragraph", "value": "<p>Then <b>rest</b>.</p>"},
            ]
        ),
    )
    html = client.get(post.url).content.decode()
    assert '<p>Start <a href="/">at home</a>.</p></div>' in html
    assert "<p>Then <b>rest</b>.</p></div>" in html
    assert "linktype" not in html
