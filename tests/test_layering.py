"""The architecture's one-way data flow, checked on the source: pure layers import no I/O libraries."""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(folder: str) -> list[Path]:
    return sorted((BOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", files("text"), ids=lambda p: p.name)
def test_text_layer_is_pure(path):
    banned = {
        "discord",
        "aiohttp",
        "aiosqlite",
        "sqlite3",
        "bot.storage",
        "bot.web",
        "bot.discord_app",
        "bot.service",
    }
    for name in imported_modules(path):
        assert not any(name == b or name.startswith(b + ".") for b in banned), (
            f"{path.name} imports {name}"
        )


@pytest.mark.parametrize(
    "path", files("storage") + files("web"), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_lower_layers_never_reach_up(path):
    banned = {"discord", "bot.discord_app", "bot.service", "bot.cli", "bot.console"}
    for name in imported_modules(path):
        assert not any(name == b or name.startswith(b + ".") for b in banned), (
            f"{path} imports {name}"
        )


@pytest.mark.parametrize(
    "path", [p for p in BOT.rglob("*.py") if "storage" not in p.parts], ids=lambda p: p.name
)
def test_sql_lives_in_the_storage_layer(path):
    for name in imported_modules(path):
        assert name not in ("sqlite3", "aiosqlite"), f"{path} imports {name}"
