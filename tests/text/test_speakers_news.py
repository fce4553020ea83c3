"""Speakers on whole invented news articles, seven languages (``tests/text/news/<lang>.json``).

The articles were written for this suite by writers who never saw the engine: invented people,
places and events, in the typographic styles and attribution shapes of real outlets (datelines,
epithets, pronouns and dropped subjects across paragraphs, organisations, multi-paragraph and
split quotations, interviews). Each record gives, per quotation, its first words and the speaker
a careful reader would name: the full name as first introduced, or an organisation's name.

A share per language, not every quotation, is asserted: the floors are the share measured when
the articles were added or last improved, so a change that loses speakers here fails. One batch of
each language (``de_4.json``, ``en_5.json``, …) was only scored while the rules were written,
never read for them, so it is the lowest; ``_5``/``_6`` (English ``_6``/``_7``), each by a
writer of its own, were read for rules. The newest, ``_7`` (English ``_8``), joins eight
batches by eight more writers, each in the manner of one kind of outlet (a wire agency, a
regional daily, a weekend magazine, the popular and sports press, the business and court
pages, a national daily, a news website, a regional broadcaster); all were read for rules,
and the floors fell when they joined because they hold many shapes no rule reads yet.
Three more joined on 2026-12-06, each from two or three writers who never saw the engine:
``_8`` (English ``_9``), read for rules that day (general news, and the sport, culture and
society pages); ``_9`` (English ``_10``), only scored while the rules were written; and ``_10``
(English ``_11``), a blind set no one read (local papers, national news sites and weeklies),
scored at the start and at the end only. In a second session that day two more joined: ``_11``
(English ``_12``), three writers' political, community and business pages, read for rules;
and ``_12`` (English ``_13``), a blind set by two more writers (regional broadcasters' sites,
magazine features), scored at the start and at the end only. A third session that day added
``_13`` (English ``_14``), three writers' city-hall, health-and-science and sports pages, read
for rules (French floor lowered to 0.78 when they joined: its French held many new shapes),
and ``_14`` (English ``_15``), a blind set by two more writers (an environment and rural-affairs
desk, culture pages), scored at the start and at the end only; the English, German and Dutch
floors fell with it. A fourth session that day added ``_15`` (English ``_16``), three writers'
foreign-desk, education-and-family and weekend-feature pages (profiles and question-and-answer
interviews), read for rules, and ``_16`` (English ``_17``), a blind set by two more writers (a
courts and police desk, economy and labour pages), scored at the start and at the end only;
the English, German and Dutch floors fell with them. A fifth session that day added ``_17``
(English ``_18``), three writers' parliament-and-elections, entertainment-and-television and
travel, food and motoring pages, read for rules, and ``_18`` (English ``_19``), a blind set by
two more writers (a breaking-news desk; technology, science and defence pages), scored at the
start and at the end only; the English, German, Spanish and Italian floors fell with them and the
French one rose. A sixth session that day read ``_18`` for rules and added ``_19`` (English
``_20``), a blind set by two more writers (a transport, energy and infrastructure desk; a
regional paper's people pages: tributes, human-interest and consumer stories), scored at the
start; its French and Portuguese articles were then read for rules (both far below the other
languages), the others only scored at the end. The German, Italian and Dutch floors rose.
The Portuguese floor rose again after a session on French and Portuguese shapes.
The next session added ``_20`` (English ``_21``): half of its blind set, a courts, police
and local-government desk (trials, inquests, council meetings, inspection reports), scored at
the start (69.9 %) and then read for rules; the German and Italian floors fell with it.
Its French articles (``fr_20.json``) joined after a session on their shapes (58 % right at
the start; reports' and verdicts' short phrases, unnamed speakers, groups' names in marks);
the French floor rose to 0.82.
The other half of that blind set, ``_21`` (English ``_22``), a sport, arts and culture desk
by a second writer, stayed unread through the session's rules (73.2 % at the start, 74.6 %
after them) and then joined for rules; no floor moved.
The next session's blind set came from four more writers. ``_22`` (English ``_23``), feature,
profile and obituary pages (71.5 % at the start), was read for rules at once; ``_23`` (English
``_24``), press conferences, briefings and fast news (72.9 %), stayed unread through the first
round of rules (no quotation changed) and was then read for rules; ``_25`` (English ``_26``),
a news agency's wire dispatches (68.2 %), was read for a last round; ``_24`` (English ``_25``),
a popular daily's human-interest and entertainment pages (64.6 %), stayed unread to the end.
When they joined, the English floor fell (the unread English articles were 69 % right) and the
French, Spanish, Italian, Portuguese and Dutch floors rose.
An eighteenth session's six writers, each a newsroom desk of its own, added ``_26`` to ``_31``
(English ``_27`` to ``_32``): sports and courts (71.9 % at the start) were read for rules;
business, science, local politics and culture (74.8 % at the start) stayed unread to the end
(75.6 %). When they joined, every floor fell by half a point to a point.
A nineteenth session's six writers added ``_32`` to ``_37`` (English ``_33`` to ``_38``): live
blogs, trade press, investigative long reads, local radio and television websites, opinion and
analysis, and community, faith and schools pages (70.6 % at the start). Live blogs,
investigative and opinion pages were read for rules (66.8 % to 69.2 %); the trade, broadcast
and community pages stayed unread to the end, and not one of their speakers changed (74.3 %).
When they joined, every floor fell by one to one and a half points, and the share of
quotations not listed rose past 7.5 % in German (campaign names, nicknames and titles in marks).
A twentieth session's six writers added ``_38`` to ``_43`` (English ``_39`` to ``_44``):
housing and planning, weather and emergencies, health, migration and foreign reportage,
lifestyle and food, animals and nature (73.2 % at the start). No rule writer read them: they
measured one general ability built that session (someone new brought in by a description,
``descriptions``), 73.7 % with it; then they joined, and every floor but the Portuguese fell
by half a point to one and a half.
A twenty-first session's six writers added ``_44`` to ``_49`` (English ``_45`` to ``_50``):
religion and faith communities, farming and fishing, retail and small business (read for rules:
76.9 % at the start, 79.4 % at the end), universities and research, music and nightlife,
aviation and shipping (unread to the end: 76.3 % at the start, 76.8 % at the end). When they
joined, the English, German and Portuguese floors fell by half a point; one stock sentence
that matched PolNeAR train was reworded first.
A twenty-second session's six writers added ``_50`` (English ``_51``): consumer affairs and
personal finance, amateur and youth sport, heritage and museums (read for rules: 70.3 % at
the start, 74.1 % at the end), social services and care, public works and utilities, fashion
and crafts (unread to the end: 68.9 % at the start and at the end). When they joined, every
floor but the German fell by half a point to one and a half (Dutch); one stock phrase that
matched the extraction data was reworded first.
A twenty-second session's six writers added ``_51`` (English ``_52``): music and nightlife,
tourism and hospitality, property and rents (read for rules: 70.4 % at the start, 74.2 % at
the end), universities, the armed forces and veterans, cycling and motorsport (unread to the
end: 73.8 % at the start and at the end). When they joined, every floor but the Portuguese
fell by half a point or less, and the share of quotations not listed rose past 8 % in English
and German (titles of events, estates, campaigns and venues in marks, keyed with no speaker):
that ceiling is now 8.5 %; quotations someone said stay under 3 %. Three stock phrases that
matched the evaluation data were reworded first.
A twenty-third session's six writers added ``_52`` (English ``_53``): prisons and probation,
mountain rescue, celebrity and royal gossip in the popular press (read for rules after a first
score: 65.8 % at the start, 66.8 % at the end), esports and internet culture, hobby clubs and
allotments, neighbourhood disputes (unread to the end: 75.3 % at the start, 75.4 % at the
end). When they joined, every floor fell by half a point, German's by one and a half (62.8 %
of the new German quotations were right at the start).
A twenty-fourth session's six writers added ``_53`` (English ``_54``): faith communities,
fishing and ports, music festivals and nightlife (read for rules after a first score: 73.4 %
at the start, 76.1 % at the end), storms and floods, housing and property, animals and pets
(unread to the end: 75.8 % at the start, 75.9 % at the end). When they joined, the English,
Italian and Dutch floors fell by half a point, and the share of quotations not listed rose past
8.5 % in English and German (storm names, festival and album titles, nicknames in marks, keyed
with no speaker): that ceiling is now 9 %; quotations someone said stay under 3 %. Two stock
phrases that matched the evaluation data were reworded first.
The same session's second blind set, ``_54`` (English ``_55``), came from six more writers:
science and universities, town-hall politics and crime and courts (unread to the end: 75.7 %
at the start, 76.0 % at first sight and at the end), football, health and food and farming
(read for a last round of rules: 72.7 % at the start, 73.3 % at first sight, 75.0 % at the
end). When they joined, the Italian and Portuguese floors fell by half a point.
A twenty-fifth session's six writers added ``_55`` (English ``_56``): schools and
universities, arts and museums, emergencies and rescues (read for rules: 69.4 % at the start,
75.3 % at the end), transport, work and business, sport other than football (unread to the
end: 76.1 % at the start, 78.1 % at the end; the round's general rules, words reported inside
a quotation above all, carried over). When they joined, the English and Dutch floors fell by
half a point. One stock sentence that matched PolNeAR train was reworded first.
The same session's second blind set, ``_56`` (English ``_57``), came from six more writers
after all that session's rules (elections, energy and climate, technology, television and
media, local traditions, tributes) and was read by no one: 70.8 % with the session-start
engine, 72.6 % with the end one, 73.1 % after a fix to the inner-speaker rule its change
listing showed ("O meu pai", "Mia madre adottiva" cut short). When it joined, the German,
Italian and Portuguese floors fell by half a point to a point.
A twenty-sixth session's six writers added ``_57`` (English ``_58``): diplomacy and
embassies, archaeology and local history, labour disputes (read for rules: 71.6 % at the
start, 72.9 % at the end), books and literary festivals, protests and civil society,
regulators and lawsuits (unread to the end: 69.1 % at the start, 69.6 % at the end). The
rules written before the set arrived changed two of its quotations, both for the better
(70.3 % to 70.5 % at first sight; 71.3 % at the end). When it joined, the French and German
floors fell by half a point. Two stock phrases that matched the evaluation data were
reworded first.
A twenty-seventh session's seven writers added ``_58`` (English ``_59``): farming, tourism
and aviation (read for rules: 78.0 % at the start, 79.4 % at the end), universities, the
environment, retail and local affairs (unread to the end: 76.4 % at the start and at the
end). From that session someone unnamed counts as right with or without a complement of place
or kind after the noun ("a smallholder" and "a smallholder near X": ``_placed``), which every
figure of that session uses at both ends; the floors rose with it. When the set joined, the
English ceiling on quotations not listed rose to 9.5 % (campaign names, titles and slogans in
marks, keyed with no speaker). Six stock phrases that matched the evaluation data were
reworded first, and one key a careful reader gives the body for ("a spokesman" of the
ministry) names it.
A twenty-eighth session's seven writers added ``_59`` (English ``_60``): banking and markets,
ports and shipping, courts and trials (read for rules: 73.8 % at the start, 76.5 % at the
end), cinema and theatre, cycling and motor racing, water and drought, building and city
planning (unread to the end: 75.4 % at the start, 75.5 % at the end). From that session a
body's unnamed sources count as the body, as its spokesperson does ("Fuentes de la Consejería
de X" and "la Consejería de X"), at both ends of every figure. When the set joined, the
Spanish floor rose and the Italian one fell by half a point. One stock phrase that matched the
evaluation data was reworded first.
A key's head that opens a
paragraph reopening a quotation is found inside that quotation, which runs over its paragraphs.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

import pytest

from tests.text.speaker_cases import Case, outcomes

_DIR = Path(__file__).parent / "news"

# the share of quotations with the right speaker, per language, at or below today's figure
FLOORS = {"en": 0.835, "fr": 0.78, "de": 0.795, "es": 0.81, "it": 0.77, "pt": 0.79, "nl": 0.805}


# an organisation is right with or without its article: "the Ministry of Health"
_ARTICLE = re.compile(
    r"^(?:(?:the|le|la|les|der|die|das|de|het|el|los|las|o|os|a|as|il|lo|i|gli)\s+|l['’]\s*)",
    re.I,
)


# a person is right with or without an academic title or honorific before the name: one
# writer keyed "Dr. Verena X" and "Professor Kwame Y" where every other keys the bare name, and
# the engine gives the name as the others do ("Dr" is not part of who spoke)
_TITLE = re.compile(
    r"^(?:dr|prof|professor|professorin|doctor|docteur|doktor|dott|dottor|mr|mrs|ms|mme|sir|dame)"
    r"\.?\s+(?=\w)",
    re.I,
)


def _same(expected: str | None, found: str | None) -> bool:
    def norm(s: str | None) -> str | None:
        if s is None:
            return None
        # (a typographic apostrophe is the straight one: "L’association" = "L'association")
        s = unicodedata.normalize("NFC", s).replace("’", "'").strip().strip(".,").casefold()
        s = _ARTICLE.sub("", s, count=1).strip()
        return _TITLE.sub("", s, count=1)

    a, b = norm(expected), norm(found)
    if a is None or b is None:
        return a == b
    if a == b or _voice_of(a, b) or _voice_of(b, a):
        return True
    raw_a, raw_b = (unicodedata.normalize("NFC", s).strip().casefold() for s in (expected, found))
    return _placed(raw_a, a, b) or _placed(raw_b, b, a)


# someone unnamed is right with or without a complement of place or kind after the noun: "a
# smallholder" and "a smallholder near Stoke Tarrant", "un jeune éleveur" and "un jeune éleveur
# de Saint-Privat" name the same speaker (writers key either; the engine keeps the complement
# the text gives); a phrase opening on an indefinite article or "one", a complement opening on
# a preposition
_UNNAMED = re.compile(r"^(?:one|an?|une?|una|uno|um|uma|een|eine?|einer)\s")
_PREPOSITIONS = frozenset(
    """
    near in at on from of with outside inside by aus an auf im am vom von bei mit
    de du des d à au aux en del della dello dei degli delle di da dal dalla do dos das no na
    nos nas com con uit van op bij aan met
    """.split()
)


def _placed(raw: str, short: str, long: str) -> bool:
    """Is ``long`` the unnamed phrase ``short`` with a complement after it (both normalised;
    ``raw``: ``short`` before its article was dropped, lower-cased)?"""
    if not _UNNAMED.match(raw) or not long.startswith(short + " "):
        return False
    first = long[len(short) + 1 :].split(maxsplit=1)[0]
    return first.split("'")[0] in _PREPOSITIONS


# a spokesperson speaks for the body: "a spokesman for the council" and "the council" name the
# same speaker (writers key either; the engine gives the body when it is named, else the phrase);
# so do its unnamed sources: "Fuentes de la Consejería de X", "Fonte do Ministério do Y" and the
# body itself (Spanish, Portuguese and Italian news cites a body so; writers key either)
_SPOKESPERSON = re.compile(
    r"^(?:(?:a|an|the|un|une|le|la|el|il|lo|o|um|uma|een|de|ein|eine|der|die)\s+)?"
    r"(?:spokes(?:man|woman|person)|sprecher(?:in)?|woordvoer(?:der|ster)|porte-parole|"
    r"portavoz|portavoce|porta-voz|fuentes?|fontes?|fonti)\s+"
    r"(?:for|of|des|der|van|de|du|del|della|dello|do|da|di|dos|das|dei|degli|delle)\s+"
)


# the same with the body's name before the noun, in English: "a Millbrook spokesperson" is
# Millbrook's voice as "a spokesperson for Millbrook" is (writers key either)
_SPOKESPERSON_AFTER = re.compile(r"^(?:(?:a|an|the)\s+)?(.+?)\s+spokes(?:man|woman|person)$")


def _voice_of(phrase: str, body: str) -> bool:
    """Is ``phrase`` a spokesperson "of ``body``" (both already normalised)?"""
    m = _SPOKESPERSON.match(phrase)
    if m is None:
        after = _SPOKESPERSON_AFTER.match(phrase)
        return after is not None and after.group(1) == body
    return _ARTICLE.sub("", phrase[m.end() :], count=1).strip() == body


def _cases(lang: str) -> list[Case]:
    records = [
        record
        for path in sorted(_DIR.glob(f"{lang}*.json"))  # "en.json", "en_2.json", …
        for record in json.loads(path.read_text(encoding="utf-8"))
    ]
    return [(r["text"], [(head, speaker) for head, speaker in r["expected"]]) for r in records]


@functools.cache
def _outcomes(lang: str) -> list[tuple[str, str | None, str | None]]:
    """Every keyed quotation of one language, scored once for both tests."""
    return outcomes(_cases(lang))


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_share_of_speakers_right(lang: str) -> None:
    cases = _cases(lang)
    assert len(cases) >= 6 and sum(len(e) for _, e in cases) >= 40
    got = _outcomes(lang)
    wrong = [o for o in got if not _same(o[1], o[2])]
    assert 1 - len(wrong) / len(got) >= FLOORS[lang], wrong


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_every_quotation_is_found(lang: str) -> None:
    # (titles, nicknames and scare quotes, which the keys list with no speaker, are left out
    # on purpose; a quotation someone said is left out for at most three in a hundred: the
    # shares measured when the newest batches joined, 2.9 % and 9.4 % at most (English); the
    # Italian, German and English batches print many titles of works, campaigns and slogans in
    # marks: 30 of the 47 English quotations of the twelfth blind set not listed are such)
    got = _outcomes(lang)
    missing = [o for o in got if o[2] == "<missing>"]
    said = [o for o in missing if o[1] is not None]
    assert len(said) <= 0.03 * len(got), said
    assert len(missing) <= 0.095 * len(got), missing


@pytest.mark.parametrize(
    ("expected", "found", "same"),
    [
        ("a smallholder", "a smallholder near Stoke Tarrant", True),
        ("un jeune éleveur de Saint-Privat", "un jeune éleveur", True),
        ("eine Anwohnerin", "eine Anwohnerin aus der Schlossgasse", True),
        # (a relative clause, a name or another noun is no complement of place or kind)
        ("il titolare di un lido", "il titolare di un lido che", False),
        ("a nurse", "a nurse practitioner", False),
        ("Rapidex", "Rapidex di Pianello Scalo", False),
        ("the driver", "the driver of the bus", False),
        # (a body's unnamed sources are the body, as its spokesperson is)
        ("Fuentes de la Consejería de Pesca", "la Consejería de Pesca", True),
        ("o Ministério do Mar", "Fonte do Ministério do Mar", True),
        ("Fonti della Procura", "la Procura di Vessano", False),
    ],
)
def test_an_unnamed_speaker_with_or_without_its_complement(
    expected: str, found: str, same: bool
) -> None:
    assert _same(expected, found) is same
