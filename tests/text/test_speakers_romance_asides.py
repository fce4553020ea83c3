"""Romance speech verbs with their subject after an adjunct or left out (invented passages):
"», ha detto durante la conferenza X", "Il segreto, spiega, è …: «…»", and Portuguese "a rir"
after a verb, which is a manner and no subject."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from bot.text.speakers.firstnames import FIRST_NAMES, name_gender
from tests.text.speaker_cases import FR_MORE, PT_MORE

_IT_MORE = (
    "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per controllare il quartiere, "
    "e la prefettura ha aperto un centro di accoglienza nella palestra comunale per le famiglie "
    "che non potevano rientrare a casa."
)
_ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias "
    "que no podían volver a sus casas."
)
_MORE = {"it": _IT_MORE, "es": _ES_MORE, "fr": FR_MORE, "pt": PT_MORE}


def _speakers(lang: str, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes("Titolo\n\n" + text + _MORE[lang])]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            "«Le macchine erano roba da grandi gruppi», ha detto durante la conferenza Carla "
            "Pellegatti, presidente dell'associazione degli artigiani.",
            "Carla Pellegatti",
        ),
        (
            "it",
            "«Il bilancio è in ordine», ha detto nel discorso di apertura Sergio Bellandi, "
            "tesoriere del circolo.",
            "Sergio Bellandi",
        ),
        (
            "es",
            "«Las máquinas eran cosa de grandes grupos», dijo en el discurso inaugural Lucía "
            "Ortega, presidenta de la asociación de talleres.",
            "Lucía Ortega",
        ),
        (
            "es",
            "«No habrá más retrasos», aseguró durante la visita a las obras Pablo Ferrer.",
            "Pablo Ferrer",
        ),
        (
            "fr",
            "« Les machines étaient réservées aux grands groupes », a déclaré dans son discours "
            "d'ouverture Valérie Ortin, présidente de l'association.",
            "Valérie Ortin",
        ),
    ],
)
def test_name_after_an_adjunct_is_the_subject(lang: str, text: str, speaker: str) -> None:
    assert _speakers(lang, text)[0] == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # a role noun before the name: the one spoken to
            "it",
            "Il consigliere Luca Ferri è intervenuto in aula. «Il bilancio è in ordine», ha "
            "detto durante la seduta al sindaco Anna Volpi.",
        ),
        (  # a preposition before the name: the name is governed, not the subject
            "es",
            "El concejal Luis Prado visitó las obras. «No habrá más retrasos», aseguró durante "
            "la visita de Marta Sanz.",
        ),
    ],
)
def test_governed_name_after_an_adjunct_is_not_the_subject(lang: str, text: str) -> None:
    got = _speakers(lang, text)[0]
    assert got not in ("Anna Volpi", "Marta Sanz")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            "Al banco dei formaggi c'era Elio Sartori, 70 anni, che stagiona forme dal 1979. Il "
            "segreto, spiega, è tutto nella cantina: «Se è troppo umida, la crosta marcisce». "
            "Poi aggiunge, ridendo: «O serve un buon nonno».",
            "Elio Sartori",
        ),
        (
            "es",
            "En la caseta del vino estaba Rosa Ibarra, de 64 años, que vendimia desde niña. El "
            "truco, dice, está en la paciencia: «Si corres, el mosto se estropea». Luego añade, "
            "riendo: «O hace falta una buena abuela».",
            "Rosa Ibarra",
        ),
        (
            "pt",
            "Na banca do mel estava o Rui Amaral, de 66 anos, que cria abelhas desde 1980. O "
            "truque, explica, está no fumo: «Se for demasiado, as abelhas fogem». Depois "
            "acrescenta, a rir: «Ou então é preciso um bom avô».",
            "Rui Amaral",
        ),
    ],
)
def test_verb_between_commas_with_its_subject_left_out(lang: str, text: str, speaker: str) -> None:
    # the verb between commas names no one; the one the paragraph is about says both, and
    # "a rir" after the Portuguese verb is its manner, never a speaker
    assert _speakers(lang, text) == [speaker, speaker]


def test_named_subject_before_the_commas_is_not_left_out() -> None:
    text = (
        "La sindaca Carla Neri, dice, è pronta: «Firmeremo domani». Il consigliere Paolo Riva "
        "ha votato contro."
    )
    assert _speakers("it", text)[0] != "Paolo Riva"


@pytest.mark.parametrize(
    ("word", "gender"), [("Lúcia", "f"), ("Lucia", "f"), ("Fábio", "m"), ("Fabio", "m")]
)
def test_first_name_with_or_without_its_accent(word: str, gender: str) -> None:
    # one name across languages: Portuguese "Lúcia" is Italian "Lucia", "Fabio" is "Fábio"
    assert word.lower() in FIRST_NAMES and name_gender(word) == gender


@pytest.mark.parametrize("word", ["said", "una", "the"])
def test_everyday_word_is_no_first_name_when_bare(word: str) -> None:
    # ("Saïd" and "Úna" are names; "said" and "una" without their accents are words)
    assert word not in FIRST_NAMES and name_gender(word) is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "fr",
            "La géographe Odile Ferrand est intervenue au conseil. Elle a dénoncé une « ville à "
            "deux vitesses ».\n\n« Les quartiers du nord attendent leur tram depuis dix ans. »",
            "Odile Ferrand",
        ),
        (
            "pt",
            "A economista Rita Valadares falou na assembleia. Ela criticou um «orçamento de "
            "fachada».\n\n«As freguesias do interior continuam à espera do dinheiro.»",
            "Rita Valadares",
        ),
    ],
)
def test_lone_paragraph_after_a_sentence_quoting_its_subject(
    lang: str, text: str, speaker: str
) -> None:
    # a phrase in marks inside the sentence before, after its subject, leaves that sentence
    # the person's: the paragraph that is only a quotation goes on with them
    assert _speakers(lang, text)[-1] == speaker


def test_lone_paragraph_after_another_speakers_quotation_is_not_forced() -> None:
    # (a whole quotation opening the sentence before is its own speaker's, not a subject's)
    text = (
        "Le chantier a pris du retard.\n\n« Nous tiendrons les délais », a assuré le maire, "
        "Paul Renaud.\n\nLa conseillère Anne Jolivet a dénoncé une « promesse en l'air ».\n\n"
        "« Rien n'a bougé depuis l'été. »"
    )
    assert _speakers("fr", text)[-1] in ("Anne Jolivet", None)


_PROFILE = {
    "es": "La concejala Lucía Bravo presentó ayer el plan de tráfico ante los vecinos del "
    "barrio de San Roque, que llevan dos años esperando un carril bici.\n\n",
    "it": "L'assessora Lucia Bassi ha presentato ieri il piano del traffico ai residenti del "
    "quartiere di San Rocco, che aspettano da due anni una pista ciclabile.\n\n",
    "fr": "L'adjointe Lucie Brava a présenté hier le plan de circulation aux riverains du "
    "quartier Saint-Roch, qui attendent une piste cyclable depuis deux ans.\n\n",
    "pt": "A vereadora Luísa Bravo apresentou ontem o plano de trânsito aos moradores do "
    "bairro de São Roque, que esperam há dois anos por uma ciclovia.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "line", "speaker"),
    [
        # a possessive and a noun of what is said: the possessor's words, not "Su"
        ("es", "Su mensaje fue claro: «Empezamos en marzo con las obras».", "Lucía Bravo"),
        ("it", "Le sue parole: «Partiamo a marzo con i cantieri».", "Lucia Bassi"),
        ("fr", "Son message est clair : « Nous commençons en mars. »", "Lucie Brava"),
        ("pt", "As suas palavras: «Começamos em março com as obras».", "Luísa Bravo"),
        # an object pronoun before the verb, its subject left out
        ("es", "Lo explica así: «Empezamos en marzo con las obras».", "Lucía Bravo"),
        ("it", "La spiega così: «Partiamo a marzo con i cantieri».", "Lucia Bassi"),
        # a verb whose subject is left out opening the paragraph: the one the paragraph
        # before is about
        ("es", "Y añade: «Empezamos en marzo con las obras».", "Lucía Bravo"),
        ("it", "E aggiunge: «Partiamo a marzo con i cantieri».", "Lucia Bassi"),
    ],
)
def test_colon_clause_with_no_subject_of_its_own(lang: str, line: str, speaker: str) -> None:
    assert _speakers(lang, _PROFILE[lang] + line) == [speaker]


def test_possessive_before_a_person_is_that_person() -> None:
    # (not a noun of what is said: "Su hijo" is the son, not the mother)
    text = _PROFILE["es"] + "Su hijo, Mario Bravo, fue claro: «Yo me mudo a la ciudad»."
    assert _speakers("es", text) == ["Mario Bravo"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "pt",
            "«Nunca vimos o rio tão baixo», contou ao PÚBLICO um agricultor da região.",
            "um agricultor da região",
        ),
        ("pt", "«Nunca vimos o rio tão baixo», contou ao JN uma vizinha.", "uma vizinha"),
        (
            "fr",
            "« On n'a jamais vu la rivière aussi basse », a confié à France Bleu une habitante.",
            "une habitante",
        ),
    ],
)
def test_someone_unnamed_after_the_medium_spoken_to(lang: str, text: str, speaker: str) -> None:
    lead = {
        "pt": "Os agricultores do vale do Sorraia dizem que a seca deste verão lhes custou "
        "metade da colheita. A câmara prometeu apoios de emergência, mas os produtores dizem "
        "que chegarão tarde demais.\n\n",
        "fr": "Les agriculteurs de la vallée de la Drôme disent que la sécheresse leur a coûté la "
        "moitié de la récolte cet été. Le département a promis une aide d'urgence, mais elle "
        "arrivera trop tard selon eux.\n\n",
    }[lang]
    assert _speakers(lang, lead + text) == [speaker]
