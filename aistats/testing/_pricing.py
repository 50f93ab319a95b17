"""The gateway's prices on the fake's replies, in the real shape (``wire/a_*``, ``b_*``, ``wire2``).

A priced JSON reply carries ``cost_nanos``, ``cost_cents``, ``currency`` and ``pricing_lines``
at its top level and the same figure under ``usage.pricing`` (chat) or
``usage.pricing_breakdown`` (``/responses``, ``/messages``). A priced chat stream carries
``usage.pricing`` on its usage frame (and a closing snapshot, when it sends one, is priced
like a JSON reply); a ``/responses`` stream on its terminal event's ``response.usage``. A
``/messages`` stream is never priced: the real gateway sends no price on one.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ._replies import Reply

__all__ = ["DEFAULT_COST_USD", "price_body", "price_reply", "pricing"]

#: What the fake charges for a reply unless told otherwise: the transcripts' price of a
#: short chat reply (9 prompt and 6 completion tokens of openai/gpt-4.1-mini).
DEFAULT_COST_USD: Final = Decimal("0.0000132")

_NANOS: Final = Decimal(1_000_000_000)
_PER_MILLION: Final = 1_000_000
_BILLED_AT_MS: Final = 1_700_000_000_000
_TERMINAL_EVENTS: Final = ("response.completed", "response.failed", "response.incomplete")


def _usd_text(nanos: int) -> str:
    return format((Decimal(nanos) / _NANOS).normalize(), "f")


def _line(dimension: str, quantity: int, nanos: int) -> dict[str, Any]:
    line_usd = Decimal(nanos) / _NANOS
    unit_price = line_usd * _PER_MILLION / quantity if quantity else Decimal(0)
    return {
        "dimension": dimension,
        "quantity": quantity,
        "billable_units": quantity / _PER_MILLION,
        "unit_size": _PER_MILLION,
        "unit_price_usd": f"{unit_price:.9f}",
        "line_cost_usd": f"{line_usd:.9f}",
        "line_nanos": nanos,
        "billing_timestamp_basis": "request_start",
        "billing_timestamp_basis_configured": "request_start",
        "billing_timestamp_ms": _BILLED_AT_MS,
        "billing_timestamp_iso": datetime.datetime.fromtimestamp(_BILLED_AT_MS / 1000, datetime.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z"),
        "pricing_time_window": None,
    }


def pricing(
    cost_usd: Decimal | str | float, prompt_tokens: int = 0, completion_tokens: int = 0
) -> dict[str, Any]:
    """A ``usage.pricing`` object for a call that cost ``cost_usd``: ``total_nanos``,
    ``total_usd_str``, ``total_cents``, ``currency`` and two lines (input and output
    tokens) that share the total by token count and add up to it."""
    nanos = int((Decimal(str(cost_usd)) * _NANOS).to_integral_value())
    tokens = prompt_tokens + completion_tokens
    input_nanos = nanos * prompt_tokens // tokens if tokens else nanos
    return {
        "total_nanos": nanos,
        "total_usd_str": _usd_text(nanos),
        "total_cents": nanos // 10_000_000,
        "currency": "USD",
        "lines": [
            _line("input_text_tokens", prompt_tokens, input_nanos),
            _line("output_text_tokens", completion_tokens, nanos - input_nanos),
        ],
    }


def _tokens(usage: Any) -> tuple[int, int]:
    if not isinstance(usage, dict):
        return 0, 0
    prompt = usage.get("prompt_tokens", usage.get("input_tokens", 0))
    output = usage.get("completion_tokens", usage.get("output_tokens", 0))
    return (prompt if isinstance(prompt, int) else 0), (output if isinstance(output, int) else 0)


def price_body(body: dict[str, Any], cost_usd: Decimal | str | float) -> dict[str, Any]:
    """A JSON reply (chat completion, response, message, embeddings, ...) priced at
    ``cost_usd``, as the gateway prices it."""
    usage = body.get("usage")
    priced = pricing(cost_usd, *_tokens(usage))
    key = (
        "pricing"
        if body.get("object") in ("chat.completion", "chat.completion.chunk")
        else "pricing_breakdown"
    )
    out = dict(body)
    if isinstance(usage, dict):
        out["usage"] = {**usage, key: priced}
    out.update(
        cost_nanos=priced["total_nanos"],
        cost_cents=priced["total_cents"],
        currency="USD",
        pricing_lines=priced["lines"],
    )
    return out


def _price_frame(frame: Any, cost_usd: Decimal | str | float) -> Any:
    if not isinstance(frame, dict):
        return frame
    if frame.get("object") == "chat.completion":  # a closing snapshot
        return price_body(frame, cost_usd)
    usage = frame.get("usage")
    if frame.get("object") == "chat.completion.chunk" and isinstance(usage, dict):
        return {**frame, "usage": {**usage, "pricing": pricing(cost_usd, *_tokens(usage))}}
    response = frame.get("response")
    if frame.get("type") in _TERMINAL_EVENTS and isinstance(response, dict):
        inner = response.get("usage")
        if isinstance(inner, dict):
            breakdown = pricing(cost_usd, *_tokens(inner))
            return {**frame, "response": {**response, "usage": {**inner, "pricing_breakdown": breakdown}}}
    return frame


def _price_event(part: bytes, cost_usd: Decimal | str | float) -> bytes:
    lines = part.decode().splitlines(keepends=True)
    for i, line in enumerate(lines):
        if not line.startswith("data: "):
            continue
        text = line[len("data: ") :]
        end = text[len(text.rstrip("\r\n")) :]
        try:
            frame = json.loads(text)
        except ValueError:
            continue
        priced = _price_frame(frame, cost_usd)
        if priced is not frame:
            lines[i] = "data: " + json.dumps(priced, separators=(",", ":"), ensure_ascii=False) + end
    return "".join(lines).encode()


def price_reply(reply: Reply, cost_usd: Decimal | str | float) -> Reply:
    """``reply`` (a concrete one) with the gateway's price of ``cost_usd`` on its body: a 2xx
    JSON object or event stream; anything else is returned as it is."""
    if not 200 <= reply.status < 300:
        return reply
    ctype = {name.lower(): value for name, value in reply.headers}.get("content-type", "")
    if ctype.startswith("application/json"):
        raw = b"".join(part for part in reply.body if isinstance(part, bytes))
        try:
            body = json.loads(raw)
        except ValueError:
            return reply
        if not isinstance(body, dict):
            return reply
        data = json.dumps(price_body(body, cost_usd), separators=(",", ":"), ensure_ascii=False).encode()
        return dataclasses.replace(reply, body=(data,))
    if ctype.startswith("text/event-stream"):
        parts = tuple(
            _price_event(part, cost_usd) if isinstance(part, bytes) else part for part in reply.body
        )
        return dataclasses.replace(reply, body=parts)
    return reply
