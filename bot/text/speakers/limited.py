""" "Limited itself to" and a speech verb's infinitive after a quotation, in the four Romance
languages (private to the speaker modules): "«…», se limitó a decir", "«…», si è limitato a
dire un investigatore", "«…», limitou-se a dizer", "« … », s'est contenté de répondre
l'avocat". The infinitive is the speech verb; its subject follows it or is left out (the
speaker goes on), like the subject of a plain "«…», dijo"."""

from __future__ import annotations

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.epithets import SYNONYMS
from bot.text.speakers.reading import language

_FORMS = {
    "spanish": frozenset(
        "limitó limitaron limita limitan limitaba limitaban limitado limitada".split()
    ),
    "italian": frozenset("limitato limitata limitati limitate limita limitano limitava".split()),
    "portuguese": load("limited_verbs_pt"),
    "french": load("limited_verbs_fr"),
}
# infinitives that take an object of their own: "se limitó a repetir la fórmula de siempre"
_OBJECT_VERBS = load("limited_object_verbs")
# articles that may open the words after the infinitive
_ARTICLES = frozenset("el la los las il lo gli le i o a os as un una uno um uma une".split())
# what may stand before the form: its reflexive and an auxiliary ("se ha limitado", "si è
# limitato", "s'est contenté"); French needs the reflexive ("il est content de dire" is glad)
_LEADS = frozenset("se si s'est s’est s'était s’était è era ha han".split())
_LINKS = frozenset("a à de".split())
_ENDS = {
    "spanish": ("ar", "er", "ir"),
    "italian": ("are", "ere", "ire", "rre"),
    "portuguese": ("ar", "er", "ir", "or"),
    "french": ("er", "ir", "re"),
}


def limited_at(words: list[str], i: int) -> int:
    """The index of the infinitive when ``words[i:]`` open on "limited itself to" and an
    infinitive ("se limitó a decir", "limitou-se a dizer", "s'est contenté de dire",
    "s'est bornée à rappeler"; French "d'ajouter" is one word), else -1."""
    lang = language() or ""
    forms = _FORMS.get(lang)
    if forms is None:
        return -1
    k = i
    while k < len(words) and k - i < 2 and words[k].lower() in _LEADS:
        k += 1
    if (lang == "french" and k == i) or k + 1 >= len(words) or words[k].lower() not in forms:
        return -1
    link, verb = words[k + 1].lower().replace("’", "'"), k + 2
    if lang == "french" and link.startswith("d'"):
        link, verb = "de", k + 1  # "s'est contenté d'ajouter"
        word = words[k + 1][2:]
    elif verb < len(words):
        word = words[verb]
    else:
        return -1
    if link not in _LINKS or not (word.isalpha() and word.islower()):
        return -1
    return verb if word.endswith(_ENDS[lang]) and len(word) > 3 else -1


def limited_phrase(words: list[str]) -> bool:
    """True for a speaker phrase that is only "limited itself to" and an infinitive
    ("limitou-se a dizer", "si è limitato a dire"): a verb whose subject is left out."""
    return bool(words) and limited_at(words, 0) == len(words) - 1


def object_not_subject(infinitive: str, words: list[str]) -> bool:
    """True when ``words``, after the infinitive of "limited itself to", are its object, not
    its subject: the verb takes an object of its own ("«…», se limitó a repetir la fórmula
    habitual del Ejecutivo", "si è limitato a ribadire la linea del governo") and no name or
    role noun opens them (not "si è limitato a ribadire il ministro", "a repetir Ana Ruiz")."""
    if infinitive.lower() not in _OBJECT_VERBS or not words:
        return False
    head = words[1] if len(words) > 1 and words[0].lower() in _ARTICLES else words[0]
    if head[:2].lower() in ("l'", "l’"):
        head = head[2:]
    low = head.lower()
    return not (head[:1].isupper() or low in nm.ROLES_EU or low in SYNONYMS)
