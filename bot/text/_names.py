"""Word lists and name helpers for speaker attribution (private to ``quotes.py``).

Everything here is an immutable constant or a pure function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.text.stopwords import stop_words

# ----------------------------------------------------------------------------- word lists


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# speech verbs in the forms news copy uses ("told" needs an object, see NEEDS_OBJECT),
# plus a few of the other languages the bot meets (fr, de, es, it, pt)
SPEECH_VERBS = _words(
    """
    said says say saying told tells telling added adds adding asked asks asking wrote writes
    writing tweeted tweets tweeting explained explains noted notes continued continues
    argued argues arguing insisted insists stated states declared declares claimed claims
    replied replies responded responds warned warns warning recalled recalls suggested
    suggests acknowledged acknowledges admitted admits announced announces observed observes
    remarked remarks complained complains concluded concludes shouted shouts yelled yells
    joked jokes quipped quips conceded concedes contended contends countered counters
    emphasized emphasizes emphasised emphasises stressed stresses predicted predicts
    promised promises reported reports posted posts cautioned cautions urged urges boasted
    boasts lamented laments mused muses agreed agrees charged charges exclaimed exclaims
    whispered whispers testified testifies retorted retorts reiterated reiterates confirmed
    confirms cried cries answered answers commented comments vowed vows read reads wondered
    wonders chanted chants bragged brags scoffed scoffs snapped snaps fumed fumes interjected
    interjects opined opines asserted asserts alleged alleges maintained maintains assured
    assures reminded reminds pleaded pleads proclaimed proclaims thundered thunders barked
    barks sneered sneers shrugged laughed laughs sighed sighs marveled marvelled recounted
    recounts explained elaborated elaborates clarified clarifies texted emailed e-mailed
    messaged wrote pressed presses mocked mocks retaliated summed counseled advised advises
    informed informs acknowledged hinted hints teased teases grumbled grumbles griped
    gripes ranted rants raged rages gushed gushes cracked cracks deadpanned offered offers
    finished finishes demanded demands begged begs insisted recommended
    recommends conceded objected objects protested protests screamed screams murmured
    muttered mutters sang sings chimed shot fired went put remembered remembers questioned
    questions started starts described describes quoted quotes
    dit déclaré affirmé ajouté expliqué estimé souligné indiqué assuré répondu précisé
    déclare affirme ajoute explique estime souligne indique assure répond précise
    sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb schreibt
    dijo afirmó declaró explicó añadió aseguró señaló indicó dice afirma explica
    detto dichiarato spiegato aggiunto affermato disse afirmou declarou explicou acrescentou
    сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила
    пояснил пояснила подчеркнул подчеркнула написал написала сообщил сообщила ответил ответила
    уточнил уточнила рассказал рассказала признал признала говорит говорил говорила считает
    """
)
# auxiliaries before an inverted verb: « … », a déclaré X / „…“, hat X gesagt
AUXILIARIES = _words("a ha hat")

# cue words that only work with a following particle or object: "went on", "put it",
# "shot back", "fired back", "chimed in", "summed up"
PARTICLE_VERBS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "went": ("on",),
        "put": ("it",),
        "shot": ("back",),
        "fired": ("back",),
        "chimed": ("in",),
        "summed": ("up",),
    }
)
# verbs after which the next noun is the listener, never the speaker ("told reporters")
NEEDS_OBJECT = _words("told tells telling assured assures reminded reminds informed informs")

MALE_PRONOUNS = _words("he er il él lui ele он")
FEMALE_PRONOUNS = _words("she sie elle ella lei ela она")
PRONOUNS = _words("they it we i you who") | MALE_PRONOUNS | FEMALE_PRONOUNS

# words that may stand between the quote and the verb: ,” he later said
ADVERBS = _words(
    """
    also later then once now still again finally simply just quickly repeatedly previously
    recently earlier subsequently further flatly bluntly angrily calmly softly quietly
    firmly has had have would will could might may did does do had already never often
    sometimes reportedly allegedly and but only even separately privately publicly
    initially originally eventually afterward afterwards immediately
    """
)

# words to skip right after a verb before the speaker: said Tuesday, said on Monday
TIME_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow morning afternoon evening night last this earlier later recently on at
    in week weekend month year
    """
)

# titles and roles stripped from the front of a name run
TITLES = _words(
    """
    mr mrs ms miss mx dr sen senator rep representative gov governor lt col sgt capt adm
    gen general maj cmdr pres president vice vp secretary state attorney judge justice
    chief mayor speaker leader majority minority minister prime chancellor ambassador
    director chairman chairwoman chair chairperson commissioner sheriff officer professor
    prof rev reverend pastor father pope king queen prince princess sir dame lord lady
    deputy assistant press spokesman spokeswoman spokesperson candidate nominee hopeful
    congressman congresswoman councilman councilwoman councilmember assemblyman
    assemblywoman delegate former ex late democrat democratic republican gop independent
    libertarian conservative liberal progressive us u.s uk u.k british american federal
    national host anchor columnist
    correspondent reporter editor analyst strategist adviser advisor aide pollster lawyer
    attorney counsel ceo cfo coo founder co-founder executive manager campaign chairman
    superintendent supt det insp detective inspector corporal cpl pvt private sergeant
    colonel captain admiral major commander lieutenant brig brigadier field marshal
    commissioner comptroller treasurer auditor clerk controller rabbi imam bishop
    cardinal archbishop provost rector chancellor physician nurse
    coach manager owner billionaire businessman businesswoman actor actress singer
    rapper comedian author writer novelist activist organizer courtesy expert envoy
    singer guitarist singer-guitarist singer-guitarists songwriter drummer bassist researcher
    scientist economist historian
    мэр депутат министр президент премьер премьер-министр глава директор профессор проф
    губернатор сенатор посол спикер представитель пресс-секретарь председатель генерал
    бывший экс-президент тренер
    """
)
MALE_TITLES = _words("mr sir lord king prince father congressman councilman assemblyman")
FEMALE_TITLES = _words(
    "mrs ms miss dame lady queen princess congresswoman councilwoman assemblywoman"
)

# words in a capitalized run that mark an organisation, a place or a thing
ORG_WORDS = _words(
    """
    party house senate congress committee council court department ministry agency office
    administration government times post journal news tribune herald telegraph guardian
    gazette globe chronicle review magazine press network channel radio tv television
    university college school institute foundation center centre association union league
    society club company corp corporation inc llc ltd group bank fund trust campaign pac
    states republic kingdom city county state street avenue road day week month board
    commission bureau service services federation organization organisation alliance
    coalition movement church hospital museum airlines airways motors media report
    project program programme act bill law amendment convention caucus cabinet army navy
    police force forces guard fbi cia nsa epa irs gop dnc rnc nato un eu cnn msnbc
    nbc abc cbs fox bbc npr ap reuters afp twitter facebook google apple microsoft amazon
    reddit youtube instagram whitehouse pentagon kremlin show hour today tonight live
    weekly daily morning nations
    """
)

# places that look like names ("North Carolina", "Boca Raton"): never a speaker's antecedent
PLACES = frozenset(
    x.replace("_", " ")
    for x in """
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
    oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah
    vermont virginia washington west_virginia wisconsin wyoming america united_states
    canada mexico cuba brazil argentina venezuela colombia chile peru britain england
    scotland wales ireland france germany italy spain portugal netherlands belgium
    switzerland austria poland ukraine russia turkey greece sweden norway denmark finland
    israel palestine gaza iran iraq syria lebanon jordan egypt libya saudi_arabia yemen
    qatar afghanistan pakistan india china japan korea north_korea south_korea taiwan
    vietnam philippines indonesia australia new_zealand africa nigeria kenya ethiopia
    eritrea south_africa europe asia middle_east latin_america los_angeles san_francisco
    san_diego las_vegas new_orleans chicago boston philadelphia atlanta miami houston
    dallas detroit cleveland denver seattle phoenix orlando baltimore brooklyn manhattan
    queens bronx harlem london paris berlin moscow beijing tokyo brussels rome madrid
    jerusalem tehran baghdad damascus kabul havana ottawa toronto mexico_city hong_kong
    wall_street capitol_hill silicon_valley palm_beach boca_raton des_moines st_louis
    charlotte charleston richmond milwaukee pittsburgh cincinnati columbus nashville
    memphis louisville tampa jacksonville sacramento austin oakland portland
    """.split()
)

# lower-cased words that can start a sentence but never a name run
STOPWORDS = _words(
    """
    the a an and but or nor so yet for when while after before as if in on at by from to
    with without of about over under into onto than then also still however meanwhile
    although though because since unless until once asked speaking writing according
    that this these those there here it its he she they we i you his her their our my
    your what which who whom whose where why how all both each every some any no not
    last next earlier later today yesterday monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december said says told added wrote tweeted now just even instead indeed
    yes oh well like still many most more much several few other another such only one
    outside inside says is are has was were be can could would should must did does
    do get gets got make makes made take takes
    я мы ты вы он она оно они мой моя моё мои наш наша наши твой ваш ваша его её их это этот
    эта эти тот та те там тут здесь когда если но и а или как что кто где почему зачем все
    всё весь вся сегодня вчера потом теперь также ещё уже вот да нет по в на с за из
    """
)

# role nouns that refer back to a person named earlier: "the senator said"
PERSON_ROLES = _words(
    """
    senator president governor candidate nominee congressman congresswoman businessman
    businesswoman billionaire mogul chairman chairwoman secretary minister mayor judge
    official spokesman spokeswoman spokesperson lawmaker politician leader speaker
    republican democrat man woman mother father wife husband son daughter former
    frontrunner front-runner tycoon rival opponent incumbent challenger lawyer attorney
    aide adviser advisor strategist host anchor star actor actress author
    """
)
# groups that speak as one, shown as written: "…,” police said
GROUP_SPEAKERS = _words(
    """
    officials police authorities prosecutors investigators witnesses residents experts
    analysts critics scientists researchers doctors lawyers officers protesters organizers
    organisers sources aides advisers advisors supporters opponents voters fans neighbors
    neighbours students teachers parents economists observers insiders executives leaders
    lawmakers legislators diplomats spokesmen troops soldiers firefighters paramedics
    rescuers activists campaigners authors
    """
)
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|s|t)$")
_ENGLISH_STOPS = stop_words("english")


def plausible_speaker(name: str) -> bool:
    """False for a one-word "speaker" that is a common word ("Have", "See", "VERY", "That’s",
    "Another", "impeachment"): the rules caught a stray word, and no speaker beats a wrong one.
    Names, organisations ("DEA"), groups ("police") and roles ("the spokesman") pass."""
    words = name.split()
    if len(words) != 1:
        return True
    word = words[0].strip(".,;:!?\"“”‘’'()[]")
    low = _CONTRACTION.sub("", word.lower())
    if not low or low in STOPWORDS or low in _ENGLISH_STOPS:
        return False
    if word[:1].islower():
        return low in GROUP_SPEAKERS or low in PERSON_ROLES or low in TITLES
    return True


ABBREVIATIONS = _words(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt adm maj cmdr st jr sr prof rev hon pres
    supt det insp atty ald no vol vs inc corp co ltd jan feb mar apr jun jul aug sep sept
    oct nov dec calif fla ariz mass wis vt ky tenn ala ark colo conn del ga ill ind kan la
    md mich minn miss mo mont neb nev okla ore pa tex va wash wyo u.s u.n u.k d.c e.g i.e
    etc al fig approx est ft mt p.m a.m
    """
)
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")

# a few hundred common first names, enough to give most news speakers a gender
MALE_NAMES = _words(
    """
    aaron adam alan albert alex alexander andrew anthony antonio arnold arthur austin barack
    ben benjamin bernie bernard bill billy bob bobby brad bradley brandon brent brian bruce
    bryan carl carlos charles charlie chris christopher chuck clarence cory craig dan daniel
    danny darrell dave david dennis dick don donald doug douglas duncan dwight ed eddie edward
    elijah eric ernest eugene evan frank franklin fred frederick gary george gerald glenn
    gordon greg gregory harold harry henry howard ian isaac jack jacob jake james jared jason
    jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jordan
    jose joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence lee leo
    leonard lindsey lloyd louis luke marco marcus mark martin matt matthew max michael mike
    mitch mitchell mohammed muhammad nathan neil newt nicholas nick noah norman oliver omar
    oscar patrick paul pete peter phil philip rand randy ray raymond reince richard rick
    rob robert robby roger ron ronald roy rudy russell ryan sam samuel scott sean sergei
    seth sherrod stephen steve steven stuart ted terry thomas tim timothy todd tom tony
    travis trey tyler victor vincent vladimir walter warren wayne william willie xi
    zachary mario jorge luis pedro ahmed ali hassan ibrahim boris dmitry emmanuel francois
    jean pierre hans karl klaus wolfgang giuseppe luigi angelo hiroshi kim rex jon reid
    orrin lamar mitt ben chuck harry jerrold elijah adam devin trey jim marco rand
    александр алексей андрей антон борис вадим валерий василий виктор виталий владимир
    владислав вячеслав геннадий георгий григорий денис дмитрий евгений егор иван игорь илья
    кирилл константин максим михаил никита николай олег павел пётр петр роман руслан сергей
    станислав степан юрий ярослав
    """
)
FEMALE_NAMES = _words(
    """
    abigail alexandra alice alicia allison amanda amy andrea angela ann anna anne annie
    barbara betsy betty beverly brenda brittany carly carol caroline carolyn catherine
    cathy charlotte cheryl christina christine claire cynthia dana danielle debbie deborah
    debra denise diana diane donna doris dorothy elaine elizabeth ellen emily emma erin
    evelyn frances gloria grace hannah heather heidi helen hillary huma ivanka jackie
    jacqueline jane janet janice jean jennifer jessica jill joan joanne joy joyce judith
    judy julia julie karen kate katherine kathleen kathy katie kayleigh kellyanne kelly
    kim kimberly kirsten kristen laura lauren linda lisa lori louise lynn madeleine
    margaret maria marie marilyn martha mary megan meghan melania melissa michele michelle
    nancy natalie nicole nikki olivia pam pamela patricia patty paula rachel rebecca
    rosa ruth samantha sandra sara sarah sharon shirley sophia stephanie susan suzanne
    tammy teresa theresa tiffany tina tulsi valerie victoria virginia wendy whitney
    angela theresa marine ursula christine sheryl oprah beyonce chelsea condoleezza
    dianne maxine nancy debbie tammy kirsten amy elise carly hope kamala loretta sally
    александра алёна алена алина анастасия анна валентина валерия вера виктория галина дарья
    евгения екатерина елена елизавета жанна зоя инна ирина карина кира ксения лариса лидия
    любовь людмила маргарита марина мария надежда наталья наталия нина оксана ольга полина
    раиса светлана софья софия тамара татьяна ульяна юлия яна
    """
)
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES

_PAREN_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")


def strip_parens(phrase: str) -> str:
    """The phrase without short parentheticals: "Sen. Jo Marlow (I-Vt.)" -> "Sen. Jo Marlow"."""
    return _PAREN_RE.sub("", phrase)


def bare(word: str) -> str:
    """Lower-case word without edge punctuation and possessive."""
    w = word.strip(".,;:!?\"“”‘’'()[]").lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def is_cap(word: str) -> bool:
    """True for a capitalized word ("Whitlock", "McAllister", "E.", "Ó'Brien")."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def possessive(word: str) -> bool:
    w = word.rstrip(".,;:")
    return w.endswith(("'s", "’s", "s'", "s’"))


def abbreviation(word: str) -> bool:
    """True for "Sen.", "E.", "G.K.", "Jr." (a full stop that does not end a sentence)."""
    if not word.endswith("."):
        return False
    core = word[:-1]
    if "." in core:
        return True
    low = core.lower()
    return len(core) == 1 or low in ABBREVIATIONS or low in TITLES


def name_runs(phrase: str) -> list[list[str]]:
    """Maximal runs of capitalized words in ``phrase`` (particles like "de" allowed inside)."""
    phrase = _PAREN_RE.sub(" , ", phrase)
    runs: list[list[str]] = []
    cur: list[str] = []
    words = phrase.split()
    for k, raw in enumerate(words):
        word = raw.strip('"“”‘’«»()[]*')
        tail = raw.rstrip('"“”‘’«»()[]*')[-1:]
        ends = tail in (",", ";", ":", "!", "?") or (tail == "." and not abbreviation(word))
        if word and is_cap(word):
            if tail == "." and ends:
                word = word.rstrip(".")
            cur.append(word.rstrip(",;:!?"))
            if ends or possessive(word):
                runs.append(cur)
                cur = []
        elif (
            cur
            and word.lower() in ("de", "da", "del", "van", "von", "der", "la", "le", "bin", "al")
            and k + 1 < len(words)
            and is_cap(words[k + 1])
        ):
            cur.append(word)
        else:
            if cur:
                runs.append(cur)
                cur = []
    if cur:
        runs.append(cur)
    return runs


def clean_run(run: list[str]) -> tuple[list[str], str | None]:
    """Strip leading stopwords and titles; return the name words and a gender hint.

    Everything up to the last title word that is not the final word goes:
    "Senate Majority Leader Ann Ruddock" -> "Ann Ruddock", "Rep. Rob Keane" ->
    "Rob Keane".
    """
    gender = None
    words = list(run)
    while (
        words
        and bare(words[0]) in STOPWORDS
        and not (len(words) > 1 and bare(words[0]) == "the" and bare(words[-1]) in ORG_WORDS)
    ):
        words.pop(0)
    cut = -1
    for k, w in enumerate(words[:-1]):
        t = bare(w).rstrip(".")
        if t in TITLES or bare(w) in TITLES:
            cut = k
            if t in MALE_TITLES:
                gender = "m"
            elif t in FEMALE_TITLES:
                gender = "f"
    words = words[cut + 1 :]
    # "envoy to Norway Mara Quint": a place named just before a two- or three-word name
    if 3 <= len(words) <= 4 and is_place(words[:1]) and not is_place(words[1:2]):
        if not looks_like_org(words[1:]):
            words = words[1:]
    # "Harbour League Linda Marsh": an organisation's or a place's name runs into a person's
    for k in range(max(1, len(words) - 4), len(words) - 1):  # a person's name is short
        if (
            bare(words[k]) in _FIRST_NAMES
            and not is_place(words[k : k + 1])  # "United Nations Paris Agreement"
            and (looks_like_org(words[:k]) or is_place(words[:k]))
            and not looks_like_org(words[k:])
        ):
            words = words[k:]
            break
    if words and possessive(words[-1]):
        last = words[-1].rstrip(".,;:")
        words[-1] = last[:-2] if last.endswith(("'s", "’s")) else last[:-1]
    if words:
        words[-1] = words[-1].rstrip(",;:")
        if words[-1].endswith(".") and bare(words[-1]) not in NAME_SUFFIXES:
            core = words[-1][:-1]
            if len(core) > 1 and "." not in core:
                words[-1] = core  # sentence full stop, not an initial
    return [w for w in words if w], gender


def surname_key(words: list[str]) -> str | None:
    """Lower-cased last name of a cleaned name ("Martin Luther King Jr." -> "king")."""
    for w in reversed(words):
        b = bare(w)
        if b and b not in NAME_SUFFIXES and b.rstrip(".") not in NAME_SUFFIXES:
            return b
    return None


def is_place(words: list[str]) -> bool:
    return " ".join(bare(w).rstrip(".") for w in words) in PLACES


def looks_like_org(words: list[str]) -> bool:
    """True when a capitalized run names an organisation or a place, not a person."""
    if any(bare(w) in ORG_WORDS for w in words):
        return True
    return " ".join(bare(w).rstrip(".") for w in words) in PLACES


def first_name_gender(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    return name_gender(words[0])


# first names that are also everyday words: alone, they are not taken as a person
_WORD_NAMES = _words("hope grace joy faith mark bill rob pat rich art frank may june will sue")


def lone_first_name_gender(word: str) -> str | None:
    """Gender of a person mentioned by first name only ("Andrew doesn't remember")."""
    return None if bare(word) in _WORD_NAMES else name_gender(word)


def name_gender(word: str) -> str | None:
    first = bare(word)
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return None
