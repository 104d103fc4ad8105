"""Embedded tweets flattened into the text. (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["TweetCleaner", "TweetConfig"]


@dataclass(frozen=True, slots=True)
class TweetConfig:
    """Options of the tweets cleaner."""


class TweetCleaner(Cleaner):
    """Embedded tweets flattened into the text."""

    name: ClassVar[str] = "tweets"
    Config: ClassVar[type[TweetConfig]] = TweetConfig
    config: TweetConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return []
