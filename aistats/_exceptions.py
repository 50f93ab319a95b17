"""Every error a public aistats call raises.

No raw httpx or json exception escapes a public call: each is translated into one of
these, with the original kept as ``__cause__``.

```
AIStatsError                       configuration and usage errors (e.g. no API key)
├── BudgetExceededError            the client's Budget is spent: the call was not sent (.budget)
└── APIError                       .message, .request (httpx.Request or None)
    ├── APIConnectionError         network failure, connection reset, stream cut mid-way
    │   └── APITimeoutError        an attempt's timeout or the call's deadline ran out
    ├── APIResponseValidationError a 2xx body that is not the JSON the spec promises
    ├── StreamError                an in-band error frame in a 200 stream
    └── APIStatusError             .status_code, .response, .body, .code, .request_id,
        │                          .retry_after, .description, .origin, .provider_error
        ├── BadRequestError            400
        ├── AuthenticationError        401
        ├── InsufficientFundsError     402
        ├── PermissionDeniedError      403
        ├── NotFoundError              404
        ├── ConflictError              409
        ├── PayloadTooLargeError       413
        ├── UnprocessableEntityError   422
        ├── RateLimitError             429
        └── InternalServerError        >= 500
JobFailedError                     (an AIStatsError) a waited-for job ended failed, cancelled or expired
JobTimeoutError                    (an AIStatsError) a wait's timeout ran out; the job runs on
```

Messages say what happened: the status, the gateway's error code (and reason), its
description (the offending path of a validation error; the provider's own status and
message for a provider failure) and the request id; they never contain the API key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._error_body import ProviderError
from ._portable import portable_state, restore_error

if TYPE_CHECKING:
    from aistats_generated.models.gateway_error import GatewayError
    from aistats_generated.models.stream_error_frame import StreamErrorFrame

    from ._budget import Budget

__all__ = [
    "AIStatsError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "ConflictError",
    "FileTooLargeError",
    "InsufficientFundsError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "StreamError",
    "UnprocessableEntityError",
]


class AIStatsError(Exception):
    """Base class of every aistats error; raised alone for configuration mistakes.

    Every aistats error survives ``pickle`` and ``copy.deepcopy`` with its class, message
    and attributes (``aistats._portable`` says what becomes of its httpx objects).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return restore_error, (type(self), self.args), portable_state(self.__dict__)


class FileTooLargeError(AIStatsError):
    """An upload is larger than the gateway always accepts on its route; raised before sending.

    ``size`` is the request body's size in bytes, ``limit`` the route's limit.
    """

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size = size
        """The size that was refused, in bytes."""
        self.limit = limit
        """The route's limit, in bytes."""


class BudgetExceededError(AIStatsError):
    """The client's ``Budget`` is spent (``spent_usd >= usd``): the call was refused before
    anything was sent. ``budget`` is that budget."""

    budget: Budget

    def __init__(self, message: str, *, budget: Budget) -> None:
        super().__init__(message)
        self.budget = budget
        """The spent budget."""


class APIError(AIStatsError):
    """A call to the gateway failed.

    ``message`` is the human-readable explanation and ``request`` the request that failed
    (``None`` when the failure happened before a request existed).
    """

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        """What went wrong, in one line."""
        self.request = request
        """The request that failed (``None`` when none was built)."""


class APIConnectionError(APIError):
    """The connection failed, was reset, or a stream was cut before it ended."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """An attempt's timeout, or the whole call's ``deadline``, ran out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not the JSON that ``openapi.yaml`` promises."""

    response: httpx.Response
    status_code: int

    def __init__(
        self, message: str, *, response: httpx.Response, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)
        self.response = response
        """The response whose body did not match the contract."""
        self.status_code = response.status_code
        """Its HTTP status."""


class StreamError(APIError):
    """The gateway reported an error inside a 200 stream (``{"object": "error"}``,
    ``event: error``, or a frame with an ``error`` member).

    Every chunk that arrived before the error frame was delivered first. ``frame`` is the
    parsed error frame and ``request_id`` the stream's request id (its request-id header,
    else the frames' ``id``).
    """

    frame: StreamErrorFrame | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        frame: StreamErrorFrame | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.frame = frame
        """The error frame as the gateway sent it, parsed."""
        self.request_id = request_id
        """The gateway's request id of the stream, when known."""


class APIStatusError(APIError):
    """The gateway answered with a non-2xx status.

    ``body`` is the parsed ``GatewayError`` (``None`` when the body was not one, e.g. an
    HTML page from a proxy), ``code`` the gateway's error code such as
    ``"insufficient_funds"``, ``request_id`` the gateway's request id when known (the
    body's ``generation_id``, else ``request_id``, else a request-id header), and
    ``retry_after`` the seconds the server asked to wait, when it said so.

    ``description`` is the gateway's human text, ``origin`` who it blames (``"user"``,
    ``"gateway"`` or ``"upstream"``), ``provider_error`` what the upstream provider itself
    answered (its status, code and message) when a provider failed, and
    ``failed_statuses`` the providers' HTTP statuses of a 502 ``upstream_error``.
    """

    response: httpx.Response
    status_code: int
    body: GatewayError | None
    code: str | None
    request_id: str | None
    retry_after: float | None
    description: str | None
    origin: str | None
    provider_error: ProviderError | None
    failed_statuses: tuple[int, ...]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: GatewayError | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        description: str | None = None,
        origin: str | None = None,
        provider_error: ProviderError | None = None,
        failed_statuses: tuple[int, ...] = (),
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        """The HTTP response."""
        self.status_code = response.status_code
        """The HTTP status."""
        self.body = body
        """The parsed ``GatewayError`` (``None`` when the body was not one, e.g. a proxy's HTML page)."""
        self.code = code
        """The gateway's error code (``insufficient_funds``, ``validation_error``, ...)."""
        self.request_id = request_id
        """The gateway's request id (its ``generation_id``), for support."""
        self.retry_after = retry_after
        """Seconds the gateway asked to wait (``Retry-After``), if it said."""
        self.description = description
        """The gateway's description of the error, when it gave one."""
        self.origin = origin
        """Who the gateway blames: ``"user"``, ``"gateway"`` or ``"upstream"``."""
        self.provider_error = provider_error
        """The provider's own answer, when the gateway passed it on."""
        self.failed_statuses = failed_statuses
        """The providers' HTTP statuses of a 502 ``upstream_error``."""


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class InsufficientFundsError(APIStatusError):
    """402: the balance cannot pay for the request.

    The gateway reserves the largest possible cost of a request before sending it on (the
    prompt and ``max_tokens`` at the model's price), so a balance above what the call would
    really cost can still be too little: lower ``max_tokens`` or top up. The amounts the
    body names, in billionths of a US dollar, are attributes (``None`` when it named none):
    ``reserved_nanos`` (what the gateway tried to reserve), ``balance_nanos``,
    ``available_nanos`` (the balance less other reservations) and ``required_nanos``;
    ``amounts`` holds every ``*_nanos`` figure of the body by name.
    """

    reserved_nanos: int | None
    balance_nanos: int | None
    available_nanos: int | None
    required_nanos: int | None
    amounts: dict[str, int]

    def __init__(self, message: str, *, amounts: dict[str, int] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.amounts = dict(amounts or {})
        """Every amount the 402 body names, in nanos (billionths of a dollar)."""
        self.reserved_nanos = self.amounts.get("reserved_nanos")
        """The largest possible cost reserved up front, when the body says."""
        self.balance_nanos = self.amounts.get("balance_nanos")
        """The account's balance, when the body says."""
        self.available_nanos = self.amounts.get("available_nanos")
        """What the account could spend, when the body says."""
        self.required_nanos = self.amounts.get("required_nanos")
        """What the request needed, when the body says."""

    @classmethod
    def from_body(cls, message: str, raw: bytes | bytearray, **kwargs: Any) -> InsufficientFundsError:
        """The error for a 402 whose body is ``raw``: its amounts read, the message saying
        them and why a balance above the call's cost can be refused."""
        amounts = _nanos_amounts(raw)
        said = ", ".join(f"{name}={value}" for name, value in amounts.items())
        message += (f" [{said}]" if said else "") + (
            ". The gateway reserves the largest possible cost of a request up front (prompt and "
            "max_tokens at the model's price): lower max_tokens or top up your balance."
        )
        return cls(message, amounts=amounts, **kwargs)


def _nanos_amounts(raw: bytes | bytearray) -> dict[str, int]:
    """Every integer ``*_nanos`` field of a 402 body: at its top level, in a nested ``error``
    object (the batch and file handlers' shape) or in its ``details``."""
    import json  # noqa: PLC0415  (a 402 is rare)

    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return {}
    places: list[Any] = [data]
    if isinstance(data, dict):
        places.append(data.get("error"))
        details = data.get("details")
        places.extend(details if isinstance(details, list) else [details])
    found: dict[str, int] = {}
    for place in places:
        if isinstance(place, dict):
            for name, value in place.items():
                if (
                    isinstance(name, str) and name.endswith("_nanos") and isinstance(value, int)
                    and not isinstance(value, bool) and name not in found
                ):  # fmt: skip
                    found[name] = value
    return found


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model or endpoint."""


class NotFoundError(APIStatusError):
    """404: the endpoint or model was not found."""


class ConflictError(APIStatusError):
    """409: the resource is not ready or in a conflicting state (retried)."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large (never retried)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: a rate or key limit was hit."""


class InternalServerError(APIStatusError):
    """A 5xx status: the gateway or the upstream provider failed."""


class JobFailedError(AIStatsError):
    """A waited-for job (batch, video, music) ended without completing: ``failed``,
    ``cancelled`` or ``expired``. ``job`` is its last snapshot, ``status`` that state."""

    def __init__(self, message: str, *, job: Any = None, status: str | None = None) -> None:
        super().__init__(message)
        self.job = job
        """The job's last snapshot."""
        self.status = status
        """The state it ended in: ``failed``, ``cancelled`` or ``expired``."""


class JobTimeoutError(AIStatsError):
    """A wait's ``timeout`` ran out before the job finished. The job itself runs on at the
    gateway; ``job`` is the last snapshot seen (wait again with its id)."""

    def __init__(self, message: str, *, job: Any = None, timeout: float | None = None) -> None:
        super().__init__(message)
        self.job = job
        """The last snapshot seen; the job runs on at the gateway."""
        self.timeout = timeout
        """The wait's timeout, in seconds."""
