"""Batch result files, line by line: pure (bytes in, ``BatchResult``s out).

A result file is JSONL: one JSON object per line, split on ``\\n`` (a trailing ``\\r``
dropped, blank lines skipped, a line may arrive split across chunks, the last one may lack
its newline). Each line is ``{id, custom_id, response: {status_code, request_id, body} | null,
error: {code, message} | null}`` (OpenAI's batch output format, passed through by the gateway).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from .._exceptions import AIStatsError
from .._jsonscan import loads

__all__ = ["BadLine", "BatchResult", "LineSplitter", "iter_results", "parse_line"]

M = TypeVar("M")


class BatchResult:
    """One line of a batch's output (or error) file.

    ``custom_id`` is the id the request was given; ``ok`` is true when the line's
    ``response.status_code`` is 2xx and it carries no error; ``status_code`` that status;
    ``body`` the response body (a dict); ``error`` the line's error, else the failed body's
    ``error``; ``raw`` the whole line. ``parse(Model)`` reads the body as a model class.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        """The line as parsed from JSON."""

    @property
    def id(self) -> str | None:
        """The line's id, when the provider gave one."""
        value = self.raw.get("id")
        return value if isinstance(value, str) else None

    @property
    def custom_id(self) -> str | None:
        """The ``custom_id`` of the request this line answers."""
        value = self.raw.get("custom_id")
        return value if isinstance(value, str) else None

    @property
    def response(self) -> Mapping[str, Any] | None:
        """The line's ``response`` member (status code and body)."""
        value = self.raw.get("response")
        return value if isinstance(value, Mapping) else None

    @property
    def status_code(self) -> int | None:
        """The response's HTTP status."""
        response = self.response
        value = response.get("status_code") if response is not None else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def body(self) -> Any:
        """The response body (a dict), when the line has one."""
        response = self.response
        return response.get("body") if response is not None else None

    @property
    def ok(self) -> bool:
        """Whether the request succeeded (a 2xx ``status_code``)."""
        status = self.status_code
        return status is not None and 200 <= status < 300 and self.raw.get("error") is None

    @property
    def error(self) -> Any:
        """The line's error, else the failed body's ``error`` (``None`` when it succeeded)."""
        error = self.raw.get("error")
        if error is not None or self.ok:
            return error
        body = self.body
        return body.get("error", body) if isinstance(body, Mapping) else body

    def parse(self, model: type[M]) -> M:
        """The body as ``model`` (a generated model with ``from_dict``, a pydantic model, or any
        class taking the body's keys); ``AIStatsError`` for a failed line."""
        if not self.ok:
            raise AIStatsError(
                f"Batch line {self.custom_id!r} failed (status {self.status_code}): {self.error!r}; "
                "it has no body to parse."
            )
        body = self.body
        from_dict = getattr(model, "from_dict", None) or getattr(model, "model_validate", None)
        if from_dict is not None:
            parsed: M = from_dict(body)
            return parsed
        return model(**body)

    def __repr__(self) -> str:
        return f"BatchResult(custom_id={self.custom_id!r}, ok={self.ok}, status_code={self.status_code})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BatchResult) and other.raw == self.raw

    __hash__ = None  # type: ignore[assignment]


class BadLine(ValueError):
    """A line that is not a JSON object (the shell turns it into ``APIResponseValidationError``)."""


def parse_line(line: bytes) -> BatchResult:
    """One non-blank line as a ``BatchResult``; ``BadLine`` when it is not a JSON object (read at
    the JSON scanner's speed, with ``json.loads``' outcome: ``_jsonscan``)."""
    try:
        data = loads(line)
    except ValueError:
        data = None
    if type(data) is not dict:
        raise BadLine(f"A batch result line is not a JSON object: {line[:200]!r}")
    return BatchResult(data)


class LineSplitter:
    """Bytes in (``feed`` each chunk, then ``end``), complete non-blank lines out."""

    __slots__ = ("_rest",)

    def __init__(self) -> None:
        self._rest = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines completed by ``chunk`` (without their ``\\r\\n`` / ``\\n``)."""
        if self._rest:
            chunk = self._rest + chunk
        lines = chunk.split(b"\n")
        self._rest = lines.pop()
        return [line for line in lines if line and not line.isspace()]

    def end(self) -> list[bytes]:
        """The last line when the file did not end with a newline."""
        rest, self._rest = self._rest, b""
        return [rest] if rest and not rest.isspace() else []


def iter_results(chunks: Iterator[bytes]) -> Iterator[BatchResult]:
    """Every result in ``chunks`` (a whole file's bytes, in pieces)."""
    splitter = LineSplitter()
    for chunk in chunks:
        for line in splitter.feed(chunk):
            yield parse_line(line)
    for line in splitter.end():
        yield parse_line(line)
