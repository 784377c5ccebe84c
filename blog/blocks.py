"""The blocks a post body (and a standard page) is written with."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import expand_db_html

from blog.intensity import Intensity
from blog.warnings import uncovered_by_post, warnings_summary

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text printed as Wagtail expands it. Wagtail renders each
    paragraph through two templates (the block's, then richtext.html, which
    only prints the HTML): on a long post, forty paragraphs made that a
    sixth of the render."""

    def render_basic(self, value, context=None):
        return mark_safe(expand_db_html(value.source))


class HeadingBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (h2)"), ("h3", "Subheading (h3)")],
        default="h2",
    )
    text = blocks.CharBlock(max_length=200)
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Optional link target; made from the heading text when blank.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context


def heading_anchor(value):
    return slugify(value.get("anchor") or value.get("text")) or "section"


class ContentWarningBlock(blocks.ChooserBlock):
    """A plain select of content warnings. Unlike a snippet chooser it needs
    no snippet permissions, so guest contributors can use it too."""

    target_model = "blog.ContentWarning"

    @cached_property
    def widget(self):
        return forms.Select()

    def get_form_state(self, value):
        return str(value.pk) if value else ""

    class Meta:
        icon = "warning"


class WarningChoiceBlock(blocks.StructBlock):
    warning = ContentWarningBlock()
    intensity = blocks.ChoiceBlock(choices=Intensity.choices, default=Intensity.DISCUSSED)

    class Meta:
        icon = "warning"


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock asks for alt text and lets the editor mark an image
    # as decorative instead, so alt text is required unless it is decorative.
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    warning = ContentWarningBlock(
        required=False,
        label="Sensitive image: content warning",
        help_text="Choose a warning to keep the image hidden until the reader asks to see it.",
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text='Who said it, or where it is from, e.g. "An email to service managers, 2020".',
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class ListBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(choices=[("ul", "Bulleted"), ("ol", "Numbered")], default="ul")
    items = blocks.ListBlock(blocks.CharBlock(max_length=500), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/list.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("note", "Note"), ("tip", "Tip"), ("important", "Important")],
        default="note",
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout.html"


def validate_link_address(value):
    """An address on this site ("/write-for-us/pitch/") or a web address;
    nothing a browser would run (javascript:, data:) and no other scheme."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https"])(value)


class ButtonLinkBlock(blocks.StructBlock):
    """One link shown as a button: the page's main next step."""

    text = blocks.CharBlock(
        max_length=60, help_text="What the button says, e.g. “Send us a pitch”."
    )
    address = blocks.CharBlock(
        max_length=500,
        validators=[validate_link_address],
        help_text="A page on this site (starting with /) or a full web address.",
    )

    class Meta:
        icon = "link"
        label = "Button link"
        template = "blocks/button_link.html"


class PrivateEmbedBlock(EmbedBlock):
    """An embed shown as a link card: the page itself makes no request to the
    provider, so readers are not tracked by a video host for opening a post."""

    class Meta:
        icon = "media"
        template = "blocks/embed.html"

    def get_context(self, value, parent_context=None):
        # Only what the editor's save already cached: rendering never fetches.
        context = super().get_context(value, parent_context)
        context["embed"] = Embed.objects.filter(hash=get_embed_hash(value.url)).first()
        return context


class SurveyTableBlock(TableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table.html"

    def clean(self, value):
        value = super().clean(value)
        if not value or not any(any(cell for cell in row) for row in value.get("data") or []):
            raise ValidationError("Add at least one value to the table.")
        return value


class SectionContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    list = ListBlock()
    table = SurveyTableBlock(table_options={"startRows": 3, "startCols": 3, "contextMenu": True})
    callout = CalloutBlock()


class SensitiveSectionBlock(blocks.StructBlock):
    """Part of a post kept closed until the reader chooses to read it."""

    warnings = blocks.ListBlock(WarningChoiceBlock(), min_num=1, label="Content warnings")
    note = blocks.CharBlock(required=False, max_length=200, help_text="Optional note for readers.")
    content = SectionContentBlock()

    class Meta:
        icon = "warning"
        label = "Sensitive section"
        template = "blocks/sensitive_section.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        choices = [choice for choice in value["warnings"] if choice["warning"] is not None]
        context["warning_summary"] = warnings_summary(
            (choice["warning"], choice["intensity"]) for choice in choices
        )
        # A post's gate stands in for the section's when it already warns of
        # everything here, at least as strongly: one gate per reading. On a
        # page without warnings of its own (a standard page) the section keeps
        # its gate.
        post_links = getattr((parent_context or {}).get("page"), "warning_list", None) or []
        context["own_gate"] = bool(uncovered_by_post(choices, post_links))
        return context


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    list = ListBlock()
    table = SurveyTableBlock(table_options={"startRows": 3, "startCols": 3, "contextMenu": True})
    embed = PrivateEmbedBlock()
    callout = CalloutBlock()
    button_link = ButtonLinkBlock()
    sensitive = SensitiveSectionBlock()
