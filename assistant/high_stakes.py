"""Questions where one thing matters most: stopping, cutting down, missing doses, running out.

Their answer opens with the corpus's passage on tapering gradually with medical supervision
instead of stopping suddenly (the refusal's general education), then quotes what else the
sources say. Read in English and Spanish; the patterns name the act, whatever drug or none.
"""

from __future__ import annotations

import re

MAX_READ = 2000

ABOUT_STOPPING = re.compile(
    r"\b(?:stop|stops|stopped|stopping|quit|quits|quitting|discontinu\w*|cease|ceasing)\b"
    r"(?! (?:smoking|drinking|vaping|eating|worrying|thinking|overthinking))"
    r"|\bcold[- ]turkey\b"
    r"|\b(?:come|coming|came|get|getting|go|going|wean|weaning|ween|taper|tapering|tapered) off\b"
    r"|\b(?:cut|cutting|cuts) (?:down|back)\b|\b(?:lower|lowering|reduce|reducing|decrease|decreasing|drop|dropping) "
    r"(?:my |the |his |her |their |a )?(?:dose|dosage|amount|pills?|meds|medication)\b"
    r"|\b(?:miss|missed|missing|skip|skipped|skipping|forgot|forget|forgetting) (?:a |one |two |my |the |his |her )?"
    r"(?:dose|doses|pill|pills|meds|medication|klonopin|clonazepam)\b"
    r"|\b(?:run|ran|running|runs) out of\b"
    r"|\b(?:dej(?:ar|a|as|an|o|é|e|ó|ando|aron)|suspend(?:er|e|es|en|o|í|ió|iendo|ieron)|"
    r"par(?:ar|an|o|é|ó|ando)) (?:de tomar|el|la|los|las|mi|mis|su|sus)\b"
    r"|\bparas? de tomar\b"
    r"|\b(?:reduc(?:ir|e|en|o|ió)|baj(?:ar|a|an|o|ó)|disminu(?:ir|ye|yen|yo|yó)) (?:la|mi|su|sus) dosis\b"
    r"|\b(?:olvidé|olvide|se me olvidó|se me olvido) (?:una|la|mi|tomar)\b"
    r"|\bse me (?:acabó|acabo|acabaron|terminaron)\b",
    re.IGNORECASE,
)


# The act named for this drug (or one's own prescription), not "stop worrying" or another habit.
OWN_MEDICINE = re.compile(
    r"\b(?:klonopin|clonazepam|benzos?|benzodiazepines?|k-?pins?|rivotril)\b"
    r"|\b(?:my|his|her|their|your) (?:meds|medication|medicine|prescription|pills)\b",
    re.IGNORECASE,
)


def about_stopping(question: str) -> bool:
    return bool(ABOUT_STOPPING.search(question[:MAX_READ]))


def about_stopping_the_drug(question: str) -> bool:
    """About stopping, and naming the drug or one's own medicine: the taper passage answers it
    even when nothing else in the sources fits the words ("is quitting klonopin cold turkey risky?")."""
    return about_stopping(question) and bool(OWN_MEDICINE.search(question[:MAX_READ]))
