"""The CLI contract, run as a real process (`python -m bot`)."""

import json
import subprocess
import sys

import pytest

ARTICLE = """Harbour Bridge Approved

The city council approved the new harbour bridge on Monday after a long debate.
"This bridge will change how people move through our city," said Mayor Anna Berg.
The project will cost 40 million euros and take three years to build.
Critics argued that the money should go to schools instead.
"We are pouring concrete while classrooms crumble," opposition leader Tom Hale told reporters.
Construction is due to start in the spring.
"""


def run(*args, stdin: bytes | None = None, env_extra=None, tmp_path=None):
    import os

    env = {**os.environ, "NO_COLOR": "1"}
    if tmp_path is not None:
        env["DATABASE_PATH"] = str(tmp_path / "history.db")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_summarize_json_lines_in_order_with_a_failing_source(article, tmp_path):
    bad = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    proc = run(
        "summarize",
        "--json",
        "--sentences",
        "2",
        str(article),
        str(bad),
        str(empty),
        "-",
        stdin=ARTICLE.encode(),
        tmp_path=tmp_path,
    )
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [x["source"] for x in lines] == [str(article), str(bad), str(empty), "-"]
    ok = lines[0]
    for key in (
        "source",
        "title",
        "language",
        "summary",
        "quotes",
        "keywords",
        "words",
        "sentences_total",
        "reduction",
    ):
        assert key in ok
    assert len(ok["summary"]) == 2
    assert ok["language"] == "english"
    assert all(set(q) >= {"quote", "speaker"} for q in ok["quotes"])
    assert "No such file" in lines[1]["error"]
    assert "empty" in lines[2]["error"]
    assert lines[3]["summary"] == ok["summary"]
    assert b"Traceback" not in proc.stderr


def test_summarize_plain_output_is_readable(article, tmp_path):
    proc = run("summarize", "--sentences", "2", str(article), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "  • " in out
    assert "Key quotes" in out
    assert "Keywords:" in out
    assert "\033[" not in out  # no colour when not a terminal


def test_summarize_options_are_validated(article, tmp_path):
    proc = run("summarize", "--method", "magic", str(article), tmp_path=tmp_path)
    assert proc.returncode == 1
    assert b"Unknown method" in proc.stderr
    proc = run("summarize", "--sentences", "2", "--ratio", "0.5", str(article), tmp_path=tmp_path)
    assert proc.returncode == 2  # argparse: mutually exclusive
    proc = run(
        "summarize",
        "--json",
        "--ratio",
        "0.3",
        "--method",
        "lexrank",
        "--language",
        "en",
        str(article),
        tmp_path=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]


def test_legacy_encodings_broken_bytes_and_binary_files(tmp_path):
    french = (
        "Le conseil a approuvé le pont lundi. Les travaux coûteront quarante millions d'euros. "
        "Ça commence au printemps, a déclaré la maire. Les critiques regrettent le coût."
    )
    legacy = tmp_path / "latin.txt"
    legacy.write_bytes(french.encode("cp1252"))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(french.encode("utf-8") + b"\xff\xfe" + b" Fin.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    proc = run("summarize", "--json", str(legacy), str(broken), str(binary), tmp_path=tmp_path)
    assert proc.returncode == 1
    first, second, third = (json.loads(x) for x in proc.stdout.decode().splitlines())
    assert first["language"] == "french"
    assert any("coûteront" in s for s in first["summary"]) or any(
        "approuvé" in s for s in first["summary"]
    )
    assert "Ã" not in " ".join(first["summary"]) and "ű" not in " ".join(first["summary"])
    assert second["language"] == "french" and "\ufffd" not in " ".join(second["summary"])
    assert "binary" in third["error"]


def test_quotes_command(article, tmp_path):
    proc = run("quotes", "--json", str(article), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    speakers = {q["speaker"] for q in record["quotes"]}
    assert speakers == {"Anna Berg", "Tom Hale"}
    assert all(not q["quote"].startswith(('"', "“")) for q in record["quotes"])


def test_history_round_trip(article, tmp_path):
    proc = run("summarize", "--json", "--channel", "news", str(article), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    entry_id = json.loads(proc.stdout)["id"]
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    entries = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [e["id"] for e in entries] == [entry_id]
    for key in ("id", "source", "title", "summary", "quotes", "created_at"):
        assert key in entries[0]
    proc = run("history", "--channel", "news", "--search", "bridge", "--json", tmp_path=tmp_path)
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == [entry_id]
    # another channel sees nothing
    proc = run("history", "--channel", "other", "--search", "bridge", "--json", tmp_path=tmp_path)
    assert proc.stdout.strip() == b""
    proc = run("history", "--channel", "news", "--export", "csv", tmp_path=tmp_path)
    assert proc.returncode == 0 and b"bridge" in proc.stdout.lower()
    proc = run("history", "--channel", "news", "--delete", str(entry_id), tmp_path=tmp_path)
    assert proc.returncode == 1 and b"--yes" in proc.stderr  # no terminal to ask on
    proc = run(
        "history", "--channel", "news", "--delete", str(entry_id), "--yes", tmp_path=tmp_path
    )
    assert proc.returncode == 0
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    assert proc.stdout.strip() == b""


def test_bad_history_query_is_friendly(tmp_path):
    proc = run("history", "--search", '"', tmp_path=tmp_path)
    assert b"Traceback" not in proc.stderr


def test_run_without_token_is_a_clear_error(tmp_path):
    proc = run("run", tmp_path=tmp_path, env_extra={"DISCORD_TOKEN": ""})
    assert proc.returncode == 2
    assert b"DISCORD_TOKEN is not set" in proc.stderr


def test_methods_and_help(tmp_path):
    proc = run("methods", tmp_path=tmp_path)
    assert proc.returncode == 0 and b"default" in proc.stdout and b"lexrank" in proc.stdout
    proc = run("--help", tmp_path=tmp_path)
    assert proc.returncode == 0 and b"summarize" in proc.stdout


PAGE = (
    "<html><head><title>Harbour Bridge Approved | Local Paper</title></head><body><article>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:] if line)
    + "</article></body></html>"
)


@pytest.fixture
def local_site():
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/bridge"
    server.shutdown()


def test_links_summarize_and_extract(local_site, tmp_path):
    allow = {"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"}
    proc = run(
        "summarize", "--json", "--sentences", "2", local_site, tmp_path=tmp_path, env_extra=allow
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["title"] == "Harbour Bridge Approved"
    assert record["url"] == local_site and len(record["summary"]) == 2
    proc = run("extract", "--json", local_site, tmp_path=tmp_path, env_extra=allow)
    record = json.loads(proc.stdout)
    assert set(record) >= {"source", "url", "title", "author", "date", "site", "language", "text"}
    assert "harbour bridge" in record["text"].lower()


def test_loopback_links_are_refused_by_default(local_site, tmp_path):
    proc = run(
        "summarize", "--json", local_site, tmp_path=tmp_path, env_extra={"FETCH_ALLOW_NETWORKS": ""}
    )
    assert proc.returncode == 1
    record = json.loads(proc.stdout)
    assert record["source"] == local_site and "private or local" in record["error"].lower()


def test_a_megabyte_of_text_is_summarized(tmp_path):
    vocab = "river harbour ferry budget school tram station market museum park library".split()
    paragraph = (
        "The council met on Monday to discuss the {0} and its budget. "
        "Engineers said the {0} needs new foundations before winter. "
        "Residents asked whether the old {0} would stay open during the works."
    )
    text = "\n\n".join(
        paragraph.format(vocab[i % len(vocab)]) + f" Item {i} was noted." for i in range(5000)
    )
    assert len(text.encode()) > 1_000_000
    path = tmp_path / "big.txt"
    path.write_text(text)
    proc = run("summarize", "--json", "--sentences", "4", str(path), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["summary"]) == 4
    proc = run(
        "summarize", "--json", str(path), tmp_path=tmp_path, env_extra={"MAX_INPUT_BYTES": "500000"}
    )
    assert proc.returncode == 1 and "limit" in json.loads(proc.stdout)["error"]


def test_history_privacy_requests(article, tmp_path):
    run("summarize", "--json", "--channel", "news", str(article), tmp_path=tmp_path)
    proc = run("history", "--channel", "news", "--purge", tmp_path=tmp_path)
    assert proc.returncode == 1  # no terminal to confirm on, and no --yes: nothing deleted
    assert b"--yes" in proc.stderr and b"Traceback" not in proc.stderr
    proc = run(
        "history", "--forget-guild", "0", "--yes", tmp_path=tmp_path
    )  # local channels' pseudo-server
    assert proc.returncode == 0 and b"Deleted 1 entries" in proc.stdout
    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    assert proc.stdout.strip() == b""
    proc = run("history", "--forget-user", "12345", "--yes", tmp_path=tmp_path)
    assert proc.returncode == 0 and b"Deleted 0 entries" in proc.stdout


@pytest.mark.parametrize("flag", ["--show", "--delete"])
def test_history_ids_are_ascii_digits(flag, capsys):
    from bot.cli import build_parser

    assert getattr(build_parser().parse_args(["history", flag, "#12"]), flag[2:]) == 12
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["history", flag, "\u0661\u0662"])
    assert exit_info.value.code == 2
    assert "not an entry number" in capsys.readouterr().err


# ---------------------------------------------------------------------------- one door

SUMMARY_KEYS = (  # the keys of a `summarize --json` line today (README, "Command line")
    "source",
    "title",
    "language",
    "summary",
    "quotes",
    "keywords",
    "words",
    "sentences_total",
    "reduction",
    "method",
    "url",
    "site",
    "author",
    "date",
    "reading_time_seconds",
)
HISTORY_KEYS = (  # the keys of a `history --json` line today
    "id",
    "source",
    "url",
    "title",
    "site",
    "author",
    "date",
    "language",
    "summary",
    "quotes",
    "keywords",
    "method",
    "words",
    "sentences_total",
    "reduction",
    "created_at",
)
EXPORT_KEYS = (  # the keys of an entry in `history --export json` today
    "id",
    "created_at",
    "scope",
    "source",
    "canonical_url",
    "title",
    "site",
    "author",
    "date",
    "language",
    "method",
    "requester_id",
    "words",
    "sentences_total",
    "reduction",
    "summary",
    "quotes",
    "keywords",
)


def summarize_json(*args, **kwargs) -> dict:
    proc = run("summarize", "--json", *args, **kwargs)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_summary_method_and_sentences_settings_apply(article, tmp_path):
    record = summarize_json(str(article), tmp_path=tmp_path, env_extra={"SUMMARY_METHOD": "lead"})
    assert record["method"] == "lead"
    record = summarize_json(str(article), tmp_path=tmp_path, env_extra={"SUMMARY_SENTENCES": "1"})
    assert record["method"] == "default" and len(record["summary"]) == 1
    both = {"SUMMARY_METHOD": "lead", "SUMMARY_SENTENCES": "2"}
    record = summarize_json(str(article), tmp_path=tmp_path, env_extra=both)
    assert record["method"] == "lead" and len(record["summary"]) == 2
    assert record["summary"][0].startswith("The city council approved")
    # explicit flags win over the settings
    record = summarize_json(
        "--method", "default", "--sentences", "3", str(article), tmp_path=tmp_path, env_extra=both
    )
    assert record["method"] == "default" and len(record["summary"]) == 3


def test_console_channel_settings_apply_to_the_cli(article, tmp_path):
    """Settings made in the console change what `summarize --channel` does, as in the console."""
    env = {"SUMMARY_METHOD": "lead"}
    proc = run(
        "console",
        "--channel",
        "c1",
        stdin=b"/settings method lead length 2\n\n" + ARTICLE.encode(),
        tmp_path=tmp_path,
        env_extra=env,
    )
    assert proc.returncode == 0, proc.stderr
    console_out = proc.stdout.decode()
    assert "method lead" in console_out and "→ 2 of" in console_out

    record = summarize_json("--channel", "c1", str(article), tmp_path=tmp_path, env_extra=env)
    assert record["method"] == "lead" and len(record["summary"]) == 2
    # another channel has no settings: the global ones apply
    record = summarize_json("--channel", "c2", str(article), tmp_path=tmp_path)
    assert record["method"] == "default" and len(record["summary"]) != 2
    # explicit flags still win over the channel's settings
    record = summarize_json(
        "--channel",
        "c1",
        "--method",
        "default",
        "--sentences",
        "3",
        str(article),
        tmp_path=tmp_path,
    )
    assert record["method"] == "default" and len(record["summary"]) == 3
    proc = run(
        "summarize", "--channel", "c1", "--ratio", "0.5", str(article), tmp_path=tmp_path
    )  # a ratio replaces the channel's length too
    assert proc.returncode == 0 and "→ 2 of" not in proc.stdout.decode()


def test_one_record_for_summaries_history_and_exports(article, tmp_path, local_site):
    allow = {"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"}
    stored = summarize_json(
        "--channel", "news", local_site + "?utm_source=feed", tmp_path=tmp_path, env_extra=allow
    )
    plain = summarize_json(str(article), tmp_path=tmp_path)
    for record in (stored, plain):
        assert set(record) >= set(SUMMARY_KEYS)
    assert "id" in stored and "id" not in plain
    assert stored["url"] == local_site + "?utm_source=feed"  # the address the page came from
    assert stored["canonical_url"] == local_site  # the address it is stored and found under

    proc = run("history", "--channel", "news", "--json", tmp_path=tmp_path)
    (listed,) = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    proc = run(
        "history", "--channel", "news", "--show", str(stored["id"]), "--json", tmp_path=tmp_path
    )
    shown = json.loads(proc.stdout)
    proc = run("history", "--channel", "news", "--export", "json", tmp_path=tmp_path)
    (exported,) = json.loads(proc.stdout)["entries"]
    for record in (listed, shown, exported):
        assert set(record) >= set(HISTORY_KEYS) | set(EXPORT_KEYS) | set(SUMMARY_KEYS)
        assert record["url"] == local_site  # history has always listed the stored address
        assert record["summary"] == stored["summary"]
        assert record["id"] == stored["id"]
    assert listed == shown == exported


def test_unknown_file_types_are_refused_like_the_service_does(tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_text(ARTICLE, encoding="utf-8")
    for command in ("summarize", "quotes", "extract"):
        proc = run(command, "--json", str(notes), tmp_path=tmp_path)
        assert proc.returncode == 1
        error = json.loads(proc.stdout)["error"]
        assert "notes.docx" in error and ".txt, .md, .html or .pdf" in error
    proc = run("summarize", "--json", "-", stdin=ARTICLE.encode(), tmp_path=tmp_path)
    assert proc.returncode == 0  # standard input is read as text


def test_jobs_run_in_the_workers_with_the_bots_time_limit(tmp_path):
    words = "river harbour ferry budget school tram station market museum park library".split()
    text = " ".join(
        f"The {words[i % 11]} and the {words[i * 7 % 11]} met {words[i * 3 % 11]} item {i}."
        for i in range(2500)
    )
    slow = tmp_path / "slow.txt"
    slow.write_text(text)
    quick = tmp_path / "quick.txt"
    quick.write_text(ARTICLE)
    proc = run(
        "summarize",
        "--json",
        "--method",
        "textrank",  # quadratic: minutes on 2,500 sentences
        str(slow),
        str(quick),
        tmp_path=tmp_path,
        env_extra={"JOB_TIMEOUT": "8"},  # room for the quick one on a busy machine
    )
    assert proc.returncode == 1
    first, second = (json.loads(x) for x in proc.stdout.decode().splitlines())
    assert "too long" in first["error"]
    assert second.get("method") == "textrank" and second["summary"], second


def test_many_sources_keep_their_order(article, tmp_path):
    sources = []
    for i in range(12):
        if i % 3 == 1:
            sources.append(str(tmp_path / f"missing-{i}.txt"))
        else:
            path = tmp_path / f"a{i}.md"
            path.write_text(ARTICLE.replace("40 million", f"{i + 10} million"), encoding="utf-8")
            sources.append(str(path))
    proc = run("summarize", "--json", *sources, tmp_path=tmp_path, env_extra={"WORKERS": "1"})
    assert proc.returncode == 1
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [x["source"] for x in lines] == sources
    assert [("error" in x) for x in lines] == [i % 3 == 1 for i in range(12)]
