"""A quotation led in by the question someone was asked (private to ``passes.py``).

News gives an answer after the question put to its speaker, named before: "Preguntado por si
piensa correrla otra vez, no duda: «…»", "A la pregunta de si el club renunciará, es tajante:
«…»", "Alla domanda se ci saranno altri fondi, risponde senza esitare: «…»", "Op de vraag of
de gemeente bijdraagt, was ze duidelijk: '…'", "Auf die Frage, ob er bleibt, sagte er: „…“";
and the same after "as for": "Quanto ao tempo perdido, encolhe os ombros: «…»".
The clause names no one who speaks: its subject is left out (French, Spanish, Italian,
Portuguese) or a pronoun after its verb (German, Dutch). The words are the answer of the one
the passage is about: the pronoun's person, else the speaker of the quotation just before.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language

# the openings of a question put to someone, per language (a participle of being asked, or
# "to the question")
# (and "as for": "Quanto ao tempo perdido, encolhe os ombros:", "Quant à l'avenir, il …")
_ASKED_OPENERS = {
    "spanish": r"(?:Preguntad[oa]s?|Cuestionad[oa]s?|Interrogad[oa]s?|(?:A|Ante) la pregunta"
    r"|En cuanto a)",
    "italian": r"(?:Interrogat[oa]|Alla domanda|Davanti alla domanda|Rispondendo alla domanda"
    r"|Quanto a|Quanto al|Quanto alla)",
    "portuguese": r"(?:Questionad[oa]s?|Perguntad[oa]s?|Interrogad[oa]s?|À pergunta"
    r"|Quanto (?:a|ao|à|aos|às))",
    "french": r"(?:Interrogée?s?|Questionnée?s?|À la question|Relancée?s?|Quant (?:à|au|aux))",
    "dutch": r"(?:Op de vraag|Gevraagd)",
    "german": r"(?:Auf die Frage|Gefragt|Darauf angesprochen|Angesprochen auf)",
}
_OPENER_RE = {lang: re.compile(rf"{pattern}\b") for lang, pattern in _ASKED_OPENERS.items()}
# a subject pronoun after the main clause's verb in German and Dutch ("was ze duidelijk",
# "sagte er"), or before it in French ("il répond")
_PRONOUN_AFTER_RE = re.compile(r"\s*\S+\s+(er|sie|hij|zij|ze)\b")
_PRONOUN_BEFORE_RE = re.compile(r"\s*(il|elle)\s+\S")


def asked_lead(text: str, start: int, colon: int) -> tuple[bool, tuple[int, int] | None]:
    """For the clause from its sentence's ``start`` to the ``colon`` that leads into a
    quotation: (True, the span of its subject pronoun, or None) when it opens on a question
    put to someone and its main clause names no one; (False, None) otherwise."""
    pattern = _OPENER_RE.get(language() or "")
    if pattern is None or text[colon : colon + 1] != ":" or not pattern.match(text, start):
        return False, None
    clause = text[start:colon]
    comma = clause.rfind(",")
    if comma < 0:
        return False, None
    main = start + comma + 1
    words = text[main:colon].split()
    if not words or len(words) > 6 or any(w[:1].isupper() for w in words):
        return False, None  # (a subject named: "Alla domanda …, il sindaco Rossi risponde:")
    pronoun = _PRONOUN_AFTER_RE.match(text, main, colon) or _PRONOUN_BEFORE_RE.match(
        text, main, colon
    )
    if pronoun is not None:
        return True, pronoun.span(1)
    if language() in ("german", "dutch"):
        return False, None  # (a verb-second clause has its subject after the verb)
    if words[0].lower() in nm.PRONOUNS or words[0].lower() in _SUBJECT_ARTICLES:
        return False, None  # ("…, la respuesta fue clara:": a noun phrase, read elsewhere)
    return True, None


# articles opening a noun phrase as the main clause's subject (not a verb whose subject is left
# out): "…, la respuesta fue clara:", "…, el club respondió:"
_SUBJECT_ARTICLES = frozenset("el la los las il lo i gli le o a os as un una uno um uma".split())
