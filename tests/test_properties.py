"""Properties of the whole default pipeline, under hypothesis."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import default_pipeline, undo
from newsclean.document import Document

from .conftest import NAMES, article

WORD = regex.compile(r"[\p{L}\p{N}]+")

# text built from news-like pieces, so the content cleaners have something to do
PIECES = [
    "By Jane Roe",
    "Source: Agency",
    "— Ann (@ann) March 20, 2023",
    "pic.twitter.com/abc",
    "📷📷📷",
    "Related posts",
    "Leave a Comment",
    "[link](http://x.org)",
    "**bold**",
    "*",
    "03:11",
    "The minister said the talks would continue on Tuesday.",
    "and",
    "\u00a0",
    "??",
    "Featured image is from X",
    "Copyright © 2023 Outlet",
    "Beijing =",
]
news_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=30)),
    max_size=25,
).map(lambda parts: "\n\n".join(parts))
any_text = st.one_of(st.text(max_size=300), news_text)


# the characters the cleaners delete from inside words, which are not letters
# of the word: zero-width space, soft hyphen, byte order mark, U+FFFD, emoji
# variation selectors and control characters
INVISIBLE = regex.compile(r"[\u200b\u00ad\ufeff\ufffd\ufe0e\ufe0f\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PLACEHOLDER = regex.compile(r"[\U0001f4f7\U0001f5bc\u25a1\u25af\ufffc]")


REPAIR = default_pipeline().only(["controls", "encoding"])


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def _reference(text: str) -> str:
    """The repaired input as a reader sees it: invisible characters gone."""
    repaired = REPAIR(Document(text))
    return INVISIBLE.sub("", PLACEHOLDER.sub(" ", repaired.text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_never_crashes_and_undo_restores(text: str) -> None:
    doc = newsclean.clean(text)
    assert isinstance(doc.text, str)
    assert undo(doc) == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_never_invents_words(text: str) -> None:
    doc = newsclean.clean(text)
    source_words = _words(_reference(text))
    # markers and joins create no words; every output word comes from the input
    assert _words(doc.text) <= source_words


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_idempotent(text: str) -> None:
    once = newsclean.clean(text).text
    assert newsclean.clean(once).text == once


def test_idempotent_on_fixtures() -> None:
    pipeline = default_pipeline()
    for name in NAMES:
        once = pipeline(article(name)).text
        assert pipeline(once).text == once, name


def test_lone_surrogates_and_nuls_do_not_crash() -> None:
    text = "a\ud800b\x00c\udfff\n\n\x00\x00 By Ann\n"
    doc = newsclean.clean(text)
    assert undo(doc) == text


ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "\n" * 200_000,
    "[a](" * 50_000,
    "**a" * 60_000,
    "— " * 100_000,
    "@" * 200_000,
    "?" * 200_000,
    "\U0001f4f7" * 100_000,
    "\u200d\ufe0f" * 100_000,
    " " * 200_000 + "x",
    ("word " * 200_000).strip(),  # a 1 MB single line
    "By " + "Ann " * 100_000,
    "a,\n\nb " * 50_000,
]


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail (rather than hang) when the block runs longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_inputs_finish(text: str) -> None:
    """Each must finish well within a generous limit (a catastrophic regex would
    not); the real speed on such input is measured in the benchmark."""
    pipeline = default_pipeline()
    with time_limit(60):
        doc = pipeline(text)
    assert len(doc.text) <= len(text) + 1


SHIPPED = sorted(
    [
        *(Path(__file__).parent.parent / "fixtures" / "articles").glob("*.txt"),
        *(Path(__file__).parent / "data").glob("*/articles/*.txt"),
    ]
)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_cleaning_a_shipped_article_twice_changes_nothing(path: Path) -> None:
    """The default pipeline is idempotent on every article the project ships."""
    once = newsclean.clean(path.read_text(encoding="utf-8")).text
    assert newsclean.clean(once).text == once
