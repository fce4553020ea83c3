"""Stop words and stemmers per language, from sumy and NLTK's Snowball (no data downloads)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

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
        from sumy.utils import get_stop_words

        return frozenset(w.lower() for w in get_stop_words(language))
    except LookupError:
        return frozenset()


@lru_cache(maxsize=32)
def stemmer_for(language: str) -> Callable[[str], str]:
    """A stemmer for ``language``: Snowball where NLTK has one, else lower-casing."""
    from sumy.nlp.stemmers import Stemmer, null_stemmer

    try:
        stemmer = Stemmer(language)
        stemmer("test")  # some need optional packages (Polish: pystempel) and fail only when used
    except (LookupError, ValueError, ImportError):
        return null_stemmer
    return stemmer
