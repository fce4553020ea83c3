"""English, German and Dutch speaker shapes of sport and court pages (each passage invented).

A statement's words that the text gives with "it read" ("X confirmed the talks in a brief
statement. “…,” it read.") are those of whoever issued the statement the paragraph names; "it
read" after a letter no one is named as writing ("A letter arrived. “…,” it read.") is no one's
(see also test_speakers_r18g_fix.py). A German or Dutch quotation introduced by "Darin heißt
es:" / "Daarin staat:" after a sentence in which a body issues its own statement is that
body's.

A definite role noun that names again someone unnamed the text introduced with an indefinite
article ("according to a source close to the talks. … “…,” the source said.", "Ein Sprecher der
Polizei X … „…“, so der Sprecher.", "Een bron bij de brandweer … aldus de bron.") is the phrase
that introduced them (a spokesperson's body when it names one), not the bare noun; an
indefinite noun that was a predicate or an apposition on someone named ("Sofia X, a junior"),
and a noun of anyone at all ("the man" after "a man"), are not read so.

Someone unnamed keeps what tells them apart: the body or the street after Dutch "van" ("Een
bewoner van de Dorpsstraat … ‘…’, zei hij", "een hulpverlener van een internationale
organisatie"), a German body of two words after "aus dem" ("ein Delegierter aus dem Kreisverband
Ostheide"), the employer after "bij" for an unnamed source ("zegt een bron bij de politie"; not
where someone stands: "een man bij de bakker"), and an English "from" and a place ("said one
grower from the Vale of Brenley"), whose last word is no one's name.

A German "sie"/"er" after a quotation goes back to the one person the sentence before
introduces, unnamed, by "eine"/"ein" wherever it stands in that sentence ("Als Zeugin hatte
… eine 34-jährige Mutter ausgesagt. „…“, schilderte sie."), when its article's gender is the
pronoun's and the sentence names no one. An adverb of how something was said ends the
subject's noun phrase after the verb ("teilte die Behörde schriftlich mit", "liet de gemeente
schriftelijk weten"). "Der Angeklagte" in a court report that never names the accused stays as
written, never the lawyer or judge named last.

"De club" after a paragraph in which one club issues its words ("In een verklaring liet FC X
weten …. ‘…’, schrijft de club") is that club, not the club the story is about. A nickname in
marks after the noun or verb that names it ("unter dem Spitznamen „die Krake“", "de bijnaam
‘de Muur’", "nicknamed “the corridor ward”") is no one's words.

An English "he said" after a sentence opening on someone unnamed goes to them for more nouns
of people met at a match ("one season-ticket holder was in no mood …"). A paragraph only of
first-person quotation after a sentence opening on a club's possessive ("Harwick’s back four was
pulled apart …") is not the club's: a body says no "I". An English "the team" / "the club"
that speaks is the body the sentence before opens on as a speech verb's subject, a name of no
person ("Veloria–Brightwater confirmed that X has signed. “…,” the team said in a statement").
A Dutch or German first-person quotation after a sentence whose speech verb's subject is not the
one person it names ("De V. verklaarde dat hij zich bedreigd voelde door Holtkamp. ‘Ik …’") is
that subject's, not the person the reported clause is about.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

_EN_MORE = (
    "\n\nThe club's next home game is against Fellbridge on Saturday, and the board has said "
    "that ticket prices will stay the same for the rest of the season."
)

CASES: list[Case] = [
    # "it read": the statement's issuer
    (
        "Kestrel Rovers are close to signing winger Tom Brandt from Ashby Town.\n\n"
        "Kestrel, who have won two of their last nine games, confirmed the talks in a short "
        "statement on Monday night. “Kestrel Rovers can confirm that we have agreed terms for "
        "the transfer of Tom Brandt,” it read. “The move remains subject to a medical.”" + _EN_MORE,
        [("Kestrel Rovers can confirm", "Kestrel Rovers"), ("The move remains", "Kestrel Rovers")],
    ),
    (
        "The hospital trust faces a review of its stroke unit.\n\n"
        "The Harlow Trust defended the unit in a brief statement on Tuesday. “Our stroke team "
        "has met every national target this year,” it read." + _EN_MORE,
        [("Our stroke team", "The Harlow Trust")],
    ),
    # (near miss: a letter's words, no one named as its writer)
    (
        "The Harlow Trust confirmed the deal in a short statement on Monday, naming Tom Brandt "
        "as its new chairman.\n\nBrandt's first week was busy. A letter arrived on Monday from "
        "a supporter. “We are delighted that Tom has taken the job at last,” it read." + _EN_MORE,
        [("We are delighted", None)],
    ),
    # "Darin heißt es:" / "Daarin staat:": the body that issued the statement
    (
        "Der Wechsel kam für viele überraschend.\n\nDer Turnverein Kranichfeld reagierte am "
        "Abend mit einer kurzen Erklärung auf seiner Homepage. Darin heißt es: „Wir danken "
        "Jonas für acht starke Jahre und wünschen ihm viel Glück.“" + DE_MORE,
        [("Wir danken Jonas", "Turnverein Kranichfeld")],
    ),
    (
        "Het besluit viel dinsdag.\n\nDe Stichting Groene Haven reageerde met een korte "
        "verklaring op haar website. Daarin staat: ‘Wij betreuren het besluit van de gemeente "
        "ten zeerste.’" + NL_MORE,
        [("Wij betreuren", "Stichting Groene Haven")],
    ),
    # (near miss: a book, no statement: no one's words the rules can name)
    (
        "Der Wechsel kam für viele überraschend.\n\nDas neue Buch des Vereins Grünwald Süd "
        "erscheint im Mai. Darin heißt es: „Wir waren nie allein auf diesem Platz.“" + DE_MORE,
        [("Wir waren nie allein", None)],
    ),
    # a definite noun for someone unnamed introduced before: the introduction
    (
        "Westbury are close to agreeing a fee for their captain, according to a source close "
        "to the negotiations. “The numbers are settled; only the medical is left,” the source "
        "said." + _EN_MORE,
        [("The numbers are settled", "a source close to the negotiations")],
    ),
    (
        "Das Derby blieb weitgehend friedlich.\n\nEin Sprecher der Polizei Kranichfeld sprach "
        "von einem ruhigen Abend. Vor dem Spiel war im Gästeblock Pyrotechnik gezündet worden. "
        "„Wir haben drei Personen in Gewahrsam genommen“, so der Sprecher." + DE_MORE,
        [("Wir haben drei Personen", "Polizei Kranichfeld")],
    ),
    (
        "De brand in de loods is geblust.\n\nOver de oorzaak is nog weinig bekend. Een bron "
        "bij de brandweer spreekt van een kortsluiting. ‘Alles wijst op een defecte "
        "koelinstallatie’, aldus de bron." + NL_MORE,
        [("Alles wijst op", "Een bron bij de brandweer")],
    ),
    # (near misses: an apposition on someone named, and a noun of anyone at all)
    (
        "Her daughter, Mia Torrance, is a junior at the same school and is less sentimental. "
        "“Honestly, the Fridays off are the best part of it,” the junior said." + _EN_MORE,
        [("Honestly, the Fridays", "Mia Torrance")],
    ),
    (
        "A man was seen running from the shop shortly before midnight.\n\nA customer who was "
        "waiting outside saw the fight. “There was no warning at all,” the man, who asked not "
        "to be named, told reporters." + _EN_MORE,
        [("There was no warning", "the man")],
    ),
]


CASES += [
    # someone unnamed and the body or street after "van", "aus dem", "bij", "from"
    (
        "Het dorpsfeest trok dit jaar recordaantallen.\n\nNiet iedereen is tevreden. Een "
        "bewoner van de Kerkstraat, waar het podium stond, klaagde over het lawaai. ‘Om drie "
        "uur ’s nachts wil ik gewoon slapen’, zei hij." + NL_MORE,
        [("Om drie uur", "Een bewoner van de Kerkstraat")],
    ),
    (
        "De hulpkonvooien staan stil.\n\nEen hulpverlener van een grote organisatie spreekt "
        "dat tegen. ‘Wij wachten al twee weken bij de grens’, zei hij tegen dit persbureau."
        + NL_MORE,
        [("Wij wachten al", "Een hulpverlener van een grote organisatie")],
    ),
    (
        "Der Parteitag ging am Abend zu Ende. „Viele hier sind unzufrieden mit dem Vorstand“, "
        "sagte ein Delegierter aus dem Kreisverband Talheim." + DE_MORE,
        [("Viele hier sind", "ein Delegierter aus dem Kreisverband Talheim")],
    ),
    (
        "De brand in de loods is geblust.\n\nDe oorzaak is nog onduidelijk. ‘Alles wijst op "
        "een defecte koelinstallatie’, zegt een bron bij de brandweer." + NL_MORE,
        [("Alles wijst op", "een bron bij de brandweer")],
    ),
    (
        "The new picking machines arrived on Monday.\n\n‘Give it two seasons and it will be "
        "faster than any of us,’ said one grower from the Vale of Tarrow, watching with his "
        "arms folded." + _EN_MORE,
        [("Give it two seasons", "one grower from the Vale of Tarrow")],
    ),
    # (near miss: where someone stands after "bij" is not who they are)
    (
        "De nieuwe winkel in het centrum is open.\n\n‘Eindelijk eens iets nieuws hier’, zei "
        "een oudere man bij de bakker." + NL_MORE,
        [("Eindelijk eens", "een oudere man")],
    ),
]

CASES += [
    # a German pronoun after someone unnamed inside the sentence before
    (
        "Der Prozess um den Brand im Mietshaus ging am Dienstag weiter.\n\nAls Zeugin hatte "
        "am Vormittag unter anderem eine 41-jährige Nachbarin ausgesagt, die im zweiten Stock "
        "wohnt. „Ich habe nur noch Rauch gesehen“, schilderte sie." + DE_MORE,
        [("Ich habe nur noch Rauch", "eine 41-jährige Nachbarin")],
    ),
    # (near miss: the article's gender is not the pronoun's)
    (
        "Der Prozess um den Brand im Mietshaus ging am Dienstag weiter.\n\nAls Zeuge hatte "
        "am Vormittag unter anderem ein Feuerwehrmann ausgesagt, der als Erster im Haus war. "
        "„Ich habe nur noch Rauch gesehen“, schilderte sie." + DE_MORE,
        [("Ich habe nur noch Rauch", None)],
    ),
    # an adverb of how after the subject's noun
    (
        "Die Anwohner fordern seit Jahren ein Tempolimit.\n\nDas Landratsamt Talheim "
        "verwies auf eine laufende Prüfung. Man nehme die Hinweise „sehr ernst“, teilte die "
        "Behörde schriftlich mit." + DE_MORE,
        [("sehr ernst", "Landratsamt Talheim")],
    ),
    (
        "De bewoners van de Dorpsweg willen al jaren een snelheidsbeperking, omdat er elke "
        "zomer veel motorrijders door het dorp rijden.\n\nDe gemeente Talheim wees op een "
        "lopend onderzoek naar de verkeersveiligheid in het dorp. Men neemt de klachten van de "
        "bewoners ‘zeer serieus’, liet de gemeente schriftelijk weten." + NL_MORE,
        [("zeer serieus", "gemeente Talheim")],
    ),
    # "der Angeklagte" with no accused named: as written, not the lawyer
    (
        "Das Landgericht hat die Berufung eines 38-jährigen Autofahrers verworfen.\n\nSein "
        "Verteidiger, Rechtsanwalt Malte Vogt, verwies auf die Reue seines Mandanten. „Er "
        "wird diese Schuld ein Leben lang tragen“, sagte Vogt. Der Angeklagte selbst wandte "
        "sich an die Familie: „Es tut mir unendlich leid.“" + DE_MORE,
        [("Es tut mir", "Der Angeklagte")],
    ),
    # (near miss: an accused named by initials is that person)
    (
        "Das Landgericht hat die Berufung von Jonas K. verworfen.\n\nSein Verteidiger, "
        "Rechtsanwalt Malte Vogt, verwies auf die Reue seines Mandanten. „Er wird diese Schuld "
        "ein Leben lang tragen“, sagte Vogt. „Es tut mir unendlich leid“, sagte der "
        "Angeklagte." + DE_MORE,
        [("Es tut mir", "Jonas K")],
    ),
]

CASES += [
    # "de club": the one club its paragraph lets speak
    (
        "SC Harlingen heeft zaterdagavond met tien man met 2-1 gewonnen van FC Oldeveen.\n\n"
        "Na het laatste fluitsignaal werden vanuit het uitvak bekers op het veld gegooid. In "
        "een verklaring liet FC Oldeveen weten het gedrag van supporters te betreuren. ‘Wij "
        "zullen de betrokkenen opsporen en straffen’, schrijft de club." + NL_MORE,
        [("Wij zullen de betrokkenen", "FC Oldeveen")],
    ),
    # (near miss: the opponent named in passing is not the club that writes)
    (
        "SC Harlingen heeft zaterdagavond met tien man met 2-1 gewonnen van FC Oldeveen.\n\n"
        "Na de wedstrijd tegen FC Oldeveen werden bekers op het veld gegooid. ‘Wij zullen de "
        "betrokkenen opsporen en straffen’, schrijft de club." + NL_MORE,
        [("Wij zullen de betrokkenen", "SC Harlingen")],
    ),
    # a nickname in marks: no one's
    (
        "Die HSG Talheim hat einen neuen Torwarttrainer.\n\nHSG-Trainer Lars Brandt, der in "
        "seiner aktiven Zeit unter dem Spitznamen „die Wand“ gefürchtet war, erwartet viel von "
        "seinem Neuzugang. „Er ist im Angriff wie in der Abwehr einer der Besten“, sagte er."
        + DE_MORE,
        [("die Wand", None), ("Er ist im Angriff", "Lars Brandt")],
    ),
    (
        "She described a ward on the second floor that nurses have nicknamed “the long ward” "
        "because patients wait there on trolleys. “It is not safe,” said Dana Whitcombe, a "
        "senior nurse." + _EN_MORE,
        [("the long ward", None), ("It is not safe", "Dana Whitcombe")],
    ),
]

CASES += [
    (
        "Kestrel Rovers lost 3-2 at home on Saturday.\n\nOutside the main stand, one "
        "season-ticket holder was in no mood to study the table. “Same story every season,” "
        "he said. “We lead, we panic, we lose.”" + _EN_MORE,
        [
            ("Same story every season", "one season-ticket holder"),
            ("We lead", "one season-ticket holder"),
        ],
    ),
    (
        "Kestrel Rovers lost 3-2 at home to Ashby Town on Saturday.\n\nKestrel’s back four, "
        "unchanged for six matches, was pulled apart again and again.\n\n“I’ve got no "
        "complaints about the result. None.”" + _EN_MORE,
        [("I’ve got no complaints", None)],
    ),
]

CASES += [
    (
        "The rider has been with the squad since she was 19.\n\nHarlow–Deepmoor confirmed this "
        "week that Jess Tarrant has extended her contract until 2028. “Jess embodies everything "
        "we want this team to stand for,” the team said in a statement." + _EN_MORE,
        [("Jess embodies everything", "Harlow–Deepmoor")],
    ),
    # (near miss: a person opens the sentence before: "the team" stays as written)
    (
        "The rider has been with the squad since she was 19.\n\nJess Tarrant confirmed this "
        "week that she has extended her contract until 2028. “We want to win the big races,” "
        "the team said in a statement." + _EN_MORE,
        [("We want to win", "the team")],
    ),
]

CASES += [
    (
        "De rechtbank heeft Kevin de V. veroordeeld tot zes jaar cel.\n\nDe V. verklaarde eerder "
        "tijdens de zitting dat hij zich bedreigd voelde door Sander Bosman en diens vrienden. "
        "‘Ik was bang. Ik wilde ze alleen wegjagen.’" + NL_MORE,
        [("Ik was bang", "Kevin de V")],
    ),
    # (near miss: no verb of saying after the subject: the one person named)
    (
        "De meteoriet viel in de tuin van de familie.\n\nIn dit geval is dat Sems opa, Hendrik "
        "Bakker (76). Die hoeft er niet lang over na te denken. ‘Van mij mag hij hem houden.’"
        + NL_MORE,
        [("Van mij mag hij", "Hendrik Bakker")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_r18g_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
