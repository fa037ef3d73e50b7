"""Help lines a person can tap: every call, text and web link comes out of the reviewed
contact text in safety/data/hotlines.yaml, and nothing else can be dialled."""

from __future__ import annotations

import re

import pytest
import yaml

from app import alert_html, help_now, render
from assistant.core import Assistant
from safety.contact_links import contact_links
from safety.hotlines import DATA
from safety.phones import find_numbers

ENTRIES = [
    (region, entry, field)
    for region, entries in yaml.safe_load(DATA.read_text(encoding="utf-8"))["regions"].items()
    for entry in entries
    for field in ("contact", "contact_es")
    if entry.get(field)
]


@pytest.mark.parametrize(("region", "entry", "field"), ENTRIES, ids=lambda v: v if isinstance(v, str) else None)
def test_every_link_dials_a_number_the_reviewed_text_names(region: str, entry: dict, field: str) -> None:
    contact = entry[field]
    written = {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d -]*\d|\d", contact)}
    links = contact_links(contact)
    for link in links:
        if link.kind in ("call", "text"):
            dialled = re.sub(r"\D", "", link.href.split("?")[0])
            assert dialled in written, (link, contact)
        else:
            assert link.href.startswith("https://") and link.label.lower() in contact.lower()
    # every phone number the output check recognizes in the text gets a link
    for number in find_numbers(contact):
        assert any(re.sub(r"\D", "", number.text) == re.sub(r"\D", "", x.href.split("?")[0]) for x in links), number


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("Call or text 988", [("call", "tel:988"), ("text", "sms:988")]),
        ("Text SHOUT to 85258", [("text", "sms:85258?&body=SHOUT")]),
        ("Call 112 or 999", [("call", "tel:112"), ("call", "tel:999")]),
        ("Call 13 11 14 or text 0477 13 11 14 (24/7)", [("call", "tel:131114"), ("text", "sms:0477131114")]),
        ("Call 1-844-764-7669 (1-844-POISON-X)", [("call", "tel:18447647669")]),
        ("Call 0300 123 6600 (confidential, 24/7)", [("call", "tel:03001236600")]),
        ("Search FindTreatment.gov for licensed treatment", [("web", "https://findtreatment.gov")]),
        ("Llame o envíe un mensaje de texto al 988 (oprima 2)", [("call", "tel:988"), ("text", "sms:988")]),
        ("open 9:30am to 5:30pm, Monday to Friday", []),
    ],
)
def test_links_from_contact_text(contact: str, expected: list[tuple[str, str]]) -> None:
    assert [(link.kind, link.href) for link in contact_links(contact)] == expected


def test_spanish_labels() -> None:
    [call, text] = contact_links("Call or text 988", "es")
    assert call.label == "Llamar al 988" and text.label == "Enviar texto al 988"


@pytest.mark.parametrize(("region", "number"), [("US", "tel:911"), ("UK", "tel:999"), ("AU", "tel:000")])
def test_the_banner_can_be_tapped_in_each_region(region: str, number: str) -> None:
    assert f"href='{number}'" in help_now(region)


def test_a_crisis_reply_and_its_panel_can_be_tapped(assistant: Assistant) -> None:
    response = assistant.ask("I swallowed the rest of my klonopin with wine and I can't stay awake")
    assert response.kind == "crisis"
    shown = render(response)
    assert "[Call 911](tel:911)" in shown and "(tel:18002221222)" in shown
    assert "href='tel:911'" in alert_html(response)
    spanish = assistant.ask("me tomé todas las pastillas de clonazepam con alcohol y no puedo respirar bien")
    assert spanish.kind == "crisis" and "(tel:911)" in render(spanish)
    assert "[Llamar al 911]" in render(spanish)
