"""Sending a call and reading what came back: request building, the call loop, retries,
deadlines, body reads, raw responses, error mapping and pages.

Rule: every decision about whether and when to retry lives in ``retry``; every read of a body
goes through ``io`` under the call's deadline (``read_deadline``); whether a request skips
``httpx.Client.send`` for the pool's transport is decided once per client (``send``). Nothing
here imports from ``_streams``, ``_structured`` or ``resources``; observers (``_observe``) are
reached only through ``_observe.watch``.
"""
