"""Regenerate ``generated/`` from ``openapi.yaml`` with the pinned openapi-python-client.

Usage: ``python scripts/generate.py [--output DIR]`` (default: ``generated/`` in place).

The output depends only on ``openapi.yaml``, ``generator-config.yaml``, ``templates/`` and the
pinned tool versions: the generator runs in an empty temporary directory, its ruff hooks run
isolated from any ruff configuration and from ``RUFF_*`` variables, the pinned venv comes
first on ``PATH`` (the hooks are skipped silently when ruff is missing, so its presence is
checked), and stale files disappear because the tree is replaced whole.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
PACKAGE = "aistats_generated"
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}

README = """\
# generated/ — do not edit

Everything under `aistats_generated/` is output of openapi-python-client {generator}
(with ruff {ruff}, `generator-config.yaml` and the custom templates in `templates/`),
generated from `openapi.yaml`. Hand edits are lost and fail CI.

- Regenerate: `make generate`
- Check that this tree matches the spec: `make check-generated`

`aistats_generated/openapi.json` is `openapi.yaml` as JSON, for the built-in test
gateway's request validation.
"""


class GenerationError(RuntimeError):
    """The generator or one of its hooks failed, or a pinned tool is missing."""


def check_tools() -> Path:
    """Return the bin directory holding the pinned tools, or raise when they differ."""
    for name, wanted in PINNED.items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise GenerationError(f"{name} is not installed; run `make setup`") from None
        if found != wanted:
            raise GenerationError(f"{name} {found} is installed but {wanted} is pinned; run `make setup`")
    bindir = Path(sys.executable).parent
    if not (bindir / "ruff").exists() or not (bindir / "openapi-python-client").exists():
        raise GenerationError(f"ruff and openapi-python-client must be in {bindir}; run `make setup`")
    return bindir


def generate_tree(dest: Path) -> None:
    """Write the whole generated tree (README.md and the package) into the empty folder ``dest``."""
    bindir = check_tools()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUFF_")}
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONHASHSEED"] = "0"
    with tempfile.TemporaryDirectory(prefix="aistats-gen-") as work:
        out = Path(work) / PACKAGE
        cmd = [
            str(bindir / "openapi-python-client"), "generate",
            "--path", str(SPEC),
            "--config", str(CONFIG),
            "--meta", "none",
            "--output-path", str(out),
            "--fail-on-warning",
        ]  # fmt: skip
        if TEMPLATES.is_dir():
            cmd += ["--custom-template-path", str(TEMPLATES)]
        proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not (out / "py.typed").exists():
            raise GenerationError(f"generator failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
        spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        (out / "openapi.json").write_text(json.dumps(spec, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        shutil.copytree(out, dest / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    (dest / "README.md").write_text(
        README.format(generator=PINNED["openapi-python-client"], ruff=PINNED["ruff"]), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="folder to (re)write")
    args = parser.parse_args(argv)
    target: Path = args.output
    try:
        with tempfile.TemporaryDirectory(prefix="aistats-gen-out-") as staging:
            generate_tree(Path(staging))
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(staging, target)
    except GenerationError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    print(f"generated {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
