"""Questions that ask where to find help: a number to call, a helpline, treatment near them.

They get the reviewed help lines for the region (safety/data/hotlines.yaml, situation
``finding_treatment``: in the US, SAMHSA's National Helpline and FindTreatment.gov) at the
top of the reply, with corpus quotes after them where the sources help. The patterns read
the request, not a topic: asking for a way to reach help (call, text, talk to, find, locate)
together with what is sought (a number, a line, treatment, a program, a group, someone).
"""

from __future__ import annotations

import re

MAX_READ = 2000

_SEEKER = r"(?:i|we|you|he|she|they|someone|somebody|my \w+|a person|people|family|families)"
_SOUGHT = (
    r"(?:help|treatment|rehab|a rehab|detox|a detox|(?:a |an )?(?:treatment |rehab |detox |outpatient |inpatient )?"
    r"(?:program|programme|center|centre|facility|clinic|provider)s?|support(?: groups?)?|a support group|"
    r"meetings?|a meeting|counseling|a counselor|a therapist|someone to talk to)"
)
ENGLISH = re.compile(
    r"\b(?:phone |hotline |helpline |help ?line |crisis )?numbers? (?:i|we|you|he|she|they|to|for|that)\b"
    r"|\b(?:is|are) there (?:a|an|any) (?:hot ?line|help ?line|help ?lines|phone line|number|line|free line)\b"
    r"|\b(?:hot ?line|help ?line)s?\b"
    r"|\b(?:who|where|what number) (?:can|could|do|should|would) " + _SEEKER + r" (?:call|text|ring|phone|contact)\b"
    r"|\b(?:where|how) (?:can|could|do|does|should|would|to) (?:" + _SEEKER + r" )?(?:find|get|look for|locate|"
    r"search for|start looking for|go (?:to )?for) " + _SOUGHT + r"\b"
    r"|\b(?:find|finding|locate|locating) (?:a |an |the )?(?:good |local |nearby |affordable |free )?"
    r"(?:treatment|rehab|detox)(?: (?:center|centre|program|programme|facility|clinic|options?))?s?\b"
    r"|\b(?:treatment|rehab|detox|help|programs?|programmes?|centers?|centres?|clinics?|facilit(?:y|ies)|"
    r"(?:support )?groups?|meetings?|counselors?|therapists?) (?:near|close to|around) (?:me|us|here)\b",
    re.IGNORECASE,
)
SPANISH = re.compile(
    r"\b(?:número|numero|línea|linea) "
    r"(?:de ayuda|de teléfono|de telefono|para llamar|gratuita|de atención|de atencion)\b"
    r"|\b(?:a quién|a quien|dónde|donde|adónde|adonde) (?:puedo|podemos|puede|pueden|debo|debemos) "
    r"(?:llamar|acudir|pedir ayuda|buscar ayuda|"
    r"encontrar (?:ayuda|tratamiento|un centro|rehabilitación|rehabilitacion))\b"
    r"|\b(?:encontrar|buscar|conseguir) (?:un )?(?:tratamiento|centro de (?:tratamiento|rehabilitación|rehabilitacion)|"
    r"rehabilitación|rehabilitacion|grupo de apoyo)\b",
    re.IGNORECASE,
)


def seeks_help(question: str) -> bool:
    text = question[:MAX_READ]
    return bool(ENGLISH.search(text) or SPANISH.search(text))


# What is sought is treatment or help for addiction: the question is in this product's domain
# however the topic gate reads it (it was trained on few Spanish questions).
_TREATMENT = re.compile(
    r"\b(treatment|rehab\w*|detox\w*|help|support|recovery|addiction|counsel\w*|therap\w*|"
    r"tratamiento|rehabilitaci[oó]n|desintoxicaci[oó]n|ayuda|apoyo|adicci[oó]n|terapia)\b",
    re.IGNORECASE,
)


def seeks_treatment(question: str) -> bool:
    text = question[:MAX_READ]
    return seeks_help(text) and bool(_TREATMENT.search(text))


# A named line asked for ("what's the poison control number", "988 number again?", "¿cuál es el
# número de la línea de crisis?"): the hotline ids of the reviewed file it names. The ids, not the
# numbers, are read here; every contact shown comes from safety/data/hotlines.yaml.
_ASKS_FOR = re.compile(
    r"\b(what'?s|whats|what is|what are|give me|send me|tell me|need|want|have|get|number|numbers|contact|"
    r"dame|me das|me pasas|cu[aá]l es|n[uú]mero|tel[eé]fono)\b",
    re.IGNORECASE,
)
_NAMED_LINES = {
    "poison": re.compile(
        r"\b(poison (control|help|center|centre|line|hotline)s?|poisons? (information|info) (line|centre|center)|"
        r"(centro de )?toxicolog[ií]a|control de envenenamientos?|l[ií]nea de (envenenamiento|intoxicaci[oó]n)\w*)\b",
        re.IGNORECASE,
    ),
    "crisis_line": re.compile(
        r"\b(988|suicide (hot ?line|help ?line|line|lifeline|prevention (line|hotline|number))|"
        r"crisis (hot ?line|line|number)|lifeline|"
        r"samaritans|l[ií]nea (de (crisis|prevenci[oó]n del suicidio)|988))\b",
        re.IGNORECASE,
    ),
    "text_line": re.compile(r"\bcrisis text ?line\b|\btext line\b", re.IGNORECASE),
    "treatment": re.compile(
        r"\b(samhsa|national helpline|treatment (hot ?line|help ?line|referral line))\b", re.IGNORECASE
    ),
}


def lines_asked(question: str) -> list[str]:
    """The ids of the help lines ``question`` asks for by name, in the order of ``_NAMED_LINES``."""
    text = question[:MAX_READ]
    if not _ASKS_FOR.search(text):
        return []
    return [line_id for line_id, pattern in _NAMED_LINES.items() if pattern.search(text)]
