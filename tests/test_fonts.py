"""The self-hosted web font covers every letter of the site's eight languages (issue 12: no third-party font,
Greek, Cyrillic and Hungarian ő/ű from the same font on every machine)."""

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[1] / "static" / "fonts"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# Letters of each language beyond the basic Latin alphabet, upper and lower case, and the punctuation the
# translations use (typographic quotes, dashes, ellipsis, the euro sign).
ALPHABETS = {
    "en": LATIN,
    "it": LATIN + "àèéìíîòóùúÀÈÉÌÍÎÒÓÙÚ",
    "de": LATIN + "äöüßÄÖÜ",
    "sl": LATIN + "čšžćđČŠŽĆĐ",
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώΆΈΉΊΌΎΏϊϋΐΰΪΫ",
    "ro": LATIN + "ăâîșțĂÂÎȘȚşţŞŢ",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ",
    "hu": LATIN + "áéíóöőúüűÁÉÍÓÖŐÚÜŰ",
}
PUNCTUATION = "„“”‚‘’«»–—…•€·"


@pytest.mark.parametrize("name", ["source-sans-3-upright.woff2", "source-sans-3-italic.woff2"])
@pytest.mark.parametrize("language", sorted(ALPHABETS))
def test_font_has_every_letter_of_the_language(name, language):
    cmap = TTFont(FONTS / name).getBestCmap()
    missing = [char for char in ALPHABETS[language] + PUNCTUATION if ord(char) not in cmap]
    assert missing == [], f"{name} lacks {''.join(missing)} for {language}"


def test_font_is_served_by_the_site_with_its_licence():
    css = (FONTS.parent / "css" / "site.css").read_text()
    base = (FONTS.parents[1] / "templates" / "base.html").read_text()
    assert css.count("font-display: swap") == 2  # issue 12: text never invisible while the font loads
    assert "font-display: optional" not in css
    assert "../fonts/source-sans-3-upright.woff2" in css
    assert "fonts/source-sans-3-upright.woff2' %}\" as=\"font\" type=\"font/woff2\" crossorigin" in base
    assert "SIL Open Font License" in (FONTS / "LICENSE.md").read_text()


def test_font_stack_falls_back_to_local_faces_scaled_to_the_web_font():
    """A late web font swaps in without reflowing text: the first fallbacks are local fonts with size-adjust."""
    css = (FONTS.parent / "css" / "site.css").read_text()
    stack = css.split("--font-body:", 1)[1].split(";", 1)[0]
    assert stack.strip().startswith('"Source Sans 3", "Source Sans 3 Fallback", "Source Sans 3 Fallback DejaVu",')
    for family in ("Source Sans 3 Fallback", "Source Sans 3 Fallback DejaVu"):
        faces = [face.split("}", 1)[0] for face in css.split("@font-face")[1:]]
        faces = [face for face in faces if f'font-family: "{family}";' in face]
        assert [("font-weight: 400" in face, "size-adjust:" in face, "src: local(" in face) for face in faces] == [
            (True, True, True),
            (False, True, True),
        ]
