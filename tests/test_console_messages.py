"""What a new user meets in the console: clear messages, no tracebacks, words that agree."""

import pytest

from bot.config import Settings
from bot.console import Console
from bot.service import Service
from tests.test_console import TEXT, piped_console

OTHER = (
    "The library on Elm Street reopens after a long renovation this weekend. Its reading room now "
    "has twice as many seats. The children's floor got new shelves and a small stage. Visitors can "
    "borrow laptops at the front desk. Opening hours stay the same as before."
)


@pytest.fixture
async def console(tmp_path):
    service = await Service.create(
        Settings.from_env({"DATABASE_PATH": str(tmp_path / "data" / "h.db"), "WORKERS": "1"})
    )
    yield Console(service, "news")
    await service.close()


async def test_export_to_a_missing_folder_or_into_a_folder(console, tmp_path):
    await console.handle(TEXT)
    out = await console.handle("/history export markdown /no/such/dir/y.md")
    assert out.startswith("✗") and "There is no folder /no/such/dir" in out
    assert "went wrong" not in out
    folder = tmp_path / "out"
    folder.mkdir()
    out = await console.handle(f"/history export csv {folder}")
    assert out == f"Exported #news to {folder / 'news-history.csv'}"
    assert "harbour bridge" in (folder / "news-history.csv").read_text()
    await console.handle("/channel ../up/../and/out")
    await console.handle(TEXT)
    out = await console.handle(f"/history export json {folder}")
    assert out == f"Exported #../up/../and/out to {folder / 'up-and-out-history.json'}"
    unwritable = await console.handle("/history export json /proc/summarybot/x.json")
    assert unwritable.startswith("✗") and "went wrong" not in unwritable


async def test_export_without_a_path_goes_to_the_exports_folder_and_says_so(
    console, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    await console.handle(TEXT)
    out = await console.handle("/history export markdown")
    target = tmp_path / "data" / "exports" / "news-history.md"
    assert out == f"Exported #news to {target}"
    assert not (tmp_path / "news-history.md").exists()
    text = target.read_text()
    assert text.startswith("# Summary history of local channel #news\n")
    assert "requested by user 0" not in text


async def test_settings_zero_means_default_and_keep_forever(console):
    await console.handle("/settings length 3 retention 30")
    out = await console.handle("/settings length 0 retention 0")
    assert "length     default (5 sentences)" in out
    assert "retention  keep forever" in out
    bad = await console.handle("/settings retention -1")
    assert bad.startswith("✗") and "retention must be 0 (keep forever)" in bad
    too_long = await console.handle("/settings retention 99999999")
    assert too_long.startswith("✗") and "retention must be" in too_long
    assert "retention_days" not in too_long
    assert "length must be" in await console.handle("/settings length many")


async def test_forgetme_asks_first(console):
    await console.handle(TEXT)
    question = await console.handle("/forgetme")
    assert "Type y to confirm" in question
    assert await console.handle("no") == "Nothing deleted."
    assert "#1" in await console.handle("/history recent")
    await console.handle("/forgetme")
    assert await console.handle("y") == "Deleted 1 entry you requested, in every channel."
    assert "No history" in await console.handle("/history recent")


def test_piped_forgetme_is_confirmed_by_a_y_line(tmp_path):
    script = "\n/forgetme\n/history recent\n/forgetme\ny\n/history recent\n"
    out = piped_console(tmp_path, TEXT + script)
    assert out.count("Type y to confirm") == 2
    assert "Nothing deleted." in out  # "/history recent" is no "y"
    assert "Deleted 1 entry you requested" in out
    assert out.rstrip().endswith("No history in #demo yet.")


async def test_pasted_entries_are_titled_by_their_first_sentence(console):
    await console.handle(TEXT)
    await console.handle(OTHER)
    listing = await console.handle("/history recent")
    assert "Pasted text" not in listing
    assert "#1 The city council approved the new harbour bridge on Monday" in listing
    assert "#2 The library on Elm Street reopens after a long renovation …" in listing


async def test_wording(console):
    one = await console.handle("/summarize one.")
    assert "1 min read · 1 word → 1 of 1 sentence ·" in one
    assert "Deleted entry #1." == await console.handle("/history delete 1")
    quotes = await console.handle("/quotes " + TEXT)
    assert "1 quotation\n" in quotes and "(s)" not in quotes
    assert await console.handle("/channel #sports") == "Switched to #sports."
    refused = await console.handle("/channel a b")
    assert refused.startswith("✗") and console.channel == "sports"
    language = await console.handle("/summarize language:tr " + TEXT)
    assert "can't summarize Turkish text" in language
    assert "length     default (5 sentences)" in await console.handle("/settings")


async def test_resummarizing_says_which_method(console):
    await console.handle("/summarize method:lead " + TEXT)
    await console.handle("/settings method textrank")
    out = await console.handle("/history show 1 sentences:2")
    assert out.splitlines()[0].startswith("Entry #1 summarized again with its own method, lead")
    assert "method lead" in out
    out = await console.handle("/history show 1 sentences:2 method:textrank")
    assert "with the method you asked for, textrank" in out


async def test_a_quote_in_the_summary_is_mentioned_under_key_quotes(console):
    out = await console.handle("/summarize sentences:3 method:lead " + TEXT)
    assert '"It will change our city," said Mayor Anna Berg.' in out
    assert "(1 more quote is in the summary)" in out
