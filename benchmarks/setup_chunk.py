"""Setup for ``benchmarks/instructions.py``: ``frame``, one real delta frame of a chat stream
(``tests/fixtures/wire/b_stream_text_openai.json``), and ``ChatCompletionChunk``.

``FRAME`` picks the frame (default 1, a content delta; 0 is the role frame, -1 the finish
frame with ``"delta": {}``)::

    .venv/bin/python benchmarks/instructions.py benchmarks/setup_chunk.py \\
        "ChatCompletionChunk.from_dict(frame)" 5000
"""

import base64
import json
import os
from pathlib import Path

import aistats
from aistats_generated.models import ChatCompletionChunk

# instructions.py runs this file through exec(): found from the checkout's aistats, not __file__
_WIRE = Path(aistats.__file__).resolve().parent.parent / "tests/fixtures/wire/b_stream_text_openai.json"
_body = base64.b64decode(json.loads(_WIRE.read_text(encoding="utf-8"))["response"]["body_b64"]).decode()
frames = [json.loads(line[6:]) for line in _body.split("\n") if line.startswith("data: {")]
frame = frames[int(os.environ.get("FRAME", "1"))]
__all__ = ["ChatCompletionChunk", "frame"]
