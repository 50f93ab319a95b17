"""Long jobs (batches, videos, music): the waiting engine and the batch-result lines.

Rule of this folder: each decision is pure (``engine``: a poll's snapshot, headers and the
clock in, the next action out; ``lines``: bytes in, result lines out) and the sync and async
shells around it (``waiting``, ``results``) only do the I/O. It sits over ``_transport``;
``resources`` use it, never the other way round.
"""
