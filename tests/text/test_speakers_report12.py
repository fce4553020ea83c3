"""Quotations from a document (an inspection report, an expert opinion, a letter) go to the
body that wrote it when the text ties the document to that body (invented passages)."""

from __future__ import annotations

import pytest

from bot.text.quotes import find_quotes
from tests.text.speaker_cases import FR_MORE, PT_MORE, speaker_of
from tests.text.test_speakers_session17 import DE_MORE, IT_MORE, NL_MORE

EN_MORE = (
    "\n\nThe council will meet again next month to decide how the money should be spent, and "
    "residents have been invited to send their views before the end of the consultation."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # "the report states" after "The review by the X Authority"
            "The review by the Harbour Safety Authority, released on Monday, found that the "
            "cranes had not been serviced for years.\n\n"
            "“Staff were unsure who was responsible for the checks,” the report states. "
            "“Several logs were blank.”" + EN_MORE,
            "Staff were unsure",
            "the Harbour Safety Authority",
        ),
        (  # a document "sent by" a body, in the speaker's place
            "Neighbours had complained for months. One letter, sent by the Mill Street Tenants' "
            "Union and read to the committee, called the stairwell “a fire trap waiting for a "
            "spark” and asked for new doors." + EN_MORE,
            "a fire trap",
            "the Mill Street Tenants' Union",
        ),
        (  # German: "heißt es darin" after a genitive that names the document's author
            "Laut einem Bericht des Planungsbüros Keller & Sohn, den die Stadt bestellt hatte, "
            "fehlen 300 Parkplätze. Die Lage sei »auf Dauer nicht tragbar«, heißt es darin."
            + DE_MORE,
            "auf Dauer nicht tragbar",
            "Planungsbüro Keller & Sohn",
        ),
        (  # Italian: "Secondo il verbale" after "il verbale dei tecnici dell'X"
            "È quanto risulta dal verbale redatto lunedì dai tecnici dell'Arpa nel cantiere "
            "della scuola.\n\nSecondo il verbale, gli operai lavoravano «senza alcuna protezione "
            "per le vie respiratorie» da settimane." + IT_MORE,
            "senza alcuna protezione",
            "l'Arpa",
        ),
    ],
)
def test_a_document_speaks_for_its_author(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


def test_a_body_not_tied_to_the_document_is_not_its_author() -> None:
    # the town named before wrote no report: the words stay off it
    text = (
        "Il Comune ha chiuso la scuola martedì.\n\nSecondo il verbale, gli operai lavoravano "
        "«senza alcuna protezione per le vie respiratorie» da settimane." + IT_MORE
    )
    assert speaker_of(text, "senza alcuna protezione") not in ("Comune", "il Comune")


def test_a_person_speaking_about_the_report_keeps_the_words() -> None:
    text = (
        "The review by the Harbour Safety Authority found that the cranes had not been "
        "serviced.\n\n“The report is unfair to our crews,” said Dana Whitlock, who runs the "
        "port." + EN_MORE
    )
    assert speaker_of(text, "The report is unfair") == "Dana Whitlock"


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # a French body in lower case, its past perfect after an aside
            "Le budget a été voté mardi.\n\nLa chambre régionale des comptes, dans un avis rendu "
            "en mars, avait déjà relevé une « dette très préoccupante » pour la commune." + FR_MORE,
            "dette très préoccupante",
            "La chambre régionale des comptes",
        ),
        (  # "l'agence" after the lower-case name given before
            "Le rapport a été remis à l'agence régionale de santé en mai.\n\nDans un "
            "communiqué, l'agence assure qu'elle « suivra de près la mise en œuvre du plan »."
            + FR_MORE,
            "suivra de près",
            "l'agence régionale de santé",
        ),
    ],
)
def test_a_french_body_in_lower_case(text: str, head: str, speaker: str) -> None:
    assert speaker_of(text, head) == speaker


def test_a_pronoun_before_the_past_perfect_is_left_to_the_other_rules() -> None:
    # near miss: "il avait" is not read through the auxiliary (which "il" is stays open)
    text = (
        "Le gendarme Paul Rivet a témoigné mardi. L'accusé a gardé la tête baissée.\n\n"
        "Plus tôt, il avait lâché : « Je regrette tout ce qui est arrivé ce soir-là. »" + FR_MORE
    )
    assert speaker_of(text, "Je regrette") != "Paul Rivet"


def test_according_to_a_body_beats_the_next_sentences_speaker() -> None:
    text = (
        "As famílias foram avisadas ontem. De acordo com a Federação de Cuidadores do Norte, o "
        "número de casos sem resposta no distrito “pode chegar aos dois mil este ano”. O seu "
        "presidente, Rui Antunes Lopes, pede “mais fiscais e regras mais simples” para todos."
        + PT_MORE
    )
    assert speaker_of(text, "pode chegar") == "Federação de Cuidadores do Norte"
    assert speaker_of(text, "mais fiscais") == "Rui Antunes Lopes"


def test_without_a_citing_phrase_the_next_speaker_still_holds() -> None:
    # near miss: no "de acordo com" in the first sentence, which shares the later speaker
    text = (
        "“Faltam fiscais em todo o distrito.” “E as regras são confusas”, disse Rui Antunes "
        "Lopes, presidente da federação." + PT_MORE
    )
    assert speaker_of(text, "Faltam fiscais") == "Rui Antunes Lopes"


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (  # Dutch: the finding first, "Dat concludeert" and its author after
            "De gemeente heeft de bouwvergunning 'veel te snel' verleend. Dat concludeert de "
            "Utrechtse ombudsman Petra Jonkers in een rapport dat maandag verscheen." + NL_MORE,
            "veel te snel",
            "Petra Jonkers",
        ),
        (  # Italian: "È quanto emerge dal verbale … dell'X"
            "Scale senza corrimano e «gravi rischi di caduta» in tutta la palestra. È quanto "
            "emerge dalla relazione firmata ieri dai tecnici dell'Inail dopo il sopralluogo."
            + IT_MORE,
            "gravi rischi di caduta",
            "l'Inail",
        ),
        (  # German: "Das geht aus einem Bericht des X hervor"
            "Die Sanierung der Brücke war »deutlich zu teuer«. Das geht aus einem Bericht des "
            "Landesrechnungshofs hervor, der am Montag erschien." + DE_MORE,
            "deutlich zu teuer",
            "Landesrechnungshof",
        ),
    ],
)
def test_a_finding_first_and_its_source_in_the_next_sentence(
    text: str, head: str, speaker: str
) -> None:
    assert speaker_of(text, head) == speaker


def test_a_source_sentence_naming_no_one_keeps_a_label_out() -> None:
    # near miss: "Dat concludeert het onderzoek." names no body: the label stays a label
    text = (
        "Het plan voor de 'groene long' van de stad is te duur. Dat concludeert het onderzoek."
        + NL_MORE
    )
    assert not [q for q in find_quotes(text) if q.quote.startswith("groene long")]


def test_a_second_short_piece_of_a_written_finding() -> None:
    # "and that she had “…”": the same reported finding goes on
    text = (
        "In her ruling, Judge Maria Okonedo wrote that the council's plan had been “flawed from "
        "the very first draft” and that she had “grave doubts” that it could be saved." + EN_MORE
    )
    assert speaker_of(text, "grave doubts") == "Maria Okonedo"


def test_a_name_after_had_is_no_second_piece() -> None:
    # near miss: a determiner before the marks names a thing ('had the “Green Mile” scheme')
    text = (
        "Councillor Ben Auld said the budget was “stretched beyond anything we planned for” and "
        "that the town had the “Green Mile” scheme to thank." + EN_MORE
    )
    assert not [q for q in find_quotes(text) if q.quote.startswith("Green Mile")]


def test_a_french_document_subject_speaks_for_its_author() -> None:
    text = (
        "Le rapport a été remis au ministre lundi.\n\nRédigé par trois inspecteurs de "
        "l'inspection générale de l'administration après une visite en mars, le document de 30 "
        "pages pointe « des erreurs comptables répétées » dans la gestion du port. Les "
        "inspecteurs disent avoir relevé « plus de quarante factures sans justificatif »." + FR_MORE
    )
    assert speaker_of(text, "des erreurs comptables") == "l'inspection générale de l'administration"
    # (the inspectors speak in their own sentence: not given to the body)
    assert speaker_of(text, "plus de quarante") != "l'inspection générale de l'administration"


def test_a_french_document_tied_to_no_body_changes_nothing() -> None:
    # near miss: no author named: the speaker stays what the other rules give
    text = (
        "La maire Claire Fontaine a reçu le rapport lundi.\n\nLe document pointe « des erreurs "
        "comptables répétées » dans la gestion du port, a-t-elle reconnu devant le conseil."
        + FR_MORE
    )
    assert speaker_of(text, "des erreurs comptables") in (None, "Claire Fontaine")
