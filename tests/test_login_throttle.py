"""The login throttle on its own clock: a spray of names cannot free a locked account."""

from __future__ import annotations

from assistant.login_throttle import MAX_KEYS, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_spray_of_new_names_does_not_evict_a_locked_account() -> None:
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(6):
        throttle.attempt("ann", "10.0.0.1")
    assert throttle.wait("ann", "10.0.0.9") > 0
    for i in range(MAX_KEYS + 50):  # one failure each, from many addresses: none of these is locked
        throttle.failed(f"user{i}", f"10.1.{i // 250}.{i % 250}")
    assert throttle.wait("ann", "10.0.0.9") > 0, "the locked account was pushed out of memory"


def test_attempts_are_counted_before_the_answer_and_a_success_clears_them() -> None:
    throttle = LoginThrottle(clock=Clock())
    waits = [throttle.attempt("bob", "10.0.0.2") for _ in range(8)]
    assert waits[:5] == [0.0] * 5 and all(w > 0 for w in waits[5:])
    fresh = LoginThrottle(clock=Clock())
    for _ in range(4):
        fresh.attempt("cy", "10.0.0.3")
    fresh.succeeded("cy", "10.0.0.3")
    assert fresh.failures("cy") == 0 and fresh.attempt("cy", "10.0.0.3") == 0.0
