"""Romance shapes from briefings and fast news (invented passages): a crowd's chant, a title
and a legal charge in marks are no one's speech; a neighbourhood named after a person is no
"she"; a conjunction opening the sentence is no part of the speaker's name."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, PT_MORE
from tests.text.test_speakers_session17 import ES_MORE, IT_MORE

_MORE = {"it": IT_MORE, "es": ES_MORE, "fr": FR_MORE, "pt": PT_MORE}


def _quotes(lang: str, text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in find_quotes("Titolo\n\n" + text + _MORE[lang])}


def _speaker(lang: str, text: str, head: str) -> str | None:
    got = _quotes(lang, text)
    hits = [sp for q, sp in got.items() if q.startswith(head)]
    assert hits, (head, got)
    return hits[0]


@pytest.mark.parametrize(
    ("lang", "text", "head"),
    [
        (
            "es",
            "«No vamos a ceder ni un metro», dijo la portavoz de la plataforma, Irene Solís, "
            "ante cientos de vecinos. La multitud respondió coreando «¡El agua no se vende!» "
            "durante varios minutos.",
            "¡El agua no se vende!",
        ),
        (
            "it",
            "«Chiediamo solo di essere ascoltati», ha detto il delegato sindacale Franco "
            "Menozzi. Poi il corteo è ripartito scandendo «Giù le mani dalla scuola!» fino "
            "alla prefettura.",
            "Giù le mani dalla scuola!",
        ),
        (
            "fr",
            "« Nous irons jusqu'au bout », a lancé la déléguée Sylvie Caradec devant le dépôt. "
            "Les grévistes ont répondu aux cris de « On ne lâche rien ! » avant de se disperser.",
            "On ne lâche rien !",
        ),
        (
            "pt",
            "“A situação está controlada”, disse o comandante Rui Valadares aos jornalistas. A "
            "proteção civil publicou depois o balanço sob o título “Ponto da noite — 22h”, "
            "atualizado de duas em duas horas.",
            "Ponto da noite",
        ),
    ],
)
def test_chant_or_title_has_no_speaker(lang: str, text: str, head: str) -> None:
    assert _speaker(lang, text, head) is None


@pytest.mark.parametrize(
    ("lang", "text", "head"),
    [
        (
            "fr",
            "« Le dossier est solide », a indiqué le procureur Bernard Lesage. Les deux hommes "
            "ont été mis en examen pour « escroquerie en bande organisée » et « recel ».",
            "escroquerie en bande organisée",
        ),
        (
            "fr",
            "« Le dossier est solide », a indiqué le procureur Bernard Lesage. Les deux hommes "
            "ont été mis en examen pour « escroquerie en bande organisée » et « recel ».",
            "recel",
        ),
        (
            "it",
            "«Abbiamo lavorato mesi su questa rete», ha spiegato il questore Mario Landi. I "
            "cinque sono indagati per «truffa aggravata ai danni di anziani».",
            "truffa aggravata",
        ),
        (
            "es",
            "«La investigación sigue abierta», explicó la jueza Marta Quiroga. El exgerente fue "
            "detenido por «apropiación indebida» el pasado martes.",
            "apropiación indebida",
        ),
    ],
)
def test_legal_charge_has_no_speaker(lang: str, text: str, head: str) -> None:
    assert _speaker(lang, text, head) is None


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (  # one person shouting is that person's words, a crowd's verb is not there
            "es",
            "La vecina Rosa Llamas salió al balcón. «¡Corred, que viene el agua!», gritó a "
            "los niños que jugaban en la calle.",
            "¡Corred, que viene el agua!",
            "Rosa Llamas",
        ),
        (  # a word of proceedings in another sentence: a phrase someone said
            "fr",
            "L'enquête a été confiée à la police judiciaire. Le maire Paul Henrion a plaidé "
            "pour « une réponse ferme et rapide », a-t-il dit.",
            "une réponse ferme et rapide",
            "Paul Henrion",
        ),
        (  # a speech verb between the word of proceedings and "pour": the judge's words
            "fr",
            "« Il faut du temps », a estimé l'avocat Paul Henrion. Le juge Marc Alby, chargé de "
            "l'enquête, a plaidé pour « une justice rapide et lisible ».",
            "une justice rapide et lisible",
            "Marc Alby",
        ),
        (  # "investigadora" is the researcher, no proceedings: her words
            "pt",
            "“O cansaço é evidente”, disse o politólogo Rui Sá. A investigadora responsável, "
            "Inês Lobo, fala de “um cansaço geral, mas não zangado”.",
            "um cansaço geral",
            "Inês Lobo",
        ),
        (  # someone accusing uses his own words, no charge
            "es",
            "«No es verdad», dijo el alcalde Tomás Real ante la prensa. El alcalde acusó "
            "después al Gobierno regional de «mentir a los vecinos y abandonar el pueblo».",
            "mentir a los vecinos",
            "Tomás Real",
        ),
    ],
)
def test_near_misses_keep_their_speaker(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "pt",
            "“Estamos numa fase difícil. Não há outra forma de o dizer”, afirmou a secretária "
            "de Saúde, Carla Ribeiro Matos, numa conferência de imprensa. “O plano permite "
            "contratar mais gente.”\n\nO prefeito Vítor Sales anunciou a abertura de duas "
            "tendas, uma no bairro Jardim Helena e outra no centro, abertas dia e noite. "
            "“Ninguém fica sem resposta”, disse.\n\nQuestionada sobre os atrasos, a secretária "
            "admitiu falhas. “Tivemos um problema com o fornecedor. Já foi resolvido.” Ela "
            "lembrou, porém, que o carro “não chega sozinho”: “Temos de ter a ajuda de todos.”",
            "Temos de ter a ajuda",
            "Carla Ribeiro Matos",
        ),
        (
            "it",
            "«La situazione è difficile», ha detto l'assessora Giulia Ferrante in conferenza "
            "stampa.\n\nIl sindaco Marco Dini ha annunciato due tende, una nel quartiere Santa "
            "Rita e l'altra in centro. «Nessuno resterà senza aiuto», ha detto.\n\nInterrogata "
            "sui ritardi, l'assessora ha ammesso errori. «Abbiamo avuto un problema con il "
            "fornitore.» Lei ha ricordato però che il furgone «non basta da solo»: «Serve "
            "l'aiuto di tutti.»",
            "Serve l'aiuto di tutti",
            "Giulia Ferrante",
        ),
    ],
)
def test_neighbourhood_named_after_someone_is_no_one(
    lang: str, text: str, head: str, speaker: str
) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "it",
            "«I conti sono in ordine», ha spiegato l'amministratore delegato Marco Bellini. "
            "E Bellini ha ammesso che il prossimo anno «sarà più difficile».",
            "sarà più difficile",
            "Marco Bellini",
        ),
        (
            "es",
            "«Las cuentas están saneadas», explicó la consejera delegada Elena Robles. Y "
            "Robles añadió que el próximo año «será de ajustes».",
            "será de ajustes",
            "Elena Robles",
        ),
    ],
)
def test_conjunction_is_no_part_of_the_name(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (  # a speech verb right after the noun is no adjective of it
            "es",
            "Un policía dijo: «Hemos sacado a gente de los coches. Y no ha terminado».",
            "Hemos sacado a gente",
            "un policía",
        ),
        (
            "es",
            "Una vecina dice: «Aquí no vino nadie en toda la noche».",
            "Aquí no vino",
            "una vecina",
        ),
        (
            "it",
            "Un operaio racconta: «Abbiamo portato via tutti. Non è ancora finita».",
            "Abbiamo portato via",
            "un operaio",
        ),
        (  # a trade in a bare complement and the adjective closing it
            "it",
            "Un medico di base torinese, che preferisce restare anonimo, racconta: «Le liste "
            "d'attesa sono infinite».",
            "Le liste d'attesa",
            "un medico di base torinese",
        ),
        (
            "es",
            "Una enfermera del hospital comarcal, que lleva veinte años en el centro, explicó: "
            "«Faltan manos en todas las plantas».",
            "Faltan manos",
            "una enfermera del hospital comarcal",
        ),
        (  # an adjective after the noun ending on a consonant
            "es",
            "Un guardia civil que trabaja en el rescate admitió que el día fue «de los más "
            "duros» que recuerda. «Hemos sacado a gente de los coches. Y no ha terminado».",
            "Hemos sacado a gente",
            "un guardia civil",
        ),
        (  # near miss: a complement that goes on names no trade, the noun alone
            "es",
            "Un camarero de uno de los bares de la plaza dijo: «Aquí no vino nadie».",
            "Aquí no vino",
            "un camarero",
        ),
        (  # near miss: a participle after the noun still describes
            "es",
            "Un vecino afectado, que prefiere no dar su nombre, dijo: «Aquí no vino nadie».",
            "Aquí no vino",
            "un vecino afectado",
        ),
    ],
)
def test_unnamed_description_as_written(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "fr",
            "Selon une source proche du parquet, une partie du butin a été retrouvée. « Pas "
            "tout, et de loin », précise cette source.",
            "Pas tout",
            "une source proche du parquet",
        ),
        (
            "es",
            "Según una fuente de la investigación, los detenidos tenían otro almacén. «No es el "
            "único», añadió esta fuente.",
            "No es el único",
            "una fuente de la investigación",
        ),
        (
            "it",
            "Secondo una fonte vicina alla procura, il fascicolo è quasi chiuso. «Mancano solo "
            "due perizie», ha aggiunto questa fonte.",
            "Mancano solo due perizie",
            "una fonte vicina alla procura",
        ),
        (
            "pt",
            "Segundo uma fonte próxima do processo, a decisão sai em breve. “Falta apenas um "
            "parecer”, acrescentou essa fonte.",
            "Falta apenas um parecer",
            "uma fonte próxima do processo",
        ),
        (  # near miss: no source described before, the phrase as written
            "fr",
            "Le maire n'a pas répondu. « Rien n'est décidé », indique cette source.",
            "Rien n'est décidé",
            "cette source",
        ),
    ],
)
def test_this_source_is_the_source_described(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "fr",
            "La préfecture de l'Isère a relayé le message, en appelant les habitants à « ne "
            "prendre aucun risque » jusqu'à dimanche.",
            "ne prendre aucun risque",
            "La préfecture de l'Isère",
        ),
        (
            "fr",
            "La gendarmerie de la Drôme a relayé l'alerte sur X, en appelant les automobilistes "
            "à « différer tout déplacement non urgent » jusqu'à demain.",
            "différer tout déplacement",
            "gendarmerie de la Drôme",
        ),
        (  # near miss: a person's name after the verb is no body's place
            "fr",
            "Le maire, Paul Henrion, a répondu aux habitants, en rappelant que « la digue "
            "tiendra ».",
            "la digue tiendra",
            "Paul Henrion",
        ),
    ],
)
def test_body_of_a_place_before_a_gerund(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "fr",
            "La direction a proposé de limiter les horaires de nuit, une mesure qualifiée "
            "d'« insuffisante » par Marie Dubreuil, déléguée du personnel.",
            "insuffisante",
            "Marie Dubreuil",
        ),
        (  # an agent after an elided article
            "fr",
            "Le préfet a annoncé la fermeture de deux guichets, une décision jugée « brutale » "
            "par l'association Terres Vives.",
            "brutale",
            "Terres Vives",
        ),
        (
            "es",
            "La empresa ofreció un aumento del 1 %, una propuesta considerada «insuficiente» "
            "por Comisiones Obreras.",
            "insuficiente",
            "Comisiones Obreras",
        ),
        (
            "it",
            "L'azienda ha offerto un aumento dell'1 %, una proposta giudicata «irricevibile» "
            "dal sindaco Marco Rota.",
            "irricevibile",
            "Marco Rota",
        ),
        (
            "pt",
            "A empresa ofereceu um aumento de 1 %, uma proposta classificada como “ridícula” "
            "por Ana Costa, dirigente sindical.",
            "ridícula",
            "Ana Costa",
        ),
    ],
)
def test_passive_verdict_is_the_agents(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # a manner after "por", no agent: the word is not kept for anyone
            "es",
            "El alcalde Juan Soler presentó el plan. La propuesta fue calificada de «histórica» "
            "por unanimidad en el pleno.",
        ),
        (
            "pt",
            "O presidente Rui Sá apresentou o plano, considerado “histórico” por muitos.",
        ),
    ],
)
def test_passive_verdict_without_agent_names_no_one(lang: str, text: str) -> None:
    assert all(sp is None for sp in _quotes(lang, text).values())


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "fr",
            "Un commerçant, rencontré rue Victor-Hugo, résume : « On a tout perdu en une nuit. »",
            "On a tout perdu",
            "un commerçant",
        ),
        (
            "fr",
            "Un employé municipal, croisé près du pont Neuf, résume l'ambiance : « Tout le monde "
            "attend demain. »",
            "Tout le monde attend",
            "un employé municipal",
        ),
        (
            "es",
            "Un vecino, consultado en la plaza Mayor, resume: «Lo hemos perdido todo».",
            "Lo hemos perdido todo",
            "un vecino",
        ),
        (
            "it",
            "Un negoziante, incontrato in piazza Garibaldi, riassume: «Abbiamo perso tutto».",
            "Abbiamo perso tutto",
            "un negoziante",
        ),
        (
            "pt",
            "Um comerciante, ouvido na praça da Liberdade, resume: “Perdemos tudo numa noite.”",
            "Perdemos tudo",
            "um comerciante",
        ),
        (  # near miss: a name in the commas is the one described, no street before it
            "fr",
            "Un habitant de Vernoux, Marc Dupuis, s'emporte : « Personne ne nous a prévenus. »",
            "Personne ne nous a prévenus",
            "Marc Dupuis",
        ),
    ],
)
def test_street_name_in_an_aside_is_no_name(lang: str, text: str, head: str, speaker: str) -> None:
    assert _speaker(lang, text, head) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "head", "speaker"),
    [
        (
            "it",
            "In una telefonata intercettata, uno degli arrestati dice alla madre: «Non ti "
            "preoccupare, esco presto».",
            "Non ti preoccupare",
            "uno degli arrestati",
        ),
        (
            "es",
            "En la grabación, uno de los detenidos le dice a otro: «Mañana vamos a por más».",
            "Mañana vamos a por más",
            "uno de los detenidos",
        ),
        (
            "es",
            "Una de las vecinas contó: «Se oyeron gritos toda la noche».",
            "Se oyeron gritos",
            "una de las vecinas",
        ),
        (  # near miss: the colon closes a reported clause with its own subject
            "es",
            "Uno de los guardias que llegaron relató en el juicio que el acusado los esperaba "
            "en la puerta y que al verlos les dijo: «Ya está hecho».",
            "Ya está hecho",
            None,
        ),
        (  # near miss: "one of them", no noun: no one described
            "es",
            "Una de ellas dijo: «No sabíamos nada de lo que pasaba».",
            "No sabíamos nada",
            None,
        ),
    ],
)
def test_one_of_a_group_as_written(lang: str, text: str, head: str, speaker: str | None) -> None:
    assert _speaker(lang, text, head) == speaker
