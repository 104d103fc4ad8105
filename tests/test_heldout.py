"""The held-out articles (hand-written gold, never developed against the code).

Content kept is the first number: no story text may be lost on any of them.
Noise removed is a floor that only rises as the cleaners improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import default_pipeline
from newsclean.evaluate import Score, score, summarise

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
NAMES = sorted(p.stem for p in (HELDOUT / "articles").glob("*.txt"))

#: the measured total, rounded down; raise it when the cleaners get better
NOISE_REMOVED_FLOOR = 0.85


def _score(name: str) -> tuple[str, Score]:
    source = (HELDOUT / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    gold = (HELDOUT / "expected" / f"{name}.txt").read_text(encoding="utf-8")
    return source, score(source, gold, default_pipeline()(source).text)


@pytest.mark.parametrize("name", NAMES)
def test_no_story_text_is_lost(name: str) -> None:
    _, s = _score(name)
    assert s.content_kept == s.content


def test_noise_removed_floor() -> None:
    total = summarise(_score(n)[1] for n in NAMES)
    assert total.docs == 12
    assert total.content_kept == 1.0
    assert total.noise_removed >= NOISE_REMOVED_FLOOR


def test_all_content_article_is_untouched() -> None:
    """An article with no noise at all comes out as its gold, word for word."""
    _, s = _score("h12_all_content")
    assert s.exact
