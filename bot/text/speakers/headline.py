"""A quotation in a text's headline takes the speaker of its repeat in the body (private to
``attribution.py``).

News puts a line of the article's main quotation in its headline ("Dorp in nood: ‘We zitten
hier op een eiland’") and gives it, attributed, in the body ("‘We zitten hier op een eiland’,
zegt X."). The headline names no one; the body does.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

_WORD_RE = re.compile(r"\w+")
_HEADLINE_MAX = 200  # characters: a headline, not a paragraph of the body
# languages where the body's attribution of a headline's quotation beats the headline's colon
# ("Storm treft Y: ‘…’", "Cuarta semana de toma en el Liceo X: «…»" name a place as often)
_BODY_FIRST = ("german", "dutch", "spanish", "italian")


def _person(people: People | None, name: str) -> bool:
    """True when ``name`` is someone the text shows to be a person (a first name, a title
    or a role gives their gender), in Spanish or Italian text."""
    if language() not in ("spanish", "italian"):
        return False
    return people is None or any(m.name == name and m.gender for m in people.mentions)


# a role label before a headline's colon: "Il sindaco: «»", "La alcaldesa: «»"
_ROLE_LABEL_RE = re.compile(r"(?:^|[.:;] )(?:Il|La|Lo|El|L['’])\s?([a-zà-ÿ]+): *$")
# a name after the quotation's colon: "«…»: Ana Ruiz, de …"
_NAME_AFTER_RE = re.compile(r": ([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,3})(?=[,.;]|$)")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text)]


def headline_speakers(
    text: str,
    spans: list[Span],
    speakers: list[str | None],
    people: People | None = None,
    roles: dict[str, list[tuple[int, str]]] | None = None,
) -> None:
    """Set, in place, the speaker of each quotation in the text's first paragraph when it is
    a short line with no full stop at its end (a headline) and a later attributed quotation
    holds all its words in order: "Storm: ‘Zoiets nog nooit gezien’" … "‘Zoiets heb ik nog
    nooit gezien’, zegt X." -> X, "‘We were let down’: tenants …" … "“We were let down by
    everyone,” said Ana Lind" -> Ana Lind. A headline's own named speaker stands, but in
    German and Dutch the body's attribution beats a headline's colon ("Storm treft Y: ‘…’"
    names a place as often as a speaker), and a phrase of the headline in lower case
    ("tenants demand") is no name anywhere. Reads the headline's few quotations against the rest
    once each (linear in the number of quotations for each headline one)."""
    if not spans or spans[0].paragraph != 0:
        return
    first_end = text.find("\n")
    head = text[: first_end if first_end >= 0 else len(text)].rstrip()
    if len(head) > _HEADLINE_MAX or head.endswith("."):
        return
    later = [(k, _words(text[s.start : s.end])) for k, s in enumerate(spans) if s.paragraph > 0]
    for k, span in enumerate(spans):
        if span.paragraph != 0:
            break
        own = speakers[k]
        if (
            own is not None
            and own[:1].isupper()
            and (language() not in _BODY_FIRST or _person(people, own))
        ):
            # (elsewhere the headline's own named attribution stands, and in Spanish and
            # Italian a person's)
            continue
        words = _words(text[span.start : span.end])
        if len(words) < 2:
            continue
        for j, body in later:
            if speakers[j] is not None and _holds(words, body):
                speakers[k] = speakers[j]
                break
        else:
            # a headline joining two pieces the body splits around its attribution ("‘A. B’"
            # … "‘A,’ zegt X. ‘B. …’"): the pieces of one paragraph, one speaker
            joined = next(
                (
                    speakers[j]
                    for (j, one), (i, two) in zip(later, later[1:], strict=False)
                    if speakers[j] is not None
                    and speakers[i] == speakers[j]
                    and spans[i].paragraph == spans[j].paragraph
                    and _in_order(words, one + two)
                ),
                None,
            )
            if joined is not None:
                speakers[k] = joined
            elif people is not None and language() in ("spanish", "italian"):
                # "Il sindaco: «…»" then "Il sindaco di X, Marco Y, …"; "«…»: Ana Ruiz, de …"
                # then "Ana Ruiz Soto …": the person the body introduces so
                named = _labelled(text, span, head, people, roles or {})
                speakers[k] = named or speakers[k]


def _holds(words: list[str], body: list[str]) -> bool:
    """True when ``body`` holds two words together, or three or more in the same order."""
    if len(words) == 2:
        return any(body[i : i + 2] == words for i in range(len(body) - 1))
    return _in_order(words, body)


def _in_order(words: list[str], body: list[str]) -> bool:
    """True when ``body`` holds every one of ``words`` in the same order."""
    it = iter(body)
    return all(any(w == b for b in it) for w in words)


def _labelled(
    text: str,
    span: Span,
    head: str,
    people: People,
    roles: dict[str, list[tuple[int, str]]],
) -> str | None:
    """The person a Spanish or Italian headline's label names before its quotation ("Il
    sindaco: «…»": the one the body introduces as "il sindaco") or after it ("«…»: Ana Ruiz,
    de …": the body's one full name opening on those words)."""
    label = _ROLE_LABEL_RE.search(head[: span.open_at])
    if label is not None:
        holders = {name for _, name in roles.get(label.group(1), [])}
        return holders.pop() if len(holders) == 1 else None
    after = _NAME_AFTER_RE.match(head, span.close_end)
    if after is None:
        return None
    words = after.group(1).split()
    found = {
        m.name
        for m in people.mentions
        if m.name.split()[: len(words)] == words and m.pos > len(head)
    }
    return found.pop() if len(found) == 1 else None
