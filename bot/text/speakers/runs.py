"""Capitalized name runs in a speaker phrase and the name left when titles go (private to
the speaker modules): "Senate Majority Leader Ann Ruddock" -> "Ann Ruddock", "female";
"the Harbour Pilots' Association" stays one run.
"""

from __future__ import annotations

import re

from bot.text.speakers import foreign as _foreign
from bot.text.speakers.bodywords import LEGAL_FORMS, body_word, party_token
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.firstnames import after_title as fn_after_title
from bot.text.speakers.namere import DUTCH_BODY_HEADS
from bot.text.speakers.names import (
    ACCORDING,
    FEMALE_TITLES,
    FOREIGN_STOPS,
    HONORIFICS,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PAREN_RE,
    POSTNOMINALS,
    STOPWORDS,
    TITLES,
    abbreviation,
    acronym,
    bare,
    english_opener,
    germanic_opener,
    is_cap,
    is_place,
    looks_like_org,
    possessive,
)
from bot.text.speakers.reading import language, plainly_english, romance_text
from bot.text.speakers.roles import role_noun, strip_roles


def _plural_owner(word: str, following: list[str]) -> bool:
    """True for a plural possessive inside an organisation's name: "Pilots' Association",
    "Farmers' Union" (the run goes on; "Ana's Bakery" and "Lind's aide" end at the owner)."""
    if not following or bare(following[0]) not in ORG_WORDS:
        return False
    if word.endswith(("s'", "s’")):
        return True
    # an office's holder owning it: "District Attorney's Office", "Sheriff's Department"
    return word.endswith(("'s", "’s")) and word[:-2].lower() in TITLES


def _saints_owner(previous: list[str], following: list[str]) -> bool:
    """True for a saint's possessive opening an institution's name: "St Columba’s University
    Hospital", "Saint Ita's Secondary School" (the run goes on: the saint owns nothing)."""
    return (
        bool(previous)
        and bare(previous[-1]).rstrip(".") in ("st", "saint", "sainte")
        and bool(following)
        and is_cap(following[0].strip('"“”‘’«»()[]*'))
    )


_DUTCH_BODY_HEAD = re.compile(r"\w*(?:" + "|".join(DUTCH_BODY_HEADS) + ")")


def _dutch_body_joint(cur: list[str], words: list[str], k: int) -> bool:
    """True for "voor" or "van het" after the head of a Dutch body's name, or "het" after its
    "van" or "voor", before a capitalized word ("Inspectie van het Onderwijs"): the name goes on. A
    person's or a place's run ("Stemmen voor Jansen") ends there."""
    word = words[k]
    if word == "het":
        joined = len(cur) >= 2 and cur[-1] in ("van", "voor")
        head = cur[-2] if joined else ""
    elif word in ("voor", "van"):
        head = cur[-1]
    else:
        return False
    if not _DUTCH_BODY_HEAD.fullmatch(bare(head)) or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if word == "van" and nxt != "het":
        return False  # ("van" before a name: the particle's own reading)
    if word in ("voor", "van") and nxt in ("de", "het") and k + 2 < len(words):
        nxt = words[k + 2]
    return is_cap(nxt.strip('"“”‘’«»()[]*'))


def name_runs(phrase: str) -> list[list[str]]:
    """Maximal runs of capitalized words in ``phrase`` (particles like "de" allowed inside)."""
    phrase = PAREN_RE.sub(" , ", phrase)
    runs: list[list[str]] = []
    cur: list[str] = []
    words = phrase.split()
    for k, raw in enumerate(words):
        word = raw.strip('"“”‘’«»()[]*')
        if raw.endswith("s’") and "‘" not in raw and is_cap(" ".join(words[k + 1 : k + 2])):
            word += "’"  # "the Farmers’ Union": a plural owner's apostrophe, no closing mark
        tail = raw.rstrip('"“”‘’«»()[]*')[-1:]
        ends = tail in (",", ";", ":", "!", "?") or (tail == "." and not abbreviation(word))
        if word and is_cap(word):
            if tail == "." and ends:
                word = word.rstrip(".")
            cur.append(word.rstrip(",;:!?"))
            if ends or (
                possessive(word)
                and not _plural_owner(word, words[k + 1 : k + 2])
                and not _saints_owner(cur[:-1], words[k + 1 : k + 2])
            ):
                runs.append(cur)
                cur = []
        elif cur and _dutch_body_joint(cur, words, k):
            cur.append(word)
        elif (
            cur
            and word in ("und", "en")
            and cur[-1].endswith("-")
            and k + 1 < len(words)
            and is_cap(words[k + 1])
        ):
            cur.append(word)  # "Industrie- und Handelskammer", "Land- en Tuinbouwbond": one name
        elif (
            cur
            and (word in NAME_PARTICLES or word in ("bin", "al", "&"))
            # "der" only after another particle ("Harry van der Maas"), "den"/"das" also after a
            # first name ("Joop den Uyl", "Maria das Dores"); else they are German articles
            # ("Präsident der Republik", "Vor den Beschäftigten", "Unternehmen das Gespräch")
            and (
                word not in ("der", "den", "das", "dos")
                or (k > 0 and words[k - 1].lower() in NAME_PARTICLES)  # "Van den Broeck"
                or (word != "der" and k > 0 and bare(words[k - 1]) in FIRST_NAMES)
                # "Tainá Bezerra dos Anjos": a Portuguese surname (no German or Dutch word)
                or (word == "dos" and len(cur) >= 2)
                # "o Atlético das Pedras Altas": inside a Portuguese body's name
                or (word in ("das", "dos") and language() == "portuguese")
            )
            and k + 1 < len(words)
            and (  # "Harry van der Maas": a second particle, then the name
                is_cap(words[k + 1])
                or (words[k + 1] in NAME_PARTICLES and k + 2 < len(words) and is_cap(words[k + 2]))
            )
        ):
            cur.append(word)
        else:
            if cur:
                runs.append(cur)
                cur = []
    if cur:
        runs.append(cur)
    return runs


def titled(run: list[str]) -> bool:
    """True when a title comes right before a run's last word ("Judge Okafor", "Sen. Okafor")."""
    return len(run) >= 2 and bare(run[-2]).rstrip(".") in TITLES


# the word that makes a first name after it a saint's, so a place's or an institution's name
_SAINTS = frozenset("san santa santo são saint sainte st st. sankt sint".split())
# Spanish and Italian prepositions opening a sentence before a name they govern
_ROMANCE_AT = frozenset("al alla allo ai agli alle au aux ao aos".split())
_ROMANCE_PREPS = frozenset(
    "sobre contra hacia mediante sul sulla sullo sui sugli sulle contro verso senza presso".split()
)


# Romance adjectives of origin opening a sentence before the place they govern ("Originaire
# de Lyon, elle …", "Natural de Braga, ela …", "Oriunda do Recife"): no part of a name
_ORIGIN_OPENERS = frozenset(
    "originaire originaires natif native natifs natives natural naturais oriundo oriunda"
    " oriundos oriundas originário originária originario originaria nacido nacida".split()
)
_ORIGIN_PREPS = frozenset("de d' d’ da do das dos del di".split())


# courtesy titles before a first name that are first names elsewhere (titles_*_romance.txt
# holds the others)
# ("Seu Oswaldo", "seu Zé": Brazilian for "senhor", also the possessive "his"/"your", so a
# title only before a first name)
_ROMANCE_COURTESY = {
    "Don": "m",
    "Dom": "m",
    "Dona": "f",
    "don": "m",
    "dom": "m",
    "dona": "f",
    "Seu": "m",
    "seu": "m",
}


def clean_run(run: list[str]) -> tuple[list[str], str | None]:
    """Strip leading stopwords and titles; return the name words and a gender hint.

    Everything up to the last title word that is not the final word goes:
    "Senate Majority Leader Ann Ruddock" -> "Ann Ruddock", "Rep. Rob Keane" ->
    "Rob Keane".
    """
    gender = None
    words = list(run)
    while (
        words
        and bare(words[0]) in STOPWORDS
        and not (len(words) > 1 and bare(words[0]) == "the" and bare(words[-1]) in ORG_WORDS)
        and not acronym(words[0])
    ):
        words.pop(0)
    if (
        len(words) > 2
        and bare(words[0]) in _ORIGIN_OPENERS
        and (bare(words[1]) in _ORIGIN_PREPS or words[1][:2].lower() in ("d'", "d’"))
        and romance_text()
    ):
        words = words[2:] if bare(words[1]) in _ORIGIN_PREPS else words[1:]
    # "À Bordeaux", "Em Coimbra", "Im Saal": another language's preposition opens a sentence
    while len(words) > 1 and (bare(words[0]) in FOREIGN_STOPS or bare(words[0]) in ("à", "em")):
        words.pop(0)
    # "Sobre Sosa, el entrenador dijo: …", "Contro Rossi, il pm ha detto: …": a Spanish or
    # Italian preposition opens the sentence and governs the name; no part of it
    while len(words) > 1 and bare(words[0]) in _ROMANCE_PREPS and not plainly_english():
        words.pop(0)
    words = words[_foreign.no_name_prefix(words, ORG_WORDS) :]  # "Le Belge", "EFE Santiváñez"
    # "Ook Jansen kon …", "Auch Weber sah …": a German or Dutch adverb opening the sentence
    # (but not a first name the opener is too, before a surname: "Anders Ostrander": a V2
    # adverb opening a sentence is followed by its verb, never by a name; except "Dan", Dutch
    # "then", which opens far more sentences than it names anyone: "Dan Klever: ‘…’")
    if len(words) > 1 and words[0] == "Ab" and language() == "german":
        words.pop(
            0
        )  # "Ab Januar sollen …": German "from", opening a sentence (Dutch "Ab" is a name)
    while (
        len(words) > 1
        and germanic_opener(words[0])
        and (bare(words[0]) not in FIRST_NAMES or words[0] == "Dan")
    ):
        words.pop(0)
    # "Ask Maureen what …", "SHOCKED Albion boss Dave X": an English imperative or a
    # tabloid's adjective in capitals opening the sentence
    while len(words) > 1 and english_opener(words[0], words[1]):
        words.pop(0)
    # "Segundo Santos, …", "Laut Hartmann": according-to words open a sentence, not a name;
    # so does "für"/"voor" ("Für Bürgermeister Ole Brix war …", "Voor De Vries begint …")
    while len(words) > 1 and (bare(words[0]) in ACCORDING or bare(words[0]) in ("für", "voor")):
        words.pop(0)
    # a gerund opening a heading or a sentence is no first name: "Debating Ruiz's record",
    # "Watching Ana Ruiz" (but "Irving Lamb" is a name, "Reading Borough Council", "Epping
    # Forest District Council" a town's body)
    while (
        len(words) > 1
        and len(words[0]) > 5
        and words[0].endswith("ing")
        and words[0][1:].islower()  # (not a name written in two capitals: "AeroServe X")
        and bare(words[0]) not in FIRST_NAMES
        and not looks_like_org(words[1:])
    ):
        words.pop(0)
    # "Verdi-Verhandlungsführer Marvin Reschinsky", "NS-directeur Wouter Koolmees": a role
    # compound on an organisation's name, lower case after its last hyphen
    if len(words) >= 3 and "-" in words[0].strip("-") and words[0].rsplit("-", 1)[1][:1].islower():
        words.pop(0)
    if len(words) > 1 and words[0] in ("M.", "Mme", "Mme.", "Mlle", "Mlle.") and len(words[1]) > 2:
        gender = "m" if words[0] == "M." else "f"  # French "M. Perrin", "Mme Roux"
        words.pop(0)
    if (
        len(words) > 1
        and words[0] in _ROMANCE_COURTESY
        and words[1][:1].isupper()
        and romance_text()
        and not looks_like_org(words[1:])
        # ("Don" is also an English first name: "Don Lemon" keeps it; "Don Raúl X" does not)
        and (words[0] not in ("Don", "Seu", "seu") or words[1].lower() in FIRST_NAMES)
    ):
        # "Don Raúl Méndez", "Dona Zélia", "don Luigi": a courtesy title in Spanish,
        # Italian or Portuguese news (a first name in English: "Don Guardian") is no name
        gender = _ROMANCE_COURTESY[words.pop(0)]
    cut = -1
    # "The Niger State Primary Health Care Agency": a title word inside an organisation's name,
    # the rest of that name after it, is no title ("Marlow County Sheriff Dale Hutchins",
    # "Atlantic City Mayor Don Guardian" are: a first name after it)
    org_name = looks_like_org(words)
    for k, w in enumerate(words[:-1]):
        rest = words[k + 1 :]
        if (
            org_name
            and (len(rest) > 1 or bare(w).rstrip(".") not in HONORIFICS)
            and looks_like_org(rest)
            and bare(rest[0]) not in FIRST_NAMES
        ):
            continue  # (but "Dr Fox": a surname after an honorific, even one like a body's)
        t = bare(w).rstrip(".")
        if romance_text() and w in _foreign.CLUB_FORMS:
            continue  # "la US Pontedera": a club's legal form, no title ("US Senator")
        if t in TITLES or bare(w) in TITLES:
            cut = k
            if t in MALE_TITLES:
                gender = "m"
            elif t in FEMALE_TITLES:
                gender = "f"
    words = words[cut + 1 :]
    if (
        2 <= len(words) <= 3
        and bare(words[0]) in _SAINTS
        and words[0] != words[-1]
        and not (possessive(words[1]) and bare(words[-1]) in ORG_WORDS)  # "St Ita's Hospital"
    ):
        return [], gender  # "San Blas", "Santa Lucía", "São Bento": a place named for a saint
    # "envoy to Norway Mara Quint": a place named just before a two- or three-word name
    # (but in Spanish, Italian … a place's word before two surnames is a first name:
    # "Washington Ibarra Lemos", as Spanish America names people)
    if 3 <= len(words) <= 4 and is_place(words[:1]) and not is_place(words[1:2]):
        if not looks_like_org(words[1:]) and not (
            romance_text() and bare(words[1]) not in FIRST_NAMES
        ):
            words = words[1:]
    # "Harbour League Linda Marsh": an organisation's or a place's name runs into a person's;
    # "Verkehrssenator Jonas Becker", "Der Förster Markus Weber": a role or a capitalized
    # article and noun (German, Dutch) before a first name and a surname
    for k in range(max(1, len(words) - 4), len(words) - 1):  # a person's name is short
        if (
            bare(words[k]) in FIRST_NAMES
            and not is_place(words[k : k + 1])  # "United Nations Paris Agreement"
            # a saint's name is a place's or an institution's: "San Isidro", "Santa Lucía"
            and bare(words[k - 1]) not in _SAINTS
            and (
                looks_like_org(words[:k])
                or is_place(words[:k])
                or (
                    k <= 2
                    and not any(bare(w) in FIRST_NAMES for w in words[:k])
                    and not (cut >= 0 and fn_after_title(words) and not is_place(words[:1]))
                )
                # "Schepen van Mobiliteit X Y", "Staatssekretär für Verkehr X Y": a role and
                # its portfolio before the name ("ein Kopfball von Kapitän X Y": a noun, then
                # the role of the person it is by)
                or (
                    3 <= k <= 4
                    and words[1] in ("van", "voor", "für", "von")
                    and bare(words[0]) not in FIRST_NAMES
                )
            )
            and not looks_like_org(words[k:])
        ):
            words = words[k:]
            break
    # "Schneiderin Mirela Kovačević", "BVG-Chef Henrik Falk", "Die Vorsitzende Richterin Ilka
    # Brandes", "Kamerlid Songül Yıldız": German and Dutch role nouns (and their article)
    # before a first name no list holds and a surname
    if len(words) >= 3 and not looks_like_org(words) and not is_place(words[:1]):
        words, role_gender = strip_roles(words)
        gender = gender or role_gender
    # "Projektentwickler Nordwind Energie GmbH", "Voetbalclub FC Zuidwal": a German or Dutch
    # kind noun before a body its legal form names
    if (
        len(words) >= 3
        and any(w.strip(".,") in LEGAL_FORMS for w in words[1:])
        and (
            role_noun(words[0])
            or body_word(words[0], True)
            or (len(words[0]) > 6 and words[0].lower().endswith(("aar", "eur")))  # Ontwikkelaar
        )
    ):
        words = words[1:]
    # "Femke Halsema van Amsterdam", "Julia Becker von der Universität Bonn": after a first
    # name and a surname, "van"/"von" opens a place or an employer, not more name ("Jan
    # Peter van Dijk" keeps it: a first name stands before it; "Robin van Persie" has one
    # name word before it)
    for k in range(2, len(words) - 1):
        if (
            words[k] in ("van", "von")
            and bare(words[k - 1]) not in FIRST_NAMES
            # ("De Vereniging van Lindeburgse Werkgevers": a Dutch body's head goes on; not a
            # surname ending like one after a first name, "Michiel Hoogkamer van D66")
            and not (
                _DUTCH_BODY_HEAD.fullmatch(bare(words[k - 1]))
                and bare(words[k - 2]) not in FIRST_NAMES
            )
        ):
            rest = [w for w in words[k + 1 :] if w[:1].isupper()]
            if (
                len(rest) >= 2
                or is_place(rest)
                or (k == 2 and bare(words[0]) in FIRST_NAMES)
                # "Youssef El Amrani van GroenLinks-PvdA", "… van de CDA": a party or a
                # body whose one word no name has (an acronym, an inner capital, a digit)
                or (len(rest) == 1 and party_token(rest[0]))
            ):
                words = words[:k]
                # "Analistin Eva Brück von der Bank X Y": the role the employer hid above
                words, role_gender = strip_roles(words) if len(words) >= 3 else (words, None)
                gender = gender or role_gender
                # "dem Abgeordneten Reinhold X von der Union", "Stadträtin Ute Y von den
                # Grünen": a noun no role list holds before a first name and a surname, which
                # the short-name rule above could not reach past the employer
                if (
                    len(words) in (3, 4)
                    and bare(words[-2]) in FIRST_NAMES
                    and bare(words[-1]) not in FIRST_NAMES
                    and not any(bare(w) in FIRST_NAMES for w in words[:-2])
                    and all(w[:1].isupper() for w in words[:-2])
                ):
                    words = words[-2:]
                break
    at = next((k for k in range(2, len(words) - 1) if words[k] in _ROMANCE_AT), 0)
    if at and bare(words[0]) in FIRST_NAMES and romance_text():
        # "Ilaria X al Teatro Sociale di Y", "Jean X au Théâtre Z": a person and the venue
        # after a contracted "at the" (no name particle in these languages)
        words = words[:at]
    while len(words) > 2 and words[-1].strip(".,") in POSTNOMINALS:
        words.pop()
    if words and possessive(words[-1]):
        last = words[-1].rstrip(".,;:")
        words[-1] = last[:-2] if last.endswith(("'s", "’s")) else last[:-1]
    if words:
        words[-1] = words[-1].rstrip(",;:")
        if words[-1].endswith(".") and bare(words[-1]) not in NAME_SUFFIXES:
            core = words[-1][:-1]
            if len(core) > 1 and "." not in core:
                words[-1] = core  # sentence full stop, not an initial
    return [w for w in words if w], gender
