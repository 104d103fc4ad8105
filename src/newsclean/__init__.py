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
    "default_pipeline",
    "text_step",
    "undo",
]
