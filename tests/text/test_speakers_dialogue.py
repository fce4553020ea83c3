"""Dialogue set off by dashes (``speakers.dashes``): lines with no verb after them are words said,
the exchange goes on turn by turn, and a dash list in a text with no such dialogue is no one's
words. Invented passages."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes

_ES_LEAD = (
    "Ensayo en el teatro del barrio\n\nLa compañía ensaya desde las diez de la mañana en la sala "
    "de la calle Moreno, y la directora no piensa parar hasta que todo salga bien.\n\n"
)


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


def test_a_line_with_no_verb_is_the_other_partys_turn() -> None:
    text = _ES_LEAD + (
        "—Otra vez desde arriba —pide la directora, Laura Peñalba, desde la platea.\n\n"
        "—¿Desde arriba del todo? —pregunta el actor Tomás Ribeiro.\n\n"
        "—Sí, Tomás. Desde arriba del todo.\n\n"
        "—Pero ya lo hice tres veces.\n\n"
        "El actor suspira y vuelve a empezar."
    )
    assert _said(text) == [
        ("Otra vez desde arriba", "Laura Peñalba"),
        ("¿Desde arriba del todo?", "Tomás Ribeiro"),
        ("Sí, Tomás. Desde arriba del todo.", "Laura Peñalba"),
        ("Pero ya lo hice tres veces.", "Tomás Ribeiro"),
    ]


def test_a_line_with_its_own_verb_keeps_its_speaker() -> None:
    text = _ES_LEAD + (
        "—Otra vez desde arriba —pide la directora, Laura Peñalba.\n\n"
        "—¿Desde arriba? —pregunta el actor Tomás Ribeiro.\n\n"
        "—Pero ya lo hice tres veces —insiste Ribeiro.\n\n"
        "La directora no contesta."
    )
    assert [s for _, s in _said(text)] == ["Laura Peñalba", "Tomás Ribeiro", "Tomás Ribeiro"]


def test_a_second_line_after_one_speaker_goes_on_with_them() -> None:
    text = _ES_LEAD + (
        "La directora, Laura Peñalba, lleva treinta años en la compañía.\n\n"
        "—Empecé barriendo el escenario —cuenta.\n\n"
        "—Después vinieron los papeles pequeños, y un día me dieron la obra entera.\n\n"
        "Hoy dirige su décimo montaje."
    )
    assert _said(text) == [
        ("Empecé barriendo el escenario", "Laura Peñalba"),
        (
            "Después vinieron los papeles pequeños, y un día me dieron la obra entera.",
            "Laura Peñalba",
        ),
    ]


def test_a_line_after_a_paragraph_about_someone_is_theirs() -> None:
    text = (
        "Biblioteca sobre rodas\n\nO motorista Custódio Mavie transformou o seu autocarro numa "
        "biblioteca ambulante que percorre os bairros da periferia todos os dias.\n\n"
        "— Os miúdos entram, escolhem um livro e devolvem-no na viagem seguinte — explica.\n\n"
        "A ajudante, Rosália Tembe, de 31 anos, arruma as prateleiras no fim de cada viagem e "
        "conhece os gostos de todos os passageiros habituais.\n\n"
        "— Aquela senhora de chapéu só lê romances de amor. Guardo-lhe sempre os novos.\n\n"
        "O projeto recebeu no ano passado um prémio municipal."
    )
    assert [s for _, s in _said(text)] == ["Custódio Mavie", "Rosália Tembe"]


def test_a_question_mark_then_the_verb_closes_the_words() -> None:
    text = (
        "Répétition au théâtre\n\nLa troupe répète depuis dix heures du matin dans la salle de "
        "la rue Haute, et la réalisatrice ne compte pas s'arrêter avant que tout soit prêt.\n\n"
        "— On reprend depuis le début, a dit la réalisatrice Claire Dumont.\n\n"
        "— Depuis le tout début ? a demandé le comédien Paul Garnier.\n\n"
        "— Oui, Paul. Depuis le tout début.\n\n"
        "Le comédien soupire et reprend sa place."
    )
    assert _said(text) == [
        ("On reprend depuis le début", "Claire Dumont"),
        ("Depuis le tout début ?", "Paul Garnier"),
        ("Oui, Paul. Depuis le tout début.", "Claire Dumont"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        "— Mais de trezentas famílias desalojadas.\n\n— Duas pontes destruídas.",
        "— Más de trescientas familias desalojadas.\n\n— Dos puentes destruidos.",
    ],
)
def test_a_dash_list_without_dialogue_is_no_ones_words(items: str) -> None:
    text = (
        "Balanço das cheias\n\nAs chuvas dos últimos dias deixaram um rasto de destruição no "
        "vale, segundo o balanço divulgado ontem pela proteção civil.\n\n" + items + "\n\n"
        "As equipas de socorro continuam no terreno."
    )
    assert find_quotes(text) == []


_ES_PLANT = (
    "Cierre de la fábrica textil\n\nFrente al portón de la calle Sarmiento, un grupo de "
    "operarios mantenía una olla popular encendida desde la madrugada.\n\n"
)


def test_the_words_go_on_after_the_attribution() -> None:
    text = _ES_PLANT + (
        "—Llegué a las seis como siempre y el portón estaba cerrado —contó Ramón Ledesma, de 48 "
        "años—. Nadie nos avisó nada. Ni el gerente apareció.\n\n"
        "A su lado, Elvira Sosa, delegada gremial, repartía mate.\n\n"
        "—Acá hay familias enteras trabajando juntas —dijo—. No vamos a aflojar.\n\n"
        "—Vamos a seguir acá todo el tiempo que haga falta —aseguró Ledesma—, aunque nos saquen "
        "con la policía.\n\nLa empresa no respondió."
    )
    assert _said(text) == [
        ("Llegué a las seis como siempre y el portón estaba cerrado", "Ramón Ledesma"),
        ("Nadie nos avisó nada. Ni el gerente apareció.", "Ramón Ledesma"),
        ("Acá hay familias enteras trabajando juntas", "Elvira Sosa"),
        ("No vamos a aflojar.", "Elvira Sosa"),
        ("Vamos a seguir acá todo el tiempo que haga falta", "Ramón Ledesma"),
        ("aunque nos saquen con la policía.", "Ramón Ledesma"),
    ]


def test_the_words_go_on_after_a_full_stop_and_a_dash() -> None:
    text = (
        "Golpe do leilão falso\n\nA polícia desmantelou uma quadrilha que vendia carros em "
        "leilões falsos na internet, segundo a delegada Cláudia Ferraz.\n\n"
        "— O dinheiro passava por várias contas no mesmo dia — explicou a delegada. — Quando a "
        "vítima percebia o golpe, ele já tinha sumido.\n\nA investigação continua."
    )
    assert _said(text) == [
        ("O dinheiro passava por várias contas no mesmo dia", "Cláudia Ferraz"),
        ("Quando a vítima percebia o golpe, ele já tinha sumido.", "Cláudia Ferraz"),
    ]
