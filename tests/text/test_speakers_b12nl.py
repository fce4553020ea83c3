"""Dutch and German shapes from round twelve's sport and arts desk (invented passages): a
naming verb before a title, a sign's words named after "met de tekst", a sign noun "borden",
and a sentence opening on a possessive, a kinship noun and the relative's name."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import speaker_of
from tests.text.test_speakers_session17 import DE_MORE, NL_MORE


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a naming verb right before the marks: a title, no one's words
            "Die Sängerin Marta Kohlhaas stellt ihr neues Album vor. »Ich habe lange daran "
            "gearbeitet«, sagt Kohlhaas.\n\nDas zweite Lied der Platte heißt »Nachtzug«. Was "
            "der Titel bedeutet? »Dass man nie ankommt«, sagt Kohlhaas." + DE_MORE,
            "Nachtzug",
            None,
        ),
        (  # near miss: the words after "heißt es:" are a document's, left to other rules
            "Die Sängerin Marta Kohlhaas stellt ihr neues Album vor. »Ich habe lange daran "
            "gearbeitet«, sagt Kohlhaas. »Dass man nie ankommt«, sagt sie." + DE_MORE,
            "Dass man nie",
            "Marta Kohlhaas",
        ),
        (  # a sign's words named after "met de tekst", further from the sign's noun
            "In de wijk Oosthaven protesteerden bewoners tegen de sloop. Buurtbewoner Sander "
            "Kuipers zei: ‘We worden niet gehoord.’ Sommigen hielden bordjes omhoog met de "
            "tekst ‘Luister naar de wijk’." + NL_MORE,
            "Luister naar de wijk",
            None,
        ),
        (  # "borden als „A” en „B”": the signs' words, both of them
            "Speelster Fenna Vos (16) speelt al jaren bij de club. „Mijn vader speelde hier "
            "ook. Ik wil hier blijven.”\n\nZaterdag trokken veel ouders naar het stadhuis, met "
            "borden als „Hockey hoort in Delft” en „Blijf van ons veld af”." + NL_MORE,
            "Blijf van ons veld",
            None,
        ),
        (  # near miss: the speaker's own words in the paragraph before keep their speaker
            "Speelster Fenna Vos (16) speelt al jaren bij de club. „Mijn vader speelde hier "
            "ook. Ik wil hier blijven.”\n\nZaterdag trokken veel ouders naar het stadhuis, met "
            "borden als „Hockey hoort in Delft” en „Blijf van ons veld af”." + NL_MORE,
            "Mijn vader speelde",
            "Fenna Vos",
        ),
        (  # "Zijn zus Mieke X komt …": the sister named, not a relative to look for
            "Het boek gaat over een vader die zwijgt. Kees Baarda baseerde het op zijn eigen "
            "vader, Henk Baarda, die in 2015 overleed.\n\nZijn zus Mieke Smit komt naar de "
            "première, samen met hun moeder van 79. ‘Ik heb het boek twee keer gelezen en "
            "twee keer gehuild’, zegt ze." + NL_MORE,
            "Ik heb het boek",
            "Mieke Smit",
        ),
        (  # an article, an adjective and a kind of body: that body, not the person before
            "Trainer Kees Dam zei: „Wij gaan door.”\n\nDe landelijke hockeybond liet weten de "
            "club „waar mogelijk” te steunen, onder meer met advies." + NL_MORE,
            "waar mogelijk",
            "De landelijke hockeybond",
        ),
        (  # near miss: an article, an adjective and a person's noun stays that person
            "Trainer Kees Dam zag zijn ploeg winnen. „Wij gaan door”, zei de tevreden trainer."
            + NL_MORE,
            "Wij gaan door",
            "Kees Dam",
        ),
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    assert speaker_of(text, head, may_be_missing=True) == speaker
