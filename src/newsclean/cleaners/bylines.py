"""Bylines, datelines, source lines and author bios. (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["BylineCleaner", "BylineConfig"]


@dataclass(frozen=True, slots=True)
class BylineConfig:
    """Options of the bylines cleaner."""


class BylineCleaner(Cleaner):
    """Bylines, datelines, source lines and author bios."""

    name: ClassVar[str] = "bylines"
    Config: ClassVar[type[BylineConfig]] = BylineConfig
    config: BylineConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return []
