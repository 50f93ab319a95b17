"""Report what changed between two versions of an OpenAPI document, and what breaks SDK users.

Usage::

    python scripts/spec_diff.py OLD NEW [--allow-breaking] [--output FILE]
    python scripts/spec_diff.py --git REV [NEW] [--allow-breaking] [--output FILE]

With ``--git REV`` the old document is NEW as committed at REV (NEW defaults to the
working tree's ``openapi.yaml`` at the top of the git repository). The markdown report goes
to stdout (and to ``--output``). Exit status: 0 without breaking changes (or with
``--allow-breaking``), 1 with breaking changes, 2 when a document cannot be read.

Compared: operations, their parameters, request bodies and responses, and every component
schema, following ``$ref`` (also through anyOf/oneOf/allOf/items/additionalProperties; each
schema pair is compared once per side, which also makes recursive schemas safe). Not
compared: descriptions, examples, servers, security.

Every change is judged from the SDK user's side of the wire:

* request side (what users send: parameters and request bodies) -- a new required property
  or parameter, a removed property, a narrowed type, enum, const or constraint, or a property
  or value that no longer accepts null is **breaking**; a new optional property, a widened
  type, enum or constraint is non-breaking;
* response side (what users read: responses, and component schemas that no operation
  references, such as the stream frames) -- a removed or retyped property, a property that
  becomes optional or nullable, a new union member is **breaking**; a new property, a
  narrowed type or constraint is non-breaking.
* A new enum value (or a dropped enum) in a response is a **warning** when the enum is
  reached through anyOf/oneOf (the generated parser passes unknown values through, so
  existing code keeps working but may not expect the value) and **breaking** otherwise
  (the generated ``check_*`` function raises on a value it does not know). Widened response
  constraints are warnings too: the SDK does not validate them, but readers may rely on them.
* A changed ``format`` or ``const`` is breaking on both sides (the generated Python type, or
  the union member chosen, changes), as is a removed or renamed component schema (its
  generated model or type disappears) and a changed ``operationId`` (the generated function's
  module is named after it).
"""

from __future__ import annotations

import argparse
import enum
import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
OTHER_CONSTRAINTS = ("pattern", "multipleOf", "uniqueItems")
MAX_DEPTH = 200
MAX_REF_HOPS = 64
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})  # formats with their own Python type
EMPTY: Mapping[str, Any] = {}
NOTHING: Mapping[str, Any] = {"not": {}}  # the boolean schema `false`


class SpecError(Exception):
    """A document cannot be read or followed (bad YAML, unresolvable ``$ref``, git failure)."""


class Severity(enum.IntEnum):
    """How a change affects SDK users; the order is the report's order."""

    BREAKING = 0
    WARNING = 1
    NON_BREAKING = 2

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")


class Side(enum.Enum):
    """Which way the data flows: users send requests and read responses."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class Change:
    """One reported change."""

    severity: Severity
    where: str
    what: str


@dataclass(frozen=True, slots=True)
class Ctx:
    """Where the comparison is: the side, a label for the schema's root, and the path below it."""

    side: Side
    where: str
    path: str = ""
    in_union: bool = False
    depth: int = 0

    def at(self, segment: str) -> Ctx:
        """The context one level down (a property name, ``[]``, ``{*}`` or ``<member>``)."""
        if not self.path or segment[:1] in "[<{":
            joined = f"{self.path}{segment}"
        else:
            joined = f"{self.path}.{segment}"
        return replace(self, path=joined, in_union=False, depth=self.depth + 1)

    @property
    def location(self) -> str:
        return f"{self.where}: `{self.path}`" if self.path else self.where


def narrowing(side: Side) -> Severity:
    """A narrowed type, enum or constraint: users' requests may be rejected; readers are safe."""
    return Severity.BREAKING if side is Side.REQUEST else Severity.NON_BREAKING


def widening(side: Side, response: Severity = Severity.BREAKING) -> Severity:
    """A widened type, enum or constraint: requests are safe; readers may meet new values."""
    return Severity.NON_BREAKING if side is Side.REQUEST else response


def canonical(value: Any) -> str:
    """A stable text form of a JSON value, for set comparisons and messages."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def values_text(values: Sequence[Any], limit: int = 8) -> str:
    """Values as inline code, the first ``limit`` of them when there are more."""
    text = ", ".join(f"`{canonical(v)}`" for v in values[:limit])
    return f"{text} and {len(values) - limit} more" if len(values) > limit else text


def allowed_values(schema: Mapping[str, Any]) -> list[Any] | None:
    """The values an ``enum`` or ``const`` allows; None when the schema has neither."""
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# ------------------------------------------------------------------------------ documents


@dataclass(frozen=True)
class Spec:
    """One parsed OpenAPI document and its label in the report."""

    doc: Mapping[str, Any]
    label: str

    def pointer(self, ref: str) -> Any:
        """The value at a local JSON pointer such as ``#/components/schemas/X``."""
        if not ref.startswith("#"):
            raise SpecError(f"{self.label}: only local $refs are supported, not {ref!r}")
        node: Any = self.doc
        for raw in ref[1:].split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"{self.label}: $ref {ref!r} does not resolve")
        return node

    def resolve(self, node: Any) -> tuple[Mapping[str, Any], str | None]:
        """The schema ``node`` stands for, and the last ``$ref`` followed to it (None: no ref)."""
        schema, refs = self.resolve_chain(node)
        return schema, refs[-1] if refs else None

    def resolve_chain(self, node: Any) -> tuple[Mapping[str, Any], tuple[str, ...]]:
        """Follow a chain of ``$ref`` (sibling keywords win over the target's); every ref followed."""
        refs: list[str] = []
        overlay: dict[str, Any] = {}
        for _ in range(MAX_REF_HOPS):
            if node is False:
                return NOTHING, tuple(refs)
            if not isinstance(node, Mapping):
                return EMPTY, tuple(refs)
            ref = node.get("$ref")
            if not isinstance(ref, str):
                return ({**node, **overlay} if overlay else node), tuple(refs)
            overlay = {**{k: v for k, v in node.items() if k != "$ref"}, **overlay}
            refs.append(ref)
            node = self.pointer(ref)
        raise SpecError(f"{self.label}: $ref chain through {refs[-1]!r} does not end")


def load_spec(text: str, label: str) -> Spec:
    """Parse YAML or JSON text into a :class:`Spec`."""
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{label}: not YAML or JSON: {exc}") from None
    if not isinstance(doc, Mapping):
        raise SpecError(f"{label}: not an OpenAPI document (no top-level mapping)")
    return Spec(doc, label)


def read_file(path: Path) -> Spec:
    try:
        return load_spec(path.read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None


def git(cwd: Path, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SpecError(f"git {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout


def git_toplevel(cwd: Path) -> Path:
    return Path(git(cwd, "rev-parse", "--show-toplevel").strip())


def read_git(rev: str, path: Path) -> Spec:
    """``path`` (a file in a git work tree) as committed at ``rev``."""
    if rev.startswith("-"):
        raise SpecError(f"{rev!r} is not a git revision")
    top = git_toplevel(path.resolve().parent)
    try:
        rel = path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise SpecError(f"{path} is not inside the git repository at {top}") from None
    short = rev[:12] if len(rev) == 40 and all(c in "0123456789abcdef" for c in rev) else rev
    return load_spec(git(top, "show", f"{rev}:{rel}"), f"{rel}@{short}")


# ------------------------------------------------------------------------------ schema shape


@dataclass(frozen=True, slots=True)
class Node:
    """A schema reduced to what is compared: refs followed, allOf merged, null split off."""

    raw: Any
    schema: Mapping[str, Any]
    key: str
    names: frozenset[str]
    """The component schemas passed through on the way."""
    nullable: bool
    branches: tuple[Any, ...]
    via_union: bool


def merge_all_of(spec: Spec, schema: Mapping[str, Any], seen: frozenset[str]) -> Mapping[str, Any]:
    """One schema with the members of ``allOf`` merged in (properties and required united)."""
    members = schema.get("allOf")
    if not isinstance(members, list):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for member in members:
        resolved, ref = spec.resolve(member)
        if ref is not None and ref in seen:
            continue
        flat = merge_all_of(spec, resolved, seen | {ref} if ref else seen)
        properties.update(flat.get("properties") or {})
        required += [r for r in flat.get("required") or [] if r not in required]
        for key, value in flat.items():
            merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def is_null(spec: Spec, branch: Any) -> bool:
    schema, _ = spec.resolve(branch)
    kind = schema.get("type")
    return kind in ("null", ["null"]) or ("const" in schema and schema["const"] is None)


def split_null_type(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], bool]:
    """``type: [X, "null"]``, ``enum: [..., null]`` and OpenAPI 3.0 ``nullable: true`` as
    (the schema without null, True)."""
    nullable = schema.get("nullable") is True
    out = dict(schema)
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        out["type"], nullable = (rest[0] if len(rest) == 1 else rest), True
    values = schema.get("enum")
    if isinstance(values, list) and None in values:
        out["enum"], nullable = [v for v in values if v is not None], True
    return (out, True) if nullable else (schema, False)


def normalize(spec: Spec, raw: Any) -> Node:
    """Reduce ``raw`` to a :class:`Node`; ``anyOf: [X, {type: null}]`` becomes a nullable X."""
    nullable = via_union = False
    key: str | None = None
    names: set[str] = set()
    for _ in range(MAX_REF_HOPS):
        resolved, refs = spec.resolve_chain(raw)
        names.update(r.removeprefix(SCHEMA_PREFIX) for r in refs if r.startswith(SCHEMA_PREFIX))
        if refs:
            key = refs[-1]
        elif key is None:
            key = f"id:{id(resolved)}"
        schema, null_type = split_null_type(merge_all_of(spec, resolved, frozenset(refs[-1:])))
        nullable = nullable or null_type
        union = schema.get("anyOf", schema.get("oneOf"))
        if not isinstance(union, list):
            return Node(raw, schema, key, frozenset(names), nullable, (), via_union)
        rest = [b for b in union if not is_null(spec, b)]
        nullable = nullable or len(rest) < len(union)
        if len(rest) != 1:
            return Node(raw, schema, key, frozenset(names), nullable, tuple(rest), via_union)
        raw, via_union = rest[0], True
    raise SpecError(f"{spec.label}: anyOf/oneOf nesting through {key!r} does not end")


def types_of(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema allows (empty: any), inferred from properties/items when absent."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind} - {"null"}
    if isinstance(kind, list):
        return {str(k) for k in kind} - {"null"}
    if "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if "items" in schema:
        return {"array"}
    return set()


def covers(types: set[str], kind: str) -> bool:
    return not types or kind in types or (kind == "integer" and "number" in types)


def branch_label(spec: Spec, raw: Any, index: int) -> str:
    """How a union member is named and matched: its component name, const, or type."""
    schema, ref = spec.resolve(raw)
    if ref is not None:
        return ref.rsplit("/", 1)[-1]
    if "const" in schema:
        return f"const {canonical(schema['const'])}"
    kinds = sorted(types_of(schema))
    return "|".join(kinds) if kinds else f"member {index}"


def labelled(spec: Spec, branches: Sequence[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for index, raw in enumerate(branches):
        label = branch_label(spec, raw, index)
        out[label if label not in out else f"{label} #{index}"] = raw
    return out


# ------------------------------------------------------------------------------ the differ


@dataclass
class Differ:
    """Compares two documents; ``run()`` returns every change found."""

    old: Spec
    new: Spec
    changes: list[Change] = field(default_factory=list)
    seen: dict[tuple[str, str, Side, bool], tuple[Node, Node]] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)

    def add(self, severity: Severity, where: str | Ctx, what: str) -> None:
        self.changes.append(Change(severity, where.location if isinstance(where, Ctx) else where, what))

    def run(self) -> list[Change]:
        self.compare_info()
        self.compare_operations()
        self.compare_components()
        return self.changes

    # -------------------------------------------------------------------- schemas

    def compare(self, old_raw: Any, new_raw: Any, ctx: Ctx) -> None:
        """Compare two schemas (refs followed) at ``ctx``; each pair once per side."""
        if ctx.depth > MAX_DEPTH:
            raise SpecError(f"schemas nest deeper than {MAX_DEPTH} levels at {ctx.location}")
        old, new = normalize(self.old, old_raw), normalize(self.new, new_raw)
        self.reached.update(old.names | new.names)
        self.compare_nullable(old, new, ctx)
        in_union = ctx.in_union or old.via_union  # how an SDK generated from OLD parses it
        # The union flag only changes how enum values are judged: other schemas are compared once.
        has_values = any(allowed_values(n.schema) is not None for n in (old, new))
        key = (old.key, new.key, ctx.side, in_union and has_values)
        if key in self.seen:
            return
        self.seen[key] = (old, new)  # also keeps the objects alive, so that id() keys stay unique
        ctx = replace(ctx, in_union=in_union)
        if old.branches or new.branches:
            self.compare_unions(old, new, ctx)
            return
        a, b = old.schema, new.schema
        self.compare_types(a, b, ctx)
        self.compare_values(a, b, ctx)
        self.compare_constraints(a, b, ctx)
        self.compare_flag("deprecated", a, b, ctx)
        kinds = types_of(a), types_of(b)  # below a retyped schema only what both allow is compared
        if all(covers(k, "object") for k in kinds):
            self.compare_properties(a, b, ctx)
            self.compare_additional(a, b, ctx)
        if all(covers(k, "array") for k in kinds) and ("items" in a or "items" in b):
            self.compare(a.get("items", EMPTY), b.get("items", EMPTY), ctx.at("[]"))

    def compare_nullable(self, old: Node, new: Node, ctx: Ctx) -> None:
        if old.nullable == new.nullable:
            return
        if new.nullable:
            if ctx.side is Side.REQUEST:
                self.add(Severity.NON_BREAKING, ctx, "now also accepts null")
            else:
                self.add(Severity.BREAKING, ctx, "may now be null (readers must handle `None`)")
        elif ctx.side is Side.REQUEST:
            self.add(Severity.BREAKING, ctx, "no longer accepts null")
        else:
            self.add(Severity.NON_BREAKING, ctx, "is no longer null")

    def compare_unions(self, old: Node, new: Node, ctx: Ctx) -> None:
        """Match anyOf/oneOf members by component name, const or type, then compare each pair."""
        a = labelled(self.old, old.branches or (old.raw,))
        b = labelled(self.new, new.branches or (new.raw,))
        for label, raw in a.items():
            if label in b:
                self.compare(raw, b[label], replace(ctx.at(f"<{label}>"), in_union=True))
            elif ctx.side is Side.REQUEST:
                self.add(Severity.BREAKING, ctx, f"union member `{label}` removed (no longer accepted)")
            else:
                self.add(Severity.NON_BREAKING, ctx, f"union member `{label}` removed")
        for label in [k for k in b if k not in a]:
            if ctx.side is Side.REQUEST:
                self.add(Severity.NON_BREAKING, ctx, f"new union member `{label}` (also accepted)")
            else:
                self.add(Severity.BREAKING, ctx, f"new union member `{label}` (readers may not handle it)")

    def compare_types(self, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        old, new = types_of(a), types_of(b)
        narrowed = bool(new) and any(not covers(new, t) for t in old or {"any"})
        widened = bool(old) and any(not covers(old, t) for t in new or {"any"})
        if not (narrowed or widened):
            return
        text = f"type `{'|'.join(sorted(old)) or 'any'}` → `{'|'.join(sorted(new)) or 'any'}`"
        if narrowed and widened:
            self.add(Severity.BREAKING, ctx, f"{text} (retyped)")
        elif narrowed:
            self.add(narrowing(ctx.side), ctx, f"{text} (narrowed)")
        else:
            self.add(widening(ctx.side), ctx, f"{text} (widened)")

    def enum_widening(self, ctx: Ctx) -> Severity:
        """New values in a response: parsed leniently inside a union, rejected otherwise."""
        return widening(ctx.side, Severity.WARNING if ctx.in_union else Severity.BREAKING)

    def compare_values(self, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        """``enum`` and ``const`` (a const is a one-value enum, except const to const)."""
        if "const" in a and "const" in b:
            old_const, new_const = canonical(a["const"]), canonical(b["const"])
            if old_const != new_const:
                self.add(Severity.BREAKING, ctx, f"const `{old_const}` → `{new_const}`")
            return
        old, new = allowed_values(a), allowed_values(b)
        if old is None and new is None:
            return
        if old is None:
            self.add(narrowing(ctx.side), ctx, f"now restricted to {values_text(new or [])}")
            return
        if new is None:
            self.add(self.enum_widening(ctx), ctx, f"no longer restricted to {values_text(old)}")
            return
        new_keys, old_keys = {canonical(v) for v in new}, {canonical(v) for v in old}
        removed = [v for v in old if canonical(v) not in new_keys]
        added = [v for v in new if canonical(v) not in old_keys]
        if removed:
            self.add(narrowing(ctx.side), ctx, f"enum values removed: {values_text(removed)}")
        if added:
            note = "" if ctx.side is Side.REQUEST else self.enum_note(ctx)
            self.add(self.enum_widening(ctx), ctx, f"enum values added: {values_text(added)}{note}")

    @staticmethod
    def enum_note(ctx: Ctx) -> str:
        if ctx.in_union:
            return " (inside a union: existing SDKs pass the value through, but code may not expect it)"
        return " (existing SDKs raise on a value they do not know)"

    def compare_constraints(self, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        old_format, new_format = a.get("format"), b.get("format")
        if old_format != new_format and TYPED_FORMATS.intersection((old_format, new_format)):
            text = f"format `{old_format or 'none'}` → `{new_format or 'none'}`"
            self.add(Severity.BREAKING, ctx, f"{text} (the generated Python type changes)")
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS, *OTHER_CONSTRAINTS, "format"):
            old, new = a.get(keyword), b.get(keyword)
            if keyword == "format" and TYPED_FORMATS.intersection((old, new)):
                continue
            if old == new or (keyword == "uniqueItems" and bool(old) == bool(new)):
                continue
            text = f"`{keyword}` {canonical(old) if old is not None else 'none'} → "
            text += canonical(new) if new is not None else "none"
            if constraint_narrowed(keyword, old, new):
                self.add(narrowing(ctx.side), ctx, f"{text} (narrowed)")
            else:
                self.add(widening(ctx.side, Severity.WARNING), ctx, f"{text} (widened)")

    def compare_flag(self, keyword: str, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        if bool(a.get(keyword)) != bool(b.get(keyword)):
            self.add(
                Severity.NON_BREAKING, ctx, f"now {keyword}" if b.get(keyword) else f"no longer {keyword}"
            )

    def compare_properties(self, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        old: Mapping[str, Any] = a.get("properties") or EMPTY
        new: Mapping[str, Any] = b.get("properties") or EMPTY
        old_req, new_req = set(a.get("required") or ()), set(b.get("required") or ())
        request = ctx.side is Side.REQUEST
        for name, schema in old.items():
            here = ctx.at(name)
            if name not in new:
                what = "no longer a keyword of the SDK" if request else "its attribute disappears"
                self.add(Severity.BREAKING, here, f"property removed ({what})")
                continue
            if name in new_req and name not in old_req:
                self.add(Severity.BREAKING if request else Severity.NON_BREAKING, here, "now required")
            elif name in old_req and name not in new_req:
                what = "now optional" if request else "now optional (may be absent: `UNSET`)"
                self.add(Severity.NON_BREAKING if request else Severity.BREAKING, here, what)
            self.compare(schema, new[name], here)
        for name in new:
            if name in old:
                continue
            required = name in new_req
            kind = "required" if required else "optional"
            severity = Severity.BREAKING if request and required else Severity.NON_BREAKING
            self.add(severity, ctx.at(name), f"new {kind} property")

    def compare_additional(self, a: Mapping[str, Any], b: Mapping[str, Any], ctx: Ctx) -> None:
        old, new = a.get("additionalProperties", True), b.get("additionalProperties", True)
        if (old is False) != (new is False):
            if new is False and ctx.side is Side.REQUEST:
                self.add(Severity.BREAKING, ctx, "no longer accepts unknown properties")
            elif new is False:
                self.add(Severity.BREAKING, ctx, "unknown keys are no longer kept (`additional_properties`)")
            else:
                self.add(Severity.NON_BREAKING, ctx, "now allows unknown properties")
            return
        if isinstance(old, Mapping) or isinstance(new, Mapping):
            self.compare(old if isinstance(old, Mapping) else EMPTY, new, ctx.at("{*}"))

    # -------------------------------------------------------------------- operations

    def compare_info(self) -> None:
        old, new = self.old.doc.get("info") or EMPTY, self.new.doc.get("info") or EMPTY
        if old.get("version") != new.get("version"):
            self.add(
                Severity.NON_BREAKING, "`info.version`", f"`{old.get('version')}` → `{new.get('version')}`"
            )

    def compare_operations(self) -> None:
        old, new = operations(self.old), operations(self.new)
        for label, (op, params) in old.items():
            if label not in new:
                self.add(Severity.BREAKING, f"`{label}`", "operation removed")
            else:
                self.compare_operation(label, (op, params), new[label])
        for label in [k for k in new if k not in old]:
            self.add(Severity.NON_BREAKING, f"`{label}`", "new operation")

    def compare_operation(self, label: str, old: Operation, new: Operation) -> None:
        (a, a_params), (b, b_params) = old, new
        where = f"`{label}`"
        if a.get("operationId") != b.get("operationId"):
            text = f"operationId `{a.get('operationId')}` → `{b.get('operationId')}`"
            self.add(Severity.BREAKING, where, f"{text} (the generated function moves)")
        self.compare_flag("deprecated", a, b, Ctx(Side.REQUEST, where))
        self.compare_parameters(
            label, self.parameters(self.old, a_params, a), self.parameters(self.new, b_params, b)
        )
        self.compare_body(label, a.get("requestBody"), b.get("requestBody"))
        self.compare_responses(label, a.get("responses") or EMPTY, b.get("responses") or EMPTY)

    @staticmethod
    def parameters(spec: Spec, shared: Sequence[Any], op: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        """Path-level and operation-level parameters by ``in:name`` (the operation's win)."""
        out: dict[str, Mapping[str, Any]] = {}
        for raw in [*shared, *(op.get("parameters") or [])]:
            param, _ = spec.resolve(raw)
            out[f"{param.get('in')}:{param.get('name')}"] = param
        return out

    def compare_parameters(
        self, label: str, old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]
    ) -> None:
        for key, param in old.items():
            where = f"`{label}` {key.replace(':', ' parameter `', 1)}`"
            if key not in new:
                self.add(Severity.BREAKING, where, "parameter removed")
                continue
            other = new[key]
            if other.get("required") and not param.get("required"):
                self.add(Severity.BREAKING, where, "now required")
            elif param.get("required") and not other.get("required"):
                self.add(Severity.NON_BREAKING, where, "now optional")
            self.compare(param.get("schema", EMPTY), other.get("schema", EMPTY), Ctx(Side.REQUEST, where))
        for key in [k for k in new if k not in old]:
            where = f"`{label}` {key.replace(':', ' parameter `', 1)}`"
            required = bool(new[key].get("required"))
            severity = Severity.BREAKING if required else Severity.NON_BREAKING
            self.add(severity, where, f"new {'required' if required else 'optional'} parameter")

    def compare_body(self, label: str, old_raw: Any, new_raw: Any) -> None:
        where = f"`{label}` request body"
        if old_raw is None and new_raw is None:
            return
        if new_raw is None:
            self.add(Severity.BREAKING, where, "request body removed")
            return
        new, _ = self.new.resolve(new_raw)
        if old_raw is None:
            required = bool(new.get("required"))
            severity = Severity.BREAKING if required else Severity.NON_BREAKING
            self.add(severity, where, f"new {'required' if required else 'optional'} request body")
            return
        old, _ = self.old.resolve(old_raw)
        if new.get("required") and not old.get("required"):
            self.add(Severity.BREAKING, where, "request body now required")
        self.compare_content(where, old.get("content") or EMPTY, new.get("content") or EMPTY, Side.REQUEST)

    def compare_content(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], side: Side) -> None:
        for media, value in old.items():
            here = f"{where} ({media})"
            if media not in new:
                self.add(Severity.BREAKING, here, "media type removed")
            else:
                self.compare(value.get("schema", EMPTY), new[media].get("schema", EMPTY), Ctx(side, here))
        for media in [k for k in new if k not in old]:
            self.add(Severity.NON_BREAKING, f"{where} ({media})", "new media type")

    def compare_responses(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for status, raw in old.items():
            where = f"`{label}` response {status}"
            success = str(status).startswith("2")
            if status not in new:
                self.add(Severity.BREAKING if success else Severity.NON_BREAKING, where, "response removed")
                continue
            a, _ = self.old.resolve(raw)
            b, _ = self.new.resolve(new[status])
            self.compare_headers(where, a.get("headers") or EMPTY, b.get("headers") or EMPTY)
            self.compare_content(where, a.get("content") or EMPTY, b.get("content") or EMPTY, Side.RESPONSE)
        for status in [k for k in new if k not in old]:
            success = str(status).startswith("2")
            severity = Severity.WARNING if success else Severity.NON_BREAKING
            self.add(severity, f"`{label}` response {status}", "new response")

    def compare_headers(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        lower_new = {str(k).lower() for k in new}
        lower_old = {str(k).lower() for k in old}
        for name in old:
            if str(name).lower() not in lower_new:
                self.add(Severity.BREAKING, f"{where} header `{name}`", "response header removed")
        for name in new:
            if str(name).lower() not in lower_old:
                self.add(Severity.NON_BREAKING, f"{where} header `{name}`", "new response header")

    # -------------------------------------------------------------------- components

    def compare_components(self) -> None:
        """Removed and added component schemas; those no operation reached are read as responses."""
        old, new = schemas(self.old), schemas(self.new)
        for name in old:
            where = f"schema `{name}`"
            if name not in new:
                self.add(Severity.BREAKING, where, "component schema removed (its generated model is gone)")
            elif name not in self.reached:
                ref = {"$ref": f"{SCHEMA_PREFIX}{name}"}
                self.compare(
                    ref, ref, Ctx(Side.RESPONSE, f"{where} (no operation uses it: read as a response)")
                )
        for name in new:
            if name not in old:
                self.add(Severity.NON_BREAKING, f"schema `{name}`", "new component schema")


Operation = tuple[Mapping[str, Any], Sequence[Any]]


def operations(spec: Spec) -> dict[str, Operation]:
    """Every operation as ``"POST /path"`` → (operation, path-level parameters)."""
    out: dict[str, Operation] = {}
    for path, raw in (spec.doc.get("paths") or EMPTY).items():
        item, _ = spec.resolve(raw)
        shared = item.get("parameters") or []
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                out[f"{method.upper()} {path}"] = (op, shared)
    return out


def schemas(spec: Spec) -> Mapping[str, Any]:
    components = spec.doc.get("components") or EMPTY
    found = components.get("schemas") if isinstance(components, Mapping) else None
    return found if isinstance(found, Mapping) else EMPTY


def constraint_narrowed(keyword: str, old: Any, new: Any) -> bool:
    """Whether a change of a constraint keyword accepts fewer values than before."""
    if keyword == "uniqueItems":
        return bool(new)
    if new is None:
        return False
    if old is None or not (is_number(old) and is_number(new)):
        return True
    if keyword in LOWER_BOUNDS:
        return bool(new > old)
    if keyword in UPPER_BOUNDS:
        return bool(new < old)
    return True


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking first (in the order found within a kind)."""
    return sorted(Differ(old, new).run(), key=lambda c: c.severity)


# ------------------------------------------------------------------------------ report


SECTIONS = {
    Severity.BREAKING: "Breaking changes",
    Severity.WARNING: "Warnings",
    Severity.NON_BREAKING: "Non-breaking changes",
}


def count(changes: Sequence[Change], severity: Severity) -> int:
    return sum(1 for c in changes if c.severity is severity)


def summary(changes: Sequence[Change]) -> str:
    counts = ", ".join(f"{count(changes, s)} {s.label}{'s' * (s is Severity.WARNING)}" for s in Severity)
    if not changes:
        return "**Result: no changes** to operations, parameters or schemas."
    if count(changes, Severity.BREAKING):
        return f"**Result: BREAKING** ({counts})"
    return f"**Result: no breaking changes** ({counts})"


def render(old: Spec, new: Spec, changes: Sequence[Change]) -> str:
    """The markdown report."""
    lines = [f"## API changes: `{old.label}` → `{new.label}`", "", summary(changes), ""]
    for severity, title in SECTIONS.items():
        group = [c for c in changes if c.severity is severity]
        if not group:
            continue
        lines += [f"### {title} ({len(group)})", ""]
        mark = f"**{severity.label}**" if severity is Severity.BREAKING else severity.label
        lines += [f"- {mark} · {c.where} — {c.what}" for c in group]
        lines.append("")
    lines += [
        "<sub>Request side: new required or removed properties and narrowed types, enums or constraints "
        "break callers. Response side: removed, retyped, newly optional or nullable properties and new "
        "union members break readers; new enum values are warnings inside a union, breaking otherwise. "
        "Descriptions and examples are not compared.</sub>",
        "",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------------------ CLI


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="spec_diff.py", description=(__doc__ or "").splitlines()[0], allow_abbrev=False
    )
    parser.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="OLD NEW (with --git: NEW only)")
    parser.add_argument("--git", metavar="REV", help="compare NEW as committed at REV with NEW")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even with breaking changes")
    parser.add_argument("--output", type=Path, metavar="FILE", help="also write the markdown report here")
    args = parser.parse_args(argv)
    if args.git is None and len(args.specs) != 2:
        parser.error("give OLD and NEW, or --git REV [NEW]")
    if args.git is not None and len(args.specs) > 1:
        parser.error("with --git REV give at most NEW")
    return args


def load_pair(args: argparse.Namespace) -> tuple[Spec, Spec]:
    if args.git is None:
        old_path, new_path = args.specs
        return read_file(old_path), read_file(new_path)
    new_path = args.specs[0] if args.specs else git_toplevel(Path.cwd()) / "openapi.yaml"
    return read_git(args.git, new_path), read_file(new_path)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        old, new = load_pair(args)
        changes = diff(old, new)
    except SpecError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    report = render(old, new, changes)
    sys.stdout.write(report)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
    breaking = count(changes, Severity.BREAKING)
    if breaking and not args.allow_breaking:
        print(f"spec-diff: {breaking} breaking change(s); pass --allow-breaking to accept.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
