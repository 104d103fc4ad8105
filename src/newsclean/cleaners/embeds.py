"""Remove what video and audio players leave in scraped text.

A player embedded in an article leaves lines behind when the page is
scraped: the video's title, its duration, the title again; the player's own
buttons and messages (``Video Player is loading.``, ``Play Video``,
``Now Playing``, ``Loaded: 0%``, ``0:00 / 2:31``,
``Your browser does not support the video tag.``, ``Listen to this
article``, ``Watch the full video``, ``Video Duration 3 minutes 12
seconds``, ``Click to expand``, ``Voiced by Amazon Polly``, a podcast's
``Apple Podcasts | Spotify | RSS``); labels such as ``Watch: <title>`` or
``(Video) <title>``; a video card's ``- Source: CNN``; and the lines of a
live-score widget.
This cleaner removes them, whole lines only (category ``embed``):

* ``title-duration-title``: a line, a lone duration (``03:11``,
  ``1:02:45``), the same line again (blank lines may come between);
* ``title-duration``: a short headline line (no final full stop) next to a
  lone duration, when the article has no more lone durations than
  :attr:`EmbedConfig.max_lone_durations` (a live blog's timestamps are not a
  player's), or before a duration among other player residue;
* ``video-label``: a ``Watch:`` / ``Video:`` / ``Audio:`` / ``(Video)``
  line with a headline after the label, and a duration next to it;
* ``player-ui``: a player's button or message as a whole line
  (:data:`PLAYER_STRINGS`, :data:`WEAK_PLAYER_STRINGS`). Short words that
  may be something else (``Play``, ``Share``, ``LIVE``) go only next to
  other player residue, and so does a lone duration (rule ``duration``);
* ``video-source``: a video card's source line (``- Source: CNN``,
  ``01:42 - Source: CNN``) with the headline right above it (not in a list);
* ``score-widget``: a live-score widget, a block of short lines with a
  score (``Arsenal 2–1 Chelsea``, or ``Arsenal`` / ``2`` / ``Chelsea`` /
  ``1``) and a status (``FT``, ``HT``; ``Full time`` or ``Live`` with
  scorers' minutes) or match statistics (``Possession 58% 42%``), before
  the story's first or after its last prose paragraph; in the middle of
  the story it needs both a status and statistics. A results list (scores
  with no status) is the story's and always stays;
* ``social-embed``: what an embedded social post leaves when its script
  does not run: ``View this post on Instagram``, ``A post shared by Name
  (@handle)``, a TikTok sound line (``@user ♬ original sound - user``),
  ``Posted by Name on Facebook``, ``View this profile on Instagram``.

A prose paragraph is never removed: every line the rules take is short, a
title is one sentence at most and never prose, and the article's first line
(its title) is never taken.
The titles and durations go to ``doc.metadata.extras["videos"]``.

>>> from newsclean.document import Document
>>> doc = Document("Story.\\n\\nXi meets Putin\\n\\n03:11\\n\\nXi meets Putin\\n\\nMore story.")
>>> EmbedCleaner()(doc)
>>> doc.text
'Story.\\n\\n\\n\\n\\n\\n\\n\\nMore story.'
>>> doc.metadata.extras["videos"]
[{'title': 'Xi meets Putin', 'duration': '03:11'}]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import Line, is_prose, line_change, split_lines, zones

__all__ = [
    "PLAYER_STRINGS",
    "SCORE_STATUS_STRONG",
    "SCORE_STATUS_WEAK",
    "WEAK_PLAYER_STRINGS",
    "EmbedCleaner",
    "EmbedConfig",
    "find_embeds",
    "is_duration",
    "is_player_string",
    "is_social_embed",
]

#: Player buttons and messages that are residue wherever they stand as a
#: whole line (compared casefolded, white space folded, a final ``.`` off).
PLAYER_STRINGS: frozenset[str] = frozenset(
    {
        "video player is loading", "audio player is loading", "player is loading",
        "loading video", "loading player", "loading video player", "play video",
        "play audio", "play the video", "now playing", "up next", "next up",
        "watch next", "replay", "replay video", "unmute", "tap to unmute",
        "click to unmute", "click to play", "tap to play", "click to play video",
        "tap to play video", "press play", "press play to listen",
        "this video can not be played", "this video cannot be played",
        "this video could not be played", "this video is unavailable",
        "this video is not available", "this video is no longer available",
        "this video has been removed", "this video is private", "video unavailable",
        "sorry, this video is not available", "sorry, the video player failed to load",
        "the video player failed to load", "video player failed to load",
        "your browser does not support the video tag",
        "your browser does not support the audio tag",
        "your browser does not support the audio element",
        "your browser does not support the video element",
        "your browser does not support html5 video",
        "your browser does not support html5 audio",
        "your browser doesn't support html5 video",
        "your browser doesn't support html5 audio",
        "listen to this article", "listen to this story", "listen to the article",
        "listen to article", "listen to story", "listen to the story",
        "stream type live", "seek to live, currently behind live",
        "seek to live, currently playing live",
        "beginning of dialog window. escape will cancel and close the window",
        "end of dialog window", "close modal dialog", "this is a modal window",
        "this modal can be closed by pressing the escape key or activating the close button",
        "the media could not be loaded, either because the server or network failed "
        "or because the format is not supported",
        "no compatible source was found for this media", "playback rate", "audio track",
        "captions settings, opens captions settings dialog", "captions off, selected",
        "subtitles settings, opens subtitles settings dialog", "subtitles off, selected",
        "descriptions settings, opens descriptions settings dialog",
        "descriptions off, selected", "chapters", "picture-in-picture",
        "non-fullscreen", "exit fullscreen", "enter fullscreen",
        "if playback doesn't begin shortly, try restarting your device",
        "you're signed out", "watch on youtube", "watch later", "more videos",
        "include playlist", "switch camera", "skip ad", "ad loading",
        "an error occurred while retrieving sharing information. please try again later",
        "videos you watch may be added to the tv's watch history and influence tv "
        "recommendations. to avoid this, cancel and sign in to youtube on your computer",
        "error loading media: file could not be played", "autoplay next video",
        "restore all settings to the default values", "reset restore all settings to the "
        "default values done",
        # video pages' furniture, expanders, text-to-speech players
        "video ad feedback", "click to expand", "tap to expand", "click to enlarge",
        "tap to enlarge", "click image to enlarge", "click on image to enlarge",
        "click to expand image", "voiced by amazon polly", "powered by trinity audio",
        "audio powered by beyondwords", "powered by beyondwords", "listen to this article now",
        "listen to this story now", "press play to listen to this article",
        "press play to listen to this story", "audio is not supported on your browser",
        "your browser does not support audio playback",
    }
)  # fmt: skip

#: Short player words that are residue only next to other player residue.
WEAK_PLAYER_STRINGS: frozenset[str] = frozenset(
    {
        "play", "pause", "mute", "volume", "live", "share", "copy link", "info",
        "shopping", "close", "settings", "captions", "subtitles", "descriptions",
        "cancel", "confirm", "watch on", "fullscreen", "full screen", "/", "x",
        "reset", "done", "auto-play", "autoplay", "play all", "watch live",
        "video", "audio", "(video)", "[video]", "(audio)", "watch", "listen", "hd",
        "cc", "ad", "embed", "more", "quality", "speed", "normal", "auto", "loading",
        "ad feedback", "highlights", "match highlights", "extended highlights",
        "video highlights", "watch now", "watch more", "watch again", "download", "playlist",
        "next", "previous", "rewind", "forward", "skip", "transcript off",
    }
)  # fmt: skip

_CLOCK = r"(?:\d{1,2}:)?[0-5]?\d:[0-5]\d"
# the apps a podcast player links to (matched on the folded line)
_PODCAST_APPS = (
    r"(?:apple\s+podcasts|itunes|spotify|google\s+podcasts|youtube\s+music|youtube|amazon\s+music"
    r"|audible|overcast|pocket\s+casts|castbox|castro|stitcher|iheartradio|iheart|tunein"
    r"|podcast\s+addict|player\s+fm|podbean|soundcloud|deezer|rss|rss\s+feed|acast"
    r"|simplecast|buzzsprout|anchor|podchaser)"
)
# a lone duration: "03:11", "1:02:45", "(2:31)"
_DURATION = regex.compile(rf"^[(\[]?\s*{_CLOCK}\s*[)\]]?$")
# player read-outs and messages with numbers or free text in them
_PLAYER_PATTERNS = regex.compile(
    r"(?i)^(?:"
    rf"(?:current\s+time|duration|remaining\s+time|elapsed\s+time|video\s+duration)\s*:?\s*-?{_CLOCK}"
    rf"|-?{_CLOCK}\s*/\s*{_CLOCK}"
    r"|(?:loaded|progress|buffered)\s*:?\s*\d{1,3}(?:\.\d{1,3})?\s*%"
    r"|\d{1,3}\s*(?:min|mins|minutes?)\s+(?:listen|watch|video)"
    rf"|(?:listen|listen\s+now|audio|listen\s+to\s+(?:this|the)\s+(?:article|story|episode))"
    rf"\s*[:·|(–-]?\s*(?:\d{{1,3}}\s*(?:min|mins|minutes?)|{_CLOCK}(?:\s*(?:min|mins))?)\s*\)?"
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story)[.:!]?\s+.{0,120}(?:audio|listen|podcast|app|android|ios)\b.{0,80}"
    r"|your\s+browser\s+(?:does\s+not|doesn[’']?t|cannot|can[’']?t)\s+(?:support|play)\b.{0,120}"
    r"|this\s+(?:video|audio\s+clip|media)\s+(?:is\s+no\s+longer\s+available|has\s+been\s+removed"
    r"|(?:can\s?not|can[’']?t|could\s+not)\s+be\s+played)\b.{0,120}"
    r"|text\s+colou?r\s+white\b.{0,600}"
    r"|font\s+(?:size|family)\s+(?:\d{2,3}%|proportional|monospace|default)\b.{0,600}"
    r"|text\s+edge\s+style\b.{0,300}"
    r")$"
)
# short player lines (tried on lines of at most 100 characters only)
_SHORT_PLAYER_PATTERNS = regex.compile(
    r"(?i)^(?:"
    # "Watch the full video", "Click here to watch the video below"
    r"(?:(?:click|tap)\s+(?:here\s+)?to\s+)?watch\s+(?:the\s+|our\s+)?(?:full\s+|entire\s+"
    r"|latest\s+)?(?:video|clip|interview|segment|report|replay|highlights|livestream"
    r"|live\s+stream|broadcast)(?:\s+(?:below|above|here|now|in\s+full))?[.:!]?"
    # "Video Duration 3 minutes 12 seconds"
    r"|video\s+(?:duration|length)\s*:?\s*\d{1,3}\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)"
    r"(?:,?\s+(?:and\s+)?\d{1,3}\s*(?:minutes?|mins?|seconds?|secs?)){0,2}"
    # "Skip back 15 seconds", "Rewind 10 seconds"
    r"|(?:skip|jump|seek|rewind|fast[- ]forward)(?:\s+(?:back|backward|forward|ahead))?\s+"
    r"\d{1,2}\s*(?:s|sec|secs|seconds)"
    # a text-to-speech player's notice: "This audio is auto-generated"
    r"|(?:this\s+)?audio\s+(?:is\s+|was\s+)?(?:auto(?:matically)?[- ]generated"
    r"|generated\s+(?:automatically|by\s+(?:ai|artificial\s+intelligence)))"
    # a podcast's buttons: "Listen on Apple Podcasts", "Apple Podcasts | Spotify | RSS"
    rf"|(?:listen|subscribe|follow)\s+(?:on|via|to\s+us\s+on|now\s+on)\s*:?\s*{_PODCAST_APPS}"
    rf"(?:\s*(?:[|·•,/]|\band\b|\bor\b)\s*{_PODCAST_APPS}){{0,8}}"
    rf"|(?:(?:listen|subscribe)\s*:\s*)?{_PODCAST_APPS}"
    rf"(?:\s*(?:[|·•,/]|\band\b|\bor\b)\s*{_PODCAST_APPS}){{1,8}}"
    r")$"
)
# the first words of the short player lines (a cheap test before the pattern)
_SHORT_PLAYER_FIRST = frozenset(
    {
        "click", "tap", "watch", "video", "skip", "jump", "seek", "rewind", "fast",
        "fast-forward", "this", "audio", "listen", "subscribe", "follow", "apple", "itunes",
        "spotify", "google", "youtube", "amazon", "audible", "overcast", "pocket", "castbox",
        "castro", "stitcher", "iheartradio", "iheart", "tunein", "podcast", "player",
        "podbean", "soundcloud", "deezer", "rss", "acast", "simplecast", "buzzsprout",
        "anchor", "podchaser",
    }
)  # fmt: skip
# "Watch: <title>", "VIDEO | <title>", "(Video) <title>", "Audio - <title>"
_LABEL = regex.compile(
    r"(?i)^(?:[(\[]\s*(?P<bracketed>watch|video|videos|audio|listen|watch\s+video)\s*[)\]]"
    r"|(?P<label>watch|video|videos|audio|listen|watch\s+video|watch\s+live|live\s+video"
    r"|watch\s+now|play\s+video|video\s+report|listen\s+now)\s*(?:[:|–—]|\s-))\s*(?P<rest>\S.{0,300})$"
)
# first letters of the labels (a cheap test before the pattern)
_LABEL_FIRST = frozenset("WwVvAaLlPp")
# a playback-speed button: "1x", "1.5x"
_SPEED = regex.compile(r"^[0-4](?:\.\d{1,2})?x$")
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’)]?\s+[\"“]?\p{Lu}")
_INLINE_CLOCK = regex.compile(rf"[(\[]\s*{_CLOCK}\s*[)\]]\s*$")
# player labels that name the video after them ("Now Playing", "02:14", title)
_TITLE_LABELS = frozenset(
    {
        "now playing", "playing now", "up next", "next up", "watch next", "highlights",
        "match highlights", "extended highlights", "video highlights", "watch highlights",
    }
)  # fmt: skip
_NETWORKS = r"(?:instagram|facebook|tiktok|threads|youtube|x|twitter|linkedin|pinterest|bluesky)"
# what a social post's embed leaves as whole lines (matched on the folded line)
_SOCIAL = regex.compile(
    r"(?i)^(?:"
    rf"view\s+(?:this|the)\s+(?:post|photo|video|reel|profile|story)\s+on\s+{_NETWORKS}"
    rf"|view\s+(?:more\s+)?on\s+{_NETWORKS}|watch\s+on\s+tiktok|see\s+this\s+post\s+on\s+instagram"
    r"|an?\s+(?:post|photo|video|reel)\s+shared\s+by\s+[^\n()@]{0,80}?\s*[(]?@[\w.]{1,40}[)]?"
    r"(?:\s+on\s+[\w ,:.]{3,60})?"
    r"|(?:@[\w.]{1,40}\s*)?♬\s*[^\n]{1,150}"
    r"|posted\s+by\s+[^\n]{1,80}?\s+on\s+(?:facebook|instagram|threads)"
    r"(?:\s+on\s+[\w ,:.]{3,60})?"
    r")$"
)


# a video card's source line: "- Source: CNN", "01:42 - Source: CNN Business"
_VIDEO_SOURCE = regex.compile(
    rf"^(?:(?P<clock>{_CLOCK})\s*)?[-–—]\s*Source\s*:\s*"
    r"[\p{Lu}\d][\p{L}\p{N}&.'’-]{0,30}(?:\s+[\p{Lu}\d][\p{L}\p{N}&.'’-]{0,30}){0,3}$"
)

#: A live-score widget's status lines that are abbreviations no story heading
#: uses (casefolded): with a score they are a widget.
SCORE_STATUS_STRONG: frozenset[str] = frozenset(
    {"ft", "ht", "aet", "ft (aet)", "aet (pens)", "ft (pens)", "ft pens", "a.e.t.", "f/t", "h/t"}
)
#: Status lines that may also head a live blog's entry: they count only with
#: more of the widget (scorers' minutes, statistics, a split scoreboard).
SCORE_STATUS_WEAK: frozenset[str] = frozenset(
    {
        "full time", "full-time", "fulltime", "half time", "half-time", "halftime",
        "live", "after extra time", "after penalties", "full time (aet)", "end of match",
        "match ended", "in play", "final score",
    }
)  # fmt: skip
_TEAM = r"[\p{Lu}\d][\p{L}\p{M}\p{N}.'’&-]{0,30}(?:\s[\p{L}\p{M}\p{N}.'’&()-]{1,30}){0,3}"
# "Arsenal 2–1 Chelsea", "Arsenal 2 - 1 Chelsea (FT)", "Arsenal 2, Chelsea 1"
_SCORE_LINE = regex.compile(
    rf"^{_TEAM}\s+\d{{1,3}}\s*(?:[-–—:]\s*\d{{1,3}}\s+{_TEAM}|,?\s+{_TEAM}\s+\d{{1,3}})"
    r"(?:\s*[(\[](?:FT|HT|AET|a\.e\.t\.|pens?|[\d]{1,2}\s*[-–]\s*\d{1,2}\s+pens?)[)\]])?$"
)
# "2-1", "2 – 1" between two team lines
_SCORE_MIDDLE = regex.compile(r"^\d{1,3}\s*[-–—:]\s*\d{1,3}$")
# a match statistic: "Possession 58% 42%", "Shots on target: 6 - 3", "58% Possession 42%"
_STAT_NAME = (
    r"(?:(?:ball\s+)?possession|shots(?:\s+(?:on|off)\s+(?:target|goal))?|total\s+shots"
    r"|corners?|corner\s+kicks|fouls(?:\s+committed)?|offsides?|yellow\s+cards?|red\s+cards?"
    r"|saves|passes|pass\s+accuracy|passing\s+accuracy|xg|expected\s+goals|attempts"
    r"|tackles|free\s+kicks|throw[- ]ins|goal\s+kicks|big\s+chances)"
)
_STAT_VALUE = r"\d{1,3}(?:\.\d{1,2})?\s*%?"
_STAT_LINE = regex.compile(
    rf"(?i)^(?:{_STAT_NAME}\s*:?\s*{_STAT_VALUE}\s*(?:[-–—:|/]\s*)?{_STAT_VALUE}"
    rf"|{_STAT_VALUE}\s+{_STAT_NAME}\s+{_STAT_VALUE})$"
)
# a goal's minute: "Saka 23'", "Havertz 45+2' (pen)", "67'"
_MINUTE = regex.compile(
    r"^(?:[\p{Lu}][\p{L}\p{M}.'’ -]{0,40}\s)?\d{1,3}(?:\+\d{1,2})?['’′]"
    r"(?:\s*\((?:pen|p|og|o\.g\.)\))?$"
)
# a team's name alone on a line (beside its score in a split scoreboard)
_TEAM_LINE = regex.compile(rf"^{_TEAM}$")
# the first and last letters of the statistics (a cheap test before the pattern)
_STAT_FIRST = frozenset("pPsScCfFoOyYrRxXeEaAtTgGbB0123456789")
_STAT_LAST = frozenset("0123456789%")
_MAX_STATUS_LEN = max(len(s) for s in SCORE_STATUS_STRONG | SCORE_STATUS_WEAK) + 4
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True, slots=True)
class EmbedConfig:
    """Options of the embeds cleaner.

    Attributes:
        triples: remove a title, a lone duration and the same title again.
        pairs: remove a short headline line next to a lone duration.
        labels: remove ``Watch:`` / ``Video:`` / ``Audio:`` / ``(Video)``
            lines with a headline after the label.
        player_strings: remove players' buttons and messages.
        social: remove what embedded social posts leave (``View this post
            on Instagram``, ``A post shared by Name (@handle)``...).
        max_title_words: the most words of a title in a triple.
        min_headline_words: the fewest words of a title in a pair (a short
            label such as ``Kick-off time`` next to a time of day stays).
        max_headline_words: the most words of a title in a pair or after a
            label.
        max_gap: the most blank lines between the lines of one embed.
        max_lone_durations: pairs are looked for only when the article has
            at most this many lone durations outside triples (a live blog's
            many timestamps are not a player's).
        sources: remove a video card's source line (``- Source: CNN``,
            ``01:42 - Source: CNN``) and the headline right above it.
        score_widgets: remove a live-score widget: a block of short lines
            with a score (``Arsenal 2–1 Chelsea``, or team and score lines)
            and ``FT``/``HT`` or match statistics (``Possession 58% 42%``),
            before the story's first or after its last prose paragraph; in
            the story's middle only with both a status and statistics. A
            results list (scores without a status) always stays.
        record: record the titles and durations in
            ``doc.metadata.extras["videos"]``.
    """

    triples: bool = True
    pairs: bool = True
    labels: bool = True
    player_strings: bool = True
    social: bool = True
    max_title_words: int = 40
    min_headline_words: int = 4
    max_headline_words: int = 20
    max_gap: int = 3
    max_lone_durations: int = 1
    sources: bool = True
    score_widgets: bool = True
    record: bool = True


_DEFAULT = EmbedConfig()


def _fold(text: str) -> str:
    """White space folded, stripped and casefolded; a final ``.`` off."""
    return " ".join(text.split()).casefold().rstrip(".…")


def is_duration(text: str) -> bool:
    """Whether a line is a lone duration such as ``03:11`` or ``1:02:45``.

    >>> is_duration(" 03:11 "), is_duration("(1:02:45)"), is_duration("10:17 ET")
    (True, True, False)
    """
    text = text.strip()
    return len(text) <= 12 and _DURATION.match(text) is not None


def is_player_string(text: str, *, weak: bool = False) -> bool:
    """Whether a line is a player's button or message.

    With ``weak=True`` the short words that need company count too.

    >>> is_player_string("Video Player is loading."), is_player_string("Loaded: 0%")
    (True, True)
    >>> is_player_string("Play"), is_player_string("Play", weak=True)
    (False, True)
    """
    text = text.strip()
    if (
        not text
        or len(text) > 700
        or (len(text) > 200 and text[:4].lower() not in ("text", "font"))
    ):
        return False
    folded = _fold(text)
    if folded in PLAYER_STRINGS or _PLAYER_PATTERNS.match(folded) is not None:
        return True
    if (
        len(folded) <= 100
        and folded.partition(" ")[0].rstrip(":") in _SHORT_PLAYER_FIRST
        and _SHORT_PLAYER_PATTERNS.match(folded) is not None
    ):
        return True
    if not weak:
        return False
    return (
        folded in WEAK_PLAYER_STRINGS
        or _fold(text.strip("()[]")) in WEAK_PLAYER_STRINGS
        or _SPEED.match(folded) is not None
    )


def is_social_embed(text: str) -> bool:
    """Whether a line is what an embedded social post leaves behind.

    >>> is_social_embed("View this post on Instagram")
    True
    >>> is_social_embed("A post shared by Ann Lee (@annlee) on Mar 3, 2024 at 10:15am PST")
    True
    >>> is_social_embed("A post shared by the council on Facebook drew 300 angry replies.")
    False
    """
    text = " ".join(text.split())
    if not text or len(text) > 240:
        return False
    if "♬" not in text and text[:1].lower() not in "avwsp":
        return False
    return _SOCIAL.match(text.rstrip(".")) is not None


def _headline(text: str, min_words: int, max_words: int) -> bool:
    """Whether a line reads like a short headline (no final full stop).

    >>> _headline("China, Iran pledge to deepen cooperation", 4, 20)
    True
    >>> _headline("He said so. Then he left.", 4, 20), _headline("Kick-off time", 4, 20)
    (False, False)
    >>> _headline("Latest update as of 10:17 ET:", 4, 20)
    False
    """
    text = " ".join(text.split())
    words = len(text.split())
    if words < min_words or words > max_words or len(text) > 200:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'"):
        return False
    if text[-1] in ".,;:-–—" or _SENTENCE_BREAK.search(text):
        return False
    return not any(is_duration(tok) for tok in text.split())


def _title(text: str, max_words: int) -> bool:
    """Whether a line may be a video's title in a title-duration-title triple.

    A title is short, one sentence at most, and not a paragraph of prose.

    >>> _title("China, Iran pledge to deepen cooperation as both grapple with strained US ties", 40)
    True
    >>> _title("The talks went on for hours, and the two leaders agreed to meet " * 2 + "soon.", 40)
    False
    """
    text = " ".join(text.split())
    words = len(text.split())
    if not 2 <= words <= max_words or len(text) > 400 or _SENTENCE_BREAK.search(text):
        return False
    return not is_prose(text, min_words=15)


def _label_rest(text: str, max_words: int) -> str | None:
    """The headline after a ``Watch:``/``Video:`` label, or ``None``.

    >>> _label_rest("WATCH | Xi arrives in Moscow (2:31)", 20)
    'Xi arrives in Moscow (2:31)'
    >>> _label_rest("Watch: he said it. Then he left and the talks went on.", 20) is None
    True
    """
    if text.lstrip(" \t([")[:1] not in _LABEL_FIRST:
        return None
    m = _LABEL.match(" ".join(text.split()))
    if m is None:
        return None
    rest = str(m.group("rest"))
    core = _INLINE_CLOCK.sub("", rest).rstrip()
    if not core:
        return None
    words = len(core.split())
    if words > max_words or _SENTENCE_BREAK.search(core):
        return None
    if not (core[0].isupper() or core[0].isdigit() or core[0] in "\"“‘'"):
        return None
    return rest


def _neighbour(
    lines: list[Line], i: int, step: int, max_gap: int, skip: dict[int, str]
) -> int | None:
    """The index of the next non-blank line from ``i`` in direction ``step``.

    Lines in ``skip`` (residue found already) count as blank lines, as they
    will be once removed; a run of blank lines counts once, as the white-space
    step folds it into one. ``None`` when more than ``max_gap`` blank lines
    come first or the text ends.
    """
    j = i + step
    gap = 0
    after_blank = False
    while 0 <= j < len(lines):
        line = lines[j]
        if not line.blank and j not in skip:
            return j
        if not (line.blank and after_blank):
            gap += 1
        after_blank = line.blank
        if gap > max_gap:
            return None
        j += step
    return None


def _spread(
    lines: list[Line],
    rules: dict[int, str],
    durations: set[int],
    short: list[bool],
    first_text: int,
    max_gap: int,
) -> None:
    """Extend the marked lines to weak player words and lone durations next to them."""
    queue = list(rules)
    while queue:
        i = queue.pop()
        for step in (-1, 1):
            j = _neighbour(lines, i, step, max_gap, rules)
            if j is None or j in rules or not short[j] or j == first_text:
                continue
            if j in durations:
                rules[j] = "duration"
            elif is_player_string(lines[j].text, weak=True):
                rules[j] = "player-ui"
            else:
                continue
            queue.append(j)


def _widget_kind(text: str) -> str | None:
    """What a line of a live-score widget is, or ``None`` for any other line.

    Kinds: ``strong-status`` (``FT``, ``HT``), ``status`` (``Full time``,
    ``Live``), ``stat`` (``Possession 58% 42%``), ``minute`` (``Saka 23'``),
    ``score`` (``Arsenal 2–1 Chelsea``), ``middle`` (``2-1`` between team
    lines), ``number`` (``2``), ``duration``, ``team`` (a short capitalised
    name) and ``player`` (a weak player word).

    >>> [_widget_kind(t) for t in ("FT", "Arsenal 2–1 Chelsea", "Shots on target 6 3")]
    ['strong-status', 'score', 'stat']
    >>> _widget_kind("Arsenal beat Chelsea 2-1 on Saturday.") is None
    True
    """
    text = " ".join(text.split())
    if not text or len(text) > 80:
        return None
    folded = text.casefold()
    if folded in SCORE_STATUS_STRONG:
        return "strong-status"
    if folded in SCORE_STATUS_WEAK:
        return "status"
    if _DIGIT.search(text) is not None:
        if text.isdigit():
            return "number" if len(text) <= 3 else None
        if _SCORE_MIDDLE.match(text):
            return "middle"
        if text[0] in _STAT_FIRST and _STAT_LINE.match(text):
            return "stat"
        if ("'" in text or "’" in text or "′" in text) and all(
            _MINUTE.match(part.strip()) for part in regex.split(r"[,;]", text)
        ):
            return "minute"
        if _SCORE_LINE.match(text):
            return "score"
        if is_duration(text):
            return "duration"
    if text[-1] not in ".:!?,;" and len(text.split()) <= 4 and _TEAM_LINE.match(text):
        return "team"
    if is_player_string(text, weak=True):
        return "player"
    return None


def _widget_run(
    lines: list[Line], seed: int, kinds: dict[int, str | None], max_gap: int
) -> list[int]:
    """The lines of the widget around ``seed``: next lines of widget kinds.

    A team's name and a lone number only count beside each other (a split
    scoreboard: ``Arsenal`` / ``2`` / ``Chelsea`` / ``1``); anywhere else
    such a line ends the run.
    """

    def kind(i: int) -> str | None:
        if i not in kinds:
            kinds[i] = _widget_kind(lines[i].text)
        return kinds[i]

    kind(seed)
    run = [seed]
    for step in (-1, 1):
        i = seed
        while len(run) < 40:
            j = _neighbour(lines, i, step, max_gap, {})
            if j is None or kind(j) is None:
                break
            run.append(j)
            i = j
    run.sort()
    # a name or a number must stand beside its partner
    valid = []
    for pos, i in enumerate(run):
        k = kinds[i]
        if k in ("team", "number"):
            partners = {"number", "middle"} if k == "team" else {"team"}
            near = [kinds[run[q]] for q in (pos - 1, pos + 1) if 0 <= q < len(run)]
            valid.append(any(n in partners for n in near))
        else:
            valid.append(True)
    at = run.index(seed)
    start, end = at, at
    while start > 0 and valid[start - 1]:
        start -= 1
    while end + 1 < len(run) and valid[end + 1]:
        end += 1
    return run[start : end + 1]


def _score_widgets(lines: list[Line], short: list[bool], first_text: int, max_gap: int) -> set[int]:
    """The lines of live-score widgets (see :attr:`EmbedConfig.score_widgets`)."""
    kinds: dict[int, str | None] = {}
    seeds = []
    for i, line in enumerate(lines):
        text = line.text
        if not short[i] or len(text) > 80:
            continue
        text = text.strip()
        if len(text) <= _MAX_STATUS_LEN:
            folded = " ".join(text.split()).casefold()
            if folded in SCORE_STATUS_STRONG or folded in SCORE_STATUS_WEAK:
                seeds.append(i)
                continue
        # a statistic ends with its figure: a cheap test before the pattern
        if (
            text[:1] in _STAT_FIRST
            and text[-1:] in _STAT_LAST
            and _STAT_LINE.match(" ".join(text.split()))
        ):
            seeds.append(i)
    if not seeds:
        return set()
    story = zones(lines)
    found: set[int] = set()
    for seed in seeds:
        if seed in found:
            continue
        run = _widget_run(lines, seed, kinds, max_gap)
        found_kinds = {kinds[i] for i in run}
        split = "team" in found_kinds and bool(found_kinds & {"number", "middle"})
        score = "score" in found_kinds or split
        stat = "stat" in found_kinds
        strong = "strong-status" in found_kinds
        status = strong or "status" in found_kinds
        extra = stat or split or bool(found_kinds & {"minute", "duration"})
        if len(run) < 2 or not score:
            continue
        edge = run[-1] < story.first or run[0] > story.last
        if (edge and (stat or strong or (status and extra))) or (status and stat):
            found.update(i for i in run if i != first_text)
    return found


def find_embeds(
    text: str, config: EmbedConfig = _DEFAULT, doc: Document | None = None
) -> list[Change]:
    """The changes that remove player residue from ``text``.

    Records the videos found in ``doc.metadata.extras["videos"]`` when a
    document is given and ``config.record`` is set.

    >>> [c.rule for c in find_embeds("A b c\\n\\nPlay Video\\n\\n0:00\\n\\nPlay\\n\\nText.")]
    ['player-ui', 'duration', 'player-ui']
    """
    lines = split_lines(text)
    first_text = next((line.index for line in lines if not line.blank), -1)
    short = [not line.blank and len(line.text) <= 700 for line in lines]
    rules: dict[int, str] = {}
    videos: list[dict[str, str]] = []
    durations = {i for i, line in enumerate(lines) if short[i] and is_duration(line.text)}

    def mark(i: int, rule: str) -> None:
        # the article's first line is its title, whatever it looks like
        if i not in rules and i != first_text:
            rules[i] = rule

    def fold(i: int) -> str:
        return " ".join(lines[i].text.split()).casefold()

    # player buttons and messages first: the other rules look past them
    if config.player_strings:
        for i, line in enumerate(lines):
            if short[i] and is_player_string(line.text):
                mark(i, "player-ui")

    if config.social:
        for i, line in enumerate(lines):
            if short[i] and i not in rules and is_social_embed(line.text):
                mark(i, "social-embed")

    # a live-score widget: a score with its status or statistics
    if config.score_widgets:
        for i in sorted(_score_widgets(lines, short, first_text, config.max_gap)):
            mark(i, "score-widget")

    # a video card's source line ("- Source: CNN"), and the title above it
    if config.sources and "Source" in text:
        for i, line in enumerate(lines):
            if not short[i] or i in rules or "Source" not in line.text or len(line.text) > 80:
                continue
            m = _VIDEO_SOURCE.match(" ".join(line.text.split()))
            if m is None:
                continue
            p = _neighbour(lines, i, -1, config.max_gap, {})
            n = _neighbour(lines, i, 1, config.max_gap, {})
            after_bullet = n is not None and lines[n].text.lstrip()[:1] in "-–—•*·"
            titled = (
                p is not None
                and p != first_text
                and p not in rules
                and short[p]
                and not after_bullet
                and not is_player_string(lines[p].text, weak=True)
                and _headline(lines[p].text, 3, config.max_headline_words)
            )
            if titled and p is not None:
                mark(p, "video-source")
                mark(i, "video-source")
                video = {"title": " ".join(lines[p].text.split())}
                if m.group("clock"):
                    video["duration"] = m.group("clock")
                videos.append(video)
            elif m.group("clock") or (p is not None and (p in rules or p in durations)):
                # (a duration above it is taken with its title by the pairs below)
                mark(i, "video-source")

    # (a) title, duration, the same title
    if config.triples:
        for d in sorted(durations):
            p = _neighbour(lines, d, -1, config.max_gap, rules)
            n = _neighbour(lines, d, 1, config.max_gap, rules)
            if p is None or n is None or not short[p] or not short[n]:
                continue
            if fold(p) == fold(n) and _title(lines[p].text, config.max_title_words):
                # (an article that opens with its video keeps its first line: mark() sees to it)
                for i in (p, d, n):
                    mark(i, "title-duration-title")
                videos.append(
                    {"title": " ".join(lines[p].text.split()), "duration": lines[d].text.strip()}
                )

    # labelled lines, with their duration when one is next to them
    labels: dict[int, str] = {}
    if config.labels:
        for i, line in enumerate(lines):
            if short[i] and i not in rules and len(line.text) <= 400:
                rest = _label_rest(line.text, config.max_headline_words)
                if rest is not None:
                    labels[i] = rest
    for i, rest in labels.items():
        mark(i, "video-label")
        video = {"title": _INLINE_CLOCK.sub("", rest).strip()}
        for step in (1, -1):
            j = _neighbour(lines, i, step, config.max_gap, rules)
            if j is not None and j in durations and j not in rules:
                mark(j, "video-label")
                video["duration"] = lines[j].text.strip()
                break
        videos.append(video)

    # the weak player words and lone durations next to any residue
    if config.player_strings:
        _spread(lines, rules, durations, short, first_text, config.max_gap)

    # (b) a headline next to a duration: among player residue, or when the
    #     article has few durations (a live blog's many timestamps are not a player's)
    if config.pairs:
        candidates = sorted(d for d in durations if rules.get(d, "duration") == "duration")
        few = sum(d not in rules for d in candidates) <= config.max_lone_durations
        for d in candidates:
            if d == first_text or (not few and d not in rules):
                continue
            # among player residue the title is the line before the duration,
            # unless a player label ("Now Playing") comes right before it:
            # then the title is the line after
            steps: tuple[int, ...] = (-1, 1)
            labelled = False
            if d in rules:
                before = _neighbour(lines, d, -1, config.max_gap, {})
                labelled = before is not None and _fold(lines[before].text) in _TITLE_LABELS
                steps = (1,) if labelled else (-1,)
            for step in steps:
                j = _neighbour(lines, d, step, config.max_gap, rules)
                if j is None or j == first_text or j in rules or not short[j]:
                    continue
                # a title right after a player's label ("Now Playing", "Highlights")
                # may be as short as a score line ("Arsenal 2-1 Chelsea")
                min_words = config.min_headline_words
                if labelled:
                    min_words = min(min_words, 2)
                elif step == -1:
                    k = _neighbour(lines, j, -1, config.max_gap, {})
                    if k is not None and _fold(lines[k].text) in _TITLE_LABELS:
                        min_words = min(min_words, 2)
                if not is_player_string(lines[j].text, weak=True) and _headline(
                    lines[j].text, min_words, config.max_headline_words
                ):
                    mark(j, "title-duration")
                    mark(d, "title-duration")
                    videos.append(
                        {
                            "title": " ".join(lines[j].text.split()),
                            "duration": lines[d].text.strip(),
                        }
                    )
                    break
        if config.player_strings:
            _spread(lines, rules, durations, short, first_text, config.max_gap)

    if doc is not None and config.record and videos:
        bucket = doc.metadata.extras.setdefault("videos", [])
        if isinstance(bucket, list):
            for video in videos:
                if video not in bucket:
                    bucket.append(video)
    return [line_change(lines[i], rules[i], "embed") for i in sorted(rules)]


class EmbedCleaner(Cleaner):
    """Remove video and audio player residue (whole lines only)."""

    name: ClassVar[str] = "embeds"
    Config: ClassVar[type[EmbedConfig]] = EmbedConfig
    config: EmbedConfig

    # Some rules count what the article holds (a headline next to a lone
    # duration is residue only where durations are rare), so removing residue
    # can reveal more: repeat until nothing changes.
    rounds: ClassVar[int] = 4

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return find_embeds(text, self.config, doc)
