"""One JSON value read at the C scanner's speed: ``json.loads`` minus its layers.

``json.loads`` detects the encoding of bytes, decodes them, matches whitespace before and after
the value with two regular expressions and goes through two Python calls before the decoder's
scanner (C when available) reads the value. On the per-frame path of a stream and the per-line
path of a batch result file that is a third of the work, so they call ``scan_once`` on the text
themselves (the stream core inline, per frame; others through ``loads``) and fall back to
``json.loads`` when it did not read the whole text (whitespace around the value, a byte-order
mark, or not JSON): the outcome, errors included, is ``json.loads``'.
"""

from __future__ import annotations

import json
import json.scanner
from typing import Any, Final, cast

__all__ = ["loads", "scan_once"]

#: ``scan_once(text, 0)`` is ``(value, end)``: the value at the start of ``text`` and where it
#: ended; ``StopIteration`` when no value starts there.
scan_once: Final = json.scanner.make_scanner(cast(Any, json.JSONDecoder()))


def loads(data: bytes) -> Any:
    """``json.loads(data)``: its value, or its error, with a clean value read by the scanner."""
    try:
        text = data.decode()
        value, end = scan_once(text, 0)
    except (UnicodeDecodeError, StopIteration):
        return json.loads(data)
    return value if end == len(text) else json.loads(data)
