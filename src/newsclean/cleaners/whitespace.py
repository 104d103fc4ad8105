"""White space in the house style, keeping the document's own line structure.

* ``\\r\\n`` and lone ``\\r`` become ``\\n``;
* a no-break space (and the other fixed-width spaces) becomes a space,
  zero-width spaces, soft hyphens and stray byte order marks go;
* runs of spaces and tabs become one space, lines lose their edge spaces;
* runs of blank lines become one blank line, there are none at the start or
  the end, and the text ends with one ``\\n``.

Single line breaks stay single: a document whose paragraphs are separated by
single line breaks keeps them so.

>>> from newsclean.document import Document
>>> doc = Document("\\n\\n  Title \\r\\n\\r\\n\\r\\nOne\\u00a0 two.\\t\\nthree\\n\\n")
>>> WhitespaceCleaner()(doc)
>>> doc.text
'Title\\n\\nOne two.\\nthree\\n'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = [
    "LineEndingCleaner",
    "LineEndingConfig",
    "WhitespaceCleaner",
    "WhitespaceConfig",
    "blank_line_changes",
    "line_ending_changes",
    "space_changes",
]

_H = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]"
_SPACES = regex.compile(
    r"(?P<invisible>[\u200b\u00ad\ufeff]+)"
    rf"|(?P<edge>\A{_H}+|{_H}+(?=\r?\Z))"
    rf"|(?P<run>{_H}{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f])"
)
_RUNS = regex.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class WhitespaceConfig:
    """Options of the white-space cleaner.

    Attributes:
        invisible: remove zero-width spaces, soft hyphens and stray byte
            order marks.
        final_newline: end a non-empty text with exactly one ``\\n``.
    """

    invisible: bool = True
    final_newline: bool = True


_ODD = regex.compile(r"[\t\r\u00a0\u1680\u2000-\u200b\u202f\u205f\u00ad\ufeff]")


def _needs_work(line: str) -> bool:
    """Cheap test: could this line need a white-space change?"""
    return (
        line[0] in " \t"
        or line[-1] in " \t\r"
        or "  " in line
        or "\t" in line
        or "\r" in line
        or (not line.isascii() and _ODD.search(line) is not None)
    )


def space_changes(text: str, *, invisible: bool = True) -> list[Change]:
    """Changes for line endings, odd spaces, runs of spaces and edge spaces.

    Lines that need nothing are passed over with a few string tests; the
    regular expression runs only on the others.

    >>> [(c.rule, c.replacement) for c in space_changes(" a\\u00a0 b \\r\\n")]
    [('edge', ''), ('run', ' '), ('edge', ''), ('line-ending', '')]
    """
    rules = {"invisible": "invisible", "edge": "edge", "run": "run"}
    out = []
    pos = 0
    size = len(text)
    for line in text.split("\n"):
        if line and _needs_work(line):
            # a lone \r (old Mac files) ends a line too; the \r of \r\n just goes
            parts = line.split("\r")
            at = pos
            for k, part in enumerate(parts):
                for m in _SPACES.finditer(part):
                    kind = m.lastgroup or "run"
                    if kind == "invisible" and not invisible:
                        continue
                    new = " " if kind == "run" else ""
                    out.append(Change(at + m.start(), at + m.end(), new, rules[kind], "whitespace"))
                at += len(part)
                if k < len(parts) - 1:
                    crlf = k == len(parts) - 2 and not parts[-1] and pos + len(line) < size
                    out.append(
                        Change(at, at + 1, "" if crlf else "\n", "line-ending", "whitespace")
                    )
                    at += 1
        pos += len(line) + 1
    return out


def blank_line_changes(text: str, *, final_newline: bool = True) -> list[Change]:
    """Changes for blank-line runs, blank lines at the edges, the final newline.

    Expects a text whose lines have no edge spaces (see :func:`space_changes`).

    >>> [(c.start, c.end, c.replacement) for c in blank_line_changes("\\na\\n\\n\\n\\nb")]
    [(0, 1, ''), (2, 6, '\\n\\n'), (7, 7, '\\n')]
    """
    out = []
    body = text.lstrip("\n")
    head = len(text) - len(body)
    if not body:
        return [Change(0, len(text), "", "leading-blank-lines", "whitespace")] if text else []
    if head:
        out.append(Change(0, head, "", "leading-blank-lines", "whitespace"))
    tail = len(text) - len(text.rstrip("\n"))
    end = len(text) - tail
    if "\n\n\n" in text[head:end]:
        for m in _RUNS.finditer(text, head, end):
            out.append(Change(m.start(), m.end(), "\n\n", "blank-lines", "whitespace"))
    if final_newline and tail != 1:
        rule = "final-newline" if tail == 0 else "trailing-blank-lines"
        out.append(Change(end, len(text), "\n", rule, "whitespace"))
    elif not final_newline and tail:
        out.append(Change(end, len(text), "", "trailing-blank-lines", "whitespace"))
    return out


class WhitespaceCleaner(Cleaner):
    """Normalise white space to the house style."""

    name: ClassVar[str] = "whitespace"
    Config: ClassVar[type[WhitespaceConfig]] = WhitespaceConfig
    config: WhitespaceConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return space_changes(text, invisible=self.config.invisible)

    def __call__(self, doc: Document) -> None:
        doc.apply(self.name, self.find(doc.text, doc))
        doc.apply(self.name, blank_line_changes(doc.text, final_newline=self.config.final_newline))


_CR = regex.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class LineEndingConfig:
    """Options of the line-ending step (it has none: ``\\r\\n`` and ``\\r`` become ``\\n``)."""


def line_ending_changes(text: str) -> list[Change]:
    """Changes that turn ``\\r\\n`` and lone ``\\r`` into ``\\n``.

    >>> [(c.start, c.end, c.replacement) for c in line_ending_changes("a\\r\\nb\\rc")]
    [(1, 3, '\\n'), (4, 5, '\\n')]
    """
    if "\r" not in text:
        return []
    return [
        Change(m.start(), m.end(), "\n", "line-ending", "whitespace") for m in _CR.finditer(text)
    ]


class LineEndingCleaner(Cleaner):
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``, first, so every later step
    sees the same lines (an old Mac file's ``\\r`` ends a line too)."""

    name: ClassVar[str] = "line-endings"
    Config: ClassVar[type[LineEndingConfig]] = LineEndingConfig
    config: LineEndingConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return line_ending_changes(text)
