"""Someone new brought in by an indefinite description ("one shop manager", "un fornaio di
origine siciliana", "eine Kundin"): a pronoun, a left-out subject, a colon or a quotation
standing alone after it is theirs, not the last person the text named; and the near misses
that leave the named person or no one, on invented passages in seven languages."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    PT_MORE,
    Case,
    outcomes,
)

CASES: list[Case] = [
    # English: a pronoun two sentences on, past a fronted phrase of place
    (
        "The market hall in Dunmere will close for repairs in the spring, the council "
        "confirmed on Monday. Councillor Rhys Palfrey said the roof could not wait another "
        "winter.\n\n"
        "“We have patched it four times,” Palfrey said.\n\n"
        "Among the stalls, one cheese seller from the valley, who did not want to be named, "
        "said her takings had fallen by a third since the scaffolding went up. “Nobody wants "
        "to shop under a tarpaulin,” she said.",
        [
            ("We have patched", "Rhys Palfrey"),
            ("Nobody wants", "one cheese seller from the valley"),
        ],
    ),
    # English: "One of them," and the description in apposition
    (
        "Dozens of drivers queued outside the depot in Carrow on Friday after the new rota "
        "was posted. Depot manager Alan Tebbit said the changes were fair.\n\n"
        "One of them, a bus driver with twenty years on the routes, said he would be losing "
        "two rest days a month. “I used to see my kids at weekends,” he said.",
        [("I used to see", "a bus driver with twenty years on the routes")],
    ),
    # French: the inverted pronoun after a paragraph bringing in "une voisine"
    (
        "La mairie de Saint-Aubrac a fermé le lavoir communal pour travaux, a annoncé le maire, "
        "Gérard Pélissier, lors du conseil municipal de mardi soir.\n\n"
        "« Le bâtiment n'était plus sûr », a-t-il expliqué.\n\n"
        "Une voisine du lavoir regrette déjà le bruit de l'eau. « On venait ici depuis "
        "toujours, c'était notre place du village », raconte-t-elle." + FR_MORE,
        [("Le bâtiment", "Gérard Pélissier"), ("On venait ici", "une voisine du lavoir")],
    ),
    # Italian: a left-out subject ("dice") after "Uno di loro," and its apposition
    (
        IT_OPEN + "I controlli dell'ispettorato nei cantieri del centro sono aumentati, "
        "spiega Franco Pedrazzi, segretario del sindacato degli edili. Pochi operai hanno "
        "voglia di parlarne.\n\n"
        "Uno di loro, un carpentiere di origine rumena che lavora in città da dieci anni, "
        "accetta di farlo solo senza nome.\n\n"
        "«Quando arriva l'ispettore tutti si mettono il casco», dice ridendo." + IT_MORE,
        [("Quando arriva", "un carpentiere di origine rumena")],
    ),
    # Spanish: the description's own sentence leads into the quotation with a colon
    (
        ES_OPEN + "El Atlético Robledo perdió en casa por cero a tres ante el colista, y su "
        "entrenador, Tomás Ibarguren, pidió perdón a la afición.\n\n"
        "Un aficionado, con la bufanda todavía al cuello, resumía el ánimo a la salida del "
        "estadio: «Así no se puede jugar en casa»." + ES_MORE,
        [("Así no se puede", "un aficionado")],
    ),
    # Portuguese: a quotation standing alone after "Uma das …, <apposition>, …"
    (
        "A associação de moradores de Vila Serra distribuiu cabazes a 80 famílias neste mês, "
        "segundo a presidente, Rosa Meireles.\n\n"
        "Uma das beneficiárias, uma costureira de 52 anos, aceita falar sob anonimato.\n\n"
        "«No início tinha vergonha de vir. Agora venho todas as semanas.»" + PT_MORE,
        [("No início", "uma costureira de 52 anos")],
    ),
    # German: "sagt sie" after a sentence opening on "Eine Kundin aus …"
    (
        "Der Wochenmarkt in Lindenau zieht an den Stadtrand um. Marktmeister Jürgen Albers "
        "hält den neuen Platz für besser. „Dort haben wir Strom und Wasser“, sagt er.\n\n"
        "Eine Kundin aus dem Nachbardorf sieht das anders. „Ich komme mit dem Bus, der hält "
        "da gar nicht“, sagt sie.",
        [("Dort haben wir", "Jürgen Albers"), ("Ich komme mit", "eine Kundin aus dem Nachbardorf")],
    ),
    # German: a spokesperson's description speaks for the body
    (
        "Die Stadt Bramfeld erhält kein Geld aus dem Förderprogramm. Bürgermeister Gerd "
        "Haller zeigte sich enttäuscht.\n\n"
        "Ein Sprecher des Verkehrsministeriums verwies auf die Fristen. „Die Anträge kamen zu "
        "spät“, sagte er.",
        [("Die Anträge", "Verkehrsministerium")],
    ),
    # Dutch: "zegt ze" after "Een buurtbewoonster …" (no gender shown: the pronoun decides)
    (
        "De gemeente Westerbeek sluit het buurthuis aan de Kerkstraat. Wethouder Pieter "
        "Ravesteijn zegt dat het gebouw te duur is geworden.\n\n"
        "Een verpleegkundige uit de wijk komt er al twintig jaar. ‘Hier drinken de ouderen "
        "hun enige kop koffie van de week’, zegt ze.",
        [("Hier drinken", "een verpleegkundige uit de wijk")],
    ),
    # a definite description a clause of anonymity makes someone new, and the pronoun after it
    (
        "A cyclist was badly hurt on Mill Lane on Tuesday night. Sergeant Paul Whitcombe said "
        "officers were looking for the driver.\n\n"
        "The cyclist's sister, who asked not to be named, rang the newsroom on Wednesday. "
        "“He rides that lane every day and he knows every pothole,” she said.",
        [("He rides that lane", "the cyclist's sister")],
    ),
    (
        ES_OPEN + "La flota de bajura de Portonovo cumple una semana amarrada por el precio "
        "del gasóleo, según el patrón mayor de la cofradía, Xulio Piñeiro.\n\n"
        "El dueño de una conservera del puerto, que pidió no ser identificado, reconoció que "
        "la parada es «un golpe durísimo» para toda la villa." + ES_MORE,
        [("un golpe durísimo", "el dueño de una conservera del puerto")],
    ),
    # a Romance phrase of place goes on by an adjective, not by a participle or a verb
    (
        IT_OPEN + "Il fiume Serchio è esondato nella notte a Borgo Alto. Il sindaco, Piero "
        "Lenzi, ha chiesto lo stato di emergenza.\n\n"
        "Un volontario della protezione civile arrivato da Lucca ha passato la notte sugli "
        "argini. «Abbiamo portato via una famiglia con l'acqua alle ginocchia.»" + IT_MORE,
        [("Abbiamo portato", "un volontario della protezione civile")],
    ),
    # "Einer der …" read by a clause rule as "Einer" alone: the whole description
    (
        "Beim Schützenfest in Talbach hat zum dritten Mal die 78-jährige Hilde Grass gewonnen. "
        "„Ich habe einfach ruhig geatmet“, sagte sie.\n\n"
        "Einer der jüngeren Schützen, der lieber anonym bleiben möchte, nimmt die Niederlage "
        "mit Humor: „Gegen Hilde verliert man nicht gern, aber oft.“",
        [("Ich habe einfach", "Hilde Grass"), ("Gegen Hilde", "einer der jüngeren Schützen")],
    ),
    # an age epithet no one named has: the description it stands for
    (
        "Auf der Landstraße bei Wettin ist ein Motorradfahrer tödlich verunglückt. Die "
        "Polizei Saalekreis ermittelt.\n\n"
        "Ein Autofahrer aus Halle, der hinter dem Motorrad fuhr, leistete als Erster Hilfe. "
        "„Ich habe sofort angehalten“, sagte der 52-Jährige.",
        [("Ich habe sofort", "ein Autofahrer aus Halle")],
    ),
    # a short fragment in the description's own sentence, then a quotation standing alone
    (
        "Simone Vautrin, qui a fêté ses 100 ans, s'est éteinte samedi à Lunel, a annoncé sa "
        "famille.\n\n"
        "À la maison de retraite, une infirmière se souvient d'une résidente « toujours "
        "élégante ».\n\n"
        "« Elle mettait du rouge à lèvres même pour aller à la cantine. »" + FR_MORE,
        [("toujours", "une infirmière"), ("Elle mettait", "une infirmière")],
    ),
    # a name in a phrase of place is taken whole
    (
        "A câmara de Vale Fundo cancelou a festa da cidade por falta de verba, anunciou o "
        "presidente, Rui Teixeira.\n\n"
        "Uma aluna da Escola Secundária Padre Américo, que pediu para não ser identificada, "
        "escreveu ao jornal: “A festa era a única semana em que a cidade parecia viva.”" + PT_MORE,
        [("A festa era", "uma aluna da Escola Secundária Padre Américo")],
    ),
    # a participle fronted before the description, agreeing with it
    (
        "A ilha de Santa Luzia recebeu este verão o dobro dos turistas, segundo o presidente "
        "da junta, Armando Sequeira. «É bom para o comércio», disse.\n\n"
        "Sentada à porta de casa, uma idosa faz renda sem levantar os olhos. «Os turistas vêm "
        "ver o mar. Nós já o vimos», diz." + PT_MORE,
        [("É bom", "Armando Sequeira"), ("Os turistas", "uma idosa")],
    ),
    # a body named in the description's own sentence is no one a pronoun stands for
    (
        "The Harbour Party lost all four of its seats in Kelby on Thursday. Its leader, Ruth "
        "Ashdown, conceded before midnight.\n\n"
        "One party worker blamed the closure of the seafront toilets, a move the local Green "
        "Alliance had backed. “We were told it would blow over,” she said.",
        [("We were told", "One party worker")],  # (as ``unnamed_en`` shows it)
    ),
    # --- near misses: the named person, or no one
    # someone named between the description and the pronoun
    (
        "The market hall in Dunmere will close for repairs in the spring.\n\n"
        "One cheese seller from the valley said her takings had fallen. Councillor Rhys "
        "Palfrey disagreed. “The figures are the same as last year,” he said.",
        [("The figures", "Rhys Palfrey")],
    ),
    # the pronoun of the other gender than the description's article
    (
        "Le conseil municipal de Saint-Aubrac a voté la fermeture du lavoir. Le maire, Gérard "
        "Pélissier, a défendu la décision.\n\n"
        "Une voisine du lavoir a protesté pendant la séance. « Nous n'avions pas le choix », "
        "a-t-il répondu." + FR_MORE,
        [("Nous n'avions", "Gérard Pélissier")],
    ),
    # an indefinite noun phrase describing the person just named, with no verb of its own
    (
        "Ik belde de directeur van de school, Wouter Brakel. Een vriendelijke man, die "
        "hoorbaar moe is. ‘Ik heb deze week dertig invallers gebeld’, vertelde hij.",
        [("Ik heb deze", "Wouter Brakel")],
    ),
    # a clause before the comma is no fronted phrase: "un anziano" is its object's neighbour
    (
        IT_OPEN + "Incendio nella notte in un palazzo di Borgo Vecchio. Dodici famiglie sono "
        "state evacuate, un anziano è stato portato in ospedale.\n\n"
        "«Abbiamo visto il fumo sulle scale», racconta Lucia Ferrante, 41 anni, che abita al "
        "terzo piano. «Ho preso i bambini e siamo usciti», ha aggiunto." + IT_MORE,
        [("Ho preso", "Lucia Ferrante")],
    ),
    # a description whose reported clause has a subject of its own, who speaks after it
    (
        ES_OPEN + "El juicio contra Fermín Olmedo terminó con una condena de quince años.\n\n"
        "Uno de los agentes relató en la vista que el acusado les dijo al llegar: «Ya está, "
        "se acabó»." + ES_MORE,
        [("Ya está", "Fermín Olmedo")],
    ),
    # a bare definite noun with a clause of anonymity stands for someone introduced before
    (
        "Eine Anwohnerin aus Birkenfeld hatte das Kennzeichen notiert. Kommissar Lutz Wendt "
        "lobte sie vor Gericht.\n\n"
        "Die Frau möchte anonym bleiben. „Ohne sie hätten wir nichts in der Hand“, sagte er "
        "nach dem Urteil.",
        [("Ohne sie hätten", "Lutz Wendt")],
    ),
    # "One of …" then "is" and a name: that person
    (
        "Het veermuseum in Oosterwaal heeft een nieuwe zaal met verhalen van oud-veerlieden.\n\n"
        "Een van hen is Gerrit Hoogland (84), die veertig jaar de pont bediende. ‘Ze vroegen "
        "of ik wat wilde vertellen’, zegt hij.",
        [("Ze vroegen", "Gerrit Hoogland")],
    ),
    # a person named in the description's sentence may be the one the pronoun means
    (
        "Schaatsster Tjitske Hofstra (74) reed in 1997 de Elfstedentocht.\n\n"
        "Een filmmaker uit Leeuwarden volgde Hofstra twee winters lang. Ze vond vooral dat ze "
        "te veel in beeld was. ‘Het ijs is de hoofdrolspeler’, zegt ze.",
        [("Het ijs is", "Tjitske Hofstra")],
    ),
    # an English noun read by its ending heads nothing before another noun ("A harbor
    # tunnel"); a questioner's question is answered by another
    (
        "Senator Lena Marsh spoke in Dayton on Friday. “This cannot go on,” she said.\n\n"
        "A harbor tunnel under the bay would take ten years to build. “We will find the "
        "money,” she said.\n\n"
        "During a town-hall meeting in Kelby, one questioner said the party had forgotten its "
        "voters.\n\n"
        "“You are right, and we will fix it,” she said.",
        [
            ("This cannot", "Lena Marsh"),
            ("We will find", "Lena Marsh"),
            ("You are right", "Lena Marsh"),
        ],
    ),
    # a thing by an indefinite noun: no one ("Un mestiere ben pagato …")
    (
        IT_OPEN + "Davide Ronchi è tornato al paese dopo quindici anni all'estero.\n\n"
        "Un mestiere ben pagato, ma che a un certo punto non sentiva più suo.\n\n"
        "«Mi chiedevano profumi che piacessero a tutti», racconta." + IT_MORE,
        [("Mi chiedevano", "Davide Ronchi")],
    ),
    # a German adjective is no noun ("älterer"), and a phrase of place names one noun, not
    # the verb after it
    (
        "Die Buslinie 7 fährt ab Montag nur noch stündlich. Verkehrsdezernentin Maren Stoll "
        "verteidigt den Schritt. „Die Linie ist fast leer“, sagt sie.\n\n"
        "Ein älterer Herr aus dem Nachbarort wartet seit einer Stunde an der Haltestelle. „Wie "
        "soll ich da zum Arzt kommen?“, fragt er.",
        [("Die Linie", "Maren Stoll"), ("Wie soll ich", "ein älterer Herr aus dem Nachbarort")],
    ),
    # "One of the best …" names no people
    (
        "Baker Nora Quill opened her stall at the Kelby fair at dawn.\n\n"
        "One of the best days of the year came on Saturday. “We sold out by noon,” she said.",
        [("We sold out", "Nora Quill")],
    ),
    # a definite role noun opening a sentence between: someone else came in
    (
        "One cheese seller from the valley said her takings had fallen by a third.\n\n"
        "The mayor, who toured the hall on Tuesday, promised help. “We will waive the "
        "rent until the work is done,” she said.",
        [("We will waive", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_someone_new_by_a_description(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
