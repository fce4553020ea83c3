"""Speakers on invented French news passages (issue 12 pattern 6)."""

from __future__ import annotations

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "« Les travaux du tramway commenceront en mars », a déclaré l'adjointe au maire "
        "Claire Fontaine.",
        [("Les travaux du tramway", "Claire Fontaine")],
    ),
    (
        "Selon l'ingénieur en chef Marc Lefèvre, « le pont doit être renforcé avant l'hiver ».",
        [("le pont doit", "Marc Lefèvre")],
    ),
    (
        "« Nous ouvrirons deux nouvelles lignes de bus », a déclaré le vice-président chargé "
        "des mobilités, Julien Marchetti, lors du conseil.",
        [("Nous ouvrirons", "Julien Marchetti")],
    ),
    (
        "Julien Marchetti dirige le projet depuis deux ans.\n\n"
        "Marchetti a précisé que le budget restait fixe : « Pas un euro de plus ne sera "
        "dépensé. »",
        [("Pas un euro", "Julien Marchetti")],
    ),
    (
        "Le directeur du port, Paul Garnier, a visité le chantier.\n\n"
        "« Les grues arriveront la semaine prochaine », a-t-il ajouté.",
        [("Les grues arriveront", "Paul Garnier")],
    ),
    (
        "« La saison touristique a été excellente », explique Sophie Marchand, gérante "
        "d'un hôtel du centre.",
        [("La saison touristique", "Sophie Marchand")],
    ),
    (
        "La maire Hélène Dubois a répondu aux critiques : « Le marché restera ouvert le "
        "dimanche. »",
        [("Le marché restera", "Hélène Dubois")],
    ),
    (
        "Anne Roussel préside l'association des riverains.\n\n"
        "« Le bruit des camions commence à cinq heures du matin », dit-elle.",
        [("Le bruit des camions", "Anne Roussel")],
    ),
    (
        "« Nous avons perdu trois semaines à cause de la pluie », a reconnu Luc Bernard, "
        "chef de chantier.",
        [("Nous avons perdu", "Luc Bernard")],
    ),
    (
        "Le médecin Karim Benali a témoigné devant la commission.\n\n"
        "« Les urgences manquent de lits depuis des années. »",
        [("Les urgences manquent", "Karim Benali")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "« Le musée rouvrira au printemps », a annoncé la directrice Agnès Moreau.",
        [("Le musée rouvrira", "Agnès Moreau")],
    ),
    (
        "Le boulanger Thierry Lambert ouvre à six heures.\n\n« Le prix de la farine a doublé », confie-t-il.",
        [("Le prix de la farine", "Thierry Lambert")],
    ),
    (
        "« Personne ne nous a consultés », a dénoncé Sandrine Petit, porte-parole du collectif.",
        [("Personne ne nous", "Sandrine Petit")],
    ),
    (
        "Selon la préfète Nathalie Girard, « la route restera fermée jusqu'à lundi ».",
        [("la route restera", "Nathalie Girard")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "« Nous ne fermerons pas la maternité », a assuré jeudi la ministre Élodie Garnier.",
        [("Nous ne fermerons", "Élodie Garnier")],
    ),
    (
        "Le maire de Lyon, Olivier Blanc, a pris la parole. « La ville paiera les réparations », a-t-il promis.",
        [("La ville paiera", "Olivier Blanc")],
    ),
    (
        "Pour la syndicaliste Manon Leroy, « les salaires doivent suivre les prix ».",
        [("les salaires doivent", "Manon Leroy")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Le préfet Bruno Lemaire est arrivé sur place dans la nuit.\n\n« Les habitants pourront rentrer demain », a-t-il indiqué.",
        [("Les habitants pourront", "Bruno Lemaire")],
    ),
    (
        "« Nous avons besoin de cinquante lits de plus », estime Valérie Roux, directrice de l'hôpital. « Sans cela, l'hiver sera difficile. »",
        [("Nous avons besoin", "Valérie Roux"), ("Sans cela", "Valérie Roux")],
    ),
    (
        "Isabelle Faure, qui dirige la chorale depuis vingt ans, a annoncé son départ : « C'est le moment de passer la main. »",
        [("C'est le moment", "Isabelle Faure")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


def test_french_marks_are_kept_when_shown() -> None:
    from bot.text.quotes import find_quotes

    (quote,) = find_quotes(CASES[0][0])
    assert "“" not in quote.display and "”" not in quote.display
