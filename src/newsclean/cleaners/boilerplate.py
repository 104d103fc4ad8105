"""Repost and site furniture. (placeholder: being written)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["BoilerplateCleaner", "BoilerplateConfig"]


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Options of the boilerplate cleaner."""


class BoilerplateCleaner(Cleaner):
    """Repost and site furniture."""

    name: ClassVar[str] = "boilerplate"
    Config: ClassVar[type[BoilerplateConfig]] = BoilerplateConfig
    config: BoilerplateConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        return []
