"""Fail when ``generated/`` differs from what ``openapi.yaml`` and the generator config produce.

Usage: ``python scripts/check_generated.py``. Generates into a fresh temporary folder, compares
every file with the committed tree (added, removed and changed files), prints a unified diff
and exits 1 on any difference.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from generate import ROOT, GenerationError, generate_tree

IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def tree_files(root: Path) -> dict[str, Path]:
    """Every file below ``root`` by its relative POSIX path, caches left out."""
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def compare(committed: Path, fresh: Path) -> list[str]:
    """Return diff lines describing how ``committed`` differs from ``fresh`` (empty: identical)."""
    old, new = tree_files(committed), tree_files(fresh)
    out: list[str] = []
    for rel in sorted(old.keys() | new.keys()):
        a = old[rel].read_text(encoding="utf-8").splitlines(keepends=True) if rel in old else []
        b = new[rel].read_text(encoding="utf-8").splitlines(keepends=True) if rel in new else []
        if rel in old and rel in new and a == b:
            continue
        out.extend(
            difflib.unified_diff(
                a,
                b,
                fromfile=f"generated/{rel}" if rel in old else "/dev/null",
                tofile=f"generated/{rel} (from openapi.yaml)" if rel in new else "/dev/null",
            )
        )
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n"
    return out


def main() -> int:
    committed = ROOT / "generated"
    with tempfile.TemporaryDirectory(prefix="aistats-check-") as tmp:
        try:
            generate_tree(Path(tmp))
        except GenerationError as exc:
            print(f"check-generated: {exc}", file=sys.stderr)
            return 1
        diff = compare(committed, Path(tmp)) if committed.is_dir() else ["generated/ is missing\n"]
    if diff:
        sys.stdout.writelines(diff)
        print("\ngenerated/ does not match openapi.yaml and the generator config: run `make generate`.")
        return 1
    print("generated/ matches openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
