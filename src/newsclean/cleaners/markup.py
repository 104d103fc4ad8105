"""Markup to plain text: markdown links, images, emphasis, headings, separators.

Scrapers that convert pages to markdown leave ``[text](url)`` links,
``**bold**`` and ``*italic*`` markers, ``## heading`` markers and separator
lines (``*``, ``---``, ``_____``) in the text. This cleaner keeps the words and
drops the markup: a link becomes its text, an image disappears, emphasis
markers go and their text stays, a lone separator line is removed.

>>> from newsclean.document import Document
>>> doc = Document("By [Jane Roe](/a/jane)\\n\\n*Updated:* it is **“open”**.\\n\\n* * *\\n")
>>> MarkupCleaner()(doc)
>>> doc.text
'By Jane Roe\\n\\nUpdated: it is “open”.\\n\\n\\n'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.cleaners.whitespace import CONTROL
from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = [
    "SEPARATOR_CHARS",
    "MarkupCleaner",
    "MarkupConfig",
    "emphasis_changes",
    "found_links",
    "link_changes",
    "separator_lines",
]

# [text](url) and ![alt](url); the url may hold one level of parentheses.
_LINK = regex.compile(
    r"(!?)\[([^\[\]\n]{0,1000})\]\(((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"\n]{0,500}\")?)\)"
)
# white space, and the invisible characters the white-space step removes
_BLANK = rf"(?:[^\S\n]|[\u00ad\u200b\ufeff]|{CONTROL})"
_SEPARATOR = regex.compile(rf"{_BLANK}*(?:[*_=~•·#-]{_BLANK}*){{1,200}}")
#: every character a separator line may hold (a superset of what
#: ``_SEPARATOR`` accepts): a line made of other characters too is passed
#: over with one ``str.strip`` instead of a regular-expression match
SEPARATOR_CHARS = (
    "*_=~•·#-"
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u00ad\u200b\ufeff"
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15"
    "\x16\x17\x18\x19\x1a\x1b\x7f"
)
_HEADING = regex.compile(r"(?m)^[^\S\n]{0,3}(#{1,6})[^\S\n]+(?=\S)")
_STARS = regex.compile(r"\*{1,3}")


@dataclass(frozen=True, slots=True)
class MarkupConfig:
    """Options of the markup cleaner.

    Attributes:
        links: turn ``[text](url)`` into ``text``.
        images: remove ``![alt](url)`` images.
        emphasis: drop ``*``, ``**`` and ``***`` emphasis markers.
        headings: drop ``#`` heading markers at line starts.
        separators: remove lines made only of separator characters
            (``*``, ``-``, ``_``, ``=``, ``~``, ``#``, ``•``).
        record_links: keep each link's text and URL in
            ``metadata.extras["links"]`` (links to ``#`` or nothing are left
            out): the URLs the text loses stay available, and an author's
            profile URL is evidence other cleaners use.
    """

    links: bool = True
    images: bool = True
    emphasis: bool = True
    headings: bool = True
    separators: bool = True
    record_links: bool = True


def link_changes(text: str, *, images: bool = True) -> Iterator[Change]:
    """Changes that turn markdown links into their text (and drop images).

    >>> [(c.start, c.end) for c in link_changes("see [this](http://x.org/a_(b)) now")]
    [(4, 5), (9, 30)]
    """
    if "](" not in text:
        return
    for m in _LINK.finditer(text):
        yield from _link_changes(m, links=True, images=images)


def _link_changes(m: regex.Match[str], *, links: bool, images: bool) -> list[Change]:
    """The changes for one link or image match."""
    if m.group(1):
        return [Change(m.start(), m.end(), "", "image", "markup")] if images else []
    if not links:
        return []
    return [
        Change(m.start(), m.start(2), "", "link", "markup"),
        Change(m.end(2), m.end(), "", "link", "markup"),
    ]


def emphasis_changes(line: str, offset: int = 0) -> Iterator[Change]:
    """Changes that drop emphasis markers (``*``, ``**``, ``***``) from one line.

    A run of stars opens emphasis where a non-space follows it and closes it
    where a non-space precedes it; runs are paired like brackets, a closing
    run may close several openers (``*a **b***``). A lone star between
    spaces (``5 * 3``) or inside a word is not emphasis and stays.

    >>> line = "*What's **“open”** now.***"
    >>> "".join(c for i, c in enumerate(line)
    ...         if not any(ch.start <= i < ch.end for ch in emphasis_changes(line)))
    "What's “open” now."
    """
    stack: list[list[int]] = []  # [start, end, unmatched stars]
    for m in _STARS.finditer(line):
        a, b = m.start(), m.end()
        before = line[a - 1] if a else " "
        after = line[b] if b < len(line) else " "
        if before == "*" or after == "*":
            continue  # part of a longer run: not emphasis
        opens = not after.isspace() and (before.isspace() or not before.isalnum())
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if closes and stack:
            need = b - a
            matched = False
            while need > 0 and stack:
                opener = stack[-1]
                take = min(opener[2], need)
                opener[2] -= take
                need -= take
                matched = True
                if opener[2] == 0:
                    stack.pop()
                    yield Change(offset + opener[0], offset + opener[1], "", "emphasis", "markup")
            if matched:
                yield Change(offset + a, offset + b, "", "emphasis", "markup")
            continue
        if opens:
            stack.append([a, b, b - a])
    for opener in stack:
        if opener[2] < opener[1] - opener[0]:  # partly matched
            yield Change(offset + opener[0], offset + opener[1], "", "emphasis", "markup")


def separator_lines(text: str, rows: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    """The spans of the lines made only of separator characters.

    >>> text = "Story.\\n\\n* * *\\n\\n-- \\nMore -- story.\\n_____"
    >>> [text[a:b] for a, b in separator_lines(text)]
    ['* * *', '-- ', '_____']
    """
    out = []
    for pos, line in rows if rows is not None else _rows(text):
        # cheap test first: most lines hold some other character
        if (
            line
            and not line.strip(SEPARATOR_CHARS)
            and line.strip()
            and _SEPARATOR.fullmatch(line) is not None
        ):
            out.append((pos, pos + len(line)))
    return out


def _rows(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with their start offsets (split once, shared by
    the line-based rules of :class:`MarkupCleaner`)."""
    rows = []
    pos = 0
    for line in text.split("\n"):
        rows.append((pos, line))
        pos += len(line) + 1
    return rows


def found_links(text: str) -> list[dict[str, str]]:
    """The markdown links of ``text`` as ``{"text", "url"}`` records.

    Links to ``#`` or to nothing carry no information and are left out.

    >>> found_links("By [Ann Lee](https://x.org/author/ann) and [Bo](#)")
    [{'text': 'Ann Lee', 'url': 'https://x.org/author/ann'}]
    """
    out = []
    for m in _LINK.finditer(text):
        link = _link_record(m)
        if link is not None:
            out.append(link)
    return out


def _link_record(m: regex.Match[str]) -> dict[str, str] | None:
    """The ``{"text", "url"}`` record of a link match; None for images and
    links to ``#`` or to nothing."""
    url = m.group(3).split(maxsplit=1)[0] if m.group(3).strip() else ""
    if m.group(1) or url in ("", "#"):
        return None
    return {"text": m.group(2).strip(), "url": url}


def _heading_markers(
    text: str, rows: list[tuple[int, str]] | None = None
) -> Iterator[regex.Match[str]]:
    """The ``#`` markers at line starts, matched on the lines that begin with one.

    >>> [m.group(1) for m in _heading_markers("## Title\\nA #tag\\n # Sub")]
    ['##', '#']
    """
    for pos, line in rows if rows is not None else _rows(text):
        if line.lstrip()[:1] == "#":
            m = _HEADING.match(text, pos, pos + len(line))
            if m is not None:
                yield m


class MarkupCleaner(Cleaner):
    """Turn markdown links, emphasis, headings and separators into plain text."""

    name: ClassVar[str] = "markup"
    Config: ClassVar[type[MarkupConfig]] = MarkupConfig
    config: MarkupConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        cfg = self.config
        changes: list[Change] = []
        separators: list[tuple[int, int]] = []
        rows = _rows(text)
        if cfg.separators:
            separators = separator_lines(text, rows)
            for start, end in separators:
                changes.append(Change(start, end, "", "separator", "boilerplate"))
        if (cfg.links or cfg.images) and "](" in text:
            found: list[dict[str, str]] = []
            for m in _LINK.finditer(text):  # one pass: the changes and the records
                changes.extend(_link_changes(m, links=cfg.links, images=cfg.images))
                if cfg.links and cfg.record_links:
                    link = _link_record(m)
                    if link is not None:
                        found.append(link)
            if found:
                doc.metadata.extras.setdefault("links", []).extend(found)
        if cfg.headings and "#" in text:
            for m in _heading_markers(text, rows):
                if not _inside(separators, m.start()):
                    changes.append(Change(m.start(), m.end(), "", "heading", "markup"))
        if cfg.emphasis and "*" in text:
            taken = sorted((c.start, c.end) for c in changes)
            for pos, line in rows:
                if "*" in line and not _inside(separators, pos):
                    for change in emphasis_changes(line, pos):
                        if not _overlaps(taken, change.start, change.end):
                            changes.append(change)
        return changes


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(spans, (end, -1)) - 1
    return i >= 0 and spans[i][1] > start
