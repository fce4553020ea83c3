"""Round twenty-three: words reported inside an English quotation, asides after an inner
speaker, bodies named in commas after their kind, relatives by the name the text gives,
names called, and top lines the body quotes in other words (each passage invented).

- Inside an English quotation, the person the speaker names as the subject of the verb that
  introduces the inner words said them: “A woman at the housing office told me, ‘…’” is that
  woman's, “My late wife used to say, ‘…’” the wife's, “My father, Walter Brandt, looked at the
  books and said, ‘…’” Walter Brandt's, “He stood on a pallet and said, ‘…’” the one man named
  in the paragraph before, “My own daughter moved to Leeds. She told me, ‘…’” the daughter's.
  A sign or a letter that "says" words is no one, and inner words whose speaker the clause
  does not name stay part of the quotation (English news reads them so).
- Outside English, a relative clause or a time phrase in commas after the inner speaker is
  passed over ("Mio padre, che era pescatore, me lo ripeteva:", "Un assessore regionale, anni
  fa, mi disse:"), and a name in apposition after an article is the speaker ("Mein Opa, der
  alte Anton Feiler, hat immer gesagt:").
- A kind of body with its own name in commas after it is that body ("La société
  concessionnaire, Réseaux de l'Ouest, évoque « … »"); in Spanish and Italian, a statement
  after the subject makes the words quoted in the sentence the subject's, whatever its verb
  ("La casa di produzione, Lanterna Film, in una nota ha parlato di «…»"); in Portuguese too
  ("A Associação X, em nota, orientou que “…”"); "a autarquia" is the Câmara named before.
- A relative the speaker calls "Mijn moeder" is the one the text named so ("Haar moeder, Joke
  X, …"), when the surname is the speaker's.
- Words that call a person by name at their start or end ("Das war der Enkel, Werner.") are
  not that person's: they are the other turn of the exchange.
- A headline's or standfirst's quotation the body gives again in other words ("‘Het deeg wacht
  op niemand’" … "‘Het deeg wacht echt op niemand, ook niet op mij,’ zegt bakker Joost X")
  is the body's speaker's, over a label that is no one ("La sindaca:").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import (
    DE_MORE,
    DE_OPEN,
    ES_MORE,
    ES_OPEN,
    FR_MORE,
    IT_MORE,
    IT_OPEN,
    NL_MORE,
    NL_OPEN,
    PT_MORE,
    outcomes,
)

EN_INNER_UNNAMED = (
    "Tenants at the Harwick estate say the landlord has ignored repairs for years, and the "
    "council has now opened an inquiry into the firm that manages the blocks.\n\nJoanna "
    "Pelling, who has lived on the fourth floor since 2009, said the damp was the worst part."
    "\n\n“A woman at the housing office told me, ‘Open a window and buy a dehumidifier.’ I "
    "laughed, because the window is the problem,” Pelling said."
)
EN_INNER_KIN = (
    "The club's new stand opened on Saturday after two years of building work and a long row "
    "over the cost, which rose by a third during the works.\n\nIts chairman, Derek Amos, said "
    "the project had nearly collapsed twice.\n\n“My late wife used to say, ‘Never build "
    "anything you cannot afford to heat.’ I thought of her a lot this year,” he said."
)
EN_INNER_APPOSED = (
    "The bakery on Mill Street closed for good on Friday after ninety years in the same "
    "family, and customers queued round the corner to buy the last loaves.\n\nOwner Stella "
    "Brandt, 63, took over from her father in 1988.\n\n“My father, Walter Brandt, looked at "
    "the books in his last year and said, ‘Sell it before it sells you.’ I didn't listen, and "
    "I'm glad I didn't,” she said."
)
EN_INNER_HE = (
    "The factory in Dunmore will close next spring, the owners told staff on Tuesday, ending "
    "eighty years of glassmaking in the town.\n\nUnion convenor Rachel Okoye said members had "
    "been promised the site had a future by the managing director, Colin Strand, as recently "
    "as June.\n\n“He stood on a pallet in the loading bay and said, ‘Nobody here needs to "
    "worry.’ Those were his words,” she said."
)
EN_INNER_DAUGHTER = (
    "Residents of the flooded streets met the council on Thursday night to ask why the pumps "
    "had failed.\n\nPeter Hale, 71, said he had lived in the same house for fifty years.\n\n"
    "“My own daughter moved to Leeds last year. She told me, ‘Dad, come and live with us.’ I "
    "said I'd think about it,” Hale said."
)
EN_INNER_ONE_OF = (
    "The school's head teacher, Marion Clegg, said the new timetable would start in "
    "September.\n\n“One of the parents looked at the playground and said, ‘Where will the "
    "children play?’ It was a fair question,” Clegg added."
)
EN_INNER_RELATIVE = (
    "Market traders met the council on Monday to discuss the rent rise.\n\nSandra Pike, who "
    "has sold fruit on the market for thirty years, was not impressed.\n\n“The councillor who "
    "came round told me, ‘This is your market, we are doing this for you.’ I would like him "
    "to come back and say that again now,” she said."
)
# (a thing that "says" words is no one; inner words whose speaker the clause does not name
# stay part of the quotation)
EN_INNER_LETTER = (
    "Doctors at the hospital said the ward would reopen next week after the outbreak was "
    "brought under control.\n\nNurse Alan Brooks said the weeks had been hard.\n\n“The letter "
    "came on a Monday. It said, ‘Your ward will close on Friday.’ We had no warning,” he said."
)
# ("he said" with a man named only by his surname in the paragraph and another named in full
# before it: either could be the one, so no one)
EN_INNER_TWO_MEN = (
    "The harbour board met on Thursday to discuss the new breakwater.\n\nTom Pascoe, who chairs "
    "the fishermen's association, sat beside Mr. Trewin for most of the evening. Clare "
    "Penrose, the board's secretary, remembered the moment well. “Halfway through the "
    "meeting, he leaned over and said, ‘If the wall goes up, the boats go elsewhere.’ Nobody "
    "answered him,” she said."
)
# (an unnamed man just described is no one the text names: not the shop)
EN_INNER_UNNAMED_MAN = (
    "Carmen Ruiz, 71, was stacking cans behind the counter of La Palma Deli on Halloran Avenue "
    "when a masked man burst in and demanded cash.\n\n“He said, ‘Give me the money, grandma.’ "
    "Nobody calls me grandma except my grandchildren,” Ruiz said."
)
IT_INNER_RELATIVE = (
    IT_OPEN + "La candidata Elena Bortolazzi ha poi abbassato la voce. «Mio padre, che era "
    "pescatore, me lo ripeteva ogni sera: “Il mare non si vende, si presta”. Ecco, io voglio "
    "che il paese se lo ricordi»." + IT_MORE
)
IT_INNER_TIME = (
    IT_OPEN + "Il sindaco Elio Santacroce ha raccontato un episodio. «Un assessore regionale, "
    "anni fa, mi disse: “Sindaco, per trecento case non conviene a nessuno”. Ecco, oggi quelle "
    "case sono connesse.»" + IT_MORE
)
FR_INNER_RELATIVE = (
    "Le conseil régional a voté le budget mardi soir après un long débat.\n\nLe maire Jean "
    "Dufresne se souvient de ses débuts. « Ma grand-mère, qui tenait l'épicerie, me disait "
    "toujours : “On ne ferme jamais le dimanche matin.” Je l'entends encore », confie-t-il."
    + FR_MORE
)
DE_INNER_APPOSED = (
    DE_OPEN + "„Wir haben gezogen, geflucht und wieder gezogen“, sagte Oberkerwabursch Lukas "
    "Brecht (22). „Mein Opa, der alte Anton Brecht, hat immer gesagt: ‚Ein Baum, der beim "
    "ersten Mal steht, ist kein richtiger Baum.‘ Dann war das heute ein sehr richtiger.“" + DE_MORE
)
FR_BODY_APPOSED = (
    "Le conseil régional a voté le budget mardi soir après un long débat.\n\nLa société "
    "concessionnaire, Réseaux de l'Ouest, évoque dans un communiqué « un chantier complexe dans "
    "un territoire difficile » et promet des délais courts." + FR_MORE
)
IT_STATEMENT = (
    IT_OPEN + "La società concessionaria, Rete Appennino Digitale, in una nota parla di «un "
    "cantiere complesso, in un territorio difficile» e promette tempi brevi.\n\nLa casa di "
    "produzione, Lanterna Film, in una nota ha parlato di «un successo che ha superato ogni "
    "previsione» e ha annunciato nuove riprese." + IT_MORE
)
ES_STATEMENT = (
    ES_OPEN + "La empresa concesionaria, Redes del Norte, en un comunicado habla de «una obra "
    "compleja en un terreno difícil» y promete plazos cortos." + ES_MORE
)
# (a verb before the statement: the sentence is read as before, not as a subject)
ES_STATEMENT_VERB = (
    ES_OPEN + "El Ayuntamiento de Valdecilla destacó en una nota que la fiesta atrajo este año "
    "a «más de doce mil visitantes», una cifra récord, según su alcalde, Eusebio Tresaco." + ES_MORE
)

DE_CALLED_BY_NAME = (
    DE_OPEN + "„Ich bin damals jeden Tag zu Fuß zur Schule, drei Kilometer“, erzählt Helga Brandl."
    "\n\n„Da hast du aber noch geschoben“, warf ihr Mann Werner Brandl ein. „Den Kinderwagen "
    "mit unserer Jüngsten.“\n\n„Das war der Enkel, Werner.“" + DE_MORE
)
NL_NAMED_MOTHER = (
    NL_OPEN + "Tweeënvijftig jaar wist Ellen Verhoef niet wie haar vader was. Haar moeder, "
    "Joke Verhoef, die in 2019 overleed, zweeg er altijd over.\n\n“Mijn moeder zei altijd: "
    "‘Je vader was een zeeman, en zeemannen komen niet terug.’ Meer wist ik niet”, vertelt "
    "Ellen Verhoef." + NL_MORE
)
NL_HEADLINE_ECHO = (
    "Bakkerij aan de Dorpsstraat sluit na zestig jaar: ‘Het deeg wacht op niemand’\n\n"
    "De laatste broden gingen zaterdag over de toonbank. Buurtbewoners stonden tot op de "
    "stoep in de rij.\n\n‘Het deeg wacht echt op niemand, ook niet op mij,’ zegt bakker "
    "Joost Verhagen (71), die de zaak in 1984 van zijn vader overnam." + NL_MORE
)
IT_HEADLINE_ROLE = (
    "Allerta meteo a Valmerano, scuole chiuse. La sindaca: «Notte difficile per tutti»\n\n"
    "Il fiume è salito di due metri in poche ore e la protezione civile ha evacuato quaranta "
    "famiglie.\n\n«È stata una notte difficile per tutti, ma nessuno è rimasto ferito», ha "
    "detto la sindaca Elena Ruffo." + IT_MORE
)
PT_STATEMENT = (
    "A câmara aprovou o orçamento com os votos da maioria.\n\nA Associação Regional de "
    "Bancos do Vale, em nota, orientou que “nenhuma empresa séria cobra para você trabalhar” "
    "e recomendou queixa à polícia." + PT_MORE
)
PT_AUTARQUIA = (
    "A Câmara Municipal de Ribafria confirmou esta terça-feira um ataque informático aos seus "
    "servidores.\n\nEm comunicado, a autarquia reconhece “uma falha na atualização de um "
    "servidor” e garante que os serviços essenciais estão a funcionar." + PT_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (DE_CALLED_BY_NAME, "Das war der Enkel", "Helga Brandl"),
        (NL_NAMED_MOTHER, "Je vader was een zeeman", "Joke Verhoef"),
        (NL_HEADLINE_ECHO, "Het deeg wacht op niemand", "Joost Verhagen"),
        (IT_HEADLINE_ROLE, "Notte difficile per tutti", "Elena Ruffo"),
        (PT_STATEMENT, "nenhuma empresa séria", "Associação Regional de Bancos do Vale"),
        (PT_AUTARQUIA, "uma falha na atualização", "Câmara Municipal de Ribafria"),
        (EN_INNER_UNNAMED, "Open a window", "A woman at the housing office"),
        (EN_INNER_UNNAMED, "A woman at the housing", "Joanna Pelling"),
        (EN_INNER_KIN, "Never build anything", "My late wife"),
        (EN_INNER_APPOSED, "Sell it before", "Walter Brandt"),
        (EN_INNER_HE, "Nobody here needs", "Colin Strand"),
        (EN_INNER_DAUGHTER, "Dad, come and live", "My own daughter"),
        (EN_INNER_ONE_OF, "Where will the children", "One of the parents"),
        (EN_INNER_RELATIVE, "This is your market", "The councillor who came round"),
        (IT_INNER_RELATIVE, "Il mare non si vende", "Mio padre"),
        (IT_INNER_RELATIVE, "Mio padre, che era", "Elena Bortolazzi"),
        (IT_INNER_TIME, "Sindaco, per trecento", "Un assessore regionale"),
        (FR_INNER_RELATIVE, "On ne ferme jamais", "Ma grand-mère"),
        (DE_INNER_APPOSED, "Ein Baum, der beim", "Anton Brecht"),
        (FR_BODY_APPOSED, "un chantier complexe", "Réseaux de l'Ouest"),
        (IT_STATEMENT, "un cantiere complesso", "Rete Appennino Digitale"),
        (IT_STATEMENT, "un successo che", "Lanterna Film"),
        (ES_STATEMENT, "una obra compleja", "Redes del Norte"),
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (EN_INNER_LETTER, "Your ward will close"),
        (EN_INNER_TWO_MEN, "If the wall goes up"),
        (EN_INNER_UNNAMED_MAN, "Give me the money"),
    ],
)
def test_inner_words_named_by_no_one_stay_in_the_quotation(text: str, head: str) -> None:
    ((_, _, found),) = outcomes([(text, [(head, None)])])
    assert found == "<missing>"


def test_a_verb_before_the_statement_keeps_the_body() -> None:
    ((_, _, found),) = outcomes([(ES_STATEMENT_VERB, [("más de doce mil", None)])])
    assert found not in ("<missing>", "Eusebio Tresaco")


FR_ACCORDING_UNNAMED = (
    "Le conseil régional a voté le budget mardi soir après un long débat.\n\nSelon un diplomate "
    "européen présent à Valbrune comme observateur, ce départ était « prévisible depuis "
    "mercredi ». « Les délégués avaient déjà fait leurs valises », ironise-t-il." + FR_MORE
)
FR_WITHOUT = (
    "Le conseil régional a voté le budget mardi soir après un long débat.\n\nLe ministère des "
    "Affaires étrangères a indiqué que le retour avait été rendu possible par « une solution "
    "trouvée avec les autorités sanitaires », sans en préciser le coût." + FR_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        # (someone unnamed after "selon", up to where they were: not the place)
        (FR_ACCORDING_UNNAMED, "prévisible depuis", "un diplomate européen"),
        (FR_ACCORDING_UNNAMED, "Les délégués avaient", "un diplomate européen"),
    ],
)
def test_according_to_someone_unnamed(text: str, head: str, speaker: str) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker


def test_a_phrase_opening_on_without_is_no_one() -> None:
    ((_, _, found),) = outcomes([(FR_WITHOUT, [("une solution trouvée", None)])])
    assert found != "sans en"


EN_CHAIR_WENT_FURTHER = (
    "The union held its annual meeting in Brackley on Saturday, and members voted to ballot "
    "for strikes.\n\nIts chair, Morag Fenwick, went further. “Our members have been told to "
    "diversify for twenty years. Diversify into what?”\n\nThe ballot opens next month, and the "
    "result is expected before the end of the year, the union said in a statement."
)
EN_WHILE_AFTER = (
    "The dispute over student rents reached Westminster this week.\n\nUniversities Minister "
    "Rupert Crane told MPs on Tuesday that institutions had “a duty to keep accommodation "
    "within reach of ordinary families”, while insisting rents were a matter for universities."
    "\n\nA vote is expected next month, after a review of the costs by an independent panel."
)
# (a pronoun opening the sentence before is read as before: the person it stands for)
EN_SHE_DECLINED = (
    "The launch was delayed again on Tuesday.\n\nFiona Blackwood, the chief executive, said "
    "the wheels had failed their tests. She declined to name the supplier. “They have been "
    "cooperative. I would rather fix the hardware than fight in public.”\n\nThe company "
    "said a new launch date would be set in the spring."
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (EN_CHAIR_WENT_FURTHER, "Our members have", "Morag Fenwick"),
        (EN_WHILE_AFTER, "a duty to keep", "Rupert Crane"),
        (EN_SHE_DECLINED, "They have been cooperative", "Fiona Blackwood"),
    ],
)
def test_english_sentence_before(text: str, head: str, speaker: str) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker
