"""newsclean: clean corpora of scraped news articles.

Remove the junk scraping leaves in news articles (repost footers, embedded
tweets, broken emoji, bylines, captions, widget residue, markup), keep every
word of the story, and keep what was removed as structured metadata.

>>> import newsclean
>>> doc = newsclean.clean("Title\\n\\nBy [Ann Lee](#)\\n\\nThe story.\\n")
>>> print(doc.text, end="")
Title
<BLANKLINE>
The story.
"""

from newsclean.__about__ import __version__
from newsclean.document import Change, Document, Edit, Metadata, Tweet, undo
from newsclean.pipeline import (
    Cleaner,
    CleanerError,
    Pipeline,
    Step,
    clean,
    default_pipeline,
    text_step,
)
from newsclean.report import Report, StepStats

__all__ = [
    "Change",
    "Cleaner",
    "CleanerError",
    "Document",
    "Edit",
    "Metadata",
    "Pipeline",
    "Report",
    "Step",
    "StepStats",
    "Tweet",
    "__version__",
    "clean",
    "clean_html",
    "default_pipeline",
    "html_to_text",
    "text_step",
    "undo",
]


def __getattr__(name: str) -> object:
    # the HTML reader imports BeautifulSoup: load it only when asked for
    if name in ("clean_html", "html_to_text"):
        from newsclean import html

        return getattr(html, name)
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
