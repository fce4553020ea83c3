"""French, Portuguese, Spanish and Italian speakers the text does not name (private to the
speaker modules).

Reporters quote people they describe rather than name: "« … », témoigne une mère de famille
rencontrée à la sortie de la mairie", "« … », confie à voix basse un jeune pêcheur qui préfère
taire son nom", "Plus mesuré, un viticulteur de Gaillac confiait : « … »", "“…”, contou uma
vizinha que assistiu a tudo". The speaker is the description up to where a clause about that
person starts (a relative pronoun, a comma, a participle with its own adjunct), shown as
written: "une mère de famille", "un jeune pêcheur", "un viticulteur de Gaillac". Spanish and
Italian (``unnamed_esit``, ``unnamed_before``) keep an adjective, an age and a complement of
place that ends on a name: "un vecino jubilado", "una pensionata di 80 anni di via X".
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.fronted import fronted_end
from bot.text.speakers.names import DOCUMENT_NOUNS, SIGN_NOUNS_FR_PT
from bot.text.speakers.reading import language

# indefinite articles opening the description of someone unnamed
UNNAMED_ARTICLES = frozenset("un une um uma".split())
# words opening a clause about that person: the description ends before them
_CLAUSE_WORDS = frozenset("qui que qu' qu’ dont où lequel laquelle cujo cuja onde".split())
# participles ("rencontrée à la sortie", "ouvida pela reportagem") end the description when a
# preposition other than "de" follows them
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida")
_ADJUNCT_OPENERS = frozenset(
    "à au aux a ao aos à às par pelo pela pelos pelas dans sur sous devant derrière près"
    " en em no na nos nas num numa lors après avant depuis chez pendant durante".split()
)
# what an indefinite article opens where no person is meant
_NOT_PEOPLE = frozenset(
    "message courriel mail lettre note nota mensagem carta post tweet vidéo vídeo texto"
    " publication publicação rapport relatório document documento avis parecer chose coisa"
    " question questão pergunta phrase frase mot palavra cri grito tract écran titre título"
    " livre livro film filme chanson canção article artigo site étude estudo sondage"
    " enquête pesquisa".split()
)
# what an indefinite article opens in a phrase of time or degree: "Un peu plus tard", "Um dia"
_TIMES = frozenset(
    "peu jour fois an année heure instant moment semaine mois soir matin temps pouco dia vez"
    " ano hora momento semana mês noite manhã tarde".split()
)
_OBJECT_OPENERS = frozenset("un une le la les l' l’ des du sa son ses leur leurs".split())
# adverbs of degree opening a French or Portuguese phrase on the speaker's mood before the
# subject: "Plus mesuré, un viticulteur …", "Mais cauteloso, um agricultor …"
_DEGREE_OPENERS = frozenset("plus moins mais menos très muito".split())
# people who speak for a body ("un porte-parole de la préfecture"): the body is the speaker
_SPOKES = frozenset("porte-parole porta-voz attaché attachée assessor assessora".split())
_OF = frozenset("de du des da do das dos d'".split())
_MAX_WORDS = 7  # "une mère de famille de trois enfants": longer runs are no description


def _spokes_body(words: list[str]) -> str | None:
    """The body after a spokesperson noun ("un porte-parole du ministère de l'Intérieur" ->
    "ministère de l'Intérieur"), when a capital shows it is named; else None."""
    k = next((k for k in range(2, len(words)) if words[k].lower() in _OF), 0)
    if not k and words[2:3] and words[2][:2].lower() in ("d'", "d’"):
        body = [words[2][2:], *words[3:]]
    else:
        body = words[k + 1 :] if k else []
    if body and body[0].lower() in ("la", "le", "les", "a", "o", "os", "as"):
        body = body[1:]
    if not body or not any(w[:1].isupper() for w in body):
        return None
    return " ".join(body)


def unnamed_description(phrase: str) -> str | None:
    """The description of someone unnamed that a French or Portuguese speaker phrase opens
    with ("un jeune pêcheur qui préfère taire son nom" -> "un jeune pêcheur"), or None when the
    phrase is no such description (no indefinite article first, or a name in it); "" for a
    phrase of time that opens the same way ("Une nouvelle fois"), which is no one."""
    if language() not in ("french", "portuguese"):
        return None
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in UNNAMED_ARTICLES:
        return None
    end = len(words)
    for k in range(1, len(words)):
        word = words[k]
        low = word.lower().rstrip(",;:")
        if (
            low in _CLAUSE_WORDS
            or low.startswith(("qu'", "qu’"))
            or word.startswith("(")
            or (
                # "un homme poussant un chariot": a present participle and its object
                k >= 2
                and low.endswith("ant")
                and k + 1 < len(words)
                and words[k + 1].lower() in _OBJECT_OPENERS
            )
            or (
                k >= 2
                and low.endswith(_PARTICIPLE_ENDS)
                and k + 1 < len(words)
                and words[k + 1].lower() in _ADJUNCT_OPENERS
            )
            # (the phrase read may stop before the adjunct: "une mère de famille rencontrée")
            or (k >= 3 and k + 1 == len(words) and low.endswith(_PARTICIPLE_ENDS))
        ):
            end = k
            break
        if word.endswith((",", ";", ":")):
            if k + 1 < len(words) and words[k + 1][:1].isupper():
                return None  # "une voisine, Marie X,": the name after the description
            end = k + 1
            break
    kept = [w.rstrip(",;:") for w in words[:end]]
    if len(kept) < 2 or kept[1][:1].isupper() or kept[1][:1].isdigit():
        return None  # "un Breton", "um Silva": a name or a nationality, read elsewhere
    if len(kept) > 2 and kept[1].lower() in _SPOKES:
        return _spokes_body(kept)  # "une porte-parole de Vernaz Industries": the body
    if any(w.lower() in _TIMES for w in kept[1:3]):
        return ""  # "Une nouvelle fois", "Un peu plus tard": a time, no one
    if len(kept) > _MAX_WORDS or any(w.lower() in DOCUMENT_NOUNS | _NOT_PEOPLE for w in kept[1:3]):
        return None  # "un communiqué", "uma nota": a document, read elsewhere
    return " ".join([kept[0].lower(), *kept[1:]])


# words opening a subject after a comma, which the phrase before it is then not
_SUBJECT_OPENERS = frozenset(
    "le la les l' l’ il elle ils elles on nous ce cette son sa ses leur o a os as ele ela eles"
    " elas nós este esta seu sua".split()
)
# French and Portuguese auxiliaries between such a subject and its speech verb (and a
# reflexive or a negation before the verb: "se désole", "ne décolère pas")
_AUX = frozenset("a avait aurait tinha tem havia se s' s’ s'est s’est ne n' n’".split())


def unnamed_subject(att: Any, start: int, open_at: int) -> tuple[int, int] | None:
    """The description of someone unnamed opening a French or Portuguese sentence that
    introduces a quotation with a colon, or opening it after a fronted phrase: "Plus mesuré,
    un viticulteur de Gaillac confiait : « … »", "Un entraîneur bénévole, présent dans le
    public, résumait l'ambiance : « … »" (else None)."""
    if language() not in ("french", "portuguese"):
        return None
    if not att.text[start:open_at].rstrip().endswith(":"):
        return None
    toks = att._tokens(start, open_at)
    k = next(
        (
            k
            for k, tok in enumerate(toks[:12])
            if tok[0].lower() in UNNAMED_ARTICLES and (k == 0 or toks[k - 1][0] == ",")
        ),
        None,
    )
    if k is None or (
        k > 0
        and (
            toks[0][0][:1].islower()
            or (fronted_end(toks) != k and toks[0][0].lower() not in _DEGREE_OPENERS)
        )
    ):
        return None  # (not an apposition: "Le maire, un ancien instituteur, a ajouté :")
    verb = next(
        (m for m in range(k + 2, len(toks)) if toks[m][0].lower() in _AUX or att._verb_at(toks, m)),
        None,
    )
    if verb is None:
        return None
    phrase = att.text[toks[k][1] : toks[verb - 1][2]]
    if "," in phrase and any(t[0][:1].isupper() for t in toks[k + 1 : verb]):
        return None  # "Un habitant de Vernoux, Marc X, s'emporte :": the name, read elsewhere
    comma = next((c for c in range(k + 1, verb) if toks[c][0] == ","), 0)
    if comma and comma + 1 < verb and toks[comma + 1][0].lower() in _SUBJECT_OPENERS:
        return None  # "Une nouvelle fois, le maire a martelé :": the subject after the comma
    described = unnamed_description(phrase)
    if not described or described.split()[1].lower() in SIGN_NOUNS_FR_PT | _SPOKES:
        return None
    # the span of the description as written (its first words, up to the cut)
    end = toks[k][1] + len(" ".join(phrase.split()[: len(described.split())]).rstrip(",;:"))
    gap = att.text[end : toks[verb][1]].strip()
    first = gap.split(" ", 1)[0].lower()
    if gap and not (
        (gap.startswith(",") and gap.endswith(","))  # ", présent dans le public,"
        or first.endswith(("ant", *_PARTICIPLE_ENDS))  # "poussant un chariot"
    ):
        # "Une perspective qui inquiète X, infirmière :": the description is no subject of
        # the speech verb, which stands in a clause of its own
        return None
    return toks[k][1], end


def colon_after(text: str, span: Any, later: Any) -> bool:
    """True in French or Portuguese text for a lower-case phrase in marks inside a sentence,
    followed by another sentence that introduces a later quotation with a colon: "La
    fédération a salué « une décision juste ». Plus mesuré, un éleveur confiait : « … »" (the
    later quotation's speaker, named in its own sentence, is not the phrase's)."""
    if (
        language() not in ("french", "portuguese")
        or not text[span.start : span.start + 1].islower()
    ):
        return False
    between = text[span.close_end : later.open_at]
    if "\n" in between or ". " not in between or not between.rstrip().endswith(":"):
        return False
    # (a new subject there, someone described or named: not "Il s'est refusé à … :" or
    # "Acrescentou:", the same speaker going on)
    words = between.rsplit(". ", 1)[-1].split()
    return any(w.lower() in UNNAMED_ARTICLES for w in words) or any(
        w[:1].isupper() for w in words[1:]
    )


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
    ):
        return None
    kept = words[:2]
    if words[1] != noun:
        return _shown(kept)
    k = 2
    if k < len(words) and _adjective(words[k]):
        kept.append(words[k].rstrip(",;:."))
        if words[k][-1] in ",;:.":
            return _shown(kept)
        k += 1
    while k < len(words) and len(kept) < _MAX_DESCRIPTION:
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
        place = _place_complement(words, k)
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


def _adjective(word: str) -> bool:
    """True for a lower-case word after the noun that can be its adjective ("jubilado",
    "venezolana", "anziano"): not a verb form, a preposition or a relative."""
    bare = word.rstrip(",;:.")
    return (
        bare.isalpha()
        and bare.islower()
        and len(bare) > 3
        and bare not in _ESIT_OF
        and bare not in _CLAUSE_WORDS_ESIT
        and not bare.endswith(_VERB_ENDS)
        and bare[-1] in "oaes"
    )


def _place_complement(words: list[str], k: int) -> int:
    """The end (exclusive) of a complement of place at ``k`` ("di via Roma", "del locale di
    corso X Y", "de la asociación X"): up to four lower-case words (a place noun among them)
    then a capitalized name; 0 when none ends so."""
    j = k + 1
    seen_place = False
    while j < len(words) and j - k <= 5:
        w = words[j].rstrip(",;:.")
        if w[:1].isupper():
            if not seen_place:
                return 0
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


_CLAUSE_WORDS_ESIT = frozenset("que che cui quien donde dove con en in por per para".split())
_SPOKES_ESIT = frozenset(
    "portavoz portavoce vocero vocera fuente fuentes fonte fonti representante rappresentante"
    " delegado delegada delegato delegata responsable responsabile funcionario funcionaria"
    " funzionario funzionaria".split()
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
