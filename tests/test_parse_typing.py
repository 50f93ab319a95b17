"""mypy --strict narrows ``parse()``'s ``.parsed`` to the requested type (sync and async),
and ``with_raw_response.create()`` keeps create()'s overloads."""

from __future__ import annotations

from pathlib import Path

from mypy import api as mypy_api

SNIPPET = """
from dataclasses import dataclass
from typing import TypedDict

import pydantic

from aistats import AIStats, AsyncAIStats, AsyncStream, RawResponse, Stream
from aistats.types import ChatCompletionsResponse


@dataclass
class Weather:
    city: str


class WeatherDict(TypedDict):
    city: str


class WeatherModel(pydantic.BaseModel):
    city: str


def sync(client: AIStats) -> None:
    done = client.chat.completions.parse(model="m", messages=[], response_format=Weather)
    parsed = done.choices[0].message.parsed
    reveal_type(parsed)
    if parsed is not None:
        city: str = parsed.city
    typed = client.chat.completions.parse(model="m", messages=[], response_format=WeatherModel)
    reveal_type(typed.choices[0].message.parsed)
    as_dict = client.chat.completions.parse(model="m", messages=[], response_format=WeatherDict)
    reveal_type(as_dict.choices[0].message.parsed)
    raw = client.chat.completions.with_raw_response.create(model="m", messages=[])
    reveal_type(raw)
    streamed: RawResponse[Stream] = client.chat.completions.with_raw_response.create(
        model="m", messages=[], stream=True
    )
    completion: ChatCompletionsResponse = raw.parse()


async def run(client: AsyncAIStats) -> None:
    done = await client.chat.completions.parse(model="m", messages=[], response_format=Weather)
    reveal_type(done.choices[0].message.parsed)
    raw = await client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True)
    stream: AsyncStream = raw.parse()


def wrong(client: AIStats) -> None:
    done = client.chat.completions.parse(model="m", messages=[], response_format=Weather)
    parsed = done.choices[0].message.parsed
    assert parsed is not None
    number: int = parsed.city
"""


def test_parsed_is_narrowed_to_the_requested_type(tmp_path: Path) -> None:
    path = tmp_path / "snippet.py"
    path.write_text(SNIPPET, encoding="utf-8")
    out, err, _status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy_cache"), str(path)]
    )
    lines = out.splitlines()
    revealed = [line.split("Revealed type is ")[1] for line in lines if "Revealed type is" in line]
    assert revealed == [
        '"snippet.Weather | None"',
        '"snippet.WeatherModel | None"',
        "\"TypedDict(snippet.WeatherDict, {'city': str}) | None\"",
        '"aistats._transport.raw.RawResponse[aistats_generated.models.chat_completions_response.ChatCompletionsResponse]"',
        '"snippet.Weather | None"',
    ], out + err
    errors = [line for line in lines if ": error:" in line]
    # the only error: the deliberate one, assigning the narrowed str field to an int
    assert len(errors) == 1 and 'has type "str", variable has type "int"' in errors[0], out + err
