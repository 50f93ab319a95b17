"""``@aistats.tool``: a plain function as a tool the model may call.

The parameters' JSON schema comes from the signature (through ``_structured.schemas``, the
one home of "schema from a Python type"), the descriptions from the docstring: its first
paragraph, and one line per argument in the Google (``Args:``), NumPy (``Parameters``) or
reST (``:param x:``) style. The model's arguments are checked and converted through the
same types (an ``Enum`` argument arrives as its member, a dataclass as an instance); what
does not fit is reported as ``field: reason`` lines.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, overload

from .._structured.schemas import DoesNotFit, convert, schema_of

__all__ = ["BadArguments", "Tool", "tool", "tools_by_name"]

P = ParamSpec("P")
R = TypeVar("R")

#: A tool's name as the APIs accept it.
_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


class BadArguments(ValueError):
    """The model's arguments do not fit the tool: ``str()`` is ``field: reason`` lines."""


class Tool(Generic[P, R]):
    """A function the model may call (made by ``@aistats.tool``); calling it calls the function.

    ``name``, ``description`` and ``parameters`` (a JSON schema) are what the model sees.
    """

    def __init__(
        self, function: Callable[P, R], *, name: str | None = None, description: str | None = None
    ) -> None:
        self.function = function
        """The decorated function."""
        self.name = name if name is not None else function.__name__
        """The name the model calls it by (the function's by default)."""
        if not _NAME.match(self.name):
            raise ValueError(f"tool name {self.name!r}: use 1-64 letters, digits, '_' or '-'")
        self.is_async = inspect.iscoroutinefunction(function)
        """Whether the function is a coroutine function (awaited)."""
        summary, documented = parse_docstring(inspect.getdoc(function) or "")
        self.description = description if description is not None else summary
        """What the model is told the tool does (the docstring's summary by default)."""
        self._hints, self._required, self.parameters = _parameters(function, self.name, documented)
        functools.update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<aistats.tool {self.name}>"

    def chat_param(self) -> dict[str, Any]:
        """The tool in chat completions' ``tools`` shape."""
        function: dict[str, Any] = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = self.parameters
        return {"type": "function", "function": function}

    def responses_param(self) -> dict[str, Any]:
        """The tool in the Responses API's ``tools`` shape."""
        param: dict[str, Any] = {"type": "function", "name": self.name}
        if self.description:
            param["description"] = self.description
        param["parameters"] = self.parameters
        return param

    def bind(self, arguments: str) -> dict[str, Any]:
        """The keyword arguments of a call from the model's JSON text, checked and converted;
        ``BadArguments`` (``field: reason`` lines) when they do not fit."""
        try:
            given = json.loads(arguments) if arguments.strip() else {}
        except ValueError as exc:
            raise BadArguments(f"arguments: not valid JSON ({exc})") from None
        if not isinstance(given, dict):
            raise BadArguments(f"arguments: expected a JSON object, got {type(given).__name__}")
        problems = [f"{key}: unexpected argument" for key in given.keys() - self._hints.keys()]
        bound: dict[str, Any] = {}
        for key, hint in self._hints.items():
            if key not in given:
                if key in self._required:
                    problems.append(f"{key}: required")
                continue
            try:
                bound[key] = convert(hint, given[key], key)
            except DoesNotFit as exc:
                problems.append(str(exc))
        if problems:
            raise BadArguments("\n".join(sorted(problems)))
        return bound


@overload
def tool(function: Callable[P, R], /) -> Tool[P, R]: ...


@overload
def tool(
    *, name: str | None = None, description: str | None = None
) -> Callable[[Callable[P, R]], Tool[P, R]]: ...


def tool(
    function: Callable[P, R] | None = None, /, *, name: str | None = None, description: str | None = None
) -> Tool[P, R] | Callable[[Callable[P, R]], Tool[P, R]]:
    """Make a plain function (sync or async) a tool: ``@aistats.tool`` or
    ``@aistats.tool(name=..., description=...)``.

    Its parameters may be ``str``, ``int``, ``float``, ``bool``, ``Literal``, ``Enum``,
    ``list[...]``, ``dict[str, ...]``, ``X | None``, TypedDicts, dataclasses and pydantic
    models (when pydantic is installed). Any other annotation, a missing one, ``*args`` and
    ``**kwargs`` are a ``TypeError`` naming the parameter, raised here.
    """
    if function is None:
        return lambda f: Tool(f, name=name, description=description)
    return Tool(function, name=name, description=description)


def tools_by_name(tools: Any) -> dict[str, Tool[..., Any]]:
    """``tools`` (``Tool``s or plain functions, made tools here) by name; ``TypeError`` /
    ``ValueError`` before anything is sent when they are not."""
    if isinstance(tools, Tool | Mapping | str) or not isinstance(tools, typing.Iterable):
        raise TypeError("tools must be a list of @aistats.tool functions")
    found: dict[str, Tool[..., Any]] = {}
    for item in tools:
        if isinstance(item, Mapping):
            raise TypeError(
                "run_tools() runs the tools itself: pass @aistats.tool functions, not tool "
                f"definitions (got a {type(item).__name__})"
            )
        made = item if isinstance(item, Tool) else Tool(item) if callable(item) else None
        if made is None:
            raise TypeError(f"tools must be @aistats.tool functions, got {item!r}")
        if made.name in found:
            raise ValueError(f"two tools are named {made.name!r}")
        found[made.name] = made
    if not found:
        raise ValueError("run_tools() needs at least one tool")
    return found


def _parameters(
    function: Callable[..., Any], name: str, documented: Mapping[str, str]
) -> tuple[dict[str, Any], frozenset[str], dict[str, Any]]:
    """(types by parameter, the required ones, the JSON schema of them all)."""
    try:
        hints = typing.get_type_hints(function, include_extras=True)
    except Exception as exc:
        raise TypeError(f"tool {name}: cannot resolve its annotations ({exc})") from None
    types: dict[str, Any] = {}
    required: set[str] = set()
    properties: dict[str, Any] = {}
    for param in inspect.signature(function).parameters.values():
        where = f"tool {name}: parameter {param.name!r}"
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"{where}: *args and **kwargs cannot be described to the model")
        if param.kind is param.POSITIONAL_ONLY:
            raise TypeError(f"{where}: positional-only parameters cannot be passed by name")
        if param.name not in hints:
            raise TypeError(f"{where} has no type annotation")
        try:
            schema = schema_of(hints[param.name])
        except TypeError as exc:
            raise TypeError(f"{where}: {exc}") from None
        if param.name in documented:
            schema = {"description": documented[param.name], **schema}
        if param.default is param.empty:
            required.add(param.name)
        elif (default := _json_default(param.default)) is not None:
            schema["default"] = default[0]
        types[param.name] = hints[param.name]
        properties[param.name] = schema
    parameters = {
        "type": "object",
        "properties": properties,
        "required": [key for key in properties if key in required],
        "additionalProperties": False,
    }
    return types, frozenset(required), parameters


def _json_default(value: Any) -> tuple[Any] | None:
    """``(value,)`` as JSON when it has a plain JSON form, else ``None``."""
    value = getattr(value, "value", value) if type(value).__module__ != "builtins" else value
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return None
    return (value,)


# -- docstrings ---------------------------------------------------------------------------

_GOOGLE_SECTION = re.compile(r"^(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments):\s*$")
_NUMPY_SECTION = re.compile(r"^(Parameters|Other Parameters)\s*$")
_REST_PARAM = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+):\s*(.*)$")
_GOOGLE_ITEM = re.compile(r"^(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_NUMPY_ITEM = re.compile(r"^(\w+)\s*(?::.*)?$")


def parse_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """(summary, description by argument) of a cleaned docstring (``inspect.getdoc``).

    The summary is the first paragraph, joined into one line; arguments are read from a
    Google ``Args:`` section, a NumPy ``Parameters`` section or reST ``:param x:`` lines.
    """
    lines = doc.splitlines()
    paragraph: list[str] = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        if _GOOGLE_SECTION.match(line.strip()) or line.strip().startswith(":"):
            break
        if paragraph and set(line.strip()) == {"-"}:  # a NumPy section header took the last line
            paragraph.pop()
            break
        paragraph.append(line.strip())
    summary = " ".join(paragraph)
    found: dict[str, str] = {}
    _read_rest(lines, found)
    _read_google(lines, found)
    _read_numpy(lines, found)
    return summary, found


def _read_rest(lines: list[str], found: dict[str, str]) -> None:
    current: str | None = None
    for line in lines:
        match = _REST_PARAM.match(line.strip())
        if match:
            current = match.group(1)
            found[current] = match.group(2).strip()
        elif current and line.startswith((" ", "\t")) and line.strip():
            found[current] = f"{found[current]} {line.strip()}".strip()
        else:
            current = None


def _read_google(lines: list[str], found: dict[str, str]) -> None:
    inside, indent, current = False, None, None
    for line in lines:
        stripped = line.strip()
        if _GOOGLE_SECTION.match(stripped) and not line.startswith((" ", "\t")):
            inside, indent, current = True, None, None
            continue
        if not inside:
            continue
        if not stripped:
            continue
        depth = len(line) - len(line.lstrip())
        if depth == 0:  # the next section (or text) ends this one
            inside = False
            continue
        if indent is None:
            indent = depth
        if depth == indent and (match := _GOOGLE_ITEM.match(stripped)):
            current = match.group(1)
            found[current] = match.group(2).strip()
        elif depth > indent and current:
            found[current] = f"{found[current]} {stripped}".strip()


def _read_numpy(lines: list[str], found: dict[str, str]) -> None:
    for start in range(len(lines) - 1):
        if not (_NUMPY_SECTION.match(lines[start].strip()) and set(lines[start + 1].strip()) == {"-"}):
            continue
        current = None
        for line in lines[start + 2 :]:
            stripped = line.strip()
            if not stripped:
                continue
            if not line.startswith((" ", "\t")):
                match = _NUMPY_ITEM.match(stripped)
                if match is None or set(stripped) == {"-"}:
                    break
                current = match.group(1)
                found.setdefault(current, "")
            elif current:
                found[current] = f"{found[current]} {stripped}".strip()
