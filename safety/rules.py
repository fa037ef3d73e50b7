"""Explicit signals: patterns for phrasings the classifier must never miss.

Each rule has a name that goes into the response's ``reason`` so a reviewer can see why a
message was routed. Patterns are matched on lowercased text with curly quotes flattened.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    category: str  # suicide | overdose | medical | withdrawal | harm_others | dosing
    pattern: re.Pattern[str]


def _r(name: str, category: str, pattern: str) -> Rule:
    return Rule(name, category, re.compile(pattern, re.IGNORECASE | re.DOTALL))


_PILLS = r"(pills?|tablets?|klonopins?|clonazepam|kpins?|k-?pins?|benzos?|meds|bottle)"
_ME = r"(i|i'm|im|i've|ive|me|my|we|he|she|they|him|her|his|their|my \w+)"
# What is chosen between, when it is not a way of dying: a rehab, a program, a game, a taper.
_NOT_A_WAY = r"\b(play|watch|read|tapering|benzos?|rehabs?|detox\w*|programs?|clinics?|cl[ií]nicas?|groups?|grupos?|games?|tapers?|paper|inpatient|outpatient|treatments?|tratamientos?|doctors?|therapists?|meetings?|centers?|centros?|schools?|jobs?|methods? (of|for) taper\w*)\b"
_DEPRESSANTS = r"(alcohol|drinks?|drinking|drank|beers?|vodka|tequila|whiske?y|bourbon|rum|mezcal|wine|liquor|shots|opioids?|oxy\w*|percocets?|fentanyl|heroin|methadone|hydrocodone|vicodin|morphine|codeine|lean)"
_SYMPTOMS_NOW = r"(faint|fainting|pass(ing)? out|passed out|can'?t (breathe|stay awake|wake|feel my \w+)|hard to breathe|breathing (sounds |is |seems )?(slow|weird|shallow|funny|gurgl\w*)|gurgl\w*|so (dizzy|sleepy)|room is spinning|blacking out|throwing up|can'?t keep (my |his |her |their )?eyes open|numb(?!er)|slurr\w*|(not )?making (no|any) sense|not making sense|eyes (keep )?(closing|rolling)|nodding (off|out)|barely (awake|conscious|responsive|breathing)|sway\w*|unsteady|speech is (slow|slurred)|slow speech|talking (really |so |very )?slow\w*)"
# Signs of a body slowing down, read only beside an intake told as just taken ("getting slow" and "double
# vision" are also what general questions ask about, so they are not in _SYMPTOMS_NOW).
_SLOWING_NOW = (
    r"((getting|going) (really |so |very |super )?(slow|floppy|limp)\b(?! (at|with|in|on|about|to|walking|reading)\b)"
    r"|(hard|harder|impossible) to (wake|rouse)|seeing double|double vision|vision (is |went |got )?(doubled|double)"
    r"|legs (feel |are |went )?(like )?(jelly|rubber|noodles)|can'?t (stay awake|keep my eyes open|walk straight|stand up)"
    r"|can barely (stand|walk|breathe|stay awake)|slurr\w*|pass(ing)? out|so (dizzy|confused))"
)

# "I won't be alive for my birthday", "he won't be around for his birthday ... don't worry about the money"
# (one's own day only).
_WONT = r"(\s+won'?t|\s+will not|'?s not (going to|gonna)|\s+is not (going to|gonna)|'?re not (going to|gonna)|\s+are not (going to|gonna)|'?m not (going to|gonna)|\s+am not (going to|gonna)|\s+not (going to|gonna))"
_NOT_SEEING_OWN_DAY = "|".join(
    rf"\b{who}{_WONT}\s+(be alive|still be alive|live)\s+(for|to|to see|till|until|by)\s+{whose} (own )?(next )?(\d+\w* )?(birthday|graduation|anniversary)\b"
    rf"|\b{who}{_WONT}\s+be (here|around)\s+(for|to see|till|until|by)\s+{whose} (own )?(next )?birthday\b"
    r"(?=[^.!?]{0,80}\b(gave|giving|give away|shouldn'?t worry|don'?t worry|not to worry|take care of|goodbye|the money|owes?)\b)"
    for who, whose in (("i", "my"), ("he", "his"), ("she", "her"), ("they", "their"))
)

# A young child: "my 4 year old", "the toddler", "my 3yo" (not a grown son or daughter).
_YOUNG_CHILD = r"(child|kid|toddler|baby|little one|[1-9] ?(year|yr)s? old|[1-9] ?yo|preschooler|grandkid|grandson|granddaughter|nephew|niece)"
# A real firearm (not a nail, glue, massage or water gun) and where it is when it is a means at hand.
_GUN = (
    r"(the|my|a|our|his|her|this|that|dad'?s|my (dad|father|husband|grandpa|grandfather|brother|stepdad|son|wife|partner)'?s)\s+"
    r"((loaded|old|hunting|service|little|\d+ ?(mm|gauge)|\.\d+) )?(gun|shotgun|pistol|rifle|revolver|handgun|glock|firearm)\b"
    r"(?!\s*(safe|cabinet|rack|permit|license|club|case|show|range|shop|store|lock|locker|oil|cleaning))"
)
_GUN_AT_HAND = (
    r"(put(ting)? it (back|away)|over and over|it'?s loaded|(\w+ )?times (tonight|today|now|this (week|evening|morning))|in my (lap|hand|hands|mouth)|on (the|my) (bed|nightstand|pillow)|to my (head|temple|chin|chest)|under my chin|"
    r"against my (head|temple|chin|chest)|next to me|beside me|on my (bed|pillow|lap|nightstand)|sitting (on|next to|beside) (the|my) (\w+ )?(table|bed|desk|counter|nightstand)|staring at it)\b"
)
_GUN_HANDLED = (
    r"((loaded|took out|got out|pulled out|taken out|took down|holding|held|picked up|picking up|sitting with|staring at)\s+"
    + _GUN
    + r"|(took|got|pulled|taken|brought|lifted)\s+"
    + _GUN
    + r"\s+(out|down)\b)"
)
# Despair said beside a means at hand: "I'm done", "don't care anymore", "she left me", "I can't face anyone".
_DESPAIR = (
    r"(i'?m done|im done|done with (this|everything|it all|life)|(don'?t|dont) care any ?more|tired of (everything|it all|living|life)|(i'?m|im) not ok(ay)?|can'?t (face|do this|go on|take (it|this))|"
    r"no (point|way out|reason to)|hopeless|goodbye|left me|moved out|walked out|cheated|lost everything|(don'?t|dont) know what i'?m doing|nothing (left|matters)|not what it'?s for|better off without me)\b"
)
_MEANS_AT_HAND = (
    r"((?<!massage )(?<!glue )(?<!nail )(?<!heat )(?<!water )(?<!staple )(?<!spray )(?<!paint )(?<!tattoo )(?<!caulk )(?<!nerf )(?<!toy )(?<!thermometer )(?<!temperature )gun"
    r"|pistol|rifle|shotgun|revolver|knife|blade|razor|potassium|insulin|rope|cord|belt|noose)"
)
_POISON = r"(paraquat|antifreeze|ethylene glycol|rat poison|bleach|cyanide|arsenic|strychnine|pesticides?|herbicides?|weed ?killer|roundup|drain cleaner|lye|insecticides?)"
_LETHAL_SUBJECT = (
    r"(clonazepam|klonopin|k ?pins?|rivotril|benzo\w*|xanax|alprazolam|valium|diazepam|ativan|lorazepam|opioids?|oxy\w*|fentanyl|heroin|morphine|methadone|"
    r"tylenol|acetaminophen|paracetamol|ibuprofen|aspirin|insulin|caffeine|benadryl|diphenhydramine|pills?|tablets?|meds|medications?|it|them|this|that)"
)

# Who means the harm: not "she's going to", "he was gonna", "I am not going to", "I'd".
_NOT_SPEAKER = r"(?<!she's )(?<!he's )(?<!she is )(?<!he is )(?<!they're )(?<!they are )(?<!it's )(?<!who's )(?<!is )(?<!was )(?<!were )(?<!said )(?<!not )(?<!never )(?<!n't )(?<!'d )"
# An intent said or a how-to asked: "I'm gonna", "how do I", "help me".
_INTENT = r"(i'?m going to|im going to|i'?m gonna|im gonna|gonna|going to|i will|i'?ll|ill|want to|wanna|plan(ning)? to|about to|how (do|can|could|would|should) (i|we|you|one)|how to|teach me (how )?to|help me)"
_HOME_OR_CAR = r"(my|his|her|their|the|that|this)\s+([\w'-]+\s+)?(car|house|home|apartment|place|truck|shop|store|office|trailer|neighbou?rhood|town|village|block|school|church)\b"
# An explosive, not a costume, a prop or a drill.
_BOMB = r"(pipe bomb|suicide vest|car bomb|dirty bomb|nail bomb|explosive vest|ied)s?\b(?!\s*(costumes?|props?|scenarios?|drills?|exercises?|response|training|detectors?|simulations?))"
_MANY_PEOPLE = r"(the most|as many) (people|humans|civilians|kids|children|students)\b"
_NEAR_DAY = (
    r"(tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|this weekend|next week)"
)
# "I'll be gone soon / by Friday", not "gone for a week" and not what someone else thinks.
_WILL_BE_GONE = (
    r"(?<!think )(?<!thinks )(?<!says )(?<!said )(?<!afraid )(?<!worried )\b(i'?ll|ill|i will|i'?m going to) be (gone|dead) (soon|by "
    + _NEAR_DAY
    + r"|before "
    + _NEAR_DAY
    + r")\b(?!\s+(for|to|at|on|from|in)\b)"
)
# What a near death is put in order for: an obituary, a funeral, passwords, a last meal.
_LAST_AFFAIRS = r"(obituar\w*|funeral|not that it matters|won'?t matter|doesn'?t matter|passwords|last meal)"

CRISIS_RULES: tuple[Rule, ...] = (
    _r(
        "child_ingestion",
        "overdose",
        # "I left the bottle on the counter. My 4 year old had it open", "got the cap off my klonopin", "how many
        # are missing": a young child at the pills, not a bottle opened for someone.
        r"\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,60}\b(had|got|gotten|getting)\s+(my |the |her |his )?(klonopin|clonazepam|rivotril|pill|pills|medicine|meds|prescription)( bottle| container| pack)?\s+(open|opened)\b(?!\s+for (me|us|her|him))"
        r"|\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,60}\b(got|had|pulled|twisted|took) the (cap|lid|top) off (my |the |her |his )?(klonopin|clonazepam|rivotril|pill|pills|medicine|meds|prescription)\b"
        r"|\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,40}\b(opened|open)\s+(my|the|her|his)\s+(klonopin|clonazepam|rivotril|pill|medicine|meds|prescription) (bottle|container)\b(?!\s+for (me|us|her|him))"
        r"|\b(klonopin|clonazepam|rivotril|pills?|meds|pill bottle|bottle)\b[^.!?]{0,120}[.!?]?\s{0,3}[^.!?]{0,40}?\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,30}\b(had|got|gotten) (it|the (bottle|lid|cap|container)) (open|off)\b(?!\s+for (me|us|her|him))"
        r"|\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,120}\b(how many|if any|whether any|some|a few|\d+)\s+(pills |tablets |of them )?(are|were|is|went) missing\b"
        r"|\b("
        + _YOUNG_CHILD
        + r"|son|daughter)\b[^.!?]{0,60}\b(had|got) (the|my|it)( pill)?( bottle)? (open|opened)\b[^.!?]{0,80}[.!?,]?\s{0,3}[^.!?]{0,60}?"
        r"\b((\d+|some|a few|a couple) (pills |tablets )?(are|were|is) (missing|gone)|(pills?|some|\d+) in (her|his) (hand|mouth))\b"
        r"|\b(found|caught) (my |the |our )?"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,40}\bwith (my |the |a )?(klonopin|clonazepam|pill|pills|medicine|meds)( bottle)?\b[^.!?]{0,20}\b((lid|cap|top) off|open)\b"
        r"|\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,60}\bgot into\b[^.!?]{0,60}\b(klonopin|clonazepam|pill) bottle (was )?open\b"
        r"|\b"
        + _YOUNG_CHILD
        + r"\b[^.!?]{0,40}\bplaying with (my|the|her|his) (klonopin|clonazepam|pill|medicine) bottle\b"
        r"|\b(niñ[oa]|hij[oa]|beb[eé]|nen[ea])\b[^.!?]{0,60}\b(abri[oó]|destap[oó])\s+(el|mi|su)\s+(frasco|bote|bl[ií]ster|envase|caja)\b[^.!?]{0,80}[.!?]?\s{0,3}[^.!?]{0,60}?\b(faltan|no s[eé] cu[aá]nt[oa]s|se (comi[oó]|trag[oó]))"
        r"|\b(empty|emptied|opened|open|chewed)\s+(blister( pack)?|bottle|pill bottle|pack|packet)\b.{0,60}\b(child|kid|toddler|baby|\d+ ?(year|yr)s? old|son|daughter|teen\w*)'?s?\b"
        r"|\b(child|kid|toddler|baby|\d+ ?(year|yr)s? old|son|daughter|teen\w*)\b.{0,60}\b(found|with|holding|next to)\b.{0,20}\b(an? |the |my )?(empty|emptied|opened|open|chewed)\s+(blister( pack)?|bottle|pill bottle|pack|packet)\b|\b(child|kid|toddler|baby|\d+ ?(year|yr|month)s? old|hij[oa] de \d+|beb[eé]|niñ[oa]|nieto|nieta|dog|puppy|cat|kitten|pet|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|cachorr[oa])\b.{0,50}\b(swallowed|swallow|ate|eat|eats|eaten|got into|chewed|bit into|se trag[oó]|se comi[oó]|agarr[oó]|mordi[oó]|mastic[oó]|(se )?ha (tragado|comido|mordido|masticado|agarrado|mordisqueado)|mordisque[oó])\b.{0,40}\b(pills?|tablets?|klonopin|clonazepam|bottle|blister( pack)?|pastillas?|frasco|bl[ií]ster|ibuprofeno|paracetamol|medicinas?|medicamentos?)\b",
    ),
    _r(
        "swallowed_dropped_pill_es",
        "overdose",
        r"\b(perr\w+|gat[oa]s?|gatit[oa]s?|mascota|cachorr\w+|beb[eé]|niñ[oa]|nene|nena|hij[oa] de \d+)\b[^.!?]{0,80}"
        r"\b(clonazepam|rivotril|clonas?|benzos?|mis pastillas|mi pastilla|una de mis (pastillas|pepas))\b[^.!?]{0,60}\bse (la|lo|las|los) (comi[oó]|trag[oó]|mastic[oó])\b"
        r"|\b(clonazepam|rivotril|clonas?|benzos?|mis pastillas|mi pastilla|una de mis (pastillas|pepas))\b[^.!?]{0,80}"
        r"\b(perr\w+|gat[oa]s?|gatit[oa]s?|mascota|cachorr\w+|beb[eé]|niñ[oa]|nene|nena|hij[oa] de \d+)\b[^.!?]{0,40}\bse (la|lo|las|los) (comi[oó]|trag[oó]|mastic[oó])\b",
    ),
    # Harm to others: intent, a plan or an urge to hurt someone, or someone about to.
    _r(
        "harm_others",
        "harm_others",
        r"\b(i'?m|i am|i|i'?ll|i will|gonna|going to|want to|wanna|plan(ning)? to|thinking (about|of)|think about|urge to|urges to|about to|ready to|feel like|fantasi[sz]\w* about|dream\w* (about|of)|obsess\w* (about|over))\b.{0,25}\b(kill\w*|murder\w*|stab\w*|shoot\w*|strangl\w*|chok\w*|smother\w*|hurt\w*|beat\w*|poison\w*|drug\w*|attack\w*|harm\w*)\s+(the |all the |those |these )?(him|her|them|someone|somebody|people|everyone|everybody|my (\w+ )?(wife|husband|partner|boss|mom|mother|dad|father|son|daughter|kids?|baby|child|children|brother|sister|roommate|neighbou?r|ex|girlfriend|boyfriend|gf|bf|coworkers?|family|teacher|landlord|stepdad|stepmom)|that (guy|man|woman|girl|bitch|bastard|asshole))\b(?!'?s? (feelings|ego|pride|chances|reputation|business))"
        # "I could murder him lol": hyperbole said with a laugh.
        r"(?![^.!?\n]{0,40}(\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|kidding)\b|😂|🤣|😅|😆))",
    ),
    # "the only cure is my boss not breathing. I've thought about exactly how": a wish for someone's death with a plan.
    _r(
        "wants_them_dead",
        "harm_others",
        r"\b(only (cure|fix|answer|solution|thing that would help)|what would (actually |really )?(help|fix)|would (actually |really )?(help|fix)|i (wish|want)|wanna see|lo [uú]nico que me (curar[ií]a|ayudar[ií]a))\b"
        r".{0,80}\b((my|her|his|their|that|mi|su) (\w+ )?(boss|husband|wife|partner|ex|stepdad|stepmom|step-?father|step-?mother|dad|father|mom|mother|brother|sister|neighbou?r|roommate|co-?worker|landlord|son|daughter|kid|uncle|aunt|boyfriend|girlfriend|grandma|grandpa|teacher|manager|jefe|marido|esposo|esposa|mujer|padrastro|madrastra|padre|madre|hermano|hermana|vecin[oa]|suegr[oa]|novi[oa])|him|her|them) (not breathing|dead|gone for good|six feet under|in the ground|muert[oa]|sin respirar)\b"
        r"(?=.{0,120}\b(exactly how|how i'?d do it|how to do it|planned (it|how)|thought about how|(thought|thinking) about (exactly )?how|c[oó]mo hacerlo|ya s[eé] c[oó]mo)\b)",
    ),
    # "I want her to sleep and not wake up" said of a mother-in-law: a death wished on someone else.
    _r(
        "asleep_for_good_wished",
        "harm_others",
        r"\b(want|wish|hope|pray)\s+(for\s+)?(her|him|them|my ([\w-]+ )?(mother|mom|dad|father|husband|wife|boss|ex|sister|brother|neighbou?r|roommate|stepdad|stepmom|step-?father|step-?mother|mother-in-law|father-in-law|in-?laws|landlord|partner|boyfriend|girlfriend|coworker|co-worker)|that (man|woman|guy|bitch|bastard|asshole|jerk))\s+to\s+(just\s+)?(go to sleep|fall asleep|sleep)\s+and\s+(not|never)\s+(ever\s+)?wake( up)?\b"
        r"|\b(hope|wish|pray)\s+(that\s+)?(my ([\w-]+ )?(mother|mom|dad|father|husband|wife|boss|ex|stepdad|stepmom|mother-in-law|father-in-law|landlord|partner|boyfriend|girlfriend)|that (man|woman|guy|bitch|bastard|asshole|jerk))\s+(just\s+)?(falls asleep|goes to sleep|sleeps)\s+and\s+(never|doesn'?t|does not)\s+wakes?( up)?\b",
    ),
    # An injury planned against a person's head or body, said by the speaker: "next time he does it I'm
    # going over there to break his skull", "le estoy por partir una silla en la cabeza".
    _r(
        "injury_planned",
        "harm_others",
        r"(?<!not )(?<!never )(?<!n't )\b((i'?m (going to|gonna|about to)|im (going to|gonna|about to)|i am (going to|about to)|i'?ll|i will|i swear i'?ll)\s+(go\s+)?((over|down|up|out) there\s+|next door\s+|over\s+)?(and\s+|to\s+)?|(i'?m|im|i am) (going|heading|headed|gonna go|going to go) ((over|down|up|out) there|next door|over) (to|and)\s+)(break|smash|bash|cave|bust)\s+(in\s+)?(his|her|their|that (guy|dude|man|woman|kid|bitch|bastard|asshole|prick|jerk)'s|my (brother|husband|wife|boyfriend|girlfriend|ex|stepdad|stepfather|dad|father|neighbou?r|roommate|boss|coworker|landlord|son|daughter)'s)\s+([\w-]+\s+)?(skull|head|face|jaw|knees?|kneecaps?|teeth|neck|ribs|nose|legs?)\b(?!\s+in\s+(slowly|gently|first|carefully|two places))(\s+in\b)?(?!\s+(on|at|in) (the |a )?(game|match|court|field|ring|board)\b)(?![^.!?]{0,60}\b(lol|lmao|haha\w*|jk|just kidding)\b)"
        r"|(?<!no )\b(le|te|les)\s+(voy a|vamos a|estoy por|estoy a punto de|juro que (le |te )?voy a)\s+(partir|romper|reventar|quebrar|rajar|estrellar)\s+(una silla|un palo|una botella|un bate|el bate|un fierro|un tubo|una piedra|un ladrillo|la botella|una sart[eé]n|un martillo|el martillo)\s+(en|sobre|por)\s+(la|su)\s+(cabeza|cara|espalda|nuca|crisma|jeta)\b(?!\s+(al|a la) (muñeco|piñata))(?![^.!?]{0,60}(ja(ja)+|je(je)+|xd+\b|lol\b|mentira|broma))"
        r"|(?<!no )\b(voy a|vamos a|estoy por|estoy a punto de)\s+(partir|romper|reventar|quebrar|rajar)(le|les)\s+(una silla |un palo |una botella |un bate |el bate |un fierro |una piedra )?((en|sobre) )?(la cabeza|el cr[aá]neo|la crisma)\b"
        r"(?=\s*($|[.,;!]|a (ese|esa|este|esta|mi|tu|su|aquel)\s+(tipo|wey|güey|cabr[oó]n|pendejo|hijo de puta|vecino|padrastro|hermano|marido|esposo|novio|ex|jefe|viejo)\b|lo juro|te lo juro|cuando (llegue|vuelva|lo vea)|esta noche|hoy))(?![^.!?]{0,60}(ja(ja)+|je(je)+|xd+\b|lol\b|mentira|broma))",
    ),
    # "i know where he parks his car. hes gonna regret it"; friends "planning to jump a kid after school
    # tomorrow"; "going to sort out the guy ... he's going to end up in the hospital".
    _r(
        "threat_veiled",
        "harm_others",
        r"\bi know where (he|she|they|that \w+|the \w+|my \w+) (lives?|parks?|works?|sleeps?|goes to school|hangs out)\b[^?]{0,80}\b(gonna|going to|will|'ll) regret (it|this|that)\b(?!\s+(if|when|unless)\b)(?![^.!?]{0,40}\b(lol|lmao|haha\w*|jk)\b)"
        r"|\b(gonna|going to|will|'ll) regret (it|this|that)\b[^?]{0,80}\bi know where (he|she|they|that \w+|the \w+|my \w+) (lives?|parks?|works?|sleeps?|goes to school|hangs out)\b"
        r"|\b(planning|plan|plans|going|gonna|about|fixing)(\s+[\w-]+){0,4}?\s+to jump (a|this|that|some|the) (kid|guy|girl|dude|boy|man|student|freshman)\b(?!'s)(?=.{0,100}\b(tomorrow|tonight|after school|today)\b)(?=.{0,160}\b(brass knuckles|knife|knives|bat|gun|beat|hurt|fight)\b)"
        # "I want to make the homeowner suffer": suffering meant for a person.
        r"|\b(i (want|wanna|need|plan|intend) to|i'?m (going|gonna) to|i'?m gonna|i'?ll|i will)\s+(really\s+)?make (him|her|them|the [\w-]+|my [\w-]+|that [\w-]+|those [\w-]+)\s+suffer\b"
        r"(?![^.!?]{0,40}\b(lol|lmao|haha\w*|jk|game|match|race|gym|class|workout|practice|drills?|exam|test|homework|season)\b)"
        # "I'm parked next to her car right now. I'm going to make her understand ... she's not going to like how."
        r"|\b(i'?m|im|i am|i'?ve been)\s+(parked|waiting|sitting|standing|hiding|outside)\s+(right )?(next to|outside( of)?|by|behind|near|across from|in front of|at)\s+(her|his|their|that \w+'?s|my (ex|boss|\w+)'?s?)\s+(car|truck|house|home|place|work|job|office|apartment|door|building|school)\b[^?]{0,200}\b(make (him|her|them) (pay|suffer|regret)|(he|she|they)('s| is|'re| are|'ll| will)? (going to|gonna) regret (it|this|that|what|ever|the day|crossing|messing|hurting|cheating)|not (going to|gonna) like how\b(?! (many|much|late|loud|long|early|big|small|fast|slow))|teach (him|her|them) a lesson|what'?s coming to (him|her|them)|get even( with (him|her|them))?(?=\s*($|[.!?,;]|tonight|now)))\b(?![^.!?]{0,60}(\b(lol|lmao|haha\w*|jk)\b|😂|🤣))"
        r"|\b(make (him|her|them) (pay|suffer|regret)|(he|she|they)('s| is|'re| are|'ll| will)? (going to|gonna) regret (it|this|that|what|ever|the day|crossing|messing|hurting|cheating)|not (going to|gonna) like how\b(?! (many|much|late|loud|long|early|big|small|fast|slow))|teach (him|her|them) a lesson|what'?s coming to (him|her|them)|get even( with (him|her|them))?(?=\s*($|[.!?,;]|tonight|now)))\b[^?]{0,200}\b(i'?m|im|i am|i'?ve been)\s+(parked|waiting|sitting|standing|hiding|outside)\s+(right )?(next to|outside( of)?|by|behind|near|across from|in front of|at)\s+(her|his|their|that \w+'?s|my (ex|boss|\w+)'?s?)\s+(car|truck|house|home|place|work|job|office|apartment|door|building|school)\b(?![^.!?]{0,60}(\b(lol|lmao|haha\w*|jk)\b|😂|🤣))"
        r"|\b(i'?m|im|i am) (planning|going|gonna|about) to (go )?(settle things with|teach [\w ]{1,20} a lesson|sort out (the|that|this) (guy|dude|man|bastard|prick|asshole))\b.{0,120}\b(he|she|they)('s| is|'re| are|'ll| will) (going to |gonna )?end up in (the |a )?(hospital|morgue|body bag|ground|icu)\b",
    ),
    # "how do I strangle my Tinder date", "slip a klonopin to my date".
    _r(
        "date_harmed",
        "harm_others",
        r"\bhow (do|can|could|would|should) i (strangle|drug|roofie|spike|poison|choke|rape|suffocate|smother|sedate) my (tinder |hinge |bumble |first )?date\b(?![^.!?]{0,60}\b(lol|lmao|haha\w*|cooking)\b)"
        r"|\b(slip|sneak|crush|put)\w*\s+(a |some |my |one of my )?(klonopins?|clonazepam|pills?|benzos?|xanax|roofies?)\s+(in|into)\s+(my|her|his) (tinder |hinge |bumble )?date'?s? (drink|food|coffee|glass|beer|wine)\b",
    ),
    _r(
        "fire_with_people_inside",
        "harm_others",
        r"\b(i'?m going to|i'?m gonna|i want to|how (do|can|could) i|i'?ll|planning to|guide to|how to) (set(ting)?|start(ing)?) (a )?fire (in|to|at) (an?|the|his|her|their|my ex'?s) ([\w-]+ )?(apartment|building|house|home|school|dorm|trailer|office)\b.{0,60}\b(when|while|with) (everyone|everybody|people|they|he|she|the family)('s| is| are|'re)? (asleep|sleeping|inside|in there)\b",
    ),
    _r(
        "threat_by_someone",
        "harm_others",
        r"\b(he|she|they|my \w+)('s| is| are|'re)? (says? (he|she|they)('s| is| are|'re)? )?(going to|gonna|threatening to|about to|trying to)\s+(kill|hurt|stab|shoot|strangle|choke|beat)\b(?!\s+it\s+(at|in|on|out there|up|tomorrow|today|tonight|this|during|with (the|his|her))\b)"
        # Not their own life alone ("he's going to kill himself" is self-harm), unless others are named with it.
        r"(?!\s+(himself|herself|themselves|themself)\b(?![^.!?]{0,60}\b((and|then|after|before) (take |taking |kill |killing |hurt |hurting |shoot |shooting )?(me|us|the kids|the baby|my|her|him|them|everyone)|burn|set fire|with (me|us|the kids) (in|inside))\b))"
        r"|\bhas a (gun|knife|weapon)\b.{0,60}\b(threaten\w*|kill|hurt|shoot|stab|screaming|going to|gonna)\b|\b(threaten\w*|kill|hurt|shoot|stab)\b.{0,60}\bhas a (gun|knife|weapon)\b"
        r"|\b(make|get) (the|my|his|her|their|that|our) (baby|kid|child|son|daughter|toddler) (stop crying|shut up|be quiet|stop screaming) (for good|forever|permanently)\b"
        r"|\b(va a|vamos a|voy a|going to|gonna|threaten\w* to|(says?|said) (he|she|they)('ll| will| would|'d))\s+(quemar|burn)\s+(down\s+)?(the |his |her |their |my |our |su |la |el |mi )?(house|home|place|apartment|building|trailer|car|casa|depa|departamento|edificio|carro|coche)(\s+down)?\s+(con|with)\s+(\w+\s+){0,3}?(adentro|dentro|inside|in it|in there)\b"
        r"|\b(going|headed|heading|driving|on (his|her|their) way) (over )?to\b[^.!?]{0,40}\bto [\"'“]?(settle|deal with|handle|take care of|sort out) (things|it|this|him|her|them)\b[^.!?]{0,60}\b(my|his|her|the|a|\w+'s|got (my|the|a)|with (my|his|her|a|the)|bringing|taking|grabbed|loaded)\s+(gun|pistol|rifle|knife|shotgun)\b(?!\s+(safe|shop|store|range|show|permit|license|class|lock|cabinet))",
    ),
    # Someone near the writer armed or on the way: a weapon held, kept or fetched beside a
    # threat, "coming over to finish this", threatened with a knife, a fire set with people inside.
    _r(
        "taking_them_with",
        "harm_others",
        r"\b(tak(e|es|ing)|bring(ing|s)?) (down )?(management|everyone|everybody|them all|(all|a few|some) of them|people|coworkers|co-workers|the (boss|bosses|office|whole office|whole school|school|class|managers?|supervisors?|director|team|landlord)|(his|her|their) (boss|coworkers|co-workers|managers?|supervisors?|team|class|landlord))\b[^.!?]{0,40}?\b(down )?with (him|her|them)\b",
    ),
    _r(
        "armed_threat",
        "harm_others",
        r"\b(has|have|had|keeps?|kept|carries|carrying|got|grabbed|grabbing|bought|owns|pulled( out)?|waving|holding|took|went to get|loaded)\s+(a |an |his |her |their |the |my )?(\w+ )?(gun|rifle|pistol|shotgun|knife|weapon|firearm|machete|handgun|revolver)s?\b"
        r".{0,150}\b(threaten\w*|kill|hurt|shoot|stab|finish (this|it|her|him|them|us|you|me)|coming (over|here|for)|on (his|her|their) way|said (he|she|they)('d| would| will)|hiding (from|in)|locked (myself|ourselves|in))\b"
        r"|\b(threaten\w*|kill|hurt|shoot|stab|finish (this|it|her|him|them|us|you|me)|coming (over|here|for)|on (his|her|their) way)\b"
        r".{0,150}\b(has|have|had|keeps?|kept|carries|carrying|got|grabbed|bought|owns|pulled( out)?|waving|holding|took|went to get|loaded)\s+(a |an |his |her |their |the |my )?(\w+ )?(gun|rifle|pistol|shotgun|knife|weapon|firearm|machete|handgun|revolver)s?\b"
        r"|\bthreaten\w*\s+(me|us|her|him|them|my [\w-]+|the kids)\s+with\s+(a |an |his |her |their |the )?(\w+ )?(knife|gun|pistol|rifle|weapon|bat|hammer|machete|axe|scissors|shotgun)\b"
        r"|\b(he|she|they|my [\w-]+)('s| is| are|'re)? (coming|on (his|her|their) way|headed|heading|driving) (over |here |back )?(to|and) (finish|end|settle|kill|hurt) (this|it|her|him|them|us|me|you|everyone)\b"
        r"(?=.{0,200}\b(gun|rifle|pistol|shotgun|knife|weapon|threat\w*|scared|afraid|violent|dangerous|hurt|kill)\b)"
        r"|\b(set fire to|set (his|her|their|the) [\w-]+ on fire|burn\w* (down )?(his|her|their|the) (house|car|truck|place|apartment|room|home))\b.{0,40}\bwith (him|her|them|people|someone|somebody|the (family|kids)|my [\w-]+)( still)? (inside|in it|in there)\b"
        r"|\b(me|nos|la|lo|le|les)\s+(est[aá] )?amenaza\w*\s+con\s+(un|una|el|la|su)\s+(cuchillo|pistola|arma|navaja|machete|bate|martillo|tijeras|escopeta)\b"
        r"|\b(tiene|trae|sac[oó]|agarr[oó]|tra[ií]a) (un|una|el|la|su) (cuchillo|pistola|arma|navaja|machete|escopeta)\b.{0,100}\b(amenaz\w*|matar\w*|encerrad[oa]|escondid[oa]|me quiere|nos quiere|lastimar\w*)\b"
        r"|\b(prender(le)? fuego|quemar(le)?|incendiar(le)?)\b.{0,40}\bcon (él|el|ella|ellos|ellas|la familia|gente|alguien|los niños) (adentro|dentro)\b",
    ),
    _r(
        "drug_someone",
        "harm_others",
        r"\b(put|slip|crush|mix|sneak|dissolve)\w*\b.{0,40}\b(in|into)\s+(his|her|their|my \w+'?s?|someone'?s|somebody'?s|a)\s+(\w+\s+)?(drink|food|coffee|tea|meal|soda|beer|wine|juice|bottle)\b|\bhow (much|many)\b.{0,50}\b(to )?(knock (out|him out|her out|them out)|kill|put (him|her|them|someone) (down|to sleep|out))\b.{0,20}\b(him|her|them|a (man|woman|person|kid|child)|someone|somebody|my \w+)\b",
    ),
    _r(
        "harm_others_how",
        "harm_others",
        r"\b(how (do|can|could|would|should|might|to|does one|would one)|what('?s| is| are)? (the )?(best|easiest|quickest|fastest|simplest|good|most effective|surest|cleanest|quietest)? ?(way|ways|method|methods|steps|means|plan|process)( of| to| for)?|where (can|could|should) i|steps to|tips (for|on))\b.{0,30}(?<!self-)(?<!self )(?<!too )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bbeen )\b(kill|murder|poison|stab|strangle|suffocate|smother|drown(?! out)|shoot|execute|assassinate|behead|decapitate|beat( up)?|punch|kick|(?<!panic )(?<!anxiety )(?<!asthma )(?<!heart )(?<!seizure )attack|assault|hurt|injure|maim|throttle|choke|eliminate|get rid of(?! (them|those|these|it|the \w+|old \w+|(leftover|extra|unused|expired|spare) \w+|(her|his|my|their) (leftover |old |extra |unused )?(klonopin|clonazepam|pills?|meds|medications?|bottles?|tablets?))\b)(?! (my|his|her|their|our) [\w-]+'s\b)|take out|do away with|butcher|gut|torture|kidnap|abduct|overpower|slay|push \w+ off|snipe|headshot|hunt( down)?|crush|smash|shatter|break|hammer|cut off|rip off|bury|burn|run over|terminate|euthanize|annihilate|wipe out|liquidate|massacre|harm(?! reduction)|disfigure|paralyze|blind|rape|molest|drug|sedate|knock out)\w*\b(?!-?proof| up with\b| up\b).{0,25}\b(my (\w+ )?(wife|husband|partner|spouse|boss|mom|mother|dad|father|son|daughter|kids?|child(ren)?|baby|toddler|brother|sister|roommate|neighbou?rs?|ex|ex[- ]\w+|girlfriend|boyfriend|gf|bf|coworkers?|family|teacher|landlord|grand\w+|classmates?|friends?|students?|class|stepdad|stepmom|uncle|aunt|cousin|in-?laws?)|someone'?s?|somebody'?s?|people|a (person|human|man|woman|child|kid|baby|toddler|cop|police officer|girl|boy|stranger|teacher|student)|humans?'?s?|him|her|them|the (president|police|cops|kids|teacher|judge|mayor)|cops?|police officers?|(a|the|my) (local )?politician|strangers|children|kids|toddlers?|babies|women|men|everyone|everybody|a group of people|my entire family|(a )?crowds?( of [\w-]+)?|protesters|pedestrians|shoppers|worshippers|passengers|concertgoers)\b(?!'?s? (feelings|ego|pride|chances|reputation|career|business|confidence|trust))(?!.{0,25}\b(for|to) (dinner|lunch|breakfast|brunch|a date|drinks|coffee|a meal|a drive|a walk|a movie|the movies|ice cream|a treat)\b)|\b(commit(ting)?|plan(ning)?|carry(ing)? out|get away with|pull off)\s+(an? |the )?(murder|massacre|assassination|homicide|violent assault|school shooting|mass shooting|terror(ist)? attack|bombing|stabbing)\b|\b(bomb|blow up|set fire to|set on fire|burn down|shoot up|(?<!panic )(?<!anxiety )(?<!asthma )(?<!heart )(?<!seizure )attack)\s+(a |the |my |our )?(\w+ )?(school|hospital|concert|stadium|church|mosque|synagogue|mall|office|workplace|class|airport|house|home|building|crowd|village|temple|party)\b|\b(plan|repeat|recreate)\b.{0,30}\b(another )?(death|assassination|killing|shooting|massacre) like\b|\b(i|we|you|to|should|can|could)\s+(\w+\s+)?push\b.{0,25}\boff (a |the |of (a |the )?)?(cliff|bridge|roof|balcony|building|ledge|stairs|platform|train platform)\b",
    ),
    # Violence planned against a place, a crowd or a person, said without a "how": a place set on
    # fire, a bomb or a suicide vest built, "beat the hell out of my brother", a child drugged quiet.
    # "I posted that I'd shoot up my old high school ... I'm not [joking]".
    _r(
        "shooting_threatened",
        "harm_others",
        r"(?<!not )(?<!never )(?<!n't )\b(i'?d|i would|i'?ll|i will|i'?m (going|gonna) to|i'?m gonna|i want to|i plan(ning)? to|i'?m planning to)\s+shoot up\s+(a|the|my|our|this|that)\s+(old\s+)?(high\s+)?(school|college|campus|office|workplace|church|mosque|synagogue|temple|mall|concert|class|reunion|party|store|work)\b(?!'s|\s+(map|level|server|leaderboard|ranking|chart|bathroom)\b)"
        r"(?![^.!?]{0,40}(\b(lol|lmao|haha\w*|jk|in (the )?game|in gta|in fortnite|with (water|nerf|paintball))\b|😂|🤣))",
    ),
    _r(
        "violence_planned",
        "harm_others",
        _NOT_SPEAKER
        + r"\b"
        + _INTENT
        + r"\s+set (a|the|my|our|his|her|their|that|this) ([\w'-]+ )?(school|hospital|church|mosque|synagogue|temple|house|home|apartment( building)?|building|car|office|store|shop|clinic|pharmacy|mall)\s+on fire\b(?!\s+(with|at (the|our|my|this) (talent show|show|performance|game|match|concert|recital|competition|party|gig|open mic)))"
        r"|"
        + _NOT_SPEAKER
        + r"\b"
        + _INTENT
        + r"\s+((torch|firebomb|burn down|set fire to)\s+"
        + _HOME_OR_CAR
        + r"|burn\s+"
        + _HOME_OR_CAR
        + r"\s+down\b(?!\s+with\b)|light\s+"
        + _HOME_OR_CAR
        + r"\s+on fire\b)"
        r"|"
        + _NOT_SPEAKER
        + r"\b"
        + _INTENT
        + r"\s+(\w+\s+){0,2}(make|build|create|construct|assemble)\w*\s+(an? )?"
        + _BOMB
        + r""
        r"|\b(i'?m|im|i am|we'?re)\s+(making|building|assembling|putting together)\s+(an? )?" + _BOMB + r""
        r"|\b(make|build|bring|plant|set off|take|put|leave|making|building|bringing|planting|taking|putting|leaving)\s+(a|the|my|this|that)\s+([\w-]+\s+)?bomb\b(?!\s+(threat|drill|scare|squad|project|costume|prop))[^.!?]{0,30}\b(to|at|in|inside|into)\s+(school|work|the (school|office|church|mall|concert|stadium|parade)|my (school|work|office|class|job))\b"
        r"|\b(can|could|should|would) i use\b.{0,30}\bto (kill|murder|shoot|hurt|injure|poison) " + _MANY_PEOPLE + r""
        r"|"
        + _NOT_SPEAKER
        + r"\b"
        + _INTENT
        + r"\s+(kill|murder|shoot( up)?|stab|hurt|injure|poison) "
        + _MANY_PEOPLE
        + r""
        r"|\bway to (kill|murder|shoot( up)?|stab|hurt|injure|poison) " + _MANY_PEOPLE + r""
        r"|\bwhat('?s| is)? (the )?(general|usual|right|proper|normal|standard)\s+(way|process|method)s?\s+(to|for|of)\s+((\w+\s+){0,2})(kill\w*|murder\w*|poison\w*|strangl\w*|suffocat\w*|smother\w*|drown\w*)\s+((my|a|the|their|his|her) (\w+ )?(husband|wife|baby|child|kid|mom|mother|dad|father|boss|partner|girlfriend|boyfriend|son|daughter|person|man|woman|roommate|neighbou?r|ex)\b(?!'s)|someone|somebody|people)\b"
        r"|\bhow (do|can|could|would|should) i (drug|roofie|spike) (my|a|the) (date|girlfriend|boyfriend|wife|husband|partner|coworker|boss|roommate|friend)\b(?!'s)(?!\s+(test|tests|testing|screen\w*)\b)"
        r"|"
        + _NOT_SPEAKER
        + r"\b(i'?m|im|i am|i'?ll|ill|i will|i'?m going to|gonna|about to|going to|want to|wanna)\s+(\w+\s+)?(beat|kick|knock|punch) the (hell|crap|shit|snot|living (daylights|hell)|life)\s+out of\s+(my (\w+ )?(brother|sister|wife|husband|boss|dad|father|mom|mother|son|stepson|daughter|stepdaughter|kids?|neighbou?r|roommate|ex|girlfriend|boyfriend|partner|coworker|cousin|uncle|friend|stepdad|stepmom)|him|her|them|that (guy|man|woman|kid|dude|bitch|bastard|asshole)|this (guy|man|woman|kid|dude)|the guy)\b"
        r"|\b(i'?ll|i will|i'?m going to|im going to|gonna|going to|want to|wanna|how (do|can|could|would) i|how to|how much)\b.{0,20}\b(put|slip|mix|add|crush|sneak|give)\w*\b.{0,40}\b(benadryl|melatonin|nyquil|klonopin|clonazepam|xanax|sleeping pills?|sleep aids?|cough syrup|vodka|whiskey|alcohol|rivotril)\b.{0,25}\b(in|into)\s+(a |the |my |his |her |their )?([\w-]+'?s?\s+)?(milk|bottle|sippy cup|formula|juice|drink|food|cereal|coffee|tea|soup)\b.{0,60}\b(keep|make|get)\s+(him|her|them|the (baby|kid|toddler|child|kids))\s+(quiet|shut up|out cold|knocked out|unconscious)\b",
    ),
    # A request for the means to hurt people, with the harm said as a noun or a phrase:
    # "guidance on how to cause physical harm to others", "techniques for a stabbing".
    _r(
        "harm_others_means",
        "harm_others",
        r"\b(how (to|do i|can i|could i|would i|should i|can you|could you|would you|can someone|could someone|would someone|does one|can one)|techniques?|methods?|tactics|tips|steps|ways?|guidance|instructions|(a |detailed |step[- ]by[- ]step )?plan)\b"
        r"(?!.{0,60}\b(prevent\w*|stop\w*|avoid\w*|protect\w*|defend\w*|survive\w*|escape|reduc\w*|minimi[sz]\w*|investigat\w*|detect\w*|report\w*|talk\w*|tell|explain\w*|cop(e|ing)|deal\w* with|news|witness\w*|heal\w*|grie\w*|recover\w*|history|historical\w*|was carried|were carried|happened|in (the |a |my )?(novel|book|film|movie|story|play|show|game))\b)"
        r".{0,60}\b(cause (physical |serious |bodily |real |lasting |maximum )?(harm|injur\w*|pain|damage) to (others|other people|people|someone|somebody|him|her|them|passengers|civilians|a person)|"
        r"(?<!self-)(?<!self )inflict\w* (\w+ )?(harm|pain|injur\w*|casualties|damage|wounds?)|(maximum|maximi[sz]e|mass) (civilian )?casualt\w*|"
        r"(hurt|harm|injure|kill|attack|incapacitate|disable|maim|weaken) (others|other people|passengers|civilians|victims|a target|my target|intruders?|an intruder|a rival|opponents in (a |an )?(real|street|illegal|bare[- ]knuckle) \w+)|"
        r"assassinat\w*|stabbing|(a|the) hit on|ambush\w*|(violence|violent) (in|at) (a |the )?(home|domestic|household)|escalate (control and )?violence)\b",
    ),
    _r(
        "harm_others_es",
        "harm_others",
        r"\b(voy a|quiero|pienso|tengo ganas de)\s+(matar|lastimar|apu[nñ]alar|golpear|envenenar|hacerle da[nñ]o)\w*\b.{0,30}\b(a (mi|mis|su|ese|esa|alguien|él|ella)|lo|la|los|las|le|les)\b|\b(matarlo|matarla|matarlos|lastimarlo|lastimarla|envenenarlo|envenenarla)\b",
    ),
    # Harm to others, the preparations rather than the verb: covering tracks, a weapon taken
    # somewhere, a drink or meal spiked, a death made to look like something else.
    _r(
        "harm_others_cover",
        "harm_others",
        r"\b(not|no|without|never) (leave|leaving|dejar) (any )?(prints|fingerprints|huellas|evidence|a trace|traces|rastro|pruebas)\b"
        r"|\b(poison|rat poison|antifreeze|arsenic|cyanide|thallium|insulin|veneno)\b.{0,60}\b(detectable|undetectable|traceable|untraceable|show up|detected|detectar\w*|se detecta)\b.{0,30}\b(autopsy|tox\w* (screen|report|test)|post[- ]?mortem|autopsia)\b"
        r"|\b(make|making|made) (it|this|that|his|her|their|someone'?s|somebody'?s|a person'?s|my [\w-]+'?s) (death |murder |killing |passing )?(look|seem|appear) like (an |a )?(accident\w*|natural causes|suicide|heart attack|(an )?(accidental |natural )?([\w-]+ )?overdose)\b"
        r"|\bparezca (un |una )?(accidente|suicidio|muerte natural)\b"
        r"|\b(sabotag\w*|sabote\w*|cut|cutting|mess with|tamper\w*|cortar\w*)\b.{0,30}\b(brakes?|brake lines?|frenos)\b"
        r"|\b(hold|holding|put|putting|press|pressing)\b.{0,12}\b(a |the )?pillow (over|on)\b.{0,25}\bface\b"
        r"|\b(bring|bringing|take|taking|carry|carrying|llevar|llevo|voy a llevar|traer)\b.{0,30}\b(gun|guns|rifle|pistol|weapon|arma|armas|pistola|rifle)\b.{0,30}\b(to|into|a la|al|a mi) (school|work|class|the office|escuela|colegio|trabajo|clase|oficina|instituto)\b"
        r"|\b(going|gonna|headed|heading|driving|walking) (over )?(there|to (his|her|their) (place|house|work))\b.{0,40}\b(with|bringing|and bringing) (a |my |the )?(crowbar|bat|baseball bat|knife|gun|hammer|machete|axe|tire iron)\b"
        r"|\b(lesson|beating)\b.{0,25}\b(won'?t|will never|never|wont) (recover|forget|walk again|get up)\b",
    ),
    _r(
        "poison_someone_es",
        "harm_others",
        r"\b(meter|poner|echar|darle|ponerle|meterle|echarle|le pongo|le meto|le echo)\b.{0,50}\ben (la |su |el )(bebida|comida|caf[eé]|t[eé]|copa|vaso|sopa|jugo|agua)\b"
        r"|\bqu[eé] (veneno|pastillas?|sustancia)\b.{0,40}\b(poner|dar|darle|echar|usar|meter)\b.{0,30}\b(a|en) (mi|mis|su|sus|un|una|el|la|alguien)\b"
        r"|\benvenenar\b.{0,30}\ba (mi|mis|su|un|una|alguien|ese|esa)\b"
        r"|\bhasta que no (despierte|se despierte) (m[aá]s|nunca)\b",
    ),
    # Drugging someone without their consent: a substance hidden in their food or drink, or
    # a drug to make a person compliant, quiet, sick or unaware.
    _r(
        "covert_drugging",
        "harm_others",
        r"\b(put|putting|slip\w*|crush\w*|mix\w*|sneak\w*|dissolv\w*|hide|hiding|add|adding|spik\w*|lac(e|ing)|stir\w*|grind\w*|give|giving|feed\w*)\b"
        r".{0,50}\b(in|into)\s+(his|her|their|someone'?s|somebody'?s|an? [\w-]+'s|my [\w-]+'s|the (office|party|wedding|staff|team|work|school|festival) |an? |the )?([\w-]+\s+)?"
        r"(drinks?|food|coffee|tea|meals?|soda|beer|wine|juice|bottle|milk|formula|salad|cake|lunch|dinner|breakfast|smoothie|sandwich|soup|water|cereal|pudding|cocktail|glass|cup|plate|punch|dessert|sauce)\b"
        r"(?=.{0,80}\b(without (him|her|them|anyone|my \w+) (knowing|noticing|realizing|tasting)|so (that )?(he|she|they|he'?s|she'?s|they'?re|it)\b.{0,30}\b(can'?t|won'?t|doesn'?t|don'?t|is|are|gets?|eats?|drinks?|passes|pass|falls?|stays?|calm|quiet|out|sick|ill)|to (make|keep|knock|get) (him|her|them|my \w+)|out of it|quiet|calm|knock\w* (him|her|them) out|sick|ill\b|throw up|vomit|pass out|black out|can'?t resist|easier to control|every day|for good))"
        r"|\b(get|make|trick)\w*\s+(him|her|them|someone|somebody|my (?!(cat|dog|kitten|puppy|pet|horse|bird|rabbit|parrot|hamster|ferret|goat)\b)\w+|a (woman|girl|man|guy|person|kid|child))\s+(to\s+)?(take|drink|eat|swallow)\b.{0,40}\bwithout (him|her|them|anyone|my \w+) (knowing|noticing|realizing)\b"
        r"|\b(drugs?|pills?|something|sedatives?|roofies?|ghb|substances?|klonopin|clonazepam|benzos?|xanax|rohypnol|ambien|valium|rivotril)\b.{0,40}\b(make|makes|get|keep|render)\b.{0,6}\b(a (woman|girl|man|guy|person)|women|girls|her|him|them|my (date|wife|girlfriend|husband|boyfriend|partner))\b.{0,20}\b(easier to control|compliant|(can'?t|cannot|unable to|not) resist|out of it|pass out|black out|docile|submissive|forget (everything|what happened)|(not|won'?t|doesn'?t|don'?t|wouldn'?t) remember)\b"
        r"|\b(drug|roofie|spike)\w*\s+(a |her |his |my |the )?(woman|girl|date|drink|man|guy|wife|girlfriend)\b.{0,40}\b(so (she|he|they) (can'?t|won'?t|doesn'?t)|can'?t resist|at (a|the) (bar|club|party))",
    ),
    # "I'm going to make sure he doesn't wake up": harm promised without a verb of harm; "I think about
    # giving her the whole bottle at once": a person's whole supply given to them.
    _r(
        "make_sure_they_dont",
        "harm_others",
        r"\b(make sure|making sure|see to it|gonna see|going to see)\s+(that )?(he|she|they|that (guy|man|woman|bitch|bastard|asshole)|my (\w+ )?(wife|husband|partner|boss|ex|stepdad|stepmom|brother|sister|roommate|neighbou?r|boyfriend|girlfriend)|(his|her) (boyfriend|girlfriend|husband|wife))\s+"
        r"(doesn'?t|does not|won'?t|will not|never|don'?t|do not|can'?t)\s+(ever )?(wakes? up|walks? again|breathes? again|sees? (tomorrow|another day|the morning)|gets? up again|comes? home)\b"
        # Only where the clause ends: "make sure she doesn't wake up in pain / the baby" is care.
        r"(?=\s*($|[.!?,;:]|again\b|ever again\b|this time\b|from (it|this|that)\b|for good\b|anymore\b))"
        r"|\basegurar(me|nos)? de que ([eé]l |ella |ese \w+ )?no (despierte|vuelva a despertar|se levante|vuelva a caminar) (nunca|jam[aá]s|m[aá]s)\b"
        r"|\b(think(ing)? (about|of)|picture|picturing|imagin\w*|tempted( to)?|(could|should|might) just|want(ed)? to|wanna|going to|gonna|urges? to|fantasi[sz]\w* about)\s+(just\s+)?"
        r"(giv(e|ing)|slip(ping)?|crush(ing)?)\s+(her|him|them|my (\w+ )?(mom|mother|dad|father|wife|husband|son|daughter|kids?|baby|child|grand\w+|patient|resident|brother|sister))\s+"
        r"((the |a |her |his |their )?(whole|entire|full) (bottle|supply|box|pack|packet|strip|prescription)|all (of )?(her|his|their|the|my) (pills|tablets|meds|klonopin|clonazepam))\b",
    ),
    # "how do I dose my girlfriend so she sleeps without knowing": a person sedated in secret (care by a
    # doctor, a nurse, a vet or a caregiver with a prescription is read apart, see _CARE).
    _r(
        "sedate_in_secret",
        "harm_others",
        r"\b(dose|drug|sedate|roofie|knock out|put to sleep)\s+((my|his|her|their|the|a|this|that) )?"
        r"(wife|husband|girlfriend|boyfriend|gf|bf|partner|spouse|mom|mum|mother|dad|father|son|daughter|kids?|child|baby|roommate|brother|sister|grandma|grandmother|grandpa|grandfather|girl|guy|woman|man|date|boss|coworker|him|her|them)\b"
        r"(?=.{0,80}\bwithout ((him|her|them|anyone|my [\w-]+) )?(knowing|noticing|realizing|realising|finding out|(his|her|their) (knowledge|consent|permission)|consent|permission|telling (him|her|them))\b)"
        r"|\b(want|need|get|make|keep|have)\s+(him|her|them|my (wife|husband|girlfriend|boyfriend|gf|bf|partner|roommate|mom|mum|dad|mother|father|sister|brother|date|boss))\s+(out cold|knocked out|unconscious|passed out|completely out)\b.{0,60}\bso (that )?(i|we) (can|could)\b"
        r"|\b(drogar|sedar|dopar)(la|lo|las|los|le)?\b.{0,50}\bsin que\b.{0,15}\b(se d[eé] cuenta|lo sepa|se entere|lo note|sepa)\b"
        r"|\b(darle|dar|le doy|echarle|ponerle|le echo|le pongo|le meto|meterle)\b.{0,30}\b(rivotril|clonazepam|clonas?|calmantes?|somn[ií]feros?)\b.{0,50}\bsin que\b.{0,15}\b(se d[eé] cuenta|lo sepa|se entere|lo note|sepa)\b",
    ),
    # Sabotage, poisoning and illness aimed at a person: brakes, wheels, a plant in a meal,
    # an allergen hidden, a fall arranged, a crowd or a water supply poisoned.
    _r(
        "harm_by_sabotage",
        "harm_others",
        r"\b(loosen\w*|tamper\w*|sabotag\w*|cut\w*|drain\w*|disabl\w*|mess\w* with)\b.{0,30}\b(wheel nuts|lug nuts|brakes?|brake (lines?|fluid)|steering|tyres?|tires?|fuel lines?|gas lines?)\b.{0,20}\bon (my [\w-]+'?s|his|her|their|someone'?s|the [\w-]+'?s) (car|truck|bike|van|motorcycle)\b"
        r"|\b(make|making|get|getting)\s+(my [\w-]+'?s|his|her|their|someone'?s|the [\w-]+'?s)\s+(car |truck )?(brakes|steering|tyres|tires|wheels?)\s+(fail|come off|lock up|blow|give out)\b"
        r"|\b(how|ways?|recipe|what|which|steps?|plan|can i|could i|want to|going to|gonna|trying to|i'?ll|help me)\b.{0,60}\b(make|get|cause|causing)\s+(him|her|them|my [\w-]+|someone|somebody|(his|her|their) \w+)\s+(to\s+)?(seriously |really |very |violently |badly )?(ill|sick(?! (of|with|to|day|leave|note))|fall(?! (asleep|in love|for|behind|apart))|throw up|vomit|have an? (allergic reaction|accident|heart attack|stroke|seizure))\b"
        r"|\b(secretly|slowly|quietly|gradually|without (her|him|them) knowing)\b.{0,20}\b(hurt|harm|damage|ruin|poison|sicken|weaken)\w*\s+(my|his|her|their|someone'?s)\s+([\w-]+('s)?\s+)?(health|body|liver|kidneys|heart)\b"
        r"|\b(hide|hiding|sneak\w*|slip\w*|put\w*)\b.{0,30}\b(peanuts?|peanut oil|nuts|shellfish|gluten|allergen)\b.{0,60}\b(so (she|he|they) (eats?|drinks?)|allerg\w*)"
        r"|\bpoison\w*\b.{0,30}\b(water supply|reservoir|the crowd|a crowd|food festival|the punch bowl)\b"
        r"|\b(make|making|create|creating|produce|producing|synthesi[sz]\w*|build|building|use|using|release|releasing|spread\w*|weaponi[sz]\w*)\b.{0,40}\b(ricin|sarin|nerve (agent|gas)|anthrax|botulinum|mustard gas|chlorine gas|toxic (gas|cloud|fumes)|dirty bomb|pipe bomb|vx)\b"
        r".{0,80}\b(on (my|a|the|them|him|her|people)|against|someone|somebody|in mind|school|gym|assembly|crowd|city|subway|office|family|neighbou?r|coworker|boss)\b",
    ),
    # A weapon turned on a person, a mass attack made "effective", a target to be eliminated.
    _r(
        "weapon_on_person",
        "harm_others",
        r"\b(fir(e|ing)|aim(ing)?|point(ing)?|shoot(ing)?|swing(ing)?)\b.{0,15}\b(a |the |my )?(gun|rifle|pistol|shotgun|weapon|crossbow|bow)\b.{0,10}\bat (another person|a person|someone|somebody|people|him|her|them|a human|humans|my [\w-]+)\b"
        r"|\b(knife|knives|katana|sword|machete|axe|blade|chainsaw)\b.{0,60}\b(cut|slice|slic|stab|hack)\w*\s+(through|into|up)\s+([\w-]+\s+){0,2}(people|persons?|someone|somebody|a person|humans?|bodies|a body|him|her|them)\b"
        r"|\b(best|which|what|right|good|sharpest|most effective|ideal)\b.{0,20}\b(knife|gun|weapon|blade|caliber|rifle|pistol|spot|place|angle|hand placement|part of the (neck|body)|distance)\b.{0,30}\b(for|to|when)\s+(stab|shoot|kill|strangl|chok|slash|hurt|knock\w* out|fir(e|ing) at)\w*\s+(someone|somebody|a person|people|him|her|them|my [\w-]+|a (man|woman|guy|girl|kid|child))\b(?!.{0,40}\b(photo\w*|portrait|camera|picture|video|film|scene)\b)"
        r"|\b(maximi[sz]\w*|maximum|the most|as many)\b.{0,20}\b(damage|casualties|deaths|victims|kills|people (as possible|dead)|classmates|students|people)\b.{0,60}\b(shoot\w*|run(ning)? over|driv\w* into|bomb\w*|attack\w*|stab\w*|magazine|rifle|gun|truck)\b"
        r"|\b(shoot\w*|run(ning)? over|driv\w* into|bomb\w*|attack\w*|stab\w*|magazine|rifle|gun|truck)\b.{0,60}\b(maximi[sz]\w*|maximum|the most|as many)\b.{0,20}\b(damage|casualties|deaths|victims|kills|people (as possible|dead)|classmates|students)\b"
        r"|\b(eliminat\w*|take out|neutrali[sz]\w*|hit)\s+(a |the |my )?(high[- ]profile |political |rival |\w+ )?target\b|\bhit ?man\b.{0,60}\b(advice|how|eliminat\w*|kill\w*|target)"
        r"|\b(get rid of|silence|eliminate|deal with|take care of|shut (him|her|them) up|end)\s+(him|her|them|this (guy|man|woman|person|group)|that (guy|man|woman|person|group)|my [\w-]+|these people|those people|this group of people|someone)\b.{0,30}\b(permanently|for good|forever|once and for all)\b"
        r"|\b(stays?|keep (him|her|them)) (silent|quiet) permanently\b"
        r"|\b(weapons?|guns?|rifles?|knife|knives|explosives?)\b.{0,40}\b(onto|into|on to) (the |a |my )?(campus|school|class|schoolyard|stadium|concert)\b",
    ),
    # Pushing someone else towards suicide.
    _r(
        "encourage_suicide",
        "harm_others",
        r"\b(encourag(e|es|ed|ing)|convinc(e|es|ed|ing)|persuad(e|es|ed|ing)|push(es|ed|ing)?|guid(e|es|ed|ing)|goad\w*|urg(e|es|ed|ing)|egg\w* on|dar(e|ing)|pressur(e|es|ed|ing)|manipulat(e|es|ed|ing)|coax\w*|nudg(e|es|ed|ing)|talk\w* (him|her|them|someone|somebody|my [\w-]+) into)\b(.{0,40}\b(him|her|them|someone|somebody|my [\w-]+|[\w-]+ (clients?|patients?|people|users|followers|members))\b)?"
        r"(?!.{0,60}\b(help|treatment|therapy|support|out of|not to|stop|prevent|reach out|talk to|counsel\w*|hotline|988|call)\b)"
        r".{0,40}\b(kill\w* (him|her|them)sel\w*|suicid\w*|end\w* (his|her|their) li(fe|ves)|act on (their|his|her|those|these) (impulses|urges|thoughts)|irreversible|take (his|her|their) own li(fe|ves)|go through with it|jump off)\b(?!.{0,30}\bwith me\b)",
    ),
    # Method seeking: a way or an amount to die, whoever it is said to be for, with any drug or none.
    _r(
        "method_way",
        "suicide",
        r"\b(quickest|fastest|easiest|simplest|surest|best|most (effective|reliable|painless)|least painful|painless|peaceful|gentle|quiet|cleanest|sure[- ]?fire)\s+(way|ways|method|methods|means|drug|pill|combo|combination|thing)\b.{0,40}\b(to )?(die|dying|go (peacefully|quietly|painlessly|in (my|your|one'?s) sleep)(?!\s+(off|through|from|with)\b)|kill (my|your|one|him|her|them)sel\w+|end (it|my|things|everything|a life)|overdos\w*|od\b|hang(?!\s+(a|an|the|this|that|these|those|some|up|out|around|on|in|onto|over|pictures?|shelves?|curtains?|mirrors?|frames?|art|posters?|lights?|clothes|laundry|wallpaper|tvs?)\b)|drown(?!\s+out\b)|not wake|never wake|suffocat\w*|bleed|poison|off (my|your|him|her|them)sel\w*|commit|be dead)",
    ),
    _r(
        "method_how_to",
        "suicide",
        r"\bhow (to|do i|can i|could i|would i|should i|would someone|could someone|does someone|do you|would you|can you|would one|can one|do people)\s+(properly |successfully |painlessly |quickly |actually )?(overdose|od|hang|drown|suffocate|poison|electrocute|gas|asphyxiate|starve)\s*(my|your|him|her|them|one)sel(f|ves)\b|\bhow (to|do i|can i|could i)\s+(overdose|od)\b|\b(tie|make|making|tying) (a )?(noose|rope)\b|\bnoose\b|\bhang (my|him|her)self\b|\bdrown (my|him|her)self\b",
    ),
    _r(
        "method_amount",
        "suicide",
        r"\b(how (much|many)|what (amount|quantity|dose|number)|what'?s the (amount|quantity|dose|number))\b.{0,60}\b(to|would|will|does it take to|would it take to|it takes to|before)\b.{0,25}\b(die|dying|kill|be lethal|be fatal|be deadly|never wake|not wake|stop (breathing|my heart|the heart|your heart|(her|his|their|a person'?s|someone'?s) heart(?!\s+(from|racing|pounding|palpitat\w*|monitor|attack|fibrillat\w*|beating|rate|flutter\w*)))|end (it|my life|things)|overdose|od|go out|be gone|sleep forever|be enough to)\b|\b(what|which) (pills?|drugs?|meds?|medicines?|combination|combo)\b.{0,40}\b(to )?(die|kill (yourself|myself|someone|a person)|never wake|not wake up|go out|end it|sleep forever|overdose|od)\b|\b(go out|die|end (it|things)|check out|leave) like\b(?! a light)(?!.{0,20}\b(in|on) (the )?(movie|film|show|book|game)\b)|\b(take|took|swallow|mix)\b.{0,40}\b(so i|so that i|and) (never|don'?t|won'?t|wouldn'?t) wake( up)?\b(?!(\s+up)?\s+(at \d|at (night|dawn)|in the (middle|night)|during|every|early|too early|so early|so often|as much|all night|at odd|before (my|the) alarm))"
        r"|\b(how (much|many)|what (amount|quantity|dose|number)|what'?s the (amount|quantity|dose|number))\b.{0,80}\b((you |i |one |someone |she |he )?(don'?t|do not|not|never|won'?t)( to)? (come back|wake( up)?|survive))\b(?!(\s+up)?\s+(at \d|at (night|dawn)|in the (middle|night)|during|every|early|too early|so early|so often|as much|all night|at odd|before (my|the) alarm))",
    ),
    # The drug's peak timed to a high place or a jump: "I want it at its peak when I go up to the roof".
    _r(
        "effect_for_the_act",
        "suicide",
        r"\b(peak\w*|strongest|full(y)? (effect|kicked in)|kick(s|ed)? in|hitting (me|hardest)|(en )?su punto m[aá]ximo|m[aá]ximo efecto|(haga|est[eé] haciendo|me pegue|pegue) (m[aá]s )?efecto)\b"
        r".{0,60}\b(when|by the time|once|before|as|cuando|para cuando|antes de que?)\b.{0,25}\b(go(ing)? up|get(ting)? up|climb\w*|jump\w*|step(ping)? off|get(ting)? to|walk(ing)? (out )?to|go(ing)? (out )?to|stand(ing)? on|subir|suba|salte|saltar|me tire|tirarme|llegue)\b"
        r".{0,25}\b(the |a |my |this |that |la |el |al |a la )?(roof|rooftop|bridge|ledge|tracks|cliff|balcony|edge|tower|overpass|azotea|techo|puente|cornisa|v[ií]as|acantilado|balc[oó]n|torre|borde)\b"
        r"|\b(jump|salte|saltar|me tire|tirarme)\b.{0,40}\b(peak\w*|kick(s|ed)? in|(su )?punto m[aá]ximo|haga efecto)\b"
        r"|\b(be|stand\w*|get|sit\w*|go|estar|subir|llegar)\s+(up )?(on|to|at|en|a)\s+(the |a |my |la |el )?(roof|rooftop|bridge|ledge|tracks|cliff|balcony|overpass|edge|azotea|puente|cornisa|v[ií]as)\b.{0,20}\b(when (it|they) (does|do|peaks?|kicks? in|hits?)|cuando (haga|pegue) efecto)\b",
    ),
    # "it says 180 on the label, that's plenty then. i'm done trying": a count judged enough, and giving up.
    _r(
        "enough_and_done",
        "suicide",
        r"\b(that'?s|thats|that is|it'?s|its|should be|will be|that should be)\s+(plenty|enough|more than enough)\b(?! (of|for|to|time|info))[^?]{0,60}\b(i'?m|im|i am) (done|finished|through) (trying|fighting|with (it all|everything|life|all of (it|this)))\b(?! (to|with|for|on)\b)"
        r"|\b(i'?m|im|i am) (done|finished|through) (trying|fighting|with (it all|everything|life))\b(?! (to|with|for|on)\b)[^?]{0,60}\b(that'?s|thats|that is|it'?s|its|should be|will be)\s+(plenty|enough|more than enough)\b(?! (of|for|to|time|info))",
    ),
    _r(
        "method_quality",
        "suicide",
        r"\b(overdos\w*|od|death|dying|suicide|ways? to go|ways? to die|poison|veneno|muerte|morir)\b.{0,30}\b(is|are|would be|es|ser[ií]a)?\s*(the )?(least painful|most painless|painless|quickest|fastest|most peaceful|most reliable|menos doloros[ao]|m[aá]s r[aá]pid[ao]|sin dolor|m[aá]s segur[ao])\b"
        r"|\b(least painful|most painless|painless|most peaceful|menos doloros[ao]|sin dolor)\b.{0,20}\b(overdos\w*|od|death|way to (die|go)|suicide|forma de morir|muerte|manera de morir)\b"
        r"|\b(suicide|suicidal) (methods?|techniques?|options)\b|\bmethods? (of|for) (suicide|killing (yourself|oneself|myself))\b"
        r"|\b(which|what)\b.{0,50}\b(meds?|pills?|drugs?|medicines?|of them)\b.{0,30}\b(does|do|would (do|be)|will do|is best for) the job\b"
        r"|\b(die|dying|fatal|lethal|od|overdose)\b.{0,80}\bhow (much|many)\b.{0,40}\b(would|do|does|will) (you|i|it|one|someone|a person) (need|take|have to take)\b",
    ),
    _r(
        "lethal_question",
        "suicide",
        r"\b(what|which|how much|how many)\b.{0,30}\b(dose|dosage|amount|number|quantity|mg|pills)\b.{0,15}\b(is|would be|are|becomes?)\s+(fatal|lethal|deadly|too much to survive)\b"
        r"|\b(before|until)\s+(it|the body|my body|your body|a body|my heart|the heart|your heart)\s+(just\s+)?(shuts? (off|down)|gives? out|gives? up|stops)\b",
    ),
    _r(
        "metodo_es",
        "suicide",
        r"\b(cu[aá]nt[oa]s?|qu[eé] (dosis|cantidad))\b.{0,60}\b(mortal(es)?|letal(es)?|matar[ií]a\w*|mata|matan|para morir|matarme|no despertar|para no despertar|no volver a despertar)\b"
        r"|\bqu[eé] (veneno|pastillas?|medicamentos?|dosis)\b.{0,40}\b(m[aá]s r[aá]pid[oa]|mortal|letal|mata|para morir)\b"
        r"|\b(forma|manera|modo|m[eé]todo)s? (m[aá]s |menos )?(r[aá]pid[oa]s?|f[aá]cil(es)?|doloros[ao]s?|segur[ao]s?|efectiv[ao]s?)? ?(de|para) (morir|matarme|suicidarme|quitarme la vida|acabar con todo)\b"
        r"|\baltura\b.{0,40}\b(mortal|muere|morir|matarse|matar)\b",
    ),
    _r(
        "lethal_for_me",
        "suicide",
        r"\b(would|will|could|is|are|does|do|can)\b.{0,40}\b(\d+|all|whole|bottle|pills?|tablets?|tabs|bars|this (much|many)|that (much|many)|them|those|these)\b.{0,30}\b((kill|be (fatal|lethal) (for|to)|be enough to (kill|end)|finish) (me|myself)|be enough to die|stop my (heart|breathing))\b|\bwill (my|his|her) (heart|breathing) stop\b|\b(guarantee\w*|make sure|ensure|be sure|certain)\b.{0,40}\b(death|die|dead|(don'?t|not|never|won'?t) (survive|wake))\b(?!( up)? (confused|during|in the middle|at night|early|too early|hungry|scared|groggy|with|panick\w*))|\bbleed (out|to death)\b|\b(height|floor|storey|story|bridge|building)\b.{0,40}\b(jump|fall)\w*\b.{0,40}\b(die|survive|fatal|death|kill)|\b(jump|fall)\w*\b.{0,30}\b(height|floor|storey|bridge)\b.{0,40}\b(die|survive|fatal|death)\b|\b\w+est (way|method) to go\s*($|[.!?,])",
    ),
    _r(
        "slang_suicide",
        "suicide",
        r"\b(unalive\w*|kms|kys|ctb|sewer ?slide|self[- ]?delet\w*|su1c[i1]d\w*|suic1d\w*|s u i c i d e|end my own life|rope myself|an hero)\b",
    ),
    # "gabapentin + klonopin + the big sleep, that's the plan for tonight": a euphemism beside a plan or the means.
    _r(
        "sleep_for_good",
        "suicide",
        r"(\b(pills?|klonopin|clonazepam|benzos?|gabapentin|xanax|vodka|bottle)\b|\+).{0,60}\bthe (big|long|final|last|eternal|endless|permanent|forever) (sleep|nap)\b(?=.{0,60}\b(plan\w*|tonight|tonite|ready|it'?s time|goodbye|that'?s it)\b)"
        r"|\b(time|ready) for the (big|long|final|last|eternal|endless|permanent|forever) (sleep|nap)\b"
        r"|\b(plan\w*|tonight|tonite|ready for|time for)\b.{0,60}\b(pills?|klonopin|clonazepam|benzos?|gabapentin|xanax|vodka|bottle)\b.{0,60}\bthe (big|long|final|last|eternal|endless|permanent|forever) (sleep|nap)\b",
    ),
    # Intent stated in passing, often after a factual question about dying or overdose.
    _r(
        "intent_in_passing",
        "suicide",
        r"\b(die|dying|death|dead|overdos\w*|od|lethal|fatal|hurt|painless|wake up|heart stop\w*|stop breathing|it all stop|end it|kill)\b.{0,160}\b(i'?ve had enough|i have had enough|i'?m done\b(?! with (the|my|this|that|work|school|it|them|him|her)\b)|i am done\b(?! with (the|my|this|that|work|school)\b)|done with (life|everything|it all|living|being alive)|tired of (living|life|being alive|existing|everything|all (of )?this|it all)|sick of (living|life|all (of )?this|it all)|can'?t take (it|this) any ?more|nothing (left )?to live for|no reason to (live|stay)|i want out|ready to go|want (it|this|everything) (all )?(to )?(be over|end|stop)|my last (night|day))\b|\b(i'?ve had enough|i have had enough|tired of (living|being alive|existing)|nothing (left )?to live for|want (it|this|everything) (all )?(to )?(be over|end|stop))\b.{0,160}\b(die|dying|death|dead|overdos\w*|od|lethal|fatal|painless|wake up|heart stop\w*|stop breathing|how (much|many))\b",
    ),
    _r(
        "make_it_stop",
        "suicide",
        r"\b(will|would|could|make|makes|making|want|need|just want)\s+(it|this|everything|things|the pain|all of it)\s+(all\s+)?(to\s+)?(stop|end|be over|go away)\s*(for good|forever|permanently|tonight|once and for all)\b|\bwill (it|everything|it all) (all )?(finally )?(stop|end|be over)\b|\b(make|want) (it|everything) all (stop|end|go away)\b|\b(want|need)\s+(everything|it all|all of it|all of this|all this|the pain)\s+(to\s+)?(just\s+)?(stop|end|be over)[\s,.…]+(for good|forever)\b(?!\s+(and always|tired|young|grateful|alone|free)\b)(?![^.!?]{0,30}\b(i mean|i meant)\b)|\bput (myself|me) (out of my misery|to sleep (for good|forever|permanently))\b|\bsleep (for good|permanently)\b",
    ),
    # Suicide and self-harm, English.
    _r(
        "suicide_word",
        "suicide",
        r"\b(i'?m|i am|i feel|i'?ve been|i get|i keep|been|feeling|getting|he'?s|she'?s|they'?re|is|are|am|became|so|very|really|kinda|kind of|pretty|feel)\s+(so |really |very |kind of |kinda |pretty |a bit |a little |getting |feeling |more )?suicidal\b|\b(having|have|had|with|keep having|getting|get) (some |these |those |constant |serious |bad |more )?(suicidal (thoughts|feelings|urges|ideation)|thoughts (of|about) suicide)\b|\b(thinking|thought|think) (about|of) (suicide|committing suicide)\b|\b(commit|committing|attempt|attempting|attempted) suicide\b(?! (rates?|prevention|statistics))",
    ),
    _r(
        "kill_self",
        "suicide",
        r"\b(kill|killing|off|hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt)\s+(my ?self|myself)\b"
        # "burnt myself out at work"; "harmed myself by taking it for ten years": wear, not injury.
        r"(?!\s+out\b)(?!(?<=cut myself)\s+(down|back|off|some slack)\b(?! open))(?!(?<=cutting myself)\s+(down|back|off|some slack)\b(?! open))(?!\s+by (taking|being on|staying on|using) [^.!?]{0,30}\bfor (\d+|a few|many|several|so many|years|months|a long time|decades)\b)",
    ),
    # An attempt by overdose is a suicide attempt: "I tried to OD on my klonopin".
    _r(
        "attempt_overdose",
        "suicide",
        r"\b(tried|trying|try|attempted|attempting|attempt|want|wanted|wanna|planning|plan|(i'?m|im|i am) (going|gonna))( to|(?<=wanna)) (overdose|od|o\.d\.?)\b(?!\s+on\s+(sugar|candy|chocolate|coffee|caffeine|netflix|tv|cake|carbs|memes|content)\b)",
    ),
    _r(
        "self_harm",
        "suicide",
        r"\b(i|i'?m|i've|been|keep|started|start|urges? to|want to|wanna|going to|gonna|he|she|they|he'?s|she'?s|they'?re|is|are)\b.{0,20}\bself[- ]?harm\w*|\bself[- ]?harm\w*\b.{0,20}\b(again|tonight|right now|relapse\w*)\b",
    ),
    _r(
        "end_life",
        "suicide",
        r"\b(end|ending|take|taking)\s+(my|own|their)\s+(own\s+)?life\b|\bend it( all)?\b|\b(finish|finishing)\s+my\s+(own\s+)?life\b(?=\s*($|[.,;!?]|because|bc|now|tonight))",
    ),
    _r(
        "want_to_die",
        "suicide",
        # "die of embarrassment" is a figure of speech.
        r"(?<!n't )(?<!not )(?<!never )(?<!nt )\b(want|wants|wanted|wanna|going|ready|deserve|deserves|wish|wishes)\s+(to\s+)?(die|be dead)\b(?!\s+(of|from|laughing)\b)|\bwish i (was|were) dead\b",
    ),
    _r(
        "not_want_live",
        "suicide",
        r"\bdon'?t\s+(really\s+|even\s+)?(want|wanna)\s+(to\s+)?(live|be alive|be here|exist|wake up)\b|\bwish i (could )?(wouldn'?t|didn'?t|never) wake up\b"
        r"|\b(better|easier) (if i (didn'?t|did not|just didn'?t) exist|(for me )?not to exist|to not exist)\b|\bwish i (didn'?t|did not|could (just )?stop|could just not) exist\w*\b|\bwish i'?d never been born\b"
        r"|\b(i'?d|i would|everyone'?d|everyone would|everybody would|they'?d|they would|my (family|kids|wife|husband|parents|mom|dad) would|things would|it would|it'?d) (honestly |probably |really |all |just )?be (fine|ok|okay|better|happier|easier|better off|at peace) if i (just |simply )?(didn'?t|didnt|did not|no longer) exist(ed)?\b(?!\s+(on|in|to|for|as|at|online|there|within|during|around|anymore (on|in|to|for|within|during))\b)",
    ),
    _r(
        "better_off",
        "suicide",
        r"\bbetter off (dead|without me|if i (was|were|wasn'?t|weren'?t|just|didn'?t|died|disappeared|was gone))\b|\bbetter off with (the|my) (life )?insurance( money| payout)? than (with )?me\b|\b(life )?insurance (money|payout) than (with )?me\b|\bif i (just )?(wasn'?t|weren'?t) (around|here|alive)\b|\bno one would (miss|care)\b|\bburden (to|on) everyone\b"
        # Doubting one will still be alive: "I don't think I'll still be around by next month".
        r"|\b(don'?t|do not|doubt) (think|expect|see)? ?(that )?(i'?ll|i will|i'?m going to|i'?m gonna|myself|i'?d) (still |even )?(be )?"
        r"(around (much longer|for (much )?longer|for long)|alive\b(?=[^.!?]{0,8}\b(by|much longer|for (much )?longer|for long|anymore|any more|next (week|month|year)|to see)\b))"
        r"|\b(don'?t|do not|doubt) (think|expect) (that )?(i'?ll|i will|i'?m going to|i'?m gonna|i'?d) still be (around|alive)\b"
        # "I don't think I'll make it to morning".
        r"|\b((don'?t|do not) (think|know if|expect)|not sure|doubt) (that )?(i'?ll|i will|i'?m going to|i'?m gonna|i can|i'?d) make it (to|through|past|till|until) (the )?(morning|tonight|the night|tomorrow|the weekend|next week|monday)\b(?!\s*(shift|exam|meeting|class|deadline|movie|lol|haha))"
        r"|\b(i|i'?ll|i will)( probably| likely)? (won'?t|will not|not going to|not gonna) (still )?be (around (much longer|for (much )?longer|for long)|alive (much longer|for (much )?longer|for long|anymore|any more|by (next|then|the end)))\b"
        r"|\bno (creo|pienso) que (siga (aqu[ií]|viv[oa]|por aqu[ií])|est[eé] viv[oa])\b(?=.{0,15}\b(para|el|la|en|mucho|m[aá]s)\b)"
        r"|\bno voy a (seguir (aqu[ií]|viv[oa]|por aqu[ií])|estar viv[oa]) (mucho (tiempo|m[aá]s)|por mucho|para (el|la|navidad|entonces)|m[aá]s tiempo)\b",
    ),
    _r(
        "burden",
        "suicide",
        r"\b(everyone|everybody|they|the world|my (\w+ )?(family|kids|children|husband|wife|partner|daughter|son|parents|mom|dad|girlfriend|boyfriend))\b.{0,20}\b(would|'d|will)( honestly| really| just| all| probably)? (be better off|heal faster|move on faster|be happier|be lighter|be free)\b(?!\s+(if (i|we) (got|get|went|go|moved|move|left|leave|quit|stopped|stop|found|changed)|with|in|at|once|after|when|while)\b)"
        r"|\bi'?m (just |only |nothing but |such )?(a |an )?(burden|drain|waste of (space|oxygen|air)|cost) (to|on|for) (them|everyone|everybody|my \w+)\b"
        r"|\b(don'?t|do not|dont) (really |even |actually |honestly )?(want|wanna) (to )?be (here|alive|around)( anymore| any ?more)?\b"
        r"|\b(sleep|go to sleep|close my eyes|drift off|fall asleep)\b.{0,15}\b(and )?(not|never) (come back|wake( up)? again)\b"
        r"|\b(when|if|once|after) i'?m (gone|not (here|around)|no longer (here|around))\s*(for good|permanently|forever)\b"
        r"|\bsi (yo )?ya no (estoy|existo|estuviera|est[eé])\b|\bcuando (yo )?ya no (est[eé]|exista)\b"
        r"|\b(thought|thinking|urge|want|wanna|tempted|almost|picturing|imagine|imagining)\b.{0,40}\b(step|stepping|jump|jumping|walk|walking|throw (myself|me)|throwing myself)\b.{0,10}\b(in front of|under) (a |the )?(bus|train|truck|car|traffic|subway)\b"
        r"|\b(my|a) (suicide|goodbye) (note|letter)\b",
    ),
    # Warning signs a relative sees: treasured things given away beside papers shown, arrangements
    # made or a goodbye; or "I won't be a burden to anybody much longer".
    # Affairs put in order for a near day by someone who will "be gone": an obituary photo chosen
    # "since I'll be gone soon", messages timed for "after I'm gone", "I won't be here to tell her
    # myself", a last meal before tonight, a life-insurance suicide clause for one's own policy.
    _r(
        "final_arrangements",
        "suicide",
        r"\b" + _LAST_AFFAIRS + r"\b.{0,200}" + _WILL_BE_GONE + r""
        "|" + _WILL_BE_GONE + r".{0,200}\b" + _LAST_AFFAIRS + r"\b"
        r"|\bafter i'?m (gone|dead)\b.{0,80}\b(so (that )?(they|she|he|my \w+|the \w+|everyone|people) (hear|know|find|get|don'?t)|hear it from me|find out|from me and not)\b"
        r"|\bi (won'?t|will not|wont) be (here|around|alive) to (tell (her|him|them) (myself|in person)|say goodbye|see (her|him|them) (grow up|graduate))\b"
        r"|\b(get|getting|put|putting) (mine|my (accounts?|affairs|things|stuff|papers|passwords)) in order before\s+"
        + _NEAR_DAY
        + r"\b(?!'s)(?=.{0,200}\b(after (i|you) die|after i'?m dead)\b)"
        r"|\blast meal\b.{0,60}\b(before i go|before i'?m gone|ever)\b|\bfor a last meal\b.{0,60}\bbefore tonight\b"
        r"|\b(life insurance|polic(y|ies))\b.{0,160}\b(pays?|paid|cover\w*) (out )?(for |if it'?s |if it is |in (a|the) case of )?(a )?suicide\b(?!\s+(prevention|risk|screening|counsel\w*|hotline))(?=.{0,200}\b(mine|my (own )?(policy|kids|children|family|wife|husband)|the family|the money)\b)"
        r"|\b(mine|my policy)\b.{0,120}\b(pays?|cover\w*) (out )?(for |if it'?s |if it is )?(a )?suicide\b(?!\s+(prevention|risk|screening|counsel\w*|hotline))",
    ),
    _r(
        "warning_signs",
        "suicide",
        r"\b(gave|given|giving|gives|handed|handing)( away)?\b[^.!?]{0,30}\b(her|his|their|my) (\w+ )?(ring|rings|jewel(le)?ry|necklace|watch|guitar|belongings|possessions|things|stuff|cat|dog|savings|car|truck|collection|medals?|gear|tools|guns?|rifles?|books|records|bike|motorcycle)\b(?=.{0,300}(?:\b(show(ed|s|ing)?|told) (me|us|my \w+) where (the |her |his |their |all )?(\w+ )?(will|insurance|papers|deed|passwords?|bank|accounts?|documents|policy|policies)\b|\b(made|making|has made|have made|had made) (her |his |their |my |all the |all her |all his |final |some )?arrangements\b(?!\s+(for|to|with|so|at|about|in)\b)|\b(put|putting|getting|got) (her|his|their|my) affairs in order\b|\b(said|saying|says) (goodbye|good-?bye) to (everyone|everybody|all of us|us all)\b|\b(won'?t|will not|not going to|not gonna) be (a burden|a bother|around|here|bothering (anyone|anybody|you))\b))"
        r"|(?:\b(show(ed|s|ing)?|told) (me|us|my \w+) where (the |her |his |their |all )?(\w+ )?(will|insurance|papers|deed|passwords?|bank|accounts?|documents|policy|policies)\b|\b(made|making|has made|have made|had made) (her |his |their |my |all the |all her |all his |final |some )?arrangements\b(?!\s+(for|to|with|so|at|about|in)\b)|\b(put|putting|getting|got) (her|his|their|my) affairs in order\b|\b(said|saying|says) (goodbye|good-?bye) to (everyone|everybody|all of us|us all)\b|\b(won'?t|will not|not going to|not gonna) be (a burden|a bother|around|here|bothering (anyone|anybody|you))\b)(?=.{0,300}\b(gave|given|giving|gives|handed|handing)( away)?\b[^.!?]{0,30}\b(her|his|their|my) (\w+ )?(ring|rings|jewel(le)?ry|necklace|watch|guitar|belongings|possessions|things|stuff|cat|dog|savings|car|truck|collection|medals?|gear|tools|guns?|rifles?|books|records|bike|motorcycle)\b)"
        r"|\b(i|he|she|they|mom|dad|my (mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|wife|husband|son|daughter|brother|sister|partner|friend))\s+(won'?t|will not|am not going to|'m not going to|is not going to|'s not going to|isn'?t going to|not gonna|'m not gonna|'s not gonna|will no longer) be (a|an) (burden|bother)( (to|on|for) (anyone|anybody|you|everyone|everybody|you all|any of you|the family|my \w+))?\s+(much\s+|for\s+(much\s+)?)?longer\b(?!\s+than\b)"
        r"|\b(ya )?no (voy a ser|ser[eé]) (una )?carga (para nadie |para ustedes |para ti )?(por )?mucho (tiempo|m[aá]s)\b"
        r"|\b(regal[oó]|ha regalado|est[aá] regalando|regalando|dio|ha dado|est[aá] dando|reparti[oó])\b[^.!?]{0,30}\b(su|sus) (reloj|anillo|guitarra|joyas|cosas|perr[oa]|gat[oa]|ropa|herramientas|carro|coche|camioneta|medallas|libros|discos|armas?)\b(?=.{0,300}(?:\b(nos|me|le|les) (enseñ[oó]|mostr[oó]|dijo) d[oó]nde (est[aá]n?|guarda|tiene) (los|las|el|la|su|sus) (\w+ )?(papeles|seguro|testamento|documentos|escrituras|cuentas|p[oó]liza)\b|\b(arregl[oó]|dej[oó] en orden|puso en orden) (sus|todos sus) (papeles|asuntos|cosas)\b|\bse (despidi[oó]|est[aá] despidiendo) de (todos|todo el mundo|nosotros)\b))"
        r"|(?:\b(nos|me|le|les) (enseñ[oó]|mostr[oó]|dijo) d[oó]nde (est[aá]n?|guarda|tiene) (los|las|el|la|su|sus) (\w+ )?(papeles|seguro|testamento|documentos|escrituras|cuentas|p[oó]liza)\b|\b(arregl[oó]|dej[oó] en orden|puso en orden) (sus|todos sus) (papeles|asuntos|cosas)\b|\bse (despidi[oó]|est[aá] despidiendo) de (todos|todo el mundo|nosotros)\b)(?=.{0,300}\b(regal[oó]|ha regalado|est[aá] regalando|regalando|dio|ha dado|est[aá] dando|reparti[oó])\b[^.!?]{0,30}\b(su|sus) (reloj|anillo|guitarra|joyas|cosas|perr[oa]|gat[oa]|ropa|herramientas|carro|coche|camioneta|medallas|libros|discos|armas?)\b)",
    ),
    _r(
        "gone_before_long",
        "suicide",
        r"\b(after i'?m (gone|dead)|(when|once) i'?m dead)\b(?!\s+(on|to|for|from|away|back|overseas|abroad|the|this|that|here|there|at|in)\b)[^.!?]{0,20}?[\s(,—–-]+((which|and that|that|and it)\s+)?(won'?t|will not|isn'?t going to|is not going to|shouldn'?t) be (long|much longer|very long)\b",
    ),
    # "locked in the bathroom with a razor", "picked up the blade again": a blade at hand where one hides, or again.
    _r(
        "blade_again",
        "suicide",
        r"\b(i|i'?ve|i'?m|i just|just|and)\s+(just\s+|already\s+)?(grabbed|picked up|holding|have|had|got) (the|a|my) (razor( blade)?|blade)s? again\b"
        r"(?=.{0,100}\b(cut\w*|clean|relaps\w*|urges?|wrists?|arms?|thighs?|bleed\w*|scars?|(\d+(st|nd|rd|th)|second|third|fourth|fifth) time|times this week)\b)"
        r"|\b(locked|hiding|hid|crouched|curled up)\s+(\w+\s+)?in (the|my) (bathroom|closet|room)\b[^.!?]{0,20}\bwith (a|the|my) (razor( blade)?|blade)\b(?![-\s](sharp|thin|bump|burn|scooter))"
        r"|\b(sitting|sat|lying|lay)\s+on (the|my) (bathroom )?floor\b[^.!?]{0,20}\bwith (a|the|my) (razor( blade)?|blade)\b(?![-\s](sharp|thin|bump|burn|scooter))",
    ),
    _r(
        "planning_how",
        "suicide",
        r"\b(planning|planned|plan|figuring out|figured out|worked out|working out|picked|picking|chose|choosing|know|decided) (out )?(how|when|where|the (day|date|place|way))( (and|&) (how|when|where|the (day|date|place|way)))? (i'?d|i would|i will|i'?ll|i'?m going to|to) (do it|end it|go through with it|go\s*($|[.!?,;]))"
        r"|\b(know|decided|figured out|worked out|planned) (how|when|where)( (and|&) (how|when|where))? (i'?m|im|i am) doing it\s*($|[.!?,;]|now\b|tonight\b|tomorrow\b)",
    ),
    _r(
        "self_harm_hidden",
        "suicide",
        r"\b(hide|hiding|cover( up)?|covering|conceal\w*|disguise\w*)\s+(my |the |these |fresh |new |all the )?(cuts|scars|burns|self[- ]?harm|wounds|marks on my)\b"
        r"|\b(cuts?|scars?|burns?|marks)\b.{0,40}\b(so (nobody|no one|my (parents|mom|dad|family|teacher))|without (anyone|my \w+) (noticing|knowing|seeing|finding out)|look like (an accident|cat scratches|scratches))\b"
        r"|\b(went back to|back to|relapsed (on|with|to)|using|keep|kept|hid|hide)\b.{0,10}\b(the |my |a )?(blade|blades|razor|razors)\b"
        r"|\bme (quemo|corto|rasgu[nñ]o|golpeo)\b|\bquemarme\b|\bme estoy quemando\b"
        r"|\bpro[- ]?(ana|mia)\b|\bthinspo\b|\bdeserve to (starve|shrink|disappear|suffer|bleed)\b",
    ),
    _r(
        "no_point",
        "suicide",
        r"\b(no|any) (point|reason) (in |to )?(living|going on|anymore|being here|to live|to keep going)\b"
        r"(?!-|\s+(vacation|holiday|a (trip|waiting list|diet)|klonopin|clonazepam|benzos?|ativan|xanax|valium|\w+day|and on|forever|about|together|abroad|like a|early|tomorrow|today|before|at \d|long term|in fear|with regrets|in (the|a|this) (city|town|country|house|apartment|area|state))\b)"
        r"|\bsee the point (anymore|in anything)\b|\bwhat'?s the point (of|in) (living|going on|anything|life|trying|being alive)\b|\b(?<!could )(?<!i'd )(sleep|go to sleep) forever\b|\b(fall|falling|fell|drift|drifting) (asleep|off) (for good|forever|permanently|and stay that way)\b|\b(go|going|get|put myself) to sleep (for good|permanently)\b|\b(can'?t|cannot|don'?t) see (the|any) point (of|in) (any of it|anything|living|life|going on)\b(?!\s+(in (the|a|this) (city|town|country|house|apartment|area|state)|in fear|together|abroad|with regrets)\b)|\bcan'?t (go on|keep going|do this anymore)\b|\bwhat'?s (even|really|honestly) the point( anymore| of (anything|it all|any of (it|this)|me|even trying))?[\s?.!]*$|\bwhat'?s the point (anymore|of (anything|it all|any of (it|this)|me|even trying))[\s?.!]*$"
        # "I don't see the point in sticking around anymore": no reason left to stay alive (not "living in fear").
        r"|\b(don'?t|do not|can'?t|cannot|no longer|doesn'?t|no|not any|there'?s no|there is no|is no|what'?s (even |the )?)\b[^.!?]{0,12}\bpoint (in|of|to) ((me|him|her|them) )?"
        r"((staying|being) alive|stay alive|living|existing|going on|carrying on|keep(ing)? (on )?going)\b(?=\s*(anymore|any more|any longer)?\s*($|[.!?;,]|if\b|when\b|without\b|like this\b))"
        r"|\b(don'?t|do not|can'?t|cannot|no longer|doesn'?t|no|not any|there'?s no|there is no|is no|what'?s (even |the )?)\b[^.!?]{0,12}\bpoint (in|of|to) ((me|him|her|them) )?"
        r"(sticking around|stick around|being (here|around)|be here|staying here)\s+(anymore|any more|any longer|much longer)\b"
        r"|\b(no|ya no)\s+(le\s+)?(veo|encuentro|tiene)\s+(sentido|caso)\s+(a |en )?seguir (viviendo|aqu[ií]|viv[oa])\b",
    ),
    _r(
        "goodbye",
        "suicide",
        r"\b(saying|say|this is( my)?) goodbye\b|\bgoodbye (everyone|forever|world)\b|\b(final|last) (goodbye|note)\b|(?<!in my )(?<!in your )(?<!in the )(?<!from my )(?<!to my )(?<!of my )(?<!on my )\b(final|last) message\b"
        r"|\b(said|says|saying) goodbye( to (me|us|everyone|everybody))?,?\s+(and |then |and then )?(hung up|hangs up|turned (his|her|their) phone off)\b"
        r"|\b(me despido|goodbye|adi[oó]s|farewell)\b.{0,80}\b(no (le |se lo )?(digas|cuentes) (nada )?a nadie|don'?t tell (anyone|anybody)|do not tell (anyone|anybody))\b(?!\s+(about|lo de|sobre|de la|del|de lo|que|what|where|how|that|abt))"
        r"|\b(no (le |se lo )?(digas|cuentes) (nada )?a nadie|don'?t tell (anyone|anybody)|do not tell (anyone|anybody))\b.{0,80}\b(me despido|goodbye|adi[oó]s|farewell)\b",
    ),
    _r(
        "giving_away",
        "suicide",
        r"\b(gave|giving|give) (away )?(most of |all of |all )?my (stuff|things|belongings|possessions)\b|\bfound (someone|somebody|a home) (to take|for) my (cat|dog|pets?|kids?)\b|\bwon'?t (be needing|need) (it|this|them|anything) (after (this|tonight|today)|anymore)\b",
    ),
    _r(
        "goodbye_letters",
        "suicide",
        r"\b(wrote|writing|written|left|finished) (a |some |my |the |those |these |all the |a few |\w+ )?(goodbye |last |final )?(letters?|notes?) (to|for) (my (\w+ )?(mom|mum|mother|dad|father|parents|brother|sister|wife|husband|partner|kids?|children|son|daughter|family|friends?|girlfriend|boyfriend|grand\w+)|everyone|each of)\b"
        r"|\bnone of this (was|is) (their|your|his|her) fault\b"
        # Affairs put in order with a death in view: a will beside a note, or "after I pass".
        r"|\b(wrote|writing|written|made|making|did|finished|updated|signed) (up )?(out )?my (will|testament)\b.{0,80}\b(notes?|letters?|goodbye|pass(es)?|gone|die|dies|after (i|they|someone))\b",
    ),
    # A purpose kept hidden: pills saved "for a reason", a death that should not look deliberate.
    _r(
        "veiled_purpose",
        "suicide",
        r"\b(saving|saved|stockpil\w*|hoard\w*|stash\w*|collecting|putting aside|setting aside|keeping)\b.{0,40}\b(for a reason(?=\s*($|[.!?]))|for (when|the day|the night|one (day|night)|the end)|you can (probably )?guess|you know (why|what for)|rather not (say|spell|get into)|not (saying|telling) (why|what for))\b"
        r"|\b(don'?t|do not|doesn'?t|won'?t|can'?t|cannot|mustn'?t|shouldn'?t|never|so (they|nobody|no one|my \w+) (don'?t|won'?t|doesn'?t))\b.{0,30}\b(know|find out|think|realize|suspect|tell)\b.{0,30}\b(it was|it'?s|i did it|i did this)\b.{0,12}\b(on purpose|intentional\w*|deliberate\w*|suicide)\b"
        r"|\b(make|making|made) (it|my death|this) (look|seem) like (an |a )?(accident|natural causes|heart attack|accidental)\b.{0,40}\b(my|me|i)\b"
        r"|\bso (it|my death) (looks|seems) (like )?(an )?(accident|accidental|natural)\b",
    ),
    # Lethality asked of oneself: what it would take, or what taking everything would do.
    _r(
        "lethal_conditions",
        "suicide",
        r"\b(for it to|to make it|would make it|enough to)\s+(be\s+)?(fatal|lethal|deadly|kill (you|me|someone|a person))\b"
        r"|\bif i (took|take|swallowed|swallow|were to take|was to take|downed|down)\b.{0,20}\b(all|the whole|every|everything|the rest|\d{2,})\b(?! (my |of my |the )?(doses|dose) (on time|as prescribed))(?![^.!?]{0,30}\b(as prescribed|as directed|on time|on schedule|like i'?m supposed to)\b)(?!.{0,25}\b(in the (morning|evening|afternoon)|at (night|bedtime|breakfast|dinner|lunch)|before (bed|breakfast)|with (food|breakfast|dinner|a meal|meals))\b(?!.{0,100}\b(die|dead|death|wake|breath\w*|kill\w*|fatal|lethal|heart|enough|painless|overdos\w*|stop|sleep forever|hurt)\b))"
        r".{0,60}\b(would|will|could|do|does|am)\s+(i|it|that|my heart|my breathing)\b"
        # The question first: "how long would it take ... if I took everything in my drawer".
        r"|\b(how (long|fast|quickly|many hours|many minutes)|would|will|could)\b.{0,80}\bif i (took|take|swallowed|swallow|were to take|downed|down)\s+(everything(?! (as |on time|(that |which )?(my|the) (doctor|dr|psychiatrist|prescriber)|i'?m prescribed|prescribed))|the whole (bottle|box|pack|strip|drawer|cabinet|lot)|the rest of (the|my) (pills|bottle|tablets))\b"
        r"|\b(take|taking|took|swallow\w*|down|downing)\b.{0,30}\b(all|the whole|every)\b.{0,30}\b(drift off|go peacefully|fall asleep (forever|for good)|sleep (forever|for good)|be painless|hurt)\b",
    ),
    # Taking everything at once, said as a plan ("I'll just take them all").
    _r(
        "take_them_all",
        "suicide",
        r"\b(i'?ll|i will|gonna|going to|might|could just|i could|should just|about to|want to|wanna|ready to|thinking (about|of))\s+(just\s+)?(take|taking|swallow\w*|down|downing)\s+(them all|all of (them|it|my \w+)|all (my|the|of my) (pills|klonopin|clonazepam|meds|tablets|k-?pins)|the whole (bottle|pack|box|thing|script|supply)|everything (i have|i'?ve got|in the (bottle|cabinet)))\b(?! (to (the|a|my) (pharmacy|pharmacist|doctor|drop|disposal|take|police|clinic)|back|with me|home|along)\b)"
        r"|(?<!puedo )(?<!debo )(?<!mejor )(?<!no voy a )(?<!podria )(?<!podría )\b(me tomo|tomarme|me voy a tomar|voy a tomar(me)?|pienso tomar(me)?|me las tomo|tom[aá]rmelas)\b(?![^.!?]{0,60}\b(vitaminas|las tomas|por la ma[nñ]ana)\b).{0,20}\b(todas( juntas| de una vez| las que (me )?quedan| las pastillas)?|el frasco( entero| completo)?|la caja( entera| completa)?|todo el (frasco|bote|blister))\b(?! (las|mis) (dosis|tomas) (a tiempo|como))(?!\s+de\s+\d)"
        # "prefiero juntar lo que me queda, tomármelo todo de una vez y acabar con esta vaina".
        r"|\b(tom[aá]rmel[oa]s?|tom[aá]rsel[oa]s?|me (lo|la|los|las) (tomo|trago|voy a tomar)|se (lo|la|los|las) (toma|traga|va a tomar))\s+tod[oa]s?\s+(de una (sola )?vez|junt[oa]s?|de golpe)\b"
        r"(?=[^.!?]{0,40}\b(acabar|terminar) con (esto|todo|esta (vaina|mierda|pesadilla|vida)|mi vida|la vida|este sufrimiento|mi sufrimiento|el sufrimiento)\b)(?![^.!?]{0,60}(ja(ja)+|je(je)+|xd+\b|lol\b))"
        r"|\bme tomo (de una vez |de golpe )?(todo lo que me queda|todas las que me quedan|el frasco( entero)?|todo el frasco)(?!\s+de(l)?\b)( de una vez| de golpe)?\b(?![^.!?]{0,60}(ja(ja)+|telenovela|serie|novela|pel[ií]cula))[^.!?]{0,30}\b(se acaba|se termina|acabar con|terminar con|acabo con|termino con) (todo|todo esto|esto)\b"
        # "gather what's left and take it all at once to end this".
        r"|\b(take|swallow|down)\s+(it|them)\s+all\s+at once\b[^.!?]{0,20}\b(to|and)\s+(end|be done with|finish)\s+(this|it all|everything|my life)\s*([.!?,;]|$)"
        # "before I take the rest of the bottle", "she's going to take all of her klonopin", "if u take like 30".
        r"|\b(i'?ll|i will|gonna|going to|want to|wanna|before i|where i|if i|if u|if you|when i|(he|she|they)('s| is| are|'re)? (going to|gonna|wants? to|plans? to))\s+(just\s+)?(take|swallow|down)\s+(like |about |around )?"
        r"(all (of )?(her|his|their|my) (\w+ )?(pills|klonopin|clonazepam|meds|tablets|k-?pins|kpins|benzos|bottle|prescription|script|supply)|the rest of (the|my|her|his|their) (bottle|pills|klonopin|clonazepam|meds|script|supply)|the whole (bottle|pack|box|script|supply|prescription)|(\d{2,}|twenty|thirty|forty|fifty) (klonopins?|pills|tablets|k-?pins|kpins|clonazepams?|benzos|of (them|these|those|my \w+)))\b"
        r"(?![^.!?]{0,30}\b(as prescribed|as directed|on time|on schedule|with food|in the morning|at (night|bedtime)|before bed|back|to (the|a|my) (pharmacy|pharmacist|doctor|drop|disposal|take|police|clinic)|with (me|him|her)|home|along)\b)"
        # "what would happen if someone took 40 klonopins at once?", "if someone took the whole bottle they'd be out".
        r"|\b(what (would|will|could) happen|would (they|he|she|you|i)|what happens|how long)\b[^.!?]{0,30}\bif (someone|somebody|a person|you|u|i)\s+(took|take|swallowed|ate|downed)\s+(like |about )?"
        r"(all (of )?(their|his|her|my|your) \w+|the whole (bottle|pack|box|script|supply)|(\d{2,}|twenty|thirty|forty|fifty)\s*(mg|klonopins?|pills|tablets|k-?pins|clonazepams?|benzos|of (them|these|those)))\b"
        r"|\bif (someone|somebody|a person)\s+(took|swallowed|ate|downed)\s+(all (of )?(their|his|her) \w+|(the|their|his|her) whole (bottle|pack|box|script|supply)(?! (to|back|with))|\d{2,} \w+)\b[^.!?]{0,60}\b(would (they|he|she)|(they|he|she)'?d)\b",
    ),
    # Self-removal euphemisms, and suicide threats said of someone else.
    _r(
        "self_removal",
        "suicide",
        r"\b(take|taking|took|remove|removing|erase|erasing)\s+(my|him|her|them)sel(f|ves)\s+(out of (the picture|the equation|this world|everyone'?s (way|life|lives))|from (the picture|this world|the equation|existence|everyone'?s (lives|life|way)))\b"
        r"|\b(threaten\w*|talk(s|ing|ed)? about|says?|said|saying|keeps? saying|told (me|us)|going to|gonna|wants? to|wanted to|tried to|trying to|might|will|'ll|plans? to|planning to)\s+(\w+\s+)?(kill(ing)?|hurt(ing)?|harm(ing)?|off(ing)?|end(ing)?)\s+(him|her|them)sel(f|ves)\b",
    ),
    # Self-injury named by the body part, as a habit or an urge.
    _r(
        "self_injury",
        "suicide",
        r"\b(been|keep|kept|started|start|still|again|i'?m|he'?s|she'?s|can'?t stop|urges? to|want to|wanna|went back to|relapsed and)\s+(cutting|carving|burning|scratching|hitting|punching|slicing)\s+(into\s+)?(my|his|her|their)\s+(arms?|wrists?|legs?|thighs?|stomach|skin|hips?|ankles?|body|forearms?|chest)\b"
        # "I keep burning the inside of my arm with a lighter".
        r"|\b(i|keep|kept|been|started|i'?ve been)\s+(cut|burn|carv)(ing)?\s+the (inside|back|top|underside) of (my|his|her) (arms?|wrists?|legs?|thighs?|forearms?|hands?)\s+(with|using) (a |the |my )?(lighter|cigarettes?|razors?|blades?|knife|match(es)?|scissors)\b"
        # The same said by its purpose: "been cutting to cope", "started burning again when I'm anxious".
        r"|\b(been|keep|kept|started|start|still|i'?m|he'?s|she'?s|back to|went back to|relapsed and)\s+(cutting|burning|carving)\s+(again\s+)?(to (cope|deal|feel|numb|calm|get through|release|manage|punish)|when (i|i'?m|it)|because (i|it)|every (day|night))\b"
        # The cuts said as made on oneself, or deeper than before.
        r"|\b(making|made|make|giving (myself|himself|herself))\s+(\w+\s+)?(cuts|burns|gashes)\s+(on|in|into|across)\s+(my|his|her)\s+(arms?|wrists?|legs?|thighs?|stomach|skin|hips?|ankles?|forearms?|chest)\b"
        r"|\b(i|he|she)\s+(cut|cuts|cutting)\s+((myself|himself|herself)\s+)?(way |much |a lot |even )?deeper\b(?!\s+(in)?to (my |our |his |her |their |the |a )?(savings|budget|funds|margins?|profits?|spending|retirement|pockets?|wallet|account|paycheck|reserves|time|schedule|sleep)\b)|\bmy cuts\b.{0,30}\b(deeper|too deep)\b",
    ),
    # "tonight I cut my thighs again", "cut my wrist open", "burned my wrist with a lighter again": the
    # injury told as done, by its body part (a kitchen, a fall or the beach is a mishap).
    _r(
        "self_injury_told",
        "suicide",
        r"\b(i|he|she)\s+(just\s+|have\s+|'ve\s+)?(cut|carved|burned|burnt|sliced)\s+(my|his|her)\s+(arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?|skin)\s+(again|open|deep\w*|tonight|today)\b"
        r"|\b(tonight|today|just now|last night)\s*,?\s*(i|he|she)\s+(cut|carved|burned|burnt|sliced)\s+(my|his|her)\s+(arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?)\b"
        r"|\b(i|he|she)\s+(just\s+|have\s+|'ve\s+)?(burned|burnt)\s+(my|his|her)\s+(arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?|skin|hands?)\s+with\s+(a |my |his |her )?(lighter|cigarette|match|lit \w+)\b",
    ),
    # Picturing a crash or fall as the way out.
    _r(
        "crash_ideation",
        "suicide",
        r"\b(thought|thoughts|thinking|urge|urges|want|tempted|picturing|imagin\w*|planning|plan|fantasi[sz]\w*)\b.{0,40}\b(swerv\w*|driv\w*|crash\w*|steer\w*|veer\w*)\b.{0,25}\b(into|off)\b(?!\s+to\b|\s+(the )?(city|town|downtown)\b).{0,20}\b(a |the )?(wall|divider|barrier|tree|pole|bridge|cliff|oncoming|traffic|median|overpass|river|lake|guardrail|truck|semi|embankment|road)\b"
        r"|\b(thought|thoughts|thinking|think|urge|urges|want|tempted|picturing|imagin\w*|fantasi[sz]\w*)\b.{0,40}\b(just )?(not turn\w*|let(ting)? go of) the (steering )?wheel\b.{0,40}\b(bridge|river|cliff|oncoming|traffic|overpass|edge|guardrail|median|truck|semi|highway|freeway|curve|into|off)\b"
        # "...and nobody would even know it wasn't an accident": a death made to pass as one.
        r"|\b(i|my)\b[^.!?]{0,80}\b(crash\w*|drove|drive|driving|went off|go off|swerv\w*|wheel|bridge|river|pills|overdos\w*|fell|fall|jump\w*|mix\w*)\b[^.!?]{0,60}"
        r"\b(nobody|no one|no-one) would (ever |even )?(know|suspect|guess|think) (it|that) (wasn'?t|was not|was no|was anything but) (an |a real )?accident\b"
        r"(?![^.!?]{0,40}(\b(lol|lmao|haha\w*|jk)\b|😂|🤣))",
    ),
    # How to end things, said of one's own life (not of a relationship).
    _r(
        "end_things_how",
        "suicide",
        r"\bhow (to|do i|can i|could i|would (i|someone|one|a person)|does (one|someone))\s+(\w+\s+)?(end (it all|things|everything|my life|their life|his life|her life)(?!\s+with)|go to sleep forever|check out for good|not wake up)\b"
        r"|\b(end|ending)\s+(it|things|everything|my life)\s+(quietly|peacefully|painlessly|for good|tonight)\b",
    ),
    _r(
        "not_around",
        "suicide",
        r"\bnot (be |going to be |gonna be |planning (on|to) be(ing)? )?(around|here) (much longer|anymore|for long|tomorrow|next (week|month|year)|by (then|\w+day)|after (this|tonight)|for (months|that long|much longer|long enough))\b"
        r"|\b(don'?t|do not|can'?t|cannot|couldn'?t)\s+(see|picture|imagine)\b.{0,40}\b(where|in which|that) i'?m (still )?(here|alive|around|living|in it)\b"
        r"|\b(won'?t|will not|not going to|not gonna)\s+(make it|be (here|around|alive))\s+(to|till|until|by|for|through)\s+(next (year|month|week|summer|spring|christmas)|the end of (the|this) (year|month)|christmas|my birthday|the new year|summer|spring)\b"
        r"(?!\s+(party|dinner|ceremony|celebration|cake|trip)\b)(?![^.!?]{0,80}\b(flying|flight|trip|travel\w*|vacation|holiday|camping|driving to|conference|wedding|rehab|new job|job in|sending me|in europe|disney|be (at|in|on) (a|the|my)|haha|lol)\b)"
        r"|\b(not that it (really )?matters?|(it )?(doesn'?t|won'?t) (really )?matter)\b.{0,60}\b(won'?t|will not|not going to|not gonna) be (around|here|alive)\b[^.!?,]{0,30}\b(anyway|anyways|long enough|by then|for it)\b"
        r"|\b(won'?t|will not|not going to|not gonna) be (around|here|alive)\b[^.!?,]{0,30}\b(anyway|anyways|by then)\b.{0,40}\b(got it|have it|it'?s|it is) (all )?(planned|set|figured out|decided)\b"
        r"|\b(i'?m going to|i'?ll|gonna|going to|about to)\s+(take care of|handle) (things|everything|it all) (permanently|for good)\b(?!\s+(around|with|at|about|in|on|for)\b)"
        r"|\bso (that )?(nobody|no one) (has|will have|would have) to (deal with|worry about|take care of|put up with) me\s*([.!?,;]|$|anymore|any more|ever again|again\b)"
        # "says he won't be around for his birthday": someone not expecting to see their own day.
        r"|(" + _NOT_SEEING_OWN_DAY + r")"
        r"(?![^.!?]{0,60}\b(trip|travel\w*|deploy\w*|out of town|work\w*|business|conference|vacation|visit\w*|moving|shift|rehab|hospital|jail|prison|detox|treatment|program|camp|abroad|overseas|stationed)\b)(?![^.!?]{0,20}\b(i'?ll|he'?ll|she'?ll|they'?ll|we'?ll|will) be (at|in|with|on|away|out|gone to)\b)"
        r"|\b(plan b|backup plan|only (other )?option|only way out\b(?!\s+of (my|the|this|a) (lease|contract|job|loan|deal|insurance|program|plan)))[^.!?]{0,20}\b(not being (here|around|alive)|to not be (here|around|alive)|ending it\b(?!\s+(early|with|by|on|off|and pay))|to end it\b(?!\s+(early|with|by|on|off)))"
        r"|\bwon'?t need (any more |more )?(refills|them|it|(my|her|his|their) (meds|pills|prescription|refills))\b[^.!?]{0,10}\bafter (today|tonight|this)\b(?![^.!?]{0,30}\b(because (?!i won'?t be)|since|bc|cause|my (doctor|dr|insurance|pharmacy)|switch\w*|90|mail|taper\w*|done with the taper)\b)"
        r"|\b(igual|total|de todas formas|de todos modos|aunque)\s+(ya\s+)?no importa\b.{0,60}\bno voy a estar\s*([).!?,]|$)|\bya no voy a estar (viv[oa]|(m[aá]s|para (verlo|contarlo))\s*([).!?,]|$))",
    ),
    # Rescue prevented: hiding so that nobody finds or stops it in time.
    _r(
        "rescue_prevented",
        "suicide",
        r"\b(nobody|no one|no-one|noone|nadie)\s+(finds|will find|would find|can find|could find|comes|checks on|will check on|me encuentre|me encuentra)( me)?\b.{0,40}\b(after|until|for (like |about )?\d+ (hours|hrs)|in time|till (it'?s|its) (over|done|too late)|before (it'?s|its) (over|done|too late)|before (it|they|the (pills|meds|tablets)) (works?|kicks? in|takes? effect|takes? hold)|despu[eé]s de|hasta que|a tiempo)\b"
        r"|\b(too late|demasiado tarde) (for anyone |para que alguien )?(to (save|help|stop|find) me|me (salve|ayude|encuentre))\b",
    ),
    # The one thing still holding someone back, named: the pills or the act beside it.
    _r(
        "only_thing_holding",
        "suicide",
        r"\bonly (thing|reason|one|person)s? (that'?s |that is |who'?s |who is )?(keeping|stopping|holding) me (alive|here|around|back from|from (taking|swallowing|ending|doing it|killing|hurting|overdosing|jumping|going through))\b"
        r"|\bonly reason (i'?m|i am) still (here|alive|around)\b"
        r"|\blo [uú]nico que me (mantiene (viv[oa]|aqu[ií])|(detiene|frena|impide) (de )?(tomar\w*|matar\w*|hacerlo|hacer\w*lo|acabar|terminar))\b",
    ),
    # Suicidal thoughts said to be had now, often inside a question about whether the drug
    # causes them: "is that normal? I'm having them right now", "I think about dying every day".
    _r(
        "means_beside_me",
        "suicide",
        r"\b(suicidal|kill(ing)? myself|end(ing)? (it|my life|things)|want(ing)? to die|not (want|wanting) to (be here|live))\b.{0,150}\b(knife|gun|razor|blade|rope|noose|pistol)\b.{0,40}\b(next to me|beside me|in my hand|in front of me|on (the|my) (nightstand|bed|lap|table|desk|night stand)|within reach|right here|with me)\b"
        r"|\b(knife|gun|razor|blade|rope|noose|pistol)\b.{0,40}\b(next to me|beside me|in my hand|in front of me|on (the|my) (nightstand|bed|lap|night stand)|within reach|right here)\b.{0,150}\b(suicidal|kill(ing)? myself|end(ing)? (it|my life|things)|want(ing)? to die)\b",
    ),
    _r(
        "thoughts_now",
        "suicide",
        r"\b(suicid\w*|thoughts? (of|about) (dying|death|killing myself|ending it|not being here))\b.{0,140}\b(i'?m having (them|those|these|it)|i have (them|those|these)|i'?ve (been )?(having|had|getting) (them|those|these|the same)|i (get|keep (having|getting)) (them|those|these)|(them|those|these|it) (right now|again|every day|all the time|constantly)|mine (are|is|have|'ve|got|get|keep)\b(?! (fine|gone|better|ok|okay|under control|manageable|managed|mild|over)\b)[^.!?]{0,30}\b(right now|rn|tonight|again|all the time|constantly|every day|so loud|really loud|getting worse|worse))\b"
        r"|\bi (think|thought|keep thinking|dream|daydream|fantasi[sz]e) (about|abt|bout|of) (dying|death|being dead|(just |simply |maybe |finally |quietly |seriously |actually )?(killing myself|ending it|not (being here|waking up|existing)))\b(?!\s+with\b).{0,20}\b(every (day|night|morning)|all the time|constantly|daily|nonstop|a lot|lately|more and more|now)\b"
        r"|\b(every (day|night)|all the time|constantly|lately)\b.{0,10}\bi (think|keep thinking) (about|of) (dying|death|being dead|killing myself|ending it)\b"
        # "Return to the ED if suicidal thoughts return. Well, they're back", "my suicidal thoughts came back this week".
        r"|\b(suicidal (thoughts|feelings|urges)|thoughts (of|about) (suicide|dying|killing myself|ending it))\b(?![^.!?]{0,40}\b(?<!never )(stopped|went away|are gone|disappeared|ended|faded|never came)\b)"
        r".{0,140}\b((well,? )?(they'?re|they are) back\b(?!\s+(home|at|in|from|to|now|on|for|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b)|they never (left|went away)\b)"
        r"|\b(suicidal (thoughts|feelings|urges)|thoughts (of|about) (suicide|dying|killing myself|ending it))\s+(have |are )?(came|come|coming|crept|creeping) back\b(?=[^.!?]{0,30}\b(this week|tonight|today|again|lately|now|louder|worse)\b)"
        # "I keep thinking about ending things", "I've been having thoughts of not waking up".
        r"|\b(i'?ve been|i have been|i'?m|im|i keep|i can'?t stop|been)\s+(seriously |really |actually |honestly |kinda |kind of |sort of |legit )?(having |getting )?(thinking|thoughts?|dreaming) (about|of) suicide\b(?=\s*(every (day|night|morning)|all the time|constantly|daily|nonstop|since i|more and more)\b)"
        r"|\b(i'?ve been|i have been|i'?m|im|i keep|i can'?t stop|been)\s+(seriously |really |actually |honestly |kinda |kind of |sort of |legit )?(having |getting )?(thinking|thoughts?|dreaming) (about|of) (just |simply |maybe |finally |quietly |seriously |actually )?(ending (it|things|everything|my life)|not waking up|killing myself|not being here|not existing)\b(?! with\b)(?![^.!?]{0,40}\b(i mean|with (my|the|him|her|them|our)|relationship|marriage|lease|contract|job|gym|membership|club|subscription|account|at work)\b)"
        r"|\b(i|i'?m not sure i|not sure i|i don'?t think i)\s*(can'?t|cannot|can|won'?t)\s+make it through (tonight|the night|another night)\b(?! without)"
        r"|\b(thoughts?|thinking|suicid\w*|dying|die|end(ing)? it|kill(ing)? myself)\b.{0,80}\b(actual |real |a |an |the )?(plans?|planned)\b.{0,20}\b(with|and|including|even|down to) (a |the )?(date|day|time|method|place)\b",
    ),
    # Intent in passing: not planning to be around, hoping the illness or the drug takes one,
    # deciding at a height, going to join someone who died, "something drastic".
    _r(
        "passing_intent",
        "suicide",
        r"\b(don'?t|do not|not|no) (plan|planning|intend|intending|expect|expecting)\w* (on |to )?(be|being) (around|here|alive)\b(?!.{0,60}\b(vacation|holiday|trip|travel\w*|away|out of town|conference|visiting|moving|hospital stay|business)\b)"
        r"|\b(hop(e|ing)|wish(ing)?|pray(ing)?)\b.{0,10}\b(that )?(the [\w-]+|it|this|they|something|one of (these|them))\s+(would |will |just |finally |might |'?ll )*(takes? me out|kills? me|ends? me|finish(es)? me( off)?)\b"
        r"|\b(hop(e|ing)|wish(ing)?|pray(ing)?) (that )?i (just )?(don'?t|won'?t|never|do not|will not|wouldn'?t) wake up\b(?!\s+(groggy|tired|anxious|sweating|at|in(?! the morning)|with|early|again|so|before|during|hungover|sick|sore|feeling|every|once|too|until|till|like|because|when|if|on|to|and (feel|be|have))\b)"
        r"|\b(ojal[aá]|rezo (para|por|a dios)|pido a dios|quisiera|deseo)\s+(que\s+)?(ya\s+)?no\s+(despertar(me)?|me despierte|volver a despertar(me)?)\b(?!\s+(al?|a la|el|la|los|las|mi|su|tu|temprano|tarde|de madrugada|en la noche|en toda|con|otra|tan|de nuevo|cada|sudando|cansad[oa]|con)\b)"
        r"|\b(stood|standing|stand|sat|sitting|was|been|went (up|out)) (on|at|by|near|out on|up on) (the |a |my |our |this |that )?(balcony|ledge|bridge|roof|rooftop|edge|tracks|cliff|railing|overpass)\b.{0,80}\b(deciding|debating|thinking (about|of) (jumping|it|whether)|trying to decide|wanting to jump|about to jump|whether to (jump|do it|go)|looking down)\b"
        r"|\b(ready|want\w*|wish\w*|time|longing|waiting) to (go (and )?be with (him|her|them|my [\w-]+( [\w-]+)?|grandpa|grandma|god|jesus|the lord)|go (home )?to (heaven|god|jesus|the lord)|join (him|her|them|my (late|dead|deceased) [\w-]+|grandpa|grandma)( in heaven| up there| on the other side| soon| again)?)\b"
        r"|\b(i'?m|i am|i|gonna|going to|might|about to|thinking (of|about)|want to|if you'?re|if i'?m|scared i'?ll|afraid i'?ll|before i)\b.{0,15}\bdo(ing)? something (drastic|stupid|permanent|irreversible|final)\b(?!\s+(with|to) (my|the|our) (hair|car|house|room|garden|look|wardrobe|diet|career|job|business|money))"
        r"|\b(nobody|no one|no-one|noone|would anyone|does anyone|who) (would|will|'d|is going to|even)? ?(even )?(notice|care|miss me|realize)\b.{0,25}\bif i (was|were|wasn'?t|weren'?t|disappeared|died|left|vanished|was gone|were gone)\b"
        r"|\b(want|hope|wish|need)\w* (it|this|that|them|the [\w-]+) to (kill|end|finish) me\b"
        r"|\b(know|knows|knew|figured out|looked up|worked out|calculated)\b.{0,20}\bhow (much|many)( \w+)? (it would|it'?d|it will|i'?d|i would|i'?ll) (take|need)\b(?!\s+(to|for)\b)"
        r"|\bif i (was|were) gone\b.{0,30}\b(nobody|no one|no-one) (would|will|'d) (even )?(notice|care|miss)\b"
        r"|\b(pensando|pienso|pens[eé]|he pensado|pensaba|ganas de)\s+en\s+(tirarme|aventarme|arrojarme|saltar)\s+(desde|de|del|por)\s+(el |la |un |una |mi )?(terraza|balc[oó]n|puente|azotea|ventana|techo|edificio|acantilado|cornisa)\b"
        r"(?![^.!?]{0,50}\b(alberca|piscina|clavadistas|paraca\w*|bungee|jaja\w*|como cuando)\b)"
        r"|\b(puente|balc[oó]n|azotea|terraza|v[ií]as|edificio|acantilado|barranco|viaducto)\b[^.!?]{0,50}\b(pienso|pensando|pens[eé]|ganas de|me dan ganas de)\s+(en\s+)?(tirarme|aventarme|arrojarme)\b(?!\s+(al agua|al mar|al r[ií]o a nadar|a la (piscina|alberca|pileta|cama)|al sof[aá]|en (la cama|el sof[aá]|paraca\w*|puenting)|de cabeza al agua|con cuerda))"
        r"|\b(estuve|estaba|parad[oa]|sentad[oa]) (en|al borde de) (el |la )?(balc[oó]n|puente|azotea|cornisa|borde|techo)\b.{0,80}\b(decidiendo|pensando (si|en) (saltar|tirarme)|a punto de (saltar|tirarme))\b",
    ),
    # "what does it feel like to OD ... does it hurt? I want to know what to expect when I do it": the act
    # spoken of ahead.
    _r(
        "act_told_ahead",
        "suicide",
        r"\b(od|o\.d|overdos\w*|suicide by (pills|overdose))\b.{0,150}\b(what to expect|(will|does|would) it hurt|is it painful|how painful)\b.{0,40}\b(when|once|before) i (finally |actually )?(do|try) it\b"
        r"|\b(how painful|(will|does|would) it hurt)\b.{0,60}\b(od|o\.d|overdos\w*|suicide by (pills|overdose))\b.{0,80}\b(when|once|before) i (finally |actually )?(do|try) it\b",
    ),
    # "I have some of each left over ... for when I finally go through with it".
    _r(
        "through_with_it",
        "suicide",
        r"\b(some of each|(pills|klonopin|clonazepam|ativan|benzos|xanax)\b[^.!?]{0,20}\b(left ?over|saved|stockpiled|stashed|hoarded)|(left ?over|saved( up)?|stockpiled|stashed|hoarded)\s+(\w+\s+)?(pills|klonopin|clonazepam|ativan|benzos|xanax))\b"
        r"(?![^?]{0,150}\b(rehab|detox|surgery|wedding|divorce|lawyer|taper\w*|quit\w*|cold turkey|withdrawal|stopping)\b).{0,150}\b(when|once|before|until) i (finally |actually )?go through with it\b",
    ),
    # "standing at the rail ... thinking about how easy it would be to just step off and let the water take care of it".
    _r(
        "easy_way_out_pictured",
        "suicide",
        r"\b(think|thinking|thought|picture|picturing|imagin\w*|wonder\w*)\s+(about\s+)?how easy it (would|'d|could) be to (just )?(step off|jump off|jump from|go over|slip under|let go)\b"
        r"(?=[^.!?]{0,30}\b(edge|ledge|roof|bridge|rail|railing|platform|balcony|cliff|overpass|water|the side|and (let|be done|end))\b)"
        r"(?![^.!?]{0,40}(\b(lol|lmao|haha\w*|jk)\b|😂|🤣))",
    ),
    # A known means named with a question whether it would work: electrocution in a bath, a car
    # in a closed garage, a bag over the head, a rope on a rod; methods compared by how sure.
    _r(
        "method_feasible",
        "suicide",
        r"\b(hair ?dryer|toaster|radio|space heater|extension cord)\b.{0,40}\b(bath|bathtub|tub)\b.{0,60}\b(work|kill|die|fatal|enough|instant|painless|movie thing)\w*"
        r"|\b(bath|bathtub|tub)\b.{0,40}\b(hair ?dryer|toaster|radio|space heater)\b.{0,60}\b(work|kill|die|fatal|enough|instant|painless|movie thing)\w*"
        r"|\b(car|engine|exhaust|generator|charcoal)\b.{0,40}\b(garage|closed room|sealed|hose|tent|with the (doors?|windows?) (closed|shut))\b.{0,60}\b(would|will|does|could|how long)\b.{0,40}\b(kill|die|work|pass out|fall asleep|be painless|be enough)\b"
        r"|\b(plastic bag|exit bag) over (my|your|the|one'?s|his|her) head\b|\bhelium\b.{0,40}\b(tank|hood|bag|mask)\b.{0,40}\b(die|kill|painless|work)\w*"
        r"|\b(belt|rope|cord|scarf|sheet|cable)\b.{0,40}\b(door ?knob|closet rod|beam|rafter|ceiling fan|shower rod|banister|stair rail|branch)\b.{0,60}\b(hold|work|strong enough|support (my|the|a) weight|kill|die|enough)\b"
        r"|\b(higher|highest|better|best|greater|more|most|lower|lowest)\s+(success|fatality|death|lethality|completion|kill) rates?\b.{0,80}\b(guns?|firearms?|hang\w*|pills|overdos\w*|jump\w*|drown\w*|wrists|poison\w*|carbon monoxide|train|bridge|rope)\b"
        r"|\b(guns?|firearms?|shoot\w*|hang\w*|pills|overdos\w*|jump\w*|drown\w*|wrists|poison\w*|carbon monoxide|train|rope)\b.{0,40}\b(or|vs\.?|versus)\b.{0,40}\b(guns?|firearms?|shoot\w*|hang\w*|pills|overdos\w*|jump\w*|drown\w*|wrists|poison\w*|carbon monoxide|train|rope)\b.{0,60}\b((success|fatality|lethality|death|completion) rates?|(more|most|less|least) (lethal|deadly|reliable|certain|painless|successful|final)|works? better|more likely to (work|kill|succeed))\b"
        r"|\b(m[aá]s|menos) (r[aá]pid[oa]|f[aá]cil|efectiv[oa]|segur[oa]|letal|mortal|doloros[oa])\b.{0,40}\b(pastillas|venas|ahorcar\w*|colgar\w*|tirar\w*|veneno|pistola|arma|gas)\b.{0,40}\bo\b"
        r"|\b(pastillas|venas|ahorcar\w*|colgar\w*|tirar\w*|veneno|pistola|arma)\b.{0,40}\bo\b.{0,40}\b(pastillas|cortar\w* las venas|ahorcar\w*|colgar\w*|tirar\w*|veneno|pistola|arma)\b.{0,40}\b(m[aá]s|menos) (r[aá]pid[oa]|f[aá]cil|efectiv[oa]|segur[oa]|letal|mortal|doloros[oa])\b"
        r"|\bcortar(me|se|te) las venas\b"
        r"|\b(which|what)\b.{0,40}\b(pills?|meds|medications?|medicines?|drugs|otc|over[- ]the[- ]counter \w+)\b.{0,40}\b(most|more) (dangerous|deadly|lethal|toxic|harmful|likely to kill)\b.{0,40}\b(in (big|large|high|huge) (amounts|doses|quantities|numbers)|in (an )?overdose|if you take (a lot|too many|lots|a bunch|the whole \w+)|to overdose on|all at once|at once)\b",
    ),
    # A way to die asked or told in other words: "whats the max klonopin before ur heart just stops", "which is
    # more reliable for not waking up", "what makes clonazepam deadlier", "make sure it works the first time"
    # after a hospital, "a spot picked out ... the right amount", "would anyone be able to tell" an overdose,
    # "I want my family to know it wasn't an accident when they find me", "a rope" bought while "telling my
    # therapist I'm fine", "I'll solve the problem a more permanent way", "I'm done. klonopin's the easiest way".
    _r(
        "way_to_die_asked",
        "suicide",
        r"\b(max|maximum|most)\b[^.!?]{0,30}\b(before|till|until) (ur|your|my|the|a person'?s|someone'?s) (heart|breathing|lungs) (just )?(stops?|gives out|quits)\b(?!\s+(being|feeling|hurting|racing|pounding|aching))"
        r"|\b(more|most) (reliable|effective|certain|sure)\b[^.!?]{0,20}\b(for|to|at) (not|never) (waking|wake)( up)?\b"
        r"(?!( up)?\s*(at|during|in the|every|each|so|too|early|before|until|till|groggy|hungover|confused|in a|with|from|on time|if|when|\d))"
        r"|\bmake sure (it|this|they) works? (the first time|this time)\b(?=.{0,200}?\bi (don'?t|do not) want to (end up|wake up) in (the )?hospital again\b|.{0,200}?\bso i (don'?t|won'?t) (survive|wake up) again\b)"
        r"|\b(spot|place) (picked out|chosen|picked)\b(?![^.!?]{0,40}\b(camp\w*|hik\w*|trip|tent|picnic|wedding|party|vacation|fishing|hunting|garden|concert)\b)"
        r".{0,120}?\b(right|exact) amount\b(?=\s*($|[.!?]|of (it|them|pills|klonopin|clonazepam)\s*($|[.!?])))"
        r"|\boverdos\w*\b[^.!?]{0,60}\b(would|could|will) (anyone|they|people|the (coroner|doctors?|police)) (be able to )?(tell|know|detect|find out)\b[^.!?]{0,10}\b(afterwards?|after)\s*($|[.?!])"
        r"|\b(want|so|need) (my \w+|them|people|everyone|the police) (to )?(know|think|understand|see)\b[^.!?]{0,20}\b(it wasn'?t|it was not|wasn'?t) an accident\b[^.!?]{0,40}\bwhen (they|my \w+|someone|somebody|people) (finds?|found) me\b"
        r"|\b(telling|tell|told) (my \w+|everyone|everybody|people|them) (i'?m|im) (fine|ok|okay)\b[^.!?]{0,20}\bbut\b[^.!?]{0,30}\b(bought|got) (a |the )?(rope|noose|helium( tank)?)\b"
        r"(?!\s*(burn|swing|ladder|toy|light|course|show|safe|club|range|permit|balloon))"
        r"|\b(check(ing)? out|end (it|things)|die|kill myself|off myself)\b.{0,150}?\b(klonopin|clonazepam|k ?pins|pills|benzos?)('?s| is| are) the (easiest|quickest|simplest|most peaceful|least painful) way\b(?=\s*(,?\s*right|\?|$|[.!]))",
    ),
    # "forget the taper. I'll solve the problem a different way. a more permanent way."
    _r(
        "permanent_way",
        "suicide",
        r"\b(solve|fix|end|handle|deal with) (it|this|the problem|everything|things)\b[^.!?]{0,30}\b(a )?(different|other|another) way\b[^.!?]{0,3}[.!?,]?\s{0,3}(a )?(more )?permanent (way|solution|one)\b",
    ),
    # A means of death made ready by the writer, now: a gun loaded, held or taken out and put back,
    # in the lap or to the head; a hose run from a car's exhaust; a weapon or a drug to "use on myself".
    _r(
        "means_readied",
        "suicide",
        r"(\b(i|i'?ve|i have|i just|i keep|i kept|i'?m|im|been|keep)\s+(\w+\s+)?|(^|[.!?;]\s{0,3})(just )?)"
        r"(loaded|took out|got out|pulled out|taken out|took down|got down|holding|held|picked up|picking up|pick up|sat with|sitting with|staring at|stared at|taking out|looking at)\s+"
        + _GUN
        + r"(?=[^.!?]{0,120}?[.!?]?\s{0,3}[^.!?]{0,60}?\b"
        + _GUN_AT_HAND
        + r")"
        r"|(\b(i|i'?ve|i have|i just)\s+(\w+\s+)?|(^|[.!?;]\s{0,3})(just )?)(took|got|pulled|taken|brought|lifted)\s+"
        + _GUN
        + r"\s+(out|down)\b"
        r"(?! of (the|my|our) (house|home|apartment|car)\b)(?=[^.!?]{0,120}?[.!?]?\s{0,3}[^.!?]{0,60}?\b"
        + _GUN_AT_HAND
        + r")"
        r"|(\b(i|i'?ve|i have|i just|i keep|i'?m|im|been|keep)\s+(\w+\s+)?|(^|[.!?;]\s{0,3})(just )?)"
        + _GUN_HANDLED
        + r"(?=[^.!?]{0,60}\b(tonight|right now|rn|again)\b)(?=.{0,200}?\b"
        + _DESPAIR
        + r")"
        r"|\b"
        + _DESPAIR
        + r".{0,200}?(\b(i|i'?ve|i have|i just|i keep|i'?m|im|been|keep)\s+(\w+\s+)?|[.!?;]\s{0,3}(just )?)"
        + _GUN_HANDLED
        + r"(?=[^.!?]{0,60}\b(tonight|right now|rn|again)\b)"
        r"|\b(i'?ve got|i have|i'?m holding|there'?s|the|a|my)\s+(loaded\s+)?(gun|shotgun|pistol|rifle|revolver|handgun|glock|barrel)\s+(is\s+|'s\s+)?(in my (lap|mouth)|to my (head|temple|chin)|under my chin|against my (head|temple|chin))\b"
        r"|\bhose\b[^.!?]{0,40}\b(tail ?pipe|exhaust pipe|car'?s exhaust|truck'?s exhaust|exhaust (of|on) (the|my) (car|truck))\b|\b(tail ?pipe|car'?s exhaust)\b[^.!?]{0,40}\bhose\b"
        r"|\b(hose|pipe|tube) (from|off) the exhaust\b[^.!?]{0,30}\b(into|in through|through) the (back |car |rear |driver'?s |passenger )?window\b"
        r"|\bthe hose is (already )?(hooked up to|taped to|attached to|run(ning)? (in)?to) the (tail ?pipe|exhaust)\b|\bthe hose is already in the car\b(?=\s*($|[.!?]))"
        r"|\b(sitting|sat|lying|laying|i'?m) in (the|my) (car|truck)\b[^.!?]{0,60}\bgarage\b[^.!?]{0,60}\b(engine|motor|car) (is )?(running|on)\b"
        r"|\b(engine|car|motor) (is )?running\b[^.!?]{0,40}\b(closed|shut) garage\b[^.!?]{0,60}\b(i'?m|i am) (sitting|in it|inside)\b"
        r"|\b(use|using|turn|turning|point|pointing)\s+(the|my|a|his|her|dad'?s)\s+(\w+\s+)?"
        + _MEANS_AT_HAND
        + r"\s+(on|at) (myself|me)\b"
        r"(?![^.!?]{0,40}\b(splinter|to (cut|open|peel|trim|shave)|cook\w*|food|massage|knots?|muscles?|sore)\b)"
        r"|\b"
        + _MEANS_AT_HAND
        + r"\b[^.!?]{0,80}[.!?]?\s{0,3}[^.!?]{0,60}?\b(use|using|turn|turning|point|pointing) (it|them|that|one) (on|at) (myself|me)\b"
        r"(?![^.!?]{0,40}\b(splinter|to (cut|open|peel|trim|shave)|cook\w*|food|massage|knots?|muscles?|sore)\b)"
        r"|\b(escopeta|pistola(?! de (masaje|silicona|calor|agua|pintura|juguete|clavos))|arma|rev[oó]lver|cuchillo|navaja|soga|cuerda)\b[^.!?]{0,80}[.!?]?\s{0,3}[^.!?]{0,60}?\b(usarla|usarlo|usarlas|usarlos|usar(la|lo)?) (conmigo|contra m[ií]|en m[ií] mism[oa])\b",
    ),
    # A poison with how much a person would need, or drinking it meant: "the paraquat in the shed.
    # how much would a person need", "I'm gonna drink the drain cleaner".
    _r(
        "poison_amount_sought",
        "suicide",
        r"\b"
        + _POISON
        + r"\b[^.!?]{0,100}[.!?]?\s{0,3}[^.!?]{0,40}?\bhow (much|many)( of it| of that| cups| bottles| ounces| glasses)?\s+(would|does|do|will)\s+"
        r"(a person|someone|somebody|a human|an adult|a grown (man|woman|adult))\s+(need|have)\b(\s+to (drink|swallow|take|ingest))?(?=\s*($|[.?!,]|to (die|kill)|for it to))"
        r"|\bhow (much|many)\b[^.!?]{0,25}\b"
        + _POISON
        + r"\b[^.!?]{0,30}\b((would|does|do|will) (a person|someone|somebody|a human|an adult|one|i|you) (need|have) to (drink|swallow|ingest|take)"
        r"|to (die|kill (a person|someone|me|myself|you)|be (fatal|lethal|deadly)))\b"
        r"|\bhow (much|many)\b[^.!?]{0,25}\b(paraquat|antifreeze|ethylene glycol|rat poison|cyanide|arsenic|strychnine)\b[^.!?]{0,30}\b(would|does|will) it take\b(?=\s*($|[.?!]))"
        r"|\b(paraquat|antifreeze|ethylene glycol|rat poison|cyanide|arsenic|strychnine)\b[^.!?]{0,80}[.!?]?\s{0,3}[^.!?]{0,30}?\bhow (much|many)( of it| of that)?\s+(would|do|will) i need to (drink|swallow|take|ingest|die)\b"
        r"|\b"
        + _POISON
        + r"\b[^.!?]{0,30}\b(enough to (die|kill (me|myself|a person|someone|you))|kills? (a person|someone|a human|you)\b)"
        r"|\b(what amount|how much) of " + _POISON + r" (would |will |does )?(kills?|be fatal|be lethal)\b"
        r"|(^\W{0,3}|[.!?,]\s{0,3}|\b(please|just|go on|someone|somebody) )(convince|dare|tell|talk) me (in)?to (chug|drink|swallow|down) (a (glass|cup|bottle|shot) of |some |the )?"
        + _POISON
        + r"\b"
        r"|(\b(i'?m going to|i'?m gonna|im gonna|i'?ll|i will|i want to|i wanna|i'?m about to|i'?m thinking (about|of)|i'?ve been thinking (about|of)|i keep thinking (about|of)|i'?m planning (to|on)|i plan to)"
        r"|(^\W{0,3}|[.!?;]\s{0,3})(gonna|going to|about to|thinking (about|of)|been thinking (about|of)))\s+"
        r"(just\s+)?(chug|drink|swallow|down)(ing)?\s+(a (glass|cup|bottle|shot|jug) of |some |the |that |a bottle of |all the )?"
        + _POISON
        + r"\b(?![^.!?]{0,20}\b(lol|lmao|haha\w*|jk|kidding)\b)"
        r"|\b(i )?(bought|got|have|kept|keeping)\s+(some |the |a (bottle|jug) of )?"
        + _POISON
        + r"\s+to (drink|swallow)\b"
        r"|\b(voy a|quiero|pienso|me voy a|pensando en)\s+(tomar(me)?|beber(me)?|tragar(me)?)\s+(el |la |un vaso de |una botella de |un poco de )?(veneno( para ratas)?|raticida|matarratas|cloro|lej[ií]a|paraquat|anticongelante|herbicida|insecticida|soda c[aá]ustica)\b"
        r"|\b(veneno( para ratas)?|raticida|matarratas|paraquat|anticongelante)\b[^.!?]{0,80}[.!?]?\s{0,3}¿?\s*cu[aá]nt[oa]s? (necesitar[ií]a|necesita una persona|har[ií]a falta|se necesita)\b",
    ),
    # How much of a drug is fatal, asked in clinical terms: "at what plasma concentration does clonazepam
    # become fatal", "what dose range of clonazepam with alcohol is typically fatal".
    _r(
        "lethal_threshold_asked",
        "suicide",
        r"\bat (what|which) (\w+ ){0,2}?(dose|dosage|amount|number of (pills|tablets)|mg|milligrams?|concentration|blood level|plasma level|serum level)\b"
        r"(?![^.!?]{0,40}\b(withdrawal|detox|fever|temperature|heart rate|blood pressure|sugar|potassium|sodium|oxygen|ammonia|carbon monoxide|radon|radiation|heat)\b)"
        r"[^.!?]{0,60}\b(become|becomes|turns?|gets?|is|would be|will be|are|be) (fatal|lethal|deadly)\b"
        r"|\bat (what|which) (dose|dosage|amount|mg|number of pills)\s+"
        r"(?![^.!?]{0,40}\b(withdrawal|detox|fever|temperature|heart rate|blood pressure|sugar|potassium|sodium|oxygen|ammonia|carbon monoxide|radon|radiation|heat)\b)(is|does|would|will)\s+(\w+\s+){1,3}?(be )?(fatal|lethal|deadly|kill (you|a person|someone|me))\b"
        r"|\b(fatal|lethal|deadly|toxic) (plasma |blood |serum )?(concentration|blood level|plasma level|serum level)s? (of|for) "
        + _LETHAL_SUBJECT
        + r"\b"
        r"|\bwhat (\w+ ){0,2}(dose|dosage|amount|number of (pills|tablets)|mg|milligrams?)( range)?\b"
        r"(?![^.!?]{0,40}\b(withdrawal|detox|fever|temperature|heart rate|blood pressure|sugar|potassium|sodium|oxygen|ammonia|carbon monoxide|radon|radiation|heat)\b)[^.!?]{0,60}\b(is|are|would be|becomes?) (typically |usually |considered |generally )?(fatal|lethal|deadly)\b",
    ),
    # Self-harm kept where it will not show; a death staged as natural or accidental; a note
    # explaining why; life insurance asked about a death that should look accidental.
    _r(
        "act_concealed",
        "suicide",
        r"\bwhere (should|can|could|do|would) i (cut|burn|scratch|hurt myself|cut myself|burn myself)\b(?!\s+(the|a|an|my|this|that|it|off|back|down|costs|corners|hair|bangs|fabric|wood|pipe|line|[\w-]+ (off|out))\b).{0,40}\b(show|notice|see|hide|sleeves|at work|at school|nobody|no one)\b"
        r"|\b(cuts?|cutting|burns?|burning|marks|scars)\b.{0,30}\bso (they|the (marks?|scars?|cuts?|burns?)) (don'?t|won'?t|wont|dont|can'?t|cant) (show|be seen)\b"
        r"|\b(want|so|make|let|need|until|have)\b.{0,10}\b(my ([\w-]+ )?(family|kids|parents|wife|husband|mom|mum|dad|children|partner)|everyone|people|them|they|the (police|coroner|doctors?|insurance))\b.{0,10}\b(to )?(think|believe|assume|conclude)\w*\b.{0,10}\b(it was|it'?s|i (died|passed))\b.{0,20}\b(natural|an accident|accidental|natural causes|my heart|a heart attack|in my sleep|an accidental overdose)\b"
        r"|\b(insurance|policy)\b.{0,80}\b(pay\w*|cover\w*)\b.{0,80}\b(if (it|my death|the death|the overdose) (looks|seems|is ruled|gets ruled|appears) (like )?(an? )?(accident\w*|natural|overdose)|if i (kill myself|overdose|od|take my (own )?life|commit suicide))\b"
        r"|\b(write|writing|draft\w*|compose|help me (write|with|word))\b.{0,30}\b(a |my |the )?(note|letter|message)\b.{0,60}\b(explain\w*|tell\w*|saying|say)( to)?( them| everyone| my [\w-]+)? why i (did it|did this|had to (do it|go|leave)|couldn'?t (go on|stay|do it anymore)|'?m (gone|doing (this|it)|not here)|chose (this|to go)|ended it|went)\b"
        r"|\b(note|letter)\b.{0,30}\bfor (my [\w-]+|them|everyone) to (find|read) (after|when) i'?m (gone|dead)\b",
    ),
    # Self-harm sought as a practice: where, how, with what, hidden, intensified.
    _r(
        "self_harm_sought",
        "suicide",
        r"\b(how (to|do i|can i|could i|should i)|where (to|can i|should i)|ways? (to|of)|tips|techniques?|methods?|items?|objects?|things|products|strateg(y|ies)|(a |detailed |step[- ]by[- ]step )plan|surefire|sure[- ]fire|best|safe(st|r)?|tools?|enhanc\w*|intensif\w*|secretly|continue|keep (doing|up)|hid(e|ing)|can be used (for|to))\b"
        r"(?!.{0,40}\b(prevent|stop|quit|avoid|resist|recover|help|support|cop(e|ing)|alternatives?|signs|talk|understand|treat|promot|tell|know|spot|notic|recogni[sz]|portray|depict|research|statistic|rates?)\w*)"
        r".{0,40}\b(self[- ]?(harm|injur)\w*|self[- ]inflicted (harm|injur\w*|wounds?|pain))"
        # The same request with the harm said as a verb on oneself: ways to bruise, burn or cut yourself.
        r"|\b(ways?|methods?|techniques?|tips|how (to|do i|can i|could i))\b(?:(?!\b(?:not|avoid\w*|without|never|stop|prevent\w*|less|accident\w*)\b).){0,30}\b(bruise|burn|cut|scar|scratch|hurt|harm|injure|wound)\s+(yourself|myself|oneself)\b"
        r"(?!\s+(some |a )?(slack|break|off|loose|short|free|out|up|less|in (the )?kitchen|(while|when) (cooking|baking|ironing|shaving))\b)"
        r"|\bself[- ]?(harm|injur)\w*\b.{0,40}\b(without (being|getting) (caught|noticed|seen)|(reduce|lower)\w* the (chance|likelihood|risk) of being (caught|found|noticed)|so (no one|nobody) (knows|notices|finds out)|for catharsis|tools?|secretly|deeper)\b"
        r"|\b(so (that )?i (could|can|would|will) get|to give (myself|me)|to get myself)\s+(a |some )?((first|second|third)[- ]degree )?(burns?|scars?|blisters)\b",
    ),
    # A method of dying named as a choice or a practical question.
    _r(
        "method_named",
        "suicide",
        r"\b(slit|slitting|slash|slashing)\s+(my|your|his|her|their|one'?s|the)?\s*(wrists?|throat)\b(?!.{0,40}\b(in (the )?(movie|film|show|book|play|game|scene)|macbeth|hamlet)\b)"
        r"|\b(cut|cutting)\s+(my|your)\s+wrists\b"
        r"|\b(shoot|shooting)\s+(myself|my head|me in the head)\b|\bblow (my|his|her) brains out\b|\bput a bullet (in|through) my\b"
        r"|\b(how|ways?|methods?|exact(ly)?|describe|explain|where|can you|could you|is it possible to)\b(?!.{0,50}\b(help|support|stop|prevent|talk|keep|save|signs|why|common|often|likely|many)\b)"
        r".{0,50}\b(kill|hang|suffocat|drown|electrocut|poison|gas|starv|asphyxiat)\w*\s+(them|him|her|your|my|one)sel(f|ves)\b"
        r"|\b(how|method|exact(ly)?|describe|step)\b.{0,60}\b(take|taken|taking|took)\s+(my|his|her|their|your|one'?s)\s+own\s+life\s+with\b"
        r"|\b(jump|jumping|step|stepping|walk|walking|throw (myself|yourself|oneself)|throwing (myself|yourself|oneself)|lie down|lay down)\s+(out\s+)?(in front of|under|onto the tracks)\s+(a |an |the )?(oncoming |moving |speeding )?(train|bus|truck|subway|traffic|tram|lorry)\b"
        r"|\b(jump|jumping)\s+(off|from)\s+(a |the |this |that |my )?(\d+[- ]?stor(e)?y |\d+[- ]?floor |tall |high )?(building|bridge|roof|rooftop|balcony|tower|overpass|parking (garage|structure)|skyscraper)\b"
        r"|\b(trains?|buses|bus|trucks?|lorr(y|ies)|traffic|subway)\b.{0,100}\b(step|stepping|jump|jumping|walk|walking)\s+(out\s+)?in front of (one|it|them)\b"
        r"|\bnooses\b|\bsuicide pacts?\b|\bfinal exit\b"
        r"|\b(less|least|more|most) (painful|p\w*nful)\b.{0,30}\b(shoot\w*|hang\w*|slit\w*|cut\w*|drown\w*|jump\w*|overdos\w*|pills|gun)\b.{0,40}\bor\b",
    ),
    # When, how cold, at what level one dies: a question about one's own death by a means.
    _r(
        "death_conditions",
        "suicide",
        r"\bhow (long|cold|hot|high|deep|much|many|far)\b.{0,80}\b(to die\b|(do|does|would|will|until|before|till) (you|i|one|someone|a person|people) (die|dies|drown|freeze to death|pass away|stop breathing|are dead|is dead|be dead))"
        r"|\bat what (level|point|dose|amount|blood alcohol)\b.{0,80}\b(breathing stop\w*|(do|does|would) (you|i|one|someone) die|(is|becomes) (fatal|lethal))"
        r"|\b(i|me|myself|just|let me|want to|make me)\b.{0,30}\b(stop existing|cease to exist|not exist anymore|slip away (in my sleep|quietly|peacefully|for good|forever))\b"
        r"|\b(stop|stops)\s+(my|your|a person'?s|someone'?s|one'?s)\s+heart\b(?!\s+(from\s+)?(racing|pounding|beating (so )?fast|palpitat\w*))(?=.{0,40}\b(using|with|by|how many|how much|would it take|enough)\b)"
        r"|\b(rank|order|sort|list|compare)\w*\b.{0,50}\b(by|for|in order of)\s+(\w+\s+)?(lethality|how lethal|how deadly|deadliness)\b|\bfor (a|my) suicide attempt\b"
        r"|\bld ?50\b.{0,60}\b(i weigh|my weight|for me|convert|\d+\s*(kg|kilos?|lbs|pounds))\b"
        r"|\b(dangerous|lethal|deadly|fatal|kill)\w*\b.{0,80}\b(because|since|as|cause|cuz) i'?m (planning|going|about) to\b",
    ),
    # Finishing what was started, or rather being dead, said in earnest.
    _r(
        "finish_it",
        "suicide",
        r"\bfinish(ing)?\s+(the job|it|things|myself off|me off)\b.{0,20}\b(for good|once and for all|with (what'?s left|the rest|the (bottle|pills)|my pills))"
        r"|\bfinish (myself|me) off\b"
        r"|\b(i'?d|id|i would)\s+(\w+\s+)?rather (be dead|die|not (be alive|exist|wake up|be here any ?(longer|more)(?![^.!?]{0,40}\b(party|waiting room|dentist|meeting|class|store|line|lol|boring|freezing)\b)))\b(?!\s+(than|of|from|laughing|trying)\b)(?!.{0,40}\bthan\b)",
    ),
    # "the withdrawal has lasted 2 years, I'm ending it this weekend": an end set for a near day.
    _r(
        "ending_it_soon",
        "suicide",
        r"\b(i'?m|im|i am) (ending|going to end|gonna end|about to end) it (all )?(this weekend|tonight|tomorrow|soon|today|for good|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    ),
    # Someone else's intent told: "my best friend keeps saying she's going to end her life".
    _r(
        "their_intent_told",
        "suicide",
        r"\b(keeps saying|keeps telling (me|us)|keeps (texting|messaging|writing)( me| us)?|said|says|told (me|us)|texted( me| us)?|is saying|has been saying|wrote)\s+(that\s+)?(she|he|they)('s| is| are|'re|'ll| will)?\s+(going to|gonna|wants to|want to|planning to|plans to|about to|will)\s+(end (her|his|their) (own )?life|(kill|shoot|hang|stab|drown) (herself|himself|themselves|themself)(?!\s+(in the (foot|leg|hand)|an? (\w+ )?(deer|turkey|duck|elk|buck|bird)))|take (her|his|their) (own )?life)\b"
        r"(?!\s+(laughing|as\b|with (laughter|work)|if (she|he|they) (sees|finds|hears)|when (she|he|they) (sees|finds|hears)))(?![^.!?]{0,40}\b(lol|lmao|haha\w*|jk)\b)"
        # "my dad is about to shoot himself": someone else's act, about to happen.
        r"|\b(he|she|they|my [\w-]+)('s| is| are|'re)? (about to|gonna|going to|trying to|threatening to) (kill|shoot|hang|stab|choke|strangle|drown|cut) (himself|herself|themselves|themself)\b"
        r"(?!\s+(in the (foot|leg|hand)|an? (\w+ )?(deer|turkey|duck|elk|buck|bird)|doing|working|with (work|stress)|on (the|those|that)|skateboard\w*|lifting|if (he|she|they) keeps?|over (his|her|their) (exams?|grades)))"
        r"(?![^.!?]{0,40}\b(lol|lmao|haha\w*|jk|if (he|she|they) (sees|finds|hears))\b)"
        # "my wife sent a voice note saying the kids will be better without her": the one who says it is the one gone.
        r"|\b(she|my (wife|mom|mother|sister|daughter|girlfriend|partner))\b[^.!?]{0,80}\b(saying|said|says|texted|wrote|told (me|us))\b[^.!?]{0,60}\bbetter (off )?without her\b(?=\s*($|[.,;!?]|and\b|now\b|anyway\b))"
        r"|\b(he|my (husband|dad|father|brother|son|boyfriend|partner))\b[^.!?]{0,80}\b(saying|said|says|texted|wrote|told (me|us))\b[^.!?]{0,60}\bbetter (off )?without him\b(?=\s*($|[.,;!?]|and\b|now\b|anyway\b))"
        r"|\bshe (doesn'?t|does not) (think|believe)\b[^.!?]{0,40}\bworse off without her\b|\bhe (doesn'?t|does not) (think|believe)\b[^.!?]{0,40}\bworse off without him\b",
    ),
    # "I just think dying would be nice sometimes": death wished, however lightly.
    _r(
        "death_would_be_welcome",
        "suicide",
        r"\b(i (just |honestly |really )?(think|feel( like)?)|honestly|sometimes|some days|lately)\b[^.!?]{0,20}\b(dying|being dead|death)\s+(would|will|could|might)\s+(honestly\s+)?(be|feel)\s+(so |really |kind of |kinda |pretty |such )?(nice|a relief|peaceful|easier|better|a release|relief|welcome|a mercy)\b"
        r"(?![^.!?]{0,40}\b(for (him|her|them|my|the|that|a)|than|lol|lmao|to talk)\b)",
    ),
    # "the only way out of this taper is in a box".
    _r(
        "only_way_out",
        "suicide",
        r"\b(only|one) way (out|off)( of)? (this|these|my|the) (taper|withdrawal|pain|pills|benzos|klonopin|clonazepam|hell|life|misery)\b(?!\s+(level|of a))[^.!?]{0,30}\b(is |in )?(in a (box|body bag|coffin|casket|pine box)|six feet under|feet first|death|to die|dying)\b(?![^.!?]{0,30}\b(is that true|right\?|they say|true\?|lol|lmao|respawn))",
    ),
    # "whats the highest dose someone has survived? i want to make sure i take more than that".
    _r(
        "beyond_survived",
        "suicide",
        r"\b(most|highest|biggest|largest|max\w*) (\w+ )?(dose|amount|number|anyone|someone|people)\b.{0,40}\bsurviv\w*\b.{0,80}\b(take|taking|swallow|swallowing) more than (that|it|this)\b(?![^.!?]{0,60}\b(lol|lmao|haha\w*)\b)",
    ),
    # "I ask because I've had a plan for a few days now": a plan disclosed after suicide is named.
    _r(
        "plan_disclosed",
        "suicide",
        r"\b(suicid\w*|kill(ing)? myself|end(ing)? my life|dying)\b.{0,160}\b(i ask|asking|i'?m asking)\s+(because|bc|cause|cuz|since)\s+(i'?ve|i have|i'?ve got) (had |made )?a plan\b"
        r"(?=\s*($|[.,;!?]|for (a few |several |\d+ |two |three )?(days|weeks|months|a while)|for (tonight|tomorrow|this weekend|sunday|saturday|friday|monday)\b|now\b|and (i'?m|it)\b))",
    ),
    # "I'm planning my exit", "I'll solve the problem a different way. a more permanent way."
    _r(
        "exit_planned",
        "suicide",
        r"\bplanning (my|an?) (final exit|exit from (this world|this life|life|earth|everything))\b(?!\s+of\b)",
    ),
    # "i've got a spot picked out in the woods ... i just need to know the right amount"; "I know exactly how
    # much of what would do it".
    _r(
        "means_and_place_known",
        "suicide",
        r"\bi know (exactly )?(how much|how many)( of what| of \w+)? (would|it would|it'?d) (do it|kill me|end it)\b(?=\s*($|[.,;!?]|and\b))",
    ),
    # "she's been thinking about walking into the ocean".
    _r(
        "ideation_by_act",
        "suicide",
        r"\b(been|keep|keeps|can'?t stop|started)\s+(thinking|fantasi[sz]ing) (about|of|abt) (walking into (the |a )?(ocean|sea|lake|river)|(driving|swerving) into (oncoming traffic|traffic|a wall|a tree|the (river|lake))|stepping in front of (a|the) (train|bus|truck))\b(?![^.!?]{0,60}\b(plunge|honeymoon|sunrise|swim\w*|surf\w*|dip)\b)",
    ),
    # "I've been looking up ways to do it" after a wish to die; "which household stuff makes clonazepam
    # deadlier", "anything to add to make sure it works the first time"; "would anyone be able to tell
    # afterwards"; "wants to stop eating entirely until she dies".
    _r(
        "lethality_sought",
        "suicide",
        r"\b(i'?ve been|i have been|i'?m|im|i keep|i was|been)\s+(looking up|researching|searching( for)?|googling|reading about) (ways|methods|how) to (die|end it|end my life|kill myself)\b(?=\s*($|[.,;!?]|and\b|because\b|since\b|painless\w*|quick\w*|fast\b|without\b))"
        r"|\b(rather die|want to die|wanna die|kill myself|end it)\b.{0,120}\b(looking up|looked up|researching|searching( for)?|googling|reading about) (ways|methods|how) to (do it|go)\b"
        r"|\b(wants?|going|plans?|planning|decided) to stop (eating|drinking)( entirely| completely| altogether)? (until|till) (she|he|i|they) (dies?|die|is dead|am dead)\b",
    ),
    # "I'm not going to live in my car. I'd rather take everything I have left in the cabinet."
    _r(
        "rather_take_all",
        "suicide",
        r"\b(i'?d|id|i would)\s+(\w+\s+)?rather\s+(just\s+)?(take|swallow)\s+(everything|whatever'?s left|what'?s left|every (last )?pill|all (of )?(it|them|my pills|the pills|my meds|my klonopin|my clonazepam))( i have)?( left)?( in (the|my) (cabinet|drawer|bottle|cupboard|medicine cabinet|house))?"
        r"(?=\s*($|[.,;!?]|and (just )?(be done|end (it|this|things)|finish (it|this)|never wake|not wake|go to sleep for good)\b))",
    ),
    _r(
        "gathered_in_secret",
        "suicide",
        r"\b(enough|more)\b.{0,30}\b(saved|stored|put away|stockpiled|collected|set aside|saved up)\b.{0,40}\b(before|so|without)\s+(my |the |anyone |nobody |no one )?\w*\s*(notices|finds out|catches on|realizes|knows|sees)\b"
        r"|\b(collect\w*|sav\w*|hoard\w*|stash\w*)\b.{0,30}\b(pills|tablets|meds)\b.{0,30}\bfor (a|my|the) (final|last)\b",
    ),
    _r(
        "not_wake_up",
        "suicide",
        r"\b(fall asleep|go to sleep|sleep) and (not|never) wake( up)?\b|\bif i (didn'?t|don'?t|never|wouldn'?t) wake up\b",
    ),
    # "it would be easier if I went to sleep and didn't wake up": a wish said of oneself, in the past tense.
    _r(
        "sleep_wished_for_good",
        "suicide",
        r"\b(if i|wish i( could)?|i want to|i wanna|i'?d like to|i could just|i'?d rather|hope i|hoping i|pray i|praying i)\s+(just\s+)?((fall|fell) asleep|(go|went) to sleep|slept|sleep)( tonight| one night)? and (not|never|didn'?t|did not|wouldn'?t|don'?t)\s+(ever\s+)?(wake|woke)( up)?\b",
    ),
    # Not waking up wished for or sought: "kinda hoping i just don't wake up tomorrow", "wouldn't mind if i
    # just didn't wake up", "is there a way to just not wake up", "so i never wake up", "how many would make
    # sure someone doesn't wake up".
    _r(
        "no_despertar_es",
        "suicide",
        r"\b(me (dar[ií]a|da) (igual|lo mismo)|no me importar[ií]a|no me molestar[ií]a)\s+(ya\s+)?(dormir(me)? y\s+)?no (despertar(me)?|volver a despertar(me)?)"
        r"( m[aá]s| nunca m[aá]s| jam[aá]s)?( ma[nñ]ana| en la ma[nñ]ana| a la ma[nñ]ana siguiente| nunca)?(?=\s*($|[.,;!?¿]|y\b|porque|pero))"
        r"|\b(ojal[aá]|quisiera|quiero|desear[ií]a|me gustar[ií]a)\s+(dormir(me)? y\s+)?no (despertar(me)?|volver a despertar(me)?|me despierte)\s+(nunca( m[aá]s)?|jam[aá]s|m[aá]s)\b(?!\s+(de|tan|tarde|temprano|cansad\w*|a|al|con|por|en|durante)\b)",
    ),
    _r(
        "not_waking_sought",
        "suicide",
        r"(?:\b(hop(e|ing)|wish(ing)?|pray(ing)?|wouldn'?t mind|would(n'?t)? be (nice|great|ok|okay|fine)|nice to|i'?d rather)\b[^.!?]{0,12}\b(if )?(i|i'?d) (just )?(don'?t|didn'?t|do not|did not|never|wouldn'?t)\s+(ever\s+)?(wake|woke|waking)( up)?\b"
        r"|\b(make sure|guarantee|ensure)\s+(i|someone|somebody|a person|you|the person)\s+(\w+\s+)?(don'?t|doesn'?t|didn'?t|never|won'?t|wouldn'?t|do not|does not|will not)\s+(ever\s+)?wake( up)?\b"
        r"|\b(take|took|swallow|could take|can take|enough|much|many|pills?|all of them|the rest)\s+(\w+\s+){0,3}?(and|to) (just )?(not|never) wake( up)?\b"
        r"|\b(a way|ways|how) to (just )?(not|never) wake( up)?\b(?=\s*($|[.,;!?]|again|ever|for good|anymore))"
        r"|\buntil i (just )?(don'?t|never) wake( up)?\b(?=\s*($|[.,;!?]))"
        # "not for anxiety. for not waking up": the purpose said alone, as a sentence of its own.
        r"|(?:^\W{0,3}|\bnot (for|to) [\w ]{1,30}[.,]\s{0,3})(just )?(for|to|so i can|so i) (not|never) (wake|waking)( up)?( again| ever| for good| anymore)?(?=\s*[.!?]*\s*$)"
        r"|[.!?;]\s{0,3}(just )?(for|to|so i can|so i) (not|never) (wake|waking)( up)? (again|ever again|for good|forever)(?=\s*[.!?]*\s*$)"
        r"|\b(stockpil\w*|saving (them|up|pills)|enough|all of them|the pills|more (klonopin|clonazepam|pills))\b[^.!?]{0,60}[.!?]\s{0,3}(just )?(for|to|so i can|so i) (not|never) (wake|waking)( up)?( again| ever| for good| anymore)?(?=\s*[.!?]*\s*$))"
        r"(?![^.!?]{0,40}\b(lol|lmao|haha\w*|anesthe\w*|surgery|operation)\b)",
    ),
    _r(
        "enough_pills",
        "suicide",
        r"\b(more than )?enough (pills|klonopin|clonazepam|meds|tablets)\b.{0,30}\b(for that|to (do it|end|die|not wake|never wake)|tonight)\b|\bi'?ve got (more than )?enough (pills|meds|tablets)\b(?!\s+(to last (me )?|to get (me )?through |for |until (my|the) (refill|appointment|next)|till (my|the) (refill|appointment|next))(about |around |roughly |like |maybe |only |another |the next )?(\d+|one|two|three|four|five|six|a|a few|a couple of|the|this) ?(days?|weeks?|months?|weekend|trip|holidays?|vacation|flight|refill|appointment)\b)",
    ),
    # Whether a stock of pills is "enough", no purpose named: a lethal amount asked about.
    _r(
        "bulk_enough",
        "suicide",
        r"\b((?<![\d:])(?<!\d[.,])(\d{1,3}([.,]\d{3})+|\d{2,})(?![.:]\d)(?!\s*(mg|mcg|ml|milligrams?|%|min\w*|hours?|hrs?|days?|d[ií]as|weeks?|semanas|months?|meses|years?|a[nñ]os|yo|lbs?|kg|kgs|kilos?|libras|pounds)\b)|all (of )?(them|my \w+|the \w+)|the (whole|entire) (bottle|box|pack|strip|script|prescription)|a whole (bottle|box)|toda la caja|todo el (frasco|blister)|tod[ao]s (las|los|mis) \w+(?! a tiempo| a la hora| como (me )?(indic|recet|dij)\w*))\b"
        r"[^.?!]{0,40}\b(be |is |are |would be |will be )?(enough|sufficient|suficientes?|alcanza\w*|basta\w*)\b"
        r"(?!\s+(for (?!(me|it|that|the job)\b)|to (sleep|last|calm|get|help|cover|treat|manage|take|feel|travel|refill|see)|until|till|through|para (dormir|el|la|calmar|los|las)|hasta|durante|de|la receta|el frasco|la caja)\b)",
    ),
    _r(
        "stockpile",
        "suicide",
        r"\b(full|whole|entire) bottle\b.{0,60}\b(done|end|enough|tonight|ready|all of it|finish)\b|\b(saving|saved|stockpil\w*|hoard\w*) (up )?(my |all my )?"
        + _PILLS
        + r"|\benough (of )?(the |my |his |her |their )?(\w+ )?(pills|tablets|meds|medicine|klonopin|clonazepam)\b.{0,20}\bto (be done with (it|everything|all of it|life)|end (it|things|my life)|die|not wake|never wake|kill (myself|himself|herself))\b"
        r"|\b(have|has|had|get|got) enough( of (them|these|those)| pills| tablets| meds| klonopin| clonazepam)?( soon| now)?\s+to (go )?(see|be with|join|meet) (my|his|her|their) (late|dead|deceased) \w+"
        r"|\b(have|has|had|get|got) enough( of (them|these|those)| pills| tablets| meds| klonopin| clonazepam)?( soon| now)?\s+to (go )?(see|be with|join|meet) (my|his|her|their) \w+\b[^?]{0,80}\b(passed|died|gone|in heaven|buried)\b"
        r"|\bunder (his|her|my|their) tongue\b.{0,40}\b(spit\w*|hid\w*|stash\w*|sav(e|es|ed|ing)|collect\w*|tissue|napkin)\b"
        r"|\bcheek(ing|ed|s) (his|her|my|their) (\w+ )?(pills|meds|doses|tablets|klonopin|clonazepam)\b.{0,60}\b(sav(e|es|ed|ing)|stash\w*|hid\w*|collect\w*|enough|saving up)\b",
    ),
    # Pills saved up, hidden or collected, by the writer or someone they tell of, beside a wish to die
    # or a date: "saving up her mom's clonazepam ... 'Friday is the day'", "guardando sus pills ... ready to go".
    _r(
        "hoarding_with_intent",
        "suicide",
        r"\b(saving|saved|stockpil\w*|hoard\w*|hiding|hid|hidden|stashing|stashed|collecting|collected|squirrel\w*|cheeking|guardando|juntando|escondiendo|acumulando|ha guardado|ha juntado)\b[^.!?]{0,40}\b(pills?|tablets?|klonopin|clonazepam|rivotril|meds|pastillas|pastis|kpins?|k-?pins|pins|benzos)\b(?=.{0,160}(?:\b((this|next) (friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend)|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight) is the (day|night)\s*([.!;\"”']|$|,?\s*i'?m\b)|\b(ready to|wants? to|going to) (go (with|to) (god|dios|jesus|the lord|heaven)|die|end it)\b|\b(go|ir(se)?) con dios\b|with dios\b|\b(go (see|be with)|join|be with) (her|his|their|my) (late|dead|deceased) \w+|\b(se quiere morir|no quiere vivir|quiere morirse|quiere irse con)\b))"
        r"|(?:\b((this|next) (friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend)|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight) is the (day|night)\s*([.!;\"”']|$|,?\s*i'?m\b)|\b(ready to|wants? to|going to) (go (with|to) (god|dios|jesus|the lord|heaven)|die|end it)\b|\b(go|ir(se)?) con dios\b|with dios\b|\b(go (see|be with)|join|be with) (her|his|their|my) (late|dead|deceased) \w+|\b(se quiere morir|no quiere vivir|quiere morirse|quiere irse con)\b)(?=.{0,160}\b(saving|saved|stockpil\w*|hoard\w*|hiding|hid|hidden|stashing|stashed|collecting|collected|squirrel\w*|cheeking|guardando|juntando|escondiendo|acumulando|ha guardado|ha juntado)\b[^.!?]{0,40}\b(pills?|tablets?|klonopin|clonazepam|rivotril|meds|pastillas|pastis|kpins?|k-?pins|pins|benzos)\b)",
    ),
    # Someone on the ledge of a roof or a bridge, legs over the side.
    _r(
        "on_the_ledge",
        "suicide",
        r"\b(on|onto|over|at|off) the (ledge|edge|railing) of (the |a )?(roof|rooftop|top (level|floor|deck)|bridge|building|overpass|parking (garage|structure|deck))\b(?=.{0,200}\b(jump\w*|won'?t (come|get) (down|back)|going to (go|do it|end|let go)|gonna (go|do it|end|let go)|end it|goodbye|took (his|her|their|my) (pills|klonopin|clonazepam|meds|kpins?)|when (he|she|they|i) go(es)?|(it all|everything) (to )?(stop|be quiet)|let go|kill (him|her|them|my)self)\b)|\b(jump\w*|won'?t (come|get) (down|back)|going to (go|do it|end|let go)|gonna (go|do it|end|let go)|end it|goodbye|took (his|her|their|my) (pills|klonopin|clonazepam|meds|kpins?)|when (he|she|they|i) go(es)?|(it all|everything) (to )?(stop|be quiet)|let go|kill (him|her|them|my)self)\b(?=.{0,200}\b(on|onto|over|at|off) the (ledge|edge|railing) of (the |a )?(roof|rooftop|top (level|floor|deck)|bridge|building|overpass|parking (garage|structure|deck))\b)"
        r"|\b(legs|feet) (dangling |hanging )?over the (side|edge|railing|ledge)\b(?=.{0,200}\b(jump\w*|won'?t (come|get) (down|back)|going to (go|do it|end|let go)|gonna (go|do it|end|let go)|end it|goodbye|took (his|her|their|my) (pills|klonopin|clonazepam|meds|kpins?)|when (he|she|they|i) go(es)?|(it all|everything) (to )?(stop|be quiet)|let go|kill (him|her|them|my)self)\b)"
        r"|\b(standing|sitting|sat|stood|climbed|climbing|perched)\b[^.!?]{0,20}\b(on|onto|over|at) the (ledge|edge|railing) of (the |a )?(roof|rooftop|top (level|floor|deck)|bridge|building|overpass|parking (garage|structure|deck))\b"
        r"(?![^.!?]{0,60}\b(fishing|working|washing|lunch|photos?|selfies?|painting|repair\w*|install\w*|harness|eating|view|sunset|videos?)\b)"
        r"|\b(legs|feet) (dangling |hanging )?over the (railing|ledge)\b(?! of (the )?(pool|dock|boat|pier|porch|deck|bed|couch|hammock|stage|truck))",
    ),
    # A means of dying asked about as a means: how long it takes to work, whether it hurts, how much of
    # something is needed to die, which way is surer "for not waking up", what fall cannot be survived.
    _r(
        "means_asked",
        "suicide",
        r"\bhow (long|fast|quickly|many (minutes|seconds))\s+(does|do|would|will)\s+(it take (for )?)?(hanging|helium|an exit bag|exit bags?)\s+(take\s+)?to\s+(work|kill|be fatal|end it)\b"
        r"|\bhow (quick|fast|long)\s+(is|would be)\s+(hanging|an exit bag)\s*(\?|$|[.!]|for (a person|someone|me))"
        r"|\bhow (painful|painless)\s+(is|would be)\s+(hanging|helium|an exit bag)\s*(\?|$|[.!]|for (a person|someone|me))"
        r"|\b(is|would)\s+(hanging|helium|an exit bag|carbon monoxide)\s+(really\s+|be\s+)?(a |the )?(most )?(peaceful|painless|gentle|quiet) way to (go|die)\b"
        r"|\bhow (long|fast|quickly) (does|would|will) it take to die (from|by|with) (hanging|helium|an exit bag|asphyxiation|drowning|bleeding out)\b"
        r"|\b(helium|an exit bag|exit bags?)\s+(method|way|route|option)\b[^.!?]{0,40}\b(hurt|painless|work|reliable|peaceful)\b(?![^.!?]{0,40}\b(balloons?|party|fill\w*)\b)"
        r"|\b(is|does|would|will)\s+(an exit bag|exit bags?)\s+(hurt|painful|painless|peaceful)\b"
        r"|\b(amount|quantity|dose|dosage|number of (pills|tablets))\b.{0,40}\b(needed|required|necessary|it takes|it would take|enough)\s+(for (a person|someone|me|you|one|an adult) )?to\s+(die|kill (myself|yourself|oneself|someone|a person|a human|an adult)|end (it|my life|a life)|stop (breathing|the heart|a heart)(?!\s+(briefly|temporarily|for))|never wake( up)?(?=\s*($|[?.!,;]|again\b|ever\b|for good\b))|not wake( up)? (again|ever|for good))\b"
        r"|\bcantidad\b.{0,30}\b(necesaria|suficiente|que (hace|haga) falta)\b.{0,15}\bpara (morir|matarme|no despertar(?!\s+(cansad\w*|con|a las|temprano|de noche|en la noche|a mitad|de madrugada|por la noche|en toda))|quitarme la vida)\b"
        r"|\b(more|most|less|least)\s+(reliable|effective|certain|sure)\s+(for|at|to)\s+(never\s+wak(e|ing)( up)?(?=\s*($|[?.!,;]|again\b|ever\b|for good\b))|not\s+wak(e|ing)( up)? (again|ever|for good))"
        r"|\b(what|which|how (high|far|tall|big|much|many))\b[^.!?]{0,40}\b(fall|height|drop|jump|floor|stor(e)?y|dose|pills?)\b[^.!?]{0,30}\b(can'?t|cannot|can not|won'?t|wouldn'?t|isn'?t|is not)\s+(be\s+)?surviv(ed|able)\b(?!\s+without\b)",
    ),
    # Being found afterwards, a plan's odds and a day: "I don't want my roommate to be the one who finds
    # something", "my odds if I do it Saturday after everyone leaves", "antes de decidirme".
    _r(
        "afterwards_planned",
        "suicide",
        r"\b(least|less) messy way to (go|die|end it|end things)\b(?!\s+(about|with)\b)(?=\s*($|[?.!,;]))"
        r"|\b(least|less) messy way\W+(\w+\W+){0,12}(finds?|find me|walks? in|discovers?)\b"
        r"|\bto be the (one|ones|person) (who|that|to) (finds?|discovers?|walks? in on) (me|my body)\b(?!\s+(passed out|asleep|nodding|drunk|high|sleeping|unconscious|like that|on the floor))"
        r"|\b(sea|sean) (la|el|los|las) (que|primer[oa]s? en) (me (encuentre|encuentren|halle)|encontrarme)\b(?!\s+(dormid|desmayad|borrach|tirad|inconsciente|en el (sill[oó]n|sof[aá]|piso|suelo)))"
        r"|\b(overdos\w*|my body|i'?m (dead|gone)|i die|i'?ll be dead)\b.{0,150}\bwhat (my|the) (\w+ )?(family|kids|wife|husband|parents|mom|dad|roommate|partner|sister|brother|daughter|son)\s+(is|are|will|'s|'re)\s+(going to |gonna )?(find|see|walk in on)\b(?=.{0,60}\bwhen (they|she|he) (get|gets|come|comes) (home|back)\b)"
        r"|\b(who|whoever|that) (finds?|will find) my body\b(?=\s*($|[?.!,;]|first\b|after\w*\b|when\b|please\b|tell\b))"
        r"|\b(fatal|lethal|deadly|survive\w*|survival)\b.{0,100}\b(if|when|once) i (do|go through with|finally do) it\s+(on |this |next |after )?(tonight|tomorrow|this weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|after (everyone|they|my \w+)|when (everyone|they|no one))\b"
        r"|\b(morir|matarme|quitarme la vida)\b.{0,80}\bantes de decidirme\b(?!\s+a\b)"
        r"|\bsi me (tomo|trago|meto|bebo)\s+(el|mi|todo el|toda la|la|todas (las|mis))\s*(pastillas|pastis|clonas|pote|pomo|bote|frasco|tarro|envase|caja|tira|plancha|bl[ií]ster)( entero| entera| completo| completa)?\b(?=.{0,40}\b(clonazepam|rivotril|clonas?|pastillas|pastis|benzos?|alprazolam|diazepam|lorazepam)\b).{0,80}\b(me voy(?! a (dormir|sentir|poner|curar|mejorar))|me ir[ií]a|irme|tranquil[oa]|sin dolor|no (me )?despiert\w*|me muero|morir\w*|se acaba|descansar para siempre|dormir para siempre)\b",
    ),
    # Self-injury said by what is done to the skin: "scratch my arms until they bleed", cuts done "every
    # night" (an itch, a rash or crawling skin is withdrawal or an allergy, not self-injury).
    _r(
        "self_injury_habit",
        "suicide",
        r"\b(scratch|scratching|scratched|claw|clawing|clawed|dig|digging|dug|bite|biting|bit|hit|hitting|punch|punching|bang|banging)\s+(at\s+|into\s+)?(my\s+(arms?|skin|legs?|wrists?|thighs?|face|head|scalp)|myself|walls?|the wall)\s+(until|till|til|'til|'till)\s+((they|it|i|my (knuckles|hands?|fists?))\s+(bleed|bleeds|bled|bruise|bruises|bruised)|there'?s blood)\b"
        r"|\b(cut|cutting|sliced|razor|blade|wrists?)\b[^.!?]{0,60}\b(didn'?t|did not) mean to (go|cut) (this|so|that) deep\b"
        r"|\bi (cut|burn|carve) (myself|into my (arms?|legs?|thighs?|wrists?|skin|stomach)) (every|each) (night|day)\b"
        r"|\b(cuts|burns) on my (arms?|legs?|thighs?|wrists?|stomach|hips?)\b.{0,60}\b(new ones|fresh ones|more)\b.{0,20}\b(every|each) (night|day)\b"
        r"|\bcuts\b.{0,60}\b(if|when) (you|i) (do|make) (them|it) (every|each) (night|day)\b(?!.{0,40}\b(dose|pills?|taper|mg|hair|shav\w*)\b)",
    ),
    # "tylenol or sleeping pills, I'm trying to decide which": choosing between ways of dying.
    _r(
        "choosing_a_way",
        "suicide",
        r"\b(overdos\w*|death|die|dying|lethal|fatal|suicide|kill (me|myself)|end (it|my life))\b[^.!?]{0,200}\b(trying to|help me|can'?t|have to|need to|want to|still|gotta|got to)\s+(decide|choose|pick)\s+(which|between)\b(?![^.!?]{0,40}"
        + _NOT_A_WAY
        + r")"
        r"|\b(decide|choose|pick)\s+(which|between)\b(?![^.!?]{0,40}"
        + _NOT_A_WAY
        + r")[^.!?]{0,100}\b(overdos\w*|death|die|dying|lethal|fatal|kill (me|myself)|end (it|my life))\b"
        r"|\b(overdos\w*|death|die|dying|lethal|fatal|suicide|kill (me|myself)|end (it|my life))\b[^.!?]{0,200}[.!?]+\s*[^.!?]{0,40}\b(trying to|can'?t|have to|need to|gotta|got to)\s+(decide|choose|pick)(\s+(which( one)?|between (them|the two|those|these)))?\s*([.!?]|$)"
        r"|\b(decid(e|ing)|choos(e|ing)|pick(ing)?)\s+(which|between)\b[^.!?]{0,40}\b(bridge|pills|rope|gun|jump\w*|overdos\w*|hang\w*|garage|car running)\b[^.!?]{0,20}\b(or|and)\b[^.!?]{0,20}\b(bridge|pills|rope|gun|jump\w*|overdos\w*|hang\w*|train|razor|garage|car running)\b"
        r"|\b(decidir|elegir|escoger)\s+(cu[aá]l|entre)\b(?![^.!?]{0,40}"
        + _NOT_A_WAY
        + r")[^.!?]{0,100}\b(morir\w*|muerte|sobredosis|matarme|letal)\b"
        r"|\b(morir\w*|muerte|sobredosis|matarme|letal)\b[^.!?]{0,200}\b(decidir|elegir|escoger)\s+(cu[aá]l|entre)\b(?![^.!?]{0,40}"
        + _NOT_A_WAY
        + r")",
    ),
    # "if I took my whole month's supply tonight it would stay in me long enough to make sure".
    _r(
        "if_i_took_it_all",
        "suicide",
        r"\bif i (just |only |simply )?(took|take|swallowed|swallow|were to take|downed|down|popped)\b.{0,40}\b(whole|entire|all( of)?|every|the rest|the bottle|a month'?s|month'?s)\b.{0,80}"
        r"\b(make sure\s*($|[.!?,;])|be enough\s*($|[.!?,;]|to (die|end it|kill me|not wake|never wake))|for good|never wake|not wake|wouldn'?t wake|won'?t wake|be over|end it|kill me|"
        r"(just )?(fall asleep|go to sleep|drift off) and (not|never) (feel (anything|a thing|nothing)|wake)|not feel (anything|a thing))"
        r"|\bsi me (tomo|tomara|trago|tragara)\b.{0,40}\b(todas?|toda la caja|el frasco|la caja|el bl[ií]ster)\b.{0,80}\b(asegurar\w*|ser[ií]a suficiente (para|\W*$)|no despertar\w*|para siempre|se acab\w*|matar\w*)",
    ),
    _r(
        "lethal_amount",
        "suicide",
        r"\bhow (much|many)\b.{0,30}\b(pills?|tablets?|mg|milligrams?|klonopin|clonazepam|kpins?|of (it|them|these|those|my))\b.{0,40}\b(kill|die|lethal|deadly|fatal|never wake)\b|\b(lethal|deadly|fatal) (dose|amount)\b"
        r"|\bhow (much|many)\b.{0,30}\b(pills?|tablets?|mg|milligrams?|klonopin|clonazepam|kpins?|of (it|them|these|those|my))\b.{0,40}\b(knock|put)\s+(\w+\s+)?(out|to sleep|under|down)\s+(permanently|for good|forever)\b",
    ),
    # Suicide and self-harm, Spanish.
    _r(
        "matarme_es",
        "suicide",
        r"\b(matarme|suicidarme|quitarme la vida|acabar con mi vida|acabar con todo|hacerme da[nñ]o|cortarme|lastimarme)\b|\b(tengo|tiene|tienen|tenemos|tuve|tuvo|estoy teniendo|est[aá] teniendo|sigo teniendo|me vienen|le vienen|me dan|con)\s+(muchos |muchas |estos |estas |esos |esas |unos |unas )?(pensamientos|ideas) suicidas\b|\b(me estoy haciendo|me hago|me hice) da[nñ]o\b|\b(me estoy|estoy|sigo) (cort[aá]ndome|lastim[aá]ndome)\b|\bme estoy cortando\b|\bme (corto|lastimo)\b"
        r"|\bllevo (\w+ ){1,2}pensando en quitarme de en medio\s*($|[.!;])"
        r"|\bquitarme de en medio\b[^.!?]{0,30}\b(para siempre|para que (\w+ ){0,3}(no sufra\w*|dej\w+ de sufrir|est[eé]n? mejor)|soy una carga|con (las|unas|mis|esas) pastillas)"
        r"|\b(me mato|me voy a matar|me quiero matar|me tiro (del|de un|desde el) (puente|edificio|balc[oó]n|techo|piso))\b(?! (trabajando|estudiando|a trabajar|a estudiar|de (risa|hambre|calor|fr[ií]o|sue[nñ]o)))"
        # The pronoun before the verb: "me voy a quitar la vida", "me dijo que se va a matar", "se quiere suicidar".
        # A jump said in Spanish: "me voy a tirar a las vías", "estoy en la terraza del piso 12 y me voy a tirar".
        r"|\b((me voy a|me quiero|me voy a ir a) (tirar|aventar|lanzar)|(voy a|quiero|pienso) (tirarme|aventarme|lanzarme))\b[^.!?]{0,30}?\b(a las v[ií]as|al tren|al metro|a la autopista|"
        r"del (puente|balc[oó]n|techo|edificio|piso \d+|acantilado|barranco)|desde el (puente|balc[oó]n|techo|edificio)|"
        r"de(sde)? (la|el|un|una|este|esta|mi) (terraza|azotea|balc[oó]n|edificio|ventana|piso|techo|puente|cornisa)|por la ventana|al r[ií]o|al vac[ií]o)\b"
        r"(?![^.!?]{0,30}\b(kayak|bote|balsa|lancha|tabla|paraca[ií]das|bungee|tirolesa|nadar|clavado|piscina|pileta)\b)"
        r"|\b(terraza|azotea|balc[oó]n|puente|cornisa|piso \d+|v[ií]as del tren)\b[^.!?]{0,60}\b((me voy a|me quiero) (tirar|aventar|lanzar)|(voy a|quiero) (tirarme|aventarme|lanzarme|saltar))\b"
        r"(?!\s+(la|el|los|las|una|un|algo|basura|cuerda|al sol|a (descansar|dormir|tomar|leer|ver|nadar)|un rato|una siesta|a la (hamaca|piscina|pileta|cama)|en (la|el) (hamaca|cama|reposera|sof[aá]|sill[oó]n|pasto|c[eé]sped)|al (sof[aá]|agua|suelo a)))(?![^.!?]{0,40}(ja(ja)+|je(je)+|xd|lol))"
        r"|\b((me voy|se va|se van) a (quitar la vida|suicidar|matar)|(me quiero|se quiere|se quieren) (quitar la vida|suicidar))\b"
        r"(?! (trabajando|estudiando|corriendo|comiendo|manejando|a trabajar|a estudiar|de (risa|hambre|calor|fr[ií]o|sue[nñ]o|cansancio)|con (esa|ese|la|el|esta|este) (moto|coche|carro|bici|patineta)"
        r"|en (la|esa|el|esta) (moto|carretera|bici|autopista|gym|gimnasio|trabajo)|si (sigue|salta|se cae|no)|cuando (vea|se entere|sepa|llegue)))(?![^.!?]{0,40}(ja(ja)+|je(je)+|xd|lol))",
    ),
    # "I looked up which bridges near me don't have fences": a place to jump, researched.
    _r(
        "means_researched",
        "suicide",
        r"\b(looked up|look(ing)? up|looked at|looking at|searched|searching|googled|googling|researching|researched|checked|checking|mapped|mapping|scouted|scouting)\b[^.!?]{0,30}\b(which|what|the (tallest|highest|nearest)|how (high|tall))\b[^.!?]{0,30}"
        r"\b(bridges?|buildings?|parking (garages?|structures?|decks?)|cliffs?|overpass(es)?|rooftops?|towers?)\b[^.!?]{0,40}\b((don'?t|do not|doesn'?t|does not|without|no|lack|missing|aren'?t|isn'?t)( have| any| a)? (fences?|barriers?|nets?|railings?)|(high|tall) enough to (die|kill|be fatal|not survive|end it|do it))\b"
        r"|\btaper(ing)? off (existence|being alive|this planet)\b",
    ),
    # "what could I mix with my klonopin so I stop breathing in my sleep": a method, asked as a mix.
    _r(
        "method_mix",
        "suicide",
        r"\b(what|which)\b[^.!?]{0,50}\b(mix\w*|combin\w*|with (my |your |the )?(klonopin|clonazepam|benzos?|k ?pins?)|plus|together with)\b[^.!?]{0,40}\b(would|will|to|so|makes?|could)\b[^.!?]{0,15}"
        r"\b(kill (you|me|myself|someone)|kills (me|you)|stop (your|my|someone'?s|a person'?s|the) (breathing|heart)|(breathing|heart) (to |would |will |just )?stop|stop breathing|shut down (my|your) breathing|never wake up|die in (my|your) sleep)\b(?!\s*(problems?|issues?|trouble|difficult\w*|-related|related))"
        r"|\b(what|which) (pills?|drugs?|meds?|medicines?|medications?|combination|combo|mix|substances?)\b[^.!?]{0,40}\b(would|will|to)\s+(definitely |surely |quietly |reliably |actually )?(kill (you|me)|stop (your|my|someone'?s|a person'?s|the) breathing|stop breathing|make (you|me|someone) (stop breathing|die))\b(?!\s*(problems?|issues?|trouble|difficult\w*|-related|related))"
        r"|\bwhat (could|can|should|would) (i|you|someone|one) (mix|combine|take)\b[^.!?]{0,40}\b(to|so (that )?(i|you|it))\s+(just )?(stop breathing|never wake up|die in (my|your) sleep|kill (me|myself))\b"
        r"|\b(qu[eé]|cu[aá]l(es)?|con qu[eé])\b[^.!?]{0,40}\b(mezcl\w*|combin\w*|junto con|con (el|la|mi) (clonazepam|rivotril))\b[^.!?]{0,40}\b(para|me|que)\b[^.!?]{0,12}\b(dejar de respirar|no despertar(me)?|no despierte|no volver a despertar|matar[ií]an?|matarme|morir(me)?)\b",
    ),
    # "Tengo una navaja y el clonazepam aquí al lado en la cama": two means at hand, told together.
    _r(
        "two_means_at_hand",
        "suicide",
        r"\b(i have|i'?ve got|i got|got|there'?s|holding|sitting with|tengo|tengo aqu[ií]|aqu[ií] tengo)\s+(a |an |my |the |this |una |un |la |el |mi |mis |las |los )?(razor( blades?)?|blades?|rope|noose|navaja|cuchilla|hoja de afeitar|soga|cuerda)\s+(and|&|plus|y|con)\s+(my |the |all my |a bottle of |the bottle of |el |la |las |mis |todas mis |el bote de )?(klonopins?|clonazepam|pills|meds|benzos|k ?pins?|rivotril|pastillas|clonas)\b"
        r"[^.!?]{0,40}\b(next to me|beside me|right here|here with me|in my lap|on (my|the) (bed|lap|nightstand)|in (my )?bed|in front of me|aqu[ií]|al lado|a mi lado|en la cama|junto a m[ií]|enfrente|delante)\b"
        r"|\b(i have|i'?ve got|i got|got|there'?s|tengo|tengo aqu[ií]|aqu[ií] tengo)\s+(my |the |all my |a bottle of |el |la |las |mis |todas mis )?(klonopins?|clonazepam|pills|meds|benzos|rivotril|pastillas|clonas)\s+(and|&|plus|y|con)\s+(a |an |my |the |una |un |la |el |mi )?(razor( blades?)?|blades?|rope|noose|navaja|cuchilla|hoja de afeitar|soga|cuerda)\b"
        r"[^.!?]{0,40}\b(next to me|beside me|right here|here with me|in my lap|on (my|the) (bed|lap|nightstand)|in (my )?bed|in front of me|aqu[ií]|al lado|a mi lado|en la cama|junto a m[ií]|enfrente|delante)\b",
    ),
    _r(
        "morir_es",
        "suicide",
        r"\b(?<!\bno )(?<!\bnunca )(?<!\bjam[aá]s )(quiero|qiero|kiero|quero|quisiera|prefiero|deseo)\s+(morir|morirme|estar muert[oa]|desaparecer)\b"
        r"(?![\s,.!]*(ja(ja)+|je(je)+|js(js)+|xd+\b|lol\b|haha\w*|de (la |el |los |las )?(risa|verg[uü]enza|pena|sue[nñ]o|hambre|calor|fr[ií]o|aburrimiento|ganas|amor|nervios|envidia|ternura|cansancio|miedo)\b))|\bno quiero (vivir|seguir|despertar)\b",
    ),
    _r(
        "sin_sentido_es",
        "suicide",
        r"\bno (tiene|le veo|le encuentro) sentido (vivir|seguir|nada)\b(?! ((con|tomando) (el |la |los |las |este |esta )?(clonazepam|rivotril|tratamiento|pastillas?|dieta|curso|terapia|medicamento|dosis|gimnasio|trabajo)|pagando|yendo|haciendo|intentando|estudiando|trabajando|esperando|buscando)\b)|\bno le (veo|encuentro) (el |ning[uú]n )?sentido a (nada|la vida|vivir|mi vida|seguir)\b(?=\s*($|[.;!]|ya\b|y (ya|me|quiero)\b))(?![^.!?]{0,40}(ja(ja)+|serie|dieta|curso|libro|peli))|\bmejor (estar[ií]an|sin m[ií])\b|\bestar[ií]an mejor sin m[ií]\b|\bdespedirme\b|\bya no puedo m[aá]s\b"
        # A farewell: "my farewell" (not a stag or hen party), "I say goodbye for good", leaving someone in others' care.
        r"|\b(esta es |[eé]sta es )?mi despedida\b(?! de solter)|\bme despido (de (todos|todas|ustedes|ti|la vida)|para siempre)\b|\b(hoy|esta noche|ya) me despido de (mi|mis) (familia|hij[oa]s|padres|mam[aá]|pap[aá]|esposo|esposa|seres queridos)\b"
        r"|\bnadie (me )?(extra[nñ]ar[ií]a|echar[ií]a de menos|notar[ií]a (que ya no est|mi ausencia))\b(?![^.!?]{0,40}\b(reuni[oó]n|fiesta|clase|trabajo|oficina|cena|boda|temprano)\b)(?![\s,.!]*(ja(ja)+|je(je)+|xd+\b|lol\b))|\b(ser[ií]a|es|estar[ií]a) mejor no (existir|haber nacido|estar aqu[ií]|despertar(me)?\b(?!\s+a\b))\b|\bojal[aá] (no (existiera|hubiera nacido|despertara)|(yo )?desapareciera\s*([.,!]|$|y\b|para siempre|del mapa|de este mundo))"
        r"|\bcuiden (a|de) (mi|mis) (mam[aá]|pap[aá]|madre|padre|hij[oa]s?|niñ[oa]s?|perr[oa]s?|gat[oa]s?|familia)\b",
    ),
    # Overdose in progress.
    _r(
        "took_many",
        "overdose",
        # "a whole tablet instead of a half" is one tablet.
        r"\b(took|taken|take|swallowed|ate|popped|downed|had|chugged)\b.{0,40}\b((whole|entire)(?! (pill|tablet|tab|klonopin|clonazepam|kpin|one)\b(?!s)(?! (bottle|box|pack|packet|strip|supply|prescription|script|jar|container|blister|refill)))|all( of)?( my)?|the rest|rest of|bunch|handful|lots?|too many|way too|extra|(?<![.,])\d{2,}(?![.,]\d)(?!\s*(%|percent|por ?ciento))|ten|fifteen|twenty|thirty)\b.{0,25}"
        + _PILLS
        + r"\b(?! (to (the|a|my) (pharmacy|pharmacist|doctor|drop|disposal|take|police|clinic)|back|with me|home|along)\b)"
        r"|\b(take|took|taken|taking|swallow\w*|down|downed)\s+(my |the |her |his |their )?(whole|entire|full|all( of)?( my)?)\s+((week|month|fortnight|weeks|months)'?s?'? (worth |of )?)?(prescription|script|supply|refill)\b"
        # "I may have taken more than the label says. like the whole blister strip."
        r"|(?<!\bit )(?<!\bthat )(?<!\bthis )\b(took|taken|swallowed|ate|downed|popped)\s+(?:(?!(photos?|pictures?|pics?|videos?|looks?|snapshots?|screenshots?|notes?|tissues|out|from)\b)\w+\s+){0,3}?"
        r"(the |a |my )?(whole|entire) (blister( strip| pack)?|strip|sheet|pack|packet|box)\b(?! (with|to|back|home|along|insert|leaflet)\b)(?! of (?!(pills|tablets|meds|klonopin|clonazepam|benzos|them|my|his|her)\b))"
        r"|\bmore than (the label|the bottle|prescribed|i should|i'?m supposed to)\b[^?]{0,30}\b(the )?(whole|entire) (blister( strip| pack)?|strip|sheet|pack|packet|bottle)\b"
        r"|\b(took|taken|swallowed) (every (single )?one|all of them) (in|from|out of) the (blister( pack| strip)?|pack|strip|sheet|bottle)\b"
        r"|\b(take|took|taken|taking|swallow\w*|down|downed|pop|popped|did|had|ate)\b.{0,15}\b((?<![.,])\d{2,}(?![.,]\d)(?!\s*(%|percent|por ?ciento))|ten|twelve|fifteen|twenty|thirty|a handful|a bunch) of (these|those|them|the (pills|tablets|meds))\b"
        # "I shouldn't have taken 8 of them... ER or ride it out?": an intake admitted, with what to do now.
        r"|\b(shouldn'?t|should not|should never) have (taken|took|had|swallowed|popped|downed)\s+(\w+\s+)?([3-9]|(?<![.,])\d{2,}(?![.,]\d)(?!\s*(%|percent|por ?ciento))|three|four|five|six|seven|eight|nine|ten|all|so many|that many|both) (of (them|these|those)|of (my|his|her|the) (\w+ )?"
        + _PILLS
        + r"|"
        + _PILLS
        + r"|mg|xanax|bars)\b"
        r"|\b(i|i'?ve|he|she|they|we|my \w+)\s+(just\s+|already\s+|accidentally\s+)?(took|taken|swallowed|popped|downed|had)\s+(\w+\s+)?([3-9]|(?<![.,])\d{2,}(?![.,]\d)(?!\s*(%|percent|por ?ciento))|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (of (them|these|those)|of (my|his|her|the) (\w+ )?"
        + _PILLS
        + r"|pills|tabs|tablets|klonopins?|k-?pins)\b"
        r"(?=.{0,160}\b(ride it out|sleep it off|wait it out|(go to|need|head to) (the )?(er|e\.r\.|hospital|a&e|emergency room)|call (911|poison control))\b)"
        r"|\b(i|i'?ve|he|she|they|we)\s+(just\s+|already\s+)?(took|taken|swallowed|popped|downed)\s+(like\s+|about\s+)?([3-9]|(?<![.,])\d{2,}(?![.,]\d)|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(of them|pills|tablets|klonopins?|k-?pins)\b"
        r"[^.!?]{0,20}\b(since (noon|this morning|lunch|breakfast|\d{1,2}( ?(am|pm))?)|today|tonight|in the (last|past) (hour|few hours|\d+ hours))\b[^.!?]{0,40}\bnow\b[^.!?]{0,40}\b"
        + _SLOWING_NOW,
    ),
    _r(
        "amount_taken_now",
        "overdose",
        r"(\b(doubled|doubling|tripled|tripling)( up)?\b.{0,30}\b(doses?|klonopin|clonazepam|pills?|meds|prescription|tabs?|tablets?|benzos?|k-?pins?)\b|\b(took|taken|take|swallowed|ate|popped|downed|had|chugged|did|snorted|injected|dropped|taking|gave (him|her|them|my \w+)|given (him|her|them))\b.{0,40}\b(\d+(\.\d+)?\s*(mg|milligrams?|mgs|pills?|tabs?|tablets?|bars?|pins?|k-?pins?|klonopins?|clonazepams?|xanax|xans?|benzos?|of (them|these|those|my))|(?<![\d.,])([3-9]|[1-9]\d+)(?= (and|instead|tonight|today|at once|all at once|an hour ago|just now)\b)|twice|double|triple|two|three|four|five|six|seven|eight|nine|ten|extra|more than (i'?m supposed|i should|prescribed|my dose|usual|normal)|(a few|several|a couple|couple|a bunch|some) (more|extra|of my|of them|pills|tabs))\b).{0,120}\b((will|is|are|am) (i|he|she|they|we|my \w+|the (baby|kid|child)) (going to |gonna )?be (ok|okay|alright|all right|fine|safe)|am i (going to|gonna) be|(will|could|can) (this|that|it) (hurt|harm|kill) (me|him|her|them)|by mistake|by accident|accidentally|is (that|this|it) (bad|dangerous|too much|going to|gonna|ok|okay|safe|serious)|should (i|we) (go|call|be worried|worry|throw up|make (myself|him|her) throw up)|what (do|should|can) (i|we) do|feel(s|ing)? (weird|strange|sick|funny|off|wrong|bad|really)|racing|pounding|chest|dizzy|can'?t (feel|think|breathe|stay|keep|see|walk|move)|scared|panick\w*|worried|freaking out|help|heart|breath\w*|sleepy|drowsy|woozy|slurr\w*|throwing up|vomit\w*|nodding|hard to|confused|falling (over|down)|keep falling|fell (over|down)|stumbl\w*|can'?t stand|sway\w*|wobbl\w*|unsteady|speech is (slow|slurred|weird)|slow speech|talking (really |so |very )?slow\w*|out of it)",
    ),
    # An amount taken today that is several times the prescribed one ("prescribed 0.5 but I've
    # had 4 mg tonight"): an overdose, whatever is asked next. The ratio is checked in _not_far_over.
    _r(
        "over_prescribed",
        "overdose",
        r"\b(prescribed|supposed to (take|have)|my (dose|script) is|i'?m (only )?(on|prescribed)|(doc|dr|doctor|psych\w*) (has me|says|said|put me) (at|on)?|told to take)\s*(?P<p1>\d+(?:\.\d+)?|\.\d+)\s*(mg|milligrams?|pills?|tablets?|tabs)?(?![\d.])"
        r".{0,80}\b(had|took|taken|swallowed|downed|popped|i'?m already at)\s+(like |about |around |almost |over |nearly )?(?P<t1>\d+(?:\.\d+)?|\.\d+)\s*(mg|milligrams?|mgs|pills?|tablets?|tabs)\b"
        r"|(?<!never )(?<!n't )(?<!not )\b(had|took|taken|swallowed|downed|popped|ingested)\s+(like |about |around |almost |over |nearly |est\.? |~)?(?P<t2>\d+(?:\.\d+)?|\.\d+)\s*(mg|milligrams?|mgs|pills?|tablets?|tabs)\b"
        r"(?!\s+(of\s+)?(vitamin|tums|b12|ibuprofen|tylenol|advil|melatonin|magnesium|antacid|iron|allergy)\w*)"
        r".{0,80}\b(prescribed|supposed to (take|have)|my (dose|script) is|(doc|dr|doctor|psych\w*) (has me|says|said|put me) (at|on)?)\s*(?P<p2>\d+(?:\.\d+)?|\.\d+)(?![\d.])",
    ),
    _r(
        "mixed_a_lot",
        "overdose",
        r"(?<!never )(?<!n't )\bmixed my (klonopin|clonazepam|k ?pins?|benzos?)\b.{0,60}\b(pain ?pills|opioids?|oxy\w*|percocets?|percs|vicodin|hydrocodone|tramadol|alcohol|vodka|xanax|gabapentin)\b[^.!?]{0,40}\b(a lot|too much|lots|a bunch|way more) of (both|them|each|it)\b"
        # "ingested est. 8 mg clonazepam + ~150 mL vodka at approx 2300": an amount and a drink, told as taken.
        r"|\b(i|i'?ve|me)\b[^.!?]{0,25}(?<!never )(?<!n't )\b(took|taken|ingested|swallowed|downed)\s+(est\.? |about |around |~)?([2-9]|\d{2,})(\.\d+)?\s*mg (of )?(clonazepam|klonopin|k-?pins?|benzos?)\s*(\+|and|with|plus|&)\s*(~|about |around )?(\d+\s*(ml|oz|shots?|drinks?|beers?|glasses)( of)?\s*)?(vodka|alcohol|whiske?y|wine|beer|rum|tequila|gin|liquor)\b"
        r"(?=[^?]{0,80}\b(at (approx\.? |about |around )?\d|ago|tonight|current time|right now|now|since|this (evening|morning|afternoon))\b)",
    ),
    _r(
        "pet_poisoned",
        "overdose",
        r"(?<!if )(?<!in case )\b(my|our|the) (dog|puppy|cat|kitten|pup|labrador|retriever|golden|beagle|terrier|poodle|husky|shepherd|chihuahua|dachshund|pug|bulldog|pit ?bull|corgi|spaniel|collie|doodle)\s+(just\s+)?(ate|got into|swallowed|chewed( up)?|has eaten|licked up)\b[^.;!?]{0,60}\b(xylitol|sugar[- ]free gum|rat poison|antifreeze|ibuprofen|tylenol|advil|my (pills|meds|klonopin|clonazepam))\b",
    ),
    _r(
        "other_drug_over_with_signs",
        "overdose",
        r"\b(doubled|double[- ]dosed|took (a )?double|took twice) (my|his|her) (sertraline|zoloft|lexapro|prozac|levothyroxine|synthroid|lithium|seroquel|quetiapine|adderall|insulin|metformin|meds|medication|medicine|pills|dose)\b.{0,60}\b(by accident|accidentally|by mistake)\b.{0,80}\b(fever|twitch\w*|heart (is )?(pounding|racing)|agitated|shak\w*|so confused|vomit\w*|can'?t (breathe|stand|stop))"
        r"|\btaking my (\w+) \d+ ?(mcg|mg) instead of \d+\b.{0,120}\b(heart (is )?(pounding|racing)|shak\w*|so confused|vomit\w*|can'?t (breathe|stand))",
    ),
    # "popped 2 more after the first didnt kick in, now all 3 hitting hard".
    _r(
        "more_when_it_did_not_work",
        "overdose",
        r"\b(popped|took|swallowed|downed|had)\s+(\d+|two|three|four|five|another|a few|a couple( of)?|some)\s+more( (klonopins?|kpins?|pills?|tabs?|tablets?|bars|xanax|benzos?|of (them|my (pills|kpins|klonopin))))?\b.{0,60}\b(didn'?t|did not|wasn'?t|hadn'?t|never)\s+(kick(ed)? in|work(ed)?|hit|do anything)\b.{0,60}\b(now|hitting|feel\w*|can'?t|slurr\w*)\b"
        r"|\b(didn'?t|did not|wasn'?t|hadn'?t|never)\s+(kick(ed)? in|work(ed)?|hit|do anything)\b.{0,40}\b(so i |and i )?(popped|took|swallowed|downed)\s+(\d+|two|three|four|five|another|a few|a couple( of)?|some)\s+more\b.{0,60}\b(now|hitting|feel\w*|can'?t|slurr\w*)\b"
        r"|\b(popped|took|swallowed|downed)\s+(\d+|two|three|four|five|a few|a couple( of)?)\s+more (klonopins?|kpins?|pills|tabs|tablets|bars|xanax)\b.{0,40}\b(since|because|cause|cuz|bc) the first\b.{0,40}\b(did nothing|didn'?t (work|kick in|do anything))\b.{0,60}\b(now|slurr\w*|can'?t|feel\w*)\b",
    ),
    # "I've been taking way more than prescribed, four times my dose, ... today I'm so confused I fell".
    _r(
        "over_taken_with_signs",
        "overdose",
        r"\b(i'?ve been|i have been|i'?m|im|i was|i|been)\s+(taking|took|taken|having)\s+((way|much|a lot|far|like|probably|maybe|about)\s+)*(more than (prescribed|i'?m (supposed to|prescribed)|my (prescription|script|dose)|the (label|bottle) says)|(double|triple|twice|three times|four times|five times|\d+ times|\dx) (my|the) (normal |usual |prescribed |regular |daily )?(dose|amount|prescription))\b"
        r"(?!.{0,250}\b(stopped|quit|cold turkey|ran out of (my |the |her |his )?(klonopin|clonazepam|kpins?|benzos)|haven'?t (taken|had))\b)"
        r"(?=.{0,250}\b(so confused|confused(?!\s+(about|whether|if|by|with|on|as to)\b)|fell(?! through| behind| asleep| for| in love)|falling (over|down)|can'?t (stand|walk|breathe|stay awake|think straight|keep my eyes open)|pass(ing)? out|passed out|slurr\w*|black(ing|ed) out|so (sleepy|dizzy|drowsy)|throwing up|barely awake)\b)",
    ),
    _r(
        "dosed_twice",
        "overdose",
        r"\b(gave|given|took|taken|had|swallowed)\b[^.!?]{0,40}\b(doses?|pills?|tablets?|meds|medication|medicine|klonopin|clonazepam|rivotril|benzos?)\b[^.!?]{0,60}\b(again|twice|a second (dose|time|one)|two doses|both doses|another dose)\b[^.!?]{0,60}\b(without (telling|knowing|realizing|realising|checking)|by mistake|by accident|accidentally|forgot|forgetting|didn'?t (know|realize|realise|remember)|not knowing)\b"
        # "got her 8pm dose twice tonight ... she's harder to rouse": a dose given twice and the signs of it.
        r"|\b(got|received|given|gave|had|took|taken)\s+(her|his|their|my|the)\s+(\w+ )?(dose|pills?|meds|medication|klonopin|clonazepam|tablets?)\s+(twice|two times|double)\b(?!\s*((a|per|each|every) (day|night)|daily))(?! for (years|months))[^?]{0,300}"
        r"\b(harder to (rouse|wake)|hard to (rouse|wake)|breathing (looks |is |seems )?(\w+ )?(slow|slower|shallow)|slower breathing|won'?t wake|can'?t wake|barely (awake|responsive|breathing))"
        r"|\b(accidentally|by mistake|mistakenly)\b[^.!?]{0,15}\b(took|gave|had|taken|given|swallowed)\b[^.!?]{0,30}\b(doses?|pills?|tablets?|meds|medication|medicine|klonopin|clonazepam|rivotril)\b[^.!?]{0,20}\b(twice|again|two times)\b"
        r"|\b(forgot|forgetting|didn'?t (realize|realise|remember)|not realizing) (that )?(i|he|she|they|we)('d| had)? (already )?(taken|took|given|gave|had) (my|his|her|their|the) (\w+ )?(dose|pills?|meds|medication|medicine|klonopin|clonazepam|tablets?)\b[^.!?]{0,40}\b(took|gave|had|take|give) (it|another|a second|one more|the dose|my dose|him|her|them) ?(again|another|too)?\b"
        r"|\b(forgot|forgetting) (that )?(i|he|she|they|we)('d| had)? (already )?(taken|took|had) (it|them|one)\b[^.!?]{0,40}\b(took|had) (it|another|a second|one more) ?(again|too)?\b(?=[^.!?]{0,80}\b(dose|pills?|meds|klonopin|clonazepam|tablets?|ok(ay)?|worried|watch|dizzy|sleepy|drowsy)\b)"
        r"|\b(my \w+|he|she|someone)\b[^.!?]{0,20}\b(gave|given) (it|the dose|his dose|her dose|a dose|the pill) to (him|her|them) again\b",
    ),
    _r(
        "cantidad_es",
        "overdose",
        r"\b(me tom[eé]|tom[eé]|se tom[oó]|(me|se) (he|ha|han) tomado|(me|se) acab[oa] de tomar|me inyect[eé]|se inyect[oó]|le di|le dimos|le dieron|me met[ií]|se comi[oó]|me trag[ueé]|se trag[oó])\b.{0,50}\b(\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doble|el doble|dos veces|de m[aá]s|otra (dosis|pastilla)|varias|muchas)\b.{0,120}\b(me va a pasar algo|le va a pasar algo|va a pasar algo|estoy (maread[oa]|temblando|sudando|muy dormid[oa]|asustad[oa])|me siento (muy |bien |s[uú]per |medio |algo )?(mal|rar[oa]|maread[oa]|extra[nñ][oa]|pesad[oa]|dormid[oa]|borrach[oa])|me preocupa|es peligroso|qu[eé] hago|est[aá] (muy )?(dormid[oa]|maread[oa]|rar[oa]|pálid[oa])|temblando|sudando|mareo|mucho sueño|no pasa nada|coraz[oó]n|respir\w*|estar[eé] bien|estar[aá] bien|ayuda)"
        r"|\b(me tom[eé]|se tom[oó]|(me|se) (he|ha|han) tomado|me trag[ueé]|se trag[oó]|tom[eé])\b.{0,30}\b(\d+|dos|tres|cuatro|cinco|seis|varias|muchas)(\s+(pastillas|pastis|clonazepam|rivotril\w*|tabletas|pepas)\b.{0,30}\b(con|y|m[aá]s)|\s+con)\b.{0,30}\b(vino|alcohol|cervezas?|cervecitas|chelas?|tragos?|copas?|whisky|tequila|ron|vodka|botella|ca[nñ]as|birras?|cubatas?|chupitos?|guaro|aguardiente|pisco|fernet)\b(?=.{0,80}\b(hace (un )?rato|hace \w+ (minutos|horas?)|hace (una|media) hora|ahorita|ahora|ya lo hice|esta noche|hoy|me pasar[aá] algo|pasar[aá] algo|es grave|estar[eé] bien)\b)"
        r"|\b(voy a tomar(me)?|me voy a tomar|tomarme|pienso tomar(me)?)\b.{0,40}\b(\d+|dos|tres|cuatro|cinco|varias|muchas|(?:(?<=voy a tomar )|(?<=voy a tomarme )|(?<=pienso tomar )|(?<=pienso tomarme ))(unas|unos|un par de|un mont[oó]n de)\s+(pastillas|pastis|clonas?|rivotril\w*|clonazepam|pepas|tabletas))\b.{0,40}\b(con|y|m[aá]s)\b.{0,20}\b(vino|vinito|alcohol|cervezas?|chelas?|tragos?|copas?|whisk(y|ys|ies|eys?)|tequila|ron|vodka|oxicodona|tramadol|code[ií]na)\b",
    ),
    _r(
        "mix_planned",
        "overdose",
        r"\b(planning to|plan to|going to|gonna|about to|fixing to|i'?ll)\s+(take|mix|do|drink|combine|pop|have|swallow)\b.{0,100}\b"
        + _DEPRESSANTS
        + r"\b.{0,110}\b(should be (fine|ok|okay|chill|good|alright)|will (i|that|it) be (ok|okay|fine|alright)|is (that|it|this) (ok|okay|safe|bad|fine|dangerous)|right\?|that'?s fine\?|no big deal\?)",
    ),
    # About to take several at once: "about to take four at once tonight". A child with a pill in the
    # mouth, or something in the mouth beside an open bottle.
    _r(
        "about_to_take_many",
        "overdose",
        r"\b(about to|going to|gonna|planning to|plan to|fixing to)\s+(take|swallow|pop)\s+(like\s+)?(three|four|five|six|seven|eight|nine|ten|[3-9]|\d{2,})\s+((of (them|these|those|my (pills|meds|klonopin|clonazepam|kpins?)))\s+|(klonopins?|clonazepams?|kpins?|k-?pins|pins|xanax bars|xanax|pills of it)\s+)?(at once|all at once|at the same time|in one go)\b(?!\s*[:—–(-])(?![^.!?]{0,60}\b(vitamin|magnesium|lexapro|sertraline|zoloft|prozac|blood pressure|thyroid|heart)\b)(?=[^.!?]{0,40}\b(tonight|now|right now|because|cause|since|bc|that'?s fine|right\?|fine\b|ok\b|okay\b))"
        r"|\b(about to|going to|gonna|planning to)\s+(take|swallow|pop)\s+(like\s+)?(four|five|six|seven|eight|nine|ten|[4-9]|\d{2,})\s+(klonopins?|kpins?|k-?pins|xanax bars|bars of xanax|xanax|clonazepams?|of (them|my (pills|meds|klonopin|clonazepam)))\b(?=[^.!?]{0,30}\b(tonight|right now|rn|now|at once|all at once|together|in one go|at the same time)\b)"
        r"|\b(voy a|me voy a|pienso)\s+tomar(me)?\s+(\d{2,}|[4-9]|cuatro|cinco|seis|siete|ocho|diez)\s+(rivotril\w*|clonazepam|clonas?|pastillas|pastis)\s+(juntos|juntas|de una vez|de golpe)\b(?!\s*[:—–(-])"
        r"|\b(child|kid|toddler|baby|son|daughter|\d+ ?(month|year|yr)s? old|\d+ ?yo|dog|puppy|cat)\b.{0,40}\b(was |is |been )?(sucking|chewing) on (one of my|a|my|one of the) (\w+ )?(pills?|klonopin|clonazepam|tablets?|kpins?)\b(?!\s+(bottle|cap|case|organizer|box))"
        r"|\b(child|kid|toddler|baby|son|daughter|\d+ ?(month|year|yr)s? old|niñ[oa]|beb[eé]|hij[oa])\b.{0,60}\b(had|has|with|got|found with)\s+(one of my|one of (his|her|their) \w+'?s?|a|an|my|the|some|half (of )?(a|one)?)\s*(\w+\s+)?(pills?|tablets?|klonopins?|clonazepam|rivotril)\s+in\s+(his|her|their)\s+mouth\b"
        r"|\b(pill|medicine|prescription|klonopin|clonazepam|med|meds) bottle\b.{0,40}\b(open|opened)\b.{0,80}\b(something|a pill|pills?|it) in (his|her|their) mouth\b",
    ),
    _r(
        "knock_out_count",
        "overdose",
        r"\b(about to|going to|gonna|planning to|plan to|fixing to|i'?ll|i will)\s+(take|swallow|pop|down)\s+(like\s+|maybe\s+|about\s+|around\s+|at least\s+)?(four|five|six|seven|eight|nine|ten|a dozen|[4-9]|\d{2,})\s+"
        r"((more\s+)?((of (my|them|these|those|the|her|his)\s+(\w+\s+)?)|(klonopins?|clonazepams?|pills|tabs|tablets|bars|xans|kpins?|pins|benzos)\s+))?((tonight|now|rn|at once|and a few shots|with \w+)\s+)?"
        r"(so (i|that i) (can|could) |to |and )(knock (myself|me) out|be (out cold|knocked out|unconscious)|black out)\b"
        r"(?! (the|my|our|a|all|those|these|windows?|curtains?)\b)(?! (making|doing|with|on|trying|getting|cleaning|working|studying|at|over|to (get|make|finish|help))\b)",
    ),
    _r(
        "overdosing",
        "overdose",
        r"\b"
        + _ME
        + r"\s+(just\s+|might\s+(have\s+)?|may\s+(have\s+)?|think\s+(i|he|she|they)\s+|probably\s+)?(overdosed|od'?d|o\.d\.?'?d|am overdosing|is overdosing|are overdosing)\b(?!\s+on\s+(?!(my |his |her |their |the |some |a |an |too many |\w+ )?(klonopin|clonazepam|k-?pins?|benzo|pill|med|tablet|drug|heroin|fentanyl|opi|oxy|perc|xanax|valium|sleeping|alcohol|booze|vodka|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|something|it\b|them|those|these|\d)))|\b(i'?m|is|am) (having an|in an) overdose\b",
    ),
    _r(
        "mixed_and_symptoms",
        "overdose",
        r"\b(klonopin|clonazepam|pills?|benzos?|k ?pins?)\b.{0,80}\b"
        + _DEPRESSANTS
        + r"\b.{0,80}\b"
        + _SYMPTOMS_NOW
        # "so high on k pins and xans i cant keep my eyes open": two benzos at once, and their signs.
        + r"|\b(high|messed up|wrecked|fucked up|gone) on (k ?pins?|klonopins?|clonazepam|benzos?)\b.{0,20}\b(xans|xanax|xanny|xannies|bars)\b.{0,60}\b"
        + _SYMPTOMS_NOW
        + r"|\b"
        + _DEPRESSANTS
        + r"\b.{0,80}\b(klonopin|clonazepam|pills?|benzos?|kpins?)\b.{0,80}\b"
        + _SYMPTOMS_NOW
        # "she took a handful with tequila like 30 min ago ... she's getting really slow": the amount said as
        # a handful, a drink with it, a time since, and the signs now.
        + r"|\b(took|taken|swallowed|popped|downed) (a|like a|about a) (handful|fistful)\b(?! of (?!(pills|tablets|meds|them|these|those|her|his|my)\b))[^.!?]{0,30}\b(with|and|plus|w/?)\s+(\w+\s+)?"
        + _DEPRESSANTS
        + r"\b[^.!?]{0,30}\b((\d+|an|a|half an|a few|like (an|\d+)|about (an|\d+)) (min\w*|hours?|hrs?) ago|now|right now|rn)\b.{0,200}\b"
        + _SLOWING_NOW,
    ),
    # An amount already in the body with a depressant on top, said as where one is now.
    _r(
        "mixed_now",
        "overdose",
        r"\b(\d+(\.\d+)?\s*(mg|pills?|bars?|tabs?)|klonopin|clonazepam|benzos?|kpins?)\b.{0,30}\b(plus|and|with|\+|on top of)\b.{0,15}\b(\d+ )?"
        + _DEPRESSANTS
        + r"\b.{0,60}\b(where i'?m at|rn|right now|in my system|already (took|had|in)|i'?m on (now|rn|right now))\b"
        # "he mixed his clonazepam with oxy about 30 min ago": an opioid on top, within the hour(s).
        r"|\b(mixed|took|had|combined|taken|swallowed)\b.{0,40}\b(klonopin|clonazepam|benzos?|kpins?|pills?)\b.{0,20}\b(with|and|plus)\b.{0,15}"
        r"\b(opioids?|oxy\w*|percocets?|fentanyl|heroin|methadone|hydrocodone|vicodin|morphine|codeine|lean|tramadol)\b"
        r"[^.!?]{0,40}\b((\d+|an|a|a few|half an|about (an|\d+)|like (an|\d+)) (min\w*|hours?|hrs?) ago)\b(?![^.!?]{0,40}\b(as prescribed|prescribed|my doctor)\b)",
    ),
    _r(
        "sobredosis_es",
        "overdose",
        r"\b(me tom[eé]|tom[eé]|se tom[oó]|tomó|me trag[ueé]|se trag[oó])\b.{0,40}\b(todas|todo|muchas|varias|el frasco|la caja|un mont[oó]n|un pu[nñ]ado)\b|\b(tuve|estoy teniendo|est[aá] teniendo|creo que (tiene|es|tuvo)|le dio) (una )?sobredosis\b|\b(mi \w+|[eé]l|ella) (tiene|tuvo) una sobredosis\b",
    ),
    # Medical emergency now.
    _r(
        "mezcla_es",
        "overdose",
        r"\b(clonazepam|klonopin|rivotril|pastillas?)\b.{0,60}\b(alcohol|oxicodona|hero[ií]na|opio\w*|tragos|cervezas?|fentanilo|metadona|tramadol|code[ií]na|gabapentina|pregabalina|xanax|alprazolam|zolpidem)\b.{0,80}\b(respirar|mareado|mareada|desmay\w*|despiert\w*|los ojos|inconsciente)\b|\b(mareado|mareada)\b.{0,40}\b(no puedo|casi no)\b"
        r"|(?<!qu[eé] )(?<!si )\b(me tom[eé]|tom[eé]|mezcl[eé]|me met[ií])\b.{0,60}\b(clonazepam|klonopin|rivotril|clonas?|pastillas?)\b.{0,60}(?<!sin )(?<!nada de )(?<!ni )\b(alcohol|oxicodona|tragos|cervezas?|tequila|vino|fentanilo|tramadol|pregabalina|gabapentina)\b.{0,60}\b(siento que|como que|ya)\s+me (apago|estoy apagando)\b",
    ),
    _r(
        "withdrawal_severe",
        "withdrawal",
        r"\b((dose|dosage|doses|klonopin|clonazepam|meds|prescription|script) (got|was|were|has been|have been|being|is being) (cut|lowered|reduced|dropped|halved|stopped|tapered)|(?<!bus )(?<!rest )(?<!truck )(?<!car )(?<!traffic )(?<!rain )(?<!heart )(?<!bleeding )(?<!breathing )(?<!won't )(?<!wont )(?<!doesn't )(?<!can't )(?<!cant )(?<!wouldn't )(?<!never )stopp?\w*|quit\w*|(dropped|went|cut|came) (down )?from \d[\d.]*(\s*mg)?|ran out|run out|cut (back|down)|cutting down from \d[\d.]*(\s*mg)?|(cut|cutting|dropped|dropping|lowered|lowering|halved|reduced|reducing) (my|his|her|their|the) (\w+ )?(dose|dosage|pills?|klonopin|clonazepam)|cold turkey|missed|skipped|skipping|haven'?t (taken|had)|hasn'?t (taken|had)|off (my |her |his |the )?(klonopin|clonazepam|kpins?|benzos?|meds)|(jump\w*|came|coming|went|going|got|getting) off (the rest|my last|of my|my|the|klonopin|clonazepam|benzos?|rivotril|xanax|ativan|valium)|taper\w*|withdraw\w*|detox\w*|dejar\w*|dej[eéoó]|sin (tomar|el clonazepam|la pastilla))\b.{0,200}\b((i'?m|i am|he'?s|she'?s|they'?re|he is|she is|they are|keeps?|started|been|is|are|now|currently)\s+(so |really |very |super |totally |completely )?(seeing|hearing|hallucinating|shaking|twitching|convulsing|seizing|jerking|confused(?!,\s*(should|which|what|how|do i|can i|is it|whether|if)\b)|delirious|not making sense|talking to (people|someone) who)\w*(?!\s+(about|that|of|from|both|people|it|them|words|this|so much|a lot|good|mixed|different|conflicting|stories|back|a (therapist|doctor|counsel\w*|psychiatrist|psychologist|specialist|nurse|nutritionist|dietitian|social worker|pharmacist|neurologist|physician|chiropractor|acupuncturist|new \w+)|my (doctor|therapist|psychiatrist|psychologist|counsel\w*|gp|nurse)|why|by|whether|if|how|what|as to|should|which|my (heartbeat|heart|pulse|ears)|ringing|a ringing|heartbeat|numbers|estimates|claims|posts|articles|studies|reports|research|ads|figures|mentions|comments|the word|someone|somebody|a (big |huge |real |real big )?difference|improvements?|progress|results|success|my (sponsor|gp|family|kids|friends?)|threads|reviews|anecdotes|accounts|warnings|advice|headlines|timelines|ranges|(things|stuff) (online|on (reddit|tiktok|facebook|forums?|the internet)))\b)|(having|had|just had|is having|has had)\s+(a |another |two |what (looked|looks|seemed) like an? )?(?!(no|any|never)\b)(\w+ ){0,2}(seizure|fit|convulsion)s?(?!\s+(risk|prevention|warning|precautions?|history|disorder|plan|meds|medication))|bugs (crawling|on (me|him|her|the))|can'?t remember my own (name|address)\b(?=\s*($|[.,;!?]|and\b))|(she|he|they)('s| is| are|'re)? (\w+ )?talking nonsense\b(?=\s*($|[.,;!?]|and\b))(?![^.!?]{0,30}\b(so cute|lol|lmao|haha\w*)\b)|((she|he|they|i) (now |still |keeps? )?(sees|hears|see|hear|seeing|hearing)|and (now )?(sees|hears)) ((little|tiny) (people|men|bugs|animals|kids|children|faces|spiders)|people|things|bugs|shadows|voices|someone|kids|children|men|animals|spiders|faces)\b(?![^.!?]{0,30}\b(on tv|online|on (reddit|tiktok|facebook)|in (the|a) (news|movie|show|book)|in (my|his|her|their) (dreams?|sleep)(?![-\w])))|(don'?t|doesn'?t|didn'?t) (know|recogni[sz]e) (where|who|me|us|what)|can'?t stop (shaking|twitching|jerking)|shaking so (bad|hard|much)|can'?t (stand|walk) (up )?(from|because of) (the )?shak\w*|fever\b.{0,40}\b(racing|pounding|confused|sweat)\w*|(est[aá]|estoy|empez[oó] a|sigue) (alucinando|convulsionando|temblando (mucho|sin parar))|(tiemblo|tiembla|temblando) tanto que|no (sabe|s[eé]) d[oó]nde est[aáo]y?)",
    ),
    # The signs told first and the stop after them: "can't stop shaking, seeing things ... haven't had my
    # klonopin in 5 days".
    _r(
        "withdrawal_signs_first",
        "withdrawal",
        r"\b((i'?m|i am|im|he'?s|she'?s|they'?re|(?<=\w )(is|are)|keeps?|been|now|currently|still|started)\s+(\w+\s+){0,2}(shaking|trembling|twitching|jerking|hallucinating|confused|seeing (things|shadows|bugs|people|stuff)|hearing (things|voices|music|people))"
        r"(?! (online|on (reddit|tiktok|facebook|the news|tv|social media)|about|from|in (the|a) (news|book|movie|show)|(numbers|estimates|claims|posts|articles|studies|reports|research|figures|comments|threads|reviews|stories|advice)\b))|can'?t stop (shaking|twitching|jerking|trembling)|shaking so (bad|hard|much)|"
        r"(just had|is having|am having|i'?m having|he'?s having|she'?s having) (a |another )?(seizure|fit|convulsion)|(i|he|she) (don'?t|doesn'?t) (know|recogni[sz]e) (where|who|me|us)|(estoy|est[aá]|sigue) (alucinando|temblando (tanto|sin parar|mucho)|(viendo|oyendo) (cosas|voces|bichos))|(tiemblo|tiembla) (tanto|sin parar|mucho))\b"
        r".{0,160}\b(haven'?t (taken|had)|hasn'?t (taken|had)|ran out|run out|cold turkey|stopped (taking|my|the|her|his)|quit (my|the|taking|klonopin|clonazepam)|"
        r"(went|gone|been|going) (off|without)|off (my |her |his |the )?(klonopin|clonazepam|kpins?|benzos?|meds)|sin (tomar|el clonazepam|la pastilla|el rivotril)|"
        r"no (tomo|toma|he tomado|ha tomado) (el |la |mi |su |mis |sus )?(clonazepam|rivotril|pastillas?)|dej[eéoó] (de tomar|el clonazepam|el rivotril|la pastilla|las pastillas))\b",
    ),
    _r(
        "seizure_now",
        "medical",
        r"\b(i'?m|i am|he'?s|she'?s|they'?re|(?<!someone )(?<!somebody )(?<!anyone )(?<!person )is|are|i|he|she|they|just|mom|dad|son|daughter|wife|husband|partner|friend|brother|sister|roommate|baby|kid|child)\s+((having|is having|just had|started having|keeps having) (a |another |what looks like a )?(seizure|fit|convulsion)s?|(has|had) (a |another |what looks like a |what looked like a |what seemed like a |something like a )(seizure|fit|convulsion))\b|\b(is |are |started |keeps )(seizing|convulsing|shaking uncontrollably)\b|(?<!end up )(?<!avoid )(?<!without )(?<!of )(?<!risk )(?<!not )\bseizing\b|\b(shaking|jerking|twitching) all over\b|\b(bit|biting|bitten) (my|his|her|their) tongue\b|\btongue (is |was )?bleeding\b|\bwhole body (just )?(jerked|shook|convulsed|stiffened)\b|\bblacked out\b.{0,60}\b(twitch\w*|jerk\w*|shak\w*|convuls\w*)|\bon the floor\b.{0,30}\b(shaking|jerking|twitching|convulsing)\b|\b(shaking|jerking|twitching)\b.{0,30}\bon the floor\b",
    ),
    _r(
        "unresponsive",
        "medical",
        r"\bunresponsive\b|\b(lips?|face|skin|fingers?|fingertips|nails|he|she|they|he'?s|she'?s|they'?re|baby|kid|child)\s+(is |are |'s )?(turning|going|gone) (blu(e|ish)|gr[ae]y(ish)?|purpl(e|ish))\b|\b(choking|gasping|and) (turning|going) (blu(e|ish)|gr[ae]y(ish)?|purpl(e|ish))\b|\b(he|she|they|my (?!(dr|doc|doctor|doctors|therapist|psychiatrist|pharmacist|pharmacy|prescriber|nurse|gp|clinic|office|boss|landlord|insurance|phone|email)\b)\w+|mom|dad)(\s+(won'?t|isn'?t|is not|aren'?t|are not|doesn'?t|does not|can'?t)|'s not|'re not| is not| are not)\s+(answer|respond|responding|answering|react)\w*\b(?!\s+(my |the |our |her |his )?(texts?|calls?|phone|messages?|emails?|door|dms?)\b)(?!.{0,15}\b(until|till|til|before|over) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend|next|after)\b)|\b(won'?t|will not|can'?t|cannot|couldn'?t) (wake|rouse) (him|her|them|my \w+)( up)?\b|\b(isn'?t|is not|not|stopped|barely) breathing\b|\blips? (are |is |look |looks |looking |seem |seems )?(turning |going |kind of |a bit |a little |slightly )?(an? )?(blu(e|ish)|gr[ae]y(ish)?|purpl(e|ish))\b(?![^.!?]{0,40}\b(popsicle|slushie|candy|lipstick|lip gloss|dye|paint|marker|ink|juice|berr(y|ies)|frosting|gum|drink|holds? (his|her|their) breath|breath[- ]holding)\b)|\bwon'?t wake up\b"
        r"|\b(he|she|they|he'?s|she'?s|they'?re|he is|she is|they are|my \w+ is|my \w+'s)\s+(\w+\s+)?barely conscious\b(?=\s*($|[.,;!?]|and\b|now\b|right now))(?![^.!?]{0,30}\b(lol|lmao|haha|coffee|mornings?)\b)"
        r"|\b(he|she|they|he'?s|she'?s|they'?re|he is|she is|they are|my \w+ is|my \w+'s)\s+(still )?(not|isn'?t|aren'?t) waking up\b(?!\s+(at night|in the night|in the mornings?|during|anymore|as (much|often)|early|easily|feeling|rested|tired|with|for|until|till|before|because|when|if|on time|to (his|her|their|the|an|my) alarms?|like|the way))",
    ),
    # Someone who suddenly collapsed or went grey and does not answer; the signs of a stroke;
    # chest pressure with the signs of a heart attack.
    _r(
        "collapsed_now",
        "medical",
        r"\b(collapsed|slumped( over)?|keeled over|went (grey|gray|blue|limp|white)|fell (over|down) and)\b.{0,60}\b(not|isn'?t|won'?t|can'?t|doesn'?t|stopped|isnt|wont|cant) (answering|responding|moving|breathing|waking|talking|getting up|answer|respond|move|wake)\b"
        r"|\b(is|was|'s|are|'re) (lying |laying )?on the (\w+ )?(floor|ground)\b[^?]{0,80}\b(not|isn'?t|won'?t|stopped|isnt|wont|can'?t) (answering|responding|waking|breathing|waking up)\b"
        r"|\b(face|mouth|smile|lip)\b.{0,20}\b(is |are |started |starts |suddenly )?(droop\w*|sagging|crooked|lopsided)\b"
        r"|\b(one|left|right) side of (his|her|their|my) (face|body|mouth)\b.{0,30}\b(droop\w*|numb|weak|paraly\w*|dead|won'?t move|can'?t move|sagging)\b"
        r"|\b(having|is having|might be having|think (he|she|i|they)('s| is| am|'m| are|'re)? having|signs of) a stroke\b"
        r"|\bchest\b.{0,25}\b(tight|heavy|crushing|squeez\w*|pressure|being crushed)\b.{0,80}\b(sweat\w*|pale|grey|gray|clammy|left arm|jaw|like a (belt|band|vice|weight|elephant))\b"
        r"|\b(sweat\w*|pale|grey|gray|clammy)\b.{0,80}\bchest\b.{0,25}\b(tight|heavy|crushing|squeez\w*|pressure|being crushed)\b"
        r"|\b(la cara|la boca)\b.{0,20}\b(ca[ií]da|torcida|chueca|se le (cay[oó]|torci[oó]))\b|\bse le (cay[oó]|torci[oó]|lade[oó]) (la cara|la boca)\b|\bun lado (de la cara|del cuerpo)\b.{0,30}\b(ca[ií]do|dormido|no (lo )?mueve|paralizad\w+)\b|\b(le est[aá] dando|tiene|creo que (es|tiene|le dio)) un (derrame|ictus|acv)\b",
    ),
    # A sudden worst headache, an eye gone blind all at once: the signs of a bleed or a stroke.
    _r(
        "sudden_head_or_eye",
        "medical",
        r"\b(sudden(ly)?(?! (realiz|remember|thought|wonder|notic)\w*)|all of a sudden|all at once|out of nowhere|came on (fast|suddenly|all at once)|just (hit|came on|got hit))\b[^.!?]{0,40}\b(worst|worse) headache (of (my|his|her|their) life|(i'?ve|he'?s|she'?s|they'?ve) ever had|ever)\b(?![^.!?]{0,40}\b(last time|ago|yesterday|years|when i was)\b)"
        r"|\b(worst|worse) headache (of (my|his|her|their) life|(i'?ve|he'?s|she'?s|they'?ve) ever had|ever)\b[^?]{0,60}\b(sudden(ly)?|out of nowhere|all of a sudden|all at once|came on (fast|suddenly|all at once)|like a thunderclap|can'?t see|stiff neck|throwing up|vomit\w*|numb\w*|slurr\w*)\b(?![^.!?]{0,40}\b(every|sometimes|often|usually|last time|ago|yesterday)\b)"
        r"|\b(i'?m having|i have|having|just (had|got)|got|he has|she has|came on) (a |this |what feels like a )?thunderclap headache\b|\blike a thunderclap\b"
        r"|\b(sudden\w*|all of a sudden|out of nowhere|just now)\b[^?]{0,80}\b(can'?t|cannot|couldn'?t) see (right |properly |anything )?(out of|with|from) (my|his|her|their|one|the) (left |right )?eye\b"
        r"|\b(can'?t|cannot|couldn'?t) see (right |properly |anything )?(out of|with|from) (my|his|her|their|one|the) (left |right )?eye\b[^?]{0,80}\b(sudden\w*|all of a sudden|out of nowhere|just now)\b"
        r"|\b(suddenly|just|all of a sudden) (lost|losing|went blind)( (the |all )?(vision|sight))? in (one|my|his|her|their) (left |right )?eye\b"
        r"|\b(lost|losing) (the |all )?(vision|sight) in (one|my|his|her|their) (left |right )?eye\b[^.!?]{0,30}\b(suddenly|all of a sudden|just now|minutes ago|out of nowhere)\b"
        r"|\b(de repente|de golpe|acaba de|ahora mismo)\b[^.!?]{0,40}\bpeor dolor de cabeza de (mi|su) vida\b|\bpeor dolor de cabeza de (mi|su) vida\b[^.!?]{0,40}\b(de repente|de golpe|como un trueno)\b"
        r"|\bde repente no (veo|ve) (nada )?(de|por|con) (un|el|mi|su) ojo\b|\bde (repente|golpe)\b[^.!?]{0,30}\b(dej[oó] de ver|se me fue la vista|perd[ií]o? la vista)\b",
    ),
    _r(
        "cant_breathe",
        "medical",
        r"\b(i|he|she|they) can'?t breathe\b|\bchest pain\b|\bcall(ing)? 911\b|\bemergency room now\b"
        r"|\b(i have|i'?ve got|i'?ve had|i'?m having|having|(he|she) has|(he|she|they)'?s having|feels? like|there'?s)\s+(a |this |some |that )?(crushing|squeezing|heavy|tight) (pressure|pain|tightness|weight)\b[^.!?]{0,35}\b(chest|pecho)\b"
        r"|\b(crushing|squeezing|heavy|tight) (pressure|pain|tightness|weight|feeling)\b[^.!?]{0,35}\b(my|his|her) (chest|pecho)\b"
        r"|\b(chest|heart)\b[^.!?]{0,60}\b(pain|pressure)\b[^.!?]{0,40}\b(goes|going|spreads?|spreading|radiat\w*|moving|shoots?|shooting) (up |down )?(in)?to (my|his|her|their) (jaw|left arm|arm|neck)\b"
        r"|\b(pain|pressure)\b[^.!?]{0,40}\b(goes|going|spreads?|spreading|radiat\w*|moving|shoots?|shooting) (up |down )?(in)?to (my|his|her|their) (jaw|left arm)\b",
    ),
    # Seeing or hearing what is not there, the floor moving: hallucinations now
    # (a withdrawal emergency when it follows stopping or cutting down).
    _r(
        "perceiving_things",
        "medical",
        r"\b(i'?m|i am|i keep|i can|i|he|she|they|he'?s|she'?s|they'?re|keeps|started|been|now)\s+(\w+\s+){0,2}(hear|hearing|see|seeing|smell|smelling|feel|feeling)\b(?!.{0,30}\b(ringing|buzzing|tinnitus|hum|humming|whooshing|heartbeat)\b).{0,70}\b(that|which|who)\s+(isn'?t|aren'?t|is not|are not|wasn'?t|weren'?t)\s+(there|real|playing|on|here)\b"
        r"|\b(saw|seeing|keeps? seeing|kept seeing)\s+(a |an |some )?(man|woman|person|people|kids?|child|someone|somebody|bugs|spiders|snakes|animals?)\b.{0,60}\b(who|that|which)\s+(was|were|is|are)\s+not\s+(there|real)\s*([.!?,;]|$|\band\b|\bbut\b|at all)"
        r"|\b(there'?s|there is|there are)\s+(a |an |some )?(man|woman|person|people|someone|somebody|kids?|child|bugs|spiders|snakes|animals?|shadows?)\b.{0,50}\b(who|that|which)\s+(wasn'?t|weren'?t|isn'?t|aren'?t)\s+(there|real)\b"
        r"|\b(the )?(floor|walls?|wallpaper|room|ceiling|ground)\b.{0,12}\b(is |are |looks? like (it'?s|they'?re) |seems? to be |keeps? )(moving|breathing|melting|crawling|waving|rippling)\b(?!.{0,50}\b(ferry|boat|ship|earthquake|quake|train|bus|plane|turbulence|waves|sea|ride|vr|drunk|wasted|high)\b)"
        r"|\b(says|saying|thinks|insists|swears|keeps saying|talking about how)\s+(that )?there (are|is|'s) (\w+\s+){1,3}(in the room|in here|here|on the walls?|on the ceiling|in the house|under the bed|on (him|her|me))\b[^.!?]{0,40}[.!?,]?\s*(but )?there (aren'?t|isn'?t|is no|are no)\b"
        r"|\bpicking at (the )?(air|nothing|invisible \w+|things that (aren'?t|isn'?t) there)\b"
        r"|\b(est[aá]|estoy|sigue|empez[oó] a)\s+(viendo|oyendo|escuchando)\s+(cosas|gente|voces|bichos|animales|ratas)\b|\b(ve|veo|oye|oigo|escucha|escucho)\s+(cosas|voces|gente|bichos)\s+que no (est[aá]n|existen|hay)\b",
    ),
    # A seizure told by its signs: coming to on the floor, a bitten tongue, no memory of falling.
    _r(
        "seizure_signs",
        "medical",
        r"\b(came to|woke up|came round|come to|found myself|found (him|her|them))\b.{0,30}\bon the (\w+ )?(floor|ground)\b.{0,80}\b(tongue|no memory|don'?t remember|didn'?t remember|can'?t remember|wet (myself|himself|herself)|peed|bit)\b"
        r"|\btongue\s+(was |is )?(bitten|bit|bloody)\b|\b(with|and) (my|his|her) tongue (bitten|bit|bleeding)\b",
    ),
    # Bleeding that does not stop.
    _r(
        "bleeding_now",
        "medical",
        r"\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) stop( the)? bleeding\b|\bbleeding (won'?t|will not|doesn'?t|isn'?t going to|is not going to) stop\b"
        r"|\b(still|keeps?|is|are) bleeding (a lot|heavily|badly|everywhere|through)\b|\bsigue sangrando\b|\bno (para|deja) de sangrar\b"
        r"|\b(i'?m|im|i am|he'?s|she'?s|they'?re|keeps?|been|just|started|now)\s+(throwing up|vomiting|coughing up|puking) (blood|bright red blood|what looks like coffee grounds)\b"
        r"|^\W*(throwing up|vomiting|coughing up|puking) blood\b(?=[^.!?]{0,15}\b(rn|right now|now|a lot|again|all (night|day)|for (an|the last|\d+)))"
        r"|\b(i|he|she|they|just) (threw up|vomited|coughed up) (blood|bright red blood)\b",
    ),
    # Bleeding measured by what it soaks and how fast, or spurting; a throat or tongue swelling with
    # hives or trouble swallowing; breathing once every ten seconds; a hand on the chest and a collapse.
    # "El glucómetro marca 35, está sudando frío y no me habla claro"; "his blood sugar is 38 and he's confused".
    _r(
        "low_sugar_now",
        "medical",
        r"(?<!if )(?<!when )(?<!someone's )(?<!someones )(?<!someone )\b(blood sugar|glucose|bg|gluc[oó]metro|glucosa|az[uú]car en (la )?sangre|nivel de az[uú]car)\b[^.!?]{0,15}?\b(is|reads?|says|marca|est[aá] en|:)?\s*(a |en )?(1\d|2\d|3\d|4\d)\b"
        r"(?!\s*(%|mmol|grams?|gramos|g\b|points|percent|years?|a[nñ]os|lbs?|kg|pounds|o'?clock|am\b|pm\b|every|points))"
        r"(?=[^?]{0,120}\b(sweat\w*|sudando|sudor|confus\w*|no (me )?habla|not making sense|can'?t (talk|speak|stand|wake)|shak\w*|tembl\w*|passing out|desmay\w*|barely|won'?t (eat|drink)|no quiere (tomar|comer))\b)",
    ),
    _r(
        "bleeding_fast",
        "medical",
        r"\b(i'?m|im|i am|she'?s|he'?s|they'?re|is|are|still|now|keeps?|been|just|already|has|have)[\s,]+(\w+\s+){0,2}(soaking|bleeding|going|gone|soaked|bled)\s+through\s+(a|one|my|the|\d+|two|three|four|several)\s+(\w+\s+)?(pads?|towels?|dish ?towels?|bandages?|gauze|tampons?)\b.{0,40}\b(every|each|in|within)\s+(about\s+)?(\d+|a few|few|couple( of)?|two|three|five|ten|fifteen|twenty|thirty|an|one|half an|half)\s+(minutes?|mins?|hour)\b"
        r"|\b(blood|the wound|the cut|my cut|his cut|her cut|the gash)\s+(is|'s|keeps|started|starts|still)\s+(\w+\s+)?(spurting|gushing|pulsing out|pumping out|squirting)\b"
        r"|\b(cut|gash|wound)\b[^.!?]{0,60}\bit'?s (spurting|gushing|pulsing)\b"
        r"|\bblood (is )?(pouring|gushing|spurting|squirting) (out|everywhere)\b"
        r"|\b(heavy|heavily|a lot of|so much) bleeding\b[^.!?]{0,80}\b(soaking|soaked) through\b(?![^.!?]{0,80}\b(stopped|years ago|last (week|month|year)|healed)\b)"
        r"(?=[^.!?]{0,80}\b(dizzy|faint\w*|light-?headed|pale|passing out|weak|cramp\w*|belly|contractions)\b)"
        r"|\b(i'?ve|i have|she'?s|he'?s|has|have|we'?ve)\s+(already\s+)?(bled through (\d+|two|three|four|five|several) (\w+ )?(towels|pads|bandages|dish ?towels|t-?shirts)|soaked through (\d+|two|three|four|five|several) (\w+ )?(pads|bandages))\b"
        r"|\b(i'?m|im|i am|she'?s|he'?s|they'?re|is|are|still|keeps?)\s+(\w+\s+)?(bleeding|soaking) through (the|her|his|my|their) (bandages?|gauze|towels?|dressings?)\b",
    ),
    _r(
        "airway_or_heart_now",
        "medical",
        r"\b(tongue|throat|lips?|face|mouth)\s+(is |are |keeps |started |starting |getting |feels like (it'?s |its )?)?(swelling|swollen|swelled( up)?|closing( up)?)\b.{0,100}\b(hives|hard to (swallow|breathe)|can'?t (swallow|breathe)|trouble (swallowing|breathing)|difficulty (swallowing|breathing)|wheez\w*)\b"
        r"|\b(hives|hard to (swallow|breathe)|can'?t (swallow|breathe)|trouble (swallowing|breathing)|difficulty (swallowing|breathing))\b.{0,100}\b(tongue|throat|lips?|face|mouth)\s+(is |are |keeps |started |starting |getting |feels like (it'?s |its )?)?(swelling|swollen|swelled( up)?|closing( up)?)\b"
        r"|\b((one|a) breath|breath\w*\b[^.!?]{0,40}\bonce) every\s+(\d+|ten|eight|twelve|fifteen|twenty|few)\s+seconds\b"
        r"|\b(he|she|they)('?s| is|'re| are) breathing\s+(really|very|super|so|extremely)\s+slow(ly)?\b"
        r"|\b(is|he'?s|she'?s|keeps)\s+(grabbing|clutching|holding|gripping) (his|her|their) chest\b(?=[^.!?]{0,80}\b(right now|can'?t breathe|sweat\w*|pale|gr[ae]y|collaps\w*|hurts (bad|so bad|really bad))\b)(?![^.!?]{0,80}\b(lol|lmao|dramatic\w*|painting|nursing|baby|pretend\w*|game|cowboy|playing)\b)"
        r"|\b(his|her|their|the baby'?s|my (mom|dad|mother|father|husband|wife|son|daughter|baby|partner|boyfriend|girlfriend|grandma|grandpa|brother|sister|friend|roommate|aunt|uncle)'s)\s+breathing (is|seems|looks) (really|very|super|so|extremely) (slow|shallow)\b"
        r"|\bchest (hurts|hurt|pain)\b.{0,60}\b(and|then|now) (he|she|they) (just )?(collapsed|passed out|fell|keeled over|slumped|dropped)\b"
        r"|\b(grabb\w*|clutch\w*|holding)\s+(his|her|their)\s+chest\b.{0,80}\b(slumped|collapsed|fell|passed out|went down|keeled over|gasping|can'?t breathe|not breathing|dropped)\b"
        r"|\b(slumped|collapsed|gasping)\b.{0,80}\b(grabb\w*|clutch\w*|holding)\s+(his|her|their)\s+chest\b",
    ),
    # A blow to the head followed by the signs of a brain injury: vomiting, confusion, slurred
    # speech, drowsiness that will not lift.
    # "my friend is talking nonsense, doesn't recognize me and is burning up" (no stop of a drug told).
    _r(
        "delirium_now",
        "medical",
        r"\b(he|she|they|my (\w+ )?(dad|father|mom|mother|husband|wife|son|daughter|friend|brother|sister|grandma|grandpa|uncle|aunt|partner|roommate|boyfriend|girlfriend))('s| is| are|'re)\s+(\w+\s+)?(delirious|talking nonsense|not making (any )?sense)\b(?!\s+(about|with (joy|excitement)))[^.!?]{0,80}\b(burning up|(high|really high|very high) fever|fever of|screaming at (things|nothing|the wall))\b(?!\s+(the|energy|calories))(?![^.!?]{0,30}\b(lol|lmao|haha\w*)\b)"
        r"|\b(he|she|they|my (\w+ )?(dad|father|mom|mother|husband|wife|son|daughter|friend|brother|sister|grandma|grandpa|uncle|aunt|partner|roommate|boyfriend|girlfriend))('s| is| are|'re)\s+delirious\b[^.!?]{0,60}\b(screaming|yelling|pointing|swatting) at (things|nothing|the (wall|ceiling))\b",
    ),
    _r(
        "head_injury",
        "medical",
        r"(?:\b(hit|hitting|banged|bumped|smacked|cracked|struck) (his|her|their|my|the back of (his|her|their|my)) head\b|(?<!does a )(?<!can a )(?<!could a )(?<!will a )(?<!would a )(?<!is a )\bhead (injury|wound|trauma)\b|\b(fell|fall|falls|fallen|a fall)\b(?! asleep)(?! behind).{0,60}\b(head|skull)\b"
        r"|\b(se|me) (peg[oó]|peg[ueé]|golpe[oó]|golpe[eé]|di[oó]|di) (un golpe en |en )?la cabeza\b|\b(golpe|golpazo|trancazo) en la cabeza\b|\b(se cay[oó]|me ca[ií]|ca[ií]da)\b.{0,60}\bcabeza\b"
        r").{0,300}\b(vomit\w*|throwing up|threw up|keeps? (being sick|puking)|puking|slurr\w*|confused|disoriented|doesn'?t (know|recogni[sz]e)|can'?t (stay awake|keep (his|her|their|my) eyes open|remember)|won'?t wake|hard to wake|(not|isn'?t) waking up|out of it|keeps? asking the same (question|thing)s? (over and over|again and again|every (few )?minutes?)|(so |really |very )?(drowsy|sleepy)|pupils? (are |is |look )?(different|uneven|unequal|blown|huge)|seizure|passed out|unconscious"
        r"|v[oó]mit\w*|vomitando|devolviendo|habla (enredado|arrastrado|raro|mocho|trabado|con dificultad)|arrastra las palabras|confundid[oa]|desorientad[oa]|no (puede|logra|consigue) mantener\w*( los ojos abiertos| despiert[oa])|casi no (puede )?mantener\w* despiert|muy somnolient[oa]|no reconoce|convulsi\w*|se desmay[oó]|inconsciente)\b",
    ),
    _r(
        "emergencia_es",
        "medical",
        r"(?<!alguien )(?<!persona )\b(est[aá]|estoy|tiene|tengo|le (est[aá] )?(dio|dando)|empez[oó] a|est[aá] teniendo) (una |un )?(convulsi\w+|ataque epil[eé]ptico)|\bconvulsionando\b|\bno (se )?(despierta|respira|reacciona|responde)\b|\brespira (muy )?(raro|lento|mal|poco)\b|\b(siento|noto|creo) (que |q )?respir[ao] (muy |bien |s[uú]per |re )?(raro|lento|despacio|mal|poco)\b|\binconsciente\b|\blabios (azules|morados)\b|\b(no puedo|me cuesta (mucho )?) respirar\b",
    ),
    # Spanish, the same crisis classes the English rules above cover (round 8): each English
    # class has its Spanish counterpart here, written from the class, not from a message.
    _r(
        "emergencia_cuerpo_es",
        "medical",
        r"\b(dej[oó] de|ya no|casi no|apenas) respira\w*\b|\brespira (poqu[ií]simo|muy poco|cada mucho)\b"
        r"|\b(le|me|nos) cuesta (mucho )?respirar\b|\b(le|me) falta (el )?aire\b|\bno (puede|puedo|pod[ií]a) respirar\b"
        r"|\bgarganta\b.{0,15}\b(cerrada|se (me |le )?(est[aá] )?cierr\w+|hinchad\w+)\b"
        r"|\b(infarto|ataque al coraz[oó]n)\b(?!.{0,20}\b(hace (\w+ )?(a[nñ]os|meses)|el a[nñ]o pasado)\b)"
        r"|\bel pecho (me|le) (duele|aprieta|oprime|arde)\b|\b(dolor|presi[oó]n|opresi[oó]n)\b.{0,25}\b(en|de)( el|l)? pecho\b|\b(me|le) (aprieta|duele|oprime) (mucho |el )?(el )?pecho\b"
        r"|\b(vomit\w*|devolv\w*|escup\w*) sangre\b|\b(sangrando|sangra) (mucho|much[ií]simo|sin parar|a chorros)\b|\bempap\w+\b.{0,25}\b(toallas?|sangre)\b"
        r"|\bno (consigo|logro|puedo|podemos|conseguimos|logramos) (que (se )?despiert\w+|despertarl[oae]s?)\b"
        r"|\bse despierta\b.{0,30}\bpero (vuelve a cerrar|se vuelve a dormir|no (contesta|habla|responde))\b"
        r"|(?<!alguien )\b(tuvo|le dio|le acaba de dar|acaba de tener|le vino) (una |un |como un |como una )?(convulsi[oó]n|ataque(?! de (p[aá]nico|ansiedad|nervios|risa|tos|celos|llanto|ira)))\b"
        r"|\bse (puso|qued[oó]) (r[ií]gid[oa]|ties[oa])\b|\b(temblando|sacudi[eé]ndose|convulsionando) en el (piso|suelo)\b",
    ),
    _r(
        "abstinencia_grave_es",
        "withdrawal",
        r"\b(dej[oóeé]|dejar\w*|baj[eéoó]|bajaron|bajando|me quit\w+|le quit\w+|no (se lo|me lo) (han dado|dieron|dan)|sin (su|mi|el|tomar\w*) (clonazepam|rivotril|pastilla|medicamento)?|lleva \w+ d[ií]as sin|abstinencia|suspend\w+|de golpe)\b"
        r".{0,300}\b(fiebre (de )?(3[89]|4[01])|(3[89]|4[01])([.,]\d)? de fiebre|coraz[oó]n a (mil|1[2-9]\d)|no sab[eií]a? (d[oó]nde|en qu[eé]|qui[eé]n|ni c[oó]mo|qu[eé] d[ií]a)|no s[eé] d[oó]nde estoy"
        r"|(?<!no )(?<!ni )(?<!sin )alucin\w+|(mucha fiebre|fiebre alt[ií]sima)[^.!?]{0,60}\b(late|coraz[oó]n|confund\w*|sin sentido|no sabe|tiembl\w*|temblando|suda\w*)|\b(late|coraz[oó]n|confund\w*|sin sentido|no sabe|tiembl\w*|temblando|suda\w*)\b[^.!?]{0,60}(mucha fiebre|fiebre alt[ií]sima)|habla (cosas )?sin sentido|como si estuviera en otro lugar|(?<!no )(?<!ni )(ve|veo|oye|oigo|escucha|escucho) (gente|cosas|bichos|sombras|voces|m[uú]sica|a alguien)|muy (perdid|confundid|desorientad)\w+|habla(ndo)? con (gente|personas) que no (est[aá]n?|existe|hay)\b(?=\s*($|[.,;!?]|y\b))|(tiemblo|tiembla) (tanto|entero|entera|much[ií]simo)|temblando en el (piso|suelo))",
    ),
    _r(
        "suicidio_es",
        "suicide",
        r"(?<!alguien que )(?<!persona que )(?<!gente que )(?<!personas que )(?<!alguien que se )(?<!persona que se )(?<!gente que se )\b(quiere|quiero|quer[ií]a|va a|voy a|piensa|pienso|intent\w+|trat\w+ de|dice que se (va a|quiere))\s+(suicidar(me|se|te)?|matar(me|se)|morir(me|se)?|quitar(me|se) la vida)\b"
        r"(?![\s,.!]*(ja(ja)+|je(je)+|xd+\b|lol\b|de (la |el |los |las )?(risa|verg[uü]enza|pena|sue[nñ]o|hambre|calor|fr[ií]o|aburrimiento|ganas|amor|nervios|envidia|ternura|cansancio|miedo)\b))"
        r"|(?<!alguien que )(?<!persona que )(?<!gente que )(?<!personas que )\bse quiere (suicidar|matar|morir|quitar la vida)\b(?![\s,.!]*(de (risa|verg[uü]enza|pena|sue[nñ]o|hambre|calor|fr[ií]o|aburrimiento)\b))"
        r"|\b(terminar|acabar) con (mi|su|tu) (propia )?vida\b|\b(terminar|acabar) con todo\b|\bquitar(me|se|te) la vida\b"
        r"|\bno (pienso|planeo|voy a) (seguir|estar) viv[oa]\b|\bdormir(se|me|te)? para siempre\b|\bno (volver a )?despertar(me)? (nunca )?m[aá]s\b"
        r"|\b(irme|irse|ir) con ([eé]l|ella|mi (esposo|esposa|marido|mujer|madre|padre|mam[aá]|pap[aá]|hij[oa]))\b.{0,15}\b(de una vez|ya|para siempre|pronto)\b"
        r"|\b(ya )?(se|me) quiere? ir\b.{0,60}\b(pastillas|clonazepam|rivotril|esconde|guard\w+)\b"
        r"|\b(buscando|busco|pensando en|planeando) (formas|maneras|c[oó]mo) (de )?(terminar|acabar|morir|matarme|quitarme)\b"
        r"|\b(ya )?(lo )?(decid[ií]|tengo decidido|tengo todo (listo|decidido|pensado)|est[aá] decidido|tom[eé] la decisi[oó]n)\b.{0,80}\b(despido|despedir\w*|adi[oó]s)\b|\b(ya )?(lo )?(decid[ií]|tengo decidido|tengo todo (listo|decidido|pensado)|est[aá] decidido)\b.{0,80}\b(c[oó]mo|cu[aá]ndo|pastillas|cajas|terminar|morir|la vida|fin)\b"
        r"|\b(pastillas|cajas|clonazepam|rivotril)\b.{0,60}\b(ya lo decid[ií]|ya (lo )?tengo decidido|ya s[eé] lo que voy a hacer)\b"
        r"|\b(dej[eé] todo (arreglado|listo|en orden)|ya dej[eé] (las|mis) cartas|cartas de despedida)\b"
        r"|\b(les |le )?(dej[eé]|escrib[ií]) (unas |las |mis |)cartas (a|para) (mis|mi|cada uno de mis) (viejos|padres|hijos|hijas|esposa|esposo|marido|mujer|familia|hermanos?|hermanas?|mam[aá]|pap[aá]|novi[oa]|pareja)\b(?:(?!cumplea|navidad|boda|aniversario)[^.!?]){0,40}\bpor si (acaso|las moscas|no (estoy|vuelvo|despierto)|me pasa algo)\b(?![^.!?]{0,40}\b(cirug\w*|operaci\w*|hospital|viaje|vuelo|parto|desintoxicaci\w*|internaci\w*|cumplea\w*))"
        r"|\b(quiero|quisiera|quer[ií]a|ganas de|me gustar[ií]a|ojal[aá] (pudiera|poder)|deseo)\s+(ya\s+)?(dejar de existir|ya no existir|no existir m[aá]s)\b(?=\s*($|[.,;!?¿]|ya\b|y\b|porque\b|de una vez))(?![^.!?]{0,40}(ja(ja)+|xd|lol|digo|en (redes|instagram|tiktok|facebook|internet)))"
        r"|\bsi (alguien|uno|una persona) (quisiera|quiere|quisiese) dejar de existir\b.{0,40}\b(sirve|funciona|alcanza|cu[aá]nt[oa]s|con (clonazepam|rivotril|pastillas|las pastillas))\b",
    ),
    _r(
        "autolesion_es",
        "suicide",
        r"\bme (volv[ií]|he vuelto|vuelvo) a (cortar|quemar|lastimar|golpear|hacer (\w+ )?(cortes|cortadas|quemaduras|heridas))\b|\b(me he estado|me estuve|se ha estado|se est[aá]|sigue|sigo) (cortando|quemando|lastimando)\b"
        r"|\b(me (cort[eé]|quem[eé])|se (cort[oó]|quem[oó]|corta|quema|cortaba|quemaba))\b.{0,40}\b(a prop[oó]sito|adrede|otra vez|de nuevo|las mu[nñ]ecas|los brazos|las piernas|los muslos)\b"
        r"|\bme (cort[eé]|quem[eé]|raj[eé])\s+(el|la|los|las|mi|mis)\s+(brazos?|piernas?|mu[nñ]ecas?|muslos?|manos?|panza|barriga|est[oó]mago|piel|antebrazos?)\s+con\s+(un|una|el|la|mi)\s+(cigarros?|cigarrillos?|encendedor|mechero|navaja|cuchilla|hoja de afeitar|gillette|tijeras?|cuchillo|vidrio|plancha|f[oó]sforo|cerillo)\b"
        r"(?=[^.!?]{0,60}\b(para (sentir algo|no sentir (nada|esto)|castigarme|calmarme)|a prop[oó]sito|adrede|otra vez|de nuevo|ya van)\b)"
        r"|\b(mu[nñ]ecas|brazos|piernas)\b.{0,15}\b(llen[oa]s de|con) (cortes|cortadas|quemaduras)\b|\b(cortes|cortadas) (frescos|frescas|nuev[oa]s) en (los|las|el|la|sus|mis)\b"
        # "llevo días haciéndome cortes en los muslos": the cuts said as made on oneself.
        r"|\b(haci[eé]ndo(me|se)|hacer(me|se)|me (hago|hice|he hecho|estoy haciendo|sigo haciendo)|se (hace|hizo|ha hecho|est[aá] haciendo))\s+(\w+\s+)?(cortes|cortaditas?|cortadas|quemaduras|heridas|rayones)\b"
        r"|\b(cortes|cortadas|heridas)\b.{0,40}\bm[aá]s profund[oa]s\b"
        r"|\bme (he estado|sigo|estoy|vengo) haciendo da[nñ]o\b(?![^.!?]{0,60}\b(abriendo|pelando|al afeitar\w*|afeit[aá]ndo\w*|cocin\w*|intentando|trabajando|en el trabajo|jugando|entrenando)\b)"
        r"[^.!?]{0,30}\b(en (los|las|mis) (brazos|mu[nñ]ecas|muslos|piernas|antebrazos)|con (una|la|mi) (cuchilla|hoja de afeitar|gillette)|para (sentir|no sentir|castigarme|calmarme))\b",
    ),
    _r(
        "letal_es",
        "suicide",
        r"\b(dosis|cantidad|combinaci[oó]n|mezcla)\b.{0,40}\b(letal|mortal|que (mata|te mata|me mate|lo mate))(es)?\b"
        r"|\b(toda la caja|todo el frasco|todas (las|mis|sus) pastillas|el frasco entero|la caja entera|\d{2,} pastillas)\b.{0,80}\b(se muere|me muero|morir\w*|muere|mata|matar\w*|no despiert\w*)\b"
        r"|\bpara que (se duerma|no despierte) y (ya )?no (despierte|vuelva a despertar)\b"
        r"|\b(mezcl\w+|tom\w+|junt\w+)\b.{0,60}\b(alcohol|pastillas|rivotril|clonazepam|trago\w*)\b.{0,40}\ba prop[oó]sito\b",
    ),
    _r(
        "acopio_es",
        "suicide",
        r"\b(juntando|acumulando|ahorrando|escondiendo|esconde|escondo|escond[ií]|escondi[oó]|atesorando)\b.{0,20}\b(mis |sus |las |unas )?(pastillas|pastis|pepas|rivotril|clonazepam|clonas|cajas|tabletas)\b"
        r"|\bguard(ando|o|adas|ados)\b.{0,25}\b(pastillas|pastis|pepas|rivotril|clonazepam|clonas|cajas)\b.{0,40}\b(para (terminar|acabar|el final|cuando|el d[ií]a|morir|no despertar)|hace (meses|semanas)|desde hace|ya s[eé]|decid\w+|por si acaso|sin que)\b"
        r"|\b(\d+|varias|muchas) cajas de (rivotril|clonazepam|pastillas) guardadas\b"
        r"|\b(pastillas|pastis|pepas|rivotril|clonazepam|clonas|tabletas)\s+(ya\s+)?(guardadas|listas|juntadas|escondidas|apartadas)\b.{0,40}\b(pa'?|para)\s+(acabar|terminar)\s+con\s+(todo|mi vida|la vida|mi sufrimiento|esto de una vez|esto para siempre)\b(?!\s+(el|la|los|las|lo|del|de la)\b)",
    ),
    _r(
        "sobredosis_mas_es",
        "overdose",
        r"\b(me tom[eé]|tom[eé]|se tom[oó]|se ha tomado|me he tomado|se meti[oó]|me met[ií]|me trag[ueé]|se trag[oó]|se ha tragado)\b.{0,30}\b(demasiad[oa]s|veinte|treinta|cuarenta|quince|doce|diez|(?<![\d.,])\d{2,}(?![\d.,])|un mont[oó]n|un pu[nñ]ado|un buen trago)\b(?! (gotas|minutos|d[ií]as|horas|a[nñ]os))"
        r"|\b(tom[eé]|tomado|tuve) una sobredosis\b"
        r"|\b(la|su|mi) dosis\b.{0,25}\b(dos veces|doble)\b.{0,60}\b(adormilad\w+|muy dormid\w+|no se (despierta|puede)|mareado|marea\w*|rar[ií]sim\w+|como borrach\w+)\b"
        r"|\b(tambi[eé]n|adem[aá]s) (el|la|las) de (él|ella)\b.{0,80}\b(mare\w+|como borrach\w+|rar[ií]sim\w+|no me (puedo|sostengo))\b"
        r"|\b(pastillas?|clonazepam|rivotril|clona\w*)\b.{0,60}\b(cerveza|alcohol|vodka|vino|whisky|tragos)\b.{0,60}\b(pesad[oa]|no (me )?puedo (ni )?(parar|levantar\w*|mantener)|no se puede ni parar)\b"
        r"|\b(con|tiene) una pastilla\b.{0,25}\ben la boca\b"
        r"|\b(tom[oó]|tomado|tom[eé]|pastillas|clonazepam|rivotril|clonas)\b.{0,200}\b(alcohol|whisky|vodka|vino|cervezas?|tragos?|copas?|tequila|ron)\b.{0,200}\b(contesta|responde|dice|habla) (cosas )?(sin sentido|incoherencias|incoherente)\b|\bse le cierran los ojos\b.{0,100}\b(tom[oó]|tomado|pastillas|alcohol|whisky|tragos?)\b"
        r"|\b(tom[oó]|tomado|tom[eé]|pastillas|clonazepam|rivotril|clonas)\b.{0,200}\b(alcohol|whisky|vodka|vino|cervezas?|tragos?|copas?|tequila|ron)\b.{0,200}\bse le cierran los ojos\b",
    ),
    # "si mi cuñado vuelve a tocar a mi hermana lo mato, ya tengo la pistola": a threat, a weapon ready, a person.
    _r(
        "armed_threat_es",
        "harm_others",
        r"\b((l[oa]|le|los|las|les) (mato|apu[nñ]alo|acuchillo|pego un tiro|pego un balazo|meto (un tiro|un balazo|una pu[nñ]alada|un navajazo|un plomazo)|parto la (cara|madre|cabeza|crisma))|le rajo|me (lo|la) cargo)\b(?=.{0,160}\b(tengo|ya tengo|traigo|llevo) (la|el|una|un|mi) (navaja|cuchillo|pistola|arma|fierro|machete|escopeta|cuchilla)\b(?! de (cocina|pan|mesa|carne|agua|carnicero|caza))[^.!?]{0,25}\b(preparad[oa]|list[oa]|cargad[oa]|en el (coche|carro|auto|bolso|caj[oó]n|bolsillo|cintur[oó]n)|en la (guantera|mochila|cintura)|encima|conmigo|aqu[ií])\b)(?![^.!?]{0,40}(ja(ja)+|je(je)+|xd|lol|😂))"
        r"|\b(tengo|ya tengo|traigo|llevo) (la|el|una|un|mi) (navaja|cuchillo|pistola|arma|fierro|machete|escopeta|cuchilla)\b(?! de (cocina|pan|mesa|carne|agua|carnicero|caza))[^.!?]{0,25}\b(preparad[oa]|list[oa]|cargad[oa]|en el (coche|carro|auto|bolso|caj[oó]n|bolsillo|cintur[oó]n)|en la (guantera|mochila|cintura)|encima|conmigo|aqu[ií])\b(?=.{0,160}\b((l[oa]|le|los|las|les) (mato|apu[nñ]alo|acuchillo|pego un tiro|pego un balazo|meto (un tiro|un balazo|una pu[nñ]alada|un navajazo|un plomazo)|parto la (cara|madre|cabeza|crisma))|le rajo|me (lo|la) cargo)\b)(?![^.!?]{0,40}(ja(ja)+|je(je)+|xd|lol|😂))",
    ),
    _r(
        "violencia_es",
        "harm_others",
        r"\b(l[eoa]s?) (voy a|vamos a|pienso|quiero|juro que)\s+(matar|hacer da[nñ]o|lastimar|apu[nñ]alar|golpear|partir la (cara|madre)|romper la (cara|madre)|envenenar|disparar|quemar)\b"
        r"(?![\s,.!]*(ja(ja)+|je(je)+|xd+\b|lol\b))"
        r"|\b(darle|dar|meterle|pegarle) una (madriza|golpiza|paliza|putiza|chinga)\b"
        r"|\bganas de (pegarle|golpearl\w+|matarl\w+|lastimarl\w+|hacerle da[nñ]o)\b(?!.{0,10}\b(al|a la) (pared|almohada|saco)\b)"
        r"|\b(poner|echar|meter|darle|ponerle|echarle|meterle)\b.{0,50}\ba (la|su) (bebida|comida|caf[eé]|sopa|copa|jugo|agua)\b.{0,60}\b(duerma|no despierte|se muera|muera|enferme)\b",
    ),
    # Pills gathered in secret, before anyone notices.
    # "I'm not safe right now": danger to oneself said plainly (not a danger from someone named in the sentence).
    _r(
        "not_safe_now",
        "suicide",
        r"(?<!if )(?<!whether )\b(i'?m|im|i am) not safe (right now|rn|tonight|with myself|around myself)( (right now|rn|tonight|today|anymore))?\b(?=\s*($|[.,;!?]|and\b|i\b|anymore\b))"
        r"|(?<!if )(?<!whether )\b(i (just |really |honestly )?(don'?t|do not) feel safe|(i'?m|im|i am) not feeling safe) (being )?(with|around|alone with) myself\b",
    ),
    # "i keep googling how many it takes": the lethal number searched, nothing after it.
    _r(
        "lethal_number_searched",
        "suicide",
        r"\b(i keep|i'?ve been|i have been|been|keep)\s+(googling|searching|looking up|researching)\s+how many( (pills|tablets|of (them|these|those|my \w+)|klonopin|clonazepam|kpins|benzos))?\s+(it )?(takes|it would take|would take|it'?d take)\b"
        r"(?=\s*($|[.,;!?]|and\b|but\b|so\b|tho\b|to (die|od|overdose|not wake|never wake|kill (myself|yourself|a person|someone)|end it)\b))",
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
        r"\b((how|hw|hoe) (much|many|mch)|what (amount|quantity))\b.{0,40}\b(should|shud|shld|shoud|can|could|do|would|must|to)\b(?:(?!\b(bring|carry|import|ship|mail|pack)\b).){0,12}\b(i|we|he|she|they|you|someone|a person)?\b(?:(?!\b(bring|carry|import|ship|mail|pack)\b).){0,25}\b(take|use|give|have|cut|reduce|drop|lower|increase|decrease|split|start)\b",
    ),
    # "how much to get through the flight": an amount for an occasion.
    _r(
        "amount_for_occasion",
        "dosing",
        r"(\bhow many\s+(to|would|will|do i need to|should i take to)\s+get (me )?through\b"
        r"|\bhow (much|many)\b(?! (hours|days|minutes|weeks|times|people|money|sleep|caffeine|coffee|time))(?!.{0,15}\b(cost|costs|price)\b).{0,20}\b(to|for|would|will|should i take to|do i (need|take) to|(would|will|do) i need to)\s+(get (me )?through|survive|make it through|sleep (on|through|during)|calm (me |myself )?(down|my nerves)|relax (on|for|during)|handle|cope with|manage|knock me out (for|on|during))\b.{0,15}\b(the|a|my|this|that|tomorrow'?s|tonight'?s|[\w-]+'s) ([\w-]+ ){0,2}(flight|plane|trip|exam|interview|test|wedding|presentation|dentist|mri|procedure|surgery|speech|funeral|event|drive|night|meeting|party|thanksgiving|christmas|holidays?)\b"
        r"|\bcu[aá]nt[oa]s?\s+((me |le )?(tomo|tome|doy|tomar|necesito)\s+)?para\s+(aguantar|dormir|calmarme|calmarla|calmarlo|relajarme|tranquilizarme|el examen|la entrevista|la boda|la cirug[ií]a|el dentista|no sentir)\b)",
    ),
    _r(
        "how_many_mg",
        "dosing",
        # Not a count of events or people: "how many clonazepam overdoses (deaths, prescriptions) a year".
        r"\bhow (much|many) (mg|milligrams?|mgs|pills?|tablets?|klonopin|clonazepam|k ?pins?|klons?|benzos?|bars?|xanax)\b"
        r"(?![\s-]+(related )?(overdoses|deaths|fatalities|prescriptions|scripts|cases|prescribers|addicts|poisonings|(er |emergency )?visits|calls|studies|refills|arrests)\b)(?!.{0,30}\b(cost|costs|price|priced|is it without|does it cost|are (they|those) (at|without))\b)",
    ),
    _r(
        "what_dose",
        "dosing",
        r"\b(what|which|right|correct|good|safe|normal|starting|usual|typical)\s+((klonopin|clonazepam|benzo)\s+)?(dose|dosage|amount|strength)\b.{0,50}\b(should|do|can|would|for|is|to take)\b",
    ),
    _r(
        "taper_schedule",
        "dosing",
        r"\b(taper\w*|wean\w*|cut(ting)? (back|down)|come off|get off|go(ing)? down|step(ping)? down|reduc\w+|lower\w*|decreas\w+|drop\w*)\b.{0,60}\b(schedule|plan|regimen|how fast|how quickly|how slow\w*|per (week|day)|each (week|day)|every (week|day|other|\d)|by how much|what percent|percent|mg|milligrams?|how much)\b",
    ),
    # "can I take it every other night to make it last the whole contract?", "how should I space out the
    # 10 pills until then": one's supply stretched by a schedule of one's own.
    _r(
        "stretch_supply",
        "dosing",
        r"\b(can|should|could|do) (i|we|he|she) (take|have) (it|them|one|half|a half|my (klonopin|clonazepam|pills|meds|dose))\s+(only\s+)?(every other (night|day)|every (second|third) (day|night)|less often|(once|twice) a (day|week)|at night only|only at night)\b[^.!?]{0,60}\b(make (it|them|\w+) last|stretch|last (until|till|through|the whole|me))\b"
        r"|\bhow (should|do|can|could) (i|we) (space out|ration|stretch|split up)\s+(the |my |these |those )?(\d+ )?(pills|tablets|klonopin|clonazepam|kpins)\b"
        r"|\bhow much (to|should i|do i|can i) take (a|per|each) day to (stretch|make (it|them|my \w+( \w+)?) last)\b"
        r"|\b(stretch|ration)\s+(my|the|these|those)\s+(\d+\s+)?(pills|tablets|klonopin|clonazepam|kpins)\s+(to|until|till|through)\b",
    ),
    # "should I stop my prescribed medication?", "how do I come off my klonopin without withdrawal?":
    # whether or how one's own (or a relative's) medicine is stopped.
    _r(
        "stop_mine_asked",
        "dosing",
        r"\b(should|can|could|may|shall|is it (ok(ay)?|safe|time|a good idea) (to|for me to|if i))\s+(i\s+|we\s+|he\s+|she\s+)?(just\s+)?(stop|quit|come off|get off|discontinue)\s+(taking\s+)?(my|her|his|their|our)\s+(prescribed\s+)?([\w-]+\s+)?(klonopin|clonazepam|rivotril|benzos?|meds|medications?|medicines?|pills|tablets|antipsychotics?|anti-psychotics?|antidepressants?|prescriptions?|script)\b(?!\s+(bottle|box|refill|order|delivery|app|reminder|insurance)s?\b)"
        r"|\bhow (do|can|should|could) (i|we) (stop|quit|come off|get off|discontinue)\s+(taking\s+)?(my\s+)?(prescribed\s+)?([\w-]+\s+)?(klonopin|clonazepam|rivotril|benzos?|meds|medications?|medicines?|pills|tablets|antipsychotics?|anti-psychotics?|antidepressants?|prescriptions?|script)\s+without\s+(getting\s+|having\s+|any\s+)?(withdrawal|symptoms|side effects|seizures)\b",
    ),
    # "when do I drop the night one completely?": which of one's own doses goes, and when.
    _r(
        "which_dose_when",
        "dosing",
        r"\b(when (do|should|can|could|would|will) (i|we|he|she)|when('?s| is)? (the )?(right|best|safe) time to|at what point (do|should|can|could) (i|we|he|she))\s+(drop|stop|cut( out)?|skip|remove|lose|go without|eliminate|get rid of)\s+(the |my |his |her )?"
        r"(night|nighttime|bedtime|morning|evening|afternoon|midday|noon|last|second|first|am|pm|other|\w+time) (one|dose|pill|tablet|half|klonopin|clonazepam)\b"
        r"|\b(should|can|could|would it be (ok(ay)?|better|safe) (to|if)|is it (ok(ay)?|better|safe) (to|if))\s+((i|we|he|she|they)\s+)?(just |maybe |only )?(drop|stop( taking)?|cut( out)?|skip|keep|eliminate|get rid of|go without)\s+(the |my |his |her |their |our )?"
        r"(night|nighttime|bedtime|morning|evening|afternoon|midday|noon|am|pm|second|first|last|daytime|day|\d{1,2} ?(am|pm)) (dose|pill|tablet|half|klonopin|clonazepam)\b(?!\s+(of\b|in the (bottle|drawer|cabinet|box)|as a))"
        r"|\b(klonopin|clonazepam|mg|dose|doses|pills?|tablets?|\d*[.,]\d+)\b[^?]{0,150}\b(should|can|could|would it be (ok(ay)?|better|safe) (to|if)|is it (ok(ay)?|better|safe) (to|if))\s+((i|we|he|she|they)\s+)?(just |maybe |only )?"
        r"(drop|stop|cut( out)?|skip|keep|eliminate|get rid of|go without)\s+(the |my |his |her |their |our )?(night|nighttime|bedtime|morning|evening|afternoon|midday|noon|second|first|last|daytime) one\b"
        r"|\bcu[aá]ndo (dejo|quito|elimino|suspendo|le quito) (la|el) (dosis|pastilla|toma) de (la noche|la ma[nñ]ana|la tarde|mediod[ií]a)\b",
    ),
    _r(
        "schedule_for_me",
        "dosing",
        r"\b(give|make|write|create|design|suggest|recommend|tell|show|plan)\b.{0,25}\b(me|us|him|her|them|my)\b.{0,30}\b(taper\w*|schedule|plan|dose|dosage|regimen|how much)\b",
    ),
    # "lay out a week-by-week plan ... exact amounts per week".
    _r(
        "plan_with_amounts",
        "dosing",
        r"\b(exact|specific|precise|actual) (amounts?|doses?|dosages?|numbers|mg|milligrams?|figures)\b.{0,20}\b(per|each|every|for each|by|a) (week|day|step|month|stage)\b(?=\W*(please|pls|plz|thanks|thank you)?\W*$)"
        r"|\b(give|tell|send|show|write|want|need) (me |us )?(the )?(exact|specific|precise|actual) (amounts?|doses?|dosages?|numbers|mg|milligrams?)\b.{0,20}\b(per|each|every|for each|by|a) (week|day|step|month|stage)\b"
        r"|\b(lay|map|draw|sketch|spell|work|write)\s+(out|up)\b.{0,20}\b(week[- ]by[- ]week|weekly|day[- ]by[- ]day|daily|step[- ]by[- ]step|month[- ]by[- ]month)\s+((taper(ing)?|reduction|dosing|weaning) )?(plan|schedule|regimen|taper)\b"
        r"(?=.{0,80}\b(taper\w*|klonopin|clonazepam|rivotril|\d\s*mg|(get|getting|come|coming|go|going) (me )?off|wean\w*|doses?|dosage)\b)"
        r"|\b(get|getting|go|going|come|coming)\s+(down )?from\s+(\d+([.,]\d+)?|[.,]\d+)\s*(mg|milligrams?)\s+(down )?to\s+(zero|0|nothing|off)\b",
    ),
    _r(
        "how_fast_should",
        "dosing",
        r"\bhow (fast|quickly|slowly|slow|often)\b.{0,30}\b(should|can|do|could|must)\b.{0,12}\b(i|we|he|she|they|you)\b.{0,30}\b(taper|wean|reduce|cut|come off|get off|stop|quit|drop|lower|take)\b|\bhow long\b.{0,30}\b(should|can|must|do|could)\b.{0,6}\b(i|we|he|she|my \w+)\b.{0,30}\b(taper|wean|reduce|cut|come off|get off|stop|quit|drop|lower|take|wait|hold|stay)\b",
    ),
    _r(
        "can_i_take_more",
        "dosing",
        r"\b(can|should|could|may|is it (ok(ay)?|safe|fine|bad) (to|if))\b.{0,15}\b(i|we|he|she|you|they)\b.{0,30}\b(take|have|double|split|cut|crush|skip|add|(?<!pick )(?<!picked )(?<!set )(?<!sets )(?<!setting )up|bump|chew)\b[^.?!]{0,40}\b(another|extra|more|second|(two|three|both)(?= (at|of|instead|now|tonight|together|pills|tablets|tabs|halves|in one)\b)|half|a double|double|dose|pills?|tablets?|\d|mg|tonight|early|quarter)\b"
        r"|\bshould (i|we|he|she|they) (be taking|take) (two|three|four|both|more|less|half|\d)\b"
        # "is it safe to take an extra pill if I'm panicking?", "would it hurt to take an extra one on a bad day?"
        r"|\b((is|would|will) it (be )?(ok(ay)?|safe|fine|bad|alright|all right|a problem)|would it hurt|am i allowed|is it allowed) (for (me|him|her|them) )?to (take|have|give (him|her|them)|add|pop)\s+(another|an extra|extra|a second|a double|double|half)"
        r"(\s+(one|pill|tab\w*|dose|klonopin|clonazepam|kpins?|\d|0?\.\d+|mg|half|quarter|of (them|these|my|her|his))\b|\s*($|[.?!,]|tonight|now|before|when|if|on)\b)"
        # "wondering if I should take another", "not sure if we can give her a second one".
        r"|\b(if|whether|think|thinking|wondering)\s+(i|we|he|she|they)\s+(should|can|could|ought to)\s+(take|have|give (him|her|them)|pop|add)\s+(another|an extra|extra|more|a second|a double|half (a|of a|another))"
        r"(\s+(one|pill|tab\w*|dose|klonopin|clonazepam|kpins?|clon\w*|\d|mg|of (them|these|my|her|his))\b|\s*($|[.?!,]|tonight|now))"
        r"|\b(if|whether|wondering)\s+(i|we|he|she|they)\s+(should|can|could|ought to)\s+(take|have|give (him|her|them)|pop)\s+"
        r"(one and a half|(one|a) half|a quarter|(two|three|four|\d+(\.\d+)?) ?(mg|milligrams?|pills?|tabs?|tablets?))"
        r"( of (a|an|my|her|his|their|the) (pill|tab|tablet|dose|klonopin|clonazepam)| of (her|his|my|their) (pills|tablets|klonopin|clonazepam))?"
        r"(?=\s*($|[.?!,]|tonight|now|instead|at once|together|more|extra|to (sleep|calm))\b)"
        r"|\b(can|should|could|may)\s+(i|we)\s+(still\s+)?(do|keep doing)\s+(the|an|that|my)\s+extra\s+(\d|\.\d|half|quarter|dose|pill|tab\w*|mg|one|klonopin|clonazepam)",
    ),
    _r(
        "conversion",
        "dosing",
        r"\b(convert\w*|conversion|equivalen\w*|switch\w* ((me|myself|him|himself|her|herself|them) )?(from|to)(?!\s+(requiring|require|needing|a (new|different) (pharmacy|insurance|plan|doctor|prescriber)|mail[- ]order|generic))|swap\w*|cross[- ]?taper\w*)\b.{0,60}\b(valium|diazepam|xanax|alprazolam|ativan|lorazepam|librium|chlordiazepoxide|benzo\w*|klonopin|clonazepam)\b",
    ),
    _r(
        "maximum_dose",
        "dosing",
        r"\b(max(imum)?|highest|most|upper limit|safe limit)\b.{0,20}\b(dose|dosage|mg|amount|i can take|you can take)\b|\bhow much is too much\b|\b(is|would) (just |only )?((one and a half|half|a half|\d*[.,]\d+)(\s*(mg|milligrams?|pills?|tablets?|tabs?))?|(\d+|one|two|three|four|five|six)\s*(mg|milligrams?|pills?|tablets?|tabs?|of (them|these|my \w+)))( be)? too (many|much)\b(?=\s*($|[?.!,;]|if\b|when\b|since\b|because\b|or\b|at once\b|to take\b|for (me|him|her|someone|a|an|my|his|her|kids?)\b))|\bhow (much|many)\s+(\w+\s+){0,3}?(pills?|tablets?|tabs?|mg|milligrams?|klonopin|clonazepam|k-?pins?|benzos?|doses?|quarters|halves|of (it|them|these|those|my \w+))\b.{0,20}\b(is|are|would be) too (much|many)\b",
    ),
    _r(
        "how_much_ok",
        "dosing",
        r"\bhow (much|many)\b.{0,40}\b(would be|is|are|'?s) (ok(ay)?|safe|fine|too much|enough|alright)\b",
    ),
    _r(
        "give_someone",
        "dosing",
        r"\b(can|should|could|is it ok(ay)? (to|if)) i give\b.{0,40}\b(one|some|a|my|half|any)\b.{0,20}\b(klonopin|clonazepam|pills?|kpins?|tablets?)\b"
        r"|\b(can|should|could|may) (i|we) (just |maybe |only )?give (him|her|them|my \w+|mom|mum|dad|grandma|grandpa|nana)\b.{0,20}\b(half|another|an extra|one more|a second|extra)\b"
        r"(?!\s+(chance|call|week|day|hug|opinion|opinion appointment|try|shot|month|minute|time|support|hour|look|reminder|text|ride|night|weekend|the rent|rent)\b)"
        r"|\b(can|should|could|may) (i|we) give (him|her|them|my [\w-]+) (my|some of my|one of my|a few of my) (\d|[.,]\d|pills?|tablets?|klonopin|clonazepam|meds)|\b(can|should|could|may) (i|we) (just )?give (him|her|them|my [\w-]+|the resident|the patient|mom|dad) (the |her |his |their )?(usual |normal |regular )?(0?[.,]\d{1,3}|[1-4][.,]\d{1,2}|\d+\s*mg|half)(?!\d)(\s*(mg|milligrams?)\b|(?=\s*(tonight|now|today|this (evening|morning)|at (night|bedtime)|instead|and get|even though|[?]|$)))",
    ),
    _r(
        "lowest_dose",
        "dosing",
        r"\b(lowest|smallest|minimum|min|least) (effective )?(dose|dosage|amount|mg)\b|\b(dose|dosage)\b.{0,60}\b(my (size|weight|age|height)|for someone (my|of my|like me)|i weigh|\d+\s*(lbs|pounds|kg|kilos))\b",
    ),
    _r(
        "my_step",
        "dosing",
        r"\b(go|drop|jump|step|cut)\s+(straight |directly |right )?(down )?from\s+((\d+([.,]\d+)?|[.,]\d+)\s*(mg )?|(\d*[.,]\d+\s*(mg )?|\d+\s*mg )((twice|once|three times|two times) (a|per) day|(a|per) day|daily|at night|in the morning|at bedtime) )(straight |directly |right )?(to|down to)\s+(zero|0|nothing|\d)"
        r"|\b(go|drop|jump|step|cut)\s+(down )?from\s+\d+\s+(at (night|bedtime)|in the (morning|evening)|(a|per) day|daily)\s+(down )?to\s+\d*[.,]\d+"
        r"|\b(need|take|get) (more|less|a higher|a lower|a bigger|a smaller) (dose )?than (the |my )?\d"
        r"|\bhow (should|do|can) (i|we) cross[- ]?taper\b|\bcross[- ]?taper\b.{0,30}\b(from|to)\b.{0,20}\b(\w+)\b.{0,5}\?"
        r"|\b(ok|okay|safe|fine|alright)\s+(to|if i)\s+(cut|split|halve|crush|chew|break)\b.{0,40}\b(in half|pills?|tablets?|\d)"
        # "should she halve it?": halving or quartering is only ever said of a dose.
        r"|\b(should|can|could|shall|do|would it be (ok(ay)?|safe|better) to|is it (ok(ay)?|safe|better) to)\s+((i|we|he|she|they|you)\s+)?(just |maybe |try (to )?)?(halve|quarter)\s+(it|them|that|this|(the|her|his|my|their|our|your) (\w+ )?(dose|dosage|pills?|tablets?|meds|medication|klonopin|clonazepam))\b"
        r"|\b(should|can|could|shall)\s+(i|we|he|she)\s+(just |maybe |try (to )?)?(double|split|lower|reduce)\s+(her|his|my|our) (\w+ )?(dose|dosage|pills?|tablets?|klonopin|clonazepam)\b(?!\s+(off|out|in the (toilet|trash|bin))\b)"
        r"|\bis (\d+([.,]\d+)?|[.,]\d+)\s*(mg )?(too (low|high|much|little|weak|strong)|enough)\b.{0,10}\b(for (me|him|her|my)|at my)\b"
        r"|\b(you|u) (told|said|gave|showed) (me|us)\b.{0,50}\d.{0,60}\b(what (comes|is|do i do) (after|next)|next step|and then what)\b",
    ),
    # A change of one's own amount asked: "can I go down to 0.25 at night", a split schedule in Spanish
    # ("tomarme la mitad en la mañana y la otra mitad en la noche").
    # A day's doses moved into one, or one's dose raised to another person's: a schedule change.
    _r(
        "doses_merged_or_matched",
        "dosing",
        r"\b(can|could|should|may|is it (ok(ay)?|safe|fine|bad|alright|a good idea) (to|if))\b[^.!?]{0,20}(\b(i|we|he|she|you)\b[^.!?]{0,15})?\b(take|have|do)\s+"
        r"(my doses|both( of my)? doses|the two doses|my two doses|both halves|my whole (daily )?dose|my (klonopin|clonazepam) doses|my (morning|daytime|afternoon) (and|&) (evening|night|bedtime) (doses?|ones?|pills?|halves))\s+"
        r"(all\s+)?(together|at once|at the same time|in one go|in one dose|as one dose)\b"
        r"|\b(klonopin|clonazepam|rivotril|dose|doses|mg|pills?|tablets?)\b[^.!?]{0,100}[.!?,]?\s{0,3}[^.!?]{0,60}?\b(can|could|should|is it (ok(ay)?|safe|fine) (to|if))\b[^.!?]{0,20}\b(i|we)\s+(just\s+)?(take|have)\s+(it all|all of it|them all|all of them|it|them)\s+(all\s+)?(together|at once|at the same time|in one go)\b"
        r"(?=[^.!?]{0,30}\b(at night|in the morning|before bed|at bedtime|instead|or (spread|split|space) (them|it) out)\b)"
        r"|\b(combine|merge|put)\s+(my|both|the two)\s+(\w+\s+)?doses\s+(into|in) one\b"
        r"|\b(puedo|podr[ií]a|debo|deber[ií]a|est[aá] bien|se puede)\b[^.!?]{0,20}\b(tomar(me)?(lo|la)?|tom[aá]rmel[oa])\s+(las dos (dosis|tomas)|ambas (dosis|tomas)|toda la dosis)\s+(junt[oa]s?|de una (sola )?vez|a la vez|al mismo tiempo|en una (sola )?toma)\b"
        r"|\b(clonazepam|rivotril|clonas?|dosis|pastillas?|mg)\b[^.!?]{0,100}[.!?,]?\s{0,3}[^.!?]{0,60}?(\b(puedo|podr[ií]a|debo|deber[ií]a|est[aá] bien|se puede)\b[^.!?]{0,20}\b(tomar(me)?(lo|la)?|tom[aá]rmel[oa])\s+(todo|toda)|\bme (lo|la) (puedo|podr[ií]a|debo) tomar (todo|toda))\s+(junt[oa]|de una (sola )?vez|a la vez|al mismo tiempo|en una (sola )?toma)\b"
        r"(?=[^.!?]{0,30}\b(en la noche|por la noche|de noche|a la noche|en la ma[nñ]ana|por la ma[nñ]ana|antes de (dormir|acostarme)|en vez de)\b)"
        r"|\b(i|we)\s+(\w+\s+)?(go|move|bump|jump|come)\s+(it\s+)?up to (what|the (same )?(amount|dose)( (as|that))?) (he|she|they|my [\w-]+( [\w-]+)?) (takes?|is (on|taking)|gets?|uses?)\b"
        r"|\b(can|could|should) (i|we) (take|have) (as much as|the same (amount|dose) as|what) (my|he|she) ([\w-]+ )?(takes?|does|is on|gets)\b"
        r"|\b(is it (ok(ay)?|safe|fine|alright) (to|if i)|can i|should i) (take|have) (the same (amount|dose)|as much) as (my|he|she|him|her)\b"
        r"|\bme (lo|la) (puedo|podr[ií]a|debo) tomar (todo|toda) (junt[oa]|de una (sola )?vez|a la vez|al mismo tiempo)\b(?=[^.!?]{0,30}\b(en la noche|por la noche|de noche|a la noche|en la ma[nñ]ana|por la ma[nñ]ana|antes de (dormir|acostarme))\b)"
        r"|\bsubir(me)? a lo que (toma|toman) (mi|su) (herman[oa]|espos[oa]|marido|mam[aá]|pap[aá]|amig[oa]|novi[oa]|pareja|cu[nñ]ad[oa])\b",
    ),
    _r(
        "my_change_asked",
        "dosing",
        r"\b(can|could|should|may|shall) (i|we|he|she) (just |maybe )?(go|drop|come|cut|step|move|taper|get|lower|reduce|decrease) (it |down |back )?to ((\d+[.,]\d+|[.,]\d+)(\s*(mg|milligrams?)\b|(?=\s*($|[?.!,;]|at night|in the morning|a day|daily|tonight|instead|first|next|or\b|since|because|on (my|our|her|his) own)))|(\d+|half|a half|a quarter)\s*(mg|milligrams?|pills?|tabs?|tablets?)\b|(\d+|half|a half|a quarter)(?=\s*(at night|in the morning|a day|daily|tonight)\b))"
        r"|\b(can|could|should) (i|we|he|she) (switch to|start|try) (taking )?half (in the morning|at night|in the evening) and (the other )?half\b"
        r"|\b(is it|is now|when is it|it'?s|is this) (the |a good |the right )?(time|ok(ay)?|safe) (yet )?((for (me|him|her|us) )?)to (go|drop|move|step|cut|come|get|taper) (it )?(down )?to ((\d+[.,]\d+|[.,]\d+)(\s*(mg|milligrams?))?|\d+\s*(mg|milligrams?)|half|a half|a quarter)"
        r"(?=\s*($|[?.!,;]|or\b|yet\b|now\b|next\b|this\b|at night|in the morning|a day|(a |of (a |my |the |her |his ))?(pill|tablet|dose)\b))"
        r"|\b(am i|are we|is (he|she)) ready to (go|drop|move|step|cut|come|get|taper) (it )?(down )?to ((\d+[.,]\d+|[.,]\d+)(\s*(mg|milligrams?))?|\d+\s*(mg|milligrams?)|half|a half|a quarter)(?=\s*($|[?.!,;]|or\b|yet\b))"
        r"|\b(ya )?es hora de (bajar|pasar|reducir)(me|le)? a (\d+[.,]\d+|[.,]\d+|medi[oa]|un cuarto)\b"
        r"|\b(puedo|podr[ií]a|debo|deber[ií]a)\s+(bajar(me)?|subir(me)?|pasar(me)?)\s+a\s+(\d+([.,]\d+)?\s*(mg|miligramos?)|\d+([.,]\d+)?\s+pastillas?|(medio|media|un cuarto)(\s+(pastilla|comprimido|mg|miligramo))?(?=\s*($|[?.!,;])))"
        r"|\b(tom\w*|pastilla\w*|pasti\w*|rivotril|clonazepam)\b.{0,60}\b(la )?mitad (en|por|a) la (ma[nñ]ana|noche|tarde)\b.{0,40}\b(la )?otra mitad\b"
        r"|\b(partir|partirla|partila|partirlas|dividir|dividirla|cortar|cortarla)\b.{0,40}\b(tomar(me)?(la)?|tom[aá]rmela)\s+(la )?mitad\b",
    ),
    _r(
        "adjust_mine",
        "dosing",
        r"\bhow (to|should i|do i|can i|would i|would you|much to|should we|do we)\s+(adjust|titrate|tweak|modify|raise|lower|increase|decrease|bump|change)\s+(up |down )?(my|his|her|our|the)\s+(klonopin|clonazepam|dose|dosage|meds|medication|benzo|pills?)\b"
        r"|\b(what would|how would|what does|what should)\s+(mine|my (taper|schedule|plan|one))\b.{0,30}\blook like\b.{0,60}\b(i'?m on|i take|i'?m taking|on)\s+\d"
        r"|\b(i'?m on|i'?m at|i take|i'?m taking)\s+\d.{0,60}\b(what would|how would|what should)\s+(mine|my (taper|schedule|plan))\b",
    ),
    # A choice between two amounts for now, an amount tried on one's own, the first step or the
    # pace of one's own taper.
    _r(
        "my_amount",
        "dosing",
        r"\b(tonight|today|now|this time|for (me|tonight|sleep))\b.{0,30}\b(\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\s+or\s+(\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\b"
        r"|\b(should i|do i|can i|shall i) (take |do |go with )?(\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\s+or\s+(\d+([.,]\d+)?|[.,]\d+)\b"
        r"|\b(tonight|today|now|this time)\b.{0,10}\b(one|two|half|a half|a whole|three)\s+or\s+(one|two|half|a half|a whole|three)\b"
        r"|\bshould i (just )?(do|take|have|go with|stick (with|to)) (\d+([.,]\d+)?|[.,]\d+|one|two|three|half|a half|a whole)\b(?!\s*(weeks?|days?|months?|years?|hours?|minutes?|times|classes|steps|sessions|of (the|my) (days|weeks))\b)"
        r"|\b(the )?(full|whole|usual|normal|regular) (\d+([.,]\d+)?|one|two|three|four|dose|amount)\s+or\s+(just |only |maybe )?(\d+([.,]\d+)?|one|two|three|half|a half|(a (bit|little) )?less)\b"
        r"(?!\s*(weeks?|days?|months?|years?|hours?|minutes?|sessions?|classes|glasses|drinks?|beers?|cups?|times|nights?|meetings?|episodes?|of)\b)"
        r"|\b(tonight|today|this time|now)\b.{0,20}\b(same|usual|normal|regular)( (dose|amount))?( as (usual|always|normal|before|last night))?\s+or\s+(just |maybe )?(a (bit|little|tad) |slightly |somewhat )?(less|more|lower|higher|smaller|bigger)\W*$"
        r"|^\W*(\w+\W+){0,3}?(same|usual|normal|regular)( (dose|amount))?( as (usual|always|normal|before|last night))?\s+or\s+(just |maybe )?(a (bit|little|tad) |slightly |somewhat )?(less|more|lower|higher|smaller|bigger)\s+(tonight|today|this time)\W*$"
        r"|\bwould (\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\s*(be|work)\s+(a |an |the )?(ok(ay)?|safe|safer|fine|better|enough|alright|too much|good|right|stronger|weaker)\b"
        r"|\b(ok(ay)?|safe|fine|alright) (to|if i) (try|take|go (up|down) to|bump (it )?(up )?to)\s+(\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\b"
        r"|\b(first|next|initial) (step|move|cut|drop|reduction)\b.{0,60}\b(i'?m on|i take|i'?m taking|i'?m at)\s+(\d|[.,]\d)"
        r"|\b(i'?m on|i take|i'?m taking|i'?m at)\s+(\d|[.,]\d).{0,60}\b(first|next|initial) (step|move|cut|drop|reduction)\b"
        r"|\b\d+ ?%\s*(every|each|per|a)\s+(\w+\s+)?(weeks?|days?|months?)\b.{0,60}\b(too (fast|slow|quick|much|aggressive)|ok(ay)?|safe|right)\b.{0,40}\b(for me|i'?m (on|at)|my)\b",
    ),
    # Which drug to switch to and at what amount.
    _r(
        "switch_amount",
        "dosing",
        r"\b(switch\w*|swap\w*|chang(e|ed|es|ing)|transition\w*|mov(e|ed|ing) over|go(es|ing)?)\b.{0,40}\b(at|on|to|with) (what|which|how much|the right) (amount|dose|dosage|strength|mg)\b"
        r"|\b(at|on) (what|which) (amount|dose|dosage|strength)\b.{0,40}\b(switch|swap|change|transition)\w*\b"
        r"|\b(cambi\w+|pas\w+ a)\b.{0,40}\b(con|a) (qu[eé]|cu[aá]nta) (dosis|cantidad)\b"
        # "¿tomo la misma cantidad?", "what is same dose for her": the amount after a switch.
        r"|(¿\s*|\b(o|y|entonces) )(tomo|tomar[eé]|sigo tomando|le doy|doy)\s+(la |el )?(misma|mismo) (cantidad|dosis|n[uú]mero|mg|miligramos)\b"
        r"|\b(debo|tengo que|puedo|hay que) (tomar|seguir tomando|darle) (la |el )?(misma|mismo) (cantidad|dosis)\b"
        r"|¿\s*(es|ser[aá]|ser[ií]a) la misma (cantidad|dosis)\b.{0,30}\b(gen[eé]ric\w*|marca|rivotril|clonazepam|otr[oa]|nuev[oa])\b"
        r"|\b(do|should|can|would|does|will) (i|we|she|he|they) (take|keep taking|stay on|give (her|him|them)|use|need|need to take) (the )?same (amount|dose|dosage|number|strength|mg)\b"
        r"|\bwhat('?s| is) (the )?same (dose|amount|dosage)\b|\bsame (dose|amount|dosage) for (her|him|me|my [\w-]+)\b(?=[^.!?]{0,30}\?)"
        r"|\bhow many of (the|these|those|her|his|my) ([\w-]+ )?(ones|pills|tablets)\b.{0,40}\b(same as|equal|equals|match|equivalent)\b",
    ),
    # Making a supply last until a refill: how to space, stretch or ration one's own pills.
    _r(
        "ration_supply",
        "dosing",
        r"\b(space|stretch|ration|spread|split)\w*( (them|it))?( out)?\b.{0,30}\b((the|my|these|those|remaining|last|what'?s left of (my|the))\s+)?(\d+\s+)?(pills?|tablets?|doses?|meds|supply|klonopin|clonazepam|them|it)\b.{0,40}\b(until|till|til|to last|so (they|it) lasts?|before (my|the) (refill|appointment)|for (\d+|a|two|three|the next) (days?|weeks?))\b"
        r"|\b(stretch|ration|space)\w*\s+(them|it|my (pills|meds|supply))\b.{0,30}\b(half a day|a half a day|half (a|each|per) day|every other day|a day each|one every)\b"
        r"|\bmake (them|it|my (pills|meds|supply|klonopin|clonazepam)|the (\d+ )?(pills|tablets|meds)) last\b(?=.{0,60}\b(until|till|til|refill|appointment|monday|tuesday|wednesday|thursday|friday|weekend|week|days)\b)",
    ),
    # An amount and times given to confirm for someone: "0,5 a la mañana y 1 a la noche está bien para
    # alguien de 70 años, ¿no?".
    _r(
        "confirmar_es",
        "dosing",
        r"((?<![\d.,])\d{1,2}\s*(mg|miligramos|pastillas?|gotas|comprimidos)\b|(?<![\d.,])\d?[.,]\d{1,3}\b|\bmedia( pastilla)?\b)[^.?!]{0,60}"
        r"\b(est[aá] bien|es (mucho|poco|demasiado|normal|suficiente)|alcanza|sirve|le va bien) para (alguien|una persona|un (se[nñ]or|hombre|chico|ni[nñ]o|adulto|viejo|abuelo)|una (se[nñ]ora|mujer|chica|ni[nñ]a|adulta|vieja|abuela)|mi (viejo|vieja|mam[aá]|pap[aá]|abuel[oa]|hij[oa]|esposo|esposa|marido|madre|padre|herman[oa])|[eé]l|ella)\b"
        # "0.5 in the morning and 1 at night is fine for someone who is 70, right?"
        r"|((?<![\d.,])\d{1,2}\s*(mg|pills?|tabs?|tablets?)\b|(?<![\d.,])\d?[.,]\d{1,3}\b|\bhalf (a )?(pill|tab\w*))[^.?!]{0,60}\b(is|are|sounds?|seems?) (fine|ok(ay)?|right|safe|good|too much|enough) for (someone|a person|an? (old|elderly|older) \w+|my (mom|dad|mother|father|grandma|grandpa|son|daughter|husband|wife|kid|child)|him|her)\b",
    ),
    # Stretching a supply, in Spanish: "cómo las estiro", "cómo hago que me duren".
    _r(
        "racionar_es",
        "dosing",
        r"\b(c[oó]mo|de qu[eé] (manera|forma)|qu[eé] hago para)\s+(me\s+)?(las|los|la|lo)\s+(estiro|estirar|hago durar|racion\w*|reparto|repartir|espacio|espaciar|administro)\b"
        r"|\b(estirar|racionar|hacer durar|repartir|espaciar)\s+(las|mis|los|estas|esas)\s+(\d+\s+)?(pastillas|pastis|tabletas|dosis|clonazepam|rivotril)\b"
        r"|\bc[oó]mo hago (para )?que (me )?(duren|alcancen)\b",
    ),
    # Whether to give or take it again when no one remembers if it was taken.
    _r(
        "unsure_if_taken",
        "dosing",
        r"\b(can'?t|cannot|don'?t|doesn'?t|didn'?t|not sure|unsure|forgot|forgets|forget)\s+(remember\s+)?(whether|if)\s+(i|he|she|they|we|my \w+)\s+(already\s+|actually\s+)?(took|taken|had|gave|given|swallowed)\b"
        r".{0,200}\b(should|do|can|could|would)\s+(i|we|he|she|they|you)\s+(\w+\s+)?(take|give|skip|double|repeat|wait)\b",
    ),
    # The steps of a switch one makes oneself: how to overlap two drugs, when to drop the old one.
    _r(
        "switch_steps",
        "dosing",
        r"\bhow (should|do|can|would|could) (i|we) (\w+ )?overlap (them|the two|both|it|klonopin|clonazepam|the (klonopin|clonazepam|meds|pills))\b"
        r"|\b(c[oó]mo|cu[aá]ndo) (las|los|lo|la) (voy )?(solap\w*|cruz\w*|intercal\w*)\b"
        r"|\b(overlap|cross-?over|cross-?taper)\b.{0,80}\bwhat (should|does|would|do|will) (day|week) (1|one|2|two)\s+look like\b(?!\s+for (people|most|others))"
        r"|\b(at what point|when) (should|do|can|could) (i|we|he|she) (finally |completely )?(drop|stop|quit|cut out|come off|get off) (the |my |his |her )?(klonopin|clonazepam|benzo|kpin|rivotril|it)\b(?! (a )?(taper|withdraw)|\s+(from|topic|conversation|subject|question|issue|talk)\b)",
    ),
    # Dosing asked as logistics: skipping days while away, when to take it on a night shift or in
    # another time zone, both pills together, splitting a tablet for the pill organizer, whether a
    # prescribed amount is right for a child's weight.
    _r(
        "dose_logistics",
        "dosing",
        # Skipping the medicine itself, or days of it with the medicine named before.
        r"\b(could|can|should|may) (i|we|he|she) (just )?skip (my |his |her |the |a |\d+ |those |these |a few |some )?(\w+ )?(doses?|pills?|tablets?|klonopin|clonazepam|meds|medication|rivotril|clona\w*)\b(?! (chapter|section|lesson|class|meeting|group|talk|module|part|session|book)\b)"
        r"|\b(doses?|pills?|tablets?|klonopin|clonazepam|meds|medication|bottle|benzos?|rivotril)\b.{0,200}\b(could|can|should|may) (i|we|he|she) (just )?skip (it|them) (for|during|while|on)\b"
        r"|\b(doses?|pills?|tablets?|klonopin|clonazepam|meds|medication|bottle|benzos?|rivotril)\b.{0,200}\b(could|can|should|may) (i|we|he|she) (just )?skip (those|these|a few|some|\d+|the|a couple( of)?) (days|nights)\b"
        # When to take the medicine.
        r"|\b(when|what time|at what time) (should|do|can|would) (i|we|he|she) take (my|his|her|the) (\w+ )?(dose|doses|pills?|klonopin|clonazepam|meds|medication|medicine|tablets?|rivotril|clona\w*)\b(?! to (the|a|my|your)\b)"
        r"|\b(doses?|pills?|tablets?|klonopin|clonazepam|meds|medication|medicine|rivotril)\b.{0,200}\b(when|what time|at what time) (should|do|can|would) (i|we|he|she) take (it|them)\b(?! (easy|aside|up|seriously|personally|slow|apart|away|home|outside|to|with|for|out|off|back|in|on)\b)"
        r"|\b(take|have) (both|the two|two) (pills|doses|tablets) (together|at once|at the same time)\b"
        r"|\bhow (do|should|can|would) (i|we) (split|divide|cut|break|portion) (it|them|my|the|a|his|her)\b(?=.{0,60}\b(mg|milligrams?|pills?|tablets?|doses?|organizer|halves|quarters)\b)"
        # Whether a prescribed amount suits a child's weight or age.
        r"|\b(\d+(\.\d+)?\s*(mg|milligrams?|clonazepam|klonopin|rivotril|tablets?|pills?)|dose|dosage|amount)\b.{0,120}\bis (that|this|it) (the )?(right|correct|enough|too (much|little|high|low))( dose| amount)? for (his|her|my|their|a) (weight|age|size)\b"
        r"|\b(\d+(\.\d+)?\s*(mg|milligrams?|clonazepam|klonopin|rivotril|tablets?|pills?)|dose|dosage)\b.{0,120}\bshould (it|the dose|his dose|her dose) be (higher|lower|increased|decreased)\b"
        # Spanish: when to take it, across time zones, skipping it, both together, sharing it out.
        r"|\b(clona\w*|rivotril|pastillas?|dosis|medicamentos?|medicinas?|tabletas?)\b.{0,200}\b(cu[aá]ndo me (lo |la |las |los )?tomo|a qu[eé] hora (me )?(lo |la |las |los )?tomo)\b(?! con calma)"
        r"|\b(lo|la|las|los) tomo a (mi|la) hora de\b"
        r"|\b(clona\w*|rivotril|pastillas?|dosis|medicamentos?|medicinas?|tabletas?)\b.{0,200}\b((si|puedo|podr[ií]a|debo) (\w+ ){0,3}?me (lo|los) salto|salt[aá]rme(lo|los))\b"
        r"|\bme (lo|los) salto\b.{0,120}\b(clona\w*|rivotril|pastillas?|dosis)\b"
        r"|\bme tomo (las|los) dos (\w+ )?(juntas?|juntos|a la vez|de golpe)\b"
        r"|\b(clona\w*|rivotril|pastillas?|pastillero|dosis|mg|miligramos?|tabletas?)\b.{0,200}\bc[oó]mo (lo|la|las|los|me (lo|la|las|los)) (reparto|divido|parto|organizo)\b",
    ),
    # A target date to be off, asked week by week: a schedule, whoever it is said to be for.
    _r(
        "taper_target",
        "dosing",
        r"\b(off|free of|done with|clean (of|from|off))\s+(it|them|the (meds|pills|medication|medicine|drug)|my (meds|pills|medication|medicine|dose|prescription)|klonopin|clonazepam|rivotril|benzos?|xanax|valium|ativan|diazepam|lorazepam|alprazolam)\b.{0,20}\b(in|within|by|over) (\d+|two|three|four|five|six|eight|ten|twelve|a few) (weeks?|months?)\b.{0,80}\b((each|every|per) (week|month|step)|week[- ]by[- ]week|(schedule|plan) (look|be)|what (dose|amount))\b"
        r"|\b\d+([.,]\d+)?\s*mg\b.{0,120}\b(each|every) (week|month|step)\b.{0,20}\blook like\b"
        r"|\b(on|taking|takes) (\d+([.,]\d+)?|[.,]\d+)\s*(mg)?\b.{0,80}\b(be|get|come) off\b.{0,60}\b((each|every|per) (week|month|step)|week[- ]by[- ]week)\b",
    ),
    # "continue my schedule", said alone: asks for the next steps of a schedule.
    _r(
        "continue_schedule",
        "dosing",
        r"^\W*(please |pls |ok |okay |now |so |can you |could you )?(continue|resume|finish|go on with|keep going with|give me the rest of|what'?s next (in|on|for))\b.{0,15}\b(my|the|that|this|our) (taper(ing)? )?(schedule|plan|taper|regimen)\W*(pls|please|thanks)?\W*$",
    ),
    _r("mg_amount", "dosing", r"\b\d+(\.\d+)?\s*(mg|milligrams?|mgs)\b|\b(half|quarter) (a |of a )?(pill|tablet|mg)\b"),
    _r(
        "what_take_now",
        "dosing",
        r"\bwhat (should|can|do) (i|we|he|she) take\b|\b(take|have) (one|another|some|more) (tonight|now|today)\b",
    ),
    # "she's 12 kg. half of one of my 0.5s?": a fraction of a named pill, asked.
    _r(
        "fraction_asked",
        "dosing",
        r"\b(half|a half|quarter|a quarter|a third|mitad|media|medio|un cuarto)( of| de)? (one of |una de |uno de )?(my|her|his|a|mis|sus|una|un)? ?"
        r"(\d+([.,]\d+)?\s*(mg)?s|\d+([.,]\d+)?\s*mg|\.\d+s?|pills?|tablets?|tabs?|klonopins?|clonazepams?|pastillas?|rivotril)\b[^.!?]{0,50}\?",
    ),
    _r(
        "missed_dose",
        "dosing",
        r"\bmissed (a |my |his |her )?dose\b.{0,60}\b(should|can|could|do i|does he|does she|what (do|should)|take|double|make up|catch up)\b|\bdouble (up|dose|my dose)\b",
    ),
    _r(
        "roleplay_dose",
        "dosing",
        r"\b(pretend|act as|acting as|you are now|you'?re my|role[- ]?play|hypothetic\w*|in (a|the|my) (story|novel|book|script|screenplay|scene|game)|for (a|the|my) (story|novel|book|character|screenplay|script)|fiction\w*)\b.{0,120}\b(dose|dosage|doses|taper\w*|(dosing|taper|reduction|weaning|pill|medication) schedule|mg|how (much|many)\s+(\w+\s+){0,2}?(pills?|tablets?|klonopin|clonazepam|benzos?|of (it|them|the pills|the medication|his meds|her meds))|how (much|many)\b.{0,30}\b(would|will|does it|did (she|he|they)|to take|needs?|needed|be (believable|realistic|plausible|fatal|lethal|enough))\b|titrat\w*|(actual|real|exact|specific|precise) (numbers|amounts|figures|steps)|weeks? \d+ (through|to|thru|-|until) \d+)\b"
        r"|\b(en (la|mi) (historia|novela|obra|serie)|para (la|mi) (historia|novela|obra)|hipot[eé]tic\w*|fing(e|ir|amos))\b.{0,120}\b(dosis|pauta|mg|miligramos|cu[aá]nt[oa]s?|n[uú]meros (reales|exactos|concretos)|semanas? \d+ (a|hasta) \d+)\b",
    ),
    _r(
        "cuanto_es",
        "dosing",
        r"\bcu[aá]nt[oa]s?\b(?! (tiempo|dura|duran|tarda|cuesta|cuestan|sale|salen|vale|valen|cobran|dias|d[ií]as|semanas|meses|peso))(?!\s+(bajo|subo|aumento|gano|pierdo|engordo|adelgazo)\s+(de )?(peso|kilos))(?!.{0,15}\b(dura|duran|durar|tarda|tardan|tardar|demora|demorar|tiempo)\b).{0,40}\b(tomar|tomo|tome|tomarme|mg|miligramos|pastillas?(?! (de|para el|del) (freno|frenos|menta|jab[oó]n|cloro|lavavajillas|coche|carro))|gotas|clonazepam|klonopin|rivotril|(le doy|darle)(?! de (comer|beber|cenar|desayunar))"
        # "¿cada cuánto debo regar un cactus?": the verb after "debo" says what is measured.
        r"|(debo|puedo|deber[ií]a|tengo que|hay que)\s+(\w+\s+){0,2}?(tomar\w*|(dar|darle)(?! de (comer|beber))|bajar|reducir|subir|partir|usar|quitar|dejar))\b"
        r"|\bcu[aá]nt[oa]\s+(le |me )?(bajo|reduzco|quito|subo|recorto|disminuyo|aumento|le bajo|le quito)\b(?!\s+(de|en) (peso|kilos))",
    ),
    _r(
        "dosis_es",
        "dosing",
        r"\b(dosis|pauta)\b.{0,50}\b(debo|puedo|deber[ií]a|tomar|para m[ií]|mi(?!\s+(m[eé]dic[oa]|doctora?|psiquiatra|terapeuta|farmac[eé]utic[oa]|enfermer[oa])\b)|me|recomienda\w*|m[aá]xima|corresponde|toca|conviene)\b|\b(mi|su) dosis\b",
    ),
    _r(
        "reducir_es",
        "dosing",
        r"\b(reducir|bajar|disminuir|dejar|quitar)\w*\b.{0,60}\b(semana|plan|calendario|r[aá]pido|cu[aá]nto|mg|miligramos|por d[ií]a|cada)\b",
    ),
    _r(
        "ajuste_es",
        "dosing",
        r"\b(puedo|debo|deber[ií]a|me conviene|est[aá] bien|es mejor)\b.{0,15}\b(partir|cortar|saltar(me)?|tomar(me)?(?!\s+(el |la |un |una )?(?!(dos|tres|cuatro|media|medio|otra|otro|una|m[aá]s|doble|mitad|extra|\d)\b)[a-zñáéíóú]+\s+(con|junto con)\s+(el |la |mi )?(clonazepam|rivotril|clonas?)\b)|doblar|duplicar|dejar|bajar|subir|cambiar|darle|dar)\b.{0,40}\b(pastillas?|dosis|mg|\d|rivotril|clonazepam|mitad|toma|el doble(?=\s*($|[?.!,;]|hoy|esta noche|ahora|ma[nñ]ana|antes|de (rivotril|clonazepam|clonas?|pastillas?|dosis|mg|\d))))"
        r"|\bme tomo (dos|otra|la otra|una m[aá]s|\d|el doble(?! de (?!(rivotril|clonazepam|clonas?|pastillas?|dosis|mg|\d))))\b|\b(le doy|darle|le damos)\b.{0,40}\b(pastillas?|dosis|mg|\d|rivotril|clonazepam|ibuprofeno|paracetamol|jarabe|gotas)\b"
        r"|\b(bajo|paso|subo|me quedo|sigo)\s+(a|en|con)\s+(\d+([.,]\d+)?|media|medio|un cuarto)\b|\blo dejo (del todo|ya|de golpe)\b",
    ),
    _r(
        "extra_es",
        "dosing",
        r"\b((puedo|debo|deber[ií]a|me conviene|est[aá] bien|es mejor)\b.{0,15}\btomar(me)?|me tomo)\s+(una|otra|media) extra\b(?! de (?!(rivotril|clonazepam|clonas?|pastilla)\b))"
        r"(?![^.!?]{0,30}(bien fr[ií]a|cerveza|\(|guardia|turno))(?=[^.!?]{0,40}(antes (de|del)|adem[aá]s de|esta noche|hoy|ahora|en el (bus|avi[oó]n|vuelo|viaje)|para (dormir|el (viaje|vuelo))|\?))",
    ),
    _r(
        "equivalencia_es",
        "dosing",
        r"\b(equivalen\w*|convert\w*|cambiar)\b.{0,60}\b(valium|diazepam|xanax|alprazolam|lorazepam)\b"
        r"|\bcu[aá]nt[oa]s?\s+(de\s+)?(mg\s+de\s+)?(valium|diazepam|xanax|alprazolam|lorazepam|clonazepam|rivotril)\s+(me|le)\s+(equival\w*|ser[ií]an?|corresponde\w*)\b"
        r"|\b(los|las)\s+(puedo|podr[ií]a|debo|deber[ií]a)\s+(traslapar|solapar|empalmar|encimar)\b|\b(traslapar|solapar|empalmar|encimar)(l[oa]s)\b"
        r"|\b(traslapar|solapar|empalmar|encimar)\s+(el |la |los |las )?(clonazepam|rivotril|clonas?|diazepam|valium|alprazolam|xanax|lorazepam|medicamentos|pastillas|dos (medicamentos|pastillas))\b",
    ),
    # "¿me lo tomo ahora al llegar en la mañana, o sigo tomándolo en la noche?": when to take one's own dose.
    _r(
        "cuando_tomar_es",
        "dosing",
        r"\b(me|se)\s+(lo|la)\s+(tomo|toma|tomar[ií]a)\s+(ahora|en la (ma[nñ]ana|noche|tarde)|de (d[ií]a|noche)|al (llegar|levantarme|acostarme)|antes|despu[eé]s)\b[^?]{0,80}?\bo\s+(sigo|lo sigo|la sigo|contin[uú]o|me (lo|la) (sigo )?tom\w*|mejor(?! dicho))\b",
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


# A past event that is over ("overdosed last year", "had a seizure in March and is stable
# now") is not an emergency in progress; the safety net still keeps help in view.
_LONG_AGO = re.compile(
    r"\b(last (year|month|summer|winter|spring|fall|autumn|week|christmas)|(\d+|a|two|three|four|five|six|several|a few|few|many) (days?|weeks?|months?|mos?|years?|yrs?) ago|(weeks|months) ago|"
    r"in the past|back in \d{4}|back in (college|high school|school|the day)|back in the '?\d0'?s|(back )?in the ((19|20)\d0'?s|sixties|seventies|eighties|nineties)|years ago|used to|when i was (younger|a kid|a teen\w*)|when (i|he|she|they) (was|were) (\d+|in (my|his|her|their) (teens|twenties|thirties|\w+ties))|in decades|decades ago|in (january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|"
    r"a (while|long time) ago|years back|when (i|he|she|they) (was|were) (younger|a teen\w*|in (high school|college))|"
    r"as an? (teen\w*|kid|child|adolescent)|in (my|his|her|their) teens|"
    r"de (adolescente|joven|niñ[oa])|"
    r"in the (spring|summer|fall|autumn|winter)|(has|have|'s|'ve) been (stable|fine|okay|ok|sober|clean|doing (well|better|great|good))|"
    r"survived|recovered|(?<!nobody )(?<!no one )(?<!nobody)(?<!no one)(?<!\bthat)(?<!\bthat )(?<!\bit)(?<!\bit )(?<!\bthis)(?<!\bthis )(is|are|'s|'re|was|were) (now )?(stable|fine|okay|ok|doing (well|better|great|good)|home|sober|clean|in recovery)|"
    r"(got|was|were) (discharged|released|out of (the )?hospital)|in recovery|since then|hace (\w+ ){0,2}(a[nñ]os?|meses|semanas)|el a[nñ]o pasado|en (el )?(a[nñ]o )?(19|20)\d\d|se recuper[oó]|est[aá] (b[aá]rbaro|recuperad[oa]))\b"
)
_IN_PROGRESS = (
    "means_readied",
    "poison_amount_sought",
    "way_to_die_asked",
    "permanent_way",
    "over_prescribed",
    "not_waking_sought",
    "more_when_it_did_not_work",
    "mixed_a_lot",
    "pet_poisoned",
    "other_drug_over_with_signs",
    "lethality_sought",
    "delirium_now",
    "ending_it_soon",
    "not_safe_now",
    "plan_disclosed",
    "over_taken_with_signs",
    "lethal_number_searched",
    "rather_take_all",
    "if_i_took_it_all",
    "make_sure_they_dont",
    "collapsed_now",
    "sudden_head_or_eye",
    "thoughts_now",
    "easy_way_out_pictured",
    "act_told_ahead",
    "through_with_it",
    "low_sugar_now",
    "shooting_threatened",
    "swallowed_dropped_pill_es",
    "passing_intent",
    "suicide_word",
    "end_life",
    "matarme_es",
    "kill_self",
    "attempt_overdose",
    "self_harm",
    "want_to_die",
    "took_many",
    "overdosing",
    "mixed_and_symptoms",
    "amount_taken_now",
    "child_ingestion",
    "seizure_now",
    "withdrawal_severe",
    "unresponsive",
    "sobredosis_es",
    "emergencia_es",
    "mezcla_es",
    "cantidad_es",
    "emergencia_cuerpo_es",
    "abstinencia_grave_es",
    "autolesion_es",
    "sobredosis_mas_es",
    "dosed_twice",
    "suicidio_es",
    "mix_planned",
    "self_harm_hidden",
    "planning_how",
    "veiled_purpose",
    "take_them_all",
    "self_removal",
    "self_injury",
    "crash_ideation",
    "self_harm_sought",
    "method_named",
    "finish_it",
    "gathered_in_secret",
    "rescue_prevented",
    "only_thing_holding",
    "perceiving_things",
    "seizure_signs",
    "bleeding_now",
    "head_injury",
    "airway_or_heart_now",
    "about_to_take_many",
    "self_injury_habit",
    "final_arrangements",
)
# "now" in "he is now stable" describes the past event's outcome, not a danger now.
_NOW = re.compile(
    r"\b(tonight|right now|just now|(did it|took|taken|overdosed|od'?d|happening|happened|doing it|started) again|at the moment|currently(?! (about |at |on |in |doing |still )?(halfway|tapering|on a (slow |gradual )?taper|down to|stable|sober|clean|fine|well|better|ok|okay|good|great|recovery|treatment|therapy|a program)\b)|still (not|un\w+|can'?t|won'?t|isn'?t|hasn'?t|breathing)|this (morning|evening|afternoon)|"
    r"(an|a few|\d+|one|two|three) (hours?|minutes?|mins?|hrs?) ago|(?<!sober )(?<!clean )(?<!fine )(?<!stable )(?<!well )(?<!okay )(?<!ok )(?<!great )(?<!good )ever since|since (i|he|she|they) (started|began|switched|stopped|quit|cut|went)|i keep|keeps|can'?t stop|"
    r"won'?t wake|can'?t wake|not breathing|will (i|he|she|they) be (ok|okay|alright|fine)|"
    r"\b(and|but|so|yet) now\b(?!\s+(he|she|they|i|we)?('s| is| are|'m| am|'re)?\s*(stable|fine|ok|okay|doing|sober|clean|home|better|recover\w*))|"
    r"\bnow (he|she|they|i|we)('s| is| are|'m| am|'re)?\s+(can'?t|won'?t|not|barely|having|seeing|shaking|passing|feeling|really|so|throwing)\b|"
    # Spanish: today, right now, a moment ago, again (but not "hoy estoy bien", an outcome).
    r"\b(hoy|ahora|ahorita)\b(?! que\b)(?!,? (mismo )?(ya )?(estoy|est[aá]|estamos|est[aá]n|me siento|se siente|vivo|vive) (muy )?(bien|estable|tranquil\w+|sobri\w+|limpi\w+|mejor|sano|sana|feliz))(?!,? (ya )?(es|est[aá]) (otra persona|otro|otra|en (tratamiento|recuperaci[oó]n|terapia)))|"
    r"\bhace (un rato|unos? (pocos )?(minutos|horas)|\w+ (minutos|horas))\b|\besta (noche|ma[nñ]ana|tarde)\b|\ben este momento\b|\b(otra vez|de nuevo|todav[ií]a no)\b)"
)


# "I'm not thinking of hurting myself" denies the signal these rules look for; the classifier
# still reads the message, and the safety net keeps help in view.
# Violent words in a game are play ("how do I kill the boss in Elden Ring").
_PLAY = re.compile(
    r"\b((in|at|playing) (a |the )?(game|chess|checkers|cards|poker|monopoly|scrabble|tennis|ping pong|arm wrestling|video ?game|call of duty|cod|minecraft|fortnite|gta|skyrim|witcher( \d)?|elden ring|the sims|sims|chess|checkers|"
    r"among us|roblox|valorant|league|dnd|d&d|overwatch|halo|zelda|pokemon|dark souls)|video ?games?|in[- ]game|boss fight|my character in)\b"
)
_PLAYABLE = (
    "harm_others",
    "make_sure_they_dont",
    "harm_others_how",
    "method_way",
    "method_how_to",
    "method_amount",
    "method_mix",
    "weapon_on_person",
    "violence_planned",
    "injury_planned",
    "means_readied",
)
# "just curious, not asking for me": the writer says the question is not about them.
_NOT_FOR_ME = re.compile(
    r"\bnot (asking )?(for|about) (me|myself)( personally)?\b|\b(this is|it'?s|its) not for (me|myself)\b|\bjust curious\b"
)
# "How can I help a friend who self-harms" asks about it; the words are inside the match.
_ABOUT_IT = re.compile(
    r"\b(prevent\w*|avoid\w*|help\w*|support\w*|recogni[sz]\w*|spot|signs? of|about|understand\w*|talk\w* (to|with)|"
    r"(someone|somebody|a friend|friends|people|kids|teens?|students?|clients?|patients?) who)\b"
)
_ABOUT_ABLE = ("self_harm", "suicide_word")
# "what do you do if someone tells you they're suicidal?": how the assistant answers such a message,
# asked of it in general (a friend who "just told me" is not in general).
_RESPONSE_ASKED = re.compile(
    r"\b(what|how) (do|would|will|should|does|did) (you|this (bot|app|assistant|chatbot)|the (bot|app|assistant|chatbot))\s+(\w+\s+){0,2}(do|respond|react|answer|reply|handle( it)?)\b[^.!?]{0,30}\b(if|when) (someone|somebody|a (user|person|member|client|patient|teen|kid)|people|users)\s+(tells?|told|says?|said|writes?|wrote|messages?|types?|admits?)\b"
    r"|\bqu[eé] (haces|har[ií]as|hace|responde[sn]?|contestas)( t[uú])? (si|cuando) (alguien|una persona|un usuario)\s+(te )?(escribe|dice|cuenta|pone)\b"
)
# "... because I am", "my sister just told me": the question is asked for a crisis, not about one.
_SAID_OF_ME = re.compile(
    r"\b(because|bc|cuz|cause|since|porque|pq|x q)\b.{0,20}\b(i|i'?m|im|i am|i do|yo|me)\b|\bjust (said|told|texted|wrote)\b|\bme (dijo|escribi[oó]|cont[oó])\b"
    r"|\basking (bc|because|cuz|for me|for myself)\b|\b(is|it'?s|that'?s|thats) me\b|\bi'?m the (user|one|person)\b|\b(asking|ask|pregunto) (for|por) (me|myself|m[ií])\b"
    r"|\bthat'?s where i am\b|\bpor m[ií]\b|\b(my|mi) \w+ (said|told|dijo|says)\b|\b(sitting|standing) with\b|\bright now\b"
    r"|\b(my|mi|mis)\s+(\d+ year old |best |older |younger |little )?(friend|boyfriend|girlfriend|husband|wife|son|daughter|kid|sister|brother|mom|mother|dad|father|roommate|partner|"
    r"teen|novio|novia|hermana|hermano|hij[oa]|amig[oa]|esposo|esposa|pareja|mam[aá]|pap[aá])s?\b"
)
# A beating "at cornhole", a strangle "in judo", a poisoning "at a murder mystery party": a game or a sport.
_GAME_OR_SPORT = re.compile(
    r"\b(at|in) (\w+ ){0,2}(game|match|finals?|tournament|golf|tennis|uno|chess|poker|mario\w*( kart)?|smash( bros)?|cornhole|beer pong|pong|darts|bowling|billiards|"
    r"cards|fortnite|warzone|plague inc|madden|fifa|basketball|football|soccer|hoops|volleyball|squash|arm wrestling|trivia|bingo|ranked|pickleball|scrabble|monopoly)\b"
    r"|\b(en|al) (el )?(partido|juego|torneo|f[uú]tbol|entrenamiento)\b|\b(fantasy|'s) (\w+ )?(team|league)\b|\b(catan|wordle|racquetball|board games?|video games?|league)\b|\b(judo|bjj|jiu.?jitsu|wrestling|mma|murder mystery|party game|escape room)\b"
    r"|\b(the|an|this|that) npcs?'?s?\b|\b(in|for|of) (my|our|the|a|this) (campaign|d&d|dnd|novel|book|story|screenplay|script|film|movie|play|comic)\b"
    r"|\b(my|the|our) (character|protagonist)s?\b|\bthe villain (in|of) (my|our|the|this) (story|novel|game|campaign|book|film|movie|show|play)\b"
)
_JOKING = re.compile(
    r"(?<!not )(?<!n't )(?<!no )\b(jok(e|es|ed|ing)|kidding|jk|teas(e|es|ed|ing)|figuratively|metaphorically|not literally)\b"
)
# A house set on fire by accident, in a fear of cooking asleep; a drink given a child "to keep him
# quiet" in the old days: not a plan.
_ACCIDENT_OR_OLD_WAY = re.compile(
    r"\b(by accident|accidentally|cook\w*|candles?|stove|kettle|smok\w* in bed|fall asleep|falling asleep|afraid|scared|terrified|worried|worry)\b"
    r"|\bused to\b|\bwas (that|it) (dangerous|safe|ok|okay|bad)\b|\bin (the|those) old days\b|\b(why did|in history|world war|nazis?|holocaust)\b"
)
_IF_SOMEONE = re.compile(r"\b(if|whether) (you|she|he|they|someone|a person|a woman|a patient)\b[^.!?]*$")
_TAUGHT_OR_SHOWN = re.compile(
    r"\b(first aid|class|course|handout|training|they said|nurse said|doctor said|instructor|textbook|movie|film|scene|show|horror|video game)\b"
)
_SWEAT = re.compile(r"\b(sweat\w*|hot flash\w*)\b")
_LEAVE_ASKED_ES = re.compile(
    r"\b(puedo|podr[ií]a|debo|deber[ií]a|est[aá] bien|ta bien|se puede|es mejor|conviene|le parece|eso ta)\b"
)
_REPORTED_ES = re.compile(r"\b(me dijo|dijo que|me explic[oó]|seg[uú]n (el|la))\b")
_DOSE_GIVEN = re.compile(
    r"\b(can'?t swallow|won'?t swallow|spit\w*|teach\w*|every (morning|night|day)|if (she|he|they) (has|have)|i gave (him|her|them)|routine|"
    r"(his|her) (adhd|seizure) (med|pill)\w*|prescribed|per week|a day|with me|on (the|my) (trip|vacation|hike)|"
    r"my dose is|i need \d|they'?re (only )?0?[.,]\d|my prescription|recetaron|me (subi[oó]|recet[oó]|indic[oó])|el (m[eé]dico|psiquiatra|doctor) (me )?(subi[oó]|recet[oó]|indic[oó]|dijo)|(psychiatrist|doctor|prescriber) (raised|upped|increased|said))\b"
)
# A funeral arranged, a surgery or a risk feared, anywhere in the message.
_RITES_OR_RISKS = re.compile(
    r"\b(funeral|cremat\w*|burial|cirug[ií]a|operaci[oó]n|(puede|pueda|podr[ií]a) matarme|miedo de que|riesgos?)\b"
)
_CHORE = re.compile(
    r"\b(split\w*|crush\w*|pills?|tablets?|liquid|paint\w*|clean\w* up|if i (fall|collapse|have a seizure|pass out)|seizures?|epilep\w*|"
    r"medical alert|pendant|si me caigo|convulsi\w*|surgery|operation|skydiv\w*|bungee|cold turkey|taper\w*|stop\w*|quit\w*|withdrawal|get off|come off)\b"
)
# Told by a hospice nurse, a sleep study or of a death years ago, anywhere in the message.
_CARE_OR_PAST = re.compile(
    r"\b(hospice|palliative|sleep study|died|passed( away)?|years ago|last year|nurse here|i'?m a nurse|comfort care|(19|20)\d\d)\b"
)
_NOT_AN_AIRWAY = re.compile(
    r"\b(panic|anxiety|anxious|crying|cried|from biting|bit it|exercise|yoga|meditat\w*|4-7-8|on purpose|practice|symptoms? of|signs? of|a symptom|"
    r"strep|sore throat|tonsil\w*|dentist|dental|a cold|the flu|swallow(ing)? (pills|tablets)|(pills|tablets) (are|is) hard|asleep|sleeps|sleeping|sleep study|hospice|"
    r"is (it|that|this) normal|known|side effects?|breath\w*work|paced breathing|slow breathing|breathing exercises?|wisdom teeth|extraction|oral surgery|cold sore|laugh\w*|race|marathon|finish line|runners?|athletes?|crossed the line|movie|film|scene|died|passed away|cats?|dogs?|therapist|technique|resonance)\b"
)
_RESPONSE_ASKABLE = (
    "suicide_word",
    "suicidio_es",
    "matarme_es",
    "self_harm",
    "want_to_die",
    "kill_self",
    "self_removal",
)
# Scratching an itch, a rash or crawling skin until it bleeds is a withdrawal sign or an allergy.
_ITCH = re.compile(
    r"(?<!not )(?<!n't )(?<!not even )(?<!n't even )(?<!not because it )(?<!not because they )\b(itch\w*|rash|eczema|hives|psoriasis|mosquito\w*|dry skin|skin (is|gets|goes) (so |really )?dry|formication|akathisia|"
    r"bugs crawling|crawling (skin|sensation|feeling)|skin (is )?crawling|tingl\w*|scalp|allerg\w*|comez[oó]n|picaz[oó]n)\b"
)
# "I burn myself on the oven rack", "cut myself shaving": a household mishap, not self-harm.
_MISHAP_VERB = re.compile(r"(cut|cutting|burn|burning|burned|burnt|hurt|hurting)\b")
# "me hice heridas en la rodilla al caerme de la bici": a fall, not self-harm, unless it is said to be deliberate.
_MISHAP_ES = re.compile(
    r"\bal (caer(me|se)?|resbalar(me|se)?|tropezar|cocinar|afeitar(me|se)|cortar (cebolla|pan|verdura\w*))\b|\ben la (bici|moto)\b|\b(agua hirviendo|aceite caliente|la plancha|el horno|la estufa|cocinando|afeit[aá]ndo(me|se)|trabajando|en el trabajo|carpinter[ií]a|sin querer|por accidente)\b"
)
_DELIBERATE_ES = re.compile(
    r"\b(a prop[oó]sito|adrede|no fue (sin querer|por accidente|un accidente)|cuchillas?|hojas? de afeitar|navajas?|otra vez|de nuevo)\b"
)
_MISHAP = re.compile(
    r"\b(shav\w*|cook\w*|chop\w*|slic\w* (onions?|bread|veg\w*)|iron(ing|ed)?\b(?! (supplements?|pills?|levels?))|bak(e|ing)|oven|stove|kettle|pans?|grill\w*|"
    r"curling iron|straightener|by accident|accidental\w*|at the gym|work(ing)? out|lifting|tripp\w*|slipp\w*|fell|clumsy|"
    r"sunburn\w*|paper|garden\w*|tea|coffee|hot water|boiling|soup|candle|matches while lighting|sewing|welding|on (a|the) (nail|glass|edge|corner))\b"
)
# "How is self-harm portrayed in films?" asks about a depiction, said just after the words.
# "my book's character keeps hallucinating", "for my pharmacology paper": a story or a study, not a person now.
_STORY_OR_STUDY = re.compile(
    r"\b(character|novel|book|movie|film|show|story|series|episode|fiction|protagonist|script|screenplay|paper|essay|report|"
    r"homework|assignment|project|thesis|class|course|lecture|exam|personaje|novela|libro|pel[ií]cula|serie|tarea|trabajo de clase)\b"
)
_STORY_ABLE = ("withdrawal_signs_first", "choosing_a_way", "means_readied")
# "blow up a fake hospital for my film": a prop, a toy or a model is what is destroyed.
_PROP = re.compile(
    r"(?<!use )(?<!using )(?<!with )\b(a|the|my|our|some)\s+(fake|prop|toy|replica|cardboard|miniature|lego)\s+(\w+\s+)?(house|home|school|hospital|building|car|church|castle|town|village|city|set|bomb|person|body|dummy|figure)\b"
)
_DEPICTED = re.compile(r"^\W*(\w+\W+){0,3}?(portray\w*|depict\w*|represent\w*|shown|written about|dealt with)\b")
_DENIABLE = (
    "means_beside_me",
    "kill_self",
    "attempt_overdose",
    "self_harm",
    "suicide_word",
    "end_life",
    "harm_others",
    "want_to_die",
    "self_removal",
    "self_injury",
    "method_named",
    "finish_it",
    "perceiving_things",
    "matarme_es",
    "suicidio_es",
    "autolesion_es",
    "violencia_es",
    "injury_planned",
    "rather_take_all",
    "death_would_be_welcome",
    "means_readied",
    "poison_amount_sought",
)
_DENIED = re.compile(
    r"\b(not|never|no longer|don'?t|won'?t|wouldn'?t|isn'?t|nothing like|"
    r"no (pienso|quiero|voy a|planeo|tengo (ganas|intenci[oó]n) de)|nunca|jam[aá]s)\b[^.!?]{0,25}$"
)
# A stated amount is the subject of a short message; in a long story it is context, read by the classifier.
_SHORT_ONLY = ("mg_amount", "taper_schedule")
SHORT = 280


_BOUNDARY = re.compile(r"(?<=[.!?;])\s+|\n+")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _BOUNDARY.finditer(text, end)), len(text))
    return left, right


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) a match lies in: "three years ago" elsewhere in a long message does not
    make tonight's signal a past one."""
    left, right = _sentence_bounds(text, start, end)
    return text[left:right]


def _over(sentence: str) -> bool:
    return bool(_LONG_AGO.search(sentence)) and not _NOW.search(sentence)


# "I overdosed in college. That was ten years ago." dates the event in the sentence after it.
_DATES_IT = re.compile(r"^\W*(that|this|it|all (of )?(that|this))( all)? (was|happened)\b")


# "I was bullied as a kid and I want to kill myself": the date belongs to another clause when the
# signal itself, or the few words just before it, say it is wanted, planned or going on now
# (not "I want to share that I overdosed in 2019").
_PRESENT_INTENT = re.compile(
    r"\b(i|i'?m|im|i am|i'?ve|ive|i'?ll|i'?d|he'?s|she'?s|they'?re|he|she|they)\s+((really|just|still|seriously|honestly|been|have|am|is|are|so|now)\s+){0,3}"
    r"(want|wanna|need|going to|gonna|about to|ready to|plan(ning)? to|thinking (about|of)|keep|can'?t stop|will|'?ll|wish)\b(?P<rest>[^.!?]*)$"
    r"|\b(quiero|voy a|pienso|estoy pensando en|tengo ganas de|necesito)\b(?P<resto>[^.!?]*)$"
)
_CLAUSE_BREAK = re.compile(r"\b(that|when|how|if|because|about when|the time|que|cuando|c[oó]mo)\b")


def _intent_now(text: str, left: int, start: int, end: int) -> bool:
    """An intent verb in the match or in the three words before it, in the same clause."""
    found = _PRESENT_INTENT.search(text[max(left, start - 40) : end])
    if found is None:
        return False
    rest = found.group("rest") if found.group("rest") is not None else found.group("resto") or ""
    before_match = rest[: max(0, len(rest) - (end - start))]
    return len(before_match.split()) <= 3 and not _CLAUSE_BREAK.search(before_match)


def _event_over(text: str, start: int, end: int) -> bool:
    left, right = _sentence_bounds(text, start, end)
    sentence = text[left:right]
    if _intent_now(text, left, start, end):
        return False
    if _over(sentence):
        return True
    after = text[right:].lstrip(" .!?;\n")
    following = after[: _sentence_bounds(after, 0, 0)[1]]
    return bool(_DATES_IT.match(following)) and _over(following) and not _NOW.search(sentence)


# A date, not an outcome: "he seems okay now" after "my son swallowed pills" does not end
# that emergency, while "that was back in 2021" or "years ago" does.
_DATED_PAST = re.compile(
    r"\b((\d+|a|two|three|four|five|six|several|a few|few|many) (weeks?|months?|mos?|years?|yrs?) ago|years ago|"
    r"last (year|month|summer|winter|spring|fall|autumn|christmas)|back in \d{4}|in \d{4}|back in the '?\d0'?s|(back )?in the ((19|20)\d0'?s|sixties|seventies|eighties|nineties)|years back|"
    r"a long time ago|when (i|he|she|they) (was|were) (younger|a (kid|teen\w*)|in (high school|college)|\d+)|"
    r"as an? (teen\w*|kid|child|adolescent)|in (my|his|her|their) teens|"
    r"de (adolescente|joven|niñ[oa])|"
    r"hace (\w+ ){0,2}(a[nñ]os?|meses)|el a[nñ]o pasado|en \d{4}|(weeks|months) ago)\b"
)


def says_now(text: str) -> bool:
    """The message places something in the present: tonight, right now, an hour ago, again."""
    return bool(_NOW.search(normalize(text)))


def describes_past_event(text: str) -> bool:
    """The message dates what it tells to weeks or more ago and says nothing is happening now."""
    flat = normalize(text)
    return bool(_DATED_PAST.search(flat)) and not _NOW.search(flat)


# "A process that is not responding" is a machine, not a person.
_MACHINE = re.compile(
    r"\b(process(es)?|program|app|application|computer|laptop|pc|phone|server|screen|page|browser|website|router|"
    r"proceso|programa|aplicaci[oó]n|app|computadora|ordenador|pantalla|servidor|p[aá]gina|navegador|celular|m[oó]vil)\b"
)
# "the owner left no instructions and she's not answering": someone not reached, not someone unconscious.
_NOT_REACHED = re.compile(
    r"\b(owner|director|supervisor|manager|landlord|instructions|voicemail|left (a |no |the )?(note|message|instructions)|"
    r"on[- ]call|receptionist|dog ?sitting|house ?sitting|pet ?sitting)\b"
)
_PERSON_ONLY = ("emergencia_es", "emergencia_cuerpo_es", "unresponsive")
# "how do I kill all the zombie processes at once?": killing said of software, in the same
# sentence, with no person named there.
_SOFTWARE = re.compile(
    r"\b(process(es)?\b(?!\s+(for|of|to|would|will|should|is|was)\b)|pids?|daemons?|background (jobs?|tasks?)|jobs? in (bash|the (shell|terminal))|bash|command line|"
    r"task manager|linux|unix|ubuntu|macos|powershell|cron( jobs?)?|tmux|docker|containers?|kubernetes|k8s|"
    r"zombie (process(es)?|children)|child process(es)?|parent process|sigkill|sigterm|kill -9|pkill|killall|browser tabs?|tabs in (chrome|firefox|my browser))\b"
)
_HUMAN = re.compile(
    r"\b(him|her|he|she|wife|husband|mom|mum|dad|mother|father|boss|neighbou?rs?|kids?|baby|son|daughter|man|woman|guy|girl|boy|person|"
    r"people|someone|somebody|everyone|family|partner|roommate|ex|teacher|coworkers?|brother|sister|bf|gf|boyfriend|girlfriend|humans?|bod(y|ies))\b"
)
# "What is the usual starting dose for panic disorder?" asks what is typical, for nobody in
# particular: a general question, answered from the sources or not at all, never refused by a rule.
_GENERAL_ABLE = ("what_dose", "how_much_should", "how_many_mg", "maximum_dose", "switch_amount")
_GENERAL = re.compile(
    r"\b(usual(ly)?|typical(ly)?|normal(ly)?|common(ly)?|in general|generally|standard|dos(e|age|ing) ranges?|"
    r"adults|most people|people|patients|the label|labell?ed|labeling|labelling|prescribing information|fda|approved|(in|for) (a |my )?([\w-]+ )?(class|exam|course|textbook))\b"
)
_PERSONAL = re.compile(
    r"\b(i|me|my|mine|i'?m|im|i'?ve|ive|myself|we|our|us|he|she|him|her|his|they|them|their|you|your|yours|"
    r"someone like|tonight|today|tomorrow|right now|\d+ ?(year|yr|month)s?[- ]old|\d+ ?yo|kids?|child|son|daughter|baby|"
    r"dog|cat|pet|lbs?|pounds|kg|kilos?|weigh\w*)\b"
)
# "Are there warning signs that someone might be stockpiling pills?", "is there a link between
# benzos and self-harm relapse?": the sentence asks about the thing in general.
_IN_GENERAL = re.compile(
    r"\b(warning signs?|signs? (of|that)|link(ed)? (between|to|with)|associat\w* (between|with)|correlat\w*|risk (of|factors?)|"
    r"rates? of|statistic\w*|studies|research|someone (might|may|could) be|people who|how (can|do) (i|you|we) (tell|know|spot)|"
    r"se[nñ]ales (de|que)|riesgo de|estad[ií]sticas?|estudios|investigaci[oó]n|alguien (podr[ií]a|puede) estar|c[oó]mo (saber|reconocer|detectar|darse cuenta))\b"
)
_GENERAL_ABOUT = ("stockpile", "self_harm", "acopio_es")
# "whats ctb mean?" asks what a word means.
_MEANING = re.compile(
    r"\bwhat('?s| is| does| do)\b.{0,30}\bmean\b|\bexplain what\b.{0,40}\bmeans\b|\bwhat [\"'‘“][^\"'’”]{1,40}[\"'’”] means\b|\bmeaning of\b|\bstands? for\b|\bqu[eé] (significa|quiere decir)\b"
)
# "why do some people switch to diazepam for a taper" asks why clinicians do something, in general.
_WHY_ABLE = ("conversion", "taper_schedule", "my_change_asked")
# "why is 0.5 mg listed as equivalent to 10 mg of diazepam?": how equivalence tables are made.
_FOR_ME_ASKED = re.compile(r"\b(should i|do i need|how much|for my|for me|should (he|she|we))\b")
_EQUIVALENCE_ASKED = re.compile(
    r"\bwhy (is|are)\b.{0,60}\b(listed|considered|given|shown|said to be|counted)\b.{0,20}\b(as )?(roughly |about |approximately )?equivalent\b"
    r"|\b(equivalence|conversion) (tables?|charts?)\b.{0,60}\b(put together|made|calculated|derived|disagree|differ)\b"
)
_WHY_GENERAL = re.compile(
    r"\bwhy (do|would|does|might|are) (some |many |most |the )?(people|doctors|prescribers|psychiatrists|patients|clinicians|guidelines)\b"
    r"|\bwhat('?s| is) the (actual |real |main )?difference between\b"
    r"|\bpor qu[eé] (algunos|los|muchos|a veces los) (m[eé]dicos|psiquiatras|pacientes|doctores)\b"
)
# "No les pido dosis": the writer says the dose is not what they ask for.
_NOT_ASKING_ES = re.compile(
    r"\bno (les |te |le )?(pido|estoy pidiendo|busco|quiero|necesito)\s+(la |una |ninguna |las |los )?((cifras|n[uú]meros|cantidades|datos)\s+)?(ni\s+)?$"
)
# "the lethal dose concept in pharmacology": the term as science, with nobody in it.
_AT_RISK = re.compile(
    r"\b(i|me|my|myself|i'?m|im|he|she|him|her|his|someone|somebody|you|your|tonight|now|\d+ ?(lbs?|kg|pounds|kilos)|weigh\w*|"
    r"yo|mi|mis|t[uú]|[eé]l|ella|alguien|esta noche|ahora|peso)\b"
)
_SCIENCE = re.compile(
    r"\b(pharmacolog\w*|toxicolog\w*|ld ?50|dl ?50|therapeutic (index|window)|textbook|in general terms|concept|farmacolog\w*|toxicolog\w*|ventana terap[eé]utica|[ií]ndice terap[eé]utico|concepto)\b"
)
# "can I drop the zolpidem and take an extra half instead?": leave asked for a small extra.
_ASKING_LEAVE = re.compile(r"\b(if|whether|what if) (i|he|she|we|they)\s*$")
_ASKING_LEAVE_AND = re.compile(r"\b(can|could|should|may) (i|he|she|we)\b[^.?!,]{0,60}\b(and|then)\s*$")
_SMALL_EXTRA = re.compile(r"\b(extra|another)\b(?!.{0,20}\b(all|whole|entire|handful|bunch|\d{2,})\b)")
# "what colour is the 1 mg pill" names a strength to describe a pill, not to ask for a dose.
# "the label says CLONAZEPAM 1 MG ... what does C-IV mean?", "is 0.5 mg the same as 500 micrograms?": an
# amount read off a label or converted between units, with a word or a unit asked about, not an amount to take.
_LABEL_READ = re.compile(
    r"\b(label|box|bottle|caja|etiqueta|envase|frasco|sticker|packet|blister|receta|prescription|leaflet|prospecto)\b.{0,20}\b(says|said|reads|read|dice|pone|printed|shows|has|lists)\b"
)
_TERM_ASKED = re.compile(
    r"\bwhat('?s| is| does| do)\b.{0,40}\b(mean|stand for)\b|\bmeaning of\b|\bstands? for\b|\bqu[eé] (significa|quiere decir)\b"
)
_UNITS_ASKED = re.compile(
    r"\b(same as|equal to|equals|igual (a|que)|lo mismo que|equivale a)\s+\d+(\.\d+)?\s*(micrograms?|mcg|µg|ug|microgramos?)\b"
)
# "why does it come in strengths like 0.125 mg and wafers": the forms it is sold in, not a dose.
_SOLD_AS = (
    r"\b(comes?|available|sold|made|supplied|manufactured) in (different |several |various |many )?(strengths|doses|forms|sizes|formulations)\b"
    r"|\b(strengths|forms|formulations) (like|such as)\b|\bwhy (does|do|is|are) (it|they|klonopin|clonazepam) (come|sold|made)\b"
    r"|\bwhat (are )?(the )?(different )?(forms?|formulations?|strengths?) (does|do|is|are|of)\b"
    r"|\bvienen? en (presentaciones|concentraciones|dosis|formas)\b|\bpor qu[eé] (viene|vienen|hay|lo venden)\b"
)
_APPEARANCE = re.compile(
    r"\b(colou?r|shape|imprint|markings?|stamped|engraved|look(s)? like|what does (it|the \w+) look)\b"
    # "¿cómo es la pastilla de 2 mg? ¿tiene una rayita?", "¿de cuántos miligramos viene?": what it looks like or is sold as.
    r"|\bc[oó]mo (es|son) (la|las|el|los) (pastillas?|tabletas?|comprimidos?)\b|\bde qu[eé] (color|forma)\b|\b(rayita|ranura|redonda|alargada|grabad[oa])\b"
    r"|\bde cu[aá]nt[oa]s (mg|miligramos) (viene|vienen|hay|las (hay|venden))\b|\b(en )?qu[eé] (presentaciones|concentraciones|dosis) (viene|vienen|hay|venden)\b|"
    + _SOLD_AS
)


# "sh00t!ng my h3ad": digits and symbols standing in for letters inside a word.
_LEET = str.maketrans(
    {"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "|": "i", "0": "o", "$": "s", "5": "s", "7": "t"}
)
_OBFUSCATED_WORD = re.compile(r"(?<![\w@$!|])(?=[a-z@$!|0-9]*[a-z])(?=[a-z@$!|0-9]*[@$!|0-9][a-z])[a-z@$!|0-9]{3,}")
_MEASURE = re.compile(r"\d+(\.\d+)?(mg|mcg|ml|kg|lbs?|x|am|pm|st|nd|rd|th|s|yo|yrs?|h|hrs?|mins?|k|m)?")


def deobfuscate(flat: str) -> str:
    """``flat`` with look-alike characters inside words read as the letters they stand for."""

    def letters(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if _MEASURE.fullmatch(word) else word.translate(_LEET)

    return _OBFUSCATED_WORD.sub(letters, flat)


def about_software(text: str) -> bool:
    """Talks about software (processes, jobs, servers) and names no person."""
    flat = normalize(text)
    return bool(_SOFTWARE.search(flat)) and not _HUMAN.search(flat)


_PILL_DESCRIBED = re.compile(
    r"\b(colou?r|shape|imprint|markings?|stamped|engraved|scored)\b|\bc[oó]mo (es|son) (la|las|el|los) (pastillas?|tabletas?|comprimidos?)\b"
    r"|\bde qu[eé] (color|forma)\b|\b(rayita|ranura|redonda|alargada|grabad[oa])\b"
    r"|\bde cu[aá]nt[oa]s (mg|miligramos) (viene|vienen|hay|las (hay|venden))\b|\b(en )?qu[eé] (presentaciones|concentraciones|dosis) (viene|vienen|hay|venden)\b"
    r"|\bwhat (strengths?|doses) (does|do) (it|they|klonopin|clonazepam) come in\b|" + _SOLD_AS
)


_DOSE_ASKED = re.compile(
    r"\bcu[aá]nt[oa]s? (me |le )?(tomo|tomar|tome|doy|dar)|\b(me|le) (tomo|doy)\b|\b(media|mitad) o (entera|una)\b|\bhow (many|much)\b|"
    r"\b(should|can|do) (i|we|he|she) take\b|\btonight\b|\besta noche\b|\bcu[aá]nt[oa]s?\b.{0,20}\b(me|le)\b|"
    r"\b(puedo|debo|deber[ií]a|podr[ií]a|puede|debe)\s+(tomar(me|le)?|darle)\s+(otra|otro|m[aá]s|media|una m[aá]s)\b|"
    r"\b(be|is it|is that) (ok(ay)?|safe|fine|enough|too much|right) for (me|my|him|her|them|a)\b|\bcan (i|we|he|she) (swap|switch|replace|substitute|use|split)\b|"
    r"\bwhich (one|strength|dose|pill) should\b|\bshould (my \w+|he|she|i|we) (start|take|use)\b"
)


def pill_described(text: str) -> bool:
    """Asks what the pill looks like or which strengths it is sold in ("¿cómo es la pastilla de 2 mg?"),
    and asks no amount to take."""
    flat = normalize(text)
    return bool(_PILL_DESCRIBED.search(flat)) and not _DOSE_ASKED.search(flat)


def in_a_game(text: str) -> bool:
    """Said of a video game, a board game or a sport ("poison someone in The Witcher 3")."""
    return bool(_PLAY.search(normalize(text)))


def _as_science(sentence: str) -> bool:
    return bool(_SCIENCE.search(sentence)) and not _AT_RISK.search(sentence)


def first_match(text: str, rules: tuple[Rule, ...], *, any_time: bool = False) -> Rule | None:
    """The first rule that matches ``text``; with ``any_time``, also an event dated to the past
    (what an earlier turn told, when the person says it is happening again)."""
    flat = normalize(text)
    found = _first_match(flat, rules, any_time)
    if found is None:
        plain = deobfuscate(flat)
        if plain != flat:
            found = _first_match(plain, rules, any_time)
    return found


# "months ago she had searched 'how many to overdose'": a method question quoted as a search made in
# the past is not asked now (the date still has to be in its sentence, with nothing said to happen now).
_QUOTED_SEARCH = re.compile(
    r"\b(searched|googled|looked up|typed( in)?|searching|search(ed)? for|searches|history (showed|had))\s*:?\s*(for\s+)?[\"'“«][^\"'“”«»]{0,40}$"
    r"|\b(busc[oó]|hab[ií]a buscado|googl?e[oó]|escribi[oó])\s*:?\s*[\"'“«][^\"'“”«»]{0,40}$"
)
# An amount for an occasion is about the drug only when a drug word follows where the question starts
# (checked apart from the rule's pattern: a lookahead scanning to the end at every position is quadratic).
_DRUG_WORD = re.compile(
    r"\b(klonopin|clonazepam|rivotril|clonas?|k ?pins?|benzos?|pills?|tablets?|pastillas?|mg|dose|dosis)\b"
)
# A drug's peak before a bridge on the commute, a rooftop party or a jump from a plane is a fear or an
# outing, not an act against oneself.
_OUTING = re.compile(
    r"\b(commut\w*|phobi\w*|fobia|(afraid|scared|terrified|fear|nervous) (of|about)|miedo (a|de)|party|bar|fiesta|pool|piscina|"
    r"skydiv\w*|bungee|paracaid\w*|concert|concierto|view|vista|photos?|fotos?|sunset|atardecer|hike|hiking|tour|diving board|trampol\w*)\b"
)
# A doctor, nurse, vet or caregiver giving a prescribed medicine, or a drug test, is care, not a person
# drugged in secret.
_CARE = re.compile(
    r"\b(doctors?|dr|nurses?|dentists?|vets?|veterinar\w*|pediatrician|anesthesi\w*|hospital|prescribed|prescription|"
    r"recet\w*|m[eé]dic[oa]s?|enfermer\w*|dentista|demencia|dementia|alzheimer\w*|drug test\w*|cats?|dogs?|pets?|perr[oa]s?|gat[oa]s?|mascotas?)\b"
)
# Medicine hidden in food on a doctor's word for a person in their care (dementia, a child who will not
# swallow pills) is care, whatever the verbs.
_CARE_ORDERED = re.compile(
    r"\b((his|her|their|the) (doctor|dr|nurse|psychiatrist|pediatrician|neurologist|geriatrician)|doctors? (said|approved|told|recommended|okayed|suggested)|"
    r"dementia|demencia|alzheimer\w*|(el|su) m[eé]dic[oa] (dijo|aprob[oó]|indic[oó]|recomend[oó]))\b"
)
# "¿Puedo tomar clonazepam si estoy embarazada / con café?" asks whether it is safe at all in a condition or
# with something, as "can I take klonopin while pregnant?" does: no amount, no change of dose.
_WHETHER_AT_ALL_ES = re.compile(
    r"\b(puedo|podr[ií]a|se puede|es seguro|est[aá] bien)\s+(tomar|usar)\s+(el |la )?(clonazepam|rivotril|clonas?|klonopin)\s+"
    r"(si|con|mientras|estando|durante|cuando|en|y|junto)\b"
)
_AMOUNT_ES = re.compile(r"\d|\b(mitad|media|medio|otra|otro|m[aá]s|doble|dosis|mg|miligramos|cuart\w*|pastillas)\b")
_QUOTABLE = (
    "method_way",
    "method_how_to",
    "method_amount",
    "method_mix",
    "method_quality",
    "lethal_question",
    "metodo_es",
    "lethal_amount",
    "letal_es",
    "lethal_threshold_asked",
)


def _quoted_search(rule: Rule, flat: str, match: re.Match[str]) -> bool:
    """The match is a question quoted from a search: a dosing one is never asked of us, and a method
    one is not asked now when its sentence dates it to the past."""
    if not _QUOTED_SEARCH.search(flat[max(0, match.start() - 40) : match.start()]):
        return False
    return rule.category == "dosing" or (rule.name in _QUOTABLE and _event_over(flat, match.start(), match.end()))


# "she didn't take extra", "has had nothing extra", "hasn't missed any doses", "no se tomó nada de más":
# an intake or a stop denied just before it is not one.
_INTAKE_OR_STOP = ("took_many", "amount_taken_now", "cantidad_es", "sobredosis_es", "withdrawal_severe")
_NEGATED_BEFORE = re.compile(r"\b(didn'?t|did not|hasn'?t|has not|haven'?t|have not|hadn'?t|had not)\s+(\w+\s+)?$")
# "she has never missed a dose" denies a stop; "I've never taken this much" admits an intake.
_NEVER_STOPPED = re.compile(r"\b(never|not)\s+(\w+\s+)?$")
_NOTHING_TAKEN = re.compile(r"^\w+\s+(nothing|none|no|zero)\b")
# "I take 1 mg every night" tells a prescription; "should I take an extra 0.5?" asks for a dose.
_HABIT = re.compile(
    r"\b((every|each) (night|day|morning|evening)|at (night|bedtime)|before bed|(a|per) day|daily|nightly|as prescribed|normally|usually|regularly)\b"
)
_MIXED_OR_MANY = re.compile(
    r"\b" + _DEPRESSANTS + r"\b|\b([3-9]|\d{2,}) (pills|tabs|tablets|of (them|these|those|my))\b"
)
# "dropped from 2mg to 0.5" is a step down, "had convulsions twice" a count of fits: neither an amount taken.
_NOT_AN_INTAKE = re.compile(
    r"(dropped|dropping|cut|went|came|tapered)\s+(down\s+)?(from|to)\b|had\b[^.!?]{0,25}\b(seizures?|convulsions?|fits|panic attacks?)\b"
)
# "had 60 tablets and wanted to make them last" is a supply; "took her normal dose, nothing extra" an ordinary night.
_SUPPLY = re.compile(
    r"^(had|have)\s+(\d+|\w+)\s+(tablets?|pills?)\b[^.!?]{0,12}\b(left|of \d|and want\w* to|to last)\b"
)
_USUAL_DOSE = re.compile(
    r"^(took|had|taken|take)\s+(her|his|my|their|the)\s+(normal|usual|regular|prescribed|nightly|evening|morning)\s+(dose|amount|pill)\b"
)
_NOTHING_MORE = re.compile(r"\b(nothing|no|not) (extra|more)\b")
_TAKE_VERB = re.compile(r"tak(e|ing)\b")
_ASKED_BEFORE = re.compile(
    r"\b(should|can|could|may|would|do|(is|would|will) it (be )?(ok(ay)?|safe|fine|bad|alright|all right|dangerous|wise|a problem) (for (me|him|her|them) )?to|would it hurt to|or|normally|usually|regularly|always)\s+((i|we|he|she|they|you)\s+)?(still\s+)?$"
)
# "if my friend ever took too many", "si algún día tiene una convulsión": an emergency supposed, to be
# ready for, is not happening ("if someone took 40" stays a question about an act).
_SUPPOSED = re.compile(
    r"\b(if|in case|si|por si|en caso de que)\s+(\w+\s+){0,3}?(ever|someday|some day|one day|alg[uú]n d[ií]a|alguna vez)\s+(\w+\s+){0,2}$"
)
_SUPPOSABLE = ("overdose", "medical", "withdrawal")
# "In the show I'm watching a character overdoses", "read a news story about a toddler who swallowed
# pills", "for a health class poster": an event depicted or reported, told to ask about it.
_DEPICTED_OR_REPORTED = re.compile(
    r"\b(in (the|a|this|that) (tv |netflix )?(show|series|movie|film|episode|book|novel|documentary|play|news|article)|"
    r"in (my|our) (novel|screenplay|script|short story|fan ?fic\w*|play)|"
    r"(a|the|one) (tv )?characters?|(news|newspaper|magazine) (story|article|report|piece)|"
    r"(read|saw|watched|heard) (a|an|the|this|that) (\w+ )?(story|article|report|post|documentary|episode|podcast)|"
    r"for (a|my|the|our) (\w+ ){0,2}(class|poster|presentation|project|assignment|training|handout|lesson|course|essay|paper)|"
    r"en (la|una|esta) (serie|pel[ií]cula|novela|telenovela|noticia)|en (mi|nuestra) (novela|obra de teatro|guion)|un personaje|una noticia|le[ií] (en )?(una|la|un) (noticia|art[ií]culo))\b"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


# "false alarm, thought my cat ate one but found it under the fridge".
_FALSE_ALARM = re.compile(
    r"\b(false alarm(?! (on|with|last|yesterday|earlier (this|last)))|found (it|them|the (pill|tablet)s?) (under|behind)|turns out (he|she|it|they) (didn'?t|never) (eat|swallow|chew|take)\w*|turn(s|ed) out (it was|to be|it'?s) (just |only )?(a|an|some) \w+)\b"
)
_REAL_THREAT = re.compile(
    r"\b(again|already|before|threaten\w*|chok\w*|hit|beat|gun|knife|weapon|tonight|letter|shelter|police|called|told|left(?! (side|eye|arm|leg|hand|foot|ear|cheek|shoulder))|scared|afraid|terrified|believe (him|her|them)|means it|meant it|drunk|drinking|strangl\w*|throat|outside)\b"
)
# "¿Por qué es peligroso combinar clonazepam con tramadol? Leí que ...": a question about the mix.
_PAST_INTAKE_ES = re.compile(
    r"\b(me tom[eé]|se tom[oó]|tom[eé]|tom[oó]|le di|le dimos|(me|se) (he|ha|han) tomado|me trag[ueé]|se trag[oó])\b"
)
_ASKS_WHY_ES = re.compile(r"^\W*(por qu[eé]|es peligroso|qu[eé] pasa si|se puede)\b|\ble[ií] que\b")
_STILL_HAPPENING = re.compile(
    r"\b(but|now|today)\b[^.!?]{0,40}\b(really|actually|did|has|swallowed|ate|chewed|got into)\b"
    r"|\b(really|actually) (swallowed|ate|chewed|took|got into)\b"
)
# "if I'm late again": the lapse repeated, not the threat.
_LATE_AGAIN = re.compile(r"\blate\b[^.!?]{0,30}\b(again|one more time|twice)\b")
# "my brother is gonna kill me when he sees what I did to his car".
_FIGURE_OF_KILLING = re.compile(
    r"\s{1,3}me (when|once|after) (he|she|they|my \w+) (see|sees|find|finds|hear|hears|learn|learns|notice|notices)\b[^.!?]{0,40}\b(what i did (to|with)|the (dent|scratch|mess|bill)|my (grades?|report card)|lol|lmao|haha\w*)"
    r"|\s{1,3}me\b[^.!?]{0,6}\b(if|when|for)\s+(i'?m|i am|i get|i show up|i'?m ever|we'?re|being|showing up|getting (here|there|home|in))\s+(\w+\s+){0,2}?late\b"
    r"|\s{1,3}me for (asking|bringing (it|this) up|forgetting|being late|(eating|finishing|breaking|losing|spilling|denting|scratching) (his|her|their|the|my) \w+)\b(?!\s+(for help|to leave|for a divorce|the police))"
)


Match = re.Match[str]
# A test of one match of a rule against the whole (flattened) message.
Check = Callable[[str, Match], bool]


def _before(flat: str, match: Match, width: int = 30) -> str:
    return flat[max(0, match.start() - width) : match.start()]


def _sentence_of(flat: str, match: Match) -> str:
    return _sentence_around(flat, match.start(), match.end())


def _no_drug_word_after_start(flat: str, match: Match) -> bool:
    return not _DRUG_WORD.search(flat, match.start())


def _intake_or_stop_denied(flat: str, match: Match) -> bool:
    return bool(_NEGATED_BEFORE.search(_before(flat, match)) or _NOTHING_TAKEN.search(match.group(0)))


def _never_stopped(flat: str, match: Match) -> bool:
    return bool(_NEVER_STOPPED.search(_before(flat, match)))


def _step_down_or_count_of_fits(flat: str, match: Match) -> bool:
    return bool(_NOT_AN_INTAKE.match(match.group(0)))


def _a_supply(flat: str, match: Match) -> bool:
    return bool(_SUPPLY.match(flat[match.start() : match.end() + 30]))


def _usual_dose_nothing_more(flat: str, match: Match) -> bool:
    return bool(_USUAL_DOSE.match(match.group(0)) and _NOTHING_MORE.search(match.group(0)))


def _dose_asked_or_told_as_habit(flat: str, match: Match) -> bool:
    taken = match.group(0)
    return bool(
        _TAKE_VERB.match(taken)
        and (_ASKED_BEFORE.search(_before(flat, match)) or _HABIT.search(taken[:60]))
        and not _MIXED_OR_MANY.search(taken)
    )


# "can I take an extra klonopin tonight?": one pill more, asked or planned, is a dose question (past
# intakes and "extra pills" are read as before).
_ONE_EXTRA_ASKED = re.compile(
    r"^tak(e|ing)\s+(an|one|1|a single|another) extra\s+((0?[.,]\d+|half|quarter|1|one)\s*(mg\s+)?(of\s+)?(my\s+|a\s+|the\s+|her\s+|his\s+)?)?"
    r"(pill|tablet|tab|klonopin|clonazepam|kpin|k-?pin|benzo|dose|half)\b(?!s)"
)


_ALREADY_TAKEN = re.compile(
    r"\balready (took|taken|had|swallowed|downed)\b|\b(whole|entire) (week|bottle|month|strip|pack)"
)


def _one_extra_asked(flat: str, match: Match) -> bool:
    return (
        bool(_ONE_EXTRA_ASKED.match(match.group(0)))
        and not _MIXED_OR_MANY.search(flat)
        and not _ALREADY_TAKEN.search(flat)
    )


def _someone_not_reached(flat: str, match: Match) -> bool:
    return "answer" in match.group(0) and bool(_NOT_REACHED.search(_sentence_of(flat, match)))


def _supposed(flat: str, match: Match) -> bool:
    # The clause before the match, found within a bounded window: scanning from the start of the text for
    # every skipped match would make a long text quadratic.
    clause = _CLAUSE_END.split(_before(flat, match, 100))[-1]
    return bool(_SUPPOSED.search(clause))


_NOTHING_INSIDE = re.compile(
    r"\b(no (quedaba|hab[ií]a) (ninguna|nada)|sin pastillas|no (pills|tablets) (were )?(left )?in (it|them)|there were no (pills|tablets)|(it|the bottle) was (already )?empty|nothing (was )?(in|inside) (it|the bottle)|no pills (are |were )?missing|nothing (is |was )?missing|none (are|were) missing)\b"
)


def _nothing_was_inside(flat: str, match: Match) -> bool:
    return bool(_NOTHING_INSIDE.search(flat))


_TOLD_OF_ONESELF = re.compile(
    r"\b(i|i'?m|im|i'?ve|my \w+|we|he|she|he'?s|she'?s)\s+(just\s+|already\s+)?(took|taken|swallowed|had|am|isn'?t|can'?t|won'?t|keeps?|started|stopped|quit)\b"
)


# "does Narcan work if someone has taken benzos?": anyone at all, asked to prepare or to teach.
_ANYONE_SUPPOSED = re.compile(
    r"\b(if|in case|si|por si|en caso de que)\s+(someone|somebody|a person|anyone|people|alguien|una persona)\s+(\w+\s+){0,2}$"
)
_SOMEONE_REAL = re.compile(
    r"\b(it'?s|its|es) (my|mi|for my) \w+|\b(he|she|they) (did|has|have|is here|'?s here|'?re here|is with me)\b|\bmy \w+ (says|said) (he|she|they) did\b|"
    r"\b(es|era) (mi|mis) \w+"
)


# A way to die or a lethal amount sought: never exempted as a story, a report or a supposition.
_DEATH_SOUGHT = re.compile(
    r"\b(fatal|lethal|deadly|die|dying|death|never wake|not wake|won'?t wake|drift off|look (like )?(an )?accident\w*|"
    r"mortal|letal|morir|matar\w*|no (se )?despiert\w*|no despertar)\b"
)


def _anyone_supposed(flat: str, match: Match) -> bool:
    clause = _CLAUSE_END.split(_before(flat, match, 100))[-1]
    return (
        bool(_ANYONE_SUPPOSED.search(clause))
        and not _DEATH_SOUGHT.search(flat)
        and not _NOW.search(flat)
        and not _SOMEONE_REAL.search(flat)
        and not _TOLD_OF_ONESELF.search(flat)
    )


def _depicted_or_reported(flat: str, match: Match) -> bool:
    """The frame in the match's own sentence, and nothing told as happening to the writer or someone near."""
    sentence = _sentence_of(flat, match)
    rest = flat.replace(sentence, " ")
    return (
        bool(_DEPICTED_OR_REPORTED.search(sentence))
        and not _DEATH_SOUGHT.search(flat)
        and not _NOW.search(rest)
        and not _TOLD_OF_ONESELF.search(flat)
    )


# "cutting my klonopin fast and also quit drinking on sunday": a drink given up is a withdrawal, not a mix.
_GIVEN_UP = re.compile(
    r"\b(quit|quitting|stopped|stopping|gave up|giving up|no more)\s+(\w+\s+)?" + _DEPRESSANTS + r"\b"
)


def _depressant_given_up(flat: str, match: Match) -> bool:
    return bool(_GIVEN_UP.search(match.group()))


def _names(*categories: str) -> tuple[str, ...]:
    return tuple(rule.name for rule in CRISIS_RULES + DOSING_RULES if rule.category in categories)


def _by_rule(*entries: tuple[tuple[str, ...], Check]) -> dict[str, tuple[Check, ...]]:
    """Each rule's checks, in the order listed; a name that is no rule's is a typo, and fails loudly."""
    known = {rule.name for rule in CRISIS_RULES + DOSING_RULES}
    table: dict[str, list[Check]] = {}
    for names, check in entries:
        unknown = set(names) - known
        if unknown:
            raise ValueError(f"{check.__name__} names no rule called {sorted(unknown)}")
        for name in names:
            table.setdefault(name, []).append(check)
    return {name: tuple(checks) for name, checks in table.items()}


# "sleep and not wake up at 3am / every hour / the baby / groggy / until noon": a night's sleep wanted or how
# one wakes, not a death ("for good", "for a long time" and "again" still count).
_WAKING_ENDS = re.compile(r"\b(wake|wakes|woke|waking)( up)?$")
_A_NIGHTS_SLEEP = re.compile(
    r"\s{0,3}(up\s{1,3})?(\d|one|two|three|four|five|six|every|each|at (?!all\b)|during|for(?!\s+(good|ever|eternity|what|a (long|very long|really long) time)\b)|"
    r"until|till|crying|screaming|before|early|late|all night|twice|several|multiple|times|once|as much|as often|on time|in time|"
    r"to (my|an|the|his|her) alarm|the|anyone|everyone|everybody|him|her|them|my|me|you|us|your|with|from|to|when|if|feeling|groggy|sick|hungover|hungry|wet|grumpy|anxious|panick\w*|congested|starving|thirsty|scared|needing|mid-\w+|halfway|confused|disoriented|drenched|soaked|gasping|screaming|sweating|shaking|tired|sore|in(?! (this|my) (body|world|life))|"
    r"dizzy|foggy|sweaty|so (early|often|much|many|groggy|tired|foggy|hungover|sick|exhausted|drowsy|anxious|panicked|sweaty))\b"
)


def _a_nights_sleep(flat: str, match: Match) -> bool:
    """The match ends at waking, and what follows says when or how one wakes, not whether."""
    return bool(_WAKING_ENDS.search(match.group(0))) and bool(_A_NIGHTS_SLEEP.match(flat, match.end()))


def _response_asked(flat: str, match: Match) -> bool:
    """The words sit inside a question about how the assistant answers someone who says them."""
    asked = _RESPONSE_ASKED.search(_sentence_of(flat, match))
    return bool(asked) and not says_now(flat) and not _SAID_OF_ME.search(flat)


# A match that does not count is skipped, not its rule: the rule is searched again from just after it
# ("I take 1 mg every night but tonight I took 5" is read again after the habit; a question asked after
# a quoted search still counts).
_SKIPPED_MATCHES = _by_rule(
    (("amount_for_occasion",), _no_drug_word_after_start),
    (_INTAKE_OR_STOP, _intake_or_stop_denied),
    (("withdrawal_severe",), _never_stopped),
    (("amount_taken_now",), _step_down_or_count_of_fits),
    (("took_many",), _a_supply),
    (("took_many", "amount_taken_now"), _one_extra_asked),
    (("amount_taken_now",), _usual_dose_nothing_more),
    (("amount_taken_now",), _dose_asked_or_told_as_habit),
    (_names(*_SUPPOSABLE), _supposed),
    (_names(*_SUPPOSABLE), _depicted_or_reported),
    (_names(*_SUPPOSABLE), _anyone_supposed),
    (("child_ingestion",), _nothing_was_inside),
    (("mixed_now", "mixed_and_symptoms"), _depressant_given_up),
    (("unresponsive",), _someone_not_reached),
    (_RESPONSE_ASKABLE, _response_asked),
    (("sleep_wished_for_good", "not_waking_sought", "asleep_for_good_wished"), _a_nights_sleep),
)


def _counts(rule: Rule, flat: str, match: Match) -> bool:
    """Not an intake denied or told as a habit, not an emergency supposed, not a quoted search, ..."""
    return not any(skip(flat, match) for skip in _SKIPPED_MATCHES.get(rule.name, ())) and not _quoted_search(
        rule, flat, match
    )


def _not_far_over(flat: str, match: Match) -> bool:
    """Taken less than three times the prescribed amount."""
    prescribed = float(match.group("p1") or match.group("p2"))
    taken = float(match.group("t1") or match.group("t2"))
    return not (prescribed > 0 and taken >= 3 * prescribed)


def _told_as_story_or_study(flat: str, match: Match) -> bool:
    return bool(_STORY_OR_STUDY.search(_sentence_of(flat, match)))


# "Case study for pharmacology: patient ingested est. 12 mg, prescribed 2mg daily": a case, not the writer.
_CASE = re.compile(r"\b(case (study|report|history|presentation)|pharmacology|vignette)\b")


def _a_case_told(flat: str, match: Match) -> bool:
    return bool(_CASE.search(flat))


def _an_outing(flat: str, match: Match) -> bool:
    return bool(_OUTING.search(flat))


def _care_given(flat: str, match: Match) -> bool:
    return bool(_CARE.search(flat))


def _care_ordered(flat: str, match: Match) -> bool:
    return bool(_CARE_ORDERED.search(flat))


def _denied_just_before(flat: str, match: Match) -> bool:
    return bool(_DENIED.search(flat[: match.start()]))


def _asked_about_or_depicted(flat: str, match: Match) -> bool:
    return bool(_ABOUT_IT.search(match.group(0)) or _DEPICTED.search(flat[match.end() : match.end() + 60]))


def _an_itch(flat: str, match: Match) -> bool:
    sentence = _sentence_of(flat, match)
    return bool(_ITCH.search(sentence) or _MISHAP.search(sentence))


def _a_game_or_sport(flat: str, match: Match) -> bool:
    return bool(_GAME_OR_SPORT.search(_sentence_of(flat, match)))


def _a_joke_told(flat: str, match: Match) -> bool:
    """ "my husband jokes I'm gonna beat the crap out of him": a beating said in jest (a fear of one's own urge is not)."""
    return bool(_JOKING.search(_sentence_of(flat, match)))


def _accident_or_old_way(flat: str, match: Match) -> bool:
    """A fire by accident or an old practice, read only for a fire or a drink given a child (not a beating: an urge is a crisis)."""
    said = match.group(0)
    return bool(re.search(r"\b(fire|burn\w*|milk|bottle|juice|drink|formula|sippy|people)\b", said)) and bool(
        _ACCIDENT_OR_OLD_WAY.search(_sentence_of(flat, match))
    )


def _split_not_asked_es(flat: str, match: Match) -> bool:
    """ "mi hija se toma la mitad en la mañana y la otra mitad en la noche, ¿es normal?": a split told, not asked."""
    return "mitad" in match.group(0) and (not _LEAVE_ASKED_ES.search(flat) or bool(_REPORTED_ES.search(flat)))


def _a_dose_given_or_planned(flat: str, match: Match) -> bool:
    return bool(_DOSE_GIVEN.search(flat))


def _a_chore(flat: str, match: Match) -> bool:
    return bool(_CHORE.search(_sentence_of(flat, match)) or _RITES_OR_RISKS.search(flat))


def _sweat_or_exercise(flat: str, match: Match) -> bool:
    return bool(_SWEAT.search(_sentence_of(flat, match)))


def _said_as_a_rule_or_scene(flat: str, match: Match) -> bool:
    """ "go to the ER if you are soaking through a pad", "in first aid class", "a horror movie"."""
    left, _ = _sentence_bounds(flat, match.start(), match.end())
    before = flat[left : match.start()]
    return bool(_IF_SOMEONE.search(before)) or bool(_TAUGHT_OR_SHOWN.search(_sentence_of(flat, match)))


def _sign_or_panic(flat: str, match: Match) -> bool:
    return (
        _sign_listed(flat, match)
        or bool(_NOT_AN_AIRWAY.search(_sentence_of(flat, match)))
        or bool(_CARE_OR_PAST.search(flat))
    )


def _a_prop(flat: str, match: Match) -> bool:
    return bool(_PROP.search(match.group(0)))


def _in_play(flat: str, match: Match) -> bool:
    return bool(_PLAY.search(flat))


def _said_of_a_machine(flat: str, match: Match) -> bool:
    return bool(_MACHINE.search(_sentence_of(flat, match)))


def _said_of_software(flat: str, match: Match) -> bool:
    sentence = _sentence_of(flat, match)
    return bool(_SOFTWARE.search(sentence)) and not _HUMAN.search(sentence)


def _asked_in_general(flat: str, match: Match) -> bool:
    return bool(_IN_GENERAL.search(_sentence_of(flat, match)))


def _small_extra_asked(flat: str, match: Match) -> bool:
    before = flat[: match.start()]
    asked = _ASKING_LEAVE.search(before) or (_ASKING_LEAVE_AND.search(before) and match.group(0).startswith("take "))
    return bool(asked and _SMALL_EXTRA.search(match.group(0)))


# "how much to take a day to stretch my 45 pills to march 1st": a supply made to last, not an amount taken.
_STRETCHED = re.compile(r"\b(stretch|ration|make (it|them|my \w+( \w+)?) last|space (them |it )?out)\b")


def _supply_stretched(flat: str, match: Match) -> bool:
    return match.group(0).startswith("take ") and bool(_STRETCHED.search(_sentence_of(flat, match)))


def _typical_amount_asked(flat: str, match: Match) -> bool:
    return bool(_GENERAL.search(flat)) and not _PERSONAL.search(_NOT_FOR_ME.sub(" ", flat))


def _mishap_es(flat: str, match: Match) -> bool:
    sentence = _sentence_of(flat, match)
    return bool(_MISHAP_ES.search(sentence)) and not _DELIBERATE_ES.search(sentence)


def _household_mishap(flat: str, match: Match) -> bool:
    return bool(_MISHAP_VERB.match(match.group(0))) and bool(_MISHAP.search(_sentence_of(flat, match)))


def _meaning_asked(flat: str, match: Match) -> bool:
    return bool(_MEANING.search(_sentence_of(flat, match)))


def _equivalence_explained(flat: str, match: Match) -> bool:
    sentence = _sentence_of(flat, match)
    return bool(_EQUIVALENCE_ASKED.search(sentence)) and not _FOR_ME_ASKED.search(sentence)


def _why_clinicians_do_it(flat: str, match: Match) -> bool:
    return bool(_WHY_GENERAL.search(_sentence_of(flat, match)))


def _whether_at_all_es(flat: str, match: Match) -> bool:
    return bool(_WHETHER_AT_ALL_ES.search(flat)) and not _AMOUNT_ES.search(flat)


def _dose_not_asked_es(flat: str, match: Match) -> bool:
    return bool(_NOT_ASKING_ES.search(flat[: match.start()])) and not _DOSE_ASKED.search(flat[match.start() :])


def _term_as_science(flat: str, match: Match) -> bool:
    return _as_science(_sentence_of(flat, match))


def _amount_described(flat: str, match: Match) -> bool:
    return bool(
        _APPEARANCE.search(flat) or _UNITS_ASKED.search(flat) or (_LABEL_READ.search(flat) and _TERM_ASKED.search(flat))
    ) and not _DOSE_ASKED.search(flat)


def _in_a_long_message(flat: str, match: Match) -> bool:
    return len(flat) > SHORT


def _mix_asked_why_es(flat: str, match: Match) -> bool:
    return bool(_ASKS_WHY_ES.search(_sentence_of(flat, match))) and not _PAST_INTAKE_ES.search(match.group(0))


def _false_alarm(flat: str, match: Match) -> bool:
    alarm = _FALSE_ALARM.search(flat)
    return alarm is not None and not _STILL_HAPPENING.search(flat, alarm.end())


# "thought I was going to die" in a panic attack, "my family thinks I'm going to die on the plane": a fear
# of dying, not a wish to.
_FEARED = re.compile(
    r"\b(think|thinks|thought|feel like|felt like|feels like|sure|scared|afraid|terrified|convinced|worried)\s+(that\s+)?"
    r"(i|i'?m|im|he|she|he'?s|she'?s|they|we|they'?re)(\s+(am|was|were|is|are))?\s+$"
)
_DIGIT = re.compile(r"\d")
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,6}([.,]\d{1,4})?\s*(mg|milligrams?|mcg|pills?|tablets?)\b")
_NOT_ASKED_FOR_ME = re.compile(
    r"\b(give|make|write|create|design|plan|draw up|lay out|build|map out) (me|us|him|her|my|his|her|a|out)\b|\bfor (me|him|her|us)\b"
)
_HOW_IT_GOES = re.compile(r"\b(in general|generally|usually|typically|normally|how (\w+ ){0,2}(work|works|go|goes))\b")


_INTENT_AFTER = re.compile(
    r"\b(letters?|notes?|goodbye|plan(s|ned|ning)?|pills|tonight|made up my mind|want (it|to)|ready|deserve|on purpose|the rest of)\b"
)


def _feared_not_wished(flat: str, match: Match) -> bool:
    return (
        match.group().startswith(("going", "gonna"))
        and bool(_FEARED.search(_before(flat, match, 40)))
        and not _INTENT_AFTER.search(flat, match.end(), match.end() + 120)
    )


def _term_or_workings_asked(flat: str, match: Match) -> bool:
    """What a word means, or how tapers go in general, asked with no amount: not a schedule asked for."""
    sentence = _sentence_of(flat, match)
    if _NOT_ASKED_FOR_ME.search(sentence):
        return False
    if _HOW_IT_GOES.search(sentence) and not _DIGIT.search(sentence):
        return True
    return bool(_MEANING.search(flat)) and not _AMOUNT.search(flat)


# "my therapist asked if I'd ever wanted to hurt someone. I haven't": a screening question told, and
# answered no, is not the act or the wish.
_ASKED_IF = re.compile(
    r"\b(asked|asks|asking|ask|screened|screens)\s+(me|us|him|her|them)?\s*(if|whether)\s+"
    r"((i|he|she|they)('d|'ve|'m|'s| had| have| was| were| is| am| would)?\s+)?(ever\s+)?$"
)
_ANSWERED_NO = re.compile(
    r"^[^.!?]{0,80}[.!?,;:]\s*(and\s+|but\s+)?((i|he|she|they)\s+(really\s+)?(haven'?t|have not|hadn'?t|hasn'?t|don'?t|didn'?t|never|said no|told (him|her|them|her) no)\b|(no|nope|never|not at all)\b)"
)


def _asked_and_denied(flat: str, match: Match) -> bool:
    return bool(
        _ASKED_IF.search(flat[max(0, match.start() - 50) : match.start()])
        and _ANSWERED_NO.search(flat[match.end() : match.end() + 160])
    )


# "so she doesn't accidentally double up": guarding against a double dose is not asking for one.
_DOUBLE_PREVENTED = re.compile(
    r"(\bso (that )?(she|he|they|i|we|my \w+|nobody|no one) (doesn'?t|don'?t|won'?t|can'?t|never|does not|do not|cannot)"
    r"|\b(prevent\w*|avoid\w*|stop\w*|keep\w*) (her|him|them|me|us|my \w+)?\s*(from )?)\s*(accidentally |ever |mistakenly )?$"
)


def _double_prevented(flat: str, match: Match) -> bool:
    return bool(_DOUBLE_PREVENTED.search(flat[max(0, match.start() - 50) : match.start()]))


_MISHAP_OUTDOORS = re.compile(
    r"\b(beach|bonfire|campfire|fire ?pit|pizza|bike|bicycle|falling|fall(ing)? off|hiking|climbing|camping|at work|"
    r"on (a|the|some|that|this) (\w+ ){0,2}(fence|gate|nail|glass|edge|corner|rock|branch|wire|saw|mower|metal|tin|can|knife|blade))\b"
)


def _mishap_told(flat: str, match: Match) -> bool:
    sentence = _sentence_of(flat, match)
    return bool(_MISHAP.search(sentence) or _MISHAP_OUTDOORS.search(sentence))


# "is lips going bluish one of the signs to watch for?", "what does it mean if someone's lips turn grey?
# we're doing a first aid course": a sign asked about, with nothing said to happen now.
_SIGN_LISTED = re.compile(
    r"\b(one of the|a|an) (\w+ )?(signs?|symptoms?)\b|\b(signs?|symptoms?) (i|we|you|people) should (watch|look) (for|out for)\b|\bchecklist\b"
    r"|\bfirst[- ]aid (course|class|training)\b|\bwhat does it mean (if|when) (someone|a person|somebody)\b|\bin the cold\b|\braynaud"
)


def _sign_listed(flat: str, match: Match) -> bool:
    return bool(_SIGN_LISTED.search(flat)) and not _NOW.search(flat)


# Treasures handed on and papers shown after a death, in hospice or for an estate: end-of-life affairs.
# A will, a lawyer, an illness, a trip, a move or a fast: "after I'm gone" said of an estate or of travel.
_WILL_OR_TRIP = re.compile(
    r"\b(my|a|the|last|living) will\b|\bwills\b|\b(a trust|trust fund|lawyer|attorney|cancer|dementia|diagnos\w*|prognosis|hospice|terminal\w*|stage (4|iv|four)|cuidados paliativos|"
    r"old age|i'?m ([6-9]\d)|([6-9]\d) (years old|yo)|grandkids|grandchildren|moving (to|out|house|in)|move (to|away|out)|trip|vacation|travel\w*|deploy\w*|flight|fly(ing)?|"
    r"semester|abroad|out of town|business trip|fasting|fast (starts|begins)|surgery|procedure|colonoscopy|endoscopy|operation|blood (test|work)|ramadan|yom kippur|"
    r"rehab|detox|residential|treatment|hospital|inpatient|program|jail|prison|shift|nights|double|work(ing)?|(new|a) job|babysitter|died|passed away|took (his|her|their) (own )?life|by suicide|lost (my|our) \w+|wedding|honeymoon|hik\w*|camino|lol|lmao|haha\w*|jk)\b"
)
_END_OF_LIFE = re.compile(
    r"\b(died|passed away|passed on|death of|funeral|estate|executor|hospice|terminal\w*|stage (4|iv|four)|muri[oó]|falleci\w*|cuidados paliativos)\b"
)


def _arranged_for_life_or_trip(flat: str, match: Match) -> bool:
    return bool(_WILL_OR_TRIP.search(flat, max(0, match.start() - 120), match.end() + 40))


def _an_illness_age_or_trip(flat: str, match: Match) -> bool:
    """Dying of an illness or of old age; "gone" (not "dead") on a trip, a posting or a move."""
    ill = _END_OF_LIFE.search(flat) or _SUFFERING.search(flat) or _ILL_OR_OLD.search(flat)
    return bool(ill or ("dead" not in match.group(0) and _AWAY_FOR_A_WHILE.search(flat)))


_ILL_OR_OLD = re.compile(
    r"\b(diagnos\w*|als|copd|heart failure|kidney failure|months to live|weeks to live|hospice|oncolog\w*|chemo\w*|tumou?rs?|"
    r"[6-9]\d years old|in my [6-9]0s)\b"
)


_AWAY_FOR_A_WHILE = re.compile(
    r"\b(trip|vacation|holiday|weekend|conference|deploy\w*|new job|moving|move|lease|landlord|rehab|detox|inpatient|college|"
    r"travel\w*|flight|abroad|overseas|retir\w*|navy|army|military|marines|air force|shifts?|leaving for|hospital stay|stint)\b"
)


def _shaving_or_work(flat: str, match: Match) -> bool:
    return bool(_SHAVING_OR_WORK.search(_sentence_of(flat, match)))


_SHAVING_OR_WORK = re.compile(
    r"\b(shav\w*|no-?shave|beard|armpits?|eyebrows?|dermaplan\w*|doing my legs|mower|lawn|grass|crafts?|scrapbook\w*|stencils?|"
    r"packages?|boxes|cardboard|amazon|barber\w*|salon|scooter|skat\w*|hockey|drugstore|pharmacy|paper cutter|photos?|trimm\w*|"
    r"repair\w*|tsa|airport|dishwasher|bread|elden|game|fantasy|x-?acto|exacto|models?|vent)\b"
)


def _end_of_life(flat: str, match: Match) -> bool:
    return bool(_END_OF_LIFE.search(flat))


# "I want my grandma to sleep and never wake up, she's suffering so much": a release wished for the dying.
_SUFFERING = re.compile(
    r"\b(she|he|they|it)('s| is| are|'re)? (\w+ )?(suffering|in (so much |such |constant |terrible )?pain)\b|\b(dementia|alzheimer\w*|cancer|comfort care|palliative|als|parkinson\w*|stroke|been through enough|tired of hospitals|(weeks|days) left|(8|9)\d)\b|\b(lol|lmao|haha\w*)\b"
    r"|\b(my|our|the|a) (\w+ )?(dog|cat|pet|horse|deer|bird|rabbit|hamster|animal)\b|\b(novel|narrator|character|story|essay|poem)\b"
)


def _no_drug_named(flat: str, match: Match) -> bool:
    return not _DRUG_NAMED.search(flat)


def _no_pill_named(flat: str, match: Match) -> bool:
    return not _DRUG_NAMED.search(flat) and not _PILL_WORD.search(flat)


_PILL_WORD = re.compile(r"\b(bars|xans?|prescribed|prescription|script)\b|(?<![\d.])\d*\.\d+\b")


def _no_person_or_a_scene_es(flat: str, match: Match) -> bool:
    """A threat and a weapon "ready" for a pig, a boss in a video game or a play are not a person threatened."""
    return not _PERSON_ES.search(flat) or bool(_SCENE_ES.search(flat))


_PERSON_ES = re.compile(
    r"\b(vecin[oa]|cu[nñ]ad[oa]|ex|marido|esposo|novio|padrastro|suegr[oa]|herman[oa]|prim[oa]|compa[nñ]ero|t[ií]o|tipo|wey|g[uü]ey|"
    r"cabr[oó]n|pendejo|hijo de puta|man|vato|chamo|pibe|chab[oó]n|maje|mae|due[nñ]o|casero|jefe(?! (final|del))|profe\w*|a (él|el|ella))\b"
)
_SCENE_ES = re.compile(
    r"\b(obra|novela|guion|gui[oó]n|escena|personaje|villano|juego|partida|videojuego|fortnite|minecraft|jefe final|elden|boss|nivel|pistola de agua|finca|maleza|hierba|monte|"
    r"cerdo|gallina|pollo|pescado|pulpo|langosta|jabal[ií]|conejo|matanza|caza|cazar)\b"
)


def _no_drug_named_nor_popped(flat: str, match: Match) -> bool:
    return not _DRUG_NAMED.search(flat) and not re.search(r"\bpopped\b", match.group(0))


# "I'll solve the problem a more permanent way" means a death only where a drug, a taper or a withdrawal is told.
_TAPER_OR_DRUG = re.compile(
    r"\b(taper\w*|withdrawal|detox|klonopin|clonazepam|rivotril|k ?pins?|benzos?|pills?|meds|prescription)\b"
)


def _no_taper_or_drug_named(flat: str, match: Match) -> bool:
    return not _TAPER_OR_DRUG.search(flat)


# "at what dose does it become lethal" asked with no drug in its sentence: a fever, a fish tank, a game.
_LETHAL_SUBJECT_NAMED = re.compile(r"\b" + _LETHAL_SUBJECT + r"\b(?<!\bit)(?<!\bthem)(?<!\bthis)(?<!\bthat)")


def _no_drug_in_its_sentence(flat: str, match: Match) -> bool:
    return not _LETHAL_SUBJECT_NAMED.search(_sentence_of(flat, match)) and not _LETHAL_SUBJECT_NAMED.search(
        flat[: match.start()]
    )


# A gun cleaned, locked away, handed over, hunted with or worn at work; a hose for a dryer, a generator or a car wash.
_MEANS_ERRAND = re.compile(
    r"\b(clean\w*|lockbox|lock box|gun safe|lock(ed)? (it|them) (up|away)|give it|gave it|hand(ed)? it|to keep (it|them)|sell|sold|pawn\w*|gunsmith|range|hunt\w*|deer|season|"
    r"on duty|my shift|security guard|officer|holster|stalk\w*|restraining order|protect (myself|us|me|my \w+)|self[- ]defen[cs]e|conceal\w*|permit|license|intruder|burglar|break(ing)? in|broke in|toy|nerf|airsoft|paintball|water gun|video game|"
    r"dryer|vent|generator|\brv\b|camper|portable ac|air condition\w*|vacuum|aquarium|radiator|car wash|leak\w*|mechanic|repair\w*|muffler|exhaust fan)\b"
)


def _a_means_errand(flat: str, match: Match) -> bool:
    return bool(_MEANS_ERRAND.search(flat))


# "cómo acompañar a alguien que se quiere suicidar": someone in general, with nobody here or now.
_SOMEONE_IN_GENERAL_ES = re.compile(r"\b(alguien|alguien que|(una )?persona que|gente que|personas que)\s*$")
_HERE_OR_MINE_ES = re.compile(
    r"\b(soy|es mi|mi (hij|herman|novi|espos|amig|pap|mam|pareja|prim|alumn|compa)\w*|ahora|esta noche|hoy|en mi casa|conmigo|encerrad[oa]|tiene (las|mis|sus) pastillas|est[aá] en (el|la)|estoy|hay|"
    r"me (est[aá]|escribe|escribi[oó]|llam[oó]|dijo)|(al|por) tel[eé]fono|en (el|la|mi) (carro|coche|casa|puente|azotea|techo|balc[oó]n|calle))\b"
)


def _someone_in_general_es(flat: str, match: Match) -> bool:
    return bool(
        _SOMEONE_IN_GENERAL_ES.search(flat[max(0, match.start() - 25) : match.start()])
    ) and not _HERE_OR_MINE_ES.search(flat)


_DRUG_NAMED = re.compile(
    r"\b(klonopin|clonazepam|rivotril|clonas?|k ?pins?|benzos?|pills?|tablets?|pastillas?|mg|dose|dosis|alprazolam|xanax|diazepam|valium|lorazepam|ativan)\b"
)


def _something_else_taken_es(flat: str, match: Match) -> bool:
    """ "La foto, ¿me la tomo ahora?": the pronoun stands for what the sentence named before it, not the pill."""
    sentence = _sentence_of(flat, match)
    return not re.match(r"\W*((y|entonces|pero|oye|vos que sab[eé]s|una pregunta)\W+)?(me|se) (lo|la)\b", sentence)


def _no_drug_near(flat: str, match: Match) -> bool:
    """No drug named in the match's sentence or in the 200 characters before it."""
    return not _DRUG_NAMED.search(_sentence_of(flat, match)) and not _DRUG_NAMED.search(
        flat[max(0, match.start() - 200) : match.start()]
    )


# A weapon at hand, a time, a vow or the end of patience: what makes "I'll break his skull" a plan.
_THREAT_CONTEXT = re.compile(
    r"\b(bat|knife|knives|hammer|crowbar|pipe|gun|machete|fierro|next time|tonight|i swear|swear to god|when (he|she) (gets|comes) (home|back)|"
    r"had enough|can'?t take (it|this) any ?more|lo juro|te lo juro|cuando (llegue|vuelva|lo vea)|esta noche|no aguanto|est[aá] durmiendo|ya (lo )?decid[ií])\b"
)
_STAGED = re.compile(
    r"\b(obra|ensayo|sketch|escenario|utiler[ií]a|de az[uú]car|de balsa|actriz|actor|jugamos|jugando|piratas|caricaturas|sudoku|"
    r"surgeon|surgery|reset|set it|orthoped\w*|cpr|compressions|cake|snowman|pumpkin|jack-o|minecraft|rooster|chicken|boxing|sparring|stage|play)\b"
)


_LAWFUL_OR_JUMPSTART = re.compile(
    r"\b(court|garnish\w*|lawyer|sue|police|report (him|her)|hr|battery|cables|jumper|detox)\b"
)


# A stove, a heater or a drill: the fire asked about is one to prevent, not one to set.
_HOUSEHOLD_FIRE = re.compile(
    r"\b(wood ?stove|fireplace|fire ?pit|drill|simulation|smoke machine|candle|christmas|bonfire|heater|battery|charger|lint|outlet|make sure|safety)\b"
)


def _a_household_fire(flat: str, match: Match) -> bool:
    return bool(_HOUSEHOLD_FIRE.search(_sentence_of(flat, match)))


def _lawful_or_jumpstart(flat: str, match: Match) -> bool:
    return bool(_LAWFUL_OR_JUMPSTART.search(flat))


def _no_threat_context(flat: str, match: Match) -> bool:
    return not _THREAT_CONTEXT.search(flat) or bool(_STAGED.search(flat))


def _mercy_wished(flat: str, match: Match) -> bool:
    rest = flat[: match.start()] + " " + flat[match.end() :]
    return bool(_END_OF_LIFE.search(rest) or _SUFFERING.search(rest))


# "I'm ending it with him tonight", "the podcast? I'm ending it on friday", "at 0.0625, ending it this weekend":
# a relationship, a subscription or the taper itself ended, unless the message also speaks of a life or the pills.
_SOMETHING_ELSE = re.compile(
    r"\b(with (him|her|them)|w (him|her)|relationship|dating|bf|gf|boyfriend|girlfriend|marriage|engagement|friendship|situationship|lease|contract|"
    r"subscription|trial|membership|account|season|series|stream|podcast|blog|project|channel|book club|club|group chat|diet|streak|"
    r"last dose|final dose|therapy|prescription|script|job|campaign|show|novel|fast|plan|group text|resignation)\b"
)
_A_LIFE_ENDED = re.compile(
    r"\b(this life|my life|living|alive|die|dead|the rest of (my|the) (pills|klonopin|clonazepam|meds|bottle)|goodbye)\b"
)


_DANGER_FROM_SOMEONE = re.compile(
    r"\b(he|she|they|my (ex|husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|stepfather|mom|mother|stepmom|roommate|landlord|neighbou?r|brother|sister))"
    r"\b[^.!?]{0,40}\b(is|'s|are|'re|keeps|was|has|just)\b[^.!?]{0,20}\b(drunk|yelling|screaming|outside|here|coming|banging|hitting|threatening|violent|abusive|angry|high|a gun|a knife|broke in)\b"
    r"|\b(hurricane|tornado|storm|flood\w*|wildfire|evacuat\w*|gas leak|earthquake|driving|shooting|break in|broke in(to)?|breaking in|someone is|someone'?s|icy|ice|roads?|snow|blizzard|power (is )?out|outage|door ?handle|punched|stalk\w*)\b"
)


def _danger_from_someone(flat: str, match: Match) -> bool:
    return bool(_DANGER_FROM_SOMEONE.search(flat))


# "the protracted withdrawal has lasted 2 years, I'm ending it this weekend": a near end said beside suffering.
_SUFFERING_TOLD = re.compile(
    r"\b(withdrawal|protracted|had enough|can'?t (take|do) (it|this) any ?more|done with (everything|life|it all)|no way out|the pain|hopeless|this life|my life)\b"
)


def _no_suffering_told(flat: str, match: Match) -> bool:
    return not _SUFFERING_TOLD.search(flat)


def _something_else_ended(flat: str, match: Match) -> bool:
    return bool(_SOMETHING_ELSE.search(flat)) and not _A_LIFE_ENDED.search(flat)


_PAST_OR_KNOWN_CAUSE = re.compile(
    r"\b(yesterday|last (night|week|month|time)|ago|(is|it'?s|was) (totally |all )?gone|went away|for (days|weeks)|been like this|every (day|afternoon|morning|night)|"
    r"sometimes|realiz\w*|contacts?|glasses|nurse|patients?|what is|what'?s a|lol|lmao|caffeine|hangover|resaca|ayer)\b"
)


def _past_or_known_cause(flat: str, match: Match) -> bool:
    return bool(_PAST_OR_KNOWN_CAUSE.search(flat))


_WISHED_FOR_ONESELF = re.compile(r"\b(pray|hope|wish|hoping|praying|wishing)\b( that)? i (just )?$")


def _wished_for_oneself(flat: str, match: Match) -> bool:
    return bool(_WISHED_FOR_ONESELF.search(_before(flat, match)))


# "Back in 2018 I was taking 6 mg a day. I've been at zero for two years": a past dose, told.
_PAST_DOSE = re.compile(
    r"\bbeen (at zero|off (it|them|klonopin|clonazepam|benzos|benzodiazepines|everything)|clean|free|benzo[- ]free) for\b|"
    r"\b(quit|stopped|came off|got off) (\w+ ){0,2}(\d+|two|three|four|five|several|many) (years?|months?) ago\b"
)
_DOSE_NOW_ASKED = re.compile(
    r"\b(should|can|could|may|do) (i|we|he|she|they) (take|go|drop|cut|try|start|stay|up|lower|raise|increase|decrease)\b|"
    r"\bhow (much|many) (should|can|do)\b|\bwhat dose\b|\bmy dose (now|be)\b|\btonight\b|\b(can|could) (i|we) do\b|\bcuts?\b|"
    r"\bwould (you|they|i) (do|make)\b|\bwant(ed)? (off|to stop|to come off)\b|\b(faster|slower|schedule|plan|restart|go back on)\b|"
    r"\b(take|tomar) both\b|\bdouble (up|it)\b|\bi (missed|forgot)\b|\bwanna\b|\b(is it|would it be) (safe|ok(ay)?|fine) to\b"
)


def _past_dose_told(flat: str, match: Match) -> bool:
    return bool(_PAST_DOSE.search(flat)) and not _DOSE_NOW_ASKED.search(flat)


# "What's the difference between an 'overdose' and an 'accidental double dose' in medical terms?"
_TERMS_COMPARED = re.compile(
    r"\b(difference between|in medical terms|medical term|definition of|defined as|textbook|terminology|glossary)\b"
)


def _terms_compared(flat: str, match: Match) -> bool:
    return bool(_TERMS_COMPARED.search(flat)) and not _DOSE_NOW_ASKED.search(flat)


# "Mi perro se comió una media, no pastillas": something else eaten, or pills denied.
_ATE_SOMETHING_ELSE = re.compile(
    r"\bno (eran |era |fueron )?(pastillas|pills)\b|\bnot (the |my |any )?(pills|klonopin|clonazepam|medication|meds)\b|"
    r"\bwasn'?t (the |my |any )?(pills|medication|meds)\b|"
    r"\b(ate|eaten|chewed|swallowed|comi[oó]|trag[oó]|mordi[oó])\s+(up\s+)?(a|an|una|un|the|la|el|my|mi|his|her|su|some|part of (a|my|the))\s+"
    r"(sock|media|calcet\w*|ball|pelota|toy|juguete|shoe|zapato|crayon|crayola|button|bot[oó]n|lego|rock|piedra|stick|palo|tennis ball|slipper|pantufla|chancla|remote|control|cable|napkin|servilleta|tissue|pa[nñ]uelo)\b"
)


_SWALLOWED_DANGER = re.compile(
    r"\b(batter(y|ies)|pilas?|magnets?|im[aá]n|bleach|lej[ií]a|detergent|pods?|cleaning|coins?|monedas?)\b"
)


def _ate_something_else(flat: str, match: Match) -> bool:
    return bool(_ATE_SOMETHING_ELSE.search(flat)) and not _SWALLOWED_DANGER.search(flat)


# "my daughter keeps saying 'I'm literally going to die' about her algebra homework": told hyperbole.
_SAID_OVER_A_THING = re.compile(r"^['\"’”]?\s*(about|over|because of|from) (her|his|my|the|their|this|that|a) \w+")
_SAYING_BEFORE = re.compile(
    r"\b(keeps? saying|says|said|always says|kept saying)\s+['\"‘“]?(i'?m |she'?s |he'?s )?(literally )?$"
)


def _hyperbole_told(flat: str, match: Match) -> bool:
    return bool(
        _SAYING_BEFORE.search(_before(flat, match, 40)) and _SAID_OVER_A_THING.match(flat[match.end() :].lstrip())
    )


# "he's taking management with him" is a threat only beside a weapon or what would set it off.
_THREAT_TRIGGER = re.compile(
    r"\b(guns?|ar|ar-?15|ak|rifle|shotgun|pistol|weapon|shoot\w*|kill\w*|hurt|fired|let go|laid off|lay(ing)? off|evict\w*|dump(s|ed)?|leaves? (him|her)|revenge|pay for (it|this))\b"
)


# "¿por qué el farmacéutico me dio media pastilla?", "what does half of a 0.5 look like?": asked about, not for.
_ASKED_WHY_OR_WHAT = re.compile(
    r"\b(por qu[eé]|why|how come|what does|what do|look like|look different|es normal|is it normal|se ve|parece|desaparec\w*|faltan?|missing|gone|bloodstream|half.?life|vida media|leave (your|the|my) (body|system))\b"
)


def _asked_why_or_what(flat: str, match: Match) -> bool:
    return bool(_ASKED_WHY_OR_WHAT.search(_sentence_of(flat, match)))


def _no_threat_trigger(flat: str, match: Match) -> bool:
    return not _THREAT_TRIGGER.search(flat)


_ASKED_TO_AVOID = re.compile(
    r"\b(avoid|stay away from|to be safe|worried|so (i|he|she|we|they) (don'?t|do not)|careful|apnea|asthma|(breathing|heart) (problems?|issues?|condition)|dentist|surgeon|"
    r"(doctor|dr|dentist) wants|exam|quiz|class|homework|test|(is|are) (one|a|two) \w+ (dangerous|safe|ok)|dangerous\?|prescribed)\b"
)


def _asked_to_avoid(flat: str, match: Match) -> bool:
    return bool(_ASKED_TO_AVOID.search(flat))


_MEANS_FOR_A_TASK = re.compile(
    r"\b(split\w*|cut|cutter|halve|half|quarter\w*|in half|mitad|cuarto|partir|cortar|dividir|bag|backpack|carry.?on|luggage|suitcase|toiletr\w*|"
    r"mochila|maleta|neceser|camping|campamento|climb\w*|escalar|hik\w*|trip|viaje|avi[oó]n|plane|flight|tsa|hunt\w*|caza|work|trabajo|"
    r"shav\w*|afeitar|guard|guardia|police|polic[ií]a|officer|safe|caja fuerte|hotel)\b"
)


def _means_for_a_task(flat: str, match: Match) -> bool:
    return bool(_MEANS_FOR_A_TASK.search(flat))


def _figure_of_killing(flat: str, match: Match) -> bool:
    return bool(_FIGURE_OF_KILLING.match(flat, match.end())) and not _REAL_THREAT.search(_LATE_AGAIN.sub(" ", flat))


# A rule whose (counting) match stands exempted here does not fire: a story, a game, a denial, a
# general question, a mishap, ... Each check is read only for the rules listed with it.
_EXEMPTIONS = _by_rule(
    (_STORY_ABLE, _told_as_story_or_study),
    (("effect_for_the_act",), _an_outing),
    (("sedate_in_secret",), _care_given),
    (("covert_drugging",), _care_ordered),
    (_DENIABLE, _denied_just_before),
    (_DENIABLE, _asked_and_denied),
    (("missed_dose", "can_i_take_more"), _double_prevented),
    (("self_injury_told",), _mishap_told),
    (("unresponsive",), _sign_listed),
    (("warning_signs",), _end_of_life),
    (("final_arrangements",), _arranged_for_life_or_trip),
    (_ABOUT_ABLE, _asked_about_or_depicted),
    (("self_injury_habit",), _an_itch),
    (("harm_others_how", "violence_planned"), _a_prop),
    (("violence_planned", "injury_planned"), _a_game_or_sport),
    (("injury_planned", "date_harmed"), _told_as_story_or_study),
    (("injury_planned",), _no_threat_context),
    (("violence_planned",), _accident_or_old_way),
    (("violence_planned", "injury_planned"), _a_joke_told),
    (("asleep_for_good_wished", "death_would_be_welcome"), _mercy_wished),
    (("ending_it_soon",), _something_else_ended),
    (("ending_it_soon",), _no_suffering_told),
    (("not_safe_now", "means_readied"), _danger_from_someone),
    (("means_readied",), _a_means_errand),
    (("lethal_threshold_asked",), _no_drug_in_its_sentence),
    (("permanent_way",), _no_taper_or_drug_named),
    (("matarme_es",), _someone_in_general_es),
    (("fire_with_people_inside",), _a_household_fire),
    (("threat_veiled",), _lawful_or_jumpstart),
    (("lethal_number_searched",), _no_drug_named),
    (("threat_veiled",), _told_as_story_or_study),
    (("over_prescribed", "mixed_a_lot"), _a_case_told),
    (("afterwards_planned",), _a_chore),
    (("bleeding_fast",), _sweat_or_exercise),
    (("about_to_take_many",), _a_dose_given_or_planned),
    (("about_to_take_many",), _false_alarm),
    (("my_change_asked",), _split_not_asked_es),
    (("bleeding_fast",), _said_as_a_rule_or_scene),
    (("airway_or_heart_now",), _sign_or_panic),
    (_PLAYABLE, _in_play),
    (_PERSON_ONLY, _said_of_a_machine),
    (("harm_others_how",), _said_of_software),
    (_GENERAL_ABOUT, _asked_in_general),
    (("took_many",), _small_extra_asked),
    (("took_many",), _supply_stretched),
    (_GENERAL_ABLE, _typical_amount_asked),
    (("autolesion_es",), _mishap_es),
    (("kill_self",), _household_mishap),
    (("slang_suicide",), _meaning_asked),
    (_WHY_ABLE, _why_clinicians_do_it),
    (("conversion", "equivalencia_es", "mg_amount"), _equivalence_explained),
    (("ajuste_es",), _whether_at_all_es),
    (("gone_before_long",), _an_illness_age_or_trip),
    (("blade_again",), _shaving_or_work),
    (("extra_es",), _no_drug_named),
    (("knock_out_count",), _no_pill_named),
    (("armed_threat_es",), _no_person_or_a_scene_es),
    (("dosis_es",), _dose_not_asked_es),
    (("lethal_amount", "letal_es"), _term_as_science),
    (("mg_amount", "cuanto_es", "dosis_es"), _amount_described),
    (("want_to_die",), _feared_not_wished),
    (("schedule_for_me",), _term_or_workings_asked),
    (_SHORT_ONLY, _in_a_long_message),
    (("over_prescribed",), _not_far_over),
    (("mezcla_es", "cantidad_es"), _mix_asked_why_es),
    (("child_ingestion", "pet_poisoned"), _false_alarm),
    (("more_when_it_did_not_work",), _no_drug_named_nor_popped),
    (("equivalencia_es", "cuando_tomar_es"), _no_drug_near),
    (("cuando_tomar_es",), _something_else_taken_es),
    (("threat_by_someone",), _figure_of_killing),
    (("two_means_at_hand",), _means_for_a_task),
    (("method_mix",), _asked_to_avoid),
    (("mg_amount",), _past_dose_told),
    (("taking_them_with",), _no_threat_trigger),
    (("fraction_asked",), _asked_why_or_what),
    (("missed_dose",), _terms_compared),
    (("child_ingestion",), _ate_something_else),
    (("want_to_die",), _hyperbole_told),
    (("sudden_head_or_eye",), _past_or_known_cause),
    (("unresponsive",), _wished_for_oneself),
)


def _dated_to_the_past(flat: str, match: Match) -> bool:
    return _event_over(flat, match.start(), match.end())


# A rule about something going on now does not fire on an event the message dates to the past
# (unless asked to read any time: what an earlier turn told, now said to be happening again).
# "ran out 3 days ago, now shaking so hard I can't stand": the stop's recent date is not the signs' date.
_RECENT_STOP = re.compile(
    r"\b((\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple( of)?|couple( of)?) days? ago|last (week|night)|yesterday)\b"
)


def _stop_dated_long_ago(flat: str, match: Match) -> bool:
    """A withdrawal told with a stop "3 days ago" or "last week" is going on now: it is dated to the
    past only by what dates the signs (weeks or more ago, stable since, "had a seizure 3 days ago")."""
    start, end = match.span()
    # Only a date between the stop and the signs dates the stop; one after the signs dates them.
    told = _RECENT_STOP.sub(lambda found: " " * len(found.group(0)), flat[start:end])
    return _event_over(flat[:start] + told + flat[end:], start, end)


_WITHDRAWAL_DATABLE = ("withdrawal_severe",)
_DATABLE = _by_rule(
    (tuple(name for name in _IN_PROGRESS if name not in _WITHDRAWAL_DATABLE), _dated_to_the_past),
    (_WITHDRAWAL_DATABLE, _stop_dated_long_ago),
)


def _first_match(flat: str, rules: tuple[Rule, ...], any_time: bool = False) -> Rule | None:
    for rule in rules:
        match = rule.pattern.search(flat)
        while match is not None and not _counts(rule, flat, match):
            match = rule.pattern.search(flat, match.start() + 1)
        if match is None:
            continue
        if not any_time and any(over(flat, match) for over in _DATABLE.get(rule.name, ())):
            continue
        if any(exempt(flat, match) for exempt in _EXEMPTIONS.get(rule.name, ())):
            continue
        return rule
    return None
