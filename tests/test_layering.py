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
    banned = {
        "discord",
        "bot.discord_app",
        "bot.service",
        "bot.cli",
        "bot.console",
        "bot.console_input",
    }
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


# ---------------------------------------------------------------------------- one door

# Front ends translate and render; everything else goes through ``bot.service``.
FRONT_ENDS = (
    [BOT / "__main__.py", BOT / "console.py", BOT / "console_input.py", BOT / "terminal.py"]
    + [BOT / "export_files.py"]  # (writing an export where the local user asked)
    + files("cli")
    + files("discord_app")
)
FRONT_END_MODULES = (
    "bot.cli",
    "bot.console",
    "bot.console_input",
    "bot.terminal",
    "bot.export_files",
    "bot.discord_app",
)
DOOR = ("bot.service", "bot.models", "bot.errors", "bot.config")
# Pure helpers a front end may use directly, each with the reason it needs it.
PURE_HELPERS = {
    "bot.web.links": "finding the links in a Discord message before deciding what to summarize",
}


def _under(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: str(p.relative_to(BOT)))
def test_front_ends_use_only_the_service(path):
    for name in imported_modules(path):
        if not _under(name, ("bot",)):
            continue
        assert _under(name, DOOR + FRONT_END_MODULES + tuple(PURE_HELPERS)), (
            f"{path.relative_to(BOT)} imports {name}: front ends go through bot.service "
            "(re-export what they need there)"
        )


def test_pure_helpers_allowed_to_front_ends_are_pure():
    for module in PURE_HELPERS:
        path = BOT.joinpath(*module.split(".")[1:]).with_suffix(".py")
        banned = ("discord", "aiohttp", "aiosqlite", "sqlite3", "bot.storage", "bot.service")
        for name in imported_modules(path):
            assert not _under(name, banned), f"{module} imports {name}"


def test_the_rule_catches_a_second_door(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "def f():\n    from bot.text.pipeline import analyze\n    import bot.storage.history\n"
    )
    names = imported_modules(sneaky)
    assert {"bot.text.pipeline", "bot.storage.history"} <= names
    assert not any(_under(n, DOOR + FRONT_END_MODULES + tuple(PURE_HELPERS)) for n in names)


def test_the_service_depends_on_interfaces():
    """The store and the runner are the ``HistoryStore`` and ``Runner`` protocols in its types."""
    import inspect

    from bot.service import Service

    params = inspect.signature(Service.__init__).parameters
    assert params["store"].annotation == "HistoryStore"
    assert params["runner"].annotation == "Runner"
