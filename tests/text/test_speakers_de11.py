"""German speaker shapes (session de11; every passage invented).

A company named after the noun for its kind ("Der Bremer Hersteller Lumotec", "Der
Carsharing-Anbieter X") is no person a later "er" stands for; a predicative adjective fronted
before a copula ("Entscheidend sei nun, ob …:", "Unklar bleibt, ob …") is no speaker; a time
after a body's noun ("das Unternehmen Anfang des Monats") is no part of a name; a person "vom
Institut … in Kiel" opening a sentence is its subject, not the place; a compound naming a
region's body ("Der Mieterverband", "Die Handwerkskammer") is shown as written when no body was
named before; a phrase quoted inside a sentence that opens on a body does not take the speaker
of a named person's later sentence; a quantified noun phrase ("Mehrere Bürgerinitiativen") is
no one; a noun for a kind of company before its name ("Der Verleih Nordlicht Film") is no
part of the name, and an adjective telling which body ("Das österreichische
Umweltministerium") is. "bezeichnete … als „…“" reports speech; "Der Bund der Steuerzahler" is one body; a relative
clause about an abstract noun ("eine Nominierung, die der Verband … begründete") is its
subject's; an object fronted before the verb ("Sein Ziel formulierte er so:") is no speaker,
the pronoun after the verb is, and "und" after a German noun opens a second verb phrase; "heißt es dort" is the body the sentence before opens on; "wie es in der Begründung heißt" and "Als Hauptgrund nennt …"
name no one; "sagte der Juryvorsitzende, der Literaturkritiker X Y." is X Y's. Guards
keep the near shapes that must not change.
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.test_speakers_session17 import DE_MORE

LEAD = (
    "Die Debatte beschäftigt die Region seit Monaten, und in den Gemeinden wird darüber an "
    "jedem Stammtisch gestritten. Der Kreistag hatte den Plan im Frühjahr mit knapper Mehrheit "
    "beschlossen, doch seither reißt die Kritik nicht ab. Mehrere Bürgerinitiativen sammeln "
    "Unterschriften, und auch in den Nachbarkreisen wird das Vorhaben aufmerksam verfolgt. Eine "
    "endgültige Entscheidung des Landes wird frühestens im Herbst erwartet.\n\n"
)

# (passage, [(quotation start, speaker; "NOT:x" for any speaker but x, None for none)])
CASES: list[tuple[str, list[tuple[str, str | None]]]] = []

# a company after the noun for its kind, then someone named after a fronted participle
for _kind, _co, _name in [
    ("Carsharing-Anbieter", "Flinkauto", "Jens Albering"),
    ("Hersteller", "Lumotec", "Tobias Rehwinkel"),
    ("Betreiber", "Seilbahnwerk", "Malte Grosskopf"),
    ("Stromanbieter", "Wattwerk", "Florian Dorsch"),
    ("Zulieferer", "Kettler-Technik", "Sebastian Ohlendorf"),
    ("Versicherer", "Nordpolice", "Henrik Wallmann"),
]:
    CASES.append(
        (
            LEAD + f"Der Bremer {_kind} {_co} hat einen schweren Fehler eingeräumt. Daten von "
            "Kunden lagen wochenlang offen im Netz, darunter Adressen und Kontonummern.\n\n"
            f"Entdeckt hatte die Lücke der Informatiker {_name}, der an einer Hochschule "
            "forscht. „Ich konnte jede Adresse sehen“, sagte er dieser Zeitung. „Das hätte nie "
            "passieren dürfen.“\n\nDas Unternehmen will den Vorfall nun aufarbeiten lassen.",
            [("Ich konnte jede", _name), ("Das hätte nie", _name)],
        )
    )

# a predicative adjective fronted before a copula opens no speaker's phrase
for _adj, _name in [
    ("Entscheidend", "Ulrike Maaß"),
    ("Wichtig", "Bernd Kolbe"),
    ("Fraglich", "Jonas Wehner"),
    ("Bedeutsam", "Petra Lohse"),
    ("Unklar", "Kai Brüning"),
    ("Ausschlaggebend", "Sina Morath"),
]:
    CASES.append(
        (
            LEAD + f"Die Expertin {_name} vom Institut für Verkehrsplanung hält den Plan "
            "dennoch für richtig. „Kleine Städte brauchen andere Lösungen.“ "
            f"{_adj} sei nun, ob die Kommunen das Geld auch abrufen könnten: „Ein "
            "Förderprogramm, das niemand nutzt, ist wertlos.“",
            [("Ein Förderprogramm", f"NOT:{_adj}")],
        )
    )

# a time after a body's noun is no part of a name a later "die Behörde" could stand for
for _noun, _when in [
    ("Unternehmen", "Anfang"),
    ("Unternehmen", "Ende"),
    ("Amt", "Mitte"),
    ("Institut", "Anfang"),
    ("Verein", "Ende"),
    ("Klinikum", "Mitte"),
]:
    CASES.append(
        (
            LEAD + "Der Händler Ravita hat eingeräumt, dass Kundendaten ungeschützt im Netz "
            "lagen. Ein Forscher hatte die Lücke entdeckt und gemeldet.\n\n"
            f"Er habe das {_noun} {_when} des Monats informiert, erst nach zwei Wochen sei der "
            "Zugang gesperrt worden. Eine Sprecherin der Behörde sagte, zwei Wochen seien "
            "„deutlich zu lang“. Man werde ein Verfahren einleiten.",
            [("deutlich zu lang", "Eine Sprecherin der Behörde")],
        )
    )

# someone "vom Institut … in Kiel" opening the sentence before a quotation standing alone
for _name, _employer, _place in [
    ("Tom Grubel", "Institut für Sicherheitspolitik", "Kiel"),
    ("Hanna Seidl", "Zentrum für Klimafolgen", "Potsdam"),
    ("Olaf Brinkmann", "Institut", "Bremen"),
    ("Marie Kötter", "Lehrstuhl für Verkehrsrecht", "Trier"),
    ("Paul Ebner", "Forschungsinstitut", "Graz"),
    ("Lea Hofstetter", "Zentrum für Pflegeforschung", "Bern"),
]:
    CASES.append(
        (
            LEAD + f"Der Experte {_name} vom {_employer} in {_place} hält den Schritt für "
            "überfällig. „Man hat viel zu lange gewartet.“ Die Verwaltung habe die Warnungen "
            "jahrelang ignoriert, die Kosten seien dadurch gestiegen.",
            [("Man hat viel", _name)],
        )
    )

# a compound naming a region's body, no body named before: as written
for _body in [
    "Der Mieterverband",
    "Der Kreisbauernverband",
    "Die Handwerkskammer",
    "Der Elternbeirat",
    "Der Gemeindetag",
    "Die Ärztekammer",
]:
    CASES.append(
        (
            LEAD + f"{_body} sagte am Dienstag, der Entwurf sei „ein Schlag ins Gesicht aller "
            "Betroffenen“. Eine Stellungnahme solle in den nächsten Tagen folgen. Die "
            "Landesregierung wollte sich zunächst nicht äußern.",
            [("ein Schlag ins Gesicht", _body)],
        )
    )

# a body's phrase inside its own sentence, then a named person's quotation: not that person's
# (the body's own when the text names it so, none for a general noun: "Die Gewerkschaft")
for _body, _role, _name, _said in [
    ("Der Verband der Mieter", "Landesvorsitzender", "Egon Brell", "Der Verband der Mieter"),
    ("Der Sportverband", "Präsidentin", "Gisela Rauch", "Der Sportverband"),
    ("Die Gewerkschaft", "Bezirksleiter", "Timo Haferkamp", None),
    ("Der Naturschutzverband", "Geschäftsführerin", "Ines Vollmer", "Der Naturschutzverband"),
]:
    CASES.append(
        (
            LEAD + f"{_body} bezeichnete den Beschluss unterdessen als „Denkmal verfehlter "
            f"Politik“. {_role} {_name} sagte: „Solange niemand Verantwortung übernimmt, wird "
            "sich nichts ändern.“",
            [("Denkmal verfehlter", _said), ("Solange niemand", _name)],
        )
    )

# a noun for a kind of company before the company's name: the name
for _phrase, _name in [
    ("Der Verleih Nordlicht Film", "Nordlicht Film"),
    ("Die Investorengruppe Meridian Alpine Holdings", "Meridian Alpine Holdings"),
    ("Die Beratungsfirma Kessler Partners", "Kessler Partners"),
    ("Der Konzern Halvor Industries", "Halvor Industries"),
    ("Das zuständige Eisenbahnunternehmen Mittelland-Bahn", "Mittelland-Bahn"),
    # (a public body's kind is part of its name; a first name opens a person's)
    ("Der Deichverband Harlingen-Nord", "Deichverband Harlingen-Nord"),
    ("Der Händler Egon Brandt", "Egon Brandt"),
]:
    CASES.append(
        (
            LEAD + "Der Film über den Fährmann läuft ab November in den Kinos, und die Premiere "
            f"war ausverkauft. {_phrase} rechnet nach eigenen Angaben mit einem „sehr starken "
            "Start“. Die Kritiker sind sich allerdings noch nicht einig.",
            [("sehr starken Start", _name)],
        )
    )

# a body's compound after its article and an adjective telling which: as written
for _body in [
    "Das österreichische Umweltministerium",
    "Das bayerische Gesundheitsministerium",
    "Der regionale Weinbauverband",
]:
    CASES.append(
        (
            LEAD + f"{_body} kündigte am Freitag an, die Ergebnisse „mit großer Aufmerksamkeit“ "
            "zu prüfen. Ein Sprecher verwies auf die laufenden Verhandlungen in Brüssel.",
            [("mit großer Aufmerksamkeit", _body)],
        )
    )

# "bezeichnete … als „…“" in a relative clause about someone: a verb of speech
for _role, _name in [
    ("Moderatorin", "Svenja Rehberg"),
    ("Schauspieler", "Jonas Wendtner"),
    ("Regisseurin", "Mira Feldhaus"),
]:
    CASES.append(
        (
            LEAD + f"Zu den Gästen gehörten zahlreiche Prominente, darunter {_role} {_name}, "
            "die den Abend als „das Schönste, was ich dieses Jahr erlebt habe“ bezeichnete. "
            "Die Party ging bis in die frühen Morgenstunden.",
            [("das Schönste", _name)],
        )
    )

# "Der Bund der X": one body's name over its genitive
CASES.append(
    (
        LEAD + "Der Bund der Steuerzahler bezeichnete die neue Brücke unterdessen als „Denkmal "
        "schlechter Planung“. Landesgeschäftsführer Arno Siebel sagte: „Solange niemand "
        "Verantwortung übernimmt, wird sich das wiederholen.“",
        [("Denkmal schlechter", "Der Bund der Steuerzahler"), ("Solange niemand", "Arno Siebel")],
    )
)

# a relative clause about a thing ("eine Nominierung, die der Verband … begründete"): its
# subject, the body after the pronoun (no relative pronoun and a second article is the name
# of a kind of body in apposition)
for _body in ["Tennisverband Nordheide", "Schachverein Ostbucht", "Turnverband Mittelland"]:
    CASES.append(
        (
            LEAD + f"Auch der {_body} ist aufmerksam geworden. Lena Kowalski wurde in den "
            "Landeskader berufen – eine Nominierung, die der Verband in einer Mitteilung mit "
            "ihrer „außergewöhnlichen Spielintelligenz“ begründete.",
            [("außergewöhnlichen Spielintelligenz", _body)],
        )
    )

# an object fronted before the verb, its pronoun subject after it ("Sein Ziel formulierte er
# so:"), and a second verb after "und" and a German noun ("lobte die Arbeit der Wehren und
# kündigte an:"): the person the pronoun stands for, never the noun
for _opening, _name in [
    ("Sein Ziel formulierte er unmissverständlich", "Mikkel Dahlberg"),
    ("Den Vorwurf wies er am Montag entschieden zurück", "Mikkel Dahlberg"),
    ("Seine Bilanz fiel er nüchtern aus", "NOT:Bilanz"),
]:
    CASES.append(
        (
            LEAD + "Der Stürmer Mikkel Dahlberg soll bereits am Samstag im Kader stehen, der "
            "Vertrag läuft bis 2029. Dahlberg gilt als schnell und kopfballstark.\n\n"
            f"{_opening}: „Ich will hier Geschichte schreiben. Aufstieg, Pokal, alles.“",
            [("Ich will hier", _name)],
        )
    )
for _object in [
    "die Zusammenarbeit der Wehren",
    "den Einsatz der Helfer",
    "die Arbeit des Roten Kreuzes",
]:
    CASES.append(
        (
            LEAD + "Bürgermeisterin Andrea Mayrhofer war in der Nacht selbst vor Ort. Sie lobte "
            f"{_object} und kündigte Unterstützung an: „Die Familie ist seit Generationen ein "
            "Teil dieser Gemeinde. Wir lassen sie jetzt nicht allein.“",
            [("Die Familie ist", "Andrea Mayrhofer")],
        )
    )

# "heißt es dort" after a sentence opening on a body: that body (a region's compound as
# written, with the genitive telling which)
for _body, _said in [
    ("Die Handwerkskammer Oberland", "Handwerkskammer Oberland"),
    ("Die Handwerkskammer der Region", "Die Handwerkskammer der Region"),
    ("Der Bäckerinnungsverband des Kreises", "Der Bäckerinnungsverband des Kreises"),
]:
    CASES.append(
        (
            LEAD + "Der Bäcker Paul Wiesmann backt seit zwanzig Jahren in der Altstadt, und "
            "jeden Morgen steht eine Schlange vor seinem Laden.\n\n"
            f"{_body} sieht in Betrieben wie seinem ein Modell. Kleine Bäckereien, die sich "
            "spezialisieren, hätten „deutlich bessere Überlebenschancen“ als andere, heißt es "
            "dort.",
            [("deutlich bessere", _said)],
        )
    )

# "wie es in der Begründung heißt" and "Als Hauptgrund nennt …": no one (never the noun)
for _noun in ["Begründung", "Mitteilung", "Erklärung"]:
    CASES.append(
        (
            LEAD + "Der Turmbläser Reinhold Gerstmaier hört nach dreißig Jahren auf.\n\nDer "
            "Heimatverein Waldstett verleiht ihm zum Abschied die Ehrennadel in Gold, „für drei "
            f"Jahrzehnte Treue über den Dächern unserer Stadt“, wie es in der {_noun} heißt.",
            [("für drei Jahrzehnte", f"NOT:{_noun}")],
        )
    )
for _noun in ["Hauptgrund", "Grund", "Ursache"]:
    CASES.append(
        (
            LEAD + "Der Uhrenhersteller Vallmont hat im ersten Halbjahr deutlich weniger "
            f"verkauft.\n\nAls {_noun} nennt die Firma die schwache Nachfrage in Asien. Man "
            "erwarte „keine rasche Erholung“ in diesen Märkten, heißt es in der Mitteilung.",
            [("keine rasche Erholung", f"NOT:{_noun}")],
        )
    )

# a role noun after the verb, then the person's full name in apposition: the name
for _role, _apposed, _name in [
    ("der Juryvorsitzende", "der Literaturkritiker", "Bernhard Olschewski"),
    ("die Vorsitzende", "die Kritikerin", "Anna Feldmann"),
    ("die Jurorin", "die Autorin", "Lea Brandt"),
]:
    CASES.append(
        (
            LEAD + "Der Hallstedter Literaturpreis geht in diesem Jahr an die Lyrikerin Wiebke "
            "Assmann.\n\n„Wir hatten eine starke Shortlist, aber die Entscheidung war "
            f"eindeutig“, sagte {_role}, {_apposed} {_name}. „Ihre Gedichte sind genau.“",
            [("Wir hatten eine", _name), ("Ihre Gedichte", _name)],
        )
    )

# guards: near shapes that must not change
CASES += [
    (
        LEAD + "Die Ministerin Anna König hat den Plan verteidigt. König sei nun bereit, über "
        "Änderungen zu reden: „Wir hören uns jeden Vorschlag an.“ Die Opposition reagierte "
        "zurückhaltend.",
        [("Wir hören uns", "Anna König")],
    ),
    (
        LEAD + "Im Rathaus sprach Bürgermeister Karl Stenzel am Abend zu den Anwohnern. „Wir "
        "lassen niemanden allein“, sagte Karl Stenzel Anfang der Woche. Die Hilfe solle schnell "
        "ankommen.",
        [("Wir lassen niemanden", "Karl Stenzel")],
    ),
    (
        LEAD + "Den Sieg holte Landwirt Erich Bollmann mit einem Kürbis von 400 Kilogramm. Der "
        "63-Jährige gab sich bescheiden: „Das war nicht ich, das war der Regen.“ Sein Geheimnis "
        "verrate er nicht. „Da könnte ja jeder kommen“, sagte er.",
        [("Das war nicht ich", "Erich Bollmann"), ("Da könnte ja", "Erich Bollmann")],
    ),
    (
        LEAD + "Der Fraktionschef Markus Eibl kritisierte, die Verwaltung habe Alternativen nie "
        "geprüft. Die Unterlagen seien „lückenhaft und veraltet“, die Schätzung stamme aus dem "
        "Jahr 2021. „Wer das glaubt, glaubt auch an den Osterhasen“, so Eibl.",
        [("lückenhaft und veraltet", "Markus Eibl")],
    ),
    (
        "Der Naturschutzverein Haslital hat gegen das Projekt Einspruch erhoben. Die Pläne "
        "gefährdeten seltene Vögel, heißt es. " + LEAD + "„Wir werden alle Mittel "
        "ausschöpfen“, teilte der Verein am Montag mit.",
        [("Wir werden alle", "Naturschutzverein Haslital")],
    ),
    (
        LEAD + "Der Verband sagte am Dienstag, der Entwurf sei „ein Schlag ins Gesicht aller "
        "Betroffenen“. Eine Stellungnahme solle in den nächsten Tagen folgen.",
        [("ein Schlag ins Gesicht", None)],
    ),
    (
        LEAD + "Ein Sprecher des Ministeriums sagte, man prüfe den Vorgang „mit großer "
        "Sorgfalt“. Ergebnisse würden im Herbst erwartet. Die Kritik der Opposition wies er "
        "zurück.",
        [("mit großer Sorgfalt", "Ministerium")],
    ),
    (
        LEAD + "Die Ärztin Sabine Kaltenbach von der Universität in Freiburg sieht das anders. "
        "„Die Zahlen sprechen eine klare Sprache.“ Man müsse jetzt handeln, sagte sie am Rande "
        "der Tagung.",
        [("Die Zahlen sprechen", "Sabine Kaltenbach")],
    ),
    (
        LEAD + "Die Stadtwerke Lindau haben die Preise erhöht. Geschäftsführer Ralf Oberle "
        "sagte: „Wir mussten die gestiegenen Kosten weitergeben.“ Viele Kunden reagierten "
        "verärgert.",
        [("Wir mussten", "Ralf Oberle")],
    ),
    (
        LEAD + "Wichtig ist für Trainerin Jana Eckert vor allem eines: „Wir müssen endlich "
        "wieder Tore schießen.“ Am Samstag trifft ihr Team auf den Tabellenführer.",
        [("Wir müssen endlich", "NOT:Wichtig")],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_german_shapes(case: tuple[str, list[tuple[str, str | None]]]) -> None:
    text, expected = case
    assert len(text.split()) >= 80
    quotes = find_quotes(text + DE_MORE)
    for head, want in expected:
        found = [q.speaker for q in quotes if q.quote.startswith(head)]
        assert found, head
        if isinstance(want, str) and want.startswith("NOT:"):
            assert found[0] is None or found[0] != want[4:], (head, found[0])
        else:
            assert found[0] == want, (head, found[0])
