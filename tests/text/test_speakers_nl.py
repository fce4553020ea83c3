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
    # batch sp-de 1, written before its rules (39/54 speakers right then, 54/54 after)
    (
        'AMERSFOORT (ANP) - De gemeenteraad van Amersfoort heeft dinsdagavond ingestemd met de bouw van 2000 woningen op het voormalige kazerneterrein.\n\n"Dit is de grootste woningbouwopgave in de geschiedenis van onze stad", zei wethouder Fatima Bouzid na afloop. "We beginnen volgend jaar al met de eerste huizen."\n\nOmwonenden zijn minder enthousiast. Buurtbewoner Gerrit van Leeuwen vreest voor verkeersoverlast. "Er komt straks drie keer zoveel verkeer door onze straat", zegt hij.\n\nOppositiepartij VVD stemde tegen. Fractievoorzitter Joris Hoekstra noemde het plan "te ambitieus". "De infrastructuur is er gewoon niet op berekend", aldus Hoekstra.\n\nBouzid belooft dat de buurt wordt betrokken. "We gaan met iedereen in gesprek."',
        [
            ("Dit is de grootste", "Fatima Bouzid"),
            ("We beginnen", "Fatima Bouzid"),
            ("Er komt straks", "Gerrit van Leeuwen"),
            ("De infrastructuur", "Joris Hoekstra"),
            ("We gaan met", "Fatima Bouzid"),
        ],
    ),
    (
        "De rechtbank in Den Bosch heeft een 34-jarige man uit Tilburg veroordeeld tot zes jaar cel voor een reeks woninginbraken.\n\n'De verdachte heeft op grote schaal de veiligheid van mensen in hun eigen huis geschonden', zei rechter Annemieke Brouwer bij de uitspraak. Het Openbaar Ministerie had acht jaar geëist.\n\nAdvocaat Mehmet Kaya gaat in hoger beroep. 'Het bewijs rust volledig op één getuige', zegt hij. 'Dat is veel te mager.'\n\nEen van de slachtoffers, de 82-jarige Truus de Graaf, was bij de uitspraak aanwezig. 'Ik slaap nog steeds slecht', vertelt ze. 'Maar ik ben blij dat het voorbij is.'",
        [
            ("De verdachte", "Annemieke Brouwer"),
            ("Het bewijs", "Mehmet Kaya"),
            ("Dat is veel", "Mehmet Kaya"),
            ("Ik slaap", "Truus de Graaf"),
            ("Maar ik ben", "Truus de Graaf"),
        ],
    ),
    (
        'Feyenoord heeft zondag in De Kuip met 3-1 gewonnen van AZ.\n\nSpits Kaito Nakamura was de grote man met twee doelpunten. "Ik voelde me vandaag heel goed", zei de Japanner na afloop voor de camera van ESPN. "De assists van de jongens waren perfect."\n\nTrainer Ronald de Groot was tevreden, maar niet euforisch. "In de eerste helft hebben we te veel ruimte weggegeven", analyseerde hij. "Dat moet beter."\n\nBij AZ baalde aanvoerder Dani de Kruijf. "We hebben onszelf in de voet geschoten", aldus de verdediger.',
        [
            ("Ik voelde", "Kaito Nakamura"),
            ("De assists", "Kaito Nakamura"),
            ("In de eerste", "Ronald de Groot"),
            ("Dat moet beter", "Ronald de Groot"),
            ("We hebben onszelf", "Dani de Kruijf"),
        ],
    ),
    (
        'BRUSSEL - Brouwerijgroep AB InBev schrapt 300 banen in België.\n\n"We moeten onze organisatie vereenvoudigen om concurrerend te blijven", verklaarde topman Michel Verhaegen in een persbericht. Volgens het bedrijf gaat het vooral om administratieve functies.\n\nDe vakbonden reageren geschokt. "Dit komt als een donderslag bij heldere hemel", zegt Annick Vermeulen van het ABVV. "Het bedrijf maakt miljardenwinsten."\n\nOok minister van Werk Jan Claessens reageerde. Hij noemt het nieuws "bijzonder pijnlijk" en wil de directie op het matje roepen. "Ik verwacht dat ze alles doen om naakte ontslagen te vermijden", zei Claessens aan de VRT.',
        [
            ("We moeten onze", "Michel Verhaegen"),
            ("Dit komt als", "Annick Vermeulen"),
            ("Het bedrijf maakt", "Annick Vermeulen"),
            ("Ik verwacht", "Jan Claessens"),
        ],
    ),
    (
        "Schrijfster Nadia Ouali heeft de Libris Literatuurprijs gewonnen voor haar roman 'Het huis aan de Schie'.\n\n“Ik had dit echt niet verwacht”, zei een zichtbaar ontroerde Ouali bij de uitreiking in Amsterdam. “Dit boek heb ik geschreven voor mijn vader, die vorig jaar is overleden.”\n\nJuryvoorzitter Maarten Doorn prees het boek als “een meesterwerk van ingehouden verdriet”. “Ouali schrijft met een precisie die je zelden ziet”, aldus Doorn.\n\nHaar uitgever Jaap Kramer is trots. “Het is haar debuut, dus dit is extra bijzonder”, zegt hij.\n\nDe 36-jarige schrijfster werkt al aan een nieuw boek. “Maar daar zeg ik nog niets over”, lacht ze.",
        [
            ("Ik had dit", "Nadia Ouali"),
            ("Dit boek heb", "Nadia Ouali"),
            ("Ouali schrijft", "Maarten Doorn"),
            ("Het is haar", "Jaap Kramer"),
            ("Maar daar zeg", "Nadia Ouali"),
        ],
    ),
    (
        'Onderzoekers van de Wageningen Universiteit hebben een aardappel ontwikkeld die bestand is tegen de beruchte aardappelziekte.\n\n"Boeren kunnen straks tot tachtig procent minder gif spuiten", zegt onderzoeksleider Ingrid Postma. "Dat is goed voor het milieu én voor hun portemonnee."\n\nDe nieuwe rassen zijn ontwikkeld met klassieke veredeling, benadrukt collega Rahul Sharma. "Er komt geen genetische modificatie aan te pas."\n\nVolgens landbouweconoom Pieter Zwart van de Universiteit Utrecht kan de aardappel "een gamechanger" worden. Hij tempert wel de verwachtingen: "Het duurt nog minstens vijf jaar voordat boeren de rassen op grote schaal kunnen telen."',
        [
            ("Boeren kunnen", "Ingrid Postma"),
            ("Dat is goed", "Ingrid Postma"),
            ("Er komt geen", "Rahul Sharma"),
            ("Het duurt nog", "Pieter Zwart"),
        ],
    ),
    (
        'Politie zoekt getuigen van steekpartij in Utrechtse binnenstad\n\nBij een steekpartij op de Oudegracht in Utrecht is zaterdagnacht een 23-jarige man zwaargewond geraakt. De politie zoekt getuigen.\n\n"We weten nog niet precies wat er is gebeurd", zegt politiewoordvoerder Marloes Jacobs. "Mogelijk ging er een ruzie aan vooraf."\n\nEen barman van een nabijgelegen café zag hoe het slachtoffer op straat lag. "Er was overal bloed, mensen stonden te schreeuwen", vertelt Bayu Santoso. "Ik heb meteen 112 gebeld."\n\nBurgemeester Sharon Verbeek noemt het geweld "onacceptabel". "Dit soort incidenten tasten het gevoel van veiligheid in de stad aan", laat ze weten in een verklaring.',
        [
            ("We weten nog", "Marloes Jacobs"),
            ("Mogelijk ging", "Marloes Jacobs"),
            ("Er was overal", "Bayu Santoso"),
            ("Ik heb meteen", "Bayu Santoso"),
            ("Dit soort", "Sharon Verbeek"),
        ],
    ),
    (
        "'Ik wil dat mensen weer met plezier naar het theater gaan'\n\nSinds januari is Esther Koning artistiek leider van het Groningse Stadstheater. Een gesprek over lege zalen, jong publiek en durf.\n\nWat trof u aan toen u begon?\n\n'Een prachtig gebouw, maar halflege zalen. Het publiek was vergrijsd en jonge mensen vonden de weg niet.'\n\nHoe wilt u dat veranderen?\n\n'Door ze zelf te laten meebeslissen. We hebben een jongerenraad opgericht die één voorstelling per seizoen kiest.'\n\nEn als dat mislukt?\n\n'Dan hebben we het in elk geval geprobeerd', zegt Koning lachend.",
        [
            ("Ik wil dat", "Esther Koning"),
            ("Een prachtig", "Esther Koning"),
            ("Door ze zelf", "Esther Koning"),
            ("Dan hebben we", "Esther Koning"),
        ],
    ),
    (
        'DEN HAAG (ANP) - Het kabinet trekt 500 miljoen euro extra uit voor de jeugdzorg. Dat heeft staatssecretaris Vincent Hoogendijk bekendgemaakt.\n\n"De wachtlijsten zijn onaanvaardbaar lang", zei de staatssecretaris maandag in Den Haag. "Kinderen kunnen niet wachten."\n\nDe Vereniging van Nederlandse Gemeenten (VNG) is blij, maar vindt het niet genoeg. "Dit is een pleister op een open wond", stelt VNG-voorzitter Anouk Bergsma.\n\nOppositiepartij GroenLinks-PvdA wil meer. Kamerlid Songül Yıldız: "Het kabinet laat kwetsbare kinderen al jaren in de steek."',
        [
            ("De wachtlijsten", "Vincent Hoogendijk"),
            ("Kinderen kunnen", "Vincent Hoogendijk"),
            ("Dit is een pleister", "Anouk Bergsma"),
            ("Het kabinet laat", "Songül Yıldız"),
        ],
    ),
    (
        'In het Friese dorp Wergea dreigt de laatste supermarkt te sluiten.\n\nVoor veel ouderen is dat een ramp. Neem de 84-jarige Sjoukje Hoekstra. Zij heeft geen auto en de bus rijdt maar twee keer per dag. "Waar moet ik dan mijn boodschappen doen?", vraagt ze zich af.\n\nHaar buurman, oud-burgemeester Durk Zijlstra, probeert met een groep vrijwilligers de winkel over te nemen. "We hebben al 150 dorpsgenoten die willen meebetalen", zegt hij.\n\n"Een dorp zonder winkel is een dorp zonder hart."\n\nVolgens supermarktketen Poiesz is de winkel al jaren verlieslatend. "We hebben alles geprobeerd", zegt woordvoerder Anne Wiersma.',
        [
            ("Waar moet ik", "Sjoukje Hoekstra"),
            ("We hebben al", "Durk Zijlstra"),
            ("Een dorp zonder", "Durk Zijlstra"),
            ("We hebben alles", "Anne Wiersma"),
        ],
    ),
    (
        'ANTWERPEN - De haven van Antwerpen-Brugge heeft vorig jaar een recordhoeveelheid cocaïne onderschept.\n\n"Het gaat om meer dan 120 ton", zei havenschepen Katrien Van Damme op een persconferentie. "Dat is bijna een verdubbeling."\n\nVolgens douanetopman Luc Verstraete "zijn de criminele netwerken steeds beter georganiseerd". De douane krijgt er daarom 200 scanners bij.\n\nCriminoloog Hanna El Khatib van de Universiteit Gent waarschuwt voor te veel optimisme. "Voor elke container die we vinden, komen er tien door", zegt de onderzoekster. "Zolang de vraag blijft, blijft de handel."',
        [
            ("Het gaat om", "Katrien Van Damme"),
            ("Dat is bijna", "Katrien Van Damme"),
            ("zijn de criminele", "Luc Verstraete"),
            ("Voor elke container", "Hanna El Khatib"),
            ("Zolang de vraag", "Hanna El Khatib"),
        ],
    ),
    (
        'Vanaf 1 januari mag er in Rotterdam geen vuurwerk meer worden afgestoken, behalve op enkele aangewezen plekken.\n\nBurgemeester Ahmed El Ouardi lichtte het besluit toe in de gemeenteraad. Hij zei: "Elk jaar raken hulpverleners gewond tijdens de jaarwisseling. Dat accepteer ik niet langer."\n\nDe lokale partij Leefbaar Rotterdam is fel tegen. Fractievoorzitter Robert Stam sprak van "betutteling". "Vuurwerk hoort bij oud en nieuw. Dat pak je mensen niet zomaar af", zei hij.\n\nAmbulancemedewerker Yvonne Hermans is opgelucht. Zij werkt al vijftien jaar op oudejaarsavond. "Vorig jaar werd mijn collega met een zware vuurwerkbom bekogeld", vertelt ze. "Dat vergeet je nooit meer."\n\nDe politie gaat streng handhaven, zegt een woordvoerder.',
        [
            ("Elk jaar raken", "Ahmed El Ouardi"),
            ("Vuurwerk hoort", "Robert Stam"),
            ("Vorig jaar werd", "Yvonne Hermans"),
            ("Dat vergeet", "Yvonne Hermans"),
        ],
    ),
    # batch sp-de 2, written before its rules (34/40 speakers right then, 40/40 after)
    (
        "BRUSSEL - De Brusselse regering wil tegen 2030 alle dieselbussen van de MIVB vervangen door elektrische exemplaren.\n\n‘Dit is een historische stap voor de luchtkwaliteit in onze stad’, zegt minister van Mobiliteit Sarah Dewinter (Groen). ‘Over vijf jaar rijdt er geen enkele dieselbus meer door Brussel.’\n\nDe oppositie is sceptisch. ‘Mooie woorden, maar waar haalt de regering het geld?’, vraagt parlementslid Kenan Aydoğan (N-VA) zich af.\n\nOok vakbond ACV heeft vragen. ‘De chauffeurs moeten wel goed opgeleid worden’, aldus vakbondsafgevaardigde Marc Peeters.",
        [
            ("Dit is een historische", "Sarah Dewinter"),
            ("Over vijf jaar", "Sarah Dewinter"),
            ("Mooie woorden", "Kenan Aydoğan"),
            ("De chauffeurs", "Marc Peeters"),
        ],
    ),
    (
        'De rechtbank in Amsterdam heeft een 27-jarige man veroordeeld tot vier jaar cel voor het in brand steken van een moskee in Amsterdam-West.\n\n"Dit soort daden raakt een hele gemeenschap", zei rechter Marieke Groen bij de uitspraak. "De verdachte heeft bewust angst willen zaaien."\n\nOfficier van justitie Bart Koster had vijf jaar geëist. Volgens hem was er sprake van een "terroristisch oogmerk". Dat vond de rechtbank niet bewezen.\n\nHet moskeebestuur reageerde opgelucht. "We kunnen nu verder met de wederopbouw", zei voorzitter Hamza El Amrani na afloop. "Maar het gevoel van veiligheid komt niet zomaar terug."\n\nDe advocaat van de man, Thijs Verbeek, gaat in hoger beroep. "Mijn cliënt had psychische problemen, daar is te weinig rekening mee gehouden", zei hij.',
        [
            ("Dit soort daden", "Marieke Groen"),
            ("De verdachte heeft", "Marieke Groen"),
            ("We kunnen nu", "Hamza El Amrani"),
            ("Maar het gevoel", "Hamza El Amrani"),
            ("Mijn cliënt", "Thijs Verbeek"),
        ],
    ),
    (
        "HEERENVEEN - Sietske Hoekstra is Nederlands kampioen geworden op de 1500 meter. In Thialf was de Friezin ruim een halve seconde sneller dan titelverdediger Jutta Bakker.\n\n'Ik had vooraf niet gedacht dat ik zo hard kon', zei de 24-jarige na afloop tegen de NOS. 'De laatste ronde deed echt pijn.'\n\nBakker baalde van haar opening. 'Ik kwam slecht weg en dat kost je op dit niveau gewoon de titel', aldus de schaatsster van Team Jumbo.\n\nBondscoach Erik Kloosterman ziet een mooi duel ontstaan richting de Olympische Spelen. 'Twee rijdsters van wereldklasse die elkaar scherp houden. Beter kan niet.'",
        [
            ("Ik had vooraf", "Sietske Hoekstra"),
            ("De laatste ronde", "Sietske Hoekstra"),
            ("Ik kwam slecht", "Jutta Bakker"),
            ("Twee rijdsters", "Erik Kloosterman"),
        ],
    ),
    (
        'EINDHOVEN - Chipmachinemaker ASML verwacht dit jaar minder te groeien dan gepland. De aandelenkoers daalde woensdag met 8 procent.\n\n"De vraag uit China valt sterker terug dan we hadden gedacht", zei topman Pierre Lambrecht bij de presentatie van de kwartaalcijfers. "Op de lange termijn blijven we zeer positief."\n\nVolgens analist Sanne Meijer van ING is de schrik op de beurs overdreven. "ASML heeft nog steeds een orderboek van 36 miljard euro", zegt ze. "Daar kan geen concurrent aan tippen."\n\nDe vakbond FNV maakt zich zorgen over banen bij toeleveranciers in de regio. "Als ASML niest, is Brainport verkouden", zegt bestuurder Kees Smit.',
        [
            ("De vraag uit", "Pierre Lambrecht"),
            ("Op de lange", "Pierre Lambrecht"),
            ("ASML heeft nog", "Sanne Meijer"),
            ("Daar kan geen", "Sanne Meijer"),
            ("Als ASML niest", "Kees Smit"),
        ],
    ),
    (
        'Het Rijksmuseum toont vanaf vrijdag voor het eerst de complete collectie tekeningen van Rembrandt.\n\nConservator Nour Haddad werkte vier jaar aan de tentoonstelling. "Veel van deze tekeningen zijn nooit eerder aan het publiek getoond", vertelt ze. "Ze zijn zo kwetsbaar dat ze maar drie maanden per tien jaar licht mogen zien.\n\n"Wie ze nu niet komt bekijken, moet dus heel lang wachten."\n\nMuseumdirecteur Jaap Verhoef noemt de expositie "een once in a lifetime-ervaring". "We verwachten meer dan 300.000 bezoekers", zegt hij.',
        [
            ("Veel van deze", "Nour Haddad"),
            ("Ze zijn zo", "Nour Haddad"),
            ("We verwachten", "Jaap Verhoef"),
        ],
    ),
    (
        'Het KNMI waarschuwt voor steeds extremere zomers in Nederland.\n\nIn een nieuw rapport berekent het instituut dat hittegolven tegen 2050 twee keer zo vaak voorkomen. "Wat we nu een uitzonderlijk hete zomer noemen, wordt dan normaal", stelt klimaatonderzoeker Wouter de Boer. "Daar moeten steden zich nu al op voorbereiden."\n\nVolgens De Boer zijn vooral ouderen kwetsbaar. Hij pleit voor meer groen en schaduw in wijken.\n\nGGD-arts Esra Yılmaz herkent het beeld. "Tijdens de laatste hittegolf zagen we een duidelijke stijging van het aantal ziekenhuisopnames onder 75-plussers", zegt ze.',
        [
            ("Wat we nu", "Wouter de Boer"),
            ("Daar moeten steden", "Wouter de Boer"),
            ("Tijdens de laatste", "Esra Yılmaz"),
        ],
    ),
    (
        'Politie houdt drie verdachten aan na plofkraak in Venlo\n\nVENLO - De politie heeft drie mannen aangehouden na een plofkraak op een pinautomaat in het centrum van Venlo. De explosie richtte grote schade aan.\n\n"Er vlogen glasscherven tot aan de overkant van de straat", zegt buurtbewoner Gijs Peeters, die door de klap wakker werd. "Mijn hele huis trilde."\n\nDe verdachten werden kort na de kraak op de A73 klemgereden. "Dankzij getuigen hadden we snel een goed signalement", laat een woordvoerder van de politie weten.\n\nBurgemeester Ruud Hendrikx wil dat banken meer doen. "Het kan niet zo zijn dat de hele buurt het risico draagt", zei hij op Omroep Venlo.',
        [
            ("Er vlogen", "Gijs Peeters"),
            ("Mijn hele huis", "Gijs Peeters"),
            ("Dankzij getuigen", "een woordvoerder van de politie"),
            ("Het kan niet", "Ruud Hendrikx"),
        ],
    ),
    (
        'Al veertig jaar staat Jan Visser elke zaterdag met zijn viskraam op de markt in Urk.\n\n"Mijn vader stond hier al, en zijn vader ook", vertelt hij terwijl hij een haring schoonmaakt. "Ik ben de derde generatie."\n\nMaar of er een vierde komt, is de vraag. Zijn zoon Tjeerd studeert informatica in Delft. "Hij heeft niks met vis", lacht Visser. "Dat moet ik accepteren."\n\nTjeerd zelf twijfelt nog. "Ik vind het mooi wat mijn vader doet, maar ik zie mezelf niet om vijf uur \'s ochtends op de markt staan."',
        [
            ("Mijn vader stond", "Jan Visser"),
            ("Ik ben de derde", "Jan Visser"),
            ("Hij heeft niks", "Jan Visser"),
            ("Dat moet ik", "Jan Visser"),
            ("Ik vind het mooi", "Tjeerd"),
        ],
    ),
    (
        'DEN HAAG - Een meerderheid in de Tweede Kamer wil dat de btw op groente en fruit wordt afgeschaft.\n\nCDA-Kamerlid Inge van Dam diende het voorstel in. "Gezond eten mag geen luxe zijn", zei ze tijdens het debat.\n\nStaatssecretaris Pieter Wolters van Financiën is kritisch. Volgens hem kost de maatregel ruim een miljard euro per jaar. "En het is maar de vraag of de supermarkten de korting doorgeven aan de klant", waarschuwde de bewindsman.\n\nVVD-Kamerlid Mariëlle Postma: "We moeten eerst weten hoe we dit betalen."\n\nDe stemming is volgende week dinsdag.',
        [
            ("Gezond eten", "Inge van Dam"),
            ("En het is maar", "Pieter Wolters"),
            ("We moeten eerst", "Mariëlle Postma"),
        ],
    ),
    (
        "GENT - De stad Gent sluit vanaf september de Kouter af voor autoverkeer.\n\n'We geven het plein terug aan de mensen', zegt schepen van Mobiliteit Pieter-Jan Claeys. 'Er komen terrassen, bomen en speeltuigen.'\n\nNiet iedereen is blij. Handelaar Yasmina Bouchaib, die een schoenwinkel heeft aan de Kouter, vreest voor haar omzet. 'Mijn klanten komen vaak met de auto uit de rand van Gent. Waar moeten die straks parkeren?'\n\nVolgens burgemeester Hilde Verstraeten komt er een nieuwe parkeergarage op wandelafstand. 'Niemand hoeft zich zorgen te maken', benadrukt ze.",
        [
            ("We geven het plein", "Pieter-Jan Claeys"),
            ("Er komen terrassen", "Pieter-Jan Claeys"),
            ("Mijn klanten", "Yasmina Bouchaib"),
            ("Niemand hoeft", "Hilde Verstraeten"),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Zanger Duncan Laurence treedt volgend jaar op in de Ziggo Dome.\n\n'Ik kijk er enorm naar uit', laat de zanger weten via Instagram. 'Het wordt een feest.'",
        [("Ik kijk er", "Duncan Laurence"), ("Het wordt een", "Duncan Laurence")],
    ),
    # batch sp-de 3, scored before any rule for it (30/30 speakers right then)
    (
        "PSV heeft zaterdag de Johan Cruijff Schaal gewonnen door Feyenoord met 2-1 te verslaan.\n\nMiddenvelder Quinten van Rijn maakte het winnende doelpunt. 'Ik zag de bal vallen en dacht: schieten', zei hij na afloop tegen ESPN. 'Dat hij zo mooi in de kruising ging, was ook geluk.'\n\nTrainer Hans Verbeek was vooral blij met de mentaliteit. 'We hebben niet ons beste voetbal gespeeld, maar we wilden het meer', aldus de Brabander.\n\nBij Feyenoord overheerste teleurstelling. Aanvoerder Noah El Idrissi: 'We moeten snel de knop omzetten. Dinsdag wacht de Champions League.'",
        [
            ("Ik zag de bal", "Quinten van Rijn"),
            ("Dat hij zo", "Quinten van Rijn"),
            ("We hebben niet", "Hans Verbeek"),
            ("We moeten snel", "Noah El Idrissi"),
        ],
    ),
    (
        "BRUSSEL - De federale regering heeft een akkoord bereikt over de hervorming van de pensioenen.\n\n“Dit is een evenwichtige hervorming die de pensioenen betaalbaar houdt”, zegt minister van Pensioenen Koen Verlinden. “Wie langer werkt, wordt beloond.”\n\nDe vakbonden zijn woedend. Volgens ABVV-voorzitter Els Janssens gaat het om “een regelrechte afbraak”. “We gaan op straat komen, dat is zeker”, kondigt ze aan.\n\nOok binnen de meerderheid klinkt kritiek. Vooruit-Kamerlid Nadia Boukhari vindt dat vrouwen te zwaar getroffen worden. “Daar moeten we nog aan sleutelen”, zegt ze.",
        [
            ("Dit is een evenwichtige", "Koen Verlinden"),
            ("Wie langer werkt", "Koen Verlinden"),
            ("We gaan op straat", "Els Janssens"),
            ("Daar moeten we", "Nadia Boukhari"),
        ],
    ),
    (
        'De officier van justitie heeft dinsdag twaalf jaar cel geëist tegen een 45-jarige man uit Almere die zijn ex-vriendin zou hebben neergestoken.\n\n"De verdachte heeft haar urenlang gestalkt en daarna op klaarlichte dag aangevallen", zei officier van justitie Linda Hofstra in de rechtbank in Lelystad. "Het slachtoffer leeft nog, maar haar leven is kapot."\n\nDe 45-jarige Erik de Haan ontkent de aanslag niet, maar zegt dat hij zich niets kan herinneren. "Ik was in die tijd helemaal de weg kwijt", zei hij met trillende stem.\n\nZijn advocaat Rachid Ouaali vroeg de rechtbank rekening te houden met de psychische problemen van zijn cliënt. "Mijn cliënt heeft hulp nodig, geen jarenlange cel."\n\nDe uitspraak is over twee weken.',
        [
            ("De verdachte heeft", "Linda Hofstra"),
            ("Het slachtoffer leeft", "Linda Hofstra"),
            ("Ik was in die tijd", "Erik de Haan"),
            ("Mijn cliënt heeft", "Rachid Ouaali"),
        ],
    ),
    (
        "ZAANDAM - Supermarktketen Albert Heijn gaat in honderd winkels proeven met het afschaffen van de kassa's.\n\n“Klanten willen snel naar binnen en weer naar buiten”, zegt algemeen directeur Sjoerd Vermaas. “Met deze technologie kan dat.”\n\nKlanten scannen hun boodschappen met een app. Volgens de Consumentenbond is dat niet voor iedereen een goed idee. “Ouderen en mensen zonder smartphone worden zo buitengesloten”, zegt woordvoerder Gerrit-Jan Wolters.\n\nOok de vakbond is kritisch. FNV-bestuurder Mariska Dijkman vreest voor banen. “Honderden caissières staan op straat als dit doorzet.”",
        [
            ("Klanten willen", "Sjoerd Vermaas"),
            ("Met deze technologie", "Sjoerd Vermaas"),
            ("Ouderen en mensen", "Gerrit-Jan Wolters"),
            ("Honderden caissières", "Mariska Dijkman"),
        ],
    ),
    (
        'In de Utrechtse wijk Kanaleneiland is vrijdag een nieuw buurthuis geopend.\n\nVoor Samira Benali is het een droom die uitkomt. Zij zette zich jarenlang in voor het buurthuis. "Eindelijk hebben de jongeren hier een plek waar ze terechtkunnen", vertelt ze trots.\n\nHaar buurman Ricardo Pinas, die in Suriname geboren is, geeft er straks kookles. "Koken verbindt mensen, welke achtergrond je ook hebt", zegt hij.\n\nWethouder Lotte Bosman opende het gebouw. "Dit buurthuis is van en voor de bewoners", zei ze in haar toespraak.',
        [
            ("Eindelijk hebben", "Samira Benali"),
            ("Koken verbindt", "Ricardo Pinas"),
            ("Dit buurthuis", "Lotte Bosman"),
        ],
    ),
    (
        'Een nieuw medicijn tegen alzheimer remt de ziekte minder sterk af dan gehoopt, blijkt uit Nederlands onderzoek.\n\n"De effecten zijn klein en de bijwerkingen aanzienlijk", stelt hoogleraar neurologie Marjolein ter Horst van het Amsterdam UMC. "We moeten patiënten eerlijk vertellen wat ze kunnen verwachten."\n\nDe fabrikant is het niet eens met die conclusie. "Voor een deel van de patiënten maakt het medicijn wel degelijk verschil", laat een woordvoerder weten.\n\nPatiëntenorganisatie Alzheimer Nederland roept op tot meer onderzoek. "Elke stap vooruit telt", benadrukt directeur Annemarie Zwart.',
        [
            ("De effecten zijn", "Marjolein ter Horst"),
            ("We moeten patiënten", "Marjolein ter Horst"),
            ("Voor een deel", "een woordvoerder"),
            ("Elke stap", "Annemarie Zwart"),
        ],
    ),
    (
        'De Nederlandse film \'Zomerlicht\' heeft op het filmfestival van Berlijn een Zilveren Beer gewonnen.\n\nRegisseur Jelle Dijkstra nam de prijs in ontvangst. "Deze film gaat over mijn opa, die in de oorlog zijn hele familie verloor", zei hij in zijn dankwoord. "Hij heeft er nooit over gepraat.\n\n"Pas na zijn dood vond ik zijn dagboeken. Zonder die dagboeken had deze film niet bestaan."\n\nHoofdrolspeelster Fenna Kuipers was zichtbaar ontroerd. "Ik heb nog nooit zo\'n emotionele rol gespeeld", zei de 28-jarige actrice.',
        [
            ("Deze film gaat", "Jelle Dijkstra"),
            ("Hij heeft er nooit", "Jelle Dijkstra"),
            ("Ik heb nog nooit", "Fenna Kuipers"),
        ],
    ),
    (
        'Door de storm zijn zondag honderden bomen omgewaaid. Het KNMI had code oranje afgegeven voor de kustprovincies.\n\nIn Den Helder kwam een boom op een rijdende auto terecht. "De bestuurder heeft enorm veel geluk gehad", zegt brandweercommandant Arjen Molenaar. "Hij is met de schrik vrijgekomen."\n\nDe NS legde het treinverkeer in Noord-Holland urenlang stil. "Veiligheid gaat voor alles", aldus een woordvoerster van de NS.\n\nMeteoroloog Sophie Koning van Weeronline verwacht dat het maandag rustiger wordt. "Maar de wind blijft nog wel stevig", waarschuwt ze.',
        [
            ("De bestuurder heeft", "Arjen Molenaar"),
            ("Hij is met", "Arjen Molenaar"),
            ("Veiligheid gaat", "een woordvoerster van de NS"),
            ("Maar de wind", "Sophie Koning"),
        ],
    ),
    # batch sp-de 4, scored before its rules (21/25 speakers right then, 25/25 after)
    (
        "Jasper De Wilde heeft de Ronde van Vlaanderen gewonnen. De 27-jarige renner uit Geraardsbergen reed op de Oude Kwaremont weg van zijn medevluchters.\n\n‘Dit is de koers waar ik als kind al van droomde’, zei De Wilde na de finish aan Sporza. ‘Ik kan het nog niet geloven.’\n\nZijn ploegleider Wim Vanhoutte sprak van een ‘perfect uitgevoerd plan’. ‘We wisten dat hij op de Kwaremont het verschil kon maken’, aldus Vanhoutte.\n\nDe Nederlander Daan Hoogland werd tweede. ‘Ik had gewoon niet de benen om te volgen’, gaf de renner van Visma toe.",
        [
            ("Dit is de koers", "Jasper De Wilde"),
            ("Ik kan het nog", "Jasper De Wilde"),
            ("We wisten dat", "Wim Vanhoutte"),
            ("Ik had gewoon", "Daan Hoogland"),
        ],
    ),
    (
        'DEN HAAG - Premier Marc de Rooij heeft excuses aangeboden voor het toeslagenschandaal in Caribisch Nederland.\n\n"De overheid heeft hier mensen ernstig in de steek gelaten", zei de premier vrijdag op zijn wekelijkse persconferentie. "Dat mag nooit meer gebeuren."\n\nGedupeerde Shirley Martina uit Bonaire is blij met de excuses, maar wil vooral daden zien. "Excuses betalen mijn schulden niet af", zegt ze.\n\nVolgens SP-Kamerlid Bart Hoekman komen de excuses veel te laat. "Jarenlang is er weggekeken", zei hij in de Tweede Kamer.',
        [
            ("De overheid heeft", "Marc de Rooij"),
            ("Dat mag nooit", "Marc de Rooij"),
            ("Excuses betalen", "Shirley Martina"),
            ("Jarenlang is", "Bart Hoekman"),
        ],
    ),
    (
        'Melkveehouders in Gelderland moeten tientallen procenten van hun vee inkrimpen om de stikstofuitstoot te verminderen.\n\n"Dit is het einde van ons familiebedrijf", zegt melkveehouder Gert-Jan Hulshof uit Barneveld. "Mijn opa begon hier in 1952 met tien koeien."\n\nLTO-voorzitter Ruud Wassink noemt het plan "onuitvoerbaar". "Boeren worden opnieuw de dupe van jarenlang politiek uitstel", stelt hij.\n\nGedeputeerde Ilse Markink erkent dat de maatregelen pijn doen. "Maar de natuur kan niet langer wachten", aldus de VVD\'er.',
        [
            ("Dit is het einde", "Gert-Jan Hulshof"),
            ("Mijn opa begon", "Gert-Jan Hulshof"),
            ("Boeren worden", "Ruud Wassink"),
            ("Maar de natuur", "Ilse Markink"),
        ],
    ),
    (
        'Het festival Lowlands is voor het eerst in jaren niet uitverkocht. Van de 60.000 kaarten zijn er nog 8.000 beschikbaar.\n\n"De ticketprijs is voor veel jongeren gewoon te hoog geworden", erkent festivaldirecteur Maarten Sterk. "Dat moeten we serieus nemen."\n\nZangeres Lieke Mulder treedt dit jaar op het hoofdpodium op. Zij begrijpt het wel. "Ik kon het me als student ook niet veroorloven", vertelt ze. "Ik stond altijd buiten het hek te luisteren."',
        [
            ("De ticketprijs", "Maarten Sterk"),
            ("Dat moeten we", "Maarten Sterk"),
            ("Ik kon het me", "Lieke Mulder"),
            ("Ik stond altijd", "Lieke Mulder"),
        ],
    ),
    (
        "Het parket van Antwerpen heeft een onderzoek geopend na een schietpartij in Borgerhout waarbij een 19-jarige jongen gewond raakte.\n\n'Er is nog niemand opgepakt', zegt woordvoerster Kristel Van den Broeck van het parket. 'We sluiten niets uit, ook geen link met het drugsmilieu.'\n\nBuurtbewoner Youssef El Haddaoui hoorde de schoten. 'Het klonk als vuurwerk, maar toen hoorde ik iemand schreeuwen', vertelt hij. 'Dit is al de derde keer dit jaar.'\n\nBurgemeester Nathalie Peeters belooft extra blauw op straat.",
        [
            ("Er is nog niemand", "Kristel Van den Broeck"),
            ("We sluiten niets", "Kristel Van den Broeck"),
            ("Het klonk als", "Youssef El Haddaoui"),
            ("Dit is al de", "Youssef El Haddaoui"),
        ],
    ),
    (
        'Steeds meer basisscholen in Amsterdam kampen met een ernstig lerarentekort. Op sommige scholen krijgen kinderen één dag per week geen les.\n\n"We hebben alles geprobeerd: zij-instromers, pabo-studenten, gepensioneerde leraren", zegt Hanneke Boersma, die directeur is van basisschool De Regenboog in Nieuw-West. "Het is gewoon niet genoeg."\n\nOuders maken zich zorgen. "Mijn dochter loopt nu al achter met rekenen", zegt moeder Fatma Yıldırım. "Dat haalt ze nooit meer in."\n\nOnderwijswethouder Kees van Loon wil leraren een woning met voorrang aanbieden. "Dat is geen wondermiddel, maar het helpt", zegt hij.',
        [
            ("We hebben alles", "Hanneke Boersma"),
            ("Het is gewoon", "Hanneke Boersma"),
            ("Mijn dochter", "Fatma Yıldırım"),
            ("Dat haalt ze", "Fatma Yıldırım"),
            ("Dat is geen", "Kees van Loon"),
        ],
    ),
    # batch sp-de 5, scored before its rules (15/21 speakers right then, 21/21 after)
    (
        'De Nederlandse hockeysters hebben voor de vierde keer op rij de wereldtitel gewonnen. In de finale werd Argentinië met 3-0 verslagen.\n\n"Dit team is ongelooflijk hongerig", zei bondscoach Marieke Jansma na afloop. "Ook na al die successen willen ze elke wedstrijd winnen."\n\nAanvoerster Fleur Oosterhuis maakte twee doelpunten. "Dit was waarschijnlijk mijn laatste WK", vertelde de 33-jarige. "Dan is het mooi om zo af te sluiten."',
        [
            ("Dit team is", "Marieke Jansma"),
            ("Ook na al die", "Marieke Jansma"),
            ("Dit was waarschijnlijk", "Fleur Oosterhuis"),
            ("Dan is het mooi", "Fleur Oosterhuis"),
        ],
    ),
    (
        "BRUSSEL - De Belgische inflatie is in november gedaald tot 2,1 procent, meldt het Planbureau.\n\n'Vooral de lagere energieprijzen drukken de inflatie', zegt Sofie Vandaele, hoofdeconoom bij KBC. 'Maar voedsel blijft duur.'\n\nVolgens econome Lies Dedecker van de Universiteit Gent is het te vroeg om te juichen. 'De loonindexering zal de inflatie volgend jaar weer opdrijven', waarschuwt ze.\n\nDe werkgeversorganisatie VBO pleit voor een indexsprong. 'Onze bedrijven verliezen concurrentiekracht', klinkt het bij gedelegeerd bestuurder Jan-Pieter Maes.",
        [
            ("Vooral de lagere", "Sofie Vandaele"),
            ("Maar voedsel", "Sofie Vandaele"),
            ("De loonindexering", "Lies Dedecker"),
            ("Onze bedrijven", "Jan-Pieter Maes"),
        ],
    ),
    (
        'Een 52-jarige man uit Zwolle is veroordeeld tot drie jaar cel voor het oplichten van tientallen ouderen.\n\n"U heeft misbruik gemaakt van het vertrouwen van kwetsbare mensen", zei de rechter bij de uitspraak. De man had zich voorgedaan als bankmedewerker.\n\nZijn advocaat, Robbert Kuipers, overweegt in hoger beroep te gaan. "De straf is buitenproportioneel", zegt hij.\n\nEen van de slachtoffers, de 86-jarige Geertruida Mulder, verloor bijna 40.000 euro. "Ik schaam me nog steeds dat ik erin ben getrapt", vertelt ze.',
        [
            ("U heeft misbruik", "de rechter"),
            ("De straf is", "Robbert Kuipers"),
            ("Ik schaam me", "Geertruida Mulder"),
        ],
    ),
    (
        'In Groningen zijn bewoners boos over de trage afhandeling van aardbevingsschade.\n\n"Ik wacht al zes jaar op versterking van mijn huis", zegt Hennie Bakker uit Loppersum. "Elke keer als de ramen trillen, schrik ik wakker."\n\nStatenlid Jaap Dijkhuis (CDA) spreekt van "een schande". "De overheid heeft beloofd dat het sneller zou gaan, maar er is niets veranderd", zegt hij.\n\nMinister Rob Terpstra reageert in een verklaring: "Ik begrijp de frustratie heel goed. We doen er alles aan om het tempo te verhogen."',
        [
            ("Ik wacht al", "Hennie Bakker"),
            ("Elke keer", "Hennie Bakker"),
            ("De overheid heeft", "Jaap Dijkhuis"),
            ("Ik begrijp de", "Rob Terpstra"),
        ],
    ),
    (
        'Onderzoekers van de Radboud Universiteit hebben ontdekt dat bijen verschillende kleuren bloemen kunnen onthouden.\n\n"We waren verbaasd hoe snel ze leerden", zegt bioloog Tessa van \'t Hof, die het onderzoek leidde. "Na drie bezoeken wisten ze precies welke bloem suiker bevatte."\n\nDe resultaten zijn van belang voor de landbouw, denkt collega-onderzoeker Mohammed Tahiri. "Als we beter begrijpen hoe bijen leren, kunnen we boeren helpen om hun gewassen beter te laten bestuiven."',
        [
            ("We waren verbaasd", "Tessa van 't Hof"),
            ("Na drie bezoeken", "Tessa van 't Hof"),
            ("Als we beter", "Mohammed Tahiri"),
        ],
    ),
    (
        "Presentatrice Linda Dekkers stopt na twaalf jaar met haar zaterdagavondshow.\n\n'Het was een prachtige tijd, maar ik wil mijn kinderen zien opgroeien', laat ze weten op Instagram. 'Ik ga het enorm missen.'\n\nOmroepbaas Erik Hoogendoorn noemt het vertrek van de presentatrice \"een groot verlies\". 'Linda is het gezicht van onze zender', zegt hij.",
        [
            ("Het was een prachtige", "Linda Dekkers"),
            ("Ik ga het enorm", "Linda Dekkers"),
            ("Linda is het gezicht", "Erik Hoogendoorn"),
        ],
    ),
    # batch sp-de 6, scored before its rules (15/17 speakers right then, 17/17 after)
    (
        'De gemeente Utrecht gaat proberen om daklozen sneller aan een woning te helpen.\n\n"Niemand hoort op straat te slapen", zegt wethouder Anke Verhoef. "Met een eigen woning kunnen mensen weer grip op hun leven krijgen."\n\nStraatpastor Hans Visscher ziet dagelijks hoe zwaar het leven op straat is. "Vorige winter zijn er in deze stad twee mensen doodgevroren", zegt hij. "Dat mag nooit meer gebeuren."',
        [
            ("Niemand hoort", "Anke Verhoef"),
            ("Met een eigen", "Anke Verhoef"),
            ("Vorige winter", "Hans Visscher"),
            ("Dat mag nooit", "Hans Visscher"),
        ],
    ),
    (
        "AZ heeft trainer Jeroen Hulsbos ontslagen na een reeks slechte resultaten.\n\n'We hebben geconcludeerd dat een nieuwe impuls nodig is', zegt technisch directeur Roel Smeets. 'Dat is een pijnlijke beslissing, want Jeroen heeft veel voor de club betekend.'\n\nHulsbos zelf reageert teleurgesteld. 'Ik had graag het seizoen afgemaakt', laat hij weten via een verklaring.",
        [
            ("We hebben geconcludeerd", "Roel Smeets"),
            ("Dat is een pijnlijke", "Roel Smeets"),
            ("Ik had graag", "Jeroen Hulsbos"),
        ],
    ),
    (
        'Een brand in een appartementencomplex in Rotterdam-Zuid heeft zondagnacht aan twee mensen het leven gekost.\n\n"Toen wij aankwamen sloegen de vlammen al uit de ramen", vertelt brandweerman Ricardo Martina. "We hebben nog zes bewoners kunnen redden."\n\nBewoonster Naima Amrani woont op de derde verdieping. "Ik werd wakker van de rook en ben met mijn kinderen via de trap naar buiten gerend", zegt ze. "Alles wat we hadden is weg."\n\nBurgemeester Hester de Kok sprak van "een vreselijk drama".',
        [
            ("Toen wij", "Ricardo Martina"),
            ("We hebben nog", "Ricardo Martina"),
            ("Ik werd wakker", "Naima Amrani"),
            ("Alles wat we", "Naima Amrani"),
        ],
    ),
    (
        "De Vlaamse regering schrapt de gratis kinderopvang voor gezinnen met een hoog inkomen.\n\n“Wie het kan betalen, moet bijdragen”, zegt Vlaams minister van Welzijn Ann Verbist. “Zo kunnen we meer plaatsen creëren voor wie het echt nodig heeft.”\n\nDe Gezinsbond is kritisch. “Ook middenklassegezinnen zullen dit voelen”, waarschuwt woordvoerder Koen Van Laere.",
        [
            ("Wie het kan", "Ann Verbist"),
            ("Zo kunnen we", "Ann Verbist"),
            ("Ook middenklassegezinnen", "Koen Van Laere"),
        ],
    ),
    (
        'Astronaut Marit Veenhuizen wordt de tweede Nederlandse vrouw in de ruimte. Ze vertrekt volgend jaar naar het ISS.\n\n"Dit is een droom die uitkomt", zei Veenhuizen op een persconferentie in Noordwijk. "Als klein meisje keek ik al naar de sterren."\n\nESA-directeur Pieter van Beek noemt haar "een uitstekende kandidaat". "Ze is wetenschapper, piloot en teamspeler tegelijk", zegt hij.',
        [
            ("Dit is een droom", "Marit Veenhuizen"),
            ("Als klein meisje", "Marit Veenhuizen"),
            ("Ze is wetenschapper", "Pieter van Beek"),
        ],
    ),
    # sp-denl shapes: a body named again by its kind ("schreef het waterschap"), a pronoun
    # opening the sentence before, an adverb before the verb and its pronoun, a verb closing
    # the clause after the quotation, a body's kind as a title before its name
    (
        "Het Waterschap Lindeland waarschuwt voor hoogwater. ‘De dijken houden het, maar we blijven alert’, schreef het waterschap op zijn website.\n\nDijkwerker Bram Hoekstra van de Stichting Dijkwacht loopt elke ochtend zijn ronde. Hij kent elke meter. ‘Als het water stijgt, ben ik er als eerste bij.’\n\nToch bleef hij nuchter: ‘Paniek helpt niemand.’\n\nZorgverzekeraar Zilverlijn laat weten dat het de plannen ‘zeer verstandig’ vindt.",
        [
            ("De dijken", "Waterschap Lindeland"),
            ("Als het water", "Bram Hoekstra"),
            ("Paniek helpt", "Bram Hoekstra"),
            ("zeer verstandig", "Zilverlijn"),
        ],
    ),
    (
        "In Noordwijk is een bouwkraan omgevallen. Volgens de politie ‘is er geen gevaar voor omwonenden’.\n\nDe Vereniging Dorpsbelang Noordwijk is boos. ‘Dit hadden we zien aankomen’, liet de vereniging weten.",
        [
            ("is er geen gevaar", "de politie"),
            ("Dit hadden we", "Vereniging Dorpsbelang Noordwijk"),
        ],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
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


# shapes handled in round r-denl, each an invented passage
SHAPES: list[Case] = [
    (
        # a role and its portfolio before a name: "Wethouder van Duurzaamheid" is no first
        # word of the name after it
        "De gemeenteraad van Zandvoorde stemde dinsdagavond in met de bouw van zes windturbines "
        "langs de dijk. Wethouder van Duurzaamheid Karel Bontekoe sprak van \u2018een lastig maar "
        "nodig besluit\u2019. \u2018We hebben de inwoners beloofd dat de dorpen zelf "
        "meeprofiteren\u2019, zei Bontekoe na afloop van de vergadering in het gemeentehuis.",
        [("een lastig maar", "Karel Bontekoe"), ("We hebben de inwoners", "Karel Bontekoe")],
    ),
    # a possessive alone before the colon: the person it belongs to
    (
        "De nieuwe sporthal in Wolderdam gaat eindelijk open. Voor wethouder Anouk Verschuren "
        "begint nu het echte werk. Zij wil dat de vereniging er al in maart kan trainen. Haar "
        "boodschap aan de leden is duidelijk: ‘Wie nu helpt, mag straks als eerste de zaal in.’",
        [("Wie nu helpt", "Anouk Verschuren")],
    ),
    # an adverb opening the sentence is no person a pronoun can stand for
    (
        "Mijn zoon zit sinds de zomer op een nieuwe school in Heerbeek. Vanmiddag belde ik "
        "met Jesse over zijn eerste week in de nieuwe klas. ‘De gymles is het beste’, zei hij "
        "meteen, en daarna ging hij weer voetballen.",
        [("De gymles", "Jesse")],
    ),
    # a role before the name of someone whose employer follows: the name alone
    (
        "De bakkerijketen uit Heerdam boekte een verlies. Analist Joost-Willem Brakel van "
        "Bank De Vrede vindt de cijfers ‘beter dan verwacht’. Hij verwacht een herstel in het "
        "voorjaar.",
        [("beter dan verwacht", "Joost-Willem Brakel")],
    ),
    # a clause after the role noun ("toen …") is no part of the speaker
    (
        "De raad van Wesselo debatteerde tot laat over de nieuwe brug. Het was een lange "
        "avond en er waren veel bezoekers op de tribune. Halverwege moest burgemeester Karin "
        "van Dommelen de vergadering schorsen, omdat het te onrustig werd. ‘Ik vraag iedereen "
        "om kalm te blijven’, zei de burgemeester nadat de rust was teruggekeerd.",
        [("Ik vraag iedereen", "Karin van Dommelen")],
    ),
    # a fronted adjunct before the verb: the subject stands after it
    (
        "Het tekort aan huisartsen groeit. Op een congres in Utrecht zei minister Roel "
        "Timmerhuis maandag dat het probleem ‘niet snel opgelost’ is. Dat is een eerlijk "
        "antwoord.",
        [("niet snel opgelost", "Roel Timmerhuis")],
    ),
    # an unnamed spokesperson after a sentence naming one body: that body
    (
        "Steeds meer mensen in de regio vinden geen huisarts. Zorgverzekeraar Zorgwijk reageert "
        "verbaasd op de cijfers uit het rapport. ‘We zoeken samen met de gemeenten naar "
        "oplossingen’, laat een woordvoerder weten.",
        [("We zoeken samen", "Zorgwijk")],
    ),
    # a lower-case kind of body before its name: the body by both words, and later by its kind
    (
        "Het waterschap Maasdelta is begonnen met het versterken van de dijk bij Oosterwolde. "
        "‘Dit is nodig om de komende vijftig jaar droge voeten te houden’, laat het waterschap "
        "weten. De werkzaamheden duren tot het einde van het jaar.",
        [("Dit is nodig", "waterschap Maasdelta")],
    ),
    (
        "Twee jongeren zijn opgepakt voor inbraken in de regio. Een buurman had geluiden gehoord "
        "en belde de politie. Op sociale media bedankte de politiezone Vlasland hem: ‘Dankzij "
        "een alerte buurman konden we de daders oppakken.’ De jongeren zijn weer vrij.",
        [("Dankzij een alerte", "politiezone Vlasland")],
    ),
    # a kind noun before a body its legal form names: the body alone
    (
        "Omwonenden zijn bezorgd over het geluid en de slagschaduw van de nieuwe molens. "
        "Projectontwikkelaar Zeewind Energie BV reageert in een korte brief op de zorgen. ‘Wij "
        "willen dat de buren er beter van worden’, schrijft het bedrijf.",
        [("Wij willen dat", "Zeewind Energie BV")],
    ),
    # an acronym after its name spelt out: the full name
    (
        "Het aantal verkeersdoden onder fietsers is vorig jaar gestegen. Dat blijkt uit cijfers "
        "van het Landelijk Instituut voor Verkeersveiligheid. ‘Vooral ouderen op een snelle fiets "
        "lopen risico’, aldus het LIV. De fietsersbond wil snel maatregelen.",
        [("Vooral ouderen", "Landelijk Instituut voor Verkeersveiligheid")],
    ),
    # a nationality noun after the article points back to the person named before; "Ook"
    # opening the sentence is no part of the name
    (
        "De thuisploeg won zondag met 3-2 van Zuiderveen. Aan de andere kant was de "
        "teleurstelling groot bij de bezoekers.\n\nSpits Lars Mikkelsen scoorde twee keer. "
        "Ook Mikkelsen kon daar niet van genieten. ‘Mijn goals zijn niks waard als we "
        "verliezen’, zei de Deen, die sinds de zomer voor de club speelt.",
        [("Mijn goals zijn", "Lars Mikkelsen")],
    ),
    # a short quotation in a sentence opening on "volgens" and its source
    (
        "De gemeenteraad van Dalstein keurde dinsdag het nieuwe plan voor het centrum goed. "
        "Volgens wethouder Eva de Gruijter is het ‘een historisch besluit’ voor de stad. Niet "
        "iedereen is tevreden met de plannen.",
        [("een historisch besluit", "Eva de Gruijter")],
    ),
    # a short sentence opening on an adjunct names one person; then the quotation alone
    (
        "De Limburgers wonnen zondag met 2-0 van de koploper. Het was de derde zege op rij voor "
        "de ploeg uit het zuiden.\n\nNa afloop was coach Pieter Janssen-Brouwers tevreden. ‘We "
        "hebben goed verdedigd. Dat was de sleutel.’\n\nDe ploeg staat nu derde in de stand.",
        [("We hebben goed", "Pieter Janssen-Brouwers")],
    ),
    # a quotation in the headline takes the speaker of its repeat in the body
    (
        "Storm raakt Kleinwerve hard: ‘Dit hebben we nog nooit gezien’\n\nEen zware storm heeft "
        "zondagnacht grote schade aangericht in Kleinwerve. Tientallen bomen gingen om.\n\n‘Dit "
        "hebben we in twintig jaar nog nooit gezien’, zegt brandweercommandant Joke "
        "Verstraeten. ‘We hebben de hele nacht doorgewerkt.’",
        [("Dit hebben we nog", "Joke Verstraeten")],
    ),
    # "volgens haar" in the sentence before a quotation alone: the person she stands for
    (
        "In de Beekstraat stond het water zondag tot in de woonkamers. Bewoonster Nadia "
        "Verbruggen is boos. Volgens haar is de riolering al jaren te klein voor zware buien. "
        "‘We hebben dat al vaak gemeld bij de gemeente.’\n\nDe gemeente belooft een onderzoek.",
        [("We hebben dat", "Nadia Verbruggen")],
    ),
    # "volgens hem" inside the sentence of a short quotation, and a speech verb in its clause
    (
        "Na de zware regen van zondag is er veel kritiek op het beheer van de riolen in de "
        "stad. Schepen Wout Dierickx spreekt dat tegen. De riolen worden volgens hem ‘elk "
        "voorjaar’ nagekeken en waar nodig vervangen. Dierickx zegt ‘met alle buurten’ te willen "
        "praten over de plannen voor de komende jaren.",
        [("elk voorjaar", "Wout Dierickx"), ("met alle buurten", "Wout Dierickx")],
    ),
    # a verdict in marks, then a comma and a clause of its own: the sentence's subject
    (
        "De roman van de debutante is een succes. De eerste druk is bijna uitverkocht en een "
        "tweede druk is besteld.\n\nOok de kritiek is lovend. Recensent Margriet Hofstede "
        "noemde het boek in De Nieuwe Dagkrant ‘een klein, bijna verlegen meesterwerk’, al vond "
        "zij het slot wat zwak. Andere critici waren minder overtuigd.",
        [("een klein, bijna", "Margriet Hofstede")],
    ),
    # a short quotation after a speech verb in its sentence, the sentence going on after it
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag tot laat over de plannen voor het "
        "centrum. Er waren veel bewoners op de tribune en de sfeer was gespannen. Wethouder "
        "Eva de Gruijter sprak van ‘een zwarte dag’ voor de stad en kondigde een onderzoek aan.",
        [("een zwarte dag", "Eva de Gruijter")],
    ),
    # a few of a person's words in lower case inside the sentence their full name opens
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag tot laat over de plannen voor het "
        "centrum. Er waren veel bewoners op de tribune en de sfeer was gespannen. Wethouder "
        "Eva de Gruijter wil ‘zo snel mogelijk’ duidelijkheid geven aan de bewoners.",
        [("zo snel mogelijk", "Eva de Gruijter")],
    ),
    # "het ministerie van X, Y en Z" names a body; its unnamed spokesperson speaks for it
    (
        "De wachtlijsten in de ouderenzorg blijven lang. Het ministerie van Zorg, Wonen en "
        "Welzijn wijst erop dat er afspraken zijn gemaakt. ‘Regio's met de langste wachttijden "
        "krijgen voorrang’, zegt een woordvoerder. De bonden zijn niet tevreden.",
        [("Regio's met de", "ministerie van Zorg, Wonen en Welzijn")],
    ),
    # "klinkt het bij X": the impersonal "het", then who the words come from
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag tot laat over de plannen voor het "
        "park. Er waren veel bewoners op de tribune en de sfeer was gespannen.\n\n‘We gaan "
        "door’, klinkt het strijdbaar bij actiegroep Groen Dalstein.",
        [("We gaan door", "actiegroep Groen Dalstein")],
    ),
    # "Voor haar is het duidelijk:" before the quotation: the person "haar" stands for
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag tot laat over de plannen voor het "
        "centrum. Bewoonster Anja Smit-Kuipers volgde het debat vanaf de tribune.\n\nVoor haar "
        "is het duidelijk: ‘We stappen naar de rechter.’",
        [("We stappen naar", "Anja Smit-Kuipers")],
    ),
    # "blikte X terug": a separable verb of speech after the quotation
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag voor de laatste keer in deze "
        "samenstelling. Er waren veel bewoners op de tribune.\n\n‘We hebben veel bereikt’, "
        "blikte burgemeester Tom Brinkers terug.",
        [("We hebben veel", "Tom Brinkers")],
    ),
    # a paragraph opening on an adjunct reports the person after its verb; then the
    # quotation alone in its own paragraph
    (
        "De gemeenteraad van Dalstein stemde dinsdag in met vier windmolens langs het kanaal. "
        "Op de tribune werd het besluit met boegeroep ontvangen.\n\nNamens de bewoners van "
        "Oosterhoek sprak Wilma Brouwer-Tjassens in. Ze wees op het geluid en de slagschaduw."
        "\n\n‘Wij hebben nooit om die molens gevraagd.’\n\nDe bouw begint volgend jaar.",
        [("Wij hebben nooit", "Wilma Brouwer-Tjassens")],
    ),
    # "tegenover de krant" after the name: the listener, no part of the speaker
    (
        "De gemeenteraad van Dalstein vergaderde dinsdag tot laat over de plannen voor het "
        "centrum. Het college wil de plannen nog dit jaar uitvoeren, maar de oppositie is daar "
        "niet blij mee.\n\n‘We bekijken de klachten’, aldus wethouder Eva de Gruijter tegenover "
        "de krant.",
        [("We bekijken de", "Eva de Gruijter")],
    ),
    # "de oefenmeester" after "trainer X Y": a noun for the same role (but the role noun of
    # "de selectie van trainer X Y" is "trainer", not "selectie")
    (
        "SV Dalstein won zaterdag met 2-0 van VV Oosterhoek. De selectie van trainer Gerrit "
        "Hofstede speelde sterk.\n\n‘We hebben eindelijk weer eens de nul gehouden’, aldus de "
        "oefenmeester.",
        [("We hebben eindelijk", "Gerrit Hofstede")],
    ),
    # a court report: "de beklaagde" is the one named by a first name and an initial, "de
    # vijftiger" the one whose age in the fifties follows their name
    (
        "De rechtbank in Dalstein behandelde dinsdag de zaak tegen Jeroen B. (53), een "
        "voormalige boekhouder. Officier van justitie Mirjam Zwart eiste een celstraf.\n\n"
        "Aan het einde nam de beklaagde het woord. ‘Ik heb er spijt van’, zei de vijftiger "
        "met zachte stem.",
        [("Ik heb er", "Jeroen B")],
    ),
    (
        "De rechtbank in Dalstein behandelde dinsdag de zaak tegen Jeroen B., een voormalige "
        "boekhouder. Officier van justitie Mirjam Zwart eiste een celstraf.\n\n‘Ik heb er "
        "spijt van’, zei de beklaagde.",
        [("Ik heb er", "Jeroen B")],
    ),
    # "Haar man vulde aan … zei hij": the husband the couple's introduction names, not her
    (
        "Onder de gedupeerden zijn ook Henk en Sandra Wolters uit Dalstein. ‘We hebben alles "
        "verloren’, vertelde Sandra Wolters.\n\nHaar man vulde aan dat ze nog steeds wachten. "
        "‘Niemand heeft ons ooit teruggebeld’, zei hij.",
        [("We hebben alles", "Sandra Wolters"), ("Niemand heeft ons", "Henk Wolters")],
    ),
    # … and unattributed when the husband is never named
    (
        "Sandra Wolters woont al dertig jaar aan de dijk. ‘Dit hebben we nog nooit gezien’, "
        "zegt Sandra Wolters.\n\nHaar man vulde aan: ‘Het water stond tot aan de deur’, "
        "zei hij.",
        [("Dit hebben we", "Sandra Wolters"), ("Het water stond", None)],
    ),
    # "Brouwerij X" opening a sentence: the establishment's kind is part of its name, and
    # "het bedrijf" stands for it
    (
        "Brouwerij Hoekstra uit Dalstein heeft vorig jaar minder bier verkocht. De omzet daalde "
        "met zes procent.\n\n‘De prijs van gerst is flink gestegen’, schrijft het bedrijf in "
        "zijn jaarverslag.",
        [("De prijs van", "Brouwerij Hoekstra")],
    ),
    # "‘…’, toont X zich tevreden": the reflexive after the name ends it
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad goedgekeurd. Wethouder "
        "Ruud Koopmans was blij met de uitslag.\n\n‘We openen het zwembad over twee jaar’, "
        "toont Koopmans zich tevreden.",
        [("We openen het", "Ruud Koopmans")],
    ),
    # a Dutch role noun in lower case after "De" opening the sentence before (or before a
    # colon), and after an adverb and the verb
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "De burgemeester is opgelucht. ‘We openen het zwembad over twee jaar.’",
        [("We openen het", "Ineke Wolthuis")],
    ),
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "De wethouder is er zeker van: ‘We openen het zwembad over twee jaar.’",
        [("We openen het", "Ruud Koopmans")],
    ),
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "Ook de wethouder ziet dat zo. ‘We openen het zwembad over twee jaar.’",
        [("We openen het", "Ruud Koopmans")],
    ),
    # "klinkt het bij X": a surname of someone named in full is that person
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "‘We openen het zwembad over twee jaar’, klinkt het optimistisch bij Koopmans.",
        [("We openen het", "Ruud Koopmans")],
    ),
    # a whole-sentence quotation after "glimlachte de spits.", then another person's sentence
    # quoting a phrase: the striker's, not the director's
    (
        "SV Dalstein won zaterdag met 3-1. Spits Milan Groeneveld scoorde twee keer.\n\n"
        "Gevraagd naar zijn toekomst, glimlachte de spits. ‘Daar praat ik nu niet over.’ "
        "Technisch directeur Henk Bosman liet eerder weten dat de club ‘niet wil verkopen’.",
        [("Daar praat ik", "Milan Groeneveld"), ("niet wil verkopen", "Henk Bosman")],
    ),
    # "Haar man Kees, …": the first name after the partner's noun takes her surname
    (
        "De gemeenteraad van Dalstein stemde dinsdag in met de windmolens. Namens de bewoners "
        "sprak Anja Veldkamp in.\n\nHaar man Kees, die naast haar zat, liet na de stemming "
        "weten dat ze doorgaan. ‘We stappen naar de rechter, dat staat vast.’",
        [("We stappen naar", "Kees Veldkamp")],
    ),
    # "vindt ook de burgemeester": "ook" before the speaker's article; "jubelt" reports
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "‘Kinderen moeten leren zwemmen’, vindt ook de burgemeester.",
        [("Kinderen moeten leren", "Ineke Wolthuis")],
    ),
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. "
        "Burgemeester Ineke Wolthuis en wethouder Ruud Koopmans waren aanwezig.\n\n"
        "‘We hebben het gehaald’, jubelt Koopmans.",
        [("We hebben het", "Ruud Koopmans")],
    ),
    # straight single marks around a quotation holding "'s avonds": the elision is no mark
    (
        "De gemeenteraad van Dalstein heeft dinsdag het nieuwe zwembad besproken. Wethouder "
        "Ruud Koopmans was tevreden.\n\n'We gaan er 's avonds met de kinderen heen', zegt "
        "Koopmans.",
        [("We gaan er", "Ruud Koopmans")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
