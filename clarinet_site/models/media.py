"""Custom image and document models, set before the first migration (swapping them later is painful)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable

from clarinet_site.languages import current_language, language_choices, language_codes
from clarinet_site.uploads.images import normalise_image_file
from clarinet_site.uploads.storage import document_storage, document_upload_to


class CustomImage(AbstractImage):
    """An image with alt text (Wagtail's `description`, translated) that is required unless decorative.

    WCAG 2.1 SC 1.1.1: every informative image needs a text alternative; a decorative one gets `alt=""`.
    """

    # Not `decorative`: Wagtail's AbstractImage uses that attribute name for ImageBlock's per-use state.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds nothing to the text; screen readers will skip it."),
    )
    credit = models.CharField(
        _("credit"), max_length=255, blank=True, help_text=_("Who made the image, as it should be credited.")
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("For example: CC BY 4.0, or 'All rights reserved'."),
    )

    admin_form_fields = (*Image.admin_form_fields, "is_decorative", "credit", "licence")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def clean(self) -> None:
        """Raise ValidationError on `description` when an informative image has no alt text in any language."""
        super().clean()
        if not self.is_decorative and not self.alt:
            raise ValidationError(
                {
                    "description": _(
                        "Describe the image for people who cannot see it, or mark it as decorative."
                    )
                }
            )

    @classmethod
    def from_db(cls, db, field_names, values):
        """Load the image, remembering its stored file name (when loaded) so that `save` sees a new file."""
        instance = super().from_db(db, field_names, values)
        if "file" in instance.__dict__:
            stored = instance.__dict__["file"]
            instance._stored_file_name = getattr(stored, "name", stored)
        return instance

    def save(self, *args, **kwargs) -> None:
        """Save the image; a new file is first normalised (upright, no GPS or camera metadata), on every upload
        path (clarinet_site.uploads.images). An image loaded without its file keeps the file it has."""
        update_fields = kwargs.get("update_fields")
        raw_name = None
        if self._state.adding:
            file_is_new = bool(self.file)
        else:
            stored = getattr(self, "_stored_file_name", None)
            file_is_new = (
                stored is not None
                and (update_fields is None or "file" in update_fields)
                and bool(self.file)
                and self.file.name != stored
            )
        if file_is_new:
            raw_name = normalise_image_file(self)
        super().save(*args, **kwargs)
        if raw_name:
            self.file.storage.delete(raw_name)
        if "file" not in self.get_deferred_fields():
            self._stored_file_name = self.file.name

    @property
    def alt(self) -> str:
        """The text alternative to put in `alt`: empty for a decorative image.

        Alt text is typed in the editor's admin language, so it may exist in one language only. The chain is
        the active language, then English, then the first language (in the site's order) that has one; never
        the title, which is usually the file name (WCAG 2.1 SC 1.1.1 wants a description of the image).
        """
        if self.is_decorative:
            return ""
        codes = [current_language(), settings.MODELTRANSLATION_DEFAULT_LANGUAGE, *language_codes()]
        for code in codes:
            text = (getattr(self, f"description_{code}", None) or "").strip()
            if text:
                return text
        return ""

    @property
    def default_alt_text(self) -> str:
        """Wagtail's alt text for image blocks and rich-text images: the same chain as `alt`."""
        return self.alt


class CustomRendition(AbstractRendition):
    """A resized copy of a CustomImage."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def default_document_language() -> str:
    """The language a new document starts with: the active language (the editor's admin language in the
    admin) when it is a site language, else English."""
    return current_language()


class CustomDocument(AbstractDocument):
    """A downloadable document with its language, type, year and a description.

    Its file lives in the non-public `STORAGES["documents"]` (clarinet_site.uploads.storage), under a random
    folder; only Wagtail's document serve view reads it, so collection privacy holds for every download.
    """

    class DocumentType(models.TextChoices):
        TOOLKIT = "toolkit", _("Toolkit")
        AWARD = "award", _("Award")
        TRAINING = "training", _("Training material")
        REPORT = "report", _("Report")
        PRESS = "press", _("Press kit")
        OTHER = "other", _("Other")

    file = models.FileField(
        _("file"), upload_to=document_upload_to, storage=document_storage, max_length=255
    )
    language = models.CharField(
        _("language"), max_length=7, choices=language_choices(), default=default_document_language
    )
    # No default type: an editor chooses one before the document can be listed.
    document_type = models.CharField(
        _("document type"), max_length=20, choices=DocumentType.choices, blank=True, default=""
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    listed = models.BooleanField(
        _("listed in the Downloads library"),
        default=False,
        help_text=_("Tick to show the document in the public Downloads library; it needs a type and a year."),
    )

    admin_form_fields = (
        *Document.admin_form_fields,
        "language",
        "document_type",
        "year",
        "description",
        "listed",
    )
    # What the Downloads library needs to list a document (besides `listed`).
    LISTING_FIELDS = ("title", "language", "document_type", "year")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self) -> None:
        """Raise ValidationError on `year` outside 1990..2100 (a typo, not a real document year), and on each
        empty field the Downloads library needs when the document is to be listed."""
        super().clean()
        if self.year is not None and not 1990 <= self.year <= 2100:
            raise ValidationError({"year": _("Enter a year between 1990 and 2100.")})
        if self.listed:
            missing = [name for name in self.LISTING_FIELDS if getattr(self, name) in (None, "")]
            if missing:
                message = _("Needed to list the document in the Downloads library.")
                raise ValidationError(dict.fromkeys(missing, message))

    @property
    def is_listable(self) -> bool:
        """True when the Downloads library may list the document: ticked as listed, with complete metadata."""
        return self.listed and all(getattr(self, name) not in (None, "") for name in self.LISTING_FIELDS)


class CaptionedImage(Orderable):
    """Abstract base of a page's ordered images (galleries): an image and a caption; the credit and licence
    come from the image itself. Subclasses add the `page` ParentalKey."""

    image = models.ForeignKey(
        "clarinet_site.CustomImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
