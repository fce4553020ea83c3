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
        "—¿Otra vez?\n\n"
        "El actor suspira y vuelve a empezar."
    )
    assert _said(text) == [
        ("Otra vez desde arriba", "Laura Peñalba"),
        ("¿Desde arriba del todo?", "Tomás Ribeiro"),
        ("Sí, Tomás. Desde arriba del todo.", "Laura Peñalba"),
        ("¿Otra vez?", "Tomás Ribeiro"),
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
        "— Aquela senhora de chapéu só lê romances de amor. Eu guardo-lhe sempre os novos.\n\n"
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


def test_a_comma_inside_the_words_is_passed_over() -> None:
    text = (
        "Un club de boxe au cœur du quartier\n\nDans une ancienne usine de la rue des Forges, le "
        "club accueille chaque soir une trentaine de jeunes, garçons et filles, de 12 à 20 ans.\n\n"
        "— Ici, personne ne juge personne, explique l'entraîneur, Karim Benali, 52 ans.\n\n"
        "— La boxe m'a appris la patience, assure Inès Morel, 17 ans.\n\n"
        "— Sans le club, je serais dehors, dit son frère Yanis.\n\n"
        "La mairie a promis de rénover la salle l'an prochain."
    )
    assert _said(text) == [
        ("Ici, personne ne juge personne", "Karim Benali"),
        ("La boxe m'a appris la patience", "Inès Morel"),
        ("Sans le club, je serais dehors", "Yanis"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a list after a colon
        "Sus prioridades para el primer año:\n\n—Un plan de vivienda para estudiantes.\n\n"
        "—Más becas de transporte.",
        # a credit at the end
        "La rectora se despidió de los periodistas en la puerta del edificio.\n\n"
        "—Fotografías de Andrés Molina.",
        # a sub-heading without a stop
        "La rectora se despidió de los periodistas en la puerta del edificio.\n\n"
        "—El futuro del campus\n\nLas obras empezarán en marzo.",
    ],
)
def test_dash_lines_that_are_no_dialogue_beside_dialogue(lines: str) -> None:
    text = (
        "Nueva rectora en la universidad\n\nLa catedrática Elena Arbós tomó posesión ayer como "
        "rectora de la universidad, la primera mujer en el cargo en sus cien años de historia.\n\n"
        "—La universidad tiene que abrirse a la ciudad —dijo Arbós en su discurso.\n\n" + lines
    )
    assert _said(text) == [("La universidad tiene que abrirse a la ciudad", "Elena Arbós")]


def test_an_interviewers_questions_are_no_ones_and_the_answers_the_guests() -> None:
    text = (
        "La violinista del puerto\n\nRosa Elgueta creció entre redes y barcas en el puerto de "
        "Coquimbo y hoy toca en las grandes salas de Europa.\n\n"
        "—Yo no elegí la música —dice Elgueta—, la música me eligió a mí.\n\n"
        "—¿Y su familia qué decía?\n\n"
        "—Mi padre era pescador. Nunca entendió nada, pero me compró el primer violín.\n\n"
        "—¿Se arrepiente de algo?\n\n"
        "—De no haber aprendido a cocinar.\n\n"
        "Su próximo concierto será en Valparaíso."
    )
    assert [s for _, s in _said(text)] == [
        "Rosa Elgueta",
        "Rosa Elgueta",
        None,
        "Rosa Elgueta",
        None,
        "Rosa Elgueta",
    ]


def test_an_aside_after_the_attribution_is_no_words_said() -> None:
    text = (
        "Moradores protestam contra despejo\n\nCerca de duzentas famílias ocuparam nesta manhã a "
        "frente da prefeitura para protestar contra a ordem de despejo de um terreno.\n\n"
        "— Não saio daqui — disse Joana Reis — que mora no terreno desde 2012 — diante dos "
        "jornalistas.\n\nA reunião terminou sem acordo."
    )
    assert _said(text) == [("Não saio daqui", "Joana Reis")]


def test_two_speakers_in_one_paragraph_keep_their_own_verbs() -> None:
    text = (
        "Moradores protestam contra despejo\n\nCerca de duzentas famílias ocuparam nesta manhã a "
        "frente da prefeitura para protestar contra a ordem de despejo de um terreno.\n\n"
        "— Para onde vamos? — perguntou a moradora Joana Reis. — A prefeitura vai oferecer "
        "aluguel social — respondeu o secretário de Habitação, Paulo Mendes.\n\n"
        "A reunião terminou sem acordo."
    )
    assert _said(text) == [
        ("Para onde vamos?", "Joana Reis"),
        ("A prefeitura vai oferecer aluguel social", "Paulo Mendes"),
    ]


def test_an_interview_after_a_colon_gives_the_answers_to_the_one_asked() -> None:
    # an interview printed as bare dash lines after the paragraph that introduces it: questions
    # and answers alternate, so the lines are words said even after the colon
    text = _ES_LEAD + (
        "La directora, Laura Peñalba, respondió en el pasillo a las preguntas de este diario:\n\n"
        "—¿Llegarán al estreno?\n\n"
        "—No lo sé todavía. Faltan dos semanas y el decorado no está terminado.\n\n"
        "—¿Y si no llegan?\n\n"
        "—Entonces estrenaremos sin decorado. El público lo entenderá.\n\n"
        "La obra se estrena el día 14."
    )
    assert _said(text) == [
        ("¿Llegarán al estreno?", None),
        ("No lo sé todavía. Faltan dos semanas y el decorado no está terminado.", "Laura Peñalba"),
        ("¿Y si no llegan?", None),
        ("Entonces estrenaremos sin decorado. El público lo entenderá.", "Laura Peñalba"),
    ]


def test_a_list_after_a_colon_that_asks_nothing_is_no_interview() -> None:
    text = _ES_LEAD + (
        "La directora, Laura Peñalba, dejó tres tareas para la semana:\n\n"
        "—Terminar el decorado del segundo acto.\n\n"
        "—Revisar las luces de la sala.\n\n"
        "—Imprimir los programas.\n\n"
        "La obra se estrena el día 14."
    )
    assert _said(text) == []


@pytest.mark.parametrize(
    "intro",
    [
        # a page's own questions and answers
        "Estas son las claves de la reforma:",
        # the one the paragraph names asks
        "El concejal Pedro Ruiz preguntó a la directora durante el pleno:",
    ],
)
def test_questions_and_answers_that_are_no_ones_interview(intro: str) -> None:
    text = _ES_LEAD + (
        intro + "\n\n—¿Cuándo abrirá la sala?\n\n—En junio del año que viene.\n\n"
        "—¿Cuánto costará la entrada?\n\n—Tres euros para los vecinos.\n\nLa obra se estrena el día 14."
    )
    assert _said(text) == []


def test_a_line_after_a_colon_opens_an_exchange_with_attributed_lines() -> None:
    # no list: the lines after it have their own verbs of saying
    text = _ES_LEAD + (
        "La directora, Laura Peñalba, reunió al elenco antes del ensayo general:\n\n"
        "—Quiero que esta noche salga todo perfecto.\n\n"
        "—¡Siempre dices lo mismo! —gritó una voz desde el fondo.\n\n"
        "—Y siempre lo digo en serio —contestó la directora.\n\n"
        "La obra se estrena el día 14."
    )
    assert _said(text)[0] == ("Quiero que esta noche salga todo perfecto.", "Laura Peñalba")
