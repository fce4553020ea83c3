"""Round twenty-two: words reported inside a quotation, turns of an exchange, and bodies and
sources by their whole names (each passage invented).

- Inside a quotation, the person the speaker names as the subject of the verb that introduces
  the inner words said them: «Un proviseur m'a dit : “…”» is the head teacher's, „Meine Oma hat
  gesagt: ‚…‘“ the grandmother's, “Herr Wielandt hat mir gesagt: ‚…‘” Konrad Wielandt's, „Er
  hat immer gesagt: ‚…‘“ the man named in the paragraph; an object pronoun ("Mi hanno …") or a
  clause after "que" names no one; a time phrase before the subject is passed over ("El otro
  día una nena me preguntó:").
- Two people's short turns in paragraphs of their own, then a paragraph that is only a short
  quotation: the turn goes back to the one before the last ("»A«, erzählt Lukas. ¶ »B«, sagt
  Emre. ¶ »C«" is Lukas's); "insiste la première" is the first of the two.
- "l'Azienda ospedaliera San Gerolamo" is one body; "fonte da PJ" is the unnamed source, not the
  police; "Il consigliere comunale di opposizione Davide X ha chiesto …" makes X the subject a
  dropped subject after it goes back to; "Il padre di un sedicenne, arrivato …" is someone
  unnamed, as written; "El jurado, presidido por X," is the jury; "conta com «…»" is no speech
  verb; "Uma vizinha que a acompanhava resumiu:" is the neighbour; "ha risposto amaro il
  sacerdote" is the priest (a gerund and its object are not passed over: "dice asciugandosi le
  mani"); "L'officier" is the captain introduced before.
- A one-word reply opening its paragraph is a quotation ("« Écouter », a répondu l'élu."); so is
  a word in marks a relative clause's speech verb governs after an attribution ("…, a réagi sa
  présidente, Nadia X, qui dénonce un « mépris »"); a live blog's time stamp ("21:50 Habla X:")
  opens no clause.
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

FR_INNER = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\n« Un "
    "surveillant m'a dit : “Mes élèves veulent juste qu'on les laisse réviser en paix.” Je le "
    "comprends », raconte Odile Varenne, professeure de lettres au lycée Jean-Moulin." + FR_MORE
)
DE_INNER = (
    DE_OPEN + "Konrad Wielandt, Vorstand der Regionalbahn, lehnte jede Stellungnahme ab. „Herr "
    "Wielandt hat mir vor drei Wochen persönlich gesagt: ‚Wir finden eine Lösung ohne Streik.‘ "
    "Davon ist nichts übrig“, sagt die Betriebsrätin Sabine Holler." + DE_MORE
)
DE_INNER_KIN = (
    DE_OPEN + "Eine Studentin aus dem Umland sagte, sie esse oft nur Nudeln. „Meine Oma hat am "
    "Telefon gesagt: ‚Kind, komm am Wochenende heim, da gibt es was Warmes.‘ Das ist lieb "
    "gemeint, aber keine Lösung“, sagte die 20-Jährige." + DE_MORE
)
DE_INNER_HE = (
    DE_OPEN + "Annas Großvater Bruno Falkner stand vierzig Jahre lang an der Drehbank der "
    "Fabrik.\n\n„Er hat mir als Kind erklärt: ‚Eisen verzeiht keinen Fehler, aber es merkt sich "
    "jeden Schlag.‘ Ich habe lange gebraucht, um das zu verstehen“, sagt Anna Falkner." + DE_MORE
)
ES_INNER_TIME = (
    ES_OPEN + "«El otro día una nena me preguntó: ‘Seño, ¿usted también cobra poco?’. No supe "
    "qué decirle», cuenta Graciela Munárriz, maestra en una escuela del barrio." + ES_MORE
)
IT_INNER = (
    IT_OPEN + "«Mio nipote mi ha detto: ‘Nonna, guidi peggio del pulmino.’ Ha ragione, ma "
    "almeno arrivo in orario», ride Assunta Ferri, 78 anni, che ogni mattina accompagna i "
    "bambini a scuola." + IT_MORE
)
IT_INNER_OBJECT = (
    IT_OPEN + "«Mi hanno illuminato la faccia con una torcia e uno di loro ha detto: ‘Allora, "
    "ce lo offri un caffè?’. Non sapevo se ridere», racconta Andrea Moser, gestore del "
    "rifugio." + IT_MORE
)
DE_TURNS = (
    DE_OPEN + "An der Haltestelle warten an diesem Morgen auch Lukas und Emre, beide 14.\n\n"
    "»Letzte Woche bin ich zu spät gekommen und hab einen Eintrag gekriegt«, erzählt Lukas.\n\n"
    "»Ich auch. Dabei war der Bus schuld«, entgegnet Emre.\n\n»Das glaubt einem ja keiner.«"
    + DE_MORE
)
FR_FIRST = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nSur le "
    "trottoir, deux mères comparent.\n\n« Mon fils mange enfin des légumes », sourit Aurélie "
    "Chastain.\n\n« Quarante centimes par jour, avec trois enfants, ça compte », répond Sandrine "
    "Moulet.\n\n« Oui, mais c'est bon », insiste la première.\n\n« C'est bon pour celles qui "
    "peuvent payer », rétorque la seconde." + FR_MORE
)
FR_ROLES_TURNS = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nÀ ses "
    "côtés, Madeleine Crouzet, qui joue la cheffe de l'expédition, ne cache pas son "
    "amusement.\n\n« Il exagère, il tient une heure et demie », glisse la comédienne.\n\n« Deux "
    "heures », corrige le jeune homme.\n\n« Avec une pause au milieu. »" + FR_MORE
)
FR_OFFICER = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\n« Les "
    "premiers éléments laissent penser à une perte d'adhérence », indique la capitaine Sandrine "
    "Marchal, qui commande la compagnie de gendarmerie. L'officier évoque une conduite « a "
    "priori adaptée » à l'état de la route." + FR_MORE
)
IT_BODY = (
    IT_OPEN + "La replica dell'ospedale\n\nIn una nota, l'Azienda ospedaliera San Gerolamo "
    "esprime «profondo cordoglio» ai familiari e annuncia di aver «avviato un'indagine interna "
    "per ricostruire ogni passaggio». L'azienda sottolinea che «quella notte il pronto soccorso "
    "ha gestito novanta accessi»." + IT_MORE
)
PT_SOURCE = (
    "Os bombeiros chegaram cedo ao local.\n\nSegundo fonte da PJ, a rede terá feito “mais de "
    "80 vítimas” em todo o país.\n\nUma fonte próxima da direção garante que o clube inglês "
    "“vai voltar à carga em janeiro”." + PT_MORE
)
IT_ROLE_SUBJECT = (
    IT_OPEN + "Il sindaco Alessandro Ferrini ha salutato la comunità. «È una festa di tutti», "
    "ha detto.\n\nNon mancano le voci critiche. Il consigliere comunale di opposizione Davide "
    "Mantelli ha chiesto in aula chiarimenti. «Non ho niente contro le feste», spiega. «Ma le "
    "regole devono valere per tutti»." + IT_MORE
)
IT_FATHER_OF = (
    IT_OPEN + "La direttrice Valentina Roccella ha parlato di «un evento gestito con "
    "professionalità».\n\nFuori dai cancelli, domenica pomeriggio, qualche genitore cercava "
    "notizie. Il padre di un sedicenne, arrivato in treno dalla provincia, si è fermato a lungo "
    "davanti all'ingresso. «Mio figlio ha sbagliato e deve pagare», dice." + IT_MORE
)
# (not a person's role at a place: "La propia diseñadora publicó en Instagram" is still read
# as the designer named before)
ES_OWN = (
    ES_OPEN + "El vestido llevaba la firma de la diseñadora Inés Carballo, amiga de la novia. La "
    "propia diseñadora publicó en Instagram un boceto con el mensaje: «Cinco meses, once pruebas "
    "y una novia que sabía lo que quería»." + ES_MORE
)
NL_TURNS_LONG = (
    NL_OPEN + "Wethouder Ria Smeets en raadslid Bart Kok debatteerden een uur.\n\n‘Het plan is "
    "al drie keer doorgerekend door twee verschillende bureaus, en beide keren klopte het tot op "
    "de laatste euro, daar ben ik na al die maanden van werk echt van overtuigd’, zei "
    "Smeets.\n\n‘Dat zeggen ze elke keer weer, en elke keer blijkt het duurder uit te vallen "
    "dan iedereen had gedacht’, zei Kok.\n\n‘We hebben nu twee keer zoveel reserve ingebouwd "
    "als bij het vorige project, en de provincie heeft de cijfers ook nagelopen en goedgekeurd.’"
    + NL_MORE
)

ES_JURY = (
    ES_OPEN + "El jurado, presidido por el crítico literario Arturo Benaventes, ha destacado en "
    "su acta que la novela es «una meditación luminosa sobre el tiempo»." + ES_MORE
)
PT_COUNTS_ON = (
    "Os bombeiros chegaram cedo ao local.\n\nEm nota, a Prefeitura de Vila Serena informou que "
    "o museu conta agora com “sistema de deteção de incêndio de última geração” e que a obra "
    "foi paga com recursos municipais." + PT_MORE
)
PT_RELATIVE = (
    "Os bombeiros chegaram cedo ao local.\n\nUma vizinha que a acompanhava resumiu o clima na "
    "vila: “É uma angústia que não passa. A gente olha para o mar o dia inteiro.”" + PT_MORE
)
IT_MOOD = (
    IT_OPEN + "Il parroco, don Franco Meschini, ha lanciato un appello. «È mai stata "
    "assicurata?», ha chiesto un cronista. «Era assicurata dalla fede dei parrocchiani», ha "
    "risposto amaro il sacerdote." + IT_MORE
)
IT_GERUND = (
    IT_OPEN + "Teresa Fumagalli lavora in cucina da trent'anni. «Arriva alle 12.40 e riparte "
    "alle 14», dice asciugandosi le mani sul grembiule." + IT_MORE
)
IT_TWO_VOICES = (
    IT_OPEN + "Tra lei e il compositore Matteo Rinaldi, durante le prove, le discussioni non "
    "sono mancate. Lo raccontano loro stessi, seduti uno accanto all'altra, con la soprano Ilaria "
    "Cossa.\n\n«Voleva farmi cantare sdraiata per terra», dice lei.\n\n«Era un'idea del "
    "regista», si difende lui.\n\n«Il regista giura che era un'idea tua.»" + IT_MORE
)
IT_INNER_TIME = (
    IT_OPEN + "«A giugno gli studenti me lo chiedono sempre: “Prof, l'anno prossimo c'è "
    "ancora?”. E io non so mai cosa rispondere», racconta Marco Tessari, supplente di fisica."
    + IT_MORE
)

EN_DATE_AFTER_BODY = (
    "Several hundred students occupied the main library of Porthaven College on Tuesday, "
    'demanding a freeze on rents.\n\nThe college said in a statement that it "respects the '
    'right to peaceful protest" but that the occupation was disrupting exams.'
)
EN_HER_PUBLISHER = (
    "The story ran on Monday and it was one of the most read in the region this week, with "
    "readers writing in from all over the county to say what they thought of it. A first novel about a flooded valley won a fiction prize on Tuesday.\n\nLanternfield "
    "Books, her publisher, "
    'said it had ordered a reprint of 60,000 copies. "We are thrilled for Nadia and a little '
    'overwhelmed," the company said in a statement.'
)
EN_ONE_OF_POSSESSIVE = (
    "The rescue took four hours in thick cloud.\n\nOne of the climber's companions, who asked "
    "not to be named, said she still could not make sense of it.\n\n'One second he was right "
    "there in front of me and the next he just wasn't,' she said."
)
NL_INNER_SHE = (
    NL_OPEN + "‘Het was doodstil na afloop’, zegt regisseur Bram Hoogland.\n\nIn de zaal zat "
    "ook Geert Mulder, achterkleinzoon van Aaltje Mulder, die de ramp als kind overleefde op de "
    "zolder van een boerderij.\n\n‘Ze zei altijd: “Het water was niet het ergste, het ergste "
    "was de stilte erna.” Vanavond heb ik die stilte gehoord’, zegt hij." + NL_MORE
)
DE_INNER_TWO_WOMEN = (
    DE_OPEN + "Die Schenkerin, die 84-jährige Gertrud Hahn, und ihre Nachbarin Renate Vogel "
    "sind informiert worden. »Sie hat gesagt: ›Mein Mann hätte gewollt, dass die Marken bei "
    "Sammlern landen.‹ Das hat uns berührt«, sagt der Vereinschef Paul Brenner." + DE_MORE
)

FR_ONE_WORD_REPLY = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat, et la séance "
    "a été levée tard.\n\nVenu saluer les manifestants, le député Rémi Fontenay a été "
    "interpellé par une enseignante.\n\n« Vous êtes venu faire quoi, ici ? », lui a-t-elle "
    "lancé.\n\n« Écouter », a répondu l'élu." + FR_MORE
)
FR_RELATIVE_WORD = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\n« Nous "
    "ne voulons pas d'un examen au rabais », a réagi sa présidente, Nadia Benslimane, qui "
    "dénonce un « mépris » des familles." + FR_MORE
)
ES_LIVE_BLOG = (
    ES_OPEN + "21:50 Habla el autor del empate, el delantero Iker Mendia, todavía sin aliento: "
    "“No he visto la repetición. Yo solo he visto el balón”.\n\n21:44 ¡Final! Reparto de "
    "puntos en un derbi que se había puesto muy cuesta arriba." + ES_MORE
)

PT_INNER_KIN = (
    "Os bombeiros chegaram cedo ao local.\n\n«Eu cresci nesta casa. O meu pai dizia sempre: "
    "‘Quem tem a chave não tem medo da porta.’ Hoje percebo», conta Rui Matoso, 58 anos." + PT_MORE
)
FR_INNER_KIN_NAME = (
    "Le conseil municipal a voté le budget mardi soir, après trois heures de débat.\n\nLeur "
    "fils, Erwan Kerhoas, a grandi dans la boutique. « Notre fils Erwan nous a dit un soir : “Je "
    "suis le seul gamin qui sent le pain.” On a ri », raconte sa mère, Annick Kerhoas." + FR_MORE
)
IT_INNER_ADJ = (
    IT_OPEN + "«Per anni non ho saputo niente. Mia madre adottiva mi diceva: ‘Te lo sei "
    "inventato, Aldo.’ Invece era tutto vero», racconta Aldo Ferrucci, 74 anni." + IT_MORE
)
ES_INNER_CLITIC = (
    ES_OPEN + "«Llamé a mi madre y le dije: ‘Mamá, yo no te he mentido nunca.’ Y "
    "me creyó», cuenta Daniel Ortega, 16 años." + ES_MORE
)


@pytest.mark.parametrize(
    ("text", "head", "speaker"),
    [
        (FR_INNER, "Mes élèves veulent", "Un surveillant"),
        (FR_INNER, "Un surveillant m'a dit", "Odile Varenne"),
        (DE_INNER, "Wir finden eine Lösung", "Konrad Wielandt"),
        (DE_INNER_KIN, "Kind, komm am", "Meine Oma"),
        (DE_INNER_HE, "Eisen verzeiht", "Bruno Falkner"),
        (ES_INNER_TIME, "Seño, ¿usted", "una nena"),
        (IT_INNER, "Nonna, guidi", "Mio nipote"),
        (IT_INNER_OBJECT, "Allora, ce lo", None),
        (DE_TURNS, "Das glaubt einem", "Lukas"),
        (FR_FIRST, "Oui, mais c'est bon", "Aurélie Chastain"),
        (FR_FIRST, "C'est bon pour celles", "Sandrine Moulet"),
        (FR_ROLES_TURNS, "Avec une pause", "Madeleine Crouzet"),
        (FR_OFFICER, "a priori adaptée", "Sandrine Marchal"),
        (IT_BODY, "quella notte il pronto", "Azienda ospedaliera San Gerolamo"),
        (PT_SOURCE, "mais de 80", "fonte da PJ"),
        (PT_SOURCE, "vai voltar à carga", "uma fonte próxima da direção"),
        (IT_ROLE_SUBJECT, "Non ho niente", "Davide Mantelli"),
        (IT_ROLE_SUBJECT, "Ma le regole", "Davide Mantelli"),
        (IT_FATHER_OF, "Mio figlio ha sbagliato", "Il padre di un sedicenne"),
        (ES_OWN, "Cinco meses", "Inés Carballo"),
        (ES_JURY, "una meditación", "El jurado"),
        (PT_COUNTS_ON, "sistema de deteção", "Prefeitura de Vila Serena"),
        (PT_RELATIVE, "É uma angústia", "uma vizinha"),
        (IT_MOOD, "Era assicurata", "Franco Meschini"),
        (IT_GERUND, "Arriva alle", "Teresa Fumagalli"),
        (IT_TWO_VOICES, "Il regista giura", "Ilaria Cossa"),
        (IT_INNER_TIME, "Prof, l'anno", "gli studenti"),
        (EN_DATE_AFTER_BODY, "respects the right", "Porthaven College"),
        (EN_HER_PUBLISHER, "We are thrilled", "Lanternfield Books"),
        (EN_ONE_OF_POSSESSIVE, "One second he", "one of the climber's companions"),
        (NL_INNER_SHE, "Het water was niet", "Aaltje Mulder"),
        # (two women named in the paragraph: "Sie" is either, no one)
        (DE_INNER_TWO_WOMEN, "Mein Mann hätte", None),
        (FR_ONE_WORD_REPLY, "Écouter", "Rémi Fontenay"),
        (FR_RELATIVE_WORD, "mépris", "Nadia Benslimane"),
        (ES_LIVE_BLOG, "No he visto", "Iker Mendia"),
        (PT_INNER_KIN, "Quem tem a chave", "O meu pai"),
        (FR_INNER_KIN_NAME, "Je suis le seul", "Erwan Kerhoas"),
        (IT_INNER_ADJ, "Te lo sei inventato", "Mia madre adottiva"),
        (ES_INNER_CLITIC, "Mamá, yo no", "Daniel Ortega"),
        # a long turn is no exchange: the paragraph goes on with the last speaker
        (NL_TURNS_LONG, "We hebben nu twee", "Bart Kok"),
    ],
)
def test_speaker(text: str, head: str, speaker: str | None) -> None:
    ((_, _, found),) = outcomes([(text, [(head, speaker)])])
    assert found == speaker
