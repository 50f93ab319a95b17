"""S5's environment: aistats as a user gets it, a regular byte-compiled install in a fresh venv.

``make bench``'s own venv is the wrong place to time ``import aistats`` against ``import
httpx``: aistats is installed there in editable mode (its modules are read from the
checkout, where ``PYTHONDONTWRITEBYTECODE`` may leave them without bytecode), and the dev
tools' dependencies (click, rich, pygments) make ``import httpx`` load its command-line
module too, about 50 ms that a user's ``import httpx`` does not pay, which flattered the
ratio. So ``fresh_venv()`` builds the wheel offline (hatchling is a dev dependency), makes a
new venv, installs the wheel there with ``--no-deps``, copies in the distributions of its
runtime requirements (and of ``extra`` ones, e.g. openai for comparison) from the running
interpreter's site-packages, and byte-compiles everything, as pip does on install. No
network is used.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Names of ``dist``'s unconditional requirements (those without an extra or a marker
    that is false here)."""
    names = []
    for spec in dist.requires or ():
        name, _, marker = spec.partition(";")
        if "extra" in marker:
            continue
        if marker.strip():
            from packaging.markers import Marker

            if not Marker(marker.strip()).evaluate():
                continue
        found = re.match(r"[A-Za-z0-9._-]+", name.strip())
        if found:
            names.append(found.group(0))
    return names


def _closure(roots: Iterable[str]) -> dict[str, metadata.Distribution]:
    """Every installed distribution ``roots`` need, transitively, by normalised name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = list(roots)
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        todo += _requirement_names(dist)
    return seen


def _copy_distribution(dist: metadata.Distribution, site: Path) -> None:
    for file in dist.files or ():
        if "__pycache__" in file.parts or file.parts[0] in ("..", "bin"):
            continue
        source = Path(str(dist.locate_file(file)))
        if source.is_file():
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def build_wheel(where: Path) -> Path:
    """Build this checkout's wheel offline into ``where``; its path."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--disable-pip-version-check", "-w", str(where), str(ROOT)],
        check=True,
    )  # fmt: skip
    (wheel,) = where.glob("aistats_sdk-*.whl")
    return wheel


def install_wheel(wheel: Path, venv: Path, *, extra: Iterable[str] = ()) -> Path:
    """A new venv at ``venv`` with ``wheel`` installed as pip installs it (console script
    included), its runtime requirements and ``extra`` copied from this interpreter, all
    byte-compiled; the venv's python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    # The running pip installs into the new venv (which has no pip of its own).
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", "--disable-pip-version-check", "--no-compile", str(wheel)],
        check=True,
    )  # fmt: skip
    (info,) = site.glob("aistats_sdk-*.dist-info")
    needs = _requirement_names(metadata.PathDistribution(info)) + list(extra)
    for dist in _closure(needs).values():
        _copy_distribution(dist, site)
    subprocess.run([str(python), "-m", "compileall", "-q", "-j", "0", str(site)], check=True)
    return python


def fresh_venv(where: Path, *, extra: Iterable[str] = ()) -> Path:
    """A new venv under ``where`` with aistats installed from its wheel; its python's path."""
    return install_wheel(build_wheel(where / "wheels"), where / "venv", extra=extra)
