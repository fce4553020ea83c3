"""A speaker phrase no rule resolved to a name, shown as written or dropped (private to
``resolve.py``).

A common noun phrase ("the spokesman", "un jeune viticulteur", "Ryan's office") is shown as the
article wrote it, without a sentence-opening capital on its indefinite article or the article
before a body's name; a clause fragment the rules caught ("perhaps only half", "At that point",
"against the levy", "dalla palestra comunale", "critics who") is no speaker at all.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import romance_body
from bot.text.speakers.shapes import DETERMINERS, PREPOSITIONS

# Romance prepositions (fused with an article or not) opening a phrase that is no speaker
_ROMANCE_PREPOSITIONS = frozenset(
    "dalla dal dallo dai dalle della del dello dei delle nella nel nello nei nelle sulla sul"
    " desde hacia depuis dans vers pelo pela pelos pelas".split()
)
# Romance articles and object pronouns that never end a speaker phrase
_CLITICS = frozenset("la le lo las los les gli il el".split())
# words a noun phrase does not end on: "critics who", "line by" are phrases cut mid-clause
_DANGLING = frozenset(
    "who whom which that by for to of with from being been be would will could should must shall".split()
)


# prepositions and articles of the other languages a noun phrase never ends on either ("a
# raconté avoir fait confiance au", "il presidente della"): a clause cut short
# (German and Dutch too: "aber von einem", "Mustafa X van")
_DANGLING_GERMANIC = frozenset(
    "einem einer einen eines ein eine dem den von vom zum zur van het".split()
)
_DANGLING_EU = _DANGLING_GERMANIC | frozenset(
    "au aux à du des al del della dello dei ao aos do dos da das".split()
)
# English finite auxiliaries: a noun phrase holds none ("that district managers were"); the
# rules caught a clause
_FINITE_EN = frozenset("is are was were has have had does did".split())
# words opening a clause, not a noun phrase: the French auxiliary "a" ("a raconté …"), the
# Dutch infinitive's "te" ("te zijn op spelers")
_CLAUSE_OPENERS = {"french": frozenset(["a"]), "dutch": frozenset(["te"])}


# Spanish and Italian indefinite articles opening someone unnamed ("una vecina", "un'infermiera")
_INDEFINITE_ES_IT = frozenset("un una uno un'".split())


def _unnamed_with_number(words: list[str]) -> bool:
    """True for a Spanish or Italian phrase of someone unnamed with a number in it, its age
    or its address: an indefinite article, a lower-case noun, then "de"/"di"/"del"/"dal" before
    the number ("una pensionata di 83 anni", "un residente del civico 48"); in German, Dutch
    or English, an indefinite article and an age before the noun ("eine 29-jährige Lehrerin",
    "een 34-jarige verpleegster", "a 29-year-old teacher")."""
    if (
        len(words) >= 3
        and words[0].lower() in _INDEFINITE_AGED
        and _AGE_WORD_RE.fullmatch(words[1])
    ):
        return True
    if language() not in ("spanish", "italian") or len(words) < 4:
        return False
    head = words[0].lower().replace("’", "'")
    if head.startswith("un'") and len(head) > 3:
        head, noun = "un'", head[3:]
    elif head in _INDEFINITE_ES_IT:
        noun = words[1]
    else:
        return False
    return noun.isalpha() and noun.islower() and any(w in _OF for w in words[1:4])


_OF = frozenset("de di del dal della dello".split())
_INDEFINITE_AGED = frozenset("ein eine een a an".split())
_AGE_WORD_RE = re.compile(r"\d{1,3}-(?:jährige[rn]?|jarige|year-old)")


def as_written(words: list[str], phrase: str, limit: int = 8) -> str | None:
    """The phrase ``words`` (of ``phrase``) as a speaker shown as written, or None for a
    fragment that is no speaker (or one longer than ``limit`` words)."""
    # a common noun phrase ("the spokesman", "Ryan's office") is shown as written;
    # a clause fragment the rules caught ("perhaps only half", "At that point") is not
    first = nm.bare(words[0]) if words else ""
    if not first or len(words) > limit:
        return None
    if first not in DETERMINERS and (
        first in nm.STOPWORDS
        or first in nm.ADVERBS
        or first == "perhaps"
        # (a number, but not in someone unnamed's age or address: "una pensionata di 83
        # anni", "un residente del civico 48", "una vecina de 70 años" in Spanish, Italian)
        or (any(ch.isdigit() for ch in phrase) and not _unnamed_with_number(words))
    ):
        return None
    last = nm.bare(words[-1])
    if words[0].islower() and (
        first in PREPOSITIONS
        or first in _ROMANCE_PREPOSITIONS
        or (first.endswith("ing") and first not in DETERMINERS)
    ):
        # "against the levy", "echoing some critics", "dalla palestra comunale": a clause
        # or a place, not a speaker
        return None
    if len(words) > 1 and words[0].islower() and first in _CLAUSE_OPENERS.get(language() or "", ()):
        return None  # "a raconté avoir fait confiance au", "te zijn op spelers": a clause
    verb = next((k for k, w in enumerate(words) if k and nm.bare(w) in _FINITE_EN), 0)
    if verb and language() == "english" and any(w.islower() for w in words[:verb]):
        # "that district managers were": a clause (but "Nancy Perry is" names someone)
        return None
    if len(words) > 1 and last in _DANGLING_EU and language() != "english":
        kept = list(words)
        while len(kept) > 1 and nm.bare(kept[-1]) in _DANGLING_GERMANIC:
            kept.pop()
        if kept[-1][:1].isupper() and len(kept) < len(words):
            # "Mustafa El Amrani van [de huurdersvereniging]", "die Klinikleitung von einem
            # [tragischen Einzelfall]": the speaker, what the phrase ran on to cut off
            return as_written(kept, " ".join(kept), limit)
        return None  # "… avoir fait confiance au", "aber von einem": a clause cut short
    if len(words) > 1 and (last in _DANGLING or last in nm.PRONOUNS or last in _CLITICS):
        # "critics who", "line by", "provisions he", "La abstención de Vox la": a phrase
        # cut mid-clause
        return None
    if words[0] in ("Un", "Une", "Uno", "Una", "Um", "Uma"):
        words = [words[0].lower(), *words[1:]]  # "un jeune viticulteur", opening a sentence
    if len(words) > 2 and words[0] in ("le", "la", "o", "a") and romance_body(words[1]):
        words = words[1:]  # "a dénoncé le Syndicat des marins": the body's name, no article
    if language() in ("english", None) and first in _UNNAMED_EN and (k := _participle_at(words)):
        words = words[:k]  # "one woman loading bags into her car": the woman; what she did
    if len(words) > 2 and words[-1] == "union" and words[-2][:1].isupper() and words[-2][-1] == "s":
        words = words[:-1]  # "the Harbour Porters union": the union is the "Harbour Porters"
    shown = " ".join(words).strip(" ,;:")
    shown = re.sub(r"['’]s$", "", shown)  # "one of the woman's quotes": the woman
    if nm.quantified_phrase(shown):
        return None  # "Solche Gewitterzellen seien …": a noun phrase opening a sentence
    return shown if shown and nm.plausible_speaker(shown) else None


# the English determiners of someone unnamed
_UNNAMED_EN = frozenset("a an one another".split())


def _participle_at(words: list[str]) -> int:
    """Where a participle clause after an English unnamed person's noun begins ("one woman
    [loading bags into her car]", "a bus driver [taking a break]"), else 0 (not a modifier of
    the noun: "one counting assistant", "a local building inspector", nor after an article or a
    preposition: "from a neighbouring country")."""
    for k in range(2, len(words) - 1):
        w, prev = words[k], nm.bare(words[k - 1])
        after = nm.bare(words[k + 1])
        if (
            w.islower()
            and w.endswith("ing")
            and len(w) > 5
            and prev.isalpha()
            and prev not in nm.STOPWORDS
            and prev not in PREPOSITIONS
            and prev not in DETERMINERS
            # (a verb's object after it: "loading bags", "taking a break", "filming the
            # procession"; not a noun's modifier, "a local building inspector")
            and (
                after in DETERMINERS
                or after in PREPOSITIONS
                or (after.endswith("s") and len(after) > 3)
            )
        ):
            return k
    return 0
