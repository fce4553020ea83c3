"""Stop words and stemmers per language, with no data downloads.

Stop words come from sumy's lists (plus our own Dutch list, which sumy lacks). Stemming uses
PyStemmer (Snowball in C) when it knows the language, else sumy's stemmers; either way each word
is stemmed once per process and cached.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

# sumy ships no Dutch list: the most common Dutch function words.
_DUTCH = """aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in
is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat
onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd
wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou""".split()


@lru_cache(maxsize=32)
def stop_words(language: str) -> frozenset[str]:
    """Lower-case stop words of ``language`` (empty when none are known)."""
    if language == "dutch":
        return frozenset(_DUTCH)
    try:
        data = (
            resources.files("sumy")
            .joinpath("data", "stopwords", f"{language}.txt")
            .read_text("utf-8")
        )
    except (FileNotFoundError, OSError):
        return frozenset()
    plain = {w.strip().lower() for w in data.splitlines() if w.strip()}
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
            # Snowball knows the straight apostrophe only: "noem’s" must stem like "noem's"
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
