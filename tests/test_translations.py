"""Every interface string is translated into the 7 other site languages, and the catalogues are valid."""

import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"


@pytest.mark.parametrize("code", ["it", "de", "sl", "el", "ro", "bg", "hu"])
def test_catalogue_is_complete_and_valid(code):
    catalogue = LOCALE / code / "LC_MESSAGES" / "django.po"
    check = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(catalogue)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    for flag in ("--untranslated", "--only-fuzzy"):
        left = subprocess.run(["msgattrib", flag, str(catalogue)], capture_output=True, text=True, check=True)
        entries = [
            line for line in left.stdout.splitlines() if line.startswith("msgid ") and line != 'msgid ""'
        ]
        assert entries == [], f"{flag}: {entries[:10]}"
