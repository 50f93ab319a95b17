"""Every Python block of the documentation (docs/**/*.md) runs against the built-in gateway.

Each block runs as its own script in a fresh interpreter, in an empty working directory, with
``AI_STATS_BASE_URL``, ``AI_STATS_API_KEY`` and ``AI_STATS_MANAGEMENT_KEY`` pointing at a
``FakeGateway`` started by the test. Where the page shows the output, it is checked:

- a ```` ```text ```` block right after the Python block is the exact standard output (line by
  line, trailing spaces ignored; ``...`` in a line matches anything);
- a ``# -> expected`` comment: ``expected`` must appear in the standard output, in order.

A block preceded by ``<!-- run: pending issue-NN -->`` documents an API that has not landed yet:
it is reported as skipped (with the issue), and the marker is removed when the feature lands.
A failure names the page and the line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from mypy import api as mypy_api

from aistats.testing import FakeGateway

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MANAGEMENT_KEY = "mk-docs"
PENDING = re.compile(r"<!--\s*run:\s*pending (issue-\d+)\s*-->")
MARKER = re.compile(r"<!--\s*run:(.*?)-->")
FENCE = re.compile(r"^(`{3,})([\w-]*)\s*$")
EXPECT = re.compile(r"#\s*->\s*(.+?)\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced block of a page: where it is, its language and code, what it expects."""

    page: str  # relative to the repository, e.g. docs/guides/streaming.md
    line: int  # the line of the opening fence (1-based)
    lang: str
    code: str
    marker: str | None  # the text of a `<!-- run: ... -->` right before the fence
    output: str | None  # the ```text block right after it, if any

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def pending(self) -> str | None:
        match = PENDING.search(f"<!-- run:{self.marker} -->") if self.marker is not None else None
        return match.group(1) if match else None


def blocks_of(text: str, page: str) -> list[Block]:
    """The fenced blocks of a Markdown page, in order (fences at the start of a line only)."""
    lines = text.splitlines()
    found: list[tuple[int, str, str, str | None]] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence, lang = opening.groups()
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        if end == len(lines):
            raise ValueError(f"{page}:{index + 1}: a code block is never closed")
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marked = MARKER.search(previous)
        code = "\n".join(lines[index + 1 : end]) + "\n"
        found.append((index + 1, lang, code, marked.group(1) if marked else None))
        index = end + 1
    out = []
    for position, (line, lang, code, marker) in enumerate(found):
        output = None
        if lang == "python" and position + 1 < len(found):
            next_line, next_lang, next_code, _ = found[position + 1]
            between = lines[line + code.count("\n") + 1 : next_line - 1]
            if next_lang == "text" and not any(text.strip() for text in between):
                output = next_code
        out.append(Block(page, line, lang, code, marker, output))
    return out


def output_problems(block: Block, stdout: str) -> list[str]:
    """What the output of ``block`` lacks of what the page says it prints (empty: all shown)."""
    problems = []
    if block.output is not None:
        expected = [line.rstrip() for line in block.output.strip("\n").splitlines()]
        got = [line.rstrip() for line in stdout.strip("\n").splitlines()]
        patterns = [re.compile(".*".join(re.escape(part) for part in line.split("..."))) for line in expected]
        if len(got) != len(expected) or not all(p.fullmatch(g) for p, g in zip(patterns, got, strict=True)):
            problems.append("the page shows:\n" + "\n".join(expected) + "\nit printed:\n" + "\n".join(got))
    position = 0
    for number, line in enumerate(block.code.splitlines(), start=block.line + 1):
        match = EXPECT.search(line)
        if match is None:
            continue
        found = stdout.find(match.group(1), position)
        if found < 0:
            problems.append(
                f"{block.page}:{number}: the output lacks {match.group(1)!r} (after what came before)"
            )
        else:
            position = found + len(match.group(1))
    return problems


def doc_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def all_blocks() -> list[Block]:
    return [
        block
        for page in doc_pages()
        for block in blocks_of(page.read_text(encoding="utf-8"), str(page.relative_to(ROOT)))
    ]


BLOCKS = all_blocks()
PYTHON = [block for block in BLOCKS if block.lang == "python"]


def run_block(block: Block, gateway: FakeGateway, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run one block as a script named after its page and line (tracebacks say where)."""
    script = cwd / (re.sub(r"\W", "_", block.page.removesuffix(".md")) + f"_L{block.line}.py")
    # Padding keeps the script's line numbers equal to the page's.
    script.write_text("\n" * block.line + block.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AI_STATS_", "OTEL_"))}
    env |= {
        "AI_STATS_API_KEY": "docs-key",
        "AI_STATS_BASE_URL": gateway.base_url,
        "AI_STATS_MANAGEMENT_KEY": MANAGEMENT_KEY,
    }
    return subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=cwd,
        check=False,
    )


@pytest.mark.parametrize("block", PYTHON, ids=[block.where for block in PYTHON])
def test_python_block_runs(block: Block, tmp_path: Path) -> None:
    if block.pending:
        pytest.skip(f"{block.where}: documents an API pending {block.pending}")
    assert block.marker is None, f"{block.where}: unknown marker <!-- run:{block.marker} -->"
    with FakeGateway(management_key=MANAGEMENT_KEY) as gateway:
        result = run_block(block, gateway, tmp_path)
    assert result.returncode == 0, f"{block.where}: the block failed\n{result.stdout}\n{result.stderr}"
    problems = output_problems(block, result.stdout)
    assert not problems, f"{block.where}: " + "\n".join(problems)


def test_python_blocks_type_check(tmp_path: Path) -> None:
    files = []
    for block in PYTHON:
        if block.pending:
            continue
        path = tmp_path / (re.sub(r"\W", "_", block.page.removesuffix(".md")) + f"_L{block.line}.py")
        path.write_text("\n" * block.line + block.code, encoding="utf-8")
        files.append(str(path))
    out, err, status = mypy_api.run(
        ["--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), "--no-incremental", *files]
    )
    assert status == 0, out + err


def test_the_docs_have_runnable_examples_with_checked_output() -> None:
    runnable = [block for block in PYTHON if not block.pending]
    assert len(runnable) >= 20, len(runnable)
    assert sum(block.output is not None for block in runnable) >= 5
    assert any(EXPECT.search(block.code) for block in runnable)
    for page in ("getting-started.md", "index.md", "guides/streaming.md", "guides/testing.md"):
        assert any(block.page == f"docs/{page}" for block in runnable), page


def test_pending_markers_name_an_issue() -> None:
    for block in BLOCKS:
        if block.marker is not None:
            assert block.pending, f"{block.where}: a marker must read <!-- run: pending issue-NN -->"
            assert block.lang == "python", f"{block.where}: only Python blocks run"


def test_shell_blocks_name_real_make_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, flags=re.MULTILINE))
    for block in BLOCKS:
        if block.lang == "sh":
            for target in re.findall(r"\bmake ([a-z][\w-]*)", block.code):
                assert target in targets, f"{block.where}: no make target {target!r}"


# The runner itself: a wrong output, a missing `# ->` line and a failing block are caught.
PAGE = """# A page

<!-- run: pending issue-99 -->
```python
import not_yet
```

```python
print("one")
print("two")  # -> two
```

```text
one
t...
```
"""


def test_the_extractor_reads_markers_and_outputs() -> None:
    pending, shown, output = blocks_of(PAGE, "docs/x.md")
    assert (pending.pending, pending.line) == ("issue-99", 4)
    assert (shown.line, shown.output, shown.pending) == (8, "one\nt...\n", None)
    assert output.lang == "text" and output.output is None


def test_the_output_check_can_fail() -> None:
    _, shown, _ = blocks_of(PAGE, "docs/x.md")
    assert output_problems(shown, "one\ntwo\n") == []
    assert output_problems(shown, "one\nthree\n")  # the text block: 't...' matches, 'two' is missing
    assert output_problems(shown, "one\n")
    assert any("docs/x.md:10" in problem for problem in output_problems(shown, "one\ntx\n"))


def test_a_failing_block_reports_its_page_and_line(tmp_path: Path) -> None:
    code = "import os\nraise RuntimeError(os.environ['AI_STATS_MANAGEMENT_KEY'])\n"
    block = Block("docs/x.md", 7, "python", code, None, None)
    with FakeGateway() as gateway:
        result = run_block(block, gateway, tmp_path)
    assert result.returncode == 1 and f"RuntimeError: {MANAGEMENT_KEY}" in result.stderr
    assert 'docs_x_L7.py", line 9' in result.stderr  # the page's line of the raise
