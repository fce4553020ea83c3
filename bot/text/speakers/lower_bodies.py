"""French public bodies written in lower case (private to ``body_rules.py``).

French papers write many public bodies without a capital: "la chambre régionale des comptes",
"l'agence régionale de santé", "la cour administrative d'appel". A phrase the rules cut to
its article and kind ("La chambre, dans un rapport, avait relevé …", "l'agence assure
qu'elle « … »") is that body: the whole name when it follows the phrase, else the last name
of that kind the text gave before.
"""

from __future__ import annotations

import re

from bot.text.speakers.reading import language

# (all feminine: the article a phrase gives fits the whole name)
_KINDS = "agence|chambre|cour|direction|inspection|commission|autorité|caisse"
# the kind, an adjective of public office or a complement naming the field, or both:
# "agence régionale de santé", "chambre régionale des comptes", "cour d'appel"
_ADJECTIVE = (
    r"(?:régionale?|nationale?|départementale?|générale?|administrative|territoriale?"
    r"|interministérielle?|supérieure?|centrale?|fédérale?)"
)
_FIELD = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*(?!(?:son|sa|ses|leur|leurs|mon|ma|mes|cette|ce|ces)\b)[a-zà-ÿ]{4,}"
# (and the capitalized body or place it belongs to: "… de contrôle de la Fédération")
_OF_NAME = r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÀ-Ý][\w-]*)?"
_TAIL = rf"(?:\s+{_ADJECTIVE}(?:\s+{_FIELD})?|\s+{_FIELD}(?:\s+{_ADJECTIVE})?){_OF_NAME}"
# a whole lower-case name, its article left out (for ``authors``)
LOWER_NAME = rf"(?:{_KINDS}){_TAIL}"
_NAME_RE = re.compile(rf"(?<![\w])((?:[Ll]['’]|[Ll]a\s+|[Ll]e\s+)({_KINDS}))({_TAIL})")


def lower_body(words: list[str], text: str, pos: int) -> str | None:
    """The lower-case French body an article and its kind at ``pos`` stand for ("La chambre"
    -> "La chambre régionale des comptes" when the name goes on there; "l'agence" -> "l'agence
    régionale de santé" named before), else None."""
    if language() != "french" or not words or len(words) > 2:
        return None
    phrase = " ".join(words)
    kind = re.sub(r"^(?:[Ll]['’]|[Ll]a |[Ll]e )", "", phrase).lower()
    if kind == phrase.lower() or not re.fullmatch(_KINDS, kind):
        return None
    here = _NAME_RE.match(text, pos)
    if here is not None:
        return here.group(0)
    before = [m for m in _NAME_RE.finditer(text, max(0, pos - 3000), pos) if m.group(2) == kind]
    if not before:
        return None
    # (every kind is feminine: the phrase's own article fits the name)
    return phrase[: len(phrase) - len(kind)] + before[-1].group(2) + before[-1].group(3)
