"""The embeds cleaner on the residue of many sites' widgets, family by family.

Each family comes in the wordings different sites and embed versions leave
(Instagram's fallback and its rendered card, Facebook's, TikTok's, Threads',
X's and Bluesky's buttons and counts, Telegram's widget, the consent
placeholders news sites wrap embeds in, local TV and YouTube players, audio
and podcast players, galleries, live blogs, finance tickers), with the
story lines that look like them and must be kept.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Document
from newsclean.cleaners.embeds import (
    find_embeds,
    is_social_embed,
)

from .conftest import is_subsequence
from .test_embeds import clean, kept_lines

HEAD = "Council votes to close Harbour Street market after 40 years"
STORY_1 = (
    "The city council voted on Tuesday to close the Harbour Street market at the end of the "
    "year, ending four decades of trading on the waterfront site."
)
STORY_2 = (
    "Stallholders said they had not been consulted, and one trader who has sold fish there "
    "since 1984 said the decision had come as a shock to everyone who works at the market."
)
STORY_3 = (
    "The council will meet again next month to discuss what will replace the market, and "
    "residents have been invited to send their ideas before the end of April."
)


def article_with(block: str, sep: str = "\n\n") -> str:
    return sep.join([HEAD, STORY_1, block, STORY_2]) + "\n"


def assert_removed(block: str, rules: set[str] | None = None, sep: str = "\n\n") -> Document:
    doc = clean(article_with(block, sep))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2], block
    assert {e.category for e in doc.edits} == {"embed"}
    assert all(e.replacement == "" for e in doc.edits)
    if rules is not None:
        assert {e.rule for e in doc.edits} == rules, block
    return doc


def assert_kept(block: str, sep: str = "\n\n") -> None:
    text = article_with(block, sep)
    doc = clean(text)
    assert doc.edits == [], [(e.rule, e.removed) for e in doc.edits]
    assert doc.text == text


# --- social posts: what their embeds leave ------------------------------------------

SOCIAL = [
    # Instagram: the fallback of its embed code, old and new
    "View this post on Instagram\n\nA post shared by Harbour Bakery (@harbourbakery)",
    "View this reel on Instagram\n\nA reel shared by @harbourbakery",
    "A video shared by Harbour Bakery (@harbourbakery) on Mar 3, 2024 at 10:15am PST",
    "View more on Instagram",
    # Instagram's rendered card: its counts and buttons
    "View more on Instagram\nLike\nComment\nShare\nSave\n12,345 likes\nView all 456 comments\n"
    "Add a comment...",
    "Liked by harbourbakery and 1,234 others",
    "1,234 posts · 4.5M followers",
    # Facebook's fallback: the post's signature line
    "Posted by Northfield Fire Department on Tuesday, March 3, 2026",
    "Posted by Harbour Street Market on Friday, 3 March 2026",
    # TikTok's fallback
    "@harbourbakery Last day at the old market #harbourstreet ♬ original sound - Harbour Bakery",
    "♬ Espresso - Sabrina Carpenter",
    "Watch on TikTok",
    # Threads
    "Post by @harbourbakery\n\nView on Threads",
    "See this post on Threads",
    # X: buttons, counts and the consent placeholder's words
    "View on X",
    "Embedded content from X",
    "See new posts",
    "Read 123 replies",
    "12.3K Views",
    "1,234 Reposts · 5,678 Likes",
    "Read the full conversation on X",
    "Replying to @citycouncil",
    "X post by Ann Lee (@annlee)",
    "Twitter Ads info and privacy",
    "This post is unavailable.",
    # Bluesky and Telegram
    "View on Bluesky\n\nEverybody can reply",
    "Read 5 replies on Bluesky",
    "View in Telegram",
    "If you have Telegram, you can view and join Harbour News right away.",
    "Don’t have Telegram yet? Try it now!",
    # consent placeholders around an embed (BBC, Sky, Guardian, Independent styles)
    "Allow X content?",
    "Allow Instagram content?",
    "This article contains content provided by X. We ask for your permission before anything "
    "is loaded, as they may be using cookies and other technologies. You may want to read X’s "
    "cookie policy and privacy policy before accepting. To view this content choose ‘accept "
    "and continue’.",
    "This content is provided by X, which may be using cookies and other technologies. To show "
    "you this content, we need your permission to use cookies.",
    "The BBC is not responsible for the content of external sites.",
    "Click to load Instagram content",
    "This content is not available due to your privacy preferences. Update your settings here "
    "to see it.",
    "Please enable cookies to view this content.",
    # German- and French-language sites' placeholders
    "Empfohlener externer Inhalt",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
    "personenbezogene Daten an Drittplattformen übermittelt werden.",
    "Contenu externe",
]


@pytest.mark.parametrize("block", SOCIAL)
def test_social_residue_is_removed(block: str) -> None:
    assert_removed(block)


@pytest.mark.parametrize("block", SOCIAL[:8])
def test_social_residue_between_single_line_breaks(block: str) -> None:
    assert_removed(block.replace("\n\n", "\n"), sep="\n")


def test_social_helper() -> None:
    assert is_social_embed("View on X") and is_social_embed("Post by @harbourbakery")
    assert not is_social_embed("He said the post was shared by thousands.")


SOCIAL_CARD_WORDS = [
    # short words that are only residue beside other residue
    ("View this post on Instagram\n\nLike\n\nComment", {"social-embed"}),
    ("View on X\n\nQuote\n\nShow more", {"social-embed"}),
    ("Read 123 replies\n\nReply\n\nCopy link", None),
    ("harbourbakery\n\nVerified\n\nView profile", {"social-embed"}),
    ("We won the cup!\n\n2:15 PM · Mar 3, 2026\n\nRead 12 replies", None),
]


@pytest.mark.parametrize(("block", "rules"), SOCIAL_CARD_WORDS)
def test_a_cards_short_words_go_with_it(block: str, rules: set[str] | None) -> None:
    doc = clean(article_with(block))
    if block.startswith("We won"):
        # the card's text, with no handle line above it, is not known to be the post's
        assert kept_lines(doc) == [HEAD, STORY_1, "We won the cup!", STORY_2]
        return
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    if rules is not None:
        assert {e.rule for e in doc.edits} == rules


SOCIAL_KEEP = [
    "He said the post was shared by thousands.",
    "A post shared by the mayor drew hundreds of angry comments within an hour.",
    "Posted by the council on Tuesday, the notice said the road would close for a week.",
    "Facebook post by councillor sparks outrage",
    "123 likes later, the post was quietly deleted.",
    "She has 4.5M followers on Instagram, her agent said.",
    "Skip to the end: the council said no.",
    "View the full report on the council's website.",
    "Read more on the council's plans below.",
    "This article contains content provided by Reuters.",
    "To view this content, readers will need to accept cookies, the regulator said.",
    "Ann Lee wrote on X: “We won the cup!”",
    "The clip was viewed 12.3K times before it was taken down.",
    # short words and handles alone: nothing says they are a card's
    "Quote",
    "Like",
    "Follow",
    "@harbourbakery",
    "12,000",
    "harbourbakery",
    "Show more",
    "Sunday on the pier #northport #summer",
    # counts that are a story's figures, not a card's
    "5 saves",
    "10,000 shares",
]


@pytest.mark.parametrize("block", SOCIAL_KEEP)
def test_social_lookalikes_are_kept(block: str) -> None:
    assert_kept(block)


# --- a post's own text, where its residue shows where it is ---------------------------


def test_consent_wrapper_takes_the_post_inside_it() -> None:
    block = (
        "Skip twitter post by Jo Stall\n\nAllow Twitter content?\n\n"
        "This article contains content provided by Twitter. We ask for your permission before "
        "anything is loaded, as they may be using cookies and other technologies.\n\n"
        "Accept and continue\n\n"
        "Forty years on this quay and not one letter from the council. Shameful.\n\n"
        "End of twitter post by Jo Stall"
    )
    doc = assert_removed(block, {"social-embed", "social-post"})
    assert [t.to_dict() for t in doc.metadata.tweets] == [
        {
            "name": "Jo Stall",
            "text": "Forty years on this quay and not one letter from the council. Shameful.",
        }
    ]


def test_consent_wrapper_of_another_network_goes_to_posts() -> None:
    block = (
        "Skip Instagram post by harbourbakery\n\nAllow Instagram content?\n\n"
        "Accept and continue\n\nEnd of Instagram post by harbourbakery"
    )
    doc = assert_removed(block)
    assert doc.metadata.extras["posts"] == [{"network": "instagram", "name": "harbourbakery"}]
    assert doc.metadata.tweets == []


def test_consent_wrapper_without_its_end_keeps_what_follows() -> None:
    block = "Skip twitter post by Jo Stall\n\nAllow Twitter content?"
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    # a story paragraph after an unclosed wrapper is never taken
    text = "\n\n".join([HEAD, STORY_1, "Skip twitter post by Jo Stall", STORY_2, STORY_3]) + "\n"
    assert kept_lines(clean(text)) == [HEAD, STORY_1, STORY_2, STORY_3]


def test_a_wrapper_never_takes_a_long_story_between_its_ends() -> None:
    story = " ".join([STORY_1, STORY_2, STORY_3] * 4)
    block = f"Skip twitter post by Jo Stall\n\n{story}\n\nEnd of twitter post by Jo Stall"
    assert story in clean(article_with(block)).text


def test_tiktok_caption_between_its_handle_and_its_sound() -> None:
    block = (
        "@harbourbakery\n\nLast day at the old market 😢 #harbourstreet #thanksforthememories\n\n"
        "♬ original sound - Harbour Bakery"
    )
    doc = assert_removed(block, {"social-embed", "social-post"})
    assert doc.metadata.extras["posts"] == [
        {
            "network": "tiktok",
            "handle": "harbourbakery",
            "text": "Last day at the old market 😢 #harbourstreet #thanksforthememories",
        }
    ]


def test_a_sound_line_does_not_take_the_story_above_it() -> None:
    text = "\n\n".join([HEAD, STORY_1, STORY_2, "♬ original sound - Harbour Bakery", STORY_3])
    assert kept_lines(clean(text + "\n")) == [HEAD, STORY_1, STORY_2, STORY_3]


def test_instagram_caption_above_its_signature() -> None:
    block = (
        "Sunday on the pier with the whole crew 🌊 #northport #summer\n\n"
        "A post shared by Northport Harriers (@northportharriers) on Mar 3, 2024 at 10:15am PST"
    )
    doc = assert_removed(block, {"social-embed", "social-post"})
    assert doc.metadata.extras["posts"] == [
        {
            "network": "instagram",
            "handle": "northportharriers",
            "name": "Northport Harriers",
            "date": "2024-03-03",
            "text": "Sunday on the pier with the whole crew 🌊 #northport #summer",
        }
    ]


@pytest.mark.parametrize(
    "above",
    [
        "The club posted a photo of the runners on Instagram:",
        "Fans flooded social media with the hashtag #JusticeForBiscuit.",
        STORY_2,
    ],
)
def test_the_story_above_an_instagram_signature_stays(above: str) -> None:
    block = f"{above}\n\nA post shared by Northport Harriers (@northportharriers)"
    text = article_with(block)
    assert above in clean(text).text


def test_instagram_card_caption_between_its_counts() -> None:
    block = (
        "12,345 likes\nharbourbakery\nLast day at the old market #harbourstreet\n"
        "View all 45 comments"
    )
    assert_removed(block, {"social-embed", "social-post"})


def test_posts_are_recorded() -> None:
    block = (
        "View this post on Instagram\n\nA post shared by Harbour Bakery (@harbourbakery)\n\n"
        "Posted by Northfield Fire Department on Tuesday, March 3, 2026\n\n"
        "Post by @harbourbakery\n\nView on Threads\n\n"
        "TikTok video from Harbour Bakery (@harbourbakery): “Last day at the market”"
    )
    doc = assert_removed(block, {"social-embed"})
    assert doc.metadata.extras["posts"] == [
        {"network": "instagram", "handle": "harbourbakery", "name": "Harbour Bakery"},
        {"network": "facebook", "name": "Northfield Fire Department", "date": "2026-03-03"},
        {"network": "threads", "handle": "harbourbakery"},
        {
            "network": "tiktok",
            "handle": "harbourbakery",
            "name": "Harbour Bakery",
            "text": "Last day at the market",
        },
    ]
    assert "posts" not in clean(article_with(block), record=False).metadata.extras


def test_a_blogs_posted_by_line_above_the_story_names_no_post() -> None:
    text = f"{HEAD}\n\nPosted by admin on Tuesday, March 3, 2026\n\n{STORY_1}\n\n{STORY_2}\n"
    doc = clean(text)
    assert kept_lines(doc) == [HEAD, STORY_1, STORY_2]
    assert "posts" not in doc.metadata.extras


def test_social_switch_turns_all_of_it_off() -> None:
    for block in SOCIAL[:5]:
        assert clean(article_with(block), social=False).edits == []


# --- players: local TV, YouTube, audio, podcasts --------------------------------------

PLAYERS = [
    # a local TV station's player
    "Now Playing\n\n01:42\n\nWater main break floods Main Street\n\nAUTOPLAY\n\nUp Next\n\n"
    "Council approves new water rates\n\n02:15\n\nWatch more videos",
    "LIVE NOW",
    "Video above: Crews work to repair a water main break on Main Street",
    "VIDEO ABOVE: See the damage on Main Street. Crews expect repairs to last into Friday.",
    "Watch below | The moment the roof gave way",
    "(Video above) Crews work to repair a water main break",
    "Next video in 5",
    # an embedded YouTube player, scraped after its script ran
    "Tap to unmute\nIf playback doesn't begin shortly, try restarting your device.\n"
    "You’re signed out\nSubscribe\nShare\nCopy link\nWatch later\nInfo\nShopping\n"
    "Watch on YouTube\nMore videos",
    "An error occurred. Try watching this video on www.youtube.com, or enable JavaScript if it "
    "is disabled in your browser.",
    "Playback on other websites has been disabled by the video owner.",
    "Watch this video on YouTube",
    "Watch the full video on YouTube",
    # audio players
    "Listen · 4:12",
    "Listen to this article • 5 min",
    "Listen\n\n4:12",
    "Listen to this article\n\n0:00 / 4:12\n\nDownload\n\nEmbed\n\nTranscript",
    "Show transcript",
    # podcast widgets
    "Subscribe: Apple Podcasts | Spotify",
    "Follow the podcast on Apple Podcasts",
    "Available on Apple Podcasts, Spotify and Pocket Casts",
]


@pytest.mark.parametrize("block", PLAYERS)
def test_player_residue_is_removed(block: str) -> None:
    assert_removed(block)


def test_video_above_goes_to_metadata() -> None:
    doc = assert_removed(PLAYERS[2], {"video-label"})
    assert doc.metadata.extras["videos"] == [
        {"title": "Crews work to repair a water main break on Main Street"}
    ]


PLAYERS_KEEP = [
    "Live music returned to the town square on Friday night for the first time since the flood.",
    "Now playing at the theatre is a revival of the musical, which opened on Friday.",
    "The video, which was posted on YouTube, shows the moment the old market roof collapsed.",
    "Video above shows the moment the roof gave way",
    "Up next: the council's budget",
    "Subscribe",
    "Download",
    "Transcript",
    "Live",
    "Listen\n\nThe mayor asked residents to stay calm and to keep away from the quay.",
    "Watch: he said it. Then he left and the talks went on without him.",
    "Available on request from the council offices.",
]


@pytest.mark.parametrize("block", PLAYERS_KEEP)
def test_player_lookalikes_are_kept(block: str) -> None:
    assert_kept(block)


# --- galleries ----------------------------------------------------------------------

GALLERIES = [
    "1 of 12\n\nNext slide\n\nPrevious\n\nExpand\n\nFullscreen",
    "Image 3 of 12",
    "Photo 1 / 8\n\nNext photo",
    "View gallery (12 photos)",
    "12 photos",
    "Next slide\n\n2/12\n\nClose",
    "Enlarge this image\n\ntoggle caption",
    "Swipe for more photos",
]


@pytest.mark.parametrize("block", GALLERIES)
def test_gallery_residue_is_removed(block: str) -> None:
    assert_removed(block)


GALLERIES_KEEP = [
    "Previous",
    "Expand",
    "1/12",
    "Step 1 of 3: fill in the form",
    "13 of 12",
    "Only 1 of 12 stallholders said they would move to the new site.",
]


@pytest.mark.parametrize("block", GALLERIES_KEEP)
def test_gallery_lookalikes_are_kept(block: str) -> None:
    assert_kept(block)


def test_gallery_switch() -> None:
    assert clean(article_with(GALLERIES[0]), galleries=False).edits == []


# --- live blogs ---------------------------------------------------------------------

LIVE_BLOGS = [
    "Show key events only\n\nPlease turn on JavaScript. Key events are shown only when "
    "JavaScript is enabled.\n\nKey events",
    "Key events\n\nShow key events only",
    "Updated at 10:15 GMT",
    "Updated at 10.15am BST",
    "Last updated at 10:15 GMT, 3 March 2026",
    "Pinned post\n\n2h ago\n\nShow key events only",
    "3 new updates",
    "Load more updates",
]


@pytest.mark.parametrize("block", LIVE_BLOGS)
def test_live_blog_residue_is_removed(block: str) -> None:
    assert_removed(block)


LIVE_KEEP = [
    "Key events",
    "Key events\n\n- 1984: the market opens on the quay\n\n- 2010: the roof collapses under snow",
    "Pinned post",
    "2h ago",
    "Updated at 10:15 GMT, the council's notice said the road would stay shut.",
]


@pytest.mark.parametrize("block", LIVE_KEEP)
def test_live_blog_lookalikes_are_kept(block: str) -> None:
    assert_kept(block)


def test_live_blog_switch() -> None:
    assert clean(article_with(LIVE_BLOGS[0]), live_blog=False).edits == []


# --- finance widgets' price tickers --------------------------------------------------

MARKET = "Bitcoin climbs as investors return to risk assets"
REPORT_1 = (
    "Bitcoin rose to $64,210 on Tuesday, up 2.3% on the day, traders said, as investors "
    "returned to risk assets after a week of losses."
)
REPORT_2 = (
    "Analysts said the rally could fade if the central bank signals that rates will stay "
    "higher for longer than markets now expect."
)


def market_report(block: str, where: str) -> str:
    parts = {
        "top": [block, MARKET, REPORT_1, REPORT_2],
        "middle": [MARKET, REPORT_1, block, REPORT_2],
        "bottom": [MARKET, REPORT_1, REPORT_2, block],
    }[where]
    return "\n\n".join(parts) + "\n"


TICKERS = [
    "BTC $64,210 +2.3%\nETH 3,120.55 -0.8%\nS&P 500 5,123.10 +0.4%",
    "Dow 39,123.45 +123.45 (+0.32%)\nNasdaq 16,274.94 +87.10 (+0.54%)",
    "Bitcoin (BTC) $64,210.00 ▲ 2.34%\n\nEthereum (ETH) $3,120.55 ▼ 0.81%",
    "EUR/USD 1.0845 +0.1%\nGold $2,345.60 +0.5%\nBrent $82.10 −1.2%",
    "BTC\n$64,210\n+2.3%\nETH\n$3,120.55\n-0.8%",
    "BTC $64,210 +2.3% | ETH $3,120.55 -0.8% | S&P 500 5,123.10 +0.4%",
]


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("block", TICKERS)
def test_ticker_at_the_edges_is_removed(block: str, where: str) -> None:
    doc = clean(market_report(block, where))
    assert kept_lines(doc) == [MARKET, REPORT_1, REPORT_2]
    assert {e.rule for e in doc.edits} == {"market-ticker"}


def test_ticker_in_the_middle_needs_four_entries() -> None:
    four = "BTC $64,210 +2.3%\nETH $3,120.55 -0.8%\nSOL $142.10 +5.1%\nXRP $0.52 -1.2%"
    assert kept_lines(clean(market_report(four, "middle"))) == [MARKET, REPORT_1, REPORT_2]
    text = market_report(TICKERS[0], "middle")
    assert clean(text).text == text


def test_a_ticker_above_the_title_goes_and_the_title_stays() -> None:
    doc = newsclean.clean(market_report(TICKERS[0], "top"))
    assert doc.metadata.title == MARKET
    assert doc.text.startswith(MARKET)


TICKERS_KEEP = [
    # the story's own tables: introduced, or under a heading after the story
    "Closing prices on Friday:\n\nBTC $64,210 +2.3%\nETH 3,120.55 -0.8%",
    "How markets closed\n\nS&P 500 5,123.10 +0.4%\nNasdaq 16,274.94 +0.6%",
    # a results table: counts, not prices
    "Labour 12,345 +4.5%\nConservative 10,234 -3.2%\nLib Dem 5,678 +1.1%",
    # prices in sentences, one per line
    "Bitcoin is up 2.3% at $64,210.\nEther fell 0.8% to $3,120.55.",
    "The S&P 500 closed at 5,123.10, up 0.4%, while the Nasdaq gained 0.6%.",
    # one entry alone
    "BTC $64,210 +2.3%",
    # percentages that are no prices
    "Turnout 64.2% +3.1%\nYes 52.1% +1.2%",
]


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize("block", TICKERS_KEEP)
def test_story_tables_and_prices_are_kept(block: str, where: str) -> None:
    text = market_report(block, where)
    if where == "top" and block.startswith("How markets"):
        return  # a heading above the title is not a story table (covered below)
    doc = clean(text)
    assert doc.text == text, [(e.rule, e.removed) for e in doc.edits]


def test_ticker_switch() -> None:
    assert clean(market_report(TICKERS[0], "top"), tickers=False).edits == []


# --- the default pipeline on whole articles ------------------------------------------

LOCAL_TV = (
    "Water main break floods downtown Millvale\n\n"
    "Video above: Crews work to repair a water main break on Main Street\n\n"
    "LIVE NOW\n\n"
    "MILLVALE, Ohio — A 16-inch water main burst under Main Street on Thursday afternoon, "
    "sending a sheet of water through downtown Millvale and forcing several businesses to close "
    "early.\n\n"
    "Now Playing\n\n01:42\n\nWater main break floods downtown Millvale\n\nAUTOPLAY\n\n"
    "Up Next\n\nMillvale council approves new water rates\n\n02:15\n\n"
    "Watch more videos\n\n"
    "Live music returned to the town square on Friday night for the first time since the "
    "flood, and residents said it felt like a fresh start.\n\n"
    "Listen · 4:12\n\n"
    "About 300 homes and businesses on the east side were without water Thursday evening."
)


def test_local_tv_article() -> None:
    doc = newsclean.clean(LOCAL_TV)
    assert doc.text == (
        "Water main break floods downtown Millvale\n\n"
        "A 16-inch water main burst under Main Street on Thursday afternoon, sending a sheet of "
        "water through downtown Millvale and forcing several businesses to close early.\n\n"
        "Live music returned to the town square on Friday night for the first time since the "
        "flood, and residents said it felt like a fresh start.\n\n"
        "About 300 homes and businesses on the east side were without water Thursday evening.\n"
    )


SOCIAL_ARTICLE = (
    f"{HEAD}\n\n{STORY_1}\n\n"
    "View this post on Instagram\n\n"
    "A post shared by Harbour Bakery (@harbourbakery)\n\n"
    "He said the post was shared by thousands of people within an hour.\n\n"
    "@harbourbakery\n\nLast day at the old market #harbourstreet #thanksforthememories\n\n"
    "♬ original sound - Harbour Bakery\n\n"
    f"{STORY_2}\n\n"
    "Post by @citycouncil\n\nView on Threads\n\n"
    f"{STORY_3}"
)


def test_social_article() -> None:
    doc = newsclean.clean(SOCIAL_ARTICLE)
    assert doc.text == (
        f"{HEAD}\n\n{STORY_1}\n\n"
        "He said the post was shared by thousands of people within an hour.\n\n"
        f"{STORY_2}\n\n{STORY_3}\n"
    )
    assert [p["network"] for p in doc.metadata.extras["posts"]] == [
        "instagram",
        "tiktok",
        "threads",
    ]


# --- properties and adversarial input ------------------------------------------------

PIECES = [
    HEAD,
    STORY_1,
    STORY_2,
    "",
    "View this post on Instagram",
    "A post shared by Harbour Bakery (@harbourbakery)",
    "Like",
    "@harbourbakery",
    "♬ original sound - Harbour Bakery",
    "Skip twitter post by Jo Stall",
    "End of twitter post by Jo Stall",
    "1 of 12",
    "Previous",
    "Show key events only",
    "Key events",
    "BTC $64,210 +2.3%",
    "ETH 3,120.55 -0.8%",
    "Closing prices:",
    "Video above: Crews at work",
    "Listen",
    "4:12",
    "12.3K Views",
    "Sunday on the pier #northport #summer",
    # counts that are a story's figures, not a card's
    "5 saves",
    "10,000 shares",
]


def _check(text: str) -> None:
    doc = clean(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    assert clean(doc.text).text == doc.text
    if "Skip twitter post" in text and "End of twitter post" in text:
        return  # what a consent wrapper encloses is the embed's, whatever it says
    for line in (STORY_1, STORY_2):
        assert doc.text.count(line) == text.count(line)


@given(st.lists(st.sampled_from(PIECES), max_size=16), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=300, deadline=None)
def test_articles_of_site_residue_only_lose_text(lines: list[str], sep: str) -> None:
    _check(sep.join(lines))


@given(st.text(alphabet="@♬·•%$+-—1 2:.,aAB\n#()", max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_string_of_residue_characters_only_loses_text(text: str) -> None:
    doc = clean(text)
    assert is_subsequence(doc.text, text)


@pytest.mark.parametrize(
    "text",
    [
        "♬" * 200_000,
        "@a " * 60_000 + "♬ x",
        "·" * 200_000,
        "%" * 200_000,
        "1" * 200_000 + "%",
        "A1 " * 60_000 + "+1%",
        "BTC $64,210 +2.3% " * 10_000,
        "\n".join(["BTC $64,210 +2.3%"] * 20_000),
        "A post shared by " + "a " * 100_000 + "(@a)",
        "Posted by " + "a " * 100_000 + " on Tuesday, March 3, 2026",
        "This article contains content provided by X " + "cookies " * 40_000,
        "\n".join(["Skip twitter post by A", "x", "End of twitter post by A"] * 5_000),
        "\n".join(["annlee", "View profile"] * 20_000),
        "updated at 10:15 " + "gmt " * 50_000,
        "1 of " * 50_000,
        "12.3K views · " * 30_000,
        "Replying to @a and " * 20_000,
        "Video above: " + "word " * 40_000,
        "(" * 200_000 + "@",
        " " * 200_000 + "%",
    ],
    ids=lambda t: repr(t[:16]),
)
def test_adversarial_input_finishes(text: str) -> None:
    find_embeds(text)
