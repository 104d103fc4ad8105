"""Tests of boilerplate learned per outlet (newsclean.learn)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners.markup import MarkupCleaner
from newsclean.cleaners.whitespace import WhitespaceCleaner
from newsclean.document import Document, undo
from newsclean.learn import (
    BoilerplateModel,
    LearnConfig,
    LearnedBoilerplateCleaner,
    LearnedLine,
    LineCounts,
    count_lines,
    host_of,
    learn,
    line_key,
    may_learn,
    names_furniture,
    normalise_line,
    outlet_of,
)
from newsclean.pipeline import Pipeline

# --------------------------------------------------------------------------- a corpus

PLACES = ["Millbrook", "Eastport", "Carver County", "Lake Arden", "North Halton", "Riverside"]
PEOPLE = ["Maria Okafor", "Tom Brennan", "Priya Raman", "Luis Ortega", "Helen Castillo"]

PARAGRAPHS = [
    "The {place} council voted 7-2 on Tuesday night to approve a ${n} million budget that "
    "raises property taxes for the first time in nearly a decade and expands bus service.",
    "Residents packed the meeting room for more than three hours, and several of them urged "
    "members to delay the vote until an independent audit of the water utility is finished.",
    "{person}, who has run the county's emergency management office since 2019, said crews "
    "had cleared most of the debris by Thursday morning but that some rural roads remain shut.",
    "Floodwaters rose to {n} feet above flood stage at the river gauge near {place}, the "
    "highest reading since records began, forcing the evacuation of two nursing homes.",
    "The school district plans to hire {n} additional teachers this fall, using money from a "
    "state grant that lawmakers approved in the final days of the legislative session.",
    "Parents at {place} Elementary have complained for years about crowded classrooms, and a "
    "survey last spring found that nearly half of them were considering other schools.",
    "Hospital officials in {place} warned that the emergency department had been operating "
    "above capacity for weeks, with some patients waiting more than {n} hours for a bed.",
    "The transit agency will add late-night service on four routes starting next month, a "
    "change riders have requested since the pandemic cut schedules across the region.",
    "{person} scored twice in the second half as the visitors came from behind to win {n}-2, "
    "their third straight victory and the club's best run of form in two seasons.",
    "Construction on the new bridge is running about {n} months behind schedule because of "
    "supply problems with steel girders, according to documents obtained by reporters.",
    "Farmers across {place} say the late frost destroyed much of the early apple crop, and "
    "several orchards have already told seasonal workers there will be less work this year.",
    "The proposal would also require landlords to register rental units with the city and "
    "submit to inspections every {n} years, a measure tenant groups have long supported.",
    "Police said the two vehicles collided shortly after midnight near the {place} exit and "
    "that the driver of the pickup truck was taken to a hospital with minor injuries.",
    "Officials expect the library renovation to be finished by spring, when the building "
    "will reopen with a larger children's section and {n} new public computers.",
]


def _prose(i: int, k: int) -> str:
    template = PARAGRAPHS[(i * 3 + k * 5) % len(PARAGRAPHS)]
    return template.format(
        place=PLACES[(i + k) % len(PLACES)],
        person=PEOPLE[(i * 2 + k) % len(PEOPLE)],
        n=i * 3 + k + 4,
    )


def _article(
    i: int,
    title: str,
    *,
    top: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    bottom: tuple[str, ...] = (),
) -> tuple[str, list[str]]:
    """An article's text, and its story paragraphs (which must all survive)."""
    paras = [_prose(i, k) for k in range(3)]
    blocks = [title, *top, paras[0], *middle, paras[1], paras[2], *after, *bottom]
    return "\n\n".join(blocks) + "\n", paras


PLANET = "dailyplanet.example"
HARBOUR = "harbourtimes.example"
VALLEY = "valleyrecord.example"

PLANET_FOOTER = (
    "Sign up for the Morning Brief newsletter",
    "© 2024 The Daily Planet. All rights reserved.",
    "Share this:",
)
HARBOUR_FOOTER = (
    "Follow The Harbour Times on Facebook and X",
    "Support local journalism — become a subscriber today",
    "Related coverage",
)


def corpus() -> list[tuple[Document, list[str]]]:
    """About twenty articles from three outlets, each with its own template lines."""
    out: list[tuple[Document, list[str]]] = []
    # The Daily Planet: 8 articles, a mid-story ad slot and a recurring section heading,
    # a footer (the year varies), and short prose lines that repeat.
    for i in range(8):
        year = "2023" if i % 3 == 0 else "2024"
        footer = tuple(line.replace("2024", year) for line in PLANET_FOOTER)
        text, paras = _article(
            i,
            f"Planet story number {i}: what the vote means",
            top=(f"By {PEOPLE[i % len(PEOPLE)]}",),
            middle=("Advertisement", "What we know so far"),
            after=("He said.", "Read more below.") if i % 4 != 3 else ("He said.",),
            bottom=(*footer, *(("Listen to this article",) if i < 3 else ())),
        )
        url = f"https://www.dailyplanet.example/local/2024/{i:03d}-story"
        out.append((Document(text, path=f"planet/{i}.txt", attrs={"url": url}), paras))
    # The Harbour Times: 7 articles in a column whose name is the first line, with a
    # quote from a spokesperson that recurs in most of them.
    for i in range(7):
        text, paras = _article(
            i + 20,
            "Harbour Notebook",
            top=(f"Harbour headline {i}: the week on the waterfront",),
            middle=("Advertisement",) if i == 2 else (),
            after=(
                "“We are reviewing the findings carefully,” a spokesperson said.",
                '"Safety is always our first priority at the port."',
            )
            if i != 4
            else (),
            bottom=HARBOUR_FOOTER,
        )
        attrs = {"site": "https://harbourtimes.example/", "url": f"https://cdn.example/{i}"}
        out.append((Document(text, path=f"harbour/{i}.txt", attrs=attrs), paras))
    # The Valley Record: 5 articles; its staff line is in 3 of them.
    for i in range(5):
        text, paras = _article(
            i + 40,
            f"Valley news {i}",
            bottom=(("Valley Record Staff",) if i < 3 else ())
            + (("Share this:",) if i == 0 else ()),
        )
        out.append((Document(text, path=f"valley/{i}.txt", attrs={"site": VALLEY}), paras))
    return out


def texts(model: BoilerplateModel, outlet: str) -> set[str]:
    return {normalise_line(line.text) for line in model.lines(outlet)}


@pytest.fixture(scope="module")
def docs() -> list[tuple[Document, list[str]]]:
    return corpus()


@pytest.fixture(scope="module")
def model(docs: list[tuple[Document, list[str]]]) -> BoilerplateModel:
    return learn(Document(d.original, d.path, d.attrs) for d, _ in docs)


def cleaned(model: BoilerplateModel, doc: Document) -> Document:
    copy = Document(doc.original, doc.path, doc.attrs)
    LearnedBoilerplateCleaner(model=model)(copy)
    return copy


# --------------------------------------------------------------------------- learning


def test_learns_each_outlets_template_lines(model: BoilerplateModel) -> None:
    assert model.outlets == (PLANET, HARBOUR, VALLEY)
    assert model.documents(PLANET) == 8
    assert model.documents(HARBOUR) == 7
    assert model.documents(VALLEY) == 5
    assert texts(model, PLANET) == {normalise_line(s) for s in (*PLANET_FOOTER, "Advertisement")}
    assert texts(model, HARBOUR) == {normalise_line(s) for s in HARBOUR_FOOTER}
    assert texts(model, VALLEY) == set()


def test_learned_lines_carry_counts_and_example_text(model: BoilerplateModel) -> None:
    by_text = {line.text: line for line in model.lines(PLANET)}
    assert by_text["Advertisement"].documents == 8
    assert by_text["Sign up for the Morning Brief newsletter"].documents == 8
    # the two years are one line
    copyright_lines = [t for t in by_text if t.startswith("©")]
    assert len(copyright_lines) == 1
    assert by_text[copyright_lines[0]].documents == 8


def test_prose_that_repeats_is_not_learned(model: BoilerplateModel) -> None:
    planet = texts(model, PLANET)
    assert normalise_line("He said.") not in planet
    assert normalise_line("Read more below.") not in planet
    harbour = texts(model, HARBOUR)
    assert not any("spokesperson" in t for t in harbour)
    assert not any("safety" in t for t in harbour)


def test_first_line_is_never_learned(model: BoilerplateModel) -> None:
    # "Harbour Notebook" opens all seven Harbour articles: a series title
    assert normalise_line("Harbour Notebook") not in texts(model, HARBOUR)


def test_recurring_heading_inside_the_story_is_not_learned(model: BoilerplateModel) -> None:
    assert normalise_line("What we know so far") not in texts(model, PLANET)


def test_heading_inside_the_story_is_learned_when_position_is_ignored(
    docs: list[tuple[Document, list[str]]],
) -> None:
    loose = learn((d for d, _ in docs), LearnConfig(story_needs_cue=False))
    assert normalise_line("What we know so far") in texts(loose, PLANET)
    assert normalise_line("He said.") not in texts(loose, PLANET)


def test_min_docs_is_honoured(docs: list[tuple[Document, list[str]]]) -> None:
    valley = [d for d, _ in docs if d.attrs.get("site") == VALLEY]
    assert texts(learn(valley), VALLEY) == set()  # 3 of 5 documents, under min_docs=5
    assert texts(learn(valley, LearnConfig(min_docs=4, min_share=0.5)), VALLEY) == set()
    assert texts(learn(valley, LearnConfig(min_docs=3, min_share=0.5)), VALLEY) == {
        normalise_line("Valley Record Staff")
    }


def test_min_share_is_honoured(docs: list[tuple[Document, list[str]]]) -> None:
    planet = [d for d, _ in docs if outlet_of(d) == PLANET]
    listen = normalise_line("Listen to this article")  # in 3 of 8 documents
    assert listen not in texts(learn(planet, LearnConfig(min_docs=3)), PLANET)
    assert listen not in texts(learn(planet, LearnConfig(min_docs=3, min_share=0.4)), PLANET)
    assert listen in texts(learn(planet, LearnConfig(min_docs=3, min_share=0.375)), PLANET)
    # both thresholds apply: a share met with too few documents is not enough
    assert listen not in texts(learn(planet, LearnConfig(min_docs=4, min_share=0.1)), PLANET)


def test_other_thresholds_from_the_same_counts(docs: list[tuple[Document, list[str]]]) -> None:
    counts = count_lines(d for d, _ in docs)
    strict = counts.model()
    loose = counts.model(LearnConfig(min_docs=3, min_share=0.3))
    assert len(loose) > len(strict)
    assert normalise_line("Valley Record Staff") in texts(loose, VALLEY)
    with pytest.raises(ValueError, match="min_chars"):
        counts.model(LearnConfig(min_chars=10))


def test_each_line_counts_once_per_document() -> None:
    counts = LineCounts()
    counts.add("Title\n\nAdvertisement\n\nAdvertisement\n\nADVERTISEMENT\n", "x")
    assert list(counts.lines("x").values()) == [1]
    assert counts.documents["x"] == 1


def test_group_callable_names_the_outlet(docs: list[tuple[Document, list[str]]]) -> None:
    def paper(doc: Document) -> str:
        return doc.path.split("/")[0]

    grouped = learn((d for d, _ in docs), group=paper)
    assert set(grouped.outlets) == {"planet", "harbour", "valley"}
    assert normalise_line("Advertisement") in texts(grouped, "planet")
    doc = next(d for d, _ in docs if d.path == "planet/1.txt")
    copy = Document(doc.original, doc.path)  # no attributes: only the group names it
    LearnedBoilerplateCleaner(model=grouped, group=paper)(copy)
    assert "Advertisement" not in copy.text
    untouched = Document(doc.original, doc.path)
    LearnedBoilerplateCleaner(model=grouped)(untouched)
    assert untouched.text == doc.original


def test_documents_without_outlet_share_one_group() -> None:
    docs = [Document(f"Title {i}\n\nBody text {i}.\n\nSkip to comments\n") for i in range(5)]
    model = learn(docs)
    assert model.outlets == ("",)
    assert texts(model, "") == {"skip to comments"}


# --------------------------------------------------------------------------- removal


def test_learned_lines_removed_from_every_article_of_the_outlet(
    model: BoilerplateModel, docs: list[tuple[Document, list[str]]]
) -> None:
    for doc, paras in docs:
        out = cleaned(model, doc)
        lines = set(out.text.split("\n"))
        if outlet_of(doc) == PLANET:
            assert "Advertisement" not in lines
            assert "Sign up for the Morning Brief newsletter" not in lines
            assert "Share this:" not in lines
            assert not any(line.startswith("©") for line in lines)
            # kept: the title, the byline, the heading inside the story, the short prose
            assert doc.original.split("\n")[0] in lines
            assert "What we know so far" in lines
            assert "He said." in lines
        if outlet_of(doc) == HARBOUR:
            assert not lines & set(HARBOUR_FOOTER)
            assert "Harbour Notebook" in lines
            if doc.path != "harbour/4.txt":
                assert "“We are reviewing the findings carefully,” a spokesperson said." in lines
        for para in paras:
            assert para in lines


def test_removal_is_idempotent(
    model: BoilerplateModel, docs: list[tuple[Document, list[str]]]
) -> None:
    cleaner = LearnedBoilerplateCleaner(model=model)
    for doc, _ in docs:
        out = cleaned(model, doc)
        before = len(out.edits)
        cleaner(out)
        assert len(out.edits) == before


def test_long_disclaimer_is_learned_and_does_not_bound_the_story() -> None:
    disclaimer = (
        "Disclaimer: The views expressed in this article are those of the author and do not "
        "necessarily reflect the editorial position of the publisher or its staff."
    )
    docs = []
    for i in range(6):
        text, _ = _article(i, f"Title {i}", after=("What we know so far",), bottom=(disclaimer,))
        docs.append(Document(text, attrs={"site": "opinion.example"}))
    model = learn(docs)
    assert texts(model, "opinion.example") == {
        normalise_line(disclaimer),
        normalise_line("What we know so far"),  # after the last prose paragraph
    }
    out = cleaned(model, docs[0])
    assert disclaimer not in out.text
    again = len(out.edits)
    LearnedBoilerplateCleaner(model=model)(out)
    assert len(out.edits) == again


def test_lines_are_not_removed_from_another_outlet(
    model: BoilerplateModel, docs: list[tuple[Document, list[str]]]
) -> None:
    harbour_ad = next(d for d, _ in docs if d.path == "harbour/2.txt")
    assert "Advertisement" in cleaned(model, harbour_ad).text.split("\n")
    valley_share = next(d for d, _ in docs if d.path == "valley/0.txt")
    out = cleaned(model, valley_share)
    assert out.text == valley_share.original
    assert not out.edits


def test_unknown_outlet_and_empty_model_remove_nothing(model: BoilerplateModel) -> None:
    text, _ = _article(3, "Title", bottom=PLANET_FOOTER)
    for doc in (
        Document(text, attrs={"url": "https://elsewhere.example/a"}),
        Document(text),
    ):
        LearnedBoilerplateCleaner(model=model)(doc)
        assert doc.text == text
    doc = Document(text, attrs={"url": "https://dailyplanet.example/a"})
    LearnedBoilerplateCleaner()(doc)
    assert doc.text == text


def test_edit_log_records_rule_learned(
    model: BoilerplateModel, docs: list[tuple[Document, list[str]]]
) -> None:
    doc = cleaned(model, docs[1][0])
    assert doc.edits
    assert {(e.step, e.rule, e.category) for e in doc.edits} == {
        ("learned", "learned", "boilerplate")
    }
    removed = {e.removed for e in doc.edits}
    assert removed == {"Advertisement", *PLANET_FOOTER}
    for edit in doc.edits:
        assert doc.original[edit.start : edit.end] == edit.removed
        assert doc.original.split("\n")[edit.line - 1] == edit.removed
    assert undo(doc) == doc.original


def test_tolerates_raw_white_space_and_markup(model: BoilerplateModel) -> None:
    text, paras = _article(
        2,
        "A title",
        middle=("\u00a0 ADVERTISEMENT \r",),
        bottom=("  Sign up for the [Morning Brief](https://x.example/nl) newsletter  ",),
    )
    doc = Document(text.replace("\n\n", "\r\n\r\n\r\n"), attrs={"site": PLANET})
    LearnedBoilerplateCleaner(model=model)(doc)
    assert "ADVERTISEMENT" not in doc.text
    assert "Morning Brief" not in doc.text
    for para in paras:
        assert para in doc.text


def test_between_markup_and_white_space_steps(
    model: BoilerplateModel, docs: list[tuple[Document, list[str]]]
) -> None:
    pipeline = Pipeline(
        [MarkupCleaner(), LearnedBoilerplateCleaner(model=model), WhitespaceCleaner()]
    )
    for doc, paras in docs[:8]:
        marked = doc.original.replace("Morning Brief", "[Morning Brief](https://x.example/nl)")
        out = pipeline(Document(marked, doc.path, doc.attrs))
        assert out.text.rstrip("\n").split("\n\n") == [
            line
            for line in doc.original.rstrip("\n").split("\n\n")
            if line not in ("Advertisement", *PLANET_FOOTER) and "©" not in line
        ]
        for para in paras:
            assert para in out.text


def test_cleaner_with_model_path(model: BoilerplateModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    cleaner = LearnedBoilerplateCleaner(model=str(path))
    assert cleaner.model is not None
    assert cleaner.model.to_dict() == model.to_dict()
    assert LearnedBoilerplateCleaner(model=path).model is not None
    assert LearnedBoilerplateCleaner.name == "learned"


# --------------------------------------------------------------------------- the model


def test_model_json_round_trip(model: BoilerplateModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "newsclean-boilerplate-model"
    assert data["config"]["min_docs"] == 5
    planet = data["outlets"][PLANET]
    assert planet["documents"] == 8
    assert "Sign up for the Morning Brief newsletter" in {row["text"] for row in planet["lines"]}
    assert all(row["share"] == 1.0 for row in planet["lines"])
    assert "©" in path.read_text(encoding="utf-8")  # readable, not escaped
    again = BoilerplateModel.load(path)
    assert again.to_dict() == model.to_dict()
    assert BoilerplateModel.from_json(model.to_json()).to_dict() == model.to_dict()
    assert again.is_boilerplate(PLANET, "ADVERTISEMENT")
    assert not again.is_boilerplate(HARBOUR, "Advertisement")
    model.save(path)  # overwrite in place
    assert BoilerplateModel.load(path).to_dict() == model.to_dict()


def test_hand_edited_model(model: BoilerplateModel) -> None:
    data = model.to_dict()
    data["outlets"][PLANET]["lines"].append({"text": "Skip to main content", "documents": 0})
    edited = BoilerplateModel.from_dict(data)
    assert edited.is_boilerplate(PLANET, "Skip to main content")
    text = "Title\n\nSkip to main content\n\nBody.\n"
    doc = Document(text, attrs={"site": PLANET})
    LearnedBoilerplateCleaner(model=edited)(doc)
    assert "Skip" not in doc.text


def test_model_rejects_other_files() -> None:
    with pytest.raises(ValueError, match="not a newsclean"):
        BoilerplateModel.from_dict({"outlets": {}})
    with pytest.raises(ValueError, match="version"):
        BoilerplateModel.from_dict({"format": "newsclean-boilerplate-model", "version": 99})


def test_model_is_immutable(model: BoilerplateModel) -> None:
    line = model.lines(PLANET)[0]
    with pytest.raises(AttributeError):
        line.documents = 1  # type: ignore[misc]
    with pytest.raises(AttributeError):
        model.keys(PLANET).add(1)  # type: ignore[attr-defined]
    assert isinstance(model.lines(PLANET), tuple)
    assert model.is_boilerplate(PLANET, "Advertisement")
    assert not model.is_boilerplate(PLANET, "He said.")


def test_model_shape_judged_again() -> None:
    # a hand-made model that lists a prose line still does not remove it
    model = BoilerplateModel(LearnConfig(), {"x": 9}, {"x": [LearnedLine(line_key("He said."), 9)]})
    assert not model.is_boilerplate("x", "He said.")
    doc = Document("Title\n\nHe said.\n", attrs={"site": "x"})
    LearnedBoilerplateCleaner(model=model)(doc)
    assert doc.text == "Title\n\nHe said.\n"


# --------------------------------------------------------------------------- counting


def test_counts_are_keyed_by_fixed_size_hashes(docs: list[tuple[Document, list[str]]]) -> None:
    counts = count_lines(d for d, _ in docs)
    assert len(counts) > 0
    for outlet in counts.documents:
        for key, n in counts.lines(outlet).items():
            assert type(key) is int
            assert 0 <= key < 2**64
            assert type(n) is int and n >= 1
    # text is kept only for lines met in two documents or more
    for outlet, examples in counts._examples.items():
        assert all(counts.lines(outlet)[key] >= 2 for key in examples)


def test_memory_cap_prunes_rare_lines_and_keeps_template() -> None:
    counts = LineCounts(LearnConfig(max_keys=40))
    for i in range(60):
        labels = f"Unique label {i} alpha\n\nOther note {i} beta"
        text = f"Title {i}\n\n{labels}\n\nSubscribe to our newsletter"
        counts.add(text, "x")
        assert len(counts) <= 40
    model = counts.model()
    assert texts(model, "x") == {"subscribe to our newsletter"}
    assert model.lines("x")[0].documents == 60


def test_memory_cap_never_drops_lines_at_their_outlets_share() -> None:
    counts = LineCounts(LearnConfig(max_keys=2))
    footer = "\n\n".join(f"Footer line {c} of the site" for c in "abcde")
    for i in range(8):
        counts.add(f"Title {i}\n\nLabel {i}\n\n{footer}", "x")
    assert len(counts) == 5  # over the cap, but every line left is at its outlet's share
    assert len(counts.model()) == 5


def test_merge_rejects_different_settings() -> None:
    a = LineCounts(LearnConfig(min_chars=4))
    b = LineCounts(LearnConfig(min_chars=8))
    with pytest.raises(ValueError, match="min_chars"):
        a.merge(b)
    # thresholds may differ: they only act when the model is made
    a.merge(LineCounts(LearnConfig(min_docs=9)))


POOL = [
    "Advertisement",
    "Sign up for our newsletter",
    "© 2024 Planet. All rights reserved.",
    "Share this:",
    "He said.",
    "Related stories",
    "Follow us on X",
    "Leave a Reply",
    "What we know",
    "Photo: Reuters",
]

doc_strategy = st.tuples(
    st.sampled_from(["a.example", "b.example", ""]),
    st.lists(
        st.one_of(st.sampled_from(POOL), st.text(max_size=30)),
        min_size=0,
        max_size=8,
    ),
)


def _docs(specs: list[tuple[str, list[str]]]) -> list[Document]:
    return [
        Document("Title\n\n" + "\n".join(lines), attrs={"site": site} if site else None)
        for site, lines in specs
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(doc_strategy, max_size=14), st.data())
def test_merge_of_halves_equals_counts_of_all(
    specs: list[tuple[str, list[str]]], data: st.DataObject
) -> None:
    docs = _docs(specs)
    cut = data.draw(st.integers(0, len(docs)))
    config = LearnConfig(min_docs=2, min_share=0.3)
    left = count_lines(docs[:cut], config)
    right = count_lines(docs[cut:], config)
    before = (left.copy(), right.copy())
    whole = count_lines(docs, config)
    merged = left.merge(right)
    assert merged == whole
    assert len(merged) == len(whole)
    assert dict(merged.documents) == dict(whole.documents)
    assert (left, right) == before  # merge leaves its inputs alone
    assert right.merge(left) == whole
    a, b = merged.model(), whole.model()
    for outlet in b.outlets:
        assert a.keys(outlet) == b.keys(outlet)
        assert a.documents(outlet) == b.documents(outlet)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(POOL), st.text(max_size=40)), max_size=12))
def test_cleaner_only_removes_and_is_idempotent(lines: list[str]) -> None:
    corpus_docs = [
        Document(f"T{i}\n\n" + "\n\n".join(POOL), attrs={"site": "a.example"}) for i in range(6)
    ]
    model = learn(corpus_docs)
    assert len(model) > 0
    text = "\n".join(lines)
    doc = Document(text, attrs={"site": "a.example"})
    cleaner = LearnedBoilerplateCleaner(model=model)
    cleaner(doc)
    it = iter(text)
    assert all(ch in it for ch in doc.text)  # a subsequence of the input
    assert undo(doc) == text
    once = doc.text
    cleaner(doc)
    assert doc.text == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_functions_never_crash(text: str) -> None:
    key = line_key(text)
    assert 0 <= key < 2**64
    may_learn(text)
    names_furniture(text)
    counts = LineCounts()
    counts.add(text, "x")
    counts.model()


# --------------------------------------------------------------------------- pieces


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share this:",
        "Sign up for the Morning Brief newsletter",
        "© 2024 The Daily Planet",
        "All rights reserved.",
        "Your email address will not be published.",
        "Leave a Reply",
        "Related Posts",
        "Source link",
        "Photo: AP",
        "Click here to subscribe to our YouTube channel!",
        "Get the latest headlines in your inbox every morning.",
        "Disclaimer: The views expressed in this article are those of the author.",
    ],
)
def test_may_learn_furniture(line: str) -> None:
    assert may_learn(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said.",
        "Read more below.",
        "Thank you.",
        "It was not.",
        "Why?",
        "She told reporters:",
        "He added:",
        "“We will rebuild this town, brick by brick.”",
        '"No comment," he said',
        "‘It is a sad day for the village,’ said the mayor.",
        "— We will not give up,” she said.",
        "The minister called it “a dark day for our democracy and our courts”",
        "AP",
        "***",
        "2024",
        "",
        "   ",
        "x" * 5000,
        # a long paragraph is prose even when it does not end like a sentence
        "My comments: since 1949 the two countries have worked very hard to build a "
        "relationship that both sides now describe as the best in their long history and",
    ],
)
def test_may_learn_keeps_prose_and_quotes(line: str) -> None:
    assert not may_learn(line)


def test_names_furniture() -> None:
    assert names_furniture("Advertisement - Scroll to continue")
    assert names_furniture("READ MORE:")
    assert names_furniture("Most read")
    assert not names_furniture("What we know so far")
    assert not names_furniture("The council's decision")


def test_normalise_line() -> None:
    assert normalise_line("  Hello   World!  ") == "hello world"
    assert normalise_line("**Sign up** for _our_ newsletter") == "sign up for our newsletter"
    assert normalise_line("Ｆｕｌｌ width") == "full width"
    assert normalise_line("Page 3 of 12") == "page 3 of 12"
    assert normalise_line("Photo 3 of 12") == "photo 0 of 0"
    assert normalise_line("[Home](/)") == "home"
    assert normalise_line("• Related: ") == "related"
    assert normalise_line("") == ""


def test_line_key() -> None:
    assert line_key("Advertisement") == line_key("  advertisement.  ")
    assert line_key("© 2023 Planet") == line_key("© 2024 Planet")
    assert line_key("Advertisement") != line_key("Advertisements")
    assert line_key("Day 12 of the war") != line_key("Day 13 of the war")
    assert line_key("\ud800 lone surrogate") >= 0


@pytest.mark.parametrize(
    ("attrs", "outlet"),
    [
        ({"url": "https://www.dailyplanet.example/world/1.html"}, "dailyplanet.example"),
        ({"url": "http://DailyPlanet.Example:8080/x"}, "dailyplanet.example"),
        ({"site": "dailyplanet.example", "url": "https://cdn.example/x"}, "dailyplanet.example"),
        ({"site": "www2.planet.example."}, "planet.example"),
        ({"site": "The Daily Planet"}, "the daily planet"),
        ({"site": "", "url": "https://news.example/a"}, "news.example"),
        ({"site": 42, "url": "news.example/a"}, "news.example"),
        ({"url": "http://[::1"}, "http://[::1"),
        ({}, ""),
    ],
)
def test_outlet_of(attrs: dict[str, object], outlet: str) -> None:
    assert outlet_of(Document("x", attrs=attrs)) == outlet


def test_host_of_blank() -> None:
    assert host_of("   ") == ""


def test_config_validation() -> None:
    with pytest.raises(ValueError):
        LearnConfig(min_docs=1)
    with pytest.raises(ValueError):
        LearnConfig(min_share=0)
    with pytest.raises(ValueError):
        LearnConfig(min_share=1.5)
    with pytest.raises(ValueError):
        LearnConfig(min_chars=10, max_chars=5)
    with pytest.raises(ValueError):
        LearnConfig(max_keys=0)


def test_counts_and_model_pickle(model: BoilerplateModel) -> None:
    import pickle

    counts = LineCounts()
    counts.add("T\n\nAdvertisement\n", "x")
    counts.add("U\n\nAdvertisement\n", "x")
    assert pickle.loads(pickle.dumps(counts)) == counts
    assert pickle.loads(pickle.dumps(model)).to_dict() == model.to_dict()
    cleaner = LearnedBoilerplateCleaner(model=model)
    assert pickle.loads(pickle.dumps(cleaner)).model is not None


# --------------------------------------------------------------------------- adversarial


ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "—" * 200_000,
    "@" * 200_000,
    " " * 200_000,
    "“" * 200_000,
    "[a](" * 50_000,
    " ".join(["lorem", "ipsum", "dolor"] * 22_000),
    "Advertisement\n" * 20_000,
    "“" + "word " * 40_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_adversarial_inputs_finish(text: str, model: BoilerplateModel) -> None:
    doc = Document(text + "\n\nAdvertisement\n\nShare this:\n", attrs={"site": PLANET})
    counts = LineCounts()
    counts.add(doc)
    LearnedBoilerplateCleaner(model=model)(doc)
    normalise_line(text)
    may_learn(text, LearnConfig(max_chars=1_000_000))
    assert "Share this:" not in doc.text.split("\n")


def test_pipeline_composes() -> None:
    pipeline = Pipeline([LearnedBoilerplateCleaner()])
    assert pipeline.names == ["learned"]
    assert pipeline("Title\n\nAdvertisement\n").text == "Title\n\nAdvertisement\n"
