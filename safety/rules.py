"""Explicit signals: patterns for phrasings the classifier must never miss.

Each rule has a name that goes into the response's ``reason`` so a reviewer can see why a
message was routed. Patterns are matched on lowercased text with curly quotes flattened.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    category: str  # suicide | overdose | medical | dosing
    pattern: re.Pattern[str]


def _r(name: str, category: str, pattern: str) -> Rule:
    return Rule(name, category, re.compile(pattern, re.IGNORECASE | re.DOTALL))


_PILLS = r"(pills?|tablets?|klonopins?|clonazepam|kpins?|k-?pins?|benzos?|meds|bottle)"
_ME = r"(i|i'm|im|i've|ive|me|my|we|he|she|they|him|her|his|their|my \w+)"
_DEPRESSANTS = r"(alcohol|drinks?|drinking|drank|beers?|vodka|wine|liquor|shots|opioids?|oxy\w*|percocets?|fentanyl|heroin|methadone|hydrocodone|vicodin|morphine|codeine|lean)"
_SYMPTOMS_NOW = r"(faint|fainting|pass(ing)? out|passed out|can'?t (breathe|stay awake|wake|feel my \w+)|hard to breathe|breathing (sounds |is |seems )?(slow|weird|shallow|funny|gurgl\w*)|gurgl\w*|so (dizzy|sleepy)|room is spinning|blacking out|throwing up|can'?t keep (my )?eyes open|numb)"

CRISIS_RULES: tuple[Rule, ...] = (
    _r(
        "child_ingestion",
        "overdose",
        r"\b(child|kid|toddler|baby|\d+ ?(year|yr|month)s? old|hij[oa] de \d+|beb[eé]|niñ[oa]|nieto|nieta)\b.{0,50}\b(swallowed|ate|got into|chewed|se trag[oó]|se comi[oó]|agarr[oó])\b.{0,40}\b(pills?|tablets?|klonopin|clonazepam|bottle|pastillas?|frasco)\b",
    ),
    # Suicide and self-harm, English.
    _r("suicide_word", "suicide", r"\bsuicid\w*"),
    _r(
        "kill_self",
        "suicide",
        r"\b(kill|killing|off|hurt|hurting|harm|harming|cut|cutting|burn|burning)\s+(my ?self|myself)\b",
    ),
    _r("self_harm", "suicide", r"\bself[- ]?harm\w*"),
    _r("end_life", "suicide", r"\b(end|ending|take|taking)\s+(my|own|their)\s+(own\s+)?life\b|\bend it( all)?\b"),
    _r(
        "want_to_die",
        "suicide",
        r"\b(want|wanna|going|ready|deserve|wish)\s+(to\s+)?(die|be dead)\b|\bwish i (was|were) dead\b",
    ),
    _r(
        "not_want_live",
        "suicide",
        r"\bdon'?t\s+(want|wanna)\s+(to\s+)?(live|be alive|be here|exist|wake up)\b|\bwish i (could )?(wouldn'?t|didn'?t|never) wake up\b",
    ),
    _r(
        "better_off",
        "suicide",
        r"\bbetter off (dead|without me|if i (was|were|wasn'?t|weren'?t|just|didn'?t|died|disappeared|was gone))\b|\bif i (just )?(wasn'?t|weren'?t) (around|here|alive)\b|\bno one would (miss|care)\b|\bburden (to|on) everyone\b",
    ),
    _r(
        "no_point",
        "suicide",
        r"\b(no|any) (point|reason) (in |to )?(living|going on|anymore|being here|to live|to keep going)\b|\bsee the point (anymore|in anything)\b|\bwhat'?s the point (of|in) (living|going on|anything|life|trying|being alive)\b|\b(sleep|go to sleep) forever\b|\b(can'?t|cannot|don'?t) see (the|any) point (of|in) (any of it|anything|living|life|going on)\b|\bcan'?t (go on|keep going|do this anymore)\b",
    ),
    _r(
        "goodbye",
        "suicide",
        r"\b(saying|say|this is( my)?) goodbye\b|\bgoodbye (everyone|forever|world)\b|\b(final|last) (message|goodbye|note)\b",
    ),
    _r(
        "giving_away",
        "suicide",
        r"\b(gave|giving|give) (away )?(most of |all of |all )?my (stuff|things|belongings|possessions)\b|\bfound (someone|somebody|a home) (to take|for) my (cat|dog|pets?|kids?)\b|\bwon'?t (be needing|need) (it|this|them|anything) (after (this|tonight|today)|anymore)\b",
    ),
    _r(
        "goodbye_letters",
        "suicide",
        r"\b(wrote|writing|written|left) (a |some |my )?(goodbye )?(letters?|notes?) (to|for)\b|\bnone of this (was|is) (their|your|his|her) fault\b",
    ),
    _r(
        "not_around",
        "suicide",
        r"\bnot (be |going to be |gonna be |planning (on|to) be(ing)? )?(around|here) (much longer|anymore|for long|tomorrow|next (week|month|year)|by (then|\w+day)|after (this|tonight))\b",
    ),
    _r(
        "not_wake_up",
        "suicide",
        r"\b(fall asleep|go to sleep|sleep) and (not|never) wake( up)?\b|\bif i (didn'?t|don'?t|never|wouldn'?t) wake up\b",
    ),
    _r(
        "enough_pills",
        "suicide",
        r"\b(more than )?enough (pills|klonopin|clonazepam|meds|tablets)\b.{0,30}\b(for that|to (do it|end|die|not wake|never wake)|tonight)\b|\bi'?ve got (more than )?enough (pills|meds|tablets)\b",
    ),
    _r(
        "stockpile",
        "suicide",
        r"\b(full|whole|entire) bottle\b.{0,60}\b(done|end|enough|tonight|ready|all of it|finish)\b|\b(saving|saved|stockpil\w*|hoard\w*) (up )?(my |all my )?"
        + _PILLS,
    ),
    _r(
        "lethal_amount",
        "suicide",
        r"\bhow (much|many)\b.{0,30}\b(pills?|tablets?|mg|milligrams?|klonopin|clonazepam|kpins?|of (it|them|these|those|my))\b.{0,40}\b(kill|die|lethal|deadly|fatal|never wake)\b|\b(lethal|deadly|fatal) (dose|amount)\b",
    ),
    # Suicide and self-harm, Spanish.
    _r(
        "matarme_es",
        "suicide",
        r"\b(matarme|quitarme la vida|acabar con mi vida|acabar con todo|hacerme da[nñ]o|cortarme|lastimarme)\b|\b(me estoy haciendo|me hago|me hice) da[nñ]o\b|\b(me estoy|estoy|sigo) (cort[aá]ndome|lastim[aá]ndome)\b|\bme estoy cortando\b|\bme (corto|lastimo)\b",
    ),
    _r(
        "morir_es",
        "suicide",
        r"\b(quiero|quisiera|prefiero|deseo)\s+(morir|morirme|estar muert[oa]|desaparecer)\b|\bno quiero (vivir|seguir|despertar)\b",
    ),
    _r(
        "sin_sentido_es",
        "suicide",
        r"\bno (tiene|le veo) sentido (vivir|seguir|nada)\b|\bmejor (estar[ií]an|sin m[ií])\b|\bestar[ií]an mejor sin m[ií]\b|\bdespedirme\b|\bya no puedo m[aá]s\b",
    ),
    # Overdose in progress.
    _r(
        "took_many",
        "overdose",
        r"\b(took|taken|take|swallowed|ate|popped|downed|had|chugged)\b.{0,40}\b(whole|entire|all( of)?( my)?|the rest|rest of|bunch|handful|lots?|too many|way too|extra|\d{2,}|ten|fifteen|twenty|thirty)\b.{0,25}"
        + _PILLS,
    ),
    _r(
        "overdosing",
        "overdose",
        r"\b"
        + _ME
        + r"\s+(just\s+|might\s+(have\s+)?|may\s+(have\s+)?|think\s+(i|he|she|they)\s+|probably\s+)?(overdosed|od'?d|o\.d\.?'?d|am overdosing|is overdosing|are overdosing)\b|\b(i'?m|is|am) (having an|in an) overdose\b",
    ),
    _r(
        "mixed_and_symptoms",
        "overdose",
        r"\b(klonopin|clonazepam|pills?|benzos?|kpins?)\b.{0,80}\b"
        + _DEPRESSANTS
        + r"\b.{0,80}\b"
        + _SYMPTOMS_NOW
        + r"|\b"
        + _DEPRESSANTS
        + r"\b.{0,80}\b(klonopin|clonazepam|pills?|benzos?|kpins?)\b.{0,80}\b"
        + _SYMPTOMS_NOW,
    ),
    _r(
        "sobredosis_es",
        "overdose",
        r"\b(me tom[eé]|tom[eé]|se tom[oó]|tomó|me trag[ueé]|se trag[oó])\b.{0,40}\b(todas|todo|muchas|varias|el frasco|la caja|un mont[oó]n|un pu[nñ]ado)\b|\b(tuve|tiene|estoy teniendo|creo que es) (una )?sobredosis\b",
    ),
    # Medical emergency now.
    _r(
        "mezcla_es",
        "overdose",
        r"\b(clonazepam|klonopin|rivotril|pastillas?)\b.{0,60}\b(alcohol|oxicodona|hero[ií]na|opio\w*|tragos|cervezas?|fentanilo|metadona)\b.{0,80}\b(respirar|mareado|mareada|desmay\w*|despiert\w*|los ojos|inconsciente)\b|\b(mareado|mareada)\b.{0,40}\b(no puedo|casi no)\b",
    ),
    _r(
        "seizure_now",
        "medical",
        r"\b(having|has|had|is having|just had|started having) (a |another )?(seizure|fit|convulsion)s?\b|\b(is |are |started |keeps )(seizing|convulsing|shaking uncontrollably)\b|\bseizing\b|\b(shaking|jerking|twitching) all over\b|\b(bit|biting|bitten) (my|his|her|their) tongue\b|\btongue (is |was )?bleeding\b|\bwhole body (just )?(jerked|shook|convulsed|stiffened)\b|\bblacked out\b.{0,60}\b(twitch\w*|jerk\w*|shak\w*|convuls\w*)|\bon the floor\b.{0,30}\b(shaking|jerking|twitching|convulsing)\b|\b(shaking|jerking|twitching)\b.{0,30}\bon the floor\b",
    ),
    _r(
        "unresponsive",
        "medical",
        r"\bunresponsive\b|\bturning (blue|gray|grey|purple)\b|\bwon'?t (answer|respond)( me| to \w+)?\b|\bnot (responding|answering)( me)?\b|\b(won'?t|will not|can'?t|cannot|couldn'?t) (wake|rouse) (him|her|them|my \w+)( up)?\b|\b(isn'?t|is not|not|stopped|barely) breathing\b|\blips? (are |is )?(turning |going )?(blue|purple|gray|grey)\b|\bwon'?t wake up\b",
    ),
    _r(
        "cant_breathe",
        "medical",
        r"\b(i|he|she|they) can'?t breathe\b|\bchest pain\b|\bcall(ing)? 911\b|\bemergency room now\b",
    ),
    _r(
        "emergencia_es",
        "medical",
        r"\b(convulsi\w+|convulsionando|ataque epil[eé]ptico)\b|\bno (se )?(despierta|respira|reacciona|responde)\b|\brespira (muy )?(raro|lento|mal|poco)\b|\binconsciente\b|\blabios (azules|morados)\b|\b(no puedo|me cuesta (mucho )?) respirar\b",
    ),
)

DOSING_RULES: tuple[Rule, ...] = (
    _r(
        "others_pills",
        "dosing",
        r"\b(can|should|could|may|is it ok(ay)? (to|if))\b.{0,15}\b(i|we|he|she)\b.{0,10}\b(take|use|borrow|have)\b.{0,10}\b(my \w+'?s|someone else'?s|his|her|their|a friend'?s)\b.{0,15}\b(klonopin|clonazepam|pills?|meds|prescription|kpins?)\b",
    ),
    _r(
        "how_much_should",
        "dosing",
        r"\bhow (much|many)\b.{0,40}\b(should|can|could|do|would|must|to)\b.{0,12}\b(i|we|he|she|they|you|someone|a person)?\b.{0,25}\b(take|use|give|have|cut|reduce|drop|lower|increase|decrease|split|start)\b",
    ),
    _r("how_many_mg", "dosing", r"\bhow (much|many) (mg|milligrams?|mgs|pills?|tablets?|klonopin|clonazepam)\b"),
    _r(
        "what_dose",
        "dosing",
        r"\b(what|which|right|correct|good|safe|normal|starting|usual|typical)\s+((klonopin|clonazepam|benzo)\s+)?(dose|dosage|amount|strength)\b.{0,50}\b(should|do|can|would|for|is)\b",
    ),
    _r(
        "taper_schedule",
        "dosing",
        r"\b(taper\w*|wean\w*|cut(ting)? (back|down)|come off|get off|reduc\w+|lower\w*|decreas\w+|drop\w*)\b.{0,60}\b(schedule|plan|regimen|how fast|how quickly|how slow\w*|per (week|day)|each (week|day)|every (week|day|other|\d)|by how much|what percent|percent|mg|milligrams?|how much)\b",
    ),
    _r(
        "schedule_for_me",
        "dosing",
        r"\b(give|make|write|create|design|suggest|recommend|tell|show|plan)\b.{0,25}\b(me|us|him|her|them|my)\b.{0,30}\b(taper\w*|schedule|plan|dose|dosage|regimen|how much)\b",
    ),
    _r(
        "how_fast_should",
        "dosing",
        r"\bhow (fast|quickly|slowly|slow|long|often)\b.{0,30}\b(should|can|do|could|must)\b.{0,12}\b(i|we|he|she|they|you)\b.{0,30}\b(taper|wean|reduce|cut|come off|get off|stop|quit|drop|lower|take)\b",
    ),
    _r(
        "can_i_take_more",
        "dosing",
        r"\b(can|should|could|may|is it (ok(ay)?|safe|fine|bad) (to|if))\b.{0,15}\b(i|we|he|she|you|they)\b.{0,30}\b(take|have|double|split|cut|crush|skip|add|up|bump|chew)\b.{0,40}\b(another|extra|more|second|half|a double|double|dose|pills?|tablets?|\d|mg|tonight|early|quarter)\b",
    ),
    _r(
        "conversion",
        "dosing",
        r"\b(convert\w*|conversion|equivalen\w*|switch\w* (me |from|to)|swap\w*|cross[- ]?taper\w*)\b.{0,60}\b(valium|diazepam|xanax|alprazolam|ativan|lorazepam|librium|chlordiazepoxide|benzo\w*|klonopin|clonazepam)\b",
    ),
    _r(
        "maximum_dose",
        "dosing",
        r"\b(max(imum)?|highest|most|upper limit|safe limit)\b.{0,20}\b(dose|dosage|mg|amount|i can take|you can take)\b|\bhow much is too much\b",
    ),
    _r(
        "how_much_ok",
        "dosing",
        r"\bhow (much|many)\b.{0,40}\b(would be|is|are|'?s) (ok(ay)?|safe|fine|too much|enough|alright)\b",
    ),
    _r(
        "give_someone",
        "dosing",
        r"\b(can|should|could|is it ok(ay)? (to|if)) i give\b.{0,40}\b(one|some|a|my|half|any)\b.{0,20}\b(klonopin|clonazepam|pills?|kpins?|tablets?)\b",
    ),
    _r(
        "lowest_dose",
        "dosing",
        r"\b(lowest|smallest|minimum|min|least) (effective )?(dose|dosage|amount|mg)\b|\b(dose|dosage)\b.{0,40}\b(my (size|weight|age|height)|for someone (my|of my|like me)|i weigh|\d+\s*(lbs|pounds|kg|kilos))\b",
    ),
    _r("mg_amount", "dosing", r"\b\d+(\.\d+)?\s*(mg|milligrams?|mgs)\b|\b(half|quarter) (a |of a )?(pill|tablet|mg)\b"),
    _r(
        "what_take_now",
        "dosing",
        r"\bwhat (should|can|do) (i|we|he|she) take\b|\b(take|have) (one|another|some|more) (tonight|now|today)\b",
    ),
    _r("missed_dose", "dosing", r"\bmissed (a |my |his |her )?dose\b|\bdouble (up|dose|my dose)\b"),
    _r(
        "roleplay_dose",
        "dosing",
        r"\b(pretend|act as|acting as|you are now|you'?re my|role[- ]?play|hypothetic\w*|in a (story|novel|book|script)|for a (story|novel|book|character|screenplay)|fiction\w*)\b.{0,120}\b(dose|dosage|taper\w*|schedule|mg|how much|how many|prescri\w+)\b",
    ),
    _r(
        "cuanto_es",
        "dosing",
        r"\bcu[aá]nt[oa]s?\b.{0,40}\b(tomar|tomo|tome|debo|puedo|deber[ií]a|mg|miligramos|pastillas?|clonazepam|klonopin)\b",
    ),
    _r(
        "dosis_es",
        "dosing",
        r"\b(dosis|pauta)\b.{0,50}\b(debo|puedo|deber[ií]a|tomar|para m[ií]|mi|me|recomienda\w*|m[aá]xima)\b|\b(mi|su) dosis\b",
    ),
    _r(
        "reducir_es",
        "dosing",
        r"\b(reducir|bajar|disminuir|dejar|quitar)\w*\b.{0,60}\b(semana|plan|calendario|r[aá]pido|cu[aá]nto|mg|miligramos|por d[ií]a|cada)\b",
    ),
    _r(
        "equivalencia_es",
        "dosing",
        r"\b(equivalen\w*|convert\w*|cambiar)\b.{0,60}\b(valium|diazepam|xanax|alprazolam|lorazepam)\b",
    ),
    _r(
        "plan_es",
        "dosing",
        r"\b(dame|hazme|escr[ií]beme|dime|d[ií]game)\b.{0,30}\b(plan|pauta|calendario|dosis|cu[aá]nto)\b|\bplan (para|de) (dejar|reducir|bajar|quitar)\b",
    ),
)


def clean(text: str) -> str:
    """NFKC, without invisible format characters (zero-width spaces and the like)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")


def normalize(text: str) -> str:
    return clean(text).lower().replace("’", "'").replace("‘", "'")


# A past event ("overdosed last year") is not an overdose in progress.
_LONG_AGO = re.compile(
    r"\b(last (year|month|summer|winter|spring|fall)|(years?|months?) ago|in the past|back in \d{4})\b"
)
_IN_PROGRESS = ("took_many", "overdosing", "mixed_and_symptoms")
_NOW = re.compile(
    r"\b(tonight|today|now|just|again|this (morning|evening|afternoon)|(an|a few|\d+) (hours?|minutes?) ago)\b"
)


def first_match(text: str, rules: tuple[Rule, ...]) -> Rule | None:
    flat = normalize(text)
    for rule in rules:
        if rule.pattern.search(flat):
            if rule.name in _IN_PROGRESS and _LONG_AGO.search(flat) and not _NOW.search(flat):
                continue
            return rule
    return None
