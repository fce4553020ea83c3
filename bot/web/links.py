"""Finding links in chat messages, and telling which ones are worth summarizing."""

from __future__ import annotations

import logging
import posixpath
import re
from urllib.parse import parse_qsl, urlencode

from yarl import URL

logger = logging.getLogger(__name__)

# Fenced code blocks and inline code: links in code are not meant to be fetched.
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
# [text](url) and [text](<url>), with an optional "title".
_MARKDOWN = re.compile(
    r"\[[^\]\n]*\]\(\s*<?(?P<url>https?://[^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*)>?"
    r"(?:\s+\"[^\"\n]*\")?\s*\)",
    re.IGNORECASE,
)
# <url>: Discord's way to post a link without an embed.
_ANGLE = re.compile(r"<(?P<url>https?://[^\s<>]+)>", re.IGNORECASE)
_PLAIN = re.compile(r"https?://[^\s<>\"`|\\^{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*_~>»”’…"
_PAIRS = {")": "(", "]": "[", "}": "{"}

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "igsh", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
        "oly_enc_id", "vero_id", "vero_conv", "wickedid", "__s", "ref_src", "ref_url", "_ga",
        "_gl", "s_cid", "srsltid", "spm",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_campaign", "pk_kwd", "mtm_", "hsa_")

IMAGE_EXTENSIONS = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".ico", ".tif", ".tiff",
     ".avif", ".heic", ".heif", ".jfif", ".apng"}
)  # fmt: skip
MEDIA_EXTENSIONS = frozenset(
    {".mp4", ".webm", ".mov", ".mkv", ".avi", ".m4v", ".gifv", ".mpg", ".mpeg", ".wmv",
     ".flv", ".m3u8", ".mp3", ".wav", ".ogg", ".oga", ".opus", ".flac", ".m4a", ".aac"}
)  # fmt: skip
FILE_EXTENSIONS = frozenset(
    {".zip", ".gz", ".tgz", ".tar", ".rar", ".7z", ".exe", ".msi", ".dmg", ".apk", ".iso",
     ".bin", ".deb", ".rpm", ".jar"}
)  # fmt: skip
# Chat services, GIF and image hosts, and video/audio platforms: no article behind them.
SKIPPED_HOSTS = frozenset(
    {
        "discord.com", "discordapp.com", "discord.gg", "discordapp.net", "discord.media",
        "discord.new", "discord.gift", "tenor.com", "tenor.co", "giphy.com", "gph.is",
        "gfycat.com", "imgur.com", "i.redd.it", "v.redd.it", "preview.redd.it", "gyazo.com",
        "prnt.sc", "pbs.twimg.com", "video.twimg.com", "youtube.com", "youtu.be",
        "youtube-nocookie.com", "vimeo.com", "twitch.tv", "tiktok.com", "streamable.com",
        "dailymotion.com", "open.spotify.com", "soundcloud.com", "t.me", "telegram.me",
        "slack.com", "zoom.us", "meet.google.com", "teams.microsoft.com",
    }
)  # fmt: skip


def find_links(text: str) -> list[str]:
    """Return the http(s) links in a chat message, in order, without repeats.

    Finds plain links, ``<suppressed>`` links and markdown ``[text](url)`` links; ignores links
    inside code. Two links count as the same when their :func:`canonical_url` is equal; the
    first spelling is kept.
    """
    if not text:
        return []
    text = _CODE.sub(lambda m: " " * len(m.group()), text)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_MARKDOWN, _ANGLE):
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            found.append((m.start(), m.group("url")))
            taken.append(m.span())
    for m in _PLAIN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        url = _trim(m.group())
        found.append((m.start(), url))
    links: list[str] = []
    seen: set[str] = set()
    for _, url in sorted(found):
        if not _has_host(url):
            continue
        key = canonical_url(url)
        if key not in seen:
            seen.add(key)
            links.append(url)
    return links


def canonical_url(url: str) -> str:
    """A normal form of ``url`` for recognizing the same page twice.

    Lower-cases the scheme and host (IDNA-encoded), drops the default port, the fragment,
    user info and tracking parameters (``utm_*``, ``fbclid``...), resolves ``.``/``..`` path
    segments, and keeps the other query parameters in their order. A string that does not
    parse as a URL comes back stripped.
    """
    try:
        u = URL(url.strip())
        host = u.raw_host
    except (ValueError, TypeError):
        return url.strip()
    if not u.scheme or not host:
        return url.strip()
    scheme = u.scheme.lower()
    host = host.lower().rstrip(".")
    port = u.explicit_port
    if port is not None and (scheme, port) not in {("http", 80), ("https", 443)}:
        host = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    elif ":" in host:
        host = f"[{host}]"
    path = u.raw_path or "/"
    if "/." in path:
        trailing = path.endswith(("/", "/.", "/.."))
        path = posixpath.normpath(path)
        path = "/" + path.lstrip("/")  # normpath keeps a leading "//"
        if trailing and not path.endswith("/"):
            path += "/"
    query = _clean_query(u.raw_query_string)
    return f"{scheme}://{host}{path}" + (f"?{query}" if query else "")


def is_summarizable_link(url: str) -> bool:
    """False for links that cannot lead to an article: images, video, audio, files and
    chat or GIF services (Discord, Tenor, Giphy, YouTube...)."""
    try:
        u = URL(url.strip())
        host = (u.host or "").lower().rstrip(".")
    except (ValueError, TypeError):
        return False
    if u.scheme.lower() not in ("http", "https") or not host:
        return False
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in SKIPPED_HOSTS:
            return False
    extension = posixpath.splitext(u.path.lower())[1]
    if extension in IMAGE_EXTENSIONS | MEDIA_EXTENSIONS | FILE_EXTENSIONS:
        return False
    return True


def _clean_query(raw_query: str) -> str:
    if not raw_query:
        return ""
    kept = []
    for key, value in parse_qsl(raw_query, keep_blank_values=True):
        name = key.lower()
        if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
            continue
        kept.append((key, value))
    return urlencode(kept, safe="/:@!$'()*,;~")


def _trim(url: str) -> str:
    """Cut punctuation that ends a sentence rather than the link, keeping balanced brackets."""
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            url = url[:-1]
        else:
            break
    return url


def _has_host(url: str) -> bool:
    try:
        return bool(URL(url).raw_host)
    except (ValueError, TypeError):
        return False
