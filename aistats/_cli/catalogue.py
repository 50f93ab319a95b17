"""``aistats models`` (the catalogue as a table or JSON) and ``aistats generation ID`` (one
request's stored record), for the ``aistats`` command."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from .._client import AIStats

__all__ = ["add_commands", "run_generation", "run_models"]

COLUMNS = ("id", "name", "context", "$/M in", "$/M out")


def add_commands(commands: Any, connection_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``models`` and ``generation`` on the ``aistats`` sub-command parser."""
    models = commands.add_parser("models", help="list the gateway's models (id, name, context, prices)")
    models.add_argument("--search", help="only models whose id or name contains this text")
    models.add_argument("--json", action="store_true", help="print the models as JSON")
    connection_options(models)
    generation = commands.add_parser("generation", help="print the stored record of one request")
    generation.add_argument("id", help="the request's gateway id (G-...)")
    connection_options(generation)


def _price(entry: dict[str, Any], meter: str) -> str:
    meters = (entry.get("pricing") or {}).get("meters") or {}
    found = meters.get(meter) or {}
    price, size = found.get("price_per_unit"), found.get("unit_size")
    if price is None:
        return "-"
    per_million = float(price) * 1_000_000 / float(size or 1_000_000)
    return f"{per_million:g}"


def _row(entry: dict[str, Any]) -> tuple[str, ...]:
    context = (entry.get("limits") or {}).get("input_tokens")
    return (
        str(entry.get("id", "")),
        str(entry.get("name") or ""),
        f"{context:,}" if isinstance(context, int) else "-",
        _price(entry, "input_text_tokens"),
        _price(entry, "output_text_tokens"),
    )


def run_models(args: argparse.Namespace, out: TextIO, client: AIStats) -> None:
    """Print every model (matching ``--search``) as an aligned table, or as JSON."""
    needle = (args.search or "").lower()
    entries = [m.to_dict() for m in client.models.list(limit=250)]
    if needle:
        entries = [
            e for e in entries if needle in str(e.get("id", "")).lower() + str(e.get("name", "")).lower()
        ]
    if args.json:
        json.dump(entries, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    rows = [COLUMNS, *(_row(e) for e in entries)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    for row in rows:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n"
        )


def run_generation(args: argparse.Namespace, out: TextIO, client: AIStats) -> None:
    """Print the stored record of the request ``args.id`` as JSON."""
    json.dump(client.generations.retrieve(args.id).to_dict(), out, indent=2, ensure_ascii=False)
    out.write("\n")
