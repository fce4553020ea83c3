"""Terminal rendering: plurals, quotes in their own marks, speakers of quoted sentences."""

from bot.models import Article, Quote
from bot.terminal import format_quotes, format_summary, plural
from bot.text.pipeline import analyze

DROUGHT = (
    "Drought grips the valley\n\n"
    "The reservoir at Kelmont fell to a third of its capacity this week. Farmers met the water "
    'board on Tuesday. The board chair Lena Varga warned the farmers on Tuesday. "If the rain '
    'stays away for another month, the taps in town will run dry by August."\n\n'
    "The board will meet again next week. Officials said rationing plans are ready. Rain is not "
    "expected before autumn."
)


def test_plural():
    assert [plural(n, "entry", "entries") for n in (0, 1, 2)] == [
        "0 entries",
        "1 entry",
        "2 entries",
    ]
    assert plural(1234, "word") == "1,234 words"


def test_a_bare_quotation_in_the_summary_shows_its_speaker():
    summary = analyze(DROUGHT, sentences=4)
    quoted = [i for i, s in enumerate(summary.sentences) if s.startswith('"If the rain')]
    assert quoted, summary.sentences
    assert summary.sentence_speakers[quoted[0]] == "Lena Varga"
    assert [s for i, s in enumerate(summary.sentence_speakers) if i != quoted[0]] == [None] * 3
    out = format_summary(Article("text", DROUGHT), summary)
    assert 'run dry by August." — Lena Varga' in out
    assert "(1 more quote is in the summary)" in out


def test_a_sentence_that_names_its_speaker_gets_no_credit_line():
    text = (
        'The council met on Monday to vote on the bridge. "It will change our city for good," '
        "said Mayor Anna Berg. The vote passed with a large majority. Work starts in spring."
    )
    summary = analyze(text, sentences=4)
    assert summary.sentence_speakers == (None,) * len(summary.sentences)


def test_quotes_are_shown_in_their_own_marks():
    quote = Quote("Nous partons demain,", "Léa Martin", marks=("«\u00a0", "\u00a0»"))
    out = format_quotes(Article("text", "x"), [quote, Quote("Wir gehen", None, marks=("„", "“"))])
    assert "2 quotations" in out
    assert "«\u00a0Nous partons demain\u00a0» — Léa Martin" in out
    assert "„Wir gehen“ — unattributed" in out
