"""Speaker shapes fixed while merging this round's rules (each passage invented).

A plural owner's apostrophe inside a body's name is part of the name ("the Farmers’ Union");
inside a quotation in single marks that opens its paragraph, it closes nothing when a later mark
closes the quotation next to a comma or a stop (‘… the workers’ rights,’ she said); a
quotation opened inside a sentence still closes on it ("called the plans 'mere ideas' when").
A person's place in commas before a relative clause ("Ann Pryce, of Kestrel Valley Police, who
led the inquiry, said") is no speaker, and a body's possessive may open a role before the name
("said Harbour Trust’s director, Eva Lindqvist"). A relative clause with commas of its own
between a name and the verb leaves the words to the name; a Dutch neuter noun the text used for
a body ("het gerechtshof" … "oordeelt het hof") is no person named before. A Romance noun with
a gerund's ending ("o porta-voz do comando") does not end the speaker's phrase. In Romance
text, a quotation opening in lower case in a sentence of its own does not share the speaker of
someone unnamed in another sentence ("Un maraîcher estime que « … ». Plus loin, un retraité juge
que « … »"). A military or police rank is a role noun ("il comandante provinciale, colonnello
X,"), and "«…», ha detto, senza aggiungere altro" leaves the subject out like "ha detto.".
The last guards come from a review of the round's rules (bodies by their head word, relative
clauses, passives, given names shared by a parent and a child).
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import FR_MORE, PT_MORE, Case, outcomes

DE_MORE = (
    "\n\nDie Feuerwehr blieb bis zum Morgen vor Ort, um das Viertel zu überwachen, und die "
    "Stadt hat in der Turnhalle der Gemeinde eine Notunterkunft für die Familien eingerichtet, "
    "die nicht nach Hause konnten."
)
ES_MORE = (
    "\n\nLos bomberos permanecieron en el lugar hasta la mañana para vigilar el barrio, y el "
    "ayuntamiento abrió un centro de acogida en el polideportivo municipal para las familias "
    "que no pudieron volver a casa esa noche."
)
IT_MORE = (
    "\n\nI vigili del fuoco sono rimasti sul posto fino al mattino per sorvegliare il "
    "quartiere, e il comune ha aperto un centro di accoglienza nella palestra comunale. Nella "
    "serata di ieri il sindaco ha detto che il consiglio si riunirà la prossima settimana per "
    "decidere come aiutare le famiglie della zona."
)
NL_MORE = (
    "\n\nDe gemeente heeft de bewoners woensdag per brief ingelicht over de plannen voor de "
    "wijk, en een informatieavond in het buurthuis is gepland voor volgende maand."
)

CASES: list[Case] = [
    # a plural owner's curly apostrophe before the body's next word
    (
        "Milk prices fell again this month.\n\n"
        "“We are disappointed with the decision of the board today,” said the Dairy "
        "Farmers’ Union, which speaks for 4,000 producers.",
        [("We are disappointed", "Dairy Farmers’ Union")],
    ),
    (
        "The Shopkeepers’ Guild, which represents small stores across the county, said its "
        "members were ‘doing everything they can to keep prices down’ and called for help.",
        [("doing everything", "The Shopkeepers’ Guild")],
    ),
    # the straight apostrophe was already kept
    (
        "The Nurses' Association said in a statement: “Our members cannot work another winter "
        "like the last one without more staff on every ward.”",
        [("Our members", "The Nurses' Association")],
    ),
    # a slogan opening its paragraph, then a plural owner closing a later sentence: no
    # quotation runs from one to the other
    (
        "Drivers walked out at dawn.\n\n"
        "‘Save our buses’ was the message from drivers on Monday. The depot belongs to the "
        "Joneses’. “We will stay out until the company talks to us,” said Dale Prentice.",
        [("We will stay out", "Dale Prentice")],
    ),
    # a plural owner inside a single-marked quotation that opens its paragraph
    (
        "Residents gathered outside the hall on Tuesday evening.\n\n"
        "‘We were never asked about the plans for Harrows’ Field,’ said Pauline Marsh, who "
        "has lived on the estate for thirty years.",
        [("We were never asked", "Pauline Marsh")],
    ),
    (
        "Nurses met the minister on Monday.\n\n"
        "‘We will not accept another year of cuts to the nurses’ pay and training,’ said "
        "Grace Adeyemi, who chairs the union branch.",
        [("We will not accept", "Grace Adeyemi")],
    ),
    # a quotation opened inside a sentence ends on the same shape: "…’ when" closes it
    (
        "The housing minister, Alan Brooke, was asked about the plans on Tuesday. He called them 'no more than "
        "ideas' when pressed by reporters, and said: 'We will publish the full plans in "
        "the spring, once the councils have seen them.'",
        [("no more than", "Alan Brooke"), ("We will publish", "Alan Brooke")],
    ),
    # a person's place or force in commas, then a relative clause, before the verb
    (
        "Two men were charged on Sunday.\n\n"
        "Detective Sergeant Ann Pryce, of Kestrel Valley Police, who led the inquiry, said: "
        "“This was a long and careful investigation by a small team.”",
        [("This was a long", "Ann Pryce")],
    ),
    (
        "Two men were charged on Sunday.\n\n"
        "“This was a long and careful investigation by a small team,” said Ann Pryce, of "
        "Kestrel Valley Police.",
        [("This was a long", "Ann Pryce")],
    ),
    # a body's possessive opening the role before the name in commas
    (
        "The charity counted 300 families on its waiting list.\n\n"
        "“Every one of them has waited more than a year for a home,” said Harbour Trust’s "
        "director, Eva Lindqvist.",
        [("Every one of them", "Eva Lindqvist")],
    ),
    (
        "The charity counted 300 families on its waiting list.\n\n"
        "“Every one of them has waited more than a year for a home,” said Norway's chief "
        "housing officer, Eva Lindqvist.",
        [("Every one of them", "Eva Lindqvist")],
    ),
    # a Dutch neuter noun the text used for a body is no person named before
    (
        "Ronald H. (52) werd vrijdag door het gerechtshof in Ravensdal veroordeeld tot drie "
        "jaar cel. Hij verhuurde bedden aan arbeidsmigranten in vier oude panden.\n\n"
        "‘Verdachte heeft bewust misbruik gemaakt van de positie van deze mensen’, oordeelt "
        "het hof." + NL_MORE,
        [("Verdachte heeft bewust", "het hof")],
    ),
    # … but "klonk het scherp" goes on with the one who spoke before
    (
        "Oppositieleider Annelies Verbeke was niet onder de indruk van het plan.\n\n"
        "‘Tien jaar lang is er geen euro gespaard. Dat is geen pech, dat is beleid’, klonk "
        "het scherp." + NL_MORE,
        [("Tien jaar lang", "Annelies Verbeke")],
    ),
    # a Portuguese noun with a gerund's ending inside the speaker's phrase
    (
        "A polícia deteve o suspeito ontem à noite, em casa de um familiar.\n\n"
        "“Tudo indica que houve uma discussão dentro do estabelecimento”, adiantou o porta-voz "
        "do comando, o subcomissário Rui Valadares." + PT_MORE,
        [("Tudo indica", "Rui Valadares")],
    ),
    # French passers-by in a row: the second one's words are not the first one's
    (
        "Le marché de Vernay a rouvert samedi matin après les orages de la semaine.\n\n"
        "Un maraîcher estime que « la saison est perdue pour les salades ». Un peu plus loin, "
        "un retraité juge que « les jeunes ne veulent plus travailler la terre »." + FR_MORE,
        [("la saison est perdue", "un maraîcher"), ("les jeunes ne veulent", None)],
    ),
    # … nor a poll's, before them
    (
        "Le marché de Vernay a rouvert samedi matin après les orages de la semaine.\n\n"
        "Un sondage publié lundi montre que « sept agriculteurs sur dix sont inquiets ». Un "
        "éleveur estime que « la réforme arrive trop tard pour nous »." + FR_MORE,
        [("sept agriculteurs", None), ("la réforme arrive", "un éleveur")],
    ),
    # a rank between the role's commas ("il comandante provinciale, colonnello X,"): the
    # subject the bare verb after the quotation goes on with
    (
        "«Erano armati e molto nervosi», ha raccontato il gestore, Vito Carrozza.\n\n"
        "Il comandante provinciale, colonnello Gianluca Pedrotti, ha lodato la rapidità "
        "dell'operazione. «Li abbiamo presi in meno di due ore», ha detto." + IT_MORE,
        [("Erano armati", "Vito Carrozza"), ("Li abbiamo presi", "Gianluca Pedrotti")],
    ),
    # "without" after the bare verb leaves the subject out, as "ha detto." does
    (
        "L'ex ministro Luigi Ferrandi è tornato a parlare di politica in un'intervista.\n\n"
        "Ferrandi ha poi criticato i suoi ex compagni. «Hanno scelto l'irrilevanza», ha "
        "aggiunto. Il presidente del partito, Giuseppe Santoro, ha risposto durante un comizio a Bari. "
        "«Auguri a lui», ha detto, senza aggiungere altro." + IT_MORE,
        [("Hanno scelto", "Luigi Ferrandi"), ("Auguri a lui", "Giuseppe Santoro")],
    ),
    # a relative clause with commas of its own between the name and the verb
    (
        "Relatives gave evidence at the inquest.\n\n"
        "Moira Galbraith, whose husband, Duncan, spent his last year at the home, said she was "
        "“relieved that somebody finally listened to the families”.",
        [("relieved that somebody", "Moira Galbraith")],
    ),
    (
        "Relatives gave evidence at the inquest.\n\n"
        "Moira Galbraith, who, like her husband, worked at the mill, said: “Nobody told us "
        "anything for three whole years after the fire.”",
        [("Nobody told us", "Moira Galbraith")],
    ),
    # … but a name closing the clause right before the verb says it
    (
        "Relatives gave evidence at the inquest.\n\n"
        "We spoke to Moira Galbraith, whose son, Callum Galbraith, said: “Nobody told us "
        "anything for three whole years after the fire.”",
        [("Nobody told us", "Callum Galbraith")],
    ),
    # review guards: a body's head word is not a compound that opens on it ("Council Tax"),
    # nor one of two bodies of a kind; a relative clause after "of X" leaves X out; a passive
    # after "The victim, X," is not X's; a child named by the parent's given names keeps them
    (
        "Council Tax bills in Medway will rise by 5% from April. The Council said it had "
        "“no choice” after ten years of cuts to its grant.",
        [("no choice", "The Council")],
    ),
    (
        "Church Street will be closed for a week from Monday. The Church said the repairs to "
        "its tower were “long overdue and badly needed”.",
        [("long overdue", "The Church")],
    ),
    (
        "The Port of Tyne handled a record tonnage last year.\n\n"
        "The Port said the figures were “a tribute to everyone who works on the river”.",
        [("a tribute to", "Port of Tyne")],
    ),
    (
        "The inquest opened in Leeds on Tuesday.\n\n"
        "The mother of Jack Dunn, who, aged nine, drowned in the quarry last July, said the "
        "council had “ignored every warning it was given”.",
        [("ignored every warning", None)],
    ),
    (
        "The village gathered for the funeral on Friday.\n\n"
        "The victim, Ana Lindholm, was described by her sister as “the kindest person in the "
        "whole village”.",
        [("the kindest person", None)],
    ),
    (
        "O pai, João Pedro Alves Moura, é bombeiro voluntário há vinte anos. O filho, João "
        "Pedro, de 12 anos, quer seguir os passos dele.\n\n"
        "«Um dia vou conduzir o camião grande», conta João Pedro." + PT_MORE,
        [("Um dia vou conduzir", "João Pedro")],
    ),
    # a role of another place is not the holder named with the first place
    (
        "Il sindaco di Bari, Vito Leccardi, ha chiesto più agenti per la città. Il sindaco di "
        "Lecce ha detto: «Servono risorse anche per il Salento e per i suoi comuni»." + IT_MORE,
        [("Servono risorse", "Il sindaco di Lecce")],
    ),
    (
        "Il sindaco di Bari, Vito Leccardi, ha chiesto più agenti per la città.\n\n"
        "«Servono risorse anche per i quartieri del centro», ha detto il sindaco di Bari."
        + IT_MORE,
        [("Servono risorse", "Vito Leccardi")],
    ),
    # "quello che / o que" as the object of another verb is no cleft
    (
        "Giorgia Ferretti ha ripetuto quello che ha detto ieri: «Non ci sarà nessun aumento "
        "delle tasse per le famiglie»." + IT_MORE,
        [("Non ci sarà", "Giorgia Ferretti")],
    ),
    (
        "O ministro Rui Vaz repetiu o que disse ontem no Parlamento: «Não haverá aumento de "
        "impostos este ano»." + PT_MORE,
        [("Não haverá aumento", "Rui Vaz")],
    ),
    (
        "«Não haverá aumento de impostos este ano». Foi o que disse o prefeito Ricardo Nunes "
        "na segunda-feira, em frente à câmara." + PT_MORE,
        [("Não haverá aumento", "Ricardo Nunes")],
    ),
    # a phrase of time after the verb, then the subject (or no subject)
    (
        "El equipo perdió en casa ante el Getafe por dos goles a cero.\n\n"
        "«Hemos jugado muy mal y lo sabemos», dijo después del partido Xavier Montané." + ES_MORE,
        [("Hemos jugado", "Xavier Montané")],
    ),
    (
        "El equipo perdió en casa ante el Getafe por dos goles a cero.\n\n"
        "«Hemos jugado muy mal y lo sabemos», dijo antes de subir al autobús el defensa "
        "Ronald Aguirre." + ES_MORE,
        [("Hemos jugado", "Ronald Aguirre")],
    ),
    (
        "La alcaldesa, Remedios Olaizola, habló al término de la votación.\n\n"
        "«No nos hemos inventado nada», añadió antes de levantar la sesión." + ES_MORE,
        [("No nos hemos", "Remedios Olaizola")],
    ),
    (
        "El Ayuntamiento de Sevilla dijo que «el agua del grifo es segura». «Estamos "
        "vigilando cada depósito», añadió después el alcalde, José Luis Sanz." + ES_MORE,
        [
            ("el agua del grifo", "El Ayuntamiento de Sevilla"),
            ("Estamos vigilando", "José Luis Sanz"),
        ],
    ),
    # Spanish: a role for a body is not someone named earlier with the same role noun alone
    (
        "El presidente catalán, Salvador Illa, recibió al lendakari. «Compartimos muchos "
        "retos», dijo.\n\n"
        "El presidente del Gobierno aseguró desde Madrid que «no hay nada que negociar»." + ES_MORE,
        [("Compartimos muchos", "Salvador Illa"), ("no hay nada", "El presidente del Gobierno")],
    ),
    # a German spokesperson of a person stays as written; "der Teenager" may be a girl
    (
        "Minister Karl Hubmann stellte den Plan am Montag in Berlin vor.\n\n"
        "„Der Zeitplan steht fest“, sagte der Sprecher des Ministers." + DE_MORE,
        [("Der Zeitplan", "der Sprecher des Ministers")],
    ),
    (
        "Die 15-jährige Lena Kochendörfer hat den Wettbewerb gewonnen.\n\n"
        "„Ich kann es nicht glauben“, sagte der Teenager." + DE_MORE,
        [("Ich kann es", "Lena Kochendörfer")],
    ),
    # French "celui-ci" after a thing is no person
    (
        "Luc Girardot a présenté un nouveau projet de loi. Celui-ci prévoit « une hausse des "
        "salaires de trois pour cent dès janvier »." + FR_MORE,
        [("une hausse des", None)],
    ),
    # a British text quoting in single marks, with a phrase in double marks between them
    (
        "The minister faced the fishing fleet in Penmarra on Friday.\n\n"
        "‘If we do nothing now, there will be nothing left to argue about,’ said Gareth "
        "Penwithick, who chairs the harbour board. ‘I would rather lose a vote than a fishery.’\n\n"
        "A spokeswoman for the ministry said afterwards that the compensation plans were “being "
        "looked at with great care”. A decision is expected next week.",
        [
            ("If we do nothing", "Gareth Penwithick"),
            ("being looked at", "A spokeswoman for the ministry"),
        ],
    ),
    # a page's description is no speaker
    (
        "The bar opened in the mall last month.\n\n"
        "“A start-up founded to bring clean air to busy city centres at a fair price,” the "
        "description on the website reads.",
        [("A start-up founded", None)],
    ),
    # a German person noun and its genitive is no one named before it …
    (
        "Richter Jan Pohlmann verkündete das Urteil am Montag in Hamburg.\n\n"
        "„Das ist ein schwarzer Tag für die Familie“, sagte der Anwalt des Angeklagten." + DE_MORE,
        [("Das ist ein", "der Anwalt des Angeklagten")],
    ),
    # … unless the text introduced someone by that very phrase
    (
        "Die Bürgermeisterin der Stadt Lindau, Claudia Steinhauer, eröffnete die Sitzung.\n\n"
        "„Wir haben lange gewartet“, sagte die Bürgermeisterin der Stadt Lindau." + DE_MORE,
        [("Wir haben lange", "Claudia Steinhauer")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0][0])
def test_session_shapes(case: Case) -> None:
    for head, expected, found in outcomes([case]):
        assert found == expected, (head, found)
