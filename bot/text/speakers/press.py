"""Where the press a Romance speaker told ends after the speech verb: "a EFE", "all'ANSA",
"ai microfoni di Radio X", "a este medio", "contó a Canal X" (used by ``shapes``)."""

from __future__ import annotations

from bot.text.speakers import foreign as fw
from bot.text.speakers import names as nm
from bot.text.speakers.firstnames import FIRST_NAMES
from bot.text.speakers.reading import language

Token = tuple[str, int, int]  # text, start, end

# demonstratives and possessives before the press a speaker told: "a este medio"
_THIS_OUR = frozenset(
    "este esta questo questa ce cette nuestro nuestra nostro nostra nosso nossa".split()
)
# the Portuguese and French nouns of an interview before the press told ("em entrevista à
# revista X")
_INTERVIEWS = frozenset("entrevista declarações conversa entrevue entretien".split())
# "of" between a press noun and the medium's name: "microfoni di Sky", "micrófonos de Onda Cero"
_OF_MEDIUM = frozenset("di de da del della dello".split())


def listener_end(toks: list[Token], j: int) -> int | None:
    """Where a listener phrase of the Romance press at token j ends: a preposition and a
    capitalized medium or a press noun ("a EFE", "à l'AFP", "all'ANSA", "aos jornalistas",
    "à agência Lusa", "ai microfoni di Radio Uno"); None when none starts there."""
    if j >= len(toks):
        return None
    w = toks[j][0]
    if fw.ELIDED_PREP_RE.match(w):
        rest = w.split("'")[-1].split("’")[-1]
        if not (rest[:1].isupper() or rest.lower() in fw.MEDIA_NOUNS):
            return None
        m = j + 1
    elif (
        w in ("em", "en", "numa", "dans")
        and j + 2 < len(toks)
        and toks[j + 1][0].lower() in _INTERVIEWS
        and language() in ("portuguese", "french")
        and (heard := listener_end(toks, j + 2)) is not None
    ):
        # "em entrevista à revista X", "em declarações ao jornal X", "en entrevue au
        # magazine X": the interview, then the press told
        return heard
    elif w in nm.FOREIGN_STOPS and w.islower():
        # "afirmou em nota o presidente da entidade, X": a short adjunct, then the subject
        m = j + 1
        while m < min(len(toks), j + 4) and toks[m][0].isalpha() and toks[m][0].islower():
            if toks[m][0] in fw.ROMANCE_ARTICLES and m > j + 1:
                return m
            m += 1
        if language() in ("spanish", "italian"):
            # "dijo ante las cámaras de la televisión local Ana X": a longer adjunct of the
            # press, then a first name opening the subject
            m = j + 1
            while m < min(len(toks), j + 9) and toks[m][0].isalpha() and toks[m][0].islower():
                m += 1
            if (
                m < len(toks) - 1
                and m > j + 2
                and any(t[0].lower() in fw.MEDIA_NOUNS for t in toks[j + 1 : m])
                and nm.bare(toks[m][0]) in FIRST_NAMES
                and toks[m + 1][0][:1].isupper()
                and toks[m - 1][0] not in ("de", "del", "di", "della", "a", "al", "alla")
            ):
                return m
        return None
    elif w in nm.LISTENER_PREPS or w == "a":
        m = j + 1
        if m < len(toks) and toks[m][0].lower() in ("la", "el", "le", "il", "a", "o"):
            m += 1
        elif m < len(toks) and toks[m][0].lower() in _THIS_OUR:
            m += 1  # "a este medio", "a questo giornale", "a nuestro diario"
        if m < len(toks) and toks[m][0][:2].lower() in ("l'", "l’"):
            toks_m = toks[m][0][2:]
            if not (toks_m[:1].isupper() or toks_m.lower() in fw.MEDIA_NOUNS):
                return None
            m += 1
        elif m < len(toks) and toks[m][0].lower() in fw.MEDIA_NOUNS:
            m += 1
        elif m < len(toks) and (toks[m][0].isupper() if w == "a" else toks[m][0][:1].isupper()):
            m += 1  # "a EFE" (a capitalized medium after "a": an acronym only)
        elif (
            w == "a"
            and m < len(toks)
            and toks[m][0][:1].isupper()
            and nm.bare(toks[m][0]) not in FIRST_NAMES
            and language() in ("spanish", "italian")
        ):
            # "contó a Canal Sur", "racconta a Fanpage.it X": in Spanish and Italian "a"
            # and a capital is always whom it was said to (Portuguese "a" is an article);
            # the medium's name runs up to a first name, the subject's
            m += 1
            while (
                m < len(toks)
                and toks[m][0][:1].isupper()
                and nm.bare(toks[m][0]) not in FIRST_NAMES
            ):
                m += 1
            return m
        else:
            return None
    else:
        return None
    # the medium's name and "di"/"de" + name after a press noun: "agência Lusa",
    # "microfoni di Sky", "Europa Press" -- when a subject with an article follows it
    # ("a lancé au micro Sophie Leclerc": the name is the subject)
    start = m
    while m < len(toks) and (
        (toks[m][0][:1].isupper() and toks[m][0].lower() not in fw.ROMANCE_ARTICLES)
        or (toks[m][0] in _OF_MEDIUM and m + 1 < len(toks) and toks[m + 1][0][:1].isupper())
    ):
        m += 1
    article = m < len(toks) and (
        toks[m][0].lower() in fw.ROMANCE_ARTICLES or toks[m][0][:2].lower() in ("l'", "l’")
    )
    if article and toks[m][0] in ("a", "à") and toks[m + 1 : m + 2]:
        article = toks[m + 1][0] not in fw.ROMANCE_ARTICLES  # "Santiváñez a la salida"
    # (but "ai microfoni di Radio X", "ai microfoni della TGR": "of" and the medium's
    # name, not a subject after the listener)
    if (
        start < m < len(toks)
        and not article
        and toks[start][0] not in _OF_MEDIUM
        # (but "a Radio X.", "a Cadena X": a capitalized press noun opens the medium's name,
        # the capitalized words after it are that name, unless a first name opens them)
        and not (
            toks[start - 1][0][:1].isupper()
            and toks[start - 1][0].lower() in fw.MEDIA_NOUNS
            and nm.bare(toks[start][0]) not in FIRST_NAMES
        )
        # (in French and Portuguese a capitalized word that opens no first name goes on with
        # the medium's: "à RTP Açores", "à France Bleu Armor"; Spanish puts a surname there:
        # "aseguró a EFE Santiváñez a la salida")
        and (nm.bare(toks[start][0]) in FIRST_NAMES or language() not in ("french", "portuguese"))
    ):
        return start
    return m
