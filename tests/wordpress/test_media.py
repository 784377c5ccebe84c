"""Attachments from an uploads folder or downloaded (from a loopback server
here), size variants, featured images, links rewritten; series and
warnings from the options; hostile content stored inert."""

import functools
import http.server
import threading

import pytest
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from blog.models import BlogPage
from series.models import SeriesPage
from wordpress.media import COLLECTION_NAME

Image = get_image_model()

TEMPLATE = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old blog</title><link>{base}</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{base}</wp:base_site_url><wp:base_blog_url>{base}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>ruth</wp:author_login>
<wp:author_display_name><![CDATA[Ruth Writer]]></wp:author_display_name></wp:author>
<item><title>Harbour</title><link>{base}/harbour/</link><wp:post_id>10</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>1</wp:post_parent>
<wp:attachment_url>{base}/wp-content/uploads/2020/05/harbour.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2020/05/harbour.jpg</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Boats at dawn]]></wp:meta_value></wp:postmeta>
</item>
<item><title>Part one</title><link>{base}/2020/05/01/part-one/</link><dc:creator>ruth</dc:creator>
<content:encoded><![CDATA[<p>See <a href="{base}/2040/06/01/part-two/">the next part</a> and <a href="{base}/wp-content/uploads/2020/05/harbour.jpg">the photo</a>.</p>
<img class="wp-image-10" src="{base}/wp-content/uploads/2020/05/harbour-300x200.jpg" alt="Boats" />
<script>alert('x')</script><p onclick="steal()">Click <a href="javascript:alert(1)">me</a></p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_date>2020-05-01 09:00:00</wp:post_date><wp:post_date_gmt>2020-05-01 08:00:00</wp:post_date_gmt>
<wp:post_name>part-one</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="series" nicename="getting-started"><![CDATA[Getting started]]></category>
<category domain="post_tag" nicename="grief"><![CDATA[Grief]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>10</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_series_part</wp:meta_key><wp:meta_value>1</wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author><![CDATA[<script>alert(1)</script>]]></wp:comment_author>
<wp:comment_author_email>a@example.org</wp:comment_author_email><wp:comment_author_url>javascript:alert(1)</wp:comment_author_url>
<wp:comment_date_gmt>2020-05-02 08:00:00</wp:comment_date_gmt>
<wp:comment_content><![CDATA[<img src=x onerror=alert(1)>Thank you]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item>
<item><title>Part two</title><link>{base}/2040/06/01/part-two/</link><dc:creator>ruth</dc:creator>
<content:encoded><![CDATA[Coming soon.]]></content:encoded>
<wp:post_id>2</wp:post_id><wp:post_date_gmt>2040-06-01 08:00:00</wp:post_date_gmt>
<wp:post_name>part-two</wp:post_name><wp:status>future</wp:status><wp:post_type>post</wp:post_type>
<category domain="series" nicename="getting-started"><![CDATA[Getting started]]></category>
<wp:postmeta><wp:meta_key>_series_part</wp:meta_key><wp:meta_value>2</wp:meta_value></wp:postmeta>
</item>
</channel></rss>
"""


def write_export(tmp_path, base):
    path = tmp_path / "export.xml"
    path.write_text(TEMPLATE.format(base=base), encoding="utf-8")
    return path


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    (folder / "2020" / "05").mkdir(parents=True)
    PILImage.new("RGB", (60, 40), (10, 120, 200)).save(folder / "2020" / "05" / "harbour.jpg")
    return folder


@pytest.fixture
def loopback(uploads):
    """Serves the uploads folder as wp-content/uploads on 127.0.0.1."""
    root = uploads.parent / "site"
    (root / "wp-content").mkdir(parents=True)
    (root / "wp-content" / "uploads").symlink_to(uploads)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def check_imported(client):
    image = Image.objects.get()
    assert image.collection.name == COLLECTION_NAME
    assert image.description == "Boats at dawn"
    post = BlogPage.objects.get(slug="part-one")
    assert post.hero_image_id == image.pk and post.hero_alt == "Boats at dawn"
    images = [block for block in post.body if block.block_type == "image"]
    assert len(images) == 1 and images[0].value["image"].pk == image.pk  # the 300x200 variant
    first = post.body[0].value.source
    assert 'href="/blog/part-two/"' in first and f'href="{image.file.url}"' in first
    stored = str(post.body.raw_data)
    assert "script" not in stored and "onclick" not in stored and "javascript" not in stored
    comment = post.reader_comments.get()
    assert comment.comment == "Thank you" and comment.user_url == ""
    page = client.get(post.url).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    series = SeriesPage.objects.get(title="Getting started")
    assert [part.post.slug for part in series.parts.order_by("sort_order")] == [
        "part-one",
        "part-two",
    ]
    assert "available on 1 June 2040" in client.get(series.url).content.decode()
    assert [link.warning.name for link in post.warning_list] == ["Grief"]


def test_images_from_an_uploads_folder(site_tree, tmp_path, uploads, client):
    export = write_export(tmp_path, "https://old.example")
    call_command(
        "import_wordpress", str(export), "--uploads", str(uploads), "--warnings-from", "grief=Grief"
    )
    check_imported(client)


def test_images_downloaded(site_tree, tmp_path, loopback, client):
    export = write_export(tmp_path, loopback)
    call_command(
        "import_wordpress",
        str(export),
        "--download",
        "--timeout",
        "5",
        "--warnings-from",
        "grief=Grief",
    )
    check_imported(client)
    # Found again by source URL on a second run: nothing new.
    call_command("import_wordpress", str(export), "--download", "--warnings-from", "grief=Grief")
    assert Image.objects.count() == 1 and BlogPage.objects.count() == 2


def test_failed_download_is_reported_not_fatal(site_tree, tmp_path, loopback, capsys):
    export = write_export(tmp_path, loopback)
    (tmp_path / "uploads" / "2020" / "05" / "harbour.jpg").unlink()
    call_command("import_wordpress", str(export), "--download", "--retries", "1", "--timeout", "2")
    out = capsys.readouterr().out
    assert "attachment: download failed: 1" in out and "HTTP 404" in out
    assert not Image.objects.exists() and BlogPage.objects.count() == 2
