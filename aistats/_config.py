"""Client configuration: resolved once at construction, validated, never leaking the key."""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import re
import string
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Final, Protocol, Self

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_ALLOW_INSECURE_HTTP,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_MANAGEMENT_KEY,
)
from ._exceptions import AIStatsError
from ._transport.retry import RetryPolicy
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ApiKey",
    "ClientConfig",
    "ManagementKey",
    "Scrubber",
    "to_timeout",
]

USER_AGENT: Final = f"aistats/{__version__} Python/{sys.version.split()[0]} httpx/{httpx.__version__}"


#: Keys at least this long are redacted wherever they appear (see ``ApiKey.scrub``).
PLAUSIBLE_KEY_LENGTH: Final = 16
#: What may stand next to a key in the same word: a short key is redacted only apart from these.
_WORD: Final = frozenset(string.ascii_letters + string.digits + "_-")
#: A key's characters: printable ASCII, no space (the leading run of them, for the position
#: of the first character that is not one).
_KEY_TEXT: Final = re.compile(r"[\x21-\x7e]*")


def _kind_of(char: str) -> str:
    """What kind of character ``char`` is, named with its code point (never the text around it)."""
    code = f"U+{ord(char):04X}"
    if char in "\r\n":
        return f"a line break ({code})"
    if char.isspace():
        return f"whitespace ({code})"
    category = unicodedata.category(char)
    if category == "Cc":
        return f"a control character ({code})"
    if category in ("Cf", "Zl", "Zp") or not char.isprintable():
        return f"an invisible character ({code}, e.g. a zero-width space)"
    if not char.isascii():
        return f"a non-ASCII character ({code})"
    return f"the character {code}"


class Scrubber(Protocol):
    """Anything that can take the client's secrets out of a text (a key, a whole config)."""

    def scrub(self, text: str) -> str: ...


class ApiKey:
    """An inference API key that never shows itself in ``repr``, ``str``, logs or tracebacks."""

    __slots__ = ("_value",)

    #: How the key is named in messages, the constructor argument and the environment variable.
    kind: ClassVar[str] = "API key"
    argument: ClassVar[str] = "api_key"
    env: ClassVar[str] = ENV_API_KEY

    def __init__(self, value: str) -> None:
        self._value = value

    @classmethod
    def wrap(cls, value: str | None) -> Self | None:
        """Wrap a key given as an argument (``None`` stays ``None``); never raises."""
        return None if value is None else cls(value)

    @classmethod
    def find(cls, given: Self | None) -> Self | None:
        """``given``, else the environment variable's key, checked; ``None`` when neither is
        set. Keys are printable ASCII without spaces, so one pasted with a zero-width space, a
        non-breaking space, a line break or an accented letter is refused here, naming the
        argument (or variable), the character's kind, code point and position, never the key.
        No frame here holds the raw key in a local, so even a traceback formatted with locals
        cannot show it."""
        key = given if given is not None else cls._from_env()
        if key is None or not key._value:
            return None
        if not _KEY_TEXT.fullmatch(key._value):
            where = cls.argument if given is not None else f"${cls.env}"
            position = _KEY_TEXT.match(key._value).end()  # type: ignore[union-attr]  # (always matches)
            raise AIStatsError(
                f"{where} has {_kind_of(key._value[position])} at position {position} "
                f"(of {len(key._value)} characters); a {cls.kind} is printable ASCII without spaces: "
                "copy it again without that character."
            )
        return key

    @classmethod
    def resolve(cls, given: Self | None) -> Self:
        """``find(given)``, or ``missing()`` raised when there is none."""
        key = cls.find(given)
        if key is None:
            raise cls.missing()
        return key

    @classmethod
    def missing(cls) -> AIStatsError:
        """The error for a call that needs this kind of key when the client has none."""
        hint = (
            " To try the SDK without a key, run `aistats serve` (the built-in local gateway) "
            "and paste the two export lines it prints."
            if cls is ApiKey
            else ""
        )
        return AIStatsError(
            f"No {cls.kind}: pass {cls.argument}=... or set the {cls.env} environment variable.{hint}"
        )

    @classmethod
    def _from_env(cls) -> Self | None:
        return cls(os.environ[cls.env]) if os.environ.get(cls.env) else None

    def reveal(self) -> str:
        """The key itself."""
        return self._value

    def bearer(self) -> str:
        """The ``Authorization`` header value."""
        return f"Bearer {self._value}"

    def scrub(self, text: str) -> str:
        """``text`` with the key replaced by ``[redacted]``.

        A key long enough to be a real one (``PLAUSIBLE_KEY_LENGTH``) is replaced wherever
        it appears, even inside a longer word. A shorter one (``api_key="test"`` in tests)
        could be an ordinary word: it is replaced only where it stands alone, not next to a
        letter, digit, ``_`` or ``-`` (``'test'`` is, ``'test-model'`` and ``testing`` are not).
        """
        if not self._value or self._value not in text:
            return text
        if len(self._value) >= PLAUSIBLE_KEY_LENGTH:
            return text.replace(self._value, "[redacted]")
        parts: list[str] = []
        start = 0
        found = text.find(self._value)
        while found != -1:
            end = found + len(self._value)
            if (found == 0 or text[found - 1] not in _WORD) and (end == len(text) or text[end] not in _WORD):
                parts += [text[start:found], "[redacted]"]
                start = end
            found = text.find(self._value, found + 1)
        parts.append(text[start:])
        return "".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[type[ApiKey], tuple[str]]:
        raise TypeError(f"{type(self).__name__} cannot be pickled")


class ManagementKey(ApiKey):
    """A management key (``phaseo_v1_mk_…``): the key of ``/keys``, ``/workspaces``,
    ``/credits`` and ``/activity``, kept apart from the inference key and as well guarded."""

    __slots__ = ()

    kind = "management key"
    argument = "management_key"
    env = ENV_MANAGEMENT_KEY


def _seconds(value: object) -> bool:
    """Whether ``value`` is a positive finite number of seconds (``bool`` is not a number)."""
    return (
        not isinstance(value, bool) and isinstance(value, int | float) and value > 0 and math.isfinite(value)
    )


def to_timeout(value: float | httpx.Timeout | None, default: httpx.Timeout) -> httpx.Timeout:
    """Turn a user's ``timeout`` (seconds or ``httpx.Timeout``) into an ``httpx.Timeout``.

    Seconds must be positive and finite; each phase of an ``httpx.Timeout`` too, or ``None``
    (no limit on that phase). NaN, infinity, zero and negative values are refused.
    """
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            limit = getattr(value, phase)
            if limit is not None and not _seconds(limit):
                raise AIStatsError(
                    f"timeout: the {phase} phase of the httpx.Timeout is {limit!r}; each phase must be "
                    "a positive finite number of seconds, or None for no limit"
                )
        return value
    if not _seconds(value):
        raise AIStatsError(
            f"timeout must be a positive finite number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value))


def check_deadline(value: float | None) -> float | None:
    """Validate a ``deadline`` (positive finite seconds, or ``None``: no deadline)."""
    if value is None:
        return None
    if not _seconds(value):
        raise AIStatsError(f"deadline must be a positive finite number of seconds (or None), got {value!r}")
    return float(value)


def check_max_retries(value: int) -> int:
    """Validate ``max_retries`` (a whole number >= 0)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AIStatsError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value


def check_max_retry_after(value: float) -> float:
    """Validate ``max_retry_after`` (finite seconds >= 0)."""
    if isinstance(value, bool) or (value != 0 and not _seconds(value)):
        raise AIStatsError(f"max_retry_after must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


def check_headers(headers: Mapping[str, str] | None, what: str) -> dict[str, str]:
    """Copy ``headers``, refusing names or values that hold CR, LF or NUL (header injection)
    or any other character that is not printable ASCII.

    Non-ASCII is refused rather than encoded: the gateway reads header values as raw bytes
    (the Fetch API's ``Headers``), so UTF-8 ``"Café"`` would arrive as ``"CafÃ©"`` and a
    percent-encoded one as ``"Caf%C3%A9"``; neither is what was meant. Values are never
    echoed (a header may hold a secret): the message names the header and the character.
    """
    out: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise AIStatsError(f"{what}: header names and values must be strings ({name!r})")
        if any(c in name or c in value for c in "\r\n\0"):
            raise AIStatsError(
                f"{what}: header {name!r} contains a line break or NUL; remove it "
                "(header values must be a single line)"
            )
        for text, part in ((name, "name"), (value, "value")):
            if not (text.isascii() and text.isprintable()):
                position = next(i for i, c in enumerate(text) if not (c.isascii() and c.isprintable()))
                raise AIStatsError(
                    f"{what}: the header {name!r} {part} has {_kind_of(text[position])} at position "
                    f"{position}; header {part}s must be printable ASCII (the gateway reads them as "
                    "raw bytes and would show other text garbled): spell it in ASCII"
                )
        out[name] = value
    return out


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, allow_insecure_http: bool, what: str = "base_url") -> httpx.URL:
    """Parse ``base_url`` (``what`` names where it came from); refuse plain ``http://`` to a
    non-loopback host unless allowed.

    A query string, a fragment or a user name and password are refused, not kept: every
    call builds its own URL from the base's path (a query would be dropped from each call,
    which then went to the bare path), and a base URL is logged and put in spans, so it must
    carry no credential. Per-call parameters go in ``extra_query``, credentials in
    ``default_headers``. The refusal shows the URL without those parts.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise AIStatsError(f"{what} {base_url!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise AIStatsError(f"{what} must be an http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}")
    shown = str(url.copy_with(query=None, fragment=None, userinfo=b""))
    for part, present, instead in (
        ("a query string", url.query, "pass per-call parameters with extra_query=..."),
        ("a fragment", url.fragment, "remove the '#...' part"),
        ("a user name or password", url.userinfo, "send credentials with default_headers=..."),
    ):
        if present:
            raise AIStatsError(
                f"{what} must not have {part} (got {shown!r} with one): calls would not keep it; {instead}."
            )
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise AIStatsError(
            f"Refusing to send the API key in clear text to {url.host} over http://. "
            "Use an https:// base_url, or pass allow_insecure_http=True "
            f"(or set {ENV_ALLOW_INSECURE_HTTP}=1) if this network is trusted."
        )
    return url.copy_with(path=url.path.rstrip("/"))


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client call needs to know, resolved and validated."""

    #: The inference key, and the management key; a client has at least one of them.
    api_key: ApiKey | None = field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    retry: RetryPolicy
    deadline: float | None
    headers: Mapping[str, str]
    #: The headers the connection pool sends by itself on every request (set when this client
    #: or the one it was copied from made the pool); a call's own headers leave them out.
    pool_headers: Mapping[str, str] = field(default_factory=dict)
    #: Calls skip the pool's ``httpx`` client and go straight to its transport
    #: (``_transport.send``): a call's headers then start from ``pool_headers``, all of them.
    direct: bool = False
    #: Each call's headers by (JSON body, stream), the key included, built on first use
    #: (``_request.call_headers``); ``httpx.Headers`` masks the key in its ``repr``.
    header_cache: dict[tuple[bool, bool, str], httpx.Headers] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: ``str(base_url)`` without a trailing slash, what every call's URL starts with: derived
    #: once here (``__post_init__``), not per call.
    endpoint_base: str = field(init=False, repr=False, compare=False)
    management_key: ManagementKey | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "endpoint_base", str(self.base_url).rstrip("/"))

    def key_for(self, kind: str) -> ApiKey:
        """The key a route of this kind takes (``Route.key``: ``"api"`` or ``"management"``);
        ``AIStatsError`` naming the argument and the variable when the client has none."""
        if kind == "management":
            if self.management_key is None:
                raise ManagementKey.missing()
            return self.management_key
        if self.api_key is None:
            raise ApiKey.missing()
        return self.api_key

    def scrub(self, text: str) -> str:
        """``text`` with both keys taken out."""
        for key in (self.api_key, self.management_key):
            if key is not None:
                text = key.scrub(text)
        return text

    def with_pool_headers(self, pool_headers: Mapping[str, str], *, direct: bool = False) -> ClientConfig:
        """This config for calls through a pool that sends ``pool_headers`` by itself (``direct``:
        calls go straight to its transport, so they carry those headers themselves)."""
        return dataclasses.replace(
            self, pool_headers=httpx.Headers(pool_headers), direct=direct, header_cache={}
        )

    @classmethod
    def resolve(
        cls,
        *,
        api_key: ApiKey | None,
        management_key: ManagementKey | None = None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None,
        default_headers: Mapping[str, str] | None,
        app_title: str | None,
        referer: str | None,
        max_retry_after: float,
        allow_insecure_http: bool | None,
    ) -> ClientConfig:
        """Build a config from constructor arguments, falling back to the environment. A client
        needs an API key, a management key, or both; each route sends the one it takes."""
        key = ApiKey.find(api_key)
        manager = ManagementKey.find(management_key)
        if key is None and manager is None:
            raise ApiKey.missing()
        check_max_retries(max_retries)
        if allow_insecure_http is None:
            allow_insecure_http = os.environ.get(ENV_ALLOW_INSECURE_HTTP, "") in ("1", "true")
        if base_url:
            url = check_base_url(base_url, allow_insecure_http)
        elif os.environ.get(ENV_BASE_URL):
            url = check_base_url(os.environ[ENV_BASE_URL], allow_insecure_http, f"${ENV_BASE_URL}")
        else:
            url = check_base_url(DEFAULT_BASE_URL, allow_insecure_http)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        headers.update(check_headers(default_headers, "default_headers"))
        for header, value, what in (
            ("x-title", app_title, "app_title"),
            ("http-referer", referer, "referer"),
        ):
            if value is not None:
                headers.update(check_headers({header: value}, what))
        return cls(
            api_key=key,
            management_key=manager,
            base_url=url,
            timeout=to_timeout(timeout, DEFAULT_TIMEOUT),
            retry=RetryPolicy(
                max_retries=max_retries, max_retry_after=check_max_retry_after(max_retry_after)
            ),
            deadline=check_deadline(deadline),
            headers=headers,
        )
