"""The captions cleaner: photo captions and image credits, and the story it keeps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Document
from newsclean.cleaners.captions import (
    CaptionCleaner,
    CaptionConfig,
    classify_line,
    is_credit,
    is_photo_caption,
    split_credit_tail,
)
from newsclean.cleaners.encoding import EncodingCleaner
from newsclean.cleaners.markup import MarkupCleaner
from newsclean.pipeline import Pipeline

from .conftest import FIXTURES, NAMES, article, is_subsequence

HEAD = "Putin and Xi meet in Moscow\n\n"
STORY_1 = (
    "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, "
    "his first trip abroad since he secured a third term as president earlier this month."
)
STORY_2 = (
    "The two leaders held an informal meeting at the Kremlin that lasted more than four "
    "hours, according to Kremlin spokesman Dmitry Peskov, who called the talks productive."
)


BARE = (
    "Ukrainian President Volodymyr Zelensky speaks during a news conference in Kyiv on "
    "March 21, 2023."
)


def article_with(line: str, *, single_breaks: bool = False) -> str:
    """A small article with ``line`` as a paragraph between two story paragraphs."""
    sep = "\n" if single_breaks else "\n\n"
    return HEAD + sep.join([STORY_1, line, STORY_2]) + "\n"


def clean(text: str, **options: object) -> Document:
    doc = Document(text)
    CaptionCleaner(**options)(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def removed(doc: Document) -> list[tuple[str, str, str]]:
    return [(e.removed.strip(), e.rule, e.category) for e in doc.edits]


# --- the fixtures -------------------------------------------------------------------


def _labelled_lines(name: str, categories: set[str]) -> set[int]:
    rows = (FIXTURES / "expected" / f"{name}.labels.tsv").read_text(encoding="utf-8")
    out = set()
    for row in rows.splitlines():
        parts = row.split("\t")
        if len(parts) >= 2 and parts[1] in categories:
            out.add(int(parts[0]))
    return out


def run_fixture(name: str) -> Document:
    """The fixture through the steps that shape what the captions step sees, and it.

    Only the markup steps run before it, so every other family's noise is
    still there: the captions step must leave all of it alone.
    """
    return Pipeline([EncodingCleaner(), MarkupCleaner(), CaptionCleaner()])(article(name))


@pytest.mark.parametrize("name", NAMES)
def test_fixture_caption_and_credit_lines_are_removed_and_nothing_else(name: str) -> None:
    doc = run_fixture(name)
    mine = {(e.line, e.category) for e in doc.edits if e.step == "captions"}
    want_captions = _labelled_lines(name, {"caption"})
    want_credits = _labelled_lines(name, {"credit"})
    assert {line for line, cat in mine if cat == "caption"} == want_captions
    assert {line for line, cat in mine if cat == "credit"} == want_credits


def test_fixture_credit_goes_to_metadata() -> None:
    doc = run_fixture("000_7730eb643c94ef9b")
    assert doc.metadata.extras["image_credits"] == ["Andrew Korybko"]


def test_fixture_captions_go_to_metadata() -> None:
    doc = run_fixture("002_f0061f79107f2e27")
    captions = doc.metadata.extras["captions"]
    assert len(captions) == 2
    assert captions[0].startswith("Russian Prime Minister Mikhail Mishustin meets with")


# --- captions: wire services, newspapers, bare ------------------------------------------

CAPTIONS = [
    # AP
    "Russian President Vladimir Putin, right, and Chinese President Xi Jinping attend a meeting "
    "in Moscow, Russia, Tuesday, March 21, 2023. (Sergei Karpukhin, Sputnik, Kremlin Pool "
    "Photo via AP)",
    "Chinese President Xi Jinping, left, and Russian President Vladimir Putin shake hands during "
    "their meeting at the Kremlin in Moscow, Russia, Monday, March 20, 2023. Xi's visit is a "
    "show of support for Putin. (Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP)",
    "Ukrainian servicemen fire a mortar at Russian positions near Bakhmut, Ukraine, Sunday, "
    "March 19, 2023. (AP Photo/Libkos)",
    "FILE - Chinese leader Xi Jinping speaks during the opening ceremony of the Communist "
    "Party congress in Beijing, Oct. 16, 2022. (AP Photo/Mark Schiefelbein, File)",
    # Reuters
    "Chinese President Xi Jinping arrives at Vnukovo International Airport in Moscow, Russia, "
    "March 20, 2023. REUTERS/Evgenia Novozhenina",
    "Russian President Vladimir Putin and Chinese President Xi Jinping attend a reception at "
    "the Kremlin in Moscow, Russia, March 21, 2023. Sputnik/Pavel Byrkin/Kremlin via REUTERS",
    "FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow, Russia, "
    "March 1, 2023. Sputnik/Mikhail Klimentyev/Kremlin via REUTERS/File Photo",
    # Getty, AFP, EPA, CNBC, Xinhua
    "MOSCOW, RUSSIA - MARCH 21: Russian President Vladimir Putin and Chinese President Xi "
    "Jinping attend a meeting at the Kremlin on March 21, 2023 in Moscow, Russia. "
    "(Photo by Contributor/Getty Images)",
    "Russian President Vladimir Putin and Chinese President Xi Jinping shake hands during a "
    "meeting at the Kremlin in Moscow on March 21, 2023. (Photo by Sergei KARPUKHIN / "
    "SPUTNIK / AFP)",
    "Russian President Vladimir Putin gestures as he speaks during a meeting in Moscow, "
    "Russia, 21 March 2023. EPA/MIKHAIL TERESHCHENKO / SPUTNIK / KREMLIN POOL",
    "Russian President Vladimir Putin and Chinese President Xi Jinping walk during a meeting "
    "in Moscow on March 21, 2023. Mikhail Tereshchenko | Afp | Getty Images",
    "Chinese President Xi Jinping holds talks with Russian President Vladimir Putin at the "
    "Kremlin in Moscow, Russia, March 21, 2023. (Xinhua/Li Xueren)",
    # The Guardian
    "Xi Jinping and Vladimir Putin at the Kremlin on Tuesday. Photograph: Sergei Karpukhin/AP",
    "Xi Jinping is welcomed at Vnukovo airport. Photograph: Anadolu Agency/Getty Images",
    # labelled
    "Photo: Russian President Vladimir Putin with Chinese President Xi Jinping in Moscow "
    "(Kremlin.ru)",
    "Pictured: Xi Jinping and Vladimir Putin at the state dinner on Tuesday",
    "Image caption: Mr Xi was greeted by an honour guard at Vnukovo airport",
    # a dash before the agency, "Credit:" after a short caption (Asian and Indian outlets)
    "Chinese President Xi Jinping gestures as he speaks to Russian President Vladimir Putin "
    "during their meeting at the Kremlin in Moscow, Russia, Monday, March 20, 2023. - AP",
    "Chinese President Xi Jinping. Credit: AFP File Photo",
    # bare: the fixture's family in other words
    "Ukrainian President Volodymyr Zelensky speaks during a news conference in Kyiv on "
    "March 21, 2023.",
    "Japanese Prime Minister Fumio Kishida, accompanied by Ukrainian officials, lays a wreath "
    "at a memorial in Bucha on March 21, 2023.",
    "Russian President Vladimir Putin is seen on a screen during a press conference in Moscow "
    "on March 21, 2023.",
    "Vladimir Putin gestures as he speaks to Xi Jinping at the Kremlin on Tuesday.",
    "Xi Jinping, left, and Vladimir Putin walk through St. George's Hall in Moscow.",
    "Supporters of the ruling party wave flags during a rally in Belgrade, Serbia, "
    "on 21 March 2023.",
    "Chinese President Xi Jinping and Russian President Vladimir Putin are seen in this "
    "handout picture released on March 21, 2023.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_is_removed_and_story_kept(caption: str) -> None:
    doc = clean(article_with(caption))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [cat for _, _, cat in removed(doc)] in (["caption"], ["credit"])


@pytest.mark.parametrize("caption", CAPTIONS[:6])
def test_caption_between_single_line_breaks(caption: str) -> None:
    doc = clean(article_with(caption, single_breaks=True))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]


def test_wire_caption_splits_into_caption_and_credit() -> None:
    doc = clean(article_with(CAPTIONS[0]))
    assert doc.metadata.extras["captions"] == [
        "Russian President Vladimir Putin, right, and Chinese President Xi Jinping attend a "
        "meeting in Moscow, Russia, Tuesday, March 21, 2023."
    ]
    assert doc.metadata.extras["image_credits"] == [
        "Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP"
    ]


def test_credit_tail_split() -> None:
    assert split_credit_tail("Xi in Moscow. Photograph: Sergei Karpukhin/AP") == (
        "Xi in Moscow.",
        "Sergei Karpukhin/AP",
    )
    assert split_credit_tail("Putin speaks. REUTERS/Evgenia Novozhenina") == (
        "Putin speaks.",
        "REUTERS/Evgenia Novozhenina",
    )
    assert split_credit_tail("Xi speaks (AP Photo/Mark Schiefelbein, File)") == (
        "Xi speaks",
        "AP Photo/Mark Schiefelbein, File",
    )
    assert split_credit_tail("The deal was signed (and/or delayed).") is None


# --- credits ------------------------------------------------------------------------

CREDITS = [
    ("Featured image is from Andrew Korybko", "Andrew Korybko"),
    ("Featured image via Wikimedia Commons", "Wikimedia Commons"),
    ("Featured image: Kremlin.ru", "Kremlin.ru"),
    ("Featured Image Credit: Alexei Druzhinin/TASS", "Alexei Druzhinin/TASS"),
    ("Top image: Xi and Putin in Moscow (Source: Kremlin.ru)", None),
    ("Header image by Ann Lee", "Ann Lee"),
    ("Photo credit: Mikhail Metzel/TASS", "Mikhail Metzel/TASS"),
    ("Image credit: NASA/JPL-Caltech", "NASA/JPL-Caltech"),
    ("Photo by Sergei Karpukhin on Unsplash", "Sergei Karpukhin on Unsplash"),
    ("(Photo by Mikhail Svetlov/Getty Images)", "Mikhail Svetlov/Getty Images"),
    ("Credit: Evgenia Novozhenina/Reuters", "Evgenia Novozhenina/Reuters"),
    ("Photograph: Sergei Karpukhin/AP", "Sergei Karpukhin/AP"),
    ("© Sergei Karpukhin / Sputnik", "Sergei Karpukhin / Sputnik"),
    ("Getty Images", "Getty Images"),
    ("AFP via Getty Images", "AFP via Getty Images"),
    ("REUTERS/Evgenia Novozhenina", "REUTERS/Evgenia Novozhenina"),
    ("Photo courtesy of the Kremlin press service", "the Kremlin press service"),
    ("Image via Kremlin.ru", "Kremlin.ru"),
    ("Illustration: Guardian Design", "Guardian Design"),
    ("(AP Photo/Alexander Zemlianichenko)", "AP Photo/Alexander Zemlianichenko"),
    ("Photo: Reuters", "Reuters"),
    ("[Image: Sputnik/Kremlin Pool]", "Sputnik/Kremlin Pool"),
    ("Drawings provided by Ann Lee", "Ann Lee"),
    ("XYZ Images | Ann Lee", "XYZ Images | Ann Lee"),
    ("(c) Sergei Karpukhin/TASS", "Sergei Karpukhin/TASS"),
    (
        "“Red Square at dusk” by Ann Lee is licensed under CC BY-SA 2.0",
        "“Red Square at dusk” by Ann Lee is licensed under CC BY-SA 2.0",
    ),
]


@pytest.mark.parametrize(("line", "credit"), CREDITS)
def test_credit_line_is_removed(line: str, credit: str | None) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert removed(doc)[0][2] == "credit"
    if credit is not None:
        assert doc.metadata.extras["image_credits"] == [credit]


def test_agency_line_right_after_a_caption_is_its_credit() -> None:
    text = article_with(BARE + "\n\nReuters")
    doc = clean(text)
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [r for _, r, _ in removed(doc)] == ["photo-caption", "caption-agency"]


def test_no_metadata_when_record_is_off() -> None:
    doc = clean(article_with(CREDITS[0][0]), record=False)
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert "image_credits" not in doc.metadata.extras


def test_config_switches_rules_off() -> None:
    wire = "Xi Jinping arrives in Moscow, Russia, March 20, 2023. REUTERS/Evgenia Novozhenina"
    labelled = "Pictured: Xi Jinping and Vladimir Putin at the state dinner on Tuesday"
    credit = "Featured image is from Andrew Korybko"
    assert kept_lines(clean(article_with(BARE), bare=False))[2] == BARE
    assert kept_lines(clean(article_with(wire), credited=False))[2] == wire
    assert kept_lines(clean(article_with(credit), credits=False))[2] == credit
    assert kept_lines(clean(article_with(labelled), labelled=False))[2] == labelled


# --- what must stay -----------------------------------------------------------------

KEEP = [
    # present tense, but one of several sentences
    "Xi meets Putin in Moscow on March 21, 2023. The two leaders are expected to discuss "
    "Ukraine. Talks continue on Wednesday.",
    # one sentence with a date, but in the past tense
    "Russian Prime Minister Mikhail Mishustin met with China's President Xi Jinping in Moscow "
    "on March 21, 2023.",
    # present tense with a date, but not a photo's verb
    "The summit takes place in Moscow on March 21, 2023.",
    "Peace talks resume in Geneva on March 21, 2023.",
    "The ICC holds its next hearing in The Hague on March 21, 2023.",
    "The festival welcomes visitors at the Barbican in London on March 21, 2023.",
    "Russian President Vladimir Putin's visit to China ends in Beijing on March 21, 2023.",
    # a clause before the verb, speech, quotes
    "Putin said he meets Xi regularly, most recently in Moscow on March 21, 2023.",
    "“We are open for a negotiating process,” Putin says in Moscow on March 21, 2023.",
    "Xi’s visit to Moscow coincided with a surprise trip to Ukraine from Japanese Prime Minister "
    "Fumio Kishida to meet Zelensky on Tuesday.",
    # a weak tail with a common verb
    "The two leaders meet again in Beijing on Tuesday.",
    # the house style's kept lines and lookalikes
    "Latest update as of 10:17 ET, March 21, 2023:",
    "Here is The Guardian:",
    "The answer is these two guys in the picture here.",
    "- Xi visits Moscow on March 20, 2023.",
    # credit lookalikes in the story
    "Source: Reuters, AFP",
    "Reuters",
    "AP, Reuters",
    "Photos from the scene show the building in flames.",
    "He posted a photo of the meeting (photo below).",
    "The company unveiled its new handset (Image Pro Max).",
    "North Korea fired a missile on Tuesday, the military said. (Yonhap)",
    "North Korea fired a missile on Tuesday, the military said. - Reuters",
    "It was a meeting that the whole world was waiting for. Beijing has framed the visit as a "
    "peacemaking project. Reuters",
    "© 2023 Reuters",
    "Copyright © 2023 The Associated Press. All rights reserved.",
    "Credit Suisse shares fell 24% on March 15, 2023.",
    "Image: the word the brand wants people to think of first, according to its chief.",
    "The photo shows Xi and Putin smiling.",
    "Photographers gather outside the Kremlin.",
]


@pytest.mark.parametrize("line", KEEP)
def test_story_lines_are_kept(line: str) -> None:
    doc = clean(article_with(line))
    assert doc.text == article_with(line)
    assert doc.edits == []


def test_first_line_is_never_a_caption() -> None:
    text = "Xi Jinping meets Vladimir Putin in Moscow on March 21, 2023.\n\n" + STORY_1 + "\n"
    assert clean(text).edits == []


def test_caption_inside_a_wrapped_paragraph_is_kept() -> None:
    text = HEAD + "The delegation arrived and\nXi meets Putin in Moscow on March 21, 2023.\n"
    assert clean(text).edits == []


def test_a_timeline_of_dated_present_tense_lines_is_kept() -> None:
    timeline = "\n\n".join(
        [
            "Xi Jinping arrives in Moscow on March 20, 2023.",
            "Xi Jinping meets Vladimir Putin at the Kremlin on March 21, 2023.",
            "Xi Jinping leaves Moscow for Beijing on March 22, 2023.",
        ]
    )
    text = HEAD + STORY_1 + "\n\n" + timeline + "\n\n" + STORY_2 + "\n"
    assert clean(text).edits == []


def test_is_photo_caption_needs_every_part_of_the_shape() -> None:
    base = "Chinese President Xi Jinping waves as he arrives in Moscow on March 20, 2023."
    assert is_photo_caption(base)
    assert not is_photo_caption(base.replace("waves", "waved").replace("arrives", "arrived"))
    assert not is_photo_caption("Xi waves on March 20, 2023.")  # too short
    assert not is_photo_caption(base[:-1] + " and says he is happy.")


def test_is_credit_needs_an_agency_in_the_chain() -> None:
    assert is_credit("Sergei Karpukhin/Sputnik/AFP via Getty Images")
    assert not is_credit("Sergei Karpukhin/Moscow Times Weekly")
    assert not is_credit("support for and/or against the deal")


def test_classify_line_on_long_text_is_none() -> None:
    assert classify_line("Photo: " + "word " * 500) is None


# --- properties and adversarial input ----------------------------------------------

PIECES = [*CAPTIONS, *[c for c, _ in CREDITS], *KEEP, STORY_1, STORY_2, "", "Reuters", BARE]


def _check(text: str) -> None:
    doc = clean(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    again = clean(doc.text)
    assert again.text == doc.text


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_string_only_loses_text(text: str) -> None:
    _check(text)


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["\n", "\n\n", "\r\n"]))
@settings(max_examples=300, deadline=None)
def test_articles_of_realistic_lines_only_lose_text(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    _check(text)
    # whatever was removed, no story paragraph was
    doc = clean(text)
    for line in (STORY_1, STORY_2, *KEEP[:3]):
        assert doc.text.count(line) == text.count(line)


@pytest.mark.parametrize(
    "text",
    [
        "*" * 200_000,
        "[" * 200_000,
        "(" * 200_000,
        "—" * 200_000,
        "@" * 200_000,
        " " * 200_000,
        "Photo: " + "(" * 200_000,
        "Photo by " + "Ann/" * 50_000,
        "Xi meets " + "Putin, " * 30_000 + "on March 21, 2023.",
        ("Xi meets Putin in Moscow on March 21, 2023. " * 5_000).strip(),
        "\n".join(["Photo by Ann Lee/AP (Photo: X/Getty Images)"] * 5_000),
        "\n".join(["Xi, left, and Putin walk in Moscow on March 21, 2023."] * 10_000),
    ],
)
def test_adversarial_input_finishes(text: str) -> None:
    clean(text)


def test_default_config_is_frozen() -> None:
    config = CaptionConfig()
    with pytest.raises(AttributeError):
        config.bare = False  # type: ignore[misc]


# --- BBC-style labels, caption verbs of features, crowds --------------------------------

BBC_LIKE = [
    # the label alone, the caption on the next line (BBC, other CMSs that copy it)
    (
        "Image caption,\n\nFirefighters spent six hours bringing the blaze under control",
        ["caption-label", "caption-after-label"],
    ),
    (
        "Media caption,\n\nWatch: the moment the bridge was lowered into place",
        ["caption-label", "caption-after-label"],
    ),
    (
        "Image caption:\n\nThe old pier before the storm, in a photograph from 1998.",
        ["caption-label", "caption-after-label"],
    ),
    # label and caption on one line
    ("Image caption, A computer-generated image of the new terminal building", ["caption-label"]),
    ("Photo caption, Volunteers sort donations at the community centre", ["caption-label"]),
    # the image source with a comma, any owner (no agency list needed)
    ("IMAGE SOURCE, HARBOUR DEVELOPMENT TRUST", ["credit-label"]),
    ("Image source, Family handout", ["credit-label"]),
    ("IMAGE SOURCE, WEST MIDLANDS POLICE", ["credit-label"]),
]


@pytest.mark.parametrize(("block", "rules"), BBC_LIKE)
def test_bbc_style_labels_and_sources_are_removed(block: str, rules: list[str]) -> None:
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [e.rule for e in doc.edits] == rules


def test_bbc_source_and_caption_go_to_metadata() -> None:
    block = "IMAGE SOURCE, HARBOUR TRUST\n\nImage caption,\n\nThe pier as it looked in 1910"
    doc = clean(article_with(block))
    assert doc.metadata.extras["image_credits"] == ["HARBOUR TRUST"]
    assert doc.metadata.extras["captions"] == ["The pier as it looked in 1910"]


def test_a_lone_caption_label_does_not_take_a_bullet_or_a_lower_case_line() -> None:
    for nxt in ("- the first item of a list", "and then the story went on."):
        doc = clean(HEAD + STORY_1 + "\n\nImage caption,\n\n" + nxt + "\n")
        assert nxt in kept_lines(doc)


FEATURE_CAPTIONS = [
    # a singular subject with a title and an action verb of a feature photo
    "Retired fisherman Donald Macrae climbs down to the harbour at Stornoway on the Isle of "
    "Lewis on May 2, 2024.",
    "Head gardener Priya Nair checks the seedlings in the glasshouse at Kew Gardens on "
    "April 11, 2024.",
    "Volunteer Tom Briggs repairs a dry-stone wall above Malham Cove on March 9, 2024.",
    # a plural subject of people, a crowd verb, a place and a full date
    "Former miners and their families gather outside the old pit head in Easington on "
    "August 20, 2023.",
    "Fans queue for tickets outside the stadium in Cardiff on 3 June 2024.",
    "Residents stand in the rain at the memorial in Aberfan on October 21, 2023.",
]


@pytest.mark.parametrize("caption", FEATURE_CAPTIONS)
def test_feature_captions_are_removed(caption: str) -> None:
    doc = clean(article_with(caption))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [e.rule for e in doc.edits] == ["photo-caption"]


FEATURE_KEEP = [
    # a schedule in the present tense (a plural subject, but no crowd verb)
    "Both sides meet again in Geneva on March 21, 2024.",
    "Teachers strike in Leeds on March 21, 2024.",
    "Manchester United plays Chelsea at Old Trafford on March 21, 2024.",
    # a crowd verb without a place before the date
    "Former miners gather on August 20, 2023.",
    # a crowd verb with a singular collective subject
    "The committee gathers in Leeds on March 21, 2024.",
    # a plural subject with a clause
    "Residents who stand to lose their homes gather in Leeds on March 21, 2024.",
    # past tense
    "Former keepers and their families gathered for lunch in Oban on September 14, 2023.",
    # a label line that is not a caption's
    "Image source code is available on GitHub, the company said.",
    "Caption, he wrote, was the wrong word for it.",
]


@pytest.mark.parametrize("line", FEATURE_KEEP)
def test_feature_lookalikes_are_kept(line: str) -> None:
    doc = clean(article_with(line))
    assert doc.text == article_with(line)
    assert doc.edits == []


# --- tabloids, Indian outlets, local TV, public radio ----------------------------------

SITE_CREDITS = [
    # line, rule, category, what goes to the metadata
    ("Ann Lee, 34, pictured outside court on Tuesday", "pictured-caption", "caption", ""),
    ("The couple pictured together in 2019", "pictured-caption", "caption", ""),
    (
        "Ann Lee and her husband Bo Chen pictured at their wedding in 2015",
        "pictured-caption",
        "caption",
        "",
    ),
    ("Ann Lee (left) pictured with Bo Chen at the premiere", "pictured-caption", "caption", ""),
    ("(File)", "image-note", "caption", ""),
    ("(Express Photo by Ann Lee)", "credit-parenthetical", "credit", "Ann Lee"),
    ("Express photo by Ann Lee", "photo-by", "credit", "Ann Lee"),
    ("Photography by Ann Lee", "photo-by", "credit", "Ann Lee"),
    ("Courtesy: Ann Lee", "credit-label", "credit", "Ann Lee"),
    ("(Courtesy: Millvale PD)", "credit-parenthetical", "credit", "Millvale PD"),
    ("Photo credit should read Ann Lee/AFP", "credit-label", "credit", "Ann Lee/AFP"),
    ("Ann Lee/NPR", "agency-credit", "credit", "Ann Lee/NPR"),
    ("Ann Lee for The New York Times", "agency-credit", "credit", "Ann Lee for The New York Times"),
    ("Enlarge this image", "caption-widget", "caption", ""),
    ("toggle caption", "caption-widget", "caption", ""),
    ("(Image: Getty)", "credit-parenthetical", "credit", "Getty"),
    ("Photo: KTLA", "credit-label", "credit", "KTLA"),
    ("Getty Images for Netflix", "agency-credit", "credit", "Getty Images for Netflix"),
    ("Photo: Special Arrangement", "credit-label", "credit", "Special Arrangement"),
]


@pytest.mark.parametrize(("line", "rule", "category", "credit"), SITE_CREDITS)
def test_site_credits_and_captions_are_removed(
    line: str, rule: str, category: str, credit: str
) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [(e.rule, e.category) for e in doc.edits] == [(rule, category)]
    if credit:
        assert doc.metadata.extras["image_credits"] == [credit]


def test_a_tabloid_caption_then_its_credit_line() -> None:
    block = "Ann Lee was pictured outside court on Tuesday (Image: Getty Images)"
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert doc.metadata.extras["captions"] == ["Ann Lee was pictured outside court on Tuesday"]
    assert doc.metadata.extras["image_credits"] == ["Getty Images"]


def test_radio_caption_above_its_credit_and_the_widget() -> None:
    block = (
        "Enlarge this image\n\nA farmer stands among solar panels on his land near Fresno.\n\n"
        "Ann Lee/NPR\n\nhide caption\n\ntoggle caption\n\nAnn Lee/NPR"
    )
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert doc.metadata.extras["captions"] == [
        "A farmer stands among solar panels on his land near Fresno."
    ]


def test_radio_caption_once_the_widget_words_are_gone() -> None:
    # an earlier step removed "hide caption" / "toggle caption" and left blank lines
    block = (
        "A farmer stands among solar panels on his land near Fresno.\n\nAnn Lee/NPR\n\n\n\n\n\n"
        "Ann Lee/NPR"
    )
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]


SITE_KEEP = [
    "Ann Lee was pictured outside court on Tuesday.",
    "Ann Lee, pictured, was jailed for six years.",
    "Ann Lee (pictured) was jailed for six years at Leeds Crown Court.",
    "Police pictured the suspect as a young man.",
    "The photo was taken by Ann Lee in 2019.",
    "Tickets for The Cure sold out in minutes",
    "Votes for the new mayor were counted overnight",
    "Tickets for Fans",
    "Courtesy of the council, residents got free bins.",
    "The file was sent to prosecutors (File 2)",
    # a short story line above the same credit twice with one blank line between
    "Police said the road would stay closed.\n\nAnn Lee/NPR\n\nAnn Lee/NPR",
]


@pytest.mark.parametrize("line", SITE_KEEP)
def test_site_lookalikes_are_kept(line: str) -> None:
    doc = clean(article_with(line))
    for kept in line.split("\n\n"):
        if "/NPR" not in kept:
            assert kept in doc.text


def test_a_tabloid_caption_without_a_full_stop_above_its_bracketed_credit() -> None:
    block = "Bo Chen was pictured outside Leeds Crown Court on Tuesday\n(Image: Getty)"
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [e.rule for e in doc.edits] == ["caption-before-credit", "credit-parenthetical"]


@pytest.mark.parametrize(
    "block",
    [
        "Rising Costs Hit Local Families\n(Image: PA)",  # a heading in Title Case
        "What happens next?\n(Image: PA)",
        "Bo Chen was pictured outside court\nCredit: Ann Lee/Reuters",  # no brackets
        "Bo Chen was pictured outside court\n\n(Image: Getty)",  # not one paragraph
    ],
)
def test_lines_without_a_full_stop_above_other_credits_stay(block: str) -> None:
    doc = clean(article_with(block))
    assert block.split("\n")[0] in kept_lines(doc)
