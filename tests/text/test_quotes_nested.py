"""Quotations inside a quotation (``speakers.nested``): invented sentences, invented people."""

from __future__ import annotations

from bot.text.quotes import find_quotes


def _found(text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in find_quotes(text)}


def test_spanish_first_person_inner_words_are_the_speakers() -> None:
    text = (
        "El Atlético Sauces ganó el domingo por dos a uno.\n\n"
        "«Le dije al entrenador en el descanso: “Déjame jugar un rato más y marco”», contó "
        "el delantero Rubén Olmedo en la zona mixta. «Y al final marqué.»"
    )
    got = _found(text)
    assert got.get("Déjame jugar un rato más y marco") == "Rubén Olmedo"


def test_portuguese_first_person_inner_words() -> None:
    text = (
        "O Esporte Clube Pinhal venceu no sábado.\n\n"
        "“Eu falei para o treinador: ‘Pode me colocar que eu decido’. E decidi”, disse o "
        "atacante Caio Bezerra, de 19 anos."
    )
    assert _found(text).get("Pode me colocar que eu decido") == "Caio Bezerra"


def test_english_first_person_inner_words() -> None:
    text = (
        "A fire broke out in a bakery on Mill Road on Sunday morning.\n\n"
        "“I ran downstairs and I shouted, ‘Everybody out now!’ Nobody argued,” said Tom "
        "Harwell, 41, who lives above the shop."
    )
    assert _found(text).get("Everybody out now!") == "Tom Harwell"


def test_german_inner_words_of_someone_else_have_no_speaker() -> None:
    # Swiss marks: «…» with ‹…› inside; the doctor said them, not the speaker
    text = (
        "Der Unfall geschah am Samstag auf der Piste oberhalb von Wengen.\n\n"
        "«Als ich aufgewacht bin, hat die Ärztin gesagt: ‹Bleiben Sie ganz ruhig liegen.› "
        "Dann wusste ich, dass ich lebe», sagt Luca Imboden."
    )
    got = _found(text)
    assert "Bleiben Sie ganz ruhig liegen." in got
    assert got["Bleiben Sie ganz ruhig liegen."] is None


def test_french_inner_words_after_a_colon() -> None:
    # (the subject of the verb that introduces them says them: "Les clients", as written)
    text = (
        "Le village de Saint-Aubin a perdu son dernier boulanger en mars.\n\n"
        "« Les clients me disent : “Vous allez nous manquer.” Et puis ils vont au "
        "supermarché », soupire Marcel Rouvière."
    )
    got = _found(text)
    assert "Vous allez nous manquer." in got
    assert got["Vous allez nous manquer."] == "Les clients"


def test_english_inner_words_of_others_stay_inside() -> None:
    # English news reads them as part of the quotation (no speaker named for them)
    text = (
        "The council met on Tuesday night.\n\n"
        "“He told me, ‘We will fix the roof by spring,’ and nothing happened,” said Ann Pike."
    )
    assert "We will fix the roof by spring," not in _found(text)


def test_hypothetical_and_scare_quotes_inside_are_not_quotations() -> None:
    text = (
        "The mayor spoke to reporters on Friday.\n\n"
        "“I would say, ‘Come and see for yourself,’ to anyone who doubts it,” said Ann Pike. "
        "“Les travaux dits ‘urgents’ n'avancent pas.”"
    )
    got = _found(text)
    assert "Come and see for yourself," not in got
    assert "urgents" not in got


# ------------------------------------------------------------------ short words a verb governs


def test_word_inside_reported_clause_is_the_speakers() -> None:
    text = (
        "The county council approved the new bus timetable on Monday.\n\n"
        "Councillor Ruth Ellery said they would leave some villages “stranded” and "
        "promised to raise the matter again in the spring."
    )
    assert "stranded" in _found(text)


def test_spanish_word_after_que_and_a_listener() -> None:
    text = (
        "Los vecinos del barrio de San Lorenzo se reunieron ayer con el concejal de Urbanismo "
        "para hablar del nuevo aparcamiento.\n\n"
        "La portavoz vecinal, Marta Quiroga, explicó a los periodistas que el proyecto es "
        "«inasumible» para las familias del barrio y pidió una nueva reunión."
    )
    assert "inasumible" in _found(text)


def test_spanish_and_italian_verdict_words() -> None:
    es = (
        "El Gobierno regional presentó ayer su plan de vivienda para los próximos cuatro "
        "años.\n\nLa diputada Carmen Villalba calificó el plan de «insuficiente» y anunció "
        "enmiendas."
    )
    it = (
        "Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico per il centro "
        "storico della città, dopo una lunga discussione con le associazioni dei commercianti e "
        "dei residenti.\n\nIl consigliere Marco Pellegatti parla di un piano «improvvisato» e "
        "chiede un nuovo voto."
    )
    assert "insuficiente" in _found(es)
    assert "improvvisato" in _found(it)


def test_so_called_word_and_an_aside_are_not_kept() -> None:
    es = (
        "El Ayuntamiento aprobó ayer la reforma del mercado central de la ciudad.\n\n"
        "El alcalde dijo que el llamado «tasazo» no afectará a los comerciantes del mercado."
    )
    en = (
        "The new party was launched in London on Monday by its founder.\n\n"
        "He told reporters that Fidelis - Latin for “faithful” - would fight every seat."
    )
    assert "tasazo" not in _found(es)
    assert "faithful" not in _found(en)


def test_german_line_in_title_case_said_after_a_comma() -> None:
    text = (
        "Die Brüder Anton und Felix Marschall bewirtschaften seit dem Tod des Vaters den Hof "
        "am Waldrand.\n\n»Nächstes Jahr Dinkel«, sagt Felix Marschall.\n\n"
        "Anton schüttelt den Kopf."
    )
    assert "Nächstes Jahr Dinkel" in _found(text)


# ------------------------------------------------------------------------ headline quotations


def test_tabloid_headline_in_single_marks_over_double_marked_body() -> None:
    text = (
        "‘WE WERE ROBBED’ fumes Rovers boss as derby ends in chaos\n\n"
        "FURIOUS Rovers boss John Smith hit out at the referee after his side lost 2-1 to "
        "Castle Lane on Saturday afternoon in front of a big crowd.\n\n"
        "“I have never seen a decision like that in thirty years of football,” he fumed.\n\n"
        "“We were robbed, and everybody in the ground saw it.”"
    )
    assert _found(text).get("WE WERE ROBBED") == "John Smith"


def test_headline_word_a_speech_verb_governs_takes_the_body_speaker() -> None:
    text = (
        "Brewer’s shares fall as boss warns of ‘painful’ winter\n\n"
        "Shares in the Dunmore Brewing Company fell sharply on Thursday after it cut its "
        "forecast for the year.\n\n"
        "“This will be a painful winter for the whole trade,” said chief executive Nora "
        "Quayle, who took over the company last spring."
    )
    assert _found(text).get("painful") == "Nora Quayle"


def test_headline_place_before_a_verb_is_no_speaker() -> None:
    text = (
        "‘I just saw red’ says Leeds gran, 71, after fighting off robber\n\n"
        "A grandmother fought off a robber with a broom at her family shop on Tuesday "
        "night, police said.\n\n"
        "“I just saw red. He came at me with a knife and I hit him,” said Mary Cullen, 71, "
        "who has run the shop for thirty years."
    )
    assert _found(text).get("I just saw red") == "Mary Cullen"


def test_english_headline_names_its_speaker_after_the_colon() -> None:
    # by a full name the body gives ("‘…’: Ana Lind on …"), or by a description and an age
    # the body gives one person ("‘…’: Leeds gran, 71, …")
    named = (
        "‘I paint the fog because it frightens me’: Wenna Trask on her new exhibition\n\n"
        "Wenna Trask meets me at a gallery on the quay in St Ives, where her new show opens "
        "on Friday.\n\nShe has painted the same stretch of coast for twenty years."
    )
    aged = (
        "‘I JUST GRABBED THE MOP’: Leeds gran, 71, sees off masked raider\n\n"
        "A grandmother fought off a robber at her family shop on Tuesday night, police said.\n\n"
        "Mavis Pruett, 71, was sweeping up when a masked man walked in and demanded cash.\n\n"
        "Her grandson, Lee Pruett, 24, ran in from the back room when he heard her shout."
    )
    assert _found(named).get("I paint the fog because it frightens me") == "Wenna Trask"
    assert _found(aged).get("I JUST GRABBED THE MOP") == "Mavis Pruett"


def test_headline_ending_on_a_full_stop_is_a_sentence() -> None:
    text = (
        "Mayor says the flooding was 'a warning to us all.'\n\n"
        "The mayor spoke to reporters after the river burst its banks on Sunday night.\n\n"
        "“We have to build higher defences before next winter,” she said."
    )
    assert "a warning to us all." not in _found(text)


def test_headline_closing_on_a_quotation_after_a_colon() -> None:
    text = (
        "Chiude la scuola di Valdorno, protesta in piazza. I genitori: «Ci hanno abbandonati»\n\n"
        "Centinaia di persone si sono radunate ieri mattina davanti al municipio di Valdorno "
        "dopo la decisione della provincia di chiudere la scuola media del paese.\n\n"
        "«Ci hanno abbandonati, e nessuno ci ha spiegato perché», ha detto Giulia Ferraresi, "
        "madre di due alunni."
    )
    got = _found(text)
    assert got.get("Ci hanno abbandonati") == "Giulia Ferraresi"


def test_headline_place_before_the_label_is_no_speaker() -> None:
    text = (
        "Crollo del ponte Val Chiara, tre condanne. I parenti: «Una sentenza che non basta»\n\n"
        "Il tribunale ha condannato ieri tre tecnici della società che gestiva il ponte, "
        "crollato quattro anni fa.\n\n"
        "All'uscita dall'aula i parenti delle vittime sono rimasti a lungo in silenzio."
    )
    got = _found(text)
    assert "Una sentenza che non basta" in got
    assert got["Una sentenza che non basta"] is None


def test_english_words_a_charge_or_a_verdict_governs() -> None:
    text = (
        "Wexford Town lost 3-2 at home to Ballyduff on Saturday evening.\n\n"
        "Wexford manager Dan Coyle accused the linesman of “looking away” after the third goal "
        "went in.\n\n"
        "Outside the ground, club secretary Ann Moyles called the result “hard but deserved” "
        "and said the players would regroup."
    )
    got = _found(text)
    assert "looking away" in got
    assert "hard but deserved" in got


def test_a_name_a_passive_verb_gives_is_no_verdict() -> None:
    text = (
        "Doctors in Leeds have described a rare illness in a retired baker.\n\n"
        "The patient was found to have what's called “flour dust fever,” a reaction to fine "
        "powder inhaled over many years."
    )
    assert "flour dust fever," not in _found(text)


def test_spanish_headline_verdict_word_takes_the_body_speaker() -> None:
    text = (
        "La cadena Norvia lanza una opa sobre Textiles Ribera y su presidente la tacha de "
        "«hostil»\n\n"
        "La cadena de distribución Norvia ha presentado una oferta por el cien por cien de "
        "Textiles Ribera, la empresa familiar con sede en Alcoy.\n\n"
        "«Es una oferta hostil, que llega en el peor momento para la plantilla», dijo el "
        "presidente de Textiles Ribera, Julián Ortuño Vidal, en un comunicado."
    )
    assert _found(text).get("hostil") == "Julián Ortuño Vidal"


def test_a_name_after_the_marks_or_a_noun_like_verb_is_no_reported_word() -> None:
    text = (
        "The rebels have taken control of three towns in the north of the country.\n\n"
        "They also demanded that traders pay a “river toll” known as the khata. A local "
        "official faces questions over claims he tried to “quietly bury” the report."
    )
    got = _found(text)
    assert "river toll" not in got
    assert "quietly bury" not in got


def test_dutch_words_in_what_a_speaker_wants() -> None:
    text = (
        "Bouwbedrijf Van Dam schrapt tweehonderd banen in de regio Zwolle, maakte de directie "
        "dinsdag bekend. De vakbond is boos over het besluit van het bedrijf.\n\n"
        "‘Dit zijn vakmensen die je niet zomaar terugvindt,’ zegt bestuurder Karim El Idrissi. "
        "Hij wil dat het bedrijf eerst ‘andere oplossingen’ zoekt, zoals deeltijdwerk."
    )
    assert _found(text).get("andere oplossingen") == "Karim El Idrissi"


def test_dutch_inner_words_someone_else_said_to_the_speaker() -> None:
    text = (
        "De voetbalclub uit Westerhaar won zaterdag de beker na strafschoppen tegen de "
        "favoriet uit de hoofdklasse, tot grote vreugde van het hele dorp.\n\n"
        "‘Toen ik vanochtend binnenkwam zei ze: “Maak er wat moois van.” Dat heb ik gedaan,’ "
        "zegt aanvoerder Joris Brink."
    )
    got = _found(text)
    assert "Maak er wat moois van." in got
    assert got["Maak er wat moois van."] is None
