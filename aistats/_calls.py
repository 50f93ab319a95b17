"""A ``PreparedCall`` for any JSON route, and the parsing of its JSON reply: pure, shared by
the sync and async clients and by every resource that is not chat completions.

The request body goes through the route's generated request model (``from_dict``, then the
generated endpoint's ``_get_kwargs``), so the spec decides the JSON that is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._config import ClientConfig, check_deadline, check_headers, to_timeout
from ._exceptions import AIStatsError, APIResponseValidationError
from ._io import aread_body, read_body
from ._request import PreparedCall
from ._response import excerpt
from ._retry import Attempts

__all__ = ["Route", "aread_model", "prepare_route_call", "read_model"]

M = TypeVar("M")


class _RequestModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class Route(Protocol):
    """What ``prepare_route_call`` needs of a generated endpoint: its ``_get_kwargs``."""

    def __call__(self, *, body: Any) -> dict[str, Any]: ...


def encode_route_body(
    name: str,
    from_dict: Callable[[dict[str, Any]], _RequestModel],
    get_kwargs: Route,
    params: Mapping[str, Any],
    *,
    stream: bool,
    extra_body: Mapping[str, Any] | None,
    required: str,
) -> tuple[str, str, bytes]:
    """Validate ``params`` through the generated request model and encode them (as chat's
    ``encode_body``): the method, the path relative to the base URL, and the JSON body."""
    payload = dict(params)
    if stream:
        payload["stream"] = True
    try:
        kwargs = get_kwargs(body=from_dict(payload))
    except KeyError as exc:
        raise AIStatsError(
            f"{name}() is missing the required argument {exc.args[0]!r} (every request needs {required})."
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise AIStatsError(f"{name}() got an argument of the wrong shape: {exc}") from None
    body: dict[str, Any] = kwargs["json"]
    if extra_body:
        body.update(extra_body)
    try:
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise AIStatsError(f"The request body cannot be sent as JSON: {exc}") from None
    return str(kwargs["method"]).upper(), str(kwargs["url"]), content.encode()


def prepare_route_call(
    config: ClientConfig,
    method: str,
    path: str,
    content: bytes,
    *,
    stream: bool,
    timeout: float | httpx.Timeout | None,
    deadline: float | None,
    extra_headers: Mapping[str, str] | None,
) -> PreparedCall:
    """Everything to send for one call to ``path``, per-call options applied."""
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


def parse_model(
    response: httpx.Response, raw: bytes | bytearray, from_dict: Callable[[dict[str, Any]], M], what: str
) -> M:
    """Parse a 2xx JSON body with ``from_dict``; ``APIResponseValidationError`` if it does not fit."""
    try:
        data: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        ctype = response.headers.get("content-type", "")
        raise APIResponseValidationError(
            f"{response.status_code} response is not JSON (content-type {ctype or 'missing'}): "
            f"{excerpt(raw) or '(empty body)'}",
            response=response,
            request=response.request,
        ) from None
    if not isinstance(data, dict):
        problem = "is JSON but not an object"
    else:
        try:
            return from_dict(data)
        except KeyError as exc:
            problem = f"is missing the required field {exc.args[0]!r}"
        except (TypeError, ValueError, AttributeError) as exc:
            problem = f"has a field of the wrong type ({exc})"
    raise APIResponseValidationError(
        f"The {what} {problem}: {excerpt(raw)}", response=response, request=response.request
    )


def read_model(
    from_dict: Callable[[dict[str, Any]], M], what: str
) -> Callable[[httpx.Response, Attempts], M]:
    """An ``on_success`` for ``AIStats._call`` that reads the body and parses it."""

    def read(response: httpx.Response, attempts: Attempts) -> M:
        return parse_model(response, read_body(response, attempts), from_dict, what)

    return read


def aread_model(
    from_dict: Callable[[dict[str, Any]], M], what: str
) -> Callable[[httpx.Response, Attempts], Any]:
    """``read_model`` for ``AsyncAIStats._call``."""

    async def read(response: httpx.Response, attempts: Attempts) -> M:
        return parse_model(response, await aread_body(response, attempts), from_dict, what)

    return read
