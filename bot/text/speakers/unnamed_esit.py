"""Spanish and Italian speakers the text does not name (private to the speaker modules; the
French and Portuguese ones are in ``unnamed``).

"Un vecino jubilado, que prefiere no dar su nombre, …", "una residente di via X": the
description of someone unnamed as written from its indefinite article, with an adjective, an
age and a complement of place that ends on a name.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers.np_bounds import participle_phrase
from bot.text.speakers.reading import language
from bot.text.speakers.rough_ages import about_age

# Spanish and Italian: the description of someone unnamed as written from its indefinite
# article ("Un vecino jubilado, que prefiere no dar su nombre, …", "una residente di via Roma",
# "Un socio di 82 anni, con …", "una cameriera del locale di corso X Y aveva raccontato")
_ESIT_ARTICLES = frozenset("un una uno un' un’".split())
_ESIT_OF = frozenset("de del di della dello dei degli delle".split())
_ESIT_AGE = frozenset("años anni".split())
# lower-case words that open a complement's own place name ("di via Roma", "del quartiere X")
_ESIT_PLACE_WORDS = frozenset(
    "via corso piazza viale vicolo largo quartiere rione borgo frazione calle avenida plaza"
    " barrio colonia paseo pueblo localidad asociación associazione locale bar club"
    " comunidad comunità parroquia parrocchia colegio scuola escuela".split()
)
_ESIT_ARTICLES_MID = frozenset("el la los las il lo la i gli le l' l’".split())
# verb endings no adjective after the noun has ("observaba", "aveva", "scuoteva", "recibió")
# (nor a gerund: "una signora uscendo dal negozio")
_VERB_ENDS = ("aba", "ía", "ó", "ava", "eva", "iva", "ò", "è", "ará", "erá", "irá", "à", "ndo")
_MAX_DESCRIPTION = 9
# adjectives written before the noun of someone unnamed ("un joven agricultor", "una giovane
# delegata", "un viejo pescador", "un anziano contadino"): the noun after them is kept too
_BEFORE_NOUN_ESIT = frozenset(
    "joven jóvenes viejo vieja anciano anciana giovane vecchio vecchia anziano anziana".split()
)


def unnamed_esit(text: str, pos: int) -> str | None:
    """The Spanish or Italian description of someone unnamed that opens at ``pos`` on an
    indefinite article, as written: the noun, one adjective after it ("un vecino jubilado",
    "una migrante venezolana"), an age ("Un socio di 82 anni") and a complement of place
    that ends on a capitalized name ("una residente di via Roma", "una cameriera del locale
    di corso X"); not a relative clause, a comma, a verb, a complement that names no place
    ("un camarero de uno de los bares de la plaza" -> "un camarero"). None when no article
    opens there or a capital follows it (a name, read elsewhere)."""
    if language() not in ("spanish", "italian"):
        return None
    words = text[pos : pos + 160].split("\n", 1)[0].split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in ("un'", "un’") or first[:3] in ("un'", "un’"):
        head = words[0][3:]
        words = [words[0][:3], head, *words[1:]] if head else words
    elif first not in _ESIT_ARTICLES:
        return None
    noun = words[1].rstrip(",;:.")
    if (
        not noun.isalpha()
        or not noun.islower()
        or noun in _NOT_PEOPLE_ESIT
        or noun in _ESIT_OF  # "uno dei giocatori": "one of", no article
        or noun in _SPOKES_ESIT  # "un portavoz de X": the body speaks (read elsewhere)
        or (noun in _DELEGATES_ESIT and words[2:3] and words[2].lower() in _ESIT_OF)
    ):
        return None
    kept = words[:2]
    if words[1] != noun or noun in ("altro", "altra", "otro", "otra"):
        return _shown(kept)  # ("Un altro ribatte": "another one", no noun to describe)
    k = 2
    if noun in _BEFORE_NOUN_ESIT and k < len(words) and _adjective(words[k], any_end=True):
        # an adjective before its noun: "un joven agricultor", "una giovane delegata"
        kept.append(words[k].rstrip(",;:."))
        if words[k][-1] in ",;:.":
            return _shown(kept)
        k += 1
    if (
        k < len(words)
        and _adjective(words[k])
        # (not a participle opening a phrase of its own: "una passeggera arrivata da Milano")
        and not participle_phrase(
            words[k], words[k - 1], words[k + 1] if k + 1 < len(words) else ""
        )
    ):
        kept.append(words[k].rstrip(",;:."))
        if words[k][-1] in ",;:.":
            return _shown(kept)
        k += 1
    while k < len(words) and len(kept) < _MAX_DESCRIPTION:
        if about := about_age(words, k):
            kept += [w.rstrip(",;:.") for w in words[k:about]]  # "sulla sessantina"
            if words[about - 1][-1] in ",;:.":
                break
            k = about
            continue
        low = words[k].lower()
        if low not in _ESIT_OF:
            break
        nxt = words[k + 1 : k + 3]
        if len(nxt) == 2 and nxt[0].isdigit() and nxt[1].rstrip(",;:.") in _ESIT_AGE:
            kept += [words[k], nxt[0], nxt[1].rstrip(",;:.")]  # "de 29 años"
            if nxt[1][-1] in ",;:.":
                break
            k += 3
            continue
        place = _place_complement(words, k) or _definite_complement(words, k)
        if not place:
            break
        kept += [w.rstrip(",;:.") for w in words[k:place]]
        if words[place - 1][-1] in ",;:.":
            break
        k = place
    return _shown(kept)


def _shown(kept: list[str]) -> str:
    article = kept[0].lower()
    if article[-1] in "'’":
        return " ".join([article + kept[1], *kept[2:]])  # "un'anziana"
    return " ".join([article, *kept[1:]])


def _adjective(word: str, any_end: bool = False) -> bool:
    """True for a lower-case word after the noun that can be its adjective ("jubilado",
    "venezolana", "anziano"): not a verb form, a preposition or a relative. With ``any_end``,
    the noun after an adjective before it ("joven agricultor", "giovane pescatore")."""
    bare = word.rstrip(",;:.")
    return (
        bare.isalpha()
        and bare.islower()
        and len(bare) > 3
        and bare not in _ESIT_OF
        and bare not in _CLAUSE_WORDS_ESIT
        and bare not in _FUSED_PREPOSITIONS  # "un cliente sulla sessantina": no adjective
        and not bare.endswith(_VERB_ENDS)
        and (any_end or bare[-1] in "oaes" or bare in _CONSONANT_ADJECTIVES)
    )


# Italian prepositions fused with an article ("sulla", "nella", "alla"): never an adjective
_FUSED_PREPOSITIONS = frozenset(
    "sulla sulle sullo sul sui sugli nella nelle nello nel nei negli alla alle allo ai agli"
    " dalla dalle dallo dai dagli colla".split()
)


# adjectives after a person noun that end on a consonant ("una vecina mayor", "un hombre joven")
_CONSONANT_ADJECTIVES = frozenset("mayor mayores menor joven jóvenes local rural habitual".split())


def _place_complement(words: list[str], k: int) -> int:
    """The end (exclusive) of a complement of place at ``k`` ("di via Roma", "del locale di
    corso X Y", "de la asociación X"): up to four lower-case words (a place noun among them)
    then a capitalized name, or a town's name right after a bare "de" or "di" ("un
    agricultor de Carcaixent", "una delegata di Pieve Alta"); 0 when none ends so."""
    j = k + 1
    seen_place = False
    while j < len(words) and j - k <= 5:
        w = words[j].rstrip(",;:.")
        if w[:1].isupper():
            if not seen_place and not (j == k + 1 and words[k].lower() in ("de", "di")):
                return 0  # (a town takes no article: "de Carcaixent", not "de la infancia de X")
            while j + 1 < len(words) and words[j][-1] not in ",;:." and words[j + 1][:1].isupper():
                j += 1
            return j + 1
        if w in _ESIT_PLACE_WORDS:
            seen_place = True
        elif not (w in _ESIT_ARTICLES_MID or w in _ESIT_OF or w.isalpha()):
            return 0
        if words[j][-1] in ",;:.":
            return 0
        j += 1
    return 0


# a preposition fused with a definite article ("del hospital", "della zona"), or "de" and one
_FUSED_OF = frozenset("del della dello dell' dell’".split())


def _definite_complement(words: list[str], k: int) -> int:
    """The end (exclusive) of a complement of one lower-case noun with a definite article at
    ``k``, the place or the body the person belongs to, closing the description: "un médico
    del hospital, que …", "Un allevatore della zona,", "una vecina de la familia, jubilada";
    not a time ("de la mañana"), nor a noun going on ("de uno de los bares de la plaza")."""
    low = words[k].lower()
    if low in ("de", "di") and k + 1 < len(words) and words[k + 1] in ("la", "los", "las", "el"):
        j = k + 2
    elif low in _FUSED_OF:
        j = k + 1
    elif low[:5] in ("dell'", "dell’") and len(low) > 5:
        j = k  # "dell'ospedale": the noun fused with its article
    else:
        return 0
    if j >= len(words):
        return 0
    noun = words[j].rstrip(",;:.")
    if j == k:
        noun = noun[5:]
    if not (noun.isalpha() and noun.islower()) or noun in _NOT_PEOPLE_ESIT or noun in _ESIT_OF:
        return 0
    after = words[j + 1] if j + 1 < len(words) else ""
    if words[j][-1] in ",;:." or (after.islower() and after not in _ESIT_OF):
        return j + 1  # (a comma, a relative clause or the verb after it)
    return 0


# (and the prepositions of where or when it was said: "gritó un vecino desde el público")
_CLAUSE_WORDS_ESIT = frozenset(
    "que che cui quien donde dove con en in por per para desde hacia hasta entre sobre tras"
    " contra ante durante dalla dalle dallo dagli dal verso dopo dentro fuori sotto sopra"
    " contro durante mentre presso".split()
)
_SPOKES_ESIT = frozenset("portavoz portavoce vocero vocera fuente fuentes fonte fonti".split())
# people who act for a body: "un delegado de la empresa" is read as the body's (elsewhere), but
# "un delegato lombardo" is someone unnamed, described as written
_DELEGATES_ESIT = frozenset(
    "representante rappresentante delegado delegada delegato delegata responsable"
    " responsabile funcionario funcionaria funzionario funzionaria".split()
)
_SUBJECT_PRONOUNS_ESIT = frozenset("él ella ellos ellas lui lei loro".split())
_NOT_PEOPLE_ESIT = frozenset(
    "mensaje carta nota comunicado cartel pancarta letrero tuit vídeo video libro película"
    " canción artículo estudio encuesta informe documento texto messaggio lettera cartello"
    " striscione articolo studio sondaggio rapporto documento testo comunicato post momento"
    " rato día año vez poco giorno anno volta po semana mes hora minuto segundo noche tarde"
    " mañana settimana mese ora minuti secondo notte sera mattina pomeriggio"
    # signs, shirts and slogans carry words no one speaks: "Una pintada en la fachada dice:"
    " pintada grafiti camiseta lema frase mural rótulo placa inscripción titular eslogan"
    " consigna cántico pregunta respuesta scritta murale maglietta slogan targa titolo coro"
    " domanda risposta".split()
)


def unnamed_before(text: str, toks: list[Any], i: int) -> tuple[int, int] | None:
    """In Spanish or Italian, the description of someone unnamed that is the subject of the
    verb at token ``i`` of a clause ending on a colon: opening the clause or following a fronted phrase's comma, with only
    lower-case words (a relative clause, an adjunct) between it and the verb: "Un vecino
    jubilado, que …, enseñaba …:", "Entre el público, una vecina con un bebé en brazos
    interrumpió …:", "Una cameriera del locale di corso X aveva raccontato:" (else None)."""
    if language() not in ("spanish", "italian"):
        return None
    a = next(
        (
            a
            for a in range(min(i, 14))
            if (toks[a][0].lower() in _ESIT_ARTICLES or toks[a][0].lower()[:3] in ("un'", "un’"))
            and (a == 0 or toks[a - 1][0] == ",")
        ),
        None,
    )
    if a is None or text[toks[-1][2] : toks[-1][2] + 3].strip()[:1] != ":":
        return None  # (a clause introducing its quotation with a colon only)
    if a and (
        toks[0][0].lower() in _ESIT_ARTICLES_MID or any(t[0][:1].isupper() for t in toks[1 : a - 1])
    ):
        # "Pedro X, un jubilado de 70 años, explicó:", "El alcalde, un hombre …, dijo:": an
        # apposition to the subject before it, not a fronted phrase ("Entre el público,")
        return None
    described = unnamed_esit(text, toks[a][1])
    if described is None:
        return None
    end = toks[a][1] + len(described)
    if text[toks[a][1] : end].lower() != described.lower():
        return None  # (written over a line or with other spaces: left to the other rules)
    if any(t[0][:1].isupper() for t in toks[a + 1 : i] if t[1] >= end):
        return None  # a name after the description ("un hombre … a la alcaldesa Ana X")
    if any(
        toks[c][0] == "," and toks[c + 1][0].lower() in _ESIT_ARTICLES_MID | _SUBJECT_PRONOUNS_ESIT
        for c in range(a + 1, i - 1)
        if toks[c][1] >= end
    ):
        return None  # "Un minuto después, el entrenador dijo:": the subject after the comma
    return toks[a][1], end


# words a Spanish adjunct of place or time opens on before the subject ("Mientras tanto, en el
# portal, una vecina …", "En un albergue de X, en la frontera, un camionero …")
_ADJUNCT_OPENERS_ES = frozenset("en entre junto frente cerca mientras ya allí ahí aquí".split())
_OF_ES = frozenset("de del con en a".split())


def described_after_adjuncts(text: str, toks: list[Any]) -> tuple[int, int] | None:
    """Someone unnamed (``unnamed_esit``) a Spanish sentence opens on after two adjuncts
    in commas, the first opening on a preposition or a time adverb: "Mientras tanto, en
    el portal, una vecina de la familia, jubilada, repartía café.", "En un albergue de
    Lagoa, en la frontera con X, un camionero de 40 años que … recibió la noticia." (the
    subject of a verb after the next quotation with none of its own: "«…», decía.")."""
    if len(toks) < 6 or not toks[0][0][:1].isupper():
        return None
    first = toks[0][0].lower()
    if first not in _ADJUNCT_OPENERS_ES:
        return None
    commas = [c for c in range(1, min(len(toks) - 1, 20)) if toks[c][0] == ","]
    if len(commas) < 2:
        return None
    c = next(
        (c for c in commas[1:] if toks[c + 1][0].lower() in ("un", "una")),
        0,
    )
    if not c or any(toks[d + 1][0].lower() in ("un", "una") for d in commas if d < c):
        return None
    if any(
        t[0][:1].isupper() and toks[j - 1][0].lower() not in _OF_ES
        for j, t in enumerate(toks[:c])
        if j > 0
    ):
        return None  # a name in an adjunct only after "de", "con": "en la frontera con X"
    described = unnamed_esit(text, toks[c + 1][1])
    if described is None or len(described.split()) < 3:
        return None
    end = toks[c + 1][1] + len(described)
    if text[toks[c + 1][1] : end].lower() != described.lower():
        return None
    return toks[c + 1][1], end


# participles of being reached or asked opening a Spanish or Italian sentence, its subject
# left out ("Raggiunto al telefono, …", "Contactada por este diario, …")
REACHED = frozenset(
    "raggiunto raggiunta contattato contattata interpellato interpellata contactado contactada"
    " consultado consultada preguntado preguntada".split()
)


def reached_opening(toks: list[Any]) -> bool:
    """True for a Spanish or Italian clause opening on a participle of being reached or asked
    and lower-case words up to its comma, with no capitalized word after it ("Raggiunto al
    telefono, non nasconde un certo rammarico:"): the one reached is the subject left out."""
    if language() not in ("spanish", "italian") or len(toks) < 4:
        return False
    if toks[0][0].lower() not in REACHED:
        return False
    c = next((c for c in range(1, min(len(toks), 8)) if toks[c][0] == ","), 0)
    return bool(c) and not any(t[0][:1].isupper() for t in toks[1:])


# Spanish and Italian nouns of a person: agent endings ("il pescatore", "la titolare", "el
# vendedor", "la enfermera") and a few more
_PERSON_ENDS = (
    "tore",
    "trice",
    "dor",
    "dora",
    "iere",
    "iera",
    "ero",
    "era",
    "ista",
    "ante",
    "ente",
    "aio",
    "aia",
    "ario",
    "aria",
)
_PERSON_NOUNS = frozenset(
    "monaco monaca cuoco cuoca medico medica parroco prete uomo donna ragazzo ragazza anziano"
    " anziana vicino vicina bambino bambina cittadino cittadina vecino vecina hombre mujer"
    " chico chica anciano anciana cura fraile monje monja niño niña sacerdote".split()
)
# a definite person noun opening a sentence with a restrictive relative clause up to a comma:
# "Il monaco che gestisce la mensa, un uomo anziano, spiega …", "El hombre que atiende el
# puesto, …": someone the text introduces there, not an epithet for someone named before
_PAST_FIRST = frozenset("ha han hanno había habían aveva avevano fue fu era è".split())
_RESTRICTED_RE = re.compile(
    r"(?:Il|La|Lo|El|L['’])\s*([a-zàèéìíòóùúñ]+) (?:che|que) [^,.;:!?«»“”\"\n]{3,70}(?=,)"
)


def definite_restricted(text: str, pos: int) -> str | None:
    """The Spanish or Italian definite person noun and its restrictive relative clause at
    ``pos`` ("Il monaco che gestisce la cucina comune"), as written; None when no such phrase
    opens there, or a name follows it in commas ("Il sindaco che firmò, Ada X, …")."""
    if language() not in ("spanish", "italian"):
        return None
    m = _RESTRICTED_RE.match(text, pos)
    if m is None:
        return None
    noun = m.group(1)
    if not (noun in _PERSON_NOUNS or (len(noun) > 5 and noun.endswith(_PERSON_ENDS))):
        return None
    if text[m.end() + 1 : m.end() + 3].strip()[:1].isupper():
        return None
    if re.search(rf"\b{re.escape(noun)}\b", text[:pos], re.I):
        return None  # the noun said of someone before: "El delantero Iago X … El delantero que …"
    verb = m.group().split(" que ", 1)[-1].split(" che ", 1)[-1].split()[0].lower()
    if verb in _PAST_FIRST or verb.endswith(("ó", "ò")):
        # what someone did, the story's news ("El tenista que ganó 22 títulos", "Il portiere
        # che ha salvato la nazionale"): an epithet of the one it is about, not someone new
        return None
    return m.group()


# prepositions whose object an indefinite article may open ("sobre una cartulina", "in un bar")
_OBJECT_PREPOSITIONS = frozenset(
    "a al ante bajo con contra de del desde en entre hacia hasta para por según sin sobre tras"
    " di da in su per tra fra senza verso presso dopo durante".split()
)


def unnamed_after_adjunct(words: list[str]) -> str | None:
    """Someone unnamed after the lower-case adjunct a Spanish or Italian speech verb puts
    before its subject, as written ("ha commentato a margine dei lavori un diplomatico di uno
    dei Paesi vicini" -> "un diplomatico di uno dei Paesi vicini"): the whole rest of the
    phrase when short, else the description ``unnamed_esit`` reads; None when no description
    of someone follows the adjunct."""
    k = next((k for k in range(2, len(words)) if words[k] in ("un", "una", "uno")), 0)
    if not k or not all(w.islower() for w in words[1:k]) or not words[k + 1 : k + 2]:
        return None
    if words[k - 1] in _OBJECT_PREPOSITIONS:
        return None  # "a mano sobre una cartulina": the article's noun is the adjunct's
    rest = " ".join(words[k:])
    someone = unnamed_esit(rest, 0)
    if not someone or len(someone.split()) < 2:
        return None
    return rest if len(words) - k <= 8 else someone
