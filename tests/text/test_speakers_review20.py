"""Misfires a review of round twenty's rules found (passages invented by the reviewer):
a first name in a headline or a lede that a later full name shares is not that person
("Pedro, jubilado" vs "Pedro Albarracín"); a one-off surname, company or nickname before a
clitic, a negation or a verb is the subject ("Ugarteche lo dejó claro:", "Aerolis se veut
rassurant :"); words said to the speaker inside a quotation with its own attribution are no
incise ("«Non mollare, mi ripeteva il primario, e io non ho mollato», racconta Ferranti"); a
first name in apposition before the subject is not it ("son fils, Lucas, Claire X a fondé");
"Et d'ajouter" after a sentence about someone unnamed goes on with no one named before.
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import outcomes

ES_HEADLINE_FIRST_NAME_SOMEONE_ELSE = "Pedro, jubilado: «Ya no me fío de ningún político»\n\nEn el mercado de abastos de Valmayor, la campaña electoral apenas se nota. «Ya no me fío de ningún político», dice Pedro, jubilado de 71 años, mientras espera su turno en la carnicería. A su lado, una vecina asiente.\n\nEl candidato socialista, Pedro Albarracín, visitó el mercado la semana pasada. «Vamos a recuperar el comercio de barrio», prometió Albarracín ante un puñado de curiosos.\n\nLos colegios electorales abrirán el domingo a las nueve de la mañana."
FR_LEDE_FIRST_NAME_SOMEONE_ELSE = "À l'hôpital de Vierchamps, la colère monte chez les soignants. Julie, infirmière de nuit depuis douze ans, n'en peut plus : « On nous demande l'impossible, tous les jours. »\n\nLa directrice de l'établissement, Julie Favre, reconnaît des difficultés. « Nous recrutons, mais les candidats sont rares », explique-t-elle.\n\nUn mouvement de grève est prévu la semaine prochaine."
EN_FIRST_NAME_SOMEONE_ELSE = '"I can\'t afford the rent any more," says Tom, a 34-year-old nurse who asked that his surname not be used. He has lived in the city for ten years.\n\nRents in the city have risen by almost a third since 2021, according to figures published on Tuesday.\n\nThe council leader, Tom Harwick, said the authority was doing what it could. "We are building more social housing than at any time in the last forty years," Harwick said.\n\nThe council will publish its housing plan next month.'
ES_ONE_OFF_SURNAME = "El Ayuntamiento de Valmayor ha aprobado este martes los presupuestos municipales para el próximo año. El debate se prolongó durante más de tres horas en un pleno muy tenso.\n\nUgarteche lo dejó claro al final de la sesión: «No vamos a subir los impuestos mientras yo sea alcalde».\n\nLa oposición anunció que recurrirá la votación ante los tribunales."
FR_ONE_OFF_COMPANY = "Le constructeur a présenté mardi ses résultats trimestriels, en nette baisse par rapport à l'an dernier. Les syndicats craignent de nouvelles suppressions de postes dans les usines du groupe.\n\nAerolis se veut pourtant rassurant : « Aucun site ne fermera en France, nous l'avons dit et nous le répétons. »\n\nUne réunion avec les représentants du personnel est prévue jeudi."
PT_ONE_OFF_NICKNAME = "O Vila Nova venceu ontem o Académico por três a um, num jogo disputado debaixo de chuva intensa. A equipa da casa chegou ao intervalo a perder, mas deu a volta na segunda parte.\n\nTiquinho não escondeu a emoção no final: «Dedico estes golos à minha mãe, que está no hospital».\n\nO próximo jogo será no domingo, frente ao Desportivo."
IT_TOLD_INSIDE_QUOTE = "Giulia Ferranti lavora da vent'anni come infermiera al pronto soccorso dell'ospedale di Torrenova. Negli ultimi mesi i turni sono diventati sempre più pesanti.\n\n«Non mollare, mi ripeteva il primario, e io non ho mollato», racconta Ferranti.\n\nL'ospedale ha annunciato nuove assunzioni per la primavera."
FR_TOLD_INSIDE_QUOTE = "Claire Mauduit, directrice de l'école primaire du village, a reçu les parents d'élèves mardi soir. La fermeture d'une classe est prévue à la rentrée.\n\n« Vous n'avez pas le choix, nous a répondu le rectorat, alors nous nous battrons », affirme Claire Mauduit.\n\nUne pétition a déjà recueilli plus de 400 signatures."
PT_TOLD_INSIDE_QUOTE = "Marta Quaresma é enfermeira no hospital de Vila Nova há vinte anos. Nos últimos meses os turnos tornaram-se cada vez mais pesados.\n\n«Aguenta, dizia-me a minha mãe, e eu aguentei», conta Quaresma.\n\nO hospital anunciou novas contratações para a primavera."
FR_SON_NAMED_IN_APPOSITION = "L'association Un Sourire pour tous a organisé samedi sa troisième course solidaire à Vierchamps. Plus de 600 coureurs ont pris le départ sous le soleil.\n\nAprès la mort de son fils, Lucas, Claire Mauduit a fondé l'association en 2021 : « Je ne voulais pas que d'autres familles vivent ce que nous avons vécu. »\n\nLes fonds récoltés seront reversés au service de pédiatrie de l'hôpital."
PT_SON_NAMED_IN_APPOSITION = "A associação Um Sorriso para Todos organizou no sábado a terceira corrida solidária em Vila Nova. Mais de seiscentos corredores partiram debaixo de sol.\n\nDepois da morte do filho, Tomás, Marta Quaresma fundou a associação em 2021: «Não queria que outras famílias vivessem o que nós vivemos».\n\nAs verbas angariadas revertem para o serviço de pediatria do hospital."
FR_ET_DE_CONCLURE_AFTER_SOMEONE_UNNAMED = "Le maire de Vierchamps, Jean Garnier, a présenté mardi soir au conseil municipal le projet de nouvelle salle des fêtes, estimé à 2,4 millions d'euros. « Ce bâtiment répondra enfin aux besoins des associations », a-t-il assuré.\n\nLe président du club de football local, présent dans la salle, a salué l'initiative. Et de conclure : « Nos jeunes méritent enfin des équipements dignes de ce nom. »\n\nLe vote aura lieu en mars."
FR_ET_D_AJOUTER_AFTER_SOMEONE_UNNAMED = "Claire Mauduit, chef de file de l'opposition municipale, a dénoncé mardi un projet de salle des fêtes « beaucoup trop coûteux » pour la commune. « Nous n'avons pas les moyens », a-t-elle insisté.\n\nLe maire ne partage pas cet avis. Et d'ajouter : « Ce bâtiment répondra enfin aux besoins des associations. »\n\nLe vote aura lieu en mars."


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (ES_HEADLINE_FIRST_NAME_SOMEONE_ELSE, "Ya no me fío", "Pedro"),
        (FR_LEDE_FIRST_NAME_SOMEONE_ELSE, "On nous demande", "Julie"),
        (EN_FIRST_NAME_SOMEONE_ELSE, "I can't afford", "Tom"),
        (ES_ONE_OFF_SURNAME, "No vamos a subir", "Ugarteche"),
        (FR_ONE_OFF_COMPANY, "Aucun site", "Aerolis"),
        (PT_ONE_OFF_NICKNAME, "Dedico estes", "Tiquinho"),
        (IT_TOLD_INSIDE_QUOTE, "Non mollare", "Giulia Ferranti"),
        (FR_TOLD_INSIDE_QUOTE, "Vous n'avez pas", "Claire Mauduit"),
        (PT_TOLD_INSIDE_QUOTE, "Aguenta", "Marta Quaresma"),
        (FR_SON_NAMED_IN_APPOSITION, "Je ne voulais pas", "Claire Mauduit"),
        (PT_SON_NAMED_IN_APPOSITION, "Não queria", "Marta Quaresma"),
        (FR_ET_DE_CONCLURE_AFTER_SOMEONE_UNNAMED, "Nos jeunes", None),
        (FR_ET_D_AJOUTER_AFTER_SOMEONE_UNNAMED, "Ce bâtiment", None),
    ],
    ids=[
        "es-headline-first-name-someone-else",
        "fr-lede-first-name-someone-else",
        "en-first-name-someone-else",
        "es-one-off-surname",
        "fr-one-off-company",
        "pt-one-off-nickname",
        "it-told-inside-quote",
        "fr-told-inside-quote",
        "pt-told-inside-quote",
        "fr-son-named-in-apposition",
        "pt-son-named-in-apposition",
        "fr-et-de-conclure-after-someone-unnamed",
        "fr-et-d-ajouter-after-someone-unnamed",
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
