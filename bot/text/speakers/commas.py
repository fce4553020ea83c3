"""The aside between a subject and its speech verb (private to ``phrases.py``).

A subject is often kept apart from its verb by an aside: in dashes ("Jo Marlow, the head of
the board -- which also runs the port -- told me") or in commas, as an appositive or an adjunct
("X, the minister, said", "X, in a post, wrote", "Sen. Nora Espinoza, D-Calif., the ranking
member, said"). ``CommaRules`` steps back over it to the subject's last word, or returns the
name the aside itself gives ("La segretaria del Pd, Elly Schlein, ha detto", "Her neighbour,
software engineer Derek Nolan, accused", "One of them, a developer named Kofi Asante, told
me"). ``PhraseRules._subject_before`` builds on it.
"""

from __future__ import annotations

import re

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.employers_romance import romance_employer
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.fronted import fronted_end
from bot.text.speakers.germanic_phrase import apposed_name
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import DETERMINERS, NameShapes, Token

# the Romance words for years after an age in apposition ("Ada Neri, 20 anni,")
_YEARS = frozenset("anni años ans anos".split())
_PARTY_TAG_RE = re.compile(r"^[DRI]-[A-Z][A-Za-z]*$")  # "D-Calif", "R-Texas", "I-Vt"
_DASH_TOKENS = frozenset("— – -".split())
# articles opening a role before a name in commas (not English: "The Ministry of …")
_ROLE_ARTICLES = frozenset(
    "el la le il lo o a der die de het"
    " su sa son sua seu suo".split()  # "Su entrenador, el exjugador X, destacó …"
)

# words that end an unnamed appositive's noun phrase: "a farmer who …", "a nurse from …"
_CLERICS = frozenset("rev revd reverend".split())  # "the Rev Ian Dale"
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
_APPOSED_STOPS = frozenset("who that which whose from with at in of named called".split())


# Romance "of" before the body a role in commas belongs to ("la ministra de Hacienda X")
_ROLE_OF = frozenset("de del da do das dos di della dello du des".split())
_ROLE_OF_ELIDED = ("dell'", "dell’", "de l'", "de l’", "d'", "d’")
# a saint's word that makes the first name after it part of a place ("el alcalde de San
# Andrés Pedro X", "o presidente da junta de São José Rui Y", "le maire de Sainte Marie …")
_SAINTS = frozenset("san santa santo são sao saint sainte sankt sint st ste".split())


def _saints_place(word: str) -> bool:
    """True for a saint's word, alone or hyphenated to a place's word before it
    ("San", "Castel-San"): a first name after it names a place, not a person."""
    return nm.bare(word).rsplit("-", 1)[-1] in _SAINTS


def _name_after_own_role(chunk: list[Token]) -> int:
    """Where the full name starts in an appositive that opens on a Romance article and a role
    with its own body before the name ("la ministra dell'Ambiente Elena X", "el concejal de
    Hacienda Julián Y", "o deputado do Partido Verde Júlio Z"), else 0: a first name, then
    one or two capitalized words to the end, never right after a saint's word (a place: "de
    San Andrés Pedro Y" is Pedro Y's); before it only lower-case words and the body's
    capitalized words after "of" (elided or not)."""
    if len(chunk) < 4 or not (
        chunk[0][0] in fw.ROMANCE_ARTICLES or chunk[0][0][:2] in ("l'", "l’")
    ):
        return 0
    for c in range(2, min(len(chunk) - 1, 8)):
        if nm.bare(chunk[c][0]) not in FIRST_NAMES or not 2 <= len(chunk) - c <= 3:
            continue
        if _saints_place(chunk[c - 1][0]):
            continue  # "de San Andrés Pedro X": the place's first name, the person's after it
        if not all(t[0][:1].isupper() and t[0].isalpha() for t in chunk[c:]):
            return 0
        body = False  # inside the role's body: capitalized words after "of"
        for t in chunk[1:c]:
            word = t[0]
            if word in _ROLE_OF or word.lower().startswith(_ROLE_OF_ELIDED):
                body = True  # "de", "dell'Ambiente"
            elif word[:1].isupper():
                if not body:
                    return 0  # a capitalized word no "of" brings in
            elif not word.isalpha():
                return 0
        return c
    return 0


def _after_fronted(toks: list[Token], k: int) -> int:
    """In French or Portuguese, the token after the comma closing a phrase the sentence opens
    on (``fronted_end``) when it stands before the comma at ``k``, else 0."""
    if language() not in ("french", "portuguese"):
        return 0
    lead = fronted_end(toks)
    return lead if 0 < lead < k - 1 and not any(t[0] == "," for t in toks[lead:k]) else 0


class CommaRules(NameShapes):
    """Steps back over the aside between a subject and its verb."""

    def _past_dashes(self, toks: list[Token], i: int) -> int:
        """Where the subject ends when an aside in dashes stands before token ``i``; ``i``
        when none does."""
        if i > 2 and toks[i - 1][0] in _DASH_TOKENS:
            # an aside in dashes between the subject and the verb: "Jo Marlow, the head of
            # the board -- which also runs the port -- told me": back past it, then past the
            # appositive before it to the name
            d = i - 1
            while d > 0 and toks[d - 1][0] in _DASH_TOKENS:
                d -= 1
            e = d - 1
            while e > 0 and toks[e][0] not in _DASH_TOKENS and d - e < 40:
                e -= 1
            if e > 0 and toks[e][0] in _DASH_TOKENS:
                while e > 0 and toks[e - 1][0] in _DASH_TOKENS:
                    e -= 1
                c = e - 1
                while c > 0 and toks[c][0] != "," and e - c <= 12:
                    c -= 1
                if c > 0 and toks[c][0] == "," and toks[c + 1][0].lower() in DETERMINERS:
                    e = c  # "Jo Marlow, the head of the board --"
                i = e
        return i

    def _past_commas(self, toks: list[Token], i: int) -> int | tuple[int, int] | None:
        """Past the appositive or adjunct in commas that ends right before token ``i`` (a
        comma): where the subject ends, or the name the appositive gives, or None when no
        subject stands before it."""
        if (rel := _relative_back(toks, i)) is not None:
            return rel  # "Sandra X, whose father, Leonard, died there, said": Sandra X
        # drop an appositive or adjunct: "X, the minister, said" / "X, in a post, wrote"
        k = i - 2
        while k >= 0 and toks[k][0] != ",":
            k -= 1
        if k <= 0:
            return None
        if romance_employer(toks, k, i - 1):
            return k  # "Ignacio X, de la Universidad de Y, recuerda": the name, not "Y"
        # (a body after "the" may be longer: "Its owner, the Lake Mere Property Owners
        # Association, said")
        if toks[k - 1][0].islower() and 2 <= i - k - 2 <= 4 + 2 * (toks[k + 1][0] == "the"):
            named = self._appositive_name(toks, k - 1, k)  # "the museum's director, Eva Lind,"
            if named is not None:
                return named
        chunk = toks[k + 1 : i - 1]
        # "El alcalde de Paiporta, Maribel Albalat, pidió": an article opens the role
        role = toks[0][0].lower() in _ROLE_ARTICLES and toks[1][0][:1].islower()
        # (or an elided one: "L'attaccante del Napoli, Romelu X, ha detto")
        elided = toks[0][0][:2] in ("L'", "L’") and toks[0][0][2:3].islower()
        role_noun = toks[0][0][2:] if elided else toks[1][0] if role else ""
        role = role or (elided and toks[0][0][2:] in nm.ROLES_EU)
        if not role and not elided and (s0 := _after_fronted(toks, k)):
            # "Dans un entretien publié vendredi, l'ancien ambassadeur de X à Y, Radu Z, a
            # qualifié …": the role after a fronted phrase (its article elided or not)
            word = toks[s0][0]
            elided = word[:2].lower() in ("l'", "l’") and word[2:3].islower()
            role = elided or (word.lower() in _ROLE_ARTICLES and toks[s0 + 1][0][:1].islower())
            role_noun = word[2:] if elided else toks[s0 + 1][0] if role else ""
        cap = next((c for c, t in enumerate(chunk) if t[0][:1].isupper()), 0)
        if (
            0 < cap <= 3
            and role
            and (chunk[0][0] in fw.ROMANCE_ARTICLES or chunk[0][0][:2] in ("l'", "l’"))
            and all(t[0].islower() for t in chunk[:cap])
            # (a capitalized word after "of" is the role's body: "el concejal de Hacienda X")
            and not (chunk[cap - 1][0] in _ROLE_OF and _name_after_own_role(chunk))
        ):
            chunk = chunk[cap:]  # "La presidenta del jurado, la catedrática Elena Ruiz, …"
        elif 0 < cap <= 2 and role and all(t[0] in nm.ROLES_EU for t in chunk[:cap]):
            # "O comandante da GNR, coronel Paulo Gomes, …", "Il capo della Mobile, vice
            # questore Ada Neri, …": a rank before the name, after a role and its body
            chunk = chunk[cap:]
        elif role and (named := _name_after_own_role(chunk)):
            # "La presidente di turno del vertice, la ministra dell'Ambiente Elena X, …": the
            # role in commas has a body of its own before the name
            chunk = chunk[named:]
        if len(chunk) > 2 and chunk[0][0] == "the" and nm.bare(chunk[1][0]) in _CLERICS:
            chunk = chunk[1:]  # "The vicar, the Rev Ian Dale, said": a cleric's style
        # ", Dr. Ana Ruiz,": an honorific (abbreviated, or Mr/Sir/Lady …) before a name; not
        # a role and its organisation (", Director Polaris Freight Europe,")
        titled = len(chunk) > 1 and (
            (chunk[1][0] == "." and nm.bare(chunk[0][0]) in nm.TITLES)
            or nm.bare(chunk[0][0]) in nm.HONORIFICS
            # "The chairman of X Council, Cllr Tomás Brennan, said": a title, a first name
            or (
                len(chunk) > 2
                and nm.bare(chunk[0][0]) in nm.TITLES
                and nm.bare(chunk[1][0]) in FIRST_NAMES
                and not nm.looks_like_org([t[0] for t in chunk])
            )
        )
        if 2 <= len(chunk) <= 5 and (nm.bare(chunk[0][0]) in FIRST_NAMES or role or titled):
            if all(t[0][:1].isupper() or t[0] in nm.NAME_PARTICLES or t[0] == "." for t in chunk):
                return chunk[0][1], chunk[-1][2]  # "La segretaria del Pd, Elly Schlein, ha"
        if _capital_role_before(toks, k) and _plain_name(chunk):
            return chunk[0][1], chunk[-1][2]  # "The chairman of Rovers, Wera Hobson, said"
        # "Il capitano della Nazionale, Donnarumma, ha detto", "O técnico do Sporting, Borges,
        # disse": a Romance role noun and its body, then the surname alone in commas
        if (
            len(chunk) == 1
            and role
            and role_noun in nm.ROLES_EU
            and chunk[0][0].isalpha()
            and chunk[0][0][:1].isupper()
            and not chunk[0][0].isupper()
            and not nm.looks_like_org([chunk[0][0]])
            and not nm.is_place([chunk[0][0]])
        ):
            return chunk[0][1], chunk[0][2]
        # "His sister, Karen, said", "Whitcombe's son, Liam, told reporters": a relative or a
        # role introduced by a possessive, then their first name alone
        if (
            len(chunk) == 1
            and nm.bare(chunk[0][0]) in FIRST_NAMES
            and k >= 2
            and toks[k - 1][0].lower() in nm.PERSON_ROLES | nm.FEMALE_ROLES | nm.MALE_ROLES
            and (toks[k - 2][0].lower() in ("his", "her", "their") or nm.possessive(toks[k - 2][0]))
        ):
            return chunk[0][1], chunk[0][2]
        # "One of them, a developer named Kofi Asante, told me": the name after "named"
        named_at = next((c for c in range(len(chunk) - 2) if chunk[c][0] == "named"), -1)
        if named_at >= 0 and all(t[0][:1].isupper() for t in chunk[named_at + 1 :]):
            return chunk[named_at + 1][1], chunk[-1][2]
        # "A mother, who gave only her first name, Daria, said": the name given as a first name
        if (
            k >= 2
            and toks[k - 1][0].lower() in ("name", "names")
            and toks[k - 2][0].lower() in ("first", "her", "his", "their")
            and 1 <= len(chunk) <= 2
            and all(t[0][:1].isupper() and t[0].isalpha() for t in chunk)
        ):
            return chunk[0][1], chunk[-1][2]
        # "One of them, a farmer who would not give his name, shouted": the one the
        # appositive describes, not "One of them"; so too after "Another passenger, a
        # businessman who …" ("another" only sets them apart from someone quoted before)
        if (
            (
                k == 3
                and toks[0][0].lower() in ("one", "another")
                and toks[1][0] == "of"
                and toks[2][0].lower() in ("them", "us", "those", "these")
            )
            or (
                k == 2
                and toks[0][0] == "Another"
                and toks[1][0].isalpha()
                and toks[1][0].islower()
                and any(t[0] == "who" for t in chunk)
            )
        ) and (len(chunk) >= 2 and chunk[0][0] in ("a", "an")):
            e = 1
            while (
                e < min(len(chunk), 4)
                and chunk[e][0].isalpha()
                and chunk[e][0].islower()
                and chunk[e][0] not in _APPOSED_STOPS
            ):
                e += 1
            if e < len(chunk) - 1 and chunk[e][0] == "of" and chunk[e + 1][0] in _COUNTS:
                e += 2  # "a father of two", "a mother of three"
            if e > 1:
                return chunk[0][1], chunk[e - 1][2]
        # "Her neighbour, software engineer Derek Nolan, accused …": a common noun, then in
        # commas one to three role words and a full name -- the name
        c = 0
        while c < min(len(chunk), 3) and chunk[c][0].isalpha() and chunk[c][0].islower():
            c += 1
        tail = chunk[c:]
        if (
            c
            and 2 <= len(tail) <= 4
            and toks[k - 1][0].isalpha()
            and toks[k - 1][0].islower()
            and all(t[0][:1].isupper() and t[0].isalpha() for t in tail)
            and not nm.looks_like_org([t[0] for t in tail])
            and (
                chunk[c - 1][0] in nm.PERSON_ROLES
                or chunk[c - 1][0].endswith(("er", "or", "ist", "ian", "man", "woman"))
            )
        ):
            return tail[0][1], tail[-1][2]
        if (named := apposed_name(toks, k, chunk)) is not None:
            return named  # "Sein Verteidiger, Rechtsanwalt Jan Pohl, kündigte an"
        i = k
        # a second comma chunk: "Dr. Ana Ruiz, the clinic's director, who has worked there
        # for years, said": past the relative clause, the appositive, to the name
        k = i - 2
        while k > 0 and toks[k][0] != "," and i - k <= 12:
            k -= 1
        if (
            k > 0
            and toks[k][0] == ","
            and (
                toks[i - 1][0][:1].islower()
                # "Rosa Delacroix, an engineer at Brightline, a firm that builds substations,
                # told": an appositive ending on its employer
                or any(t[0] in ("at", "for", "of", "with") for t in toks[k + 2 : i - 1])
            )
            and toks[k + 1][0].lower() in DETERMINERS | {"former", "chief", "senior"}
            and toks[k - 1][0][:1].isupper()
        ):
            i = k
        elif (
            k > 0
            and toks[k][0] == ","
            and toks[k + 1][0] in ("of", "from")
            and toks[k - 1][0][:1].isupper()
            and i - k > 3
            and all(t[0][:1].isupper() or t[0] in ("the", "and", "&") for t in toks[k + 2 : i - 1])
        ):
            i = k  # "Inspector Ann Pryce, of Kent Police, who led the inquiry, said": her place
        elif k > 0 and romance_employer(toks, k, i):
            i = k  # "Ignacio X, de la Universidad de Y, que no ha participado …, recuerda"
        if (
            i >= 3
            and toks[i - 1][0].isdigit()
            and len(toks[i - 1][0]) <= 3
            and toks[i - 2][0] == ","
            and toks[i - 3][0][:1].isupper()
        ):
            i -= 2  # "Ruth Engstrom, 58, a retired nurse, said": past the age before the role
        elif (
            i >= 4
            and toks[i - 1][0] in _YEARS
            and toks[i - 2][0].isdigit()
            and len(toks[i - 2][0]) <= 3
            and (de := int(toks[i - 3][0] == "de")) + 4 <= i
            and toks[i - 3 - de][0] == ","
            and toks[i - 4 - de][0][:1].isupper()
        ):
            # "la studentessa Ada Neri, 20 anni, al primo voto, si dice …", "Eva Gil, de 30
            # años, vecina del barrio, explicó": past the Romance age before the adjunct
            i -= 3 + de
        # "Sen. Nora Espinoza, D-Calif., the ranking member, said": past a party tag too
        dot = int(i >= 4 and toks[i - 1][0] == ".")
        if (
            i - dot >= 3
            and _PARTY_TAG_RE.match(toks[i - 1 - dot][0])
            and toks[i - 2 - dot][0] == ","
        ):
            i -= 2 + dot
        while i > 0 and toks[i - 1][0].lower() in nm.ADVERBS:
            i -= 1
        return i


def _relative_back(toks: list[Token], i: int) -> int | None:
    """Where the subject ends when a relative clause with commas of its own opens after a
    name and runs to the comma before the verb (token ``i - 1``): "Sandra X, whose father,
    Leonard, died at the home, said" -> after "Sandra X". Not when the last chunk before the
    verb is a name alone ("… Ana Ruiz, whose son, Tom, said": Tom's own words)."""
    last = i - 2
    while last > 0 and toks[last][0] != ",":
        last -= 1
    if last <= 0 or not any(t[0][:1].islower() for t in toks[last + 1 : i - 1]):
        return None
    for w in range(last - 1, max(1, i - 30), -1):
        word = toks[w][0]
        if word in (".", ":", ";", "“", "”", '"'):
            return None
        if word.lower() in ("whose", "who") and toks[w - 1][0] == ",":
            if w >= 2 and toks[w - 2][0][:1].isupper() and toks[w - 2][0].isalpha():
                run = w - 2
                while run > 0 and toks[run - 1][0][:1].isupper() and toks[run - 1][0].isalpha():
                    run -= 1
                if run and toks[run - 1][0].lower() in ("of", "for", "to", "with"):
                    return None  # "The mother of Jack Dunn, who drowned …, said": not Jack
                return w - 1
            return None
    return None


_ROLE_WORDS = nm.PERSON_ROLES | nm.FEMALE_ROLES | nm.MALE_ROLES | nm.TITLES


def _capital_role_before(toks: list[Token], k: int) -> bool:
    """True when an English role ending on a capitalized word closes right before the comma
    at token ``k``: "the chairman of Rovers", "the MP for Bath", "the MP" (so the name in
    commas after it is the speaker, whatever its first name, not "Rovers" or "MP")."""
    p = k
    while p > 0 and toks[p - 1][0][:1].isupper() and toks[p - 1][0].isalpha():
        p -= 1
    if p == k or p < 2:
        return False
    if p == k - 1 and nm.bare(toks[p][0]) in _ROLE_WORDS:
        return toks[p - 1][0] in ("the", "The", "his", "her", "their") or nm.possessive(
            toks[p - 1][0]
        )
    q = p - 1 - (toks[p - 1][0] == "the")
    return (
        q >= 1
        and toks[q][0] in ("of", "for", "at")
        and toks[q - 1][0].isalpha()
        and nm.bare(toks[q - 1][0]) in _ROLE_WORDS
    )


def _plain_name(chunk: list[Token]) -> bool:
    """Two to four capitalized words that are no body and no place: a person's name."""
    words = [t[0] for t in chunk]
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
        and nm.bare(words[0]) not in _ROLE_WORDS
        and not nm.looks_like_org(words)
        and not nm.is_place(words)
    )
