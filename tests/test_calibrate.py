"""How the bars are chosen: behaviour of ``safety.calibrate.choose`` on small made-up readings."""

from __future__ import annotations

from safety.calibrate import choose
from safety.gate import Reading


def _reading(probability: float) -> Reading:
    return Reading(
        rule_situation="",
        rule_name="",
        sensitive=False,
        crisis_probability=probability,
        model_situation="suicide",
        question=False,
        dosing_rule="",
        dose_talk=False,
        dosing_probability=0.0,
        touches=True,
    )


def _sets(flagged_in_a: int) -> tuple[list[Reading], list[str], list[str]]:
    """100 crises read at 0.5 and 100 at 0.97; source A has 115 benign messages of which
    ``flagged_in_a`` read at 0.5 like the crises, source B 200 benign messages read at 0.05."""
    readings = [_reading(0.5)] * 100 + [_reading(0.97)] * 100
    labels, sources = ["self_harm"] * 200, ["A"] * 100 + ["B"] * 100
    readings += [_reading(0.5)] * flagged_in_a + [_reading(0.05)] * (115 - flagged_in_a) + [_reading(0.05)] * 200
    labels += ["benign"] * 315
    sources += ["A"] * 115 + ["B"] * 200
    return readings, labels, sources


def test_one_message_over_the_budget_in_one_source_does_not_move_every_bar() -> None:
    # 6 of 115 is 5.2%: by one message over 5%, while the pool is at 1.9%.
    choice = choose(*_sets(6))
    assert choice.thresholds.crisis <= 0.5
    assert choice.crisis_recall == 1.0


def test_a_source_well_over_the_budget_still_holds_the_bars() -> None:
    choice = choose(*_sets(12))  # 10.4%
    assert choice.thresholds.crisis > 0.5
    assert choice.crisis_recall == 0.5
