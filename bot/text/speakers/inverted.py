"""French and Portuguese: the subject of a speech verb after the closing mark, past what
stands between them (mixed into ``after.AfterRules``).

"« … », prévient d'emblée la géologue", "«…», afirma, em entrevista ao Diário X, o presidente
Y", "« … », a déploré mardi soir sur Radio X la députée Y"; and in the Romance languages a
lower-case adjunct then the subject ("», explicó en rueda de prensa la alcaldesa X", "»,
confie à voix basse un jeune pêcheur") or no subject ("», contou aos jornalistas à saída do
tribunal.").
"""

from __future__ import annotations

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.adjunct_places import (
    _FREE_ARTICLES,
    _MORE_PREPS,
    _POSTURES,
    _UNNAMED_ARTICLES,
    ADJUNCT_PREPS,
    governed_name,
    posture_subject,
    subject_in_adjunct,
)
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token, possessive_determiner

DASHES = ("―", "—", "–", "--")
# (those whose adjunct may run to the sentence's end with no subject after it: "», afirmou por
# telefone.", "», a-t-il écrit sur son blog.")
_NO_SUBJECT_PREPS = frozenset("sur par por pela pelo".split())
# French and Portuguese titles before a surname ("Mme Bélanger", "Dra. Lemos")
_TITLES = frozenset("mme mmes mlle me dr dre pr sr sra dra dona".split())
_DAY_PARTS = frozenset("soir matin après-midi midi dernier dernière passado passada".split())
_SUBJECT_ARTICLES = frozenset("le la les o a os as".split())
_AFTER_VERB_ADVERBS = frozenset(
    "d'emblée d’emblée toutefois cependant pourtant néanmoins aussi encore également alors"
    " ensuite enfin d'ailleurs d’ailleurs d'abord d’abord aussitôt volontiers"
    " ainda também depois então contudo porém igualmente".split()
)


# words of company in the adjunct: the name after them is someone else's ("junto a su
# marido X", "accanto al sindaco X", "aux côtés de X", "com o treinador X")
_COMPANIONS = frozenset("junto accanto insieme assieme côtés lado fianco".split())
# words before a participle or an infinitive whose object the name is ("dopo aver battuto X",
# "après avoir salué X", "prima di abbracciare X")
_AUXILIARY_INFINITIVES = frozenset("aver avere avoir haber ter".split())
_BEFORE_INFINITIVES = frozenset("di de per pour para sans senza sin sem".split())
_FUSED_ARTICLES = frozenset("al del au du aux des della dello nella nello alla allo".split())


class InvertedRules:
    """The French and Portuguese shapes; the attributor provides ``_np_after`` and
    ``_role_appositive`` (it also mixes in the rules that define them)."""

    def _adjunct_name(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The name of a person at token ``j`` that ends the clause after a lower-case noun
        (not a role noun, an article or a preposition) of an adjunct, else None."""
        before = toks[j - 1][0]
        if before[1:2] in ("'", "’") and before[:1] in "dl":
            before = before[2:]  # "dans son discours d'ouverture X"
        place = before[:1].isupper() and governed_name(toks, j - 1)  # "», dijo en Valencia X"
        if (
            not (before.isalpha() and (before.islower() or place))
            or before in ADJUNCT_PREPS | fw.OF_WORDS | fw.ROMANCE_ARTICLES | _MORE_PREPS
            or before in nm.STOPWORDS | nm.ROLES_EU | nm.TITLES
            or toks[j][0].lower() not in FIRST_NAMES
            or j + 1 >= len(toks)
            or not nm.is_cap(toks[j + 1][0])
            # (the name an infinitive, a participle or a gerund governs, or a companion's:
            # "dopo aver battuto X", "prima di abbracciare X", "salutando X", "junto a su
            # marido X")
            or fw.gerund(before)
            or (j > 1 and toks[j - 2][0].lower() in _AUXILIARY_INFINITIVES)
            or (
                j > 1
                and toks[j - 2][0].lower() in _BEFORE_INFINITIVES
                and before.endswith(("are", "ere", "ire", "ar", "er", "ir", "re"))
            )
            or any(t[0].lower() in _COMPANIONS for t in toks[max(0, j - 5) : j])
        ):
            return None
        np = self._np_after(toks, j)
        if np is None or np[0] != toks[j][1]:
            return None
        k = next((q for q, t in enumerate(toks) if t[1] >= np[1]), len(toks))
        return np if k == len(toks) or toks[k][0] in (",", ".", ";") else None

    def _past_adverb(self, toks: list[Token], j: int) -> tuple[tuple[int, int], bool] | None:
        """French and Portuguese: the subject after the speech verb at ``j`` and an adverb
        ("», prévient d'emblée la géologue", "», reconnaît toutefois le maire", "», admet
        aussi l'élu", "», reconhece ainda o autarca"), or None when no adverb stands there."""
        k = j
        while k < len(toks) and (
            toks[k][0].lower() in _AFTER_VERB_ADVERBS
            or (
                toks[k][0].islower()
                and toks[k][0].endswith(("ment", "mente"))
                and len(toks[k][0]) > 7
            )
        ):
            k += 1
        if k == j or k >= len(toks):
            return None
        word = toks[k][0]
        elided = word[:2].lower() in ("l'", "l’") and word[2:3].islower()
        if not (word in _SUBJECT_ARTICLES or elided or word[:1].isupper()):
            return None
        np = self._role_appositive(toks, k) or self._np_after(toks, k)
        return (np, True) if np else None

    def _past_aside(
        self, toks: list[Token], j: int, verb: int
    ) -> tuple[tuple[int, int], bool] | None:
        """French and Portuguese: the subject after the speech verb at ``j`` and an adjunct the
        other rules do not read past, or None: an adjunct in commas ("», affirme, dans un
        entretien au Courrier, le ministre X", "», afirma, em entrevista ao Diário, o
        presidente X", "», contou, emocionado, o jogador"), or one after a time word or opening on "sur" / "par" and naming a
        medium ("», a affirmé mardi soir sur Radio Lac le ministre X", "», a réagi sur les
        réseaux sociaux la députée X"); the subject opens on a definite article."""
        while j < len(toks) and (
            toks[j][0].lower() in nm.TIME_WORDS or toks[j][0].lower() in _DAY_PARTS
        ):
            j += 1  # "mardi soir", "esta manhã"
        if j >= len(toks):
            return None
        first = toks[j][0]
        if first == ",":
            # (or a participle on the speaker's mood alone: "», contou, emocionado, o jogador")
            mood = j + 2 < len(toks) and toks[j + 2][0] == "," and fw.participle(toks[j + 1][0])
            if j + 1 >= len(toks) or not (toks[j + 1][0] in ADJUNCT_PREPS | _MORE_PREPS or mood):
                return None
            close = next((c for c in range(j + 2, min(len(toks), j + 14)) if toks[c][0] == ","), 0)
            if (
                close
                and close + 2 < len(toks)
                and language() == "portuguese"
                and toks[close + 1][0].endswith(_POSTURES)
                and (at := posture_subject(toks[close + 2 :])) is not None
            ):
                # "», conta, a sorrir, encostada ao balcão a dona da banca ao lado": the
                # subject after the manner and the posture's place
                np = self._np_after(toks, close + 2 + at)
                return (np, True) if np else None
            if not close or close + 1 >= len(toks) or toks[close + 1][0] not in _SUBJECT_ARTICLES:
                return None
            np = self._role_appositive(toks, close + 1) or self._np_after(toks, close + 1)
            return (np, True) if np else None
        if first not in _MORE_PREPS | ADJUNCT_PREPS:
            return None
        for k in range(j + 1, min(len(toks), j + 12)):
            word, before = toks[k][0], toks[k - 1][0]
            if word == "." and k == len(toks) - 1 and first in _NO_SUBJECT_PREPS:
                # "», afirmou por telefone.": an adjunct to the sentence's end, no subject (the
                # verb goes on with the person before)
                return (toks[verb][1], toks[j - 1][2]), True
            if (
                word == ","
                and toks[k + 1 : k + 2]
                and toks[k + 1][0] in ADJUNCT_PREPS | _MORE_PREPS
            ):
                # a second adjunct in commas: "», explicou num briefing, pelas 21h00, o
                # comandante X": the subject after it, opening on an article
                close = next(
                    (c for c in range(k + 2, min(len(toks), k + 10)) if toks[c][0] == ","), 0
                )
                if close and close + 1 < len(toks) and toks[close + 1][0] in _SUBJECT_ARTICLES:
                    np = self._role_appositive(toks, close + 1) or self._np_after(toks, close + 1)
                    return (np, True) if np else None
                return None
            if word in (".", ",", ";", ":", "(", "«", "»") or word in DASHES:
                return None
            if nm.bare(word) in nm.TITLES | _TITLES and word[:1].isupper() and toks[k + 1 : k + 2]:
                # "», a assuré par courriel Mme X": a title opens the subject
                np = self._np_after(toks, k)
                return (np, True) if np else None
            if word[:1].isupper():
                if any(nm.bare(t[0]) in FIRST_NAMES for t in toks[k : k + 3]):
                    return None  # "», a dit à Radio Lac Ana X": left to the other rules
                continue  # a medium: "sur Radio Lac", "ao Diário"
            if word in _UNNAMED_ARTICLES and before[:1].isupper() and k + 1 < len(toks):
                # "», contou ao PÚBLICO um agricultor", "», confie au Parisien une habitante":
                # someone unnamed right after the medium, as written to the clause's end
                stop = next(
                    (c for c in range(k + 1, len(toks)) if toks[c][0] in (",", ".", ";", ":")),
                    len(toks),
                )
                return (toks[k][1], toks[stop - 1][2]), True
            if word in _SUBJECT_ARTICLES and before not in ADJUNCT_PREPS | _MORE_PREPS:
                if before.islower() and before in fw.OF_WORDS:
                    continue
                np = self._role_appositive(toks, k) or self._np_after(toks, k)
                return (np, True) if np else None
        return None

    def _past_adjunct(
        self, toks: list[Token], i: int, n: int, unnamed: bool = False
    ) -> tuple[tuple[int, int] | None, bool] | None:
        """A Romance speech verb and a lower-case adjunct opening on a preposition: the
        subject after the adjunct, at the first article no preposition governs ("», explicó
        en una rueda de prensa la alcaldesa X", "», a déclaré devant la presse le ministre X"),
        else no subject at all ("», declaró a las puertas de la Audiencia.", "», dijo entre
        risas."); None (the other rules read it) when a capital stands in the adjunct after
        no article ("», aseguró a EFE X")."""
        free = _FREE_ARTICLES
        if language() == "portuguese":
            free = free | {"o", "a", "os", "as"}  # "afirmou em nota o presidente X"
        if unnamed and language() in ("french", "portuguese"):
            # someone unnamed after the adjunct: "», confie à voix basse un jeune pêcheur.",
            # "», contou à porta da loja uma vizinha." (after a whole quotation: "qui dit
            # n'avoir su « qu'à midi », a demandé au préfet une réunion" is an object)
            free = free | _UNNAMED_ARTICLES
        elif unnamed and language() == "spanish":
            # "», apuntaba entre risas una joven de 22 años" (Italian reads its own: resolve's
            # ``unnamed_after_adjunct``, which keeps "di uno dei Paesi fondatori" whole)
            free = free | {"un", "una"}
        named = False
        for j in range(i + n + 1, len(toks)):
            word = toks[j][0]
            if word in (".", ",", ";", ":", "(") or word in DASHES:
                break
            low = word.lower()
            elided = low[:2] in ("l'", "l’") and word[2:3].islower()
            before = toks[j - 1][0]
            if (
                # (or a possessive: "», dijo a este medio su hijo, X")
                (low in free or elided or possessive_determiner(low))
                and before.isalpha()
                # (or after a name the adjunct's preposition governs: "», explicó en
                # declaraciones a Radio Sur la alcaldesa")
                and (before.islower() or governed_name(toks, j - 1))
                and before not in ADJUNCT_PREPS | fw.OF_WORDS | free | fw.MANNER
                and before not in nm.STOPWORDS
                and not fw.gerund(before)  # "», ha detto salutando il pubblico."
            ):
                np = self._np_after(toks, j)
                return (np, self._short_tail(toks, np[1])) if np else None
            if word[:1].isupper() and governed_name(toks, j):
                named = True
                continue  # a place or an outlet in the adjunct ("en declaraciones a Radio Sur")
            if any(c.isupper() for c in word) and toks[j - 1][0] not in free | _FUSED_ARTICLES:
                # a person's name closing the clause after the adjunct's noun: "», ha detto
                # durante la conferenza Valentina X.", "», dijo en el discurso inaugural
                # Ana X, presidenta de …" (not after a role noun: "al sindaco Ana X" is a
                # listener; not after a preposition: "lors de la visite de Ana X")
                np = self._adjunct_name(toks, j)
                return (np, self._short_tail(toks, np[1])) if np else None
        if named and subject_in_adjunct(toks, i + n):
            return None  # (past a name, someone this rule does not read: "un diplomatico")
        return (toks[i][1], toks[i + n - 1][2]), True
