"""Repair mojibake (text decoded with the wrong encoding) with ftfy.

ftfy is thorough and, on clean text, the slowest thing a pipeline can run, so
this cleaner first looks for a *sign* of mojibake: a character that UTF-8
read as Windows-1252 or Latin-1 leaves behind (``Ã©``, ``â€™``, ``Ã¶``...),
or C1 control characters. Only the lines that show one are handed to ftfy,
with a configuration for news text: quotes are never uncurled, characters are
never folded to ASCII or to half width, ligatures are kept, and line breaks
are left to the white-space cleaner.

>>> from newsclean.document import Document
>>> doc = Document("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9.\\nAll “fine” here.")
>>> EncodingCleaner()(doc)
>>> doc.text
'It’s a café.\\nAll “fine” here.'
>>> [e.rule for e in doc.edits]
['mojibake']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Literal

import ftfy
import regex

from newsclean.cleaners.whitespace import CONTROL
from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner

__all__ = ["EncodingCleaner", "EncodingConfig", "has_mojibake_sign", "repair_line"]

# A byte of a UTF-8 lead (0xC2-0xF4) seen as Latin-1/Windows-1252, followed by
# a continuation byte (0x80-0xBF) seen the same way; or a C1 control.
_SIGN = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    r"|[\u0080-\u009f]"
)
# the first character of every sign: the standard library's engine finds a
# single character class several times faster than a two-character pattern,
# so texts without one (nearly all) are passed over at that speed
_LEAD = re.compile("[\u0080-\u009f\u00c2-\u00f4]")
# ftfy's verdict on a line can depend on its white space, so it judges each
# line in the form the white-space step leaves it (invisible characters gone,
# runs of spaces one space, no edge spaces): a second cleaning then repairs
# nothing the first did not
# (a soft hyphen right after a UTF-8 lead byte is itself mojibake: "Ã\u00ad"
# is how "í" reads as Windows-1252, so that one stays for ftfy to repair)
_INVISIBLE = regex.compile(rf"[\u200b\ufeff]|{CONTROL}|(?<![\u00c2-\u00f4])\u00ad")
_SPACES = regex.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")


def _settled(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip(" ")


@dataclass(frozen=True, slots=True)
class EncodingConfig:
    """Options of the encoding cleaner.

    Attributes:
        always: hand every line to ftfy, not only those showing a sign of
            mojibake (slower; for corpora known to be badly decoded).
        normalization: Unicode normalization ftfy applies to repaired lines
            (``"NFC"``, or ``None`` to leave it alone).
        unescape_html: whether ftfy may turn HTML entities such as ``&amp;``
            into characters on repaired lines (``"auto"``: where the line
            holds no ``<`` or ``>``).
    """

    always: bool = False
    normalization: Literal["NFC", "NFD", "NFKC", "NFKD"] | None = "NFC"
    unescape_html: bool | str = "auto"

    def ftfy_config(self) -> ftfy.TextFixerConfig:
        """The ftfy configuration these options stand for."""
        return ftfy.TextFixerConfig(
            unescape_html=self.unescape_html,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            fix_line_breaks=False,
            normalization=self.normalization,
            explain=False,
        )


def has_mojibake_sign(text: str) -> bool:
    """Whether ``text`` shows a sign of mojibake (cheap, no ftfy).

    >>> has_mojibake_sign("caf\u00c3\u00a9"), has_mojibake_sign("café “quoted”")
    (True, False)
    """
    if text.isascii():
        return False
    lead = _LEAD.search(text)
    return lead is not None and _SIGN.search(text, lead.start()) is not None


def repair_line(line: str, config: EncodingConfig | None = None) -> str:
    """Repair one line with ftfy, configured for news text.

    >>> repair_line("Ã¢â‚¬Å“doubleÃ¢â‚¬Â\x9d encoded")
    '“double” encoded'
    """
    return ftfy.fix_text(line, (config or EncodingConfig()).ftfy_config())


class EncodingCleaner(Cleaner):
    """Repair mojibake with ftfy where the text shows a sign of it."""

    name: ClassVar[str] = "encoding"
    Config: ClassVar[type[EncodingConfig]] = EncodingConfig
    config: EncodingConfig

    def __init__(self, config: EncodingConfig | None = None, **overrides: object) -> None:
        super().__init__(config, **overrides)
        self._ftfy = self.config.ftfy_config()

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        always = self.config.always
        if not always:
            lead = None if text.isascii() else _LEAD.search(text)
            if lead is None:
                return []  # no sign can start anywhere (removing characters adds none)
            # judge the text as the white-space step will leave it; a sign
            # starts no earlier than the first lead character
            if _INVISIBLE.search(text):
                if not has_mojibake_sign(_INVISIBLE.sub("", text)):
                    return []
            elif _SIGN.search(text, lead.start()) is None:
                return []
        changes = []
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            if line:
                visible = _settled(line)
                if always or has_mojibake_sign(visible):
                    fixed = self._repair(visible)
                    if fixed != visible:
                        changes.append(Change(pos, end, fixed, "mojibake", "encoding"))
            pos = end + 1
        return changes

    def _repair(self, line: str) -> str:
        """ftfy's repair of one line, reading the line's end as a space.

        ftfy reads a UTF-8 lead byte before a space as a character whose
        second byte became that space (``Ã`` + space is ``à``, ``Â`` + space a
        no-break space), but not before a line break. The paragraph step may
        join the line to the next with a space, so the line is judged as if
        one followed: cleaning the joined text again then repairs nothing new.
        """
        if not line or line[-1] < "\u00c2" or line[-1] > "\u00f4":
            return ftfy.fix_text(line, self._ftfy)
        fixed = ftfy.fix_text(line + " ", self._ftfy)
        # the space stayed, or became a no-break space (Â + space): it goes again
        return fixed[:-1] if fixed.endswith((" ", "\u00a0")) else fixed
