"""Per-step counters that merge across documents and processes.

Every pipeline keeps a :class:`Report`. For each step it counts the documents
seen and changed, the edits, and the lines and characters removed by category,
and the time spent. Reports from worker processes (or cluster tasks) merge
with :meth:`Report.merge`; :meth:`Report.to_json` writes the JSON report.

>>> r = Report()
>>> r.step("emoji").count_edit("emoji", removed="📷📷", replacement="")
>>> r.step("boilerplate").count_edit("boilerplate", "Related posts", "", whole_lines=True)
>>> r.merge(r.copy()).steps["emoji"].chars_removed["emoji"]
4
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Report", "StepStats"]


@dataclass
class StepStats:
    """Counters of one pipeline step."""

    documents: int = 0
    changed: int = 0
    edits: int = 0
    errors: int = 0
    seconds: float = 0.0
    lines_removed: Counter[str] = field(default_factory=Counter)
    chars_removed: Counter[str] = field(default_factory=Counter)

    def count_edit(
        self, category: str, removed: str, replacement: str, *, whole_lines: bool = False
    ) -> None:
        """Count one edit; ``whole_lines`` says it took out whole lines."""
        self.edits += 1
        gone = len(removed) - len(replacement)
        if gone > 0:
            self.chars_removed[category] += gone
        if whole_lines and removed.strip() and not replacement.strip():
            self.lines_removed[category] += removed.rstrip("\n").count("\n") + 1

    def merge(self, other: StepStats) -> None:
        """Add another step's counters to these."""
        self.documents += other.documents
        self.changed += other.changed
        self.edits += other.edits
        self.errors += other.errors
        self.seconds += other.seconds
        self.lines_removed.update(other.lines_removed)
        self.chars_removed.update(other.chars_removed)

    def to_dict(self) -> dict[str, Any]:
        """The counters as a JSON-ready dict."""
        return {
            "documents": self.documents,
            "changed": self.changed,
            "edits": self.edits,
            "errors": self.errors,
            "seconds": round(self.seconds, 6),
            "lines_removed": dict(sorted(self.lines_removed.items())),
            "chars_removed": dict(sorted(self.chars_removed.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepStats:
        """Rebuild counters from :meth:`to_dict` output."""
        return cls(
            documents=data.get("documents", 0),
            changed=data.get("changed", 0),
            edits=data.get("edits", 0),
            errors=data.get("errors", 0),
            seconds=data.get("seconds", 0.0),
            lines_removed=Counter(data.get("lines_removed", {})),
            chars_removed=Counter(data.get("chars_removed", {})),
        )


@dataclass
class Report:
    """Counters of a whole run: per step, plus totals and errors."""

    documents: int = 0
    chars_in: int = 0
    chars_out: int = 0
    steps: dict[str, StepStats] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)

    def step(self, name: str) -> StepStats:
        """The counters of step ``name``, created on first use."""
        stats = self.steps.get(name)
        if stats is None:
            stats = self.steps[name] = StepStats()
        return stats

    def copy(self) -> Report:
        """A deep copy."""
        return copy.deepcopy(self)

    def merge(self, other: Report) -> Report:
        """Add another report's counters to this one; returns ``self``."""
        self.documents += other.documents
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        for name, stats in other.steps.items():
            self.step(name).merge(stats)
        self.errors.extend(other.errors)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        removed: Counter[str] = Counter()
        for stats in self.steps.values():
            removed.update(stats.chars_removed)
        return {
            "documents": self.documents,
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "chars_removed_by_category": dict(sorted(removed.items())),
            "steps": {name: stats.to_dict() for name, stats in self.steps.items()},
            "errors": list(self.errors),
        }

    def to_json(self) -> str:
        """The report as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_dict` output."""
        return cls(
            documents=data.get("documents", 0),
            chars_in=data.get("chars_in", 0),
            chars_out=data.get("chars_out", 0),
            steps={k: StepStats.from_dict(v) for k, v in data.get("steps", {}).items()},
            errors=list(data.get("errors", [])),
        )
