import pytest

from bot.errors import LanguageError
from bot.text.language import detect_language, language_code, resolve_language

PASSAGES = {
    "english": "The council said on Monday that the new bridge would open in the spring, and that it was on budget.",
    "german": "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird und das Budget einhält.",
    "french": "Le conseil a annoncé lundi que le nouveau pont serait ouvert au printemps et que le budget est respecté.",
    "spanish": "El consejo dijo el lunes que el nuevo puente se abrirá en la primavera y que no se ha superado el presupuesto.",
    "italian": "Il consiglio ha detto lunedì che il nuovo ponte sarà aperto in primavera e che il bilancio è stato rispettato.",
    "portuguese": "O conselho disse na segunda-feira que a nova ponte será aberta na primavera e que o orçamento não foi ultrapassado.",
    "dutch": "De gemeenteraad heeft maandag gezegd dat de nieuwe brug in het voorjaar open gaat en dat het budget niet wordt overschreden.",
    "chinese": "市议会星期一表示，新桥将在春天开通，而且没有超出预算。工程进展顺利。",
    "japanese": "市議会は月曜日、新しい橋が春に開通すると発表しました。予算内で進んでいます。",
    "russian": "Городской совет в понедельник заявил, что новый мост откроется весной и что это не выйдет за рамки бюджета.",
}


@pytest.mark.parametrize("language", sorted(PASSAGES))
def test_detects_each_language(language):
    assert detect_language(PASSAGES[language]) == language


def test_short_or_wordless_text_falls_back_to_default():
    assert detect_language("OK") == "english"
    assert detect_language("12 34 !!") == "english"
    assert detect_language("Hallo", default="german") == "german"


def test_unsupported_script_is_a_clear_error():
    with pytest.raises(LanguageError, match="isn't one I know"):
        detect_language("قال المجلس يوم الاثنين إن الجسر الجديد سيفتح في الربيع")


OTHER_PASSAGES = {
    "Indonesian or Malay": "Dewan kota mengatakan pada hari Senin bahwa jembatan yang baru akan dibuka pada musim semi dan tidak melebihi anggaran.",
    "Romanian": "Consiliul local a spus luni că noul pod se va deschide în primăvară și că nu este mai scump decât bugetul pentru care au fost aprobate lucrările.",
    "Turkish": "Belediye meclisi pazartesi günü yeni köprünün ilkbaharda açılacağını ve bütçenin de aşılmadığını söyledi, bu çok daha iyi bir haber.",
    "Catalan": "El consell va dir dilluns que el nou pont s'obrirà a la primavera i que no se supera el pressupost dels veïns amb les obres.",
    "Danish": "Byrådet sagde mandag, at den nye bro åbner til foråret, og at det ikke er over budgettet, som de har lovet.",
}


@pytest.mark.parametrize("name", sorted(OTHER_PASSAGES))
def test_a_language_we_recognise_but_cannot_summarize_gets_a_clear_message(name):
    with pytest.raises(LanguageError, match=f"looks like {name}, which I can't summarize"):
        detect_language(OTHER_PASSAGES[name])


def test_our_languages_are_not_mistaken_for_their_neighbours():
    swedish = "Kommunen sade på måndagen att den nya bron öppnar i vår och att budgeten inte har överskridits."
    assert detect_language(swedish) == "swedish"
    ukrainian = "Міська рада в понеділок заявила, що новий міст відкриється навесні і що бюджет не буде перевищено."
    assert detect_language(ukrainian) == "ukrainian"
    for language, passage in PASSAGES.items():
        assert detect_language(passage) == language


def test_resolve_language_codes_names_and_aliases():
    assert resolve_language("de") == "german"
    assert resolve_language("German") == "german"
    assert resolve_language("Deutsch") == "german"
    assert resolve_language("nl") == "dutch"
    assert resolve_language("ru") == resolve_language("Русский") == "russian"
    assert language_code("french") == "fr"
    with pytest.raises(LanguageError, match="Languages I know"):
        resolve_language("klingon")
