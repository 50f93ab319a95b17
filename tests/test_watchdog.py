"""The shared watchdog thread: alarms run once at their time unless disarmed, in time order,
and disarmed alarms far in the future do not pile up; the thread exits when idle, starts
again on next use, and a forked child gets a fresh one without the parent's alarms."""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings

import pytest

from aistats._transport import watchdog as _watchdog
from aistats.testing import FakeGateway, Reply, text_frames
from tests.support import stream_all, text_of


def test_an_alarm_runs_once_and_reports_that_it_fired() -> None:
    ran = threading.Event()
    alarm = _watchdog.arm(0.01, ran.set)
    assert ran.wait(2)
    assert alarm.disarm() is True  # it already ran
    assert not alarm.armed


def test_a_disarmed_alarm_never_runs() -> None:
    ran = threading.Event()
    alarm = _watchdog.arm(0.05, ran.set)
    assert alarm.disarm() is False
    assert not ran.wait(0.2)


def test_alarms_run_in_time_order_whatever_the_order_armed() -> None:
    order: list[int] = []
    done = threading.Event()

    def note(n: int) -> None:
        order.append(n)
        if len(order) == 3:
            done.set()

    _watchdog.arm(0.15, lambda: note(3))
    _watchdog.arm(0.05, lambda: note(1))
    _watchdog.arm(0.10, lambda: note(2))
    assert done.wait(2)
    assert order == [1, 2, 3]


def test_disarmed_alarms_are_compacted_away() -> None:
    for _ in range(10_000):  # e.g. one alarm per chunk read under a long deadline
        _watchdog.arm(3600, lambda: None).disarm()
    assert len(_watchdog._WATCHDOG._heap) < 1_000


def test_shutting_a_socket_down_wakes_a_blocked_read() -> None:
    left, right = socket.socketpair()
    with left, right:
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(left.recv(10)))
        reader.start()
        _watchdog.arm(0.05, lambda: _watchdog.shutdown_socket(left))
        reader.join(2)
        assert not reader.is_alive() and got == [b""]
        _watchdog.shutdown_socket(left)  # twice: not an error


def _watchdog_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "aistats-watchdog"]


def _wait_for_exit(limit: float = 10.0) -> bool:
    """Whether the watchdog thread is gone within ``limit`` seconds (it exits when idle)."""
    waited = 0.0
    while _watchdog_threads():
        if waited >= limit:
            return False
        time.sleep(0.05)
        waited += 0.05
    return True


def test_the_thread_exits_when_idle_and_starts_again_on_next_use() -> None:
    ran = threading.Event()
    _watchdog.arm(0.01, ran.set)
    assert ran.wait(2) and _watchdog_threads()
    assert _wait_for_exit()
    again = threading.Event()
    _watchdog.arm(0.01, again.set)  # a new thread serves it
    assert again.wait(2)
    assert _wait_for_exit()


def test_a_disarmed_far_alarm_does_not_keep_the_thread() -> None:
    _watchdog.arm(3600, lambda: None).disarm()  # e.g. a read bounded by a long deadline
    assert _wait_for_exit()


def test_no_watchdog_thread_is_left_after_streams_end(mode: str, fake_gateway: FakeGateway) -> None:
    fake_gateway.enqueue(Reply.sse(text_frames("one two three")), Reply.sse(text_frames("four")))
    before = {t.ident for t in threading.enumerate()}
    for _ in range(2):  # the second stream starts the thread again if it had gone
        chunks, _final = stream_all(mode, fake_gateway.base_url, client={"deadline": 30})
        assert text_of(chunks)
    assert _wait_for_exit()
    assert not [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX-only")
def test_a_forked_child_has_its_own_watchdog_and_none_of_the_parents_alarms() -> None:
    parents = threading.Event()
    _watchdog.arm(0.3, parents.set)  # pending in the parent when it forks
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() with threads alive
        pid = os.fork()
    if pid == 0:  # the child: report through the exit status, never return into pytest
        status = 1
        try:
            mine = threading.Event()
            _watchdog.arm(0.01, mine.set)
            ok = mine.wait(2)
            time.sleep(0.6)  # past the time of the parent's alarm
            status = 0 if ok and not parents.is_set() else 2
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0, "the child's watchdog failed or ran the parent's alarm"
    assert parents.wait(2)  # the parent's alarm still runs in the parent
