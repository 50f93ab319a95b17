"""The multipart encoder: a form's fields and files in, its parts out, without any I/O.

The gateway's form grammar (GATEWAY_FACTS_3 §§2-3; its form reader, read for facts): a scalar is
a text part (booleans ``true``/``false``); a list is one part per item under ``name[]`` (the
gateway reads a ``[]`` name as a list, as its own ``image[]`` and ``timestamp_granularities[]``
do); an object is sent as JSON text only in the fields the gateway decodes from JSON
(``JSON_FIELDS``); ``None`` is left out. Anything else is a ``TypeError`` naming the field.

``encode_form`` returns the body as a sequence of ``bytes`` (boundaries, part headers, text
values) and ``FilePart`` placeholders (a file's content, read by the caller when sending), and
``content_length`` adds it up when every file's size is known.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from .inputs import FilePart, file_part

__all__ = ["JSON_FIELDS", "Chunk", "content_length", "encode_form", "form_parts", "new_boundary"]

#: Fields whose value the gateway decodes from JSON text when it starts with ``{`` or ``[``.
JSON_FIELDS: Final = frozenset(
    {
        "provider",
        "debug",
        "include",
        "timestamp_granularities",
        "chunking_strategy",
        "languages",
        "keywords",
        "context_bias",
        "input_reference",
    }
)

Chunk = bytes | FilePart


def new_boundary() -> str:
    """A fresh boundary: no file's bytes are scanned, so it is long and random."""
    return f"aistats-{secrets.token_hex(16)}"


def form_parts(values: Mapping[str, Any], file_fields: Iterable[str]) -> list[tuple[str, str] | FilePart]:
    """The parts of a form, in the order of ``values``: ``(name, text)`` or ``FilePart``.

    ``file_fields`` are the fields that take a ``FileInput`` (or a list of them).
    """
    files = frozenset(file_fields)
    parts: list[tuple[str, str] | FilePart] = []
    for name, value in values.items():
        if value is None:
            continue
        if name in files:
            if isinstance(value, list):
                parts.extend(file_part(f"{name}[]", item) for item in value)
            else:
                parts.append(file_part(name, value))
        elif isinstance(value, list | tuple):
            parts.extend((f"{name}[]", _text(name, item)) for item in value)
        elif isinstance(value, Mapping):
            parts.append((name, _json_text(name, value)))
        else:
            parts.append((name, _text(name, value)))
    return parts


def _text(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"{name}: {value!r} cannot be sent in a form.")
        return repr(value)
    if isinstance(value, Mapping) and name in JSON_FIELDS:
        return _json_text(name, value)
    raise TypeError(
        f"{name}: a form field takes a str, number, bool or a list of them, got a {type(value).__name__}."
    )


def _json_text(name: str, value: Mapping[str, Any]) -> str:
    if name not in JSON_FIELDS:
        raise TypeError(
            f"{name}: an object cannot be sent in this form (the gateway reads only "
            f"{', '.join(sorted(JSON_FIELDS))} as JSON); pass a str, number or bool."
        )
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name}: cannot be sent as JSON: {exc}") from None


def _quote(value: str) -> str:
    """A name or filename inside a ``Content-Disposition`` quoted string (as browsers write it)."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def encode_form(parts: Sequence[tuple[str, str] | FilePart], boundary: str) -> list[Chunk]:
    """The body of ``parts`` as bytes chunks and the ``FilePart`` placeholders of file contents."""
    out: list[Chunk] = []
    dash = f"--{boundary}\r\n".encode()
    for part in parts:
        if isinstance(part, FilePart):
            head = (
                f'Content-Disposition: form-data; name="{_quote(part.field)}"; '
                f'filename="{_quote(part.filename)}"\r\nContent-Type: {part.content_type}\r\n\r\n'
            )
            out += [dash + head.encode(), part, b"\r\n"]
        else:
            name, text = part
            head = f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'
            out.append(dash + head.encode() + text.encode() + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return out


def content_length(chunks: Sequence[Chunk]) -> int | None:
    """The body's size in bytes, or ``None`` when a file's size is unknown (a non-seekable stream)."""
    total = 0
    for chunk in chunks:
        size = len(chunk) if isinstance(chunk, bytes) else chunk.size
        if size is None:
            return None
        total += size
    return total
