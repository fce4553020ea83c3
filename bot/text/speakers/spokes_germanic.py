"""German and Dutch spokespeople and the body they speak for (private to the speaker modules):
"Ein Sprecher des Landgerichts Lüneburg" speaks for the court, "Ein Sprecher des Ministeriums
sagte, man …" is the ministry's phrase, and "der Sprecher des Ministers" is a person's
spokesperson, shown as written. The kinds of body come from ``orgs_germanic``.
"""

from __future__ import annotations

from bot.text.speakers.orgs_germanic import GENERAL_KINDS, PUBLIC_KINDS, SPOKES_RE
from bot.text.speakers.orgs_germanic import kind as body_kind
from bot.text.speakers.roles import role_noun
from bot.text.speakers.shapes import Token

_BODY_ENDS = frozenset("ter te in op bij uit aan im am auf aus bei vor".split())


def spokes_named_body(phrase: str) -> str | None:
    """The body a German or Dutch spokesperson's phrase names when no organisation the text
    introduced stands for it: "Ein Sprecher des Landgerichts Lüneburg" -> "Landgericht
    Lüneburg", "Ein Sprecher der Polizei vor Ort" -> "Polizei"; None for a noun standing for a
    body named before ("der Behörde", "des Unternehmens"), a kind of body the text never
    named, an acronym (its full name is elsewhere) and a Dutch common noun ("een woordvoerder
    van de politie", shown as written)."""
    spokes = SPOKES_RE.match(phrase)
    if spokes is None:
        return None
    words: list[str] = []
    for word in spokes.group(1).split():
        if word in _BODY_ENDS:
            break
        words.append(word)
    if not words or not all(w.replace("-", "").isalpha() for w in words) or words[0].isupper():
        return None
    if not words[0][:1].isupper():
        return None  # a Dutch common noun stays as written: "een woordvoerder van de politie"
    head = words[0]
    if head.endswith("s") and body_kind(head[:-1]) and not body_kind(head):
        words[0] = head = head[:-1]  # "des Landgerichts": the genitive
    kind = body_kind(head)
    if kind is None and len(words) == 1 and (role_noun(head) or role_noun(head.rstrip("s"))):
        return None  # "ein Sprecher des Ministers", "der Ministerin": a person's, no body
    if kind is not None and kind not in PUBLIC_KINDS and (len(words) == 1 or kind in GENERAL_KINDS):
        return None  # "der Behörde", "het instituut": one named before, or none
    return " ".join(words)


# a German spokesperson noun before the body whose genitive follows: "Ein Sprecher des
# Ministeriums", "Eine Sprecherin der Staatsanwaltschaft Essen"
_SPOKES_NOUNS = frozenset("sprecher sprecherin".split())
_SPOKES_ARTICLES = frozenset("ein eine der die".split())


def spokes_before(toks: list[Token], k: int) -> int | None:
    """Where the spokesperson's phrase opens when the capitalized run at k is the body after
    "Ein Sprecher des"/"Eine Sprecherin der" ("Ein Sprecher des Ministeriums sagte, man …"):
    the speaker is the whole phrase, which the resolver reads as that body; else None."""
    if (
        k >= 3
        and toks[k - 1][0] in ("des", "der")
        and toks[k - 2][0].lower() in _SPOKES_NOUNS
        and toks[k - 3][0].lower() in _SPOKES_ARTICLES
    ):
        return k - 3
    return None


def spokes_of_person(phrase: str) -> bool:
    """True for a German or Dutch spokesperson of a person named by a role noun: "der
    Sprecher des Ministers", "die Sprecherin der Ministerin" (shown as written; never the
    minister, nor another man named before)."""
    spokes = SPOKES_RE.match(phrase)
    if spokes is None:
        return False
    words = spokes.group(1).split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    head = words[0]
    return bool(role_noun(head) or role_noun(head.rstrip("s"))) and body_kind(head) is None
