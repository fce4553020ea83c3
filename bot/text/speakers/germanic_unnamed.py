"""German and Dutch pronouns that stand for someone unnamed (private to ``attribution.py``).

Reporters introduce a witness or a neighbour by an indefinite article and a noun as the subject
of a sentence, then quote them with a pronoun: "Een buurman ontdekte de brand rond drie uur.
‘…’, vertelt hij." / "Einer, ein pensionierter Lehrer aus Kassel, hatte Geld angelegt. »…«,
sagte er." The "hij"/"er" is that person, not the last person the article named.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.speakers.reading import language
from bot.text.speakers.roles import role_gender, role_noun

# a sentence opening on someone unnamed: an indefinite article ("Einer, ein …" too), up to two
# lower-case adjectives, a capitalized (German) or lower-case (Dutch) noun, and where they are
# from or which part of a body they belong to
_UNNAMED_SUBJECT_RE = re.compile(
    r"(?:(?:Einer|Eine|Eén|Een van hen), )?(?P<who>"
    r"(?i:ein|eine)(?: [a-zäöü][\w-]*){0,2} [^\W\d_a-z][\w-]*(?: aus [^\W\d_a-z][\w-]*"
    # (or what they carry: "ein älterer Herr mit Aktentasche", "een man met een rolkoffer")
    r"| mit (?:einem |einer |einen )?[^\W\d_a-z][\w-]*"
    # (or whom they stand next to: "ein Kollege neben ihr")
    r"| neben (?:ihr|ihm|ihnen)"
    # (or the body or place they belong to, named: "ein Delegierter aus dem Kreisverband
    # Ostheide", "eine Stammkundin der Linie 4", "ein Mitglied des Vereins")
    r"| (?:aus (?:der|dem|den)|von (?:der|dem|den)|vom|bei (?:der|dem)|beim|der|des)"
    r" [^\W\d_a-z][\w-]*(?: (?:[^\W\d_a-z][\w-]*|\d+)){0,2})?"
    r"|(?i:een)(?: [a-zë][\w-]*e){0,2} [a-zë][\w-]*(?: (?:uit [^\W\d_a-z][\w-]*"
    # ("een bewoner van de Dorpsstraat", "een hulpverlener van een internationale organisatie",
    # "een medewerker van de gemeente Oosterhout")
    r"|(?:van|uit) (?:de|het|een) (?:[a-zë][\w-]*e )?[\w-]+(?: [^\W\d_a-z][\w-]*){0,2}"
    r"|met (?:een |de )?[a-zë][\w-]*|naast (?:haar|hem|hen)))?"
    r")(?=[ ,])"
)
# a sentence opening on a place or a time, its verb, maybe an aside in commas, and nothing
# else before the subject: "Aan de toog zit, zoals elke ochtend, ", "Am Tresen sitzt "
_INVERTED_RE = re.compile(
    r"(?:Aan|Op|In|Bij|Achter|Voor|Naast|Am|Auf|Im|An|Bei|Hinter|Vor|Neben)"
    r"(?: [\w’'-]+){1,3} [a-zäöüë][\w-]*(?:, [^,.;:!?\n]{1,40},)? "
)
_PRONOUNS = {"er": "m", "sie": "f", "hij": "m", "zij": "f", "ze": None}
# nouns of people that the role endings miss ("Anwohner" ends like a role; "buurman" is one)
_PERSON_NOUNS = frozenset(
    "buurman buurvrouw buurjongen buurmeisje omwonende ooggetuige getuige passant voorbijganger "
    "bewoner bewoonster klant medewerker medewerkster collega leerling student studente "
    "nachbar nachbarin anwohner anwohnerin augenzeuge augenzeugin passant passantin zeuge "
    "zeugin kollege kollegin kunde kundin mitarbeiter mitarbeiterin frau mann herr dame "
    "mädchen junge rentner rentnerin vrouw man meneer mevrouw meisje jongen jongeman heer "
    "zuhörer zuhörerin zuschauer zuschauerin besucher besucherin gast waard waardin kroegbaas"
    " wirtin kommilitone fahrgast feuerwehrmann jäger jägerin imker imkerin azubi fan forens"
    " leraar lerares ouder vader agent arts verpleegkundige marktkoopman wandelaar dorpsgenoot"
    " dorpsgenote angestellte kind".split()
)


def person_noun(word: str) -> bool:
    low = word.lower()
    return (
        low in _PERSON_NOUNS
        or (word[:1].isupper() and role_noun(word))
        or role_noun(word[:1].upper() + word[1:])
    )


def counted_people(phrase: str) -> bool:
    """True in German or Dutch text for a lower-case quantifier and a noun of people, the
    subject after a verb: "riefen mehrere Zuhörer »…«", "riepen enkele omwonenden ‘…’" (a
    group that speaks, shown as written; not "Viel Geld" opening a sentence)."""
    from bot.text.speakers.germanic_nouns import quantified_phrase
    from bot.text.speakers.reading import language

    words = phrase.split()
    return (
        len(words) == 2
        and language() in ("german", "dutch")
        and words[0].islower()
        and quantified_phrase(f"{words[0].capitalize()} {words[1]}")
        and person_noun(words[1])
    )


def unnamed_subject(text: str, sentence: int, end: int, pronoun: str) -> tuple[int, int] | None:
    """The span of someone unnamed opening the sentence at ``sentence`` (ending before
    ``end``), for a German or Dutch ``pronoun`` of a fitting gender; else None."""
    sex = _PRONOUNS.get(pronoun.lower(), "")
    if sex == "":
        return None
    m = _UNNAMED_SUBJECT_RE.match(text, sentence, end)
    if m is None:
        # "Aan de toog zit, zoals elke ochtend, een vaste klant die …": the subject after the
        # verb of a sentence a place or a time opens (a relative clause after it)
        inverted = _INVERTED_RE.match(text, sentence, end)
        if inverted is None:
            return None
        m = _UNNAMED_SUBJECT_RE.match(text, inverted.end(), end)
        if m is None or not re.match(r",? (?:die|der|wie) ", text[m.end() : m.end() + 6]):
            return None
    rest = text[m.end() : end].rstrip(" .!?\n")
    if re.match(r", (?:die|der|dat|welke|welche) ", rest) and "," not in rest[2:]:
        return None  # "Een aardige man, die er doorheen zit.": a fragment on someone named
    noun = re.split(
        r" (?:aus|uit|van|bij|mit|met|von|vom|bei|beim|der|des|neben|naast) ", m.group("who")
    )[0].split()[-1]
    if not person_noun(noun):
        return None
    article = m.group("who").split()[0].lower()
    # (German shows the gender in its article: "ein Förster", "eine Försterin")
    shown = {"ein": "m", "eine": "f"}.get(article) or role_gender(noun)
    if sex is not None and shown is not None and shown != sex:
        return None  # "Eine Anwohnerin … sagte er": someone else
    return m.start("who"), m.end("who")


# a sentence opening on someone by a definite article and a noun of a person, up to two
# lower-case adjectives before it, and a relative clause that introduces them: "Der
# Friedhofsgärtner, den ich besucht habe, sieht es anders.", "De waard, die het café al
# twintig jaar runt, zegt …" (who they are, when the text names no one so, is
# ``definite_subject``)
_DEFINITE_SUBJECT_RE = re.compile(
    r"(?P<who>(?P<art>Der|Die|De)(?: [a-zäöüë][\w-]*e[rn]?){0,2} (?P<noun>[^\W\d_][\w-]*))"
    # (a relative clause in commas that says who they are: someone new, not "Der Trainer"
    # for the coach the text named without that noun)
    r"(?=, (?:den|dessen|deren|der|die|dem|wiens|wier) )"
)
# an age epithet after a quotation, read like a pronoun of its article's gender: "meinte der
# 44-Jährige", "zegt de 52-jarige"
_AGE_EPITHET_RE = re.compile(r"(der|die|de) \d{1,3}-(?:Jährige|jarige)")


def epithet_pronoun(phrase: str) -> str | None:
    """The pronoun an age epithet after a quotation stands like ("der 44-Jährige" -> "er",
    "die 30-Jährige" -> "sie", "de 52-jarige" -> "ze"), else None."""
    m = _AGE_EPITHET_RE.fullmatch(phrase)
    return {"der": "er", "die": "sie", "de": "ze"}[m.group(1)] if m else None


# a German or Dutch object pronoun of a man ("hat ihn angelernt", "reed hem bijna omver"):
# never the subject's own (that is "sich"/"zich"), so someone else, named before, is in play
_HIS_RE = re.compile(r"(?<![\w-])(?:ihn|ihm|hem)(?![\w-])")
# an age given in a sentence: "ein 44-jähriger Kollege", "een 71-jarige buurvrouw", "Ein
# Kollege, 52, …", "(52)"
_AGE_IN_RE = re.compile(r"(?<![\w-])(\d{1,3})[-‑](?:jährige|jarige)|(?:, |\()(\d{1,3})(?=[,)])")


def other_in_sentence(text: str, sentence: int, end: int, pronoun: str, epithet: str = "") -> bool:
    """True when the German or Dutch sentence from ``sentence`` to ``end`` that brings in
    someone unnamed is about someone else the ``pronoun`` (or the age ``epithet`` read as
    it) of the quotation may stand for: an object pronoun of a man in the main clause for a
    man's or an unsexed pronoun ("Ein Kollege hat ihn angelernt. „…“, sagt der 44-Jährige", "Een fietser
    reed hem bijna omver. Hij zei: ‘…’"), or an age other than the epithet's ("Ein
    30-jähriger Kollege …. „…“, sagt der 44-Jährige")."""
    sex = _PRONOUNS.get(pronoun.lower(), "")
    his = _HIS_RE.search(text, sentence, end) if sex in ("m", None) else None
    if his is not None and "," not in text[sentence : his.start()]:
        # (in the main clause, before any comma: in a clause of its own the pronoun may be
        # the unnamed person's, "Ein Zeuge, dem …, schilderte, wie das Auto an ihm …")
        return True
    age = re.search(r"\d+", epithet)
    if age is None:
        return False
    given = [m.group(1) or m.group(2) for m in _AGE_IN_RE.finditer(text, sentence, end)]
    return bool(given) and age.group() not in given


def definite_subject(text: str, sentence: int, end: int, pronoun: str) -> tuple[int, int] | None:
    """The general shape "someone new by their role, then a pronoun": the span of a definite
    noun of a person and a relative clause opening the German or Dutch sentence at
    ``sentence`` ("Der Friedhofsgärtner, den ich am Montag besucht habe, sieht es
    pragmatischer. „…“, meinte er", "De waard, die …, zegt dat … ‘…’, grijnst hij"), for a ``pronoun`` of a fitting gender (German
    "der" a man's, "die" before a noun in "-in" a woman's; Dutch by the noun's ending);
    else None. The caller makes sure the text names no one with that role."""
    sex = _PRONOUNS.get(pronoun.lower(), "")
    m = _DEFINITE_SUBJECT_RE.match(text, sentence, end)
    if sex == "" or m is None or not person_noun(m.group("noun")):
        return None
    noun, art = m.group("noun"), m.group("art")
    if art == "De":
        if noun[:1].isupper():
            return None  # "De Vries", "De Boer": a Dutch surname, no article
        shown = role_gender(noun)
    elif art == "Der" and noun[:1].isupper():
        shown = "m"
    elif art == "Die" and noun[:1].isupper() and noun.endswith("in"):
        shown = "f"  # (not "Die Anwohner": they are many)
    else:
        return None
    if sex is not None and shown is not None and shown != sex:
        return None
    return m.start("who"), m.end("who")


# a German nominative indefinite noun phrase of a person anywhere in a sentence: "ein" or "eine",
# an age or up to two adjectives, the capitalized noun ("Als Zeugin hatte … eine 34-jährige
# Mutter ausgesagt", "Vor Gericht schilderte ein junger Polizist …")
_UNNAMED_INSIDE_RE = re.compile(
    r"(?<![\w-])(?P<who>(?P<art>ein|eine) (?:\d{1,3}-jährige[rn]? |[a-zäöü][\w-]*e[rn]? ){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*))(?=[ ,.])"
)


def unnamed_inside(text: str, sentence: int, end: int, pronoun: str) -> tuple[int, int] | None:
    """For a German "sie"/"er" after a quotation: the one person the sentence before (from
    ``sentence`` to ``end``) introduces, unnamed, by "ein"/"eine" and a noun of a person, in any
    place of the sentence, when the article's gender is the pronoun's ("Als Zeugin hatte eine
    34-jährige Mutter ausgesagt. „…“, schilderte sie."); None when it holds none or two."""
    from bot.text.speakers.reading import language

    sex = {"er": "m", "sie": "f"}.get(pronoun)
    if sex is None or language() != "german":
        return None
    found = [
        m
        for m in _UNNAMED_INSIDE_RE.finditer(text, sentence, end)
        if person_noun(m.group("noun")) and m.group("noun").lower() not in _NOT_ONE
    ]
    if len(found) != 1 or {"ein": "m", "eine": "f"}[found[0].group("art")] != sex:
        return None
    return found[0].start("who"), found[0].end("who")


# (nouns of a group, no one person: "eine Familie", "ein Paar")
_NOT_ONE = frozenset("familie paar gruppe mannschaft klasse".split())


# someone unnamed and where they live or work, opening a German or Dutch sentence: "Eine
# Anwohnerin aus der Lindenstraße zeigt …", "Een medewerker van de bakkerij vertelt …"
_FROM_PLACE_RE = re.compile(
    r"(?P<who>(?:Ein|Eine|Een)(?: [a-zäöü][\w-]*){0,2} (?P<noun>[^\W\d_][\w-]*) "
    r"(?:aus|von|vom|uit|van)(?: (?:der|dem|den|de|het))? [^\W\d_a-z][\w-]*(?:-[\w-]+)?)"
    r"(?=[ ,])"
)


def unnamed_from_place(text: str, start: int, subject: tuple[int, int]) -> tuple[int, int] | None:
    """Someone unnamed opening the sentence at ``start``, when the subject a rule found is
    only the place they are from: "Eine Anwohnerin aus der Lindenstraße zeigt …:" -> "Eine
    Anwohnerin aus der Lindenstraße", never "Lindenstraße"; else None."""
    m = _FROM_PLACE_RE.match(text, start)
    if m is None or m.end("who") != subject[1] or not person_noun(m.group("noun")):
        return None
    return m.start("who"), m.end("who")


# a German or Dutch relative clause that holds the quotation and closes on its speech verb:
# "… door een groep jongeren die ‘…’ riep.", "… von Demonstranten, die „…“ skandierten." -- the
# noun phrase the relative pronoun is about (an article, up to two lower-case words and its
# noun, a German one perhaps with a genitive: "einer Gruppe Jugendlicher") says it
_RELATIVE_BEFORE_RE = re.compile(
    r"(?P<who>\b(?i:een|de|het|ein|eine|einer|die|der|den)(?: [a-zäöüë][\w-]*){0,2}"
    r" (?:[a-zäöüë][\w-]*|[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?)),? (?:die|dat|der|welche)(?: (?:steeds|telkens|immer|wieder|laut|luid))*"
    r" $"
)
_FINAL_VERB_RE = re.compile(r"\s*([a-zäöüë]+)\s*[.,;!?]")


def relative_final(text: str, open_at: int, close_end: int) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a relative clause is about when that clause holds the
    quotation at ``open_at`` and ends on a speech verb right after its closing mark; else
    None."""
    from bot.text.speakers.germanic import germanic, germanic_verb

    verb = _FINAL_VERB_RE.match(text, close_end)
    if verb is None or not germanic() or not germanic_verb(verb.group(1)):
        return None
    m = _RELATIVE_BEFORE_RE.search(text, max(0, open_at - 80), open_at)
    if m is None:
        return None
    return m.start("who"), m.end("who")


# someone unnamed and what they carry or wear: "Ein junger Mann mit Fahrradhelm", "een oudere
# man met een rolkoffer", "een monteur met 30 dienstjaren" (the words after "mit"/"met" describe
# them; no adjunct of the verb)
_CARRYING_RE = re.compile(
    r"(?i:ein|eine|een)(?: [a-zäöüë][\w-]*){0,2} (?P<noun>[^\W\d_][\w-]*)"
    r" (?:mit|met) (?:(?:einem|einer|einen|een|de|\d+) )?[^\W\d_][\w-]*"
)


def unnamed_carrying(phrase: str) -> str | None:
    """The German or Dutch phrase of someone unnamed with what they carry, as written with
    its article in lower case; else None."""
    from bot.text.speakers.reading import language

    m = _CARRYING_RE.fullmatch(phrase)
    if m is None or language() not in ("german", "dutch") or not person_noun(m.group("noun")):
        return None
    return phrase[:1].lower() + phrase[1:]


# the lower-case words that may follow the noun inside the phrase of someone unnamed: what
# they carry or where they work ("met 22 dienstjaren", "van de opvang"), a restrictive Dutch
# relative clause ("die de opvang coördineert"); never a verb of saying
_PHRASE_END = frozenset(",;:.!?")


def unnamed_then_that(toks: list[Any], v: int) -> tuple[int, int] | None:
    """Someone unnamed opening a German or Dutch sentence whose verb of saying, after a comma,
    opens a "that" clause: "Een vrijwilliger die de opvang regelt, zegt dat het ‘…’ is",
    "Een monteur met dertig dienstjaren, die anoniem wil blijven, vertelt dat hij ‘…’" -> the
    phrase up to its first comma, as written; else None (a named subject is read elsewhere;
    "Een dag later, zegt X dat …" opens on no person)."""
    if v < 3 or toks[0][0] not in ("Een", "Ein", "Eine") or len(toks) < 2:
        return None
    comma = next((i for i in range(1, v) if toks[i][0] in _PHRASE_END), None)
    if comma is None or comma < 2 or comma > 9 or toks[comma][0] != ",":
        return None
    # (what lies between the phrase and the verb is an aside in commas: "…, die anoniem wil
    # blijven, vertelt dat …")
    if toks[v - 1][0] != "," or any(t[0] in ";:.!?" for t in toks[comma:v]):
        return None
    k = 1
    while k < comma - 1 and toks[k][0].islower() and toks[k][0].endswith("e"):
        k += 1  # "Een oudere vrijwilliger"
    if not person_noun(toks[k][0]):
        return None
    return toks[0][1], toks[comma - 1][2]


# a German or Dutch noun phrase of someone unnamed with an adjective that governs a phrase
# before it: "eine mit den Vorgängen vertraute Person", "ein mit der Sache befasster Beamter",
# "een met het dossier vertrouwde bron" -- the preposition opening that phrase, the source nouns
_GOVERNED_PREPS = frozenset("mit met aus uit von van bei bij für voor in an".split())
_SOURCE_NOUNS = frozenset("person persoon quelle bron insider informant".split())


def governed_adjective_np(toks: list[Any], j: int) -> int | None:
    """The index of the noun closing such a phrase that opens at ``j`` on an indefinite
    article (German or Dutch text), else None: "sagte eine mit den Vorgängen vertraute
    Person" -> the index of "Person" (not "eine" alone, cut at "mit")."""
    from bot.text.speakers.reading import language

    if language() not in ("german", "dutch") or j + 3 >= len(toks):
        return None
    if toks[j][0].lower() not in ("ein", "eine", "een") or toks[j + 1][0] not in _GOVERNED_PREPS:
        return None
    for m in range(j + 3, min(len(toks) - 1, j + 9)):
        w = toks[m][0]
        if not w.replace("-", "").isalpha():
            return None
        noun = toks[m + 1][0]
        if (
            w.islower()
            and w.endswith(("te", "ter", "tes", "ten", "de", "den", "ene"))
            and (noun.lower() in _SOURCE_NOUNS or person_noun(noun))
            and (noun[:1].isupper() or language() == "dutch")
        ):
            return m + 1
    return None


def governed_phrase(phrase: str, text: str = "", end: int = 0) -> str | None:
    """The whole ``phrase`` as written (its article in lower case) when it is such a phrase
    of someone unnamed ("Eine mit dem Fall vertraute Person"), or the phrase as written when it
    is one of a group no name follows ("einer der Männer", "een van de bewoners"), else None."""
    said = phrase.split()
    if len(said) > 3 and governed_adjective_np([(w, 0, 0) for w in said], 0) == len(said) - 1:
        return " ".join([said[0].lower(), *said[1:]])
    if (
        _ONE_OF_RE.fullmatch(phrase)
        and language() in ("german", "dutch")
        and not _NAMED_AFTER_RE.match(text, end)  # ("Eine der Geschädigten, die 74-jährige X Y,")
    ):
        return phrase
    return None


# a name in apposition after the phrase: ", die 74-jährige Hilde Brauer", ", Anna Berg,"
_NAMED_AFTER_RE = re.compile(
    r",\s+(?:(?:der|die|das|de|het)\s+)?(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]"
)


# one of a group, unnamed: "einer der Männer", "eine der älteren Bewohnerinnen", "een van de
# vrijwilligers" (the group's noun last, at most two adjectives before it)
_ONE_OF_RE = re.compile(
    r"(?:[Ee]iner|[Ee]ine|[Ee]ines) der (?:[a-zäöüß][\w-]* ){0,2}[A-ZÄÖÜ][\w-]*"
    r"|(?:[Ee]en|[Éé]én) van de (?:[a-zë][\w-]* ){0,2}[a-zë][\w-]*"
)


def one_of_start(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """Where German "einer der [erfahrenen] Männer" opens when the noun at ``k`` ends it (at
    most two adjectives between), else None."""
    d = k - 1
    while d >= 0 and k - d <= 2 and toks[d][0].isalpha() and toks[d][0].islower():
        if toks[d][0] == "der":
            break
        d -= 1
    if d >= 1 and toks[d][0] == "der" and toks[d - 1][0].lower() in ("einer", "eine", "eines"):
        return d - 1
    return None
