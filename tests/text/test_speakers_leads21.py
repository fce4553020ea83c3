"""Round twenty-one's last rules, from a blind set's desks read for them (each passage invented).

A first name alone in a subheading ("La storia di Angelo") is the person named in full just
below it; a surname with its particle written alone in a standfirst ("Trainer Van Dorp:") is no
full name beside "Erik van Dorp"; "un ex arbitro internazionale" and "Un autre producteur" are
described whole; a German sentence opening on "Ab Januar" names no one (the Dutch first name
"Ab" stays one: "viroloog Ab Osterhaus");
"a Fairway spokesperson" speaks for "Fairway Stores", which said something before.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, IT_MORE, IT_OPEN, NL_MORE, NL_OPEN, outcomes

IT_SUBHEADING = (
    IT_OPEN + "La storia di Angelo\n\nTra le testimonianze raccolte c'è quella di Angelo "
    "Bertoldi, 63 anni, ex operaio. A luglio il suo medico gli ha prescritto un esame.\n\n«Al "
    "telefono mi hanno detto che prima non c'era niente», racconta." + IT_MORE
)
NL_PARTICLE = (
    NL_OPEN + "Trainer Van Dorp: ‘Dit team geeft nooit op’\n\nVLIETSTAD – Het leek een middag "
    "van gemiste kansen te worden. Trainer Erik van Dorp was na afloop opgelucht. ‘Dit team "
    "geeft zich nooit gewonnen, dat heb ik altijd gezegd’, zei Van Dorp." + NL_MORE
)
IT_EX = (
    IT_OPEN + "Un ex arbitro internazionale, interpellato dal nostro giornale, giudica la linea "
    "«coraggiosa, ma rischiosa». «Fermare un arbitro per due turni significa esporlo ancora di "
    "più», osserva." + IT_MORE
)
FR_OTHER = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nUn autre "
    "producteur, qui préfère garder l'anonymat, va plus loin : « Si je parle trop fort, je sais "
    "qu'ils peuvent relire mon contrat. »" + FR_MORE
)
DE_LEDE = (
    "Kreisklinik Hallenbach: Notaufnahme soll nachts schließen\n\nAb Januar sollen "
    "Notfallpatienten nachts ins Klinikum Wettring gebracht werden. Der Landrat spricht von "
    "einer „Notlösung“, Bürger fürchten um ihre Versorgung.\n\nMehr als 600 Menschen haben sich "
    "am Samstag vor der Kreisklinik versammelt. Landrat Uwe Schellhorn verteidigte den Plan. „Wir "
    "haben keine Ärzte für die Nacht“, sagte er."
)
EN_SPOKES_BODY = (
    "Dairy farmers blockaded the depot on Monday.\n\nFairway Stores said the price paid to "
    "farmers was a matter for its supplier.\n\n“We pay a price that reflects the full cost of "
    "production,” a Fairway spokesperson said."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (IT_SUBHEADING, "Al telefono", "Angelo Bertoldi"),
        (NL_PARTICLE, "Dit team geeft zich", "Erik van Dorp"),
        (IT_EX, "coraggiosa, ma", "un ex arbitro internazionale"),
        (IT_EX, "Fermare un arbitro", "un ex arbitro internazionale"),
        (FR_OTHER, "Si je parle", "un autre producteur"),
        (DE_LEDE, "Notlösung", "Der Landrat"),
        (DE_LEDE, "Wir haben keine", "Uwe Schellhorn"),
        (EN_SPOKES_BODY, "We pay a price", "Fairway Stores"),
    ],
    ids=[
        "it-subheading-first-name",
        "nl-particle-surname",
        "it-ex-prenominal",
        "it-ex-prenominal-goes-on",
        "fr-un-autre",
        "de-lede-ab-januar-no-one",
        "de-lede-role-named",
        "en-spokes-body-longer",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
