"""The embeds cleaner: video and audio player residue, and the story it keeps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Document
from newsclean.cleaners.embeds import (
    EmbedCleaner,
    EmbedConfig,
    find_embeds,
    is_duration,
    is_player_string,
)
from newsclean.cleaners.encoding import EncodingCleaner
from newsclean.cleaners.markup import MarkupCleaner
from newsclean.pipeline import Pipeline

from .conftest import FIXTURES, NAMES, article, is_subsequence

HEAD = "Xi Jinping and Vladimir Putin meet in Moscow"
STORY_1 = (
    "A video released by Russian state channel RT showed the two leaders extending greetings "
    "sitting on white chairs in front of a gold leaf-trimmed fireplace."
)
TITLE = "China, Iran pledge to deepen cooperation as both grapple with strained US ties"
STORY_2 = (
    "On Tuesday, they will meet at 3pm at the Kremlin to plan a new blueprint for a "
    "comprehensive strategic partnership, followed by a state dinner, Tass reported."
)


def article_with(block: str, sep: str = "\n\n") -> str:
    return sep.join([HEAD, STORY_1, block, STORY_2]) + "\n"


def clean(text: str, **options: object) -> Document:
    doc = Document(text)
    EmbedCleaner(**options)(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


# --- the fixtures -------------------------------------------------------------------


def _embed_lines(name: str) -> set[int]:
    rows = (FIXTURES / "expected" / f"{name}.labels.tsv").read_text(encoding="utf-8")
    return {int(r.split("\t")[0]) for r in rows.splitlines() if r.split("\t")[1:2] == ["embed"]}


@pytest.mark.parametrize("name", NAMES)
def test_fixture_embed_lines_are_removed_and_nothing_else(name: str) -> None:
    # only the markup steps before it: every other family's noise is still there
    doc = Pipeline([EncodingCleaner(), MarkupCleaner(), EmbedCleaner()])(article(name))
    assert {e.line for e in doc.edits if e.step == "embeds"} == _embed_lines(name)
    assert all(e.category == "embed" for e in doc.edits if e.step == "embeds")


def test_fixture_video_goes_to_metadata() -> None:
    doc = Pipeline([EmbedCleaner()])(article("003_2e2360023d3653eb"))
    assert doc.metadata.extras["videos"] == [
        {
            "title": TITLE,
            "duration": "03:11",
        }
    ]


# --- residue shapes -----------------------------------------------------------------

RESIDUE = [
    # (a) title, duration, title
    f"{TITLE}\n\n03:11\n\n{TITLE}",
    f"{TITLE}\n03:11\n{TITLE}",
    f"{TITLE}\n\n\n\n1:02:45\n\n\n{TITLE}",
    f"{TITLE} \n\n\u00a003:11\u00a0\n\n {TITLE}",
    # (b) a headline and a lone duration
    "Xi and Putin toast at state dinner in the Kremlin\n\n01:45",
    "Watch: Xi arrives in Moscow for talks with Putin\n\n2:31",
    "2:31\n\nWATCH | Xi arrives in Moscow for talks with Putin",
    # labels
    "(Video) Putin and Xi sign joint statement on partnership",
    "Audio: Putin's address to the Federal Assembly (4:12)",
    "VIDEO: Xi Jinping lands at Vnukovo airport",
    # player strings
    "Video Player is loading.\nPlay Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration 2:31\n"
    "Loaded: 0%\nProgress: 0%\nStream Type LIVE\nRemaining Time -2:31\n1x\nPlayback Rate\n"
    "Chapters\nCaptions\ncaptions off, selected\nFullscreen\nThis is a modal window.",
    "Your browser does not support the video tag.",
    "Listen to this article · 5:32 min",
    "Listen to this article",
    "Now Playing\n\nXi and Putin toast at state dinner\n\n01:45\n\nUp Next",
    "If playback doesn't begin shortly, try restarting your device.\nYou're signed out\n"
    "Videos you watch may be added to the TV's watch history and influence TV recommendations. "
    "To avoid this, cancel and sign in to YouTube on your computer.\nCancel\nConfirm\nShare\n"
    "Copy link\nWatch later\nWatch on\n0:00 / 3:11",
    "This video can not be played\n\nReplay\n\nUnmute",
    "Duration 2:31",
    "0:00 / 2:31",
    "Click to play",
    "Loaded: 42.5%",
]


@pytest.mark.parametrize("block", RESIDUE)
def test_player_residue_is_removed_and_story_kept(block: str) -> None:
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    assert {e.category for e in doc.edits} == {"embed"}
    assert all(e.replacement == "" for e in doc.edits)


@pytest.mark.parametrize("block", RESIDUE[:8])
def test_residue_between_single_line_breaks(block: str) -> None:
    doc = clean(article_with(block.replace("\n\n", "\n"), sep="\n"))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]


def test_rules_are_named() -> None:
    rules = [e.rule for e in clean(article_with(RESIDUE[0])).edits]
    assert rules == ["title-duration-title"] * 3
    rules = [e.rule for e in clean(article_with(RESIDUE[5])).edits]
    assert rules == ["video-label", "video-label"]
    rules = [e.rule for e in clean(article_with(RESIDUE[4])).edits]
    assert rules == ["title-duration", "title-duration"]


def test_labelled_video_goes_to_metadata() -> None:
    doc = clean(article_with(RESIDUE[5]))
    assert doc.metadata.extras["videos"] == [
        {"title": "Xi arrives in Moscow for talks with Putin", "duration": "2:31"}
    ]
    assert "videos" not in clean(article_with(RESIDUE[5]), record=False).metadata.extras


def test_an_article_opening_with_its_video_keeps_its_title() -> None:
    text = f"{TITLE}\n\n03:11\n\n{TITLE}\n\n{STORY_1}\n"
    assert kept_lines(clean(text)) == [TITLE, STORY_1]


def test_config_switches_rules_off() -> None:
    text = article_with(RESIDUE[0])
    assert clean(text, triples=False, pairs=False, player_strings=False).edits == []
    text = article_with(RESIDUE[4])
    assert clean(text, pairs=False).edits == []
    text = article_with(RESIDUE[7])
    assert clean(text, labels=False).edits == []
    text = article_with(RESIDUE[11])
    assert clean(text, player_strings=False).edits == []


# --- what must stay -----------------------------------------------------------------

KEEP = [
    # fixture 000's update line, and a heading followed by a time of day
    "Latest update as of 10:17 ET, March 21, 2023:",
    "Putin greets Xi at the Kremlin\n\n10:17 ET",
    "Putin greets Xi at the Kremlin\n\n10:17 a.m.",
    # a live blog: several timestamps, each with a heading
    "10:17\n\nPutin arrives at the Kremlin\n\nThe Russian leader was greeted by aides.\n\n"
    "10:45\n\nXi arrives at the Kremlin\n\nThe Chinese leader came by motorcade.",
    # a repeated sentence that is not around a duration
    "Both sides said they want peace.\n\nThe West disagrees.\n\nBoth sides said they want peace.",
    # a prose paragraph is never a title, even around a duration
    f"{STORY_2}\n\n03:11\n\n{STORY_2}",
    # a short label next to a time of day
    "Kick-off time\n\n15:00",
    # a duration with a sentence, not a headline, next to it
    "The clip lasts exactly this long.\n\n03:11",
    # weak player words alone
    "Play",
    "Share",
    "LIVE",
    "0:00",
    # lookalikes of messages and labels
    "This video could not be independently verified by Reuters.",
    "Video shows Xi arriving at the Kremlin",
    "Watch: he said it. Then he left and the talks went on without him.",
    "Watching: the world waits for the outcome",
    "Listen to the people of Ukraine, Zelensky urged.",
]


@pytest.mark.parametrize("block", KEEP)
def test_story_lines_are_kept(block: str) -> None:
    text = article_with(block)
    doc = clean(text)
    assert doc.text == text
    assert doc.edits == []


def test_player_duration_does_not_take_the_heading_after_it() -> None:
    block = "Play Video\n\n0:00\n\nWhat we know so far"
    assert "What we know so far" in kept_lines(clean(article_with(block)))


def test_duration_right_after_the_article_title_keeps_the_title() -> None:
    text = f"{HEAD}\n\n03:11\n\n{STORY_1}\n"
    assert HEAD in kept_lines(clean(text))


def test_helpers() -> None:
    assert is_duration("03:11") and is_duration("1:02:45") and is_duration("(2:31)")
    assert not is_duration("10:17 ET") and not is_duration("3:1") and not is_duration("2023")
    assert is_player_string("Video Player is loading.")
    assert is_player_string("Remaining Time -2:31")
    assert not is_player_string("Play") and is_player_string("Play", weak=True)
    assert not is_player_string("The video player is in the story.")


# --- properties and adversarial input ----------------------------------------------

PIECES = [
    *(TITLE, "03:11", "1:02:45", "", "Play", "Share", "Video Player is loading.", HEAD),
    *(STORY_1, STORY_2, "Watch: Xi lands in Moscow", "10:17 ET", "0:00 / 2:31", "Replay"),
]


def _check(text: str) -> None:
    doc = clean(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    assert clean(doc.text).text == doc.text


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_string_only_loses_text(text: str) -> None:
    _check(text)


@given(st.lists(st.sampled_from(PIECES), max_size=14), st.sampled_from(["\n", "\n\n", "\r\n"]))
@settings(max_examples=200, deadline=None)
def test_articles_of_realistic_lines_only_lose_text(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    _check(text)
    # whatever was removed, no story paragraph was
    doc = clean(text)
    for line in (STORY_1, STORY_2):
        assert doc.text.count(line) == text.count(line)


@pytest.mark.parametrize(
    "text",
    [
        "*" * 200_000,
        "[" * 200_000,
        "(" * 200_000,
        "—" * 200_000,
        "@" * 200_000,
        " " * 200_000,
        ":" * 200_000,
        "0:00 / " * 30_000,
        "Watch: " + "word " * 40_000,
        "\n".join(["03:11", TITLE] * 20_000),
        "\n".join(["Play"] * 50_000),
        "\n" * 200_000,
    ],
)
def test_adversarial_input_finishes(text: str) -> None:
    find_embeds(text)


def test_default_config_is_frozen() -> None:
    with pytest.raises(AttributeError):
        EmbedConfig().pairs = False  # type: ignore[misc]


# --- social posts' residue, player labels before a duration -------------------------

SOCIAL = [
    "View this post on Instagram\n\nA post shared by Leeds Rhinos (@leedsrhinos)",
    "View this post on Instagram\n\nA post shared by Ann Lee (@ann.lee_photo) on "
    "Mar 3, 2024 at 10:15am PST",
    "A post shared by @cityofyork",
    "A photo shared by Jamie Oliver (@jamieoliver) on Jul 14, 2019 at 4:02am PDT",
    "View this profile on Instagram",
    "@harbourbakery ♬ original sound - Harbour Bakery",
    "♬ Espresso - Sabrina Carpenter",
    "Posted by Northfield Fire Department on Facebook",
    "Watch on TikTok",
    "View on Threads",
]


@pytest.mark.parametrize("block", SOCIAL)
def test_social_embed_residue_is_removed(block: str) -> None:
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    assert {e.rule for e in doc.edits} == {"social-embed"}
    assert {e.category for e in doc.edits} == {"embed"}


SOCIAL_KEEP = [
    "A post shared by the council on Facebook drew more than 300 angry replies.",
    "He posted a video on Instagram showing the flooded street.",
    "View this post as a warning, the chief constable said.",
    "Posted by the mayor on Facebook, the message was deleted within an hour.",
    "The song that played was ♪ a lullaby ♪, she remembers.",
]


@pytest.mark.parametrize("block", SOCIAL_KEEP)
def test_social_lookalikes_are_kept(block: str) -> None:
    doc = clean(article_with(block))
    assert doc.edits == []


def test_social_rule_switches_off() -> None:
    assert clean(article_with(SOCIAL[0]), social=False).edits == []


PLAYER_LABEL_FIRST = [
    # the duration between the label and the title
    "Now Playing\n\n02:14\n\nFlooding closes the ring road for a second day",
    "Now Playing\n\n02:14\n\nFlooding closes the ring road for a second day\n\nAUTOPLAY\n\n"
    "Up Next\n\nCouncil approves new flood defences\n\n01:58",
    "Up next\n\n1:05\n\nThe Week in 60 Seconds: March 8",
]


@pytest.mark.parametrize("block", PLAYER_LABEL_FIRST)
def test_title_after_a_labelled_duration_is_removed(block: str) -> None:
    doc = clean(f"{HEAD}\n\nCrews worked through the night to clear\n\n{block}\n\n{STORY_2}\n")
    assert kept_lines(doc) == [HEAD, "Crews worked through the night to clear", STORY_2]
    assert "title-duration" in {e.rule for e in doc.edits}


def test_a_button_before_the_duration_does_not_take_the_line_after() -> None:
    block = "Play Video\n\n0:00\n\nWhat happens to the ring road now"
    assert "What happens to the ring road now" in kept_lines(clean(article_with(block)))
