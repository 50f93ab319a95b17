"""Contains some shared types for properties"""

import os
from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeAlias, TypeVar

from attrs import define

if TYPE_CHECKING:
    from .models.pricing_line import PricingLine


class Unset:
    """The type of ``UNSET``: a field the JSON did not have (``None`` is JSON ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # pickle and copy.deepcopy refer to the module's one UNSET instead of making another
        # (fields are compared with it, and to_dict() leaves out only fields that are UNSET)
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

# aistats: what a file property of a request (`format: binary`, sent as multipart) takes: a path, a
# binary file object with a `name`, or `(filename, content)` / `(filename, content, content_type)`
# where content is bytes, a path or a binary file. A bare str, bare bytes or a nameless stream is
# refused (the gateway checks file types by name): the facade encodes the form (aistats/_files).
FileInput: TypeAlias = (
    os.PathLike[str]
    | IO[bytes]
    | tuple[str, bytes | os.PathLike[str] | IO[bytes]]
    | tuple[str, bytes | os.PathLike[str] | IO[bytes], str]
)
"""A file to upload: a path, a binary file object with a name, or ``(filename, content)`` /
``(filename, content, content_type)``; a bare str, bare bytes or a nameless stream is refused."""


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_NANOS_PER_UNIT = Decimal(1_000_000_000)


@define(frozen=True)
class Cost:
    """What a call cost, as the gateway priced it (never computed from a local price table).

    ``usd`` is exact (``nanos`` / 10**9); ``nanos`` is in billionths of ``currency``'s unit;
    ``lines`` say how the gateway got there, one priced dimension each.
    """

    usd: Decimal
    """The cost in US dollars, exact."""
    nanos: int
    """The cost in billionths of ``currency``'s unit."""
    currency: str
    """The currency the gateway priced in (``USD``)."""
    lines: tuple["PricingLine", ...] = ()
    """How the gateway got there: one priced dimension each."""


def _field(source: Any, name: str) -> Any:
    """``source[name]`` of a JSON object or ``source.name`` of a model (its extra fields too)."""
    if source is None:
        return None
    if isinstance(source, Mapping):
        return source.get(name)
    value = getattr(source, name, None)
    if value is None:
        extra = getattr(source, "additional_properties", None)
        if isinstance(extra, Mapping):
            return extra.get(name)
    return value


def _nanos(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _lines(items: Any) -> tuple["PricingLine", ...]:
    from .models.pricing_line import PricingLine  # noqa: PLC0415  (models import this module)

    if not isinstance(items, list):
        return ()
    lines: list[PricingLine] = []
    for item in items:
        if isinstance(item, PricingLine):
            lines.append(item)
        elif isinstance(item, Mapping):
            lines.append(PricingLine.from_dict(item))
        elif callable(getattr(item, "to_dict", None)):  # another model of a line (an open object)
            lines.append(PricingLine.from_dict(item.to_dict()))
    return tuple(lines)


def cost_of(body: Any) -> Cost | None:
    """The gateway's price of a reply (a model or its JSON object), or None when it sent none.

    Which figure wins: the body's ``cost_nanos`` (what the gateway billed, next to ``currency`` and
    ``pricing_lines``), else ``usage.pricing.total_nanos`` (``usage.pricing_breakdown`` on
    ``/responses`` and ``/messages``; a stream's final usage frame has only this one), else
    ``total_usd_str`` alone. Where the transcripts carry several, they agree.
    """
    usage = _field(body, "usage")
    pricing = _field(usage, "pricing")
    if pricing is None:
        pricing = _field(usage, "pricing_breakdown")
    if not isinstance(pricing, Mapping) and not hasattr(pricing, "total_nanos"):
        pricing = None
    usd: Decimal | None = None
    nanos = _nanos(_field(body, "cost_nanos"))
    if nanos is not None:
        lines = _field(body, "pricing_lines")
        if lines is None:
            lines = _field(pricing, "lines")
        currency = _field(body, "currency") or _field(pricing, "currency")
    elif pricing is not None:
        nanos = _nanos(_field(pricing, "total_nanos"))
        if nanos is None:
            try:
                usd = Decimal(str(_field(pricing, "total_usd_str")))
            except InvalidOperation:
                return None
            if not usd.is_finite():
                return None
            nanos = int((usd * _NANOS_PER_UNIT).to_integral_value())
        lines = _field(pricing, "lines")
        currency = _field(pricing, "currency") or _field(body, "currency")
    else:
        return None
    return Cost(
        usd=Decimal(nanos) / _NANOS_PER_UNIT if usd is None else usd,
        nanos=nanos,
        currency=currency if isinstance(currency, str) else "USD",
        lines=_lines(lines),
    )


__all__ = ["UNSET", "Cost", "File", "FileInput", "FileTypes", "RequestFiles", "Response", "Unset", "cost_of"]
