"""A speaker phrase that names a body by its kind, not by its name (private to ``resolve.py``,
mixed into ``Resolver``): "le rectorat de X" as written, "l'ARS" after the agency's full name,
"le gouvernement", "un vocero de la cooperativa", "la firma" or "o órgão" after the body of
that kind named before; in German and Dutch "teilte der Verein mit", "laat een woordvoerder
weten", "schrijft het bedrijf". Each is the body's name, never a person.
"""

from __future__ import annotations

import bisect

from bot.text.speakers import names as nm
from bot.text.speakers.acronyms import acronym_org
from bot.text.speakers.bodies_germanic import compound_body, public_body
from bot.text.speakers.companies_romance import BANK_NOUNS
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.institutions import INSTITUTION_HEADS, without_article
from bot.text.speakers.lower_bodies import lower_body
from bot.text.speakers.orgs_germanic import companies_before, company_noun, company_word
from bot.text.speakers.orgs_romance import (
    ANY_BODY,
    body_by_kind,
    body_noun,
    body_of_name,
    executive_by_kind,
    fits_kind,
    sports_club,
    with_article,
)
from bot.text.speakers.people import People
from bot.text.speakers.reading import language
from bot.text.speakers.sentence_bodies import company_before
from bot.text.speakers.spokes import spokes_kind
from bot.text.speakers.spokes_germanic import spokes_named_body, spokes_of_person
from bot.text.speakers.standins_germanic import (
    answering_body,
    club_noun,
    lead_club,
    paragraph_club,
)

# Spanish and Portuguese nouns for a company's management, which speaks for the company
_MANAGEMENT = frozenset(
    "dirección gerencia directiva direção direcção administração gerência".split()
)
_MANAGEMENT_OF = frozenset("de del da do".split())


# words of a public service's or a department's name, never a company's
_PUBLIC_WORDS = frozenset(
    "salud pública escola escuela colegio hospital universidad universidade saúde servicio"
    " serviço policía polícia tráfico".split()
)


def managed_company(words: list[str]) -> str | None:
    """The company a Spanish or Portuguese phrase names through its management: a definite
    article, a management noun in lower case, "de"/"da"/"do" and a capitalized name that is
    no public body ("la dirección de Conservas Ibarra", "a administração da Lusocarga", "A
    administração da TUM") -> the name; None otherwise ("la dirección del hospital", "la
    Dirección General de Tráfico", "a direção da escola")."""
    if words and words[0].lower() in ("la", "a"):
        words = words[1:]  # (the article, when the phrase read keeps it)
    if language() not in ("spanish", "portuguese") or not 3 <= len(words) <= 6:
        return None
    if words[0] not in _MANAGEMENT or words[1] not in _MANAGEMENT_OF:
        return None
    if not words[2][:1].isupper():
        return None
    name = words[2:]
    if not all(w[:1].isupper() or w in ("de", "del", "da", "do", "y", "e") for w in name):
        return None
    if name[-1][:1].islower() or nm.bare(name[0]) in FIRST_NAMES or nm.is_place(name):
        return None
    if {w.lower() for w in name} & (INSTITUTION_HEADS | _PUBLIC_WORDS):
        # "la dirección de Instituto X", "la dirección de Salud Pública", "a direção da
        # Escola Secundária X": a public body's or a department, read elsewhere
        return None
    return " ".join(name)


# German councils of a firm or a school, a body with the definite article: "der Betriebsrat"
# (a member is "ein Betriebsrat" or "Betriebsrat X Y")
_ORGS_BACK = 64  # bodies read back from "das Unternehmen" (as ``roles_germanic`` reads them)
_REACH = 600  # characters back a body named "shortly before" is (as ``orgs_germanic``)
_COUNCILS = frozenset(
    f"der {c}"
    for c in "betriebsrat gesamtbetriebsrat konzernbetriebsrat personalrat aufsichtsrat "
    "elternbeirat".split()
)


class BodyRules:
    """The body-kind rules of ``Resolver``; the other mixins provide the rest."""

    people: People

    def _spokes_body(self, phrase: str, pos: int) -> str | None:
        raise NotImplementedError  # ``GermanicEpithets``

    def _germanic_epithet(self, phrase: str, pos: int) -> tuple[str, bool] | None:
        raise NotImplementedError  # ``GermanicEpithets``

    def _seen(self) -> tuple[list[tuple[int, str, str]], dict[str, set[tuple[int, str]]]]:
        raise NotImplementedError  # ``GermanicEpithets``

    def _germanic_body(self, phrase: str, pos: int, orgs: list[str]) -> tuple[bool, str | None]:
        """(True, the body or None) for a German or Dutch phrase that stands for a body;
        (False, None) when the other rules should go on."""
        if spokes := self._spokes_body(phrase, pos):
            orgs.append(spokes)  # "Verzekeraar X reageert … ‘…’, laat een woordvoerder weten."
            return True, spokes
        # "teilte der Verein mit", "schreef het waterschap": the body introduced before;
        # "sagte der Chefarzt" after "der Chefarzt der Gynäkologie, Dr. Andreas X"
        known = self._germanic_epithet(phrase, pos)
        if known is not None:
            if not known[1]:
                orgs.append(known[0])
            return True, known[0]
        if (body := spokes_named_body(phrase)) is not None:
            orgs.append(body)  # "zei een woordvoerder van de brandweer": the body
            return True, body
        if spokes_of_person(phrase):
            return True, phrase  # "sagte der Sprecher des Ministers": as written
        if club_noun(phrase):
            # (the club its paragraph quotes first: "liet FC X weten …. ‘…’, schrijft de club")
            club = paragraph_club(self.people.text, pos) or lead_club(self.people.text, pos)
            if club is None:
                return True, phrase  # (a transfer story: "der Klub" as written, never a player)
            orgs.append(club)  # "‘…’, schrijft de club" after "FC Westerbrug heeft …"
            return True, club
        if phrase.lower() in _COUNCILS:
            # "kündigte der Betriebsrat „…“ an": the works council, never its chair the text
            # named ("der Betriebsratsvorsitzende X"), a body as written
            return True, phrase
        if company_word(phrase):
            # (the bodies named last before it, as ``_germanic_epithet`` reads them: linear)
            seen = self._seen()[0]
            k = bisect.bisect_left(seen, (pos,))
            back = seen[max(0, k - _ORGS_BACK) : k]
            if not (back and pos - back[-1][0] <= _REACH) and len(companies_before(back, pos)) > 1:
                return True, None  # "das Unternehmen" after two companies named: no guess
        if company_noun(phrase):
            found = self.people.organisation(pos) or self._answering_body(pos)
            if found is None and (compound_body(phrase) or public_body(phrase)):
                found = phrase  # "Der Mieterverband kritisierte …", "De gemeente erkent …": one body, as written
            if found:
                orgs.append(found)  # "schrijft het bedrijf" after "Bakkerij X boekte …"
            return True, found or None  # ("teilt der Verband mit": a body, never a person)
        return False, None

    def _answering_body(self, pos: int) -> str | None:
        """The body whose name opens the paragraph before a verb it answers with, when the
        name is no person's: "Nordwerk weist die Vorwürfe zurück." -> "Nordwerk", or the
        fuller name the text gave it before ("Nordwerk Bau GmbH"); else None."""
        got = answering_body(self.people.text, pos)
        if got is None:
            return None
        at, run = got
        last = run.split()[-1]
        if any(
            m.pos < at + len(run)
            and m.name.split()[-1] == last
            and nm.bare(m.name.split()[0]) in FIRST_NAMES
            for m in self.people.mentions
        ):
            return None  # "Kolbe weist …" after "Anna Kolbe": a person
        if " " not in run:
            # a short form of a body named in full before: "Nordwerk" for "Nordwerk Bau GmbH"
            fuller = [o[1] for o in self.people.orgs if o[0] < at and o[1].startswith(run + " ")]
            if fuller:
                return fuller[-1]
        return run

    def _body_of_kind(self, words: list[str], pos: int, orgs: list[str]) -> str | None:
        """The body a phrase names by its kind (the shapes are mostly French, Spanish, Italian
        and Portuguese), else None."""
        text = self.people.text
        words = with_article(words)  # "Au ministère, on assure": the ministry named before
        if (managed := managed_company(words)) is not None:
            # "defendió la dirección de Conservas X", "A administração da TUM garantiu": the
            # company (spelt out when the text gave its acronym), not its management
            found = acronym_org(["a", managed], text, pos) if managed.isupper() else None
            orgs.append(found or managed)
            return found or managed
        if found := body_of_name(words):
            return found  # "le rectorat de Limoges rappelle": as written, not the place
        if found := acronym_org(words, text, pos):
            orgs.append(found)  # "indique l’ARS" after "L’Agence régionale de santé …"
            return found
        if found := executive_by_kind(words, text, pos):
            orgs.append(found)  # "le gouvernement" after "Le Conseil d'État vaudois a …"
            return found
        if (kind := spokes_kind(words)) is not None:
            # "señaló un vocero de la cooperativa": the body named before by that kind
            body = body_by_kind(kind, text, pos, self.people.orgs)
            if body := without_article(text, body, pos):
                orgs.append(body)
                return body
        if (noun := body_noun(words)) is not None:
            # "l'agence précise" after "l'Agence régionale de l'eau X", "La firma aseguró …",
            # "Em boletim, o órgão afirmou que «…»": the body of that kind named before (else
            # the organisation named just before; never a person: "L'office fédéral a précisé")
            found = body_by_kind(words, text, pos, self.people.orgs)
            found = without_article(text, found, pos)
            found = found or (sports_club(text, pos) if noun == "club" else None)
            recent = without_article(text, self.people.organisation(pos), pos)
            if (
                found
                and recent
                and noun in ANY_BODY
                and recent.endswith(" " + found)
                and language() in ("french", "portuguese")
            ):
                # "o órgão", "l'organisme" (``orgs_romance._any_body_before``): the body as
                # the text names it when it is the organisation named last ("O Instituto X")
                found = recent
            if noun != "club":  # (a club is the sports club named, never any body before)
                found = found or (recent if recent and fits_kind(noun, recent) else None)
            # "La chambre, dans un rapport, …", "l'agence assure" after "l'agence régionale de
            # santé": a French public body written in lower case
            found = found or lower_body(words, text, pos)
            # "Corrivia respinge le accuse. In una nota, la società sostiene …": the company
            # opening a sentence before
            found = found or company_before(words, self.people, pos)
            if found:
                orgs.append(found)
                return found
            if language() in ("french", "portuguese") and noun in BANK_NOUNS:
                # "« … », a indiqué la banque" with no bank named: the phrase as written,
                # never the person named last
                return " ".join(words)
        return None
