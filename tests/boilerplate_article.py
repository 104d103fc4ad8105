"""An article with furniture around three prose paragraphs, and what the
boilerplate cleaner made of it: shared by the boilerplate tests."""

from __future__ import annotations

from newsclean import Document
from newsclean.cleaners.boilerplate import BoilerplateCleaner, BoilerplateConfig

LEAD = (
    "Residents of the small town voted on Tuesday to spend $9.2 million buying out and tearing "
    "down about 60 homes that have flooded twice in less than a year, officials said."
)
MIDDLE = (
    "Most of the money will come from the federal government, with the state covering 15% and "
    "the town borrowing the rest, according to the plan approved at the meeting."
)
LAST = (
    "Once the houses are demolished, the land will be turned into a floodplain park that can "
    "absorb high water, and the town will never be allowed to build on those lots again."
)


def story(
    top: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
    bottom: tuple[str, ...] = (),
    paragraphs: tuple[str, str, str] = (LEAD, MIDDLE, LAST),
) -> str:
    """An article: furniture at the top, three prose paragraphs (more lines between the
    second and the third), furniture at the bottom."""
    lead, middle_paragraph, last = paragraphs
    return "\n\n".join([*top, lead, middle_paragraph, *middle, last, *bottom])


def run(text: str, config: BoilerplateConfig | None = None) -> Document:
    doc = Document(text)
    BoilerplateCleaner(config)(doc)
    return doc


def removals(doc: Document) -> list[tuple[str, str]]:
    return [(e.rule, e.removed.strip()) for e in doc.edits]


def removed(doc: Document) -> list[str]:
    return [e.removed.strip() for e in doc.edits]


def kept(doc: Document, line: str) -> bool:
    return any(row.strip() == line for row in doc.text.split("\n"))
