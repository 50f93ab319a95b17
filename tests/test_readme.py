"""Every code block of README.md is exercised: Python blocks run against the built-in
gateway and pass ``mypy --strict``; shell blocks name real make targets and CLI options."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from aistats._cli.main import SERVE_KEY, SERVE_PORT, _parser
from aistats.testing import FakeGateway

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, flags=re.DOTALL)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
SHELL = [code for lang, code in BLOCKS if lang == "sh"]
# A ```text block right after a Python block is what that block prints.
OUTPUT = {
    PYTHON.index(code): BLOCKS[i + 1][1]
    for i, (lang, code) in enumerate(BLOCKS[:-1])
    if lang == "python" and BLOCKS[i + 1][0] == "text"
}


def test_readme_has_the_expected_blocks() -> None:
    assert len(PYTHON) >= 1  # the front page shows one example; the guides run the rest (docs/)
    assert OUTPUT, "the front page's example shows its output"
    assert SHELL and "make demo" in SHELL[0] and "make test" in SHELL[0]


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_python_block_runs(index: int) -> None:
    with FakeGateway(management_key="readme-management-key") as gateway:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}
        env |= {
            "AI_STATS_API_KEY": "readme-key",
            "AI_STATS_MANAGEMENT_KEY": "readme-management-key",
            "AI_STATS_BASE_URL": gateway.base_url,
        }
        result = subprocess.run(
            [sys.executable, "-c", PYTHON[index]],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
    assert result.returncode == 0, f"block {index}:\n{PYTHON[index]}\n{result.stderr}"
    # an absent field never leaks into what a snippet prints
    assert "UNSET" not in result.stdout + result.stderr, f"block {index}:\n{result.stdout}"
    if index in OUTPUT:
        assert result.stdout.strip() == OUTPUT[index].strip(), f"block {index} printed:\n{result.stdout}"


def test_python_blocks_type_check(tmp_path: Path) -> None:
    files = []
    for index, code in enumerate(PYTHON):
        path = tmp_path / f"readme_block_{index}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    out, err, status = mypy_api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), "--no-incremental", *files]
    )
    assert status == 0, out + err


def test_shell_blocks_name_real_targets_and_options() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, flags=re.MULTILINE))
    for code in SHELL:
        for target in re.findall(r"\bmake ([a-z][\w-]*)", code):
            assert target in targets, target
        for line in code.splitlines():
            if line.removeprefix("$ ").startswith("aistats "):  # every command line parses
                _parser().parse_args(shlex.split(line.removeprefix("$ ").split("#")[0])[1:])
            if "aistats chat" in line and "--fake" in line:
                command = shlex.split(line.split("#")[0])
                result = subprocess.run(
                    [sys.executable, "-m", "aistats", *command[1:]],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                assert result.returncode == 0 and result.stdout.startswith("Echo: hello"), result.stderr


def test_readme_shows_what_aistats_serve_prints() -> None:
    base_url = f"http://127.0.0.1:{SERVE_PORT}/v1"
    assert f"export AI_STATS_BASE_URL={base_url}\nexport AI_STATS_API_KEY={SERVE_KEY}\n" in README
