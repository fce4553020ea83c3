"""A quotation paragraph after a paragraph that introduces someone new (private to
``attribution.py``).

Features and reports in the Romance languages let a newly introduced person speak in the next
paragraph without a speech verb: the paragraph before brings them in, by name and usually
after a role in apposition ("Entre sus alumnos está el alcalde, Andrés Peñalver, que … Él la
recuerda con cariño." / "O filho do casal, Nuno X, emigrou em 2012. Ao telefone, conta …") and then "«Yo …»". Such a paragraph is
theirs, not a chain going on with the person quoted before (the chain holds "until another
person is introduced").

Guards: the person must be the only one the paragraph names and new to the text, named as a
subject or in apposition (not after a preposition: an object or a possessor, "la casa de Ana
X"); the paragraph's last sentence must be about them (their name, a subject pronoun of their
gender, or -- in Spanish, Portuguese and Italian -- a sentence with no subject of its own); a
paragraph where they died ("Ihr Mann, Karl X, starb 2010.") or that asks a question (an
interviewer) is left alone, and so is a quotation not in the first person. English has its own
reading of this shape (``ParagraphRules._narrated_person``). ``died`` is the same guard for
the readings of ``paragraphs.py`` and ``lone.py`` that take the person a paragraph opens on or
the subject of the sentence before ("O Armindo morreu em 2003. … ¶ «Eu …»" is not his).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

# the first person inside the quotation, per language: the newcomer speaks of themself
_FIRST_PERSON = {
    "spanish": r"[Yy]o|[Mm]e|[Mm]is?|[Nn]os(?:otr[oa]s)?|[Nn]uestr[oa]s?|[Cc]onmigo",
    "portuguese": r"[Ee]u|[Mm]eus?|[Mm]inhas?|[Nn][óo]s|[Nn]oss[oa]s?|[Cc]omigo",
    "italian": r"[Ii]o|[Mm]i|[Mm]ie?|[Mm]iei|[Mm]ia|[Nn]oi|[Cc]i|[Nn]ostr[oaie]",
    "french": r"[Jj]e|[Jj]['’]|[Mm]oi|[Mm]on|[Mm]es|[Nn]ous|[Nn]otre|[Nn]os",
}
# (not German or Dutch: there a profile's subject goes on speaking after a paragraph about a
# colleague or a relative, "Sein Kollege, Tobias X, ist erst seit zwei Jahren dabei. Er …
# ¶ „Ich …“", as often as the newcomer speaks; the review found more lost than won)
# subject pronouns opening a sentence, with their gender ("Il" only in French: it is an
# Italian article)
_PRONOUNS = {
    "spanish": {"Él": "m", "Ella": "f"},
    "portuguese": {"Ele": "m", "Ela": "f"},
    "italian": {"Lui": "m", "Lei": "f", "Egli": "m"},
    "french": {"Il": "m", "Elle": "f"},
    "german": {"Er": "m", "Sie": "f"},
    "dutch": {"Hij": "m", "Zij": "f", "Ze": "f"},
}
# words before a name that make it an object or a possessor, not the one the paragraph is about
_GOVERNING = frozenset(
    "de del da do das dos di della dello dei degli delle al ao à a aux au con com mit met "
    "para per pour por par für voor von vom van bei bij zu zum zur naar sobre su sur avec "
    "with of to by and y e et und en ed o ou oder of".split()
)
# the articles opening a sentence on a subject of its own ("La mairie …", "O pai …")
_ARTICLES = frozenset(
    "El La Los Las Lo Il I Gli Le Un Una Uno Um Uma O A Os As Der Die Das De Het Een Les L".split()
)
_DIED_RE = re.compile(
    r"\b(?:died|murió|falleció|morreu|faleceu|morì|è morto|è morta|est mort|est morte|"
    r"décédé|starb|verstarb|gestorben|overleed|overleden)\b"
)
_CLAUSE_END_RE = re.compile(
    r"[;:]|\b(?:que|qui|che|cuyo|cuya|cujo|cuja|cui|whose|who|which|since|seit|seitdem|desde"
    r"|depuis|dont|quando|when|after|nachdem|sinds|toen|wiens|wier|dat|dass|weil|because)\b"
)
_PRO_DROP = ("spanish", "portuguese", "italian")


def died(paragraph: str) -> bool:
    """True when a stretch of text (a person's sentence from their name on) tells of a
    death: that person is spoken about, not speaking."""
    # (only in the person's own clause: not a relative's death a relative or a time clause
    # tells, "Rosa X vive sola desde que murió su marido", "Pilar X, cuyo marido murió …")
    cut = _CLAUSE_END_RE.search(paragraph)
    return _DIED_RE.search(paragraph[: cut.start()] if cut else paragraph) is not None


def newcomer_before(rules: Any, idx: int, para: int) -> tuple[int, int] | None:
    """The person the plain paragraph ``para - 1`` introduces, for the quotation ``idx`` that
    makes up paragraph ``para`` (see the module's note), or None."""
    lang = language()
    if lang not in _FIRST_PERSON or para < 1 or rules.people.is_headline(para - 1):
        return None
    text = rules.text
    span = rules.spans[idx]
    if not re.search(
        r"(?<!\w)(?:" + _FIRST_PERSON[lang] + r")(?!\w)",
        text[span.start : min(span.end, span.start + 400)],
    ):
        return None
    ps, pe = rules.paras[para - 1]
    opens = rules.span_opens
    if bisect.bisect_left(opens, pe) - bisect.bisect_left(opens, ps):
        return None  # (words of its own in marks: a chain or a paragraph quoting someone)
    body = text[ps:pe].rstrip()
    if body.endswith("?"):
        return None  # an interviewer's question
    people = rules.people
    k = bisect.bisect_left(people._mention_pos, ps)
    here = [m for m in people.mentions[k:] if m.pos < pe]
    if not here or len({m.name for m in here}) > 1 or any(m.dependent for m in here):
        return None  # no one, or two people: whose words follow?
    first = here[0]
    if len(first.name.split()) < 2 or any(m.name == first.name for m in people.mentions[:k]):
        return None  # (someone already in the text, or no full name)
    if rules._people_named(ps, pe) > 1:
        return None
    if died(text[first.pos : rules._sentence_end(first.pos, pe)]):
        return None  # "Su marido, Ramón X, murió en 1990.": spoken about, not speaking
    if nm.bare(first.name.split()[0]) not in FIRST_NAMES:
        return None  # (a place or a firm read as a name: "a malga Campo Vecchio")
    toks = rules._tokens(rules._sentence_start(first.pos, ps), first.pos)
    for tok in reversed(toks):
        if tok[0] == ",":
            break  # "el alcalde de Fuentecilla, Andrés X": a name in apposition
        if tok[0].lower() in _GOVERNING:
            # "la casa de Ana X", "het werk van de kunstenaar Erdem X": an object or a
            # possessor inside a phrase about something else
            return None
    last = rules._sentence_start(pe - 1, ps)
    ltoks = rules._tokens(last, pe)
    if not ltoks:
        return None
    if not any(last <= m.pos for m in here):
        word = ltoks[0][0]
        sex = _PRONOUNS[lang].get(word)
        if sex is not None:
            if first.gender not in (None, sex):
                return None  # "Ihr Mann, Karl X, … Sie lacht.": the one quoted before
        elif (
            lang not in _PRO_DROP or word in _ARTICLES or any(t[0][:1].isupper() for t in ltoks[1:])
        ):
            return None  # (a last sentence about someone or something else)
    end = first.pos + len(first.name)
    if text[first.pos : end] != first.name:
        end = first.pos + len(text[first.pos :].split(",")[0].split(".")[0])
    return first.pos, end


# subject pronouns that stand for one person only (not German "sie", also "they" and "her")
_ONE_PERSON = frozenset("il elle él ella lui lei egli ele ela er hij zij".split())


def newcomer_pronoun(people: Any, pos: int, low: str) -> str | None:
    """The person the sentence before introduces, for a subject pronoun opening the sentence
    at ``pos`` ("Entre sus alumnos está el alcalde, Andrés X, que … Él la recuerda …"): the one
    person that sentence names, in full, new to the text and of the pronoun's gender, in the
    same paragraph -- even named after the verb, where salience reads no subject. Not when
    the sentence with the pronoun names someone before it."""
    if low not in _ONE_PERSON or language() == "english":
        return None
    if people._sentence_start(pos) != pos:
        return None
    sex = "m" if low in nm.MALE_PRONOUNS else "f"
    sent = bisect.bisect_right(people.bounds, pos)
    para = people._para(pos)
    k = bisect.bisect_left(people._mention_pos, pos)
    before = [m for m in people.mentions[max(0, k - 12) : k] if m.sent == sent - 1]
    if len({m.name for m in before}) != 1 or any(m.dependent for m in before):
        return None
    got = before[0]
    if (
        got.para != para
        or got.gender != sex
        or len(got.name.split()) < 2
        or any(m.name == got.name for m in people.mentions[: k - len(before)])
    ):
        return None  # (another paragraph, another gender, someone named before)
    if nm.bare(got.name.split()[0]) not in FIRST_NAMES:
        return None
    return got.name
