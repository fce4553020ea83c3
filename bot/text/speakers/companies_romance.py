"""The company a Romance business noun stands for when no organisation was recognised
(private to the speaker modules, through ``orgs_romance``): "A Vidraria Lusitana registou …"
then "anunciou a empresa"; Spanish "Talleres Ondarreta Hermanos despidió …" then "la empresa
asegura"."""

from __future__ import annotations

import re

from bot.text.speakers import names as nm
from bot.text.speakers.epithets import REACH_BACK
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

# Romance common nouns for an organisation, which news uses for one named just before:
# "El fondo, X Partners, … La firma aseguró …", "MétéoSuisse a … L'office fédéral a précisé"
ROMANCE_ORG_NOUNS = frozenset(
    """
    firma empresa compañía entidad organismo institución sociedad corporación fundación
    asociación agencia servicio ministerio consejería fondo cadena aerolínea
    holding textil minera petrolera naviera constructora aseguradora cervecera farmacéutica
    société entreprise compagnie organisme institution office agence association fondation
    service ministère fonds enseigne
    azienda società ente organismo istituto fondazione associazione agenzia
    companhia instituição órgão fundação associação agência
    """.split()
)
ROMANCE_DEFINITE = frozenset("el la le il lo o a".split())
# the same for a body of any kind, which a text names in full once and then by this noun alone:
# "L'Institut national de la météo a … l'institut précise", "o sindicato", "el ministerio",
# "l'ente", "la compagnia"
ROMANCE_BODY_NOUNS = ROMANCE_ORG_NOUNS | frozenset(
    """
    syndicat institut ministère conseil direction groupe fédération commission préfecture
    mairie parquet caisse observatoire autorité confédération collectif rectorat inspection
    police gendarmerie municipalité
    sindicato instituto consejo dirección grupo federación comisión ayuntamiento fiscalía
    confederación observatorio autoridad
    sindacato istituto ministero consiglio direzione gruppo federazione commissione procura
    ente istituzione organizzazione compagnia confederazione osservatorio autorità
    ministério conselho direção federação comissão procuradoria secretaria prefeitura
    sindicato órgão entidade organização empresa sociedade observatório autoridade governo
    delegação inspeção inspecção câmara autarquia polícia
    universidad consistorio cartera università ateneo dicastero amministrazione cooperativa
    club pasta dependencia direttivo
    banque banco banca mutuelle chambre caixa cassa caja
    opposition oposição opposizione oposición
    giunta conselleria assessorato coordinamento coordinadora delegación gobierno alcaldía
    diputación junta comitato comité ufficio oficina
    cofradía hermandad confraternita confrérie confraria
    sezione sección seção coalizione coalición coalizão piattaforma plataforma plateforme
    """.split()
)
# a bank's or a mutual's noun: with none of that kind named before, "la banque" speaks as
# written, never the person named last
BANK_NOUNS = frozenset("banque banco banca mutuelle caixa cassa caja".split())
# nouns for a business, which stands for the company named before whatever its name says
# ("Durandal SA … l'entreprise a précisé"), but never for a union or an agency named there
COMPANY_NOUNS = frozenset(
    """
    entreprise société groupe compagnie enseigne firma empresa compañía sociedad grupo
    azienda società gruppo compagnia companhia sociedade cooperativa club holding
    """.split()
)


# French and Portuguese news a person's name takes no article, a company's does ("A Vidraria
# Lusitana registou …", "La Biscuiterie Morvan a annoncé …"); a one-word name too, opening
# its sentence or after a fronted phrase ("Procurada, a Finvia enviou uma nota …", "A
# Cortiçarte, com sede em X, anunciou …")
_ARTICLE_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(A|O|La|Le|a|o|la|le) ((?:[A-ZÀ-Ý][\w'’-]+ ?){1,4}"
    # (and a name going on over "do"/"de": "a Portos do Litoral Norte. …, a empresa")
    r"(?:(?:do|da|dos|das|de|du|des) (?:[A-ZÀ-Ý][\w'’-]+ ?){1,3})?)"
    r"(?=\s+[a-zà-ÿ]|,|\.(?:\s|$))",
    re.M,
)
_FEMININE_NOUNS = frozenset(
    "entreprise société compagnie enseigne empresa sociedade companhia".split()
)


def subject_company(noun: str, text: str, pos: int) -> str | None:
    """The company a French or Portuguese business noun ("a empresa", "l'entreprise", "le
    groupe") stands for when no organisation was recognised: the nearest sentence within
    ``REACH_BACK`` before ``pos`` that opens on an article of the noun's gender and two or more
    capitalized words, none a first name, a place or another kind of body ("A Vidraria
    Lusitana registou lucros …" then "anunciou a empresa")"""
    if noun not in COMPANY_NOUNS:
        return None
    if language() == "spanish":
        return _bare_subject_company(text, pos)
    if language() not in ("french", "portuguese"):
        return None
    articles = ("A", "La") if noun in _FEMININE_NOUNS else ("O", "Le")
    found = fallback = last_resort = None
    opening = False  # (a sentence opening on an article and a name, even one read past)
    for m in _ARTICLE_NAME_RE.finditer(text, max(0, pos - REACH_BACK), pos):
        words = m.group(2).split()
        opening = opening or m.group(1)[0].isupper()
        if m.group(1).capitalize() not in articles:
            continue
        if text.startswith(".", m.end()):
            # a name closing its sentence ("…, a Portos do Litoral Norte."): the body only
            # when no sentence opens on one ("A Vidraria X vai fechar … a outra unidade do
            # grupo, a Cristais Y." is Vidraria X's)
            last_resort = " ".join(words)
            continue
        if nm.bare(words[0]) in FIRST_NAMES or nm.is_place(words) or nm.is_place(words[:1]):
            continue
        if len(words) == 1 and nm.bare(words[0]) in nm.STOPWORDS:
            continue  # ("Ontem, a Ele …": no name)
        if {nm.bare(w) for w in words} & (ROMANCE_BODY_NOUNS - COMPANY_NOUNS):
            continue  # "A Câmara Municipal", "Le Syndicat des …": no company
        if any(w.lower() in nm.ROLES_EU or w.lower() in nm.TITLES for w in words):
            continue  # "O Presidente Lula", "Le Premier ministre": a person
        # (a one-word name after a fronted phrase, "Procurada, a Finvia enviou …", only when
        # no sentence opens on a company's name: "A Sonae abriu … Questionada, a Deco alertou
        # …" is still Sonae's)
        if len(words) > 1 or m.group(1)[0].isupper():
            found = " ".join(words)
        else:
            fallback = " ".join(words)
    return found or fallback or (None if opening else last_resort)


# a sentence opening on two to four capitalized words and then a lower-case word: a Spanish
# company's name takes no article ("Viña Cordillera Austral cerró el trimestre …", "Atalaya
# Residencial asegura …")
_BARE_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-ZÀ-Ý][\w'’-]+ ){1,3}[A-ZÀ-Ý][\w'’-]+)(?=\s+[a-zà-ÿ])", re.M
)


def _bare_subject_company(text: str, pos: int) -> str | None:
    """The company a Spanish business noun ("la compañía", "la empresa", "la firma") stands for
    when no organisation was recognised: the nearest sentence within ``REACH_BACK`` before
    ``pos`` that opens on a name of two to four capitalized words, none an article, an opener,
    a first name, a place, a role or another kind of body ("Talleres Ondarreta Hermanos
    despidió ayer a … En un comunicado, la empresa asegura que «…»")"""
    found = None
    for m in _BARE_NAME_RE.finditer(text, max(0, pos - REACH_BACK), pos):
        words = m.group(1).split()
        lows = {nm.bare(w).lower() for w in words}
        if words[0].lower() in ROMANCE_DEFINITE or words[0].lower() in ("los", "las"):
            continue  # "La Comisión Nacional …": a body, read by ``body_by_kind``
        if any(nm.romance_opener(w) or w.lower() in nm.STOPWORDS for w in words):
            continue  # "Según Datos Abiertos", "En Villa Alta": no name opening the sentence
        if nm.bare(words[0]) in FIRST_NAMES or nm.is_place(words) or nm.is_place(words[:1]):
            continue
        if lows & (ROMANCE_BODY_NOUNS - COMPANY_NOUNS):
            continue  # "Consejería de Salud", "Ayuntamiento Pleno": no company
        if any(w in nm.ROLES_EU or w in nm.TITLES for w in lows):
            continue  # "Presidente Ruiz": a person
        found = " ".join(words)
    return found
