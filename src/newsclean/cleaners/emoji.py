"""Remove broken emoji: placeholders, lost-emoji question marks, orphans.

Scrapers lose emoji in typical ways. An emoji image becomes a *placeholder*
glyph, often repeated (``📷📷📷``); an emoji the page's encoding could not hold
becomes ``?`` (``John ?? (@john)``) or U+FFFD; and the parts of emoji
sequences are left alone without the emoji they belong to: zero-width
joiners, variation selectors, skin-tone modifiers, half of a flag's pair of
regional indicators. This cleaner removes those and keeps real emoji, real
question marks and real symbols. With ``remove_all=True`` it removes every
emoji as well.

>>> from newsclean.document import Document
>>> doc = Document("\U0001f4f7\U0001f4f7\U0001f4f7 Big day \U0001f389 in Kyiv \U0001f1fa\U0001f1e6")
>>> EmojiCleaner()(doc)
>>> doc.text
' Big day 🎉 in Kyiv 🇺🇦'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["EmojiCleaner", "EmojiConfig", "find_broken_emoji", "strip_broken_emoji"]

#: Glyphs scrapers put where an emoji image (or any image) was.
PLACEHOLDERS = frozenset("\U0001f4f7\U0001f5bc\u25a1\u25af\ufffc")

_PICT = r"\p{Extended_Pictographic}"
_EMOJI_SEQ = (
    r"(?:\p{Regional_Indicator}{2}"
    r"|[0-9#*]\ufe0f?\u20e3"
    rf"|(?:\p{{Emoji_Presentation}}|{_PICT}\ufe0f)[\ufe0f\p{{Emoji_Modifier}}]?"
    rf"(?:\u200d{_PICT}[\ufe0f\p{{Emoji_Modifier}}]?)*"
    r"[\U000e0020-\U000e007f]*)"
)


@dataclass(frozen=True, slots=True)
class EmojiConfig:
    """Options of the broken-emoji cleaner.

    Attributes:
        placeholders: glyphs that stand for a lost image or emoji.
        min_run: how many placeholder glyphs in a row (spaces between them
            allowed) make a run that is removed; a single one may be a real
            emoji and is kept unless this is 1.
        question_runs: remove runs of two or more ``?`` that stand for lost
            emoji in names and handles (a run of its own, before a
            ``(@handle)`` or at the start of a line before a word).
        orphans: remove zero-width joiners, variation selectors, skin-tone
            modifiers and regional indicators left without their emoji.
        remove_all: remove every emoji too, not only broken ones.
    """

    placeholders: frozenset[str] = PLACEHOLDERS
    min_run: int = 2
    question_runs: bool = True
    orphans: bool = True
    remove_all: bool = False


@functools.lru_cache(maxsize=32)
def _build(config: EmojiConfig) -> regex.Pattern[str]:
    ph = "".join(regex.escape(c) for c in sorted(config.placeholders))
    alts = [r"(?P<fffd>\ufffd+)"]
    if ph:
        run = max(config.min_run, 1)
        alts.append(rf"(?P<placeholder>[{ph}]\ufe0f?(?:[ \u00a0]?[{ph}]\ufe0f?){{{run - 1},}})")
    if config.question_runs:
        # a run of ?s as a token of its own: at a line start before a word,
        # or anywhere right before an @handle in parentheses or a signature dash
        alts.append(
            r"(?P<question>(?:(?<=^|\n)\?{2,}[ \u00a0]*(?=[\p{L}\p{N}@\"“])"
            r"|(?<=[\p{L}\p{N}][ \u00a0])\?{2,}(?=[ \u00a0]*\(@)"
            r"|(?<=\(@?)\?{2,}(?=\))))"
        )
    if config.orphans:
        alts.append(
            r"(?P<orphan>\p{Regional_Indicator}(?!\p{Regional_Indicator})"
            r"|(?<![\p{Emoji_Modifier_Base}])\p{Emoji_Modifier}"
            r"|(?<![\p{L}\p{M}\p{N}])\u200d+"
            r"|(?<=^|[\s\p{L}--\p{Extended_Pictographic}])[\ufe0e\ufe0f]+)"
        )
    if config.remove_all:
        alts.append(rf"(?P<emoji>{_EMOJI_SEQ})")
    else:
        # a real emoji sequence is matched (and kept) so that its parts are
        # not taken for orphans
        alts.append(rf"(?P<keep>{_EMOJI_SEQ})")
    return regex.compile("|".join(alts), regex.V1 | regex.MULTILINE)


@functools.lru_cache(maxsize=32)
def _triggers(config: EmojiConfig) -> tuple[re.Pattern[str], bool]:
    """One character every removal needs (but ``??`` and ``remove_all``),
    and whether all of them are non-ASCII (so an ASCII text needs nothing).

    In the standard library's engine a single character class is scanned
    several times faster than the full pattern, and nearly every text has
    none of these characters.
    """
    placeholders = "".join(re.escape(c) for c in sorted(config.placeholders))
    orphans = "\u200d\ufe0e\ufe0f\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff"
    pattern = re.compile(f"[\ufffd{placeholders}{orphans if config.orphans else ''}]")
    return pattern, not any(c.isascii() for c in config.placeholders)


def find_broken_emoji(text: str, config: EmojiConfig | None = None) -> list[Change]:
    """The changes that remove broken emoji from ``text``.

    >>> [c.rule for c in find_broken_emoji("Ann ?? (@ann) \\ufe0fok \U0001f1fa")]
    ['question-run', 'orphan', 'orphan']
    """
    config = config or EmojiConfig()
    if not config.remove_all and not (config.question_runs and "??" in text):
        triggers, none_ascii = _triggers(config)
        if (none_ascii and text.isascii()) or triggers.search(text) is None:
            return []
    pattern = _build(config)
    changes = []
    for m in pattern.finditer(text):
        kind = m.lastgroup
        if kind == "keep":
            continue
        rule = {
            "fffd": "replacement-character",
            "placeholder": "placeholder-run",
            "question": "question-run",
            "emoji": "emoji",
            "orphan": "orphan",
        }[kind or "orphan"]
        new = ""
        if rule in ("placeholder-run", "emoji") and _glued(text, m.start(), m.end()):
            new = " "  # an emoji between two words stood for a space-like break
        changes.append(Change(m.start(), m.end(), new, rule, "emoji"))
    return changes


def _glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits directly between two word characters."""
    return start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()


def strip_broken_emoji(text: str, config: EmojiConfig | None = None) -> str:
    """``text`` without its broken emoji (a convenience for metadata fields).

    >>> strip_broken_emoji("AZ \U0001f4f7\U0001f4f7\U0001f4f7")
    'AZ '
    """
    out = []
    last = 0
    for change in find_broken_emoji(text, config):
        out.append(text[last : change.start])
        last = change.end
    out.append(text[last:])
    return "".join(out)


class EmojiCleaner(Cleaner):
    """Remove placeholder emoji runs, lost-emoji ``?`` runs, U+FFFD and orphans."""

    name: ClassVar[str] = "emoji"
    Config: ClassVar[type[EmojiConfig]] = EmojiConfig
    config: EmojiConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return find_broken_emoji(text, self.config)
