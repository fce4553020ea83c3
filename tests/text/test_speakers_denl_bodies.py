"""German and Dutch bodies that speak: a public body a compound names and the noun that stands
for it later, a spokesperson and the body whose genitive follows (``orgs_germanic``), on
invented passages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

CASES: list[Case] = [
    # "Die Kantonspolizei Wallis …, teilte die Polizei mit": the police named before
    (
        "Ein Felssturz hat in der Nacht auf Sonntag die Strasse nach Saas-Almagell verschüttet. "
        "Verletzt wurde niemand.\n\n"
        "Die Kantonspolizei Wallis sperrte die Strasse. Die Bewohner seien „zu keinem Zeitpunkt "
        "gefährdet“ gewesen, teilte die Polizei mit.",
        [("zu keinem Zeitpunkt", "Kantonspolizei Wallis")],
    ),
    # "Das Umweltministerium …. Ein Sprecher des Ministeriums sagte, man …": the ministry
    (
        "Die Gemeinde Ostermoor darf ihren Deich um zwei Meter erhöhen. Die Arbeiten sollen im "
        "Frühjahr beginnen.\n\n"
        "Das Umweltministerium in Hannover hat das Vorhaben am Freitag genehmigt. Ein Sprecher "
        "des Ministeriums sagte, man werde die Arbeiten „aufmerksam verfolgen“.",
        [("aufmerksam verfolgen", "Umweltministerium")],
    ),
    # "Die Staatsanwaltschaft Kassel …. Eine Sprecherin der Behörde bestätigte, …"
    (
        "Gegen den Geschäftsführer einer Spedition aus Baunatal wird wegen Betrugs ermittelt. "
        "Er soll Fahrtenbücher gefälscht haben.\n\n"
        "Die Staatsanwaltschaft Kassel prüft inzwischen mehr als hundert Fahrten. Eine "
        "Sprecherin der Behörde bestätigte, es gebe „konkrete Hinweise“ auf weitere Fälle.",
        [("konkrete Hinweise", "Staatsanwaltschaft Kassel")],
    ),
    # "Ein Sprecher des Amtsgerichts Celle sagte, …": the court, out of its genitive
    (
        "Der Prozess gegen zwei Männer, die einen Geldautomaten gesprengt haben sollen, wird "
        "im Januar fortgesetzt. Beide bestreiten die Vorwürfe.\n\n"
        "Ein Sprecher des Amtsgerichts Celle sagte, es seien „noch zwölf Zeugen“ geladen.",
        [("noch zwölf Zeugen", "Amtsgericht Celle")],
    ),
    # "Das Verkehrsministerium hat … erklärt, …": a ministry the text opens on is a speaker
    (
        "Auf der Strecke zwischen Lindau und Kempten fallen im Sommer viele Züge aus. Pendler "
        "beschweren sich seit Wochen.\n\n"
        "Das Verkehrsministerium hat vergangene Woche erklärt, der Ersatzverkehr sei „auf allen "
        "Abschnitten gesichert“. Die Pendler sehen das anders.",
        [("auf allen Abschnitten", "Verkehrsministerium")],
    ),
    # "Woningcorporatie X …. ‘…’, laat de corporatie weten": the kind as a title before the
    # name is no part of it (a housing corporation, like "Zorgverzekeraar X")
    (
        "De flats aan de Beukenlaan in Oosterdijk gaan tegen de vlakte.\n\n"
        "Woningcorporatie Thuisgaard Noord maakte het besluit dinsdag bekend. ‘Renoveren is "
        "simpelweg te duur’, laat de corporatie weten.",
        [("Renoveren is", "Thuisgaard Noord")],
    ),
    # guard: the corporation's director speaks for herself, not the corporation
    (
        "De flats aan de Beukenlaan in Oosterdijk gaan tegen de vlakte.\n\n"
        "‘Renoveren is simpelweg te duur’, zegt directeur Anke Vos van woningcorporatie "
        "Thuisgaard Noord.",
        [("Renoveren is", "Anke Vos")],
    ),
    # "FC X … ‘…’, schrijft de club": the club the story opens on, not the opponent after it
    (
        "FC Oosterkamp heeft trainer Kees Bovenberg per direct ontslagen, twee dagen na de "
        "4-0 nederlaag bij VV Dalmond.\n\n"
        "‘Wij danken Kees voor zijn inzet’, schrijft de club in een verklaring.",
        [("Wij danken Kees", "FC Oosterkamp")],
    ),
    (
        "Der TSV Hollfeld hat seinen Trainer Jens Amrhein entlassen.\n\n"
        "„Wir danken Jens für seine Arbeit“, teilte der Klub am Dienstag mit.",
        [("Wir danken Jens", "TSV Hollfeld")],
    ),
    # guard: no club named before, "de club" stays as written
    (
        "Trainer Kees Bovenberg is per direct ontslagen. Dat werd dinsdag bekend.\n\n"
        "‘Wij danken Kees voor zijn inzet’, schrijft de club in een verklaring.",
        [("Wij danken Kees", "de club")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0][:30])
def test_bodies(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# a body's statement quoted with an impersonal "hieß es" after the sentence naming the body
STATEMENTS: list[Case] = [
    # "Der Landkreis X kündigte … an. Man werde „…“, hieß es.": the body the sentence opens on
    (
        "Nach dem Hagelsturm vom Wochenende sind in Oberau mehr als 200 Dächer beschädigt. "
        "Viele Landwirte haben ihre gesamte Ernte verloren.\n\n"
        "Der Landkreis Oberau kündigte in einer Aussendung Soforthilfe an. Man werde die "
        "Betroffenen „nicht allein lassen“, hieß es.",
        [("nicht allein lassen", "Landkreis Oberau")],
    ),
    # "Das teilte der X am Montag mit. … „…“, hieß es in der Mitteilung."
    (
        "Lindental. Die frühere Leiterin des Frauenchors, Gisela Brandauer, ist im Alter von 91 "
        "Jahren gestorben. Das teilte der Frauenchor Lindental am Montag mit. Brandauer habe "
        "„den Chor über vier Jahrzehnte geprägt“, hieß es in der Mitteilung.",
        [("den Chor über vier", "Frauenchor Lindental")],
    ),
    # "Das Unternehmen verwies auf …. Man habe „…“, hieß es in einer Mitteilung.": the company
    (
        "Die Pfalzmetall Gießerei GmbH schließt ihr Werk in Kusel. 180 Beschäftigte verlieren "
        "ihre Arbeit.\n\n"
        "Das Unternehmen verwies auf die hohen Energiepreise. Man habe „jede Möglichkeit "
        "geprüft“, hieß es in einer Mitteilung.",
        [("jede Möglichkeit", "Die Pfalzmetall Gießerei GmbH")],
    ),
    # a person the sentence before opens on is no author of an impersonal "hieß es"
    (
        "In Grünbach wird das alte Schulhaus abgerissen. Die Gemeinde will dort Wohnungen "
        "bauen.\n\n"
        "Der Ortsvorsteher Anton Gruber kündigte eine Bürgerversammlung an. Man werde alle "
        "Einwände „sorgfältig prüfen“, hieß es.",
        [("sorgfältig prüfen", None)],
    ),
    # "Die X kritisierte …. „A. B“, heißt es in einer Mitteilung der Umweltschützer.": the
    # body the sentence before the quotation opens on, not the noun standing for it
    (
        "Der Landkreis Wiesenau will am Mühlbach ein Gewerbegebiet ausweisen. Die Planung liegt "
        "seit Montag aus.\n\n"
        "Die Naturschutzgruppe Mühlbachtal lehnte das Vorhaben ab. „Der Bach ist die letzte "
        "Laichstelle der Region. Wir werden dagegen klagen“, heißt es in einer Mitteilung der "
        "Umweltschützer.",
        [("Der Bach ist die letzte", "Naturschutzgruppe Mühlbachtal")],
    ),
    # "Der Personalrat reagierte …. Man erwarte „…“, hieß es in einer Erklärung des Gremiums."
    (
        "Die Stadtwerke Kornbach streichen 40 Stellen in der Verwaltung. Die Kündigungen sollen "
        "bis Ende März ausgesprochen werden.\n\n"
        "Der Personalrat reagierte mit Unverständnis. Man erwarte „einen fairen Sozialplan“, "
        "hieß es in einer knappen Erklärung des Gremiums.",
        [("einen fairen Sozialplan", "Personalrat")],
    ),
    # "In einer Stellungnahme des Verbands hieß es, …" after "Der Landesverband X …": the
    # association of that kind named before, out of its genitive
    (
        "Die Landesregierung will den Ausbau von Radwegen beschleunigen. Der Entwurf geht nun "
        "in die Anhörung.\n\n"
        "Der Landesverband Radverkehr Ostmark begrüßte die Pläne. In einer Stellungnahme des "
        "Verbands hieß es, die Kommunen bräuchten „endlich verlässliche Mittel“.",
        [("endlich verlässliche Mittel", "Landesverband Radverkehr Ostmark")],
    ),
    # "Die X AG bedauert …. In einer schriftlichen Stellungnahme hiess es, man …«…»": the
    # body the paragraph names (the document's owner is left out)
    (
        "Die Gemeinde Talbrunn hat den Neubau der Seilbahn abgelehnt.\n\n"
        "Enttäuscht zeigte sich die Betreiberin, die Bergbahnen Talbrunn AG. In einer "
        "schriftlichen Stellungnahme hiess es, man nehme das Resultat «mit grossem Bedauern "
        "zur Kenntnis».",
        [("mit grossem Bedauern", "Bergbahnen Talbrunn AG")],
    ),
    # guard: after a sentence a person opens, such a document is no one's
    (
        "Die Gemeinde Talbrunn hat den Neubau der Seilbahn abgelehnt.\n\n"
        "Der Gemeindepräsident Urs Gasser äusserte sich knapp. In einer Mitteilung hiess es, "
        "man werde das Resultat «in aller Ruhe analysieren».",
        [("in aller Ruhe", None)],
    ),
    # guard: a compound naming its own body after "der" stays that body, not the one before
    (
        "Der Fluss Kerbach ist am Morgen über die Ufer getreten. Die Stadt Hallbrunn sperrte "
        "mehrere Straßen. Es bestehe „weiterhin Lebensgefahr“, hieß es in einer Warnung der "
        "Hochwasserzentrale.",
        [("weiterhin Lebensgefahr", "Hochwasserzentrale")],
    ),
]


@pytest.mark.parametrize("case", STATEMENTS, ids=lambda c: c[0][:30])
def test_statements(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


# an acronym a Dutch or German sentence opens on as subject is a body a later noun stands for
ACRONYMS: list[Case] = [
    # "Het KNMI verwacht …. ‘…’, aldus een woordvoerster van het instituut."
    (
        "In het noorden van het land valt vannacht tot tien centimeter sneeuw. Op de wegen wordt "
        "het glad.\n\n"
        "Het KNMI verwacht dat de sneeuw pas zaterdag smelt. ‘Blijf morgen thuis als het kan’, "
        "aldus een woordvoerster van het instituut.",
        [("Blijf morgen thuis", "KNMI")],
    ),
    # "GVB besloot …. ‘…’, laat de vervoerder weten."
    (
        "Door een stroomstoring reden er dinsdagochtend geen trams in Amsterdam. Reizigers "
        "stonden lang in de kou.\n\n"
        "GVB besloot rond acht uur alle lijnen stil te leggen. ‘Veiligheid gaat altijd voor’, "
        "laat de vervoerder weten.",
        [("Veiligheid gaat altijd", "GVB")],
    ),
]


@pytest.mark.parametrize("case", ACRONYMS, ids=lambda c: c[0][:30])
def test_acronyms(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
