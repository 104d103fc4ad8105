"""Repost and site furniture, removed by rules kept as data.

Reposting sites, blogs and news sites wrap an article in furniture: repost
and syndication notices ("The original source of this article is ...",
"originally published on ...", "The post ... appeared first on ..."),
newsletter promos and sign-up boxes, follow-us, membership and donation
promos, translation notes, taxonomy lines (``Region:``, ``Tags:``, ``Filed
under:``), copyright lines, disclaimers and fair-use notices, media-inquiry
lines, comment forms and comment policies, related-post blocks with the
headlines they list, ad markers, share prompts with their buttons and
shopping widgets; wire-service funding notes and press-release wire
footers with their media-contact blocks; science press-release footers
(the "Journal" / "DOI" / "COI Statement" block, "Provided by X"); paywall
lines, cookie banners, breadcrumb trails and safer-gambling notices;
blog-platform furniture (clap counts, topic tags, the footer column); and
the same furniture on German, French, Spanish, Italian, Portuguese and
Dutch sites ("Teilen", "Lesen Sie auch: ...", "Article réservé aux
abonnés", "Archivado En"). This cleaner removes them and turns what a
notice says into metadata: the original source of the article
(``original_source``, also from "Provided by X"), its taxonomy
(``tags``, also from lone links to tag pages at the bottom, see
:attr:`BoilerplateConfig.tag_links`) and the newsletter that published it
(``publisher``, from "Thanks for reading X!").

What to remove is not code but **rules**, kept in TOML files. newsclean ships
rule files grouped by family (``newsclean/rules/*.toml``); users add their own
files (``BoilerplateConfig(rule_files=("my-rules.toml",))``, or ``--rules``
on the command line) or turn the packaged ones off (``packaged=False``).

>>> from newsclean.document import Document
>>> doc = Document("Tags: Europe, Energy\\n\\nThe talks went on.\\n\\nSubscribe now\\n")
>>> BoilerplateCleaner()(doc)
>>> doc.text, doc.metadata.tags
('\\n\\nThe talks went on.\\n\\n\\n', ['Europe', 'Energy'])

Rule files
----------

A rule file holds an array of ``[[rule]]`` tables::

    [[rule]]
    id = "original-source"                 # kebab-case; shown by `newsclean explain`
    description = "The original source of this article is X"
    pattern = '''the original source of this article is\\s+(?P<value>[^\\n]{1,150}?)[\\s.]*'''
    position = "edge"                      # any | top | bottom | edge
    scope = "line"                         # line | start | inline
    max_words = 30
    meta = "original_source"               # the (?P<value>...) group fills this field
    starts = ["the original"]              # prefilter: the line's first word(s)
    examples = ["The original source of this article is Example News."]
    counter_examples = ["The original source of the leak is unknown, officials said."]

Keys of a rule:

* ``id`` (required): a kebab-case name, unique within a file. A rule of a later
  file (or of :attr:`BoilerplateConfig.rules`) with the id of an earlier one
  replaces it in place, so a user file can change a packaged rule.
* ``pattern`` (required): a regular expression of the ``regex`` module, or a
  list of them (alternatives). A ``line`` or ``start`` rule sees the line
  with its edges trimmed and each run of white space made one space
  (:func:`normal_line`); a list item is tried as it is and then without
  its bullet (``* ``, ``- ``, ``• `` ...), so that furniture printed as a
  list (share buttons, tags) is matched too. An ``inline`` rule sees the
  line as it is. Case is ignored unless ``ignore_case = false``. A leading
  inline flag group such as ``(?x)`` is allowed (``(?x)`` lets a pattern span
  lines with comments); inline flags elsewhere must be scoped, ``(?-i:...)``.
  Bound every repetition that can run long (``[^\\n]{0,300}``) and avoid
  nested unbounded quantifiers: rules run on untrusted text.
* ``category`` (default ``"boilerplate"``): the category of the edits.
* ``position`` (default ``"any"``): where the line must be. ``top``: before
  the story's first prose paragraph; ``bottom``: after its last one; ``edge``:
  either. With no prose paragraph (a brief, live updates), lines of at
  least :data:`SENTENCE_WORDS` words that end like a sentence and that no
  rule matches bound the story instead. A prose paragraph is a line of at least
  :attr:`BoilerplateConfig.prose_words` words that ends like a sentence
  (:func:`newsclean.text.is_prose`); lines that some rule matches do not count
  as story prose, so a long disclaimer does not hide the bottom zone.
* ``scope`` (default ``"line"``): ``line``: the pattern must match the whole
  line (the safe choice); ``start``: the line must start with a match (the
  rest of the line goes with it); ``inline``: only the match is removed from
  a line that stays.
* ``max_words``: a line with more words is not removed by this rule (it
  protects prose). Defaults to 40 for ``start`` rules and to no limit for
  ``line`` rules; it does not apply to ``inline`` rules.
* ``meta``: the metadata field the ``(?P<value>...)`` group fills:
  ``original_source``, ``publisher`` or ``date`` (set unless already set),
  ``tags`` (split on ``,``, ``;``, ``|``, ``•``), ``authors`` or
  ``contributors`` (split on commas and "and").
* ``then``: what else goes with the line (``line``/``start`` rules only).
  ``"headlines"``: the title-like lines that follow (a related-posts block),
  up to the next prose paragraph, blank-separated or not, or the next line a
  rule matches; ``"tags"``: the short lines that follow, which become
  ``tags``; ``"items"``: the lines that follow and match ``items`` (the
  buttons under "Share this:"); ``"box"``: the lines on both sides that
  match ``items`` (the heading, button and form lines of a newsletter
  sign-up box around its promo line). ``items`` and ``box`` look past blank
  lines and lines that go anyway, and stop at the first other line that is
  not an item or has more than :attr:`BoilerplateConfig.headline_words`
  words. ``"value"``: the one line after a label (``Journal`` /
  ``Nature Medicine``, ``DOI`` / ``10.1038/...``), whatever it says, unless
  a rule matches it; value lines under a run of such labels do not count as
  story prose when the bottom of the story is found. The lines taken are
  logged under the rule id plus ``-item``.
* ``story_items``: the most lines this rule's ``then`` takes when its line
  is not in the bottom zone, that is in the story or above it (default: no
  cap but :attr:`BoilerplateConfig.max_items`, which holds everywhere).
  ``1`` lets a "Lire aussi :" line in the middle of a story take the
  headline under it and nothing more, while at the bottom it takes the
  whole related block.
* ``items``: for ``then = "items"`` or ``"box"``: the patterns (a list, or
  one string) a taken line must match whole, as ``pattern`` for a ``line``
  rule; or the name of an entry of the file's ``[items]`` table, which
  holds named pattern lists that several rules share::

      [items]
      share-buttons = ['twitter|facebook|email|print', 'click to share[^\\n]{0,80}']

      [[rule]]
      id = "share-prompt"
      pattern = 'share this:?'
      then = "items"
      items = "share-buttons"

* ``starts`` and ``contains``: the prefilter. A line is tried against the
  rule only if its first word, or its first two words, are among ``starts``
  (see :func:`first_words`: lower case, ``#`` for a word that starts with a
  digit, a symbol such as ``©`` counts as a word), or if it holds one of the
  ``contains`` strings (lower case). A rule with neither is tried on every
  line: correct, but slow on large corpora.
* ``speech`` (default ``false``): a ``line`` or ``start`` rule does not
  remove a line that reports speech: a reporting clause (", the sheriff's
  office posted", ", she said") or a quotation of at least
  :data:`QUOTE_WORDS` words that ends like a sentence; "Follow us on
  Facebook, the police posted" is story. ``speech = true`` lets the rule
  remove such lines too.
* ``alone`` (default ``true``): ``alone = false`` (with a ``then``) removes
  the line only in company: when the nearest non-blank line above or below
  it is one of the rule's items or another line the rule removes. A
  footer's "Status" link goes with the "Help" and "About" links next to it;
  a lone "Status" line stays.
* ``ignore_case`` (default ``true``), ``description`` (free text),
  ``examples`` (lines the rule must match, and let through its prefilter)
  and ``counter_examples`` (lines it must not match). They are checked when
  the file is loaded, so a rule file documents and tests itself.

A file that is not valid TOML, or a rule that breaks these rules, raises
:class:`RuleError` (a ``ValueError``) naming the file, the rule and what was
expected.

When several rules match a line, the first one whose position holds wins;
rules that fill metadata or take lines with them (``meta``, ``then``) come
before the others, then the order is the load order (packaged files by name,
then the user's files, then :attr:`BoilerplateConfig.rules`).

Speed: the prefilter files each line under its first words and finds the
``contains`` strings with one search of the lower-cased text, so most lines
cost a dictionary look-up and only a few meet a regular expression. Rule
files are loaded and compiled once per process.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, ClassVar

import regex

from newsclean.document import Change, Document, Metadata
from newsclean.pipeline import Cleaner
from newsclean.text import Line, Zones, is_prose, line_change, parse_date, split_lines, word_count

__all__ = [
    "META_FIELDS",
    "POSITIONS",
    "SCOPES",
    "TAG_LINK",
    "THEN",
    "BoilerplateCleaner",
    "BoilerplateConfig",
    "Rule",
    "RuleError",
    "RuleSet",
    "first_words",
    "load_rules",
    "normal_line",
    "packaged_rule_files",
    "packaged_rules",
    "parse_rules",
    "record",
    "tag_link_texts",
]

#: Where a rule's line may be.
POSITIONS = ("any", "top", "bottom", "edge")
#: How a rule's pattern must match a line.
SCOPES = ("line", "start", "inline")
#: The metadata fields a rule's ``value`` group can fill.
META_FIELDS = ("original_source", "publisher", "date", "tags", "authors", "contributors")
#: What a rule may take with its line.
THEN = ("headlines", "tags", "items", "box", "value")
#: The ``then`` values whose lines are the rule's ``items``.
_TAKES_ITEMS = ("items", "box")
#: The ``max_words`` of a ``start`` rule that does not set one.
START_MAX_WORDS = 40

_KEYS = frozenset(
    {
        "id",
        "pattern",
        "category",
        "position",
        "scope",
        "max_words",
        "meta",
        "then",
        "items",
        "ignore_case",
        "description",
        "examples",
        "counter_examples",
        "starts",
        "contains",
        "speech",
        "alone",
        "story_items",
    }
)
_ID = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CATEGORY = regex.compile(r"[a-z][a-z0-9_-]{0,40}")
_LEADING_FLAGS = regex.compile(r"\A\(\?([imsx]+)\)")
_GLOBAL_FLAGS = regex.compile(r"(?<!\\)\(\?[aiLmsuxV01]+\)")
_EDGE_JUNK = (
    " \t\r\n\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_VALUE_EDGES = " \t\u00a0\"'“”‘’«»()[]<>.,;:!*_"
_TAG_SPLIT = regex.compile(r"\s*[,;|•·]\s*")
_NAME_SPLIT = regex.compile(r"\s*(?:[,;|]|\band\b|&)\s*")
_SPACES = regex.compile(r"\s+")
# stdlib re: faster than regex for this one-per-line scan; \w is Unicode-aware
_LEAD = re.compile(
    r"[\s\u200b\u200c\u200d\ufeff]*(\w{1,40}|[^\w\s])(?:[\s\u200b\u200c\u200d\ufeff]*(\w{1,40}|[^\w\s]))?"
)
_START_KEY = re.compile(r"\w+|[^\w\s]|#")
_HEADLINE_END = regex.compile(r"[^.:;,]\Z|\.\.\.\Z|…\Z")
# a line of a Q&A or a quote, not a listed headline: it ends in a question
# mark or a closing quote
_DIALOGUE_END = regex.compile(r"[?\"”’»]\s{0,3}\Z")
# the category label under a listed headline (WordPress: In "Local news")
_CATEGORY_LABEL = regex.compile(r"(?:In|Dans|En|Im)\s[\"“«][^\"”»\n]{1,60}[\"”»]\Z")
#: verbs of a reporting clause (", the mayor said", "the chief urged")
REPORTING_VERBS = (
    "said|says|told|tells|added|adds|asked|asks|explained|declared|insisted|warned"
    "|replied|posted|wrote|writes|tweeted|urged|urges|stated|noted"
    "|announced|announces|confirmed|confirms|recalled|argued|argues|acknowledged"
    "|admitted|claimed|cautioned|pleaded|shared|advised|reminded"
    "|sagte|sagt|erklärte|betonte|dijo|afirmó"
    "|déclaré|dit|lancé|précisé|indiqué|expliqué|affirmé|ajouté|souligné|écrit|annoncé"
    "|detto|dichiarato|spiegato|aggiunto|scritto|afirmou|declarou|explicou|escreveu"
    "|declaró|explicó|añadió|señaló|escribió|aseguró|indicó|pidió|advirtió|schrieb"
)
#: reporting verbs that come right after the comma (", said the mayor",
#: ", dijo el portavoz", ", a lancé le préfet")
VERB_FIRST = (
    "said|says|dijo|dice|afirmó|señaló|explicó|añadió|aseguró|indicó|declaró|pidió|advirtió"
    "|a\\s(?:dit|déclaré|lancé|précisé|indiqué|expliqué|affirmé|ajouté|souligné|écrit|annoncé)"
    "|explique|déclare|indique|précise|ajoute|affirme|conseille|estime|selon"
    "|ha\\s(?:detto|dichiarato|spiegato|aggiunto|scritto)|disse|afirmou|declarou|explicou"
    "|sagte|erklärte|betonte|schrieb"
)
# ", the sheriff's office posted", "“...,” she said", ", said the mayor":
# up to six words between the comma or closing quote and the verb
_REPORTING_CLAUSE = regex.compile(
    r"[,\"”’]\s{0,3}(?:(?:"
    + VERB_FIRST
    + r")\s|(?:[\p{L}\p{N}'’.&-]{1,30}\s{1,3}){1,6}?(?:"
    + REPORTING_VERBS
    + r")\b)",
    regex.IGNORECASE,
)
# a quotation that ends like a spoken sentence ("...,” / "...!"): a quoted
# title ("3 thoughts on “Xi arrives in Moscow”") does not
_QUOTED = regex.compile(r"[\"“„«]([^\"“”„«»\n]{1,400}[.,!?…])[\"”“»]")
#: how many words a quotation needs to mark a line as reported speech
QUOTE_WORDS = 4
#: with no prose paragraph, a line of this many words that ends like a
#: sentence and that no rule matches bounds the story (a brief, live updates)
SENTENCE_WORDS = 4


def reported_speech(line: str) -> bool:
    """Whether a line reports what someone said: a reporting clause or a quotation.

    Furniture wording ("Follow us on Facebook", "No comment") is also what
    people say in a story; a line that reports it is story, not furniture.

    >>> reported_speech("Follow us on Facebook, the sheriff's office posted.")
    True
    >>> reported_speech('He wrote: "Subscribe to my channel for more videos."')
    True
    >>> reported_speech("Follow us on Facebook, Twitter and Instagram")
    False
    >>> reported_speech("3 thoughts on “Xi arrives in Moscow for talks”")
    False
    >>> reported_speech("Suivez-nous sur Facebook, a lancé le préfet.")
    True
    """
    has_mark = "," in line or '"' in line or "”" in line or "’" in line
    if has_mark and _REPORTING_CLAUSE.search(line) is not None:
        return True
    return any(word_count(m.group(1)) >= QUOTE_WORDS for m in _QUOTED.finditer(line))


# the list bullets a line may start with ("* ", "- ", "• " ...)
_BULLETS = frozenset("-*+•◦▪▫‣●○■□►▸➤")


class RuleError(ValueError):
    """A rule file or a rule is not valid; the message names both and the problem."""


def _problem(source: str, rule: str, problem: str, expected: str = "") -> RuleError:
    where = f"{source}: " if source else ""
    what = f"rule {rule!r}: " if rule else ""
    tail = f"; expected {expected}" if expected else ""
    return RuleError(f"{where}{what}{problem}{tail}")


def _scoped(pattern: str) -> str:
    """A pattern with a leading global flag group made a scoped group.

    >>> _scoped("(?x) a b  # comment"), _scoped("plain")
    ('(?x: a b  # comment\\n)', '(?:plain)')
    """
    m = _LEADING_FLAGS.match(pattern)
    if m is None:
        return f"(?:{pattern})"
    rest = pattern[m.end() :]
    return f"(?{m.group(1)}:{rest}\n)" if "x" in m.group(1) else f"(?{m.group(1)}:{rest})"


def _compile(pattern: str, flags: int, source: str, rule: str, key: str) -> Any:
    """A rule's pattern (or items) compiled, with the checks rule files get."""
    lead = _LEADING_FLAGS.match(pattern)
    inner = pattern[lead.end() :] if lead else pattern
    if _GLOBAL_FLAGS.search(inner):
        raise _problem(
            source,
            rule,
            f"{key} has an inline flag group after its start",
            "scoped flags such as (?-i:...)",
        )
    try:
        return regex.compile(_scoped(pattern), flags)
    except regex.error as exc:
        raise _problem(
            source,
            rule,
            f"{key} does not compile: {exc}",
            "a regular expression of the regex module",
        ) from None


def _unbulleted(line: str) -> str:
    """A normalised line without the list bullet it starts with, if any.

    >>> _unbulleted("* Click to print"), _unbulleted("- 30 -"), _unbulleted("*bold*")
    ('Click to print', '30 -', '*bold*')
    """
    if len(line) > 2 and line[1] == " " and line[0] in _BULLETS and not line[2].isspace():
        return line[2:]
    return line


def _readings(line: str) -> tuple[str, ...]:
    """The ways a normalised line is matched: as it is, then without its list bullet.

    Site furniture printed as a list (share buttons, related headlines,
    tags) keeps its bullet after the markup step; the bullet must not hide
    it from whole-line rules.

    >>> _readings("• Share on Facebook"), _readings("Share")
    (('• Share on Facebook', 'Share on Facebook'), ('Share',))
    """
    bare = _unbulleted(line)
    return (line, bare) if bare is not line else (line,)


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate rule (see the module docstring for what each field means).

    Built from a rule file by :func:`load_rules`, or directly::

    >>> rule = Rule(id="promo", pattern=r"buy (?:our|the) book[!.]?")
    >>> rule.matches("Buy our book!"), rule.matches("Buy our book, she said, and weep.")
    (True, False)

    Raises:
        RuleError: when a field is not valid or an example does not behave.
    """

    id: str
    pattern: str
    category: str = "boilerplate"
    position: str = "any"
    scope: str = "line"
    max_words: int | None = None
    meta: str | None = None
    then: str | None = None
    items: str | None = None
    ignore_case: bool = True
    description: str = ""
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    speech: bool = False
    alone: bool = True
    story_items: int | None = None
    source: str = ""
    compiled: Any = field(init=False, repr=False, compare=False)
    body: str = field(init=False, repr=False, compare=False)
    items_compiled: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        src, rid = self.source, self.id if isinstance(self.id, str) else repr(self.id)
        if not isinstance(self.id, str) or not _ID.fullmatch(self.id):
            raise _problem(src, rid, "bad id", "a kebab-case name such as 'comment-form'")
        if not isinstance(self.pattern, str) or not self.pattern.strip():
            raise _problem(src, rid, "pattern is empty or not a string", "a regular expression")
        if not isinstance(self.category, str) or not _CATEGORY.fullmatch(self.category):
            raise _problem(
                src,
                rid,
                f"bad category {self.category!r}",
                "a lower-case word such as 'boilerplate'",
            )
        if self.position not in POSITIONS:
            raise _problem(
                src, rid, f"bad position {self.position!r}", f"one of {', '.join(POSITIONS)}"
            )
        if self.scope not in SCOPES:
            raise _problem(src, rid, f"bad scope {self.scope!r}", f"one of {', '.join(SCOPES)}")
        if self.max_words is not None:
            if (
                isinstance(self.max_words, bool)
                or not isinstance(self.max_words, int)
                or self.max_words < 1
            ):
                raise _problem(
                    src, rid, f"bad max_words {self.max_words!r}", "a whole number of at least 1"
                )
            if self.scope == "inline":
                raise _problem(src, rid, "max_words does not apply to inline rules", "no max_words")
        if self.meta is not None and self.meta not in META_FIELDS:
            raise _problem(src, rid, f"bad meta {self.meta!r}", f"one of {', '.join(META_FIELDS)}")
        if self.then is not None:
            if self.then not in THEN:
                raise _problem(src, rid, f"bad then {self.then!r}", f"one of {', '.join(THEN)}")
            if self.scope == "inline":
                raise _problem(
                    src, rid, "then does not apply to inline rules", "scope 'line' or 'start'"
                )
        if self.then in _TAKES_ITEMS and self.items is None:
            raise _problem(
                src,
                rid,
                f"then {self.then!r} needs items",
                "items = a list of patterns, or the name of an [items] entry of the file",
            )
        if self.items is not None:
            if self.then not in _TAKES_ITEMS:
                raise _problem(src, rid, "items apply only to then = 'items' or 'box'", "no items")
            if not isinstance(self.items, str) or not self.items.strip():
                raise _problem(src, rid, "items is empty or not a string", "a regular expression")
        if not isinstance(self.speech, bool):
            raise _problem(src, rid, f"bad speech {self.speech!r}", "true or false")
        if not isinstance(self.alone, bool):
            raise _problem(src, rid, f"bad alone {self.alone!r}", "true or false")
        if not self.alone and self.then is None:
            raise _problem(src, rid, "alone = false needs then", "a then, or no alone")
        if self.story_items is not None:
            if (
                isinstance(self.story_items, bool)
                or not isinstance(self.story_items, int)
                or self.story_items < 1
            ):
                raise _problem(
                    src,
                    rid,
                    f"bad story_items {self.story_items!r}",
                    "a whole number of at least 1",
                )
            if self.then is None:
                raise _problem(src, rid, "story_items needs then", "a then, or no story_items")
        if not isinstance(self.ignore_case, bool):
            raise _problem(src, rid, f"bad ignore_case {self.ignore_case!r}", "true or false")
        flags = regex.IGNORECASE if self.ignore_case else 0
        body = _scoped(self.pattern)
        compiled = _compile(self.pattern, flags, src, rid, "pattern")
        items = None if self.items is None else _compile(self.items, flags, src, rid, "items")
        if self.meta is not None and "value" not in compiled.groupindex:
            raise _problem(
                src,
                rid,
                f"meta {self.meta!r} needs a value",
                "a (?P<value>...) group in the pattern",
            )
        object.__setattr__(self, "compiled", compiled)
        object.__setattr__(self, "body", body)
        object.__setattr__(self, "items_compiled", items)
        for key in ("examples", "counter_examples", "starts", "contains"):
            value = getattr(self, key)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise _problem(src, rid, f"{key} is not a list of strings", f'{key} = ["...", ...]')
            object.__setattr__(self, key, tuple(value))
        for entry in self.starts:
            keys = entry.split(" ")
            if (
                entry != entry.lower()
                or len(keys) > 2
                or not all(_START_KEY.fullmatch(k) for k in keys)
            ):
                raise _problem(
                    src,
                    rid,
                    f"bad starts entry {entry!r}",
                    "one or two lower-case words ('#' for a number, or a symbol such as '©')",
                )
        for key in self.contains:
            if not key or key != key.lower():
                raise _problem(src, rid, f"bad contains key {key!r}", "non-empty lower-case text")
        for example in self.examples:
            if not self.matches(example):
                raise _problem(
                    src, rid, f"example {example!r} does not match", "every example to match"
                )
            if not self.prefiltered(example):
                raise _problem(
                    src,
                    rid,
                    f"example {example!r} starts {' '.join(first_words(example))!r},"
                    " not in starts, and holds no contains key",
                    "starts and contains to let every line the rule matches through",
                )
        for example in self.counter_examples:
            if self.matches(example):
                raise _problem(
                    src, rid, f"counter-example {example!r} matches", "no counter-example to match"
                )

    @property
    def word_limit(self) -> int | None:
        """The most words a line this rule removes may have (``None``: no limit)."""
        if self.max_words is not None:
            return self.max_words
        return START_MAX_WORDS if self.scope == "start" else None

    def match(self, line: str) -> Any:
        """The match of this rule on one line, or ``None``.

        A ``line`` or ``start`` rule sees the line as :func:`normal_line`
        makes it; an ``inline`` rule sees it as it is. Position is not
        checked here; ``max_words`` is.
        """
        if self.scope == "inline":
            return self.compiled.search(line)
        text = normal_line(line)
        for seen in _readings(text):
            m = self.compiled.fullmatch(seen) if self.scope == "line" else self.compiled.match(seen)
            if m is not None:
                if self.word_limit is not None and word_count(seen) > self.word_limit:
                    continue
                if not self.speech and reported_speech(seen):
                    continue
                return m
        return None

    def matches(self, line: str) -> bool:
        """Whether this rule matches the line, wherever the line is."""
        return self.match(line) is not None

    def prefiltered(self, line: str) -> bool:
        """Whether the ``starts``/``contains`` prefilter lets the line through to the pattern."""
        if not self.starts and not self.contains:
            return True
        for seen in _readings(normal_line(line)):
            one, two = first_words(seen)
            if one in self.starts or f"{one} {two}" in self.starts:
                return True
        low = line.lower()
        return any(key in low for key in self.contains)

    def takes(self, line: str) -> bool:
        """Whether a line is one of the items this rule takes with it (``then`` items or box).

        >>> rule = Rule(id="share", pattern="share this:?", then="items", items="twitter|email")
        >>> rule.takes("* Twitter"), rule.takes("Twitter said on Monday")
        (True, False)
        """
        if self.items_compiled is None:
            return False
        return any(self.items_compiled.fullmatch(seen) for seen in _readings(normal_line(line)))


# ---------------------------------------------------------------------------
# rule files


def _joined(value: Any, source: str, label: str, key: str) -> str:
    """A pattern, or a list of alternative patterns, as one pattern (each checked)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise _problem(source, label, f"{key} is not a string", "a string or a list of strings")
    if not value or not all(isinstance(p, str) and p.strip() for p in value):
        raise _problem(
            source, label, f"{key} list is empty or holds a non-string", "non-empty strings"
        )
    for part in value:
        try:
            regex.compile(_scoped(part))
        except regex.error as exc:
            raise _problem(
                source,
                label,
                f"{key} {part!r} does not compile: {exc}",
                "a regular expression",
            ) from None
    return "|".join(_scoped(p) for p in value)


def _item_sets(data: Mapping[str, Any], source: str) -> dict[str, str]:
    """The file's ``[items]`` table: named lists of item patterns rules can share."""
    table = data.get("items", {})
    if not isinstance(table, dict):
        raise _problem(source, "", "'items' is not a table", "[items] with name = [patterns]")
    out: dict[str, str] = {}
    for name, value in table.items():
        if not _ID.fullmatch(name):
            raise _problem(
                source,
                "",
                f"bad [items] name {name!r}",
                "a kebab-case name such as 'share-buttons'",
            )
        out[name] = _joined(value, source, f"[items] {name}", "items")
    return out


def _rule_from_table(
    table: Any, source: str, number: int, seen: set[str], item_sets: Mapping[str, str]
) -> Rule:
    """One ``[[rule]]`` table as a :class:`Rule` (validated)."""
    label = f"#{number}"
    if not isinstance(table, dict):
        raise _problem(source, label, f"is a {type(table).__name__}", "a table ([[rule]])")
    rid = table.get("id")
    if isinstance(rid, str) and rid:
        label = rid
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise _problem(
            source,
            label,
            f"unknown key(s) {', '.join(unknown)}",
            f"keys among {', '.join(sorted(_KEYS))}",
        )
    for key in ("id", "pattern"):
        if key not in table:
            raise _problem(
                source,
                label,
                f"no {key}",
                f"an {key} for every rule" if key == "id" else "a pattern",
            )
    if label in seen:
        raise _problem(source, label, "the id is used twice in this file", "a unique id")
    seen.add(label)
    pattern = _joined(table["pattern"], source, label, "pattern")
    items = table.get("items")
    if isinstance(items, str):
        if items not in item_sets:
            raise _problem(
                source,
                label,
                f"no [items] entry named {items!r}",
                "the name of an [items] entry of the file, or a list of patterns",
            )
        items = item_sets[items]
    elif items is not None:
        items = _joined(items, source, label, "items")
    strings: dict[str, Any] = {}
    for key in ("category", "position", "scope", "meta", "then", "description"):
        if key in table:
            if not isinstance(table[key], str):
                raise _problem(source, label, f"{key} is not a string", f"a string for {key}")
            strings[key] = table[key]
    lists: dict[str, Any] = {}
    for key in ("examples", "counter_examples", "starts", "contains"):
        if key in table:
            value = table[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _problem(
                    source, label, f"{key} is not a list of strings", f'{key} = ["...", ...]'
                )
            lists[key] = tuple(value)
    return Rule(
        id=table["id"],
        pattern=pattern,
        items=items,
        max_words=table.get("max_words"),
        ignore_case=table.get("ignore_case", True),
        speech=table.get("speech", False),
        alone=table.get("alone", True),
        story_items=table.get("story_items"),
        source=source,
        **strings,
        **lists,
    )


def parse_rules(text: str, source: str = "<rules>") -> tuple[Rule, ...]:
    """The rules of a rule file's text.

    >>> parse_rules('[[rule]]\\nid = "ad"\\npattern = "advertisement"\\n')[0].id
    'ad'
    >>> parse_rules('[[rule]]\\nid = "ad"\\n', "my.toml")
    Traceback (most recent call last):
    ...
    newsclean.cleaners.boilerplate.RuleError: my.toml: rule 'ad': no pattern; expected a pattern

    Raises:
        RuleError: the text is not valid TOML or a rule is not valid.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _problem(
            source, "", f"not valid TOML: {exc}", "a TOML file of [[rule]] tables"
        ) from None
    unknown = sorted(set(data) - {"rule", "items"})
    if unknown:
        raise _problem(
            source,
            "",
            f"unknown top-level key(s) {', '.join(unknown)}",
            "only [[rule]] tables and an [items] table",
        )
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        raise _problem(source, "", "'rule' is not an array of tables", "[[rule]] tables")
    item_sets = _item_sets(data, source)
    seen: set[str] = set()
    return tuple(_rule_from_table(t, source, i, seen, item_sets) for i, t in enumerate(tables, 1))


def load_rules(path: str | os.PathLike[str] | Traversable) -> tuple[Rule, ...]:
    """The rules of one TOML rule file.

    Raises:
        RuleError: the file cannot be read, is not valid TOML, or holds a
            rule that is not valid. The message names the file and the rule.
    """
    name = str(path)
    try:
        if isinstance(path, Traversable):
            text = path.read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise _problem(name, "", f"cannot be read: {exc}", "a readable UTF-8 TOML file") from None
    return parse_rules(text, name)


def packaged_rule_files() -> tuple[Traversable, ...]:
    """The rule files newsclean ships (``newsclean/rules/*.toml``), by name."""
    folder = resources.files("newsclean").joinpath("rules")
    return tuple(
        sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    )


@functools.cache
def packaged_rules() -> tuple[Rule, ...]:
    """All packaged rules, file by file in name order (loaded once).

    >>> any(rule.id == "comment-form" for rule in packaged_rules())
    True
    """
    rules: list[Rule] = []
    files = list(packaged_rule_files())
    if not files:
        raise RuleError(
            "newsclean's packaged rule files are missing (src/newsclean/rules/*.toml); "
            "expected them installed with the package: reinstall newsclean"
        )
    for path in files:
        rules.extend(load_rules(path))
    return tuple(rules)


def _merge(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """Rules in order; a later rule with an earlier one's id takes its place."""
    out: dict[str, Rule] = {}
    for rule in rules:
        out[rule.id] = rule
    return tuple(out.values())


# ---------------------------------------------------------------------------
# matching


def normal_line(line: str) -> str:
    """A line as ``line`` and ``start`` rules see it: one space for each run, no edges.

    Collapsing the runs keeps patterns with ``\\s+`` from backtracking over
    long runs of spaces.

    >>> normal_line("\\u00a0 Leave  a\\tReply \\u200b")
    'Leave a Reply'
    """
    return " ".join(line.split()).strip(_EDGE_JUNK)


def first_words(line: str) -> tuple[str, str]:
    """The two keys a line is filed under for the ``starts`` prefilter.

    A key is a run of word characters, lower-cased (``"#"`` if it starts
    with a digit), or one character that is neither a word character nor
    white space. Missing keys are ``""``.

    >>> first_words("  Don’t miss"), first_words("© 2023 Reuters"), first_words("0 Shares")
    (('don', '’'), ('©', '#'), ('#', 'shares'))
    >>> first_words("Tweet"), first_words("  ")
    (('tweet', ''), ('', ''))
    """
    m = _LEAD.match(line)
    if m is None:
        return "", ""
    one, two = m.group(1), m.group(2) or ""
    one = "#" if one[0].isdigit() else one.lower()
    if two:
        two = "#" if two[0].isdigit() else two.lower()
    return one, two


def _keyword_lines(
    low: str, lines: Sequence[Line], keywords: Mapping[str, tuple[int, ...]]
) -> dict[int, set[int]]:
    """The lines holding each keyword, with the rule indexes it calls for.

    ``low`` is the lower-cased text the lines were split from; when its
    length differs from the text's (lower-casing moved offsets) the lines
    are looked at one by one.
    """
    found: dict[int, set[int]] = {}
    if not lines or len(low) != lines[-1].end:
        for line in lines:
            low_line = line.text.lower()
            for key, ids in keywords.items():
                if key in low_line:
                    found.setdefault(line.index, set()).update(ids)
        return found
    starts: list[int] | None = None
    for key, ids in keywords.items():
        pos = low.find(key)
        while pos >= 0:
            if starts is None:
                starts = [line.start for line in lines]
            index = bisect.bisect_right(starts, pos) - 1
            found.setdefault(index, set()).update(ids)
            pos = low.find(key, lines[index].end + 1)
    return found


class RuleSet:
    """Rules made ready for matching, with their prefilters.

    A line is tried only against the rules its first word (``starts``) or
    a substring (``contains``) calls for, and against the rules that give
    neither; so most lines of a long text cost a dictionary look-up.

    >>> rs = RuleSet([Rule(id="tip", pattern="got a tip[?]", scope="start", starts=("got",))])
    >>> lines = split_lines("Got a tip? Email us.\\nThe rest.")
    >>> found = rs.candidates(lines)
    >>> found
    {0: (0,)}
    >>> [rule.id for rule, _value in rs.line_matches(lines[0].text, found[0])]
    ['tip']
    """

    __slots__ = (
        "_always",
        "_by_pair",
        "_by_word",
        "_inline_always",
        "_inline_keywords",
        "_keywords",
        "inline",
        "lines",
        "rules",
    )

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        # rules that fill metadata or take lines with them go first: what
        # a line says is kept whichever rule removes it
        self.lines = tuple(
            sorted(
                (r for r in self.rules if r.scope != "inline"),
                key=lambda r: r.meta is None and r.then is None,
            )
        )
        self.inline = tuple(r for r in self.rules if r.scope == "inline")
        by_word: dict[str, list[int]] = {}
        by_pair: dict[str, dict[str, list[int]]] = {}
        keywords: dict[str, list[int]] = {}
        always: list[int] = []
        for i, rule in enumerate(self.lines):
            if not rule.starts and not rule.contains:
                always.append(i)
            for entry in rule.starts:
                one, _, two = entry.partition(" ")
                if two:
                    by_pair.setdefault(one, {}).setdefault(two, []).append(i)
                else:
                    by_word.setdefault(one, []).append(i)
            for key in rule.contains:
                keywords.setdefault(key, []).append(i)
        self._by_word = {k: tuple(v) for k, v in by_word.items()}
        self._by_pair = {k: {k2: tuple(v2) for k2, v2 in v.items()} for k, v in by_pair.items()}
        self._keywords = {k: tuple(v) for k, v in keywords.items()}
        self._always = tuple(always)
        inline_keywords: dict[str, list[int]] = {}
        for i, rule in enumerate(self.inline):
            for key in rule.contains:
                inline_keywords.setdefault(key, []).append(i)
        self._inline_keywords = {k: tuple(v) for k, v in inline_keywords.items()}
        self._inline_always = tuple(i for i, r in enumerate(self.inline) if not r.contains)

    @property
    def keywords(self) -> bool:
        """Whether some rule has ``contains`` keys (the look-ups want the lower-cased text)."""
        return bool(self._keywords or self._inline_keywords)

    def candidates(self, lines: Sequence[Line], low: str = "") -> dict[int, tuple[int, ...]]:
        """For each line that may match, the indexes (in :attr:`lines`) of the rules to try.

        ``low`` is the lower-cased text ``lines`` were split from, for the
        ``contains`` look-ups (without it they go line by line).
        """
        found: dict[int, set[int]] = {}
        by_word = self._by_word
        by_pair = self._by_pair
        always = self._always
        match = _LEAD.match
        for line in lines:
            text = line.text
            if not text:
                continue
            m = match(text)
            if m is None:
                continue
            one = m.group(1)
            if one in _BULLETS and m.group(2):
                # a list item: filed under its bullet and under the words after it
                after = match(text, m.start(2))
                hit = self._filed(m) + (self._filed(after) if after is not None else ())
            else:  # _filed, inlined: this runs once per line
                one = "#" if one[0].isdigit() else one.lower()
                hit = by_word.get(one, ())
                pairs = by_pair.get(one)
                if pairs is not None and m.group(2):
                    two = m.group(2)
                    more = pairs.get("#" if two[0].isdigit() else two.lower())
                    if more:
                        hit = hit + more
            if hit or always:
                found.setdefault(line.index, set()).update(hit, always)
        if self._keywords:
            for index, ids in _keyword_lines(low, lines, self._keywords).items():
                found.setdefault(index, set()).update(ids)
        return {i: tuple(sorted(found[i])) for i in sorted(found)}

    def _filed(self, m: re.Match[str]) -> tuple[int, ...]:
        """The rules filed under the first word and first two words of a ``_LEAD`` match."""
        one = m.group(1)
        one = "#" if one[0].isdigit() else one.lower()
        hit = self._by_word.get(one, ())
        pairs = self._by_pair.get(one)
        if pairs is not None and m.group(2):
            two = m.group(2)
            more = pairs.get("#" if two[0].isdigit() else two.lower())
            if more:
                hit = hit + more
        return hit

    def inline_candidates(self, lines: Sequence[Line], low: str = "") -> dict[int, tuple[int, ...]]:
        """For each line that may hold an inline match, the indexes of the inline rules to try."""
        if not self.inline:
            return {}
        found: dict[int, set[int]] = {}
        if self._inline_always:
            for line in lines:
                if line.text and not line.text.isspace():
                    found[line.index] = set(self._inline_always)
        if self._inline_keywords:
            for index, ids in _keyword_lines(low, lines, self._inline_keywords).items():
                found.setdefault(index, set()).update(ids)
        return {i: tuple(sorted(found[i])) for i in sorted(found)}

    def line_matches(self, text: str, indexes: Iterable[int]) -> Iterator[tuple[Rule, str | None]]:
        """The rules (among ``indexes``) that match a line, in order, with their values.

        Lazy: later rules are tried only when asked for. ``max_words`` is
        checked, position is not. A list item is tried as it is and then
        without its bullet.
        """
        text = normal_line(text)
        if not text:
            return
        readings = _readings(text)
        words: dict[str, int] = {}
        speech: dict[str, bool] = {}
        for i in indexes:
            rule = self.lines[i]
            for seen in readings:
                found = (
                    rule.compiled.fullmatch(seen)
                    if rule.scope == "line"
                    else rule.compiled.match(seen)
                )
                if found is None:
                    continue
                limit = rule.word_limit
                if limit is not None:
                    if seen not in words:
                        words[seen] = word_count(seen)
                    if words[seen] > limit:
                        continue
                if not rule.speech:
                    if seen not in speech:
                        speech[seen] = reported_speech(seen)
                    if speech[seen]:
                        continue
                yield rule, (found.group("value") if rule.meta is not None else None)
                break

    def inline_matches(self, text: str, indexes: Iterable[int]) -> list[tuple[Rule, int, int]]:
        """Non-overlapping inline matches of the rules ``indexes``: ``(rule, start, end)``."""
        spans: list[tuple[int, int, Rule]] = []
        for i in indexes:
            rule = self.inline[i]
            for m in rule.compiled.finditer(text):
                if m.end() > m.start():
                    spans.append((m.start(), m.end(), rule))
        spans.sort(key=lambda s: (s[0], -s[1]))
        out: list[tuple[Rule, int, int]] = []
        last = -1
        for start, end, rule in spans:
            if start >= last:
                out.append((rule, start, end))
                last = end
        return out


@functools.lru_cache(maxsize=16)
def _ruleset(
    packaged: bool,
    files: tuple[tuple[str, int, int], ...],
    extra: tuple[Rule, ...],
    disabled: frozenset[str],
) -> RuleSet:
    rules: list[Rule] = list(packaged_rules()) if packaged else []
    for path, _mtime, _size in files:
        rules.extend(load_rules(path))
    rules.extend(extra)
    merged = _merge(rules)
    unknown = disabled - {r.id for r in merged}
    if unknown:
        raise RuleError(
            f"disabled rule(s) {', '.join(sorted(unknown))} not found; expected ids of loaded rules"
        )
    return RuleSet(r for r in merged if r.id not in disabled)


def _file_key(path: str) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (path, 0, 0)  # load_rules reports the problem
    return (path, st.st_mtime_ns, st.st_size)


# ---------------------------------------------------------------------------
# metadata


def _clean_value(value: str) -> str:
    """A captured value without edge quotes, brackets and punctuation.

    >>> _clean_value(' “The Conversation”. ')
    'The Conversation'
    """
    return _SPACES.sub(" ", value).strip(_VALUE_EDGES)


def record(metadata: Metadata, key: str, value: str) -> None:
    """Record a rule's captured ``value`` in a metadata field.

    >>> m = Metadata()
    >>> record(m, "tags", "Europe, Russia and FSU | Energy")
    >>> record(m, "original_source", "[Zero Hedge]. ")
    >>> m.tags, m.original_source
    (['Europe', 'Russia and FSU', 'Energy'], 'Zero Hedge')
    """
    if key == "tags":
        metadata.add("tags", *(_clean_value(v) for v in _TAG_SPLIT.split(value)))
    elif key in ("authors", "contributors"):
        metadata.add(key, *(_clean_value(v) for v in _NAME_SPLIT.split(value)))
    elif key == "date":
        metadata.set_default("date", parse_date(value))
    else:
        metadata.set_default(key, _clean_value(value))


# ---------------------------------------------------------------------------
# the cleaner


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Options of the boilerplate cleaner.

    Attributes:
        packaged: use the rule files newsclean ships (default ``True``).
        rule_files: more TOML rule files, loaded after the packaged ones
            (default none). A rule with the id of an earlier one replaces it.
        rules: more :class:`Rule` objects, after the files (default none).
        disabled: ids of rules not to use (default none); an id no loaded
            rule has is an error.
        metadata: record what notices say (``original_source``, ``tags``,
            ...) in the document's metadata (default ``True``).
        prose_words: how many words a line needs to count as a prose
            paragraph of the story when finding its top and bottom (default
            20, as :func:`newsclean.text.zones`).
        headline_words: the most words a line a ``then = "headlines"``,
            ``"items"`` or ``"box"`` rule takes may have (default 20).
        tag_words: the most words a line a ``then = "tags"`` rule takes may
            have (default 6).
        max_items: the most lines a ``then`` rule takes (default 20; a
            ``"box"`` rule takes this many on each side).
        tag_links: remove a line at the bottom that is only the text of a
            link to a tag or topic page (``/tag/``, ``/topics/``,
            ``/category/`` ...) the markup step recorded in
            ``metadata.extras["links"]``, and record it in ``tags``: the
            topic tags a blog platform prints after the story, one a line
            and with no heading (default ``True``; rule ``tag-link``).
    """

    packaged: bool = True
    rule_files: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    disabled: tuple[str, ...] = ()
    metadata: bool = True
    prose_words: int = 20
    headline_words: int = 20
    tag_words: int = 6
    max_items: int = 20
    tag_links: bool = True


def _strip(text: str) -> str:
    return text.strip(_EDGE_JUNK)


# a link to a site's tag, topic, label or category page: the segment after it names the tag
_TAG_URL = re.compile(
    r"/(?:tags?|tagged|topics?|labels?|categor(?:y|ies)|keywords?|thema|themen|schlagworte?"
    r"|sujets?|temas?)/[^/?#\s]",
    re.IGNORECASE,
)

#: the rule of a line that is only the text of a link to a tag page (see
#: :attr:`BoilerplateConfig.tag_links`); it is not a packaged rule
TAG_LINK = Rule(
    id="tag-link",
    pattern=r"(?P<value>[^\n]{1,200})",
    position="bottom",
    meta="tags",
    description="Urban Planning (a lone link to a tag page at the bottom; it becomes a tag)",
)


def tag_link_texts(links: object) -> frozenset[str]:
    """The lower-cased texts of the recorded links that point to a tag or topic page.

    ``links`` is ``metadata.extras["links"]`` as the markup step leaves it
    (``{"text", "url"}`` records); anything else is ignored.

    >>> sorted(tag_link_texts([
    ...     {"text": "Estonia", "url": "https://medium.com/tag/estonia?source=post_page"},
    ...     {"text": "*Energy*", "url": "https://example.org/topics/energy/"},
    ...     {"text": "a story", "url": "https://example.org/2024/03/a-story"},
    ... ]))
    ['energy', 'estonia']
    """
    if not isinstance(links, list):
        return frozenset()
    out = set()
    for link in links:
        if not isinstance(link, dict):
            continue
        text, url = link.get("text"), link.get("url")
        if isinstance(text, str) and isinstance(url, str) and _TAG_URL.search(url):
            key = normal_line(text.replace("*", " ")).lower()
            if key:
                out.add(key)
    return frozenset(out)


def _tag_link_lines(lines: Sequence[Line], texts: Set[str], max_words: int) -> Iterator[int]:
    """The indexes of the short lines that are only the text of a tag link."""
    for line in lines:
        text = line.text
        if not text or len(text) > 300:
            continue
        key = _unbulleted(normal_line(text)).lower()
        if key in texts and word_count(key) <= max_words:
            yield line.index


class BoilerplateCleaner(Cleaner):
    """Remove repost and site furniture with the rules of TOML rule files."""

    name: ClassVar[str] = "boilerplate"
    Config: ClassVar[type[BoilerplateConfig]] = BoilerplateConfig
    config: BoilerplateConfig

    def __init__(self, config: BoilerplateConfig | None = None, **overrides: Any) -> None:
        super().__init__(config, **overrides)
        cfg = self.config
        self.ruleset = _ruleset(
            cfg.packaged,
            tuple(_file_key(os.fspath(p)) for p in cfg.rule_files),
            tuple(cfg.rules),
            frozenset(cfg.disabled),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle the config only: the compiled rules are rebuilt (and cached) on load
        return (type(self), (self.config,))

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        cfg = self.config
        rules = self.ruleset
        lines = split_lines(text)
        # every line a line/start rule matches: its first rule now, the others lazily
        hits: dict[int, Iterator[tuple[Rule, str | None]]] = {}
        firsts: dict[int, tuple[Rule, str | None]] = {}
        low = text.lower() if rules.keywords else ""
        for index, ids in rules.candidates(lines, low).items():
            found = rules.line_matches(lines[index].text, ids)
            first = next(found, None)
            if first is not None:
                hits[index] = found
                firsts[index] = first
        inline: dict[int, list[tuple[Rule, int, int]]] = {}
        for index, ids in rules.inline_candidates(lines, low).items():
            spans = rules.inline_matches(lines[index].text, ids)
            if spans:
                inline[index] = spans
        texts: frozenset[str] = frozenset()
        if cfg.tag_links and "links" in doc.metadata.extras:
            texts = tag_link_texts(doc.metadata.extras["links"])
            if texts:
                for index in _tag_link_lines(lines, texts, cfg.tag_words):
                    if index not in firsts:
                        firsts[index] = (TAG_LINK, _unbulleted(normal_line(lines[index].text)))
                        hits[index] = iter(())
        if not firsts and not inline:
            return []

        zone: list[Zones] = []

        def zones() -> Zones:
            if not zone:
                values = _label_values(lines, firsts)
                zone.append(_story_zones(lines, firsts, inline, cfg.prose_words, values))
            return zone[0]

        def placed(rule: Rule, value: str | None = None, *, line: Line) -> bool:
            if rule.position == "any":
                return True
            if (
                value
                and rule.meta == "tags"
                and rule is not TAG_LINK
                and _all_tag_links(value, texts)
            ):
                # a labelled tag list whose every item links to a tag page is
                # one wherever it stands (a lone tag link still needs the bottom)
                return True
            z = zones()
            if rule.position == "top":
                return z.top(line)
            if rule.position == "bottom":
                return z.bottom(line)
            return z.top(line) or z.bottom(line)

        # the rule of every line first, so that a block rule (then = "items"
        # or "box") knows which of its neighbours go anyway
        chosen: dict[int, tuple[Rule, str | None]] = {}
        for index in sorted(firsts):
            line = lines[index]
            pick = _first_placed(firsts[index], hits[index], functools.partial(placed, line=line))
            if pick is not None:
                chosen[index] = pick
        lonely = [index for index, (rule, _) in chosen.items() if not rule.alone]
        if lonely:
            company = dict(chosen)
            for index in lonely:
                if not _in_company(lines, index, company[index][0], company):
                    del chosen[index]
        changes: list[Change] = []
        removed: set[int] = set(chosen)
        gaps = (
            _Gaps(lines, removed)
            if any(rule.then in _TAKES_ITEMS for rule, _ in chosen.values())
            else None
        )
        for index, (rule, value) in sorted(chosen.items()):
            changes.append(line_change(lines[index], rule.id, rule.category))
            if cfg.metadata and rule.meta is not None and value:
                record(doc.metadata, rule.meta, value)
            if rule.then is not None:
                most = cfg.max_items
                if rule.story_items is not None and not zones().bottom(lines[index]):
                    most = min(most, rule.story_items)
                for item in self._items(lines, index, rule, firsts, removed, gaps, most):
                    changes.append(line_change(item, f"{rule.id}-item", rule.category))
                    removed.add(item.index)
                    if gaps is not None:
                        gaps.drop(item.index)
                    if cfg.metadata and rule.then == "tags":
                        record(doc.metadata, "tags", _unbulleted(normal_line(item.text)))
        for index, spans in inline.items():
            if index in removed:
                continue
            line = lines[index]
            for rule, start, end in spans:
                if placed(rule, line=line):
                    changes.append(
                        Change(line.start + start, line.start + end, "", rule.id, rule.category)
                    )
        return changes

    def _items(
        self,
        lines: Sequence[Line],
        index: int,
        rule: Rule,
        firsts: Mapping[int, object],
        removed: Set[int],
        gaps: _Gaps | None,
        most: int,
    ) -> Iterator[Line]:
        """The lines a ``then`` rule at ``index`` takes with it (at most ``most`` a side)."""
        cfg = self.config
        then = rule.then
        if then in _TAKES_ITEMS:
            assert gaps is not None  # made whenever such a rule is chosen
            yield from self._block(lines, index, rule, 1, gaps, most)
            if then == "box":
                yield from self._block(lines, index, rule, -1, gaps, most)
            return
        if then == "value":
            i = _next_filled(lines, index, 1)
            if i < len(lines) and i not in firsts and i not in removed:
                yield lines[i]
            return
        limit = cfg.headline_words if then == "headlines" else cfg.tag_words
        taken = 0
        for i in range(index + 1, len(lines)):
            line = lines[i]
            if taken >= most or i in firsts:
                return
            if i in removed:  # taken by a box already: looked past, as a blank line
                continue
            text = _strip(line.text)
            if not text:
                continue
            words = word_count(text)
            if not 0 < words <= limit or is_prose(text, cfg.prose_words):
                return
            if (
                then == "headlines"
                and not _CATEGORY_LABEL.match(text)
                and (
                    not _HEADLINE_END.search(text)
                    or _DIALOGUE_END.search(text)
                    or reported_speech(text)
                )
            ):
                return
            taken += 1
            yield line

    def _block(
        self, lines: Sequence[Line], index: int, rule: Rule, step: int, gaps: _Gaps, most: int
    ) -> Iterator[Line]:
        """The rule's ``items`` next to line ``index``, going ``step`` (1 down, -1 up).

        Blank lines and lines that go anyway (another rule's, or taken
        already) are looked past; the first other line that is not an item,
        or is longer than ``headline_words``, ends the block. The caller
        drops each line taken from ``gaps``.
        """
        cfg = self.config
        taken = 0
        i = gaps.next(index + step, step)
        while 0 <= i < len(lines) and taken < most:
            line = lines[i]
            if word_count(line.text) > cfg.headline_words or not rule.takes(line.text):
                return
            taken += 1
            yield line
            i = gaps.next(i + step, step)


class _Gaps:
    """The lines a block may still take: not blank, not removed, found past the others.

    Two "next kept line" forests (down and up) with path compression, so
    that walking past a long run of removed lines costs it once, not once
    per block rule (a page of a thousand share prompts stays linear).

    >>> lines = split_lines("a\\n\\nb\\nc")
    >>> gaps = _Gaps(lines, {2})
    >>> gaps.next(1, 1), gaps.next(2, -1)
    (3, 0)
    >>> gaps.drop(3)
    >>> gaps.next(1, 1), gaps.next(3, -1)
    (4, 0)
    """

    __slots__ = ("_down", "_up")

    def __init__(self, lines: Sequence[Line], removed: Set[int]) -> None:
        n = len(lines)
        gone = [line.index in removed or not _strip(line.text) for line in lines]
        # down[i]: i, or a later line to look from; down[n] ends the text
        self._down = [i + 1 if gone[i] else i for i in range(n)] + [n]
        # up[i + 1]: i + 1, or an earlier line to look from (shifted: up[0] is before the text)
        self._up = [0] + [i if gone[i] else i + 1 for i in range(n)]

    def next(self, i: int, step: int) -> int:
        """The first line at or after ``i`` (``step`` 1) or at or before it (-1) still there.

        Out of the text it is ``len(lines)`` going down and ``-1`` going up.
        """
        if step > 0:
            return _root(self._down, min(max(i, 0), len(self._down) - 1))
        return _root(self._up, min(max(i + 1, 0), len(self._up) - 1)) - 1

    def drop(self, i: int) -> None:
        """Line ``i`` is taken: walks look past it from now on."""
        self._down[i] = i + 1
        self._up[i + 1] = i


def _root(parent: list[int], i: int) -> int:
    """The root of ``i`` in a forest of parent links, compressing the path walked."""
    root = i
    while parent[root] != root:
        root = parent[root]
    while parent[i] != root:
        parent[i], i = root, parent[i]
    return root


def _in_company(
    lines: Sequence[Line], index: int, rule: Rule, chosen: Mapping[int, tuple[Rule, str | None]]
) -> bool:
    """Whether the nearest line above or below ``index`` is one of ``rule``'s items or
    another line ``rule`` removes (for ``alone = false``).

    Blank lines and lines another rule removes are looked past, as a box does,
    so that a second run over the cleaned text decides the same. A label of a
    ``then = "value"`` rule looks past one more line each way: the value
    under it, or the value of the label above.

    >>> rule = Rule(id="f", pattern="status", then="box", items="help|about", alone=False)
    >>> lines = split_lines("Help\\n\\nStatus\\nStory\\nStatus")
    >>> _in_company(lines, 2, rule, {}), _in_company(lines, 4, rule, {})
    (True, False)
    """
    for step in (-1, 1):
        skip = 1 if rule.then == "value" else 0
        i = index + step
        while 0 <= i < len(lines):
            pick = chosen.get(i)
            if pick is not None:
                if pick[0] is rule:
                    return True
            elif _strip(lines[i].text):
                if rule.takes(lines[i].text):
                    return True
                if not skip:
                    break
                skip -= 1
            i += step
    return False


def _next_filled(lines: Sequence[Line], index: int, step: int) -> int:
    """The first line after ``index`` going ``step`` that is not blank (or off the text).

    >>> lines = split_lines("a\\n\\nb")
    >>> _next_filled(lines, 0, 1), _next_filled(lines, 2, -1), _next_filled(lines, 2, 1)
    (2, 0, 3)
    """
    i = index + step
    while 0 <= i < len(lines) and not _strip(lines[i].text):
        i += step
    return i


def _label_values(lines: Sequence[Line], firsts: Mapping[int, tuple[Rule, str | None]]) -> set[int]:
    """The value lines under a run of ``then = "value"`` labels (not story prose).

    A label's value is the next line that is not blank and no rule matches;
    only labels in company (:func:`_in_company`) count, so a lone "Journal"
    line leaves the paragraph after it alone.

    >>> rule = Rule(id="l", pattern="journal|doi", then="value", alone=False)
    >>> lines = split_lines("Journal\\nNature\\nDOI\\n10.1/x")
    >>> sorted(_label_values(lines, {0: (rule, None), 2: (rule, None)}))
    [1, 3]
    """
    out: set[int] = set()
    for index, (rule, _value) in firsts.items():
        if rule.then != "value":
            continue
        value = _next_filled(lines, index, 1)
        if value < len(lines) and value not in firsts and _in_company(lines, index, rule, firsts):
            out.add(value)
    return out


def _first_placed(
    first: tuple[Rule, str | None],
    rest: Iterator[tuple[Rule, str | None]],
    placed: Callable[[Rule, str | None], bool],
) -> tuple[Rule, str | None] | None:
    """The first matching rule whose position the line satisfies."""
    if placed(*first):
        return first
    for candidate in rest:
        if placed(*candidate):
            return candidate
    return None


def _all_tag_links(value: str, texts: Set[str]) -> bool:
    """Whether every tag in a taxonomy line's value is the text of a tag-page link.

    >>> _all_tag_links("Energy, Climate policy.", {"energy", "climate policy"})
    True
    >>> _all_tag_links("Energy, the grid", {"energy"}), _all_tag_links("Energy", set())
    (False, False)
    """
    if not texts:
        return False
    tags = [_clean_value(v).lower() for v in _TAG_SPLIT.split(value)]
    tags = [t for t in tags if t]
    return bool(tags) and all(t in texts for t in tags)


def _story_zones(
    lines: Sequence[Line],
    matched: Mapping[int, object],
    inline: Mapping[int, list[tuple[Rule, int, int]]],
    min_words: int,
    values: Set[int] = frozenset(),
) -> Zones:
    """The story's first and last prose lines, not counting lines rules match.

    Inline matches are left out of a line before it is judged, so that a
    second run over the cleaned text finds the same zones. ``values`` (the
    lines under a footer's labels, see :func:`_label_values`) do not count
    as the last prose line.
    """

    def prose(line: Line) -> bool:
        if line.index in matched:
            return False
        text = line.text
        spans = inline.get(line.index)
        if spans:
            pieces, last = [], 0
            for _rule, start, end in spans:
                pieces.append(text[last:start])
                last = end
            pieces.append(text[last:])
            text = "".join(pieces)
        return is_prose(text, min_words)

    def sentence(line: Line) -> bool:
        return line.index not in matched and is_prose(line.text, SENTENCE_WORDS)

    first = next((line.index for line in lines if prose(line)), None)
    if first is None:
        # a brief or live updates: its short sentences that no rule matches
        # bound the story, so furniture rules keep to its edges
        first = next((line.index for line in lines if sentence(line)), None)
        if first is None:
            return Zones(len(lines), -1)
        last = next(line.index for line in reversed(lines) if sentence(line))
        return Zones(first, last)
    last = next(
        (line.index for line in reversed(lines) if line.index not in values and prose(line)),
        first,
    )
    return Zones(first, last)
