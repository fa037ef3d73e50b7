"""The labelled names-and-addresses set (SECURITY.md's measurement) and what redaction keeps of it."""

from __future__ import annotations

from assistant.redaction import redact
from evals.redaction_ner import CLINICAL_WORDS, load, product_redaction, score


def test_every_marked_name_and_address_is_where_its_offsets_say() -> None:
    messages = load()
    assert len(messages) == 100
    for message in messages:
        ends = [0]
        for start, end, label in sorted(message.gold):
            assert label in ("PERSON", "ADDRESS")
            assert start >= ends[-1], f"{message.id}: overlapping spans"
            piece = message.text[start:end]
            assert piece == piece.strip() and piece, f"{message.id}: span {piece!r}"
            ends.append(end)


def test_redaction_keeps_every_drug_brand_and_symptom_word_a_reviewer_needs() -> None:
    for message in load():
        kept = redact(message.text, limit=len(message.text) + 1)
        for word in CLINICAL_WORDS.finditer(message.text):
            assert word.group(0) in kept, f"{message.id}: {word.group(0)!r} removed"


def test_the_measurement_counts_what_the_product_redaction_finds() -> None:
    result = score(load(), product_redaction)
    assert result["clinical_words_caught"] == {}
    assert result["clean_messages_untouched"] == "25/25"
    assert set(result["recall"]) == {"PERSON", "ADDRESS"}


def test_doses_and_day_counts_survive_while_phone_numbers_and_birthdays_do_not() -> None:
    kept = [
        "my taper went 2 1.5 1 0.5 0.25 mg over the winter",
        "they said 30 45 60 90 days between cuts",
        "the label says 1-2-10 mg but I only take 1",
    ]
    for text in kept:
        assert redact(text) == text
    for text, gone in [
        ("call me on 1.800.222.1222 tonight", "1.800.222.1222"),
        ("mi cel es 55.1234.5678", "1234"),
        ("born 04/12/1985, on klonopin since 2019", "04/12/1985"),
    ]:
        assert gone not in redact(text), text


def test_a_number_typed_in_any_served_region_s_format_is_not_stored() -> None:
    from tests.test_safety import COMMERCIAL_NUMBERS

    for number in [*COMMERCIAL_NUMBERS, "0300 123 6600", "+353 (0)1 809 2166", "13 11 14"]:
        stored = redact(f"my counsellor's line is {number}, she said to call after 6")
        assert "[phone removed]" in stored and number not in stored, number
        assert stored.endswith("she said to call after 6"), "the words around it stay"
