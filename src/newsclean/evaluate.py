"""Scoring cleaned text against gold cleaned text, token by token.

A source token (a word, or a symbol such as an emoji) is *content* where the
gold keeps it and *noise* where the gold drops it; it is *kept* where the
output keeps it. Which tokens a text keeps is read off the longest common
subsequence of the token lists.

* ``content kept = content tokens kept / content tokens`` (story not lost);
* ``noise removed = noise tokens not kept / noise tokens`` (junk gone);
* ``exact``: the output equals the gold up to blank lines and edge spaces.

A gold folder may hold ``NAME.ambiguous.txt`` next to ``NAME.txt``: one
span of the source a line whose tokens are left out of both counts.

>>> s = score("By Ann\\n\\nThe story.", "The story.\\n", "The story.\\n")
>>> s.content_kept, s.content, s.noise_removed, s.noise, s.exact
(2, 2, 2, 2, True)
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import regex

__all__ = ["Score", "Summary", "load_gold", "same_text", "score", "summarise", "tokens"]

_TOKEN = regex.compile(r"\w+|\p{So}")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def tokens(text: str) -> list[str]:
    """The tokens of a text: NFKC-casefolded words and symbols.

    >>> tokens("Xi’s “peace” 🇷🇺 plan!")
    ['xi', 's', 'peace', '🇷', '🇺', 'plan']
    """
    return _TOKEN.findall(_fold(text))


def _matched(a: list[str], b: list[str]) -> list[bool]:
    hit = [False] * len(a)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for i, _j, n in matcher.get_matching_blocks():
        for k in range(i, i + n):
            hit[k] = True
    return hit


def _ignored(src: str, spans: Iterable[str]) -> list[bool]:
    ranges = []
    for span in spans:
        at = src.find(span)
        while at >= 0:
            ranges.append((at, at + len(span)))
            at = src.find(span, at + 1)
    return [any(a <= m.start() < b for a, b in ranges) for m in _TOKEN.finditer(src)]


def same_text(a: str, b: str) -> bool:
    """Whether two texts are equal up to blank lines, spaces and line endings.

    >>> same_text("a  b\\n\\n\\nc", " a b\\n\\nc\\n")
    True
    """
    return _norm(a) == _norm(b)


def _norm(text: str) -> str:
    out: list[str] = []
    blank = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class Score:
    """The counts for one document."""

    content: int
    content_kept: int
    noise: int
    noise_removed: int
    exact: bool

    @property
    def content_kept_ratio(self) -> float:
        """Share of content tokens kept (1.0 where there is no content)."""
        return self.content_kept / self.content if self.content else 1.0

    @property
    def noise_removed_ratio(self) -> float:
        """Share of noise tokens removed (1.0 where there is no noise)."""
        return self.noise_removed / self.noise if self.noise else 1.0

    def to_dict(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict."""
        return asdict(self)


def score(source: str, gold: str, output: str, ambiguous: Iterable[str] = ()) -> Score:
    """Score one cleaned output against its gold, given the source it came from."""
    src = tokens(source)
    skip = _ignored(_fold(source), [_fold(a) for a in ambiguous])
    content = _matched(src, tokens(gold))
    kept = _matched(src, tokens(output))
    rows = [(c, k) for c, k, x in zip(content, kept, skip, strict=True) if not x]
    n_content = sum(1 for c, _ in rows if c)
    return Score(
        content=n_content,
        content_kept=sum(1 for c, k in rows if c and k),
        noise=len(rows) - n_content,
        noise_removed=sum(1 for c, k in rows if not c and not k),
        exact=same_text(output, gold),
    )


@dataclass(frozen=True, slots=True)
class Summary:
    """Totals over many documents."""

    docs: int
    exact: int
    content_kept: float
    noise_removed: float
    worst_content_kept: float

    def to_dict(self) -> dict[str, Any]:
        """The totals as a JSON-ready dict."""
        return asdict(self)


def summarise(scores: Iterable[Score]) -> Summary:
    """Totals over documents: token ratios are pooled over all documents.

    >>> summarise([Score(10, 9, 4, 4, False), Score(10, 10, 0, 0, True)])
    Summary(docs=2, exact=1, content_kept=0.95, noise_removed=1.0, worst_content_kept=0.9)
    """
    rows = list(scores)
    content = sum(s.content for s in rows)
    noise = sum(s.noise for s in rows)
    return Summary(
        docs=len(rows),
        exact=sum(s.exact for s in rows),
        content_kept=sum(s.content_kept for s in rows) / content if content else 1.0,
        noise_removed=sum(s.noise_removed for s in rows) / noise if noise else 1.0,
        worst_content_kept=min((s.content_kept_ratio for s in rows if s.content), default=1.0),
    )


def load_gold(gold_dir: Path, path: str) -> tuple[str, list[str]] | None:
    """The gold text for a document path, and its ambiguous spans; None if absent."""
    gold = gold_dir / path
    if not gold.is_file():
        gold = gold_dir / Path(path).name
        if not gold.is_file():
            return None
    amb = gold.with_name(gold.name.removesuffix(".txt") + ".ambiguous.txt")
    spans = (
        [line for line in amb.read_text(encoding="utf-8").split("\n") if line.strip()]
        if amb.is_file()
        else []
    )
    return gold.read_text(encoding="utf-8"), spans
