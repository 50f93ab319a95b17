"""The completion that ``chat.completions.parse()`` returns: the generated response models
with ``choices[i].message.parsed`` typed as the requested ``T``.

``ParsedChatCompletion[T]`` and ``ParsedChoice[T]`` are the generated classes with a
narrower ``choices`` / ``message`` type for type checkers (same fields, same ``to_dict``);
``ParsedMessage[T]`` adds the ``parsed`` field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from aistats_generated.models.chat_completion_choice import ChatCompletionChoice
from aistats_generated.models.chat_completion_message import ChatCompletionMessage
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

from .schemas import LengthFinishReasonError, OutputFormat, StructuredOutputError

__all__ = ["ParsedChatCompletion", "ParsedChoice", "ParsedMessage", "parse_completion_output"]

T = TypeVar("T")
M = TypeVar("M")


@attrs.define
class ParsedMessage(ChatCompletionMessage, Generic[T]):
    """The reply's message; ``parsed`` is its content read as ``T`` (``None`` on a refusal,
    whose text is then ``message.refusal``)."""

    parsed: T | None = None
    """The content parsed into the requested type (``None`` on a refusal)."""


class ParsedChoice(ChatCompletionChoice, Generic[T]):
    """A choice whose ``message`` is a ``ParsedMessage[T]``."""

    __slots__ = ()
    if TYPE_CHECKING:
        message: ParsedMessage[T]
        """The message, with ``parsed``."""


class ParsedChatCompletion(ChatCompletionsResponse, Generic[T]):
    """A completion whose choices carry ``message.parsed`` of type ``T``."""

    __slots__ = ()
    if TYPE_CHECKING:
        choices: list[ParsedChoice[T]]  # type: ignore[assignment]
        """The choices, each with its parsed message."""


def _rebuild(cls: type[M], model: Any, **changes: Any) -> M:
    """An instance of ``cls`` with the fields of the attrs ``model`` (and ``changes``)."""
    values = {field.name: getattr(model, field.name) for field in attrs.fields(type(model)) if field.init}
    values.update(changes)
    rebuilt = cls(**values)
    rebuilt.additional_properties = dict(model.additional_properties)  # type: ignore[attr-defined]
    if hasattr(model, "_nulls_"):  # the explicit nulls that came, given back by to_dict
        rebuilt._nulls_ = model._nulls_  # type: ignore[attr-defined]
    return rebuilt


def _refusal(message: ChatCompletionMessage) -> str | None:
    value = getattr(message, "refusal", None)  # a declared field, or an additional property
    if value is None:
        value = message.additional_properties.get("refusal")
    return value if isinstance(value, str) and value else None


def parse_completion_output(
    completion: ChatCompletionsResponse, fmt: OutputFormat[T]
) -> ParsedChatCompletion[T]:
    """``completion`` with every choice's content read as ``T``.

    Raises ``LengthFinishReasonError`` for a reply cut at the token limit and
    ``StructuredOutputError`` for content that is missing, not JSON or not a ``T``; a
    refusal gives ``parsed = None``.
    """
    choices = []
    for choice in completion.choices:
        message = choice.message
        content = message.content if isinstance(message.content, str) else None
        parsed: T | None = None
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(
                f"The reply was cut at the token limit (finish_reason 'length') before its "
                f"{fmt.name} JSON was complete (request_id={completion.id}); raise "
                "max_completion_tokens or ask for less.",
                content=content,
                completion=completion,
            )
        if _refusal(message) is None:
            if not content:
                raise StructuredOutputError(
                    f"The reply has no content to read as {fmt.name} (request_id={completion.id}).",
                    content=content,
                    completion=completion,
                )
            try:
                parsed = fmt.parse(content)
            except ValueError as exc:
                raise StructuredOutputError(
                    f"{str(exc)[:1000]} (request_id={completion.id})", content=content, completion=completion
                ) from None
        new_message = _rebuild(ParsedMessage, message, parsed=parsed)
        choices.append(_rebuild(ParsedChoice, choice, message=new_message))
    return _rebuild(ParsedChatCompletion, completion, choices=choices)
