"""What the command line's commands share: the default local channel and how a record is printed."""

from __future__ import annotations

import json
import sys
from typing import Any

LOCAL_CHANNEL = "local"


PRIVACY_ACTIONS = ("exclude-me", "include-me", "status")


def emit(record: dict[str, Any], *, as_json: bool) -> int:
    """Print one result; return the exit status it asks for (1 for an error)."""
    if as_json:
        record.pop("_text", None)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif "error" in record:
        from bot.terminal import format_error, use_color

        print(
            f"{record['source']}: " + format_error(record["error"], color=use_color(sys.stderr)),
            file=sys.stderr,
        )
    else:
        sys.stdout.write(record["_text"] + "\n\n")
    sys.stdout.flush()
    return 1 if "error" in record else 0
