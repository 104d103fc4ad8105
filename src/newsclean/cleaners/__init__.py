"""The built-in cleaners, one module each, and the default pipeline's order.

>>> list(BUILTIN)[:4]
['controls', 'encoding', 'markup', 'tweets']
"""

from __future__ import annotations

from newsclean.cleaners.boilerplate import BoilerplateCleaner
from newsclean.cleaners.bylines import BylineCleaner
from newsclean.cleaners.captions import CaptionCleaner
from newsclean.cleaners.embeds import EmbedCleaner
from newsclean.cleaners.emoji import EmojiCleaner
from newsclean.cleaners.encoding import EncodingCleaner
from newsclean.cleaners.markup import MarkupCleaner
from newsclean.cleaners.paragraphs import ParagraphCleaner
from newsclean.cleaners.pullquotes import PullQuoteCleaner
from newsclean.cleaners.title import TitleCleaner
from newsclean.cleaners.tweets import TweetCleaner
from newsclean.cleaners.whitespace import ControlCleaner, WhitespaceCleaner
from newsclean.pipeline import Cleaner

__all__ = [
    "BUILTIN",
    "BoilerplateCleaner",
    "BylineCleaner",
    "CaptionCleaner",
    "ControlCleaner",
    "EmbedCleaner",
    "EmojiCleaner",
    "EncodingCleaner",
    "MarkupCleaner",
    "ParagraphCleaner",
    "PullQuoteCleaner",
    "TitleCleaner",
    "TweetCleaner",
    "WhitespaceCleaner",
]

#: The built-in cleaners by step name, in the default pipeline's order:
#: settle line endings and drop control characters, repair the encoding,
#: turn markup into plain text, take out the content noise (tweets first,
#: so their placeholder emoji go with them), then the remaining broken
#: emoji, and finally shape white space and paragraphs and read the title
#: off the clean text.
BUILTIN: dict[str, type[Cleaner]] = {
    cls.name: cls
    for cls in (
        ControlCleaner,
        EncodingCleaner,
        MarkupCleaner,
        TweetCleaner,
        EmojiCleaner,
        BoilerplateCleaner,
        BylineCleaner,
        CaptionCleaner,
        EmbedCleaner,
        PullQuoteCleaner,
        WhitespaceCleaner,
        ParagraphCleaner,
        TitleCleaner,
    )
}
