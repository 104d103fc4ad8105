"""Video and audio player residue. (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["EmbedCleaner", "EmbedConfig"]


@dataclass(frozen=True, slots=True)
class EmbedConfig:
    """Options of the embeds cleaner."""


class EmbedCleaner(Cleaner):
    """Video and audio player residue."""

    name: ClassVar[str] = "embeds"
    Config: ClassVar[type[EmbedConfig]] = EmbedConfig
    config: EmbedConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return []
