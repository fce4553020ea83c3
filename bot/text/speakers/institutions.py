"""The whole name of a Romance institution a speaker phrase is part of (private to
``resolve.py``).

French, Spanish, Italian and Portuguese capitalize only the first word of many institutions'
names, and join their words with "de la", "du", "y", "et": "le Service cantonal de la
mobilité", "l'échevinat de la Culture", "la Consejería de Salud y Servicios Sociales",
"l'Agence régionale de santé de Bourgogne-Franche-Comté". The name rules read capitalized runs
and find only "Service", "Culture" or "Servicios Sociales" there; this module reads on from an
institution's head noun through adjectives and complements to the whole name, also when the
speaker phrase was only its last words or its place ("le comité départemental de rugby du
Gers", not "Gers"). The body a spokesperson speaks for is read in ``spokes.py``.
"""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.epithets import REACH_BACK
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.foreign import CLUB_FORMS, GERMANIC_CLUB_FORMS
from bot.text.speakers.reading import language, romance_text

# head nouns an institution's name opens on (capitalized, or lower case after an article)
_HEADS = (
    "service office agence direction conseil ministère caisse chambre commission institut"
    " centre hôpital secrétariat département tribunal parquet préfecture fédération syndicat"
    " association échevinat observatoire autorité inspection gendarmerie"
    " consejería servicio sistema agencia dirección secretaría ministerio instituto consejo"
    " comisión juzgado fiscalía delegación subdelegación concejalía diputación confederación"
    " federación asociación sindicato hospital defensoría superintendencia procuraduría"
    " ufficio agenzia servizio ministero istituto consiglio direzione procura"
    " questura prefettura associazione federazione commissione protezione"
    " agência serviço secretaria ministério conselho direção associação federação"
    " confederação procuradoria comissão fundação théâtre fondation"
    # a ministry's regional office: "a Delegação Regional de Educação do Norte"
    " delegação inspeção inspecção reitoria"
    # a body's committee, section, command, order or unit, named for its trade and place: "le
    # comité départemental de tennis du Var", "il Comando provinciale dei carabinieri di Lecco",
    # "a Secção Regional do Norte da Ordem dos Enfermeiros", "le cabinet du ministre de la Justice"
    " comité comitato comando ordre ordine ordem section sección sezione secção"
    " unidad unità unidade cabinet gabinete"
)
# (the article in capitals too, opening a sentence: "Le ministère de la Culture a salué …")
# the head nouns above, for a phrase after "dalla" ("fanno sapere dalla questura di X")
INSTITUTION_HEADS = frozenset(_HEADS.split())
_ARTICLE = r"(?<![\w'’])(?:(?:[lL]e|[lL]a|[eE]l|[iI]l|[lL]o|[oO]|[aA])\s+|[lL]['’])"
_OF = (
    r"(?:de\s+la|de\s+las|de\s+los|de\s+l['’]|de|du|des|del|della|dei|delle|degli|dello|dell['’]"
    r"|di|da|do|dos|das|d['’])"
)
_CAP_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_LOW_WORD = r"[a-zà-ÿ][\w'’-]*"
_TAIL = (
    rf"(?:\s+(?:{_LOW_WORD}|{_CAP_WORD})"  # an adjective or a second capitalized word
    rf"|\s+{_OF}\s*(?:{_CAP_WORD}|{_LOW_WORD})"  # a complement: "de la mobilité", "de Salud"
    rf"|\s+(?:y|et|e)\s+{_CAP_WORD}"  # "de Salud y Servicios Sociales"
    # a list of capitalized words an "e" closes: "da Ciência, Tecnologia e Inovação"
    rf"|,\s+{_CAP_WORD}(?=(?:,\s+{_CAP_WORD})*\s+(?:y|et|e)\s+{_CAP_WORD}))*"
)
_NAME_RE = re.compile(
    rf"(?:{_ARTICLE}(?i:{'|'.join(_HEADS.split())})|(?<![\w'’])(?:{'|'.join(w.capitalize() for w in _HEADS.split())}))"
    + r"(?![\w'’])"  # the whole head noun ("Unidade", "Instituto"; not "Unidad", "Institut")
    + _TAIL
)
_OPENING_RE = re.compile(_CAP_WORD + _TAIL)
_LOW_OPENING_RE = re.compile(_LOW_WORD + _TAIL)
# adjective endings of the four languages ("cantonal", "régionale", "nacional", "civile")
_ADJECTIVE_ENDS = (
    "al",
    "ale",
    "ales",
    "aux",
    "el",
    "elle",
    "ien",
    "ienne",
    "ique",
    "ica",
    "ico",
    "aire",
    "ario",
    "aria",
    "if",
    "ive",
    "ivo",
    "iva",
    "é",
    "ée",
    "ado",
    "ada",
    "ano",
    "ana",
    "ais",
    "aise",
    "ois",
    "oise",
    "ense",
    "ial",
    "ile",
    "il",
    "ale",
    "eral",
    "ista",
    "ande",  # "romande", "flamande"
    "iera",  # "ospedaliera", "alberghiera"
    "iero",  # "ospedaliero", "petroliero"
    "ère",  # "horlogère", "ouvrière"
    "cole",  # "agricole", "viticole"
)


_NAME_PREPS = frozenset("ante para contra per pour contre".split())
_NAME_ARTICLES = frozenset("la las los el le les il lo i gli".split())
# the articles of a purpose complement in a body's name ("pour les réfugiés", "per la sicurezza")
_PURPOSE_ARTICLES = frozenset("la le les il i lo gli el los las a o os as".split())


def _capital_after(words: list[str], k: int) -> bool:
    """Whether a capitalized word stands at ``k``, or an article and one."""
    if k < len(words) and words[k].lower() in _NAME_ARTICLES:
        k += 1
    return k < len(words) and words[k][:1].isupper()


def trim_name(name: str) -> str:
    """``_trim`` for the other modules: a name cut where its words stop being one."""
    return _trim(name)


def _trim(name: str) -> str:
    """Cut a name where a lower-case word that is no adjective, nor the noun of a
    complement, stands: "Service cantonal de la mobilité" stays, "Consejería de Salud
    aseguró" loses the verb."""
    words = name.split()
    keep = 1
    through = 0  # (a purpose complement read whole, to this word)
    for k in range(1, len(words)):
        w = words[k]
        prev = words[k - 1].lower()
        if k <= through:
            keep = k + 1
            continue
        if (
            w in ("pour", "para", "per")
            and k + 2 < len(words)
            and words[k + 1] in _PURPOSE_ARTICLES
            and words[k + 2].isalpha()
            and words[k + 2].islower()
        ):
            # "Agence internationale pour les réfugiés", "Agenzia regionale per la sicurezza
            # del territorio": a purpose complement, its article and its noun
            through = k + 2
            keep = k + 1
            continue
        after_of = re.fullmatch(
            r"de|du|des|del|della|delle|dei|degli|di|da|do|dos|das|la|las|los|[ld]['’]\w*", prev
        )
        if (
            w[:1].isupper()
            or re.fullmatch(_OF, w)
            or w in ("y", "et", "e", "la", "las", "los")
            # "Servicio Nacional de Prevención y Respuesta ante Desastres", "Colectivo Agua
            # para Los Altos", "Comitato Famiglie per la Scuola": a preposition before a
            # capitalized word (or its article and one)
            or (w in _NAME_PREPS and _capital_after(words, k + 1))
        ):
            keep = k + 1
            continue
        if w[:2].lower() in ("d'", "d’", "l'", "l’"):
            keep = k + 1
            continue
        bare = nm.bare(w)
        if bare in nm.SPEECH_VERBS or bare in nm.AUXILIARIES or bare in nm.STOPWORDS:
            break
        # (an adjective in the plural too: "des syndicats d'exploitants agricoles")
        if (
            after_of
            or bare.endswith(_ADJECTIVE_ENDS)
            or (bare[-1:] == "s" and bare[:-1].endswith(_ADJECTIVE_ENDS))
        ):
            keep = k + 1
            continue
        break
    words = words[:keep]
    while words and (
        re.fullmatch(_OF, words[-1]) or words[-1] in ("y", "et", "e", "la", "las", "per", "il")
    ):
        words.pop()  # a complement cut before its noun
    return " ".join(words)


_JOINS = frozenset("y et e la las los le les il lo".split())


def _reaching(read: str, name: str, full: str) -> str:
    """``read`` (a head noun and the words after it) cut after ``name`` when ``_trim`` stopped
    short of it and only lower-case nouns, "of" words and "and" stand between: "Ordine dei
    medici chirurghi e degli odontoiatri di Lecco" for "Lecco" (the speaker phrase was its
    place); else ``full``."""
    at = read.find(name)
    if name in full or at <= 0 or read[at + len(name) : at + len(name) + 1].isalnum():
        return full
    between = read[:at].split()[1:]
    for w in between:
        if w[:1].isupper() or w in _JOINS or re.fullmatch(_OF, w):
            continue
        bare = nm.bare(w)
        if (
            not re.fullmatch(r"(?:[dl]['’])?[a-zà-ÿ]+", w)
            or bare in nm.SPEECH_VERBS
            or bare in nm.AUXILIARIES
            or bare in nm.STOPWORDS
        ):
            return full
    return read[: at + len(name)] if len(between) <= 12 else full


_DANGLING_OF_RE = re.compile(rf"\s+{_OF}$")


def dangling_of(phrase: str) -> int:
    """Where a Romance speaker phrase that an institution's head noun opens ends before the
    "of" its capitalized run stopped on ("Direction de la" out of "Selon la Direction de la
    navigation aérienne du Sud, « … »": the name goes on in lower case); 0 for any other."""
    romance = language() in (None, "french", "spanish", "italian", "portuguese")
    m = _DANGLING_OF_RE.search(phrase) if romance else None
    if m is None:
        return 0
    words = re.sub(rf"^{_ARTICLE}", "", phrase[: m.start()]).split()
    if not words or words[0].lower() not in INSTITUTION_HEADS or not words[0][:1].isupper():
        return 0
    return m.start()


def institution_around(text: str, start: int, end: int, name: str) -> str | None:
    """The whole Romance institution name covering ``name`` found in ``text[start:end]``
    (without its article), when it is longer than ``name``; else None (and in English)."""
    if language() not in (None, "french", "spanish", "italian", "portuguese"):
        return None
    for m in _NAME_RE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() > end or m.end() < start:
            continue
        full = _trim(re.sub(rf"^{_ARTICLE}", "", m.group()))
        full = _reaching(re.sub(rf"^{_ARTICLE}", "", m.group()), name, full)
        if m.group()[:1].isupper() and full[:1].islower() and not re.search(rf"\s{_OF}\s", full):
            continue  # "Le syndicat Unia" opening a sentence: the name after the noun is it
        if (
            re.sub(rf"^{_ARTICLE}", "", name, flags=re.I) in full  # ("Le Syndicat": the article)
            and len(full) > len(name)
            and any(w[:1].isupper() for w in full.split())
        ):
            return full
    return None


def name_opening(text: str, at: int, end: int) -> str | None:
    """The Romance name that opens at ``at`` on a capitalized head noun, read on through its
    adjectives and complements before ``end``: "Institut cantonal de la statistique" out of
    "L'Institut cantonal de la statistique a publié …"; None when nothing follows the head."""
    line_end = text.find("\n", at, end)  # (a lower-case head's name ends with its line)
    low_end = end if line_end < 0 else line_end
    m = _OPENING_RE.match(text, at, end) or _LOW_OPENING_RE.match(text, at, low_end)
    if m is None:
        return None
    name = _trim(m.group())
    if name[:1].islower() and not any(w[:1].isupper() for w in name.split()):
        return None  # (a head in lower case: "ministère de la Santé publique", named only so)
    return name if " " in name else None


def institution_subject(text: str, start: int, verb_at: int) -> tuple[int, int] | None:
    """The institution a Romance sentence opening at ``start`` names as the subject of the
    verb at ``verb_at``, only auxiliaries and adverbs between: "Le ministère de la Culture et
    du Patrimoine historique a salué « … »" (a lower-case word ending the name)."""
    m = _NAME_RE.match(text, start, verb_at)
    if m is None or language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    name = _trim(m.group())
    if not m.group().startswith(name) or not any(w[:1].isupper() for w in name.split()[1:]):
        return None
    between = text[m.start() + len(name) : verb_at].split()
    if any(w not in nm.AUXILIARIES and w not in nm.ADVERBS for w in between):
        return None
    return m.start(), m.start() + len(name)


def institution_phrase(text: str, start: int, phrase: str) -> str | None:
    """The name (without its article) of the institution a speaker phrase at ``start`` is all
    of: "Le ministère de la Culture et du Patrimoine historique" -> "ministère de la Culture
    et du Patrimoine historique" (a capitalized word after its head noun); else None."""
    m = _NAME_RE.match(text, start, start + len(phrase))
    if m is None or language() not in ("french", "spanish", "italian", "portuguese"):
        return None
    name = _trim(re.sub(rf"^{_ARTICLE}", "", m.group()))
    if not phrase.endswith(name) or not any(w[:1].isupper() for w in name.split()[1:]):
        return None
    return name


_ARTICLE_WORDS = frozenset("La Il El Lo Le Los Las".split())


def without_article(text: str, name: str | None, pos: int) -> str | None:
    """An organisation's name as found, without a Spanish or Italian article it was read with,
    read on through its lower-case words ("La Protezione" -> "Protezione civile regionale"
    out of "La Protezione civile regionale ha …")."""
    if name is None or " " not in name or name.split()[0] not in _ARTICLE_WORDS:
        return name
    if language() not in ("spanish", "italian"):
        return name
    at = text.rfind(name, 0, pos)
    bare = name.split(" ", 1)[1]
    if at < 0:
        return bare
    return name_opening(text, at + len(name) - len(bare), pos) or bare


# Spanish and Italian "of" fused with an article, opening the phrase after a noun of speech
FUSED_OF = {
    ("del", "italian"): "il",
    ("della", "italian"): "la",
    ("dello", "italian"): "lo",
    ("del", "spanish"): "el",
}
# a Spanish or Italian body's name whose capitalized words are joined by "de la", "y", "para
# los", "dell'": "Cofradía de Pescadores de Punta X", "Correos y Telégrafos del Estado",
# "Agencia de la ONU para los Refugiados", "Cassa di Risparmio dell'Appennino"
_CAP_RUN = r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*"
_JOIN = (
    r"(?:de\s+la|de\s+las|de\s+los|del|de|y|e|para\s+(?:el|la|los|las)|per\s+(?:il|la|i|le|gli)"
    r"|di|della|delle|dei|degli|dello)\s+|dell['’]|de\s+l['’]"
)
_JOINED_AFTER_RE = re.compile(rf"(?:\s+|(?=dell['’]|de\s+l['’])\s*)?(?:{_JOIN})({_CAP_RUN})")
_JOINED_BEFORE_RE = re.compile(rf"({_CAP_RUN})\s+(?:{_JOIN})$")
_LEADING_ARTICLE_RE = re.compile(r"^(?:El|La|Los|Las|Il|Lo|I|Gli|Le|L['’])\s*(?=[A-ZÀ-Ý])")


def joined_name(text: str, at: int, name: str, first_names: frozenset[str]) -> str | None:
    """The whole Spanish or Italian body's name that ``name`` (written at ``at``) is part of,
    read back and on over the words that join its capitalized words ("La Agencia de la ONU
    para los Refugiados" for "Refugiados"), without an article; None when it is no longer, when
    a join would take in a person ("y Ana X"), or in other languages."""
    if language() not in ("spanish", "italian"):
        return None
    begin = text.find(name, at, at + len(name) + 40)
    if begin < 0:
        return None
    end = begin + len(name)
    for _ in range(4):
        m = _JOINED_BEFORE_RE.search(text, max(0, begin - 60), begin)
        if m is None or m.end() != begin or "\n" in m.group():
            break
        begin = m.start()
    for _ in range(4):
        m = _JOINED_AFTER_RE.match(text, end)
        if m is None or "\n" in m.group() or nm.bare(m.group(1).split()[0]) in first_names:
            break
        end = m.end()
    full = _LEADING_ARTICLE_RE.sub("", text[begin:end])
    bare = _LEADING_ARTICLE_RE.sub("", name)
    return full if len(full) > len(bare) and bare in full else None


_ARTICLE_ONE_WORD_RE = re.compile(r"^(?:(?:El|La|Il|Lo)\s+|L['’]\s?)([A-ZÀ-Ý][\w'’-]+)$")


def longer_body(text: str, pos: int, name: str | None) -> str | None:
    """A Spanish or Italian body shown by its article and one word ("El Almenara", "Il
    Borgorosso": a headline's or a fan's short name) that the text named in full before ``pos``
    ("La Unión Deportiva Almenara anunció …"): that full name, capitalized words before the one
    word, no first name among them; else ``name`` as it was."""
    m = _ARTICLE_ONE_WORD_RE.match(name or "")
    if m is None or language() not in ("spanish", "italian"):
        return name
    word = re.escape(m.group(1))
    best = None
    pattern = re.compile(rf"((?:[A-ZÀ-Ý][\w'’.-]*\s+){{1,4}}){word}\b")
    for full in pattern.finditer(text, max(0, pos - REACH_BACK), pos):
        words = full.group().split()
        while words and words[0] in ("El", "La", "Il", "Lo", "Los", "Las"):
            words = words[1:]
        if len(words) < 2 or any(nm.bare(w) in FIRST_NAMES for w in words[:-1]):
            continue
        if any(w.endswith(".") and "." not in w[:-1] and len(w) > 4 for w in words[:-1]):
            continue  # "… in via dei Mulini. La Soprintendenza": a sentence's end, no initials
        if best is None or len(words) > len(best):
            best = words
    return " ".join(best) if best is not None else name


def club_name(words: list[str], named: str | None = None) -> str | None:
    """A sports club's name opening on its legal form in capitals: all the words, the form a
    part of the name ("US Monteverde", "CD Numancia" in Romance text; "FC Lindewijk", "SV
    Ahrenfeld 05" in German or Dutch text); a club, school or society whose name opens on its
    initials when the rest of the phrase is all of the name ``named`` the rules read in it (no
    person): "HC Val-Terbi", "KZC Oosterzele", "OSG De Wilgenhof", not "Val-Terbi"; else
    None."""
    if len(words) > 1 and words[0] in CLUB_FORMS and romance_text():
        return " ".join(words)
    if len(words) in (2, 3) and words[0] in GERMANIC_CLUB_FORMS and language() in _GERMANIC:
        return " ".join(words)
    if (
        named is not None
        and len(words) > 1
        and _INITIALS_RE.fullmatch(words[0])
        and words[0].lower() not in PERSON_INITIALS
        and " ".join(words[1:]) == named
    ):
        return " ".join(words)
    return None


_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# initials that stand before a person's name, never a body's ("CEO Ann X", "MC Tico", "DJ Rui")
PERSON_INITIALS = frozenset("ceo cfo coo cto pdg dg md mp pm dj mc dt ct ad gm rn np".split())
_GERMANIC = ("german", "dutch")
