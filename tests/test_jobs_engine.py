"""The waiting engine and the batch-result line protocol, pure (no I/O): the interval's order
of precedence and its backoff, the terminal states, the timeout on a clock the test moves,
``on_update``'s changes, the options refused before sending; lines split on ``\\n`` whatever
the chunking; ``BatchResult`` read from the real gateway's result lines (wire3 z46, z47); the
retry rules of calls that create something and of a 409 ``not_ready``."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistats import (
    APIConnectionError,
    JobFailedError,
    JobTimeoutError,
)
from aistats._jobs.engine import BATCH, MUSIC, VIDEO, Sleep, Snapshot, Waiter, check_wait_options
from aistats._jobs.lines import BadLine, BatchResult, LineSplitter, iter_results, parse_line
from aistats._transport.pages import next_cursor
from aistats._transport.response import status_error as read_status_error
from aistats._transport.retry import RetryPolicy
from aistats.types import ChatCompletionsResponse
from aistats_generated.api import ROUTES

WIRE3 = Path(__file__).parent / "fixtures" / "wire3"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def job(state: str | None, progress: float | None = None, poll_after: float | None = None) -> dict[str, Any]:
    return {"lifecycle_status": state, "progress": progress, "poll_after_seconds": poll_after}


class Job:
    """A generated-model-like job: attributes, unknown keys in ``additional_properties``."""

    def __init__(self, **fields: Any) -> None:
        self.additional_properties = fields.pop("extra", {})
        self.__dict__.update(fields)


def snap(state: str | None, *, progress: float | None = None, poll_after: float | None = None,
         headers: dict[str, str] | None = None) -> Snapshot[Job]:  # fmt: skip
    return Snapshot.read(
        BATCH,
        Job(lifecycle_status=state, progress=progress, poll_after_seconds=poll_after),
        httpx.Headers(headers or {}),
    )


def waiter(
    timeout: float | None = 60.0, poll_interval: float | None = None, clock: Clock | None = None
) -> Waiter[Job]:
    return Waiter(BATCH, "batch_1", timeout, poll_interval, clock=clock or Clock(), rand=lambda: 0.0)


# ------------------------------------------------------------------------ intervals
def test_the_callers_interval_wins_then_the_body_then_the_header() -> None:
    headers = {"retry-after": "7"}
    assert waiter(poll_interval=2.0).decide(snap("running", poll_after=20, headers=headers)) == Sleep(2.0)
    assert waiter().decide(snap("running", poll_after=20, headers=headers)) == Sleep(20.0)
    assert waiter().decide(snap("running", headers=headers)) == Sleep(7.0)
    assert waiter().decide(snap("running", headers={"retry-after-ms": "1500"})) == Sleep(1.5)


def test_the_backoff_grows_by_half_to_ten_seconds_with_jitter() -> None:
    w = waiter(timeout=None)
    sleeps = [w.decide(snap("running")) for _ in range(9)]
    assert [s.seconds for s in sleeps if isinstance(s, Sleep)] == pytest.approx(
        [1.0, 1.5, 2.25, 3.375, 5.0625, 7.59375, 10.0, 10.0, 10.0]
    )
    jittered: Waiter[Job] = Waiter(BATCH, "b", None, rand=lambda: 1.0)
    action = jittered.decide(snap("pending"))
    assert isinstance(action, Sleep) and action.seconds == pytest.approx(0.8)


def test_pending_after_running_is_not_an_end() -> None:
    w = waiter()
    for state in ("pending", "running", "pending", None, "finalizing"):
        assert isinstance(w.decide(snap(state)), Sleep)


# ------------------------------------------------------------------------ terminal states
def test_completed_returns_the_job() -> None:
    s = snap("completed")
    assert waiter().decide(s) is s.job


@pytest.mark.parametrize("state", ["failed", "cancelled", "expired"])
def test_the_other_ends_raise_job_failed_with_the_snapshot(state: str) -> None:
    s = snap(state)
    with pytest.raises(JobFailedError, match=f"batch batch_1 ended {state}") as caught:
        waiter().decide(s)
    assert caught.value.job is s.job and caught.value.status == state


def test_a_failed_batch_names_its_first_error() -> None:
    failed = Job(
        lifecycle_status="failed", errors={"data": [{"code": "bad_line", "message": "Line 3 is invalid"}]}
    )
    with pytest.raises(JobFailedError, match="ended failed: Line 3 is invalid"):
        waiter().decide(Snapshot.read(BATCH, failed))


def test_music_ends_on_its_status() -> None:
    done = Job(status="completed")
    music: Waiter[Job] = Waiter(MUSIC, "m", 10.0)
    video: Waiter[Job] = Waiter(VIDEO, "v", 10.0)
    assert music.decide(Snapshot.read(MUSIC, done)) is done
    assert isinstance(video.decide(Snapshot.read(VIDEO, done)), Sleep)  # videos end on lifecycle_status


# ------------------------------------------------------------------------ timeout
def test_the_last_sleep_ends_at_the_timeout_and_the_next_poll_raises() -> None:
    clock = Clock()
    w = waiter(timeout=5.0, poll_interval=3.0, clock=clock)
    assert w.decide(snap("running")) == Sleep(3.0)
    clock.now += 3.0
    assert w.decide(snap("running")) == Sleep(2.0)  # not past the timeout
    clock.now += 2.0
    last = snap("running", progress=40)
    with pytest.raises(
        JobTimeoutError, match=r"batch batch_1 had not finished after 5s .*running, progress 40"
    ) as caught:
        w.decide(last)
    assert caught.value.job is last.job and caught.value.timeout == 5.0
    assert "client.batches.wait('batch_1')" in str(caught.value)


def test_no_timeout_only_when_asked() -> None:
    clock = Clock()
    w = waiter(timeout=None, clock=clock)
    clock.now += 10 * 365 * 86400
    assert isinstance(w.decide(snap("running")), Sleep)
    assert BATCH.default_timeout == 25 * 3600 and VIDEO.default_timeout == MUSIC.default_timeout == 1800


# ------------------------------------------------------------------------ on_update
def test_on_update_sees_the_first_snapshot_and_each_change_of_state_or_progress() -> None:
    w = waiter()
    states = [
        ("pending", None),
        ("pending", None),
        ("running", 0),
        ("running", 0),
        ("running", 50),
        ("pending", 50),
    ]
    assert [w.changed(snap(s, progress=p)) for s, p in states] == [True, False, True, False, True, True]


@pytest.mark.parametrize(
    ("timeout", "interval", "callback", "error"),
    [
        (0, None, None, ValueError),
        (-1.0, None, None, ValueError),
        (float("inf"), None, None, ValueError),
        ("60", None, None, TypeError),
        (True, None, None, TypeError),
        (None, 0, None, ValueError),
        (None, None, "print", TypeError),
    ],
)
def test_bad_wait_options_are_refused(
    timeout: Any, interval: Any, callback: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        check_wait_options(timeout, interval, callback)


# ------------------------------------------------------------------------ lines
LINES = [
    b'{"custom_id":"a","response":{"status_code":200,"body":{"x":1}},"error":null}',
    b'{"custom_id":"b"}',
]


def split_everywhere(data: bytes) -> list[list[bytes]]:
    results = []
    for cut in range(len(data) + 1):
        splitter = LineSplitter()
        results.append(splitter.feed(data[:cut]) + splitter.feed(data[cut:]) + splitter.end())
    return results


@pytest.mark.parametrize(
    "data",
    [
        b"\n".join(LINES) + b"\n",
        b"\r\n".join(LINES) + b"\r\n",
        b"\n".join(LINES),  # no final newline
        b"\n\r\n" + LINES[0] + b"\r\n\r\n  \n" + LINES[1] + b"\n\n",  # blank lines
    ],
)
def test_lines_whatever_the_chunking(data: bytes) -> None:
    for lines in split_everywhere(data):
        assert [json.loads(line) for line in lines] == [json.loads(line) for line in LINES]
    one_byte_at_a_time = list(iter_results(iter([data[i : i + 1] for i in range(len(data))])))
    assert [r.custom_id for r in one_byte_at_a_time] == ["a", "b"]


def test_a_line_that_is_not_a_json_object_is_refused() -> None:
    for bad in (b"not json", b"[1, 2]", b'"text"'):
        with pytest.raises(BadLine, match="not a JSON object"):
            parse_line(bad)


def transcript_body(name: str) -> bytes:
    data = json.loads((WIRE3 / f"{name}.json").read_text())
    return base64.b64decode(data["response"]["body_b64"])


def test_batch_results_of_the_real_gateways_files() -> None:
    ok1, ok2, failed = list(iter_results(iter([transcript_body("z46_batches_mixed_output_content")])))
    assert (ok1.custom_id, ok1.ok, ok1.status_code, ok1.error) == ("req-1", True, 200, None)
    parsed = ok1.parse(ChatCompletionsResponse)
    assert parsed.choices[0].message.content == "Paris."
    assert ok2.parse(ChatCompletionsResponse).choices[0].message.content == "Berlin."
    assert (failed.custom_id, failed.ok, failed.status_code) == ("req-3", False, 400)
    assert failed.error["code"] == "integer_below_min_value"
    with pytest.raises(Exception, match="'req-3' failed \\(status 400\\)"):
        failed.parse(ChatCompletionsResponse)
    (expired,) = iter_results(iter([transcript_body("z47_batches_mixed_error_content")]))
    assert (expired.custom_id, expired.ok, expired.status_code, expired.body) == ("req-4", False, None, None)
    assert expired.error == {"code": "batch_expired", "message": expired.error["message"]}
    assert repr(expired) == "BatchResult(custom_id='req-4', ok=False, status_code=None)"
    assert (
        BatchResult(
            {"custom_id": "x", "response": {"status_code": 200, "body": {"a": 1}}, "error": {"code": "e"}}
        ).ok
        is False
    )


# ------------------------------------------------------------------------ retry rules
def status_error(
    status: int, headers: dict[str, str] | None = None, body: dict[str, Any] | None = None
) -> Any:
    request = httpx.Request("POST", "http://127.0.0.1/v1/batches")
    raw = json.dumps(body or {"error": "x"}).encode()
    return read_status_error(httpx.Response(status, headers=headers or {}, content=raw, request=request), raw)


def test_the_spec_says_which_calls_create_something() -> None:
    assert (
        ROUTES["create_batch"].creates and ROUTES["create_video"].creates and ROUTES["generate_music"].creates
    )
    assert not ROUTES["retrieve_batch"].creates and not ROUTES["create_chat_completion"].creates


def test_a_create_call_is_retried_only_when_it_did_not_arrive_or_was_asked_to() -> None:
    policy = RetryPolicy()
    assert policy.is_retryable(status_error(429), route=ROUTES["create_batch"])
    assert policy.is_retryable(status_error(503, {"retry-after": "1"}), route=ROUTES["create_batch"])
    assert policy.is_retryable(status_error(500, {"x-should-retry": "true"}), route=ROUTES["create_batch"])
    assert not policy.is_retryable(status_error(503), route=ROUTES["create_batch"])
    assert not policy.is_retryable(status_error(500), route=ROUTES["create_batch"])
    assert not policy.is_retryable(status_error(409), route=ROUTES["create_batch"])
    assert policy.is_retryable(status_error(500), route=ROUTES["retrieve_batch"])
    request = httpx.Request("POST", "http://127.0.0.1/v1/batches")
    refused = APIConnectionError("refused", request=request)
    refused.__cause__ = httpx.ConnectError("refused")
    dropped = APIConnectionError("dropped", request=request)
    dropped.__cause__ = httpx.ReadError("dropped")
    assert policy.is_retryable(refused, route=ROUTES["create_batch"])
    assert not policy.is_retryable(dropped, route=ROUTES["create_batch"])
    assert policy.is_retryable(dropped, route=ROUTES["retrieve_batch"])


def test_409_not_ready_on_a_jobs_content_is_not_retried() -> None:
    policy = RetryPolicy()
    not_ready = status_error(409, body={"error": "not_ready", "reason": "video_not_ready"})
    assert not_ready.code == "not_ready"
    assert not policy.is_retryable(not_ready, route=ROUTES["get_video_content"])
    assert not policy.is_retryable(not_ready, route=ROUTES["get_file_content"])
    assert policy.is_retryable(
        not_ready, route=ROUTES["create_chat_completion"]
    )  # elsewhere: a passing state
    assert policy.is_retryable(
        status_error(409, body={"error": "conflict"}), route=ROUTES["get_video_content"]
    )


def test_a_batchs_progress_is_its_share_of_finished_requests() -> None:
    def progress(counts: Any) -> float | None:
        return Snapshot.read(BATCH, Job(lifecycle_status="running", request_counts=counts)).progress

    assert progress({"total": 4, "completed": 1, "failed": 1}) == 50.0
    assert progress({"total": 0, "completed": 0, "failed": 0}) is None
    assert progress(None) is None
    w = waiter()
    counts = [{"total": 4, "completed": c, "failed": 0} for c in (0, 0, 2, 4)]
    changes = [
        w.changed(Snapshot.read(BATCH, Job(lifecycle_status="running", request_counts=c))) for c in counts
    ]
    assert changes == [True, False, True, True]


def test_a_cursor_list_stops_at_an_empty_or_short_page_or_when_nothing_more() -> None:
    class Page:
        def __init__(self, has_more: Any, last_id: Any = "G-9") -> None:
            self.has_more, self.last_id = has_more, last_id

    assert next_cursor(Page(True), 2, 2) == "G-9"
    assert next_cursor(Page(True), 2) == "G-9"
    assert next_cursor(Page(True), 0, 2) is None  # empty, whatever has_more says
    assert next_cursor(Page(True), 1, 2) is None  # short
    assert next_cursor(Page(False), 2, 2) is None
    assert next_cursor(Page(True, None), 2, 2) is None  # no cursor to follow
