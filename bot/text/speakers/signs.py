"""Words a sentence gives as a sign's, a slogan's or a title's, no one's to speak (private to
``lone.py``): "A handwritten sign on the door read: “…”", "Une affiche jaunie proclame toujours :
« … »", "lê-se uma frase: “…”", "bajo el lema «…»", "un elaborato intitolato «…»"; and what a
plan or a forecast says ("Volgens de begroting gaat er ‘…’")."""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language
from bot.text.speakers.romance_words import named_by_sign
from bot.text.speakers.shapes import possessive_determiner

# what a sign does in Spanish and Italian ("una pancarta decía:", "un cartello recita:")
_SIGN_VERBS = frozenset("dice decía reza rezaba recita recitaba diceva recitava".split())
_SIGN_COPULAS = frozenset("es era fue è fu".split())
# a work's title right after these ("un elaborato intitolato «…»", "con el título «…»"): no one's
_TITLED = frozenset(
    "intitolato intitolata intitolati intitolate titolo titulado titulada titulados tituladas"
    " título".split()
)


# what a plan, a forecast, a count or a rule says is no one's voice: "Volgens het plan moet de
# brug …", "Laut der Prognose ist …" (a report or a statement is left to the other rules)
_NOT_VOICES = frozenset(
    """plan plannen planning prognose prognoses raming ramingen schatting schattingen
    berekening berekeningen cijfers begroting dienstregeling wet regels regeling contract
    afspraak afspraken planung prognosen schätzung schätzungen berechnung berechnungen
    zahlen statistik gesetz vertrag regeln vorschrift vorschriften fahrplan haushalt""".split()
)


def can_speak(noun: str) -> bool:
    """False for a noun that cannot speak: a plan, a forecast, a count or a rule."""
    return noun.lower() not in _NOT_VOICES


_GERMANIC_ARTICLES = frozenset("de het een der die das dem den des ein eine einem einer".split())


def cites_a_thing(before: str) -> bool:
    """True when ``before``, the German or Dutch sentence before a quotation, opens on
    "Volgens"/"Laut", an article and a noun that cannot speak ("Volgens de begroting gaat er
    ‘…’", "Laut der Prognose ist der Schaden „…“"): what a plan or a forecast says, no one's."""
    words = [nm.bare(w) for w in before.split()[:3]]
    return (
        len(words) == 3
        and words[0] in ("volgens", "laut")
        and words[1] in _GERMANIC_ARTICLES
        and not can_speak(words[2])
    )


# a Romance impersonal "one read(s)" right before the marks ("onde se lia «…»", "en la que se
# leía «…»", "où l'on pouvait lire « … »", "su cui si leggeva «…»"): written words, no one's
_READ_RE = re.compile(
    r"(?i)\b(?:se\s+(?:le[ií]a|le[ií]an|lee|leen|lia|liam|lê|leem|pod[ií]a\s+le(?:er|r)"
    r"|pode\s+ler)|si\s+(?:legge|leggeva|leggevano|poteva\s+leggere)"
    r"|(?:l['’]\s*)?on\s+(?:y\s+)?(?:lit|lisait|pouvait\s+(?:y\s+)?lire|peut\s+(?:y\s+)?lire))"
    r"\s*:?\Z"
)
# the words that may link a sign's noun to the words it bears ("pancartas que decían «…»",
# "une banderole proclamant « … »", "uma faixa com os dizeres “…”", "un cartello scritto a
# mano: «…»", "faixas como “…”"): relatives, articles, "with", a sign's verbs of bearing words
_SIGN_LINKS = frozenset(
    """que qui où onde dove cui con com avec en em na no sur su la le les el los las lo os as o
    a i gli il se si on y decía decían dice dicen rezaba reza diz dizia diziam dizem disait dit
    disaient proclamant proclamait proclamaient proclame affichant affichait recitava recita
    diceva dicevano escrito escrita escritos escritas scritto scritta scritti scritte écrit
    écrite écrits écrites à mano main mão dizeres frase leyenda mots palabras parole palavras
    como comme""".split()
)
_ROMANCE = ("french", "portuguese", "spanish", "italian")
# a statement, a letter or a report in the sentence: what "one reads" there is its issuer's
# ("In una dichiarazione … si legge: «…»"), left to the rules of statements
_ISSUED_WRITINGS = frozenset(
    """dichiarazione dichiarazioni nota note comunicato comunicado comunicados communiqué
    déclaration declaración declaração lettre carta cartas lettera lettere rapport rapporto
    relatório informe relazione messaggio mensaje mensagem message post sentenza sentencia
    sentença jugement acórdão documento document texto texte testo""".split()
)


def _sign_then_link(before: str) -> bool:
    """True when the last few words before a Romance quotation's marks are a sign's noun and
    only words that link it to the words it bears ("pancartas que decían", "une banderole
    proclamant", "faixas com a frase", "un cartello scritto a mano:")."""
    raw = before.rstrip(" :").split()[-7:]
    words = [nm.bare(w).lower() for w in raw]
    nouns = nm.SIGN_NOUNS_FR_PT | nm.SIGN_NOUNS_ES_IT
    at = max((k for k, w in enumerate(words) if w in nouns), default=-1)
    return (
        0 <= at < len(words) - 1
        and all(w in _SIGN_LINKS for w in words[at + 1 :])
        # (no comma between: "Pedro X, junto a la pancarta, decía: «…»" is the person's verb,
        # the sign only where the person stands)
        and not any(w.endswith((",", ";")) for w in raw[at:])
    )


def sign_words(before: str) -> bool:
    """True when ``before``, the words of the sentence before a quotation, introduce it as
    a sign's or a title's words (see the module's note)."""
    if language() in _ROMANCE and (
        (
            _READ_RE.search(before)
            and not any(nm.bare(w).lower() in _ISSUED_WRITINGS for w in before.split())
        )
        or _sign_then_link(before)
    ):
        return True  # "onde se lia «…»", "pancartas que decían «…»", "banderole proclamant"
    if language() == "english":
        # "A handwritten sign on the door read: “…”": a sign's noun heads the subject
        # (only lower-case words that name no person before it after the article)
        words = before.split()
        at = next((c for c in range(1, 4) if c < len(words) and words[c] in nm.SIGN_NOUNS_EN), 0)
        return (
            before.endswith(":")
            and at > 0
            and words[0].lower() in ("a", "an", "the", "one", "another")
            and all(
                w.islower() and not w.endswith(("er", "or", "ist")) and w not in nm.PERSON_NOUNS
                for w in words[1:at]
            )
        )
    if language() in ("spanish", "italian"):
        # "bajo el lema «…»", "un cartello con la scritta «…»", "lo slogan più ripetuto era
        # «…»": the words a sign's noun right before the marks gives (the noun, or the noun
        # and up to three lower-case words ending on a copula), no one's
        tail = [nm.bare(w) for w in before.split()[-5:]]
        said = (
            len(tail) > 2
            and tail[-2] in ("un", "una", "uno")
            and tail[-3] in nm.SPEECH_VERBS
            and tail[-3] not in _SIGN_VERBS
        )
        if said or (len(tail) > 1 and possessive_determiner(tail[-2])):
            # "La alcaldesa X repitió su lema: «…»", "lanzó un eslogan: «…»": the
            # person's own words, said
            tail = []
        if (
            len(tail) > 1
            and tail[-1] in ("scritta", "scritte", "escrita", "escritas")
            and tail[-2].isalpha()
            and tail[-2] not in _SIGN_LINKS
        ):
            tail = []  # "chiede garanzie scritte: «…»": written, an adjective, no sign
        if tail and (tail[-1] in nm.SIGN_NOUNS_ES_IT or tail[-1] in _TITLED):
            return True
        words = [nm.bare(w) for w in before.split()]
        if tail and tail[-1] in _SIGN_COPULAS:
            at = next(
                (c for c in range(len(tail) - 2, -1, -1) if tail[c] in nm.SIGN_NOUNS_ES_IT), -1
            )
            # (not "El concejal X dijo que el cartel era «…»": a speech verb before the sign's
            # noun, the person's verdict; "lo slogan più ripetuto era «…»" stays no one's)
            noun = len(words) - len(tail) + at
            if (
                at >= 0
                and all(w.isalpha() and w.islower() for w in tail[at + 1 :])
                and not _someone_says(words[:noun], _SIGN_VERBS)
            ):
                return True
        # "Los vecinos colgaron una pancarta: «…»" (not "La alcaldesa, con una pancarta,
        # gritó: «…»": a person's speech verb, or a named person, in the clause)
        return (
            before.endswith(":")
            and any(w in nm.SIGN_NOUNS_ES_IT for w in words)
            and not _someone_says(words, _SIGN_VERBS)
            and not _named_in(words, before)
        )
    if named_by_sign(before.split()[-6:]):
        return True
    # "Une banderole barrait la façade :" (not "Une pancarte à la main, la retraitée Josette X
    # lance :", "Com um cartaz na mão, a professora Inês Y disse:": a person's speech verb, or
    # a named person, in the clause)
    words = [nm.bare(w) for w in before.split()]
    return (
        before.endswith(":")
        and any(w in nm.SIGN_NOUNS_FR_PT for w in words)
        and not _someone_says(words, _SIGN_VERBS_FR_PT)
        and not _named_in(words, before)
    )


# what a sign does in French and Portuguese ("une pancarte disait :", "um cartaz dizia:")
_SIGN_VERBS_FR_PT = frozenset("dit disait proclame proclamait diz dizia".split())


def _someone_says(words: list[str], sign_verbs: frozenset[str]) -> bool:
    """True when the bare ``words`` of a clause hold a speech verb a sign does not have."""
    return any(w in nm.SPEECH_VERBS and w not in sign_verbs for w in words)


def _named_in(words: list[str], before: str) -> bool:
    """True when a first name stands capitalized among the bare ``words`` of ``before``."""
    return any(w.capitalize() in before and w in FIRST_NAMES for w in words)


# the word right before the marks that makes the words in them a term or a slogan, no one's
# to speak: "vor sogenannten „Gaffern“", "de zogenaamde ‘ramptoeristen’", "so-called “ghost
# flights”"; "Das Motto: „…“", "onder het motto ‘…’", "under the slogan “…”"
_TERM_WORDS = frozenset(
    "sogenannte sogenannten sogenannter sogenanntes sogenanntem zogenaamde zogenaamd zogeheten "
    "so-called hashtag".split()
)
# a slogan's nouns ("Das Motto: „…“", "under the slogan “…”"); German "Parole" only (English
# "parole" is a prisoner's release: "Asked about his parole, “…,” Holt said")
_SLOGAN_WORDS = frozenset("motto slogan leuze kampagnenmotto".split())
# a speech verb a few words after the closing mark, in the quotation's sentence: the slogan's
# words are someone's ("Her motto: “Never give up,” Jo Harris told the crowd", "Over de
# slogan: ‘…,’ zegt Kramer")
_ATTRIBUTION_WORDS = 6


def term_before(before: str, after: str = "", inner: str = "") -> bool:
    """True when the word right before a quotation's marks (``before``, the sentence up to
    them) gives what follows as a term or a slogan, never as someone's words (German, Dutch
    and English text: Italian "poche parole: «…»" are someone's words); a slogan noun only
    when no attribution follows the marks (``after``, the text after them; ``inner``, the
    words in them)."""
    words = before.split()
    if not words or language() not in ("german", "dutch", "english"):
        return False
    last = nm.bare(words[-1]).rstrip(":").lower()
    if last in _TERM_WORDS:
        return True
    if last not in _SLOGAN_WORDS and not (last == "parole" and language() == "german"):
        return False
    return not _attributed_after(after, inner)


def _attributed_after(after: str, inner: str) -> bool:
    """True when a speech verb follows the closing mark in the quotation's own sentence
    ("“…,” Holt said", "‘…,’ zegt Kramer"); never after words in marks that close their
    sentence ("The motto is “Slow down.” Others said …")."""
    if inner.rstrip()[-1:] in (".", "!", "?") or after.lstrip()[:1] in (".", "!", "?", "\n"):
        return False
    head = re.split(r"[.!?;:]\s|\n", after.strip(), maxsplit=1)[0]
    return any(nm.bare(w).lower() in nm.SPEECH_VERBS for w in head.split()[:_ATTRIBUTION_WORDS])
