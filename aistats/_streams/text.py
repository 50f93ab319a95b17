"""The text of a stream: what ``text_deltas()`` yields and ``get_final_text()`` returns.
Pure, shared by ``Stream`` and ``AsyncStream``."""

from __future__ import annotations

from collections.abc import Iterator

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse

__all__ = ["chunk_texts", "final_text"]


def chunk_texts(chunk: ChatCompletionChunk) -> Iterator[str]:
    """The reply text in ``chunk``: each choice's ``delta.content`` (reasoning left out)."""
    for choice in chunk.choices:
        text = choice.delta.content
        if isinstance(text, str) and text and getattr(choice, "reasoning", None) is not True:
            yield text


def final_text(completion: ChatCompletionsResponse) -> str:
    """The first choice's text (``""`` when the reply has none, e.g. only tool calls)."""
    if not completion.choices:
        return ""
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else ""
