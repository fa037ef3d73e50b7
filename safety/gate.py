"""The safety gate: runs before retrieval, on the whole conversation.

Order: crisis (current message, then earlier turns), then individualized dosing. Rules
catch explicit phrasings; the example classifier catches paraphrases; each decision says
which in its ``reason`` ("self_harm:rule=kill_self", "individual_dosing:examples=0.81").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.conversation import previous_user_messages
from ingest.embedding import Embedder
from safety.classifier import SITUATION, ExampleClassifier, Thresholds
from safety.language import detect
from safety.rules import CRISIS_RULES, DOSING_RULES, first_match

REASON = {"suicide": "self_harm", "overdose": "overdose", "medical": "medical_emergency", "dosing": "individual_dosing"}
_QUESTION = re.compile(
    r"\?\s*$|^\s*(what|why|how|when|where|who|which|is|are|can|could|does|do|should|will|would|"
    r"qu[eé]|por qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|es|puede)\b",
    re.IGNORECASE,
)
# General, educational openings: the classifier alone never refuses these.
_EDUCATIONAL = re.compile(
    r"^\s*(why (do|does|is|are|would)|what (is|are|does|do|happens|causes)|what'?s|is it (dangerous|safe|true|bad|normal)|"
    r"can (you|klonopin|clonazepam|withdrawal|someone|people) |how (do|does|did) (doctors|rehabs?|detox|treatment|people|"
    r"tapering|withdrawal|a taper)|are (there|benzos|klonopin)|tell me about|explain|how (risky|dangerous|bad|common|safe|likely)|"
    r"how many (hours|days|people)|in general)",
    re.IGNORECASE,
)
_FIRST_PERSON_DOSE = re.compile(r"\b(i|me|my|i'm|im|i've)\b.*\b(dose|mg|pills?|tablets?|taper\w*|take|taking)\b", re.I)
# The classifier may only refuse a message that talks about amounts or changes of medicine.
_DOSE_TALK = re.compile(
    r"\b(dos(e|es|age|ing|is)|mg|milligram\w*|taper\w*|wean\w*|pills?|tablets?|take|taking|took|cut\w*|reduc\w*|"
    r"lower\w*|increas\w*|decreas\w*|split|schedule|regimen|quit\w*|stop\w*|come off|get off|"
    r"benzo\w*|valium|diazepam|xanax|tomar|tomo|pastillas?|dejar|reducir|bajar)\b",
    re.IGNORECASE,
)
# After an overdose or emergency earlier in the conversation, these mean it is still going on.
_STILL_UNWELL = re.compile(
    r"\b(tired|sleepy|drowsy|dizzy|woozy|confused|can'?t breathe|hard to breathe|numb|spinning|passing out|"
    r"throwing up|can'?t stay awake|cansad[oa]|maread[oa]|dormid[oa]|confundid[oa])\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"\b(that|it|this|those|them|did so|did too|eso|lo hice)\b", re.IGNORECASE)
# "Is suicidal ideation a symptom of withdrawal?" asks about suicide; it does not signal one.
_ABOUT_SUICIDE = re.compile(
    r"\b(is|are|can|does|do|could|why)\b.{0,60}\bsuicid\w*.{0,50}\b(symptoms?|side effects?|cause[sd]?|common|normal|known|risks?|linked)\b|"
    r"\b(cause|causes|lead to|linked to|risk of)\b.{0,40}\bsuicid\w*",
    re.IGNORECASE,
)
_FIRST_PERSON_INTENT = re.compile(
    r"\b(i|i'm|im|i've|ive)\b.{0,30}\b(want|wanna|going|thinking|plan|planning|ready|feel like)\b", re.I
)
# A question sits closer to crisis examples than a statement of the same words; ask for more.
QUESTION_MARGIN = 0.10
LONG_MESSAGE = 240


@dataclass(frozen=True)
class Verdict:
    kind: str  # crisis | refusal | pass
    situation: str = ""  # suicide | overdose | medical | dosing
    reason: str = ""
    lang: str = "en"
    earlier_crisis: str = ""  # the situation of a crisis in an earlier turn, if any
    sensitive: bool = False  # a general question about suicide: answered, with help kept in view


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|\n+", text) if len(p.strip()) > 12]
    return parts[:30]


class SafetyGate:
    def __init__(
        self, embedder: Embedder, classifier: ExampleClassifier | None = None, cache_dir: Path | None = None
    ) -> None:
        self.embedder = embedder
        self.classifier = classifier or ExampleClassifier(embedder, cache_dir=cache_dir)
        self.thresholds = Thresholds.load()
        self._crisis_cached = lru_cache(maxsize=2048)(self._crisis_uncached)

    def _vectors(self, message: str) -> list[np.ndarray]:
        vectors = [self.embedder.encode_one(message)]
        if len(message) > LONG_MESSAGE:  # a signal buried in a long message is diluted in one vector
            vectors += list(self.embedder.encode(_sentences(message)))
        return vectors

    def _crisis_uncached(self, message: str, lenient: bool, use_rules: bool) -> tuple[str, str]:
        if use_rules:
            rule = first_match(message, CRISIS_RULES)
            if rule is not None:
                return rule.category, f"rule={rule.name}"
        t = self.thresholds
        top = t.crisis_top - (0.05 if lenient else 0.0)
        if _QUESTION.search(message) or _EDUCATIONAL.search(message):
            top += QUESTION_MARGIN
        for vector in self._vectors(message):
            near = self.classifier.neighbourhood(vector)
            closer = near.crisis_top >= near.benign_top + t.crisis_margin
            if near.crisis_share >= t.crisis_share and near.crisis_top >= top and closer and near.crisis_label:
                return SITUATION[near.crisis_label], f"examples={near.crisis_top:.2f}"
        return "", ""

    def crisis(self, message: str, *, lenient: bool = False, use_rules: bool = True) -> tuple[str, str]:
        """(situation, evidence) when ``message`` signals a crisis, else ('', '')."""
        return self._crisis_cached(message, lenient, use_rules)

    def dosing(self, message: str) -> str:
        t = self.thresholds
        if not _DOSE_TALK.search(message):
            return ""
        if _EDUCATIONAL.search(message) and not _FIRST_PERSON_DOSE.search(message):
            return ""
        near = self.classifier.neighbourhood(self.embedder.encode_one(message))
        closer = near.dosing_top >= near.benign_top + t.dosing_margin
        if near.dosing_share >= t.dosing_share and near.dosing_top >= t.dosing_top and closer:
            return f"examples={near.dosing_top:.2f}"
        return ""

    def check(self, message: str, history: Sequence[Any] | None = None) -> Verdict:
        """Crisis rules, then dosing rules, then the classifier for each, in that order.

        An explicit dosing request ("a taper schedule for 2 mg") is a refusal even when it
        sits near crisis examples; an explicit crisis signal always wins.
        """
        lang = detect(message)
        earlier = ""
        for turn in previous_user_messages(history):
            situation, _ = self.crisis(turn)
            if situation:
                earlier = situation
        earlier_turns = previous_user_messages(history)
        # "yeah I did that tonight" only signals a crisis read together with the turn before it.
        in_context = (
            f"{earlier_turns[-1]} {message}"
            if earlier_turns and not earlier and _REFERS_BACK.search(message)
            else message
        )
        rule = first_match(message, CRISIS_RULES) or first_match(in_context, CRISIS_RULES)
        sensitive = False
        if (
            rule is not None
            and rule.name == "suicide_word"
            and _ABOUT_SUICIDE.search(message)
            and not _FIRST_PERSON_INTENT.search(message)
        ):
            # Asking about suicide is not a crisis by itself; any other crisis signal still is.
            sensitive = True
            rule = first_match(message, tuple(r for r in CRISIS_RULES if r.name != "suicide_word"))
        if rule is not None:
            return Verdict("crisis", rule.category, f"{REASON[rule.category]}:rule={rule.name}", lang, earlier)
        if earlier in ("overdose", "medical") and _STILL_UNWELL.search(message):
            return Verdict("crisis", earlier, f"{REASON[earlier]}:still_unwell", lang, earlier)
        rule = first_match(message, DOSING_RULES)
        if rule is not None:
            return Verdict("refusal", "dosing", f"individual_dosing:rule={rule.name}", lang, earlier)
        situation, evidence = self.crisis(message, lenient=bool(earlier), use_rules=False)
        if situation:
            return Verdict("crisis", situation, f"{REASON[situation]}:{evidence}", lang, earlier)
        if earlier and not _QUESTION.search(message) and len(message) < LONG_MESSAGE:
            # "it doesn't matter anyway" after a crisis turn is still that conversation.
            return Verdict("crisis", earlier, f"{REASON[earlier]}:continued", lang, earlier)
        evidence = self.dosing(message)
        if evidence:
            return Verdict("refusal", "dosing", f"individual_dosing:{evidence}", lang, earlier)
        return Verdict("pass", lang=lang, earlier_crisis=earlier, sensitive=sensitive)
