"""German and Dutch speaker shapes (each passage invented).

A sentence opening on "Volgens"/"Laut" and an unnamed source cites that source up to the finite
verb that the verb-second order puts right after it ("Volgens een woordvoerder is er ‘…’"); a
name after the source, or more words than an article, an adjective and a noun, leave it alone.
A public body the story has only one of ("de gemeente", "de provincie", "das Ministerium")
speaks as written when the text named no organisation before it; a body of which a region has
many ("de vakbond", "der Verband") still needs one named.

A German sentence of reported speech that names its speaker at its end, after an inverted
speech verb ("…, teilte Wendland auf Anfrage mit."), lends that speaker to the quotation in the
next sentence of reported speech or to a quotation standing alone after it; "stünden" and "gäbe"
are that mood too, and a body whose name ends in "-bund" is an organisation ("Der Sängerbund X"
… "teilte der Verband mit").

A Dutch verb of naming after a fronted adjunct has its subject right after it and its object
before the quotation ("In een verklaring noemde de organisatie de regeling ‘…’"). In German and
Dutch text a straight "'" before a capital after a full stop opens a new sentence, so that
"Een visser … vreest overlast. 'Als …,' zegt hij" is the fisherman's, not the last person named
(English copy, which sets "'" inside quotations too, keeps its sentences as they were). A
sentence naming no one between an epithet's quotation and the sentence before it leaves that
sentence's one subject as the person the epithet stands for. Where a person named at the start
of a short sentence works ("X Y van de denktank Instituut Z") does not make the sentence too long
to lend its subject to the quotation standing alone after it. A German source set in commas
after "so" inside a sentence of reported speech ("Die Tour, so ihr Management, sei „…“") is its
speaker. A verb in "-e" next to the impersonal "man" is reported speech ("Man begrüße „…“"),
whose speaker is the body the sentence before opens on with its speech verb ("Der Städtetag
äußerte sich …"); a "-tag" of towns or districts is such a body, one of its kind.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE

CASES: list[Case] = [
    # "Volgens" and an unnamed source before the verb
    (
        "Bij de brand in de loods raakte niemand gewond. Volgens een brandweerwoordvoerder is er "
        "‘geen gevaar voor de omgeving’ en blijft de weg voorlopig dicht." + NL_MORE,
        [("geen gevaar", "een brandweerwoordvoerder")],
    ),
    (
        "Die Strecke bleibt bis Freitag gesperrt. Laut dem Landratsamt ist der Schaden „größer "
        "als zunächst gedacht“ und die Reparatur aufwendig." + DE_MORE,
        [("größer als", "Landratsamt")],
    ),
    # (near miss: more words after the noun than the verb: the source is not read this way)
    (
        "Bij de brand in de loods raakte niemand gewond. Volgens de meeste bewoners van de straat "
        "werd er ‘met opzet vuur gesticht’ in de nacht." + NL_MORE,
        [("met opzet", None)],
    ),
    # a public body of its own, as written
    (
        "Het nieuwe parkeerbeleid leidt tot klachten van winkeliers in het centrum. De gemeente "
        "erkent dat de regels ‘beter uitgelegd moeten worden’ aan bezoekers." + NL_MORE,
        [("beter uitgelegd", "De gemeente")],
    ),
    (
        "De brug over het kanaal gaat in maart dicht voor onderhoud. De provincie zegt dat "
        "werken in de zomer “praktisch onmogelijk” is vanwege de drukte op het water." + NL_MORE,
        [("praktisch onmogelijk", "De provincie")],
    ),
    # (near miss: a body of which there are many names no one without its name)
    (
        "De lonen in de haven staan al jaren onder druk. “Dit bod is een belediging voor de "
        "mensen die hier elke nacht werken,” zegt de vakbond." + NL_MORE,
        [("Dit bod is", None)],
    ),
    # (near miss: a body named before stands for the noun)
    (
        "De provincie Zeeland wil de veerdienst uitbreiden. “Er komt een tweede boot,” zegt de "
        "provincie in een verklaring." + NL_MORE,
        [("Er komt een tweede boot", "provincie Zeeland")],
    ),
    # the speaker after the inverted verb of the sentence of reported speech before
    (
        "Der Bauunternehmer Kurt Wendland bittet die Käufer um Geduld. Derzeit werde geprüft, "
        "ob die Arbeiten weitergehen könnten, teilte Wendland auf Anfrage mit. Es gebe „gute "
        "Gespräche mit der Bank“." + DE_MORE,
        [("gute Gespräche", "Kurt Wendland")],
    ),
    (
        "Der Naturschutzbund Oberes Lahntal lobt den Umbau der Mühle. Viele Gemeinden stünden "
        "vor derselben Frage, teilte der Verband mit. „Wer die Bäche retten will, muss die "
        "Wehre öffnen. Das Dorf zeigt, wie es geht.“" + DE_MORE,
        [("Wer die Bäche", "Naturschutzbund Oberes Lahntal")],
    ),
    # (near miss: a sentence in the indicative before the quotation lends no speaker)
    (
        "Der Bauunternehmer Kurt Wendland bittet die Käufer um Geduld. Die Arbeiten ruhen seit "
        "März, teilte Wendland auf Anfrage mit. Am Zaun hängt ein Schild: „Betreten verboten, "
        "Eltern haften für ihre Kinder“." + DE_MORE,
        [("Betreten verboten", None)],
    ),  # a fronted adjunct, the naming verb, its subject, its object, the quotation
    (
        "Kamerlid Anna de Wit was fel. ‘Dit plan is een ramp voor de dorpen,’ zei ze.\n\n"
        "Huurdersvereniging Woonrecht reageerde na afloop. In een verklaring noemde de "
        "vereniging de huurverlaging ‘een stap in de goede richting’." + NL_MORE,
        [("Dit plan is", "Anna de Wit"), ("een stap in de goede", "Woonrecht")],
    ),
    # a straight "'" opening a sentence after someone unnamed
    (
        "De eerste gasten zijn lovend. 'We blijven nog een week,' zegt Kees Mulder uit Zwolle."
        "\n\nNiet iedereen in het dorp is blij. Een visser die zijn boot naast de camping heeft "
        "liggen, vreest overlast. 'Als de toeristen over mijn netten struikelen, moeten ze "
        "niet klagen,' zegt hij droog." + NL_MORE,
        [("We blijven", "Kees Mulder"), ("Als de toeristen", "een visser")],
    ),
    # an epithet past a sentence that names no one
    (
        "De ploeg van coach Ria Smit won met 2-1.\n\nFleur de Boer, pas negentien, schoot de "
        "bal langs keepster Iris Mol in de kruising. Het publiek ging uit zijn dak.\n\n"
        "‘Ik dacht eigenlijk helemaal niks,’ vertelde de aanvalster." + NL_MORE,
        [("Ik dacht", "Fleur de Boer")],
    ),  # a name's affiliation does not count against the short sentence before a lone quotation
    (
        "Het kabinet koopt tien nieuwe schepen.\n\nMarine-expert Jan-Willem Bakker van de "
        "denktank Instituut Zeemacht Veiligheid ziet de aankoop als logisch. ‘Schepen bouwen "
        "is duur en traag. Dat dit nu in Vlissingen gebeurt, is goed voor de regio.’" + NL_MORE,
        [("Schepen bouwen", "Jan-Willem Bakker")],
    ),
    # (near miss: a long sentence about the person still lends no one)
    (
        "Het kabinet koopt tien nieuwe schepen.\n\nMarine-expert Jan-Willem Bakker van de "
        "denktank Instituut Zeemacht ziet de aankoop van de schepen na jaren van uitstel en "
        "gedoe in de Tweede Kamer eindelijk als logisch. ‘Schepen bouwen is duur en traag. "
        "Dat dit nu in Vlissingen gebeurt, is goed voor de regio.’" + NL_MORE,
        [("Schepen bouwen", None)],
    ),  # "so" and the source in commas inside the sentence
    (
        "Die Sängerin Lena Hofer hat sich beim Training das Bein gebrochen. Die Tour, so ihr "
        "Management, sei „nach jetzigem Stand nicht gefährdet“." + DE_MORE,
        [("nach jetzigem Stand", "ihr Management")],
    ),
    (
        "Der Umbau der Brücke verzögert sich erneut. Die Arbeiten, so Baustadtrat Jens "
        "Albrecht, seien „deutlich aufwendiger als geplant“." + DE_MORE,
        [("deutlich aufwendiger", "Jens Albrecht")],
    ),
    # (near miss: "so" and a lower-case clause in commas name no one)
    (
        "Der Umbau der Brücke verzögert sich erneut. Die Arbeiten, so scheint es, seien "
        "„deutlich aufwendiger als geplant“." + DE_MORE,
        [("deutlich aufwendiger", None)],
    ),  # "man" and the first subjunctive after a body's statement
    (
        "Die Landesregierung will den Bau von Windrädern beschleunigen. Der Städtetag äußerte "
        "sich in einer Stellungnahme zurückhaltend. Man begrüße „grundsätzlich jede "
        "Beschleunigung“, verlange aber „klare Zusagen“ für die Kommunen." + DE_MORE,
        [("grundsätzlich jede", "Der Städtetag"), ("klare Zusagen", "Der Städtetag")],
    ),
    # (near miss: "man" and the indicative: no reported speech, the words no one's)
    (
        "Die Landesregierung will den Bau von Windrädern beschleunigen. Der Städtetag äußerte "
        "sich in einer Stellungnahme zurückhaltend. Im Rathaus kennt man das „Windrad-Problem“ "
        "seit Jahren." + DE_MORE,
        [("Windrad-Problem", "<missing>")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_gn12_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
