"""Offline language detection and the list of languages we can summarize."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bot.errors import LanguageError

# ISO 639-1 code -> sumy/NLTK language name. Each has stop words, a stemmer and segmentation rules.
LANGUAGES: dict[str, str] = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "pl": "polish",
    "cs": "czech",
    "sk": "slovak",
    "el": "greek",
    "uk": "ukrainian",
    "ru": "russian",
    "zh": "chinese",
    "ja": "japanese",
    "ko": "korean",
}
_ALIASES = {
    "deutsch": "german",
    "français": "french",
    "francais": "french",
    "español": "spanish",
    "espanol": "spanish",
    "italiano": "italian",
    "português": "portuguese",
    "portugues": "portuguese",
    "nederlands": "dutch",
    "svenska": "swedish",
    "polski": "polish",
    "čeština": "czech",
    "cesky": "czech",
    "slovenčina": "slovak",
    "русский": "russian",
    "українська": "ukrainian",
}
CJK = frozenset({"chinese", "japanese"})

# The most frequent function words of each language written with Latin, Greek or Cyrillic script.
_MARKERS: dict[str, str] = {
    "english": "the of and to in is that it was for on are with as his they be at by this had not but from have were which she he you an",
    "german": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach bei um",
    "french": "le la les de des et en un une du est que qui dans pour pas sur au avec il elle ce sont par plus ne se aux été cette",
    "spanish": "el la los las de del y en un una que es por con para no se su al lo como más pero sus le ya fue este ha está",
    "italian": "il lo la gli le di del della e che è un una per non con sono da si nel alla anche come più ha ma dei delle questo",
    "portuguese": "o a os as de do da dos das e em um uma que é não para com por se mais na no foi como ao ele ela são também",
    "dutch": "de het een en van in is dat op te zijn met voor niet aan er die ook als bij door maar om dan nog wordt heeft was werd",
    "swedish": "och i att det som en på är av för med till den har de inte om ett var men från han hon vi kan så",
    "polish": "i w na z się nie do to że jest o jak po co ale tak za od przez dla jego już może są był była",
    "czech": "a v se na je že to s z do o jako by ale pro jsou jeho které už nebo při byl jak jen také podle",
    "slovak": "a v sa na je že to s z do o ako by ale pre sú jeho ktoré už alebo pri bol len aj podľa",
    "greek": "και το η ο να της του τα σε με για την τον από που δεν είναι θα οι στο στην",
    "ukrainian": "і в на з що не та до у як це за від його але є була був про також щоб",
    "russian": "и в не на что с он как это по но из к у за то же от так все она его для о мы вы бы было ты только",
}
_MARKER_SETS = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}
# Languages we recognise but cannot summarize (no stop words or sentence rules for them): text in
# one of them gets a clear message instead of being read as its nearest neighbour (Indonesian
# was read as Spanish).
_OTHERS: dict[str, str] = {
    "Indonesian or Malay": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena bisa ada mereka kita saya oleh sudah atau adalah tersebut lebih telah",
    "Turkish": "ve bir bu da de için ile çok daha gibi olarak ama en ne kadar sonra olan var değil ben mi ya her şey",
    "Romanian": "și în de la a cu pe din care un o nu să se este mai pentru au fost ce sau acest lui că după",
    "Finnish": "ja on ei että se oli hän ovat mutta kun myös tai mukaan sen joka ole nyt niin jo vain kuin olla",
    "Hungarian": "a az és hogy nem is egy meg de van csak már el mint ez volt azt még ki vagy sem lesz után",
    "Vietnamese": "và của là có được trong cho không những người này một các với đã để khi từ như cũng thì năm",
    "Danish": "og i at det er en til på af den for med som de ikke har jeg var han der vil kan også efter",
    "Norwegian": "og i det er på til en som av for at med de ikke har jeg var han seg kan om etter også skal",
    "Catalan": "el la de i que a en els les per amb un una del és al no es va dels als seu però més",
    "Tagalog": "ang ng sa na mga ay si ni para hindi ito kay siya ako nang din rin kung pero",
    "Croatian, Serbian or Bosnian": "i je u da se na za su od koji ne s o iz kao što sa će bi ali ili bio bila",
    "Slovenian": "in je v da se na za so ki ne z od pa tudi bi po kot še iz",
    "Lithuanian": "ir kad į su yra iš tai bet o kaip ar jis ji buvo per tik nuo dar apie",
    "Latvian": "un ir ka uz no ar par kas arī to bet vai tas viņš bija pēc lai gan",
    "Estonian": "ja on et ei see oli ka kui aga mis ta nad või siis veel oma pärast",
    "Swahili": "na ya wa kwa ni katika za la cha kuwa hiyo hii huo kama lakini pia baada",
    "Afrikaans": "die en van in is het nie te dat op vir met wat sy hy aan ook word was",
    "Albanian": "dhe të në e i një që për me është nga se nuk do ka si më",
}
_OTHER_SETS = {lang: frozenset(words.split()) for lang, words in _OTHERS.items()}
_OTHER_MARGIN = 1.2  # another language must beat the best of ours by this factor
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def resolve_language(name: str) -> str:
    """Turn a code or name ("de", "German", "deutsch") into our language name, or raise LanguageError."""
    key = name.strip().lower()
    if key in LANGUAGES:
        return LANGUAGES[key]
    key = _ALIASES.get(key, key)
    if key in LANGUAGES.values():
        return key
    supported = ", ".join(sorted(LANGUAGES.values()))
    raise LanguageError(f"I can't summarize {_named(name)} text. Languages I know: {supported}.")


def _named(code: str) -> str:
    """A language code's English name (``"tr"`` -> ``Turkish``), else what the user typed."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.strip().replace("-", "_")).get_display_name("en")
    except (ValueError, TypeError, UnknownLocaleError):
        return repr(code)


def language_code(language: str) -> str:
    """``"german"`` -> ``"de"``."""
    for code, name in LANGUAGES.items():
        if name == language:
            return code
    return language


def detect_language(text: str, default: str = "english") -> str:
    """Guess the language of ``text`` from its script and its most frequent function words.

    Returns ``default`` when the text is too short to tell. Raises LanguageError for text that is
    clearly in a script we do not handle (e.g. Arabic or Thai).
    """
    return _detect(text[:20_000], default)


@lru_cache(maxsize=4)
def _detect(sample: str, default: str) -> str:
    """``detect_language`` on its sample. Extraction and summarizing both ask for the language
    of the same text in one job; the second answer comes from this small cache."""
    letters = sum(map(str.isalpha, sample))
    if letters == 0:
        return default
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    if (kana + han + hangul) / letters > 0.3:
        if hangul >= max(kana, han):
            return "korean"
        return "japanese" if kana > 0.1 * (kana + han) else "chinese"
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    total = sum(counts.values())
    if total == 0:
        return default
    scores = {
        lang: sum(n for w, n in counts.items() if w in markers)
        for lang, markers in _MARKER_SETS.items()
    }
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    _refuse_other_language(counts, scores[best])
    if scores[best] == 0:
        latin = sum(1 for ch in sample if ch.isalpha() and ch < "\u0250")
        greek_or_cyrillic = sum(1 for ch in sample if "\u0370" <= ch <= "\u04ff")
        if latin + greek_or_cyrillic < 0.5 * letters:
            raise LanguageError(
                "I can't tell which language this is, and it isn't one I know. "
                "Give the language explicitly if it is one of: "
                + ", ".join(sorted(LANGUAGES.values()))
                + "."
            )
        return default
    if total < 8 and scores[best] <= 1:
        return default
    return best


def language_mismatch(text: str, language: str) -> str | None:
    """The language ``text`` is clearly written in when that is not ``language``, else None.

    "Clearly" means the other language's function words outnumber the given one's three to one,
    with at least ten of them: a stray English phrase in a German article is no mismatch.
    """
    counts = Counter(w.lower() for w in _WORD.findall(text[:20_000]))
    scores = {
        lang: sum(n for w, n in counts.items() if w in markers)
        for lang, markers in _MARKER_SETS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    if best == language or scores[best] < 10:
        return None
    if scores.get(language, 0) * 3 >= scores[best]:
        return None
    return best


def clear_language(text: str, ratio: float = 2.0, minimum: int = 5) -> str | None:
    """The language ``text`` is plainly written in, else None (too short, or mixed).

    "Plainly" means at least ``minimum`` of its function words, outnumbering those of every
    other language ``ratio`` to one. Unlike ``detect_language`` this never guesses a default
    and never raises: it is for rules that should only run on text known to be in one language.
    """
    counts = Counter(w.lower() for w in _WORD.findall(text[:20_000]))
    scores = sorted(
        (
            (sum(n for w, n in counts.items() if w in markers), lang)
            for lang, markers in _MARKER_SETS.items()
        ),
        reverse=True,
    )
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= minimum and best >= ratio * second else None


def _refuse_other_language(counts: Counter[str], ours: int) -> None:
    """Raise LanguageError when the words are clearly those of a language we don't handle."""
    others = {
        name: sum(n for w, n in counts.items() if w in markers)
        for name, markers in _OTHER_SETS.items()
    }
    name = max(others, key=lambda k: others[k])
    if others[name] >= 3 and others[name] > _OTHER_MARGIN * ours:
        raise LanguageError(
            f"This looks like {name}, which I can't summarize yet. Languages I know: "
            + ", ".join(sorted(LANGUAGES.values()))
            + ". If I guessed wrong, give the language explicitly."
        )
