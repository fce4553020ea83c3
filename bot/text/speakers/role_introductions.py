"""The role nouns each person of a Romance text is introduced with (private to the speaker
modules): "do jovem médio Diogo Faria", "Yannick Le Gall, éleveur laitier à Vitré", "la
consejera de Urbanismo, María Ruiz"; a later "o médio", "l'éleveur" is that person."""

from __future__ import annotations

import re

from bot.text.speakers import foreign as _foreign
from bot.text.speakers import names as nm
from bot.text.speakers.epithets import ROMANCE_DEFINITE, SYNONYMS
from bot.text.speakers.reading import language

# words after a name and its comma that open no role: "Ana Ruiz, qui …", ", de 63 anos"
_NOT_ROLE = frozenset(
    "qui que che quien quem dont cuyo cuya il elle lui ela ele ella él lei lui aussi también"
    " anche também même ancora encore".split()
)
_ROLE_OF_BEFORE_RE = re.compile(
    r"\b([^\W\d_A-Z]{4,})\s+(?:de la|de|del|della|da|do|di|du|des|dell['’]|d['’]|alla|al|all['’]"
    r"|ai|agli|alle|à la|au|aux|a la|ao|à)(?:(?<=['’])|\s+)"  # (not "desde", "alcuni")
    r"[^,.;:\n]{1,35},\s*$"
)
# an age in commas between a name and its role: ", de 61 anos,", ", 52 ans,", ", 34 anni,"
_AGE_ASIDE_RE = re.compile(r", (?:de |di )?\d{1,3} (?:anos|ans|anni|años), ")
# "of the" before a noun: the noun is governed, in an adjunct, no role ("Do lado do Braga, X",
# "Dal canto della Juve, X")
_OF_THE = frozenset("do da dos das del dal dalla dallo du des".split())
_POSSESSIVES = frozenset("su sus suo sua son sa seu sua".split())


def introduced_roles(
    text: str, mentions: list[tuple[int, str]]
) -> dict[str, list[tuple[int, str]]]:
    """The role nouns each person of a French, Spanish, Italian or Portuguese text is
    introduced with, right before the name ("do jovem médio Diogo Faria", "la bioquímica
    Renata Guimarães") or in apposition after it ("Yannick Le Gall, éleveur laitier à
    Vitré"): "médio" -> [(where, "Diogo Faria")]; a later "o médio" is that person."""
    roles: dict[str, list[tuple[int, str]]] = {}
    seen: set[str] = set()
    italian = language() == "italian"
    for pos, name in mentions:
        if name in seen or " " not in name or not name[:1].isupper():
            continue
        seen.add(name)
        at = text.find(name.split()[0], pos, pos + 60)  # the run may open on the role
        pos = at if at >= 0 else pos
        # (within its paragraph: a headline's last word is no role of the name opening the
        # next line)
        before = text[max(0, pos - 30) : pos].rsplit("\n", 1)[-1].split()
        elided_second = False
        if before and before[-1][:2].lower() in ("l'", "l’") and len(before[-1]) > 2:
            # "l'avvocato Ermanno Conti": the role noun after an elided article
            before[-1] = before[-1][2:]
        elif len(before) >= 2 and before[-2][:2].lower() in ("l'", "l’") and italian:
            # "l'amministratore delegato X": the same before an adjective
            before[-2] = before[-2][2:]
            elided_second = True
        found = []
        if (
            before
            and before[-1].isalpha()
            and before[-1].islower()
            # (a short one only when a role noun stands for it: "il pm X", "el dt X")
            and (len(before[-1]) > 3 or before[-1] in SYNONYMS)
        ):
            found.append(before[-1])
            # "il procuratore aggiunto X", "o treinador adjunto X": the role noun before
            # the adjective that qualifies it
            if len(before) >= 2 and before[-2].isalpha() and before[-2].islower():
                if len(before[-2]) > 3 and before[-2] not in _NOT_ROLE:
                    found.append(before[-2])
        elif (
            len(before) >= 2
            and before[-1][-1:] == ","
            and before[-1][:-1].isalpha()
            and before[-1][:-1].islower()
            and len(before[-1]) > 4
            and (before[-2].lower() in ROMANCE_DEFINITE or before[-2].lower() in _POSSESSIVES)
        ):
            # "la figlia, Livia X", "su hermano, Daniel X": the noun in apposition before
            # the name, after its article or a possessive
            found.append(before[-1][:-1])
        elif before and before[-1].lower() in _foreign.DEMONYMS:
            found.append(before[-1].lower())  # "le Belge Jens Peeters"
        else:  # "la consejera de Urbanismo, María Ruiz": the role before its complement
            role_of = _ROLE_OF_BEFORE_RE.search(text, max(0, pos - 60), pos)
            while role_of is not None and (
                later := _ROLE_OF_BEFORE_RE.search(text, role_of.end(1) + 1, pos)
            ):
                # the noun nearest the name: "juzga desde este lunes al exalcalde de X, Y"
                # is "exalcalde", not "lunes" (at most 60 characters read again)
                role_of = later
            of_before = (
                text[max(0, role_of.start(1) - 8) : role_of.start(1)].split()[-1:]
                if role_of is not None
                else []
            )
            if role_of is not None and not (of_before and of_before[0].lower() in _OF_THE):
                found.append(role_of.group(1))
            elif role_of is None and (
                len(before) >= 3
                and before[-1][-1:] == ","
                and before[-1][:-1].isalpha()
                and before[-1][:-1].islower()
                and before[-2].isalpha()
                and before[-2].islower()
                and len(before[-2]) > 3
                and (elided_second or before[-3].lower() in ROMANCE_DEFINITE)
            ):
                # "l'economo diocesano, Marco X", "la directora general, Ana X": the noun
                # before its adjective, in apposition before the name after its article
                found.append(before[-2])
        last = name.split()[-1]
        end = text.find(last, pos)
        after = text[end + len(last) : end + len(last) + 60] if end >= 0 else ""
        if age := _AGE_ASIDE_RE.match(after):
            after = after[age.end() - 2 :]  # "X, de 61 anos, antigo tesoureiro": past the age
        if after.startswith(", "):
            # ("X, unica regista italiana": an adjective may come first)
            for word in after[2:].split(" ")[:2]:
                word = word.strip(",.;:")
                if not (word.isalpha() and word.islower()) or word in _NOT_ROLE or len(word) <= 3:
                    break  # ("X, en rueda de prensa", "X, no ocultaba": no role)
                found.append(word)
            # a second apposition after the first: "X, exconcejala de Urbanismo, acusada de
            # prevaricación," -> a later "la acusada" is X
            tail = text[end + len(last) + 2 : end + len(last) + 90] if found else ""
            comma = tail.find(", ")
            second = tail[comma + 2 :].split(" ", 1)[0] if 0 < comma else ""
            if (
                "." not in tail[:comma]
                and second.isalpha()
                and second.islower()
                and len(second) > 4
                and second not in _NOT_ROLE
                and language() in ("spanish", "italian")
            ):
                found.append(second)
        for word in found:
            if word in nm.STOPWORDS or word in nm.SPEECH_VERBS or word in nm.FOREIGN_STOPS:
                continue
            roles.setdefault(word, []).append((pos, name))
            if word.startswith("ex") and len(word) > 7 and word[2:] not in found:
                # "exconcejala": a later "la entonces concejala" is the same person
                roles.setdefault(word[2:], []).append((pos, name))
    return roles
