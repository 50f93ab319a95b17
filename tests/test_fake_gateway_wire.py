"""The built-in gateway answers as the real one did in its transcripts.

Each transcript's request is sent to ``FakeGateway`` as it was sent to the gateway; the fake's
status, headers (``server-timing``'s figures aside: the fake measures nothing) and, for errors
and ``/models/me``, its body (the request id aside) must be the gateway's. Then the fake's own
promises the transcripts cannot show: scripted errors carry the request id, replies scripted
for ``/responses`` or ``/messages`` are served there, the catalogue decides which models exist.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistats import AIStats, BadRequestError, InternalServerError, RateLimitError
from aistats.testing import FakeGateway, Reply, catalogue_model, message_object, response_object
from aistats.types import ChatMessageParams

FIXTURES = Path(__file__).parent / "fixtures"
TRANSCRIPTS = [
    *sorted((FIXTURES / "wire2_fake").glob("*.json")),
    *(FIXTURES / "wire" / f"{name}.json" for name in (
        "h_unknown_model", "h_missing_model", "h_unknown_role", "h_bad_json", "i_auth_missing",
        "a_nonstream_text_compat", "b_stream_text_compat",
    )),
    *(FIXTURES / "wire2" / f"{name}.json" for name in (
        "r01_responses_nonstream_text", "r02_responses_stream_text",
        "m01_messages_nonstream_text", "m02_messages_stream_text",
    )),
]  # fmt: skip
#: Headers the transcripts leave out (the hosting platform's) or that the fake does not send.
TRANSPORT = {"content-length", "transfer-encoding", "connection", "date"}
CHAT: list[ChatMessageParams] = [{"role": "user", "content": "ping"}]


def _send(gateway: FakeGateway, transcript: dict[str, Any]) -> httpx.Response:
    sent = transcript["request"]
    body = sent["body"].encode() if sent["body"] is not None else None
    return httpx.request(
        sent["method"], gateway.url + sent["path"], headers=sent["headers"], content=body, timeout=10
    )


def _without_ids(body: Any) -> Any:
    if isinstance(body, dict):
        return {k: "<id>" if k in ("generation_id", "request_id") else v for k, v in body.items()}
    return body


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda path: path.stem)
def test_answers_as_the_gateway_did(path: Path) -> None:
    transcript = json.loads(path.read_text(encoding="utf-8"))
    real = transcript["response"]
    with FakeGateway() as gateway:
        answer = _send(gateway, transcript)
    assert answer.status_code == real["status"]
    real_text = real["body_text"]
    if real["status"] >= 400 and real["headers"].get("content-type") == "application/json":
        expected = json.loads(real_text)
        assert _without_ids(answer.json()) == _without_ids(expected)
        assert ("generation_id" in answer.json()) == ("generation_id" in expected)
    elif real["status"] >= 400:
        assert answer.text == real_text
    elif transcript["request"]["path"] == "/v1/moderations":
        results = json.loads(real_text)["results"]
        assert answer.json()["model"] == json.loads(real_text)["model"]
        assert [r["categories"] for r in answer.json()["results"]] == [r["categories"] for r in results]
        for key in ("category_scores", "category_applied_input_types"):
            assert [r[key].keys() for r in answer.json()["results"]] == [r[key].keys() for r in results]
    fake_headers = {k: v for k, v in answer.headers.items() if k not in TRANSPORT}
    assert fake_headers.keys() == real["headers"].keys()
    for name, value in real["headers"].items():
        assert name == "server-timing" or fake_headers[name] == value, name


# --------------------------------------------------------------- scripted errors
def test_scripted_errors_carry_the_request_id() -> None:
    with FakeGateway() as gateway:
        gateway.enqueue(Reply.error(400, "validation_error"))
        served = httpx.post(
            f"{gateway.base_url}/chat/completions", json={}, headers={"authorization": "Bearer k"}
        )
        assert served.json()["generation_id"] == "req_1"
        gateway.enqueue(Reply.error(400, "validation_error", request_id="G-mine"))
        assert httpx.post(f"{gateway.base_url}/chat/completions", json={}).json()["generation_id"] == "G-mine"


def test_the_client_reads_the_request_id_of_scripted_errors() -> None:
    with (
        FakeGateway() as gateway,
        AIStats(api_key="k", base_url=gateway.base_url, max_retries=0) as client,
    ):
        gateway.enqueue(Reply.upstream_error(429, "Rate limit reached", code="rate_limit_exceeded"))
        with pytest.raises(InternalServerError) as upstream:
            client.chat.completions.create(model="openai/gpt-5-nano", messages=CHAT)
        assert upstream.value.request_id == "req_1"
        gateway.enqueue(Reply.error(429, "key_limit_exceeded"), route="/embeddings")
        with pytest.raises(RateLimitError) as limited:
            client.embeddings.create(model="openai/text-embedding-3-small", input="x")
        assert limited.value.request_id == "req_2"


# ------------------------------------------------------------ scripted per route
def test_route_scripts_come_before_unrouted_ones_and_only_on_their_route() -> None:
    with FakeGateway() as gateway, AIStats(api_key="k", base_url=gateway.base_url) as client:
        gateway.enqueue(Reply.json(response_object("routed", request_id="r")), route="/responses")
        gateway.enqueue(Reply.json(message_object("routed")), route="v1/messages")
        gateway.enqueue(Reply.error(400, "validation_error", "scripted"), route="/chat/completions")
        gateway.enqueue(Reply.json(response_object("unrouted", request_id="u")))
        with pytest.raises(BadRequestError, match="scripted"):
            client.chat.completions.create(model="openai/gpt-5-nano", messages=CHAT)
        message = client.messages.create(model="anthropic/claude-sonnet-4.5", max_tokens=5, messages=CHAT)
        assert [block.text for block in message.content] == ["routed"]  # type: ignore[union-attr]
        first = client.responses.create(model="openai/gpt-4.1-mini", input="hi")
        second = client.responses.create(model="openai/gpt-4.1-mini", input="hi")
        assert (first.id, second.id) == ("r", "u")
        assert gateway.queued == 0
        third = client.responses.create(model="openai/gpt-4.1-mini", input="hi")
        assert third.id == "req_5"  # then the default reply again


def test_enqueue_refuses_what_is_not_a_path() -> None:
    with FakeGateway() as gateway:
        for route in ("", "  ", "https://api.phaseo.app/v1/models"):
            with pytest.raises(ValueError, match="route must be a path"):
                gateway.enqueue(Reply.default(), route=route)
        assert gateway.queued == 0


# -------------------------------------------------------------------- catalogue
def test_known_models_are_the_catalogue_with_the_routes_capability() -> None:
    with FakeGateway() as gateway, AIStats(api_key="k", base_url=gateway.base_url, max_retries=0) as client:
        listed = {model.id for model in client.models.list()}
        for model in ("openai/gpt-5-nano", "openai/gpt-5-nano-2025-08-07", "anthropic/claude-sonnet-4.5"):
            assert model in listed
            assert client.chat.completions.create(model=model, messages=CHAT).model == model
        with pytest.raises(BadRequestError) as unknown:
            client.chat.completions.create(model="acme/model-1", messages=CHAT)
        assert unknown.value.code == "unsupported_model_or_endpoint" and unknown.value.request_id == "req_5"
        with pytest.raises(BadRequestError, match="unsupported_model_or_endpoint"):
            client.chat.completions.create(model="openai/text-embedding-3-small", messages=CHAT)
        gateway.routes.models.append(catalogue_model("acme/model-1"))
        assert client.chat.completions.create(model="acme/model-1", messages=CHAT).model == "acme/model-1"
        scripted = Reply.json(response_object("any model", request_id="s"))
        gateway.enqueue(scripted)  # scripted replies are served as scripted: no check
        assert client.responses.create(model="not/listed", input="hi").id == "s"
    with FakeGateway(validate=False) as lenient, AIStats(api_key="k", base_url=lenient.base_url) as client:
        assert client.chat.completions.create(model="not/listed", messages=CHAT).model == "not/listed"


def test_models_me_refuses_management_keys() -> None:
    with FakeGateway() as gateway:
        gateway.routes.management_key = "mk-1"
        url = f"{gateway.base_url}/models/me"
        assert httpx.get(url, headers={"authorization": "Bearer sk-1"}).status_code == 501
        refused = httpx.get(url, headers={"authorization": "Bearer mk-1"})
        assert refused.status_code == 401
        assert refused.json()["reason"] == "management_key_not_valid_for_gateway"
