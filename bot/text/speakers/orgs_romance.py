"""Bodies a Romance text names by a common noun, a kind or a club (private to the speaker
modules): "El fondo, X Partners, … La firma aseguró …", "MétéoSuisse a … L'office fédéral a
précisé", "le gouvernement" for the executive named before, a club opening on its legal form.
The English and general organisation rules are in ``orgs``, the German and Dutch ones in
``orgs_germanic``.
"""

from __future__ import annotations

import bisect
import re

from bot.text.speakers import names as nm
from bot.text.speakers.companies_romance import (
    COMPANY_NOUNS,
    ROMANCE_BODY_NOUNS,
    ROMANCE_DEFINITE,
    ROMANCE_ORG_NOUNS,
    subject_company,
)
from bot.text.speakers.epithets import REACH_BACK
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.institutions import INSTITUTION_HEADS
from bot.text.speakers.reading import language

# Spanish and Italian nouns for a body whose full name opens on another head noun: "la
# Universidad de X … la casa de estudios", "L'Università di X … l'ateneo", "el Ayuntamiento de
# X … el consistorio", "il Ministero della Salute … il dicastero"
_KIND_HEADS = {
    "ateneo": ("Università", "Politecnico", "Ateneo"),
    "consistorio": ("Ayuntamiento",),
    "cartera": ("Ministerio",),
    # "a Secretaria de Estado da Saúde … A pasta ressaltou …" (Portuguese)
    "pasta": ("Ministério", "Secretaria"),
    "dicastero": ("Ministero",),
    # "A Câmara Municipal de X … a autarquia reconhece", "la mairie de X … la municipalité"
    "autarquia": ("Câmara", "Município", "Prefeitura"),
    "municipalité": ("Mairie", "Ville"),
    # "Il Comune di X … In una nota, l'amministrazione ricorda …"
    "amministrazione": ("Comune", "Regione", "Provincia"),
    # a savings bank or a credit bank is a bank: "La Caixa Agrícola de X … disse o banco"
    "banque": ("Caisse",),  # (not "Crédit": "le Crédit d'impôt recherche")
    "banco": ("Caixa", "Caja", "Crédito"),
    "banca": ("Cassa", "Credito"),
}


def romance_article(word: str) -> bool:
    """True when ``word`` is read as a Romance article here: in Romance text, or in text of
    no plain language unless it is "a" or "o" (English "a service", Portuguese "o serviço")."""
    lang = language()
    if lang in ("french", "spanish", "italian", "portuguese"):
        return True
    return lang is None and word.lower() not in ("a", "o")


def body_noun(words: list[str]) -> str | None:
    """The common noun for a body a Romance speaker phrase is, or None: a definite article
    and the noun, with at most two lower-case adjectives after it: "La firma", "el
    organismo", "L'office fédéral", "a entidade reguladora" -> "firma", "organismo", …"""
    if not words:
        return None
    first = words[0]
    if first[:2].lower() in ("l'", "l’") and len(first) > 2:
        words = [first[:2], first[2:], *words[1:]]
    elif first.lower() not in ROMANCE_DEFINITE:
        return None
    rest = words[1:]
    if (
        romance_article(words[0])
        and 1 <= len(rest) <= 3
        and rest[0].lower() in ROMANCE_BODY_NOUNS
        and all(w.isalpha() and w.islower() for w in rest)
    ):
        return rest[0].lower()
    return None


_KIND_OF = frozenset("de du des da do das dos".split())


def body_of_name(words: list[str]) -> str | None:
    """A French or Portuguese body by its kind with the name of whose it is ("le rectorat de
    Limoges", "la mairie de X", "o governo de Santa Catarina") as written without its article,
    or None: the body speaks, never the place."""
    if len(words) < 3 or len(words) > 8 or language() not in ("french", "portuguese"):
        return None
    if _bare_office(words):
        return " ".join(words)
    kind = body_noun(words[:2])
    if words[0][:2].lower() in ("l'", "l’") and len(words[0]) > 2:
        kind = body_noun(words[:1])  # "l'agence de X"
        words = [words[0][:2], words[0][2:], *words[1:]]
    if kind is None or len(words) < 4 or words[2] not in _KIND_OF:
        return None
    name = words[3:]
    if not name[0][:1].isupper() or not all(w[:1].isupper() or w in _KIND_OF for w in name):
        return None
    return " ".join(words[1:])


def _bare_office(words: list[str]) -> bool:
    """True for a French public office written in lower case with no article, its charge
    after "de": "ministère de la Santé", "préfecture de l'Aisne" (after "au …" or "dans un
    communiqué du …"); the office speaks as written, never its charge's word ("Santé")."""
    of = ("de", "du", "des")
    if language() != "french" or words[0] not in _LOW_HEADS or words[1] not in of:
        return False
    rest = [w for w in words[2:] if w not in ("la", "l'", "l’")]
    rest = [w[2:] if w[:2] in ("l'", "l’", "d'", "d’") else w for w in rest]
    return bool(rest) and all(w[:1].isupper() or w in of or w == "et" for w in rest)


def with_article(words: list[str]) -> list[str]:
    """A French office's noun alone, as a fronted "Au ministère, on assure …" gives it, with
    its article ("ministère" -> "le ministère"), to be read as the one named before; other
    words unchanged."""
    if language() == "french" and len(words) == 1 and words[0] in _LOW_HEADS:
        return ["la" if words[0].endswith(("ure", "ion")) else "le", words[0]]
    return words


def body_by_kind(
    words: list[str], text: str, pos: int, orgs: list[tuple[int, str, bool]]
) -> str | None:
    """The full name of the body a Romance phrase calls by its kind ("l'agence", "o
    instituto", "le syndicat", "la compagnia"), named before ``pos``, or None.

    News names a body in full once ("L'Agence régionale de l'eau Vallée-Blanche a annoncé …")
    and then by its head noun ("Dans un communiqué, l'agence précise …"): the nearest name
    within ``REACH_BACK`` characters that opens on that noun, read on through its adjectives
    and complements (``institutions.name_opening``). A business noun ("l'entreprise", "a
    empresa") also stands for the nearest organisation named before ``pos`` (``orgs``, the
    text's named organisations by position) whose name holds no other kind of body's noun:
    "Durandal SA", not "le Syndicat des horlogers" named between."""
    from bot.text.speakers.institutions import name_opening

    noun = body_noun(words)
    if noun is None:
        return None
    # (French writes a ministry or a prefecture in lower case: "le ministère de la Santé")
    low = (noun,) if language() == "french" and noun in _LOW_HEADS else ()
    heads = (noun[:1].upper() + noun[1:], *low, *_KIND_HEADS.get(noun, ()))
    head = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, heads))})\b")
    start = max(0, pos - REACH_BACK)
    found = None
    named: list[tuple[int, str]] = []
    for m in head.finditer(text, start, pos):
        name = name_opening(text, m.start(), pos)
        if name is not None and len(name.split()) >= 2:
            found = name
            named.append((m.start(), name))
    if _two_bodies(text, named):
        # "La Banque du Nord et la Banque populaire du Sud … a indiqué la banque": either;
        # the phrase as written, never the nearer one nor a person
        return " ".join(words)
    if found is None and noun in _ANY_BODY:
        found = _any_body_before(text, start, pos)
    if found is not None or noun not in COMPANY_NOUNS or noun == "club":
        return found  # ("el club" is a sports club: ``sports_club``, not any company before)
    k = bisect.bisect_left(orgs, (pos,))
    fits: list[str] = []
    for opos, name, _subject in reversed(orgs[max(0, k - 20) : k]):
        if opos < start:
            break
        first, _, rest = name.partition(" ")
        if first in ("El", "Il") and rest[:1].isupper() and language() in ("spanish", "italian"):
            name = rest  # "Il Pastificio X chiude …" opening its sentence, then "il gruppo"
        if fits_kind(noun, name) and name.split()[0].lower() not in ROMANCE_DEFINITE:
            fits.append(name)
    if fits:
        # the nearest named again in the reach (the story's company), else the nearest:
        # "Andalma informó … Andalma agregó … Para X, analista de la corredora Y, … la
        # compañía se limitó a" -> Andalma
        window = text[start:pos]
        return next((name for name in fits if window.count(name) > 1), fits[0])
    return subject_company(noun, text, pos)


def _two_bodies(text: str, named: list[tuple[int, str]]) -> bool:
    """True when the last body in ``named`` (positions and names) and another body's name
    before it, neither the other's start, stand in one sentence ("La Banque du Nord et la
    Banque populaire du Sud"; not "Banque du Nord" and "Banque du Nord SA", nor a body named
    sentences before the last one)."""
    if len(named) < 2:
        return False
    at, last = named[-1]
    for other_at, other in reversed(named[:-1]):
        if last.startswith(other) or other.startswith(last):
            continue
        gap = text[other_at:at]
        return not any(mark in gap for mark in (". ", "! ", "? ", "\n"))
    return False


# French public bodies written in lower case before their charge or place
_LOW_HEADS = frozenset("ministère préfecture secrétariat direction délégation".split())
# a sentence opening on a definite article and a name of two or more capitalized words: in
# head nouns of Spanish and Italian public bodies, for "la entidad", "l'ente", "el organismo"
_BODY_HEADS = (
    "Centro Inspección Servicio Agencia Dirección Secretaría Subdelegación Delegación"
    " Ministerio Instituto Consejo Comisión Fiscalía Defensoría Superintendencia Gobernación"
    " Intendencia Municipalidad Alcaldía Oficina Departamento Fundación Asociación Procuraduría"
    " Protezione Ufficio Agenzia Servizio Ministero Istituto Consiglio Direzione Procura"
    " Prefettura Questura Regione Dipartimento Ispettorato Consorzio Fondazione Associazione"
).split()
_BODY_HEAD_RE = re.compile(r"(?:\b(?:El|La|el|la)\s+|\b[Ll]['’])(" + "|".join(_BODY_HEADS) + r")\b")
# French and Portuguese head nouns of public bodies, for "l'organisme", "l'institution", "o
# organismo", "a instituição" (the body named before: "La Caisse régionale de X a confirmé …
# l'organisme précise", "A Unidade Local de Saúde de X garantiu … A instituição acrescenta",
# "confirmada pela Direção Executiva do SNS … o organismo afirma")
_BODY_HEADS_FR_PT = (
    "Agence Direction Service Institut Ministère Autorité Commission Conseil Office Caisse"
    " Inspection Fondation Association Centre Département Préfecture Observatoire"
    " Unidade Direção Direcção Serviço Serviços Agência Instituto Ministério Autoridade"
    " Comissão Conselho Inspeção Inspecção Fundação Associação Centro Departamento"
    " Secretaria Administração Entidade Observatório"
).split()
# (after an article, an elided one or a preposition fused with one: "pela Direção X")
_BODY_HEAD_FR_PT_RE = re.compile(
    r"(?:\b(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u|[Aa]|[Oo]|[Dd]a|[Dd]o|[Nn]a|[Nn]o|pela|pelo|à|ao)\s+"
    r"|\b[LlDd]['’])(" + "|".join(_BODY_HEADS_FR_PT) + r")\b"
)


def _any_body_before(text: str, start: int, pos: int) -> str | None:
    """The public body named last between ``start`` and ``pos`` by a capitalized head noun
    after its article: "El Centro Regional de Control Sanitario indicó … La entidad recordó",
    "La Protezione civile regionale … l'ente invita" (and the French and Portuguese heads:
    "A Unidade Local de Saúde de X … a instituição acrescenta")."""
    from bot.text.speakers.institutions import name_opening

    found = None
    french_pt = language() in ("french", "portuguese")
    for m in (_BODY_HEAD_FR_PT_RE if french_pt else _BODY_HEAD_RE).finditer(text, start, pos):
        found = name_opening(text, m.start(1), pos) or found
    return found


def fuller_body(text: str, pos: int, name: str) -> str | None:
    """The whole name a Spanish or Italian body named by its head noun alone ("según la nota
    de la Subdelegación") was given last before ``pos``: "la Subdelegación del Gobierno"."""
    if " " in name or name not in _BODY_HEADS or language() not in ("spanish", "italian", None):
        return None
    from bot.text.speakers.institutions import name_opening

    found = None
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}\b")
    for m in pattern.finditer(text, max(0, pos - REACH_BACK), pos):
        found = name_opening(text, m.start(), pos) or found
    return found


def fits_kind(noun: str, name: str) -> bool:
    """True when a body called ``noun`` may be the one named ``name``: the name holds no
    noun of another kind of body ("l'agence" is no "Syndicat des horlogers", "la société"
    is "Durandal SA" or "Groupe Durandal")."""
    if noun in _ANY_BODY:
        return True  # "l'organisme", "o órgão": a body of any kind
    kinds = {nm.bare(w) for w in name.split()} & ROMANCE_BODY_NOUNS
    if noun in COMPANY_NOUNS and {nm.bare(w).lower() for w in name.split()} & NO_COMPANIES:
        return False  # "la empresa" is no "Audiencia Provincial" named before
    if noun in _PUBLIC_OFFICES:
        return noun in {nm.bare(w).lower() for w in name.split()}
    return (
        not kinds
        or noun in kinds
        or (noun in COMPANY_NOUNS and kinds <= COMPANY_NOUNS | _BUSINESS_KINDS)
    )


# courts, public offices, unions and associations (Romance, German and Dutch) whose names the
# body nouns miss: never a company
NO_COMPANIES = frozenset(
    "tribunal tribunale juzgado audiencia corte cour comune gouvernement fiscalía policía"
    " polizia guardia université universidade universidad università hospital ospedale hôpital"
    " prefettura questura regione región région provincia parlamento senado assemblea"
    " ministerio ministero ministère ministério ayuntamiento câmara gobierno governo mairie"
    " sindicato sindacato syndicat asociación associazione association associação vakbond"
    " gewerkschaft gemeente gemeinde politie polizei vereniging verband".split()
)


# the trade a company's name may open on, which keeps it a company: "a Aerolínea Atlântica
# Sul" is "a companhia", "Naviera del Cantábrico" is "la empresa"
_BUSINESS_KINDS = frozenset(
    "aerolínea textil minera petrolera naviera constructora aseguradora cervecera farmacéutica"
    " cadena holding".split()
)


# the state's local offices, which a text names by the noun alone for the one of the place it is
# about: "la préfecture" is no "Union des agriculteurs" named before, only a "Préfecture de …"
_PUBLIC_OFFICES = frozenset(
    """
    préfecture mairie parquet rectorat inspection gendarmerie police
    prefeitura câmara autarquia procuradoria polícia delegação inspeção inspecção
    """.split()
)


# nouns for a body of any kind ("la dependencia": a public body, in Mexican news above all)
_ANY_BODY = frozenset(
    """
    organisme institution entité organismo institución entidad ente istituzione
    organizzazione órgão entidade instituição organização
    dependencia
    """.split()
)
ANY_BODY = _ANY_BODY


_AFTER_ORG_NOUN_RE = re.compile(
    r"(?<![\w'’])(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Ll]o|[Oo]|[Aa])\s+|[lL]['’])("
    + "|".join(sorted(ROMANCE_ORG_NOUNS))
    + r")(?:\s+[^\W\d_A-ZÀ-Ý][\w-]*){0,2}\s*,?\s*$"
)
_OF = frozenset("de del du des di della da do dos das".split())


def after_org_noun(text: str, pos: int, first: str) -> bool:
    """True when the name at ``pos`` follows a Romance common noun for an organisation in
    apposition: "El fondo, Harwell Agri Partners,", "la compañía aérea Vuelaya", "la société
    Durandal" (an organisation's name, not a person's; but "el presidente de la compañía,
    Ana Ruiz" is a person, and so is a first name after it)."""
    if nm.bare(first) in FIRST_NAMES:
        return False
    m = _AFTER_ORG_NOUN_RE.search(text, max(0, pos - 60), pos)
    if m is None or not romance_article(m.group(0).split()[0]):
        return False
    before = text[max(0, m.start() - 12) : m.start()].split()
    return not before or nm.bare(before[-1]) not in _OF


def org_named(text: str, words: list[str], pos: int) -> bool:
    """``after_org_noun`` for the name words of a run found at or after ``pos``."""
    at = text.find(words[0], pos) if words else -1
    return at >= 0 and after_org_noun(text, at, words[0])


# a French executive body named in full, which the text then calls "le gouvernement" or
# "l'exécutif": "Le Conseil d'État vaudois a débloqué … le gouvernement se dit …", "le
# Conseil fédéral", "le Gouvernement wallon", "le Collège communal"
_EXECUTIVE_RE = re.compile(
    r"(?<![\w'’-])(?:Conseil d['’]État|Conseil fédéral|Conseil exécutif|Conseil-exécutif"
    r"|Gouvernement|Collège communal|Collège des bourgmestre et échevins)\b"
)
_EXECUTIVE_WORDS = frozenset(("le gouvernement", "l'exécutif", "l’exécutif"))
# a regional adjective after the name that the institution reader leaves out ("valaisan",
# "wallon", "jurassien", "genevois")
_REGIONAL_RE = re.compile(r" ([a-zà-ÿ]+(?:an|on|ien|ois|ais))\b")


def executive_by_kind(words: list[str], text: str, pos: int) -> str | None:
    """The French executive body a phrase "le gouvernement" or "l'exécutif" stands for: the
    nearest one named in full before ``pos`` within ``REACH_BACK`` characters, or None (in
    other languages, or when the text names no such body: then it is the phrase itself)."""
    from bot.text.speakers.institutions import name_opening

    if language() != "french" or " ".join(words).lower() not in _EXECUTIVE_WORDS:
        return None
    found = None
    for m in _EXECUTIVE_RE.finditer(text, max(0, pos - REACH_BACK), pos):
        name = name_opening(text, m.start(), pos) or m.group()
        tail = _REGIONAL_RE.match(text, m.start() + len(name), pos)
        if tail is not None:
            name += tail.group()
        if " " in name:
            found = name
    return found


# words that mark a sports club's name, before it ("Atletico Taranto", "Real Sierra") or after it
# ("Zurriola Basket", "Sestri FC"); not a state's or a union's ("Casa Real", "Unión Europea")
_CLUB_FIRST = "Atletico|Atlético|Deportivo|Sporting|Racing|Real|Unión|Club"
_CLUB_LAST = "Basket|Calcio|Volley|Club|CF|FC"
_NOT_CLUBS = "Europea|Academia|Decreto|Audiencia|Casa|Orden|Sociedad|Instituto"
_CLUB_RE = re.compile(
    rf"(?:(?:{_CLUB_FIRST}) (?!(?:{_NOT_CLUBS})\b)[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?"
    rf"|[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:{_CLUB_LAST}))\b"
)


def sports_club(text: str, pos: int) -> str | None:
    """The one sports club a Spanish or Italian text names before ``pos`` by a name holding a
    club word ("l'Atletico Taranto … il club ringrazia", "el Zurriola Basket … El club
    informó"); None when it names none or several."""
    if language() not in ("spanish", "italian"):
        return None
    names = {m.group() for m in _CLUB_RE.finditer(text, max(0, pos - REACH_BACK), pos)}
    return names.pop() if len(names) == 1 else None


# head nouns of a body whose name opens on an elided article: "L’Association des …",
# "L'Unione degli …", "L’Ordre des …"
_ELIDED_BODY_HEADS = INSTITUTION_HEADS | frozenset("union unione office ordre ordine".split())


def elided_body(toks: list[tuple[str, int, int]], k: int) -> bool:
    """True for a French or Italian body's capitalized head noun on its elided article at token
    ``k``, opening a phrase (the sentence, or after a comma), as "La Société des pêcheurs"
    opens one: "L’Association des riverains du port estime", "L'Unione degli artigiani
    sostiene", "In una nota, l'Ufficio parla di"; not "le président de l’Association", where
    the body is a complement of the person's title."""
    w = toks[k][0]
    return (
        w[:2].lower() in ("l'", "l’")
        and w[2:3].isupper()
        and w[2:].lower() in _ELIDED_BODY_HEADS
        and language() in ("french", "italian")
        and (k == 0 or not toks[k - 1][0][:1].isalpha())
    )
