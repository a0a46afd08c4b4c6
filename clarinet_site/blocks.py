"""StreamField blocks shared by every page type; each block has its own template in templates/blocks/."""

from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; levels are limited to h2-h4 because the page title is the only h1 (WCAG 1.3.1)."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Use level 2 for main sections and level 3 or 4 inside them."),
        # A layout choice, not text: Wagtail would index its label ("Level 2") into every search excerpt.
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "How to run a campaign", "level": "h2"}
        description = _("A heading that structures the page")


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with an optional caption; alt text and credit come from the image itself."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/image_with_caption_block.html"
        label = _("Image")
        description = _("An image with its caption and credit")


class QuoteBlock(blocks.StructBlock):
    """A quotation with who said it (a role, never a private person's name without consent)."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "quote": "Behind every number there is a human face.",
            "attribution": "A local councillor",
        }
        description = _("A quotation and who said it")


class LinkBlock(blocks.StructBlock):
    """A link to either a page of this site or an external address, never both (validated in `clean`)."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        """Return the cleaned value; raise StructBlockValidationError unless exactly one target is given."""
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Choose a page or enter an external address, not both."))
            raise StructBlockValidationError(block_errors={"page": message})
        return value


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation with a button."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkBlock(label=_("Button link"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with a button")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document of the library, showing its format and size."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Leave empty to use the title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link to a document")


VIDEO_HOSTS = {"www.youtube.com", "youtube.com", "youtu.be", "vimeo.com", "player.vimeo.com", "www.vimeo.com"}


class VideoBlock(blocks.StructBlock):
    """A video from YouTube or Vimeo that loads only when the visitor asks (no third-party request before)."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Video title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A video that loads only when the visitor clicks it")

    def clean(self, value):
        """Return the cleaned value; raise StructBlockValidationError on an address that is not YouTube or Vimeo."""
        value = super().clean(value)
        if urlparse(value.get("url") or "").hostname not in VIDEO_HOSTS:
            message = ValidationError(_("Enter a YouTube or Vimeo address."))
            raise StructBlockValidationError(block_errors={"url": message})
        return value


class PartnerListBlock(blocks.StaticBlock):
    """Lists every partner organisation grouped by country, with type and role."""

    class Meta:
        icon = "group"
        template = "blocks/partner_list_block.html"
        label = _("List of partners")
        admin_text = _("Shows all partner organisations, grouped by country.")


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks available on standard pages; section apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    partners = PartnerListBlock()
