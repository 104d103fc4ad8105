"""The text-repair cleaners on cases beyond the fixtures."""

from __future__ import annotations

import pytest

from newsclean import Document
from newsclean.cleaners.emoji import EmojiCleaner, find_broken_emoji
from newsclean.cleaners.encoding import EncodingCleaner, has_mojibake_sign
from newsclean.cleaners.markup import MarkupCleaner
from newsclean.cleaners.paragraphs import ParagraphCleaner
from newsclean.cleaners.whitespace import WhitespaceCleaner
from newsclean.pipeline import Cleaner


def run(cleaner: Cleaner, text: str) -> str:
    doc = Document(text)
    cleaner(doc)
    return doc.text


# --- encoding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("The minister\u00e2\u20ac\u2122s plan", "The minister’s plan"),  # UTF-8 read as cp1252
        ("Z\u00c3\u00bcrich and M\u00c3\u00bcnchen", "Zürich and München"),  # read as Latin-1
        ("\u00e2\u20ac\u0153Peace\u00e2\u20ac\u009d, he said", "“Peace”, he said"),
        ("S\u00c3\u00a3o Paulo \u00e2\u20ac\u201c Brazil", "São Paulo – Brazil"),
        ("Jos\u00c3\u00a9 Mart\u00c3\u00adnez and Luc\u00c3\u00ada", "José Martínez and Lucía"),
    ],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert run(EncodingCleaner(), broken) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "“Curly” quotes and ‘single’ ones – and dashes — stay.",
        "Café, naïve, Zürich, São Paulo, Ελληνικά, Русский, 中文, 🇺🇦 🎉",
        "Â is a letter some languages use: Âge, Âne.",
        "ÉCOLE, ÀÉÎÕÜ in capitals stay",
    ],
)
def test_clean_text_is_left_alone(clean: str) -> None:
    assert run(EncodingCleaner(), clean) == clean


def test_sign_check_is_cheap_on_ascii() -> None:
    assert not has_mojibake_sign("plain ascii " * 1000)


# --- emoji ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\U0001f4f7\U0001f4f7 Breaking: talks begin", " Breaking: talks begin"),
        ("— Jane \U0001f4f7\U0001f4f7\U0001f4f7 (@jane)", "— Jane  (@jane)"),
        ("Ann ??? (@ann_news) wrote", "Ann  (@ann_news) wrote"),
        ("?? Big news tonight", "Big news tonight"),
        ("caf\ufffd\ufffd au lait", "caf au lait"),
        ("flag half \U0001f1fa alone", "flag half  alone"),
        ("orphan tone \U0001f3fd here", "orphan tone  here"),
        ("\u200djoiner at start", "joiner at start"),
        ("text \ufe0f selector", "text  selector"),
    ],
)
def test_broken_emoji_removed(text: str, expected: str) -> None:
    assert run(EmojiCleaner(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Real emoji stay: 🎉 🔥🔥🔥 👍🏽 👨\u200d👩\u200d👧 🇺🇦 ❤️ 1️⃣ \U0001f4f7",
        "Why?? Really?",
        "Quoi ?? Non.",
        "What happened??? Nobody knows.",
        "Scores: 5 ? 3 (unknown)",
        "Hindi: क्\u200dष and Malayalam ന്\u200d stay",
        "© 2023 and ™ and ® are symbols",
    ],
)
def test_real_emoji_and_question_marks_kept(text: str) -> None:
    assert run(EmojiCleaner(), text) == text


def test_remove_all_option() -> None:
    assert run(EmojiCleaner(remove_all=True), "Go 🎉 team 🇺🇦! © 2023") == "Go  team ! © 2023"


def test_single_placeholder_kept_unless_min_run_is_one() -> None:
    assert run(EmojiCleaner(), "camera \U0001f4f7 here") == "camera \U0001f4f7 here"
    assert run(EmojiCleaner(min_run=1), "camera \U0001f4f7 here") == "camera  here"


def test_rules_are_named() -> None:
    rules = {c.rule for c in find_broken_emoji("\U0001f4f7\U0001f4f7 \ufffd Ann ?? (@x)")}
    assert rules == {"placeholder-run", "replacement-character", "question-run"}


# --- markup ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See [the report](https://x.org/r?id=1&a=b) today", "See the report today"),
        ("Wiki [Ukraine](https://en.wikipedia.org/wiki/Ukraine_(country)) x", "Wiki Ukraine x"),
        ('A [titled](http://a.b "Title here") link', "A titled link"),
        ("![a photo](http://img/x.jpg)Caption", "Caption"),
        ("**Bold** and *italic* and ***both***", "Bold and italic and both"),
        ("*Italic with **bold inside** and more.*", "Italic with bold inside and more."),
        ("## Section heading", "Section heading"),
        ("before\n\n* * *\n\nafter", "before\n\n\n\nafter"),
        ("before\n---\nafter\n_____\n", "before\n\nafter\n\n"),
    ],
)
def test_markup_to_plain_text(text: str, expected: str) -> None:
    assert run(MarkupCleaner(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5 * 3 = 15 and 2*x + y",
        "Footnote* applies; see below.",
        "we will discuss your initiative [on Ukraine] which we view",
        "Prices (in dollars) [estimated]",
        "A list:\n* first item\n* second item",
        "#hashtag stays and C# too",
    ],
)
def test_text_that_is_not_markup_is_kept(text: str) -> None:
    assert run(MarkupCleaner(), text) == text


# --- white space ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("  indented\t\tline  ", "indented line\n"),
        ("x\u00a0\u00a0y\u202fz", "x y z\n"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen\n"),
        ("\n\n\na\n\n\n\n\nb\n\n\n", "a\n\nb\n"),
        ("   \n \t \n", ""),
        ("", ""),
        ("one\ntwo\nthree", "one\ntwo\nthree\n"),
    ],
)
def test_whitespace_house_style(text: str, expected: str) -> None:
    assert run(WhitespaceCleaner(), text) == expected


# --- paragraphs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said they would consider the offer and\n\nrespond next week.\n",
            "Officials said they would consider the offer and respond next week.\n",
        ),
        (
            "According to more from the minister’s\n\nletter, published on Monday:\n",
            "According to more from the minister’s letter, published on Monday:\n",
        ),
        (
            "The plan has 12 points, 4 of them on trade,\n\nmost on security.\n",
            "The plan has 12 points, 4 of them on trade, most on security.\n",
        ),
    ],
)
def test_split_sentences_are_joined(text: str, expected: str) -> None:
    assert run(ParagraphCleaner(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended.\n\nnext came the dinner.\n",  # terminal punctuation
        "He called it “a partnership”\n\nboth leaders agreed.\n",  # closing quote
        "Related Posts\n\nmore stories below\n",  # heading
        "• first point of the list here\n\nsecond line lower case\n",  # list item
        "The answer is below\n\nAnd then more.\n",  # next starts upper case
        "Short line\nnext line lower\n",  # single line break: document structure
    ],
)
def test_paragraphs_that_must_stay_apart(text: str) -> None:
    assert run(ParagraphCleaner(), text) == text


# --- markup: the separator pre-check ----------------------------------------------


def test_separator_prefilter_holds_every_character_the_pattern_accepts() -> None:
    """The cheap ``str.strip`` test must never pass over a real separator line."""
    import regex

    from newsclean.cleaners.markup import _BLANK, SEPARATOR_CHARS

    blank = regex.compile(_BLANK)
    accepted = [chr(c) for c in range(0x110000) if blank.fullmatch(chr(c))]
    assert accepted
    assert set(accepted) <= set(SEPARATOR_CHARS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Story.\n\n* * *\n\nMore.", "Story.\n\nMore."),
        ("Story.\n\u00a0—\u00a0\n\nMore.", "Story.\n\u00a0—\u00a0\n\nMore."),  # a dash is text
        ("Story.\n\n\u200b-----\u200b\r\n\nMore.", "Story.\n\nMore."),
        ("a - b\n\n5 * 3 = 15", "a - b\n\n5 * 3 = 15"),
        ("#\n\n##", ""),
    ],
)
def test_separator_lines(text: str, kept: str) -> None:
    got = run(MarkupCleaner(), text)
    assert "\n".join(line for line in got.split("\n") if line.strip()) == "\n".join(
        line for line in kept.split("\n") if line.strip()
    )


@pytest.mark.parametrize(
    "text",
    [
        "0:0\x80Â\x80aÂ\n\na",  # found by hypothesis: ftfy read "Â a" only after the join
        "The caf\u00c3\u00a9 was open and the price was 5\u00c3\n\nmillion euros.",
        "It\u00e2\u20ac\u2122s late and the road to Bogot\u00c3\n\nwas closed.",
    ],
)
def test_a_line_ending_in_a_lead_byte_is_repaired_as_if_joined(text: str) -> None:
    """A mojibake line may be joined to the next by the paragraph step; the
    encoding step reads its end as a space so that cleaning twice changes
    nothing more."""
    from newsclean import default_pipeline

    pipeline = default_pipeline()
    once = pipeline(Document(text)).text
    assert pipeline(Document(once)).text == once


# --- found by review ------------------------------------------------------------


def test_paragraphs_stay_linear_on_a_long_run_of_spaces() -> None:
    """A pattern that began with the spaces was tried again at every one of them."""
    from newsclean.cleaners.paragraphs import split_points

    text = "He said and" + " " * 200_000 + "\n\nthen left."
    assert list(split_points(text)) == [(11, len(text) - len("then left."))]
    assert run(ParagraphCleaner(), "\n" + " \t" * 100_000) == "\n" + " \t" * 100_000


def test_encoding_always_on_a_line_of_invisible_characters() -> None:
    assert run(EncodingCleaner(always=True), "Story.\n \u200b \nMore.") == "Story.\n \u200b \nMore."


def test_a_crlf_blank_line_is_two_line_endings_not_a_blank_run() -> None:
    from newsclean.cleaners.whitespace import control_changes

    assert [c.rule for c in control_changes("a\r\n\r\nb")] == ["line-ending", "line-ending"]
    assert [c.rule for c in control_changes("a\r\n\r\n\r\nb")] == ["blank-lines"]
