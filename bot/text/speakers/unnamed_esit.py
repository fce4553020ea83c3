"""Spanish and Italian speakers the text does not name (private to the speaker modules; the
French and Portuguese ones are in ``unnamed``).

"Un vecino jubilado, que prefiere no dar su nombre, …", "una residente di via X": the
description of someone unnamed as written from its indefinite article, with an adjective, an
age and a complement of place that ends on a name.
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.names import SPEECH_VERBS
from bot.text.speakers.np_bounds import participle_phrase
from bot.text.speakers.reading import language
from bot.text.speakers.rough_ages import about_age
from bot.text.speakers.street_names import street_capital

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
_PARTICIPLE_ENDS = {
    "spanish": tuple("ado ada ados adas ido ida idos idas".split()),
    "italian": tuple("ato ata ati ate ito ita iti ite uto uta uti ute".split()),
}
# adjectives written before the noun of someone unnamed ("un joven agricultor", "una giovane
# delegata", "un viejo pescador", "un anziano contadino"): the noun after them is kept too
_BEFORE_NOUN_ESIT = frozenset(
    "joven jóvenes viejo vieja anciano anciana giovane vecchio vecchia anziano anziana ex".split()
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
    if (one_of := _one_of(words)) is not None:
        return one_of  # "uno degli indagati", "una de las vecinas"
    if (
        not noun.isalpha()
        or not noun.islower()
        or noun in NOT_PEOPLE_ESIT
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
        place = (
            _place_complement(words, k)
            or _definite_complement(words, k)
            or _bare_complement(words, k)
        )
        if not place:
            break
        kept += [w.rstrip(",;:.") for w in words[k:place]]
        if words[place - 1][-1] in ",;:.":
            break
        k = place
    return _shown(kept)


def _one_of(words: list[str]) -> str | None:
    """ "One of" a group, as written: "uno degli indagati dice a un complice:", "una de las
    vecinas contó" (a plural noun in lower case after "dei/degli/delle" or "de los/de las");
    None otherwise ("uno dei Rossi", "una de ellas")."""
    if words[0].lower() not in ("uno", "una") or len(words) < 3:
        return None
    of = words[1].lower()
    at = 2 if of in ("dei", "degli", "delle") else 3 if of == "de" else 0
    if at == 3 and words[2].lower() not in ("los", "las"):
        return None
    if not at or at >= len(words):
        return None
    noun = words[at].rstrip(",;:.")
    plural = noun.endswith(("i", "e")) if at == 2 else noun.endswith("s")
    if not (noun.isalpha() and noun.islower() and plural) or noun in NOT_PEOPLE_ESIT:
        return None
    return " ".join([words[0].lower(), *words[1:at], noun])


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
        # (nor a speech verb in the present or the past, "Un policía dijo:", "Un operaio
        # racconta:"; a participle after the noun describes: "un vecino afectado")
        and (bare not in SPEECH_VERBS or bare.endswith(_PARTICIPLE_ENDS.get(language(), ())))
        and (any_end or bare[-1] in "oaes" or bare in _CONSONANT_ADJECTIVES)
    )


# Italian prepositions fused with an article ("sulla", "nella", "alla"): never an adjective
_FUSED_PREPOSITIONS = frozenset(
    "sulla sulle sullo sul sui sugli nella nelle nello nel nei negli alla alle allo ai agli"
    " dalla dalle dallo dai dagli colla".split()
)


# adjectives after a person noun that end on a consonant ("una vecina mayor", "un hombre joven")
_CONSONANT_ADJECTIVES = frozenset(
    "mayor mayores menor joven jóvenes local rural habitual civil municipal forestal policial"
    " sindical portuaria regional provincial nacional".split()
)


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


# ordinals before their noun ("del terzo anno", "del primer curso", "de la segunda planta")
_ORDINALS_ESIT = frozenset(
    "primo secondo terzo quarto quinto ultimo prima seconda terza quarta quinta ultima primer"
    " tercer segundo cuarto quinto último primera segunda tercera cuarta quinta última".split()
)


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
    if noun in _ORDINALS_ESIT and j + 1 < len(words) and j > k:
        j += 1  # "una studentessa del terzo anno di X": the noun after the ordinal
        noun = words[j].rstrip(",;:.")
    if not (noun.isalpha() and noun.islower()) or noun in NOT_PEOPLE_ESIT or noun in _ESIT_OF:
        return 0
    after = words[j + 1] if j + 1 < len(words) else ""
    if words[j][-1] not in ",;:." and _closing_adjective(words, j + 1):
        return j + 2  # "un trabajador de la cocina central, que …": its adjective too
    if words[j][-1] in ",;:." or (after.islower() and after not in _ESIT_OF):
        return j + 1  # (a comma, a relative clause or the verb after it)
    return 0


def _closing_adjective(words: list[str], k: int) -> bool:
    """True when the word at ``k`` is an adjective closing the description: a comma after it
    or a relative pronoun next ("della cucina centrale, che", "de fondos madrileño que")."""
    bare = words[k].rstrip(",") if k < len(words) else ""
    # (with the "-al" adjectives there: "cocina central", "cucina centrale")
    if not (_adjective(words[k]) if bare else False) and not (
        bare.endswith("al") and bare.isalpha() and bare.islower() and len(bare) > 4
    ):
        return False
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    return words[k][-1] == "," or nxt in ("que", "che")


def _bare_complement(words: list[str], k: int) -> int:
    """The end (exclusive) of a bare complement of one plural or trade noun at ``k`` and the
    adjective closing it: "Un gestore di fondi milanese, che …", "un vendedor de seguros
    jubilado, que …" (the trade is part of who speaks); 0 without that closing adjective
    ("un camarero de uno de los bares" stays "un camarero")."""
    if words[k].lower() not in ("de", "di") or k + 2 >= len(words):
        return 0
    noun = words[k + 1]
    if not (noun.isalpha() and noun.islower()) or noun in NOT_PEOPLE_ESIT or noun in _ESIT_OF:
        return 0
    if noun in _ESIT_ARTICLES_MID or noun in _ESIT_ARTICLES or noun in _CLAUSE_WORDS_ESIT:
        return 0
    return k + 3 if _closing_adjective(words, k + 2) else 0


# (and the prepositions of where or when it was said: "gritó un vecino desde el público", and
# the conjunctions of a clause after the speaker: "dice una vecina mientras paga el café")
_CLAUSE_WORDS_ESIT = frozenset(
    "que che cui quien donde dove con en in por per para desde hacia hasta entre sobre tras"
    " contra ante durante dalla dalle dallo dagli dal verso dopo dentro fuori sotto sopra"
    " contro durante mentre presso mientras cuando quando aunque porque perché sin senza"
    " antes después".split()
)
_SPOKES_ESIT = frozenset("portavoz portavoce vocero vocera fuente fuentes fonte fonti".split())
# people who act for a body: "un delegado de la empresa" is read as the body's (elsewhere), but
# "un delegato lombardo" is someone unnamed, described as written
_DELEGATES_ESIT = frozenset(
    "representante rappresentante delegado delegada delegato delegata responsable"
    " responsabile funcionario funcionaria funzionario funzionaria".split()
)
_SUBJECT_PRONOUNS_ESIT = frozenset("él ella ellos ellas lui lei loro".split())
NOT_PEOPLE_ESIT = frozenset(
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


def _leads_into_quotation(text: str, end: int) -> bool:
    """True when a clause ending at ``end`` leads into a quotation: a colon ("…, enseñaba a
    los periodistas:"), or a full stop and the quotation right after it as its own sentence
    ("…, lamentaba las molestias. «…»")."""
    after = text[end : end + 4].lstrip(" ")
    if text[end - 1 : end] == ".":  # (the full stop is the clause's last token)
        return after[:1] in ("«", "“", '"')
    return after[:1] == ":" or (after[:1] == "." and after[1:].lstrip(" ")[:1] in '«“"')


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
    if a is None or not _leads_into_quotation(text, toks[-1][2]):
        return None  # (a clause introducing its quotation with a colon or a full stop only)
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
    if any(
        t[0][:1].isupper() and not street_capital(toks, c)  # (not "en la plaza Mayor")
        for c, t in enumerate(toks[a + 1 : i], a + 1)
        if t[1] >= end
    ):
        return None  # a name after the description ("un hombre … a la alcaldesa Ana X")
    if any(
        toks[c][0] == "," and toks[c + 1][0].lower() in _ESIT_ARTICLES_MID | _SUBJECT_PRONOUNS_ESIT
        for c in range(a + 1, i - 1)
        if toks[c][1] >= end
    ):
        return None  # "Un minuto después, el entrenador dijo:": the subject after the comma
    if any(
        toks[c][0].lower() in ("que", "che") and toks[c + 1][0].lower() in ("el", "il")
        for c in range(a + 1, i - 1)
        if toks[c][1] >= end
    ):
        # "Uno de los agentes relató que el acusado … les dijo:": a reported clause with its
        # own subject, whose verb introduces the quotation
        return None
    return toks[a][1], end
