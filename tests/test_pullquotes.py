"""The pull-quotes cleaner: short standalone repeats of the story, and the story it keeps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Document
from newsclean.cleaners.pullquotes import (
    PullQuoteCleaner,
    PullQuoteConfig,
    find_pull_quotes,
    fold,
)

from .conftest import is_subsequence

TITLE = "The village that refused to close its school"
QUOTE_PARA = (
    "“We are not a statistic on somebody’s spreadsheet,” says Ana Lima, who has taught "
    "at the school for 22 years. “We are the reason this village still has children in it.”"
)
PROSE_1 = (
    "The council first proposed closing the school in 2019, citing falling rolls and the "
    "cost of repairing its roof, and parents have fought the plan at every meeting since."
)
PROSE_2 = (
    "Without a school, Lima argues, young families will not move in, and the village will "
    "slowly become a place where people come only to retire or to spend the summer."
)
ENDING = "The council will vote on the closure again in June."


def article(*paras: str) -> str:
    return "\n\n".join([TITLE, *paras]) + "\n"


def clean(text: str, **options: object) -> Document:
    doc = Document(text)
    PullQuoteCleaner(**options)(doc)
    return doc


def kept(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


# --- pull quotes removed -------------------------------------------------------------

PULL_QUOTES = [
    # a quoted clause of the original, its comma turned into a full stop
    "“We are not a statistic on somebody’s spreadsheet.”",
    # straight quotes and different case
    '"we are not a statistic on somebody\'s spreadsheet."',
    # the second sentence of the quote, without quotation marks
    "We are the reason this village still has children in it.",
    # an exclamation, guillemets
    "« We are the reason this village still has children in it! »",
]


@pytest.mark.parametrize("quote", PULL_QUOTES)
def test_pull_quote_after_the_original_is_removed(quote: str) -> None:
    doc = clean(article(PROSE_1, QUOTE_PARA, quote, PROSE_2, ENDING))
    assert kept(doc) == [TITLE, PROSE_1, QUOTE_PARA, PROSE_2, ENDING]
    assert [(e.rule, e.category) for e in doc.edits] == [("pull-quote", "pullquote")]
    assert doc.metadata.extras["pull_quotes"] == [" ".join(quote.split())]


@pytest.mark.parametrize("quote", PULL_QUOTES[:3])
def test_pull_quote_before_the_original_is_removed(quote: str) -> None:
    doc = clean(article(PROSE_1, quote, PROSE_2, QUOTE_PARA, ENDING))
    assert kept(doc) == [TITLE, PROSE_1, PROSE_2, QUOTE_PARA, ENDING]


def test_pull_quote_of_narration_is_removed() -> None:
    # a pull quote need not be speech: a sentence of the writer's own prose
    sentence = "Families will not move in."
    narration = (
        "The arithmetic is simple, Lima says: without a school young families will not "
        "move in, and without them the shop and the bus go too."
    )
    quote = "Without a school young families will not move in."
    doc = clean(article(PROSE_1, narration, quote, PROSE_2, ENDING))
    assert quote not in kept(doc)
    # five words: too short to be evidence
    doc = clean(article(PROSE_1, narration, sentence, PROSE_2, ENDING))
    assert sentence in kept(doc)


def test_single_line_breaks() -> None:
    quote = PULL_QUOTES[0]
    text = "\n".join([TITLE, PROSE_1, QUOTE_PARA, quote, PROSE_2, ENDING]) + "\n"
    doc = clean(text)
    assert doc.text == "\n".join([TITLE, PROSE_1, QUOTE_PARA, PROSE_2, ENDING]) + "\n"


# --- the story kept ------------------------------------------------------------------


def test_the_original_inside_prose_is_never_removed() -> None:
    # the original alone: nothing repeats it
    text = article(PROSE_1, QUOTE_PARA, PROSE_2, ENDING)
    assert clean(text).edits == []


def test_title_repeated_in_the_text_is_kept() -> None:
    title = "We are the reason this village still has children in it."
    text = "\n\n".join([title, PROSE_1, QUOTE_PARA, PROSE_2, ENDING]) + "\n"
    assert clean(text).edits == []


def test_a_long_paragraph_is_never_a_pull_quote() -> None:
    # a paragraph that contains another one is not removed because of it
    longer = QUOTE_PARA + " She has said so at every council meeting since 2019, and will again."
    assert clean(article(PROSE_1, QUOTE_PARA, longer, ENDING)).edits == []


def test_two_sentences_are_not_a_pull_quote_by_default() -> None:
    # a quotation with its attribution is a paragraph of the story
    longer = QUOTE_PARA + " She has said so at every council meeting since 2019."
    two = "We are not a statistic. We are the reason this village still has children in it."
    para = "She said it twice: we are not a statistic. We are the reason this village " + (
        "still has children in it, and we will not be closed by a spreadsheet."
    )
    assert clean(article(PROSE_1, para, two, ENDING)).edits == []
    assert len(clean(article(PROSE_1, para, two, ENDING), max_sentences=2).edits) == 1
    assert clean(article(PROSE_1, longer, ENDING, ENDING)).edits == []


def test_two_short_lines_repeating_each_other_are_kept() -> None:
    refrain = "We are the reason this village still has children in it."
    assert clean(article(PROSE_1, refrain, PROSE_2, refrain, ENDING)).edits == []


def test_a_closing_line_that_echoes_the_story_is_kept() -> None:
    echo = "We are the reason this village still has children in it."
    assert clean(article(PROSE_1, QUOTE_PARA, PROSE_2, echo)).edits == []


KEEP = [
    # a heading (no sentence end) made of words of the story
    "We are not a statistic",
    # a different sentence that shares words with the original
    "We are not a statistic on anybody’s spreadsheet.",
    # part of a word: "spreadsheet" is not "spreadsheets"
    "They are not a statistic on somebody’s spreadsheets.",
    # a short reply that also occurs in prose
    "Thank you.",
    # a bullet
    "- We are not a statistic on somebody’s spreadsheet.",
    # a question that shares its start only
    "Are we the reason this village still has children in it?",
]


@pytest.mark.parametrize("line", KEEP)
def test_story_lines_are_kept(line: str) -> None:
    text = article(PROSE_1, QUOTE_PARA, line, PROSE_2, ENDING)
    doc = clean(text)
    assert doc.text == text
    assert doc.edits == []


def test_container_must_be_long_enough() -> None:
    short_para = "“We are not a statistic on somebody’s spreadsheet,” Lima said."
    quote = "We are not a statistic on somebody’s spreadsheet."
    assert clean(article(PROSE_1, short_para, quote, PROSE_2, ENDING)).edits == []
    doc = clean(
        article(PROSE_1, short_para, quote, PROSE_2, ENDING),
        min_container_words=8,
        min_extra_words=1,
    )
    assert quote not in kept(doc)


def test_config() -> None:
    text = article(PROSE_1, QUOTE_PARA, PULL_QUOTES[0], PROSE_2, ENDING)
    assert clean(text, max_words=5).edits == []
    doc = clean(text, record=False)
    assert "pull_quotes" not in doc.metadata.extras
    assert len(doc.edits) == 1
    with pytest.raises(AttributeError):
        PullQuoteConfig().min_words = 1  # type: ignore[misc]


def test_fold() -> None:
    assert fold("“Don’t — stop.”") == "don't - stop."
    assert fold("A\u00a0B") == "a b"


def test_short_texts() -> None:
    assert find_pull_quotes("") == []
    assert find_pull_quotes("One line.\n\nTwo lines.") == []


# --- properties and safety -----------------------------------------------------------


def _check(text: str) -> None:
    doc = clean(text)
    assert is_subsequence(doc.text, text)
    again = clean(doc.text)
    assert again.text == doc.text


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_string_only_loses_text(text: str) -> None:
    _check(text)


PIECES = [TITLE, PROSE_1, PROSE_2, QUOTE_PARA, ENDING, *PULL_QUOTES, *KEEP, ""]


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["\n", "\n\n", "\r\n"]))
@settings(max_examples=200, deadline=None)
def test_articles_of_realistic_lines_only_lose_text(lines: list[str], sep: str) -> None:
    _check(sep.join(lines))


@pytest.mark.parametrize(
    "text",
    [
        "*" * 200_000,
        "[" * 200_000,
        "(" * 200_000,
        "—" * 200_000,
        "@" * 200_000,
        " " * 200_000,
        " ".join(["word"] * 40_000),
        "\n\n".join(["We are the reason this village still has children."] * 4_000),
        "\n\n".join([PROSE_1, "The council first proposed closing the school."] * 2_000),
    ],
)
def test_adversarial_input_finishes(text: str) -> None:
    clean(text)
