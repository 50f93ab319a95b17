"""Turning one ``create(...)`` call into the bytes and headers to send: pure, shared by
the sync and async clients."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._config import ClientConfig, check_deadline, check_headers, to_timeout
from ._exceptions import AIStatsError
from ._messages import normalise_messages

__all__ = ["PreparedCall", "prepare_call"]


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """A request ready to be sent (again, on retry): everything but the attempt's timeout."""

    method: str
    url: str
    headers: Mapping[str, str]
    content: bytes
    stream: bool
    timeout: httpx.Timeout
    deadline: float | None

    def build(self, client: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout) -> httpx.Request:
        """The ``httpx.Request`` for one attempt."""
        return client.build_request(
            self.method, self.url, headers=self.headers, content=self.content, timeout=timeout
        )


def encode_body(
    params: Mapping[str, Any], *, stream: bool, extra_body: Mapping[str, Any] | None
) -> tuple[str, str, bytes]:
    """Validate ``params`` through the generated request model and encode them.

    Returns the method, the path relative to the base URL, and the JSON body. Keys are sent
    as given (nothing is added but ``stream: true``; an assistant message's ``content:
    None`` is omitted, see ``_messages``); ``extra_body`` is merged last, so it can
    override declared fields.
    """
    # Imported on the first call: the request model's closure (messages, tools, routing, ...) is
    # the largest part of the generated package, and `import aistats` does not need it.
    from aistats_generated.api.completions import create_chat_completion  # noqa: PLC0415
    from aistats_generated.models.chat_completions_request import ChatCompletionsRequest  # noqa: PLC0415

    payload = dict(params)
    if stream:
        payload["stream"] = True
    try:
        model = ChatCompletionsRequest.from_dict(payload)
        kwargs = create_chat_completion._get_kwargs(body=model)
    except KeyError as exc:
        raise AIStatsError(
            f"create() is missing the required argument {exc.args[0]!r} "
            "(every request needs model= and messages=)."
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise AIStatsError(f"create() got an argument of the wrong shape: {exc}") from None
    body: dict[str, Any] = kwargs["json"]
    normalise_messages(body)
    if extra_body:
        body.update(extra_body)
    try:
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise AIStatsError(f"The request body cannot be sent as JSON: {exc}") from None
    return str(kwargs["method"]).upper(), str(kwargs["url"]), content.encode()


def prepare_call(
    config: ClientConfig,
    params: Mapping[str, Any],
    *,
    stream: bool,
    timeout: float | httpx.Timeout | None,
    deadline: float | None,
    extra_headers: Mapping[str, str] | None,
    extra_body: Mapping[str, Any] | None,
) -> PreparedCall:
    """Everything to send for one ``create()`` call, per-call options applied."""
    method, path, content = encode_body(params, stream=stream, extra_body=extra_body)
    extra = check_headers(extra_headers, "extra_headers")
    attempt_timeout = to_timeout(timeout, config.timeout)
    call_deadline = check_deadline(deadline) if deadline is not None else config.deadline
    headers = httpx.Headers(config.headers)
    headers["Content-Type"] = "application/json"
    if stream:
        headers["Accept"] = "text/event-stream"
    headers.update(extra)
    # Last, after every check: no frame that can raise holds the key in a local.
    headers["Authorization"] = config.api_key.bearer()
    return PreparedCall(
        method=method,
        url=config.endpoint_base + path,
        headers=headers,
        content=content,
        stream=stream,
        timeout=attempt_timeout,
        deadline=call_deadline,
    )
