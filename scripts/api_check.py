"""Fail on a breaking change to the public Python API of ``aistats`` that the CHANGELOG does not name.

The baseline is the last release's source, committed as ``api/aistats-<version>.tar.gz`` (a
``git archive`` of ``aistats/`` at the release commit: about 100 kB), so the check needs no git
history or tag and works on a shallow or fresh clone, and it sees exactly what griffe would see
in a checkout of the release (griffe's JSON dump was tried: loaded back, its class bases no
longer resolve, so inherited methods drop out of the comparison). Both are loaded by griffe
from source (nothing is imported), then ``griffe.find_breaking_changes`` compares the two: a
removed public object, a removed or reordered parameter, a parameter made required, an
incompatible attribute, a removed base class, ... A change through a private base class is
reported at its private path (``aistats._client._ClientBase.with_options``).

A breaking change passes only when the ``### Breaking`` part of the CHANGELOG's ``## Unreleased``
section names it: by its dotted path (``aistats.resources.chat.Completions.parse``), that path
without the package (``resources.chat.Completions.parse``), or any dotted tail of it of two or
more parts (``Completions.parse``); an object on a private class (``_ClientBase.with_options``)
also by its bare name in backticks (`` `with_options` `` or `` `with_options()` ``).

    python scripts/api_check.py                   # the working tree against the newest api/*.tar.gz
    python scripts/api_check.py --snapshot REV    # write api/aistats-<version>.tar.gz from a git revision
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "aistats"
API_DIR = ROOT / "api"
CHANGELOG = ROOT / "CHANGELOG.md"
_VERSION = re.compile(r"""__version__\s*=\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Change:
    """One breaking change, as reported to the reader."""

    path: str  # aistats.resources.chat.Completions.parse
    kind: str  # "Public object was removed"
    details: str

    def __str__(self) -> str:
        extra = f" ({self.details})" if self.details else ""
        return f"{self.path}: {self.kind}{extra}"


def load_current(search_paths: Iterable[Path]) -> griffe.Module:
    """The package as its source says, found only in ``search_paths`` (never the cwd or sys.path)."""
    module = griffe.load(
        PACKAGE,
        search_paths=[str(path) for path in search_paths],
        try_relative_path=False,
        resolve_aliases=True,
        resolve_external=False,
        allow_inspection=False,
    )
    assert isinstance(module, griffe.Module)
    return module


def load_snapshot(path: Path) -> griffe.Module:
    """The package as it was released: the source in ``path`` (a ``git archive`` tarball)."""
    with tempfile.TemporaryDirectory(prefix="api-check-") as tmp:
        with tarfile.open(path) as tar:
            tar.extractall(tmp, filter="data")
        return load_current([Path(tmp)])


def breaking_changes(old: griffe.Object, new: griffe.Object) -> list[Change]:
    """What ``new`` breaks of ``old``'s public API, sorted by path."""
    found = {
        Change(breakage.obj.path, breakage.kind.value, _details(breakage))
        for breakage in griffe.find_breaking_changes(old, new)
    }
    return sorted(found, key=lambda change: (change.path, change.kind, change.details))


def _details(breakage: griffe.Breakage) -> str:
    if breakage.details:
        return breakage.details
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return ""
    if breakage.new_value is None:
        return _show(breakage.old_value)
    return f"was {_show(breakage.old_value)}, now {_show(breakage.new_value)}"


def _show(value: Any) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(name, str) else str(value)


def unreleased_breaking(changelog: str) -> str:
    """The text of every ``### Breaking`` under a ``## Unreleased...`` heading (merged branches
    may each have added one), joined; empty when there is none."""
    parts = []
    for section in re.finditer(
        r"^## Unreleased\b.*?$(.*?)(?=^## |\Z)", changelog, flags=re.MULTILINE | re.DOTALL
    ):
        found = re.finditer(
            r"^### Breaking\b.*?$(.*?)(?=^### |\Z)", section.group(1), flags=re.MULTILINE | re.DOTALL
        )
        parts += [match.group(1) for match in found]
    return "\n".join(parts)


def names_for(path: str) -> Iterator[str]:
    """The dotted spellings of ``path`` that count as naming it (longest first)."""
    parts = path.split(".")
    for start in range(len(parts) - 1):
        yield ".".join(parts[start:])


def is_named(change: Change, breaking: str) -> bool:
    """Whether the CHANGELOG's Breaking text names ``change``'s object.

    A dotted name of two parts or more counts anywhere (``Completions.parse``). A bare name, in
    backticks, counts only where users cannot spell more: a member of a private class
    (``aistats._client._ClientBase.with_options``: `` `with_options()` ``), or a constructor,
    named by its class (``StreamEndEvent.__init__``: `` `StreamEndEvent` ``). So a ``parse()``
    mentioned for another reason does not waive the removal of ``Completions.parse``.
    """
    for name in names_for(change.path):
        if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", breaking):
            return True
    *parents, bare = change.path.split(".")
    private_parent = bool(parents) and parents[-1].startswith("_")
    if bare == "__init__" and parents:
        owner = Change(".".join(parents), change.kind, change.details)
        if is_named(owner, breaking) or _backticked(parents[-1], breaking):
            return True
    return private_parent and _backticked(bare, breaking)


def _backticked(name: str, text: str) -> bool:
    return re.search(rf"`{re.escape(name)}(\(\))?`", text) is not None


def latest_snapshot(directory: Path = API_DIR) -> Path:
    """The snapshot of the highest version in ``directory``."""
    snapshots = sorted(directory.glob(f"{PACKAGE}-*.tar.gz"), key=_version_key)
    if not snapshots:
        raise SystemExit(f"api-check: no snapshot in {directory} (write one with --snapshot REV)")
    return snapshots[-1]


def _version_key(path: Path) -> tuple[int, ...]:
    version = path.name.removeprefix(f"{PACKAGE}-").removesuffix(".tar.gz")
    return tuple(int(part) if part.isdigit() else -1 for part in re.split(r"[.+-]", version))


def snapshot_from_git(revision: str, directory: Path = API_DIR) -> Path:
    """Write ``api/aistats-<version>.tar.gz``, the package's source at a git revision."""
    version_file = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{PACKAGE}/_version.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = _VERSION.search(version_file)
    if match is None:
        raise SystemExit(f"api-check: no __version__ in {PACKAGE}/_version.py at {revision}")
    target = directory / f"{PACKAGE}-{match.group(1)}.tar.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar.gz", f"--output={target}", revision, PACKAGE],
        check=True,
    )
    return target


def check(baseline: Path, search_paths: list[Path], changelog: Path) -> tuple[list[Change], list[Change]]:
    """The breaking changes since ``baseline``: (named in the CHANGELOG, not named)."""
    changes = breaking_changes(load_snapshot(baseline), load_current(search_paths))
    breaking = unreleased_breaking(changelog.read_text(encoding="utf-8"))
    named = [change for change in changes if is_named(change, breaking)]
    return named, [change for change in changes if change not in named]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baseline", type=Path, help="a snapshot (default: the newest api/aistats-*.tar.gz)")
    parser.add_argument(
        "--search",
        type=Path,
        action="append",
        help="where to find the package (repeatable; default: the repository root and generated/)",
    )
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    parser.add_argument(
        "--snapshot", metavar="REV", help="write api/aistats-<version>.tar.gz from a git revision and exit"
    )
    args = parser.parse_args(argv)
    if args.snapshot:
        print(f"wrote {snapshot_from_git(args.snapshot).relative_to(ROOT)}")
        return 0
    baseline = args.baseline or latest_snapshot()
    search = args.search or [ROOT, ROOT / "generated"]
    named, unnamed = check(baseline, search, args.changelog)
    print(f"api-check: the public API of {PACKAGE} against {baseline.name}")
    for change in named:
        print(f"  breaking, named in the CHANGELOG: {change}")
    for change in unnamed:
        print(f"  BREAKING, not in the CHANGELOG:   {change}")
    if unnamed:
        print(
            f"api-check: {len(unnamed)} breaking change(s) not named under '### Breaking' in the"
            " CHANGELOG's '## Unreleased' section: restore them, or name each there"
            " (e.g. `Completions.parse`) with what users should do instead."
        )
        return 1
    print(f"api-check: OK ({len(named)} breaking change(s), all named in the CHANGELOG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
