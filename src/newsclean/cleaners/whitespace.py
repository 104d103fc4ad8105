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

__all__ = ["WhitespaceCleaner", "WhitespaceConfig", "blank_line_changes", "space_changes"]

_H = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]"
_SPACES = regex.compile(
    rf"(?P<eol>\r\n?)"
    r"|(?P<invisible>[\u200b\u00ad\ufeff]+)"
    rf"|(?P<edge>(?:(?<=\n)|\A){_H}+|{_H}+(?=[\r\n]|\Z))"
    rf"|(?P<run>{_H}{{2,}}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f])"
)
_BLANKS = regex.compile(r"\A\n+|\n{3,}|\n{2,}\Z|(?<=[^\n])\Z")


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


def space_changes(text: str, *, invisible: bool = True) -> list[Change]:
    """Changes for line endings, odd spaces, runs of spaces and edge spaces.

    >>> [(c.rule, c.replacement) for c in space_changes(" a\\u00a0 b \\r\\n")]
    [('edge', ''), ('run', ' '), ('edge', ''), ('line-ending', '\\n')]
    """
    rules = {"eol": "line-ending", "invisible": "invisible", "edge": "edge", "run": "run"}
    out = []
    for m in _SPACES.finditer(text):
        kind = m.lastgroup or "run"
        if kind == "invisible" and not invisible:
            continue
        new = "\n" if kind == "eol" else " " if kind == "run" else ""
        out.append(Change(m.start(), m.end(), new, rules[kind], "whitespace"))
    return out


def blank_line_changes(text: str, *, final_newline: bool = True) -> list[Change]:
    """Changes for blank-line runs, blank lines at the edges, the final newline.

    Expects a text whose lines have no edge spaces (see :func:`space_changes`).

    >>> [(c.start, c.end, c.replacement) for c in blank_line_changes("\\na\\n\\n\\n\\nb")]
    [(0, 1, ''), (2, 6, '\\n\\n'), (7, 7, '\\n')]
    """
    out = []
    for m in _BLANKS.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 and text[a:b].strip("\n") == "" and b > a:
            out.append(Change(a, b, "", "leading-blank-lines", "whitespace"))
        elif b == len(text) and a < b:
            if final_newline and a > 0:
                out.append(Change(a, b, "\n", "trailing-blank-lines", "whitespace"))
            elif not final_newline:
                out.append(Change(a, b, "", "trailing-blank-lines", "whitespace"))
        elif a == b:
            if final_newline:
                out.append(Change(a, b, "\n", "final-newline", "whitespace"))
        else:
            out.append(Change(a, b, "\n\n", "blank-lines", "whitespace"))
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
