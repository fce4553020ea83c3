"""Speakers on invented German news passages (issue 12 pattern 6)."""

from __future__ import annotations

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
