"""``aistats batch wait ID [-o results.jsonl]``: wait for a batch, with a progress line on a
terminal (quiet in a pipe), then write its result lines. Ctrl-C stops waiting, not the
batch: it prints the batch's id and the command that resumes the wait."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .._client import AIStats
from .._jobs.engine import BATCH

__all__ = ["add_commands", "run_batch"]


def add_commands(commands: Any, connection_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``batch wait`` on the ``aistats`` sub-command parser."""
    batch = commands.add_parser("batch", help="wait for a batch and write its results")
    actions = batch.add_subparsers(dest="batch_command", required=True, metavar="ACTION")
    wait = actions.add_parser("wait", help="wait for batch ID to finish; -o writes its result lines")
    wait.add_argument("id", help="the batch's id (batch_...)")
    wait.add_argument("-o", "--output", type=Path, help="write the result lines (JSONL) to this file")
    wait.add_argument("--errors", type=Path, help="write the error file's lines (JSONL) to this file")
    wait.add_argument(
        "--wait-timeout", type=float, default=BATCH.default_timeout,
        help=f"stop waiting after this many seconds (default {BATCH.default_timeout:g}); the batch runs on",
    )  # fmt: skip
    wait.add_argument(
        "--poll-interval",
        type=float,
        help="seconds between polls (default: the gateway's hint, else backoff)",
    )
    connection_options(wait)


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
    """``aistats batch wait``: wait, then write the results; Ctrl-C says how to resume."""
    progress = Progress(err) if err.isatty() else None
    try:
        batch = client.batches.wait(
            args.id, timeout=args.wait_timeout, poll_interval=args.poll_interval, on_update=progress
        )
    except KeyboardInterrupt:
        if progress is not None:
            progress.end()
        err.write(
            f"aistats: stopped waiting; the batch {args.id} keeps running on the gateway. "
            f"Resume with: aistats batch wait {args.id}\n"
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
