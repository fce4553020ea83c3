"""Words other than a speech verb that name a quotation's speaker in the clause before it
(private to ``before.py``): "according to X", "Selon X", "Volgens X", "En palabras de X",
"A detta di X", "For X, the answer is simple:", "…, secondo cui …" (the person "according to
whom"), and a verdict ("Ada Lind, a botanist, called the study “…”", "…, calling the run
“…”"). ``BeforeRules`` builds on ``CueRules``.
"""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.germanic import document_after
from bot.text.speakers.germanic_clause import VIEW_NOUNS_DE
from bot.text.speakers.reading import language
from bot.text.speakers.roles import full_name_in, role_head
from bot.text.speakers.shapes import DETERMINERS, Token

# "according to whom" after a name: "secondo cui", "según el cual", "selon qui"
_ACCORDING_WHOM = frozenset(
    {("secondo", "cui"), ("según", "el"), ("según", "la"), ("segundo", "o"), ("segundo", "a")}
    | {("selon", "qui"), ("para", "quien"), ("per", "il"), ("per", "la"), ("pour", "qui")}
)
# lower-case words opening the source after a German "so" in commas: "so ein Sprecher", "so
# ihr Management", "so die Polizei"
_SO_OPENERS = frozenset("ein eine der die das sein seine ihr ihre".split())
# nouns of "in the words (view) of X": "En palabras de X", "A detta di X", "A juicio de X"
_WORDS_OF = frozenset(
    "palabras parole palavras detta juicio giudizio juízo opinión opinione opinião parere".split()
)
# an ordinal after an article or a preposition is no "according to": "al secondo libro"
_ORDINAL_BEFORE = frozenset(
    "al il el lo o a le la un uno una um uma do da del no na nel ao".split()
)
# (and verbs that judge what they name "as": "dismissed the claim as “…”")
_VERDICT_VERBS = frozenset(
    "called described dubbed labelled labeled branded dismissed condemned derided hailed".split()
)
_BE = frozenset("is are was were be been being".split())
# the same as a participle after a comma, closing a sentence whose speech verb is further back
_VERDICT_PARTICIPLES = frozenset("calling describing dubbing labelling labeling branding".split())
# the relative words opening an object relative: "a case that X called “…”", "what she called"
_RELATIVES = frozenset("that what which".split())
# the words someone unnamed opens on after "in the words of": "one mechanic", "a neighbour"
_SOMEONE = frozenset("one a an another his her their".split())


class CueRules:
    """The speaker cues of a clause before a quotation that are not its speech verb."""

    text: str

    def _cue_without_verb(
        self, toks: list[Token], v: int, start: int, end: int
    ) -> tuple[bool, tuple[int, int] | None]:
        """(True, the speaker or None) when token ``v``, no speech verb, is a cue that
        settles who spoke ("according to", "Selon", "En palabras de", "For X, …:", a verdict
        verb); (False, None) when it is none and the search goes on."""
        if (
            toks[v][0].lower() == "according"
            and v + 1 < len(toks)
            and toks[v + 1][0].lower() == "to"
        ):
            return True, self._np_after(toks, v + 2)
        if v + 1 < len(toks) and (
            # (an ordinal after an article is no "according to": "al secondo libro")
            (
                toks[v][0].lower() in nm.ACCORDING
                and not document_after(toks, v)
                and toks[v - 1][0] not in _ORDINAL_BEFORE
            )
            or (v == 0 and toks[v][0].lower() in nm.FOR_WHOM)
        ):
            # Selon l'ingénieur en chef Marc Lefèvre, « … » / Para X, “…” / Volgens X
            # is … “…”: the first name after the role words ("Pour lui, « … »": the
            # pronoun)
            return True, self._according_run(toks, v)
        if (
            0 < v < len(toks) - 2
            and toks[v - 1][0].lower() == "nach"
            and toks[v][0].lower() in VIEW_NOUNS_DE
            and toks[v + 1][0].lower() in ("der", "des", "von", "vom")
            and language() == "german"
        ):
            # "Nach Ansicht der Bürgerinitiative ist das Projekt „…“", "nach Einschätzung
            # von X": German "in the view of", as "laut" (the clause opening on it); a role
            # noun in the genitive and no name ("nach Meinung des Trainers") names no one here
            run = self._according_run(toks[v:], 0)
            word = self.text[run[0] : run[1]] if run else ""
            last = word.split()[-1] if word else ""
            if not full_name_in(word.split()) and (
                role_head(last) or role_head(last.removesuffix("s"))
            ):
                return True, None
            return True, run
        if (
            0 < v < len(toks) - 2
            and toks[v][0].lower() in _WORDS_OF
            and toks[v - 1][0].lower() in ("en", "nelle", "nas", "con", "com", "a", "na")
            and toks[v + 1][0].lower() in ("de", "del", "di", "della", "dello", "do", "da")
        ):
            # "En palabras de la alcaldesa, X, « … »", "A detta del direttore, X,
            # «…»", "A juicio de X": "in the words (view) of", as "según"
            return True, self._according_run(toks, v + 1)
        if v == 0 and toks[0][0] == "For" and self.text[start:end].rstrip()[-1:] == ":":
            # "For Hannah Stroud, the answer is simple: “…”": a person named in full
            run = self._first_name_run(toks, 1)
            got = self.people.name_in(self.text[run[0] : run[1]], run[0]) if run else None
            if run and run[0] == toks[1][1] and got and got[1] and " " in got[0]:
                return True, run
        if toks[v][0] in _VERDICT_PARTICIPLES and v > 2 and toks[v - 1][0] == ",":
            # "The college's athletic department said in a statement that it would
            # host a watch party at the arena, calling the run “…”": the subject of the
            # speech verb the sentence opens with, however long its clause
            said = self._said_before(toks, v - 1)
            if said is not None:
                return True, said
        if (
            toks[v][0] in _VERDICT_VERBS
            and 0 < v < len(toks) - 1
            and len(toks) - v <= 5
            and all(t[0].isalpha() for t in toks[v + 1 :])
        ):
            # "Ada Lind, a botanist, called the study “a fine piece of work”": the
            # verdict's subject (verb, object, then the quotation); in the passive ("was
            # widely hailed as “…”") no one says it
            if any(t[0].lower() in _BE for t in toks[max(0, v - 3) : v]):
                return True, None
            return True, _past_participle_object(toks, self._subject_before(toks, v))
        if (
            toks[v][0] == "so"
            and 1 < v < len(toks) - 3
            and toks[v - 1][0] == ","
            and language() == "german"
            and (
                c := next((c for c in range(v + 2, min(len(toks), v + 9)) if toks[c][0] == ","), 0)
            )
            and toks[v + 1][0][:1].isupper() | (toks[v + 1][0] in _SO_OPENERS)
            and c + 1 < len(toks)
            and toks[c + 1][0].isalpha()
            and toks[c + 1][0].islower()  # (the verb the sentence goes on with: "…, sei")
        ):
            # "Die Tour, so ihr Management, sei „…“", "Die Arbeiten, so ein Sprecher der Stadt,
            # seien „…“": the source set in commas inside a sentence of reported speech
            return True, (toks[v + 1][1], toks[c - 1][2])
        if toks[v][0] == "words" and (owner := _words_owner(toks, v)) is not None:
            return True, owner  # "What followed was, in her words, “…”": hers
        if (
            toks[v][0] == "called"
            and v == len(toks) - 1
            and (who := self._relative_caller(toks, v))
        ):
            # "closing a case that prosecutor Ana Lind called “a theft”", "fuming at what she
            # called “a shocking decision”": the verdict's object is the relative before its
            # subject, the quotation its complement
            return True, who
        return False, None

    def _relative_caller(self, toks: list[Token], v: int) -> tuple[int, int] | None:
        """The subject of a verdict verb ``v`` in an object relative ("that Ana Lind called",
        "what she called"): a pronoun, or a capitalized name (up to three role words before
        it), right after "that", "what" or "which"."""
        said = self._subject_before(toks, v)
        if said is None:
            return None
        b = next((k for k, t in enumerate(toks) if t[1] == said[0]), 0)
        word = self.text[said[0] : said[1]]
        role = 0  # role words before the name: "that harbour master Ana Lind called"
        while role < 3 and b - role > 1 and toks[b - role - 1][0].isalpha():
            if not toks[b - role - 1][0].islower() or toks[b - role - 1][0] in _RELATIVES:
                break
            role += 1
        if b - role == 0 or toks[b - role - 1][0].lower() not in _RELATIVES:
            return None
        first = nm.bare(word.split(" ", 1)[0])
        if first in ("he", "she", "they") or (word[:1].isupper() and first not in DETERMINERS):
            return said
        return None

    def _according_whom(self, toks: list[Token]) -> tuple[int, int] | None:
        """The person named before a relative "according to whom" ("… il consigliere X Y,
        secondo cui la gara è stata «…»", "… X Y, según el cual …")."""
        for c in range(len(toks) - 3, 0, -1):
            if (
                toks[c][0] == ","
                and (toks[c + 1][0], toks[c + 2][0]) in _ACCORDING_WHOM
                and (
                    toks[c + 2][0] in ("cui", "qui", "quien")
                    or (c + 3 < len(toks) and toks[c + 3][0] in ("cual", "quale", "qual"))
                )
            ):
                # "… il consigliere X Y, secondo cui la gara è stata «…»", "… X Y, según el
                # cual …": the person the relative "according to whom" is about
                b = c
                while b > 0 and toks[b - 1][0][:1].isupper():
                    b -= 1
                got = self.people.name_in(self.text[toks[b][1] : toks[c - 1][2]], toks[b][1])
                if c - b >= 2 and got is not None and got[1]:
                    return toks[b][1], toks[c - 1][2]
                return None
        return None

    def _said_before(self, toks: list[Token], c: int) -> tuple[int, int] | None:
        """The subject of the last speech verb within 40 tokens before ``c`` with no colon or
        semicolon between, when it is a name, a pronoun or a determiner's phrase."""
        for u in range(c - 1, max(0, c - 40), -1):
            if toks[u][0] in (";", ":"):
                return None
            if toks[u][0].islower() and self._verb_at(toks, u):
                said = self._subject_before(toks, u)
                word = self.text[said[0] : said[1]] if said else ""
                first = nm.bare(word.split(" ", 1)[0]) if word else ""
                if (
                    said
                    and not nm.possessive(word)
                    and (word[:1].isupper() or first in nm.PRONOUNS or first in DETERMINERS)
                ):
                    return said
                return None
        return None


def _words_owner(toks: list[Token], v: int) -> tuple[int, int] | None:
    """The pronoun of an English "in his words" / "in her own words" whose "words" is token
    ``v`` (a cue like "according to"), or the one "in the words of" names; else None."""
    if (
        1 < v < len(toks) - 2
        and toks[v - 1][0].lower() == "the"
        and toks[v - 2][0].lower() == "in"
        and toks[v + 1][0] == "of"
    ):
        # "He looked, in the words of one mechanic, “…”": whoever "of" names, to the comma
        end = next(
            (j for j in range(v + 2, min(len(toks), v + 12)) if toks[j][0] == ","), len(toks)
        )
        first = toks[v + 2][0]
        # (someone: a name, or someone unnamed; not "in the words of the song")
        if v + 2 < end <= v + 10 and (first[:1].isupper() or first.lower() in _SOMEONE):
            return toks[v + 2][1], toks[end - 1][2]
        return None
    k = v - 1 - (v > 1 and toks[v - 1][0].lower() == "own")
    if k < 1 or toks[k][0].lower() not in ("his", "her") or toks[k - 1][0].lower() != "in":
        return None
    return toks[k][1], toks[k][2]


def _past_participle_object(
    toks: list[Token], said: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The subject of an English verdict when the phrase before the verb is the object of a
    participle after someone unnamed ("a teenager filming the procession on his phone called
    it “…”": the teenager, not the procession); else ``said`` as it was."""
    if said is None:
        return None
    b = next((k for k, t in enumerate(toks) if t[1] == said[0]), 0)
    if b < 3 or not (toks[b - 1][0].islower() and toks[b - 1][0].endswith("ing")):
        return said
    for d in range(b - 2, max(-1, b - 6), -1):
        word = toks[d][0].lower()
        if word in ("a", "an", "one", "another"):
            return toks[d][1], toks[b - 2][2]
        if not toks[d][0].isalpha() or not toks[d][0].islower():
            break
    return said
