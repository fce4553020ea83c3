"""Issue 13: every CLI subcommand meets bad input with a clear message, never a traceback, and the
outputs of one run agree with each other (titles, counts, exit statuses)."""

import json
import re

import pytest

from tests.test_cli import ARTICLE, run

REPEATED = (
    'The harbour opened on Friday. "We waited ten years for this," said Ida Lund.\n'
    "Ferries will run every hour from the new quay.\n\n"
) * 4


@pytest.fixture
def files(tmp_path):
    made = {
        "article": ARTICLE,
        "emoji": "😀😀 🎉🎉🎉\n👍👍\n",
        "repeated": REPEATED,
    }
    paths = {}
    for name, text in made.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    paths["folder"] = tmp_path / "folder"
    paths["binary"] = tmp_path / "blob.pdf"
    paths["binary"].write_bytes(b"%PDF-1.4 not really\x00\x01")
    return paths


def no_traceback(proc) -> None:
    out = proc.stdout + proc.stderr
    assert b"Traceback" not in out, out.decode(errors="replace")
    assert b"something went wrong" not in out.lower()


def test_every_subcommand_meets_bad_input_without_a_traceback(files, tmp_path):
    bad_sources = [
        str(tmp_path / "missing.txt"),
        str(files["folder"]),
        str(files["emoji"]),
        str(files["binary"]),
        "ftp://example.com/x",
        "file:///etc/passwd",
        "http://",
        "",
    ]
    missing_dir = str(tmp_path / "no" / "such" / "dir" / "x.md")
    calls = [
        # sources: one process per command, every bad source at once
        (1, ["summarize", *bad_sources]),
        (1, ["summarize", "--json", *bad_sources]),
        (1, ["quotes", *bad_sources]),
        (1, ["extract", "--json", *bad_sources]),
        (1, ["tldr", *bad_sources[:5]]),
        # bad values and missing arguments: argparse's usage errors (exit 2)
        (2, ["summarize"]),
        (2, ["summarize", "--sentences", "many", str(files["article"])]),
        (2, ["summarize", "--ratio", "half", str(files["article"])]),
        (2, ["quotes"]),
        (2, ["extract"]),
        (2, ["tldr"]),
        (2, ["history", "--show", "abc"]),
        (2, ["history", "--delete", "-3"]),
        (2, ["history", "--export", "pdf"]),
        (2, ["history", "--limit", "x"]),
        (2, ["history", "--forget-user", "me"]),
        (2, ["history", "--show"]),
        (2, ["worker", "--concurrency", "0"]),
        (2, ["run", "--shard-count", "x"]),
        (2, ["sync", "--guild", "x"]),
        (2, ["methods", "extra"]),
        (2, ["console", "--channel"]),
        (2, ["privacy", "status"]),
        (2, ["privacy", "forget-me", "--user", "5"]),
        (2, ["privacy", "exclude-me", "--user", "me"]),
        (2, ["privacy", "exclude-me", "--user", "٣"]),
        (2, ["privacy", "exclude-me", "--user", "-1"]),
        (2, ["privacy", "include-me", "--user", ""]),
        (2, ["privacy", "status", "--user"]),
        (2, ["digest", "--since", "-3d"]),
        (2, ["digest", "--since"]),
        (2, ["digest", "--channel"]),
        (2, ["digest", "extra"]),
        (2, ["nosuchcommand"]),
        # bad values the service refuses (exit 1 or 2)
        (1, ["summarize", "--method", "nonsense", str(files["article"])]),
        (1, ["summarize", "--language", "klingon", str(files["article"])]),
        (1, ["tldr", "--since", "yesterday-ish", str(files["article"])]),
        (1, ["history", "--search", '"']),
        (1, ["history", "--show", "99"]),
        (1, ["history", "--delete", "99", "--yes"]),
        (1, ["history", "--export", "markdown", "--output", missing_dir]),
        (1, ["history", "--purge"]),
        (1, ["history", "--forget-user", "5"]),
        (1, ["history", "--copy-to", "mysql://nowhere/db"]),
        (1, ["privacy", "exclude-me", "--user", "99999999999999999999"]),
        (1, ["digest", "--since", "0d"]),
        (1, ["digest", "--since", "100y"]),
        (1, ["digest", "--since", ""]),
        (1, ["digest", "--since", "366d1h"]),
        (1, ["digest", "--since", "999999999999d"]),
        (1, ["digest", "--since", "9" * 400 + "d"]),
        (1, ["digest", "--since", "x" * 5000]),
        (2, ["run"]),
        (2, ["sync"]),
        (1, ["worker"]),
    ]
    env = {"DISCORD_TOKEN": "", "JOB_QUEUE_URL": ""}
    for status, args in calls:
        proc = run(*args, tmp_path=tmp_path, env_extra=env, stdin=b"")
        args = [a.encode() for a in args]
        no_traceback(proc)
        assert proc.returncode == status, (args, proc.returncode, proc.stderr)
        said = proc.stderr if b"--json" not in args else proc.stdout
        assert said.strip(), args  # it says what was wrong
        if b"--json" in args:
            assert all("error" in json.loads(line) for line in proc.stdout.splitlines())
    # the console reads commands from a pipe: bad commands, paths and values
    script = "\n".join(
        [
            "/summarize",
            f"/summarize {tmp_path / 'missing.txt'}",
            "/summarize ftp://example.com/x",
            "/quotes",
            "/history show abc",
            "/history show 99",
            "/history delete 99",
            "/history export pdf",
            f"/history export markdown {tmp_path / 'no' / 'such' / 'y.md'}",
            f"/history export csv {tmp_path}",
            "/settings length many",
            "/settings method nonsense",
            "/nosuchcommand",
            "/privacy forget-me",
            "/privacy exclude-me now",
            "/digest 999999999999d",
            "/digest " + "9" * 400 + "d",
            "/digest -3d",
            "/digest 100y",
            "😀😀 🎉🎉🎉",
            "/quit",
        ]
    )
    proc = run("console", stdin=script.encode(), tmp_path=tmp_path)
    no_traceback(proc)


def test_export_output_to_a_missing_folder_or_into_a_folder(files, tmp_path):
    missing = tmp_path / "no" / "such" / "x.md"
    proc = run(
        "history", "--channel", "news", "--export", "markdown", "--output", str(missing),
        tmp_path=tmp_path,
    )  # fmt: skip
    no_traceback(proc)
    assert proc.returncode == 1 and b"no folder" in proc.stderr
    assert not missing.exists()
    proc = run(
        "history", "--channel", "news", "--export", "csv", "--output", str(files["folder"]),
        tmp_path=tmp_path,
    )  # fmt: skip
    no_traceback(proc)
    written = files["folder"] / "news-history.csv"
    assert proc.returncode == 0 and written.is_file()
    assert str(written).encode() in proc.stderr  # it says which file it wrote


def test_delete_and_purge_ask_alike_and_name_yes(files, tmp_path):
    proc = run("summarize", "--json", "--channel", "news", str(files["article"]), tmp_path=tmp_path)
    entry_id = json.loads(proc.stdout)["id"]
    for action in (["--delete", str(entry_id)], ["--purge"]):
        proc = run("history", "--channel", "news", *action, stdin=b"y\n", tmp_path=tmp_path)
        assert proc.returncode == 1
        assert b"--yes" in proc.stderr
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == [entry_id]
    proc = run(
        "history", "--channel", "news", "--delete", str(entry_id), "--yes", tmp_path=tmp_path
    )
    assert proc.returncode == 0


def test_json_title_is_the_headline_shown_and_stored(files, tmp_path):
    proc = run("summarize", "--json", "--channel", "news", str(files["article"]), tmp_path=tmp_path)
    record = json.loads(proc.stdout)
    assert record["title"] == "Harbour Bridge Approved"
    proc = run("summarize", str(files["article"]), tmp_path=tmp_path)
    assert proc.stdout.decode().splitlines()[0].strip() == record["title"]
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    assert json.loads(proc.stdout)["title"] == record["title"]


def test_sentence_counts_are_formatted_with_thousands_separators(tmp_path):
    path = tmp_path / "long.txt"
    sentences = [
        f"Report {i} says the {w} committee met on day {i} to review the budget."
        for i, w in zip(range(3200), ["river", "harbour", "school", "road"] * 800, strict=False)
    ]
    path.write_text("\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 3200, 4)))
    proc = run("summarize", str(path), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    footer = re.search(rb"of ([\d,]+) sentences", proc.stdout)
    total = footer.group(1)
    assert b"," in total
    proc = run("summarize", "--method", "lexrank", str(path), tmp_path=tmp_path)
    assert proc.returncode == 1
    assert f"({total.decode()} sentences;".encode() in proc.stderr


def test_exit_status_is_the_same_for_every_subcommand(files, tmp_path):
    """0: every source gave a result (quotes may find none); 1: a source had nothing to use."""
    for command in ("summarize", "quotes", "extract"):
        proc = run(command, str(files["emoji"]), tmp_path=tmp_path)
        assert proc.returncode == 1, command
        assert b"any words" in proc.stderr, command
        proc = run(command, str(files["article"]), tmp_path=tmp_path)
        assert proc.returncode == 0, command


def test_only_http_and_https_links_are_fetched(tmp_path):
    proc = run("summarize", "ftp://example.com/x", "file:///etc/passwd", tmp_path=tmp_path)
    assert proc.returncode == 1
    assert b"No such file" not in proc.stderr
    assert proc.stderr.count(b"only fetch http and https links") == 2


def test_repeated_quotations_are_listed_once_with_a_count(files, tmp_path):
    proc = run("quotes", "--json", str(files["repeated"]), tmp_path=tmp_path)
    record = json.loads(proc.stdout)
    assert [(q["quote"], q["speaker"], q["count"]) for q in record["quotes"]] == [
        ("We waited ten years for this", "Ida Lund", 4)
    ]
    proc = run("quotes", str(files["repeated"]), tmp_path=tmp_path)
    assert "(×4)" in proc.stdout.decode()


def test_the_same_file_twice_into_a_channel_is_stored_once(files, tmp_path):
    first = json.loads(
        run(
            "summarize", "--json", "--channel", "news", str(files["article"]), tmp_path=tmp_path
        ).stdout
    )
    copy = tmp_path / "copy.txt"
    copy.write_bytes(files["article"].read_bytes())  # same content under another name
    proc = run("summarize", "--channel", "news", str(copy), tmp_path=tmp_path)
    assert proc.returncode == 0
    assert f"Already summarized here earlier (entry #{first['id']})" in proc.stdout.decode()
    proc = run("summarize", "--json", "--channel", "news", "-", stdin=ARTICLE.encode(),
               tmp_path=tmp_path)  # fmt: skip
    again = json.loads(proc.stdout)
    assert (first["earlier"], again["earlier"], again["id"]) == (False, True, first["id"])
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == [first["id"]]
    # other content, another channel, or a different length make a new entry
    files["repeated"].write_text(ARTICLE + "One more line ends the report here.\n")
    for args in (
        ["--channel", "news", str(files["repeated"])],
        ["--channel", "sports", str(files["article"])],
        ["--channel", "news", "--sentences", "2", str(files["article"])],
    ):
        proc = run("summarize", "--json", *args, tmp_path=tmp_path)
        assert json.loads(proc.stdout)["earlier"] is False, args


def test_digest_and_privacy_meet_a_database_they_cannot_use(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    junk = tmp_path / "junk.db"
    junk.write_text("not a database either")
    places = [
        ({"DATABASE_PATH": str(blocker / "h.db")}, b"Cannot create the folder"),
        ({"DATABASE_PATH": str(junk)}, b"is not an SQLite database"),
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/x"}, b"cannot be reached"),
    ]
    for env, said in places:
        for args in (["digest", "--json"], ["privacy", "exclude-me", "--user", "5"]):
            proc = run(*args, tmp_path=tmp_path, env_extra=env)
            no_traceback(proc)
            assert proc.returncode == 1, (env, args, proc.stderr)
            assert said in proc.stderr and proc.stdout == b"", (env, args)


def test_digest_json_of_an_unknown_channel_is_one_empty_object(tmp_path):
    proc = run("digest", "--channel", "nowhere 😀", "--since", "1s", "--json", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    record = json.loads(line)
    assert record["channel"] == "nowhere 😀"
    assert (record["count"], record["topics"], record["keywords"], record["people"]) == (
        0,
        [],
        [],
        [],
    )
    assert record["since"] < record["until"]
