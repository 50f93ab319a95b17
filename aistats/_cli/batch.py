"""``aistats batch run requests.jsonl -o results.jsonl`` uploads a JSONL file, starts a batch
from it and waits; ``aistats batch wait ID [-o results.jsonl]`` waits for a batch already
started. Both show a progress line on a terminal (quiet in a pipe), then write the result
lines. Ctrl-C stops waiting, not the batch: it prints the batch's id and the command that
resumes the wait."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .._client import AIStats
from .._exceptions import AIStatsError
from .._jobs.engine import BATCH

__all__ = ["add_commands", "run_batch"]

DEFAULT_ENDPOINT = "/v1/chat/completions"


def add_commands(commands: Any, connection_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``batch run`` and ``batch wait`` on the ``aistats`` sub-command parser."""
    batch = commands.add_parser("batch", help="run a batch, or wait for one, and write its results")
    actions = batch.add_subparsers(dest="batch_command", required=True, metavar="ACTION")
    run = actions.add_parser(
        "run", help="upload a JSONL file of requests, run it as a batch, write the results"
    )
    run.add_argument(
        "input", type=Path, help="the requests, one JSON line each ({custom_id, method, url, body})"
    )
    run.add_argument("-o", "--output", type=Path, required=True, help="write the result lines (JSONL) here")
    run.add_argument(
        "--endpoint",
        default=DEFAULT_ENDPOINT,
        help=f"the route every line calls (default {DEFAULT_ENDPOINT})",
    )
    wait = actions.add_parser("wait", help="wait for batch ID to finish; -o writes its result lines")
    wait.add_argument("id", help="the batch's id (batch_...)")
    wait.add_argument("-o", "--output", type=Path, help="write the result lines (JSONL) to this file")
    for action in (run, wait):
        action.add_argument("--errors", type=Path, help="write the error file's lines (JSONL) to this file")
        action.add_argument(
            "--wait-timeout", type=float, default=BATCH.default_timeout,
            help=f"stop waiting after this many seconds (default {BATCH.default_timeout:g}); it runs on",
        )  # fmt: skip
        action.add_argument(
            "--poll-interval",
            type=float,
            help="seconds between polls (default: the gateway's hint, else backoff)",
        )
        connection_options(action)


class Progress:
    """The progress line on a terminal: ``batch_... running 120/400 (3 failed)``, rewritten in place."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._shown = False

    def __call__(self, batch: Any) -> None:
        counts = batch.request_counts
        done = (
            f" {counts.completed}/{counts.total}"
            if counts and isinstance(counts.total, int) and counts.total
            else ""
        )
        failed = (
            f" ({counts.failed} failed)"
            if counts and isinstance(counts.failed, int) and counts.failed
            else ""
        )
        self._err.write(f"\r\x1b[K{batch.id} {batch.lifecycle_status}{done}{failed}")
        self._err.flush()
        self._shown = True

    def end(self) -> None:
        if self._shown:
            self._err.write("\n")
            self._shown = False


def _write(client: AIStats, batch: Any, target: Path, *, errors: bool) -> tuple[int, int]:
    """Every result line to ``target`` (through a part file), and (lines, failed lines)."""
    part = target.with_name(target.name + ".part")
    count = failed = 0
    try:
        with part.open("w", encoding="utf-8") as out, client.batches.results(batch, errors=errors) as results:
            for result in results:
                out.write(json.dumps(result.raw, ensure_ascii=False, separators=(",", ":")) + "\n")
                count += 1
                failed += not result.ok
        part.replace(target)
    finally:
        part.unlink(missing_ok=True)
    return count, failed


def run_batch(args: argparse.Namespace, out: TextIO, err: TextIO, client: AIStats) -> None:
    """``aistats batch run`` / ``wait``: (upload and start,) wait, then write the results;
    Ctrl-C says how to resume."""
    if args.batch_command == "run":
        if not args.input.is_file():
            raise AIStatsError(f"{args.input} is not a file: batch run reads a JSONL file of requests.")
        uploaded = client.files.create(file=args.input, purpose="batch")
        batch_id = client.batches.create(
            input_file_id=uploaded.id, endpoint=args.endpoint, completion_window="24h"
        ).id
        err.write(f"aistats: started batch {batch_id} from {args.input} ({uploaded.id})\n")
    else:
        batch_id = args.id
    progress = Progress(err) if err.isatty() else None
    try:
        batch = client.batches.wait(
            batch_id, timeout=args.wait_timeout, poll_interval=args.poll_interval, on_update=progress
        )
    except KeyboardInterrupt:
        if progress is not None:
            progress.end()
        err.write(
            f"aistats: stopped waiting; the batch {batch_id} keeps running on the gateway. "
            f"Resume with: aistats batch wait {batch_id}\n"
        )
        raise
    finally:
        if progress is not None:
            progress.end()
    counts = batch.request_counts
    summary = f"{batch.id} {batch.lifecycle_status}"
    if counts:
        summary += f": {counts.completed} of {counts.total} requests completed, {counts.failed} failed"
    out.write(summary + "\n")
    for target, errors in ((args.output, False), (args.errors, True)):
        if target is not None:
            lines, failed = _write(client, batch, target, errors=errors)
            out.write(f"{lines} lines ({failed} not ok) written to {target}\n")
