"""A quotation in a text's headline takes the speaker of its repeat in the body (private to
``attribution.py``).

News puts a line of the article's main quotation in its headline ("Dorp in nood: ‘We zitten
hier op een eiland’") and gives it, attributed, in the body ("‘We zitten hier op een eiland’,
zegt X."). The headline names no one; the body does.
"""

from __future__ import annotations

import re

from bot.text.speakers import foreign as fw
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.reading import language

_WORD_RE = re.compile(r"\w+")
_HEADLINE_MAX = 200  # characters: a headline, not a paragraph of the body
# languages where the body's attribution of a headline's quotation beats the headline's colon
# ("Storm treft Y: ‘…’", "Cuarta semana de toma en el Liceo X: «…»", "Incendie à Y : « … »"
# name a place or an event as often)
_BODY_FIRST = ("german", "dutch", "spanish", "italian", "french", "portuguese")
# where a person the headline names keeps the headline's quotation
_PERSON_FIRST = ("spanish", "italian", "french", "portuguese")


def closes_headline(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for a quotation closing a text's headline after a colon, in any language: "I
    familiari: «Giustizia a metà»", "Tenants: ‘We were let down’" (a first paragraph of at
    most 200 characters, no full stop at its end or inside its last marks)."""
    if span.paragraph != 0:
        return False
    start, end = paras[0]
    head = text[start:end].rstrip()
    return (
        len(head) <= _HEADLINE_MAX
        and not head.rstrip("'’\"”»“«").endswith(".")
        and text[start : span.open_at].rstrip().endswith(":")
        and not text[span.close_end : end].strip()
    )


def _person(people: People | None, name: str) -> bool:
    """True when ``name`` is someone the text shows to be a person (a first name, a title
    or a role gives their gender), in Spanish, Italian, French or Portuguese text."""
    if language() not in _PERSON_FIRST:
        return False
    return people is None or any(m.name == name and m.gender for m in people.mentions)


# a role label before a headline's colon: "Il sindaco: «»", "La alcaldesa: «»"
_ROLE_LABEL_RE = re.compile(
    r"(?:^|[.:;] )(?:Il|La|Lo|El|L['’])\s?([a-zà-ÿ]+)"
    # (and the role's complement: "Il presidente della cooperativa La Sacca:")
    r"(?: (?:del|della|dello|dei|delle|de|de la|di)(?: [\w'’-]+){1,3})?: *$"
)
# a name after the quotation's colon: "«…»: Ana Ruiz, de …"
_NAME_AFTER_RE = re.compile(r": ([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,3})(?=[,.;]|$)")
# the same in English, where a lower-case word may follow the name ("‘…’: Ana Lind on her
# new novel"), or a description with an age ("‘…’: Bronx gran, 71, chases robber")
_EN_NAME_AFTER_RE = re.compile(r": ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?=[,.;]|$| [a-z])")
_EN_AGE_AFTER_RE = re.compile(r": [\w'’ -]{1,40}?, (\d{1,3}),")
# what the headline says was done to the person it names, who is then its subject, not the
# speaker of its quotation ("‘A cold and calculating killer’: X jailed for life", "‘He was a
# gentle giant’: X named as victim")
_DONE_TO_RE = re.compile(
    r"\s*(?:(?:is|was|has been|have been|to be)\s+)?(?:jailed|sentenced|banned|named|charged|"
    r"convicted|cleared|arrested|found|fined|killed|dies|died|remembered|mourned|honou?red|"
    r"spared|ordered|given|handed|stabbed|shot|attacked|sacked|suspended|accused|identified|"
    r"guilty|missing|injured|hurt|rescued)\b",
    re.IGNORECASE,
)
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


_ARTICLES = frozenset(
    "the a an le la les l el los las lo il i gli o os as der die das de het een".split()
)


def _in_label(head: str, span: Span, name: str) -> bool:
    """False when the quotation closes the headline after a colon and ``name`` is not in the
    label before the colon (the headline's last clause): "Sei condanne per il ponte X. I
    familiari: «…»" names X elsewhere in the headline, not as the speaker."""
    before = head[: span.open_at].rstrip()
    if not before.endswith(":") or head[span.close_end :].strip():
        return True
    if head.rstrip("'’\"”»").endswith("."):
        return True  # a sentence, not a headline: "X led the tributes. Y said: “….”"
    label = re.split(r"[.;!?]\s", before)[-1]
    last = name.split()[-1]
    # (a role the label gives and the body names stands: "La pm: «…»")
    return last in label or last not in before


def _full_name(name: str) -> bool:
    """True for two or more capitalized words and nothing else: "Ana Lind", not "Lind",
    "Rovers boss"."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


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
    if not spans or spans[0].paragraph > 1:
        return
    first_end = text.find("\n")
    head = text[: first_end if first_end >= 0 else len(text)].rstrip()
    if len(head) > _HEADLINE_MAX or head.endswith("."):
        return
    deck = _deck_end(text, spans, len(head))
    top = 1 if deck else 0
    later = [(k, _words(text[s.start : s.end])) for k, s in enumerate(spans) if s.paragraph > top]
    for k, span in enumerate(spans):
        if span.paragraph > top:
            break
        if span.paragraph == 1:
            head = text[:deck]  # (a deck's label, read as a headline's: "… La sindaca: «…»")
        own = speakers[k]
        if own is not None and own.lower() in _ARTICLES:
            own = speakers[k] = None  # "Los vecinos de X: «…»" read as "Los": no one
        if own is not None and not _in_label(head, span, own):
            # "Crollo del ponte X, sei condanne. I familiari: «…»": not X's words
            own = speakers[k] = None
        if (
            own is not None
            and own[:1].isupper()
            and (language() not in _BODY_FIRST or _person(people, own))
            and _full_name(own)
            # (but a role label, "Il figlio: «…»", is whoever the body's repeat names: the
            # son, not the father the headline named before it)
            and not (_person(people, own) and _ROLE_LABEL_RE.search(head[: span.open_at]))
        ):
            # (elsewhere the headline's own named attribution stands, and in the Romance
            # languages a person's; not a surname, a place or a role the body names better:
            # "‘…’ fumes Rovers boss", "‘…’ says Bronx gran")
            continue
        words = _words(text[span.start : span.end])
        if not words:
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
                if named is None and own is not None and not _person(people, own):
                    named = _one_person(head, span, people)
                speakers[k] = named or speakers[k]
            elif people is not None and language() == "english":
                speakers[k] = _english_label(text, span, head, people) or speakers[k]
            elif speakers[k] is not None and language() in ("german", "dutch"):
                speakers[k] = _role_holder(text, len(head), speakers[k]) or speakers[k]


_SPACE_RE = re.compile(r"\s*")
_DECK_MAX = 350  # characters: a standfirst under the headline, not a paragraph of the body
# a deck's label: a short phrase after a sentence, then a colon ("… centro. La sindaca: ", "Una
# madre: "), not a sentence leading into its words ("Das Angebot liege auf dem Tisch: ")
_DECK_LABEL_RE = re.compile(r"(?:^|[.!?] )[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,5}: *$")


def _deck_end(text: str, spans: list[Span], head_end: int) -> int:
    """Where a deck ends: the short paragraph under a headline that closes on a labelled
    quotation ("Il lotto era in vendita nel Nord-Est. Una madre: «…»"), with the body after
    it; else 0."""
    deck = [s for s in spans if s.paragraph == 1]
    if not deck:
        return 0
    start = text.find("\n", head_end)
    if start < 0:
        return 0
    start = _SPACE_RE.match(text, start).end()  # type: ignore[union-attr]
    end = text.find("\n", start)
    if end < 0 or end - start > _DECK_MAX or _WORD_RE.search(text, end) is None:
        return 0  # (a deck, not the whole text: a body follows it)
    last = deck[-1]
    if text[last.close_end : end].strip(" .") or not _DECK_LABEL_RE.search(
        text, start, last.open_at
    ):
        return 0
    return end


def _role_holder(text: str, start: int, role: str) -> str | None:
    """The one person the German or Dutch body (from ``start``) names right after the role
    noun a headline gives alone: "Werk schließt – Geschäftsführer spricht von „…“" … "Das
    kündigte Geschäftsführer Tobias Renner an" -> "Tobias Renner"; None (the role as
    written) for a name, for no such person or for two ("Burgemeester Sanne de Wit" …
    "Burgemeester Henk Lammers"), for a former holder ("Der frühere Geschäftsführer X"), one
    from elsewhere ("Bürgermeister X aus der Nachbargemeinde", "Wethouder X van buurgemeente
    Y") and when another person holds a role of the same kind ("Stadtoberhaupt Heike Y" for
    "Bürgermeister")."""
    from bot.text.speakers.firstnames import FIRST_NAMES
    from bot.text.speakers.roles import role_noun

    if " " in role or not role[:1].isupper() or not role_noun(role):
        return None
    body = text[start:]
    found = {m.group(1) for m in _holder_re(role).finditer(body) if _holder(body, m, FIRST_NAMES)}
    if len(found) != 1:
        return None
    name = found.pop()
    for m in _holder_re(role).finditer(body):
        if m.group(1) == name and (_former(body, m) or _from_elsewhere(body, m)):
            return None
    # another person with a role of the same kind, or the role's other gender
    others = {f"{role}in", role[:-2] if role.endswith("in") else role}
    others |= next((g for g in _SAME_ROLES if role.lower() in g), frozenset())
    for other in others - {role.lower(), role}:
        for m in _holder_re(other).finditer(body):
            if m.group(1) != name and _holder(body, m, FIRST_NAMES):
                return None
    return name


# a person's name after a role noun: a first name, then one or two capitalized words with
# Dutch and German particles read as part of the name ("Sanne de Wit", "Jan van der Berg")
_NAME_AFTER = (
    r" ([A-ZÄÖÜ][\w’'-]+(?:(?: (?:van|von|de|der|den|ter|ten|te|zu|vom|het))*"
    r" [A-ZÄÖÜ][\w’'-]+){1,2})"
)
# roles of one kind ("Bürgermeister" and "Stadtoberhaupt" name the same office)
_SAME_ROLES = (
    frozenset(
        "bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin stadtoberhaupt "
        "rathauschef rathauschefin ortsvorsteher ortsvorsteherin".split()
    ),
    frozenset(
        "geschäftsführer geschäftsführerin firmenchef firmenchefin unternehmenschef "
        "unternehmenschefin konzernchef konzernchefin vorstandschef vorstandschefin".split()
    ),
    frozenset("burgemeester burgervader loco-burgemeester".split()),
    frozenset("directeur directrice topman topvrouw bestuursvoorzitter ceo".split()),
    frozenset("trainer trainerin cheftrainer cheftrainerin coach hoofdtrainer".split()),
)
_FORMER_RE = re.compile(
    r"(?:früher|ehemalig|einstig|vormalig|former|voormalig|oud|ex|gewezen)\w*[\s-]*$", re.I
)
_ELSEWHERE_RE = re.compile(
    r"^,?\s*(?:aus der Nachbar|aus dem Nachbar|aus Nachbar|van (?:de )?buurgemeente"
    r"|uit (?:de )?buurgemeente|from (?:the )?neighbou?ring|of (?:the )?neighbou?ring)",
    re.I,
)


def _holder_re(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{re.escape(role[0])}){re.escape(role[1:])}{_NAME_AFTER}")


def _holder(body: str, m: re.Match[str], first_names: frozenset[str] | set[str]) -> bool:
    return m.group(1).split()[0].lower() in first_names


def _former(body: str, m: re.Match[str]) -> bool:
    """True for a role the words before give as past: "der frühere Geschäftsführer"."""
    return _FORMER_RE.search(body[max(0, m.start() - 12) : m.start()]) is not None


def _from_elsewhere(body: str, m: re.Match[str]) -> bool:
    """True for a holder the words after the name place in a neighbouring town."""
    return _ELSEWHERE_RE.match(body[m.end() : m.end() + 40]) is not None


def _one_person(head: str, span: Span, people: People) -> str | None:
    """For a Spanish or Italian headline's quotation after a colon whose own reading is no
    person (a place, an event: "Echeverría se presenta en Oriola: «…»", "Ballottaggio a
    Montecorvo, vince Giulia Serafini: «…»") and whose body gives it no speaker: the one
    person the headline's label before the colon names, a first name or a title showing them
    a person (a surname alone stands for the full name the body gives)."""
    before = head[: span.open_at].rstrip()
    if not before.endswith(":"):
        return None
    lo = len(before) - len(re.split(r"[.;!?]\s", before)[-1])
    found = [m for m in people.mentions if lo <= m.pos < span.open_at and m.gender]
    names = {m.name for m in found}
    if len(names) != 1 or not _full_name(name := next(iter(names))):
        return None
    # (not the one the label is about: "Arrestato Marco X, a Montecorvo: «…»", "Addio a
    # Mario X: «…»" -- a participle or "addio/adiós a" right before the name)
    words = head[lo : found[0].pos].split()
    if words and (fw.participle(words[-1].lower()) or words[-1].lower() in ("a", "al", "ad")):
        return None
    return name


def _holds(words: list[str], body: list[str]) -> bool:
    """True when ``body`` holds two words together, or three or more in the same order; a
    single word ("Boss warns of ‘brutal’ year") anywhere; five words or more that open the
    same way as the body's ("‘We never asked for this’" … “We never wanted any of this”)."""
    if len(words) == 1:
        return words[0] in body
    if len(words) == 2:
        return any(body[i : i + 2] == words for i in range(len(body) - 1))
    # (a long headline line cut from the body's words: it opens the same way)
    return _in_order(words, body) or (len(words) >= 5 and body[:3] == words[:3])


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


def _english_label(text: str, span: Span, head: str, people: People) -> str | None:
    """The person an English headline names right after its quotation's colon: by a full
    name the body gives in full ("‘I paint what scares me’: Ana Lind on her new show" then
    "Ana Lind, 44, …"), or by a description and an age the body gives one person ("‘I SAW
    RED’: Bronx gran, 71, chases robber" then "Rosa Ruiz, 71, was …")."""
    if not head[span.close_end :].lstrip("'’\"”").startswith(":"):
        return None
    colon = head.index(":", span.close_end)
    if _THIRD_PERSON_RE.search(text, span.start, span.end):
        return None  # "‘He was a gentle giant’: X …": words about the person named
    after = _EN_NAME_AFTER_RE.match(head, colon)
    if after is not None:
        if _DONE_TO_RE.match(head, after.end()):
            return None
        words = after.group(1).split()
        found = {
            m.name
            for m in people.mentions
            if m.name.split()[: len(words)] == words and m.pos > len(head) and m.gender
        }
        return found.pop() if len(found) == 1 else None
    aged = _EN_AGE_AFTER_RE.match(head, colon)
    if aged is not None and not _DONE_TO_RE.match(head, aged.end()):
        return people.aged(f"the {aged.group(1)}-year-old", min(len(text), len(head) + 3000))
    return None
