"""Speakers on short invented passages about people who share a surname and about the form of
a name: a parent or a child called by the converse kinship noun after the relative was
introduced ("Il figlio, Marco X" … "risponde il padre": the father, not the son named last); a
bare surname that a shop or firm named after the family also ends ("Juwelier Vos", then
"Eigenaar Anton Vos"): the person; a Romance courtesy title ("Don", "Dona") and a German or
Dutch role compound ("Vakbondssecretaris", "Medeverdachte") before the name are no part of it;
a body's name joined by an ampersand is whole; a venue after a Romance "al"/"au" ("Marta X al
Teatro Y") is no part of the name before it; an Italian "Per X," opening a sentence after
"Bruno X" is "for X"; the place spoken from after a surname ("X dal palco", "X depuis la
tribune") is no part of it.
Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # Italian: the son introduced by kinship; "il padre" is the other one of the surname
        # named before him, not the son named last
        "Nel laboratorio di via Orefici, a Mantova, Ernesto Gualandi lucida una cornice "
        "dorata con un panno di lana. “Questa l’ha intagliata mio nonno”, dice l’artigiano.\n\n"
        "Il figlio, Piero Gualandi, lavora al tavolo vicino alla finestra e ascolta senza "
        "alzare la testa. “Lui parla, io consegno”, scherza il trentenne.\n\n"
        "A sera Piero spegne le lampade una dopo l’altra.\n\n"
        "“Chiudo io”, dice.\n\n"
        "“Chiudi tu”, risponde il padre, “ma le chiavi restano a me”.",
        [("Chiudi tu", "Ernesto Gualandi")],
    ),
    (
        # German: the daughter introduced by kinship; "Die Mutter" is the other of the surname
        "Seit neun Jahren leitet Gesine Oltmanns die Stadtbibliothek in Husum. Im Herbst "
        "geht die Bibliothekarin in den Ruhestand.\n\n"
        "Was danach kommt, weiß sie noch nicht. Ihre Tochter Lene Oltmanns, selbst "
        "Buchhändlerin in Kiel, habe ihr geraten, »endlich einmal nur zu lesen«. Die Mutter "
        "lacht darüber. »Ich werde trotzdem jeden Montag die Rückgaben sortieren.«",
        [("endlich einmal", "Lene Oltmanns"), ("Ich werde trotzdem", "Gesine Oltmanns")],
    ),
]

NAME_FORMS: list[Case] = [
    (
        # Spanish: "Don" before a first name and a surname is a courtesy title
        "En el mercado de abastos de Tlacoyan los precios del maíz subieron otra vez esta "
        "semana, y los comerciantes dicen que la gente compra cada vez menos.\n\n"
        "Don Eusebio Tapia, tortillero desde hace treinta años, lo resume así: «Antes "
        "vendía cien kilos al día y ahora no llego a sesenta».",
        [("Antes vendía", "Eusebio Tapia")],
    ),
    (
        # Portuguese: "Dona" and a first name alone, for the woman named in full before
        "Na cozinha da casa, em Caruaru, Iolanda Pires, 81 anos, costureira aposentada, "
        "prepara o café enquanto a neta arruma a mesa para as visitas.\n\n"
        "“Eu costurei o vestido de noiva de metade desta rua”, conta Dona Iolanda, sem "
        "largar a agulha.",
        [("Eu costurei", "Iolanda Pires")],
    ),
    (
        # Dutch: a union role compound before the name
        "De stakers bij het distributiecentrum in Zelhem blijven voorlopig thuis. "
        "Vakbondssecretaris Ineke Sloots van de bond zegt dat de leden boos zijn. ‘Niemand "
        "heeft ons iets gevraagd’, zegt ze.",
        [("Niemand heeft", "Ineke Sloots")],
    ),
    (
        # Dutch: a body whose name an ampersand joins; the second quotation of its sentence
        # is the whole name's too, without the article ("De Autoriteit Water" … " & Energie")
        "Steeds meer huishoudens in Drenthe krijgen een naheffing van hun waterbedrijf. „Ik "
        "betaal nu twee keer”, zegt een bewoner.\n\n"
        "De Autoriteit Water & Energie (AWE) laat weten „klachten te hebben ontvangen” over "
        "het bedrijf en „de zaak op de voet te volgen”. Of er een boete komt, wil de "
        "toezichthouder niet zeggen.",
        [
            ("klachten te hebben", "Autoriteit Water & Energie"),
            ("de zaak op de voet", "Autoriteit Water & Energie"),
        ],
    ),
    (
        # Dutch: the family's shop named before the owner; the bare surname is the owner
        "In Dalfsen is in de nacht van zaterdag op zondag ingebroken bij Juwelier Vos aan de "
        "Markt. De daders gingen er met de vitrines vandoor.\n\n"
        "Eigenaar Anton Vos stond zondagochtend tussen het glas. ‘Dit is de derde keer dit "
        "jaar’, aldus Vos.",
        [("Dit is de derde", "Anton Vos")],
    ),
]

SIBLINGS: list[Case] = [
    (
        # Italian: two brothers named together; "Il fratello" after one speaks is the other
        "Tra gli sfollati ci sono i fratelli Bruno e Carlo Venturelli, 61 e 65 anni, che "
        "abitano nella casa di famiglia sotto la collina. «Abbiamo sentito tremare i vetri», "
        "racconta Bruno Venturelli. Il fratello annuisce: «Io ho preso le chiavi della "
        "macchina e basta».",
        [("Abbiamo sentito", "Bruno Venturelli"), ("Io ho preso", "Carlo Venturelli")],
    ),
    (
        # French: the same with two sisters
        "Parmi les évacués, les sœurs Odile et Jeanne Marchal, 68 et 72 ans, qui habitent la "
        "maison familiale au bord du torrent. « On a entendu un grondement », raconte Odile "
        "Marchal. La sœur acquiesce : « Moi, j’ai pris le chat et je suis sortie en chemise "
        "de nuit. »",
        [("On a entendu", "Odile Marchal"), ("Moi, j’ai pris", "Jeanne Marchal")],
    ),
    (
        # Spanish: two sisters named together; "La hermana" after one speaks is the other
        "Entre los desalojados están las hermanas Rosario y Amparo Quintanilla, de 70 y 74 "
        "años, que viven desde siempre en la casa familiar junto al barranco. «Oímos un "
        "ruido enorme y después silencio», cuenta Rosario Quintanilla. La hermana asiente: "
        "«Yo cogí las medicinas y salí en zapatillas».",
        [("Oímos un", "Rosario Quintanilla"), ("Yo cogí", "Amparo Quintanilla")],
    ),
]

OPENING_FOR: list[Case] = [
    (
        # Italian: "Per X," opening a sentence after "Bruno X" is "for X", not a first name
        "La Pallavolo Valdarno ha vinto ieri sera al tie-break contro la capolista, davanti "
        "a un palazzetto pieno come non si vedeva da anni. L'allenatore Bruno Castellani non ha "
        "nascosto la soddisfazione alla fine della partita, ma ha anche ricordato che il "
        "campionato è ancora lungo e che la squadra deve crescere in difesa.\n\n"
        "Mercoledì la squadra sarà impegnata nella difficile trasferta di Poggibonsi, dove "
        "non vince da tre stagioni. Per Castellani, intanto, si apre un problema in regia. "
        "«Adesso devo scegliere chi gioca, ed è un bel problema da avere», ha concluso "
        "sorridendo.",
        [("Adesso devo", "Bruno Castellani")],
    ),
    (
        # guard: the Nordic first name "Per" before a surname the text gives no one else
        "La Pallavolo Valdarno ha vinto ieri sera al tie-break contro la capolista, davanti "
        "a un palazzetto pieno come non si vedeva da anni. Il palleggiatore svedese Per Lindqvist è "
        "stato il migliore in campo e ha ricevuto gli applausi di tutto il pubblico alla "
        "fine della partita.\n\n"
        "Mercoledì la squadra sarà impegnata nella difficile trasferta di Poggibonsi, dove "
        "non vince da tre stagioni. «Abbiamo giocato con il cuore», ha detto Per Lindqvist.",
        [("Abbiamo giocato", "Per Lindqvist")],
    ),
]

VENUES: list[Case] = [
    (
        # Italian: the venue after a contracted "at the" is no part of the director's name
        "Applausi e qualche fischio, ieri sera, per la prima dell'Antigone firmata dalla "
        "regista Marta Scalzi al Teatro Comunale di Pontevico. Lo spettacolo porta la "
        "tragedia in una fabbrica dismessa della provincia, tra operai in cassa integrazione "
        "e sirene che suonano a vuoto. Il pubblico del loggione non ha gradito il finale, "
        "mentre la platea ha applaudito a lungo gli attori della compagnia.\n\n"
        "A fine serata Scalzi ha commentato con calma: «I fischi fanno parte del mestiere, e "
        "li ascolto volentieri».",
        [("I fischi", "Marta Scalzi")],
    ),
]

FROM_PLACE: list[Case] = [
    (
        # Italian: the place spoken from after the surname ("X dal palco") is no part of it
        "Il congresso del partito si è chiuso ieri a Pieve con la rielezione del segretario "
        "Marco Ferrandi, che ha ottenuto il 70 per cento dei voti dei delegati arrivati da "
        "tutta la regione. La coalizione che sostiene la giunta regionale però trema, e i "
        "rapporti con gli alleati restano tesi.\n\n"
        "«Siamo stanchi di fare da stampella», ha scandito Ferrandi dal palco, tra gli "
        "applausi.",
        [("Siamo stanchi", "Marco Ferrandi")],
    ),
    (
        # French: the same with "depuis"
        "Le congrès du parti s'est achevé hier à Villeneuve avec la réélection du secrétaire "
        "Marc Ferrand, qui a obtenu 70 % des voix des délégués venus de toute la région. La "
        "coalition qui soutient l'exécutif régional tremble pourtant, et les relations avec "
        "les alliés restent tendues.\n\n"
        "« Nous sommes fatigués de servir de béquille », a lancé Ferrand depuis la tribune, "
        "sous les applaudissements.",
        [("Nous sommes", "Marc Ferrand")],
    ),
]

GUARDS: list[Case] = [
    (
        # an Arabic "al" inside a name stays ("Nasser al Khelaifi")
        "Il presidente del club, Nasser al Khelaifi, ha parlato ai giornalisti dopo la "
        "partita di ieri sera allo stadio. «Siamo delusi ma non preoccupati», ha detto al "
        "Khelaifi.",
        [("Siamo delusi", "Nasser al Khelaifi")],
    ),
    (
        # English: "Don" is a first name
        "Don Pelham, the harbourmaster, watched the last trawler come in. “We have never "
        "seen a season this short,” Don Pelham said.",
        [("We have never", "Don Pelham")],
    ),
    (
        # two others of the surname named before the son: no one picked by kinship ("il
        # padre" stays with the rules before)
        "Ernesto Gualandi e Bruno Gualandi hanno aperto la bottega nel 1970.\n\n"
        "Il figlio, Piero Gualandi, lavora al tavolo vicino alla finestra.\n\n"
        "“Chiudi tu”, risponde il padre.",
        [("Chiudi tu", "Piero Gualandi")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_family_shape_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", NAME_FORMS, ids=lambda c: c[0][:30])
def test_name_form_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", SIBLINGS, ids=lambda c: c[0][:30])
def test_sibling_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", OPENING_FOR, ids=lambda c: c[0][:30])
def test_opening_for_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", VENUES, ids=lambda c: c[0][:30])
def test_venue_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", FROM_PLACE, ids=lambda c: c[0][:30])
def test_from_place_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


@pytest.mark.parametrize("case", GUARDS, ids=lambda c: c[0][:30])
def test_family_guard_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
