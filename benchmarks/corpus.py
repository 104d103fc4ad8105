"""A deterministic generator of scraped-news corpora for the benchmarks.

The articles are built from the paragraphs and sentences of the project's own
fixtures (``fixtures/articles/*.txt`` and ``fixtures/expected/*.txt``),
recombined at random, and salted with the noise families the cleaners exist
for: repost footers and site furniture, newsletter and follow-us promos,
embedded tweets (``— Name (@handle) Month D, YYYY`` with ``pic.twitter.com``
links), bylines, datelines, ``Source: X`` lines, author bios, photo captions
and image credits, video-widget residue (title, ``03:11``, title), runs of
placeholder emoji (``📷📷📷``), markdown links and emphasis, no-break spaces,
and, in about one document in ten, cp1252 or Latin-1 mojibake.

Everything comes from one ``random.Random(seed)``: the same seed gives the
same corpus, byte for byte, on every machine. Nothing is cached: every
document is built afresh.

Use it from Python::

    from corpus import generate, write_bundle
    members = list(generate(n_docs=1000, seed=1))
    write_bundle("/tmp/big.bundle", target_bytes=10**9, seed=0)

or from the shell::

    python benchmarks/corpus.py /tmp/corpus.bundle --mb 20 --seed 0
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean import bundle
from newsclean.bundle import Member

__all__ = [
    "FIXTURES",
    "Material",
    "generate",
    "load_material",
    "mojibake",
    "write_bundle",
]

#: The repository's own fixtures folder (this file is ``REPO/benchmarks/corpus.py``).
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

MB = 1_000_000

# --------------------------------------------------------------------------- material


@dataclass(frozen=True)
class Material:
    """What the generator recombines: the fixtures' titles, paragraphs and sentences."""

    titles: tuple[str, ...]
    clean_paragraphs: tuple[str, ...]  # paragraphs of the gold texts (story only)
    raw_paragraphs: tuple[str, ...]  # paragraphs of the scraped articles (noise included)
    sentences: tuple[str, ...]


_SENTENCE_END = re.compile(r"(?:(?<=[.!?][”\"’)])|(?<=[.!?]))\s+(?=[“\"‘(A-Z])")


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
    out: list[str] = []
    for block in blocks:
        if not block:
            continue
        # a document written with single line breaks: each line is a paragraph
        out.extend(line.strip() for line in block.split("\n") if line.strip())
    return out


def load_material(fixtures: Path = FIXTURES) -> Material:
    """Read the fixtures' paragraphs and sentences (raises if the folder is missing)."""
    articles = sorted((fixtures / "articles").glob("*.txt"))
    golds = sorted(p for p in (fixtures / "expected").glob("*.txt") if p.name.count(".") == 1)
    if not articles or not golds:
        raise FileNotFoundError(
            f"no fixtures under {fixtures}: expected articles/*.txt and expected/*.txt"
        )
    titles: list[str] = []
    clean: list[str] = []
    for path in golds:
        paras = _paragraphs(path.read_text(encoding="utf-8"))
        titles.append(paras[0])
        clean.extend(p for p in paras[1:] if len(p) > 40)
    raw: list[str] = []
    for path in articles:
        raw.extend(_paragraphs(path.read_text(encoding="utf-8"))[1:])
    sentences = [
        s.strip()
        for p in clean
        for s in _SENTENCE_END.split(p)
        if len(s.split()) >= 5 and s.strip()[-1:] in '.!?”"’'
    ]
    return Material(
        titles=tuple(dict.fromkeys(titles)),
        clean_paragraphs=tuple(dict.fromkeys(clean)),
        raw_paragraphs=tuple(dict.fromkeys(raw)),
        sentences=tuple(dict.fromkeys(sentences)),
    )


# --------------------------------------------------------------------------- names


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST = _words(
    "Ann Bo Carla Dmitri Elena Farid Grace Hiro Ines Jamal Karin Liu Maria Nikolai Olga Pedro "
    "Quentin Rosa Sven Tara Umar Vera Wen Xavier Yara Zoltan Aaron Mark Orange Lord"
)
_LAST = _words(
    "Lee Chen Moreau Ivanov Petrova Haddad Okafor Tanaka Silva Brown Larsen Wang Garcia "
    "Novak Kuznetsova Alvarez Dubois Rossi Berg Singh Khan Horvat Zhou Mendes Mate Jones "
    "Bebo Korybko Smith Nakamura"
)
_PUBLISHERS = (
    "Global Research",
    "Zero Hedge",
    "News Rebeat",
    "South China Morning Post",
    "Donga",
    "The Daily Ledger",
    "World Wire",
    "Eastern Herald",
    "Pacific Monitor",
    "Civic Times",
)
_CITIES = _words(
    "Beijing Washington Moscow Kyiv Brussels Tokyo Seoul Paris London Berlin Ankara Delhi "
    "Tehran Riyadh Geneva"
)
_COUNTRIES = _words("Russia China Ukraine Iran France Japan Korea India Turkey Belgium")
_MONTHS = _words(
    "January February March April May June July August September October November December"
)
_TOPICS = (
    "Europe",
    "Russia and FSU",
    "Asia",
    "Intelligence",
    "US NATO War Agenda",
    "Global Economy",
    "UKRAINE REPORT",
    "Media Disinformation",
    "Law and Justice",
)
_PLACEHOLDERS = ("📷", "🖼", "□", "\ufffc")
_REAL_EMOJI = ("🇺🇸", "🇷🇺", "🇨🇳", "🇺🇦", "🔥", "👇", "🎉", "😂", "⚠️", "👍🏽", "👨‍👩‍👧")
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@dataclass
class _Context:
    """The people, outlet and date of one generated article."""

    author: str
    author2: str
    publisher: str
    domain: str
    city: str
    month: str
    day: int
    year: int

    @property
    def date(self) -> str:
        return f"{self.month} {self.day}, {self.year}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _date(rng: random.Random, ctx: _Context) -> str:
    day = max(1, min(28, ctx.day + rng.randint(-2, 0)))
    return f"{ctx.month} {day}, {ctx.year}"


def _context(rng: random.Random) -> _Context:
    publisher = rng.choice(_PUBLISHERS)
    return _Context(
        author=_name(rng),
        author2=_name(rng),
        publisher=publisher,
        domain="www."
        + re.sub(r"[^a-z]", "", publisher.lower())
        + rng.choice((".com", ".ca", ".org")),
        city=rng.choice(_CITIES),
        month=rng.choice(_MONTHS),
        day=rng.randint(1, 28),
        year=rng.randint(2019, 2024),
    )


def _link(text: str) -> str:
    return f"[{text}](#)"


# --------------------------------------------------------------------------- noise families
# Each returns one or more paragraphs (a paragraph may hold single line breaks).


def _byline(rng: random.Random, ctx: _Context) -> list[str]:
    form = rng.randrange(5)
    if form == 0:
        return [f"By {_link(ctx.author)}"]
    if form == 1:
        return [f"By {ctx.author}"]
    if form == 2:
        return [f"By {ctx.author} and {ctx.author2}"]
    if form == 3:
        return [f"By {_link(ctx.author)}", f"{ctx.publisher}, {ctx.date}", _link(ctx.author)]
    return [f"By {ctx.author.upper()}", f"{ctx.publisher}, {ctx.date}"]


def _dateline(rng: random.Random, ctx: _Context) -> list[str]:
    form = rng.randrange(3)
    if form == 0:
        return [f"{ctx.city} ="]
    if form == 1:
        return [f"{ctx.city} =\n{rng.choice(_CITIES)} ="]
    return [f"{ctx.publisher}, {ctx.date}"]


def _taxonomy(rng: random.Random, ctx: _Context) -> list[str]:
    topics = rng.sample(_TOPICS, 3)
    out = [f"Region: {_link(topics[0])}, {_link(topics[1])}", f"Theme: {_link(topics[2])}"]
    if rng.random() < 0.4:
        out.append(f"In-depth Report: {_link(rng.choice(_TOPICS).upper())}")
    return out


def _promo(rng: random.Random, ctx: _Context) -> list[str]:
    p = ctx.publisher
    return [
        rng.choice(
            (
                f"To receive {p}'s Daily Newsletter (selected articles), {_link('click here')}.",
                f"Follow us on {_link('Instagram')} and {_link('Twitter')} and subscribe to our "
                f"{_link('Telegram Channel')}. Feel free to repost and share widely {p} articles.",
                f"All {p} articles can be read in 51 languages by activating the "
                "**Translate Website** button below the author's name.",
                f"Sign up for the {p} newsletter and get the day's top stories in your inbox.",
                f"Subscribe to {_link(p)} on Telegram and follow us on {_link('Twitter')}.",
                "Feel free to repost and share widely. Please click the share buttons below.",
            )
        )
    ]


def _tweet(rng: random.Random, ctx: _Context, material: Material) -> list[str]:
    name = _name(rng)
    handle = re.sub(r"\W", "", name.split()[rng.randrange(2)]) + rng.choice(
        ("", "geopolitics", "Report", "_news", str(rng.randint(1, 99)))
    )
    code = "".join(rng.choice(_ALNUM) for _ in range(rng.randint(9, 10)))
    body = rng.choice(material.sentences)
    if rng.random() < 0.3:
        body = rng.choice(_PLACEHOLDERS) * rng.randint(2, 5) + " " + body
    if rng.random() < 0.2:
        body += " " + rng.choice(_REAL_EMOJI)
    shown = name
    if rng.random() < 0.25:
        shown += " " + rng.choice(_PLACEHOLDERS) * rng.randint(2, 4)
    elif rng.random() < 0.1:
        shown += " ??"
    date = _date(rng, ctx)
    if rng.random() < 0.7:
        date = _link(date)
    signature = f"— {shown} (@{handle}) {date}"
    form = rng.randrange(3)
    if form == 0:
        return [f"{body} pic.twitter.com/{code}", signature]
    if form == 1:
        return [f"{body}\npic.twitter.com/{code}", signature]
    return [body, f"-> {rng.choice(material.sentences)} pic.twitter.com/{code}", signature]


def _caption(rng: random.Random, ctx: _Context) -> list[str]:
    who, other = _name(rng), _name(rng)
    place = rng.choice(
        (
            "the Kremlin in Moscow, Russia",
            "the Great Hall of the People in Beijing",
            f"a summit in {rng.choice(_CITIES)}",
            f"the parliament in {ctx.city}",
        )
    )
    verb = rng.choice(("meets with", "shakes hands with", "speaks to", "walks with"))
    return [f"{who} {verb} {other} at {place} on {_date(rng, ctx)}."]


def _credit(rng: random.Random, ctx: _Context) -> list[str]:
    return [
        rng.choice(
            (
                f"Featured image is from {_link(_name(rng))}",
                f"Featured image: {rng.choice(_PUBLISHERS)}",
                f"Photo credit: {_name(rng)}/{rng.choice(_PUBLISHERS)}",
            )
        )
    ]


def _video(rng: random.Random, ctx: _Context, material: Material) -> list[str]:
    title = rng.choice(material.titles + tuple(s.rstrip(".") for s in material.sentences[:50]))
    duration = f"{rng.randint(0, 12):02d}:{rng.randint(0, 59):02d}"
    return [title, duration, title]


def _bio(rng: random.Random, ctx: _Context) -> list[str]:
    return [
        rng.choice(
            (
                f"{ctx.author} is a world traveler and journalist for {ctx.publisher}.",
                f"{ctx.author} is a senior correspondent for {ctx.publisher} covering "
                f"{rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)}.",
                f"{ctx.author} is an independent journalist based in {ctx.city}. "
                f"{ctx.author.split()[0]} writes regularly for {ctx.publisher}.",
            )
        )
    ]


def _footer(rng: random.Random, ctx: _Context) -> list[str]:
    p, a = ctx.publisher, ctx.author
    options: list[list[str]] = [
        ["*"],
        [
            "Note to readers: Please click the share buttons above. Follow us on Instagram and "
            f"Twitter and subscribe to our Telegram Channel. Feel free to repost {p} articles."
        ],
        [
            f"The original source of this article is {_link(a)}\nCopyright © {_link(a)}, "
            f"{_link(p)}, {ctx.year}"
        ],
        [_link(f"Comment on {p} Articles on our Facebook page")],
        [_link(f"Become a Member of {p}")],
        [f"Articles by: {_link(a)}"],
        [
            "Disclaimer: The contents of this article are of sole responsibility of the "
            f"author(s). {p} will not be responsible for any inaccurate or incorrect statement "
            f"in this article.\n{ctx.domain} contains copyrighted material the use of which has "
            "not always been specifically authorized by the copyright owner."
        ],
        [f"For media inquiries: publications@{ctx.domain.removeprefix('www.')}"],
        ["Source link"],
        ["Leave A Reply", "Your email address will not be published."],
        ["Related posts", "Leave a Comment"],
        [f"Source: {p}"],
        [f"Additional reporting by {ctx.author2} in {rng.choice(_CITIES)}"],
        [p],
        _credit(rng, ctx),
        _bio(rng, ctx),
    ]
    picked = rng.sample(options, rng.randint(1, 6))
    return [para for block in picked for para in block]


# --------------------------------------------------------------------------- decoration


_WORD = re.compile(r"[A-Za-z][A-Za-z’']+(?: [A-Za-z][A-Za-z’']+){0,2}")


def _decorate(rng: random.Random, para: str) -> str:
    """Markdown links and emphasis, no-break spaces, placeholder runs: as scrapers leave them."""
    r = rng.random()
    if r < 0.15:
        spans = list(_WORD.finditer(para))
        if spans:
            m = rng.choice(spans)
            para = f"{para[: m.start()]}[{m.group()}](#){para[m.end() :]}"
    elif r < 0.22:
        mark = rng.choice(("*", "**", "***"))
        para = f"{mark}{para}{mark}"
    elif r < 0.27:
        spans = list(_WORD.finditer(para))
        if spans:
            m = rng.choice(spans)
            para = f"{para[: m.start()]}**{m.group()}**{para[m.end() :]}"
    r = rng.random()
    if r < 0.08:
        # a few no-break spaces, and sometimes a run of them
        for _ in range(rng.randint(1, 4)):
            at = para.find(" ", rng.randrange(max(len(para), 1)))
            if at > 0:
                para = para[:at] + rng.choice(("\u00a0", "\u00a0 ", " \u00a0 ")) + para[at + 1 :]
    elif r < 0.10:
        para += rng.choice((" ", "  ", "\u00a0", " \t"))
    if rng.random() < 0.02:
        para = rng.choice(_PLACEHOLDERS) * rng.randint(2, 6) + " " + para
    return para


def _body_paragraph(rng: random.Random, material: Material) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(material.clean_paragraphs)
    if r < 0.55:
        return rng.choice(material.raw_paragraphs)
    return " ".join(rng.choice(material.sentences) for _ in range(rng.randint(2, 5)))


def _title(rng: random.Random, material: Material) -> str:
    if rng.random() < 0.4:
        return rng.choice(material.titles)
    words = rng.choice(material.sentences).rstrip('.!?”"’').split()
    return " ".join(words[: rng.randint(6, 14)])


def mojibake(rng: random.Random, text: str) -> str:
    """``text`` as a scraper that decoded UTF-8 as cp1252 or Latin-1 would leave it.

    All of it, or some of its paragraphs; cp1252's five undefined bytes become U+FFFD.
    """
    codec = "cp1252" if rng.random() < 0.7 else "latin-1"

    def garble(part: str) -> str:
        return part.encode("utf-8").decode(codec, errors="replace")

    if rng.random() < 0.6:
        return garble(text)
    parts = text.split("\n\n")
    return "\n\n".join(garble(p) if rng.random() < 0.5 else p for p in parts)


# --------------------------------------------------------------------------- articles


def _article(rng: random.Random, material: Material) -> tuple[str, str]:
    """One article's text, and its outlet's domain."""
    ctx = _context(rng)
    head: list[str] = []
    if rng.random() < 0.6:
        head += _byline(rng, ctx)
    if rng.random() < 0.3:
        head += _dateline(rng, ctx)
    if rng.random() < 0.25:
        head += _taxonomy(rng, ctx)
    for _ in range(rng.choice((0, 0, 1, 2, 3))):
        head += _promo(rng, ctx)
    n = rng.randint(4, 28) if rng.random() < 0.97 else rng.randint(60, 160)
    body = [_decorate(rng, _body_paragraph(rng, material)) for _ in range(n)]
    inserts: list[Callable[[], list[str]]] = []
    inserts += [lambda: _tweet(rng, ctx, material)] * rng.choice((0, 0, 1, 1, 2, 4))
    inserts += [lambda: _caption(rng, ctx)] * rng.choice((0, 0, 0, 1, 2))
    inserts += [lambda: _video(rng, ctx, material)] * rng.choice((0, 0, 0, 0, 1))
    inserts += [lambda: _credit(rng, ctx)] * rng.choice((0, 0, 0, 1))
    for make in inserts:
        at = rng.randint(1, len(body))
        body[at:at] = make()
    if rng.random() < 0.15:
        body[-1] += rng.choice(("\u00a0 –\u00a0 zero hedge", " –", "  –  zero hedge"))
    tail = _footer(rng, ctx) if rng.random() < 0.7 else []
    paras = [_title(rng, material), *head, *body, *tail]
    r = rng.random()
    if r < 0.80:
        text = "\n\n".join(paras)
    elif r < 0.92:
        text = "\n".join(paras)  # one paragraph a line, as some sites are scraped
    else:
        text = "".join(p + rng.choice(("\n\n", "\n\n\n", " \n\n", "\n \n\n", "\n")) for p in paras)
    if rng.random() < 0.3:
        text = "\n\n" + text
    if rng.random() < 0.10:
        text = mojibake(rng, text)
    return text, ctx.domain


def generate(
    n_docs: int | None = None,
    target_bytes: int | None = None,
    seed: int = 0,
    *,
    material: Material | None = None,
) -> Iterator[Member]:
    """Yield generated articles as bundle members, deterministically for a seed.

    Stops after ``n_docs`` documents or once ``target_bytes`` bytes of text
    (UTF-8) were yielded, whichever comes first; give at least one.
    """
    if n_docs is None and target_bytes is None:
        raise ValueError("give n_docs or target_bytes")
    material = material or load_material()
    rng = random.Random(seed)
    total = 0
    count = 0
    while (n_docs is None or count < n_docs) and (target_bytes is None or total < target_bytes):
        text, domain = _article(rng, material)
        total += len(text.encode("utf-8"))
        yield Member(f"gen/{seed}/{count:08d}.txt", text, (("site", domain),))
        count += 1


def write_bundle(
    path: str | os.PathLike[str],
    target_bytes: int,
    seed: int = 0,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Stream a generated corpus of about ``target_bytes`` to a bundle file.

    Returns ``(documents, bytes of text)``. ``progress(documents, bytes)`` is
    called every ~50 MB. Memory stays at one document.
    """
    seen = [0, 0]

    def counted() -> Iterator[Member]:
        step = 50 * MB
        mark = step
        for member in generate(target_bytes=target_bytes, seed=seed):
            seen[0] += 1
            seen[1] += len(member.text.encode("utf-8"))
            if progress is not None and seen[1] >= mark:
                progress(seen[0], seen[1])
                mark += step
            yield member

    bundle.write(counted(), path)
    return seen[0], seen[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a generated news corpus as a bundle.")
    parser.add_argument("output", help="the bundle file to write")
    parser.add_argument("--mb", type=float, default=20.0, help="size in MB of text (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    began = time.perf_counter()

    def show(docs: int, size: int) -> None:
        print(f"  {size / MB:8.0f} MB, {docs} documents", file=sys.stderr)

    docs, size = write_bundle(args.output, int(args.mb * MB), args.seed, progress=show)
    took = time.perf_counter() - began
    print(f"wrote {docs} documents, {size / MB:.1f} MB of text, in {took:.1f} s to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
