"""Lines that are page furniture, not article content: they never enter a summary."""

from __future__ import annotations

import re

_PATTERNS = [
    r"advertisement|advert|sponsored( content)?|ad feature|story continues below( advertisement)?",
    r"(source|via|quelle|fuente|fonte)\s*[»>:|›]\s*.{0,80}",
    r"(read|see|watch|listen|click|tap) (more|also|here|now|next)\b.{0,120}",
    r"(more|related|recommended|most read|trending|popular)( stories| articles| content| coverage| reading| on this story)?\s*[:»>|].{0,120}",
    r"related( stories| articles| coverage)?",
    r"share (this|the) (article|story|page|post)\b.{0,60}|share on (facebook|twitter|x|whatsapp|linkedin)\b.{0,40}",
    r"(sign up|subscribe|register)\b.{0,80}(newsletter|inbox|updates|mailing list|daily|weekly|free)\b.{0,60}",
    r"(get|join) (our|the)\b.{0,40}(newsletter|mailing list)\b.{0,60}",
    r"(photo|photograph|picture|image|video|illustration|graphic|credit|foto)s?\s*(:|by|credit|courtesy)\s*.{0,80}",
    r"\(?(getty images|reuters|ap photo|afp|epa|shutterstock|pa media|pa wire|alamy)\)?[ .]*",
    r"by\s+[\w.'’ -]{2,60}?(,\s*[\w .'’-]{2,60})?\s*(\|.{0,60})?",
    r"(published|updated|last (updated|modified)|posted)( on| at)?\s*:?\s*.{0,60}",
    r"(follow|like) (us|me|@\w+)\b.{0,60}",
    r"scroll down for (video|more)\b.{0,40}",
    r"(copyright|©|\(c\))\s.{0,120}|all rights reserved\.?",
    r"(comments?|loading|please enable javascript)\b.{0,60}",
    r"this (article|story) (was|is|has been) (originally )?(published|updated|first published|amended)\b.{0,120}",
    r"we (use|value) (cookies|your privacy)\b.{0,160}",
    r"(listen to|download) (this|the) (article|podcast|episode)\b.{0,60}",
    r"\d+\s*(min|minute)s?\s*read",
    # affiliate and reprint notices
    r"as an amazon associate\b.{0,120}",
    r"this (copy|material) is for your personal,? non-?commercial use only\b.{0,80}",
    r"to order presentation-ready copies\b.{0,200}",
    # reviewer lines, promos and template text
    r"(medically |peer |expert )?(reviewed|fact[- ]checked|edited) by\b.{0,160}",
    r"(don'?t|do not) miss\b.{0,120}",
    r"also on [\w.-]+\.(com|net|org|co\.uk)\b.{0,160}",
    r"read (the|our) full\b.{0,120}",
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(_PATTERNS) + r")\s*$", re.IGNORECASE)
# Notices that give a line away wherever they stand in it (affiliate disclosures, page furniture).
_ANYWHERE = re.compile(
    r"\b(?:(?:is|are) (?:reader-supported|supported by (?:our )?readers)"
    r"|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|fee)"
    r"|affiliate (?:links?|commission)"
    r"|(?:page|article|story) continues below"
    r"|div block with a webflow interaction)\b",
    re.IGNORECASE,
)
_ANY_LETTER = re.compile(r"[^\W\d_]")


def is_boilerplate(sentence: str) -> bool:
    """True for navigation, ads, share prompts, newsletter prompts, photo credits, bylines and
    boxes of labelled fields (price, contact, "Tested by:")."""
    text = sentence.strip()
    if not _ANY_LETTER.search(text):
        return True  # no letters at all: separators, numbers, emoji
    if len(text) > 240:
        return False
    if _is_field_block(text) or _ANYWHERE.search(text):
        return True
    if _BOILERPLATE.match(text):
        # "By the end of the year, prices rose." is a sentence, not a byline.
        if text[:3].lower() == "by " and _looks_like_prose(text):
            return False
        return True
    return False


# "Tested by: Jo Moss RRP: €49.95 More info: www.example.com": a box of labelled fields.
_FIELD = re.compile(r"(?:^|[\s|•·])[A-Z][\w’'&-]*(?: [\w’'&-]+){0,2}:(?=\s)")
_ADDRESS_OR_PHONE = re.compile(
    r"\bwww\.|https?://|\S+@\S+\.\w|\+\d[\d ()-]{6,}|\b(?:tel|phone|fax)\b", re.IGNORECASE
)


def _is_field_block(text: str) -> bool:
    fields = len(_FIELD.findall(text))
    return fields >= 3 or (fields >= 2 and bool(_ADDRESS_OR_PHONE.search(text)))


_TITLE_SMALL_WORDS = frozenset(
    "a an the of and or nor but in on at to for with by from as vs de la le du des der die das".split()
)
_WORD = re.compile(r"\w+")


def is_title_case(text: str) -> bool:
    """A book, show or headline title: every content word capitalized.

    "Morning at the Harbour", "The Book of the Tides", "How Much Do Harbour Tours Cost?".
    """
    words = [w for w in _WORD.findall(text) if w[0].isalpha()]
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not content or not all(w[0].isupper() for w in content):
        return False
    small_lower = any(w.islower() for w in words if w.lower() in _TITLE_SMALL_WORDS)
    return len(content) >= 3 or (len(content) == 2 and small_lower)


_VERBISH = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|said|says|rose|fell|the end|then|than|which|that)\b",
    re.IGNORECASE,
)


def _looks_like_prose(text: str) -> bool:
    words = text.split()
    return len(words) > 8 or bool(_VERBISH.search(text)) or text.rstrip()[-1:] in "?!"


# A wire dateline at the start of a paragraph: "(CNN)Think…", "Washington (CNN) -- The…",
# "LONDON, England (Reuters) - The…", "(The Harbour Times)Jo Marlow…". The source in
# brackets is one to four capitalised words; it must be followed by a dash or, with no space, by
# the sentence itself, unless it is a well-known agency.
_PLACE = (
    r"(?:[A-Z][\w.'’-]*(?:,? (?:(?:de|da|do|del|la|el|of|on|upon|am) )?[A-Z][\w.'’-]*){0,3},? )?"
)
_SOURCE = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
_AGENCY = r"CNN|Reuters|AP|AFP|UPI|dpa|ANSA|EFE|Xinhua|PA|Bloomberg|TASS|Kyodo|Yonhap"
_DATELINE = re.compile(
    rf"^{_PLACE}\((?:(?:{_AGENCY})\)\s*(?:[-–—]{{1,2}}\s*)?(?=[A-Z\"“‘'])|{_SOURCE}\)(?:\s*[-–—]{{1,2}}\s*|(?=[A-Z\"“‘'])))"
)
# Caption furniture glued to the next sentence when a page loses its line breaks.
_GLUED_PROMPT = re.compile(
    r"^(?:scroll down for (?:video|more)\s+(?=\S)"
    r"|(?:photo|image|picture)?\s*credits?:\s*[^.]{0,60}?"
    r"(?:getty images|reuters|ap photo|afp|shutterstock|epa|alamy)\s+(?=[A-Z]))",
    re.IGNORECASE,
)


def strip_leader(sentence: str, *, paragraph_start: bool = True) -> str:
    """Drop a wire dateline (only at a paragraph's start), a glued "Scroll down for video" or a
    glued photo credit ("Credit: Jo Moss/Getty Images San Francisco topped…") from the start of
    a sentence.

    The rest is returned unchanged; a sentence that would be left without words is kept whole.
    """
    rest = _DATELINE.sub("", sentence, count=1) if paragraph_start else sentence
    rest = _GLUED_PROMPT.sub("", rest, count=1)
    if rest == sentence or not _ANY_LETTER.search(rest) or len(rest) < 3:
        return sentence
    return rest
