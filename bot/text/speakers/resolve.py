"""From the speaker phrases the rules found to the names shown (private to ``attribution.py``).

A quotation that shares another's speaker takes it; "he"/"she" become the most salient
earlier person of that gender, "it"/"they" an organisation (or the document or company quoted
just before), a surname the full name seen earlier; role nouns ("the senator") are kept as
written, and documents, page parts and clause fragments are no speaker at all.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers import reading as _reading
from bot.text.speakers.aliases import given_name
from bot.text.speakers.body_rules import BodyRules
from bot.text.speakers.bodywords import kind_named_before, police_named_before
from bot.text.speakers.businesses import business_noun
from bot.text.speakers.court_germanic import unnamed_accused
from bot.text.speakers.court_names import court_named_before
from bot.text.speakers.dropped import (
    adjunct_phrase,
    named_after_adjunct,
)
from bot.text.speakers.epithets import (
    SYNONYMS,
    epithet_gender,
    is_age,
    role_phrase,
)
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.fronted import adverb_cut, conjunction_cut, from_source, place_cut
from bot.text.speakers.germanic_nouns import after_adjective
from bot.text.speakers.germanic_phrase import clause_at
from bot.text.speakers.germanic_statements import therein_body
from bot.text.speakers.germanic_things import (
    epithet_noun,
    germanic_rewrite,
    role_of_genitive,
    unnamed_someone,
)
from bot.text.speakers.germanic_unnamed import governed_phrase
from bot.text.speakers.holders import RoleHolders, kept_name_back
from bot.text.speakers.impersonal import cited_document_body, read_in_document
from bot.text.speakers.institutions import (
    FUSED_OF,
    club_name,
    dangling_of,
    institution_around,
    institution_phrase,
)
from bot.text.speakers.introduced import introduced
from bot.text.speakers.kin import converse_relative
from bot.text.speakers.kind_names import name_after_kind
from bot.text.speakers.left_out import LeftOut
from bot.text.speakers.marks import Span
from bot.text.speakers.members import members_body
from bot.text.speakers.nationalities import nationality_epithet, other_nationals
from bot.text.speakers.neighbours import NeighbourRules
from bot.text.speakers.np_bounds import adjunct_at
from bot.text.speakers.orgs import kind_before_name, org_named_before
from bot.text.speakers.orgs_romance import fuller_body
from bot.text.speakers.passes import SpeakerPass
from bot.text.speakers.people import People
from bot.text.speakers.place_holders import PlaceHolders
from bot.text.speakers.possessed import BARE_DETERMINERS, POSSESSIVE_PERSON, own_words
from bot.text.speakers.pronouns import PronounRules, name_before
from bot.text.speakers.raw import Raw
from bot.text.speakers.reading import language
from bot.text.speakers.relatives_romance import family_phrase, named_relative
from bot.text.speakers.restricted_esit import unnamed_after_adjunct
from bot.text.speakers.roles import (
    AGE_TAIL_RE,
    DEF_ROLE_OF_RE,
    NEGATED_TAIL_RE,
    ROLE_FOR_RE,
    ROLE_OF_RE,
    UNNAMED_OF_RE,
    group_phrase,
    role_noun,
)
from bot.text.speakers.romance_people import fuller_name
from bot.text.speakers.romance_words import fused_place_cut, no_subject, romance_verb
from bot.text.speakers.sentence_bodies import bare_spokes_body
from bot.text.speakers.sources_romance import earlier_source
from bot.text.speakers.spokes import (
    body_for_the,
    romance_spokes_before,
    spokes_before,
    spokes_body,
    team_before,
)
from bot.text.speakers.spokes import body_opening as short_body
from bot.text.speakers.spouses import english_relative, owner_unnamed, partner_named
from bot.text.speakers.strays import stray_opener
from bot.text.speakers.unnamed import unnamed_description
from bot.text.speakers.written import as_written
from bot.text.speakers.written_rules import WrittenRules, on_platform

# the indefinite articles opening someone unnamed: "un invitato", "a driver", "une habitante"
_INDEFINITE = frozenset("un una uno une um uma a an one een ein eine einer".split())
# a Romance object pronoun closing a speaker phrase, before its verb ("Ciro X ne ha lodato")
_CLITIC_END_RE = re.compile(r"(?<=\w)\s+(?:ne|ci|vi|gli|lo|la|li|le|se|lhe|lhes|en)$")


# a judge called by the court's form of address ("her Honour said", "His Honor added"), and
# the judge the text names by title ("Justice Ann X", "Judge Tom Y", "Magistrate Z")
_HONOUR_RE = re.compile(r"(?:[Hh]is|[Hh]er) Honou?r")
_JUDGE_RE = re.compile(r"\b(?:Justice|Judge|Magistrate)\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


class Resolver(
    SpeakerPass,
    PronounRules,
    NeighbourRules,
    RoleHolders,
    PlaceHolders,
    BodyRules,
    WrittenRules,
    LeftOut,
):
    """Names for the raw speaker phrases of one text."""

    spans: list[Span]
    people: People

    _no_subject = staticmethod(no_subject)

    def _maybe_person(self, got: tuple[str, bool]) -> bool:
        """Whether the name the rules read may be a person's: a first name opens it, or the
        text gives it a gender."""
        name, person = got
        first = nm.bare(name.split()[0]) if name.split() else ""
        return person and (first in FIRST_NAMES or bool(self.people.genders(name)))

    def _resolve(self, raw: Raw, orgs: list[str]) -> str | None:
        got = self._resolve_phrase(raw, orgs)
        phrase = raw.phrase or ""
        if (
            got is not None
            and got[:1].isupper()
            and phrase.split()[:1]
            and phrase.split()[0].lower() in _INDEFINITE
            and got.casefold() not in phrase.casefold()
            and self.people.genders(got)
            and kept_name_back(self.people.text, raw.pos + len(phrase))
        ):
            # "racconta un invitato, che chiede di restare anonimo": someone unnamed, never a
            # person the text named before
            return as_written(phrase.split(), phrase)
        return got

    def _resolve_phrase(self, raw: Raw, orgs: list[str]) -> str | None:
        if _HONOUR_RE.fullmatch(raw.phrase or ""):
            # "“…,” her Honour said": the judge the text named before ("Justice Ann X")
            judges = _JUDGE_RE.findall(self.people.text, max(0, raw.pos - 6000), raw.pos)
            return judges[-1] if judges else raw.phrase
        if cut := conjunction_cut(raw.phrase or ""):  # "E Rossi ha ammesso che …"
            return self._resolve(Raw((raw.phrase or "")[cut:], raw.pos + cut), orgs)
        if (
            (m := _CLITIC_END_RE.search(raw.phrase or ""))
            and (raw.phrase or "")[: m.start()].split()[-1][:1].isupper()
            and language() not in ("english", "german", "dutch")
        ):
            # "Il maestro Ciro X ne ha lodato «…»": the pronoun before the verb is no part of
            # the name
            return self._resolve(Raw((raw.phrase or "")[: m.start()], raw.pos), orgs)
        if (
            " " not in (raw.phrase or " ")
            and after_adjective(self.people.text, raw.pos, raw.phrase or "")
            and not role_noun(raw.phrase or "")
        ):
            return None  # "…, der nach eigenen Angaben …": a German noun after its adjective
        if cut := dangling_of(raw.phrase or ""):
            # "Selon la Direction de la [navigation aérienne du Sud], « … »": a name run cut
            # at the lower-case words of a Romance body's name is read from its head
            return self._resolve(Raw((raw.phrase or "")[:cut], raw.pos), orgs)
        # "se souvient la commerçante de 52 ans", "asegura este artesano de 65 años": the
        # age after a role noun
        # (after an adverb: "«…», comentaba ayer un jubilado de X")
        if language() == "italian" and (cut := fused_place_cut(raw.phrase or "")):
            # "lamentava all'uscita uno spettatore": the subject after the place
            return self._resolve(Raw((raw.phrase or "")[cut:], raw.pos + cut), orgs)
        if (at := romance_spokes_before(raw.phrase or "", self.people, raw.pos)) is not None:
            # "La Policía Local confirmó … «…», indicó un portavoz": the body, when it speaks
            body = self._resolve(Raw(self.people.text[at[0] : at[1]], at[0]), orgs)
            if body is not None:
                orgs.append(body)
                return body
        if language() not in ("english", "german", "dutch") and (
            body := bare_spokes_body(raw.phrase or "", self.people, raw.pos)
        ):
            # "Transvallée, qui exploite le réseau, confirme … « … », explique un
            # porte-parole": else the body opening a sentence before (English reads it in
            # ``spokes_before``, German and Dutch in ``roles_germanic``)
            orgs.append(body)
            return body
        if (someone := self._described_at(raw)) is not None:
            return someone  # someone unnamed the text describes where the phrase is
        if police := police_named_before(raw.phrase or "", self.people.text, raw.pos):
            return police  # "schrieb die Polizei" after "Das Polizeipräsidium X warnte …"
        if unnamed := governed_phrase(
            raw.phrase or "", self.people.text, raw.pos + len(raw.phrase or "")
        ):
            return unnamed  # "sagte eine mit den Vorgängen vertraute Person": as written
        phrase = AGE_TAIL_RE.sub("", raw.phrase or "")
        if _reading.romance_text() and (
            source := earlier_source(self.people.text, raw.pos, phrase)
        ):
            return source  # "précise cette source": the source as first described
        if (court := court_named_before(self.people.text, raw.pos, phrase)) is not None:
            if court:
                orgs.append(court)  # "la cour" after "la cour d'appel de X": that court
            return court or None
        if (body := members_body(self.people.text, raw.pos, phrase)) is not None:
            return body  # "Les inspecteurs" after "inspecteurs de l'agence régionale de santé"
        if _reading.romance_text() and (neg := NEGATED_TAIL_RE.search(phrase)) and neg.start():
            phrase = phrase[: neg.start()]  # "Il n'a pas souhaité donner son nom": "Il"
        if (group := self._group_as_written(raw, phrase)) is not None:
            return group  # a share of a group, a counted group, someone unnamed: as written
        if (named := self._possessive_role_named(phrase, raw.pos)) is not None:
            return named  # "a souligné sa représentante sur place, Ana X,": Ana X
        if (owner := own_words(self.people.text, raw.pos, phrase)) is not None:
            # "Su respuesta fue tajante: «…»", "Ses mots : « … »": words
            # of the person the text is about, not the possessive itself
            gender = owner or None
            return self.people.antecedent(raw.pos, gender, known=True) or self.people.antecedent(
                raw.pos, gender
            )
        if phrase.lower() in BARE_DETERMINERS:
            return None  # "La pregunta que …:", "Su argumento es sencillo:": an article alone
        if (alias := given_name(self.people.text, raw.pos + len(phrase))) is not None:
            return alias  # "said the man, who gave only his first name, Dmitri"
        if body := body_for_the(self.people.text, raw.pos, phrase):
            return body  # "the X Office for the District of Y said": the whole name
        if (someone := unnamed_description(phrase)) is not None:
            return someone or None  # "témoigne une mère de famille rencontrée …": unnamed
        if (read := read_in_document(phrase)) is not None:
            # "», si legge in una nota dell'azienda": the body whose note it is
            return self._resolve(Raw(read[0], raw.pos + read[1]), orgs)
        if (body := cited_document_body(phrase)) is not None:
            # "segundo nota da Liga X divulgada …": the body that issued the document
            return self._resolve(Raw(body, raw.pos + phrase.find(body)), orgs)
        words = phrase.split()
        cut = next(
            (k for k in range(1, len(words)) if adjunct_at(words, k) or clause_at(words, k)), 0
        )
        if cut:
            words = words[:cut]  # "Die Studentin Merle Janßen neben ihm"
            phrase = " ".join(words)
        if (
            len(words) > 2
            and words[0] in ("un", "una", "uno")
            and (k := next((k for k in range(2, 5) if words[k : k + 1] in (["que"], ["che"])), 0))
            and language() in ("spanish", "italian")
        ):
            # "comentó una vecina que siguió la sesión desde …": someone unnamed, without the
            # relative clause describing them
            words = words[:k]
            phrase = " ".join(words)
        rewritten = germanic_rewrite(self.people.text, raw.pos, phrase)
        if rewritten is not None:
            # "Ihre Tochter Katharina", "De 56-jarige Tilburger", "hielt ihm die Richterin
            # vor" read again as "Katharina", the whole epithet, "die Richterin"; a place or a
            # sign ("neben der Tür", "ein Holzschild") is no one
            return self._resolve(Raw(*rewritten), orgs) if rewritten[0] else None
        if (cut_words := place_cut(adverb_cut(words))) is not words:
            words, phrase = cut_words, " ".join(cut_words)  # "spesso il maestro", "X dal palco"
        if (latter := nm.LATTER.get(phrase.lower())) is not None and _reading.romance_text():
            # "ce dernier", "Esta última reconoció …: «…»", "Quest'ultimo ha detto": the
            # person named last, of that gender (pronouns.py)
            if phrase.lower() in ("celui-ci", "celle-ci") and not name_before(
                self.people.text, raw.pos
            ):
                return None  # "… un nouveau projet de loi. Celui-ci prévoit « … »": a thing
            return self._latter(raw.pos, latter)
        if (of_two := nm.OF_TWO.get(phrase.lower())) is not None and _reading.romance_text():
            # "« C », insiste la première." after two people's turns: the one named first
            return self._of_two(raw.pos, *of_two)
        if (
            len(words) > 1
            and (art := FUSED_OF.get((words[0], language() or "")))
            and (noun := role_phrase(" ".join([art, *words[1:]]), self.people.text))
            and (noun in SYNONYMS or noun in self._introduced())
        ):
            # "Pronta la replica del primo cittadino:": the role noun someone holds ("il primo
            # cittadino"), not a place after "of" ("del palazzo", no one)
            words = [art, *words[1:]]
            phrase = " ".join(words)
        if from_source(words):
            words = words[1:]  # "Dalla Regione X fanno sapere": the body, not "Dalla"
            phrase = " ".join(words)
            if words[0].islower():
                orgs.append(phrase)  # "fanno sapere dalla questura di X": the whole name
                return phrase
        if (family := family_phrase(words)) is not None:
            return family  # "La famiglia chiede …: «…»": the family, not the one it mourns
        if (relative := named_relative(self.people, words, raw.pos)) is not None:
            return relative  # "précise sa femme" after "Sa femme, Lucie X, …": Lucie X
        if (relative := converse_relative(self.people, words, raw.pos)) is not None:
            return relative  # "risponde il padre" after "Il figlio, Matteo X": the father
        owner = POSSESSIVE_PERSON.get(words[0].lower()) if len(words) == 1 else None
        if owner is not None and _reading.language() in ("german", "dutch"):
            # "Zijn advies is helder: ‘…’", "Sein Fazit: „…“": the owner, as a pronoun
            return self._resolve(Raw(owner, raw.pos), orgs)
        if words and words[0] == "het" and (body := self._impersonal(raw.pos)):
            orgs.append(body)  # "klinkt het bij actiegroep X" (Dutch; else "het bedrijf" …)
            return body
        verb = next((k for k in range(2, len(words)) if romance_verb(words[k])), 0)
        if verb and not no_subject(phrase):  # (not "limitou-se a dizer": the verb alone)
            words = words[:verb]  # "o Ministério da Educação respondeu por": the verb goes
            phrase = " ".join(words)
        if (named := named_after_adjunct(words)) is not None:
            words, phrase = named, " ".join(named)  # "ha detto tra le lacrime Marta X"
        elif adjunct_phrase(words):
            # "ha commentato a margine dei lavori un diplomatico di X": someone unnamed after
            # the adjunct, as written; else no one ("a questo giornale aveva")
            return unnamed_after_adjunct(words)
        if words in (["Darin"], ["Daarin"]) and (
            body := therein_body(
                self.people.text, self.people.bounds, raw.pos, self._germanic_epithet
            )
        ):
            orgs.append(body)  # "… mit einer Erklärung. Darin heißt es: „…“": its issuer
            return body
        if words and words[0] in ("es", "man", "men"):
            # „…“, hieß es dazu aus dem Vorstand: impersonal, no one named (but "hieß es in
            # einer Aussendung der Landeswarnzentrale": the body whose document it is)
            body = self._impersonal(raw.pos) if words[0] == "es" else None
            if body is not None:
                orgs.append(body)
            return body
        low = nm.bare(words[0]) if len(words) == 1 else ""
        handled, who = self._verb_alone(phrase, words, low, raw, orgs)
        if handled:
            return who  # "», ha aggiunto.", "Ha poi aggiunto: «…»": the subject left out
        handled, who = self._pronoun(phrase, words, low, raw, orgs)
        if handled:
            return who  # "he", "elle", "sie", "it", "I", "他"
        germanic = _reading.language() in ("german", "dutch")
        if germanic and (partner := partner_named(self.people, words, raw.pos)) is not None:
            if not partner and len(words) == 2 and owner_unnamed(self.people, raw.pos):
                # "ein älterer Abonnent … Seine Frau ergänzte: »…«": the partner of someone
                # the text never names, kept as written
                return " ".join(words)
            return partner or None  # "„…“, sagt ihr Mann.", "Haar man Jan …": the husband
        if (relative := english_relative(self.people, words, raw.pos)) is not None:
            return relative  # "His widow, Joan X, … “…,” his widow said.": Joan X
        if germanic:
            handled, body = self._germanic_body(phrase, raw.pos, orgs)
            if handled:
                return body  # "teilte der Verein mit", "laat een woordvoerder weten"
        if own := name_after_kind(self.people.text, raw.pos, phrase):
            orgs.append(own)  # "A associação de apoio à vítima Laço Azul": its name
            return own
        if found := self._body_of_kind(words, raw.pos, orgs):
            return found  # "le rectorat de X", "l'ARS", "la firma", "un vocero de la …"
        if nationality_epithet(phrase, self.people.text, raw.pos):
            # "said the Pole": named before, not someone the text called a Swede
            skip = other_nationals(phrase, self.people.text, raw.pos, self.people.nearest)
            return self.people.antecedent(raw.pos, None, skip=skip)
        handled, who = self._role_of_place(words, phrase, raw, orgs)
        if handled:
            return who  # "recorda o antigo presidente da junta de X": the role's holder
        if found := self.people.modified_role(words, raw.pos) or (
            len(words) > 2 and self.people.last_named(words, raw.pos)
        ):
            return found  # "the Green councillor" after "Councillor Ann Pryce"
        got = (
            None
            if ROLE_OF_RE.match(phrase)
            or DEF_ROLE_OF_RE.match(phrase)
            or is_age(phrase)
            or self._noun_epithet(words)
            # "dijo el DT": a role's initials (epithets.SYNONYMS), not an acronym's body
            or (len(words) == 2 and words[1].isupper() and words[1].lower() in SYNONYMS)
            # "schilderte ein Anwohner", "een vaste klant uit Hoorn": someone unnamed, shown
            # as written; "sagte der 22-jährige Engadiner": an epithet, not a surname
            or unnamed_someone(phrase)
            or epithet_noun(phrase, self.people.registry)
            or role_of_genitive(phrase, self.people.registry)  # "der Anwalt des Klägers"
            else self.people.name_in(phrase, raw.pos)
        )
        # (the name after initials may read as a surname, "KZC Oosterzele": no first name
        # opens it and the text gives it no gender)
        named = got[0] if got is not None and not self._maybe_person(got) else None
        if got is not None and (club := club_name(words, named)):
            # "la US Monteverde" after "il Monteverde", "laat KZC Oosterzele weten": the club
            got = (club, False)
        if got is not None and got[1]:
            # "Borges" after "Nuno Borges Pinto", "Lucía Marín" before "Lucía Marín Soto"
            got = (fuller_name(self.people, got[0], raw.pos), True)
        role_for = ROLE_FOR_RE.match(phrase) or (
            UNNAMED_OF_RE.match(phrase) if language() == "english" else None
        )  # ("One resident of Mill Lane")
        if group_phrase(words):
            return as_written(words, phrase)  # "Pour les habitants de Lyon, …": not Lyon
        if (someone := on_platform(phrase, words)) is not None:
            return someone  # "scrive un utente su X": someone unnamed, not X
        if body := (
            spokes_body(phrase, got)
            or spokes_before(phrase, self.people, raw.pos)
            or team_before(phrase, self.people, raw.pos)  # "the team said in a statement"
        ):
            orgs.append(body)  # "a spokesperson for Harbour Ferries": the body speaks
            return body
        if got is not None and role_for is not None:
            # the employer or platform after a person noun is no speaker ("one user on
            # Mastodon"), but a person named after it is ("the envoy to Norway Mara Quint")
            # (a full name: one word after "of the Vale of" is the place's, "Brenley")
            if not (
                got[1] and " " in got[0] and phrase.find(got[0], role_for.end()) >= role_for.end()
            ):
                got = None
        if got is not None:
            name, person = got
            if not person and language() == "english":
                name = kind_before_name(self.people.text, raw.pos, name)  # "Broadcaster X"
            if (
                not nm.plausible_speaker(name)
                or nm.quantified_phrase(name)
                or (
                    nm.bare(name) not in FIRST_NAMES
                    and stray_opener(self.people.text, raw.pos, phrase, name)
                )
            ):
                # "Have you heard…", "See: “…”", "That’s why I tell them: “…”"; "Viel Geld
                # gab es nicht. „…“" (a noun phrase opening a sentence); "Nur: „…“",
                # "Hubo quien …: «…»" (a word only capitalised as a sentence's first)
                return None
            if not person or nm.bare(name.split()[0]) not in FIRST_NAMES:
                # "Selon le Service cantonal de la mobilité", "l'échevinat de la Culture":
                # an institution's whole name (words no first name opens)
                end = raw.pos + len(phrase)
                full = institution_around(self.people.text, raw.pos, end, name)
                own = next((w for w in reversed(words) if w[:1].isupper()), name)
                if full is None and name not in phrase and own != name:
                    # "le ministère de la Santé" after "la direction de la Santé du Gbêkê"
                    full = institution_around(self.people.text, raw.pos, end, own)
                full = full or fuller_body(self.people.text, raw.pos, name)
                full = full or self._joined(name, raw.pos, person)  # "… de la ONU para los X"
                full = full or short_body(name.split(), self.people, raw.pos)  # in short
                name, person = (full, False) if full else (name, person)
                name = cited_document_body(name) or name  # "Fonte da GNR": the GNR
            if not person:
                orgs.append(name)
            return name
        if issuer := self._document_issuer(words, raw.pos, orgs):
            return issuer  # "«…», diz o texto." after "X afirmou em nota …"
        if nm.bare(words[-1]) in nm.DOCUMENT_NOUNS:
            # "a statement", "Photo credit", "the column": a document or the page, not a
            # speaker; "her statement" is hers
            owner = nm.bare(words[0]) if len(words) == 2 else ""
            if owner in ("his", "her"):
                return self.people.antecedent(raw.pos, "m" if owner == "his" else "f")
            if nm.bare(words[0]) == "the" and nm.bare(words[-1]) in ("statement", "release"):
                return self._issuer(raw.pos, nm.bare(words[-1]), orgs)  # whose statement
            return None
        if aged := self.people.aged(phrase, raw.pos):
            return aged  # "the 34-year-old" after "Ana Lind, 34,": the one person of that age
        aside = self._named_aside(raw.pos + len(phrase), raw.pos + 200)  # type: ignore[attr-defined]
        if (
            aside is not None
            and (
                epithet_gender(phrase, self.people.text, raw.pos) is not None
                # "Eine der Zeuginnen, die … X Y,", "Een van de slachtoffers, X Y,"
                or (
                    words[0].lower() in ("eine", "einer", "een")
                    and words[1:2] in (["der"], ["van"])
                )
                or (language() == "english" and self._english_aside(phrase, raw.pos, aside[0]))
            )
        ):
            return aside[0]  # "La defensa, a cargo del abogado X Y, pidió …": that person
        if germanic and unnamed_accused(phrase, self._court()[0], self.people.text):
            return as_written(words, phrase)  # "der Angeklagte", no one named as accused
        if (intro := introduced(phrase, self.people.text, raw.pos)) is not None:
            # "according to a source close to the talks. “…,” the source said.": the phrase
            # that introduced them, read as a speaker (a spokesperson's body)
            said = self.people.text[intro[0] : intro[1]]
            got = self._resolve(Raw(said, intro[0]), orgs)
            return got if got and got.casefold() in said.casefold() else said
        handled, who = self._role_holder(phrase, words, raw, orgs, germanic)
        if handled:
            return who  # "répond la prévenue", "añadió la alcaldesa", "the midfielder"
        full = (
            institution_around(self.people.text, raw.pos, raw.pos + len(phrase), phrase)
            if len(words) == 2 and words[1][:1].isupper() and nm.bare(words[1]) in nm.ORG_WORDS
            # ("Le ministère de la Culture et du Patrimoine historique", no name the rules read)
            else institution_phrase(self.people.text, raw.pos, phrase)
        )
        if full is not None:
            orgs.append(full)  # "Le Syndicat de l'industrie du bois a dénoncé": the whole name
            return full
        named = org_named_before(phrase, self.people.text, raw.pos)
        if named is None and business_noun(words) and language() == "english":
            named = self.people.business(raw.pos)  # "the company" after "Dunmore Tools Inc."
            # (or after "the supplier, Wexcombe Water", the one body the text named)
            named = named or kind_named_before(self.people.text, raw.pos, self.people.orgs)
            # (or one named with no word marking a body: "Penfold Home has recalled …")
            named = named or self.people.unmarked_business(raw.pos)
        if named is not None:
            orgs.append(named)
            return named  # "the council" after "Lower Clarence Shire Council"
        if found := self.people.last_named(words, raw.pos):
            return found  # "Ana Lind led the tributes. “…,” the midfielder said."
        if (
            len(words) == 2
            and words[0] in ("de", "del", "di", "da", "do", "du")
            and words[1][:1].isupper()
            and _reading.romance_text()
        ):
            return words[1]  # "Un portavoz de Renfe explicó": the body, never "de Renfe"
        return as_written(words, phrase)  # "the spokesman", not "At that point"
