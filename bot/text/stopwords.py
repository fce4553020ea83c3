"""Stop words and stemmers per language, with no data downloads.

Stop words come from sumy's lists (plus our own Dutch and Russian lists, which sumy lacks).
Stemming uses PyStemmer (Snowball in C) when it knows the language, else sumy's stemmers; either
way each word is stemmed once per process and cached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

# sumy ships no Dutch list: the most common Dutch function words.
_DUTCH = """aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in
is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat
onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd
wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou""".split()


# sumy ships no Russian list either: Snowball's Russian stop words.
_RUSSIAN = """а без более больше будет будто бы был была были было быть в вам вас вдруг ведь во вот
впрочем все всегда всего всех всю вы где да даже два для до другой его ее ей ему если есть еще ж
же за зачем здесь и из или им иногда их к как какая какой когда конечно кто куда ли лучше между
меня мне много может можно мой моя мы на над надо наконец нас не него нее ней нельзя нет ни нибудь
никогда ним них ничего но ну о об один он она они опять от перед по под после потом потому почти
при про раз разве с сам свою себе себя сейчас со совсем так такой там тебя тем теперь то тогда
того тоже только том тот три тут ты у уж уже хорошо хоть чего чем через что чтоб чтобы чуть эти
этого этой этом этот эту я
это эта также очень нужно будут будем является этих этими тех той те наш наша наше наши нашей
нашего ваш ваша ваше ваши вами нами мной тобой ими ею оно свой своя свое своё свои своей своего
своим своими своих какие какое каких каким какую сами самой самого самих сама само который
которая которое которые которых котором которой которого которую которым весь вся всё ещё её
чтобы тоже""".split()
_OWN_LISTS = {"dutch": _DUTCH, "russian": _RUSSIAN}
# Frequent function words sumy's lists lack (found as "keywords" on real pages).
_MORE: dict[str, str] = {
    "german": "uns unser unsere mehr dabei zwischen immer schon noch sehr heute wurde wurden worden "
    "bereits etwa seit beim gibt gab muss will wollen ganz viel viele",
    "portuguese": "aqui você vocês não quando cada sempre bem também muita muitos ainda já pode "
    "podem ser são está estão ter têm ali onde porque pois então sobre após até",
    "spanish": "aquí usted ustedes siempre mucho todavía ya son está están esto eso esa pues "
    "después hasta hay",
    "french": "toujours bien beaucoup déjà peuvent être puis entre après jusqu plus",
    "italian": "possono leggi",
}
# What the languages' lists lack that every news text is full of: articles and determiners,
# number words, and the reporting words that frame a quotation ("sagte", "selon"). Like
# English "two" or "said", none of them is ever what an article is about.
_FUNCTION: dict[str, str] = {
    "french": "un une cette cet de d l qu à aux y on se lui leurs ont a été était étaient sera "
    "seront avait avaient dont ainsi selon contre vers chez lors pendant nos vos votre ne n s c j "
    "m t trois quatre cinq six sept huit neuf dix cent mille déclaré affirmé ajouté expliqué dit",
    "german": "zwei drei vier fünf sechs sieben acht neun zehn hundert tausend sagte sagt sagten "
    "erklärte betonte laut",
    "spanish": "tres cuatro cinco seis siete ocho nueve diez cien mil este estos estas dijo afirmó "
    "añadió según",
    "italian": "cinque sei sette otto nove dieci cento mille detto dichiarato secondo",
    "portuguese": "dois duas três quatro cinco seis sete oito nove dez cem mil disse afirmou "
    "segundo",
    "dutch": "twee drie vier vijf zes zeven acht negen tien honderd duizend zei zegt volgens aldus",
}
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")


@lru_cache(maxsize=32)
def stop_words(language: str) -> frozenset[str]:
    """Lower-case stop words of ``language`` (empty when none are known)."""
    if language in _OWN_LISTS:
        return frozenset(_OWN_LISTS[language]) | frozenset(_FUNCTION.get(language, "").split())
    try:
        data = (
            resources.files("sumy")
            .joinpath("data", "stopwords", f"{language}.txt")
            .read_text("utf-8")
        )
    except (FileNotFoundError, OSError):
        return frozenset()
    # sumy's Portuguese list writes "n\\xe3o" for "não" and joins some words with commas
    data = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), data)
    plain = {w.strip().lower() for line in data.splitlines() for w in line.split(",") if w.strip()}
    plain.update(_MORE.get(language, "").split())
    plain.update(_FUNCTION.get(language, "").split())
    # web text writes "we’re" and "l’" with a typographic apostrophe: both spellings are stop words
    return frozenset(plain | {w.replace("'", "’") for w in plain if "'" in w})


@lru_cache(maxsize=32)
def stemmer_for(language: str) -> Callable[[str], str]:
    """A cached stemmer for lower-case words of ``language`` (lower-casing when none is known)."""
    stem = _base_stemmer(language)
    cache: dict[str, str] = {}

    def cached(word: str) -> str:
        out = cache.get(word)
        if out is None:
            if len(cache) > 500_000:
                cache.clear()
            # Snowball knows the straight apostrophe only: "osei’s" must stem like "osei's"
            out = cache[word] = stem(word.replace("’", "'"))
        return out

    return cached


def _base_stemmer(language: str) -> Callable[[str], str]:
    try:
        import Stemmer  # PyStemmer

        if language in Stemmer.algorithms():
            return Stemmer.Stemmer(language).stemWord
    except ImportError:
        pass
    from sumy.nlp.stemmers import Stemmer as SumyStemmer
    from sumy.nlp.stemmers import null_stemmer

    try:
        stemmer = SumyStemmer(language)
        stemmer("test")  # some need optional packages (Polish: pystempel) and fail only when used
    except (LookupError, ValueError, ImportError):
        return null_stemmer
    return stemmer
