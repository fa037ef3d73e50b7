"""Questions the corpus cannot answer even when a passage looks related."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MAX_READ = 4000  # a question is read this far for its topic (the input check caps messages anyway)

# Other drugs: a passage about Klonopin is not an answer about them.
OTHER_DRUGS = re.compile(
    r"\b(xanax|alprazolam|ativan|lorazepam|valium|diazepam|librium|chlordiazepoxide|restoril|"
    r"temazepam|halcion|triazolam|ambien|zolpidem|gabapentin|neurontin|lyrica|pregabalin|"
    r"suboxone|buprenorphine|methadone|naltrexone|fentanyl|oxycodone|heroin|adderall|"
    r"ritalin|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|seroquel|quetiapine|"
    r"phenibut|kratom|cannabis|marijuana|weed|ketamine|cocaine|meth|flumazenil|propranolol|"
    r"buspirone|hydroxyzine|melatonin)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Topic:
    """A topic no reviewed document covers yet (uncovered_topics.toml)."""

    id: str
    name: str
    advice: str
    help: str
    pattern: re.Pattern[str]
    covered_by: tuple[str, ...]
    name_es: str = ""
    advice_es: str = ""


def _topics() -> tuple[Topic, ...]:
    raw = tomllib.loads((Path(__file__).parent / "uncovered_topics.toml").read_text(encoding="utf-8"))
    return tuple(
        Topic(
            id=topic_id,
            name=entry["name"],
            advice=entry["advice"],
            help=entry["help"],
            pattern=re.compile(entry["pattern"], re.IGNORECASE),
            covered_by=tuple(entry.get("covered_by", ())),
            name_es=entry.get("name_es", entry["name"]),
            advice_es=entry.get("advice_es", entry["advice"]),
        )
        for topic_id, entry in raw.items()
    )


UNCOVERED_TOPICS = _topics()
UNCOVERED_PATTERNS = tuple(topic.pattern for topic in UNCOVERED_TOPICS)  # read by the linear-time test


def uncovered_topic(question: str, cited_doc_ids: Sequence[str] | None = None) -> Topic | None:
    """The topic of ``question`` that no reviewed document covers, if any. A topic with
    covering documents is covered only when the answer quotes one of them; otherwise a
    passage that merely shares words with the question is not an answer."""
    for topic in UNCOVERED_TOPICS:
        if not topic.pattern.search(question[:MAX_READ]):
            continue
        if not topic.covered_by:
            return topic
        if cited_doc_ids is not None and not set(topic.covered_by) & set(cited_doc_ids):
            return topic
    return None


# Questions that want a figure need a passage that states that kind of figure.
# A number or a range ("6 to 8", "6-8"), read in linear time: no match starts inside a run of
# digits and digits never give back (the earlier "\d+\s*(to|-)?\s*\d*" split a run of digits
# every possible way: 23 s on a message of 2,000 digits).
_NUMBER_OR_RANGE = r"(?<!\d)\d++(?:\s*+(?:to|-|–)\s*+\d++|\s++\d++)?\s*+"
_HOURS = re.compile(_NUMBER_OR_RANGE + r"hours?\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£]\s*\d|\d\s*(?:dollars|usd|euros)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*(?:%|percent)", re.IGNORECASE)
_DURATION = re.compile(_NUMBER_OR_RANGE + r"(?:days?|weeks?|months?)\b", re.IGNORECASE)
_MG = re.compile(r"\d\s*(?:mg|milligrams?|micrograms?|mcg)\b", re.IGNORECASE)
FIGURES = [
    # "What does a long half-life mean?" asks for an explanation, not a figure.
    (
        re.compile(
            r"how many hours|\bin hours\b|(exact|how long is|what is|what'?s) (the |its |klonopin'?s |clonazepam'?s )?half[- ]?life",
            re.IGNORECASE,
        ),
        _HOURS,
    ),
    (
        re.compile(
            r"\b(price|cost|costs|dollars|afford)\b|\b(does|will|would) (my )?(insurance|medicare|medicaid) (cover|pay)",
            re.IGNORECASE,
        ),
        _MONEY,
    ),
    (re.compile(r"what percent|percentage|\bper ?cent\b|how many people", re.IGNORECASE), _PERCENT),
    (re.compile(r"how many (days|weeks|months)", re.IGNORECASE), _DURATION),
    (re.compile(r"\b(mg|milligrams?|mcg|micrograms?)\b", re.IGNORECASE), _MG),
]


def uncovered_reason(question: str, quotes: list[str]) -> str:
    """Why the chosen quotes cannot answer ``question``, or '' when they may."""
    quoted = " ".join(quotes)
    lowered = quoted.lower()
    for match in OTHER_DRUGS.finditer(question):
        if match.group(0).lower() not in lowered:
            return "other_drug"
    for wants, evidence in FIGURES:
        if wants.search(question) and not evidence.search(quoted):
            return "figure_not_in_corpus"
    return ""
