"""newsclean and its peers on the five fixture articles, scored by newsclean's own scorer.

Run from the repository root (the peers come with the ``bench`` extra)::

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/peers.py

Each tool cleans ``fixtures/articles/*.txt`` and is scored against
``fixtures/expected/*.txt`` with :func:`newsclean.evaluate.score` and
:func:`newsclean.evaluate.summarise` (token level: share of the story's
tokens kept, share of the noise tokens removed, and documents that match the
gold exactly up to blank lines and edge spaces).

* trafilatura and jusText extract from HTML: each fixture's paragraphs
  (blank-line separated) are wrapped in ``<p>`` (a single line break inside
  one becomes ``<br>``) inside a minimal HTML page.
* clean-text and datatrove get the plain text.

A peer that is not installed, or fails to import or to set up, is reported
as such in the table, and the others run on. The table is printed with the
date and the machine, and written as Markdown to ``benchmarks/peers.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import os
import platform
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsclean
from newsclean.document import Document
from newsclean.evaluate import Score, load_gold, score, summarise

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
MARKDOWN = Path(__file__).resolve().parent / "peers.md"

Cleaner = Callable[[str], str]


@dataclass
class Peer:
    """One tool: how to build its cleaning function, and what it runs."""

    name: str
    package: str  # the pip package that provides it
    module: str  # the module it is imported as
    what: str  # what is run, in a sentence
    setup: Callable[[], Cleaner]
    version: Callable[[], str] = lambda: ""


@dataclass
class Outcome:
    peer: Peer
    version: str = ""
    problem: str = ""  # why it did not run, if it did not
    scores: list[Score] = field(default_factory=list)
    doc_errors: list[str] = field(default_factory=list)
    mb_per_s: float = 0.0


# --------------------------------------------------------------------------- inputs


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t\u00a0]*\n", text) if p.strip()]


def as_html(text: str) -> str:
    """A minimal HTML page: each blank-line separated paragraph in a ``<p>``."""
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs(text)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title></title></head>\n'
        f"<body>\n{body}\n</body></html>\n"
    )


# --------------------------------------------------------------------------- the tools


def _version(module: str) -> Callable[[], str]:
    def get() -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(module)
        except PackageNotFoundError:
            return ""

    return get


def setup_newsclean() -> Cleaner:
    pipeline = newsclean.default_pipeline()
    return lambda text: pipeline(Document(text)).text


def setup_trafilatura() -> Cleaner:
    import trafilatura

    def clean(text: str) -> str:
        out = trafilatura.extract(
            as_html(text),
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
        return out or ""

    return clean


def setup_justext() -> Cleaner:
    import justext

    stoplist = justext.get_stoplist("English")

    def clean(text: str) -> str:
        found = justext.justext(as_html(text).encode("utf-8"), stoplist, encoding="utf-8")
        return "\n\n".join(p.text for p in found if not p.is_boilerplate)

    return clean


def setup_cleantext() -> Cleaner:
    from cleantext import clean as ct_clean

    def clean(text: str) -> str:
        return str(
            ct_clean(
                text,
                fix_unicode=True,
                to_ascii=False,
                lower=False,
                normalize_whitespace=True,
                no_line_breaks=False,
                strip_lines=True,
                keep_two_line_breaks=True,
                no_urls=False,
                no_emails=False,
                no_phone_numbers=False,
                no_numbers=False,
                no_digits=False,
                no_currency_symbols=False,
                no_punct=False,
                no_emoji=False,
                lang="en",
            )
        )

    return clean


def _datatrove(with_c4: bool) -> Cleaner:
    from datatrove.data import Document as DTDocument
    from datatrove.pipeline.formatters import FTFYFormatter, PIIFormatter, SymbolLinesFormatter

    steps: list[Any] = [FTFYFormatter(), PIIFormatter(), SymbolLinesFormatter()]
    if with_c4:
        from datatrove.pipeline.filters import C4QualityFilter

        # line-level cleaning only: no document is dropped for being short
        steps.append(C4QualityFilter(min_num_sentences=-1))

    def clean(text: str) -> str:
        docs: Any = iter([DTDocument(text=text, id="doc")])
        for step in steps:
            docs = step.run(docs)
        out = list(docs)
        return out[0].text if out else ""  # a dropped document keeps nothing

    return clean


PEERS: list[Peer] = [
    Peer(
        "newsclean",
        "newsclean",
        "newsclean",
        "newsclean.default_pipeline() on the plain text",
        setup_newsclean,
        lambda: newsclean.__version__,
    ),
    Peer(
        "trafilatura",
        "trafilatura",
        "trafilatura",
        "trafilatura.extract(page, output_format='txt', include_comments=False, "
        "deduplicate=False) on the HTML page",
        setup_trafilatura,
        _version("trafilatura"),
    ),
    Peer(
        "jusText",
        "justext",
        "justext",
        "justext.justext(page, English stoplist); the paragraphs not marked boilerplate, "
        "blank-line separated",
        setup_justext,
        _version("justext"),
    ),
    Peer(
        "clean-text",
        "clean-text",
        "cleantext",
        "cleantext.clean(text, fix_unicode=True, to_ascii=False, lower=False, "
        "normalize_whitespace=True, keep_two_line_breaks=True, no replacements) on the plain text",
        setup_cleantext,
        _version("clean-text"),
    ),
    Peer(
        "datatrove (formatters)",
        "datatrove",
        "datatrove",
        "datatrove's text formatters FTFYFormatter, PIIFormatter and SymbolLinesFormatter, "
        "chained as a datatrove pipeline, on the plain text",
        lambda: _datatrove(with_c4=False),
        _version("datatrove"),
    ),
    Peer(
        "datatrove (formatters + C4 lines)",
        "datatrove",
        "datatrove",
        "the same, then C4QualityFilter(min_num_sentences=-1): C4's line filter (drops lines "
        "without terminal punctuation, with < 3 words, or with policy/javascript words)",
        lambda: _datatrove(with_c4=True),
        _version("datatrove"),
    ),
]


# --------------------------------------------------------------------------- running


def run_peer(peer: Peer, cases: list[tuple[str, str, str, list[str]]], min_time: float) -> Outcome:
    outcome = Outcome(peer)
    try:
        clean = peer.setup()
        outcome.version = peer.version()
    except ImportError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing in ("", peer.module):
            outcome.problem = f"missing optional dependency {peer.package!r} ({exc})"
        else:
            outcome.problem = f"{peer.module} could not be imported: {exc}"
        outcome.problem += (
            f"; install it with: pip install {peer.package} (or pip install -e '.[bench]')"
        )
        return outcome
    except Exception as exc:
        outcome.problem = f"could not be set up: {exc!r}"
        return outcome
    for name, source, gold, ambiguous in cases:
        try:
            output = clean(source)
        except Exception as exc:
            outcome.doc_errors.append(f"{name}: {exc!r}")
            output = ""
        outcome.scores.append(score(source, gold, output, ambiguous))
    # throughput: the five articles, again and again for at least min_time seconds
    size = sum(len(source.encode("utf-8")) for _, source, _, _ in cases)
    rounds = 0
    began = time.perf_counter()
    while True:
        for _, source, _, _ in cases:
            with contextlib.suppress(Exception):
                clean(source)
        rounds += 1
        elapsed = time.perf_counter() - began
        if elapsed >= min_time or rounds >= 1000:
            break
    outcome.mb_per_s = size * rounds / 1e6 / elapsed
    return outcome


def load_cases() -> list[tuple[str, str, str, list[str]]]:
    cases = []
    for path in sorted((FIXTURES / "articles").glob("*.txt")):
        gold = load_gold(FIXTURES / "expected", path.name)
        if gold is None:
            print(f"warning: no gold text for {path.name}; skipped", file=sys.stderr)
            continue
        cases.append((path.name, path.read_text(encoding="utf-8"), gold[0], gold[1]))
    if not cases:
        raise SystemExit(f"no fixtures with gold texts under {FIXTURES}")
    return cases


def machine_line() -> str:
    return (
        f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"newsclean {newsclean.__version__}"
    )


def rows_of(outcomes: list[Outcome], n_docs: int) -> list[list[str]]:
    rows = []
    for o in outcomes:
        label = f"{o.peer.name} {o.version}".strip()
        if o.problem:
            rows.append([label, "did not run", "", "", ""])
            continue
        s = summarise(o.scores)
        exact = f"{s.exact}/{s.docs}"
        if o.doc_errors:
            exact += f" ({len(o.doc_errors)} failed)"
        rows.append(
            [
                label,
                f"{s.content_kept:.1%} (worst {s.worst_content_kept:.1%})",
                f"{s.noise_removed:.1%}",
                exact,
                f"{o.mb_per_s:.2f}",
            ]
        )
    return rows


HEADERS = ["tool", "content kept", "noise removed", "exact", "MB/s"]


def text_table(rows: list[list[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(HEADERS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def markdown(
    outcomes: list[Outcome], rows: list[list[str]], date: str, n_docs: int, load: float
) -> str:
    out = [
        "# newsclean and its peers on the fixture articles",
        "",
        f"Measured {date} on {machine_line()}, by `python benchmarks/peers.py`.",
        "",
        f"The {n_docs} articles of `fixtures/articles/` are scored against `fixtures/expected/` "
        "with newsclean's own scorer (`newsclean.evaluate`): *content kept* is the share of the "
        "gold text's tokens a tool keeps (in brackets, the worst document), *noise removed* the "
        "share of the other tokens it removes, *exact* how many outputs equal the gold up to "
        "blank lines and edge spaces. MB/s is on one core, over the five articles "
        "(about 33 KB) cleaned again and again.",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "| " + " | ".join(["---"] + ["---:"] * (len(HEADERS) - 1)) + " |",
    ]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    if load > 0.5:
        out += [
            "",
            f"The machine was busy during this run (1-minute load average {load:.1f}): "
            "the MB/s column is not reliable; run the script again on an idle machine.",
        ]
    out += ["", "What was run:", ""]
    for o in outcomes:
        line = f"* **{o.peer.name}**: {o.peer.what}."
        if o.problem:
            line += f" **Did not run**: {o.problem}."
        for err in o.doc_errors:
            line += f" Failed on {err}."
        out.append(line)
    out += [
        "",
        "trafilatura and jusText get each article as a minimal HTML page: every blank-line "
        "separated paragraph in a `<p>`, a single line break inside one as `<br>`. "
        "clean-text and datatrove get the plain text.",
        "",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--min-time", type=float, default=1.0, help="seconds to time each tool for (default 1)"
    )
    parser.add_argument(
        "--markdown", default=str(MARKDOWN), help=f"where to write the table (default {MARKDOWN})"
    )
    parser.add_argument("--no-markdown", action="store_true", help="do not write the Markdown")
    args = parser.parse_args(argv)

    cases = load_cases()
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    outcomes = []
    for peer in PEERS:
        print(f"running {peer.name} ...", file=sys.stderr, flush=True)
        outcome = run_peer(peer, cases, args.min_time)
        if outcome.problem:
            print(f"  {peer.name}: {outcome.problem}", file=sys.stderr)
        outcomes.append(outcome)
    rows = rows_of(outcomes, len(cases))
    print(f"newsclean and its peers on the {len(cases)} fixture articles")
    print(f"date: {date}")
    print(f"machine: {machine_line()}")
    print()
    print(text_table(rows))
    print()
    print("what was run:")
    for o in outcomes:
        print(f"  {o.peer.name}: {o.peer.what}")
        if o.problem:
            print(f"    DID NOT RUN: {o.problem}")
        for err in o.doc_errors:
            print(f"    failed on {err}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if load > 0.5:
        print(
            f"\nNOTE: the machine was busy (1-minute load average {load:.1f}): "
            "the MB/s column is unreliable."
        )
    if not args.no_markdown:
        Path(args.markdown).write_text(
            markdown(outcomes, rows, date, len(cases), load), encoding="utf-8"
        )
        print(f"\nMarkdown table written to {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
