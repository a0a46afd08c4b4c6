"""Site-wide code knows no section (design.md, "Layout"): nothing in clarinet_site imports toolkit, campaigns
or news, and no site-wide template loads a section's template tags or includes a section's templates. The
sections' pieces reach the site through the app registry (clarinet_site.app_contributions)."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = {"toolkit", "campaigns", "news"}
SECTION_TAG_LIBRARIES = {
    path.stem
    for section in SECTIONS
    for path in (ROOT / section / "templatetags").glob("*.py")
    if path.stem != "__init__"
}


def section_imports(path: Path) -> list[str]:
    """Return the section modules `path` imports (import, from-import, importlib.import_module("...") )."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        found += [name for name in names if name.split(".")[0] in SECTIONS]
    return found


def site_templates() -> list[Path]:
    """The templates outside the sections' own folders (templates/toolkit/..., templates/blocks/toolkit_*)."""
    return [
        path
        for path in (ROOT / "templates").rglob("*.html")
        if path.relative_to(ROOT / "templates").parts[0] not in SECTIONS
        and not any(path.name.startswith(f"{section}_") for section in SECTIONS)
    ]


def test_the_check_finds_a_section_import(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        "import os\nimport toolkit.models\nfrom news.models import NewsPage\n"
        "from clarinet_site import models\nimportlib.import_module('campaigns.demo')\n"
    )
    assert section_imports(module) == ["toolkit.models", "news.models", "campaigns.demo"]


@pytest.mark.parametrize(
    "path", sorted((ROOT / "clarinet_site").rglob("*.py")), ids=lambda path: str(path.relative_to(ROOT))
)
def test_site_wide_code_imports_no_section(path):
    assert section_imports(path) == []


def test_site_wide_templates_use_no_section_tags_or_templates():
    offending = []
    for path in site_templates():
        text = path.read_text(encoding="utf-8")
        for libraries in re.findall(r"{%\s*load\s+([^%]+?)\s*%}", text):
            offending += [
                f"{path.name}: load {name}" for name in libraries.split() if name in SECTION_TAG_LIBRARIES
            ]
        for template in re.findall(r"{%\s*(?:include|extends)\s+[\"']([^\"']+)", text):
            if template.split("/")[0] in SECTIONS:
                offending.append(f"{path.name}: include {template}")
    assert SECTION_TAG_LIBRARIES >= {"toolkit_tags", "news_tags", "campaign_tags"}
    assert offending == []


def test_fpdf2_is_imported_only_by_the_demo():
    importers = [
        str(path.relative_to(ROOT))
        for app in ["clarinet_site", *SECTIONS]
        for path in (ROOT / app).rglob("*.py")
        if any(name.split(".")[0] == "fpdf" for name in _imported(path))
    ]
    assert importers == ["clarinet_site/demo/pdf.py"]


def _imported(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names
