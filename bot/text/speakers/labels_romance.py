"""Short Romance spans in marks that ``keeping`` reads one way or the other, and groups' names
(private to the speaker modules).

``named_label``: a name in marks right after the noun of what it names, "le groupe
« Villeneuve en commun »", "l'opération « Quartiers d'été »", "la lista «Cambiamo Rotta»":
a group's, a scheme's or a campaign's name, no one's words (shown with no speaker).
``judged_after``: a few words in marks, then a comma and French "juge" with its subject
inverted, "Une somme « très insuffisante », juge le syndicat X": that subject's verdict.
``bare_group`` (for ``attribution``): a French association, collective or union speaks under
its own name, "l'association Loup Vivant" -> "Loup Vivant".
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.reading import language, romance_text

# nouns of what a name in marks names: groups, lists, schemes, campaigns, events (French,
# Spanish, Italian, Portuguese)
_NAMED_NOUNS = frozenset(
    "groupe liste collectif association mouvement opération programme dispositif campagne"
    " festival slogan devise intitulé intitulée baptisé baptisée grupo lista colectivo"
    " coletivo asociación associação movimiento movimento operación operação programa"
    " campaña campanha gruppo collettivo associazione operazione programma campagna"
    " denominado denominada intitolato intitolata".split()
)
# nouns of a work whose title may stand in commas after it ("Un documentaire, « Le Temps du
# bois », lui a été consacré", "la novela, «El último tranvía», se publicó", "il romanzo «…»")
_WORK_NOUNS = frozenset(
    "documentaire film livre roman spectacle album recueil feuilleton documental película"
    " novela libro poemario obra documentario romanzo raccolta documentário filme livro"
    " romance".split()
)
# verbs that give someone or something a nickname, the name in marks after them, capitalized
# or not ("ses élèves la surnommaient « la fée »", "i colleghi l'hanno ribattezzato «l’orecchio»
# ", "lo apodaban «el Sabio»", "apelidaram-no de «o Relógio»")
_NICKNAMING_RE = re.compile(
    r"(?:(?i:surnomm|soprannomin|ribattezz|apod|apelid|alcunh|bautiz)\w*(?:-\w+)?"
    r"(?:\s+(?:de|come|como|comme))?"
    # (or a thing's name given by a reflexive "to be called": "vai chamar-se “…”", "se
    # llamará «…»", "s'appelle « … »", "si chiama «…»"; not "chama «…» à proposta", a verdict)
    r"|\b(?i:chama\w*-se|chamar-se|se\s+chama\w*|se\s+llam\w+|s['’]appel\w+|si\s+chiam\w+))\Z"
)
# a nickname's noun in apposition after the marks: "era “il Moretto”, un soprannome che …",
# "« la fée », un surnom qu'elle aimait", "«el Sabio», un apodo que …"
_NICKNAME_AFTER_RE = re.compile(
    r"\s*,\s*(?:un|uno|una|um|uma)\s+(?:soprannome|nomignolo|surnom|sobrenombre|apodo|mote"
    r"|apelido|alcunha)\b"
)
# an article and a capitalized name, nothing else: a nickname or a name ("era “la Rondine”",
# "le llamaban «el Flaco»", "o «Baixinho»" is one word and left out)
_ARTICLE_NAME_RE = re.compile(
    r"(?:la|le|il|el|lo|o|a|l['’])\s*[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?"
)
_WORD_RE = re.compile(r"\w+")
_MAX_WORDS = 6  # a name, not a sentence
# the author of a work before its title, the work's noun between or not: "auteur de « … »",
# "autora de «…»", "autrice del saggio “…”", "autor do livro “…”" (the title is no one's words)
_AUTHOR_OF_RE = re.compile(
    r"\b(?i:co-?)?(?i:aut(?:eur|eure|rice|ora|or|ore))\s+(?:de|di|do|da|del|dello|della|du|d['’])"
    r"(?:\s*(?:l['’]|la|le|il|lo|o|a|el)?\s*(?P<work>(?i:essai|livre|roman|ouvrage|saggio|libro"
    r"|romanzo|ensayo|novela|ensaio|livro|romance|documentaire|documental|documentario"
    r"|documentário|film|filme|podcast)))?\s*\Z"
)
# with no work's noun between (nor one later in its sentence), a title is a noun phrase: it
# opens on an article and has no verb, negation or clitic of a clause ("autora de «La ciudad
# sin cajeros»", "autor de «O Êxodo Branco»", the shape of every such title in the keyed
# news); a slogan someone coined is a clause ("autor de «El fútbol es de los valientes»",
# "autore di «Basta con le chiacchiere»"), its author's words
_TITLE_ARTICLES = frozenset(
    "el la los las lo le les l il gli i o a os as un una une um uma".split()
)
_CLAUSE_WORDS = frozenset(
    "es está están son era fue será hay soy somos est sont était sera suis ai avons è sono"
    " sarà ho ha hanno abbiamo é são foi estão tem temos há sou somos"
    " no non não ne n se si ci me te nos vous nous on je tu yo io eu".split()
)


# a work's noun later in the title's sentence ("Lo escribió X, autora de «Nadie nos preguntó»,
# en su último libro"): the words in marks are that work's title, clause or not
_WORK_AFTER_RE = re.compile(
    r"[^.!?\n«»“”]{0,80}?\b(?i:essai|livre|roman|ouvrage|saggio|libro|romanzo|ensayo|novela"
    r"|ensaio|livro|documentaire|documental|documentario|documentário|film|filme|podcast)\b"
)


def _title_shape(inner: str) -> bool:
    """True for words in marks shaped as a work's title, not a clause: an article first (or an
    elided one), then no verb, negation or clitic ("La España sin ventanilla", "L'Ombra")."""
    words = [w.lower() for w in _WORD_RE.findall(inner)]
    return (
        len(words) >= 2
        and words[0] in _TITLE_ARTICLES
        and not any(w in _CLAUSE_WORDS for w in words)
    )


def _called_nickname(text: str, inner: str) -> bool:
    """True when the text calls the words ``inner`` a nickname where it quotes them (once is
    enough: "Era “il Moretto”. …" then "era “il Moretto”, un soprannome che …")."""
    pattern = re.escape(inner) + r"\s?[”»\"’]" + _NICKNAME_AFTER_RE.pattern
    return re.search(pattern, text) is not None


def named_label(text: str, span: Span, names: bool = False) -> bool:
    """True in Romance text for a capitalized name of a few words in marks right after the
    noun it names ("du groupe « Villeneuve en commun »"), or after a verb of nicknaming, with
    no stop inside and no speech verb after it ("« Ensemble », a lancé X" is someone's words);
    with ``names`` (for a span ``keep`` left out), an article and a name alone too."""
    if not romance_text():
        return False
    inner = text[span.start : span.end]
    if any(c in inner for c in ".!?:;,") or len(_WORD_RE.findall(inner)) > _MAX_WORDS:
        return False
    head = text[max(0, span.open_at - 30) : span.open_at]
    before = head.split()
    if (
        _NICKNAMING_RE.search(head.rstrip())
        or _NICKNAME_AFTER_RE.match(text, span.close_end)
        or (_ARTICLE_NAME_RE.fullmatch(inner) and (names or _called_nickname(text, inner)))
    ):
        # "la surnommaient « la fée »", "era “la Rondine”": a name, capitalized or not (a span
        # ``keep`` kept may be a verdict: "calificó la plaza como «el Corazón» del barrio")
        pass
    elif not inner[:1].isupper() or not before:
        return False
    elif (author := _AUTHOR_OF_RE.search(head.rstrip(" \u00a0\u202f"))) and (
        author["work"] or _title_shape(inner) or _WORK_AFTER_RE.match(text, span.close_end)
    ):
        # "la economista X, autora de «La ciudad sin cajeros»": a work's title, whatever
        # verb follows ("autora do livro “…”, lamentou …" is the author's verb, not the title's)
        return True
    elif before[-1].lower().strip("’'") not in _NAMED_NOUNS and not (
        before[-1].endswith(",") and before[-1].lower().rstrip(",") in _WORK_NOUNS
    ):
        return False
    # (no speech verb in the three words after it: "« Ensemble », a lancé X")
    after = text[span.close_end : span.close_end + 40].split()[:3]
    return not any(w.strip(".,;:").lower() in SPEECH_VERBS or "-" in w for w in after)


# French "juge" inverted after the comma: its subject's definite article follows
_JUDGED_AFTER_RE = re.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*juge(?:nt)?\s+(?:le|la|les)\s+\w")


def judged_after(text: str, span: Span) -> bool:
    """True in French text for words in marks followed by ", juge le/la/les …"."""
    return language() == "french" and _JUDGED_AFTER_RE.match(text, span.close_end) is not None


# a French association's, collective's or union's name after its common noun: "l'association
# Loup Vivant", "Le collectif Vent debout", "le syndicat Santé Solidaire" (not "Le syndicat
# CFDT du groupe" nor "Syndicat des marchés de X": a complement, no name of its own)
_GROUP_NAME_RE = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’]\s*)?(?:association|collectif|syndicat)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]*(?:\s+[\w’'-]+){0,4})$"
)
_OF_WORDS = frozenset("de du des d' d’ à au aux".split())


def bare_group(speaker: str | None) -> str | None:
    """The name alone for a French group speaker given with its common noun (the name is who
    speaks: "association Loup Vivant" -> "Loup Vivant"); any other speaker as it is."""
    if not speaker or language() != "french":
        return speaker
    m = _GROUP_NAME_RE.match(speaker)
    if m is None:
        return speaker
    name = m.group("name")
    words = name.lower().split()
    if any(w in _OF_WORDS or w.startswith(("d'", "d’")) for w in words):
        return speaker
    return name
