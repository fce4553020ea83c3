"""The words that bound a description of someone new, per language (private to
``description_phrases``): the fronted phrases before it, the prepositions of a phrase of
place, origin or age after its noun, the endings of a person's noun and of a Romance
adjective after it, and the words that end it.
"""

from __future__ import annotations

import re

# a fronted phrase of place or time before the subject, opening on a preposition or an adverb:
# "On the exhibition floor, ", "Tra i lavoratori …, " (not a clause: "Dodici famiglie sono
# state evacuate, un anziano …"; not a subject and its apposition: "L'accusé, un ancien …,")
_FRONTED_RE = re.compile(
    r"(?:On|In|At|Among|Amid|Outside|Inside|Near|By|Back|Behind|Across|Along|Around|Before"
    r"|After|During|Later|Earlier|Meanwhile|Elsewhere|Nearby|Dans|Devant|Derrière|Sur|Sous|Chez"
    r"|Parmi|Pendant|Près|Au|Aux|À|Ailleurs|Plus|Entre|En|Frente|Junto|Cerca|Durante|Tras|Tra"
    r"|Fra|Davanti|Dentro|Fuori|Nel|Nella|Nei|Sul|Sulla|Al|Alla|Dal|Dalla|Poco|Più|Em|No|Na|Nos"
    r"|Nas|Diante|Perto|Ao|À|Mais|Bei|Am|Im|Vor|Hinter|Auf|Unter|Neben|Zwischen|Während|Später"
    r"|Draußen|Drinnen|Op|Bij|Voor|Achter|Tussen|Tijdens|Onder|Na|Buiten|Binnen|Verderop"
    # (and adverbs of contrast or time: "However, one nurse …", "Sin embargo, un asesor …")
    r"|However|Still|Sin embargo|No obstante|Pourtant|Cependant|Toutefois|Tuttavia|Intanto"
    r"|Invece|Porém|Contudo|No entanto|Entretanto|Jedoch|Allerdings|Dennoch|Echter|Toch"
    # (and a participle agreeing with the subject: "Sentada à porta, uma idosa …", "Asked
    # about the fire, one neighbour …")
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|uto|uta|ée|ed))"
    r"\b[^,.;:!?«»“”„\"]{0,80}, "
)

# prepositions of a phrase of place, origin or age after the noun ("from the north-east", "di
# origine albanese", "de 70 ans", "aus der Nachbarschaft")
_PREPS = {
    "english": frozenset("from at in of on with near for".split()),
    "french": frozenset("de du des d' d’ à au aux en chez".split()),
    "spanish": frozenset("de del en con al".split()),
    "italian": frozenset(
        "di del della dello dei degli delle da dal dalla dalle in nel nella con a al alla"
        " allo ai agli alle sul sulla sullo sui sugli sulle".split()
    ),
    "portuguese": frozenset("de do da dos das no na nos nas em com ao aos à às".split()),
    "german": frozenset("aus von vom im in mit bei beim am an auf zum zur des der für".split()),
    "dutch": frozenset("van uit bij met op in aan".split()),
}

# endings of a Romance adjective or participle right after the noun ("un diplomate occidental",
# "un jeune installé", "una señora mayor"): one such word is part of the description
_POSTNOMINAL = (
    "é",
    "ée",
    "ado",
    "ada",
    "ato",
    "ata",
    "ido",
    "ida",
    "ito",
    "ita",
    "al",
    "ale",
    "el",
    "ano",
    "ana",
    "ese",
    "ais",
    "aise",
    "ois",
    "oise",
    "ien",
    "ienne",
    "ico",
    "ica",
    "ique",
    "ivo",
    "iva",
    "eno",
    "ena",
    "ino",
    "ina",
    "ayor",
    "iore",
    "ior",
)

# endings of a Romance adjective of place or kind (no participle), singular and plural
_ADJECTIVE_ENDS = tuple(
    "al ale ali el ano ana ani ane anos anas ese esi ais aise ois oise ien ienne ico ica ici"
    " iche icos icas ique ivo iva ivi ive eno ena ense és esa ês ales eiro eira ário ária"
    " ario aria ista iste ile ili are ari".split()
)

# words that end a description: a relative pronoun, an auxiliary or a verb of being or having
_STOPS = frozenset(
    "who which that whose was were is are has had have will would could did said says told"
    " qui que dont est était a avait sont ont fut quien cuyo cuya es era fue ha había está"
    " tiene che cui è era ha aveva sono hanno quem cujo cuja é foi tem tinha está der die das"
    " ist war hat hatte sind haben wurde wird dat die is was heeft had zijn hebben werd wordt"
    " y e et and und en o ou or oder of mientras mentre enquanto pendant while während".split()
)

# person endings of a noun, per language (lower case), for nouns no list holds
_ENDS = {
    "english": ("ist", "ian", "ee", "eer", "ant", "ent", "er", "or"),
    "french": ("eur", "euse", "trice", "ier", "ière", "iste", "ant", "ante", "ien", "ienne"),
    "spanish": ("ista", "ante", "ente", "ario", "aria", "dor", "dora", "tor", "tora", "ero", "era"),
    "italian": ("ista", "ante", "ente", "ario", "aria", "tore", "trice", "aio"),
    "portuguese": (
        "ista",
        "ante",
        "ente",
        "ário",
        "ária",
        "dor",
        "dora",
        "tor",
        "tora",
        "eiro",
        "eira",
    ),
    "german": ("erin", "in", "er", "ent", "ist", "ling"),
    "dutch": ("er", "aar", "ist", "ent", "man", "vrouw"),
}
