"""Report what the gateway's published OpenAPI document has that ``openapi.yaml`` lacks.

Usage::

    python scripts/spec_upstream.py UPSTREAM [--ours openapi.yaml]
        [--allowlist spec-upstream-allowlist.yaml] [--output FILE] [--verbose]

UPSTREAM is a path or an http(s) URL (YAML or JSON, OpenAPI 3.0 or 3.1). The report goes to
stdout (and to ``--output``). Exit status: 0 when every gap is allowlisted, 1 when one is not,
2 when a document or the allowlist cannot be read.

Gaps (each keyed by operation and a path, e.g. ``POST /chat/completions`` +
``request.tools[].parameters.timezone``):

* ``operation``       -- an operation upstream publishes that we do not ship;
* ``parameter``       -- a header/query/path parameter of a shipped operation we lack;
* ``request-property``, ``response-field`` -- a property we do not declare (at any depth,
  through ``$ref``, ``allOf``/``anyOf``/``oneOf``, ``items`` and map values);
* ``response-status`` -- a status code upstream documents that we do not;
* ``enum-value``      -- a value upstream allows where our schema is an enum without it;
* ``type``            -- upstream allows a JSON type (``null`` included) where we do not:
  we describe the property differently.

Paths: ``request.<prop>``, ``response.<status>.<prop>``, ``parameter.<in>.<name>``;
``[]`` is an array's items, ``{*}`` a map's values. The allowlist (YAML list) holds reviewed
differences; each entry has ``operation`` and ``path`` (patterns in which only ``*`` is
special: it matches anything), an optional ``kind``, and a mandatory ``reason``. Entries that
matched nothing are listed, so the allowlist does not rot.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
KINDS = (
    "operation",
    "parameter",
    "request-property",
    "response-field",
    "response-status",
    "enum-value",
    "type",
)
UNION_KEYS = ("allOf", "anyOf", "oneOf")
Doc = dict[str, Any]


class InputError(Exception):
    """A document or the allowlist cannot be read."""


# ----------------------------------------------------------------------------- loading
def load_document(source: str) -> Doc:
    """An OpenAPI document from a path or an http(s) URL."""
    try:
        if source.startswith(("http://", "https://")):
            with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (scheme checked)
                text = response.read().decode("utf-8")
        else:
            text = Path(source).read_text(encoding="utf-8")
        doc = yaml.safe_load(text)  # JSON is YAML too
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read {source}: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise InputError(f"{source} is not an OpenAPI document (no `paths`)")
    return doc


@dataclass(frozen=True)
class AllowEntry:
    operation: str
    path: str
    kind: str | None
    reason: str

    def matches(self, gap: Gap) -> bool:
        return (
            (self.kind is None or self.kind == gap.kind)
            and wildcard_match(self.operation, gap.operation)
            and wildcard_match(self.path, gap.path)
        )


def wildcard_match(pattern: str, text: str) -> bool:
    """``*`` matches any run of characters; everything else (``[]`` included) is literal."""
    return re.fullmatch(".*".join(re.escape(part) for part in pattern.split("*")), text) is not None


def load_allowlist(path: Path) -> list[AllowEntry]:
    """The reviewed differences; every entry must say why it is allowed."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a list of entries")
    entries = []
    for number, item in enumerate(raw or [], start=1):
        if not isinstance(item, dict):
            raise InputError(f"{path}: entry {number} is not a mapping")
        reason = str(item.get("reason") or "").strip()
        kind = item.get("kind")
        if not reason:
            where = f"{item.get('operation')} {item.get('path', '')}".strip()
            raise InputError(f"{path}: entry {number} ({where}) has no reason")
        if kind is not None and kind not in KINDS:
            raise InputError(f"{path}: entry {number} has unknown kind {kind!r} (one of {', '.join(KINDS)})")
        entries.append(AllowEntry(str(item.get("operation", "*")), str(item.get("path", "*")), kind, reason))
    return entries


# ---------------------------------------------------------------------------- flattening
@dataclass
class Field:
    """What a schema allows at one path, merged over union members."""

    types: set[str] = field(default_factory=set)  # JSON types, "null" included; "any" when untyped
    enum: set[str] = field(default_factory=set)  # values of enum/const (as JSON text)
    free: set[str] = field(default_factory=set)  # types allowed without an enum restriction

    def accepts_type(self, kind: str) -> bool:
        return "any" in self.types or kind in self.types or (kind == "integer" and "number" in self.types)

    def accepts_value(self, value: str) -> bool:
        kind = json_type(json.loads(value))
        return (
            "any" in self.free
            or value in self.enum
            or kind in self.free
            or (kind == "integer" and "number" in self.free)
        )


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def resolve(doc: Doc, schema: Any) -> Any:
    """Follow local ``$ref`` chains (``#/...``)."""
    seen: set[str] = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            target = target.get(key, {}) if isinstance(target, dict) else {}
        schema = target
    return schema


def flatten(
    doc: Doc, schema: Any, path: str, out: dict[str, Field], stack: frozenset[int] = frozenset()
) -> None:
    """Record at ``out[path]`` (and below) what ``schema`` allows."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or id(schema) in stack:
        return
    stack = stack | {id(schema)}
    entry = out.setdefault(path, Field())
    types = schema.get("type")
    declared = [types] if isinstance(types, str) else list(types or [])
    if schema.get("nullable") is True:
        declared.append("null")
    values = list(schema.get("enum") or []) + ([schema["const"]] if "const" in schema else [])
    if values:
        kinds = declared or sorted({json_type(v) for v in values})
        entry.types.update(kinds)
        entry.enum.update(json.dumps(v) for v in values if v is not None)
        if None in values or "null" in declared:
            entry.types.add("null")
            entry.free.add("null")
    else:
        entry.types.update(declared)
        entry.free.update(declared)
    members = [m for key in UNION_KEYS for m in schema.get(key) or []]
    for member in members:
        flatten(doc, member, path, out, stack)
    structural = ("properties", "items", "additionalProperties", *UNION_KEYS)
    if not declared and not values and not any(key in schema for key in structural):
        entry.types.add("any")
        entry.free.add("any")
    elif not declared and not values and ("properties" in schema or "additionalProperties" in schema):
        entry.types.add("object")
        entry.free.add("object")
    for name, sub in (schema.get("properties") or {}).items():
        flatten(doc, sub, f"{path}.{name}" if path else name, out, stack)
    if "items" in schema:
        flatten(doc, schema["items"], f"{path}[]", out, stack)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        flatten(doc, extra, f"{path}{{*}}", out, stack)


def json_schema(doc: Doc, holder: Any) -> Any:
    """The ``application/json`` (or ``+json``) schema of a request body or response."""
    holder = resolve(doc, holder)
    content = holder.get("content") if isinstance(holder, dict) else None
    for media, body in (content or {}).items():
        if media == "application/json" or media.endswith("+json"):
            return body.get("schema") if isinstance(body, dict) else None
    return None


def operations(doc: Doc) -> dict[str, Doc]:
    """``"METHOD /path"`` -> operation object."""
    found = {}
    for route, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                found[f"{method.upper()} {route}"] = {**item[method], "_shared": item.get("parameters") or []}
    return found


def parameters(doc: Doc, operation: Doc) -> dict[str, Any]:
    """``parameter.<in>.<name>`` -> schema (header names are case-insensitive)."""
    found = {}
    for raw in [*operation.get("_shared", []), *(operation.get("parameters") or [])]:
        param = resolve(doc, raw)
        if isinstance(param, dict) and "name" in param:
            name = str(param["name"]).lower() if param.get("in") == "header" else str(param["name"])
            found[f"parameter.{param.get('in')}.{name}"] = param.get("schema") or {}
    return found


def fields_of(doc: Doc, operation: Doc) -> tuple[dict[str, Field], dict[str, Field], set[str]]:
    """Request fields, response fields and response statuses of one operation."""
    request: dict[str, Field] = {}
    body = json_schema(doc, operation.get("requestBody"))
    if body is not None:
        flatten(doc, body, "request", request)
    for name, schema in parameters(doc, operation).items():
        flatten(doc, schema, name, request)
    response: dict[str, Field] = {}
    statuses = set()
    for status, holder in (operation.get("responses") or {}).items():
        statuses.add(str(status))
        schema = json_schema(doc, holder)
        if schema is not None:
            flatten(doc, schema, f"response.{status}", response)
    return request, response, statuses


# ---------------------------------------------------------------------------- comparing
@dataclass(frozen=True)
class Gap:
    kind: str
    operation: str
    path: str
    detail: str

    def line(self) -> str:
        where = f"{self.operation} {self.path}" if self.path else self.operation
        return f"[{self.kind}] {where}: {self.detail}"


def describe(entry: Field) -> str:
    kinds = "|".join(sorted(entry.types)) or "?"
    return f"{kinds} enum {sorted(entry.enum)}" if entry.enum else kinds


def compare_fields(
    op: str, theirs: dict[str, Field], ours: dict[str, Field], missing_kind: str
) -> Iterator[Gap]:
    for path in sorted(theirs):
        upstream = theirs[path]
        mine = ours.get(path)
        if mine is None:
            parent = next((ours[p] for p in parents(path) if p in ours), None)
            if parent is not None and "any" in parent.types:
                continue  # below an untyped value of ours: anything goes
            kind = "parameter" if path.startswith("parameter.") else missing_kind
            if not any(p in theirs and p not in ours for p in parents(path)):  # report the topmost only
                yield Gap(kind, op, path, f"upstream declares it ({describe(upstream)}); we do not")
            continue
        lacking = sorted(t for t in upstream.types - {"any"} if not mine.accepts_type(t))
        if lacking:
            yield Gap("type", op, path, f"upstream allows {describe(upstream)}; we allow {describe(mine)}")
        values = sorted(v for v in upstream.enum if not mine.accepts_value(v))
        if values:
            yield Gap("enum-value", op, path, f"upstream allows {', '.join(values)}; we do not")


def parents(path: str) -> Iterator[str]:
    """``a.b[].c`` -> ``a.b[]``, ``a.b``, ``a`` (nearest first)."""
    while True:
        cut = max(path.rfind("."), path.rfind("[]"), path.rfind("{*}"))
        if cut <= 0:
            return
        path = path[:cut]
        yield path


def compare(theirs: Doc, ours: Doc) -> list[Gap]:
    """Every gap between the upstream document and ours, for the operations we ship."""
    gaps = []
    our_ops = operations(ours)
    for op, upstream_op in sorted(operations(theirs).items()):
        mine_op = our_ops.get(op)
        if mine_op is None:
            gaps.append(Gap("operation", op, "", "upstream publishes it; we do not ship it"))
            continue
        their_req, their_resp, their_statuses = fields_of(theirs, upstream_op)
        our_req, our_resp, our_statuses = fields_of(ours, mine_op)
        gaps.extend(compare_fields(op, their_req, our_req, "request-property"))
        gaps.extend(
            Gap("response-status", op, f"response.{status}", "upstream documents it; we do not")
            for status in sorted(their_statuses - our_statuses - {"default"})
        )
        shared = {p: f for p, f in their_resp.items() if p.split(".")[1].split("[")[0] in our_statuses}
        gaps.extend(compare_fields(op, shared, our_resp, "response-field"))
    return gaps


# ------------------------------------------------------------------------------ report
@dataclass
class Report:
    gaps: list[Gap]
    allowed: list[tuple[Gap, AllowEntry]]
    unused: list[AllowEntry]
    shipped: int
    upstream_ops: int
    title: str

    @property
    def failing(self) -> list[Gap]:
        allowed = {id(gap) for gap, _ in self.allowed}
        return [gap for gap in self.gaps if id(gap) not in allowed]

    def render(self, verbose: bool) -> str:
        failing = self.failing
        result = "GAPS" if failing else "OK"
        lines = [
            f"# spec-upstream: {self.title} vs openapi.yaml",
            "",
            f"**Result: {result}** -- upstream operations {self.upstream_ops}, shipped by us {self.shipped}; "
            f"{len(self.gaps)} differences, {len(self.allowed)} allowlisted, {len(failing)} not allowlisted.",
            "",
        ]
        if failing:
            lines += [f"## Not allowlisted ({len(failing)})", *(f"- {gap.line()}" for gap in failing), ""]
        by_reason: dict[str, list[Gap]] = {}
        for gap, entry in self.allowed:
            by_reason.setdefault(entry.reason, []).append(gap)
        lines.append(f"## Allowlisted ({len(self.allowed)}), by reason")
        for reason, gaps in by_reason.items():
            lines.append(f"- {reason} ({len(gaps)})")
            if verbose:
                lines += [f"  - {gap.line()}" for gap in gaps]
        if self.unused:
            lines += ["", f"## Allowlist entries that matched nothing ({len(self.unused)})"]
            lines += [f"- {e.operation} {e.path} ({e.kind or 'any kind'}): {e.reason}" for e in self.unused]
        return "\n".join(lines) + "\n"


def check(theirs: Doc, ours: Doc, allowlist: Iterable[AllowEntry]) -> Report:
    entries = list(allowlist)
    gaps = compare(theirs, ours)
    allowed = []
    used: set[int] = set()
    for gap in gaps:
        entry = next((e for e in entries if e.matches(gap)), None)
        if entry is not None:
            allowed.append((gap, entry))
            used.add(id(entry))
    info = theirs.get("info") or {}
    return Report(
        gaps=gaps,
        allowed=allowed,
        unused=[e for e in entries if id(e) not in used],
        shipped=len(set(operations(ours)) & set(operations(theirs))),
        upstream_ops=len(operations(theirs)),
        title=f"{info.get('title', 'upstream')} {info.get('version', '')}".strip(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", help="the gateway's published OpenAPI document (path or URL)")
    parser.add_argument("--ours", default=str(ROOT / "openapi.yaml"))
    parser.add_argument("--allowlist", default=str(ROOT / "spec-upstream-allowlist.yaml"))
    parser.add_argument("--output", help="also write the report to this file")
    parser.add_argument("--verbose", action="store_true", help="list every allowlisted difference")
    args = parser.parse_args(argv)
    try:
        report = check(
            load_document(args.upstream), load_document(args.ours), load_allowlist(Path(args.allowlist))
        )
    except InputError as exc:
        print(f"spec-upstream: {exc}", file=sys.stderr)
        return 2
    text = report.render(args.verbose)
    sys.stdout.write(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    return 1 if report.failing else 0


if __name__ == "__main__":
    sys.exit(main())
