"""The safety gate: runs before retrieval, on the whole conversation.

Decision order, so that a crisis can never lose:
1. Crisis: explicit rules, then the learned classifier, on the message, and read
   together with the turn before for a short follow-up. Any crisis signal wins over dosing, scope and other-drug checks.
2. A crisis earlier in the conversation that is still going on.
3. Individual dosing: rules, a request to continue a schedule found in the history, then
   the classifier.
4. Everything else passes; a message that touches dying, overdose, self-harm or taking
   too much carries the help lines whatever the reply (``Verdict.safety_net``).

Each decision says why in its ``reason`` ("self_harm:rule=method_way",
"overdose:model=0.83", "individual_dosing:history_schedule").

History: user turns are what the person said; they are used for crisis memory and for
reading a short follow-up. An assistant turn is only what a client claims the assistant
said: it is never continued and never read for crisis signals of its own; a dose or schedule
in it makes a request to continue, repeat or adjust it a dosing refusal, and a question in it
about thoughts of suicide or self-harm makes a "yes" to it a crisis (a made-up turn can only
bring the help lines).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.conversation import previous_user_messages, recent_turns, turn_text
from ingest.embedding import Embedder
from safety.language import detect
from safety.model import CRISIS_LABELS, LABELS, SITUATION, MessageClassifier
from safety.rules import (
    CRISIS_RULES,
    DOSING_RULES,
    about_software,
    describes_past_event,
    first_match,
    in_a_game,
    normalize,
    pill_described,
    says_now,
)

CALIBRATION = Path(__file__).parent / "data" / "calibration.json"
REASON = {
    "suicide": "self_harm",
    "overdose": "overdose",
    "medical": "medical_emergency",
    "withdrawal": "withdrawal_emergency",
    "harm_others": "harm_to_others",
    "dosing": "individual_dosing",
}
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
# "Who should I talk to if I want to stop taking it?" asks whom to ask, never for a dose.
_ASKS_WHOM = re.compile(
    r"\bwho (should|can|could|do|would) (i|we|you|someone|my \w+) (talk|speak|go|turn)( to)?\b"
    r"|\bwhere (can|do|should|could) (i|we) (get|find|go for) (help|support|treatment)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(i|me|my|i'm|im|i've)\b", re.I)
_DOSE_WORD = re.compile(r"\b(dose|mg|pills?|tablets?|taper\w*|take|taking)\b", re.I)


def _first_person_dose(message: str) -> bool:
    """A first-person word, then a dose word later on (two linear scans, not one quadratic one)."""
    person = _FIRST_PERSON.search(message)
    return person is not None and _DOSE_WORD.search(message, person.end()) is not None


# The classifier may only refuse a message that talks about amounts or changes of medicine.
_DOSE_TALK = re.compile(
    r"\b(dos(e|es|age|ing|is)|mg|milligram\w*|taper\w*|wean\w*|pills?|tablets?|take|taking|took|cut\w*|reduc\w*|"
    r"lower\w*|increas\w*|decreas\w*|split|schedule|regimen|quit\w*|stop\w*|come off|get off|skip\w*|double|"
    r"benzo\w*|valium|diazepam|xanax|tomar|tomo|pastillas?|dejar|reducir|bajar|bajo|reduzco|cantidad|amounts?)\b"
    # "3mg", "the full 4 or just 3": an amount with no dose word.
    r"|\d\s*mgs?\b|\b\d+([.,]\d+)?\s+or\s+(just |only )?\d",
    re.IGNORECASE,
)
# After an overdose or emergency earlier in the conversation, these mean it is still going on.
_STILL_UNWELL = re.compile(
    r"\b(tired|sleepy|drowsy|dizzy|woozy|confused|can'?t breathe|hard to breathe|numb|spinning|passing out|"
    r"throwing up|can'?t stay awake|worse|shaking|seeing things|cansad[oa]|maread[oa]|dormid[oa]|confundid[oa])\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(
    r"\b(that|it|this|those|them|did so|did too|already|tonight|too late|anyway|eso|lo hice|ya)\b", re.IGNORECASE
)
SHORT_FOLLOW_UP = 80
# "Is suicidal ideation a symptom of withdrawal?" asks about suicide; it does not signal one.
_ABOUT_SUICIDE = re.compile(
    r"\b(is|are|can|does|do|could|why)\b.{0,60}\bsuicid\w*.{0,50}\b(symptoms?|side effects?|cause[sd]?|common|normal|known|risks?|linked)\b|"
    r"\b(cause|causes|lead to|linked to|risk of)\b.{0,40}\bsuicid\w*|"
    r"\b(do|does|can|could|why do|why does|how often do|is it common for)\s+(people|someone|patients|users|many people|"
    r"some people|a person|anyone|folks)\s+(\w+\s+){0,2}(feel|get|become|turn|go|are|be)\s+suicidal\b",
    re.IGNORECASE,
)
_MENTIONS_SUICIDE = re.compile(r"\bsuicid\w*|\bsuicid", re.IGNORECASE)
_FIRST_PERSON_INTENT = re.compile(
    r"\b(i|i'm|im|i've|ive)\b.{0,30}\b(want|wanna|going|thinking|plan|planning|ready|feel like)\b", re.I
)
# A seizure or confusion after stopping or cutting down is a withdrawal emergency, not "an overdose".
_WITHDRAWAL_CONTEXT = re.compile(
    r"\b((dose|dosage|doses|klonopin|clonazepam|meds|prescription|script) (got|was|were|has been|have been|being|is being) (cut|lowered|reduced|dropped|halved|stopped|tapered)|(klonopin|clonazepam|rivotril|benzos?|meds) (stopped|cut off|discontinued)\b|discontinu\w+|(went|go|going|cut|dropped|dropping|came|jumped|jumping|tapered) (down |straight )?from \d+(\.\d+)? ?(mg)? (to|down to) (\d|nothing|zero|none)|(been|being|i'?m|he'?s|she'?s) off (k|kpins?|k-?pins?|it|them|benzos?|klonopin|clonazepam) for|se me (acab[oó]|termin[oó])|(didn'?t|did not|wouldn'?t|would not|won'?t|refused to) (give|let) (him|her|me|them) (have )?(any|it|them|(his|her|my|their) (meds|klonopin|clonazepam|pills|dose))|\b(then|and) to (zero|nothing)\b|(bajar|bajando|baj[eéoó]|ha bajado|reducir|reduciendo|reduje|redujo|reduc[ií]) (el|la|mi|las|de) |(me|se) qued[oó]? sin|me qued[eé] sin|(?<!not )(?<!n't )(?<!never )stopp(ed|ing)\b(?! (breathing|bleeding|responding|moving|at|by|in|into|for|over|to (see|get|talk|ask|eat|rest)))|(klonopin|clonazepam|rivotril|mg|dose|dosis|pills?|meds|benzos?|\d)\b[^.!?]{0,25}\bto (0|zero|nothing|none)\b|quit(s|ting)?|ran out|run out|cut (back|down)|cutting (back|down)|cold turkey|(?<!n't )(?<!nt )(?<!not )(?<!never )(missed|skipped|skipping) (doses|a dose|my dose|(\w+ ){1,2}doses|my (klonopin|clonazepam|meds|pills))|"
    r"haven'?t (taken|had)|off (my |her |his |the )?(klonopin|clonazepam|benzos?|meds)|(jump\w*|came|coming|went|got|getting) off (the rest|my last|of my)|taper\w*|withdraw\w*|detox\w*|"
    r"dej[eéoó]\b(?! de (respirar|responder|reaccionar|moverse|sangrar))|dejar\w*|abstinencia|day \d+ (of )?(no|off|without|clean) (my |his |her |the )?(k|kpins?|klonopin|clonazepam|benzos?|meds|pills|xanax|ativan|valium|rivotril)|day \d+ of zero|\d+ days? (off|without|no) (my |his |her |the )?(k|kpins?|klonopin|clonazepam|benzos?|meds|pills|xanax|ativan|valium|rivotril)|since (my|his|her) last (dose|pill)|took (myself|him|her|them) off (both|all|everything|(my|his|her|the|their) (\w+ )?(meds|pills|benzos?|klonopin|clonazepam|xanax|rivotril|k))|(off|without) (my |his |her |the )?(k|kpins?|klonos?|clonas?|rivotril)|(cutting|cut|dropping|reducing|lowering) (my |his |her |the )?(klonopin|clonazepam|dose|doses|dosage|meds|benzos?|pills|k|kpins?|rivotril)|(quit|stopped) (both|everything|all of (it|them)|cold turkey)|cold turkey|(bajando|bajar|baj[eé]|me bajaron|sin tomar|sin (tomar )?(mi|el|la|las|los|su)) (\w+ )?(clona\w*|rivotril|pastillas?|dosis|medicinas?|medicamentos?|benzos?))\b",
    re.IGNORECASE,
)
# Touches dying, overdose, self-harm or taking too much: help lines go with any reply.
_NET = re.compile(
    r"\b(die|dies|died|dying|death|deaths|dead|deadly|lethal|fatal|overdos\w*|od'?d?|o\.d\.?|suicid\w*|self[- ]?harm\w*|"
    r"kill\w*|too (much|many)|more than (prescribed|my dose|i should)|poison\w*|(not|never) wake|end (it|my life|things)|"
    r"hurt(ing)? (my|him|her|them)sel\w*|cut(ting)? myself|unalive\w*|kms|want out|had enough|can'?t go on|"
    r"seizures?|convuls\w*|unresponsive|not breathing|blue lips|hallucinat\w*|"
    r"morir\w*|muert[eoa]s?|sobredosis|suicid\w*|matar\w*|demasiad[oa]s?|envenen\w*|convulsi\w*)\b",
    re.IGNORECASE,
)
# Danger words in a figure of speech ("killing it at the gym", "bored to death", "I'm dead 💀",
# "my phone died") touch nothing dangerous: the classifier alone then needs the plain bar.
_FIGURATIVE = re.compile(
    r"\b(killing|killed|slaying|slayed) it\b(?! (all|off|for good|tonight))"
    r"|\b(commute|job|work|boss|traffic|heat|humidity|back|feet|knees|neck|shoulders|shoes|heels|suspense|cliffhanger|wait|waiting|homework|exams?|meetings?|landlord|neighbou?rs?|kids|toddler|puppy|kitten|song|show|episode|jokes?|memes?|you|u)"
    r"('s| is| are|'re| was| were) (literally |honestly |really |just |absolutely )?killing (me|my (back|feet|knees|vibe|mood))\b(?! (slowly|inside))"
    r"|\b(i'?m|im|i am) (literally |so |actually )?(dead|deceased|dying)\b(?=\s*([💀😂🤣😭😆😹]|lol|lmao|lmfao|rofl|haha|xd|omg))"
    r"|\b(bored|embarrassed|scared|worried|laugh\w*) (half )?to death\b"
    # The feeling of dying is what a panic attack is: "had a panic attack and thought I was dying".
    r"|\b(panic|anxiety) attacks?\b((?!\b(now|tonight|again)\b)[^.!?]){0,80}\b(thought|felt like|was sure|was convinced|feels? like|felt as if|swore)\s+(i|i'?m|i was|i am|i'?d|i would|i'?ll)\s+(going to |gonna |about to )?(dying|die|be dying)\b(?=\s*([.!?]|$))"
    r"|\b(so|too|that) (bored|embarrassed|tired|hungry|hot|cold|happy|excited|jealous)\b[^.!?]{0,15}\bi (could|might) (just )?die\b(?! (tonight|now|if|before|soon))"
    r"|\b(die|died|dying) (of|from) (embarrassment|boredom|laugh\w*|shame|cuteness|curiosity|envy|jealousy)\b"
    r"|\bdying (to (see|know|try|hear|read|meet|go|get|tell|ask|find out|watch)|for (a|some|an|the) (coffee|drink|beer|burger|pizza|nap|vacation|holiday|break|snack|shower|smoke))\b|\bto die for\b"
    r"|\bdead (tired|serious|end|last|center|centre|heat|ringer|giveaway|lift\w*|wrong|broke)\b|\bdeadlines?\b|\bdrop[- ]dead (gorgeous|beautiful)\b"
    r"|\b(phone|battery|laptop|car|computer|plants?|tv|printer|router|charger|headphones|earbuds|watch|flashlight|vibe|conversation|party|group chat) (is |was |just |has |had |totally |finally )*(dead|died|dying|killed)\b"
    r"|\bkill(ing)? for (a|an|some|one|another)\b|\bkilling (me|us)\b(?=[^.!?]{0,25}(\blol\b|\blmao\b|\bhaha|😂|💀|🤣))"
    r"|\b(cat|dog|kitty|puppy|kitten)\b[^.!?]{0,20}\b(stone[- ]cold |little |tiny |fluffy |furry )?killer\b"
    r"|\bdeath (match(es)?|metal|star|valley|stare|grip)\b|\b(be|been|was|will be) the death of (me|us)\b"
    r"|\boverdos\w* on (cake|sugar|candy|chocolate|sweets|coffee|caffeine|carbs|pizza|netflix|tv|anime|content|memes|cuteness|nostalgia|drama|cardio|exercise|reality tv|true crime)\b"
    r"|\b(matar|mata|matando|matamos) el (tiempo|rato|aburrimiento|hambre|antojo)\b|\b(me muero|se muere|me mor[ií]a|muert[oa]s?|me quiero morir|quiero morir(me)?|me voy a morir) de (la |el |los )?(risa|hambre|sue[nñ]o|calor|fr[ií]o|ganas|verg[uü]enza|aburrimiento|cansancio|miedo|envidia|nervios|ternura)\b"
    # As the Spanish rules read it: "me quiero morir jajaja" about a bank queue is a laugh.
    r"|\b(me quiero morir|quiero morir(me)?|me muero|me mato)\b(?=[\s,.!]*(ja(ja)+|je(je)+|js(js)+|xd+\b|lol\b|haha))(?!.{0,40}\b(no es broma|en serio|de verdad|no bromeo)\b)"
    r"|\bkill (some |the )?time\b|\bkill(ed|ing)? (the|my|a) (vibe|mood|buzz|battery|engine|lights?|music|pain of boredom)\b|\bkiller (app|workout|deal|song|view|heels|outfit|playlist|run)\b",
)
# A stock of pills (or another lethal means) said to be at hand: "about 60 left", "a whole bottle".
_MEANS = re.compile(
    r"\b(i'?ve got|i have|i still have|i'?ve still got|i got|got|there'?s|there are|sitting on|tengo|me quedan|guardo)\s+"
    r"(about |around |like |over |more than |at least |almost |nearly |casi |como |unas? |m[aá]s de )?"
    r"(\d{2,}|a lot|lots|plenty|loads|a bunch|a (whole |full )?(bottle|box|stash|drawer)|un (frasco|bote|blister|cajón)|una caja|muchas|un mont[oó]n)\b"
    r"(?!\s*(mg|mcg|ml|milligrams?|%|min\w*|hours?|days?|d[ií]as|weeks?|semanas|months?|meses|years?|a[nñ]os)\b)"
    r".{0,40}\b(pills?|tabs?|tablets?|bars|klonopin|clonazepam|kpins?|benzos?|meds|of (them|those|these|my \w+)|left|saved|pastillas|clonas|rivotril|de sobra|lleno|entero)\b"
    r"|\b(\d{2,}|a (whole|full) bottle of|a lot of) (pills?|tabs?|tablets?|klonopin|clonazepam|kpins?|benzos?|meds)\s+(left|saved|stashed|put away|hidden)\b"
    r"|\b(pastillas|clonas|clonazepam|rivotril) de sobra\b|\b(un )?frasco (entero|lleno)\b"
    r"|\b(and|&) a lot of them\b|\b(gun|rope|pistol|rifle|pistola|cuerda|soga) (is )?(in the|in my|en el|en mi|under|bajo|within reach|al alcance)\b",
    re.IGNORECASE,
)
# A client's history claims a dose or schedule; asking to go on with it is asking for one.
_SCHEDULE_IN_HISTORY = re.compile(
    r"\b\d+(\.\d+)?\s*(mg|milligrams?|mgs)\b|\b(week|day|semana|d[ií]a)\s*\d+\b|\b(taper|reduction|dosing) (schedule|plan)\b|"
    r"\b(per|each|every|a|por|cada) (week|day|night|semana|d[ií]a|noche)\b.{0,40}\b(reduce|cut|drop|lower|take|tome|reduzca)\b",
    re.IGNORECASE,
)
# "no, the cap was on and I counted, all 30 are there": nothing was taken (no "not", no "but", no sign).
_ALL_COUNTED = re.compile(
    r"^(?!.*\b(not|n'?t|aren'?t|missing|faltan?|no est[aá]n|pero|but|except|now|ahora|sleepy|hard to wake|wobbl\w*|vomit\w*|glassy|dormid[oa])\b)"
    r".*\b(counted|checked|cont[eé]|revis[eé])\b.{0,40}\b(all|every|todas|las \d+|\d+)\b.{0,25}\b(there|accounted for|completas|completos|ah[ií])\b",
    re.IGNORECASE,
)
_GENERAL_ASKED = re.compile(
    r"\b(in general|generally|in principle|as a rule|en general|por lo general)\b"
    r"|\bwhy (do|does|would|should|is|are) (people|guides|doctors|prescribers|experts|tapers?|they|the guides?|most)\b"
    r"|\bpor qu[eé] (la gente|los m[eé]dicos|las gu[ií]as)\b",
    re.IGNORECASE,
)
_PLAN_DECLINED = re.compile(
    r"\b(can'?t|cannot|can not|won'?t|will not|unable to|not able to|don'?t|do not|never)\b[^.!?\d]{0,40}\b(taper|reduction|dosing) (schedule|plan)\b"
    r"|\bno (puedo|voy a|es posible)\b[^.!?\d]{0,40}\b(plan|pauta|calendario) de (reducci[oó]n|dosis|bajada)\b",
    re.IGNORECASE,
)
# "You said last time to drop to 0.875", "ya me diste las semanas 1 a 3": the person says this
# product gave them a schedule before. It never does, so going on from it is a dosing request.
_SAYS_YOU_GAVE = re.compile(
    r"\b(you|u)\s+(already\s+)?(said|told|gave|wrote|showed|sent|recommended|suggested)\b.{0,60}"
    r"(\d+([.,]\d+)?\s*(mg|milligrams?)\b|\b(drop|cut|reduce|lower|go down|taper|take|decrease)\w*\b.{0,20}\b(to |by )?(\d+([.,]\d+)?|[.,]\d+)\b(?!\s*((to|-|or|and)\s*\d+\s*)?(weeks?|days?|months?|years?|hours?|minutes?|times)\b)|\b(weeks?|steps?) \d|\b(taper|dosing|reduction) (schedule|plan)\b)"
    r"|\b(me|nos)\s+(diste|dijiste|escribiste|pasaste|mandaste|recomendaste|hab[ií]as dado)\b.{0,60}"
    r"(\d+([.,]\d+)?\s*(mg|miligramos)\b|\b(bajar|reducir|tomar|dejar|quitar)\w*\b.{0,20}\b(a |en )?(\d+([.,]\d+)?|[.,]\d+)\b(?!\s*((a|-|o|y)\s*\d+\s*)?(semanas?|d[ií]as?|meses|mes|a[nñ]os?|horas?|minutos?|veces)\b)|\b(semanas?|pasos?) \d|\bpauta\b|\bplan de (reducci[oó]n|bajada|retirada)\b)",
    re.IGNORECASE,
)
_CONTINUE = re.compile(
    r"\b(faster|slower|quicker|sooner|more gradual\w*|gentler|more aggressive|continue|continua\w*|keep going|go on|carry on|next (steps?|weeks?|stages?|parts?|phases?|doses?|ones?)|what about (week|the next)|"
    r"weeks? \d+|days? \d+ ?(-|–|to|through|thru) ?\d+|what comes (after|next)|and then|after that|finish (it|the|that)|rest of (it|the|that)|same (plan|schedule|taper)|adjust|tweak|repeat|"
    r"say (it|that) again|extend|speed (it|that) up|slow (it|that) down|make it (faster|slower|longer|shorter)|"
    r"where (were we|did (we|you) leave off)|step \d+|(what|which) (was|is) step|again|redo|re-do|once i (get|'?m) (down )?to|get down to|"
    r"send (me )?(it|that|the (whole |full )?(schedule|plan|taper|steps))|(whole|full) (schedule|plan|taper)|too (slow|fast) for me|"
    r"from (week|day|step) \d+ on|c[oó]mo sigo|en adelante|hasta llegar a cero|lo que (sigue|falta)|"
    r"sigue|siguiente|contin[uú]a|otra vez|de nuevo|rep[ií]te\w*|s[ií]gue(me|le|lo)|contin[uú]a(me|le|lo)|term[ií]na(me|le|lo)|compl[eé]ta(me|le|lo))\b",
    re.IGNORECASE,
)
# "what was the max per day you said?": asked again, what an assistant turn is claimed to have said (this
# product never writes a dose, so such a turn was written by someone else).
_ASKS_WHAT_YOU_SAID = re.compile(
    r"\b(what|which|how (much|many)|remind me)\b[^.!?]{0,40}\b((you|u) (said|told me|suggested|recommended|mentioned|gave me)|(did|do) (you|u) (say|tell me|suggest|recommend))\b"
    r"|\b(qu[eé]|cu[aá]nt[oa]s?|cu[aá]l)\b[^.!?]{0,30}\bme (dijiste|recomendaste|sugeriste|diste)\b",
    re.IGNORECASE,
)
LONG_MESSAGE = 200
# "continue", "go on", "say that again, shorter": an instruction to the assistant with no content of its
# own. The classifier never reads one alone (short messages sit near "I can't go on"); it means what
# the turn before it means.
_BARE_INSTRUCTION = re.compile(
    r"^\W*((ok(ay)?|yes|yeah|yep|sure|please|pls|plz|now|so|and|great|thanks|thank you|cool|alright|right|hmm+|vale|s[ií]|bueno|"
    r"por favor|gracias|dale)\W+)*"
    r"(can you |could you |would you |will you |pls |please |puedes |podr[ií]as )?"
    r"(continue|go on|keep going|carry on|proceed|go ahead|more|tell me more|say more|go further|"
    r"finish (what you were saying|your (answer|reply|response|sentence|thought|list)|the (answer|reply|list|sentence))|"
    r"(continue|pick up|start again|go on) (from )?where (you|we) (left off|stopped|were)|"
    r"repeat( (that|it|yourself|the (answer|last (part|answer|message|bit))))?|say (that|it) again|"
    r"(make it |say it |in )?(shorter|simpler|briefer|longer|more detail(ed)?|plain(er)? (english|words|language)|simpler words|fewer words)|"
    r"(say it |answer |reply )?in (spanish|english)|translate( (that|it))?( (to|into) (spanish|english))?|"
    r"contin[uú]a|prosigue|dime m[aá]s|cu[eé]ntame m[aá]s|rep[ií]te(lo)?|"
    r"en (espa[nñ]ol|ingl[eé]s)|m[aá]s (corto|simple|sencillo)|termina( lo que (dec[ií]as|estabas diciendo))?)"
    r"(\W+(please|pls|plz|thanks|thank you|por favor|gracias))*\W*$",
    re.IGNORECASE,
)
# "again!!", "it's happening again", "otra vez": after a turn that told of an emergency, that
# emergency is happening now, however long ago the turn dated it.
_HAPPENING_AGAIN = re.compile(
    r"^\W*((yes|yeah|yep|omg|oh no|oh god|help|s[ií]|ay|dios)\W+)*"
    r"((it'?s|its|it is|he'?s|she'?s|they'?re|he is|she is|i'?m|im)\s+)?((happening|doing it|having (one|another)|starting|back|cutting|seizing|shaking)\s+)?"
    r"(again|another one|otra vez|de nuevo)\W*(help|ayuda)?\W*$",
    re.IGNORECASE,
)
_SOFTWARE_VERB = re.compile(
    r"\b(kill\w*|die[sd]?|dying|dead|terminat\w*|execut\w*|hang(s|ing)?|hung|crash\w*|shoot)\b", re.IGNORECASE
)
_ONLY_PRONOUNS_KILLED = re.compile(
    r"\b(kill|stop|end|terminate)\w*\s+(it|them|those|these|all( of)? (them|those|these)|every one( of them)?|each( one)?( of them)?|the (rest|parent|child|children|old ones?|stuck ones?))\b",
    re.IGNORECASE,
)
# After a crisis earlier in the conversation, a question that serves the act (how fast it works,
# how much, whether it shows up, how a wound heals) or presses for the answer ("just tell me the
# number", "it's for a school project") is that crisis going on, not a new factual question.
_SERVES_THE_ACT = re.compile(
    r"\b(how (long|fast|quickly|soon)\b.{0,40}\b(kick\w* in|work|take effect|act|hit|last|stay in)|kick\w* in|take effect|"
    r"how (much|many)|the number|what number|(show|shows|showing) up|detect\w*|tox\w*|autops\w*|find (me|out)|notice|"
    r"heal\w*|wounds?|bleed\w*|scars?|lethal|fatal|deadly|enough|dissolv\w*|taste|crush\w*|a lot of (it|them)|all of (it|them)|at once|mix\w*|(just|please|simply) (tell|answer|give|say)|answer (me|the question)|"
    r"for (school|a (school )?project|a class|a story|research|homework)|hypothetical\w*|for a friend|"
    r"cu[aá]nt[oa]s?|el n[uú]mero|dime|d[ií]game|para (la escuela|el colegio|un trabajo|una tarea|clase)|hipot[eé]tic\w*)",
    re.IGNORECASE,
)
# Asking for help, treatment or someone to talk to is answered (with the help lines) even then.
_SEEKS_HELP = re.compile(
    r"\b(988|hotlines?|helplines?|crisis (line|text)|talk to (someone|somebody|a person)|therap\w*|counsel\w*|treatment|rehab|"
    r"programs?|support groups?|psychiatrist|get help|safety plan|call (someone|911|a)|ayuda|l[ií]nea|terapia|tratamiento)\b",
    re.IGNORECASE,
)
# "That's kind of the idea" after asking how dangerous something is: the danger is what is wanted.
_WANTS_THE_HARM = re.compile(
    r"\b(that'?s|thats|that is|it'?s|its) (kind of |kinda |sort of |exactly |pretty much |actually |honestly )?"
    r"(the (idea|point|plan|goal)|what i('?m| am) (going for|counting on|hoping for)|what i (want|wanted|need))\b"
    r"|\b(good|perfect|great)\b.{0,15}\b(that'?s|thats) (what i|the)\b|\b(eso|esa) es la idea\b|\bde eso se trata\b",
    re.IGNORECASE,
)
# "it's for me." after asking how many pills would be dangerous: the amount is for oneself.
_FOR_MYSELF = re.compile(
    # One run of non-letters before the words, never two in a row: "^\W*(yes)?\W*" backtracks quadratically.
    r"^\W*((yes|yeah|yea|yep|no|honestly|well|ok(ay)?)\b\W*)?(it'?s|its|it is|they'?re|this is|i'?m asking|asking|the question is)\s+"
    r"(just |only |actually |honestly |really )?for (me|myself|my own use)\W*$|^\W*(s[ií]\W*)?(es|son|pregunto) para m[ií]( misma| mismo)?\W*$",
    re.IGNORECASE,
)
# "i have both at home" after asking whether too much can kill: the means, said to be at hand.
_AT_HAND = re.compile(
    r"\b(i|i'?ve|ive)\s*(have|still have|got|'ve got|ve got)\s+(both|all (of )?(them|it|three|both)|plenty|the (pills|bottle|two|rest|whole bottle)|a (whole |full )?(bottle|stash)|lots)\b"
    r"(?!.{0,40}\b(until|till|til|for now|refill|prescribed|locked|lock|safe|away from|out of reach)\b)"
    r"(?=.{0,30}\b(at home|right here|here|in my (room|nightstand|drawer|bag|purse|car|hand)|on me|with me|ready|saved|stashed|lined up)\b)"
    r"|\btengo (las dos cosas|los dos|las dos|ambas|ambos|de sobra|todo|un frasco|una caja)\b(?!.{0,40}\b(hasta|recetad\w*|guardad\w* bajo llave|bajo llave)\b)(?=.{0,20}\b(en (casa|mi cuarto|el caj[oó]n)|aqu[ií]|a la mano|listo|lista)\b)",
    re.IGNORECASE,
)
# The earlier turn asked whether an amount or a mix can kill (not merely whether it is dangerous).
_LETHALITY_ASKED = re.compile(
    r"\b(die|dying|kill\w*|lethal|fatal|deadly|never wake|not wake|stop (breathing|my heart|your heart)|morir|mata|letal|mortal)\b",
    re.IGNORECASE,
)
# "too late, did that an hour ago, two of each" after asking what a mix does: the mix was taken.
_MIX_NAMED = re.compile(
    r"\b(alcohol|drinks?|drinking|beers?|vodka|wine|liquor|whiske?y|tequila|rum|shots|opioids?|oxy\w*|percocets?|fentanyl|"
    r"heroin|methadone|hydrocodone|vicodin|morphine|codeine|tramadol|gabapentin|pregabalin|lyrica|xanax|alprazolam|ativan|"
    r"lorazepam|valium|diazepam|ambien|zolpidem|seroquel|quetiapine|cervezas?|ca[nñ]as|birras?|vino|tragos?|copas?|cubatas?|"
    r"chupitos?|chelas?|guaro|aguardiente|pisco|fernet|oxicodona|code[ií]na|morfina|gabapentina|pregabalina|alcohol)\b",
    re.IGNORECASE,
)
_TOLD_DONE = re.compile(
    r"\b((did|done) (it|that|this|both) (like |about |around )?(an?|\d+|one|two|half an?) (hour|hr|minutes?|mins?)s? ago|"
    r"already (took|taken|mixed|drank|had) (it|them|both|\d+|two|three|some)|"
    r"took (them|both|it all|\d+|two|three|four|five)\b(?! (years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times?|steps?|classes)\b)|"
    r"(\d+|two|three|four|dos|tres|cuatro) (of each|de cada( una| uno)?)|"
    r"ya (lo|los|las) (hice|tom[eé]|mezcl[eé])|ya me (l[oa]s? )?tom[eé]|lo acabo de hacer|acabo de (tomar|mezclar)\w*|"
    r"(me )?(he|ha) tomado (\d+|dos|tres|cuatro|cinco|varias|las|los)|me tom[eé] (\d+|dos|tres|cuatro|cinco|varias|las|los))\b",
    re.IGNORECASE,
)
# Denied just before the telling: "I haven't took them", "no lo hice", "todavía no me los tomé".
_NOT_DONE = re.compile(
    r"\b(didn'?t|did not|haven'?t|have not|won'?t|will not|not yet|never|no|todav[ií]a no|a[uú]n no|nunca)\s+(\w+\s+)?$",
    re.IGNORECASE,
)


# "I haven't taken any tonight and won't": a follow-up that denies the intake the turn before asked about.
_INTAKE_DENIED = re.compile(
    r"\b(haven'?t|have not|hasn'?t|didn'?t|did not|won'?t|will not|not going to|never|no (lo |los |las )?(he|ha|hemos)|no voy a|no me (lo |los |las )?(he )?)\s+"
    r"(\w+\s+)?(taken?|took|take|drink|drank|had|mix\w*|tomad[oa]|tomar|tom[eé]|beber|mezcl\w*)\b",
    re.IGNORECASE,
)


def _mix_told_taken(message: str) -> bool:
    told = _TOLD_DONE.search(message)
    return told is not None and not _NOT_DONE.search(message[max(0, told.start() - 30) : told.start()])


# "are you having any thoughts of hurting yourself?" asked in the last assistant turn, and answered
# "yes", "sometimes" or "I don't know": the answer is the disclosure (uncertainty counts, as in screening).
_SCREENING_ASKED = re.compile(
    r"\b(thoughts?|thinking|thought) (of|about) (hurting|harming|killing|injuring|cutting) yourself\b"
    r"|\b(thoughts?|thinking|thought) (of|about) (suicide|ending (your life|it( all)?|things)|not (wanting|want) to (be alive|live|be here|wake up)|dying|death)\b"
    r"|\b(are|have) you (been )?(feeling |felt )?suicidal\b|\b(want|wanting|wish|wished) (to die|to end your life|to kill yourself|to hurt yourself|you were dead|you weren'?t (here|alive))\b"
    r"|\b(pensamientos|pensado|pensando|ideas?) (de|en|sobre) (hacerte da[nñ]o|lastimarte|quitarte la vida|suicid\w*|morir(te)?|no querer vivir|acabar con (tu vida|todo))\b"
    r"|\b(quieres|has querido|deseas) (morir(te)?|quitarte la vida|hacerte da[nñ]o|no despertar)\b"
    r"|\bnot (wanting|want) to (be (here|alive|around)|live|wake up|exist)\b"
    r"|\b(a )?plan (to|for) (hurt|harm|kill|end)\w*\b|\b(un )?plan para (hacerte da[nñ]o|quitarte la vida|matarte)\b",
    re.IGNORECASE,
)
_ANSWERED_YES = re.compile(
    r"^\W*((honestly|lowkey|tbh|i mean|well|um+|uh+|idk|i don'?t know|no s[eé])\W+)?"
    r"(ye+s+|yea+h*|ye+p+|yu+p+|yh|ya+h+|uh\W?huh|mhm+|kind of|kinda|sort of|sorta|sometimes|a little|a lot|maybe|i think so|i guess|i guess so|"
    r"always|constantly|every (day|night)|most (days|nights)|all the time|only at night|at night|lately|s[ií]+|a veces|un poco|tal vez|"
    r"quiz[aá]s?|creo que s[ií]|m[aá]s o menos|todo el tiempo|todos los d[ií]as|[uú]ltimamente)\b(?![\s,.!]*(no|not|nope|never|nunca|please|pls|plz|porfa|por favor|thanks|thank you|gracias|later|luego|despu[eé]s)\b)"
    r"|^\W*(i (do|have|am)|idk|i don'?t know|not sure|i'?m not sure|no s[eé]|no lo s[eé]|i think|i have (been|had))\W*$",
    re.IGNORECASE,
)
# Asked of the person (or of someone they speak of), and not as either-or or an offer.
_ASKED_OF = re.compile(
    r"\b(are|have|do|did|is|has|does|were|had) (you|he|she|they|your (\w+ )?(brother|sister|mom|mother|dad|father|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|kid|child|roommate))\b|\bis (that|this|it) something (you|he|she|they)\b|"
    r"\b(est[aá]s|has|tienes|te has|sientes|est[aá]|ha|tiene)\b",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(would you like|do you want (me |us )?to (read|know|see|hear|learn|talk|get|try|look|have)|want me to|"
    r"can i (give|send|share)|shall i|quieres que)\b",
    re.IGNORECASE,
)
_OR = re.compile(r"\b(?:or|o)\b", re.IGNORECASE)
_HARM_WORD = re.compile(
    r"\b(suicid\w*|kill\w*|die|dying|dead|alive|hurt\w*|harm\w*|end\w* (your|it|things)|wake up|be here|live|cut\w*|"
    r"morir|vivir|da[nñ]o|lastimar\w*|despertar)\b",
    re.IGNORECASE,
)
# "Is that something you're experiencing?" points back at the sentence before it.
_POINTS_BACK = re.compile(r"\b(that|this|those|these|it|eso|esto)\b", re.IGNORECASE)


def _screening_question(sentences: list[str]) -> bool:
    """The last question asks the person about suicidal or self-harm thoughts (not either-or, not an offer)."""
    at = max(i for i, sentence in enumerate(sentences) if sentence.rstrip().endswith("?"))
    question = sentences[at]
    said = f"{sentences[at - 1]} {question}" if at and _POINTS_BACK.search(question) else question
    if not (_SCREENING_ASKED.search(said) and _ASKED_OF.search(question)) or _OFFER.search(question):
        return False
    # "thoughts of suicide in general, or for yourself?" offers another reading; "of hurting yourself
    # or of not wanting to be alive?" does not.
    return all(_HARM_WORD.search(part) for part in _OR.split(question)[1:])


# "Are you safe right now?" answered "no" or "not really".
_SAFETY_ASKED = re.compile(
    r"\b(are you|is s?he|are they) safe( right now| now| tonight)?\s*\?|\b(est[aá]s|est[aá]) (a salvo|segur[oa])( ahora)?\s*\?",
    re.IGNORECASE,
)
_ANSWERED_NOT_SAFE = re.compile(
    r"^\W*(no+|nope|not really|no,? not really|not really,? no|i don'?t (think so|know)|idk|not sure|no s[eé]|no mucho|la verdad no)\W*$",
    re.IGNORECASE,
)
# "¿El 988 atiende en español? Quiero anotarlo en la puerta del refri": a help line asked about to keep.
_NUMBER_TO_KEEP = re.compile(
    r"\b(988|hotline|helpline|crisis line|lifeline|the number|l[ií]nea|n[uú]mero)\b.{0,160}"
    r"\b((want|going|gonna|like) to (write|jot|note|put|stick|save|keep|post) (it|them|the numbers?)( down)?( (on|in) (the|my|our) (fridge|phone|contacts|wallet|door|wall))?"
    r"|(quiero|voy a|para) (anotarlo|apuntarlo|guardarlo|pegarlo|tenerlo|ponerlo)( a (la )?mano| guardado| en (la|el|mi) (puerta|refri\w*|nevera|heladera|celular|tel[eé]fono|cartera|pared))?)\b",
    re.IGNORECASE,
)
# "if my friend ever took too many, what's the first thing I should do? she's fine, nothing happened":
# a precaution asked while saying nothing is happening.
_PRECAUTION = re.compile(
    r"\b((just )?(want|wanted|like|trying|need) to (have a plan|be prepared|be ready|know what to do)|just in case|ahead of time|para estar preparad[oa]s?|por si (acaso|alg[uú]n d[ií]a))\b"
    r"|\b(lock(ed)? (up|away)|lockbox|safe storage|keep (the|his|her|their|my) (guns?|firearms?|rifles?|pills|meds|medications?|weapons?) (at|locked|away|somewhere|out of))\b",
    re.IGNORECASE,
)
_NOTHING_HAPPENING = re.compile(
    r"\b(nothing (has )?happened|nothing (is )?going on|no threats?|hasn'?t happened|no ha pasado nada)\b",
    re.IGNORECASE,
)
# Said beside a precaution, a disposal or a number to keep, these say something is happening after all.
_HAPPENING_SIGNS = re.compile(
    r"\b(took|taken|swallowed|mixed|popped|downed|told me|said (she|he|they|that|i)|says (she|he|they)|swears|texting|texted|goodbye|"
    r"saved|saving|stockpil\w*|hoard\w*|(don'?t|doesn'?t|do not|does not) want to|trust myself|do something|dark|pointless|hopeless|"
    r"ending|end it|kill\w*|die|dying|make it (to|through)|can'?t (go on|do this)|staring at|tonight|right now|an hour|minutes? ago|hours? ago|"
    r"ya no quiere|me dijo|dijo que|se tom[oó]|esta noche|ahora mismo)\b",
    re.IGNORECASE,
)
_SUPPOSED_CLAUSE = re.compile(r"\b(if|what if|in case|si|por si|en caso de que)\b[^.?!,;]{0,80}", re.IGNORECASE)
# "how do I safely get rid of the pills I don't use": putting the means out of reach.
_DISPOSAL = re.compile(
    r"\b(dispos\w*|get rid of|throw (away|out)|flush\w*|drop (them |it )?off|take-?back|desech\w*|deshac\w*|deshag\w*|tirar|botar)\b"
    r".{0,50}\b(pills?|pastillas|medicamentos?|medicinas?|meds|medications?|tablets?|klonopin|clonazepam|rivotril|unused|leftover|expired|que ya no)\b",
    re.IGNORECASE,
)


# After a crisis turn, "how do I get rid of them": the pills or the means just spoken of.
_MEANS_AWAY = re.compile(
    r"\b(get rid of|throw (them|it|those|these) (away|out)|flush (them|it)|dispose of|lock (them|it) (up|away)|hand (them|it) over|"
    r"give (them|it) to|tirar(las|los)?|deshacerme de|botar(las|los)?|deshago de)\b",
    re.IGNORECASE,
)


def guarded(message: str) -> bool:
    """The message asks a precaution while saying nothing is happening, how to put pills out of
    reach or how to keep a help line, and says nothing is happening now: the classifier alone does not
    make it a crisis (a rule still does, and so does an earlier crisis still going on), and the reply
    keeps the help lines in view."""
    asked = (
        (_PRECAUTION.search(message) and _NOTHING_HAPPENING.search(message))
        or (_DISPOSAL.search(message) and is_question(message))
        or _NUMBER_TO_KEEP.search(message)
    )
    return bool(asked) and not _HAPPENING_SIGNS.search(_SUPPOSED_CLAUSE.sub(" ", message)) and not says_now(message)


SHORT_ANSWER = 40  # "yes, most nights tbh"; a longer reply says more than yes or no


def _screening_answered(history: Sequence[Any] | None, message: str) -> bool:
    """``message`` answers yes to a question about suicidal or self-harm thoughts in the last
    assistant turn, or no to "are you safe right now?"."""
    if len(message) > SHORT_ANSWER or "?" in message:
        return False
    yes, not_safe = bool(_ANSWERED_YES.search(message)), bool(_ANSWERED_NOT_SAFE.search(message))
    if not (yes or not_safe):
        return False
    for turn in reversed(recent_turns(history)):
        if not isinstance(turn, dict) or turn.get("role") not in ("assistant", "user"):
            continue
        content = turn_text(turn)
        if turn.get("role") == "user" or content is None:
            return False
        sentences = re.split(r"(?<=[.!?])\s+", content.strip())
        questions = [sentence for sentence in sentences if sentence.rstrip().endswith("?")]
        if not questions:
            return False
        if not_safe and _SAFETY_ASKED.search(questions[-1]):
            return True
        return yes and _screening_question(sentences)
    return False


# "what's the poison control number, just to have it saved": a line asked for to keep, and nothing else.
_LINE_TO_KEEP = re.compile(
    r"^\W*((thanks|thank you|ok(ay)?|also|and|gracias|vale)\W+)*"
    r"(what'?s|whats|what is|what are|can (i|you) (have|get|give me|send me)|could (i|you) (have|get|give me|send me)|give me|send me|tell me|dame|me das|me pasas|cu[aá]l es)\b"
    r"[^.!?]{0,50}\b(number|numbers|hotline|helpline|line|n[uú]mero|tel[eé]fono|l[ií]nea)\b(?! of)[^.!]{0,50}?"
    r"\b(to (have|keep|save) (it|them)( saved| handy| on hand)?|(have|keep) (it|them) (saved|handy|on hand|on the fridge|in my (phone|contacts|wallet))|save (it|them)|"
    r"just in case|for (later|the future|emergencies|the fridge)|on the fridge( just in case)?|por si acaso|para tenerlo( guardado| a mano)?|para guardarlo|tenerlo a mano)"
    r"( (in|on) (my|the) (phone|contacts|wallet|fridge))?\W*$",
    re.IGNORECASE,
)
_DANGER_ASKED = re.compile(
    r"\b(dangerous|danger|die|dying|kill|lethal|fatal|deadly|overdos\w*|stop (breathing|my heart|your heart)|too much|mix\w*|combin\w*|a lot of|"
    r"peligros\w*|morir|mata|letal|mortal|sobredosis)\b",
    re.IGNORECASE,
)
# The earlier turn asked an amount that would harm: "how many pills would be dangerous".
_AMOUNT_ASKED = re.compile(r"\b(how (many|much)|what amount|cu[aá]nt[oa]s?)\b", re.IGNORECASE)
_HARM_AMOUNT = re.compile(
    r"\b(dangerous|die|kill|lethal|fatal|deadly|overdose|stop (breathing|my heart|your heart)|not wake|never wake|"
    r"peligros\w*|morir|mata|letal|mortal|sobredosis)\b",
    re.IGNORECASE,
)
# "The ER checked me and sent me home": an earlier emergency seen to by medical care.
_CLEARED = re.compile(
    r"\b(er|e\.r\.|emergency room|hospital|a&e|urgent care|doctors?|paramedics|ambulance|poison control|the (emergency )?vet|an emergency vet|animal hospital)\b.{0,40}"
    r"\b(checked (me|him|her|them)|cleared|discharged|released|sent (me|him|her|them) home|said (i|he|she|they) (was|were|'?s|'?m|is|am) (fine|ok|okay))\b"
    # "the emergency vet saw him that same night, he's completely fine now".
    r"|\b(the er|the hospital|urgent care|the doctors?|paramedics|the (emergency )?vet|an emergency vet|animal hospital|poison control)\b.{0,20}\b(saw|checked|looked at|examined|treated) (him|her)\b"
    r"[^.!?]{0,10}\b(that (same )?(night|day)|right (away|after)|afterwards?|last night|this morning|yesterday|already|then)\b"
    r"[^.!?]{0,30}[.,;]?[^.!?]{0,40}(?<!sure )(?<!if )(?<!whether )(?<!hope )(?<!think )(?<!guess )(?<!probably )(?<!maybe )\b(he'?s|he is|she'?s|she is) (now )?(completely |totally |perfectly |all )?(fine|ok|okay|back to normal)( now)?\b"
    r"(?!\s*\?)(?![^.!?]{0,15}[.!?,]?[^.!?]{0,120}\b(but|though|yet|still|again|just now|tonight|usually|sometimes|vomit\w*|throw\w* up|wobbl\w*|sleepy|drows\w*|letharg\w*)\b)"
    r"|\b(been )?in recovery for (\d+|a|two|three|several|many|over)\b|\b(sober|clean) (for|since) (\d+|a|two|three|several|many|over)\b"
    # "they kept me 2 days, I've been home a week"; "false alarm, all 30 are still there".
    r"|\b(been|got|came|back|sent) home (for |since )?(a|\d+|two|three|four|several|a few|a couple( of)?) (days?|weeks?|months?)\b[^.!?]{0,30}\b(i'?m|i am|feel|feeling|doing|he'?s|she'?s) (fine|ok|okay|well|better|good)\b"
    # "lo llevamos a urgencias ... y ya lo dieron de alta".
    r"|\b(urgencias|emergencias|hospital|cl[ií]nica|m[eé]dic[oa]s?|doctor[ae]?s?|param[eé]dicos|ambulancia|toxicolog[ií]a)\b.{0,80}"
    r"\b(dieron de alta|dio de alta|dad[oa] de alta|mandaron (a|para) (la )?casa|dijeron que (est[aá]|estoy|estaba) bien)\b"
    # "ya lo llevé, eso fue la semana pasada y está perfecto".
    r"|\b(urgencias|hospital|cl[ií]nica|m[eé]dic[oa]s?|veterinari[oa]|doctor[ae]?s?)\b.{0,60}\b(est[aá]n?|qued[oó]|sigue) (estable|bien|perfect[oa]s?|fuera de peligro)\b(?!.{0,160}\b(but|though|yet|still|except|until|now (he|she|they|it|i)|just (took|had|did)|took more|(?<!happen )(?<!happens )again|another|start(ed|ing)|cutting|try|going to|wobbl\w*|twitch\w*|seiz\w*|vomit\w*|can'?t|won'?t|pero|todav[ií]a|a[uú]n|otra vez|ahora)\b)"
    r"|\bya (lo|la|los|las) llev[eé]\b.{0,60}\b(est[aá]n?|qued[oó]|sigue) (perfect[oa]s?|bien|muy bien|como si nada)\b"
    r"|\b(vet|doctors?|er|hospital|paramedics|poison control|urgent care)\b[^.!?]{0,30}\b((checked|looked) (him|her|them|me) (out|over)|said)\b[^.!?]{0,20}\b(he|she|they|i) ?(was|were|is|'s|are|'re|am|'m) (totally |completely |perfectly |all )?(fine|ok|okay|good|alright)\b(?!.{0,160}\b(but|though|yet|still|except|until|now (he|she|they|it|i)|just (took|had|did)|took more|(?<!happen )(?<!happens )again|another|start(ed|ing)|cutting|try|going to|wobbl\w*|twitch\w*|seiz\w*|vomit\w*|can'?t|won'?t|pero|todav[ií]a|a[uú]n|otra vez|ahora)\b)"
    # "we went to the ER, she's admitted and stable"; "he's been doing so well since then".
    r"|\b(er|e\.r\.|emergency room|hospital|a&e|urgent care|icu)\b.{0,80}(?<!not )(?<!n't )\b(admitted|stable)\b(?!.{0,160}\b(but|though|yet|still|except|until|now (he|she|they|it|i)|just (took|had|did)|took more|(?<!happen )(?<!happens )again|another|start(ed|ing)|cutting|try|going to|wobbl\w*|twitch\w*|seiz\w*|vomit\w*|can'?t|won'?t|pero|todav[ií]a|a[uú]n|otra vez|ahora)\b)"
    r"|\b(he'?s|she'?s|they'?ve|i'?ve|he has|she has|they have|i have) been (doing )?(so |really |very |pretty )?(well|great|good|fine|ok|okay|stable) (ever )?since( then| that| (the|his|her|my) (seizure|overdose|er|hospital|discharge))?\b(?!.{0,160}\b(but|though|yet|still|except|until|now (he|she|they|it|i)|just (took|had|did)|took more|(?<!happen )(?<!happens )again|another|start(ed|ing)|cutting|try|going to|wobbl\w*|twitch\w*|seiz\w*|vomit\w*|can'?t|won'?t|pero|todav[ií]a|a[uú]n|otra vez|ahora)\b)"
    r"|(?<!not )(?<!not a )(?<!n't a )(?<!nt a )\bfalse alarm\b|(?<!not )(?<!n't )\b(all|every one of) (the |my )?(\d+ )?(pills|tablets|of them) (are |is )?(still )?(there|accounted for)\b",
    re.IGNORECASE,
)


# "haha no, it's a TV show": what the earlier turn told was fiction, not someone now.
_NOT_REAL = re.compile(
    r"^\W*(no|nah|nope|lol|haha\w*|lmao|relax|don'?t worry)\b.{0,25}\b(it'?s|its|it was|that'?s|thats|that was|this is|he'?s|she'?s|they'?re)\s+(just\s+)?"
    r"(a|an|from a|from an|from the|in a|in the|on a|on the|about a)\s+(tv\s+)?(show|movie|film|series|episode|book|novel|video ?game|game|documentary|play|cartoon|anime|character|podcast)\b"
    r"|^\W*(no|nah|jaja\w*|tranquil[oa])\b.{0,25}\b(es|era|fue)\s+(de\s+)?(una|un|en una|en un)\s+(serie|pel[ií]cula|novela|libro|videojuego|juego|documental|obra|personaje)\b",
    re.IGNORECASE,
)


# "no no, I mean it feels awful, not literally", "jaja no, es un decir", "oh wait, I checked and only
# took one": the person takes back what the earlier turn seemed to say.
_RETRACTED = re.compile(
    r"^\W*(no+|nah|nope|oh|omg|omfg|wait|oops|sorry|lol\w*|lmf?ao+|rofl|haha\w*|jaja\w*|jeje\w*|perd[oó]n|ay)\b.{0,80}"
    # "no thoughts like that at all", "not that kind of done", "I mean done with the insomnia".
    r"\b(((?<!not )(?<!n't )no (thoughts|plans?|intentions?) (like that|of that|of (hurting|harming|killing) myself)|not (like )?that kind of (done|over it|tired|finished)|"
    r"i (just )?mean(t)? (i'?m )?(done|tired|over it|sick|fed up) (with|of) (the |this |my |these )?(insomnia|taper\w*|withdrawal|side effects|symptoms|(night )?sweats|anxiety|panic( attacks)?|headaches?|work|(my )?job|school|waiting|pharmacy|insurance|commute|traffic|noise|weather|rain|heat|cold|brain fog|fatigue|nausea|not sleeping)\b|"
    r"en ese sentido no|(ning[uú]n|sin) (pensamiento|idea)s? (as[ií]|de ese tipo))"
    r"(?![^.!?]{0,40}[.!?,]?\s*(but|though|tho|although|except|pero|aunque|solo|just)\b)(?!.{0,60}\b(and|with|y|de|con) (life|living|everything|it all|la vida|todo|vivir)\b)"
    r"(?!.{0,100}\b(already|tonight|today|tomorrow|soon|this weekend|permanent|saved|stash\w*|stockpil\w*|pills (are )?(ready|lined up)|ya (tom[eé]|tengo)|listas?)\b)|"
    r"not literally|(?<!not )(?<!n't )(?<!nt )figure of speech|(?<!not )(?<!n't )(?<!nt )just an expression|(?<!not )(?<!n't )(?<!nt )just a saying|i didn'?t mean it literally|"
    r"(i )?checked( again)?\b.{0,40}\b(only|just) (took|had) (one|1)\b|(?<!not )(?<!n't )(?<!nt )(?<!no )a false alarm|(?<!no )(?<!not )false alarm(?! (it|this) (is|was)n'?t)|"
    r"(?<!no )es un decir|(?<!no )es una forma de hablar|(?<!no )falsa alarma)\b(?!.{0,30}\b(not|no|n'?t)\b.{0,10}\b(joking|kidding|broma|literally)\b)",
    re.IGNORECASE,
)


_HUMAN_NAMED = re.compile(
    r"\b(him|her|he|she|wife|husband|mom|mum|dad|mother|father|boss|neighbou?rs?|kids?|baby|son|daughter|person|people|someone|somebody|everyone|partner|roommate|myself|me)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(but|though|although|however|except|pero|aunque|sin embargo)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    kind: str  # crisis | refusal | pass
    situation: str = ""  # suicide | overdose | medical | withdrawal | harm_others | dosing
    reason: str = ""
    lang: str = "en"
    earlier_crisis: str = ""  # the situation of a crisis in an earlier turn, if any
    sensitive: bool = False  # a general question about suicide: answered, with help kept in view
    safety_net: bool = False  # touches dying, overdose, self-harm or too much: help lines go with any reply


@dataclass(frozen=True)
class Thresholds:
    """Probability bars, chosen by ``python -m safety.calibrate`` (leave one source out)."""

    crisis: float = 0.5
    crisis_question: float = 0.6  # a question sits nearer crisis messages than a statement of the same words
    crisis_lenient: float = 0.35  # after a crisis earlier in the conversation
    # A message that names nothing dangerous (no dying, overdose, harm, seizure...) needs more:
    # "thank you so much" or "I'm done with this cold" must not become a crisis on style alone.
    crisis_plain: float = 0.9
    dosing: float = 0.5
    net: float = 0.2

    @classmethod
    def load(cls, path: Path = CALIBRATION) -> Thresholds:
        if not path.exists():
            return cls()
        return cls(**json.loads(path.read_text(encoding="utf-8"))["thresholds"])


@dataclass(frozen=True)
class Signal:
    situation: str
    evidence: str
    probability: float = 0.0  # the classifier's highest crisis probability over what it read


@dataclass(frozen=True)
class Reading:
    """What the gate reads in one message, before any threshold."""

    rule_situation: str  # the situation an explicit crisis rule found, or ''
    rule_name: str
    sensitive: bool  # a general question about suicide
    crisis_probability: float  # the classifier's: all crisis labels together
    model_situation: str  # the crisis the classifier finds likeliest
    question: bool
    dosing_rule: str  # the dosing rule that matched, or ''
    dose_talk: bool  # talks about amounts or changes of medicine, not a general question
    dosing_probability: float
    touches: bool  # names dying, overdose, self-harm or taking too much
    means: bool = False  # says a stock of pills or another lethal means is at hand
    game: bool = False  # said of a game or a sport
    past: bool = False  # dates what it tells to weeks or more ago, with nothing said to happen now
    guarded: bool = False  # a precaution, a disposal or a number to keep, with nothing happening (``guarded``)


@dataclass(frozen=True)
class Decided:
    kind: str  # crisis | refusal | pass
    situation: str = ""
    evidence: str = ""
    net: bool = False


def decide(reading: Reading, thresholds: Thresholds, *, lenient: bool = False) -> Decided:
    """Crisis first (rules, then the classifier), then dosing; the safety net on the rest."""
    r, t = reading, thresholds
    if r.rule_situation:
        return Decided("crisis", r.rule_situation, f"rule={r.rule_name}", True)
    bar = t.crisis_lenient if lenient else (t.crisis_question if r.question else t.crisis)
    if not (r.touches or lenient) or (r.past and not lenient):
        # A seizure "years ago" is history: the classifier alone needs the plain bar for it.
        bar = max(bar, t.crisis_plain)
    if r.means:
        # Access to the means is the strongest single risk factor: what reads as despair beside a
        # stock of pills needs less certainty than despair alone.
        bar = min(bar, t.crisis_lenient)
    # Harming others inside a game ("how do you kill without getting caught in Among Us") is play.
    played = r.game and r.model_situation == "harm_others"
    # A precaution asked while nothing is happening is not left to the classifier, unless an earlier
    # crisis is still going on.
    held = r.guarded and not lenient
    if r.crisis_probability >= bar and not r.sensitive and not played and not held:
        return Decided("crisis", r.model_situation, f"model={r.crisis_probability:.2f}", True)
    net = r.sensitive or r.guarded or r.touches or r.crisis_probability >= t.net
    refusing = bool(r.dosing_rule) or (r.dose_talk and r.dosing_probability >= t.dosing)
    if (
        refusing
        and r.touches
        and r.crisis_probability >= t.crisis_lenient
        and r.crisis_probability > r.dosing_probability
    ):
        # An amount named beside a danger: a refusal would leave a crisis without help, and for
        # a benign message a crisis reply costs no more than the refusal would (both over-refuse).
        return Decided("crisis", r.model_situation, f"model={r.crisis_probability:.2f}:over_dosing", True)
    if r.dosing_rule:
        return Decided("refusal", "dosing", f"rule={r.dosing_rule}", net)
    if r.dose_talk and r.dosing_probability >= t.dosing:
        return Decided("refusal", "dosing", f"model={r.dosing_probability:.2f}", net)
    return Decided("pass", "", "", net)


def _verdict(decided: Decided, lang: str, earlier: str, sensitive: bool = False) -> Verdict:
    reason = f"{REASON[decided.situation]}:{decided.evidence}" if decided.situation else ""
    return Verdict(decided.kind, decided.situation, reason, lang, earlier, sensitive, decided.net)


def is_question(message: str) -> bool:
    return bool(_QUESTION.search(message) or _EDUCATIONAL.search(message))


def touches_danger(message: str) -> bool:
    return bool(_NET.search(_FIGURATIVE.sub(" ", normalize(message))))


def means_at_hand(message: str) -> bool:
    return bool(_MEANS.search(normalize(message)))


def _again(said_before: str, message: str) -> str:
    """The crisis situation ``said_before`` told of, when ``message`` says it is happening again."""
    if not said_before or not _HAPPENING_AGAIN.search(message):
        return ""
    rule = first_match(said_before, CRISIS_RULES, any_time=True)
    return _situation_of(rule.category, said_before) if rule is not None else ""


# The signs a stop can bring on: a seizure, things seen or heard that are not there, confusion, shaking.
_WITHDRAWAL_SIGNS = re.compile(
    r"\b(seiz\w*|convuls\w*|fits?|hallucinat\w*|seeing|hearing|see things|hear things|not there|isn'?t there|aren'?t there|aren'?t real|confus\w*|"
    r"don'?t (know|recogni[sz]e)|there (aren'?t|isn'?t) any|picking at (the )?air|wasn'?t there|weren'?t there|(wallpaper|ceiling|floor|room|walls?) (is |are |keeps )?(moving|breathing|melting)|voces|escucho|oigo|bit(ten)? (my |his |her |their |a )?tongue|went stiff|woke up on the floor|fever|fiebre|heart (is )?(racing|pounding|going (\d|about|like))|racing heart|coraz[oó]n a mil|(veo|viendo) (cosas|gente|bichos)|shak\w*|trembl\w*|twitch\w*|jerk\w*|breathing (walls|floor)|walls? (are |is )?(moving|breathing|melting)|"
    r"convulsi\w*|alucin\w*|temblor\w*|tiembl\w*|confundid\w*)",
    re.IGNORECASE,
)


# "I'm not in withdrawal, same dose for years": the word, denied.
_NOT_IN_WITHDRAWAL = re.compile(
    r"\b(not|never|no|isn'?t|wasn'?t|aren'?t|ain'?t)\s+(in\s+|going through\s+|having\s+)?(any\s+)?(withdrawal|withdrawing|tapering|detox\w*)\b"
    r"|\bnot (stopping|quitting|cutting( down)?|tapering)\b|\bno (estoy|est[aá]) en abstinencia\b",
    re.IGNORECASE,
)
# Chest pain with a numb arm, a stroke, a head hit and bleeding: a medical emergency even during a
# stop, whatever else is shaking or racing.
_HEART_OR_HEAD = re.compile(
    r"\bchest\b[^.!?]{0,60}\b(left )?arm (is |goes |went |feels |gone )?(numb|tingl\w*|weak|heavy)\b|\b(left )?arm\b[^.!?]{0,40}\b(numb|tingl\w*)\b[^.!?]{0,60}\bchest\b"
    r"|\b(heart attack|infarto|stroke|won'?t stop bleeding|bleeding won'?t stop|blood (all over|everywhere)|dolor (en el|de) pecho y (el )?brazo)\b",
    re.IGNORECASE,
)
# A seizure or things seen that are not there: withdrawal's own signs, whatever else is told.
_WITHDRAWAL_OWN = re.compile(
    r"\b(seiz\w*|convuls\w*|fits?|hallucinat\w*|seeing (things|bugs|people|shadows)|bugs|jerking|not there|aren'?t there|alucin\w*)\b",
    re.IGNORECASE,
)


def _heart_or_head(message: str) -> bool:
    return bool(_HEART_OR_HEAD.search(message)) and not _WITHDRAWAL_OWN.search(message)


def _withdrawal_context(text: str) -> bool:
    return bool(_WITHDRAWAL_CONTEXT.search(_NOT_IN_WITHDRAWAL.sub(" ", normalize(text))))


def _in_light_of(situation: str, message: str, earlier_turns: Sequence[str]) -> str:
    """Signs of a medical emergency told after turns about stopping or cutting down are a withdrawal
    emergency (chest pain or bleeding stays medical)."""
    if (
        situation == "medical"
        and earlier_turns
        and _WITHDRAWAL_SIGNS.search(message)
        and not _heart_or_head(message)
        and _withdrawal_context(" ".join(earlier_turns[-2:]))
    ):
        return "withdrawal"
    return situation


def _situation_of(category: str, message: str) -> str:
    """Signs a stop can bring on, told with the stop, are a withdrawal emergency; chest pain or
    bleeding during a taper stays medical."""
    if category != "medical" or not _withdrawal_context(message) or _heart_or_head(message):
        return category
    if _HEART_OR_BLEEDING.search(message) and not _WITHDRAWAL_SIGNS.search(message):
        return category
    return "withdrawal"


_HEART_OR_BLEEDING = re.compile(
    r"\b(chest|pecho|bleed\w*|sangrando|sangra|crushing|heart attack|infarto|stroke|cut (my|his|her|their) (hand|arm|leg|finger|foot|head))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MessageSigns:
    """The parts of a ``Reading`` that do not depend on the classifier."""

    rule_situation: str
    rule_name: str
    sensitive: bool
    question: bool
    dosing_rule: str
    dose_talk: bool
    touches: bool
    means: bool
    game: bool
    past: bool
    guarded: bool = False


def reading_of(signs: MessageSigns, probabilities: np.ndarray, message: str) -> Reading:
    """A message's reading from its signs and the classifier's probabilities (one per label)."""
    crisis_columns = [LABELS.index(label) for label in CRISIS_LABELS]
    label = CRISIS_LABELS[int(np.argmax(probabilities[crisis_columns]))]
    return Reading(
        rule_situation=signs.rule_situation,
        rule_name=signs.rule_name,
        sensitive=signs.sensitive,
        crisis_probability=float(probabilities[crisis_columns].sum()),
        model_situation=_situation_of(SITUATION[label], message),
        question=signs.question,
        dosing_rule=signs.dosing_rule,
        dose_talk=signs.dose_talk,
        dosing_probability=float(probabilities[LABELS.index("dosing")]),
        touches=signs.touches,
        means=signs.means,
        game=signs.game,
        past=signs.past,
        guarded=signs.guarded,
    )


class SafetyGate:
    def __init__(
        self,
        embedder: Embedder,
        classifier: MessageClassifier | None = None,
        cache_dir: Path | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.embedder = embedder
        self.classifier = classifier or MessageClassifier.train(embedder, cache_dir=cache_dir)
        self.thresholds = thresholds or Thresholds.load()
        self._signal_cached = lru_cache(maxsize=2048)(self._signal_uncached)

    def _probabilities(self, message: str) -> np.ndarray:
        # The whole message only: scoring each sentence of a long message as well was measured
        # (leave one source out) to raise false alarms on long benign messages far more than
        # it found crises (python -m evals.safety_sources; evals/README.md).
        return self.classifier.probabilities([message], self.embedder.encode_one(message)[None, :])

    def _signal_uncached(self, message: str, bar: float, use_rules: bool) -> Signal:
        if use_rules:
            rule = first_match(message, CRISIS_RULES)
            if rule is not None:
                return Signal(_situation_of(rule.category, message), f"rule={rule.name}", 1.0)
        probabilities = self._probabilities(message)[0]
        crisis_columns = [LABELS.index(label) for label in CRISIS_LABELS]
        top = float(probabilities[crisis_columns].sum())
        if top >= bar and not guarded(message):
            label = CRISIS_LABELS[int(np.argmax(probabilities[crisis_columns]))]
            return Signal(_situation_of(SITUATION[label], message), f"model={top:.2f}", top)
        return Signal("", "", top)

    def signal(self, message: str, *, lenient: bool = False, use_rules: bool = True) -> Signal:
        """The crisis ``message`` signals, if any, and the classifier's crisis probability."""
        t = self.thresholds
        bar = t.crisis_lenient if lenient else (t.crisis_question if is_question(message) else t.crisis)
        if not lenient and (not touches_danger(message) or describes_past_event(message)):  # as in decide()
            bar = max(bar, t.crisis_plain)
        return self._signal_cached(message, bar, use_rules)

    def crisis(self, message: str, *, lenient: bool = False, use_rules: bool = True) -> tuple[str, str]:
        """(situation, evidence) when ``message`` signals a crisis, else ('', '')."""
        found = self.signal(message, lenient=lenient, use_rules=use_rules)
        return found.situation, found.evidence

    def read(self, message: str, crisis_rule: tuple[str, str, bool] | None = None) -> Reading:
        """Everything the gate reads in one message, before any threshold is applied
        (``crisis_rule``: what ``_crisis_rule`` already found for it, so the rules run once)."""
        return reading_of(self.signs(message, crisis_rule), self._probabilities(message)[0], message)

    def signs(self, message: str, crisis_rule: tuple[str, str, bool] | None = None) -> MessageSigns:
        """What the gate reads in ``message`` apart from the classifier: the same whatever it was
        trained on, so a measurement that trains many classifiers reads these once per message."""
        situation, rule_name, sensitive = crisis_rule or self._crisis_rule(message, message)
        dosing_rule = first_match(message, DOSING_RULES)
        return MessageSigns(
            rule_situation=situation,
            rule_name=rule_name,
            sensitive=sensitive,
            question=is_question(message),
            dosing_rule=dosing_rule.name if dosing_rule else "",
            dose_talk=(
                bool(_DOSE_TALK.search(message))
                and not (_EDUCATIONAL.search(message) and not _first_person_dose(message))
                and not _ASKS_WHOM.search(message)
                and not pill_described(message)
            ),
            touches=touches_danger(message),
            means=means_at_hand(message),
            game=in_a_game(message),
            past=describes_past_event(message),
            guarded=not situation and guarded(message),
        )

    def _crisis_rule(self, message: str, in_context: str) -> tuple[str, str, bool]:
        """(situation, rule name, sensitive) from the explicit rules."""
        rule = first_match(message, CRISIS_RULES) or (
            first_match(in_context, CRISIS_RULES) if in_context != message else None
        )
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
        if rule is None:
            return "", "", sensitive or bool(_MENTIONS_SUICIDE.search(message))
        return _situation_of(rule.category, in_context), rule.name, sensitive

    def check(self, message: str, history: Sequence[Any] | None = None) -> Verdict:
        lang = detect(message)
        earlier_turns = previous_user_messages(history)
        earlier = ""
        settled = False  # the last turn said an earlier crisis is over
        said_before = ""
        for turn in earlier_turns:
            again = _again(said_before, turn)
            if again:
                earlier, settled = again, False
                continue
            if _BARE_INSTRUCTION.search(turn):
                # Read with what was said before it, as the message itself is.
                if not said_before:
                    continue
                turn = f"{said_before} {turn}"
            else:
                said_before = turn
            situation, evidence = self.crisis(turn)
            over = (
                describes_past_event(turn) or _CLEARED.search(turn) or _NOT_REAL.search(turn) or _RETRACTED.search(turn)
            )
            if over and not evidence.startswith("rule="):
                # The turn says the earlier crisis is over ("that was 2 days ago, the ER cleared me"), or
                # dates its own to the past ("a few months ago I was thinking about it every day").
                settled = bool(earlier or situation)
                earlier = ""
            elif situation:
                earlier, settled = situation, False
            else:
                settled = False
        # "yeah I did that tonight" only signals a crisis read together with the turn before it; after
        # "the ER sent me home", a follow-up is read with it only when it says something happens now.
        follow_up = (
            bool(earlier_turns)
            and len(message) <= SHORT_FOLLOW_UP
            and bool(_REFERS_BACK.search(message))
            and (not settled or says_now(message))
        )
        # "and how do I kill all of them at once" after asking about jobs in bash is still bash: a
        # violent word in a short follow-up to a turn about software, with no person named.
        software_follow_up = (
            follow_up
            and not earlier
            and about_software(earlier_turns[-1])
            and bool(_SOFTWARE_VERB.search(message))
            and not _HUMAN_NAMED.search(message)
        )
        again = _again(said_before, message)
        if again:
            return _verdict(Decided("crisis", again, "again", True), lang, earlier)
        if _screening_answered(history, message):
            return _verdict(Decided("crisis", "suicide", "rule=screening_answered", True), lang, earlier)
        if follow_up and not earlier and _WANTS_THE_HARM.search(message) and _DANGER_ASKED.search(earlier_turns[-1]):
            return _verdict(Decided("crisis", "suicide", "rule=wants_the_harm", True), lang, earlier)
        if (
            earlier_turns
            and not earlier
            and _FOR_MYSELF.search(message)
            and _AMOUNT_ASKED.search(earlier_turns[-1])
            and _HARM_AMOUNT.search(earlier_turns[-1])
        ):
            return _verdict(Decided("crisis", "suicide", "rule=harm_amount_for_self", True), lang, earlier)
        if (
            earlier_turns
            and not earlier
            and len(message) <= SHORT_FOLLOW_UP
            and _AT_HAND.search(normalize(message))
            and _LETHALITY_ASKED.search(earlier_turns[-1])
        ):
            return _verdict(Decided("crisis", "suicide", "rule=means_after_danger", True), lang, earlier)
        if (
            earlier_turns
            and not earlier
            and len(message) <= LONG_MESSAGE
            and _MIX_NAMED.search(earlier_turns[-1])
            and _mix_told_taken(message)
            and not describes_past_event(message)
        ):
            return _verdict(Decided("crisis", "overdose", "rule=done_after_mix_asked", True), lang, earlier)
        if follow_up and not earlier and not software_follow_up and not _INTAKE_DENIED.search(message):
            context = f"{earlier_turns[-1]} {message}"
            found = self.signal(context)
            if found.situation:
                return _verdict(Decided("crisis", found.situation, found.evidence, True), lang, earlier)
        crisis_rule = self._crisis_rule(message, message)
        if crisis_rule[1] == "harm_others_how" and software_follow_up and _ONLY_PRONOUNS_KILLED.search(message):
            crisis_rule = ("", "", crisis_rule[2])
        if crisis_rule[0]:  # an explicit crisis needs nothing more: the reply is not kept waiting on the model
            situation = _in_light_of(crisis_rule[0], message, earlier_turns)
            return _verdict(Decided("crisis", situation, f"rule={crisis_rule[1]}", True), lang, earlier)
        # Such a follow-up means what it means there: the classifier reads it with that turn.
        bare = bool(_BARE_INSTRUCTION.search(message))
        said = [turn for turn in earlier_turns if not _BARE_INSTRUCTION.search(turn)]
        if software_follow_up:
            reading = self.read(f"{earlier_turns[-1]} {message}", crisis_rule)
        elif bare and said:
            reading = self.read(f"{said[-1]} {message}", crisis_rule)
        else:
            reading = self.read(message, crisis_rule)
            if bare:  # nothing said before it to go on with
                reading = replace(reading, crisis_probability=0.0, dosing_probability=0.0)
        if earlier and _ALL_COUNTED.search(message) and not reading.rule_situation:
            # "no, the cap was on and all 30 are there. how do I store them?" after a child at the pills:
            # the classifier alone reads the pills, not the news that nothing happened.
            reading = replace(reading, guarded=True)
        if _LINE_TO_KEEP.search(message) and not reading.means and not earlier:
            reading = replace(reading, sensitive=True)
        if earlier in ("overdose", "medical", "withdrawal") and _STILL_UNWELL.search(message):
            return _verdict(Decided("crisis", earlier, "still_unwell", True), lang, earlier)
        # "no, that was back in 2021, he's sober now" says the earlier turn's crisis is over.
        still_on = (
            bool(earlier)
            and not describes_past_event(message)
            and not _CLEARED.search(message)
            and not _ALL_COUNTED.search(message)
            and not (
                (_NOT_REAL.search(message) or _RETRACTED.search(message))
                and not _SERVES_THE_ACT.search(message)
                and not _BUT.search(message)  # "no, it was a movie, but I've been thinking about it"
            )
        )
        decided = decide(reading, self.thresholds, lenient=still_on)
        if decided.kind == "crisis":
            situation = _in_light_of(decided.situation, message, earlier_turns)
            return _verdict(replace(decided, situation=situation), lang, earlier)
        if still_on and not _QUESTION.search(message) and len(message) < LONG_MESSAGE:
            # "it doesn't matter anyway" after a crisis turn is still that conversation.
            return _verdict(Decided("crisis", earlier, "continued", True), lang, earlier)
        if still_on and _SERVES_THE_ACT.search(message) and not _SEEKS_HELP.search(message):
            return _verdict(Decided("crisis", earlier, "continued:serves_the_act", True), lang, earlier)
        if still_on and (_DISPOSAL.search(message) or _MEANS_AWAY.search(message)):
            # "how do I get rid of them" after "I have 60 saved and want to die": putting the pills
            # away is part of getting through that crisis, whose help comes first.
            return _verdict(Decided("crisis", earlier, "continued:means_away", True), lang, earlier)
        goes_on = (
            _CONTINUE.search(message)
            or _ASKS_WHAT_YOU_SAID.search(message)
            or (len(message) <= SHORT_FOLLOW_UP and _REFERS_BACK.search(message))
        )
        claimed = self._claimed_schedule(history) or any(_SAYS_YOU_GAVE.search(m) for m in [*earlier_turns, message])
        # "ok, in general why do people go slower near the end?" asks how tapers work, for no one.
        general = bool(_GENERAL_ASKED.search(message)) and not _FIRST_PERSON.search(message)
        if decided.kind == "pass" and goes_on and claimed and not general:
            decided = Decided("refusal", "dosing", "history_schedule", decided.net)
        elif (
            decided.kind == "pass"
            and _CONTINUE.search(message)
            and earlier_turns
            and len(message) <= SHORT_FOLLOW_UP
            and not _SEEKS_HELP.search(message)
            and not general
            and first_match(earlier_turns[-1], DOSING_RULES) is not None
        ):
            # "next steps pls" after "I'm on 2 mg, give me a taper plan" asks for that plan again.
            decided = Decided("refusal", "dosing", "continued_request", decided.net)
        return _verdict(decided, lang, earlier, reading.sensitive)

    @staticmethod
    def _claimed_schedule(history: Sequence[Any] | None) -> bool:
        """An assistant turn in the history holds a dose or schedule (which this product never writes)."""
        for turn in recent_turns(history):
            if not isinstance(turn, dict) or turn.get("role") != "assistant":
                continue
            content = turn_text(turn)
            if content is not None and _SCHEDULE_IN_HISTORY.search(_PLAN_DECLINED.sub(" ", content)):
                return True
        return False
