"""Speakers on short invented Portuguese and Italian passages, one general shape each (batch
sp-ptit5): an organisation reporting through a note, long institution names, genders given by
a Romance article and role noun, and the like. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # "em nota" between the verb and "que" is a noun, not the verb "nota"
        "A escola fechou mais cedo. O Sindicato dos Professores do Norte informou, em nota, que "
        "«vai pedir uma reunião com o ministério ainda esta semana».",
        [("vai pedir uma reunião", "O Sindicato dos Professores do Norte")],
    ),
    (
        # an institution's name over several Romance prepositions stays whole
        "Em comunicado, a Procuradoria Regional da Zona Sul de Setúbal indicou que «o inquérito "
        "segue em segredo de justiça até ao fim do mês».",
        [("o inquérito segue", "Procuradoria Regional da Zona Sul de Setúbal")],
    ),
    (
        # a Portuguese article and a role noun give the gender of a first name no list holds:
        # the later subjectless verb goes to that person, not to the earlier known name (a
        # passage long enough to read as Portuguese)
        "A feira de artesanato foi aberta ontem de manhã pelo ministro Carlos Teixeira Mota, "
        "que percorreu os pavilhões durante mais de uma hora. O ceramista Adelmiro Vasques "
        "Pontes, de 70 anos, vendeu todas as peças que tinha trazido para a feira.\n\n"
        "«Vendi mais peças hoje do que no mês inteiro», contou.",
        [("Vendi mais peças", "Adelmiro Vasques Pontes")],
    ),
    (
        # the same for a role in commas before the name ("A neta dele, X")
        "A tempestade de ontem levou o barco do pescador Rui Tavares, que vive na vila há "
        "quarenta anos e nunca tinha visto uma coisa assim. A neta dele, Jucilene Prado, "
        "esteve no porto durante toda a noite com os outros familiares dos pescadores.\n\n"
        "«Ninguém nos avisou a tempo», lamentou.",
        [("Ninguém nos avisou", "Jucilene Prado")],
    ),
    (
        # Italian: "la ricercatrice X" gives her gender
        "Il convegno sulla ricerca medica è stato aperto ieri mattina dal rettore Paolo Bianchi, "
        "che ha ricordato i cento anni della facoltà. La ricercatrice Gelsominetta Scotti Varani "
        "ha presentato poi lo studio sui pazienti della provincia.\n\n"
        "«I dati sono ancora parziali», ha precisato.",
        [("I dati sono", "Gelsominetta Scotti Varani")],
    ),
    (
        # a surname with its particles ("Van der X", "de' X", "dos X") is one name
        "La tappa di ieri è stata vinta dal belga Pieter Van der Stappen, che ha staccato "
        "tutti. «Ho sofferto fino all'ultimo chilometro», ha detto Van der Stappen.",
        [("Ho sofferto fino", "Pieter Van der Stappen")],
    ),
    (
        "A relazione è toccata all'assessore al Bilancio, Gianluca Serra de' Medicis. «I conti "
        "sono in ordine», ha assicurato.",
        [("I conti", "Gianluca Serra de' Medicis")],
    ),
    (
        # a listener or a place after the verb, over a fused elided preposition, is no subject
        "La testimone Graziella Moretti Pace ha parlato per un'ora davanti ai giudici. «Ho "
        "visto tutto dalla finestra», ha raccontato all'uscita dall'aula.",
        [("Ho visto tutto", "Graziella Moretti Pace")],
    ),
    (
        # an Italian age without a hyphen ("il 31enne") goes to the role noun opening the
        # sentence before, as a pronoun would
        "La corsa è stata vinta dal veterano Marco Bellandi Rota, davanti al francese Luc "
        "Berthier, che partiva da favorito.\n\nIl francese, che ha forato a metà gara, non "
        "cerca scuse. «Ho perso e basta, complimenti a lui», ha detto il 31enne a fine corsa, "
        "dopo aver salutato i tifosi arrivati da Lione per seguirlo nella tappa più dura.",
        [("Ho perso e basta", "Luc Berthier")],
    ),
    (
        # "l'operaio": the Italian noun's ending gives the gender the elided article hides
        "Davanti alla fabbrica di Pordenone, ieri mattina, c'erano decine di persone. Il tornitore "
        "Oreste Bazzana Pittis, 58 anni, lavora lì da trenta. Con lui c'era la figlia, Nives, "
        "arrivata da Udine per stare vicino ai colleghi del padre.\n\n«Non ci hanno detto "
        "niente fino all'ultimo giorno», ha detto l'operaio.",
        [("Non ci hanno detto", "Oreste Bazzana Pittis")],
    ),
    (
        # "Per X, presidente …" opening a sentence: the preposition, not the first name "Per";
        # "in serata durante …" after the verb is a circumstance, not a subject
        "La frana ha colpito la valle nella notte tra sabato e domenica, senza vittime. Per "
        "Rosanna Chiesa Vanetti, presidente del consorzio, il danno è enorme. «Ci vorranno "
        "anni per ricostruire tutto», ha detto in serata durante l'assemblea.",
        [("Ci vorranno anni", "Rosanna Chiesa Vanetti")],
    ),
    (
        # a quotation with no attribution after a sentence citing someone ("Secondo il
        # geologo X, …") in its paragraph is theirs
        "La frana ha colpito la valle nella notte tra sabato e domenica, senza vittime ma con "
        "molti danni alle case.\n\nSecondo l'ingegnere comunale Attilio Sormani Vela, la "
        "strada resterà chiusa per mesi. «Il versante si muove ancora di qualche centimetro "
        "al giorno.»",
        [("Il versante si muove", "Attilio Sormani Vela")],
    ),
    (
        # a person called by the first name alone after the full name, as Brazilian news does
        "Eleita com a maior votação da história do bairro, a líder comunitária Jussiara "
        "Menezes Vilar disse que vai começar pelo saneamento das ruas mais pobres.\n\n"
        '"A gente esperou demais por isso", disse Jussiara em entrevista na associação.',
        [("A gente esperou", "Jussiara Menezes Vilar")],
    ),
    (
        # Portuguese "», afirmou a X." with one role noun is the article, not "to": and a
        # role shared by two people ("autarca": a mayor and a councillor) goes to the one of
        # the article's gender
        "O vereador Nuno Faria Leitão criticou ontem a presidente da câmara, Odete Salgueiro "
        'Paiva, por causa das obras na marginal, que estão paradas há meses.\n\n"As obras '
        'recomeçam na próxima semana", afirmou a autarca, à saída da reunião do executivo.',
        [("As obras recomeçam", "Odete Salgueiro Paiva")],
    ),
    (
        # a sentence opening on a speech verb with no subject, far from the mark, goes on with
        # the subject before ("A autarca …. Disse que … «…»"); a later sentence opening on a
        # role noun ("O vereador …") gives its person to a subjectless verb after it
        "O vereador Nuno Faria Leitão acusou a presidente da câmara, Odete Salgueiro Paiva, "
        "de esconder o parecer técnico sobre a ponte velha, que fechou em setembro.\n\n"
        "A autarca negou tudo. Disse que o parecer ainda está a ser revisto pelos engenheiros "
        'da universidade e que só será divulgado "quando estiver completo e assinado".\n\n'
        "O vereador não ficou convencido. No fim da sessão, perante os jornalistas, voltou a "
        'insistir no assunto. "Há documentos que provam o contrário", disse.',
        [
            ("quando estiver completo", "Odete Salgueiro Paiva"),
            ("Há documentos", "Nuno Faria Leitão"),
        ],
    ),
    (
        # a lower-case article opening the subject after a fronted phrase ("Nel testo il
        # manager parla di «…»"), the role resolved to the one person introduced with it
        "La lettera ai sindacati è stata firmata dall'amministratore delegato, Ruggero Alfieri "
        "Sala, e inviata ieri sera a tutti i dipendenti dello stabilimento di Terni.\n\nNel "
        "testo il manager parla di «una crisi di domanda che non accenna a finire». Chiede "
        "tempo ai sindacati.",
        [("una crisi di domanda", "Ruggero Alfieri Sala")],
    ),
    (
        # a name run after a Romance "of" opens on the noun it governs, not on the person:
        # "l'avvocato della Regione Tommaso Berti" is Tommaso Berti
        "Il processo per il crollo del ponte sulla provinciale è ripreso ieri a Perugia con le "
        "testimonianze dei tecnici della Regione e della ditta che aveva fatto i lavori.\n\n"
        "«La manutenzione non è mai stata fatta», ha detto in aula l'avvocato della Regione "
        "Tommaso Berti.",
        [("La manutenzione", "Tommaso Berti")],
    ),
    (
        # "o órgão" after an organisation named as a subject is that organisation, not the
        # person named last
        "O Instituto Nacional do Clima Marítimo colocou ontem seis distritos do litoral sob "
        "aviso vermelho por causa da tempestade que se aproxima da costa. O pescador Joaquim "
        "Teles Barros, de 63 anos, não saiu para o mar e ficou no porto com os outros.\n\n"
        "Em comunicado, o órgão afirmou que «a agitação marítima pode chegar aos nove metros».",
        [("a agitação marítima", "O Instituto Nacional do Clima Marítimo")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
