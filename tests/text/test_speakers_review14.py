"""Guards from the reviews of this round's speaker rules (interviews, profiles, bounds, bodies).

Each passage is invented; each shape was right before the round's rules and went wrong with a
first version of them (or is the near shape a new rule must leave alone).
"""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

CASES: list[Case] = [
    # an interview whose credit line names the interviewer just before the questions
    (
        "Le ministre des Sports, Étienne Vautrin, quitte ses fonctions après six ans au "
        "gouvernement. Il revient sur son bilan et sur les Jeux.\n\n"
        "Propos recueillis par Solène Marquet.\n\n"
        "Quel souvenir garderez-vous de ces six années ?\n\n"
        "« Les Jeux, évidemment. Voir les tribunes pleines à Lyon, c’était inespéré. »\n\n"
        "Et votre plus grand regret ?\n\n"
        "« Le sport à l’école. On n’a pas réussi à ajouter une heure par semaine. »" + FR_MORE,
        [("Les Jeux, évidemment", "Étienne Vautrin"), ("Le sport à l’école", "Étienne Vautrin")],
    ),
    # an interview whose headline names someone the interviewee talks about
    (
        "Lo que Cervantes nunca escribió\n\n"
        "La novelista Irene Castañar publica un ensayo sobre los años de Argel. Hablamos con "
        "ella en su casa de Alcalá.\n\n"
        "¿Por qué Argel?\n\n"
        "«Porque ahí se forjó todo lo que vino después. Cinco años de cautiverio no se "
        "olvidan.»\n\n"
        "¿Qué le sorprendió más?\n\n"
        "«Las cartas. Escribía a su familia con una serenidad que asusta.»",
        [("Porque ahí se forjó", "Irene Castañar"), ("Las cartas", "Irene Castañar")],
    ),
    # a couple interviewed together: an answer her pronoun gives stays hers (the question
    # names no one to take it from)
    (
        "Fifty years behind the counter\n\n"
        "Jean Morton and her husband Ray Morton have run the corner shop on Mill Lane since "
        "1975. This week they hand over the keys.\n\n"
        "How did you meet?\n\n"
        "“At a dance in Leigh, in 1971,” she says. “He could not dance at all.”\n\n"
        "Why a shop?\n\n"
        "“My father had one before me,” he says. “I never knew anything else.”",
        [("At a dance in Leigh", "Jean Morton")],
    ),
    # Dutch "Dan" opening a sentence is "then", not a first name
    (
        "Het debat over de begroting liep dinsdag tot diep in de nacht door. De oppositie "
        "diende elf moties in.\n\n"
        "Fractievoorzitter Marieke Klaver van de oppositie nam als eerste het woord. Dan "
        "Klaver: ‘Wij kiezen voor de zorg, niet voor nieuwe wegen.’\n\n"
        "De stemmingen zijn volgende week dinsdag.",
        [("Wij kiezen voor de zorg", "Marieke Klaver")],
    ),
]


def _speaker_of(text: str, head: str) -> str | None:
    found = [q for q in find_quotes(text) if q.quote.startswith(head)]
    assert found, [q.quote for q in find_quotes(text)]
    return found[0].speaker


def test_profile_relative_introduced_by_possessive_is_not_the_subject() -> None:
    # "His wife, Pat, …" introduces someone else: her first-person words are not the subject's
    text = (
        "Former signalman Colin Reddaway, 81, has spent twelve years building a model of the "
        "old branch line in his loft. It has 300 metres of track and a working turntable.\n\n"
        "“It keeps my hands busy,” Reddaway said. “And it keeps the line alive.”\n\n"
        "His wife, Pat, is less keen on the loft.\n\n"
        "“I have not had a cup of tea with him after eight o’clock since 2015.”\n\n"
        "The model will go on show at the station museum in May."
    )
    assert _speaker_of(text, "I have not had a cup") != "Colin Reddaway"


def test_profile_time_phrase_is_no_one_introduced() -> None:
    # "Un jour de 1984, …" opens the subject's story, not someone unnamed
    text = (
        "Martine Lebreton, la dernière sabotière du Morvan\n\n"
        "Martine Lebreton, 71 ans, taille encore six paires de sabots par semaine dans son "
        "atelier de Lormes. « Le hêtre, il faut l’écouter », dit-elle en souriant.\n\n"
        "Un jour de 1979, elle a quitté son poste de secrétaire à Nevers pour apprendre le "
        "métier auprès d’un vieil artisan.\n\n"
        "« Je ne connaissais rien au bois, j’ai tout appris en le regardant faire. »" + FR_MORE
    )
    assert _speaker_of(text, "Je ne connaissais rien") == "Martine Lebreton"


def test_fronted_noun_and_inserted_verb_is_no_unnamed_speaker() -> None:
    # "Una medida, añadió, «…»": the minister goes on; "una medida" names no one
    text = (
        "El Gobierno aprobó el martes un paquete de ayudas para los agricultores afectados "
        "por la sequía. Las organizaciones agrarias lo consideran insuficiente.\n\n"
        "«Vamos a estar al lado de quienes nos dan de comer», dijo el ministro de "
        "Agricultura, Tomás Arnedo. Una medida, añadió, «que llega tarde pero que es "
        "necesaria».\n\n"
        "Las ayudas se pagarán a partir de septiembre."
    )
    assert _speaker_of(text, "que llega tarde") != "Una medida"


def test_noun_ending_like_a_participle_after_its_article_is_kept() -> None:
    # "un habitant de la cité depuis trente ans": "cité" is a noun after "la", not a participle
    text = (
        "Les immeubles de la cité des Tilleuls seront démolis l’an prochain. Les habitants "
        "ont reçu un courrier la semaine dernière.\n\n"
        "« On nous a prévenus par une lettre, sans réunion, sans rien », lâche un habitant "
        "de la cité depuis trente ans." + FR_MORE
    )
    assert _speaker_of(text, "On nous a prévenus") is not None


def test_body_pronoun_not_for_the_person_a_quotation_tells_of() -> None:
    # "Il a déclaré aux enquêteurs …" after the prosecutor's words is the suspect, not them
    text = (
        "Un homme de 34 ans a été interpellé mardi à Valence après l’incendie d’un entrepôt. "
        "Il a été placé en garde à vue.\n\n"
        "« Le suspect a reconnu les faits », indique le parquet. Il a déclaré aux enquêteurs "
        "qu’il « regrettait profondément son geste »." + FR_MORE
    )
    assert _speaker_of(text, "regrettait profondément") != "le parquet"


def test_german_closed_guillemets_paragraph_is_not_continued() -> None:
    # »…« closes on «: a paragraph that is only a placard's words is closed, not continued
    text = (
        "Rund 300 Menschen demonstrierten am Samstag in Gießen gegen die Schließung des "
        "Hallenbads. Viele kamen mit ihren Kindern.\n\n"
        "»Wo sollen unsere Kinder schwimmen lernen?«\n\n"
        "»Wir haben 4000 Unterschriften gesammelt«, sagte Organisatorin Petra Wendland. "
        "»Die Stadt muss uns zuhören.«"
    )
    assert _speaker_of(text, "Wo sollen unsere Kinder") is None


REVIEW15: list[Case] = [
    # "que pediu que o nome do estabelecimento não fosse publicado": a place's name, not his
    (
        "O dono do restaurante, Gilmar Santos, abriu a casa em 1998 no centro de Olinda. "
        "Desde então, nunca fechou um domingo.\n\n"
        "«Aqui ninguém sai com fome», diz o comerciante, que pediu que o nome do "
        "estabelecimento não fosse publicado." + PT_MORE,
        [("Aqui ninguém sai", "Gilmar Santos")],
    ),
    # an epithet with what the person did: the one the story is about, not someone new
    (
        "Marina Ostos se despidió anoche de la natación en Valencia. El público la ovacionó "
        "durante varios minutos.\n\n"
        "La nadadora que ganó cuatro medallas olímpicas, emocionada, saludó a la grada. «Ha "
        "sido un viaje increíble», dijo.",
        [("Ha sido un viaje", "Marina Ostos")],
    ),
    # "a empresa": the company the article opens on, not a consumer body after a comma
    (
        "A Lusomercado abriu 20 novas lojas este ano no interior do país. Questionada, a "
        "Defesor alertou para a subida dos preços.\n\n"
        "«Vamos continuar a crescer onde os outros fecham», afirmou a empresa em comunicado."
        + PT_MORE,
        [("Vamos continuar a crescer", "Lusomercado")],
    ),
    # "Nur" is a first name, not only the adverb
    (
        "Die Sportlerin des Jahres in Bremen heißt Nur Öztürk. Die Ringerin gewann in diesem "
        "Jahr zwei deutsche Meistertitel.\n\n"
        "„Ich kann es noch gar nicht glauben“, sagte Nur Öztürk bei der Ehrung im Rathaus.",
        [("Ich kann es noch", "Nur Öztürk")],
    ),
    # a surname ending like a body's head ("-kamer") before "van" and a party
    (
        "Het debat over de nieuwe stikstofwet duurde dinsdag tot middernacht. De coalitie "
        "hield de rijen gesloten.\n\n"
        "‘Dit is geen wet maar een verlanglijst’, zei Kamerlid Michiel Hoogkamer van D66 na "
        "afloop.",
        [("Dit is geen wet", "Michiel Hoogkamer")],
    ),
]


def test_relative_then_first_name_alone_in_commas() -> None:
    # "Whitcombe's sister, Karen, said": the first name the apposition gives, not the kin noun
    text = (
        "A man who set fire to his neighbour's car has been jailed for three years.\n\n"
        "Outside court, Whitcombe's sister, Karen, said: “He is not a bad man, he is a sick "
        "one.”\n\n"
        "His sister, Karen, said: “We will stand by him.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Karen", "Karen"]


REVIEW16: list[Case] = [
    # a relative's death in a time clause: the person the paragraph is about still speaks
    (
        "La última ganadera de Valdecuervo\n\n"
        "Remedios Alcón cuida sola la finca familiar desde que murió su marido, en 2016. "
        "Tiene cuarenta vacas y se levanta a las cinco.\n\n"
        "«Yo no me voy de aquí. Aquí nací y aquí me quedo.»\n\n"
        "El ayuntamiento le ha ofrecido ayuda para contratar a un peón.",
        [("Yo no me voy de aquí", "Remedios Alcón")],
    ),
    # German: a colleague brought in by a possessive is not the next words' speaker
    (
        "Seit 30 Jahren ist Markus Hofbauer Förster im Stadtwald von Kelheim. „Ich habe den "
        "Borkenkäfer kommen sehen“, sagt Hofbauer.\n\n"
        "Sein Kollege, Tobias Brandl, ist erst seit zwei Jahren dabei. Er stammt aus "
        "Landshut.\n\n"
        "„Ich bin trotzdem optimistisch, der Wald erholt sich.“",
        [("Ich bin trotzdem optimistisch", None)],
    ),
]


@pytest.mark.parametrize("case", CASES + REVIEW15 + REVIEW16, ids=lambda c: c[0][:30])
def test_review_guards(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_family_is_a_noun_not_an_adverb() -> None:
    # "family" ends like "surely": the head of the subject, not an adverb before the verb
    text = (
        "A man who set fire to his neighbour's car has been jailed for three years.\n\n"
        "The victim's family said: “We can finally sleep again.”\n\n"
        "In a statement read outside court, the family said: “Justice has been done.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["The victim's family", "the family"]
