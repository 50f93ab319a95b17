"""Reproducible regeneration: ``scripts/generate.py`` gives byte-identical trees whatever the
environment around it, equal to the committed ``generated/``; and ``scripts/check_generated.py``
fails with a diff and the ``make generate`` hint once the spec and ``generated/`` disagree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BINDIR = Path(sys.executable).parent
CACHES = {"__pycache__", ".ruff_cache", ".mypy_cache"}

pytestmark = pytest.mark.timeout(300)

HOSTILE_RUFF = """\
line-length = 40
[format]
quote-style = "single"
indent-style = "tab"
[lint]
select = ["ALL"]
"""


def require_generator() -> None:
    """Skip, loudly, when the pinned generator is not installed next to this interpreter."""
    if not (BINDIR / "openapi-python-client").exists() or not (BINDIR / "ruff").exists():
        pytest.skip(
            f"NOT RUN: openapi-python-client and ruff are not installed next to {sys.executable} "
            "(run `make setup`), so regeneration was not checked for reproducibility"
        )


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (caches left out) by relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not CACHES.intersection(path.relative_to(root).parts)
    }


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def base_env() -> dict[str, str]:
    drop = ("RUFF_", "PYTHONHASHSEED", "TMPDIR", "XDG_CONFIG_HOME")
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}


def hostile_place(root: Path) -> tuple[Path, dict[str, str]]:
    """A work folder under a ``pyproject.toml`` with a ``[tool.ruff]`` section, and an environment
    with a user-level ruff config, ``RUFF_*`` settings and a temp dir below that pyproject."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        "[tool.ruff]\n"
        + HOSTILE_RUFF.replace("[format]", "[tool.ruff.format]").replace("[lint]", "[tool.ruff.lint]"),
        encoding="utf-8",
    )
    user_config = root / "config" / "ruff"
    user_config.mkdir(parents=True)
    (user_config / "ruff.toml").write_text(HOSTILE_RUFF, encoding="utf-8")
    temp, work = root / "tmp", root / "work"
    temp.mkdir()
    work.mkdir()
    env = base_env() | {
        "PYTHONHASHSEED": "1",
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(root / "config"),
        "RUFF_LINE_LENGTH": "40",
        "RUFF_OUTPUT_FORMAT": "json",
        "RUFF_CACHE_DIR": str(root / "ruff-cache"),
    }
    return work, env


def generate(output: Path, *, cwd: Path, env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--output", str(output)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_hostile_place_really_changes_what_ruff_writes(tmp_path: Path) -> None:
    """Control for the next test: ruff, run as usual there, would reformat generated code."""
    require_generator()
    work, env = hostile_place(tmp_path)
    probe = Path(env["TMPDIR"]) / "probe.py"
    probe.write_text('x = {"key": "value"}\n', encoding="utf-8")
    proc = subprocess.run(
        [str(BINDIR / "ruff"), "format", "--diff", str(probe)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "'key'" in proc.stdout


def test_regeneration_is_byte_identical_across_environments(tmp_path: Path) -> None:
    require_generator()
    work, hostile_env = hostile_place(tmp_path / "hostile")
    generate(tmp_path / "first", cwd=work, env=hostile_env)

    calm = tmp_path / "calm"
    (calm / "tmp").mkdir(parents=True)
    calm_env = base_env() | {"PYTHONHASHSEED": "4242", "TMPDIR": str(calm / "tmp")}
    generate(tmp_path / "second", cwd=calm, env=calm_env)

    first, second = tree(tmp_path / "first"), tree(tmp_path / "second")
    assert "aistats_generated/models/chat_completions_request.py" in first
    assert differing(first, second) == []
    assert differing(first, tree(ROOT / "generated")) == [], "generated/ is stale: run `make generate`"


def copy_for_generation(dest: Path) -> None:
    """What generation and its check read: the spec, the config, the templates, the scripts, generated/."""
    for name in ("openapi.yaml", "generator-config.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    for name in ("templates", "scripts", "generated"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns(*CACHES))


def check_generated(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "check_generated.py")],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )


def test_check_generated_fails_with_a_diff_after_a_description_edit(tmp_path: Path) -> None:
    require_generator()
    repo = tmp_path / "repo"
    repo.mkdir()
    copy_for_generation(repo)
    clean = check_generated(repo)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "generated/ matches openapi.yaml" in clean.stdout

    spec: dict[str, Any] = yaml.safe_load((repo / "openapi.yaml").read_text(encoding="utf-8"))
    temperature = spec["components"]["schemas"]["ChatCompletionsRequest"]["properties"]["temperature"]
    temperature["description"] = "Sampling temperature, edited for this test."
    (repo / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    stale = check_generated(repo)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "--- generated/aistats_generated/models/chat_completions_request.py\n" in stale.stdout
    assert "+++ generated/aistats_generated/models/chat_completions_request.py (from openapi.yaml)\n" in (
        stale.stdout
    )
    assert any(
        line.startswith("+") and "edited for this test" in line for line in stale.stdout.splitlines()
    ), stale.stdout
    assert "run `make generate`" in stale.stdout


def test_check_generated_reports_stray_and_missing_files(tmp_path: Path) -> None:
    require_generator()
    repo = tmp_path / "repo"
    repo.mkdir()
    copy_for_generation(repo)
    models = repo / "generated" / "aistats_generated" / "models"
    (models / "stray.py").write_text("X = 1\n", encoding="utf-8")
    (models / "finish_reason.py").unlink()
    result = check_generated(repo)
    assert result.returncode == 1
    assert "--- generated/aistats_generated/models/stray.py\n+++ /dev/null\n" in result.stdout
    assert "--- /dev/null\n+++ generated/aistats_generated/models/finish_reason.py (from openapi.yaml)\n" in (
        result.stdout
    )
    assert "run `make generate`" in result.stdout
