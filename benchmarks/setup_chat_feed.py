"""A setup for ``benchmarks/instructions.py``: the chat protocol fed one delta frame per read
(``feed(FRAME)``) or 64 frames per read (``feed(BLOCK)``)::

    .venv/bin/python benchmarks/instructions.py benchmarks/setup_chat_feed.py "feed(FRAME)" 2000
    .venv/bin/python benchmarks/instructions.py benchmarks/setup_chat_feed.py "feed(BLOCK)" 200
"""

from __future__ import annotations

import httpx

from aistats._streams.core import ChatProtocol
from aistats.testing import chunk_frame, encode_frame

response = httpx.Response(200, request=httpx.Request("POST", "http://127.0.0.1/v1/chat/completions"))
core = ChatProtocol(response)
core.feed(encode_frame(chunk_frame("Hi", role="assistant", id="gen-1", provider="openai")))
FRAME = encode_frame(chunk_frame("tok5", id="gen-1"))
BLOCK = FRAME * 64
feed = core.feed
