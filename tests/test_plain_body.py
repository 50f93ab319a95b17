"""The common create() body is sent without building the request model (issue 16): only
when the model's round trip would have returned it unchanged; any other body is still
checked by the model, with its clear errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aistats import AIStatsError
from aistats._transport.request import encode_body, load_model, plain_chat_body
from aistats_generated.api import CREATE_CHAT_COMPLETION, CREATE_EMBEDDING
from aistats_generated.models.tool_call_function import ToolCallFunction

PLAIN: list[dict[str, Any]] = [
    {"model": "m", "messages": [{"role": "user", "content": "Hi"}]},
    {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stream": True},
    {
        "model": "openai/gpt-5-nano",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": "No lists."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello!"},
            {"content": "And you?", "role": "user"},
        ],
        "stream": False,
    },
]

NOT_PLAIN: list[dict[str, Any]] = [
    {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "temperature": 0.2},
    {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}]},
    {"model": "m", "messages": [{"role": "assistant", "content": None, "tool_calls": []}]},
    {"model": "m", "messages": [{"role": "tool", "content": "42"}]},
    {"model": "m", "messages": [{"role": "user", "content": "Hi", "name": "ann"}]},
    {"model": "m", "messages": []},
    {"model": "m", "messages": "Hi"},
    {"model": 3, "messages": [{"role": "user", "content": "Hi"}]},
    {"messages": [{"role": "user", "content": "Hi"}]},
    {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stream": 1},
]


@pytest.mark.parametrize("body", PLAIN)
def test_a_plain_body_is_what_the_model_round_trip_gives(body: dict[str, Any]) -> None:
    assert plain_chat_body(body)
    model = load_model(CREATE_CHAT_COMPLETION.body or "")
    assert model.from_dict(dict(body)).to_dict() == body


@pytest.mark.parametrize("body", NOT_PLAIN)
def test_any_other_body_goes_through_the_model(body: dict[str, Any]) -> None:
    assert not plain_chat_body(body)


def test_a_missing_argument_still_gets_the_clear_error() -> None:
    with pytest.raises(AIStatsError, match="missing the required argument 'model'"):
        encode_body(
            CREATE_CHAT_COMPLETION, {"messages": [{"role": "user", "content": "Hi"}]}, extra_body=None
        )


def test_a_shape_the_model_cannot_read_is_sent_for_the_gateway_to_judge() -> None:
    body = {"model": "m", "messages": "Hi"}  # the gateway's 400 names the path
    assert json.loads(encode_body(CREATE_CHAT_COMPLETION, body, extra_body=None)) == body


def test_the_callers_messages_are_never_changed() -> None:
    """Dropping an assistant's ``content: None`` (the gateway refuses it) copies: the caller's
    list and message dicts, often a conversation history kept for the next call, stay as given."""
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    history: list[dict[str, Any]] = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
        {"role": "critic", "content": "A role the model cannot read: the body is sent as given."},
    ]
    kept = json.loads(json.dumps(history))
    sent = json.loads(
        encode_body(CREATE_CHAT_COMPLETION, {"model": "m", "messages": history}, extra_body=None)
    )
    assert "content" not in sent["messages"][1] and sent["messages"][1]["tool_calls"][0]["id"] == "c1"
    assert history == kept and history[1]["content"] is None


def test_generated_models_become_dicts_on_every_route() -> None:
    """Models given as values are sent as their dicts on any route's body, not only chat's."""
    function = ToolCallFunction(name="f", arguments="{}")
    body = {"model": "m", "input": "x", "extra": {"function": function}}
    sent = json.loads(encode_body(CREATE_EMBEDDING, body, extra_body=None))
    assert sent["extra"] == {"function": {"name": "f", "arguments": "{}"}}
