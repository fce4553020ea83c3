"""Lines and runs of a page that name no one the story is about (private to ``people.py``).

Headlines (in Title Case, or a short first line with no stop), bylines and photo credits hold
names that are no antecedent for a "he said" in the body; a capitalized run after "the village
of" is a place, one after "the" that ends on a plural is a team or a band, and one after a
Spanish or Italian office and "de" ("concejala de Urbanismo") is its portfolio.
"""

from __future__ import annotations

import re

from bot.text.speakers import firstnames as fn
from bot.text.speakers import names as nm
from bot.text.speakers.namere import CAP as _CAP
from bot.text.speakers.reading import romance_text

_SHORT_SMALL_WORDS = frozenset("and the for but nor yet off via per out not".split())
_HEADLINE_SMALL_WORDS = frozenset("with from into onto over than that upon about after".split())
# "the village of Lawrence", "the town of Florence": a place however like a first name it looks
_PLACE_OF_RE = re.compile(
    r"\b(?:village|town|city|county|province|district|region|island|port|suburb|hamlet"
    r"|municipality|parish|township|borough|settlement)\s+of\s+$"
    # the same in French, Portuguese, Spanish and Italian ("la commune de X", "a unidade de
    # Vilar do Souto", "la localidad de X", "la frazione di X"): a place or a site, no person
    r"|\b(?:village|commune|ville|bourg|hameau|quartier|canton|île|usine|aldeia|vila|cidade"
    r"|freguesia|concelho|município|bairro|localidade|povoação|unidade|fábrica|pueblo"
    r"|localidad|municipio|barrio|comune|paese|frazione|borgo|quartiere|località)"
    r"\s+(?:de|d['’]|da|do|di|del|della)\s*$",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# a Romance neighbourhood or street noun in lower case right before a name, with no "de"
# ("no bairro Jardim Aurora", "nel quartiere Santa Rita", "en el barrio San Blas", "dans le
# quartier Saint-Michel", "rua Maria Amélia"): a place named after a saint or a person, no one
# who speaks, whatever first name it holds
_NEIGHBOURHOOD_RE = re.compile(
    r"(?:\b(?:bairro|barrio|quartier|quartiere|rione|favela|comunidade|colonia|rua|calle"
    r"|avenida|viale|piazza|praça|plaza|travessa|largo|rue|avenue|boulevard|corso)"
    r"|\b(?:in|di|della|nella|sulla)\s+via)\s+$"
)


def _team(words: list[str]) -> bool:
    """True for a capitalized run that, after "the", names a team or a band by a plural
    noun: "the Norfolk Shipwrights", "the Harbour Herons" (not "the Rev. Al Sharpton",
    "the Prince of Wales": a title first, nor "the Chris Evans": a first name first)."""
    last, first = nm.bare(words[-1]), nm.bare(words[0]).rstrip(".")
    return (
        len(words) >= 2
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "'s", "’s"))
        and first not in fn.FIRST_NAMES
        and first not in nm.TITLES
        and "of" not in words
    )


# a short line that is a byline or a photo credit: "By Ann Lee", "Photo: Ann Lee / Reuters"
_CREDIT_RE = re.compile(
    r"(?:By|Par|Von|Por|Di|Door|Photo|Photograph|Image|Credit|Foto|Bild|Crédit)\b\s*:?\s+"
    rf"[{_CAP}]"
)

# an Italian byline, a line of its own: "Per Elena Tosoni" ("Per" is a Nordic first name too,
# so only the whole short line)
_PER_BYLINE_RE = re.compile(rf"Per [{_CAP}][\w'’-]+(?: [{_CAP}][\w'’-]+){{1,3}}\s*")


# a Spanish or Italian role noun and the preposition of its portfolio: "exconcejala de
# Urbanismo de X", "assessore al Lavoro", "ministra de Hacienda"
_PORTFOLIO_RE = re.compile(
    r"\b(?:concejal|concejala|exconcejal|exconcejala|consejero|consejera|ministro|ministra"
    r"|secretario|secretaria|assessore|assessora|delegato|delegata|director|directora"
    r"|direttore|direttrice|responsable|responsabile)\s+(?:de|del|di|della|dello|al|alla|ai)\s+$"
    # and a list or a party named after its noun: "la lista civica Castel Domani"
    r"|\b(?:lista|lista civica|partito|partido|movimento|movimiento|comitato|coalizione"
    r"|coalición)\s+$"
)


def place_or_team(text: str, pos: int, run: list[str], words: list[str]) -> bool:
    """True when the name run at ``pos`` is a place after "the village of", a team after
    "the" ("the Norfolk Herons") or a Romance portfolio after its office ("concejala de
    Urbanismo de Villar", "assessore al Bilancio"), not a person."""
    if _PLACE_OF_RE.search(text, max(0, pos - 30), pos):
        return True
    if nm.bare(words[0]) not in fn.FIRST_NAMES and _PORTFOLIO_RE.search(
        text, max(0, pos - 30), pos
    ):
        return True
    if street(text, pos, words):
        return True
    if _NEIGHBOURHOOD_RE.search(text, max(0, pos - 14), pos):
        return True  # "no bairro Jardim Aurora", "nel quartiere Santa Rita": a place
    if nm.bare(words[0]) not in fn.FIRST_NAMES and FROM_PLACE_RE.search(
        text, max(0, pos - 30), pos
    ):
        return True  # "Ana Reis, de Vila Alta, …", "arrivata da Borgonuovo", "à l'Olympia X"
    if (
        nm.bare(words[0]) not in fn.FIRST_NAMES
        and romance_text()
        and _IN_PLACE_RE.search(text, max(0, pos - 6), pos)
    ):
        return True  # "despachada em Porto Valente", "vive en Villaseca": a place
    return _team(words) and (
        run[0] in ("The", "the") or bool(_THE_BEFORE_RE.search(text, max(0, pos - 5), pos))
    )


# Romance "in" before a name that no first name opens: a place ("despachada em Porto Valente", "en
# Villaseca del Pinar", "nel" is read above as a neighbourhood's)
_IN_PLACE_RE = re.compile(r"\b(?:em|en|in|dans)\s+$")


# where a person comes from, in commas after their name ("Ana Reis, de Vila Alta,", "Jan Smit,
# uit Hoorn,") or after a participle of coming ("arrivata da Borgonuovo", "venu de X"), and a
# French venue after "à l'" ("son concert à l'Olympia de X"): a place, no person
FROM_PLACE_RE = re.compile(
    r"(?:,\s*(?:de|da|do|di|from|aus|uit)"
    r"|\b(?:arrivat[oaie]|venut[oaie]|vind[oa]s?|venue?s?|originaire|originari[oaie]|born"
    r"|geboren|afkomstig)\s+(?:da|de|di|from|aus|uit|van))\s+$"
    r"|\bà l['’]$"
)
# English street and bridge nouns closing a place's name: "in Redbridge Lane", "on Mill Road",
# "closed the Avon Bridge", "at 12 Elm Street"
_STREETS = frozenset(
    "Lane Road Street Avenue Crescent Terrace Drive Close Grove Bridge Boulevard Square Way Trail"
    " Path Walk Row Parade Quay Wharf".split()
)
_STREET_PREPS = frozenset("in on at off along from of near into onto the".split())
# English nouns closing the name of a park or a ground, which a first name may open too ("in
# Albert Park", "at Queen's Gardens"): after a preposition of place a place, never a person
# (a person surnamed Park is "with Grace Park", "Grace Park said")
_GROUNDS = frozenset("Park Gardens Stadium Common".split())
_GROUND_PREPS = frozenset("in at near inside outside into".split())
# "Park" is a common surname too ("flowers at Grace Park.", "outside Jenny Park's home"): a
# first name and "Park" is a place only when a place's relative follows ("in Albert Park,
# which …", "at Edith Park, where …")
_PARK_PLACE_RE = re.compile(r",? (?:which|where)\b")


def street(text: str, pos: int, words: list[str]) -> bool:
    """True for an English street after a preposition, "the" or a house number, its first
    word no first name ("the town hall in Redbridge Lane", "closed the Avon Bridge", "at 40
    Elm Street"; not "Lois Lane", "with Ann Street")."""
    before = text[max(0, pos - 8) : pos].split()
    if len(words) >= 2 and words[-1] in _GROUNDS and before and before[-1] in _GROUND_PREPS:
        # "the new ground in Albert Park, which …", "a rally at Edith Gardens"
        if words[-1] != "Park":
            return True
        end = text.find(words[-1], pos)
        return end >= 0 and _PARK_PLACE_RE.match(text, end + len(words[-1])) is not None
    if len(words) < 2 or words[-1] not in _STREETS or nm.bare(words[0]) in fn.FIRST_NAMES:
        return False
    return bool(before) and (before[-1] in _STREET_PREPS or before[-1].isdigit())


def headline_paras(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """Paragraphs in Title Case (headlines, captions): their names are not antecedents."""
    out = set()
    for k, (ps, pe) in enumerate(paras):
        if pe - ps > 300:
            continue
        words = [
            w
            for w in text[ps:pe].split()
            if len(w) >= 4 and w[0].isalpha() and w.lower() not in _HEADLINE_SMALL_WORDS
        ]
        verbs = [
            w
            for w in text[ps:pe].split()
            if len(w) == 3 and w.isalpha() and w.islower() and w not in _SHORT_SMALL_WORDS
        ]  # "Reyes and Lind met on Monday." is a sentence: a headline writes "Met"
        if len(words) >= 3 and all(w[0].isupper() for w in words) and not verbs:
            out.add(k)
        elif pe - ps <= 80 and (
            _CREDIT_RE.match(text, ps) or _PER_BYLINE_RE.fullmatch(text, ps, pe)
        ):
            out.add(k)  # a byline or a photo credit names no one the story is about
        elif (
            k == 0
            and len(paras) > 2
            and len(text[ps:pe].split()) <= 25
            and text[ps:pe].rstrip()[-1:] not in '.!?:"”’»)'
            and ". " not in text[ps:pe]
        ):
            # a text's first line, short and with no closing stop, is its headline in
            # sentence case: "'WE BOTTLED IT' Furious Lind slams his flops"
            out.add(k)
    return out
