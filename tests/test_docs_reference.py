"""The API reference of the docs site: a page for every public name and every resource method."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

import aistats
from aistats.resources.catalogue import AsyncModels, Models

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "docs_reference.py"


def load_script(path: Path) -> ModuleType:
    """Import a script of ``scripts/`` (not a package) under its own name."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:  # mypy checks scripts/ as top-level modules
    import docs_reference
else:
    docs_reference = load_script(SCRIPT)


def directives(text: str) -> set[str]:
    return {line.strip()[4:] for line in text.splitlines() if line.strip().startswith("::: ")}


def test_every_public_name_has_a_reference_page() -> None:
    pages = docs_reference.pages()
    for name in aistats.__all__:
        page = docs_reference.name_page(name, list(aistats.__all__))
        assert page in pages, name
        assert f"aistats.{name}" in directives(pages[page]), (name, page)


def test_a_new_public_name_gets_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aistats, "__all__", [*aistats.__all__, "Brand", "AsyncBrand"])
    pages = docs_reference.pages()
    assert directives(pages["reference/api/Brand.md"]) == {"aistats.Brand", "aistats.AsyncBrand"}
    assert "[Brand / AsyncBrand](api/Brand.md)" in pages["reference/SUMMARY.md"]


def test_every_resource_has_a_page_with_sync_and_async_side_by_side() -> None:
    pages = docs_reference.pages()
    found = {doc.path: doc for doc in docs_reference.resources()}
    expected = {"chat.completions", "responses", "messages", "models", "embeddings", "keys", "workspaces"}
    assert expected | {"workspaces.members", "analytics", "credits", "activity"} <= set(found)
    for doc in found.values():
        text = pages[doc.page]
        assert doc.async_ is not None, f"client.{doc.path} has no AsyncAIStats twin"
        assert directives(text) == {doc.sync, doc.async_}
        for method in doc.methods:  # one row per method: the sync call and the async one
            assert f"| `{method}` | [`client.{doc.path}.{method}(...)`](#{doc.sync}.{method}) |" in text
            assert f"[`await client.{doc.path}.{method}(...)`](#{doc.async_}.{method})" in text
    assert found["chat.completions"].methods == ("create", "parse", "run_tools")
    assert {"create", "list", "retrieve", "update", "delete", "current"} <= set(found["keys"].methods)


def test_a_new_resource_gets_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aistats.AIStats, "catalogue", property(Models), raising=False)
    monkeypatch.setattr(aistats.AsyncAIStats, "catalogue", property(AsyncModels), raising=False)
    page = docs_reference.pages()["reference/client/catalogue.md"]
    assert directives(page) == {
        "aistats.resources.catalogue.Models",
        "aistats.resources.catalogue.AsyncModels",
    }


def test_the_built_site_has_every_page_and_anchor(tmp_path: Path) -> None:
    """``mkdocs build --strict`` (as ``make docs``), then look for each page and its anchors."""
    site = tmp_path / "site"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = list(aistats.__all__)
    for name in names:
        html = site / docs_reference.name_page(name, names).removesuffix(".md") / "index.html"
        assert f'id="aistats.{name}"' in html.read_text(encoding="utf-8"), name
    for doc in docs_reference.resources():
        text = (site / doc.page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        for method in doc.methods:
            assert f'id="{doc.sync}.{method}"' in text and f'id="{doc.async_}.{method}"' in text, method
    assert (site / "guides" / "streaming" / "index.html").exists()
    assert "fonts.googleapis.com" not in (site / "index.html").read_text(encoding="utf-8")


def test_missing_docstrings_are_reported(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "aistats", tmp_path / "aistats", ignore=shutil.ignore_patterns("__pycache__"))
    chat = tmp_path / "aistats" / "resources" / "chat.py"
    text = chat.read_text(encoding="utf-8")
    pattern = r'"""Ask for a reply in the shape.*?"""'  # the docstring of Completions.parse (sync first)
    chat.write_text(re.sub(pattern, "", text, count=1, flags=re.DOTALL), encoding="utf-8")
    missing = docs_reference.missing_docstrings(tmp_path)
    assert "aistats.resources.chat.Completions.parse" in missing
    assert "aistats.resources.chat.AsyncCompletions.parse" not in missing
    assert "aistats.resources.chat.Completions.parse" not in docs_reference.missing_docstrings()


def test_every_documented_object_has_a_docstring() -> None:
    # `make docs` runs `docs_reference.py --missing --strict` too: the reference stays complete.
    assert docs_reference.missing_docstrings() == []


def test_resource_pages_list_the_request_keywords() -> None:
    pages = docs_reference.pages()
    chat = pages["reference/client/chat.completions.md"]
    assert "## Keywords of `create()`" in chat and "## Keywords of `parse()`" in chat
    assert "- `messages`: " in chat and "- `model`: " in chat
    keys = pages["reference/client/keys.md"]
    assert "- `name`: `Required[str]` — A name to recognise the key by." in keys
    assert "- `timeout`" not in keys  # the per-call options are named once, not per method
    assert "## Keywords of `delete()`" not in keys  # nothing but the per-call options
