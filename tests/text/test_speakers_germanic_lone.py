"""German and Dutch first-person quotations standing alone (``speakers.germanic_lone``),
on invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # the person the sentences before name, in the quotation's own paragraph
    (
        "Das Hochwasser hat die Gemeinde Talbrunn schwer getroffen.\n\n"
        "Bürgermeister Tobias Krain war die ganze Nacht unterwegs. Am Morgen stand er vor "
        "dem Rathaus. „Ich habe so etwas noch nie gesehen. Wir brauchen jetzt Hilfe.“",
        [("Ich habe so etwas", "Tobias Krain")],
    ),
    (
        "De gemeente Veldhoven sluit het zwembad.\n\n"
        "Wethouder Ineke Brouwers moest de raad toespreken. Ze oogde vermoeid. "
        "‘Ik weet hoe belangrijk dit bad is. Maar het geld is op.’",
        [("Ik weet hoe", "Ineke Brouwers")],
    ),
    # an unnamed person the sentence before opens on
    (
        "Vor der Fabrik in Oberau herrschte am Montag Stille.\n\n"
        "Ein älterer Schlosser, der seit dreißig Jahren im Werk arbeitet, schüttelte den "
        "Kopf. „Wir haben es alle kommen sehen.“",
        [("Wir haben es", "ein älterer Schlosser")],
    ),
    (
        "In de Dorpsstraat van Wijkel lag zondag overal modder.\n\n"
        "Een buurman, die al veertig jaar in de straat woont, schudt het hoofd. "
        "‘Ik heb dit nog nooit meegemaakt.’",
        [("Ik heb dit", "een buurman")],
    ),
    # a first name with an age opening the sentence before
    (
        "De school in Helmond verbiedt smartphones.\n\n"
        "Jesse (14) haalt zijn schouders op. ‘Ik mis mijn telefoon minder dan ik dacht.’",
        [("Ik mis mijn", "Jesse")],
    ),
    # a role noun answering in the sentences between: the person it stands for
    (
        "Im Stadtrat von Lindbach stritten die Fraktionen über den Busbahnhof. "
        "Stadträtin Carla Wendt von den Grünen forderte mehr Geld. Kämmerer Paul Riedl "
        "lehnte ab: „Dafür fehlt uns das Geld.“\n\n"
        "Die Stadträtin konterte sofort. Andere Städte hätten längst gehandelt. "
        "„Ich halte das für eine Ausrede.“",
        [("Dafür fehlt uns", "Paul Riedl"), ("Ich halte das", "Carla Wendt")],
    ),
    # a profile: the person quoted before, in paragraphs that name no one else
    (
        "Seit zwanzig Jahren führt Greta Lammer die Bäckerei am Marktplatz.\n\n"
        "„Um vier Uhr stehe ich in der Backstube“, sagt sie. Das war schon immer so.\n\n"
        "Damals übernahm die gelernte Konditorin den Laden von ihrem Vater. Viel Geld gab es "
        "nicht.\n\n"
        "„Ich war jung und hatte keine Ahnung vom Geschäft.“\n\n"
        "„Mein Vater hat mir trotzdem alles zugetraut.“",
        [
            ("Um vier Uhr", "Greta Lammer"),
            ("Ich war jung", "Greta Lammer"),
            ("Mein Vater hat", "Greta Lammer"),
        ],
    ),
    # not a first-person quotation: a sign is no one's words
    (
        "Die Hütte am Kargsee hat keinen Empfang. Wirt Hannes Moll lacht darüber.\n\n"
        "Ein Schild neben der Tür sagt es deutlich. „Kein Netz – redet miteinander.“",
        [("Kein Netz", None)],
    ),
    # a noun phrase opening on a quantifier is no name ("Viel Geld", "Andere Städte")
    (
        "Im Stadtrat von Lindbach ging es am Dienstag wieder um den Busbahnhof und die "
        "Frage, wer den Umbau bezahlen soll.\n\n"
        "Die Stadträtin Carla Wendt forderte mehr Busse. Andere Städte hätten längst "
        "gehandelt. „Ich halte das für eine Ausrede.“",
        [("Ich halte das", "Carla Wendt")],
    ),
    (
        "Sinds maart runt Femke Dorrestein het café aan de Markt.\n\n"
        "‘Om zes uur sta ik achter de bar’, zegt ze. Veel geld levert het niet op.\n\n"
        "Vele klanten komen al jaren. ‘Ik ken ze allemaal bij naam.’",
        [("Om zes uur", "Femke Dorrestein"), ("Ik ken ze", "Femke Dorrestein")],
    ),
    # a sign after a colon carries no one's words, and neither a place nor a sign is who
    # speaks; the quotation before it is still the person's the sentence before names
    (
        "Die Hütte am Kargsee ist seit vierzig Jahren in der Hand der Familie, und die "
        "Wirtin denkt noch lange nicht daran, dass sie aufhören muss. Sie hat immer noch "
        "viel zu tun, und die Arbeit wird nicht weniger.\n\n"
        "Die Wirtin Anna Stocker lacht. Die Gäste seien anders geworden, meint die Wirtin. "
        "„Früher haben die Leute gesungen.“ Ein Holzschild neben der Tür gibt die Antwort: "
        "„Bitte singen“.",
        [("Früher haben", "Anna Stocker"), ("Bitte singen", None)],
    ),
    (
        "Het dorp Ravenswoude is nog niet bekomen van de storm die zaterdag over de "
        "streek trok en in de straten veel schade aanrichtte.\n\nAan de kerk hangt een "
        "handgeschreven bordje: ‘Niet betreden – gevaar’.",
        [("Niet betreden", None)],
    ),
    # a phrase counted, after a preposition of time, or opening on a preposition is no
    # speaker; the person the sentence names is
    (
        "Die Molkerei Hollbach schließt ihr Werk in Auenried, 80 Stellen fallen weg.\n\n"
        "Die Betriebsrätin Paula Sendler erfuhr nach eigenen Angaben erst am Montagabend von "
        "den Plänen. „Man hat uns nicht gefragt. Das ärgert mich sehr.“",
        [("Man hat uns", "Paula Sendler")],
    ),
    (
        "Im Kreistag von Wellingen stimmten am Donnerstag die meisten Abgeordneten für das "
        "neue Klärwerk, das bis 2028 gebaut werden soll.\n\n"
        "Kreisrat Jonas Feldmeier, einer von vier Liberalen, die dagegen stimmten, verwies "
        "auf die Kosten. „Ich halte das Projekt für zu teuer.“",
        [("Ich halte das", "Jonas Feldmeier")],
    ),
    (
        "Na de storm van zaterdag liggen in Berkeloo nog overal takken op straat. De schade "
        "is groot, en het zal nog dagen duren voor alles is opgeruimd. Wie hulp nodig heeft, "
        "moet wel wat geduld hebben.\n\n"
        "‘We hebben alle ploegen opgeroepen’, zegt woordvoerster Noor Claessens. ‘Eerst de "
        "wegen, dan de tuinen.’ Via sociale media vroeg de zone om geduld.",
        [("We hebben alle", "Noor Claessens"), ("Eerst de", "Noor Claessens")],
    ),
    # someone unnamed and where they are from, with a name later in the sentence
    (
        "Vor dem Amtsgericht in Kellbach warteten am Morgen einige frühere Kunden des "
        "angeklagten Maklers.\n\n"
        "Eine Rentnerin aus Obersee, nach eigenen Angaben seit Jahren Kundin bei Bruno Fenk, "
        "schüttelte den Kopf. „Ich habe ihm alles geglaubt.“",
        [("Ich habe ihm", "eine Rentnerin aus Obersee")],
    ),
    # a relative opening the sentence before: the one introduced with that kinship noun, or
    # the other person of the family's surname
    (
        "Vor dem Rathaus von Kesselbach demonstrierten am Samstag rund 200 Menschen für "
        "einen besseren Busverkehr.\n\n"
        "Mia Lorenz, 15, war mit ihrem Vater Georg Lorenz gekommen. „Ich will nicht jeden "
        "Tag eine Stunde warten“, sagte die Schülerin. Ihr Vater nickte. „Wir haben kein "
        "zweites Auto.“",
        [("Ich will nicht", "Mia Lorenz"), ("Wir haben kein", "Georg Lorenz")],
    ),
    (
        "In de Molenstraat in Ertvelde viel zaterdag een boom op een woning, waar niemand "
        "gewond raakte.\n\n"
        "Het huis is van de zussen Els en Mieke Verbruggen. ‘We hoorden een enorme knal’, "
        "vertelt Els Verbruggen. Haar zus vult aan. ‘Ik dacht dat het dak zou instorten.’",
        [("We hoorden", "Els Verbruggen"), ("Ik dacht", "Mieke Verbruggen")],
    ),
    # an age and a regional noun after the article is an epithet for the person named
    # before, not a surname
    (
        "Der EHC Talwil hat am Samstag das Derby gegen Rotbach mit 2:1 gewonnen. Vor 3000 "
        "Zuschauern traf Stürmer Linus Arpagaus in der 58. Minute zum Sieg.\n\n"
        "«Ich habe einfach draufgehalten», sagte der 24-jährige Engadiner nach dem Spiel.",
        [("Ich habe einfach", "Linus Arpagaus")],
    ),
    # an object pronoun before the subject after its verb
    (
        "Im Prozess gegen den früheren Bürgermeister von Haldern ging es am Mittwoch um "
        "die Rechnungen der Stadtwerke, die er unterschrieben haben soll.\n\n"
        "Die Vorsitzende Richterin Petra Oldenkott fragte genau nach. „Sie haben jede "
        "Rechnung selbst abgezeichnet“, hielt ihm die Richterin vor.",
        [("Sie haben jede", "Petra Oldenkott")],
    ),
    # an unnamed spokesperson speaks for the body the sentence before names: a Dutch
    # compound capitalized after its article, a German "Kasse"
    (
        "Bij de rechtbank in Zwolle stond dinsdag een man terecht die zich voordeed als "
        "medewerker van een bank en zo oudere mensen oplichtte.\n\n"
        "De Noorderbank, waar de meeste slachtoffers klant waren, volgt de zaak. ‘We "
        "vragen nooit om een pincode’, zegt een woordvoerder.",
        [("We vragen nooit", "Noorderbank")],
    ),
    (
        "Im Betrugsprozess gegen einen Physiotherapeuten aus Emsdorf geht es um falsche "
        "Abrechnungen über mehrere Jahre und einen Schaden von 300 000 Euro.\n\n"
        "Die Innungskrankenkasse Nordheide hat sich dem Verfahren angeschlossen. „Wir "
        "wollen das Geld zurück“, erklärte ein Sprecher der Kasse.",
        [("Wir wollen das", "Innungskrankenkasse Nordheide")],
    ),
    # the words a banner carries, a motto or a song's title are no one's
    (
        "Vor dem Rathaus von Grünfeld hatten sich am Abend rund 200 Menschen versammelt, "
        "um gegen die Schließung des Hallenbads zu protestieren.\n\n"
        "Auf ihren Transparenten stand »Rettet unser Bad vor dem Abriss« und »Wir schwimmen "
        "weiter – ihr auch?«. "
        "Stadträtin Mona Keller sprach zu ihnen.",
        [("Rettet unser Bad", None), ("Wir schwimmen", None)],
    ),
    (
        "De voorstelling in de schouwburg van Deventer kreeg dinsdag een staande ovatie, "
        "al is niet alles even sterk.\n\n"
        "Regisseur Anouk Dekker was tevreden. Het slotlied “Dans zolang het nog kan” is wel wat "
        "te zoet. “Ik ben trots op de spelers”, zegt Dekker.",
        [("Dans zolang", None), ("Ik ben trots", "Anouk Dekker")],
    ),
    # a manner word and a second verb end the speaker's phrase
    (
        "Das Hochwasser hat in Talbrunn die Bäckerei am Markt zerstört, die seit drei "
        "Generationen der Familie Reiter gehört.\n\n"
        "Anton Reiter, 71, hat den Betrieb an seinen Sohn übergeben. „Das war unser "
        "ganzes Leben“, sagt der Senior leise und wischt sich über die Augen.",
        [("Das war unser", "Anton Reiter")],
    ),
    # a surname opening the sentence before an age epithet is its subject, not a modifier
    (
        "Der EHC Talwil trifft im Viertelfinal auf den Tabellenführer, gegen den er in "
        "dieser Saison alle Spiele verloren hat. Trainer Aki Lindqvist bleibt gelassen.\n\n"
        "Stürmer Jonas Brühwiler, der Sohn des Gegners, traf zweimal. «Das tut weh», "
        "sagte der 20-Jährige. Lindqvist sieht darin keinen Nachteil. «Wir haben nichts "
        "zu verlieren», so der 51-Jährige.",
        [("Das tut weh", "Jonas Brühwiler"), ("Wir haben nichts", "Aki Lindqvist")],
    ),
    # a company with its legal form, then described ("der Tiroler Konzern"), whose
    # document is quoted; a role noun for the same office ("der Firmenchef")
    (
        "Innsbruck. Die Moser Stahlbau AG streicht an ihrem Stammsitz 120 Stellen. Das gab "
        "der Tiroler Konzern am Montag in einer Aussendung bekannt. Grund sei die "
        "„schwache Nachfrage am Bau“, hieß es darin.\n\n"
        "„Wir haben lange nach einer anderen Lösung gesucht“, sagte Vorstandschef Martin "
        "Moser. Die Gespräche mit dem Betriebsrat beginnen kommende Woche. „Wir werden "
        "fair sein“, versprach der Firmenchef.",
        [
            ("schwache Nachfrage", "Die Moser Stahlbau AG"),
            ("Wir haben lange", "Martin Moser"),
            ("Wir werden", "Martin Moser"),
        ],
    ),
    # a relative named by a first name after the kinship noun; the quotation before is
    # someone else's, so no inheritance
    (
        "Seit vierzig Jahren führt Hedwig Kranzl das kleine Kaffeehaus am Naschmarkt, in "
        "dem jeden Nachmittag Karten gespielt wird.\n\n"
        "„Reich wird man damit nicht. Ich mache das, solange ich kann“, sagt sie.\n\n"
        "Ihre Enkelin Marlene, die an der Kassa aushilft, will das Lokal einmal "
        "übernehmen. „Die Kartentische bleiben, das habe ich versprochen.“",
        [("Reich wird man", "Hedwig Kranzl"), ("Die Kartentische", "Marlene")],
    ),
    # a time word opening a sentence is no speaker
    (
        "Het eetcafé van Jeroen Mulder in Deventer is sinds de zomer een begrip in de stad, "
        "en niet alleen bij de vaste klanten.\n\n"
        "Eind juni besprak het blad Tafelzaken de zaak en noemde de soep ‘de beste van "
        "Overijssel, zonder twijfel’.",
        [("de beste van", None)],
    ),
    # a German acronym spelt from compound parts; a noun phrase on a quantifier is no subject
    (
        "Ein Unwetter hat am Freitagabend in Oberried schwere Schäden angerichtet. Die "
        "Bundesanstalt Lawinenwarndienst hatte am Nachmittag gewarnt.\n\n"
        "Solche Gewitter seien allerdings „kaum genau vorherzusagen“, teilte die BLWD auf "
        "Anfrage mit.",
        [("kaum genau", "Bundesanstalt Lawinenwarndienst")],
    ),
    # a third-person quotation after sentences of its own paragraph naming someone
    (
        "In de snackbar van Jeroen Mulder in Deventer staat elke avond een rij tot buiten, "
        "ook op doordeweekse dagen.\n\n"
        "Een oudere buurman, met een bakje frieten in de hand, steekt zijn duim op. ‘Beter "
        "dan vroeger. Maar zeg dat niet tegen de vorige eigenaar.’",
        [("Beter", "een oudere buurman")],
    ),
    # a two-word noun for an office: "de eerste burger" is the mayor
    (
        "Na de storm van zaterdag ligt in Hamme nog overal puin, en de gemeente vraagt "
        "inwoners om geduld.\n\n"
        "Burgemeester Lies Verhaeghe ging zelf ter plaatse in de Dorpsstraat. De eerste "
        "burger sprak van ‘een klein wonder’ omdat niemand gewond raakte.",
        [("een klein wonder", "Lies Verhaeghe")],
    ),
    # a company with its legal form in dots, then "het bedrijf" (not the parent company,
    # named with a body's kind, taken for a person's role)
    (
        "Snoepfabrikant Kroes sluit volgend jaar de fabriek in Tiel. Ruim 150 mensen "
        "verliezen hun baan; de productie gaat naar moederbedrijf Alvena Foods in Gent.\n\n"
        "Dat maakte Kroes Snoepwerken B.V. dinsdag bekend. De fabriek is volgens het bedrijf "
        "“te oud om nog te moderniseren”.",
        [("te oud om", "Kroes Snoepwerken B.V.")],
    ),
    # a venue named after a preposition with its kind, then "de schouwburg"
    (
        "De nieuwe voorstelling van toneelgroep Het Veer ging donderdag in première in "
        "Schouwburg De Hooiberg in Zutphen. Acteur Kees Brand speelt de hoofdrol.\n\n"
        "De schouwburg laat weten dat de tournee “bijna volledig uitverkocht” is.",
        [("bijna volledig", "Schouwburg De Hooiberg")],
    ),
    # Dutch "er" (there) opening a sentence is no "he"; the person "volgens" cites is
    (
        "Het college van Zuidveen wil het oude postkantoor verbouwen tot woningen. Dat "
        "maakte wethouder Ellen Smit dinsdag bekend.\n\n"
        "Buurtbewoner Henk de Graaf vreest voor parkeeroverlast. ‘Er is nu al geen plek’, "
        "zegt hij.\n\n"
        "Volgens Smit valt dat mee. Er komen twintig parkeerplaatsen achter het gebouw. "
        "‘We hebben daar goed naar gekeken.’",
        [("Er is nu al", "Henk de Graaf"), ("We hebben daar", "Ellen Smit")],
    ),
    # a fused preposition opening a sentence is no speaker
    (
        "Sie ist 81 Jahre alt und läuft noch immer jeden Morgen zehn Kilometer durch den "
        "Wald hinter ihrem Haus in Kirchberg.\n\n"
        "Ans Aufhören denkt die Rentnerin nicht. „Solange die Beine mitmachen, laufe ich.“",
        [("Solange die Beine", None)],
    ),
    # the subject of a sentence of reported speech is whom it is about, not the speaker
    (
        "Vor dem Landgericht Hagen hat der Prozess gegen einen Anlageberater begonnen, der "
        "Kunden um zwei Millionen Euro gebracht haben soll.\n\n"
        "Oberstaatsanwältin Jutta Kramer sieht das anders als die Verteidigung. Der "
        "Angeklagte habe gewusst, dass die Fonds wertlos seien. „Er hat ältere Menschen "
        "schamlos ausgenutzt.“\n\n"
        "Eine der Geschädigten, die 74-jährige Hilde Brauer, sagte als Zeugin aus. Sie habe "
        "ihm alles anvertraut. „Ich hätte nie gedacht, dass er lügt.“",
        [("Er hat ältere", "Jutta Kramer"), ("Ich hätte nie", "Hilde Brauer")],
    ),
    # an age epithet read from its noun: "De 56-jarige Tilburger"
    (
        "In Tilburg melden zich steeds meer mensen bij de voedselbank, ook mensen met een "
        "baan.\n\n"
        "Vrijwilliger Ahmed El Idrissi staat al vijf jaar achter de balie. ‘Nu zie ik ook "
        "leraren.’ De 56-jarige Tilburger vindt dat de politiek moet ingrijpen. ‘Dit kan "
        "niet in een rijk land.’",
        [("Nu zie ik", "Ahmed El Idrissi"), ("Dit kan niet", "Ahmed El Idrissi")],
    ),
    # "Sie" (the polite "you" in a quotation, or "she" opening a sentence) is no surname
    (
        "Die Gemeinde Haldenwang hat ein neues Feuerwehrhaus. Rund 200 Gäste kamen am "
        "Samstag zur Einweihung.\n\n"
        "Auch Landrätin Petra Vogelsang gratulierte. Sie lobte die Ehrenamtlichen. „Ohne "
        "Sie würde unser Landkreis nicht funktionieren“, sagte sie in ihrer Rede.",
        [("Ohne", "Petra Vogelsang")],
    ),
    # a quotation after a sentence opening on another person goes to that person, not to
    # the speaker of the quotation before in its paragraph (unless it speaks of him)
    (
        "Die Frauen des FC Lindau haben das Pokalfinale gegen Neustadt mit 1:2 verloren. "
        "Nach dem Spiel war die Enttäuschung groß.\n\n"
        "„Wir haben heute nicht gut gespielt“, sagte Kapitänin Jana Ebner. Trainer Paul "
        "Rainer sah das ähnlich. Die Mannschaft sei zu passiv gewesen. „Das dürfen wir uns "
        "in einem Finale nicht erlauben.“",
        [("Wir haben heute", "Jana Ebner"), ("Das dürfen wir", "Paul Rainer")],
    ),
    # "Dutzende Uhren" opening a sentence is no name; the profile's subject speaks on
    (
        "Seit 35 Jahren repariert Anton Griesl in seiner kleinen Werkstatt in Amberg Uhren. "
        "Nun hört der 71-Jährige auf.\n\n"
        "„Als ich angefangen habe, gab es hier noch zwölf Uhrmacher“, erzählt er.\n\n"
        "Die Werkstatt liegt in einer Seitenstraße der Altstadt. An den Wänden ticken "
        "Dutzende Uhren, manche über hundert Jahre alt.\n\n"
        "„Jede Uhr hat ihre Geschichte. Manche Kunden weinen, wenn sie mir die Uhr vom "
        "Großvater bringen.“",
        [("Als ich", "Anton Griesl"), ("Jede Uhr", "Anton Griesl")],
    ),
    # one of a group named in apposition opens the sentence before: that person's words
    (
        "De rechtbank in Arnhem heeft een man uit Ede veroordeeld tot drie jaar cel voor een "
        "reeks woninginbraken in de wijk Kernhem.\n\n"
        "De officier van justitie had vier jaar geëist. Volgens haar liet de man ‘een spoor "
        "van angst’ achter. Een van de slachtoffers, de 80-jarige Gerrit Hulshof, was bij de "
        "uitspraak aanwezig. ‘Ik durf nog steeds niet te slapen.’",
        [("Ik durf", "Gerrit Hulshof")],
    ),
    # someone unnamed opening a sentence between two quotations of a paragraph
    (
        "Die Bahn hat am Wochenende zwischen Köln und Siegen gebaut. Viele Reisende mussten "
        "lange Umwege in Kauf nehmen.\n\n"
        "„Ich bin seit sechs Uhr unterwegs“, klagte eine Pendlerin. Ein Bahnsprecher bat um "
        "Verständnis. „Die Arbeiten sind notwendig.“",
        [("Ich bin seit", "eine Pendlerin"), ("Die Arbeiten", "ein Bahnsprecher")],
    ),
    # a quotation before a sentence introducing someone else is not theirs (and "Een" alone
    # is not the unnamed person: "Een andere badmeester")
    (
        "De gemeente Harwold sluit na de zomer het overdekte zwembad aan de Dorpsstraat.\n\n"
        "Zwemleraar Joke Terpstra uit Harwold begrijpt het besluit. ‘Het is jammer, maar ik "
        "zie het al jaren aankomen.’ Een andere badmeester, die anoniem wil blijven, is boos: "
        "‘Niemand heeft ons iets gevraagd.’",
        [("Het is jammer", "Joke Terpstra"), ("Niemand heeft", "een andere badmeester")],
    ),
    # an epithet after a sentence whose subject is a pronoun: the subject of the one before
    (
        "Bij de veldrit in Oostmalle won Wout Peeters voor Kobe Lenaerts en Milan Hoste.\n\n"
        "Halverwege leek Hoste op weg naar de zege. Maar in de laatste ronde viel hij in "
        "de zandbak. ‘Mijn ketting lag eraf, en weg was mijn kans’, vertelde de Kempenaar.",
        [("Mijn ketting", "Milan Hoste")],
    ),
    # a sentence after a whole quotation that runs into the next quotation is that one's;
    # "sein Bruder" after a sentence on one brother is the other
    (
        "Die Brenner Metallbau GmbH streicht 60 Stellen. Geschäftsführer Karl Brenner führt "
        "den Betrieb gemeinsam mit seinem Bruder Jonas Brenner.\n\n"
        "Jonas Brenner, für den Vertrieb zuständig, betonte, dass das Werk bleibe. „Hallstadt "
        "bleibt unser Zuhause. Daran ändert sich nichts.“ Auch sein Bruder sprach von einem "
        "„Neuanfang“, der den Betrieb sichern solle.",
        [("Hallstadt bleibt", "Jonas Brenner"), ("Neuanfang", "Karl Brenner")],
    ),
    # "ein Kopfball von Kapitän X Y": the role noun names the person, not the noun before it
    (
        "Der SV Talbach gewann das Derby mit 2:1. Die Gäste waren durch einen Kopfball von "
        "Kapitän Florian Widmer in Führung gegangen.\n\n"
        "Ihr Trainer Lukas Ebner haderte mit dem Schiedsrichter. „Das war ein klares Foul“, "
        "sagte er. Der Kapitän wollte davon nichts wissen: „Wir waren einfach zu schwach.“",
        [("Das war ein", "Lukas Ebner"), ("Wir waren einfach", "Florian Widmer")],
    ),
    # what the sentence goes on with after the speaker: an object, a place in a document
    (
        "Das Landgericht Emden hat einen Bauunternehmer wegen Betrugs verurteilt. Staatsanwalt "
        "Henning Ahlers hatte drei Jahre gefordert. „Das war System, kein Pech“, hatte er in "
        "seinem Schlussvortrag gesagt.\n\n"
        "Im Nachbarort stand am Abend der Keller der Grundschule unter Wasser. „Das Wasser "
        "steigt weiter“, schilderte Einsatzleiterin Ida Roth die Lage.",
        [("Das war System", "Henning Ahlers"), ("Das Wasser", "Ida Roth")],
    ),
    # someone unnamed is described with where they are from, not where they stand
    (
        "Im Betrugsprozess gegen den Fensterbauer Udo Rehm saßen viele Geschädigte im Saal.\n\n"
        "Eine Lehrerin aus Bergdorf, die 9000 Euro angezahlt hatte, sagte: „Das Geld ist weg.“ "
        "„Ich warte seit einem Jahr auf meine Fenster“, klagte ein Rentner aus Lingen.",
        [("Das Geld ist", "eine Lehrerin aus Bergdorf"), ("Ich warte", "ein Rentner aus Lingen")],
    ),
    (
        "De gemeenteraad van Veldwijk stemde donderdag in met de sluiting van de dorpsschool.\n\n"
        "‘Dit is een schande’, riep een moeder vanaf de publieke tribune.",
        [("Dit is een schande", "een moeder")],
    ),
    # "de rechtbank" after "De rechtbank Gelderland …": the court, not a person named between
    (
        "De rechtbank Gelderland in Arnhem heeft een 34-jarige man veroordeeld tot twee jaar "
        "cel voor oplichting. Officier van justitie Mark Hendriks had drie jaar geëist.\n\n"
        "De man zei dat hij onder druk was gezet. De rechtbank vond dat verhaal ‘op geen "
        "enkele manier aannemelijk’.",
        [("op geen", "rechtbank Gelderland")],
    ),
    # a name opening the sentence, an aside in commas, then the verb and an object pronoun
    (
        "Seit zehn Jahren leitet Hanna Wiegand das Stadtmuseum in Kolberg. Im Herbst geht sie "
        "in den Ruhestand.\n\n"
        "Bürgermeister Paul Lindner, anfangs ein Gegner ihrer Pläne, nennt sie heute "
        "»ein Geschenk für die Stadt«.",
        [("ein Geschenk", "Paul Lindner")],
    ),
    # a foundation or a cooperative opening a sentence goes by its whole name
    (
        "De gemeente Lindeveld sluit het verpleeghuis aan de Kerkstraat.\n\n"
        "Zorgstichting Huize Berkenhof, die het gebouw beheert, laat in een verklaring weten "
        "‘de zorgen van de familie te begrijpen’. De bewoners verhuizen naar Dalfsen.",
        [("de zorgen", "Zorgstichting Huize Berkenhof")],
    ),
    (
        "Der Windpark bei Talheim ist genehmigt.\n\n"
        "Bürgergenossenschaft Talwind, die den Park bauen wird, teilte mit, man sei „sehr "
        "erleichtert“ über die Entscheidung.",
        [("sehr", "Bürgergenossenschaft Talwind")],
    ),
    # a person and their employer after "van" and a kind noun: the person speaks
    (
        "De twee grootste zuivelbedrijven van het land gaan fuseren. Daarmee ontstaat een "
        "bedrijf met ruim vierduizend werknemers, dat de helft van alle melk verwerkt.\n\n"
        "Econoom Sanne Wieringa van zakenbank Noordhaven noemt de fusie ‘logisch’. ‘De "
        "markt krimpt al jaren. Ik verwacht meer van zulke stappen.’",
        [("logisch", "Sanne Wieringa"), ("De markt krimpt", "Sanne Wieringa")],
    ),
    # two people named between: no one is chosen
    (
        "Im Prozess in Bremen sagten am Dienstag zwei Zeugen aus.\n\n"
        "Anna Reimers und Jonas Petersen saßen nebeneinander in der ersten Reihe. "
        "„Ich habe ihm vertraut.“",
        [("Ich habe ihm", None)],
    ),
    # a Dutch unnamed person whose noun is in lower case ("Een medewerker van de …", "Een
    # havenwerker die …"): the noun is no adjective, the person speaks
    (
        "De fabriek in Westerkoog sluit eind maart de deuren. Ruim tweehonderd mensen "
        "verliezen hun baan.\n\n"
        "Een lasser van de nachtploeg, die er al dertig jaar werkt, hoorde het nieuws tijdens "
        "de pauze. ‘Niemand zei een woord. We keken alleen naar de grond.’",
        [("Niemand zei een woord", "een lasser van de nachtploeg")],
    ),
    (
        "De fabriek in Westerkoog sluit eind maart de deuren. Ruim tweehonderd mensen "
        "verliezen hun baan.\n\n"
        "Een magazijnmedewerker die er al twintig jaar werkt, staat met zijn handen in de "
        "zakken bij de poort. ‘Ik heb hier mijn halve leven gestaan.’",
        [("Ik heb hier mijn halve", "een magazijnmedewerker")],
    ),
    # guard: one of a group ("Een van de lassers, …") stays no one: never "een van"
    (
        "De fabriek in Westerkoog sluit eind maart de deuren. Ruim tweehonderd mensen "
        "verliezen hun baan.\n\n"
        "Een van de lassers, de 58-jarige Kees Hoogland, hoorde het nieuws tijdens de pauze. "
        "‘Ik werk hier al dertig jaar. Wat moet ik nu?’",
        [("Ik werk hier al dertig", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_first_person_alone(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
