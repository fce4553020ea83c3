"""A sentence after a quotation that points back at it and names its speaker (invented
passages): "«…». Lo ha detto X.", "A dirlo è X", "Así lo explicó X", "Foi o que disse X",
"C'est ce qu'a déclaré X", "Parole de X"."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, PT_MORE

_HEAD = {
    "it": "Il consiglio comunale di Valdorno ha approvato ieri il nuovo piano del traffico. Il "
    "sindaco, Marco Ferrante, ha difeso il progetto davanti ai residenti.\n\n",
    "es": "El pleno de Montealto aprobó ayer el nuevo plan de tráfico. El alcalde, Marcos "
    "Ferrer, defendió el proyecto ante los vecinos.\n\n",
    "pt": "A assembleia municipal aprovou ontem o novo plano de trânsito. O presidente da "
    "câmara, Marcos Ferreira, defendeu o projeto perante os moradores.\n\n",
    "fr": "Le conseil municipal a approuvé hier le nouveau plan de circulation. Le maire, Marc "
    "Ferrand, a défendu le projet devant les riverains.\n\n",
}
_QUOTE = {
    "it": "«Partiamo a marzo con i primi cantieri nel centro storico».",
    "es": "«Empezamos en marzo con las primeras obras en el casco antiguo».",
    "pt": "«Começamos em março com as primeiras obras no centro histórico».",
    "fr": "« Nous commençons en mars avec les premiers chantiers du centre. »",
}
_MORE = {"it": "", "es": "", "pt": PT_MORE, "fr": FR_MORE}


def _speakers(lang: str, after: str, before: str = "") -> list[str | None]:
    text = "Titolo\n\n" + _HEAD[lang] + before + _QUOTE[lang] + after + _MORE[lang]
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        ("it", " Lo ha detto l'assessora Lucia Bassi."),
        ("it", " Lo ha spiegato ieri Lucia Bassi, assessora alla mobilità."),
        ("it", " A dirlo è l'assessora Lucia Bassi."),
        ("it", " Parola dell'assessora Lucia Bassi."),
        ("es", " Así lo explicó la concejala Lucía Bravo."),
        ("es", " Lo aseguró ayer Lucía Bravo, concejala de Movilidad."),
        ("es", " Palabra de la concejala Lucía Bravo."),
        ("pt", " Foi o que disse a vereadora Luísa Bravo."),
        ("pt", " Quem o diz é a vereadora Luísa Bravo."),
        ("pt", " Disse-o ontem Luísa Bravo, vereadora da Mobilidade."),
        ("fr", " C'est ce qu'a déclaré l'adjointe Lucie Brava."),
        ("fr", " Voilà ce qu'a répondu mardi Lucie Brava, adjointe aux mobilités."),
        ("fr", " Parole de l'adjointe Lucie Brava."),
    ],
)
def test_sentence_pointing_back_names_the_speaker(lang: str, after: str) -> None:
    name = after.split(",")[0].rstrip(".").split()[-2:]
    assert _speakers(lang, after) == [" ".join(name)]


@pytest.mark.parametrize(
    ("lang", "before", "after", "speaker"),
    [
        (  # the quotation has its own speaker before it: the next sentence is another's echo
            "it",
            "Il sindaco Marco Ferrante ha detto: ",
            " Lo ha ripetuto anche l'assessora Lucia Bassi.",
            "Marco Ferrante",
        ),
        (  # "lo" and a verb that is no saying
            "es",
            "",
            " Lo decidió el pleno con los votos de la mayoría.",
            None,
        ),
    ],
)
def test_no_pointer_back(lang: str, before: str, after: str, speaker: str | None) -> None:
    assert _speakers(lang, after, before)[0] == speaker


_SHORT = {
    "it": "«Il piano è pronto»",
    "es": "«El plan está listo»",
    "pt": "«O plano está pronto»",
    "fr": "« Le plan est prêt »",
}


def _short(lang: str, after: str) -> list[tuple[str, str | None]]:
    text = "Titolo\n\n" + _HEAD[lang] + _SHORT[lang] + after + _MORE[lang]
    return [(q.quote, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("lang", "after", "speaker"),
    [
        # a phrase after the comma that calls the quotation someone's words
        ("it", ", sono state le parole dell'assessora Lucia Bassi.", "Lucia Bassi"),
        ("it", ", è il commento dell'assessora Lucia Bassi.", "Lucia Bassi"),
        ("es", ", fueron las palabras de la concejala Lucía Bravo.", "Lucía Bravo"),
        ("pt", ", foram as palavras da vereadora Luísa Bravo.", "Luísa Bravo"),
        ("fr", ", ont été les mots de l'adjointe Lucie Brava.", "Lucie Brava"),
        # a speech verb right after the closing mark, with no comma
        ("es", " afirma Lucía Bravo.", "Lucía Bravo"),
        ("fr", " affirme Lucie Brava.", "Lucie Brava"),
        # the one spoken to before the verb, or joined on to it
        ("fr", ", lui a répondu Lucie Brava.", "Lucie Brava"),
        ("fr", ", nous a confié Lucie Brava.", "Lucie Brava"),
        ("fr", ", m'a expliqué Lucie Brava.", "Lucie Brava"),
        ("pt", ", respondeu-lhe Luísa Bravo.", "Luísa Bravo"),
    ],
)
def test_short_quotation_with_its_attribution(lang: str, after: str, speaker: str) -> None:
    # (a short quotation is kept only with an attribution: these shapes are one)
    assert [s for _, s in _short(lang, after)] == [speaker]


def test_label_before_a_verb_inside_a_sentence_stays_out() -> None:
    # a label in marks that is the verb's subject inside a sentence is nobody's words
    text = (
        'The trial resumed on Monday in Leeds.\n\nMr Lund said the "MI5 contact" told him '
        "the papers had been left in a café near the station, and that he never saw them."
    )
    assert [q.quote for q in find_quotes(text)] == []


_EN = (
    "The council approved the traffic plan on Tuesday. The mayor, Mark Ferris, defended the "
    "project in front of angry shopkeepers.\n\n“The plan is ready and we start work in March”"
)


@pytest.mark.parametrize(
    "after",
    [
        ". That was the message from Lucy Brand, who chairs the transport committee.",
        ". So said Lucy Brand, the transport chair.",
        ", was the verdict of Lucy Brand.",
    ],
)
def test_english_sentence_pointing_back_names_the_speaker(after: str) -> None:
    assert [q.speaker for q in find_quotes("Title\n\n" + _EN + after)] == ["Lucy Brand"]
