"""Data and configuration files are refused with a clear message; articles, with tables or not, pass."""

import json

import pytest

from bot.errors import InputError
from bot.text.pipeline import analyze
from bot.text.prose import looks_like_prose

PASSWD_LIKE = "\n".join(
    f"user{i}:x:{1000 + i}:{1000 + i}:User {i}:/home/user{i}:/bin/sh" for i in range(40)
)
CSV = "\n".join(f"{i},{i * 3.5},2024-01-{i % 28 + 1:02d},ok" for i in range(200))
JSON = json.dumps([{"id": i, "name": f"item{i}", "price": i * 1.5} for i in range(100)])
ARTICLE = (
    "The county will rebuild the old stone bridge over the Lune next spring, its engineers said "
    "on Tuesday after a survey found cracks in two of its arches.\n\n"
    "Drivers will use a temporary crossing downstream while the work goes on, which the county "
    "expects to take about nine months.\n\n"
)
TABLE = "\n".join(f"| {i} | Team {i} | {50 - i} | {i % 7} |" for i in range(60))


@pytest.mark.parametrize("text", [PASSWD_LIKE, CSV, JSON], ids=["passwd", "csv", "json"])
def test_data_is_not_prose_and_gets_a_clear_refusal(text):
    assert not looks_like_prose(text)
    with pytest.raises(InputError, match="doesn't read like prose"):
        analyze(text)


def test_an_article_with_a_big_table_is_still_an_article():
    assert looks_like_prose(ARTICLE + TABLE)
    assert analyze(ARTICLE * 3 + TABLE).sentences


def test_short_notes_and_unspaced_scripts_are_prose():
    assert looks_like_prose("ok: 1, 2, 3")
    assert looks_like_prose("市议会周二宣布，旧石桥将于明年春天重建。" * 60)
