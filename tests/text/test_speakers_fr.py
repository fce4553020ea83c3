"""Speakers on invented French news passages (issue 12 pattern 6)."""

from __future__ import annotations

import pytest

from tests.text.speaker_cases import Case, outcomes, share_right

CASES: list[Case] = [
    (
        "« Les travaux du tramway commenceront en mars », a déclaré l'adjointe au maire "
        "Claire Fontaine.",
        [("Les travaux du tramway", "Claire Fontaine")],
    ),
    (
        "Selon l'ingénieur en chef Marc Lefèvre, « le pont doit être renforcé avant l'hiver ».",
        [("le pont doit", "Marc Lefèvre")],
    ),
    (
        "« Nous ouvrirons deux nouvelles lignes de bus », a déclaré le vice-président chargé "
        "des mobilités, Julien Marchetti, lors du conseil.",
        [("Nous ouvrirons", "Julien Marchetti")],
    ),
    (
        "Julien Marchetti dirige le projet depuis deux ans.\n\n"
        "Marchetti a précisé que le budget restait fixe : « Pas un euro de plus ne sera "
        "dépensé. »",
        [("Pas un euro", "Julien Marchetti")],
    ),
    (
        "Le directeur du port, Paul Garnier, a visité le chantier.\n\n"
        "« Les grues arriveront la semaine prochaine », a-t-il ajouté.",
        [("Les grues arriveront", "Paul Garnier")],
    ),
    (
        "« La saison touristique a été excellente », explique Sophie Marchand, gérante "
        "d'un hôtel du centre.",
        [("La saison touristique", "Sophie Marchand")],
    ),
    (
        "La maire Hélène Dubois a répondu aux critiques : « Le marché restera ouvert le "
        "dimanche. »",
        [("Le marché restera", "Hélène Dubois")],
    ),
    (
        "Anne Roussel préside l'association des riverains.\n\n"
        "« Le bruit des camions commence à cinq heures du matin », dit-elle.",
        [("Le bruit des camions", "Anne Roussel")],
    ),
    (
        "« Nous avons perdu trois semaines à cause de la pluie », a reconnu Luc Bernard, "
        "chef de chantier.",
        [("Nous avons perdu", "Luc Bernard")],
    ),
    (
        "Le médecin Karim Benali a témoigné devant la commission.\n\n"
        "« Les urgences manquent de lits depuis des années. »",
        [("Les urgences manquent", "Karim Benali")],
    ),
    # written after the rules above, as a check on passages they were not tuned on
    (
        "« Le musée rouvrira au printemps », a annoncé la directrice Agnès Moreau.",
        [("Le musée rouvrira", "Agnès Moreau")],
    ),
    (
        "Le boulanger Thierry Lambert ouvre à six heures.\n\n« Le prix de la farine a doublé », confie-t-il.",
        [("Le prix de la farine", "Thierry Lambert")],
    ),
    (
        "« Personne ne nous a consultés », a dénoncé Sandrine Petit, porte-parole du collectif.",
        [("Personne ne nous", "Sandrine Petit")],
    ),
    (
        "Selon la préfète Nathalie Girard, « la route restera fermée jusqu'à lundi ».",
        [("la route restera", "Nathalie Girard")],
    ),
    # a third batch, also written before the rules that handle it
    (
        "« Nous ne fermerons pas la maternité », a assuré jeudi la ministre Élodie Garnier.",
        [("Nous ne fermerons", "Élodie Garnier")],
    ),
    (
        "Le maire de Lyon, Olivier Blanc, a pris la parole. « La ville paiera les réparations », a-t-il promis.",
        [("La ville paiera", "Olivier Blanc")],
    ),
    (
        "Pour la syndicaliste Manon Leroy, « les salaires doivent suivre les prix ».",
        [("les salaires doivent", "Manon Leroy")],
    ),
    # a fourth batch, written before any rule change for it
    (
        "Le préfet Bruno Lemaire est arrivé sur place dans la nuit.\n\n« Les habitants pourront rentrer demain », a-t-il indiqué.",
        [("Les habitants pourront", "Bruno Lemaire")],
    ),
    (
        "« Nous avons besoin de cinquante lits de plus », estime Valérie Roux, directrice de l'hôpital. « Sans cela, l'hiver sera difficile. »",
        [("Nous avons besoin", "Valérie Roux"), ("Sans cela", "Valérie Roux")],
    ),
    (
        "Isabelle Faure, qui dirige la chorale depuis vingt ans, a annoncé son départ : « C'est le moment de passer la main. »",
        [("C'est le moment", "Isabelle Faure")],
    ),
]


def test_share_of_speakers_right() -> None:
    assert share_right(CASES) >= 0.85, outcomes(CASES)


def test_french_marks_are_kept_when_shown() -> None:
    from bot.text.quotes import find_quotes

    (quote,) = find_quotes(CASES[0][0])
    assert "“" not in quote.display and "”" not in quote.display


# multi-paragraph articles (wire copy, local news, sports, business, captions and bylines),
# written as a check on the rules: every speaker exact
ARTICLES: list[Case] = [
    (
        "PARIS (AFP) - Le gouvernement a annoncé mardi une hausse de 5 % du budget de la santé.\n\n« C'est un effort sans précédent », a déclaré le ministre de la Santé, Olivier Garnier, devant l'Assemblée nationale.\n\nL'opposition a dénoncé un effet d'annonce. « Ces chiffres ne couvrent même pas l'inflation », a réagi la députée Camille Roux.",
        [("C'est un effort", "Olivier Garnier"), ("Ces chiffres", "Camille Roux")],
    ),
    (
        "Par Julie Martin\n\nLa commune de Saint-Aubin va fermer sa piscine municipale cet été.\n\nLe maire, Bernard Lefort, justifie cette décision par le coût de l'énergie. « Nous ne pouvons plus payer le chauffage », explique-t-il.\n\nLes habitants sont en colère. « Nos enfants n'apprendront plus à nager », regrette Nadia Benali, mère de trois enfants.",
        [("Nous ne pouvons", "Bernard Lefort"), ("Nos enfants", "Nadia Benali")],
    ),
    (
        "Le PSG s'est imposé 3-1 face à Lyon samedi soir.\n\n« On a montré du caractère », a estimé l'entraîneur parisien Luis Ortega après la rencontre.\n\nSon homologue lyonnais, Pierre Sage, était déçu. « On a donné trois buts trop faciles », a-t-il regretté. « Ce n'est pas acceptable à ce niveau. »",
        [
            ("On a montré", "Luis Ortega"),
            ("On a donné", "Pierre Sage"),
            ("Ce n'est pas acceptable", "Pierre Sage"),
        ],
    ),
    (
        "Selon la préfecture, plus de 2 000 personnes ont manifesté dimanche à Nantes.\n\n« Nous ne lâcherons rien », a lancé au micro Sophie Leclerc, porte-parole du collectif.\n\nLa préfète, Anne Morel, a appelé au calme : « Le droit de manifester doit s'exercer dans le respect de la loi. »",
        [("Nous ne lâcherons", "Sophie Leclerc"), ("Le droit de manifester", "Anne Morel")],
    ),
    (
        "Le groupe Renault a publié jeudi des résultats en hausse.\n\n« L'année a été excellente pour nos ventes électriques », s'est félicité le directeur général, Marc Dufour, lors d'une conférence téléphonique.\n\nPour l'analyste Thomas Girard, de la banque Natixis, « la question reste celle des marges ».",
        [("L'année a été", "Marc Dufour"), ("la question reste", "Thomas Girard")],
    ),
    (
        "Photo : Jean Dupuis / Ouest-France\n\nMarie Lambert a ouvert sa boulangerie il y a trente ans.\n\n« Le prix de la farine a doublé en deux ans », raconte-t-elle.\n\n« Je ne sais pas si je tiendrai jusqu'à Noël », ajoute la boulangère.",
        [("Le prix de la farine", "Marie Lambert"), ("Je ne sais pas", "Marie Lambert")],
    ),
    (
        "La présidente de la région, Valérie Charpentier, a inauguré lundi le nouveau lycée.\n\nDans son discours, elle a insisté sur l'importance de l'éducation : « Chaque euro investi dans nos lycées est un euro investi dans l'avenir. »\n\nLes enseignants restent sceptiques. « Il manque encore dix postes », souligne Paul Henry, délégué syndical.",
        [("Chaque euro investi", "Valérie Charpentier"), ("Il manque encore", "Paul Henry")],
    ),
    (
        "« Nous avons retrouvé le corps vers 18 heures », a indiqué le capitaine Éric Masson, commandant de la brigade de gendarmerie.\n\nLe randonneur avait disparu depuis trois jours. D'après les premiers éléments, il aurait chuté dans un ravin.\n\n« Le terrain est très dangereux à cet endroit », a précisé l'officier.",
        [("Nous avons retrouvé", "Éric Masson"), ("Le terrain est", "Éric Masson")],
    ),
    (
        "Le Premier ministre a défendu sa réforme des retraites à la télévision.\n\n« Je ne reculerai pas », a affirmé Gabriel Moreau sur TF1. « Cette réforme est nécessaire pour sauver notre système. »\n\nPour la CGT, au contraire, « cette réforme est injuste et brutale », selon un communiqué du syndicat.",
        [("Je ne reculerai", "Gabriel Moreau"), ("Cette réforme est nécessaire", "Gabriel Moreau")],
    ),
    (
        "Le chanteur Thomas Blanc a annulé sa tournée pour raisons de santé.\n\n« Je dois prendre soin de moi », a-t-il écrit sur Instagram. « Je suis désolé pour tous ceux qui avaient acheté un billet. »\n\nSon producteur, Alain Weber, a confirmé que les billets seraient remboursés.",
        [("Je dois prendre", "Thomas Blanc"), ("Je suis désolé", "Thomas Blanc")],
    ),
    (
        "Le maire de Lyon, Grégoire Dumas, a présenté lundi son plan vélo.\n\n« Nous voulons doubler le nombre de pistes cyclables d'ici 2030 », a-t-il déclaré.\n\nLes commerçants de la Presqu'île sont inquiets. « Sans voitures, nos clients ne viendront plus », estime Jacques Perrin, président de l'association des commerçants.",
        [("Nous voulons doubler", "Grégoire Dumas"), ("Sans voitures", "Jacques Perrin")],
    ),
    (
        "L'entraîneur du Stade rennais, Bruno Génésio, n'a pas caché sa déception après la défaite.\n\n« On n'a pas été au niveau, c'est clair », a reconnu le technicien. « Il faudra réagir dès mercredi. »",
        [("On n'a pas été", "Bruno Génésio"), ("Il faudra réagir", "Bruno Génésio")],
    ),
    (
        "Selon Météo-France, les orages pourraient être violents dans le Sud-Est.\n\n« Nous avons placé six départements en vigilance orange », explique la prévisionniste Claire Vidal.\n\nElle recommande d'éviter les déplacements : « Il ne faut pas prendre la route pendant l'orage. »",
        [("Nous avons placé", "Claire Vidal"), ("Il ne faut pas", "Claire Vidal")],
    ),
    (
        "Par Antoine Lefèvre\n\nLa ministre de la Culture, Rachida Benali, a annoncé la rénovation du musée.\n\n« Ce lieu appartient à tous les Français », a-t-elle souligné lors de sa visite.",
        [("Ce lieu appartient", "Rachida Benali")],
    ),
    (
        "« C'est une victoire pour les salariés », s'est réjoui le délégué CGT Fabrice Morin à la sortie de la réunion.\n\nLa direction a accepté une hausse de 4 % des salaires.",
        [("C'est une victoire", "Fabrice Morin")],
    ),
    (
        "Le tribunal de Marseille a condamné jeudi l'ancien maire de la commune à deux ans de prison avec sursis.\n\n« C'est une décision injuste », a réagi son avocat, Me Laurent Brun, à la sortie de l'audience. « Mon client va faire appel. »\n\nLe procureur, Nicolas Faure, avait requis trois ans ferme.",
        [("C'est une décision", "Laurent Brun"), ("Mon client va", "Laurent Brun")],
    ),
    (
        "Crédit photo : AFP\n\nLa Banque de France a revu à la baisse sa prévision de croissance.\n\n« L'économie française résiste, mais elle ralentit », a expliqué son gouverneur, François Villeroy de Galhau, lors d'une conférence de presse.\n\nIl a ajouté : « L'inflation devrait revenir sous les 2 % l'an prochain. »",
        [
            ("L'économie française", "François Villeroy de Galhau"),
            ("L'inflation devrait", "François Villeroy de Galhau"),
        ],
    ),
    (
        "À Rennes, les agriculteurs ont bloqué la rocade pendant six heures.\n\n« On ne peut plus vivre de notre travail », témoigne Yann Le Gall, éleveur laitier à Vitré.\n\n« Les normes changent tous les ans », renchérit sa voisine, Maryvonne Hervé.",
        [("On ne peut plus", "Yann Le Gall"), ("Les normes changent", "Maryvonne Hervé")],
    ),
    (
        "Emmanuel Macron s'est exprimé mardi soir à la télévision.\n\n« Nous traversons une période difficile, je le sais », a dit le chef de l'État.\n\n« Mais je crois en notre pays », a-t-il poursuivi.",
        [("Nous traversons", "Emmanuel Macron"), ("Mais je crois", "Emmanuel Macron")],
    ),
    (
        "La SNCF prévoit un trafic très perturbé jeudi en raison d'une grève des contrôleurs.\n\n« Nous conseillons aux voyageurs de reporter leurs déplacements », a indiqué Christophe Fanichet, PDG de SNCF Voyageurs, sur France Info.\n\nDu côté des syndicats, on assume. « Les contrôleurs sont à bout », explique Fabien Villedieu, de SUD-Rail.",
        [("Nous conseillons", "Christophe Fanichet"), ("Les contrôleurs sont", "Fabien Villedieu")],
    ),
    (
        "Jeanne Martin, 34 ans, a créé sa ferme bio il y a cinq ans dans le Gers.\n\n« Au début, personne n'y croyait », se souvient-elle. « Aujourd'hui, je livre trois cantines. »",
        [("Au début", "Jeanne Martin"), ("Aujourd'hui", "Jeanne Martin")],
    ),
    (
        "Le conseil municipal de Bordeaux a adopté lundi soir le budget 2025.\n\nPour le maire, Pierre Hurmic, « c'est un budget de responsabilité ». L'élu écologiste a défendu la hausse de la taxe foncière : « Nous n'avions pas le choix. »\n\nL'opposition a voté contre. « Les Bordelais paient toujours plus », a dénoncé Thomas Cazenave.",
        [
            ("c'est un budget", "Pierre Hurmic"),
            ("Nous n'avions pas", "Pierre Hurmic"),
            ("Les Bordelais paient", "Thomas Cazenave"),
        ],
    ),
    (
        "Kylian Mbappé a inscrit un doublé face à Séville.\n\n« Je me sens de mieux en mieux », a confié l'attaquant français après la rencontre.\n\nSon entraîneur, Carlo Ancelotti, s'est montré satisfait : « Kylian a fait un grand match. »",
        [("Je me sens", "Kylian Mbappé"), ("Kylian a fait", "Carlo Ancelotti")],
    ),
    (
        "La ministre de l'Éducation, Anne Genetet, veut réformer le brevet.\n\n« Le brevet doit redevenir un vrai examen », a-t-elle affirmé dimanche dans un entretien au Parisien.\n\nLes syndicats enseignants sont sceptiques. « On change encore les règles en cours d'année », regrette Sophie Vénétitay, du Snes-FSU.",
        [("Le brevet doit", "Anne Genetet"), ("On change encore", "Sophie Vénétitay")],
    ),
    (
        "À Lille, le festival de musique a attiré 80 000 spectateurs ce week-end.\n\n« C'est un record absolu », se félicite son directeur, Hugo Dumont. « On ne s'attendait pas à un tel succès. »\n\nLes riverains, eux, se plaignent du bruit. « On n'a pas dormi pendant trois nuits », raconte Martine, 67 ans, qui habite juste à côté.",
        [("C'est un record", "Hugo Dumont"), ("On ne s'attendait", "Hugo Dumont")],
    ),
    (
        "La députée Clémence Guetté a interpellé le gouvernement sur le prix de l'électricité.\n\n« Les Français ne peuvent plus payer leurs factures », a-t-elle lancé dans l'hémicycle.\n\nLe ministre de l'Économie, Antoine Armand, lui a répondu : « Les prix vont baisser de 15 % en février. »",
        [("Les Français ne", "Clémence Guetté"), ("Les prix vont", "Antoine Armand")],
    ),
    (
        "Teddy Riner a annoncé qu'il participerait aux championnats du monde.\n\n« J'ai encore faim de victoires », a déclaré le judoka de 35 ans lors d'une conférence de presse à Paris.",
        [("J'ai encore faim", "Teddy Riner")],
    ),
    (
        "La ville de Grenoble va végétaliser 40 cours d'école d'ici 2026.\n\n« Les enfants souffrent de la chaleur dès le mois de juin », observe l'adjointe à l'éducation, Christine Garnier. « Il faut agir maintenant. »\n\nLes parents d'élèves saluent l'initiative. « C'est une excellente nouvelle », réagit Karim Saïdi, président de la FCPE locale.",
        [
            ("Les enfants souffrent", "Christine Garnier"),
            ("Il faut agir", "Christine Garnier"),
            ("C'est une excellente", "Karim Saïdi"),
        ],
    ),
    (
        "Le cycliste Romain Bardet a mis fin à sa carrière dimanche.\n\n« J'ai vécu des moments incroyables », a confié le Français, très ému. « Je remercie tous ceux qui m'ont soutenu. »",
        [("J'ai vécu", "Romain Bardet"), ("Je remercie", "Romain Bardet")],
    ),
    (
        "À Toulouse, Airbus va recruter 3 000 personnes en 2025.\n\n« Nous avons besoin de compétences dans tous les domaines », détaille la directrice des ressources humaines, Thierry Baril. Le groupe cherche surtout des ingénieurs.\n\nPour le syndicat FO, majoritaire sur le site, « c'est une bonne nouvelle, mais les salaires doivent suivre ».",
        [("Nous avons besoin", "Thierry Baril")],
    ),
    (
        "L'ancienne ministre Roselyne Bachelot publie un livre de souvenirs.\n\n« J'ai voulu raconter la politique de l'intérieur, sans langue de bois », explique-t-elle. Elle y évoque ses années au gouvernement.\n\n« Je n'ai aucun regret », assure l'ex-ministre.",
        [("J'ai voulu raconter", "Roselyne Bachelot"), ("Je n'ai aucun", "Roselyne Bachelot")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    (
        "PARIS (AFP) - Le gouvernement a présenté mercredi un plan pour sauver les petites lignes ferroviaires.\n\n« Aucune ligne ne fermera d'ici 2030 », a assuré le ministre des Transports, Philippe Tabarot, devant les députés.\n\nLes élus locaux restent prudents. « On nous a déjà fait ce genre de promesse », rappelle Martine Lefebvre, maire d'un village de la Creuse. « Cette fois, on veut des garanties écrites. »",
        [
            ("Aucune ligne", "Philippe Tabarot"),
            ("On nous a déjà", "Martine Lefebvre"),
            ("Cette fois", "Martine Lefebvre"),
        ],
    ),
    (
        "Le RC Lens s'est incliné 2-1 à Marseille samedi soir.\n\nPour l'entraîneur lensois, Pierre Sage, « l'équipe a manqué de réalisme devant le but ».\n\nLe capitaine Kevin Danso ne cachait pas sa déception : « On méritait au moins le match nul. » Le défenseur autrichien a ajouté : « Il faudra vite se relever. »",
        [
            ("l'équipe a manqué", "Pierre Sage"),
            ("On méritait", "Kevin Danso"),
            ("Il faudra", "Kevin Danso"),
        ],
    ),
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "À Marseille, le marché de Noailles a rouvert après trois semaines de travaux.\n\nDerrière son étal d'épices, Youssef Benali sourit : « On a tenu, mais ça a été dur. » Le commerçant, installé ici depuis 1998, estime avoir perdu la moitié de son chiffre d'affaires.\n\nLa mairie promet une aide. « Un fonds de 200 000 euros sera débloqué », a annoncé l'adjointe au commerce, Rebecca Bernardi.",
        [("On a tenu", "Youssef Benali"), ("Un fonds de", "Rebecca Bernardi")],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    (
        "GENÈVE - Les glaciers suisses ont perdu 4 % de leur volume cette année, selon un rapport publié mardi.\n\n« C'est la deuxième pire année jamais mesurée », a déploré le glaciologue Matthias Huss, qui dirige le réseau de surveillance. « Certains petits glaciers vont disparaître d'ici dix ans. »\n\nÀ Zermatt, le guide de montagne Jean-Marc Perrin constate les dégâts chaque été : « Des itinéraires que je faisais avec mon père n'existent plus. »",
        [
            ("C'est la deuxième", "Matthias Huss"),
            ("Certains petits", "Matthias Huss"),
            ("Des itinéraires", "Jean-Marc Perrin"),
        ],
    ),
    (
        "À Bordeaux, la viticultrice Claire Dufour arrache un tiers de ses vignes.\n\n« Je n'ai plus le choix, le vin ne se vend plus », soupire-t-elle. Comme elle, des centaines de producteurs du Bordelais bénéficient d'une prime à l'arrachage.\n\nLe président de l'interprofession, Bernard Farges, défend le dispositif : « Il faut réduire l'offre pour sauver la filière. »",
        [("Je n'ai plus", "Claire Dufour"), ("Il faut réduire", "Bernard Farges")],
    ),
    # once in ARTICLES_HARD, right since the batch-4 rules
    (
        "Le tribunal de Nanterre a condamné lundi un ancien maire à deux ans de prison avec sursis.\n\n« Mon client va faire appel », a immédiatement annoncé son avocate, Me Sophie Lambert, à la sortie de l'audience.\n\nL'association anticorruption Anticor s'est félicitée de la décision. « Les élus doivent rendre des comptes comme tout le monde », a réagi sa présidente, Élise Van Beneden.",
        [("Mon client", "Sophie Lambert"), ("Les élus doivent", "Élise Van Beneden")],
    ),
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        "DAKAR - Le Sénégal a commencé l'exploitation de son premier gisement pétrolier.\n\n« C'est un jour historique pour notre pays », a déclaré le président Bassirou Diomaye Faye lors d'une cérémonie.\n\nLa société civile reste vigilante. « Il faut que cet argent profite aux populations », insiste Aminata Diallo, de l'ONG Publiez ce que vous payez.",
        [("C'est un jour", "Bassirou Diomaye Faye"), ("Il faut que", "Aminata Diallo")],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    (
        "TRIBUNAL – Le procès de l'ancien directeur de la clinique Saint-Roch s'est ouvert mardi devant le tribunal correctionnel de Nîmes.\n\nJean-Baptiste de La Rochère, 61 ans, est poursuivi pour abus de biens sociaux. « Je n'ai jamais détourné un centime », a-t-il affirmé à la barre.\n\nLa procureure Sylvie Thomassin a requis trois ans de prison avec sursis. « Le prévenu a utilisé la clinique comme une tirelire personnelle », a-t-elle lancé.\n\nSon avocat, Me Olivier Castagnet, a plaidé la relaxe. « Il n'y a rien dans ce dossier, rien », a martelé le pénaliste.\n\nLe jugement sera rendu le 14 janvier.",
        [
            ("Je n'ai jamais", "Jean-Baptiste de La Rochère"),
            ("Le prévenu a utilisé", "Sylvie Thomassin"),
            ("Il n'y a rien", "Olivier Castagnet"),
        ],
    ),
    (
        "FOOTBALL – Le FC Annecy s'est imposé 2-0 face à Grenoble samedi soir.\n\n« On a fait un match plein, du début à la fin », s'est félicité l'entraîneur Laurent Guyot après la rencontre.\n\nAuteur du premier but, Yanis Merah savoure : « Marquer devant notre public, c'est toujours spécial. » Le jeune attaquant ajoute : « Mais le plus important, ce sont les trois points. »\n\nPour Romain Texier, président du club, « la montée n'est plus un rêve ».\n\nDans le camp grenoblois, la déception était palpable. « Nous avons manqué d'agressivité », a regretté le capitaine Théo Vasseur.",
        [
            ("On a fait un match", "Laurent Guyot"),
            ("Marquer devant", "Yanis Merah"),
            ("Mais le plus important", "Yanis Merah"),
            ("la montée n'est", "Romain Texier"),
            ("Nous avons manqué", "Théo Vasseur"),
        ],
    ),
    (
        "ÉCONOMIE – Le groupe agroalimentaire Bonvallet va supprimer 240 postes dans ses usines de Bretagne, a annoncé la direction mercredi.\n\n« Cette décision a été difficile, mais elle est nécessaire pour sauver l'entreprise », a justifié le PDG, Arnaud Le Guennec, dans un communiqué.\n\nLes syndicats sont furieux. « On nous parle de sauvetage alors que les actionnaires ont touché 30 millions l'an dernier », dénonce Karine Le Bihan, déléguée CGT du site de Lamballe.\n\nSelon Patrick Morvan, économiste à l'université de Rennes, « le secteur paie des années de sous-investissement ».\n\nLa ministre de l'Industrie, Camille Aubertin, a reçu les représentants du personnel jeudi. « L'État sera aux côtés des salariés », a-t-elle assuré à l'issue de la réunion.",
        [
            ("Cette décision", "Arnaud Le Guennec"),
            ("On nous parle", "Karine Le Bihan"),
            ("le secteur paie", "Patrick Morvan"),
            ("L'État sera", "Camille Aubertin"),
        ],
    ),
    (
        "CINÉMA – Le réalisateur Mathieu Ferrand présente cette semaine son troisième long-métrage, tourné dans la Creuse.\n\n« J'ai voulu filmer ceux qu'on ne regarde jamais », explique-t-il. « Les villages vides, les gens qui restent. »\n\nL'actrice principale, Inès Bouchareb, a découvert la région pendant le tournage. « Je ne connaissais personne, et au bout d'un mois on m'invitait à tous les repas », raconte la comédienne de 29 ans.\n\nD'après le producteur Stéphane Lacour, le film a coûté moins de deux millions d'euros. « C'est un petit budget, mais chaque euro se voit à l'écran », assure-t-il.",
        [
            ("J'ai voulu filmer", "Mathieu Ferrand"),
            ("Les villages vides", "Mathieu Ferrand"),
            ("Je ne connaissais", "Inès Bouchareb"),
            ("C'est un petit budget", "Stéphane Lacour"),
        ],
    ),
    (
        "SCIENCES – Une équipe de l'Inserm a identifié une molécule capable de ralentir la fonte musculaire chez les personnes âgées.\n\n« C'est une piste très prometteuse, mais il faudra des années avant un médicament », prévient la biologiste Claire Delmas-Vidal, qui a dirigé les travaux.\n\nLes essais ont été menés sur des souris. « Les animaux traités gardaient 40 % de masse musculaire en plus », précise son collègue Hugo Benhamou.\n\nPour le professeur Alain Zerbib, gériatre à l'hôpital Bichat, qui n'a pas participé à l'étude, « ces résultats devront être confirmés chez l'homme ».\n\nLa chercheuse reste prudente : « Nous n'en sommes qu'au début. »",
        [
            ("C'est une piste", "Claire Delmas-Vidal"),
            ("Les animaux traités", "Hugo Benhamou"),
            ("ces résultats", "Alain Zerbib"),
            ("Nous n'en sommes", "Claire Delmas-Vidal"),
        ],
    ),
    (
        "FAITS DIVERS – Un homme de 34 ans a été interpellé dimanche après une course-poursuite sur l'A7, près de Valence.\n\nSelon la gendarmerie, le conducteur roulait à plus de 200 km/h. « Il a refusé d'obtempérer à deux reprises », a indiqué le commandant Frédéric Aubry, de la compagnie de Valence.\n\nUn témoin, Gilles Roche, a assisté à la scène depuis une aire de repos. « J'ai cru qu'il allait percuter la barrière », a-t-il raconté au Dauphiné libéré.\n\nLe parquet de Valence a ouvert une enquête. « Le suspect sera présenté à un juge mardi », a déclaré la procureure adjointe, Laure Chabert.",
        [
            ("Il a refusé", "Frédéric Aubry"),
            ("J'ai cru", "Gilles Roche"),
            ("Le suspect sera", "Laure Chabert"),
        ],
    ),
    # batch 6, written before its rules (FR 16/19, ES 15/16, IT 15/18, PT 14/17 speakers right then, three unnamed role speakers counted as None; all 70 after)
    (
        "RENNES – Les agriculteurs bretons ont bloqué mardi plusieurs ronds-points autour de la ville.\n\n« On ne peut plus vivre de notre travail », lance Yannick Le Gall, éleveur laitier à Vitré. « Le prix du lait n'a pas bougé depuis trois ans. »\n\nLe préfet d'Ille-et-Vilaine, Hugues Mercier, a reçu une délégation en fin d'après-midi. « J'entends la colère, mais les blocages doivent cesser », a-t-il déclaré à l'issue de l'entretien.\n\nL'éleveur, lui, ne compte pas lâcher. « On reviendra la semaine prochaine s'il le faut », prévient-il.",
        [
            ("On ne peut plus", "Yannick Le Gall"),
            ("Le prix du lait", "Yannick Le Gall"),
            ("J'entends la colère", "Hugues Mercier"),
            ("On reviendra", "Yannick Le Gall"),
        ],
    ),
    (
        "JUSTICE – L'ancien adjoint au maire de Toulon, Pascal Boulanger, a été condamné jeudi à dix-huit mois de prison avec sursis pour favoritisme.\n\n« Je prends acte de la décision, mais je ne suis pas un voyou », a réagi l'ex-élu à la sortie de l'audience.\n\nSon avocate, Me Sophie Petit, a annoncé qu'elle ferait appel. « Le tribunal a ignoré l'essentiel de nos arguments », a-t-elle estimé.\n\nD'après la présidente du tribunal, Catherine Aubry, « les faits sont graves et répétés ».",
        [
            ("Je prends acte", "Pascal Boulanger"),
            ("Le tribunal a ignoré", "Sophie Petit"),
            ("les faits sont graves", "Catherine Aubry"),
        ],
    ),
    (
        "TENNIS – Léa Fontaine s'est qualifiée pour les quarts de finale du tournoi de Lyon en battant la tête de série numéro 2.\n\n« J'ai joué le match parfait », s'est réjouie la Lyonnaise de 21 ans après la rencontre.\n\nSon entraîneur, Marc Duval, n'est pas surpris. « Elle travaille comme une folle depuis l'hiver. Ce résultat, elle l'a mérité », explique-t-il.\n\nLa joueuse affrontera vendredi l'Italienne Giulia Marchetti. « Ce sera un match très différent », a-t-elle poursuivi.",
        [
            ("J'ai joué", "Léa Fontaine"),
            ("Elle travaille", "Marc Duval"),
            ("Ce sera un match", "Léa Fontaine"),
        ],
    ),
    (
        "ENTREPRISES – La start-up grenobloise Hydrovolt a levé 40 millions d'euros pour industrialiser ses piles à hydrogène.\n\nSa fondatrice, Amélie Rousseau, ne cache pas son ambition : « Dans cinq ans, nous voulons être le leader européen. »\n\nL'ingénieure de 38 ans a créé l'entreprise en 2019 avec deux anciens collègues du CEA. « Au début, nous étions trois dans un garage », se souvient-elle.\n\nSelon Olivier Chassagne, associé du fonds qui mène le tour de table, « la technologie est mûre, il faut maintenant passer à l'échelle ».",
        [
            ("Dans cinq ans", "Amélie Rousseau"),
            ("Au début", "Amélie Rousseau"),
            ("la technologie est mûre", "Olivier Chassagne"),
        ],
    ),
    (
        "ÉDUCATION – Le collège Jean-Moulin de Besançon expérimente depuis septembre la semaine de quatre jours et demi sans téléphone portable.\n\n« Les élèves se parlent à nouveau pendant la récréation », constate le principal, Jérôme Vasseur.\n\nTous les parents ne sont pas convaincus. Nadia Benaissa, mère d'un élève de cinquième, s'inquiète : « Comment je joins mon fils en cas de problème ? »\n\nLe principal balaie l'objection : « Le secrétariat est joignable toute la journée. »\n\n« On verra en juin si les notes suivent », tempère un professeur de mathématiques.",
        [
            ("Les élèves se parlent", "Jérôme Vasseur"),
            ("Comment je joins", "Nadia Benaissa"),
            ("Le secrétariat", "Jérôme Vasseur"),
            ("On verra en juin", "un professeur de mathématiques"),
        ],
    ),
    (
        "MARSEILLE (AFP) – Un incendie a détruit dans la nuit de samedi à dimanche un entrepôt de la zone industrielle des Arnavues, sans faire de victime.\n\n« Les flammes atteignaient vingt mètres de haut à notre arrivée », a indiqué à l'AFP le lieutenant-colonel Éric Marchand, des marins-pompiers de Marseille.\n\nLe propriétaire de l'entrepôt, Karim Haddad, est arrivé sur place vers 4 heures.\n\n« Tout est parti. Vingt ans de travail », a-t-il soufflé, les yeux rougis.\n\nUne enquête a été ouverte pour déterminer l'origine du sinistre.",
        [("Les flammes atteignaient", "Éric Marchand"), ("Tout est parti", "Karim Haddad")],
    ),
    # once in ARTICLES_HARD, right since the batch-5 and batch-6 rules
    (
        "À Lyon, la fromagerie de Nadia Benali fête ses vingt ans.\n\n« Au début, personne ne croyait en moi », se souvient la commerçante de 52 ans. « Aujourd'hui, j'ai six salariés. »\n\nSon fils Karim, qui l'a rejointe en 2020, compte reprendre l'affaire. « Je veux garder l'esprit de la maison », explique-t-il.",
        [
            ("Au début", "Nadia Benali"),
            ("Aujourd'hui", "Nadia Benali"),
            ("Je veux garder", "Karim"),
        ],
    ),
    (
        "Le Stade toulousain a dominé le Racing 92 (38-12) samedi.\n\nPour le manager toulousain, Ugo Mola, « l'équipe a montré beaucoup de maturité ». Antoine Dupont, auteur d'un essai, a salué le travail des avants : « Ils nous ont rendu la vie facile. »\n\nCôté francilien, Stuart Lancaster reconnaissait la supériorité adverse. « Ils étaient meilleurs dans tous les secteurs », a admis l'entraîneur anglais.",
        [
            ("l'équipe a montré", "Ugo Mola"),
            ("Ils nous ont", "Antoine Dupont"),
            ("Ils étaient", "Stuart Lancaster"),
        ],
    ),
    # batch 7, written before its rules (FR 12/21, ES 12/15, IT 12/18, PT 14/16 speakers right then; all 70 after)
    (
        "NANTES – La maire socialiste de Rezé, Gwenaëlle Le Floch, a annoncé lundi la fermeture de la piscine municipale pour dix-huit mois de travaux.\n\n« Je sais que c'est un coup dur pour les clubs et les écoles », a reconnu l'édile devant le conseil municipal. « Mais le bâtiment n'est plus aux normes. »\n\nLe président du club de natation, Gilbert Boulanger, ne décolère pas. « On nous prévient trois semaines avant, c'est inadmissible », peste le retraité de 67 ans.\n\n« Nous avons proposé des créneaux à la piscine de Bouguenais », rétorque l'adjoint aux sports, Malik Benhamza.",
        [
            ("Je sais que", "Gwenaëlle Le Floch"),
            ("Mais le bâtiment", "Gwenaëlle Le Floch"),
            ("On nous prévient", "Gilbert Boulanger"),
            ("Nous avons proposé", "Malik Benhamza"),
        ],
    ),
    (
        "ASSISES – « Je ne voulais pas la tuer. » Devant la cour d'assises du Var, mardi, Ludovic Marchal, 44 ans, a répété la même phrase pendant deux heures.\n\nL'accusé est jugé pour le meurtre de son ancienne compagne, en 2023, à Hyères. Pour l'avocat de la famille de la victime, Me Thierry Lemoine, « ses larmes arrivent bien tard ».\n\nL'avocate générale, Florence Vidal-Naquet, a requis vingt-cinq ans de réclusion. « Il a frappé, frappé encore, puis il est allé se coucher », a-t-elle rappelé.\n\nLe verdict est attendu jeudi.",
        [
            ("Je ne voulais pas", "Ludovic Marchal"),
            ("ses larmes arrivent", "Thierry Lemoine"),
            ("Il a frappé", "Florence Vidal-Naquet"),
        ],
    ),
    (
        "CYCLISME – Le Breton Erwan Le Goff a remporté dimanche la dernière étape du Tour de Bretagne, au sprint, devant le Belge Jens Peeters.\n\n« J'attendais ce moment depuis trois ans », a confié le coureur de 26 ans, la voix cassée. « Cette victoire, je la dédie à mon grand-père, qui m'a mis sur un vélo. »\n\nSon directeur sportif, Stéphane Heulot, salue « un coureur qui n'a jamais rien lâché ».\n\nLe Belge, beau joueur, a reconnu la supériorité du vainqueur : « Il était simplement plus fort aujourd'hui. »",
        [
            ("J'attendais ce moment", "Erwan Le Goff"),
            ("Cette victoire", "Erwan Le Goff"),
            ("Il était simplement", "Jens Peeters"),
        ],
    ),
    (
        "SANTÉ – Les urgences de l'hôpital de Saint-Nazaire fermeront la nuit pendant tout le mois d'août, faute de médecins.\n\nSelon le directeur de l'établissement, Bruno Caradec, « il manque onze praticiens sur vingt-deux ». « Nous avons tout essayé, y compris l'intérim », assure-t-il.\n\nLes patients devront se rendre à Nantes, à soixante kilomètres. Une perspective qui inquiète Josiane Perrin, infirmière retraitée : « Pour un infarctus, une heure de route, c'est trop. »\n\nLe député de la circonscription, Yannick Morvan, a écrit au ministre de la Santé. « J'attends une réponse avant la fin de la semaine », dit-il.",
        [
            ("il manque onze", "Bruno Caradec"),
            ("Nous avons tout essayé", "Bruno Caradec"),
            ("Pour un infarctus", "Josiane Perrin"),
            ("J'attends une réponse", "Yannick Morvan"),
        ],
    ),
    (
        "LITTÉRATURE – À 81 ans, l'écrivaine Colette Rivière publie son vingtième roman, consacré à son enfance dans les Cévennes.\n\n« Je voulais écrire ce livre avant de perdre la mémoire », explique-t-elle dans sa maison d'Alès. « Les souvenirs s'en vont, un par un. »\n\nSon éditeur, Antoine Gallimard-Roux, parle d'« un livre testament ». « C'est peut-être son plus beau texte », estime-t-il.\n\nLa romancière refuse pourtant d'y voir un adieu. « Un testament ? Non. J'ai déjà commencé le suivant », sourit-elle.",
        [
            ("Je voulais écrire", "Colette Rivière"),
            ("Les souvenirs", "Colette Rivière"),
            ("C'est peut-être", "Antoine Gallimard-Roux"),
            ("Un testament", "Colette Rivière"),
        ],
    ),
    (
        "AGRICULTURE – La vendange 2026 s'annonce historiquement basse en Bourgogne après un printemps marqué par le gel.\n\n« Sur certaines parcelles, nous avons perdu 80 % de la récolte », déplore Hubert Lamy-Caillat, vigneron à Chassagne-Montrachet.\n\nLe président de l'interprofession, Laurent Delaunay, appelle l'État à l'aide. Pour lui, « sans fonds d'urgence, des domaines familiaux vont disparaître ».\n\nUn jeune viticulteur de Meursault, qui préfère rester anonyme, est plus amer : « On nous parle d'aide chaque année, et chaque année on attend. »",
        [
            ("Sur certaines parcelles", "Hubert Lamy-Caillat"),
            ("sans fonds d'urgence", "Laurent Delaunay"),
            ("On nous parle d'aide", "un jeune viticulteur de Meursault"),
        ],
    ),
    # batch 8, written before its rules (FR 10/13, ES 8/10, IT 7/11, PT 8/9 speakers right then; 42/43 after)
    (
        "STRASBOURG – Le tribunal administratif a suspendu mercredi l'arrêté municipal interdisant la mendicité dans le centre-ville.\n\n« C'est une victoire pour les droits des plus pauvres », s'est félicitée Aurélie Marchand, avocate de la Ligue des droits de l'homme.\n\nLa maire, Jeanne Barseghian-Roux, prend acte. « Nous respecterons la décision, mais le problème demeure », a-t-elle déclaré.\n\n« Les commerçants nous disent que leurs clients ne viennent plus », a-t-elle poursuivi.\n\n« Les commerçants ont bon dos », a répliqué l'avocate.",
        [
            ("C'est une victoire", "Aurélie Marchand"),
            ("Nous respecterons", "Jeanne Barseghian-Roux"),
            ("Les commerçants nous disent", "Jeanne Barseghian-Roux"),
            ("Les commerçants ont bon dos", "Aurélie Marchand"),
        ],
    ),
    (
        "INDUSTRIE – L'usine Ferrand de Montbéliard, spécialisée dans les pièces automobiles, va fermer d'ici juin, laissant 180 salariés sans emploi.\n\nDélégué syndical CFDT, Sébastien Mougin ne cache pas sa colère : « On a appris la nouvelle par un mail. Après trente ans de boîte. »\n\n« La direction nous a toujours dit que le site était rentable », ajoute-t-il.\n\nContactée, la direction du groupe n'a pas souhaité s'exprimer. Selon un cadre, qui requiert l'anonymat, « la décision a été prise à Munich il y a six mois ».",
        [
            ("On a appris", "Sébastien Mougin"),
            ("La direction nous a", "Sébastien Mougin"),
            ("la décision a été prise", "un cadre"),
        ],
    ),
    (
        "MUSIQUE – Trente ans après leur séparation, les Garçons Bouchers se reforment pour une tournée.\n\n« On s'est retrouvés à l'enterrement d'un ami, et on s'est dit : ‹ Pourquoi pas ? › », raconte le chanteur, François Hadji-Lazaro.\n\nLe guitariste Pierre Boulanger était le plus réticent. « J'avais rangé ma guitare depuis longtemps », avoue-t-il.\n\nLe premier concert aura lieu le 12 mars à la Cigale. « Les places sont parties en vingt minutes », se réjouit le tourneur, Marc Thonon.",
        [
            ("On s'est retrouvés", "François Hadji-Lazaro"),
            ("J'avais rangé", "Pierre Boulanger"),
            ("Les places sont parties", "Marc Thonon"),
        ],
    ),
    # batch 9, written after the batch-5 to batch-8 rules and scored before any change for it (FR 9/9, ES 8/9, IT 7/10, PT 6/10 speakers right then; 36/38 after)
    (
        "GRENOBLE – Le conseil métropolitain a voté jeudi la gratuité des transports en commun pour les moins de 25 ans à partir de septembre.\n\n« C'est une mesure de justice sociale et une mesure écologique », a défendu le président de la métropole, Christophe Ferrari-Blanc.\n\nD'après l'opposition, la mesure coûtera 14 millions d'euros par an. « Qui va payer ? Les contribuables, comme toujours », a lancé la conseillère Les Républicains Émilie Chalas-Morel.\n\nLe président a assuré que le budget était « bouclé ».",
        [("C'est une mesure", "Christophe Ferrari-Blanc"), ("Qui va payer", "Émilie Chalas-Morel")],
    ),
    (
        "FAITS DIVERS – Deux randonneurs ont été secourus dimanche soir dans le massif de la Chartreuse après s'être égarés dans le brouillard.\n\n« Ils avaient quitté le sentier balisé et n'avaient plus de batterie », explique l'adjudant-chef Thomas Roussel, du peloton de gendarmerie de haute montagne.\n\nL'un des randonneurs, Kevin Dumas, 31 ans, reconnaît une imprudence. « On pensait connaître le coin. On s'est fait piéger comme des débutants », confie-t-il.\n\nLe gendarme rappelle qu'« une lampe frontale et une batterie de secours doivent toujours être dans le sac ».",
        [("Ils avaient quitté", "Thomas Roussel"), ("On pensait connaître", "Kevin Dumas")],
    ),
    (
        "ÉCONOMIE – Le prix du beurre a augmenté de 18 % en un an, selon l'Insee.\n\nPour Françoise Lenoir, boulangère à Caen, « c'est intenable ». « Je ne peux pas répercuter toute la hausse sur mes croissants, sinon plus personne n'en achète », dit-elle.\n\nL'économiste Vincent Chatellier, spécialiste des marchés laitiers, explique la flambée par la baisse de la collecte de lait. « Il y a moins de vaches en France qu'il y a dix ans », rappelle le chercheur.",
        [
            ("c'est intenable", "Françoise Lenoir"),
            ("Je ne peux pas", "Françoise Lenoir"),
            ("Il y a moins", "Vincent Chatellier"),
        ],
    ),
    (
        "JUSTICE – Le maire de Saint-Denis-de-l'Hôtel, Gérard Moulin, a été relaxé mardi par le tribunal correctionnel d'Orléans.\n\nL'élu était poursuivi pour prise illégale d'intérêts. « Je n'ai jamais douté de l'issue », a réagi le septuagénaire à la sortie de l'audience.\n\nL'avocat de l'association anticorruption qui avait porté plainte, Me Jérôme Karsenti, va faire appel. « Cette décision envoie un très mauvais signal », estime-t-il.",
        [("Je n'ai jamais douté", "Gérard Moulin"), ("Cette décision envoie", "Jérôme Karsenti")],
    ),
    # once in ARTICLES_HARD, right since the batch-5 and batch-6 rules
    (
        "CONSEIL MUNICIPAL – Le budget 2027 de Villeneuve-sur-Orge a été adopté lundi soir après quatre heures de débats.\n\n« C'est un budget de responsabilité », a déclaré le maire, Bertrand Delacroix, en ouvrant la séance. « Nous n'augmenterons pas les impôts locaux. »\n\nL'opposition n'a pas été convaincue. Pour la conseillère écologiste Maëlle Kervella, « ce budget sacrifie les écoles au profit des parkings ».\n\nLe quinquagénaire, élu depuis 2014, a balayé les critiques : « Les chiffres parlent d'eux-mêmes. »\n\nRéponse de l'élue : « Les chiffres, on peut leur faire dire ce qu'on veut. »",
        [
            ("C'est un budget", "Bertrand Delacroix"),
            ("Nous n'augmenterons", "Bertrand Delacroix"),
            ("ce budget sacrifie", "Maëlle Kervella"),
            ("Les chiffres parlent", "Bertrand Delacroix"),
            ("Les chiffres, on peut", "Maëlle Kervella"),
        ],
    ),
    # batch 10, written after all the rules above and scored before any change for it (FR 6/8, ES 7/7, IT 7/7, PT 5/6 speakers right then; all 28 after)
    (
        "LILLE – La présidente de la région, Marie-Laure Dufresne, a présenté vendredi son plan pour les lycées.\n\nElle promet la rénovation de quarante établissements d'ici 2030. « Beaucoup de nos lycées ont été construits dans les années 1970 et n'ont jamais été isolés », a-t-elle expliqué.\n\n« Les élèves ont froid l'hiver et trop chaud en juin. Ce n'est plus acceptable. »\n\nL'opposition écologiste juge le plan trop lent. « Quarante lycées sur deux cents, c'est une goutte d'eau », regrette son chef de file, Karim Bensaïd.",
        [
            ("Beaucoup de nos lycées", "Marie-Laure Dufresne"),
            ("Les élèves ont froid", "Marie-Laure Dufresne"),
            ("Quarante lycées", "Karim Bensaïd"),
        ],
    ),
    (
        "FOOTBALL – Le Stade rennais s'est incliné 2-0 à Monaco dimanche.\n\n« On n'a pas existé en première période », a reconnu l'entraîneur breton, Julien Stéphan, après la rencontre. « Il faudra vite se relever. »\n\nCôté monégasque, le buteur Takumi Minamino savourait : « C'est une victoire importante pour la course à l'Europe. »",
        [
            ("On n'a pas existé", "Julien Stéphan"),
            ("Il faudra vite", "Julien Stéphan"),
            ("C'est une victoire", "Takumi Minamino"),
        ],
    ),
    (
        "SOCIÉTÉ – À Marseille, une association aide les personnes âgées isolées à utiliser internet.\n\nTous les mardis, Odette Benali, 84 ans, vient prendre son cours. « Avant, je ne savais même pas allumer l'ordinateur. Maintenant, j'appelle mes petits-enfants au Canada en vidéo », raconte-t-elle fièrement.\n\nLa fondatrice de l'association, Samia Kherbache, a eu l'idée pendant le confinement. « J'ai vu ma grand-mère s'enfermer dans la solitude », se souvient-elle.",
        [("Avant, je ne savais", "Odette Benali"), ("J'ai vu ma grand-mère", "Samia Kherbache")],
    ),
    # batch 11, written after all the rules above and scored before any change for it (FR 7/7, ES 3/4, IT 3/4, PT 3/4 speakers right then; 18/19 after)
    (
        "BORDEAUX – Le chef étoilé Thierry Marx-Dubois ouvre un restaurant solidaire dans le quartier des Aubiers.\n\n« Je veux prouver qu'on peut bien manger pour cinq euros », affirme le cuisinier. « Tout sera fait maison, avec des produits locaux.\n\n« Et les gens du quartier seront formés en cuisine. »\n\nLe maire de Bordeaux, Pierre Hurmic-Lasserre, salue l'initiative. Selon lui, « c'est exactement ce dont les Aubiers ont besoin ».",
        [
            ("Je veux prouver", "Thierry Marx-Dubois"),
            ("Tout sera fait", "Thierry Marx-Dubois"),
            ("Et les gens du quartier", "Thierry Marx-Dubois"),
            ("c'est exactement", "Pierre Hurmic-Lasserre"),
        ],
    ),
    (
        "POLITIQUE – La députée Clémentine Autain-Roche a annoncé mardi qu'elle quittait son groupe parlementaire.\n\n« Je ne me reconnais plus dans la ligne du parti », a-t-elle justifié sur France Inter.\n\nSon ancien collègue Éric Coquerel-Martin regrette ce départ : « C'est une perte pour nous tous. »\n\nLa parlementaire assure qu'elle continuera à voter les textes de gauche. « Je reste fidèle à mes électeurs », a-t-elle insisté.",
        [
            ("Je ne me reconnais", "Clémentine Autain-Roche"),
            ("C'est une perte", "Éric Coquerel-Martin"),
            ("Je reste fidèle", "Clémentine Autain-Roche"),
        ],
    ),
    # batch 12, written after all the rules above and scored before any change for it (FR 4/4, ES 4/4, IT 6/7, PT 6/7 speakers right then; all 22 after)
    (
        "MONTPELLIER – Le président de l'université, Philippe Augé-Pons, a annoncé mardi la suppression de 60 postes administratifs.\n\n« Nous n'avons pas le choix, l'État ne compense plus l'inflation », a-t-il déclaré devant le conseil d'administration.\n\nLes syndicats ont quitté la séance. « C'est un plan social qui ne dit pas son nom », a dénoncé Hélène Crouzet, secrétaire de la FSU locale.",
        [
            ("Nous n'avons pas le choix", "Philippe Augé-Pons"),
            ("C'est un plan social", "Hélène Crouzet"),
        ],
    ),
    (
        "SPORT – Pour sa dernière course, la skieuse Tessa Worley-Martin a terminé quatrième du géant de Courchevel.\n\n« Je voulais finir ici, devant ma famille », a-t-elle expliqué, les larmes aux yeux. « Ce n'est pas un podium, mais c'est une belle fin. »\n\nSon entraîneur de toujours, Fabien Saguez-Roux, salue « une championne exemplaire ».",
        [
            ("Je voulais finir", "Tessa Worley-Martin"),
            ("Ce n'est pas un podium", "Tessa Worley-Martin"),
        ],
    ),
    # sp-esfr: an inverted "il" after a quotation of several sentences goes on with the role
    # opening the sentence before it; a role of the other gender is not the pronoun's; a
    # hyphenated first name on "Jean-" is a man's
    (
        "Annecy : le conseil municipal vote le budget du nouveau téléphérique\n\nLe maire, Bertrand Moulinié-Garcin, a défendu lundi soir le projet devant le conseil. « Ce chantier est le plus important du mandat », a-t-il déclaré.\n\nDans l'opposition, Jean-Loup Ferrandier a dénoncé un gouffre financier. « Personne ne connaît le coût réel de l'entretien », a-t-il estimé.\n\nLe maire s'est engagé à présenter un rapport tous les trois mois. « Chaque élu aura accès aux chiffres. Il n'y a rien à cacher », a-t-il assuré en fin de séance.\n\nLa défense des riverains, menée par Me Hugues Vallorcine, a annoncé un recours. « Ce projet défigure la vallée. Nous irons jusqu'au Conseil d'État », a-t-il prévenu.",
        [
            ("Ce chantier", "Bertrand Moulinié-Garcin"),
            ("Personne ne connaît", "Jean-Loup Ferrandier"),
            ("Chaque élu", "Bertrand Moulinié-Garcin"),
            ("Ce projet défigure", "Hugues Vallorcine"),
        ],
    ),
    # sp-esfr: an acronym after an article is the name its initials spelt out before
    (
        "Pénurie de pédiatres dans le Cantal\n\nAURILLAC – La Caisse primaire d'assurance maladie du Cantal a lancé mardi un appel aux médecins retraités pour assurer des consultations de pédiatrie.\n\nDepuis le départ de deux praticiens en septembre, les familles attendent parfois trois mois pour un rendez-vous. « Nous cherchons des solutions de court terme, faute de mieux », reconnaît la CPAM dans un courriel.",
        [("Nous cherchons", "Caisse primaire d'assurance maladie du Cantal")],
    ),
    # sp-esfr: an institution's whole name when only its first word is capitalized, or
    # its head noun is in lower case after the article
    (
        "Éboulement sur la route du col\n\nMARTIGNY (ATS) - Un éboulement a coupé mardi la route du col de la Forclaz. Personne n'a été blessé.\n\nSelon le Service cantonal des routes nationales, la chaussée restera fermée « au moins jusqu'à la fin de la semaine ». Une déviation est mise en place par Salvan.\n\nDans un communiqué, l'échevinat des Sports affirme que « les commerces du village resteront accessibles ».",
        [
            ("au moins jusqu", "Service cantonal des routes nationales"),
            ("les commerces du village", "échevinat des Sports"),
        ],
    ),
    # sp-esfr: a subject pronoun and a verb that is no speech verb before a colon
    (
        "Fermeture annoncée de la maternité de Pontarlier\n\nPONTARLIER – L'agence régionale a confirmé mardi la fermeture de la maternité à la fin du mois de juin, faute de médecins.\n\nDevant l'hôpital, une centaine de personnes se sont rassemblées mercredi. Parmi elles, Solène Girardot, sage-femme depuis vingt ans. Elle hésite longuement, puis se décide : « Nous allons faire accoucher des femmes sur la route. »",
        [("Nous allons faire", "Solène Girardot")],
    ),
    # sp-esfr: a Romance -ment adverb between auxiliary and participle; an elided "d'" and
    # a capital inside the role before a name
    (
        "Licenciements chez un fabricant de montres du Jura\n\nLE SENTIER (ATS) - Le fabricant de boîtiers Vaucher Frères supprimera 60 postes d'ici à l'été.\n\nLe syndicat Syna a vivement dénoncé une décision «inacceptable et brutale pour les familles». Le syndic de la commune, Philippe Golay, s'inquiète pour la région. «Chaque emploi perdu ici en fait disparaître un autre», a-t-il relevé.\n\nLe conseiller d'État Théo Rochat, chargé de l'économie, a promis l'appui du canton. «Nous proposerons des mesures de réinsertion à chaque personne concernée», a-t-il indiqué.",
        [
            ("inacceptable et brutale", "Syna"),
            ("Chaque emploi perdu", "Philippe Golay"),
            ("Nous proposerons", "Théo Rochat"),
        ],
    ),
    # sp-esfr: a Romance "il" is first a person a first name shows, not an organisation
    # named alone at a sentence's start
    (
        "Verglas : des milliers de foyers privés de courant en Estrie\n\nSHERBROOKE – Plus de 40 000 foyers étaient encore privés d'électricité jeudi soir après la pluie verglaçante.\n\nÉnergir affirme avoir mobilisé 600 techniciens. « Les dégâts sont considérables dans les secteurs boisés », a expliqué le porte-parole de l'entreprise, Mathis Bélanger-Roy.\n\nSelon lui, la plupart des clients seront rebranchés dimanche. « Pour les rangs isolés, il faudra attendre mardi », a-t-il précisé.",
        [
            ("Les dégâts sont", "Mathis Bélanger-Roy"),
            ("Pour les rangs", "Mathis Bélanger-Roy"),
        ],
    ),
    # a few words quoted inside the sentence that reports them (a speech verb or a gerund of
    # saying in its clause): kept and given to the clause's subject
    (
        "Le conseil municipal de Champrond a voté lundi soir la fermeture du bassin des "
        "Tilleuls pour deux ans de travaux, malgré une pétition qui a recueilli huit cents "
        "signatures. Les nageurs du club et les écoliers du secteur iront dans le bassin du "
        "bourg voisin, avec un car qui les attendra devant le gymnase.\n\n"
        "La maire, Odile Ferrandon, a défendu une décision « douloureuse mais nécessaire », "
        "rappelant que le bâtiment avait plus de cinquante ans. Le conseiller d'opposition Rémi "
        "Vasseur a reproché à la majorité d'avoir présenté le dossier « beaucoup trop tard ».",
        [
            ("douloureuse mais", "Odile Ferrandon"),
            ("beaucoup trop tard", "Rémi Vasseur"),
        ],
    ),
    (
        "Le maire de Champrond, Thierry Lamarque, a présenté jeudi le nouveau plan de "
        "circulation du centre-bourg, qui entrera en vigueur au printemps prochain.\n\n"
        "Le commerçant Hugues Perrin a critiqué le projet, estimant que la suppression des "
        "places de stationnement « va vider la rue principale » en quelques mois.",
        [("va vider la rue", "Hugues Perrin")],
    ),
    # a quotation alone after a sentence whose subject is a person, with no speech verb
    (
        "Le musée des Beaux-Arts de Villecombe rouvre ses portes samedi après trois ans de "
        "travaux et une facture qui a dépassé de loin le budget prévu par la commune.\n\n"
        "Le directeur du musée, Armand Lestrade-Viguier, parle avec le calme de quelqu'un qui "
        "a tout vu pendant le chantier. « Nous avons eu des surprises à chaque étage, mais les "
        "collections sont enfin à l'abri. »",
        [("Nous avons eu des surprises", "Armand Lestrade-Viguier")],
    ),
    # a subject after a fronted phrase, with a few words quoted in its clause: the body by its
    # kind, then its full name ("et" after the mark is no speaker)
    (
        "Les urgences de la clinique du Val-Fleuri resteront fermées la nuit jusqu'à la fin "
        "du mois, faute de médecins. La décision a été annoncée lundi par l'Agence régionale "
        "de santé Haute-Lozère.\n\n"
        "Dans un communiqué, l'agence évoque une « pénurie sans précédent » et assure que « les "
        "patients seront orientés vers le centre hospitalier le plus proche ».",
        [
            ("pénurie sans précédent", "Agence régionale de santé Haute-Lozère"),
            ("les patients seront orientés", "Agence régionale de santé Haute-Lozère"),
        ],
    ),
    # an organisation's name capitalized only on its head, after "Le": the whole name
    (
        "La fonderie de Montreuil-les-Prés supprimera quarante emplois avant l'été, a "
        "annoncé mardi la direction, qui invoque les pertes et les prix de l'énergie. Les "
        "salariés ont appris la nouvelle par un courriel envoyé dans la matinée.\n\n"
        "« Cette décision a été prise dans le dos des salariés et de leurs représentants », a "
        "dénoncé le Syndicat des ouvriers de la métallurgie lorraine.",
        [("Cette décision a été prise", "Syndicat des ouvriers de la métallurgie lorraine")],
    ),
    # a body named after a fronted phrase, and a person in commas after a possessive role,
    # each with a few words quoted inside their own sentence
    (
        "Le conseil communautaire du Val-d'Orbe a adopté jeudi une hausse de 6 % de la taxe "
        "sur les ordures ménagères, qui sera appliquée dès le mois de janvier pour tous les "
        "foyers et les commerces du territoire.\n\n"
        "Dans une lettre envoyée aux élus la veille du vote, l'Association des commerçants du "
        "Haut-Orbe a qualifié la mesure de « coup de massue pour les boutiques ». Son "
        "président, Firmin Lachenal, estime pour sa part que la hausse « pénalise ceux qui "
        "trient le plus » sans distinction.",
        [
            ("coup de massue", "Association des commerçants du Haut-Orbe"),
            ("pénalise ceux qui", "Firmin Lachenal"),
        ],
    ),
    # an inverted pronoun with a clitic after the mark ("m'a-t-il assuré"), and one in an aside
    # before a few quoted words ("Le projet, a-t-elle admis, « … »")
    (
        "Le conseil municipal de Rochebrune a adopté lundi le plan de rénovation des écoles, "
        "qui coûtera douze millions d'euros sur six ans et sera financé en partie par "
        "l'emprunt.\n\n"
        "L'adjointe à l'éducation, Sidonie Marquet-Lavaud, a défendu un texte prudent. Le "
        "calendrier, a-t-elle admis, « dépendra des subventions de la région ».\n\n"
        "Le maire, Gaspard Delorme, se montre plus confiant. « Les premiers chantiers "
        "commenceront cet été », m'a-t-il assuré au téléphone.",
        [
            ("dépendra des subventions", "Sidonie Marquet-Lavaud"),
            ("Les premiers chantiers", "Gaspard Delorme"),
        ],
    ),
    # "selon X" after the closing mark and its comma names who said it
    (
        "Le conseil municipal de Rochebrune a adopté lundi le plan de rénovation des écoles, "
        "qui coûtera douze millions d'euros sur six ans et sera financé en partie par "
        "l'emprunt.\n\n"
        "Une mesure « de simple bon sens », selon son auteur, le conseiller Bastien "
        "Morel-Dutoit, qui a rappelé que les écoles sont vieilles. Le projet est « très "
        "attendu », selon la directrice, Ophélie Garnier.",
        [
            ("de simple bon sens", "Bastien Morel-Dutoit"),
            ("très attendu", "Ophélie Garnier"),
        ],
    ),
    # an adverb opening the sentence before its subject and a colon
    (
        "Le procès de l'ancien directeur de la caisse de retraite s'est ouvert mardi devant "
        "le tribunal correctionnel de Mirecourt, dans une salle comble et silencieuse.\n\n"
        "La présidente a longuement lu les relevés bancaires du prévenu, Octave Bressolles. "
        "Puis l'ancien directeur, d'une voix lasse : « Je ne me souviens plus de ces "
        "virements. »",
        [("Je ne me souviens plus", "Octave Bressolles")],
    ),
    # "Selon lui, X aurait pu « … »": the source the sentence opens on, not its subject
    (
        "Le conseil municipal de Rochebrune a adopté lundi soir un budget en hausse de 6 %, "
        "porté par la rénovation du réseau d'eau potable et des écoles du centre. Les "
        "habitants verront leur taxe foncière augmenter dès le mois de mars, et les "
        "commerçants paieront aussi plus pour les ordures.\n\n"
        "Dans l'opposition, le conseiller Anatole Vercoutre a voté contre. Selon lui, la "
        "Ville aurait pu « répartir la dépense sur dix ans » en empruntant davantage.",
        [("répartir la dépense", "Anatole Vercoutre")],
    ),
    # the attribution inside the marks, between commas (French typography)
    (
        "Les urgences de la clinique du Val-Fleuri resteront fermées la nuit jusqu'à la fin "
        "du mois, faute de médecins, et les patients devront se rendre dans la ville voisine "
        "pour être soignés.\n\n"
        "La maire de Sorbiers, Clémence Aubertin, a écrit au ministre pour réclamer des "
        "moyens.\n\n"
        "« Mon fils s'est cassé le bras en mars, raconte Ghislaine Poirot, 68 ans, croisée "
        "devant la clinique. Il a fallu faire quarante minutes de route. »",
        [("Mon fils s'est cassé", "Ghislaine Poirot")],
    ),
    # a one-sentence lead-in on a role noun with no speech verb, then a paragraph that is
    # only quotation: the person the role noun stands for
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "Pour l'hydrologue cantonale, Aurélie Pasquier-Lenoir, la pente reste instable. "
        "« Le terrain bouge encore », explique la spécialiste.\n\n"
        "La chercheuse ne se montre guère optimiste pour l'hiver.\n\n"
        "« Avec le gel, de nouveaux blocs vont se détacher. »",
        [
            ("Le terrain bouge", "Aurélie Pasquier-Lenoir"),
            ("Avec le gel", "Aurélie Pasquier-Lenoir"),
        ],
    ),
    # "le gouvernement" after an executive body named in full: that body
    (
        "Les pluies de la semaine ont fait déborder la Broye en plusieurs endroits, et une "
        "centaine de caves ont été inondées dans les villages de la vallée.\n\n"
        "Le Conseil d'État fribourgeois a débloqué jeudi un crédit de 300 000 francs. Dans "
        "un communiqué, le gouvernement assure qu'il « suivra la situation de près ».",
        [("suivra la situation", "Conseil d'État fribourgeois")],
    ),
    # a company named with its article and no organisation word, then "l'entreprise"
    (
        "La Biscuiterie Morvanelle a annoncé mardi la fermeture de son site de production "
        "historique, où travaillent encore une centaine de salariés de la région. Les "
        "syndicats ont appelé à une grève dès jeudi devant les grilles de l'usine, et le "
        "maire a demandé une réunion avec la direction pour la semaine prochaine.\n\n"
        "« Nous n'avions plus le choix », a précisé l'entreprise dans la soirée.",
        [("Nous n'avions plus", "Biscuiterie Morvanelle")],
    ),
    # a verb that bridges the subject to a speech verb in the infinitive ("s'est contenté de
    # rappeler", "a tenu à souligner")
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "Le maire, Rémi Castagnol, s'est contenté de rappeler que « tout sera fait ».\n\n"
        "La préfète, Odile Marchebois, a tenu à souligner que « personne n'a été blessé ».",
        [
            ("tout sera fait", "Rémi Castagnol"),
            ("personne n'a été", "Odile Marchebois"),
        ],
    ),
    # a document read after the mark, with its issuer: "« … », peut-on lire dans un
    # communiqué de X"
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "« La route restera fermée au moins jusqu'à la fin du mois », peut-on lire dans un "
        "communiqué de la Direction des routes.",
        [("La route restera", "Direction des routes")],
    ),
    # the subject after the speech verb and an adjunct: in commas, or after a time word and
    # a medium, or on "sur"
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "« La route rouvrira avant l'hiver », affirme, dans un entretien au Courrier alpin, "
        "le ministre des Transports, Paul Arnoux.\n\n"
        "« Nous avons été abandonnés », a déploré mardi soir sur Radio Lac la députée "
        "Hélène Vuarnoz.\n\n"
        "« Rien n'était prévu pour un tel orage », a réagi sur les réseaux sociaux le "
        "conseiller régional Marc Défago.",
        [
            ("La route rouvrira", "Paul Arnoux"),
            ("Nous avons été", "Hélène Vuarnoz"),
            ("Rien n'était", "Marc Défago"),
        ],
    ),
    # a sentence that is only a conjunction and a speech verb: the person before
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "Les pompiers sont restés sur place toute la nuit pour surveiller la pente et les "
        "maisons les plus proches.\n\n"
        "Le maire, Paul Arnoux, a visité le chantier. « Nous ferons vite », a-t-il dit. Et "
        "d'ajouter : « Personne ne sera oublié. »",
        [("Nous ferons vite", "Paul Arnoux"), ("Personne ne sera", "Paul Arnoux")],
    ),
    # an adverb between the speech verb and the subject after the mark
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine. "
        "Les pompiers sont restés sur place toute la nuit pour surveiller la pente et les "
        "maisons les plus proches.\n\n"
        "La géologue Claire Moreno étudie la pente depuis dix ans. « La pente bouge encore », "
        "prévient d'emblée la géologue. « Il faudra du temps », reconnaît toutefois la "
        "scientifique.",
        [("La pente bouge", "Claire Moreno"), ("Il faudra du temps", "Claire Moreno")],
    ),
    # "Un" opening a sentence is the article, not the UN; a body whose sentence has no speech
    # verb before a quotation gives no speaker
    (
        "Un éboulement a coupé mardi la route du col de la Fenière, et les habitants du "
        "hameau ont dû passer la nuit dans la salle des fêtes de la commune voisine.\n\n"
        "Paul Arnoux, le maire, a reçu les sinistrés mardi. Il a promis une aide rapide aux "
        "familles touchées. Le conseil se réunira jeudi. « Personne ne sera oublié. »",
        [("Personne ne sera", None)],
    ),
]
# articles whose speakers the rules do not all get yet; counted in the share only
ARTICLES_HARD: list[Case] = [
    (
        "L'Olympique de Marseille a arraché le match nul à Lens (1-1).\n\n« On n'a rien lâché », a résumé le capitaine Valentin Rongier au micro de Canal+.\n\nPour l'entraîneur lensois, Will Still, « le résultat est frustrant ».",
        [("On n'a rien lâché", "Valentin Rongier"), ("le résultat est", "Will Still")],
    ),
    # batch 4a, written before its rules (45/62 speakers right then in 7 languages, 53/62 after)
    # batch 4b, written before its rules (38/58 speakers right then in 7 languages, 46/58 after)
    (
        "BRUXELLES (Belga) - La Commission européenne a proposé jeudi d'assouplir les règles sur les pesticides.\n\n« Nous devons donner de l'air à nos agriculteurs », a justifié le commissaire à l'Agriculture, Christophe Hansen, lors d'une conférence de presse.\n\nLes ONG dénoncent un recul. « C'est un cadeau fait à l'industrie chimique », s'indigne Amandine Roux, de l'association Générations futures.",
        [("Nous devons", "Christophe Hansen"), ("C'est un cadeau", "Amandine Roux")],
    ),
    # batch 4c, written before its rules (38/52 speakers right then in 7 languages, 42/52 after)
    # batch 4d, written before its rules (26/36 speakers right then in 7 languages, 28/36 after)
    (
        "À Montréal, le restaurant de Thi Lan Nguyen affiche complet tous les soirs.\n\n« Je cuisine comme ma mère à Hanoï », explique la cheffe, arrivée au Québec en 1995. « Rien de plus. »\n\nLe critique gastronomique Marc-André Tremblay ne tarit pas d'éloges : « C'est la meilleure soupe pho de la ville. »",
        [
            ("Je cuisine", "Thi Lan Nguyen"),
            ("Rien de plus", "Thi Lan Nguyen"),
            ("C'est la meilleure", "Marc-André Tremblay"),
        ],
    ),
    # batch 5, written before its rules (FR 24/32, ES 17/29, IT 22/30, PT 18/27 speakers right then; 29/32, 27/29, 29/30, 26/27 after)
    (
        "PARIS (AFP) – La chanteuse Louise Attal, 72 ans, fait ses adieux à la scène avec une dernière tournée.\n\n« J'ai chanté pendant cinquante ans, c'est déjà un miracle », sourit-elle.\n\nSa fille, Margot, l'accompagne sur la tournée. « Maman ne s'arrêtera jamais vraiment », confie-t-elle.\n\nL'interprète évoque aussi ses débuts : « À 18 ans, je chantais dans les bals du Cantal. Personne ne m'écoutait. »\n\nElle conclut : « Le public m'a tout donné. Je lui dois bien une dernière fois. »",
        [
            ("J'ai chanté", "Louise Attal"),
            ("Maman ne", "Margot"),
            ("À 18 ans", "Louise Attal"),
            ("Le public m'a", "Louise Attal"),
        ],
    ),
    # batch 8, written before its rules (FR 10/13, ES 8/10, IT 7/11, PT 8/9 speakers right then; 42/43 after)
    (
        "RUGBY – Le XV de France a battu l'Écosse 31-17 samedi au Stade de France.\n\nLe sélectionneur Fabien Galthié savourait. « L'équipe a montré du caractère après une première mi-temps compliquée », a-t-il analysé.\n\nLe capitaine, Grégory Alldritt-Moreau, a insisté sur la défense : « On a plaqué comme des morts de faim. »\n\n« Ce match nous donne de la confiance pour l'Irlande », explique le troisième ligne.",
        [
            ("L'équipe a montré", "Fabien Galthié"),
            ("On a plaqué", "Grégory Alldritt-Moreau"),
            ("Ce match nous donne", "Grégory Alldritt-Moreau"),
        ],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c[0][:30])
def test_article_speakers_exact(case: Case) -> None:
    got = outcomes([case])
    assert all(exp == found for _, exp, found in got), got


def test_article_share_right() -> None:
    assert share_right(ARTICLES + ARTICLES_HARD) >= 0.75, outcomes(ARTICLES_HARD)


def test_degree_sign_unit_is_no_initial() -> None:
    """ "-18 °C. La Protection civile …": "C." is a unit, so no name opens on it."""
    from bot.text.speakers.namere import MENTION_RE

    found = [m.group() for m in MENTION_RE.finditer("jusqu'à -18 °C. La Protection civile")]
    assert not any(f.startswith("C") for f in found), found
