"""Embedded tweets flattened into the text.

When a page embeds a tweet, Twitter's (X's) markup is a block quote holding
the tweet's text, its ``pic.twitter.com`` link and a signature::

    <blockquote class="twitter-tweet"><p>Text pic.twitter.com/AbC</p>
    &mdash; Name (@handle) <a href="https://twitter.com/…/status/…">March 20, 2023</a>
    </blockquote>

Scrapers flatten that into plain text in many shapes: the signature on a line
of its own or glued to the text before it, with an em dash, an en dash, a
hyphen or an undecoded ``&mdash;``, broken over lines, with placeholder or
lost emoji in the name (``AZ 📷📷📷``, ``John ??``), with the status URL after
the date; the tweet's text over one or several short lines or paragraphs; or
the whole embed on one line. This cleaner finds the signature, works out how
far back the tweet's text goes, and removes the tweet (or replaces it with a
one-line marker, or keeps its text only, see :class:`TweetConfig`). Every
tweet is recorded in ``doc.metadata.tweets``.

How far back the text goes is decided on evidence, precision first: the line
right above a signature is the tweet's text unless it introduces the tweet
(it ends with ``:``) or is longer than any tweet; a line further up joins only
when something ties it to the tweet (the line below continues it, the two are
one block, it holds a tweet link or emoji, or it is the tweet's first paragraph:
the paragraph below opens with ``But``/``And`` and this one is in the tweeter's
own voice, see :func:`_opens_tweet`) and the whole still fits a tweet.
Otherwise it is the article's and stays.

Besides signed embeds it removes a line holding only a tweet's status URL
(the way blogs embed a tweet), ``@handle: text pic.twitter.com/…`` lines, and
``pic.twitter.com`` / ``t.co`` links left anywhere else.

An embed whose script ran is scraped as the *card* the page showed: the
display name, the ``@handle`` (``Ann Lee @annlee · Follow``), the text, the
timestamp (``2:15 PM · Mar 3, 2026``, perhaps with ``· 12.3K Views``) and
the buttons and counts under it (``Reply``, ``Copy link``, ``Read 123
replies``); a quoted post (``Quote``, its name, handle and text) goes with
the card that quotes it. The handle line and the timestamp bound the card;
between them only a post's worth of text may stand (rules ``card-header``,
``tweet-text``, ``card-footer``).

Bluesky embeds use the same shapes: the signature ``— Name
(@name.bsky.social) March 3, 2026 at 2:15 PM`` (its text may hold ``[image
or embed]``), or a card whose timestamp reads ``March 3, 2026 at 2:15 PM``.
A post whose handle is a domain name (Bluesky) or names its server
(Mastodon, ``@ann@mastodon.social``) is removed the same way but recorded in
``doc.metadata.extras["posts"]`` with its ``network``, and its edits carry
the category ``embed``.

>>> from newsclean.document import Document
>>> doc = Document("He wrote:\\n\\nWe won! pic.twitter.com/AbC\\n"
...                "— Jo Doe (@jodoe) May 2, 2023\\n\\nMore.")
>>> TweetCleaner()(doc)
>>> doc.text
'He wrote:\\n\\n\\n\\n\\nMore.'
>>> doc.metadata.tweets[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
{'handle': 'jodoe', 'name': 'Jo Doe', 'date': '2023-05-02',
 'links': ['pic.twitter.com/AbC'], 'text': 'We won!'}
"""

from __future__ import annotations

import bisect
import functools
import html
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Literal, NamedTuple, get_args

import regex

from newsclean.cleaners.emoji import PLACEHOLDERS, strip_broken_emoji
from newsclean.document import Change, Document, Tweet
from newsclean.pipeline import Cleaner
from newsclean.text import Line, line_change, parse_date, split_lines, word_count

__all__ = [
    "Policy",
    "TweetCleaner",
    "TweetConfig",
    "find_signatures",
    "tweet_links",
]

#: What becomes of a tweet: removed whole, replaced by a marker, or its text kept.
Policy = Literal["drop", "marker", "keep"]
_POLICIES: tuple[str, ...] = get_args(Policy)

_CATEGORY = "tweet"

# --- patterns -------------------------------------------------------------------

_SP = r"(?:[ \t\u00a0\u2009\u202f]|&nbsp;)"
# white space that may hold up to three line breaks (a signature broken over lines)
_BR = rf"(?:{_SP}{{0,8}}\r?\n){{0,3}}{_SP}{{0,8}}"
_DASH = regex.compile(
    r"—|–|―|&mdash;|&#8212;|&#x2014;|&ndash;|&#8211;|&#x2013;|(?<!\S)--?(?=[ \t\u00a0\r\n])"
)
# a character of a display name: no line break, brackets, dashes or pipes
# (a hyphen inside a word is fine, one between spaces is a dash)
_NAME_CHAR = r"(?:[^\n()\[\]—–―|&\-]|(?<![ \t\u00a0])-|&(?!mdash;|ndash;|#82(?:11|12);|#x201[34];))"
_TIME = rf"\d{{1,2}}[:.]\d{{2}}(?:{_SP}?[AaPp]\.?[Mm]\.?)?"
_DATE = (
    rf"(?:{_TIME}{_SP}{{0,3}}[·•,|]?{_SP}{{0,3}})?"
    r"(?:"
    rf"\p{{L}}{{3,12}}\.?{_SP}{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}{{1,3}}\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.|º)?{_SP}{{1,3}}(?:de{_SP}{{1,3}})?"
    rf"\p{{L}}{{3,12}}\.?,?{_SP}{{1,3}}(?:de{_SP}{{1,3}})?\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r")(?![\p{L}\p{N}])"
    rf"(?:{_SP}{{1,3}}(?:at{_SP}{{1,3}})?{_TIME})?"
)
_STATUS = (
    r"(?:https?://(?:www\.|mobile\.)?|(?<![\w./])(?:www\.|mobile\.)?)"
    r"(?:twitter|x)\.com/(?:[A-Za-z0-9_]{1,30}|i/web|i)/status(?:es)?/\d{1,25}"
    r"(?:[/?][^\s<>()\[\]]{0,200})?"
)
_PIC = r"(?:https?://)?pic\.(?:twitter|x)\.com/[A-Za-z0-9_]{1,40}"
_TCO = r"(?:(?<![\w.])https?://|(?<![\w./]))t\.co/[A-Za-z0-9]{1,20}"

_STATUS_RE = regex.compile(_STATUS)
_LINK = regex.compile(rf"(?P<pic>{_PIC})|(?P<tco>{_TCO})|(?P<status>{_STATUS})")
_STRAY = regex.compile(rf"(?P<pic>{_PIC})|(?P<tco>{_TCO})")
# an X handle; a Bluesky handle is a domain name ("annlee.bsky.social"), a
# Mastodon one names its server ("annlee@mastodon.social")
_HANDLE = (
    r"[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]{1,63}){0,4}"
    r"(?:@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4})?"
)
_TAIL = regex.compile(
    rf"\((?:{_SP}{{0,2}})@(?P<handle>{_HANDLE}){_SP}{{0,2}}\)"
    rf"(?:{_SP}{{0,4}},)?"
    rf"(?:{_BR}\[?(?P<date>{_DATE})\]?(?:\((?P<dlink>[^()\s]{{1,500}})\))?)?"
    rf"(?:{_BR}(?P<url>{_STATUS}))?"
)
_OPEN = regex.compile(rf"\({_SP}{{0,2}}@")
_LINE_BLANK = regex.compile(rf"(?:{_SP}|\r|>)*")
_SPACE_RUN = regex.compile(rf"{_SP}+")
_STATUS_LINE = regex.compile(
    rf"{_SP}{{0,20}}(?:[>*•·]{_SP}{{0,4}})?(?P<url>{_STATUS}){_SP}{{0,20}}\r?"
)
_QUOTED = regex.compile(
    rf"{_SP}{{0,20}}(?:[>*•·]{_SP}{{0,4}})?(?:RT{_SP}{{1,3}})?"
    rf"@(?P<handle>[A-Za-z0-9_]{{1,15}}):{_SP}{{1,4}}(?P<text>\S[^\n]{{0,400}}?)"
    rf"(?P<links>(?:{_SP}{{0,4}}(?:{_PIC}|{_TCO})){{1,5}}){_SP}{{0,20}}\r?"
)
# a post's link preview (its page title): 'Ann Lee on X: "We won!" / X'
_PREVIEW = regex.compile(
    rf"{_SP}{{0,20}}(?P<name>[^\n:\"“]{{1,60}}?){_SP}on{_SP}(?:X|Twitter){_SP}?:{_SP}{{0,3}}"
    rf"[\"“](?P<text>[^\n]{{1,600}}?)[\"”]{_SP}{{0,3}}/{_SP}{{0,3}}(?:X|Twitter){_SP}{{0,20}}\r?"
)
_PLACEHOLDER_RUN = regex.compile(
    "[" + "".join(sorted(PLACEHOLDERS)) + r"](?:[ \u00a0]?[" + "".join(sorted(PLACEHOLDERS)) + "])*"
)
_CONTINUES = regex.compile(
    r"(?:->|-->|=>|→|⟶|➡|👉|⬇|↓|…|\.\.\.|\+|&gt;|>|\(?\d{1,2}/\d{0,2}\)?(?=\s))"
)
_TERMINAL_END = regex.compile(r"[.!?…)\]\"”’»']\W*$")
# a conjunction that needs a clause before it: a paragraph opening with one goes on
# from the paragraph above
_CONJUNCTION = regex.compile(
    r"(?:but|and|yet|or|nor|plus|though|although|because)(?=[ ,\u00a0…—–])", regex.IGNORECASE
)
_QUOTE_SPAN = regex.compile(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"")
# the article's voice: a reporter's paragraph tells who said or posted what
_REPORTING = regex.compile(
    r"\b(?:said|says|say|told|tells|according|tweeted|tweets|wrote|writes|posted|posts|added"
    r"|adds|announced|announces|reported|reports|explained|explains|stated|states|claimed"
    r"|claims|insisted|insists|warned|warns|urged|urges|responded|replied|replies|commented"
    r"|noted|notes|asked|asks|shared)\b",
    regex.IGNORECASE,
)
# the tweeter's own voice: I/we/you, a contraction, an exclamation or a question
_OWN_VOICE = regex.compile(
    r"(?<![\p{L}'’])(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)(?!\p{L})"
    r"|\p{L}n['’]t(?!\p{L})"
    r"|(?<!\p{L})(?i:it|that|there|here|he|she|they|what|who)['’](?:s|re|ll|d|ve)(?!\p{L})"
    r"|[!?]"
)
_CAPS_LABEL = regex.compile(r"[^\p{L}\p{N}]{0,12}[\p{Lu}\p{N}][\p{Lu}\p{N} '’&.!/-]{1,30}:")
_EMOJI = regex.compile(
    r"\p{Emoji_Presentation}|["
    + "".join(sorted(PLACEHOLDERS))
    + r"]|\p{Extended_Pictographic}\ufe0f"
)
_TAG = regex.compile(r"(?<![\w&#/])[#@][\p{L}\p{N}_]{1,50}")
_SENTENCE_BREAK = regex.compile(r"[.!?:;,][ \t]")
# the article's own words introducing a tweet at the start of the tweet's line
_INTRO_HEAD = regex.compile(
    r"[ \t>]{0,10}(?P<intro>[^:\n]{0,200}?\b(?:wrote|writes|tweeted|tweets|posted|posts"
    r"|said|says|added|adds|replied|replies|responded|responds|noted|notes|shared|shares"
    r"|announced|announces|commented|comments|declared|declares|warned|warns)\b"
    r"[^:\n]{0,80}?:)[ \t\u00a0]+(?=\S)",
    regex.IGNORECASE,
)
_LOST_EMOJI = regex.compile(r"(?<!\S)\?{2,}(?!\S)")
# what a Bluesky embed puts in its text for the media it could not show
_MEDIA_NOTE = regex.compile(
    r"\[(?:image or embed|contains quote post or other embedded content|video|image)\]"
)
_BULLET = regex.compile(r"\A(?:[*•·‣◦▪–-]|\d{1,3}[.)])[ \t]+")


# --- configuration --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TweetConfig:
    """Options of the tweets cleaner.

    Attributes:
        policy: what becomes of a tweet found in the text: ``"drop"`` removes
            it whole (text, links and signature); ``"marker"`` puts a one-line
            marker (see ``marker_format``) in its place; ``"keep"`` keeps its
            text and removes the signature, the links and placeholder emoji.
            Default ``"drop"``.
        marker_format: the marker line for ``policy="marker"``, a
            :meth:`str.format` template with the fields ``{handle}`` (without
            ``@``), ``{name}``, ``{date}`` (ISO, or as written when it cannot
            be read, or ``undated``), ``{url}`` (the first link, or empty) and
            ``{text}``. Default ``"[tweet: @{handle}, {date}]"``.
        max_text_chars: the most characters (links left out) a tweet's text
            may have; a paragraph that would make it longer is the article's.
            Twitter's limit is 280; the default, 300, leaves room for
            scraping residue.
        max_text_lines: the most lines of text one tweet may take. Default 8.
        max_name_chars: the longest display name a signature may have.
            Default 60.
        status_lines: treat a line holding only a tweet's status URL
            (``https://twitter.com/<handle>/status/<id>``) as an embedded
            tweet. Default ``True``.
        quoted: treat a line ``@handle: text pic.twitter.com/…`` (or ``RT
            @handle: …``), text followed by a tweet link, and a link
            preview's title ``Ann Lee on X: "text" / X`` as a tweet. Default
            ``True``.
        stray_links: remove ``pic.twitter.com`` and ``t.co`` links found
            outside a recognised tweet (the words around them stay). Default
            ``True``.
        cards: find posts scraped as the card the page showed (the embed's
            script ran): a display name, an ``@handle`` line, the text, a
            timestamp such as ``2:15 PM · Mar 3, 2026`` (Bluesky: ``March
            3, 2026 at 2:15 PM``) and the buttons and counts under it
            (``Reply``, ``Copy link``, ``Read 123 replies``, ``12.3K
            Views``). Default ``True``.
    """

    policy: Policy = "drop"
    marker_format: str = "[tweet: @{handle}, {date}]"
    max_text_chars: int = 300
    max_text_lines: int = 8
    max_name_chars: int = 60
    status_lines: bool = True
    quoted: bool = True
    stray_links: bool = True
    cards: bool = True

    def __post_init__(self) -> None:
        if self.policy not in _POLICIES:
            raise ValueError(
                f"TweetConfig.policy must be one of {', '.join(map(repr, _POLICIES))}; "
                f"got {self.policy!r}"
            )
        try:
            self.marker_format.format(handle="h", name="n", date="d", url="u", text="t")
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            raise ValueError(
                f"TweetConfig.marker_format {self.marker_format!r} is not a valid template "
                "(fields: {handle}, {name}, {date}, {url}, {text}): " + repr(exc)
            ) from exc
        for name in ("max_text_chars", "max_text_lines", "max_name_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"TweetConfig.{name} must be a positive integer; got {value!r}")


# --- signatures -----------------------------------------------------------------


class Signature(NamedTuple):
    """A tweet's signature found in a text.

    Attributes:
        start: offset of its dash (of its name when it has no dash).
        end: offset after its last part (date or status URL).
        name: the display name as written.
        handle: the handle, without ``@``.
        date: the date as written (may be empty when a status URL stands).
        links: the status URLs it holds.
        dashed: whether it starts with a dash.
    """

    start: int
    end: int
    name: str
    handle: str
    date: str
    links: tuple[str, ...]
    dashed: bool


@functools.lru_cache(maxsize=8)
def _name_re(limit: int) -> regex.Pattern[str]:
    """The display name between a signature's dash and its ``(@handle)``."""
    return regex.compile(rf"{_BR}(?P<name>{_NAME_CHAR}{{0,{limit}}}?){_BR}")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _plain_name(name: str) -> bool:
    """Whether a dash-less name looks like a display name, not a sentence."""
    return (
        bool(name)
        and len(name.split()) <= 6
        and _SENTENCE_BREAK.search(name) is None
        and "//" not in name
        and _LINK.search(name) is None
    )


def find_signatures(text: str, max_name_chars: int = 60) -> list[Signature]:
    """The tweet signatures (``— Name (@handle) Date``) in ``text``, in order.

    A signature needs a handle in parentheses followed by a date or a status
    URL, and a dash before the name; without a dash it must stand alone on
    its line (or follow a tweet link directly) and end the line.

    >>> [(s.name, s.handle, s.date) for s in find_signatures(
    ...     "Yes! pic.twitter.com/x1— AZ ?? (@AZgeo) March 20, 2023")]
    [('AZ ??', 'AZgeo', 'March 20, 2023')]
    >>> find_signatures("The agency (@NASA) said on March 20, 2023 that ...")
    []
    """
    out: list[Signature] = []
    if "(@" not in text and "( @" not in text:
        return out
    name_re = _name_re(max_name_chars)
    lookback = max_name_chars + 60
    last_end = 0
    for opening in _OPEN.finditer(text):
        p = opening.start()
        if p < last_end:
            continue
        tail = _TAIL.match(text, p)
        if tail is None:
            continue
        date = tail.group("date") or ""
        links = tuple(
            link
            for link in (tail.group("dlink"), tail.group("url"))
            if link and _STATUS_RE.fullmatch(link)
        )
        if not date and not links:
            continue
        lo = max(last_end, p - lookback)
        dash = None
        for m in _DASH.finditer(text, lo, p):
            dash = m
        start = -1
        name = ""
        dashed = False
        if dash is not None:
            nm = name_re.fullmatch(text, dash.end(), p)
            if nm is not None:
                start, name, dashed = dash.start(), nm.group("name"), True
        line_start = _line_bounds(text, p)[0]
        end = tail.end()
        rest_blank = _LINE_BLANK.fullmatch(text, end, _line_bounds(text, end)[1]) is not None
        if start < 0 and date and rest_blank:
            # no dash: the name alone on its line, or right after a tweet link
            seg_lo = max(line_start, last_end)
            link = None
            for m in _STRAY.finditer(text, seg_lo, p):
                link = m
            name_from = link.end() if link is not None else seg_lo
            nm = name_re.fullmatch(text, name_from, p)
            if nm is not None:
                candidate = nm.group("name").strip().lstrip(">*•· \t")
                if _plain_name(candidate):
                    start, name = nm.start("name"), candidate
                    while text[start] in ">*•· \t":
                        start += 1
        if start < 0:
            continue
        out.append(
            Signature(start, end, name.strip(), tail.group("handle"), date.strip(), links, dashed)
        )
        last_end = end
    return out


# --- links and lines ------------------------------------------------------------


def tweet_links(text: str) -> list[str]:
    """The ``pic.twitter.com``, ``t.co`` and status links in ``text``, as written.

    >>> tweet_links("Look pic.twitter.com/AbC via https://t.co/x1Y https://x.com/a/status/12")
    ['pic.twitter.com/AbC', 'https://t.co/x1Y', 'https://x.com/a/status/12']
    """
    if "t.co" not in text and ".com" not in text:
        return []
    return [m.group() for m in _LINK.finditer(text)]


def _content(line: str) -> str:
    """A line's text without edge spaces and block-quote markers."""
    s = line.strip(" \t\r\u00a0\u2009\u202f")
    while s.startswith(">"):
        s = s[1:].lstrip(" \t\u00a0")
    return s.replace("&nbsp;", " ").strip()


def _without_links(text: str) -> str:
    return _LINK.sub("", text) if ("t.co" in text or ".com" in text) else text


def _weight(text: str) -> int:
    """The length that counts against a tweet's limit (links left out)."""
    return len(_PLACEHOLDER_RUN.sub("", _without_links(text)).strip())


def _only(text: str) -> str:
    """``pic-link``, ``tco-link``, ``status-link`` or ``placeholder`` when the line is only that."""
    if _PLACEHOLDER_RUN.fullmatch(text):
        return "placeholder"
    m = _LINK.fullmatch(text)
    return "" if m is None else _LINK_RULES[m.lastgroup or "status"]


def _is_intro(text: str) -> bool:
    """Whether a line introduces what follows (``He wrote on Twitter:``).

    A short all-capitals label (``BREAKING:``, ``JUST IN:``) is a tweet's own.
    """
    s = text.rstrip(" \t\u00a0")
    return (s.endswith(":") or s.endswith("：")) and not _is_label(s)


def _is_label(text: str) -> bool:
    """Whether a line is a short all-capitals label such as ``BREAKING:``.

    >>> _is_label("🚨 JUST IN:"), _is_label("He wrote:"), _is_label("UN:")
    (True, False, True)
    """
    s = text.rstrip(" \t\u00a0")
    return (
        (s.endswith(":") or s.endswith("："))
        and len(s.split()) <= 4
        and _CAPS_LABEL.fullmatch(s) is not None
    )


def _continues(below: str, above: str) -> bool:
    """Whether ``below`` reads as the continuation of ``above`` inside one tweet."""
    if _CONTINUES.match(below):
        return True
    first = below[:1]
    return first.islower() and _TERMINAL_END.search(above[-40:]) is None


def _opens_tweet(above: str, below: str) -> bool:
    """Whether ``above`` is the first paragraph of a tweet that ``below`` goes on with.

    A tweet's text may come as two paragraphs with a blank line between. A
    paragraph above the tweet joins it only on two signs together: the
    paragraph below starts with a conjunction that needs a clause before it
    (``But``, ``And``, ``Yet``), and the one above is in the tweeter's own
    voice (I/we/you, a contraction, ``!`` or ``?``, outside quotation marks)
    with no reporting verb (``said``, ``told``, ``posted``): a reporter's
    paragraph that leads into a tweet stays. It must be short too (under
    30 words): a longer one is more likely the article's, even where the two
    would fit in a tweet.

    >>> _opens_tweet("Slept in the car. Gutted doesn't cover it.", "But they made the right call.")
    True
    >>> _opens_tweet("Many runners said they were gutted.", "But they made the right call.")
    False
    >>> _opens_tweet("Gutted doesn't begin to cover it.", "They made the right call.")
    False
    >>> _opens_tweet("“We won't stop,” the mayor's office added.", "And the water kept rising.")
    False
    """
    if _CONJUNCTION.match(below) is None or word_count(above) >= 30:
        return False
    own = _QUOTE_SPAN.sub(" ", above) if ('"' in above or "“" in above) else above
    return _REPORTING.search(own) is None and _OWN_VOICE.search(own) is not None


def _tweetlike(text: str) -> bool:
    """Whether a short line carries what tweets carry and articles seldom do."""
    if _STRAY.search(text) is not None or _EMOJI.search(text) is not None:
        return True
    tags = _TAG.findall(text)
    return len(tags) >= 2 or (bool(tags) and text.rstrip().endswith(tags[-1]))


def _blank_separated(lines: Sequence[Line]) -> bool:
    """Whether the document separates its paragraphs with blank lines."""
    paragraphs = breaks = 0
    previous = False
    for line in lines:
        if _content(line.text):
            paragraphs += 1
            previous = True
        else:
            if previous:
                breaks += 1
            previous = False
    return paragraphs > 1 and 2 * breaks >= paragraphs - 1


# --- tweets found ---------------------------------------------------------------


@dataclass
class _Found:
    """One tweet found: the spans it owns and what it is."""

    tweet: Tweet
    start: int
    text_lines: list[Line] = field(default_factory=list)
    prefix: tuple[int, int] | None = None  # glued text on the signature's line
    signature: tuple[int, int] | None = None  # removal span of the signature
    extra_lines: list[Line] = field(default_factory=list)  # status-URL lines after it
    filler_lines: list[Line] = field(default_factory=list)  # ``>`` residue between its lines
    line_only: bool = False  # a whole line that is the tweet (quoted / status line)
    date_as_written: str = ""
    intro_end: int = -1  # on its first line, the article's words end here
    first: int = 0  # index of its first line
    last: int = 0  # index of its last line
    furniture: list[tuple[Line, str]] = field(default_factory=list)  # a card's other lines
    rule: str = ""  # the rule of a line-only tweet that is neither quoted nor a status URL


class _Context(NamedTuple):
    text: str
    lines: list[Line]
    starts: list[int]
    blank_style: bool
    config: TweetConfig


def _line_index(ctx: _Context, pos: int) -> int:
    return bisect.bisect_right(ctx.starts, pos) - 1


def _first_ok(text: str, limit: int) -> bool:
    """Whether the text nearest a signature can be the tweet's text."""
    if _is_intro(text):
        return False
    return _weight(text) <= limit


def _more_ok(ctx: _Context, above: str, below: str, adjacent: bool, used: int) -> bool:
    """Whether a line further up belongs to the tweet whose text is below it."""
    if _is_intro(above) or used + _weight(above) > ctx.config.max_text_chars:
        return False
    if adjacent and (ctx.blank_style or _only(below) in ("pic-link", "tco-link")):
        return True
    if _continues(below, above):
        return True
    if word_count(above) < 20 and (_tweetlike(above) or _is_label(above)):
        return True
    return _opens_tweet(above, below)


def _walk_back(ctx: _Context, found: _Found, index: int, floor: int, below: str | None) -> None:
    """Add to ``found`` the lines above line ``index`` that are the tweet's text."""
    cfg = ctx.config
    used = _weight(below) if below is not None else 0
    adjacent = True
    taken = 1 if below is not None else 0
    i = index - 1
    while i > floor and taken < cfg.max_text_lines:
        line = ctx.lines[i]
        text = _content(line.text)
        if not text:
            adjacent = False
            i -= 1
            continue
        if _PLACEHOLDER_RUN.fullmatch(text):
            found.text_lines.append(line)
            i -= 1
            continue
        if below is None:
            ok = _first_ok(text, cfg.max_text_chars)
        else:
            ok = _more_ok(ctx, text, below, adjacent, used)
        if not ok:
            break
        found.text_lines.append(line)
        used += _weight(text)
        below = text
        adjacent = True
        taken += 1
        i -= 1
    found.text_lines.reverse()


def _signed(ctx: _Context, sig: Signature, floor_line: int, floor_pos: int) -> _Found:
    """The tweet a signature closes: its text, links and the spans to change."""
    text = ctx.text
    cfg = ctx.config
    index = _line_index(ctx, sig.start)
    line = ctx.lines[index]
    seg_start = max(line.start, floor_pos)
    s0 = sig.start
    while s0 > seg_start and text[s0 - 1] in " \t\u00a0\u2009\u202f":
        s0 -= 1
    end_index = _line_index(ctx, sig.end)
    end_line = ctx.lines[end_index]
    sig_end = sig.end
    rest_blank = _LINE_BLANK.fullmatch(text, sig.end, end_line.end) is not None
    if rest_blank:
        sig_end = end_line.end
    found = _Found(Tweet(handle=sig.handle), start=seg_start)
    prefix = _content(text[seg_start:s0])
    if any(c.isalnum() for c in prefix) or _EMOJI.search(prefix):
        if rest_blank and _first_ok(prefix, cfg.max_text_chars):
            found.prefix = (seg_start, s0)
            _walk_back(ctx, found, index, floor_line, prefix)
        found.signature = (s0, sig_end)
    else:
        found.signature = (seg_start, sig_end)
        _walk_back(ctx, found, index, floor_line, None)
    # a status URL alone on the next non-blank line belongs to the signature
    if rest_blank and cfg.status_lines:
        j = end_index + 1
        while j < len(ctx.lines) and j <= end_index + 2 and not _content(ctx.lines[j].text):
            j += 1
        m = _STATUS_LINE.fullmatch(ctx.lines[j].text) if j < len(ctx.lines) else None
        if m is not None and _status_handle(m.group("url")).lower() in ("", sig.handle.lower()):
            found.extra_lines.append(ctx.lines[j])
    found.first = _line_index(ctx, found.text_lines[0].start) if found.text_lines else index
    found.start = ctx.lines[found.first].start if found.text_lines else seg_start
    found.last = _line_index(ctx, found.extra_lines[-1].start) if found.extra_lines else end_index
    owned = {ln.start for ln in found.text_lines}
    found.filler_lines = [
        ln
        for ln in ctx.lines[found.first : index]
        if ln.start not in owned and ln.text.strip() and not _content(ln.text)
    ]
    tweet = found.tweet
    tweet.name = _display_name(sig.name, sig.handle)
    tweet.date = parse_date(sig.date)
    found.date_as_written = sig.date
    spans = [(ln.start, ln.end) for ln in found.text_lines if not _only(_content(ln.text))]
    if found.prefix is not None:
        spans.append(found.prefix)
    if spans:
        intro = _INTRO_HEAD.match(text, *spans[0])
        if intro is not None:
            found.intro_end = intro.end("intro")
            spans[0] = (intro.end(), spans[0][1])
    parts = [_content(text[a:b]) for a, b in spans]
    parts.extend(_content(ln.text) for ln in found.text_lines if _only(_content(ln.text)))
    links: list[str] = []
    for part in parts:
        links.extend(tweet_links(part))
    links.extend(sig.links)
    links.extend(_content(ln.text) for ln in found.extra_lines)
    tweet.links = list(dict.fromkeys(links))
    tweet.text = _tweet_text(parts)
    return found


def _display_name(name: str, handle: str) -> str:
    """A display name without broken emoji, entities or odd spaces.

    >>> _display_name("AZ \U0001f4f7\U0001f4f7\U0001f4f7", "AZ"), _display_name("Jo ?? Lee", "jo")
    ('AZ', 'Jo Lee')
    """
    cleaned = strip_broken_emoji(f"{name} (@{handle})").rsplit("(@", 1)[0]
    cleaned = _LOST_EMOJI.sub(" ", cleaned)
    if "&" in cleaned:
        cleaned = html.unescape(cleaned)
    tidy: str = _SPACE_RUN.sub(" ", cleaned)
    return tidy.strip()


def _status_handle(url: str) -> str:
    """The handle in a status URL (empty for ``/i/web/status/`` links).

    >>> _status_handle("https://x.com/nasa/status/1"), _status_handle("twitter.com/i/web/status/2")
    ('nasa', '')
    """
    handle = url.split(".com/", 1)[1].split("/", 1)[0]
    return "" if handle == "i" else handle


def _tweet_text(parts: Iterable[str]) -> str:
    """A tweet's text for the metadata: links and broken emoji out, spaces tidied."""
    out = []
    for part in parts:
        part = _BULLET.sub("", part)
        if "[" in part:
            part = _MEDIA_NOTE.sub("", part)
        clean = _SPACE_RUN.sub(" ", strip_broken_emoji(_without_links(part))).strip()
        clean = _PLACEHOLDER_RUN.sub("", clean).strip()
        if clean:
            out.append(clean)
    return "\n".join(out)


def _line_tweets(ctx: _Context, claimed: Sequence[tuple[int, int]]) -> list[_Found]:
    """Tweets that are one line: a bare status URL, or ``@handle: text link``."""
    cfg = ctx.config
    out: list[_Found] = []
    text = ctx.text
    previews = cfg.quoted and (" on X" in text or " on Twitter" in text)
    if not (cfg.status_lines or cfg.quoted) or (
        "status" not in text and "@" not in text and not previews
    ):
        return out
    for line in ctx.lines:
        body = line.text
        if not body or _inside(claimed, line.start):
            continue
        if cfg.status_lines and "/status" in body:
            m = _STATUS_LINE.fullmatch(body)
            if m is not None:
                url = m.group("url")
                tweet = Tweet(handle=_status_handle(url), links=[url])
                out.append(
                    _Found(
                        tweet, line.start, [line], line_only=True, first=line.index, last=line.index
                    )
                )
                continue
        if previews and (" on X" in body or " on Twitter" in body):
            p = _PREVIEW.fullmatch(body)
            if p is not None:
                tweet = Tweet(
                    name=_display_name(p.group("name"), ""),
                    links=tweet_links(p.group("text")),
                    text=_tweet_text([p.group("text")]),
                )
                found = _Found(
                    tweet, line.start, [line], line_only=True, first=line.index, last=line.index
                )
                found.rule = "link-preview"
                out.append(found)
                continue
        if cfg.quoted and "@" in body:
            q = _QUOTED.fullmatch(body)
            if q is not None:
                tweet = Tweet(
                    handle=q.group("handle"),
                    links=tweet_links(q.group("links")),
                    text=_tweet_text([q.group("text")]),
                )
                found = _Found(
                    tweet, line.start, [line], line_only=True, first=line.index, last=line.index
                )
                found.signature = (line.start + q.start(), line.start + q.start("text"))
                out.append(found)
    return out


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same offsets as ``spans``."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# --- cards: an embed as the page showed it -------------------------------------

# A post's embed whose script ran is scraped as the card the page showed: the
# name, the @handle, the text, a timestamp and the buttons, each on a line:
#
#     Ann Lee
#     @annlee
#     ·
#     Follow
#     We won the cup! pic.x.com/Ab1
#     2:15 PM · Mar 3, 2026
#     12.3K
#     Reply
#     Copy link
#     Read 123 replies
#
# The timestamp (X: "2:15 PM · Mar 3, 2026"; Bluesky: "March 3, 2026 at
# 2:15 PM") and a handle line above it bound the card.

_CARD_DATE = (
    rf"(?:\p{{L}}{{3,12}}\.?{_SP}{{1,2}}\d{{1,2}},?{_SP}{{1,2}}\d{{4}}"
    rf"|\d{{1,2}}\.?{_SP}{{1,2}}(?:de{_SP}{{1,2}})?\p{{L}}{{3,12}}\.?,?{_SP}{{1,2}}"
    rf"(?:de{_SP}{{1,2}})?\d{{4}})"
)
_CARD_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:{_SP}?(?:[AaPp]\.?[Mm]\.?|nachm\.|vorm\.))?"
_CARD_TIME = regex.compile(
    rf"[ \t\u00a0>]{{0,10}}(?:{_CARD_CLOCK}{_SP}{{0,2}}[·•]{_SP}{{0,2}}(?P<date>{_CARD_DATE})"
    rf"|(?P<date_at>{_CARD_DATE}){_SP}{{1,2}}(?:at|à|um){_SP}{{1,2}}{_CARD_CLOCK})"
    rf"(?:{_SP}{{0,2}}[·•]{_SP}{{0,2}}[\d.,]{{1,9}}{_SP}?[KkMmBb]?{_SP}{{1,2}}[Vv]iews?)?"
    r"[ \t\u00a0\r]{0,10}"
)
_SHORT_DATE = (
    rf"(?:\p{{L}}{{3,9}}\.?{_SP}\d{{1,2}}(?:,{_SP}\d{{4}})?|\d{{1,2}}{_SP}\p{{L}}{{3,9}}\.?"
    rf"(?:{_SP}\d{{4}})?|\d{{1,2}}[hms])"
)
_CARD_HEADER = regex.compile(
    rf"[ \t\u00a0>]{{0,10}}(?:(?P<name>[^@\n·•]{{1,60}}?){_SP}{{1,3}})?@(?P<handle>"
    r"[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]{1,63}){0,4})"
    rf"(?:{_SP}{{0,3}}[·•]{_SP}{{0,3}}(?:[Ff]ollow|{_SHORT_DATE})?)?[ \t\u00a0\r]{{0,10}}"
)
# a card's buttons, counts and labels (matched on the folded line)
_CARD_BITS = frozenset(
    {
        "·", "•", "follow", "following", "subscribe", "verified", "verified account", "reply",
        "replies", "repost", "reposts", "retweet", "retweets", "like", "likes", "quote",
        "quotes", "quote tweet", "quote tweets", "bookmark", "bookmarks", "share", "copy link",
        "copy link to post", "copy link to tweet", "views", "view", "show more", "show less",
        "show this thread", "see new posts", "see new tweets", "twitter ads info and privacy",
        "x ads info and privacy", "read more on x", "read more on twitter",
        "read more on bluesky", "view on bluesky", "view on x", "view on twitter",
        "everybody can reply", "everyone can reply", "embedded video", "translate post",
        "translate tweet", "the media could not be played", "reload", "watch on x", "post",
        "tweet", "x", "twitter", "bluesky", "read the full conversation on x",
        "read the full conversation on twitter", "learn more", "pinned", "ad", "promoted",
    }
)  # fmt: skip
_CARD_COUNT = regex.compile(
    r"(?i)[\d.,]{1,9}\s?[kmb]?(?:\s+(?:views?|replies|reply|reposts?|retweets?|likes?|quotes?"
    r"|quote\s+tweets?|bookmarks?|people\s+are\s+talking\s+about\s+this))?"
    r"|read\s+[\d.,]{1,9}\s?[kmb]?\s+repl(?:y|ies)(?:\s+on\s+(?:x|twitter|bluesky))?"
    r"|see\s+[^\n]{1,60}?['’]s\s+(?:other\s+)?(?:posts|tweets)"
    r"|replying\s+to\s+@[\w.]{1,40}(?:\s*(?:and|,)\s*@?[\w.]{1,40}){0,4}"
)
_SHORT_DATE_LINE = regex.compile(_SHORT_DATE)
# words before an @handle that make it the article's words or a reply line,
# not a card's display name
_NOT_NAMES = frozenset({"follow", "via", "by", "cc", "and", "from", "to", "with", "see"})


def _header_name(name: str) -> bool:
    """Whether the words before an ``@handle`` may be a card's display name.

    >>> _header_name("Ann Lee"), _header_name("Replying to"), _header_name("Follow")
    (True, False, False)
    """
    words = name.casefold().split()
    return not words or (words[0] not in _NOT_NAMES and words[-1] not in _NOT_NAMES)


def _card_anchors(text: str) -> list[int]:
    """The starts of the lines that may be a card's timestamp (cheap literal search).

    >>> _card_anchors("a\\n2:15 PM · Mar 3, 2026\\nb")
    [2]
    """
    literals = ["·", "•"]
    if "bsky" in text:
        literals.append(" at ")
    found = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - start <= 120:
                found.add(start)
            at = text.find(literal, end)
    return sorted(found)


def _fold(text: str) -> str:
    return " ".join(_content(text).split()).casefold().rstrip(".…")


def _card_bit(text: str) -> bool:
    """Whether a line of a card is its furniture (a button, a count, a label).

    >>> _card_bit("Read 123 replies"), _card_bit("12.3K"), _card_bit("We won!")
    (True, True, False)
    """
    folded = _fold(text)
    if not folded or len(folded) > 80:
        return not folded
    return folded in _CARD_BITS or _CARD_COUNT.fullmatch(folded) is not None


def _previous(ctx: _Context, i: int, floor: int, max_blank: int = 2) -> int | None:
    """The index of the non-blank line above line ``i`` (at most ``max_blank``
    blank lines between), or ``None``."""
    blank = 0
    j = i - 1
    while j > floor:
        if _content(ctx.lines[j].text):
            return j
        blank += 1
        if blank > max_blank:
            return None
        j -= 1
    return None


def _relates(name: str, handle: str) -> bool:
    """Whether a display name shares a word with its handle.

    >>> _relates("Northport Marathon", "NorthportMara"), _relates("What they said", "jd")
    (True, False)
    """
    low = handle.casefold()
    return any(len(w) >= 3 and w in low for w in regex.findall(r"\p{L}+", name.casefold()))


def _card_name(text: str, handle: str, adjacent: bool, limit: int) -> bool:
    """Whether the line above a card's handle line is its display name."""
    name = _content(text)
    if not name or len(name) > limit or name[-1] in ".,;:!?" or "@" in name:
        return False
    if len(name.split()) > 6 or _card_bit(name) or _LINK.search(name) is not None:
        return False
    return adjacent or _relates(name, handle)


def _card(
    ctx: _Context,
    t: int,
    date: str,
    domain_only: bool,
    floor: int,
    claimed: Sequence[tuple[int, int]],
) -> _Found | None:
    """The card whose timestamp is line ``t``, or ``None`` when no handle line
    bounds it above, or what lies between is more than a post's text."""
    cfg = ctx.config
    lines = ctx.lines
    body: list[int] = []
    header = header_match = None
    quotes = 0
    i = t
    while True:
        j = _previous(ctx, i, floor)
        if j is None or t - j > 4 * cfg.max_text_lines + 24 or _inside(claimed, lines[j].start):
            return None
        i = j
        text = lines[i].text
        h = _CARD_HEADER.fullmatch(text) if "@" in text and len(text) <= 120 else None
        if h is not None and _header_name(h.group("name") or ""):
            # a quoted post's header has "Quote" above its name: the card goes on
            p1 = _previous(ctx, i, floor)
            p2 = _previous(ctx, p1, floor) if p1 is not None else None
            if any(p is not None and _fold(lines[p].text) == "quote" for p in (p1, p2)):
                quotes += 1
                body.append(i)
                continue
            header, header_match = i, h
            break
        body.append(i)
    handle = header_match.group("handle")
    if domain_only and "." not in handle:
        return None
    furniture: list[tuple[Line, str]] = [(lines[header], "card-header")]
    own: list[Line] = []
    used = 0
    after_quote = False
    for i in reversed(body):
        text = lines[i].text
        folded = _fold(text)
        if folded == "quote":
            after_quote = True
            furniture.append((lines[i], "card-header"))
            continue
        inner = _CARD_HEADER.fullmatch(text) is not None
        if inner or _card_bit(text) or _SHORT_DATE_LINE.fullmatch(folded) is not None:
            after_quote = after_quote and not inner
            furniture.append((lines[i], "card-header"))
            continue
        if after_quote:  # the quoted post's display name, above its handle
            after_quote = False
            furniture.append((lines[i], "card-header"))
            continue
        used += _weight(_content(text))
        own.append(lines[i])
    if not own or used > cfg.max_text_chars * (1 + quotes):
        return None
    if len(own) > cfg.max_text_lines * (1 + quotes):
        return None
    # the display name: on the handle's line, or the line right above it
    name = (header_match.group("name") or "").strip()
    first = header
    if not name:
        p = _previous(ctx, header, floor, 1)
        if (
            p is not None
            and not _inside(claimed, lines[p].start)
            and _card_name(lines[p].text, handle, p == header - 1, cfg.max_name_chars)
        ):
            name = _content(lines[p].text)
            furniture.append((lines[p], "card-header"))
            first = p
    # the timestamp, and the counts and buttons under it
    furniture.append((lines[t], "card-footer"))
    last = t
    j = t + 1
    blank = 0
    while j < len(lines) and j - t <= 40:
        text = lines[j].text
        if not _content(text):
            blank += 1
            if blank > 2:
                break
        elif _card_bit(text) and not _inside(claimed, lines[j].start):
            furniture.append((lines[j], "card-footer"))
            last = j
            blank = 0
        else:
            break
        j += 1
    parts = [_content(ln.text) for ln in own]
    links: list[str] = []
    for part in parts:
        links.extend(tweet_links(part))
    # a handle line and a timestamp alone are not enough: the card shows
    # something more of itself (a name, a button, a count, a post's link)
    if not name and len(furniture) <= 2 and not links:
        return None
    tweet = Tweet(handle=handle, name=_display_name(name, handle) if name else "")
    tweet.date = parse_date(date)
    tweet.links = list(dict.fromkeys(links))
    tweet.text = _tweet_text(parts)
    found = _Found(tweet, lines[first].start, own, first=first, last=last, furniture=furniture)
    found.date_as_written = date
    return found


def _cards(
    ctx: _Context, anchors: Sequence[int], claimed: Sequence[tuple[int, int]]
) -> list[_Found]:
    """The cards (rendered embeds) in the text, outside the ``claimed`` spans."""
    out: list[_Found] = []
    floor = -1
    for pos in anchors:
        t = _line_index(ctx, pos)
        if t <= floor or _inside(claimed, pos):
            continue
        m = _CARD_TIME.fullmatch(ctx.lines[t].text)
        if m is None:
            continue
        date = m.group("date") or m.group("date_at")
        found = _card(ctx, t, date, m.group("date_at") is not None, floor, claimed)
        if found is not None:
            out.append(found)
            floor = found.last
    return out


def _card_changes(found: _Found, ctx: _Context) -> list[Change]:
    """The changes that carry out the policy on one card."""
    cfg = ctx.config
    rows = sorted(
        [*found.furniture, *((ln, "tweet-text") for ln in found.text_lines)],
        key=lambda row: row[0].start,
    )
    out: list[Change] = []
    for line, rule in rows:
        if cfg.policy == "keep" and rule == "tweet-text" and not _only(_content(line.text)):
            out.extend(_link_changes(ctx.text, line.start, line.end))
        else:
            out.append(
                line_change(line, _line_rule(line) if rule == "tweet-text" else rule, _CATEGORY)
            )
    if cfg.policy == "marker" and rows:
        first = rows[0][0]
        out[0] = Change(first.start, first.end, _marker(found, cfg), "marker", _CATEGORY)
    return out


# --- changes --------------------------------------------------------------------


def _widen(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen the span ``a:b`` over the spaces before it, or after it when at ``lo``."""
    limit = max(lo, a - 64)
    while a > limit and text[a - 1] in " \t\u00a0":
        a -= 1
    if a == lo:
        limit = min(hi, b + 64)
        while b < limit and text[b] in " \t\u00a0":
            b += 1
    return a, b


_LINK_RULES = {"pic": "pic-link", "tco": "tco-link", "status": "status-link"}


def _link_changes(text: str, start: int, end: int) -> list[Change]:
    """Inline removals of the tweet links and placeholder runs in ``text[start:end]``.

    >>> text = "Yes \U0001f4f7\U0001f4f7 win pic.twitter.com/AbC"
    >>> [(text[c.start:c.end], c.rule) for c in _link_changes(text, 0, len(text))]
    [(' pic.twitter.com/AbC', 'pic-link'), ('\U0001f4f7\U0001f4f7', 'placeholder')]
    """
    out = []
    for m in _LINK.finditer(text, start, end):
        a, b = _widen(text, m.start(), m.end(), start, end)
        out.append(Change(a, b, "", _LINK_RULES[m.lastgroup or "status"], _CATEGORY))
    for m in _PLACEHOLDER_RUN.finditer(text, start, end):
        if not any(c.start <= m.start() < c.end for c in out):
            out.append(Change(m.start(), m.end(), "", "placeholder", _CATEGORY))
    if "[" in text[start:end]:
        for m in _MEDIA_NOTE.finditer(text, start, end):
            a, b = _widen(text, m.start(), m.end(), start, end)
            if not any(c.start < b and a < c.end for c in out):
                out.append(Change(a, b, "", "placeholder", _CATEGORY))
    return out


def _line_rule(line: Line) -> str:
    return _only(_content(line.text)) or "tweet-text"


def _changes(found: _Found, ctx: _Context) -> list[Change]:
    """The changes that carry out the policy on one tweet."""
    if found.furniture:
        return _card_changes(found, ctx)
    text, cfg = ctx.text, ctx.config
    out: list[Change] = []
    keep = cfg.policy == "keep"
    for line in found.text_lines:
        if found.line_only:
            rule = found.rule or ("tweet-text" if found.signature is not None else "status-link")
            if keep and found.signature is not None:
                out.append(Change(*found.signature, "", "signature", _CATEGORY))
                out.extend(_link_changes(text, found.signature[1], line.end))
            else:
                out.append(line_change(line, rule, _CATEGORY))
            continue
        rule = _line_rule(line)
        start = found.intro_end if line.start < found.intro_end <= line.end else line.start
        if keep and rule == "tweet-text":
            out.extend(_link_changes(text, start, line.end))
        else:
            out.append(Change(start, line.end, "", rule, _CATEGORY))
    if found.prefix is not None:
        a, b = found.prefix
        if a < found.intro_end <= b:
            a = found.intro_end
        if keep:
            out.extend(_link_changes(text, a, b))
        else:
            out.append(Change(a, b, "", "tweet-text", _CATEGORY))
    if found.signature is not None and not found.line_only:
        out.append(Change(*found.signature, "", "signature", _CATEGORY))
    for line in found.filler_lines:
        out.append(line_change(line, "tweet-text", _CATEGORY))
    for line in found.extra_lines:
        out.append(line_change(line, "status-link", _CATEGORY))
    if not out:
        return out
    if _flanked(ctx, found):
        out = _join_lines(ctx, found, out)
    if cfg.policy == "marker":
        marker = _marker(found, cfg)
        first = min(c.start for c in out)
        if first > 0 and not text[first - 1].isspace():
            marker = " " + marker  # in the middle of a line
        out.append(Change(first, first, marker, "marker", _CATEGORY))
    return out


def _marker(found: _Found, cfg: TweetConfig) -> str:
    """The marker line that stands for a tweet (``policy="marker"``)."""
    tweet = found.tweet
    return cfg.marker_format.format(
        handle=tweet.handle,
        name=tweet.name,
        date=tweet.date or found.date_as_written or "undated",
        url=tweet.links[0] if tweet.links else "",
        text=tweet.text,
    )


def _flanked(ctx: _Context, found: _Found) -> bool:
    """Whether a tweet sits between lines of text with no blank line around it."""
    lines = ctx.lines
    after = found.last + 1
    if after >= len(lines) or not _content(lines[after].text):
        return False
    return found.first == 0 or bool(_content(lines[found.first - 1].text))


def _join_lines(ctx: _Context, found: _Found, changes: list[Change]) -> list[Change]:
    """Take the line breaks of the tweet's removed lines too.

    Where paragraphs are separated by single line breaks, a removed line
    must not leave a blank line behind (it would split the text around it).
    With a marker, the last line keeps its break: the marker stands there.
    """
    spans = _merge((c.start, c.end) for c in changes if c.end > c.start)
    by_end = {c.end: i for i, c in enumerate(changes) if c.end > c.start}
    out = list(changes)
    last = found.last - (ctx.config.policy == "marker")
    for line in ctx.lines[found.first : last + 1]:
        if line.end >= len(ctx.text) or _inside(spans, line.end):
            continue
        blank = not line.text.strip()
        i = by_end.get(line.end)
        if i is not None and _covers(spans, line.start, line.end):
            out[i] = out[i]._replace(end=line.end + 1)
        elif blank:
            out.append(Change(line.start, line.end + 1, "", "tweet-text", _CATEGORY))
    return out


def _covers(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted, disjoint ``spans`` covers ``start:end``."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and spans[i][1] >= end


#: the literals stray links hold; a link starts at most 8 characters
#: (``https://``) before its literal and is at most 64 characters long
_STRAY_LITERALS = ("pic.twitter.com/", "pic.x.com/", "t.co/")
_STRAY_SPAN = 80


def stray_links(text: str) -> Iterator[regex.Match[str]]:
    """The ``pic.twitter.com`` and ``t.co`` links of ``text``, as ``_STRAY.finditer``
    finds them, but searched for only around their literal parts (``str.find``
    runs at memory speed; the pattern's look-behinds, tried at every
    position, do not).

    >>> [m.group() for m in stray_links("See pic.twitter.com/ab1 and https://t.co/x9")]
    ['pic.twitter.com/ab1', 'https://t.co/x9']
    """
    found = []
    for literal in _STRAY_LITERALS:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1)
    done = 0
    for at in sorted(found):
        start = max(at - 8, done)
        # a match that starts after this literal belongs to a later one
        m = _STRAY.search(text, start, at + _STRAY_SPAN)
        if m is not None and m.start() <= at:
            done = m.end()
            yield m


def _stray_changes(text: str, claimed: Sequence[tuple[int, int]]) -> list[Change]:
    """Removals of ``pic.twitter.com`` and ``t.co`` links outside the tweets found.

    A link alone on its line takes the whole line; otherwise it takes the
    spaces before it (or after it, at a line start).
    """
    out: list[Change] = []
    for m in stray_links(text):
        if _inside(claimed, m.start()):
            continue
        line_start, line_end = _line_bounds(text, m.start())
        a, b = _widen(text, m.start(), m.end(), line_start, line_end)
        if a == line_start and _LINE_BLANK.fullmatch(text, b, line_end):
            b = line_end
        rule = "pic-link" if m.lastgroup == "pic" else "tco-link"
        out.append(Change(a, b, "", rule, _CATEGORY))
    return out


def _has_sign(text: str) -> bool:
    """A cheap check: could ``text`` hold a tweet or a tweet link at all?"""
    return (
        "(@" in text
        or "( @" in text
        or "t.co/" in text
        or "twitter.com" in text
        or "x.com/" in text
    )


class TweetCleaner(Cleaner):
    """Find embedded tweets, record them in ``doc.metadata.tweets`` and remove them.

    Rules: ``signature``, ``tweet-text``, ``pic-link``, ``tco-link``,
    ``status-link``, ``link-preview``, ``card-header``, ``card-footer``,
    ``placeholder`` and ``marker``; the category is ``tweet`` (``embed`` for
    a Bluesky or Mastodon post).
    """

    name: ClassVar[str] = "tweets"
    Config: ClassVar[type[TweetConfig]] = TweetConfig
    config: TweetConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        anchors = _card_anchors(text) if self.config.cards and "@" in text else []
        if not anchors and not _has_sign(text):
            return []
        cfg = self.config
        lines = split_lines(text)
        ctx = _Context(text, lines, [line.start for line in lines], _blank_separated(lines), cfg)
        found: list[_Found] = []
        floor_line, floor_pos = -1, 0
        for sig in find_signatures(text, cfg.max_name_chars):
            if sig.start < floor_pos:
                continue
            tweet = _signed(ctx, sig, floor_line, floor_pos)
            found.append(tweet)
            last = max(
                [tweet.signature[1] if tweet.signature else sig.end]
                + [ln.end for ln in tweet.extra_lines]
            )
            floor_pos = last
            floor_line = _line_index(ctx, max(last - 1, 0))
        claimed = _merge(_spans(found))
        if anchors:
            found.extend(_cards(ctx, anchors, claimed))
            claimed = _merge(_spans(found))
        found.extend(_line_tweets(ctx, claimed))
        found.sort(key=lambda f: f.start)
        changes: list[Change] = []
        for tweet in found:
            network = _network_of(tweet.tweet.handle)
            if network == "x":
                changes.extend(_changes(tweet, ctx))
                doc.metadata.tweets.append(tweet.tweet)
                continue
            # a Bluesky or Mastodon post: the same shapes, recorded as a post
            changes.extend(c._replace(category="embed") for c in _changes(tweet, ctx))
            post = {"network": network, **tweet.tweet.to_dict()}
            bucket = doc.metadata.extras.setdefault("posts", [])
            if isinstance(bucket, list) and post not in bucket:
                bucket.append(post)
        if cfg.stray_links and ("t.co/" in text or "pic." in text):
            claimed = _merge(_spans(found))
            changes.extend(_stray_changes(text, claimed))
        return _no_overlaps(changes)


def _network_of(handle: str) -> str:
    """The network a handle belongs to: ``x``, ``bluesky`` (a domain name) or
    ``mastodon`` (``user@server``).

    >>> _network_of("nasa"), _network_of("annlee.bsky.social"), _network_of("ann@mastodon.social")
    ('x', 'bluesky', 'mastodon')
    """
    if "@" in handle:
        return "mastodon"
    return "bluesky" if "." in handle else "x"


def _spans(found: Iterable[_Found]) -> Iterable[tuple[int, int]]:
    for tweet in found:
        for line in [*tweet.text_lines, *tweet.extra_lines, *(ln for ln, _ in tweet.furniture)]:
            yield (line.start, line.end + 1)
        for span in (tweet.prefix, tweet.signature):
            if span is not None:
                yield span


def _no_overlaps(changes: list[Change]) -> list[Change]:
    """The changes in order, any overlapping an earlier one left out."""
    out: list[Change] = []
    last = 0
    for change in sorted(changes, key=lambda c: (c.start, c.end)):
        if change.start < last:
            continue
        out.append(change)
        last = change.end
    return out
