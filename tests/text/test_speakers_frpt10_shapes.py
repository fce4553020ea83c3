"""Speakers on short invented French and Portuguese passages, one general shape each (batch
frpt10): someone unnamed with a relative clause about them before the speech verb, and the
shapes that look like them. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE as _FR_MORE
from tests.text.speaker_cases import PT_MORE as _PT_MORE
from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # someone unnamed, a relative clause between commas, a speech verb and a fragment;
        # then "souffle-t-elle" in the same paragraph is that person, not the woman named before
        "La clinique de Saint-Armel fermera ses portes en juin, a annoncé la direction.\n\n"
        "La directrice, Odile Carabin, a défendu la décision. « Nous n'avions plus le choix », "
        "a-t-elle dit.\n\n"
        "Une infirmière du service, qui a requis l'anonymat, raconte des nuits « sans aucune "
        "pause ». « On ne tient plus », souffle-t-elle." + _FR_MORE,
        [
            ("Nous n'avions", "Odile Carabin"),
            ("sans aucune", "une infirmière du service"),
            ("On ne tient", "une infirmière du service"),
        ],
    ),
    (
        # Portuguese: the same, "que pediu para não ser identificada", and a bare verb after
        "A clínica de Vila Serena vai fechar em junho, anunciou a direção.\n\n"
        "A diretora, Odete Carvalho, defendeu a decisão. «Não tínhamos escolha», disse.\n\n"
        "Uma enfermeira do serviço, que pediu para não ser identificada, contou que os turnos "
        "duram «doze horas seguidas». «Já não aguentamos», desabafou." + _PT_MORE,
        [
            ("Não tínhamos", "Odete Carvalho"),
            ("doze horas", "uma enfermeira do serviço"),
            ("Já não aguentamos", "uma enfermeira do serviço"),
        ],
    ),
    (
        # a relative clause with no commas before a colon
        "La clinique de Saint-Armel fermera ses portes en juin, a annoncé la direction.\n\n"
        "Devant l'entrée, un patient qui préfère taire son nom s'agace : « Personne ne nous "
        "a prévenus. »" + _FR_MORE,
        [("Personne ne nous", "un patient")],
    ),
    (
        # Portuguese: a relative clause between commas before a colon
        "A clínica de Vila Serena vai fechar em junho, anunciou a direção.\n\n"
        "Um operário da fábrica, que pediu para não ser identificado, desabafa: «Estamos em "
        "casa à espera de um telefonema.»" + _PT_MORE,
        [("Estamos em casa", "um operário da fábrica")],
    ),
    (
        # a participle of coming ends the description ("venue déposer …")
        "La clinique de Saint-Armel fermera ses portes en juin, a annoncé la direction.\n\n"
        "Une grand-mère venue déposer une marmite de soupe glisse, la voix serrée : « Moi, je "
        "suis née ici. »" + _FR_MORE,
        [("Moi, je suis née", "une grand-mère")],
    ),
    (
        # French: someone unnamed after a fronted place, a speech verb and a fragment
        "La grève a touché sept écoles sur dix dans la région mardi.\n\n"
        "À Vernoux, un directeur d'école expliquait avoir dû organiser une garderie pour "
        "« une trentaine d'enfants »." + _FR_MORE,
        [("une trentaine", "un directeur d'école")],
    ),
    (
        # a medium of two capitalized words after "disse à": the listener, not the speaker
        "A campanha da sardinha está a ser a pior das últimas décadas, garantem os "
        "pescadores.\n\n"
        "No cais de Vila Serena, o mestre Joaquim Ventura Lopes, de 58 anos, anda no mar "
        "desde os 14.\n\n"
        "«Nunca vi um ano assim», disse à RTP Madeira. «Voltamos com o porão vazio.»" + _PT_MORE,
        [("Nunca vi", "Joaquim Ventura Lopes"), ("Voltamos", "Joaquim Ventura Lopes")],
    ),
    (
        # French: the same with a regional station
        "La saison de la sardine est la pire depuis vingt ans, selon les pêcheurs du port.\n\n"
        "Sur le quai, le patron pêcheur Yannick Le Bihan, 58 ans, prépare ses filets.\n\n"
        "« Je n'ai jamais vu une année pareille », a-t-il confié à France Bleu Armor." + _FR_MORE,
        [("Je n'ai jamais vu", "Yannick Le Bihan")],
    ),
    (
        # a name after the description is the speaker, read elsewhere
        "La clinique de Saint-Armel fermera ses portes en juin, a annoncé la direction.\n\n"
        "Une infirmière du service, Maëlle Guivarc'h, qui travaille de nuit, raconte des "
        "gardes « sans aucune pause »." + _FR_MORE,
        [("sans aucune", "Maëlle Guivarc'h")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][-60:-30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_relative_with_its_own_subject_is_no_description() -> None:
    # "Uma versão que o coletivo considerou «…»": the relative's subject follows "que"; the
    # thing it is about says nothing
    text = (
        "O tribunal de Braga condenou o antigo tesoureiro, Rui Sardinha, a cinco anos de "
        "prisão.\n\nDurante o julgamento, o arguido alegou que se tratava de empréstimos. Uma "
        "explicação que o coletivo considerou «totalmente inverosímil»." + _PT_MORE
    )
    (found,) = outcomes([(text, [("totalmente", None)])])
    assert found[2] != "uma explicação"


def test_negated_present_participle_after_a_quotation_is_no_speaker() -> None:
    # "« … », le service ne parvenant plus à garantir …": the reason the sentence gives
    text = (
        "La maternité de Saint-Armel fermera au printemps.\n\nDans un communiqué, l'agence "
        "explique que la décision a été prise « pour des raisons de sécurité », le service ne "
        "parvenant plus à garantir la présence de pédiatres." + _FR_MORE
    )
    (found,) = outcomes([(text, [("pour des raisons", None)])])
    assert found[2] is None or "parvenant" not in found[2]


# someone unnamed with a lower-case complement, a relative clause between commas, a verb with
# no speech and then a quotation whose verb has no subject: the description with its
# complement ("uma enfermeira do centro de saúde"), not its first two words
# (``unnamed.described_end``)
COMPLEMENTS: list[Case] = [
    (
        "A clínica de Vila Serena vai fechar em junho, anunciou a direção. O presidente da "
        "câmara, Leonel Cabrita, pediu uma reunião urgente.\n\n"
        "Uma enfermeira do centro de saúde, que pediu para não ser identificada, descreve "
        "outro cenário. «Trabalhamos duas noites seguidas sem descanso», afirma." + _PT_MORE,
        [("Trabalhamos duas", "uma enfermeira do centro de saúde")],
    ),
    (
        "La clinique de Saint-Armel fermera ses portes en juin. Le maire, Gaston Lefeuvre, a "
        "demandé une réunion.\n\n"
        "Un brancardier de nuit, qui a requis l'anonymat, décrit une autre réalité. « On "
        "court toute la nuit d'un étage à l'autre », affirme." + _FR_MORE,
        [("On court toute", "un brancardier de nuit")],
    ),
    (
        # guard: a complement that runs on into the verb, no comma closing it, is not kept
        "A clínica de Vila Serena vai fechar em junho, anunciou a direção. O presidente da "
        "câmara, Leonel Cabrita, pediu uma reunião urgente.\n\n"
        "Uma enfermeira do centro descreve outro cenário e pede mais apoio aos turnos da "
        "noite. «Trabalhamos duas noites seguidas sem descanso», afirma." + _PT_MORE,
        [("Trabalhamos duas", "uma enfermeira")],
    ),
]


@pytest.mark.parametrize("case", COMPLEMENTS, ids=lambda c: c[0][160:200])
def test_description_keeps_its_complement(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
