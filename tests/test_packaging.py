"""The wheel: one distribution, ``aistats-sdk``, shipping both import packages, their py.typed
markers, the spec the fake gateway validates against, the ``aistats`` console script, and only
httpx and attrs as runtime dependencies; installed in a fresh venv it gives ``import aistats``
and the command. The README's ``pip install`` lines name that distribution."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest

from benchmarks.fresh_env import build_wheel, install_wheel

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_the_distribution_is_named_aistats_sdk() -> None:
    # `aistats` on PyPI is someone else's package; the import name stays `aistats`.
    assert PROJECT["name"] == "aistats-sdk"
    assert PROJECT["scripts"] == {"aistats": "aistats.__main__:main"}


def test_readme_pip_install_lines_name_the_distribution() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installs = re.findall(r"pip install ([^`#\n]+)", readme)
    assert installs, "the README has no pip install line"
    ours = []
    for line in installs:
        for requirement in line.split():
            found = re.fullmatch(r"'?([A-Za-z0-9._-]+)(?:\[([a-z0-9,_-]+)\])?'?", requirement)
            assert found, requirement
            if found[1].lower().startswith("aistats"):
                ours.append(requirement)
                assert _normalised(found[1]) == _normalised(PROJECT["name"]), line
                for extra in (found[2] or "").split(","):
                    assert not extra or extra in PROJECT["optional-dependencies"], line
    assert f"pip install {PROJECT['name']}" in readme and len(ours) >= 3, ours


def test_wheel_installs_aistats_and_its_command(wheel: Path, tmp_path: Path) -> None:
    python = install_wheel(wheel, tmp_path / "venv", extra=["jsonschema"])  # the [testing] extra
    probe = (
        "import json, aistats, aistats_generated\n"
        "from importlib import metadata\n"
        "dist = metadata.distribution('aistats-sdk')\n"
        "print(json.dumps({'file': aistats.__file__, 'version': aistats.__version__,"
        " 'name': dist.metadata['Name'], 'dist_version': dist.version}))"
    )
    found = json.loads(
        subprocess.run(  # -I: neither this checkout (the cwd) nor PYTHONPATH on sys.path
            [str(python), "-I", "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path
        ).stdout
    )
    assert found["file"].startswith(str(tmp_path / "venv")), found  # not this checkout
    assert found["name"] == "aistats-sdk" and found["dist_version"] == found["version"]
    command = tmp_path / "venv" / "bin" / "aistats"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("AI_STATS_")}
    version = subprocess.run(
        [str(command), "--version"], capture_output=True, text=True, check=True, cwd=tmp_path, env=env
    )
    assert version.stdout.strip() == f"aistats {found['version']}"
    chat = subprocess.run(
        [str(command), "chat", "--fake", "-m", "openai/gpt-5-nano", "--no-stream", "hello"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env=env,
    )
    assert chat.returncode == 0 and chat.stdout.strip() == "Echo: hello", chat.stderr


def test_wheel_contents(wheel: Path) -> None:
    assert wheel.name.startswith("aistats_sdk-")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "aistats/__init__.py",
        "aistats/py.typed",
        "aistats/testing/__init__.py",
        "aistats_generated/__init__.py",
        "aistats_generated/py.typed",
        "aistats_generated/openapi.json",
        "aistats_generated/models/chat_completion_chunk.py",
    ):
        assert required in names, required
    assert not any(name.startswith(("tests/", "generated/", "benchmarks/")) for name in names)
    info = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(info).decode()
    runtime = [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0] for r in runtime) == ["attrs", "httpx"]
    assert "Requires-Python: >=3.11" in metadata
    entry_points = zipfile.ZipFile(wheel).read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "aistats = aistats.__main__:main" in entry_points
    assert "Name: aistats-sdk" in metadata.splitlines()
