"""The boilerplate cleaner: its packaged rules, user rule files, and what it must keep."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Document, default_pipeline
from newsclean.cleaners.boilerplate import (
    BoilerplateCleaner,
    BoilerplateConfig,
    Rule,
    RuleError,
    RuleSet,
    first_words,
    load_rules,
    normal_line,
    packaged_rules,
    parse_rules,
)

from .conftest import FIXTURES, NAMES, article

DATA = Path(__file__).resolve().parent / "data"

LEAD = (
    "The two leaders met for more than four hours in the Kremlin on Monday, and officials "
    "on both sides said the talks had covered trade, energy and the war in Ukraine."
)
MIDDLE = (
    "Analysts in Beijing said the visit was meant to show that the relationship had "
    "survived a difficult year, even as Western governments urged China to keep its distance."
)
LAST = (
    "A joint statement is expected on Tuesday, when the two delegations meet again to sign "
    "agreements on gas supplies, shipping routes and a new rail link across the border."
)


def story(
    top: tuple[str, ...] = (), middle: tuple[str, ...] = (), bottom: tuple[str, ...] = ()
) -> str:
    """An article: furniture at the top, three prose paragraphs (more lines in the middle),
    furniture at the bottom."""
    return "\n\n".join([*top, LEAD, MIDDLE, *middle, LAST, *bottom])


def run(text: str, config: BoilerplateConfig | None = None) -> Document:
    doc = Document(text)
    BoilerplateCleaner(config)(doc)
    return doc


def removals(doc: Document) -> list[tuple[str, str]]:
    return [(e.rule, e.removed.strip()) for e in doc.edits]


def kept(doc: Document, line: str) -> bool:
    return any(row.strip() == line for row in doc.text.split("\n"))


# --- the fixtures -----------------------------------------------------------------

UP_TO_BOILERPLATE = default_pipeline().only(
    ["encoding", "markup", "tweets", "emoji", "boilerplate"]
)


def _labels(name: str) -> dict[int, tuple[str, str]]:
    rows = (FIXTURES / "expected" / f"{name}.labels.tsv").read_text(encoding="utf-8").splitlines()
    out = {}
    for row in rows:
        number, category, start = [*row.split("\t", 2), ""][:3]
        out[int(number)] = (category.split(" ")[0], start)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_fixture_boilerplate_lines_are_removed_and_nothing_else(name: str) -> None:
    labels = _labels(name)
    # the lone "*" separator is the markup cleaner's
    want = {
        n for n, (cat, start) in labels.items() if cat == "boilerplate" and start.strip() != "*"
    }
    doc = UP_TO_BOILERPLATE(Document(article(name)))
    mine = {e.line for e in doc.edits if e.step == "boilerplate"}
    assert want <= mine
    assert all(labels.get(n, ("content", ""))[0] == "boilerplate" for n in mine)


def test_fixture_000_metadata_from_notices() -> None:
    doc = UP_TO_BOILERPLATE(Document(article(NAMES[0])))
    gold = json.loads((FIXTURES / "expected" / f"{NAMES[0]}.meta.json").read_text(encoding="utf-8"))
    assert (
        doc.metadata.tags
        == gold["tags"]
        == ["Europe", "Russia and FSU", "Intelligence", "UKRAINE REPORT"]
    )
    assert doc.metadata.original_source == gold["original_source"]


def test_fixture_rules_are_logged_by_family() -> None:
    doc = UP_TO_BOILERPLATE(Document(article(NAMES[0])))
    rules = [e.rule for e in doc.edits if e.step == "boilerplate"]
    assert rules[:3] == ["taxonomy", "taxonomy", "taxonomy"]
    for rule in (
        "translation-note",
        "follow-us",
        "readers-note",
        "original-source",
        "copyright",
        "comment-link",
        "membership",
        "disclaimer",
        "fair-use",
        "media-inquiries",
    ):
        assert rule in rules


# --- lines from other sites ------------------------------------------------------

VARIANTS: list[tuple[str, str, str, dict[str, object]]] = [
    # (line, where in the article, rule id, metadata it gives)
    # WordPress
    ("Leave a Reply Cancel reply", "bottom", "comment-form", {}),
    (
        "Your email address will not be published. Required fields are marked *",
        "bottom",
        "comment-notice",
        {},
    ),
    (
        "Save my name, email, and website in this browser for the next time I comment.",
        "bottom",
        "comment-notice",
        {},
    ),
    ("Comments are closed.", "bottom", "comment-form", {}),
    ("3 thoughts on “Xi arrives in Moscow”", "bottom", "comment-form", {}),
    ("Like this:", "bottom", "share-prompt", {}),
    ("Share this:", "bottom", "share-prompt", {}),
    ("Click to share on Twitter (Opens in new window)", "bottom", "share-prompt", {}),
    (
        "The post Xi and Putin sign energy deals appeared first on Example Daily.",
        "bottom",
        "appeared-first-on",
        {"original_source": "Example Daily"},
    ),
    ("Filed under: Diplomacy, Energy", "bottom", "taxonomy", {"tags": ["Diplomacy", "Energy"]}),
    ("Categories: World | Asia", "top", "taxonomy", {"tags": ["World", "Asia"]}),
    (
        "Tags: China, Russia, Xi Jinping",
        "bottom",
        "taxonomy",
        {"tags": ["China", "Russia", "Xi Jinping"]},
    ),
    # Substack
    ("Subscribe now", "middle", "subscribe-promo", {}),
    (
        "Thanks for reading The Example Letter! Subscribe for free to receive new posts and "
        "support my work.",
        "bottom",
        "thanks-for-reading",
        {},
    ),
    (
        "The Example Letter is a reader-supported publication. To receive new posts and "
        "support my work, consider becoming a free or paid subscriber.",
        "bottom",
        "reader-supported",
        {},
    ),
    ("Share this post", "top", "share-prompt", {}),
    # repost and syndication notices
    (
        "This article was originally published on The Conversation.",
        "bottom",
        "originally-published",
        {"original_source": "The Conversation"},
    ),
    (
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
        "bottom",
        "originally-published",
        {"original_source": "The Conversation"},
    ),
    (
        "A version of this story first appeared in The Example Review on March 3, 2023.",
        "top",
        "originally-published",
        {"original_source": "The Example Review"},
    ),
    (
        "Originally published at Medium on May 3, 2023.",
        "bottom",
        "first-published-at",
        {"original_source": "Medium"},
    ),
    (
        "Republished with permission from Example Wire.",
        "bottom",
        "reposted-with-permission",
        {"original_source": "Example Wire"},
    ),
    (
        "Cross-posted from The Example Blog.",
        "bottom",
        "reposted-from",
        {"original_source": "The Example Blog"},
    ),
    (
        "Content courtesy of Example Features Syndicate",
        "bottom",
        "courtesy-of",
        {"original_source": "Example Features Syndicate"},
    ),
    (
        "This article was contributed by Jane Roe.",
        "bottom",
        "contributed-by",
        {"contributors": ["Jane Roe"]},
    ),
    ("Source link", "bottom", "source-link", {}),
    # copyright, legal, contact
    ("© 2023 Reuters. All rights reserved.", "bottom", "copyright", {}),
    ("Copyright 2023 The Associated Press. All rights reserved.", "bottom", "copyright", {}),
    (
        "This material may not be published, broadcast, rewritten or redistributed.",
        "bottom",
        "wire-restriction",
        {},
    ),
    (
        "The views expressed in this article are the author's own and do not necessarily "
        "reflect the editorial stance of Example News.",
        "bottom",
        "views-disclaimer",
        {},
    ),
    (
        "DISCLAIMER: This article is for information only and is not investment advice. The "
        "author holds no position in any company mentioned, and the publisher accepts no "
        "liability for losses.",
        "bottom",
        "disclaimer",
        {},
    ),
    ("For media inquiries: press@example.org", "bottom", "media-inquiries", {}),
    ("Got a news tip? Email us at tips@example.com.", "bottom", "tips-and-corrections", {}),
    # promos
    ("Sign up for our newsletter", "middle", "newsletter-signup", {}),
    (
        "Sign up for The Morning newsletter from The Example Times.",
        "middle",
        "newsletter-signup",
        {},
    ),
    ("Follow us on Facebook, Twitter and Instagram", "bottom", "follow-us", {}),
    ("Follow Jane Roe on Twitter.", "bottom", "follow-us", {}),
    ("Click here to subscribe", "middle", "subscribe-promo", {}),
    ("Get the latest news delivered to your inbox", "middle", "inbox-promo", {}),
    ("Support our work", "bottom", "support-appeal", {}),
    ("Donate", "middle", "donate", {}),
    ("Become a paid subscriber", "bottom", "membership", {}),
    ("Feel free to repost and share widely.", "top", "repost-share", {}),
    ("Download our app for the latest news.", "bottom", "app-promo", {}),
    # translation notes
    ("This article was translated from Spanish by Ana García.", "bottom", "translation-note", {}),
    (
        "All Example Research articles can be read in 27 languages by activating the "
        "Translate Website button below the author's name.",
        "top",
        "translation-note",
        {},
    ),
    # related posts and read-more lines
    ("Related: How China's peace plan would work", "middle", "read-more", {}),
    ("Read more: Putin and Xi meet in Moscow", "middle", "read-more", {}),
    ("READ MORE » What the summit means for Europe", "middle", "read-more", {}),
    ("You may also like", "bottom", "related-posts", {}),
    # ads and shopping
    ("Advertisement", "middle", "ad-marker", {}),
    ("ADVERTISEMENT", "middle", "ad-marker", {}),
    ("Sponsored", "middle", "ad-marker", {}),
    ("Story continues below advertisement", "middle", "ad-marker", {}),
    ("Advertisement - Scroll to continue", "middle", "ad-marker", {}),
    (
        "We may earn a commission when you buy through links on our site.",
        "top",
        "affiliate-disclosure",
        {},
    ),
    ("$29.99 at Amazon", "middle", "shop-button", {}),
    # share rows and counts, page furniture
    ("0 Shares", "top", "share-count", {}),
    ("Facebook Twitter LinkedIn Email Print", "top", "share-row", {}),
    ("Tweet", "top", "share-button", {}),
    ("5 min read", "top", "reading-aids", {}),
    ("Enlarge this image", "middle", "media-controls", {}),
    ("Sign in", "top", "reading-aids", {}),
    ("Was this article helpful?", "bottom", "feedback-widget", {}),
    ("(END)", "bottom", "end-mark", {}),
    # wire and newspaper furniture
    ("Purchase Licensing Rights", "bottom", "rights-and-reuse", {}),
    ("Reuse this content", "bottom", "rights-and-reuse", {}),
    ("Our Standards: The Example Trust Principles.", "bottom", "standards-note", {}),
    ("This article is more than 1 year old", "top", "age-banner", {}),
    (
        "The Example Briefing newsletter brings you the day's top stories. Sign up here.",
        "middle",
        "newsletter-cta",
        {},
    ),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "bottom", "copyright", {}),
    ("Have your say", "bottom", "comment-form", {}),
]


@pytest.mark.parametrize(
    ("line", "where", "rule", "meta"), VARIANTS, ids=[v[2] + ":" + v[0][:30] for v in VARIANTS]
)
def test_variant_is_removed_with_its_rule_and_metadata(
    line: str, where: str, rule: str, meta: dict[str, object]
) -> None:
    text = story(**{where: (line,)})  # type: ignore[arg-type]
    doc = run(text)
    assert removals(doc) == [(rule, line)]
    for paragraph in (LEAD, MIDDLE, LAST):
        assert kept(doc, paragraph)
    got = doc.metadata.to_dict()
    assert {k: got.get(k) for k in meta} == meta
    assert set(got) <= set(meta)


def test_white_space_around_a_line_is_tolerated() -> None:
    doc = run(
        story(
            middle=("\u00a0 Advertisement \u00a0",),
            bottom=("Leave a Reply\r", "\ufeffComments are closed."),
        )
    )
    assert [rule for rule, _ in removals(doc)] == ["ad-marker", "comment-form", "comment-form"]


# --- what must stay ---------------------------------------------------------------

STORY_LINES = [
    # story sentences with the words furniture uses
    "Copyright law is changing fast, and the publishers say the courts have not kept up.",
    "Copyright infringement claims",
    "Follow the money, investigators said, and you will find the shell companies.",
    "Subscribe to the newsletter, the company urged customers in an email that went out on Monday.",
    "Readers who subscribe to the paper's newsletter were told about the leak first.",
    "Related developments in Ukraine",
    "The original source of the leak is still unknown, officials said on Monday.",
    "Source: the ministry of finance, 2023 budget tables",
    "The disclaimer was buried at the bottom of the contract, lawyers said.",
    "“Leave a comment below and tell us what you think,” the mayor wrote on Facebook.",
    "No comment, the spokesman said.",
    "Advertising revenue fell 4 percent in the quarter.",
    "Share prices fell 3 percent in early trading.",
    "Support our troops, the crowd chanted.",
    "First published in 1851, the paper has changed hands twice.",
    "This story was first reported by the Wall Street Journal.",
    "Become a member of NATO? Finland weighs its options after decades of neutrality.",
    "Topic: How the war ends, and what comes after it, is what every diplomat asked that night.",
    "Tags",
    "Comments",
    "Print",
    "Email",
    "Related",
    "Home / News / Politics",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_that_look_like_furniture_stay(line: str) -> None:
    doc = run(story(middle=(line,)))
    assert kept(doc, line), removals(doc)
    assert doc.edits == []


def test_a_long_paragraph_at_the_top_starting_follow_stays() -> None:
    opening = (
        "Follow us on any given morning through the old market of Kashgar and you will see "
        "what the new rail link has already changed: Russian honey, Kazakh flour and Chinese "
        "phones on the same stalls, priced in three currencies, bought by traders who did not "
        "exist five years ago."
    )
    doc = run(story(top=(opening,)))
    assert kept(doc, opening)
    assert doc.edits == []


def test_related_heading_followed_by_prose_in_the_middle_stays() -> None:
    heading = "Related developments in Ukraine"
    short = "Kyiv responds"
    doc = run(story(middle=("Related posts", short)))
    # a related-posts heading in the middle of the story is not the bottom zone
    assert kept(doc, "Related posts") and kept(doc, short)
    doc = run(story(middle=(heading,)))
    assert kept(doc, heading)


def test_bottom_only_rules_keep_the_same_line_in_the_middle() -> None:
    notice = "Disclaimer: the author owns shares in none of the companies named here."
    doc = run(story(middle=(notice,)))
    assert kept(doc, notice)
    doc = run(story(bottom=(notice,)))
    assert removals(doc) == [("disclaimer", notice)]


def test_counter_examples_of_the_packaged_rules_stay_in_a_story() -> None:
    for rule in packaged_rules():
        for line in rule.counter_examples:
            doc = run(story(middle=(line,)))
            assert kept(doc, line), (rule.id, line, removals(doc))


def test_bylines_credits_and_captions_are_left_to_other_cleaners() -> None:
    lines = (
        "By Jane Roe",
        "Articles by: Jane Roe",
        "Source: Example News",
        "Featured image is from Example Photo Agency",
        "Example News, March 21, 2023",
        "Additional reporting by John Doe in Washington",
    )
    doc = run(story(top=lines[:2], bottom=lines[2:]))
    assert doc.edits == []


# --- blocks: related posts and tag lists -----------------------------------------


def test_related_posts_take_their_headlines_until_the_next_furniture() -> None:
    bottom = (
        "Related posts",
        "Xi and Putin meet in Moscow",
        "March 21, 2023",
        "China's peace plan explained",
        "Leave a Comment",
    )
    doc = run(story(bottom=bottom))
    assert removals(doc) == [
        ("related-posts", "Related posts"),
        ("related-posts-item", "Xi and Putin meet in Moscow"),
        ("related-posts-item", "March 21, 2023"),
        ("related-posts-item", "China's peace plan explained"),
        ("comment-form", "Leave a Comment"),
    ]
    assert doc.text.rstrip().endswith(LAST)


def test_related_posts_stop_at_a_sentence() -> None:
    closing = "He said he would return."
    doc = run(story(bottom=("You may also like", "Five things to know about the summit", closing)))
    assert [r for r, _ in removals(doc)] == ["related-posts", "related-posts-item"]
    assert kept(doc, closing)


def test_related_posts_take_at_most_max_items() -> None:
    headlines = tuple(f"Headline number {i} about the summit" for i in range(6))
    doc = run(story(bottom=("Most Read", *headlines)), BoilerplateConfig(max_items=4))
    assert len(removals(doc)) == 5
    assert kept(doc, headlines[4]) and kept(doc, headlines[5])


def test_tag_list_under_a_heading_becomes_tags() -> None:
    doc = run(story(bottom=("Tags", "Ukraine", "Energy security", "Xi Jinping")))
    assert doc.metadata.tags == ["Ukraine", "Energy security", "Xi Jinping"]
    assert [r for r, _ in removals(doc)] == ["tag-list"] + ["tag-list-item"] * 3


def test_topic_links_under_a_topics_heading_become_tags() -> None:
    doc = run(story(bottom=("Explore more on these topics", "China", "Russia", "Ukraine war")))
    assert doc.metadata.tags == ["China", "Russia", "Ukraine war"]
    assert doc.text.rstrip().endswith(LAST)


def test_a_tags_heading_in_the_middle_stays() -> None:
    doc = run(story(middle=("Tags", "China")))
    assert kept(doc, "Tags") and kept(doc, "China")
    assert doc.metadata.tags == []


def test_tight_block_of_share_lines_goes_with_its_line_breaks() -> None:
    doc = run(story(bottom=("Share this:\nTwitter\nFacebook",)))
    assert doc.text.rstrip("\n").endswith(LAST)


def test_inline_ad_marker_between_sentences() -> None:
    paragraph = (
        "The talks went on past midnight. ADVERTISEMENT The two leaders met again in the morning."
    )
    doc = run(story(middle=(paragraph,)))
    assert removals(doc) == [("ad-inline", "ADVERTISEMENT")]
    assert "The talks went on past midnight.  The two leaders met again in the morning." in doc.text
    keep = "Advertisement spending rose. Advertisement revenue fell."
    assert run(story(middle=(keep,))).edits == []


def test_metadata_can_be_turned_off() -> None:
    doc = run(story(bottom=("Tags: China, Russia",)), BoilerplateConfig(metadata=False))
    assert doc.metadata.tags == []
    assert removals(doc) == [("taxonomy", "Tags: China, Russia")]


# --- the packaged rule files ------------------------------------------------------


def test_packaged_rules_load_and_have_unique_ids() -> None:
    rules = packaged_rules()
    assert len(rules) >= 50
    assert len({r.id for r in rules}) == len(rules)
    assert all(isinstance(r, Rule) for r in rules)


def test_every_packaged_rule_has_a_prefilter_and_examples() -> None:
    for rule in packaged_rules():
        assert rule.starts or rule.contains, rule.id
        assert rule.examples, rule.id
        assert rule.description, rule.id


def test_every_packaged_example_is_removed_by_its_own_rule() -> None:
    cleaner = BoilerplateCleaner()
    for rule in packaged_rules():
        for example in rule.examples:
            doc = Document(example)
            cleaner(doc)
            assert [e.rule for e in doc.edits] == [rule.id], example


def test_packaged_rules_can_be_turned_off() -> None:
    line = "Leave a Reply"
    assert run(story(bottom=(line,)), BoilerplateConfig(packaged=False)).edits == []
    assert run(story(bottom=(line,)), BoilerplateConfig(disabled=("comment-form",))).edits == []
    with pytest.raises(RuleError, match="no-such-rule"):
        BoilerplateCleaner(disabled=("no-such-rule",))


# --- user rule files --------------------------------------------------------------


def test_user_rule_file_adds_rules_and_metadata() -> None:
    path = DATA / "rules_example.toml"
    rules = load_rules(path)
    assert [r.id for r in rules] == ["podcast-promo", "station-credit"]
    assert all(r.source == str(path) for r in rules)
    promo = "Listen to our daily podcast, The Example Hour, wherever you get your podcasts."
    text = story(bottom=(promo, "Distributed by Example Syndicate."))
    assert run(text).edits == []
    doc = run(text, BoilerplateConfig(rule_files=(str(path),)))
    assert removals(doc) == [
        ("podcast-promo", promo),
        ("station-credit", "Distributed by Example Syndicate."),
    ]
    assert doc.metadata.original_source == "Example Syndicate"
    # the packaged rules still apply
    doc = run(story(bottom=("Leave a Reply",)), BoilerplateConfig(rule_files=(str(path),)))
    assert removals(doc) == [("comment-form", "Leave a Reply")]


def test_a_user_rule_replaces_a_packaged_rule_of_the_same_id(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[rule]]\nid = "comment-form"\npattern = "leave a reply"\nposition = "top"\n',
        encoding="utf-8",
    )
    rules = BoilerplateCleaner(rule_files=(str(path),)).ruleset.rules
    assert sum(r.id == "comment-form" for r in rules) == 1
    assert (
        run(story(bottom=("Leave a Reply",)), BoilerplateConfig(rule_files=(str(path),))).edits
        == []
    )


def test_rules_given_as_objects_and_without_prefilter() -> None:
    rule = Rule(id="house-promo", pattern=r"read our weekly digest[!.]?", position="bottom")
    doc = run(
        story(bottom=("Read our weekly digest!",)), BoilerplateConfig(packaged=False, rules=(rule,))
    )
    assert removals(doc) == [("house-promo", "Read our weekly digest!")]


def test_pattern_list_and_verbose_patterns(tmp_path: Path) -> None:
    text = """
[[rule]]
id = "two-ways"
pattern = ['''buy\\s+tickets''', '''(?x) book \\s+ now   # a comment
''']
starts = ["buy", "book"]
examples = ["Buy tickets", "Book now"]
"""
    (rule,) = parse_rules(text, "two.toml")
    assert rule.matches("BUY  tickets") and rule.matches("book now")
    assert not rule.matches("book nowhere")


BAD_FILES = [
    ("[[rule]\nid = 'x'", "", "not valid TOML"),
    ('[[rule]]\nid = "promo"\n', "promo", "no pattern"),
    ('[[rule]]\npattern = "x"\n', "#1", "no id"),
    ('[[rule]]\nid = "Promo Box"\npattern = "x"\n', "Promo Box", "bad id"),
    (
        '[[rule]]\nid = "promo"\npattern = "x"\nposition = "footer"\n',
        "promo",
        "bad position 'footer'",
    ),
    ('[[rule]]\nid = "promo"\npattern = "x"\nscope = "word"\n', "promo", "bad scope 'word'"),
    ('[[rule]]\nid = "promo"\npattern = "x("\n', "promo", "pattern does not compile"),
    ('[[rule]]\nid = "promo"\npattern = "x"\nmax_words = 0\n', "promo", "bad max_words 0"),
    ('[[rule]]\nid = "promo"\npattern = "x"\nmeta = "original_source"\n', "promo", "needs a value"),
    ('[[rule]]\nid = "promo"\npattern = "x"\nmeta = "colour"\n', "promo", "bad meta 'colour'"),
    ('[[rule]]\nid = "promo"\npattern = "x"\nthen = "everything"\n', "promo", "bad then"),
    (
        '[[rule]]\nid = "promo"\npattern = "x"\nscope = "inline"\nthen = "headlines"\n',
        "promo",
        "inline",
    ),
    ('[[rule]]\nid = "promo"\npattern = "x"\ncolour = "red"\n', "promo", "unknown key(s) colour"),
    (
        '[[rule]]\nid = "promo"\npattern = "buy now"\nexamples = ["Shop now"]\n',
        "promo",
        "does not match",
    ),
    (
        '[[rule]]\nid = "promo"\npattern = "buy now"\ncounter_examples = ["Buy now"]\n',
        "promo",
        "matches",
    ),
    (
        '[[rule]]\nid = "promo"\npattern = "buy now"\nstarts = ["shop"]\nexamples = ["Buy now"]\n',
        "promo",
        "not in starts",
    ),
    (
        '[[rule]]\nid = "promo"\npattern = "buy now"\nstarts = ["Buy"]\n',
        "promo",
        "bad starts entry",
    ),
    ('[[rule]]\nid = "promo"\npattern = "a(?i)b"\n', "promo", "inline flag group"),
    ('[[rule]]\nid = "a"\npattern = "x"\n[[rule]]\nid = "a"\npattern = "y"\n', "a", "used twice"),
    ('[[rule]]\nid = "promo"\npattern = "x"\nmax_words = "ten"\n', "promo", "bad max_words"),
    ('[[rule]]\nid = "promo"\npattern = ["x", 3]\n', "promo", "pattern list"),
    ('title = "my rules"\n', "", "unknown top-level key(s) title"),
]


@pytest.mark.parametrize(("content", "rule", "problem"), BAD_FILES, ids=[b[2] for b in BAD_FILES])
def test_malformed_rule_file_names_file_rule_and_problem(
    tmp_path: Path, content: str, rule: str, problem: str
) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "expected" in message
    if rule:
        assert f"rule {rule!r}" in message
    assert isinstance(info.value, ValueError)
    # the cleaner reports the same problem when given the file
    with pytest.raises(RuleError):
        BoilerplateCleaner(rule_files=(str(path),))


def test_missing_rule_file_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot be read"):
        load_rules(tmp_path / "nowhere.toml")


def test_an_edited_rule_file_is_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[[rule]]\nid = "one"\npattern = "first promo"\n', encoding="utf-8")
    config = BoilerplateConfig(packaged=False, rule_files=(str(path),))
    assert [r.id for r in BoilerplateCleaner(config).ruleset.rules] == ["one"]
    path.write_text('[[rule]]\nid = "two"\npattern = "second promo line"\n', encoding="utf-8")
    assert [r.id for r in BoilerplateCleaner(config).ruleset.rules] == ["two"]


# --- helpers ----------------------------------------------------------------------


def test_first_words_and_normal_line() -> None:
    assert first_words("  The post X appeared") == ("the", "post")
    assert first_words("12K Shares") == ("#", "shares")
    assert first_words("“Leave”") == ("“", "leave")
    assert normal_line("\u00a0Leave \t a   Reply\r") == "Leave a Reply"


def test_ruleset_candidates_use_the_prefilters() -> None:
    from newsclean.text import split_lines

    rules = RuleSet(
        [
            Rule(id="a", pattern="the post [^\\n]{1,40}", starts=("the post",)),
            Rule(id="b", pattern="[^\\n]{0,40}all rights reserved", contains=("rights reserved",)),
        ]
    )
    lines = split_lines("The post X\nThe president spoke\nExample Inc. All Rights Reserved.\nOther")
    assert rules.candidates(lines, "\n".join(line.text for line in lines).lower()) == {
        0: (0,),
        2: (1,),
    }


# --- robustness -------------------------------------------------------------------

ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "—" * 200_000,
    "@" * 200_000,
    " " * 200_000,
    "word " * 40_000,
    "Share " * 35_000,
    "Tags: a, " * 22_000,
    "Follow us on " + "Twitter and " * 16_000,
    "The post " + "x " * 100_000 + "appeared first on",
    "This article was originally published on The " + " " * 200_000 + "Conversation",
    "Copyright " + "© " * 100_000,
    "Region: Europe," + " " * 200_000 + "Region: Europe, Russia and FSU",
    "Related posts\n" + "Headline\n" * 30_000,
    "Leave a Reply\n" * 20_000,
    "said. " + "ADVERTISEMENT " * 15_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[repr(t[:14]) for t in ADVERSARIAL])
def test_adversarial_input_finishes(text: str) -> None:
    doc = run(text)
    assert len(doc.text) <= len(text)


def test_every_packaged_rule_on_long_variants_of_its_examples() -> None:
    cleaner = BoilerplateCleaner()
    for rule in packaged_rules():
        example = rule.examples[0]
        for text in (
            example[: len(example) // 2] + " " * 20_000 + example,
            example + " x" * 10_000,
            (example + " ") * (20_000 // len(example)),
        ):
            cleaner(Document(text))


PIECES = [
    LEAD,
    MIDDLE,
    LAST,
    "Leave a Reply",
    "Related posts",
    "Xi and Putin meet in Moscow",
    "Tags: China, Russia",
    "Tags",
    "Advertisement",
    "Share this:",
    "Twitter",
    "The original source of this article is Example News",
    "Copyright © 2023 Example News",
    "Disclaimer: the views are the author's own.",
    "said. ADVERTISEMENT The",
    "Subscribe now",
    "",
    "\u00a0",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=25).map(
    "\n".join
)


def _is_subsequence(small: str, big: str) -> bool:
    chars = iter(big)
    return all(c in chars for c in small)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_only_deletes_and_is_idempotent(text: str) -> None:
    doc = run(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert _is_subsequence(doc.text, text)
    again = run(doc.text)
    assert again.edits == [], [(e.rule, e.removed) for e in again.edits]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_on_any_text(text: str) -> None:
    doc = run(text)
    assert _is_subsequence(doc.text, text)
