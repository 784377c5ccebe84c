"""Each page type: where it may live, that an editor can create it through the
admin with real form data, and that it renders and routes."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogIndexPage, BlogPage
from guestposts.models import GuestPostIndexPage
from series.models import SeriesIndexPage, SeriesPage
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.website.factories import build_site
from website.models import HomePage, StandardPage

EMBED_URL = "https://video.example.org/watch/supervision-talk"


def every_block_body(image):
    return streamfield(
        [
            (
                "paragraph",
                rich_text(
                    "<p>Opening <b>paragraph</b> with a <a href='https://example.org'>link</a>.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What the survey found", "anchor": ""}),
            (
                "image",
                {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Bar chart of answers",
                        "decorative": "",
                    },
                    "caption": "Survey answers",
                },
            ),
            (
                "quote",
                {
                    "quote": "We were running on empty.",
                    "attribution": "An email to service managers, 2020",
                },
            ),
            (
                "list",
                {
                    "style": "ol",
                    "items": streamfield([("item", "First point"), ("item", "Second point")]),
                },
            ),
            (
                "table",
                '{"data": [["Question", "Agree"], ["I feel supported", "12"]], "first_row_is_table_header": true, "first_col_is_header": false, "table_header_choice": "row", "table_caption": "Wellbeing survey"}',
            ),
            ("embed", EMBED_URL),
            (
                "callout",
                {
                    "tone": "tip",
                    "title": "Try this",
                    "text": rich_text("<p>Book supervision early.</p>"),
                },
            ),
        ]
    )


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.blog = build_site()
        cls.author = AuthorFactory(name="Ada Lane", slug="ada-lane")
        cls.post = BlogPageFactory(parent=cls.blog, authors=[cls.author])

    def setUp(self):
        self.login()

    def test_where_page_types_may_live(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage, GuestPostIndexPage})
        self.assertAllowedParentPageTypes(GuestPostIndexPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, {})
        # Named by the page types above them, not by blog or series (core.pagetypes).
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage, GuestPostIndexPage})
        self.assertAllowedSubpageTypes(GuestPostIndexPage, {BlogPage})
        self.assertAllowedSubpageTypes(
            HomePage, {Page, StandardPage, BlogIndexPage, SeriesIndexPage}
        )
        self.assertAllowedParentPageTypes(SeriesIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SeriesIndexPage, {SeriesPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(HomePage, BlogPage)
        self.assertCanNotCreateAt(BlogIndexPage, StandardPage)

    def test_pages_are_routable_and_render(self):
        for page in (self.home, self.blog, self.post):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(self.blog, route_path="/tags/anything/")
        self.assertPageIsRoutable(self.blog, route_path="/2026/11/")
        self.assertPageIsRoutable(self.blog, route_path="/authors/ada-lane/")
        self.assertPageIsRoutable(self.blog, route_path="/feed/")

    def test_editor_creates_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Support",
                    "summary": "Where to turn.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Talk to your supervisor.</p>"))]
                    ),
                }
            ),
        )

    def test_editor_creates_post_with_every_block_type(self):
        image = get_image_model().objects.create(title="Chart", file=get_test_image_file())
        Embed.objects.create(
            url=EMBED_URL,
            hash=get_embed_hash(EMBED_URL),
            type="video",
            html="<iframe src='https://video.example.org/embed/1'></iframe>",
            title="A talk on supervision",
            provider_name="Example Video",
        )
        self.assertCanCreate(
            self.blog,
            BlogPage,
            nested_form_data(
                {
                    "title": "Every block",
                    "summary": "A post using each kind of block.",
                    "post_authors": inline_formset([{"author": self.author.pk}]),
                    "warnings": inline_formset([]),
                    "body": every_block_body(image),
                    "tags": "Surveys, Wellbeing",
                    "comments": inline_formset([]),
                    "comments_open": "on",
                    "comment_moderation": "warnings",
                }
            ),
        )
        post = BlogPage.objects.get(slug="every-block")
        assert [block.block_type for block in post.body] == [
            "paragraph",
            "heading",
            "image",
            "quote",
            "list",
            "table",
            "embed",
            "callout",
        ]
        html = self.client.get(post.url).content.decode()
        assert '<h2 id="what-the-survey-found">What the survey found</h2>' in html
        assert 'alt="Bar chart of answers"' in html
        assert "<blockquote><p>We were running on empty.</p></blockquote>" in html
        assert "<figcaption>An email to service managers, 2020</figcaption>" in html
        assert "<ol><li>First point</li><li>Second point</li></ol>" in html
        assert "<caption>Wellbeing survey</caption>" in html
        assert '<th scope="col">Question</th>' in html
        assert "A talk on supervision" in html and "<iframe" not in html
        assert 'class="callout callout--tip"' in html
        assert post.date == datetime.date.today() or post.date is not None

    def test_image_needs_alt_text_unless_decorative(self):
        image = get_image_model().objects.create(title="Chart", file=get_test_image_file())
        data = nested_form_data(
            {
                "title": "No alt",
                "slug": "no-alt",
                "summary": "Summary.",
                "post_authors": inline_formset([]),
                "warnings": inline_formset([]),
                "body": streamfield(
                    [
                        (
                            "image",
                            {
                                "image": {"image": image.pk, "alt_text": "", "decorative": ""},
                                "caption": "",
                            },
                        )
                    ]
                ),
                "comments": inline_formset([]),
                "comments_open": "on",
                "comment_moderation": "warnings",
                "action-publish": "action-publish",
            }
        )
        add_url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", self.blog.pk])
        response = self.client.post(add_url, data)
        assert response.status_code == 200
        assert not BlogPage.objects.filter(slug="no-alt").exists()
        assert b"Please add some alt text" in response.content

        data["body-0-value-image-decorative"] = "on"
        self.client.post(add_url, data)
        assert BlogPage.objects.filter(slug="no-alt").exists()

    def test_editor_schedules_a_post_that_goes_live_later(self):
        go_live = timezone.localtime() + datetime.timedelta(days=2)
        add_url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", self.blog.pk])
        data = nested_form_data(
            {
                "title": "Scheduled from the admin",
                "slug": "scheduled-from-the-admin",
                "summary": "Written today, out on Thursday.",
                "post_authors": inline_formset([{"author": self.author.pk}]),
                "warnings": inline_formset([]),
                "body": streamfield([("paragraph", rich_text("<p>Soon.</p>"))]),
                "tags": "Scheduling",
                "go_live_at": go_live.strftime("%d/%m/%Y %H:%M"),
                "comments": inline_formset([]),
                "comments_open": "on",
                "comment_moderation": "warnings",
                "action-publish": "action-publish",
            }
        )
        self.client.post(add_url, data)
        post = BlogPage.objects.get(slug="scheduled-from-the-admin")
        assert not post.live
        assert post.latest_revision.approved_go_live_at is not None
        self.client.logout()
        assert self.client.get("/blog/scheduled-from-the-admin/").status_code == 404

        later = go_live + datetime.timedelta(minutes=5)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled")
        post.refresh_from_db()
        assert post.live and post.date == go_live.date()
        for url in (
            "/blog/",
            "/blog/tags/scheduling/",
            f"/blog/{go_live:%Y/%m}/",
            "/blog/feed/",
            "/search/?q=Thursday",
            "/sitemap.xml",
        ):
            assert "scheduled-from-the-admin" in self.client.get(url).content.decode(), url

    def test_preview_renders_a_draft(self):
        # The editor's StreamField is built by JavaScript, so the form data is given here.
        post_data = nested_form_data(
            {
                "title": "Draft in preview",
                "slug": self.post.slug,
                "summary": "Previewed before publishing.",
                "post_authors": inline_formset([]),
                "warnings": inline_formset([]),
                "body": streamfield([("paragraph", rich_text("<p>Not yet live.</p>"))]),
                "comments": inline_formset([]),
                "comments_open": "on",
                "comment_moderation": "warnings",
            }
        )
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.post.pk])
        self.client.post(preview_url, post_data)
        response = self.client.get(preview_url)
        assert b"Not yet live." in response.content
        assert b"Not yet live." not in self.client.get(self.post.url).content
        self.assertPageIsPreviewable(self.post, post_data=post_data)
