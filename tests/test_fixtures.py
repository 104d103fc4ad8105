"""The five fixture articles: the default pipeline must produce their gold."""

from __future__ import annotations

from typing import Any

import newsclean
from newsclean import undo

from .conftest import article, gold, gold_meta


def _subset(got: Any, want: Any) -> Any:
    """``got`` restricted to the keys ``want`` asserts (recursively for tweets)."""
    if isinstance(want, dict) and isinstance(got, dict):
        return {k: _subset(got.get(k), v) for k, v in want.items()}
    if isinstance(want, list) and isinstance(got, list) and want and isinstance(want[0], dict):
        return [_subset(g, w) for g, w in zip(got, want, strict=False)] + got[len(want) :]
    return got


def test_cleaned_text_equals_gold(fixture_name: str) -> None:
    doc = newsclean.clean(article(fixture_name))
    assert doc.text == gold(fixture_name)


def test_metadata_equals_gold(fixture_name: str) -> None:
    doc = newsclean.clean(article(fixture_name))
    want = gold_meta(fixture_name)
    assert _subset(doc.metadata.to_dict(), want) == want


def test_edit_log_reconstructs_the_original(fixture_name: str) -> None:
    source = article(fixture_name)
    doc = newsclean.clean(source)
    assert undo(doc) == source
    for edit in doc.edits:
        assert 1 <= edit.line <= edit.end_line <= source.count("\n") + 1


def test_removed_lines_are_logged_where_the_labels_say(fixture_name: str) -> None:
    """Every whole source line the gold labels as noise is covered by an edit of a
    content cleaner, and that edit starts on that line of the original."""
    from .conftest import FIXTURES

    labels = (FIXTURES / "expected" / f"{fixture_name}.labels.tsv").read_text(encoding="utf-8")
    doc = newsclean.clean(article(fixture_name))
    noise_lines = {
        int(row.split("\t")[0])
        for row in labels.splitlines()
        if row.split("\t")[1] not in ("content",) and "inline" not in row.split("\t")[1]
    }
    logged = {
        line for e in doc.edits for line in range(e.line, e.end_line + 1) if e.removed.strip()
    }
    assert noise_lines <= logged


def test_cleaning_the_gold_changes_nothing(fixture_name: str) -> None:
    text = gold(fixture_name)
    assert newsclean.clean(text).text == text
