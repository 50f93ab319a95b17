"""Fields the gateway sends on its stored records and replies (wire captures), declared in
``openapi.yaml`` after the upstream comparison, come through the generated models typed."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from aistats_generated.models import (
    CatalogueModel,
    CatalogueModelVariantsType0,
    CurrentKey,
    Generation,
    ResponsesResponse,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def body(path: Path) -> Any:
    transcript = json.loads(path.read_text())
    return json.loads(base64.b64decode(transcript["response"]["body_b64"]))


def test_a_generation_record_types_its_billing_and_outcome_fields() -> None:
    wire = body(FIXTURES / "wire2_records" / "g02_generation_by_id_chat.json")
    record = Generation.from_dict(wire)
    assert (record.key_id, record.currency, record.stream, record.byok) == (
        wire["key_id"],
        "USD",
        False,
        False,
    )
    assert record.app_id is None and record.error_code is None and record.error_message is None
    assert (record.generation_ms, record.throughput) == (wire["generation_ms"], wire["throughput"])
    assert record.replay_supported is False and record.replay_request is None
    assert isinstance(record.pricing_lines, list) and len(record.pricing_lines) == len(wire["pricing_lines"])
    assert record.pricing_lines[0]["line_nanos"] == wire["pricing_lines"][0]["line_nanos"]
    assert sum(line["line_nanos"] for line in record.pricing_lines) == record.cost_nanos
    assert record.to_dict()["pricing_lines"] == wire["pricing_lines"]


def test_the_current_key_record_types_its_workspace_and_block_state() -> None:
    wire = body(FIXTURES / "wire2_records" / "d13_key.json")["data"]
    key = CurrentKey.from_dict({"data": wire}).data
    assert (key.workspace_id, key.hash, key.created_by) == (
        wire["workspace_id"],
        wire["hash"],
        wire["created_by"],
    )
    assert key.soft_blocked is False and key.updated_at is None


def test_a_responses_reply_types_its_provider_and_cost() -> None:
    wire = body(FIXTURES / "wire2" / "r01_responses_nonstream_text.json")
    reply = ResponsesResponse.from_dict(wire)
    assert (reply.provider_id, reply.cost_cents, reply.currency) == ("openai", 0, "USD")
    assert isinstance(reply.pricing_lines, list)
    assert [line["dimension"] for line in reply.pricing_lines] == [
        x["dimension"] for x in wire["pricing_lines"]
    ]


def test_a_catalogue_model_keeps_its_offers_and_variants() -> None:
    offer = {
        "provider": {"id": "anthropic"},
        "model": "claude-sonnet-4-5",
        "status": "active",
        "routable": True,
    }
    model = CatalogueModel.from_dict(
        {
            "id": "anthropic/claude-sonnet-4.5",
            "offers": [offer],
            "variants": {"standard": {"name": "Standard"}},
        }
    )
    assert isinstance(model.offers, list) and model.offers[0].to_dict() == offer
    assert isinstance(model.variants, CatalogueModelVariantsType0)
    assert model.variants["standard"] == {"name": "Standard"}
    assert CatalogueModel.from_dict({"id": "x/y"}).offers is None
