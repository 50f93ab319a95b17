"""``import aistats`` stays about as light as ``import httpx`` (issue 16, S5): what it loads is
checked by name, deterministically, so a module-level import of a model or resource fails here
on any machine. Every public name still resolves, loading its module on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import aistats

#: The aistats modules ``import aistats`` loads: the clients, their configuration (and the
#: limits and defaults of ``_constants``) and the
#: exception tree. Everything else (resources, the call loop, models, streams, hooks) loads
#: with the first call or the first use of its public name.
CORE: frozenset[str] = frozenset(
    {
        "aistats",
        "aistats._client",
        "aistats._config",
        "aistats._constants",
        "aistats._credentials",
        "aistats._error_body",
        "aistats._exceptions",
        "aistats._lazy",
        "aistats._observe",
        "aistats._observe.logs",
        "aistats._transport",
        "aistats._transport.loop_http",
        "aistats._transport.send",  # the client decides at construction whether calls skip httpx.Client.send
        "aistats._portable",
        "aistats._transport.retry",
        "aistats._version",
    }
)

PROBE = """
import json, sys
import httpx
httpx.Client().close()  # what httpx itself loads for a pool
with_httpx = set(sys.modules)
import aistats
client = aistats.AIStats(api_key="k", base_url="http://127.0.0.1:9")
constructed = set(sys.modules)
client.chat.completions
used = set(sys.modules)
print(json.dumps({
    "beyond_httpx": sorted(constructed - with_httpx),
    "first_use": sorted(used - constructed),
}))
"""


def _probe() -> dict[str, list[str]]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    loaded: dict[str, list[str]] = json.loads(out)
    return loaded


def test_import_and_construction_load_only_the_core() -> None:
    loaded = _probe()
    ours = {m for m in loaded["beyond_httpx"] if m.split(".")[0] in ("aistats", "aistats_generated")}
    assert ours == CORE, f"import aistats now also loads {sorted(ours - CORE)}"
    assert not [m for m in loaded["beyond_httpx"] if m.split(".")[0] in ("attr", "attrs", "anyio")]
    # the rest arrives with the first use of a resource, not before
    assert (
        "aistats.resources.chat" in loaded["first_use"]
        and "aistats._transport.call_loop" in loaded["first_use"]
    )
    assert "aistats_generated.models.chat_completions_response" in loaded["first_use"]
    # and what only some calls need waits for them: hooks, error models, parse() support
    for later in (
        "aistats._observe.hooks",
        "aistats_generated.models.gateway_error",
        "aistats._structured.schemas",
    ):
        assert later not in loaded["first_use"], f"{later} loads with the first chat call"


def test_every_public_name_resolves() -> None:
    for name in aistats.__all__:
        value = getattr(aistats, name)
        assert value is not None, name
    assert aistats.Stream.__module__ == "aistats._streams.chat" and aistats.Hooks.__name__ == "Hooks"
    assert issubclass(aistats.StructuredOutputError, aistats.AIStatsError)
