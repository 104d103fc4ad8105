"""The tweets cleaner: fixture 000's embeds, embed shapes from other sites, policies."""

from __future__ import annotations

import csv
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Document, undo
from newsclean.cleaners.encoding import EncodingCleaner
from newsclean.cleaners.markup import MarkupCleaner
from newsclean.cleaners.tweets import TweetCleaner, TweetConfig, find_signatures, tweet_links
from newsclean.cleaners.whitespace import WhitespaceCleaner
from newsclean.pipeline import Pipeline

from .conftest import FIXTURES, article, gold, gold_meta, is_subsequence

FIXTURE = "000_7730eb643c94ef9b"

# Article prose of the kind that surrounds embeds (long, ends like a sentence).
P1 = (
    "Officials in Kyiv said the talks had stalled after a week of heavy shelling along the "
    "front line, according to the regional governor, who spoke to reporters on Tuesday."
)
P2 = (
    "The Kremlin did not respond to a request for comment. Analysts in Brussels said the "
    "timing of the visit, days after the summit, was unlikely to be a coincidence."
)


def run(text: str, **config: Any) -> Document:
    """Only the tweets cleaner, then white space in the house style."""
    doc = Document(text)
    Pipeline([TweetCleaner(**config), WhitespaceCleaner()])(doc)
    return doc


def upto_tweets(text: str) -> Document:
    """The default pipeline's steps up to this one: encoding, markup, tweets."""
    return Pipeline([EncodingCleaner(), MarkupCleaner(), TweetCleaner()])(text)


def tweets(doc: Document) -> list[dict[str, Any]]:
    return [t.to_dict() for t in doc.metadata.tweets]


# --- fixture 000 -------------------------------------------------------------------


def _label_lines(name: str, category: str) -> set[int]:
    path = FIXTURES / "expected" / f"{name}.labels.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {int(row[0]) for row in rows if len(row) > 1 and row[1] == category}


def test_fixture_tweets_removed_exactly_as_labelled() -> None:
    doc = upto_tweets(article(FIXTURE))
    removed: set[int] = set()
    for edit in doc.edits:
        if edit.step == "tweets":
            assert edit.category == "tweet"
            assert edit.replacement == ""
            removed.update(range(edit.line, edit.end_line + 1))
    assert removed == _label_lines(FIXTURE, "tweet")
    rules = {e.rule for e in doc.edits if e.step == "tweets"}
    assert rules == {"tweet-text", "pic-link", "signature"}


def test_fixture_tweet_metadata_equals_gold() -> None:
    doc = upto_tweets(article(FIXTURE))
    want = gold_meta(FIXTURE)["tweets"]
    assert isinstance(want, list)
    got = tweets(doc)
    assert [{k: t.get(k) for k in w} for t, w in zip(got, want, strict=True)] == want
    # the tweet's text is kept as metadata too, without links or placeholder emoji
    assert got[0]["text"].startswith('"Welcome to Russia" — Xi Jinping has arrived')
    assert got[1]["text"].splitlines()[1] == "-> Only US mediated ceasefires are good!"


def test_fixture_keeps_the_articles_own_lines_around_tweets() -> None:
    doc = upto_tweets(article(FIXTURE))
    WhitespaceCleaner()(doc)
    text = doc.text
    kept = gold(FIXTURE)
    for line in (
        "Putin also at one point took a swipe directly at the United States:",
        "Meanwhile, Washington is watching the Xi trip very closely",
        "According to state media commentary (RT)",
        "It obvious that there are forces persistently working",
    ):
        assert line in kept and line in text
    for gone in ("pic.twitter.com", "(@", "Lord Bebo", "📷"):
        assert gone not in text


def test_fixture_other_articles_have_no_tweets() -> None:
    for name in ("001_bff3226b920921d6", "002_f0061f79107f2e27", "003_2e2360023d3653eb"):
        doc = run(article(name))
        assert doc.metadata.tweets == []
        assert not [e for e in doc.edits if e.category == "tweet"]


# --- embed shapes ------------------------------------------------------------------

SHAPES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "collapsed to one line",
        f"{P1}\n\nZelensky says Ukraine will not give up territory. pic.twitter.com/Ab12Cd "
        f"— Kyiv Independent (@KyivIndependent) March 20, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {
            "handle": "KyivIndependent",
            "name": "Kyiv Independent",
            "date": "2023-03-20",
            "links": ["pic.twitter.com/Ab12Cd"],
            "text": "Zelensky says Ukraine will not give up territory.",
        },
    ),
    (
        "en dash, day-month-year (UK outlets)",
        f"{P1}\n\nTonight's vote is a disgrace.\n\n"
        f"– Jane Doe MP (@jane_doe99) 20 March 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "jane_doe99", "name": "Jane Doe MP", "date": "2023-03-20"},
    ),
    (
        "hyphen, abbreviated month, t.co link in the text",
        f"{P1}\n\nRead our full report here https://t.co/AbCdEf12\n\n"
        f"- Reuters World (@ReutersWorld) Mar 20, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "ReutersWorld", "links": ["https://t.co/AbCdEf12"], "date": "2023-03-20"},
    ),
    (
        "undecoded &mdash; entity",
        f"{P1}\n\nWe stand with Ukraine.\n&mdash; NATO (@NATO) February 24, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "NATO", "name": "NATO", "date": "2023-02-24", "text": "We stand with Ukraine."},
    ),
    (
        "signature broken over lines",
        f"{P1}\n\nPolls close at 8pm tonight.\n—\nElections Canada\n(@ElectionsCan_E)\n"
        f"October 21, 2019\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "ElectionsCan_E", "name": "Elections Canada", "date": "2019-10-21"},
    ),
    (
        "lost and placeholder emoji in the name",
        f"{P1}\n\nWhat a night in Kyiv\n\n— Olena ?? 📷📷 (@olena_k1) April 2, 2022\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "olena_k1", "name": "Olena", "date": "2022-04-02"},
    ),
    (
        "status URL after the date, x.com picture link",
        f"{P1}\n\nThe summit is over pic.x.com/zz9Q – Reuters (@Reuters) March 20, 2024 "
        f"https://twitter.com/Reuters/status/1637812345678901234?s=20\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {
            "handle": "Reuters",
            "links": [
                "pic.x.com/zz9Q",
                "https://twitter.com/Reuters/status/1637812345678901234?s=20",
            ],
        },
    ),
    (
        "picture link glued to the text, status URL on the next line",
        f"{P1}\n\nWe will never surrender!pic.twitter.com/Q1w2Er\n\n"
        f"— Volodymyr Zelenskyy (@ZelenskyyUa) March 20, 2023\n"
        f"https://x.com/ZelenskyyUa/status/1637812345678901234\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {
            "handle": "ZelenskyyUa",
            "links": [
                "pic.twitter.com/Q1w2Er",
                "https://x.com/ZelenskyyUa/status/1637812345678901234",
            ],
        },
    ),
    (
        "tweet at the very start of the article",
        f"BREAKING: Explosions heard in central Kyiv pic.twitter.com/k1\n"
        f"— OSINT Watch (@osint_watch) March 20, 2023\n\n{P1}",
        f"{P1}\n",
        {"handle": "osint_watch", "text": "BREAKING: Explosions heard in central Kyiv"},
    ),
    (
        "tweet at the very end of the article",
        f"{P1}\n\nThe minister posted a photo from the meeting.\n\n"
        f"Productive talks today. pic.twitter.com/end1\n\n— Minister (@min_fa) March 21, 2023",
        f"{P1}\n\nThe minister posted a photo from the meeting.\n",
        {"handle": "min_fa", "text": "Productive talks today."},
    ),
    (
        "time and date as copied from the site",
        f"{P1}\n\nNo ceasefire. pic.twitter.com/t1\n\n"
        f"— Jo Lee (@jolee) 10:17 AM · Mar 20, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "jolee", "date": "2023-03-20"},
    ),
    (
        "dashless signature alone on its line",
        f"{P1}\n\nThe talks resume tomorrow. pic.twitter.com/a1\n\n"
        f"Jane Doe (@jdoe) March 20, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "jdoe", "name": "Jane Doe"},
    ),
    (
        "markdown block quote",
        f"{P1}\n\n> The talks resume tomorrow. pic.twitter.com/a1\n>\n"
        f"> — Jane Doe (@jdoe) March 20, 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "jdoe", "text": "The talks resume tomorrow."},
    ),
    (
        "date still a markdown link to the status",
        f"{P1}\n\nHistoric day.\n\n— AP (@AP) [March 20, 2023]"
        f"(https://twitter.com/AP/status/1637?ref_src=twsrc%5Etfw)\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {
            "handle": "AP",
            "date": "2023-03-20",
            "links": ["https://twitter.com/AP/status/1637?ref_src=twsrc%5Etfw"],
        },
    ),
    (
        "date in another language",
        f"{P1}\n\nHeute in Berlin.\n\n— Olaf Scholz (@Bundeskanzler) 20. März 2023\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "Bundeskanzler", "name": "Olaf Scholz"},
    ),
    (
        "blog embed: a status URL alone on its line",
        f"{P1}\n\nhttps://twitter.com/elonmusk/status/1637812345678901234\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {
            "handle": "elonmusk",
            "links": ["https://twitter.com/elonmusk/status/1637812345678901234"],
        },
    ),
    (
        "quoted as @handle: text with its picture link",
        f"{P1}\n\n@SpaceX: Liftoff! pic.twitter.com/LaUnCh\n\n{P2}",
        f"{P1}\n\n{P2}\n",
        {"handle": "SpaceX", "text": "Liftoff!", "links": ["pic.twitter.com/LaUnCh"]},
    ),
]


@pytest.mark.parametrize(
    ("source", "expected", "meta"),
    [case[1:] for case in SHAPES],
    ids=[case[0] for case in SHAPES],
)
def test_embed_shapes(source: str, expected: str, meta: dict[str, Any]) -> None:
    doc = run(source)
    assert doc.text == expected
    found = tweets(doc)
    assert len(found) == 1
    assert {k: found[0].get(k) for k in meta} == meta
    assert all(e.category in ("tweet", "whitespace") for e in doc.edits)
    assert undo(doc) == source


def test_multi_paragraph_tweet_with_continuation() -> None:
    source = (
        f"{P1}\n\nSullivan on the talks: “Nothing is agreed until everything is agreed.”\n\n"
        f"→ So nothing is agreed. pic.twitter.com/c0nt\n\n— Analyst (@an_alyst) March 20, 2023"
        f"\n\n{P2}"
    )
    doc = run(source)
    assert doc.text == f"{P1}\n\n{P2}\n"
    assert tweets(doc)[0]["text"].count("\n") == 1


def test_thread_label_and_emoji_lines_join_the_tweet() -> None:
    source = (
        f"{P1}\n\nJUST IN:\n\n🚨 Sirens across Kyiv #Ukraine #Kyiv\n\n"
        f"More soon pic.twitter.com/q9\n\n— OSINT (@osint) March 20, 2023\n\n{P2}"
    )
    doc = run(source)
    assert doc.text == f"{P1}\n\n{P2}\n"
    assert tweets(doc)[0]["text"].splitlines()[0] == "JUST IN:"


def test_two_tweets_back_to_back_and_the_intro_stays() -> None:
    source = (
        f"{P1}\n\nBoth leaders wrote on Twitter:\n\n"
        f"A historic day for our two nations.\n\n— Leader One (@leader_one) March 20, 2023\n\n"
        f"Our friendship has no limits. pic.twitter.com/two2\n\n"
        f"— Leader Two (@leader2) March 20, 2023\n\n{P2}"
    )
    doc = run(source)
    assert doc.text == f"{P1}\n\nBoth leaders wrote on Twitter:\n\n{P2}\n"
    assert [t["handle"] for t in tweets(doc)] == ["leader_one", "leader2"]
    assert tweets(doc)[0]["text"] == "A historic day for our two nations."


def test_tweet_inside_a_list_keeps_the_list() -> None:
    source = (
        "What we know so far:\n"
        "* Russia shelled Kharkiv overnight.\n"
        "* Big news from Moscow pic.twitter.com/abc — Clash Report (@clashreport) March 20, 2023\n"
        "* Talks are due next week.\n"
    )
    doc = run(source)
    assert doc.text == (
        "What we know so far:\n* Russia shelled Kharkiv overnight.\n* Talks are due next week.\n"
    )
    assert tweets(doc)[0]["text"] == "Big news from Moscow"


def test_single_newline_document_keeps_its_line_structure() -> None:
    source = (
        f"{P1}\nThe talks resume tomorrow. pic.twitter.com/a\n— Jo Doe (@jd) March 20, 2023\n{P2}"
    )
    assert run(source).text == f"{P1}\n{P2}\n"


def test_media_only_tweet_keeps_the_paragraph_above() -> None:
    source = (
        f"{P1}\n\nMeanwhile the ministry said it was looking into the reports.\n\n"
        f"pic.twitter.com/media1\n\n— Defence Ministry (@DefenceU) March 20, 2023\n\n{P2}"
    )
    doc = run(source)
    assert (
        doc.text
        == f"{P1}\n\nMeanwhile the ministry said it was looking into the reports.\n\n{P2}\n"
    )
    assert "text" not in tweets(doc)[0]


def test_short_article_paragraph_above_a_tweet_with_text_stays() -> None:
    # the line right above the signature is the tweet; the one above needs evidence
    source = (
        f"{P1}\n\nThe hashtag #StandWithUkraine trended for hours.\n\n"
        f"We will rebuild. pic.twitter.com/rb1\n\n— Mayor (@mayor_kyiv) March 20, 2023\n\n{P2}"
    )
    doc = run(source)
    assert "The hashtag #StandWithUkraine trended for hours." in doc.text
    assert "We will rebuild." not in doc.text


def test_long_line_before_a_glued_signature_keeps_its_words() -> None:
    # a whole article on one line: only the signature and the link go
    source = f"{P1} {P2} Big news pic.twitter.com/b — Jane Doe (@jd) March 20, 2023 {P2}"
    doc = run(source)
    assert doc.text == f"{P1} {P2} Big news {P2}\n"
    assert tweets(doc)[0]["handle"] == "jd"


def test_long_paragraph_ending_in_a_link_above_a_signature_keeps_its_words() -> None:
    # longer than any tweet: the article's paragraph with a pasted link, not the tweet
    source = f"{P1} {P2} pic.twitter.com/Lg1\n\n— Jane Doe (@jd) March 20, 2023\n\n{P2}"
    assert run(source).text == f"{P1} {P2}\n\n{P2}\n"
    glued = f"{P1} {P2} Big news pic.twitter.com/b — Jane Doe (@jd) March 20, 2023"
    assert run(glued).text == f"{P1} {P2} Big news\n"


@pytest.mark.parametrize(
    "source",
    [
        f"{P1}\n\nHe wrote on Twitter: “We will win.” pic.twitter.com/x\n\n"
        f"— Jo Doe (@jd) March 20, 2023\n\n{P2}",
        f"{P1}\n\nHe wrote on Twitter: “We will win.” pic.twitter.com/x "
        f"— Jo Doe (@jd) March 20, 2023\n\n{P2}",
    ],
    ids=["own-lines", "one-line"],
)
def test_intro_on_the_tweets_line_stays(source: str) -> None:
    doc = run(source)
    assert doc.text == f"{P1}\n\nHe wrote on Twitter:\n\n{P2}\n"
    assert tweets(doc)[0]["text"] == "“We will win.”"
    marked = run(source, policy="marker").text
    assert "\nHe wrote on Twitter: [tweet: @jd, 2023-03-20]\n" in marked


def test_intro_line_right_above_the_signature_stays() -> None:
    source = f"{P1}\n\nShe later wrote on X:\n\n— Jane Doe (@jd) March 20, 2023\n\n{P2}"
    doc = run(source)
    assert doc.text == f"{P1}\n\nShe later wrote on X:\n\n{P2}\n"


# --- tweets whose text is two paragraphs --------------------------------------------

TWO_PARAGRAPHS = [
    (
        "subject-less first paragraph, But and a t.co link",
        "Trained for months, drove through the night. Gutted doesn't begin to cover it.",
        "But the organisers made the right call. That wind is no joke https://t.co/xK3pL9",
        "— ?? Jo Runner ?? (@jo_runs) June 2, 2024",
    ),
    (
        "first person, And and a picture link",
        "I've been selling at this market for 30 years.",
        "And today they told us it's closing for good. pic.twitter.com/mkt1",
        "— Ana Stall (@ana_stall) March 3, 2024",
    ),
    (
        "an exclamation, Yet, signature without a dash",
        "What a crowd we had in the park this morning!",
        "Yet the rain had other ideas. pic.twitter.com/rn1",
        "Parkrun Leeds (@parkrunleeds) May 4, 2024",
    ),
    (
        "second person, Because",
        "If you were on the 7.42 from Leeds, you have our apologies.",
        "Because a tree came down on the line at Garforth. pic.twitter.com/tr33",
        "— Northern (@northernassist) January 9, 2024",
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "signature"),
    [case[1:] for case in TWO_PARAGRAPHS],
    ids=[case[0] for case in TWO_PARAGRAPHS],
)
def test_two_paragraph_tweet_takes_its_first_paragraph(
    first: str, second: str, signature: str
) -> None:
    intro = "Many runners said they were disappointed but backed the decision."
    source = f"{P1}\n\n{intro}\n\n{first}\n\n{second}\n\n{signature}\n\n{P2}"
    doc = run(source)
    assert doc.text == f"{P1}\n\n{intro}\n\n{P2}\n"
    [tweet] = tweets(doc)
    text = tweet["text"].split("\n")
    assert text[0] == first
    assert text[1].startswith(second.split()[0])
    assert undo(doc) == source


def test_two_paragraph_tweet_in_a_single_newline_document() -> None:
    source = (
        f"{P1}\nGutted doesn't begin to cover it.\nBut they made the right call. "
        f"pic.twitter.com/a1\n— Jo (@jo) June 2, 2024\n{P2}"
    )
    assert run(source).text == f"{P1}\n{P2}\n"


def test_two_paragraph_tweet_with_the_other_policies() -> None:
    first = "I've been selling at this market for 30 years."
    source = (
        f"{P1}\n\n{first}\n\nAnd today it closes for good. pic.twitter.com/mkt1\n\n"
        f"— Ana Stall (@ana_stall) March 3, 2024\n\n{P2}"
    )
    marked = run(source, policy="marker").text
    assert marked == f"{P1}\n\n[tweet: @ana_stall, 2024-03-03]\n\n{P2}\n"
    kept = run(source, policy="keep").text
    assert kept == f"{P1}\n\n{first}\n\nAnd today it closes for good.\n\n{P2}\n"


# A paragraph of the article right above a tweet: it stays, whatever the tweet says.
REPORTERS_PARAGRAPHS = [
    # a reporting verb: the reporter tells who said what
    "Many runners said they were disappointed but backed the decision.",
    "The mayor, who has faced calls to resign, posted her reply just after midnight.",
    "“We’re not going anywhere,” the stallholders told the council on Friday.",
    "I asked the council about the closure, and a spokesman told me it was final.",
    # no voice of its own: third person, no contraction, no exclamation
    "The council closed the market on Friday after 40 years.",
    "Forecasters had issued an amber warning on Saturday afternoon.",
    # only quotation marks carry the voice
    "“Gutted doesn't begin to cover it.”",
    # an introduction
    "One runner put it this way:",
]


@pytest.mark.parametrize("paragraph", REPORTERS_PARAGRAPHS)
@pytest.mark.parametrize(
    "tweet",
    [
        "But they made the right call. https://t.co/xK3pL9",
        "And just like that, it's gone. pic.twitter.com/gone1",
        "We are reviewing all feedback and will respond soon. pic.twitter.com/rv1",
    ],
)
def test_article_paragraph_before_a_tweet_stays(paragraph: str, tweet: str) -> None:
    source = f"{P1}\n\n{paragraph}\n\n{tweet}\n\n— Jo Doe (@jodoe) June 2, 2024\n\n{P2}"
    doc = run(source)
    assert doc.text == f"{P1}\n\n{paragraph}\n\n{P2}\n"
    assert "\n" not in tweets(doc)[0].get("text", "")


def test_first_person_story_paragraph_before_a_one_paragraph_tweet_stays() -> None:
    # a blogger's own paragraph is in the first person too: without a tie it is the article's
    paragraph = "I've lived on this street for ten years and I'm not moving now!"
    source = (
        f"{P1}\n\n{paragraph}\n\nWe are reviewing all feedback. pic.twitter.com/rv1\n\n"
        f"— City Council (@citycouncil) March 3, 2024\n\n{P2}"
    )
    assert run(source).text == f"{P1}\n\n{paragraph}\n\n{P2}\n"


def test_a_long_paragraph_in_the_tweeters_voice_stays() -> None:
    # 45 words: it would fit in a tweet with the next one, but that long it is the article's
    paragraph = (
        "I've covered this race for a decade and I can't remember a morning like it, with "
        "the wind howling off the sea, barriers flying across the promenade and thousands of "
        "runners huddled in foil blankets waiting for news that nobody wanted to give them."
    )
    source = (
        f"{P1}\n\n{paragraph}\n\nBut they made the right call. https://t.co/x1\n\n"
        f"— Jo Doe (@jodoe) June 2, 2024\n\n{P2}"
    )
    assert run(source).text == f"{P1}\n\n{paragraph}\n\n{P2}\n"


_REPORTER = st.sampled_from(
    [p for p in REPORTERS_PARAGRAPHS if not p.endswith(":")]
    + [P1, P2, "He told reporters on Monday that the plan would be ready soon."]
)
_OPENING = st.sampled_from(["But ", "And ", "Yet ", "Because ", "Or ", ""])
_TWEET_BODY = st.sampled_from(
    ["they made the right call.", "it's gone.", "we won't stop!", "nobody asked us?"]
)


@settings(max_examples=200, deadline=None)
@given(paragraph=_REPORTER, opening=_OPENING, body=_TWEET_BODY)
def test_generated_reporters_paragraphs_never_join_a_tweet(
    paragraph: str, opening: str, body: str
) -> None:
    tweet = f"{opening}{body}" if opening else body.capitalize()
    source = f"{paragraph}\n\n{tweet} pic.twitter.com/g1\n\n— Jo (@jo) June 2, 2024\n\n{P2}"
    assert run(source).text == f"{paragraph}\n\n{P2}\n"


# --- what must be kept -------------------------------------------------------------

KEPT = [
    "The space agency (@nasa) said on Monday that the launch had gone well.",
    "We are thrilled, said NASA (@NASA) March 20, 2023 at the briefing in Houston.",
    "“Peace is possible, but not at any price.” — John Smith, CEO",
    "WASHINGTON — March 20, 2023 - Officials met behind closed doors.",
    "Follow @nasa and @esa for updates on the mission.",
    "Contact the desk at news@example.com or call 555-0100 — March 20, 2023 edition.",
    "The account (@kremlinrussia_e) posted a photo — dated March 20, 2023 — of the two men.",
    "Prices rose 3% (Q1) – March 20, 2023 figures show.",
    "Sources: Reuters, AP — March 20, 2023",
    "The twitter.com domain now redirects to x.com, the company said.",
]


@pytest.mark.parametrize("line", KEPT)
def test_prose_that_looks_like_a_tweet_is_kept(line: str) -> None:
    source = f"{P1}\n\n{line}\n\n{P2}"
    doc = run(source)
    assert doc.text == f"{source}\n"
    assert doc.metadata.tweets == []


def test_find_signatures_needs_a_date_or_status_url() -> None:
    assert find_signatures("— Jane Doe (@jd)") == []
    assert find_signatures("— Jane Doe (@jd) https://x.com/jd/status/1")[0].handle == "jd"
    assert find_signatures("— Jane (@jd) 2023-03-20")[0].date == "2023-03-20"


def test_tweet_links_as_written() -> None:
    text = "a pic.twitter.com/X1 b http://t.co/Y2 c twitter.com/i/web/status/3 netflix.com/d"
    assert tweet_links(text) == [
        "pic.twitter.com/X1",
        "http://t.co/Y2",
        "twitter.com/i/web/status/3",
    ]


def test_stray_links_are_removed_from_prose_but_the_words_stay() -> None:
    source = f"He posted a video of the crowd pic.twitter.com/VvV1 late on Sunday.\n\n{P1}"
    doc = run(source)
    assert doc.text == f"He posted a video of the crowd late on Sunday.\n\n{P1}\n"
    assert doc.metadata.tweets == []
    assert [e.rule for e in doc.edits if e.category == "tweet"] == ["pic-link"]
    assert run(source, stray_links=False).text == f"{source}\n"


# --- policies ----------------------------------------------------------------------

POLICY_SOURCE = (
    f"{P1}\n\nHe wrote on Twitter:\n\nWe will never surrender! 📷📷 pic.twitter.com/Q1w2\n\n"
    f"— Volodymyr (@ZelenskyyUa) March 20, 2023\n\n{P2}"
)


def test_policy_drop_is_the_default() -> None:
    assert TweetConfig().policy == "drop"
    doc = run(POLICY_SOURCE)
    assert doc.text == f"{P1}\n\nHe wrote on Twitter:\n\n{P2}\n"


def test_policy_marker() -> None:
    doc = run(POLICY_SOURCE, policy="marker")
    assert doc.text == (
        f"{P1}\n\nHe wrote on Twitter:\n\n[tweet: @ZelenskyyUa, 2023-03-20]\n\n{P2}\n"
    )
    assert [e.rule for e in doc.edits if e.category == "tweet" and e.replacement] == ["marker"]
    custom = run(POLICY_SOURCE, policy="marker", marker_format="<{name} on Twitter>")
    assert "\n\n<Volodymyr on Twitter>\n\n" in custom.text
    assert len(custom.metadata.tweets) == 1


def test_policy_marker_in_a_single_newline_document() -> None:
    source = f"{P1}\nWe won. pic.twitter.com/a\n— Jo Doe (@jd) March 20, 2023\n{P2}"
    assert run(source, policy="marker").text == f"{P1}\n[tweet: @jd, 2023-03-20]\n{P2}\n"


def test_policy_keep() -> None:
    doc = run(POLICY_SOURCE, policy="keep")
    assert doc.text == f"{P1}\n\nHe wrote on Twitter:\n\nWe will never surrender!\n\n{P2}\n"
    rules = sorted(e.rule for e in doc.edits if e.category == "tweet")
    assert rules == ["pic-link", "placeholder", "signature"]
    assert tweets(doc)[0]["text"] == "We will never surrender!"


def test_policy_keep_with_a_glued_signature() -> None:
    source = f"{P1}\n\nWe won. pic.twitter.com/a — Jo Doe (@jd) March 20, 2023\n\n{P2}"
    assert run(source, policy="keep").text == f"{P1}\n\nWe won.\n\n{P2}\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"policy": "remove"}, "policy must be one of 'drop', 'marker', 'keep'"),
        ({"marker_format": "[tweet {user}]"}, "marker_format"),
        ({"marker_format": "[tweet {handle]"}, "marker_format"),
        ({"max_text_chars": 0}, "max_text_chars"),
    ],
)
def test_bad_config_is_a_clear_error(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        TweetCleaner(**options)


def test_cleaning_twice_changes_nothing_more() -> None:
    for source in [POLICY_SOURCE, article(FIXTURE), *(case[1] for case in SHAPES)]:
        once = run(source)
        again = run(once.text)
        assert again.text == once.text
        assert again.metadata.tweets == []


# --- robustness --------------------------------------------------------------------

ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "—" * 200_000,
    "@" * 200_000,
    " " * 200_000,
    "(@" * 100_000,
    "- " * 100_000,
    "word " * 40_000,
    "(@a) March 20, 2023 " * 10_000,
    "— Name (@a) March 20, 2023 " * 7_000,
    "— " + "a" * 200_000 + " (@a) March 20, 2023",
    "@a: " + "x " * 100_000 + "pic.twitter.com/a",
    "pic.twitter.com/a" * 12_000,
    "https://t.co/" * 15_000,
    ">\n" * 100_000,
    "short line\n— A (@a) March 20, 2023\n" * 5_000,
    ".!" * 100_000 + "a",
    "📷" * 200_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_input_finishes(text: str) -> None:
    doc = Document(text)
    TweetCleaner()(doc)
    assert undo(doc) == text


_TOKENS = st.sampled_from(
    [
        "— ",
        "– ",
        " - ",
        "(@",
        "(@jd)",
        ")",
        " March 20, 2023",
        "20 March 2023",
        "pic.twitter.com/Ab1",
        "https://t.co/x",
        "https://x.com/jd/status/12",
        "\n",
        "\n\n",
        "> ",
        ":",
        "Jo Doe",
        "📷📷",
        "??",
        "#tag",
        "@nasa",
        "→ ",
        "BREAKING:",
        "&mdash;",
        "word",
        " ",
        ".",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_TOKENS, max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, policy=st.sampled_from(["drop", "marker", "keep"]))
def test_never_raises_and_the_log_undoes(text: str, policy: str) -> None:
    doc = Document(text)
    TweetCleaner(policy=policy)(doc)
    assert undo(doc) == text
    if policy != "marker":
        assert all(e.replacement == "" for e in doc.edits)


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_drop_only_deletes(text: str) -> None:
    doc = Document(text)
    TweetCleaner()(doc)
    assert is_subsequence(doc.text, text)


_PROSE = st.sampled_from([P1, P2, "He told reporters on Monday that the plan would be ready soon."])
_EMBED = st.builds(
    lambda body, sep, dash: f"{body} pic.twitter.com/Xy1{sep}{dash} Jo Doe (@jodoe) March 20, 2023",
    st.sampled_from(["We will rebuild.", "No ceasefire now", "Big day in Kyiv 📷📷"]),
    st.sampled_from([" ", "\n", "\n\n"]),
    st.sampled_from(["—", "–", "-", "&mdash;"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PROSE, _EMBED), min_size=1, max_size=8))
def test_generated_articles_lose_every_embed_and_no_prose(blocks: list[str]) -> None:
    source = "\n\n".join(blocks)
    doc = run(source)
    embeds = [b for b in blocks if "(@jodoe)" in b]
    assert len(doc.metadata.tweets) == len(embeds)
    assert doc.text == "".join(f"{b}\n\n" for b in blocks if b not in embeds).rstrip("\n") + (
        "\n" if len(embeds) < len(blocks) else ""
    )


# --- cards: an embed scraped as the page showed it ------------------------------------

CARDS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "X, one line each, counts and buttons under it",
        "Ann Lee\n@annlee\n·\nFollow\nWe won the cup! pic.x.com/Ab1\n2:15 PM · Mar 3, 2026\n"
        "12.3K\nViews\nReply\nCopy link\nRead 123 replies",
        {
            "handle": "annlee",
            "name": "Ann Lee",
            "date": "2026-03-03",
            "links": ["pic.x.com/Ab1"],
            "text": "We won the cup!",
        },
    ),
    (
        "X, blank lines between, UK time and views on the timestamp",
        "Ann Lee\n\n@annlee\n\nFollow\n\nWe won the cup!\n\nWhat a night. https://t.co/xY12\n\n"
        "2:15 pm · 3 Mar 2026 · 12.3K Views\n\n1,234\n\nReply\n\nShare\n\nRead 56 replies",
        {"handle": "annlee", "date": "2026-03-03", "text": "We won the cup!\nWhat a night."},
    ),
    (
        "X, name and handle on one line",
        "Ann Lee @annlee · Follow\nWe won the cup!\n2:15 PM · Mar 3, 2026\nShow this thread",
        {"handle": "annlee", "name": "Ann Lee", "text": "We won the cup!"},
    ),
    (
        "X, a quoted post inside the card",
        "Ann Lee\n@annlee\nFollow\nOur statement on today's decision.\nQuote\nCity Council\n"
        "@citycouncil\n·\nMar 2\nThe council has voted to close the market.\n"
        "2:15 PM · Mar 3, 2026",
        {
            "handle": "annlee",
            "text": "Our statement on today's decision.\n"
            "The council has voted to close the market.",
        },
    ),
    (
        "X, a truncated post with Show more and a reply line",
        "Jo Stall\n@jostall\nReplying to @citycouncil\nForty years on this quay and not one "
        "letter from the council.\nShow more\n9:02 AM · Mar 4, 2026\n45\nReposts\n210\nLikes",
        {"handle": "jostall", "name": "Jo Stall", "date": "2026-03-04"},
    ),
]


@pytest.mark.parametrize(
    ("block", "meta"), [case[1:] for case in CARDS], ids=[case[0] for case in CARDS]
)
def test_cards_are_removed_and_recorded(block: str, meta: dict[str, Any]) -> None:
    for sep in ("\n\n", "\n") if "\n\n" not in block else ("\n\n",):
        source = f"{P1}{sep}{block}{sep}{P2}"
        doc = run(source)
        assert doc.text == f"{P1}{sep}{P2}\n"
        [tweet] = tweets(doc)
        assert {k: tweet.get(k) for k in meta} == meta
        assert {e.rule for e in doc.edits if e.category == "tweet"} <= {
            "card-header",
            "card-footer",
            "tweet-text",
            "pic-link",
            "tco-link",
        }
        assert undo(doc) == source


def test_bluesky_card_is_recorded_as_a_post() -> None:
    block = (
        "NE Coast Weather\n@necoastweather.bsky.social\nAmber warning now in force for the "
        "whole coast until 6pm.\nMarch 3, 2026 at 2:15 PM\nEverybody can reply\n12 replies"
    )
    doc = run(f"{P1}\n\n{block}\n\n{P2}")
    assert doc.text == f"{P1}\n\n{P2}\n"
    assert doc.metadata.tweets == []
    assert doc.metadata.extras["posts"] == [
        {
            "network": "bluesky",
            "handle": "necoastweather.bsky.social",
            "name": "NE Coast Weather",
            "date": "2026-03-03",
            "text": "Amber warning now in force for the whole coast until 6pm.",
        }
    ]
    assert {e.category for e in doc.edits if e.step == "tweets"} == {"embed"}


CARDS_KEPT = [
    # a byline with the author's handle and a date line: no X timestamp, no Bluesky handle
    "By Ann Lee\n@annlee\nPolitics reporter\nMarch 3, 2026 at 2:15 PM",
    # a timestamp with no handle line above it
    "We won the cup!\n2:15 PM · Mar 3, 2026",
    # more than a post's text between the handle and the timestamp
    f"Ann Lee\n@annlee\n{P1} {P2}\n2:15 PM · Mar 3, 2026",
    # a handle in a story's sentence
    "Follow @annlee for updates from the count.\n\nThe count resumes at 2:15 PM · Mar 3, 2026.",
    # a handle line and a timestamp with nothing else of a card around them
    "@annlee\nThe count resumes at nine.\n2:15 PM · Mar 3, 2026",
]


@pytest.mark.parametrize("block", CARDS_KEPT)
def test_card_lookalikes_are_kept(block: str) -> None:
    source = f"{P1}\n\n{block}\n\n{P2}"
    doc = run(source)
    assert doc.text == f"{source}\n"
    assert doc.metadata.tweets == []


def test_a_heading_above_a_card_is_not_its_name() -> None:
    block = (
        "What the organisers said\n\n@NorthportMara\n\nRace cancelled.\n\n"
        "2:15 PM · Mar 3, 2026\n\nReply"
    )
    doc = run(f"{P1}\n\n{block}\n\n{P2}")
    assert doc.text == f"{P1}\n\nWhat the organisers said\n\n{P2}\n"
    assert "name" not in tweets(doc)[0]


def test_the_intro_above_a_card_stays() -> None:
    block = (
        "The organisers posted on X:\n@NorthportMara\nRace cancelled. pic.x.com/R1\n"
        "2:15 PM · Mar 3, 2026"
    )
    doc = run(f"{P1}\n\n{block}\n\n{P2}")
    assert doc.text == f"{P1}\n\nThe organisers posted on X:\n\n{P2}\n"


def test_card_policies() -> None:
    block = "Ann Lee\n@annlee\nWe won the cup! pic.x.com/Ab1\n2:15 PM · Mar 3, 2026\nReply"
    source = f"{P1}\n\n{block}\n\n{P2}"
    assert run(source, policy="marker").text == f"{P1}\n\n[tweet: @annlee, 2026-03-03]\n\n{P2}\n"
    assert run(source, policy="keep").text == f"{P1}\n\nWe won the cup!\n\n{P2}\n"
    assert (
        run(source, cards=False).text == f"{P1}\n\n{block.replace(' pic.x.com/Ab1', '')}\n\n{P2}\n"
    )


def test_card_anchors_find_every_timestamp_line() -> None:
    from newsclean.cleaners import tweets as module

    text = "a\n2:15 PM · Mar 3, 2026\nb • c\n" + "x" * 200 + " · y\nMarch 3, 2026 at 2:15 PM"
    starts = module._card_anchors(text)
    assert text.index("2:15 PM ·") in starts and text.index("b •") in starts
    assert not any(text[s:].startswith("x") for s in starts)  # a long line is no timestamp
    assert text.index("March 3") not in starts  # Bluesky's form only where Bluesky is named


@given(
    st.lists(
        st.sampled_from(["2:15 PM", " · ", "•", "Mar 3, 2026", " at ", "bsky", "\n", "x", " "]),
        max_size=20,
    ).map("".join)
)
def test_card_anchors_miss_no_timestamp(text: str) -> None:
    from newsclean.cleaners import tweets as module

    anchors = set(module._card_anchors(text))
    start = 0
    for line in text.split("\n"):
        if module._CARD_TIME.fullmatch(line) and ("·" in line or "•" in line or "bsky" in text):
            assert start in anchors
        start += len(line) + 1


# --- Bluesky and Mastodon signatures, link previews ----------------------------------


def test_bluesky_signature_is_recorded_as_a_post() -> None:
    source = (
        f"{P1}\n\nWind warning for the whole coast [image or embed]\n\n"
        f"— NE Coast Weather (@necoastweather.bsky.social) March 3, 2026 at 2:15 PM\n\n{P2}"
    )
    doc = run(source)
    assert doc.text == f"{P1}\n\n{P2}\n"
    assert doc.metadata.extras["posts"] == [
        {
            "network": "bluesky",
            "handle": "necoastweather.bsky.social",
            "name": "NE Coast Weather",
            "date": "2026-03-03",
            "text": "Wind warning for the whole coast",
        }
    ]
    assert doc.metadata.tweets == []
    kept = run(source, policy="keep").text
    assert kept == f"{P1}\n\nWind warning for the whole coast\n\n{P2}\n"


def test_mastodon_and_custom_domain_handles() -> None:
    source = (
        f"{P1}\n\nThe count resumes at nine.\n\n— Ann Lee (@annlee@mastodon.social) "
        f"March 3, 2026\n\nPolls are open.\n\n— The Times (@nytimes.com) March 3, 2026\n\n{P2}"
    )
    doc = run(source)
    assert doc.text == f"{P1}\n\n{P2}\n"
    posts = doc.metadata.extras["posts"]
    assert [(p["network"], p["handle"]) for p in posts] == [
        ("mastodon", "annlee@mastodon.social"),
        ("bluesky", "nytimes.com"),
    ]


def test_link_preview_title_is_a_tweet() -> None:
    source = f'{P1}\n\nAnn Lee on X: "We won the cup! https://t.co/abc" / X\n\n{P2}'
    doc = run(source)
    assert doc.text == f"{P1}\n\n{P2}\n"
    assert tweets(doc) == [
        {"name": "Ann Lee", "links": ["https://t.co/abc"], "text": "We won the cup!"}
    ]
    assert [e.rule for e in doc.edits if e.category == "tweet"] == ["link-preview"]


def test_a_story_quoting_a_post_keeps_it() -> None:
    for line in ['Musk on X: "We will win."', "Ann Lee wrote on X: “We won the cup!”"]:
        source = f"{P1}\n\n{line}\n\n{P2}"
        assert run(source).text == f"{source}\n"


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(["Ann Lee", "@annlee", "We won", "2:15 PM · Mar 3, 2026", "Reply"] * 4_000),
        "\n".join(["2:15 PM · Mar 3, 2026"] * 20_000),
        "\n".join(["@annlee"] * 30_000 + ["2:15 PM · Mar 3, 2026"]),
        "·" * 200_000,
        "• " * 100_000,
        "bsky" + " at " * 60_000,
        "(@" + "a." * 100_000 + ")",
        "— A (@a.bsky.social) March 3, 2026 at 2:15 PM\n" * 5_000,
        'A on X: "' + "a " * 100_000 + '" / X',
    ],
    ids=lambda t: repr(t[:12]),
)
def test_card_adversarial_input_finishes(text: str) -> None:
    doc = Document(text)
    TweetCleaner()(doc)
    assert undo(doc) == text


# a paragraph longer than any post: no card may take it
LONG = f"{P1} {P2}"
_CARD_TOKENS = st.sampled_from(
    [
        "Ann Lee",
        "@annlee",
        "@annlee.bsky.social",
        "Ann Lee @annlee · Follow",
        "We won the cup! pic.x.com/Ab1",
        "2:15 PM · Mar 3, 2026",
        "March 3, 2026 at 2:15 PM",
        "Quote",
        "Reply",
        "12.3K",
        "Read 123 replies",
        "Show more",
        "·",
        "",
        P1,
        P2,
        LONG,
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(_CARD_TOKENS, max_size=16),
    sep=st.sampled_from(["\n", "\n\n"]),
    policy=st.sampled_from(["drop", "marker", "keep"]),
)
def test_generated_cards_never_take_the_story(lines: list[str], sep: str, policy: str) -> None:
    source = sep.join(lines)
    doc = Document(source)
    TweetCleaner(policy=policy)(doc)
    assert undo(doc) == source
    if policy == "drop":
        assert is_subsequence(doc.text, source)
    assert doc.text.count(LONG) == source.count(LONG)
