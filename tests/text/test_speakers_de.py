"""Speakers on invented German news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "„Die neue Brücke wird im Herbst eröffnet“, sagte Verkehrssenator Jonas Becker nach "
        "der Sitzung.",
        [("Die neue Brücke", "Jonas Becker")],
    ),
    (
        "„Die Radwege sind viel zu schmal“, warnte die Verkehrsexpertin Anna Schulz von der "
        "Technischen Universität.",
        [("Die Radwege", "Anna Schulz")],
    ),
    (
        "„Wir bauen zuerst den Bahnhof um“, sagte Projektleiterin Anke Vogel bei der "
        "Vorstellung der Pläne.",
        [("Wir bauen zuerst", "Anke Vogel")],
    ),
    (
        "Bürgermeister Stefan Krüger sagte: „Die Schule bleibt geöffnet.“",
        [("Die Schule bleibt", "Stefan Krüger")],
    ),
    (
        "Die Mieten steigen seit Jahren, so Mieterbund-Sprecherin Lena Hoffmann. "
        "„Viele Familien finden keine Wohnung mehr“, betonte sie.",
        [("Viele Familien", "Lena Hoffmann")],
    ),
    (
        "Der Förster Markus Weber zeigt auf die kahlen Hänge.\n\n"
        "„Der Borkenkäfer hat hier alles zerstört“, erklärte er.",
        [("Der Borkenkäfer", "Markus Weber")],
    ),
    (
        "»Wir haben die Kosten unterschätzt«, räumte Finanzdezernent Tobias Lang ein.",
        [("Wir haben die Kosten", "Tobias Lang")],
    ),
    (
        "Die Ärztin Julia Neumann leitet die Klinik seit 2019.\n\n"
        "„Uns fehlen zwanzig Pflegekräfte.“",
        [("Uns fehlen", "Julia Neumann")],
    ),
    (
        "„Das Hochwasser kam in der Nacht“, berichtete Feuerwehrchef Peter Schmitt. "
        "„Wir mussten vierzig Keller auspumpen.“",
        [("Das Hochwasser", "Peter Schmitt"), ("Wir mussten", "Peter Schmitt")],
    ),
    (
        "Laut Landrätin Sabine Roth „wird der Kreis die Buslinie weiter bezahlen“.",
        [("wird der Kreis", "Sabine Roth")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "„Wir brauchen mehr Lehrer“, forderte Elternsprecherin Birgit Meyer.",
        [("Wir brauchen", "Birgit Meyer")],
    ),
    (
        "Klaus Fischer führt den Betrieb in dritter Generation.\n\n„Ohne Saisonkräfte geht es nicht.“",
        [("Ohne Saisonkräfte", "Klaus Fischer")],
    ),
    (
        "Ministerin Petra Wagner sagte im Landtag: „Der Haushalt ist solide.“",
        [("Der Haushalt", "Petra Wagner")],
    ),
    (
        "„Die Preise sind zu hoch“, so Verbraucherschützer Sven Richter.",
        [("Die Preise", "Sven Richter")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "„Der Zug fällt heute aus“, teilte Bahnsprecher Uwe Brandt am Morgen mit.",
        [("Der Zug fällt", "Uwe Brandt")],
    ),
    (
        "Bauamtsleiterin Katrin Seidel erklärte: „Die Sanierung dauert zwei Jahre.“",
        [("Die Sanierung", "Katrin Seidel")],
    ),
    (
        "„Wir sind enttäuscht“, sagte Trainer Florian Koch nach dem Spiel.",
        [("Wir sind enttäuscht", "Florian Koch")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Ursula Berg, die seit 30 Jahren in der Straße wohnt, ist wütend. „Niemand hat uns gefragt“, sagt sie.",
        [("Niemand hat uns", "Ursula Berg")],
    ),
    (
        "„Die Ernte war schlecht“, sagte Landwirt Jörg Baumann. „Im Juli hat es kaum geregnet.“",
        [("Die Ernte war", "Jörg Baumann"), ("Im Juli", "Jörg Baumann")],
    ),
    (
        "Laut Polizeisprecher Matthias Horn „gab es keine Verletzten“.",
        [("gab es keine", "Matthias Horn")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


def test_german_marks_are_kept_when_shown() -> None:
    from bot.text.quotes import find_quotes

    (quote,) = find_quotes(CASES[0][0])
    assert "“" not in quote.display[:1] and "”" not in quote.display


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        "BERLIN (dpa) - Die Bundesregierung will die Bahn mit zusätzlichen Milliarden sanieren.\n\n„Wir investieren so viel wie nie zuvor“, sagte Verkehrsminister Stefan Krüger am Dienstag in Berlin.\n\nDie Opposition zeigte sich skeptisch. „Das Geld reicht nicht einmal für die dringendsten Reparaturen“, kritisierte die Grünen-Abgeordnete Lena Vogt.",
        [("Wir investieren", "Stefan Krüger"), ("Das Geld reicht", "Lena Vogt")],
    ),
    (
        "Von Martin Schulze\n\nIn Neustadt schließt nach 80 Jahren die letzte Metzgerei.\n\nInhaber Klaus Hofmann findet keinen Nachfolger. „Die jungen Leute wollen diesen Beruf nicht mehr lernen“, sagt der 67-Jährige.\n\n„Ich hätte gern weitergemacht“, fügt er hinzu. „Aber meine Knie machen nicht mehr mit.“",
        [
            ("Die jungen Leute", "Klaus Hofmann"),
            ("Ich hätte gern", "Klaus Hofmann"),
            ("Aber meine Knie", "Klaus Hofmann"),
        ],
    ),
    (
        "Der FC Bayern hat das Spitzenspiel gegen Dortmund mit 2:2 beendet.\n\n„Wir haben in der zweiten Halbzeit zu viel zugelassen“, sagte Trainer Thomas Reiter nach dem Spiel.\n\nBVB-Kapitän Marco Weiß war zufrieden: „Ein Punkt in München ist nie schlecht.“",
        [("Wir haben in der", "Thomas Reiter"), ("Ein Punkt in München", "Marco Weiß")],
    ),
    (
        "Der Autobauer Volkswagen streicht 2000 Stellen in der Verwaltung.\n\n„Wir müssen unsere Kosten deutlich senken“, erklärte Personalvorstand Andreas Lehmann in einer Mitteilung.\n\nDer Betriebsrat kündigte Widerstand an. „Das werden wir nicht hinnehmen“, sagte Betriebsratschefin Petra Wolf der Deutschen Presse-Agentur.",
        [("Wir müssen unsere", "Andreas Lehmann"), ("Das werden wir", "Petra Wolf")],
    ),
    (
        "Foto: Peter Braun\n\nAnna Schmitt betreibt seit zehn Jahren ein Café am Marktplatz.\n\n„Seit die Baustelle da ist, kommen nur noch halb so viele Gäste“, klagt sie.\n\nDie Stadtverwaltung verspricht Besserung. „Die Arbeiten sind im Mai abgeschlossen“, sagte ein Sprecher.",
        [("Seit die Baustelle", "Anna Schmitt")],
    ),
    (
        "Nach dem Unfall auf der A7 ermittelt die Polizei.\n\nLaut Polizeisprecher Jens Hartmann war der Lkw-Fahrer vermutlich übermüdet. „Er ist ungebremst auf das Stauende aufgefahren“, sagte Hartmann.\n\nDrei Menschen wurden schwer verletzt.",
        [("Er ist ungebremst", "Jens Hartmann")],
    ),
    (
        "Bundeskanzler Friedrich Lang hat die Länder zu mehr Tempo beim Wohnungsbau aufgefordert.\n\n„Wir brauchen jedes Jahr 400.000 neue Wohnungen“, betonte er auf einem Kongress in Frankfurt. „Davon sind wir weit entfernt.“\n\nDer Präsident des Städtetags, Markus Berger, wies die Kritik zurück: »Die Kommunen tun, was sie können.«",
        [
            ("Wir brauchen jedes", "Friedrich Lang"),
            ("Davon sind wir", "Friedrich Lang"),
            ("Die Kommunen tun", "Markus Berger"),
        ],
    ),
    (
        "Die Sängerin Miriam Kühn hat ihr neues Album vorgestellt.\n\n„Diese Songs sind sehr persönlich“, sagte die 34-Jährige im Interview mit dem Radiosender. „Ich habe sie nach der Trennung geschrieben.“\n\nKritiker loben vor allem die Texte.",
        [("Diese Songs", "Miriam Kühn"), ("Ich habe sie", "Miriam Kühn")],
    ),
    (
        "Die Stadt München erhöht die Preise für Anwohnerparkausweise deutlich.\n\n„Der öffentliche Raum ist zu wertvoll, um ihn fast kostenlos abzugeben“, sagte Mobilitätsreferent Georg Dunkel.\n\nKritik kommt von der Opposition. „Das trifft vor allem Familien mit wenig Geld“, sagte CSU-Stadträtin Maria Huber.",
        [("Der öffentliche Raum", "Georg Dunkel"), ("Das trifft vor allem", "Maria Huber")],
    ),
    (
        "Nach dem 3:0 gegen Leipzig war Trainer Xaver Hahn bester Laune.\n\n„Die Mannschaft hat heute alles umgesetzt, was wir besprochen haben“, sagte der 52-Jährige. „Darauf können wir aufbauen.“",
        [("Die Mannschaft hat", "Xaver Hahn"), ("Darauf können wir", "Xaver Hahn")],
    ),
    (
        "„Wir müssen beim Klimaschutz schneller werden“, forderte Umweltministerin Katrin Schulz am Mittwoch im Bundestag.\n\nDie Union warf ihr Planlosigkeit vor. „Die Ministerin hat kein Konzept“, sagte der CDU-Abgeordnete Thomas Richter.",
        [("Wir müssen beim", "Katrin Schulz"), ("Die Ministerin hat", "Thomas Richter")],
    ),
    (
        "Der Landkreis will zwei Krankenhäuser zusammenlegen.\n\n„Wir haben keine andere Wahl“, sagte Landrat Michael Brenner am Montag vor dem Kreistag. „Es fehlen Ärzte und Pflegekräfte.“\n\nBürgermeisterin Ute Sommer aus Bad Waldsee hält das für einen Fehler. „Die Wege für Notfälle werden zu lang“, warnte sie.",
        [
            ("Wir haben keine", "Michael Brenner"),
            ("Es fehlen", "Michael Brenner"),
            ("Die Wege für", "Ute Sommer"),
        ],
    ),
    (
        "Siemens Energy hat seine Prognose angehoben.\n\n„Das Windgeschäft ist auf einem guten Weg“, sagte Vorstandschef Christian Bruch bei der Vorlage der Zahlen.\n\nAnalyst Stefan Meier von der DZ Bank sieht das skeptischer: „Die Risiken sind noch nicht vom Tisch.“",
        [("Das Windgeschäft", "Christian Bruch"), ("Die Risiken sind", "Stefan Meier")],
    ),
    (
        "Bild: Julia Fischer/dpa\n\nDie Polizei hat einen mutmaßlichen Einbrecher festgenommen.\n\n„Der Mann wurde auf frischer Tat ertappt“, sagte ein Polizeisprecher.\n\nNach Angaben der Polizei hatte ein Nachbar die Beamten alarmiert.",
        [("Der Mann wurde", "ein Polizeisprecher")],
    ),
    (
        "Nach dem Aus im Viertelfinale zeigte sich Alexander Zverev enttäuscht.\n\n„Ich habe heute einfach nicht gut genug gespielt“, sagte der Hamburger. „Das muss ich akzeptieren.“",
        [("Ich habe heute", "Alexander Zverev"), ("Das muss ich", "Alexander Zverev")],
    ),
    (
        "Die Gewerkschaft Verdi ruft zu Warnstreiks im Nahverkehr auf.\n\n„Die Beschäftigten haben die Nase voll“, erklärte Verdi-Vize Christine Behle. „Die Arbeitgeber müssen sich bewegen.“\n\nDie Arbeitgeber nannten die Streiks „völlig überzogen“.",
        [("Die Beschäftigten", "Christine Behle"), ("Die Arbeitgeber müssen", "Christine Behle")],
    ),
    (
        "Die Lufthansa streicht wegen des Streiks am Freitag Hunderte Flüge.\n\n„Wir bedauern die Unannehmlichkeiten für unsere Fluggäste sehr“, sagte eine Konzernsprecherin.\n\nVerdi-Verhandlungsführer Marvin Reschinsky verteidigte den Ausstand. „Die Beschäftigten sind am Limit“, sagte er.",
        [("Die Beschäftigten sind", "Marvin Reschinsky")],
    ),
    (
        "Die 29-jährige Lehrerin Sarah Klein hat eine Petition für kleinere Klassen gestartet.\n\n„Mit 32 Kindern in einer Klasse kann man nicht richtig unterrichten“, sagt sie. Mehr als 50.000 Menschen haben bereits unterschrieben.\n\n„Das zeigt, wie groß der Frust ist“, so Klein.",
        [("Mit 32 Kindern", "Sarah Klein"), ("Das zeigt", "Sarah Klein")],
    ),
    (
        "Die Bäckerei Schulte in Bielefeld schließt nach 120 Jahren.\n\n„Es tut weh, aber es geht nicht mehr“, sagt Inhaberin Monika Schulte. Die Energiekosten hätten sich verdreifacht.\n\nIhr Sohn wollte den Betrieb nicht übernehmen. „Ich verstehe ihn“, sagt sie.",
        [("Es tut weh", "Monika Schulte"), ("Ich verstehe ihn", "Monika Schulte")],
    ),
    (
        "Bundesgesundheitsminister Karl Lauterbach hat vor einer neuen Grippewelle gewarnt.\n\n„Die Zahlen steigen schneller als erwartet“, sagte der SPD-Politiker den Zeitungen der Funke-Mediengruppe.\n\nEr rief ältere Menschen auf, sich impfen zu lassen: „Die Impfung schützt vor schweren Verläufen.“",
        [("Die Zahlen steigen", "Karl Lauterbach"), ("Die Impfung schützt", "Karl Lauterbach")],
    ),
    (
        "Der Stadtrat von Leipzig hat den Bau einer neuen Schwimmhalle beschlossen.\n\nSportbürgermeisterin Heike Brandt zeigte sich erleichtert. „Wir haben lange dafür gekämpft“, sagte sie nach der Abstimmung. „Jetzt können die Kinder endlich wieder schwimmen lernen.“\n\nDie Linke stimmte dagegen. Fraktionschef Uwe Heinrich nannte das Projekt „viel zu teuer“.",
        [("Wir haben lange", "Heike Brandt"), ("Jetzt können die", "Heike Brandt")],
    ),
    (
        "Tausende Menschen haben in Berlin gegen steigende Mieten demonstriert.\n\n„Wohnen ist ein Menschenrecht“, rief Organisatorin Lea Schmidt von der Bürgerinitiative Mietenwahnsinn den Teilnehmern zu.\n\nDer Berliner Senat kündigte neue Maßnahmen an. Bausenator Christian Gaebler sagte: „Wir bauen so schnell wir können.“",
        [("Wohnen ist ein", "Lea Schmidt"), ("Wir bauen so", "Christian Gaebler")],
    ),
    (
        "Der Torhüter des SC Freiburg, Noah Atubolu, hat seinen Vertrag verlängert.\n\n„Ich fühle mich hier zu Hause“, sagte der 22-Jährige. Sportvorstand Jochen Saier lobte: „Noah ist einer der besten jungen Torhüter Europas.“",
        [("Ich fühle mich", "Noah Atubolu"), ("Noah ist einer", "Jochen Saier")],
    ),
    (
        "Die Stadt Stuttgart führt eine Abgabe auf Einwegverpackungen ein.\n\n„Wir wollen den Müll in den Parks reduzieren“, erklärte Umweltbürgermeister Peter Pätzold. Gastronomen reagierten verärgert.\n\n„Das ist eine zusätzliche Belastung für unsere Betriebe“, sagte Dehoga-Sprecherin Daniela Kremer.",
        [("Wir wollen den", "Peter Pätzold"), ("Das ist eine", "Daniela Kremer")],
    ),
    (
        "Der Schauspieler Matthias Schweighöfer hat einen neuen Film vorgestellt.\n\n„Es ist mein persönlichstes Projekt“, sagte er bei der Premiere in Berlin. „Ich habe drei Jahre daran gearbeitet.“",
        [("Es ist mein", "Matthias Schweighöfer"), ("Ich habe drei", "Matthias Schweighöfer")],
    ),
    (
        "Die Biathletin Franziska Preuß hat den Gesamtweltcup gewonnen.\n\n„Ich kann es noch gar nicht glauben“, sagte die 30-Jährige im ZDF. „Das ist der schönste Tag meiner Karriere.“",
        [("Ich kann es noch", "Franziska Preuß"), ("Das ist der schönste", "Franziska Preuß")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        "Der SC Freiburg hat überraschend in Leverkusen gewonnen.\n\n„Wir haben mutig gespielt und verdient gewonnen“, meinte Trainer Julian Schuster nach dem Abpfiff. Torschütze Ritsu Doan freute sich: „Das war mein schönstes Tor in Deutschland.“\n\nLeverkusens Coach Erik ten Hag haderte mit der Chancenverwertung. „Wir hätten drei, vier Tore machen müssen“, sagte der Niederländer.",
        [
            ("Wir haben mutig", "Julian Schuster"),
            ("Das war mein", "Ritsu Doan"),
            ("Wir hätten drei", "Erik ten Hag"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "WIEN (APA) - Österreichs Regierung hat sich auf ein Sparpaket geeinigt.\n\n„Wir müssen den Haushalt in Ordnung bringen“, sagte Finanzminister Markus Marterbauer am Montag in Wien. „Das wird allen etwas abverlangen.“\n\nKritik kam von der Opposition. FPÖ-Chef Herbert Kickl sprach von einem „Raubzug bei den Pensionisten“. Die Grünen-Abgeordnete Sigrid Maurer meinte: „Beim Klimaschutz wird wieder zuerst gespart.“",
        [
            ("Wir müssen den", "Markus Marterbauer"),
            ("Das wird allen", "Markus Marterbauer"),
            ("Beim Klimaschutz", "Sigrid Maurer"),
        ],
    ),
    (
        "Von Jonas Albrecht\n\nIn einem Dorf in der Eifel hat Familie Yilmaz die alte Dorfkneipe übernommen.\n\n„Wir wollten nicht, dass hier alles stirbt“, sagt Mehmet Yilmaz. Seine Frau Ayşe kocht, die Tochter bedient.\n\nDer Ortsbürgermeister Heinz-Josef Schmitz ist dankbar: „Ohne die Kneipe hätte das Dorf kein Zentrum mehr.“",
        [("Wir wollten nicht", "Mehmet Yilmaz"), ("Ohne die Kneipe", "Heinz-Josef Schmitz")],
    ),
    (
        "ZÜRICH - Die Schweizer Großbank UBS streicht weitere 3000 Stellen.\n\n„Die Integration der Credit Suisse kommt gut voran“, erklärte Konzernchef Sergio Ermotti bei der Vorlage der Quartalszahlen. Die Bank rechnet mit weiteren Kosten.\n\nDer Gewerkschafter Daniel Lampart kritisierte den Abbau scharf: „Die Bank verdient Milliarden und wirft trotzdem Leute raus.“",
        [("Die Integration", "Sergio Ermotti"), ("Die Bank verdient", "Daniel Lampart")],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "HAMBURG (dpa) - Der Hamburger Hafen verliert weiter Marktanteile an Rotterdam und Antwerpen.\n\n„Wir müssen bei der Digitalisierung deutlich schneller werden“, räumte Hafenchef Jens Meier am Donnerstag ein. Die Reederei MSC steigt derweil bei der HHLA ein.\n\nDer Linke-Abgeordnete Norbert Hackbusch hält das für einen Fehler: „Kritische Infrastruktur gehört in öffentliche Hand.“",
        [("Wir müssen bei", "Jens Meier"), ("Kritische Infrastruktur", "Norbert Hackbusch")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        "In Dresden ist die Carolabrücke teilweise eingestürzt.\n\n„Es ist ein großes Glück, dass niemand verletzt wurde“, sagte Feuerwehrsprecher Michael Klahre am Morgen. Die Brücke war erst vor kurzem saniert worden.\n\nOberbürgermeister Dirk Hilbert kündigte eine Untersuchung an: „Wir müssen genau wissen, was hier passiert ist.“",
        [("Es ist ein großes", "Michael Klahre"), ("Wir müssen genau", "Dirk Hilbert")],
    ),
    (
        "MÜNCHEN (dpa) - Der Autozulieferer Brose baut in Franken 700 Stellen ab.\n\n„Die Entscheidung ist uns nicht leichtgefallen“, sagte Vorstandschef Stefan Krug am Mittwoch. „Aber der Markt für Elektroautos wächst langsamer als gedacht.“\n\nDie IG Metall reagierte empört. Bezirksleiter Horst Ott warf dem Unternehmen Wortbruch vor: „Vor einem Jahr hat man uns noch Sicherheit versprochen.“",
        [
            ("Die Entscheidung", "Stefan Krug"),
            ("Aber der Markt", "Stefan Krug"),
            ("Vor einem Jahr", "Horst Ott"),
        ],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        "Die Deutsche Bahn hat für Montag einen Warnstreik angekündigt bekommen.\n\n„Wir bedauern die Einschränkungen für unsere Fahrgäste“, teilte eine Bahnsprecherin mit.\n\nGDL-Chef Claus Weber verteidigte den Streik: „Ohne Druck bewegt sich der Konzern nicht.“",
        [("Ohne Druck", "Claus Weber")],
    ),
    (
        "BERLIN - Die Berliner Verkehrsbetriebe erhöhen die Ticketpreise zum Januar.\n\n„Wir haben keine andere Wahl“, sagte BVG-Chef Henrik Falk bei der Vorstellung. Strom und Personal seien deutlich teurer geworden.\n\nFahrgastvertreter Jens Wieseke kritisierte die Entscheidung scharf: „Damit treibt man die Leute zurück ins Auto.“",
        [("Wir haben keine", "Henrik Falk"), ("Damit treibt", "Jens Wieseke")],
    ),
    (
        "In Graz hat die Schneiderin Mirela Kovačević ihre eigene Modemarke gegründet.\n\n„Ich nähe nur aus Stoffresten“, erklärt die 29-Jährige. „Nachhaltigkeit ist mir wichtig.“\n\nIhre Geschäftspartnerin Lisa Gruber kümmert sich um den Verkauf. „Die Nachfrage ist riesig“, sagt sie.",
        [
            ("Ich nähe nur", "Mirela Kovačević"),
            ("Nachhaltigkeit", "Mirela Kovačević"),
            ("Die Nachfrage", "Lisa Gruber"),
        ],
    ),
    # batch sp-de 1, written before its rules (33/60 speakers right then, 58/60 after)
    (
        "FREIBURG (dpa/lsw) - Der Gemeinderat von Freiburg hat am Dienstagabend mit knapper Mehrheit eine Verpackungssteuer beschlossen.\n\n„Wer Müll produziert, soll auch dafür bezahlen“, sagte Oberbürgermeister Martin Horn nach der Abstimmung. „Tübingen hat gezeigt, dass das funktioniert.“\n\nDie FDP-Fraktion stimmte geschlossen dagegen. Ihr Vorsitzender Sascha Fiek sprach von einer „Strafsteuer für Imbissbetreiber“. „Am Ende zahlen das die Kunden“, warnte er.\n\nAuch der Gaststättenverband zeigt sich wenig begeistert. Das sieht auch Dehoga-Kreisvorsitzende Nadine Okafor so: „Unsere Betriebe kämpfen ohnehin ums Überleben.“\n\nHorn ließ das nicht gelten. „Die Steuer ist niedrig und planbar“, betonte der Oberbürgermeister.",
        [
            ("Wer Müll", "Martin Horn"),
            ("Tübingen hat", "Martin Horn"),
            ("Am Ende zahlen", "Sascha Fiek"),
            ("Unsere Betriebe", "Nadine Okafor"),
            ("Die Steuer ist", "Martin Horn"),
        ],
    ),
    (
        "Von Carola Weidner\n\nLÜBECK - Im Prozess um den Brand in einer Flüchtlingsunterkunft hat das Landgericht Lübeck den Angeklagten zu acht Jahren Haft verurteilt.\n\n„Das Gericht ist überzeugt, dass der Angeklagte das Feuer vorsätzlich gelegt hat“, sagte die Vorsitzende Richterin Ilka Brandes bei der Urteilsbegründung. Der 41-Jährige habe aus Hass gehandelt.\n\nDer Verteidiger Bernd Quast kündigte Revision an. „Die Beweislage ist dünn“, sagte er vor dem Gerichtssaal. „Mein Mandant bestreitet die Tat weiterhin.“\n\nIm Saal saß auch Yusuf Demirci, der in der Brandnacht mit seinen drei Kindern aus dem zweiten Stock fliehen musste. „Ich habe heute zum ersten Mal seit zwei Jahren das Gefühl, dass man uns glaubt“, sagte der 38-Jährige. Seine Tochter habe noch immer Albträume.\n\nOberstaatsanwalt Henning Lüders zeigte sich zufrieden: „Das Urteil sendet ein klares Signal.“",
        [
            ("Das Gericht ist", "Ilka Brandes"),
            ("Die Beweislage", "Bernd Quast"),
            ("Mein Mandant", "Bernd Quast"),
            ("Ich habe heute", "Yusuf Demirci"),
            ("Das Urteil sendet", "Henning Lüders"),
        ],
    ),
    (
        "Der 1. FC Union Berlin hat den Abstiegskampf mit einem 2:1 gegen Bochum vorerst entschärft.\n\nMatchwinner war Jannik Oppermann, der in der 87. Minute traf. „Ich habe den Ball einfach nur reingedrückt“, sagte der Stürmer nach dem Spiel bei Sky. „Das Tor gehört der ganzen Mannschaft.“\n\nTrainer Rüdiger Falk wirkte erleichtert. „Wir haben heute Charakter gezeigt“, sagte der 53-Jährige. „Aber gerettet sind wir noch lange nicht.“\n\nBochums Coach Holger Brinkmann haderte mit dem Schiedsrichter: „Vor dem 1:1 war das ein klares Foul.“ Sein Kapitän Kevin Mbemba sah es ähnlich. »Wir werden für unseren Aufwand nicht belohnt«, sagte der Kongolese.",
        [
            ("Ich habe den Ball", "Jannik Oppermann"),
            ("Das Tor gehört", "Jannik Oppermann"),
            ("Wir haben heute", "Rüdiger Falk"),
            ("Aber gerettet", "Rüdiger Falk"),
            ("Vor dem 1:1", "Holger Brinkmann"),
            ("Wir werden für", "Kevin Mbemba"),
        ],
    ),
    (
        "Forschende der Universität Göttingen haben einen neuen Weg gefunden, Mikroplastik im Trinkwasser nachzuweisen.\n\n„Unser Verfahren ist zehnmal empfindlicher als bisherige Methoden“, erklärt die Chemikerin Dr. Franziska Obermeier, die das Projekt leitet. „Und es kostet nur einen Bruchteil.“\n\nDie Ergebnisse wurden im Fachjournal „Nature Water“ veröffentlicht. Mitautor Kwame Mensah betont die praktische Bedeutung: „Jedes Wasserwerk könnte das künftig selbst messen.“\n\nSkeptischer äußert sich der Umwelttoxikologe Prof. Heinrich Stolz von der TU München. Die Methode sei vielversprechend, aber noch nicht im Alltag erprobt. „Bis zur Anwendung werden noch einige Jahre vergehen“, sagt Stolz.\n\nObermeier widerspricht: „Wir sind mit zwei Stadtwerken bereits im Gespräch.“",
        [
            ("Unser Verfahren", "Franziska Obermeier"),
            ("Und es kostet", "Franziska Obermeier"),
            ("Jedes Wasserwerk", "Kwame Mensah"),
            ("Bis zur Anwendung", "Heinrich Stolz"),
            ("Wir sind mit", "Franziska Obermeier"),
        ],
    ),
    (
        "Polizeibericht\n\nESSEN - Nach einem Überfall auf eine Tankstelle im Stadtteil Altenessen sucht die Polizei nach zwei maskierten Männern.\n\nDie Täter hatten am Sonntagabend gegen 22 Uhr die Kassiererin mit einem Messer bedroht. „Die Frau hat sehr besonnen reagiert und das Geld herausgegeben“, sagte Polizeisprecherin Sarah Wienhöfer am Montag. „Verletzt wurde zum Glück niemand.“\n\n„Die beiden sind in einen dunklen Kombi gesprungen und Richtung Autobahn gerast“, schilderte ein Anwohner.\n\nDer Tankstellenpächter Dimitrios Papadopoulos ist erschüttert. Es ist bereits der dritte Überfall in diesem Jahr. „Ich überlege ernsthaft, nachts zu schließen“, sagt er. „Meine Mitarbeiterinnen haben Angst.“\n\nHinweise nimmt die Polizei unter der Nummer 0201/829-0 entgegen.",
        [
            ("Die Frau hat", "Sarah Wienhöfer"),
            ("Verletzt wurde", "Sarah Wienhöfer"),
            ("Die beiden sind", "ein Anwohner"),
            ("Ich überlege", "Dimitrios Papadopoulos"),
            ("Meine Mitarbeiterinnen", "Dimitrios Papadopoulos"),
        ],
    ),
    (
        "Interview\n\n„Die Pflege steht kurz vor dem Kollaps“\n\nSeit 25 Jahren arbeitet Marlies Grabowski als Intensivpflegerin am Klinikum Kassel. Ein Gespräch über Schichtdienste, Personalmangel und Hoffnung.\n\nFrau Grabowski, wie geht es Ihnen nach einer Nachtschicht?\n\n„Ehrlich gesagt: erschöpft. Wir sind oft zu zweit für zwölf Patienten zuständig.“\n\nWas müsste sich ändern?\n\n„Wir brauchen verbindliche Personaluntergrenzen, und zwar sofort. Alles andere ist Kosmetik.“\n\nWürden Sie den Beruf trotzdem wieder wählen?\n\n„Ja, ohne zu zögern“, sagt Grabowski und lächelt zum ersten Mal. „Es gibt keinen sinnvolleren Beruf.“",
        [
            ("Die Pflege steht", "Marlies Grabowski"),
            ("Ehrlich gesagt", "Marlies Grabowski"),
            ("Wir brauchen", "Marlies Grabowski"),
            ("Ja, ohne", "Marlies Grabowski"),
            ("Es gibt keinen", "Marlies Grabowski"),
        ],
    ),
    (
        "BERLIN (AFP) - Die Bundesregierung will das Bürgergeld reformieren. Arbeitsministerin Bärbel Hansen (SPD) stellte am Freitag in Berlin die Eckpunkte vor.\n\n„Wer arbeiten kann, soll auch arbeiten“, sagte Hansen. Gleichzeitig werde niemand „im Stich gelassen“.\n\nDer Sozialverband VdK kritisierte die Pläne scharf. VdK-Präsidentin Verena Küppers warnte laut einer Mitteilung: „Hier wird auf dem Rücken der Schwächsten gespart.“\n\nUnterstützung kam dagegen vom Arbeitgeberverband. „Das ist ein Schritt in die richtige Richtung“, so BDA-Hauptgeschäftsführer Ralf Oberdieck. Er mahnte aber weitere Schritte an: „Der Abstand zwischen Lohn und Sozialleistung muss größer werden.“\n\nDie Linke-Vorsitzende Ines Marquardt nannte die Reform „zynisch“.",
        [
            ("Wer arbeiten", "Bärbel Hansen"),
            ("Hier wird auf", "Verena Küppers"),
            ("Das ist ein Schritt", "Ralf Oberdieck"),
            ("Der Abstand", "Ralf Oberdieck"),
        ],
    ),
    (
        "In Rheinfelden kämpfen Anwohner gegen den geplanten Abriss einer alten Mühle.\n\nWortführer der Bürgerinitiative ist der pensionierte Lehrer Werner Koch. „Diese Mühle ist 300 Jahre alt, die reißt man nicht einfach ab“, sagt der 71-Jährige.\n\nSeine Nachbarin, die Architektin Elif Şahin, hat ein Gegenkonzept entworfen. „Man könnte hier Wohnungen und ein Café unterbringen“, erklärt sie. „Das wäre ein Gewinn für das ganze Viertel.“\n\nDer Investor sieht das anders. „Eine Sanierung ist wirtschaftlich nicht darstellbar“, teilte Firmenchef Ludger Baumgartner auf Anfrage mit.\n\nBürgermeister Klaus Eberhardt will vermitteln: „Ich lade beide Seiten zu einem runden Tisch ein.“",
        [
            ("Diese Mühle", "Werner Koch"),
            ("Man könnte", "Elif Şahin"),
            ("Das wäre", "Elif Şahin"),
            ("Eine Sanierung", "Ludger Baumgartner"),
            ("Ich lade", "Klaus Eberhardt"),
        ],
    ),
    (
        "WIEN - Die Wiener Linien bauen die U5 weiter aus. Die Kosten steigen allerdings auf 2,1 Milliarden Euro.\n\n»Jeder Euro ist gut investiert«, sagte Stadträtin Ulrike Pospischil am Donnerstag. »Die U5 wird die Öffis in Wien grundlegend verändern.«\n\nLaut Rechnungshof-Präsidentin Margit Hofbauer fehlt eine belastbare Kostenplanung. »Die Stadt hat die Risiken systematisch unterschätzt«, sagte Hofbauer bei der Präsentation des Berichts.\n\nDer Verkehrsplaner Harald Zechner von der TU Wien hält den Ausbau grundsätzlich für richtig. »Ohne neue U-Bahn-Linien wird der Verkehr nicht zu bewältigen sein«, so Zechner. Die Kostensteigerung sei bei Großprojekten »leider normal«.",
        [
            ("Jeder Euro", "Ulrike Pospischil"),
            ("Die U5 wird", "Ulrike Pospischil"),
            ("Die Stadt hat", "Margit Hofbauer"),
            ("Ohne neue", "Harald Zechner"),
        ],
    ),
    (
        "Von Anna-Lena Brückner\n\nKIEL - Die Werft German Naval Yards hat einen Großauftrag der Marine erhalten. Geschäftsführer Tarek Al-Hassan sprach am Mittwoch von einem „Meilenstein“.\n\nVor den Beschäftigten sagte er: „Dieser Auftrag sichert unsere Arbeitsplätze für mindestens zehn Jahre.\n\n„Und er zeigt, dass Schiffbau in Deutschland eine Zukunft hat.“\n\nDie IG Metall begrüßte die Entscheidung. Bezirksleiter Daniel Brüggemann hatte lange für den Auftrag geworben.\n\n„Jetzt muss das Land auch in die Ausbildung investieren. Wir brauchen Hunderte neue Fachkräfte.“\n\nKritik kam von der Linken. Landessprecherin Susanne Spethmann bemängelte, dass die Vergabe ohne Ausschreibung erfolgt sei. „Das ist intransparent und teuer“, sagte sie.",
        [
            ("Dieser Auftrag", "Tarek Al-Hassan"),
            ("Jetzt muss", "Daniel Brüggemann"),
            ("Das ist intransparent", "Susanne Spethmann"),
        ],
    ),
    (
        "Die Milchpreise sind erneut gefallen. Für viele Höfe im Allgäu wird es eng.\n\n„Wir legen bei jedem Liter drauf“, sagte Milchbauer Anton Gerber Anfang der Woche bei einer Protestaktion in Kempten. „So kann das nicht weitergehen.“\n\nDer Bauernverband fordert staatliche Hilfen. Verbandspräsident Günther Lechner sagte: „Die Politik schaut seit Jahren weg.“\n\nDie Molkereien weisen die Vorwürfe zurück. „Wir zahlen, was der Markt hergibt“, sagte Molkerei-Geschäftsführerin Olga Wiśniewska Reportern in München.\n\nGerber glaubt nicht an schnelle Besserung. „Mein Sohn wird den Hof wohl nicht übernehmen“, sagt der 58-Jährige leise.",
        [
            ("Wir legen", "Anton Gerber"),
            ("So kann das", "Anton Gerber"),
            ("Die Politik schaut", "Günther Lechner"),
            ("Wir zahlen", "Olga Wiśniewska"),
            ("Mein Sohn", "Anton Gerber"),
        ],
    ),
    # batch sp-de 2, written before its rules (33/44 speakers right then, 42/44 after)
    (
        "ZÜRICH - Der Zürcher Stadtrat will auf allen Quartierstrassen Tempo 30 einführen.\n\n«Weniger Tempo heisst weniger Lärm und weniger Unfälle», sagt Stadträtin Corinne Aebischer gegenüber Radio SRF. «Die Bevölkerung hat das mehrfach gefordert.»\n\nDas Gewerbe ist skeptisch. Nicole Wyss-Kälin, Präsidentin des Gewerbeverbands, befürchtet längere Lieferzeiten: «Unsere Handwerker stehen jetzt schon zu oft im Stau.»\n\nAuch die SVP kündigte Widerstand an. Gemeinderat Urs Fankhauser sprach von «Schikane gegen Autofahrer». «Wir werden das Referendum ergreifen», sagte er.",
        [
            ("Weniger Tempo", "Corinne Aebischer"),
            ("Die Bevölkerung", "Corinne Aebischer"),
            ("Unsere Handwerker", "Nicole Wyss-Kälin"),
            ("Wir werden das", "Urs Fankhauser"),
        ],
    ),
    (
        "Von Markus Tiedemann\n\nDORTMUND - Im Prozess um einen Millionenbetrug mit Corona-Testzentren hat der Hauptangeklagte ein Geständnis abgelegt.\n\n„Ich habe Fehler gemacht und übernehme dafür die Verantwortung“, ließ Mustafa Kaya über seinen Anwalt erklären. Der 46-Jährige soll mehr als 200.000 Tests abgerechnet haben, die nie stattfanden.\n\nSein Verteidiger Jörn Habermann bat um Milde. „Mein Mandant hat den Schaden inzwischen zum großen Teil wiedergutgemacht“, sagte der Anwalt. „Das muss das Gericht berücksichtigen.“\n\nDie Staatsanwaltschaft sieht das anders. Staatsanwältin Wiebke Fuchs sagte, es handle sich um „gewerbsmäßigen Betrug in großem Stil“. „Hier wurde die Notlage einer ganzen Gesellschaft ausgenutzt“, betonte Fuchs in ihrem Plädoyer.\n\nDas Urteil soll am Freitag verkündet werden.",
        [
            ("Ich habe Fehler", "Mustafa Kaya"),
            ("Mein Mandant", "Jörn Habermann"),
            ("Das muss das", "Jörn Habermann"),
            ("Hier wurde", "Wiebke Fuchs"),
        ],
    ),
    (
        "Die deutschen Handballer stehen im Halbfinale der Europameisterschaft.\n\nNach dem 31:28 gegen Frankreich war Bundestrainer Henrik Olsen die Erleichterung anzusehen. „Die Jungs haben bis zur letzten Sekunde gekämpft“, sagte der Däne. „So eine Moral habe ich selten gesehen.“\n\nBester Werfer war Linksaußen Lukas Brenner mit neun Toren. „Ich hatte heute einfach einen guten Tag“, sagte der 28-Jährige bescheiden.\n\nTorhüter Finn Vogel parierte 17 Würfe. Kapitän Jannis Becker lobte ihn: „Finn hat uns im Spiel gehalten.“\n\nIm Halbfinale wartet am Freitag Dänemark. »Das wird die schwerste Aufgabe des Turniers«, warnte Olsen.",
        [
            ("Die Jungs", "Henrik Olsen"),
            ("So eine Moral", "Henrik Olsen"),
            ("Ich hatte heute", "Lukas Brenner"),
            ("Finn hat uns", "Jannis Becker"),
            ("Das wird die", "Henrik Olsen"),
        ],
    ),
    (
        "STUTTGART - Der Maschinenbauer Kessler & Söhne verlagert einen Teil seiner Produktion nach Polen.\n\nBetroffen sind rund 350 Arbeitsplätze am Stammsitz in Esslingen. „Diese Entscheidung ist uns unglaublich schwergefallen“, sagte Geschäftsführerin Agnieszka Nowak-Kessler am Dienstag. Die Energiekosten in Deutschland seien schlicht nicht mehr wettbewerbsfähig.\n\nDie IG Metall reagierte mit scharfer Kritik. „Hier wird ein Traditionsunternehmen auf dem Altar der Rendite geopfert“, so Gewerkschaftssekretär Tobias Schmied. Für Donnerstag ist eine Kundgebung vor dem Werkstor geplant.\n\nDer Betriebsratsvorsitzende Ahmet Yıldırım arbeitet seit 31 Jahren bei Kessler. Er ist fassungslos. „Wir haben in der Krise auf Lohn verzichtet, um den Standort zu retten“, sagt er. „Und jetzt lässt man uns einfach fallen.“\n\nWirtschaftsministerin Carola Eisele kündigte Gespräche an.",
        [
            ("Diese Entscheidung", "Agnieszka Nowak-Kessler"),
            ("Hier wird ein", "Tobias Schmied"),
            ("Wir haben in der", "Ahmet Yıldırım"),
            ("Und jetzt", "Ahmet Yıldırım"),
        ],
    ),
    (
        "Mit stehenden Ovationen hat das Publikum am Samstag die Premiere von „Der Sturm“ am Schauspielhaus Bochum gefeiert.\n\nRegisseurin Chioma Eze hat Shakespeares Stück in eine überflutete Zukunftsstadt verlegt. „Mich hat interessiert, was von einer Gesellschaft übrig bleibt, wenn das Wasser steigt“, erklärte die gebürtige Nigerianerin nach der Vorstellung.\n\n„Shakespeare wusste genau, dass Macht immer auch Verführung ist.\n\n„Das wollte ich sichtbar machen.“\n\nIntendant Kai-Uwe Brandt zeigte sich begeistert. „So einen Abend erlebt man nur alle paar Jahre“, sagte er. Das sieht auch Hauptdarsteller Ole Fuchs so: „Chioma hat uns unglaublich viel Freiheit gelassen.“",
        [
            ("Mich hat interessiert", "Chioma Eze"),
            ("Shakespeare wusste", "Chioma Eze"),
            ("So einen Abend", "Kai-Uwe Brandt"),
            ("Chioma hat uns", "Ole Fuchs"),
        ],
    ),
    (
        "Eine neue Studie der Charité zeigt, dass jeder fünfte Jugendliche unter Schlafstörungen leidet.\n\n„Das Smartphone im Bett ist einer der Hauptgründe“, sagt Studienleiterin Priya Raman. Viele Jugendliche schliefen weniger als sechs Stunden pro Nacht.\n\nLaut Raman sind die Folgen erheblich: „Wer dauerhaft zu wenig schläft, kann sich schlechter konzentrieren und wird häufiger krank.“\n\nDer Kinderarzt Dr. Helmut Jäger aus Potsdam beobachtet das auch in seiner Praxis. „Eltern unterschätzen das Problem oft“, sagt der Mediziner. Er rät zu festen Schlafenszeiten. „Das Handy gehört nachts in die Küche“, so Jäger.\n\nDie Bundesärztekammer forderte mehr Aufklärung an Schulen.",
        [
            ("Das Smartphone", "Priya Raman"),
            ("Wer dauerhaft", "Priya Raman"),
            ("Eltern unterschätzen", "Helmut Jäger"),
            ("Das Handy gehört", "Helmut Jäger"),
        ],
    ),
    (
        "Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz\n\nHANNOVER - Bei einem Großbrand in einer Lagerhalle im Stadtteil Linden ist in der Nacht zu Mittwoch ein Schaden in Millionenhöhe entstanden.\n\n„Als wir eintrafen, stand die Halle bereits in Vollbrand“, sagte Einsatzleiter Sönke Petersen. Mehr als 120 Einsatzkräfte waren vor Ort. „Wir mussten uns darauf konzentrieren, ein Übergreifen auf die Nachbargebäude zu verhindern.“\n\nVerletzt wurde niemand. Die Anwohner wurden über Warn-Apps aufgefordert, Fenster und Türen geschlossen zu halten.\n\nDie Brandursache ist noch unklar. „Wir ermitteln in alle Richtungen“, sagte ein Polizeisprecher. Der Eigentümer der Halle, der Unternehmer Bogdan Lewandowski, war am Morgen noch fassungslos: „Mein ganzes Lebenswerk ist in einer Nacht verbrannt.“",
        [
            ("Als wir eintrafen", "Sönke Petersen"),
            ("Wir mussten uns", "Sönke Petersen"),
            ("Wir ermitteln", "ein Polizeisprecher"),
            ("Mein ganzes", "Bogdan Lewandowski"),
        ],
    ),
    (
        "Die Gemeinde Hohenfels bekommt ein neues Ärztehaus. Der Gemeinderat stimmte am Montagabend einstimmig für das Projekt.\n\nBürgermeisterin Frauke Lindemann sprach von einem „großen Tag für Hohenfels“. Seit der Hausarzt im vergangenen Jahr in Rente gegangen sei, müssten ältere Bürger bis zu 30 Kilometer fahren.\n\n„Das war für viele eine echte Zumutung“, betonte sie. „Gesundheitsversorgung gehört in die Fläche.“\n\nIn das Ärztehaus sollen zwei Allgemeinmediziner, ein Zahnarzt und eine Physiotherapiepraxis einziehen. Einer der künftigen Ärzte ist Dr. Yusuf Okonkwo, der bisher in Regensburg praktiziert.\n\n„Ich wollte schon immer auf dem Land arbeiten“, sagt der 41-Jährige. „Hier kennt man seine Patienten noch.“",
        [
            ("Das war für viele", "Frauke Lindemann"),
            ("Gesundheitsversorgung", "Frauke Lindemann"),
            ("Ich wollte schon", "Yusuf Okonkwo"),
            ("Hier kennt man", "Yusuf Okonkwo"),
        ],
    ),
    (
        "BERLIN (dpa) - Im Streit um die Schuldenbremse verschärft sich der Ton in der Koalition.\n\nFDP-Fraktionschef Lars Brückner warnte vor neuen Schulden: „Wir dürfen den nächsten Generationen keine Rechnungen hinterlassen.“ Der Liberale betonte, an der Schuldenbremse werde nicht gerüttelt.\n\nDie Grünen-Vorsitzende Hanna Demirtaş widersprach deutlich. „Wer jetzt nicht investiert, zahlt später doppelt“, sagte die Grünen-Politikerin im ARD-Morgenmagazin.\n\nSPD-Generalsekretär Tim Albers sagte: „Beide Seiten müssen sich bewegen.“ Einen Kompromiss halte er noch vor der Sommerpause für möglich.\n\nUnionsfraktionsvize Gerd Wiesmann spottete: „Die Ampel streitet, das Land wartet.“",
        [
            ("Wir dürfen den", "Lars Brückner"),
            ("Wer jetzt nicht", "Hanna Demirtaş"),
            ("Beide Seiten", "Tim Albers"),
            ("Die Ampel streitet", "Gerd Wiesmann"),
        ],
    ),
    (
        "WIEN (APA) - Die Wiener Festwochen melden einen Besucherrekord.\n\n„Wir haben mehr junges Publikum erreicht als je zuvor“, zeigte sich Intendant Mirko Stojanović zufrieden. Rund 210.000 Menschen besuchten die Vorstellungen.\n\nKulturstadträtin Theresia Gruber sprach von einem „Fest für die ganze Stadt“. Sie kündigte an, das Budget stabil zu halten: „Kultur ist kein Luxus, sondern Grundversorgung.“\n\nKritik kam von der ÖVP. Deren Kultursprecherin Elisabeth Pichler meinte, die Festwochen seien „zu politisch“ geworden. „Viele Stammbesucher fühlen sich nicht mehr angesprochen“, sagte Pichler der APA.",
        [
            ("Wir haben mehr", "Mirko Stojanović"),
            ("Kultur ist kein", "Theresia Gruber"),
            ("Viele Stammbesucher", "Elisabeth Pichler"),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Die Stadt Köln will bis 2030 klimaneutral werden.\n\nOberbürgermeisterin Sabine Krause sprach von einem „historischen Beschluss“. „Wir übernehmen Verantwortung für die nächsten Generationen“, sagte sie.\n\nNach Ansicht der Umweltexpertin Julia Becker von der Universität Bonn ist das Ziel ehrgeizig. „Ohne eine Verkehrswende wird es nicht gehen“, so Becker.",
        [("Wir übernehmen", "Sabine Krause"), ("Ohne eine Verkehrswende", "Julia Becker")],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "In Hamburg ist am Samstag die neue U-Bahn-Linie eröffnet worden.\n\n„Das ist ein großer Tag für unsere Stadt“, sagte Bürgermeister Peter Tschentscher bei der Eröffnung.\n\nFahrgastverbände sehen noch Probleme. Karl-Peter Naumann vom Fahrgastverband Pro Bahn kritisierte: „Die Takte sind viel zu lang.“",
        [("Das ist ein großer", "Peter Tschentscher"), ("Die Takte sind", "Karl-Peter Naumann")],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Von Katrin Lenz\n\nIn Leipzig betreibt die Syrerin Amal Haddad seit drei Jahren einen Friseursalon.\n\n„Am Anfang habe ich kaum Deutsch gesprochen“, erzählt die 34-Jährige. „Meine Kundinnen haben mir geholfen.“\n\nIhr Nachbar, der Bäckermeister Jens Kühn, ist voll des Lobes: „Sie arbeitet härter als wir alle.“",
        [
            ("Am Anfang", "Amal Haddad"),
            ("Meine Kundinnen", "Amal Haddad"),
            ("Sie arbeitet", "Jens Kühn"),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Von Sandra Keller\n\nSeit zwanzig Jahren repariert Dragan Petrović in Stuttgart Fahrräder.\n\n„Früher kamen die Leute mit kaputten Reifen, heute mit kaputten Akkus“, sagt der gebürtige Serbe und lacht. „Die E-Bikes haben mein Geschäft verändert.“\n\nSeine Kundin Hannelore Fischer schwört auf ihn: „Er macht alles wieder heil.“",
        [
            ("Früher kamen", "Dragan Petrović"),
            ("Die E-Bikes", "Dragan Petrović"),
            ("Er macht alles", "Hannelore Fischer"),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Borussia Dortmund ist im Pokal ausgeschieden.\n\n„Das ist eine riesige Enttäuschung“, sagte Kapitän Emre Can nach dem Spiel. „Wir haben uns das ganz anders vorgestellt.“\n\nTrainer Niko Kovač nahm die Mannschaft in die Pflicht: „Mit dieser Einstellung gewinnt man kein Spiel.“",
        [
            ("Das ist eine riesige", "Emre Can"),
            ("Wir haben uns", "Emre Can"),
            ("Mit dieser", "Niko Kovač"),
        ],
    ),
    # batch sp-de 3, scored before its rules (23/29 speakers right then, 29/29 after)
    (
        "Der VfB Stuttgart hat im Abstiegskampf einen wichtigen Sieg gefeiert. Gegen den 1. FC Heidenheim gewannen die Schwaben mit 3:1.\n\n„Heute hat man gesehen, dass die Mannschaft lebt“, sagte Sportdirektor Malte Osterkamp. Trainer Clemens von Arnim lobte vor allem die Defensive: „Wir haben kaum etwas zugelassen.“\n\nDoppeltorschütze Ermedin Hadžić war nach dem Abpfiff kaum zu bremsen. „Das war für meine Familie“, sagte der 27-Jährige, dessen Vater im Winter gestorben war.\n\nHeidenheims Trainer Gerold Maier haderte: „Wir schenken die Tore her, das ist zu einfach.“ Sein Team bleibt auf Platz 16. »Wir müssen jetzt zusammenhalten«, so Maier.",
        [
            ("Heute hat man", "Malte Osterkamp"),
            ("Wir haben kaum", "Clemens von Arnim"),
            ("Das war für meine", "Ermedin Hadžić"),
            ("Wir schenken", "Gerold Maier"),
            ("Wir müssen jetzt", "Gerold Maier"),
        ],
    ),
    (
        "MÜNCHEN - Nach dem tödlichen Unfall auf dem Mittleren Ring hat die Staatsanwaltschaft Anklage gegen einen 22-jährigen Autofahrer erhoben. Ihm wird vorgeworfen, sich ein illegales Rennen geliefert zu haben.\n\n„Der Angeklagte ist mit mehr als 150 Stundenkilometern durch die Stadt gerast“, sagte Oberstaatsanwältin Katharina Albrecht-Yilmaz am Dienstag. „Er hat den Tod anderer Menschen billigend in Kauf genommen.“\n\nDie Mutter des getöteten Radfahrers, Ingrid Seidl, hofft auf ein hartes Urteil. „Mein Sohn wollte nur nach Hause fahren. Ich verstehe bis heute nicht, wie so etwas passieren kann“, sagt die 61-Jährige.\n\nDer Anwalt des Angeklagten, Florian Brugger, wollte sich zu den Vorwürfen nicht äußern. Sein Mandant werde sich vor Gericht erklären, teilte er schriftlich mit.\n\nDer Prozess beginnt im Mai.",
        [
            ("Der Angeklagte ist", "Katharina Albrecht-Yilmaz"),
            ("Er hat den Tod", "Katharina Albrecht-Yilmaz"),
            ("Mein Sohn wollte", "Ingrid Seidl"),
        ],
    ),
    (
        "DÜSSELDORF - Der Landtag hat nach hitziger Debatte das neue Schulgesetz verabschiedet.\n\nSchulministerin Gabriele Lenz-Haberland verteidigte die Reform. „Wir geben den Schulen mehr Freiheit und mehr Verantwortung“, sagte die CDU-Politikerin. „Das ist überfällig.“\n\nDie Opposition sieht das kritisch. SPD-Bildungsexpertin Dilek Arslan: „Ohne zusätzliche Lehrkräfte bleibt das ein leeres Versprechen.“\n\nLaut GEW-Landeschefin Monika Terhaar „fehlen schon heute 6000 Lehrerinnen und Lehrer im Land“. Die Sozialdemokratin Arslan kündigte an, das Gesetz weiter zu bekämpfen.",
        [
            ("Wir geben den", "Gabriele Lenz-Haberland"),
            ("Das ist überfällig", "Gabriele Lenz-Haberland"),
            ("Ohne zusätzliche", "Dilek Arslan"),
            ("fehlen schon heute", "Monika Terhaar"),
        ],
    ),
    (
        "BASEL - Der Pharmakonzern Roche streicht in Basel 400 Stellen in der Forschung.\n\n«Wir bündeln unsere Kräfte an weniger Standorten», erklärte Konzernchef Andreas Brunold an einer Medienkonferenz. «Das ist ein schmerzhafter, aber notwendiger Schritt.»\n\nDie Gewerkschaft Unia kritisiert den Abbau. «Roche macht Milliardengewinne und entlässt trotzdem», sagt Unia-Sprecherin Ladina Caflisch.\n\nRegierungsrat Lukas Tschudin zeigte sich besorgt. Er wolle mit dem Unternehmen das Gespräch suchen. «Basel ist und bleibt ein starker Pharmastandort», so der Sozialdemokrat.",
        [
            ("Wir bündeln", "Andreas Brunold"),
            ("Das ist ein schmerzhafter", "Andreas Brunold"),
            ("Roche macht", "Ladina Caflisch"),
            ("Basel ist und", "Lukas Tschudin"),
        ],
    ),
    (
        "Von Tobias Lemke\n\nAls Kind hat Elif Demirel in der Küche ihrer Eltern in Duisburg gesungen, heute füllt sie die großen Hallen. Am Freitag erscheint ihr drittes Album.\n\n„Die Songs sind in einer Zeit entstanden, in der ich sehr allein war“, erzählt die 31-Jährige beim Treffen in einem Berliner Café. Nach dem Tod ihres Vaters habe sie monatelang nicht schreiben können.\n\nDann kam ihr Produzent Jakob Lindqvist auf sie zu. „Ich habe gespürt, dass da etwas Großes in ihr steckt“, sagt der Schwede. „Man musste ihr nur Zeit geben.“\n\nDie Sängerin selbst sieht das Album als Abschluss. „Jetzt bin ich bereit für etwas Neues.“",
        [
            ("Die Songs sind", "Elif Demirel"),
            ("Ich habe gespürt", "Jakob Lindqvist"),
            ("Man musste", "Jakob Lindqvist"),
            ("Jetzt bin ich", "Elif Demirel"),
        ],
    ),
    (
        "Ein deutsches Forschungsteam hat auf dem Jupitermond Europa Hinweise auf Salzwasser unter dem Eis gefunden.\n\n„Das ist ein wichtiger Schritt auf der Suche nach Leben außerhalb der Erde“, sagt Projektleiter Hendrik Vos vom Deutschen Zentrum für Luft- und Raumfahrt (DLR). Die Daten stammen von der Raumsonde Juno.\n\nNicht alle Fachleute sind so euphorisch. „Salzwasser allein bedeutet noch lange kein Leben“, meint die Astrobiologin Sabine Oppermann von der Universität Tübingen. Sie hält weitere Messungen für nötig.\n\nVos widerspricht nicht: „Natürlich brauchen wir mehr Daten. Aber die Richtung stimmt.“",
        [
            ("Das ist ein wichtiger", "Hendrik Vos"),
            ("Salzwasser allein", "Sabine Oppermann"),
            ("Natürlich brauchen", "Hendrik Vos"),
        ],
    ),
    (
        "In Kleinmachnow feiert das Ehepaar Fischer Diamantene Hochzeit.\n\nSeit 60 Jahren sind Gerhard und Renate Fischer verheiratet. Kennengelernt haben sie sich beim Tanz im Dorfgasthof. „Sie hatte das schönste Lachen im ganzen Saal“, erinnert sich Gerhard Fischer.\n\nSeine Frau muss schmunzeln. „Er konnte überhaupt nicht tanzen, aber er hat es trotzdem versucht“, sagt die 82-Jährige.\n\nIhr Rezept für eine lange Ehe? „Nie im Streit ins Bett gehen“, so Renate Fischer.",
        [
            ("Sie hatte das", "Gerhard Fischer"),
            ("Er konnte", "Renate Fischer"),
            ("Nie im Streit", "Renate Fischer"),
        ],
    ),
    (
        "BERLIN (dpa) - Bundeskanzler Robert Kaiser hat vor dem EU-Gipfel in Brüssel mehr Tempo bei der Migrationspolitik gefordert. „Europa muss seine Außengrenzen endlich wirksam schützen“, sagte Kaiser am Mittwoch im Bundestag.\n\nDer Kanzler kündigte an, beim Gipfel auf eine gemeinsame Linie zu drängen. „Alleingänge einzelner Staaten helfen niemandem“, betonte er.\n\nGrünen-Fraktionschefin Leonie Bergmann warf ihm Symbolpolitik vor. „Der Kanzler redet viel und liefert wenig“, sagte sie der „Rheinischen Post“. Linken-Chef Ole Hansen nannte die Pläne „unmenschlich“.",
        [
            ("Europa muss", "Robert Kaiser"),
            ("Alleingänge", "Robert Kaiser"),
            ("Der Kanzler redet", "Leonie Bergmann"),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "FRANKFURT (Reuters) - Die Commerzbank hat im dritten Quartal mehr verdient als erwartet.\n\n„Wir liegen voll im Plan“, sagte Finanzchefin Bettina Adamczyk am Mittwoch in einer Telefonkonferenz. Die Bank hob ihre Gewinnprognose für das Gesamtjahr an.\n\nAnalysten reagierten gemischt. „Die Zahlen sind solide, aber die Kosten bleiben ein Thema“, schrieb Analystin Kerstin Lamprecht von der Baader Bank in einem Kurzkommentar.\n\nDer Betriebsratsvorsitzende Uwe Kreitmeier warnte vor weiterem Stellenabbau. „Die Beschäftigten haben genug geleistet“, sagte er der Nachrichtenagentur Reuters. Laut Kreitmeier sind bereits mehr als 3000 Stellen weggefallen.\n\n„Wir verhandeln fair“, hieß es dazu aus dem Vorstand.",
        [
            ("Wir liegen voll", "Bettina Adamczyk"),
            ("Die Zahlen sind", "Kerstin Lamprecht"),
            ("Die Beschäftigten", "Uwe Kreitmeier"),
            ("Wir verhandeln", None),
        ],
    ),
    # once in ARTICLES_HARD, right since the sp-de rules
    (
        "Von Lisa Kramer\n\nSeit 30 Jahren verkauft Helga Brandt Obst auf dem Wochenmarkt.\n\n„Früher war hier jeden Samstag Gedränge“, erzählt sie. „Heute kommen vor allem ältere Leute.“",
        [("Früher war hier", "Helga Brandt"), ("Heute kommen", "Helga Brandt")],
    ),
    # batch sp-de 4, scored before its rules (18/27 speakers right then, 25/27 after)
    (
        "Der VfL Wolfsburg hat zum elften Mal den DFB-Pokal der Frauen gewonnen. Im Finale in Köln setzte sich das Team mit 2:0 gegen Bayern München durch.\n\nMatchwinnerin war Stürmerin Nuria Rábano Castro mit beiden Toren. „Ich bin einfach nur glücklich“, sagte die Spanierin nach dem Spiel. „Für solche Tage spielt man Fußball.“\n\nIhre Trainerin Tanja Wehrmann lobte die Geschlossenheit: „Jede Einzelne hat heute alles gegeben.“\n\nBayerns Kapitänin Greta Lindholm war enttäuscht. „Wir haben unsere Chancen nicht genutzt“, sagte die Schwedin. „Das tut richtig weh.“",
        [
            ("Ich bin einfach", "Nuria Rábano Castro"),
            ("Für solche Tage", "Nuria Rábano Castro"),
            ("Jede Einzelne", "Tanja Wehrmann"),
            ("Wir haben unsere", "Greta Lindholm"),
            ("Das tut richtig", "Greta Lindholm"),
        ],
    ),
    (
        "WIEN - Die österreichische Regierung will die Mietpreise für drei Jahre einfrieren.\n\n„Wohnen darf kein Luxus werden“, sagte Wohnbauministerin Sabine Hofstätter am Sonntag in der ORF-Pressestunde. Der Mietpreisdeckel soll ab Juli gelten.\n\nDer Verband der Immobilienwirtschaft reagierte empört. Präsident Georg Fleischmann warnte vor einem Einbruch beim Neubau: „Wer nicht mehr verdienen kann, baut auch nicht mehr.“\n\nDie Mietervereinigung begrüßte den Schritt, fordert aber mehr. „Ein Deckel allein löst das Problem nicht“, meinte Vorsitzende Brigitte Steinacher.",
        [
            ("Wohnen darf", "Sabine Hofstätter"),
            ("Wer nicht mehr", "Georg Fleischmann"),
            ("Ein Deckel allein", "Brigitte Steinacher"),
        ],
    ),
    (
        "Das Münchner Start-up Voltara hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Das Unternehmen entwickelt Batteriespeicher für Mehrfamilienhäuser.\n\n„Mit dem Geld wollen wir in zwei Jahren in fünf europäischen Ländern aktiv sein“, sagt Gründerin und Geschäftsführerin Lea Schuster. Angeführt wird die Runde von einem US-Investor.\n\nMitgründer Vikram Nair ist für die Technik zuständig. „Unsere Speicher sind halb so teuer wie die der Konkurrenz“, sagt der gebürtige Inder, der in Aachen studiert hat.\n\nBranchenkenner sind dennoch vorsichtig. „Der Markt ist hart umkämpft, viele Start-ups sind schon gescheitert“, gibt Energieexpertin Miriam Stolze vom Öko-Institut zu bedenken.",
        [
            ("Mit dem Geld", "Lea Schuster"),
            ("Unsere Speicher", "Vikram Nair"),
            ("Der Markt ist", "Miriam Stolze"),
        ],
    ),
    (
        "Auf der Leipziger Buchmesse ist der Roman „Das Salz der Tage“ von Mariam Haidari mit dem Preis in der Kategorie Belletristik ausgezeichnet worden.\n\nDie 36-jährige Autorin, die als Kind aus Afghanistan nach Hamburg kam, erzählt darin von ihrer Flucht. „Ich habe zwanzig Jahre gebraucht, um darüber schreiben zu können“, sagte Haidari bei der Preisverleihung.\n\nJurorin Katja Lorenzen sprach von einem „Buch, das man nicht mehr vergisst“. Die Sprache sei von großer Klarheit.\n\nHaidaris Verlegerin Ruth Ebeling freute sich: „Das ist ein großer Tag für unseren kleinen Verlag.“ Das Buch sei bereits in der dritten Auflage, so Ebeling. „Und die Nachfrage steigt weiter.“",
        [
            ("Ich habe zwanzig", "Mariam Haidari"),
            ("Das ist ein großer", "Ruth Ebeling"),
            ("Und die Nachfrage", "Ruth Ebeling"),
        ],
    ),
    (
        "Nach den schweren Unwettern im Süden Bayerns laufen die Aufräumarbeiten. In mehreren Orten stand das Wasser bis zu einem Meter hoch.\n\n„So etwas habe ich in 50 Jahren nicht erlebt“, sagt Landwirt Josef Brandl aus Reichertshofen. Sein Keller ist komplett vollgelaufen, die Ernte auf den Feldern zerstört.\n\nSein Nachbar Mehmet Aksoy hilft beim Ausräumen. „Hier hilft jeder jedem, das ist das Schöne an so einem Dorf“, sagt er.\n\nMinisterpräsident Thomas Weißgerber besuchte am Nachmittag die betroffenen Gemeinden. „Wir lassen niemanden allein“, versprach der CSU-Chef.",
        [
            ("So etwas habe", "Josef Brandl"),
            ("Hier hilft", "Mehmet Aksoy"),
            ("Wir lassen", "Thomas Weißgerber"),
        ],
    ),
    (
        "Interview\n\n„Wir brauchen mehr Mut in der Stadtplanung“\n\nJana Wolter ist seit einem Jahr Stadtbaurätin in Freiburg. Mit ihr sprach Daniel Hecht.\n\nFrau Wolter, Freiburg gilt als grüne Vorzeigestadt. Zu Recht?\n\n„In vielem ja. Aber beim Wohnungsbau sind wir zu langsam.“\n\nWoran liegt das?\n\n„An zu vielen Vorschriften und an zu wenig Flächen. Wir müssen dichter bauen, auch wenn das nicht allen gefällt.“\n\nIst das auch eine Kritik an Ihren Vorgängern?\n\n„Nein. Die Bedingungen waren damals andere.“",
        [
            ("Wir brauchen mehr", "Jana Wolter"),
            ("In vielem ja", "Jana Wolter"),
            ("An zu vielen", "Jana Wolter"),
            ("Nein. Die Bedingungen", "Jana Wolter"),
        ],
    ),
    # batch sp-de 5, scored before its rules (28/30 speakers right then, 30/30 after)
    (
        "FRANKFURT (dpa) - Die Inflation im Euroraum ist im Oktober überraschend wieder gestiegen.\n\n„Der Rückgang der Teuerung ist kein Selbstläufer“, sagte Stefanie Brandauer, Chefvolkswirtin der Helaba. „Die EZB wird die Zinsen vorerst nicht weiter senken.“\n\nAuch Thorsten Wenzel von der DekaBank rechnet mit einer Pause. Die Notenbank müsse „vorsichtig bleiben“, sagte er.\n\nEZB-Direktorin Elena Marchetti betonte am Abend in Paris: „Wir sind entschlossen, die Inflation nachhaltig auf zwei Prozent zu bringen.“",
        [
            ("Der Rückgang", "Stefanie Brandauer"),
            ("Die EZB wird", "Stefanie Brandauer"),
            ("Wir sind entschlossen", "Elena Marchetti"),
        ],
    ),
    (
        "In Rostock sollen bis 2030 alle Straßenbahnen barrierefrei sein. Die Stadt investiert dafür 120 Millionen Euro.\n\n„Für Menschen im Rollstuhl ist das ein riesiger Fortschritt“, sagt Anja Kowalczyk, die seit einem Unfall vor zehn Jahren auf den Rollstuhl angewiesen ist. „Bisher musste ich oft auf die nächste Bahn warten.“\n\nWie Verkehrssenatorin Ines Gründel mitteilte, werden zunächst 28 neue Fahrzeuge bestellt. „Die ersten Bahnen rollen im Herbst 2026“, sagte sie.\n\nDer Fahrgastbeirat begrüßt die Pläne. Sein Vorsitzender Klaus-Dieter Pape mahnt aber: „Auch die Haltestellen müssen umgebaut werden, sonst nützen die neuen Bahnen wenig.“",
        [
            ("Für Menschen im", "Anja Kowalczyk"),
            ("Bisher musste", "Anja Kowalczyk"),
            ("Die ersten Bahnen", "Ines Gründel"),
            ("Auch die Haltestellen", "Klaus-Dieter Pape"),
        ],
    ),
    (
        "LAUSANNE - Das Bundesgericht hat die Beschwerde eines Walliser Bergführers abgewiesen, der nach einem Lawinenunglück mit zwei Toten verurteilt worden war.\n\n«Der Beschwerdeführer hat die Gefahrenlage grob falsch eingeschätzt», heisst es im Urteil. Die Lawinenwarnstufe habe an jenem Tag bei vier gelegen.\n\nDer Verteidiger des Bergführers, Rechtsanwalt Marco Imboden, zeigte sich enttäuscht. «Mein Mandant wird mit dieser Schuld leben müssen», sagte er. «Er hat seit dem Unglück keine Tour mehr geführt.»\n\nDie Witwe eines der Opfer, Claudia Zurbriggen, äusserte sich erleichtert: «Endlich ist das alles vorbei.»",
        [
            ("Der Beschwerdeführer", None),
            ("Mein Mandant wird", "Marco Imboden"),
            ("Er hat seit", "Marco Imboden"),
            ("Endlich ist das", "Claudia Zurbriggen"),
        ],
    ),
    (
        "Lisa Hörtnagl hat den Slalom von Flachau gewonnen. Für die 28-Jährige aus Tirol ist es der erste Weltcupsieg.\n\n„Ich habe so lange auf diesen Moment gewartet“, sagte Hörtnagl im Ziel unter Tränen. „Heute hat einfach alles gepasst.“\n\nZweite wurde die Schweizerin Andrea Zurflüh, die nach dem ersten Durchgang noch geführt hatte. «Ein Fehler im Steilhang hat mich den Sieg gekostet», ärgerte sich die 31-Jährige.\n\nÖSV-Cheftrainer Herbert Mandl freute sich über den Erfolg: „Lisa hat sich das mehr als verdient.“",
        [
            ("Ich habe so lange", "Lisa Hörtnagl"),
            ("Heute hat einfach", "Lisa Hörtnagl"),
            ("Ein Fehler im", "Andrea Zurflüh"),
            ("Lisa hat sich", "Herbert Mandl"),
        ],
    ),
    (
        "BERLIN - Gesundheitsminister Peter Hollenberg (CDU) will die Notaufnahmen der Krankenhäuser entlasten. Patienten sollen künftig zuerst eine Telefonhotline anrufen.\n\n„Nicht jeder mit Rückenschmerzen gehört in die Notaufnahme“, sagte Hollenberg am Donnerstag. Die Reform soll 2027 in Kraft treten.\n\nDie Grünen-Gesundheitspolitikerin Annika Roßbach kritisierte die Pläne als unausgegoren. „Eine Hotline ersetzt keinen Arzt“, sagte sie. „Schon heute hängen Menschen stundenlang in der Warteschleife.“\n\nDer Marburger Bund unterstützt die Reform im Grundsatz. Die Vorsitzende Dr. Ingrid Mertens sagte: „Die Richtung stimmt, aber es fehlt das Personal.“",
        [
            ("Nicht jeder mit", "Peter Hollenberg"),
            ("Eine Hotline", "Annika Roßbach"),
            ("Schon heute", "Annika Roßbach"),
            ("Die Richtung stimmt", "Ingrid Mertens"),
        ],
    ),
    (
        "KASSEL - Ein 17-Jähriger ist am Samstagabend in der Kasseler Innenstadt mit einem Messer verletzt worden. Der mutmaßliche Täter ist auf der Flucht.\n\nNach Angaben der Polizei waren die beiden zuvor in Streit geraten. „Wir gehen von einer Beziehungstat aus“, sagte Polizeisprecher Matthias Lüdtke. „Eine Gefahr für die Bevölkerung besteht nicht.“\n\nEine Passantin leistete Erste Hilfe. „Ich habe einfach meinen Schal auf die Wunde gedrückt und gewartet“, sagte die 34-jährige Pflegerin Derya Aslan. „Man denkt in so einem Moment nicht nach.“",
        [
            ("Wir gehen von", "Matthias Lüdtke"),
            ("Eine Gefahr", "Matthias Lüdtke"),
            ("Ich habe einfach meinen", "Derya Aslan"),
            ("Man denkt in", "Derya Aslan"),
        ],
    ),
    (
        "An der Gesamtschule in Gelsenkirchen-Ückendorf unterrichtet Hatice Yavuz seit acht Jahren Mathematik und Türkisch.\n\n„Viele meiner Schüler sind die ersten in ihrer Familie, die Abitur machen können“, sagt die 39-Jährige. „Das motiviert mich jeden Tag.“\n\nIhre Kollegin Svenja Roggenkamp leitet die Schule seit 2021. Sie kämpft vor allem gegen den Lehrermangel. „Wir haben elf offene Stellen, und es bewirbt sich niemand“, sagt sie.\n\nYavuz hat trotzdem Hoffnung. „Wenn man sieht, was aus den Kindern wird, weiß man, wofür man das macht.“",
        [
            ("Viele meiner", "Hatice Yavuz"),
            ("Das motiviert", "Hatice Yavuz"),
            ("Wir haben elf", "Svenja Roggenkamp"),
            ("Wenn man sieht", "Hatice Yavuz"),
        ],
    ),
    (
        "Der Film „Nordwand“ über die Erstbesteigung der Eiger-Nordwand hat beim Filmfest München den Publikumspreis gewonnen.\n\n„Wir haben bei minus 20 Grad in den Berner Alpen gedreht“, erzählte Hauptdarsteller Jonas Kessler, der den Bergsteiger Anderl Heckmair spielt. „Das war die härteste Arbeit meines Lebens.“\n\nRegisseurin Theresa Kämmerer wollte bewusst auf Computereffekte verzichten. „Die Zuschauer sollen spüren, wie gefährlich das war“, so Kämmerer.\n\nDer Film kommt im Oktober in die Kinos.",
        [
            ("Wir haben bei", "Jonas Kessler"),
            ("Das war die härteste", "Jonas Kessler"),
            ("Die Zuschauer", "Theresa Kämmerer"),
        ],
    ),
    # batch sp-de 6, scored before any rule for it (14/16 speakers right then, 14/16 now)
    (
        "Nach dem Hackerangriff auf die Stadtverwaltung Potsdam sind viele Dienste weiter lahmgelegt.\n\n„Wir arbeiten mit Hochdruck daran, die Systeme wieder hochzufahren“, sagte Oberbürgermeisterin Katrin Ehlers. Bürger sollten sich auf Wartezeiten einstellen.\n\nDer IT-Sicherheitsexperte Tarik Özkan hält die Verwaltung für schlecht vorbereitet. „Viele Kommunen sparen seit Jahren an der IT-Sicherheit“, sagte er dem RBB. „Das rächt sich jetzt.“\n\nEin Sprecher des Landeskriminalamts bestätigte die Ermittlungen. Zu den Tätern wollte er sich nicht äußern.",
        [
            ("Wir arbeiten mit", "Katrin Ehlers"),
            ("Viele Kommunen", "Tarik Özkan"),
            ("Das rächt sich", "Tarik Özkan"),
        ],
    ),
    (
        "STRASSBURG (AFP) - Das Europaparlament hat strengere Regeln für künstliche Intelligenz beschlossen.\n\n„Europa setzt damit weltweit Maßstäbe“, sagte der Berichterstatter Henrik Sørensen nach der Abstimmung. Der Däne hatte jahrelang an dem Gesetz gearbeitet.\n\nKritik kommt von Verbraucherschützern. „Die Ausnahmen für Sicherheitsbehörden sind viel zu weit gefasst“, bemängelte Julia Förster vom Verbraucherzentrale Bundesverband.\n\nDie Industrie warnt dagegen vor zu viel Bürokratie. Bitkom-Präsident Konstantin Haller sagte: „Wir riskieren, dass Innovation künftig woanders stattfindet.“",
        [
            ("Europa setzt", "Henrik Sørensen"),
            ("Die Ausnahmen", "Julia Förster"),
            ("Wir riskieren", "Konstantin Haller"),
        ],
    ),
    (
        "Ein Wolf hat in der Nacht zu Sonntag auf einer Weide bei Cuxhaven zwölf Schafe gerissen.\n\n„So ein Bild vergisst man nicht“, sagt Schäfer Hinrich Tammen, dem die Tiere gehörten. „Überall lagen tote Lämmer.“\n\nDer Landesjägerschaft zufolge ist es bereits der vierte Übergriff in diesem Monat. Deren Sprecher Jörg Lüdemann fordert den Abschuss des Tieres: „Der Wolf hat gelernt, dass Schafe leichte Beute sind.“\n\nNaturschützer halten dagegen. „Ein Abschuss löst das Problem nicht, nur besserer Herdenschutz hilft“, sagt Nabu-Expertin Marie Neuhaus.",
        [
            ("So ein Bild", "Hinrich Tammen"),
            ("Überall lagen", "Hinrich Tammen"),
            ("Der Wolf hat", "Jörg Lüdemann"),
            ("Ein Abschuss", "Marie Neuhaus"),
        ],
    ),
    # sp-denl shapes: a body named again by its kind ("teilte der Verein mit"), a role in
    # apposition named again by its noun, an adjunct after the speaker's noun phrase, a pronoun
    # after the verb of the sentence before, an impersonal attribution pointing at a document
    (
        "Der Tierschutzverein Mittelbach hat gegen die Schließung des Tierheims protestiert. „Wir lassen die Tiere nicht im Stich“, teilte der Verein am Montag mit.\n\nDer Leiter des Tierheims, Dr. Ansgar Wollny, rechnet mit einer schweren Woche. „Seit Tagen klingelt das Telefon ohne Pause“, sagte der Leiter unter Applaus.",
        [
            ("Wir lassen", "Tierschutzverein Mittelbach"),
            ("Seit Tagen", "Ansgar Wollny"),
        ],
    ),
    (
        "Die Bäckerin Wiebke Janssen steht seit fünf Uhr in der Backstube. Dann hält sie kurz inne. „Ohne Strom kann ich nichts backen.“\n\nDie Genossenschaft Nordstrom entschuldigte sich in einer Mitteilung. „Die Störung ist behoben“, hieß es darin.",
        [
            ("Ohne Strom", "Wiebke Janssen"),
            ("Die Störung", "Genossenschaft Nordstrom"),
        ],
    ),
    (
        "Die Brücke über die Lahn bleibt bis Freitag gesperrt. „Das ist ein Skandal“, empörte sich die Anwohnerin Petra Kuhlmann.",
        [
            ("Das ist ein Skandal", "Petra Kuhlmann"),
        ],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    # batch sp-de 6, scored before any rule for it (14/16 speakers right then, 14/16 now)
    (
        "HAMBURG - Die Elbphilharmonie feiert ihr zehnjähriges Bestehen mit einem Festkonzert.\n\n„Kaum jemand hätte damals gedacht, dass dieses Haus einmal so geliebt wird“, sagte Generalintendant Markus Wendling am Abend vor geladenen Gästen. Die Baukosten waren einst von 77 auf 866 Millionen Euro gestiegen.\n\nKultursenatorin Derya Kaplan erinnerte an die schwierigen Jahre: „Es gab Momente, in denen niemand mehr an dieses Projekt geglaubt hat.“\n\nUnter den Gästen war auch die Pianistin Hélène Duval. „Der Klang in diesem Saal ist einzigartig“, schwärmte die Französin.",
        [
            ("Kaum jemand", "Markus Wendling"),
            ("Es gab Momente", "Derya Kaplan"),
            ("Der Klang", "Hélène Duval"),
        ],
    ),
    (
        "Von Sabine Hartl\n\nSeit drei Generationen fertigt die Familie Obermoser in Oberammergau Holzschnitzereien.\n\n„Mein Großvater hat noch für Kaiser und Könige geschnitzt“, erzählt Florian Obermoser und zeigt auf ein Foto an der Wand. Heute verkauft er vor allem an Touristen.\n\nSeine Schwester Veronika Obermoser kümmert sich um den Onlineshop. „Ohne Internet gäbe es unseren Betrieb nicht mehr“, sagt die 34-Jährige.\n\nIhr Bruder nickt. „Die Tradition lebt nur, wenn man sie verändert.“",
        [
            ("Mein Großvater", "Florian Obermoser"),
            ("Ohne Internet", "Veronika Obermoser"),
            ("Die Tradition", "Florian Obermoser"),
        ],
    ),
    # batch sp-de 4, scored before its rules (18/27 speakers right then, 25/27 after)
    (
        "LEIPZIG - Bei einer Razzia gegen eine mutmaßliche Schleuserbande hat die Polizei am Dienstag zwölf Wohnungen in Sachsen und Thüringen durchsucht.\n\nWie ein Sprecher der Bundespolizei sagte, wurden vier Männer festgenommen. „Die Gruppe soll mehr als 300 Menschen gegen hohe Summen nach Deutschland gebracht haben“, sagte er.\n\nEine Nachbarin in Leipzig-Grünau hatte schon länger einen Verdacht. „Da gingen ständig fremde Leute ein und aus, oft mitten in der Nacht“, berichtet die Rentnerin, die ihren Namen nicht nennen will.\n\nDie Ermittlungen leitet die Staatsanwaltschaft Dresden. Oberstaatsanwalt Lorenz Haase kündigte weitere Durchsuchungen an. „Wir stehen erst am Anfang“, sagte er.",
        [
            ("Die Gruppe soll", "ein Sprecher der Bundespolizei"),
            ("Wir stehen erst", "Lorenz Haase"),
        ],
    ),
    (
        "Von Andreas Kühne\n\nMELBOURNE - Melina Frank hat bei den Australian Open überraschend das Viertelfinale erreicht. Die 26-Jährige aus Stuttgart besiegte die an Nummer vier gesetzte Amerikanerin Jessica Hale in drei Sätzen.\n\n„Ich habe nach dem ersten Satz einfach angefangen, freier zu spielen“, sagte Frank. „Auf einmal ging alles.“\n\nIm Viertelfinale wartet nun die Weltranglistenerste Iryna Kovalenko. „Gegen sie habe ich nichts zu verlieren“, betonte die Deutsche.\n\nHale haderte mit ihrem Aufschlag. „Ich habe zu viele Doppelfehler gemacht“, sagte sie.",
        [
            ("Ich habe nach", "Melina Frank"),
            ("Auf einmal", "Melina Frank"),
            ("Gegen sie habe", "Melina Frank"),
            ("Ich habe zu viele", "Jessica Hale"),
        ],
    ),
    # batch sp-de 2, written before its rules (33/44 speakers right then, 42/44 after)
    (
        "Von Julia Brenner\n\nJeden Morgen um vier Uhr steht Nguyen Van Long in seiner Backstube in Berlin-Lichtenberg. Der gebürtige Vietnamese hat vor zwölf Jahren die Bäckerei übernommen.\n\n„Ich wusste nichts über deutsches Brot“, erzählt Nguyen und lacht. „Meine Schwiegermutter hat mir alles beigebracht.“\n\nSeine Tochter, die Bäckermeisterin Linh Koch, führt heute die zweite Filiale. „Mein Vater ist der fleißigste Mensch, den ich kenne“, sagt sie.\n\nStammkunde Herbert Wolf kommt seit Jahren jeden Samstag. „Die Schrippen hier sind die besten im Bezirk“, schwärmt der Rentner.",
        [
            ("Ich wusste nichts", "Nguyen Van Long"),
            ("Meine Schwiegermutter", "Nguyen Van Long"),
            ("Mein Vater ist", "Linh Koch"),
            ("Die Schrippen", "Herbert Wolf"),
        ],
    ),
    # batch sp-de 1, written before its rules (33/60 speakers right then, 58/60 after)
    (
        "Die Autorin Leyla Aydın hat den Deutschen Buchpreis gewonnen.\n\nIn ihrem Roman „Die Brücke über dem Bosporus“ erzählt sie die Geschichte dreier Generationen einer Istanbuler Familie. „Ich wollte über meine Großmutter schreiben, aber am Ende ist es ein Buch über das Ankommen geworden“, sagte Aydın bei der Preisverleihung im Frankfurter Römer.\n\nDie Jury lobte die „unerhörte Genauigkeit“ des Textes. Jurysprecherin Theresa Vogelsang erklärte: „Dieses Buch verändert den Blick auf eine ganze Epoche.“\n\nIhr Verleger, der Hamburger Verlagschef Tobias Reinhold, war sichtlich gerührt. „Wir haben von Anfang an an dieses Manuskript geglaubt“, sagte er.\n\nDie 39-Jährige will das Preisgeld spenden. „Ein Teil geht an die Stadtbibliothek in Duisburg-Marxloh, wo ich als Kind jeden Nachmittag verbracht habe.“",
        [
            ("Ich wollte über", "Leyla Aydın"),
            ("Dieses Buch", "Theresa Vogelsang"),
            ("Wir haben von", "Tobias Reinhold"),
            ("Ein Teil geht", "Leyla Aydın"),
        ],
    ),
    (
        "„Das Wasser kam innerhalb von Minuten“, erinnert sich Landwirt Georg Huber an die Flutnacht.\n\nSein Hof stand zwei Meter unter Wasser. „Wir haben alles verloren, die Tiere, die Maschinen, einfach alles.“\n\nHuber hofft nun auf Hilfe vom Land.",
        [("Das Wasser kam", "Georg Huber"), ("Wir haben alles", "Georg Huber")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)


# shapes handled in round r-denl, each an invented passage
SHAPES: list[Case] = [
    # a short quotation inside reported speech (the first subjunctive), not a sentence of its own
    (
        "Die Umgehungsstraße ist in der Stadt nicht unumstritten. Der Sprecher der "
        "Bürgerinitiative, Volker Brandl, kritisierte, die Stadt habe die Anwohner nie gefragt "
        "und mit den Plänen nicht auf die Proteste reagiert. Die Gutachten seien „schlicht "
        "überholt“, die Zahlen stammten aus einem anderen Jahrzehnt.",
        [("schlicht überholt", "Volker Brandl")],
    ),
    (
        "Der Prozess gegen den Wirt ist zu Ende. Richterin Ulrike Fassbinder hat den Mann am "
        "Dienstag freigesprochen. Die Beweislage sei „viel zu dünn“ gewesen, sagte sie, und auch "
        "die Zeugen hätten sich in vielen Punkten widersprochen. Die Staatsanwaltschaft prüft "
        "nun eine Berufung.",
        [("viel zu dünn", "Ulrike Fassbinder")],
    ),
    # a relation before the name ("ihrem Mann X Y"), "Für" opening the sentence
    (
        "Das Hochwasser traf das Dorf in der Nacht. Die Rentnerin Helga Ostrowski wohnt direkt "
        "am Bach. Mit ihrem Mann Anselm Ostrowski flüchtete sie zu Nachbarn. „Wir haben nur "
        "die Fotoalben mitgenommen“, sagt er.",
        [("Wir haben nur", "Anselm Ostrowski")],
    ),
    (
        "Die Schule im Dorf schließt im Sommer. Für Bürgermeister Leonhard Quast war der "
        "Entscheid nicht leicht. Die Kosten seien aber zu hoch geworden. „Wir können das nicht "
        "mehr bezahlen“, sagt Quast.",
        [("Wir können das", "Leonhard Quast")],
    ),
    # a plural noun opening the sentence before is no one "sie" stands for
    (
        "Der Maschinenbauer aus Talheim streicht Stellen. Vorstandschefin Miriam Obermaier "
        "stellte am Mittwoch die Zahlen vor. Weitere Einstellungen werde es vorerst keine "
        "geben. „Wir werden um jeden Arbeitsplatz kämpfen“, sagte sie.",
        [("Wir werden um", "Miriam Obermaier")],
    ),
    # "hieß es in einer … der Behörde": the body named before by its kind
    (
        "Die Ortsumfahrung von Kleinhausen lässt auf sich warten. Das zuständige Straßenbauamt "
        "Obertal wartet auf einen Beschluss des Gemeinderats. „Ohne Beschluss können wir nicht "
        "planen“, hieß es in einer kurzen Erklärung der Behörde.",
        [("Ohne Beschluss", "Straßenbauamt Obertal")],
    ),
    # an adverb and the listener after the name are no part of it
    (
        "Der Klub verlor am Samstag zum dritten Mal in Folge. Die Mannschaft habe „einfach zu "
        "viele Fehler“ gemacht, sagte Trainerin Ilja Brandstätter danach gegenüber Reportern. "
        "Am Mittwoch steht schon das nächste Spiel an.",
        [("einfach zu viele", "Ilja Brandstätter")],
    ),
    # a noun after its article before the colon is no speaker
    (
        "Das Stück hatte am Freitag Premiere. Der Schauspieler Henrik Valentin ist seit zehn "
        "Jahren im Ensemble. Er habe die Rolle lange abgelehnt, und sie sei die schwerste "
        "Aufgabe seiner Laufbahn: „Wer keinen Text hat, muss mit den Augen spielen.“ Das "
        "Publikum applaudierte lange.",
        [("Wer keinen Text", "Henrik Valentin")],
    ),
    # "„…“ Das sagte X …": the sentence after the quotation names its speaker
    (
        "Die Gemeinde Tannried will den Dorfplatz neu gestalten. „Das wird ein Platz für alle“, "
        "sagte Bürgermeisterin Wiebke Sander am Dienstag. Die Arbeiten beginnen im Frühjahr "
        "und sollen bis zum Herbst dauern.\n\n„Wir haben lange genug gewartet.“ Das sagte "
        "Sander bei der Vorstellung der Pläne im Rathaus.",
        [("Wir haben lange", "Wiebke Sander")],
    ),
    # a kind noun before a body its legal form names: the body alone
    (
        "Der Sportverein FC Tannried trennt sich von seinem Trainer. „Wir danken ihm für seine "
        "Arbeit“, teilte der Verein am Montag mit. Ein Nachfolger soll in den nächsten Tagen "
        "vorgestellt werden.",
        [("Wir danken ihm", "FC Tannried")],
    ),
    # a fronted clause before the verb ("Auf die Frage, ob …, sagte X:"): the subject after it
    (
        "Ministerpräsident Anton Vogtländer hat den Haushalt am Mittwoch im Landtag verteidigt. "
        "Auf die Frage, ob die Steuern steigen, sagte Vogtländer: „Das schließe ich aus.“ Die "
        "Opposition bleibt trotzdem skeptisch.",
        [("Das schließe ich", "Anton Vogtländer")],
    ),
    # "die Hochschule" after "Die Universität X": the body named before
    (
        "Das Forschungsteam will nun untersuchen, wie sich die Tiere im Winter verhalten. Die "
        "Universität Talbrück hat das Geld für das Projekt bereits bewilligt. „Die Förderung "
        "ist für weitere drei Jahre gesichert“, teilte die Hochschule mit.",
        [("Die Förderung", "Universität Talbrück")],
    ),
    # a time noun is no one: "hat vergangene Woche erklärt" has its subject before it
    (
        "Die Kliniken im Land sind voll belegt. Das Sozialministerium hat vergangene Woche "
        "erklärt, die Versorgung sei „überall gesichert“. Die Ärzte sehen das anders und "
        "warnen vor einem langen Winter.",
        [("überall gesichert", "Sozialministerium")],
    ),
    (
        "Der Sportverein aus Tannried verlor am Samstag deutlich. Der Stürmer Jonas Keller "
        "traf zweimal. Auch Keller war danach enttäuscht. „Zwei Tore nützen nichts, wenn wir "
        "verlieren“, sagte der Österreicher.",
        [("Zwei Tore nützen", "Jonas Keller")],
    ),
    # a quotation in the headline takes the speaker of its repeat in the body
    (
        "Unwetter in Talheim: „Das war wie im Krieg“\n\nEin schweres Unwetter hat am Sonntag in "
        "Talheim große Schäden angerichtet. Mehrere Keller liefen voll.\n\n„Das war wie im "
        "Krieg, überall lagen Bäume“, sagte Feuerwehrkommandant Markus Steinhauser am Montag. "
        "Verletzt wurde niemand.",
        [("Das war wie", "Markus Steinhauser")],
    ),
    # a separable speech verb after the quotation: "«…», rechnet sie vor." / "merkt er an"
    (
        "Die Schule im Bergdorf Sankt Anton im Tal wird im Sommer geschlossen. Nicht alle Eltern "
        "sind damit einverstanden. Petra Zgraggen, Mutter von zwei Kindern, hat dagegen "
        "Unterschriften gesammelt. «Mein Sohn wird jeden Tag zwei Stunden im Bus sitzen», "
        "rechnet sie vor.",
        [("Mein Sohn wird", "Petra Zgraggen")],
    ),
    # a short quotation after a speech or label verb in its sentence, which goes on after it
    (
        "Der Gemeinderat von Talheim hat am Dienstag lange über die Pläne für das Zentrum "
        "beraten. Viele Bürger waren gekommen, und die Stimmung war angespannt. Bürgermeister "
        "Tom Brenner sprach von einem „schwarzen Tag“ für die Stadt und kündigte eine Prüfung "
        "an. Stadträtin Lea Krug bezeichnete den Beschluss als „großen Fehler“ für alle "
        "Beteiligten.",
        [("schwarzen Tag", "Tom Brenner"), ("großen Fehler", "Lea Krug")],
    ),
    # a few of a person's words in lower case inside the sentence their full name opens; the
    # first subjunctive of any common verb ("handle") marks reported speech
    (
        "Der Gemeinderat von Talheim hat am Dienstag lange über die Pläne für das Zentrum "
        "beraten. Viele Bürger waren gekommen, und die Stimmung war angespannt. Stadträtin Lea "
        "Krug zeigte sich „tief enttäuscht“ von der Entscheidung. Es handle sich um einen "
        "„schweren Fehler“, sagte sie.",
        [("tief enttäuscht", "Lea Krug"), ("schweren Fehler", "Lea Krug")],
    ),
    # a quotation alone after sentences of reported speech: the speaker they name
    (
        "Die Studie über die Stadttauben ist abgeschlossen. Die Ornithologin Judith Kleinschmidt "
        "hat drei Jahre lang Schwärme beobachtet.\n\nKleinschmidt sieht die Ergebnisse nüchtern. "
        "Die Tiere seien klüger als gedacht, sagt die Forscherin. Man dürfe sie aber nicht "
        "füttern, das schade ihnen nur. „Wer Tauben mag, lässt sie in Ruhe.“\n\nDas Projekt "
        "geht im Herbst weiter.",
        [("Wer Tauben mag", "Judith Kleinschmidt")],
    ),
    # a kind of body after the article ("das Verkehrsunternehmen"): the body named before
    (
        "Der Stadtrat hat den Kredit für die neue Tramlinie bewilligt. Die Stadtbus Talheim "
        "GmbH begrüßte den Entscheid am Dienstag. Man sei bereit, das Projekt „ohne jede "
        "Verzögerung“ umzusetzen, teilte das Verkehrsunternehmen mit. Die Bauarbeiten sollen "
        "im Frühjahr beginnen.",
        [("ohne jede", "Die Stadtbus Talheim GmbH")],
    ),
    # "heißt es bei der Initiative X": who the words come from
    (
        "Der Gemeinderat von Talheim hat am Dienstag lange über die Pläne für den Park beraten. "
        "Viele Bürger waren gekommen, und die Stimmung war angespannt.\n\n„Wir machen weiter“, "
        "heißt es kämpferisch bei der Bürgerinitiative Grünes Talheim.",
        [("Wir machen weiter", "Bürgerinitiative Grünes Talheim")],
    ),
    # "Für sie ist klar:" before the quotation: the person "sie" stands for
    (
        "Der Gemeinderat von Talheim hat am Dienstag lange über den Park beraten. Erika "
        "Vogelsang wohnt seit vierzig Jahren am Marktplatz. Für sie ist klar: „Wir werden "
        "klagen.“ Die Stadt will das Urteil abwarten.",
        [("Wir werden klagen", "Erika Vogelsang")],
    ),
    # "„…“ Mit diesen Worten eröffnete X …": the person after the verb
    (
        "Der Gemeinderat von Talheim hat am Dienstag lange über die Pläne für das Zentrum "
        "beraten. Viele Bürger waren gekommen, und die Stimmung war angespannt.\n\n„Heute ist "
        "ein guter Tag für Talheim.“ Mit diesen Worten eröffnete Bürgermeister Tom Brenner die "
        "Sitzung.",
        [("Heute ist ein", "Tom Brenner")],
    ),
    # "der Übungsleiter" after "Trainer X Y": a noun for the same role
    (
        "Der FC Talheim hat am Samstag mit 2:0 gegen den SV Moosbach gewonnen. Die Elf von "
        "Trainer Bernd Krautwurst zeigte eine starke zweite Halbzeit.\n\n„Wir haben endlich "
        "wieder zu null gespielt“, sagte der Übungsleiter nach dem Spiel.",
        [("Wir haben endlich", "Bernd Krautwurst")],
    ),
    # a court report: "die Angeklagte" is the woman named by a first name and an initial,
    # even when the report opens on the noun
    (
        "Sie habe „nie etwas Unrechtes gewollt“, beteuerte die Angeklagte. Das Landesgericht "
        "Talheim hat Monika R., eine 47-jährige Buchhalterin, am Montag zu einer bedingten "
        "Haftstrafe verurteilt. Ihr Sohn Peter R. war als Zeuge geladen.",
        [("nie etwas Unrechtes", "Monika R")],
    ),
    # "„…“, sagt ihr Mann": the husband the introduction of the couple names
    (
        "Das Hochwasser hat in der Gemeinde Talheim große Schäden angerichtet. Seit dem "
        "Unwetter wohnen Anton und Gerda Pichler bei Verwandten, ihr Haus ist nicht mehr "
        "bewohnbar.\n\n„Wir haben alles verloren“, sagt Gerda Pichler. „Aber wir bauen "
        "wieder auf“, sagt ihr Mann.",
        [("Wir haben alles", "Gerda Pichler"), ("Aber wir bauen", "Anton Pichler")],
    ),
    # "Der Autobauer X Y": the kind describes the company, whose statement "heißt es in der
    # Mitteilung" quotes (and a run of capitals ends at the paragraph's end)
    (
        "Talheimer Werke: Absatz bricht ein\n\nDer Zulieferer Talheimer Fahrwerktechnik hat im "
        "Sommer deutlich weniger verkauft. Das teilte das Unternehmen am Montag mit. „Die "
        "Nachfrage ist stark gesunken“, heißt es in der Mitteilung.",
        [("Die Nachfrage ist", "Talheimer Fahrwerktechnik")],
    ),
    # a labelled interview ("Frage: …" / "Brandauer: …"): the headline's quotation and a
    # quotation an answer opens with "sage ich" are the interviewee's; one a colleague said
    # to them is not
    (
        "„Wir schaffen das nur gemeinsam“\n\nDas Stadtspital Talheim sucht seit Monaten "
        "Pflegekräfte. Direktorin Ilse Brandauer leitet das Haus seit 2018. Ein Gespräch.\n\n"
        "Frage: Frau Brandauer, wie ist die Lage?\n\nBrandauer: Schwierig. Eine Kollegin hat "
        "mir gestern gesagt: „Ich kann nicht mehr.“ Das nehme ich ernst.\n\nFrage: Was sagen "
        "Sie den Jungen?\n\nBrandauer: Da sage ich immer: „Der Beruf ist schöner als sein "
        "Ruf.“ Das glaube ich auch.",
        [
            ("Wir schaffen das", "Ilse Brandauer"),
            ("Ich kann nicht", None),
            ("Der Beruf ist", "Ilse Brandauer"),
        ],
    ),
    # a modal particle between the auxiliary and the participle: "hat ja damals gesagt"
    (
        "Die Ärztekammer in Talheim hat die Impfung lange gefordert. Der Verband hat das nie "
        "verschwiegen, sein Präsident Rudolf Amsel hat ja damals gesagt, es sei „höchste "
        "Zeit“. Nun ist es so weit.",
        [("höchste Zeit", "Rudolf Amsel")],
    ),
    # a word of mood opening the sentence, the verb, then the subject: not the opening word
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "Kämpferisch gab sich die Bürgermeisterin: „Das Bad wird gebaut, koste es, was es will.“",
        [("Das Bad wird", "Vera Obermair")],
    ),
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "Zuversichtlich zeigte sich auch Heindl: „Wir eröffnen das Bad in zwei Jahren.“",
        [("Wir eröffnen das", "Jonas Heindl")],
    ),
    # "„…“, gibt sich X optimistisch" / "zeigt sich X überzeugt" after the quotation
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "„Wir eröffnen das Bad in zwei Jahren“, gibt sich Heindl optimistisch.",
        [("Wir eröffnen das", "Jonas Heindl")],
    ),
    # an adverb opening the sentence before, then the person or the role noun after the verb;
    # "Anders" there is no speaker
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "Anders sieht das die Bürgermeisterin. „Das Bad wird teurer als geplant.“",
        [("Das Bad wird", "Vera Obermair")],
    ),
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "Ganz anders sieht das Heindl. „Das Bad wird teurer als geplant.“",
        [("Das Bad wird", "Jonas Heindl")],
    ),
    # a role noun and the surname of someone named in full: that person
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "„Das Bad wird teurer als geplant“, sagt Stadtrat Heindl.",
        [("Das Bad wird", "Jonas Heindl")],
    ),
    # a whole-sentence quotation, then a new sentence reporting other words with "dass":
    # no attribution from that sentence
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. Viele "
        "Bürger waren gekommen.\n\n„Das Bad ist zu teuer.“ Stadtrat Jonas Heindl sagte am "
        "Abend, dass er dem Projekt trotzdem zustimme.",
        [("Das Bad ist", None)],
    ),
    # "findet auch die Bürgermeisterin": an opinion verb, "auch" before the speaker
    (
        "Der Gemeinderat von Talheim hat am Dienstag über das neue Hallenbad beraten. "
        "Bürgermeisterin Vera Obermair und Stadtrat Jonas Heindl waren dabei.\n\n"
        "„Kinder müssen schwimmen lernen“, findet auch die Bürgermeisterin.",
        [("Kinder müssen schwimmen", "Vera Obermair")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_shapes(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_indicative_label_is_not_kept() -> None:
    """A short label in an indicative sentence stays a label, not a quotation."""
    from bot.text.quotes import find_quotes

    text = (
        "Die Stadt nennt das Projekt „Neue Mitte“ und plant den Bau für das Jahr 2030. Die "
        "Kosten sind noch nicht bekannt, und auch der Standort ist nicht entschieden."
    )
    assert [q.quote for q in find_quotes(text)] == []


def test_adverb_opening_a_sentence_is_no_speaker() -> None:
    """„…“ after "Dann erkläre ich:" is not given to the adverb "Dann"."""
    from bot.text.quotes import find_quotes

    text = (
        "Die Ärztin Greta Lohmeier arbeitet seit zwanzig Jahren in der Notaufnahme der Stadt. "
        "Manche Patienten warten zu lange, bevor sie kommen. Dann erkläre ich ihnen "
        "jedes Mal: „Kommen Sie lieber einmal zu oft als zu selten.“ So sieht sie das."
    )
    assert [q.speaker for q in find_quotes(text)] != ["Dann"]
