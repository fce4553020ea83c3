"""A sentence its attribution interrupts before the quotation finishes it (``interrupted``),
and a Romance body whose name goes on in lower case after "according to"
(``institutions.dangling_of``, an elided article glued to the name in ``shapes``).

"The contract, said Tom Biederman, a procurement expert, “has every hallmark …”": the speaker
is the noun phrase after the verb in commas, when the quotation goes on in lower case. Near
misses: a that-clause after the verb ("Aun así, aseguró que el plan tendrá «…»"), a speech
verb in the fronted part ("Su padre solía decir, recuerda la hija, que …"), a preposition
after the verb. "Selon la Direction de la navigation aérienne du Sud, « … »", "Secondo
l'Istituto nazionale di statistica, «…»", "Secondo l'Istat, «…»": the whole body.
Every speaker exact; each passage invented.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

EN_INTERRUPTED = (
    "Harwell County awarded the bus contract to a firm owned by a commissioner's cousin.\n\n"
    "The contract, said Tom Biederman, a procurement expert at Lakeshore State University, "
    '"has every hallmark of a rigged process."'
)
EN_ROLE = (
    "Engineers inspected the Mill Lane bridge on Monday.\n\n"
    "The bridge, said structural engineer Ana Lind, “will need new cables within five years.”"
)
EN_PRONOUN = (
    "“The plan is dead,” said councillor Tom Hale after the vote.\n\n"
    "The budget, he added, “is in tatters and nobody wants to say so.”"
)
FR_INTERRUPTED = (
    "Le conseil départemental a attribué le marché des transports scolaires en juin.\n\n"
    "Le contrat, a déclaré Paul Verdier, élu d'opposition, « porte toutes les marques d'un "
    "marché arrangé »." + FR_MORE
)
IT_INTERRUPTED = (
    IT_OPEN + "Il progetto, ha spiegato l'assessore Marco Villa, «non è in discussione, "
    "qualunque cosa dicano i comitati»." + IT_MORE
)
ES_INTERRUPTED = (
    ES_OPEN + "El plan, afirmó la alcaldesa Rosa Prieto, «sigue adelante pese a todo lo que se "
    "ha dicho estos días»." + ES_MORE
)
PT_INTERRUPTED = (
    "A câmara aprovou o plano de mobilidade na terça-feira.\n\n"
    "O projeto, disse o autarca João Meireles, «vai avançar de qualquer forma»." + PT_MORE
)
ES_THAT_CLAUSE = (
    ES_OPEN + "El guionista Ignacio Ferrán reconoció que la salida de la actriz es un golpe. "
    "«Es el corazón de la serie», admitió. Aun así, aseguró que el personaje tendrá «la "
    "despedida que merece»." + ES_MORE
)
ES_FRONTED_SPEECH = (
    ES_OPEN + "Xosé Lestón Mariño fue percebeiro durante cuarenta años. Su padre solía decir, "
    "recuerda la hija, que los percebes buenos «están siempre donde da miedo»." + ES_MORE
)
FR_LOWER_BODY = (
    "Des centaines de voyageurs ont passé la journée de lundi à l'aéroport de Vauclair.\n\n"
    "Selon la Direction de la navigation aérienne du Sud, « un composant défectueux du "
    "serveur principal a empêché la bascule vers le système de secours »." + FR_MORE
)
FR_LOWER_BODY_ACRONYM = (
    "Les chênes du massif souffrent de la sécheresse depuis trois étés.\n\n"
    "Selon l'Office national des forêts (ONF), « la moitié des arbres du massif sont "
    "malades »." + FR_MORE
)
IT_LOWER_BODY = (
    IT_OPEN + "Secondo l'Istituto nazionale di statistica, «i prezzi dei beni alimentari sono "
    "saliti del tre per cento in un anno»." + IT_MORE
)
IT_ELIDED_ACRONYM = (
    IT_OPEN + "Secondo l'Istat, «i prezzi dei beni alimentari sono saliti del tre per cento "
    "in un anno»." + IT_MORE
)
IT_CIVIL_PROTECTION = (
    IT_OPEN + "Il fiume è salito di due metri in una notte. Secondo la Protezione civile, «la "
    "piena arriverà in città stanotte, tra le due e le quattro»." + IT_MORE
)

CASES: list[tuple[str, Case]] = [
    ("en-interrupted", (EN_INTERRUPTED, [("has every hallmark", "Tom Biederman")])),
    ("en-role", (EN_ROLE, [("will need new cables", "Ana Lind")])),
    ("en-pronoun", (EN_PRONOUN, [("The plan is dead", "Tom Hale"), ("is in tatters", "Tom Hale")])),
    ("fr-interrupted", (FR_INTERRUPTED, [("porte toutes les marques", "Paul Verdier")])),
    ("it-interrupted", (IT_INTERRUPTED, [("non è in discussione", "Marco Villa")])),
    ("es-interrupted", (ES_INTERRUPTED, [("sigue adelante", "Rosa Prieto")])),
    ("pt-interrupted", (PT_INTERRUPTED, [("vai avançar", "João Meireles")])),
    (
        "fr-lower-body",
        (
            FR_LOWER_BODY,
            [("un composant défectueux", "Direction de la navigation aérienne du Sud")],
        ),
    ),
    (
        "fr-lower-acronym",
        (FR_LOWER_BODY_ACRONYM, [("la moitié des arbres", "Office national des forêts")]),
    ),
    ("it-lower-body", (IT_LOWER_BODY, [("i prezzi dei beni", "Istituto nazionale di statistica")])),
    ("it-elided-acronym", (IT_ELIDED_ACRONYM, [("i prezzi dei beni", "Istat")])),
    ("it-civil-protection", (IT_CIVIL_PROTECTION, [("la piena arriverà", "Protezione civile")])),
]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_speakers(case: Case) -> None:
    got = outcomes([case])
    assert [(h, found) for h, _, found in got] == [(h, exp) for h, exp, _ in got]


# near misses: the words after the verb are a clause, not its subject; or the fronted part
# has a speech verb of its own, whose subject said the words
NEAR_MISSES = [
    ("es-that-clause", ES_THAT_CLAUSE, "la despedida que merece", "Ignacio Ferrán"),
    ("es-fronted-speech", ES_FRONTED_SPEECH, "están siempre donde", None),
]


@pytest.mark.parametrize(
    ("text", "head", "speaker"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES]
)
def test_near_misses(text: str, head: str, speaker: str | None) -> None:
    # (the father's words: unattributed, never "la hija" who recalls them)
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
