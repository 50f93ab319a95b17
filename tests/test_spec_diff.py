"""``scripts/spec_diff.py``: each kind of change and whether it breaks SDK users, ``$ref``
following and cycle safety on small synthetic documents, the CLI, and ``make spec-diff`` end
to end in a temporary git repository."""

from __future__ import annotations

import copy
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"


def load_script(path: Path) -> ModuleType:
    """Import a script of ``scripts/`` (not a package) under its own name."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:  # mypy checks scripts/ as top-level modules
    import spec_diff
    from spec_diff import Change, Severity
else:
    spec_diff = load_script(SCRIPT)
    Change, Severity = spec_diff.Change, spec_diff.Severity

REF = "#/components/schemas/"

BREAKING, WARNING, NON_BREAKING = Severity.BREAKING, Severity.WARNING, Severity.NON_BREAKING
Doc = dict[str, Any]
Mutation = Callable[[Doc], object]


def document(request: Any = None, response: Any = None, schemas: Doc | None = None, **op: Any) -> Doc:
    """A one-operation document: ``POST /things`` with a JSON request body and a 200 JSON response."""
    operation: Doc = {
        "operationId": "createThing",
        "requestBody": {"required": True, "content": {"application/json": {"schema": request or {}}}},
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": response or {}}}}
        },
        **op,
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def changes(old: Doc, new: Doc) -> list[Change]:
    return spec_diff.diff(spec_diff.Spec(old, "old"), spec_diff.Spec(new, "new"))


def one(old: Doc, new: Doc) -> Change:
    found = changes(old, new)
    assert len(found) == 1, found
    return found[0]


def thing() -> Doc:
    return {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "size": {"type": "integer", "minimum": 0, "maximum": 10},
            "colour": {"type": "string", "enum": ["red", "green"]},
            "kind": {"type": "string", "const": "thing"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "code": {"type": ["string", "integer"]},
        },
    }


def props(schema: Doc) -> Doc:
    result: Doc = schema["properties"]
    return result


# name, mutation of thing(), severity on the request side, on the response side, text expected
CASES: list[tuple[str, Mutation, Severity, Severity, str]] = [
    (
        "new optional property",
        lambda s: props(s).update(extra={"type": "string"}),
        NON_BREAKING,
        NON_BREAKING,
        "new optional property",
    ),
    (
        "new required property",
        lambda s: (props(s).update(extra={"type": "string"}), s["required"].append("extra")),
        BREAKING,
        NON_BREAKING,
        "new required property",
    ),
    ("property removed", lambda s: props(s).pop("size"), BREAKING, BREAKING, "property removed"),
    (
        "optional becomes required",
        lambda s: s["required"].append("size"),
        BREAKING,
        NON_BREAKING,
        "now required",
    ),
    (
        "required becomes optional",
        lambda s: s["required"].remove("name"),
        NON_BREAKING,
        BREAKING,
        "now optional",
    ),
    ("retyped", lambda s: props(s)["name"].update(type="integer"), BREAKING, BREAKING, "retyped"),
    ("type widened", lambda s: props(s)["size"].update(type="number"), NON_BREAKING, BREAKING, "widened"),
    ("type narrowed", lambda s: props(s)["code"].update(type="string"), BREAKING, NON_BREAKING, "(narrowed)"),
    (
        "format added",
        lambda s: props(s)["name"].update(format="email"),
        BREAKING,
        NON_BREAKING,
        '`format` none → "email" (narrowed)',
    ),
    (
        "enum value removed",
        lambda s: props(s)["colour"]["enum"].remove("green"),
        BREAKING,
        NON_BREAKING,
        'enum values removed: `"green"`',
    ),
    (
        "enum value added",
        lambda s: props(s)["colour"]["enum"].append("blue"),
        NON_BREAKING,
        BREAKING,
        'enum values added: `"blue"`',
    ),
    (
        "enum introduced",
        lambda s: props(s)["name"].update(enum=["a"]),
        BREAKING,
        NON_BREAKING,
        "now restricted",
    ),
    (
        "const changed",
        lambda s: props(s)["kind"].update(const="other"),
        BREAKING,
        BREAKING,
        'const `"thing"` → `"other"`',
    ),
    (
        "becomes nullable",
        lambda s: props(s).update(name={"anyOf": [{"type": "string"}, {"type": "null"}]}),
        NON_BREAKING,
        BREAKING,
        "null",
    ),
    (
        "becomes nullable (type list)",
        lambda s: props(s)["name"].update(type=["string", "null"]),
        NON_BREAKING,
        BREAKING,
        "null",
    ),
    (
        "no longer nullable",
        lambda s: props(s).update(note={"type": "string"}),
        BREAKING,
        NON_BREAKING,
        "null",
    ),
    (
        "maximum lowered",
        lambda s: props(s)["size"].update(maximum=5),
        BREAKING,
        NON_BREAKING,
        "`maximum` 10 → 5 (narrowed)",
    ),
    (
        "maximum raised",
        lambda s: props(s)["size"].update(maximum=50),
        NON_BREAKING,
        WARNING,
        "`maximum` 10 → 50 (widened)",
    ),
    (
        "minimum removed",
        lambda s: props(s)["size"].pop("minimum"),
        NON_BREAKING,
        WARNING,
        "`minimum` 0 → none",
    ),
    (
        "minItems added",
        lambda s: props(s)["tags"].update(minItems=1),
        BREAKING,
        NON_BREAKING,
        "`minItems` none → 1 (narrowed)",
    ),
    (
        "maxLength added",
        lambda s: props(s)["name"].update(maxLength=3),
        BREAKING,
        NON_BREAKING,
        "`maxLength` none → 3",
    ),
    (
        "typed format",
        lambda s: props(s)["name"].update(format="date-time"),
        BREAKING,
        BREAKING,
        "the generated Python type changes",
    ),
    (
        "array items retyped",
        lambda s: props(s)["tags"].update(items={"type": "integer"}),
        BREAKING,
        BREAKING,
        "retyped",
    ),
    ("closed to unknown keys", lambda s: s.update(additionalProperties=False), BREAKING, BREAKING, "unknown"),
]


@pytest.mark.parametrize(
    ("name", "mutate", "request_severity", "response_severity", "text"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_each_kind_of_change_is_judged_from_the_users_side(
    name: str, mutate: Mutation, request_severity: Severity, response_severity: Severity, text: str
) -> None:
    old, new = thing(), thing()
    mutate(new)
    on_request = one(document(request=old), document(request=new))
    on_response = one(document(response=old), document(response=new))
    assert (on_request.severity, on_response.severity) == (request_severity, response_severity), name
    assert text in on_request.what
    assert on_request.where.startswith("`POST /things` request body (application/json)")
    assert on_response.where.startswith("`POST /things` response 200 (application/json)")


def test_opening_to_unknown_keys_breaks_nobody() -> None:
    closed = {**thing(), "additionalProperties": False}
    for side in ("request", "response"):
        change = one(document(**{side: closed}), document(**{side: thing()}))
        assert (change.severity, change.what) == (NON_BREAKING, "now allows unknown properties")


def test_identical_documents_have_no_changes() -> None:
    assert changes(document(thing(), thing()), document(thing(), thing())) == []


def test_descriptions_and_examples_are_not_changes() -> None:
    new = thing()
    new["description"] = "A thing."
    props(new)["name"]["examples"] = ["x"]
    assert changes(document(response=thing()), document(response=new)) == []


def test_the_location_names_the_property_path() -> None:
    old: Doc = {
        "type": "object",
        "properties": {"outer": {"type": "object", "properties": {"leaf": {"type": "string"}}}},
    }
    new = copy.deepcopy(old)
    del new["properties"]["outer"]["properties"]["leaf"]
    change = one(document(response=old), document(response=new))
    assert change.where.endswith(": `outer.leaf`")


# --------------------------------------------------------------------------- enums in responses


def test_new_enum_value_in_a_response_is_a_warning_inside_a_union_and_breaking_outside() -> None:
    def spec(values: list[str]) -> Doc:
        schemas = {"Reason": {"type": "string", "enum": values}}
        response = {
            "type": "object",
            "properties": {
                "nullable_reason": {"anyOf": [{"$ref": f"{REF}Reason"}, {"type": "null"}]},
                "bare_reason": {"$ref": f"{REF}Reason"},
            },
        }
        return document(response=response, schemas=schemas)

    found = changes(spec(["stop"]), spec(["stop", "refusal"]))
    by_path = {c.where.rsplit("`", 2)[-2]: c for c in found}
    assert by_path["nullable_reason"].severity is WARNING
    assert "pass the value through" in by_path["nullable_reason"].what
    assert by_path["bare_reason"].severity is BREAKING
    assert "raise" in by_path["bare_reason"].what
    assert len(found) == 2


def test_enum_with_null_is_nullable_not_a_value() -> None:
    old = {"type": "object", "properties": {"r": {"type": "string", "enum": ["a"]}}}
    new = {"type": "object", "properties": {"r": {"type": ["string", "null"], "enum": ["a", None]}}}
    change = one(document(response=old), document(response=new))
    assert change.severity is BREAKING
    assert "may now be null" in change.what


def test_const_and_one_value_enum_are_the_same() -> None:
    old = {"type": "object", "properties": {"role": {"type": "string", "const": "user"}}}
    new = {"type": "object", "properties": {"role": {"type": "string", "enum": ["user"]}}}
    assert changes(document(old, old), document(new, new)) == []


# --------------------------------------------------------------------------- $ref following


INNER: Doc = {
    "type": "object",
    "required": ["x"],
    "properties": {"x": {"type": "string"}, "y": {"type": "integer"}},
}
WRAPPERS: list[tuple[str, Doc, str]] = [
    ("$ref", {"$ref": f"{REF}Inner"}, "y"),
    ("items", {"type": "array", "items": {"$ref": f"{REF}Inner"}}, "[].y"),
    ("additionalProperties", {"type": "object", "additionalProperties": {"$ref": f"{REF}Inner"}}, "{*}.y"),
    ("allOf", {"allOf": [{"$ref": f"{REF}Inner"}, {"properties": {"z": {"type": "string"}}}]}, "y"),
    ("anyOf", {"anyOf": [{"$ref": f"{REF}Inner"}, {"type": "string"}]}, "<Inner>.y"),
    ("oneOf", {"oneOf": [{"$ref": f"{REF}Inner"}, {"type": "integer"}]}, "<Inner>.y"),
    ("nullable anyOf", {"anyOf": [{"$ref": f"{REF}Inner"}, {"type": "null"}]}, "y"),
    ("ref to ref", {"$ref": f"{REF}Alias"}, "y"),
]


@pytest.mark.parametrize(("name", "wrapper", "path"), WRAPPERS, ids=[w[0] for w in WRAPPERS])
def test_refs_are_followed_through_every_container(name: str, wrapper: Doc, path: str) -> None:
    def spec(inner: Doc) -> Doc:
        schemas = {"Inner": inner, "Alias": {"$ref": f"{REF}Inner"}, "Holder": {"properties": {"w": wrapper}}}
        return document(request={"$ref": f"{REF}Holder"}, response={"$ref": f"{REF}Holder"}, schemas=schemas)

    changed = copy.deepcopy(INNER)
    changed["properties"]["y"]["type"] = "string"
    found = changes(spec(INNER), spec(changed))
    assert [(c.severity, c.where.rsplit(": ", 1)[-1]) for c in found] == [
        (BREAKING, f"`w.{path}`" if not path.startswith(("[", "{", "<")) else f"`w{path}`"),
        (BREAKING, f"`w.{path}`" if not path.startswith(("[", "{", "<")) else f"`w{path}`"),
    ], name
    assert {c.where.split(" ")[2] for c in found} == {"request", "response"}


def test_a_schema_used_on_both_sides_is_judged_once_per_side() -> None:
    shared = {"type": "object", "properties": {"a": {"type": "string"}}}
    grown = {
        "type": "object",
        "required": ["b"],
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
    }

    def spec(schema: Doc) -> Doc:
        twice = {
            "type": "object",
            "properties": {"first": {"$ref": f"{REF}S"}, "second": {"$ref": f"{REF}S"}},
        }
        return document(request=twice, response=twice, schemas={"S": schema})

    found = changes(spec(shared), spec(grown))
    assert [(c.severity, "request" in c.where) for c in found] == [(BREAKING, True), (NON_BREAKING, False)]


def test_unresolvable_ref_is_an_error() -> None:
    broken = document(request={"$ref": f"{REF}Missing"})
    with pytest.raises(spec_diff.SpecError, match="does not resolve"):
        changes(document(), broken)


def test_a_ref_loop_is_an_error_not_a_hang() -> None:
    looping = document(
        request={"$ref": f"{REF}A"}, schemas={"A": {"$ref": f"{REF}B"}, "B": {"$ref": f"{REF}A"}}
    )
    with pytest.raises(spec_diff.SpecError, match="does not end"):
        changes(document(), looping)


# --------------------------------------------------------------------------- cycles


def tree(extra: Doc | None = None) -> Doc:
    """Recursive schemas: a node holds child nodes and a nullable parent; A and B refer to each other."""
    node: Doc = {
        "type": "object",
        "properties": {
            "value": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": f"{REF}Node"}},
            "parent": {"anyOf": [{"$ref": f"{REF}Node"}, {"type": "null"}]},
            "a": {"$ref": f"{REF}A"},
        },
    }
    node["properties"].update(extra or {})
    schemas = {
        "Node": node,
        "A": {"type": "object", "properties": {"b": {"$ref": f"{REF}B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": f"{REF}A"}, "n": {"$ref": f"{REF}Node"}}},
    }
    return document(request={"$ref": f"{REF}Node"}, response={"$ref": f"{REF}Node"}, schemas=schemas)


def test_recursive_schemas_terminate_and_report_once_per_side() -> None:
    assert changes(tree(), tree()) == []
    found = changes(tree(), tree({"weight": {"type": "number"}}))
    assert [(c.severity, c.where.rsplit(": ", 1)[-1], c.what) for c in found] == [
        (NON_BREAKING, "`weight`", "new optional property"),
        (NON_BREAKING, "`weight`", "new optional property"),
    ]


def test_mutually_recursive_change_deep_inside_is_found() -> None:
    old, new = tree(), tree()
    new["components"]["schemas"]["B"]["properties"]["a"] = {"type": "string"}
    found = changes(old, new)
    assert found and all(c.severity is BREAKING and "retyped" in c.what for c in found)
    assert found[0].where.endswith("`a.b.a`")


def test_yaml_aliases_that_recurse_are_safe() -> None:
    text = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema: &node
              type: object
              properties:
                child: *node
      responses: {}
"""
    loaded = yaml.safe_load(text)
    assert changes(loaded, yaml.safe_load(text)) == []


# --------------------------------------------------------------------------- unions


def union(*members: Doc) -> Doc:
    return {"type": "object", "properties": {"u": {"anyOf": list(members)}}}


def test_union_members_added_and_removed() -> None:
    small, big = (
        union({"type": "string"}, {"type": "integer"}),
        union({"type": "string"}, {"type": "integer"}, {"$ref": f"{REF}Part"}),
    )
    schemas = {"Part": {"type": "object", "properties": {"p": {"type": "string"}}}}
    added_request = one(document(small, schemas=schemas), document(big, schemas=schemas))
    assert (added_request.severity, added_request.what) == (
        NON_BREAKING,
        "new union member `Part` (also accepted)",
    )
    added_response = one(document(response=small, schemas=schemas), document(response=big, schemas=schemas))
    assert added_response.severity is BREAKING
    removed_request = one(document(big, schemas=schemas), document(small, schemas=schemas))
    assert (removed_request.severity, "`Part` removed" in removed_request.what) == (BREAKING, True)
    removed_response = one(document(response=big, schemas=schemas), document(response=small, schemas=schemas))
    assert removed_response.severity is NON_BREAKING


def test_a_plain_type_becoming_a_union_is_a_new_member() -> None:
    old = {"type": "object", "properties": {"c": {"type": "string"}}}
    new = union({"type": "string"}, {"type": "array", "items": {"type": "string"}})
    new["properties"]["c"] = new["properties"].pop("u")
    change = one(document(old), document(new))
    assert (change.severity, change.what) == (NON_BREAKING, "new union member `array` (also accepted)")


# --------------------------------------------------------------------------- operations


def test_operations_added_removed_and_renamed() -> None:
    base = document()
    more = copy.deepcopy(base)
    more["paths"]["/other"] = {"get": {"operationId": "getOther", "responses": {}}}
    assert [(c.severity, c.where, c.what) for c in changes(base, more)] == [
        (NON_BREAKING, "`GET /other`", "new operation")
    ]
    assert [(c.severity, c.what) for c in changes(more, base)] == [(BREAKING, "operation removed")]
    renamed = copy.deepcopy(base)
    renamed["paths"]["/things"]["post"]["operationId"] = "makeThing"
    assert one(base, renamed).severity is BREAKING


def header(name: str, required: bool = False, schema: Doc | None = None) -> Doc:
    return {"name": name, "in": "header", "required": required, "schema": schema or {"type": "string"}}


def test_parameters() -> None:
    before = document(parameters=[header("x-title"), header("x-mode", schema={"enum": ["a", "b"]})])
    optional_added = document(parameters=[*before["paths"]["/things"]["post"]["parameters"], header("x-new")])
    required_added = document(
        parameters=[*before["paths"]["/things"]["post"]["parameters"], header("x-new", required=True)]
    )
    removed = document(parameters=[header("x-mode", schema={"enum": ["a", "b"]})])
    narrowed = document(parameters=[header("x-title"), header("x-mode", schema={"enum": ["a"]})])
    now_required = document(
        parameters=[header("x-title", True), header("x-mode", schema={"enum": ["a", "b"]})]
    )
    assert one(before, optional_added).severity is NON_BREAKING
    assert one(before, required_added).what == "new required parameter"
    assert one(before, required_added).severity is BREAKING
    assert (one(before, removed).severity, one(before, removed).where) == (
        BREAKING,
        "`POST /things` header parameter `x-title`",
    )
    assert one(before, narrowed).severity is BREAKING
    assert one(before, now_required).severity is BREAKING


def test_responses_bodies_and_media_types() -> None:
    base = document(thing(), thing())
    no_200 = copy.deepcopy(base)
    no_200["paths"]["/things"]["post"]["responses"] = {"404": {"description": "missing"}}
    found = changes(base, no_200)
    assert [(c.severity, c.what) for c in found] == [
        (BREAKING, "response removed"),
        (NON_BREAKING, "new response"),
    ]
    other_media = copy.deepcopy(base)
    body = other_media["paths"]["/things"]["post"]["requestBody"]["content"]
    body["application/x-other"] = body.pop("application/json")
    assert [(c.severity, c.what) for c in changes(base, other_media)] == [
        (BREAKING, "media type removed"),
        (NON_BREAKING, "new media type"),
    ]
    headers = copy.deepcopy(base)
    headers["paths"]["/things"]["post"]["responses"]["200"]["headers"] = {
        "x-id": {"schema": {"type": "string"}}
    }
    assert one(base, headers).what == "new response header"
    assert one(headers, base).severity is BREAKING


def test_component_schemas_no_operation_uses_are_read_as_responses() -> None:
    frame: Doc = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "n": {"type": "integer"}},
    }
    fewer = copy.deepcopy(frame)
    del fewer["properties"]["n"]
    change = one(document(schemas={"Frame": frame}), document(schemas={"Frame": fewer}))
    assert change.severity is BREAKING
    assert change.where.startswith("schema `Frame` (no operation uses it")
    optional = copy.deepcopy(frame)
    optional["required"] = []
    assert one(document(schemas={"Frame": frame}), document(schemas={"Frame": optional})).severity is BREAKING
    removed = one(document(schemas={"Frame": frame}), document())
    assert (removed.severity, removed.where) == (BREAKING, "schema `Frame`")
    assert one(document(), document(schemas={"Frame": frame})).severity is NON_BREAKING


# --------------------------------------------------------------------------- real documents


def load(path: Path) -> Doc:
    loaded: Doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def test_the_real_spec_against_itself_and_with_an_optional_request_property() -> None:
    spec = load(ROOT / "openapi.yaml")
    assert changes(spec, load(ROOT / "openapi.yaml")) == []
    grown = copy.deepcopy(spec)
    grown["components"]["schemas"]["ChatCompletionsRequest"]["properties"]["priority_hint"] = {
        "type": "string"
    }
    change = one(spec, grown)
    assert (change.severity, change.what) == (NON_BREAKING, "new optional property")
    assert change.where == "`POST /chat/completions` request body (application/json): `priority_hint`"


def test_the_whole_contract_is_compared_without_errors() -> None:
    """openapi.yaml, every operation and schema, against itself and against a copy that grew an
    operation. (This read the gateway's published document from ../shared before; tests read
    nothing outside the repository, and that document's text may not be copied in.)"""
    ours = load(ROOT / "openapi.yaml")
    assert changes(ours, load(ROOT / "openapi.yaml")) == []
    grown = copy.deepcopy(ours)
    grown["paths"]["/video/generation"] = {"post": copy.deepcopy(ours["paths"]["/chat/completions"]["post"])}
    grown["paths"]["/video/generation"]["post"]["operationId"] = "createVideoGeneration"
    found = changes(ours, grown)
    assert any(c.where == "`POST /video/generation`" and c.what == "new operation" for c in found)


# --------------------------------------------------------------------------- report and CLI


def test_the_report_marks_every_change_and_leads_with_the_result() -> None:
    old, new = document(response=thing()), document(response=thing())
    props(new["paths"]["/things"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]).pop(
        "size"
    )
    found = changes(old, new)
    report = spec_diff.render(spec_diff.Spec(old, "a.yaml"), spec_diff.Spec(new, "b.yaml"), found)
    lines = report.splitlines()
    assert lines[0] == "## API changes: `a.yaml` → `b.yaml`"
    assert lines[2] == "**Result: BREAKING** (1 breaking, 0 warnings, 0 non-breaking)"
    assert (
        "- **breaking** · `POST /things` response 200 (application/json): `size` — property removed" in report
    )
    quiet = spec_diff.render(spec_diff.Spec(old, "a"), spec_diff.Spec(old, "a"), [])
    assert "**Result: no changes**" in quiet


def run_cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False
    )


def write(path: Path, doc: Doc) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def test_cli_exit_status_and_output_file(tmp_path: Path) -> None:
    base = write(tmp_path / "old.yaml", document(thing(), thing()))
    grown_schema = thing()
    props(grown_schema)["extra"] = {"type": "string"}
    grown = write(tmp_path / "grown.yaml", document(grown_schema, thing()))
    shrunk_schema = thing()
    props(shrunk_schema).pop("size")
    shrunk = write(tmp_path / "shrunk.yaml", document(thing(), shrunk_schema))

    ok = run_cli(base, grown)
    assert ok.returncode == 0, ok.stderr
    assert "non-breaking · `POST /things` request body (application/json): `extra`" in ok.stdout

    bad = run_cli(base, shrunk, "--output", tmp_path / "out" / "report.md")
    assert bad.returncode == 1
    assert "**breaking**" in bad.stdout
    assert "--allow-breaking" in bad.stderr
    assert (tmp_path / "out" / "report.md").read_text(encoding="utf-8") == bad.stdout

    allowed = run_cli(base, shrunk, "--allow-breaking")
    assert allowed.returncode == 0
    assert "**Result: BREAKING**" in allowed.stdout


def test_cli_errors(tmp_path: Path) -> None:
    base = write(tmp_path / "old.yaml", document())
    missing = run_cli(base, tmp_path / "nope.yaml")
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr
    assert run_cli(base).returncode == 2  # OLD without NEW and without --git
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    assert "not an OpenAPI document" in run_cli(base, tmp_path / "list.yaml").stderr


# --------------------------------------------------------------------------- end to end with git and make


GIT_ENV = {
    "GIT_AUTHOR_NAME": "spec-diff test",
    "GIT_AUTHOR_EMAIL": "spec-diff@example.invalid",
    "GIT_COMMITTER_NAME": "spec-diff test",
    "GIT_COMMITTER_EMAIL": "spec-diff@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def clean_env() -> dict[str, str]:
    """The environment without what an outer ``make`` or the user exported for the Makefile."""
    drop = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "BASE", "SPEC_DIFF_FLAGS"}
    return {**{k: v for k, v in os.environ.items() if k not in drop}, **GIT_ENV}


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=repo, env=clean_env(), capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def make_spec_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``make spec-diff`` in ``repo``, using this venv without re-installing it (``-o`` the stamp)."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "spec-diff", *args],
        cwd=repo,
        env=clean_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def edit_spec(repo: Path, change: Callable[[Doc], None], message: str) -> None:
    path = repo / "openapi.yaml"
    doc = load(path)
    change(doc["components"]["schemas"])
    write(path, doc)
    git(repo, "commit", "-q", "-am", message)


@pytest.fixture
def spec_repo(tmp_path: Path) -> Path:
    """A git repo holding the real ``openapi.yaml``, the Makefile and the script, with this venv."""
    if shutil.which("make") is None or shutil.which("git") is None:
        pytest.skip("NOT RUN: make and git are needed for the end-to-end spec-diff test")
    if sys.prefix == sys.base_prefix:
        pytest.skip(f"NOT RUN: {sys.executable} is not in a venv that the Makefile could use")
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    for name in ("openapi.yaml", "Makefile", "pyproject.toml", "scripts/spec_diff.py"):
        shutil.copy2(ROOT / name, repo / name)
    (repo / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    (repo / ".gitignore").write_text(".venv\n", encoding="utf-8")
    git(repo, "init", "-q", "--initial-branch=main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "spec")
    return repo


def test_make_spec_diff_on_main_then_on_a_branch(spec_repo: Path) -> None:
    on_main = make_spec_diff(spec_repo)
    assert on_main.returncode == 0, on_main.stderr
    assert "**Result: no changes**" in on_main.stdout

    git(spec_repo, "checkout", "-q", "-b", "feature")
    edit_spec(
        spec_repo,
        lambda s: s["ChatCompletionsRequest"]["properties"].update(priority_hint={"type": "string"}),
        "add an optional request property",
    )
    added = make_spec_diff(spec_repo)
    assert added.returncode == 0, added.stdout + added.stderr
    assert "**Result: no breaking changes**" in added.stdout
    assert "- non-breaking · `POST /chat/completions` request body (application/json): `priority_hint`" in (
        added.stdout
    )
    assert "**breaking**" not in added.stdout

    response = load(spec_repo / "openapi.yaml")["components"]["schemas"]["ChatCompletionsResponse"]
    dropped = next(iter(response["properties"]))
    edit_spec(spec_repo, lambda s: s["ChatCompletionsResponse"]["properties"].pop(dropped), "drop a field")
    removed = make_spec_diff(spec_repo)
    assert removed.returncode != 0
    assert "**Result: BREAKING**" in removed.stdout
    line = f"- **breaking** · `POST /chat/completions` response 200 (application/json): `{dropped}` — property removed"
    assert line in removed.stdout
    assert "priority_hint" in removed.stdout  # the default BASE is the merge base with main

    last_commit_only = run_cli("--git", "HEAD~1", "openapi.yaml", cwd=spec_repo)
    assert last_commit_only.returncode == 1
    assert line in last_commit_only.stdout
    assert "priority_hint" not in last_commit_only.stdout

    report = spec_repo / "spec-diff.md"
    allowed = make_spec_diff(spec_repo, f"SPEC_DIFF_FLAGS=--allow-breaking --output {report}")
    assert allowed.returncode == 0, allowed.stderr
    assert "**Result: BREAKING**" in report.read_text(encoding="utf-8")


def test_git_rev_without_the_spec_is_an_error(spec_repo: Path) -> None:
    git(spec_repo, "mv", "openapi.yaml", "api.yaml")
    git(spec_repo, "commit", "-q", "-m", "rename")
    result = run_cli("--git", "HEAD~1", "api.yaml", cwd=spec_repo)
    assert result.returncode == 2
    assert "git show" in result.stderr
    default_new = run_cli("--git", "HEAD", cwd=spec_repo)  # NEW defaults to <top>/openapi.yaml: gone
    assert default_new.returncode == 2


def test_the_module_under_test_is_the_repos_script() -> None:
    assert Path(spec_diff.__file__).resolve() == SCRIPT
