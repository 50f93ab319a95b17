"""Watching calls: logs, the user's hooks and OpenTelemetry.

Rule: observers see a call only through ``watch`` (one check per call when nothing watches)
and never see a credential: everything handed to a hook or a span is scrubbed first.
"""
