"""Questions the corpus cannot answer even when a passage looks related."""

from __future__ import annotations

import re

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
# Topics a reader might expect but the vetted corpus does not cover at all. A passage that
# merely shares words with such a question is not an answer. Reviewers extend this list when
# they find a gap (see corpus/README.md); the fix for a gap is a vetted document, not a guess.
UNCOVERED_TOPICS = re.compile(
    r"\b(pregnan\w*|breast-?feed\w*|nursing (a |my )?baby|unborn|fetus|"
    r"driv(e|es|ing)|\bdui\b|"
    r"drug tests?|urine|blood test|detectable|show up on a (drug )?test|"
    r"dogs?|cats?|pets?|veterinar\w*|"
    r"manufacturer|which company|who makes|fda approv\w*|invented|"
    r"street names?|slang|"
    r"weight (gain|loss)|gain weight|lose weight|hair loss|"
    r"grapefruit|caffeine|coffee)\b",
    re.IGNORECASE,
)

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
    topic = UNCOVERED_TOPICS.search(question)
    # Compare stems: a question about "drive" is covered by a quote about "driving".
    if topic and not re.search(r"\b" + re.escape(topic.group(0).lower()[:4]), lowered):
        return "topic_not_in_corpus"
    for wants, evidence in FIGURES:
        if wants.search(question) and not evidence.search(quoted):
            return "figure_not_in_corpus"
    return ""
