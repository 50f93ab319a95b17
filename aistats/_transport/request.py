"""Turning one call of a route into the bytes and headers to send: pure, shared by the sync and
async clients and by every resource.

A route (``aistats_generated.api.Route``, generated from ``openapi.yaml``) names its method, path
template, path and query parameters and its request model; ``prepare_route`` fills it in.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol
from urllib.parse import quote

import httpx

from aistats_generated.api import CREATE_CHAT_COMPLETION, Route

from .._config import ClientConfig, check_deadline, check_headers, to_timeout
from .._exceptions import AIStatsError
from .messages import normalise_messages
from .plain import plain
from .send import direct_request

#: Compact UTF-8 JSON, NaN refused; made once (``json.dumps`` with options builds an encoder per call).
_JSON: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)

__all__ = ["PreparedCall", "StreamedBody", "load_model", "prepare_route"]


class StreamedBody(Protocol):
    """A request body produced afresh for every attempt (a multipart upload, ``aistats._files``)."""

    @property
    def headers(self) -> Mapping[str, str]:
        """``Content-Type`` (and ``Content-Length`` when every part's size is known)."""
        ...

    def sync_stream(self) -> Iterator[bytes]:
        """The body's bytes for one attempt of a sync client."""
        ...

    def async_stream(self) -> AsyncIterator[bytes]:
        """The body's bytes for one attempt of an async client (files read off the event loop)."""
        ...

    def resendable(self) -> bool:
        """Whether the body can be sent again (not once a non-seekable stream has been read)."""
        ...


@dataclass(slots=True)
class PreparedCall:
    """A request ready to be sent (again, on retry): everything but the attempt's timeout."""

    route: Route  # what is called (read by telemetry and the retry rules)
    method: str
    url: str
    headers: httpx.Headers
    content: bytes | None
    timeout: httpx.Timeout
    deadline: float | None
    stream: bool = False  # the reply is an event stream (read by telemetry)
    upload: StreamedBody | None = None  # a body made afresh for each attempt (then content is None)
    framed: bool = False  # the headers hold Host and Content-Length: a direct request sends them as they are

    def build(
        self, client: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout, *, direct: bool = False
    ) -> httpx.Request:
        """The ``httpx.Request`` for one attempt (``direct``: to be sent straight to the pool's
        transport, its headers already whole: ``_transport.send``)."""
        upload = self.upload
        content: bytes | Iterator[bytes] | AsyncIterator[bytes] | None = self.content
        if upload is not None:
            content = upload.async_stream() if isinstance(client, httpx.AsyncClient) else upload.sync_stream()
        url = parsed_url(self.url)
        if direct:
            return direct_request(
                client,
                self.method,
                url,
                headers=self.headers,
                content=content,
                timeout=timeout,
                framed=self.framed,
            )
        return client.build_request(self.method, url, headers=self.headers, content=content, timeout=timeout)


@functools.lru_cache(maxsize=256)
def parsed_url(url: str) -> httpx.URL:
    """``url`` parsed once (a client calls the same few URLs again and again; ``httpx.URL`` is
    immutable, and a request made from one reuses its parts instead of parsing the text)."""
    return httpx.URL(url)


@functools.cache
def load_model(ref: str) -> Any:
    """The generated model class a route names as ``"module:Class"``, imported on first use."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(f"aistats_generated.models.{module}"), name)


def encode_body(route: Route, params: Mapping[str, Any], *, extra_body: Mapping[str, Any] | None) -> bytes:
    """Validate ``params`` through the route's request model and encode them as JSON.

    Generated models given as values become their dicts (``_plain``). Keys are sent as
    given (an assistant message's ``content: None`` is omitted, see ``_messages``);
    ``extra_body`` is merged last, so it can override declared fields.
    """
    body: dict[str, Any] = dict(params)
    if not (route is CREATE_CHAT_COMPLETION and plain_chat_body(body)):
        body = plain(body)
        if route.body is not None:
            given = body
            try:
                body = load_model(route.body).from_dict(given).to_dict()
            except KeyError as exc:
                if exc.args and exc.args[0] not in given:  # a required argument of the call itself
                    raise AIStatsError(
                        f"{_call_name(route)} is missing the required argument {exc.args[0]!r}."
                    ) from None
            except (TypeError, ValueError, AttributeError):
                # A shape the request model cannot read (a new role, a new content part): sent
                # as given, so that the gateway decides and names the offending path in its 400.
                body = given
        normalise_messages(body)  # (a plain body has no message to change)
    if extra_body:
        body.update(extra_body)
    try:
        content = _JSON.encode(body)
    except (TypeError, ValueError) as exc:
        raise AIStatsError(f"The request body cannot be sent as JSON: {exc}") from None
    try:
        return content.encode()
    except UnicodeEncodeError:
        raise _unsendable(*_first_unsendable(body)) from None


def _first_unsendable(value: Any, path: str = "") -> tuple[str, str]:
    """The JSON path (``messages[0].content``) and the text of the first string in ``value``
    (a key or a value) that UTF-8 cannot encode; ``("", "")`` when there is none."""
    if isinstance(value, str):
        return (path, value) if not _encodable(value) else ("", "")
    items: Any = value.items() if isinstance(value, Mapping) else None
    if items is None:
        items = enumerate(value) if isinstance(value, list | tuple) else ()
    for key, item in items:
        if isinstance(key, str):
            if not _encodable(key):
                return f"{path or 'the body'} (a key)", key
            where = (f"{path}.{key}" if path else key) if key.isidentifier() else f"{path}[{key!r}]"
        else:
            where = f"{path}[{key}]"
        found = _first_unsendable(item, where)
        if found[0]:
            return found
    return "", ""


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _unsendable(where: str, text: str) -> AIStatsError:
    """The error for ``text`` at ``where`` that cannot be sent: it names the place, the kind and
    position of the first bad character, never the text."""
    position = next((i for i, c in enumerate(text) if not _encodable(c)), 0)
    code = f"U+{ord(text[position]):04X}" if text else "?"
    return AIStatsError(
        f"{where or 'The request'} holds text that cannot be sent: a lone surrogate ({code}) at "
        f"position {position}, which UTF-8 cannot encode (e.g. os.fsdecode() of a file name "
        "that is not UTF-8). Decode such bytes with errors='replace', or fix the text."
    )


#: The methods whose empty body ``httpx.Request`` announces as ``Content-Length: 0`` (after ``Host``).
_EMPTY_LENGTH_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})
_PLAIN_CHAT_KEYS: Final = frozenset({"model", "messages", "stream"})
_PLAIN_ROLES: Final = frozenset({"system", "developer", "user", "assistant"})


def plain_chat_body(body: Mapping[str, Any]) -> bool:
    """Whether ``body`` is the common ``create()`` body, which the request model's round trip
    returns as it is: a model name, a non-empty list of ``{"role", "content"}`` messages with
    string content, perhaps ``stream``. It is then sent without building the model (about
    as much work as the rest of the request); anything else is checked by the model."""
    if not body.keys() <= _PLAIN_CHAT_KEYS or type(body.get("model")) is not str:
        return False
    if type(body.get("stream", False)) is not bool:
        return False
    messages = body.get("messages")
    if type(messages) is not list or not messages:
        return False
    for message in messages:
        if (
            type(message) is not dict
            or len(message) != 2  # role and content
            or message.get("role") not in _PLAIN_ROLES
            or type(message.get("content")) is not str
        ):
            return False
    return True


def _call_name(route: Route) -> str:
    return "create()" if route is CREATE_CHAT_COMPLETION else f"{route.name}()"


def encode_path(route: Route, path_params: Mapping[str, str]) -> str:
    """The route's path with its parameters filled in (each one percent-encoded whole)."""
    values = {}
    for name in route.path_params:
        value = path_params.get(name)
        if not isinstance(value, str) or not value:
            raise AIStatsError(f"{_call_name(route)} needs a non-empty string for {name!r}, got {value!r}.")
        if not _encodable(value):
            raise _unsendable(f"{_call_name(route)}: the path parameter {name!r}", value)
        values[name] = quote(value, safe="")
    return route.path.format(**values)


def encode_query(route: Route, query: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> str:
    """``?a=1&b=x&b=y`` from ``query`` then ``extra`` (lists repeat the key; ``None`` is left out).

    A parameter the route declares goes by its wire name, any other name (``extra_query``) as
    given: the resources refuse unknown keywords before this (``resources._base``).
    """
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    given = [
        *(("query", item) for item in query.items()),
        *(("extra_query", i) for i in (extra or {}).items()),
    ]
    for what, (name, value) in given:
        wire = route.query_params.get(name, name)
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if item is None:
                continue
            text = ("true" if item else "false") if isinstance(item, bool) else str(item)
            for part in (wire, text):
                if not _encodable(part):
                    raise _unsendable(f"{_call_name(route)}: {what} parameter {name!r}", part)
            pairs.append((wire, text))
    return f"?{httpx.QueryParams(pairs)}" if pairs else ""


def prepare_route(
    config: ClientConfig,
    route: Route,
    *,
    path: Mapping[str, str] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    stream: bool = False,
    timeout: float | httpx.Timeout | None = None,
    deadline: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    upload: StreamedBody | None = None,
) -> PreparedCall:
    """Everything to send for one call of ``route``, per-call options applied (``upload``: a
    multipart body, sent instead of JSON)."""
    if stream and not route.streams:
        raise AIStatsError(f"{_call_name(route)} does not stream (its reply is JSON).")
    url = config.endpoint_base + (encode_path(route, path or {}) if route.path_params else route.path)
    if query or extra_query:
        url += encode_query(route, query or {}, extra_query)
    content = None
    if upload is None and (route.body is not None or body is not None or extra_body):
        content = encode_body(route, body or {}, extra_body=extra_body)
    extra = check_headers(extra_headers, "extra_headers")
    attempt_timeout = to_timeout(timeout, config.timeout)
    call_deadline = check_deadline(deadline) if deadline is not None else config.deadline
    # call_headers raises AIStatsError, before anything is sent, when the client lacks the key
    # the route takes (its cache only ever holds headers with a key)
    headers = call_headers(config, json_body=content is not None, stream=stream, key=route.key)
    framed = config.direct and upload is None
    if framed:  # the framing httpx.Request would add, in its places (``_transport.send``)
        if content:
            headers["Content-Length"] = str(len(content))
        elif route.method in _EMPTY_LENGTH_METHODS:
            headers = httpx.Headers([headers.raw[0], (b"Content-Length", b"0"), *headers.raw[1:]])
    if upload is not None:
        headers.update(upload.headers)
    if route.accept is not None:  # a media reply: ask for the media (speech: bytes, not base64 JSON)
        headers["Accept"] = route.accept
    if extra:
        headers.update(extra)
        headers["Authorization"] = config.key_for(route.key).bearer()  # never replaced by extra_headers
    return PreparedCall(
        route=route,
        method=route.method,
        url=url,
        headers=headers,
        content=content,
        timeout=attempt_timeout,
        deadline=call_deadline,
        stream=stream,
        upload=upload,
        framed=framed,
    )


def call_headers(config: ClientConfig, *, json_body: bool, stream: bool, key: str = "api") -> httpx.Headers:
    """A new copy of the headers of every call of this shape: the client's (but those its pool
    sends by itself; all of them, ``Host`` first, when calls skip the pool's client:
    ``ClientConfig.direct``), the body's type, ``Accept`` for a stream, the key the route takes
    (``key``: ``Route.key``). Built once per client
    configuration (after every check of the call: no frame that can raise holds the key in a
    local). Each header a call passes costs httpx a merge with the pool's, so few are passed."""
    shape = (json_body, stream, key)
    headers = config.header_cache.get(shape)
    if headers is None:
        pool = config.pool_headers
        if config.direct:  # as httpx.Request would send them: Host, the pool's headers, the client's
            headers = httpx.Headers({"Host": config.base_url.netloc.decode("ascii")})
            headers.update(pool)
            headers.update(config.headers)
        else:
            headers = httpx.Headers(
                {name: value for name, value in config.headers.items() if pool.get(name) != value}
            )
        if json_body:
            headers["Content-Type"] = "application/json"
        if stream:
            headers["Accept"] = "text/event-stream"
        headers["Authorization"] = config.key_for(key).bearer()
        config.header_cache[shape] = headers
    return httpx.Headers(headers)  # a copy: extra_headers, hooks and telemetry add to a call's own
