"""Tests for the sans-I/O SSE decoder (WHATWG event-stream interpretation)."""

from __future__ import annotations

import dataclasses
import itertools
import os
import time
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aistats._streams.sse import (
    ServerSentEvent,
    SSEDecoder,
    SSEError,
    SSEEventTooLargeError,
    SSETruncatedError,
)

BOM = b"\xef\xbb\xbf"

FUZZ = settings(
    max_examples=int(os.environ.get("AISTATS_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def decode(chunks: Iterable[bytes], *, max_event_bytes: int = 1 << 20) -> list[ServerSentEvent]:
    """Feed every chunk, call end(), and return all events."""
    decoder = SSEDecoder(max_event_bytes=max_event_bytes)
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    decoder.end()
    return events


def bytewise(body: bytes) -> list[bytes]:
    return [body[i : i + 1] for i in range(len(body))]


def split_at(body: bytes, cuts: Iterable[int]) -> list[bytes]:
    points = [0, *sorted(set(cuts)), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(points)]


def data_of(events: Sequence[ServerSentEvent]) -> list[str]:
    return [e.data for e in events]


# --- the event type -----------------------------------------------------------------


def test_event_defaults_and_is_frozen() -> None:
    event = ServerSentEvent()
    assert (event.event, event.data, event.id, event.retry) == ("message", "", None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.data = "x"  # type: ignore[misc]


def test_decoded_event_equals_and_hashes_like_a_constructed_one() -> None:
    [event] = decode([b"data: x\n\n"])
    expected = ServerSentEvent(event="message", data="x", id=None, retry=None)
    assert event == expected
    assert hash(event) == hash(expected)
    assert type(event) is ServerSentEvent
    assert repr(event) == repr(expected)


# --- basic fields ---------------------------------------------------------------------


def test_single_data_event() -> None:
    assert decode([b'data: {"a":1}\n\n']) == [ServerSentEvent(data='{"a":1}')]


def test_multiline_data_joined_with_lf() -> None:
    assert data_of(decode([b"data: a\ndata: b\ndata: c\n\n"])) == ["a\nb\nc"]


def test_empty_data_line_still_dispatches() -> None:
    # The data buffer is "\n" (not empty) after a "data:" line, so an event fires.
    assert data_of(decode([b"data:\n\n"])) == [""]
    assert data_of(decode([b"data\n\n"])) == [""]
    assert data_of(decode([b"data: a\ndata:\n\n"])) == ["a\n"]


def test_event_field_sets_type_and_resets_after_dispatch() -> None:
    events = decode([b"event: update\ndata: 1\n\ndata: 2\n\n"])
    assert [(e.event, e.data) for e in events] == [("update", "1"), ("message", "2")]


def test_event_type_reset_by_blank_line_without_data() -> None:
    assert [e.event for e in decode([b"event: x\n\ndata: 2\n\n"])] == ["message"]


def test_empty_event_field_means_message() -> None:
    assert [e.event for e in decode([b"event:\ndata: 1\n\n"])] == ["message"]


def test_id_persists_across_events() -> None:
    decoder = SSEDecoder()
    assert decoder.last_event_id == ""
    events = decoder.feed(b"data: a\n\nid: 1\ndata: b\n\ndata: c\n\n")
    assert [e.id for e in events] == [None, "1", "1"]
    assert decoder.last_event_id == "1"


def test_id_without_data_still_updates_last_event_id() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"id: 7\n\ndata: x\n\n")
    assert [e.id for e in events] == ["7"]
    assert decoder.last_event_id == "7"


def test_empty_id_resets_last_event_id() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"id: 1\ndata: a\n\nid\ndata: b\n\n")
    assert [e.id for e in events] == ["1", ""]
    assert decoder.last_event_id == ""


def test_id_containing_nul_is_ignored() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n")
    assert [e.id for e in events] == ["1", "1"]
    assert decoder.last_event_id == "1"


def test_retry_sets_event_and_stream_value() -> None:
    decoder = SSEDecoder()
    assert decoder.retry is None
    events = decoder.feed(b"retry: 1500\ndata: a\n\ndata: b\n\n")
    assert [e.retry for e in events] == [1500, None]
    assert decoder.retry == 1500


def test_retry_without_data_updates_stream_value_only() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 30\n\n") == []
    assert decoder.retry == 30


@pytest.mark.parametrize(
    "value",
    [b"15a0", b"-1", b"+1", b"1.5", b"", b" 100", b"1e3", "\u0663".encode(), "\uff11".encode()],
    ids=["letter", "minus", "plus", "dot", "empty", "two-spaces", "exp", "arabic", "fullwidth"],
)
def test_retry_with_non_ascii_digits_is_ignored(value: bytes) -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry: 10\n\nretry: " + value + b"\ndata: x\n\n")
    assert events[0].retry is None
    assert decoder.retry == 10


def test_retry_with_too_many_digits_does_not_raise() -> None:
    events = decode([b"retry: " + b"9" * 10_000 + b"\ndata: x\n\n"])
    assert data_of(events) == ["x"]


def test_unknown_fields_are_ignored() -> None:
    assert data_of(decode([b"foo: bar\ndata: x\nDATA: y\n\n"])) == ["x"]
    assert decode([b"foo: bar\n\n"]) == []


def test_field_without_colon_has_empty_value() -> None:
    events = decode([b"event\ndata: x\n\n"])
    assert [(e.event, e.data) for e in events] == [("message", "x")]


def test_no_space_after_colon() -> None:
    events = decode([b"event:e\ndata:x\nid:7\n\n"])
    assert events == [ServerSentEvent(event="e", data="x", id="7")]


def test_only_one_leading_space_is_removed() -> None:
    assert data_of(decode([b"data:  x \n\n"])) == [" x "]
    assert [e.event for e in decode([b"event:  e\ndata: x\n\n"])] == [" e"]


def test_colon_inside_value_is_kept() -> None:
    assert data_of(decode([b"data: a: b:c\n\n"])) == ["a: b:c"]


# --- comments and blank lines -----------------------------------------------------------


def test_comment_lines_are_ignored() -> None:
    body = b": keep-alive\n\n:\ndata: a\n: inside an event\ndata: b\n\n: bye\n"
    assert data_of(decode([body])) == ["a\nb"]


def test_blank_lines_without_data_dispatch_nothing() -> None:
    assert decode([b"\n\n\n\r\n\r"]) == []
    assert decode([b"event: ping\n\n", b"id: 3\n\n", b"retry: 5\n\n"]) == []


def test_multiple_blank_lines_between_events() -> None:
    assert data_of(decode([b"data: a\n\n\n\ndata: b\n\n"])) == ["a", "b"]


# --- line ends ------------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_end_styles(eol: bytes) -> None:
    body = eol.join([b"event: e", b"data: a", b"data: b", b"", b"data: c", b"", b""])
    expected = [ServerSentEvent(event="e", data="a\nb"), ServerSentEvent(data="c")]
    assert decode([body]) == expected
    assert decode(bytewise(body)) == expected


def test_mixed_line_ends() -> None:
    assert data_of(decode([b"data: a\rdata: b\r\ndata: c\n\r\n"])) == ["a\nb\nc"]


def test_cr_cr_lf_is_two_line_ends() -> None:
    assert data_of(decode([b"data: a\r\r\ndata: b\n\n"])) == ["a", "b"]


def test_crlf_split_across_feeds_is_one_line_end() -> None:
    # Were the LF counted on its own it would be a blank line, dispatching "a".
    assert data_of(decode([b"data: a\r", b"\ndata: b\r\n\r\n"])) == ["a\nb"]
    assert data_of(decode([b"data: a\r", b"\n", b"data: b\n\n"])) == ["a\nb"]


def test_cr_at_chunk_end_followed_by_non_lf() -> None:
    assert data_of(decode([b"data: a\r", b"data: b\r", b"\r"])) == ["a\nb"]


def test_cr_at_chunk_end_then_empty_feed_then_lf() -> None:
    assert data_of(decode([b"data: a\r", b"", b"\ndata: b\n\n"])) == ["a\nb"]


def test_cr_cr_split_across_feeds_dispatches() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert data_of(decoder.feed(b"\r")) == ["a"]
    decoder.end()


# --- BOM ------------------------------------------------------------------------------


def test_leading_bom_is_stripped() -> None:
    # Left in place, the BOM would make the first field "\ufeffdata" (unknown).
    assert data_of(decode([BOM + b"data: x\n\n"])) == ["x"]


@pytest.mark.parametrize("cut", [[1], [2], [1, 2], [3], [1, 2, 3, 4]])
def test_bom_split_across_feeds_is_stripped(cut: list[int]) -> None:
    assert data_of(decode(split_at(BOM + b"data: x\n\n", cut))) == ["x"]


def test_bom_is_stripped_only_once() -> None:
    assert decode([BOM + BOM + b"data: x\n\n"]) == []
    assert decode([BOM, BOM + b"data: x\n\n"]) == []


def test_bom_after_stream_start_is_not_stripped() -> None:
    assert data_of(decode([b"data: a\n\n" + BOM + b"data: b\n\n"])) == ["a"]


def test_bom_prefix_that_is_not_a_bom_is_kept() -> None:
    body = b"\xef\xbbdata: x\n\ndata: y\n\n"
    assert data_of(decode(bytewise(body))) == data_of(decode([body])) == ["y"]


# --- UTF-8 ----------------------------------------------------------------------------


def test_multibyte_characters_split_across_feeds() -> None:
    body = "data: héllo €😀\n\n".encode()
    for cut in range(1, len(body)):
        assert data_of(decode(split_at(body, [cut]))) == ["héllo €😀"], cut
    assert data_of(decode(bytewise(body))) == ["héllo €😀"]


def test_invalid_utf8_is_replaced() -> None:
    assert data_of(decode([b"data: a\xffb\n\n"])) == ["a\ufffdb"]
    # A sequence truncated by the line end is replaced without eating the LF.
    assert data_of(decode([b"data: \xe2\x82\ndata: x\n\n"])) == ["\ufffd\nx"]


def test_non_utf8_field_name_is_unknown() -> None:
    assert decode([b"d\xffta: x\n\n"]) == []


# --- end() ----------------------------------------------------------------------------


def test_end_after_clean_stream() -> None:
    decode([b"data: a\n\n"])
    decode([])
    decode([b""])
    decode([b"data: a\r\r"])


def test_end_after_only_comments() -> None:
    decode([b": keep-alive\n", b": keep-alive\n\n", b":\r\n"])


def test_end_after_comment_inside_clean_state() -> None:
    decode([b"data: a\n\n: trailing comment\n"])


@pytest.mark.parametrize(
    "body",
    [b"data: a\n", b"data: a\ndata: b\n", b"event: e\n", b"id: 1\n", b"retry: 5\n", b"foo\n"],
    ids=["data", "multi-data", "event", "id", "retry", "unknown"],
)
def test_end_raises_on_started_event(body: bytes) -> None:
    decoder = SSEDecoder()
    assert decoder.feed(body) == []
    with pytest.raises(SSETruncatedError, match="event"):
        decoder.end()


@pytest.mark.parametrize(
    "chunks",
    [[b"data: a"], [b"data: a\n\ndata: b"], [b"\n\nda"], [b": keep"], [b"\xef\xbb"], [b"\xef"]],
    ids=["data", "after-event", "field-name", "comment", "bom-2", "bom-1"],
)
def test_end_raises_on_partial_line(chunks: list[bytes]) -> None:
    decoder = SSEDecoder()
    for chunk in chunks:
        decoder.feed(chunk)
    with pytest.raises(SSETruncatedError, match="line"):
        decoder.end()


def test_truncated_error_is_an_sse_error() -> None:
    assert issubclass(SSETruncatedError, SSEError)
    assert issubclass(SSEEventTooLargeError, SSEError)


# --- size cap -------------------------------------------------------------------------


def test_invalid_max_event_bytes() -> None:
    with pytest.raises(ValueError, match="positive"):
        SSEDecoder(max_event_bytes=0)


def test_endless_line_without_newline_is_capped() -> None:
    decoder = SSEDecoder(max_event_bytes=1024)
    decoder.feed(b"data: ")
    with pytest.raises(SSEEventTooLargeError):
        for _ in range(100):  # would be 100 KiB without a cap
            decoder.feed(b"x" * 1024)


def test_endless_line_fed_bytewise_is_capped_at_the_limit() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    fed = 0
    with pytest.raises(SSEEventTooLargeError):
        while fed < 10_000:
            decoder.feed(b"x")
            fed += 1
    assert fed == 100


def test_huge_line_in_one_chunk_is_capped() -> None:
    with pytest.raises(SSEEventTooLargeError):
        SSEDecoder(max_event_bytes=1024).feed(b"data: " + b"x" * 2000)
    with pytest.raises(SSEEventTooLargeError):
        SSEDecoder(max_event_bytes=1024).feed(b"data: " + b"x" * 2000 + b"\n\n")


def test_huge_line_completed_across_feeds_is_capped() -> None:
    decoder = SSEDecoder(max_event_bytes=1024)
    decoder.feed(b"data: " + b"x" * 1000)
    with pytest.raises(SSEEventTooLargeError):
        decoder.feed(b"x" * 100 + b"\n\n")


def test_line_at_the_limit_is_accepted() -> None:
    line = b"data: " + b"x" * 10
    assert data_of(decode([line + b"\n\n"], max_event_bytes=len(line))) == ["x" * 10]
    assert data_of(decode(bytewise(line + b"\n\n"), max_event_bytes=len(line))) == ["x" * 10]


def test_huge_multiline_event_is_capped() -> None:
    decoder = SSEDecoder(max_event_bytes=1024)
    with pytest.raises(SSEEventTooLargeError, match="event data"):
        for _ in range(100):  # each line is small; the event is not
            decoder.feed(b"data: " + b"x" * 90 + b"\n")


def test_multiline_event_limit_counts_joined_data() -> None:
    ok = b"data:01234\ndata:01234\n\n"  # joined data is 11 bytes
    assert data_of(decode([ok], max_event_bytes=12)) == ["01234\n01234"]
    too_big = b"data:0123456\ndata:0123456\n\n"  # 15 bytes, each line is 12
    with pytest.raises(SSEEventTooLargeError, match="event data"):
        decode([too_big], max_event_bytes=12)


def test_multiline_event_limit_counts_utf8_bytes() -> None:
    body = "data:é\ndata:é\ndata:é\n\n".encode()  # lines of 7 bytes; data 8 bytes, 5 chars
    assert data_of(decode([body], max_event_bytes=8)) == ["é\né\né"]
    with pytest.raises(SSEEventTooLargeError, match="event data"):
        decode([body], max_event_bytes=7)


def test_limit_is_per_event_not_per_stream() -> None:
    body = b"data: 0123456789\n\n" * 1000
    assert len(decode([body], max_event_bytes=32)) == 1000
    assert len(decode(split_at(body, range(7, len(body), 7)), max_event_bytes=32)) == 1000


def test_endless_comment_line_is_not_capped() -> None:
    decoder = SSEDecoder(max_event_bytes=16)
    decoder.feed(b"data: a\n\n: ")
    for _ in range(1000):
        decoder.feed(b"keep-alive ")
    assert data_of(decoder.feed(b"\ndata: b\n\n")) == ["b"]
    decoder.end()


def test_huge_complete_comment_line_is_not_capped() -> None:
    body = b":" + b"x" * 1000 + b"\ndata: b\n\n"
    assert data_of(decode([body], max_event_bytes=16)) == ["b"]
    assert data_of(decode([b"data: a\n\n" + body], max_event_bytes=16)) == ["a", "b"]


def test_comment_streamed_after_cr() -> None:
    body = b"data: a\r\r:" + b"x" * 100 + b"\rdata: b\r\r"
    assert data_of(decode([body], max_event_bytes=16)) == ["a", "b"]
    assert data_of(decode(bytewise(body), max_event_bytes=16)) == ["a", "b"]


# --- incremental feeding --------------------------------------------------------------

SAMPLE = (
    BOM + b': hello\r\n\r\nretry: 2500\nid: 1\nevent: delta\ndata: {"a":\r\ndata:  1}\r\r'
    b"data\n\nid: 2\x00\ndata: \xc3\xa9\xe2\x82\xac\n\n: ping\n\n" + b'data: {"x": 3}\n\n' * 3
)
SAMPLE_EVENTS = [
    ServerSentEvent(event="delta", data='{"a":\n 1}', id="1", retry=2500),
    ServerSentEvent(data="", id="1"),
    ServerSentEvent(data="é€", id="1"),
    *[ServerSentEvent(data='{"x": 3}', id="1")] * 3,
]


def test_sample_whole() -> None:
    assert decode([SAMPLE]) == SAMPLE_EVENTS


def test_sample_bytewise() -> None:
    assert decode(bytewise(SAMPLE)) == SAMPLE_EVENTS


def test_sample_every_two_way_split() -> None:
    for cut in range(1, len(SAMPLE)):
        assert decode(split_at(SAMPLE, [cut])) == SAMPLE_EVENTS, cut


def test_one_frame_per_chunk() -> None:
    frame = b'data: {"choices":[]}\n\n'
    assert decode([frame] * 5) == [ServerSentEvent(data='{"choices":[]}')] * 5


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (b"event: e\n", ServerSentEvent(event="e", data="x")),
        (b"retry: 5\n", ServerSentEvent(data="x", retry=5)),
        (b"data: a\n", ServerSentEvent(data="a\nx")),
        (b"id: 5\n\n", ServerSentEvent(data="x", id="5")),
        (b"event: e\n\n", ServerSentEvent(data="x")),
    ],
    ids=["event", "retry", "data", "id-dispatched", "event-reset"],
)
def test_single_frame_chunk_sees_earlier_state(before: bytes, expected: ServerSentEvent) -> None:
    assert decode([before, b"data: x\n\n"]) == [expected]


def test_single_frame_chunk_continuing_a_partial_line() -> None:
    assert decode([b"da", b"data: x\n\n"]) == []  # field "dadata" is unknown


def test_chunk_shaped_almost_like_a_frame() -> None:
    assert data_of(decode([b"data: x\nd", b"ata: y\n\n"])) == ["x\ny"]


def test_feed_returns_events_as_soon_as_complete() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert data_of(decoder.feed(b"\ndata: b\n\ndata: c")) == ["a", "b"]
    assert data_of(decoder.feed(b"\n\n")) == ["c"]
    decoder.end()


# --- property tests -------------------------------------------------------------------

LINE_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=12)
ID_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"), max_size=8)
EOLS = (b"\n", b"\r\n", b"\r")


@st.composite
def event_specs(draw: st.DrawFn) -> tuple[str | None, list[str], str | None, int | None, bool]:
    return (
        draw(st.none() | LINE_TEXT),
        draw(st.lists(LINE_TEXT, min_size=1, max_size=3)),
        draw(st.none() | ID_TEXT),
        draw(st.none() | st.integers(0, 10**9)),
        draw(st.booleans()),  # add a comment line
    )


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """A valid stream with arbitrary line-end styles, and the events it encodes."""
    specs = draw(st.lists(event_specs(), max_size=8))
    lines: list[bytes] = []
    expected: list[ServerSentEvent] = []
    last_id: str | None = None
    for event_type, data, event_id, retry, comment in specs:
        if comment:
            lines.append(b": comment")
        if event_type is not None:
            lines.append(b"event: " + event_type.encode())
        if event_id is not None:
            lines.append(b"id: " + event_id.encode())
            last_id = event_id
        if retry is not None:
            lines.append(b"retry: " + str(retry).encode())
        lines += [b"data: " + d.encode() for d in data]
        lines.append(b"")
        expected.append(
            ServerSentEvent(event=event_type or "message", data="\n".join(data), id=last_id, retry=retry)
        )
    eols = draw(st.lists(st.sampled_from(EOLS), min_size=len(lines), max_size=len(lines)))
    body = bytearray(draw(st.sampled_from([b"", BOM])))
    for i, (line, eol) in enumerate(zip(lines, eols, strict=True)):
        # A CR line end followed by an empty LF-ended line would read as one CRLF.
        cr_lf = eol == b"\n" and not line and i and eols[i - 1] == b"\r"
        body += line + (b"\r\n" if cr_lf else eol)
    return bytes(body), expected


@FUZZ
@pytest.mark.fuzz
@given(stream=streams(), data=st.data())
def test_property_any_split_gives_the_same_events(
    stream: tuple[bytes, list[ServerSentEvent]], data: st.DataObject
) -> None:
    body, expected = stream
    assert decode([body]) == expected
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=20))
    assert decode(split_at(body, cuts)) == expected
    assert decode(bytewise(body)) == expected


@FUZZ
@pytest.mark.fuzz
@given(stream=streams(), data=st.data())
def test_property_feed_data_agrees_with_feed(
    stream: tuple[bytes, list[ServerSentEvent]], data: st.DataObject
) -> None:
    """The hot path's plain strings are exactly the data of the events ``feed()`` gives."""
    body, expected = stream
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=20))
    decoder = SSEDecoder()
    got: list[str | ServerSentEvent] = []
    for chunk in split_at(body, cuts):
        got += decoder.feed_data(chunk)
    decoder.end()
    assert len(got) == len(expected)
    for item, event in zip(got, expected, strict=True):
        if isinstance(item, str):
            assert event.event == "message" and item == event.data
        else:
            assert item == event


GARBAGE = st.lists(
    st.sampled_from(
        [
            *(b"data", b"event", b"id", b"retry", b":", b" ", b"1", b"x", b"\n", b"\r", b"\r\n"),
            *(BOM, b"\xef", b"\xff", b"\xc3", b"\x00", b"\xe2\x82"),
        ]
    )
    | st.binary(max_size=16),
    max_size=200,
).map(b"".join)


def _run(chunks: list[bytes], max_event_bytes: int) -> tuple[type[SSEError] | None, list[str]]:
    decoder = SSEDecoder(max_event_bytes=max_event_bytes)
    events: list[str] = []
    try:
        for chunk in chunks:
            events += [e.data for e in decoder.feed(chunk)]
        decoder.end()
    except SSEError as exc:  # anything else fails the test
        return type(exc), events
    return None, events


@FUZZ
@pytest.mark.fuzz
@given(
    body=GARBAGE | st.binary(max_size=2048),
    cuts=st.lists(st.integers(0, 4096), max_size=30),
    max_event_bytes=st.sampled_from([8, 64, 1 << 20]),
)
def test_property_garbage_only_raises_sse_errors(body: bytes, cuts: list[int], max_event_bytes: int) -> None:
    start = time.perf_counter()
    whole_error, whole_events = _run([body], max_event_bytes)
    split_error, split_events = _run(split_at(body, [c for c in cuts if c <= len(body)]), max_event_bytes)
    assert whole_error == split_error
    if whole_error is None:
        assert split_events == whole_events
    else:  # an error may stop the one-shot decode before events it would have returned
        assert split_events[: len(whole_events)] == whole_events
    assert time.perf_counter() - start < 2.0
