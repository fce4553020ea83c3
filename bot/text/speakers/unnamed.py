"""French and Portuguese speakers the text does not name (private to the speaker modules;
Spanish and Italian in ``unnamed_esit``).

Reporters quote people they describe rather than name: "« … », témoigne une mère de famille
rencontrée à la sortie de la mairie", "« … », confie à voix basse un jeune pêcheur qui préfère
taire son nom", "Plus mesuré, un viticulteur de Gaillac confiait : « … »", "“…”, contou uma
vizinha que assistiu a tudo". The speaker is the description up to where a clause about that
person starts (a relative pronoun, a comma, a participle with its own adjunct), shown as
written: "une mère de famille", "un jeune pêcheur", "un viticulteur de Gaillac". A relative
clause about them may stand between the description and its speech verb ("Une infirmière, qui
a requis l'anonymat, raconte des nuits « sans pause »"); a pronoun after their quotation in the
same paragraph is theirs (``neighbours``).
"""

from __future__ import annotations

from typing import Any

from bot.text.speakers.fronted import fronted_end
from bot.text.speakers.names import DOCUMENT_NOUNS, SIGN_NOUNS_FR_PT, SPEECH_VERBS
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import FUSED_CLITICS
from bot.text.speakers.street_names import street_capital

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
NOT_PEOPLE_FR_PT = frozenset(
    "message courriel mail lettre note nota mensagem carta post tweet vidéo vídeo texto"
    " publication publicação rapport relatório document documento avis parecer chose coisa"
    " question questão pergunta phrase frase mot palavra cri grito tract écran titre título"
    " livre livro film filme chanson canção article artigo site étude estudo sondage"
    " enquête pesquisa pétition petição décision decisão sentença arrêt acórdão version versão"
    " proposition proposta projet projeto loi lei campagne campanha".split()
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
# articles and determiners, after which a word in "-é" or "-ée" is a noun, no participle
_NOUN_ARTICLES = frozenset(
    "la le les l' l’ sa son ses leur leurs cette ce a o as os sua seu".split()
)
# clitics between a subject and its verb ("s'en", "se"), which are no part of the subject
_CLITICS_BEFORE = FUSED_CLITICS | {"se", "s'", "s’"}
_MAX_WORDS = 7  # "une mère de famille de trois enfants": longer runs are no description
# participles of coming that end a description whatever follows ("une grand-mère venue déposer
# une marmite", "um vizinho vindo de longe")
_MOTION_PARTICIPLES = frozenset("venu venue venus venues revenu revenue vindo vinda".split())
# participles of where someone sits or stands, whose ending no rule reads: "un retraité assis à
# la terrasse", "uma idosa sentada no banco" (the place after them is no part of the person)
_POSTURE_PARTICIPLES = frozenset("assis assise assises sentado sentada sentados sentadas".split())


# a lower-case complement closing the French or Portuguese description of someone unnamed:
# "Uma obstetra [do hospital], que pediu …", "Un infirmier [de nuit], qui …" (a preposition
# with "de", an article and at most three lower-case words, then a comma or a relative pronoun)
_DESCRIBED_OF = frozenset("de du des da do dos das".split())
_DESCRIBED_CLOSE = frozenset(", qui que".split())


def described_end(toks: list[Any], m: int) -> int:
    """The last token of a lower-case complement after the noun at ``m`` of someone unnamed,
    when the description closes right after it on a comma or a relative pronoun: "Uma
    obstetra do hospital, que pediu para não ser identificada, …" -> "do hospital", "Un
    infirmier de l'unité de soins, qui …" -> "de l'unité de soins"; m when none such
    ("Um médico do hospital descreve …": the verb follows, no comma)."""
    j = m + 1
    if j >= len(toks) or toks[j][0] not in _DESCRIBED_OF:
        return m
    last = m
    for t in range(j, min(len(toks), j + 5)):
        word = toks[t][0]
        if word in _DESCRIBED_CLOSE:
            return last if last > m else m
        if not word.replace("'", "").replace("’", "").isalpha() or not word.islower():
            return m  # (a name, a number: left to the other rules)
        if word in SPEECH_VERBS:
            return m
        last = t
    return m


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


def _spoken_for(words: list[str]) -> bool:
    """True unless a spokesperson noun is followed by "de"/"da" and a lower-case body noun
    with its article ("un porte-parole de la marine", "um porta-voz da guarda costeira")."""
    k = 2
    if k < len(words) and words[k][:2].lower() in ("d'", "d’"):
        return False
    if k >= len(words) or words[k].lower() not in _OF:
        return True
    rest = words[k + 1 :]
    if rest and rest[0].lower() in ("la", "le", "les", "l'", "l’"):
        rest = rest[1:]
    return not rest or not all(w.isalpha() and w.islower() for w in rest)


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
            # (the phrase read may stop before the adjunct: "une mère de famille rencontrée";
            # not a noun after "d'" or "l'": "un homme d'une soixantaine d'années", "une
            # bénévole à l'entrée")
            or (
                k >= 3
                and k + 1 == len(words)
                and low.endswith(_PARTICIPLE_ENDS)
                and not low.startswith(("d'", "d’", "l'", "l’"))
                # (nor a noun after "de": "une agente de sûreté", "um técnico de saúde"; nor
                # after an article: "un élu de la majorité", "un chauffeur de la société")
                and words[k - 1].lower() not in _OF | _NOUN_ARTICLES
            )
            or (k >= 2 and low in _MOTION_PARTICIPLES | _POSTURE_PARTICIPLES)
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
        # "une porte-parole de Vernaz Industries": the body; "um porta-voz da marinha", a
        # body named by its kind only: the spokesperson as written
        return _spokes_body(kept) or (None if _spoken_for(kept) else " ".join(kept).lower())
    if any(w.lower() in _TIMES for w in kept[1:3]):
        return ""  # "Une nouvelle fois", "Un peu plus tard": a time, no one
    # (a longer one that ends on the place or body it reaches through "of": "uma enfermeira
    # de um centro de saúde do Alentejo")
    j = len(kept) - 1
    while j > 1 and kept[j][:1].isupper():
        j -= 1
    placed = len(kept) <= 10 and j < len(kept) - 1 and kept[j].lower() in _OF
    if (len(kept) > _MAX_WORDS and not placed) or any(
        w.lower() in DOCUMENT_NOUNS | NOT_PEOPLE_FR_PT for w in kept[1:3]
    ):
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


# prepositions of a place in a description ("en poste à Velmont", "de passage em Faro")
_AT_PLACE = frozenset("à em en".split())


def _placed(toks: list[Any], j: int) -> bool:
    """True for a capitalized token right after a preposition of place: a town in the
    description ("un diplomate en poste à Velmont"), not a name in apposition."""
    return j > 0 and toks[j - 1][0].lower() in _AT_PLACE and toks[j][0].isalpha()


# endings of a Portuguese past verb ("acompanhava", "ajudou", "conheceu", "viu")
_PT_PAST_ENDS = ("ava", "avam", "ou", "eu", "iu", "aram", "eram", "iram")


def _relative_skip(toks: list[Any], k: int) -> tuple[int, bool] | None:
    """For a description at token ``k`` followed by a relative clause about that person ("Une
    infirmière du service, qui a requis l'anonymat, raconte …", "Uma operária, que pediu para
    não ser identificada, desabafa", "une collègue qui préfère rester anonyme renchérit"): the
    token from which the main verb is looked for, and whether the clause stands between
    commas; None when no relative pronoun follows the description's first words."""
    r = next(
        (r for r in range(k + 2, min(len(toks), k + 10)) if toks[r][0].lower() in ("qui", "que")),
        None,
    )
    if r is None or any(
        t[0] in ":;" or (t[0][:1].isupper() and not _placed(toks, j))
        for j, t in enumerate(toks[k + 1 : r], start=k + 1)
    ):
        return None
    if toks[r][0].lower() == "que" and r + 1 == len(toks):
        # "Une infirmière estime que « … »", "un retraité assis au café juge que « … »": the
        # conjunction the quotation follows, after the main verb, is no relative pronoun
        return None
    if (
        toks[r][0].lower() == "que"
        and r + 1 < len(toks)
        and (
            toks[r + 1][0].lower() in _OBJECT_OPENERS | _SUBJECT_OPENERS
            or toks[r + 1][0][:1].isupper()
        )
        # (not a Portuguese object pronoun before the relative's verb: "Uma vizinha que a
        # acompanhava resumiu:")
        and not (
            toks[r + 1][0] in ("a", "o", "as", "os")
            and r + 2 < len(toks)
            and toks[r + 2][0].islower()
            and len(toks[r + 2][0]) > 4
            and toks[r + 2][0].endswith(_PT_PAST_ENDS)
        )
    ):
        return None  # "Uma versão que o tribunal considerou …": the relative's own subject
    if toks[r - 1][0] == ",":
        close = next((c for c in range(r + 2, min(len(toks), r + 16)) if toks[c][0] == ","), None)
        return None if close is None else (close + 1, True)
    return r + 2, False  # (the relative's own verb first: "qui a requis", "qui préfère")


def unnamed_subject(
    att: Any, start: int, open_at: int, any_verb: bool = False
) -> tuple[int, int] | None:
    """The description of someone unnamed opening a French or Portuguese sentence that
    introduces a quotation with a colon, or opening it after a fronted phrase: "Plus mesuré,
    un viticulteur de Gaillac confiait : « … »", "Un entraîneur bénévole, présent dans le
    public, résumait l'ambiance : « … »"; also the subject of a speech verb that the
    quotation follows in its sentence ("Une infirmière, qui a requis l'anonymat, raconte des
    nuits « sans aucune pause »", "Um médico, que pediu para não ser identificado, disse que
    os turnos duram «doze horas»") (else None). With ``any_verb``, also the subject of a verb
    that is no speech verb, after an auxiliary or a reflexive ("se souvient", "a vu"), in a
    sentence with no colon (one a quotation standing alone follows: ``lone_unnamed``)."""
    if language() not in ("french", "portuguese"):
        return None
    colon = att.text[start:open_at].rstrip().endswith(":")
    toks = att._tokens(start, open_at)
    k = next(
        (
            k
            for k, tok in enumerate(toks[:12])
            if tok[0].lower() in UNNAMED_ARTICLES
            and (k == 0 or toks[k - 1][0] == ",")
            # (not the article of a time: "Un peu plus loin, un retraité …")
            and k + 1 < len(toks)
            and toks[k + 1][0].lower() not in _TIMES
        ),
        None,
    )
    if k is None or (
        k > 0 and (toks[0][0][:1].islower() or (fronted_end(toks) != k and not _opener(toks)))
    ):
        return None  # (not an apposition: "Le maire, un ancien instituteur, a ajouté :")
    relative = _relative_skip(toks, k)
    first = relative[0] if relative is not None else k + 2
    if relative is not None and relative[1]:
        # (the main verb right after the relative clause's closing comma)
        verb = first if first < len(toks) and _verb_or_aux(att, toks, first) else None
    else:
        verb = next((m for m in range(first, len(toks)) if _verb_or_aux(att, toks, m)), None)
    if verb is None:
        return None
    while verb - 1 > k and toks[verb - 1][0].lower() in _CLITICS_BEFORE:
        verb -= 1  # "Une salariée s'en inquiète :", "un élu s'y oppose": the clitic is the verb's
    if any_verb and _passive(toks, verb):
        return None  # "Un passant a été légèrement blessé …": the one it happened to
    if (
        not colon
        and not any_verb
        and (
            (relative is None and language() != "french" and not _spokes_of(toks[k + 1 : verb]))
            or not _speech_after(att, toks, verb)
        )
    ):
        # (no colon: only a speech verb's subject, nothing capitalized between the verb and
        # the quotation, whose words may then be someone else's; in Portuguese only after a
        # relative clause about the person, the plain shape reading too many other subjects,
        # or for a spokesperson of a body by its kind: "um porta-voz da marinha afirmou")
        return None
    phrase = att.text[toks[k][1] : toks[verb - 1][2]]
    first_comma = next((c for c in range(k + 1, verb) if toks[c][0] == ","), verb)
    if (
        "," in phrase
        and any(
            t[0][:1].isupper() and not street_capital(toks, c)  # (not "rencontré rue Victor-Hugo")
            for c, t in enumerate(toks[first_comma:verb], first_comma)
        )
    ):
        # "Un habitant de Vernoux, Marc X, s'emporte :": the name, read elsewhere (a place
        # before the comma is the description's: "Un diplomate en poste à Velmont, qui …")
        return None
    comma = next((c for c in range(k + 1, verb) if toks[c][0] == ","), 0)
    if (
        comma
        and comma + 1 < verb
        and toks[comma + 1][0].lower() in _SUBJECT_OPENERS
        and relative is None
    ):
        return None  # "Une nouvelle fois, le maire a martelé :": the subject after the comma
    described = unnamed_description(phrase)
    # (a spokesperson of a named body gives the body, "Un porte-parole du Comité" -> "Comité":
    # the body is read elsewhere, and its one word is no description whose span is cut here)
    if not described or len(described.split()) < 2:
        return None
    if described.split()[1].lower() in SIGN_NOUNS_FR_PT:
        return None
    if described.split()[1].lower() in _SPOKES and len(described.split()) < 3:
        return None  # "un porte-parole": the body's, read elsewhere
    # the span of the description as written (its first words, up to the cut)
    end = toks[k][1] + len(" ".join(phrase.split()[: len(described.split())]).rstrip(",;:"))
    gap = att.text[end : toks[verb][1]].strip()
    first_word = gap.split(" ", 1)[0].lower()
    if (
        gap
        and not (
            (gap.startswith(",") and gap.endswith(","))  # ", présent dans le public,"
            or first_word.endswith(("ant", *_PARTICIPLE_ENDS))  # "poussant un chariot"
            or first_word in _MOTION_PARTICIPLES | _POSTURE_PARTICIPLES  # "venue déposer …"
        )
        and not (relative is not None and first_word.lstrip(",") in ("qui", "que", ""))
    ):
        # "Une perspective qui inquiète X, infirmière :": the description is no subject of
        # the speech verb, which stands in a clause of its own
        return None
    return toks[k][1], end


def _spokes_of(toks: list[Any]) -> bool:
    """True for the words after the article of a spokesperson of a body by its kind ("porta-voz
    da guarda costeira", "porte-parole de la marine")."""
    words = [t[0] for t in toks]
    return bool(words) and words[0].lower() in _SPOKES and not _spoken_for(["", *words])


def _opener(toks: list[Any]) -> bool:
    """True for a fronted phrase of degree or of time before the description: "Plus mesuré,
    un viticulteur …", "Un peu plus loin, un retraité …", "Une heure après, une voisine …"."""
    first = toks[0][0].lower()
    return first in _DEGREE_OPENERS or (
        first in UNNAMED_ARTICLES and len(toks) > 1 and toks[1][0].lower() in _TIMES
    )


def _verb_or_aux(att: Any, toks: list[Any], m: int) -> bool:
    return toks[m][0].lower() in _AUX or bool(att._verb_at(toks, m))


def _speech_after(att: Any, toks: list[Any], verb: int) -> bool:
    """True when a speech verb stands at ``verb`` (or after its auxiliary) and no capitalized
    word follows it before the quotation."""
    speech = next((m for m in range(verb, min(len(toks), verb + 3)) if att._verb_at(toks, m)), None)
    return speech is not None and not any(t[0][:1].isupper() for t in toks[speech + 1 :])


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


# French and Portuguese auxiliaries of the passive ("a été blessé", "foi hospitalizado")
_PASSIVE_AUX = frozenset("été fut était foi foram é sont est".split())


def _passive(toks: list[tuple[str, int, int]], verb: int) -> bool:
    """True when the verb at ``verb`` (or the word after its auxiliary) is a passive: "a été
    (légèrement) blessé", "ont été évacués", "est transportée", "foi hospitalizado"."""
    window = [t[0].lower() for t in toks[verb : verb + 3]]
    return any(w in _PASSIVE_AUX for w in window[:2]) and any(
        w.endswith(("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida"))
        for w in window[1:]
    )
