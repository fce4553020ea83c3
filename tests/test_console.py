"""The local console channel on the real service (store, workers), and as a piped process."""

import os
import subprocess
import sys

import pytest

from bot.config import Settings
from bot.console import Console
from bot.console_input import parse_options, split_messages
from bot.service import Service

TEXT = (
    "The city council approved the new harbour bridge on Monday. The bridge will connect the harbour "
    'district with the old town. "It will change our city," said Mayor Anna Berg. It will cost 40 million '
    "euros. Critics said the money should go to schools. Construction starts in the spring."
)


@pytest.fixture
async def console(tmp_path):
    service = await Service.create(
        Settings.from_env({"DATABASE_PATH": str(tmp_path / "h.db"), "WORKERS": "1"})
    )
    yield Console(service, "news")
    await service.close()


async def test_pasted_text_is_summarized_and_stored(console):
    out = await console.handle(TEXT)
    assert "  • " in out and "history #1" in out
    assert "Anna Berg" in out
    listing = await console.handle("/history recent")
    assert "#1" in listing and "page 1 of 1" in listing


async def test_commands(console, tmp_path):
    out = await console.handle("/summarize sentences:2 method:lead " + TEXT)
    assert out.count("  • ") == 2 and "method lead" in out
    out = await console.handle("/quotes " + TEXT)
    assert "Anna Berg" in out and "1 quotation" in out
    out = await console.handle("/history search bridge")
    assert "#1" in out
    out = await console.handle("/history show 1 sentences:3")
    assert out.count("  • ") == 3
    out = await console.handle(f"/history export csv {tmp_path / 'x.csv'}")
    assert (tmp_path / "x.csv").read_text().lower().count("bridge") >= 1
    out = await console.handle("/settings autolink off length 2")
    assert "autolink   off" in out and "length     2" in out
    assert (await console.handle(TEXT)).count("  • ") == 2
    out = await console.handle("/history delete 1")
    assert "Deleted entry #1" in out
    assert "No such" in await console.handle("/history show 1") or "✗" in await console.handle(
        "/history show 1"
    )


async def test_errors_are_friendly(console):
    assert "✗" in await console.handle("/summarize")
    assert "✗" in await console.handle("/summarize sentences:abc some text here.")
    assert "Unknown command" in await console.handle("/frobnicate")
    assert "✗" in await console.handle("/settings method magic")
    assert "✗" in await console.handle('/history search "')
    assert (await console.handle("😀😀")).startswith("✗")


async def test_channels_are_separate(console):
    await console.handle(TEXT)
    assert "Switched" in await console.handle("/channel sports")
    assert "No history" in await console.handle("/history recent")


async def test_privacy_opt_out_of_catch_ups(console):
    from bot.console import LOCAL_USER

    assert (
        await console.handle("/privacy") == "Your messages are included in catch-ups (the default)."
    )
    assert (await console.handle("/privacy exclude-me")).startswith(
        "Done. Your messages are now left out"
    )
    assert await console.service.is_excluded(LOCAL_USER)
    assert "were already left out" in await console.handle("/privacy exclude-me")
    assert "are left out" in await console.handle("/privacy status")
    assert "now included" in await console.handle("/privacy include-me")
    assert not await console.service.is_excluded(LOCAL_USER)
    assert "✗" in await console.handle("/privacy forget-me")
    assert "/privacy exclude-me" in await console.handle("/help")


async def test_quit(console):
    assert await console.handle("/quit") is None


def test_parse_options():
    p = parse_options("sentences:3 --method lead https://example.com/a")
    assert p.options == {"sentences": "3", "method": "lead"} and p.rest == "https://example.com/a"
    assert parse_options("Note: this is text").rest == "Note: this is text"


def test_pipedsplit_messages():
    assert split_messages("/help\nline one\nline two\n\nnext block\n/quit\n") == [
        "/help",
        "line one\nline two",
        "next block",
        "/quit",
    ]


def piped_console(tmp_path, text: str) -> str:
    """Run ``summarybot console --channel demo`` with ``text`` on stdin; its output."""
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "h.db"), "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--channel", "demo"],
        input=text.encode(),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode()


def test_console_process_with_piped_input(tmp_path):
    out = piped_console(tmp_path, TEXT + "\n/history recent\n/quit\n")
    assert "  • " in out and "#1" in out


async def test_entry_ids_are_ascii_digits(console):
    await console.handle("The council opened a new bridge over the river on Monday. " * 5)
    assert "✗" in await console.handle("/history show \u0661")
    assert "entry number" in await console.handle("/history delete \u0661")
    assert "✗" not in await console.handle("/history show 1")
    assert "whole number" in await console.handle("/history show 1 sentences:\u0663")


async def test_methods_come_from_the_service(console):
    out = await console.handle("/methods")
    for name, description in Service.method_descriptions().items():
        assert f"  {name:10} {description}" in out.splitlines()


def test_the_same_text_pasted_twice_is_stored_once(tmp_path):
    out = piped_console(tmp_path, TEXT + "\n\n" + TEXT + "\n\n/history recent\n/quit\n")
    assert "Already summarized here earlier (entry #1)." in out
    assert "1 entry" in out and "2 entries" not in out
    again = piped_console(
        tmp_path, f"/summarize sentences:2 {TEXT.strip()}\n/history recent\n/quit\n"
    )
    assert "2 entries" in again  # asking for another cut summarizes it again
