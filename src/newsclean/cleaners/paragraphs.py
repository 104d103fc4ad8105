"""Rejoin paragraphs split mid-sentence.

Scrapers split a paragraph where the page had an inline element (a link, an
ad slot): ``...will condemn and`` / blank line / ``seek to induce...``. Two
paragraphs are joined with one space when the first ends in a letter, a digit
or a comma and the second starts with a lower-case letter. A heading, a list
item or a line that ends in terminal punctuation or a closing quote is never
joined.

>>> from newsclean.document import Document
>>> doc = Document("He will condemn and\\n\\nseek to resist.\\n\\nA new one.\\n")
>>> ParagraphCleaner()(doc)
>>> doc.text
'He will condemn and seek to resist.\\n\\nA new one.\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = [
    "ParagraphCleaner",
    "ParagraphConfig",
    "is_heading",
    "is_list_item",
    "split_points",
]

# a paragraph break from its first line break on: a search the standard
# library runs fast from a literal; the spaces before the break are found by
# stripping, since a pattern that started with them would be tried again at
# every space of a long run (quadratic)
_BREAK = re.compile(r"\n(?:[ \t]*\n)+[ \t]*")
_BEFORE = regex.compile(r"[\p{L}\p{N},]")  # what a split paragraph stops at
_AFTER = regex.compile(r"\p{Ll}")  # what its second half starts with
_LIST_ITEM = regex.compile(r"^\s*(?:[•·▪‣◦●○■□➢➤►▶✓✔*+-]|\d{1,3}[.)]|[a-z][.)])\s")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of"}
    | {"on", "or", "over", "the", "to", "up", "via", "vs", "with"}
)


@dataclass(frozen=True, slots=True)
class ParagraphConfig:
    """Options of the paragraph repair.

    Attributes:
        min_words: the paragraph before the split must have at least this
            many words on its last line (a shorter line may be a heading).
    """

    min_words: int = 4


def is_list_item(line: str) -> bool:
    """Whether a line starts like a list item (bullet, ``1.``, ``a)``).

    >>> is_list_item("  • visit by Xi"), is_list_item("1. First"), is_list_item("I. think")
    (True, True, False)
    """
    return _LIST_ITEM.match(line) is not None


def is_heading(line: str) -> bool:
    """Whether a line looks like a heading: short, in Title Case or capitals.

    >>> is_heading("Related Posts"), is_heading("THE WAR IN UKRAINE"), is_heading("he said and")
    (True, True, False)
    """
    words = _WORD.findall(line)
    if not words or len(words) > 12:
        return False
    if line.isupper():
        return True
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


def split_points(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the paragraph breaks of ``text`` (spaces at their edges
    included) between a letter, a digit or a comma and a lower-case letter:
    where a sentence may have been split.

    >>> list(split_points("He said and  \\n\\nthen left.\\n\\nA new one."))
    [(11, 15)]
    """
    if "\n" not in text:
        return
    done = 0
    for m in _BREAK.finditer(text):
        end = m.end()
        start = done + len(text[done : m.start()].rstrip(" \t"))
        done = end
        if (
            start
            and end < len(text)
            and _BEFORE.match(text, start - 1) is not None
            and _AFTER.match(text, end) is not None
        ):
            yield start, end


class ParagraphCleaner(Cleaner):
    """Join paragraphs that a scraper split in the middle of a sentence."""

    name: ClassVar[str] = "paragraphs"
    Config: ClassVar[type[ParagraphConfig]] = ParagraphConfig
    config: ParagraphConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        changes: list[Change] = []
        joined_start = 0
        for start, end in split_points(text):
            line_start = text.rfind("\n", 0, start) + 1
            if changes and changes[-1].end == line_start:
                # this paragraph was itself joined to the one before: judge the whole
                line_start = joined_start
            before = text[line_start:start]
            if is_list_item(before) or is_heading(before):
                continue
            if len(_WORD.findall(before)) < self.config.min_words:
                continue
            changes.append(Change(start, end, " ", "split-sentence", "paragraph"))
            joined_start = line_start
        return changes
