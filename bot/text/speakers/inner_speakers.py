"""Who said the words a speaker reports inside a quotation, when it is not the speaker (private
to ``nested``).

A speaker gives another person's words in the second level of marks, naming that person as
the subject of the verb that introduces them: «Un proviseur m'a dit : “…”», „Meine Oma hat am
Telefon gesagt: ‚…‘“, «Mio nipote mi ha detto: ‘…’», “Herr Wielandt hat mir gesagt: ‚…‘”,
«Sébastien m'a simplement dit : “…”», «Er hat immer gesagt: ‚…‘». The subject opens the
clause (after a fronted phrase and its comma at most) and is one of:

- someone unnamed: an indefinite article or a possessive and a noun, with its complement
  ("Un jeune pompier", "Ein Manager des Dienstleisters", "Mio nipote"), as written;
- a role with a definite article ("der Vorstandschef", "Le préfet"): the one person the text
  introduced with it, else as written;
- a name ("Sébastien", "Herr Wielandt", "La señora Iriondo"): the full name of someone the
  text names;
- a third-person pronoun ("Er", "Elle", "Hij"): the most salient person of its gender named
  before, never the outer speaker.

Anything else (a dropped subject, "Ci disse testualmente:", a clause that opens on no subject)
gives no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.text.lexicon import load
from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.germanic_unnamed import person_noun
from bot.text.speakers.named_kin import named_kin
from bot.text.speakers.reading import language

# an indefinite article or a possessive opening someone unnamed ("Un proviseur", "Mi hijo")
_SOMEONE = frozenset(
    "un une una uno um uma ein eine einer einem een mon ma mes mi mis mio mia miei mie meu minha"
    " meus minhas mein meine meinen mijn notre nos nuestro nuestra nostro nostra nosso nossa"
    " unser unsere onze ons".split()
)
# a definite article opening a role ("der Vorstandschef", "Le préfet", "gli studenti")
_DEFINITE = frozenset("le la les el los las il lo gli i der die das de het".split())
_PORTUGUESE_DEFINITE = frozenset("o a os as".split())  # (elsewhere "a" is a preposition)
# third-person subject pronouns of one person, per language, and the gender each shows
# ("sie", "ze", "ils" may be many people: left out)
_PRONOUNS: dict[str, dict[str, str]] = {
    "french": {"il": "m", "elle": "f"},
    "german": {"er": "m"},
    "dutch": {"hij": "m", "zij": "f"},
    "spanish": {"él": "m", "ella": "f"},
    "italian": {"lui": "m", "lei": "f"},
    "portuguese": {"ele": "m", "ela": "f"},
}
# pronouns of one woman or of many, one woman's before a verb in the singular
# clitics that are articles after "de"/"di" ("Un SMS de la préfecture", "Un cartel en la
# puerta"): no end of the subject there
_ARTICLE_CLITICS = frozenset("la le lo les".split())
_SHE_OR_THEY: dict[str, frozenset[str]] = {
    "german": frozenset(["sie"]),
    "dutch": frozenset(["ze"]),
}
# a pronoun's verb that says no one spoke: "Il est écrit", "Il y avait", "Es gibt"
_NOT_SAYING = frozenset("est y était gibt gab is".split())
# a sentence of the outer quotation opening on someone unnamed ("Mon petit garçon pleurait."):
# a pronoun after it is that person, no one the text names
_SOMEONE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:Mon|Ma|Mes|Mein|Meine|Mijn|Mi|Mis|Mio|Mia|Meu|Minha|Un|Une|Ein|Eine|Een|Una|Uno|Um|Uma)\s+\w+"
)
# things that "say" words: signs, documents, messages, laws, screens ("Ein Schild warnte:")
_THINGS = nm.DOCUMENT_NOUNS | frozenset(
    "schild cartel cartello aviso cartaz panneau pancarte bord bordje text tekst ley loi legge"
    " lei gesetz wet sms mensaje message messaggio mensagem nachricht bericht radio carta lettre"
    " lettera brief letter courrier correo mail e-mail email écran pantalla schermo ecrã display"
    " affiche manifesto póster plakat cartelera contrato contrat contratto vertrag contract"
    " dokument documenti nota note notiz mitteilung verklaring étiquette etiqueta etichetta".split()
)
# documents a pronoun may stand for when the paragraph speaks of one ("Le directeur a présenté
# le nouveau contrat. « Il précise : “…” »")
_DOCUMENTS = frozenset(
    "contrat vertrag contrato contratto contract lettre letter brief carta lettera courrier loi"
    " gesetz ley legge lei wet règlement reglamento regolamento regulamento reglement".split()
)


def _paragraph_lead(people: InnerPeople, pos: int) -> str:
    """The text of the paragraph holding ``pos`` up to it (400 characters at most)."""
    return people.text[max(0, pos - 400) : pos].rsplit("\n\n", 1)[-1]


# words that end the subject: object pronouns of the one spoken to ("m'a dit", "mi ha
# detto", "me dijo", "hat mir gesagt", "zei tegen me") and the words of a verb phrase
_CLITICS = frozenset(
    "me m m' m’ mi ci nos nous mir uns mich ons mij lo la le gli nous vous vi ti te lhe lhes"
    " se s s' s’ y".split()
)
# fronting words after which the subject comes after the first comma ("Avant d'entrer sur le
# court, Sébastien m'a dit :", "Am Telefon, …")
_FRONTING = frozenset(
    "avant après quand lorsque dès au à en dans sur pendant antes después cuando al en durante"
    " prima dopo quando al alla nel nella durante antes depois quando no na ao em vor nach als wenn"
    " am im beim während toen voor na bij in tijdens".split()
)
# the words that open a complement of an unnamed subject ("Ein Manager des Dienstleisters",
# "Un chaval en bici")
_OF = fw.OF_WORDS | frozenset("der den van von en in em of bij bei aus".split())
# adverbs that end a subject before its verb ("Mi padre siempre me decía")
_ADVERBS = frozenset(
    "siempre sempre toujours immer altijd always ya già déjà schon nog ook también anche aussi"
    " auch ainda encore ancora todavía".split()
)
# a possessive of one language that is an object pronoun in another ("Mi padre" in Spanish,
# "Mi hanno detto" in Italian; "nos" is "our" in French, "us" in Spanish and Portuguese)
_OBJECT_FIRST: dict[str, frozenset[str]] = {
    "italian": frozenset(["mi"]),
    "spanish": frozenset(["nos", "le", "les"]),
    "portuguese": frozenset(["nos"]),
}
# subordinating words: the inner words' verb is in a clause of its own, its subject not the
# one opening the sentence
_SUBORDINATORS = frozenset("que qu qu' qu’ che dass dat daß".split())
# nouns of time that open a clause without being its subject ("Un día le dije:", "Il giorno
# dopo, in una nota, …": also read by ``issued_esit``)
TIME_NOUNS = (
    frozenset(
        "día semana mes año noche mañana tarde jour semaine mois an année soir matin giorno"
        " días dias jours giorni tage dagen"
        " settimana mese anno sera mattina dia mês ano noite manhã tag woche monat jahr abend"
        " morgen dag week maand jaar avond ochtend vigilia víspera véspera".split()
    )
    | nm.TIME_WORDS
    | load("months_fr", "months_de", "months_nl", "months_es", "months_it", "months_pt")
)
# days named by an adverb that open a clause before its subject ("Ayer una señora me
# preguntó:", "Ieri un cliente mi ha detto:", "Hier, une cliente m'a dit :")
_DAY_ADVERBS = frozenset("ayer anteayer hoy hier aujourd'hui ieri oggi ontem hoje".split())
# forms of "to be" that end a subject before its first verb ("Il capitano è uscito e ci ha
# detto:", "El jefe estaba allí y me dijo:")
_BE = frozenset("è era fu es fue est était fut é foi estaba stava estava".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|[,;:]")
_LONGEST = 6  # words of an unnamed subject at most


class InnerPeople(Protocol):
    """What the inner-speaker readers ask of ``People`` (here and in ``inner_speakers_en``)."""

    text: str

    def name_in(self, phrase: str, pos: int) -> tuple[str, bool] | None: ...

    def mentioned(self, name: str) -> bool: ...

    def named_near(self, pos: int, paragraphs: int = 1) -> dict[str, str | None]: ...

    def role_person(
        self, phrase: str, pos: int | None = None, *, later: bool = True
    ) -> str | None: ...


def inner_speaker(
    clause: str, pos: int, outer: str | None, people: InnerPeople, before: str = ""
) -> str | None:
    """The speaker of words reported inside a quotation, introduced by ``clause`` (from its
    sentence's start, or the outer quotation's, to the inner marks at ``pos``; ``before``, the
    outer quotation's words before the clause); None when the clause names no one the rules
    can read."""
    words = _WORD_RE.findall(clause)
    if "," in words and words[0].lower() in _FRONTING:
        words = words[words.index(",") + 1 :]  # "Avant d'entrer sur le court, Sébastien …"
    words = _without_aside(words)
    if any(nm.bare(w) in _HEARD_SAY for w in words):
        return None  # "Mi hermano … oyó decir a una enfermera:": the one heard, not named so
    if any(w.lower() in _SUBORDINATORS for w in words):
        return None  # "Ma mère m'a raconté que … le boulanger était sorti en criant :"
    definite = _DEFINITE | (_PORTUGUESE_DEFINITE if language() == "portuguese" else frozenset())
    if (named := _apposed_name(words, definite, pos, people)) is not None:
        return named  # "El párroco, Julián Ferrer, vino … y me soltó:", "Il mio maestro, X,"
    # a time phrase of three words at most before the subject: "El otro día una nena me
    # preguntó:", "A giugno gli studenti me lo chiedono:", "Há dias uma aluna perguntou-me:"
    for j in (1, 2, 3):
        if (
            j + 1 < len(words)
            and any(nm.bare(w) in TIME_NOUNS or nm.bare(w) in _DAY_ADVERBS for w in words[:j])
            and words[j].lower() in _SOMEONE | definite
            and words[j + 1].isalpha()
        ):
            words = words[j:]
            break
    if not words or not words[0][:1].isalpha():
        return None
    first = words[0].lower()
    if first in _OBJECT_FIRST.get(language() or "", ()):
        return None  # "Mi hanno illuminato …" (Italian), "Nos llamó …" (Spanish): an object
    pronouns = dict(_PRONOUNS.get(language() or "", {}))
    if first in _SHE_OR_THEY.get(language() or "", ()) and len(words) > 1:
        if not words[1].lower().endswith("en"):
            pronouns[first] = "f"  # "Ze zei altijd:", "Sie hat gesagt:" (not "Sie haben …")
    if first in pronouns:
        if (
            len(words) < 2
            or nm.bare(words[1]) in _NOT_SAYING
            or _SOMEONE_BEFORE_RE.search(before)
            # (a thing the speaker just spoke of may be the pronoun's: "le contrat … Il précise :",
            # "der Vertrag … Er sagt ganz klar:")
            or any(nm.bare(w) in _THINGS for w in _WORD_RE.findall(before[-200:]))
            or any(nm.bare(w) in _DOCUMENTS for w in _WORD_RE.findall(_paragraph_lead(people, pos)))
        ):
            # "Il est écrit : « … »", "Il y avait écrit :", a thing; "Mon petit garçon pleurait.
            # Il m'a dit :", someone unnamed the outer speaker just spoke of
            return None
        gender = pronouns[first]
        skip = frozenset({outer}) if outer else frozenset()
        # (the one person of that gender named in this paragraph, else in the one before,
        # other than the speaker: "Konrad Brill … ¶ «… Er hat immer gesagt: ‚…‘»"; none
        # when two are: "die Vorsitzende X … die Schenkerin Y … »Sie hat gesagt: ›…‹«")
        for paragraphs in (0, 1):
            fit = [
                name
                for name, sex in people.named_near(pos, paragraphs).items()
                if name not in skip
                and sex in (gender, None)
                and " " in name
                and name[:1].isupper()
                and not nm.looks_like_org(name.split())
            ]
            if fit:
                return fit[0] if len(fit) == 1 else None
        return None
    end = _subject_end(words)
    if end == 0:
        return None
    if any(nm.bare(w) in TIME_NOUNS for w in words[:end]):
        return None  # "El otro día una nena me preguntó", "A giugno gli studenti …"
    if first in _SOMEONE or first in definite:
        # (an adverb or a Dutch or German past ends the subject: "Mi padre siempre me decía",
        # "Een schooldirecteur belde me op"; not an adjective or a noun of it: "Mia madre
        # adottiva", "De vorige wethouder", "O meu pai", "Il capo reparto")
        cut = next(
            (
                k
                for k in range(2, end)
                if nm.bare(words[k]) in nm.ADVERBS
                or nm.bare(words[k]) in _ADVERBS
                or (
                    language() in ("dutch", "german")
                    and words[k].islower()
                    and words[k].endswith(("de", "te"))
                    and nm.bare(words[k - 1]) not in _OF
                )
            ),
            None,
        )
        end = cut if cut is not None else end
    if (
        first in _SOMEONE
        and end > 2
        and words[2][:1].isupper()
        and language() != "german"  # (its nouns are capitalized: "Ein Manager des …")
    ):
        # "Notre fils Erwan", "Mijn kleindochter Lotte": the name after the kin noun
        run = " ".join(w for w in words[2:end] if w[:1].isupper())
        named = people.name_in(run, pos)
        return named[0] if named is not None and named[1] else run
    phrase = " ".join(words[:end])
    if any(nm.bare(w) in _THINGS for w in words[1:end]):
        return None  # "Un cartello all'ingresso diceva:", "La ley dice:", "Un SMS de …"
    if first in _SOMEONE and end >= 2:
        if end > 3 and not any(nm.bare(w) in _OF for w in words[2:end]):
            return None  # (a verb in it: "Um amigo produtor chegou a dizer-me")
        # ("Mijn moeder" after "Haar moeder, Joke X, …": the relative the text named)
        return named_kin(words[end - 1], pos, outer, people) or phrase
    if (
        first in definite
        and end == 2
        and language() == "german"
        and words[1][:1].isupper()
        and person_noun(words[1])
    ):
        # "Der Verkäufer hat damals gesagt:": a German role noun, capitalized as nouns are
        return people.role_person(" ".join(words[:2]), pos) or " ".join(words[:2])
    if first in definite and 2 <= end <= 4 and all(w.islower() for w in words[1:end]):
        # ("O meu pai", "Le préfet", "der Vorstandschef")
        kin = named_kin(words[end - 1], pos, outer, people) if end > 2 else None
        return kin or people.role_person(phrase, pos) or _named_as(phrase, people, pos) or phrase
    opening = 1 if first in definite else 0
    if not words[0][:1].isupper() or not any(w[:1].isupper() for w in words[opening:end]):
        return None
    named = people.name_in(phrase, pos)
    if named is None or not named[1] or not people.mentioned(named[0]):
        return None  # (a capitalized word that names no one the text introduced)
    return named[0]


# a role and a name the text gives it by, in apposition or as a copula's complement: "Le
# pilote, Luc X, 28 ans, …", "La professoressa è Marta X, docente di …"
_NAME_ONLY = r"((?:[^\W\d_a-z][\w'’-]*\s+){1,3}?[^\W\d_a-z][\w'’-]*)"
_NAMED_AS = r"(?:,\s+|\s+(?:è|est|es|é|ist|is)\s+)" + _NAME_ONLY + r"[,.]"


def _named_as(phrase: str, people: InnerPeople, pos: int) -> str | None:
    """The one person the text names with the role ``phrase`` opening a sentence (its
    article and a lower-case noun or two: "Le pilote, Luc X, …", "La professoressa è
    Marta X."), when that name is someone the text names; else None."""
    found = {
        m.group(1) or m.group(2)
        for m in re.finditer(
            # (opening a sentence, or the apposition after "and": "Le pilote, X, et le
            # copilote, Marc Y, ont survécu")
            r"(?:(?:^|[.!?»“”]\s+|\n)(?i:"
            + re.escape(phrase)
            + r")"
            + _NAMED_AS
            + r"|\b(?:et|e|y|en|und|and)\s+(?i:"
            + re.escape(phrase)
            + r"),\s+"
            + _NAME_ONLY
            + r"[,.])",
            # (near the quotation only: linear time over a long text)
            people.text[max(0, pos - 6000) : pos + 3000],
        )
    }
    if len(found) != 1:
        return None
    name = found.pop()
    return name if " " in name and people.mentioned(name) else None


# words of an aside in commas after the subject that says when ("anni fa", "il y a des années")
_AGO = frozenset("fa ago atrás geleden her années anni años anos jahren jaren".split())
_RELATIVE_OPENERS = frozenset("che que qui der die dat cui welche".split())
# verbs of hearing someone say the words: whoever heard them did not say them
_HEARD_SAY = frozenset(
    "oyó oí oía escuchó escuché sentí sentii sentì ouvi ouviu ouvia hörte hoorde entendit"
    " entendu".split()
)


def _without_aside(words: list[str]) -> list[str]:
    """The clause without a relative clause or a time phrase in commas after a subject of two
    or three words: "Mio padre, che era pescatore, me lo ripeteva:", "Un assessore regionale,
    anni fa, mi disse:" -> "Mio padre me lo ripeteva:", "Un assessore regionale mi disse:"."""
    if "," not in words[2:4] or not words[0][:1].isupper():
        return words
    c = words.index(",", 2)
    close = next((k for k in range(c + 2, min(len(words), c + 10)) if words[k] == ","), None)
    if close is None or close + 1 >= len(words):
        return words
    if language() in ("german", "dutch") and any(nm.bare(w) in TIME_NOUNS for w in words[:c]):
        return words  # (the verb before its subject after a time: "Die dag, jaren geleden, zei")
    aside = [nm.bare(w) for w in words[c + 1 : close]]
    if any(w[:1].isupper() for w in words[c + 2 : close]):
        return words  # "Mein Opa, der alte Anton Feiler, hat …": a name in apposition
    if aside[0] in _RELATIVE_OPENERS or (
        len(aside) <= 4 and any(w in _AGO or w in TIME_NOUNS for w in aside)
    ):
        return words[:c] + words[close + 1 :]
    return words


def _apposed_name(
    words: list[str], definite: frozenset[str], pos: int, people: InnerPeople
) -> str | None:
    """The person named in commas after a role or a kin noun opening the clause ("El párroco,
    Julián Ferrer, vino …", "Mi abuelo, Fermín X, era relojero y siempre decía:", "Il mio
    maestro, Aldo X, mi ripeteva:"): their full name, when the text names them; else None."""
    if not words or (words[0].lower() not in definite and words[0].lower() not in _SOMEONE):
        return None
    if "," not in words[1:5]:
        return None
    c = words.index(",", 1)
    close = next((k for k in range(c + 2, min(len(words), c + 7)) if words[k] == ","), None)
    if close is None:
        return None
    # (past an article and an adjective in lower case: "Mein Opa, der alte Anton Feiler,")
    first = next((k for k in range(c + 1, close) if not words[k].islower()), close)
    if first - c > 3 or first == close or not all(w[:1].isupper() for w in words[first:close]):
        return None
    named = people.name_in(" ".join(words[first:close]), pos)
    return named[0] if named is not None and named[1] and " " in named[0] else None


def _subject_end(words: list[str]) -> int:
    """How many words open the clause as its subject: up to an object pronoun, an auxiliary or
    a verb (0 when it runs on past ``_LONGEST`` words or into a comma)."""
    for k, w in enumerate(words[: _LONGEST + 1]):
        low = nm.bare(w)
        if k and (
            (low in _CLITICS and not (low in _ARTICLE_CLITICS and nm.bare(words[k - 1]) in _OF))
            or w.lower()[:2] in ("m'", "m’")
            or low in nm.AUXILIARIES
            or low in _BE
            or low in nm.SPEECH_VERBS
            # (a Portuguese verb with its object pronoun: "perguntou-me", "disse-nos")
            or low.rpartition("-")[2] in ("me", "nos", "lhe", "lhes", "te", "se")
        ):
            return k
        if w in (",", ";", ":"):
            return 0
    return 0
