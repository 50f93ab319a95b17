"""Reading what came back: error mapping and body parsing, pure and shared by sync and async.

Every function here turns an ``httpx`` response or exception into either a generated model
or an aistats error, so no raw httpx or json exception reaches the caller.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

import httpx

from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .._config import Scrubber
from .._constants import EXCERPT_CHARS, REQUEST_ID_HEADERS
from .._error_body import ErrorFacts, read_error_facts
from .._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsufficientFundsError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from aistats_generated.models.gateway_error import GatewayError

__all__ = [
    "excerpt",
    "model_from_dict",
    "parse_completion",
    "parse_object",
    "request_id_of",
    "status_error",
    "transport_error",
]

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


STATUS_CLASSES: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientFundsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def excerpt(data: bytes | bytearray | str, limit: int = EXCERPT_CHARS) -> str:
    """A one-line, length-bounded preview of a body, for error messages."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes | bytearray) else data
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def request_id_of(response: httpx.Response) -> str | None:
    """The gateway's request id from the response headers, when it sent one."""
    headers = response.headers
    for name in REQUEST_ID_HEADERS:
        found: str | None = headers.get(name)
        if found:
            return found
    return None


def _reason_phrase(response: httpx.Response) -> str:
    return response.reason_phrase or "HTTP error"


def _read_error_body(
    raw: bytes | bytearray, response: httpx.Response
) -> tuple[GatewayError | None, ErrorFacts]:
    """Parse an error body: the ``GatewayError`` model (when it is one) and its facts."""
    try:
        data: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        data = None
    facts = read_error_facts(
        data if isinstance(data, dict) else {},
        header_request_id=request_id_of(response),
        header_origin=response.headers.get("x-gateway-error-origin"),
    )
    body = None
    if facts.is_gateway_error:  # only the gateway's own shape gets a model
        from aistats_generated.models.gateway_error import GatewayError  # noqa: PLC0415  (errors are rare)

        try:
            body = GatewayError.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            body = None
    return body, facts


def status_error(
    response: httpx.Response, raw: bytes | bytearray, *, secret: Scrubber | None = None
) -> APIStatusError:
    """The aistats error for a non-2xx ``response`` whose (possibly truncated) body is ``raw``.

    The message reads like ``400 validation_error: Invalid input at messages.1.content
    (request_id=G-…)``, with the provider's status and message for a provider failure;
    bodies that are not a gateway error give an excerpt instead. ``secret`` is scrubbed.
    """
    status = response.status_code
    body, facts = _read_error_body(raw, response)
    if secret is not None:
        facts = facts.scrubbed(secret.scrub)
    message = facts.message(status)
    if message is None:
        if raw.strip():
            message = f"{status} {_reason_phrase(response)}: {excerpt(raw)}"
        else:
            message = f"{status} {_reason_phrase(response)} (empty body)"
    if facts.request_id:
        message += f" (request_id={facts.request_id})"
    if secret is not None:
        message = secret.scrub(message)
    cls = STATUS_CLASSES.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    if cls is InsufficientFundsError:
        return InsufficientFundsError.from_body(
            message, raw, response=response, body=body, code=facts.code, request_id=facts.request_id,
            description=facts.description, origin=facts.origin,
        )  # fmt: skip
    return cls(
        message,
        response=response,
        body=body,
        code=facts.code,
        request_id=facts.request_id,
        description=facts.description,
        origin=facts.origin,
        provider_error=facts.provider_error,
        failed_statuses=facts.failed_statuses,
    )


def parse_completion(response: httpx.Response, raw: bytes | bytearray) -> ChatCompletionsResponse:
    """Parse a 2xx body as ``ChatCompletionsResponse``; ``APIResponseValidationError`` if not."""
    return completion_from_dict(parse_object(response, raw), response)


def parse_object(response: httpx.Response, raw: bytes | bytearray) -> dict[str, Any]:
    """Parse a 2xx body as a JSON object; ``APIResponseValidationError`` if it is not one."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        ctype = response.headers.get("content-type", "")
        raise APIResponseValidationError(
            f"{response.status_code} response is not JSON (content-type {ctype or 'missing'}): "
            f"{excerpt(raw) or '(empty body)'}",
            response=response,
            request=response.request,
        ) from None
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{response.status_code} response is JSON but not an object: {excerpt(raw)}",
            response=response,
            request=response.request,
        )
    return data


def completion_from_dict(data: dict[str, Any], response: httpx.Response) -> ChatCompletionsResponse:
    """``ChatCompletionsResponse.from_dict`` with its failures turned into aistats errors."""
    return model_from_dict(ChatCompletionsResponse, data, response, "completion")


class FromDict(Protocol[M_co]):
    """What reads a reply's JSON object: a generated model class, or an object with the same
    ``from_dict`` (``resources._records``: a reply's ``data`` member, a deletion)."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


def model_from_dict(
    model: type[M] | FromDict[M], data: dict[str, Any], response: httpx.Response, what: str = "reply"
) -> M:
    """``model.from_dict(data)`` (a generated model, or a reader with its ``from_dict``) with its
    failures turned into aistats errors."""
    try:
        reader: Any = model  # a generated model class, or a reader object: both have from_dict
        parsed: M = reader.from_dict(data)
        return parsed
    except KeyError as exc:
        problem = f"is missing the required field {exc.args[0]!r}"
    except (TypeError, ValueError, AttributeError) as exc:
        problem = f"has a field of the wrong type ({exc})"
    raise APIResponseValidationError(
        f"The {what} {problem}: {excerpt(json.dumps(data))}",
        response=response,
        request=response.request,
    )


def transport_error(exc: Exception, request: httpx.Request | None) -> APIConnectionError:
    """Translate an httpx transport failure into ``APIConnectionError``/``APITimeoutError``.

    The httpx exception stays as ``__cause__`` (type and message), but its traceback of
    httpcore frames is dropped: their locals hold the request's raw headers, which a
    traceback formatted with locals would print, API key included.
    """
    exc.with_traceback(None)
    where = f" ({request.method} {request.url})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__
        return APITimeoutError(f"The request timed out{where}: {kind}.", request=request)
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.RemoteProtocolError):
        text = f"The server closed the connection unexpectedly{where}: {detail}"
    elif isinstance(exc, httpx.DecodingError):
        text = f"The response body could not be decoded{where}: {detail}"
    else:
        text = f"Connection error{where}: {detail}"
    return APIConnectionError(text, request=request)
