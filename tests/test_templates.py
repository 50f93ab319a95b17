"""The custom generator templates (``templates/``) against the generator's default ones.

* The models in ``generated/`` (custom templates) parse and serialise exactly like the models the
  default templates give: the same classes, fields, ``UNSET``/``None``, ``additional_properties``,
  ``to_dict()`` output and exception types, on realistic good and bad payloads.
* Every model module imports on its own in a fresh interpreter, first of all the models, and its
  type hints resolve; the same holds for a spec made of import cycles (the models import each other
  at the bottom of their modules, which a template change could break).
* The ``*Params`` TypedDicts do what a typed ``create(**params)`` needs under ``mypy --strict``.
* ``scripts/check_templates.py`` reports upstream template drift.

The tests that need the generator use the one next to ``sys.executable`` (the project's venv) and
are skipped, with a reason saying so, when it is not installed there.
"""

from __future__ import annotations

import builtins
import copy
import importlib
import importlib.util
import inspect
import json
import keyword
import re
import shutil
import subprocess
import sys
import textwrap
import typing
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import attrs
import pytest

import aistats_generated.models as committed_models
from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from aistats_generated.models.chat_completion_chunk_delta import ChatCompletionChunkDelta
from aistats_generated.models.chat_completions_request import (
    ChatCompletionsRequestBaseParams,
    ChatCompletionsRequestParams,
)
from aistats_generated.models.gateway_usage import GatewayUsage

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
MODELS_DIR = GENERATED / "aistats_generated" / "models"
BINDIR = Path(sys.executable).parent
NO_GENERATOR = (
    f"NOT RUN: openapi-python-client and ruff are not installed next to {sys.executable} "
    "(run `make setup`), so templates/ was not compared with the default templates"
)


def load_script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` under a private module name."""
    spec = importlib.util.spec_from_file_location(f"_aistats_script_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_generator() -> None:
    """Skip (loudly) unless the pinned generator and ruff sit next to this interpreter."""
    if not (BINDIR / "openapi-python-client").exists() or not (BINDIR / "ruff").exists():
        pytest.skip(NO_GENERATOR)


def test_committed_models_are_the_ones_under_test() -> None:
    assert Path(committed_models.__file__).parent == MODELS_DIR


# --------------------------------------------------------------------------------------------------
# (a) Same semantics as the default templates


@pytest.fixture(scope="session")
def default_models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """``openapi.yaml`` generated with the default templates, importable as ``aistats_generated_default``.

    Uses ``scripts/generate.py`` itself (same config, hooks and pinned tools), with ``templates/``
    hidden from it.
    """
    require_generator()
    generate = load_script("generate")
    out = tmp_path_factory.mktemp("default-templates")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generate, "TEMPLATES", out / "no-custom-templates")
        try:
            generate.generate_tree(out)
        except generate.GenerationError as exc:
            pytest.skip(f"{NO_GENERATOR}: {exc}")
    package = out / "aistats_generated_default"
    (out / "aistats_generated").rename(package)
    chunk_module = (package / "models" / "chat_completion_chunk.py").read_text(encoding="utf-8")
    assert "if TYPE_CHECKING:" in chunk_module, "not the default templates' output"
    assert "Params" not in chunk_module, "not the default templates' output"
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("aistats_generated_default.models")
    finally:
        sys.path.remove(str(out))


Expect = Literal["round-trip", "raises", "to_dict raises", "kept"]


@dataclass(frozen=True)
class Case:
    name: str
    model: str
    payload: Any
    expect: Expect = "round-trip"


CHUNK_HEAD = {
    "object": "chat.completion.chunk",
    "nativeResponseId": "gen-1732550000-AbCdEfGhIjKlMnOpQrSt",
    "created": 1732550000,
    "model": "openai/gpt-5-nano-2025-08-07",
    "provider": "openai",
}
USAGE = {
    "prompt_tokens": 12,
    "completion_tokens": 34,
    "total_tokens": 46,
    "prompt_tokens_details": {"cached_tokens": 0, "input_audio": 0},
    "completion_tokens_details": None,
    "pricing": {"total_nanos": 120000, "currency": "USD", "lines": [{"dimension": "input_text_tokens"}]},
    "input_tokens": 12,
    "cost_usd": 0.00012,
}
TOOL_CALL = {
    "id": "call_1",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
}


def chunk(*choices: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**CHUNK_HEAD, "choices": list(choices), **extra}


def choice(delta: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"index": 0, "delta": delta, "finish_reason": None, "reasoning": False, **extra}


def user(content: Any) -> dict[str, Any]:
    return {"model": "openai/gpt-5-nano", "messages": [{"role": "user", "content": content}]}


RESPONSE = {
    "id": "req_01J9",
    "object": "chat.completion",
    "nativeResponseId": "chatcmpl-9",
    "created": 1732550000,
    "model": "openai/gpt-5-nano-2025-08-07",
    "provider": "openai",
    "system_fingerprint": "fp_1",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Hello!",
                "refusal": None,
                "annotations": [],
            },
            "finish_reason": "stop",
            "reasoning": False,
            "logprobs": None,
            "native_finish_reason": "stop",
        },
        {
            "index": 1,
            "message": {"role": "assistant", "content": None, "tool_calls": [{**TOOL_CALL, "x": 1}]},
            "finish_reason": "tool_calls",
        },
    ],
    "usage": USAGE,
    "meta": {
        "latency_ms": 412,
        "gateway_ttft_ms": None,
        "routing": {"selected_provider": "openai", "attempts": 1},
        "response_cache": {"enabled": False, "status": "bypass", "ttlSeconds": None},
        "timing": {"latency_ms": 412, "ttft_ms": 120},
    },
    "cost_nanos": 120000,
    "cost_cents": 0.012,
    "currency": "USD",
    "pricing_lines": [{"dimension": "input_text_tokens", "pricing_time_window": None}],
}
ALL_PARTS = [
    {"type": "text", "text": "What is in these?"},
    {"type": "image_url", "image_url": {"url": "https://x.test/y.png", "detail": "low", "z": 1}},
    {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    {"type": "audio_url", "audio_url": {"url": "https://x.test/a.mp3"}},
    {"type": "input_video", "video_url": {"url": "https://x.test/v.mp4"}},
    {"type": "video_url", "video_url": {"url": "https://x.test/v.mp4"}},
    {"type": "tool_call", "id": "call_1", "function": {"name": "f", "arguments": "{}"}},
]

GOOD = [
    Case("chunk-role-only", "ChatCompletionChunk", chunk(choice({"role": "assistant"}))),
    Case(
        "chunk-content",
        "ChatCompletionChunk",
        chunk(choice({"role": "assistant", "content": "Hello! How can I help?"})),
    ),
    Case("chunk-content-null", "ChatCompletionChunk", chunk(choice({"content": None}))),
    Case("chunk-empty-delta", "ChatCompletionChunk", chunk({"index": 0, "delta": {}})),
    Case(
        "chunk-tool-call-partial",
        "ChatCompletionChunk",
        chunk(choice({"tool_calls": [{"index": 0, "function": {"arguments": '{"ci'}}]})),
    ),
    Case(
        "chunk-tool-call-full-extra-keys",
        "ChatCompletionChunk",
        chunk(
            choice(
                {
                    "role": "assistant",
                    "tool_calls": [
                        {**TOOL_CALL, "index": 0, "extra": [1], "function": {"name": "f", "x": 1}}
                    ],
                },
                logprobs=None,
            ),
            system_fingerprint="fp",
        ),
    ),
    Case(
        "chunk-reasoning-trace",
        "ChatCompletionChunk",
        chunk(choice({"content": "thinking", "reasoning_content": "…"}, reasoning=True)),
    ),
    Case(
        "chunk-finish",
        "ChatCompletionChunk",
        chunk({"index": 0, "delta": {}, "finish_reason": "stop"}),
    ),
    Case(
        "chunk-finish-unknown-value",
        "ChatCompletionChunk",
        chunk({"index": 0, "delta": {}, "finish_reason": "function_call"}),
    ),
    Case("chunk-finish-int", "ChatCompletionChunk", chunk({"index": 0, "delta": {}, "finish_reason": 3})),
    Case("chunk-usage-only", "ChatCompletionChunk", chunk(usage=USAGE)),
    Case("chunk-usage-null", "ChatCompletionChunk", chunk(usage=None)),
    Case("chunk-minimal", "ChatCompletionChunk", {"choices": []}),
    Case("chunk-as-pairs", "ChatCompletionChunk", [("choices", [])]),
    Case("response-full-unknown-keys", "ChatCompletionsResponse", RESPONSE),
    Case(
        "response-without-meta",
        "ChatCompletionsResponse",
        {k: v for k, v in RESPONSE.items() if k != "meta"},
    ),
    Case("response-usage-null", "ChatCompletionsResponse", {**RESPONSE, "usage": None}),
    Case(
        "response-tool-call-reply-without-content",
        "ChatCompletionsResponse",
        {
            "id": "req_2",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "tool_calls": [TOOL_CALL]},
                    "finish_reason": "tool_calls",
                }
            ],
        },
    ),
    Case(
        "response-meta-timing-null",
        "ChatCompletionsResponse",
        {**RESPONSE, "meta": {"tpot_ms": None, "timing": None}},
    ),
    Case(
        "request-every-role",
        "ChatCompletionsRequest",
        {
            "model": "openai/gpt-5-nano",
            "messages": [
                {"role": "system", "content": "Be brief.", "name": "ops"},
                {"role": "user", "content": "Weather in Paris?", "cache_control": {"type": "ephemeral"}},
                {"role": "assistant", "content": None, "tool_calls": [TOOL_CALL]},
                {"role": "assistant", "content": "Sure.", "name": "bot"},
                {"role": "tool", "content": "18C", "tool_call_id": "call_1", "name": "get_weather"},
                {"role": "developer", "content": "Prefer metric units."},
            ],
            "stream": True,
            "provider_options": {"order": ["openai"]},
        },
    ),
    Case("request-content-parts-every-kind", "ChatCompletionsRequest", user(ALL_PARTS)),
    Case(
        "request-assistant-parts",
        "ChatCompletionsRequest",
        {"model": "m", "messages": [{"role": "assistant", "content": ALL_PARTS[:1]}]},
    ),
    Case(
        "request-every-option",
        "ChatCompletionsRequest",
        {
            **user("Hi"),
            "reasoning": {"effort": "low", "summary": "auto", "budget_tokens": 512},
            "reasoning_effort": "low",
            "max_completion_tokens": 64,
            "max_tokens": 64,
            "stop": ["\\n\\n"],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "w", "schema": {}, "strict": True},
            },
            "stream_options": {"include_usage": True},
            "metadata": {"run": "7"},
            "user": "u_1",
            "service_tier": "flex",
            "provider": {"order": ["openai"], "allow_fallbacks": None, "max_price": {"prompt": "0.5"}},
            "frequency_penalty": 0.5,
            "logit_bias": {"50256": -100, "11": 2.5},
            "max_output_tokens": 64,
            "max_completions_tokens": 64,
            "meta": True,
            "presence_penalty": -0.5,
            "seed": 7,
            "stream": False,
            "temperature": 1,
            "tools": [
                {"type": "function", "function": {"name": "f", "parameters": {}}},
                {"type": "gateway:datetime", "parameters": {"timezone": "Europe/London"}},
                {"type": "phaseo:web_search", "parameters": {"max_results": 3}},
                {"type": "web_search_preview"},
            ],
            "max_tool_calls": 2,
            "parallel_tool_calls": False,
            "tool_choice": {"type": "function", "function": {"name": "f"}},
            "logprobs": True,
            "top_logprobs": 3,
            "top_p": 0.9,
            "usage": True,
        },
    ),
    Case("request-tool-choice-str", "ChatCompletionsRequest", {**user("Hi"), "tool_choice": "auto"}),
    Case(
        "request-reasoning-unknown-effort",
        "ChatCompletionsRequest",
        {**user("Hi"), "reasoning": {"effort": "extreme", "summary": "detailed"}},
        "raises",
    ),
    Case("request-content-not-a-list-or-str", "ChatCompletionsRequest", user(42)),
    Case("error-minimal", "GatewayError", {"error": "insufficient_funds"}),
    Case(
        "error-every-field",
        "GatewayError",
        {
            "ok": False,
            "error": "unsupported_model_or_endpoint",
            "reason": "model_not_found",
            "message": "Unknown model",
            "description": "Try openai/gpt-5-nano.",
            "request_id": "req_3",
            "team_id": None,
            "model": "x/y",
            "meta": {"hint": 1},
            "timing": None,
            "status": 400,
        },
    ),
    Case("error-object-shaped-error", "GatewayError", {"error": {"code": "x", "message": "y"}}),
    Case("stream-error-frame", "StreamErrorFrame", {"object": "error", "message": "upstream failed"}),
    Case("stream-error-frame-without-object", "StreamErrorFrame", {"message": "x"}),
    Case(
        "stream-error-frame-relayed",
        "StreamErrorFrame",
        {
            "error": {"message": "m", "type": "t", "code": "c", "param": None},
            "id": "G-1",
            "nativeResponseId": "n",
        },
    ),
    Case(
        "stream-error-frame-with-error",
        "StreamErrorFrame",
        {"object": "error", "message": "boom", "error": {"code": 502}, "extra": True},
    ),
]
BAD = [
    Case("chunk-none", "ChatCompletionChunk", None, "raises"),
    Case("chunk-a-list", "ChatCompletionChunk", [1, 2], "raises"),
    Case("chunk-a-string", "ChatCompletionChunk", "data: {}", "raises"),
    Case("chunk-without-choices", "ChatCompletionChunk", dict(CHUNK_HEAD), "raises"),
    Case("chunk-choices-null", "ChatCompletionChunk", chunk() | {"choices": None}, "raises"),
    Case("chunk-choices-a-string", "ChatCompletionChunk", chunk() | {"choices": "abc"}, "raises"),
    Case("chunk-choice-null", "ChatCompletionChunk", chunk() | {"choices": [None]}, "raises"),
    Case("chunk-choice-without-delta", "ChatCompletionChunk", chunk({"index": 0}), "raises"),
    Case("chunk-delta-null", "ChatCompletionChunk", chunk({"index": 0, "delta": None}), "raises"),
    Case(
        "chunk-tool-calls-an-object",
        "ChatCompletionChunk",
        chunk(choice({"tool_calls": {"index": 0}})),
        "raises",
    ),
    Case("chunk-error-frame", "ChatCompletionChunk", {"object": "error", "message": "x"}, "raises"),
    Case(
        "response-without-id",
        "ChatCompletionsResponse",
        {"created": 1, "model": "m", "choices": []},
        "raises",
    ),
    Case(
        "response-choice-without-message",
        "ChatCompletionsResponse",
        {"id": "r", "created": 1, "model": "m", "choices": [{"index": 0}]},
        "raises",
    ),
    Case("request-without-messages", "ChatCompletionsRequest", {"model": "m"}, "raises"),
    Case("request-messages-null", "ChatCompletionsRequest", {"model": "m", "messages": None}, "raises"),
    Case("request-message-a-string", "ChatCompletionsRequest", {"model": "m", "messages": ["hi"]}, "raises"),
    Case("request-part-not-an-object", "ChatCompletionsRequest", user(["hi"]), "to_dict raises"),
    Case("error-without-error", "GatewayError", {"message": "x"}, "raises"),
    Case(
        "request-user-without-content",
        "ChatCompletionsRequest",
        {"model": "m", "messages": [{"role": "user"}]},
        "raises",
    ),
    # an explicit null on a field that is not nullable: the default templates raise; aistats keeps the null
    Case("request-reasoning-null", "ChatCompletionsRequest", {**user("Hi"), "reasoning": None}, "kept"),
    Case(
        "request-text-part-without-text", "ChatCompletionsRequest", user([{"type": "text"}]), "to_dict raises"
    ),
]


def _wire_name(name: str) -> str:
    """The attribute's name in aistats' models: the generator's ``type_`` is ``type`` there (builtins)."""
    return (
        name[:-1]
        if name.endswith("_") and not keyword.iskeyword(name[:-1]) and hasattr(builtins, name[:-1])
        else name
    )


def dump(value: object) -> object:
    """A structural, JSON-like picture of ``value`` that tells None, bool and int apart.

    Drawn the same for both templates where they differ on purpose: the default templates'
    UNSET is None (absent reads None in aistats' models; which keys came is compared through
    ``to_dict()``), a renamed builtin carries its wire name, and ``_nulls_`` is left out.
    """
    cls = type(value)
    if cls.__name__ == "Unset" and cls.__module__.endswith(".types"):
        return dump(None)
    if attrs.has(cls):
        fields = {
            _wire_name(field.name): dump(getattr(value, field.name))
            for field in attrs.fields(cls)
            if field.name != "_nulls_"
        }
        return {"<class>": cls.__name__, **fields}
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {"<dict>": [[key, dump(item)] for key, item in value.items()]}
    return [cls.__name__, repr(value)]


def raised(exc: Exception) -> list[str]:
    return ["raises", type(exc).__name__, str(exc)]


def is_raised(entry: object) -> bool:
    return isinstance(entry, list) and entry[:1] == ["raises"]


def record(models: ModuleType, case: Case) -> dict[str, object]:
    """What ``models`` does with ``case``: the parsed object, ``to_dict()``, a re-parse, or the error."""
    cls = getattr(models, case.model)
    source = copy.deepcopy(case.payload)
    out: dict[str, object] = {}
    try:
        parsed = cls.from_dict(source)
    except Exception as exc:  # the exception is what is compared
        out["from_dict"] = raised(exc)
        return out
    out["from_dict"] = dump(parsed)
    out["input unchanged"] = source == case.payload
    try:
        back = parsed.to_dict()
    except Exception as exc:
        out["to_dict"] = raised(exc)
        return out
    out["to_dict"] = dump(back)
    out["round-trips"] = back == (dict(case.payload) if isinstance(case.payload, list) else case.payload)
    out["re-parsed"] = dump(cls.from_dict(back))
    return out


@pytest.mark.parametrize("case", GOOD + BAD, ids=lambda case: case.name)
def test_same_semantics_as_default_templates(case: Case, default_models: ModuleType) -> None:
    custom = record(committed_models, case)
    default = record(default_models, case)
    if case.expect == "kept":
        assert is_raised(default["from_dict"]) and custom["round-trips"] is True, custom
        return
    assert custom == default
    if case.expect == "round-trip":
        assert custom["round-trips"] is True, custom
        assert custom["from_dict"] == custom["re-parsed"]
    elif case.expect == "raises":
        assert is_raised(custom["from_dict"]), custom
    else:
        assert is_raised(custom["to_dict"]), custom


def test_every_role_and_part_parses_into_its_own_model() -> None:
    request = committed_models.ChatCompletionsRequest.from_dict(
        {"model": "m", "messages": [{"role": "developer", "content": ALL_PARTS}]}
    )
    message = request.messages[0]
    assert isinstance(message, committed_models.ChatMessageDeveloper)
    assert isinstance(message.content, list)
    kinds = [type(part).__name__ for part in message.content]
    assert kinds == [
        "MessageContentText",
        "MessageContentImageUrl",
        "MessageContentInputAudio",
        "MessageContentAudioUrl",
        "MessageContentInputVideo",
        "MessageContentVideoUrl",
        "MessageContentToolCall",
    ]


# --------------------------------------------------------------------------------------------------
# (b) Every model module imports on its own, (c) type hints resolve

IMPORT_ALONE = textwrap.dedent(
    """
    import importlib, sys, types, typing
    root, package_name, *names = sys.argv[1:]
    sys.path.insert(0, root)
    importlib.import_module(package_name)
    for name in names:
        # Forget every model imported so far, and bypass models/__init__.py, so that `name` is the
        # first model module to run and pulls in the others through its own imports.
        for loaded in [m for m in sys.modules if m.startswith(package_name + ".models")]:
            del sys.modules[loaded]
        package = types.ModuleType(package_name + ".models")
        package.__path__ = [root + "/" + package_name + "/models"]
        sys.modules[package.__name__] = package
        try:
            module = importlib.import_module(package.__name__ + "." + name)
            for value in list(vars(module).values()):
                if isinstance(value, type) and value.__module__ == module.__name__:
                    typing.get_type_hints(value, include_extras=True)
        except Exception as exc:
            print(f"{name}: {type(exc).__name__}: {exc}")
    """
)


def model_modules(models_dir: Path) -> list[str]:
    return sorted(path.stem for path in models_dir.glob("*.py") if path.stem != "__init__")


def import_failures(root: Path, package_name: str) -> list[str]:
    """Import each model module of ``root/package_name`` first (every other model forgotten)."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORT_ALONE,
            str(root),
            package_name,
            *model_modules(root / package_name / "models"),
        ],
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    failures = proc.stdout.splitlines()
    if proc.returncode != 0:
        failures.append(f"the import run failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    return failures


def test_each_model_module_imports_on_its_own() -> None:
    assert len(model_modules(MODELS_DIR)) > 30
    failures = import_failures(GENERATED, "aistats_generated")
    assert not failures, "\n".join(failures)


# openapi.yaml's models form no import cycle, so cycle safety is checked on a spec made of cycles:
# A <-> B through a nullable union and arrays, a self-referencing Node, a union of models, and
# additionalProperties holding models.
CYCLIC_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Cycles", "version": "0"},
    "paths": {},
    "components": {
        "schemas": {
            "A": {
                "type": "object",
                "required": ["b"],
                "properties": {
                    "b": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]},
                    "bs": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
                    "either": {
                        "anyOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/Node"}]
                    },
                },
            },
            "B": {
                "type": "object",
                "properties": {
                    "a": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]},
                    "as": {
                        "type": "array",
                        "items": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]},
                    },
                },
            },
            "Node": {
                "type": "object",
                "required": ["value"],
                "properties": {
                    "value": {"type": "integer"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
                    "bag": {"$ref": "#/components/schemas/Bag"},
                    # names the generator renames: a builtin (wire name kept) and a keyword (`class_`)
                    "type": {"type": "string"},
                    "class": {"type": "string"},
                },
            },
            "Bag": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Node"}},
        }
    },
}
CYCLIC_CASES = [
    Case("a-b-a", "A", {"b": {"a": {"b": None, "bs": [{"a": None, "as": ["s", {"b": None}]}]}}}),
    Case("a-either-node", "A", {"b": None, "either": {"value": 1, "x": 2}}),
    Case(
        "node-tree",
        "Node",
        {"value": 1, "children": [{"value": 2, "parent": None}], "bag": {"k": {"value": 3}}},
    ),
    Case("bag", "Bag", {"k": {"value": 3, "parent": {"value": 4}}}),
    Case("node-renamed-names", "Node", {"value": 1, "type": "leaf", "class": "c", "parent": None}),
    Case("node-without-value", "Node", {"children": []}, "raises"),
]


@pytest.fixture(scope="session")
def cyclic_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """CYCLIC_SPEC generated with the custom and with the default templates: package root by variant."""
    require_generator()
    generate = load_script("generate")
    work = tmp_path_factory.mktemp("cyclic")
    spec = work / "cyclic.json"
    spec.write_text(json.dumps(CYCLIC_SPEC), encoding="utf-8")
    roots = {}
    for variant, templates in (("custom", generate.TEMPLATES), ("default", work / "no-templates")):
        root = work / variant
        root.mkdir()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(generate, "SPEC", spec)
            patch.setattr(generate, "TEMPLATES", templates)
            generate.generate_tree(root)
        (root / "aistats_generated").rename(root / f"cyclic_{variant}")
        roots[variant] = root
    return roots


def test_cyclic_models_import_in_any_order_and_match_default(cyclic_models: dict[str, Path]) -> None:
    root = cyclic_models["custom"]
    assert len(model_modules(root / "cyclic_custom" / "models")) == 4
    failures = import_failures(root, "cyclic_custom")
    assert not failures, "\n".join(failures)
    packages = {}
    for variant, root in cyclic_models.items():
        sys.path.insert(0, str(root))
        try:
            packages[variant] = importlib.import_module(f"cyclic_{variant}.models")
        finally:
            sys.path.remove(str(root))
    for case in CYCLIC_CASES:
        custom = record(packages["custom"], case)
        assert custom == record(packages["default"], case), case.name
        assert is_raised(custom["from_dict"]) if case.expect == "raises" else custom["round-trips"] is True
    node = packages["custom"].Node.from_dict({"value": 1, "type": "leaf", "class": "c"})
    assert (node.type, node.class_, node.parent) == ("leaf", "c", None)
    with pytest.warns(DeprecationWarning, match="`Node.type_` is deprecated, use `.type`"):
        assert node.type_ == "leaf"
    assert not hasattr(type(node), "class")  # a keyword cannot be an attribute's name


def test_type_hints_resolve() -> None:
    hints = typing.get_type_hints(ChatCompletionChunk)
    assert hints["choices"] == list[ChatCompletionChunkChoice]
    assert hints["usage"] == GatewayUsage | None
    assert typing.get_type_hints(ChatCompletionChunkDelta)["content"] == str | None
    assert typing.get_type_hints(ChatCompletionChunkChoice)["delta"] is ChatCompletionChunkDelta
    params = typing.get_type_hints(ChatCompletionsRequestParams, include_extras=True)
    assert str(params["model"]) == "typing.Required[str]"
    assert params["stream"] is bool
    assert "stream" not in typing.get_type_hints(ChatCompletionsRequestBaseParams)
    assert set(params) - {"stream", "response_format"} == set(
        typing.get_type_hints(ChatCompletionsRequestBaseParams)
    )


def test_no_imports_or_nested_functions_on_the_chunk_path() -> None:
    """The speed-up: nothing is imported or defined per call in the chunk's ``from_dict``."""
    for cls in (ChatCompletionChunk, ChatCompletionChunkChoice, ChatCompletionChunkDelta):
        source = inspect.getsource(cls.from_dict)
        assert not re.search(r"^\s*(from|import|def) ", source.split("\n", 2)[2], re.M), cls


# --------------------------------------------------------------------------------------------------
# (d) The Params TypedDicts under mypy --strict

FACADE = """\
from __future__ import annotations

from typing import Literal, Unpack, assert_type, overload

from aistats_generated.models.chat_completions_request import (
    ChatCompletionsRequest,
    ChatCompletionsRequestBaseParams,
    ChatCompletionsRequestParams,
)
from aistats_generated.models.chat_message_user import ChatMessageUserParams


class Stream: ...


class Completion: ...


@overload
def create(*, stream: Literal[True], **params: Unpack[ChatCompletionsRequestBaseParams]) -> Stream: ...
@overload
def create(
    *, stream: Literal[False] = False, **params: Unpack[ChatCompletionsRequestBaseParams]
) -> Completion: ...
@overload
def create(*, stream: bool, **params: Unpack[ChatCompletionsRequestBaseParams]) -> Stream | Completion: ...
def create(
    *, stream: bool = False, **params: Unpack[ChatCompletionsRequestBaseParams]
) -> Stream | Completion:
    body: dict[str, object] = {**params, "stream": stream}
    ChatCompletionsRequest.from_dict(body)
    return Stream() if stream else Completion()


def flag() -> bool:
    return True


HI: list[ChatMessageUserParams] = [{"role": "user", "content": "Hi"}]
"""
GOOD_USAGE = """
assert_type(create(model="m", messages=HI, temperature=0.2), Completion)
assert_type(create(model="m", messages=HI, stream=True), Stream)
assert_type(create(model="m", messages=HI, stream=flag()), Stream | Completion)
create(
    model="openai/gpt-5-nano",
    messages=[
        {"role": "system", "content": "Be brief.", "name": "ops"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is in these?"},
                {"type": "image_url", "image_url": {"url": "https://x.test/y.png", "detail": "low"}},
                {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
                {"type": "input_video", "video_url": {"url": "https://x.test/v.mp4"}},
                {"type": "tool_call", "id": "c1", "function": {"name": "f", "arguments": "{}"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "content": "18C", "tool_call_id": "c1"},
        {"role": "developer", "content": "Prefer metric units."},
    ],
    reasoning={"effort": "low", "summary": "auto"},
    logit_bias={"50256": -100.0},
    tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}],
    tool_choice="auto",
    max_output_tokens=64,
    seed=7,
    top_p=0.9,
)
create(model="m", messages=HI, tool_choice={"type": "function"}, reasoning_effort="xhigh")
params: ChatCompletionsRequestParams = {"model": "m", "messages": HI}
params["temperature"] = 0.5
params["stream"] = True
base: ChatCompletionsRequestBaseParams = {"model": "m", "messages": []}
create(**base)
"""
# Every line marked `# E` must get a mypy error, and no other line may.
BAD_USAGE = """
create(model="m", messages=HI, temperature="hot")  # E wrong value type
create(model="m", messages=HI, temprature=0.2)  # E typo in a key
create(messages=HI)  # E required `model` missing
create(model="m", messages=[{"role": "user", "content": 3}])  # E bad nested value
create(model="m", messages=HI, reasoning={"effort": "maximal"})  # E not one of the literal values
create(model="m", messages=HI, stream="yes")  # E stream is not a bool
p: ChatCompletionsRequestParams = {"messages": HI}  # E required `model` missing
q: ChatCompletionsRequestBaseParams = {"model": "m", "messages": HI, "stream": True}  # E not in Base
r: ChatCompletionsRequestParams = {"model": "m", "messages": HI, "stream": "yes"}  # E not a bool
"""


def test_params_typeddicts_under_mypy_strict(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed (run `make setup`)")
    good = tmp_path / "good_usage.py"
    bad = tmp_path / "bad_usage.py"
    good.write_text(FACADE + GOOD_USAGE, encoding="utf-8")
    bad.write_text(FACADE + BAD_USAGE, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {GENERATED}\n", encoding="utf-8"
    )
    stdout, stderr, status = mypy_api.run(
        ["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), str(good), str(bad)]
    )
    assert status in (0, 1), stderr
    errors: dict[str, set[int]] = {good.name: set(), bad.name: set()}
    for line in stdout.splitlines():
        match = re.match(r"(?:.*/)?([\w.]+\.py):(\d+): error:", line)
        if match:
            errors.setdefault(match[1], set()).add(int(match[2]))
    assert errors[good.name] == set(), stdout
    lines = bad.read_text(encoding="utf-8").splitlines()
    expected = {number for number, text in enumerate(lines, start=1) if "  # E " in text}
    assert len(expected) == BAD_USAGE.count("  # E ") == 9
    assert errors[bad.name] == expected, stdout


# --------------------------------------------------------------------------------------------------
# scripts/check_templates.py


def test_check_templates_reports_upstream_drift(tmp_path: Path) -> None:
    require_generator()
    check = load_script("check_templates")
    installed = check.generator_templates()
    assert check.problems(installed) == [], "templates/upstream/ is not the installed generator's"
    overridden = sorted(
        path.relative_to(check.UPSTREAM).as_posix() for path in check.UPSTREAM.rglob("*.jinja")
    )
    assert overridden == [
        "api_init.py.jinja",
        "model.py.jinja",
        "models_init.py.jinja",
        "property_templates/union_property.py.jinja",
        "types.py.jinja",
    ]
    changed = tmp_path / "templates"
    shutil.copytree(installed, changed)
    with (changed / "model.py.jinja").open("a", encoding="utf-8") as file:
        file.write("{# an upstream fix #}\n")
    (changed / "property_templates" / "union_property.py.jinja").unlink()
    found = check.problems(changed)
    assert len(found) == 2, found
    assert found[0].startswith("the generator's model.py.jinja changed: re-base templates/model.py.jinja")
    assert "+{# an upstream fix #}" in found[0]
    assert found[1].startswith("the generator no longer has property_templates/union_property.py.jinja")
