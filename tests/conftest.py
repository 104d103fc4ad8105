"""Shared test helpers: the project's own fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a failure there is reproducible);
# developers' runs explore new ones
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
