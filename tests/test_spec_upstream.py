"""``scripts/spec_upstream.py``: each kind of gap on small synthetic documents, ``$ref`` /
union / OpenAPI 3.0 ``nullable`` handling, the allowlist (patterns, reasons, unused entries),
the CLI's exit codes, a URL served on 127.0.0.1, and the repository's own allowlist."""

from __future__ import annotations

import copy
import http.server
import importlib.util
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_upstream.py"


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:  # mypy checks scripts/ as top-level modules
    import spec_upstream
else:
    spec_upstream = load_script(SCRIPT)

Doc = dict[str, Any]
REF = "#/components/schemas/"


def document(request: Doc, response: Doc, *, statuses: tuple[str, ...] = ("200",), **extra_paths: Doc) -> Doc:
    """``POST /things`` with a JSON request body and JSON responses, plus any other paths."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": request}}},
                    "responses": {
                        status: {"description": "x", "content": {"application/json": {"schema": response}}}
                        for status in statuses
                    },
                }
            },
            **extra_paths,
        },
        "components": {"schemas": {}},
    }


OURS = document(
    {
        "type": "object",
        "properties": {
            "model": {"type": "string"},
            "effort": {"type": "string", "enum": ["low", "high"]},
            "count": {"type": "number"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "options": {"type": "object", "additionalProperties": True},
            "anything": {},
        },
    },
    {"type": "object", "properties": {"id": {"type": "string"}, "usage": {"$ref": REF + "Usage"}}},
)
OURS["components"]["schemas"]["Usage"] = {"type": "object", "properties": {"total": {"type": "integer"}}}


def gaps(theirs: Doc, ours: Doc = OURS) -> list[tuple[str, str, str]]:
    return [(g.kind, g.operation, g.path) for g in spec_upstream.compare(theirs, ours)]


def upstream() -> Doc:
    return copy.deepcopy(OURS)


def test_identical_documents_have_no_gap() -> None:
    assert gaps(upstream()) == []


def test_an_operation_we_do_not_ship() -> None:
    theirs = upstream()
    theirs["paths"]["/models"] = {"get": {"responses": {"200": {"description": "x"}}}}
    assert gaps(theirs) == [("operation", "GET /models", "")]


def test_request_property_reported_at_its_topmost_missing_path() -> None:
    theirs = upstream()
    props = theirs["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]
    props["routing"] = {
        "type": "object",
        "properties": {"order": {"type": "array", "items": {"type": "string"}}},
    }
    props["options"]["properties"] = {"cache": {"type": "string"}}  # below an open object of ours
    props["anything"] = {"type": "object", "properties": {"x": {"type": "string"}}}  # below an untyped value
    assert gaps(theirs) == [
        ("request-property", "POST /things", "request.options.cache"),
        ("request-property", "POST /things", "request.routing"),
    ]


def test_enum_values_and_types_we_lack() -> None:
    theirs = upstream()
    props = theirs["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]
    props["effort"] = {"type": "string", "enum": ["low", "high", "max"], "nullable": True}  # OpenAPI 3.0
    props["count"] = {"type": "integer"}  # narrower than our number: fine
    props["model"] = {"oneOf": [{"type": "string"}, {"$ref": REF + "ModelRef"}]}
    theirs["components"]["schemas"]["ModelRef"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    found = spec_upstream.compare(theirs, OURS)
    assert [(g.kind, g.path) for g in found] == [
        ("type", "request.effort"),
        ("enum-value", "request.effort"),
        ("type", "request.model"),
        ("request-property", "request.model.id"),
    ]
    assert '"max"' in found[1].detail and "null" in found[0].detail


def test_response_fields_statuses_and_ref_cycles() -> None:
    theirs = document(
        OURS["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"],
        {"type": "object", "properties": {"id": {"type": "string"}, "node": {"$ref": REF + "Node"}}},
        statuses=("200", "409"),
    )
    theirs["components"]["schemas"]["Node"] = {
        "type": "object",
        "properties": {"child": {"$ref": REF + "Node"}, "name": {"type": "string"}},
    }
    assert gaps(theirs) == [
        ("response-status", "POST /things", "response.409"),
        ("response-field", "POST /things", "response.200.node"),
    ]


def allowlist(tmp_path: Path, entries: list[Doc]) -> list[Any]:
    path = tmp_path / "allow.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    loaded: list[Any] = spec_upstream.load_allowlist(path)
    return loaded


def test_allowlist_patterns_and_unused_entries(tmp_path: Path) -> None:
    theirs = upstream()
    theirs["paths"]["/models"] = {"get": {"responses": {"200": {"description": "x"}}}}
    theirs["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "tags"
    ] = {"type": "array", "items": {"type": "integer"}}
    entries = allowlist(
        tmp_path,
        [
            {"operation": "GET /mod*", "kind": "operation", "reason": "not yet"},
            {
                "operation": "POST /things",
                "path": "request.tags[]",
                "kind": "type",
                "reason": "we take strings",
            },
            {"operation": "POST /things", "path": "request.gone", "reason": "stale"},
        ],
    )
    report = spec_upstream.check(theirs, OURS, entries)
    assert report.failing == [] and len(report.allowed) == 2
    assert [e.path for e in report.unused] == ["request.gone"]
    text = report.render(verbose=True)
    assert "**Result: OK**" in text and "we take strings (1)" in text and "matched nothing (1)" in text
    # `[]` is literal, `kind` must match
    strict = allowlist(
        tmp_path,
        [{"operation": "POST /things", "path": "request.tags[]", "kind": "enum-value", "reason": "x"}],
    )
    assert len(spec_upstream.check(theirs, OURS, strict).failing) == 2


@pytest.mark.parametrize(
    "entries",
    [[{"operation": "*", "path": "*"}], [{"operation": "*", "reason": "x", "kind": "renamed"}], {"a": 1}],
    ids=["no-reason", "unknown-kind", "not-a-list"],
)
def test_allowlist_entries_are_checked(tmp_path: Path, entries: Any) -> None:
    path = tmp_path / "allow.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    with pytest.raises(spec_upstream.InputError):
        spec_upstream.load_allowlist(path)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_cli_exit_codes_and_output_file(tmp_path: Path) -> None:
    ours = tmp_path / "ours.yaml"
    ours.write_text(yaml.safe_dump(OURS), encoding="utf-8")
    theirs = upstream()
    theirs["paths"]["/models"] = {"get": {"responses": {"200": {"description": "x"}}}}
    theirs_path = tmp_path / "theirs.json"
    theirs_path.write_text(yaml.safe_dump(theirs), encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("[]\n", encoding="utf-8")
    out = tmp_path / "report.md"
    failing = run_cli(str(theirs_path), "--ours", str(ours), "--allowlist", str(empty), "--output", str(out))
    assert failing.returncode == 1 and "[operation] GET /models" in failing.stdout
    assert out.read_text(encoding="utf-8") == failing.stdout
    allow = tmp_path / "allow.yaml"
    allow.write_text(yaml.safe_dump([{"operation": "GET /models", "reason": "later"}]), encoding="utf-8")
    assert run_cli(str(theirs_path), "--ours", str(ours), "--allowlist", str(allow)).returncode == 0
    unreadable = run_cli(str(tmp_path / "missing.yaml"), "--ours", str(ours), "--allowlist", str(allow))
    assert unreadable.returncode == 2 and "cannot read" in unreadable.stderr


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "published.yaml").write_text(yaml.safe_dump(OURS), encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/published.yaml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_upstream_by_url(served: str) -> None:
    assert spec_upstream.load_document(served) == OURS


def test_repository_allowlist_is_valid_and_keyed_by_operation() -> None:
    entries = spec_upstream.load_allowlist(ROOT / "spec-upstream-allowlist.yaml")
    assert entries and all(e.reason and e.operation.split(" ", 1)[0] for e in entries)
    # the operations we ship are compared without error against our own document
    ours = spec_upstream.load_document(str(ROOT / "openapi.yaml"))
    assert spec_upstream.compare(ours, ours) == []
