"""A German company that speaks as "das Unternehmen" / "der Konzern" (each passage invented).

A company the text introduces by a kind of company ("des Versandkonzerns X" in the genitive,
"Das Energie-Start-up Y", "Der Automobilzulieferer Z") is what a later "der Konzern" or "das
Unternehmen" that speaks stands for, however far back it was named, when it is the one company
so introduced ("Man habe „…“, teilte der Konzern schriftlich mit", "Das Unternehmen teilte dazu
mit, man zahle »…«"). A company named in short and in full ("Z", "Z Antriebstechnik") is one.

Near misses: two companies introduced so further back, no body named shortly before, leave
"das Unternehmen" no one's (no guess); so does another company named shortly before by its bare
name ("X hat seinen Sitz in Y. Das Unternehmen erklärte:", "die Firma X"), which may be the
one that speaks. (A body named shortly before is read as before.)
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE

# a stretch of text that names no body, between the companies and the quotation
_LONG = (
    "\n\nIn Hainbach wird seit Monaten über die neuen Solardächer gestritten. Im Gemeinderat gab "
    "es lange Debatten über die Frage, wer die Kosten für die Leitungen tragen soll, und viele "
    "Anwohner wollten wissen, ob die Strompreise für Haushalte dadurch sinken würden. Bei einer "
    "Versammlung im Gasthaus am Markt kamen mehr als zweihundert Menschen zusammen, und die "
    "Diskussion dauerte bis nach Mitternacht. Am Ende stimmte eine knappe Mehrheit für das "
    "Vorhaben, doch viele Fragen blieben offen, vor allem zur Zukunft der Felder am Ortsrand, "
    "auf denen bisher Mais und Weizen wachsen und die künftig für neue Anlagen genutzt werden "
    "könnten.\n\n"
)

CASES: list[Case] = [
    # the kind in the genitive
    (
        "Die Chats stammen aus Gruppen, die Subunternehmer des Versandkonzerns Paketstern Nord "
        "für die Touren im Lager Altwiesen nutzen. Die Fahrer klagen über lange Schichten.\n\n"
        "Paketstern Nord verweist auf seine Partner. Man habe „keine Hinweise auf Verstöße“, "
        "teilte der Konzern schriftlich mit." + DE_MORE,
        [("keine Hinweise", "Paketstern Nord")],
    ),
    # a start-up, named far back
    (
        "Das Energie-Start-up Solwerk aus Hainbach hat zwölf Millionen Euro eingesammelt. "
        "Gründerin Tanja Moosbrugger will damit zwei neue Standorte eröffnen.\n\nDie "
        "Beschäftigten verdienen nach Angaben einer Betriebsgruppe wenig. Das Unternehmen teilte "
        "dazu mit, man zahle »über dem Tarif der Branche«." + DE_MORE,
        [("über dem Tarif", "Solwerk")],
    ),
    # (near miss: two companies introduced by their kind further back: no one)
    (
        "Das Energie-Start-up Solwerk aus Hainbach und das Start-up Windlicht aus Ostau wollen "
        "fusionieren." + _LONG + "Die Beschäftigten verdienen nach Angaben einer Betriebsgruppe "
        "wenig. Das Unternehmen teilte dazu mit, man zahle »über dem Tarif der Branche«." + DE_MORE,
        [("über dem Tarif", None)],
    ),
    # the one company named far back, named again shortly before by its bare name (and a
    # sentence opening on a time, "Am Ende stimmte …", names no body): that company
    (
        "Der Armaturenhersteller Kolbeck wurde im Frühjahr verkauft." + _LONG + "Kolbeck "
        "meldete am Montag volle Auftragsbücher. Das Unternehmen erklärte: „Alle Stellen "
        "bleiben erhalten.“" + DE_MORE,
        [("Alle Stellen bleiben", "Kolbeck")],
    ),
    # (near miss: one company introduced by its kind far back, another named shortly before
    # by its bare name or after "die Firma": no guess, never the company far back)
    (
        "Der Armaturenhersteller Kolbeck wurde im Frühjahr verkauft." + _LONG + "Velsto hat "
        "seinen Sitz in Hainbach. Das Unternehmen erklärte: „Alle Stellen bleiben erhalten.“"
        + DE_MORE,
        [("Alle Stellen bleiben", None)],
    ),
    (
        "Der Armaturenhersteller Kolbeck wurde im Frühjahr verkauft." + _LONG + "Die Firma "
        "Velsto sitzt seit Jahren in Hainbach. Das Unternehmen erklärte: „Alle Stellen bleiben "
        "erhalten.“" + DE_MORE,
        [("Alle Stellen bleiben", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][-1][0] + str(c[1][-1][1]))
def test_r19_company_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
