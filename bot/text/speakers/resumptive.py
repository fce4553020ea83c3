"""A sentence after a quotation that names its speaker by pointing back at it (private to
``after.py``): Italian "«…». Lo ha detto l'assessora X.", "A dirlo è X", "Parola di X";
Spanish "Así lo explicó X", "Lo dijo X", "Palabra de X"; Portuguese "Foi o que disse X",
"Quem o diz é X", "Palavra de X"; French "C'est ce qu'a déclaré X", "Voilà ce qu'a répondu X",
"Parole de X", "Ainsi s'est exprimée X"; English "That was the message from X", "So said X".

The words said are "it" ("lo", "o", "ce que") in that sentence, so its subject is the
speaker of the quotation before, though a full stop stands between them.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

_V = r"(?P<verb>[^\W\d_]+)"  # the speech verb (checked against the lexicon)
# per language, the openers that point back at the quotation; the subject follows them (the
# caller's noun-phrase reader skips adverbs and times: "Lo ha detto ieri X")
_OPENERS = {
    "italian": re.compile(
        r"(?:(?:Lo|L['’])\s?(?:ha|hanno|aveva|avevano)\s+(?:(?:poi|anche|ancora)\s+)?"
        + _V
        + r"|A\s+"
        + _V.replace("verb", "stem")
        + r"(?:lo|la)\s+(?:è|sono|è\s+stat[oa])"
        + r"|(?:Parola\s+(?:di|del|della|dello|dell['’])))\s*"
    ),
    "spanish": re.compile(
        r"(?:(?:Así\s+)?[Ll]o\s+(?:ha\s+|había\s+)?"
        + _V
        + r"|Quien\s+lo\s+"
        + _V.replace("verb", "verb2")
        + r"\s+es"
        + r"|(?:Palabra\s+(?:de|del)))\s*"
    ),
    "portuguese": re.compile(
        r"(?:Foi\s+o\s+que\s+"
        + _V
        + r"|Assim\s+o\s+"
        + _V.replace("verb", "verb2")
        + r"|Quem\s+o\s+"
        + _V.replace("verb", "verb3")
        + r"\s+é"
        + r"|"
        + _V.replace("verb", "verb4")
        + r"-o"
        + r"|(?:Palavra\s+(?:de|do|da)))\s+"
    ),
    "english": re.compile(
        r"(?:(?:That|This)\s+was\s+the\s+(?:message|verdict|view|warning|response|reaction"
        r"|assessment|word)\s+(?:of|from)|So\s+said|Such\s+was\s+the\s+(?:verdict|view)\s+of)"
        r"\s+"
    ),
    "french": re.compile(
        r"(?:(?:C['’]est|Voilà|Voici)\s+ce\s+qu(?:['’]|e\s+)(?:a|avait|ont|avaient)\s+"
        + _V
        + r"|Ainsi\s+s['’](?:est|était)\s+"
        + _V.replace("verb", "verb2")
        + r"|(?:Parole\s+(?:de|du|d['’])))\s*"
    ),
}
_VERB_GROUPS = ("verb", "verb2", "verb3", "verb4")
# French "Ainsi s'est exprimée X": the participles of speaking that take "s'"
_FRENCH_REFLEXIVE = frozenset("exprimé exprimée exprimés exprimées".split())


def _said(word: str) -> bool:
    low = word.lower()
    return nm.bare(low) in nm.SPEECH_VERBS or low in _FRENCH_REFLEXIVE


def _said_stem(stem: str) -> bool:
    """Italian "A dirlo è X", "A spiegarlo è X": the infinitive's stem before the clitic, a
    speech verb when its participle is one ("spiegar" -> "spiegato")."""
    return stem == "dir" or (stem.endswith(("ar", "ir")) and _said(stem[:-1] + "to"))


def resumptive_subject(text: str, start: int, end: int) -> int | None:
    """Where the subject starts in the sentence ``text[start:end]`` when that sentence opens on
    a Romance pointer back to the quotation before it ("Lo ha detto X", "C'est ce qu'a
    déclaré X", "Parola di X"), else None."""
    pattern = _OPENERS.get(language() or "")
    if pattern is None:
        return None
    m = pattern.match(text, start, end)
    if m is None:
        return None
    groups = pattern.groupindex
    verbs = [m.group(g) for g in _VERB_GROUPS if g in groups and m.group(g)]
    if not all(_said(v) for v in verbs):
        return None
    if "stem" in groups and m.group("stem") and not _said_stem(m.group("stem").lower()):
        return None
    at = m.end()
    return at if at < end and text[at:end].strip(" .") else None


# after the comma that closes a quotation, the phrase that calls it someone's words: "«…»,
# fueron las palabras de X", "«…», è il commento dell'assessore X", "« … », ont été les mots
# de X"; the owner's noun phrase follows
_OF = r"\s+(?:dell['’]|d['’]|(?:del|dello|della|dei|degli|delle|de|di|do|da|dos|das|du|des)\s+)"
_WORDS_OF = {
    "spanish": re.compile(
        r"(?:(?:(?:fueron|son|eran)\s+)?(?:las\s+)?(?:primeras\s+|últimas\s+)?palabras|(?:es|fue)\s+"
        r"(?:la|el)\s+(?:valoración|reacción|respuesta|opinión|conclusión|advertencia|queja"
        r"|comentario|mensaje|lamento|reflexión))" + _OF
    ),
    "italian": re.compile(
        r"(?:(?:(?:sono\s+state|sono|erano)\s+)?le\s+(?:prime\s+|ultime\s+)?parole|(?:è|era|è\s+stat[oa])"
        r"\s+(?:il|la|lo)\s+(?:commento|replica|risposta|reazione|sfogo|appello|monito"
        r"|messaggio|analisi|opinione|riflessione))" + _OF
    ),
    "portuguese": re.compile(
        r"(?:(?:(?:foram|são|eram)\s+)?as\s+(?:primeiras\s+|últimas\s+)?palavras|(?:é|foi|era)\s+"
        r"(?:o|a)\s+(?:comentário|reação|resposta|desabafo|apelo|aviso|mensagem|opinião"
        r"|reflexão|análise))" + _OF
    ),
    "english": re.compile(
        r"(?:was|were)\s+(?:the\s+)?(?:verdict|message|response|reaction|view|assessment"
        r"|conclusion|words|advice|warning|reply)\s+(?:of|from)\s+"
    ),
    "french": re.compile(
        r"(?:(?:(?:ont\s+été|sont|furent|étaient)\s+)?les\s+(?:premiers\s+|derniers\s+)?mots"
        r"|(?:c['’]est|ce\s+sont|tel\s+est|telle\s+est|ce\s+fut)\s+(?:le|la|les)\s+(?:commentaire"
        r"|réaction|réponse|message|avertissement|constat|analyse|mise\s+en\s+garde))" + _OF
    ),
}


def words_of(text: str, start: int, end: int) -> int | None:
    """Where the owner's noun phrase starts when ``text[start:end]`` (after the comma that
    closes a quotation) calls the quotation someone's words ("fueron las palabras de X"),
    else None."""
    pattern = _WORDS_OF.get(language() or "")
    m = pattern.match(text, start, end) if pattern is not None else None
    return m.end() if m is not None and m.end() < end else None


class PointerRules:
    """The attributor's use of the pointers above (mixed into ``after.AfterRules``, which
    provides the text and the noun-phrase reader)."""

    text: str

    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _np_after(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _opens_sentence(self, span: Span) -> bool:
        """True when nothing of its sentence stands before the quotation's opening mark."""
        _, ps, _ = self._para_of(span.open_at)
        return not self.text[self._sentence_start(span.open_at, ps) : span.open_at].strip()

    def _resumptive(self, toks: list[Token], i: int, end: int) -> tuple[int, int] | None:
        """The subject of a sentence from token ``i`` that points back at the quotation before
        it (``resumptive``)."""
        at = resumptive_subject(self.text, toks[i][1], end)
        return None if at is None else self._np_at(toks, at)

    def _np_at(self, toks: list[Token], at: int) -> tuple[int, int] | None:
        """The noun phrase that starts at the offset ``at`` (after any times and adverbs)."""
        j = next((q for q, t in enumerate(toks) if t[1] >= at), len(toks))
        np = self._np_after(toks, j) if j < len(toks) else None
        if np is None or np[0] != toks[j][1] and not self.text[toks[j][1] : np[0]].islower():
            return None
        return np
