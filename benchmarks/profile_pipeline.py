"""Profile the default pipeline with cProfile on a generated corpus.

Run from the repository root::

    .venv/bin/python benchmarks/profile_pipeline.py              # 5 MB, top 15
    .venv/bin/python benchmarks/profile_pipeline.py --mb 10 --top 25 --save /tmp/nc.prof

Prints, for one run over the corpus:

* the time per cleaner from ``pipeline.report`` (without the profiler's
  overhead: a separate, unprofiled run);
* the time per source file under the profiler, where the time of C functions
  (regex matching, ``str`` methods, ftfy's helpers) is charged to the Python
  file that called them, so each cleaner module's total includes its regexes;
* the top functions by own time (``tottime``) and by cumulative time.

Both runs measure wall-clock time: run it on an otherwise idle machine.

``--save FILE`` keeps the raw profile for ``python -m pstats FILE`` or snakeviz.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import newsclean
from newsclean.document import Document
from newsclean.report import Report

if __package__:  # imported as benchmarks.profile_pipeline
    from . import corpus
else:  # run as a script: benchmarks/ is on sys.path
    import corpus

MB = 1_000_000
SRC = str(Path(newsclean.__file__).resolve().parent)


def short(filename: str) -> str:
    """A readable name for a source file: newsclean/... or the package it belongs to."""
    if filename.startswith(SRC):
        return "newsclean" + filename[len(SRC) :]
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    if filename.startswith(("~", "<")):
        return filename
    parts = Path(filename).parts
    return "/".join(parts[-2:])


def label(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    return f"{short(filename)}:{line}({name})"


def by_file(stats: pstats.Stats) -> dict[str, float]:
    """Own time per source file, C functions charged to their Python callers."""
    table: Any = stats.stats  # type: ignore[attr-defined]
    totals: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, tt, _ct, callers) in table.items():
        filename = func[0]
        if filename != "~":
            totals[short(filename)] += tt
            continue
        # a C function: split its own time over its callers by their share of the calls' time
        shares = {c: v[2] for c, v in callers.items()}
        whole = sum(shares.values())
        if not whole:
            totals["(C, caller unknown)"] += tt
            continue
        for caller, part in shares.items():
            owner = caller[0]
            totals[short(owner) if owner != "~" else "(C called from C)"] += tt * part / whole
    return dict(totals)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cProfile the default pipeline.")
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--top", type=int, default=15, help="functions to list (default 15)")
    parser.add_argument("--save", metavar="FILE", help="write the raw profile to FILE")
    args = parser.parse_args(argv)

    members = list(corpus.generate(target_bytes=int(args.mb * MB), seed=args.seed))
    size = sum(len(m.text.encode("utf-8")) for m in members)
    print(f"corpus: {len(members)} documents, {size / MB:.1f} MB (seed {args.seed})")

    pipeline = newsclean.default_pipeline()
    for path in sorted((corpus.FIXTURES / "articles").glob("*.txt")):
        pipeline(Document(path.read_text(encoding="utf-8")))  # warm up: lazy set-up
    pipeline.report = Report()

    docs = [Document(m.text, path=m.path) for m in members]
    began = time.perf_counter()
    for doc in docs:
        pipeline(doc, fail_fast=False)
    plain = time.perf_counter() - began
    steps = {n: s.seconds for n, s in pipeline.report.steps.items()}
    total = sum(steps.values())
    print(f"\nwithout the profiler: {plain:.2f} s, {size / MB / plain:.2f} MB/s")
    print("\nTIME PER CLEANER (pipeline.report, no profiler)")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<12} {seconds:8.3f} s  {seconds / total:6.1%}")

    pipeline.report = Report()
    docs = [Document(m.text, path=m.path) for m in members]
    # the default (wall-clock) timer: a CPU-time timer costs a system call per
    # event, which swamps small, often-called functions
    profiler = cProfile.Profile()
    began = time.perf_counter()
    profiler.enable()
    for doc in docs:
        pipeline(doc, fail_fast=False)
    profiler.disable()
    profiled = time.perf_counter() - began
    if args.save:
        profiler.dump_stats(args.save)
    stats = pstats.Stats(profiler)
    print(f"\nwith the profiler: {profiled:.2f} s")

    files = by_file(stats)
    whole = sum(files.values())
    print("\nTIME PER SOURCE FILE (own time + the C calls it makes, under the profiler)")
    for name, seconds in sorted(files.items(), key=lambda kv: -kv[1])[: max(args.top, 15)]:
        print(f"  {seconds:8.3f} s  {seconds / whole:6.1%}  {name}")

    table: Any = stats.stats  # type: ignore[attr-defined]
    for key, title in ((2, "OWN TIME (tottime)"), (3, "CUMULATIVE TIME (cumtime)")):
        print(f"\nTOP {args.top} FUNCTIONS BY {title}")
        print(f"  {'calls':>9}  {'tottime':>8}  {'cumtime':>8}  function")
        ranked = sorted(table.items(), key=lambda kv: -kv[1][key])
        shown = 0
        for func, (_cc, nc, tt, ct, _callers) in ranked:
            if key == 3 and func[0] == "~" and func[2].startswith("<built-in method builtins.exec"):
                continue
            print(f"  {nc:9d}  {tt:8.3f}  {ct:8.3f}  {label(func)}")
            shown += 1
            if shown >= args.top:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
