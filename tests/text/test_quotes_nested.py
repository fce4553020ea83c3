"""Quotations inside a quotation (``speakers.nested``): invented sentences, invented people."""

from __future__ import annotations

from bot.text.quotes import find_quotes


def _found(text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in find_quotes(text)}


def test_spanish_first_person_inner_words_are_the_speakers() -> None:
    text = (
        "El Atlético Sauces ganó el domingo por dos a uno.\n\n"
        "«Le dije al entrenador en el descanso: “Déjame jugar un rato más y marco”», contó "
        "el delantero Rubén Olmedo en la zona mixta. «Y al final marqué.»"
    )
    got = _found(text)
    assert got.get("Déjame jugar un rato más y marco") == "Rubén Olmedo"


def test_portuguese_first_person_inner_words() -> None:
    text = (
        "O Esporte Clube Pinhal venceu no sábado.\n\n"
        "“Eu falei para o treinador: ‘Pode me colocar que eu decido’. E decidi”, disse o "
        "atacante Caio Bezerra, de 19 anos."
    )
    assert _found(text).get("Pode me colocar que eu decido") == "Caio Bezerra"


def test_english_first_person_inner_words() -> None:
    text = (
        "A fire broke out in a bakery on Mill Road on Sunday morning.\n\n"
        "“I ran downstairs and I shouted, ‘Everybody out now!’ Nobody argued,” said Tom "
        "Harwell, 41, who lives above the shop."
    )
    assert _found(text).get("Everybody out now!") == "Tom Harwell"


def test_german_inner_words_of_someone_else_have_no_speaker() -> None:
    # Swiss marks: «…» with ‹…› inside; the doctor said them, not the speaker
    text = (
        "Der Unfall geschah am Samstag auf der Piste oberhalb von Wengen.\n\n"
        "«Als ich aufgewacht bin, hat die Ärztin gesagt: ‹Bleiben Sie ganz ruhig liegen.› "
        "Dann wusste ich, dass ich lebe», sagt Luca Imboden."
    )
    got = _found(text)
    assert "Bleiben Sie ganz ruhig liegen." in got
    assert got["Bleiben Sie ganz ruhig liegen."] is None


def test_french_inner_words_after_a_colon() -> None:
    text = (
        "Le village de Saint-Aubin a perdu son dernier boulanger en mars.\n\n"
        "« Les clients me disent : “Vous allez nous manquer.” Et puis ils vont au "
        "supermarché », soupire Marcel Rouvière."
    )
    got = _found(text)
    assert "Vous allez nous manquer." in got
    assert got["Vous allez nous manquer."] is None


def test_english_inner_words_of_others_stay_inside() -> None:
    # English news reads them as part of the quotation (no speaker named for them)
    text = (
        "The council met on Tuesday night.\n\n"
        "“He told me, ‘We will fix the roof by spring,’ and nothing happened,” said Ann Pike."
    )
    assert "We will fix the roof by spring," not in _found(text)


def test_hypothetical_and_scare_quotes_inside_are_not_quotations() -> None:
    text = (
        "The mayor spoke to reporters on Friday.\n\n"
        "“I would say, ‘Come and see for yourself,’ to anyone who doubts it,” said Ann Pike. "
        "“Les travaux dits ‘urgents’ n'avancent pas.”"
    )
    got = _found(text)
    assert "Come and see for yourself," not in got
    assert "urgents" not in got
