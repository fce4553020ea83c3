"""The people an article names, for speaker resolution (private to ``quotes.py``).

``People`` indexes the capitalized name runs of a text once: full names by surname
(so "Osei" and "Mr. Osei" become "Victor Osei"), a gender per name (titles,
first names, and the pronouns of sentences that mention only that person), and
every person mention outside quotations with a few salience features (``mentions``), so a
"he said" can be tied to the most salient earlier person of that gender.
"""

from __future__ import annotations

import bisect
import re

from bot.text.lexicon import load
from bot.text.speakers import firstnames as fn
from bot.text.speakers import germanic_people as gp
from bot.text.speakers import names as nm
from bot.text.speakers.apposition import apposition_gender, role_named
from bot.text.speakers.bodywords import its_body, plural_body
from bot.text.speakers.counsel import counsel_role
from bot.text.speakers.couples import paired_names
from bot.text.speakers.genitive_names import genitive_cut, written_words
from bot.text.speakers.germanic import called_names, object_cut
from bot.text.speakers.groups_esit import count_word
from bot.text.speakers.initials import initial_mentions
from bot.text.speakers.kin import aside_speaker, kin_dependent
from bot.text.speakers.mentions import INTRODUCED_RE, Mention
from bot.text.speakers.modifiers import attributive, first_of_one
from bot.text.speakers.namere import MENTION_RE as _MENTION_RE
from bot.text.speakers.namere import RUN_RE as _RUN_RE
from bot.text.speakers.naming import Naming
from bot.text.speakers.orgs_romance import org_named
from bot.text.speakers.pagelines import headline_paras, place_or_team, street
from bot.text.speakers.reading import german_text, language
from bot.text.speakers.role_notes import note_role
from bot.text.speakers.runs import clean_run, titled
from bot.text.speakers.runs import name_runs as runs_of
from bot.text.speakers.salience import Salience

_OPENING_PREPS = frozenset("Per Para Pour".split())
# "and" opening a sentence before a name, no part of it: "E Ruggeri ha ammesso", "Y Pérez",
# "Et Martin" ("Ed" before two words only: "Ed Elena Sarti", not "Ed Sheeran")
_AND = frozenset("E Y Et".split())
_FROM_THE = frozenset("Dal Dalla Dallo Dai Dalle Dagli".split())  # Italian "from the"
# an Italian or Spanish article, alone or joined to a preposition, right before a word
_ARTICLE_OF_BEFORE_RE = re.compile(
    r"\b(?:nella|della|alla|dalla|sulla|nel|del|al|dal|sul|la|il|el|de la|en la|a la)\s$",
    re.IGNORECASE,
)
_ORG_OF_RE = re.compile(r"\b([A-Z][a-z]+) of $")  # "Journal of " right before a run
_PAIR_RE = re.compile(r"(?<!\w)([^\W\d_a-z]\w*) (?=([^\W\d_a-z]\w*))")
# what follows a dateline's place: a dash, after the agency in brackets ("LATINA (ANSA) -"),
# or a full stop or a comma and the sentence ("ALMENARA DEL CAMPO. Una vivienda …", "LYON, 3
# mars")
_DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-–—]\s|[.,]\s+\w)")
# a Romance age in commas after a name: "Fatima, 38 ans,", "Rosa, de 44 anos," -- a person
# introduced by the first name alone is given so in portraits and local news
_AGED_RE = re.compile(r",\s(?:de\s)?\d{1,3}\s(?:ans|anos|años|anni)\b")

# a phrase ending on "X of Y" with capitalized words: "The Ministry of Health"


# a name owning the lower-case words after it: "Mr Hale's official spokesman said"
_OWNER_RE = re.compile(r"(?:['’]s|..['’]s)((?:\s+[a-z]+){1,3})")


def _owns_person(text: str, end: int) -> bool:
    """True when the name ending at ``end`` owns a person noun: in "Mr Hale's spokesman said"
    the spokesman is the subject, not Hale, and a later "he" may be someone else (but in "Ana
    Lind's e-mail suggested …" the owner of a thing stays the one the sentence is about)."""
    m = _OWNER_RE.match(text, end - 2)
    return m is not None and any(
        w in nm.PERSON_ROLES or w in nm.PERSON_NOUNS or w.endswith(("man", "woman", "person"))
        for w in m.group(1).split()
    )


def _owns_body(run: str, words: list[str]) -> bool:
    """True when ``words`` are the possessive opening a body's name in the capitalized ``run``
    ("Hexley Coroner’s Court", "St Mary’s Hospital"): an organisation word follows it, and a
    first name does not open it ("Alan Maddox’s Government" is Alan Maddox's)."""
    if nm.bare(words[0]) in fn.FIRST_NAMES:
        return False
    m = re.search(rf"\b{re.escape(words[-1])}['’]s? ([A-Z][a-z]+)\b", run)
    return m is not None and m.group(1).lower() in nm.ORG_WORDS


# the press asking at a briefing, capitalized opening a sentence ("Reporters pressed Ann Lind
# on …. She said …"): no person a later "she" stands for
_PRESS = frozenset("reporters journalists journalisten reporter verslaggevers".split())
# English nationality words ("the German club", "said the Portuguese"): alone, no person's name
_NATIONALITIES_EN = frozenset(load("nationalities_en"))
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")


class People(Salience, Naming):
    """Names, genders and person mentions of one text."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]],
        bounds: list[int],
        paras: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.quoted = quoted  # the spans inside quotation marks, sorted
        self.bounds = bounds  # sentence starts, sorted
        self.paras = paras
        self._para_starts = [p[0] for p in paras]
        self._parsed: dict[str, list[tuple[list[str], list[str], str | None]]] = {}
        self.registry: dict[str, list[tuple[int, tuple[str, ...], str | None]]] = {}
        self.key_gender: dict[str, str] = {}
        self.orgs: list[tuple[int, str, bool]] = []  # (pos, name, is subject)
        self.roles: dict[str, dict[str, int]] = {}  # "mayor" -> the people introduced as one
        self._lower_words: set[str] | None = None  # the text's lower-case words, when needed
        self._first_index: dict[str, list[tuple[int, tuple[str, ...], str | None]]] | None = None
        self._word_index: dict[str, list[tuple[int, tuple[str, ...], str | None]]] | None = None
        self._dropped_keys: dict[str, list[tuple[int, str]]] | None = None  # (``_misspelt``)
        self._misspelt_seen: dict[str, str | None] = {}  # (``_misspelt``'s answers)
        self._before_word: dict[str, set[str]] | None = None  # (``_named_other``)
        self._words: set[str] | None = None  # (``genitive_cut``)
        self._german = german_text(text)
        # (German or Dutch by the text's plain language: ``german_text`` also answers True for
        # a text that only names "Wout Van der Meersch")
        self._germanic = language() in ("german", "dutch")
        self._romance_kin = language() in ("spanish", "italian")
        self._any_romance = self._romance_kin or language() in ("portuguese", "french")
        self._headline_paras = headline_paras(text, paras)
        self._index_full_names()
        self.mentions = self._find_mentions(quoted)
        if initials := initial_mentions(self, quoted):
            # ("K. zelf toonde spijt." after "Dennis K.": the initial alone, initials.py)
            self.mentions = sorted([*self.mentions, *initials], key=lambda m: m.pos)
        self._mention_pos = [m.pos for m in self.mentions]
        votes = self._gender_votes()
        for m in self.mentions:
            m.gender = m.gender or votes.get(m.name)
        self._pronoun_subjects(quoted)

    # ------------------------------------------------------------------ indexing

    def _para(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def _sentence_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.bounds, pos) - 1
        return self.bounds[k] if k >= 0 else 0

    def _parse(self, chunk: str) -> list[tuple[list[str], list[str], str | None]]:
        """(run, cleaned words, gender hint) per name run of a chunk; cached per text."""
        got = self._parsed.get(chunk)
        if got is None:
            got = [(run, *clean_run(run)) for run in runs_of(chunk)]
            if language() in ("italian", "portuguese", "spanish", "french"):
                # "Per Lorenza X, presidente …": the preposition opening the sentence, not the
                # Nordic first name "Per"
                # (and "Per X, intanto, …" when the text names an X with another first name;
                # "Para Anselmo, la moratoria es …", "Pour Léa, …": no one's first name)
                got = [
                    (run, words[1:], g)
                    if words[:1]
                    and words[0] in _OPENING_PREPS
                    and (
                        len(words) >= 3
                        or (len(words) == 2 and words[0] != "Per")
                        or (len(words) == 2 and self._named_other(words))
                    )
                    else (run, words, g)
                    for run, words, g in got
                ]
            if language() in ("italian", "portuguese", "spanish", "french"):
                got = [
                    (run, words[1:], g)
                    if (len(words) >= 2 or words[:1] == ["Et"])  # ("Et d'ajouter : « … »")
                    and (words[0] in _AND or (words[0] == "Ed" and words[2:]))
                    else (run, words, g)
                    for run, words, g in got
                ]
            if language() == "italian":
                # "Dal Viminale fanno sapere …", "Dalla Procura …": "from the" opening the
                # sentence before a body or its seat, not a surname "Dal X" (unless the text
                # names someone so: "Marco Dal Lago")
                got = [
                    (run, words[1:], g)
                    if len(words) >= 2 and words[0] in _FROM_THE and not self._surname_part(words)
                    else (run, words, g)
                    for run, words, g in got
                ]
            if self._germanic:
                # "Ihre Tochter Katharina", "Stamgast Harrie X": the kinship or role noun is no
                # part of the name (nor the body after a second "van": germanic_people)
                # (a nationality noun so cut gives the gender: "des Dänen Jens X" is a man)
                got = [
                    (run, gp.name_cuts(words), g or gp.demonym_gender(words))
                    for run, words, g in got
                ]
            if len(self._parsed) < 50_000:
                self._parsed[chunk] = got
        return got

    def _genitive_cut(self, words: list[str], at: int) -> list[str]:
        """``genitive_cut`` with the words this text writes (read once)."""
        if not self._german or len(words) != 2:
            return words
        if self._words is None:
            self._words = written_words(self.text)
        return genitive_cut(self.text, words, at, self._words)

    def _surname_part(self, words: list[str]) -> bool:
        """Whether the text names someone with ``words[0]`` after a first name ("Marco Dal
        Lago" for "Dal Lago"), as ``_named_other``."""
        self._named_other(words)
        return any(
            nm.bare(w) in fn.FIRST_NAMES for w in (self._before_word or {}).get(words[0], ())
        )

    def _named_other(self, words: list[str]) -> bool:
        """Whether the text names the surname ``words[1]`` after another capitalized word
        than ``words[0]`` ("Massimo Ferracini" for "Per Ferracini"); one pass, then cached."""
        if self._before_word is None:
            self._before_word = {}
            for m in _PAIR_RE.finditer(self.text):
                self._before_word.setdefault(m.group(2), set()).add(m.group(1))
        return bool(self._before_word.get(words[1], set()) - {words[0]})

    def _index_full_names(self) -> None:
        headlines = self._headline_paras
        from_headlines: list[tuple[int, list[str]]] = []
        for m in _RUN_RE.finditer(self.text):
            if headlines and self._para(m.start()) in headlines:
                from_headlines += [(m.start(), words) for _run, words, _g in self._parse(m.group())]
                continue  # "Governor Ruddock Calls Mayor Whitlock ..." is no one's name
            for _run, words, gender in self._parse(m.group()):
                words = object_cut(self._german, words, self.text, m.end())
                if words:
                    words = self._genitive_cut(words, self.text.find(words[0], m.start()))
                key = nm.surname_key(words) if words else None
                if key is None:
                    continue
                gender = gender or self._role_gender(m.start()) or fn.first_name_gender(words)
                gender = gender or apposition_gender(self.text, m.start(), m.end())
                if gender and len(words) == 1:
                    self.key_gender.setdefault(key, gender)
                if (
                    2 <= len(words) <= 5
                    and not nm.looks_like_org(words)
                    and not org_named(self.text, words, m.start())
                    # "Dieser Auftrag", "Die IG Metall": a noun ("Hun Sen", "Des Browne" names)
                    and nm.bare(words[0]) not in nm.NOUN_ARTICLES - {"hun", "des"}
                    and not gp.noun_run(words)  # "Neue Förderung" (German)
                    # "von ihrem Zeugnisrecht Gebrauch" (German nouns after an article)
                    and not gp.nouns_after_article(
                        self.text, m.start() + m.group().find(words[0]), words
                    )
                    and not (self._germanic and nm.bare(words[-1]) in nm.PRONOUNS)
                    # "Der Hersteller Lumotec": a company after its kind (German)
                    and not (self._german and gp.company_named(self.text, m.start(), words))
                    # "Hexley Coroner’s Court": a possessive inside a body's name is no person
                    and not _owns_body(m.group(), words)
                    # "walked the Wendlesham Way": a street or a trail, whose last word alone
                    # ("The Way, she said, …") is then no one
                    and not street(self.text, self.text.find(words[0], m.start()), words)
                ):
                    self._register(key, m.start(), words, gender)
        for key, pos, words, gender in paired_names(self.text):
            self._register(key, pos, words, gender)  # "Tom and Ellen Hardy", "X “Nick” Y"
        for noun, pos, words, gender in called_names(self.text):
            # "Der Herr Hofrat heißt Leopold X": "Herr Hofrat" later is Leopold X
            if noun not in self.registry:
                self._register(noun, pos, words, gender or fn.first_name_gender(words))
        for pos, words in from_headlines:
            # but a known first name and the surname the body uses alone ("Ana Lind Quits The
            # Race", then "Lind said") give a person the body never names in full
            words = words[:2]
            if len(words) != 2 or not fn.first_name_gender(words) or not words[1].isalpha():
                continue
            key = nm.surname_key(words)
            if key is None or key in self.registry or self.text.count(words[1]) < 3:
                continue
            self._register(key, pos, words, fn.first_name_gender(words))

    def _register(self, key: str, pos: int, words: list[str], gender: str | None) -> None:
        entries = self.registry.setdefault(key, [])
        full = tuple(words)
        if len(entries) < 8 and all(e[1] != full for e in entries):
            entries.append((pos, full, gender))

    def _find_mentions(self, quoted: list[tuple[int, int]]) -> list[Mention]:
        text = self.text
        out: list[Mention] = []
        qi = 0
        headlines = self._headline_paras
        for m in _MENTION_RE.finditer(text):
            pos = m.start()
            while qi < len(quoted) and quoted[qi][1] <= pos:
                qi += 1
            if qi < len(quoted) and quoted[qi][0] <= pos:
                continue  # inside a quotation
            para = self._para(pos)
            if para in headlines:
                continue
            chunk = m.group()
            offset = 0
            for run, words, gender in self._parse(chunk):
                at = max(chunk.find(run[0], offset), 0)
                offset = at
                if not words:
                    continue
                words = object_cut(self._german, words, text, pos + at + len(" ".join(run)))
                words = self._genitive_cut(words, text.find(words[0], pos + at))
                if not words:
                    continue  # ("an Kösslers Tisch": her table)
                key = nm.surname_key(words)  # "Day said" after "Laura Day" is no organisation
                if (
                    (nm.looks_like_org(words) and (len(words) > 1 or key not in self.registry))
                    or org_named(self.text, words, pos + at)
                    or its_body(text, pos + at + len(" ".join(run)), words)  # "X said its …"
                    or plural_body(text, pos + at, words)  # "X have denied …" (British)
                    or gp.after_dutch_kind(text, pos + at, words)  # "uitgeverij De Vlinderboom"
                ):
                    # (not a street: "at 40 Elm Street owned by X", "closed the Avon Bridge")
                    if not nm.is_place(words) and not street(text, pos + at, words):
                        rpos = pos + at
                        self.orgs.append((rpos, " ".join(words), self._is_subject(rpos)))
                    continue
                if nm.bare(words[0]) in nm.STOPWORDS or nm.bare(words[0]) in nm.NOUN_ARTICLES:
                    continue
                if words[0] in ("Il", "Gli") and len(words) == 2:
                    continue  # "Il Telepass l'ha preso": an Italian article, a thing; no name has one
                following = text[pos + at + len(words[0]) : pos + at + len(words[0]) + 2]
                if (
                    len(words) == 1
                    and self._any_romance
                    and following[:1] == " "
                    and count_word(words[0], following[1:])
                ):
                    continue  # "Otto ore di stop": a number opening the sentence, not "Otto"
                if self._org_of(pos + at, words):
                    continue  # "the Journal of Cryospheric Acoustics": no person
                if len(words) == 1 and (
                    nm.germanic_opener(words[0]) or nm.romance_opener(words[0])
                ):
                    continue  # "Vandaag belde ik Lotte …", "Ante los …": no person
                if self._germanic and gp.no_person(text, pos + at, words, self.registry):
                    continue  # "2,4 Millionen Euro", "die Walgesänge": German or Dutch nouns
                if len(words) == 1 and words[0].lower() in _PRESS:
                    continue  # "Reporters pressed Ann Lind on …": the ones asking, no person
                if (
                    len(words) == 1
                    and language() == "english"
                    and nm.bare(words[0]) in _NATIONALITIES_EN
                    and key not in self.registry
                    and (
                        nm.bare(words[0]) not in fn.FIRST_NAMES  # ("German", "Finn": names too)
                        or _ARTICLE_BEFORE_RE.search(
                            text, max(0, (wat := text.find(words[0], pos + at)) - 5), max(0, wat)
                        )
                        is not None
                    )
                ):
                    continue  # "the German club announced": a nationality alone is no one
                if (
                    len(words) == 1
                    and language() in ("italian", "spanish")
                    and key not in self.registry
                    and _ARTICLE_OF_BEFORE_RE.search(
                        text, max(0, (wat := text.find(words[0], pos + at)) - 12), max(0, wat)
                    )
                ):
                    continue  # "in ferma nella Marina", "en la Marina": a body, not a first name
                if place_or_team(text, pos + at, run, words):
                    continue  # "the village of Florence", "the Norfolk Herons"
                wat = text.find(words[0], pos + at)  # (after "The" the run opened on)
                if attributive(text, wat, pos + at + len(" ".join(run)), words):
                    continue  # "the Albion manager": a team's name qualifying a role noun
                gender = gender or self._role_gender(pos + at)
                if len(words) == 1 and gender is None and not self._surname_only(key, words[0]):
                    # "Andrew said" (but "Russell said" after "Laura Russell" is her surname,
                    # its gender the full name's, not the man's first name it also is)
                    gender = fn.lone_first_name_gender(words[0])
                rpos = pos + at
                if len(words) == 1 and key is not None and key not in self.registry:
                    near = self._misspelt(key)
                    if near is not None:  # "Oyelarn said" after "Marlena Oyelaran"
                        key, words = near, [self.registry[near][0][1][-1]]
                if key is None or (
                    len(words) == 1
                    and key not in self.registry
                    and gender is None
                    and not titled(run)  # "Judge Okafor", "Sen. Okafor": a person
                    and not _AGED_RE.match(text, rpos + len(run[0]))  # "Fatima, 38 ans,"
                    and not self._lone_subject(rpos, words[0])
                    and not self._speaking_surname(words[0])  # "Penwarden is … Penwarden said"
                    and not role_named(text, rpos)  # "O capitão da seleção, Marquinhos,"
                    and not (
                        any(nm.bare(p) in fn.FIRST_NAMES for p in words[0].split("-"))
                        and any(e[0] < rpos for e in self._by_first().get(words[0], ()))
                    )
                    # (nor "Briony, told this, shrugs" after "Briony Castellan")
                    and not first_of_one(text, rpos, words[0], self._by_first())
                ):
                    continue  # (but "Lise-Anne came over" after "Lise-Anne Thibodeau" is hers)
                end = rpos + len(" ".join(run))
                if (
                    rpos == self.paras[para][0]
                    and all(w.isupper() for w in words)
                    and _DATELINE_TAIL_RE.match(text, end)
                ):
                    continue  # a dateline in capitals: "PORTO ALEGRE — …", "NUORO – …"
                name, gender = self.canonical(words, gender, rpos)
                note_role(self.roles, text, run, words, rpos, name)
                if (counsel := counsel_role(text, rpos, end)) is not None:
                    self.roles.setdefault(counsel, {}).setdefault(name, rpos)  # (counsel.py)
                gender = gender or apposition_gender(text, rpos, end)  # "Su vecina, X"
                speaker = self._is_speaker(rpos, end)
                # "cuya concejala, Ana X —sin relación con el edil—, explicó que …": the verb
                # after the aside is the name's, a subject that speaks
                aside = self._romance_kin and not speaker and aside_speaker(text, end)
                speaker = speaker or aside
                # a source introduced with their role in commas ("…, which concerns Henry Ames,
                # president of the caucus.") is as likely the next "he said" as a subject
                introduced = not speaker and bool(INTRODUCED_RE.match(text, end))
                out.append(
                    Mention(
                        rpos,
                        name,
                        gender,
                        subject=(
                            self._is_subject(rpos, out)
                            and not self._modifier(end)
                            and not _owns_person(text, end)
                        )
                        or introduced
                        or aside,
                        speaker=speaker,
                        sent=bisect.bisect_right(self.bounds, rpos),
                        para=para,
                        dependent=self._any_romance and kin_dependent(text, rpos),
                    )
                )
        return out

    def _surname_only(self, key: str | None, word: str) -> bool:
        """True when ``word`` alone is the surname of a full name the text registers and opens
        none ("Russell" after "Laura Russell"; not "Charlotte" after "Charlotte Reed")."""
        entries = self.registry.get(key or "", ())
        return any(len(e[1]) >= 2 and e[1][-1] == word for e in entries) and not any(
            e[1][0] == word for e in self._by_first().get(word, ())
        )

    def _org_of(self, pos: int, words: list[str]) -> bool:
        """True for an English run right after an organisation's word and "of" with no first
        name in it: the rest of that body's name ("the Journal of Cryospheric Acoustics",
        "the Institute of Marine Studies"), no person."""
        m = _ORG_OF_RE.search(self.text, max(0, pos - 40), pos)
        return (
            m is not None
            and nm.bare(m.group(1)) in nm.ORG_WORDS
            and not any(nm.bare(w) in fn.FIRST_NAMES for w in words)
            and language() == "english"
        )

    def is_headline(self, para: int) -> bool:
        """True for a paragraph in Title Case (a headline, a caption) or a byline."""
        return para in self._headline_paras
