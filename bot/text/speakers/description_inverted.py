"""Someone new brought in as the subject *after* its verb (private to ``description_phrases``).

Reporters bring a person in by a fronted phrase of place, manner or contrast, a verb of being
there, sitting, standing or speaking up, and then the person, at the end of the sentence, before
quoting them: "Standing by his stall was a fishmonger from the old quarter.", "Op de tribune zat
een bewoonster van het eerste uur.", "Weniger zuversichtlich zeigt sich ein Monteur aus dem
Nachbarort.", "Derrière son étal se tenait une fromagère.", "Entre los afectados está una
maestra jubilada.", "Tra i presenti c'era anche una maestra in pensione.", "Entre os presentes
estava uma professora reformada.". The subject comes right after its verb (and a reflexive
pronoun or an adverb such as "also", "auch", "anche"), so nothing stands between them that could
be another subject ("Op de tribune begroette de burgemeester een bewoonster" is not read: the
verb is no verb of being there, and the mayor stands between).

``inverted_start`` gives where such a subject's article stands; ``description_phrases`` reads
the description from there as it reads one that opens its sentence.
"""

from __future__ import annotations

import re

# words a sentence opens on before an inverted subject: prepositions and adverbs of place, time,
# manner or contrast (a subject, a pronoun or a name never opens such a sentence)
_OPENERS = {
    "english": "On In At Among Amid Outside Inside Near By Behind Beside Across Along Around"
    " Next Nearby Also Alongside Opposite Sitting Standing Waiting Watching Leaning Queuing",
    "french": "Dans Devant Derrière Sur Sous Chez Parmi Près Au Aux À Entre En Face Non Plus"
    " Moins Aussi Là Ici Assise Assis Installé Installée Debout",
    "spanish": "En Entre Frente Junto Cerca Tras Ante Delante Detrás Sentado Sentada Allí Ahí"
    " Menos Más También Al",
    "italian": "Tra Fra Davanti Dentro Fuori Nel Nella Nei Nelle Sul Sulla Al Alla Accanto Dietro"
    " In Lì Là Seduto Seduta Meno Più Anche Poco All['’] Nell['’] Dall['’] Sull['’]",
    "portuguese": "Em No Na Nos Nas Entre Diante Perto Junto Atrás Ao À Sentado Sentada Ali Lá"
    " Menos Mais Também",
    "german": "Auf In Im Am An Unter Neben Vor Hinter Zwischen Bei Beim Mittendrin Dort Da Hier"
    " Daneben Ganz Auch Anders Weniger Mehr Ähnlich Ebenso Deutlicher Vorne Draußen Drinnen",
    "dutch": "Op In Aan Onder Naast Voor Achter Tussen Bij Daar Hier Ook Anders Minder Meer"
    " Verderop Buiten Binnen Vooraan Achteraan Helemaal",
}
# German and Dutch adverbs of manner open such sentences too, capitalized: by their endings
# ("Skeptisch ist …", "Zuversichtlicher zeigt sich …", "Kritischer is …")
_MANNER = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:lich|isch|ig|los|bar|sam|lijk|loos|baar|zaam)(?:er)?\b"
    # (and a comparative: "Nüchterner sah es …", "Gelassener zeigt sich …")
    r"|[A-ZÄÖÜ][a-zäöüß]{4,}er\b"
)
# the verbs of being there, sitting, standing, showing oneself or speaking up, finite, with a
# reflexive pronoun where the language needs one, and the adverbs that may follow them
_VERBS = {
    "english": r"(?:was|were|is|are|stood|stands|sat|sits|came|comes)(?: also)?",
    "french": r"(?:se (?:tenait|tient|trouvait|trouve)|était|est|figure|figurait|attendait"
    r"|attend|il y avait|il y a|arrive|arrivait|s['’]approche|s['’]approchait)"
    r"(?: aussi| également| encore)?",
    "spanish": r"(?:está|estaba|se encontraba|se encuentra|figura|figuraba|había|hay|aguardaba"
    r"|esperaba|llegó|llega|se acercó|se acerca|apareció|aparece)(?: también| incluso)?",
    "italian": r"(?:c['’]è|c['’]era|si trova|si trovava|siede|sedeva|figura|figurava|attende"
    r"|aspettava|aspetta|arriva|arrivava|è arrivat[oa]|si avvicina|si è avvicinat[oa])"
    r"(?: anche| pure)?",
    "portuguese": r"(?:está|estava|encontra-se|encontrava-se|se encontra(?:va)?|figura|figurava"
    r"|há|havia|aguardava|esperava|chegou|chega|aproximou-se|aproxima-se)(?: também)?",
    "german": r"(?:ist|war|sitzt|saß|steht|stand|kommt|kam|wartet|wartete|(?:meldet|meldete"
    r"|zeigt|zeigte|äußert|äußerte|gibt|gab) sich|sieht (?:das|es)|sah (?:das|es))"
    r"(?: (?:auch|ebenfalls|dann|noch|da|dort|hier|heute|sichtlich))?",
    "dutch": r"(?:zat|zit|stond|staat|is|was|kwam|komt|wacht|wachtte|stapt|stapte|loopt|liep"
    r"|(?:meldt|meldde|toont|toonde|laat|liet) zich(?: horen)?|ziet (?:het|dat)|zag (?:het|dat))"
    r"(?: (?:ook|er|nog|dan|daar|hier))?",
}
# in the Romance languages a phrase of place may stand between the verb and its subject ("Se
# acercó a la parroquia un jornalero", "Arrivò in piazza una pensionata"): a preposition and a
# noun with its article
_ROMANCE_PLACE = (
    r"(?: (?:a|à|en|em|in|al|au|ao|à|na|no|nella|nel|sulla|sul|hasta|fino|verso|hacia|vers"
    r"|dans|sur|desde|depuis|dès|dal|dalle|dalla) (?:(?:el|la|los|las|le|les|l['’]|il|lo|o|os|as|a|su|sa|son|sua|seu)"
    r" ?)?\w+)?"
)
_ARTICLES = {
    "english": r"(?:a|an|one)",
    "french": r"(?:une?)",
    "spanish": r"(?:una?)",
    "italian": r"(?:un|uno|una|un['’])",
    "portuguese": r"(?:uma?)",
    "german": r"(?:eine?)",
    "dutch": r"(?:een)",
}
_ROMANCE = ("french", "spanish", "italian", "portuguese")
# an opener, then up to 100 characters with no sentence or quotation mark, then the verb
# right before the subject's article
_INVERTED = {
    lang: re.compile(
        rf"(?:(?:{'|'.join(_OPENERS[lang].split())})\b"
        + (rf"|{_MANNER}" if lang in ("german", "dutch") else "")
        + rf")[^.!?;:«»“”„\"]{{0,100}}?\s{_VERBS[lang]}"
        + (_ROMANCE_PLACE if lang in _ROMANCE else "")
        + rf"\s(?={_ARTICLES[lang]}\b)"
    )
    for lang in _OPENERS
}


def inverted_start(text: str, start: int, end: int, lang: str) -> int | None:
    """Where the article of a person brought in after its verb stands, in the sentence from
    ``start`` to ``end`` (see the module's note); else None."""
    pattern = _INVERTED.get(lang)
    if pattern is None:
        return None
    found = pattern.match(text, start, end)
    return found.end() if found is not None else None
