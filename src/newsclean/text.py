"""Small text helpers the cleaners share: lines, article zones, dates, names.

>>> [l.text for l in split_lines("a\\n\\nb")]
['a', '', 'b']
>>> parse_date("March 21, 2023"), parse_date("21 Mar. 2023"), parse_date("2023-03-21T10:00")
('2023-03-21', '2023-03-21', '2023-03-21')
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

import regex

from newsclean.document import Change

__all__ = [
    "MONTHS",
    "Line",
    "Zones",
    "edge_zones",
    "has_words",
    "is_prose",
    "line_change",
    "parse_date",
    "split_lines",
    "word_count",
    "zones",
]


class Line(NamedTuple):
    """One line of a text: its span (without the line break) and its text."""

    start: int
    end: int
    text: str
    index: int  # type: ignore[assignment]  # the line's number from 0 (shadows tuple.index)
    tight: bool = False  # the lines before and after it are both non-blank
    blank: bool = False  # the line holds only white space


# the last text split and its lines: the steps of a pipeline split the same
# text one after another until one of them changes it. Keyed on the string
# object itself (never on its content), so it only ever serves the text it
# was made from.
_last_split: tuple[str | None, tuple[Line, ...]] = (None, ())


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets (``\\n`` separated).

    >>> [(l.text, l.tight, l.blank) for l in split_lines("a\\nb\\nc\\n \\nd")][1:4]
    [('b', True, False), ('c', False, False), (' ', False, True)]
    """
    global _last_split
    last_text, last_lines = _last_split
    if last_text is text:
        return list(last_lines)
    parts = text.split("\n")
    filled = [bool(part) and not part.isspace() for part in parts]
    last = len(parts) - 1
    out = []
    pos = 0
    for i, line in enumerate(parts):
        full = filled[i]
        tight = full and 0 < i < last and filled[i - 1] and filled[i + 1]
        out.append(Line(pos, pos + len(line), line, i, tight, not full))
        pos += len(line) + 1
    _last_split = (text, tuple(out))
    return out


def forget_split() -> None:
    """Drop the memo of :func:`split_lines` (the pipeline does at the end of
    each document, so that no text outlives its document)."""
    global _last_split
    _last_split = (None, ())


def line_change(line: Line, rule: str, category: str) -> Change:
    """A change that removes a whole line.

    A line between blank lines (or at an edge) loses its text and keeps its
    line break; the white-space cleaner folds the blank lines left. A
    *tight* line, inside a block of lines separated by single line breaks,
    loses its line break too, so the block is not split by a blank line.

    >>> lines = split_lines("a\\nnoise\\nb")
    >>> line_change(lines[1], "r", "boilerplate")[:2]
    (2, 8)
    """
    return Change(line.start, line.end + line.tight, "", rule, category)


_WORDS = regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")


def word_count(text: str) -> int:
    """How many words ``text`` holds.

    >>> word_count("It’s 10:17 in New-York.")
    5
    """
    return len(_WORDS.findall(text))


_TERMINAL = regex.compile(r"[.!?…:;)\]\"”’»'–—-]\W*$")


def is_prose(text: str, min_words: int = 20) -> bool:
    """Whether a line is a paragraph of running prose (long, ends like a sentence).

    >>> is_prose("Follow us on Twitter")
    False
    """
    # a word and the space after it take two characters at least
    if len(text) < 2 * min_words - 1:
        return False
    # only the line's end matters: a bounded tail keeps the regex linear
    if _TERMINAL.search(text.rstrip()[-64:]) is None:
        return False
    return has_words(text, min_words)


def has_words(text: str, n: int) -> bool:
    """Whether ``text`` holds at least ``n`` words (stops counting at ``n``).

    >>> has_words("one two three", 3), has_words("one two", 3)
    (True, False)
    """
    if n <= 0:
        return True
    # the n-th match, skipped to without a Python loop
    return next(islice(_WORDS.finditer(text), n - 1, None), None) is not None


class Zones(NamedTuple):
    """Where the story is: the first and last prose line (indexes into the lines)."""

    first: int
    last: int

    def top(self, line: Line) -> bool:
        """Whether the line comes before the story's first prose paragraph."""
        return line.index < self.first

    def bottom(self, line: Line) -> bool:
        """Whether the line comes after the story's last prose paragraph."""
        return line.index > self.last


#: with no prose paragraph to go by, how many non-blank lines at each end of
#: an article count as its top and its bottom
EDGE_LINES = 2


def edge_zones(lines: Sequence[Line], edge: int = EDGE_LINES) -> Zones:
    """Zones for an article with no prose paragraph (a brief, a list, live
    updates): only the first and last ``edge`` non-blank lines are its top
    and bottom, so furniture rules never reach into the middle.

    >>> edge_zones(split_lines("a\\n\\nb\\n\\nc\\n\\nd\\n\\ne\\n\\nf"), 2)
    Zones(first=4, last=6)
    """
    filled = [line.index for line in lines if not line.blank]
    if len(filled) <= edge:
        return Zones(len(lines), -1)
    return Zones(filled[edge], filled[-edge - 1])


def zones(lines: Sequence[Line], min_words: int = 20) -> Zones:
    """The first and last prose lines; furniture clusters outside them.

    With no prose line at all, see :func:`edge_zones`.
    """
    # scan in from both ends: the story's middle is never looked at
    first = next((line.index for line in lines if is_prose(line.text, min_words)), None)
    if first is None:
        return edge_zones(lines)
    last = next(line.index for line in reversed(lines) if is_prose(line.text, min_words))
    return Zones(first, last)


MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    regex.compile(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    regex.compile(
        rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b"
    ),
    regex.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    regex.compile(r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b"),
]


def parse_date(text: str) -> str:
    """The first date in ``text`` as ``YYYY-MM-DD``, or ``""``.

    Understands ``March 21, 2023``, ``Mar. 21 2023``, ``21 March 2023``,
    ``21st of March, 2023``, ``2023-03-21`` and ``2023/03/21``. Numeric
    day-month orders other than ISO are ambiguous and not guessed.

    >>> parse_date("Posted on Feb 3rd, 2024 by Ann"), parse_date("no date")
    ('2024-02-03', '')
    """
    for pattern in _DATES:
        m = pattern.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mon"])
        day = int(groups["day"])
        year = int(groups["year"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""
