"""Attribution from the paragraphs around a quotation (private to ``attribution.py``).

A paragraph that is only quotation takes its speaker from the person the paragraph before it
reports (``Dana Whitlock of the port authority says …`` then ``“Ships arrive in bunches.”``),
from a credit line under it (``― Ana Lind``), or, in an interview, from the person answering
the questions; "he said" under a sentence introducing someone unnamed is theirs. ``ParagraphRules``
builds on the sentence rules of ``ContextRules``.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import firstnames as fn
from bot.text.speakers import names as nm
from bot.text.speakers.context import FIRST_PERSON_RE as _FIRST_PERSON_RE
from bot.text.speakers.context import ContextRules
from bot.text.speakers.epithets import is_age
from bot.text.speakers.germanic_phrase import fronted_v2
from bot.text.speakers.newcomer import died
from bot.text.speakers.reading import language, plainly_english
from bot.text.speakers.shapes import Token

# a Dutch quotation in the first person: "ik", "mijn", "we", "ons"
_FIRST_PERSON_NL_RE = re.compile(r"\b(?:[Ii]k|[Mm]ijn|[Mm]ij|[Mm]e|[Ww]e|[Ww]ij|[Oo]ns|[Oo]nze)\b")

# a line that only credits the quotation above it: "― Ana Lind", "- Sanders.", "-Ana Lind, Leeds."
_CREDIT_LINE_RE = re.compile(r"[-―—–]+ ?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[.,]?")
_CREDIT_TAIL_RE = re.compile(r"[―—]\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})\.?\s*$")
# Romance articles opening a capitalized run: a body's name ("Il Sangallo Calcio", "El Real X")
_ARTICLES = frozenset("Il Lo La Le Les El Los Las O Os As Gli I".split())
_QUOTE_CHARS = '"“”«»„'
# the reporter's question closing a paragraph: "I ask her why she stays."
_ASKED_RE = re.compile(r"I (?:ask|asked|put it to|wonder aloud to) (him|her)\b")
_UNNAMED_RE = re.compile(  # (after a body's name: "A Millbrook Council spokesman said")
    # (after a fronted place or time: "Outside the station, a commuter who … said")
    r"(?:(?:Outside|Inside|In|At|On|Near|Among|After|Before|During|Behind|Across|Along|Back)"
    r"(?: [\w'’-]+){1,8}, (?=an? [a-z]))?"
    r"(?:A|An|One|Another|a|an) ((?:[A-Z][\w'’&-]* ){0,4}(?:[a-z]+ ){0,3}[a-z]+"
    # (and a place: "One resident of Mill Lane, who …")
    r"(?: (?:of|in|from|at) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?)"
    r"(?=,| [a-z]+ed\b| said\b| says?\b| told\b| who\b)"
)
# the apposition after "Another passenger" before its relative clause: ", a businessman who"
_ANOTHER_APPOSED_RE = re.compile(
    r", (an? [a-z]+(?: [a-z]+){0,2}(?: of (?:two|three|four|five|six))?) who\b"
)
_PERSON_ENDS = ("ee", "er", "or", "ist", "ian", "man", "woman", "person", "ent", "ant")
# a sentence opening on "The" and a role noun as its subject: "The coach singled out …"
_ROLE_SUBJECT_RE = re.compile(r"The ([a-z]+) (?=[a-z]+(?:ed|s)\b)")
# a short sentence giving someone's stance, no speech verb, right before their words: "A pension
# trustee at the scheme was more cautious.", "The coroner was unmoved." / "“…,” he said"
_STANCE_RE = re.compile(
    r"(?:(?:A|An|One|Another) ((?:[a-z]+ ){0,2}[a-z]+)(?: (?:with|at|from|of|in|on) [^.,;]{1,60})?"
    r"|The ([a-z]+)) (?:was|were|seemed|sounded) (?:(?:less|more|even|far|much|rather|not) )?"
    r"[a-z]+\.\s*$"
)
# the reporter's question to someone they name: "I asked Harriet whether …"
_ASKED_NAME_RE = re.compile(
    r"\bI (?:ask|asked|put it to|put the question to) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?= whether\b| if\b| why\b| what\b| how\b| about\b| when\b|,)"
)
_NAME_COLON_RE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}:")  # "Ana Lind: …"


class ParagraphRules(ContextRules):
    """Rules over the paragraphs before and around a quotation."""

    def _reported_person(self, para: int) -> tuple[int, int] | None:
        """The person a paragraph without quotation marks reports, for the quotation after it.

        The paragraph must report speech (a speech verb or "according to"). Its speaker is
        "he"/"she" opening it, the full name after ", says", or the person's full name it
        opens on within five words: "Dana Whitlock of the port authority says …" / "Le
        médecin Karim Benali a déclaré …".
        A paragraph that is one line with no verb after the name (a byline, a caption
        credit) reports no one.
        """
        ps, pe = self.paras[para]
        if self.people.is_headline(para) and not _NAME_COLON_RE.match(self.text, ps, pe):
            # "12 Voters Share Their Hopes For The Race" reports no one; "Ana Lind: ‘We Stay’"
            # names its speaker
            return None
        end = min(pe, ps + 300)
        toks = self._tokens(ps, end)
        words = [t for t in toks if t[0][:1].isalnum()]
        if len(words) < 6:
            return None  # "By Kevin Marsh", "Photo: Ana Ruiz"
        verbs = [v for v in range(len(toks)) if self._verb_at(toks, v)]
        according = [
            v for v in range(len(toks)) if toks[v][0].lower() in nm.ACCORDING | {"according"}
        ]
        if not verbs and not according and self._people_named(ps, end) > 1:
            return None  # "Dana Whitlock met Omar Reyes at the port": whose words follow?
        if toks[0][0].lower() in ("he", "she") and verbs:
            return toks[0][1], toks[0][2]  # "She says the cranes are late." / “…”
        for v in verbs:  # "The delays have several causes, says Dana Whitlock of the port."
            if v > 0 and toks[v - 1][0] == "," and toks[v][0].lower() not in nm.NEEDS_OBJECT:
                np = self._np_after(toks, v + 1)
                if np is not None and self.text[np[0] : np[0] + 1].isupper():
                    name = self.text[np[0] : np[1]].split(" of ")[0]  # not "of the port"
                    got = self.people.name_in(name, np[0])
                    if got is not None and got[1] and len(got[0].split()) >= 2:
                        return np[0], np[0] + len(name)
        fronted = fronted_v2(self, toks, verbs[0], self._verb_at(toks, verbs[0])) if verbs else None
        if fronted is not None:
            return fronted  # "Namens de buurt sprak X Y in. Ze wees op …" (German, Dutch)
        if verbs and not self.people.is_headline(para):
            # the subject of its last speech verb: "…, calling the plan “a farce,” Susan said
            # as she left." / "Lind told the board the cranes were late." then “…”
            subj = self._subject_before(toks, verbs[-1])
            phrase = self.text[subj[0] : subj[1]] if subj else ""
            got = self.people.name_in(phrase, subj[0]) if phrase[:1].isupper() and subj else None
            if (
                got is not None
                and got[1]
                and (len(got[0].split()) >= 2 or fn.lone_first_name_gender(got[0]))
            ):
                return subj
            role = (
                self._romance_subject(toks, 0) if language() in ("french", "portuguese") else None
            )
            if role is not None and verbs[-1] <= 20:
                # "A deputada, que está no terceiro mandato, também questionou o valor." / “…”:
                # the role noun the paragraph opens on, for the person it stands for
                return role
        if (
            not verbs
            and not according
            and pe - ps <= 160
            and language() in ("french", "portuguese")
        ):
            # a one-sentence lead-in on a role noun and no speech verb ("La géologue ne se
            # montre guère optimiste." / "A autarca não esconde a preocupação." then "«…»"):
            # the person the role noun stands for, when the lead-in names no one else
            role = self._romance_subject(toks, 0)
            if role is not None and self._people_named(ps, end) == 0:
                if self._sentence_start(pe - 1, ps) == ps:
                    return role
        got = self._opening_person(toks, 0)
        if got is None and pe - ps <= 300:
            # "Die IG Metall begrüßte die Entscheidung. Bezirksleiter Daniel Brüggemann hatte
            # lange dafür geworben." / “…”: the person opening the paragraph's last sentence
            last = self._sentence_start(pe - 1, ps)
            if last > ps:
                got = self._opening_person(self._tokens(last, pe), 0)
        if (
            got is not None
            and not verbs
            and died(self.text[got[1] : self._sentence_end(got[1], pe)])
        ):
            return None  # "Her husband, Ken X, died in 2009." / “…”: spoken about, not speaking
        return got

    def _unnamed_reporter(self, idx: int) -> tuple[int, int] | None:
        """For a “…,” she said: a person the sentence before introduces by a common noun as
        the subject of reported speech, with no one named since ("A former employee, who
        asked not to be named, said the cuts came without warning. “…,” she said.")."""
        span = self.spans[idx]
        para, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, ps)
        if start <= ps and para > 0 and not self.text[ps : span.open_at].strip():
            # the quotation opens its paragraph: the last sentence of the paragraph before
            # ("One father, who asked not to be named, said …" / "“…,” he said.")
            start, ps = ps, self.paras[para - 1][0]
        elif (
            start <= ps
            and self.text[ps : span.open_at].rstrip().endswith(".")
            and (plainly_english())
        ):
            # a sentence the quotation follows in its paragraph, though read as one with it
            # (a single mark opening the quotation): "The coroner was unmoved. ‘…,’ she told"
            start = span.open_at
        elif start <= ps or (idx and self.spans[idx - 1].close_end > start - 1 >= ps):
            return None
        prev = self._sentence_start(start - 1, ps)
        if idx and self.spans[idx - 1].close_end > prev:
            return None
        m = _UNNAMED_RE.match(self.text, prev, start)
        role = _ROLE_SUBJECT_RE.match(self.text, prev, start) if m is None else None
        stance = _STANCE_RE.match(self.text, prev, start) if m is None and role is None else None
        if stance is not None and stance.group(2):
            role = stance  # "The coroner was unmoved." / "“…,” she told him": the coroner
        elif stance is not None and plainly_english():
            head = nm.bare(stance.group(1).split()[-1])
            if (head.endswith(_PERSON_ENDS) or head in nm.PERSON_NOUNS) and not self._people_named(
                stance.end(1), span.open_at
            ):
                return stance.start(), stance.end(1)  # "A pension trustee … was more cautious."
        holder = (
            self.people.role_person(f"the {role.group(1) or role.group(2)}", prev) if role else None
        )
        pronoun = self.text[span.close_end : span.close_end + 6].split()[:1]
        if holder is not None and plainly_english() and pronoun:
            # "The coach singled out Tom Ah-Kee, who …" / "“…,” he said.": the person the
            # sentence's role noun stands for (introduced as "Coach Danny Kovac"), not the
            # person it names after its verb, when the pronoun fits
            sex = "m" if nm.bare(pronoun[0]) == "he" else "f"
            known = self.people.genders(holder)
            end = role.end(1) if role.group(1) else role.end(2)
            return (role.start(), end) if not known or sex in known else None
        said = self.text[prev:start].lower().replace(",", " ").split()
        # the noun before a complement is the head: "A nurse at the facility"
        words = m.group(1).split() if m is not None else [""]
        if "who" in words[1:]:  # "a commuter who asked …": the noun before the relative
            words = words[: words.index("who", 1)]
        cut = next((c for c, w in enumerate(words) if c and w in ("at", "of", "from", "in")), 0)
        head = nm.bare(words[cut - 1] if cut else words[-1])
        if (
            m is None
            or not (head.endswith(_PERSON_ENDS) or head in nm.TITLES or head in nm.PERSON_NOUNS)
            or not any(w in nm.SPEECH_VERBS for w in said)
            or self._people_named(m.end(), span.open_at) > 0
        ):
            return None
        det = self.text.rfind(" ", m.start(), m.start(1) - 1)  # (after a fronted adjunct)
        begin, end = (det + 1 if det >= 0 else m.start()), m.start(1) + len(" ".join(words))
        if self.text.startswith("Another ", begin) and (
            app := _ANOTHER_APPOSED_RE.match(self.text, end)
        ):
            return app.span(1)  # "Another passenger, a businessman who …": the apposition
        return begin, end

    def _asked_by_name(self, ps: int, pe: int) -> tuple[int, int] | None:
        """The person the reporter's question in a paragraph names ("I asked Harriet whether
        she would stand again. She looked at the river for a long time."), when the
        paragraph names no one else: the answer in the paragraph after is theirs."""
        asked = _ASKED_NAME_RE.search(self.text, ps, min(pe, ps + 600))
        if asked is None or self._people_named(ps, pe) > 1:
            return None
        got = self.people.name_in(asked.group(1), asked.start(1))
        if got is None or not got[1]:
            return None
        firsts = self.people._by_first().get(got[0], ())
        full = {e[1]: e[0] for e in firsts if e[0] < ps and len(e[1]) <= 3}  # (a slogan: 4+)
        if " " not in got[0] and len(full) == 1:
            # "I asked Harriet …" after "Harriet Vale": where her full name stands
            words, at = next(iter(full.items()))
            if self.text.startswith(" ".join(words), at):
                return at, at + len(" ".join(words))
        return asked.span(1)

    def _narrated_person(self, idx: int, para: int) -> tuple[int, int] | None:
        """For an English paragraph that is only a quotation in the first person, after a
        plain paragraph about someone with no speech verb ("She grew up in Tarrow and learned
        to skate on the canal." / "Oyelaran, 58, still keeps the shop." then "“My father
        …”"): the person the paragraph before is about, as "he"/"she" or a name opening its
        last sentence (else its first, when it names no one else). Profiles and features let
        the subject speak this way; a quotation not in the first person is left alone."""
        dutch = language() == "dutch"
        if not (plainly_english() or dutch) or para < 0 or self.people.is_headline(para):
            return None
        span = self.spans[idx]
        ps, pe = self.paras[para]
        marked = bisect.bisect_left(self.span_opens, pe) - bisect.bisect_left(self.span_opens, ps)
        if marked:
            return None  # (a paragraph with words of its own in marks)
        if dutch:
            # the same shape in Dutch profiles: "Ze tikt er met haar vinger op." / "Dan draait
            # ze het slot dicht." then "‘Ik …’"
            return self._narrated_dutch(span.start, min(span.end, span.start + 400), ps, pe)
        asked = _ASKED_RE.match(self.text, self._sentence_start(pe - 1, ps), pe)
        if asked is not None:
            # "Fashola-Grant finally sits down. I ask her why she stays." / "“Because …”":
            # the answer of the one person the paragraph names, when the pronoun fits
            k = bisect.bisect_left(self.people._mention_pos, ps)
            here = [m for m in self.people.mentions[k : k + 4] if m.pos < asked.start()]
            sex = "m" if asked.group(1) == "him" else "f"
            if len({m.name for m in here}) == 1 and here[-1].gender in (None, sex):
                last = here[-1].name.split()[-1]
                at = self.text.find(last, here[-1].pos, asked.start())
                return (here[-1].pos, at + len(last)) if at >= 0 else None
            return None
        if (put := self._asked_by_name(ps, pe)) is not None:
            return put  # "I asked Harriet whether … She thought for a while." / "“…”"
        if not _FIRST_PERSON_RE.search(self.text, span.start, min(span.end, span.start + 400)):
            return None
        for start in (self._sentence_start(pe - 1, ps), ps):
            toks = self._tokens(start, min(pe, start + 200))
            if len(toks) < 3 or self._people_named(start, pe) > 1:
                continue  # (a sentence about two people: whose words follow?)
            if toks[0][0] in ("He", "She") and toks[1][0].islower():
                return toks[0][1], toks[0][2]  # (resolved as the pronoun)
            if toks[0][0] == "The" and is_age(toks[1][0]):
                return toks[0][1], toks[1][2]  # "The 35-year-old, who …, was …"
            got = self._opening_person(toks, 0)
            if got is None and (toks[1][0] == "," or toks[1][0].islower()):
                # "Oyelaran, 58, …", "Oyelaran admits …": a surname alone the text gave before
                known = self.people.name_in(toks[0][0], toks[0][1])
                if known is not None and known[1] and " " in known[0]:
                    got = toks[0][1], toks[0][2]
            if got is not None and self.text[got[1] - 2 : got[1]] in ("’s", "'s"):
                # "Harwick’s back four was pulled apart …" / "“I’ve …”": a club's possessive
                # opens a sentence about its players, no one who speaks in the first person
                known = self.people.name_in(self.text[got[0] : got[1] - 2], got[0])
                if known is None or not known[1] or not self.people.genders(known[0]):
                    continue  # (a person the text gives a gender stays: "Morrow’s side …")
            if got is not None and got[0] < start + 40:
                return got
        return None

    def _narrated_dutch(self, qs: int, qe: int, ps: int, pe: int) -> tuple[int, int] | None:
        """``_narrated_person`` for Dutch: a first-person quotation after a plain paragraph whose
        last sentence opens on "ze"/"hij" (or "Dan", a verb, the pronoun) and that names no one
        else: the last person named before, named in full, of the pronoun's sex (else none)."""
        if not _FIRST_PERSON_NL_RE.search(self.text, qs, qe):
            return None
        start = self._sentence_start(pe - 1, ps)
        toks = self._tokens(start, min(pe, start + 200))
        if len(toks) < 3 or self._people_named(ps, pe) > 1:
            return None
        if toks[0][0] in ("Ze", "Zij", "Hij") and toks[1][0].islower():
            pron = toks[0]
        elif toks[0][0] in ("Dan", "Daarna", "Toen") and toks[2][0] in ("ze", "zij", "hij"):
            pron = toks[2]
        else:
            return None
        k = bisect.bisect_left(self.people._mention_pos, pron[1])
        last = self.people.mentions[k - 1] if k else None
        sex = "m" if pron[0].lower() == "hij" else "f"
        if last is None or last.gender != sex or " " not in last.name or pron[1] - last.pos > 1500:
            return None
        surname = last.name.split()[-1]
        at = self.text.find(surname, last.pos, pron[1])
        return (last.pos, at + len(surname)) if at >= 0 else None

    def _opening_person(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """The full name of a person within the first five tokens from k."""
        while (
            k < min(len(toks), 5)
            and not (
                toks[k][0][:1].isupper()
                and k + 1 < len(toks)
                and (
                    toks[k + 1][0][:1].isupper()
                    # (a particle after the first name: "Maria da Graça Ferreira")
                    or (
                        toks[k + 1][0] in nm.NAME_PARTICLES
                        and k + 2 < len(toks)
                        and toks[k + 2][0][:1].isupper()
                        and nm.bare(toks[k][0]) in fn.FIRST_NAMES
                    )
                )
            )
        ):
            k += 1
        if k >= min(len(toks), 5):
            return None
        j = k
        while j + 1 < len(toks) and (
            toks[j + 1][0][:1].isupper() or toks[j + 1][0] in nm.NAME_PARTICLES
        ):
            j += 1
        if toks[k][0] in _ARTICLES and nm.bare(toks[k + 1][0]) not in fn.FIRST_NAMES:
            return None  # "Il Sangallo Calcio ha battuto …": a club or a body, no person
        got = self.people.name_in(self.text[toks[k][1] : toks[j][2]], toks[k][1])
        if got is None or not got[1] or len(got[0].split()) < 2:
            return None
        return toks[k][1], toks[j][2]

    def _interview_questions(self) -> set[int]:
        """The paragraphs of an interview that are the interviewer's questions: short, a
        question, no quotation marks, and a paragraph that opens on a quotation after each
        ("What are you writing now?" then "“Something different.”"); at least two of them,
        or none (one rhetorical question in a report is no interview)."""
        opens = set()
        for span in self.spans:
            k, ps, _ = self._para_of(span.open_at)
            if span.open_at == ps:
                opens.add(k)
        out = set()
        for k, (ps, pe) in enumerate(self.paras[:-1]):
            line = self.text[ps:pe].strip()
            if (
                k + 1 in opens
                and line.endswith("?")
                and len(line) <= 250
                and not any(ch in line for ch in _QUOTE_CHARS)
            ):
                out.add(k)
        return out if len(out) >= 2 else set()

    def _credit_tail(self, para: int) -> tuple[int, int] | None:
        """The name a paragraph ends on after a long dash: "“…” And more. ― Ana Lind." (a
        reader's comment or a pull quote signed at its end)."""
        ps, pe = self.paras[para]
        m = _CREDIT_TAIL_RE.search(self.text, max(ps, pe - 60), pe)
        if m is None:
            return None
        got = self.people.name_in(m.group(1), m.start(1))
        return m.span(1) if got is not None and got[1] else None

    def _credit_line(self, para: int) -> tuple[int, int] | None:
        """The name on a short line after a paragraph that ends on a quotation: the paragraph
        is the quotation, the line after it its credit ("“…”" then "― Ana Lind" / "- Lind.")."""
        if para + 1 >= len(self.paras):
            return None
        ps, pe = self.paras[para]
        if self.text[pe - 1 : pe] not in ('"', "”", "'", "»", "“") and self.text[
            pe - 2 : pe
        ] not in ('".', "”."):
            return None
        ns, ne = self.paras[para + 1]
        if ne - ns > 60:
            return None
        m = _CREDIT_LINE_RE.match(self.text, ns, ne)
        if m is None:
            return None
        rest = self.text[m.end() : ne].strip(" ,.")
        if rest and not m.group().endswith(","):
            return None  # "- Sanders." / "-Ana Lind, Leeds." but not "- Lind fought back …"
        got = self.people.name_in(m.group(1), m.start(1))
        return m.span(1) if got is not None and nm.plausible_speaker(got[0]) else None
