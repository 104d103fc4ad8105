"""Documents, their metadata and their edit log.

A :class:`Document` holds the original text of one article, the text as the
cleaners have left it so far, the metadata they extracted, and an **edit log**:
one :class:`Edit` for every change, naming the step and rule that made it, its
category, the text removed and the text put in its place, and where it was in
the *original* text (character offsets and line numbers).

Cleaners never assign ``doc.text`` themselves: they hand a list of
:class:`Change` objects (spans of the current text) to :meth:`Document.apply`,
which records them and keeps the map from current to original offsets.
:func:`undo` walks the log backwards and returns the original text, so every
change can be seen and reverted.

>>> doc = Document("Hello  world!")
>>> doc.apply("demo", [Change(5, 7, " ", rule="spaces", category="whitespace")])
1
>>> doc.text
'Hello world!'
>>> doc.edits[0].removed, doc.edits[0].start, doc.edits[0].end
('  ', 5, 7)
>>> undo(doc)
'Hello  world!'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = [
    "CATEGORIES",
    "Change",
    "Document",
    "Edit",
    "Metadata",
    "Tweet",
    "undo",
]

#: The categories an edit may carry. Cleaners may use others; these are the
#: ones the built-in cleaners use and the reports group by.
CATEGORIES = (
    "boilerplate",
    "tweet",
    "byline",
    "credit",
    "caption",
    "embed",
    "emoji",
    "encoding",
    "markup",
    "whitespace",
    "paragraph",
    "pullquote",
)


class Change(NamedTuple):
    """A change a cleaner asks for: replace ``text[start:end]`` by ``replacement``.

    Offsets are in the document's *current* text, the text the cleaner was
    given. ``rule`` names the rule that matched and ``category`` says what kind
    of noise (or repair) it is.
    """

    start: int
    end: int
    replacement: str = ""
    rule: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class Edit:
    """One recorded change.

    Attributes:
        step: name of the pipeline step (cleaner) that made the change.
        rule: the rule inside that cleaner.
        category: ``boilerplate``, ``tweet``, ``byline``, ``credit``, ``caption``,
            ``embed``, ``emoji``, ``encoding``, ``markup``, ``whitespace``, ...
        removed: the text taken out.
        replacement: the text put in its place (often empty).
        start: offset in the **original** text where the removed text began.
        end: offset in the original text where it ended.
        line: 1-based line number of ``start`` in the original text.
        end_line: 1-based line number of the last character before ``end``.
        at: offset in the text *as it was when this edit was applied*; the
            log replayed backwards with it restores the original exactly.
        whole_lines: the edit took out whole lines of that text (it began at
            a line start and ended at a line end).
    """

    step: str
    rule: str
    category: str
    removed: str
    replacement: str
    start: int
    end: int
    line: int
    end_line: int
    at: int
    whole_lines: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The edit as a JSON-ready dict."""
        return {
            "step": self.step,
            "rule": self.rule,
            "category": self.category,
            "removed": self.removed,
            "replacement": self.replacement,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "end_line": self.end_line,
            "at": self.at,
            "whole_lines": self.whole_lines,
        }

    def __reduce__(self) -> tuple[type[Edit], tuple[Any, ...]]:
        # rebuilt through __init__: several times faster to unpickle than the
        # field-by-field state a frozen dataclass gets by default, which
        # matters when worker processes send their edit logs back
        return (
            type(self),
            (
                self.step,
                self.rule,
                self.category,
                self.removed,
                self.replacement,
                self.start,
                self.end,
                self.line,
                self.end_line,
                self.at,
                self.whole_lines,
            ),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edit:
        """Rebuild an edit from :meth:`to_dict` output."""
        return cls(**{name: data[name] for name in cls.__slots__ if name in data})


@dataclass
class Tweet:
    """An embedded tweet found in (and removed from) an article.

    >>> Tweet(handle="nasa", name="NASA", date="2023-03-20").to_dict()
    {'handle': 'nasa', 'name': 'NASA', 'date': '2023-03-20'}
    """

    handle: str = ""
    name: str = ""
    date: str = ""
    links: list[str] = field(default_factory=list)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The non-empty fields as a JSON-ready dict."""
        out: dict[str, Any] = {}
        for key in ("handle", "name", "date", "links", "text"):
            value = getattr(self, key)
            if value:
                out[key] = list(value) if isinstance(value, list) else value
        return out


@dataclass
class Metadata:
    """What the cleaners learned about an article from the noise they removed.

    Every field is optional; :meth:`to_dict` leaves out the empty ones. Dates
    are ISO ``YYYY-MM-DD`` strings.
    """

    title: str = ""
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    publisher: str = ""
    date: str = ""
    original_source: str = ""
    tags: list[str] = field(default_factory=list)
    tweets: list[Tweet] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    def add(self, key: str, *values: str) -> None:
        """Append values to a list field, skipping empty and repeated ones.

        >>> m = Metadata()
        >>> m.add("authors", "Ann Lee", "", "Ann Lee", "Bo Chen")
        >>> m.authors
        ['Ann Lee', 'Bo Chen']
        """
        target: list[str] = getattr(self, key)
        for value in values:
            value = value.strip()
            if value and value not in target:
                target.append(value)

    def set_default(self, key: str, value: str) -> None:
        """Set a text field unless it already has a value."""
        value = value.strip()
        if value and not getattr(self, key):
            setattr(self, key, value)

    def to_dict(self) -> dict[str, Any]:
        """The non-empty fields as a JSON-ready dict."""
        out: dict[str, Any] = {}
        for key in ("title", "authors", "contributors", "publisher", "date", "original_source"):
            value = getattr(self, key)
            if value:
                out[key] = list(value) if isinstance(value, list) else value
        if self.tags:
            out["tags"] = list(self.tags)
        if self.tweets:
            out["tweets"] = [t.to_dict() for t in self.tweets]
        if self.extras:
            out["extras"] = dict(self.extras)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadata:
        """Rebuild metadata from :meth:`to_dict` output."""
        meta = cls()
        for key in ("title", "publisher", "date", "original_source"):
            setattr(meta, key, str(data.get(key, "")))
        for key in ("authors", "contributors", "tags"):
            setattr(meta, key, [str(v) for v in data.get(key, [])])
        meta.tweets = [Tweet(**t) for t in data.get("tweets", [])]
        meta.extras = dict(data.get("extras", {}))
        return meta


class _OffsetMap:
    """Maps offsets of the current text back to offsets of the original.

    The current text is a list of segments. A *copied* segment is a run of
    the original, unchanged (offsets shift by a constant); any other segment
    is replacement text standing for a span of the original.
    """

    __slots__ = ("copied", "cur", "cur_len", "orig", "orig_len")

    def __init__(self, length: int) -> None:
        self.cur = [0]
        self.cur_len = [length]
        self.orig = [0]
        self.orig_len = [length]
        self.copied = [True]

    def spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Original spans of sorted, non-overlapping current spans, in one sweep.

        A span that starts inside copied text maps to the same place in the
        original; one that starts inside replacement text maps to the start
        of what that replacement stands for, and one that ends inside it to
        its end. Each look-up starts from the segment of the last span's start.

        >>> m = _OffsetMap(10)
        >>> m.rebuild([(2, 4, 2, 4, 0)], 8)  # "ab" + "cd" removed + the rest
        >>> m.spans([(0, 1), (2, 2), (2, 5)])
        [(0, 1), (4, 4), (4, 7)]
        """
        cur, orig, orig_len, copied = self.cur, self.orig, self.orig_len, self.copied
        right = bisect.bisect_right
        out = []
        k = 0  # cur[k] <= every position still to come
        for a, b in spans:
            k = right(cur, a, k) - 1
            o_a = orig[k] + min(a - cur[k], orig_len[k]) if copied[k] else orig[k]
            if b <= a:
                out.append((o_a, o_a))
                continue
            j = right(cur, b - 1, k) - 1
            if copied[j]:
                out.append((o_a, orig[j] + min(b - cur[j], orig_len[j])))
            else:
                out.append((o_a, orig[j] + orig_len[j]))
        return out

    def rebuild(self, rows: list[tuple[int, int, int, int, int]], total: int) -> None:
        """Apply sorted changes ``(cur_start, cur_end, orig_start, orig_end, new_len)``.

        The segments no change touches are copied in bulk (their current
        offsets shifted); only the segments a change cuts are split.
        """
        old_cur, old_len, old_orig, old_olen, old_copied = (
            self.cur,
            self.cur_len,
            self.orig,
            self.orig_len,
            self.copied,
        )
        cur: list[int] = []
        cur_len: list[int] = []
        orig: list[int] = []
        orig_len: list[int] = []
        copied: list[bool] = []
        segments = len(old_cur)
        low = 0  # old_cur[low] <= every position still to come

        def part(k: int, a: int, b: int, shift: int) -> None:
            # the piece [a, b) of old segment k, which it only partly covers
            seg_a = old_cur[k]
            cur.append(a + shift)
            cur_len.append(b - a)
            if old_copied[k]:
                orig.append(old_orig[k] + (a - seg_a))
                orig_len.append(b - a)
                copied.append(True)
            else:
                orig.append(old_orig[k])
                orig_len.append(old_olen[k])
                copied.append(False)

        def keep(a: int, b: int, shift: int) -> None:
            # copy what the old segments hold of [a, b), shifted by ``shift``
            if a >= b:
                return
            nonlocal low
            first = bisect.bisect_right(old_cur, a, low) - 1
            low = first
            last = bisect.bisect_left(old_cur, b, first)  # segments from here start at b or later
            k = first
            if k < last and old_cur[k] < a:  # a segment cut at a
                part(k, a, min(old_cur[k] + old_len[k], b), shift)
                k += 1
            # the segments are contiguous: of those that start before b, only
            # the last one can reach past it
            whole = last
            if whole > k and old_cur[whole - 1] + old_len[whole - 1] > b:
                whole -= 1
            if whole > k:
                cur.extend([c + shift for c in old_cur[k:whole]])
                cur_len.extend(old_len[k:whole])
                orig.extend(old_orig[k:whole])
                orig_len.extend(old_olen[k:whole])
                copied.extend(old_copied[k:whole])
            if whole < last:  # a segment cut at b
                part(whole, old_cur[whole], b, shift)

        shift = 0
        done = 0
        for c_start, c_end, o_start, o_end, new_len in rows:
            keep(done, c_start, shift)
            if new_len > 0:
                cur.append(c_start + shift)
                cur_len.append(new_len)
                orig.append(o_start)
                orig_len.append(o_end - o_start)
                copied.append(False)
            shift += new_len - (c_end - c_start)
            done = c_end
        end = old_cur[-1] + old_len[-1] if segments else 0
        keep(done, max(end, done), shift)
        if not cur:  # everything was removed
            cur, cur_len, orig, orig_len, copied = [0], [total], [0], [0], [False]
        self.cur, self.cur_len, self.orig, self.orig_len, self.copied = (
            cur,
            cur_len,
            orig,
            orig_len,
            copied,
        )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


class Document:
    """One article: original text, current text, metadata and edit log.

    Args:
        text: the article as scraped.
        path: where it came from (a bundle member's path, a file name).
        attrs: attributes that travel with it (a bundle member's attributes,
            the other fields of a JSONL record).

    >>> doc = Document("Title\\n\\nBody.", path="a.txt")
    >>> doc.path, doc.text == doc.original, doc.changed
    ('a.txt', True, False)
    """

    __slots__ = (
        "_lines",
        "_map",
        "attrs",
        "edits",
        "errors",
        "metadata",
        "original",
        "path",
        "text",
    )

    def __init__(
        self,
        text: str,
        path: str = "",
        attrs: Mapping[str, Any] | None = None,
        metadata: Metadata | None = None,
    ) -> None:
        self.original = text
        self.text = text
        self.path = path
        self.attrs: dict[str, Any] = dict(attrs or {})
        self.metadata = metadata if metadata is not None else Metadata()
        self.edits: list[Edit] = []
        self.errors: list[str] = []
        self._map: _OffsetMap | None = None
        self._lines: list[int] | None = None

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, chars={len(self.text)}, edits={len(self.edits)})"

    def __getstate__(self) -> tuple[Any, ...]:
        # the line-start cache is left behind: it is rebuilt on demand, and
        # worker processes send documents back by pickling them
        return (
            self.original,
            self.text,
            self.path,
            self.attrs,
            self.metadata,
            self.edits,
            self.errors,
            self._map,
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        (
            self.original,
            self.text,
            self.path,
            self.attrs,
            self.metadata,
            self.edits,
            self.errors,
            self._map,
        ) = state
        self._lines = None

    @property
    def changed(self) -> bool:
        """Whether any cleaner changed the text."""
        return bool(self.edits)

    def line_of(self, offset: int) -> int:
        """1-based line number of an offset in the original text."""
        if self._lines is None:
            self._lines = _line_starts(self.original)
        return bisect.bisect_right(self._lines, offset)

    def apply(self, step: str, changes: Iterable[Change]) -> int:
        """Apply non-overlapping changes to the current text and log them.

        Changes may come in any order; overlapping ones are an error (a
        cleaner bug), empty no-op changes are skipped. Returns the number of
        edits recorded.
        """
        ordered = sorted(
            (c for c in changes if c.end > c.start or c.replacement),
            key=lambda c: (c.start, c.end),
        )
        text = self.text
        ordered = [c for c in ordered if text[c.start : c.end] != c.replacement]
        if not ordered:
            return 0
        if self._map is None:
            self._map = _OffsetMap(len(self.original))
        mapping = self._map
        size = len(text)
        last = 0
        for change in ordered:
            if change.start < last or change.end > size or change.end < change.start:
                raise ValueError(
                    f"step {step!r} asked for overlapping or out-of-range changes"
                    f" at {change.start}:{change.end}"
                )
            last = change.end
        if self._lines is None:
            self._lines = _line_starts(self.original)
        starts = self._lines
        right = bisect.bisect_right
        low = 0  # starts[low] <= every original offset still to come
        edits = self.edits
        pieces: list[str] = []
        rows: list[tuple[int, int, int, int, int]] = []
        last = 0
        shift = 0
        spans = mapping.spans([(c.start, c.end) for c in ordered])
        for change, (o_start, o_end) in zip(ordered, spans, strict=True):
            start, end, new = change.start, change.end, change.replacement
            line = right(starts, o_start, low)
            low = line - 1
            edits.append(
                Edit(
                    step,
                    change.rule,
                    change.category,
                    text[start:end],
                    new,
                    o_start,
                    o_end,
                    line,
                    right(starts, o_end - 1, low) if o_end - 1 > o_start else line,
                    start + shift,
                    (start == 0 or text[start - 1] == "\n")
                    and (end == size or text[end - 1] == "\n" or text[end] == "\n"),
                )
            )
            rows.append((start, end, o_start, o_end, len(new)))
            pieces.append(text[last:start])
            pieces.append(new)
            shift += len(new) - (end - start)
            last = end
        pieces.append(text[last:])
        self.text = "".join(pieces)
        mapping.rebuild(rows, len(self.text))
        return len(rows)

    def edits_by(self, category: str) -> Iterator[Edit]:
        """The edits of one category, in the order they were made."""
        return (e for e in self.edits if e.category == category)

    def to_dict(self, *, edits: bool = True) -> dict[str, Any]:
        """The document as a JSON-ready record: path, text, metadata, attributes, edits."""
        out: dict[str, Any] = {"path": self.path, "text": self.text}
        out.update({k: v for k, v in self.attrs.items() if k not in ("path", "text")})
        out["metadata"] = self.metadata.to_dict()
        if edits:
            out["edits"] = [e.to_dict() for e in self.edits]
        if self.errors:
            out["errors"] = list(self.errors)
        return out


def undo(doc: Document) -> str:
    """Replay the edit log backwards and return the original text.

    >>> d = Document("a  b")
    >>> _ = d.apply("ws", [Change(1, 3, " ", "spaces", "whitespace")])
    >>> undo(d)
    'a  b'
    """
    text = doc.text
    for edit in reversed(doc.edits):
        text = text[: edit.at] + edit.removed + text[edit.at + len(edit.replacement) :]
    return text
