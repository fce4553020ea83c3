"""The speaker phrase in the clause before a quotation's opening mark (private to
``attribution.py``): ``X told reporters: “``, ``According to X, “``, ``Selon X, « ``,
``X sagte: „``, a clause ending on a colon in the paragraph before (``Smith said in a
statement:`` then ``“…``). The cues that are not a speech verb ("according to", "Selon", a
verdict verb) are in ``cues``. ``Attributor`` provides the text, the tokens and the clause rules.
"""

from __future__ import annotations

import bisect

from bot.text.speakers import before_words as bw
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.before_shapes import OpeningShapes
from bot.text.speakers.context import ASKED, ASKED_ROMANCE
from bot.text.speakers.copular import free_relative, object_clause_verb
from bot.text.speakers.cues import CueRules
from bot.text.speakers.cuts import unmark_titles
from bot.text.speakers.dropped import dropped_subject, fronted_then_dropped, inverted_subject
from bot.text.speakers.employers_romance import employer_aside_last
from bot.text.speakers.fronted_naming import (
    OF_WORDS,
    adjunct_naming,
    after_of,
    another_one,
    framing_opener,
    fronted_object,
    role_of_place_end,
)
from bot.text.speakers.germanic import (
    INFINITIVES,
    adverb_v2_pronoun,
    germanic,
    inverted_verb,
    object_word,
    v2_pronoun,
)
from bot.text.speakers.germanic_phrase import (
    FINITE_BE_HAVE,
    aged_after_object,
    fronted_v2,
    noun_after_article,
)
from bot.text.speakers.germanic_statements import fronted_document_es, governed_colon
from bot.text.speakers.germanic_unnamed import unnamed_from_place
from bot.text.speakers.gerunds import GerundRules
from bot.text.speakers.governed import opens_on_verb
from bot.text.speakers.groups_esit import one_of_those_who
from bot.text.speakers.institutions import institution_subject
from bot.text.speakers.interrupted import interrupted_subject, quoted_from
from bot.text.speakers.interview import ANSWER_RE
from bot.text.speakers.later_verb import LEADING_JUNK as _LEADING_JUNK
from bot.text.speakers.marks import Span
from bot.text.speakers.objects import and_then_of, object_after_verb
from bot.text.speakers.openings_esit import reached_opening
from bot.text.speakers.opinions import opinion_holder
from bot.text.speakers.participles import participle_subject
from bot.text.speakers.phrase_words import PAST_PERFECT
from bot.text.speakers.reading import plainly_english, romance_text
from bot.text.speakers.relative import plea_from, relative_name, relative_subject
from bot.text.speakers.romance_words import (
    apposition_after,
    fronted_before_role_name,
    saying_gerund,
)
from bot.text.speakers.runs import name_runs as runs_of
from bot.text.speakers.shapes import PREPOSITIONS, romance_passive
from bot.text.speakers.someone import someone_subject
from bot.text.speakers.speech_acts import possessive_colon
from bot.text.speakers.unnamed_en import unnamed_colon
from bot.text.speakers.unnamed_esit import unnamed_before

# Romance auxiliaries before a participle of saying ("tinha dito", "ha dichiarato")
_ROMANCE_AUX = PAST_PERFECT | frozenset("a ha há han hanno ont tem têm avait".split())


class BeforeRules(CueRules, OpeningShapes, GerundRules):
    """Rules over the clause before a quotation."""

    text: str
    paras: list[tuple[int, int]]
    spans: list[Span]
    span_opens: list[int]

    def _before(self, span: Span, prev_close: int) -> tuple[int, int] | None:
        """Speaker phrase in the clause before the opening mark."""
        text = self.text
        k, ps, _ = self._para_of(span.open_at)
        start = self._sentence_start(span.open_at, max(ps, prev_close))
        label = ANSWER_RE.match(text, start) if start == ps else None
        if label is not None and label.end() == span.open_at:
            return None  # an interview's answer label, "A: “…”", names no one
        if start < span.open_at and (
            held := opinion_holder(self.people, start, span.open_at, span.close_end)
        ):
            return held  # "In her view, “…”", "A su juicio, «…»": the person named before
        if start < span.open_at and text[start : span.open_at].strip():
            # "In einer Stellungnahme hieß es, man werde „…“": the body's "es"; "Dann, nach
            # einer Pause: „…“": no one (the quotation goes with its neighbours)
            got = fronted_document_es(text, start, span.open_at)
            got = got or self._before_clause(start, span.open_at)
            if got is None and opens_on_verb(text, span):
                # "Dans un communiqué, la compagnie X « regrette la gêne occasionnée »": the
                # subject of the verb the marks open on
                toks = unmark_titles(self._tokens(start, span.open_at))
                got = self._clause_subject(toks) if toks else None
            return None if governed_colon(text, got, span.open_at, self.people.registry) else got
        # Smith said in a statement:\n\n“... (not a dialogue line after "Hubo un intercambio
        # encendido:", which says its own speaker after its dash)
        if span.open_at == ps and k > 0 and text[ps] not in "—–―":
            pps, ppe = self.paras[k - 1]
            if text[ppe - 1 : ppe] == ":":
                return self._before_clause(self._sentence_start(ppe - 1, pps), ppe)
        return None

    def _after_talk(self, pos: int) -> bool:
        """True when ``pos`` opens a paragraph and the paragraph before ends on a quotation
        (not a sentence about someone else: "A associação rejeita as críticas. Em nota, diz
        que …" is the body's, which the verb's reading would miss)."""
        k, ps, _ = self._para_of(pos)
        return pos == ps and k > 0 and self.text[: self.paras[k - 1][1]].rstrip()[-1:] in '»”"'

    def _before_clause(self, start: int, end: int) -> tuple[int, int] | None:
        toks = unmark_titles(self._tokens(start, end))
        while toks and (
            toks[-1][0] in (",", ":", "—", "–", "-", "(", "[") or toks[-1][0] in bw.OPEN_MARKS
        ):
            toks.pop()
        if not toks:
            return None
        if possessive_colon(self.text, toks, end):
            return toks[0][1], toks[-1][2]  # "Her advice: “…”": the one quoted before (passes)
        if (plea := plea_from(toks)) is not False:
            return plea  # "… by a letter from a group of teenagers asking them to “…”"
        if (other := another_one(toks)) is not None and self.text[start:end].rstrip()[-1:] == ":":
            return other  # "Un altro ribatte: «…»": someone unnamed, as written
        if (unnamed := unnamed_colon(self.text, start, end)) is not None:
            return unnamed  # "One passenger, a nurse who …, was blunter:": as written
        handled, got = self._opening_shape(toks, start, end)
        if handled:
            return got  # "Según la nota …", "Lo ha confermato X:", "Il segreto, spiega, …:"
        # (English reported speech reaches further back: "A spokesman told the Courier that a
        # contractor had now been appointed and the lift would be ‘…’" -- its verb 15 words back;
        # "The Agency said the hinge on the “X” high chair, sold between June and May, “…”")
        reach = 24 if plainly_english() else 15
        for v in range(len(toks) - 1, max(-1, len(toks) - reach), -1):
            n = self._verb_at(toks, v)
            if v <= len(toks) - 15 and not bw.far_report(toks, v, n):
                continue
            if (
                n
                and v > 1
                and toks[v - 1][0] in ("and", "but")
                and plainly_english()
                and self._subject_before(toks, v) is None
            ):
                continue  # "The airport said … but warned that …": the first verb's subject
            if saying_gerund(toks, v) and (got := self._gerund_subject(toks, v)) is not None:
                return got  # "…, tout en saluant « … »", "…, exigindo «…»"
            if n and v > 1 and toks[v][0] in INFINITIVES and germanic():
                continue  # "De minister liet al weten dat ze ‘…’": the finite verb before it
            if not n:
                cued, got = self._cue_without_verb(toks, v, start, end)
                if cued:
                    return got
                continue
            if 0 < v <= 2 and toks[0][0] in ("Como", "Come", "Comme", "Conforme"):
                # "Como explicó X durante el acto, «…»", "Come ha spiegato X, «…»": "as X
                # said", the subject after the verb
                return self._np_after(toks, v + n)
            if (
                0 < v < len(toks) - n - 1
                and toks[v - 1][0].lower() in bw.PASSIVE
                and toks[v + n][0] == "by"
                and any(t[0][:1].isupper() for t in toks[v + n + 1 : v + n + 3])
            ):
                # the passive: "Reyes was asked by host Ana Lind, who …, “…”": the agent
                return self._np_after(toks, v + n + 1)
            if (
                0 < v
                and toks[v - 1][0].lower() in bw.PASSIVE
                and toks[v][0].lower() in ASKED
                and (v + n == len(toks) or toks[v + n][0] in (":", ","))
            ):
                return None  # "Amir Haddad was asked: “…”": the one asked does not say it
            if romance_passive(toks, v):
                return None  # "Le rétablissement est espéré « sous 48 heures »": no one's
            if toks[v][0].lower() in bw.PARTICIPLES:
                own = participle_subject(self.text, self.people, toks, v)
                if own is not None:
                    return own  # "with Ana Lind reportedly shouting: “" / "of Lind asking, “"
                if toks[v - 1][0] == "and":
                    return None  # "… and asking, “": its subject is in a clause not seen here
                # …, Ana Lind said, adding: “…” / …, Lind told a rally in Leeds on Tuesday, adding …
                said_at = next(
                    (
                        u
                        for u in range(v - 2, max(0, v - 10), -1)
                        if self._verb_at(toks, u)
                        and toks[u][0].islower()  # not "in the Western States, saying"
                        and not any(t[0] in ",;:" for t in toks[u + 1 : v - 1])
                    ),
                    0,
                )
                if said_at >= 1:
                    said = self._subject_before(toks, said_at)
                    word = self.text[said[0] : said[1]] if said else ""
                    if (word[:1].isupper() or word.lower() in nm.PRONOUNS) and not nm.possessive(
                        word
                    ):  # "Lind’s remarks, adding" is no subject and verb
                        return said
                return self._clause_subject(toks[:v])  # Whitlock lashed out, saying: “
            got = (
                inverted_verb(self, toks, v, n)
                # "The contract, said X, a procurement expert, “has every hallmark …”"
                or interrupted_subject(self, toks, v, n, quoted_from(self.text, end))
                or v2_pronoun(toks, v, n, self.people.registry)
                or fronted_v2(self, toks, v, n)  # "In Den Bosch zei wethouder X dat …"
                or fronted_object(self, toks, v, n)  # "Het plan noemt de VN ‘…’" (Dutch)
                or adjunct_naming(toks, v, n)  # "Daarna noemde hij het plan ‘…’" (Dutch)
            )
            if got is not None:
                return got  # "…, benadrukt collega X Y." / "Vor den Beschäftigten sagte er:"
            if (gov := object_clause_verb(toks, v, n)) is not None:
                return self._subject_before(toks, gov)  # "X repetiu o que disse ontem:"
            if (free := free_relative(toks, v, n)) is not None:
                # "Foi o que disse o prefeito X:", "Quem confirmou foi o diretor X:"
                return self._np_after(toks, free) if free >= 0 else None
            if bw.and_then(toks, v):
                return toks[v][1], toks[v][2]  # "Et d'ajouter : « … »", "E acrescentou: «…»"
            if (
                dropped_subject(toks, self.people.registry)
                and self.text[start:end].rstrip()[-1:] in (":", ",")
                # (not "Ma avverte il sindaco:": a subject after the verb)
                and not any(
                    t[0][:1].isupper() or t[0].lower() in fw.ROMANCE_ARTICLES for t in toks[v + n :]
                )
            ):
                # "Poi però aggiunge: «…»", "Sólo dijo: «…»": a verb whose subject is left
                # out, the person the sentence before opens on
                return self._colon_chain(toks)
            if (at := inverted_subject(toks)) is not None:
                # "Ha parlato per lui l'avvocato X: «…»": the subject after the participle
                got = self._np_after(toks, at)
                if got is not None:
                    return got
            if v == 1 and toks[0][0] in ("Ma", "Pero", "Mas", "Mais", "Y", "E", "Et"):
                # "Ma avverte il sindaco, X: «…»": "but", the verb, its subject after it
                got = self._np_after(toks, v + n)
                if got is not None:
                    return got
            if fronted_then_dropped(toks, v, n, self.people.registry) and self._after_talk(
                toks[0][1]
            ):
                # "«…»¶Ainda assim, alerta que a técnica «…»": a fronted adjunct, then a verb
                # whose subject is left out and what was said, opening the paragraph after a
                # quotation; the verb goes on with the person who spoke
                return toks[v][1], toks[v][2]
            subj = self._subject_before(toks, v)
            if subj is not None and (who := unnamed_from_place(self.text, toks[0][1], subj)):
                return who  # "Eine Anwohnerin aus der Lindenstraße zeigt …:", not the street
            if subj == toks[0][1:] and dropped_subject(toks, self.people.registry):
                # "Ha poi aggiunto che «…»": the auxiliary opening a sentence whose subject is
                # left out is no name; the verb goes on with the person named before
                return toks[v][1], toks[v][2]
            if subj is not None and (rel := relative_subject(toks, subj)) is not False:
                return rel  # "X, che in una lettera al Comune si dice «…»": X, not "Comune"
            if subj is None and (rel := relative_name(toks, v)) is not None:
                return rel  # "l'avvocato X Y, che aveva parlato di «…»": X Y
            if subj is not None:
                return subj
            aux = v - (toks[v - 1][0].lower() in _ROMANCE_AUX) if v else v
            if (
                romance_text()
                and 2 <= aux
                and v < len(toks) - n
                and toks[aux - 1][0] == ","
                and self.text[start:end].rstrip()[-1:] == ":"  # (not an object: "…, había
                # calificado la moción de «…»")
                and (toks[v + n][0].lower() in fw.ROMANCE_ARTICLES or toks[v + n][0][:1].isupper())
                # (a name after it: not "…, opinó lo contrario:")
                and any(t[0][:1].isupper() for t in toks[v + n :])
                and (got := self._np_after(toks, v + n)) is not None
                and got[1] == toks[-1][2]
            ):
                # "Em entrevista à SIC, (tinha) dito o primeiro-ministro X: «…»": the same in
                # the Romance languages, the subject after the verb up to the colon
                return got
            if (someone := someone_subject(toks, v)) is not None:
                return someone  # "Dalla platea qualcuno ha risposto: «…»"
            if (inst := institution_subject(self.text, toks[0][1], toks[v][1])) is not None:
                return inst  # "Le ministère de la Culture et du Patrimoine historique a salué"
            if self._zero_subject(toks, v):
                return toks[v][1], toks[v][2]  # "All'uscita si è limitato a dire: «…»"
            if v == 0 and toks[0][0] in ("Asked", "Pressed", "Questioned"):
                # "Asked whether she would resign, she did not hesitate: “…”": the one asked,
                # the subject after the comma (never the question)
                return self._asked_subject(toks, end)  # type: ignore[attr-defined]
            if v == 0 and (asked := self._asked_subject(toks, end)) is not None:  # type: ignore[attr-defined]
                return asked  # "Interrogé au téléphone, il se montre plus prudent :": "il"
            if v == 0 and n < len(toks) and toks[n][0] == "," and fronted_before_role_name(toks):
                break  # "Interrogé, le président Paul Vidal a botté en touche :": its subject
            if (
                germanic()
                and 2 < v < len(toks) - n
                and toks[v - 1][0] == ","
                and toks[v + n][0].islower()
                and toks[v + n][0] not in ("dat", "dass")  # "…, zegt dat de schade ‘…’"
                and (got := self._np_after(toks, v + n)) is not None
                and got[1] == toks[-1][2]
            ):
                # "Als Heß das Ergebnis verkündete, riefen mehrere Zuhörer »…«": a clause
                # fronted before the verb, its subject right after it up to the quotation
                return got
            if all(not t[0][0].isalnum() or t[0].lower() in _LEADING_JUNK for t in toks[:v]):
                if object_after_verb(toks, v + n, self.text[start:end]):
                    return None  # "Prometeu uma ajuda rápida. «…»": an object, no speaker
                j = v + n
                while j < len(toks) - 1 and toks[j][0].lower() in nm.ADVERBS:
                    j += 1
                if toks[0][0] == "and" and and_then_of(toks, j) and plainly_english():
                    # "X said rivers would “…” and warned of “…”": a second verb phrase with
                    # its object after a preposition, right after a quotation; its subject is
                    # that quotation's speaker in the clause before it (an object of its own
                    # may come first: "… and accused the council of “…”")
                    at = bisect.bisect_left(self.span_opens, start) - 1
                    if at >= 0 and not self.text[self.spans[at].close_end : start].strip():
                        before = self.spans[at - 1].close_end if at else 0
                        return self._before(self.spans[at], before)
                    return None
                if j < len(toks) and toks[j][0] in FINITE_BE_HAVE and germanic():
                    return None  # "Versichert sei er zwar, doch …": a fronted participle
                if j < len(toks) and toks[j][0] in ("que", "che") and v == 0:
                    # "Añadió que el terreno «…»", "Dijo además que …": a verb opening its
                    # sentence with its subject left out, then what was said; the verb goes on
                    # with the person before
                    return toks[v][1], toks[v][2]
                # Said Nora Feld, who ...: “ / But, said X, “ (a fronted Romance verb's
                # subject ends on "que": "Dice el alcalde que «…»")
                q = next((m for m in range(v + n, len(toks)) if toks[m][0] in ("que", "che")), None)
                return self._np_after(toks[:q], v + n)
            if not self._object_then_colon(toks, v + n, self.text[start:end]):
                colon = self.text[start:end].rstrip().endswith(":")  # "Elle hésite, puis dit :"
                return self._colon_chain(toks) if colon else None
            break  # "… qui inquiète Josiane Perrin, infirmière :": read as a clause before a colon
        if (
            len(toks) > 2
            and (toks[0][0].lower() in nm.ACCORDING or toks[0][0].lower() in nm.FOR_WHOM)
            and self.text[toks[-1][2] : end].strip()[:1] == ","
        ):
            # a long "Pour X, role, qui …, « … »" / "Según X, que …, “…”": the first name
            # after the opening word however far the comma before the quotation is
            return self._first_name_run(toks, 1)
        if self.text[toks[-1][2] : end].strip()[:1] == ":" and framing_opener(toks):
            # "Para el analista X, del centro Y, el proyecto llega tarde: «…»": the person
            # framing the opinion, never the preposition read as the clause's subject
            run = self._according_run(toks, 0)
            if run is not None and not after_of(toks, run):
                return run
        if self.text[start:end].rstrip().endswith(":"):
            if 0 < len(toks) <= 3 and all(t[0].lower() in bw.GOING_ON for t in toks):
                # "«…», ha detto. E ancora: «…»", "Und weiter: „…“": words going on with the
                # quotation just before (its attribution at most between), no subject of
                # their own: its speaker carries on
                at = bisect.bisect_left(self.span_opens, start) - 1
                gap = self.text[self.spans[at].close_end : start] if at >= 0 else "."
                if len(gap) <= 60 and "\n" not in gap and gap.count(". ") <= 1:
                    return None
            # "Rep. Tom Ardley (R-S.C.): “..." -- a name introducing the quote
            clause = nm.strip_parens(self.text[start:end]).rstrip(" :")
            runs = runs_of(clause)
            before_run = clause[: clause.rfind(runs[-1][0])].split()[-1:] if runs else []
            governed = (
                bool(before_run)
                and (
                    before_run[0].lower() in PREPOSITIONS - {"from", "by"}
                    # (a Romance "of": "Il ministro della Salute:" names a ministry, not a man)
                    or (before_run[0].lower() in OF_WORDS and romance_text())
                    # (a Romance preposition of place: "X arrasa no Festival Y: «…»" names
                    # where, not who)
                    or (before_run[0].lower() in bw.ROMANCE_PLACE_PREPS and romance_text())
                    or object_word(before_run[0])  # "hält das für einen Fehler:" (see germanic)
                    # "das sei die schwerste Aufgabe:": a German noun after its article
                    or noun_after_article(clause[: clause.rfind(runs[-1][0])].split()[-2:])
                )
            )
            # (or the employer in commas after a name: "El politólogo X, de la Universidad de
            # Y, lo tiene claro:" is X's, never "Universidad de Y")
            governed = governed or employer_aside_last(toks)
            if governed and romance_text() and (role := role_of_place_end(toks)) is not None:
                return role  # "È intervenuto il ministro della Salute:": the role, not "Salute"
            # (or a Romance apposition after it: "… Josiane Perrin, infirmière retraitée :")
            ends = runs and (clause.endswith(runs[-1][-1]) or apposition_after(clause, runs[-1]))
            if ends and len(runs[-1]) <= 6 and not governed:
                # (but "Later that month on Radio Nord: “…”" names a medium, not a speaker)
                at = self.text.rfind(runs[-1][0], start, end)
                last = self.text.find(runs[-1][-1], at, end)
                if 0 <= at <= last:
                    return at, last + len(runs[-1][-1])
            # "Réponse de l'élue :", "X, que …:", "Toch toonde ze zich …:" (see germanic), else
            # "Marlow made the following comment: “..." -- the clause's subject
            v2 = adverb_v2_pronoun(toks)
            if v2 is not None:
                return v2[1], v2[2]
            if len(toks) > 2 and toks[1][0].islower():
                # "Kämpferisch gab sich die Ministerin:": a word of mood, any verb, then the
                # subject (not the opening word)
                v2 = fronted_v2(self, toks, 1, 1, any_verb=True)
                if v2 is not None:
                    return v2
            got = aged_after_object(toks)  # "Einen Sozialplan lehnte der 61-Jährige ab:"
            got = got or self._colon_speaker(toks)
            if got is None and toks:
                # "A su lado, un estudiante de Derecho se encogía de hombros:": someone
                # unnamed as the subject of a verb of no speech, not the name in their
                # description (Spanish, Italian)
                got = unnamed_before(self.text, toks, len(toks)) or one_of_those_who(
                    self.text, start, end
                )
            if got is None and toks and toks[0][0].lower() in ASKED_ROMANCE:
                # "Procurada por este jornal, ela foi além:": the pronoun after a Romance
                # participle of being asked or reached, not the participle read as a name
                got = self._asked_subject(toks, end)  # type: ignore[attr-defined]
            if got is None and reached_opening(toks):
                # "Raggiunto al telefono, non nasconde un certo rammarico:": a participle of
                # being reached or asked, its subject left out: the person the sentence
                # before is about, not the participle read as a name (Spanish, Italian)
                # ("Preguntado por X, el director general fue claro:": the role noun someone
                # was introduced with after the participle's phrase, as ``_role_after_comma``)
                got = self._colon_chain(toks) or self._role_after_comma(toks)
                if got is None:
                    return None
            got = got or self._clause_subject(toks[:30])
            return (
                got or self._role_after_comma(toks) or self._colon_chain(toks)
            )  # "Tras el fallo, se mostró satisfecha:"
        return None
