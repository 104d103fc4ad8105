"""Build-time generation for the newsclean documentation (mkdocs hooks).

Nothing that newsclean prints or does is pasted into the pages: it is
produced while the site is built, by running the installed code. Pages ask
for generated content in two ways.

**Placeholders**, an HTML comment alone on a line::

    <!-- newsclean:NAME key=value ... -->

``before-after fixture=PREFIX lines=A-B``
    Lines A to B of the fixture article ``fixtures/articles/PREFIX*.txt``
    next to the same stretch of the text the default pipeline makes of it,
    and the metadata it extracted.
``cleaner-gallery``
    One section per step of ``newsclean.cleaners.BUILTIN``: the module
    docstring, the Config dataclass's options with their defaults, the
    metadata the step recorded on the fixtures, a before/after from running
    the module docstring's example, and the lines the step changed in the
    fixture articles, with the rule of every edit (``doc.edits``).
``cli-reference``
    Every subcommand of ``newsclean.cli.build_parser()``: usage, description,
    arguments and options.
``api-exports module=NAME``
    A table of a package's ``__all__``, linked to where each name is
    documented.
``api-cleaners``
    A table of the built-in cleaners and their Config classes.

**Executed code blocks**: a fence whose info string is ``python exec`` or
``console exec`` (optionally followed by ``lines=N``, the most output lines
shown), or ``LANG exec file=NAME``. A ``python exec`` block runs in a
namespace shared by the page's blocks; a ``console exec`` block runs each
``$ command`` line with bash; a ``file=NAME`` block is written to ``NAME``
for the later blocks to use. All run in a scratch folder (one per page) that
holds ``fixtures``, a link to the repository's fixtures. The block is shown
as written, followed by its real output. A block that raises or a command
that fails is a build warning (so ``mkdocs build --strict`` fails), as are an
unknown placeholder and a placeholder whose generator raises.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import doctest
import html
import importlib
import importlib.util
import inspect
import io
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import textwrap
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger("mkdocs.plugins.newsclean")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = ROOT / "fixtures" / "articles"

#: How many fixture rows the gallery shows per cleaner.
MAX_ROWS = 6
#: Characters of context shown around an edit inside a long line.
CONTEXT = 60
#: A changed stretch longer than this is shown as a window around the edits.
LONG = 240
#: Lines shown per table cell before "…".
CELL_LINES = 8

_PLACEHOLDER = re.compile(r"^<!--\s*newsclean:(?P<name>[\w-]+)(?P<args>[^>]*?)\s*-->[ \t]*$", re.M)
_EXEC = re.compile(
    r"^(?P<fence>`{3,})(?P<lang>[\w-]+) exec(?P<opts>[^\n]*)\n(?P<code>.*?)^(?P=fence)[ \t]*$",
    re.M | re.S,
)


def _load_rst() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsclean_docs_griffe_rst", HERE / "griffe_rst.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rst = _load_rst()

_cache: dict[str, Any] = {}


# --------------------------------------------------------------------------- mkdocs events


def on_config(config: Any) -> Any:
    # `mkdocs serve` rebuilds in the same process: forget the previous build's
    # results and imports, so that edits to the code show up
    _cache.clear()
    for name in [m for m in sys.modules if m == "newsclean" or m.startswith("newsclean.")]:
        del sys.modules[name]
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    state = _PageState(page.file.src_uri, files)
    try:
        markdown = _PLACEHOLDER.sub(lambda m: _placeholder(m, state), markdown)
        markdown = _EXEC.sub(lambda m: _execute(m, state), markdown)
    finally:
        state.close()
    return markdown


class _PageState:
    """What the generators of one page share: its path, files, scratch folder, namespace."""

    def __init__(self, src_uri: str, files: Any) -> None:
        self.src_uri = src_uri
        self.files = files
        # a real module, so that classes defined in examples (dataclasses) work
        self.module = ModuleType("newsclean_docs_example")
        self.namespace: dict[str, Any] = self.module.__dict__
        self._scratch: Path | None = None

    @property
    def scratch(self) -> Path:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="newsclean-docs-"))
            (self._scratch / "fixtures").symlink_to(ROOT / "fixtures", target_is_directory=True)
            for name in ("heldout", "blind", "blind2", "blind3"):
                (self._scratch / name).symlink_to(
                    ROOT / "tests" / "data" / name, target_is_directory=True
                )
        return self._scratch

    def link(self, target: str) -> str | None:
        """A relative link from this page to the page ``target`` (docs-relative), if it exists."""
        if self.files.get_file_from_path(target) is None:
            return None
        return os.path.relpath(target, os.path.dirname(self.src_uri) or ".").replace(os.sep, "/")

    def close(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def _placeholder(match: re.Match[str], state: _PageState) -> str:
    name = match["name"]
    args = dict(part.split("=", 1) for part in shlex.split(match["args"]) if "=" in part)
    generators: dict[str, Callable[..., str]] = {
        "before-after": _before_after,
        "cleaner-gallery": _cleaner_gallery,
        "cli-reference": _cli_reference,
        "api-exports": _api_exports,
        "api-cleaners": _api_cleaners,
    }
    generator = generators.get(name)
    if generator is None:
        log.warning("%s: unknown placeholder newsclean:%s", state.src_uri, name)
        return ""
    try:
        return generator(state, **args)
    except Exception:
        log.warning(
            "%s: generating newsclean:%s failed:\n%s", state.src_uri, name, traceback.format_exc()
        )
        return ""


# --------------------------------------------------------------------------- small helpers


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _fence(text: str, lang: str = "text", extra: str = "") -> str:
    """A fenced code block that no backtick run inside ``text`` can close."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    info = f"{lang} {extra}".strip()
    return f"{ticks}{info}\n{text.rstrip(chr(10))}\n{ticks}"


def _md_cell(text: str) -> str:
    """Markdown for a table cell: one line, pipes outside code spans escaped."""
    parts = re.split(r"(`+[^`]*?`+)", " ".join(text.split()))
    return "".join(p if p.startswith("`") else p.replace("|", "\\|") for p in parts)


def _code_cell(text: str) -> str:
    """Inline code for a table cell, as HTML (a pipe cannot split the cell)."""
    return "<code>" + _esc(" ".join(text.split())).replace("|", "&#124;") + "</code>"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first_paragraph(doc: str | None, module: ModuleType | None = None) -> str:
    """The first paragraph of a docstring, as one line of Markdown."""
    if not doc:
        return ""
    text = inspect.cleandoc(doc).split("\n\n", 1)[0].replace("\n", " ").strip()
    return rst.to_markdown(text, _python_resolver(module) if module else None)


def _python_resolver(module: ModuleType) -> Callable[[str], str | None]:
    """Resolve a docstring role's target in ``module``'s namespace to a full path."""

    def resolve(target: str) -> str | None:
        if target.startswith("newsclean."):
            return target
        head, _, rest = target.partition(".")
        obj = vars(module).get(head)
        if obj is None:
            return None
        if inspect.isclass(obj) and rest:
            member = inspect.getattr_static(obj, rest.split(".")[0], None)
            if not (
                inspect.isfunction(member)
                or isinstance(member, property | classmethod | staticmethod)
            ):
                rest = ""  # a dataclass field: documented in its class's Attributes table
        if inspect.isclass(obj) or inspect.isfunction(obj):
            path = f"{obj.__module__}.{obj.__qualname__}"
        elif inspect.ismodule(obj):
            path = obj.__name__
        else:
            path = f"{module.__name__}.{head}"
        if not path.startswith("newsclean"):
            return None
        return f"{path}.{rest}" if rest else path

    return resolve


def _autoref(identifier: str, shown: str | None = None, *, optional: bool = False) -> str:
    """An autorefs link (HTML, so it works in Markdown tables and raw HTML alike)."""
    title = f"<code>{_esc(shown or identifier)}</code>"
    flag = " optional" if optional else ""
    return f'<autoref identifier="{html.escape(identifier)}"{flag}>{title}</autoref>'


# --------------------------------------------------------------------------- fixture runs


@dataclasses.dataclass
class _Call:
    """One ``Document.apply`` call: the text the step saw and the edits it made."""

    step: str
    before: str
    edits: list[Any]


@dataclasses.dataclass
class _Run:
    """The default pipeline run step by step on one fixture article."""

    name: str
    doc: Any
    calls: list[_Call]
    metadata: dict[str, dict[str, Any]]
    errors: dict[str, str]


def _flat_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in meta.items() if k != "extras"}
    for key, value in meta.get("extras", {}).items():
        out[f"extras.{key}"] = value
    return out


def _traced_document_class() -> type:
    from newsclean import Document

    class TracedDocument(Document):  # type: ignore[misc, valid-type]
        """A Document that remembers the text each ``apply`` call was made on."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.calls: list[_Call] = []

        def apply(self, step: str, changes: Iterable[Any]) -> int:
            before = self.text
            first = len(self.edits)
            count: int = super().apply(step, changes)
            if len(self.edits) > first:
                self.calls.append(_Call(step, before, list(self.edits[first:])))
            return count

    return TracedDocument


def _fixture_runs() -> list[_Run]:
    """The default pipeline on every fixture article, one step at a time (cached per build)."""
    if "runs" in _cache:
        return _cache["runs"]  # type: ignore[no-any-return]
    import newsclean

    traced = _traced_document_class()
    runs = []
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        doc = traced(text, path=path.name)
        metadata: dict[str, dict[str, Any]] = {}
        errors: dict[str, str] = {}
        for step in newsclean.default_pipeline():
            before = _flat_metadata(doc.metadata.to_dict())
            try:
                step(doc)
            except Exception as exc:
                errors[step.name] = f"{type(exc).__name__}: {exc}"
                log.warning(
                    "fixture %s: step %r raised %s", path.name, step.name, errors[step.name]
                )
            after = _flat_metadata(doc.metadata.to_dict())
            metadata[step.name] = {k: v for k, v in after.items() if before.get(k) != v}
        runs.append(_Run(path.name, doc, doc.calls, metadata, errors))
    if not runs:
        log.warning("no fixture articles in %s", FIXTURES)
    _cache["runs"] = runs
    return runs


def _fixture_label(name: str) -> str:
    return name.split("_", 1)[0] if "_" in name else name


# --------------------------------------------------------------------------- before/after rows


@dataclasses.dataclass
class _Span:
    start: int
    end: int
    edit: Any


@dataclasses.dataclass
class _Row:
    fixture: str
    line: int
    rules: list[tuple[str, str]]
    before: str  # HTML
    after: str  # HTML
    removed_whole: bool


_INVISIBLE = {" ": "·", "\u00a0": "⍽", "\t": "⇥", "\r": "␍", "\n": "↵\n"}


def _visible(text: str) -> str:
    """White space made visible (for changes that are only white space)."""
    if len(text) > 4 and set(text) == {"\n"}:
        return f"↵ ×{len(text)}\n"
    out = []
    for ch in text:
        if ch in _INVISIBLE:
            out.append(_INVISIBLE[ch])
        elif ch.isspace() or ch in "\u200b\u00ad\ufeff\u200d\ufe0f\ufe0e":
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def _cap_lines(text: str) -> str:
    lines = [_short(line, 400) for line in text.split("\n") if line.strip()]
    if len(lines) > CELL_LINES:
        lines = [*lines[:CELL_LINES], f"… ({len(lines) - CELL_LINES} more lines)"]
    return "\n".join(lines)


def _spans(call: _Call) -> list[_Span]:
    """The edits of one apply call as spans of the text the step saw."""
    spans = []
    shift = 0
    for edit in call.edits:
        start = edit.at - shift
        end = start + len(edit.removed)
        shift += len(edit.replacement) - len(edit.removed)
        if call.before[start:end] != edit.removed:
            log.debug("edit %r does not line up with the text it was made on; skipped", edit)
            continue
        spans.append(_Span(start, end, edit))
    return spans


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", max(end, start))
    if end > start and text[end - 1] == "\n":
        last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _whole_line(text: str, span: _Span, first: int, last: int) -> bool:
    return (
        span.edit.replacement.strip() == ""
        and span.edit.removed.strip() != ""
        and span.start == first
        and (span.end >= last or text[span.end - 1 : span.end] == "\n")
    )


def _blocks(call: _Call) -> list[tuple[int, int, list[_Span], bool]]:
    """Group a call's spans into blocks of lines: (start, end, spans, whole lines removed)."""
    text = call.before
    blocks: list[tuple[int, int, list[_Span], bool]] = []
    for span in _spans(call):
        first, last = _line_bounds(text, span.start, span.end)
        whole = _whole_line(text, span, first, last)
        if blocks:
            b_first, b_last, b_spans, b_whole = blocks[-1]
            same_line = first <= b_last
            adjacent = whole and b_whole and not text[b_last:first].strip() and first - b_last <= 3
            if same_line or adjacent:
                blocks[-1] = (b_first, max(b_last, last), [*b_spans, span], b_whole and whole)
                continue
        blocks.append((first, last, [span], whole))
    return blocks


def _render_pair(text: str, start: int, end: int, spans: list[_Span]) -> tuple[str, str]:
    """HTML of ``text[start:end]`` before and after ``spans``, changes marked."""
    before: list[str] = []
    after: list[str] = []
    pos = start
    for span in spans:
        plain = _esc(text[pos : span.start])
        before.append(plain)
        after.append(plain)
        removed, added = span.edit.removed, span.edit.replacement
        blank = not removed.strip() and not added.strip()
        show = _visible if blank else (lambda s: s)
        if removed:
            before.append(f'<del class="nc-del">{_esc(show(removed))}</del>')
        if added:
            after.append(f'<ins class="nc-ins">{_esc(show(added))}</ins>')
        pos = span.end
    tail = _esc(text[pos:end])
    before.append(tail)
    after.append(tail)
    return "".join(before), "".join(after)


def _window(text: str, first: int, last: int, spans: list[_Span]) -> tuple[int, int, list[_Span]]:
    """A window of a long line around its first edits, and the edits inside it."""
    lead = spans[0]
    chosen = [s for s in spans if s.start - lead.start < LONG // 2] or [lead]
    start = max(first, lead.start - CONTEXT)
    end = min(last, max(s.end for s in chosen) + CONTEXT)
    for span in spans:
        if span not in chosen and span.start < end:
            chosen.append(span)
            end = min(last, max(end, span.end))
    # snap to word boundaries
    if start > first:
        space = text.rfind(" ", first, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    if end < last:
        space = text.find(" ", end, last)
        end = space if space >= 0 and space - end < 20 else end
    return start, end, chosen


def _rows(name: str) -> list[_Row]:
    """Every before/after row of one step over all fixtures, in text order."""
    rows = []
    for run in _fixture_runs():
        for call in run.calls:
            if call.step != name:
                continue
            text = call.before
            for first, last, spans, whole in _blocks(call):
                rules = list(dict.fromkeys((s.edit.rule, s.edit.category) for s in spans))
                line = spans[0].edit.line
                if whole:
                    block = _cap_lines(text[first:last])
                    rows.append(_Row(run.name, line, rules, _esc(block), "", True))
                    continue
                shown = spans
                start, end = first, last
                if last - first > LONG:
                    start, end, shown = _window(text, first, last, spans)
                    rules = list(dict.fromkeys((s.edit.rule, s.edit.category) for s in shown))
                before, after = _render_pair(text, start, end, shown)
                if start > first:
                    before, after = "…" + before, "…" + after
                if end < last:
                    before, after = before + "…", after + "…"
                rows.append(_Row(run.name, line, rules, before, after, False))
    return rows


def _pick(rows: list[_Row]) -> list[_Row]:
    """Up to MAX_ROWS rows: one for each rule first, then more in order."""
    picked: list[_Row] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        if len(picked) >= MAX_ROWS:
            break
        if not set(row.rules) <= seen:
            picked.append(row)
            seen.update(row.rules)
    for row in rows:  # then rows from other fixtures
        if len(picked) >= MAX_ROWS:
            break
        if row not in picked and row.fixture not in {r.fixture for r in picked}:
            picked.append(row)
    for row in rows:  # then any, up to half the limit
        if len(picked) >= max(MAX_ROWS // 2, 1):
            break
        if row not in picked:
            picked.append(row)
    order = {id(row): i for i, row in enumerate(rows)}
    return sorted(picked, key=lambda r: order[id(r)])


def _rows_table(rows: list[_Row]) -> str:
    out = [
        '<table class="nc-edits">',
        "<thead><tr><th>Where</th><th>Rule</th><th>Before</th><th>After</th></tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        rules = "<br>".join(
            f"<code>{_esc(rule or '?')}</code>" + (f" <small>{_esc(cat)}</small>" if cat else "")
            for rule, cat in row.rules
        )
        label = f"{_esc(_fixture_label(row.fixture))}:{row.line}"
        where = f'<span title="fixtures/articles/{_esc(row.fixture)}">{label}</span>'
        before = f'<div class="nc-cell">{row.before}</div>'
        if row.removed_whole:
            after = '<div class="nc-cell"><em>removed</em></div>'
            before = f'<div class="nc-cell nc-gone">{row.before}</div>'
        else:
            after = f'<div class="nc-cell">{row.after}</div>'
        out.append(f"<tr><td>{where}</td><td>{rules}</td><td>{before}</td><td>{after}</td></tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _pair_table(before: str, after: str, labels: tuple[str, str] = ("Before", "After")) -> str:
    return "\n".join(
        [
            '<table class="nc-edits nc-pair">',
            f"<thead><tr><th>{labels[0]}</th><th>{labels[1]}</th></tr></thead>",
            f'<tbody><tr><td><div class="nc-cell">{before}</div></td>'
            f'<td><div class="nc-cell">{after}</div></td></tr></tbody>',
            "</table>",
        ]
    )


# --------------------------------------------------------------------------- home: before/after


def _map_offset(edits: list[Any], offset: int) -> int:
    """Where an offset of the original text ends up in the cleaned text."""
    pos = offset
    # edit.at is the offset in the text as it was when the edit was applied,
    # so walking the log forwards moves an original offset to the final text
    for edit in edits:
        end = edit.at + len(edit.removed)
        if end <= pos:
            pos += len(edit.replacement) - len(edit.removed)
        elif edit.at < pos:
            pos = edit.at + len(edit.replacement)
    return pos


def _before_after(state: _PageState, fixture: str = "", lines: str = "1-40") -> str:
    runs = [r for r in _fixture_runs() if r.name.startswith(fixture)]
    if not runs:
        raise ValueError(f"no fixture article starts with {fixture!r}")
    run = runs[0]
    doc = run.doc
    a, _, b = lines.partition("-")
    first, last = int(a), int(b or a)
    starts = [0] + [m.end() for m in re.finditer("\n", doc.original)]
    lo = starts[first - 1] if first - 1 < len(starts) else len(doc.original)
    hi = starts[last] if last < len(starts) else len(doc.original)
    before = doc.original[lo:hi]
    after = doc.text[_map_offset(doc.edits, lo) : _map_offset(doc.edits, hi)]
    more_before = hi < len(doc.original)
    more_after = _map_offset(doc.edits, hi) < len(doc.text)
    counts: dict[str, int] = {}
    for edit in doc.edits:
        counts[edit.category or "?"] = counts.get(edit.category or "?", 0) + 1
    summary = ", ".join(f"{cat} {n}" for cat, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    meta = json.dumps(doc.metadata.to_dict(), indent=2, ensure_ascii=False)
    out = [
        f"Lines {first}–{last} of `fixtures/articles/{run.name}`, as scraped and as "
        "`newsclean.clean()` leaves them:",
        "",
        '=== "Before"',
        "",
        textwrap.indent(
            _fence(before.strip("\n") + ("\n…" if more_before else ""), "text", "{.nc-wrap}"),
            "    ",
        ),
        "",
        '=== "After"',
        "",
        textwrap.indent(
            _fence(after.strip("\n") + ("\n…" if more_after else ""), "text", "{.nc-wrap}"), "    "
        ),
        "",
        '=== "Metadata"',
        "",
        textwrap.indent(_fence(meta, "json"), "    "),
        "",
        f"On the whole article: {len(doc.original):,} characters in, {len(doc.text):,} out; "
        f"{len(doc.edits)} edits ({summary}), every one logged with its step and rule.",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- cleaner gallery


def _docstring_body(module: ModuleType) -> tuple[str, bool]:
    """A module docstring as Markdown, without its examples and its later sections.

    Returns the text and whether a part was left out.
    """
    text = inspect.cleandoc(module.__doc__ or "")
    cut = False
    heading = re.search(r"^\S[^\n]*\n[-=~^]{3,}[ \t]*$", text, re.M)
    if heading:
        text, cut = text[: heading.start()].rstrip(), True
    md = rst.to_markdown(text, _python_resolver(module))
    md = re.sub(r"^```pycon\n.*?^```[ \t]*\n?", "", md, flags=re.M | re.S)
    md = re.sub(r"\n{3,}", "\n\n", md).strip()
    return md, cut


def _config_table(config: type) -> str:
    if not dataclasses.is_dataclass(config):
        return f"`{config.__name__}` is not a dataclass; see its API reference."
    fields = [f for f in dataclasses.fields(config) if f.init]
    if not fields:
        return "This cleaner has no options."
    described = _attribute_docs(config.__doc__ or "")
    module = sys.modules.get(config.__module__)
    resolve = _python_resolver(module) if module else None
    rows = ["| Option | Type | Default | Meaning |", "| --- | --- | --- | --- |"]
    for f in fields:
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = dataclasses.MISSING
        shown = "required" if default is dataclasses.MISSING else _short(repr(_plain(default)), 60)
        kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        meaning = rst.to_markdown(described.get(f.name, "—"), resolve)
        rows.append(
            f"| `{f.name}` | {_code_cell(str(kind))} | {_code_cell(shown)} | {_md_cell(meaning)} |"
        )
    return "\n".join(rows)


def _plain(value: Any) -> Any:
    """Sets shown sorted, so defaults read the same on every build."""
    if isinstance(value, frozenset | set):
        return sorted(value, key=str)
    return value


def _attribute_docs(doc: str) -> dict[str, str]:
    """The ``Attributes:`` section of a Google-style docstring, by name."""
    lines = inspect.cleandoc(doc).split("\n")
    out: dict[str, str] = {}
    inside = False
    base = 0
    current = ""
    entry_indent = 0
    for line in lines:
        if not inside:
            if line.strip() == "Attributes:":
                inside = True
                base = len(line) - len(line.lstrip())
            continue
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= base:
            break
        entry = re.match(r"\s*([A-Za-z_]\w*)(?:\s*\([^)]*\))?:\s*(.*)", line)
        if entry and (not current or indent <= entry_indent):
            current = entry.group(1)
            entry_indent = indent
            out[current] = entry.group(2)
        elif current:
            out[current] += " " + line.strip()
    return out


def _config_example(name: str, config: type) -> str:
    if not dataclasses.is_dataclass(config):
        return ""
    fields = [f for f in dataclasses.fields(config) if f.init]
    if not fields:
        return ""
    flag = next((f for f in fields if isinstance(f.default, bool)), None)
    if flag is not None:
        return f'`default_pipeline({name}={{"{flag.name}": {not flag.default}}})`'
    return f'`default_pipeline({name}={{"{fields[0].name}": ...}})`'


def _docstring_example(module: ModuleType, name: str) -> str:
    """Run the module docstring's example; a before/after of the documents it made."""
    from newsclean import Document

    examples = doctest.DocTestParser().get_examples(module.__doc__ or "")
    if not examples:
        return ""
    namespace = dict(vars(module))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            for example in examples:
                exec(compile(example.source, f"<{module.__name__} docstring>", "single"), namespace)
    except Exception as exc:
        log.info("the docstring example of %s did not run (%s); not shown", module.__name__, exc)
        return ""
    docs = [v for k, v in namespace.items() if isinstance(v, Document) and k not in vars(module)]
    docs = [d for d in docs if d.edits or d.metadata.to_dict()]
    if not docs:
        return ""
    parts = []
    for doc in docs[:1]:
        # one apply call on the original text: mark each edit; otherwise show both texts
        spans = _spans(_Call(name, doc.original, list(doc.edits))) if doc.edits else []
        if spans and len(spans) == len(doc.edits):
            text = doc.original
            before, after = _render_pair(text, 0, len(text), spans)
        else:
            before, after = _esc(doc.original), _esc(doc.text)
        parts.append(_pair_table(before, after))
        meta = doc.metadata.to_dict()
        rules = ", ".join(dict.fromkeys(f"`{e.rule}`" for e in doc.edits if e.rule))
        notes = []
        if rules:
            notes.append(f"rules: {rules}")
        if meta:
            notes.append(f"metadata: `{_md_cell(json.dumps(meta, ensure_ascii=False))}`")
        if notes:
            parts.append("")
            note = "; ".join(notes)
            parts.append(note[:1].upper() + note[1:] + ".")
    return (
        "**Example** (the module docstring's example, run at build time; removed text is "
        "marked in *Before*, inserted text in *After*):\n\n" + "\n".join(parts)
    )


def _metadata_note(name: str) -> str:
    seen: dict[str, tuple[str, Any]] = {}
    for run in _fixture_runs():
        for key, value in run.metadata.get(name, {}).items():
            seen.setdefault(key, (run.name, value))
    if not seen:
        return "On the fixture articles it records no metadata."
    items = []
    for key, (fixture, value) in seen.items():
        shown = _short(json.dumps(value, ensure_ascii=False), 160)
        items.append(f"* `{key}`, e.g. `{_md_cell(shown)}` ({_fixture_label(fixture)})")
    return "On the fixture articles it records:\n\n" + "\n".join(items)


def _fixture_section(name: str) -> str:
    runs = _fixture_runs()
    errors = [f"`{r.name}`: {_esc(r.errors[name])}" for r in runs if name in r.errors]
    edits = [e for r in runs for c in r.calls if c.step == name for e in c.edits]
    touched = {r.name for r in runs for c in r.calls if c.step == name}
    out = []
    if errors:
        out.append('!!! failure "This step raised on the fixtures"\n')
        out.extend(f"    * {e}" for e in errors)
        out.append("")
    if not edits:
        out.append(f"On the {len(runs)} fixture articles this step makes no edits.")
        return "\n".join(out)
    counts: dict[tuple[str, str], int] = {}
    for e in edits:
        counts[(e.rule, e.category)] = counts.get((e.rule, e.category), 0) + 1
    rules = ", ".join(
        f"`{rule or '?'}` ×{n}" + (f" ({cat})" if cat else "") for (rule, cat), n in counts.items()
    )
    out.append(
        f"On the {len(runs)} fixture articles it makes {len(edits)} edits in {len(touched)} "
        f"of them. Rules: {rules}."
    )
    rows = _pick(_rows(name))
    if rows:
        out += ["", _rows_table(rows)]
    return "\n".join(out)


def _packaged_rules(module: ModuleType) -> str:
    packaged = getattr(module, "packaged_rules", None)
    if packaged is None:
        return ""
    try:
        rules = list(packaged())
    except Exception as exc:
        log.warning("the packaged boilerplate rules do not load: %s", exc)
        return ""
    if not rules:
        return "No rule files are packaged yet."
    rows = [
        "| Rule | File | Where | Metadata | What it removes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        source = Path(str(getattr(rule, "source", "") or "")).name
        where = f"{rule.position}, {rule.scope}"
        meta = f"`{rule.meta}`" if rule.meta else ""
        what = rule.description or (rule.examples[0] if rule.examples else "")
        what = _md_cell(_short(what, 140))
        rows.append(f"| `{rule.id}` | {_md_cell(source)} | {where} | {meta} | {what} |")
    files = sorted({Path(str(r.source)).name for r in rules if getattr(r, "source", "")})
    table = textwrap.indent("\n".join(rows), "    ")
    return (
        f'??? note "The {len(rules)} packaged rules ({len(files)} files)"\n\n'
        f"    Loaded with `newsclean.cleaners.boilerplate.packaged_rules()`.\n\n{table}"
    )


def _cleaner_gallery(state: _PageState) -> str:
    from newsclean.cleaners import BUILTIN

    sections = []
    for name, cls in BUILTIN.items():
        module = sys.modules[cls.__module__]
        body, cut = _docstring_body(module)
        page = f"api/cleaners/{module.__name__.rsplit('.', 1)[-1]}.md"
        link = state.link(page)
        if link is None:
            log.warning(
                "no API page %s for the cleaner %r: add it to docs/ and the nav", page, name
            )
        config = getattr(cls, "Config", None)
        parts = [
            f"## `{name}` {{#{name}}}",
            "",
            f"{_autoref(f'{cls.__module__}.{cls.__qualname__}', cls.__name__, optional=True)} "
            f"— {_first_paragraph(cls.__doc__, module)}",
            "",
            body,
        ]
        if cut and link:
            parts += ["", f"More in the [API reference]({link})."]
        if name == "boilerplate":
            rules = _packaged_rules(module)
            if rules:
                parts += ["", rules]
        example = _docstring_example(module, name)
        if example:
            parts += ["", example]
        parts += ["", "**Options**", ""]
        if config is not None:
            summary = _first_paragraph(config.__doc__, sys.modules.get(config.__module__))
            qual = f"{config.__module__}.{config.__qualname__}"
            parts.append(f"{_autoref(qual, config.__name__, optional=True)}: {summary}")
            parts += ["", _config_table(config)]
            example_call = _config_example(name, config)
            if example_call:
                parts += ["", f"Set them by step name, as in {example_call}."]
        else:
            parts.append("This cleaner has no Config.")
        parts += ["", "**Metadata**", "", _metadata_note(name)]
        parts += ["", "**On the fixtures**", "", _fixture_section(name)]
        sections.append("\n".join(parts))
    return "\n\n".join(sections)


# --------------------------------------------------------------------------- CLI reference


def _subparsers(parser: argparse.ArgumentParser) -> tuple[Any, dict[str, str]]:
    for action in parser._actions:  # argparse keeps no public list of its actions
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return action, helps
    return None, {}


def _expand_help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%" not in text:
        return text
    params = dict(vars(action), prog=prog)
    if params.get("choices") is not None:
        params["choices"] = ", ".join(map(str, params["choices"]))
    try:
        return text % params
    except (KeyError, TypeError, ValueError):
        return text


def _usage(parser: argparse.ArgumentParser) -> str:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"
    try:
        return parser.format_usage().strip()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _action_rows(parser: argparse.ArgumentParser) -> list[str]:
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        choices = action.choices if isinstance(action.choices, list | tuple) else None
        metavar = action.metavar or (
            "{" + ",".join(map(str, choices)) + "}" if choices else action.dest.upper()
        )
        if action.option_strings:
            value = f" {metavar}" if action.nargs != 0 else ""
            names = ", ".join(f"`{o}{value}`" for o in action.option_strings)
        else:
            names = f"`{metavar}`"
        text = _expand_help(action, parser.prog)
        notes = []
        default = action.default
        if (
            action.option_strings
            and action.nargs != 0
            and default not in (None, [], "", argparse.SUPPRESS)
            and "default" not in text
        ):
            notes.append(f"default `{default}`")
        if action.required and action.option_strings:
            notes.append("required")
        if isinstance(action, argparse._AppendAction) and "repeatable" not in text:
            notes.append("repeatable")
        if not action.option_strings:
            notes.append(
                {"*": "zero or more", "?": "optional", "+": "one or more"}.get(
                    str(action.nargs), ""
                )
            )
        notes = [n for n in notes if n]
        if notes:
            text = f"{text.rstrip('.')} ({'; '.join(notes)})"
        rows.append(f"| {names} | {_md_cell(text)} |")
    return rows


def _cli_reference(state: _PageState) -> str:
    from newsclean import cli

    parser = cli.build_parser()
    sub, helps = _subparsers(parser)
    md, _ = _docstring_body(cli)
    out = [md, "", _fence(_usage(parser))]
    if parser.description:
        out += ["", parser.description]
    out += ["", "| Option | Meaning |", "| --- | --- |", *_action_rows(parser)]
    if sub is None:
        return "\n".join(out)
    out += ["", "| Command | What it does |", "| --- | --- |"]
    for name in sub.choices:
        out.append(f"| [`{name}`](#{name}) | {_md_cell(helps.get(name, ''))} |")
    for name, command in sub.choices.items():
        out += ["", f"## `newsclean {name}` {{#{name}}}", ""]
        if command.description:
            out += [command.description, ""]
        out += [_fence(_usage(command)), ""]
        positionals = [a for a in command._actions if not a.option_strings]
        if positionals:
            out += ["| Argument | Meaning |", "| --- | --- |"]
            out += _action_rows(_only(command, positionals))
            out.append("")
        options = [a for a in command._actions if a.option_strings]
        out += ["| Option | Meaning |", "| --- | --- |", *_action_rows(_only(command, options))]
    return "\n".join(out)


def _only(
    parser: argparse.ArgumentParser, actions: list[argparse.Action]
) -> argparse.ArgumentParser:
    """A shallow stand-in parser holding some of ``parser``'s actions."""
    clone = argparse.ArgumentParser(prog=parser.prog, add_help=False)
    clone._actions = list(actions)
    return clone


# --------------------------------------------------------------------------- API tables


def _api_exports(state: _PageState, module: str = "newsclean") -> str:
    mod = importlib.import_module(module)
    rows = ["| Name | Defined in | What it is |", "| --- | --- | --- |"]
    for name in getattr(mod, "__all__", []):
        if name.startswith("_"):
            continue
        obj = getattr(mod, name)
        home = getattr(obj, "__module__", module)
        qual = getattr(obj, "__qualname__", name)
        where = f"`{home}`"
        page = f"api/{home.removeprefix('newsclean.').replace('.', '/')}.md"
        link = state.link(page) or state.link(page.replace(".md", "/index.md"))
        if link:
            where = f"[`{home}`]({link})"
        summary = _md_cell(_first_paragraph(obj.__doc__, sys.modules.get(home)))
        rows.append(f"| {_autoref(f'{home}.{qual}', name)} | {where} | {summary} |")
    return "\n".join(rows)


def _api_cleaners(state: _PageState) -> str:
    from newsclean.cleaners import BUILTIN

    rows = ["| Step | Cleaner | Options | Module |", "| --- | --- | --- | --- |"]
    for name, cls in BUILTIN.items():
        config = getattr(cls, "Config", None)
        modname = cls.__module__
        link = state.link(f"api/cleaners/{modname.rsplit('.', 1)[-1]}.md")
        module = f"[`{modname}`]({link})" if link else f"`{modname}`"
        cfg = (
            _autoref(f"{config.__module__}.{config.__qualname__}", config.__name__, optional=True)
            if config is not None
            else ""
        )
        cleaner = _autoref(f"{modname}.{cls.__qualname__}", cls.__name__, optional=True)
        rows.append(f"| `{name}` | {cleaner} | {cfg} | {module} |")
    return "\n".join(rows)


# --------------------------------------------------------------------------- executed blocks


def _trim(output: str, limit: int | None) -> str:
    lines = output.rstrip("\n").split("\n")
    if limit is not None and len(lines) > limit:
        lines = [*lines[:limit], f"… ({len(lines) - limit} more lines)"]
    return "\n".join(lines)


def _execute(match: re.Match[str], state: _PageState) -> str:
    lang = match["lang"]
    code = match["code"]
    opts = dict(part.split("=", 1) for part in shlex.split(match["opts"]) if "=" in part)
    limit = int(opts["lines"]) if "lines" in opts else None
    if "file" in opts:
        target = state.scratch / opts["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(code, encoding="utf-8")
        return _fence(code, lang)
    if lang == "python":
        output = _run_python(code, state)
        shown = _fence(code, "python")
        if output.strip():
            shown += "\n\n" + _fence(_trim(output, limit), "text", 'title="Output"')
        return shown
    if lang != "console":
        log.warning(
            "%s: cannot execute a %r block (python, console, or file=NAME)", state.src_uri, lang
        )
        return _fence(code, lang)
    transcript = _run_console(code, state, limit)
    return _fence(transcript, "console")


def _run_python(code: str, state: _PageState) -> str:
    buffer = io.StringIO()
    cwd = os.getcwd()
    os.chdir(state.scratch)
    saved = sys.modules.get(state.module.__name__)
    sys.modules[state.module.__name__] = state.module
    try:
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            exec(compile(code, f"<{state.src_uri}>", "exec"), state.namespace)
    except Exception:
        log.warning(
            "%s: a python exec block raised:\n%s\n%s", state.src_uri, code, traceback.format_exc()
        )
    finally:
        os.chdir(cwd)
        if saved is None:
            sys.modules.pop(state.module.__name__, None)
        else:
            sys.modules[state.module.__name__] = saved
    return buffer.getvalue()


def _run_console(code: str, state: _PageState, limit: int | None) -> str:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["COLUMNS"] = "100"
    env.pop("NO_COLOR", None)
    parts = []
    for line in code.rstrip("\n").split("\n"):
        if not line.startswith("$ "):
            parts.append(line)
            continue
        command = line[2:]
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=state.scratch,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        output = done.stdout + done.stderr
        if done.returncode != 0:
            log.warning(
                "%s: command %r exited with %d:\n%s",
                state.src_uri,
                command,
                done.returncode,
                output,
            )
        parts.append(line)
        if output.strip():
            parts.append(_trim(output, limit))
    return "\n".join(parts)
