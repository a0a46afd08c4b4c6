"""Admin upload forms of documents and images (`WAGTAILDOCS_DOCUMENT_FORM_BASE`, `WAGTAILIMAGES_IMAGE_FORM_BASE`).

Wagtail builds its add, edit, multiple-upload and chooser-upload forms on these bases, so every upload path
runs the same checks and tells the editor the same limits.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from clarinet_site.uploads.content import check_document_content
from clarinet_site.uploads.images import normalised_file


def _add_help_text(field, text: str) -> None:
    """Append `text` to a form field's help text."""
    field.help_text = f"{field.help_text} {text}".strip()


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, stating the allowed formats and refusing a file whose content is not its type."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            _add_help_text(
                self.fields["file"],
                _("Allowed formats: %(formats)s. Only PDF opens in the browser; other files are downloaded.")
                % {"formats": ", ".join(settings.WAGTAILDOCS_EXTENSIONS).upper()},
            )

    def clean_file(self):
        """Return the uploaded file after checking its bytes match its extension (a field error if not)."""
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            check_document_content(file)
        return file


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, answering a file the image library cannot read with a field error.

    Wagtail reads the size of a damaged file (a JPEG cut short) without catching the library's OSError,
    which made the upload a server error.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except OSError as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class ImageForm(BaseImageForm):
    """Wagtail's image form, stating the pixel limit and that images are public, and normalising uploads.

    A new file is re-encoded (clarinet_site.uploads.images): upright, no GPS or camera metadata, so the stored
    width and height are what visitors see.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            generated = self.fields["file"]
            self.fields["file"] = ReadableImageField(
                label=generated.label, required=generated.required, widget=generated.widget
            )
            _add_help_text(
                self.fields["file"],
                _("Maximum size: %(megapixels)s megapixels. Images are always public: anyone can open them.")
                % {"megapixels": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000},
            )
        if "collection" in self.fields:
            _add_help_text(
                self.fields["collection"],
                _("Collection privacy settings apply to documents only; images are always public."),
            )

    def clean_file(self):
        """Return the upload re-encoded without metadata and upright; an unchanged file is returned as is.

        Raises ValidationError when the image library cannot decode the whole image (a truncated file).
        """
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        file.seek(0)
        try:
            return normalised_file(file.read(), file.name)
        except (OSError, ValueError, SyntaxError, KeyError) as error:
            raise ValidationError(_("This image file is damaged and cannot be read."), code="damaged") from error

