"""Speakers on invented Portuguese news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "“A ponte será reaberta em maio”, disse João Pereira, secretário de Obras.",
        [("A ponte será", "João Pereira")],
    ),
    (
        "“Não haverá cortes na saúde”, afirmou a ministra Ana Rodrigues.",
        [("Não haverá cortes", "Ana Rodrigues")],
    ),
    (
        "Segundo o economista Rui Carvalho, “a inflação vai cair no segundo semestre”.",
        [("a inflação vai cair", "Rui Carvalho")],
    ),
    (
        "O pescador António Lopes vive na vila há sessenta anos.\n\n"
        "“O mar está cada vez mais bravo”, acrescentou.",
        [("O mar está", "António Lopes")],
    ),
    (
        "«O aeroporto precisa de mais voos», declarou o autarca Miguel Sousa.",
        [("O aeroporto precisa", "Miguel Sousa")],
    ),
    (
        "A diretora da escola, Beatriz Costa, explicou: “Vamos abrir uma turma nova”.",
        [("Vamos abrir", "Beatriz Costa")],
    ),
    (
        "“Perdemos toda a colheita de laranja”, contou a agricultora Marta Fernandes.",
        [("Perdemos toda", "Marta Fernandes")],
    ),
    (
        "O enfermeiro Pedro Almeida trabalha no hospital há dez anos.\n\n"
        "“Faltam enfermeiros em todos os turnos.”",
        [("Faltam enfermeiros", "Pedro Almeida")],
    ),
    (
        "“O metro vai chegar ao bairro”, garantiu o vereador Carlos Ribeiro. “As obras "
        "começam em junho”.",
        [("O metro vai chegar", "Carlos Ribeiro"), ("As obras começam", "Carlos Ribeiro")],
    ),
    (
        "A bióloga Inês Martins estuda os golfinhos do estuário.\n\n"
        "“A população está a crescer”, disse ela.",
        [("A população está", "Inês Martins")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "“O hospital abre em junho”, garantiu a ministra Margarida Santos.",
        [("O hospital abre", "Margarida Santos")],
    ),
    (
        "Segundo o presidente da câmara, Rui Tavares, “o parque será alargado”.",
        [("o parque será", "Rui Tavares")],
    ),
    (
        "A professora Luísa Gomes ensina na aldeia há trinta anos.\n\n“Temos cada vez menos alunos”, disse ela.",
        [("Temos cada vez", "Luísa Gomes")],
    ),
    (
        "“A água chegou ao primeiro andar”, contou Fernando Dias, morador da rua.",
        [("A água chegou", "Fernando Dias")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "“A estrada reabre na segunda-feira”, anunciou o presidente da câmara, Jorge Neves.",
        [("A estrada reabre", "Jorge Neves")],
    ),
    (
        "Para a investigadora Cristina Moura, “os dados confirmam a tendência”.",
        [("os dados confirmam", "Cristina Moura")],
    ),
    (
        "O treinador Bruno Faria falou depois do jogo. “Merecíamos mais”, disse.",
        [("Merecíamos mais", "Bruno Faria")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "O autarca Gonçalo Pires visitou a escola.\n\n“As obras terminam em setembro”, prometeu.",
        [("As obras terminam", "Gonçalo Pires")],
    ),
    (
        "“Nunca vi tanta água”, disse Manuel Rocha, morador da aldeia. “Perdemos os animais”.",
        [("Nunca vi", "Manuel Rocha"), ("Perdemos os", "Manuel Rocha")],
    ),
    (
        "Segundo a ministra Isabel Cunha, “o salário mínimo vai subir”.",
        [("o salário mínimo", "Isabel Cunha")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        'LISBOA (Lusa) - O Governo aprovou nesta terça-feira um aumento das pensões.\n\n"É um sinal de respeito para com os mais velhos", afirmou a ministra do Trabalho, Ana Mendes, em conferência de imprensa.\n\nA oposição considera a medida insuficiente. "Este aumento não cobre a inflação", disse o deputado Rui Carvalho.',
        [("É um sinal", "Ana Mendes"), ("Este aumento", "Rui Carvalho")],
    ),
    (
        'Por Joana Silva\n\nA Câmara do Porto vai fechar a ponte D. Luís ao trânsito durante um mês.\n\n"As obras são urgentes", explicou o vereador Pedro Costa.\n\nOs comerciantes da Ribeira estão preocupados. "Vamos perder metade dos clientes", lamenta Maria Ferreira, dona de um café.',
        [("As obras são", "Pedro Costa"), ("Vamos perder", "Maria Ferreira")],
    ),
    (
        'O Flamengo venceu o Palmeiras por 2 a 1 no Maracanã.\n\n"Foi uma vitória de garra", disse o técnico Renato Alves depois do jogo.\n\nSegundo o goleiro do Palmeiras, Weverton Lima, "o time não entrou concentrado".',
        [("Foi uma vitória", "Renato Alves"), ("o time não entrou", "Weverton Lima")],
    ),
    (
        'Foto: Carlos Souza\n\nJoão Pereira é agricultor no Alentejo há quarenta anos.\n\n"Nunca vi uma seca assim", conta. "Os poços estão vazios."\n\nO ministro da Agricultura prometeu apoios.',
        [("Nunca vi", "João Pereira"), ("Os poços", "João Pereira")],
    ),
    (
        'A Petrobras anunciou lucro recorde no trimestre.\n\n"Os resultados mostram a força da empresa", declarou o presidente da estatal, Marcos Oliveira.\n\nPara a analista Fernanda Rocha, da corretora XP, "o mercado esperava mais dividendos".',
        [("Os resultados", "Marcos Oliveira"), ("o mercado esperava", "Fernanda Rocha")],
    ),
    (
        'A presidente da Câmara de Lisboa, Helena Martins, inaugurou o novo parque.\n\n"Este é um espaço para todas as famílias", disse. "Queremos uma cidade mais verde."\n\nOs moradores aplaudiram a iniciativa.',
        [("Este é um espaço", "Helena Martins"), ("Queremos uma cidade", "Helena Martins")],
    ),
    (
        "«Encontrámos o desaparecido com vida», afirmou o comandante dos bombeiros, Luís Santos.\n\nO homem de 70 anos tinha desaparecido no domingo na serra. Segundo Santos, estava desidratado mas consciente.\n\n«Ele teve muita sorte», acrescentou o comandante.",
        [("Encontrámos", "Luís Santos"), ("Ele teve muita", "Luís Santos")],
    ),
    (
        'O presidente Lula defendeu a reforma tributária em discurso em Brasília.\n\n"O pobre vai pagar menos imposto", afirmou Lula. "Isso é justiça."\n\nO senador Flávio Nunes criticou o projeto. "Vai aumentar a carga sobre os serviços", disse ele.',
        [("O pobre vai", "Lula"), ("Isso é justiça", "Lula"), ("Vai aumentar", "Flávio Nunes")],
    ),
    (
        'A cantora Marisa Duarte lançou um novo álbum.\n\n"Este disco fala de saudade", disse a artista em entrevista à rádio. "Escrevi as canções em Paris."\n\nO álbum tem dez faixas.',
        [("Este disco", "Marisa Duarte"), ("Escrevi as", "Marisa Duarte")],
    ),
    (
        'A polícia prendeu dois suspeitos de assalto a um banco em Coimbra.\n\n"Os suspeitos foram identificados através das câmaras", explicou o porta-voz da PSP, Nuno Reis.\n\nDe acordo com Reis, o dinheiro foi recuperado.',
        [("Os suspeitos", "Nuno Reis")],
    ),
    (
        'O presidente da Câmara de Braga, Ricardo Rio, anunciou a construção de um novo pavilhão.\n\n"Vai servir mais de dez mil jovens", disse o autarca.\n\nA oposição pede mais informação. "Não sabemos quanto vai custar", afirmou a vereadora Sofia Lopes.',
        [("Vai servir", "Ricardo Rio"), ("Não sabemos", "Sofia Lopes")],
    ),
    (
        'O Benfica venceu o Sporting por 2-0 no Estádio da Luz.\n\n"Foi um jogo muito intenso", disse o treinador Bruno Lage no final. "Os jogadores estão de parabéns."\n',
        [("Foi um jogo", "Bruno Lage"), ("Os jogadores", "Bruno Lage")],
    ),
    (
        'Segundo a ministra da Saúde, Ana Paula Martins, os hospitais vão receber mais médicos.\n\n"Vamos contratar 500 profissionais até ao verão", garantiu a governante.',
        [("Vamos contratar", "Ana Paula Martins")],
    ),
    (
        'Por Rita Almeida\n\nManuel Sousa tem uma loja de ferragens em Setúbal há 40 anos.\n\n"Os clientes agora compram tudo na internet", queixa-se. "Eu não consigo competir."\n',
        [("Os clientes agora", "Manuel Sousa"), ("Eu não consigo", "Manuel Sousa")],
    ),
    (
        "«Estamos a viver um momento histórico», afirmou o primeiro-ministro, Luís Montenegro, na cerimónia.\n\nO líder da oposição, Pedro Nuno Santos, foi mais cauteloso: «Vamos ver os resultados.»",
        [("Estamos a viver", "Luís Montenegro"), ("Vamos ver", "Pedro Nuno Santos")],
    ),
    (
        'A TAP anunciou novas rotas para o Brasil.\n\n"O mercado brasileiro é estratégico para nós", disse o presidente executivo da companhia, Luís Rodrigues, em Lisboa.\n\nOs sindicatos, porém, ameaçam greve. "Os tripulantes estão cansados", afirmou Ricardo Penarroias, do sindicato SNPVAC.',
        [("O mercado brasileiro", "Luís Rodrigues"), ("Os tripulantes", "Ricardo Penarroias")],
    ),
    (
        'O Porto empatou 1-1 com o Braga.\n\n"Merecíamos mais", lamentou o treinador Vítor Bruno. "Criámos muitas oportunidades."\n\nO médio Alan Varela concordou: "Faltou eficácia."\n',
        [
            ("Merecíamos mais", "Vítor Bruno"),
            ("Criámos muitas", "Vítor Bruno"),
            ("Faltou eficácia", "Alan Varela"),
        ],
    ),
    (
        'Foto: Lusa\n\nUm incêndio destruiu três casas em Mação.\n\n"Perdi tudo o que tinha", contou Joaquim Alves, de 78 anos, à agência Lusa.\n\nOs bombeiros estiveram no local durante toda a noite.',
        [("Perdi tudo", "Joaquim Alves")],
    ),
    (
        'A prefeitura de São Paulo vai ampliar as ciclovias.\n\n"A cidade precisa de alternativas ao carro", afirmou o prefeito Ricardo Nunes nesta segunda-feira.\n\nSegundo a ciclista Beatriz Souza, "as ciclovias atuais são perigosas".',
        [("A cidade precisa", "Ricardo Nunes"), ("as ciclovias atuais", "Beatriz Souza")],
    ),
    (
        'A ministra do Ambiente, Maria da Graça Carvalho, visitou a barragem.\n\n"A água é um bem escasso e temos de a poupar", alertou a ministra.\n\n"Vamos investir 200 milhões de euros", anunciou ainda.',
        [
            ("A água é um bem", "Maria da Graça Carvalho"),
            ("Vamos investir", "Maria da Graça Carvalho"),
        ],
    ),
    (
        'O Governo vai baixar o IRS para os jovens até aos 35 anos.\n\n"É uma medida para fixar talento em Portugal", defendeu o ministro das Finanças, Joaquim Miranda Sarmento, no Parlamento.\n\nPara a economista Susana Peralta, "a medida é cara e pouco eficaz".',
        [("É uma medida", "Joaquim Miranda Sarmento"), ("a medida é cara", "Susana Peralta")],
    ),
    (
        'Carla Mendes, 52 anos, é pescadora em Peniche desde os 18.\n\n"O mar já não dá o que dava", diz. "Mas não sei fazer outra coisa."\n',
        [("O mar já", "Carla Mendes"), ("Mas não sei", "Carla Mendes")],
    ),
    (
        'O Sporting apresentou o novo treinador, Rui Borges.\n\n"É um orgulho enorme estar aqui", disse o técnico na conferência de imprensa. "Vamos lutar pelo título."\n\nO presidente do clube, Frederico Varandas, mostrou confiança: "Escolhemos o melhor."\n',
        [
            ("É um orgulho", "Rui Borges"),
            ("Vamos lutar", "Rui Borges"),
            ("Escolhemos o melhor", "Frederico Varandas"),
        ],
    ),
    (
        'Os preços das casas em Lisboa subiram 12% no último ano.\n\n"Os jovens não conseguem comprar casa", alerta Helena Roseta, arquiteta e antiga deputada.\n\nPara o Governo, a solução passa por construir mais. "Vamos lançar 30 mil casas públicas", garantiu o ministro Miguel Pinto Luz.',
        [("Os jovens não", "Helena Roseta"), ("Vamos lançar", "Miguel Pinto Luz")],
    ),
    (
        'Uma tempestade deixou milhares de casas sem luz no Norte.\n\n"Nunca vi um vento assim", contou Manuel Ribeiro, morador em Viana do Castelo.\n\nA E-Redes garantiu que a luz seria reposta até domingo.',
        [("Nunca vi um vento", "Manuel Ribeiro")],
    ),
    (
        'A escritora Lídia Jorge venceu o Prémio Camões.\n\n"Recebo este prémio com enorme emoção", disse a autora, de 78 anos. "É o reconhecimento de uma vida de trabalho."\n\nO ministro da Cultura, Pedro Adão e Silva, felicitou a escritora.',
        [("Recebo este", "Lídia Jorge"), ("É o reconhecimento", "Lídia Jorge")],
    ),
    (
        'Centenas de professores manifestaram-se em Lisboa.\n\n"Estamos cansados de promessas", disse Mário Nogueira, líder da Fenprof. "Queremos ações concretas."\n\nO Ministério da Educação disse estar "disponível para negociar".',
        [("Estamos cansados", "Mário Nogueira"), ("Queremos ações", "Mário Nogueira")],
    ),
    (
        'O Governo brasileiro anunciou um novo programa de habitação.\n\n"Vamos entregar dois milhões de casas até 2026", afirmou o ministro das Cidades, Jader Filho, em Brasília.\n\nEspecialistas questionam a meta. "Falta terreno nas grandes cidades", avalia a urbanista Raquel Rolnik.',
        [("Vamos entregar", "Jader Filho"), ("Falta terreno", "Raquel Rolnik")],
    ),
    (
        'A atleta Patrícia Mamona conquistou a medalha de prata no triplo salto.\n\n"Estou muito feliz com este resultado", disse a portuguesa no final da prova. "Trabalhei muito para isto."\n',
        [("Estou muito feliz", "Patrícia Mamona"), ("Trabalhei muito", "Patrícia Mamona")],
    ),
    (
        'O Banco de Portugal prevê um crescimento de 2% este ano.\n\n"A economia portuguesa continua a mostrar resiliência", afirmou o governador, Mário Centeno, em conferência de imprensa.\n\nO economista João Duque tem dúvidas. "As previsões são demasiado otimistas", considera.',
        [("A economia portuguesa", "Mário Centeno"), ("As previsões", "João Duque")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        'No Porto, o alfarrabista Joaquim Tavares resiste há quarenta anos na mesma loja.\n\n"Os jovens voltaram a comprar livros em papel", garante o livreiro, de 74 anos. "Isso dá-me esperança."\n\nA vizinha Fernanda Lopes, dona de uma papelaria, concorda: "A rua está mais viva do que há dez anos."',
        [
            ("Os jovens voltaram", "Joaquim Tavares"),
            ("Isso dá-me", "Joaquim Tavares"),
            ("A rua está", "Fernanda Lopes"),
        ],
    ),
    (
        'SÃO PAULO - O Palmeiras venceu o Flamengo por 2 a 1 no Allianz Parque.\n\n"Foi um jogo muito disputado, mas merecemos a vitória", disse o técnico Abel Ferreira na coletiva. "O grupo está de parabéns."\n\nO atacante Estêvão, autor do gol da vitória, comemorou: "Sonhava com um gol assim desde criança."',
        [
            ("Foi um jogo", "Abel Ferreira"),
            ("O grupo está", "Abel Ferreira"),
            ("Sonhava com", "Estêvão"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        'BRASÍLIA - O Banco Central elevou a taxa Selic para 12,25% ao ano.\n\n"A inflação continua acima da meta e exige uma resposta firme", disse o presidente da instituição, Gabriel Galípolo, em nota.\n\nO setor industrial reagiu mal. "Juros nesse patamar sufocam quem produz", afirmou Ricardo Alban, presidente da Confederação Nacional da Indústria.',
        [("A inflação continua", "Gabriel Galípolo"), ("Juros nesse", "Ricardo Alban")],
    ),
    (
        'O Benfica empatou 1-1 com o Sporting no Estádio da Luz.\n\n"Faltou-nos eficácia na segunda parte", lamentou Bruno Lage no final da partida. O treinador encarnado elogiou ainda Vangelis Pavlidis: "Trabalhou muito pela equipa."\n\nDo lado leonino, Rui Borges mostrou-se satisfeito. "Um ponto na Luz é sempre positivo", disse o técnico.',
        [
            ("Faltou-nos", "Bruno Lage"),
            ("Trabalhou muito", "Bruno Lage"),
            ("Um ponto na Luz", "Rui Borges"),
        ],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        'RIO DE JANEIRO - A Prefeitura do Rio anunciou um plano para despoluir a Baía de Guanabara até 2035.\n\n"É um compromisso com as próximas gerações", declarou o prefeito Eduardo Paes durante a cerimônia.\n\nAmbientalistas desconfiam. "Já ouvimos essa promessa em 1992, em 2007 e em 2016", ironizou o biólogo Mário Moscatelli.',
        [("É um compromisso", "Eduardo Paes"), ("Já ouvimos", "Mário Moscatelli")],
    ),
    (
        'Em Lisboa, os moradores da Mouraria queixam-se do ruído dos bares.\n\n"Há três anos que não durmo uma noite inteira", desabafa Graça Pereira, de 68 anos. "Ninguém nos ouve."\n\nO presidente da junta de freguesia, Miguel Coelho, promete mais fiscalização: "Vamos reforçar o policiamento aos fins de semana."',
        [
            ("Há três anos", "Graça Pereira"),
            ("Ninguém nos ouve", "Graça Pereira"),
            ("Vamos reforçar", "Miguel Coelho"),
        ],
    ),
    (
        'O FC Porto goleou o Arouca por 4-0.\n\n"A equipa respondeu da melhor maneira depois da derrota em Braga", sublinhou Vítor Bruno na conferência de imprensa.\n\nSamu Aghehowa, que bisou, dedicou os golos à família: "Eles estão sempre comigo."',
        [("A equipa respondeu", "Vítor Bruno"), ("Eles estão", "Samu Aghehowa")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        'LISBOA (Lusa) - O Governo anunciou esta quinta-feira um aumento de 50 euros nas pensões mais baixas.\n\n"É uma medida de justiça social", afirmou a ministra do Trabalho, Maria do Rosário Palma Ramalho, no final do Conselho de Ministros.\n\nOs sindicatos consideram o aumento insuficiente. "Cinquenta euros não pagam a renda de ninguém", criticou Tiago Oliveira, secretário-geral da CGTP.',
        [("É uma medida", "Maria do Rosário Palma Ramalho"), ("Cinquenta euros", "Tiago Oliveira")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        'Na Madeira, a produtora de vinho Ana Freitas perdeu metade da colheita nos incêndios.\n\n"Foi como ver anos de trabalho desaparecer numa noite", conta, emocionada. "Mas vamos replantar."\n\nO presidente do Governo Regional, Miguel Albuquerque, prometeu apoios: "Nenhum agricultor ficará sozinho."',
        [
            ("Foi como ver", "Ana Freitas"),
            ("Mas vamos", "Ana Freitas"),
            ("Nenhum agricultor", "Miguel Albuquerque"),
        ],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    (
        'SÃO PAULO – A Câmara Municipal de Campinas aprovou nesta terça-feira o novo plano diretor da cidade, após meses de discussão.\n\n"É um plano que pensa a cidade para os próximos vinte anos", afirmou o prefeito Ricardo Vasconcelos após a votação.\n\nA vereadora Tânia Albuquerque, da oposição, votou contra. "O texto favorece as construtoras e esquece as periferias", criticou.\n\nSegundo o secretário de Urbanismo, Fernando da Costa Lima, as primeiras mudanças valem a partir de março. "Vamos começar pelas regras de calçadas", disse.\n\nO prefeito rebateu as críticas: "Ouvimos mais de cinco mil pessoas em audiências públicas".',
        [
            ("É um plano", "Ricardo Vasconcelos"),
            ("O texto favorece", "Tânia Albuquerque"),
            ("Vamos começar", "Fernando da Costa Lima"),
            ("Ouvimos mais", "Ricardo Vasconcelos"),
        ],
    ),
    (
        "LISBOA – O Tribunal de Sintra condenou esta quinta-feira a seis anos de prisão um antigo autarca acusado de corrupção passiva.\n\n«O arguido colocou os seus interesses acima dos interesses da população», afirmou a juíza presidente, Helena Mourão, na leitura do acórdão.\n\nO advogado de defesa, João Pedro Sampaio, anunciou de imediato que vai recorrer. «Esta decisão não tem qualquer sustentação na prova produzida», declarou aos jornalistas à saída do tribunal.\n\nO ex-autarca, Vítor Manuel Gouveia, manteve-se em silêncio durante a sessão. À saída, limitou-se a dizer: «Estou inocente.»",
        [
            ("O arguido colocou", "Helena Mourão"),
            ("Esta decisão", "João Pedro Sampaio"),
            ("Estou inocente", "Vítor Manuel Gouveia"),
        ],
    ),
    (
        'ECONOMIA – A fabricante de calçados Passo Firme anunciou nesta segunda-feira a abertura de uma nova fábrica em Sobral, no Ceará, com investimento de R$ 180 milhões.\n\n"O Nordeste tem mão de obra qualificada e incentivos fiscais atrativos", explicou o presidente da empresa, Marcelo Antunes de Oliveira.\n\nA governadora do estado, Luíza Barreto, comemorou o anúncio. "São 2.500 empregos diretos para a região", disse ela.\n\nPara o economista Paulo Henrique Siqueira, da Fundação Getulio Vargas, "a guerra fiscal entre os estados continua decidindo onde as indústrias se instalam".',
        [
            ("O Nordeste tem", "Marcelo Antunes de Oliveira"),
            ("São 2.500", "Luíza Barreto"),
            ("a guerra fiscal", "Paulo Henrique Siqueira"),
        ],
    ),
    (
        'CULTURA – A cantora baiana Margareth Nascimento lança nesta sexta-feira seu décimo álbum, gravado em Salvador.\n\n"Esse disco é uma volta às minhas raízes", afirma a artista, de 54 anos. "Gravei com os músicos do bairro onde cresci."\n\nO produtor do álbum, Téo Ramalho, conta que as gravações duraram apenas duas semanas. "Ela chegou com tudo pronto na cabeça", lembra.\n\nA cantora faz o primeiro show da turnê em dezembro: "Quero ver o público dançando do começo ao fim".',
        [
            ("Esse disco", "Margareth Nascimento"),
            ("Gravei com", "Margareth Nascimento"),
            ("Ela chegou", "Téo Ramalho"),
            ("Quero ver", "Margareth Nascimento"),
        ],
    ),
    (
        "CIÊNCIA – Investigadores da Universidade de Coimbra identificaram uma nova espécie de lagartixa na serra da Estrela.\n\n«Foi uma surpresa total, ninguém esperava encontrar uma espécie desconhecida em Portugal continental», afirmou a bióloga Inês Carvalhal, que liderou o estudo.\n\nSegundo o investigador Tiago Nunes Bettencourt, a espécie vive apenas acima dos 1500 metros. «É extremamente vulnerável às alterações climáticas», alertou.\n\nA investigadora sublinhou a importância de proteger o habitat: «Se a neve desaparecer, a lagartixa desaparece com ela».",
        [
            ("Foi uma surpresa", "Inês Carvalhal"),
            ("É extremamente", "Tiago Nunes Bettencourt"),
            ("Se a neve", "Inês Carvalhal"),
        ],
    ),
    (
        'RIO DE JANEIRO – A Polícia Civil prendeu nesta quarta-feira quatro suspeitos de aplicar golpes pelo telefone em idosos na zona norte do Rio.\n\n"A quadrilha se passava por funcionários de banco e conseguia os dados das vítimas", explicou o delegado Rodrigo Pimentel, da 22ª DP.\n\nUma das vítimas, a aposentada Neide Ferreira, de 76 anos, perdeu R$ 40 mil. "Eles sabiam tudo sobre mim, até o nome do meu cachorro", relatou.\n\nDe acordo com o delegado, o grupo movimentou mais de R$ 2 milhões em um ano. "Ainda há outros integrantes sendo procurados", afirmou.',
        [
            ("A quadrilha", "Rodrigo Pimentel"),
            ("Eles sabiam", "Neide Ferreira"),
            ("Ainda há", "Rodrigo Pimentel"),
        ],
    ),
    (
        "PORTO, 4 dez (Lusa) – O arquiteto Henrique Barros Cardoso, de 88 anos, recebeu hoje o Prémio Pessoa pelo conjunto da sua obra.\n\n«Nunca trabalhei a pensar em prémios», disse à agência Lusa o arquiteto, visivelmente emocionado.\n\nQuestionado sobre o futuro, garantiu que continua a desenhar todos os dias. «Enquanto a mão obedecer, eu desenho», afirmou, entre risos.\n\nO presidente do júri, Rui Vilar Moreira, justificou a escolha: «Poucos portugueses mudaram tanto a forma como olhamos para as cidades».",
        [
            ("Nunca trabalhei", "Henrique Barros Cardoso"),
            ("Enquanto a mão", "Henrique Barros Cardoso"),
            ("Poucos portugueses", "Rui Vilar Moreira"),
        ],
    ),
    # batch 6, written before its rules (FR 16/19, ES 15/16, IT 15/18, PT 14/17 speakers right then, three unnamed role speakers counted as None; all 70 after)
    (
        'BRASÍLIA – O Senado aprovou nesta quarta-feira o projeto que cria um imposto mínimo para grandes fortunas.\n\n"É uma questão de justiça tributária", afirmou o relator da proposta, senador Otávio Brandão, após a votação.\n\nA oposição promete recorrer ao Supremo. Para o líder da bancada, Sérgio Lemos, "o texto é inconstitucional e vai afugentar investimentos".\n\nO ministro da Fazenda comemorou o resultado nas redes sociais. "Vitória do Brasil que trabalha", escreveu.',
        [
            ("É uma questão", "Otávio Brandão"),
            ("o texto é inconstitucional", "Sérgio Lemos"),
            ("Vitória do Brasil", "O ministro da Fazenda"),
        ],
    ),
    (
        "LISBOA, 3 dez (Lusa) – A ministra da Saúde, Ana Paula Moura, garantiu hoje que as urgências pediátricas vão funcionar sem interrupções durante o inverno.\n\n«Temos os médicos necessários para assegurar todas as escalas», disse a governante aos jornalistas, no final de uma visita ao Hospital de Santa Maria.\n\nO bastonário da Ordem dos Médicos, Carlos Antunes, mostrou-se cético. «Já ouvimos essa promessa nos últimos três invernos», afirmou à Lusa.\n\nA ministra respondeu que «desta vez há contratos assinados».",
        [("Temos os médicos", "Ana Paula Moura"), ("Já ouvimos", "Carlos Antunes")],
    ),
    (
        'FUTEBOL – O Flamengo venceu o Palmeiras por 2 a 1 no Maracanã e assumiu a liderança do Brasileirão.\n\n"Foi uma vitória de raça", resumiu o técnico Felipe Arantes na entrevista coletiva. "O grupo está de parabéns."\n\nAutor do gol da vitória aos 44 do segundo tempo, o atacante Bruno Cardoso não escondia a emoção: "Sonhei com esse gol a semana inteira".\n\nDo lado palmeirense, o treinador Abel Monteiro reclamou da arbitragem. "O pênalti foi claríssimo e ninguém viu", disparou o português.',
        [
            ("Foi uma vitória", "Felipe Arantes"),
            ("O grupo está", "Felipe Arantes"),
            ("Sonhei com esse gol", "Bruno Cardoso"),
            ("O pênalti foi", "Abel Monteiro"),
        ],
    ),
    (
        "PORTO – Um incêndio destruiu na madrugada de hoje um armazém de têxteis em Vila Nova de Gaia, sem provocar feridos.\n\n«Quando chegámos, o armazém estava totalmente tomado pelas chamas», explicou o comandante dos Bombeiros Voluntários de Gaia, José Manuel Pinto.\n\nO dono do armazém, Fernando Sousa Lobo, estima prejuízos superiores a dois milhões de euros. «Perdi tudo numa noite», lamentou o empresário, de 63 anos.\n\nSegundo a GNR, as causas do incêndio ainda estão por apurar.",
        [("Quando chegámos", "José Manuel Pinto"), ("Perdi tudo", "Fernando Sousa Lobo")],
    ),
    (
        "CULTURA – A escritora moçambicana Lurdes Machava venceu o Prémio Camões, o mais importante da língua portuguesa.\n\n«Dedico este prémio às mulheres que me contaram as suas histórias nas aldeias do Niassa», declarou a autora, em Maputo, pouco depois de conhecer a decisão.\n\nA presidente do júri, a professora brasileira Marta Rezende, elogiou «uma obra que dá voz a quem nunca a teve».\n\nMachava, de 67 anos, publicou o primeiro romance em 1990. «Na altura, diziam-me que uma mulher não devia escrever», recordou. «Continuei a escrever.»",
        [
            ("Dedico este prémio", "Lurdes Machava"),
            ("Na altura", "Lurdes Machava"),
            ("Continuei a escrever", "Lurdes Machava"),
        ],
    ),
    (
        'SÃO PAULO – Pesquisadores da USP desenvolveram um teste rápido capaz de identificar a dengue em quinze minutos, a partir de uma gota de saliva.\n\n"É barato, não precisa de laboratório e pode ser usado em qualquer posto de saúde", explica a coordenadora do estudo, a bioquímica Renata Guimarães.\n\nO teste ainda precisa ser aprovado pela Anvisa. De acordo com o pesquisador Lucas Tavares, que participou do projeto, a expectativa é que isso aconteça até o meio do ano. "Já fizemos mais de três mil testes com resultados excelentes", disse.\n\nA cientista reconhece, porém, que a produção em larga escala é um desafio: "Precisamos de parceiros na indústria".',
        [
            ("É barato", "Renata Guimarães"),
            ("Já fizemos", "Lucas Tavares"),
            ("Precisamos de parceiros", "Renata Guimarães"),
        ],
    ),
    # once in ARTICLES_HARD, right since the batch-5 and batch-6 rules
    (
        "FUTEBOL – O Sporting de Braga venceu o Vitória de Guimarães por 2-0 no dérbi minhoto.\n\n«Fomos mais fortes do início ao fim», resumiu o treinador Carlos Teixeira na conferência de imprensa.\n\nO técnico destacou a exibição do jovem médio Diogo Faria: «É um miúdo com um talento enorme».\n\nDiogo Faria, de 19 anos, dedicou o golo à família. «O meu avô estava na bancada, foi para ele», contou o médio.\n\nDo lado vimaranense, o treinador Nuno Ventura admitiu a derrota. «O Braga foi melhor e ganhou com justiça», reconheceu.",
        [
            ("Fomos mais fortes", "Carlos Teixeira"),
            ("É um miúdo", "Carlos Teixeira"),
            ("O meu avô", "Diogo Faria"),
            ("O Braga foi melhor", "Nuno Ventura"),
        ],
    ),
    # batch 7, written before its rules (FR 12/21, ES 12/15, IT 12/18, PT 14/16 speakers right then; all 70 after)
    (
        "COIMBRA – A Câmara Municipal de Coimbra aprovou ontem o orçamento para 2027, com os votos contra da oposição.\n\n«É um orçamento realista e centrado nas pessoas», defendeu o presidente da autarquia, José Manuel Silva Ramos, durante a sessão.\n\nA vereadora do PS Ana Cristina Pereira criticou a falta de investimento na habitação. «A cidade está a expulsar os jovens», afirmou.\n\nO autarca respondeu que «há 40 milhões previstos para casas a custos controlados».",
        [
            ("É um orçamento realista", "José Manuel Silva Ramos"),
            ("A cidade está", "Ana Cristina Pereira"),
        ],
    ),
    (
        'JUSTIÇA – O Supremo Tribunal Federal manteve nesta quinta-feira a condenação do ex-prefeito de Cuiabá, Antônio Carlos Figueiredo, por desvio de verbas da merenda escolar.\n\n"As provas são robustas e não deixam margem para dúvidas", afirmou a ministra relatora, Cármen Lúcia Vasconcellos, em seu voto.\n\nA defesa do ex-prefeito disse que vai recorrer a cortes internacionais. "Meu cliente é vítima de perseguição política", declarou o advogado Roberto Podval Neto.\n\nFigueiredo não comentou a decisão.',
        [
            ("As provas são robustas", "Cármen Lúcia Vasconcellos"),
            ("Meu cliente é vítima", "Roberto Podval Neto"),
        ],
    ),
    (
        "ATLETISMO – A portuguesa Patrícia Mamona Lopes conquistou a medalha de prata no triplo salto dos Europeus de pista coberta.\n\n«Saltei com o coração», disse a atleta do Sporting logo após a prova. «Esta medalha é para todos os que acreditaram em mim depois da lesão.»\n\nO selecionador nacional, José Barros, elogiou a resiliência da atleta: «Há um ano ela mal conseguia correr».\n\nA saltadora, de 37 anos, não pensa ainda em terminar a carreira. «Enquanto o corpo deixar, vou continuar», garantiu.",
        [
            ("Saltei com o coração", "Patrícia Mamona Lopes"),
            ("Esta medalha", "Patrícia Mamona Lopes"),
            ("Há um ano", "José Barros"),
            ("Enquanto o corpo", "Patrícia Mamona Lopes"),
        ],
    ),
    (
        'ECONOMIA – O Banco Central manteve a taxa Selic em 10,5% ao ano nesta quarta-feira, em decisão unânime.\n\nPara o economista-chefe de uma gestora paulista, Rodrigo Azevedo Lins, "o Banco Central mostrou que a inflação continua sendo a prioridade".\n\nJá a Confederação Nacional da Indústria criticou a decisão. "Os juros altos estão travando o investimento produtivo", afirmou em nota o presidente da entidade, Ricardo Alban Souza.\n\nSegundo a economista Zeina Latif Ramos, os cortes só devem voltar no segundo semestre.',
        [
            ("o Banco Central mostrou", "Rodrigo Azevedo Lins"),
            ("Os juros altos", "Ricardo Alban Souza"),
        ],
    ),
    (
        "SAÚDE – Um surto de sarampo em Setúbal já infetou 14 crianças, confirmou hoje a Direção-Geral da Saúde.\n\n«Todas as crianças infetadas não estavam vacinadas», sublinhou a delegada de saúde regional, Graça Freitas Moura, em conferência de imprensa.\n\nA responsável apelou aos pais para verificarem os boletins de vacinas: «A vacina é gratuita e segura».\n\nNuma escola primária da cidade, a diretora, Helena Sacramento, diz que os pais estão preocupados. «Recebemos dezenas de telefonemas por dia», conta.",
        [
            ("Todas as crianças", "Graça Freitas Moura"),
            ("A vacina é gratuita", "Graça Freitas Moura"),
            ("Recebemos dezenas", "Helena Sacramento"),
        ],
    ),
    (
        'TECNOLOGIA – A startup pernambucana Sertão Tech recebeu um aporte de R$ 50 milhões para expandir sua plataforma de crédito para pequenos agricultores.\n\n"O agricultor do semiárido sempre foi invisível para os bancos", diz o fundador da empresa, Severino Cavalcanti Neto, de 34 anos.\n\nFilho de agricultores de Serra Talhada, ele conta que teve a ideia ao ver o pai ser recusado por três bancos. "Ele tinha terra, tinha produção, mas não tinha histórico", lembra.\n\nO investidor Fábio Nogueira, sócio do fundo que liderou a rodada, aposta no potencial do negócio: "São milhões de pessoas que o mercado ignorou".',
        [
            ("O agricultor do semiárido", "Severino Cavalcanti Neto"),
            ("Ele tinha terra", "Severino Cavalcanti Neto"),
            ("São milhões", "Fábio Nogueira"),
        ],
    ),
    # batch 8, written before its rules (FR 10/13, ES 8/10, IT 7/11, PT 8/9 speakers right then; 42/43 after)
    (
        "BRAGA – A Câmara de Braga vai transformar o antigo quartel da cidade num bairro de habitação acessível, com 400 casas.\n\n«É o maior investimento em habitação pública da história do concelho», anunciou o presidente da autarquia, Ricardo Rio Mendes.\n\nA oposição aplaude a ideia, mas duvida dos prazos. «Prometem casas para 2028, mas ainda nem há projeto», criticou o vereador socialista Artur Feio.\n\nO autarca garantiu que o concurso será lançado «ainda este ano».",
        [("É o maior investimento", "Ricardo Rio Mendes"), ("Prometem casas", "Artur Feio")],
    ),
    (
        'BELO HORIZONTE – A mineradora Vale foi condenada a pagar R$ 2 bilhões de indenização às famílias atingidas pelo rompimento de uma barragem em 2019.\n\n"Nenhum valor vai trazer meu filho de volta", disse Josiane Melo, que perdeu o filho de 23 anos na tragédia.\n\nEm nota, a empresa afirmou que vai recorrer. Já o promotor André Sperling Prates comemorou a decisão: "É uma vitória das vítimas".\n\nSegundo ele, o dinheiro deve ser pago em até seis meses.',
        [("Nenhum valor", "Josiane Melo"), ("É uma vitória", "André Sperling Prates")],
    ),
    (
        "TÉNIS – Nuno Borges Pinto alcançou os quartos de final do Open da Austrália, o melhor resultado de sempre de um tenista português em torneios do Grand Slam.\n\n«Ainda não caí em mim», confessou o maiato, de 28 anos, no final do encontro.\n\nO treinador, Rui Machado Lopes, destacou a evolução mental do pupilo. «Hoje ele acredita que pode ganhar a qualquer um», afirmou.\n\nBorges defronta agora o número um mundial: «Vou entrar em campo para ganhar».",
        [
            ("Ainda não caí", "Nuno Borges Pinto"),
            ("Hoje ele acredita", "Rui Machado Lopes"),
            ("Vou entrar", "Nuno Borges Pinto"),
        ],
    ),
    (
        'MANAUS – O nível do Rio Negro atingiu nesta segunda-feira a menor marca desde o início das medições, em 1902.\n\n"Nunca vimos nada parecido, as comunidades ribeirinhas estão isoladas", relatou a coordenadora da Defesa Civil do Amazonas, Francisca Bezerra Lima.\n\nO pescador Raimundo Nonato, de 58 anos, mora na comunidade do Tumbira. "O peixe sumiu, e o barco não passa mais", lamenta.\n\nDe acordo com a climatologista Luciana Gatti Rocha, a seca é reflexo do aquecimento global e do El Niño.',
        [("Nunca vimos", "Francisca Bezerra Lima"), ("O peixe sumiu", "Raimundo Nonato")],
    ),
    # batch 9, written after the batch-5 to batch-8 rules and scored before any change for it (FR 9/9, ES 8/9, IT 7/10, PT 6/10 speakers right then; 36/38 after)
    (
        'PORTO ALEGRE – A prefeitura de Porto Alegre anunciou nesta terça-feira um plano de R$ 600 milhões para reforçar o sistema de diques da cidade.\n\n"Não podemos correr o risco de uma nova enchente como a de 2024", afirmou o prefeito Sebastião Melo Farias em entrevista coletiva.\n\nPara o engenheiro hidráulico Carlos Tucci Moraes, professor da UFRGS, o plano chega tarde. "Esses diques deveriam ter sido revisados há trinta anos", disse.\n\nO prefeito rebateu: "Estamos fazendo o que nunca foi feito".',
        [
            ("Não podemos correr", "Sebastião Melo Farias"),
            ("Esses diques", "Carlos Tucci Moraes"),
            ("Estamos fazendo", "Sebastião Melo Farias"),
        ],
    ),
    (
        "FUTEBOL – O Benfica empatou 1-1 com o FC Porto no Estádio da Luz e continua dois pontos atrás do líder.\n\n«Merecíamos mais, fomos superiores na segunda parte», lamentou o treinador encarnado, Bruno Lage Gomes, na conferência de imprensa.\n\nDo lado portista, Martín Anselmi Duarte mostrou-se satisfeito com o ponto. «Sair da Luz sem perder é sempre positivo», disse o técnico argentino.\n\nO golo do empate foi marcado por Samu Omorodion Silva, que dedicou o golo ao pai: «Ele estava na bancada pela primeira vez».",
        [
            ("Merecíamos mais", "Bruno Lage Gomes"),
            ("Sair da Luz", "Martín Anselmi Duarte"),
            ("Ele estava na bancada", "Samu Omorodion Silva"),
        ],
    ),
    (
        "LISBOA – Os professores voltaram hoje à greve, com uma adesão de 80 % segundo os sindicatos.\n\n«O Governo continua a ignorar a recuperação do tempo de serviço», acusou o secretário-geral da Fenprof, Mário Nogueira Santos, numa concentração frente ao Ministério da Educação.\n\nO ministro da Educação, Fernando Alexandre Costa, disse à Lusa que as negociações «estão a decorrer». «Temos feito propostas sérias», sublinhou o governante.",
        [
            ("O Governo continua", "Mário Nogueira Santos"),
            ("Temos feito propostas", "Fernando Alexandre Costa"),
        ],
    ),
    (
        'RECIFE – Uma professora de Olinda criou um projeto de leitura que já levou mais de 5 mil livros a comunidades sem biblioteca.\n\n"Cresci sem livros em casa, e sei a diferença que eles fazem", conta Rejane Albuquerque Lins, de 47 anos.\n\nA iniciativa começou com uma bicicleta e uma caixa de madeira. Hoje, tem uma van doada por uma empresa local. "As crianças correm quando ouvem a buzina", diverte-se a educadora.',
        [
            ("Cresci sem livros", "Rejane Albuquerque Lins"),
            ("As crianças correm", "Rejane Albuquerque Lins"),
        ],
    ),
    # batch 10, written after all the rules above and scored before any change for it (FR 6/8, ES 7/7, IT 7/7, PT 5/6 speakers right then; all 28 after)
    (
        "FARO – A Câmara de Faro aprovou a criação de uma taxa turística de dois euros por noite, a aplicar a partir de abril.\n\n«O dinheiro será todo investido na limpeza urbana e na requalificação da Baixa», garantiu o presidente da autarquia, Rogério Bacalhau Neves.\n\nA Associação de Hotelaria do Algarve critica a medida. «Estamos a perder competitividade face a Espanha», afirmou o seu presidente, Hélder Martins Ramos.",
        [
            ("O dinheiro será", "Rogério Bacalhau Neves"),
            ("Estamos a perder", "Hélder Martins Ramos"),
        ],
    ),
    (
        'SÃO PAULO – A cantora Ludmilla Oliveira anunciou nesta segunda-feira uma pausa na carreira para cuidar da saúde mental.\n\n"Preciso parar para me reencontrar", escreveu a artista nas redes sociais. "Volto mais forte."\n\nSeu empresário, Rodrigo Bastos Lima, disse que os shows já marcados serão remarcados. "Os fãs não vão ficar sem resposta", afirmou.',
        [
            ("Preciso parar", "Ludmilla Oliveira"),
            ("Volto mais forte", "Ludmilla Oliveira"),
            ("Os fãs não vão", "Rodrigo Bastos Lima"),
        ],
    ),
    (
        "CIÊNCIA – Uma equipa do Instituto Gulbenkian de Ciência descobriu um mecanismo que permite a algumas bactérias resistir a antibióticos.\n\n«Percebemos que as bactérias 'adormecem' quando detetam o antibiótico», explica a investigadora Isabel Gordo Fontes, coordenadora do estudo.\n\nO trabalho foi publicado na revista Nature. Para o microbiologista Miguel Viveiros Bettencourt, que não participou na investigação, trata-se de «um avanço muito relevante».",
        [("Percebemos que as bactérias", "Isabel Gordo Fontes")],
    ),
    # batch 11, written after all the rules above and scored before any change for it (FR 7/7, ES 3/4, IT 3/4, PT 3/4 speakers right then; 18/19 after)
    (
        "SETÚBAL – O Vitória de Setúbal garantiu a subida à Liga 3 com uma vitória por 3-0 sobre o Oriental.\n\n«Este clube merece voltar aos palcos principais», afirmou o treinador, Carlos Pinto Fonseca, emocionado no final.\n\nO capitão, Zequinha Almeida, dedicou a subida aos adeptos: «Nunca nos abandonaram, mesmo nos anos mais difíceis».",
        [
            ("Este clube merece", "Carlos Pinto Fonseca"),
            ("Nunca nos abandonaram", "Zequinha Almeida"),
        ],
    ),
    # batch 12, written after all the rules above and scored before any change for it (FR 4/4, ES 4/4, IT 6/7, PT 6/7 speakers right then; all 22 after)
    (
        "COIMBRA – Estudantes da Universidade de Coimbra ocuparam hoje a reitoria em protesto contra o aumento das propinas.\n\n«Não vamos sair enquanto o reitor não nos receber», garantiu Inês Tavares Lobo, presidente da Associação Académica.\n\nO reitor, Amílcar Falcão Sousa, disse à Lusa estar disponível para dialogar. «A porta do meu gabinete sempre esteve aberta», afirmou.",
        [
            ("Não vamos sair", "Inês Tavares Lobo"),
            ("A porta do meu gabinete", "Amílcar Falcão Sousa"),
        ],
    ),
    (
        'SALVADOR – O Carnaval de Salvador deve atrair 2 milhões de turistas neste ano, segundo a prefeitura.\n\n"Estamos preparados para receber o mundo", afirmou o prefeito Bruno Reis Andrade durante o lançamento da festa.\n\nA cantora Daniela Mercury Santos, que vai puxar o trio na abertura, promete um Carnaval "de paz e de resistência". "A Bahia é a mãe do Brasil", declarou a artista.',
        [
            ("Estamos preparados", "Bruno Reis Andrade"),
            ("A Bahia é a mãe", "Daniela Mercury Santos"),
        ],
    ),
    (
        "FUTEBOL – O Sporting venceu o Braga por 2-1 e mantém a liderança isolada do campeonato.\n\n«Foi um jogo muito disputado, mas fomos mais eficazes», analisou o treinador leonino, Rui Borges Teixeira.\n\nO avançado Viktor Gyökeres Silva, autor dos dois golos, desvalorizou a marca pessoal: «O mais importante são os três pontos».\n\nDo lado do Braga, Carlos Carvalhal Matos lamentou as oportunidades falhadas. «Tivemos o empate nos pés», disse o técnico minhoto.",
        [
            ("Foi um jogo", "Rui Borges Teixeira"),
            ("O mais importante", "Viktor Gyökeres Silva"),
            ("Tivemos o empate", "Carlos Carvalhal Matos"),
        ],
    ),
    # batch sp-ptit, written before its rules and scored on them unchanged (PT 21/26, IT 19/25 speakers right then; PT 24/26, IT 25/25 after)
    (
        'PORTO ALEGRE – A Câmara Municipal aprovou na noite desta terça-feira o novo plano de mobilidade urbana, depois de sete horas de debate.\n\n"É o projeto mais importante desta legislatura", disse o vereador Otávio Kessler Rampazzo, relator da proposta.\n\nA oposição votou contra. A vereadora Jussara Nakamura Pires criticou a falta de ciclovias na zona norte: "A periferia ficou de fora, mais uma vez".\n\nO prefeito Anselmo Duarte Vieira comemorou o resultado nas redes sociais. "A cidade ganha um ônibus mais rápido e mais barato", escreveu.\n\nRampazzo rebateu as críticas. "As ciclovias estão previstas para a segunda fase", afirmou o relator.',
        [
            ("É o projeto", "Otávio Kessler Rampazzo"),
            ("A periferia", "Jussara Nakamura Pires"),
            ("A cidade ganha", "Anselmo Duarte Vieira"),
            ("As ciclovias", "Otávio Kessler Rampazzo"),
        ],
    ),
    (
        "LISBOA – O Tribunal de Sintra condenou esta quarta-feira a seis anos de prisão o antigo gestor bancário Leopoldo Azevedo Quintela, acusado de burla qualificada a dezenas de clientes idosos.\n\n«O arguido aproveitou-se da confiança de pessoas vulneráveis», leu a juíza presidente, Filomena Barreiros.\n\nA defesa vai recorrer. «A decisão ignora a prova documental que apresentámos», declarou aos jornalistas o advogado Tiago Sardinha Melo, à saída do tribunal.\n\nUma das vítimas, Deolinda Carvalhais, de 79 anos, assistiu à leitura do acórdão. «Perdi as poupanças de uma vida inteira», lamentou.\n\n«Ao menos agora alguém foi responsabilizado», acrescentou a reformada.",
        [
            ("O arguido", "Filomena Barreiros"),
            ("A decisão ignora", "Tiago Sardinha Melo"),
            ("Perdi as poupanças", "Deolinda Carvalhais"),
            ("Ao menos agora", "Deolinda Carvalhais"),
        ],
    ),
    (
        "FUTEBOL – O Vitória de Guimarães empatou 1-1 com o Famalicão e continua sem vencer fora de casa.\n\n«Entrámos mal e pagámos caro», reconheceu o treinador vimaranense, Evandro Lacerda Sá, na conferência de imprensa.\n\nO médio Kwame Asante-Ribeiro, que marcou o golo do empate, preferiu olhar em frente. «Temos de transformar estes empates em vitórias», disse o médio ganês.\n\n«O balneário está unido e confiante», garantiu.\n\nDo lado famalicense, o técnico Hélder Quaresma elogiou a atitude da equipa: «Fomos superiores na segunda parte». «Faltou só o segundo golo», lamentou o treinador.",
        [
            ("Entrámos mal", "Evandro Lacerda Sá"),
            ("Temos de transformar", "Kwame Asante-Ribeiro"),
            ("O balneário", "Kwame Asante-Ribeiro"),
            ("Fomos superiores", "Hélder Quaresma"),
            ("Faltou só", "Hélder Quaresma"),
        ],
    ),
    (
        'SÃO PAULO – A fabricante de cosméticos Aurora Naturais anunciou nesta segunda-feira a compra da concorrente mineira Flor do Cerrado por R$ 1,2 bilhão.\n\n"Com essa aquisição, passamos a ter presença em todos os estados do país", afirmou o presidente-executivo da empresa, Giancarlo Bortolotto Neves, em teleconferência com analistas.\n\nSegundo ele, "não haverá demissões nas fábricas de Minas Gerais".\n\nA analista Priscila Haddad Moura, da corretora Vértice Investimentos, vê a operação com bons olhos. "O preço pago é razoável para o tamanho da marca", avaliou.\n\nJá o sindicato dos químicos de Uberlândia pede garantias por escrito. "Promessa verbal não paga salário", disse o presidente da entidade, Joaquim Barroso Lins.',
        [
            ("Com essa aquisição", "Giancarlo Bortolotto Neves"),
            ("não haverá demissões", "Giancarlo Bortolotto Neves"),
            ("O preço pago", "Priscila Haddad Moura"),
            ("Promessa verbal", "Joaquim Barroso Lins"),
        ],
    ),
    # batch sp-ptit-2, written after the batch sp-ptit rules and scored before its own (PT 11/17, IT 12/16 speakers right then; PT 16/16, IT 14/16 after; a quotation running over two paragraphs is one quotation)
    (
        'BELO HORIZONTE – O Atlético-MG anunciou nesta quarta-feira a contratação do técnico uruguaio Facundo Ibarburu Sosa, que assina contrato até o fim de 2027.\n\n"Venho para brigar por títulos, não para participar", disse o treinador na apresentação, no CT da Cidade do Galo.\n\nO presidente do clube, Everaldo Drummond Lage, explicou a escolha. "Procurávamos alguém com intensidade e experiência na Libertadores", afirmou o dirigente.\n\nIbarburu estreia no domingo, contra o Cruzeiro. "Clássico não se joga, se ganha", brincou o uruguaio.\n\nO volante Thiaguinho Rezende, capitão do time, aprovou a chegada do novo comandante. "O grupo está animado", contou o jogador à reportagem.',
        [
            ("Venho para brigar", "Facundo Ibarburu Sosa"),
            ("Procurávamos alguém", "Everaldo Drummond Lage"),
            ("Clássico não se joga", "Facundo Ibarburu Sosa"),
            ("O grupo está", "Thiaguinho Rezende"),
        ],
    ),
    (
        "BRAGA – A Assembleia Municipal chumbou esta segunda-feira a proposta de taxa turística apresentada pelo executivo camarário.\n\n«É uma derrota para a cidade, que vai continuar a pagar sozinha a limpeza das ruas», reagiu o vereador com o pelouro das Finanças, Custódio Magalhães Brito.\n\nA deputada municipal Gracinda Veloso, que liderou a contestação, considera que a taxa afastaria visitantes. «Braga não é Lisboa nem o Porto», argumentou. «Ainda estamos a conquistar turistas.»\n\nA associação de hotelaria também se congratulou. «Fomos ouvidos», disse o presidente da direção, Amadeu Salgueiro.\n\nO presidente da câmara promete voltar ao tema. «Não desistimos», garantiu Lúcio Gouveia Matos aos jornalistas.",
        [
            ("É uma derrota", "Custódio Magalhães Brito"),
            ("Braga não é", "Gracinda Veloso"),
            ("Ainda estamos", "Gracinda Veloso"),
            ("Fomos ouvidos", "Amadeu Salgueiro"),
            ("Não desistimos", "Lúcio Gouveia Matos"),
        ],
    ),
    (
        'RECIFE – Uma operação da Polícia Federal desarticulou nesta terça-feira um esquema de fraude em licitações da merenda escolar em três municípios do interior de Pernambuco.\n\n"O prejuízo estimado aos cofres públicos passa de R$ 18 milhões", disse a delegada Marialva Cunha Aragão em entrevista coletiva.\n\nSegundo a delegada, as empresas combinavam preços antes das concorrências. "Era um cartel organizado, com divisão de lotes entre os participantes", completou.\n\nO prefeito de um dos municípios, Genésio Bezerra Filho, negou irregularidades. "Todas as compras passaram pelo Tribunal de Contas", declarou em nota.\n\nPara o promotor Ulisses Carneiro Leão, que acompanha o caso, "as crianças foram as maiores vítimas".',
        [
            ("O prejuízo estimado", "Marialva Cunha Aragão"),
            ("Era um cartel", "Marialva Cunha Aragão"),
            ("Todas as compras", "Genésio Bezerra Filho"),
            ("as crianças foram", "Ulisses Carneiro Leão"),
        ],
    ),
    (
        "COIMBRA – O Festival de Jazz de Coimbra regressa em outubro com um cartaz que junta nomes de três continentes.\n\n«Quisemos trazer músicos que nunca tocaram em Portugal», explicou o diretor artístico, Nuno Valadares Pinto, na apresentação do programa.\n\n«O jazz está a viver um momento de grande criatividade em África.\n\n«Seria um erro ignorar isso», acrescentou o programador.\n\nA contrabaixista senegalesa Aminata Diouf Ndiaye abre o festival no Convento São Francisco. «Tocar em Coimbra é voltar a casa, porque estudei aqui», disse a música ao nosso jornal.",
        [
            ("Quisemos trazer", "Nuno Valadares Pinto"),
            ("O jazz está", "Nuno Valadares Pinto"),
            ("Tocar em Coimbra", "Aminata Diouf Ndiaye"),
        ],
    ),
    # batch sp-ptit-3, written after the sp-ptit and sp-ptit-2 rules and scored on them unchanged (PT 10/11, IT 10/10 then; PT 11/11 after 'revelou')
    (
        "FARO – A Câmara de Loulé vai avançar com a construção de 300 casas a custos controlados em Quarteira, anunciou esta quinta-feira o executivo municipal.\n\n«Os jovens do concelho não conseguem pagar rendas de mil euros», frisou o presidente da autarquia, Valdemar Coutinho Reis, durante a sessão de câmara.\n\nA oposição aplaude a medida, mas critica os prazos. «Três anos é demasiado tempo para quem precisa de casa hoje», referiu a vereadora Iolanda Pestana Vaz.\n\nO autarca responde que os prazos dependem do financiamento europeu. «Se o dinheiro chegar a tempo, as primeiras chaves são entregues em 2027», assegurou.\n\nNa rua, a preocupação é outra. «Vivo num T1 com os meus dois filhos», contou Sandrine Abreu, empregada de mesa.",
        [
            ("Os jovens do concelho", "Valdemar Coutinho Reis"),
            ("Três anos", "Iolanda Pestana Vaz"),
            ("Se o dinheiro", "Valdemar Coutinho Reis"),
            ("Vivo num T1", "Sandrine Abreu"),
        ],
    ),
    (
        'MANAUS – O nível do Rio Negro chegou nesta segunda-feira à menor marca já registrada em 120 anos de medição, segundo o Porto de Manaus.\n\n"Estamos diante de um evento extremo, que deve se repetir com mais frequência", afirmou o hidrólogo Raimundo Tavares Sampaio, do Serviço Geológico do Brasil, em entrevista ao g1.\n\nComunidades ribeirinhas estão isoladas. "A gente não consegue mais chegar na cidade de barco", disse a agricultora Dalvanice Mota, moradora da comunidade de Tumbira.\n\nO governador Wilson Lima Arruda decretou situação de emergência em 40 municípios. "Vamos levar água potável e alimentos por via aérea", garantiu o governador.\n\nPara o climatologista Heitor Vasconcelos Brum, "a seca tem relação direta com o desmatamento e com o aquecimento do Atlântico".',
        [
            ("Estamos diante", "Raimundo Tavares Sampaio"),
            ("A gente não", "Dalvanice Mota"),
            ("Vamos levar", "Wilson Lima Arruda"),
            ("a seca tem", "Heitor Vasconcelos Brum"),
        ],
    ),
    (
        "ÉVORA – Um homem de 47 anos foi detido pela GNR por suspeita de atear pelo menos seis incêndios florestais no concelho de Montemor-o-Novo.\n\n«O suspeito foi apanhado em flagrante, com um isqueiro e material inflamável no carro», revelou o comandante do posto territorial, o sargento Januário Bexiga.\n\nSegundo o militar, o homem terá agido por vingança contra vizinhos. «Há registo de conflitos antigos por causa de terrenos», disse.\n\nO presidente da junta de freguesia, Anacleto Rosmaninho, mostrou-se aliviado. «As pessoas já não dormiam descansadas», desabafou.",
        [
            ("O suspeito foi", "Januário Bexiga"),
            ("Há registo", "Januário Bexiga"),
            ("As pessoas já", "Anacleto Rosmaninho"),
        ],
    ),
    # batch sp-ptit-4, written after all the sp-ptit rules as an unseen check, no rule changed for it (PT 8/12, IT 11/11)
    (
        "FUTEBOL – O Benfica goleou o Arouca por 4-0 e aproveitou o empate do FC Porto para subir à liderança.\n\nO médio sérvio Dragan Milosavljević Costa foi a figura da noite, com um golo e duas assistências.\n\n«Senti-me muito bem em campo, a equipa facilitou o meu trabalho», disse o médio no final do encontro.\n\nO treinador encarnado, Leonel Barbosa Frade, evitou euforias. «Ainda não ganhámos nada, faltam onze jornadas», avisou. «Temos de manter os pés no chão.»\n\nDo lado do Arouca, o técnico Gonçalo Pedrosa admitiu a superioridade do adversário: «Hoje não havia muito a fazer».",
        [
            ("Senti-me muito bem", "Dragan Milosavljević Costa"),
            ("Ainda não ganhámos", "Leonel Barbosa Frade"),
            ("Temos de manter", "Leonel Barbosa Frade"),
            ("Hoje não havia", "Gonçalo Pedrosa"),
        ],
    ),
    # a few words quoted inside the sentence that reports them (a speech verb in its clause, or
    # "Para X" opening it): kept and given to the clause's subject
    (
        "A câmara municipal aprovou ontem o novo regulamento do estacionamento no centro "
        "histórico da cidade, que entra em vigor em janeiro.\n\n"
        "O vereador da oposição, Custódio Marinho Leal, considerou o regulamento «mal "
        "preparado» e pediu uma nova discussão pública. Para o comerciante Anselmo Vidigal, as "
        "novas regras são «um golpe duro», mas «não uma surpresa».",
        [
            ("mal preparado", "Custódio Marinho Leal"),
            ("um golpe duro", "Anselmo Vidigal"),
            ("não uma surpresa", "Anselmo Vidigal"),
        ],
    ),
    # a quotation alone after a sentence whose subject is a person (after a fronted phrase),
    # with no speech verb
    (
        "O tribunal de Vilarouca condenou ontem o antigo tesoureiro do clube a dois anos de "
        "prisão, com pena suspensa, por ter desviado dinheiro das quotas dos sócios.\n\n"
        "Na leitura da sentença, a juíza do processo, Gertrudes Valadares Pinto, foi seca. «O "
        "arguido sabia bem o que estava a fazer e fê-lo durante anos.»",
        [("O arguido sabia", "Gertrudes Valadares Pinto")],
    ),
    # a subject after a fronted phrase: the body by its kind, then its full name
    (
        "O Conselho Distrital de Proteção Animal criticou ontem a câmara pelo atraso na "
        "abertura do novo canil municipal, prometido há três anos aos moradores.\n\n"
        "Em comunicado, o conselho afirmou que «os animais continuam em jaulas provisórias» e "
        "pediu uma reunião urgente com o executivo.",
        [("os animais continuam", "Conselho Distrital de Proteção Animal")],
    ),
    # a fronted participle and a clause in commas before the subject and a colon; a body
    # whose speech verb the phrase must not keep
    (
        "A cooperativa agrícola de Vale Seco fechou o ano com perdas pela primeira vez desde "
        "a fundação, segundo as contas apresentadas ontem aos sócios.\n\n"
        "Questionado sobre a secção de azeite, que caiu 20%, Aurélio Tavares Mendes foi "
        "cauteloso: «Foi um ano de seca. Para o ano veremos o que a chuva nos traz.»\n\n"
        "Contactado pelo jornal, o Ministério da Agricultura respondeu por escrito que «o "
        "apoio às cooperativas será reforçado no próximo quadro».",
        [
            ("Foi um ano de seca", "Aurélio Tavares Mendes"),
            ("o apoio às cooperativas", "Ministério da Agricultura"),
        ],
    ),
    # a verb with no subject after the quotation and then a gerund: the subject of the
    # sentence before (after a fronted phrase, a role and a name without commas)
    (
        "O incêndio de ontem destruiu três armazéns na zona industrial de Vale Formoso e "
        "obrigou a cortar a estrada nacional durante toda a tarde.\n\n"
        "Ao fim da tarde, a comerciante Idalina Peixoto Ramos ainda procurava o que restava "
        "da loja. «Perdi trinta anos de trabalho numa hora», disse, apontando para as "
        "paredes queimadas.",
        [("Perdi trinta anos", "Idalina Peixoto Ramos")],
    ),
    # an adverb and a place opening the sentence before its subject and a colon
    (
        "A decisão do tribunal sobre o antigo presidente da junta dividiu a freguesia de "
        "Vale de Moinhos, onde ele governou durante doze anos.\n\n"
        "Já no mercado municipal, Deolinda Sarmento Vaz, de 71 anos, não escondia a "
        "simpatia pelo antigo autarca: «Fez muito por esta terra e ninguém lhe agradece.»",
        [("Fez muito por esta terra", "Deolinda Sarmento Vaz")],
    ),
    # "Segundo ela, o X «…»": the source the sentence opens on, not its subject
    (
        "A câmara municipal de Vale Formoso aprovou ontem o orçamento para o próximo ano, "
        "com um aumento de 8% na despesa com a rede de água e com as escolas.\n\n"
        "A vereadora da oposição Custódia Rebelo Frade votou contra. Segundo ela, o executivo "
        "podia «dividir a despesa por dez anos» e recorrer mais ao crédito.",
        [("dividir a despesa", "Custódia Rebelo Frade")],
    ),
    # a paragraph that is only quotation, after a paragraph opening on a role noun that
    # reports speech: the person the role noun stands for
    (
        "A assembleia municipal de Vale Formoso aprovou ontem a concessão do mercado "
        "municipal a uma empresa privada por vinte anos, com os votos contra da oposição.\n\n"
        "A deputada municipal Etelvina Sardinha Cruz criticou a pressa do executivo e pediu "
        "mais debate.\n\n"
        "A deputada, que está no segundo mandato, também questionou o valor da renda.\n\n"
        "«Estamos a entregar um bem público por um preço de saldo.»",
        [("Estamos a entregar", "Etelvina Sardinha Cruz")],
    ),
    # a quotation after a sentence whose speech verb dropped its subject: the role noun the
    # sentence before that opens on
    (
        "A câmara de Vale Formoso decretou ontem situação de alerta por causa da seca, que já "
        "obrigou a cortar a água durante a noite em seis aldeias do concelho.\n\n"
        "A vereadora do ambiente, Rosalina Quaresma Dias, anunciou a chegada de dois "
        "camiões-cisterna ainda esta semana. Pediu também que os moradores poupem água nas "
        "regas. «Cada litro conta. Não lavem os carros até chover.»",
        [("Cada litro conta", "Rosalina Quaresma Dias")],
    ),
    # a one-sentence lead-in on a role noun with no speech verb, then a paragraph that is
    # only quotation: the person the role noun stands for
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos.\n\n"
        "A presidente da junta, Filomena Caldeira Ramos, disse que a obra era urgente. "
        "«Havia pedras a cair para o rio», contou.\n\n"
        "A autarca não esconde a preocupação com os comerciantes.\n\n"
        "«Vão ser três meses muito difíceis para quem vive do turismo.»",
        [
            ("Havia pedras", "Filomena Caldeira Ramos"),
            ("Vão ser três", "Filomena Caldeira Ramos"),
        ],
    ),
    # a company named with its article and no organisation word, then "a empresa"
    (
        "A Moreirense Têxteis registou lucros de 12 milhões de euros no primeiro semestre, "
        "uma subida de 5% face ao ano anterior, anunciou ontem a empresa em comunicado.\n\n"
        "«Foi um semestre de crescimento sustentado», lê-se no documento, no qual a empresa "
        "garante ter «ganho clientes novos».",
        [("Foi um semestre", "Moreirense Têxteis"), ("ganho clientes", "Moreirense Têxteis")],
    ),
    # a verb that bridges the subject to a speech verb in the infinitive ("limitou-se a
    # referir", "fez questão de sublinhar"), and "falou num «…»"
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos.\n\n"
        "Em comunicado, a Direção Regional de Estradas limitou-se a referir que «está a "
        "acompanhar a situação».\n\n"
        "O presidente da junta, Rui Marques Lobato, falou num «dia difícil para a vila», mas "
        "fez questão de sublinhar que «a obra era urgente».",
        [
            ("está a acompanhar", "Direção Regional de Estradas"),
            ("dia difícil", "Rui Marques Lobato"),
            ("a obra era", "Rui Marques Lobato"),
        ],
    ),
    # a document read after the mark, with its issuer: "«…», lê-se na nota da X"
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "«A travessia será reaberta no fim de março», lê-se numa nota da Junta de Freguesia "
        "de Almagreira.",
        [("A travessia será", "Junta de Freguesia de Almagreira")],
    ),
    # the subject after the speech verb and an adjunct in commas
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "«A travessia será reaberta no fim de março», afirma, em entrevista ao Diário da "
        "Serra, o presidente da câmara, Rui Marques Lobato.",
        [("A travessia será", "Rui Marques Lobato")],
    ),
    # a sentence that is only a conjunction and a speech verb: the person before
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "O presidente da câmara, Rui Marques Lobato, visitou a obra na segunda-feira. E "
        "acrescentou: «Ninguém vai ficar esquecido.»",
        [("Ninguém vai ficar", "Rui Marques Lobato")],
    ),
    # an adverb between the speech verb and the subject after the mark
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "O autarca Rui Marques Lobato esteve no local. «A encosta ainda se mexe», reconhece "
        "ainda o autarca.",
        [("A encosta ainda", "Rui Marques Lobato")],
    ),
    # a sentence opening on a speech verb with its subject dropped and an object after it:
    # the object is no speaker; the person the sentence before opens on is
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "Rui Marques Lobato, presidente da câmara, recebeu os moradores. Prometeu uma ajuda "
        "rápida. «Ninguém vai ficar esquecido.»",
        [("Ninguém vai ficar", "Rui Marques Lobato")],
    ),
    # an adjunct on "por" after the speech verb to the sentence's end: no subject there, the
    # verb goes on with the person before
    (
        "A ponte velha de Almagreira vai fechar durante três meses para obras, e os "
        "moradores que trabalham na vila terão de fazer um desvio de quase vinte minutos. Os "
        "comerciantes dizem que as vendas já caíram desde que as obras foram anunciadas.\n\n"
        "Procurado, o vereador Tadeu Quintas Vidal minimizou o atraso. «A obra vai acabar a "
        "tempo», afirmou por telefone.",
        [("A obra vai", "Tadeu Quintas Vidal")],
    ),
    # a city named like a person is no speaker
    (
        "A feira de artesanato voltou ao centro histórico depois de dois anos de obras, e os "
        "expositores dizem que o movimento ainda está abaixo do esperado para a época.\n\n"
        "A rendeira Josefa Timóteo Barros vende as peças na praça há trinta anos. Ela conta que "
        "as lojas de João Pessoa compram barato. «Não dá para viver só disso.»",
        [("Não dá para", "Josefa Timóteo Barros")],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        'A cantora Carolina Deslandes esgotou o Coliseu do Porto.\n\n"Nunca imaginei isto quando comecei", confessou a artista no final do concerto.',
        [("Nunca imaginei", "Carolina Deslandes")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        'Em Coimbra, a tasca de Dona Albertina serve o mesmo caldo verde há cinquenta anos.\n\n"Aqui nunca mudou nada e é por isso que as pessoas voltam", explica a proprietária, de 81 anos. "Os estudantes de hoje são os netos dos de antigamente."\n\nO cliente Rui Mendes, professor reformado, confirma: "Venho cá desde 1978."',
        [
            ("Aqui nunca mudou", "Albertina"),
            ("Os estudantes", "Albertina"),
            ("Venho cá", "Rui Mendes"),
        ],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        'LUANDA - Angola vai construir uma nova refinaria no Lobito, anunciou o Governo.\n\n"Vamos deixar de importar combustível", assegurou o ministro dos Recursos Minerais, Diamantino Azevedo, numa conferência de imprensa.\n\nO economista Carlos Rosado de Carvalho tem dúvidas: "Já ouvimos esta promessa muitas vezes."',
        [("Vamos deixar", "Diamantino Azevedo"), ("Já ouvimos", "Carlos Rosado de Carvalho")],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    # batch 11, written after all the rules above and scored before any change for it (FR 7/7, ES 3/4, IT 3/4, PT 3/4 speakers right then; 18/19 after)
    (
        'BRASÍLIA – O ministro da Educação, Camilo Santana Farias, anunciou nesta quinta-feira a ampliação do programa Pé-de-Meia para mais 2 milhões de estudantes.\n\n"Nenhum jovem deve abandonar a escola por falta de dinheiro", disse o ministro em cerimônia no Palácio do Planalto.\n\nA presidente da União Nacional dos Estudantes, Manuella Mirella Costa, elogiou a medida, mas cobrou mais: "Precisamos também de assistência estudantil nas universidades".',
        [
            ("Nenhum jovem", "Camilo Santana Farias"),
            ("Precisamos também", "Manuella Mirella Costa"),
        ],
    ),
    # batch sp-ptit, written before its rules and scored on them unchanged (PT 21/26, IT 19/25 speakers right then; PT 24/26, IT 25/25 after); still missed
    (
        "CULTURA – A escritora moçambicana Yolanda Mabunda Chissano venceu o Prémio Camões com um romance sobre a guerra civil contada por três gerações de mulheres.\n\n«Este prémio pertence às mulheres que nunca puderam contar a sua história», disse a autora, emocionada, em Maputo.\n\nO presidente do júri, o ensaísta Baltazar Figueiredo Nunes, destacou «a coragem formal» do livro. «É uma obra que muda a forma como lemos a memória colonial», sublinhou.\n\nA editora portuguesa da autora, Rosário Meneses, já prepara uma segunda edição. «Os pedidos das livrarias triplicaram numa manhã», contou a editora ao nosso jornal.\n\nChissano vai estar em Lisboa em junho. «Quero muito conversar com os leitores portugueses», afirmou.",
        [
            ("Este prémio pertence", "Yolanda Mabunda Chissano"),
            ("a coragem formal", "Baltazar Figueiredo Nunes"),
            ("É uma obra", "Baltazar Figueiredo Nunes"),
            ("Os pedidos", "Rosário Meneses"),
            ("Quero muito", "Yolanda Mabunda Chissano"),
        ],
    ),
    (
        'RIO DE JANEIRO – A Polícia Civil prendeu nesta sexta-feira quatro suspeitos de integrar uma quadrilha especializada em roubo de cargas na Avenida Brasil.\n\n"Eles agiam sempre de madrugada e com informações privilegiadas", explicou o delegado Wanderley Fontoura Castilho, titular da Delegacia de Roubos e Furtos de Cargas.\n\nDe acordo com o delegado, o grupo contava com a ajuda de um funcionário de uma transportadora. "Esse funcionário repassava os horários e as rotas dos caminhões", detalhou.\n\nA transportadora informou, em nota, que "colabora integralmente com as investigações".\n\nO advogado de um dos presos, Ismael Teodoro Santana, nega a participação do cliente. "Meu cliente é motorista de aplicativo e estava trabalhando naquela noite", disse.',
        [
            ("Eles agiam", "Wanderley Fontoura Castilho"),
            ("Esse funcionário", "Wanderley Fontoura Castilho"),
            ("colabora integralmente", "A transportadora"),
            ("Meu cliente", "Ismael Teodoro Santana"),
        ],
    ),
    # batch sp-ptit-4, written after all the sp-ptit rules as an unseen check, no rule changed for it (PT 8/12, IT 11/11); still missed
    (
        'SÃO PAULO – A Petrobras anunciou nesta quinta-feira uma redução de 6% no preço do diesel vendido às distribuidoras.\n\n"A queda reflete o comportamento do petróleo no mercado internacional", informou a estatal em comunicado.\n\nPara o economista Adriano Kuniyoshi Prado, professor da FGV, o impacto nas bombas deve ser menor. "Os postos costumam repassar as quedas com atraso", explicou.\n\nA Federação dos Caminhoneiros comemorou. "É um alívio, mas ainda está longe do ideal", disse o presidente da entidade, Edinaldo Pacheco Lins.\n\nKuniyoshi Prado lembra que os impostos estaduais também pesam. "Metade do preço é tributo", afirmou o professor.',
        [
            ("A queda reflete", "A Petrobras"),
            ("Os postos costumam", "Adriano Kuniyoshi Prado"),
            ("É um alívio", "Edinaldo Pacheco Lins"),
            ("Metade do preço", "Adriano Kuniyoshi Prado"),
        ],
    ),
    (
        'LISBOA – O Teatro Nacional D. Maria II estreia na sexta-feira uma nova encenação de "Frei Luís de Sousa", com direção de Teresa Gafeira Salvado.\n\n«Almeida Garrett escreveu sobre um país que vive preso ao passado, e isso continua atual», afirma a encenadora.\n\nO papel de Madalena cabe à atriz cabo-verdiana Euridice Semedo Tavares. «Foi o maior desafio da minha carreira», confessa. «Passei meses a estudar o português do século XIX.»\n\nA diretora artística do teatro, Helena Rebordão, sublinha a aposta nos clássicos. «O público quer revisitar os textos que estudou na escola», diz.',
        [
            ("Almeida Garrett escreveu", "Teresa Gafeira Salvado"),
            ("Foi o maior", "Euridice Semedo Tavares"),
            ("Passei meses", "Euridice Semedo Tavares"),
            ("O público quer", "Helena Rebordão"),
        ],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)


def test_brazilian_cities_named_like_people_are_places() -> None:
    from bot.text.speakers import names as nm

    assert nm.is_place(["João", "Pessoa"]) and nm.is_place(["Santo", "André"])
