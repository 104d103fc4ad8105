"""Remove what video and audio players leave in scraped text.

A player embedded in an article leaves lines behind when the page is
scraped: the video's title, its duration, the title again; the player's own
buttons and messages (``Video Player is loading.``, ``Play Video``,
``Now Playing``, ``Loaded: 0%``, ``0:00 / 2:31``,
``Your browser does not support the video tag.``, ``Listen to this
article``, ``Watch the full video``, ``Video Duration 3 minutes 12
seconds``, ``Click to expand``, ``Voiced by Amazon Polly``, a podcast's
``Apple Podcasts | Spotify | RSS``); labels such as ``Watch: <title>``,
``(Video) <title>`` or ``Video above: <what it shows>``; a video card's
``- Source: CNN``; the lines of a live-score widget; what embedded social
posts leave; a gallery's counters and buttons; a live blog's furniture; and
a finance widget's price ticker.
This cleaner removes them, whole lines only (category ``embed``):

* ``title-duration-title``: a line, a lone duration (``03:11``,
  ``1:02:45``), the same line again (blank lines may come between);
* ``title-duration``: a short headline line (no final full stop) next to a
  lone duration, when the article has no more lone durations than
  :attr:`EmbedConfig.max_lone_durations` (a live blog's timestamps are not a
  player's), or before a duration among other player residue;
* ``video-label``: a ``Watch:`` / ``Video:`` / ``Audio:`` / ``(Video)``
  line with a headline after the label, and a duration next to it; a
  ``Video above:`` / ``Watch below:`` line with up to two sentences after it;
* ``player-ui``: a player's button or message as a whole line
  (:data:`PLAYER_STRINGS`, :data:`WEAK_PLAYER_STRINGS`). Short words that
  may be something else (``Play``, ``Share``, ``LIVE``, ``Subscribe``,
  ``Download``, ``Transcript``) go only next to other player residue, and
  so does a lone duration (rule ``duration``); a ``Listen`` or ``Play``
  line right next to a lone duration is a player too;
* ``video-source``: a video card's source line (``- Source: CNN``,
  ``01:42 - Source: CNN``) with the headline right above it (not in a list);
* ``score-widget``: a live-score widget, a block of short lines with a
  score (``Arsenal 2–1 Chelsea``, or ``Arsenal`` / ``2`` / ``Chelsea`` /
  ``1``) and a status (``FT``, ``HT``; ``Full time`` or ``Live`` with
  scorers' minutes) or match statistics (``Possession 58% 42%``), before
  the story's first or after its last prose paragraph; in the middle of
  the story it needs both a status and statistics. A results list (scores
  with no status) is the story's and always stays;
* ``social-embed``: what an embedded social post leaves, its script run or
  not (:data:`SOCIAL_STRINGS` and patterns): Instagram's ``View this post on
  Instagram``, ``A post shared by Name (@handle)``, ``View more on
  Instagram``, ``123 likes``, ``Add a comment...``; Facebook's ``Posted by
  Name on Tuesday, March 3, 2026``; a TikTok sound line (``@user ♬ original
  sound - user``); Threads' ``Post by @handle``; X's ``View on X``, ``See
  new posts``, ``Read 123 replies``, ``Embedded content from X``; Bluesky's
  and Telegram's buttons; a consent placeholder (``Allow X content?``,
  ``This article contains content provided by X ...``, ``Skip twitter post
  by Name`` / ``End of twitter post by Name``). Short words such as
  ``Like``, ``Reply``, ``Quote``, ``Show more`` go only next to them;
* ``social-post``: a post's own text where its embed's residue shows where
  it is: between a consent wrapper's ``Skip ... post`` and ``End of ...
  post`` lines, between a TikTok embed's ``@user`` line and its sound
  line, or an Instagram caption (with a hashtag, mention or emoji) right
  above its ``A post shared by`` line;
* ``gallery``: a photo gallery's counter and buttons (``1 of 12``, ``Image
  3 of 12``, ``Next slide``, ``View gallery``, ``12 photos``); ``Previous``,
  ``Expand``, ``Fullscreen``, ``2/12`` only next to them;
* ``live-blog``: a live blog's furniture (``Show key events only``,
  ``Please turn on JavaScript. ...``, ``Updated at 10:15 GMT``); ``Key
  events``, ``Live feed``, ``Pinned post``, ``2h ago`` only next to them;
* ``market-ticker``: a finance widget's price ticker, a run of short lines
  each a name, a price and a signed change (``BTC $64,210 +2.3%``, ``S&P
  500 5,123.10 +0.4%``, or the name, price and change on lines of their
  own), or one line of them, before the story's first or after its last
  prose paragraph; in the story's middle it needs at least
  :attr:`EmbedConfig.min_middle_ticker_entries` entries. A run introduced
  by a line ending in ``:`` is the story's own table and stays, and a
  price in a sentence is never touched.

A prose paragraph is never removed: every line the rules take is short, a
title is one sentence at most and never prose, and the article's first line
(its title) is never taken (a ticker above the title excepted).
The titles and durations go to ``doc.metadata.extras["videos"]``, the
social posts found to ``doc.metadata.extras["posts"]`` (``network``,
``handle``, ``name``, ``date``, ``text``, whichever are known) and the X
posts of a consent wrapper to ``doc.metadata.tweets``.

>>> from newsclean.document import Document
>>> doc = Document("Story.\\n\\nXi meets Putin\\n\\n03:11\\n\\nXi meets Putin\\n\\nMore story.")
>>> EmbedCleaner()(doc)
>>> doc.text
'Story.\\n\\n\\n\\n\\n\\n\\n\\nMore story.'
>>> doc.metadata.extras["videos"]
[{'title': 'Xi meets Putin', 'duration': '03:11'}]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document, Tweet
from newsclean.pipeline import Cleaner
from newsclean.text import (
    Line,
    Zones,
    is_prose,
    line_change,
    parse_date,
    split_lines,
    zones,
)

__all__ = [
    "GALLERY_STRINGS",
    "GALLERY_WEAK",
    "LIVE_STRINGS",
    "LIVE_WEAK",
    "PLAYER_STRINGS",
    "SCORE_STATUS_STRONG",
    "SCORE_STATUS_WEAK",
    "SOCIAL_STRINGS",
    "SOCIAL_WEAK",
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
        # local TV and news-site players
        "watch more videos", "see more videos", "more videos on youtube", "live now",
        "watch live now", "video above", "video below", "watch above", "watch below",
        "related video above", "related video below", "click for sound", "tap for sound",
        "click to turn on sound", "tap to turn on sound", "unmute video", "embedded video",
        "the media could not be played", "media could not be played", "playback speed",
        # audio players, podcasts and transcripts
        "show transcript", "hide transcript", "view transcript", "read transcript",
        "open transcript", "expand transcript", "read full transcript",
        "read the full transcript", "download audio", "download mp3", "download episode",
        "embed code", "copy embed code", "get embed code", "embed this video",
        "share this video", "share this episode", "share this audio", "hear this article",
        "hear this story", "play article", "play this article", "listen to the audio version",
        "listen to the audio version of this article", "listen to an audio version of this article",
        "audio version of this article", "listen to this episode", "listen to the episode",
        # an embedded YouTube player's messages and buttons
        "next video", "previous video", "private video", "watch this video on youtube",
        "watch video on youtube", "video unavailable. this video is private",
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
        "subscribe", "subscribed", "transcript", "listen now", "share video", "share episode",
        "download audio", "reload", "retry", "try again", "episode", "mp3", "search", "•", "·",
        "apple podcasts", "spotify", "google podcasts", "youtube music", "amazon music",
        "overcast", "pocket casts", "rss", "rss feed", "iheartradio", "stitcher", "tunein",
        "castbox", "youtube", "vimeo", "live updates",
    }
)  # fmt: skip

#: What embedded social posts and their consent placeholders leave as whole
#: lines, residue wherever they stand (compared like :data:`PLAYER_STRINGS`).
SOCIAL_STRINGS: frozenset[str] = frozenset(
    {
        "see new posts", "see new tweets", "see more posts", "add a comment", "view profile",
        "view full profile", "copy link to post", "copy link to tweet", "copy post link",
        "twitter ads info and privacy", "x ads info and privacy", "everybody can reply",
        "everyone can reply", "show this thread", "translate post", "translate tweet",
        "this post is unavailable", "this tweet is unavailable",
        "this post was deleted by the post author", "this tweet was deleted by the tweet author",
        "this post is from a suspended account", "this tweet is from a suspended account",
        "this post is from an account that no longer exists",
        "this tweet is from an account that no longer exists", "this post has been deleted",
        "this tweet has been deleted", "this post is no longer available",
        "this tweet is no longer available", "this content isn't available right now",
        "sorry, this content isn't available right now", "this page isn't available",
        "hmm...this page doesn't exist. try searching for something else",
        "something went wrong. try reloading", "don't miss what's happening",
        "people on x are the first to know", "new to x?", "view in telegram",
        "open in telegram", "preview channel", "don't have telegram yet? try it now!",
        "view post on x", "view post on threads", "view post on bluesky",
        "log in to like or comment",
        "instagram post", "twitter post", "x post", "tiktok post", "facebook post",
        "threads post", "bluesky post", "embedded post", "embedded tweet", "embedded content",
        "social media post",
        # consent placeholders of German- and French-language sites
        "empfohlener externer inhalt", "externer inhalt", "externe inhalte aktivieren",
        "externen inhalt laden", "externe inhalte anzeigen", "contenu externe",
        "afficher le contenu externe", "contenido externo",
    }
)  # fmt: skip

#: Short words of a social post's card that are residue only next to other
#: social residue (a lone ``Like`` or ``Follow`` may be anything).
SOCIAL_WEAK: frozenset[str] = frozenset(
    {
        "like", "likes", "liked", "comment", "comments", "reply", "replies", "repost",
        "reposts", "retweet", "retweets", "quote", "quotes", "quote tweet", "bookmark",
        "bookmarks", "save", "saved", "share", "send", "follow", "following", "followers",
        "verified", "verified account", "show more", "show less", "see more", "more", "views",
        "view", "post", "posts", "reel", "reels", "instagram", "tiktok", "threads", "x",
        "twitter", "facebook", "bluesky", "telegram", "mastodon", "youtube", "·", "•",
        "log in", "sign up", "sign in", "accept and continue", "accept", "allow",
        "continue", "open app", "open", "copy link", "link", "embed", "original sound",
        "see translation", "edited", "pinned", "sponsored", "paid partnership", "report",
        "cookie settings", "manage cookies", "manage preferences", "accept cookies",
        "allow cookies", "enable cookies", "allow cookies once", "allow all cookies",
        "loading", "load", "translate", "message", "subscribe", "watch on",
    }
)  # fmt: skip

#: A gallery's buttons that are residue wherever they stand as a whole line.
GALLERY_STRINGS: frozenset[str] = frozenset(
    {
        "next slide", "previous slide", "prev slide", "next image", "previous image",
        "next photo", "previous photo", "next picture", "previous picture", "next item",
        "previous item", "enlarge this image", "toggle caption", "hide caption",
        "show caption", "swipe for more", "swipe for more photos", "swipe left for more",
        "swipe left for more photos", "swipe to see more", "view in fullscreen",
        "view fullscreen", "view full screen", "enter fullscreen mode", "exit fullscreen mode",
        "back to gallery", "back to the gallery", "see all photos", "view all photos",
        "see all images", "view all images", "more photos", "more galleries",
    }
)  # fmt: skip

#: A gallery's short words that are residue only next to other gallery residue.
GALLERY_WEAK: frozenset[str] = frozenset(
    {
        "next", "previous", "prev", "back", "close", "expand", "collapse", "enlarge",
        "zoom", "zoom in", "zoom out", "fullscreen", "full screen", "exit fullscreen",
        "gallery", "slideshow", "photos", "images", "caption", "hide", "show", "share",
        "download", "pause", "play", "autoplay", "‹", "›", "<", ">", "«", "»", "←", "→",
    }
)  # fmt: skip

#: A live blog's furniture that is residue wherever it stands as a whole line.
LIVE_STRINGS: frozenset[str] = frozenset(
    {
        "show key events only", "key events only", "live updates paused", "updates paused",
        "jump to latest update", "jump to latest updates", "go to latest update",
        "skip to latest update", "skip to latest updates", "newest first", "oldest first",
        "auto-update on", "auto-update off", "auto update on", "auto update off",
    }
)  # fmt: skip

#: A live blog's short words that are residue only next to other live-blog residue.
LIVE_WEAK: frozenset[str] = frozenset(
    {
        "key events", "live", "live feed", "pinned post", "pinned", "latest", "latest updates",
        "refresh", "auto-update", "auto update", "just now", "summary", "updates",
        "load more", "load more updates", "show more", "filter", "view all",
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
    rf"\s*[:·•|(–—,-]?\s*(?:\d{{1,3}}\s*(?:min|mins|minutes?)|{_CLOCK}(?:\s*(?:min|mins))?)\s*\)?"
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story)[.:!]?\s+.{0,120}(?:audio|listen|podcast|app|android|ios)\b.{0,80}"
    r"|your\s+browser\s+(?:does\s+not|doesn[’']?t|cannot|can[’']?t)\s+(?:support|play)\b.{0,120}"
    r"|this\s+(?:video|audio\s+clip|media)\s+(?:is\s+no\s+longer\s+available|has\s+been\s+removed"
    r"|(?:can\s?not|can[’']?t|could\s+not)\s+be\s+played)\b.{0,120}"
    r"|text\s+colou?r\s+white\b.{0,600}"
    r"|font\s+(?:size|family)\s+(?:\d{2,3}%|proportional|monospace|default)\b.{0,600}"
    r"|text\s+edge\s+style\b.{0,300}"
    # an embedded YouTube player's messages
    r"|an\s+error\s+occurred\.?\s+(?:please\s+)?try\s+watching\s+this\s+video\s+on\b.{0,160}"
    r"|playback\s+on\s+other\s+(?:websites|sites)\s+has\s+been\s+disabled\b.{0,120}"
    r"|this\s+video\s+is\s+age[- ]restricted\b.{0,160}"
    r"|sign\s+in\s+to\s+confirm\s+(?:your\s+age|you'?re\s+not\s+a\s+bot)\b.{0,160}"
    r"|(?:up\s+next|next\s+video|playing|autoplay)\s+in\s+\d{1,2}(?:\s*(?:s|sec|secs|seconds))?"
    r")$"
)
# short player lines (tried on lines of at most 100 characters only)
_SHORT_PLAYER_PATTERNS = regex.compile(
    r"(?i)^(?:"
    # "Watch the full video", "Click here to watch the video below"
    r"(?:(?:click|tap)\s+(?:here\s+)?to\s+)?watch\s+(?:the\s+|our\s+|this\s+)?(?:full\s+"
    r"|entire\s+|latest\s+)?(?:video|clip|interview|segment|report|replay|highlights|livestream"
    r"|live\s+stream|broadcast)(?:\s+(?:below|above|here|now|in\s+full"
    r"|on\s+(?:youtube|vimeo|facebook|x|twitter|instagram|tiktok)))?[.:!]?"
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
    rf"|(?:(?:listen|subscribe|follow)(?:\s+(?:to\s+)?(?:the|this|our)\s+(?:podcast|show))?"
    rf"\s+(?:on|via|to\s+us\s+on|now\s+on)|available\s+(?:on|via))\s*:?\s*{_PODCAST_APPS}"
    rf"(?:\s*(?:[|·•,/]|\band\b|\bor\b)\s*{_PODCAST_APPS}){{0,8}}"
    rf"|(?:(?:listen|subscribe)\s*:\s*)?{_PODCAST_APPS}"
    rf"(?:\s*(?:[|·•,/]|\band\b|\bor\b)\s*{_PODCAST_APPS}){{1,8}}"
    r")$"
)
# the first words of the short player lines (a cheap test before the pattern)
_SHORT_PLAYER_FIRST = frozenset(
    {
        "click", "tap", "watch", "video", "skip", "jump", "seek", "rewind", "fast", "available",
        "fast-forward", "this", "audio", "listen", "subscribe", "follow", "apple", "itunes",
        "spotify", "google", "youtube", "amazon", "audible", "overcast", "pocket", "castbox",
        "castro", "stitcher", "iheartradio", "iheart", "tunein", "podcast", "player",
        "podbean", "soundcloud", "deezer", "rss", "acast", "simplecast", "buzzsprout",
        "anchor", "podchaser",
    }
)  # fmt: skip
# "Watch: <title>", "VIDEO | <title>", "(Video) <title>", "Audio - <title>"
_LABEL = regex.compile(
    r"(?i)^(?:[(\[]\s*(?P<bracketed>watch|video|videos|audio|listen|watch\s+video"
    r"|(?:related\s+)?(?:video|watch)\s+(?:above|below))\s*[)\]]"
    r"|(?P<label>watch|video|videos|audio|listen|watch\s+video|watch\s+live|live\s+video"
    r"|watch\s+now|play\s+video|video\s+report|listen\s+now"
    r"|(?:related\s+)?(?:video|watch|audio|listen)\s+(?:above|below))\s*(?:[:|–—]|\s-))"
    r"\s*(?P<rest>\S.{0,300})$"
)
# first letters of the labels (a cheap test before the pattern)
_LABEL_FIRST = frozenset("WwVvAaLlPpRr")
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
_NETWORKS = (
    r"(?:instagram|facebook|tiktok|threads|youtube|x|twitter|linkedin|pinterest|bluesky"
    r"|telegram|reddit|snapchat|vimeo|mastodon|truth\s+social|spotify|soundcloud|giphy"
    r"|tumblr|twitch|flickr|imgur)"
)
_COUNT = r"\d[\d,.]{0,9}\s?[kmb]?"
_COUNTED = (
    r"(?:likes?|views?|comments?|replies|reply|reposts?|retweets?|quotes?|quote\s+tweets?"
    r"|reactions?|followers?|following|posts?|bookmarks?)"
)
_MONTH_DATE = (
    r"(?:\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s\p{L}{3,9}\.?,?\s\d{4})"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# what a social post's embed leaves as whole lines (matched on the line with
# its white space folded, case ignored, a final full stop off)
_SOCIAL = regex.compile(
    r"(?i)^(?:"
    rf"view\s+(?:this|the)\s+(?:post|photo|video|reel|profile|story|tweet|thread|pin|clip)"
    rf"\s+on\s+{_NETWORKS}"
    rf"|(?:view|watch|open|see|read|continue|explore)(?:\s+(?:more|it|this|all|everything))?"
    rf"\s+(?:on|in)\s+{_NETWORKS}(?:\s+app)?"
    rf"|see\s+this\s+(?:post|video|photo)\s+on\s+{_NETWORKS}"
    rf"|(?:read|see|view)\s+(?:the\s+)?(?:full\s+)?(?:conversation|thread|discussion)\s+on\s+{_NETWORKS}"
    rf"|(?:read|see|view)\s+(?:all\s+)?{_COUNT}\s+(?:replies|comments|reposts|quotes|responses)"
    rf"(?:\s+on\s+{_NETWORKS})?"
    r"|view\s+all\s+comments"
    r"|replying\s+to\s+@[\w.]{1,40}(?:\s*(?:and|,)\s*@?[\w.]{1,40}){0,4}"
    # a post's link preview: "TikTok video from Ann Lee (@annlee): "caption""
    r"|(?P<pv_net>tiktok|instagram|youtube|facebook|threads)\s+(?:video|post|photo|reel)\s+"
    r"(?:from|by)\s+(?P<pv_name>[^\n()@]{1,60}?)\s*\(@(?P<pv_handle>[\w.]{1,40})\)"
    r"(?::\s*(?P<pv_text>[^\n]{1,400}))?"
    # Instagram: "A post shared by Ann Lee (@annlee) on Mar 3, 2024 at 10:15am PST"
    r"|an?\s+(?:post|photo|video|reel)\s+shared\s+by\s+(?P<ig_name>[^\n()@]{0,80}?)\s*[(]?"
    r"@(?P<ig_handle>[\w.]{1,40})[)]?(?:\s+on\s+(?P<ig_date>[\w ,:.]{3,60}))?"
    # TikTok: "@user caption #tag ♬ original sound - user"
    r"|(?:@(?P<tt_handle>[\w.]{1,40})(?:\s+(?P<tt_text>[^\n♬]{1,400}?))?\s*)?♬\s*[^\n]{1,150}"
    # Facebook: "Posted by Name on Facebook", "Posted by Name on Tuesday, March 3, 2026"
    r"|posted\s+by\s+[^\n]{1,80}?\s+on\s+(?:facebook|instagram|threads)"
    r"(?:\s+on\s+[\w ,:.]{3,60})?"
    rf"|posted\s+by\s+(?P<fb_name>[^\n@]{{1,60}}?)\s+on\s+(?P<fb_day>{_WEEKDAY},?\s+)?"
    rf"(?P<fb_date>{_MONTH_DATE})(?:\s+at\s+\d{{1,2}}[:.]\d{{2}}\s?(?:[ap]\.?m\.?)?)?"
    # Threads and others: "Post by @handle", "Instagram post by Ann Lee"
    rf"|(?:an?\s+)?(?:(?P<pb_net>{_NETWORKS})\s+)?post\s+by\s+(?:(?P<pb_name>[^\n()@]{{1,60}}?)\s+)?"
    r"[(]?@(?P<pb_handle>[\w.]{1,40})[)]?"
    # a consent placeholder's lines
    rf"|embedded\s+(?:content|post|tweet|video|media|image)\s+(?:from|on)\s+{_NETWORKS}"
    rf"|(?:allow|load|show|enable|display)\s+{_NETWORKS}\s+(?:content|posts?|tweets?|videos?)\??"
    rf"|(?:click|tap)\s+(?:here\s+)?to\s+(?:load|show|view|display|see)\s+(?:the\s+|this\s+)?"
    rf"(?:{_NETWORKS}\s+)?(?:content|post|tweet|video|embed|media)(?:\s+(?:from|on)\s+{_NETWORKS})?"
    # an X card's footer, an Instagram card's counters
    r"|see\s+new\s+(?:posts|tweets)"
    r"|see\s+[^\n]{1,60}?['’]s\s+(?:other\s+)?(?:posts|tweets)"
    rf"|{_COUNT}\s+people\s+are\s+talking\s+about\s+this"
    rf"|{_COUNT}\s+{_COUNTED}(?:\s*[·•|,]\s*{_COUNT}\s+{_COUNTED}){{0,5}}"
    rf"|liked\s+by\s+[^\n]{{1,60}}?\s+and\s+(?:{_COUNT}\s+)?others?"
    rf"|view\s+(?:full\s+)?profile\s+on\s+{_NETWORKS}"
    r"|if\s+you\s+have\s+telegram,\s+you\s+can\s+[^\n]{1,150}"
    r")$"
)
# a consent wrapper around an embed: "Skip twitter post by Ann Lee", "End of YouTube post, 1"
_WRAPPER = regex.compile(
    rf"(?i)^(?P<kind>skip|end\s+of)\s+(?P<net>{_NETWORKS})\s+"
    r"(?:post|video|content|embed|message|tweet|image|reel)s?"
    r"(?:\s*(?:by|from)\s+(?P<name>[^\n,]{1,60}?))?(?:,?\s*\d{1,3})?$"
)
# a consent placeholder's long notice (matched on the folded line)
_CONSENT = regex.compile(
    r"^(?:"
    rf"this\s+(?:article|page|story|content|post|section)\s+(?:contains|includes)\s+content\s+"
    rf"(?:provided|hosted)\s+by\s+{_NETWORKS}\b.{{0,600}}"
    rf"|this\s+content\s+is\s+(?:provided|hosted|imported)\s+(?:by|from)\s+{_NETWORKS}\b.{{0,600}}"
    r"|to\s+(?:view|see|display|show|load)\s+this\s+(?:content|post|tweet|video|embed|media)\b"
    r".{0,300}?\b(?:cookies?|consent|accept|privacy|settings)\b.{0,300}"
    r"|(?:please\s+)?(?:enable|accept|allow)\s+(?:social\s+media\s+|third[- ]party\s+|marketing\s+"
    r"|functional\s+|all\s+)?cookies\s+to\s+(?:view|see|watch|display|load)\s+this\s+"
    r"(?:content|post|tweet|video|embed|media)\b.{0,300}"
    r"|(?:this\s+)?(?:content|embed|post|video|media)\s+(?:is\s+)?(?:not\s+available|unavailable"
    r"|blocked)\s+(?:due\s+to|because\s+of)\s+your\s+(?:privacy|cookie|consent)\s+"
    r"(?:preferences|settings|choices)\b.{0,300}"
    rf"|unfortunately\s+we\s+have\s+been\s+unable\s+to\s+verify\s+if\s+you\s+have\s+consented\s+"
    rf"to\s+{_NETWORKS}\s+cookies\b.{{0,300}}"
    r"|(?:the\s+)?[\w'’ .&-]{1,40}\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external"
    r"\s+(?:sites|websites|internet\s+sites)"
    r"|ich\s+bin\s+damit\s+einverstanden,\s+dass\s+mir\s+externe\s+inhalte\s+angezeigt\s+werden"
    r"\b.{0,400}"
    r"|an\s+dieser\s+stelle\s+(?:finden\s+sie|befindet\s+sich)\s+(?:einen\s+)?externen?\s+"
    r"inhalt\b.{0,400}"
    r")$"
)
# words of the article's own voice that a consent notice never holds
_REPORTING = regex.compile(r"\b(?:said|says|told|according\s+to|reported)\b")
# a consent notice names one of these (a cheap test before the pattern)
_CONSENT_WORDS = ("content", "cookie", "consent", "privacy", "inhalt")
# the first words of the consent notices (a cheap test before the pattern)
_CONSENT_FIRST = frozenset(
    {
        "this", "to", "please", "enable", "accept", "allow", "content", "embed", "post",
        "video", "media", "unfortunately", "ich", "an",
    }
)  # fmt: skip
# the first words and characters of the social lines (a cheap test before the pattern)
_SOCIAL_FIRST = frozenset(
    {
        "view", "watch", "open", "see", "read", "continue", "explore", "posted",
        "post", "embedded", "allow", "load", "show", "enable", "display", "click", "tap",
        "liked", "if", "replying", "instagram", "facebook", "tiktok", "threads", "youtube", "x",
        "twitter",
        "linkedin", "pinterest", "bluesky", "telegram", "reddit", "snapchat", "vimeo",
        "mastodon", "truth", "spotify", "soundcloud", "giphy", "tumblr", "twitch", "flickr",
        "imgur",
    }
)  # fmt: skip
_SOCIAL_FIRST_CHARS = frozenset("@♬0123456789")
# a handle alone on its line ("@annlee"), and a bare Instagram user name ("annlee")
_HANDLE_LINE = regex.compile(r"^@[\w.]{2,40}$")
_USER_NAME = regex.compile(r"^[a-z0-9._]{3,30}$")
_LONE_COUNT = regex.compile(r"^\d[\d,.]{0,9}\s?[kmb]?$")
# an X post's timestamp ("2:15 pm · mar 3, 2026 · 12.3k views"), folded
_POST_TIME = regex.compile(
    r"^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?[·•]\s?"
    r"(?:\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s\p{L}{3,9}\.?,?\s\d{4})"
    r"(?:\s?[·•]\s?[\d.,]{1,9}\s?[kmb]?\s+views?)?$"
)

# a gallery's counters and buttons (matched on the folded line)
_GALLERY = regex.compile(
    r"^(?:"
    r"(?:(?:image|photo|picture|slide|item|pic|video|gallery\s+image)\s+)?(?P<n>\d{1,3})\s+of\s+"
    r"(?P<m>\d{1,3})"
    r"|(?:image|photo|picture|slide|pic)\s+(?P<n2>\d{1,3})\s*/\s*(?P<m2>\d{1,3})"
    r"|(?:view|see|show|open|browse)\s+(?:all\s+)?\d{1,4}\s+(?:photos|images|pictures|slides|videos)"
    r"|\d{1,4}\s+(?:photos|images|pictures|slides)"
    r"|(?:view|see|open|launch|start|play|browse|close|exit|skip|expand)\s+(?:the\s+)?(?:full\s+)?"
    r"(?:photo\s+|image\s+|picture\s+)?(?:gallery|slideshow|slide\s+show)"
    r"(?:\s*\(\d{1,4}(?:\s+(?:photos|images|pictures))?\))?"
    r"|(?:photo|image|picture)\s+gallery(?:\s*\(\d{1,4}(?:\s+(?:photos|images|pictures))?\))?"
    r"|(?:enlarge|expand)\s+(?:this\s+)?(?:image|photo|picture)"
    r")$"
)
_GALLERY_WEAK_PATTERN = regex.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_TIME_ZONES = (
    r"(?:gmt|bst|utc|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt|aest|aedt"
    r"|acst|awst|nzst|nzdt|ist|jst|kst|hkt|sgt|wib|sast|msk)"
)
# a live blog's furniture (matched on the folded line)
_LIVE = regex.compile(
    r"^(?:"
    r"please\s+(?:turn\s+on|enable|activate)\s+javascript\b.{0,300}"
    r"|(?:last\s+)?updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?"
    rf"(?:\s+{_TIME_ZONES})?(?:,?\s+(?:on\s+)?{_MONTH_DATE})?"
    r"|\d{1,3}\s+new\s+(?:updates?|posts?|entries)"
    r"|(?:show|load|see|view)\s+(?:\d{1,3}\s+)?(?:more|new|newer|older|earlier|previous|latest)"
    r"\s+(?:updates|posts|entries)"
    r")$"
)
# the first characters of the live blog's furniture (a cheap test before the pattern)
_LIVE_FIRST = frozenset("pulsjgnoakv0123456789")
# "2h ago", "15 minutes ago": a live blog's entry time, residue next to other residue
_AGO = regex.compile(
    r"^\d{1,3}\s?(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago$"
)

# a price ticker's entry: "BTC $64,210 +2.3%", "S&P 500 5,123.10 +0.4%",
# "Dow 39,123.45 +123.45 (+0.32%)", "Bitcoin (BTC) $64,210.00 ▲ 2.34%"
_TICK_SIGNS = "+-−▲▼↑↓"
_CURRENCY = "$€£¥₹₿"
_TICK_NAME = (
    r"(?P<name>\^?[\p{Lu}\p{N}][\p{L}\p{N}&.'’/^-]{0,14}"
    r"(?:\s[\p{Lu}\p{N}(&][\p{L}\p{N}&.'’/()-]{0,14}){0,3}?)"
)
_PRICE = (
    rf"[{_CURRENCY}]?\s?(?:\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,7}})(?:\.\d{{1,8}})?"
    r"(?:\s?(?:USD|EUR|GBP|JPY|USDT|pts))?"
)
_CHANGE = (
    rf"(?:[{_TICK_SIGNS}]\s?[{_CURRENCY}]?\d{{1,7}}(?:[.,]\d{{1,4}})?\s{{1,3}})?"
    rf"[(]?(?P<sign>[{_TICK_SIGNS}])?\s?\d{{1,3}}(?:[.,]\d{{1,3}})?\s?%[)]?"
)
_TICK_ITEM = regex.compile(rf"{_TICK_NAME}\s?:?\s{{1,3}}(?P<price>{_PRICE})\s{{1,3}}{_CHANGE}")
# a line of a ticker split over lines: a change alone ("+2.3%", "$64,210 +2.3%"),
# a price alone ("$64,210.00"), a symbol alone ("BTC", "S&P 500", "EUR/USD")
_TICK_CHANGE = regex.compile(rf"^(?:{_PRICE}\s{{1,3}})?{_CHANGE}$")
_TICK_PRICE = regex.compile(
    rf"^[{_CURRENCY}]\s?(?:\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,7}})(?:\.\d{{1,8}})?$"
)
_TICK_SYMBOL = regex.compile(
    r"^(?:\^?[A-Z][A-Z0-9&.^-]{1,9}(?:/[A-Z]{2,5})?(?:\s\d{2,4})?"
    r"|(?:Dow(?:\sJones)?|Nasdaq(?:\sComposite)?|Bitcoin|Ethereum|Gold|Silver|Oil|Crude\sOil"
    r"|Brent(?:\sCrude)?|Nikkei(?:\s225)?|Hang\sSeng|Euro\sStoxx(?:\s50)?|Natural\sGas)"
    r"(?:\s\([A-Z]{2,6}\))?)$"
)
_TICK_SEPARATORS = " |•·,;/–—-"


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
        galleries: remove a photo gallery's counters and buttons (``1 of
            12``, ``Next slide``, ``View gallery``).
        live_blog: remove a live blog's furniture (``Show key events
            only``, ``Updated at 10:15 GMT``).
        tickers: remove a finance widget's price ticker (``BTC $64,210
            +2.3%`` / ``ETH 3,120.55 -0.8%``).
        min_ticker_entries: the fewest entries (a name with its price and
            change) a ticker before the story's first or after its last
            prose paragraph must have.
        min_middle_ticker_entries: the fewest entries a ticker in the
            story's middle must have (a shorter run there may be the
            story's own table).
        record: record the titles and durations in
            ``doc.metadata.extras["videos"]`` and the social posts in
            ``doc.metadata.extras["posts"]`` (the X posts of a consent
            wrapper in ``doc.metadata.tweets``).
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
    galleries: bool = True
    live_blog: bool = True
    tickers: bool = True
    min_ticker_entries: int = 2
    min_middle_ticker_entries: int = 4
    record: bool = True


_DEFAULT = EmbedConfig()


def _fold(text: str) -> str:
    """White space folded, stripped and casefolded; a final ``.`` off; ``’`` as ``'``.

    >>> _fold("  You’re signed  out. ")
    "you're signed out"
    """
    folded = " ".join(text.split()).casefold().rstrip(".…")
    return folded.replace("’", "'") if "’" in folded else folded


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
    if _strong_player(folded):
        return True
    if not weak:
        return False
    return (
        folded in WEAK_PLAYER_STRINGS
        or _fold(text.strip("()[]")) in WEAK_PLAYER_STRINGS
        or _SPEED.match(folded) is not None
    )


def _strong_player(folded: str) -> bool:
    """Whether a folded line is a player's button or message (no weak words)."""
    if folded in PLAYER_STRINGS or _PLAYER_PATTERNS.match(folded) is not None:
        return True
    if folded[:1] in "([" and folded.strip("()[] ") in PLAYER_STRINGS:
        return True
    return (
        len(folded) <= 100
        and folded.partition(" ")[0].rstrip(":") in _SHORT_PLAYER_FIRST
        and _SHORT_PLAYER_PATTERNS.match(folded) is not None
    )


def is_social_embed(text: str) -> bool:
    """Whether a line is what an embedded social post leaves behind.

    >>> is_social_embed("View this post on Instagram")
    True
    >>> is_social_embed("A post shared by Ann Lee (@annlee) on Mar 3, 2024 at 10:15am PST")
    True
    >>> is_social_embed("Read 123 replies"), is_social_embed("Allow X content?")
    (True, True)
    >>> is_social_embed("A post shared by the council on Facebook drew 300 angry replies.")
    False
    """
    ws = " ".join(text.split())
    return _social(ws, _fold(ws)) is not None


def _social(ws: str, folded: str) -> regex.Match[str] | bool | None:
    """The social residue a line is: its match (with the post's details in
    named groups), ``True`` for a residue line with no details, or ``None``."""
    if not ws or len(ws) > 700:
        return None
    if len(ws) <= 240:
        if folded in SOCIAL_STRINGS:
            return True
        first, _, rest = folded.partition(" ")
        if first in ("a", "an"):
            hit = " by " in rest and ("shared" in rest or "post" in rest)
        else:
            hit = first in _SOCIAL_FIRST or first[:1] in _SOCIAL_FIRST_CHARS or "♬" in ws
        if hit:
            m = _SOCIAL.match(ws.rstrip("."))
            if m is not None:
                return m
        if first in ("skip", "end"):
            w = _WRAPPER.match(ws)
            if w is not None:
                return w
    return True if _consent(folded) else None


def _consent(folded: str) -> bool:
    """Whether a folded line is a consent placeholder's notice.

    >>> _consent("this article contains content provided by x. we ask for your permission "
    ...          "before anything is loaded, as they may be using cookies.")
    True
    >>> _consent("this content is provided by x, the minister said, citing cookies.")
    False
    """
    if len(folded) < 30 or len(folded) > 700:
        return False
    if folded.partition(" ")[0] not in _CONSENT_FIRST:
        if "not responsible for the" not in folded:
            return False
    elif not any(word in folded for word in _CONSENT_WORDS):
        return False
    return _CONSENT.match(folded) is not None and _REPORTING.search(folded) is None


def _gallery(folded: str) -> bool:
    """Whether a folded line is a gallery's counter or button.

    >>> _gallery("1 of 12"), _gallery("image 3 of 12"), _gallery("12 of 3"), _gallery("next slide")
    (True, True, False, True)
    """
    if len(folded) > 60:
        return False
    if folded in GALLERY_STRINGS:
        return True
    m = _GALLERY.match(folded)
    if m is None:
        return False
    n, total = m.group("n") or m.group("n2"), m.group("m") or m.group("m2")
    return n is None or 0 < int(n) <= int(total)


def _live(folded: str) -> bool:
    """Whether a folded line is a live blog's furniture.

    >>> _live("show key events only"), _live("updated at 10.15 gmt"), _live("key events")
    (True, True, False)
    """
    if len(folded) > 320:
        return False
    if folded in LIVE_STRINGS:
        return True
    return folded[:1] in "pul0123456789s" and _LIVE.match(folded) is not None


def _weak_rule(text: str, source: str) -> str | None:
    """The rule a short word gets next to residue of rule ``source``, or ``None``.

    A player's short words count next to any residue; a social card's,
    a gallery's and a live blog's only next to residue of their own kind.

    >>> _weak_rule("Reply", "social-embed"), _weak_rule("Reply", "player-ui")
    ('social-embed', None)
    >>> _weak_rule("Share", "gallery"), _weak_rule("Key events", "live-blog")
    ('player-ui', 'live-blog')
    """
    text = text.strip()
    if not text or len(text) > 60:
        return None
    if is_player_string(text, weak=True):
        return "player-ui"
    folded = _fold(text)
    if source in ("social-embed", "social-post"):
        if (
            folded in SOCIAL_WEAK
            or _HANDLE_LINE.match(folded) is not None
            or _LONE_COUNT.match(folded) is not None
            or _USER_NAME.match(text) is not None
            or _POST_TIME.match(folded) is not None
        ):
            return "social-embed"
    elif source == "gallery":
        if folded in GALLERY_WEAK or _GALLERY_WEAK_PATTERN.match(folded) is not None:
            return "gallery"
    elif source == "live-blog" and (folded in LIVE_WEAK or _AGO.match(folded) is not None):
        return "live-blog"
    return None


def _tick_items(ws: str) -> int:
    """How many ticker entries a line is made of (0 unless it is nothing else).

    An entry is a name, a price and a change in per cent; its price carries
    a currency sign, or decimals with a signed change (a vote count is no
    price).

    >>> _tick_items("BTC $64,210 +2.3% | ETH 3,120.55 -0.8% | S&P 500 5,123.10 +0.4%")
    3
    >>> _tick_items("Bitcoin rose to $64,210, up 2.3%"), _tick_items("Labour 12,345 +4.5%")
    (0, 0)
    """
    count = 0
    pos = 0
    for m in _TICK_ITEM.finditer(ws):
        if ws[pos : m.start()].strip(_TICK_SEPARATORS):
            return 0
        price = m.group("price")
        if not any(c.isalpha() for c in m.group("name")):
            return 0
        if not (price[0] in _CURRENCY or ("." in price and m.group("sign"))):
            return 0
        count += 1
        pos = m.end()
    if ws[pos:].strip(_TICK_SEPARATORS):
        return 0
    return count


def _ticker_kind(text: str) -> tuple[str, int, int] | None:
    """What a line of a price ticker is: ``(kind, names, entries)`` or ``None``.

    Kinds: ``tick`` (whole entries), ``change`` (a signed change alone, a
    price may come before it), ``price`` (a price alone) and ``symbol``
    (``BTC``, ``S&P 500``).

    >>> _ticker_kind("ETH 3,120.55 -0.8%"), _ticker_kind("+2.3%"), _ticker_kind("BTC")
    (('tick', 1, 1), ('change', 0, 1), ('symbol', 1, 0))
    """
    ws = " ".join(text.split())
    if not ws or len(ws) > 600:
        return None
    if "%" in ws:
        if ws[0] in _TICK_SIGNS or ws[0] in _CURRENCY or ws[0] in "(0123456789":
            m = _TICK_CHANGE.match(ws)
            if m is not None:
                return ("change", 0, 1) if m.group("sign") else None
        items = _tick_items(ws)
        return ("tick", items, items) if items else None
    if len(ws) <= 20:
        if ws[0] in _CURRENCY and _TICK_PRICE.match(ws) is not None:
            return ("price", 0, 0)
        if _TICK_SYMBOL.match(ws) is not None:
            return ("symbol", 1, 0)
    return None


def _tickers(
    lines: list[Line],
    seeds: list[int],
    rules: dict[int, str],
    first_text: int,
    config: EmbedConfig,
) -> set[int]:
    """The lines of price tickers around ``seeds`` (see :attr:`EmbedConfig.tickers`)."""
    kinds: dict[int, tuple[str, int, int] | None] = {}

    def kind(i: int) -> tuple[str, int, int] | None:
        if i not in kinds:
            kinds[i] = _ticker_kind(lines[i].text) if len(lines[i].text) <= 700 else None
        return kinds[i]

    found: set[int] = set()
    seen: set[int] = set()
    story: Zones | None = None
    for seed in seeds:
        if seed in seen or kind(seed) is None:
            continue
        run = [seed]
        for step in (-1, 1):
            i = seed
            while len(run) < 60:
                j = _neighbour(lines, i, step, config.max_gap, {})
                if j is None or j in seen or kind(j) is None:
                    break
                run.append(j)
                i = j
        run.sort()
        seen.update(run)
        names = sum(k[1] for k in (kinds[i] for i in run) if k)
        entries = sum(k[2] for k in (kinds[i] for i in run) if k)
        if entries < config.min_ticker_entries or names < 2:
            continue
        if story is None:
            story = zones(lines)
        above = _neighbour(lines, run[0], -1, config.max_gap, {})
        heading = False
        if above is not None and above not in rules:
            before = lines[above].text.rstrip()
            if before.endswith((":", "：")):
                continue  # the story's own table, introduced
            heading = above != first_text and not is_prose(before)
        # after the story, or in its middle, a heading above makes it the story's table
        after = run[0] > story.last or entries >= config.min_middle_ticker_entries
        if run[-1] < story.first or (after and not heading):
            found.update(run)
    return found


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

    After ``Video above:`` / ``Watch below:``, which say outright that what
    follows describes the video, it may be two sentences and twice as long.

    >>> _label_rest("WATCH | Xi arrives in Moscow (2:31)", 20)
    'Xi arrives in Moscow (2:31)'
    >>> _label_rest("Watch: he said it. Then he left and the talks went on.", 20) is None
    True
    >>> _label_rest("Video above: Crews work on Main Street. The road is shut.", 20)
    'Crews work on Main Street. The road is shut.'
    """
    if text.lstrip(" \t([")[:1] not in _LABEL_FIRST:
        return None
    m = _LABEL.match(" ".join(text.split()))
    if m is None:
        return None
    label = (m.group("label") or m.group("bracketed") or "").casefold()
    placed = label.endswith(("above", "below"))
    rest = str(m.group("rest"))
    core = _INLINE_CLOCK.sub("", rest).rstrip()
    if not core:
        return None
    words = len(core.split())
    if placed:
        if words > 2 * max_words or len(_SENTENCE_BREAK.findall(core)) > 1:
            return None
        return rest
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
    player: bool = True,
) -> None:
    """Extend the marked lines to the short words and lone durations next to them.

    A player's short words and a lone duration go next to any residue; a
    social card's, a gallery's and a live blog's next to their own (see
    :func:`_weak_rule`).
    """
    queue = list(rules)
    while queue:
        i = queue.pop()
        source = rules[i]
        for step in (-1, 1):
            j = _neighbour(lines, i, step, max_gap, rules)
            if j is None or j in rules or not short[j] or j == first_text:
                continue
            if j in durations:
                if not player:
                    continue
                rules[j] = "duration"
            else:
                rule = _weak_rule(lines[j].text, source)
                if rule is None or (rule == "player-ui" and not player):
                    continue
                rules[j] = rule
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


def _score_seed(text: str) -> bool:
    """Whether a short line may start a live-score widget: a status or a statistic.

    >>> _score_seed("FT"), _score_seed("Possession 58% 42%"), _score_seed("Arsenal")
    (True, True, False)
    """
    if len(text) > 80:
        return False
    text = text.strip()
    if len(text) <= _MAX_STATUS_LEN:
        folded = " ".join(text.split()).casefold()
        if folded in SCORE_STATUS_STRONG or folded in SCORE_STATUS_WEAK:
            return True
    # a statistic ends with its figure: a cheap test before the pattern
    return (
        text[:1] in _STAT_FIRST
        and text[-1:] in _STAT_LAST
        and _STAT_LINE.match(" ".join(text.split())) is not None
    )


def _score_widgets(lines: list[Line], seeds: list[int], first_text: int, max_gap: int) -> set[int]:
    """The lines of live-score widgets (see :attr:`EmbedConfig.score_widgets`)
    around the status and statistics lines ``seeds``."""
    kinds: dict[int, str | None] = {}
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


#: A player's action words that, right next to a lone duration, make a player.
_DURATION_ACTIONS = frozenset(
    {"listen", "play", "listen now", "play now", "play audio", "play episode", "play podcast"}
)
# what a post's caption carries and a reporter's sentence seldom ends with:
# hashtags, a mention, an emoji
_CAPTION_END = regex.compile(
    r"(?:#[\p{L}\p{N}_]{2,50}|@[\w.]{2,40}|\p{Extended_Pictographic}\ufe0f?)\s{0,3}$"
)
_HASHTAG = regex.compile(r"(?<![\w&#/])#[\p{L}\p{N}_]{2,50}")


def _network(name: str) -> str:
    """A network's name as recorded: casefolded, X for Twitter.

    >>> _network("Twitter"), _network("Truth  Social")
    ('x', 'truth social')
    """
    folded = " ".join(name.split()).casefold()
    return "x" if folded == "twitter" else folded


def _post(**fields: str | None) -> dict[str, str]:
    """A post's record: the non-empty fields, white space tidied."""
    return {k: " ".join(v.split()) for k, v in fields.items() if v and v.strip()}


def _caption(text: str) -> bool:
    """Whether a line reads as a post's caption: it ends with a hashtag, a
    mention or an emoji, or holds two hashtags, and introduces nothing.

    >>> _caption("Sunday on the pier #northport #summer"), _caption("Fans used #Biscuit.")
    (True, False)
    """
    text = text.strip()
    if not text or len(text) > 500 or text.endswith((":", "：")):
        return False
    return _CAPTION_END.search(text[-60:]) is not None or len(_HASHTAG.findall(text)) >= 2


def _posts(
    lines: list[Line],
    details: dict[int, regex.Match[str]],
    rules: dict[int, str],
    short: list[bool],
    first_text: int,
    max_gap: int,
    posts: dict[int, dict[str, str]],
) -> None:
    """Read the posts that the social lines ``details`` name, and take their text.

    Fills ``posts`` (line index to post) and marks the text of a post in
    ``rules`` (``social-post``): the lines inside a consent wrapper, a TikTok
    embed's caption between its ``@user`` line and its sound line, and an
    Instagram caption right above ``A post shared by``.
    """
    story: Zones | None = None
    wrappers = [i for i in sorted(details) if details[i].re is _WRAPPER]
    following = dict(itertools.pairwise(wrappers))
    for i in sorted(details):
        m = details[i]
        if m.re is _WRAPPER:
            if not m.group("kind").casefold().startswith("skip") or i not in following:
                continue
            j = following[i]
            end = details[j]
            net = _network(m.group("net"))
            if (
                end.re is not _WRAPPER
                or not end.group("kind").casefold().startswith("end")
                or _network(end.group("net")) != net
                or j - i > 60
            ):
                continue
            inside = [x for x in range(i + 1, j) if not lines[x].blank and x not in rules]
            if (
                any(not short[x] for x in inside)
                or sum(len(lines[x].text.split()) for x in inside) > 400
            ):
                continue
            own = []
            for x in inside:
                if _weak_rule(lines[x].text, "social-embed") is not None:
                    rules[x] = "social-embed"
                else:
                    rules[x] = "social-post"
                    own.append(lines[x].text)
            name = m.group("name") or end.group("name")
            posts[i] = _post(network=net, name=name, text="\n".join(own) or None)
            continue
        if m.group("ig_handle") is not None:
            posts[i] = _post(
                network="instagram",
                handle=m.group("ig_handle"),
                name=m.group("ig_name"),
                date=parse_date(m.group("ig_date") or ""),
            )
            p = _neighbour(lines, i, -1, max_gap, {})
            if (
                p is not None
                and p != first_text
                and p not in rules
                and short[p]
                and _caption(lines[p].text)
            ):
                rules[p] = "social-post"
                posts[i]["text"] = " ".join(lines[p].text.split())
        elif m.group("fb_name") is not None:
            # Facebook's own date has its weekday; above the story the line is
            # a blog's byline ("Posted by admin on Tuesday, ...") and names no post
            if story is None:
                story = zones(lines)
            if m.group("fb_day") and i > story.first:
                posts[i] = _post(
                    network="facebook", name=m.group("fb_name"), date=parse_date(m.group("fb_date"))
                )
        elif m.group("pv_handle") is not None:
            posts[i] = _post(
                network=_network(m.group("pv_net")),
                handle=m.group("pv_handle"),
                name=m.group("pv_name"),
                text=(m.group("pv_text") or "").strip(' "“”') or None,
            )
        elif m.group("pb_handle") is not None:
            net = _network(m.group("pb_net") or "")
            if not net:
                n = _neighbour(lines, i, 1, max_gap, {})
                if n is not None and "threads" in lines[n].text.casefold():
                    net = "threads"
            posts[i] = _post(
                network=net or None, handle=m.group("pb_handle"), name=m.group("pb_name")
            )
        elif "♬" in m.group(0):
            if m.group("tt_handle") is not None:
                posts[i] = _post(
                    network="tiktok", handle=m.group("tt_handle"), text=m.group("tt_text")
                )
                continue
            # the caption over lines of its own, under the "@user" line
            between: list[int] = []
            top = None
            at = i
            for _ in range(4):
                q = _neighbour(lines, at, -1, max_gap, {})
                if q is None or q == first_text or q in rules or not short[q]:
                    break
                body = lines[q].text.strip()
                if _HANDLE_LINE.match(body) is not None:
                    top = q
                    break
                if body.endswith((":", "：")) or len(body) > 500:
                    break
                if not _caption(body) and is_prose(body, min_words=15):
                    break  # a paragraph of the story, not a caption
                between.append(q)
                at = q
            if top is not None:
                rules[top] = "social-embed"
                for q in between:
                    rules[q] = "social-post"
                text = "\n".join(lines[q].text.strip() for q in reversed(between))
                posts[i] = _post(
                    network="tiktok", handle=lines[top].text.strip()[1:], text=text or None
                )


def find_embeds(
    text: str, config: EmbedConfig = _DEFAULT, doc: Document | None = None
) -> list[Change]:
    """The changes that remove player residue from ``text``.

    Records the videos found in ``doc.metadata.extras["videos"]`` and the
    social posts in ``doc.metadata.extras["posts"]`` when a document is given
    and ``config.record`` is set.

    >>> [c.rule for c in find_embeds("A b c\\n\\nPlay Video\\n\\n0:00\\n\\nPlay\\n\\nText.")]
    ['player-ui', 'duration', 'player-ui']
    """
    lines = split_lines(text)
    short = [False] * len(lines)
    first_text = -1
    rules: dict[int, str] = {}
    videos: list[dict[str, str]] = []
    durations: set[int] = set()
    score_seeds: list[int] = []
    ticker_seeds: list[int] = []
    labels: dict[int, str] = {}
    details: dict[int, regex.Match[str]] = {}  # social lines that name a post

    def mark(i: int, rule: str) -> None:
        # the article's first line is its title, whatever it looks like
        if i not in rules and i != first_text:
            rules[i] = rule

    def fold(i: int) -> str:
        return " ".join(lines[i].text.split()).casefold()

    # one walk over the lines: the durations, the lines that are residue
    # wherever they stand (player buttons first: the other rules look past
    # them), and the lines other rules start from
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if first_text < 0:
            first_text = i
        raw = line.text
        size = len(raw)
        if size > 700:
            continue
        short[i] = True
        if size <= 40:
            stripped = raw.strip()
            if len(stripped) <= 12 and _DURATION.match(stripped) is not None:
                durations.add(i)
                continue
        if size > 320:
            # a long line: only a player's caption settings, a consent notice,
            # a label or a ticker can be that long
            head = raw.lstrip()[:4].lower()
            if config.player_strings and head in ("text", "font") and _strong_player(_fold(raw)):
                mark(i, "player-ui")
                continue
            if (
                config.social
                and raw.lstrip()[:14].partition(" ")[0].casefold() in _CONSENT_FIRST
                and _consent(_fold(raw))
            ):
                mark(i, "social-embed")
                continue
        else:
            ws = " ".join(raw.split())
            folded = ws.casefold().rstrip(".…")
            if "’" in folded:
                folded = folded.replace("’", "'")
            if config.player_strings and len(ws) <= 200 and _strong_player(folded):
                mark(i, "player-ui")
                continue
            if config.social:
                hit = _social(ws, folded)
                if hit is not None:
                    mark(i, "social-embed")
                    if not isinstance(hit, bool):
                        details[i] = hit
                    continue
            if len(folded) <= 60 and config.galleries and _gallery(folded):
                mark(i, "gallery")
                continue
            if config.live_blog and folded[:1] in _LIVE_FIRST and _live(folded):
                mark(i, "live-blog")
                continue
            if config.score_widgets and size <= 80 and _score_seed(raw):
                score_seeds.append(i)
        if config.tickers and "%" in raw:
            ticker_seeds.append(i)
        if config.labels and size <= 400:
            rest = _label_rest(raw, config.max_headline_words)
            if rest is not None:
                labels[i] = rest

    # a social post's own text where its residue shows where it is
    posts: dict[int, dict[str, str]] = {}
    if details:
        _posts(lines, details, rules, short, first_text, config.max_gap, posts)

    # a price ticker (at the top it may come before the title)
    if ticker_seeds:
        for i in _tickers(lines, ticker_seeds, rules, first_text, config):
            rules.setdefault(i, "market-ticker")

    # a live-score widget: a score with its status or statistics
    if score_seeds:
        for i in sorted(_score_widgets(lines, score_seeds, first_text, config.max_gap)):
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
    for i, rest in labels.items():
        if i in rules:
            continue
        mark(i, "video-label")
        video = {"title": _INLINE_CLOCK.sub("", rest).strip()}
        for step in (1, -1):
            j = _neighbour(lines, i, step, config.max_gap, rules)
            if j is not None and j in durations and j not in rules:
                mark(j, "video-label")
                video["duration"] = lines[j].text.strip()
                break
        videos.append(video)

    # the short words and lone durations next to any residue
    _spread(lines, rules, durations, short, first_text, config.max_gap, config.player_strings)

    # a post's caption between lines of its card (an Instagram card's user
    # name and "View all 45 comments")
    if config.social:
        for i in sorted(i for i, rule in rules.items() if rule == "social-embed"):
            j = _neighbour(lines, i, 1, config.max_gap, {})
            if j is None or j in rules or not short[j] or not _caption(lines[j].text):
                continue
            k = _neighbour(lines, j, 1, config.max_gap, {})
            if k is not None and rules.get(k) == "social-embed":
                mark(j, "social-post")

    # a lone duration right next to a "Listen" or "Play" button
    if config.player_strings and durations:
        for d in sorted(durations):
            if d in rules:
                continue
            for step in (-1, 1):
                j = _neighbour(lines, d, step, config.max_gap, rules)
                if (
                    j is not None
                    and j != first_text
                    and j not in rules
                    and short[j]
                    and len(lines[j].text) <= 40
                    and _fold(lines[j].text.strip(" \t()[]")) in _DURATION_ACTIONS
                ):
                    mark(j, "player-ui")
                    mark(d, "player-ui")
                    break

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
        _spread(lines, rules, durations, short, first_text, config.max_gap, config.player_strings)

    if doc is not None and config.record:
        if videos:
            _record(doc, "videos", videos)
        if posts:
            _record_posts(doc, [posts[i] for i in sorted(posts) if i in rules])
    return [line_change(lines[i], rules[i], "embed") for i in sorted(rules)]


def _record(doc: Document, key: str, items: Iterable[dict[str, str]]) -> None:
    """Append ``items`` to the list ``doc.metadata.extras[key]``, skipping repeats."""
    bucket = doc.metadata.extras.setdefault(key, [])
    if isinstance(bucket, list):
        for item in items:
            if item not in bucket:
                bucket.append(item)


def _record_posts(doc: Document, posts: list[dict[str, str]]) -> None:
    """Record social posts: X posts as tweets (unless the tweets step has
    them), the others in ``doc.metadata.extras["posts"]``."""
    others = []
    for post in posts:
        if post.get("network") != "x":
            others.append(post)
            continue
        name = post.get("name", "").casefold()
        text = post.get("text", "")
        known = any(
            (name and t.name.casefold() == name) or (text and text in t.text)
            for t in doc.metadata.tweets
        )
        if not known:
            doc.metadata.tweets.append(
                Tweet(handle=post.get("handle", ""), name=post.get("name", ""), text=text)
            )
    if others:
        _record(doc, "posts", others)


class EmbedCleaner(Cleaner):
    """Remove what players, social embeds, galleries, live blogs and tickers
    leave in the text (whole lines only)."""

    name: ClassVar[str] = "embeds"
    Config: ClassVar[type[EmbedConfig]] = EmbedConfig
    config: EmbedConfig

    # Some rules count what the article holds (a headline next to a lone
    # duration is residue only where durations are rare), so removing residue
    # can reveal more: repeat until nothing changes.
    rounds: ClassVar[int] = 4

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return find_embeds(text, self.config, doc)
