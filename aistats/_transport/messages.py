"""Request messages as the gateway accepts them: pure, shared by sync and async.

The gateway rejects an assistant message whose ``content`` is null, even beside
``tool_calls`` (400 ``validation_error`` at ``messages.N.content``), yet that is the
message a tool loop appends to its history. Omitting the null is lossless and accepted.
"""

from __future__ import annotations

from typing import Any

__all__ = ["normalise_messages"]


def normalise_messages(body: dict[str, Any]) -> None:
    """Drop ``content: None`` from the assistant messages of a request ``body`` (the caller's
    list and messages are left as they are: the changed ones are copies, in a new list)."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return
    changed: list[Any] | None = None
    for position, message in enumerate(messages):
        if _null_assistant_content(message):
            if changed is None:
                changed = list(messages)
            changed[position] = {key: value for key, value in message.items() if key != "content"}
    if changed is not None:
        body["messages"] = changed


def _null_assistant_content(message: Any) -> bool:
    return (
        isinstance(message, dict)
        and message.get("role") == "assistant"
        and "content" in message
        and message["content"] is None
    )
