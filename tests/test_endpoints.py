"""Every route besides chat, sync and async, against the built-in gateway: what goes on the wire
(method, path, query, body, auth), what comes back (typed models), retries, typed errors,
lazy paging and lenient catalogue entries."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qs

import pytest

from aistats import (
    AIStats,
    AIStatsError,
    APITimeoutError,
    AsyncAIStats,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
)
from aistats._transport.request import prepare_route
from aistats.testing import FakeGateway, Reply, catalogue_model
from aistats_generated import models
from aistats_generated.api import ROUTES

KEY = "sk-test-endpoints-0123456789"
MANAGEMENT_KEY = "mk-test-endpoints-9876543210"


@dataclass(frozen=True)
class Case:
    name: str
    call: Callable[[Any], Any]
    method: str
    path: str
    query: dict[str, list[str]]
    body: dict[str, Any] | None
    reply: type
    route: str  # the operation in the generated route table


CASES = [
    Case("models.list", lambda c: c.models.list(organisation=["openai", "voyage"], limit=10), "GET", "/v1/models",
         {"organisation": ["openai", "voyage"], "limit": ["10"], "offset": ["0"]}, None, models.CatalogueModel,
         "list_models"),
    Case("models.endpoints", lambda c: c.models.endpoints("openai/gpt-4.1-mini", availability="all"), "GET",
         "/v1/models/openai/gpt-4.1-mini/endpoints", {"availability": ["all"]}, None, models.ModelEndpointList,
         "list_model_endpoints"),
    Case("providers.list", lambda c: c.providers.list(), "GET", "/v1/providers", {"offset": ["0"]}, None,
         models.Provider, "list_providers"),
    Case("organisations.list", lambda c: c.organisations.list(limit=5), "GET", "/v1/organisations",
         {"limit": ["5"], "offset": ["0"]}, None, models.Organisation, "list_organisations"),
    Case("endpoints.list", lambda c: c.endpoints.list(), "GET", "/v1/endpoints", {}, None, models.EndpointList,
         "list_endpoints"),
    Case("health.check", lambda c: c.health.check(), "GET", "/v1/health", {}, None, models.Health, "get_health"),
    Case("pricing.models", lambda c: c.pricing.models(), "GET", "/v1/pricing/models", {}, None,
         models.PricingModelList, "list_pricing_models"),
    Case("pricing.calculate",
         lambda c: c.pricing.calculate(provider="openai", model="openai/gpt-4.1-mini", endpoint="text.generate",
                                       usage={"input_text_tokens": 12000}),
         "POST", "/v1/pricing/calculate", {},
         {"provider": "openai", "model": "openai/gpt-4.1-mini", "endpoint": "text.generate",
          "usage": {"input_text_tokens": 12000}}, models.PricingCalculateResponse, "calculate_pricing"),
    Case("credits.retrieve", lambda c: c.credits.retrieve(), "GET", "/v1/credits", {}, None, models.Credits,
         "get_credits"),
    Case("activity.list", lambda c: c.activity.list(days=7), "GET", "/v1/activity",
         {"days": ["7"], "offset": ["0"]}, None, models.ActivityEntry, "get_activity"),
    Case("keys.current", lambda c: c.keys.current(), "GET", "/v1/key", {}, None, models.CurrentKey,
         "get_current_key"),
    Case("embeddings.create",
         lambda c: c.embeddings.create(model="openai/text-embedding-3-small", input=["a b", "c"], dimensions=4),
         "POST", "/v1/embeddings", {}, {"model": "openai/text-embedding-3-small", "input": ["a b", "c"],
                                        "dimensions": 4}, models.EmbeddingsResponse, "create_embedding"),
    Case("moderations.create", lambda c: c.moderations.create(input="I will kill the process"), "POST",
         "/v1/moderations", {}, {"input": "I will kill the process"}, models.ModerationsResponse,
         "create_moderation"),
    Case("rerank.create",
         lambda c: c.rerank.create(model="voyage/rerank-2", query="capital of France",
                                   documents=["Paris is the capital of France", "Berlin"], top_n=1),
         "POST", "/v1/rerank", {}, {"model": "voyage/rerank-2", "query": "capital of France",
                                    "documents": ["Paris is the capital of France", "Berlin"], "top_n": 1},
         models.RerankResponse, "create_rerank"),
    Case("images.generate", lambda c: c.images.generate(model="openai/gpt-image-1", prompt="a cat", n=2), "POST",
         "/v1/images/generations", {}, {"model": "openai/gpt-image-1", "prompt": "a cat", "n": 2},
         models.ImagesResponse, "create_image"),
]  # fmt: skip


def run(mode: str, gateway: FakeGateway, call: Callable[[Any], Any], **client: Any) -> Any:
    """``call(client)`` through the client of ``mode``; paged results are read to the end."""
    options: dict[str, Any] = {
        "api_key": KEY, "management_key": MANAGEMENT_KEY, "base_url": gateway.base_url, "max_retries": 0, **client,
    }  # fmt: skip
    if mode == "sync":
        with AIStats(**options) as sync_client:
            result = call(sync_client)
            return list(result) if hasattr(result, "__iter__") and not hasattr(result, "to_dict") else result

    async def go() -> Any:
        async with AsyncAIStats(**options) as async_client:
            result = call(async_client)
            if inspect.isawaitable(result):
                return await result
            return [item async for item in result]

    return asyncio.run(go())


@pytest.fixture
def gateway() -> Any:
    with FakeGateway(api_key=KEY, management_key=MANAGEMENT_KEY) as gw:
        yield gw


def first(result: Any) -> Any:
    return result[0] if isinstance(result, list) else result


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_route_sends_what_the_spec_says_and_reads_a_typed_reply(
    mode: str, gateway: FakeGateway, case: Case
) -> None:
    result = run(mode, gateway, case.call)
    assert isinstance(first(result), case.reply)
    [request] = gateway.requests
    assert (request.method, request.path) == (case.method, case.path)
    assert parse_qs(request.query) == case.query
    assert (request.json() if request.body else None) == case.body
    # each route sends the key its security names: the management key on /credits and /activity
    key = MANAGEMENT_KEY if ROUTES[case.route].key == "management" else KEY
    assert request.headers["authorization"] == f"Bearer {key}"
    assert request.headers.get("content-type") == ("application/json" if case.body is not None else None)
    route = ROUTES[case.route]
    assert (route.method, "/v1" + route.path.replace("{author}/{slug}", "openai/gpt-4.1-mini")) == (
        case.method,
        case.path,
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_route_is_retried_after_a_503(mode: str, gateway: FakeGateway, case: Case) -> None:
    gateway.enqueue(
        Reply.error(503, "upstream_error", headers={"retry-after-ms": "1"}), Reply.default(), route=case.path
    )
    result = run(mode, gateway, case.call, max_retries=1)
    assert isinstance(first(result), case.reply)
    assert [r.path for r in gateway.requests] == [case.path, case.path]
    assert gateway.requests[0].body == gateway.requests[1].body


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_route_raises_typed_errors(mode: str, gateway: FakeGateway, case: Case) -> None:
    gateway.enqueue(Reply.error(401, "unauthorised", reason="key_not_found_or_revoked"), route=case.path)
    with pytest.raises(AuthenticationError, match="401 unauthorised"):
        run(mode, gateway, case.call)
    if case.path == "/v1/health":  # the one route that needs no key
        assert run(mode, gateway, case.call, api_key="sk-wrong-key-000000").status == "ok"
        return
    with pytest.raises(AuthenticationError, match="401"):
        run(mode, gateway, case.call, api_key="sk-wrong-key-000000", management_key="mk-wrong-key-000000")


def test_the_gateway_own_errors_become_typed_errors(mode: str, gateway: FakeGateway) -> None:
    with pytest.raises(NotFoundError, match="404 not_found: Model nobody/nothing was not found"):
        run(mode, gateway, lambda c: c.models.endpoints("nobody/nothing"))
    with pytest.raises(NotFoundError, match="404 not_found"):
        run(mode, gateway, lambda c: c.generations.retrieve("G-UNKNOWN"))
    with pytest.raises(BadRequestError, match="offset must be <= 5000"):
        run(mode, gateway, lambda c: c.models.list(offset=5001))
    with pytest.raises(BadRequestError, match="validation_error"):  # the SDK sends it; the gateway refuses
        run(mode, gateway, lambda c: c.rerank.create(model="voyage/rerank-2", query="q", documents=[]))
    with pytest.raises(NotFoundError, match="pricing_not_found"):
        run(
            mode,
            gateway,
            lambda c: c.pricing.calculate(provider="x", model="x/y", endpoint="e", usage={"a": 1}),
        )
    with pytest.raises(AuthenticationError, match="management_key_required"):
        run(mode, gateway, lambda c: c.credits.retrieve(), management_key=KEY)  # an inference key
    assert run(mode, gateway, lambda c: c.credits.retrieve()).credits.remaining > 0


def test_generation_looks_up_a_request_the_gateway_served(mode: str, gateway: FakeGateway) -> None:
    def both(client: Any) -> Any:
        if isinstance(client, AIStats):
            done = client.chat.completions.create(
                model="openai/gpt-4.1-mini", messages=[{"role": "user", "content": "hi"}]
            )
            return client.generations.retrieve(done.id)

        async def go() -> Any:
            done = await client.chat.completions.create(
                model="openai/gpt-4.1-mini", messages=[{"role": "user", "content": "hi"}]
            )
            return await client.generations.retrieve(done.id)

        return go()

    record = run(mode, gateway, both)
    assert (record.request_id, record.endpoint, record.model_id) == (
        "req_1",
        "chat.completions",
        "openai/gpt-4.1-mini",
    )
    assert parse_qs(gateway.requests[1].query) == {"id": ["req_1"]}


def test_five_models_two_per_page_take_three_requests(mode: str, gateway: FakeGateway) -> None:
    gateway.routes.models = [catalogue_model(f"lab/model-{i}") for i in range(5)]
    found = run(mode, gateway, lambda c: c.models.list(limit=2))
    assert [m.id for m in found] == [f"lab/model-{i}" for i in range(5)]
    assert [parse_qs(r.query) for r in gateway.requests] == [
        {"limit": ["2"], "offset": [str(offset)]} for offset in (0, 2, 4)
    ]


def test_paging_stops_at_total_and_at_a_short_page(mode: str, gateway: FakeGateway) -> None:
    gateway.routes.models = [catalogue_model(f"lab/model-{i}") for i in range(4)]
    assert len(run(mode, gateway, lambda c: c.models.list(limit=2))) == 4
    assert len(gateway.requests) == 2  # the second page reached total=4: no third request
    gateway.reset()
    page = {"ok": True, "models": [catalogue_model("lab/a")], "limit": 3}  # no total: a short page ends it
    gateway.enqueue(Reply.json(page), route="/models")
    assert [m.id for m in run(mode, gateway, lambda c: c.models.list(limit=3, offset=6))] == ["lab/a"]
    assert [parse_qs(r.query) for r in gateway.requests] == [{"limit": ["3"], "offset": ["6"]}]


def test_paging_is_lazy(gateway: FakeGateway) -> None:
    gateway.routes.models = [catalogue_model(f"lab/model-{i}") for i in range(5)]
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        pager = client.models.list(limit=2)
        assert gateway.requests == []
        items = iter(pager)
        assert next(items).id == "lab/model-0"
        assert len(gateway.requests) == 1
        assert [m.id for m in items] == [f"lab/model-{i}" for i in range(1, 5)]
        assert len(gateway.requests) == 3


def test_catalogue_entries_parse_leniently(mode: str, gateway: FakeGateway) -> None:
    sparse = {"id": "lab/sparse"}  # every other field the document calls required is missing
    nulls = {**catalogue_model("lab/nulls"), "name": None, "limits": None, "pricing": None, "new_field": [1]}
    gateway.enqueue(Reply.json({"models": [sparse, nulls], "total": 2}), route="/models")
    found = run(mode, gateway, lambda c: c.models.list())
    assert [m.id for m in found] == ["lab/sparse", "lab/nulls"]
    assert found[1].name is None and found[1]["new_field"] == [1]


def test_bad_arguments_fail_before_sending(gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        with pytest.raises(AIStatsError, match="'author/slug'"):
            client.models.endpoints("gpt-4.1-mini")
        with pytest.raises(
            AIStatsError, match="create_embedding\\(\\) is missing the required argument 'input'"
        ):
            client.embeddings.create(**cast(Any, {"model": "openai/text-embedding-3-small"}))
        with pytest.raises(TypeError, match=r"list_models\(\) got an unexpected keyword argument 'colour'"):
            client.models.list(**cast(Any, {"colour": "red"}))
    assert gateway.requests == []


def test_path_parameters_are_percent_encoded(gateway: FakeGateway) -> None:
    gateway.enqueue(Reply.json({"endpoints": []}), route="/models/lab/a%20b%2Fc/endpoints")
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        assert client.models.endpoints("lab/a b/c").endpoints == []
    assert gateway.requests[0].path == "/v1/models/lab/a%20b%2Fc/endpoints"


def test_resources_load_on_first_use_and_follow_with_options() -> None:
    code = (
        "import sys, aistats\n"
        "loaded = [m for m in sys.modules if m.startswith(('aistats.resources.', 'aistats_generated.models.'))]\n"
        "client = aistats.AIStats(api_key='k', base_url='http://127.0.0.1:9')\n"
        "assert 'aistats.resources.inference' not in sys.modules\n"
        "client.embeddings\n"
        "after = [m for m in sys.modules if m.startswith(('aistats.resources.', 'aistats_generated.models.'))]\n"
        "print(__import__('json').dumps([loaded, after]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded, after = json.loads(out)
    assert not any("catalogue" in m or "inference" in m or "embedding" in m for m in loaded)
    assert "aistats.resources.inference" in after and "aistats_generated.models.embeddings_response" in after
    client = AIStats(api_key=KEY, base_url="http://127.0.0.1:9")
    clone = client.with_options(max_retries=5)
    assert client.models._client is client
    assert clone.models._client is clone and clone.embeddings._client is clone


def test_deadline_bounds_a_route_call(mode: str, gateway: FakeGateway) -> None:
    gateway.enqueue(Reply.default().with_faults(delay=5), route="/health")
    with pytest.raises(APITimeoutError):
        run(mode, gateway, lambda c: c.with_options(deadline=0.2).health.check())


def test_only_streaming_routes_stream(gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        with pytest.raises(AIStatsError, match=r"create_embedding\(\) does not stream"):
            prepare_route(client._config, ROUTES["create_embedding"], body={}, stream=True)
        chat = prepare_route(
            client._config, ROUTES["create_chat_completion"], body={"model": "m", "messages": []}, stream=True
        )
    assert chat.headers["accept"] == "text/event-stream"


def test_models_retrieve_is_a_filtered_list(mode: str, gateway: FakeGateway) -> None:
    """The gateway has no ``GET /models/{id}``: ``retrieve`` asks ``GET /models?id=`` (every
    availability) and returns the one model; an id the catalogue lacks is a ``NotFoundError``."""
    gateway.routes.models = [catalogue_model("lab/a"), catalogue_model("lab/b", "Model B")]
    model = run(mode, gateway, lambda c: c.models.retrieve("lab/b"))
    assert isinstance(model, models.CatalogueModel) and (model.id, model.name) == ("lab/b", "Model B")
    [request] = gateway.requests
    assert (request.method, request.path) == ("GET", "/v1/models")
    assert parse_qs(request.query) == {"availability": ["all"], "id": ["lab/b"]}
    with pytest.raises(NotFoundError) as raised:
        run(mode, gateway, lambda c: c.models.retrieve("lab/missing", availability="active"))
    error = raised.value
    assert (error.status_code, error.code) == (404, "not_found") and "Model lab/missing was not found" in str(
        error
    )
    assert parse_qs(gateway.requests[-1].query) == {"availability": ["active"], "id": ["lab/missing"]}
    assert len(gateway.requests) == 2  # not retried
    raw = run(mode, gateway, lambda c: c.models.with_raw_response.retrieve("lab/a"))
    assert raw.status_code == 200 and raw.parse().id == "lab/a"
    with pytest.raises(AIStatsError, match="author/slug"):
        run(mode, gateway, lambda c: c.models.retrieve("no-slash"))
    assert len(gateway.requests) == 3
