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


# --- video pages' furniture, text-to-speech and podcast players ---------------------

PLAYER_MORE = [
    # CNN-style video cards: a title and its source line, with or without a duration
    ("Trump says he will appeal the ruling\n- Source: CNN", "video-source"),
    ("Video Ad Feedback\n\nTrump says he will appeal the ruling\n\n02:14\n\n- Source: CNN", None),
    ("02:14 - Source: CNN Business", "video-source"),
    ("Now playing\n\n- Source: CNN", None),
    # buttons and notices
    ("Video Ad Feedback", "player-ui"),
    ("Watch the full video", "player-ui"),
    ("Watch the full video below.", "player-ui"),
    ("Click here to watch the video", "player-ui"),
    ("Watch highlights", "player-ui"),
    ("Video Duration 3 minutes 12 seconds", "player-ui"),
    ("Click to expand", "player-ui"),
    ("Click to enlarge", "player-ui"),
    # text-to-speech and podcast players
    ("Voiced by Amazon Polly", "player-ui"),
    ("Powered by Trinity Audio", "player-ui"),
    ("Press play to listen to this article", "player-ui"),
    ("Listen to this article now", "player-ui"),
    ("This audio is auto-generated.", "player-ui"),
    ("Listen to this article\n\n00:00 / 04:32\n\n1x", "player-ui"),
    ("00:00 / 04:32\n\n1.5x\n\nSkip back 15 seconds", "player-ui"),
    ("Apple Podcasts | Spotify | Google Podcasts | RSS", "player-ui"),
    ("Listen on Apple Podcasts", "player-ui"),
    ("Subscribe: Apple Podcasts · Spotify · Pocket Casts", "player-ui"),
    # a short title after a player's label ("Now playing", "Highlights")
    ("Now playing\n\nFlood update\n\n01:42", None),
    ("Highlights\n\nArsenal 2-1 Chelsea\n\n03:45", None),
    ("Up next\n\n02:15\n\nRing road reopens", None),
]


@pytest.mark.parametrize(("block", "rule"), PLAYER_MORE)
def test_more_player_residue_is_removed(block: str, rule: str | None) -> None:
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    assert {e.category for e in doc.edits} == {"embed"}
    if rule is not None:
        assert rule in {e.rule for e in doc.edits}


def test_video_source_goes_to_metadata() -> None:
    doc = clean(article_with("Trump says he will appeal the ruling\n\n- Source: CNN"))
    assert doc.metadata.extras["videos"] == [{"title": "Trump says he will appeal the ruling"}]
    doc = clean(article_with("Trump says he will appeal the ruling\n\n02:14 - Source: CNN"))
    assert doc.metadata.extras["videos"] == [
        {"title": "Trump says he will appeal the ruling", "duration": "02:14"}
    ]


KEEP_MORE = [
    # prose that names players, videos, sources
    "Now playing at the Lyric Theatre is a revival of the musical, which opened on Friday.",
    "Watch the full video of the match on the club's website, where it was posted on Sunday.",
    "Click to expand the map, the council's website tells residents.",
    "Listen to this article's author explain the findings in a podcast, the university said.",
    # a source line in a list of the story, or in a chart's notes
    "Key figures:\n\n- Death toll: 45\n\n- Source: CNN",
    "- Unemployment fell to 3.9%\n- Source: Bureau of Labor Statistics\n- Wages rose 4.1%",
    "Source: CNN",
    # weak player words alone
    "Highlights",
    "Watch now",
    "Download",
    "1x",
    # a short title next to a duration without a player's label
    "Flood update\n\n01:42",
]


@pytest.mark.parametrize("block", KEEP_MORE)
def test_more_story_lines_are_kept(block: str) -> None:
    text = article_with(block)
    doc = clean(text)
    assert doc.text == text
    assert doc.edits == []


def test_source_rule_switches_off() -> None:
    block = "Trump says he will appeal the ruling\n- Source: CNN"
    assert clean(article_with(block), sources=False).edits == []


# --- live-score widgets -------------------------------------------------------------

MATCH = "Arsenal edge Chelsea in London derby"
REPORT_1 = (
    "Bukayo Saka scored twice as Arsenal came from behind to beat Chelsea at the Emirates "
    "Stadium on Saturday, moving three points clear at the top of the table."
)
REPORT_2 = (
    "Mikel Arteta said afterwards that his side had shown great character, and that the win "
    "would give the players confidence before the trip to Munich next week."
)


def match_report(block: str, where: str) -> str:
    """A match report with ``block`` at its top, in its middle or at its bottom."""
    parts = {
        "top": [MATCH, block, REPORT_1, REPORT_2],
        "middle": [MATCH, REPORT_1, block, REPORT_2],
        "bottom": [MATCH, REPORT_1, REPORT_2, block],
    }[where]
    return "\n\n".join(parts) + "\n"


WIDGETS = [
    "FT\nArsenal 2–1 Chelsea",
    "Arsenal 2-1 Chelsea\n\nFT",
    "Arsenal\n2\nChelsea\n1\nFT",
    "Arsenal\n\n2 - 1\n\nChelsea\n\nFull time",
    "LIVE\nArsenal 1-0 Chelsea\nSaka 23'",
    "HT\nArsenal 1 - 0 Chelsea (HT)\nSaka 23'",
    "Full time\nArsenal 2-1 Chelsea\nSaka 23', 45+2'\nPalmer 67' (pen)",
    "FT\nArsenal 2–1 Chelsea\nPossession 58% 42%\nShots 14 9\nShots on target 6 3\nCorners 5 4",
]


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("block", WIDGETS)
def test_score_widget_at_the_edges_is_removed(block: str, where: str) -> None:
    doc = clean(match_report(block, where))
    assert kept_lines(doc) == [MATCH, REPORT_1, REPORT_2]
    assert {e.rule for e in doc.edits} == {"score-widget"}


def test_score_widget_in_the_middle_needs_a_status_and_statistics() -> None:
    doc = clean(match_report(WIDGETS[-1], "middle"))
    assert kept_lines(doc) == [MATCH, REPORT_1, REPORT_2]
    for block in WIDGETS[:-1]:
        text = match_report(block, "middle")
        assert clean(text).text == text


KEEP_SCORES = [
    # a results list, with or without a heading and scorers
    "Arsenal 2-1 Chelsea\nLiverpool 3-0 Everton\nManchester City 1-1 Tottenham",
    "Saturday's results:\n\nArsenal 2-1 Chelsea\n\nLiverpool 3-0 Everton",
    "Arsenal 2-1 Chelsea\nSaka 23', 45+2'\nLiverpool 3-0 Everton\nSalah 10', 50'",
    # a live blog's entry heading, one line with the score
    "Full time\nArsenal 2-1 Chelsea",
    "Full time: Arsenal 2-1 Chelsea",
    # a status or statistics without a score
    "Half-time\n\nPossession 58% 42%",
    "FT",
    # prose with a score in it
    "The score at half time was Arsenal 1-0 Chelsea, with Saka's goal the difference.",
    "Arsenal won 2-1. Chelsea had 58% possession but only 9 shots.",
]


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize("block", KEEP_SCORES)
def test_results_and_score_prose_are_kept(block: str, where: str) -> None:
    text = match_report(block, where)
    doc = clean(text)
    assert doc.text == text
    assert doc.edits == []


def test_a_score_line_as_the_title_is_kept() -> None:
    text = "Arsenal 2-1 Chelsea\n\nFT\n\n" + REPORT_1 + "\n\n" + REPORT_2 + "\n"
    doc = clean(text)
    assert kept_lines(doc) == ["Arsenal 2-1 Chelsea", REPORT_1, REPORT_2]


def test_score_widget_rule_switches_off() -> None:
    text = match_report(WIDGETS[0], "top")
    assert clean(text, score_widgets=False).edits == []


def test_widget_helpers() -> None:
    from newsclean.cleaners.embeds import _widget_kind

    assert _widget_kind("FT") == "strong-status"
    assert _widget_kind("Full-time") == "status"
    assert _widget_kind("Arsenal 2–1 Chelsea") == "score"
    assert _widget_kind("Borussia Dortmund 2, Bayern Munich 1") == "score"
    assert _widget_kind("58% Possession 42%") == "stat"
    assert _widget_kind("Havertz 45+2' (pen)") == "minute"
    assert _widget_kind("2-1") == "middle"
    assert _widget_kind("Arsenal won 2-1 on Saturday.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal " * 40_000 + "2-1",
        "\n".join(["FT", "Arsenal 2-1 Chelsea"] * 20_000),
        "\n".join(["Arsenal", "2"] * 40_000),
        "- Source: " + "A" * 200_000,
        "\n".join(["Title of a video here", "- Source: CNN"] * 20_000),
        "Possession " + "1 " * 50_000,
        "Watch the full " + "video " * 40_000,
        "Apple Podcasts | " * 20_000,
        "\n".join(["Saka 23'"] * 50_000),
    ],
)
def test_new_rules_on_adversarial_input_finish(text: str) -> None:
    find_embeds(text)


MORE_PIECES = [
    *PIECES,
    "FT",
    "Arsenal 2-1 Chelsea",
    "Possession 58% 42%",
    "- Source: CNN",
    "Now playing",
    "Highlights",
    "Saka 23'",
    "Arsenal",
    "2",
    REPORT_1,
]


@given(st.lists(st.sampled_from(MORE_PIECES), max_size=14), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=300, deadline=None)
def test_articles_with_widgets_only_lose_text(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    _check(text)
    doc = clean(text)
    for line in (STORY_1, STORY_2, REPORT_1):
        assert doc.text.count(line) == text.count(line)
