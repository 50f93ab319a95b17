"""A spending cap shared by clients: ``Budget`` adds up the gateway's own figure of each call.

The call loop (``_transport.call_loop``) checks a client's budget before sending (``check``)
and adds a plain call's cost once it has its result (``add``); a stream adds its cost when it
ends (``_observe.watch.notify_stream_end``: its final object's, or whatever the gateway
reported before a cut). One lock guards the running total, so threads and asyncio
tasks sharing a budget lose no update (nothing awaits while it is held).
"""

from __future__ import annotations

import threading
from decimal import Decimal, InvalidOperation

from aistats_generated.types import Cost

from ._exceptions import BudgetExceededError

__all__ = ["Budget", "Cost"]


def _to_usd(value: Decimal | int | float | str) -> Decimal:
    """``value`` as an exact Decimal of dollars (a float through its shortest text: 0.1 is 0.1)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, float, str)):
        raise TypeError(f"Budget(usd=...) takes a Decimal, int, float or str, not {type(value).__name__}")
    try:
        usd = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"Budget(usd=...) is not a number: {value!r}") from None
    if not usd.is_finite() or usd < 0:
        raise ValueError(f"Budget(usd=...) must be a finite amount >= 0, not {value!r}")
    return usd


class Budget:
    """At most ``usd`` dollars of calls, as the gateway prices them.

    Pass it to ``AIStats(budget=...)`` or ``client.with_options(budget=...)``; several clients
    may share one. Each finished call adds its ``.cost``; once ``spent_usd >= usd`` the next
    call raises ``BudgetExceededError`` before anything is sent (calls already in flight
    finish and are added too, so ``spent_usd`` may end above ``usd``).
    """

    __slots__ = ("_calls", "_lock", "_spent", "_usd")

    def __init__(self, usd: Decimal | int | float | str) -> None:
        self._usd = _to_usd(usd)
        self._spent = Decimal(0)
        self._calls = 0
        self._lock = threading.Lock()

    @property
    def usd(self) -> Decimal:
        """The cap, in US dollars."""
        return self._usd

    @property
    def spent_usd(self) -> Decimal:
        """What the finished calls cost so far, by the gateway's figures."""
        with self._lock:
            return self._spent

    @property
    def remaining_usd(self) -> Decimal:
        """``usd - spent_usd``, never below zero."""
        with self._lock:
            return max(self._usd - self._spent, Decimal(0))

    @property
    def calls(self) -> int:
        """How many finished calls were added (priced or not)."""
        with self._lock:
            return self._calls

    @property
    def exceeded(self) -> bool:
        """Whether ``spent_usd >= usd`` (the next call will be refused)."""
        with self._lock:
            return self._spent >= self._usd

    def add(self, cost: Cost | Decimal | None) -> None:
        """Add a finished call's cost (``None``: the gateway priced it at nothing we know of)."""
        usd = Decimal(0) if cost is None else cost.usd if isinstance(cost, Cost) else cost
        with self._lock:
            self._spent += usd
            self._calls += 1

    def check(self) -> None:
        """Raise ``BudgetExceededError`` when the budget is spent (called before each send)."""
        with self._lock:
            if self._spent < self._usd:
                return
            spent = self._spent
        raise BudgetExceededError(
            f"Budget of ${self._usd} is spent (${spent} by {self.calls} calls); "
            "this call was not sent. Raise the budget or use a new one to continue.",
            budget=self,
        )

    def __repr__(self) -> str:
        with self._lock:
            return f"Budget(usd={self._usd}, spent_usd={self._spent})"

    def __reduce__(self) -> tuple[object, ...]:
        # a copy (pickle, deepcopy: e.g. of a BudgetExceededError) is a snapshot with a lock of its own
        with self._lock:
            return _restore, (self._usd, self._spent, self._calls)


def _restore(usd: Decimal, spent: Decimal, calls: int) -> Budget:
    budget = Budget(usd)
    budget._spent = spent
    budget._calls = calls
    return budget
