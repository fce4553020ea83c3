"""French, Spanish, Italian and Portuguese wire-dispatch shapes, with near misses. Someone
unnamed opening a clause after a fronted adjunct ("Na segunda-feira, um pescador disse que …")
is its subject, not the person named before; a Romance preposition opening a sentence ("Em
nota, …") is no one's name; a spokesperson of a body named by its kind only ("um porta-voz da
marinha afirmou que …") speaks as written; a possessive role with a lower-case adjunct and the
name in commas ("a souligné sa représentante sur place, Ana X,") is that person; a second role
with a nationality before the name ("le médiateur, l'ancien président tarbien Paul X") gives
the name; a news agency described before its acronym ("l'agence de presse officielle X TNA")
is shown by the acronym; a place in a description ("un diplomate en poste à Velmont, qui …")
is no name in apposition; a Spanish connective ("Sin embargo, un asesor, que …, reconoció")
and an Italian adjunct before an unnamed subject ("ha commentato a margine dei lavori un
diplomatico di …") leave the description. All passages are invented for these tests."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes
from tests.text.test_speakers_session17 import ES_MORE, IT_MORE

CASES: list[Case] = [
    # 1. someone unnamed after a fronted adjunct is the subject (not the person before)
    (
        "O enviado, Paulo Reis, disse que as conversas foram “longas”.\n\n"
        "Na segunda-feira, um pescador disse que o mar estava “bravo” naquela semana." + PT_MORE,
        # (the fisherman's word, by his description: ``descriptions``)
        [("longas", "Paulo Reis"), ("bravo", "um pescador")],
    ),
    (
        "O enviado, Paulo Reis, disse que as conversas foram “longas”.\n\n"
        "Em nota, um porta-voz afirmou que os marinheiros foram soltos “por razões "
        "humanitárias”." + PT_MORE,
        [("por razões humanitárias", None)],
    ),
    # near miss (kept): no subject after the adjunct, the person named before goes on
    (
        "O enviado, Paulo Reis, disse que as conversas foram “longas”.\n\n"
        "À saída, limitou-se a dizer que o acordo é “bom para todos”." + PT_MORE,
        [("bom para todos", "Paulo Reis")],
    ),
    # 2. a preposition opening a sentence is no name
    (
        "O ministro falou na segunda-feira. Em nota, a ministra afirmou que os marinheiros "
        "foram soltos “por razões humanitárias”." + PT_MORE,
        [("por razões humanitárias", "a ministra")],
    ),
    # 3. a spokesperson of a body by its kind, as written
    (
        "O ministro falou na segunda-feira. Citado pela agência estatal TNA, um porta-voz da "
        "guarda costeira afirmou que os marinheiros foram soltos “por razões humanitárias”, "
        "insistindo que o navio entrou “em águas territoriais” de Tarbia." + PT_MORE,
        [
            ("por razões humanitárias", "um porta-voz da guarda costeira"),
            ("em águas territoriais", "um porta-voz da guarda costeira"),
        ],
    ),
    (
        "Le ministre a parlé lundi. Un porte-parole de la marine a affirmé que les marins "
        "avaient été libérés « pour des raisons humanitaires »." + FR_MORE,
        [("pour des raisons humanitaires", "un porte-parole de la marine")],
    ),
    # near miss (kept): a spokesperson alone, no body after it, is no one as written
    (
        "Le ministre a parlé lundi. Un porte-parole a affirmé : « Les marins sont libres. »"
        + FR_MORE,
        [("Les marins sont libres", None)],
    ),
    # an unnamed Portuguese subject other than a spokesperson, no colon: theirs, by the
    # description (``descriptions``), never the minister
    (
        "O ministro falou na segunda-feira. Um pescador afirmou que os marinheiros foram "
        "soltos “por razões humanitárias”." + PT_MORE,
        [("por razões humanitárias", "um pescador")],
    ),
    # 4. a possessive role, a lower-case adjunct, the name in commas
    (
        "Le Bureau régional aux réfugiés (BRR) estime que 3000 personnes sont parties. « Chaque "
        "jour compte », a souligné sa représentante sur place, Marta Lindqvist, en rappelant "
        "que les camions attendaient." + FR_MORE,
        [("Chaque jour compte", "Marta Lindqvist")],
    ),
    (
        "El Bureau Regional (BRR) estima que 3000 personas se fueron. «Cada día cuenta», "
        "subrayó su representante en el terreno, Marta Lindqvist." + ES_MORE,
        [("Cada día cuenta", "Marta Lindqvist")],
    ),
    (
        "O Gabinete Regional (GRR) estima que 3000 pessoas saíram. “Cada dia conta”, sublinhou "
        "a sua porta-voz no terreno, Rita Lopes." + PT_MORE,
        [("Cada dia conta", "Rita Lopes")],
    ),
    # near miss (kept): no name after the possessive role
    (
        "Le Bureau régional aux réfugiés (BRR) estime que 3000 personnes sont parties. « Chaque "
        "jour compte », a souligné sa représentante." + FR_MORE,
        [("Chaque jour compte", "sa représentante")],
    ),
    # 5. a second role with a nationality adjective before the name
    (
        "Les deux camps ont accepté samedi une trêve, a annoncé le médiateur.\n\n« Ce n'est pas "
        "la paix », a déclaré ce médiateur, l'ancien président tarbien Paul-Henri Dorin." + FR_MORE,
        [("Ce n'est pas la paix", "Paul-Henri Dorin")],
    ),
    (
        "Las dos partes aceptaron el sábado una tregua, anunció el mediador.\n\n«No es todavía "
        "la paz», dijo el mediador, el antiguo presidente tarbiense Pablo Ruiz." + ES_MORE,
        [("No es todavía la paz", "Pablo Ruiz")],
    ),
    (
        "Le due parti hanno accettato sabato una tregua, ha annunciato il mediatore.\n\n«Non è "
        "ancora la pace», ha detto il mediatore, l'ex presidente tarbiano Paolo Rossi." + IT_MORE,
        [("Non è ancora la pace", "Paolo Rossi")],
    ),
    # near miss (kept): a relative clause naming another person is no apposition
    (
        "Les deux camps ont accepté samedi une trêve, a annoncé le médiateur.\n\n« Ce n'est pas "
        "la paix », a déclaré le médiateur, qui a parlé avec Paul Dorin." + FR_MORE,
        [("Ce n'est pas la paix", "le médiateur")],
    ),
    (
        "O candidato da oposição Carlos Mota venceu as eleições, anunciou hoje a comissão.\n\n"
        "“Esta vitória é de todos”, afirmou Mota, num discurso.\n\nO candidato do PRT, o antigo "
        "primeiro-ministro Júlio Fontes, aceitou a derrota e pediu aos militantes “calma e "
        "respeito”." + PT_MORE,
        [("Esta vitória é de todos", "Carlos Mota"), ("calma e respeito", "Júlio Fontes")],
    ),
    # 6. someone unnamed described with the town where they serve, then a relative clause
    (
        "VELMONT, 3 mai – La Tarbie a rappelé jeudi son ambassadeur en République de Sorane, a "
        "annoncé le ministère.\n\nUn diplomate européen en poste à Velmont, qui a requis "
        "l'anonymat, nuance cette analyse. « C'est une crise de faible intensité », confie-t-il."
        + FR_MORE,
        [("C'est une crise de faible intensité", "un diplomate européen en poste à Velmont")],
    ),
    # near miss (kept): a name in commas after the description is the speaker
    (
        "La Tarbie a rappelé jeudi son ambassadeur, a annoncé le ministère.\n\nUn habitant de "
        "Vernoux, Marc Dubois, s'emporte : « C'est une honte. »" + FR_MORE,
        [("C'est une honte", "Marc Dubois")],
    ),
    # 7. Spanish: a connective, then someone unnamed with a relative clause about them
    (
        "El ministro habló el lunes con la prensa.\n\nSin embargo, un asesor del ministro, que "
        "pidió el anonimato, reconoció que la derrota fue “un golpe duro” para el partido."
        + ES_MORE,
        [("un golpe duro", "un asesor del ministro")],
    ),
    # near miss (kept): a document after the connective is no one
    (
        "El ministro habló el lunes con la prensa.\n\nSin embargo, un informe del ministerio, "
        "que circuló el martes, señaló que la derrota fue “un golpe duro” para el partido."
        + ES_MORE,
        [("un golpe duro", None)],
    ),
    # 8. Italian: an adjunct after the verb, then someone unnamed, as written
    (
        "Il ministro ha parlato lunedì con la stampa.\n\n«Ognuno è venuto qui con la sua "
        "idea», ha commentato a margine dei lavori un diplomatico di uno dei Paesi vicini."
        + IT_MORE,
        [("Ognuno è venuto qui", "un diplomatico di uno dei Paesi vicini")],
    ),
    # near miss (kept): the article opens the adjunct's own object, no one
    (
        "Il ministro Marco Bini ha parlato lunedì con la stampa.\n\nSulla porta del municipio "
        "un cartello scritto a mano su una tavoletta dice «Chiuso per lutto»." + IT_MORE,
        [("Chiuso per lutto", None)],
    ),
    # 9. a role after a fronted phrase, then a name no first-name list holds, in commas
    (
        "La Tarbie a rappelé son ambassadeur jeudi.\n\nDans un entretien publié vendredi, "
        "l'ancien ambassadeur de Tarbie à Velmont, Radu Pelin, a toutefois qualifié la dispute "
        "de « plus grave depuis vingt ans »." + FR_MORE,
        [("plus grave depuis vingt ans", "Radu Pelin")],
    ),
    # near miss (kept): a single capitalized word in commas is no name given
    (
        "La Tarbie a rappelé son ambassadeur jeudi.\n\nDans un entretien publié vendredi, la "
        "mairie de Velmont, Tarbie, a qualifié la dispute de « plus grave depuis vingt ans »."
        + FR_MORE,
        [("plus grave depuis vingt ans", "mairie de Velmont")],
    ),
    # 10. a news agency described before its acronym
    (
        "Le gouvernement a rappelé son ambassadeur lundi. Selon l'agence de presse officielle "
        "tarbienne TNA, les deux hommes auraient cherché « des documents secrets » sur le port."
        + FR_MORE,
        [("des documents secrets", "TNA")],
    ),
    (
        "Il governo ha richiamato l'ambasciatore lunedì. «È stato un errore grave», ha riferito "
        "l'agenzia di stampa governativa TNA." + IT_MORE,
        [("È stato un errore grave", "TNA")],
    ),
    # near miss (kept): an agency whose name is no acronym
    (
        "Le gouvernement a rappelé son ambassadeur lundi. « C'était une erreur », a indiqué "
        "l'agence France Infos." + FR_MORE,
        [("C'était une erreur", "agence France Infos")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_wire_shapes_romance(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
