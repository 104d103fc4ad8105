"""The article's title, into metadata (the text is not changed).

The title is the first line of the cleaned text when it reads like a
headline: one line, not too long, not a sentence of running prose.

>>> from newsclean.document import Document
>>> doc = Document("Xi meets Putin in Moscow\\n\\nXi Jinping arrived on Monday.\\n")
>>> TitleCleaner()(doc)
>>> doc.metadata.title
'Xi meets Putin in Moscow'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import word_count

# a sentence ends inside the line: a lower-case word of two letters or more,
# then . ! or ?, a space and a capital ("Mr." and "S." are not such words)
_SENTENCE_END = regex.compile(
    r"(?<![\p{L}.])(?!(?i:mr|ms|mrs|dr|st|vs|jr|sr|gen|gov|sen|rep|prof)[.])\p{L}\p{Ll}+[.!?]\s+[\p{Lu}\p{N}“\"]"
)

__all__ = ["TitleCleaner", "TitleConfig", "headline"]


@dataclass(frozen=True, slots=True)
class TitleConfig:
    """Options of the title step.

    Attributes:
        max_words: a first line with more words is not taken for a title.
        max_chars: a first line with more characters is not taken for a title.
    """

    max_words: int = 30
    max_chars: int = 250


def headline(text: str, config: TitleConfig | None = None) -> str:
    """The first non-blank line of ``text`` if it reads like a headline, else ``""``.

    >>> headline("\\nPutin willing to accept mediation plan\\nU.S. criticizes China")
    'Putin willing to accept mediation plan'
    >>> headline("This is a long sentence of prose that goes on. And on.")
    ''
    >>> headline("S. Korea, Japan agree to resume fisheries talks after eight-year gap")
    'S. Korea, Japan agree to resume fisheries talks after eight-year gap'
    """
    cfg = config or TitleConfig()
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > cfg.max_chars or word_count(line) > cfg.max_words:
            return ""
        # two sentences in one line are prose, not a headline ("S. Korea" is one)
        if _SENTENCE_END.search(line.rstrip('.!?…"”’ ')) is not None:
            return ""
        return line
    return ""


class TitleCleaner(Cleaner):
    """Record the first line as the title when it looks like one."""

    name: ClassVar[str] = "title"
    Config: ClassVar[type[TitleConfig]] = TitleConfig
    config: TitleConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        doc.metadata.set_default("title", headline(text, self.config))
        return []
