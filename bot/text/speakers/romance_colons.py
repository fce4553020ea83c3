"""The Romance clause rules that read a speaker before a colon or a fronted phrase (a mixin
of ``RomanceRules``): "Según el alcalde, X: «…»" runs, a fronted noun of speech ("Parole
del sindaco: «…»"), the speaker of a clause ending on a colon."""

from __future__ import annotations

from typing import Any

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.germanic import germanic
from bot.text.speakers.reading import language
from bot.text.speakers.roles import group_of_place as _group_of_place
from bot.text.speakers.roles import role_of_place as _role_of_place
from bot.text.speakers.romance_words import (
    FUSED,
)
from bot.text.speakers.shapes import Token
from bot.text.speakers.signs import can_speak as _who

WHO = frozenset("que qui che quien quem".split())
_HE_SHE = nm.MALE_PRONOUNS | nm.FEMALE_PRONOUNS
_ARTICLE = frozenset("un une uno una um uma le la el il lo o a".split())


# a comma and prepositions ending the noun phrase after a noun of speech's "di"/"de"
_PHRASE_STOPS = frozenset(
    ", a al alla alle ai agli sul sulla sui su per in con dopo sobre en tras ante".split()
)
# (and the same prepositions elided before a vowel: "la replica del sindaco all'assessore")
_ELIDED_STOPS = tuple(f"{p}{q}" for p in ("all", "sull", "dall", "nell") for q in "'’")


# German and Dutch pronouns after "für"/"voor"/"laut"/"volgens" (resolved by their gender)
_GERMANIC_OBJECTS = frozenset("sie ihn ihm ihr hem haar".split())
# articles opening an unnamed source after a sentence-opening "Volgens"/"Laut"
_GERMANIC_ARTICLES = frozenset("de het een der die das dem den des ein eine einem einer".split())
# finite verbs that follow a fronted "Volgens X"/"Laut X" in the verb-second order
_V2_VERBS = frozenset(
    """is zijn was waren wordt worden werd werden gaat ging heeft hebben had hadden moet moeten
    zal zullen zou zouden kan kunnen kon konden blijft blijven staat stond ligt lag
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien habe haben
    soll sollen muss müssen müsse kann können könne gibt gab gebe geht ging gehe""".split()
)


class RomanceColonRules:
    """Mixed into ``RomanceRules``, whose readers and state they use."""

    text: str
    people: Any

    def _according_run(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The person after "selon"/"para"/"secondo" at token v: the first name run, the
        pronoun ("Pour lui, « … »"), or an unnamed one as written ("Selon un cadre, qui …")."""
        if toks[v + 1][0].lower() in _HE_SHE and (
            v + 2 == len(toks) or (toks[v + 2][0] == "," and language() in ("spanish", "italian"))
        ):
            return toks[v + 1][1], toks[v + 1][2]  # (and "Para él, la suspensión es «…»")
        if v + 1 < len(toks) and toks[v + 1][0] in _GERMANIC_OBJECTS and germanic():
            return toks[v + 1][1], toks[v + 1][2]  # "Für sie ist klar: „…“", "Voor hem is …"
        run = self._first_name_run(toks, v + 1)
        if run is not None and (whole := _role_of_place(toks, v, run)) is not None:
            return whole  # "Secondo il sindaco di Catania, il gruppo «…»": not the place
        if run is not None and _group_of_place(toks, v, run):
            return None  # "Pour les habitants de Lyon, …": a group, not the place
        # (or right before the quotation, its comma gone: "Secondo la pm, «…»", "Segundo o
        # técnico, “…”": the role noun, which the resolver maps to the person introduced with it)
        if run is None and (v + 3 == len(toks) or (v + 3 < len(toks) and toks[v + 3][0] == ",")):
            dutch = toks[v + 1][0] in ("de", "het") and language() == "dutch"
            if (toks[v + 1][0] in _ARTICLE or dutch) and toks[v + 2][0].isalpha():
                return toks[v + 1][1], toks[v + 2][2]  # (and "Volgens de politie ‘…’")
        if run is None and v == 0 and germanic():
            return _fronted_source(toks)
        if (
            run is not None
            and v == 0
            and germanic()
            and toks[v + 1][0].lower() in _GERMANIC_ARTICLES
            and run == (toks[v + 2][1], toks[v + 2][2])
            and not _who(toks[v + 2][0])
        ):
            return None  # "Laut der Prognose ist …": a German noun, capitalized, no one's voice
        return run

    def _fronted_speech_noun(self, toks: list[Token]) -> tuple[int, int] | None:
        """A noun of speech after a fronted adjective and its article, before a colon ("Amaro
        il commento di X, tecnico della Y:", "Pronta la replica del primo cittadino:"): whose
        it is, as ``_colon_speaker``; None for any other clause."""
        if (
            4 < len(toks) <= 14
            and toks[0][0][1:].islower()
            and toks[1][0].lower() in ("il", "la", "el")
            and toks[2][0].lower() in fw.SPEECH_NOUNS
            and toks[3][0].lower() in fw.OF_WORDS
            and language() in ("spanish", "italian")
        ):
            # (to the phrase's end: "del primo cittadino [alle critiche]", "di X[, tecnico]")
            end = next(
                (
                    k
                    for k in range(5, len(toks))
                    if toks[k][0].lower() in _PHRASE_STOPS
                    or toks[k][0].lower().startswith(_ELIDED_STOPS)  # "all'assessore"
                ),
                len(toks),
            )
            named = toks[end + 1 :] if end < len(toks) and toks[end][0] == "," else []
            if 2 <= len(named) <= 4 and all(t[0][:1].isupper() and t[0].isalpha() for t in named):
                # "Amaro il commento del tecnico di casa, Renato X:": the name in commas
                # after the role, ending the clause, is whose the words are
                return named[0][1], named[-1][2]
            return self._colon_speaker(toks[2:end])
        return None

    def _colon_speaker(self, toks: list[Token]) -> tuple[int, int] | None:
        """The speaker of a Romance clause before a colon that names them outside its subject:
        a noun of speech and whose it is ("Réponse de l'élue :", "Replica del sindaco:"), or
        the name a relative clause is about ("… por Samu Silva, que dedicou o golo ao pai:")."""
        # "Réponse de l'élue : « … »", "Replica del sindaco:": a noun of speech and whose
        if len(toks) <= 8 and toks[0][0].lower() in fw.SPEECH_NOUNS and len(toks) >= 2:
            k = 2 if toks[1][0].lower() in fw.OF_WORDS else 1
            if toks[1][0][:2].lower() in ("d'", "d’"):
                return toks[1][1] + 2, toks[-1][2]  # "Réaction d'Ana Ruiz :"
            if k == 2 and k < len(toks):
                # (a fused article stays with its noun: "del sindaco", "du maire")
                fused = toks[1][0].lower() in FUSED
                return self._first_name_run(toks, k) or (toks[1 if fused else k][1], toks[-1][2])
        # "… marcado por Samu Silva, que dedicou o golo ao pai: «…»": the name a Romance
        # relative clause is about
        for c in range(len(toks) - 2, 1, -1):
            if toks[c][0] == "," and toks[c + 1][0].lower() in WHO and toks[c - 1][0][:1].isupper():
                b = c - 1
                while b > 0 and toks[b - 1][0][:1].isupper():
                    b -= 1
                if c - b >= 2:
                    return toks[b][1], toks[c - 1][2]
                break
        return None


def _fronted_source(toks: list[Token]) -> tuple[int, int] | None:
    """The unnamed source of a German or Dutch sentence opening on "Volgens"/"Laut": an
    article, at most one adjective and a noun, then the finite verb the verb-second order puts
    right after it ("Volgens een woordvoerder is er ‘…’", "Laut einem Sprecher sei der Zug
    „…“"); None when anything else follows the noun ("Volgens de politie van Gouda …")."""
    if len(toks) < 4 or toks[1][0].lower() not in _GERMANIC_ARTICLES:
        return None
    for noun in (2, 3):
        if (
            noun + 1 < len(toks)
            and all(t[0].isalpha() for t in toks[2 : noun + 1])
            and toks[noun + 1][0] in _V2_VERBS
            and (noun == 2 or toks[2][0].islower())  # "de lokale politie", "dem zuständigen Amt"
            and _who(toks[noun][0])
        ):
            return toks[1][1], toks[noun][2]
    return None
