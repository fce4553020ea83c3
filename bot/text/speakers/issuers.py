"""Who issued the document a speaker phrase names (private to ``neighbours.py``): "“…,” the
statement read" after "The Fenwick Trust said in a statement …", "“…,” the statement said"
after "Harbour Ferries denied the claims in a statement.", "«…», diz o texto" after "O
advogado X afirmou em nota que …".
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers import reading as _reading
from bot.text.speakers.marks import Span
from bot.text.speakers.people import People
from bot.text.speakers.raw import Raw

# a document and its author: "a statement from", "a letter by"
_FROM_RE = re.compile(r"\s+(?:from|by)\s")

# an English document named as the means or the object of the sentence's verb ("… in a
# statement", "issued a brief statement"), up to the noun
_MEANS_RE = re.compile(
    r"\b(?:(?:in|via)\s+(?:a|an|its|their|his|her)|(?:issued|released|put\s+(?:out|up)|published|"
    r"posted|sent|shared)\s+(?:a|an))\s+(?:[\w-]+\s+)?\Z"
)
# a body with a name in it: "the US military", "the Ohio State Patrol"
_NAMED_BODY_RE = re.compile(r"the (?:\w+ )*[A-Z]")
# a French or Portuguese document sent by the sentence's subject: "afirmou em nota", "a
# indiqué dans un communiqué", "disse numa nota enviada", "a publié un communiqué"
_SENT_DOCUMENT_RE = re.compile(
    r"\b(?:[Ee]m|[Nn]uma|[Nn]um|[Pp]or|[Aa]través de|[Dd]ans|[Pp]ar|[Vv]ia)"
    r" (?:um |uma |un |une |sa |son |seu |sua )?"
    r"((?:nota|comunicado|communiqué|déclaration|declaração|lettre|carta))\b"
)
# the document a body sends, as a phrase in a speaker's place: "diz a nota", "o texto"
_SENT_NOUNS = frozenset("nota texto comunicado communiqué texte note".split())
_PAST_RE = re.compile(r"[a-z]+ed|put|sent|said|gave|made")
# an English document whose words "“…,” it read." gives
_DOCUMENT_RE = re.compile(
    r"\b(statement|release|letter|message|note|post|e-?mail|notice|sign|report|document)s?\b",
    re.IGNORECASE,
)
# documents that may have no issuer: a sign on a door, a letter no one is named as writing
_UNSIGNED = frozenset(("sign", "letter", "note"))
# a document opening its sentence as its subject: "A handwritten sign had been taped …"
_OPENS_RE = re.compile(r"(?:An?|The)\s+(?:\w+\s+)?")


class IssuerRules:
    """Finds the body or person that issued a statement; ``Resolver`` resolves names."""

    spans: list[Span]
    people: People

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:  # provided by ``Resolver``
        raise NotImplementedError

    def _issuer(self, pos: int, noun: str, orgs: list[str]) -> str | None:
        """Who issued the document a phrase like "the statement" names at ``pos``: the subject
        of the speech verb (or of any verb with the document as its means or object) in the
        last sentence of its paragraph that mentions such a document, else in the sentence
        that introduced it in a paragraph before ("The Fenwick Trust said in a statement ….
        “…,” the statement read.", "In a release, Harbour Ferries said …", "Harbour Ferries
        denied the claims in a statement.\n\n“…,” the statement said."); None when no such
        sentence names anyone."""
        text = self.people.text
        ps = max(text.rfind("\n", 0, pos) + 1, pos - 1500)
        found = [m.start() for m in re.finditer(rf"\b{noun}\b", text[ps:pos], re.IGNORECASE)]
        if not found:
            # the document introduced in a paragraph before: "Harbour Ferries denied the
            # claims in a statement.\n\n“…,” the statement said." (its first mention, "a
            # statement", not a later "the statement read" of another quotation)
            ps = max(0, pos - 1500)
            intro = re.compile(rf"\b(?:an?|its|their|his|her)\s+(?:\w+\s+)?({noun})\b", re.I)
            first = [m.start(1) for m in intro.finditer(text, ps, pos)]
            if not first:
                return None
            ps = max(text.rfind("\n", 0, first[-1]) + 1, ps)
            found = [first[-1] - ps]
        at = ps + found[-1]
        start = self._sentence_start(at, ps)  # type: ignore[attr-defined]
        end = self._sentence_end(at, pos)  # type: ignore[attr-defined]
        if _FROM_RE.match(text, at + len(noun)):
            # "A statement from the club's chairman, Tom Geraghty, was read …": its author,
            # the first person named within a few words after it
            k = bisect.bisect_right(self.people._mention_pos, at)
            first = self.people.mentions[k] if k < len(self.people.mentions) else None
            if first is not None and first.pos < min(end, at + 60) and first.gender:
                return first.name
        toks = self._tokens(start, end)  # type: ignore[attr-defined]
        for k in range(len(toks)):
            if toks[k][1] > at and toks[k][0] in ("“", '"', "‘", "«"):
                break  # the verb of the quotation's own words is not the issuer's
            if toks[k][0][:1].islower() and self._verb_at(toks, k):  # type: ignore[attr-defined]
                # (a capital is a name's word: "United States service members")
                subject = self._subject_before(toks, k)  # type: ignore[attr-defined]
                if subject is None:
                    return None
                got = self._resolve(Raw(text[subject[0] : subject[1]], subject[0]), orgs)
                return got if got and (got[:1].isupper() or _NAMED_BODY_RE.match(got)) else None
        if _MEANS_RE.search(text, start, at):
            # any verb with the document as its means or object: "Harbour Ferries denied the
            # claims in a statement", "The club issued a brief statement": the subject before
            # the sentence's first past-tense verb
            before = [t for t in toks if t[1] < at]
            v = next((k for k, t in enumerate(before) if k and _PAST_RE.fullmatch(t[0])), None)
            subject = self._subject_before(before, v) if v else None  # type: ignore[attr-defined]
            if subject is not None:
                got = self._resolve(Raw(text[subject[0] : subject[1]], subject[0]), orgs)
                return got if got and got[:1].isupper() else None
        return None

    def _read_issuer(self, pos: int, orgs: list[str]) -> tuple[bool, str | None]:
        """For "“…,” it read." at ``pos``: (True, the issuer) of the last document named
        before it, in its paragraph or the one before, when a sentence names who issued one
        ("The supermarket put up a notice in its stores. “…,” it read." -> "The supermarket",
        "X said in a statement ….\n\n“…,” it read."), trying the documents from the last
        back ("It issued a statement, a day after the report appeared."), up to a sign or a letter
        that opens its sentence and no one is named as writing: (True, None) ("A letter arrived. “…,” it
        read."); (False, None) otherwise: "it" is read as a body like any other."""
        text = self.people.text
        doc = list(_DOCUMENT_RE.finditer(text, max(0, pos - 1500), pos))
        tried: set[str] = set()
        for m in reversed(doc):
            noun = m.group(1).lower()
            if noun in tried:
                continue
            tried.add(noun)
            who = self._issuer(pos, noun, orgs)
            opens = _OPENS_RE.fullmatch(text, self.people._sentence_start(m.start()), m.start())
            if who or (noun in _UNSIGNED and opens):
                return True, who
        return False, None

    def _document_issuer(self, words: list[str], pos: int, orgs: list[str]) -> str | None:
        """For "», diz o texto", "», indique le communiqué" (French, Portuguese): the subject
        of the speech verb in the last sentence before the quotation that sends a document,
        in its paragraph or the one before ("O advogado X afirmou em nota que vai recorrer.
        «…», diz o texto." -> X); None when no such sentence names anyone."""
        if _reading.language() not in ("french", "portuguese") or len(words) != 2:
            return None
        if nm.bare(words[1]) not in _SENT_NOUNS:
            return None
        text = self.people.text
        k = bisect.bisect_right(self.span_opens, pos) - 1  # type: ignore[attr-defined]
        limit = self.spans[k].open_at if k >= 0 and self.spans[k].close_end <= pos else pos
        ps = text.rfind("\n", 0, limit) + 1
        ps = max(text.rfind("\n", 0, max(ps - 1, 0)) + 1, limit - 1500)
        sent = [m.start(1) for m in _SENT_DOCUMENT_RE.finditer(text, ps, limit)]
        if not sent:
            return None
        start = self._sentence_start(sent[-1], ps)  # type: ignore[attr-defined]
        toks = self._tokens(start, sent[-1])  # type: ignore[attr-defined]
        first = 1
        if len(toks) <= 3 and not any(self._verb_at(toks, v) for v in range(len(toks))):  # type: ignore[attr-defined]
            # "Em nota, a secretaria informou que …": the document opens the sentence, its
            # sender's verb after it
            first = len(toks) + 1
            toks = self._tokens(start, self._sentence_end(sent[-1], limit))  # type: ignore[attr-defined]
        for v in range(first, len(toks)):
            if toks[v - 1][0].lower() in ("que", "qui"):
                continue  # "X, que defende Y, afirmou": the relative clause's verb
            if toks[v][0][:1].islower() and self._verb_at(toks, v):  # type: ignore[attr-defined]
                subject = self._subject_before(toks, v)  # type: ignore[attr-defined]
                if subject is None:
                    return None
                got = self._resolve(Raw(text[subject[0] : subject[1]], subject[0]), orgs)
                return got if got and got[:1].isupper() else None
        return None
