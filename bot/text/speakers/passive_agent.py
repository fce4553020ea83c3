"""The agent of a passive verb of judging that frames a quotation (private to ``own``).

"Le projet a été qualifié de « … » par le maire de Vannes, Pierre Le Du", "El reglamento fue
calificado de «…» por la alcaldesa, Ana Ríos", "Il piano è stato definito «…» dal sindaco X",
"O plano foi descrito como «…» pelo presidente, X", "The plan was described as “…” by X",
"Der Plan wurde von Bürgermeister X als „…“ bezeichnet": the words are the agent's (after
"par/por/dal/pelo/by", or German "von/vom" before "als"), never the passive's subject.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span
from bot.text.speakers.reading import language
from bot.text.speakers.shapes import Token

# "be" of a passive (French "a été", Spanish "fue/ha sido", Italian "è stato", Portuguese
# "foi", English "was/has been")
_BE = frozenset(
    "été fut furent fue fueron sido stato stata stati state venne vennero viene vengono "
    "veniva foi foram "
    "was were been".split()
)
# the participle of a verb of judging or naming, then the word that links it to the quotation
_PARTICIPLE_RE = re.compile(
    r"\w+(?:é|ée|és|ées|it|ite|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|"
    r"ed|dubbed|called)",
    re.IGNORECASE,
)
# the stems of those verbs: qualify, judge, describe, define, consider, call, label, brand,
# criticise, hail (French, Spanish, Italian, Portuguese, English)
_JUDGING = tuple(
    """qualifi jug décri decri descri describ défini defini calific classific consider considér
    bollat call dubb label brand term taxé tachad critiqu critic salué saludad elogi caractéris
    caracteriz caratterizz characteri chiamat llamad chamad appelé etichettat tildad catalogad
    catalogat rotulad apelidad surnommé giudicat ritenut juzgad julgad""".split()
)
_LINKS = frozenset("de d d' d’ comme como come di as".split())
# the agent's preposition right after the closing mark
_AGENT_RE = re.compile(
    r"\s*,?\s*(?:[Pp]ar|[Pp]or|dal|dalla|dallo|dai|dagli|dalle|pelo|pela|pelos|pelas|by)\s+"
    r"|\s*,?\s*dall['’]|\s*,?\s*da\s+(?=[A-Z])",  # (Italian "da" before a name only)
)
# the articles and quantifiers an agent opens on ("par le maire", "by the mayor")
_DETERMINERS = frozenset(
    "le la les l l' l’ un une des plusieurs el los las una il lo i gli uno o a os as um uma "
    "the an several".split()
)
# the words before a participle that make it active, not a passive without its "be": "il a
# qualifié de « … »", "ha definito «…»", "lo ha llamado «…»", "has called it “…”"
_AUXILIARIES = frozenset(
    "a ai as avait avaient ont avons avez aura ha han hanno ho hai abbiamo avete aveva avevano"
    " he has hemos habéis había habían tem têm tinha tinham have has had having".split()
)
_ACTIVE = _AUXILIARIES | frozenset(
    "l' l’ lo la le les gli li lhe it them him her me te se si nous vous".split()
)
_GERMAN_BE = frozenset("wurde wurden wird werden worden".split())
# nouns and words of time, order and manner after "par/por/pelo/by" and an article: no agent
_TIMES = frozenset(
    """suite passé passado pasado passato time end way fin début temps jour matin soir moment
    momento mañana tarde noche giorno sera mattina volta vez fois primeira première primera
    prima última último dernière dernier last first beginning start morning evening night
    week year semaine année año ano anno settimana semana mes mois mese mês fine inizio anni
    anos années años décennie década decennio siècle siglo secolo século finales comienzos
    principios início""".split()
)


def time_agent(text: str, at: int) -> bool:
    """True when the words at ``at``, after an agent's preposition, are a time, no agent:
    "dalla fine degli anni Novanta", "pelos anos noventa", "por la mañana en el Consejo"."""
    words = [w.strip(",.;:").lower() for w in text[at : at + 60].split()[:3]]
    words = [w.split("'")[-1].split("’")[-1] for w in words]
    head = next((w for w in words if w not in _DETERMINERS), "")
    return head in _TIMES


# where words were said from, after "dal/dai/par/por/by": the microphones, the stage, a room
_WHERE = frozenset(
    """microfoni micrófonos microphones micros palco podio tribuna tribune estrado palanque
    scène escenario stage sala salle studio studi plató plateau pulpito púlpito balcone balcón
    varanda""".split()
)


def framed_passive(toks: list[Token]) -> bool:
    """True when the tokens before an opening mark end on a passive verb of judging and its
    link ("a été qualifié de", "fue calificado como", "è stato definito", "was described as",
    "un projet jugé");
    not any participle ("il guasto è stato causato «…»" is a thing's cause, the words of the
    one reporting it)."""
    k = len(toks)
    if k and toks[k - 1][0].lower() in _LINKS:
        k -= 1
    if k and toks[k - 1][0] in ("'", "’") and k >= 2 and toks[k - 2][0].lower() == "d":
        k -= 2  # "qualifié d'« … »"
    word = toks[k - 1][0] if k else ""
    if k < 2 or not _PARTICIPLE_RE.fullmatch(word) or not word.lower().startswith(_JUDGING):
        return False
    be = toks[k - 2][0].lower()
    if be not in _BE and k >= 3 and toks[k - 2][0].lower().endswith(("ment", "mente", "ly")):
        be = toks[k - 3][0].lower()  # "a été vivement critiqué"
    # (or a noun the participle describes, its "be" left out, the agent after the quotation:
    # "Un projet jugé « … » par l'opposition", "Una misura definita «…» dai sindacati")
    if be in _BE:
        return True
    # an adverb between an auxiliary and the participle keeps it active: "ha poi definito
    # «…» dal palco la chiusura", "ha anche definito «…» dai microfoni di Radio X la riforma"
    if k >= 3 and toks[k - 3][0].lower() in _AUXILIARIES:
        return False
    return be.isalpha() and be.islower() and be not in _ACTIVE


def agent_start(text: str, close_end: int, end: int) -> tuple[int, bool] | None:
    """Where the agent after the closing mark starts ("» par X", "» dal sindaco X"), and
    whether its preposition holds the article ("dal", "pelo"), or None."""
    m = _AGENT_RE.match(text, close_end, end)
    if m is None:
        return None
    prep = m.group().strip(" ,\n").lower()
    return m.end(), prep.startswith(("dal", "dai", "dag", "pel"))


def german_agent(toks: list[Token]) -> int | None:
    """The token after "von/vom" in "wurde von X als „", when the tokens before the opening
    mark end so (at most six tokens of agent, no comma), or None."""
    if len(toks) < 4 or toks[-1][0] != "als":
        return None
    for k in range(len(toks) - 2, max(0, len(toks) - 9), -1):
        word = toks[k][0]
        if word in (",", ";", ":"):
            return None
        if word in ("von", "vom") and k >= 1 and toks[k - 1][0].lower() in _GERMAN_BE:
            return k + 1 if k + 1 < len(toks) - 1 else None
    return None


def passive_agent(att, span: Span, prev_close: int) -> tuple[tuple[int, int] | None] | None:
    """``(agent,)`` for a quotation framed by a passive verb of judging and followed by its
    agent (``(None,)`` when the agent is no phrase read), or None when the quotation is not so
    framed. ``att`` is the ``Attributor``."""
    text = att.text
    _, ps, pe = att._para_of(span.open_at)
    start = max(att._sentence_start(span.open_at, max(ps, prev_close)), span.open_at - 160)
    toks = att._tokens(start, span.open_at)[-12:]
    if language() == "german" and (k := german_agent(toks)) is not None:
        np = att._np_after(toks[: len(toks) - 1], k)
        words = text[np[0] : np[1]].split() if np else []
        if toks[k - 1][0] == "von" and toks[k][0] not in ("der", "dem", "den") and len(words) < 2:
            return None  # "von Beobachtern als „…“": people unnamed, as the rules before read
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            # "vom Umweltminister Jan Berg": the name after the role ("vom" reads as a place)
            return ((np[0] + len(words[0]) + 1, np[1]),)
        return (np,)
    if not framed_passive(toks):
        return None
    end = min(pe, span.close_end + 160)
    got = agent_start(text, span.close_end, end)
    if got is None:
        return None  # (no agent: the rules before read the passive, "before.romance_passive")
    at, fused = got
    after = att._tokens(at, att._sentence_end(at, end))
    if not after or not (
        fused
        or after[0][0][:1].isupper()
        or after[0][0].lower() in _DETERMINERS
        or after[0][0].lower().startswith(("l'", "l’"))  # "par l’opposition"
    ):
        return None  # "par erreur", "por unanimidad", "by mistake": a manner, no agent
    head = next((t[0].lower() for t in after[:3] if t[0].lower() not in _DETERMINERS), "")
    if head in _TIMES:
        return None  # "par la suite", "by the time the vote came", "pela primeira vez": a time
    if head in _WHERE:
        return None  # "dai microfoni di Radio X", "dal palco", "from the stage": where, no agent
    np = att._np_after(after, 0)
    return (np,) if np is not None else None  # (an agent not read: left to the rules after)
