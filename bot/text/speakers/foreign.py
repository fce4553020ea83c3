"""Function words of French, German, Spanish, Italian, Portuguese and Dutch that the speaker
rules read (private; re-exported by ``names``)."""

from __future__ import annotations

import re

from bot.text.lexicon import load
from bot.text.speakers.reading import plainly_english


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# "according to" in one word, before a speaker: Selon X, « … » / Según X / Volgens X / Laut X
# (and the last word of "nach Angaben von X", "de acuerdo con X", "de acordo com X")
ACCORDING = _words(
    "selon según secondo segundo volgens laut angaben acuerdo acordo d'après d’après"
)
# "for" opening a clause before a quotation: Pour X, « … » / Para X, “…” / Für X „…“
FOR_WHOM = _words("pour para für voor per")
# "in" / "at" / "after" after a speaker in the languages we claim: the speaker's noun phrase ends
# there ("sagte Anke Vogel bei der Vorstellung", "dijo Carmen Ortega en el pleno")
FOREIGN_STOPS = _words(
    "nach bei vor während im am beim auf mit lors dans pour après avant devant"
    " en durante tras ante nel nella dopo prima davanti tijdens bij op voor em"
    " após perante ein hinzu sur chez pendant depois durante na uit aus sui sul sulla sulle"
    " über vom zum zur"  # "ließ X über seinen Anwalt erklären", "sagt X vom DLR"
    " desde hasta antes después"  # "interrumpe Ana desde la puerta", "dice antes de que se vaya"
    " wie zoals"  # "Wie Verkehrssenatorin X Y mitteilte, …": "as", no part of the name
    " vanaf vanuit"  # "zei X vanaf het podium", "vertelt Y vanuit haar keuken"
    # "when" opening a sentence before its subject: "Quand Josée X a ouvert le sac, …"
    " quand lorsque cuando quando wanneer"
)
# "among" opening a clause (never a name), but not ending one after a verb ("relata entre
# lágrimas Amparo Sánchez"): "Tra i clienti c'è Lucia De Rosa:"
AMONG = _words("tra fra entre zwischen unter tussen")
# "behind", "after" opening a fronted adjunct, up to its comma: "Derrière son étal, Youssef
# Benali sourit :", "Nach dem Spiel, …" ("Tra i clienti c'è X, 80 anni:" is no adjunct)
FRONTING = _words(
    "quelques derrière hinter achter detrás dietro atrás après nach dopo después após depois"
)
# prepositions opening a short phrase on the speaker's manner after a verb with no subject
# and a comma: "», afirmou, entre risos.", "», dijo, con una sonrisa."
MANNER_PREPS = _words("entre avec con com sans sin sem tra fra")
# words opening a Romance phrase on the speaker's manner right after a speech verb: "», dijo
# por teléfono", "», ha raccontato tra le risate", "», contó sin rodeos"
MANNER = MANNER_PREPS | _words("por per")
# words with a gerund's ending that are nouns or adjectives ("o porta-voz do comando", "il
# reverendo", "un dividendo")
_NOT_GERUNDS = frozenset(
    "cuando quando mondo fondo secondo segundo comando mando bando contrabando dividendo"
    " reverendo tremendo estupendo stupendo orrendo remendo lindo".split()
)


# Portuguese object and reflexive pronouns hyphened onto a gerund ("dirigindo-se à bancada",
# "apontando-lhe o dedo"): the gerund before them still reads as one
_ENCLITICS = ("-se", "-lhe", "-lhes", "-me", "-nos", "-o", "-a", "-os", "-as")


def gerund(word: str) -> bool:
    """True for a lower-case Spanish, Italian or Portuguese gerund: "mirando", "salutando",
    "sorriendo", "rivolgendosi", "sorrindo", "virando-se" (a manner after a verb, never a
    speaker)."""
    if word.endswith(_ENCLITICS) and word.count("-") == 1:
        word = word.split("-")[0]
    return (
        len(word) > 5
        and word.isalpha()
        and word.islower()
        and word.endswith(("ando", "endo", "indo", "ndosi", "ndose"))
        and word not in _NOT_GERUNDS
    )


_PARTICIPLE_ENDS = ("ada", "ado", "ata", "ato", "ida", "ido", "ita", "ito", "uta", "uto", "olta")


def participle(word: str) -> bool:
    """True for a lower-case Spanish, Italian or Portuguese past participle, the speaker's
    state after a verb: "sentada", "avvolta", "emocionado" (never a speaker alone)."""
    return len(word) > 4 and word.isalpha() and word.islower() and word.endswith(_PARTICIPLE_ENDS)


# Romance nouns opening the name of a street, a square or a neighbourhood ("Jardim Esperança",
# "Calle Mayor", "Piazza Garibaldi"): a place, not a person, whatever first name follows
PLACE_NOUNS = _words(
    "rua avenida praça largo travessa bairro jardim vila parque calle plaza paseo barrio"
    " colonia via viale piazza corso quartiere rue boulevard place quartier"
)
# prepositions before a place in the Romance languages: "a Milano", "en Madrid", "no Porto"
PLACE_PREPS = _words("a à en em di de da do del della nel nella no na al au ao")
# conjunctions opening a subordinate clause at a sentence's start, never a name there ("Quando
# você fala disso, o pessoal estranha: “…”", "Wenn man fragt, …", "Lorsque …")
CLAUSE_OPENERS = _words(
    "quando cuando quand lorsque wenn als wanneer toen omdat porque perché parce weil dass"
    " como come comme mientras mentre enquanto terwijl während pendant si se ob als"
    # "in the" fused, opening a fronted place: "Nas redes sociais, a cantora partilhou …:"
    " nas nos no na num numa nel nella nei negli nelle"
)
# conjunctions opening a clause after a verb with no subject: », cuenta mientras riega …
SUBORDINATORS = _words("while mientras mentre enquanto terwijl pendant tandis während")
# the listener after the speaker's name, in lower case only ("Al From" is a name): "zei X
# tegen de krant", "sagte X gegenüber dem Sender", "a déclaré X à la radio", "dijo X al
# diario", "ha detto X alla Rai", "disse X ao jornal"
LISTENER_PREPS = frozenset("tegen gegenüber à au aux al alla allo ai ao aos aan".split())
# German and Dutch articles: every German noun is capitalized, so "Die Mieten" is no person
NOUN_ARTICLES = _words(
    "der die das den dem des ein eine einen het een"
    " ihr ihre sein seine unser unsere zijn haar hun"  # "Ihr Sohn wollte …": a noun, no name
    " dieser diese dieses diesen diesem deze dit"  # "Dieser Auftrag …", "Deze ster …"
)
# a contracted preposition and article opening an employer or a place after a name:
# "Davide Colombo dell'Università Bocconi", "Ana Costa dall'ospedale"
ELIDED_PREP_RE = re.compile(r"(?i)(?:dell|dall|nell|sull|all|coll)['’]\w")
# a preposition after a full name opening a place, a time or an employer (lower case):
# "o treinador Bruno Lage no final", "Georg Huber an die Flutnacht"
AFTER_NAME = frozenset("an no nos nas num numa pelo pela nesta neste nessa nesse".split())
# subject pronouns of the other languages opening a clause: "Er rief … auf: „…“"
SUBJECT_PRONOUNS = frozenset("Er Sie Elle Él Ella Ele Ela Hij Zij Ze".split())
# French nouns of nationality or region, capitalized after an article: "le Belge", "la Lyonnaise"
DEMONYMS = load("demonyms_fr")


_ROMANCE_PRONOUNS = _words("elle elles ella ellas él ellos lei egli essa esso ela ele elas eles")


def no_name_prefix(words: list[str], org_words: frozenset[str]) -> int:
    """How many words open a capitalized run without being a name: all of "Le Belge" (an
    article and a French noun of nationality), the agency in "EFE Santiváñez" (an acronym
    before a surname that is no organisation word)."""
    if len(words) == 2 and words[0].lower() in ("le", "la") and words[1].lower() in DEMONYMS:
        return 2
    if words and words[0].lower() in _ROMANCE_PRONOUNS and not plainly_english():
        # "Elle promet …", "Ella explicó": a pronoun opening a sentence, no name (in English
        # text a first name: "Ella Brancati", "Elle Vardy")
        return 1
    if words and words[0][:2] in ("L'", "L’") and words[0][2:3].islower():
        return 1  # "L'interprète évoque …", "L'economista Ana Ruiz": an article and a noun
    if (
        len(words) >= 2
        and 2 <= len(words[0]) <= 5
        and words[0].isupper()
        and words[0].isalpha()  # (not an initial: "C. Stewart Verdery", "J.M. Berger")
        and words[1][:1].isupper()
        and not words[1].isupper()
        and words[1].lower() not in org_words
        and words[0] not in CLUB_FORMS
        and words[0] not in _STAGE_PREFIXES
    ):
        return 1
    return 0


# the initials opening a performer's stage name, part of that name: "MC Kaio Norte", "DJ
# Lunamar" (Brazilian funk, rap and club music)
_STAGE_PREFIXES = _words("MC DJ")
# the initials of a sports club's legal form before its name, part of that name: "la US
# Pontedera", "l'AC Monza", "el CD Numancia", "la UD Almería", "el FC Andorra"
CLUB_FORMS = _words("US AC AS SS SSC ACF ASD USD SSD FC CF CD UD SD RCD SC AD UC")
# the abbreviations opening a German or Dutch sports club's name ("FC X", "SV Y 05")
GERMANIC_CLUB_FORMS = frozenset("FC SC SV VV TSV VfB VfL SpVgg SG SK KV KVC RSC".split())


# nouns of speech opening a verbless clause before a colon: "Réponse de l'élue : « … »"
SPEECH_NOUNS = _words(
    "réponse réaction réplique commentaire respuesta reacción réplica comentario risposta"
    " reazione replica commento resposta reação comentário"
)
# "of", alone or with its article, in the Romance languages
OF_WORDS = _words("de du des del de la della dello dei delle degli di da do dos das")
# definite singular articles of French, Spanish, Italian and Portuguese opening a clause on a
# role noun: "Le quinquagénaire a balayé les critiques :", "El técnico elogió …:" ("A" and "O"
# only in Portuguese text, see _clause)
ROMANCE_ARTICLES = _words("le la el il lo o a")
# adjectives standing before the role noun: "Le jeune attaquant", "il primo cittadino"
PRENOMINAL = _words(
    "jeune nouveau nouvelle nouvel ancien ancienne vieux vieil vieille futur future joven nuevo"
    " nueva antiguo antigua giovane nuovo nuova primo prima jovem novo nova antigo antiga ex"
    " grand grande gran entonces allora"
    # (Spanish, Italian, Portuguese: "el veterano actor", "la veterana giornalista")
    " veterano veterana veteranos veteranas veterani veterane"
)
# prepositions (alone or fused with an article) opening a fronted adjunct in the Romance
# languages: "À saída, limitou-se a dizer:", "En el Celta, el técnico …", "All'uscita si è …"
FRONT_PREPS = _words(
    "à en em al au aux ao na nel nella dans sur con com avec devant derrière parmi chez diante"
    " perante"
)
# nouns of the press a listener phrase names after a speech verb: "ha declarado a EFE",
# "ha raccontato ai microfoni di Dazn", "disse à agência Lusa", "a confié au journal"
MEDIA_NOUNS = _words(
    "microfoni micros micro micrófonos microfones cronisti giornalisti journalistes periodistas"
    " jornalistas presse prensa stampa imprensa agence agencia agenzia agência télévision"
    " televisión televisione televisão radio rádio chaîne cadena emittente quotidiano quotidien"
    " diario jornal giornale journal site sito telecamere caméras cámaras câmeras medios média"
    " media reportagem repórteres reporteros medio periódico redacción emisora testata"
    # (magazines and weeklies: "à revista X", "au magazine X")
    " revista magazine revue rivista semanário hebdomadaire settimanale emissora"
)
