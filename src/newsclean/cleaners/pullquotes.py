"""Remove pull quotes: short standalone repeats of a sentence of the story.

Magazines and long-form sites set a sentence of the story in large type
between its paragraphs (a *pull quote*). Scraped, it becomes a short
paragraph of its own that repeats, word for word, a sentence or a clause of
another paragraph of the same article::

    “You don’t stop being a keeper because they take the job away,” he
    says. “You just stop getting paid for it.”
    ...
    “You don’t stop being a keeper because they take the job away.”

The repeat is removed (rule ``pull-quote``, category ``pullquote``) and the
original, inside the longer paragraph, is kept, whichever comes first. A
line is a pull quote only when every part of the shape is there:

* it is not the article's first line (its title) nor its last line (a
  closing line that echoes an earlier one is the writer's, not the
  layout's);
* it holds :attr:`PullQuoteConfig.min_words` to
  :attr:`PullQuoteConfig.max_words` words and one sentence (at most
  :attr:`PullQuoteConfig.max_sentences`), and ends like a sentence
  (``.``, ``!``, ``?``, ``…``, maybe inside quotation marks);
* after folding case, quotation marks, dashes and white space, its words
  occur, whole words at both ends, inside another paragraph that is at
  least :attr:`PullQuoteConfig.min_container_words` words long and longer
  than the line by :attr:`PullQuoteConfig.min_extra_words` words. Two
  short lines that repeat each other are both kept.

The repeats go to ``doc.metadata.extras["pull_quotes"]``.

>>> from newsclean.document import Document
>>> story = ("“Nobody plans to fail, but plenty of people fail to plan,” she says, "
...          "tapping the folder on her desk. “I have seen it too often.”")
>>> doc = Document(f"Title\\n\\n{story}\\n\\n“Nobody plans to fail.”\\n\\n"
...                "Plenty of people fail to plan.\\n\\nThe end.")
>>> PullQuoteCleaner()(doc)
>>> doc.text.count("Plenty of people fail to plan.")
0
>>> doc.metadata.extras["pull_quotes"]
['Plenty of people fail to plan.']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import line_change, split_lines

__all__ = [
    "PullQuoteCleaner",
    "PullQuoteConfig",
    "find_pull_quotes",
    "fold",
]


@dataclass(frozen=True, slots=True)
class PullQuoteConfig:
    """Options of the pull-quotes cleaner.

    Attributes:
        min_words: the fewest words of a pull quote (shorter repeats, such as
            ``Thank you.``, are too common to be evidence).
        max_words: the most words of a pull quote (a longer paragraph is
            prose, never removed).
        max_sentences: the most sentences of a pull quote (a quotation with
            its attribution, ``"..." says X. "..."``, is a paragraph of the
            story even when a longer one repeats it).
        min_container_words: the fewest words of the paragraph that holds
            the original.
        min_extra_words: how many more words than the pull quote the
            paragraph that holds the original must have.
        record: record the pull quotes in ``doc.metadata.extras["pull_quotes"]``.
    """

    min_words: int = 6
    max_words: int = 30
    max_sentences: int = 1
    min_container_words: int = 15
    min_extra_words: int = 4
    record: bool = True


_DEFAULT = PullQuoteConfig()

# quotation marks dropped, apostrophes and dashes unified, by fold(): one
# str.replace per mark present is several times faster than str.translate
_FOLD_PAIRS = (
    ("“", ""), ("”", ""), ('"', ""), ("«", ""), ("»", ""), ("„", ""), ("‟", ""),
    ("❝", ""), ("❞", ""), ("‹", ""), ("›", ""), ("’", "'"), ("‘", "'"), ("–", "-"),
    ("—", "-"), ("\u00a0", " "),
)  # fmt: skip
# a sentence's end: . ! ? … maybe inside closing quotes or brackets
_SENTENCE_END = regex.compile(r"[.!?…]\s?[\"”’'»)\]]*$")
# a sentence break inside a line ("... a lamp. A light ...")
_BREAK = regex.compile(r"[.!?…][\"”’'»)\]]*\s+[\"“‘'«(\[]?\p{Lu}")
_BULLET = regex.compile(r"^(?:[-*•·▪–—>]|\d{1,3}[.)])\s")
_EDGE = " \t'.,;:!?…()[]-"


def fold(text: str) -> str:
    """``text`` casefolded, without quotation marks, white space folded.

    >>> fold("  “You don’t stop  being a Keeper.” ")
    "you don't stop being a keeper."
    """
    if not text.isascii():
        for mark, new in _FOLD_PAIRS:
            if mark in text:
                text = text.replace(mark, new)
    else:
        text = text.replace('"', "")
    return " ".join(text.casefold().split())


def _core(text: str) -> str:
    """The folded words of a candidate line, without edge punctuation.

    >>> _core("“A light that nobody looks at is just a lamp.”")
    'a light that nobody looks at is just a lamp'
    """
    return fold(text).strip(_EDGE)


#: more one-sentence lines than this and the article is left alone
_MAX_CANDIDATES = 100


def _contains(container: str, core: str) -> bool:
    """Whether ``core`` occurs in ``container`` with whole words at both ends.

    >>> _contains("he said: a light is a lamp, and left", "a light is a lamp")
    True
    >>> _contains("a lighthouse is a lamp", "a light")
    False
    """
    start = container.find(core)
    while start >= 0:
        end = start + len(core)
        before_ok = start == 0 or not container[start - 1].isalnum()
        after_ok = end == len(container) or not container[end].isalnum()
        if before_ok and after_ok:
            return True
        start = container.find(core, start + 1)
    return False


def _candidate(text: str, config: PullQuoteConfig) -> bool:
    """Whether a line has the shape of a pull quote (short, one sentence).

    >>> _candidate("A light that nobody looks at is just a lamp.", _DEFAULT)
    True
    >>> _candidate("What happens next", _DEFAULT), _candidate("Thank you.", _DEFAULT)
    (False, False)
    """
    text = text.strip()
    n = len(text.split())
    if n < config.min_words or n > config.max_words or len(text) > 600:
        return False
    if _SENTENCE_END.search(text) is None or _BULLET.match(text) is not None:
        return False
    return len(_BREAK.findall(text)) < config.max_sentences


def find_pull_quotes(
    text: str, config: PullQuoteConfig = _DEFAULT, doc: Document | None = None
) -> list[Change]:
    """The changes that remove pull quotes from ``text``.

    Records them in ``doc.metadata.extras["pull_quotes"]`` when a document is
    given and ``config.record`` is set.

    >>> body = "T\\n\\nShe said the river rose by a metre in an hour, and then it rose again."
    >>> quote = "\\n\\nThe river rose by a metre in an hour.\\n\\nEnd."
    >>> [c.rule for c in find_pull_quotes(body + quote)]
    ['pull-quote']
    """
    lines = [line for line in split_lines(text) if not line.blank]
    if len(lines) < 4:
        return []
    body = lines[1:]  # the first line is the title, never a pull quote or an original
    # candidates first: most articles have none, and then nothing else is done
    candidates = [line for line in body[:-1] if _candidate(line.text, config)]
    if not candidates or len(candidates) > _MAX_CANDIDATES:
        # none; or so many one-sentence lines that the text is a list, not a
        # layout with a pull quote or two (and the search stays linear)
        return []
    words_of = {line.index: len(line.text.split()) for line in body}
    containers = [
        line
        for line in body
        if words_of[line.index] >= config.min_container_words and len(line.text) <= 100_000
    ]
    folded = {line.index: fold(line.text) for line in containers}
    changes: list[Change] = []
    found: list[str] = []
    for line in candidates:  # the last line may echo an earlier one on purpose
        core = _core(line.text)
        if len(core.split()) < 3:
            continue
        need = max(config.min_container_words, words_of[line.index] + config.min_extra_words)
        for other in containers:
            if (
                other.index != line.index
                and words_of[other.index] >= need
                and core in folded[other.index]
                and _contains(folded[other.index], core)
            ):
                changes.append(line_change(line, "pull-quote", "pullquote"))
                found.append(" ".join(line.text.split()))
                break
    if doc is not None and config.record and found:
        bucket = doc.metadata.extras.setdefault("pull_quotes", [])
        if isinstance(bucket, list):
            for quote in found:
                if quote not in bucket:
                    bucket.append(quote)
    return changes


class PullQuoteCleaner(Cleaner):
    """Remove pull quotes: short lines that repeat a sentence of the story."""

    name: ClassVar[str] = "pullquotes"
    Config: ClassVar[type[PullQuoteConfig]] = PullQuoteConfig
    config: PullQuoteConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return find_pull_quotes(text, self.config, doc)
