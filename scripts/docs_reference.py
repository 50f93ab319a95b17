"""Write the API reference pages of the docs site from the code itself.

Run by the ``gen-files`` plugin of ``mkdocs.yml`` at every build (nothing generated is
committed): one page per public name of ``aistats.__all__`` (an ``AsyncX`` shares the page of
its ``X``) and one page per resource of the clients (``client.chat.completions``,
``client.keys``, ``client.workspaces.members``, ...), found by walking an ``AIStats`` and an
``AsyncAIStats``, with the sync and the async class side by side. A new public name or resource
gets its page without any hand edit. ``python scripts/docs_reference.py --list`` prints the pages.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE = "aistats"
ROOT = Path(__file__).resolve().parent.parent
#: The per-call options every method takes; listed once, not under each method's keywords.
CALL_OPTIONS = frozenset({"timeout", "deadline", "extra_headers", "extra_query", "extra_body"})
RESOURCE_MODULES = "aistats.resources"
REFERENCE = "reference"
#: Attributes of a resource that are not sub-resources (documented on the resource's own page).
NOT_RESOURCES = frozenset({"with_raw_response"})

# mkdocstrings options shared by every directive this script writes.
OPTIONS = """    options:
      show_root_heading: true
      show_root_full_path: false
      heading_level: 2
"""


@dataclass(frozen=True)
class ResourceDoc:
    """One resource of the clients: where it hangs and the classes behind it."""

    path: str  # "chat.completions"
    sync: str  # "aistats.resources.chat.Completions"
    async_: str | None  # "aistats.resources.chat.AsyncCompletions"
    methods: tuple[str, ...] = field(default=())

    @property
    def page(self) -> str:
        return f"{REFERENCE}/client/{self.path}.md"


def public_names() -> list[str]:
    """``aistats.__all__``, in its order."""
    module = importlib.import_module(PACKAGE)
    return list(module.__all__)


def name_page(name: str, names: list[str]) -> str:
    """The page documenting ``aistats.<name>``: an ``AsyncX`` lives on the page of its ``X``."""
    if name.startswith("Async") and name[len("Async") :] in names:
        name = name[len("Async") :]
    return f"{REFERENCE}/api/{name.strip('_') or name}.md"


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_resource(value: object) -> bool:
    return type(value).__module__.startswith(RESOURCE_MODULES + ".")


def _public_methods(cls: type) -> tuple[str, ...]:
    names = []
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or name in NOT_RESOURCES:
            continue
        if inspect.isfunction(member) and member.__module__.startswith(RESOURCE_MODULES):
            names.append(name)
    return tuple(sorted(names))


def _walk(obj: object, prefix: str) -> Iterator[tuple[str, object]]:
    for name in sorted(dir(obj)):
        if name.startswith("_") or name in NOT_RESOURCES:
            continue
        if isinstance(inspect.getattr_static(type(obj), name, None), staticmethod | classmethod):
            continue
        value = getattr(obj, name, None)
        if _is_resource(value):
            path = f"{prefix}{name}"
            yield path, value
            yield from _walk(value, path + ".")


def resources() -> list[ResourceDoc]:
    """Every resource reachable from ``AIStats`` (and its ``AsyncAIStats`` twin), sorted by path."""
    aistats: Any = importlib.import_module(PACKAGE)
    options = {"api_key": "docs", "management_key": "docs", "base_url": "http://127.0.0.1:9/v1"}
    with aistats.AIStats(**options) as sync_client:
        sync = {path: type(value) for path, value in _walk(sync_client, "")}
    async_client = aistats.AsyncAIStats(**options)
    asyncs = {path: type(value) for path, value in _walk(async_client, "")}
    found = []
    for path, cls in sorted(sync.items()):
        twin = asyncs.get(path)
        found.append(
            ResourceDoc(path, _qualified(cls), _qualified(twin) if twin else None, _public_methods(cls))
        )
    return found


def _directive(target: str) -> str:
    return f"::: {target}\n{OPTIONS}"


def _name_page(name: str, names: list[str]) -> str:
    twin = f"Async{name}"
    if twin not in names:
        return f"# `aistats.{name}`\n\n{_directive(f'{PACKAGE}.{name}')}"
    return (
        f"# `aistats.{name}` and `aistats.{twin}`\n\n"
        f"The same surface, sync and async: every method of `{twin}` is awaited"
        " (an iterator is an async iterator).\n\n"
        f'=== "{name}"\n\n{_indent(_directive(f"{PACKAGE}.{name}"))}\n'
        f'=== "{twin}"\n\n{_indent(_directive(f"{PACKAGE}.{twin}"))}'
    )


def _indent(text: str) -> str:
    return "".join(f"    {line}" if line.strip() else line for line in text.splitlines(keepends=True))


def _resource_page(doc: ResourceDoc) -> str:
    sync_name = doc.sync.rsplit(".", 1)[1]
    lines = [f"# `client.{doc.path}`\n"]
    if doc.methods:
        lines += [
            "| method | `AIStats` | `AsyncAIStats` |",
            "|---|---|---|",
        ]
        for method in doc.methods:
            sync_cell = f"[`client.{doc.path}.{method}(...)`](#{doc.sync}.{method})"
            async_cell = (
                f"[`await client.{doc.path}.{method}(...)`](#{doc.async_}.{method})" if doc.async_ else "—"
            )
            lines.append(f"| `{method}` | {sync_cell} | {async_cell} |")
        lines.append("")
    lines += _keyword_sections(doc)
    if doc.async_:
        async_name = doc.async_.rsplit(".", 1)[1]
        lines += [
            f'=== "{sync_name} (sync)"\n',
            _indent(_directive(doc.sync)),
            f'=== "{async_name} (async)"\n',
            _indent(_directive(doc.async_)),
        ]
    else:
        lines.append(_directive(doc.sync))
    return "\n".join(lines)


@functools.cache
def _griffe_package() -> Any:
    """The package as griffe reads it, with the generated models (for the keywords' TypedDicts)."""
    import griffe  # noqa: PLC0415  (a dev dependency, only while building the docs)

    return griffe.load(
        PACKAGE,
        search_paths=[str(ROOT), str(ROOT / "generated")],
        try_relative_path=False,
        resolve_aliases=True,
        resolve_external=True,
    )


def keywords(method_path: str) -> list[tuple[str, str, str]]:
    """The keywords a method takes through ``**params: Unpack[SomeTypedDict]``: (name, type,
    first line of its docstring), from the TypedDict and its bases."""
    collection = _griffe_package().modules_collection
    method = collection.get_member(method_path)
    variadic = [p for p in method.parameters if p.kind.value == "variadic keyword"]
    annotation = variadic[0].annotation if variadic else None
    target = getattr(getattr(annotation, "slice", None), "canonical_path", None)
    if not str(annotation).startswith("Unpack[") or target is None:
        return []
    typed_dict = collection.get_member(target)
    typed_dict = typed_dict.final_target if typed_dict.is_alias else typed_dict
    found = []
    for name, member in typed_dict.all_members.items():
        if member.is_attribute and not name.startswith("_"):
            text = member.docstring.value.strip().splitlines()[0] if member.docstring else ""
            found.append((name, str(member.annotation), text))
    return found


def _keyword_sections(doc: ResourceDoc) -> list[str]:
    lines = []
    for method in doc.methods:
        found = [entry for entry in keywords(f"{doc.sync}.{method}") if entry[0] not in CALL_OPTIONS]
        if not found:
            continue
        lines += [
            f"## Keywords of `{method}()`\n",
            "The same for the sync and the async method, besides the per-call options (`timeout`,"
            " `deadline`, `extra_headers`, `extra_query`, and `extra_body` where a JSON body is sent);"
            " any other keyword raises `TypeError` before anything is sent.\n",
        ]
        lines += [f"- `{name}`: `{kind}`" + (f" — {text}" if text else "") for name, kind, text in found]
        lines.append("")
    return lines


def pages() -> dict[str, str]:
    """Every reference page (path under docs/ -> Markdown), plus the section's ``SUMMARY.md``."""
    names = public_names()
    out: dict[str, str] = {}
    for name in names:
        page = name_page(name, names)
        if page not in out:
            out[page] = _name_page(name_page_owner(page, names), names)
    docs = resources()
    for doc in docs:
        out[doc.page] = _resource_page(doc)
    out[f"{REFERENCE}/index.md"] = _index(names, docs)
    out[f"{REFERENCE}/SUMMARY.md"] = _summary(names, docs)
    return out


def name_page_owner(page: str, names: list[str]) -> str:
    """The name whose page ``page`` is (the sync one of a pair)."""
    return next(name for name in names if name_page(name, names) == page and not _is_async_twin(name, names))


def _is_async_twin(name: str, names: list[str]) -> bool:
    return name.startswith("Async") and name[len("Async") :] in names


def _rel(page: str) -> str:
    return page[len(REFERENCE) + 1 :]


def _index(names: list[str], docs: list[ResourceDoc]) -> str:
    lines = [
        "# API reference\n",
        "Generated from the docstrings at every build: each public name of `aistats`, and each",
        "resource of the clients with its sync (`AIStats`) and async (`AsyncAIStats`) class side by side.\n",
        "## Resources\n",
        "| resource | methods |",
        "|---|---|",
    ]
    for doc in docs:
        methods = ", ".join(f"`{m}`" for m in doc.methods) or "(sub-resources only)"
        lines.append(f"| [`client.{doc.path}`]({_rel(doc.page)}) | {methods} |")
    lines += ["", "## Public names of `aistats`\n"]
    for group, members in _grouped(names).items():
        links = ", ".join(f"[`{_title(name, names)}`]({_rel(name_page(name, names))})" for name in members)
        lines.append(f"- **{group}**: {links}")
    return "\n".join(lines) + "\n"


def group_of(name: str) -> str:
    """The section of the reference a public name is listed under."""
    value = getattr(importlib.import_module(PACKAGE), name, None)
    if (isinstance(value, type) and issubclass(value, BaseException)) or name.endswith("Error"):
        return "Errors"
    if name.endswith("Stream") or name == "RawResponse":
        return "Streams and raw responses"
    if name.endswith("Event") or name in {"Hooks", "Telemetry"}:
        return "Hooks and telemetry"
    if name.startswith("Parsed"):
        return "Structured output"
    return "Clients and settings"


GROUPS = (
    "Clients and settings",
    "Streams and raw responses",
    "Errors",
    "Structured output",
    "Hooks and telemetry",
)


def _grouped(names: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {group: [] for group in GROUPS}
    for name in names:
        if not _is_async_twin(name, names):
            groups.setdefault(group_of(name), []).append(name)
    return {group: members for group, members in groups.items() if members}


def _title(name: str, names: list[str]) -> str:
    return f"{name} / Async{name}" if f"Async{name}" in names else name


def _summary(names: list[str], docs: list[ResourceDoc]) -> str:
    lines = ["* [Overview](index.md)", "* Resources"]
    lines += [f"    * [client.{doc.path}]({_rel(doc.page)})" for doc in docs]
    for group, members in _grouped(names).items():
        lines.append(f"* {group}")
        lines += [f"    * [{_title(name, names)}]({_rel(name_page(name, names))})" for name in members]
    return "\n".join(lines) + "\n"


def _write_with_gen_files() -> None:
    import mkdocs_gen_files  # noqa: PLC0415  (only inside `mkdocs build`)

    for path, text in pages().items():
        with mkdocs_gen_files.open(path, "w") as handle:
            handle.write(text)


def documented_targets() -> list[str]:
    """Every object the reference documents (the targets of its ``:::`` directives)."""
    return sorted(
        {
            line.strip()[4:]
            for text in pages().values()
            for line in text.splitlines()
            if line.strip().startswith("::: ")
        }
    )


def missing_docstrings(root: Path = ROOT) -> list[str]:
    """Public objects of the reference (and their public members) that have no docstring, as
    griffe reads the source under ``root``."""
    import griffe  # noqa: PLC0415  (a dev dependency, only for this report)

    generated = root / "generated" if (root / "generated").is_dir() else ROOT / "generated"
    package = griffe.load(
        PACKAGE,
        search_paths=[str(root), str(generated)],
        try_relative_path=False,
        resolve_aliases=True,
        resolve_external=True,  # aliases of the generated models (FileInput) resolve too
    )
    missing: set[str] = set()
    for target in documented_targets():
        obj = package.modules_collection.get_member(target)
        if obj.is_alias:
            obj = obj.final_target
        members = [obj, *(m for m in obj.all_members.values() if obj.is_class and not m.name.startswith("_"))]
        for member in members:
            if member.is_alias:
                continue
            if not member.docstring or not member.docstring.value.strip():
                missing.add(f"{obj.path}.{member.name}" if member is not obj else obj.path)
    return sorted(missing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--list", action="store_true", help="print every page and the names it documents")
    parser.add_argument(
        "--missing", action="store_true", help="print documented objects that lack a docstring"
    )
    parser.add_argument("--strict", action="store_true", help="with --missing: exit 1 when any lacks one")
    args = parser.parse_args()
    if args.list:
        for path, text in pages().items():
            targets = [line.strip()[4:] for line in text.splitlines() if line.strip().startswith("::: ")]
            print(path, " ".join(targets))
    if args.missing:
        missing = missing_docstrings()
        if missing:
            print("\n".join(missing))
        print(f"{len(missing)} documented object(s) without a docstring", file=sys.stderr)
        return 1 if args.strict and missing else 0
    return 0


if __name__ == "<run_path>":  # mkdocs-gen-files runs this file with runpy.run_path
    _write_with_gen_files()
elif __name__ == "__main__":
    sys.exit(main())
