"""Bring your own httpx client: proxies, limits, event hooks, custom transports.

Run: python examples/custom_http_client.py
The SDK still sets the API key, the base URL, timeouts and retries on every request; the
client you pass in stays yours to close.
"""

from __future__ import annotations

import httpx

from aistats import AIStats
from aistats.testing import FakeGateway


def log_request(request: httpx.Request) -> None:
    print(f"-> {request.method} {request.url.path} ({len(request.content)} bytes)")


def main(base_url: str) -> None:
    http = httpx.Client(
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
        event_hooks={"request": [log_request]},
        # proxy="http://proxy.internal:3128",
    )
    with http, AIStats(api_key="fake-key", base_url=base_url, http_client=http, timeout=20) as client:
        completion = client.chat.completions.create(
            model="openai/gpt-5-nano", messages=[{"role": "user", "content": "ping"}]
        )
        print(completion.choices[0].message.content)


if __name__ == "__main__":
    with FakeGateway() as gateway:
        main(gateway.base_url)
