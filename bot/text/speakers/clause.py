"""The subject of a clause before a quotation (private to the speaker modules).

``ClauseRules`` finds the first pronoun or name of a clause that no preposition governs
("Hours later, Whitlock returned the favour, telling Reuters:") and the person a participle
of speech belongs to ("with Ana Lind reportedly shouting: “…”"); ``PhraseRules`` builds on it.
"""

from __future__ import annotations

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.body_runs import adjective_body
from bot.text.speakers.colon_leads import topic_only
from bot.text.speakers.description_phrases import person
from bot.text.speakers.epithets import portuguese
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.fronted_naming import one_of_them, v2_pronoun_after
from bot.text.speakers.germanic import article_epithet, fronted_object_pronoun
from bot.text.speakers.germanic_nouns import fronted_predicate
from bot.text.speakers.lone_openers import governed_after, pair_at, skips_opener
from bot.text.speakers.np_bounds import romance_outer
from bot.text.speakers.people import People
from bot.text.speakers.possessed import owner_of_person, possessed_appositive
from bot.text.speakers.reading import language, plainly_english
from bot.text.speakers.role_complements import OF as _OF
from bot.text.speakers.role_complements import capital_after_role, complement_end
from bot.text.speakers.romance_words import (
    POSSESSIVE_OPENERS,
    fronted_before_role_name,
    unnamed_apposition,
)
from bot.text.speakers.shapes import (
    DETERMINERS,
    PREPOSITIONS,
    ROMANCE_INDEFINITE,
    NameShapes,
    Token,
    verbish,
)
from bot.text.speakers.unnamed import described_end
from bot.text.speakers.verb_at import speech_verb_at

# articles and possessives of the Romance languages: a clause opening on one opens on its subject
_DETERMINERS = frozenset(
    "le la les el los las il lo gli o os as un une una uno um uma su sus sa son ses sua seu suo"
    " sua seus suas".split()
)
_INDEFINITE = frozenset("Un Une Uno Una Um Uma".split())
_ENGLISH_INDEFINITE = frozenset("a an one another".split())
# "other" before the noun of someone unnamed: "Un autre producteur", "Un altro cliente"
_OTHER = frozenset("autre otro otra altro altra outro outra".split())
# Spanish and Italian prepositions fronting a phrase before the subject ("Sobre X, …")
_ROMANCE_FRONT = frozenset(
    "sobre ante tras contra hacia mediante sul sulla sullo sui sugli sulle contro verso presso".split()
)
# clitics and verbs after a Romance adjective used as a noun ("El veterano se ríe", "il vecchio
# non parla"): no noun after it
_NO_NOUN = frozenset("se si lo la le les no non ne ya già è ha es está era fue".split())


class ClauseRules(NameShapes):
    """The clause-subject shape; the attributor provides ``people``."""

    people: People

    def _verb_at(self, toks: list[Token], k: int) -> int:
        """How many tokens the speech verb at k spans (0: no speech verb there)."""
        return speech_verb_at(toks, k)

    text: str

    def _clause_subject(self, toks: list[Token]) -> tuple[int, int] | None:
        """The first pronoun or name of a clause that no preposition governs.

        "Hours later, Whitlock returned the favour, telling Reuters" -> "Whitlock".
        """
        if not toks:
            return None  # (a participle opening its sentence: "Saying: “…”")
        k = 0
        fronted = False  # (a Romance preposition's phrase fronted: the article lower case)
        if (
            toks
            and (
                toks[0][0].lower() in PREPOSITIONS
                or toks[0][0].lower() in fw.FRONTING
                or toks[0][0].lower() in fw.FRONT_PREPS
                or self._fronted_phrase(toks)
                or (  # "Smiling broadly, …" (but "Boreing said …" is a name and its verb)
                    toks[0][0].endswith("ing")
                    and toks[0][0][:1].isupper()
                    and len(toks) > 1
                    and toks[1][0].islower()
                    and not verbish(toks[1][0])
                    and toks[1][0] not in nm.SPEECH_VERBS
                    and toks[0][0].lower() not in self.people.registry
                )
            )
        ):
            # a fronted adjunct up to its comma: "In a Fox interview later, Ana Ruiz went on:"
            comma = next((c for c in range(1, min(len(toks), 15)) if toks[c][0] == ","), 0)
            k = comma + 1 if comma else 0
        elif toks and toks[0][0].lower() in _ROMANCE_FRONT and not plainly_english():
            # "Sobre Vidal, de 19 años, el técnico agregó:", "Ante las quejas, el alcalde
            # dijo:": a Spanish or Italian preposition fronts a phrase (and an apposition to
            # it); the subject follows the last comma before an article or a name
            k = max(
                (
                    c + 1
                    for c in range(1, min(len(toks) - 1, 30))
                    if toks[c][0] == ","
                    and (toks[c + 1][0][:1].isupper() or toks[c + 1][0] in fw.ROMANCE_ARTICLES)
                ),
                default=0,
            )
            fronted = k > 0
            if not k and topic_only([t[0] for t in toks]):
                return None  # "Sul futuro di Pioli: «…»": the topic, not who speaks
        elif toks and fw.ELIDED_PREP_RE.match(toks[0][0]):
            k = 1  # "All'uscita si è limitato a dire:": a fused preposition opens no name
        elif (
            len(toks) > 3
            and fw.participle(toks[0][0].lower())
            and toks[1][0].islower()
            and toks[0][0].lower() not in self.people.registry
        ):
            # "Cuestionado sobre su futuro, que la directiva puso en duda, el técnico fue
            # tajante:": a fronted Romance participle, its relative clause too, up to the
            # comma before an article or a name
            k = next(
                (
                    c + 1
                    for c in range(1, min(len(toks) - 1, 30))
                    if toks[c][0] == ","
                    and (toks[c + 1][0][:1].isupper() or toks[c + 1][0] in fw.ROMANCE_ARTICLES)
                ),
                0,
            )
        elif toks[0][0].lower() not in self.people.registry and (
            c := fronted_before_role_name(toks)
        ):
            # "Interrogé, le président Paul Vidal a botté en touche :", "Co-autrice de
            # l'étude, la docteure Ana Roux insiste :": a short fronted phrase, then the
            # subject, a role noun and a name (French, Portuguese)
            k = c + 1
        if (one := one_of_them(toks, k)) is not None:
            return one  # "Een van de gasten, een gepensioneerde man uit X, nam het op:"
        if k == 0 and (pron := fronted_object_pronoun(toks)) is not None:
            return pron  # "Sein Ziel formulierte er so: „…“": the pronoun, not the object
        if k == 0 and fronted_predicate([t[0] for t in toks[:2]], self.people.registry):
            return None  # "Entscheidend sei nun, ob …: „…“": the subject is the clause after
        named = self._role_appositive(toks, k)
        if named is not None:
            return named  # "La préfète, Anne Morel, a appelé au calme : « »"
        romance = self._romance_subject(toks, k, fronted)
        if romance is not None:
            return romance  # "Le quinquagénaire a balayé les critiques : « … »"
        common = self._common_subject(toks, k)
        if common is not None:
            return common  # "A spokesman for the club declined …, but said: “"
        if (
            k + 1 < len(toks)
            and toks[k][0] in ("De", "Het")
            and toks[k + 1][0].isalpha()
            and toks[k + 1][0].islower()
            and language() == "dutch"
        ):
            # "De wethouder is er zeker van:": a Dutch role noun in lower case after its
            # article, for someone the text introduced with it (not "De kosten stijgen")
            known = self._germanic_epithet(  # type: ignore[attr-defined]
                self.text[toks[k][1] : toks[k + 1][2]], toks[k][1]
            )
            if known is not None and known[1]:
                return toks[k][1], toks[k + 1][2]
        skipped = False  # a word that names no one opened the clause (``lone_openers``)
        while k < len(toks):
            w = toks[k][0]
            low = w.lower()
            if (
                low in ("he", "she", "they")
                or (w in fw.SUBJECT_PRONOUNS and k == 0)
                or (w == "it" and k + 1 < len(toks) and verbish(toks[k + 1][0]))
            ):
                return toks[k][1], toks[k][2]  # "it attacked Trump, saying": an organisation
            if (
                (k == 0 or toks[k - 1][0] in (",", "—"))
                and not w[:1].isupper()
                and (j := adjective_body(toks, k, k)) > k
            ):
                return toks[k][1], toks[j][2]  # "l'Azienda ospedaliera San Gerolamo esprime"
            # a preposition of another language opening the clause is no name: "Tra i
            # clienti c'è Lucia De Rosa:", "Im Saal wartet Anna Berg:"
            if (
                w[:1].isupper()
                and low not in nm.STOPWORDS
                and not (
                    k == 0
                    and (low in nm.FOREIGN_STOPS or low in fw.AMONG or low in fw.CLAUSE_OPENERS)
                )
                and not (w in POSSESSIVE_OPENERS and language() in ("french", "portuguese"))
            ):
                j = k
                while j + 1 < len(toks) and (toks[j + 1][0][:1].isupper() or toks[j + 1][0] == "."):
                    j += 1
                if (named := possessed_appositive(toks, j)) is not None:
                    return toks[named[0]][1], toks[named[1]][2]  # "X's director, Ann Y,"
                if owner_of_person([t[0] for t in toks], j):
                    return None  # "Tom Vane's mother said:": the mother, not Tom Vane
                j = _body_of(toks, k, j)
                j = self._role_then_name(toks, article_epithet(toks, j))
                governed = k > 0 and (
                    toks[k - 1][0].lower() in PREPOSITIONS
                    # a preposition of another language opening the clause: "Op Instagram
                    # plaatste hij …:", "Sur Facebook, elle écrit :"
                    or (k == 1 and toks[0][0].lower() in nm.FOREIGN_STOPS)
                    or (  # "a speech at the State University": the article does not free it
                        k > 1
                        and toks[k - 1][0].lower() in ("the", "a", "an")
                        and toks[k - 2][0].lower() in PREPOSITIONS
                    )
                )
                governed = governed or (skipped and governed_after(toks[k - 1][0]))
                first = k == 0 or toks[k - 1][0] in (",", "—", "(")
                known = low in self.people.registry or low in self.people.key_gender
                adverbial = (
                    j == k
                    and first
                    and not known
                    and k + 1 < len(toks)
                    and not (
                        toks[k + 1][0] == ","
                        and nm.bare(w) in FIRST_NAMES
                        # (not an apposition before the subject: "son fils, Lucas, Claire X")
                        and k + 2 < len(toks)
                        and not toks[k + 2][0][:1].isupper()
                    )
                    and (
                        toks[k + 1][0] in (",", "later", "ago")
                        or (toks[k + 1][0] in PREPOSITIONS and toks[k + 1][0] != "of")
                    )
                )  # "Earlier, …", "Back in 1999, …": an adverb, not a subject ("Léa, 14 ans, …"
                # opens on a first name)
                if k == 0 and j == k and skips_opener(toks, known, self._uses):
                    skipped = True  # "Masse salariale trop lourde, …, recettes en baisse :"
                    k = j + 1
                    continue
                if skipped and pair_at(toks, k, j):
                    return None  # "Derbi en Valmayor, Ugarteche y Roldán en el palco:"
                if not governed and not adverbial:
                    return toks[k][1], toks[j][2]
                if k == 1 and (v2 := v2_pronoun_after(toks, j)) is not None:
                    return v2  # "Op Instagram plaatste hij …:": the pronoun after the verb
                k = j + 1
                continue
            k += 1
        return None

    def _uses(self, word: str) -> int:
        """How many times ``word`` occurs in the text, counted once per word per text (a count
        per clause over a megabyte of text would make this quadratic)."""
        counts: dict[str, int] = self.__dict__.setdefault("_word_uses", {})
        if word not in counts:
            counts[word] = self.text.count(word)
        return counts[word]

    def _fronted_phrase(self, toks: list[Token]) -> bool:
        """A clause opening on a capitalized word that names no one, then lower-case words up
        to a comma: a fronted participle or apposition of another language ("Auteur du premier
        but, Yanis Merah savoure :", "Preguntada por su futuro, Ana Ruiz dejó …:")."""
        if len(toks) < 4 or not toks[0][0][:1].isupper() or not toks[1][0].islower():
            return False
        first, second = toks[0][0].lower(), toks[1][0]
        if (
            first in _DETERMINERS  # "La figlia della vittima, Roberta, è …" opens on its subject
            or first in nm.STOPWORDS
            or first in self.people.registry
            or first in self.people.key_gender
            or nm.bare(first) in FIRST_NAMES
            or (second in nm.STOPWORDS and second not in _OF)  # ("Autor do gol, X …": "do")
            or second in nm.SPEECH_VERBS
            or second in nm.AUXILIARIES
            or verbish(second)
        ):
            return False
        for c in range(2, min(len(toks), 14)):
            if toks[c][0] == ",":  # then a name, or an article and a role ("…, o atacante X")
                nxt = toks[c + 1][0] if c + 1 < len(toks) else ""
                return nxt[:1].isupper() or nxt in _DETERMINERS
            w = toks[c][0]
            if not (w.islower() or w.isdigit() or (w.isupper() and len(w) <= 5)):
                return False  # (numbers and acronyms may stand in it: "Délégué syndical CFDT,")
        return False

    def _romance_subject(
        self, toks: list[Token], k: int, inner: bool = False
    ) -> tuple[int, int] | None:
        """A clause opening on a French, Spanish, Italian or Portuguese definite article and a
        role noun with no name after it: "Le quinquagénaire, élu depuis 2014, a balayé …",
        "La chercheuse reste prudente", "L'interprète évoque …", "O prefeito rebateu …" ->
        the article and the noun (an adjective before it kept: "Le jeune attaquant"), an
        epithet the resolver reads as the person named before."""
        if k >= len(toks) - 1 or not (inner or toks[k][0][:1].isupper()):
            return None  # (``inner``: after a fronted adjunct, the article in lower case)
        w = toks[k][0]
        if f"{w} {toks[k + 1][0]}".lower() in nm.LATTER:
            return toks[k][1], toks[k + 1][2]  # "Joint par téléphone, ce dernier avait …"
        if inner and w[:2] in ("l'", "l’"):
            w = "L" + w[1:]
        if inner and w in ("a", "o") and not portuguese(self.people.text):
            return None  # "a" after the adjunct's comma: a preposition
        if w[:2] in ("L'", "L’") and len(w) > 3 and w[2:].isalpha() and w[2:].islower():
            m = k  # "L'interprète"
            if w[2:] in fw.PRENOMINAL and toks[k + 1][0].isalpha() and toks[k + 1][0].islower():
                m = k + 1  # "L'ex allenatore rossoblù", "L'ancien maire": the noun after it
        elif w.lower() in fw.ROMANCE_ARTICLES and toks[k + 1][0].isalpha():
            if w in ("A", "O") and not portuguese(self.people.text):
                return None  # English "A man said:" is someone new
            if w == "Il" and language() == "french":
                return None  # "Il hausse les épaules :": the French pronoun, not an article
            m = k + 1
        elif (
            (
                w in _INDEFINITE or (inner and w in ROMANCE_INDEFINITE)
            )  # (lower case after a fronted adjunct)
            and toks[k + 1][0].isalpha()
            and toks[k + 1][0] not in _OF
        ):
            m = k + 1  # "Un jeune viticulteur de Meursault, qui …, est plus amer :" (as written)
        elif w in POSSESSIVE_OPENERS and language() in ("french", "portuguese"):
            got = unnamed_apposition(toks, k)  # "Son voisin, un retraité qui …, se montrait …"
            if got is None:
                return None
            end = complement_end(toks, got[1])  # (an institution's: "une élue de la Région")
            return toks[got[0]][1], toks[max(end, got[1])][2]
        else:
            return None
        if m > k and not toks[m][0].islower():
            return None  # "Le maire Jean Morel", "La Fnac": a name
        if (
            toks[m][0].lower() in fw.PRENOMINAL
            and m + 1 < len(toks)
            and toks[m + 1][0].islower()
            and toks[m + 1][0] not in _NO_NOUN
        ):
            m += 1
        head = toks[m][0]
        if head in nm.STOPWORDS or head in nm.SPEECH_VERBS or not head.replace("'", "").isalpha():
            return None
        nxt = toks[m + 1][0] if m + 1 < len(toks) else ""
        if nxt[:1].isupper():
            return None  # a name after the role: left to the name rules
        after = capital_after_role(toks, m)
        if after and toks[after][0][:1].isupper() and toks[after - 1][0] not in _OF:
            return None  # "Il procuratore aggiunto Raffaele D'Amico": a name after the role
        if nxt in ("en", "in", "em") and any(
            toks[t][0][:1].isupper() and toks[t - 1][0].islower() and toks[t - 1][0] not in _OF
            for t in range(m + 2, min(len(toks), m + 7))
        ):
            return None  # "La especialista en gestión hídrica Ana Ruiz": a name after the field
        if (
            w in _INDEFINITE
            and toks[m][0].lower() in _OTHER
            and m + 1 < len(toks)
            and toks[m + 1][0].isalpha()
            and toks[m + 1][0].islower()
        ):
            m += 1  # "Un autre producteur, qui …, va plus loin :": the noun after "autre"
        # (after a definite article, someone unnamed may follow: "Il padre di un sedicenne";
        # an indefinite one's description is read whole below)
        end = complement_end(toks, m, someone=w not in _INDEFINITE)
        if end == m and w in _INDEFINITE and language() in ("french", "portuguese"):
            end = described_end(toks, m)
        return (toks[k][1], toks[end][2]) if end >= 0 else None

    @staticmethod
    def _outer_phrase(toks: list[Token], k: int) -> int | None:
        """Where the noun phrase goes on before a place it holds: "[Our contact inside]
        the depot", "[the head of] the union" (the place is not the speaker; the person noun
        before its preposition is)."""
        if toks[k - 1][0].lower() not in PREPOSITIONS | {"inside", "outside"}:
            return romance_outer(toks, k)  # "La direction de l'hôpital"
        for d in range(k - 2, max(-1, k - 7), -1):
            w = toks[d][0]
            if w.lower() in DETERMINERS or (w[:1].isupper() and nm.possessive(w)):
                if w.lower() == "one" and toks[d + 1][0] == "of" and toks[d - 1][0] == "of":
                    # "[the head of] one of the unions": the person noun before the group
                    return ClauseRules._outer_phrase(toks, d) or toks[d][1]
                if (
                    w == "the"
                    and d > 1
                    and person(toks[d - 2][0], "english")
                    # (a spokesperson speaks for the body after "for": "A spokesman for the
                    # owner of the club" is the owner's voice, read as before)
                    and not toks[d - 2][0].lower().startswith("spokes")
                    and (more := ClauseRules._outer_phrase(toks, d))
                ):
                    # "[A man at] the back of the hall": a place inside a place, after someone
                    # unnamed (an indefinite article opens the whole phrase; not "A statement
                    # from the family of the victim", whose head is no person)
                    if any(t[1] == more and t[0].lower() in _ENGLISH_INDEFINITE for t in toks[:d]):
                        return more
                return toks[d][1]
            if not (w.isalpha() or nm.possessive(w)) or (w[:1].isupper() and d > 0):
                return None
        return None


def _body_of(toks: list[Token], k: int, j: int) -> int:
    """The last token of an English body's name that goes on over "of" and a capitalized run
    (tokens ``k`` to ``j`` naming the body): "The Weavers Association of Ulster said it had …
    and urged members to “…”", "Brackley Chamber of Commerce said …" (not a person's place:
    "Ana Lind of Leeds")."""
    if language() != "english":
        return adjective_body(toks, k, j)
    while (
        j + 2 < len(toks)
        and toks[j + 1][0] == "of"
        and toks[j + 2][0][:1].isupper()
        and toks[j + 2][0].lower() not in nm.STOPWORDS
        and nm.looks_like_org([t[0] for t in toks[k : j + 1]])
    ):
        j += 2
        while j + 1 < len(toks) and toks[j + 1][0][:1].isupper():
            j += 1
    return j
