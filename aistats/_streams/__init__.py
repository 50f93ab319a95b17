"""Streamed bodies: the SSE decoder, the stream shells and a protocol per API.

Rule: every decision about opening, reading, ending and releasing a stream lives in the shell;
a protocol only parses frames and folds them into its final object. The decoders are pure
(bytes in, frames out) and tested alone.
"""
