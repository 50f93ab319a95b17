"""Every catalogue, account and inference method takes chat's per-call options (``timeout``,
``deadline``, ``extra_headers``, ``extra_query``, ``extra_body`` on a body), refuses an unknown
keyword with ``TypeError`` before sending, and has a ``with_raw_response`` variant; sync and async."""

from __future__ import annotations

import inspect
from typing import Any, cast
from urllib.parse import parse_qs

import pytest

from aistats import AIStats, APITimeoutError, AsyncAIStats, RawResponse
from aistats.resources import account, catalogue, inference, management
from aistats.resources._base import AsyncResource, Resource
from aistats.testing import FakeGateway, Reply, catalogue_model
from aistats_generated import models
from tests.test_endpoints import KEY, MANAGEMENT_KEY, run

GENERATION = {
    "id": "gen-G-1", "request_id": "G-1", "created_at": "2026-01-01T00:00:00+00:00",
    "endpoint": "chat.completions", "model_id": "m/x", "provider": "fake", "native_response_id": "n-1",
    "status_code": 200, "success": True, "cost_nanos": 0, "latency_ms": 0, "usage": None,
}  # fmt: skip

#: Every endpoint method: its arguments, a valid keyword of its own (None: it takes none), the
#: reply model ``with_raw_response`` parses to (for a paged list: one page) and the route's path.
ENDPOINTS: dict[str, tuple[tuple[Any, ...], dict[str, Any], str | None, type, str]] = {
    "models.list": ((), {"limit": 10}, "organisation", models.ModelList, "/models"),
    "models.retrieve": (("openai/gpt-4.1-mini",), {}, "availability", models.CatalogueModel, "/models"),
    "models.endpoints": (("openai/gpt-4.1-mini",), {}, "availability", models.ModelEndpointList,
                         "/models/openai/gpt-4.1-mini/endpoints"),
    "providers.list": ((), {}, "limit", models.ProviderList, "/providers"),
    "organisations.list": ((), {}, "limit", models.OrganisationList, "/organisations"),
    "endpoints.list": ((), {}, None, models.EndpointList, "/endpoints"),
    "health.check": ((), {}, None, models.Health, "/health"),
    "pricing.models": ((), {}, None, models.PricingModelList, "/pricing/models"),
    "pricing.calculate": ((), {"provider": "openai", "model": "openai/gpt-4.1-mini", "endpoint": "text.generate",
                               "usage": {"input_text_tokens": 10}}, "usage", models.PricingCalculateResponse,
                          "/pricing/calculate"),
    "generations.retrieve": (("G-1",), {}, None, models.Generation, "/generations"),
    "credits.retrieve": ((), {}, "workspace_id", models.Credits, "/credits"),
    "activity.list": ((), {"days": 7}, "days", models.ActivityList, "/activity"),
    "keys.current": ((), {}, None, models.CurrentKey, "/key"),
    "embeddings.create": ((), {"model": "openai/text-embedding-3-small", "input": "a"}, "dimensions",
                          models.EmbeddingsResponse, "/embeddings"),
    "moderations.create": ((), {"input": "hello"}, "input", models.ModerationsResponse, "/moderations"),
    "rerank.create": ((), {"model": "voyage/rerank-2", "query": "q", "documents": ["a", "b"]}, "documents",
                      models.RerankResponse, "/rerank"),
    "images.generate": ((), {"model": "openai/gpt-image-1", "prompt": "a cat"}, "prompt", models.ImagesResponse,
                        "/images/generations"),
    "keys.list": ((), {"limit": 5}, "include_disabled", models.ApiKeyList, "/keys"),
    "keys.create": ((), {"name": "ci"}, "limit", management.CreatedKey, "/keys"),
    "keys.retrieve": (("key-1",), {}, None, models.ApiKey, "/keys/key-1"),
    "keys.update": (("key-1",), {"name": "ci-2"}, "disabled", models.ApiKey, "/keys/key-1"),
    "keys.delete": (("key-1",), {}, None, management.Deleted, "/keys/key-1"),
    "workspaces.list": ((), {}, "limit", models.WorkspaceList, "/workspaces"),
    "workspaces.create": ((), {"name": "Team"}, "slug", models.Workspace, "/workspaces"),
    "workspaces.retrieve": (("ws-2",), {}, None, models.Workspace, "/workspaces/ws-2"),
    "workspaces.update": (("ws-2",), {"name": "Team 2"}, "slug", models.Workspace, "/workspaces/ws-2"),
    "workspaces.delete": (("ws-2",), {}, None, management.Deleted, "/workspaces/ws-2"),
    "workspacemembers.list": (("ws-2",), {}, None, list, "/workspaces/ws-2/members"),
    "analytics.retrieve": ((), {}, "date", models.AnalyticsList, "/analytics"),
    "ocr.create": ((), {"model": "mistral/mistral-ocr", "document": {"type": "document_url", "document_url": "u"}},
                   "document", models.OcrResponse, "/ocr"),
}  # fmt: skip
#: Methods that upload a form or answer media: their options, keywords and raw responses are
#: tested in tests/test_media_endpoints.py (the built-in gateway does not serve them here).
MEDIA = {"images.edit"}
OCR = {
    "requestId": "G-1",
    "id": "G-1",
    "object": "ocr",
    "text": "# Hi",
    "pages": [{"index": 0, "markdown": "# Hi"}],
}

#: Where a resource hangs on the client when it is not ``client.<name>``.
ACCESSORS = {"workspacemembers": "workspaces.members"}

BODY = {
    "pricing.calculate", "embeddings.create", "moderations.create", "rerank.create", "images.generate",
    "keys.create", "keys.update", "workspaces.create", "workspaces.update", "ocr.create",
}  # fmt: skip
MANAGEMENT = {"credits", "activity", "keys", "workspaces", "workspacemembers"}


def method_of(client: Any, name: str, *, raw: bool = False) -> Any:
    resource, method = name.split(".")
    owner = client
    for step in ACCESSORS.get(resource, resource).split("."):
        owner = getattr(owner, step)
    return getattr(owner.with_raw_response if raw else owner, method)


def call(mode: str, gateway: FakeGateway, name: str, *, raw: bool = False, **options: Any) -> Any:
    """``name`` with its arguments and ``options`` (paged lists read to the end unless raw)."""
    args, kwargs, _, _, path = ENDPOINTS[name]
    if name == "generations.retrieve":
        gateway.enqueue(Reply.json(GENERATION), route=path)
    if name == "ocr.create":
        gateway.enqueue(Reply.json(OCR), route=path)
    return run(mode, gateway, lambda client: method_of(client, name, raw=raw)(*args, **kwargs, **options))


@pytest.fixture
def gateway() -> Any:
    with FakeGateway(api_key=KEY, management_key=MANAGEMENT_KEY) as gw:
        gw.routes.management.add_key("fixture", id="key-1")
        gw.routes.management.add_workspace("Team B", id="ws-2")
        yield gw


def test_the_table_names_every_endpoint_method_sync_and_async() -> None:
    """... and each resource's ``with_raw_response`` has exactly the resource's methods."""
    found: dict[str, set[str]] = {"sync": set(), "async": set()}
    for module in (catalogue, account, inference, management):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or cls.__name__.endswith("WithRawResponse"):
                continue
            kind = "async" if issubclass(cls, AsyncResource) else "sync"
            assert issubclass(cls, Resource | AsyncResource), cls
            resource = cls.__name__.removeprefix("Async").lower()
            # methods, not properties (``with_raw_response``, a sub-resource such as ``members``)
            methods = {
                name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")
            }
            methods.discard("with_raw_response")
            found[kind] |= {f"{resource}.{name}" for name in methods}
            raw = cls(cast(Any, None)).with_raw_response
            assert type(raw).__name__ == f"{cls.__name__}WithRawResponse"
            assert set(vars(raw)) == methods, cls
    for names in found.values():
        assert names == set(ENDPOINTS) | MEDIA


@pytest.mark.parametrize("name", ENDPOINTS)
def test_per_call_options_reach_the_request(mode: str, gateway: FakeGateway, name: str) -> None:
    options: dict[str, Any] = {
        "extra_headers": {"X-Trace": "t-1"}, "extra_query": {"trace": "on"}, "timeout": 30, "deadline": 60,
    }  # fmt: skip
    if name in BODY:
        options["extra_body"] = {"vendor_flag": True}
    call(mode, gateway, name, **options)
    request = gateway.requests[-1]
    assert request.path == "/v1" + ENDPOINTS[name][4]
    assert request.headers["x-trace"] == "t-1"
    key = MANAGEMENT_KEY if name.split(".", maxsplit=1)[0] in MANAGEMENT and name != "keys.current" else KEY
    assert request.headers["authorization"] == f"Bearer {key}"
    assert parse_qs(request.query)["trace"] == ["on"]
    if name in BODY:
        body = request.json()
        assert body["vendor_flag"] is True
        assert {k: body[k] for k in ENDPOINTS[name][1]} == ENDPOINTS[name][1]
    else:
        assert request.body == b""


def test_options_apply_to_every_page(mode: str, gateway: FakeGateway) -> None:
    gateway.routes.models = [catalogue_model(f"lab/model-{i}") for i in range(3)]
    found = run(mode, gateway, lambda c: c.models.list(limit=2, extra_headers={"X-Trace": "t-2"}))
    assert len(found) == 3 and len(gateway.requests) == 2
    assert [r.headers["x-trace"] for r in gateway.requests] == ["t-2", "t-2"]
    assert [parse_qs(r.query) for r in gateway.requests] == [
        {"limit": ["2"], "offset": [str(offset)]} for offset in (0, 2)
    ]


@pytest.mark.parametrize("option", ["deadline", "timeout"])
def test_per_call_deadline_and_timeout_bound_the_call(mode: str, gateway: FakeGateway, option: str) -> None:
    gateway.enqueue(Reply.default().with_faults(delay=5), route="/health")
    with pytest.raises(APITimeoutError):
        run(mode, gateway, lambda c: c.health.check(**{option: 0.2}))
    gateway.enqueue(Reply.default().with_faults(delay=5), route="/embeddings")
    with pytest.raises(APITimeoutError):
        run(
            mode,
            gateway,
            lambda c: c.embeddings.create(model="openai/text-embedding-3-small", input="a", **{option: 0.2}),
        )


@pytest.mark.parametrize("name", ENDPOINTS)
def test_an_unknown_keyword_is_refused_before_sending(mode: str, gateway: FakeGateway, name: str) -> None:
    valid = ENDPOINTS[name][2] or "timeout"
    misspelt: dict[str, Any] = {f"{valid}x": 1}
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{valid}x'; did you mean '{valid}'"):
        call(mode, gateway, name, **misspelt)
    with pytest.raises(TypeError, match=r"max_retries is a client option; use client\.with_options"):
        call(mode, gateway, name, max_retries=3)
    if name not in BODY:  # a GET has no body to extend: its escape hatch is extra_query
        with pytest.raises(TypeError, match=r"'extra_body'.*extra_query=\{\.\.\.\}"):
            call(mode, gateway, name, extra_body={"a": 1})
    assert [r.path for r in gateway.requests] == []


@pytest.mark.parametrize("name", ENDPOINTS)
def test_every_endpoint_has_a_raw_response(mode: str, gateway: FakeGateway, name: str) -> None:
    raw = call(mode, gateway, name, raw=True, extra_headers={"X-Trace": "t-3"})
    assert isinstance(raw, RawResponse)
    created = name in ("keys.create", "workspaces.create")
    assert raw.status_code == (201 if created else 200) and raw.retries_taken == 0
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), ENDPOINTS[name][3])
    [request] = gateway.requests
    assert request.path == "/v1" + ENDPOINTS[name][4] and request.headers["x-trace"] == "t-3"


def test_raw_get_and_post_give_status_headers_retries_and_the_reply(mode: str, gateway: FakeGateway) -> None:
    busy = Reply.error(503, "upstream_error", headers={"retry-after-ms": "1"})
    gateway.enqueue(
        busy, Reply.json({"status": "ok"}, headers={"x-gateway-request-id": "G-9"}), route="/health"
    )
    health = run(mode, gateway, lambda c: c.health.with_raw_response.check(), max_retries=1)
    assert (health.status_code, health.retries_taken, health.request_id) == (200, 1, "G-9")
    assert health.parse().status == "ok"
    vectors = run(
        mode,
        gateway,
        lambda c: c.embeddings.with_raw_response.create(
            model="openai/text-embedding-3-small", input=["a", "b"]
        ),
    )
    assert vectors.status_code == 200 and len(vectors.parse().data) == 2
    assert gateway.requests[-1].json() == {"model": "openai/text-embedding-3-small", "input": ["a", "b"]}


def test_raw_paged_list_is_its_first_page(mode: str, gateway: FakeGateway) -> None:
    gateway.routes.models = [catalogue_model(f"lab/model-{i}") for i in range(5)]
    raw = run(mode, gateway, lambda c: c.models.with_raw_response.list(limit=2, offset=2))
    page = raw.parse()
    assert isinstance(page, models.ModelList) and [m.id for m in page.models] == [
        "lab/model-2",
        "lab/model-3",
    ]
    assert [parse_qs(r.query) for r in gateway.requests] == [{"limit": ["2"], "offset": ["2"]}]


def test_options_and_keywords_are_typed(gateway: FakeGateway) -> None:
    """Type-checked by ``make typecheck``: the options and the spec's keywords are typed, and an
    unknown keyword is a type error too (the ``ignore`` would be reported unused otherwise)."""
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        served = client.models.endpoints("openai/gpt-4.1-mini", availability="all", timeout=5.0, deadline=9.0)
        assert isinstance(served, models.ModelEndpointList)
        quote = client.pricing.calculate(
            provider="openai", model="openai/gpt-4.1-mini", endpoint="text.generate",
            usage={"input_text_tokens": 1}, extra_headers={"X-Trace": "t-4"}, extra_body={"flag": 1},
        )  # fmt: skip
        assert isinstance(quote, models.PricingCalculateResponse)
        with pytest.raises(TypeError, match="did you mean 'timeout'"):
            client.keys.current(timeot=1)  # type: ignore[call-arg]
    assert gateway.requests[-1].headers["x-trace"] == "t-4" and gateway.requests[-1].json()["flag"] == 1


def test_raw_is_for_one_call_only_and_names_real_methods(gateway: FakeGateway) -> None:
    with AIStats(api_key=KEY, base_url=gateway.base_url) as client:
        assert isinstance(client.health.with_raw_response.check(), RawResponse)
        assert not isinstance(client.health.check(), RawResponse)
        with pytest.raises(AttributeError, match=r"'HealthWithRawResponse' object has no attribute 'chek'"):
            client.health.with_raw_response.chek()  # type: ignore[attr-defined]
        with pytest.raises(AttributeError, match="has no attribute '_send'"):
            getattr(client.health.with_raw_response, "_send")  # noqa: B009
    with pytest.raises(AttributeError, match=r"'AsyncModelsWithRawResponse' object has no attribute 'lst'"):
        getattr(catalogue.AsyncModels(cast(AsyncAIStats, None)).with_raw_response, "lst")  # noqa: B009
