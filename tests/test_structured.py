"""chat.completions.parse(): a pydantic model, a dataclass or a TypedDict as the reply's
schema, sync and async; the errors for replies that are not JSON, do not fit, or were cut;
refusals; strictness of the schema sent."""

from __future__ import annotations

import asyncio
import enum
import os
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, TypedDict

import pydantic
import pytest

from aistats import (
    AIStats,
    APIError,
    AsyncAIStats,
    LengthFinishReasonError,
    ParsedChatCompletion,
    StructuredOutputError,
)
from aistats._structured.schemas import output_format
from aistats.testing import FakeGateway, Reply, completion
from tests.support import KEY, MESSAGES


class Unit(enum.Enum):
    C = "celsius"
    F = "fahrenheit"


@dataclass
class Reading:
    value: float
    unit: Unit


@dataclass
class Weather:
    city: str
    readings: list[Reading]
    sky: Literal["clear", "cloudy"]
    note: str | None


@dataclass
class Loose:
    city: str
    tags: list[str] = field(default_factory=list)


class WeatherDict(TypedDict):
    city: str
    temperature: int
    extra: NotRequired[str]


class WeatherModel(pydantic.BaseModel):
    city: str
    temperature: float


WEATHER_JSON = (
    '{"city": "Paris", "readings": [{"value": 21, "unit": "celsius"}], "sky": "clear", "note": null}'
)


def parse(mode: str, base_url: str, response_format: Any, **params: Any) -> ParsedChatCompletion[Any]:
    params.setdefault("model", "m")
    params.setdefault("messages", MESSAGES)
    if mode == "sync":
        with AIStats(api_key=KEY, base_url=base_url) as client:
            return client.chat.completions.parse(response_format=response_format, **params)

    async def run() -> ParsedChatCompletion[Any]:
        async with AsyncAIStats(api_key=KEY, base_url=base_url) as client:
            return await client.chat.completions.parse(response_format=response_format, **params)

    return asyncio.run(run())


def reply_with(gateway: FakeGateway, content: str | None, **extra: Any) -> None:
    body = completion(content, finish_reason=extra.pop("finish_reason", "stop"))
    body["choices"][0]["message"].update(extra)
    gateway.enqueue(Reply.json(body))


def test_dataclass_reply_is_parsed_and_the_schema_is_strict(mode: str, fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, WEATHER_JSON)
    done = parse(mode, fake_gateway.base_url, Weather, temperature=0)
    parsed = done.choices[0].message.parsed
    assert parsed == Weather("Paris", [Reading(21.0, Unit.C)], "clear", None)
    assert done.choices[0].message.content == WEATHER_JSON
    sent = fake_gateway.requests[0].json()
    assert sent["temperature"] == 0
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "Weather"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["required"] == ["city", "readings", "sky", "note"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["readings"]["items"]["properties"]["unit"] == {
        "enum": ["celsius", "fahrenheit"]
    }


def test_typeddict_reply_is_a_dict(mode: str, fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, '{"city": "Oslo", "temperature": -3}')
    done = parse(mode, fake_gateway.base_url, WeatherDict)
    assert done.choices[0].message.parsed == {"city": "Oslo", "temperature": -3}
    # an optional key cannot be strict (strict mode wants every property required)
    assert "strict" not in fake_gateway.requests[0].json()["response_format"]["json_schema"]


def test_pydantic_reply_is_a_model(mode: str, fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, '{"city": "Rome", "temperature": 30.5}')
    done = parse(mode, fake_gateway.base_url, WeatherModel)
    assert done.choices[0].message.parsed == WeatherModel(city="Rome", temperature=30.5)
    spec = fake_gateway.requests[0].json()["response_format"]["json_schema"]
    assert spec["strict"] is True and spec["schema"]["additionalProperties"] is False


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"city": "Paris"', "not valid JSON"),
        ('{"city": "Paris", "readings": [], "sky": "rainy", "note": null}', "$.sky: expected one of"),
        ('{"city": 3, "readings": [], "sky": "clear", "note": null}', "$.city: expected string, got integer"),
        ('{"city": "P", "readings": [], "sky": "clear"}', "missing 'note'"),
        (
            '{"city": "P", "readings": [{"value": "x", "unit": "celsius"}], "sky": "clear", "note": null}',
            "$.readings[0].value",
        ),
    ],
)
def test_content_that_does_not_fit_raises_with_the_raw_text(
    mode: str, fake_gateway: FakeGateway, content: str, problem: str
) -> None:
    reply_with(fake_gateway, content)
    with pytest.raises(StructuredOutputError) as caught:
        parse(mode, fake_gateway.base_url, Weather)
    assert isinstance(caught.value, APIError)
    assert problem in str(caught.value)
    assert caught.value.content == content
    assert caught.value.completion.choices[0].message.content == content


PROSE = (
    "Sure! Here is the weather you asked for.\n\nIn Paris it is sunny and 21 degrees, "
    + "with a light breeze from the west. " * 40
    + "Let me know if you need anything else."
)


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("Sure! It is sunny in Paris.", "'Sure! It is sunny in Paris.'"),
        (PROSE, "'Sure! Here is the weather you asked for.\\n\\nIn Paris it is sunny"),
        ('```json\n{"city": "Paris"}\n```', '\'```json\\n{"city": "Paris"}\\n```\''),
    ],
)
def test_a_reply_that_is_not_json_shows_what_the_model_said(
    mode: str, fake_gateway: FakeGateway, content: str, shown: str
) -> None:
    reply_with(fake_gateway, content)
    with pytest.raises(StructuredOutputError) as caught:
        parse(mode, fake_gateway.base_url, Weather)
    message = str(caught.value)
    assert "not valid JSON" in message and shown in message
    assert len(message) < 600  # an excerpt, bounded, whatever the reply's length
    assert caught.value.content == content  # the full text stays on the error
    if len(content) > 300:
        assert f"{len(content)} characters" in message and content not in message


def test_json_broken_far_into_a_long_reply_shows_where(fake_gateway: FakeGateway) -> None:
    content = '{"city": "Paris", "note": "' + "x" * 2000 + '", "sky": clear}'
    reply_with(fake_gateway, content)
    with pytest.raises(StructuredOutputError) as caught:
        parse("sync", fake_gateway.base_url, Weather)
    message = str(caught.value)
    assert '"sky": clear}' in message and '{"city": "Paris"' in message and len(message) < 800


def test_pydantic_validation_failure_is_a_structured_output_error(fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, '{"city": "Rome", "temperature": "hot"}')
    with pytest.raises(StructuredOutputError, match="does not fit WeatherModel") as caught:
        parse("sync", fake_gateway.base_url, WeatherModel)
    assert caught.value.content == '{"city": "Rome", "temperature": "hot"}'


def test_length_finish_reason(mode: str, fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, '{"city": "Par', finish_reason="length")
    with pytest.raises(LengthFinishReasonError, match="token limit") as caught:
        parse(mode, fake_gateway.base_url, Weather)
    assert isinstance(caught.value, StructuredOutputError) and caught.value.content == '{"city": "Par'


def test_refusal_gives_parsed_none(mode: str, fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, None, refusal="I can't help with that.")
    done = parse(mode, fake_gateway.base_url, Weather)
    message = done.choices[0].message
    assert message.parsed is None
    assert message.refusal == "I can't help with that."


def test_no_content_and_no_refusal_is_an_error(fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, "")
    with pytest.raises(StructuredOutputError, match="no content"):
        parse("sync", fake_gateway.base_url, Weather)


def test_non_strict_schemas() -> None:
    assert output_format(Loose).strict is False  # a field with a default is optional
    assert output_format(Weather).strict is True
    with pytest.raises(TypeError, match="pydantic model, a dataclass or a TypedDict"):
        output_format(int)


def test_parsed_completion_keeps_the_generated_models_surface(fake_gateway: FakeGateway) -> None:
    reply_with(fake_gateway, '{"city": "Oslo", "temperature": 1}')
    done = parse("sync", fake_gateway.base_url, WeatherDict)
    assert done.to_dict()["choices"][0]["message"]["content"] == '{"city": "Oslo", "temperature": 1}'
    assert "parsed" not in done.to_dict()["choices"][0]["message"]
    assert done.id == "req_1" and done.provider == "fake" and done.to_dict()["nativeResponseId"] is None


def test_pydantic_is_imported_only_when_a_model_is_passed() -> None:
    code = (
        "import sys, dataclasses\n"
        "from aistats._structured.schemas import output_format\n"
        "@dataclasses.dataclass\n"
        "class P:\n    x: int\n"
        "output_format(P)\n"
        "assert 'pydantic' not in sys.modules, 'pydantic imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AI_STATS_")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "given", [Weather, WeatherDict, WeatherModel, list[Weather], Literal["a", "b"]], ids=lambda t: str(t)[:20]
)
def test_create_refuses_a_type_as_response_format(mode: str, given: Any, fake_gateway: FakeGateway) -> None:
    """create() sends response_format as given: a type there is a TypeError naming parse(),
    raised before anything is sent (sync and async)."""

    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            await client.chat.completions.create(
                model="openai/gpt-5-nano", messages=MESSAGES, response_format=given
            )

    with pytest.raises(TypeError) as raised:
        if mode == "sync":
            with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                client.chat.completions.create(
                    model="openai/gpt-5-nano", messages=MESSAGES, response_format=given
                )
        else:
            asyncio.run(run())
    assert "client.chat.completions.parse(response_format=" in str(raised.value)
    assert "response_format" in str(raised.value).split(":")[0]
    assert fake_gateway.requests == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_responses_create_refuses_a_type_as_text_format(mode: str, fake_gateway: FakeGateway) -> None:
    async def run() -> None:
        async with AsyncAIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
            await client.responses.create(
                model="openai/gpt-5-nano", input="hi", text={"format": WeatherModel}
            )

    with pytest.raises(
        TypeError, match=r"text\['format'\] \(WeatherModel\).*parse\(response_format=WeatherModel"
    ):
        if mode == "sync":
            with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:
                client.responses.create(model="openai/gpt-5-nano", input="hi", text={"format": WeatherModel})
        else:
            asyncio.run(run())
    assert fake_gateway.requests == []
    with AIStats(api_key=KEY, base_url=fake_gateway.base_url) as client:  # a dict still goes through
        client.responses.create(model="openai/gpt-5-nano", input="hi", text={"format": {"type": "text"}})
    assert len(fake_gateway.requests) == 1
