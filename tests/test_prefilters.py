"""The cheap first looks of the text-repair cleaners never change their answer.

Each of these cleaners first asks a fast question ("is there any character
a change could start at?") and runs its full pattern only on a yes. These
properties check that a "no" is always right: on texts made of the
characters the patterns care about, the fast path finds nothing only where
the full pattern finds nothing.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners import emoji, encoding, whitespace
from newsclean.cleaners.emoji import EmojiConfig, find_broken_emoji

# the characters the three patterns are about, and some ordinary ones
ALPHABET = (
    "a Z1.?@()*#-]^\\\n\r\t\x0b\x1f\x7f\u00a0\u2009\u200b\u200d\u00ad\ufeff\ufe0e\ufe0f\ufffd"
    "\u0080\u009d\u00c2\u00c3\u00a9\u00e2\u20ac\u2122\u0153\u00f4\u00f5"
    "\U0001f4f7\u25a1\U0001f1fa\U0001f1f8\U0001f3fd\U0001f600\u2764\U0001f44d"
)
texts = st.text(alphabet=ALPHABET, max_size=60)


@given(texts)
def test_mojibake_sign_prefilter(text: str) -> None:
    assert encoding.has_mojibake_sign(text) == (
        not text.isascii() and encoding._SIGN.search(text) is not None
    )


@given(texts)
def test_control_prefilter(text: str) -> None:
    if not whitespace.control_changes(text):
        assert whitespace._CONTROLS.search(text) is None


@given(
    texts,
    st.booleans(),
    st.booleans(),
    st.frozensets(st.sampled_from("*#?a\U0001f4f7\u25a1-]^\\"), max_size=4),
)
def test_emoji_prefilter(
    text: str, question_runs: bool, orphans: bool, placeholders: frozenset[str]
) -> None:
    config = EmojiConfig(question_runs=question_runs, orphans=orphans, placeholders=placeholders)
    if not find_broken_emoji(text, config):
        full = emoji._build(config)
        assert all(m.lastgroup == "keep" for m in full.finditer(text))


# the one-pattern form of a split point
SPLIT = regex.compile(r"(?<=[\p{L}\p{N},])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=\p{Ll})")


@given(st.text(alphabet="aZ1,. \t\n\u00e9\u00c9\u00df\u0661", max_size=60))
def test_split_points_are_those_of_the_one_pattern(text: str) -> None:
    from newsclean.cleaners.paragraphs import split_points

    assert list(split_points(text)) == [m.span() for m in SPLIT.finditer(text)]


@given(st.text(alphabet="#a \t\n\u00a0\u2003x", max_size=60))
def test_heading_markers_are_those_of_the_multiline_pattern(text: str) -> None:
    from newsclean.cleaners import markup

    assert [m.span() for m in markup._heading_markers(text)] == [
        m.span() for m in markup._HEADING.finditer(text)
    ]


@given(st.text(alphabet="*_-=#•a \t\n\u00a0\u200b\x0b", max_size=60))
def test_separator_lines_are_those_of_the_multiline_pattern(text: str) -> None:
    from newsclean.cleaners import markup

    multiline = regex.compile(rf"(?m)^{markup._SEPARATOR.pattern}$")
    expected = [m.span() for m in multiline.finditer(text) if m.group().strip()]
    assert markup.separator_lines(text) == expected


@given(
    st.lists(
        st.sampled_from(
            [
                "pic.twitter.com/",
                "pic.x.com/",
                "t.co/",
                "https://",
                "http://",
                "a",
                "Z9_",
                ".",
                "/",
                " ",
                "\n",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_stray_links_are_those_of_the_whole_text_pattern(text: str) -> None:
    from newsclean.cleaners import tweets

    assert [m.span() for m in tweets.stray_links(text)] == [
        m.span() for m in tweets._STRAY.finditer(text)
    ]


def _caption_vocabulary() -> list[str]:
    from newsclean.cleaners import captions

    words = [
        *captions._LABEL_STARTS,
        *captions._NOTE_STARTS,
        *sorted(captions.IMAGE_AGENCIES),
        *sorted(captions.AGENCIES)[:40],
        *[
            "Ann",
            "Lee",
            "Reuters",
            "AFP",
            "AP",
            "Getty",
            "Images",
            "Photo",
            "by",
            "Credit",
            "via",
            "file",
            "The",
            "mayor",
            "opens",
        ],
        *[
            "Pictured",
            "Source",
            "Courtesy",
            "Handout",
            "Pool",
            "Staff",
            "photographer",
            "on",
            "March",
            "3,",
            "2024",
        ],
    ]
    marks = [" ", " ", " ", ".", ",", ":", "/", "|", "(", ")", "[", "]", "-", "–", "—", "©", "’"]
    return [w.title() for w in words[:30]] + words + marks


def _caption_configs() -> list[Any]:
    from newsclean.cleaners.captions import CaptionConfig

    return [
        CaptionConfig(),
        CaptionConfig(min_words=1, max_words=200, agencies=frozenset({"ann lee", "zed"})),
        CaptionConfig(verbs=frozenset({"opens", "stands"}), strong_verbs=frozenset({"opens"})),
        CaptionConfig(credits=False, labelled=False),
        CaptionConfig(credited=False, bare=False),
    ]


def _plain_words() -> list[str]:
    # words with no mark and no photo word in them: the lines the first look turns away
    from newsclean.cleaners import captions

    story = [
        "The",
        "mayor",
        "said",
        "on",
        "Tuesday",
        "that",
        "Reuters",
        "AFP",
        "AP",
        "Ann",
        "Lee",
        "of",
        "Oslo",
        "had",
        "left",
    ]
    words = [*_caption_vocabulary(), *story]
    return [
        w
        for w in words
        if w.replace(" ", "").isalpha() and captions._MAY_WORD.search(w.casefold()) is None
    ]


@given(
    st.one_of(
        # mostly plain words, so that many lines fail the first look and are checked
        st.lists(st.sampled_from(_plain_words()), min_size=1, max_size=14).map(" ".join),
        st.lists(st.sampled_from(_caption_vocabulary()), min_size=1, max_size=14).map("".join),
    ),
    st.booleans(),
    st.sampled_from(range(5)),
)
def test_caption_prefilter_never_hides_a_verdict(text: str, first: bool, which: int) -> None:
    from newsclean.cleaners import captions

    folded = " ".join(text.split())
    if folded and not captions._may_classify(folded):
        config = _caption_configs()[which]
        assert captions._classify(folded, len(folded.split()), config, first) is None


def test_caption_prefilter_passes_every_line_of_the_shipped_articles() -> None:
    """Every credit or caption in the fixtures and test sets gets past the first look."""
    from pathlib import Path

    from newsclean.cleaners import captions

    root = Path(__file__).parent.parent
    files = [*root.glob("fixtures/articles/*.txt"), *root.glob("tests/data/*/articles/*.txt")]
    config = captions.CaptionConfig()
    verdicts = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            folded = " ".join(line.split())
            if not folded:
                continue
            for first in (False, True):
                if captions._classify(folded, len(folded.split()), config, first) is not None:
                    verdicts += 1
                    assert captions._may_classify(folded), line
    assert verdicts > 20
