"""``@aistats.tool``: the JSON schema of each supported annotation kind, the docstring's
summary and argument lines (Google, NumPy, reST), the model's arguments checked and converted
through the same types, and a ``TypeError`` naming the parameter for what cannot be described."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Literal, NotRequired, Optional, TypedDict

import pydantic
import pytest

import aistats
from aistats import Tool, tool
from aistats._tools.tool import BadArguments


class Unit(enum.Enum):
    C = "celsius"
    F = "fahrenheit"


@dataclasses.dataclass
class Place:
    city: str
    country: str = "FR"


class Window(TypedDict):
    start: int
    end: NotRequired[int]


class Person(pydantic.BaseModel):
    name: str
    home: Place2


class Place2(pydantic.BaseModel):
    city: str


Person.model_rebuild()


def properties(t: Tool[..., Any]) -> dict[str, Any]:
    props: dict[str, Any] = t.parameters["properties"]
    return props


@pytest.mark.parametrize(
    ("annotation", "schema"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (Literal["a", "b"], {"enum": ["a", "b"]}),
        (Unit, {"enum": ["celsius", "fahrenheit"]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (dict[str, float], {"type": "object", "additionalProperties": {"type": "number"}}),
        (Optional[str], {"anyOf": [{"type": "string"}, {"type": "null"}]}),  # noqa: UP045 - the old spelling on purpose
        (int | None, {"anyOf": [{"type": "integer"}, {"type": "null"}]}),
        (
            Window,
            {
                "type": "object",
                "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}},
                "required": ["start"],
                "additionalProperties": False,
            },
        ),
        (
            Place,
            {
                "type": "object",
                "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
                "required": ["city"],
                "additionalProperties": False,
            },
        ),
    ],
    ids=lambda value: getattr(value, "__name__", None) or repr(value) if not isinstance(value, dict) else "",
)
def test_each_annotation_kind_has_its_schema(annotation: Any, schema: dict[str, Any]) -> None:
    def f(x: Any) -> None: ...

    f.__annotations__ = {"x": annotation, "return": None}
    made = tool(f)
    assert made.parameters == {
        "type": "object",
        "properties": {"x": schema},
        "required": ["x"],
        "additionalProperties": False,
    }


def test_a_pydantic_model_parameter_is_inlined_and_read_as_the_model() -> None:
    @tool
    def greet(person: Person) -> str:
        """Greet someone."""
        return f"Hello {person.name} of {person.home.city}"

    schema = properties(greet)["person"]
    assert "$defs" not in str(schema)  # nested models in place: #/$defs/... would not resolve here
    assert schema["properties"]["home"]["properties"]["city"] == {"title": "City", "type": "string"}
    bound = greet.bind('{"person": {"name": "Ada", "home": {"city": "London"}}}')
    assert isinstance(bound["person"], Person) and greet(**bound) == "Hello Ada of London"
    with pytest.raises(BadArguments) as bad:
        greet.bind('{"person": {"name": "Ada", "home": {}}}')
    assert str(bad.value) == "person.home.city: Field required"


def test_defaults_make_a_parameter_optional_and_are_shown() -> None:
    @tool
    def get_weather(city: str, unit: Unit = Unit.C, days: int = 1, place: Place | None = None) -> str:
        return city

    props = properties(get_weather)
    assert get_weather.parameters["required"] == ["city"]
    assert props["unit"]["default"] == "celsius" and props["days"]["default"] == 1
    assert props["place"]["default"] is None


def test_the_docstring_gives_the_summary_and_each_argument_google() -> None:
    @tool
    def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, Any]:
        """Current weather for a city,
        right now.

        Longer text that the model does not need.

        Args:
            city: The city's name,
                in English.
            unit (str): The unit.

        Returns:
            The weather.
        """
        return {}

    assert get_weather.description == "Current weather for a city, right now."
    props = properties(get_weather)
    assert props["city"]["description"] == "The city's name, in English."
    assert props["unit"]["description"] == "The unit."
    assert get_weather.chat_param() == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city, right now.",
            "parameters": get_weather.parameters,
        },
    }
    assert get_weather.responses_param() == {
        "type": "function",
        "name": "get_weather",
        "description": "Current weather for a city, right now.",
        "parameters": get_weather.parameters,
    }


def test_the_docstring_numpy_and_rest_styles() -> None:
    @tool
    def numpy_style(x: int, flag: bool = False) -> int:
        """Add things.

        Parameters
        ----------
        x : int
            The x
            value.
        flag : bool
            A flag.

        Returns
        -------
        int
        """
        return x

    @tool
    def rest_style(x: int) -> int:
        """Add things.

        :param x: The x value.
        :type x: int
        :returns: the sum
        """
        return x

    assert numpy_style.description == rest_style.description == "Add things."
    assert properties(numpy_style)["x"]["description"] == "The x value."
    assert properties(numpy_style)["flag"]["description"] == "A flag."
    assert properties(rest_style)["x"]["description"] == "The x value."


def test_name_and_description_can_be_given() -> None:
    @tool(name="lookup", description="Look it up.")
    def f(q: str) -> str:
        """Not this."""
        return q

    assert (f.name, f.description) == ("lookup", "Look it up.")
    assert f("x") == "x"  # still callable as the function
    assert aistats.tool is tool


def test_arguments_are_checked_and_converted_through_the_types() -> None:
    @tool
    def plan(unit: Unit, places: list[Place], window: Window | None = None, ratio: float = 1.0) -> None: ...

    bound = plan.bind('{"unit": "fahrenheit", "places": [{"city": "Paris"}], "ratio": 2}')
    assert bound == {"unit": Unit.F, "places": [Place("Paris")], "ratio": 2.0}
    with pytest.raises(BadArguments) as bad:
        plan.bind('{"unit": "kelvin", "places": [{"town": "x"}], "window": {"start": "soon"}, "extra": 1}')
    assert str(bad.value).splitlines() == [
        "extra: unexpected argument",
        "places[0]: missing 'city'",
        "unit: 'kelvin' is not a Unit",
        "window.start: expected integer, got string",
    ]
    with pytest.raises(BadArguments, match=r"^unit: required$"):
        plan.bind('{"places": []}')
    with pytest.raises(BadArguments, match="arguments: not valid JSON"):
        plan.bind('{"unit": ')
    with pytest.raises(BadArguments, match="arguments: expected a JSON object, got list"):
        plan.bind("[1]")


class Node(TypedDict):
    child: Node | None


def _no_annotation(x):  # type: ignore[no-untyped-def]
    return x


def _var_args(*xs: int) -> None: ...


def _var_kwargs(**named: int) -> None: ...


def _positional_only(x: int, /) -> None: ...


def _a_set(tags: set[str]) -> None: ...


def _int_keys(table: dict[int, str]) -> None: ...


def _an_object(thing: object) -> None: ...


def _recursive(tree: Node) -> None: ...


@pytest.mark.parametrize(
    ("function", "parameter", "words"),
    [
        (_no_annotation, "x", "has no type annotation"),
        (_var_args, "xs", "*args and **kwargs"),
        (_var_kwargs, "named", "*args and **kwargs"),
        (_positional_only, "x", "positional-only"),
        (_a_set, "tags", "cannot describe the type set[str]"),
        (_int_keys, "table", "keys of dict[int, str] must be str"),
        (_an_object, "thing", "cannot describe the type object"),
        (_recursive, "tree", "recursive type Node"),
    ],
)
def test_an_annotation_it_cannot_express_is_a_type_error_naming_the_parameter(
    function: Any, parameter: str, words: str
) -> None:
    with pytest.raises(TypeError) as raised:
        tool(function)
    assert f"tool {function.__name__}: parameter {parameter!r}" in str(raised.value)
    assert words in str(raised.value)


def test_a_bad_tool_name_is_refused() -> None:
    with pytest.raises(ValueError, match="tool name 'a b'"):
        tool(name="a b")(_var_args)
