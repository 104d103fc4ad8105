"""HTML input: the article's text and what the page says about it for sure.

:func:`html_to_text` parses a web page once (BeautifulSoup with the standard
library's ``html.parser``) and writes the article as the plain text the text
cleaners expect: headings and paragraphs separated by a blank line, ``<br>``
as a line break, list items as lines (``• item``, ``1. item``), links as
their text, white space collapsed as a browser collapses it.

What the markup says for sure is used for sure, and never reaches the text:

* an embedded tweet (``<blockquote class="twitter-tweet">``) becomes a
  :class:`~newsclean.document.Tweet` in the metadata; Instagram and TikTok
  posts and video players go to ``metadata.extras["embeds"]``;
* an emoji image (Twemoji's ``<img class="emoji" alt="🇷🇺">``, WordPress
  smileys, any image whose alt text is an emoji) becomes its emoji, so no
  placeholder glyph is left where it was; other images go;
* pictures' ``<figure>``, ``<figcaption>`` and caption and credit elements
  go to ``metadata.extras["captions"]`` (a figure holding a table, a
  listing or a quotation is content; only its caption goes);
* author, byline and date elements, tag links, the page's ``<meta>`` tags
  and JSON-LD fill the title, authors, date, publisher and tags (and
  ``extras["url"]``, ``extras["lang"]``). A byline element goes with the
  line it is on when the line holds nothing else but connecting words and
  dates ("Posted on ... by ... | 5 min read"); one inside a sentence of the
  story stays;
* scripts, styles, forms, navigation, sidebars, footers, share bars,
  related-posts widgets, ads, comment sections, screen-reader text and
  hidden elements (``hidden``, ``aria-hidden="true"``, ``display:none``)
  are dropped. A ``<header>`` inside an ``<article>`` is the article's and
  stays; outside one it is the site's and goes, unless it holds the
  headline. Each element with visible text that goes from where the
  article is written is recorded in ``metadata.extras["html_dropped"]``:
  ``{"element": "div#comments.thread", "why": "furniture", "chars": 812,
  "text": ...}``. ``why`` is ``hidden``, ``furniture``, ``navigation``,
  ``sidebar``, ``form``, ``footer``, ``header``, ``figure`` (a picture's
  figure holding more than its caption) or a control's name (``button``,
  ``noscript``, ``dialog`` ...); ``text`` stops after 1,000 characters
  (``chars`` is its whole length). Captions, tweets and embeds have their
  own fields. On a page with no article element the article is the whole
  ``<body>``, so its site navigation and footer are recorded too.

The article is the page's ``<article>`` (or its ``itemprop=articleBody``,
``.entry-content``, ``.post-content``, ``.article-body``, ``#story`` block)
when it has one, else ``<main>``, else the whole page; its headline
(``<h1>``) is the first paragraph. Where unsure, the text is kept: an
``<article>`` that is a teaser card, an element with a caption or byline
class that is too large to be one, an embed whose closing tag is missing,
a ``<form>`` that wraps the whole page are all taken as content, and when
the chosen element holds next to nothing of the page's text the whole
page is taken.

>>> text, meta = html_to_text(
...     '<html><head><meta property="og:site_name" content="The Daily"></head><body>'
...     '<nav><a href="/">Home</a></nav><article><h1>Rain at last</h1>'
...     '<p class="byline">By <a rel="author" href="/a/ann">Ann Lee</a></p>'
...     '<p>It   rained <b>all</b> day.<br>Farmers cheered.</p></article></body></html>'
... )
>>> print(text, end="")
Rain at last
<BLANKLINE>
It rained all day.
Farmers cheered.
>>> meta.title, meta.authors, meta.publisher
('Rain at last', ['Ann Lee'], 'The Daily')
"""

from __future__ import annotations

import copy
import html as html_lib
import json
import re
import warnings
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeGuard

import regex
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PageElement, RubyParenthesisString, RubyTextString, Tag

from newsclean.document import Document, Metadata, Tweet
from newsclean.pipeline import Pipeline, default_pipeline
from newsclean.text import MONTHS, parse_date

__all__ = ["byline_names", "clean_html", "html_to_text"]

# ---------------------------------------------------------------- vocabulary


def _names(text: str) -> frozenset[str]:
    """A set of names written as one string.

    >>> sorted(_names("p div"))
    ['div', 'p']
    """
    return frozenset(text.split())


#: Strings that are text a reader sees (comments, CDATA, script and style
#: bodies are other NavigableString subclasses and are left out).
_TEXT_TYPES = frozenset((NavigableString, RubyTextString, RubyParenthesisString))

#: Elements dropped with everything inside them.
_SKIP = _names(
    "script style noscript template iframe svg button select input textarea option optgroup "
    "datalist object embed video audio canvas map area link base frame frameset applet dialog "
    "meta title"
)

#: Why an element dropped by its name goes, as recorded in ``extras["html_dropped"]``.
_DROP_REASONS = {"nav": "navigation", "aside": "sidebar", "figcaption": "caption"}
#: Drops the metadata records in its own fields (captions, tweets, embeds).
_RECORDED_ELSEWHERE = frozenset({"caption", "tweet", "embed"})
#: Skipped elements whose text a reader of the page may see.
_VISIBLE_SKIPPED = frozenset(
    {"button", "select", "textarea", "dialog", "noscript", "video", "audio", "object", "iframe"}
)
#: How much of a dropped element's text ``extras["html_dropped"]`` keeps.
_DROPPED_CHARS = 1000

#: Elements that start and end a paragraph.
_PARA = _names(
    "p div h1 h2 h3 h4 h5 h6 blockquote pre section article main header footer address center "
    "details summary fieldset legend figure figcaption hgroup ul ol dl table form menu dir "
    "body html caption aside nav"
)

#: Elements that start and end a line.
_LINE = _names("li dt dd tr")

#: Inline elements: class names on them never make them furniture.
_INLINE = _names(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd label mark q s samp small "
    "span strike strong sub sup time tt u var wbr img"
)

#: Media that make a ``<figure>`` a picture (dropped, its caption recorded).
_MEDIA = _names("img picture video audio iframe svg canvas embed object")

#: Elements that make a ``<figure>`` content (a table, a listing, a quotation).
_FIGURE_CONTENT = _names("table pre blockquote ul ol")

#: Class names (substrings) of share bars, related-posts and recommendation widgets.
_FURNITURE_CLASS = regex.compile(
    r"share|sharing|social|addtoany|jp-relatedposts|related|outbrain|taboola"
)
#: Class names of advertising slots.
_DROP_TOKENS = _names("ad ads advert advertisement adsbygoogle")
#: Class names of text visible only to screen readers.
_SCREEN_READER = _names("screen-reader-text sr-only visually-hidden visuallyhidden")
#: Class names (substrings) of captions and photo credits.
_CAPTION_CLASS = regex.compile(r"caption|credit")
#: Class-name prefixes of taxonomy classes (``tag-social-media``): never furniture.
_TAXONOMY = ("tag-", "category-", "post_tag-")

#: Comment sections: ids and class names.
_COMMENT_IDS = _names("comments respond disqus_thread comments-section")
_COMMENT_TOKENS = _names(
    "comments comment-respond comments-area comment-list commentlist comments-section comment-form"
)

#: Class names of elements whose text is an author's name.
_NAME_TOKENS = _names(
    "author authors author-name author_name author-link byline-author byline__author "
    "byline__name article-author post-author entry-author meta-author"
)
#: Class names of byline lines (names are read off their text).
_BYLINE_TOKENS = _names("byline c-byline posted-by article-byline post-byline")
#: Class names that mark the date an article was published.
_DATE_TOKENS = _names("published entry-date pubdate date-published publish-date post-date")

#: Classes, ids and JSON-LD types of the article's own text block.
_BODY_TOKENS = _names(
    "entry-content post-content article-body article-content article__body story-body "
    "post-body entry-body"
)
_BODY_IDS = _names(
    "article story story-body storytext article-body articlebody article-content post-content "
    "entry-content"
)
_ARTICLE_TYPES = _names(
    "article newsarticle blogposting reportagenewsarticle analysisnewsarticle "
    "opinionnewsarticle backgroundnewsarticle reviewnewsarticle liveblogposting report "
    "socialmediaposting"
)

#: ``<meta>`` names and properties, by the metadata field they give.
_META_TITLE = ("og:title", "twitter:title")
_META_DATE = _names(
    "article:published_time og:published_time datepublished pubdate publishdate "
    "publish-date publish_date date dc.date dc.date.issued dcterms.date sailthru.date "
    "parsely-pub-date article.published"
)
_META_AUTHOR = _names("author article:author dc.creator sailthru.author parsely-author byl")
_META_TAG = _names("article:tag")
_META_KEYWORDS = _names("keywords news_keywords")

#: Hosts of embedded players and posts whose ``<iframe>`` is recorded as an embed.
_EMBED_HOSTS = (
    *("youtube.", "youtu.be", "vimeo.", "dailymotion.", "rumble.", "bitchute."),
    *("facebook.", "instagram.", "tiktok.", "twitter.", "soundcloud.", "spotify."),
)

_WS = re.compile(r"[ \t\n\r\f]+")
_EMOJI_ALT = regex.compile(
    r"^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}"
    r"\u200d\ufe0e\ufe0f\u20e3#*0-9\U000e0020-\U000e007f]{1,40}$"
)
_PICTOGRAPH = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]")

#: Words a byline line holds besides its names, dates and tags ("Posted on ... by ...").
_BYLINE_WORDS = (
    "by from on at in and or the of a posted published updated last modified written words "
    "story reporting reported photos? images? date authors? tags? tagged filed under "
    "categor(?:y|ies) topics? leave comments? min mins minutes? read reading time "
    "am pm a\\.m p\\.m utc gmt et est edt ct cst cdt pt pst pdt cet cest bst ist "
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday "
    "sat saturday sun sunday von par por de el la le und y publié publicado "
    "veröffentlicht aktualisiert " + " ".join(MONTHS)
).split()
#: What is left of a byline line once the names and dates are out of it.
_RESIDUE = regex.compile(
    r"(?i)^[\s\p{P}\p{S}]*(?:(?:\d{1,4}(?:st|nd|rd|th)?|"
    + "|".join(sorted(_BYLINE_WORDS, key=len, reverse=True))
    + r")\b[\s\p{P}\p{S}]*)*$"
)

_BY = regex.compile(
    r"(?i)^(?:(?:written|posted|published|reported|words|story|text|photos?)\s+)?"
    r"(?:by|von|par|por|door|di|av|af)\s*:?\s+"
)
_CUT = regex.compile(
    r"\s*(?:[|•·/\n]|\s[-–—]\s|[–—]|\bon\s|(?i:\bupdated\b|\bpublished\b|\bposted\b)"
    r"|\d{1,4}\s?[:/.-]\s?\d|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?\s\d))"
)
_NAME_SPLIT = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*")
_ROLES = regex.compile(
    r"(?i)\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|"
    r"journalist|photographer|columnista|redacción)\b"
)
_SIGNATURE = regex.compile(r"(?:^|\s)[—–-]{1,2}\s*([^—–\n]{0,100}?)\s*\(@([A-Za-z0-9_]{1,50})\)")
_STATUS = regex.compile(r"(?i)(?:twitter|x)\.com/([A-Za-z0-9_]{1,50})/status")
_TAG = regex.compile(r"<[^<>]{0,2000}>")
#: ``<![`` not opening a CDATA section or a conditional comment: the parser rejects it.
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[|[A-Za-z])")

#: Node visits the auxiliary scans (captions, bylines, forms) may spend on one
#: page; past it, elements are taken as plain content (unsure: keep).
_SCAN_BUDGET = 200_000


# ------------------------------------------------------------------- helpers


def _is_text(node: PageElement) -> TypeGuard[NavigableString]:
    """Whether a node is text a reader sees (not a comment, script or style body)."""
    return type(node) in _TEXT_TYPES


def _descendants(tag: Tag, limit: int) -> Iterator[PageElement]:
    """The first ``limit`` descendants of ``tag``, in document order.

    Unlike ``Tag.descendants`` it costs nothing for the part of a large
    subtree it does not reach.

    >>> soup = BeautifulSoup("<p>a<b>b</b>c</p>", "html.parser")
    >>> [str(n) for n in _descendants(soup.p, 3)]
    ['a', '<b>b</b>', 'b']
    """
    stack = [iter(tag.contents)]
    count = 0
    while stack:
        for node in stack[-1]:
            count += 1
            if count > limit:
                return
            yield node
            if isinstance(node, Tag) and node.contents:
                stack.append(iter(node.contents))
                break
        else:
            stack.pop()


def _in_paragraph(node: NavigableString) -> bool:
    """Whether text sits in a ``<p>`` (or in an inline element of one)."""
    parent = node.parent
    if parent is None:
        return False
    if parent.name == "p":
        return True
    grandparent = parent.parent
    return grandparent is not None and grandparent.name == "p"


def _classes(tag: Tag) -> list[str]:
    """The lower-cased class names of ``tag``."""
    value = tag.attrs.get("class")
    if not value:
        return []
    if isinstance(value, str):
        return value.lower().split()
    return [token.lower() for token in value]


def _attr(tag: Tag, key: str) -> str:
    """An attribute as one string (``""`` if absent); list values are joined."""
    value = tag.attrs.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return " ".join(value)


def _collapse(text: str) -> str:
    """Collapse runs of HTML white space into one space and strip the ends.

    >>> _collapse("  a \\n\\t b\u00a0 ")
    'a b\\xa0'
    """
    return _WS.sub(" ", text).strip(" ")


def _is_emoji(alt: str) -> bool:
    """Whether an image's alt text is an emoji (a pictograph, a flag, a keycap).

    >>> _is_emoji("🇷🇺"), _is_emoji("👍🏽"), _is_emoji("1"), _is_emoji("Photo")
    (True, True, False, False)
    """
    return _EMOJI_ALT.match(alt) is not None and _PICTOGRAPH.search(alt) is not None


def _emoji_of(img: Tag) -> str:
    """The emoji an ``<img>`` stands for, or ``""`` for any other image.

    >>> soup = BeautifulSoup('<img class="wp-smiley emoji" alt=":)"><img alt="Map">', "html.parser")
    >>> [_emoji_of(i) for i in soup.find_all("img")]
    [':)', '']
    """
    alt = _attr(img, "alt").strip()
    if not alt or len(alt) > 40:
        return ""
    if _is_emoji(alt):
        return alt
    if any("emoji" in c or "smiley" in c for c in _classes(img)):
        return alt
    return ""


def _hidden(tag: Tag) -> bool:
    """Whether an element is hidden (``hidden``, ``aria-hidden``, ``display:none``)."""
    attrs = tag.attrs
    if "hidden" in attrs:
        return True
    if _attr(tag, "aria-hidden").strip().lower() == "true":
        return True
    style = _attr(tag, "style")
    if style and ("none" in style or "hidden" in style):
        style = style.lower().replace(" ", "")
        return "display:none" in style or "visibility:hidden" in style
    return False


def _describe(tag: Tag) -> str:
    """An element's name with its id and first classes, as a CSS selector.

    >>> _describe(BeautifulSoup('<div id="c" class="share  bar x">', "html.parser").div)
    'div#c.share.bar'
    """
    out = tag.name
    ident = _attr(tag, "id").strip()
    if ident:
        out += "#" + ident.split()[0]
    for name in _classes(tag)[:2]:
        out += "." + name
    return out


def _flat(tag: Tag, br: str = " ", limit: int = 10_000) -> str:
    """The visible text of a small element on one line (``br`` for ``<br>``).

    >>> soup = BeautifulSoup("<p>Two <b>words</b><br>and <img alt='🙂'> one</p>", "html.parser")
    >>> _flat(soup.p), _flat(soup.p, br="\\n")
    ('Two words and 🙂 one', 'Two words\\nand 🙂 one')
    """
    parts: list[str] = []
    for node in _descendants(tag, limit):
        if _is_text(node):
            parent = node.parent
            if parent is None or parent.name not in _SKIP:
                parts.append(str(node))
        elif isinstance(node, Tag):
            name = node.name
            if name == "br":
                parts.append("\n")
            elif name == "img":
                parts.append(_emoji_of(node))
            elif name in _PARA or name in _LINE:
                parts.append("\n" if br == "\n" and name in ("p", "div", "li") else " ")
    lines = (_collapse(line) for line in "".join(parts).split("\n"))
    return br.join(line for line in lines if line)


def _split_tweet(quote: Tag) -> tuple[list[PageElement], list[PageElement]]:
    """A tweet embed's own parts, and what follows its signature link.

    Twitter's markup ends with the link to the tweet (``— Name (@handle)
    <a href=".../status/...">date</a>``); text after it is the page's own,
    swallowed by an embed whose ``</blockquote>`` is missing.

    >>> soup = BeautifulSoup('<blockquote><p>Hi</p>— A (@a) '
    ...     '<a href="https://twitter.com/a/status/1">May 1, 2024</a><p>Story.</p>', "html.parser")
    >>> own, tail = _split_tweet(soup.blockquote)
    >>> len(own), [str(n) for n in tail]
    (3, ['<p>Story.</p>'])
    """
    children = list(quote.contents)
    for i, child in enumerate(children):
        if (
            isinstance(child, Tag)
            and child.name == "a"
            and _STATUS.search(_attr(child, "href")) is not None
        ):
            tail = children[i + 1 :]
            if any(
                (isinstance(n, Tag) and n.name != "script") or (_is_text(n) and n.strip())
                for n in tail
            ):
                return children[: i + 1], tail
            break
    return children, []


def _is_url(value: str) -> bool:
    """Whether a value is a link rather than a name."""
    return "://" in value or value.startswith(("www.", "/"))


def byline_names(text: str) -> list[str]:
    """The people named in a byline: ``By Ann Lee and Bo Chen, Staff Writers``.

    Leading ``By``, roles, dates and what follows a separator are left out.

    Args:
        text: the byline's text.

    Returns:
        The names, in order.

    >>> byline_names("By Ann Lee and Bo Chen | March 3, 2023")
    ['Ann Lee', 'Bo Chen']
    >>> byline_names("Posted by JANE DOE, Staff Writer on 3 May 2024")
    ['JANE DOE']
    >>> byline_names("Reuters"), byline_names("https://facebook.com/x"), byline_names("by")
    (['Reuters'], [], [])
    """
    text = _collapse(text.replace("\u00a0", " "))
    if not text or len(text) > 300 or _is_url(text):
        return []
    text = _BY.sub("", text, count=1)
    cut = _CUT.search(text)
    if cut is not None:
        text = text[: cut.start()]
    names = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .,:;!?()[]{}\"'“”‘’«»*")
        words = part.split()
        if not words or len(words) > 6 or len(part) > 80:
            continue
        if not any(ch.isalpha() for ch in part) or _ROLES.search(part):
            continue
        if part.lower() in ("by", "and", "staff", "admin", "anonymous", "guest"):
            continue
        names.append(part)
    return names


def _jsonld_nodes(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document, nested ones and ``@graph`` members too.

    >>> [n["@type"] for n in _jsonld_nodes({"@graph": [{"@type": "A", "x": {"@type": "B"}}]})]
    ['A', 'B']
    """
    out: list[dict[str, Any]] = []
    todo: deque[tuple[Any, int]] = deque([(data, 0)])
    while todo and len(out) < 500:
        item, depth = todo.popleft()
        if depth > 6:
            continue
        if isinstance(item, list):
            todo.extend((x, depth + 1) for x in item[:100])
        elif isinstance(item, dict):
            if "@type" in item:
                out.append(item)
            todo.extend((v, depth + 1) for v in item.values() if isinstance(v, (list, dict)))
    return out


def _is_article(node: dict[str, Any]) -> bool:
    """Whether a JSON-LD object is an article (``NewsArticle``, ``BlogPosting``...)."""
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _ld_names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Names in a JSON-LD ``author`` or ``publisher`` value (``@id`` references followed).

    >>> _ld_names([{"@id": "#a"}, {"name": "Bo Chen"}, "Cai Yun"], {"#a": {"name": "Ann Lee"}})
    ['Ann Lee', 'Bo Chen', 'Cai Yun']
    """
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            ref = item.get("@id")
            if "name" not in item and isinstance(ref, str):
                item = by_id.get(ref, item)
            item = item.get("name")
        if isinstance(item, str) and item.strip() and not _is_url(item):
            out.append(_collapse(item))
    return out


def _split_keywords(value: str) -> list[str]:
    """Keywords of a comma-separated list.

    >>> _split_keywords("Russia, China ,, Ukraine war")
    ['Russia', 'China', 'Ukraine war']
    """
    return [k for k in (_collapse(part) for part in value.split(",")) if k]


# ------------------------------------------------------------------- output


class _Mark(NamedTuple):
    """A position in the output, to take back what follows it."""

    lines: int
    pending: int
    prefix: str
    plain: int


class _Out:
    """The text being written: finished lines, the current line, pending breaks.

    Breaks between lines are counted: ``1`` is a line break, ``2`` a blank
    line. Block boundaries take the larger of the pending and their own
    break (``</p><p>`` is one blank line); ``<br>`` adds one (``<br><br>``
    is a blank line). Text pieces on one line are joined with white space
    collapsed across them, as a browser does.
    """

    __slots__ = ("cur", "lines", "pending", "plain", "prefix")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.pending = 0
        self.prefix = ""
        self.plain: list[str] = []

    def text(self, piece: str, meta: bool = False) -> None:
        """Write text (already collapsed); ``meta`` text is byline material."""
        if not piece:
            return
        if not self.cur:
            piece = piece.lstrip(" ")
            if not piece:
                return
            if self.prefix:
                piece = self.prefix + piece
                self.prefix = ""
            if self.lines:
                self.cur.append("\n\n" if self.pending >= 2 else "\n")
            self.pending = 0
        elif piece[0] == " " and self.cur[-1][-1:] == " ":
            piece = piece[1:]
            if not piece:
                return
        self.cur.append(piece)
        if not meta:
            self.plain.append(piece)

    def brk(self, n: int, additive: bool = False) -> None:
        """End the current line; ``n`` = 1 for a line break, 2 for a blank line."""
        if self.cur:
            self.lines.append("".join(self.cur).rstrip(" "))
            self.cur = []
            self.pending = n
        elif additive:
            self.pending = min(2, self.pending + n)
        else:
            self.pending = max(self.pending, n)

    def mark(self) -> _Mark:
        """Where the output is (taken at a block's start, after its break)."""
        return _Mark(len(self.lines), self.pending, self.prefix, len(self.plain))

    def since(self, mark: _Mark) -> str:
        """The text written since ``mark``, without the byline material."""
        return "".join(self.plain[mark.plain :])

    def restore(self, mark: _Mark) -> None:
        """Take back everything written since ``mark``."""
        del self.lines[mark.lines :]
        del self.plain[mark.plain :]
        self.cur = []
        self.pending = mark.pending
        self.prefix = mark.prefix

    def result(self) -> str:
        """The text: the lines, ending with one line break (or ``""``)."""
        self.brk(2)
        return "".join(self.lines) + "\n" if self.lines else ""


# ------------------------------------------------------------------ walking


class _Block:
    """A block element being written (for taking back a byline line)."""

    __slots__ = ("breaks", "dates", "has_meta", "is_li", "is_root", "mark")

    def __init__(self, mark: _Mark, breaks: int, *, is_li: bool, is_root: bool) -> None:
        self.mark = mark
        self.breaks = breaks
        self.is_li = is_li
        self.is_root = is_root
        self.has_meta = False
        self.dates: list[str] = []


class _List:
    """The list an ``<li>`` is in: bullets, or numbers counted from ``start``."""

    __slots__ = ("n", "ordered")

    def __init__(self, ordered: bool, start: int = 1) -> None:
        self.ordered = ordered
        self.n = start

    def prefix(self) -> str:
        """The next item's prefix: ``• `` or its number."""
        if not self.ordered:
            return "• "
        out = f"{self.n}. "
        self.n += 1
        return out


class _Ctx(NamedTuple):
    """What an element's children inherit."""

    emit: bool  # inside the article root: text is written
    scope: bool  # inside the article (captions, tweets, tags are its own)
    article: bool  # inside an <article>
    li: bool  # inside a list item: blocks break lines, not paragraphs
    pre: bool  # inside <pre>: white space kept
    meta: bool  # inside a byline element: text is byline material
    quote: bool  # inside a <blockquote> or <figure> (its <footer> is content)
    kept_form: bool  # inside a <form> that holds the story
    lst: _List | None
    block: _Block | None


class _Scan(NamedTuple):
    """What a small element holds (see :meth:`_Extractor._scan`)."""

    text: str
    tags: list[Tag]


@dataclass
class _Found:
    """Metadata candidates, by source, before they are ranked."""

    titles: list[str] = field(default_factory=list)  # og:title, twitter:title
    ld_titles: list[str] = field(default_factory=list)
    page_titles: list[str] = field(default_factory=list)  # <title>
    headline: str = ""
    dom_authors: list[str] = field(default_factory=list)
    ld_authors: list[str] = field(default_factory=list)
    meta_authors: list[str] = field(default_factory=list)
    sure_dates: list[str] = field(default_factory=list)
    ld_dates: list[str] = field(default_factory=list)
    byline_dates: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    ld_publishers: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    ld_keywords: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tweets: list[Tweet] = field(default_factory=list)
    embeds: list[dict[str, str]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    lang: str = ""

    def fill(self, meta: Metadata) -> None:
        """Put the best candidate of each field into ``meta`` (kept where it has one)."""
        publisher = next(iter(self.publishers + self.ld_publishers), "")
        meta.set_default("publisher", publisher)
        for title in [*self.titles, *self.ld_titles, self.headline, *self.page_titles]:
            title = _strip_site(title, meta.publisher or publisher)
            if title:
                meta.set_default("title", title)
                break
        if not meta.authors:
            meta.add("authors", *(self.dom_authors or self.ld_authors or self.meta_authors))
        for date in (*self.sure_dates, *self.ld_dates, *self.byline_dates):
            if date:
                meta.set_default("date", date)
                break
        seen = {t.lower() for t in meta.tags}
        for tag in self.tags or self.keywords or self.ld_keywords:
            if tag.lower() not in seen:
                seen.add(tag.lower())
                meta.tags.append(tag)
        meta.tweets.extend(self.tweets)
        if self.captions:
            meta.extras.setdefault("captions", []).extend(self.captions)
        if self.embeds:
            meta.extras.setdefault("embeds", []).extend(self.embeds)
        if self.dropped:
            meta.extras.setdefault("html_dropped", []).extend(self.dropped)
        if self.url:
            meta.extras.setdefault("url", self.url)
        if self.lang:
            meta.extras.setdefault("lang", self.lang)


def _strip_site(title: str, site: str) -> str:
    """A page title without the site's name at its end (``Story | Site``).

    >>> _strip_site("Rain at last | The Daily", "The Daily")
    'Rain at last'
    """
    title = _collapse(title)
    if site and title.endswith(site) and len(title) > len(site) + 3:
        head = title[: -len(site)].rstrip()
        if head[-1:] in ("|", "-", "–", "—", "·", ":"):
            return head[:-1].rstrip()
    return title


_ENTER, _EXIT = 0, 1


class _Extractor:
    """One page: choose the article, walk the tree once, write text and metadata."""

    def __init__(self, soup: BeautifulSoup, *, whole_page: bool = False) -> None:
        self.soup = soup
        self.whole_page = whole_page
        self.total = 0
        self.found = _Found()
        self.out = _Out()
        self.budget = _SCAN_BUDGET
        self.root: Tag = soup
        self.scope_el: Tag = soup
        self.headline: Tag | None = None
        self.headline_emitted = False
        self.protected: set[int] = set()
        self.scores: dict[int, int] = {}
        self.tails: dict[int, list[PageElement]] = {}  # children to walk instead of all

    # -- choosing the article

    def _prescan(self) -> tuple[list[Tag], list[Tag], list[Tag], list[Tag], int]:
        """Candidates for the root and the headline, and the page's paragraph text size."""
        articles: list[Tag] = []
        bodies: list[Tag] = []
        mains: list[Tag] = []
        h1s: list[Tag] = []
        total = 0
        for node in self.soup.descendants:
            if isinstance(node, Tag):
                name = node.name
                if name == "article":
                    if len(articles) < 50:
                        articles.append(node)
                elif name == "h1":
                    if len(h1s) < 30:
                        h1s.append(node)
                elif name == "main":
                    mains.append(node)
                elif name == "title" and not self.found.page_titles:
                    if node.find_parent("svg") is None:
                        self.found.page_titles.append(_collapse(node.get_text()))
                elif name == "meta":
                    key = (_attr(node, "property") or _attr(node, "name")).lower()
                    if key in _META_TITLE:
                        self.found.titles.append(_collapse(_attr(node, "content")))
                if node.attrs and len(bodies) < 50:
                    if (
                        _attr(node, "itemprop") == "articleBody"
                        or _attr(node, "id").lower() in _BODY_IDS
                        or not _BODY_TOKENS.isdisjoint(_classes(node))
                    ):
                        bodies.append(node)
                    elif _attr(node, "role") == "main" and name != "main":
                        mains.append(node)
            elif _is_text(node) and _in_paragraph(node):
                total += len(node)
        return articles, bodies, mains, h1s, total

    def _score(self, tag: Tag) -> int:
        """How much paragraph text an element holds."""
        key = id(tag)
        if key not in self.scores:
            self.scores[key] = sum(
                len(node) for node in tag.descendants if _is_text(node) and _in_paragraph(node)
            )
        return self.scores[key]

    @staticmethod
    def _inside(tag: Tag, ancestor: Tag) -> bool:
        """Whether ``tag`` is a descendant of ``ancestor``."""
        return any(parent is ancestor for parent in tag.parents)

    def _choose(self) -> None:
        """Pick the root (the article's element), its scope, and the headline."""
        articles, bodies, mains, h1s, total = self._prescan()
        self.total = total
        if self.whole_page:
            articles = bodies = mains = []
        best_article = max(articles, key=self._score) if articles else None
        best_body = max(bodies, key=self._score) if bodies else None
        root: Tag | None = None
        if best_article is not None and (
            best_body is None
            or self._inside(best_body, best_article)
            or self._score(best_article) >= self._score(best_body)
        ):
            root = best_article
        elif best_body is not None:
            root = best_body
        elif mains:
            root = mains[0]
        page = self.soup.body or self.soup
        scope: Tag | None = None
        headline: Tag | None = None
        if root is not None:
            scope = next((p for p in root.parents if p.name == "article"), root)
            headline = self._find_headline(h1s, scope)
            # a small <article> that misses the headline is a teaser card, not the story
            if (
                scope.name == "article"
                and self._score(root) * 4 < total
                and (headline is None or not self._inside(headline, scope))
            ):
                root = None
        if root is None:
            scope = None
            headline = self._find_headline(h1s, None)
        self.headline = headline
        self.root = root or page
        self.scope_el = scope or self.root
        self.protected = {id(self.root), *(id(p) for p in self.root.parents)}
        if self.headline is not None:
            self.protected.add(id(self.headline))
            self.protected.update(id(p) for p in self.headline.parents)
            text = _flat(self.headline)
            self.found.headline = text if len(text) <= 300 else ""

    def missed(self, text: str) -> bool:
        """Whether the chosen root gave (next to) nothing of a page full of paragraphs."""
        if self.whole_page or self.root is (self.soup.body or self.soup):
            return False
        body = len(text) - len(self.found.headline)
        return self.total >= 500 and body * 20 < self.total

    def _find_headline(self, h1s: list[Tag], scope: Tag | None) -> Tag | None:
        """The article's ``<h1>``: in its scope, else the one matching the page title.

        Failing both, the first ``<h1>`` that is not in a navigation bar, a
        sidebar, a footer or another article, and is not the site's name.
        """
        usable = []
        for h1 in h1s:
            if any("site-title" in c or "logo" in c or "site-name" in c for c in _classes(h1)):
                continue
            if any(
                p.name in ("nav", "aside", "footer") or (p.name == "article" and p is not scope)
                for p in h1.parents
            ):
                continue
            text = _flat(h1).lower()
            if text:
                usable.append((h1, text))
        if scope is not None:
            for h1, _ in usable:
                if h1 is scope or self._inside(h1, scope):
                    return h1
        titles = [t.lower() for t in self.found.titles + self.found.page_titles if t]
        for h1, text in usable:
            if any(text == t or (len(text) >= 15 and text in t) for t in titles):
                return h1
        return usable[0][0] if usable else None

    # -- scans of small elements

    def _scan(self, tag: Tag, max_nodes: int, max_chars: int) -> _Scan | None:
        """The text and tags of a small element, or ``None`` if it is not small."""
        if self.budget <= 0:
            return None
        parts: list[str] = []
        tags: list[Tag] = []
        nodes = 0
        chars = 0
        for node in _descendants(tag, max_nodes + 1):
            nodes += 1
            if nodes > max_nodes:
                self.budget -= nodes
                return None
            if _is_text(node):
                chars += len(node)
                if chars > max_chars:
                    self.budget -= nodes
                    return None
                parts.append(str(node))
            elif isinstance(node, Tag):
                tags.append(node)
                if node.name == "br" or node.name in _PARA or node.name in _LINE:
                    parts.append(" ")
        self.budget -= nodes
        return _Scan(_collapse("".join(parts)), tags)

    def _small(self, tag: Tag, max_nodes: int, max_chars: int) -> bool:
        """Whether an element is small (an unclosed one may have swallowed the story)."""
        return self._scan(tag, max_nodes, max_chars) is not None

    # -- metadata elements

    @staticmethod
    def _meta_kind(tag: Tag) -> str:
        """What a byline element gives: ``name``, ``line``, ``date``, ``sure-date``, ``tag``."""
        attrs = tag.attrs
        if not attrs and tag.name != "time":
            return ""
        name = tag.name
        if name == "a" and "rel" in attrs:
            rel = _attr(tag, "rel").lower().split()
            if "author" in rel:
                return "name"
            if "tag" in rel:
                return "tag"
        itemprop = _attr(tag, "itemprop").lower().split()
        if itemprop:
            if "author" in itemprop or "creator" in itemprop:
                return "name"
            if "datepublished" in itemprop:
                return "sure-date"
        tokens = _classes(tag)
        if name == "time":
            if "pubdate" in attrs or not _DATE_TOKENS.isdisjoint(tokens):
                return "sure-date"
            return "date"
        if tokens:
            if not _NAME_TOKENS.isdisjoint(tokens):
                return "name"
            if not _BYLINE_TOKENS.isdisjoint(tokens):
                return "line"
            if not _DATE_TOKENS.isdisjoint(tokens):
                return "sure-date"
        return ""

    @staticmethod
    def _date_of(tag: Tag, text: str) -> str:
        """The ISO date of a date element: its ``datetime``, ``content`` or text."""
        return parse_date(_attr(tag, "datetime") or _attr(tag, "content") or text)

    def _byline(self, tag: Tag, kind: str, ctx: _Ctx, block: _Block | None) -> bool:
        """Read a byline element (and the byline elements in it) into the metadata.

        ``block`` is the written block it belongs to (``None`` outside the
        article's text). Returns whether the element was small enough to be
        a byline element (a large one is taken as content).
        """
        scan = self._scan(tag, 300, 400)
        if scan is None:
            return False
        inner = [(t, k) for t, k in ((t, self._meta_kind(t)) for t in scan.tags[:200]) if k]
        if kind not in ("name", "line") or not any(k == "name" for _, k in inner):
            inner.insert(0, (tag, kind))  # no name element inside: the names are its own
        names: list[str] = []
        dates: list[tuple[str, bool]] = []
        tags: list[str] = []
        for el, el_kind in inner:
            if el_kind == "name" or (el_kind == "line" and el is tag):
                target = el
                if "author" in _attr(el, "itemprop").lower():
                    target = el.find(itemprop="name") or el
                names.extend(byline_names(_flat(target)))
            elif el_kind == "tag":
                tags.append(_flat(el))
            elif el_kind in ("date", "sure-date"):
                date = self._date_of(el, _flat(el))
                if date:
                    dates.append((date, el_kind == "sure-date"))
        found = self.found
        for name in names:
            if name not in found.dom_authors:
                found.dom_authors.append(name)
        for label in tags if ctx.scope else ():
            if label and label not in found.tags:
                found.tags.append(label)
        for date, sure in dates:
            if sure:
                found.sure_dates.append(date)
            elif block is not None:
                block.dates.append(date)
            elif ctx.scope:
                found.byline_dates.append(date)
        if block is not None:
            block.has_meta = True
        return True

    def _meta_tag(self, tag: Tag) -> None:
        """Read a ``<meta>`` element."""
        key = (_attr(tag, "property") or _attr(tag, "name") or _attr(tag, "itemprop")).lower()
        value = _collapse(_attr(tag, "content"))
        if not key or not value:
            return
        found = self.found
        if key == "og:site_name":
            found.publishers.append(value)
        elif key in _META_DATE:
            found.sure_dates.append(parse_date(value))
        elif key in _META_AUTHOR:
            if not _is_url(value):
                found.meta_authors.extend(byline_names(value))
        elif key in _META_TAG:
            found.tags.append(value)
        elif key in _META_KEYWORDS:
            found.keywords.extend(_split_keywords(value))
        elif key == "og:url":
            found.url = found.url or value

    def _jsonld(self, tag: Tag) -> None:
        """Read an ``application/ld+json`` script."""
        try:
            data = json.loads(tag.get_text())
        except (ValueError, RecursionError):
            return
        nodes = _jsonld_nodes(data)
        by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
        found = self.found
        for item in filter(_is_article, nodes):
            headline = item.get("headline")
            if isinstance(headline, str):
                found.ld_titles.append(_collapse(headline))
            date = item.get("datePublished")
            if isinstance(date, str):
                found.ld_dates.append(parse_date(date))
            found.ld_authors.extend(_ld_names(item.get("author"), by_id))
            found.ld_publishers.extend(_ld_names(item.get("publisher"), by_id))
            keywords = item.get("keywords")
            if isinstance(keywords, str):
                found.ld_keywords.extend(_split_keywords(keywords))
            elif isinstance(keywords, list):
                found.ld_keywords.extend(_collapse(k) for k in keywords if isinstance(k, str))

    # -- tweets, embeds, captions

    def _tweet(self, parts: list[PageElement]) -> Tweet:
        """An embedded tweet from the parts of Twitter's embed markup."""
        texts: list[str] = []
        links: list[str] = []
        signature: list[str] = []
        date = ""
        handle = ""
        paragraphs = 0
        for child in parts:
            if isinstance(child, Tag):
                if child.name == "p":
                    paragraphs += 1
                    texts.append(_flat(child, br="\n"))
                    for a in child.find_all("a"):
                        label = _flat(a)
                        if label and label[0] not in "#@$":
                            links.append(label)
                    continue
                label = _flat(child)
                if child.name == "a":
                    date = parse_date(label) or date
                    status = _STATUS.search(_attr(child, "href"))
                    if status is not None:
                        handle = status.group(1)
                signature.append(label)
            elif _is_text(child):
                signature.append(str(child))
        sig = _collapse(" ".join(signature))
        name = ""
        match = _SIGNATURE.search(sig)
        if match is not None:
            name, handle = match.group(1).strip(), match.group(2)
            if not paragraphs:
                texts.append(sig[: match.start()].strip())
        for part in parts if not handle else ():
            if isinstance(part, Tag):
                for a in [part] if part.name == "a" else part.find_all("a"):
                    status = _STATUS.search(_attr(a, "href"))
                    if status is not None:
                        handle = handle or status.group(1)
        return Tweet(
            handle=handle,
            name=name,
            date=date or parse_date(sig),
            links=links,
            text="\n".join(t for t in texts if t),
        )

    def _embed(self, provider: str, url: str) -> None:
        """Record an embedded post or player."""
        if url:
            self.found.embeds.append({"provider": provider, "url": url})

    def _caption(self, tag: Tag, ctx: _Ctx) -> bool:
        """Record a caption or credit element; ``False`` if it is not one (too big)."""
        scan = self._scan(tag, 200, 600)
        if scan is None:
            return False
        for player in (t for t in scan.tags if t.name == "iframe"):
            self._skipped(player, ctx)
        if ctx.scope:
            text = scan.text
            if tag.name == "figure":
                captions = [_flat(t) for t in scan.tags if t.name == "figcaption"]
                text = " ".join(c for c in captions if c) or text
            if text and text not in self.found.captions:
                self.found.captions.append(text)
        return True

    def _figure(self, tag: Tag, ctx: _Ctx) -> bool:
        """Drop a picture's ``<figure>`` (recording its caption); ``False`` for content."""
        scan = self._scan(tag, 200, 600)
        if scan is None:
            return False
        names = {t.name for t in scan.tags}
        if names.isdisjoint(_MEDIA) or not names.isdisjoint(_FIGURE_CONTENT):
            return False
        return self._caption(tag, ctx)

    # -- the walk

    def _furniture(self, tag: Tag, tokens: list[str]) -> bool:
        """Whether an element is furniture to drop, by its class names and id.

        Screen-reader text anywhere; share bars, related-posts widgets, ads
        and comment sections when the element is not inline (a link with a
        ``social`` class inside a sentence is a word of the story).
        """
        if not _SCREEN_READER.isdisjoint(tokens):
            return True
        if tag.name in _INLINE:
            return False
        if _attr(tag, "id").lower() in _COMMENT_IDS:
            return True
        if tag.name in ("html", "body", "main", "article"):
            return False
        for token in tokens:
            if token in _COMMENT_TOKENS or token in _DROP_TOKENS:
                return True
            if token.startswith(_TAXONOMY):
                continue
            if _FURNITURE_CLASS.search(token):
                return True
        return False

    def _holds_story(self, form: Tag) -> bool:
        """Whether a ``<form>`` wraps the story (some sites wrap the whole page in one)."""
        scan = self._scan(form, 5000, 100_000)
        return scan is None or len(scan.text.split()) >= 150

    def run(self) -> str:
        """Write the article's text (filling ``self.found`` on the way)."""
        self._choose()
        out = self.out
        root = self.root
        start = _Ctx(
            emit=root is self.soup,
            scope=self.scope_el is self.soup,
            article=False,
            li=False,
            pre=False,
            meta=False,
            quote=False,
            kept_form=False,
            lst=None,
            block=None,
        )
        stack: list[tuple[int, PageElement, Any]] = [(_ENTER, self.soup, start)]
        while stack:
            action, node, data = stack.pop()
            if action == _EXIT:
                self._exit(data)
                continue
            ctx: _Ctx = data
            if not isinstance(node, Tag):
                if ctx.emit and _is_text(node):
                    if ctx.pre:
                        for i, piece in enumerate(str(node).replace("\r\n", "\n").split("\n")):
                            if i:
                                out.brk(1, additive=True)
                            out.text(piece, ctx.meta)
                    else:
                        out.text(_WS.sub(" ", node), ctx.meta)
                continue
            child = self._enter(node, ctx)
            if child is None:
                continue
            ctx, block = child
            if block is not None:
                stack.append((_EXIT, node, block))
            children = self.tails.pop(id(node), None) or node.contents
            stack.extend((_ENTER, c, ctx) for c in reversed(children))
        text = out.result()
        headline = self.found.headline
        if headline and not self.headline_emitted and not text.startswith(headline):
            text = headline + "\n\n" + text if text else headline + "\n"
        return text

    def _enter(self, tag: Tag, ctx: _Ctx) -> tuple[_Ctx, _Block | None] | None:
        """Handle an element's start; the context for its children, or ``None`` to skip it."""
        name = tag.name
        if name in _SKIP:
            self._skipped(tag, ctx)
            if name in _VISIBLE_SKIPPED:
                self._record_drop(tag, ctx, name)
            return None
        if name in ("br", "img", "hr"):
            if ctx.emit:
                if name == "br":
                    self.out.brk(1, additive=True)
                elif name == "hr":
                    self.out.brk(2)
                else:
                    self.out.text(_emoji_of(tag), ctx.meta)
            return None
        is_root = tag is self.root
        if is_root:
            ctx = ctx._replace(emit=True, scope=True)
        elif tag is self.scope_el:
            ctx = ctx._replace(scope=True)
        if tag is self.headline and ctx.emit:
            self.headline_emitted = True
        meta_kind = ""
        if id(tag) not in self.protected:
            why = self._dropped(tag, ctx) if tag.attrs else ""
            if why:
                self._record_drop(tag, ctx, why)
                return None
            if not ctx.meta:
                meta_kind = self._meta_kind(tag)
            by_name = self._by_name(tag, ctx)
            if by_name is None or (ctx.emit and not by_name.emit):  # (or read, not written)
                self._record_drop(tag, ctx, _DROP_REASONS.get(name, name))
                if by_name is None:
                    return None
            ctx = by_name
        if name == "article":
            ctx = ctx._replace(article=True)
        elif name == "blockquote":
            ctx = ctx._replace(quote=True)
        elif name == "pre":
            ctx = ctx._replace(pre=True)
        elif name == "html":
            self.found.lang = _attr(tag, "lang").strip() or self.found.lang
        block = None
        if ctx.emit:
            if name in _PARA or name in _LINE or is_root:
                ctx, block = self._open_block(tag, ctx, is_root)
            elif name in ("td", "th"):
                self.out.text(" ", ctx.meta)
        if meta_kind and self._byline(tag, meta_kind, ctx, block or ctx.block):
            ctx = ctx._replace(meta=True)
        return ctx, block

    def _record_drop(self, tag: Tag, ctx: _Ctx, why: str) -> None:
        """Record the text of an element that goes where the article is written.

        Elements outside the article were never going to be written and are
        not recorded; nor are the ones that hold no visible text, nor the
        captions, tweets and embeds (the metadata has them already).
        """
        if not ctx.emit or why in _RECORDED_ELSEWHERE:
            return
        if tag.name in _SKIP:  # (_flat leaves out the text of these)
            text = _collapse(tag.get_text(" "))
        else:
            text = _flat(tag, br="\n", limit=100_000)
        if why == "figure" and text in self.found.captions:
            return  # the caption was all it held
        if text:
            self.found.dropped.append(
                {
                    "element": _describe(tag),
                    "why": why,
                    "chars": len(text),
                    "text": text if len(text) <= _DROPPED_CHARS else text[:_DROPPED_CHARS] + "…",
                }
            )

    def _dropped(self, tag: Tag, ctx: _Ctx) -> str:
        """Why an element goes by its attributes (recording what it tells), or ``""``.

        Hidden elements, tweets and other embedded posts, furniture, and
        captions go.
        """
        if _hidden(tag):
            return "hidden"
        tokens = _classes(tag)
        if tag.name == "blockquote" and tokens:
            if ("twitter-tweet" in tokens or "twitter-video" in tokens) and self._small(
                tag, 2000, 30_000
            ):
                own, tail = _split_tweet(tag)
                if ctx.scope:
                    self.found.tweets.append(self._tweet(own))
                if not tail:
                    return "tweet"
                self.tails[id(tag)] = tail  # an unclosed embed swallowed what follows
            elif ("instagram-media" in tokens or "tiktok-embed" in tokens) and self._small(
                tag, 400, 6000
            ):
                if ctx.scope:
                    url = _attr(tag, "data-instgrm-permalink") or _attr(tag, "cite")
                    self._embed("instagram" if "instagram-media" in tokens else "tiktok", url)
                return "embed"
        if self._furniture(tag, tokens):
            return "furniture"
        if (
            tag.name not in ("html", "body", "main", "article")
            and any(_CAPTION_CLASS.search(t) for t in tokens if not t.startswith(_TAXONOMY))
            and self._caption(tag, ctx)
        ):
            return "caption"
        return ""

    def _by_name(self, tag: Tag, ctx: _Ctx) -> _Ctx | None:
        """The context for an element's children by its name, or ``None`` to skip it."""
        name = tag.name
        if name in ("nav", "aside"):
            return None
        if name == "figure":
            return None if self._figure(tag, ctx) else ctx._replace(quote=True)
        if name == "figcaption" and self._caption(tag, ctx):
            return None
        if name == "form" and not ctx.kept_form:
            if not ctx.emit or not self._holds_story(tag):
                return None
            return ctx._replace(kept_form=True)
        if name == "footer" and not ctx.quote:
            # the article's own footer (tags, notes) is read, not written
            return ctx._replace(emit=False) if ctx.scope else None
        if name == "header" and not ctx.article:
            return ctx._replace(emit=False)  # the site's header: read, not written
        if name == "article" and not ctx.emit and not ctx.scope:
            return None  # another article's card
        return ctx

    def _open_block(self, tag: Tag, ctx: _Ctx, is_root: bool) -> tuple[_Ctx, _Block]:
        """Start a written paragraph or line; the context for its children."""
        name = tag.name
        breaks = 1 if ctx.li or name in _LINE else 2
        self.out.brk(breaks)
        if name == "li":
            self.out.prefix = (ctx.lst or _List(False)).prefix()
        block = _Block(self.out.mark(), breaks, is_li=name == "li", is_root=is_root)
        if name in ("ul", "ol", "menu", "dir"):
            start = _attr(tag, "start").strip()
            ordered = name == "ol"
            numeric = start.isascii() and start.isdigit() and len(start) <= 6
            ctx = ctx._replace(lst=_List(ordered, int(start) if ordered and numeric else 1))
        elif name == "li":
            ctx = ctx._replace(li=True)
        return ctx._replace(block=block), block

    def _skipped(self, tag: Tag, ctx: _Ctx) -> None:
        """Read what a dropped element tells (``<meta>``, ``<title>``, JSON-LD, players)."""
        name = tag.name
        if name == "meta":
            self._meta_tag(tag)
        elif name == "script":
            if "ld+json" in _attr(tag, "type").lower():
                self._jsonld(tag)
        elif name == "link":
            if "canonical" in _attr(tag, "rel").lower().split():
                self.found.url = _attr(tag, "href").strip() or self.found.url
        elif name == "iframe" and ctx.scope:
            src = _attr(tag, "src") or _attr(tag, "data-src")
            host = src.lower()
            if any(h in host for h in _EMBED_HOSTS):
                self._embed("iframe", src.strip())

    def _exit(self, block: _Block) -> None:
        """Handle a written block's end: take back a byline line, break the line."""
        out = self.out
        if block.has_meta and not block.is_root:
            residue = out.since(block.mark)
            if len(residue) <= 160 and _RESIDUE.match(residue):
                out.restore(block.mark)
                self.found.byline_dates.extend(block.dates)
        if block.is_li:
            out.prefix = ""
        out.brk(block.breaks)


# ---------------------------------------------------------------- public API


def _parse(html: str) -> BeautifulSoup | None:
    """Parse a page with ``html.parser``; ``None`` if the parser gives up."""
    for attempt in (html, _MARKED_SECTION.sub("&lt;![", html)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
                warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
                return BeautifulSoup(attempt, "html.parser")
        except Exception:  # the parser rejected the markup: try it sanitised
            continue
    return None


def html_to_text(html: str, *, base_metadata: Metadata | None = None) -> tuple[str, Metadata]:
    """The article of a web page as plain text, and the metadata its markup gives.

    Args:
        html: the page (or a fragment of one).
        base_metadata: metadata known already (from a corpus record, say);
            its values are kept and the page's fill the fields it leaves
            empty. It is copied, not changed.

    Returns:
        The text (paragraphs separated by a blank line, ending with one
        line break; ``""`` for a page without text) and the metadata.

    >>> text, meta = html_to_text(
    ...     '<p>Kyiv <img class="emoji" alt="🇺🇦" src="1f1fa-1f1e6.svg"> at dawn.</p>'
    ...     '<figure><img src="a.jpg"><figcaption>Smoke. Photo: AFP</figcaption></figure>'
    ...     '<ul><li>one</li><li>two &amp; three</li></ul>'
    ... )
    >>> print(text, end="")
    Kyiv 🇺🇦 at dawn.
    <BLANKLINE>
    • one
    • two & three
    >>> meta.extras["captions"]
    ['Smoke. Photo: AFP']
    """
    meta = copy.deepcopy(base_metadata) if base_metadata is not None else Metadata()
    soup = _parse(html)
    if soup is None:
        text = "\n\n".join(
            line for line in (_collapse(html_lib.unescape(p)) for p in _TAG.split(html)) if line
        )
        return (text + "\n" if text else ""), meta
    extractor = _Extractor(soup)
    text = extractor.run()
    if extractor.missed(text):
        # the element taken for the article held none of the page's text: take the page
        extractor = _Extractor(soup, whole_page=True)
        text = extractor.run()
    extractor.found.fill(meta)
    return text, meta


def clean_html(html: str, pipeline: Pipeline | None = None, *, path: str = "") -> Document:
    """Clean a web page: its article's text through the (default) pipeline.

    The document's ``original`` is the text :func:`html_to_text` wrote, its
    metadata starts with what the markup said, and ``attrs["html_chars"]``
    holds the size of the page.

    Args:
        html: the page.
        pipeline: the pipeline to run (the default pipeline if ``None``).
        path: where the page came from.

    Returns:
        The cleaned document.

    >>> doc = clean_html("<title>Hi | Site</title><p>Hello\u00a0 world.</p>", path="a.html")
    >>> doc.text, doc.metadata.title, doc.attrs["html_chars"]
    ('Hello world.\\n', 'Hi | Site', 44)
    """
    text, meta = html_to_text(html)
    doc = Document(text, path=path, attrs={"html_chars": len(html)}, metadata=meta)
    return (pipeline if pipeline is not None else default_pipeline())(doc)
