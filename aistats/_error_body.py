"""Reading a gateway error body: what went wrong, said in the gateway's own words.

Pure and shared by sync and async. The current gateway sends a flat body
(``../shared/reference/GATEWAY_FACTS.md``, "Errors")::

    {"generation_id": "G-…", "status_code": 502, "error": "upstream_error",
     "error_origin": "upstream", "description": "Provider \\"x\\" failed with HTTP 400 …",
     "reason": "all_candidates_failed", "failed_statuses": [400],
     "failure_sample": [{"provider": "x", "status": 400, "upstream_error_code": …,
                         "upstream_error_message": …}], "upstream_error": {…}, …}

Older gateways sent ``request_id``/``message``; a relayed provider error has an
``error`` object (OpenAI's shape). The file, batch and management routes answer in three more
shapes (GATEWAY_FACTS_3 §0): ``{error, reason, request_id, ...}``, a nested
``{"error": {"type", "reason", "message"}}`` (the gateway's own words, not a provider's) and
``{error, message}`` / ``{ok: false, error, message}``. All of them are read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from ._constants import ENV_API_KEY, ENV_MANAGEMENT_KEY

__all__ = ["ErrorFacts", "ProviderError", "read_error_facts"]

_ORIGINS: Final = frozenset({"user", "gateway", "upstream"})

#: What to do about an auth failure that says which kind of key a route takes.
_KEY_HINTS: Final = {
    "management_key_required": (
        "this route takes a management key (phaseo_v1_mk_...): pass management_key=... "
        f"or set {ENV_MANAGEMENT_KEY}"
    ),
    "management_key_not_valid_for_gateway": (
        f"this route takes an inference API key, not a management key: pass api_key=... or set {ENV_API_KEY}"
    ),
}
_SCOPE: Final = re.compile(r"requires ([a-z_]+:[a-z_]+)")


@dataclass(frozen=True, slots=True)
class ProviderError:
    """What the upstream provider itself said, when the gateway relayed a provider failure.

    ``status`` is the provider's HTTP status (the gateway answers 502 for every provider
    failure), ``code`` and ``message`` the provider's error code and text.
    """

    provider: str | None
    """The provider that answered (``openai``, ``anthropic``, ...)."""
    status: int | None
    """The HTTP status the provider answered with."""
    code: str | None
    """The provider's error code, when it sent one."""
    message: str | None
    """The provider's error message."""


@dataclass(frozen=True, slots=True)
class ErrorFacts:
    """Everything an error message and the error's attributes are made of."""

    code: str | None = None
    reason: str | None = None
    description: str | None = None
    request_id: str | None = None
    origin: str | None = None
    provider_error: ProviderError | None = None
    failed_statuses: tuple[int, ...] = ()
    paths: tuple[str, ...] = ()
    is_gateway_error: bool = False
    """True for the gateway's own flat shape (``error`` is a string code)."""

    def scrubbed(self, scrub: Callable[[str], str]) -> ErrorFacts:
        """These facts with ``scrub`` applied to every text the gateway wrote."""
        provider = self.provider_error
        if provider is not None and provider.message:
            provider = replace(provider, message=scrub(provider.message))
        description = scrub(self.description) if self.description else self.description
        return replace(self, description=description, provider_error=provider)

    def message(self, status: int) -> str | None:
        """``<status> <code> (<reason>): <description>; …`` (no request id), or ``None``
        when the body named no error code."""
        if self.code is None:
            return None
        text = f"{status} {self.code}"
        said = self.description or self.reason or ""
        if self.reason and self.reason not in (self.code, said):
            text += f" ({self.reason})"
        if said and said != self.code:
            text += f": {said}"
        missing = [path for path in self.paths if path not in said]
        if missing:
            text += f" (at {', '.join(missing)})"
        provider = self.provider_error
        if provider is not None and provider.message and provider.message not in said:
            who = f"provider {provider.provider}" if provider.provider else "the provider"
            status_text = f" {provider.status}" if provider.status is not None else ""
            code_text = f" {provider.code}" if provider.code else ""
            text += f"; {who} answered{status_text}{code_text}: {provider.message}"
        hint = _KEY_HINTS.get(self.reason or "")
        if hint is None and self.code == "insufficient_scope":
            scope = _SCOPE.search(said)
            hint = f"the management key lacks the scope {scope.group(1) if scope else 'this route needs'}"
            hint += "; use a key created with it"
        if hint is not None:
            text += f" ({hint})"
        return text


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _provider_error(data: Mapping[str, Any], error: Any) -> ProviderError | None:
    """The provider's own status and words: a failure sample, else ``upstream_error`` with
    the failed providers and statuses, else a relayed error object."""
    samples = data.get("failure_sample")
    sample = samples[0] if isinstance(samples, list) and samples and isinstance(samples[0], dict) else None
    if sample is not None:
        return ProviderError(
            provider=_str(sample.get("provider")),
            status=_int(sample.get("status")),
            code=_str(sample.get("upstream_error_code")),
            message=_str(sample.get("upstream_error_message")),
        )
    upstream = data.get("upstream_error")
    providers = data.get("failed_providers")
    statuses = data.get("failed_statuses")
    provider = _str(providers[0]) if isinstance(providers, list) and providers else None
    status = _int(statuses[0]) if isinstance(statuses, list) and statuses else None
    if isinstance(upstream, dict):
        return ProviderError(provider, status, _str(upstream.get("code")), _str(upstream.get("message")))
    if isinstance(error, dict) and not _is_gateway_nested(error):
        code = error.get("code") or error.get("type")
        return ProviderError(
            provider or _str(data.get("provider")),
            status,
            str(code) if code is not None else None,
            _str(error.get("message")),
        )
    return None


def _is_gateway_nested(error: Mapping[str, Any]) -> bool:
    """The gateway's own nested shape ``{"error": {"type", "reason", ...}}`` (file and batch
    checks), told from a provider's OpenAI-shaped error by its ``reason``."""
    return isinstance(error.get("reason"), str)


def _paths(details: Any) -> tuple[str, ...]:
    """``messages.1.content`` for each validation detail's ``path``."""
    if not isinstance(details, list):
        return ()
    found = []
    for detail in details:
        path = detail.get("path") if isinstance(detail, dict) else None
        if isinstance(path, list) and path:
            found.append(".".join(str(part) for part in path))
    return tuple(found)


def read_error_facts(
    data: Mapping[str, Any], *, header_request_id: str | None = None, header_origin: str | None = None
) -> ErrorFacts:
    """The facts of one decoded error body; the response's request-id and error-origin
    headers stand in when the body lacks them."""
    error = data.get("error")
    code: str | None = None
    reason = _str(data.get("reason"))
    description = _str(data.get("description")) or _str(data.get("message"))
    if isinstance(error, str):
        code = error
    elif isinstance(error, dict):  # a provider's OpenAI-shaped error, or the gateway's nested one
        found = error.get("code") or error.get("type")
        code = str(found) if found is not None else None
        description = description or _str(error.get("message"))
        reason = reason or _str(error.get("reason"))  # the batch/file checks' nested shape
    request_id = _str(data.get("generation_id")) or _str(data.get("request_id")) or header_request_id
    origin = _str(data.get("error_origin")) or header_origin
    statuses = data.get("failed_statuses")
    failed = tuple(s for s in statuses if _int(s) is not None) if isinstance(statuses, list) else ()
    return ErrorFacts(
        code=code,
        reason=reason,
        description=description,
        request_id=request_id,
        origin=origin if origin in _ORIGINS else None,
        provider_error=_provider_error(data, error),
        failed_statuses=failed,
        paths=_paths(data.get("details")),
        is_gateway_error=isinstance(error, str),
    )
