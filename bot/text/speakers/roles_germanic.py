"""German and Dutch role nouns a person is introduced with, and the definite noun phrase that
stands for that person later (private to ``resolve.py``).

German and Dutch news introduce a person with a role noun as a title ("Gesundheitsdirektorin
Cornelia X", "Lünens Trainerin Friederike Y", "wethouder Marieke Z") or in apposition ("der
Chefarzt der Gynäkologie, Dr. Andreas X") and later call them by it: "sagte der Chefarzt", "Die
Gesundheitsdirektorin widersprach:", "sagte die Lünener Trainerin". A definite noun phrase whose
noun is the role (or the end of it: "Trainerin" for "Cheftrainerin") of exactly one person named
before it is that person.
"""

from __future__ import annotations

import bisect
import re

from bot.text.lexicon import load
from bot.text.speakers import names as nm
from bot.text.speakers.court_germanic import accused, court_people, decade_person
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.germanic_statements import STATEMENT_ES_RE, body_back, statement_body
from bot.text.speakers.kin import kin_noun
from bot.text.speakers.orgs_germanic import germanic_orgs, org_epithet
from bot.text.speakers.orgs_germanic import kind as org_kind
from bot.text.speakers.people import People
from bot.text.speakers.roles import role_noun
from bot.text.speakers.sentence_bodies import bare_spokes_body
from bot.text.speakers.subject_back import subjects_past_no_one

_ARTICLES = frozenset("der die de het".split())
_TITLES = frozenset("dr dr. prof prof. mag mag. ing ing. mr mr. drs drs. ir ir.".split())
# "der Chefarzt der Gynäkologie, Dr. ": an article, a role noun, its complement, a comma
# (a capitalized adjective may stand before the noun, and an ordinal in the complement: "Der
# Vorsitzende Richter der 23. Strafkammer, Hartmut X")
_APPOSITION_RE = re.compile(
    r"\b(?i:der|die|den|dem|de|het)\s+(?:([^\W\d_][\w-]+e)\s+)?([^\W\d_][\w-]+)"
    r"(?:\s+(?:der|des|van|von|bij|beim|vom)\s+(?:[^,.;:]|(?<=\d)\.){1,40})?,\s+$"
)

# an unnamed spokesperson with no body after them: "een woordvoerder", "eine Sprecherin"
_SPOKESPERSON_RE = re.compile(
    r"(?i:een|ein|eine)\s+(?:woordvoerder|woordvoerster|Sprecher|Sprecherin)"
)
# German and Dutch subject pronouns of a man, of a woman
_HE = frozenset("er hij".split())
_SHE = frozenset("sie zij ze".split())
# a role phrase's complement, a comma, then a name closing the sentence ("… der Gewerkschaft
# in Schweinfurt, Sabine Rottler.")
_CLOSING_NAME_RE = re.compile(
    r"[^.;:!?\n„“”»«\"‘’,]{0,80}, ([^\W\d_][\w'’-]*(?: (?:[^\W\d_][\w'’-]*)){1,4})"
    r"(?=[.,]?(?:\s|$))"
)
_OWNERS = frozenset("sein seine ihr ihre zijn haar hun".split())
_ORGS_BACK = 64  # bodies read back from a definite noun for the one it stands for


def _role_word(word: str) -> bool:
    core = word.rstrip(",")
    return (
        core.isalpha()  # (not "Hauswänden.", a sentence's last word)
        and len(core) > 3
        and nm.bare(core) not in FIRST_NAMES
        and nm.bare(core) not in nm.STOPWORDS
        and nm.bare(core) not in nm.NOUN_ARTICLES
    )


def introduced(text: str, names: list[tuple[int, str]]) -> dict[str, set[tuple[int, str]]]:
    """role noun (lower case) -> {(where, full name)} for the people of a German or Dutch
    text: the word right before a full name ("Kapitän Mirko X", past "Dr."/"Prof.") or the
    noun of an apposition before it ("der Chefarzt der Gynäkologie, Dr. Andreas X")."""
    roles: dict[str, set[tuple[int, str]]] = {}
    for pos, name in names:
        words = name.split()
        if len(words) < 2:
            continue
        at = text.find(words[0], pos, pos + 80)
        if at < 0:
            continue
        toks = text[max(0, at - 80) : at].split()
        while toks and nm.bare(toks[-1]) in _TITLES:
            toks.pop()  # "Dr. Andreas Nydegger", "Prof. Dr. Katrin X"
        role = None
        if toks and toks[-1].endswith(","):
            m = _APPOSITION_RE.search(" ".join(toks) + " ")
            role = m.group(2) if m is not None and _role_word(m.group(2)) else None
            if role is not None and m.group(1) and _role_word(m.group(1)):
                # "der Vorsitzende" later stands for "Der Vorsitzende Richter …, X" too
                roles.setdefault(m.group(1).lower(), set()).add((at, name))
        elif toks and _role_word(toks[-1]):
            role = toks[-1]  # "Gesundheitsdirektorin Cornelia X", "wethouder Marieke Y"
            for k in (2, 3):
                if (
                    len(toks) >= k + 1
                    and toks[-k] in ("van", "voor", "für")
                    and _role_word(toks[-k - 1])
                    and all(t[:1].isupper() for t in toks[-k + 1 :])
                ):
                    # "Schepen van Mobiliteit X Y", "Schepen van Lokale Economie X Y": the
                    # role before its portfolio (but "de ploeg van trainer X Y": the role
                    # right before the name)
                    role = toks[-k - 1]
                    break
        if role is not None:
            roles.setdefault(role.lower(), set()).add((at, name))
    return roles


def role_epithet(phrase: str, pos: int, roles: dict[str, set[tuple[int, str]]]) -> str | None:
    """The one person introduced before ``pos`` with the role a definite German or Dutch noun
    phrase names ("der Chefarzt", "die Lünener Trainerin", "de wethouder"), else None."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in _ARTICLES:
        return None
    noun = words[-1].lower()
    if not noun.isalpha() or len(noun) <= 3:
        return None
    if org_kind(noun):
        return None  # "het bedrijf" after "moederbedrijf X": a body, not a person's role
    pair = " ".join(words[1:]).lower()
    if len(words) == 3 and pair in _SYNONYMS:
        noun = pair  # "de eerste burger": a noun of two words for an office (the mayor)
    for nouns in ((noun,), _SYNONYMS.get(noun, ())):
        # the role itself first; only when no one holds it, a noun for the same office ("der
        # Übungsleiter" after "Trainer X Y", "de burgervader" after "burgemeester X Y")
        people = {
            name
            for role, held in roles.items()
            for n in nouns
            if role == n or (role.endswith(n) and len(n) >= 5)
            for at, name in held
            if at < pos
        }
        if people:
            return people.pop() if len(people) == 1 else None
    return None


# "der Übungsleiter" -> the roles it stands for ("trainer", "coach")
_SYNONYMS = {
    head.strip(): tuple(rest.split())
    for head, _, rest in (line.partition(":") for line in load("role_synonyms_de_nl"))
}
# "hieß es in einer Aussendung der Landeswarnzentrale": the body whose document it is
_ES_OF_RE = re.compile(
    r"es\s+(?:[a-zäöü]+\s+){0,2}?(?:(?:in|aus)\s+(?:einer|einem|der|dem|den)|im|aus\s+dem)\s+"
    r"(?:[a-zäöü]+\s+)?[^\W\d_a-z][\w-]*\s+"  # "im Polizeibericht", "in einer kurzen Erklärung"
    r"(?:der|des|vom|von der|von)\s+([^\W\d_a-z][\w-]*(?:\s+[^\W\d_a-z][\w-]*){0,4})"
)
# "heißt es kämpferisch bei der Initiative X", "klinkt het bij actiegroep Y": the body or
# person the words come from (up to the sentence's end, its article left out)
_ES_AT_RE = re.compile(
    r"(?:es|het)\s+(?:[a-zäöüé]+\s+){0,2}?(?:bei|beim|bij)\s+(?:(?:der|dem|den|de|het)\s+)?"
    r"([^\W\d_][^.!?\n,;:]{1,60}?)\s*(?=[.!?,;:\n]|$)"
)


class GermanicEpithets:
    """The organisation or person a German or Dutch definite noun phrase stands for; the
    resolver provides ``people``."""

    people: People

    def _seen(self) -> tuple[list[tuple[int, str, str]], dict[str, set[tuple[int, str]]]]:
        """The bodies and the people's roles the text introduces (computed once)."""
        seen = getattr(self, "_germanic_seen", None)
        if seen is None:
            names = [(m.pos, m.name) for m in self.people.mentions]
            seen = (sorted(germanic_orgs(self.people.text)), introduced(self.people.text, names))
            self._germanic_seen = seen
        return seen

    def _closing_name(self, phrase: str, pos: int) -> str | None:
        """The person named in full after a comma at the end of the sentence a role phrase
        after a speech verb opens: "sagte die Erste Bevollmächtigte der Gewerkschaft in X,
        Sabine Y." / "zei de voorzitter van de bond, Kees Z." -> that person."""
        if phrase.split()[0].lower() not in _ARTICLES:
            return None
        text, mentions = self.people.text, self.people.mentions
        m = _CLOSING_NAME_RE.match(text, pos + len(phrase))
        if m is None:
            return None
        k = bisect.bisect_left(self.people._mention_pos, m.start(1))
        if k >= len(mentions) or mentions[k].pos != m.start(1) or " " not in mentions[k].name:
            return None
        return mentions[k].name

    def _own_role(self, phrase: str, pos: int) -> str | None:
        """A possessive and a role noun the text names no one by ("Sein Schichtleiter, ein
        Mann, den er seit der Lehre kannte, habe gesagt: „…“"): shown as written, not the noun
        alone as if it were a surname; None for a relative or a role someone was introduced
        with."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() not in _OWNERS or not role_noun(words[1]):
            return None
        if kin_noun(self.people.text, pos, phrase) is not None:
            return None  # "sein Bruder": kin.py
        noun = words[1].lower()
        if noun in self.people.registry or any(r.endswith(noun) for r in self._seen()[1]):
            return None
        return phrase

    def _court(self) -> tuple[list[tuple[int, str]], list[tuple[int, str, int]]]:
        """``court_people`` of the text (computed once)."""
        court = getattr(self, "_germanic_court", None)
        if court is None:
            court = self._germanic_court = court_people(self.people.text)
        return court

    def _germanic_epithet(self, phrase: str, pos: int) -> tuple[str, bool] | None:
        """(name, is a person) for "der Verein", "het platform" (an organisation) or "der
        Chefarzt", "die Lünener Trainerin" (a person introduced with that role), else None."""
        closing = self._closing_name(phrase, pos) or self._own_role(phrase, pos)
        if closing is not None:
            return closing, True
        if (back := body_back(phrase, pos, self)) is not None:
            return back, False  # "In einer Stellungnahme des Verbands hieß es, …"
        seen = self._seen()
        low = phrase.lower()
        # the bodies named last before the phrase (or in it): a bound, so that a text naming
        # many stays linear
        k = bisect.bisect_right(seen[0], (pos + len(phrase), "\uffff"))
        orgs = seen[0][max(0, k - _ORGS_BACK) : k]
        # ("sagt Hellwig" after "Bäckermeister Uwe Hellwig" is the baker, not his "Bäckerei
        # Hellwig": a family firm named after the people who speak for it)
        for _, name, kind in reversed([] if self._person_surname(low) else orgs):
            if (
                low in (f"{kind} {name.lower()}", name.lower())
                or low.split(" ", 1)[-1] == name.lower()
                or name.lower() == f"{kind} {low}"  # "Kempenland" for "politiezone Kempenland"
            ):
                # "Zorgverzekeraar Menzis": the body without its kind; "Der Wiener
                # Schachverband": the body by its name
                return name, False
        body = org_epithet(phrase, self.people.text, pos, orgs)
        if body is not None:
            return body, False
        person = (
            role_epithet(phrase, pos, seen[1])
            or accused(phrase, self._court()[0])
            or decade_person(phrase, pos, self._court()[1])
        )
        return (person, True) if person is not None else None

    def _person_surname(self, low: str) -> bool:
        """True when the last word of the lower-cased phrase is the surname of a full name the
        text registers ("hellwig", "geschäftsführer brenner" after "Tobias Brenner")."""
        last = low.rsplit(" ", 1)[-1]
        return any(
            len(e[1]) >= 2 and nm.bare(e[1][0]) in FIRST_NAMES
            for e in self.people.registry.get(last, ())
        )

    def _impersonal(self, pos: int) -> str | None:
        """The body an impersonal German attribution at ``pos`` names ("hieß es in einer
        Aussendung der Landeswarnzentrale") or points back to ("hieß es darin", after "Der
        Verein X sprach in einer Aussendung von …"), else None."""
        text = self.people.text
        at = _ES_AT_RE.match(text, pos)
        if at is not None and any(w[:1].isupper() for w in at.group(1).split()):
            one = " " not in at.group(1)  # (a surname alone, not "actiegroep X Y")
            person = self.people.name_in(at.group(1), pos) if one else None
            if person is not None and person[1] and " " in person[0]:
                return person[0]  # "klinkt het bij Smit": the person named in full before
            return at.group(1)
        m = _ES_OF_RE.match(text, pos)
        if m is not None:
            # "… der Behörde": a body by its kind stands for the one named before
            known = self._germanic_epithet(f"die {m.group(1)}", m.start(1))
            if known is None:  # "… des Gremiums": the body just named
                return body_back(m.group(1), m.start(1), self) or m.group(1)
            return known[0] if not known[1] else m.group(1)
        if STATEMENT_ES_RE.match(text, pos):
            # (a body of the same paragraph: the document's author; else the body the
            # sentence before opens on: "Das Land X kündigte … an. Man werde „…“, hieß es.")
            para = text.rfind("\n", 0, pos)
            bodies = [o for o in self._seen()[0] if para < o[0] < pos]
            if bodies:
                return bodies[-1][1]
            return statement_body(text, self.people.bounds, pos, self._germanic_epithet)
        return None

    def _spokes_body(self, phrase: str, pos: int) -> str | None:
        """The body a bare German or Dutch spokesperson speaks for: the one body the sentence
        before names (or their own sentence, before them). "Verzekeraar Zorgwijk reageert
        verbaasd. ‘…’, laat een woordvoerder weten." -> "Zorgwijk"; None when it names none
        or several."""
        if _SPOKESPERSON_RE.fullmatch(phrase) is None:
            return None
        bounds = self.people.bounds
        sent = bisect.bisect_right(bounds, pos)
        start = bounds[sent - 2] if sent >= 2 else 0
        orgs = self._seen()[0]
        k = bisect.bisect_left(orgs, (pos, ""))
        bodies = {o[1] for o in orgs[max(0, k - _ORGS_BACK) : k] if start <= o[0] < pos}
        if not bodies:  # (else the one body its paragraph names: "X maakte … bekend. De fabriek
            # is volgens het bedrijf “…”. Een woordvoerder zegt …")
            para = self.people.text.rfind("\n", 0, pos)
            bodies = {o[1] for o in orgs[max(0, k - _ORGS_BACK) : k] if para < o[0] < pos}
        if not bodies:
            # (else the body opening a sentence before, whatever its name: "De Dijkwacht
            # bevestigt de melding. ‘…’, aldus een woordvoerder.")
            return bare_spokes_body(phrase, self.people, pos)
        return bodies.pop() if len(bodies) == 1 else None

    def _one_subject_before(self, pos: int, gender: str | None) -> str | None:
        """The one person who is a subject in the sentence before ``pos`` (or in its own
        sentence before it), of a fitting gender: "Hermine X hatte … bei Zach angelegt. »…«,
        schilderte die Pensionistin" -> Hermine X (Zach, no subject, does not count)."""
        people = self.people
        sent = bisect.bisect_right(people.bounds, pos)
        subjects = {
            m.name
            for m in people.mentions
            if m.pos < pos
            and m.sent >= sent - 1
            and m.subject
            and len(m.name.split()) >= 2
            and not nm.quantified_phrase(m.name)  # "Solche Gewitterzellen seien …"
            and (gender is None or m.gender in (None, gender))
        }
        if not subjects and sent >= 3:
            # "Vanhaecke schoof naar voren. Maar toen ging hij onderuit. ‘…’, vertelde de
            # Limburger": a pronoun the sentence before has for a subject, the one subject of
            # the sentence before that (in the same paragraph)
            bounds, text = people.bounds, people.text
            before = text[bounds[sent - 2] : bounds[sent - 1]]
            pronouns = _HE if gender == "m" else _SHE if gender == "f" else _HE | _SHE
            if "\n" not in text[bounds[sent - 3] : pos] and any(
                w in pronouns for w in before.split()
            ):
                lo = bisect.bisect_left(people._mention_pos, bounds[sent - 3])
                hi = bisect.bisect_left(people._mention_pos, bounds[sent - 2])
                subjects = {
                    m.name
                    for m in people.mentions[lo:hi]
                    if m.subject
                    and len(m.name.split()) >= 2
                    and (gender is None or m.gender in (None, gender))
                }
        if not subjects and sent >= 3:
            subjects = subjects_past_no_one(people, pos, sent, gender)
        return subjects.pop() if len(subjects) == 1 else None
