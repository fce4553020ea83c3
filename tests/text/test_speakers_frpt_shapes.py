"""Speakers on short invented French and Portuguese passages, one general shape each (batch
rules-frpt): Portuguese speech verbs with a joined object pronoun, French incises with a role
noun or a reflexive verb, imperfect speech verbs, a fragment of reported speech that the next
quotation paragraph does not go on with. Every speaker exact."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes

SHAPES: list[Case] = [
    (
        # a Portuguese speech verb with its object pronoun joined on by a hyphen
        "Celeste Amaral é oleira em Barcelos há trinta anos e ainda trabalha todos os dias.\n\n"
        "Aos 15 anos, quando disse em casa que queria aprender o ofício, o tio, Armindo Amaral, "
        "respondeu-lhe que o barro “não dava para pagar as contas de ninguém”.",
        [("não dava para pagar", "Armindo Amaral")],
    ),
    (
        # "», diz, sem levantar os olhos …": a lower-case phrase on the manner after the verb and
        # a comma, its subject left out (the person the sentence before is about)
        "Ao amanhecer, Celeste Amaral já está na oficina, a amassar o barro da véspera. Há "
        "trinta anos que é oleira, uma das últimas da vila. “O barro não perdoa pressa nem "
        "preguiça”, diz, sem levantar os olhos da roda de oleiro.",
        [("O barro não perdoa", "Celeste Amaral")],
    ),
    (
        # a lower-case fragment inside a sentence of reported speech: the quotation paragraph
        # after it is not the reported speaker's (a profile goes back to its subject)
        "Celeste Amaral é oleira em Barcelos há trinta anos e ainda trabalha todos os dias.\n\n"
        "Aos 15 anos, o tio, Armindo Amaral, respondeu-lhe que o barro “não dava para pagar "
        "as contas de ninguém”.\n\n"
        "“Fiquei tão zangada que no dia seguinte fui pedir trabalho à fábrica da vila.”",
        [("não dava para pagar", "Armindo Amaral"), ("Fiquei tão zangada", None)],
    ),
    (
        # French: the same lower-case fragment; the quotation paragraph after it is the one
        # the sentence before it is about
        "Odile Ferrand tient la quincaillerie de la place du marché depuis 1991.\n\n"
        "Son oncle, Gaston Ferrand, voulait qu’elle « devienne institutrice comme sa mère ». "
        "Elle a préféré les clous et les vis.\n\n"
        "« J’aimais trop le bruit du tiroir-caisse. Je ne l’ai jamais regretté. »",
        [("J’aimais trop le bruit", "Odile Ferrand")],
    ),
    (
        # a French incise with a role noun inside the marks: the person introduced with that
        # noun, not the one the sentence before is about
        "Le vétérinaire Bastien Carrel, installé au village depuis 2009, parle d’une saison "
        "épuisante. Une éleveuse, Maud Rivière, a perdu trois veaux en mars.\n\n"
        "« On a vu deux fois plus de vêlages difficiles, ajoute le jeune vétérinaire. Les "
        "éleveurs sont à bout. »",
        [("On a vu deux fois plus", "Bastien Carrel")],
    ),
    (
        # a French incise with a reflexive verb and a few words on the manner: "elle", not
        # the man the sentence before is about
        "Odile Ferrand a défendu presque seule la réouverture de la halle devant le conseil "
        "municipal, il y a dix ans, contre la plupart des élus de la commune et contre les "
        "commerçants de la rue principale. Le maire de l’époque, Roger Blin, s’y opposait. « On m’a répondu que ce n’était pas "
        "rentable, se souvient-elle en riant. Dix ans plus tard, la halle est pleine. »",
        [("On m’a répondu", "Odile Ferrand")],
    ),
    (
        # an imperfect French speech verb after a subject with a possessive role and the name
        "Le club de rugby de Saint-Alban a perdu une trentaine de licenciés cette saison.\n\n"
        "À la sortie de l’assemblée, son président, Hervé Dumaine, se disait « heureux que le "
        "bureau ait enfin été renouvelé ».",
        [("heureux que le bureau", "Hervé Dumaine")],
    ),
    (
        # a quotation alone after a sentence whose subject is a title and a surname ("Mme X a
        # répliqué …"): the full name introduced before, not the words up to the verb
        "Port-Lazare : la maire renonce à la taxe sur les terrasses\n\n"
        "La maire de Port-Lazare, Irène Castagnol, a renoncé lundi à la taxe sur les terrasses."
        "\n\nLe chef de l’opposition, Aurélien Moisan, a crié victoire. « C’est une déroute », "
        "a-t-il lancé.\n\nMme Castagnol a répliqué sèchement. « Le conseiller aurait préféré "
        "que je m’obstine. »",
        [("Le conseiller aurait", "Irène Castagnol")],
    ),
    (
        # a sentence opening on a speech verb whose subject is left out, after another such
        # sentence: the role noun the sentence before them opens on, and its person
        "O Tribunal de Viseu condenou ontem a quatro anos de prisão Ilídio Barroca Neves, de "
        "61 anos, antigo tesoureiro da Banda Filarmónica de Tondela, por abuso de confiança.\n\n"
        "Durante o julgamento, o antigo tesoureiro sempre negou os factos. Na última sessão, "
        "pediu a palavra. Disse que era «a vítima de uma vingança» e que a banda «nunca teve "
        "contas organizadas».",
        [
            ("a vítima de uma vingança", "Ilídio Barroca Neves"),
            ("nunca teve contas", "Ilídio Barroca Neves"),
        ],
    ),
    (
        # "apelou" reports speech; "mas" after the closing mark goes on with the sentence
        "Em Tondela, a presidente da câmara, Hermínia Salgueiro, abriu três pavilhões para os "
        "desalojados. “Quem mora junto ao rio deve sair de casa já”, apelou a autarca em "
        "conferência de imprensa.\n\nA autarca disse ainda que o concelho tem “meios para "
        "acolher todos”, mas pediu cobertores e roupa.",
        [
            ("Quem mora junto ao rio", "Hermínia Salgueiro"),
            ("meios para acolher", "Hermínia Salgueiro"),
        ],
    ),
    (
        # a portrait: free-standing first-person quotation paragraphs after paragraphs about
        # the subject's life are the subject's (the first person named, quoted elsewhere); the
        # paragraph right after one goes on with it
        "À Vienne, Odile Ferrand tient la quincaillerie de la place depuis trente ans\n\n"
        "Il est 8 heures et Odile Ferrand lève déjà le rideau de fer. « Ici, on vend des clous, "
        "mais surtout des conseils », lance-t-elle en allumant la lumière.\n\n"
        "Née dans une famille d’agriculteurs, la commerçante n’était pas destinée au commerce. "
        "Son oncle, Gaston Ferrand, voulait qu’elle « devienne institutrice comme sa mère ».\n\n"
        "« J’avais seize ans quand j’ai poussé la porte de la boutique pour la première fois. "
        "Je ne suis jamais repartie. »\n\n"
        "« Ce qui a changé, c’est la clientèle. Avant, c’étaient des artisans. Aujourd’hui, ce "
        "sont des jeunes couples qui retapent une maison. »",
        [
            ("J’avais seize ans", "Odile Ferrand"),
            ("Ce qui a changé", "Odile Ferrand"),
        ],
    ),
    (
        # the same in Portuguese, the subject named in the opening sentence
        "A oleira que resiste em Barcelos\n\n"
        "São seis da manhã e Celeste Amaral já está na oficina, a amassar o barro da véspera. "
        "“O barro não perdoa pressa”, diz, sem levantar os olhos da roda.\n\n"
        "Filha e neta de oleiros, a sexagenária cresceu entre fornos e feiras. O tio, Armindo "
        "Amaral, dizia-lhe que o barro “não dava para pagar as contas”.\n\n"
        "“Fiquei furiosa. Passei dez anos a provar-lhe que estava enganado. No fim, foi ele "
        "que me ensinou a ler o forno.”",
        [("Fiquei furiosa", "Celeste Amaral")],
    ),
    (
        # not when the first person named is quoted nowhere else: no portrait of them
        "Le tribunal de Vienne a condamné mardi Odile Ferrand, ancienne gérante d’une "
        "quincaillerie, à un an de prison avec sursis pour abus de biens sociaux.\n\n"
        "Plusieurs anciens salariés assistaient à l’audience, au fond de la salle.\n\n"
        "« J’ai perdu mon emploi et personne ne m’a jamais expliqué pourquoi. »",
        [("J’ai perdu mon emploi", None)],
    ),
    (
        # "Para X, …" opening the sentence: the person it is "for", not the institution in
        # the apposition after the name
        "A romancista Celeste Amaral lançou ontem o seu quarto livro, uma saga familiar "
        "passada entre Barcelos e o Porto ao longo de três gerações.\n\n"
        "Para o crítico literário Ivo Sarmento Reis, professor da Universidade Nova de Braga, o "
        "romance confirma “uma das vozes mais seguras da sua geração”.",
        [("uma das vozes", "Ivo Sarmento Reis")],
    ),
    (
        # not "Pour la première fois, …": no person
        "La quincaillerie de la place du marché a rouvert ses portes samedi après deux ans "
        "de travaux, et les habitants du quartier se sont pressés devant la vitrine.\n\n"
        "Pour la première fois, la vitrine affiche « ouvert le dimanche matin ».",
        [("ouvert le dimanche matin", None)],
    ),
    (
        # "Et d’ajouter : « … »" with a curly apostrophe: the speaker before goes on
        "Délégué syndical de la fonderie, Yvon Castaing travaille ici depuis trente ans, "
        "comme son père avant lui. « On ne partira pas sans se battre », prévient-il. "
        "Et d’ajouter : « Les machines resteront ici tant que nous serons là. »",
        [("Les machines resteront", "Yvon Castaing")],
    ),
    (
        # French keeps its subjects: a verb after a subject describing someone unnamed ("un
        # homme poussant un chariot …") is not the person named before, but that someone
        # (speakers/unnamed.py)
        "La tempête a laissé derrière elle des rues transformées en torrents et des toits "
        "arrachés dans tout le sud de la commune.\n\n"
        "Le maire de Saint-Ours, Daniel Fontaine, a fait le tour des quartiers sinistrés en "
        "bottes. « Il faut que l’argent arrive vite », a-t-il déclaré devant la mairie.\n\n"
        "À la sortie du supermarché, un homme poussant un chariot rempli de bouteilles d’eau "
        "résumait : « On a l’habitude, mais celle-là, c’était une tempête monstre. »",
        [("On a l’habitude", "un homme")],
    ),
    (
        # an adverb between the auxiliary and the verb ("a toutefois assuré"), and a body named
        # by its own words, not by a longer name sharing its last word seen before
        "Selon la direction régionale de la Santé du Haut-Lac, 240 enfants ont été touchés par "
        "la rougeole depuis janvier dans les écoles de la ville et des villages alentour. Dans "
        "un communiqué publié jeudi, le ministère de la Santé a toutefois assuré que « tous les "
        "districts seront couverts d’ici à la fin du mois ».",
        [("tous les districts", "ministère de la Santé")],
    ),
    (
        # "ce dernier" (the latter): the person named last, not the one the story is about
        "Le chanteur Paul Diouf est mort dimanche à Dakar, à l’âge de 71 ans, des suites d’une "
        "longue maladie, a annoncé sa famille.\n\n"
        "Il avait commencé à chanter dans les mariages avant d’être repéré par le guitariste "
        "Idrissa Fall, qui allait devenir son complice pendant trente ans. Joint par "
        "téléphone, ce dernier avait la voix brisée. « On a joué ensemble pour la première fois "
        "en 1972, dans un petit bar du port. »",
        [("On a joué ensemble", "Idrissa Fall")],
    ),
    (
        # the same after the quotation
        "Le chanteur Paul Diouf est mort dimanche à Dakar, à l’âge de 71 ans, des suites d’une "
        "longue maladie, a annoncé sa famille.\n\n"
        "Il avait commencé à chanter dans les mariages avant d’être repéré par le guitariste "
        "Idrissa Fall. « On a joué ensemble pour la première fois en 1972 », raconte ce dernier.",
        [("On a joué ensemble", "Idrissa Fall")],
    ),
    (
        # an institution's whole name as the subject, opening the sentence with a capitalized
        # article and ending on a lower-case adjective; "Le syndicat Unia" stays "Unia"
        "Le peintre Ousmane Faye est mort dimanche à Thiès, à l’âge de 80 ans, a annoncé sa "
        "famille, qui a reçu toute la journée les visites de ses anciens élèves. Il laisse "
        "derrière lui plus de deux cents toiles et une école d’art qu’il avait fondée dans "
        "son quartier natal.\n\n"
        "Le ministère de la Culture et du Patrimoine historique a salué dans un communiqué « un "
        "géant de la peinture, dont l’œuvre a porté la voix des pêcheurs ».",
        [("un géant de la peinture", "ministère de la Culture et du Patrimoine historique")],
    ),
    (
        # the words on a sign, introduced with a colon after the sign's noun: no speaker, and
        # not the speaker of a quotation later in the paragraph
        "Odile Ferrand tient la quincaillerie de la place du marché depuis trente ans et "
        "connaît chaque client par son prénom.\n\n"
        "Sur la porte de la réserve, une vieille affiche jaunie proclame toujours : « Ici, on "
        "répare avant de jeter ». Elle la regarde et sourit. « Je devrais la changer, mais "
        "elle restera après moi », dit-elle.",
        [("Ici, on répare", None), ("Je devrais la changer", "Odile Ferrand")],
    ),
    (
        # "lê-se" (one reads) before a colon: the words painted there are no one's
        "Celeste Amaral é oleira em Barcelos há trinta anos e ainda trabalha todos os dias na "
        "oficina que foi do avô, junto ao rio.\n\n"
        "“O barro não perdoa pressa”, diz a oleira. Na parede do forno, pintada à mão e já "
        "meio apagada pelo fumo, lê-se uma frase: “Quem tem ofício tem pão”.",
        [("Quem tem ofício", None)],
    ),
    (
        # an elided article and an adjective on the role noun after a fronted phrase ("…, à
        # s’exprimer, l’ancien trésorier a reconnu"): the person introduced with that role
        # (after an age in commas), not the magistrate named last
        "Le parquet a requis mardi trois ans de prison contre Gaston Verlaine, 61 ans, ancien "
        "trésorier du club de football de Saint-Rémi, accusé d’avoir détourné 200.000 euros "
        "entre 2017 et 2022. Il lui est reproché d’avoir réglé de fausses factures de matériel "
        "sur un compte qu’il contrôlait, au préjudice d’un club qui encadre quelque 300 jeunes "
        "dans les quartiers de la ville.\n\n"
        "Le substitut du procureur, Arnaud Delcourt, a décrit un système « d’une grande "
        "froideur ». Invité par la présidente, Nadine Jaspar, à s’exprimer, l’ancien trésorier "
        "a reconnu « une partie des faits ».",
        [("une partie des faits", "Gaston Verlaine")],
    ),
    (
        # a body's common noun ("L'office fédéral") is never a person named before
        "Les orages ont provoqué mardi plusieurs coulées de boue dans le val d’Anniviers, où "
        "le guide de montagne Pierre-Alain Fauchère a dû évacuer un groupe de randonneurs. "
        "Les routes de la vallée sont restées fermées toute la journée et les pompiers ont "
        "été appelés à une trentaine de reprises pour des caves inondées.\n\n"
        "L'office fédéral a précisé que « de nouveaux orages, localement violents, restent "
        "possibles en fin de journée ».",
        [("de nouveaux orages", "L'office fédéral")],
    ),
    (
        # "», contou, emocionado, o treinador …": the subject after a participle on the mood;
        # the role noun is the person introduced with it, not the one the sentence before names
        "O Grupo Desportivo de Vale do Lima venceu este domingo o Atlético de Arcos por 2-1, "
        "no Estádio Municipal, e ficou a seis pontos da subida com quatro jornadas por "
        "disputar.\n\n"
        "O treinador Joaquim Silvestre, de 51 anos, dedicou a vitória aos adeptos. O médio "
        "Rui Pestana marcou os dois golos. “Esta equipa nunca desiste, nem quando tudo corre "
        "mal”, contou, emocionado, o treinador de 51 anos.",
        [("Esta equipa nunca desiste", "Joaquim Silvestre")],
    ),
    (
        # "recomendou" reports speech
        "A Polícia Civil prendeu ontem em Anápolis um homem suspeito de vender falsas cartas de "
        "consórcio a pelo menos duzentas pessoas em cinco estados do país.\n\n"
        "O Procon de Anápolis recomendou aos consumidores, em nota, que “desconfiem de "
        "qualquer promessa de contemplação garantida” e verifiquem se a empresa é autorizada "
        "pelo Banco Central.",
        [("desconfiem de qualquer", "O Procon de Anápolis")],
    ),
    (
        # a quotation alone after a sentence about another person in the same paragraph as an
        # attributed one: the person of the sentence before it, not the earlier speaker
        "Le conseil municipal a renoncé lundi soir à la taxe sur le stationnement des rues "
        "résidentielles, après trois semaines de grogne chez les commerçants du centre.\n\n"
        "Du côté des habitants, le son de cloche est plus nuancé. Bernard Lachance, qui habite "
        "rue des Tanneurs depuis 31 ans, se dit « soulagé, mais méfiant ». Sa voisine Ginette "
        "Lachance (aucun lien de parenté, précise-t-elle en riant) craint plutôt que le projet "
        "revienne après les élections. « Ils vont le ressortir, je vous le garantis. »",
        [
            ("soulagé, mais méfiant", "Bernard Lachance"),
            ("Ils vont le ressortir", "Ginette Lachance"),
        ],
    ),
    (
        # "le ministre" after "Le ministre de la Sécurité publique, X": X, not "la Sécurité"
        # ("de" is "of" here, no Dutch article)
        "Plus de 200 000 foyers étaient toujours privés d’électricité samedi en Estrie, au "
        "lendemain de la tempête de verglas qui a couché des centaines de poteaux.\n\n"
        "Le ministre de la Sécurité publique, Jean-Marc Lapointe, s’est rendu à Sherbrooke en "
        "après-midi. Il a annoncé que le programme d’aide aux sinistrés serait activé. « Les "
        "gens qui ont perdu leur nourriture seront compensés », a assuré le ministre.\n\n"
        "La Sécurité civile rappelle de ne jamais utiliser de génératrice à l’intérieur.",
        [("Les gens qui ont perdu", "Jean-Marc Lapointe")],
    ),
    (
        # a quotation alone after "Puis elle …": the pronoun after "then", and its person
        "Il est 7 heures et le couloir du service de pédiatrie sent encore le café froid. "
        "Solange Ferracci, qui dirige le service depuis 2004, enfile sa blouse sans s’arrêter "
        "de parler.\n\n"
        "La cheffe de service connaît chaque dossier par cœur. Elle s’arrête devant un lit, "
        "échange deux mots avec un interne. Puis elle se retourne. « Celui-là est arrivé il y a "
        "trois semaines. Il repart demain. »",
        [("Celui-là est arrivé", "Solange Ferracci")],
    ),
]


@pytest.mark.parametrize("case", SHAPES, ids=lambda c: c[0][:30])
def test_shape_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got
