"""Structured outputs: a Python type as a JSON-schema ``response_format``, and the reply's
text read back as that type. Pure; used by ``chat.completions.parse()``.

Three kinds of type are understood:

* a pydantic model (pydantic is imported only when one is passed: aistats never needs it);
* a dataclass;
* a TypedDict.

Fields of dataclasses and TypedDicts may be ``str``, ``int``, ``float``, ``bool``,
``None``, ``Literal[...]``, an ``Enum``, ``list[X]``, ``tuple[X, ...]``,
``dict[str, X]``, unions (``X | None``), ``Any``, and nested dataclasses, TypedDicts or
pydantic models. ``schema_of`` and ``convert`` (a type's schema; decoded JSON checked and
read as that type) serve the tool runner's parameters too.

The schema is sent with ``strict: true`` when OpenAI's strict mode allows it: every
object closed (``additionalProperties: false``) and every property required. Otherwise it
is sent without ``strict`` (the provider may still follow it) and the reply is checked
here all the same.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, Literal, TypeVar, Union, cast, get_args, get_origin, get_type_hints

import httpx

from .._exceptions import APIError

__all__ = [
    "DoesNotFit", "LengthFinishReasonError", "OutputFormat", "StructuredOutputError", "convert",
    "output_format", "schema_of",
]  # fmt: skip

T = TypeVar("T")
_NoneType = type(None)


class StructuredOutputError(APIError):
    """The reply of ``parse()`` could not be read as the requested type: not JSON, not of
    the requested shape, or cut short. The message quotes a bounded excerpt of a reply that
    is not JSON; ``content`` is the reply's whole raw text (``None`` when there was none) and
    ``completion`` the completion as received."""

    content: str | None
    completion: Any

    def __init__(
        self,
        message: str,
        *,
        content: str | None = None,
        completion: Any = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.content = content
        """The content that did not parse."""
        self.completion = completion
        """The completion whose content did not parse."""


class LengthFinishReasonError(StructuredOutputError):
    """The reply stopped at the token limit (``finish_reason: "length"``) before its JSON
    was complete: raise ``max_completion_tokens`` or ask for less."""


class DoesNotFit(ValueError):
    """A value that does not match the requested type; ``str()`` says where and why
    (``path: reason`` lines)."""


@dataclass(frozen=True, slots=True)
class OutputFormat(Generic[T]):
    """A requested output type: what to send as ``response_format`` and how to read the reply."""

    name: str
    schema: dict[str, Any]
    strict: bool
    read: Callable[[Any], T]
    """Turn the decoded JSON into a ``T``; raises ``ValueError`` when it does not fit."""

    def response_format(self) -> dict[str, Any]:
        """The ``response_format`` request property."""
        spec: dict[str, Any] = {"name": self.name, "schema": self.schema}
        if self.strict:
            spec["strict"] = True
        return {"type": "json_schema", "json_schema": spec}

    def parse(self, text: str) -> T:
        """``text`` as a ``T``; ``ValueError`` (with the reason) when it is not JSON or does not fit."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            said = _what_was_said(text, getattr(exc, "pos", 0))
            raise ValueError(f"the reply is not valid JSON ({exc}); the model said {said}") from None
        try:
            return self.read(data)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError too
            raise ValueError(f"the reply does not fit {self.name}: {exc}") from None


#: Characters of a reply that is not JSON shown from its start, and either side of the
#: place where it stopped being JSON when that is further in (the whole text: ``.content``).
_SHOWN_HEAD: Final = 200
_SHOWN_AROUND: Final = 60


def _what_was_said(text: str, position: int) -> str:
    """A bounded excerpt of ``text`` (quoted, escapes visible), for an error message."""
    said = repr(text[:_SHOWN_HEAD])
    if len(text) <= _SHOWN_HEAD:
        return said
    if position > _SHOWN_HEAD:
        around = text[max(position - _SHOWN_AROUND, _SHOWN_HEAD) : position + _SHOWN_AROUND]
        said += f" … then at character {position}: …{around!r}…"
    else:
        said += "…"
    return f"{said} ({len(text)} characters; the whole text is the error's .content)"


def output_format(tp: type[T]) -> OutputFormat[T]:
    """The ``OutputFormat`` of a pydantic model, a dataclass or a TypedDict.

    Raises ``TypeError`` for anything else, or for a field type that cannot be described.
    """
    found: OutputFormat[T] = _output_format(cast(Hashable, tp))
    return found


@functools.cache
def _output_format(tp: Any) -> OutputFormat[Any]:
    name = re.sub(r"[^a-zA-Z0-9_-]", "_", getattr(tp, "__name__", "output"))[:64]
    if _is_pydantic_model(tp):
        schema = _strict_schema(tp.model_json_schema())
        read: Callable[[Any], Any] = functools.partial(_read_pydantic, tp)
    elif (dataclasses.is_dataclass(tp) and isinstance(tp, type)) or typing.is_typeddict(tp):
        try:
            schema = _schema_of(tp, ())
        except TypeError as exc:
            raise TypeError(f"response_format: {exc}") from None
        read = functools.partial(convert, tp, path="$")
    else:
        raise TypeError(
            f"response_format must be a pydantic model, a dataclass or a TypedDict class, got {tp!r}"
        )
    return OutputFormat(name=name, schema=schema, strict=_allows_strict(schema), read=read)


def _is_pydantic_model(tp: object) -> bool:
    pydantic = sys.modules.get("pydantic")  # a pydantic model means pydantic is imported already
    return pydantic is not None and isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def _read_pydantic(tp: Any, data: Any) -> Any:
    return tp.model_validate(data)


# -- schemas -------------------------------------------------------------------------


def _strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """Close every object that does not say otherwise (``additionalProperties: false``)."""

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    return schema


def _allows_strict(schema: Any) -> bool:
    """True when every object is closed with all its properties required, and no part of
    the schema accepts anything at all (OpenAI's strict mode refuses such schemas)."""
    if isinstance(schema, list):
        return all(_allows_strict(item) for item in schema)
    if not isinstance(schema, dict):
        return True
    if schema == {}:
        return False
    if schema.get("type") == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        if schema.get("additionalProperties", True) is not False:
            return False
        if set(schema.get("required", [])) != set(properties):
            return False
    return all(_allows_strict(value) for key, value in schema.items() if key not in ("enum", "const"))


def schema_of(tp: Any) -> dict[str, Any]:
    """The JSON schema of a type (the field types listed in this module's docstring, and
    pydantic models); ``TypeError`` saying what cannot be described."""
    return _schema_of(tp, ())


def _schema_of(tp: Any, seen: tuple[Any, ...]) -> dict[str, Any]:
    """The JSON schema of a field type (dataclasses, TypedDicts and pydantic models inline)."""
    origin = get_origin(tp)
    args = get_args(tp)
    if tp is Any:
        return {}
    if origin is typing.Annotated:
        return _schema_of(args[0], seen)
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    if origin is Literal:
        return {"enum": list(args)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_of(arg, seen) for arg in args]}
    if origin in (list, Sequence) or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return {"type": "array", "items": _schema_of(args[0], seen) if args else {}}
    if origin in (dict, Mapping):
        if args and args[0] is not str:
            raise TypeError(f"the keys of {_name(tp)} must be str (JSON object keys are strings)")
        return {"type": "object", "additionalProperties": _schema_of(args[1], seen) if args else {}}
    if _is_pydantic_model(tp):
        return _inline_refs(tp.model_json_schema(), tp)
    if (dataclasses.is_dataclass(tp) and isinstance(tp, type)) or typing.is_typeddict(tp):
        if tp in seen:
            raise TypeError(f"the recursive type {tp.__name__} is not supported")
        hints, required = _fields(tp)
        return {
            "type": "object",
            "properties": {key: _schema_of(hint, (*seen, tp)) for key, hint in hints.items()},
            "required": [key for key in hints if key in required],
            "additionalProperties": False,
        }
    raise TypeError(f"cannot describe the type {_name(tp)} as JSON schema")


def _name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) and not get_args(tp) else repr(tp)


def _inline_refs(schema: dict[str, Any], tp: Any) -> dict[str, Any]:
    """A pydantic model's schema with its ``$defs`` references put in place (it is nested
    inside another schema, where ``#/$defs/...`` would not resolve)."""
    defs: dict[str, Any] = schema.pop("$defs", {})

    def visit(node: Any, trail: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [visit(item, trail) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            key = ref.removeprefix("#/$defs/")
            if key in trail or key not in defs:
                raise TypeError(f"the recursive type {_name(tp)} is not supported")
            rest = {k: visit(v, trail) for k, v in node.items() if k != "$ref"}
            return {**visit(defs[key], (*trail, key)), **rest}
        return {key: visit(value, trail) for key, value in node.items()}

    inlined: dict[str, Any] = visit(schema, ())
    return inlined


_SCALARS: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    _NoneType: "null",
}


@functools.cache
def _fields(tp: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """The field types of a dataclass or TypedDict and the names of its required fields."""
    if typing.is_typeddict(tp):
        # Required/NotRequired read from the hints too: with string annotations, Python 3.11
        # cannot see them when the class is created.
        hints: dict[str, Any] = {}
        required: set[str] = set(tp.__required_keys__)
        for key, annotated in get_type_hints(tp, include_extras=True).items():
            marker = get_origin(annotated)
            if marker is typing.NotRequired or marker is typing.Required:
                (required.add if marker is typing.Required else required.discard)(key)
                annotated = get_args(annotated)[0]  # noqa: PLW2901 - the same field, unwrapped
            hints[key] = annotated
        return hints, frozenset(required)
    hints = get_type_hints(tp)
    fields = {f.name: f for f in dataclasses.fields(tp) if f.init}
    required = set(
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    return {name: hints[name] for name in fields}, frozenset(required)


# -- reading the reply -----------------------------------------------------------------


def convert(tp: Any, value: Any, path: str) -> Any:
    """``value`` (decoded JSON) as a ``tp`` (a type ``schema_of`` describes); ``DoesNotFit``
    naming ``path`` when it is not."""
    origin = get_origin(tp)
    args = get_args(tp)
    if tp is Any:
        return value
    if origin is typing.Annotated:
        return convert(args[0], value, path)
    if tp is float and type(value) in (int, float):
        return float(value)
    if tp in _SCALARS:
        if type(value) is not tp:
            raise DoesNotFit(f"{path}: expected {_SCALARS[tp]}, got {_json_kind(value)}")
        return value
    if origin is Literal:
        if value not in args:
            raise DoesNotFit(f"{path}: expected one of {list(args)!r}, got {value!r}")
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise DoesNotFit(f"{path}: {value!r} is not a {tp.__name__}") from None
    if origin in (Union, types.UnionType):
        problems = []
        for arg in args:
            try:
                return convert(arg, value, path)
            except DoesNotFit as exc:
                if arg is not _NoneType:  # "expected null" says nothing new about a value
                    problems.append(str(exc))
        raise DoesNotFit(" / ".join(problems) or f"{path}: expected null, got {_json_kind(value)}")
    if origin in (list, Sequence, tuple):
        if not isinstance(value, list):
            raise DoesNotFit(f"{path}: expected an array, got {_json_kind(value)}")
        items = [convert(args[0] if args else Any, item, f"{path}[{i}]") for i, item in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            raise DoesNotFit(f"{path}: expected an object, got {_json_kind(value)}")
        inner = args[1] if args else Any
        return {key: convert(inner, item, f"{path}.{key}") for key, item in value.items()}
    if _is_pydantic_model(tp):
        return _convert_pydantic(tp, value, path)
    return _convert_record(tp, value, path)


def _convert_pydantic(tp: Any, value: Any, path: str) -> Any:
    try:
        return tp.model_validate(value)
    except ValueError as exc:  # pydantic's ValidationError
        lines = []
        for error in exc.errors() if hasattr(exc, "errors") else ():
            where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
            lines.append(f"{path}{where}: {error['msg']}")
        raise DoesNotFit("\n".join(lines) or f"{path}: {exc}") from None


def _convert_record(tp: Any, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise DoesNotFit(f"{path}: expected an object, got {_json_kind(value)}")
    hints, required = _fields(tp)
    missing = sorted(required - value.keys())
    if missing:
        raise DoesNotFit(f"{path}: missing {', '.join(map(repr, missing))}")
    unexpected = sorted(value.keys() - hints.keys())
    if unexpected:
        raise DoesNotFit(f"{path}: unexpected {', '.join(map(repr, unexpected))}")
    converted = {key: convert(hints[key], item, f"{path}.{key}") for key, item in value.items()}
    return converted if typing.is_typeddict(tp) else tp(**converted)


def _json_kind(value: Any) -> str:
    kinds = {str: "string", bool: "boolean", int: "integer", float: "number", list: "array", dict: "object"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)
