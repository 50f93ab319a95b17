"""What aistats writes to the ``aistats`` logger: requests at DEBUG, retries at INFO.

Nothing logged here ever holds the API key. Bodies are logged (at DEBUG) only when the
environment variable ``AI_STATS_LOG_BODIES=1`` asks for it. ``AI_STATS_LOG=debug`` (or
``info``) turns the logger on without code: a handler writing to stderr is added when the
first client is created.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

import httpx

from .._constants import ENV_LOG, ENV_LOG_BODIES, REQUEST_ID_HEADERS
from .._exceptions import APIError, APIStatusError

logger = logging.getLogger("aistats")

__all__ = ["log_request", "log_response", "log_retry", "logger", "setup_env_logging"]

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_env_checked = False


def setup_env_logging() -> None:
    """Once per process: honour ``AI_STATS_LOG=debug|info`` with a stderr handler."""
    global _env_checked  # noqa: PLW0603 - one handler per process, whatever the clients
    if _env_checked:
        return
    value = os.environ.get(ENV_LOG, "").strip().lower()
    if not value:
        return  # not set yet: looked at again by the next client
    _env_checked = True
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(f"{ENV_LOG}={value!r} is ignored: use debug or info.", stacklevel=3)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def _bodies_wanted() -> bool:
    return os.environ.get(ENV_LOG_BODIES, "") in ("1", "true")


def log_request(request: httpx.Request, attempt: int) -> None:
    """DEBUG: the request about to be sent (no headers; the body only when asked)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug("Sending %s %s (attempt %d)", request.method, request.url, attempt)
    if _bodies_wanted():
        from .._transport.response import excerpt  # noqa: PLC0415  (rarely wanted; its module is heavy)

        try:
            content = request.content
        except httpx.RequestNotRead:  # an upload, streamed from its files: not read for a log
            size = request.headers.get("content-length", "unknown")
            logger.debug("Request body: a streamed upload (%s bytes)", size)
            return
        logger.debug("Request body: %s", excerpt(content, 2000))


def log_response(response: httpx.Response, elapsed: float) -> None:
    """DEBUG: the status line and request id of a response."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d %s in %.3fs (request_id=%s)",
            response.request.method,
            response.request.url,
            response.status_code,
            response.reason_phrase,
            elapsed,
            next(filter(None, map(response.headers.get, REQUEST_ID_HEADERS)), None),
        )


def log_retry(request: httpx.Request | None, error: APIError, delay: float, retry: int, of: int) -> None:
    """INFO: a retry about to happen, with attempt, cause and delay."""
    if isinstance(error, APIStatusError):
        cause = f"status {error.status_code}" + (f" {error.code}" if error.code else "")
    else:
        cause = type(error).__name__
    target = f"{request.method} {request.url}" if request is not None else "request"
    logger.info("Retrying %s in %.2fs (retry %d of %d) after %s", target, delay, retry, of, cause)
