"""The clause after a quotation from its speech verb on (private to ``after.py``).

``», ha aggiunto.`` / ``», dijo, en alusión a X`` (no subject: the speaker goes on),
``», confie à voix basse un jeune pêcheur.`` (an adjunct, then the subject),
``„…“, sagte im Ausschuss Stadträtin X`` and ``,” said Ines Marlow-Price, an economist``.
"""

from __future__ import annotations

import re

from bot.text.speakers import after_words as aw
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.adjunct_places import ADJUNCT_PREPS as _ADJUNCT_PREPS
from bot.text.speakers.adjunct_places import (
    governed_name,
    lone_adjunct,
    place_only,
    portuguese_epithet,
    subject_in_adjunct,
)
from bot.text.speakers.aimed import aimed_phrase, without_phrase
from bot.text.speakers.germanic_phrase import subject_after_adjunct
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.shapes import PREPOSITIONS, Token

# prepositions that no speaker's mood is ("a assuré vers la fin …", "ha promesso sotto la …")
_MOOD_NOT = frozenset(
    "vers sous sur dans entre avant après pendant depuis contre sans verso sotto sopra dopo"
    " prima durante tra fra contro senza dentro fuori bajo tras hacia desde hasta ante entre"
    " sin sob sobre após até perante durante sem contra".split()
)


class AfterVerbRules:
    """The rules reading what follows a speech verb after a quotation (mixed into
    ``Attributor`` through ``AfterRules``)."""

    def _after_verb(
        self, span: Span, toks: list[Token], i: int, n: int
    ) -> tuple[tuple[int, int] | None, bool] | None:
        """The speaker phrase after the speech verb of ``n`` tokens at ``toks[i]`` (a quotation
        ``span`` before it), and True when the clause is only attribution; None when no rule
        here reads the clause (a verb that needs an object: the rules after it go on)."""
        text = self.text
        if n and romance_text() and (aimed_phrase(toks, i + n) or without_phrase(toks, i + n)):
            # "», dijo, en alusión a X", "», ha detto, senza aggiungere altro": no subject
            return (toks[i][1], toks[i + n - 1][2]), True
        if n and romance_text() and lone_adjunct(toks, i + n):
            return (toks[i][1], toks[i + n - 1][2]), True  # "», garantiu, logo na sessão."
        if n and (j := subject_after_adjunct(toks, i + n)) is not None:
            np = self._np_after(toks, j)  # "„…“, sagte im Ausschuss Stadträtin X"
            if np is not None:
                return np, self._short_tail(toks, np[1])
        if (
            n
            and i + n < len(toks)
            and language() in ("french", "portuguese")
            # (Portuguese "ao"/"aos"/"às" too: "», relatou ao jornal um dos militares")
            and (toks[i + n][0] in _ADJUNCT_PREPS or toks[i + n][0] in ("ao", "aos", "às"))
            and toks[i + n][0] != "a"
        ):
            # "», confie à voix basse un jeune pêcheur.": a lower-case adjunct, then the subject
            # (before the rule below reads the adjunct as all there is)
            got = self._past_adjunct(toks, i, n, not text[span.start].islower())
            if got is not None and got[0] is not None and got[0][0] > toks[i + n][1]:
                return got
        if (
            n
            and i + n < len(toks)
            and toks[i][0].lower() not in aw.NON_ROMANCE_VERBS  # "said a strategist in Ohio"
            and toks[i + n][0] in aw.PLACE_PREPS
            and toks[i + n + 1 : i + n + 2]
            and toks[i + n + 1][0].islower()
            and not portuguese_epithet(toks, i + n)
            and not any(
                t[0][:1].isupper() and not governed_name(toks, q)
                for q, t in enumerate(toks[i + n :], start=i + n)
            )
            and not subject_in_adjunct(toks, i + n)
        ):
            # "», ha detto a margine di un convegno a Milano.": a lower-case adjunct whose only
            # capitals are places a preposition governs; no subject
            return (toks[i][1], toks[i + n - 1][2]), True
        if (
            n
            and i + n < len(toks)
            and toks[i][0].lower() not in aw.NON_ROMANCE_VERBS
            and toks[i + n][0].isalpha()
            and toks[i + n][0].islower()
            and toks[i + n][0] not in nm.STOPWORDS | nm.FOREIGN_STOPS | nm.LISTENER_PREPS
            and toks[i + n][0] not in fw.ROMANCE_ARTICLES | fw.PLACE_PREPS
            and toks[i + n][0] not in nm.TIME_WORDS | nm.PRONOUNS
            and len(toks[i + n][0]) > 3
            and (i + n + 1 == len(toks) or toks[i + n + 1][0] == ".")
        ):
            return (toks[i][1], toks[i + n - 1][2]), True  # "», ha raccontato emozionata."
        if (
            n
            and i + n + 2 < len(toks)
            and romance_text()
            and toks[i][0].lower() not in aw.NON_ROMANCE_VERBS
            and toks[i + n][0].isalpha()
            and toks[i + n][0].islower()
            and len(toks[i + n][0]) > 3
            and toks[i + n][0] not in nm.STOPWORDS | nm.FOREIGN_STOPS | nm.LISTENER_PREPS
            and toks[i + n][0] not in fw.ROMANCE_ARTICLES | fw.PLACE_PREPS
            and toks[i + n][0] not in nm.TIME_WORDS | nm.PRONOUNS
            # (not a gerund and its object: "dice asciugandosi le mani", "ha detto salutando il
            # pubblico")
            and not fw.gerund(toks[i + n][0])
            and not re.search(r"(?:ando|endo|indo)(?:lo|la|li|le|si|mi|ci|gli)?$", toks[i + n][0])
            and toks[i + n + 1][0] in fw.ROMANCE_ARTICLES
            and toks[i + n + 2][0].isalpha()
            # (no preposition: "a assuré vers la fin de la séance l'élu", "sotto la pioggia")
            and toks[i + n][0] not in _MOOD_NOT
            and (np := self._np_after(toks, i + n + 1)) is not None
        ):
            # "», ha risposto amaro il sacerdote": the speaker's mood, then the subject
            return np, self._short_tail(toks, np[1])
        if n and i + n < len(toks) and language() in ("french", "portuguese"):
            got = self._past_adverb(toks, i + n) or self._past_aside(toks, i + n, i)
            if got is not None:
                return got
        if (
            n
            and i + n < len(toks)
            and (
                toks[i + n][0] in _ADJUNCT_PREPS
                or (
                    romance_text()
                    and (
                        toks[i + n][0] in fw.MANNER
                        or fw.gerund(toks[i + n][0])
                        # "», cuenta sentada junto a la estufa": the speaker's state, then more
                        or (fw.participle(toks[i + n][0]) and i + n + 1 < len(toks))
                    )
                )
            )
            # (Portuguese "a" is also the article: "afirmou a juíza X")
            and (toks[i + n][0] != "a" or language() in ("spanish", "italian"))
            # (in Romance text, or in text of no plain language after a Romance verb)
            and (
                romance_text()
                or (language() is None and toks[i][0].lower() not in aw.NON_ROMANCE_VERBS)
            )
        ):
            got = self._past_adjunct(toks, i, n, not text[span.start].islower())
            if got is not None:
                return got
        if n and toks[i][0].lower() not in nm.NEEDS_OBJECT:
            np = self._np_after(toks, i + n)  # ,” said Ines Marlow-Price, an economist
            if np is None and self._subject_left_out(toks, i, n):
                # », ha aggiunto. / ”, añadió.: no subject (Italian, Spanish, Portuguese drop it)
                return (toks[i][1], toks[i + n - 1][2]), True
            return (np, self._short_tail(toks, np[1])) if np else (None, False)
        return None

    def _subject_left_out(self, toks: list[Token], i: int, n: int) -> bool:
        """True when nothing after the speech verb of ``n`` tokens at ``toks[i]`` can be its
        subject and the clause ends there or goes on without one: "», ha aggiunto.",
        "», conta, enquanto estende a roupa", "», ha spiegato all'ANSA." (Italian, Spanish and
        Portuguese leave the subject out; the speaker goes on)."""
        return (
            i + n == len(toks)
            or toks[i + n][0] == "."
            # "«…», ha detto, «…»": the verb alone between two pieces of one quotation
            or (toks[i + n][0] == "," and i + n + 1 == len(toks) and romance_text())
            or toks[i + n][0].lower() in nm.SUBORDINATORS  # », cuenta mientras riega …
            # "», explica detrás de la vitrina": where, its subject left out
            or (toks[i + n][0] in aw.WHERE_AT and romance_text())
            # "», conta, enquanto estende a roupa", "», diz, antes de correr …": a
            # clause of time after the verb and a comma, its subject left out
            or (
                toks[i + n][0] == ","
                and romance_text()
                and i + n + 2 < len(toks)
                and (
                    toks[i + n + 1][0] in nm.SUBORDINATORS
                    or (
                        toks[i + n + 1][0] in aw.BEFORE_AFTER
                        and toks[i + n + 2][0] in ("de", "di", "d'", "d’")
                    )
                )
            )
            # "», conta, mais tarde, quando …", "», raconte-t-il, plus tard.": when it was
            # said, in commas, its subject left out
            or (
                toks[i + n][0] == ","
                and romance_text()
                and (j := _later_end(toks, i + n + 1)) is not None
                and (
                    j == len(toks)
                    or toks[j][0] == "."
                    # (not "», dijo, hoy, Pedro Sánchez": a subject after it)
                    or (toks[j][0] == "," and j + 1 < len(toks) and toks[j + 1][0].islower())
                )
            )
            # ", conta, emocionada.": only a word on the speaker's mood after a comma
            or (
                toks[i + n][0] == ","
                and i + n + 1 < len(toks)
                and toks[i + n + 1][0].isalpha()
                and toks[i + n + 1][0].islower()
                and toks[i + n + 1][0] not in nm.STOPWORDS
                and (i + n + 2 == len(toks) or toks[i + n + 2][0] == ".")
            )
            # "», ha spiegato all'ANSA.": only the press the speaker told (and how:
            # "», ha detto ai cronisti con la voce rotta.")
            or (
                (heard := self._listener_end(toks, i + n)) is not None
                and (
                    heard == len(toks)
                    or toks[heard][0] in (".", ",")
                    or (
                        romance_text()
                        and (toks[heard][0] in fw.MANNER or fw.gerund(toks[heard][0]))
                    )
                    # "», contou aos jornalistas à saída do tribunal.": and where
                    or place_only(toks, heard)
                )
            )
            # "», afirmou, sublinhando que …", "», disse, visivelmente irritado.": a
            # gerund or a participle on the speaker after a comma, its subject left out
            or (
                toks[i + n][0] == ","
                and romance_text()
                and i + n + 1 < len(toks)
                and (
                    fw.gerund(toks[i + n + 1][0])
                    or fw.participle(toks[aw.past_still(toks, i + n + 1)][0])
                    or (
                        toks[i + n + 1][0].endswith("mente")
                        and i + n + 2 < len(toks)
                        and fw.participle(toks[i + n + 2][0])
                    )
                )
            )
            # "», disse, apontando para o vizinho.", "», a-t-il dit, ajoutant que …",
            # "», ha detto, sorridendo": a Romance gerund after the verb and a comma
            or (
                toks[i + n][0] == ","
                and i + n + 1 < len(toks)
                and romance_text()
                and toks[i + n + 1][0].islower()
                and toks[i + n + 1][0].endswith(("ando", "endo", "indo", "ant"))
                and len(toks[i + n + 1][0]) > 5
            )
            # ", afirmou, entre risos.", "», diz, sem levantar os olhos do trabalho.":
            # a lower-case phrase on the manner after a comma, ending the sentence
            or (
                toks[i + n][0] == ","
                and i + n + 1 < len(toks)
                and toks[aw.past_still(toks, i + n + 1)][0] in fw.MANNER_PREPS
                and all(t[0].islower() or t[0] in ".," for t in toks[i + n + 1 :])
                and len(toks) <= i + n + 12
            )
            # », ha scritto sui social.: only a lower-case place or medium after the verb
            or (
                toks[i + n][0].lower() in nm.FOREIGN_STOPS | PREPOSITIONS | aw.BEFORE_AFTER
                and not any(t[0][:1].isupper() for t in toks[i + n :])
            )
        )


# Romance words for "later", "then", "today" after a speech verb and a comma: "mais tarde",
# "plus tard", "más tarde", "più tardi", "depois", "ensuite", "luego", "poi"
_LATER = (
    ("mais", "tarde"),
    ("plus", "tard"),
    ("más", "tarde"),
    ("più", "tardi"),
    ("depois",),
    ("después",),
    ("dopo",),
    ("ensuite",),
    ("luego",),
    ("poi",),
    ("hoje",),
    ("hoy",),
    ("oggi",),
)


def _later_end(toks: list[Token], j: int) -> int | None:
    """The token after a "later" phrase opening at ``toks[j]``, else None."""
    for words in _LATER:
        if tuple(t[0].lower() for t in toks[j : j + len(words)]) == words:
            return j + len(words)
    return None
