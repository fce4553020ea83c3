"""Speakers on short invented French and Portuguese passages, one general shape each (batch
frpt11): a noun of a decade of life ("l'octogénaire", "o septuagenário") standing for the one
person introduced with an age in that decade; a gerund of saying before a quotation ("…, tout
en saluant « … »", "…, exigindo «…»"), whose subject is its clause's; a sentence opening on
being asked ("Perguntado se …, o médico hesitou.") before a quotation standing alone, or with
the one asked left out ("Questionado sobre …, foi direto: «…»"). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # "l'octogénaire" after "Josette Perrin, 83 ans", with a judge named in between; an
        # adjunct after the noun
        "Le tribunal de Vannes a jugé mardi un ancien conseiller bancaire.\n\n"
        "Parmi les victimes, Josette Perrin, 83 ans, a perdu toutes ses économies. Elle a "
        "raconté la scène à la présidente, Claire Dubois.\n\n"
        "« Il venait manger chez moi le dimanche », a confié l'octogénaire à la sortie de "
        "l'audience." + _FR_MORE,
        [("Il venait manger", "Josette Perrin")],
    ),
    (
        # "La trentenaire" opening the sentence before a lone quotation, two people aged apart
        "« Une vraie lettre, avec un timbre », précise Lucie Marin, 34 ans, qui met en scène "
        "la pièce. Son père, Paul Marin, 71 ans, tient le rôle principal.\n\n"
        "« Au début, j'ai hésité », avoue ce dernier.\n\n"
        "La trentenaire ne s'en cache pas. « Je savais très bien ce que je faisais. »" + _FR_MORE,
        [
            ("Une vraie lettre", "Lucie Marin"),
            ("Je savais", "Lucie Marin"),
        ],
    ),
    (
        # Portuguese: "o septuagenário" after "Joaquim Sousa, de 74 anos", his daughter of 45
        # named since
        "O incêndio destruiu três casas na aldeia de Vale Fundo durante a madrugada.\n\n"
        "Entre os desalojados está Joaquim Sousa, de 74 anos, reformado. A filha, Ana Sousa, "
        "de 45 anos, mora em Lisboa.\n\n"
        "«Ardeu tudo menos a vontade», diz agora o septuagenário." + _PT_MORE,
        [("Ardeu tudo", "Joaquim Sousa")],
    ),
    (
        # "tout en saluant « … »" after a verb of opinion that is no speech verb, another
        # person's quotation before it in the paragraph
        "La pièce a été jouée vendredi soir devant une salle comble.\n\n"
        "Dans le public, les réactions étaient unanimes. « J'ai pleuré du début à la fin », "
        "glissait Josiane Marin, une abonnée. Plus réservé, son mari, Paul Marin, trouvait la "
        "fin « un peu trop longue », tout en saluant « une mise en scène d'une grande "
        "finesse »." + _FR_MORE,
        [
            ("J'ai pleuré", "Josiane Marin"),
            ("une mise en scène", "Paul Marin"),
        ],
    ),
    (
        # a body whose speech verb has no subject read before it ("a salué … dans un
        # communiqué"), then "tout en réclamant « … »"; its director quoted after it
        "Le conseil municipal a voté la fermeture de la rue du Port aux voitures.\n\n"
        "L'Association des commerçants du centre-ville a salué la décision dans un communiqué, "
        "tout en réclamant « un vrai plan de mobilité, et pas des mesures à la pièce ». Sa "
        "présidente, Julie Morel, estime que la fréquentation a chuté. « Nos membres sont "
        "épuisés. »" + _FR_MORE,
        [
            ("un vrai plan", "Association des commerçants du centre-ville"),
            ("Nos membres", "Julie Morel"),
        ],
    ),
    (
        # Portuguese: a person's verb, then ", exigindo «…»"
        "A câmara aprovou o encerramento da Rua do Porto ao trânsito automóvel.\n\n"
        "O presidente da associação, Júlio Morais, elogiou a decisão, exigindo "
        "«um verdadeiro plano de mobilidade para a cidade»." + _PT_MORE,
        [("um verdadeiro plano", "Júlio Morais")],
    ),
    (
        # "Perguntado se …, o médico hesitou …" (a long question, a role noun), then the
        # quotation alone
        "A dengue já matou três pessoas em Vale Fundo este mês, segundo a secretaria.\n\n"
        "O infectologista Marcelo Rocha Lima, diretor do hospital municipal, explicou a "
        "principal preocupação da equipa. «O que mata é a desidratação», disse.\n\n"
        "Perguntado se a cidade estava preparada para uma epidemia desta dimensão, o médico "
        "hesitou antes de responder. «Preparada, nenhuma cidade está. Mas podíamos estar "
        "menos despreparados.»" + _PT_MORE,
        [
            ("O que mata", "Marcelo Rocha Lima"),
            ("Preparada, nenhuma", "Marcelo Rocha Lima"),
        ],
    ),
    (
        # "Perguntada se …, ela demora a responder." (a pronoun after the question)
        "A seca no sul do Pará já dura quatro meses, segundo os dados do instituto.\n\n"
        "A climatologista Regina Okabe estuda a floresta há trinta anos. «A floresta está a "
        "avisar-nos há vinte anos», afirma.\n\n"
        "Perguntada se o cenário é irreversível, ela demora a responder. «Irreversível é uma "
        "palavra que eu evito. Mas o resto ainda responde.»" + _PT_MORE,
        [("Irreversível", "Regina Okabe")],
    ),
    (
        # French: "Interrogée sur …, la jeune femme sourit." then the quotation alone
        "La pièce a été jouée vendredi soir devant une salle comble.\n\n"
        "La metteuse en scène, Lucie Marin, a passé trois ans sur le texte. « C'était un long "
        "chemin », dit-elle.\n\n"
        "Interrogée sur la suite de sa carrière, la jeune femme sourit. « Je n'en sais rien. "
        "Peut-être le cinéma. »" + _FR_MORE,
        [("Je n'en sais rien", "Lucie Marin")],
    ),
    (
        # "Questionado sobre …, foi direto:": the one asked left out, never the participle
        "O Vale Fundo venceu o Ribeirense por 2 a 1 neste domingo.\n\n"
        "Na entrevista coletiva, o técnico Adalberto Ramos não escondeu a irritação. «Fomos "
        "um time covarde durante 45 minutos», disse. Questionado sobre o que mudou no "
        "intervalo, foi direto: «Eu não mudei nada tático. Eu cobrei atitude.»" + _PT_MORE,
        [
            ("Fomos um time", "Adalberto Ramos"),
            ("Eu não mudei", "Adalberto Ramos"),
        ],
    ),
    (
        # "Questionado sobre …, respondeu que a rede está «…»": the subject of the sentence
        # before
        "A empresa fechou os nove meses com lucros de 84 milhões de euros, menos 18%.\n\n"
        "O presidente executivo, Rui Vilela, garantiu que o plano de abertura de lojas se "
        "mantém. Questionado sobre eventuais encerramentos, respondeu que a rede está «a ser "
        "revista loja a loja», mas recusou avançar números." + _PT_MORE,
        [("a ser revista", "Rui Vilela")],
    ),
]


@pytest.mark.parametrize("case", SHAPES)
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_conjunction_after_a_dateline_is_no_part_of_the_name() -> None:
    # "LONGUEUIL — Quand Sylvie X a ouvert …": the dateline hides the sentence's start; the
    # conjunction is still no part of her name
    text = (
        "LONGUEUIL — Quand Sylvie Marchand-Roy a ouvert sa boîte aux lettres, elle a eu un "
        "choc. La facture avait doublé en un an.\n\n"
        "« J'ai relu la facture trois fois », raconte la retraitée de 67 ans." + _FR_MORE
    )
    (found,) = outcomes([(text, [("J'ai relu", "Sylvie Marchand-Roy")])])
    assert found[2] == "Sylvie Marchand-Roy"
