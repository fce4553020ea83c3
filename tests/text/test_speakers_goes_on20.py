"""Round twenty: where an unnamed speaker's phrase ends, and who goes on (each passage
invented):

- a Spanish clause after the speaker ("dice una vecina mientras paga el café") and a time
  before it ("comentaba ayer un marinero") are no part of who spoke;
- a Portuguese listener's pronoun before the verb ("”, me disse uma das visitantes");
- a French place after an elided article is no participle ending the phrase ("une bénévole
  à l'entrée", not "une bénévole à");
- "Et d'ajouter : « … »", "Et de conclure : « … »" go on with the one who spoke before, in
  the same paragraph or the next;
- a paragraph of quotation after a phrase quoted in a "that"-clause of a verb of saying goes on
  with that clause's speaker ("O presidente, X, admitiu que o negócio “tirou o sono” …" ¶
  "“Mas quando …”").
"""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import ES_MORE, ES_OPEN, FR_MORE, PT_MORE, outcomes

ES_WHILE = (
    ES_OPEN + "En el bar de la plaza no se habla de otra cosa. «Si el olivo no da, aquí no da "
    "nadie», dice una vecina mientras paga el café." + ES_MORE
)
ES_YESTERDAY = (
    ES_OPEN + "En la lonja, el ambiente es de impaciencia. «Aquí todo el mundo tiene letras "
    "que pagar», comentaba ayer un marinero mientras cosía una red." + ES_MORE
)
PT_LISTENER = (
    "A feira do livro abriu ontem no parque da cidade, com mais de cem expositores. Os "
    "organizadores contaram dez mil visitantes no primeiro dia.\n\n“A gente veio pelos livros "
    "e vai voltar pelos livros”, me disse uma das visitantes, já na saída." + PT_MORE
)
FR_PLACE = (
    "La foire du livre a ouvert hier dans le parc, avec cent exposants. Les organisateurs ont "
    "compté dix mille visiteurs le premier jour.\n\n« On n'avait jamais vu autant de monde », "
    "nous raconte une bénévole à l'entrée." + FR_MORE
)
FR_AND_ADD = (
    "La commune a présenté mardi soir son projet de péage devant une salle comble.\n\nDans "
    "la salle, Jacques Morel, artisan carreleur, n'a pas caché son agacement. « Six francs, "
    "pour elle, c'est un café. » Et d'ajouter : « On parle toujours des habitants. Jamais de "
    "ceux qui viennent y travailler. »" + FR_MORE
)
FR_AND_CONCLUDE = (
    "La commune a présenté mardi soir son projet de péage devant une salle comble.\n\n« Six "
    "francs, c'est trop », a lancé Jacques Morel, artisan carreleur.\n\nEt de conclure : « On "
    "parle toujours des habitants. »" + FR_MORE
)

PT_SAID_THAT = (
    "O clube apresentou ontem o novo reforço, um médio de 24 anos vindo da Bélgica.\n\nO "
    "presidente do clube, Jaime Serrano, admitiu que o negócio “tirou o sono” à direção "
    "durante duas semanas.\n\n“Mas quando o vi jogar ao vivo, percebi que não havia "
    "alternativa.”" + PT_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (ES_WHILE, "Si el olivo", "una vecina"),
        (ES_YESTERDAY, "Aquí todo el mundo", "un marinero"),
        (PT_LISTENER, "A gente veio", "uma das visitantes"),
        (FR_PLACE, "On n'avait jamais", "une bénévole à l'entrée"),
        (FR_AND_ADD, "On parle toujours", "Jacques Morel"),
        (FR_AND_CONCLUDE, "On parle toujours", "Jacques Morel"),
        (PT_SAID_THAT, "Mas quando o vi", "Jaime Serrano"),
    ],
    ids=[
        "es-while",
        "es-yesterday",
        "pt-me-disse",
        "fr-elided-place",
        "fr-et-d-ajouter",
        "fr-et-de-conclure",
        "pt-said-that-goes-on",
    ],
)
def test_speaker(text: str, head: str, speaker: str) -> None:
    assert outcomes([(text, [(head, speaker)])])[0][2] == speaker
