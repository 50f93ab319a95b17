"""The kinds of a Messages content block and of a Responses output item, typed so that
``.type`` narrows them under ``mypy --strict``::

    for block in message.content or []:
        if block.type == "text":
            print(block.text)  # a str
        elif block.type == "tool_use":
            run(block.name, block.input)

The wire sends one object whose ``type`` says which fields apply, and the generated model
(``MessagesContentBlock``, ``ResponsesOutputItem``) types every field optional. Each class
here is that model with the fields its kind always carries typed as present, and a
``Literal`` ``type``; it adds no field and no slot, so the SDK turns a parsed block of a
kind it knows (and whose fields are there) into its class in place (``narrow``), and
``isinstance(block, TextBlock)`` holds too. A kind this SDK does not know yet stays the
generated class: at run time it reaches the ``else`` branch of such a chain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from aistats_generated.models.messages_content_block import MessagesContentBlock
from aistats_generated.models.responses_output_item import ResponsesOutputItem

if TYPE_CHECKING:
    from aistats_generated.models.responses_content_part import ResponsesContentPart

__all__ = [
    "ContentBlock",
    "FunctionCallItem",
    "OutputItem",
    "OutputMessage",
    "ReasoningItem",
    "TextBlock",
    "ThinkingBlock",
    "ToolUseBlock",
    "narrow",
]


class TextBlock(MessagesContentBlock):
    """A ``text`` content block."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["text"]
        text: str


class ToolUseBlock(MessagesContentBlock):
    """A ``tool_use`` content block: the model calls tool ``name`` with ``input``."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["tool_use"]
        id: str
        name: str


class ThinkingBlock(MessagesContentBlock):
    """A ``thinking`` content block (``signature`` comes with the whole block, not its start)."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["thinking"]
        thinking: str


ContentBlock: TypeAlias = TextBlock | ToolUseBlock | ThinkingBlock
"""A content block of a kind the SDK knows; narrowed by ``block.type``."""


class OutputMessage(ResponsesOutputItem):
    """A ``message`` output item: ``content`` holds its parts (``output_text``, ...)."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["message"]
        role: str
        content: list[ResponsesContentPart]


class FunctionCallItem(ResponsesOutputItem):
    """A ``function_call`` output item: call ``name`` with the JSON text ``arguments``."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["function_call"]
        call_id: str
        name: str
        arguments: str


class ReasoningItem(ResponsesOutputItem):
    """A ``reasoning`` output item: ``summary`` holds its summary parts."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: Literal["reasoning"]
        summary: list[ResponsesContentPart]


OutputItem: TypeAlias = OutputMessage | FunctionCallItem | ReasoningItem
"""An output item of a kind the SDK knows; narrowed by ``item.type``."""

#: Each kind's class and the fields it types as present (a block lacking one stays generic).
_KINDS: Mapping[type, Mapping[str, tuple[type, tuple[str, ...]]]] = {
    MessagesContentBlock: {
        "text": (TextBlock, ("text",)),
        "tool_use": (ToolUseBlock, ("id", "name")),
        "thinking": (ThinkingBlock, ("thinking",)),
    },
    ResponsesOutputItem: {
        "message": (OutputMessage, ("role", "content")),
        "function_call": (FunctionCallItem, ("call_id", "name", "arguments")),
        "reasoning": (ReasoningItem, ("summary",)),
    },
}


def narrow(items: Sequence[Any] | None) -> None:
    """Turn each generated block or item of ``items`` whose kind is known into its class, in place."""
    for item in items or ():
        kinds = _KINDS.get(type(item))
        kind = kinds.get(item.type) if kinds is not None and isinstance(item.type, str) else None
        if kind is not None and all(getattr(item, name) is not None for name in kind[1]):
            item.__class__ = kind[0]
