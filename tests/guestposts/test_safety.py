"""A contributor's content never runs script in anyone else's browser, and
uploads are images only."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.models import BlogPage
from blog.sanitise import clean_html
from tests.guestposts.factories import GuestPostIndexPageFactory, make_contributor, make_editor
from tests.hostile import DATA, xss_payloads
from tests.html import inert


def dompurify_cases():
    path = DATA / "hostile" / "dompurify-expect.json"
    if not path.exists():
        pytest.skip(f"shared test data not found at {path}")
    return json.loads(path.read_text())


def test_stored_rich_text_is_cleaned_whatever_sent_it():
    for case in dompurify_cases():
        payload = case["payload"] if isinstance(case, dict) else case[0]
        assert inert(clean_html(payload)), payload
    for payload in xss_payloads():
        assert inert(clean_html(payload)), payload
    kept = '<p>Hello <b>there</b> <a href="https://example.org">link</a> <a id="3" linktype="page">in</a></p>'
    assert clean_html(kept) == kept


@pytest.fixture
def contributor_client(client, blog):
    index = GuestPostIndexPageFactory(parent=blog)
    author, user = make_contributor("Hana Holt")
    client.force_login(user)
    client.index = index
    return client


def raw_rich_text_post(payloads):
    """Block values posted straight to the admin, bypassing the editor: raw
    HTML where Draftail would send its own JSON, and hostile URLs."""
    blocks = []
    for payload in payloads:
        draftail = json.dumps(
            {
                "blocks": [
                    {
                        "key": "a",
                        "text": payload,
                        "type": "unstyled",
                        "depth": 0,
                        "inlineStyleRanges": [],
                        "entityRanges": [],
                    }
                ],
                "entityMap": {},
            }
        )
        blocks.append(("paragraph", draftail))
        blocks.append(("quote", {"quote": payload, "attribution": payload}))
        blocks.append(("list", {"style": "ul", "items": streamfield([("item", payload[:500])])}))
        blocks.append(("callout", {"tone": "note", "title": payload[:120], "text": draftail}))
    return blocks


def test_hostile_post_is_inert_for_editors_and_readers(
    contributor_client, django_capture_on_commit_callbacks
):
    client = contributor_client
    payloads = xss_payloads(limit=40)
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", client.index.pk])
    data = nested_form_data(
        {
            "title": payloads[0][:200],
            "slug": "hostile",
            "summary": payloads[1][:400],
            "warnings": inline_formset([]),
            "warning_note": payloads[2][:300],
            "body": streamfield(raw_rich_text_post(payloads)),
            "tags": "",
            "comments": inline_formset([]),
            "comments_open": "on",
            "comment_moderation": "warnings",
            "confirm_confidentiality": "on",
            "action-submit": "action-submit",
        }
    )
    response = client.post(add, data)
    assert response.status_code in (200, 302)
    post = BlogPage.objects.get(slug="hostile")
    # Raw HTML posted as rich text is stored cleaned.
    for block in post.body:
        if block.block_type == "paragraph":
            assert inert(block.value.source), block.value.source

    editor = client.__class__()
    editor.force_login(make_editor())
    for url in (
        reverse("wagtailadmin_pages:edit", args=[post.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[post.pk]),
        reverse("wagtailadmin_home"),
    ):
        html = editor.get(url).content.decode()
        for payload in payloads[:40]:
            if "<" in payload:
                assert payload not in html, (url, payload)

    post.save_revision().publish()
    reader = client.__class__().get(post.url).content.decode()
    # Up to the comments, whose forms are the site's own.
    body = reader[reader.index("<main") : reader.index('<section class="comments"')]
    assert inert(body), body[:3000]


@pytest.mark.parametrize(
    "name,content,message",
    [
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
            "Not a supported image format",
        ),
        ("notes.png", b"this is plain text pretending to be a png", "valid image"),
        ("script.jpg", b"<script>alert(1)</script>", "valid"),
    ],
)
def test_uploads_are_images_only(contributor_client, name, content, message):
    response = contributor_client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get("file", []))
    assert message.lower() in errors.lower(), errors
    assert not get_image_model().objects.filter(title=name).exists()


def test_uploads_are_bounded_in_size_and_pixels(contributor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    big = SimpleUploadedFile("big.png", get_test_image_file(size=(200, 200)).file.getvalue())
    response = contributor_client.post(reverse("wagtailimages:add"), {"title": "big", "file": big})
    assert "pixels" in " ".join(response.context["form"].errors.get("file", []))
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = contributor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "heavy",
            "file": SimpleUploadedFile("heavy.png", get_test_image_file().file.getvalue()),
        },
    )
    assert "too big" in " ".join(response.context["form"].errors.get("file", [])).lower()


def test_renditions_carry_no_image_metadata(contributor_client):
    picture = PILImage.new("RGB", (300, 200), "#88aacc")
    exif = PILImage.Exif()
    exif[0x013B] = "Hana Holt"  # Artist
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("hana-holt.jpg", buffer.getvalue(), content_type="image/jpeg")
    contributor_client.post(reverse("wagtailimages:add"), {"title": "Portrait", "file": upload})
    image = get_image_model().objects.get(title="Portrait")
    rendition = image.get_rendition("fill-640x360")
    with rendition.file.open() as handle:
        served = PILImage.open(handle)
        assert not served.getexif(), dict(served.getexif())
    assert "hana" not in rendition.file.name.lower() and "hana" not in image.file.name.lower()
