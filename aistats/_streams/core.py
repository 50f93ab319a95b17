"""The chat-completions stream protocol (sans-I/O): bytes in, chunks out.

``ChatProtocol`` is the ``StreamProtocol`` (``shell``) of ``Stream`` and
``AsyncStream``: it feeds bytes to the SSE decoder and dispatches each event by the gateway's
frame kinds, as observed on the wire (this table is their home in the repository):

=============================================  ==========================================
frame                                           what happens
=============================================  ==========================================
``data: [DONE]``                                the stream is over; later bytes are ignored
``{"object": "chat.completion.chunk", ...}``    parsed as ``ChatCompletionChunk``, returned,
                                                and folded into the accumulator
a chunk with ``finish_reason: "error"``         ``StreamError`` after it (the provider failed)
``{"object": "chat.completion", ...}``          the closing snapshot: kept, not returned
``{"object": "error", ...}``, ``event: error``  ``StreamError``, raised after every earlier
or any frame with an ``error`` member           chunk was delivered
other ``object`` values, other ``event:`` names ignored (forward compatible)
not JSON, not an object, not a chunk            ``APIResponseValidationError`` naming the
                                                frame's position, with an excerpt
end of bytes inside a frame                     ``APIConnectionError`` (never a quiet end)
end of bytes with no ending: no snapshot, no    ``APIConnectionError``: the provider died
``[DONE]``, and a choice without its            mid-stream (an empty 200 included; with
``finish_reason``                               ``n=2``, one unfinished choice is enough)
=============================================  ==========================================

The request id is the response's request-id header, else the ``id`` the frames carry.

The shell (``shell``) drives this object for both ``Stream`` and ``AsyncStream``.
"""

from __future__ import annotations

import json
import json.scanner
from typing import Any, Final

import httpx

from aistats_generated.models.chat_completion_chunk import ChatCompletionChunk
from aistats_generated.models.chat_completions_response import ChatCompletionsResponse
from aistats_generated.models.stream_error_frame import StreamErrorFrame

from .._constants import MAX_EVENT_BYTES
from .._exceptions import APIConnectionError, APIError, APIResponseValidationError, StreamError
from .._jsonscan import scan_once
from .._observe.watch import Facts, result_facts
from .._transport.response import completion_from_dict, excerpt, request_id_of
from .accumulate import CompletionAccumulator
from .fragments import ToolCallFragments
from .sse import SSEDecoder, SSEEventTooLargeError, SSETruncatedError
from .text import chunk_texts, final_text

__all__ = ["ChatProtocol"]

_CHUNK: Final = "chat.completion.chunk"
_SNAPSHOT: Final = "chat.completion"
_ERROR: Final = "error"


class ChatProtocol:
    """Decodes one stream's bytes into ``ChatCompletionChunk`` models.

    ``feed()`` returns the chunks ready to hand out. When the stream ends (``[DONE]``, an
    error frame, or ``end()`` at EOF) ``finished`` turns true; an error frame or a failure
    is left in ``error`` so that the chunks before it are delivered first.
    """

    api: Final = "chat"
    texts = staticmethod(chunk_texts)
    final_text = staticmethod(final_text)

    __slots__ = (
        "_accumulator",
        "_decoder",
        "_fragments",
        "_frames",
        "at_eof",
        "error",
        "finished",
        "request",
        "request_id",
        "response",
        "snapshot",
    )

    def __init__(self, response: httpx.Response, *, max_event_bytes: int = MAX_EVENT_BYTES) -> None:
        self.response = response
        self.request = response.request
        self.request_id = request_id_of(response)
        self.snapshot: ChatCompletionsResponse | None = None
        self.error: APIError | None = None
        self.finished = False
        #: The body's bytes ran out (``end()``); false after ``[DONE]`` or an error frame.
        self.at_eof = False
        self._decoder = SSEDecoder(max_event_bytes=max_event_bytes)
        self._accumulator = CompletionAccumulator()
        self._fragments = ToolCallFragments()
        self._frames = 0

    def feed(self, data: bytes) -> list[ChatCompletionChunk]:  # noqa: PLR0912, PLR0915 (the per-chunk path, in one frame)
        """Decode ``data``; return the chunks it completed. Ignores bytes after the end."""
        if self.finished:
            return []
        try:
            items = self._decoder.feed_data(data)
        except SSEEventTooLargeError as exc:
            return self._fail([], self._invalid(f"an event larger than the limit ({exc})", ""))
        chunks: list[ChatCompletionChunk] = []
        if not items:
            return chunks
        append = chunks.append
        frames: list[dict[str, Any]] = []  # the chunks' frames, folded in one call on the way out
        keep = frames.append
        from_dict = ChatCompletionChunk.from_dict
        scan = scan_once  # json.loads(raw), at the scanner's speed (_jsonscan)
        try:
            for item in items:
                self._frames += 1
                if isinstance(item, str):  # a plain message event (the hot path)
                    raw = item
                else:
                    raw = item.data
                    if raw != "[DONE]":  # [DONE] ends the stream whatever the event's type
                        if item.event == _ERROR:
                            return self._fail(chunks, self._stream_error(raw))
                        if item.event != "message":
                            continue
                if not raw:
                    continue
                try:  # json.loads(raw), faster on the common case (no whitespace around it)
                    try:
                        frame, end = scan(raw, 0)
                    except StopIteration:
                        end = -1
                    if end != len(raw):
                        frame = json.loads(raw)
                except ValueError:
                    if raw == "[DONE]":  # not JSON: tested here, off the path of every frame
                        self.finished = True
                        return chunks
                    return self._fail(chunks, self._invalid("is not JSON", raw))
                if type(frame) is not dict:
                    return self._fail(chunks, self._invalid("is not a JSON object", raw))
                if self.request_id is None:
                    self._take_request_id(frame)
                kind = frame.get("object")
                if kind == _ERROR or ("error" in frame and frame["error"] is not None):  # even beside choices
                    return self._fail(chunks, self._stream_error(raw, frame))
                if kind == _CHUNK or (kind is None and "choices" in frame):
                    try:
                        chunk = from_dict(frame)
                    except (KeyError, TypeError, ValueError, AttributeError) as exc:
                        return self._fail(chunks, self._invalid(f"is not a valid chunk ({exc!r})", raw))
                    keep(frame)
                    append(chunk)
                elif kind == _SNAPSHOT:
                    error = self._take_snapshot(frame)
                    if error is not None:
                        return self._fail(chunks, error)
            return chunks
        finally:  # the accumulator folds the chunks in one call; it says if any has tool calls
            accumulator = self._accumulator
            if frames and accumulator.add_chunks(chunks, frames):
                normalise = self._fragments.normalise  # their deltas go out as fragments
                for chunk in chunks:
                    normalise(chunk)
            if accumulator.failed_choice is not None and self.error is None:
                self._fail(chunks, self._provider_failed(accumulator.failed_choice))

    def _take_snapshot(self, frame: dict[str, Any]) -> APIError | None:
        """Keep the closing ``chat.completion`` snapshot (its ``id`` defaults to the request id)."""
        if "id" not in frame and self.request_id:
            frame["id"] = self.request_id
        try:
            self.snapshot = completion_from_dict(frame, self.response)
        except APIError as exc:
            return exc
        return None

    def _take_request_id(self, frame: dict[str, Any]) -> None:
        """No request-id header: the gateway's id is in every frame."""
        found = frame.get("id")
        if isinstance(found, str) and found:
            self.request_id = found

    def end(self) -> None:
        """The bytes ran out. A cut inside a frame, or a body that ends without any of the
        gateway's endings (``finish_reason``, closing snapshot, ``[DONE]``), becomes
        ``error``: the answer is incomplete."""
        if self.finished:
            return
        self.finished = True
        self.at_eof = True
        try:
            self._decoder.end()
        except SSETruncatedError:
            self.error = APIConnectionError(
                f"The stream was cut in the middle of frame {self._frames + 1} "
                f"(request_id={self.request_id}).",
                request=self.request,
            )
            return
        if self.snapshot is None:
            unfinished = self._accumulator.unfinished()
            if unfinished is not None:
                what = "the answer" if unfinished < 0 else f"choice {unfinished}"
                self.error = APIConnectionError(
                    f"The stream ended after {self._frames} frames without finishing {what} "
                    f"(no finish_reason, closing snapshot or [DONE]): the provider failed "
                    f"mid-stream (request_id={self.request_id}).",
                    request=self.request,
                )

    def abort(self) -> None:
        """End the stream now (closed early, or its connection failed): later bytes are ignored."""
        self.finished = True

    def take_error(self) -> APIError | None:
        """The error that ended the stream, handed out once (later calls return ``None``)."""
        error, self.error = self.error, None
        return error

    def final(self) -> ChatCompletionsResponse:
        """The gateway's closing snapshot if one came, else the completion built from chunks."""
        if self.snapshot is not None:
            return self.snapshot
        return completion_from_dict(self._accumulator.build(self.request_id), self.response)

    def facts(self) -> Facts:
        """What the stream said of itself so far: its closing snapshot when it sent one, else
        what the chunks said (read from the accumulator, without building the completion)."""
        if self.snapshot is not None:
            return result_facts(self.snapshot, self.request_id)
        return self._accumulator.facts(self.request_id)

    # -- helpers ----------------------------------------------------------------------

    def _fail(self, chunks: list[ChatCompletionChunk], error: APIError) -> list[ChatCompletionChunk]:
        self.finished = True
        self.error = error
        return chunks

    def _provider_failed(self, choice: int) -> StreamError:
        return StreamError(
            f"The gateway ended choice {choice} with finish_reason 'error' after {self._frames} frames: "
            f"the provider failed mid-stream (request_id={self.request_id})",
            request=self.request,
            request_id=self.request_id,
        )

    def _invalid(self, problem: str, raw: str) -> APIResponseValidationError:
        where = f"Stream frame {self._frames}" if self._frames else "The stream"
        return APIResponseValidationError(
            f"{where} {problem}: {excerpt(raw) or '(empty)'} (request_id={self.request_id})",
            response=self.response,
            request=self.request,
        )

    def _stream_error(self, raw: str, frame: dict[str, Any] | None = None) -> StreamError:
        if frame is None:
            try:
                decoded: Any = json.loads(raw)
            except ValueError:
                decoded = None
            frame = decoded if isinstance(decoded, dict) else None
        parsed: StreamErrorFrame | None = None
        text = raw
        if frame is not None:
            error = frame.get("error")
            message = frame.get("message")
            if not isinstance(message, str) and isinstance(error, dict):
                message = error.get("message")
            if isinstance(message, str) and message:
                text = message
            elif isinstance(error, str):
                text = error
            try:
                parsed = StreamErrorFrame.from_dict({"object": "error", **frame})
            except (KeyError, TypeError, ValueError, AttributeError):
                parsed = None
        return StreamError(
            f"The gateway reported an error mid-stream: {excerpt(text) or '(no message)'} "
            f"(request_id={self.request_id})",
            request=self.request,
            frame=parsed,
            request_id=self.request_id,
        )
