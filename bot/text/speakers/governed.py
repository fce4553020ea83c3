"""A few words in marks that a speech verb governs: quoted speech, not a scare quote (private
to ``keeping.py``).

One shape in every language, with each language family's own limits: the clause before the
opening mark (to the sentence's last stop) holds a speech or verdict verb a few words before
the marks.

- English (``english_word``): one or two lower-case words, up to six words back, a copula
  between them or nothing: 'whispered “sorry” and left', 'said he was “thrilled” but tired';
  or further back in a sentence the words close after a copula: 'said the hall was “safe”.';
  and (``after_quoted_speech``) up to four words after "and that"/"but that" in a sentence whose
  speech verb reported a longer quotation before them.
- French and Portuguese (``romance_word``): one or two lower-case words in a sentence a
  capitalized subject opens, the verb within the last five words: "a dit sa « stupéfaction »";
  not "dit" as "so-called" ("le quartier dit « sensible »").
- German and Dutch (``germanic_words``): one to four words, the verb within the last five words
  and no comma between: 'sprach von einer „Befreiung“', 'noemt de sluiting ‘onvermijdelijk’';
  not a title named right before, nor a name a naming verb gives.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.names import PARTICLE_VERBS, SPEECH_VERBS, STAYING_VERBS
from bot.text.speakers.passive_agent import agent_start, time_agent
from bot.text.speakers.reading import language, romance_text
from bot.text.speakers.signs_germanic import named_before


def _clause_before(
    text: str, span: Span, paras: list[tuple[int, int]], reach: int, stops: str
) -> str:
    """The clause before the quotation's opening mark: at most ``reach`` characters of its
    paragraph, after the last of the ``stops`` (a regular expression)."""
    before = text[max(paras[span.paragraph][0], span.open_at - reach) : span.open_at]
    return re.split(stops, before)[-1]


def english_word(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for one word or two in marks that an English speech verb a few words before
    governs: 'whispered “sorry” and left', 'said he was “thrilled” but tired', 'said his
    client had been “devastated”' (up to six words back, a verb or a copula between them);
    not a verb's own object: 'posted a picture of him “missing” the tower'."""
    if language() != "english" or not text[span.start : span.start + 1].islower():
        return False
    if text[span.start : span.end].strip(" ,.!").lower() in ("no", "yes"):
        return False  # 'voters said “no” to the levy': a vote, not words quoted
    words = [w.lower() for w in _clause_before(text, span, paras, 60, r"[.!?;:,]\s").split()[-6:]]
    for k, w in enumerate(words):
        # (a verb that speaks only with its particle, "put it", is not enough: "put on a show")
        between = words[k + 1 :]
        if w in _CHARGING and between and between[-1] in ("of", "for"):
            return True  # 'accused the referee of “bottling it”', 'praised her for “…”'
        if w in SPEECH_VERBS and w not in PARTICLE_VERBS and w not in _PROMISING:
            if len(between) <= 1 or any(b in _LINKS for b in between):
                return True
    return bool(words) and words[-1] in _LINKS and _sentence_reported(text, span, paras)


def _sentence_reported(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True when the words in marks close their sentence as a copula's complement and a
    speech verb further back in that sentence reports it: 'Ana Lind said the roof had been
    mended and the hall was “safe”.', 'admitted in a letter to parents that the waiting list
    had become “unmanageable.”' (the verb more than six words back)."""
    end = text[span.end - 1 : span.end] in ".!?" or text[span.close_end : span.close_end + 1] in (
        ".",
        "!",
        "?",
    )
    if not end:
        return False
    clause = _clause_before(text, span, paras, 240, r"[.!?;:][\"”’)]*\s")
    words = [w.lower() for w in clause.split()[:-1]]
    said = [
        q
        for q, w in enumerate(words)
        if w.strip(",") in SPEECH_VERBS
        and w.strip(",") not in PARTICLE_VERBS
        and w.strip(",") not in _PROMISING
    ]
    if not said:
        return False
    # (the reported clause runs on to the words in marks: no clause of another voice,
    # "although a court ruled …", and no name of a thing, "the name … was “nightjar”")
    rest = words[said[-1] + 1 :]
    return not (
        any(w.strip(",") in _NEW_CLAUSE for w in rest)
        or any(w.strip(",") in _NAMING_NOUNS for w in rest)
        or any(w.strip(",") in _FINDING_VERBS for w in rest)
    )


# words that open a clause of its own inside the sentence after the speech verb
_NEW_CLAUSE = frozenset("although though but while whereas".split())
# nouns whose complement after "was" is a name, not words said ("the name … was “nightjar”")
_NAMING_NOUNS = frozenset(
    "name names word words term terms title nickname codename slogan motto password hashtag"
    " tagline".split()
)
# verbs of findings with a subject of their own ("a survey showed that …")
_FINDING_VERBS = frozenset("ruled found showed shows finds rules concluded felt".split())


# the word right before a second short piece that is the same reported speech ('but that
# “hard choices” lay ahead', 'and that it was “too late”', 'billed on “estimated reads”'; not
# a determiner or a possessive: 'the council's “road to recovery” plan')
_BEFORE_SAID = frozenset(
    "that was were is are be been remained seemed looked on for of in at with by about"
    " had has have felt".split()  # ("and that she had “real concern” that …": what she felt)
)
# gerunds that report words after a comma but promise things: 'is promising a “green” future'
# quotes a label, not words said
_PROMISING = frozenset("promising vowing pledging".split())
# speech verbs that charge or credit someone with what the words in marks name
_CHARGING = frozenset(
    "accused accuses accusing praised praises criticised criticized criticises criticizes"
    " blasted slammed condemned thanked".split()
)
# verbs that link a reported clause to the words in marks after a speech verb ("said he was")
_LINKS = frozenset(
    "is was were are be been being am has had have felt feels feel seemed seems looked looks"
    " became becomes become remained remains sounded sounds".split()
)


def romance_word(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for one word or two in marks, in lower case, that a French or Portuguese speech
    verb a few words before governs in a sentence a capitalized subject opens: "X a dit sa
    « stupéfaction »", "Me Y a plaidé la « dégringolade » d'un client", "Z a décrit des
    années de « galère »" (up to four words between the verb and the mark)."""
    if (
        language() not in ("french", "portuguese", "spanish", "italian")
        or not text[span.start : span.start + 1].islower()
    ):
        return False
    clause = _clause_before(text, span, paras, 120, r"[.!?;:»”]\s")
    if _PASSIVE_VERDICT_RE.search(clause) and _agent_follows(text, span.close_end):
        return True  # "une mesure qualifiée d'« insuffisante » par le syndicat X": its words
    if (said := _SAID_BEFORE_RE.match(clause)) is not None:
        # "« … », a réagi sa présidente, Nadia X, qui dénonce un « mépris »": the clause
        # after the quotation's attribution, its subject the one it names
        rel = [w.strip(",").lower() for w in said.group(1).split()]
        return 1 <= len(rel) <= 5 and any(w in SPEECH_VERBS and w not in STAYING_VERBS for w in rel)
    words = [w.strip(",").lower() for w in clause.split()]
    if not clause[:1].isupper() or len(words) < 3:
        return False
    if words[-1] in _SO_CALLED and words[-2] not in ("a", "avait", "ont"):
        # "le quartier dit « sensible »": so-called, a label; but "se dit « fier »", "s'est
        # dite « soulagée »": someone calls themself so, their word
        # (not "on se dit « serein »", no one named, nor a clause of "si", "S'il se dit
        # « fier », il regrette …", whose subject is the main clause's)
        return (
            words[-2] in _SELF
            and words[-1] in _SAYS_SELF
            and words[-3] != "on"
            and not any(w in ("si", "s'il", "s’il", "s'ils", "s’ils") for w in words)
        )
    if (
        words[-1] in _DETERMINERS
        and any(w in _COMPLEMENTIZERS for w in words[-4:])
        and not _CLAUSE_END_RE.match(text, span.close_end)
    ):
        return False  # "dijo que la «reforma» llegará": a label in the reported clause
    tail = words[-5:]
    start = len(words) - len(tail)
    return any(
        (w in SPEECH_VERBS and w not in STAYING_VERBS and not _romance_noun(words, start + k))
        or w in _VERDICT_ROMANCE
        for k, w in enumerate(tail)
    )


# a quotation, its attribution naming someone, then a relative clause about them: the
# relative clause ("« … », a réagi sa présidente, Nadia X, qui dénonce un ")
_SAID_BEFORE_RE = re.compile(
    r"[«“\"].*?[»”\"],? [^«“\"]*?\b[A-ZÀ-Ý][\w'’-]+, (?:qui|que|che|quien|who) ([^«“\"]*)$"
)


# Romance words that open a noun phrase and never stand before a verb (the definite articles
# are object pronouns as well: "il la remarque")
_ROMANCE_NOUN_OPENERS = frozenset(
    "un une una uno um uma sa son ses sua suo sue suoi seu seus sus su cette cet ce esta este"
    " questa questo essa esse du au del della dello".split()
)
# definite articles, which open a noun phrase when they open the clause
_ROMANCE_ARTICLES = frozenset("le la les l' il lo o a os as el los las".split())


def _romance_noun(words: list[str], k: int) -> bool:
    """True for a speech verb that is a noun where it stands: after an article or a
    possessive, "une tempête comme celle-là, « … »", "sa remarque « … »", or second in a clause
    a definite article opens, "La grogne des taxis, « légitime » selon lui, …"."""
    before = words[k - 1] if k else ""
    return before in _ROMANCE_NOUN_OPENERS or (k == 1 and before in _ROMANCE_ARTICLES)


# a Romance participle of judging right before the marks, whose agent follows them ("une
# mesure qualifiée d'« … » par X", "una propuesta calificada de «…» por X", "una proposta
# giudicata «…» dalla Fiom", "uma proposta considerada “…” pelo sindicato")
_PASSIVE_VERDICT_RE = re.compile(
    r"\b(?:jugé|qualifié|considéré|calificad|considerad|juzgad|tachad|definit|giudicat"
    r"|considerat|ritenut|bollat|classificad|qualificad|julgad)\w{0,3}"
    r"(?:\s+(?:de|comme|como|come|di)|\s+d['’])?\s*$",
    re.IGNORECASE,
)
# the first word of an agent: a name or an article ("par le syndicat", "por Ana Costa"; not
# "par erreur", "por unanimidad", a manner)
_AGENT_WORD_RE = re.compile(
    r"[A-ZÀ-Ý]|l['’]|(?:le|la|les|el|los|las|o|a|os|as|un|une|una|um|uma)\s"
)


def _agent_follows(text: str, close_end: int) -> bool:
    """True when an agent follows the closing mark: "» par le syndicat X", "» dalla Fiom"."""
    got = agent_start(text, close_end, close_end + 8)
    if got is not None and time_agent(text, got[0]):
        return False  # "» dalla fine degli anni Novanta", "» por la mañana": a time, no agent
    return got is not None and (got[1] or bool(_AGENT_WORD_RE.match(text, got[0])))


# Romance verbs of judging or describing that are no speech verbs elsewhere but
# govern a word in marks: "juge la situation « intenable »", "a dépeint un homme « méthodique »",
# "la tacha de « oportunista »", "bolla il piano come « inutile »"
# ("s'est dite « … »" is read with the so-called forms above)
_VERDICT_ROMANCE = frozenset(
    "juge jugé jugée jugeait dépeint trouve trouvait trouvé descreve descreveu descrevia"
    " tacha tachan tilda tildan tildó califica calificó definisce definì bolla bollato".split()
)


# the reflexive before a French "dire" of someone calling themself something ("se dit",
# "s'est dite", "se disait"), which is no "so-called"
_SELF = frozenset("se s'est s’est s'était s’était".split())
_SAYS_SELF = frozenset("dit dite dits dites disait disaient".split())
_SO_CALLED = frozenset(
    "dit dite dits dites dito dita ditos ditas llamado llamada llamados llamadas denominado"
    " denominada cosiddetto cosiddetta cosiddetti cosiddette chiamato chiamata detto detta"
    " chamado chamada".split()
)


# the word that opens the clause a speech verb reports: "dijo que", "a expliqué qu'elle",
# "ha detto che", "said that", "zei dat", "sagte, dass"
_COMPLEMENTIZERS = frozenset("que qu che that dat dass daß".split())
# English drops "that": "said they would remain", "told them he was"
_SUBJECTS_EN = frozenset("he she they we i it".split())
# (a dash or a bracket opens an aside: "Veritas - Latin for “truth” -" is no one's word)
_STOPS = r"[.!?;:»”“«]\s|\s[-–—(]\s?"


_NAMED_AFTER_RE = re.compile(r"\W{0,3}\s*(?:known as|called|dubbed|also known)\b")
# English words before a noun that is spelled as a speech verb ("the claims", "over reports");
# (the Romance articles are object pronouns before a verb as well: "le dijo que")
_BEFORE_NOUN = frozenset(
    "the a an his her their its our these those over of about amid despite after following".split()
)


# verbs of wanting and demanding whose "que"/"dat" clause gives the words of the one who wants
_VOLITION = frozenset(
    "wil wilt willen wilde wilden eisen wollen wollte quiere quieren quería exigen piden vuole"
    " vogliono voleva chiedono chiese pretende veut veulent voulait demandent quer querem"
    " queria pedem".split()
)


# articles and determiners opening a noun phrase, in the seven languages
_DETERMINERS = frozenset(
    "the a an this that its their his her our la le les el los las il lo gli i o os as um uma"
    " un une una uno de het een der die das ein eine des du".split()
)
# the marks closing their clause: a stop or a comma follows
_CLAUSE_END_RE = re.compile(r"\s*[.,;:!?)]")


def complement_word(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for one word or two in marks, in lower case, inside the clause a speech verb
    reports, in any of the seven languages: "explicó que la situación era « insostenible »
    para todos", "said they would remain ‘well below’ the others", "liet weten dat het
    college de motie ‘uiteraard’ uitvoert" (the verb, then "que"/"that"/"dat" or an English
    subject pronoun, at most twelve words before the marks, the complementizer at most five words
    after the verb; not a so-called label)."""
    if language() is None or not text[span.start : span.start + 1].islower():
        return False
    words = [w.strip(",").lower() for w in _clause_before(text, span, paras, 160, _STOPS).split()]
    words = [re.split(r"['’]", w)[0] for w in words][-14:]
    if not words or words[-1] in _SO_CALLED or words[-1] in ("so-called", "sogenannte"):
        return False
    if _NAMED_AFTER_RE.match(text, span.close_end):
        return False  # "pay a “special levy” known as …": a thing's name
    if words[-1] in _DETERMINERS and not _CLAUSE_END_RE.match(text, span.close_end):
        # "said that the “dark web” market", "dijo que la «reforma» llegará": a label inside
        # a noun phrase; but "said it was a “disaster”." is the speaker's word
        return False
    for k, w in enumerate(words[:-1]):
        volition = w in _VOLITION  # "Hij wil dat het bedrijf eerst ‘…’ onderzoekt"
        if (w not in SPEECH_VERBS or w in PARTICLE_VERBS) and not volition:
            continue
        if k and words[k - 1] in _BEFORE_NOUN:
            continue  # "over claims he tried to …": a noun, no one speaking
        if volition and words[k + 1] not in _COMPLEMENTIZERS:
            continue
        # (the complementizer at most five words on: "explicó a este periódico que", "liet
        # na afloop weten dat"; English "said he" right after the verb)
        for j in range(k + 1, min(k + 6, len(words))):
            if words[j] in _COMPLEMENTIZERS and len(words) - j - 1 <= 12:
                return True
        if language() == "english" and words[k + 1] in _SUBJECTS_EN and len(words) - k <= 12:
            return True
    return False


# words that may stand between a German or Dutch speech verb and the few words in marks it
# governs: "sprach von einer „…“", "noemt de sluiting ‘…’", "vindt het vooral ‘…’"
_GOVERNED_GAP = 4


def germanic_words(text: str, span: Span, paras: list[tuple[int, int]]) -> bool:
    """True for one to four words in marks that a German or Dutch speech or verdict verb a few
    words before governs in the same clause: 'sprach von einer „Befreiung“', 'X noemde de rol
    van koeriers “onmisbaar”', 'vindt het vooral ‘raar’ dat …' (at most four words between,
    no comma; not a title or a sign named right before the marks: 'sprach über das Buch
    »…«')."""
    if language() not in ("german", "dutch") or named_before(text, span.open_at):
        return False
    clause = _clause_before(text, span, paras, 80, r"[.!?;:,–—]\s")
    words = [w.lower() for w in clause.split()][-(_GOVERNED_GAP + 1) :]
    if words and words[-1] in ("sei", "seien") and text[span.start : span.start + 1].islower():
        return True  # "sein Zustand sei »stabil«": reported speech in the subjunctive
    verbs = [w for w in words if w in SPEECH_VERBS and w not in _NOT_GOVERNING]
    if verbs and text[span.start : span.start + 1].isupper():
        # a name the verb gives is no one's words: "Die Stadt nennt das Projekt „Neue Mitte“"
        # (a verdict is: "noemt de sluiting ‘onvermijdelijk’")
        return not any(v in _NAMING for v in verbs)
    return bool(verbs)


# German and Dutch speech verbs that govern no label: "sagte", "zei" report whole sentences
_NOT_GOVERNING = frozenset("sagt sagte sagten zegt zei zeiden meint meinte".split())
# verbs that give a name as well as a verdict
_NAMING = frozenset(
    "nennt nannte nennen nannten noemt noemde noemen noemden bezeichnet bezeichnete".split()
)


def after_quoted_speech(text: str, spans: list[Span], k: int) -> bool:
    """True in English for a few lower-case words in marks that go on a sentence whose speech
    verb reported a longer quotation before them, "and that" or "but that" between: 'A
    spokesman said the pool was “in better shape than it has been for years” but that “hard
    choices” lay ahead.' (the second piece is the same reported speech)."""
    span = spans[k]
    if not k or language() != "english" or not text[span.start : span.start + 1].islower():
        return False
    prev = spans[k - 1]
    between = text[prev.close_end : span.open_at]
    if prev.paragraph != span.paragraph or len(between) > 120 or re.search(r"[.!?;:]", between):
        return False
    if len(re.findall(r"\w+", text[prev.start : min(prev.end, prev.start + 200)])) < 4:
        return False
    low = between.lower().split()
    if not any(a in ("and", "but") and b == "that" for a, b in zip(low, low[1:], strict=False)):
        return False
    if not low or low[-1] not in _BEFORE_SAID:
        return False  # "and that the council's “road to recovery” plan": a name in a phrase
    clause = re.split(r"[.!?;:][\"”’»)]*\s", text[max(0, prev.open_at - 200) : prev.open_at])[-1]
    return any(w.strip(",").lower() in SPEECH_VERBS for w in clause.split())


def opens_on_verb(text: str, span: Span) -> bool:
    """True for a Romance quotation that opens on a speech verb right after its subject, no
    comma or colon between: "Atlantis Terminaux « conteste fermement » ces chiffres", "la
    compagnie « regrette la gêne occasionnée »" (the verb inside the marks is the words')."""
    first = text[span.start : span.end].split(maxsplit=1)
    before = text[max(0, span.open_at - 40) : span.open_at].split()
    return (
        romance_text()
        and bool(first)
        and first[0].islower()
        and first[0].strip(".,;:") in SPEECH_VERBS
        # (a name right before the marks, the subject: not "une mesure « indigne d'une
        # commune »", whose first word is an adjective)
        and bool(before)
        and before[-1][:1].isupper()
        and before[-1].isalpha()
    )
