"""A quotation's own attribution: the clause after its closing mark or before its opening
mark, screened for what is no speaker phrase (private to ``attribution.py``, mixed into
``Attributor``).

``OwnRules._own`` reads ``,” said X`` / ``,” X said`` / ``” ― X`` after a quotation and ``X told
reporters: “`` / ``According to X, “`` before it (with the language's own shapes from the
other mixins), and drops what only looks like a speaker there: a title in marks, a clause
opener, a conjunction, an object pronoun, a participle a sentence opens on ("Questionado").
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.before_words import AND_THEN
from bot.text.speakers.cjk import CJK_CHAR_RE, cjk_speaker
from bot.text.speakers.dropped import romance_clause
from bot.text.speakers.fronted import FUSED_PREPS, adjunct_then_verb, fused_opening_verb
from bot.text.speakers.germanic_phrase import opens_clause
from bot.text.speakers.germanic_sources import (
    said_after,
)
from bot.text.speakers.incise import Incise, incise_subject, incises
from bot.text.speakers.marks import spaces_back
from bot.text.speakers.np_bounds import placed_appositive
from bot.text.speakers.passive_agent import passive_agent
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.romance_words import no_subject
from bot.text.speakers.unnamed import unnamed_subject

# (a number with thousands separators is one token: the comma in "about 2,300 workers" closes
# no appositive)
_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\w[\w'’\-]*|[^\w\s]")
# one to five capitalized words and a comma or nothing after them: a title in marks
_TITLE_RE = re.compile(r"(?:[A-Z][\w'’&-]*\s){0,4}[A-Z][\w'’&-]*,?$")


def _ends_with(text: str, pos: int, endings: tuple[str, ...]) -> bool:
    """``text[:pos].rstrip().endswith(endings)``, reading only the few characters it needs."""
    end = spaces_back(text, pos)
    return text[max(0, end - max(map(len, endings))) : end].endswith(endings)


# words opening a subordinate or reported clause, never a speaker phrase
_CLAUSE_OPENERS = frozenset(
    "that which unless because if although though whereas whether until while whilst".split()
)


# a conjunction alone is no speaker phrase
_CONJUNCTIONS = frozenset("and et e y ed und en ou mas mais pero ma".split())


_PRONOUNS = frozenset("he she they we i".split())
_OBJECTS = frozenset("him them us me".split())  # (not "her": "her lawyer said")
# Portuguese "a" and an infinitive: the manner of a verb of saying ("a rir", "a sorrir"), not
# an article and a noun
_PT_MANNER_RE = re.compile(r"a [a-zà-ú]+[aei]r")


def _fronted_participle(phrase: str) -> bool:
    """True for a capitalized French or Portuguese participle alone ("Questionado",
    "Interrogée"): the phrase a sentence opens on before its subject, no speaker."""
    return (
        " " not in phrase
        and phrase[:1].isupper()
        and phrase.lower().endswith(("é", "ée", "ado", "ada", "ido", "ida"))
    )


def _article_name(phrase: str) -> bool:
    """True for a Romance definite article before a capitalized name ("la Cassa Rurale X")."""
    words = phrase.split()
    return (
        len(words) > 1
        and words[0] in ("la", "il", "el", "le", "lo", "a", "o")
        and (words[1][:1].isupper())
    )


class OwnRules:
    """The quotation's own speaker phrase; ``Attributor`` provides the text and the rules."""

    incises: dict[int, list[Incise]]  # each quotation's incises, by where its words start

    def _own(self, idx: int) -> tuple[int, int] | None:
        """The attribution in the quotation's own sentence(s), or None."""
        spans, text = self.spans, self.text
        span = spans[idx]
        if CJK_CHAR_RE.match(text, span.start):
            return cjk_speaker(text, span)
        # a title in marks earlier in the sentence ("author of “The Quiet Court,” put it, “…”")
        # does not cut the clause before the quotation
        k = idx - 1
        while (
            k >= 0
            and spans[k].paragraph == span.paragraph
            and _TITLE_RE.match(text, spans[k].start, spans[k].end)
            and _ends_with(text, spans[k].open_at, (" of", " titled"))
        ):
            k -= 1
        prev_close = spans[k].close_end if k >= 0 and spans[k].paragraph == span.paragraph else 0
        announced = (
            not prev_close
            and k >= 0
            and spans[k].paragraph == span.paragraph - 1
            and _ends_with(text, span.open_at, (":",))
            and not text[self._para_of(span.open_at)[1] : span.open_at].strip()
            and not re.search(r"[.!?]\s", text[spans[k].close_end : span.open_at])
            and text[spans[k].start : spans[k].end].rstrip()[-1:] not in ".!?…"
        )
        next_open = spans[idx + 1].open_at if idx + 1 < len(spans) else len(text)
        # the quotation's last character before any closing single mark of a quotation
        # inside it: “… the term ‘outreach,’” he told the group
        last = text[span.start : span.end].rstrip(" '’")[-1:]
        found = self.incises.get(span.start)
        incise = incise_subject(incises(text, span) if found is None else found)
        if incise is not None:
            return incise  # « Le plan est prêt, explique Ana X. Il reste … », «… —dijo X—. …»
        later = self._later_said(span, next_open)  # "«…» prüfen, versprach sie." (de/nl)
        if later is not None:
            return later
        said = said_after(self, span)  # "„…“ Das sagte X." (de/nl)
        if said is not None:
            return said
        passive = passive_agent(self, span, prev_close)
        if passive is not None:
            return passive[0]  # "a été qualifié de « … » par X", "wurde von X als „…“ bezeichnet"
        # "Une décision « … », a dénoncé X dans un discours dont voici un extrait : ¶ « … »": the
        # sentence announcing the quotation quotes a phrase of it first; the quotation is that
        # phrase's speaker's (inherited), not the sentence's own subject's
        if announced:
            return self._own(k)
        before = self._before(span, prev_close)
        if before is not None and text[before[0] : before[1]].split(" ", 1)[0] in _OBJECTS:
            # "… as “the worst outcome” and accused him of years of “petty bullying”": an
            # object pronoun opens no speaker phrase (the quotation goes with the one before)
            before = None
        if (
            before is not None
            and language() in ("french", "portuguese")
            and (
                no_subject(phrase := text[before[0] : before[1]])
                or _fronted_participle(phrase)
                # "l'Association des amis de Sainte-Ève a qualifié …": a name's cut-off tail
                or phrase.split(" ", 1)[0] in ("de", "du", "da", "do", "des", "dos", "das")
                # "Numa entrevista a esta rádio, resumia …: «…»": a preposition the sentence
                # opens on, its subject left out
                or phrase.split(" ", 1)[0].lower() in FUSED_PREPS
                # "Présidente du club X, qui …, Ana Y ne cache pas …: «…»": a role noun with no
                # article opening the sentence before the name it introduces
                or (phrase[:1].isupper() and phrase.split(" ", 1)[0].lower() in nm.ROLES_EU)
                or phrase.split(" ", 1)[0] == "que"  # "Disse que era «…»": no subject
            )
        ):
            # "Dans un communiqué, l'agence évoque une « … »": the verb's subject after a
            # fronted phrase, not the last person named
            _, ps, _ = self._para_of(span.open_at)
            start = self._sentence_start(span.open_at, max(ps, prev_close))
            tail = phrase.split(" ", 1)[0] in ("de", "du", "da", "do", "des", "dos", "das", "que")
            tail = tail or phrase.split(" ", 1)[0].lower() in FUSED_PREPS
            # (an adverb the sentence opens on, "Já, …", is no verb with its subject left out)
            tail = tail or (phrase[:1].isupper() and nm.bare(phrase) in nm.ADVERBS)
            # ("Contactada pelo jornal, recusou comentar:": the participle is no one)
            tail = tail or (_fronted_participle(phrase) and before[0] == start)
            # (French keeps its subjects: "un homme poussant un chariot résumait :" is no one's)
            tail = tail or (language() == "french" and phrase.islower() and before[0] > start)
            subject = self._reporting_subject_at(start, span.open_at, any_np=True)
            if subject is not None and text[subject[0] : subject[1]] in AND_THEN:
                subject = None  # "E acrescentou: «…»": the conjunction is no subject
            # "Et d'ajouter : « … »", "Et de conclure :" right after a quotation and its
            # attribution: the one who spoke goes on (not after a sentence about someone else:
            # "Le maire ne partage pas cet avis. Et d'ajouter :")
            opening = text[start : before[0]].split()  # (the verb itself, not "Et" read as a name)
            said_end = spans[k].close_end if k >= 0 else 0
            if (
                opening
                and opening[0] in AND_THEN
                and len(opening) <= 2
                and len(_SENTENCE_END_RE.findall(text, said_end, start)) <= 1
            ):
                tail = False
            if subject is not None and _PT_MANNER_RE.fullmatch(text[subject[0] : subject[1]]):
                subject = None  # "Depois acrescenta, a rir: «…»": a manner, no subject
            before = subject or (None if tail else before)
        if language() in ("french", "portuguese"):
            # "Selon lui, la Ville aurait pu « … »", "Segundo a autarca, o plano «…»": the
            # source the sentence opens on, not its subject
            before = self._according_opening(span, prev_close) or before
            # "Plus mesuré, un viticulteur de Gaillac confiait : « … »": someone unnamed
            _, ps, _ = self._para_of(span.open_at)
            start = self._sentence_start(span.open_at, max(ps, prev_close))
            before = unnamed_subject(self, start, span.open_at) or before
        after, after_only = self._after(span, next_open)
        if after is not None and (placed := placed_appositive(text, *after)) is not None:
            after = placed  # "», disse o delegado do INGD na Zambézia, Armando X, em …"
        relative, after = self._closing_verb(span, after)  # "die het werk ‘…’ vond." (de/nl)
        if relative is not None:
            return relative
        if (
            after is not None
            and (
                text[after[0] : after[1]] in _CONJUNCTIONS
                # "… come «…» e aveva sostenuto …": the sentence's second verb, its subject before
                or (
                    romance_text()
                    and text[after[0] : after[1]].split(" ", 1)[0] in _CONJUNCTIONS
                    and text[after[0] : after[1]].islower()
                )
            )
        ):
            after = None  # "« … » et assure que « … »": the sentence goes on, no speaker
        opener = text[after[0] : after[1]].split(" ", 1)[0] if after is not None else ""
        if (
            opener in _CLAUSE_OPENERS
            or opens_clause(opener)
            or romance_clause(text, after)
            or (after is not None and _absolute_participle(text[after[0] : after[1]]))
        ):
            # "… said that it was “reviewing the rules”, and that changes would be announced",
            # "… could be “gone in a decade” unless more pilots are trained, figures showed":
            # a clause the sentence goes on with, not who speaks
            after = None
        if after is not None and language() in ("german", "dutch"):
            after = _after_as(text, after)  # "„…“, wie sie knapp bemerkt": "sie"
        if after is not None and last == ",":
            return after  # “…,” he said
        aside = self._aside(span, prev_close)
        if aside is not None:
            return aside  # "The fence was legal, he said, but … “a gesture of goodwill.”"
        if before is not None and _lone_colon_word(text, before, span.open_at):
            before = None  # "Immerhin: „…“, sagte ein Sprecher.": the attribution after wins
        if (
            before is not None
            and after is not None
            and romance_text()
            and ":" not in text[before[1] : span.open_at]
            and (inc := _INVERTED_INCISE_RE.match(text, span.close_end, after[0]))
            and nm.bare(inc.group(1)) in nm.SPEECH_VERBS
            and not _relayed(inc.group(1), text[after[0] : after[1]])
        ):
            # "Il a promis de garder un établi, « pour les urgences », précise sa femme": a
            # phrase inside a sentence, then an inverted speech verb and its subject; the
            # incise names who quotes the phrase, not the subject of the sentence it sits in
            return after
        if before is not None:
            gap = text[before[1] : span.open_at]
            if ":" in gap or "," in gap:
                return before  # he said: “…” / he said, “…”
        if after is not None and last == "." and text[span.start : span.start + 1].islower():
            # a phrase ending a sentence of its own ("X called Lind a “liar.” Ann Kerr said
            # …"): what follows is the next sentence, with its own speaker
            return before
        follow = text[span.close_end : span.close_end + 1]
        if (
            before is not None
            and last.isalnum()
            and text[span.start].islower()
            and follow == " "
            and (
                text[before[0]].isupper()
                or text[before[0] : before[1]] in _PRONOUNS
                # "In una nota, la Cassa X dell'Y spiega che … un piano di «…» legato al …":
                # a body's name after its Romance article
                or (romance_text() and _article_name(text[before[0] : before[1]]))
            )
        ):
            # a phrase inside the sentence of a speaker before it: 'Ana Lind said she was
            # “gutted” but calm, and Omar Reyes said …' (the clause after is another's; a
            # name or a pronoun, not a clause the rules read as a phrase: 'so that it can')
            if romance_text() and _article_name(phrase := text[before[0] : before[1]]):
                return before[0] + len(phrase.split()[0]) + 1, before[1]  # the name alone
            return before
        wants_after = last in ("—", "–", "-", "?", "!") or follow == "," or last.isalnum()
        if after is not None and (wants_after or after_only):
            return after
        if before is None and language() in ("portuguese", "italian"):
            # "A autarca rejeitou a acusação. Disse que o relatório … será publicado «…»": a
            # sentence opening on a speech verb with no subject, however long before the mark
            _, ps, _ = self._para_of(span.open_at)
            toks = self._tokens(self._sentence_start(span.open_at, ps), span.open_at)[:16]
            if toks and toks[0][0][:1].isupper() and self._verb_at(toks, 0) == 1:
                return toks[0][1], toks[0][2]
            verb = fused_opening_verb(self, toks)  # "Numa entrevista, contou: «…»"
            if verb is not None:
                return verb
        if before is None and language() in ("spanish", "italian", "portuguese"):
            _, ps, _ = self._para_of(span.open_at)
            toks = self._tokens(self._sentence_start(span.open_at, ps), span.open_at)[:16]
            # "Ella, sin embargo, … . En aquella entrevista lo resumió así: «…»": the pronoun
            # the sentence before opens on (in the paragraph, no quotation between)
            start = self._sentence_start(span.open_at, max(ps, prev_close))
            if adjunct_then_verb(self, toks) is not None and start > max(ps, prev_close):
                prev = self._tokens(self._sentence_start(start - 1, max(ps, prev_close)), start)
                if prev and prev[0][0] in _SUBJECT_PRONOUNS:
                    return prev[0][1], prev[0][2]
        return before


_SUBJECT_PRONOUNS = frozenset("Él Ella Lui Lei Ele Ela".split())
_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s)")


# a comma and one lower-case speech verb between a closing mark and the phrase after it: "»,
# précise sa femme", "», ajoute-t-elle" ("-t-" and the pronoun are the phrase)
_INVERTED_INCISE_RE = re.compile(r"\s*,\s*([a-zàâçéèêëîïôûùüÿñáíóú]+)(?:-t)?-?\s*$")
# verbs an outlet or agency relays another's words with ("…, a qualifié la réforme de « … »,
# écrit Le Monde", "…, ha parlato di «…», scrive Repubblica", "…, recuerda Europa Press"): the
# incise names where the phrase was read, the sentence's subject still said it
_RELAY_VERBS = frozenset(
    "écrit rapporte rappelle relève relate "
    "scrive riporta ricorda riferisce "
    "escribe recuerda recoge informa "
    "escreve refere recorda noticia".split()
)
# news agencies relaying with any verb ("…, « … », précise l'AFP")
_AGENCIES = frozenset("AFP EFE ANSA Lusa Reuters AP dpa Belga Agi Adnkronos".split())
# an outlet's name opening on its own capitalized article ("note La Provence", "indique Le
# Parisien", "añade El País"): a title, a body's name takes a lower-case article
_OUTLET_RE = re.compile(r"(?:Le|La|Les|El|Il|O|A) [A-ZÀ-Ú]")


def _relayed(verb: str, phrase: str) -> bool:
    """Whether an inverted incise only relays a phrase the sentence's subject said: a verb
    of relaying, or an agency or outlet as the incise's subject."""
    words = phrase.split()
    if verb in _RELAY_VERBS or not words:
        return True
    last = re.split(r"['’]", words[0])[-1]
    return last in _AGENCIES or phrase.startswith("Europa Press") or bool(_OUTLET_RE.match(phrase))


# sentence adverbs and summing-up words a sentence opens on alone before a colon ("Immerhin: „…“",
# "Fazit: „…“", "Bref : « … »"): never a speaker
# (not "Kurz", "Klar", "Still", "Yet": surnames too)
_COLON_ADVERBS = frozenset(
    "immerhin trotzdem dennoch allerdings kurzum fazit sicher jedenfalls übrigens "
    "zudem außerdem schließlich tatsächlich natürlich freilich bilanz bref pourtant toutefois "
    "cependant néanmoins enfin insomma comunque però tuttavia sin embargo eso pero contudo "
    "porém enfim however anyway"
    # a section's label before a headline's quotation: "Entrevista: «…», diz X" (a label)
    " entrevista interview entretien intervista opinião opinión opinione analyse análise"
    " análisis analisi kommentar commentaire comentario commento".split()
)


def _lone_colon_word(text: str, before: tuple[int, int], open_at: int) -> bool:
    """True for one capitalised word opening its sentence right before the colon of a
    quotation that is an adverb or a summing-up word ("Immerhin: „…“", "Fazit: „…“"): no
    speaker; an attribution after the quotation wins."""
    word = text[before[0] : before[1]]
    if " " in word or not word[:1].isupper() or text[before[1] : open_at].strip() != ":":
        return False
    head = text[max(0, before[0] - 3) : before[0]]
    if head.strip() and head.rstrip()[-1:] not in '.!?»“”"':
        return False  # (not the start of its sentence)
    return word.lower() in _COLON_ADVERBS


def _absolute_participle(phrase: str) -> bool:
    """True for a French clause on a noun and its negated present participle after a
    quotation ("« … », le service ne parvenant plus à garantir …"): the reason the sentence
    gives, no speaker."""
    words = phrase.lower().split()
    return language() == "french" and any(
        w in ("ne", "n'", "n’") and nxt.endswith("ant")
        for w, nxt in zip(words, words[1:], strict=False)
    )


def _after_as(text: str, after: tuple[int, int]) -> tuple[int, int]:
    """The pronoun or the capitalized name in a German or Dutch "as" clause read after a
    quotation ("„…“, wie sie knapp bemerkt", "‘…’, zoals Jansen droog opmerkt"): the
    speaker, not the clause; ``after`` unchanged otherwise (and "wie es heißt" is left to the
    rules of the impersonal "es")."""
    words = text[after[0] : after[1]].split()
    if len(words) < 2 or words[0] not in ("wie", "zoals") or words[1] in ("es", "het"):
        return after
    at = after[0] + len(words[0]) + 1
    if words[1].lower() in nm.PRONOUNS:
        return at, at + len(words[1])
    if not words[1][:1].isupper():
        return after
    run = [words[1]]
    for w in words[2:]:
        if not w[:1].isupper():
            break
        run.append(w)  # "wie Anna Berg nüchtern anmerkt": the whole name
    return at, at + len(" ".join(run))
