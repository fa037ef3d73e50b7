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
# Questions that want a figure (hours, a price, a percentage) need a passage that has one.
WANTS_A_FIGURE = re.compile(
    r"\b(half[- ]?life|how many (hours|days|weeks|milligrams|mg|people|percent)|"
    r"(price|cost|costs|pay|dollars|insurance|medicare|medicaid)\b|how much (does|do|is|will)\b.*\b(cost|pay|charge)|"
    r"what percent(age)?|\bper cent\b|\bstatistic)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def uncovered_reason(question: str, quotes: list[str]) -> str:
    """Why the chosen quotes cannot answer ``question``, or '' when they may."""
    quoted = " ".join(quotes).lower()
    for match in OTHER_DRUGS.finditer(question):
        if match.group(0).lower() not in quoted:
            return "other_drug"
    if WANTS_A_FIGURE.search(question) and not _DIGIT.search(quoted):
        return "figure_not_in_corpus"
    return ""
