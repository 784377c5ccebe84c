"""What search engines, link previews and feed readers see."""

import datetime
import json
import re

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.blog.factories import BlogPageFactory


def jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_post_meta_and_structured_data(client, blog, author):
    image = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    post = BlogPageFactory(
        parent=blog,
        title="Endings that last",
        summary="Planning the last session.",
        date=datetime.date(2026, 12, 19),
        hero_image=image,
        hero_alt="Two chairs by a window",
        authors=[author],
        tag_names=["Endings"],
    )
    html = client.get(post.url).content.decode()
    assert '<link rel="canonical" href="http://testserver/blog/' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Endings that last">' in html
    assert '<meta property="og:description" content="Planning the last session.">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+">', html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert "19 December 2026" in html and 'datetime="2026-12-19"' in html
    data = jsonld(html)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Endings that last"
    assert data["datePublished"] == "2026-12-19"
    assert data["author"] == [{"@type": "Person", "name": "Sam Rivers", "jobTitle": "Senior PWP"}]
    assert data["keywords"] == ["Endings"]


def test_jsonld_cannot_be_broken_out_of(client, blog):
    post = BlogPageFactory(parent=blog, title="</script><script>alert(1)</script>")
    html = client.get(post.url).content.decode()
    assert "<script>alert(1)" not in html
    assert jsonld(html)["headline"] == "</script><script>alert(1)</script>"


def test_robots_and_sitemap(client, home, post):
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/blog/holding-a-caseload/</loc>" in sitemap
    assert "<lastmod>" in sitemap


def test_listing_dates_are_british(client, blog):
    BlogPageFactory(parent=blog, date=datetime.date(2026, 3, 5))
    assert "5 March 2026" in client.get("/blog/").content.decode()
