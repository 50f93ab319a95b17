"""``aistats batch wait``: against the built-in gateway it waits, prints the outcome and
writes the result lines; a progress line only on a terminal; Ctrl-C leaves the batch
running and says how to resume; a failed batch and a wait's timeout exit with their codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from aistats import AIStats
from aistats._cli.main import EXIT_CODES, main
from aistats.testing import FakeGateway
from aistats.types import BatchRequestItemParams

from .support import KEY

REQUESTS: list[BatchRequestItemParams] = [
    {"custom_id": c, "body": {"messages": [{"role": "user", "content": c}]}} for c in ("a", "b", "c")
]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def created(gateway: FakeGateway, **script: Any) -> str:
    gateway.jobs.script(**script)
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        return client.batches.create(model="openai/gpt-4.1-mini", requests=REQUESTS).id


def wait(gateway: FakeGateway, *extra: str, err: io.StringIO | None = None,
         monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:  # fmt: skip
    monkeypatch.setattr("sys.stderr", err or io.StringIO())
    out = io.StringIO()
    code = main(["batch", "wait", *extra, "--base-url", gateway.base_url, "--api-key", KEY], out=out)
    return code, out.getvalue()


def test_wait_writes_the_results(
    fake_gateway: FakeGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch_id = created(
        fake_gateway, polls=3, errors=[{"custom_id": "z", "response": None, "error": {"code": "e"}}]
    )
    target, errors = tmp_path / "results.jsonl", tmp_path / "errors.jsonl"
    quiet = io.StringIO()  # a pipe: no progress line
    code, printed = wait(fake_gateway, batch_id, "-o", str(target), "--errors", str(errors), err=quiet,
                         monkeypatch=monkeypatch)  # fmt: skip
    assert code == EXIT_CODES["ok"] and quiet.getvalue() == ""
    assert printed.splitlines() == [
        f"{batch_id} completed: 3 of 3 requests completed, 0 failed",
        f"3 lines (0 not ok) written to {target}",
        f"1 lines (1 not ok) written to {errors}",
    ]
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["custom_id"] for line in lines] == ["a", "b", "c"]
    assert lines[0]["response"]["body"]["choices"][0]["message"]["content"] == "Echo: a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.jsonl", "results.jsonl"]


def test_a_progress_line_on_a_terminal(fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    batch_id = created(fake_gateway, polls=2)
    terminal = Terminal()
    code, _ = wait(fake_gateway, batch_id, err=terminal, monkeypatch=monkeypatch)
    assert code == 0
    shown = terminal.getvalue()
    assert f"\r\x1b[K{batch_id} running 1/3" in shown and f"\r\x1b[K{batch_id} completed 3/3" in shown
    assert shown.endswith("\n")


def test_ctrl_c_leaves_the_batch_running_and_says_how_to_resume(
    fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch_id = created(fake_gateway, outcome="never")

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("aistats._jobs.waiting._sleep", interrupted)
    err = io.StringIO()
    code, _ = wait(fake_gateway, batch_id, err=err, monkeypatch=monkeypatch)
    assert code == EXIT_CODES["interrupted"]
    assert f"the batch {batch_id} keeps running" in err.getvalue()
    assert f"Resume with: aistats batch wait {batch_id}" in err.getvalue()
    assert not any(r.path.endswith("/cancel") for r in fake_gateway.requests)


def test_a_failed_batch_and_a_timeout_exit_with_their_codes(
    fake_gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    failed = created(fake_gateway, polls=1, outcome="failed")
    err = io.StringIO()
    assert wait(fake_gateway, failed, err=err, monkeypatch=monkeypatch)[0] == EXIT_CODES["error"]
    assert f"batch {failed} ended failed" in err.getvalue()
    never = created(fake_gateway, outcome="never", poll_after_seconds=0.05)
    err = io.StringIO()
    code, _ = wait(fake_gateway, never, "--wait-timeout", "0.2", err=err, monkeypatch=monkeypatch)
    assert code == EXIT_CODES["timeout"]
    assert "--wait-timeout" in err.getvalue() and f"client.batches.wait('{never}')" in err.getvalue()


def _requests_file(tmp_path: Path) -> Path:
    source = tmp_path / "requests.jsonl"
    source.write_text(
        "".join(
            json.dumps({"custom_id": c, "method": "POST", "url": "/v1/chat/completions",
                        "body": {"model": "openai/gpt-4.1-mini", "messages": [{"role": "user", "content": c}]}})
            + "\n"
            for c in ("x", "y")
        )
    )  # fmt: skip
    return source


def run(
    gateway: FakeGateway, *extra: str, err: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stderr", err)
    out = io.StringIO()
    code = main(["batch", "run", *extra, "--base-url", gateway.base_url, "--api-key", KEY], out=out)
    return code, out.getvalue()


def test_run_uploads_starts_waits_and_writes_the_results(
    fake_gateway: FakeGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_gateway.jobs.script(polls=2)
    source, target = _requests_file(tmp_path), tmp_path / "results.jsonl"
    terminal = Terminal()
    code, printed = run(fake_gateway, str(source), "-o", str(target), "--endpoint", "/v1/responses",
                        err=terminal, monkeypatch=monkeypatch)  # fmt: skip
    assert code == EXIT_CODES["ok"]
    upload = next(r for r in fake_gateway.requests if r.path == "/v1/files")
    assert upload.method == "POST" and upload.form is not None and upload.form.get("purpose") == "batch"
    (sent_file,) = upload.form.files("file")
    assert sent_file.filename == "requests.jsonl" and sent_file.read() == source.read_bytes()
    create = next(r for r in fake_gateway.requests if r.path == "/v1/batches" and r.method == "POST")
    sent = json.loads(create.body)
    assert sent == {
        "input_file_id": sent["input_file_id"],
        "endpoint": "/v1/responses",
        "completion_window": "24h",
    }
    assert sent["input_file_id"].startswith("file")
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["custom_id"] for line in lines] == ["x", "y"]
    assert lines[1]["response"]["body"]["choices"][0]["message"]["content"] == "Echo: y"
    summary = printed.splitlines()
    assert summary[0].endswith("completed: 2 of 2 requests completed, 0 failed")
    assert summary[1] == f"2 lines (0 not ok) written to {target}"
    batch_id = summary[0].split()[0]
    shown = terminal.getvalue()
    assert f"started batch {batch_id}" in shown and f"\r\x1b[K{batch_id} completed 2/2" in shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ["requests.jsonl", "results.jsonl"]


def test_run_is_quiet_in_a_pipe_but_names_the_batch(
    fake_gateway: FakeGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_gateway.jobs.script(polls=2)
    err = io.StringIO()
    code, printed = run(fake_gateway, str(_requests_file(tmp_path)), "-o", str(tmp_path / "out.jsonl"),
                        err=err, monkeypatch=monkeypatch)  # fmt: skip
    assert code == 0
    batch_id = printed.split()[0]
    assert (
        err.getvalue().startswith(f"aistats: started batch {batch_id} from ") and "\r" not in err.getvalue()
    )
    create = next(r for r in fake_gateway.requests if r.path == "/v1/batches" and r.method == "POST")
    assert json.loads(create.body)["endpoint"] == "/v1/chat/completions"


def test_run_ctrl_c_leaves_the_batch_running_and_says_how_to_resume(
    fake_gateway: FakeGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_gateway.jobs.script(outcome="never")

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("aistats._jobs.waiting._sleep", interrupted)
    err, target = io.StringIO(), tmp_path / "results.jsonl"
    code, _ = run(fake_gateway, str(_requests_file(tmp_path)), "-o", str(target), err=err,
                  monkeypatch=monkeypatch)  # fmt: skip
    assert code == EXIT_CODES["interrupted"]
    text = err.getvalue()
    started = text.split("started batch ", 1)[1].split()[0]
    assert started.startswith("batch_") and fake_gateway.jobs.polls(started) >= 1
    assert (
        f"the batch {started} keeps running" in text and f"Resume with: aistats batch wait {started}" in text
    )
    assert not any(r.path.endswith("/cancel") for r in fake_gateway.requests)
    assert not target.exists()


def test_run_refuses_a_missing_file_before_sending(
    fake_gateway: FakeGateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = io.StringIO()
    code, _ = run(fake_gateway, str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"), err=err,
                  monkeypatch=monkeypatch)  # fmt: skip
    assert code == EXIT_CODES["config"]
    assert "nope.jsonl is not a file" in err.getvalue() and fake_gateway.requests == []
