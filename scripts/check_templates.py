"""Fail when the generator's templates that ``templates/`` overrides changed upstream.

Usage: ``python scripts/check_templates.py`` (with the project's venv, i.e. the pinned generator).

A file in ``templates/`` replaces the generator's file of the same relative name completely, so
upstream fixes to it are lost silently, and an override whose upstream file was renamed is ignored
silently. ``templates/upstream/`` holds pristine copies of the upstream files that ``templates/``
overrides, as of the pinned generator. This script checks that:

* every override in ``templates/`` that shadows a generator file has its pristine copy;
* every pristine copy still equals the installed generator's file (otherwise the generator's file
  changed and the override must be re-based on it: a 3-way merge of the pristine copy, the new
  upstream file and the override, then the new upstream file becomes the pristine copy);
* every pristine copy still has an override and an upstream file.

Exits 0 when all holds, 1 with one message per problem otherwise.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
UPSTREAM = TEMPLATES / "upstream"
GENERATOR = "openapi-python-client"


def generator_templates() -> Path:
    """The installed generator's template folder (the fallback of ``--custom-template-path``)."""
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"{GENERATOR} is not installed; run `make setup`")
    return Path(spec.origin).parent / "templates"


def files_below(root: Path, *, skip: Path | None = None) -> list[str]:
    """Relative POSIX paths of the files below ``root``, leaving out ``skip`` and caches."""
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and (skip is None or not p.is_relative_to(skip))
    )


def problems(package: Path) -> list[str]:
    """Every way ``templates/`` and ``templates/upstream/`` disagree with ``package``."""
    overrides = [rel for rel in files_below(TEMPLATES, skip=UPSTREAM) if (package / rel).is_file()]
    pristine = files_below(UPSTREAM) if UPSTREAM.is_dir() else []
    out = [
        f"templates/{rel} overrides the generator's {rel}, but templates/upstream/{rel} "
        "(its pristine upstream copy) is missing: add it"
        for rel in overrides
        if rel not in pristine
    ]
    for rel in pristine:
        installed = package / rel
        if not installed.is_file():
            out.append(
                f"the generator no longer has {rel}: templates/{rel} is now ignored silently; "
                f"re-base templates/{rel} on the generator's new layout"
            )
            continue
        if not (TEMPLATES / rel).is_file():
            out.append(f"templates/upstream/{rel} has no override templates/{rel}: delete the copy")
        old = (UPSTREAM / rel).read_text(encoding="utf-8").splitlines(keepends=True)
        new = installed.read_text(encoding="utf-8").splitlines(keepends=True)
        if old != new:
            diff = "".join(
                difflib.unified_diff(
                    old, new, fromfile=f"templates/upstream/{rel}", tofile=f"{GENERATOR}/{rel}"
                )
            )
            out.append(
                f"the generator's {rel} changed: re-base templates/{rel} (merge the upstream "
                f"change into it, then copy the new file to templates/upstream/{rel})\n{diff}"
            )
    return out


def main() -> int:
    try:
        package = generator_templates()
        version = metadata.version(GENERATOR)
    except (FileNotFoundError, metadata.PackageNotFoundError) as exc:
        print(f"check-templates: {exc}", file=sys.stderr)
        return 1
    found = problems(package)
    for message in found:
        print(f"check-templates: {message}", file=sys.stderr)
    if found:
        return 1
    count = len(files_below(UPSTREAM)) if UPSTREAM.is_dir() else 0
    print(f"templates/: {count} overridden upstream files match {GENERATOR} {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
