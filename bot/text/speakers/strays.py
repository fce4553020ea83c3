"""A capitalised word read as a speaker only because it opens a sentence (private to
``resolve.py``).

"Nur: „…“", "Hubo quien dijo: «…»", "Silence. « … »", "Entrevista: “…”": the attribution
rules may take the one capitalised word before a quotation for a name. A name or a body's name
is written with its capital inside sentences too ("… said Robbe", "bij FitFlex"); a common
word is capitalised only where a sentence opens and written small elsewhere. So a one-word
speaker that opens its sentence, that the text around it never writes with a capital inside a
sentence and does write small, is no one ("Robbe", "Abdou" only opening sentences are names:
never written small).
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.reading import language
from bot.text.stopwords import stop_words

_AROUND = 3000  # characters read either side for the word inside a sentence (linear time)
# what may stand before a sentence's first word: its end, a paragraph, a mark or a dash
_OPENS = frozenset('.!?:;\n«»“”"„‚‘’—–-()[]…')


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the word at ``pos`` is the first of its sentence (or of the text)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in _OPENS


def stray_opener(text: str, pos: int, phrase: str, name: str) -> bool:
    """True when the speaker phrase at ``pos`` is one capitalised word, ``name`` itself, that
    opens its sentence there, nowhere within reach stands capitalised inside a sentence and
    somewhere within reach is written small (or is one of the language's function words)."""
    if phrase != name or " " in name or not name[:1].isupper() or name.isupper():
        return False
    if sum(ch.isupper() for ch in name) > 1:
        return False  # "FitFlex", "HavenLijn", "McKee": a name's own capitals
    low = nm.bare(name)
    if low in nm.GROUP_SPEAKERS or low in nm.PERSON_ROLES or low in nm.TITLES:
        return False  # "Prosecutors said …", "Police: …": a speaker's common noun
    if low in nm.PERSON_NOUNS or low in nm.ORG_WORDS:
        return False
    if not _opens_sentence(text, pos):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    lang = language()
    common = bool(lang) and name.lower() in stop_words(lang)  # "Para", "Poco", "Nas"
    for m in word.finditer(text, max(0, pos - _AROUND), min(len(text), pos + _AROUND)):
        if m.group()[:1].islower():
            common = True  # "… nur …", "… para …": the word written small
        elif m.start() != pos and not _opens_sentence(text, m.start()):
            return False  # "… sagt Robbe", "bij Weidezuivel": a name
    return common
