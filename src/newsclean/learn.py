r"""Boilerplate learned per outlet: the lines that repeat across its articles.

Every outlet stamps the same furniture on its articles: a newsletter promo,
a copyright line, an ``Advertisement`` slot, a "Leave a Reply" form. No
list of phrases can know every outlet's wording, but a corpus shows it: a
line that comes back in most of one outlet's articles is template, not
story. Learning is two passes, and both are map-reduce friendly:

1. **Count.** :class:`LineCounts` counts, per outlet, its documents and, for
   every line that *may* be furniture (see below), in how many documents it
   occurs. Lines are counted as 64-bit hashes of their normalised text
   (:func:`normalise_line`, :func:`line_key`), each at most once per
   document, so memory holds fixed-size keys, not text. Counts built on
   parts of a corpus :meth:`~LineCounts.merge` into the counts of the whole.
2. **Remove.** :meth:`LineCounts.model` keeps the lines that occur in at
   least ``min_docs`` documents *and* at least ``min_share`` of the outlet's
   documents: a :class:`BoilerplateModel`, saved as human-readable JSON.
   :class:`LearnedBoilerplateCleaner` (step ``learned``) removes those lines
   from the outlet's articles, logging rule ``learned``, category
   ``boilerplate``.

Precision comes first: repetition alone is not enough. A line is never
learned (nor removed) when it

* is the document's first non-blank line (titles of a series repeat);
* is shorter than ``min_chars`` or longer than ``max_chars``, or has no letter;
* is a quotation: it opens with a quotation mark, or quotes four words or
  more (a statement repeated across a week of stories is still the story);
* reports speech (``said``, ``told``, ``added``: "He said." is prose);
* reads like prose (ends in ``.``, ``!``, ``?`` or ``…``, or runs to
  ``prose_words`` words) and does not name itself as furniture (a cue such
  as *newsletter*, *subscribe*, *©*, *rights reserved*, *advertisement*,
  *click*, *e-mail*, *comments*, *this article*); so "Read more below."
  stays while "All rights reserved." goes;
* stands inside the story, between its first and last prose paragraph (see
  :func:`newsclean.text.is_prose`), without such a cue or a navigation cue
  (*read more*, *related*, *recommended*, ...): an outlet's recurring
  section headings stay, its mid-story ``Advertisement`` slot goes.

Headings, labels, promos and footers (``Advertisement``, ``Share this:``,
``© 2024 The Daily Planet``, ``Sign up for the Morning Brief newsletter``)
pass those tests and are learned once they repeat enough.

>>> from newsclean.document import Document
>>> story = "Story {i}\n\nThe council met on day {i} and voted on the budget.\n\n"
>>> tail = "Advertisement\n\nHe said.\n"
>>> docs = [Document(story.format(i=i) + tail, attrs={"site": "planet.example"}) for i in range(6)]
>>> model = learn(docs)
>>> [line.text for line in model.lines("planet.example")]
['Advertisement']

Counting maps over parts of a corpus (processes, Dask partitions) and the
parts' counts reduce with :meth:`LineCounts.merge`:

>>> halves = count_lines(docs[:3]).merge(count_lines(docs[3:]))
>>> halves == count_lines(docs), [x.text for x in halves.model().lines("planet.example")]
(True, ['Advertisement'])

The cleaner removes the learned lines:

>>> cleaner = LearnedBoilerplateCleaner(model=model)
>>> cleaner(docs[0])
>>> docs[0].text
'Story 0\n\nThe council met on day 0 and voted on the budget.\n\n\n\nHe said.\n'
>>> docs[0].edits[0].rule, docs[0].edits[0].category
('learned', 'boilerplate')

Run the cleaner on text shaped like the text that was counted (markdown
links and emphasis do not matter, :func:`normalise_line` reads through
them); in a pipeline it belongs after the steps that extract metadata from
lines it might also remove (bylines), and before the white-space step,
which folds the blank lines it leaves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar
from urllib.parse import urlsplit

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import Line, is_prose, line_change, split_lines, word_count

__all__ = [
    "FURNITURE_CUES",
    "NAVIGATION_CUES",
    "OUTLET_ATTRS",
    "BoilerplateModel",
    "LearnConfig",
    "LearnedBoilerplateCleaner",
    "LearnedConfig",
    "LearnedLine",
    "LineCounts",
    "count_lines",
    "host_of",
    "learn",
    "line_key",
    "may_learn",
    "names_furniture",
    "normalise_line",
    "outlet_of",
]

#: The rule id and category of the edits the ``learned`` step makes.
RULE = "learned"
CATEGORY = "boilerplate"

#: The document attributes that name an article's outlet, in order of trust.
OUTLET_ATTRS = ("site", "url")

_FORMAT = "newsclean-boilerplate-model"
_VERSION = 1


@dataclass(frozen=True, slots=True)
class LearnConfig:
    """How boilerplate is learned.

    The defaults ask a lot of a line before it is learned: it must come back
    in at least 5 documents of its outlet *and* in at least half of them.
    Story text almost never repeats verbatim in half of an outlet's articles,
    while an outlet's template lines are in nearly all of them; five
    documents keep a small outlet (or a short series) from being judged on
    two or three articles. Lower ``min_share`` when an outlet rotates its
    promos or changed its template during the crawl.

    Attributes:
        min_docs: a line is learned when it occurs in at least this many of
            the outlet's documents (default 5; at least 2).
        min_share: ... and in at least this share of the outlet's documents
            (default 0.5; more than 0, at most 1).
        min_chars: shorter lines (after stripping white space) are never
            learned (default 4: lone separators and two-letter lines stay).
        max_chars: longer lines are never learned (default 2000: long
            disclaimers are learned, a whole repeated essay is not).
        story_needs_cue: inside the story (between its first and last prose
            paragraph) only lines that name themselves as furniture are
            learned and removed (default ``True``, see :func:`names_furniture`).
        prose_words: a line of at least this many words reads like prose:
            it is learned only if it names itself as furniture; when it
            also ends like a sentence it bounds the story (default 20, as
            :func:`newsclean.text.zones`), unless it names itself as
            furniture.
        max_keys: how many line hashes counting keeps in memory, all
            outlets together (default 2,000,000, about 200 MB). Past it, the
            rarest lines below their outlet's share are forgotten, which can
            only make fewer lines learned, never more.
    """

    min_docs: int = 5
    min_share: float = 0.5
    min_chars: int = 4
    max_chars: int = 2000
    story_needs_cue: bool = True
    prose_words: int = 20
    max_keys: int = 2_000_000

    def __post_init__(self) -> None:
        if self.min_docs < 2:
            raise ValueError(f"min_docs must be at least 2, got {self.min_docs}")
        if not 0 < self.min_share <= 1:
            raise ValueError(f"min_share must be in (0, 1], got {self.min_share}")
        if not 1 <= self.min_chars <= self.max_chars:
            raise ValueError(
                f"need 1 <= min_chars <= max_chars, got {self.min_chars} and {self.max_chars}"
            )
        if self.prose_words < 1:
            raise ValueError(f"prose_words must be at least 1, got {self.prose_words}")
        if self.max_keys < 1:
            raise ValueError(f"max_keys must be at least 1, got {self.max_keys}")


_DEFAULT = LearnConfig()
# The fields that only set thresholds: two counts that differ in them count the same lines.
_THRESHOLDS = frozenset({"min_docs", "min_share", "max_keys"})


# --------------------------------------------------------------------------- lines

_MD_LINK = regex.compile(r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)")
_DIGITS = re.compile(r"\d+")


def _strip_edges(text: str) -> str:
    """``text`` without punctuation and white space at its ends (linear time)."""
    start, end = 0, len(text)
    category = unicodedata.category
    while start < end and (text[start].isspace() or category(text[start])[0] == "P"):
        start += 1
    while end > start and (text[end - 1].isspace() or category(text[end - 1])[0] == "P"):
        end -= 1
    return text[start:end]


def normalise_line(line: str) -> str:
    """The form of a line that is counted: variants of one template line agree.

    Unicode compatibility forms are folded (NFKC) and case is folded; a
    markdown link keeps its text and emphasis markers (``*``, ``_``, a
    backtick) go, so a line counts the same before and after the markup
    step; in a line that names itself as furniture (:func:`names_furniture`)
    every run of digits becomes ``0`` (``© 2023`` and ``© 2024``,
    ``Photo 3 of 12`` and ``Photo 4 of 12`` are one line), elsewhere numbers
    tell lines apart (``Day 12 of the war`` is not ``Day 13 of the war``);
    runs of white space become one space; punctuation and space at both
    ends go (``— Advertisement —`` is ``Advertisement``).

    >>> normalise_line("  — ADVERTISEMENT —  ")
    'advertisement'
    >>> normalise_line("Copyright © [The Planet](https://planet.example), 2024.")
    'copyright © the planet, 0'
    >>> normalise_line("Day 12 of the war")
    'day 12 of the war'
    """
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", line).casefold())
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    text = text.replace("*", "").replace("_", "").replace("`", "")
    if _DIGITS.search(text) is not None and names_furniture(text):
        text = _DIGITS.sub("0", text)
    return _strip_edges(" ".join(text.split()))


def line_key(line: str) -> int:
    """The 64-bit key a line is counted under: a BLAKE2b hash of its normal form.

    >>> line_key("Advertisement") == line_key("ADVERTISEMENT.")
    True
    >>> 0 <= line_key("Sign up for our newsletter") < 2**64
    True
    """
    data = normalise_line(line).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


_OPEN_QUOTES = frozenset("\"'“”„«»‘‚‹›「『")
_QUOTED = regex.compile(r"[\"“„«»]([^\"“”„«»\n]{1,500})[\"”“»«]")
_QUOTE_WORDS = 4
_LEADERS = "-–—•*·>▪● \t"
_CLOSERS = "\"'”’»)]"
_LETTER = re.compile(r"[^\W\d_]")
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|added|asked|explained|declared|insisted|warned|replied)\b"
)
#: Words and phrases (regular-expression fragments, case-folded) by which a
#: line names itself as furniture: promos, footers, legal lines, widgets.
FURNITURE_CUES = (
    r"advert\w{0,8}",
    r"ads?",
    r"sponsor\w{0,6}",
    r"promoted",
    r"newsletters?",
    r"subscri\w{0,8}",
    r"unsubscribe",
    r"sign(?:ing)?[ -]?(?:up|in)",
    r"log[ -]?in",
    r"copyright\w{0,4}",
    r"all rights",
    r"rights reserved",
    r"follow us",
    r"like us",
    r"join us",
    r"share (?:this|on|via|it)",
    r"click\w{0,3}",
    r"tap here",
    r"download\w{0,3}",
    r"app store",
    r"google play",
    r"e-?mails?",
    r"inbox",
    r"cookies?",
    r"privacy",
    r"terms of (?:use|service)",
    r"disclaimer",
    r"reproduc\w{0,6}",
    r"republish\w{0,4}",
    r"repost\w{0,4}",
    r"reprint\w{0,4}",
    r"permission",
    r"comments? (?:are closed|policy|section)",
    r"leave a (?:reply|comment)",
    r"post a comment",
    r"view comments",
    r"show comments",
    r"load comments",
    r"javascript",
    r"browser",
    r"websites?",
    r"web site",
    r"podcasts?",
    r"donat\w{0,4}",
    r"support (?:us|our)",
    r"membership",
    r"become a member",
    r"paywall",
    r"premium",
    r"https?",
    r"www",
    r"photos?",
    r"images?",
    r"credits?",
    r"getty",
    r"shutterstock",
    r"thanks? (?:you )?for (?:reading|visiting|your support)",
    r"visit (?:us|our)",
    r"contact us",
    r"this (?:article|story|post|page|site)",
    r"our (?:journalism|reporting|readers|site|app|team)",
)

#: Words and phrases of navigation widgets; they mark furniture inside the
#: story but may be prose in a sentence ("Read more below.").
NAVIGATION_CUES = (
    r"read (?:more|also|next|the full)",
    r"also read",
    r"related",
    r"recommended",
    r"see also",
    r"more (?:from|on|news|stories)",
    r"continue reading",
    r"story continues",
    r"continues below",
    r"scroll",
    r"most (?:read|popular|viewed|shared)",
    r"trending",
    r"top stories",
    r"editor'?s picks?",
    r"you (?:may|might) also",
    r"don'?t miss",
    r"must read",
    r"watch",
    r"listen",
    r"latest",
)


def _cue_pattern(cues: Iterable[str], symbols: str = "") -> re.Pattern[str]:
    """One whole-word pattern for the cues, grouped by first letter (faster to scan)."""
    groups: dict[str, list[str]] = {}
    for cue in cues:
        groups.setdefault(cue[0], []).append(cue[1:])
    body = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items()))
    return re.compile(f"{symbols}{'|' if symbols else ''}\\b(?:{body})\\b")


_CUES = _cue_pattern(FURNITURE_CUES, r"©|\(c\)")
_ALL_CUES = _cue_pattern(FURNITURE_CUES + NAVIGATION_CUES, r"©|\(c\)")


def _is_quote(text: str) -> bool:
    if text.lstrip(_LEADERS)[:1] in _OPEN_QUOTES:
        return True
    return any(word_count(m.group(1)) >= _QUOTE_WORDS for m in _QUOTED.finditer(text))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def names_furniture(line: str) -> bool:
    """Whether a line names itself as site furniture (a cue word or phrase).

    The cues are the vocabulary of promos, footers and widgets: *newsletter*,
    *subscribe*, *sign up*, *©*, *rights reserved*, *advertisement*,
    *click*, *e-mail*, *comments*, *this article*, *photo*, ... and the
    navigation words *read more*, *related*, *recommended*, *most read*,
    *watch*, *latest*, ...

    >>> names_furniture("Story continues below advertisement"), names_furniture("Background")
    (True, False)
    """
    return _ALL_CUES.search(line.casefold()) is not None


def may_learn(line: str, config: LearnConfig | None = None) -> bool:
    """Whether a line's shape allows learning it (position aside).

    False for lines outside the length bounds or without a letter, for
    quotations, for reported speech, and for lines that read like prose
    (a sentence, or ``prose_words`` words or more) unless they name
    themselves as furniture (see the module documentation).

    >>> [may_learn(s) for s in ("Advertisement", "Share this:", "© 2024 The Planet")]
    [True, True, True]
    >>> [may_learn(s) for s in ("He said.", "Read more below.", "“We will rebuild it.”")]
    [False, False, False]
    >>> may_learn("All rights reserved."), may_learn("She added:")
    (True, False)
    """
    cfg = config or _DEFAULT
    text = line.strip()
    if not cfg.min_chars <= len(text) <= cfg.max_chars:
        return False
    folded = text.casefold()
    sentence = _ends_sentence(text) or len(text.split()) >= cfg.prose_words
    if sentence and _CUES.search(folded) is None:
        return False
    if _LETTER.search(text) is None or _is_quote(text):
        return False
    return _REPORTING.search(folded) is None


def _story(lines: Sequence[Line], min_words: int) -> tuple[int, int]:
    """The indexes of the story's first and last prose paragraph, ``(-1, -1)`` if none.

    A prose paragraph is :func:`newsclean.text.is_prose`; one that names
    itself as furniture (a long disclaimer) does not bound the story, so
    removing it does not move the story's bounds: removal is idempotent.
    """

    def bounds(line: Line) -> bool:
        return is_prose(line.text, min_words) and not names_furniture(line.text)

    first = next((line.index for line in lines if bounds(line)), -1)
    if first < 0:
        return -1, -1
    last = next(line.index for line in reversed(lines) if line.index <= first or bounds(line))
    return first, last


def _candidates(
    lines: Sequence[Line], config: LearnConfig, keys: AbstractSet[int] | None = None
) -> Iterator[tuple[Line, int, str]]:
    """The lines that may be learned (or, with ``keys``, that are learned): line, key, text.

    One function serves counting and removal, so both judge lines alike.
    """
    first = next((line.index for line in lines if not line.blank), -1)
    story: tuple[int, int] | None = None
    low, high = config.min_chars, config.max_chars
    for line in lines:
        text = line.text.strip()
        if not low <= len(text) <= high or line.index == first:
            continue
        if not may_learn(text, config):
            continue
        key = line_key(text)
        if keys is not None and key not in keys:
            continue
        if config.story_needs_cue:
            if story is None:
                story = _story(lines, config.prose_words)
            if story[0] <= line.index <= story[1] and not names_furniture(text):
                continue
        yield line, key, text


# --------------------------------------------------------------------------- outlets

_WWW = regex.compile(r"^www\d{0,3}\.")


def host_of(value: str) -> str:
    """The outlet named by a ``site`` or ``url`` value: a host without ``www.``.

    A value with spaces is a site's name, kept case-folded.

    >>> host_of("https://www.Planet.example/world/a?id=2"), host_of("planet.example")
    ('planet.example', 'planet.example')
    >>> host_of("The  Daily Planet")
    'the daily planet'
    """
    text = value.strip()
    if not text:
        return ""
    if any(c.isspace() for c in text):
        return " ".join(text.casefold().split())
    try:
        host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    except ValueError:
        host = ""
    host = _WWW.sub("", host.rstrip("."))
    return host or text.casefold()


def outlet_of(doc: Document) -> str:
    """A document's outlet: the host of its ``site`` or else ``url`` attribute.

    Documents with neither share the outlet ``""``.

    >>> outlet_of(Document("x", attrs={"url": "https://www.planet.example/a"}))
    'planet.example'
    >>> outlet_of(Document("x"))
    ''
    """
    for name in OUTLET_ATTRS:
        value = doc.attrs.get(name)
        if isinstance(value, str) and value.strip():
            return host_of(value)
    return ""


# --------------------------------------------------------------------------- counting


class LineCounts:
    """Per outlet: how many documents, and in how many of them each line occurs.

    The state of the counting pass, built document by document with
    :meth:`add` and combined with :meth:`merge`, so counting maps over the
    parts of a corpus and reduces: the merge of the counts of two halves
    equals the counts of the whole. Lines are kept as 64-bit keys
    (:func:`line_key`); a line's text is kept, as the example shown in the
    model, only once it has occurred in two documents.

    >>> counts = LineCounts()
    >>> counts.add("Title\\n\\nAdvertisement\\n", "planet.example")
    >>> counts.add("Other title\\n\\nADVERTISEMENT\\n", "planet.example")
    >>> counts.documents["planet.example"], list(counts.lines("planet.example").values())
    (2, [2])
    """

    __slots__ = ("_counts", "_docs", "_examples", "_size", "config")

    def __init__(self, config: LearnConfig | None = None) -> None:
        self.config = config or _DEFAULT
        self._docs: dict[str, int] = {}
        self._counts: dict[str, dict[int, int]] = {}
        self._examples: dict[str, dict[int, str]] = {}
        self._size = 0

    def __repr__(self) -> str:
        return f"LineCounts(outlets={len(self._docs)}, lines={self._size})"

    def __len__(self) -> int:
        """How many (outlet, line) counts are held."""
        return self._size

    def __eq__(self, other: object) -> bool:
        """Equal documents and line counts (the example texts may differ)."""
        if not isinstance(other, LineCounts):
            return NotImplemented
        mine = {k: v for k, v in self._counts.items() if v}
        theirs = {k: v for k, v in other._counts.items() if v}
        return self._docs == other._docs and mine == theirs

    __hash__ = None  # type: ignore[assignment]

    @property
    def documents(self) -> Mapping[str, int]:
        """How many documents each outlet has."""
        return MappingProxyType(self._docs)

    def lines(self, outlet: str) -> Mapping[int, int]:
        """In how many of the outlet's documents each line key occurs."""
        return MappingProxyType(self._counts.get(outlet, {}))

    def add(self, doc: Document | str, outlet: str | None = None) -> None:
        """Count one document (its current text) for an outlet.

        Args:
            doc: a document, or a text.
            outlet: the outlet; by default :func:`outlet_of` the document
                (``""`` for a text).
        """
        if isinstance(doc, Document):
            text = doc.text
            if outlet is None:
                outlet = outlet_of(doc)
        else:
            text = doc
        outlet = outlet or ""
        self._docs[outlet] = self._docs.get(outlet, 0) + 1
        seen: dict[int, str] = {}
        for _, key, line in _candidates(split_lines(text), self.config):
            seen.setdefault(key, line)
        if not seen:
            return
        counts = self._counts.setdefault(outlet, {})
        examples = self._examples.setdefault(outlet, {})
        for key, line in seen.items():
            n = counts.get(key, 0) + 1
            counts[key] = n
            if n == 1:
                self._size += 1
            elif key not in examples:
                examples[key] = line
        if self._size > self.config.max_keys:
            self._prune()

    def copy(self) -> LineCounts:
        """An independent copy."""
        new = LineCounts(self.config)
        new._docs = dict(self._docs)
        new._counts = {k: dict(v) for k, v in self._counts.items()}
        new._examples = {k: dict(v) for k, v in self._examples.items()}
        new._size = self._size
        return new

    def _check(self, config: LearnConfig) -> None:
        for f in dataclasses.fields(LearnConfig):
            if f.name not in _THRESHOLDS and getattr(config, f.name) != getattr(
                self.config, f.name
            ):
                raise ValueError(
                    f"the counts were made with {f.name}={getattr(self.config, f.name)!r}, "
                    f"not {getattr(config, f.name)!r}"
                )

    def update(self, other: LineCounts) -> None:
        """Add another count's documents and lines to this one, in place."""
        self._check(other.config)
        for outlet, n in other._docs.items():
            self._docs[outlet] = self._docs.get(outlet, 0) + n
        for outlet, theirs in other._counts.items():
            counts = self._counts.setdefault(outlet, {})
            for key, n in theirs.items():
                old = counts.get(key, 0)
                if not old:
                    self._size += 1
                counts[key] = old + n
            their_examples = other._examples.get(outlet, {})
            if their_examples:
                examples = self._examples.setdefault(outlet, {})
                for key, line in their_examples.items():
                    examples.setdefault(key, line)
        if self._size > self.config.max_keys:
            self._prune()

    def merge(self, other: LineCounts) -> LineCounts:
        """The counts of both: a new object, the two stay as they were.

        Both must have been counted with the same settings (thresholds
        aside).
        """
        new = self.copy()
        new.update(other)
        return new

    def _prune(self) -> None:
        """Forget rare lines until at most half of ``max_keys`` are held.

        Lines at or above their outlet's share are kept: they are the ones
        that may be learned. A forgotten line loses counts, so pruning can
        only learn fewer lines.
        """
        target = self.config.max_keys // 2
        share = self.config.min_share
        floor = 1
        while self._size > target:
            higher: int | None = None  # the next count worth dropping at
            for outlet, counts in self._counts.items():
                bar = share * self._docs.get(outlet, 0)
                drop = []
                for key, n in counts.items():
                    if n < bar:
                        if n <= floor:
                            drop.append(key)
                        elif higher is None or n < higher:
                            higher = n
                examples = self._examples.get(outlet, {})
                for key in drop:
                    del counts[key]
                    examples.pop(key, None)
                self._size -= len(drop)
            if higher is None:
                break
            floor = higher

    def model(self, config: LearnConfig | None = None) -> BoilerplateModel:
        """The learned lines: those at or above both thresholds, per outlet.

        Args:
            config: other thresholds (``min_docs``, ``min_share``) to apply;
                its other settings must be those the counts were made with.
        """
        cfg = self.config if config is None else config
        self._check(cfg)
        lines: dict[str, list[LearnedLine]] = {}
        for outlet, docs in self._docs.items():
            bar = cfg.min_share * docs - 1e-9
            counts = self._counts.get(outlet, {})
            examples = self._examples.get(outlet, {})
            lines[outlet] = [
                LearnedLine(key, n, examples.get(key, ""))
                for key, n in counts.items()
                if n >= cfg.min_docs and n >= bar
            ]
        return BoilerplateModel(cfg, self._docs, lines)


def count_lines(
    docs: Iterable[Document],
    config: LearnConfig | None = None,
    *,
    group: Callable[[Document], str] | None = None,
) -> LineCounts:
    """Count the lines of some documents (the map step of learning).

    Args:
        docs: the documents.
        config: the learning settings.
        group: names a document's outlet; :func:`outlet_of` by default.

    >>> count_lines([Document("T\\n\\nAdvertisement\\n")]).documents[""]
    1
    """
    counts = LineCounts(config)
    name = group or outlet_of
    for doc in docs:
        counts.add(doc, name(doc))
    return counts


def learn(
    docs: Iterable[Document],
    config: LearnConfig | None = None,
    *,
    group: Callable[[Document], str] | None = None,
) -> BoilerplateModel:
    """Learn each outlet's boilerplate lines from a stream of documents.

    Args:
        docs: the documents (read once).
        config: the learning settings; :class:`LearnConfig` by default.
        group: names a document's outlet; :func:`outlet_of` by default.

    >>> docs = [Document(f"T{i}\\n\\nBody {i}.\\n\\nSubscribe now") for i in range(5)]
    >>> [line.text for line in learn(docs).lines("")]
    ['Subscribe now']
    """
    return count_lines(docs, config, group=group).model()


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """One learned line of an outlet.

    Attributes:
        key: the line's key (:func:`line_key`).
        documents: in how many of the outlet's documents it occurred.
        text: an example of the line as it was found (``""`` when counting
            never met it twice in one part of the corpus).
    """

    key: int
    documents: int
    text: str = ""


class BoilerplateModel:
    """The boilerplate lines learned per outlet; immutable once built.

    Saved as JSON that people can read and edit: per outlet the number of
    documents and the learned lines, each with its example text, in how
    many documents it occurred, its share and its key. A line added by hand
    needs only its ``text``.

    >>> model = BoilerplateModel(LearnConfig(), {"a.example": 10},
    ...                          {"a.example": [LearnedLine(line_key("Advertisement"), 9)]})
    >>> model.is_boilerplate("a.example", "ADVERTISEMENT")
    True
    >>> model.is_boilerplate("b.example", "Advertisement")
    False
    >>> BoilerplateModel.from_dict(model.to_dict()).to_dict() == model.to_dict()
    True
    """

    __slots__ = ("_config", "_documents", "_keys", "_lines")

    def __init__(
        self,
        config: LearnConfig,
        documents: Mapping[str, int],
        lines: Mapping[str, Iterable[LearnedLine]],
    ) -> None:
        self._config = config
        names = sorted(set(documents) | set(lines))
        self._documents: Mapping[str, int] = MappingProxyType(
            {name: int(documents.get(name, 0)) for name in names}
        )
        ordered = {
            name: tuple(sorted(lines.get(name, ()), key=lambda x: (-x.documents, x.text, x.key)))
            for name in names
        }
        self._lines: Mapping[str, tuple[LearnedLine, ...]] = MappingProxyType(ordered)
        self._keys: Mapping[str, frozenset[int]] = MappingProxyType(
            {name: frozenset(x.key for x in found) for name, found in ordered.items()}
        )

    def __repr__(self) -> str:
        return f"BoilerplateModel(outlets={len(self._documents)}, lines={len(self)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its parts (mapping proxies do not pickle), e.g. for Dask workers
        return (type(self), (self._config, dict(self._documents), dict(self._lines)))

    def __len__(self) -> int:
        """How many lines are learned, all outlets together."""
        return sum(len(found) for found in self._lines.values())

    @property
    def config(self) -> LearnConfig:
        """The settings the model was learned with (and is applied with)."""
        return self._config

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets seen, sorted."""
        return tuple(self._documents)

    def documents(self, outlet: str) -> int:
        """How many documents of the outlet were counted."""
        return self._documents.get(outlet, 0)

    def lines(self, outlet: str) -> tuple[LearnedLine, ...]:
        """The outlet's learned lines, most frequent first."""
        return self._lines.get(outlet, ())

    def keys(self, outlet: str) -> frozenset[int]:
        """The keys of the outlet's learned lines."""
        return self._keys.get(outlet, frozenset())

    def is_boilerplate(self, outlet: str, line: str) -> bool:
        """Whether the model marks this line for the outlet.

        The line's shape is judged again (:func:`may_learn`); its position
        (first line, inside the story) is judged by the cleaner, which sees
        the whole document.
        """
        keys = self._keys.get(outlet)
        return keys is not None and line_key(line) in keys and may_learn(line, self._config)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON-ready dict."""
        outlets: dict[str, Any] = {}
        for name, docs in self._documents.items():
            outlets[name] = {
                "documents": docs,
                "lines": [
                    {
                        "text": x.text,
                        "documents": x.documents,
                        "share": round(x.documents / docs, 4) if docs else 0.0,
                        "key": f"{x.key:016x}",
                    }
                    for x in self._lines[name]
                ],
            }
        return {
            "format": _FORMAT,
            "version": _VERSION,
            "config": dataclasses.asdict(self._config),
            "outlets": outlets,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BoilerplateModel:
        """Rebuild a model from :meth:`to_dict` output (or a hand-edited copy)."""
        if data.get("format") != _FORMAT:
            raise ValueError(f"not a newsclean boilerplate model (format {data.get('format')!r})")
        if data.get("version") != _VERSION:
            raise ValueError(f"unsupported boilerplate model version {data.get('version')!r}")
        names = {f.name for f in dataclasses.fields(LearnConfig)}
        config = LearnConfig(
            **{k: v for k, v in dict(data.get("config", {})).items() if k in names}
        )
        documents: dict[str, int] = {}
        lines: dict[str, list[LearnedLine]] = {}
        for outlet, entry in dict(data.get("outlets", {})).items():
            documents[outlet] = int(entry.get("documents", 0))
            found = lines[outlet] = []
            for row in entry.get("lines", []):
                text = str(row.get("text", ""))
                key = int(row["key"], 16) if row.get("key") else line_key(text)
                found.append(LearnedLine(key, int(row.get("documents", 0)), text))
        return cls(config, documents, lines)

    def to_json(self, indent: int | None = 2) -> str:
        """The model as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> BoilerplateModel:
        """Rebuild a model from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model as JSON, atomically: a temporary file, then a rename."""
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.to_json())
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> BoilerplateModel:
        """Read a model written by :meth:`save`.

        Raises:
            ValueError: the file is not a model (the message names the file).
        """
        try:
            return cls.from_json(Path(path).read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{os.fspath(path)}: not a newsclean boilerplate model ({exc}); "
                "expected the JSON written by 'newsclean learn'"
            ) from None


# --------------------------------------------------------------------------- the cleaner


@dataclass(frozen=True, slots=True)
class LearnedConfig:
    """Options of the learned-boilerplate cleaner.

    Attributes:
        model: the :class:`BoilerplateModel`, or the path of one saved with
            :meth:`BoilerplateModel.save`. ``None`` (the default) removes
            nothing.
        group: names a document's outlet; it must be the one the model was
            learned with. ``None`` (the default) uses :func:`outlet_of`.
    """

    model: BoilerplateModel | str | os.PathLike[str] | None = None
    group: Callable[[Document], str] | None = None


class LearnedBoilerplateCleaner(Cleaner):
    """Remove the lines a :class:`BoilerplateModel` learned for the document's outlet.

    Each removed line is a whole-line edit with rule ``learned`` and category
    ``boilerplate``; the white-space step folds the blank lines left.
    """

    name: ClassVar[str] = "learned"
    Config: ClassVar[type[LearnedConfig]] = LearnedConfig
    config: LearnedConfig

    def __init__(self, config: LearnedConfig | None = None, **overrides: Any) -> None:
        super().__init__(config, **overrides)
        model = self.config.model
        self.model: BoilerplateModel | None = (
            BoilerplateModel.load(model) if isinstance(model, (str, os.PathLike)) else model
        )

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        model = self.model
        if model is None:
            return []
        outlet = (self.config.group or outlet_of)(doc)
        keys = model.keys(outlet)
        if not keys:
            return []
        return [
            line_change(line, RULE, CATEGORY)
            for line, _, _ in _candidates(split_lines(text), model.config, keys)
        ]
