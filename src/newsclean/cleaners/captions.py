"""Photo captions and image credits. (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["CaptionCleaner", "CaptionConfig"]


@dataclass(frozen=True, slots=True)
class CaptionConfig:
    """Options of the captions cleaner."""


class CaptionCleaner(Cleaner):
    """Photo captions and image credits."""

    name: ClassVar[str] = "captions"
    Config: ClassVar[type[CaptionConfig]] = CaptionConfig
    config: CaptionConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return []
