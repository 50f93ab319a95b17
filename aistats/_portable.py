"""What an aistats error keeps when it is pickled or deep-copied (task queues, processes).

Every attribute of the error survives: its class, message and ``__dict__``, whatever
attributes a subclass adds. ``httpx.Request`` and ``httpx.Response`` values are replaced by
detached copies: method, URL, headers, status and any body already read survive; the live
connection, the extensions and the credential headers (``_credentials``) do not (no API key
travels in a pickle). ``__cause__`` and tracebacks are not kept (as for every pickled exception).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._credentials import without_credentials

__all__ = ["detach", "portable_state", "restore_error"]


class _Detacher:
    """Detached copies of httpx objects; one copy per original (an error's ``request`` and
    its ``response.request`` stay one object)."""

    def __init__(self) -> None:
        self._done: dict[int, Any] = {}

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, httpx.Request | httpx.Response):
            return value
        copied = self._done.get(id(value))
        if copied is None:
            copied = self._request(value) if isinstance(value, httpx.Request) else self._response(value)
            self._done[id(value)] = copied
        return copied

    @staticmethod
    def _request(request: httpx.Request) -> httpx.Request:
        headers = without_credentials(request.headers)
        content = request.content if hasattr(request, "_content") else None
        return httpx.Request(request.method, request.url, headers=headers, content=content)

    def _response(self, response: httpx.Response) -> httpx.Response:
        content = response.content if hasattr(response, "_content") else None
        try:
            request: httpx.Request | None = self(response.request)
        except RuntimeError:  # a response built without a request
            request = None
        return httpx.Response(
            response.status_code,
            headers=without_credentials(response.headers),
            content=content,
            request=request,
        )


def detach(value: Any) -> Any:
    """A detached copy of an ``httpx.Request`` or ``httpx.Response``; any other value as it is."""
    return _Detacher()(value)


def portable_state(state: dict[str, Any]) -> dict[str, Any]:
    """An error's ``__dict__`` with its httpx objects detached (see the module's doc)."""
    detach = _Detacher()
    return {name: detach(value) for name, value in state.items()}


def restore_error(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """Re-create an error without running its ``__init__`` (its keywords are in the state)."""
    return cls.__new__(cls, *args)
