"""Author cards of blogging platforms (Medium, Substack, Ghost, dev.to, LinkedIn, WordPress).

The bylines cleaner removes the author furniture these platforms print around
a post: ``Published in`` / ``Writer for`` and the publication's name, follower
counts, ``See all from X``, a lone ``Written by`` with the name under it, clap
and response counters next to other credits, and the short bio under the
author card at the end. The story, and prose that merely looks like a card,
stays.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners.bylines import (
    BylineCleaner,
    card_label,
    card_line,
    card_object,
    date_line,
    engagement_count,
)
from newsclean.cleaners.whitespace import WhitespaceCleaner
from newsclean.document import Document, undo
from newsclean.pipeline import Pipeline

from .conftest import is_subsequence

STORY = (
    "The committee met for several hours on Tuesday and agreed on a plan that "
    "officials said would reshape the budget for years to come."
)
STORY2 = (
    "Opposition lawmakers said they would challenge the plan in court, arguing that "
    "it had been rushed through without the usual public hearings."
)
BODY = f"{STORY}\n\n{STORY2}"


def clean(text: str, **options: Any) -> Document:
    """The bylines cleaner, then white space (for readable output)."""
    doc = Document(text)
    Pipeline([BylineCleaner(**options), WhitespaceCleaner()])(doc)
    return doc


def removed(doc: Document) -> list[tuple[str, str]]:
    return [(e.rule, e.removed) for e in doc.edits_by("byline")]


def kept_lines(doc: Document) -> list[str]:
    return [line for line in doc.text.splitlines() if line]


# ---------------------------------------------------------------------------
# one line at a time
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule", "publisher"),
    [
        ("3.4K Followers", "follower-count", ""),
        ("1,024 followers", "follower-count", ""),
        ("12K followers · 120 following", "follower-count", ""),
        ("·120 Following", "follower-count", ""),
        ("Followers: 3.4K", "follower-count", ""),
        ("8.1K subscribers", "follower-count", ""),
        ("Published in Urban Notes", "published-in", "Urban Notes"),
        ("Published in: The Startup", "published-in", "The Startup"),
        ("Writer for The Rambler", "writer-for", ""),
        ("·Editor of Better Programming", "writer-for", ""),
        ("Top writer in Technology", "writer-for", ""),
        ("Contributor to Towards Data Science", "writer-for", ""),
        ("See all from Priya Raman", "more-from-author", ""),
        ("See all from Urban Notes", "more-from-author", ""),
        ("More from Priya Raman and Urban Notes", "more-from-author", ""),
        ("More from Jean-Luc Picard", "more-from-author", ""),
    ],
)
def test_card_lines(line: str, rule: str, publisher: str) -> None:
    credit = card_line(line)
    assert credit is not None
    assert (credit.rule, credit.publisher, credit.authors) == (rule, publisher, ())


@pytest.mark.parametrize(
    "line",
    [
        "Published in 1998, the book sold a million copies.",
        "Published in March 2024",
        "Published in partnership with the county library.",
        "Writers for the show went on strike in May.",
        "Editor of the local paper for 30 years, she retired in 2019.",
        "More from the hearing",
        "More From The Hearing",
        "More from the interview:",
        "More from our reporter in Kyiv:",
        "See all from the archive",
        "3.4K people attended the march",
        "12,000 followers of the church gathered on Sunday.",
        "1.2K",
        "Followers of the new diet say it works.",
        "Written by Priya Raman",  # a byline, the byline rule's
        "Published in",  # a bare label: see card_label
    ],
)
def test_not_card_lines(line: str) -> None:
    assert card_line(line) is None


def test_bare_labels_and_their_objects() -> None:
    for label in ("Published in", "·Writer for", "Editor at", "Written by", "Posted by", "By"):
        assert card_label(label), label
    for line in ("Published in Urban Notes", "Published on Monday", "By Jane Roe", "Byron"):
        assert not card_label(line), line
    assert card_object("Urban Notes", "Published in").publisher == "Urban Notes"  # type: ignore[union-attr]
    assert card_object("Urban Notes", "·Writer for").rule == "writer-for"  # type: ignore[union-attr]
    assert card_object("Priya Raman", "Written by").authors == ("Priya Raman",)  # type: ignore[union-attr]
    assert card_object("jdoe", "Posted by").authors == ("jdoe",)  # type: ignore[union-attr]
    # a user name is a name only after "Posted by"; a sentence never is
    assert card_object("jdoe", "By") is None
    assert card_object("The first thing to know is the fare.", "Published in") is None
    assert card_object("The Numbers", "By") is None
    assert card_object("Urban Notes", "Published in Urban Notes") is None  # not a bare label


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        *[("1.2K", "strong"), ("2M", "strong"), ("45 claps", "strong"), ("12 responses", "strong")],
        *[("3 Restacks", "strong"), ("14", "plain"), ("345", "plain"), ("1,204", "plain")],
        *[("·14", "plain"), ("2024", ""), ("14 May", ""), ("1.", ""), ("No. 14", "")],
        *[("14 people", ""), ("", ""), ("1.2.3", "")],
    ],
)
def test_engagement_counts(line: str, kind: str) -> None:
    assert engagement_count(line) == kind


def test_date_line_stops_at_the_first_word_and_still_reads_stamps() -> None:
    # date_line reads token by token now: the answers must not change
    assert date_line("Updated 3:45 PM EST, Tue March 21, 2023") == (True, "2023-03-21")
    assert date_line("Mar 12, 2024") == (True, "2024-03-12")
    assert date_line("·Last published 3 days ago") == (True, "")
    assert date_line("The 3 men met on March 21, 2023") == (False, "")
    assert date_line("02:45") == (False, "")


# ---------------------------------------------------------------------------
# whole cards
# ---------------------------------------------------------------------------

MEDIUM_TOP = (
    "The Quiet Cost of Free Buses\n\nWhat a capital learned when it stopped charging\n\n"
    "Jane Roe\n\n·\n\nFollow\n\nPublished in\n\nUrban Notes\n\n·\n\n6 min read\n\n·\n\n"
    "Mar 12, 2024\n\n1.2K\n\n14\n\nListen\n\nShare\n\n"
)
MEDIUM_BOTTOM = (
    "\n\n1.2K\n\n14\n\nWritten by Jane Roe\n\n3.4K Followers\n\n·Writer for\n\nUrban Notes\n\n"
    "Transport analyst in Berlin. I write about buses, bikes and the spreadsheets behind them."
    "\n\nFollow\n\nMore from Jane Roe and Urban Notes\n\nSee all from Jane Roe"
)


def test_medium_post_loses_its_author_card_and_keeps_the_story() -> None:
    doc = clean(MEDIUM_TOP + BODY + MEDIUM_BOTTOM)
    gone = removed(doc)
    for pair in [
        ("published-in", "Published in"),
        ("published-in", "Urban Notes"),
        ("date-line", "Mar 12, 2024"),
        ("engagement-count", "1.2K"),
        ("engagement-count", "14"),
        ("byline", "Written by Jane Roe"),
        ("follower-count", "3.4K Followers"),
        ("writer-for", "·Writer for"),
        ("writer-for", "Urban Notes"),
        ("more-from-author", "More from Jane Roe and Urban Notes"),
        ("more-from-author", "See all from Jane Roe"),
        (
            "card-bio",
            "Transport analyst in Berlin. I write about buses, bikes and the spreadsheets "
            "behind them.",
        ),
    ]:
        assert pair in gone
    assert STORY in doc.text and STORY2 in doc.text
    assert "The Quiet Cost of Free Buses" in doc.text
    assert "What a capital learned when it stopped charging" in doc.text
    assert doc.metadata.authors == ["Jane Roe"]
    assert doc.metadata.publisher == "Urban Notes"
    assert doc.metadata.date == "2024-03-12"


def test_medium_post_through_the_default_pipeline() -> None:
    doc = newsclean.clean(MEDIUM_TOP + BODY + MEDIUM_BOTTOM)
    assert STORY in doc.text and STORY2 in doc.text
    for gone in ("Published in", "Urban Notes", "1.2K", "Written by", "Writer for", "Followers"):
        assert gone not in doc.text
    assert "Transport analyst" not in doc.text and "See all from" not in doc.text
    assert doc.metadata.authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("card", "bio"),
    [
        # Medium, 2024 layout: followers and following on separate lines
        (
            "Written by Ana Ruiz\n\n1.2K followers\n\n·\n\n120 following",
            "Data reporter covering housing in Lisbon.",
        ),
        # a first-person bio
        ("Written by Ana Ruiz\n\n540 Followers", "I'm a nurse turned writer. Mostly NHS stories."),
        # the author's name then a verb
        ("Written by Ana Ruiz", "Ana covers transport and city hall for the Ledger."),
        # a pronoun then a verb
        (
            "Written by Ana Ruiz\n\n88 Followers",
            "She writes the Sunday column on food and farming.",
        ),
        # WordPress / Ghost: the label and the name on lines of their own
        ("Written by\n\nAna Ruiz", "Freelance writer based in Leeds. Formerly at the Post."),
        # a card with "Writer for" only
        ("·Writer for\n\nThe Rambler", "Product designer, runner and occasional baker."),
    ],
)
def test_card_bio_after_the_card_is_removed(card: str, bio: str) -> None:
    doc = clean(f"Title\n\n{BODY}\n\n{card}\n\n{bio}\n\nFollow")
    assert ("card-bio", bio) in removed(doc) or ("author-bio", bio) in removed(doc)
    # a lone "Follow" or "·" is for the boilerplate and markup steps
    assert [ln for ln in kept_lines(doc) if ln not in ("Follow", "·")] == ["Title", STORY, STORY2]


def test_long_card_bio_that_looks_like_prose_is_still_the_cards() -> None:
    # 20 words and a full stop: a prose paragraph by shape, but it sits under the card
    bio = (
        "I'm a data reporter in Lisbon and I write about housing, rent and the numbers "
        "behind both for several newspapers."
    )
    doc = clean(f"Title\n\n{BODY}\n\nWritten by Ana Ruiz\n\n1.2K Followers\n\n{bio}")
    assert kept_lines(doc) == ["Title", STORY, STORY2]
    assert ("card-bio", bio) in removed(doc)
    assert doc.metadata.authors == ["Ana Ruiz"]


def test_linkedin_article_header() -> None:
    text = (
        "Title\n\nPublished by\n\nAna Ruiz\n\nSenior Analyst at Acme Corp\n\n"
        f"Published Mar 12, 2024\n\n{BODY}"
    )
    doc = clean(text)
    assert kept_lines(doc) == ["Title", STORY, STORY2]
    assert doc.metadata.authors == ["Ana Ruiz"]
    assert doc.metadata.date == "2024-03-12"


def test_substack_counters_under_the_date() -> None:
    text = f"Title\n\nA subtitle that stays\n\nMar 12, 2024\n\n45\n\n12\n\n{BODY}"
    doc = clean(text)
    assert kept_lines(doc) == ["Title", "A subtitle that stays", STORY, STORY2]
    assert ("engagement-count", "45") in removed(doc)


def test_posted_by_label_with_a_user_name() -> None:
    doc = clean(f"Title\n\nPosted by\n\njdoe\n\nMarch 3, 2024\n\n{BODY}")
    assert kept_lines(doc) == ["Title", STORY, STORY2]
    assert doc.metadata.authors == ["jdoe"]


def test_counters_take_no_author_and_see_all_from_names_no_one() -> None:
    doc = clean(f"Title\n\n{BODY}\n\nSee all from Urban Notes\n\nMore from Ana Ruiz")
    assert kept_lines(doc) == ["Title", STORY, STORY2]
    assert doc.metadata.authors == []  # "See all from X" may name the publication


# ---------------------------------------------------------------------------
# what must stay
# ---------------------------------------------------------------------------


def test_a_story_line_after_written_by_stays() -> None:
    for line in (
        "Thanks for reading!",
        "The council will vote again on Monday.",
        "Subscribe for more stories like this one.",
    ):
        doc = clean(f"Title\n\n{BODY}\n\nWritten by Ana Ruiz\n\n{line}")
        assert line in kept_lines(doc), line
        assert ("byline", "Written by Ana Ruiz") in removed(doc)


def test_a_bio_like_line_at_the_top_stays() -> None:
    # the first lines after a byline at the top are the story's, whatever they say
    doc = clean(f"Title\n\nWritten by Ana Ruiz\n\nData reporter covering housing.\n\n{BODY}")
    assert "Data reporter covering housing." in doc.text


def test_a_list_number_under_the_date_stays() -> None:
    doc = clean(f"Title\n\nBy Ana Ruiz\n\nMarch 3, 2024\n\n1\n\nBuy less.\n\n{BODY}")
    assert kept_lines(doc)[:3] == ["Title", "1", "Buy less."]


def test_lone_numbers_away_from_credits_stay() -> None:
    text = f"Title\n\n{STORY}\n\n14\n\n{STORY2}\n\nThe final score:\n\n3\n\n2"
    doc = clean(text)
    assert doc.text == text + "\n"


def test_followers_inside_a_story_stay_and_so_does_its_last_paragraph() -> None:
    last = (
        "She now has more followers than the mayor, and she says she writes about the town "
        "every single day for them."
    )
    text = f"Title\n\n{BODY}\n\n12K followers\n\n{last}"
    doc = clean(text)
    assert last in doc.text


def test_a_story_ending_after_a_lone_label_line_stays() -> None:
    text = f"Title\n\n{BODY}\n\nPublished in\n\nThe first edition sold out within a week."
    doc = clean(text)
    assert doc.text == text + "\n"


def test_published_in_the_story_stays() -> None:
    text = f"Title\n\n{BODY}\n\nPublished in 1998, the book sold a million copies."
    assert clean(text).text == text + "\n"


def test_card_lines_in_the_middle_of_the_story_stay() -> None:
    text = f"Title\n\n{STORY}\n\nWriter for The Rambler\n\n3.4K Followers\n\n{STORY2}"
    assert clean(text).text == text + "\n"


def test_author_cards_can_be_turned_off() -> None:
    doc = clean(MEDIUM_TOP + BODY + MEDIUM_BOTTOM, author_cards=False)
    rules = {rule for rule, _ in removed(doc)}
    new_rules = {"published-in", "writer-for", "follower-count"}
    assert not rules & (new_rules | {"more-from-author", "engagement-count", "card-bio"})
    assert "Transport analyst in Berlin." in doc.text


def test_cleaning_twice_changes_nothing_more() -> None:
    once = clean(MEDIUM_TOP + BODY + MEDIUM_BOTTOM)
    again = clean(once.text)
    assert again.text == once.text
    assert undo(once) == MEDIUM_TOP + BODY + MEDIUM_BOTTOM


# ---------------------------------------------------------------------------
# robustness
# ---------------------------------------------------------------------------

ADVERSARIAL = [
    "1" * 200_000,
    "1.2K\n\n" * 30_000,
    "1,000," * 40_000,
    "·" * 200_000,
    "Published in\n\n" * 20_000,
    "Written by\n" * 20_000,
    "See all from " + "Abc " * 50_000,
    "Published in " + "A" * 200_000,
    "Followers " * 20_000,
    "3.4K Followers\n\nTransport analyst. " * 10_000,
    "K" * 200_000,
    " " * 200_000,
    "word " * 40_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:14]))
def test_adversarial_input_finishes(text: str) -> None:
    doc = Document(text)
    BylineCleaner()(doc)
    assert undo(doc) == text


_CARD_BITS = st.sampled_from(
    [
        "Published in",
        "Urban Notes",
        "·Writer for",
        "Written by",
        "Written by Ana Ruiz",
        "Ana Ruiz",
        "3.4K Followers",
        "1.2K",
        "14",
        "6 min read",
        "Mar 12, 2024",
        "Follow",
        "·",
        "See all from Ana Ruiz",
        "Transport analyst in Berlin. I write about buses.",
        "I'm a nurse turned writer.",
        "Thanks for reading!",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    top=st.lists(_CARD_BITS, max_size=8),
    bottom=st.lists(_CARD_BITS, max_size=10),
    sep=st.sampled_from(["\n\n", "\n"]),
)
def test_generated_cards_never_take_the_story(top: list[str], bottom: list[str], sep: str) -> None:
    text = sep.join(["Title", *top, STORY, STORY2, *bottom])
    doc = clean(text)
    assert STORY in doc.text and STORY2 in doc.text
    assert is_subsequence(doc.text, text + "\n")
    assert undo(doc) == text
    assert clean(doc.text).text == doc.text
