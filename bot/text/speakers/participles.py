"""The person a participle of speech belongs to, its own subject (private to the speaker modules):
"footage of Ana Lind asking, “…”", "with one viewer joking: “…”"."""

from __future__ import annotations

from bot.text.speakers import names as nm
from bot.text.speakers.people import People
from bot.text.speakers.shapes import DETERMINERS, PREPOSITIONS, Token


def participle_subject(
    text: str, people: People, toks: list[Token], v: int
) -> tuple[int, int] | None:
    """The person named right before a participle of speech, its own subject: "footage of
    Ana Lind asking, “…”", "with Lind reportedly shouting: “…”", "with Ana Lind posting
    that … and asking, “…”" (back through "and" to the first participle). A comma before
    the participle ("Lind lashed out, saying") leaves it to the clause's subject."""
    for _ in range(2):
        k = v
        while k > 0 and toks[k - 1][0].lower() in nm.ADVERBS - {"and", "but"}:
            k -= 1  # "reportedly", "later"
        if k > 0 and toks[k - 1][0][:1].isupper() and toks[k - 1][0].lower() not in nm.STOPWORDS:
            j = k - 1
            while j > 0 and (toks[j - 1][0][:1].isupper() or toks[j - 1][0] == "."):
                j -= 1
            if j > 0 and toks[j - 1][0].lower() in PREPOSITIONS - {"of", "with"}:
                return None  # "posted on Fernway explaining": a listener or medium, no subject
            phrase = text[toks[j][1] : toks[k - 1][2]]
            got = people.name_in(phrase, toks[j][1])
            return (toks[j][1], toks[k - 1][2]) if got is not None and got[1] else None
        if k > 1 and nm.bare(toks[k - 1][0]) in nm.PERSON_NOUNS | nm.PERSON_ROLES:
            # "with one viewer joking: “…”": a person noun and its determiner
            for d in range(k - 2, max(-1, k - 5), -1):
                w = toks[d][0]
                if w.lower() in DETERMINERS:
                    return toks[d][1], toks[k - 1][2]
                if not w.isalpha() or w[:1].isupper() or w in PREPOSITIONS:
                    break
        if k == 0 or toks[k - 1][0] != "and":
            return None
        earlier = [p for p in range(max(0, k - 25), k - 1) if toks[p][0].endswith("ing")]
        if not earlier or toks[earlier[-1]][0][:1].isupper():
            return None
        v = earlier[-1]  # "… tweeting that it was a disaster and asking, “": the first one
    return None
