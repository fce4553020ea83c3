"""Round twenty-one's places, titles and adverbs (each passage invented).

A trail or a street ("the Wendlesham Way", "Harbour Row") names no one, so its last word alone
later ("The Way, she said, …") is no antecedent; someone unnamed at a place inside a place is
the whole phrase ("A man at the back of the hall shouted that …"), as is someone unnamed of a
street ("Una vecina de la calle Real lo resume:"); a religious title before a first name is no
part of it ("Sor Inés", "Sister Bernadette"); "how many times" after a verb is no subject
("ripete più volte"); German "Zugleich" opens a sentence, "später" ends a name after its verb,
"Ein Teil ihrer Mitarbeiterinnen" is no one, "Vorstandsmitglied" is a role and "das Bistum"
the diocese named before; English "A mum-of-two from Thirlby" and "A father-of-three" are
people; a Portuguese company's name goes on over "do" ("a Portos do Litoral Norte").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    outcomes,
)

EN_TRAIL = (
    "Sister Maureen Kyle has walked the Harnley Way eleven times.\n\nA woman walking with her "
    "son said she had not expected to cry. “I’m not even religious,” she said.\n\nSister "
    "Maureen has seen that many times. The Way, she said, belongs to no one church.\n\n“The "
    "monks would have been amazed by who turns up,” she said."
)
EN_STREET = (
    "Residents packed the community centre on Monday night.\n\nOne neighbour on Harbour Row, "
    "who has lived there since 1979, was blunt. “My kids will never afford a flat here,” he "
    "said."
)
EN_BACK_OF_HALL = (
    "The council meeting ran until midnight.\n\nNot everyone was resigned. A man at the back "
    "of the hall shouted that the council had “found millions for the marina” while others "
    "lost their gardens."
)
EN_MUM = (
    "Police made 42 arrests at the festival over the weekend.\n\nA mum-of-two from Thirlby, "
    "who did not want to be named, said she had been “relieved” to see so many officers."
)
EN_FATHER = (
    "Police made 42 arrests at the festival over the weekend.\n\nA father-of-three said the "
    "queues at the gates had been “a joke”."
)
ES_STREET = (
    ES_OPEN + "Una vecina de la calle Mayor, que cada Jueves Santo cuelga un mantón en el "
    "balcón, lo resume a su manera: «Mientras pase por mi puerta, me da igual cómo lo lleven»."
    + ES_MORE
)
ES_SISTER = (
    ES_OPEN + "«Aquí nunca nos ha faltado trabajo», recuerda Irene Valcárcel, la priora.\n\n"
    "Sor Inés tiene 58 años y es la más joven del convento. «No es vanidad, es trabajo», "
    "aclara desde detrás de la reja." + ES_MORE
)
FR_DOCKER = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nSur le "
    "parking du terminal, les grévistes ont installé un barnum. Un jeune docker, embauché il y "
    "a deux ans, résume l'ambiance : « Mon grand-père était docker ici, mon père aussi. »" + FR_MORE
)
IT_TIMES = (
    IT_OPEN + "Il gestore, Davide Scarpa, 44 anni, respinge ogni responsabilità. «Siamo "
    "vittime, non colpevoli», ripete più volte durante la nostra telefonata." + IT_MORE
)
DE_ZUGLEICH = (
    DE_OPEN + "Der Umweltverband begrüßt die Pläne. Sprecherin Katrin Vollmer sagt: „Die "
    "Schutzgebiete stehen bisher nur auf dem Papier.“ Zugleich räumt sie ein, dass die "
    "Fischer „nicht allein gelassen werden dürfen“." + DE_MORE
)
DE_BOARD = DE_OPEN + "„Seit Jahren warnen wir davor“, sagt Vorstandsmitglied Deniz Aydın." + DE_MORE
DE_LATER = (
    DE_OPEN + "Renate Kössler steht am offenen Grab. Die 63-Jährige trägt keinen Talar.\n\n"
    "„Man kennt die Leute, das ist Segen und Last zugleich“, sagt Kössler später im "
    "Pfarrheim." + DE_MORE
)
DE_SHARE = (
    DE_OPEN + "»Für Touristen ist das ein Abenteuer«, sagt Birte Claußen, die auf der Insel "
    "einen Pflegedienst leitet. Ein Teil ihrer Mitarbeiterinnen pendelt vom Festland. »Ich "
    "habe Dienstpläne, die ich jeden Tag neu schreiben muss.«" + DE_MORE
)
DE_DIOCESE = (
    DE_OPEN + "Das Bistum Wendrath hat im vergangenen Jahr 40 Laien zu Beerdigungsleitern "
    "ausgebildet.\n\nDas Bistum verweist auf eine eigene Befragung. Zugleich betonte das "
    "Bistum in einer Stellungnahme, die Messe bleibe „dem geweihten Priester vorbehalten“."
    + DE_MORE
)
PT_COMPANY = (
    "A assembleia municipal aprovou o orçamento com os votos da maioria na terça-feira.\n\nA "
    "dragagem é da responsabilidade da administração portuária, a Portos do Litoral Norte. "
    "Em resposta escrita, a empresa informou que o concurso “foi lançado em dezembro”." + PT_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (EN_TRAIL, "The monks would", "Maureen Kyle"),
        (EN_STREET, "My kids will never", "one neighbour on Harbour Row"),
        (EN_BACK_OF_HALL, "found millions", "A man at the back of the hall"),
        (EN_MUM, "relieved", "a mum-of-two from Thirlby"),
        (EN_FATHER, "a joke", "A father-of-three"),
        (ES_STREET, "Mientras pase", "una vecina de la calle Mayor"),
        (ES_SISTER, "No es vanidad", "Inés"),
        (FR_DOCKER, "Mon grand-père", "un jeune docker"),
        (IT_TIMES, "Siamo vittime", "Davide Scarpa"),
        (DE_ZUGLEICH, "nicht allein gelassen", "Katrin Vollmer"),
        (DE_BOARD, "Seit Jahren warnen", "Deniz Aydın"),
        (DE_LATER, "Man kennt die", "Renate Kössler"),
        (DE_SHARE, "Ich habe Dienstpläne", "Birte Claußen"),
        (DE_DIOCESE, "dem geweihten", "Bistum Wendrath"),
        (PT_COMPANY, "foi lançado", "Portos do Litoral Norte"),
    ],
    ids=[
        "en-trail-no-one",
        "en-street-no-one",
        "en-place-inside-place",
        "en-mum-of-two",
        "en-father-of-three",
        "es-unnamed-of-street",
        "es-religious-title",
        "fr-docker",
        "it-how-many-times",
        "de-zugleich",
        "de-board-member",
        "de-later-after-name",
        "de-share-no-one",
        "de-diocese",
        "pt-company-over-do",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
