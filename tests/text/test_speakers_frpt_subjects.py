"""French and Portuguese speaker shapes (invented passages): a short fronted phrase before a
role noun and a name ("Interrogé, le président X a botté en touche : « … »"); a possessive
subject with someone unnamed in apposition ("Son voisin, un retraité qui …, se montrait
prudent : « … »"); an incise whose subject is followed by a long adjunct of place or occasion
("…, a reconnu le président X lors d'une conférence de presse …"); and a pronoun in an incise
that goes to a person, not to a club or a place named in passing."""

from __future__ import annotations

from bot.text.quotes import find_quotes

_FR = (
    "Le conseil municipal de Saint-Aubert a voté lundi soir la fermeture de l'école des Tilleuls, "
    "une décision qui a surpris les parents et les habitants du quartier. Depuis des mois, les "
    "familles se mobilisaient pour que les classes restent ouvertes, et elles avaient écrit au "
    "préfet.\n\n"
)
_PT = (
    "A câmara municipal de Vilar Seco aprovou ontem à noite o novo plano de trânsito para o "
    "centro histórico, depois de uma sessão de mais de quatro horas marcada pelos protestos dos "
    "comerciantes e dos moradores do bairro.\n\n"
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


# ---------------------------------------------------------------- fronted phrase, role, name


def test_lone_participle_then_role_and_name_before_colon() -> None:
    text = _FR + (
        "Interrogé, le directeur Baptiste Lanvin a esquivé la question : « Nous attendons "
        "la décision du rectorat avant de nous prononcer. »\n"
    )
    assert _speakers(text)[-1][1] == "Baptiste Lanvin"


def test_fronted_apposition_then_role_and_name_before_colon() -> None:
    text = _FR + (
        "Auteure du rapport, la sociologue Maëlle Ferrand insiste sur un point : « Les "
        "familles n'ont jamais été consultées sur ce projet. »\n"
    )
    assert _speakers(text)[-1][1] == "Maëlle Ferrand"


def test_fronted_phrase_in_portuguese() -> None:
    text = _PT + (
        "Ouvido pela reportagem, o vereador Anselmo Quintela mostrou-se cauteloso: «Vamos "
        "esperar pelos números antes de decidir o que quer que seja.»\n"
    )
    assert _speakers(text)[-1][1] == "Anselmo Quintela"


def test_name_opening_the_clause_is_no_fronted_phrase() -> None:
    # guard: a first name before the comma is the addressee or the subject, not an adjunct
    from bot.text.speakers.reading import reading
    from bot.text.speakers.romance_words import fronted_before_role_name

    toks = [("Julien", 0, 6), (",", 6, 7), ("le", 8, 10), ("maire", 11, 16), ("Roux", 17, 21)]
    toks += [("répond", 22, 28)]
    with reading(_FR * 3):
        assert fronted_before_role_name(toks) == 0
        toks[0] = ("Interrogé", 0, 9)
        assert fronted_before_role_name(toks) == 1


def test_noun_after_preposition_and_article_is_no_verb() -> None:
    # "insiste sur la nuance": "nuance" is a noun there, the subject is the sociologist
    text = _FR + (
        "Co-auteure du recours, la juriste Odile Marsac insiste sur la nuance : « Nous ne "
        "contestons pas le vote, seulement la méthode. »\n"
    )
    assert _speakers(text)[-1][1] == "Odile Marsac"


# ---------------------------------------------------------------- possessive subject


def test_possessive_subject_with_unnamed_apposition() -> None:
    text = _FR + (
        "Son voisin de palier, un ancien cheminot qui n'a pas voulu donner son nom, restait "
        "sceptique : « On nous a déjà fait le coup il y a dix ans. »\n"
    )
    assert _speakers(text)[-1][1] == "un ancien cheminot"  # the indefinite phrase, as written


def test_possessive_subject_with_unnamed_apposition_and_speech_verb() -> None:
    text = _FR + (
        "Sa collègue, une institutrice de quarante ans, a ajouté : « Les enfants ne "
        "comprennent pas ce qui se passe. »\n"
    )
    assert _speakers(text)[-1][1] == "une institutrice"


def test_possessive_alone_is_no_name() -> None:
    # guard: "Son" is no speaker; a possessive phrase alone is left unattributed
    text = _FR + ("Son beau-frère se montrait plus réservé : « On verra bien ce que ça donne. »\n")
    assert _speakers(text)[-1][1] != "Son"


def test_possessive_with_named_apposition_keeps_the_name() -> None:
    # guard: a name in the apposition is the speaker, as before
    text = _FR + (
        "Sa mère, Josette Vial, restait inquiète : « Personne ne nous a rien expliqué. »\n"
    )
    assert _speakers(text)[-1][1] == "Josette Vial"


# ---------------------------------------------------------------- incise with a long adjunct


def test_incise_subject_followed_by_long_adjunct() -> None:
    text = _FR + (
        "« Nous avons fait le maximum pour garder cette classe, a assuré le maire Roland "
        "Feutry lors d'une réunion publique organisée à la salle des fêtes du village. La "
        "suite dépend de l'académie. »\n"
    )
    got = _speakers(text)
    assert got[0] == ("Nous avons fait le maximum pour garder cette classe", "Roland Feutry")
    assert got[1] == ("La suite dépend de l'académie.", "Roland Feutry")


def test_long_tail_with_a_clause_is_no_incise() -> None:
    # guard: a "que" in the words after the subject is reported speech going on
    from bot.text.speakers.incise import _tail_limit
    from bot.text.speakers.reading import reading

    with reading(_FR * 3):
        tail = "lors de la réunion en rappelant que la décision était prise depuis mars".split()
        assert _tail_limit(tail) == 8
        assert _tail_limit("lors de la réunion publique à la salle des fêtes".split()) == 16
        assert _tail_limit("visiblement ému par la décision du conseil".split()) == 8


# ---------------------------------------------------------------- pronoun, not a club


def test_incise_pronoun_skips_a_club_named_in_passing() -> None:
    text = (
        "Le Racing Vallerbeek a officialisé mardi soir l'arrivée de Quentin Baradel pour trois "
        "saisons. Le transfert a été conclu après plusieurs semaines de négociations entre les "
        "deux clubs, pour un montant d'environ deux millions d'euros.\n\n"
        "Formé au club depuis ses douze ans, le milieu de terrain avait brillé lors de la "
        "dernière saison, avec huit buts en championnat.\n\n"
        "Joint par téléphone à Vallerbeek, où il passait sa visite médicale, Quentin Baradel a "
        "remercié « tous ceux qui m'ont aidé ». « C'est un crève-cœur de partir, confie-t-il. "
        "Mais je ne pouvais pas refuser. »\n"
    )
    assert {sp for _, sp in _speakers(text)} == {"Quentin Baradel"}


def test_incise_pronoun_keeps_a_club_that_opens_the_sentence() -> None:
    # guard: a club that is the subject before the pronoun is still its antecedent
    text = (
        "Le Racing Vallerbeek a officialisé mardi soir l'arrivée du milieu Quentin Baradel pour "
        "trois saisons. Le transfert a été conclu après plusieurs semaines de négociations entre "
        "les deux clubs.\n\n"
        "Le Racing Vallerbeek s'est félicité dans la soirée de cette signature. « C'est un "
        "joueur qui correspond à notre projet, précise-t-il dans un communiqué. Il arrivera "
        "lundi. »\n"
    )
    assert {sp for _, sp in _speakers(text)} == {"Le Racing Vallerbeek"}


# ---------------------------------------------------------------- imperfect incise verbs


def test_incise_verb_in_the_imperfect_french() -> None:
    text = _FR + (
        "« Ma grand-mère a appris à lire ici, soupirait Gilberte Aubry, ancienne cantinière. "
        "Fermer cette école, c'est tourner une page. »\n"
    )
    got = _speakers(text)
    assert [sp for _, sp in got] == ["Gilberte Aubry", "Gilberte Aubry"]
    assert got[0][0] == "Ma grand-mère a appris à lire ici"


def test_incise_verb_in_the_imperfect_portuguese() -> None:
    text = _PT + (
        "«Ninguém nos perguntou nada, criticava o comerciante Aurélio Tavares. Vamos ter de "
        "fechar mais cedo.»\n"
    )
    assert [sp for _, sp in _speakers(text)] == ["Aurélio Tavares", "Aurélio Tavares"]


def test_narrative_imperfect_after_a_quoted_phrase_is_no_attribution() -> None:
    # guard: "qui corrigeait …" after a quoted phrase describes someone, it reports no speech
    text = _FR + (
        "À la cantine, une surveillante se souvient d'un élève « toujours souriant », qui "
        "corrigeait les fautes du menu affiché dans le couloir.\n"
    )
    assert _speakers(text)[-1][1] == "une surveillante"


# ---------------------------------------------------------------- a body by its kind


_OFFICE = (
    "La fermeture de l'accueil du centre-ville a été annoncée mardi aux agents, qui l'ont apprise "
    "par un courriel envoyé en fin de journée. Les syndicats dénoncent une décision prise sans "
    "aucune concertation avec le personnel.\n\n"
)


def test_french_body_by_its_kind_is_the_body_named_before() -> None:
    text = _OFFICE + (
        "La décision a été confirmée par la Caisse régionale d'assurance maladie de Vermand. "
        "Dans un communiqué, l'organisme précise que « les usagers pourront toujours être reçus "
        "sur rendez-vous ».\n"
    )
    assert _speakers(text)[-1][1] == "Caisse régionale d'assurance maladie de Vermand"


def test_portuguese_body_by_its_kind_is_the_body_named_before() -> None:
    text = (
        "O centro de saúde de Vale Fundo vai fechar aos sábados a partir do próximo mês, por "
        "falta de médicos de família para completar as escalas. Os utentes terão de se deslocar "
        "à sede do concelho.\n\n"
        "A medida foi anunciada ontem pela Administração Regional de Saúde do Alto Tâmega. Em "
        "comunicado, o organismo garante que «nenhum utente ficará sem resposta».\n"
    )
    assert _speakers(text)[-1][1] == "Administração Regional de Saúde do Alto Tâmega"


def test_body_by_its_kind_with_no_body_named_before() -> None:
    # guard: no body named before, no name made up for it
    text = _OFFICE + (
        "Dans un communiqué, l'organisme précise que « les usagers pourront toujours être reçus "
        "sur rendez-vous ».\n"
    )
    assert _speakers(text)[-1][1] is None
