"""The reviewed hotline data file, and the resources each situation shows.

No other code or template writes a phone number: everything a person is told to call comes
from ``data/hotlines.yaml``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "hotlines.yaml"
_FIELDS = ("id", "name", "contact", "when", "source", "checked", "checked_against", "checked_by")


@dataclass(frozen=True)
class Hotline:
    id: str
    name: str
    contact: str
    when: str
    source: str
    checked: str
    checked_against: str
    checked_by: str
    contact_es: str = ""

    def contact_in(self, lang: str) -> str:
        return self.contact_es if lang == "es" and self.contact_es else self.contact


@dataclass(frozen=True)
class Directory:
    region: str
    hotlines: dict[str, Hotline]
    situations: dict[str, list[str]]

    def for_situation(self, situation: str) -> list[Hotline]:
        return [self.hotlines[i] for i in self.situations[situation] if i in self.hotlines]


@cache
def _raw() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def regions() -> list[str]:
    return sorted(_raw()["regions"])


def directory(region: str | None = None) -> Directory:
    """Resources for ``region`` (default: $KLONOPIN_GUIDE_REGION, else the file's default)."""
    raw = _raw()
    region = (region or os.environ.get("KLONOPIN_GUIDE_REGION") or raw["default_region"]).upper()
    if region not in raw["regions"]:
        raise ValueError(f"unknown region {region!r}; choose one of {', '.join(regions())}")
    hotlines = {}
    for entry in raw["regions"][region]:
        missing = [f for f in _FIELDS if not str(entry.get(f, "")).strip()]
        if missing:
            raise ValueError(f"{DATA.name}: {region} entry {entry.get('id')!r} lacks {', '.join(missing)}")
        if "pending" in str(entry["checked_by"]).lower():
            raise ValueError(f"{DATA.name}: {region} entry {entry['id']!r}: checked_by must name who checked it")
        hotlines[entry["id"]] = Hotline(**{k: str(v) for k, v in entry.items()})
    return Directory(region, hotlines, {k: list(v) for k, v in raw["situations"].items()})


@cache
def allowed_number_keys() -> frozenset[str]:
    """Every number in the reviewed file, each in the forms it may be written: the only
    numbers an answer may show (found by the same finder as the output check uses)."""
    from safety.phones import find_numbers, same_number_keys

    found: set[str] = set()
    for entries in _raw()["regions"].values():
        for entry in entries:
            for field in ("contact", "contact_es"):
                for number in find_numbers(str(entry.get(field, ""))):
                    found |= same_number_keys(number.text)
    return frozenset(found)
