"""Which headers are credentials, and taking them off everything that outlives a request.

The API key (an inference or a management key: both go as ``Authorization: Bearer``) is
needed only while a request is being sent. Once ``send`` returns or fails, the call loop
removes every credential header from the sent request (``forget_sent``), so no error,
``RawResponse``, stream, hook event or pickle made from it afterwards can hold the key.
Copies handed out (hook events, pickles) are made with ``without_credentials``.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = ["CREDENTIAL_HEADERS", "forget_sent", "without_credentials"]

#: Header names (lower case) whose values are credentials: never kept past sending, never
#: shown to hooks, never pickled.
CREDENTIAL_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"}
)


def without_credentials(headers: httpx.Headers) -> httpx.Headers:
    """A copy of ``headers`` without the credential headers."""
    return httpx.Headers(
        [(name, value) for name, value in headers.multi_items() if name.lower() not in CREDENTIAL_HEADERS]
    )


def forget_sent(request: httpx.Request) -> None:
    """Remove the credential headers of ``request``, in place, once it has been sent."""
    headers = request.headers
    for name in CREDENTIAL_HEADERS.intersection(headers):  # iterating gives lower-case names
        del headers[name]
