"""Lines that are page furniture, not article content: they never enter a summary."""

from __future__ import annotations

import re

from bot.text.lexicon import load

# Each rule matches the shape of a whole short line of page furniture ("Updated: 3 March 2024",
# "Loading…", "Comments (12)", "Read more: …"), never just its first word: "Updated figures show
# unemployment fell" and "Loading the trucks took three hours" are sentences.
_DATE_NAMES = "|".join(
    sorted(
        load(
            *(f"months_{lang}" for lang in ("en", "short_en", "de", "fr", "es", "pt")),
            *(f"weekdays_{lang}" for lang in ("en", "short_en", "fr", "es", "pt")),
        ),
        key=len,
        reverse=True,
    )
)
# a date, a time or "2 hours ago": digits, month and weekday names, zones, and nothing else
_WHEN = (
    rf"(?:[\d:/.,()\-–— ]|\b(?:{_DATE_NAMES}|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt"
    r"|pst|pdt|et|pt|ct|ago|just now|today|yesterday|secs?|seconds?|mins?|minutes?|hrs?|hours?"
    r"|days?|weeks?|months?|years?|on|at|the|of)\b)+"
)
# the name(s) after a byline or credit label: capitalised words, initials, slashes, "and", "of"
_NAME_WORD = (
    r"(?:[A-Z0-9©@][\w.'’&@-]*|&|and|of|the|for|via|on|at|in|de|da|van|von|der|la|le|du|staff"
    r"|reporter|correspondent|writer|editor|photographer)"
)
_NAMES = rf"(?-i:{_NAME_WORD}(?:[\s,;/|•·]+{_NAME_WORD}){{0,12}})"
_SEP = r"\s*(?:[:»>|›]|\.{3}|…|[-–—]\s)"
_PATTERNS = [
    r"advertisement|advert|sponsored( content)?|ad feature|story continues below( advertisement)?",
    r"(source|via|quelle|fuente|fonte)\s*[»>:|›]\s*.{0,80}",
    rf"(read|see|watch|listen) (more|also|next)(?:{_SEP}.{{0,120}})?",
    r"(read|watch|listen) (here|now)[.!]?",
    r"(click|tap) here\b.{0,120}",
    r"(more|related|recommended|most read|trending|popular)( stories| articles| content| coverage| reading| on this story)?\s*[:»>|].{0,120}",
    r"related( stories| articles| coverage)?",
    r"share (this|the) (article|story|page|post)( on [\w ]{1,30}| via [\w ]{1,30})?[.!:]?",
    r"share on (facebook|twitter|x|whatsapp|linkedin|email)\b.{0,40}",
    r"(sign up|subscribe|register)( now| today| here)? (for|to)\b.{0,80}(newsletter|inbox|updates|mailing list|daily|weekly|free)\b.{0,60}",
    r"(get|join) (our|the)\b.{0,40}(newsletter|mailing list)\b.{0,60}",
    rf"(photo|photograph|picture|image|video|illustration|graphic|foto)s?\s*(:|by|credits?\s*:?|courtesy( of)?)\s*{_NAMES}",
    rf"credits?\s*:\s*{_NAMES}",
    r"\(?(getty images|reuters|ap photo|afp|epa|shutterstock|pa media|pa wire|alamy)\)?[ .]*",
    rf"by\s+{_NAMES}",
    # "Updated: 3 March 2024", "Published 2 hours ago", "Posted on 5 May 2024 by Jo Moss"
    rf"(published|updated|last (updated|modified)|posted)\s*(:\s*.{{0,60}}|{_WHEN}(\s*(by\s+)?{_NAMES})?)?",
    r"(follow|like) (us|me|@\w+)( on [\w ]{1,30}| @\w+)?[.!]?",
    r"scroll down for (video|more)\b.{0,40}",
    r"(copyright\s*)?(©|\(c\)).{0,120}|copyright\s+\d{4}\b.{0,120}|all rights reserved\.?",
    # "Comments (12)", "12 comments", "View all comments", "Comments are closed."
    r"(\d+\s+)?comments?(\s*\(\d+\)|\s*:?\s*\d+)?[.:]?",
    r"(view|show|hide|read|load|see|leave|add|post|write) (a |all |the |more |\d+ |all \d+ )?comments?( \(\d+\))?[.:]?",
    r"comments? (are |have been )?(closed|disabled|off)[.!]?|be the first to comment[.!]?",
    # "Loading…", "Loading comments...", "Please enable JavaScript"
    r"loading( comments| video| content| more| the player)?\s*(\.{3}|…)?",
    r"please enable javascript\b.{0,60}",
    r"this (article|story) (was|is|has been) (originally )?(published|updated|first published|amended)\b.{0,120}",
    r"we (use|value) (cookies|your privacy)\b.{0,160}?\b(site|website|experience|browsing|consent|partners|settings)\b.{0,160}",
    r"(listen to|download) (this|the) (article|podcast|episode)( here| now)?[.!]?",
    r"\d+\s*(min|minute)s?\s*read",
    # affiliate and reprint notices
    r"as an amazon associate\b.{0,120}",
    r"(to )?order (reprints|presentation-ready copies)\b.{0,200}",
    # reviewer lines, promos and template text: "Medically reviewed by Dr Jo Moss, MD"
    rf"(medically |peer |expert )?(reviewed|fact[- ]checked|edited) by\s+{_NAMES}",
    r"(don'?t|do not) miss\s*[:!-].{0,120}",
    r"also on [\w.-]+\.(com|net|org|co\.uk)\b.{0,160}",
    r"read (the|our) full (review|story|article|report|interview|list|piece)\b[.:]?",
]
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(_PATTERNS) + r")\s*$", re.IGNORECASE)
# Notices that give a line away wherever they stand in it: affiliate disclosures ("… is
# reader-supported", "we may earn a commission"), reprint notices ("for personal,
# non-commercial use"), "Article continues below".
_ANYWHERE = re.compile(
    r"\b(?:(?:is|are) (?:reader-supported|supported by (?:our )?readers)"
    r"|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?commission"
    r"|affiliate (?:links?|commission)"
    r"|for (?:your )?personal,? non-?commercial use"
    r"|(?:page|article|story) continues below)\b",
    re.IGNORECASE,
)
_ANY_LETTER = re.compile(r"[^\W\d_]")


def is_boilerplate(sentence: str) -> bool:
    """True for navigation, ads, share prompts, newsletter prompts, photo credits, bylines,
    datelines of the page ("Updated: 3 March 2024"), comment and loading widgets and boxes of
    labelled fields (price, contact, "Tested by:")."""
    text = sentence.strip()
    if not _ANY_LETTER.search(text):
        return True  # no letters at all: separators, numbers, emoji
    if len(text) > 240:
        return False
    return bool(_is_field_block(text) or _ANYWHERE.search(text) or _BOILERPLATE.match(text))


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
