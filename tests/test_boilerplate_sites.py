"""Boilerplate families as whole kinds of sites print them: wire copy reposted on
regional sites, UK tabloids and broadsheets, international and Indian outlets,
German, Portuguese and Italian sites, US local TV stations, blog reposts,
public-radio transcript pages, crypto and finance blogs and US national sites.

Each family is an article: a short story with the site's furniture around it
(and, where sites put it there, between its paragraphs). The story must come
out word for word and the furniture must be gone. The story sentences that
look like furniture stay wherever they are.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Document, default_pipeline
from newsclean.cleaners.boilerplate import BoilerplateCleaner, packaged_rules

from .boilerplate_article import LAST, LEAD, MIDDLE, kept, removals, removed, run, story
from .conftest import is_subsequence

CLEANER = BoilerplateCleaner()


def article(*blocks: str) -> str:
    """An article made of its lines, one blank line between them."""
    return "\n\n".join(blocks)


def check(text: str, story_lines: tuple[str, ...], furniture: tuple[str, ...]) -> Document:
    """Run the boilerplate cleaner: every story line stays word for word, every
    furniture line goes."""
    doc = run(text)
    for line in story_lines:
        assert kept(doc, line), (line, removals(doc))
    gone = set(removed(doc))
    for line in furniture:
        assert line in gone, (line, removals(doc))
        assert not kept(doc, line), line
    return doc


def rule_of(doc: Document, line: str) -> str:
    """The rule that removed a line."""
    (rule,) = {rule for rule, text in removals(doc) if text == line}
    return rule


# --- wire copy reposted on regional sites --------------------------------------------

REUTERS_STORY = (
    "Oil prices rose more than 2% on Tuesday after OPEC+ members agreed to extend their "
    "output cuts into the second quarter, tightening supply as demand picks up in Asia.",
    "Brent crude futures were up $1.74, or 2.1%, at $84.30 a barrel by 1145 GMT, while U.S. "
    "West Texas Intermediate crude gained $1.62, or 2.1%, to $79.80.",
    "Analysts said the extension had been widely expected, but that the size of the cuts "
    "surprised some traders who had bet on a gradual easing from April.",
)


def test_reuters_repost_on_a_regional_site() -> None:
    furniture = (
        "Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
        "newsletter. Sign up here.",
        "Sign up here.",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Purchase Licensing Rights, opens new tab",
        "Suggested Topics:",
    )
    text = article(
        "Oil rises as OPEC+ extends cuts",
        *REUTERS_STORY[:2],
        furniture[0],
        REUTERS_STORY[2],
        furniture[1],
        furniture[2],
        furniture[3],
        furniture[4],
        "Commodities",
        "Energy",
    )
    doc = check(text, REUTERS_STORY, furniture)
    assert rule_of(doc, furniture[1]) == "signup-call"
    assert rule_of(doc, furniture[3]) == "rights-and-reuse"
    assert doc.metadata.tags == ["Commodities", "Energy"]


def test_a_links_screen_reader_hint_goes_from_inside_a_kept_line() -> None:
    line = (
        "The company said in a filing, opens new tab with the regulator that it would appeal "
        "the ruling, which it called unfounded and contrary to the evidence presented."
    )
    doc = run(story(middle=(line,)))
    assert kept(
        doc,
        "The company said in a filing with the regulator that it would appeal the ruling, "
        "which it called unfounded and contrary to the evidence presented.",
    )
    assert removals(doc) == [("link-hint", ", opens new tab")]


def test_ap_and_afp_copy_reposted() -> None:
    furniture = (
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "burs-ft/lb",
    )
    doc = check(story(bottom=furniture), (LEAD, MIDDLE, LAST), furniture)
    assert rule_of(doc, "burs-ft/lb") == "wire-slug"


@pytest.mark.parametrize("slug", ["mlb/jj", "bur-jm/sst", "jm/sst/dw"])
def test_agency_desk_slugs_go_at_the_bottom_only(slug: str) -> None:
    assert removals(run(story(bottom=(slug,)))) == [("wire-slug", slug)]
    assert kept(run(story(middle=(slug,))), slug)


@pytest.mark.parametrize("line", ["and/or", "he/she", "Mlb/jj"])
def test_slug_shaped_words_stay(line: str) -> None:
    assert kept(run(story(bottom=(line,))), line)


# --- UK tabloids and broadsheets ----------------------------------------------------

TABLOID_STORY = (
    "A mother of three has told how she was left stranded on a motorway for six hours after "
    "her car broke down in the snow, with no help arriving until the early hours.",
    "The 34-year-old said she called the recovery service four times before a patrol finally "
    "reached her on the hard shoulder near junction 12 just after 2am.",
    "The company apologised on Tuesday and said the severe weather had left its patrols "
    "stretched across the region, with waiting times of up to eight hours.",
)


def test_uk_tabloid_furniture() -> None:
    top = ("Share or comment on this article:", "View comments")
    bottom = (
        "Read more:",
        "MOST READ NEWS",
        "Previous",
        "Next",
        "Do you have a story? Email tips@example.co.uk",
        "We pay for your stories! Do you have a story for The Example news desk?",
        "Got a story? Email webnews@example.co.uk",
        "123 comments",
        "Share what you think",
        "The comments below have not been moderated.",
        "The views expressed in the contents above are those of our users and do not "
        "necessarily reflect the views of Example Online.",
        "We are no longer accepting comments on this article.",
        "Comments 123",
    )
    text = article("Mother stranded for six hours", *top, *TABLOID_STORY, *bottom)
    check(text, TABLOID_STORY, (*top, *bottom))


@pytest.mark.parametrize(
    "notice",
    [
        "For confidential support call the Samaritans on 116 123 or visit samaritans.org",
        "For confidential support, call the Samaritans on 116 123, visit samaritans.org or "
        "email jo@samaritans.org",
        "If you have been affected by any of the issues raised in this article, contact the "
        "Samaritans on 116 123.",
        "If you or someone you know is struggling, call or text 988 to reach the 988 Suicide & "
        "Crisis Lifeline.",
        "In the UK and Ireland, Samaritans can be contacted on freephone 116 123, or email "
        "jo@samaritans.org.",
        "Anyone who needs support can contact Lifeline on 13 11 14.",
        "If you are experiencing domestic abuse, call the National Domestic Abuse Helpline on "
        "0808 2000 247.",
    ],
)
def test_support_helplines_at_the_end(notice: str) -> None:
    doc = run(story(bottom=(notice,)))
    assert removals(doc) == [("support-helpline", notice)]


@pytest.mark.parametrize(
    "line",
    [
        "The 988 Suicide & Crisis Lifeline received 5 million calls and texts in its first year.",
        "If you are struggling, call 988, she said.",
        "In the UK, the helpline was launched in 2019 and now gets 1,000 calls a day.",
        "Samaritans volunteers have answered calls for 70 years, the charity said.",
    ],
)
def test_stories_about_helplines_stay(line: str) -> None:
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


def test_uk_broadsheet_furniture() -> None:
    bottom = (
        "Sign up to the Front Page newsletter for free: Your essential guide to the day's news",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of you. This may include adverts from us and 3rd parties based on our "
        "understanding. You can unsubscribe at any time. More info",
        "Join our commenting forum",
        "Join thought-provoking conversations, follow other Example readers and see their replies",
        "Broaden your horizons with award-winning British journalism. Try The Example free for "
        "1 month with unlimited access to our award-winning website, exclusive app, "
        "money-saving offers and more.",
        "Corrections and clarifications",
    )
    check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)


def test_a_newsletter_box_in_the_tabloid_style() -> None:
    box = (
        "Get the biggest daily stories by email",
        "Subscribe",
        "We will use your email address only for the purpose of sending you newsletters. "
        "Please see our Privacy Notice for details of your data protection rights.",
        "Thank you for subscribing!",
        "We have more newsletters",
        "Show me",
    )
    check(story(middle=box), (LEAD, MIDDLE, LAST), box)


# --- international sites -------------------------------------------------------------

AJ_STORY = (
    "At least 30 people have been killed in overnight strikes on the city, according to "
    "health officials, as rescue teams searched the rubble of three apartment blocks.",
    "The United Nations said aid convoys had been unable to reach the north of the territory "
    "for more than a week because of fighting along the main road.",
    "Talks on a ceasefire are due to resume in Cairo on Thursday, mediators said, though "
    "neither side has publicly softened its demands since the last round.",
)


def test_a_related_stories_box_scraped_into_the_middle_of_the_story() -> None:
    box = (
        "Recommended Stories",
        "list of 3 items",
        "list 1 of 3",
        "UN warns of famine in the north",
        "list 2 of 3",
        "Mediators push for new round of talks",
        "list 3 of 3",
        "Aid trucks stuck at the border crossing",
        "end of list",
    )
    text = article("Strikes kill 30 overnight", AJ_STORY[0], *box, *AJ_STORY[1:])
    doc = check(text, AJ_STORY, box)
    assert rule_of(doc, "list of 3 items") == "list-frame"
    assert rule_of(doc, "UN warns of famine in the north") == "list-entry-item"


def test_the_frame_of_a_box_goes_even_without_its_heading() -> None:
    frame = (
        "list of 2 items",
        "list 1 of 2",
        "Floods hit the coast",
        "list 2 of 2",
        "Dam breaks in the south",
        "end of list",
    )
    check(story(middle=frame), (LEAD, MIDDLE, LAST), frame)


def test_the_source_line_of_an_international_site_is_left_to_the_bylines_step() -> None:
    # "Source: Al Jazeera and news agencies" says where the story came from: the
    # house style counts it as a byline line, and the bylines step records it
    line = "Source: Al Jazeera and news agencies"
    assert kept(run(story(bottom=(line,))), line)
    doc = Document(article("Strikes kill 30 overnight", *AJ_STORY, line))
    default_pipeline()(doc)
    assert line not in doc.text
    assert all(paragraph in doc.text for paragraph in AJ_STORY)
    assert doc.metadata.original_source == "Al Jazeera and news agencies"


def test_international_broadcaster_furniture() -> None:
    top = ("Skip next section Related topics", "Go to accessibility shortcuts")
    bottom = (
        "Daily newsletter Receive essential international news every morning Subscribe",
        "Follow DW on Facebook and X",
        "Download the Example 24 app",
        "This article was originally published in German.",
        "Recommended",
    )
    doc = check(story(top=top, bottom=bottom), (LEAD, MIDDLE, LAST), (*top, *bottom))
    # a note about the language is not a source
    assert doc.metadata.original_source == ""
    note = "This article was originally published in German."
    assert rule_of(doc, note) == "translation-note"


# --- Indian outlets ------------------------------------------------------------------

INDIA_STORY = (
    "The Sensex fell 800 points on Tuesday as foreign investors continued to pull money out "
    "of Indian equities ahead of the central bank's policy meeting next week.",
    "Banking and IT stocks led the decline, while the rupee weakened to a record low against "
    "the dollar in early trade before recovering slightly by the close.",
    "Analysts said the market could remain volatile until the monetary policy committee "
    "announces its decision on interest rates on Friday.",
)


def test_indian_outlet_furniture() -> None:
    middle = ("Also Read | Gold prices hit a record high as the rupee slides",)
    heading = ("ALSO READ", "Rupee hits record low against the dollar")
    bottom = (
        "(With agency inputs)",
        "(This story has not been edited by Example staff and is auto-generated from a "
        "syndicated feed.)",
        "Catch all the Business News, Market News, Breaking News Events and Latest News "
        "Updates on Example Mint. Download The Example Mint News App to get Daily Market "
        "Updates.",
        "Get the latest India news on Example Times along with the latest news from across the "
        "world.",
        "Track the latest news, live updates and analysis on Example Today.",
        "(You can now subscribe to our Example Markets WhatsApp channel)",
        "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts "
        "are their own. These do not represent the views of The Example Times)",
    )
    text = article(
        "Sensex tanks 800 points",
        INDIA_STORY[0],
        *middle,
        INDIA_STORY[1],
        *heading,
        INDIA_STORY[2],
        *bottom,
    )
    doc = check(text, INDIA_STORY, (*middle, *heading, *bottom))
    assert rule_of(doc, "(With agency inputs)") == "agency-inputs"
    assert rule_of(doc, bottom[1]) == "syndicated-feed-note"
    assert rule_of(doc, "Rupee hits record low against the dollar") == "read-also-heading-item"


@pytest.mark.parametrize(
    "note",
    [
        "(Except for the headline, this story has not been edited by Example staff and is "
        "published from a syndicated feed.)",
        "(Only the headline and picture of this report may have been reworked by the Example "
        "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
        "This story has been published from a wire agency feed without modifications to the "
        "text. Only the headline has been changed.",
        "(This is an unedited and auto-generated story from Syndicated News feed, Example Staff "
        "may not have modified or edited the content body)",
    ],
)
def test_syndicated_feed_notes(note: str) -> None:
    for where in ("top", "bottom"):
        doc = run(story(**{where: (note,)}))  # type: ignore[arg-type]
        assert removals(doc) == [("syndicated-feed-note", note)]


def test_a_named_agency_credit_is_left_to_the_bylines_step() -> None:
    # "(With inputs from PTI)" names who contributed: the bylines step records it
    line = "(With inputs from PTI)"
    assert kept(run(story(bottom=(line,))), line)


# --- German, Portuguese and Italian sites ---------------------------------------------

DE_STORY = (
    "Die Stadtwerke heben zum 1. April den Arbeitspreis für Fernwärme um 18 Prozent an. Das "
    "teilte das kommunale Unternehmen am Montag mit, nachdem der Aufsichtsrat zugestimmt hatte.",
    "Beim Mieterverein stößt die Erhöhung auf scharfe Kritik. Anders als bei Strom oder Gas "
    "könnten Fernwärmekunden nicht einfach den Anbieter wechseln, sagte die Vorsitzende.",
    "Verbraucherschützer raten Betroffenen, die neue Abrechnung genau zu prüfen, weil "
    "Preisanpassungsklauseln immer wieder von Gerichten für unwirksam erklärt worden sind.",
)


def test_german_site_furniture() -> None:
    middle = ("Lesen Sie auch: Heizkosten 2026 – womit Verbraucher jetzt rechnen müssen",)
    bottom = (
        "Dieser Artikel erschien zuerst bei der Example Zeitung.",
        "Jetzt die neue App herunterladen",
        "Zur Startseite",
        "Mehr zum Thema",
        "Fernwärme: Was Mieter wissen müssen",
    )
    text = article("Fernwärme wird teurer", DE_STORY[0], *middle, *DE_STORY[1:], *bottom)
    doc = check(text, DE_STORY, (*middle, *bottom))
    assert doc.metadata.original_source == "Example Zeitung"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Dieser Beitrag ist zuerst bei Example.NET erschienen.", "Example.NET"),
        ("Zuerst erschienen bei Example Online", "Example Online"),
        ("Cet article a été initialement publié sur The Conversation.", "The Conversation"),
        (
            "Este artículo fue publicado originalmente en The Conversation. Lea el original.",
            "The Conversation",
        ),
        ("Questo articolo è stato pubblicato originariamente su Example News.", "Example News"),
        (
            "Este artigo foi publicado originalmente no The Conversation Brasil.",
            "The Conversation Brasil",
        ),
        ("Dit artikel verscheen eerder in Example Krant.", "Example Krant"),
    ],
)
def test_first_published_notices_in_other_languages_fill_the_source(line: str, source: str) -> None:
    doc = run(story(bottom=(line,)))
    assert removals(doc) == [("originally-published-intl", line)]
    assert doc.metadata.original_source == source


@pytest.mark.parametrize(
    "line",
    [
        "Der Artikel erschien zuerst in gedruckter Form, dann online.",
        "Este artículo fue publicado originalmente en inglés.",
    ],
)
def test_first_published_sentences_without_a_source_stay(line: str) -> None:
    assert kept(run(story(bottom=(line,))), line)


BR_STORY = (
    "A Prefeitura de São Paulo anunciou nesta terça-feira um plano para ampliar a coleta "
    "seletiva em todos os bairros da cidade até o fim do ano que vem.",
    "Segundo a secretaria responsável, o número de caminhões vai dobrar e os pontos de entrega "
    "voluntária passarão a funcionar também aos domingos.",
    "Especialistas ouvidos pela reportagem afirmam que a medida é importante, mas cobram "
    "campanhas de conscientização para que os moradores separem o lixo corretamente.",
)


def test_brazilian_site_furniture() -> None:
    middle = ("📲 Participe do canal do g1 SP no WhatsApp", "Leia também: Governo aprova reforma")
    bottom = (
        "Compartilhe",
        "Siga o g1 no Instagram",
        "Receba as notícias do g1 no seu WhatsApp",
        "VÍDEOS: Tudo sobre São Paulo e região",
        "Veja os vídeos mais assistidos do g1",
        "Leia mais notícias da região no g1 Campinas",
        "Comunicar erro",
        "Carregando...",
    )
    text = article(
        "Prefeitura amplia coleta seletiva", BR_STORY[0], *middle, *BR_STORY[1:], *bottom
    )
    check(text, BR_STORY, (*middle, *bottom))


def test_portuguese_site_furniture() -> None:
    bottom = (
        "Leia também",
        "Partilhe",
        "Siga-nos no Instagram",
        "É proibida a reprodução deste conteúdo sem autorização.",
        "Este conteúdo não pode ser reproduzido sem autorização.",
    )
    check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)


def test_italian_site_furniture() -> None:
    middle = (
        "Leggi anche: Il governo approva la riforma",
        "Per approfondire",
        "La riforma in dieci punti",
    )
    bottom = (
        "Riproduzione riservata ©",
        "Iscriviti alla newsletter",
        "Ricevi le notizie di Example sul tuo WhatsApp",
        "Clicca qui per iscriverti al canale WhatsApp di Example",
        "Scarica l'app di Example News",
        "Guarda anche:",
        "Vietata la riproduzione",
    )
    check(story(middle=middle, bottom=bottom), (LEAD, MIDDLE, LAST), (*middle, *bottom))


@pytest.mark.parametrize(
    "line",
    [
        "Recebe mensagens pelo WhatsApp há anos, disse a vítima.",
        "Receba mensagens pelo WhatsApp.",
        "Veja os vídeos abaixo.",
        "O conteúdo não pode ser divulgado, decidiu o juiz.",
        "Fehler melden die Behörden selten, sagte der Anwalt.",
        "Die App herunterladen wollten nur wenige, sagte der Sprecher.",
    ],
)
def test_other_language_story_lines_stay(line: str) -> None:
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


# --- US local TV stations ------------------------------------------------------------


def test_local_tv_station_furniture() -> None:
    bottom = (
        "Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed.",
        "For the latest news, weather, sports, and streaming video, head to WKRB 12.",
        "Download the WKRB 12 News app",
        "Get the latest news delivered to your inbox",
        "Stream WKRB 12 News live on Roku, Fire TV and Apple TV.",
        "Watch WKRB 12 News anytime, anywhere with our free streaming app.",
        "Stay up to date with the latest news by downloading our app.",
        "Follow WKRB 12 on Facebook",
        "Send news tips to news@wkrb.example",
        "Report a typo",
        "Sign up for our newsletters",
        "Sign up for breaking news alerts.",
    )
    check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)


# --- blog reposts and WordPress residue --------------------------------------------------


def test_wordpress_repost_residue() -> None:
    bottom = (
        "This article was originally published on The Conversation. Read the original article.",
        "Share this:",
        "Click to share on X (Opens in new window)",
        "X",
        "Click to share on Facebook (Opens in new window)",
        "Facebook",
        "Like this:",
        "Like Loading...",
        "Be the first to like this.",
        "Related",
        "Xi arrives in Moscow for talks",
        "Oil prices rise on supply fears",
        "Posted in Uncategorized",
        "Previous Post: Xi meets Putin",
        "Next Post: Oil prices rise",
        "Discover more from Example Blog",
        "Subscribe to get the latest posts sent to your email.",
        "Type your email…",
        "Subscribe",
    )
    doc = check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)
    assert doc.metadata.original_source == "The Conversation"
    assert rule_of(doc, "Previous Post: Xi meets Putin") == "post-navigation"


def test_a_lone_previous_or_next_in_the_story_stays() -> None:
    for line in ("Previous", "Next", "Next Post: Oil prices rise"):
        assert kept(run(story(middle=(line,))), line)


# --- public-radio transcript pages -------------------------------------------------------

TRANSCRIPT = (
    "MARY LOUISE KELLY, HOST:",
    "The river rose six feet overnight in parts of the valley, and more rain is on the way. "
    "NPR's Ruth Okafor is there and joins us now. Hi, Ruth.",
    "RUTH OKAFOR, BYLINE: Hi, Mary Louise. I'm standing on what was a parking lot yesterday, "
    "and right now the water is up to the second step of the courthouse behind me.",
    "(SOUNDBITE OF MUSIC)",
    "OKAFOR: Emergency crews spent the night going door to door, and the county says about "
    "two hundred people have moved into a shelter at the high school.",
    "KELLY: NPR's Ruth Okafor. Thank you, Ruth.",
    "OKAFOR: Thank you.",
)


def test_public_radio_transcript_page() -> None:
    top = ("Heard on All Things Considered", "Transcript")
    middle = ("Sponsor Message",)
    bottom = (
        "Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and "
        "permissions pages at www.npr.org for further information.",
        "NPR transcripts are created on a rush deadline by an NPR contractor. This text may "
        "not be in its final form and may be updated or revised in the future. Accuracy and "
        "availability may vary. The authoritative record of NPR’s programming is the audio "
        "record.",
        "Become an NPR sponsor",
        "Support for NPR comes from NPR member stations and the Example Foundation.",
        "Transcript provided by NPR, Copyright NPR.",
    )
    text = article(
        "Floodwaters rise in the valley", *top, *TRANSCRIPT[:3], *middle, *TRANSCRIPT[3:], *bottom
    )
    doc = check(text, TRANSCRIPT, (*top, *middle, *bottom))
    assert rule_of(doc, bottom[1]) == "transcript-notice"
    assert rule_of(doc, "Sponsor Message") == "sponsor-message"


def test_public_television_underwriting() -> None:
    bottom = (
        "Support for PBS NewsHour provided by",
        "Support Provided By: Learn more",
        "Watch the full episode",
        "Audio will be available later today.",
    )
    check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)


@pytest.mark.parametrize(
    "line",
    [
        "According to the transcript, the president said he would not resign before the vote.",
        "The transcripts are produced by the court reporter and were released on Monday.",
        "The transcript was released by the White House on Tuesday.",
        "Support for the bill comes from both parties, aides said.",
        "The research is supported by a grant from the NIH.",
        "Heard on the street: prices are rising.",
        "Read the transcript yourself, she said.",
    ],
)
def test_story_lines_about_transcripts_and_support_stay(line: str) -> None:
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


# --- crypto and finance blogs -----------------------------------------------------------

CRYPTO_STORY = (
    "Bitcoin rose to $64,210 on Tuesday, up 2.3% on the day, as inflows into spot exchange-"
    "traded funds picked up again after a week of outflows.",
    "Ether gained 0.8% to $3,120, while the total value of the crypto market climbed back above "
    "$2.4 trillion, according to data from an industry tracker.",
    "Traders said the moves were driven by expectations that the Federal Reserve would begin "
    "cutting interest rates as early as June.",
)


def test_crypto_blog_furniture() -> None:
    top = ("BTC $64,210 +2.3%", "ETH/USD 3,120.55 -0.8%", "SOL $142.10 +4.1%")
    middle = (
        "Read Next: Bitcoin miners brace for the halving",
        "Trending: Ethereum ETF approved",
        "ICYMI: The five biggest stories of the week",
    )
    bottom = (
        "Don't Miss: 5 altcoins to watch this week",
        "Disclaimer: This article is for informational purposes only and does not constitute "
        "financial advice.",
        "This article does not contain investment advice or recommendations. Every investment "
        "and trading move involves risk, and readers should conduct their own research when "
        "making a decision.",
        "Not financial advice.",
        "Join our Telegram channel to stay up to date on breaking news coverage",
        "Follow us on X (Twitter) for more crypto news.",
        "Market data provided by Example Data.",
        "Editorial Note: This article was produced with the help of AI and reviewed by an editor.",
        "Example Telegraph is committed to independent, transparent journalism. This news "
        "article is produced in accordance with Example Telegraph’s Editorial Policy and aims "
        "to provide accurate and timely information. Readers are encouraged to verify "
        "information independently.",
        "Our Editorial Policy",
    )
    text = article(
        *top,
        "Bitcoin climbs as ETF inflows return",
        CRYPTO_STORY[0],
        middle[0],
        CRYPTO_STORY[1],
        *middle[1:],
        CRYPTO_STORY[2],
        *bottom,
    )
    doc = check(text, CRYPTO_STORY, (*top, *middle, *bottom))
    assert rule_of(doc, "BTC $64,210 +2.3%") == "price-ticker"


def test_a_teaser_label_a_story_may_use_goes_only_at_the_edges() -> None:
    line = "Don't miss: the lantern festival in Chiang Mai"
    assert kept(run(story(middle=(line,))), line)
    teaser = "Don't Miss: 5 altcoins to watch this week"
    assert removals(run(story(bottom=(teaser,)))) == [("read-more-teaser", teaser)]


def test_a_lone_ticker_line_stays() -> None:
    line = "BTC $64,210 +2.3%"
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


def test_a_run_of_ticker_lines_in_the_story_stays() -> None:
    lines = ("BTC $64,210 +2.3%", "ETH/USD 3,120.55 -0.8%")
    doc = run(story(middle=lines))
    assert all(kept(doc, line) for line in lines)


def test_an_investing_sites_stock_picks_promo_and_disclosure() -> None:
    bottom = (
        "Should you invest $1,000 in Apple right now?",
        "Before you buy stock in Apple, consider this:",
        "The Example Advisor analyst team just identified what they believe are the 10 best "
        "stocks for investors to buy now… and Apple wasn’t one of them. The 10 stocks that made "
        "the cut could produce monster returns in the coming years.",
        "Consider when Nvidia made this list on April 15, 2005... if you invested $1,000 at the "
        "time of our recommendation, you’d have $800,000!*",
        "Now, it’s worth noting Example Advisor’s total average return is 900% — a "
        "market-crushing outperformance compared to 170% for the S&P 500.",
        "See the 10 stocks »",
        "*Example Advisor returns as of March 3, 2026",
        "Jane Roe has no position in any of the stocks mentioned. The Example Fool has "
        "positions in and recommends Apple. The Example Fool has a disclosure policy.",
    )
    check(story(bottom=bottom), (LEAD, MIDDLE, LAST), bottom)


@pytest.mark.parametrize(
    "line",
    [
        "The disclaimer was added after the lawsuit.",
        "Bitcoin rose to $64,210, up 2.3% on the day.",
        "Investing in bonds involves less risk than stocks, analysts say.",
        "Not financial advice, the regulator ruled, but marketing.",
        "Do your own research, he told his followers in a video.",
        "Market data showed a sharp fall in March, the central bank said.",
        "Market data provided by the exchange showed a 3% fall.",
        "Disclosure: the author owns shares in two of the companies named here.",
        "The author owns a bakery in Leeds.",
        "Where to invest now? Analysts are split.",
        "The company moved its chat service to Telegram last year.",
        "Telegram said it would appeal the ruling.",
        "Join the Telegram group, the organisers told the protesters.",
    ],
)
def test_finance_and_crypto_story_lines_stay(line: str) -> None:
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


# --- US national sites ---------------------------------------------------------------


def test_us_national_site_furniture() -> None:
    middle = (
        "CLICK HERE TO GET THE FOX NEWS APP",
        "CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM",
        "LIKE WHAT YOU’RE READING? CLICK HERE FOR MORE ENTERTAINMENT NEWS",
        "Related: Senate passes stopgap funding bill",
        "Go deeper: The budget fight, explained",
    )
    bottom = (
        "Support HuffPost",
        "At HuffPost, we believe that everyone needs high-quality journalism, but we understand "
        "that not everyone can afford to pay for expensive news subscriptions.",
        "Would you join us?",
        "Already contributed? Log in to hide these messages.",
        "Get more news like this by signing up for Example AM.",
        "Go deeper",
    )
    doc = check(story(middle=middle, bottom=bottom), (LEAD, MIDDLE, LAST), (*middle, *bottom))
    assert rule_of(doc, middle[1]) == "caps-promo"
    assert rule_of(doc, "Support HuffPost") == "support-outlet"
    assert doc.metadata.publisher == ""


@pytest.mark.parametrize(
    "line",
    [
        "TRUMP SIGNS ORDER TO DOWNLOAD DATA",
        "VOTERS SIGN UP IN RECORD NUMBERS",
        "Voters were told to click here to register, the state said.",
        "Support Ukraine.",
        "Support for the measure comes from rural districts.",
        "Would you join us for dinner, she asked.",
        "Go deeper into the cave and the air gets colder.",
        "Sources said the app was downloaded 2 million times.",
        "Also read the fine print, she said.",
        "Don't miss: the town's fireworks start at 9pm.",
        "Watch the game live on your smart TV.",
        "Get the latest news from the front, the general ordered.",
        "For more than 40 years, Smith covered news at The Times.",
        "Sign up for the program before Friday, officials urged.",
        "Get more sleep by signing up for fewer meetings.",
        "Police caught the suspect by downloading the victim's app data.",
        "Next year, the council will vote again.",
        "Daily newsletter readership rose 12 percent last year.",
        "Do you have a story for the committee? she asked.",
    ],
)
def test_story_lines_that_look_like_national_site_furniture_stay(line: str) -> None:
    for where in ("top", "middle", "bottom"):
        assert kept(run(story(**{where: (line,)})), line)  # type: ignore[arg-type]


# --- the whole pipeline --------------------------------------------------------------


@pytest.mark.parametrize(
    ("story_lines", "furniture"),
    [
        (REUTERS_STORY, ("Sign up here.", "Our Standards: The Thomson Reuters Trust Principles.")),
        (
            TABLOID_STORY,
            ("Share or comment on this article:", "MOST READ NEWS", "Previous", "Next"),
        ),
        (INDIA_STORY, ("Also Read | Gold prices hit a record", "(With agency inputs)")),
        (DE_STORY, ("Dieser Artikel erschien zuerst auf Example.de.", "Zur Startseite")),
        (BR_STORY, ("Compartilhe", "Receba as notícias do g1 no seu WhatsApp")),
        (CRYPTO_STORY, ("Not financial advice.", "Market data provided by Example Data.")),
        (TRANSCRIPT, ("Transcript", "Sponsor Message", "Become an NPR sponsor")),
    ],
)
def test_the_default_pipeline_keeps_each_story_word_for_word(
    story_lines: tuple[str, ...], furniture: tuple[str, ...]
) -> None:
    doc = Document(article("A headline for the story", *story_lines, *furniture))
    default_pipeline()(doc)
    lines = doc.text.split("\n")
    for line in story_lines:
        assert line in lines, line
    for line in furniture:
        assert line not in lines, line


# --- properties ------------------------------------------------------------------------

FURNITURE = [
    "Sign up here.",
    "list of 4 items",
    "list 1 of 4",
    "end of list",
    "Also Read",
    "BTC $64,210 +2.3%",
    "ETH/USD 3,120.55 -0.8%",
    "Sponsor Message",
    "Transcript",
    "Previous",
    "Next",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "(With agency inputs)",
    "Receba as notícias do g1 no seu WhatsApp",
    "Not financial advice.",
    "mlb/jj",
    "Support HuffPost",
    "The company said in a filing, opens new tab on Monday.",
]
LINES = st.lists(
    st.one_of(st.sampled_from([LEAD, MIDDLE, LAST, *FURNITURE, ""]), st.text(max_size=40)),
    max_size=14,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_only_removes_text_and_is_idempotent(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    doc = Document(text)
    CLEANER(doc)
    assert is_subsequence(doc.text, text)
    for paragraph in (LEAD, MIDDLE, LAST):
        assert text.count(paragraph) == doc.text.count(paragraph)
    again = Document(doc.text)
    CLEANER(again)
    assert again.text.split() == doc.text.split()


def test_the_rules_of_these_families_are_packaged() -> None:
    ids = {rule.id for rule in packaged_rules()}
    for rule_id in (
        "transcript-notice",
        "transcript-label",
        "sponsor-message",
        "underwriting",
        "show-label",
        "investment-disclaimer",
        "positions-disclosure",
        "disclosure-note",
        "market-data-credit",
        "price-ticker",
        "stock-picks-promo",
        "stock-picks-pitch",
        "support-helpline",
        "read-more-headline",
        "read-more-teaser",
        "list-frame",
        "list-entry",
        "more-videos-intl",
        "post-navigation",
        "skip-section",
        "loading-intl",
        "link-hint",
        "latest-news-promo",
        "station-stream-promo",
        "app-download-call",
        "app-promo-intl",
        "messenger-news",
        "caps-promo",
        "signup-call",
        "newsletter-heading",
        "discover-more",
        "support-outlet",
        "reader-appeal",
        "reader-appeal-favour",
        "trial-promo",
        "comment-section-notes",
        "report-error-intl",
        "reuse-restriction-intl",
        "ai-note",
        "journalism-standards-note",
        "syndicated-feed-note",
        "agency-inputs",
        "wire-slug",
        "originally-published-intl",
        "posted-in",
        "entry-meta",
    ):
        assert rule_id in ids, rule_id


ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "—" * 200_000,
    "@" * 200_000,
    " " * 200_000,
    "%" * 200_000,
    "/" * 200_000,
    "$1" * 100_000,
    "A " * 100_000,
    "CLICK HERE " * 18_000,
    "list of 4 items " * 12_000,
    "Support for " * 18_000,
    "If you are struggling call the Samaritans " * 4_500,
    "BTC $64,210 +2.3% " * 10_000,
    ("word " * 40_000).strip(),
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_single_lines_finish(text: str) -> None:
    # no timing assert: a catastrophic pattern would hang here
    doc = Document(text)
    start = time.perf_counter()
    CLEANER(doc)
    assert time.perf_counter() - start >= 0
    assert is_subsequence(doc.text, text)
