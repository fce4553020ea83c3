"""A process for the read-only tests: reads a history it cannot write, then tries to write.

    python -m tests.storage.reader_process DB

Prints one JSON object: what the reads returned, and the message of each refused write.
"""

from __future__ import annotations

import asyncio
import json
import sys

from bot.errors import StorageError
from bot.models import Scope
from bot.storage import SqliteHistoryStore
from tests.storage.conftest import make_entry

SCOPE = Scope(guild_id=5, channel_id=6)


async def main(path: str) -> dict:
    out: dict = {}
    try:
        store = await SqliteHistoryStore.open(path, default_retention_days=30)
    except StorageError as error:
        return {"open": str(error)}
    async with store:
        out["read_only"] = store.read_only
        recent = await store.recent(SCOPE)
        out["recent"] = [e.title for e in recent]
        out["search"] = [h.entry.title for h in await store.search(SCOPE, "bridge")]
        out["get"] = (await store.get(SCOPE, recent[0].id)).title
        out["retention"] = await store.apply_retention()
        writes = {
            "add": lambda: store.add(SCOPE, make_entry("new")),
            "delete": lambda: store.delete(SCOPE, 1, user_id=1, is_moderator=True),
            "settings": lambda: store.update_settings(SCOPE, length=3),
            "purge": lambda: store.purge_channel(SCOPE),
        }
        for name, write in writes.items():
            try:
                await write()
                out[name] = "written"
            except StorageError as error:
                out[name] = str(error)
    return out


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
