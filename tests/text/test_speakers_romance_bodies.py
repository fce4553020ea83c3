"""Speakers on short invented French, Portuguese, Spanish and Italian passages where a body
named in full is then called by its kind ("l'agence", "o instituto", "el ministerio", "la
compagnia", "l'entreprise"): the full name, in all four languages, by one mechanism
(``orgs.body_by_kind``), and a business a Spanish text introduces by its trade ("el holding de
supermercados X", "la textil Y"). Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # French: "l'agence" after "L'Agence … Vallée-Blanche", a person named between
        "L'Agence régionale de l'eau Vallée-Blanche a annoncé lundi de nouvelles restrictions "
        "pour les communes du plateau. Le maire de Vernoux, Gilles Arnaudet, a regretté une "
        "décision tardive.\n\n"
        "« Les nappes sont au plus bas depuis vingt ans et la situation va durer », précise "
        "l'agence dans un communiqué.",
        [("Les nappes sont", "Agence régionale de l'eau Vallée-Blanche")],
    ),
    (
        # Portuguese: "o instituto" after "O Instituto de Hidrografia e Costas"
        "O Instituto de Hidrografia e Costas emitiu ontem um aviso amarelo para toda a orla "
        "do distrito. O presidente da junta, Abílio Correia Franco, pediu calma aos "
        "moradores da praia.\n\n"
        "«A ondulação pode chegar aos seis metros durante a madrugada de sábado», alertou o "
        "instituto.",
        [("A ondulação pode", "Instituto de Hidrografia e Costas")],
    ),
    (
        # Spanish: "el ministerio" after "El Ministerio de Transportes y Movilidad Rural"
        "El Ministerio de Transportes y Movilidad Rural publicó el jueves el calendario de "
        "las obras en la línea. La alcaldesa de Valdeoscuro, Inmaculada Herrán, pidió más "
        "trenes durante los cortes.\n\n"
        "«Los autobuses sustituirán a los trenes durante las cuatro semanas de obras», "
        "indicó el ministerio en una nota.",
        [("Los autobuses sustituirán", "Ministerio de Transportes y Movilidad Rural")],
    ),
    (
        # Italian: "la compagnia" after "La Compagnia di Navigazione del Golfo"
        "La Compagnia di Navigazione del Golfo ha sospeso ieri tutte le corse per le isole a "
        "causa del vento. Il sindaco di Portovecchio, Ernesto Balzani, ha chiesto un "
        "servizio di emergenza.\n\n"
        "«Le corse riprenderanno appena il mare lo consentirà», ha spiegato la compagnia.",
        [("Le corse riprenderanno", "Compagnia di Navigazione del Golfo")],
    ),
    (
        # a business noun: the company named before, not a union named after it
        "Durandal SA a annoncé mardi la fermeture de son atelier de Saint-Préjet. Le Syndicat "
        "des métallurgistes du Haut-Allier a dénoncé une décision brutale.\n\n"
        "« Un plan de reclassement sera proposé à chaque salarié concerné », a précisé "
        "l'entreprise.",
        [("Un plan de reclassement", "Durandal SA")],
    ),
    (
        # Spanish: a business by its trade ("el holding de supermercados X", "la textil Y")
        # names a company, which "la compañía" / "la firma" stand for later
        "El holding de supermercados Valtierra informó el martes una caída de sus "
        "ventas del 6% en el último trimestre por la competencia de las tiendas de "
        "descuento. El sindicato de trabajadores de la cadena pidió una reunión urgente "
        "con el directorio.\n\n"
        "En un comunicado, la compañía atribuyó el resultado a “una temporada de lluvias "
        "excepcional” en las regiones del centro del país.",
        [("una temporada de", "Valtierra")],
    ),
    (
        "La textil Ferrari Lanús anunció ayer el cierre de su planta de Avellaneda, donde "
        "trabajaban 95 personas desde hacía más de tres décadas. Los trabajadores se "
        "enteraron por telegrama y hoy se concentran frente al portón.\n\n"
        "En un comunicado, la firma sostuvo que “no quedaba otra alternativa” para "
        "sostener la empresa.",
        [("no quedaba otra", "Ferrari Lanús")],
    ),
    (
        # a kind of body the text never named in full: no speaker rather than the union
        "Le Syndicat des métallurgistes du Haut-Allier a dénoncé mardi une décision brutale "
        "prise sans concertation avec les salariés.\n\n"
        "« Nous étudions encore le dossier avec attention », a indiqué l'agence.",
        [("Nous étudions encore", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_body_by_kind_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
