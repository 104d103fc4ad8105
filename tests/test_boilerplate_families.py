"""Boilerplate families: wire notes, app promos, other-language furniture, press-release
footers and blog-platform furniture; and the story lines that look like them but stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Document, default_pipeline
from newsclean.cleaners.boilerplate import (
    TAG_LINK,
    BoilerplateCleaner,
    BoilerplateConfig,
    RuleError,
    packaged_rules,
    parse_rules,
    tag_link_texts,
)

from .boilerplate_article import LAST, LEAD, MIDDLE, kept, removals, removed, run, story
from .conftest import is_subsequence

DE_LEAD = (
    "Die Stadtwerke heben zum 1. April den Arbeitspreis für Fernwärme um 18 Prozent an. Das "
    "teilte das kommunale Unternehmen am Montag mit, nachdem der Aufsichtsrat zugestimmt hatte."
)
DE_MIDDLE = (
    "Beim Mieterverein stößt die Erhöhung auf scharfe Kritik. Anders als bei Strom oder Gas "
    "könnten Fernwärmekunden nicht einfach den Anbieter wechseln, sagte die Vorsitzende."
)
DE_LAST = (
    "Verbraucherschützer raten Betroffenen, die neue Abrechnung genau zu prüfen, weil "
    "Preisanpassungsklauseln immer wieder von Gerichten für unwirksam erklärt worden sind."
)


UP_TO_BOILERPLATE = default_pipeline().only(
    ["encoding", "markup", "tweets", "emoji", "boilerplate"]
)

# --- each family, other outlets and other wordings ---------------------------------

VARIANTS: list[tuple[str, str, str]] = [
    # (line, where in the article, rule id)
    # 1. wire-service funding and standards notes, coverage promos
    (
        "The Associated Press receives support from several private foundations to enhance its "
        "explanatory coverage of elections and democracy. See more about AP's democracy "
        "initiative here. The AP is solely responsible for all content.",
        "bottom",
        "solely-responsible",
    ),
    (
        "The Associated Press’ climate and environmental coverage receives financial support from "
        "multiple private foundations. AP is solely responsible for all content. Find AP’s "
        "standards for working with philanthropies, a list of supporters and funded coverage "
        "areas at AP.org.",
        "bottom",
        "solely-responsible",
    ),
    (
        "Associated Press religion coverage receives support through the AP’s collaboration with "
        "The Conversation US, with funding from Lilly Endowment Inc. The AP is solely responsible "
        "for this content.",
        "bottom",
        "solely-responsible",
    ),
    (
        "The Associated Press education team receives support from the Carnegie Corporation of "
        "New York. The AP is solely responsible for all content.",
        "bottom",
        "solely-responsible",
    ),
    (
        "The Example Tribune’s health coverage receives financial support from the Example "
        "Foundation.",
        "bottom",
        "funding-note",
    ),
    ("This story was produced with support from the Pulitzer Center.", "bottom", "funding-note"),
    ("This story was produced with support from the Example Fund.", "top", "funding-note"),
    (
        "This reporting was made possible with a grant from the Example Journalism Fund.",
        "bottom",
        "funding-note",
    ),
    (
        "Reporting for this story was supported by a grant from the Example Institute.",
        "bottom",
        "funding-note",
    ),
    (
        "This series is funded in part by a grant from the Example Family Foundation. Example "
        "News is solely responsible for all content.",
        "bottom",
        "solely-responsible",
    ),
    (
        "Follow AP's coverage of climate and the environment at "
        "https://apnews.com/hub/climate-and-environment",
        "bottom",
        "follow-coverage",
    ),
    (
        "Follow AP’s coverage of the elections at: https://apnews.com/hub/election-2024",
        "bottom",
        "follow-coverage",
    ),
    ("Follow our live coverage of the war in Ukraine.", "top", "follow-coverage"),
    ("Follow all of AP’s stories about the Supreme Court.", "bottom", "follow-coverage"),
    (
        "Find more of AP’s coverage of the Israel-Hamas war at "
        "https://apnews.com/hub/israel-hamas-war",
        "bottom",
        "follow-coverage",
    ),
    (
        "More AP coverage of the Middle East: https://apnews.com/hub/middle-east",
        "bottom",
        "follow-coverage",
    ),
    ("For more coverage of the trial, visit our Trial Tracker page.", "bottom", "follow-coverage"),
    (
        "For more coverage of the storm, visit https://example.com/weather",
        "bottom",
        "follow-coverage",
    ),
    ("Read more of our coverage of the housing crisis here.", "bottom", "follow-coverage"),
    ("Follow Reuters coverage of the election here.", "bottom", "follow-coverage"),
    # 2. app promos and toggles
    (
        "Stay up to date with the latest news and weather in the Miami Valley: download the "
        "WKRB 12 News app and turn on breaking news alerts.",
        "bottom",
        "app-promo-call",
    ),
    (
        "For the latest news and weather, download the free Example 5 app.",
        "bottom",
        "app-promo-call",
    ),
    ("Never miss a story: get the Example News app on iOS and Android.", "top", "app-promo-call"),
    ("Want breaking news alerts? Download our app.", "bottom", "app-promo-call"),
    ("Download The Mint News App to get Daily Market Updates.", "bottom", "app-promo"),
    (
        "Catch all the Business News, Market News, Breaking News Events and Latest News Updates "
        "on Live Mint. Download The Mint News App to get Daily Market Updates.",
        "bottom",
        "news-updates-promo",
    ),
    (
        "Catch all the Business News, Breaking News Events and Latest News Updates on The "
        "Example Times.",
        "bottom",
        "news-updates-promo",
    ),
    (
        "Get Latest World News along with Latest News from India at Example Times.",
        "bottom",
        "news-updates-promo",
    ),
    ("More", "bottom", "page-toggles"),
    ("Less", "bottom", "page-toggles"),
    ("Show more", "bottom", "page-toggles"),
    ("Save", "top", "page-toggles"),
    # 3. German and other-language furniture, as whole lines
    ("Teilen", "top", "share-prompt-intl"),
    ("Teilen", "middle", "share-prompt-intl"),
    ("Artikel teilen", "bottom", "share-prompt-intl"),
    ("Partager cet article", "top", "share-prompt-intl"),
    ("Compartir", "top", "share-prompt-intl"),
    ("Artikel anhören", "middle", "reading-aids-intl"),
    ("Vorlesen", "top", "reading-aids-intl"),
    ("Lesezeit: 4 Min.", "top", "reading-aids-intl"),
    ("Écouter l'article", "top", "reading-aids-intl"),
    ("Drucken", "bottom", "reading-aids-intl"),
    (
        "Lesen Sie auch: Heizkosten 2024 – womit Verbraucher jetzt rechnen müssen",
        "middle",
        "read-more-intl",
    ),
    ("Auch interessant: Wie die Stadtwerke ihre Preise berechnen", "middle", "read-more-intl"),
    ("Lire aussi : La réforme des retraites adoptée au Sénat", "middle", "read-more-intl"),
    ("Lee también: El Gobierno aprueba la reforma laboral", "middle", "read-more-intl"),
    ("Leggi anche: Il governo approva la riforma", "middle", "read-more-intl"),
    ("Weiterlesen", "middle", "continue-reading-intl"),
    ("Zum Artikel", "middle", "continue-reading-intl"),
    ("Lire la suite", "bottom", "continue-reading-intl"),
    (
        "Dieses Thema im Programm: NDR Info | Nachrichten | 04.03.2024 | 17:00 Uhr",
        "bottom",
        "programme-note",
    ),
    ("Kommentare (12)", "bottom", "comments-intl"),
    ("12 Kommentare", "top", "comments-intl"),
    ("Kommentieren", "bottom", "comments-intl"),
    ("Commentaires (3)", "bottom", "comments-intl"),
    ("Zur Startseite", "bottom", "navigation"),
    ("Zurück zur Übersicht", "bottom", "navigation"),
    ("Back to homepage", "bottom", "navigation"),
    ("Anzeige", "middle", "ad-marker"),
    # 4. press-release wire footers
    (
        "View original content to download multimedia: "
        "https://www.prnewswire.com/news-releases/example-unveils-platform-302079841.html",
        "bottom",
        "press-release-link",
    ),
    (
        "View original content: https://www.prnewswire.com/news-releases/example-302079841.html",
        "bottom",
        "press-release-link",
    ),
    (
        "View source version on businesswire.com: "
        "https://www.businesswire.com/news/home/20240305005123/en/",
        "bottom",
        "press-release-link",
    ),
    (
        "To view the original version on PR Newswire, visit: "
        "https://www.prnewswire.com/news-releases/example.html",
        "bottom",
        "press-release-link",
    ),
    ("View the original press release on accesswire.com", "bottom", "press-release-link"),
    ("WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?", "bottom", "newswire-promo"),
    ("Contact PR Newswire", "bottom", "newswire-contact"),
    # 5. blog-platform furniture
    ("3.4K Followers", "bottom", "follower-count"),
    ("Member-only story", "top", "platform-labels"),
    ("Open in app", "top", "platform-labels"),
    (
        "Get unlimited access to the best of Medium for less than $1/week.",
        "bottom",
        "platform-labels",
    ),
    ("1.2K claps", "top", "claps"),
]


@pytest.mark.parametrize(
    ("line", "where", "rule"), VARIANTS, ids=[f"{v[2]}:{v[1]}:{v[0][:30]}" for v in VARIANTS]
)
def test_family_line_is_removed_with_its_rule(line: str, where: str, rule: str) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert removals(doc) == [(rule, line)]
    for paragraph in (LEAD, MIDDLE, LAST):
        assert kept(doc, paragraph)


EDGE_ONLY = [
    "More",
    "Less",
    "Save",
    "Follow our live coverage of the war in Ukraine.",
    "Zur Startseite",
    "Kommentare (12)",
    "3.4K Followers",
    "This story was produced with support from the Pulitzer Center.",
    "Stay up to date with the latest news: download the Example 9 News app.",
]


@pytest.mark.parametrize("line", EDGE_ONLY)
def test_edge_furniture_in_the_middle_of_the_story_stays(line: str) -> None:
    doc = run(story(middle=(line,)))
    assert kept(doc, line), removals(doc)


# --- what must stay ------------------------------------------------------------------

STORY_LINES = [
    # foundations, responsibility, support
    "The Associated Press receives support from several private foundations, according to its "
    "annual report.",
    "The museum receives support from several private foundations, its director said.",
    "Under the new law, platforms are solely responsible for all content their users post.",
    "The company said it was solely responsible for the content of the advertisement.",
    "This study was funded by a grant from the National Institutes of Health.",
    "The rescue team received support from the army and three helicopters.",
    "This investigation was funded by taxpayers and took three years to finish.",
    # follow, coverage, more
    "Follow the money, investigators said on Tuesday.",
    "Follow the story of three families who lost everything in the flood.",
    "For more coverage of the trial, the network sent five reporters to Minneapolis.",
    "More news outlets are now covering the case than at any time since 2019.",
    "More news on the case is expected Monday, when lawyers will see the judge.",
    "More than 300 people attended the meeting.",
    "Less than a year later, the plant closed.",
    "Save the Children said the aid was not enough.",
    "More or less",
    # apps
    "For the latest updates, residents should download the county's emergency app, officials said.",
    "Residents can download the city's app to report potholes and broken streetlights.",
    "Stay up to date on the storm by listening to local radio.",
    "The company told users to download the new app to keep receiving updates.",
    "Catch all the fish you want, the ranger told the anglers on Saturday.",
    # sources, contacts, views
    "Source: the ministry of finance, 2023 budget tables",
    "Media contacts with the minister were restricted after the scandal, the paper reported.",
    "Contact with the rebels was lost on Tuesday.",
    "View original content, the museum's curator said, is what visitors come for.",
    "Recommended from the start by her doctors, the therapy is now covered by insurance.",
    # German prose with furniture words
    "Lesen Sie auch die Stellungnahme der Stadtwerke, die am Montag veröffentlicht wurde.",
    "Teilen Sie Ihre Meinung mit uns, schrieb der Bürgermeister auf Facebook.",
    "Interessant: Die Stadtwerke hatten die Preise schon 2022 erhöht.",
    "Mehr zum Thema Fernwärme erfahren Sie im Ratgeber der Verbraucherzentrale, der jede Woche "
    "aktualisiert wird.",
    "Kommentare von Lesern wurden gelöscht, teilte die Redaktion mit.",
    "Zur Startseite der Stadtwerke gelangt man über einen Link im Kundenportal.",
    "Teilen und herrschen",
    # an opinion piece's label is the story's, not a comment link
    "Kommentar",
    "Commentaire",
    # single words and short lines of a story
    "Privacy",
    "About",
    "Help",
    "14",
    "2024",
    "Urban Planning",
]


@pytest.mark.parametrize("line", STORY_LINES)
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_story_lines_that_look_like_these_families_stay(line: str, where: str) -> None:
    doc = run(story(**{where: (line,)}))  # type: ignore[arg-type]
    assert kept(doc, line), removals(doc)


def test_new_rules_ship_examples_and_counter_examples() -> None:
    ids = {
        "solely-responsible",
        "funding-note",
        "follow-coverage",
        "press-release-link",
        "newswire-promo",
        "newswire-contact",
        "media-contact",
        "app-promo-call",
        "news-updates-promo",
        "page-toggles",
        "reading-aids-intl",
        "continue-reading-intl",
        "navigation",
        "programme-note",
        "related-posts-intl",
        "read-more-intl",
        "share-prompt-intl",
        "comments-intl",
        "claps-and-tags",
        "claps",
        "listen-bar",
        "follower-count",
        "platform-labels",
        "recommended-from",
        "footer-column",
    }
    rules = {rule.id: rule for rule in packaged_rules()}
    assert ids <= set(rules)
    for rule_id in ids:
        rule = rules[rule_id]
        assert rule.examples and (rule.starts or rule.contains), rule_id
        for counter in rule.counter_examples:
            doc = run(story(bottom=(counter,)))
            assert kept(doc, counter), (rule_id, counter, removals(doc))


# --- blocks: German site, press release, Medium ----------------------------------------


PROGRAMME = "Dieses Thema im Programm: Example Online | Regionales | 04.03.2024 | 17:30 Uhr"


def test_german_article_furniture_goes_and_the_story_stays() -> None:
    prose_with_lesen = (
        "Lesen Sie die Abrechnung genau, rät die Verbraucherzentrale: Preisanpassungsklauseln "
        "sind in der Vergangenheit immer wieder von Gerichten für unwirksam erklärt worden."
    )
    text = "\n\n".join(
        [
            "Stadtwerke erhöhen Fernwärmepreise um 18 Prozent",
            "Teilen",
            "Artikel anhören",
            DE_LEAD,
            "Lesen Sie auch: Heizkosten 2024 – womit Verbraucher jetzt rechnen müssen",
            DE_MIDDLE,
            "Stadtrat will sich im März befassen",
            prose_with_lesen,
            DE_LAST,
            "Mehr zum Thema",
            "Fernwärme: Warum die Preise so unterschiedlich sind",
            "Stadtwerke: Neues Heizkraftwerk geht ans Netz",
            PROGRAMME,
            "Kommentare (12)",
            "Zur Startseite",
        ]
    )
    doc = run(text)
    for line in (
        "Stadtwerke erhöhen Fernwärmepreise um 18 Prozent",
        DE_LEAD,
        DE_MIDDLE,
        "Stadtrat will sich im März befassen",
        prose_with_lesen,
        DE_LAST,
    ):
        assert kept(doc, line), removals(doc)
    assert removals(doc) == [
        ("share-prompt-intl", "Teilen"),
        ("reading-aids-intl", "Artikel anhören"),
        (
            "read-more-intl",
            "Lesen Sie auch: Heizkosten 2024 – womit Verbraucher jetzt rechnen müssen",
        ),
        ("related-posts-intl", "Mehr zum Thema"),
        ("related-posts-intl-item", "Fernwärme: Warum die Preise so unterschiedlich sind"),
        ("related-posts-intl-item", "Stadtwerke: Neues Heizkraftwerk geht ans Netz"),
        (
            "programme-note",
            PROGRAMME,
        ),
        ("comments-intl", "Kommentare (12)"),
        ("navigation", "Zur Startseite"),
    ]


def test_mehr_zum_thema_in_the_middle_keeps_the_lines_under_it() -> None:
    doc = run(story(middle=("Mehr zum Thema", "Stadtwerke: Neues Heizkraftwerk geht ans Netz")))
    assert kept(doc, "Mehr zum Thema")
    assert kept(doc, "Stadtwerke: Neues Heizkraftwerk geht ans Netz")


def test_a_german_share_prompt_takes_its_buttons() -> None:
    doc = run(
        story(top=("Artikel teilen", "Auf Facebook teilen", "Per E-Mail teilen", "Link kopieren"))
    )
    assert removed(doc) == [
        "Artikel teilen",
        "Auf Facebook teilen",
        "Per E-Mail teilen",
        "Link kopieren",
    ]
    assert {rule for rule, _ in removals(doc)} == {"share-prompt-intl", "share-prompt-intl-item"}


ABOUT = (
    "Halvorsen Robotics Inc. designs and builds autonomous machines for fruit and vegetable "
    "growers. Founded in 2018 and headquartered in Austin, Texas, the company has raised $48 "
    "million from investors. For more information, visit www.halvorsenrobotics.com."
)


def test_press_release_footer_goes_and_the_about_section_stays() -> None:
    text = story(
        bottom=(
            "About Halvorsen Robotics",
            ABOUT,
            "Media contact:\nJenna Ortiz\npress@halvorsenrobotics.com\n+1 512-555-0142",
            "SOURCE Halvorsen Robotics Inc.",
            "View original content to download multimedia: "
            "https://www.prnewswire.com/news-releases/halvorsen-302079841.html",
            "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
            "440k+\nNewsrooms &\nInfluencers",
            "9k+ Digital Media Outlets",
            "270k+ Journalists Opted In",
            "GET STARTED",
            "Contact PR Newswire",
        )
    )
    doc = run(text)
    assert kept(doc, "About Halvorsen Robotics") and kept(doc, ABOUT)
    # the closing SOURCE line is the bylines cleaner's (it names the original source)
    assert kept(doc, "SOURCE Halvorsen Robotics Inc.")
    gone = removed(doc)
    for line in (
        "Media contact:",
        "Jenna Ortiz",
        "press@halvorsenrobotics.com",
        "+1 512-555-0142",
        "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
        "9k+ Digital Media Outlets",
        "270k+ Journalists Opted In",
        "GET STARTED",
        "Contact PR Newswire",
    ):
        assert line in gone, (line, removals(doc))
    assert all(p in doc.text for p in (LEAD, MIDDLE, LAST))


CONTACT_BLOCKS = [
    (
        "Media Contact",
        ["Jane Doe", "Director of Communications", "(555) 555-0100", "jane@example.com"],
    ),
    (
        "Press Contacts:",
        ["Jane Doe, Example PR for Acme Inc.", "Phone: 212-555-0100", "Email: jane@example.com"],
    ),
    (
        "Contacts",
        ["Media:", "Jane Doe", "+1 212-555-0100", "Investors:", "John Roe", "ir@example.com"],
    ),
    ("CONTACT: Jane Doe", ["Tel.: +49 (0)89 123456", "www.example.de"]),
    (
        "Pressekontakt:",
        ["Maria Müller", "Example GmbH", "Tel. +49 89 1234 5678", "presse@example.de"],
    ),
]


@pytest.mark.parametrize(("heading", "block"), CONTACT_BLOCKS, ids=[c[0] for c in CONTACT_BLOCKS])
def test_media_contact_block_goes_whole(heading: str, block: list[str]) -> None:
    doc = run(story(bottom=("\n".join([heading, *block]),)))
    assert removed(doc) == [heading, *block], removals(doc)
    assert removals(doc)[0][0] == "media-contact"


@pytest.mark.parametrize(
    "after",
    [
        "About Acme Inc.",
        "Forward-Looking Statements",
        "Cautionary Note Regarding Forward-Looking Statements",
        "Safe Harbor Statement",
        "SOURCE Acme Inc.",
        "The company will report its results on May 2, and its chief executive will hold a call "
        "with analysts.",
    ],
)
def test_a_contact_block_stops_at_the_next_section(after: str) -> None:
    doc = run(story(bottom=("Media Contact:\nJane Doe\njane@example.com", after)))
    assert removed(doc) == ["Media Contact:", "Jane Doe", "jane@example.com"]
    assert kept(doc, after)


def test_a_name_and_a_phone_number_alone_at_the_bottom_stay() -> None:
    doc = run(story(bottom=("Jane Doe", "+1 512-555-0142")))
    assert kept(doc, "Jane Doe") and kept(doc, "+1 512-555-0142")


MEDIUM_TOP = ("Mar 12, 2024", "1.2K", "14", "Listen", "Share", "More")
MEDIUM_BOTTOM = (
    "Urban Planning",
    "Public Transport",
    "Estonia",
    "1.2K",
    "1.2K",
    "14",
    "3.4K Followers",
    "Recommended from Medium",
    "The 15-minute city is not a conspiracy",
    "Help",
    "Status",
    "About",
    "Careers",
    "Blog",
    "Privacy",
    "Terms",
    "Text to speech",
    "Teams",
)


def test_medium_furniture_at_both_ends() -> None:
    doc = run(story(top=MEDIUM_TOP, bottom=MEDIUM_BOTTOM))
    assert kept(doc, "Mar 12, 2024")  # the date is the bylines cleaner's
    gone = removed(doc)
    assert gone == [*MEDIUM_TOP[1:], *MEDIUM_BOTTOM]
    assert all(p in doc.text for p in (LEAD, MIDDLE, LAST))


def test_medium_counts_under_100_at_the_top_go_with_the_listen_button() -> None:
    doc = run(story(top=("Mar 12", "245", "3", "Listen", "Share", "More")))
    assert removed(doc) == ["245", "3", "Listen", "Share", "More"]


def test_a_title_above_a_clap_count_stays() -> None:
    doc = run(story(top=("Climate Change", "1.2K", "14")))
    assert kept(doc, "Climate Change")
    assert removed(doc) == ["1.2K", "14"]


def test_a_results_table_at_the_bottom_stays() -> None:
    table = ("Results", "Jane Doe", "52", "John Smith", "48", "Turnout", "61")
    doc = run(story(bottom=table))
    for cell in table:
        assert kept(doc, cell), removals(doc)


def test_title_case_lines_at_the_bottom_stay_without_counts_or_links() -> None:
    doc = run(story(bottom=("Urban Planning", "Public Transport", "Estonia")))
    assert doc.edits == []


def test_footer_links_go_only_with_a_footer_only_link() -> None:
    doc = run(story(bottom=("Help", "About", "Privacy")))
    assert doc.edits == []
    doc = run(story(bottom=("Help", "About", "Privacy", "Careers")))
    assert removed(doc) == ["Help", "About", "Privacy", "Careers"]


# --- topic tags printed as links -----------------------------------------------------


def medium_tags(where: str) -> str:
    tags = (
        "[Urban Planning](https://medium.com/tag/urban-planning?source=post_page)\n\n"
        "[Public Transport](https://medium.com/tag/public-transport?source=post_page)\n\n"
        "[Estonia](https://medium.com/tag/estonia?source=post_page)"
    )
    return story(**{where: (tags,)})  # type: ignore[arg-type]


def test_tag_links_at_the_bottom_go_and_become_tags() -> None:
    doc = UP_TO_BOILERPLATE(Document(medium_tags("bottom")))
    tags = ["Urban Planning", "Public Transport", "Estonia"]
    assert [(e.rule, e.removed.strip()) for e in doc.edits if e.step == "boilerplate"] == [
        ("tag-link", tag) for tag in tags
    ]
    assert doc.metadata.tags == tags
    assert all(p in doc.text for p in (LEAD, MIDDLE, LAST))


def test_tag_links_in_the_middle_or_turned_off_stay() -> None:
    doc = UP_TO_BOILERPLATE(Document(medium_tags("middle")))
    assert not [e for e in doc.edits if e.step == "boilerplate"]
    pipeline = default_pipeline(boilerplate=BoilerplateConfig(tag_links=False)).only(
        ["encoding", "markup", "boilerplate"]
    )
    doc = pipeline(Document(medium_tags("bottom")))
    assert not [e for e in doc.edits if e.step == "boilerplate"]
    assert doc.metadata.tags == []


def test_a_link_that_is_not_a_tag_stays_at_the_bottom() -> None:
    text = story(
        bottom=("[Why Berlin’s ticket is a bargain](https://example.org/2024/berlin-ticket)",)
    )
    doc = UP_TO_BOILERPLATE(Document(text))
    assert "Why Berlin’s ticket is a bargain" in doc.text


def test_tag_link_texts_reads_only_tag_pages() -> None:
    links = [
        {"text": "Energy", "url": "https://example.org/tag/energy/"},
        {"text": "Europe", "url": "https://example.org/topics/europe"},
        {"text": "Politik", "url": "https://example.de/thema/politik/"},
        {"text": "News", "url": "https://example.blogspot.com/search/label/News"},
        {"text": "All tags", "url": "https://example.org/tags/"},
        {"text": "Story", "url": "https://example.org/2024/story"},
        "not a record",
        {"text": 3, "url": "https://example.org/tag/x"},
    ]
    assert tag_link_texts(links) == {"energy", "europe", "politik", "news"}
    assert tag_link_texts(None) == frozenset()
    assert TAG_LINK.position == "bottom" and TAG_LINK.meta == "tags"


# --- robustness -----------------------------------------------------------------------

ADVERSARIAL = [
    "Lesen Sie auch: " + "x" * 200_000,
    "1" * 200_000,
    "1.2K\n" * 40_000,
    "Teilen\n" * 30_000,
    "Media contact:\n" + "Jane Doe\n" * 25_000,
    "Media contact:\n+1 " + "5" * 200_000,
    "Media contact:\n" + "a@" * 100_000,
    "The AP is solely responsible " + "for all " * 25_000,
    "The " + "x. " * 70_000 + "AP is solely responsible for all content.",
    "Follow our coverage of " + "a " * 100_000,
    "For more coverage of " + "the storm " * 20_000 + ", visit",
    "Catch all the " + "News, " * 35_000,
    "Stay up to date with the latest news: " + "download the " * 15_000,
    "View original content: " + "h" * 200_000,
    "Status\n" + "Help\n" * 30_000,
    "Urban Planning\n" * 15_000 + "1.2K",
    "Dieses Thema im Programm: " + "| " * 100_000,
    "CONTACT: " + " " * 200_000,
    "Listen\n" + "14\n" * 40_000,
    "Status\n\n" * 50_000,
    "Status\n" + "Leave a Reply\n" * 50_000 + "Status",
    "Status" + "\n" * 200_000 + "Help",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[repr(t[:14]) for t in ADVERSARIAL])
def test_adversarial_input_finishes(text: str) -> None:
    doc = run(text)
    assert len(doc.text) <= len(text)


def test_adversarial_tag_links_finish() -> None:
    text = "[Tag](https://example.org/tag/x)\n" * 20_000 + "/tag/" * 20_000
    doc = UP_TO_BOILERPLATE(Document(text))
    assert len(doc.text) <= len(text)


PIECES = [
    LEAD,
    MIDDLE,
    LAST,
    DE_LEAD,
    "More",
    "Less",
    "Save",
    "Teilen",
    "Mehr zum Thema",
    "Fernwärme: Warum die Preise so unterschiedlich sind",
    "Kommentare (12)",
    "Media contact:",
    "Jenna Ortiz",
    "+1 512-555-0142",
    "About Halvorsen Robotics",
    "1.2K",
    "14",
    "Estonia",
    "Listen",
    "Status",
    "Help",
    "The AP is solely responsible for all content.",
    "Follow our coverage of the war.",
    "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
    "9k+ Digital Media Outlets",
    "",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=25).map(
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


links = st.lists(
    st.fixed_dictionaries(
        {
            "text": st.one_of(
                st.sampled_from(["Estonia", "Urban Planning", "More"]), st.text(max_size=20)
            ),
            "url": st.one_of(st.just("https://x.org/tag/a"), st.text(max_size=30)),
        }
    ),
    max_size=5,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, links)
def test_tag_links_only_delete(text: str, records: list[dict[str, str]]) -> None:
    doc = Document(text)
    doc.metadata.extras["links"] = records
    BoilerplateCleaner()(doc)
    assert is_subsequence(doc.text, text)


def test_a_sentence_after_a_contact_heading_stays() -> None:
    sentence = "Jane Doe, the company's founder, will present the platform at the fair."
    doc = run(story(bottom=("Media Contact:", sentence)))
    assert removed(doc) == ["Media Contact:"]
    assert kept(doc, sentence)


# --- alone = false ---------------------------------------------------------------------


def test_a_footer_only_link_alone_stays() -> None:
    for line in ("Status", "Careers", "Text to speech"):
        doc = run(story(bottom=(line,)))
        assert kept(doc, line), removals(doc)
    doc = run(story(bottom=("Final standings", "Status", "Confirmed")))
    assert doc.edits == []


def test_a_footer_only_link_goes_with_its_column() -> None:
    doc = run(story(bottom=("Help", "Status", "About")))
    assert removals(doc) == [
        ("footer-column-item", "Help"),
        ("footer-column", "Status"),
        ("footer-column-item", "About"),
    ]
    doc = run(story(bottom=("Status", "Careers")))
    assert removed(doc) == ["Status", "Careers"]


def test_alone_in_a_user_rule_file(tmp_path: Path) -> None:
    path = tmp_path / "footer.toml"
    path.write_text(
        "[[rule]]\n"
        'id = "press-kit"\n'
        "pattern = '''press\\s+kit'''\n"
        'position = "bottom"\n'
        'then = "box"\n'
        "items = ['''imprint|jobs''']\n"
        "alone = false\n"
        'starts = ["press"]\n',
        encoding="utf-8",
    )
    config = BoilerplateConfig(rule_files=(str(path),))
    assert kept(run(story(bottom=("Press kit",)), config), "Press kit")
    doc = run(story(bottom=("Imprint", "Press kit", "Jobs")), config)
    assert removed(doc) == ["Imprint", "Press kit", "Jobs"]


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('[[rule]]\nid = "x"\npattern = "x"\nalone = false\n', "alone = false needs then"),
        (
            '[[rule]]\nid = "x"\npattern = "x"\nthen = "headlines"\nalone = "no"\n',
            "bad alone 'no'",
        ),
    ],
)
def test_bad_alone_is_a_rule_error(table: str, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        parse_rules(table, "my.toml")


RELATED_HEADINGS = [
    "Mehr zum Thema",
    "Mehr zum Thema:",
    "Das könnte Sie auch interessieren",
    "Das könnte dich auch interessieren",
    "Auch interessant",
    "Lesen Sie auch",
    "Weitere Artikel",
    "Ähnliche Beiträge",
    "Meistgelesen",
    "Top-Themen",
    "Mehr aus Bayern",
    "À lire aussi",
    "Sur le même sujet",
    "Les plus lus",
    "También te puede interesar",
    "Noticias relacionadas",
    "Lo más leído",
    "Leggi anche",
    "I più letti",
    "Lees ook",
    "Meest gelezen",
]


@pytest.mark.parametrize("heading", RELATED_HEADINGS)
def test_other_language_related_heading_takes_its_headlines(heading: str) -> None:
    headline = "Stadtwerke: Neues Heizkraftwerk geht ans Netz"
    doc = run(story(bottom=(heading, headline), paragraphs=(DE_LEAD, DE_MIDDLE, DE_LAST)))
    assert removals(doc) == [
        ("related-posts-intl", heading),
        ("related-posts-intl-item", headline),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch: Wie die Stadtwerke ihre Preise berechnen",
        "Lesen Sie mehr: Fernwärme im Vergleich",
        "Mehr zum Thema: Fernwärme wird teurer",
        "Mehr dazu: Fernwärme wird teurer",
        "Zum Thema: Was die Stadt plant",
        "Siehe auch: Fernwärme im Vergleich",
        "À lire aussi : La réforme des retraites adoptée",
        "Voir aussi : La réforme des retraites",
        "Lea también: El Gobierno aprueba la reforma",
        "Vedi anche: La riforma del governo",
        "Zie ook: Het kabinet valt",
    ],
)
def test_other_language_read_more_lines_go_anywhere(line: str) -> None:
    doc = run(story(middle=(line,), paragraphs=(DE_LEAD, DE_MIDDLE, DE_LAST)))
    assert removals(doc) == [("read-more-intl", line)]
