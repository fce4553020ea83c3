"""Speakers of Chinese and Japanese quotations (private to ``attribution.py``).

``“…，”王芳说`` / ``李明说：“…”`` / ``田中は「…」と述べた`` / ``田中首相は記者会見で「…」`` /
``「…」と田中首相は述べた``: the speaker sits right next to the marks and a verb of saying.
"""

from __future__ import annotations

import re

from bot.text.speakers.marks import Span

# Chinese and Japanese: a speaker of two to six characters (or 他/她) right before the speech
# verb after the quotation, or before 说：/ は and the opening mark
CJK_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CJK_VERB = "(?:说|說|表示|指出|称|強調|强调|と述べた|と語った|と話した|と説明した|と強調した)"
_CJK_AFTER_RE = re.compile(
    r"[，,。]?\s*([\u3400-\u9fff]{1,6}?)"
    + _CJK_VERB
    # 「…」と田中首相は述べた: the speaker between と and は
    + r"|と([\u30a0-\u30ff\u3400-\u9fff]{2,8})は(?:述べ|語っ|話し|説明し|強調し)"
)
_CJK_BEFORE_RE = re.compile(
    r"([\u30a0-\u30ff\u3400-\u9fff]{2,6}?)(?:说|說|表示)[：:]$|([\u30a0-\u30ff\u3400-\u9fff]{2,8})は$"
    # 田中首相は記者会見で「…」: the topic, a few characters of setting, then the mark
    r"|([\u30a0-\u30ff\u3400-\u9fff]{2,8})は[^。、「」“”]{1,12}$"
)


def cjk_speaker(text: str, span: Span) -> tuple[int, int] | None:
    """The speaker's offsets for a Chinese or Japanese quotation, or None."""
    after = _CJK_AFTER_RE.match(text, span.close_end)
    if after:
        return after.span(after.lastindex or 1)
    start = max(0, span.open_at - 20)
    before = _CJK_BEFORE_RE.search(text[start : span.open_at])
    if before:
        group = before.lastindex or 1
        return start + before.start(group), start + before.end(group)
    return None
