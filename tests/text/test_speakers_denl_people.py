"""German and Dutch speakers: who a role noun, an epithet or a pronoun stands for, and the
capitalized words that name no one (invented passages)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # one or two adjuncts of place or time between the speech verb and its subject
    (
        "Der Stadtrat von Kellbach hat am Dienstag den Busplan beschlossen. Bürgermeister "
        "Markus Ferber verteidigte das Projekt.\n\n"
        "„Der Bus fährt jetzt alle zehn Minuten bis zum Bahnhof“, sagte am Montag im Ausschuss "
        "Stadträtin Lucia Brandt (SPD).\n\n"
        "„Das ist ein guter Anfang, mehr aber auch nicht“, sagte Ferber im Gespräch mit "
        "Ministerin Anna Roth.",
        [("Der Bus fährt", "Lucia Brandt"), ("Das ist ein guter", "Markus Ferber")],
    ),
    (
        "De gemeenteraad van Lierop heeft het busplan goedgekeurd. Burgemeester Mark Verbeek "
        "verdedigde het plan.\n\n"
        "‘De bus rijdt nu elke tien minuten naar het station’, zei tijdens de vergadering "
        "wethouder Lucia Brand.",
        [("De bus rijdt", "Lucia Brand")],
    ),
    # a woman's epithet is no man named before: as written when no woman was named
    (
        "Der Stadtrat von Kellbach hat den neuen Busplan beschlossen. Bürgermeister Markus "
        "Ferber verteidigte das Projekt gegen die Kritik der Opposition.\n\n"
        "„Der Bus kommt jetzt nur noch zweimal am Tag“, sagt die Rentnerin.",
        [("Der Bus kommt", "die Rentnerin")],
    ),
    # Dutch "zo" before the verb after a quotation: "thus", then the verb and its subject
    (
        "De gemeenteraad van Lierop heeft het nieuwe busplan goedgekeurd. Burgemeester Mark "
        "Verbeek verdedigde het plan.\n\n"
        "‘De bus komt nu nog maar twee keer per dag langs’, zo stelt wethouder Lucia Brand.",
        [("De bus komt", "Lucia Brand")],
    ),
    # a Dutch separable verb's particle after the name, then more words: "gaf X toe in …"
    (
        "De harmonie van Lierop viert haar honderdste verjaardag met een groot concert. "
        "Dirigent Kristof Jansen en voorzitter Marloes de Vries zijn trots.\n\n"
        "“Ik heb de hele week slecht geslapen”, gaf Jansen toe in de kleedkamer. “Maar nu "
        "is de spanning weg.”\n\n"
        "“En de zaal is helemaal vol”, vulde De Vries aan met een glimlach.",
        [("Ik heb de hele", "Kristof Jansen"), ("En de zaal", "Marloes de Vries")],
    ),
    # "Als Kind …" opening a sentence is no name a later "sagt sie" could stand for
    (
        "Die Tierärztin Hannelore Wiesbach behandelt seit zwanzig Jahren Pferde im Allgäu. "
        "Ihr Vater hatte einen Hof bei Kempten. Als Kind habe sie dort jeden Sommer verbracht."
        "\n\n„Ohne die Pferde wäre ich nie Tierärztin geworden“, sagt sie.",
        [("Ohne die Pferde", "Hannelore Wiesbach")],
    ),
    # nor a number and a noun: "Zwei Scheunen wurden …"
    (
        "Ein Sturm hat in der Nacht in Hohenfeld schwere Schäden angerichtet. Verletzt wurde "
        "niemand.\n\n"
        "Einsatzleiter Dominique Zurbuchen war mit vierzig Leuten vor Ort. Zwei Scheunen wurden "
        "abgedeckt, ein Dach stürzte ein. „So einen Sturm habe ich noch nie erlebt“, sagt er.",
        [("So einen Sturm", "Dominique Zurbuchen")],
    ),
    # a lone noun after "der" is no person an age epithet could stand for
    (
        "Der SV Kirchhain verliert erneut. Beim 0:3 war die Elf von Bernd Loibl chancenlos, der "
        "Rückstand auf Platz zwölf beträgt fünf Punkte.\n\n"
        "Der Trainer wollte nichts beschönigen. „Das reicht nicht“, sagte der 51-Jährige nach "
        "dem Spiel.",
        [("Das reicht nicht", "Bernd Loibl")],
    ),
    # a role noun opening a Dutch sentence is no part of the name after it
    (
        "Het dorpscafé aan de Markt in Veldhoven sluit na veertig jaar de deuren.\n\n"
        "Vaste gast Joop Meulman (71) zat er elke zaterdag. “Waar moet ik nou naartoe?”, "
        "vroeg hij zich af. Caféhoudster Wies Hoebens-Kamp knikt. “Het gaat niet meer.”",
        [("Waar moet ik", "Joop Meulman"), ("Het gaat niet", "Wies Hoebens-Kamp")],
    ),
    (
        "Brand in Lindwijk.\n\n"
        "Eigenaresse Roos van Hamel (44) stond met tranen achter het lint. “Alles is weg”, "
        "zei ze zachtjes. Haar zoon Bram van Hamel hielp de brandweer.",
        [("Alles is weg", "Roos van Hamel")],
    ),
    # a German role compound on a sport's or a party's name before a surname
    (
        "Ski-Star Imseng nach dem Sturz: «Ich will zurück»\n\n"
        "Fabian Imseng (25) liegt mit einem gebrochenen Arm im Spital. «Ich will zurück», sagt "
        "Imseng. Seine Schwester Lea Imseng war im Zielraum. «Ich hatte Angst», erzählt sie.",
        [("Ich will zurück", "Fabian Imseng"), ("Ich hatte Angst", "Lea Imseng")],
    ),
    # someone unnamed: the indefinite article and the adjectives before the noun are shown
    (
        "Die Molkerei in Unterau schließt im Herbst. Viele Bauern sind enttäuscht. Ein junger "
        "Milchbauer, der den Betrieb vor zwei Jahren übernommen hat, sagt: «Wir finden eine "
        "andere Lösung.»",
        [("Wir finden eine", "ein junger Milchbauer")],
    ),
    # two capitalized German nouns after a possessive or a number are no one's name
    (
        "Am zweiten Prozesstag sagte die Schwester des Angeklagten aus, Ilse Brandl. Sie "
        "machte von ihrem Aussageverweigerungsrecht Gebrauch. „Dazu sage ich nichts“, sagte "
        "die 61-Jährige.",
        [("Dazu sage ich", "Ilse Brandl")],
    ),
    # a pronoun after the quotation stands for someone unnamed the sentence before opens on
    (
        "In Haarlo is een loods in vlammen opgegaan. Burgemeester Anke Stroeve bezocht de "
        "plek. Een buurman ontdekte het vuur rond vier uur. ‘Ik zag de vlammen uit het dak "
        "komen’, vertelt hij.",
        [("Ik zag de vlammen", "een buurman")],
    ),
    (
        "Vor dem Landgericht warteten etwa drei Dutzend Sparer. Anwalt Peter Vogt sprach von "
        "einem Skandal. Einer, ein pensionierter Förster aus Weilheim, hatte 40.000 Euro "
        "angelegt. »Ich habe jedem Prospekt geglaubt«, sagte er.",
        [("Ich habe jedem", "ein pensionierter Förster aus Weilheim")],
    ),
    # a Dutch name with its particle, then the place after a second "van"
    (
        "In Wijdeveld is een boerderij afgebrand. Burgemeester Joost van Rijsel van Wijdeveld "
        "sprak van ‘een zwarte dag’. ‘We helpen de familie waar we kunnen’, zei hij.",
        [("een zwarte dag", "Joost van Rijsel"), ("We helpen", "Joost van Rijsel")],
    ),
    (
        "Het dorpshuis van Oldeberkeloo moet dicht. Raadslid Jelle de Boer van Dorpsbelang "
        "diende een motie in. ‘Dit is het hart van het dorp,’ aldus De Boer.\n\n"
        "Anna de Boer – geen familie – beheert de bar. ‘We gaan door,’ zegt zij.",
        [("Dit is het hart", "Jelle de Boer")],
    ),
    # Dutch "Elke" opening a sentence is "every", and "Volgens" is no one
    (
        "Elke ochtend om zes uur opent Jikke Hoekstra de deur van de bakkerij in Dokkum. Twee "
        "uur later staat de rij tot op de stoep.\n\n"
        "‘Het is altijd druk,’ zegt ze, terwijl ze het deeg kneedt. ‘Ook als het regent.’",
        [("Het is altijd druk", "Jikke Hoekstra")],
    ),
    # a role phrase after the speech verb, its complement, then the name closing the sentence
    (
        "Die Brauerei Hollacher schließt ihr Werk in Amberg. Auch die Gewerkschaft kündigte "
        "Widerstand an. „Wir kämpfen um jede Stelle“, sagte die Vorsitzende der NGG in der "
        "Oberpfalz, Renate Kölbl. Streiks schloss sie nicht aus.",
        [("Wir kämpfen um jede", "Renate Kölbl")],
    ),
    # a body noun with no body named before is no one, never the person named last
    (
        "Der Rodler Luca Pfister (22) stürzte im Training schwer. Sein Bruder Timo Pfister "
        "war an der Bahn.\n\n"
        "«Luca ist in guten Händen», teilt der Verband mit.",
        [("Luca ist in guten", None)],
    ),
    # an age epithet with the body after its role noun is the person, not the body
    (
        "Jan-Willem Hartog staat sinds maandag terecht in Arnhem. Hij wordt verdacht van "
        "fraude.\n\n"
        "‘Ik heb niets verkeerd gedaan,’ zegt de 58-jarige oud-wethouder van gemeente "
        "Rijnwaarde tegen de rechtbank.",
        [("Ik heb niets verkeerd", "Jan-Willem Hartog")],
    ),
    # the name opening the clause read after a quotation, not a noun later in it
    (
        "Der Richter fragte Udo Krämling nach den Zahlungen. Der Angeklagte blätterte lange in "
        "seinen Akten.\n\n"
        "Krämling schwieg einige Minuten. »Das weiß ich nicht mehr.«",
        [("Das weiß ich nicht", "Udo Krämling")],
    ),
    # "der Vorsitzende" later stands for the person introduced as "Der Vorsitzende Richter …"
    (
        "Im Prozess gegen den Bauunternehmer Egon Stiebler sagte am Montag sein früherer "
        "Prokurist Rainer Voss aus. Der Vorsitzende Richter der 4. Strafkammer, Dieter "
        "Hallmann, hörte lange zu.\n\n"
        "Sein Verteidiger Jens Rudloff sprach von einer Vorverurteilung.\n\n"
        "Zum Schluss mahnte der Vorsitzende die Zuschauer zur Ruhe: »Hier wird nicht applaudiert.«",
        [("Hier wird nicht", "Dieter Hallmann")],
    ),
    # a court's exchange: a question, the answer in a paragraph of its own, then the asker again
    (
        "Willem Storm staat terecht voor oplichting in Zwolle.\n\n"
        "De voorzitter van de kamer, Marieke Zijlstra, kijkt over haar bril. “Waar is het geld "
        "gebleven, meneer Storm?”\n\n"
        "Storm haalt zijn schouders op. “Dat weet ik niet.”\n\n"
        "“U weet het niet. Het ging om twee ton.”",
        [("U weet het niet", "Marieke Zijlstra")],
    ),
    # a club's name keeps its abbreviation
    (
        "De amateurs van VV Brakel hebben eredivisionist FC Zuidveen uit de beker gegooid. "
        "De club bood excuses aan. ‘Dit is onze standaard niet’, aldus FC Zuidveen.",
        [("Dit is onze standaard", "FC Zuidveen")],
    ),
    # a headline joining two pieces the body splits around its attribution
    (
        "‘We hebben te lang gewacht. Dat spijt me’\n\n"
        "In Heerenveen-Noord staan al jaren huizen leeg. Oud-wethouder Geert Bosman kijkt "
        "terug.\n\n"
        "‘We hebben te lang gewacht,’ zegt hij. ‘Dat spijt me. Ik had eerder moeten "
        "ingrijpen.’",
        [("We hebben te lang gewacht. Dat", "Geert Bosman")],
    ),
    # a role before a portfolio of two words, then the name: "de schepen" later is that person
    (
        "In Kortemark sluit het laatste café. Schepen van Lokale Economie Wim Vanlerberghe "
        "noemt dat “een zware slag”.\n\n"
        "“We zoeken samen met de buurt een oplossing”, aldus de schepen.",
        [("We zoeken samen", "Wim Vanlerberghe")],
    ),
    # the same after the verb of a sentence a place opens, a relative clause after the noun
    (
        "Café De Zwaan in Lotenhulle sluit zondag. Uitbaatster Rita Maes stopt na dertig "
        "jaar.\n\n"
        "Aan de toog zit, zoals elke dag, een oudere klant die hier al veertig jaar komt. "
        "“Waar moet ik nu naartoe?”, vraagt hij.",
        [("Waar moet ik nu", "een oudere klant")],
    ),
    # a possessive and a role noun the text names no one by: shown as written
    (
        "Kurt Melzer arbeitete zwanzig Jahre im Lager. Im Herbst ging er mit seinen Notizen "
        "ins Büro.\n\n"
        "Sein Vorarbeiter, ein Mann aus dem Dorf, habe sie gelesen, zugeklappt und gesagt: "
        "„Lass das lieber.“",
        [("Lass das lieber", "Sein Vorarbeiter")],
    ),
    # a nationality noun before a name is no part of it ("den Schweden Lasse X"), and gives
    # the man "er" stands for, not the club the sentence before opens on
    (
        "Fortuna Kellbach hat einen neuen Torwart. Der Verein verpflichtete am Dienstag den "
        "29-jährigen Schweden Eskil Öhrqvist-Brand vom Zweitligisten aus Kiel.\n\n"
        "Bei der Vorstellung gab sich der Neue gelassen. „Ich habe schon in vollen Stadien "
        "gespielt“, sagte er.",
        [("Ich habe schon in vollen", "Eskil Öhrqvist-Brand")],
    ),
    # guard: an adjective of nationality opening a body's name stays in it
    (
        "Die Deutsche Binnenreederei Hafenwerk kündigte am Montag neue Fährlinien an. "
        "„Wir rechnen mit doppelt so vielen Fahrgästen“, sagte Vorstand Jörg Liebmann.",
        [("Wir rechnen mit doppelt", "Jörg Liebmann")],
    ),
    # a noun a preposition governs before a colon is no one: the quotation goes on with the
    # speaker of the one before ("Dann, nach einer Pause: „…“", "halb als Scherz: »…«")
    (
        "Gustav Rehbein hat vierzig Jahre lang die Turmuhr von Altmühlen aufgezogen. „Jeden "
        "Sonntag um sieben, auch an Weihnachten“, sagt der Rentner. Dann, nach einer langen "
        "Pause: „Ich werde das Ticken vermissen.“",
        [("Ich werde das Ticken", "Gustav Rehbein")],
    ),
    (
        "Gustav Rehbein starb im Frühjahr. Einen Spruch von ihm wiederholen seine Enkel bis "
        "heute, halb im Ernst, halb als Scherz: »Eine Uhr geht nie zu spät, nur die Leute.«",
        [("Eine Uhr geht nie", None)],
    ),
    # a comparative of mood opening a sentence ("Kritischer äußerte sich X") is no one "sie"
    # could stand for: the person named after the verb
    (
        "Die Analysten reagierten gemischt auf die Zahlen der Brauerei Hopfenau. Jens Kordes "
        "vom Bankhaus Lindqvist sprach von einem „soliden Quartal“.\n\n"
        "Vorsichtiger äußerte sich Petra Wendling, Analystin bei der Rheinbank. „Die Brauerei "
        "hat ihre Preise zu spät erhöht“, schrieb sie in einer Studie.",
        [("Die Brauerei hat ihre", "Petra Wendling")],
    ),
    # guard: a surname in "-er" opening the sentence is still a person
    (
        "Der Stadtrat von Hohenmark hat den Haushalt beschlossen. Kämmerer Lutz Fischer "
        "zeigte sich erleichtert.\n\n"
        "Fischer sagte: „Wir kommen ohne neue Schulden aus.“",
        [("Wir kommen ohne neue", "Lutz Fischer")],
    ),
    # guard: a title after a preposition before the name keeps the name
    (
        "Die Wahlbeteiligung lag bei nur 21 Prozent – für Bürgermeisterin Karla Winterfeld "
        "ein Warnsignal. „Ich nehme das sehr ernst“, sagte Winterfeld.",
        [("Ich nehme das sehr ernst", "Karla Winterfeld")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_denl_people(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# a German or Dutch body whose name joins two words with "und", "en" or "&" after its kind:
# the whole name ("Gewerkschaft Bildung und Wissenschaft", not "Gewerkschaft Bildung"); two
# bodies so joined stay two (``orgs_germanic.germanic_orgs``)
JOINED: list[Case] = [
    (
        "In den Grundschulen des Landkreises fällt seit Wochen immer mehr Unterricht aus, weil "
        "Lehrkräfte fehlen. Die Eltern sind verärgert und haben eine Petition gestartet, die "
        "schon dreitausend Unterschriften hat.\n\n"
        "Scharfe Kritik kommt von der Gewerkschaft Bildung und Wissenschaft, die von einem "
        "„Skandal“ spricht. „Wenn Stunden einfach gestrichen werden, verlieren die Kinder den "
        "Anschluss“, heißt es in einer Mitteilung der Gewerkschaft. Das Kultusministerium "
        "kündigte an, im Herbst zusätzliche Stellen auszuschreiben.",
        [("Wenn Stunden", "Gewerkschaft Bildung und Wissenschaft")],
    ),
    (
        "Steeds meer klanten van de sportschoolketen klagen dat hun abonnement na het opzeggen "
        "gewoon doorloopt. Op sociale media delen honderden mensen hun ervaringen met de "
        "klantenservice van het bedrijf.\n\n"
        "De Autoriteit Wonen & Markt laat weten ‘klachten te hebben ontvangen’ over de keten "
        "en zegt de zaak te onderzoeken. Het bedrijf zelf was niet bereikbaar voor een reactie "
        "op de klachten van de klanten.",
        [("klachten te hebben", "Autoriteit Wonen & Markt")],
    ),
]


@pytest.mark.parametrize("case", JOINED, ids=lambda c: c[0][:30])
def test_denl_joined_body_names(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_two_bodies_joined_by_and_stay_two() -> None:
    from bot.text.speakers.orgs_germanic import germanic_orgs

    names = [name for _, name, _ in germanic_orgs("De Gemeente Lier en Waterschap Nete melden.")]
    assert names == ["Gemeente Lier"]
