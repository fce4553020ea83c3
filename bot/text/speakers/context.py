"""Attribution from beyond a quotation's own sentence (private to ``attribution.py``).

A quotation whose sentence names no speaker may take one from the sentence before it
(reported speech: ``Lind said the plan works. “…”``), from the person opening its own
sentence (``Carson called the system “rotten to the core.”``), or from the one asked
(``Asked …, Lind smiled. “…”``); the sentences framing a lone quotation are in ``framing.py``.
The rules over whole paragraphs build on these in
``paragraphs.py``; ``Attributor`` in ``attribution.py`` builds on both.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import firstnames as fn
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.asides import AsideRules
from bot.text.speakers.epithets import epithet_gender, is_age
from bot.text.speakers.framing import FramingRules
from bot.text.speakers.fronted import (
    fronted_end,
    opens_on_article,
    romance_subject_phrase,
)
from bot.text.speakers.germanic import clause_pronoun, germanic
from bot.text.speakers.germanic_sources import affiliation, closing_source, fronted_person
from bot.text.speakers.groups_esit import body_by_kind, counted_group, unnamed_opening
from bot.text.speakers.marks import Span
from bot.text.speakers.openings_esit import REACHED
from bot.text.speakers.phrases import PhraseRules
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.runs import name_runs as runs_of
from bot.text.speakers.shapes import PREPOSITIONS, Token
from bot.text.speakers.sources_romance import source_of_body
from bot.text.speakers.statements import verb_reach

# a quotation's sentence going on after it with an adjunct only: "… “…” in a statement on
# Monday.", "“…” at a rally."
_ADJUNCT_TAIL_RE = re.compile(
    r" (?:in|at|on|during|after|before|over|about|with|against|by|from|for|to|since|until"
    r"|when|while) [a-z][\w ,'’-]{0,50}[.]"
)
_PARTY_TAG_RE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_VERDICT_VERBS = frozenset(
    "called praised described labelled labeled branded dubbed hailed".split()
)


# a German or Dutch article and the role noun after it: "De burgemeester", "Der Kapitän"
_ROLE_AFTER_ARTICLE_RE = re.compile(r"(?:De|Het|Der|Die)\s+[^\W\d_][\w-]+")

# verbs whose passive names the listener: "X was asked: “…”"
ASKED = frozenset("asked told questioned pressed".split())


# the speaker's own voice: "I", "my", "we" (a quotation in the first person)
# "called on", "calls for": an appeal, speech without a speech verb of its own
_CALLS = frozenset("called calls calling".split())
# an English sentence about one person named near its start, then a quotation alone
_NAMED_SUBJECT_TOKENS = 30  # tokens of that sentence at most
_NAMED_SUBJECT_REACH = 60  # characters from the sentence's start to the name at most
# a sentence that gives its subject no voice: dead, absent, only sitting by, an age
_NOT_SPEAKING_RE = re.compile(
    r"\b(?:died|dies|killed|passed away|drowned|went missing|disappeared|is buried|sat|was not"
    r"|were not|was absent|was (?:only )?\d+)\b"
)
_THIRD_PERSON = {"m": r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b", "f": r"\b(?:[Ss]he|[Hh]er)\b"}
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|de|van|von|der|da|di|le|la))*")
# French, Portuguese, Spanish and Italian participles of being asked or reached that open a
# sentence before its subject ("Interrogée à la sortie, elle …", "Procurado, ele …")
ASKED_ROMANCE = REACHED | frozenset(
    "interrogé interrogée sollicité sollicitée joint jointe contacté contactée questionné"
    " questionnée interpellé interpellée procurado procurada contactado contactada contatado"
    " contatada questionado questionada perguntado perguntada interpelado interpelada"
    " interrogado interrogada sentito sentita".split()
)
# the prepositions of the one who asked after such a participle ("Interrogé par Le Parisien")
_ASKED_BY = frozenset("par por pelo pela pelos pelas da dal dalla dai".split())
# subject pronouns of one person in those languages
_SUBJECT_PRONOUNS_ROMANCE = frozenset("il elle ele ela él ella lui lei".split())
# articles that open a role noun before a name in commas ("The mayor, Tom X, …")
# a passive's "be" and its agent's preposition ("was described by", "fue descrita por", "è
# stato definito dal", "wurde von … genannt", "werd door … genoemd")
_PASSIVE_BE = frozenset(
    "was were is are been été fue fueron stato stata stati state foi foram wurde wurden werd"
    " werden".split()
)
_AGENT = frozenset("by par por da dal dalla dai pelo pela pelos von vom door".split())
_ROLE_ARTICLES = frozenset("The A An Le La Un Une El Il Lo Uno Una O Um Uma De Het Een".split())
FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# a reporter's own question inside a sentence about someone: "She laughs when I ask"
_ASKING_I_RE = re.compile(r"\b(?:when|as|after|before|while|once) I$")


def _named_body(phrase: str) -> bool:
    """True for a French, Portuguese, Spanish or Italian body's name opening a reporting
    sentence, its article and an adjective after it in lower case ("A Proteção Civil municipal
    indicou …", "La Chambre régionale d'agriculture rappelle …", "La Dirección Provincial de
    Educación ha garantizado …"): a speaker although no person's name."""
    words = phrase.split()
    return (
        language() in ("french", "portuguese", "spanish", "italian")
        and 2 <= len(words) <= 10
        and sum(w[:1].isupper() for w in words[1:]) >= 1
        and nm.looks_like_org(words)
    )


class ContextRules(FramingRules, PhraseRules, AsideRules):
    """Rules over the sentences and paragraphs around a quotation."""

    spans: list[Span]
    paras: list[tuple[int, int]]

    # provided by ``Attributor``
    def _para_of(self, pos: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def _sentence_start(self, pos: int, floor: int) -> int:
        raise NotImplementedError

    def _tokens(self, start: int, end: int) -> list[Token]:
        raise NotImplementedError

    def _before_clause(self, start: int, end: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _previous_sentence(self, idx: int) -> tuple[int, int] | None:
        """For a quotation opening its sentence: reported speech in the sentence before."""
        span = self.spans[idx]
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if start <= ps or self.text[start : span.open_at].strip():
            return None
        prev = self._sentence_start(start - 1, ps)
        if idx > 0 and self.spans[idx - 1].close_end > prev:
            return None
        toks = self._tokens(prev, start)
        answerer = self._asked_subject(toks, start)
        if answerer is not None:
            return answerer
        if (source := closing_source(toks)) is not None:
            return source  # "Der Pegel sei gesunken, so Lindholm. „…“"
        got = self._before_clause(prev, start)
        if got is not None and not _ASKING_I_RE.search(self.text, prev, got[1]):
            # (not "He laughs when I ask whether …": the reporter asks, he answers; and not
            # the common noun of the clause a person reports: "Ms Lind said the union had
            # warned the board in May. “…”" is Lind's)
            lower = self.text[got[0]].islower() and language() == "english"
            outer = self._reporting_subject(toks) if lower else None
            return outer if outer is not None and outer[1] < got[0] else got
        after = self.text[span.close_end : span.close_end + 2]
        if (
            len(toks) > 2
            and toks[0][0] == "The"
            and is_age(toks[1][0])
            and self._people_named(prev, start) == 0
            and after.strip()[:1] in ("", "\n")
        ):
            return toks[0][1], toks[1][2]  # "The 71-year-old, a retired nurse, has … “…”"
        reported = self._reporting_subject(toks)
        if reported is not None and (not after.strip() or after.strip()[:1] in '.\n"“„«'):
            return reported  # "Lind said the plan was right to want more. “But it must …”"
        if language() == "english" and (not after.strip() or after.strip()[:1] in ".\n"):
            first_person = FIRST_PERSON_RE.search(
                self.text, span.start, min(span.end, span.start + 400)
            )
            lead = self._named_subject(prev, start, len(toks), first_person is not None)
            if lead is not None:
                return lead  # "Its chair, Morag X, went further. “…”"
        # "Greta Lind was blunt. “…”": a short sentence about one person, then a sentence that
        # is only the quotation
        if len(toks) > 20 or (after.strip() and after.strip()[:1] not in ".\n"):
            return None
        named = self._people_named(prev, start)
        pronoun = clause_pronoun(toks) if named == 0 else None
        if pronoun is not None:
            return pronoun[1], pronoun[2]  # "Hij woont nog bij zijn ouders. ‘…’"
        fronted = fronted_person(self, toks) if named <= 1 else None
        if fronted is not None:
            return fronted  # "Na afloop was trainer X tevreden. ‘…’"
        if len(toks) > 3 and toks[0][0] == "The" and toks[1][0] in ("elder", "younger"):
            toks = toks[2:]  # "The elder Quayle shrugs. “…”": one of two relatives (kin.py)
        subj = self._clause_subject(toks)
        if subj is None or subj[0] != toks[0][1]:
            return None
        lone = self.text[subj[0] : subj[1]]
        if lone in ("He", "She") and self._people_named(prev, start) == 0:
            # "Pike is not so sure. She believes the care is safer now. ‘…’": a sentence about
            # the person a pronoun stands for, then the quotation alone (resolved later)
            return subj
        # (up to 20 tokens before a quotation in the first person, in English: "Lind arrived
        # from Perth as a locum, intending to stay a year. “My wife gave it a year.”"; or
        # after a sentence with a speech verb: "Ms Lind also called on the board to publish
        # the figures rather than relying on notices in the lobby. “Nobody reads those.”")
        first = FIRST_PERSON_RE.search(self.text, span.start, min(span.end, span.start + 400))
        longer = first or any(
            t[0] in nm.SPEECH_VERBS or (t[0] in _CALLS and u[0] in ("on", "for"))
            for t, u in zip(toks, toks[1:], strict=False)
        )  # ("called on the board to …", "calls for a review": an appeal is speech too)
        if len(toks) - affiliation(toks) > (20 if longer and language() == "english" else 14):
            return None
        # "Die Sängerin selbst sieht das anders. „…“": an epithet for someone named before
        epithet = named == 0 and epithet_gender(lone, self.text, subj[0]) is not None
        if named != 1 and not (named == 0 and fn.lone_first_name_gender(lone)) and not epithet:
            return None  # (but "Tjeerd zelf twijfelt nog." names one person by first name)
        got_name = self.people.name_in(self.text[subj[0] : subj[1]], subj[0])
        return subj if epithet or (got_name is not None and got_name[1]) else None

    def _named_subject(
        self, prev: int, start: int, length: int, first_person: bool
    ) -> tuple[int, int] | None:
        """The one person an English sentence names, as its subject near its start behind a
        role or in apposition ("Its chair, Morag X, went further.", "Her friend Pat X was less
        sentimental.", "The gallerist Priya X, who has shown …, thinks …"), for a quotation
        that is the whole next sentence: the name's span; else None. A sentence of more than
        14 tokens needs a quotation in the first person ("Carrick arrived from Perth as a young
        locum, intending to stay a year. “The valley had one road.”" is no one's); a sentence
        that gives them no voice ("His wife, Jane X, died in 2015.") or words about them ("He
        was the kindest boy") give no one."""
        if length > (_NAMED_SUBJECT_TOKENS if first_person else 14):
            return None
        lo = bisect.bisect_left(self.people._mention_pos, prev)
        hi = bisect.bisect_left(self.people._mention_pos, start)
        found = self.people.mentions[lo:hi]
        if len({m.name for m in found}) != 1 or " " not in found[0].name:
            return None  # (two people: "Rhona X met Idris Y at the gates. “…”" is either's)
        m = found[0]
        if not m.gender or not m.subject or m.pos - prev > _NAMED_SUBJECT_REACH:
            return None
        lead = self.text[prev : m.pos].replace(",", " ").split()
        if len(lead) > 4 or any(
            w.lower() in PREPOSITIONS or w.lower() in ("to", "and") for w in lead
        ):
            return None  # (the name is no subject: "The business passed in 1998 to his son, X")
        run = _NAME_RUN_RE.match(self.text, m.pos)
        if run is None or run.group().split()[-1] != m.name.split()[-1]:
            return None  # (a pronoun standing for them: "She declined to …", read as before)
        if _NOT_SPEAKING_RE.search(self.text, run.end(), start):
            return None  # "His wife, Jane X, died in 2015.", "Ben X was not in the chamber."
        words = self.text[start : start + 160]
        if re.search(_THIRD_PERSON[m.gender], words):
            return None  # "He was the kindest boy": words about them, not theirs
        return m.pos, run.end()

    def _asked_subject(self, toks: list[Token], end: int) -> tuple[int, int] | None:
        """The one asked, in a sentence opening on "Asked …," before a sentence that is only
        the answer: "Asked when the machine would reach the market, the 41-year-old smiled.
        “Not before it is safe.”" -> "the 41-year-old" (a name, he or she, or an epithet).

        The same shape in French, Portuguese, Spanish and Italian: a participle of being
        asked or reached opens the sentence, then its subject pronoun after the comma and a
        verb of no speech before the colon ("Interrogé au téléphone, il se montre plus
        prudent :", "Procurada por este jornal, ela foi além:") -> the pronoun, never the
        participle or its phrase read as a name."""
        romance = bool(toks) and toks[0][0].lower() in ASKED_ROMANCE and romance_text()
        if not toks or (toks[0][0] not in ("Asked", "Pressed", "Questioned") and not romance):
            return None
        comma = next((k for k in range(1, min(len(toks), 30)) if toks[k][0] == ","), 0)
        if not comma or comma + 1 >= len(toks):
            return None
        rest = toks[comma + 1 : comma + 13]
        if romance:
            # (a medium that asked, by its agent's preposition, is no name of a person there:
            # "Interrogé par Le Parisien, il …", "Procurada pela RTP, ela …")
            medium = toks[1][0].lower() in _ASKED_BY and not any(
                t[0][:1].isupper() and nm.bare(t[0]) in fn.FIRST_NAMES for t in toks[2:comma]
            )
            if rest[0][0].lower() not in _SUBJECT_PRONOUNS_ROMANCE or (
                not medium and any(t[0][:1].isupper() for t in toks[1:comma])
            ):
                return None  # (a name in the participle's phrase: "Interrogé par X, il …")
            subj = rest[0][1], rest[0][2]
            return subj if self._people_named(subj[1], end) == 0 else None
        if len(rest) > 2 and rest[0][0] == "the" and is_age(rest[1][0]):
            subj: tuple[int, int] | None = (rest[0][1], rest[1][2])  # "the 41-year-old smiled"
        else:
            subj = self._clause_subject(rest)
        if subj is None or subj[0] != rest[0][1]:
            return None
        return subj if self._people_named(subj[1], end) == 0 else None

    def _reporting_subject(self, toks: list[Token]) -> tuple[int, int] | None:
        """The person whose speech a sentence reports from its opening: "Transport
        spokeswoman Ana Lind said the council had been wise …" -> "Ana Lind" (a speech verb among
        its first twelve words, its subject a person's name or "he"/"she")."""
        verbs = [v for v in range(1, min(len(toks), 12)) if self._verb_at(toks, v)]
        if not verbs:
            return None
        subj = self._subject_before(toks, verbs[0])
        if subj is None or subj[0] > toks[min(len(toks) - 1, 6)][1]:
            return None  # (the subject opens the sentence, after a few role words at most)
        phrase = self.text[subj[0] : subj[1]]
        if phrase.lower() in ("he", "she"):
            return subj
        got = self.people.name_in(phrase, subj[0]) if phrase[:1].isupper() else None
        return subj if got is not None and got[1] else None

    def _reported_in_sentence(self, idx: int, romance_only: bool = False) -> tuple[int, int] | None:
        """A quotation inside the speech its sentence reports from the opening: "The Harbour
        Pilots' Association has warned that the trade could be “gone within a decade” unless
        …" -> the subject of that speech verb (a person, an organisation, he or she), when no
        one else is named between the verb and the quotation."""
        span = self.spans[idx]
        if romance_only and language() not in ("french", "portuguese", "spanish", "italian"):
            return None
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if idx and self.spans[idx - 1].close_end > start:
            return None
        subj = self._reporting_subject_at(start, span.open_at)
        if subj is None:
            return None
        return subj if self._people_named(subj[1], span.open_at) == 0 else None

    def _reporting_subject_at(
        self, start: int, end: int, any_np: bool = False
    ) -> tuple[int, int] | None:
        """The subject of the first speech verb of ``text[start:end]`` when it opens the
        sentence (a person, an organisation, he or she), or in French and Portuguese opens it
        after a fronted phrase ("Dans un communiqué, l'agence évoque …", "Em nota, o órgão
        afirmou …": also a body by its kind or a role noun)."""
        toks = self._tokens(start, end)
        lead = fronted_end(toks) if romance_text() else 0
        reach = min(len(toks), lead + verb_reach(toks, lead))
        verbs = [v for v in range(lead + 1, reach) if self._verb_at(toks, v)]
        if not verbs and lead and any_np and toks[-1][0] == ":":
            # "Questionado sobre …, que …, Ana X foi mais otimista: «…»": the name after the
            # fronted phrase (which may hold a clause in commas), or the role right after it
            end = next((c for c in range(lead + 1, len(toks)) if toks[c][0] in (",", ":")), 0)
            if opens_on_article(toks[lead][0]) and 1 <= end - lead <= 4:
                return toks[lead][1], toks[end - 1][2]  # "Puis l'ancien maire, à voix basse :"
            for c in [c for c in range(lead - 1, min(len(toks) - 1, 25)) if toks[c][0] == ","][:3]:
                got = self._clause_subject(toks[c + 1 : c + 13])
                if got is not None and got[0] == toks[c + 1][1] and self.text[got[0]].isupper():
                    return got
        if not verbs:
            return None
        subj = self._subject_before(toks, verbs[0])
        v = verbs[0] - (toks[verbs[0] - 1][0].lower() in nm.AUXILIARIES | {"se", "s'", "s’"})
        named_body = lead and romance_subject_phrase(toks[lead][0]) and toks[lead][0][2:3].isupper()
        if (
            (subj is None or named_body)
            and lead
            and 1 <= v - lead <= (9 if named_body else 4)
            and opens_on_article(toks[lead][0])
        ):
            # "Dans un communiqué, l'agence évoque …": a lower-case noun phrase up to the verb
            subj = toks[lead][1], toks[v - 1][2]
        if subj is None and (described := unnamed_opening(self.text, toks, lead)) is not None:
            return described  # "Un comerciante que prefirió no dar su nombre aseguró que «…»"
        if subj is None or not toks[lead][1] <= subj[0] <= toks[min(len(toks) - 1, lead + 3)][1]:
            return None
        phrase = self.text[subj[0] : subj[1]]
        if phrase not in ("He", "She") and (
            # (with ``any_np``, any lower-case noun phrase after the fronted one: "le
            # gouvernement" is no one named, but it is the subject)
            not (
                phrase[:1].isupper()
                or (lead and (any_np or romance_subject_phrase(phrase)))
                or counted_group(phrase)
            )
            or (
                phrase[:1].isupper()
                and self.people.name_in(phrase, subj[0]) is None
                and not _named_body(phrase)
                and not body_by_kind(phrase)
                and not counted_group(phrase)
                and not source_of_body(phrase)  # "Fonte da GNR adiantou que"
            )
        ):
            return None
        if phrase[:1].isupper() and phrase.split(" ", 1)[0].lower() in fw.ROMANCE_ARTICLES:
            if self.people.name_in(phrase, subj[0]) is None and _named_body(phrase):
                return subj[0] + phrase.index(" ") + 1, subj[1]  # (its name without "A ")
        return subj

    def _sentence_subject(self, idx: int) -> tuple[int, int] | None:
        """A quotation that ends the sentence a person's name opens: "Moore thanked him for
        “stepping up when others would not.”" / "Carson called the system “rotten to the core.”"
        -> the name, when it names a person and no other person comes before the quotation."""
        span = self.spans[idx]
        if (
            self.text[span.close_end : span.close_end + 1] not in ("", ".", "\n")
            and self.text[span.end - 1 : span.end] not in (".", "!", "?")
            and not _ADJUNCT_TAIL_RE.match(self.text, span.close_end)
            # (German and Dutch: or the sentence going on, "noemde het ‘…’, al …", "sprach
            # von einem „…“ für die Stadt": the verb stands before the quotation)
            and not germanic()
        ):
            return None
        _, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        toks = self._tokens(start, span.open_at)
        while toks and toks[0][0] in ("And", "But", "Yet"):
            toks = toks[1:]  # "And Mott called Lind “…”"
        if not toks or not toks[0][0][:1].isupper():
            return None
        if germanic() and any(t[0].lower() in ("volgens", "laut") for t in toks):
            return None  # "De sloten worden volgens hem ‘…’ geschoond": the source cited
        if toks[0][0] in ("He", "She") and len(toks) > 1 and toks[1][0].islower():
            # "She called the harbour plan “a gift to the developers.”": the pronoun, resolved later
            return toks[0][1], toks[0][2]
        # the subject opens the sentence, or follows a fronted adjunct: "In an August speech,
        # Reyes attacked “…”", "In her speech, a tribute to Jo Hale, Ms. Reyes praised …"
        got, opening = None, 0
        if toks[0][0].lower() in PREPOSITIONS:
            for c in [k for k in range(1, min(len(toks) - 1, 30)) if toks[k][0] == ","][:3]:
                got = self._clause_subject(toks[c + 1 : c + 13])
                if got is not None and got[0] == toks[c + 1][1]:
                    opening = c + 1
                    break
        elif (
            toks[0][0] in ("Its", "His", "Her", "Their")
            or (
                toks[0][0] in ("Son", "Sa", "Leur", "Seu", "Sua")
                and language() in ("french", "portuguese")
            )
            or toks[0][0] in _ROLE_ARTICLES
        ):
            # "Its president, Doug Fennimore, called the timeline “…”": the name in commas
            # (and "Son fils, Alain X, 66 ans, garde le souvenir d'une mère « … »"); an article
            # and a role in lower case before the name in commas, the subject of the sentence
            # the quotation ends ("The mayor, Tom Kettering, calls it “…”", "A investigadora
            # responsável, Sofia Pimentel, fala de «…»", "Il sindaco, Mario Rossi, lo definisce
            # «…»"): the name in commas, when a comma closes it
            c = next((k for k in range(2, min(len(toks), 6)) if toks[k][0] == ","), 0)
            if c and all(t[0].isalpha() and t[0].islower() for t in toks[1:c]):
                opening = c + 1
                got = self._first_name_run(toks[: c + 6], opening)
                if got is not None and toks[0][0] in _ROLE_ARTICLES:
                    after = self.text[got[1] : got[1] + 1]
                    rest = [t[0].lower() for t in toks if t[1] > got[1]]
                    passive = any(w in _PASSIVE_BE for w in rest) and any(
                        w in _AGENT for w in rest
                    )  # "The victim, Ana X, was described by her sister as “…”": not hers
                    got = got if after == "," and not passive else None
                    opening = opening if got is not None else 0
        if got is None and opening == 0 and toks[0][0].lower() not in nm.STOPWORDS:
            opening = 0  # (an article and no role in commas: the subject as before)
            got = self._clause_subject(toks[:12])
        if got is None or got[0] != toks[opening][1]:
            return None
        if any(
            a[0] in ("was", "were", "is", "are", "been") and b[0] in ASKED
            for a, b in zip(toks, toks[1:], strict=False)
        ):
            return None  # "Student Amir Haddad was asked: “…”": the one asked does not say it
        phrase = self.text[got[0] : got[1]]
        name = self.people.name_in(phrase, got[0])
        if name is not None and nm.quantified_phrase(name[0]):
            return None  # "Einige Pläne seien „…“", "Kleine Kliniken seien „…“": a noun phrase
        if name is None or not name[1] or len(name[0].split()) < 2:
            # "Según fuentes del ministerio, “…”": a person known by full name only (or by the
            # role a German or Dutch text introduced them with: "De burgemeester sprak van ‘…’")
            role = _ROLE_AFTER_ARTICLE_RE.match(self.text, got[0]) if germanic() else None
            known = self._germanic_epithet(role.group(), got[0]) if role else None  # type: ignore[attr-defined]
            return role.span() if known is not None and known[1] else None
        # no other person between the subject and the quotation ("Library Friends president
        # Tom Okafor" names one; "Lind's plan" names none that acts), or only the object of
        # a verdict: "Mayor Lind called Pelletier “the memory of this town”", "praised Marsh as"
        between = [
            w
            for w in self.text[got[1] : span.open_at].split()
            if w.strip(",.") and not _PARTY_TAG_RE.match(w.strip(",."))
        ]  # ", R-Texas, praised Marsh as"
        verdict = bool(between) and nm.bare(between[0]) in _VERDICT_VERBS
        if verdict and len(between) <= 4:
            return got
        return got if self._people_named(got[1], span.open_at, name[0]) == 0 else None

    def _people_named(self, start: int, end: int, other_than: str = "") -> int:
        """How many people ``text[start:end]`` names in full ("Die Klinik" is no one)."""
        found = {other_than}
        chunk = self.text[start:end]
        for run in runs_of(chunk):
            if nm.possessive(run[-1]):
                continue  # "Lind's plan": a name that qualifies a noun
            if nm.bare(run[0]) in fw.PLACE_NOUNS and len(run) > 1:
                continue  # "Jardim Esperança", "Piazza Garibaldi": a place
            if not any(nm.bare(w) in fn.FIRST_NAMES for w in run) and re.search(
                rf"\b(?:de|het|der|die|das|den|dem)\s+{re.escape(run[0])}\b", chunk
            ):
                continue  # "richting de Olympische Spelen": an article makes it a noun
            got = self.people.name_in(" ".join(run), start)
            if got is not None and got[1] and len(got[0].split()) >= 2:
                found.add(got[0])
        return len(found) - 1
