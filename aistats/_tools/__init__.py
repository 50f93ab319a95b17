"""The tool runner: typed tools from plain functions, and the loop that runs them.

Rule: every decision of the loop (what to send, which calls to run, what goes back to the
model, when the run stops) lives in ``core.py``, pure and shared; ``run.py``'s sync and
async shells only send the model calls and run the tools. Schemas of Python types come
from ``_structured`` (one home for them), spans from ``_observe``.
"""
