"""German and Dutch role nouns written capitalized before a name (private to ``names``).

German capitalizes every noun, and German and Dutch news write a person's role right before the
name with no comma: "Oberstaatsanwalt Henning Lüders", "Die Autorin Leyla Aydın", "Ihr
Vorsitzender Sascha Fiek", "Kamerlid Songül Yıldız". These helpers tell such words from the
first name that follows them, so a name run keeps only the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.text.lexicon import load
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

if TYPE_CHECKING:
    from bot.text.speakers.shapes import Token

# role heads that also close compounds: "Verbandspräsident", "Oberstaatsanwalt", "Kamerlid"
_STEMS = tuple(sorted(load("role_stems_de_nl"), key=len, reverse=True))
# German role-noun endings: "-in" (Richterin), "-er" (Verteidiger), "-ist", and adjectival
# nouns (Vorsitzende, Abgeordneter, Beamte); "-ent", "-ant", "-or", "-eur" (Dozent, Doktorand)
# only in longer words, as many Romance first names end so ("Vicent", "Héctor", "Florent")
_ENDINGS = (
    *("in", "er", "chef", "ist", "ende", "ender", "ete", "eter"),
    *("schütze", "ling"),  # "Doppeltorschütze", "Neuling"
)
# a capitalized article or possessive before a role: "Die Autorin …", "Ihr Vorsitzender …",
# and the relative possessive that goes on from a body named before ("Deren Vorsitzender …",
# "Dessen Präsident …", Dutch "Diens woordvoerder …")
_ARTICLES = frozenset(
    "der die das den dem ihr ihre sein seine unser unsere het zijn haar hun deren dessen"
    " diens".split()
)


# German relations written before a name ("ihr Mann Till Aebi", "sein Sohn Jonas Brandt"),
# short words the endings below miss; matched whole ("Hoffmann" is a surname)
_KIN = frozenset("mann ehemann sohn vater gatte neffe enkel".split())


# capitalized German nouns after a name that are no part of it: "Anton Gerber Anfang der Woche",
# "Olga Nowak Reportern": a time, or the listeners in the dative
AFTER_NAME = load("after_name_de_nl")


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"“”‘’'()[]").lower()


def role_noun(word: str) -> bool:
    """True for a capitalized German or Dutch role noun: "Oberstaatsanwalt", "Spits",
    "Richterin", "BVG-Chef" (never a known first name)."""
    low = _bare(word)
    if not word[:1].isupper() or low in FIRST_NAMES or not low.replace("-", "").isalpha():
        return False
    if low in _KIN:
        return True  # "mit ihrem Mann Till Aebi": a relation named before the name
    if "-" in low.strip("-"):
        if len(low) > 5 and word.rsplit("-", 1)[1][:1].isupper():
            return True  # "Verdi-Vize", "BVG-Chef": a role compound on an organisation's name
        low = low.rsplit("-", 1)[1]  # "Dehoga-Kreisvorsitzende": the last part
    for stem in _STEMS:
        # a short stem closes only a real compound ("Stadtrat", not the name "Murat")
        if low.endswith(stem) and (low == stem or len(stem) > 4 or len(low) >= len(stem) + 3):
            return True
    if _genitive_role(low):
        return True
    return (len(low) > 5 and low.endswith(_ENDINGS)) or (
        len(low) > 7 and low.endswith(("ent", "ant", "or", "eur"))
    )


def _genitive_role(low: str) -> bool:
    """True for a German role noun in the genitive ("ihres Anwalts Friedemann X", "des
    Bürgermeisters Jan Y", "des Stadtrates"): a known role stem before "-s" or "-es" (the
    stems only: a bare ending would take surnames such as "Winters")."""
    if not low.endswith("s") or low.endswith("ss") or language() != "german":
        return False
    for base in (low[:-1], low[:-2] if low.endswith("es") else ""):
        if len(base) >= 5 and any(
            base.endswith(stem) and (len(stem) > 4 or len(base) >= len(stem) + 3) for stem in _STEMS
        ):
            return True
    return False


def role_head(word: str) -> bool:
    """True for a role noun by its head alone, never by a bare ending a first name may have
    ("Carolin", "Hanspeter"): a compound on a known role ("Stamgast", "Kassenbouwer") or on
    an organisation's name ("Ski-Star", "BVG-Chef"; not "Mia-Sophie")."""
    low = _bare(word)
    if not role_noun(word) or low in _KIN:
        return False
    if "-" in low.strip("-"):
        parts = low.split("-")
        if any(p in FIRST_NAMES for p in parts):
            return False
        if word.rsplit("-", 1)[1][:1].isupper() and len(low) > 5:
            return True
        low = parts[-1]
    return any(
        low.endswith(stem) and (low == stem or len(stem) > 4 or len(low) >= len(stem) + 3)
        for stem in _STEMS
    )


def role_gender(word: str) -> str | None:
    """The gender a German or Dutch role noun or article shows: "Richterin", "woordvoerster",
    "Die" -> "f"; "Vorsitzender", "Topman", "Der" -> "m" (a Dutch "-er" role shows none)."""
    low = _bare(word)
    if low in ("die", "der"):
        return "f" if low == "die" else "m"
    if low.endswith(("innen", "ende")):
        return None  # a plural, or an adjectival noun that may be either
    if low.endswith(("in", "ster", "trice", "frau", "vrouw", "ärztin", "hebamme")):
        return "f"
    return "m" if low.endswith(("ender", "eter", "mann", "man")) else None


def strip_roles(words: list[str]) -> tuple[list[str], str | None]:
    """Drop a leading article or possessive and the role nouns before a name of two or more
    words, and a time or listener noun after it, with the gender the roles show: "Die
    Vorsitzende Richterin Ilka Brandes" -> "Ilka Brandes", "f"; "Anton Gerber Anfang" ->
    "Anton Gerber"."""
    out = list(words)
    dropped: list[str] = []
    if len(out) >= 3 and _bare(out[0]) in _ARTICLES and out[0][:1].isupper():
        if role_noun(out[1]):
            dropped.append(out.pop(0))
    while (
        len(out) >= 3
        and role_noun(out[0])
        and out[1][:1].isupper()
        and len(out[1].rstrip(".")) > 1  # "Hunter S. Thompson": an initial follows a first name
        and not out[1].endswith(".")
    ):
        dropped.append(out.pop(0))
    while len(out) >= 3 and out[-1][:1].isupper() and _bare(out[-1]) in AFTER_NAME:
        out.pop()
    genders = {g for w in dropped if (g := role_gender(w))}
    return out, (genders.pop() if len(genders) == 1 else None)


def full_name_in(words: list[str]) -> bool:
    """True when capitalized ``words`` hold a first name and then a surname (no first name):
    "Hanna El Khatib" (but not "Jan Peter" alone)."""
    caps = [_bare(w) for w in words if w[:1].isupper()]
    return any(
        a in FIRST_NAMES and b not in FIRST_NAMES for a, b in zip(caps, caps[1:], strict=False)
    )


# speaker phrase shapes ``resolve`` reads (moved here from resolve.py): an age after a Romance
# role noun ("la commerçante de 52 ans"); a person noun and their employer or platform ("one
# user on Mastodon", "un portavoz de la Guardia Civil", "ein Sprecher der Bahn")
AGE_TAIL_RE = re.compile(r",?\s+(?:de|di)\s+\d{1,3}\s+(?:ans|años|anos|anni)$")
# a French or Portuguese negation (and its auxiliary) between a subject and a negated verb the
# rules took for a speech verb: "« … » Il n'a pas souhaité donner son nom.", "Ele não quis
# dizer o nome": the subject alone ("Il", who is the quotation's speaker)
NEGATED_TAIL_RE = re.compile(
    r"\s+(?:(?:ne\s+|n['’]\s*)(?:a|avait|aurait|as|ont|avaient|est|était|veut|voulait)?"
    r"\s*(?:pas|plus|jamais)|(?:não|nunca)(?:\s+(?:tem|tinha|terá|quis|quer))?)$"
)
ROLE_FOR_RE = re.compile(
    r"(?:(?i:a|an|the|another|one)|[A-Z][\w-]*['’]s)(?: [a-z][\w'’-]*){1,3}"
    r" (?:for|at|with|from|to|on) [A-Z]"
)
# an unnamed English person and their place: "One resident of Mill Lane", "a woman in Tarrow",
# "one grower from the Vale of Brenley" (indefinite only: "the mayor of Tarrow" is an office)
UNNAMED_OF_RE = re.compile(
    r"(?i:a|an|another|one)(?: [a-z][\w'’-]*){1,3} (?:of|in|from(?: the)?) [A-Z]"
)
# the same in the other languages: "un portavoz de la Guardia Civil", "ein Sprecher der Bahn"
ROLE_OF_RE = re.compile(
    r"(?i:un|una|uno|une|um|uma|ein|eine|een)(?:\s+[^\W\d_][\w'’-]*){1,2}\s+"
    r"(?:de|del|della|dell['’]\w*|di|da|do|der|des|du|van|von)\b"
)
# a definite role and its club or employer: "de schaatsster van Team Jumbo", "der Kapitän von
# Hertha BSC" -- an epithet for someone named before, not the club
DEF_ROLE_OF_RE = re.compile(r"(?:de|het|der|die)\s+[^\W\d_][\w-]*\s+(?:van|von|bij|vom|beim)\s")


# a Romance definite role noun and the place or body it serves: "o antigo presidente da junta
# de freguesia de X", "le maire de X" -- the holder of the role, not the place
_ROMANCE_DEFINITES = frozenset("o a le la el il lo i gli os".split())
_ROMANCE_OF = frozenset("de da do das dos du des del della di".split())


def role_before_place(words: list[str]) -> str | None:
    """The role a Romance speaker phrase opens on before the place or body it serves ("o
    antigo presidente da junta de X" -> "o antigo presidente"), else None (also when the
    phrase names someone)."""
    # (an elided article on the role before a place's name: "L'ambassadeur de France", not
    # "L'avocate de la défense")
    elided = words[0][:2].lower() in ("l'", "l’") and words[0][2:].isalpha()
    elided = elided and words[0][2:].islower() and len(words) == 3 and words[2][:1].isupper()
    # (or a role noun with no article, after a fused "of the": "Parole del ministro della
    # Salute" -> "ministro della Salute")
    bare = len(words) >= 3 and words[0] in _ROLES_EU
    if (
        not elided
        and not bare
        and (len(words) < 4 or words[0].lower() not in _ROMANCE_DEFINITES or not words[1].islower())
    ):
        return None
    first = 1 if bare else 2 - elided
    k = next((k for k in range(first, min(len(words), 5)) if words[k] in _ROMANCE_OF), 0)
    if not k or not all(w.isalpha() and w.islower() for w in words[1:k]):
        return None
    if any(
        w.endswith(",")
        or (w.strip(".,;:").lower() in FIRST_NAMES and (i == 0 or words[i - 1] not in _SAINTS))
        for i, w in enumerate(words)
    ):
        # "le directeur des finances, Luc X": the person named there (not a saint's name in a
        # place's: "o comandante dos bombeiros de Santa Maria da Feira")
        return None
    return " ".join(words[:k])


_ROLES_EU = load("roles_eu")
_SAINTS = frozenset("San Santa Santo São Saint Sainte St. Ste.".split())


# a definite role noun (one or two words) whose complement opens on an indefinite article:
# the role at a place named for the first time ("il titolare di una trattoria", "el dueño de
# un bar", "o dono de um café", "le gérant d'un magasin", "der Inhaber eines Geschäfts", "de
# eigenaar van een zaak", "the owner of a shop")
_AT_NEW_PLACE_RE = re.compile(
    r"(?:il|lo|la|l['’]|el|le|o|a|der|die|de|the)\s?[\w'’-]+(?: [\w'’-]+)?"
    r" (?:di (?:un|una|uno)|de (?:un|una|um|uma)|d['’]une?|dum|duma|eines|einer|van een"
    r"|of an?)\s",
    re.IGNORECASE,
)


def role_at_new_place(phrase: str) -> bool:
    """True for a definite role phrase whose place the text brings in just then ("il
    titolare di una trattoria"): someone new, shown as written, never the holder named before."""
    return _AT_NEW_PLACE_RE.match(phrase) is not None


def role_of_place_start(words: list[str], k: int) -> int | None:
    """Where a Romance role phrase opens when the capitalized run at ``k`` is only the place
    or body after its "di"/"de" ("il sindaco di Catania ha detto", "o presidente da câmara
    de Braga disse"): the article before a known role noun, a few lower-case words back;
    else None (the run is the subject)."""
    if k < 3 or words[k - 1] not in _ROMANCE_OF:
        return None
    for a in range(k - 3, max(-1, k - 7), -1):
        if not (words[a + 1].isalpha() and words[a + 1].islower()):
            return None
        if words[a].lower() in _ROMANCE_DEFINITES and words[a + 1] in _ROLES_EU:
            return a
    return None


# articles opening a role phrase after "secondo"/"segundo"/"selon"/"según"
_ROLE_OPENERS = frozenset("il lo la i gli le o a os as el los las les un una uno um uma".split())
_OF_PLACE = frozenset("di de da do dos das del della dello dei degli delle du des".split())


def romance_role_noun(word: str) -> bool:
    """True for a Romance role noun, or its plural ("i medici", "os médicos"): a person's."""
    stems = (word, word[:-1], word[:-1] + "e", word[:-1] + "o", word[:-2] + "e")
    return len(word) > 3 and word.isalpha() and any(w in _ROLES_EU for w in stems)


# the end of a relative clause of keeping one's name back ("que pediu para não ser
# identificado", "qui a requis l'anonymat", "che ha chiesto l'anonimato")
_ANONYMOUS_RE = re.compile(r"\b(?:anonimato|identificad[oa]s?|anonymat|anonyme|nome|nom)$")


def anonymous_relative(toks: list[Token], at: int) -> int:
    """The index of the comma closing a relative clause at ``at`` in which a source keeps its
    name back ("Segundo um dirigente que pediu para não ser identificado, …", "Secondo un
    dirigente della X che ha chiesto l'anonimato, …"), else 0."""
    if not (0 < at < len(toks)) or toks[at][0] not in ("que", "qui", "che"):
        return 0
    comma = next((c for c in range(at + 2, min(len(toks), at + 12)) if toks[c][0] == ","), 0)
    words = " ".join(t[0] for t in toks[at:comma])
    return comma if comma and _ANONYMOUS_RE.search(words) else 0


def role_of_place(toks: list[Token], v: int, run: tuple[int, int]) -> tuple[int, int] | None:
    """The whole phrase after "secondo" at ``v`` when its first name ``run`` is only the
    place or body a role noun belongs to, with no name in commas after it: "Secondo il
    sindaco di Catania, il gruppo …" -> "il sindaco di Catania" (Romance text); else None."""
    if language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    k = next((k for k, t in enumerate(toks) if t[1] == run[0]), -1)
    e = next((e for e, t in enumerate(toks) if t[2] == run[1]), -1)
    first = toks[v + 1][0].lower() if v + 1 < len(toks) else ""
    if (
        k > v + 2
        and romance_role_noun(
            toks[v + 2][0]
            if first in _ROLE_OPENERS
            else first[2:]
            if first[:2] in ("l'", "l’")
            else ""
        )
        # (the place's article after "de": "du préfet de la Gironde", "del sindaco de la Rioja")
        and (
            toks[k - 1][0].lower() in _OF_PLACE
            or (toks[k - 1][0].lower() in ("la", "las", "los") and toks[k - 2][0].lower() == "de")
        )
        and all(t[0].isalpha() and t[0].islower() or "'" in t[0] for t in toks[v + 1 : k])
        and (
            e + 1 == len(toks)
            or (toks[e + 1][0] == "," and not (toks[e + 2 :] and toks[e + 2][0][:1].isupper()))
        )
    ):
        return toks[v + 1][1], run[1]
    return None


# plural articles opening a group of people: "les habitants", "los vecinos", "gli abitanti"
_PLURAL_OPENERS = frozenset("les los las gli i le os as".split())


def group_of_place(toks: list[Token], v: int, run: tuple[int, int]) -> bool:
    """True when the first name ``run`` after "pour"/"para"/"selon" at ``v`` is only the
    place of a group of people named by a plural noun: "Pour les habitants de Lyon, …", "Para
    los vecinos de Villanueva, …" (the group's view, no one named; not the place)."""
    if language() not in ("french", "spanish", "italian", "portuguese"):
        return False
    k = next((k for k, t in enumerate(toks) if t[1] == run[0]), -1)
    return (
        k > v + 3
        and toks[v + 1][0].lower() in _PLURAL_OPENERS
        and toks[k - 1][0].lower() in _OF_PLACE
        and all(t[0].isalpha() and t[0].islower() for t in toks[v + 1 : k])
        and _PEOPLE_RE.search(toks[v + 2][0]) is not None
    )


def group_phrase(words: list[str]) -> bool:
    """True for a Romance speaker phrase that is a group of people and their place: "les
    habitants de Lyon", "los vecinos de Villanueva" (shown as written, never the place)."""
    k = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
    return (
        k >= 3
        and words[0].lower() in _PLURAL_OPENERS
        and words[k - 1].lower() in _OF_PLACE
        and all(w.isalpha() and w.islower() for w in words[1:k])
        and _PEOPLE_RE.search(words[1]) is not None  # (not "les mots mêmes de X": hers)
        and language() in ("french", "spanish", "italian", "portuguese")
    )


# endings of Romance plural nouns for people: "habitants", "vecinos", "moradores", "abitanti"
_PEOPLE_RE = re.compile(
    r"(?:ants|ents|eurs|euses|iers|ières|istes|aires|iens|anos|anas|inos|inas|ores|oras|eiros"
    r"|eiras|istas|antes|entes|enti|anti|ini|tori|trici|ieri|isti|illes|ilias|ílias|iglie)$"
)
