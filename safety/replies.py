"""Crisis, refusal and reminder texts, with every contact filled from the hotline data file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from assistant.response import Resource
from safety.hotlines import Directory

MESSAGES = tomllib.loads((Path(__file__).parent / "messages.toml").read_text(encoding="utf-8"))


def _texts(lang: str) -> dict:
    return MESSAGES.get(lang, MESSAGES["en"])


def _contacts(directory: Directory, lang: str) -> dict[str, str]:
    return {hotline_id: h.contact_in(lang) for hotline_id, h in directory.hotlines.items()}


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(template: str, directory: Directory, lang: str) -> str:
    """Put each contact in; "Call 911" becomes "call 911" when it falls mid-sentence."""
    contacts = _contacts(directory, lang)

    def put(match: re.Match[str]) -> str:
        contact = contacts[match.group(1)]
        before = template[: match.start()].rstrip(" *")
        starts_sentence = not before or before.endswith((".", "!", "?", ":"))
        return contact if starts_sentence else contact[:1].lower() + contact[1:]

    return _PLACEHOLDER.sub(put, template)


def resources(directory: Directory, situation: str, lang: str = "en") -> list[Resource]:
    return [Resource(h.name, h.contact_in(lang)) for h in directory.for_situation(situation)]


def crisis_text(directory: Directory, situation: str, lang: str) -> str:
    texts = _texts(lang)
    parts = texts["crisis"][situation]
    lines = [_fill(parts["lead"], directory, lang), "", texts["crisis_heading"]]
    for hotline in directory.for_situation(situation):
        lines.append(texts["resource_line"].format(name=hotline.name, contact=hotline.contact_in(lang)))
    lines += ["", _fill(parts["after"], directory, lang)]
    return "\n".join(lines)


def refusal_text(directory: Directory, lang: str, education: str) -> str:
    texts = _texts(lang)
    parts = [texts["refusal"]]
    if education:
        parts += [texts["education_intro"], education]
    parts.append(_fill(texts["refusal_help"], directory, lang))
    return "\n\n".join(parts)


def reminder_text(directory: Directory, lang: str, variant: str = "reminder") -> str:
    return _fill(_texts(lang)[variant], directory, lang)


def treatment_lines(directory: Directory, lang: str = "en") -> str:
    """Where to find treatment: a heading and the region's lines, for a question that asks."""
    return f"{_texts(lang)['treatment_heading']}\n{resource_lines(directory, 'finding_treatment', lang)}"


def named_lines(directory: Directory, hotline_ids: list[str], lang: str = "en") -> str:
    """The lines a question asked for by name, under a heading, as the crisis reply lists them."""
    line = _texts(lang)["resource_line"]
    shown = [directory.hotlines[i] for i in hotline_ids if i in directory.hotlines]
    return "\n".join(
        [_texts(lang)["asked_heading"], *(line.format(name=h.name, contact=h.contact_in(lang)) for h in shown)]
    )


def resource_lines(directory: Directory, situation: str, lang: str = "en") -> str:
    """The situation's help lines, one per line, as the crisis reply lists them."""
    line = _texts(lang)["resource_line"]
    return "\n".join(line.format(name=h.name, contact=h.contact_in(lang)) for h in directory.for_situation(situation))
