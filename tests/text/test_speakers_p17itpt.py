"""Italian and Portuguese attribution shapes found by probing (each passage invented).

A free relative is no speaker: "Foi o que disse o prefeito X:", "È quello che ha detto il
sindaco X:" name the subject after the verb, "Quem confirmou foi o diretor X:", "Chi lo
conferma è X:" the one after the copula. A rank between the commas before a name ("O
porta-voz da GNR, tenente-coronel Paulo X, explicou", "Segundo o comandante da PSP,
superintendente Carlos Y, «…»") leaves the name the speaker, and "Para a ministra da Saúde,
Ana Z, «…»" is Ana Z's, like "Segundo". A footballer's position is a role noun
("L'attaccante del Napoli, Romelu X,", "o zagueiro"), and a surname alone a role noun
introduces ("Il capitano della Nazionale, Donnarumma,", "O capitão da seleção, Marquinhos,")
is a person, the later "disse o capitão" theirs. A role and the place it serves ("Il sindaco
di Catania ha detto", "Secondo il sindaco di Catania, …") is the role's holder, never the
place.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import PT_MORE, Case, outcomes

IT_MORE = (
    "\n\nNel pomeriggio la prefettura ha convocato un tavolo con le associazioni di categoria "
    "e i rappresentanti dei comuni della provincia, che hanno chiesto risorse aggiuntive per "
    "la manutenzione delle strade e per il trasporto pubblico locale nei prossimi mesi."
)

CASES: list[Case] = [
    # a free relative before the verb: the subject after it
    (
        'Foi o que disse o prefeito do Rio, Eduardo Paes, durante a inauguração: "A cidade '
        'merece esse hospital".' + PT_MORE,
        [("A cidade merece", "Eduardo Paes")],
    ),
    (
        "É o que diz o presidente da associação, Mário Lopes, em declarações à Lusa: «O setor "
        "está a morrer»." + PT_MORE,
        [("O setor está", "Mário Lopes")],
    ),
    (
        "È quello che ha detto il sindaco di Bari, Vito Leccese, durante la cerimonia: «La "
        "città merita questo ospedale»." + IT_MORE,
        [("La città merita", "Vito Leccese")],
    ),
    # … or after the copula
    (
        'Quem confirmou foi o diretor clínico do hospital, o médico Carlos Andrade: "O '
        'paciente está fora de perigo".' + PT_MORE,
        [("O paciente está", "Carlos Andrade")],
    ),
    (
        "Chi lo conferma è il presidente della federazione, Gabriele Gravina: «La finale si "
        "giocherà a Roma»." + IT_MORE,
        [("La finale si", "Gabriele Gravina")],
    ),
    (
        "Quem disse isso foi o ministro: «Não haverá cortes no próximo ano»." + PT_MORE,
        [("Não haverá cortes", "o ministro")],
    ),
    # near misses: "que" is the subject of a relative, or no subject follows
    (
        'Um homem que assistiu ao acidente disse: "Foi horrível, nunca vi nada assim".' + PT_MORE,
        [("Foi horrível", "um homem")],
    ),
    (
        "O ministro repetiu o que disse ontem: «Não haverá cortes no próximo ano»." + PT_MORE,
        [("Não haverá cortes", "O ministro")],
    ),
    # a rank before the name in commas
    (
        "O porta-voz da GNR, tenente-coronel Paulo Gomes, explicou que «as buscas vão "
        "continuar durante a noite»." + PT_MORE,
        [("as buscas vão", "Paulo Gomes")],
    ),
    (
        "O comandante da GNR, coronel Paulo Gomes, explicou: «As buscas vão continuar»." + PT_MORE,
        [("As buscas vão", "Paulo Gomes")],
    ),
    (
        "Il comandante della Guardia di Finanza, tenente colonnello Paolo Gomes, ha spiegato "
        "che «le ricerche continueranno»." + IT_MORE,
        [("le ricerche", "Paolo Gomes")],
    ),
    (
        "Segundo o comandante distrital da PSP, intendente Carlos Silva, «a situação está "
        "controlada»." + PT_MORE,
        [("a situação está", "Carlos Silva")],
    ),
    # "Para" like "Segundo": the name in commas after the role
    (
        "Para a ministra da Saúde, Ana Paula Martins, «o serviço nacional de saúde precisa de "
        "mais médicos»." + PT_MORE,
        [("o serviço nacional", "Ana Paula Martins")],
    ),
    (
        "Para o ministro da Saúde, Lisboa e Porto, «têm de ter mais médicos já este ano»."
        + PT_MORE,
        [("têm de ter", "o ministro da Saúde")],
    ),
    # a player's position, a surname alone after a role noun
    (
        "L'attaccante del Napoli, Romelu Lukaku, ha detto che «il gruppo è unito»." + IT_MORE,
        [("il gruppo è unito", "Romelu Lukaku")],
    ),
    (
        "Il capitano della Nazionale, Donnarumma, ha detto che «il gruppo è unito»." + IT_MORE,
        [("il gruppo è unito", "Donnarumma")],
    ),
    (
        'O capitão da seleção, Marquinhos, falou após a derrota. "Pedimos desculpas à '
        'torcida", disse o capitão. "Não estivemos à altura".' + PT_MORE,
        [("Pedimos desculpas", "Marquinhos"), ("Não estivemos", "Marquinhos")],
    ),
    (
        'O zagueiro Marquinhos falou após o jogo. "O grupo está unido", disse o jogador.' + PT_MORE,
        [("O grupo está unido", "Marquinhos")],
    ),
    # a role noun and the place it serves: the role's holder, not the place
    (
        "Il sindaco di Catania ha detto che «il gruppo agiva con modalità mafiose» e che la "
        "città farà la sua parte." + IT_MORE,
        [("il gruppo agiva", "Il sindaco di Catania")],
    ),
    (
        "Il sindaco di Catania, Enzo Bianco, ha parlato ieri in consiglio comunale. Il sindaco di "
        "Catania ha poi detto che «il gruppo agiva con modalità mafiose»." + IT_MORE,
        [("il gruppo agiva", "Enzo Bianco")],
    ),
    (
        "Secondo il sindaco di Catania, il gruppo «agiva con modalità mafiose» da anni." + IT_MORE,
        [("agiva con modalità", "il sindaco di Catania")],
    ),
    (
        "Segundo os médicos do hospital de Braga, o doente «está estável» e deve ter alta em "
        "breve." + PT_MORE,
        [("está estável", "os médicos do hospital de Braga")],
    ),
    # near miss: a document of a body, not a role: the body
    (
        "As obras foram entregues a um empresário, de quem o autarca era, segundo a acusação "
        "do Ministério Público, «amigo de longa data»." + PT_MORE,
        [("amigo de longa", "Ministério Público")],
    ),
    # near miss: a role and its body before a full name in commas, unchanged
    (
        "O presidente do Benfica, Rui Costa, disse que «a equipa está bem preparada»." + PT_MORE,
        [("a equipa está", "Rui Costa")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_p17itpt_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
