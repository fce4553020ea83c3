"""Speakers on short invented features, profiles and interviews, one shape each: an English
interview printed as topic prompts ("On the new album:") with a pronoun attribution that is the
interviewee's, not the person the prompt names; the paragraph just before the questions that
introduces the interviewee ("We asked X about his plans."); the person the headline names over
others the introduction names; a quotation over several paragraphs whose first, unclosed
paragraph takes the speaker of the rest; a profile's subject answering the writer's question in
the same paragraph, and speaking a first-person quotation ending a paragraph of their story;
an English profile's subject speaking free-standing first-person paragraphs. Guards: a
quotation paragraph after someone else introduced (named or unnamed), a question about
another person or about a thing before the subject is quoted, a paragraph about someone
unnamed, an English paragraph going on after a statement. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # topic prompts; "she says" after a prompt naming a late colleague is the interviewee's
        "Marta Kellaway at 75: still on the road\n\n"
        "Marta Kellaway has been playing the fiddle in folk clubs since 1968. Her twelfth "
        "album comes out in May.\n\n"
        "We spoke in her kitchen in Hexham. These are edited extracts.\n\n"
        "On her first gig:\n\n"
        "“I was fourteen and I forgot the second verse, so I played the first one twice.”\n\n"
        "On Davey Rourke, her guitarist for twenty years, who died last spring:\n\n"
        "“Davey never once tuned before a show,” she says. “He said it kept him humble.”\n\n"
        "On slowing down:\n\n"
        "“Slowing down is for people with gardens. I have a van.”",
        [
            ("I was fourteen", "Marta Kellaway"),
            ("Davey never once", "Marta Kellaway"),
            ("He said it kept", "Marta Kellaway"),
            ("Slowing down is", "Marta Kellaway"),
        ],
    ),
    (
        # the paragraph before the questions introduces the interviewee, after others quoted
        "The community orchard at Bramley Lane opened to the public on Saturday.\n\n"
        "“It’s the best thing to happen here in years,” said resident Paula Greaves.\n\n"
        "Her neighbour Dennis Orme, 70, said: “My grandchildren picked their first apple.”\n\n"
        "We asked the orchard’s head gardener, Nikhil Sand, 45, about the next season.\n\n"
        "What will you plant next?\n\n"
        "“Pears and plums along the north wall, where the frost doesn’t reach.”\n\n"
        "Who looks after it all?\n\n"
        "“Forty volunteers and one very patient goat.”",
        [
            ("Pears and plums", "Nikhil Sand"),
            ("Forty volunteers", "Nikhil Sand"),
        ],
    ),
    (
        # the person the headline names, over a customer the introduction describes first
        "Casilda Alcaraz cierra la mercería tras cuarenta años\n\n"
        "La mercería de la calle Mayor baja la persiana el viernes. Casilda Alcaraz, de 74 "
        "años, la abrió en 1985. Uno de sus clientes, Teodoro Quiles, jubilado, compra allí "
        "los botones desde entonces. “Nunca me ha fallado un botón”, asegura.\n\n"
        "¿Qué hará a partir del lunes?\n\n"
        "“Coser para mí, por fin”.\n\n"
        "¿Echará de menos el mostrador?\n\n"
        "“Los primeros días, seguro. Luego ya veremos”.",
        [
            ("Coser para mí", "Casilda Alcaraz"),
            ("Los primeros días", "Casilda Alcaraz"),
        ],
    ),
    (
        # an unclosed paragraph going on in the next: the speaker the next one names
        "Le boulanger du village prend sa retraite\n\n"
        "Depuis 1982, Lucien Marchais pétrit le pain de Saint-Aubin. « Je me lève à trois "
        "heures depuis quarante ans », dit-il.\n\n"
        "Son fils n’a pas voulu reprendre, et le fournil fermera en juin.\n\n"
        "« Mon père faisait déjà le pain dans ce four. Il disait qu’un four froid est un "
        "four mort.\n\n"
        "« Alors je le laisserai chaud jusqu’au dernier jour », confie le boulanger.",
        [
            ("Mon père faisait", "Lucien Marchais"),
            ("Alors je le laisserai", "Lucien Marchais"),
        ],
    ),
    (
        # the writer's question then the subject's answer, in one paragraph (Italian); a
        # first-person quotation ending a paragraph of the subject's story
        "Ottant'anni di biciclette: Gino Ferrandi non chiude la bottega\n\n"
        "Gino Ferrandi, 81 anni, ripara biciclette in via Roma dal 1961. «Ho cominciato a "
        "dodici anni, con mio zio», racconta Gino Ferrandi.\n\n"
        "Imparò tutto a bottega, senza scuole. «Mio zio mi dava uno schiaffo per ogni vite "
        "persa».\n\n"
        "E il ritiro? «La pensione la prendo, ma la chiave della bottega la tengo io».",
        [
            ("Mio zio mi dava", "Gino Ferrandi"),
            ("La pensione la prendo", "Gino Ferrandi"),
        ],
    ),
    (
        # an English profile's subject: a free-standing first-person paragraph after a
        # paragraph about them
        "Sixty years behind the bar at the Anchor\n\n"
        "FALMOUTH — Gwen Treloar, 82, pulled her first pint at the Anchor in 1964.\n\n"
        "“My father said I’d last a week,” Treloar said.\n\n"
        "Ask her about retirement and she laughs.\n\n"
        "“I’m not going anywhere. They’ll have to carry me out past the dartboard.”",
        [("I’m not going anywhere", "Gwen Treloar")],
    ),
    (
        # guard: a quotation paragraph after an unnamed person introduced is not the subject's:
        # it is the unnamed person's, by their description (``descriptions``)
        "Sixty years behind the bar at the Anchor\n\n"
        "FALMOUTH — Gwen Treloar, 82, pulled her first pint at the Anchor in 1964.\n\n"
        "“My father said I’d last a week,” Treloar said.\n\n"
        "One regular, who did not want to be named, described what the pub meant to him.\n\n"
        "“I’ve had every birthday here since I was eighteen.”",
        [("I’ve had every birthday", "one regular")],
    ),
    (
        # guard: the writer's question about a thing, before anyone is quoted, is no answer
        "SALT CREEK, Utah – Everyone in town has an opinion on the new water signs.\n\n"
        "The campaign was designed by Mayor Delia Farnsworth’s office over the summer.\n\n"
        "The slogan? “Every drop counts.”\n\n"
        "“We wanted something people would remember,” Farnsworth said on Monday.",
        [("Every drop counts", None), ("We wanted something", "Delia Farnsworth")],
    ),
    (
        # guard: an English paragraph going on after a statement "they" attribute
        "Harbour Sounds and its former singer Ellie Brandt are still arguing over her old "
        "recordings.\n\n"
        "Brandt said the label had blocked her from using them. “I just want my songs back,” "
        "she said. “I wrote every one of them.” She added: “I won’t stop asking.”\n\n"
        "“The label has never stood in her way,” they said in a statement on Friday.\n\n"
        "“In fact, the decision was never ours to make.”",
        # (the label "they" stands for, not the singer the article is about)
        [("The label has never", "Harbour Sounds"), ("In fact, the decision", "Harbour Sounds")],
    ),
    (
        # guard: a question about another person named in the paragraph is not the subject's
        "La churrería de Dolores Pizarro cumple medio siglo\n\n"
        "Dolores Pizarro, de 70 años, fríe churros desde 1975. «El secreto es el aceite "
        "limpio», dice Dolores Pizarro.\n\n"
        "Su nieto, Raúl Pizarro, estudia hostelería. ¿Seguirá con el negocio? «Si mi abuela "
        "me deja tocar la sartén, sí», responde Raúl.",
        [("Si mi abuela", "Raúl Pizarro")],
    ),
    (
        # guard: a paragraph about someone unnamed before a first-person quotation
        "Ottant'anni di biciclette: Gino Ferrandi non chiude la bottega\n\n"
        "Gino Ferrandi, 81 anni, ripara biciclette in via Roma dal 1961. «Ho cominciato a "
        "dodici anni, con mio zio», racconta Gino Ferrandi.\n\n"
        "Una cliente aspetta sulla porta con la sua bici rossa. «Io vengo qui da "
        "quarant'anni».",
        [("Io vengo qui", None)],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_feature_shapes_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
