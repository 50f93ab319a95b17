"""Structured output: JSON schemas from Python types and ``parse()`` results.

Rule: pure functions of a type and a reply; no I/O. Shared by ``parse()`` and the tool
runner (``schema_of``, ``convert``).
"""
