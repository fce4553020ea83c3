"""Round twenty-five: someone unnamed or a relative a pronoun stands for, words reported inside a
quotation, a source closing or opening a sentence, and smaller shapes (each passage invented).

- A pronoun after a sentence opening on someone unnamed is theirs: "Un garçon de dix ans
  brandit son butin. « … », annonce-t-il." (French, Portuguese), "Ein Kommilitone neben ihr
  sah das anders. „…“, sagte er."; so is a German or Dutch relative opening it ("Zijn
  kleindochter, die hem vergezelt, vindt … ‘…’, zegt ze."), unless someone unnamed opens the
  sentence before, whose relative that is.
- Words reported inside a quotation: "Der Berater hat damals gesagt: ›…‹", "Il capitano è
  uscito e ci ha detto: “…”", "Ayer una señora me preguntó: ‘…’" are the adviser's, the
  captain's and the woman's; "Le pilote … criait : “…”" is the pilot the text named so.
- A German sentence closed by ", so Thiessen." leads a quotation after it; "Volgens de
  rechtbank …" opens a sentence citing the court, not the speaker before.
- Smaller shapes: a verb's object after the full name ("motiveerde voorzitter X de
  strafmaat", "scrive la giudice X nelle motivazioni"), "garanzie scritte" is no sign, "Il
  Pos l'ha preso" is a thing, "Eine Garantie" no one, a body opening the sentence before a
  subjectless "chiede in una nota", the focus of "C'est X qui lui a prêté" no "elle".
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    NL_MORE,
    NL_OPEN,
    PT_MORE,
    outcomes,
)

# one more closing paragraph, for passages too short for the language reader to tell
NL_LONGER = (
    "\n\nDe provincie wil de komende maanden met alle betrokkenen praten over de gevolgen van "
    "het besluit voor de inwoners van de regio. Volgens de planning is er voor de zomer een "
    "nieuw voorstel, dat dan opnieuw aan de raad wordt voorgelegd."
)
IT_LONGER = (
    "\n\nLa giunta ha annunciato che nelle prossime settimane incontrerà i rappresentanti dei "
    "cittadini per discutere le conseguenze della decisione."
)


def _found(text: str, head: str) -> str | None:
    ((_, _, found),) = outcomes([(text, [(head, None)])])
    return found


FR_BOY = (
    "La librairie des Tilleuls a vendu près de 2 000 livres pendant le salon, selon sa gérante, "
    "Odile Marchand. « C'est notre meilleur week-end », confie-t-elle.\n\nDans l'espace "
    "jeunesse, un garçon de dix ans brandit fièrement son butin. « J'ai eu quatre dédicaces », "
    "annonce-t-il à sa mère." + FR_MORE
)
PT_FISHMONGER = (
    "«Estamos a trabalhar sem parar», disse o comandante dos bombeiros, Rui Palhinha.\n\nNa "
    "lota, uma peixeira arruma as caixas vazias. «Sem barcos não há peixe», diz ela." + PT_MORE
)
DE_FELLOW = (
    DE_OPEN + "„Die Honorare sind seit Jahren zu niedrig“, sagte der Dekan Bertram Ohlsen.\n\n"
    "Eine Studentin wartete vor dem verschlossenen Hörsaal. Ein Kommilitone neben ihr sah das "
    "anders. „Wer uns unterrichtet, soll davon leben können“, sagte er." + DE_MORE
)
NL_GARDENER = (
    NL_OPEN + "‘We willen iedereen gelijk behandelen’, zegt voorzitter Joop Mertens.\n\nEen "
    "oudere tuinder die anoniem wil blijven, vindt de hele ophef overdreven. ‘Vroeger droegen "
    "we het water gewoon met emmers.’" + NL_MORE
)
NL_GRANDDAUGHTER = (
    NL_OPEN + "“Ik blijf gewoon klant”, zegt Jef Van Rompaey van de Markt van Oudeveld.\n\n"
    "Zijn kleindochter, die hem vergezelt, vindt de overstap logisch. “Opa vergelijkt nu zelf "
    "de rentes”, zegt ze lachend." + NL_MORE
)
DE_GRANDDAUGHTER = (
    DE_OPEN + "„Ich bleibe Kunde“, sagt Josef Brandlmeier.\n\nSeine Enkelin, die ihn begleitet, "
    "findet den Wechsel vernünftig. „Opa vergleicht jetzt selbst die Zinsen“, sagt sie." + DE_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (FR_BOY, "J'ai eu quatre", "un garçon"),
        (PT_FISHMONGER, "Sem barcos", "uma peixeira"),
        (DE_FELLOW, "Wer uns unterrichtet", "ein kommilitone"),
        (NL_GARDENER, "Vroeger droegen", "een oudere tuinder die anoniem wil blijven"),
        (NL_GRANDDAUGHTER, "Opa vergelijkt", "zijn kleindochter"),
        (DE_GRANDDAUGHTER, "Opa vergleicht", "seine enkelin"),
    ],
)
def test_a_pronoun_after_someone_unnamed_or_a_relative(text: str, head: str, speaker: str) -> None:
    found = _found(text, head)
    assert found is not None and found.casefold().startswith(speaker)


def test_the_person_named_after_a_thing_is_the_pronoun() -> None:
    # ("La librairie … selon sa gérante, Odile X. « … », confie-t-elle": hers, not the shop's)
    assert _found(FR_BOY, "C'est notre meilleur") == "Odile Marchand"


FR_REPORT = (
    "Un rapport publié mardi par la cour des comptes régionale pointe des retards. « Les "
    "chantiers ont pris deux ans de retard », précise-t-il." + FR_MORE
)
NL_MOTHER = (
    NL_OPEN + "‘Wij nemen geen enkel risico’, zegt woordvoerder Lotte Kramer van Speelgoed "
    "Dijkstra.\n\nEen moeder uit Heerenveld ontdekte het probleem zelf. Haar dochter van negen "
    "maanden had het oor half los gekauwd. ‘Ik dacht eerst dat het gewone slijtage was’, zegt "
    "ze." + NL_MORE
)
DE_INJURED = (
    DE_OPEN + "Ein Mann wurde schwer verletzt, sagte die Polizei. „Er kam mit dem Hubschrauber "
    "ins Krankenhaus“, sagte ein Sprecher." + DE_MORE
)


def test_no_thing_and_no_relative_of_someone_unnamed() -> None:
    # a report is no "il"; the daughter of nine months is the mother's, who speaks
    assert _found(FR_REPORT, "Les chantiers ont") != "un rapport"
    found = _found(NL_MOTHER, "Ik dacht eerst")
    assert found is not None and found.casefold().startswith("een moeder")
    # (a sentence before the comma is no one unnamed with a clause: the police speaks)
    assert _found(DE_INJURED, "Er kam mit") == "ein Sprecher"


DE_ADVISER = (
    DE_OPEN + "»Der Berater hat damals gesagt: ›Das ist das Beste, was Sie für den Jungen tun "
    "können.‹ Davon ist nicht viel übrig geblieben«, erzählt Renate Kühlborn." + DE_MORE
)
IT_CAPTAIN = (
    IT_OPEN + "«A febbraio sono rimasta bloccata sul molo. Il capitano è uscito e ci ha detto: "
    "“Oggi si parte, forse”. Forse», racconta Giulia Sarnelli, infermiera." + IT_MORE
)
ES_LADY = (
    ES_OPEN + "“Ayer una señora me preguntó: ‘¿Y si me da otro infarto, quién me saca de "
    "aquí?’. Y no supe qué decirle”, relató el paramédico Marcelo Ojedas." + ES_MORE
)
FR_PILOT = (
    "La voiture a quitté la route dans le virage du moulin. Le pilote, Kévin Rouaud, 28 ans, "
    "légèrement blessé, a été examiné sur place.\n\nUne commissaire de course a assisté à la "
    "scène. « Le pilote est sorti en titubant, il criait : “Aidez-moi, il ne répond plus !” Je "
    "n'oublierai jamais », raconte Gwen Le Floc'h." + FR_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (DE_ADVISER, "Das ist das Beste", "der berater"),
        (IT_CAPTAIN, "Oggi si parte", "il capitano"),
        (ES_LADY, "¿Y si me da", "una señora"),
        (FR_PILOT, "Aidez-moi", "kévin rouaud"),
    ],
)
def test_words_reported_inside_a_quotation(text: str, head: str, speaker: str) -> None:
    found = _found(text, head)
    assert found is not None and found.casefold() == speaker


DE_SO_CLOSING = (
    DE_OPEN + "„Man kann einen Fluss nicht endlos ausbaggern“, sagte Sprecherin Merle "
    "Thiessing.\n\nSchon nach der letzten Vertiefung sei der Sauerstoff eingebrochen, so "
    "Thiessing. „Die Fische sterben, die Ufer brechen ab.“" + DE_MORE
)
NL_ACCORDING_COURT = (
    NL_OPEN + "‘De beschuldigde heeft een man gedood die geen gevaar vormde’, zei advocaat "
    "Ingrid Vandamme. Volgens de rechtbank getuigen de feiten van ‘een totale minachting voor "
    "het leven’." + NL_MORE
)


def test_a_source_closing_or_opening_the_sentence() -> None:
    assert _found(DE_SO_CLOSING, "Die Fische sterben") == "Merle Thiessing"
    # ("Volgens de rechtbank …": the court's words, never the lawyer's before them)
    assert _found(NL_ACCORDING_COURT, "een totale minachting") != "Ingrid Vandamme"


NL_OBJECT_AFTER_NAME = (
    NL_OPEN + "‘De beschuldigde handelde met voorbedachten rade’, motiveerde voorzitter Ingrid "
    "Vandamme de strafmaat." + NL_MORE + NL_LONGER
)
IT_ADJUNCT_AFTER_NAME = (
    IT_OPEN + "“L’approvazione del modello non equivale all’omologazione”, scrive la giudice di "
    "pace Rosaria Fantoni nelle motivazioni." + IT_MORE
)
IT_WRITTEN_GUARANTEES = (
    IT_OPEN + "Roberto Pellegatti, rappresentante sindacale, chiede però garanzie scritte: «I "
    "colleghi sono disponibili a cambiare.»" + IT_MORE
)
IT_FRONTED_OBJECT = (
    IT_OPEN + "Ciro Mastrangelo vende pesce qui da trent’anni. Il Pos l'ha preso a marzo, ma lo "
    "usa controvoglia. «Sulle cose piccole ci rimetto», racconta ridendo." + IT_MORE
)
DE_THING_IN_MOOD = (
    DE_OPEN + "„Keine Filiale wird geschlossen“, sagte Frank Deißinger. Eine Garantie auf Zeit "
    "sei ihm zu wenig. „Fünf Jahre sind in der Bankenwelt schnell vorbei.“" + DE_MORE
)
IT_BODY_BEFORE = (
    IT_OPEN + "«Valuteremo con i nostri legali», spiega la comandante Daniela Rossini.\n\nIl "
    "Comitato Utenti della Provinciale alza però la posta. “Adesso il Comune restituisca i "
    "soldi a tutti”, chiede in una nota." + IT_MORE + IT_LONGER
)
FR_CLEFT = (
    "Farida Benhamou vend des fruits sur les marchés depuis dix ans. « La banque m'a dit non en "
    "cinq minutes », raconte-t-elle.\n\nC'est finalement Coup de Main Provence qui lui a prêté "
    "6 000 euros. « Sans ce prêt, j'arrêtais les marchés », dit-elle." + FR_MORE
)
NL_AFFILIATION_PLACE = (
    NL_OPEN + "Econoom Pieter Claessens van de hogeschool in Geel-Noord relativeert het succes. "
    "“Een kleine bank kan zich zo’n actie veroorloven.”" + NL_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (NL_OBJECT_AFTER_NAME, "De beschuldigde handelde", "Ingrid Vandamme"),
        (IT_ADJUNCT_AFTER_NAME, "L’approvazione del modello", "Rosaria Fantoni"),
        (IT_WRITTEN_GUARANTEES, "I colleghi sono", "Roberto Pellegatti"),
        (IT_FRONTED_OBJECT, "Sulle cose piccole", "Ciro Mastrangelo"),
        (DE_THING_IN_MOOD, "Fünf Jahre sind", "Frank Deißinger"),
        (IT_BODY_BEFORE, "Adesso il Comune", "Comitato Utenti della Provinciale"),
        (FR_CLEFT, "Sans ce prêt", "Farida Benhamou"),
        (NL_AFFILIATION_PLACE, "Een kleine bank", "Pieter Claessens"),
    ],
)
def test_smaller_shapes(text: str, head: str, speaker: str) -> None:
    assert _found(text, head) == speaker


IT_SPEAKER_GOES_ON = (
    IT_OPEN + "L'assessora alla Casa, Lucia Bernardini, ha visitato l'accampamento. «Hanno "
    "ragione», ha ammesso. Il Comune sta lavorando a un regolamento sugli affitti brevi. «Ma i "
    "poteri dei sindaci sono limitati», ha aggiunto." + IT_MORE
)


def test_a_speaker_of_the_paragraph_goes_on_over_a_body() -> None:
    # (a quotation before in the paragraph: "ha aggiunto" is hers, not the Comune's)
    assert _found(IT_SPEAKER_GOES_ON, "Ma i poteri") == "Lucia Bernardini"


EN_COMPANY_QUOTED = (
    "More than 400 workers walked out at the Harlan depot on Monday.\n\nIn a statement, Brevane "
    "said its offer was “fair and competitive.”\n\n“We remain ready to return to the table,” "
    "the company said."
)
EN_COMPANY_NAMED = (
    "Thousands of homes were without water on Tuesday.\n\nMarrowby Water said engineers had "
    "worked through the night on the damaged pipe, which runs under the road near the old "
    "market. The burst sent water pouring down Orchard Lane.\n\nIn a statement, the company "
    "said: “We understand how difficult this is for our customers.”"
)
ES_NOT_THE_COURT = (
    ES_OPEN + "Repartia anunció que recurrirá la resolución ante el Tribunal Superior de "
    "Justicia. “Respetamos la decisión judicial, pero no la compartimos”, señala la empresa, "
    "que opera en la ciudad desde 2023." + ES_MORE
)


def test_the_company_is_the_company_named_or_quoted_before() -> None:
    assert _found(EN_COMPANY_QUOTED, "We remain ready") == "Brevane"
    assert _found(EN_COMPANY_NAMED, "We understand how") == "Marrowby Water"
    # (a company is never the court named before it)
    assert _found(ES_NOT_THE_COURT, "Respetamos la") != "Tribunal Superior de Justicia"


EN_UNION_THEN_COMPANY = (
    "Drivers at Kestrel Buses began a 48-hour strike on Friday.\n\n“Enough is enough,” the "
    "Transport Workers Union said in a statement.\n\n“We have made a fair offer,” the company "
    "said."
)
IT_PERSON_THEN_COMPANY = (
    IT_OPEN + "Dietro il bancone c’è Antonino Bruzzi, 74 anni. «Cinquant’anni qui dentro», dice "
    "Antonino Bruzzi. Sua moglie, Franca Bruzzi, lo guarda dalla porta.\n\nIl palazzo è stato "
    "comprato da un fondo. In un comunicato la società parla di «un progetto di "
    "valorizzazione»." + IT_MORE + IT_LONGER
)


def test_no_company_from_a_union_or_a_person_quoted_before() -> None:
    assert _found(EN_UNION_THEN_COMPANY, "We have made") != "Transport Workers Union"
    assert _found(IT_PERSON_THEN_COMPANY, "un progetto di") != "Antonino Bruzzi"


ES_MOTHER_BODY_MENTIONED = (
    ES_OPEN + "Rosa Prado es madre de tres niños. El Ayuntamiento cerró la piscina municipal en "
    "julio. “Mis hijos no tienen dónde ir”, lamenta." + ES_MORE
)
IT_PARENT_BODY_MENTIONED = (
    IT_OPEN + "Paola Rizzi ha due bambini alle elementari. Il Comune di Sarzana Alta ha tagliato "
    "il servizio mensa. «Adesso pago il doppio per il pranzo», dice." + IT_MORE + IT_LONGER
)
DE_DAUGHTER_SILENT = (
    DE_OPEN + "Bürgermeisterin Ute Sandhoff hört aufmerksam zu. Ihre Tochter, die im Rat sitzt, "
    "schweigt dazu. „Wir prüfen das in Ruhe“, sagt sie." + DE_MORE
)
NL_SON_TALKED_ABOUT = (
    NL_OPEN + "Boer Jan Veldhuis laat het erf zien. Zijn zoon, die het bedrijf moet overnemen, "
    "zit nog op school. ‘Hij gaat het goed doen’, zegt hij." + NL_MORE + NL_LONGER
)
FR_TRACTOR = (
    "L'agriculteur Louis Perrot nous fait visiter sa ferme. Un vieux tracteur trône au milieu "
    "de la cour. « Il a cent ans et il démarre encore », annonce-t-il fièrement." + FR_MORE
)
NL_MINUTES = (
    NL_OPEN + "Volgens de notulen noemde wethouder Sanne Bosman het plan ‘goed haalbaar en "
    "betaalbaar’." + NL_MORE + NL_LONGER
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (ES_MOTHER_BODY_MENTIONED, "Mis hijos", "Rosa Prado"),
        (IT_PARENT_BODY_MENTIONED, "Adesso pago", "Paola Rizzi"),
        (DE_DAUGHTER_SILENT, "Wir prüfen das", "Ute Sandhoff"),
        (NL_SON_TALKED_ABOUT, "Hij gaat het", "Jan Veldhuis"),
        (FR_TRACTOR, "Il a cent ans", "Louis Perrot"),
    ],
)
def test_near_misses_keep_the_person(text: str, head: str, speaker: str) -> None:
    # (from a review of this round's rules: a body only mentioned, a relative silent or
    # talked about, a machine, minutes cited, none of them the speaker)
    assert _found(text, head) == speaker


NL_NAME_WITH_PARTICLE = (
    NL_OPEN
    + "‘Dit was een weloverwogen daad’, motiveerde rechter Els de Bruin het vonnis."
    + NL_MORE
    + NL_LONGER
)
FR_GIRL = (
    "Les enfants du village ont défilé dans les rues. Une fillette de huit ans montre fièrement "
    "son panier. « C'est pour ma grand-mère », annonce-t-elle." + FR_MORE
)
FR_COPILOT = (
    "La voiture a quitté la route dans le dernier virage. Le pilote, Kévin Ravel, et le "
    "copilote, Marc Lefranc, ont survécu.\n\n« Le copilote criait : “Sautez !” et tout le monde "
    "a sauté », raconte une passagère, Sophie Blanchet." + FR_MORE
)


def test_minutes_are_no_source() -> None:
    # ("Volgens de notulen noemde wethouder X het plan ‘…’": never the minutes)
    assert _found(NL_MINUTES, "goed haalbaar") not in ("de notulen", "notulen")


def test_names_with_particles_girls_and_copilots() -> None:
    assert _found(NL_NAME_WITH_PARTICLE, "Dit was een") == "Els de Bruin"
    found = _found(FR_GIRL, "C'est pour ma")
    assert found is not None and found.startswith("une fillette")
    assert _found(FR_COPILOT, "Sautez") == "Marc Lefranc"


EN_ACCORDING_UNNAMED = (
    "The council approved the budget on Tuesday after a long debate.\n\n“This is a private car "
    "park,” said Priya Chandley, a solicitor for the residents.\n\nTraders say the row is hurting "
    "business. Footfall has dropped since the charges began, according to one trader, who "
    "did not want to be named because her lease is with the owners.\n\n“People tell me they’d "
    "rather drive to Castlebury,” she said."
)
EN_ACCORDING_OTHER_GENDER = EN_ACCORDING_UNNAMED.replace("her lease", "his lease")


def test_according_to_someone_unnamed_who_keeps_their_name_back() -> None:
    # ("according to one trader, who did not want to be named because her lease …" and
    # "she said": hers; with "his lease" the "she" is someone else's)
    assert _found(EN_ACCORDING_UNNAMED, "People tell me") == "one trader"
    assert _found(EN_ACCORDING_OTHER_GENDER, "People tell me") != "one trader"
