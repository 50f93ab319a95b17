"""``aistats keys list|create|disable|delete``: API keys from the terminal, with a management
key (``--management-key`` or ``AI_STATS_MANAGEMENT_KEY``). ``--json`` prints records as JSON.

A new key's secret is printed once, by ``create``, on its own line (``--json``: in the record's
``key``); nothing else ever prints it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from .._client import AIStats

__all__ = ["add_commands", "run_keys"]

COLUMNS = ("id", "name", "status", "limit", "prefix")


def add_commands(commands: Any, connection_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``keys`` and its sub-commands on the ``aistats`` sub-command parser."""
    keys = commands.add_parser("keys", help="list, create, disable or delete API keys (a management key)")
    actions = keys.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every key of the workspace")
    listing.add_argument("--all", action="store_true", help="also paused and disabled keys")
    create = actions.add_parser("create", help="a new key; its secret is printed once")
    create.add_argument("name", help="a name to recognise the key by")
    create.add_argument("--limit", type=float, help="spending limit in USD per window")
    create.add_argument("--limit-reset", choices=("daily", "weekly", "monthly"), help="the limit's window")
    disable = actions.add_parser("disable", help="pause a key (it stops working)")
    disable.add_argument("id", help="the key's id")
    delete = actions.add_parser("delete", help="delete a key")
    delete.add_argument("id", help="the key's id")
    for action in (listing, create, disable, delete):
        action.add_argument("--json", action="store_true", help="print JSON")
        action.add_argument("--management-key", help="management key (else AI_STATS_MANAGEMENT_KEY)")
        connection_options(action)


def _table(records: list[dict[str, Any]], out: TextIO) -> None:
    rows = [COLUMNS] + [tuple("-" if r.get(c) is None else str(r.get(c)) for c in COLUMNS) for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _print(record: dict[str, Any], args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        json.dump(record, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        _table([record], out)


def run_keys(args: argparse.Namespace, out: TextIO, client: AIStats) -> None:
    """Run ``aistats keys <action>``."""
    if args.action == "list":
        records = [k.to_dict() for k in client.keys.list(include_disabled=args.all)]
        if args.json:
            json.dump(records, out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            _table(records, out)
    elif args.action == "create":
        params: dict[str, Any] = {"name": args.name}
        if args.limit is not None:
            params["limit"] = args.limit
        if args.limit_reset is not None:
            params["limit_reset"] = args.limit_reset
        created = client.keys.create(**params)
        if args.json:
            _print(created.to_dict(), args, out)
            return
        out.write(f"Created key {created.id} ({created.name}). Its secret, shown this once:\n")
        out.write(f"{created.key}\n")
    elif args.action == "disable":
        _print(client.keys.update(args.id, disabled=True).to_dict(), args, out)
    else:
        gone = client.keys.delete(args.id)
        if args.json:
            _print({"id": gone.id, "deleted": gone.deleted}, args, out)
        else:
            out.write(f"Deleted key {gone.id}.\n")
