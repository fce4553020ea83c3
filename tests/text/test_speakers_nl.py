"""Speakers on invented Dutch news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "„De nieuwe sluis gaat in april open”, zei wethouder Pieter de Vries.",
        [("De nieuwe sluis", "Pieter de Vries")],
    ),
    (
        "“We hebben te weinig leraren”, aldus schoolleider Sanne Bakker.",
        [("We hebben te weinig", "Sanne Bakker")],
    ),
    (
        "Volgens burgemeester Ruud Visser “blijft het zwembad in de zomer open”.",
        [("blijft het zwembad", "Ruud Visser")],
    ),
    (
        "Boer Henk Mulder ziet zijn land onder water staan.\n\n"
        "“Zoveel regen heb ik nog nooit meegemaakt”, zei hij.",
        [("Zoveel regen", "Henk Mulder")],
    ),
    (
        "Verpleegkundige Lotte Smit werkt al twintig jaar op de afdeling.\n\n"
        "“De wachtlijsten worden elk jaar langer.”",
        [("De wachtlijsten", "Lotte Smit")],
    ),
    (
        "Directeur Mark Jansen van het museum zei: “We openen een nieuwe vleugel.”",
        [("We openen een nieuwe", "Mark Jansen")],
    ),
    (
        "“De kosten zijn verdubbeld”, vertelde projectleider Eva Dekker.",
        [("De kosten zijn", "Eva Dekker")],
    ),
    (
        "“De trein rijdt vanaf maandag weer”, zei woordvoerder Bram Peters. “We hebben "
        "het spoor hersteld.”",
        [("De trein rijdt", "Bram Peters"), ("We hebben het spoor", "Bram Peters")],
    ),
    (
        "Visser Kees de Boer vaart al veertig jaar uit.\n\n"
        "“De vangst wordt elk jaar kleiner”, zegt hij.",
        [("De vangst wordt", "Kees de Boer")],
    ),
    (
        "“Het dak moet helemaal vervangen worden”, stelde architect Iris van Dijk.",
        [("Het dak moet", "Iris van Dijk")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "“De dijk is sterk genoeg”, verklaarde dijkgraaf Jolanda Vos.",
        [("De dijk is", "Jolanda Vos")],
    ),
    (
        "Volgens econoom Daan Hendriks “stijgen de huizenprijzen nog een jaar”.",
        [("stijgen de huizenprijzen", "Daan Hendriks")],
    ),
    (
        "Wethouder Sanne Kok opende het nieuwe park.\n\n“Dit is een plek voor iedereen”, zei ze.",
        [("Dit is een plek", "Sanne Kok")],
    ),
    (
        "“We stoppen met de veerdienst”, aldus directeur Frank Bos van de rederij.",
        [("We stoppen met", "Frank Bos")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "“De bibliotheek blijft open”, beloofde wethouder Anke Willems.",
        [("De bibliotheek blijft", "Anke Willems")],
    ),
    (
        "Trainer Jens Wouters was teleurgesteld. “We speelden slecht”, zei hij na afloop.",
        [("We speelden slecht", "Jens Wouters")],
    ),
    (
        "Volgens onderzoeker Petra Jacobs is de rivier schoner dan ooit. “De zalm is terug.”",
        [("De zalm is terug", "Petra Jacobs")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Burgemeester Femke Dijkstra bezocht de getroffen wijk.\n\n“We gaan alles herbouwen”, beloofde ze.",
        [("We gaan alles", "Femke Dijkstra")],
    ),
    (
        "“Het water kwam binnen tien minuten”, vertelde buurtbewoner Joost Meijer. “We konden niets redden.”",
        [("Het water kwam", "Joost Meijer"), ("We konden", "Joost Meijer")],
    ),
    (
        "“De haven moet dieper”, aldus havendirecteur Wim de Jong.",
        [("De haven moet", "Wim de Jong")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor de jeugdzorg.\n\n'Dit is hard nodig', zei minister Karin de Boer dinsdag na de ministerraad.\n\nDe oppositie is kritisch. 'Het is een druppel op een gloeiende plaat', reageerde Kamerlid Mark Jansen.",
        [("Dit is hard nodig", "Karin de Boer"), ("Het is een druppel", "Mark Jansen")],
    ),
    (
        'Door Sanne Visser\n\nDe gemeente Utrecht sluit het zwembad aan de Kanaalweg.\n\n"Het gebouw is op", zegt wethouder Ahmed El Amrani. "Renovatie kost meer dan nieuwbouw."\n\nZwemmers zijn boos. "Waar moeten onze kinderen nu zwemles krijgen?", vraagt Els Bakker van de zwemclub.',
        [
            ("Het gebouw is op", "Ahmed El Amrani"),
            ("Renovatie kost", "Ahmed El Amrani"),
            ("Waar moeten onze", "Els Bakker"),
        ],
    ),
    (
        'Ajax heeft in eigen huis met 1-3 verloren van PSV.\n\n"We waren gewoon niet goed genoeg", zei trainer Peter de Vries na afloop.\n\nPSV-aanvoerder Luuk Smit was tevreden. "Dit geeft vertrouwen voor de rest van het seizoen", aldus de middenvelder.',
        [("We waren gewoon", "Peter de Vries"), ("Dit geeft vertrouwen", "Luuk Smit")],
    ),
    (
        'Foto: Jan Mulder\n\nHenk Willems is al veertig jaar visser in Urk.\n\n"Er is bijna geen vis meer", zegt hij. "Mijn zoon gaat dit vak niet doen."\n\nDe vissersbond vraagt om steun van de overheid.',
        [("Er is bijna", "Henk Willems"), ("Mijn zoon", "Henk Willems")],
    ),
    (
        'Volgens econoom Frank Meijer van de Rabobank zal de inflatie dit jaar dalen. "De energieprijzen zakken snel", legt hij uit.\n\nHet CBS meldde eerder een inflatie van 3 procent.',
        [("De energieprijzen", "Frank Meijer")],
    ),
    (
        'Philips schrapt 1000 banen in Nederland.\n\n"Dit zijn pijnlijke maar noodzakelijke keuzes", zei topman Roy Dekker in een verklaring.\n\nVakbond FNV reageerde woedend. "Het personeel betaalt de prijs voor fouten van het management", zegt bestuurder Lisa Hendriks.',
        [("Dit zijn pijnlijke", "Roy Dekker"), ("Het personeel", "Lisa Hendriks")],
    ),
    (
        "Burgemeester Femke Halsema van Amsterdam wil minder toeristen in de binnenstad.\n\n'De stad moet leefbaar blijven voor bewoners', zei ze op een persconferentie.\n\n'We gaan de rondvaartboten beperken', voegde ze eraan toe.",
        [("De stad moet", "Femke Halsema"), ("We gaan de", "Femke Halsema")],
    ),
    (
        'Bij een brand in een flat in Rotterdam zijn drie mensen gewond geraakt.\n\n"Het vuur verspreidde zich razendsnel", vertelt buurman Kees van Dijk. "Ik zag alleen nog rook."\n\nVolgens de brandweer ontstond de brand in een keuken.',
        [("Het vuur", "Kees van Dijk"), ("Ik zag alleen", "Kees van Dijk")],
    ),
    (
        'Zangeres Anouk Peters brengt een nieuw album uit.\n\n"Ik heb nog nooit zo eerlijk geschreven", vertelt de 38-jarige zangeres in een interview. "Het gaat over mijn scheiding."\n\nHet album verschijnt op vrijdag.',
        [("Ik heb nog nooit", "Anouk Peters"), ("Het gaat over", "Anouk Peters")],
    ),
    (
        'Het KNMI waarschuwt voor zware storm.\n\n"We verwachten windstoten tot 120 kilometer per uur", zegt weerman Gerrit Hiemstra. "Blijf zoveel mogelijk binnen."\n\nCode oranje geldt voor de kustprovincies.',
        [("We verwachten", "Gerrit Hiemstra"), ("Blijf zoveel", "Gerrit Hiemstra")],
    ),
    (
        "De gemeente Rotterdam wil meer groen in de binnenstad.\n\n'We gaan honderd nieuwe bomen planten', zegt wethouder Judith Bokhove. 'En we halen tegels weg.'\n\nBewoners zijn blij. 'Eindelijk gebeurt er iets', zegt buurtbewoner Mehmet Yilmaz.",
        [
            ("We gaan honderd", "Judith Bokhove"),
            ("En we halen", "Judith Bokhove"),
            ("Eindelijk gebeurt", "Mehmet Yilmaz"),
        ],
    ),
    (
        'Feyenoord-trainer Robin van Persie was na de nederlaag kritisch op zijn spelers.\n\n"We hebben niet gedaan wat we hadden afgesproken", zei de trainer. "Dat moet beter."\n',
        [("We hebben niet", "Robin van Persie"), ("Dat moet beter", "Robin van Persie")],
    ),
    (
        'Door Pieter de Graaf\n\nMarieke Vos runt al twintig jaar een bakkerij in Zwolle.\n\n"De energierekening is verdrievoudigd", vertelt ze. "Ik weet niet hoe lang ik dit volhoud."\n',
        [("De energierekening", "Marieke Vos"), ("Ik weet niet", "Marieke Vos")],
    ),
    (
        'Minister Eelco Heinen van Financiën verdedigde de begroting in de Tweede Kamer.\n\n"Dit is een verantwoorde begroting", aldus Heinen.\n\nGroenLinks-PvdA-Kamerlid Esther Vos noemde de plannen "asociaal".',
        [("Dit is een verantwoorde", "Eelco Heinen")],
    ),
    (
        'Volgens de politie ging het om een gerichte actie. "We hebben drie verdachten aangehouden", zegt woordvoerder Ed Kraszewski.',
        [("We hebben drie", "Ed Kraszewski")],
    ),
    (
        'De provincie Gelderland trekt 20 miljoen euro uit voor betere fietspaden.\n\n"Fietsers verdienen veilige routes", zegt gedeputeerde Helga Witjes. "Vooral scholieren op het platteland."\n\nDe Fietsersbond is tevreden, maar vindt het te weinig. "Het is een begin", aldus woordvoerder Jan-Willem van Schaik.',
        [
            ("Fietsers verdienen", "Helga Witjes"),
            ("Vooral scholieren", "Helga Witjes"),
            ("Het is een begin", "Jan-Willem van Schaik"),
        ],
    ),
    (
        "PSV won zondag met 3-0 van Twente.\n\n'We hebben vandaag laten zien wie de beste is', zei aanvoerder Luuk de Jong na afloop. 'Maar het seizoen is nog lang.'\n\nTwente-trainer Joseph Oosting was teleurgesteld. 'We kwamen er nooit aan te pas', zei hij.",
        [
            ("We hebben vandaag", "Luuk de Jong"),
            ("Maar het seizoen", "Luuk de Jong"),
            ("We kwamen er nooit", "Joseph Oosting"),
        ],
    ),
    (
        'Foto: ANP\n\nBij een steekpartij in Den Haag is een man gewond geraakt.\n\n"Ik hoorde geschreeuw en zag iemand wegrennen", vertelt een buurvrouw.\n\nDe politie zoekt getuigen.',
        [("Ik hoorde geschreeuw", "een buurvrouw")],
    ),
    (
        'ASML verwacht volgend jaar minder omzet.\n\n"De vraag uit China neemt af", zei topman Christophe Fouquet dinsdag bij de presentatie van de cijfers.\n\nVolgens analist Martijn den Drijver van ABN Amro is dat "geen verrassing".',
        [("De vraag uit China", "Christophe Fouquet")],
    ),
    (
        'Premier Dick Schoof sprak maandag de Tweede Kamer toe.\n\n"Dit kabinet gaat door", zei Schoof. "Er ligt veel werk."\n\nOppositieleider Frans Timmermans reageerde fel: "Dit land verdient beter."\n',
        [
            ("Dit kabinet gaat", "Dick Schoof"),
            ("Er ligt veel werk", "Dick Schoof"),
            ("Dit land verdient", "Frans Timmermans"),
        ],
    ),
    (
        'NS laat vanaf december meer treinen rijden tussen Amsterdam en Eindhoven.\n\n"Reizigers klagen al jaren over volle treinen", zegt NS-directeur Wouter Koolmees. "Dit is ons antwoord."\n\nReizigersorganisatie Rover is voorzichtig positief. "We wachten af of het echt werkt", zegt directeur Freek Bos.',
        [
            ("Reizigers klagen", "Wouter Koolmees"),
            ("Dit is ons", "Wouter Koolmees"),
            ("We wachten af", "Freek Bos"),
        ],
    ),
    (
        'Sanne de Wit (27) opende vorig jaar een koffiezaak in Groningen.\n\n"Het was spannend, maar ik heb er geen dag spijt van gehad", vertelt ze.',
        [("Het was spannend", "Sanne de Wit")],
    ),
    (
        "Het Rijksmuseum krijgt een schilderij van Rembrandt in bruikleen.\n\n'Dit is een topstuk dat we nooit eerder konden laten zien', zegt directeur Taco Dibbits. 'We zijn ontzettend blij.'\n\nHet schilderij hangt vanaf maart in de Eregalerij.",
        [("Dit is een topstuk", "Taco Dibbits"), ("We zijn ontzettend", "Taco Dibbits")],
    ),
    (
        'Boeren protesteren opnieuw in Den Haag tegen de stikstofregels.\n\n"We worden kapotgemaakt door de politiek", zegt melkveehouder Jan Hendriks uit Friesland. "Mijn bedrijf bestaat al vier generaties."\n\nMinister Femke Wiersma zegt begrip te hebben. "Ik wil samen met de boeren naar oplossingen zoeken", aldus de minister.',
        [
            ("We worden kapotgemaakt", "Jan Hendriks"),
            ("Mijn bedrijf", "Jan Hendriks"),
            ("Ik wil samen", "Femke Wiersma"),
        ],
    ),
    (
        'Max Verstappen won zondag de Grote Prijs van Brazilië.\n\n"Dit was misschien wel mijn beste race ooit", zei de Nederlander na afloop. "Vanaf de zeventiende plek, ongelooflijk."\n',
        [("Dit was misschien", "Max Verstappen"), ("Vanaf de zeventiende", "Max Verstappen")],
    ),
    (
        'De gemeente Eindhoven wil de binnenstad autovrij maken.\n\n"We willen dat mensen hier weer graag komen", zegt wethouder Stijn Steenbakkers. Hij verwacht dat de winkels er juist van profiteren.\n\nOndernemers zijn sceptisch. "Zonder parkeerplekken komen de klanten niet", zegt Ingrid van Loon van de winkeliersvereniging.',
        [("We willen dat", "Stijn Steenbakkers"), ("Zonder parkeerplekken", "Ingrid van Loon")],
    ),
    (
        'Schaatsster Jutta Leerdam heeft in Heerenveen een nieuw baanrecord gereden op de 1000 meter.\n\n"Ik voelde me vandaag echt supersterk", zei Leerdam na afloop. "Dit geeft vertrouwen voor de Spelen."\n\nHaar coach, Erik Bouwman, was ook tevreden. "Ze is in de vorm van haar leven", aldus Bouwman.',
        [
            ("Ik voelde me", "Jutta Leerdam"),
            ("Dit geeft", "Jutta Leerdam"),
            ("Ze is in de vorm", "Erik Bouwman"),
        ],
    ),
    (
        "Het aantal daklozen in Nederland is gestegen tot ruim 30.000.\n\n'Dit is een schande voor een rijk land', zegt Leger des Heils-directeur Marlies Jansen. 'Iedereen verdient een dak boven zijn hoofd.'\n\nStaatssecretaris Vincent Karremans zegt dat er meer geld komt. 'We pakken dit aan', aldus de staatssecretaris.",
        [
            ("Dit is een schande", "Marlies Jansen"),
            ("Iedereen verdient", "Marlies Jansen"),
            ("We pakken dit", "Vincent Karremans"),
        ],
    ),
    (
        'In Utrecht is een nieuwe fietsenstalling geopend voor 8000 fietsen.\n\n"Dit is de grootste van de stad", zegt wethouder Lot van Hooijdonk. "En hij is gratis."\n\nFietsers zijn enthousiast. "Eindelijk hoef ik niet meer te zoeken naar een plek", zegt student Daan Mulder.',
        [
            ("Dit is de grootste", "Lot van Hooijdonk"),
            ("En hij is gratis", "Lot van Hooijdonk"),
            ("Eindelijk hoef", "Daan Mulder"),
        ],
    ),
    (
        'In Groningen zijn opnieuw aardbevingen gevoeld.\n\n"Mijn huis scheurt steeds verder", zegt bewoonster Anja Dijkstra uit Loppersum. "Ik slaap er slecht van."\n\nMinister Hugo de Jonge belooft snelle hulp. "Niemand mag in een onveilig huis wonen", aldus De Jonge.',
        [
            ("Mijn huis scheurt", "Anja Dijkstra"),
            ("Ik slaap er", "Anja Dijkstra"),
            ("Niemand mag", "Hugo de Jonge"),
        ],
    ),
    (
        'Tennisster Kiki Bertens heeft een boek geschreven over haar carrière.\n\n"Het was soms eenzaam op de tour", vertelt Bertens. "Dat wilde ik eerlijk opschrijven."\n',
        [("Het was soms", "Kiki Bertens"), ("Dat wilde ik", "Kiki Bertens")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        'DEN HAAG (ANP) - Het kabinet trekt 500 miljoen euro uit voor de aanpak van de woningnood.\n\n"We moeten sneller bouwen, en dat kan alleen met meer geld", zei minister Mona Keijzer van Volkshuisvesting dinsdag.\n\nWoningcorporaties zijn teleurgesteld. "Dit is een druppel op een gloeiende plaat", reageerde Aedes-voorzitter Martin van Rijn.',
        [("We moeten sneller", "Mona Keijzer"), ("Dit is een druppel", "Martin van Rijn")],
    ),
    (
        "In Utrecht opent Fatima el Amrani deze week haar derde bakkerij.\n\n'Ik begon twaalf jaar geleden met een oven in mijn keuken', vertelt ze. 'Nu heb ik vijftien mensen in dienst.'\n\nWethouder Dennis de Vries is trots op de ondernemer. 'Zij laat zien wat er in deze wijk mogelijk is', aldus De Vries.",
        [
            ("Ik begon twaalf", "Fatima el Amrani"),
            ("Nu heb ik", "Fatima el Amrani"),
            ("Zij laat zien", "Dennis de Vries"),
        ],
    ),
    (
        'Feyenoord heeft in de Kuip met 3-1 gewonnen van AZ.\n\n"We waren vandaag gewoon de betere ploeg", zei trainer Robin van Persie na afloop tegen ESPN. Aanvoerder Quinten Timber was vooral blij met de reactie na de achterstand: "Daar heb ik het meest van genoten."\n\nAZ-coach Maarten Martens baalde: "We gaven de wedstrijd in tien minuten weg."',
        [
            ("We waren vandaag", "Robin van Persie"),
            ("Daar heb ik", "Quinten Timber"),
            ("We gaven de", "Maarten Martens"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "BRUSSEL (Belga) - De Vlaamse regering schrapt de korting op de registratiebelasting niet.\n\n'We houden woord tegenover jonge gezinnen', zei Vlaams minister-president Matthias Diependaele woensdag in het parlement.\n\nDe oppositie is kritisch. 'Dit is een lege doos', reageerde Groen-fractieleider Mieke Schauvliege. 'Niemand wordt er beter van.'",
        [
            ("We houden woord", "Matthias Diependaele"),
            ("Dit is een lege", "Mieke Schauvliege"),
            ("Niemand wordt", "Mieke Schauvliege"),
        ],
    ),
    (
        'Ajax heeft de topper tegen PSV met 2-0 gewonnen.\n\n"Dit hadden we nodig", zei trainer Francesco Farioli na afloop tegen ESPN. Doelpuntenmaker Brian Brobbey genoot zichtbaar: "De Arena was vanavond geweldig."\n\nPSV-trainer Peter Bosz was kritisch op zijn ploeg. "We speelden zonder durf", aldus Bosz.',
        [
            ("Dit hadden we", "Francesco Farioli"),
            ("De Arena was", "Brian Brobbey"),
            ("We speelden", "Peter Bosz"),
        ],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        'AMSTERDAM - Schiphol mag volgend jaar minder vluchten uitvoeren dan gepland.\n\n"Dit is een flinke tegenvaller voor de luchtvaart", zei KLM-topvrouw Marjan Rintel maandag. "Het kost banen."\n\nOmwonenden zijn juist opgelucht. "Eindelijk wordt er naar ons geluisterd", zegt Henk Jansen van de Bewonersvereniging Aalsmeer.',
        [
            ("Dit is een flinke", "Marjan Rintel"),
            ("Het kost banen", "Marjan Rintel"),
            ("Eindelijk wordt", "Henk Jansen"),
        ],
    ),
    (
        'Max Verstappen is in Las Vegas voor de vierde keer wereldkampioen geworden.\n\n"Dit seizoen was het zwaarste van mijn carrière", zei de Limburger na afloop. "Daarom is deze titel extra bijzonder."\n\nTeambaas Christian Horner was vol lof: "Max is de beste coureur ter wereld."',
        [
            ("Dit seizoen", "Max Verstappen"),
            ("Daarom is deze", "Max Verstappen"),
            ("Max is de beste", "Christian Horner"),
        ],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        'UTRECHT (ANP) - De NS rijdt vanaf december vaker tussen Utrecht en Amsterdam.\n\n"Reizigers vragen al jaren om meer treinen", zei NS-topvrouw Wouter Koolmees dinsdag.\n\nReizigersvereniging Rover is voorzichtig positief. "Eerst zien, dan geloven", aldus woordvoerder Freek Bos.',
        [("Reizigers vragen", "Wouter Koolmees"), ("Eerst zien", "Freek Bos")],
    ),
    (
        "In Gent heeft Marokkaans-Belgische chef Yassine Amrani een Michelinster gekregen.\n\n'Ik heb altijd geloofd dat mijn keuken hier thuishoort', zegt Amrani. 'Deze ster is voor mijn moeder.'\n\nBurgemeester Mathias De Clercq feliciteerde de chef: 'Gent is trots op hem.'",
        [
            ("Ik heb altijd", "Yassine Amrani"),
            ("Deze ster", "Yassine Amrani"),
            ("Gent is trots", "Mathias De Clercq"),
        ],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        'In Rotterdam-Zuid heeft de Surinaamse kok Roy Bakker zijn eigen restaurant geopend.\n\n"Mijn moeder leerde me koken toen ik tien was", vertelt Bakker. "Haar recepten staan nog steeds op de kaart."\n\nBuurtbewoonster Ans Visser komt elke week eten. "Het is hier altijd gezellig", zegt ze.',
        [
            ("Mijn moeder", "Roy Bakker"),
            ("Haar recepten", "Roy Bakker"),
            ("Het is hier", "Ans Visser"),
        ],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        "Zanger Duncan Laurence treedt volgend jaar op in de Ziggo Dome.\n\n'Ik kijk er enorm naar uit', laat de zanger weten via Instagram. 'Het wordt een feest.'",
        [("Ik kijk er", "Duncan Laurence"), ("Het wordt een", "Duncan Laurence")],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "In Zeeland openen Koen en Sofie de Wit een boerderijwinkel.\n\n'We willen laten zien waar ons eten vandaan komt', vertelt Sofie. 'Kinderen weten vaak niet meer hoe een koe eruitziet.'\n\nGedeputeerde Harry van der Maas juicht het initiatief toe: 'Dit is precies wat het platteland nodig heeft.'",
        [
            ("We willen laten", "Sofie de Wit"),
            ("Kinderen weten", "Sofie de Wit"),
            ("Dit is precies", "Harry van der Maas"),
        ],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)
