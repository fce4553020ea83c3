"""A French or Portuguese quotation in the first person standing alone after a sentence about
someone unnamed (private to ``attribution.py``).

Reporters describe a person they do not name in one sentence, then give that person's words
as a sentence or paragraph of their own, with no speech verb by them: "Dans la cour, un
grand-père venu chercher sa petite-fille se souvient de la dernière réforme. « On nous avait
promis la même chose. »", "Uma vizinha, que pediu para não ser identificada, mostra a rua
alagada. «Eu nunca tinha visto isto.»". The speaker is the description
(``unnamed.unnamed_subject``: the subject of a speech verb, or of a verb after an auxiliary or a
reflexive), and only when the description's noun is one for a person. The German and Dutch shape is read
in ``germanic_lone``.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.lexicon import load
from bot.text.speakers.reading import language
from bot.text.speakers.unnamed import unnamed_description, unnamed_subject
from bot.text.speakers.unnamed_esit import unnamed_esit

# the first person in a French or Portuguese quotation (the words of a person, not a sign)
_FIRST_PERSON_RE = re.compile(
    r"(?<![\w'’])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|on"
    r"|eu|meu|minha|meus|minhas|nós|nosso|nossa|nossos|nossas)(?![\w'’])",
    re.IGNORECASE,
)

_PERSON_NOUNS = frozenset(load("person_nouns_fr_pt"))
# endings of French and Portuguese nouns for a person ("un retraité", "une infirmière", "um
# agricultor", "uma estudante"), not of a thing's ("une voiture", "un incident")
_PERSON_ENDS = (
    "eur",
    "euse",
    "trice",
    "ier",
    "ière",
    "ant",
    "ante",
    "iste",
    "aire",
    "ien",
    "ienne",
    "é",
    "ée",
    "ois",
    "oise",
    "ais",
    "aise",
    "or",
    "ora",
    "eiro",
    "eira",
    "ista",
    "ano",
    "ana",
)
_THING_ENDS = ("ment", "dent")  # "un événement", "un accident", "un incident"
# machines and things whose names end like a person's ("un vieux tracteur", "um computador")
_THING_NOUNS = frozenset(
    "tracteur moteur ordinateur radiateur aspirateur réacteur compteur secteur ascenseur"
    " capteur détecteur téléviseur congélateur extincteur carburateur projecteur"
    " trator motor computador elevador ventilador aspirador contador sensor reator"
    " congelador televisor secador refrigerador".split()
)


def unnamed_person(description: str) -> bool:
    """True when one of the first words after the article is a noun for a person."""
    for word in description.split()[1:3]:
        low = word.lower()
        if low in _THING_NOUNS:
            return False
        if low in _PERSON_NOUNS or (low.endswith(_PERSON_ENDS) and not low.endswith(_THING_ENDS)):
            return True
    return False


def lone_unnamed(att: Any, idx: int) -> tuple[int, int] | None:
    """For a quotation in the first person that opens its sentence (or paragraph) and stands
    alone: the description of someone unnamed that opens the sentence just before it as its
    subject, when no quotation and no name come between (else None)."""
    span = att.spans[idx]
    _, _, pe = att._para_of(span.open_at)
    rest = att.text[span.close_end : min(pe, span.close_end + 3)].strip(" .")
    if rest and rest[:1] != "\n":
        return None  # the sentence goes on after it: a speech verb or a name of its own
    if language() in ("spanish", "italian"):
        if _FIRST_PERSON_ESIT_RE.search(att.text, span.start, min(span.end, span.start + 400)):
            return _described_before_esit(att, idx)
        return None
    if _FIRST_PERSON_RE.search(att.text, span.start, min(span.end, span.start + 400)) is None:
        return None
    return _described_before(att, idx)


# the first person in a Spanish or Italian quotation
_FIRST_PERSON_ESIT_RE = re.compile(
    r"(?<![\w'’])(?:yo|me|mi|mí|nos|nosotros|nosotras|mío|mía|nuestro|nuestra|io|noi|ci|mio"
    r"|mia|miei|nostro|nostra)(?![\w'’])",
    re.IGNORECASE,
)


# Spanish and Italian nouns for someone unnamed (the stem before a gender ending, or whole)
_PEOPLE_ESIT = frozenset(
    """vecin usuari residente utente abitante cliente comerciante commerciante pasajer
    passegger jubilad pensionat madre padre mujer hombre donna uomo signora signore ragazz chic
    joven giovane ancian anzian estudiante studente studentessa trabajador lavoratore
    lavoratrice agricultor agricoltore pescador pescatore turista conductor conductora
    automobilista camioner tassista taxista enfermer infermier médic medic profesor profesora
    docente insegnante maestr dependient camarer camerier testigo testimone fan seguidor
    seguidora abuel nonn visitante visitatore visitatrice votante elettore elettrice militante
    manifestante voluntari volontari emplead impiegat dipendente operai obrer soci afectad
    víctima vittima superviviente sopravvissut inquilin propietari proprietari""".split()
)


def people_noun_esit(noun: str) -> bool:
    """True for a Spanish or Italian noun of people ("vecina", "infermiera"), by its stem."""
    return noun in _PEOPLE_ESIT or noun[:-1] in _PEOPLE_ESIT


def _sentence_before(att: Any, idx: int) -> tuple[int, int] | None:
    """Where the sentence just before the quotation ``idx`` that opens its own sentence starts
    and where the quotation's stretch starts (the last sentence of the paragraph before, when
    the quotation opens its paragraph), with no quotation in that sentence or after it; else
    None."""
    before = att._read_back(idx)
    if before is None:
        return None
    floor, start = before
    if start <= floor:
        return None
    prev = att._sentence_start(start - 1, floor)
    if idx and att.spans[idx - 1].close_end > prev:
        return None  # a quotation in that sentence or after it
    return prev, start


def _described_before_esit(att: Any, idx: int) -> tuple[int, int] | None:
    """Someone unnamed (``unnamed_esit``) opening, as its subject, the Spanish or Italian
    sentence just before the quotation ``idx`` that opens its own sentence: "Una usuaria de
    Madrid, que pide no ser identificada, cuenta que se enteró por una amiga. «Subí …»",
    with no quotation and no name between; else None."""
    got = _sentence_before(att, idx)
    if got is None:
        return None
    prev, start = got
    lead = att.text[prev : prev + 4].split(" ", 1)[0]
    if lead not in ("Un", "Una", "Uno") and lead[:3] not in ("Un'", "Un’"):
        return None
    described = unnamed_esit(att.text, prev)
    if described is None or len(described.split()) < 2:
        return None
    noun = described.split()[1].lower().removeprefix("un'").removeprefix("un’")
    if noun not in _PEOPLE_ESIT and noun[:-1] not in _PEOPLE_ESIT:
        return None  # ("Un mestiere ben pagato che …": a thing, not someone)
    end = prev + len(described)
    if att.text[prev:end].lower() != described.lower():
        return None
    if att._people_named(end, att.spans[idx].open_at) > 0:
        return None  # ("Un vecino, Juan X, …": the name, read elsewhere)
    return prev, end


def unnamed_for_pronoun(att: Any, idx: int, gender: str) -> str | None:
    """For a quotation opening its sentence (or paragraph) with a pronoun of its own ("«
    Je …, précise-t-elle. … »", "« … », dit-il"): someone unnamed the sentence just before it
    opens on, as ``lone_unnamed`` reads them, when the article's gender is the pronoun's:
    "Une mère d'élève résume son malaise. ¶ « Je ne suis pas contre, précise-t-elle. »"."""
    got = _described_before(att, idx)
    if got is None:
        return None
    phrase = att.text[got[0] : got[1]]
    article = phrase.split(" ", 1)[0].lower()
    if _GENDER.get(article) != gender:
        return None
    return unnamed_description(phrase) or None


_GENDER = {"un": "m", "um": "m", "une": "f", "uma": "f"}


def _described_before(att: Any, idx: int) -> tuple[int, int] | None:
    """The description of a person opening, as its subject, the sentence just before the
    quotation ``idx`` that opens its own sentence (the last of the paragraph before, when it
    opens its paragraph), with no quotation and no name between; else None."""
    if language() not in ("french", "portuguese"):
        return None
    span = att.spans[idx]
    got = _sentence_before(att, idx)
    if got is None:
        return None
    prev, start = got
    got = unnamed_subject(att, prev, start, any_verb=True)
    if (
        got is None
        or not unnamed_person(att.text[got[0] : got[1]])
        or att._people_named(got[1], span.open_at) > 0
    ):
        return None
    return got
