"""Guards from a review of round twenty-two's rules (each passage invented): the misfires a
helper found by running invented passages through the engines before and after the rules.

- A lone paragraph after two speakers' turns goes on with the last one unless the text shows
  an exchange (words of one, a retort, a question answered, the second person): "«…», soupire
  Léa. ¶ «…», répond Hugo. ¶ «Je fais huit kilomètres …»" is Hugo's.
- Words a sign, a law, a text or a message "says" inside a quotation are no one's; "Il est
  écrit", "Il y avait écrit" name no one; a pronoun after a sentence about someone unnamed
  ("Mon petit garçon pleurait. Il m'a dit :") or a contract is not the person named nearby.
- "conta com emoção a idosa", "cuenta con orgullo X" still tell; "a assuré vers la fin de la
  séance l'élu" reads no mood before the subject; "la primera" is the first of two named
  together, though a third spoke since.
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
    outcomes,
)

_FR_OPEN = "La ligne de bus 14 accumule les retards depuis la rentrée, selon les parents.\n\n"

FR_GOES_ON = (
    _FR_OPEN + "À l'arrêt, deux lycéens attendent sous la pluie, Léa Fontanet et Hugo "
    "Marchal.\n\n« Le bus est toujours en retard », soupire Léa Fontanet.\n\n« Moi, je viens à "
    "vélo maintenant », répond Hugo Marchal.\n\n« Je fais huit kilomètres chaque matin, même "
    "quand il gèle. »" + FR_MORE
)
IT_SIGN = (
    IT_OPEN + "«Siamo arrivati alle nove e il negozio era chiuso. Un cartello all'ingresso "
    "diceva: ‘Chiuso per lutto fino a lunedì’. Nessuno ci aveva avvisati», racconta Marta "
    "Pirelli, cliente da vent'anni." + IT_MORE
)
FR_WRITTEN = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nGérard "
    "Lemonnier a reçu la lettre de la caisse lundi. « Il est écrit noir sur blanc : “Aucun "
    "recours n'est possible.” Je ne sais plus quoi faire », confie le retraité." + FR_MORE
)
FR_BOY = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nLe "
    "directeur de l'école, Patrick Mounet, a reçu les parents.\n\n« Mon petit garçon pleurait. "
    "Il m'a dit : “Je ne veux pas y aller, maman.” Je l'ai gardé à la maison », raconte une "
    "mère." + FR_MORE
)
PT_TELLS = (
    "Os bombeiros chegaram cedo ao local.\n\nDona Amélia Soares, de 81 anos, foi retirada de "
    "casa pelos vizinhos. “Nunca tinha visto o fogo tão perto da aldeia”, conta com emoção a "
    "idosa." + PT_MORE
)
ES_TELLS = (
    ES_OPEN + "«Mi abuelo abrió esta tienda en 1931 y nunca cerró un solo día», cuenta con "
    "orgullo Ernesto Salinas, el dueño." + ES_MORE
)
FR_NO_MOOD = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\n« Ce "
    "chantier sera terminé avant l'été », a assuré vers la fin de la séance l'élu chargé des "
    "travaux, Jacques Terrien." + FR_MORE
)
ES_FIRST_OF_PAIR = (
    ES_OPEN + "Marta Ibarra y Nuria Campos ganaron la prueba por parejas. Sonia Llorente, "
    "tercera, se mostró satisfecha. «Ha sido una carrera muy dura», dijo Llorente.\n\n«Ha sido "
    "precioso correr por estas calles», dijo la primera." + ES_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (FR_GOES_ON, "Je fais huit", "Hugo Marchal"),
        (IT_SIGN, "Chiuso per lutto", None),
        (FR_WRITTEN, "Aucun recours", None),
        (FR_BOY, "Je ne veux pas y aller", None),
        (PT_TELLS, "Nunca tinha visto", "Amélia Soares"),
        (ES_TELLS, "Mi abuelo abrió", "Ernesto Salinas"),
        (ES_FIRST_OF_PAIR, "Ha sido precioso", "Marta Ibarra"),
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker


def test_no_mood_phrase_is_a_speaker() -> None:
    # (the speaker may be the one named or no one; never the adjunct "vers la fin …")
    ((_, _, found),) = outcomes([(FR_NO_MOOD, [("Ce chantier sera", None)])])
    assert found is None or "fin" not in found
