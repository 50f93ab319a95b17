"""``aistats models`` and ``aistats generation`` as a user runs them, against the built-in gateway."""

from __future__ import annotations

import io
import json

import pytest

from aistats._cli.main import EXIT_CODES, main
from aistats.testing import FakeGateway, catalogue_model

from .support import KEY


def cli(gateway: FakeGateway, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main([*args, "--base-url", gateway.base_url, "--api-key", KEY], out=out)
    return code, out.getvalue()


def test_models_prints_a_table_of_every_page(fake_gateway: FakeGateway) -> None:
    fake_gateway.routes.models = [
        catalogue_model("lab/big", "Big Model", context=200_000, input_price="3", output_price="15"),
        catalogue_model("lab/embed", "Embedder", context=None, input_price="0.02", output_price=None),
    ]
    code, out = cli(fake_gateway, "models")
    assert code == EXIT_CODES["ok"]
    assert out.splitlines() == [
        "id         name       context  $/M in  $/M out",
        "lab/big    Big Model  200,000  3       15",
        "lab/embed  Embedder   -        0.02    -",
    ]
    assert fake_gateway.requests[0].path == "/v1/models"


def test_models_search_and_json(fake_gateway: FakeGateway) -> None:
    code, out = cli(fake_gateway, "models", "--search", "SONNET", "--json")
    assert code == EXIT_CODES["ok"]
    assert [m["id"] for m in json.loads(out)] == ["anthropic/claude-sonnet-4.5"]


def test_generation_prints_the_record_and_unknown_ids_fail_clearly(
    fake_gateway: FakeGateway, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(fake_gateway, "chat", "-m", "openai/gpt-4.1-mini", "--no-stream", "hi")
    assert code == EXIT_CODES["ok"]
    code, out = cli(fake_gateway, "generation", "req_1")
    assert code == EXIT_CODES["ok"]
    record = json.loads(out)
    assert (record["request_id"], record["endpoint"], record["model_id"]) == (
        "req_1",
        "chat.completions",
        "openai/gpt-4.1-mini",
    )
    code, out = cli(fake_gateway, "generation", "G-UNKNOWN")
    assert code == EXIT_CODES["bad_request"]
    assert "404 not_found" in capsys.readouterr().err
