"""White space in the house style, keeping the document's own line structure.

* ``\\r\\n`` and lone ``\\r`` become ``\\n``;
* a no-break space (and the other fixed-width spaces) becomes a space,
  zero-width spaces, soft hyphens, stray byte order marks and control characters go;
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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = [
    "CONTROL",
    "ControlCleaner",
    "ControlConfig",
    "WhitespaceCleaner",
    "WhitespaceConfig",
    "blank_line_changes",
    "control_changes",
    "space_changes",
]

_H = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]"
_SPACES = regex.compile(
    rf"(?P<edge>\A{_H}+|{_H}+\Z)"
    rf"|(?P<run>{_H}{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f])"
)
# zero-width space, soft hyphen, byte order mark, and control characters
# other than tab and line breaks: never part of the story
#: control characters other than tab and line breaks: never story text
CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_INVISIBLE = regex.compile(rf"[\u200b\u00ad\ufeff]+|(?P<control>{CONTROL}+)")
_RUNS = regex.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class WhitespaceConfig:
    """Options of the white-space cleaner.

    Attributes:
        invisible: remove zero-width spaces, soft hyphens, stray byte order
            marks and control characters (other than tab and line breaks).
        final_newline: end a non-empty text with exactly one ``\\n``.
    """

    invisible: bool = True
    final_newline: bool = True


def _needs_work(line: str) -> bool:
    """Cheap test: could this line need a white-space change?"""
    # isprintable() is False for tabs, CR, controls, odd spaces and format
    # characters: everything the expression below may change but plain spaces
    return line[0] == " " or line[-1] == " " or "  " in line or not line.isprintable()


def space_changes(text: str, *, invisible: bool = True) -> list[Change]:
    """Changes for line endings, odd spaces, runs of spaces and edge spaces.

    Lines that need nothing are passed over with a few string tests; the
    regular expression runs only on the others.

    >>> [(c.rule, c.replacement) for c in space_changes(" a\\u00a0 b \\r\\n")]
    [('edge', ''), ('run', ' '), ('edge', ''), ('line-ending', '')]
    """
    out: list[Change] = []
    pos = 0
    size = len(text)
    for line in text.split("\n"):
        if line and _needs_work(line):
            # a lone \r (old Mac files) ends a line too; the \r of \r\n just goes
            parts = line.split("\r")
            at = pos
            for k, part in enumerate(parts):
                if part:
                    out.extend(_part_changes(part, at, invisible))
                at += len(part)
                if k < len(parts) - 1:
                    crlf = k == len(parts) - 2 and not parts[-1] and pos + len(line) < size
                    out.append(
                        Change(at, at + 1, "" if crlf else "\n", "line-ending", "whitespace")
                    )
                    at += 1
        pos += len(line) + 1
    return out


def _part_changes(part: str, at: int, invisible: bool) -> list[Change]:
    """The changes inside one line (no line breaks in ``part``), offset by ``at``.

    Edge spaces and runs are judged on the line as it reads once invisible
    characters are gone (``"a \\x08"`` ends in a space), so that cleaning
    twice changes nothing more.
    """
    hidden = list(_INVISIBLE.finditer(part)) if invisible else []
    keep: list[int] = []
    if hidden:
        # offsets in ``part`` of the visible characters
        last = 0
        for m in hidden:
            keep.extend(range(last, m.start()))
            last = m.end()
        keep.extend(range(last, len(part)))
        visible = "".join(part[i] for i in keep)
    else:
        visible = part
    out = []
    covered: list[tuple[int, int]] = []
    for m in _SPACES.finditer(visible):
        a, b = m.start(), m.end()
        if keep:
            a, b = keep[a], keep[b - 1] + 1
        new = " " if m.lastgroup == "run" else ""
        out.append(Change(at + a, at + b, new, m.lastgroup or "run", "whitespace"))
        covered.append((a, b))
    for m in hidden:
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            rule = "control" if m.group("control") else "invisible"
            out.append(Change(at + m.start(), at + m.end(), "", rule, "whitespace"))
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


_BREAK = r"(?:\r\n|\r(?!\n)|\n)"  # \r\n is one break, never split in two
# a run of two or more blank lines (white space only), folded at once so that
# no later step walks a long run line by line
_CONTROLS = regex.compile(rf"(?P<blank>{_BREAK}(?:{_H}*{_BREAK}){{2,}})|\r\n?|{CONTROL}+")
# cheap first looks, in the standard library's faster engine: a \r or a
# control character, or three line breaks with only spaces between them
_CONTROL_CHAR = re.compile(r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUN = re.compile(rf"\n{_H}*\n{_H}*\n")


@dataclass(frozen=True, slots=True)
class ControlConfig:
    """Options of the first step (it has none: line endings become ``\\n``,
    control characters other than tab and line breaks go)."""


def control_changes(text: str) -> list[Change]:
    """Changes that turn ``\\r\\n`` and lone ``\\r`` into ``\\n``, remove
    control characters (other than tab and line breaks) and fold a run of
    blank lines into one blank line.

    >>> [(c.start, c.end, c.replacement) for c in control_changes("a\\r\\nb\\rc\\x08")]
    [(1, 3, '\\n'), (4, 5, '\\n'), (6, 7, '')]
    >>> [(c.rule, c.replacement) for c in control_changes("a\\n\\n \\n\\nb")]
    [('blank-lines', '\\n\\n')]
    """
    if _CONTROL_CHAR.search(text) is None and _BLANK_RUN.search(text) is None:
        return []  # nearly every text stops here
    out = []
    for m in _CONTROLS.finditer(text):
        if m.group("blank"):
            out.append(Change(m.start(), m.end(), "\n\n", "blank-lines", "whitespace"))
        elif m.group()[0] == "\r":
            out.append(Change(m.start(), m.end(), "\n", "line-ending", "whitespace"))
        else:
            out.append(Change(m.start(), m.end(), "", "control", "whitespace"))
    return out


class ControlCleaner(Cleaner):
    """First, so every later step sees the same lines and characters: turn
    ``\\r\\n`` and lone ``\\r`` into ``\\n`` (an old Mac file's ``\\r``
    ends a line too), remove control characters, which are never story text,
    and fold each run of blank lines into one blank line, so that a page of
    thousands of empty lines costs the line-based steps nothing."""

    name: ClassVar[str] = "controls"
    Config: ClassVar[type[ControlConfig]] = ControlConfig
    config: ControlConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return control_changes(text)
