"""Name and noun-phrase shapes over a clause's tokens (private to ``phrases.py``).

Static token rules with no knowledge of the text's people: a name after a role in commas
(``the minister of health, [Ana Ruiz],``), the first name run after "according to"-like words,
a name listed after "including", a clause opening on a person noun (``[A spokesman] for the
club declined``), a capitalized run going on through role nouns to a name.
"""

from __future__ import annotations

import re

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.press import listener_end
from bot.text.speakers.reading import language

Token = tuple[str, int, int]  # text, start, end

PREPOSITIONS = frozenset(
    "in at on of from to with by for since during after before about into over under near"
    " than like across through via per against among toward towards without alongside amid"
    " despite beyond within throughout upon".split()
)
_AGE_TOKEN_RE = re.compile(r"\d{1,3}-year-old")
DETERMINERS = frozenset("the a an one another his her its their this that our my some".split())
# French clitics fused with an elided pronoun or auxiliary, one token each, between a subject
# and its verb: "Une salariée s'en inquiète :", "L'usine s'est félicitée :", "Il n'en démord pas"
FUSED_CLITICS = frozenset("s'en s’en s'y s’y s'est s’est s'était s’était n'en n’en".split())
# "of" before a place or an institution a role belongs to ("le maire de Rennes")
_PLACE_PREPS = frozenset("of de du des di del della da do dos van von der".split())

# a lower-case elided article glued to a capitalized name in one token: "l'Istat", "l’Office"
_ELIDED_CAP_RE = re.compile(r"[ld]['’][A-ZÀ-Ý]")


def verbish(word: str) -> bool:
    """A lower-case word ending like a past tense or a third person ("declined", "says")."""
    return word.islower() and (word.endswith("ed") or word.endswith("s"))


# articles opening a role noun phrase at the start of a clause: "El capitán del equipo, …"
# Romance indefinite articles opening a role before a person's name in commas
ROMANCE_INDEFINITE = frozenset("un una uno une um uma".split())
_ROLE_ARTICLES = frozenset(
    "the le la les el los las il lo gli os as o a het der die das"
    # possessives: "Su vecina, Carmen López, asiente:", "His wife, Ann Lee, said:"
    " his her their su sa son sein seine ihr ihre sua seu zijn haar".split()
)


# German and Dutch finite verbs and adverbs that never stand in a role between two names
_GERMANIC_FINITE = frozenset(
    "hat hatte ist war wird wurde sind waren kann muss soll will heeft is was wordt werd zijn"
    " trotzdem dennoch jedoch aber toch echter".split()
)

# German and Dutch prepositions: a capitalized noun after one is governed ("bat um Geduld:"),
# and no role between two names ("Kössler bat um Geduld" is no "Council member Omar Reyes")
GERMANIC_PREPOSITIONS = frozenset(
    """um für mit auf an in im am über vor nach zu zum zur bei aus gegen ohne durch unter
    zwischen neben hinter om voor met op aan over na bij uit tegen zonder door onder tussen naar
    tijdens naast achter per namens tegenover gegenüber""".split()
)


def _second_role(toks: list[Token], comma: int) -> int:
    """Where a second role in the Romance languages ends after the comma closing a first: "il
    comandante della compagnia, [il capitano] Antonio Esposito", "la presidenta del jurado,
    [la catedrática] Elena Quiroga" (an article and one or two lower-case words before a
    name); the comma itself when there is none."""
    m = comma + 1
    if m >= len(toks):
        return comma
    w = toks[m][0]
    if w.lower() in fw.ROMANCE_ARTICLES and m + 1 < len(toks) and toks[m + 1][0].islower():
        m += 1
    elif not (w[:2].lower() in ("l'", "l’") and w[2:].islower()) and w not in nm.ROLES_EU:
        return comma  # (a known role noun needs no article: "o relator, senador Ana Lima")
    last = m
    # (up to three lower-case words: "l'ancien président [orsanien]", a nationality after the
    # role; not a complement's preposition: "le ministre de l'Intérieur")
    while (
        last + 1 < len(toks)
        and last - m < (1 if w in nm.ROLES_EU else 2)
        and toks[last + 1][0].replace("-", "").isalpha()  # ("primeiro-ministro")
        and toks[last + 1][0].islower()
        and (last == m or nm.bare(toks[last + 1][0]) not in nm.STOPWORDS)
    ):
        last += 1
    if last + 1 < len(toks) and toks[last + 1][0][:1].isupper() and toks[m][0] not in nm.STOPWORDS:
        return last  # the last role word stands where the comma was
    return comma


# Romance possessives opening a subject after the press told ("a este medio su hijo, X")
# (Spanish "su" is Italian "on": "racconta seduta su una brandina")
_POSSESSIVE_DETERMINERS = frozenset("su sus suo sua seu seus suas son sa ses".split())


def possessive_determiner(word: str) -> bool:
    """True for a Romance possessive opening a noun phrase ("su hijo", "sua figlia")."""
    return word in _POSSESSIVE_DETERMINERS and not (word == "su" and language() == "italian")


# an Italian preposition fused with an elided article opening a place or a time after a role
# noun ("all'uscita", "dall'aula", "nell'intervista"; not "dell'", a complement of the role)
_PLACE_ELIDED_RE = re.compile(r"(?:all|dall|nell|sull)['’]([a-zà-ú]\w*)")


class NameShapes:
    """Static shapes; ``PhraseRules`` builds on them."""

    @staticmethod
    def _appositive_name(toks: list[Token], j: int, k: int) -> tuple[int, int] | None:
        """The name after a role that has none: "the minister of health, Ana Ruiz," -> Ana Ruiz.

        ``toks[j:k]`` is the role phrase (it starts in lower case); a comma and a
        run of two to four capitalized words closed by a comma, a full stop or the clause's
        end follow it.
        """
        # "Denmark's chief prosecutor, Karen Holm,", "Fair Basket’s director, Neil Sandhu": a
        # possessive name of one to three words opens the role
        owner = next(
            (o for o in range(j, min(k, j + 3)) if nm.possessive(toks[o][0])),
            None,
        )
        possessed = (
            owner is not None
            and all(t[0][:1].isupper() for t in toks[j : owner + 1])
            and owner + 1 < k
            and toks[owner + 1][0][:1].islower()
        )
        if not (toks[j][0][:1].islower() or possessed) or k >= len(toks) or toks[k][0] != ",":
            return None
        k = _second_role(toks, k)  # "il comandante della compagnia, il capitano Ana Ruiz"
        if k + 2 < len(toks) and toks[k + 1][0] == "the" and toks[k + 2][0][:1].isupper():
            k += 1  # "Its owner, the Mere Valley Water Company, said": a body (see below)
        elif (
            k + 2 < len(toks)
            and _AGE_TOKEN_RE.fullmatch(toks[k + 1][0])
            and toks[k + 2][0][:1].isupper()
        ):
            k += 1  # "Its creator, 14-year-old Daisy Penn, said": an age before the name
        m = k + 1
        while m < len(toks) and (
            toks[m][0][:1].isupper()
            or (toks[m][0] in nm.NAME_PARTICLES and m > k + 1)
            # "a spokesman, Lt. Col. Dana Ruiz,": the stop of a rank's abbreviation
            or (toks[m][0] == "." and m > k + 1 and nm.bare(toks[m - 1][0]) in nm.TITLES)
        ):
            m += 1  # "a ministra do Trabalho, Maria do Rosário Palma Ramalho,": five words
        if toks[m - 1][0] == ".":
            m -= 1  # (not the full stop after the name: "…, said a spokesman, Col. Ruiz.")
        dots = sum(t[0] == "." for t in toks[k + 1 : m])
        if not 2 <= m - k - 1 - dots <= 5 or (m < len(toks) and toks[m][0] not in (",", ".", ";")):
            return None
        if toks[k][0] == "the" and nm.bare(toks[m - 1][0]) not in nm.ORG_WORDS:
            return None  # (after "the", only an organisation's name)
        return toks[k + 1][1], toks[m - 1][2]

    @staticmethod
    def _bracketed_name(toks: list[Token], j: int, k: int) -> tuple[int, int] | None:
        """The name after a role over an institution and its acronym in brackets opening at
        token k: "el director de la Corporación Forestal (Conaf), Ana Ruiz"."""
        close = next((c for c in range(k + 1, min(len(toks), k + 6)) if toks[c][0] == ")"), 0)
        return NameShapes._appositive_name(toks, j, close + 1) if close else None

    @staticmethod
    def _first_name_run(toks: list[Token], j: int) -> tuple[int, int] | None:
        """The first run of capitalized words from token j on, within eight tokens."""
        k = j
        while k < min(len(toks), j + 12) and not toks[k][0][:1].isupper():
            if toks[k][0] in (".", ";", ":"):
                return None
            if _ELIDED_CAP_RE.match(toks[k][0]):
                break  # "Secondo l'Istat, «…»", "Selon l'Office national des forêts, « … »"
            k += 1  # Selon le président de la chambre de commerce, Henri Dubois, « … »
        if k >= min(len(toks), j + 12):
            return None
        # (the name after an elided article the token holds: "l'Istat" is "Istat")
        skip = 2 if _ELIDED_CAP_RE.match(toks[k][0]) else 0
        if (
            toks[k][0].isupper()
            and len(toks[k][0]) <= 5
            and k + 2 < len(toks)
            and toks[k + 1][0][:1].isupper()
            and not toks[k + 1][0].isupper()
            and toks[k + 2][0][:1].isupper()
        ):
            k += 1  # "Según el delegado de CGT Vicent Ferrer, …": the organisation, then the name
        m = k
        while m + 1 < len(toks) and (
            toks[m + 1][0][:1].isupper()
            or (toks[m + 1][0] in nm.NAME_PARTICLES and m + 2 < len(toks))
        ):
            m += 1
        if (
            k > j
            and toks[k - 1][0].lower() in _PLACE_PREPS
            and m + 2 < len(toks)
            and toks[m + 1][0] == ","
            and toks[m + 2][0][:1].isupper()
        ):
            # "Pour le maire de Rennes, Louis Perrin, « … »": the place the role belongs to,
            # then the person's name in commas
            return NameShapes._first_name_run(toks, m + 2)
        return toks[k][1] + skip, toks[m][2]

    @staticmethod
    def _listed_name(toks: list[Token]) -> tuple[int, int] | None:
        """The name a clause ends on after "including" / "among them" and a few role words:
        "Several former ministers agreed, including the former finance minister Jo Marlow"."""
        m = len(toks) - 1
        k = m
        while k > 0 and (toks[k - 1][0][:1].isupper() or toks[k - 1][0] == "."):
            k -= 1
        if k > m or not toks[m][0][:1].isupper():
            return None
        j = k - 1
        while j >= 0 and k - j <= 6 and toks[j][0].isalpha() and toks[j][0].islower():
            if toks[j][0] in ("including", "notably") or (
                toks[j][0] == "them" and j > 0 and toks[j - 1][0] == "among"
            ):
                return (toks[k][1], toks[m][2]) if m > k else None
            j -= 1
        return None

    @staticmethod
    def _common_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
        """A clause opening on a determiner and a person noun: "The spokesman refused …",
        "A senior aide to the mayor said …" -> the noun phrase up to its head; None when a name
        follows the role ("The writer Ana Ruiz") or the head names no person ("The first
        incident came …")."""
        if (
            k >= len(toks)
            or not (
                toks[k][0].lower() in ("the", "a", "an", "another", "one")
                # a possessive name: "Norway's ambassador to Chile warned", "Swift's rep told"
                or (toks[k][0][:1].isupper() and nm.possessive(toks[k][0]))
            )
        ):
            return None
        m = k + 1
        while m < len(toks) and m - k <= 2 and toks[m][0][:1].isupper():
            m += 1  # a proper adjective before the role: "The Green Party leader", "the US envoy"
        lower = m
        while (
            m < len(toks)
            and m - k <= 4
            # (over a lower-case owner: "The prime minister's official spokesman rejected …")
            # (a hyphenated noun too: "A co-founder said", "A mum-of-two from X said")
            and (toks[m][0].replace("-", "").isalpha() or _lower_owner(toks[m][0]))
            and toks[m][0].islower()
            and toks[m][0] not in nm.STOPWORDS
            and toks[m][0] not in PREPOSITIONS
            and (not verbish(toks[m][0]) or _lower_owner(toks[m][0]))
        ):
            m += 1
        if m == lower or (m < len(toks) and toks[m][0][:1].isupper()):
            return None
        head = toks[m - 1][0]
        person = (
            head in nm.PERSON_ROLES
            or head in nm.GROUP_SPEAKERS
            or head in nm.PERSON_NOUNS
            or head in ("source", "sources", "spokesperson")
            or head.endswith(("man", "woman", "person", "ist", "ian"))
        )
        return (toks[k][1], toks[m - 1][2]) if person else None

    @staticmethod
    def _role_then_name(toks: list[Token], j: int) -> int:
        """Where a capitalized run ending at j goes on through one or two role nouns to a
        name: "Council member Omar Reyes", "Labour party leader Ana Lind" (a verb such as
        "told" or "says" between two names ends it)."""
        m = j + 1
        while m < min(len(toks), j + 3) and toks[m][0].isalpha() and toks[m][0].islower():
            w = toks[m][0]
            if w in nm.STOPWORDS or w in PREPOSITIONS or w in nm.SPEECH_VERBS or verbish(w):
                return j
            if (
                w in nm.NOUN_ARTICLES
                or w in nm.FOREIGN_STOPS
                or w in _GERMANIC_FINITE
                or w in GERMANIC_PREPOSITIONS
            ):
                return j  # "Trainer Niko Kovač nahm die Mannschaft …", "Yavuz hat trotzdem …"
            m += 1
        if m == j + 1 or m >= len(toks) or not toks[m][0][:1].isupper():
            return j
        while m + 1 < len(toks) and (toks[m + 1][0][:1].isupper() or toks[m + 1][0] == "."):
            m += 1
        return m

    @staticmethod
    def _role_appositive(toks: list[Token], k: int) -> tuple[int, int] | None:
        """The name set off by commas after a clause's opening role noun phrase: "El capitán
        del equipo, Sergio Molina, reconoció …", "Der Präsident des Städtetags, Markus
        Berger, wies … zurück" -> the name (two to four capitalized words)."""
        if k >= len(toks):
            return None
        first = toks[k][0]
        elided = first[:2].lower() in ("l'", "l’") and first[2:].islower() and len(first) > 3
        # (a Romance indefinite article too, before a name with a first name: "Un analista di
        # Banca X, Davide Y, è andato dritto al punto:" is Davide Y's, not someone unnamed)
        indefinite = first.lower() in ROMANCE_INDEFINITE
        if first.lower() not in _ROLE_ARTICLES and not elided and not indefinite:
            return None  # ("L'avocate générale, Florence Roux, a requis …": an elided article)
        # (a long role too: "El presidente de la junta de usuarios de riego de Chicama, X,")
        comma = next((c for c in range(k + 2, min(len(toks), k + 14)) if toks[c][0] == ","), 0)
        if not comma or any(t[0] in '.;:«»“”"' for t in toks[k:comma]):
            return None
        comma = _second_role(toks, comma)  # "La presidenta del jurado, la catedrática X, …"
        first = comma + 1
        if first + 2 < len(toks) and toks[first][0] in ("der", "die", "de", "het"):
            # "Der Eigentümer der Halle, der Unternehmer Bogdan Lewandowski, war …": an
            # article and a role before the name
            first += 1
        m = first
        while m < len(toks) and (
            toks[m][0][:1].isupper() or (m > first and toks[m][0] in nm.NAME_PARTICLES)
        ):
            m += 1
        most = 4 if first == comma + 1 else 5
        # (one word only when it is a first name: "La figlia della vittima, Roberta, è …")
        lone = m - first == 1 and nm.bare(toks[first][0]) in FIRST_NAMES
        if not (2 <= m - first <= most or lone) or m >= len(toks) or toks[m][0] != ",":
            return None
        if indefinite and (first != comma + 1 or nm.bare(toks[first][0]) not in FIRST_NAMES):
            return None  # ("Una portavoz del club, Atlético X, …": a body, not a person)
        return toks[first][1], toks[m - 1][2]

    @staticmethod
    def _past_press(toks: list[Token], j: int) -> int:
        """Token j, or where the subject starts after the press a speaker told ("a EFE el
        letrado", "à agência Lusa o arquiteto"); -1 when only the press follows."""
        heard = NameShapes._listener_end(toks, j)
        if heard is None:
            return j
        if heard >= len(toks) or not (
            toks[heard][0][:1].isupper()
            or toks[heard][0].lower() in fw.ROMANCE_ARTICLES
            or toks[heard][0][:2].lower() in ("l'", "l’")
            # "dijo a este medio su hijo, X": a possessive opens the subject too
            or possessive_determiner(toks[heard][0].lower())
        ):
            return -1
        return heard

    @staticmethod
    def _romance_np_end(toks: list[Token], k: int) -> bool:
        """True where a Romance listener or place ends the speaker's noun phrase: "l'attaccante
        [ai microfoni] di Dazn", "Santiváñez [a la salida] del Parlamento"."""
        w = toks[k][0]
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if w.lower() in nm.LISTENER_PREPS and nxt.lower() in fw.MEDIA_NOUNS:
            return True
        if _PLACE_ELIDED_RE.match(w) and toks[k - 1][0].isalpha() and toks[k - 1][0].islower():
            return True  # "ha dichiarato il legale [all'uscita] dal tribunale"
        # (or a bare noun: "ha raccontato Ferretti a fine gara", "dijo Ruiz a su llegada")
        return (
            w in ("a", "à")
            and toks[k - 1][0][:1].isupper()
            and (nxt in fw.ROMANCE_ARTICLES or (nxt.isalpha() and nxt.islower()))
        )

    _listener_end = staticmethod(listener_end)


# French and Portuguese "be" before a participle of the passive ("Le rétablissement est espéré
# « sous 48 heures »", "A reposição foi anunciada «para amanhã»"): the subject is no speaker;
# (not one asked or invited, who answers: "Il est interrogé sur … : « … »")
_ROMANCE_PASSIVE = frozenset(
    "est sont était étaient sera seront fut é são foi foram será era".split()
)
# Spanish and Italian "be" of a passive only ("El reglamento fue calificado de «…»", "Il piano è
# stato definito «…»"; not Italian "è" alone: "è intervenuto" is active)
_ES_IT_PASSIVE = frozenset("fue fueron sido stato stata stati state".split())
_PASSIVE_ENDS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_IT_ENDS = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta")
_ANSWERING = ("interrog", "question", "invit", "sollicit", "relanc", "pergunt", "interpel")


def romance_passive(toks: list[Token], v: int) -> bool:
    """True when the verb at ``v`` is a Romance passive participle after "be"."""
    word = toks[v][0].lower()
    if 0 < v and toks[v - 1][0].lower() in _ES_IT_PASSIVE and language() in ("spanish", "italian"):
        return word.endswith(_PASSIVE_ENDS + _IT_ENDS) and not word.startswith(_ANSWERING)
    return (
        0 < v
        and toks[v - 1][0].lower() in _ROMANCE_PASSIVE
        and word.endswith(_PASSIVE_ENDS)
        and not word.startswith(_ANSWERING)
        and language() in ("french", "portuguese")
    )


def _lower_owner(word: str) -> bool:
    """True for a lower-case common noun with a possessive ending: "minister's", "club’s"."""
    return nm.possessive(word) and word[:-2].isalpha() and word[-2:] in ("'s", "’s")
