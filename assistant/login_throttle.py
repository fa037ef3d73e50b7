"""Failed reviewer logins, counted per account and per address, with a growing lockout.

A few mistakes cost nothing. Past ``free`` failures in the window, the account (or the
address) is locked for a minute, doubling with each further failure up to ``longest``. A
right password clears the account's and the address's count. Nothing here sees a password.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    free: int  # failures allowed before any lockout
    first: float = 60.0  # seconds of the first lockout; each further failure doubles it
    longest: float = 900.0
    window: float = 900.0  # failures older than this are forgotten


ACCOUNT = Policy(free=5)
ADDRESS = Policy(free=20)
MAX_KEYS = 10_000  # oldest keys are dropped past this, so a spray of names cannot grow memory


class LoginThrottle:
    def __init__(
        self, account: Policy = ACCOUNT, address: Policy = ADDRESS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._policies = {"account": account, "address": address}
        self._clock = clock
        self._failures: OrderedDict[tuple[str, str], list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, account: str, address: str) -> float:
        """Seconds before this account may try again from this address (0: now)."""
        now = self._clock()
        with self._lock:
            return self._wait(account, address, now)

    def attempt(self, account: str, address: str) -> float:
        """Check and count in one step: 0 means go on (the attempt is counted as a failure until
        ``succeeded``), else the seconds to wait. Counting before the password is checked means
        a burst of concurrent guesses is counted as it arrives, not after the answers."""
        now = self._clock()
        with self._lock:
            wait = self._wait(account, address, now)
            if wait == 0:
                self._count(account, address, now)
            return wait

    def failed(self, account: str, address: str) -> int:
        """Count a failure; returns the account's failures in the window."""
        now = self._clock()
        with self._lock:
            return self._count(account, address, now)

    def failures(self, account: str) -> int:
        now = self._clock()
        with self._lock:
            window = self._policies["account"].window
            return len([t for t in self._failures.get(("account", account.lower()), []) if now - t < window])

    def _wait(self, account: str, address: str, now: float) -> float:
        return max(self._locked_for(kind, key, now) for kind, key in self._keys(account, address))

    def _count(self, account: str, address: str, now: float) -> int:
        for key in self._keys(account, address):
            times = [t for t in self._failures.pop(key, []) if now - t < self._policies[key[0]].window]
            self._failures[key] = [*times, now]
        if len(self._failures) > MAX_KEYS:
            self._evict(now)
        return len(self._failures.get(("account", account.lower()), []))

    def _evict(self, now: float) -> None:
        """Oldest keys that are not locked go first: a spray of new names cannot push a locked
        account out of memory (and so out of its lockout). A tenth goes at once, so the scan is rare."""
        for key in list(self._failures):
            if len(self._failures) <= MAX_KEYS * 9 // 10:
                return
            if self._locked_for(key[0], key[1], now) == 0:
                del self._failures[key]
        while len(self._failures) > MAX_KEYS:  # everything is locked: memory still has a bound
            self._failures.popitem(last=False)

    def succeeded(self, account: str, address: str) -> None:
        with self._lock:
            for key in self._keys(account, address):
                self._failures.pop(key, None)

    @staticmethod
    def _keys(account: str, address: str) -> list[tuple[str, str]]:
        return [("account", account.lower()), ("address", address)]

    def _locked_for(self, kind: str, key: str, now: float) -> float:
        policy = self._policies[kind]
        times = [t for t in self._failures.get((kind, key), []) if now - t < policy.window]
        over = len(times) - policy.free
        if over < 0:
            return 0.0
        lockout = min(policy.first * 2**over, policy.longest)
        return max(0.0, times[-1] + lockout - now)
