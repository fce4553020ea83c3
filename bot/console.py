"""A local terminal "channel": the bot's commands on the same service and database, no Discord.

Type or paste a link or a block of text to get a summary, or use the slash commands (``/help``).
"""

from __future__ import annotations

import logging
import shlex
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Settings
from bot.console_input import (
    SETTING_NAMES,
    Parsed,
    number,
    parse_options,
    read_entry_id,
    setting_number,
    split_messages,
    user_names,
    whole_number,
)
from bot.errors import SummarybotError
from bot.export_files import export_folder, export_name, write_export
from bot.models import Attachment, Scope
from bot.service import Service, parse_period
from bot.terminal import (
    Style,
    format_digest,
    format_entry_line,
    format_error,
    format_privacy,
    format_quotes,
    format_summary,
    highlighted,
    plural,
    use_color,
)

log = logging.getLogger(__name__)

LOCAL_USER = 0  # the console's user id: the local user owns and moderates local channels

HELP = """\
Paste a link or some text (a blank line or Enter ends it) to summarize it. Commands:
  /summarize [sentences:N] [method:M] [language:L] [file:PATH] <link or text>
  /quotes [file:PATH] <link or text>        every quotation with its speaker
  /history recent [page]                    what this channel summarized
  /history search <query>                   full-text search ("phrase", prefix*, OR, NOT)
  /history show <id> [sentences:N]          one entry in full (optionally re-summarized)
  /history delete <id>                      delete an entry
  /history export json|csv|markdown [PATH]  export the channel's history (PATH: a file or a
                                            folder; default: the exports folder by the database)
  /digest [day|week|month|7d]               this channel's topics, keywords and people quoted
                                            over the period (default: the last week)
  /settings [autolink on|off] [length N] [method M] [language L] [retention DAYS]
                                            length 0: the bot's default; retention 0: keep forever
  /forgetme                                 delete every entry you requested, everywhere (asks)
  /privacy exclude-me|include-me|status     leave your messages out of catch-ups, or back in
  /channel <name>                           switch to another local channel
  /methods   /help   /quit"""


class Console:
    """Turns one line of input into the text to print. Front-end logic only; the service does the work."""

    def __init__(
        self, service: Service, channel: str, *, color: bool = False, width: int = 88
    ) -> None:
        self.service = service
        self.channel = channel
        self.scope = Scope.local(channel)
        self.color = color
        self.width = width
        self.style = Style(color)
        self._confirm: str | None = None  # a command waiting for "y" (only /forgetme asks)

    async def _confirmed(self, answer: str) -> str:
        """The answer to the last question: ``y`` or ``yes`` goes ahead, anything else cancels."""
        self._confirm = None
        if answer.lower() not in ("y", "yes"):
            return "Nothing deleted."
        removed = await self.service.forget_user(LOCAL_USER)
        return f"Deleted {plural(removed, 'entry', 'entries')} you requested, in every channel."

    def _switch_channel(self, arg: str) -> str:
        names = arg.split()
        if not names:
            return f"You are in #{self.channel}."
        if len(names) > 1:
            return format_error(
                f"A channel name is one word, such as {'-'.join(names)}.", color=self.color
            )
        name = names[0].lstrip("#")
        if not name:
            return format_error("Which channel? /channel <name>", color=self.color)
        self.channel = name
        self.scope = Scope.local(name)
        return f"Switched to #{name}."

    async def handle(self, line: str) -> str | None:
        """Run one message; return what to print, or None to quit."""
        text = line.strip()
        if self._confirm:
            return await self._confirmed(text)
        if not text:
            return ""
        try:
            if text.startswith("/"):
                command, _, arg = text[1:].partition(" ")
                return await self._command(command.lower(), arg.strip())
            return await self._summarize(Parsed(rest=text))
        except SummarybotError as exc:
            return format_error(str(exc), color=self.color)
        except Exception:
            log.exception("console command failed: %r", text[:200])
            return format_error(
                "Sorry, something went wrong on my side (details in the log).", color=self.color
            )

    async def _command(self, command: str, arg: str) -> str | None:
        if command in ("quit", "exit", "q"):
            return None
        if command in ("help", "h", "?"):
            return HELP
        if command == "methods":
            methods = self.service.method_descriptions()
            return "\n".join(f"  {name:10} {desc}" for name, desc in methods.items())
        if command == "summarize":
            return await self._summarize(parse_options(arg))
        if command == "quotes":
            return await self._quotes(parse_options(arg))
        if command == "history":
            return await self._history(arg)
        if command == "settings":
            return await self._settings(arg)
        if command == "digest":
            return await self._digest(arg)
        if command == "forgetme":
            self._confirm = "forgetme"
            return (
                "This deletes every entry you requested, in every channel, and cannot be undone.\n"
                "Type y to confirm; anything else keeps them."
            )
        if command == "privacy":
            return await self._privacy(arg)
        if command == "channel":
            return self._switch_channel(arg)
        return format_error(
            f"Unknown command /{command}. Type /help for the list.", color=self.color
        )

    async def _privacy(self, arg: str) -> str:
        """``/privacy exclude-me|include-me|status`` for the console's user (``LOCAL_USER``)."""
        action = arg.strip().lower() or "status"
        if action == "status":
            return format_privacy("Your", await self.service.is_excluded(LOCAL_USER))
        if action not in ("exclude-me", "include-me"):
            return format_error("Use /privacy exclude-me, include-me or status.", color=self.color)
        excluded = action == "exclude-me"
        change = self.service.exclude_user if excluded else self.service.include_user
        return format_privacy("Your", excluded, await change(LOCAL_USER))

    async def _source(self, parsed: Parsed) -> tuple[str | None, Attachment | None]:
        path = parsed.options.get("file")
        if path:
            file = Path(path).expanduser()
            if not file.is_file():
                raise SummarybotError(f"No such file: {path}")
            data = file.read_bytes()
            return None, Attachment(file.name, data)
        return parsed.rest or None, None

    async def _summarize(self, parsed: Parsed) -> str:
        source, attachment = await self._source(parsed)
        opts = parsed.options
        result = await self.service.summarize(
            self.scope,
            source,
            attachment=attachment,
            sentences=whole_number(opts.get("sentences"), "sentences"),
            ratio=number(opts.get("ratio"), "ratio"),
            method=opts.get("method"),
            language=opts.get("language"),
            requester_id=LOCAL_USER,
            # the same text or file again gives the earlier entry, unless asked for another cut
            reuse_earlier=not any(
                opts.get(k) for k in ("sentences", "ratio", "method", "language")
            ),
        )
        return format_summary(
            result.article,
            result.summary,
            entry_id=result.entry.id if result.entry else None,
            earlier=result.earlier,
            color=self.color,
            width=self.width,
        )

    async def _quotes(self, parsed: Parsed) -> str:
        source, attachment = await self._source(parsed)
        result = await self.service.quotes(self.scope, source, attachment=attachment)
        return format_quotes(result.article, result.quotes, color=self.color, width=self.width)

    async def _history(self, arg: str) -> str:
        sub, _, rest = arg.partition(" ")
        sub = sub.lower() or "recent"
        rest = rest.strip()
        if sub == "recent":
            page = max(1, whole_number(rest or "1", "page") or 1)
            entries = await self.service.recent(self.scope, limit=10, offset=(page - 1) * 10)
            if not entries:
                return f"No history in #{self.channel} yet." if page == 1 else "No more entries."
            total = await self.service.count(self.scope)
            lines = [format_entry_line(e, color=self.color) for e in entries]
            pages = max(1, -(-total // 10))
            return "\n".join(
                [
                    *lines,
                    self.style(
                        f"page {page} of {pages} · {total} {'entry' if total == 1 else 'entries'}",
                        "dim",
                    ),
                ]
            )
        if sub == "search":
            if not rest:
                return format_error(
                    "What should I search for? /history search <words>", color=self.color
                )
            hits = await self.service.search(self.scope, rest, limit=10)
            if not hits:
                return f"Nothing in #{self.channel} matches {rest!r}."
            return "\n".join(
                format_entry_line(
                    h.entry, snippet=highlighted(h, color=self.color), color=self.color
                )
                for h in hits
            )
        if sub == "show":
            first, _, options = rest.partition(" ")
            parsed = parse_options(options)
            entry_id = read_entry_id(first or None)
            if entry_id is None:
                return format_error("Which entry? /history show <id>", color=self.color)
            sentences = whole_number(parsed.options.get("sentences"), "sentences")
            if sentences is not None or parsed.options.get("method"):
                result = await self.service.resummarize(
                    self.scope, entry_id, sentences=sentences, method=parsed.options.get("method")
                )
            else:
                from bot.service import entry_article, entry_summary

                entry = await self.service.show(self.scope, entry_id)
                return format_summary(
                    entry_article(entry), entry_summary(entry), entry_id=entry.id, color=self.color
                )
            how = "the method you asked for" if parsed.options.get("method") else "its own method"
            note = self.style(
                f"Entry #{entry_id} summarized again with {how}, {result.summary.method}"
                " (method:M picks another).",
                "dim",
            )
            body = format_summary(
                result.article, result.summary, entry_id=entry_id, color=self.color
            )
            return f"{note}\n{body}"
        if sub == "delete":
            entry_id = read_entry_id(rest.split()[0] if rest else None)
            if entry_id is None:
                return format_error("Which entry? /history delete <id>", color=self.color)
            entry = await self.service.delete(
                self.scope, entry_id, user_id=LOCAL_USER, is_moderator=True
            )
            return f"Deleted entry #{entry.id}."
        if sub == "export":
            parts = shlex.split(rest) if rest else []
            fmt = parts[0] if parts else "markdown"
            name, data = await self.service.export(self.scope, fmt, channel_name=self.channel)
            target = write_export(
                data,
                parts[1] if len(parts) > 1 else None,
                name=export_name(self.channel, name),
                folder=export_folder(self.service.settings),
            )
            return f"Exported #{self.channel} to {target}"
        return format_error(
            "Use /history recent, search, show, delete or export.", color=self.color
        )

    async def _digest(self, arg: str) -> str:
        span = parse_period(arg or "week")
        until = datetime.now(UTC)
        digest = await self.service.digest(self.scope, since=until - span, until=until)
        return format_digest(digest, self.channel, color=self.color, width=self.width)

    async def _settings(self, arg: str) -> str:
        parts = arg.split()
        if parts:
            if len(parts) % 2:
                return format_error("Use pairs: /settings autolink off length 4", color=self.color)
            changes: dict[str, object] = {}
            for key, value in zip(parts[::2], parts[1::2], strict=True):
                key = key.lower()
                if key == "autolink":
                    if value.lower() not in ("on", "off", "true", "false", "yes", "no"):
                        return format_error("autolink takes on or off.", color=self.color)
                    changes["autolink"] = value.lower() in ("on", "true", "yes")
                elif key in ("length", "retention", "retention_days"):
                    key = "length" if key == "length" else "retention"
                    changes[SETTING_NAMES[key]] = setting_number(value, key)
                elif key in ("method", "language"):
                    changes[key] = None if value.lower() in ("none", "default", "auto") else value
                else:
                    return format_error(f"Unknown setting {key!r}.", color=self.color)
            try:
                await self.service.update_settings(self.scope, **changes)
            except SummarybotError as exc:
                raise user_names(exc) from None
        prefs = await self.service.get_settings(self.scope)
        default_length = self.service.settings.default_sentences
        return "\n".join(
            [
                self.style(f"Settings of #{self.channel}", "bold"),
                f"  autolink   {'on' if prefs.autolink else 'off'}",
                f"  length     {prefs.length or f'default ({default_length} sentences)'}",
                f"  method     {prefs.method or 'default'}",
                f"  language   {prefs.language or 'auto'}",
                f"  retention  {str(prefs.retention_days) + ' days' if prefs.retention_days else 'keep forever'}",
            ]
        )


async def run_console(settings: Settings, *, channel: str = "local") -> int:
    """The interactive loop: prompt_toolkit line editing on a terminal, plain lines otherwise."""
    color = use_color()
    service = await Service.create(settings)
    try:
        console = Console(service, channel, color=color)
        if sys.stdin.isatty():
            await _interactive(console)
        else:
            await _piped(console)
    finally:
        await service.close()
    return 0


async def _interactive(console: Console) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    history_file = Path(console.service.settings.database_path).with_name("console_history")
    history_file.parent.mkdir(parents=True, exist_ok=True)
    session: PromptSession = PromptSession(history=FileHistory(str(history_file)))
    print(
        console.style("summarybot console", "bold", "cyan")
        + f" · #{console.channel} · /help for commands"
    )
    while True:
        try:
            line = await session.prompt_async(f"#{console.channel}> ")
        except EOFError:
            return
        except KeyboardInterrupt:
            continue
        out = await console.handle(line)
        if out is None:
            return
        if out:
            print(out + "\n")


async def _piped(console: Console) -> None:
    """Non-interactive: each non-empty line is a message (a blank line separates pasted blocks)."""
    import asyncio

    data = await asyncio.to_thread(sys.stdin.read)
    for message in split_messages(data):
        out = await console.handle(message)
        if out is None:
            return
        if out:
            sys.stdout.write(out + "\n\n")
            sys.stdout.flush()
