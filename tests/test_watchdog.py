"""The shared watchdog thread: alarms run once at their time unless disarmed, in time order,
and disarmed alarms far in the future do not pile up."""

from __future__ import annotations

import socket
import threading

from aistats._transport import watchdog as _watchdog


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
