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

from .boilerplate_article import kept, removals, run
from .conftest import FIXTURES, NAMES, article, is_subsequence

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
        {"publisher": "The Example Letter"},
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
        # a rule with alone = false removes a line only in company: twice, one under the other
        copies = 1 if rule.alone else 2
        for example in rule.examples:
            doc = Document("\n".join([example] * copies))
            cleaner(doc)
            assert [e.rule for e in doc.edits] == [rule.id] * copies, example


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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_only_deletes_and_is_idempotent(text: str) -> None:
    doc = run(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    again = run(doc.text)
    assert again.edits == [], [(e.rule, e.removed) for e in again.edits]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_on_any_text(text: str) -> None:
    doc = run(text)
    assert is_subsequence(doc.text, text)


# --- list bullets -------------------------------------------------------------------


@pytest.mark.parametrize("bullet", ["* ", "- ", "• ", "+ ", "▪ "])
def test_jetpack_share_buttons_printed_as_a_list_go_with_their_heading(bullet: str) -> None:
    rows = (
        "Click to share on Twitter (Opens in new window)",
        "Click to share on Facebook (Opens in new window)",
        "Click to share on LinkedIn (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
    )
    block = "\n".join(bullet + row for row in rows)
    doc = run(story(bottom=("Share this:", block, "Like this:", "Like Loading...")))
    assert doc.text.rstrip().endswith(LAST)
    assert {rule for rule, _ in removals(doc)} <= {"share-prompt", "share-prompt-item"}


def test_a_share_heading_takes_the_bare_network_names_under_it_anywhere() -> None:
    # icon-only share bars print the network names; "More" and "X" go with them
    block = "Share this:\n- X\n- Facebook\n- Mastodon\n- Nextdoor\n- More"
    doc = run(story(middle=(block,)))
    assert removals(doc) == [
        ("share-prompt", "Share this:"),
        *[("share-prompt-item", f"- {name}") for name in ("X", "Facebook", "Mastodon", "Nextdoor")],
        ("share-prompt-item", "- More"),
    ]
    for paragraph in (LEAD, MIDDLE, LAST):
        assert kept(doc, paragraph)


def test_share_items_stop_at_the_first_line_that_is_not_a_button() -> None:
    closing = "- The council will vote on the plan on Tuesday."
    doc = run(story(middle=("Share this:\n- Twitter\n" + closing,)))
    assert [r for r, _ in removals(doc)] == ["share-prompt", "share-prompt-item"]
    assert kept(doc, closing)


def test_related_headlines_and_tags_printed_as_lists() -> None:
    doc = run(
        story(
            bottom=(
                "Related posts",
                "* Library board approves longer weekend hours",
                "* Town meeting to vote on transfer station fees",
                "Tags",
                "- Local news",
                "• Libraries",
            )
        )
    )
    assert doc.text.rstrip().endswith(LAST)
    assert doc.metadata.tags == ["Local news", "Libraries"]


def test_bulleted_furniture_lines_are_matched_without_their_bullet() -> None:
    for line, rule in (
        ("* Follow us on Facebook", "follow-us"),
        ("- Sign up for our newsletter", "newsletter-signup"),
        ("• Leave a Reply", "comment-form"),
        ("* Tags: China, Russia", "taxonomy"),
    ):
        doc = run(story(bottom=(line,)))
        assert removals(doc) == [(rule, line)], line


def test_a_dash_end_mark_is_still_an_end_mark() -> None:
    doc = run(story(bottom=("- 30 -",)))
    assert removals(doc) == [("end-mark", "- 30 -")]


STORY_LISTS = [
    "- Share prices fell 3 percent in early trading.",
    "* Facebook said it would appeal the ruling.",
    "- Twitter users reacted angrily to the decision.",
    "• The council will vote on Tuesday.",
    "- Email",
    "* Print",
    "- Comments",
    "- Tags",
]


@pytest.mark.parametrize("line", STORY_LISTS)
def test_a_bullet_list_inside_the_story_stays(line: str) -> None:
    doc = run(story(middle=(line,)))
    assert kept(doc, line), removals(doc)
    assert doc.edits == []


# --- newsletter platforms -----------------------------------------------------------

SUBSTACK_CALLS = [
    (
        "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and "
        "support my work.",
        "The Harbour Letter",
    ),
    (
        "Thanks for reading Field Notes from Ohio! This post is public so feel free to share it.",
        "Field Notes from Ohio",
    ),
    (
        "Thank you for reading Dr. Roe's Notes. Consider becoming a paid subscriber to support "
        "my work.",
        "Dr. Roe's Notes",
    ),
    ("Thanks for reading 10 Minute Economics! Subscribe now.", "10 Minute Economics"),
    ("Thanks for reading! Subscribe for free to receive new posts and support my work.", ""),
    ("Thanks for reading my newsletter! Share this post with a friend.", ""),
    ("Thanks for reading My Weekly Notes! Subscribe now.", ""),
]


@pytest.mark.parametrize(("line", "publisher"), SUBSTACK_CALLS)
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_thanks_for_reading_call_goes_anywhere_and_names_the_publisher(
    line: str, publisher: str, where: str
) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert removals(doc) == [("thanks-for-reading", line)]
    assert doc.metadata.publisher == publisher


def test_thanks_for_reading_does_not_overwrite_a_publisher() -> None:
    doc = Document(story(middle=(SUBSTACK_CALLS[0][0],)))
    doc.metadata.set_default("publisher", "Example Daily")
    BoilerplateCleaner()(doc)
    assert doc.metadata.publisher == "Example Daily"
    assert doc.edits


def test_a_sign_off_goes_only_at_the_edges() -> None:
    line = "Thank you for reading."
    assert kept(run(story(middle=(line,))), line)
    assert removals(run(story(bottom=(line,)))) == [("thanks-sign-off", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading, she said, and closed the book.",
        "Thank you for reading to us, the children told the volunteers.",
        "Thanks for reading the report. Subscribers were told about it first, he said.",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_story_lines_that_thank_a_reader_stay(line: str, where: str) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert kept(doc, line), removals(doc)


def test_substack_page_furniture() -> None:
    doc = run(
        story(
            middle=("This post is public so feel free to share it.", "Subscribe now"),
            bottom=(
                "Share The Example Ledger",
                "Discussion about this post",
                "Ready for more?",
                "Privacy ∙ Terms ∙ Collection notice",
                "Start writing",
                "Get the app",
            ),
        )
    )
    assert [r for r, _ in removals(doc)] == [
        "share-prompt",
        "subscribe-promo",
        "share-publication",
        "comment-widget",
        "platform-furniture",
        "footer-links",
        "platform-furniture",
        "app-promo",
    ]
    assert doc.text.rstrip().endswith(LAST)


def test_a_share_title_at_the_top_stays() -> None:
    title = "Share Buybacks Surge"
    doc = run(story(top=(title,)))
    assert kept(doc, title)


# --- newsletter sign-up boxes -------------------------------------------------------

REGIONAL_BOX = (
    "Get daily Lakeside news",
    "Get the day's top news, political, economic, and current affairs headlines, delivered "
    "to your inbox once a day.",
    "Sign up for daily Lakeside newsletter",
)


def test_a_sign_up_box_in_the_middle_goes_whole() -> None:
    doc = run(story(middle=REGIONAL_BOX))
    assert removals(doc) == [
        ("inbox-promo-item", REGIONAL_BOX[0]),
        ("inbox-promo", REGIONAL_BOX[1]),
        ("inbox-promo-item", REGIONAL_BOX[2]),
    ]
    for paragraph in (LEAD, MIDDLE, LAST):
        assert kept(doc, paragraph)


def test_a_sign_up_box_with_its_form() -> None:
    box = (
        "Morning Briefing",
        "Get the latest news delivered to your inbox every weekday morning.",
        "Email address",
        "Sign up",
        "Invalid email address",
        "Thanks for signing up! Check your inbox to confirm.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
    )
    doc = run(story(middle=box))
    assert [line for _, line in removals(doc)] == list(box)


def test_a_sign_up_box_anchored_by_its_consent_line() -> None:
    box = (
        "Sign up to receive daily headline news from The Example Star, a division of Example "
        "Network Inc.",
        "By signing up you consent to receive the above newsletter from Example Network Inc.",
        "Thanks for signing up!",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "The next issue of Example Star Headline News will soon be in your inbox.",
        "We encountered an issue signing you up. Please try again",
        "Interested in more newsletters? Browse here.",
    )
    doc = run(story(middle=box))
    assert [line for _, line in removals(doc)] == list(box)
    assert removals(doc)[1][0] == "signup-consent"


def test_a_box_between_newsletter_promotion_markers() -> None:
    box = (
        "skip past newsletter promotion",
        "Sign up to First Edition",
        "Free daily newsletter",
        "after newsletter promotion",
    )
    doc = run(story(middle=box))
    assert [line for _, line in removals(doc)] == list(box)


def test_a_box_looks_past_an_ad_marker_but_not_past_the_story() -> None:
    doc = run(story(middle=("Get daily Lakeside news", "Advertisement", REGIONAL_BOX[1])))
    assert [r for r, _ in removals(doc)] == ["inbox-promo-item", "ad-marker", "inbox-promo"]
    story_line = "The vote is set for Tuesday."
    doc = run(story(middle=("Sign up", story_line, REGIONAL_BOX[1])))
    assert kept(doc, "Sign up") and kept(doc, story_line)


BOX_WORDS_ALONE = [
    "Sign up",
    "Email address",
    "Get daily Lakeside news",
    "Free daily newsletter",
    "Invalid email address",
    "Thanks for signing up!",
    "Terms of Use",
]


@pytest.mark.parametrize("line", BOX_WORDS_ALONE)
def test_a_box_line_alone_stays(line: str) -> None:
    doc = run(story(middle=(line,)))
    assert kept(doc, line), removals(doc)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "By signing up, residents agree to share their meter readings with the city.",
            "Get out and vote, the mayor urged residents on Tuesday.",
        ),
        ("Register to vote by Friday.", "Join us for the parade on Saturday."),
        ("The weekly farmers market opens in May.", "Sign up at city hall by June 1."),
    ],
)
def test_story_sentences_next_to_a_promo_stay(before: str, after: str) -> None:
    doc = run(story(middle=(before, REGIONAL_BOX[1], after)))
    assert removals(doc) == [("inbox-promo", REGIONAL_BOX[1])]
    assert kept(doc, before) and kept(doc, after)


# --- more site furniture ------------------------------------------------------------

MORE_VARIANTS: list[tuple[str, str, str]] = [
    # (line, where in the article, rule id)
    ("Log in or register to comment", "bottom", "comment-form"),
    ("Please log in or register to post comments.", "bottom", "comment-form"),
    ("Login to comment", "bottom", "comment-form"),
    ("comments powered by Disqus", "bottom", "comment-widget"),
    ("Loading comments...", "middle", "comment-widget"),
    ("What do you think? Leave a comment.", "bottom", "comment-call"),
    ("Share your thoughts in the comments below.", "bottom", "comment-call"),
    ("Let us know what you think in the comments.", "bottom", "comment-call"),
    ("Report an error", "bottom", "tips-and-corrections"),
    ("Report a typo", "bottom", "tips-and-corrections"),
    ("Tips? Email us at tips@example.com", "bottom", "tips-and-corrections"),
    ("Contact the newsroom", "bottom", "media-inquiries"),
    ("Send us your feedback", "bottom", "feedback-widget"),
    ("Did you find this article useful?", "bottom", "feedback-widget"),
    ("Rate this article", "bottom", "feedback-widget"),
    ("Help us improve", "bottom", "feedback-widget"),
    ("Follow this topic", "top", "follow-widget"),
    ("Add to myFT", "top", "follow-widget"),
    ("About Us | Contact Us | Advertise | Privacy Policy", "bottom", "footer-links"),
    ("Listen (4 min)", "top", "reading-aids"),
    ("Print this page", "bottom", "reading-aids"),
    ("Manage cookies", "bottom", "cookie-notice"),
    (
        "We and our partners use cookies to store and access information on your device.",
        "top",
        "cookie-notice",
    ),
    ("Partner content", "top", "ad-marker"),
    ("Paid Post", "top", "ad-marker"),
    ("Sponsored Content", "top", "ad-marker"),
    ("Content continues below", "middle", "ad-marker"),
    ("Continue reading the main story", "middle", "ad-marker"),
    ("Supported by", "top", "ad-marker"),
    ("Recommended by Outbrain", "bottom", "ad-marker"),
    ("In partnership with Example Bank", "top", "sponsored-by"),
    (
        "This content was paid for by Example Bank and produced in partnership with the Example "
        "Times Brand Studio.",
        "top",
        "sponsored-by",
    ),
    (
        "This post may contain affiliate links. Please read our disclosure policy.",
        "top",
        "affiliate-disclosure",
    ),
    ("Read our disclosure policy", "bottom", "affiliate-disclosure"),
    ("Click here to read more", "middle", "continue-reading"),
    ("Photo gallery (12)", "middle", "media-controls"),
    ("Trending", "bottom", "related-posts"),
    ("Up next", "bottom", "related-posts"),
    ("More in Politics", "bottom", "related-posts"),
    ("In case you missed it", "bottom", "related-posts"),
    ("skip past newsletter promotion", "middle", "newsletter-notice"),
    (
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
        "apply.",
        "middle",
        "newsletter-notice",
    ),
    (
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "middle",
        "signup-consent",
    ),
]


@pytest.mark.parametrize(
    ("line", "where", "rule"), MORE_VARIANTS, ids=[v[2] + ":" + v[0][:30] for v in MORE_VARIANTS]
)
def test_more_furniture_is_removed_with_its_rule(line: str, where: str, rule: str) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert removals(doc) == [(rule, line)]
    for paragraph in (LEAD, MIDDLE, LAST):
        assert kept(doc, paragraph)


MORE_STORY_LINES = [
    # corrections, clarifications and updates are part of the story
    "Correction: An earlier version of this article misstated the size of the pool.",
    "Clarification: This story has been updated to reflect the council's vote.",
    "Update: This story has been updated with comment from the mayor.",
    "Editor's note: This story has been corrected to show the vote was 9-2.",
    # story sentences with the furniture's words
    "Supported by a majority of councillors, the motion passed 9-2 on Wednesday night.",
    "In partnership with NASA, the team built a probe.",
    "In Partnership With Nature",
    "Recommended by doctors, the vaccine is now available at pharmacies.",
    "Tell us what you think about the new bus routes, the council wrote to residents.",
    "Report an error in your tax return within 30 days, the agency advises.",
    "Discussion about this post turned ugly quickly, moderators said.",
    "Feedback from residents was overwhelmingly negative, the report found.",
    "Up next is the budget vote, scheduled for Thursday.",
    "Trending topics on Twitter included the strike.",
    "Terms and conditions apply.",
    "Privacy",
    "Contact the minister's office for details, the statement said.",
    "What do you think happens next? Nobody knows.",
    "Ready for more? The team certainly is.",
    "Start writing the report tonight, the boss said.",
    "Brand content is growing fast, analysts say.",
    "We and our partners at the ministry will use the money for schools.",
    "Disclosure: the author owns shares in two of the companies named here.",
    "Interested in more newsletters? The Times has 40.",
    "Share prices",
    "Like this, the deal would never pass.",
]


@pytest.mark.parametrize("line", MORE_STORY_LINES)
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_more_story_lines_that_look_like_furniture_stay(line: str, where: str) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert kept(doc, line), removals(doc)


# --- user rule files: items and boxes -----------------------------------------------


def test_user_rule_file_with_a_shared_items_table(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(
        """
[items]
station-box = ['''watch\\s+live''', '''download\\s+the\\s+app''', '''alerts?''']

[[rule]]
id = "station-promo"
pattern = '''get\\s+breaking\\s+news\\s+from\\s+[^\\n]{1,40}'''
then = "box"
items = "station-box"
starts = ["get"]
examples = ["Get breaking news from Channel 9"]

[[rule]]
id = "station-share"
pattern = '''share\\s+this\\s+clip'''
then = "items"
items = ['''facebook|x|email''']
starts = ["share"]
examples = ["Share this clip"]
""",
        encoding="utf-8",
    )
    promo, share = load_rules(path)
    assert promo.then == "box" and promo.takes("* Watch live") and not promo.takes("Watch")
    assert share.takes("Email") and not share.takes("Email the mayor")
    config = BoilerplateConfig(packaged=False, rule_files=(str(path),))
    doc = run(
        story(
            middle=("Watch live", "Get breaking news from Channel 9", "Alerts", "Download the app")
        ),
        config,
    )
    assert [r for r, _ in removals(doc)] == ["station-promo-item", "station-promo"] + [
        "station-promo-item"
    ] * 2
    doc = run(story(middle=("Share this clip\n- Facebook\n- Email",)), config)
    assert [r for r, _ in removals(doc)] == ["station-share"] + ["station-share-item"] * 2


def test_rules_with_items_given_as_objects() -> None:
    rule = Rule(id="promo-box", pattern="join our club", then="box", items="join now|learn more")
    doc = run(
        story(middle=("Learn more", "Join our club", "Join now")),
        BoilerplateConfig(packaged=False, rules=(rule,)),
    )
    assert [r for r, _ in removals(doc)] == ["promo-box-item", "promo-box", "promo-box-item"]


BAD_ITEMS_FILES = [
    ('[[rule]]\nid = "box"\npattern = "x"\nthen = "box"\n', "box", "needs items"),
    ('[[rule]]\nid = "box"\npattern = "x"\nitems = ["y"]\n', "box", "items apply only"),
    (
        '[[rule]]\nid = "box"\npattern = "x"\nthen = "items"\nitems = "nowhere"\n',
        "box",
        "no [items] entry named 'nowhere'",
    ),
    ('[[rule]]\nid = "box"\npattern = "x"\nthen = "items"\nitems = ["y("]\n', "box", "compile"),
    ('[[rule]]\nid = "box"\npattern = "x"\nthen = "items"\nitems = []\n', "box", "items list"),
    ('items = ["x"]\n', "", "'items' is not a table"),
    ('[items]\n"Bad Name" = ["x"]\n', "", "bad [items] name"),
    ('[items]\nbox = ["x", 3]\n', "", "items list"),
]


@pytest.mark.parametrize(
    ("content", "rule", "problem"), BAD_ITEMS_FILES, ids=[b[2] for b in BAD_ITEMS_FILES]
)
def test_malformed_items_name_file_rule_and_problem(
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


# --- robustness of the blocks -------------------------------------------------------

MORE_ADVERSARIAL = [
    "* " * 100_000,
    "- " * 100_000,
    "• Share this:\n" * 20_000,
    "Share this:\n" + "- Twitter\n" * 30_000,
    "Sign up\n" * 30_000 + "Get the latest news delivered to your inbox\n" + "Email\n" * 30_000,
    "Get the latest news delivered to your inbox\n\n" * 20_000,
    "Thanks for reading " + "A" * 200_000 + "! Subscribe",
    "Thanks for reading " + "Ab " * 60_000 + "! Subscribe",
    "By signing up " + "you " * 50_000 + "agree to our terms",
    "Privacy ∙ " * 30_000,
    "Get " + "daily " * 40_000 + "news",
    "skip past newsletter promotion\n" + "Sign up\n\n" * 20_000,
]


@pytest.mark.parametrize("text", MORE_ADVERSARIAL, ids=[repr(t[:14]) for t in MORE_ADVERSARIAL])
def test_more_adversarial_input_finishes(text: str) -> None:
    doc = run(text)
    assert is_subsequence(doc.text, text)


BLOCK_PIECES = [
    LEAD,
    MIDDLE,
    LAST,
    "Share this:",
    "* Twitter",
    "- Facebook",
    "• More",
    "Click to print (Opens in new window)",
    "Get daily Lakeside news",
    REGIONAL_BOX[1],
    "Sign up",
    "Email address",
    "Advertisement",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "skip past newsletter promotion",
    "after newsletter promotion",
    "Thanks for reading The Harbour Letter! Subscribe for free.",
    "Related posts",
    "- Headline about the vote",
    "Tags",
    "* Libraries",
    "- 30 -",
    "",
    " ",
]
block_texts = st.lists(
    st.one_of(st.sampled_from(BLOCK_PIECES), st.text(max_size=20)), max_size=25
).flatmap(lambda parts: st.sampled_from(["\n", "\n\n"]).map(lambda sep: sep.join(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block_texts)
def test_blocks_only_delete_and_are_idempotent(text: str) -> None:
    doc = run(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    again = run(doc.text)
    assert again.edits == [], [(e.rule, e.removed) for e in again.edits]


def test_a_box_and_a_related_block_do_not_take_the_same_line() -> None:
    doc = run(story(bottom=(REGIONAL_BOX[1], "Related posts", "Sign up", "Five things to know")))
    assert sorted(r for r, _ in removals(doc)) == [
        "inbox-promo",
        "inbox-promo-item",
        "related-posts",
        "related-posts-item",
    ]
    assert doc.text.rstrip().endswith(LAST)


# --- precision: story text that looks like furniture ---------------------------------

BRIEF_LINES = (
    "Sponsored by Sen. Jane Smith, the bill passed 60-40.",
    "All rights reserved, the company said in a statement.",
    "Contact us at the number below if you need shelter, the Red Cross said.",
    "Filed under protest, the appeal was rejected.",
    "Become a member of the pool for $40 a season.",
)


@pytest.mark.parametrize("line", BRIEF_LINES)
def test_short_article_without_prose_keeps_furniture_like_story_lines(line: str) -> None:
    text = (
        "Council passes budget\n\nThe vote came late on Tuesday.\n\n"
        f"{line}\n\nThe mayor will sign it this week.\n"
    )
    assert run(text).edits == []


def test_storm_update_list_is_kept_and_edge_furniture_still_goes() -> None:
    body = (
        "Storm update: what we know\n\nThe storm hit the coast overnight.\n\nTrending\n\n"
        "Power is out for 40,000 homes\n\nRoads closed: I-95, Route 1 and Route 9\n\n"
        "Shelters open at the high school\n\nMore updates will follow.\n"
    )
    assert run(body).edits == []
    doc = run(body + "\nLeave a Reply\n")
    assert removals(doc) == [("comment-form", "Leave a Reply")]


@pytest.mark.parametrize(
    "line",
    [
        "No comment.",
        "No comments.",
        "Have your say: the consultation closes on Friday.",
        "Join the discussion at Thursday's town hall meeting.",
        "Comments are closed until the hearing ends, the clerk said.",
        "One thought on the matter: the city should wait, she said.",
    ],
)
def test_comment_wording_in_the_story_is_kept(line: str) -> None:
    for text in (story(middle=(line,)), story(bottom=(line,))):
        assert run(text).edits == [], line


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Facebook, the sheriff's office posted after the arrest.",
        "Share this with your neighbours, the fire chief urged.",
        "Sign up for our newsletter, the mayor told residents at the meeting.",
        'He wrote: "Subscribe to my channel for more videos."',
    ],
)
def test_reported_speech_is_kept(line: str) -> None:
    assert run(story(bottom=(line,))).edits == [], line
    assert run(story(top=(line,))).edits == [], line


def test_reported_speech_opt_out() -> None:
    rule = Rule(id="said-promo", pattern=r"follow us[^\n]{0,80}", speech=True)
    line = "Follow us on Facebook, the sheriff's office posted."
    assert rule.matches(line)
    assert not Rule(id="said-promo", pattern=r"follow us[^\n]{0,80}").matches(line)


def test_headline_walk_stops_at_questions_and_quotes() -> None:
    qa = ("More from the interview:", "What about the new stadium?", "We are looking at it.")
    assert run(story(bottom=qa)).edits == []
    listed = ("Related posts", "What about the new stadium?", "We are looking at it, he said.")
    assert removals(run(story(bottom=listed))) == [("related-posts", "Related posts")]
    outlet = ("More From Example News", "Xi meets Putin in Moscow", "Oil prices fall again")
    assert [r for r, _ in removals(run(story(bottom=outlet)))] == [
        "related-posts",
        "related-posts-item",
        "related-posts-item",
    ]
