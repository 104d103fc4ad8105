"""Shared test helpers: the project's own fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Every run uses the same examples, so a failure is reproducible and the
# README's test command gives the same answer on every machine. To look for
# new counter-examples, run with NEWSCLEAN_HYPOTHESIS=explore.
settings.register_profile("fixed", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile("explore" if os.environ.get("NEWSCLEAN_HYPOTHESIS") == "explore" else "fixed")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAMES = sorted(p.stem for p in (FIXTURES / "articles").glob("*.txt"))


def article(name: str) -> str:
    """A fixture article, byte for byte."""
    return (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8")


def gold(name: str) -> str:
    """A fixture's gold cleaned text."""
    return (FIXTURES / "expected" / f"{name}.txt").read_text(encoding="utf-8")


def gold_meta(name: str) -> dict[str, object]:
    """A fixture's gold metadata."""
    data: dict[str, object] = json.loads(
        (FIXTURES / "expected" / f"{name}.meta.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(params=NAMES)
def fixture_name(request: pytest.FixtureRequest) -> str:
    """Each fixture's name in turn."""
    name: str = request.param
    return name


def is_subsequence(small: str, big: str) -> bool:
    """Whether ``small`` is ``big`` with characters deleted (a cleaner only removed)."""
    it = iter(big)
    return all(ch in it for ch in small)
