"""`make api-check`: a breaking change to aistats' Python API fails unless the CHANGELOG names it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "api_check.py"
RELEASE_COMMIT = "0b9a251"  # aistats/_version.py became "0.2.0" here (no tags exist)


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
    import api_check
else:
    api_check = load_script(SCRIPT)


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package and the CHANGELOG to break (the working tree is never touched)."""
    root = tmp_path_factory.mktemp("api")
    shutil.copytree(ROOT / "aistats", root / "aistats", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    return root


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--search",
            str(root),
            "--search",
            str(ROOT / "generated"),
            "--changelog",
            str(root / "CHANGELOG.md"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def name_under_breaking(changelog: Path, entry: str) -> None:
    text = changelog.read_text(encoding="utf-8")
    head, sep, tail = text.partition("### Breaking\n")
    assert sep, "the CHANGELOG's Unreleased section has a ### Breaking part"
    changelog.write_text(head + sep + f"- {entry}\n" + tail, encoding="utf-8")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_working_tree_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "api-check: OK" in result.stdout


def test_removing_a_public_method_fails_until_the_changelog_names_it(package_copy: Path) -> None:
    chat = package_copy / "aistats" / "resources" / "chat.py"
    text = chat.read_text(encoding="utf-8")
    assert len(re.findall(r"\n    def parse\(", text)) == 1  # the sync one (the other is `async def`)
    chat.write_text(re.sub(r"\n    def parse\(", "\n    def _parse_removed(", text), encoding="utf-8")
    failed = run_check(package_copy)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "BREAKING, not in the CHANGELOG:   aistats.resources.chat.Completions.parse" in failed.stdout
    assert "AsyncCompletions.parse" not in failed.stdout  # only what was removed

    name_under_breaking(package_copy / "CHANGELOG.md", "`Completions.parse()` is gone: use `create()`.")
    passed = run_check(package_copy)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "named in the CHANGELOG: aistats.resources.chat.Completions.parse" in passed.stdout


def test_a_removed_keyword_of_the_clients_is_caught(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "aistats", tmp_path / "aistats", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    client = tmp_path / "aistats" / "_client.py"
    text = client.read_text(encoding="utf-8")
    pattern = r"\n        referer: str \| None = None,"  # AIStats(referer=) and with_options(referer=)
    assert len(re.findall(pattern, text)) == 2
    client.write_text(re.sub(pattern, "", text), encoding="utf-8")
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert re.search(r"__init__: Parameter was removed \(referer\)", result.stdout), result.stdout
    assert re.search(r"with_options: Parameter was removed \(referer\)", result.stdout), result.stdout
    name_under_breaking(tmp_path / "CHANGELOG.md", "`referer` is gone from `__init__` and `with_options`.")
    result = run_check(tmp_path)
    assert result.returncode == 0, result.stdout


def test_what_counts_as_naming_a_change() -> None:
    change = api_check.Change("aistats.resources.chat.Completions.parse", "Public object was removed", "")
    changelog = (
        "# Changelog\n\n## Unreleased\n\n### Breaking\n{breaking}\n### Added\n- `parse` got faster\n\n"
        "## 0.2.0\n\n### Breaking\n- `Completions.parse` changed\n"
    )

    def named(breaking: str) -> bool:
        return api_check.is_named(change, api_check.unreleased_breaking(changelog.format(breaking=breaking)))

    for spelling in (
        "- `aistats.resources.chat.Completions.parse` removed",
        "- resources.chat.Completions.parse removed",
        "- Completions.parse() removed",
    ):
        assert named(spelling), spelling
    for spelling in (
        "- nothing",  # only under Added, and in a released section
        "- `create()` now points to `parse()`",  # a bare name: only for a private parent
        "- `AsyncCompletions.parse` removed",
        "- `Completions.parser` removed",
    ):
        assert not named(spelling), spelling


def test_every_unreleased_section_counts() -> None:
    changelog = (
        "## Unreleased — streams\n\n### Added\n- `Stream.x`\n\n"
        "## Unreleased — 0.3.0\n\n### Breaking\n- `Completions.parse` is gone\n\n"
        "## 0.2.0\n\n### Breaking\n- `Keys.list` changed\n"
    )
    breaking = api_check.unreleased_breaking(changelog)
    assert "Completions.parse" in breaking
    assert "Stream.x" not in breaking and "Keys.list" not in breaking


def test_a_method_on_a_private_base_class_is_named_by_its_name() -> None:
    change = api_check.Change("aistats._client._ClientBase.with_options", "Parameter was removed", "referer")
    assert api_check.is_named(change, "- `with_options()` lost `referer`")
    assert api_check.is_named(change, "- `_ClientBase.with_options` lost `referer`")
    assert not api_check.is_named(change, "- with_options lost referer")  # bare words need backticks


def test_a_constructor_is_named_by_its_class() -> None:
    change = api_check.Change(
        "aistats._observe.hooks.StreamEndEvent.__init__", "Parameter was added as required", ""
    )
    assert api_check.is_named(change, "- `StreamEndEvent` takes a required `summary`")
    assert api_check.is_named(change, "- hooks.StreamEndEvent now needs a summary")
    assert not api_check.is_named(change, "- StreamEndEvent now needs a summary")  # bare: backticks
    assert not api_check.is_named(change, "- `__init__` changed")  # the class is public: name it


def test_the_newest_snapshot_is_chosen(tmp_path: Path) -> None:
    for version in ("0.2.0", "0.10.0", "0.9.1"):
        (tmp_path / f"aistats-{version}.tar.gz").write_bytes(b"")
    assert api_check.latest_snapshot(tmp_path).name == "aistats-0.10.0.tar.gz"


def test_the_committed_snapshot_is_the_release(tmp_path: Path) -> None:
    has_commit = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "-e", f"{RELEASE_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    if has_commit.returncode != 0:
        pytest.skip(f"the release commit {RELEASE_COMMIT} is not in this clone's history")
    written = api_check.snapshot_from_git(RELEASE_COMMIT, tmp_path)
    assert written.name == "aistats-0.2.0.tar.gz"
    assert contents(written) == contents(ROOT / "api" / "aistats-0.2.0.tar.gz")
    assert 'version__ = "0.2.0"' in contents(written)["aistats/_version.py"].decode()


def contents(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}  # type: ignore[union-attr]
