"""The command line, run in-process through ``main(argv)``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclean import __version__
from newsclean.bundle import loads
from newsclean.cli import main

from .conftest import FIXTURES, NAMES, gold

BUNDLE = str(FIXTURES / "articles.bundle")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", ["clean", "explain", "eval", "learn", "ls", "split", "pack"])
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    assert "usage: newsclean " + command in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["clean"]) == 2
    assert "newsclean: error: no input" in capsys.readouterr().err
    assert main(["clean", BUNDLE, "--only", "nope"]) == 2
    assert "no step named 'nope'" in capsys.readouterr().err


def test_clean_fixture_bundle_to_directory_matches_gold(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["clean", BUNDLE, "-o", f"{out}/", "--jobs", "1", "-q"]) == 0
    for name in NAMES:
        assert (out / f"{name}.txt").read_text(encoding="utf-8") == gold(name)


def test_clean_sample_to_stdout_is_a_bundle(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--sample", "--jobs", "1"]) == 0
    members = loads(capsys.readouterr().out)
    assert [m.path for m in members] == [f"{n}.txt" for n in NAMES]
    assert members[0].text == gold(NAMES[0])


def test_clean_jobs_2_equals_jobs_1(tmp_path: Path) -> None:
    one, two = tmp_path / "one.bundle", tmp_path / "two.bundle"
    assert main(["clean", BUNDLE, "-o", str(one), "-j", "1", "-q"]) == 0
    assert main(["clean", BUNDLE, "-o", str(two), "-j", "2", "-q"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_clean_jsonl_out_and_report(tmp_path: Path) -> None:
    out, report = tmp_path / "out.jsonl", tmp_path / "report.json"
    assert main(["clean", BUNDLE, "-o", str(out), "--report", str(report), "-j", "1", "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [f"{n}.txt" for n in NAMES]
    assert records[0]["metadata"]["title"].startswith("Putin Tells Xi")
    assert all(
        {"step", "rule", "category", "line", "removed"} <= set(e) for e in records[0]["edits"]
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["documents"] == 5
    assert data["steps"]["whitespace"]["documents"] == 5


def test_clean_directory_and_jsonl_inputs(tmp_path: Path) -> None:
    src = tmp_path / "src" / "world"
    src.mkdir(parents=True)
    (src / "a.txt").write_text("Title\n\n\n\nBody  text.", encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        json.dumps({"id": "r1", "text": "One\u00a0 two", "lang": "en"}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "src"), str(jsonl), "-o", str(out), "-j", "1", "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["text"]) for r in records] == [
        ("world/a.txt", "Title\n\nBody text.\n"),
        ("r1", "One two\n"),
    ]
    assert records[1]["lang"] == "en"


def test_skip_and_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("x  y\n\n\n", encoding="utf-8")
    assert main(["clean", str(src), "--only", "markup", "-j", "1"]) == 0
    assert loads(capsys.readouterr().out)[0].text == "x  y\n\n\n"
    assert main(["clean", str(src), "--skip", "paragraphs,title", "-j", "1"]) == 0
    assert loads(capsys.readouterr().out)[0].text == "x y\n"


def test_malformed_bundle_is_exit_1_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bundle"
    bad.write_text(
        "<<<FILE a.txt>>>\nfine\n<<<END FILE>>>\n<<<FILE b.txt\nbroken\n", encoding="utf-8"
    )
    out = tmp_path / "out.bundle"
    assert main(["clean", str(bad), "-o", str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: ") and "bad.bundle:4" in err
    assert not out.exists()
    assert os.listdir(tmp_path) == ["bad.bundle"]


def test_invalid_utf8_names_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(b"<<<FILE a.txt>>>\nok \xff here\n<<<END FILE>>>\n")
    assert main(["clean", str(bad), "-j", "1"]) == 1
    assert "byte offset 20" in capsys.readouterr().err
    assert main(["clean", str(bad), "-j", "1", "--errors", "replace"]) == 0


@pytest.mark.parametrize("source", ["bundle", "text", "jsonl"])
def test_errors_cp1252_keeps_the_letters_of_stray_latin1_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    """A UTF-8 scrape with one Latin-1 byte loses no letter with --errors cp1252."""
    body = b"Le caf\xe9 du coin ferme ses portes apr\xe8s trente ans."
    if source == "bundle":
        path = tmp_path / "in.bundle"
        path.write_bytes(b"<<<FILE a.txt>>>\n" + body + b"\n<<<END FILE>>>\n")
    elif source == "text":
        path = tmp_path / "a.txt"
        path.write_bytes(body + b"\n")
    else:
        path = tmp_path / "in.jsonl"
        path.write_bytes(b'{"path": "a.txt", "text": "' + body + b'"}\n')
    assert main(["clean", str(path), "-j", "1"]) == 1
    assert "--errors cp1252" in capsys.readouterr().err
    args = ["clean", str(path), "-j", "1", "--errors", "cp1252", "--output-format", "jsonl"]
    assert main(args) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["text"] == "Le café du coin ferme ses portes après trente ans.\n"


def test_explain_lists_edits_with_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", BUNDLE, "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert f"== {NAMES[0]}.txt" in out
    assert "markup/link" in out
    assert "totals:" in out


def test_eval_on_fixtures_prints_full_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(FIXTURES / "expected"), BUNDLE, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["docs"] == 5
    assert summary["content_kept"] == 1.0
    assert summary["noise_removed"] == 1.0
    assert summary["exact"] == 5


def test_ls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ls", BUNDLE]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [r.split("\t")[0] for r in rows] == [f"{n}.txt" for n in NAMES]
    size = (FIXTURES / "articles" / f"{NAMES[0]}.txt").stat().st_size
    assert rows[0].split("\t")[1] == str(size)


def test_split_then_pack_reproduces_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = tmp_path / "parts"
    assert main(["split", BUNDLE, str(parts)]) == 0
    for name in NAMES:
        assert (parts / f"{name}.txt").read_bytes() == (
            FIXTURES / "articles" / f"{name}.txt"
        ).read_bytes()
    monkeypatch.chdir(parts)
    packed = tmp_path / "packed.bundle"
    assert main(["pack", ".", "-o", str(packed)]) == 0
    assert packed.read_bytes() == Path(BUNDLE).read_bytes()


def test_split_refuses_unsafe_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.bundle"
    evil.write_text(
        "<<<FILE ok.txt>>>\nfine\n<<<END FILE>>>\n<<<FILE ../escape.txt>>>\nx\n<<<END FILE>>>\n"
    )
    target = tmp_path / "target"
    assert main(["split", str(evil), str(target)]) == 1
    assert "escape.txt" in capsys.readouterr().err
    assert not (tmp_path / "escape.txt").exists()
    assert not (target / "ok.txt").exists()


def test_pack_refuses_files_outside_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("a")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert main(["pack", "../a.txt"]) == 1
    assert "outside the current directory" in capsys.readouterr().err


def test_html_inputs_by_suffix_attribute_and_flag(tmp_path: Path) -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Harbor Daily'></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Bridge opens</h1>"
        "<p>The new bridge opened on <b>Monday</b> after two years of work.</p>"
        "<figure><img src='b.jpg'>"
        "<figcaption>The bridge at dawn. Photo: Ann Lee</figcaption></figure>"
        "<p>Crowds walked across it <img class='emoji' alt='🎉' src='x.png'> all day.</p>"
        "</article><footer>© Harbor Daily</footer></body></html>"
    )
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.html").write_text(page, encoding="utf-8")
    bundle_in = tmp_path / "in.bundle"
    bundle_in.write_text(f"<<<FILE b.txt type=html>>>\n{page}\n<<<END FILE>>>\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), str(bundle_in), "-o", str(out), "-j", "1", "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = (
        "Bridge opens\n\nThe new bridge opened on Monday after two years of work.\n\n"
        "Crowds walked across it 🎉 all day.\n"
    )
    assert [r["text"] for r in records] == [expected, expected]
    assert records[0]["metadata"]["publisher"] == "Harbor Daily"
    assert records[0]["metadata"]["title"] == "Bridge opens"
    plain = tmp_path / "page.txt"
    plain.write_text(page, encoding="utf-8")
    assert (
        main(["clean", str(plain), "--input-format", "html", "-o", str(out), "-j", "1", "-q"]) == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == expected


def test_stdin_bundle_in_stdout_bundle_out(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    data = b"<<<FILE a.txt>>>\nTitle\n\n\n\nBody\xc2\xa0 text.\n<<<END FILE>>>\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["clean", "-", "-j", "1"]) == 0
    assert loads(capsys.readouterr().out)[0].text == "Title\n\nBody text.\n"


def test_user_rules_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = Path(__file__).parent / "data" / "rules_example.toml"
    src = tmp_path / "a.txt"
    story = " ".join(["The council met on Monday and agreed the budget for the new year."] * 3)
    src.write_text(f"Budget agreed\n\n{story}\n\nDistributed by Example Syndicate.\n")
    assert main(["clean", str(src), "-j", "1"]) == 0
    assert "Distributed by" in capsys.readouterr().out
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "--rules", str(rules), "-o", str(out), "-j", "1", "-q"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert "Distributed by" not in record["text"]
    assert record["metadata"]["original_source"] == "Example Syndicate"
    assert main(["clean", str(src), "--rules", str(tmp_path / "missing.toml")]) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\npattern = "("\n')
    assert main(["clean", str(src), "--rules", str(bad), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsclean: error: ") and "bad.toml" in err


def test_plain_text_on_stdin_is_one_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    data = b"Title\n\nBy Ann Lee\n\nThe council met on Monday.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["clean", "-", "-j", "1"]) == 0
    members = loads(capsys.readouterr().out)
    assert [(m.path, m.text) for m in members] == [("-", "Title\n\nThe council met on Monday.\n")]


def test_empty_directory_and_missing_output_folder_fail_before_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.jsonl").write_text("{}\n")
    assert main(["clean", str(empty), "-j", "1"]) == 1
    assert "no .txt, .html or .htm file" in capsys.readouterr().err
    assert main(["clean", BUNDLE, "-o", str(tmp_path / "nope" / "x.bundle")]) == 2
    assert "does not exist" in capsys.readouterr().err
    out = tmp_path / "out.bundle"
    assert main(["clean", BUNDLE, "-o", str(out), "--report", str(tmp_path / "no" / "r.json")]) == 2
    assert not out.exists()


def test_same_file_name_in_two_folders_stays_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"Story from {folder}.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "a/x.txt", "b/x.txt", "-o", "out/", "-j", "1", "-q"]) == 0
    assert (tmp_path / "out" / "a" / "x.txt").read_text() == "Story from a.\n"
    assert (tmp_path / "out" / "b" / "x.txt").read_text() == "Story from b.\n"


@pytest.mark.parametrize("command", ["ls", "split"])
def test_ls_and_split_take_errors_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """The hint in the error message names an option these commands have."""
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(b"<<<FILE a.txt>>>\ncaf\xe9\n<<<END FILE>>>\n")
    extra = [str(tmp_path / "out")] if command == "split" else []
    assert main([command, str(bad), *extra]) == 1
    assert "--errors cp1252" in capsys.readouterr().err
    assert main([command, str(bad), *extra, "--errors", "cp1252"]) == 0
    if command == "split":
        assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "café"
    else:
        assert capsys.readouterr().out == "a.txt\t5\n"
