"""Learned per-outlet boilerplate through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main

FOOTER = "Get the Riverside Ledger morning briefing in your inbox"
STORIES = [
    "The city council approved the new bridge budget on Monday after a long debate.",
    "Farmers in the valley reported a late frost that damaged the apple harvest.",
    "The museum reopened its east wing with an exhibition of river photography.",
    "Teachers and the school board reached a tentative agreement on pay this week.",
    "A storm knocked out power to thousands of homes along the northern shore.",
    "The regional airport will add two daily flights to the capital in spring.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = []
    for i, story in enumerate(STORIES):
        text = (
            f"Headline number {i}\n\n{story} Officials said more details would follow.\n\n{FOOTER}"
        )
        rows.append(
            {"path": f"ledger/{i}.txt", "text": text, "url": f"https://www.ledger.example/{i}"}
        )
    rows.append(
        {
            "path": "other/0.txt",
            "text": f"Other headline\n\n{STORIES[0]}\n\n{FOOTER}",
            "site": "other.example",
        }
    )
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _texts(out: Path) -> dict[str, str]:
    return {
        r["path"]: r["text"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
    }


def test_learn_then_clean_with_the_model(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    model = tmp_path / "model.json"
    assert main(["learn", str(corpus), "-o", str(model), "--min-docs", "3"]) == 0
    data = model.read_text(encoding="utf-8")
    assert "ledger.example" in data and "morning briefing" in data
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "clean",
                str(corpus),
                "--boilerplate-model",
                str(model),
                "-o",
                str(out),
                "-j",
                "1",
                "-q",
            ]
        )
        == 0
    )
    texts = _texts(out)
    assert all(FOOTER not in t for p, t in texts.items() if p.startswith("ledger/"))
    assert FOOTER in texts["other/0.txt"]  # another outlet: not learned there
    assert all(STORIES[i] in texts[f"ledger/{i}.txt"] for i in range(len(STORIES)))


def test_learn_boilerplate_in_one_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "--learn-boilerplate", "-o", str(out), "-j", "1", "-q"]) == 0
    texts = _texts(out)
    assert all(FOOTER not in t for p, t in texts.items() if p.startswith("ledger/"))
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert any(e["rule"] == "learned" for e in record["edits"])


def test_learn_boilerplate_refuses_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "-", "--learn-boilerplate"]) == 2
    assert "standard input" in capsys.readouterr().err
