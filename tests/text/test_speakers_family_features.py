"""Speaker shapes of profiles and obituaries about a family (each passage invented).

A relative introduced by kinship and name ("Zijn zoon Ruud X vertelt …") is the one the same
possessive and noun stand for again ("zegt zijn zoon"), not the parent the noun hangs off; a
relative of the other owner ("haar dochter" after "Zijn dochter Ellen X") is not the parent
either. "By his own account" / "naar eigen zeggen" / "nach eigenen Worten" give a quotation to
the subject of its sentence, and so does "wie er selbst gern sagte, „…“" / "zoals hij
zelf graag zei, ‘…’" before it. "wie sie trocken bemerkt" / "zoals ze lachend zegt" is the
pronoun's. A partner introduced without a comma ("Seine Frau Gisela X begleitet ihn") is the
"sie" after. "volgens zijn vrouw ‘…’" is the wife's (also by a Dutch married name opening on
the husband's surname). "his widow" is the widow the text introduced by name. A reporting aside
after the name opening a sentence ("Orme, he recalls, made him wait") does not stand for that
name. A German relative named by kinship ("seine Tochter", "Vogels Tochter") is no name; the
partner of someone unnamed ("ein älterer Herr … Seine Frau ergänzte") is kept as written.
Guards (review of these rules): an English first-person quotation alone after a sentence that
introduces a relative in commas stays unattributed (the profile's subject speaks as often as
the relative) unless the relative is a child and the quotation calls the owner by a parent's
name ("… her son, Daniel X, 58. “Mum had …”"); a partner's sentence between two quotations gives the later one to the
partner only when it speaks or takes a stance ("Seine Frau ergänzte:", "Ihr Mann nickt."),
not "Ihr Mann ist gestorben."; an explicit "zegt ze"/"sagt er" is never given to a partner of
the other gender; "his wife" is the wife the text named only when she is the wife of the man
named last before the phrase.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # the relative introduced by the same possessive and noun, speaking again
    (
        "In memoriam Piet Mulder: de bakker van het dorp\n\n"
        "Piet Mulder, die vorige week overleed, bakte vijftig jaar lang brood in Zandhoven. "
        "“Deeg heeft geduld nodig”, zei hij altijd tegen zijn leerlingen.\n\n"
        "Zijn zoon Ruud Mulder vertelt dat zijn vader tot op het laatst in de bakkerij kwam. "
        "“Hij wilde de ovens nog ruiken. Dat hield hem op de been.”\n\n"
        "De bakkerij blijft open. “Dat had hij zo gewild”, zegt zijn zoon. “Stoppen was nooit "
        "een optie.”" + NL_MORE,
        [
            ("Deeg heeft", "Piet Mulder"),
            ("Dat had hij zo", "Ruud Mulder"),
            ("Stoppen was", "Ruud Mulder"),
        ],
    ),
    # … not "haar dochter": the daughter's daughter, never named (nor her father)
    (
        "Piet Mulder, die vorige week overleed, bakte vijftig jaar lang brood in Zandhoven. "
        "“Deeg heeft geduld nodig”, zei hij altijd tegen zijn leerlingen.\n\n"
        "Zijn dochter Ellen Mulder vertelt dat haar vader tot op het laatst in de bakkerij "
        "kwam. “Hij wilde de ovens nog ruiken.”\n\n"
        "De bakkerij blijft open. “Opa kwam elke zondag langs”, zegt haar dochter." + NL_MORE,
        [("Hij wilde de ovens", "Ellen Mulder"), ("Opa kwam", "haar dochter")],
    ),
    # by one's own account: the subject of the sentence, not the next quotation's speaker
    (
        "Kees Brouwer begon in 1984 als hulpje in de bakkerij van zijn oom. Hij bleef er naar "
        "eigen zeggen ‘omdat het deeg me nooit verveelde’. Zijn vrouw, Ria Brouwer-Smit, "
        "werkte dertig jaar achter de toonbank. ‘Hij stond om drie uur op, ik om zes’, zegt ze "
        "lachend." + NL_MORE,
        [("omdat het deeg", "Kees Brouwer"), ("Hij stond om drie", "Ria Brouwer-Smit")],
    ),
    (
        "Marcus Fell has played drums in the Tidewater Band since 1979. He joined, by his own "
        "account, “because the old drummer owed me money and never paid.” The band's singer, "
        "Rosa Kent, has been there almost as long. “He counts in every song like it's the "
        "last one,” she said.",
        [("because the old drummer", "Marcus Fell"), ("He counts in", "Rosa Kent")],
    ),
    (
        "Seit dreißig Jahren führt Ingrid Sommer die Hafenkneipe in Lindau. Sie kam nach "
        "eigenen Worten „nur für einen Sommer, dann wollte ich weiter nach Süden“ an den See. "
        "„Dann bin ich geblieben“, sagt sie und lacht." + DE_MORE,
        [("nur für einen Sommer", "Ingrid Sommer")],
    ),
    # an "as" clause with an adverb before its verb: the pronoun; the partner introduced
    # without a comma is the "sie"/"er" after
    (
        "Seit vierzig Jahren repariert Bernd Kessler Uhren in der Altstadt. „Eine Uhr lügt "
        "nie“, sagt er.\n\n"
        "Seine Frau Gisela Kessler führt die Bücher – „zuerst aus Pflicht, inzwischen aus "
        "Neugier“, wie sie trocken bemerkt." + DE_MORE,
        [("Eine Uhr", "Bernd Kessler"), ("zuerst aus Pflicht", "Gisela Kessler")],
    ),
    (
        "Jan Kramer verkoopt al veertig jaar vis op de markt. ‘Ik had geen keus’, zegt hij.\n\n"
        "Zijn vrouw Anja Kramer doet de boekhouding. Ze begon op haar twintigste – ‘uit "
        "liefde, niet uit verstand’, zoals ze lachend zegt." + NL_MORE,
        [("uit liefde", "Anja Kramer")],
    ),
    # "wie er selbst gern sagte, „…“": the pronoun's, not the next quotation's speaker
    (
        "Karl Weber unterrichtete 40 Jahre lang an der Schule in Talheim. Er lehrte Deutsch, "
        "Sport und, wie er selbst gern sagte, „den ganzen Rest dazwischen“. Im Mai ist er "
        "gestorben. „Er war streng, aber gerecht“, sagt seine frühere Kollegin Maria Roth."
        + DE_MORE,
        [("den ganzen Rest", "Karl Weber"), ("Er war streng", "Maria Roth")],
    ),
    (
        "Jan de Boer was dertig jaar dominee in Ee. Hij preekte over de zee, de kerk en, zoals "
        "hij zelf graag zei, ‘alles wat daartussen drijft’. Vorige week overleed hij. ‘Hij was "
        "streng maar eerlijk’, zegt kosteres Grietje Visser." + NL_MORE,
        [("alles wat daartussen", "Jan de Boer"), ("Hij was streng", "Grietje Visser")],
    ),
    # … not an "as" clause of a verb that says nothing ("zoals hij zelf graag deed")
    (
        "Jan de Boer was dertig jaar dominee in Ee. Hij fietste elke dag, zoals hij zelf graag "
        "deed, langs de dijk naar ‘De Vrije Zee’. ‘Hij was streng maar eerlijk’, zegt kosteres "
        "Grietje Visser." + NL_MORE,
        [("Hij was streng", "Grietje Visser")],
    ),
    # "volgens zijn vrouw": the wife (her married name opening on his surname) …
    (
        "Gerard Bosman repareert al vijftig jaar fietsen in Kampen. Hij trouwde in 1975 met "
        "Wilma Bosman-Dekker, die de winkel runt. ‘Ik ben niet moe’, zegt hij. Achter de "
        "toonbank hangt een klok die er volgens zijn vrouw ‘al sinds de opening hangt’." + NL_MORE,
        [("Ik ben niet moe", "Gerard Bosman"), ("al sinds de opening", "Wilma Bosman-Dekker")],
    ),
    # … and no one when the text never names her (not the husband)
    (
        "Kees Brouwer bakte veertig jaar brood in Zandhoven. ‘Ik ben niet moe’, zegt hij. "
        "Naast de oven staat een klok die er volgens zijn vrouw ‘al sinds de opening hangt’."
        + NL_MORE,
        [("Ik ben niet moe", "Kees Brouwer"), ("al sinds de opening", None)],
    ),
    # a German relative named by kinship ("seine Tochter", "Vogels Tochter") is no person's
    # name the pronoun could stand for
    (
        "Seit 30 Jahren führt Renate Vogel die Gärtnerei in Lohberg. Sie übernahm sie 1994 "
        "von ihrem Vater Erich, der zunächst wenig begeistert war.\n\n"
        "Erich Vogel starb 2003. In einem Heft, das seine Tochter bis heute in der Schublade "
        "aufbewahrt, steht ein Satz über sie. Erfahren hat sie davon erst nach seinem Tod. "
        "»Ich habe den ganzen Abend im Gewächshaus gesessen«, sagt sie leise.\n\n"
        "Wie es weitergeht, ist offen. Vogels Tochter studiert Medizin in Leipzig.\n\n"
        "Die Gemeinde will helfen. »Wir suchen eine Lösung«, sagt Bürgermeister Jens Adler.",
        [("Ich habe den ganzen Abend", "Renate Vogel"), ("Wir suchen", "Jens Adler")],
    ),
    # the partner of someone the text does not name: kept as written …
    (
        "Die Premiere am Samstag war ausverkauft. Hauptdarstellerin Lena Kramm bekam langen "
        "Applaus. »Ich habe noch nie so gern gespielt«, sagte sie.\n\n"
        "Weniger begeistert war ein Teil des Publikums. »Das ist kein Theater mehr«, "
        "schimpfte ein älterer Herr im Foyer. Seine Frau ergänzte: »Wir gehen seit dreißig "
        "Jahren hierher. Heute zum ersten Mal ungern.«" + DE_MORE,
        [("Ich habe noch nie", "Lena Kramm"), ("Wir gehen seit", "Seine Frau")],
    ),
    # … but the partner of someone named, never named themselves: no one
    (
        "Ria Jansen runt de bloemenwinkel aan de Markt al twintig jaar. ‘Het gaat goed’, zegt "
        "ze. Haar man vulde aan: ‘Maar het is zwaar werk, elke dag weer.’" + NL_MORE,
        [("Het gaat goed", "Ria Jansen"), ("Maar het is zwaar", None)],
    ),
    # "his widow": the widow introduced by name
    (
        "Frank Dolan, who piloted the Cove Island ferry for 38 years, died on Sunday. He was "
        "81.\n\n"
        "His widow, Joan Dolan, said he had been planning one last crossing. “He wanted to "
        "see the harbour lights once more,” she said.\n\n"
        "Dolan grew up on the island. “He could read a squall before anyone saw a cloud,” his "
        "widow said.",
        [("He wanted to see", "Joan Dolan"), ("He could read", "Joan Dolan")],
    ),
    # a first-person quotation alone after a sentence introducing a relative in commas: no one
    # (the profile's subject speaks as often as the relative)
    (
        "Peggy Ward has swum in the harbour every morning since 1962.\n\n"
        "Her first lessons came from her father, Tom Ward, a fisherman who drowned in 1971. "
        "“I was in the water before I could walk. Dad just threw me in.”",
        [("I was in the water", None)],
    ),
    (
        "Harold Finch, who founded a hardware chain in 1961, died on Tuesday. He was 94.\n\n"
        "The business passed in 1998 to his son, Robert Finch, 66, a former banker. “I never "
        "wanted to retire. I wanted to die with a key in my hand.”",
        [("I never wanted", None)],
    ),
    # … unless the quotation calls the owner by a parent's name: the child's
    (
        "Peggy Marr has swum in the harbour every morning since 1962. Her logbooks fill a "
        "shelf in the kitchen.\n\n"
        "The idea for the book came from her son, Daniel Marr, 58, a teacher in York. “Mum "
        "had been telling these stories for years. I just wrote them down.”\n\n"
        "Peggy is unrepentant. “He made me sound sensible,” she said.",
        [("Mum had been", "Daniel Marr"), ("He made me", "Peggy Marr")],
    ),
    (
        "Peggy Marr has swum in the harbour every morning since 1962.\n\n"
        "The idea came from her son, Daniel Marr, and his editor, Ruth Oakes. “I just wrote "
        "them down.”\n\n"
        "The book came out in May. Its cover came from her daughter, Anne Marr, 60. “The "
        "water in that harbour was always warmer than the house was.”",
        [("I just wrote", None), ("The water in that", None)],
    ),
    # "his wife said": the wife named is his only when he is the man named last
    (
        "Mayor Tom Reed and his wife, Lila Reed, opened the new library on Saturday.\n\n"
        "The architect, Peter Walsh, said it borrowed from old railway stations. “That was "
        "the whole point,” his wife added.",
        [("That was the whole", "his wife")],
    ),
    (
        "Father Michael Byrne, who led the parish for thirty-one years, died on Sunday. His "
        "sister, Mary Byrne, followed him to Boston in 1964.\n\n"
        "“He never locked the church door,” his sister said.",
        [("He never locked", "Mary Byrne")],
    ),
    # a partner's sentence between quotations: the partner's when it speaks or takes a stance
    (
        "Seit vierzig Jahren führt Helga Brunner den Laden am Marktplatz von Weilheim.\n\n"
        "„Ich habe hier jeden Tag gestanden“, sagt sie. Ihr Mann ist vor zwei Jahren "
        "gestorben. „Seitdem stehe ich allein hinter der Theke.“" + DE_MORE,
        [("Seitdem stehe ich", "Helga Brunner")],
    ),
    (
        "Ein älteres Ehepaar aus Lübeck hat im Lotto gewonnen.\n\n"
        "„Wir haben es erst gar nicht geglaubt“, sagte der Mann. Seine Frau ergänzte: „Ich "
        "habe den Schein dreimal kontrolliert.“" + DE_MORE,
        [("Ich habe den Schein", "Seine Frau")],
    ),
    # an explicit pronoun is not a partner of the other gender; one of the same gender is
    (
        "Kees en Ria Jansen runnen al dertig jaar een camping in Ootmarsum.\n\n"
        "Haar man doet het onderhoud. ‘Ik sta elke ochtend om zes uur in de receptie’, zegt "
        "ze." + NL_MORE,
        [("Ik sta elke ochtend", "Ria Jansen")],
    ),
    (
        "Kees en Ria Jansen runnen al dertig jaar een camping in Ootmarsum.\n\n"
        "Haar man doet het onderhoud. ‘Ik ben altijd bezig met het gras’, zegt hij." + NL_MORE,
        [("Ik ben altijd", "Kees Jansen")],
    ),
    (
        "Bauer Lorenz Feichtner bewirtschaftet den Hof oberhalb von Garmisch seit 1991.\n\n"
        "„Die Arbeit wird nicht weniger“, sagt Feichtner. Seine Frau arbeitet als "
        "Krankenschwester. „Ich bin den ganzen Tag allein mit den Tieren“, sagt er." + DE_MORE,
        [("Ich bin den ganzen", "Lorenz Feichtner")],
    ),
    # a reporting aside after the name opening its sentence: not that name
    (
        "For sixty years the shop on Bridge Street has smelled of leather and neatsfoot oil. "
        "Its owner, Harold Beck, is closing it on Friday.\n\n"
        "The shop was opened in 1931 by a saddler named Samuel Orme, who had come from Leeds. "
        "Orme, he recalls, would not let him touch a needle for a year. “He handed me a broom "
        "and said the leather would wait.”",
        [("He handed me", "Harold Beck")],
    ),
    # … but a name in the sentence before is no such subject: the pronoun's person
    (
        "The operator's director, Helen Ward, spoke to local radio on Monday. The union, she "
        "said, had ‘refused every offer’ since May. ‘We have put three plans on the table.’",
        [("refused every offer", "Helen Ward")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_family_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
