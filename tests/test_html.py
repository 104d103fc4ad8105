"""HTML input: the article's text and the metadata the markup gives for sure."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Metadata
from newsclean.html import byline_names, clean_html, html_to_text

DATA = Path(__file__).resolve().parent / "data" / "html"


def page(name: str) -> str:
    return (DATA / f"{name}.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return html_to_text(html)[0]


def meta_of(html: str) -> Metadata:
    return html_to_text(html)[1]


# --- three whole pages, written out by hand --------------------------------------

WORDPRESS_TEXT = (
    "Kremlin Talks Open With Praise for Beijing\n"
    "\n"
    "The first meeting between the two leaders opened at the Kremlin on Monday with an"
    " exchange of compliments 🇷🇺 🇨🇳.\n"
    "\n"
    "“We have a lot of joint tasks,” the Russian president told his guest, according to a"
    " pool report\u00a0published by state media.\n"
    "\n"
    "Officials in Washington were less enthusiastic. A White House spokesman said any call"
    " for a ceasefire now would be “unacceptable.”\n"
    "\n"
    "What comes next\n"
    "\n"
    "Talks resume on Tuesday 🤝. Items on the agenda include:\n"
    "\n"
    "• energy supplies through the Power of Siberia pipeline\n"
    "• payments in yuan\n"
)

NEWS_TEXT = (
    "Floods close Danube river port\n"
    "\n"
    "Barges are stranded as the river rises to its highest level in a decade.\n"
    "\n"
    "The port authority closed all berths on Sunday evening after the water rose above the"
    " quay wall.\n"
    "\n"
    "“We have never seen it this high,” said harbour master Ivo Marek. Crews moved"
    " containers to higher ground through the night.\n"
    "\n"
    "Shipping is expected to resume once the level falls below 6.5 metres, the authority"
    " said.\n"
)

FRAGMENT_TEXT = (
    "Council approves budget\n"
    "\n"
    "The city council voted 7–2 on Thursday to approve the 2025 budget, which adds funding"
    " for bus routes and\u00a0libraries.\n"
    "\n"
    "Councillor Ana Ruiz said:\n"
    "“This is a budget for every neighbourhood.”\n"
    "\n"
    "3. Roads: €4.1m\n"
    "4. Parks: €1.2m\n"
    "\n"
    "Budgets are moral documents.\n"
    "\n"
    "They show what a city values.\n"
    "\n"
    "The mayor is expected to sign it next week 👍.\n"
)


def test_wordpress_article_text() -> None:
    assert text_of(page("wordpress_tweet")) == WORDPRESS_TEXT


def test_wordpress_article_metadata() -> None:
    meta = meta_of(page("wordpress_tweet"))
    assert meta.title == "Kremlin Talks Open With Praise for Beijing"
    assert meta.authors == ["Mara Ilyina"]
    assert meta.publisher == "The Eastern Dispatch"
    assert meta.date == "2023-03-21"  # published, not the "updated" date
    assert meta.tags == ["World", "China", "Russia"]
    assert [t.to_dict() for t in meta.tweets] == [
        {
            "handle": "AZgeopolitics",
            "name": "AZ 🛰🌏🌍",
            "date": "2023-03-20",
            "links": ["pic.twitter.com/BQ4rzmynT"],
            "text": '"Welcome to Russia" — Xi Jinping has arrived in the Kremlin, an informal'
            " meeting with Vladimir Putin has started pic.twitter.com/BQ4rzmynT",
        }
    ]
    assert meta.extras == {
        "url": "https://easterndispatch.example/2023/03/21/kremlin-talks/",
        "lang": "en-US",
        # what went from inside the article is recorded with its text
        "html_dropped": [
            {
                "element": "div.sharedaddy.sd-sharing-enabled",
                "why": "furniture",
                "chars": 28,
                "text": "Share this:\nTwitter\nFacebook",
            },
            {
                "element": "div#jp-relatedposts.jp-relatedposts",
                "why": "furniture",
                "chars": 7,
                "text": "Related",
            },
            {
                "element": "footer.entry-footer",
                "why": "footer",
                "chars": 35,
                "text": "Posted in WorldTagged China, Russia",
            },
        ],
    }


def test_what_goes_inside_the_article_is_recorded_with_its_reason() -> None:
    html = (
        "<html><body><nav>Home | World</nav><aside>Most read: Other story</aside>"
        "<article><h1>Bridge reopens</h1>"
        "<p>The bridge reopened on Monday after two years of repairs.</p>"
        '<div class="share-bar">Share on Facebook</div>'
        '<p style="display:none">Hidden teaser text</p>'
        "<nav>Previous story | Next story</nav>"
        "<aside>Read also: Roads closed in June</aside>"
        "<p>Traffic was light in the first hours.</p>"
        '<section id="comments">2 comments. Leave a reply</section>'
        "<figure><img src='a.jpg'><figcaption>The bridge at dawn. Photo: AP</figcaption></figure>"
        "<button>Load more</button><noscript>Please enable JavaScript</noscript>"
        "<figure><img src='b.jpg'><p>Tap to enlarge</p><figcaption>Cars queue. Photo: AP"
        "</figcaption></figure>"
        "<div hidden>" + "teaser " * 400 + "</div>"
        "</article></body></html>"
    )
    text, meta = html_to_text(html)
    assert text == (
        "Bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.\n\n"
        "Traffic was light in the first hours.\n"
    )
    dropped = meta.extras["html_dropped"]
    assert [(d["why"], d["text"]) for d in dropped][:-1] == [
        ("furniture", "Share on Facebook"),
        ("hidden", "Hidden teaser text"),
        ("navigation", "Previous story | Next story"),
        ("sidebar", "Read also: Roads closed in June"),
        ("furniture", "2 comments. Leave a reply"),
        ("button", "Load more"),
        ("noscript", "Please enable JavaScript"),
        # a picture's figure holding more than its caption
        ("figure", "Tap to enlarge Cars queue. Photo: AP"),
    ]
    # a long element's text is cut, its length kept
    assert dropped[-1]["why"] == "hidden" and dropped[-1]["chars"] == len("teaser " * 400) - 1
    assert len(dropped[-1]["text"]) == 1001 and dropped[-1]["text"].endswith("…")
    # the page's own navigation, outside the article, was never article text
    assert all("Home" not in d["text"] and "Most read" not in d["text"] for d in dropped)
    # the caption is in the captions, not twice
    assert meta.extras["captions"] == ["The bridge at dawn. Photo: AP", "Cars queue. Photo: AP"]


def test_news_page_text() -> None:
    assert text_of(page("news_figure")) == NEWS_TEXT


def test_news_page_metadata() -> None:
    meta = meta_of(page("news_figure"))
    assert meta.title == "Floods close Danube river port"
    assert meta.authors == ["Petra Novak", "Jan Horak"]
    assert meta.publisher == "Riverside Herald"
    assert meta.date == "2024-09-16"
    assert meta.tags == ["Floods", "Shipping"]  # article:tag wins over keywords
    assert meta.tweets == []
    assert meta.extras["captions"] == [
        "Water covers the quay at the river port on Sunday. Photo: Danube Press Agency",
        "Barges moored near the old bridge. Photo: Reuters",
    ]


def test_fragment_text_and_metadata() -> None:
    text, meta = html_to_text(page("fragment"))
    assert text == FRAGMENT_TEXT
    assert meta.to_dict() == {}


def test_clean_html_wordpress() -> None:
    html = page("wordpress_tweet")
    doc = clean_html(html, path="kremlin.html")
    assert doc.original == WORDPRESS_TEXT
    assert doc.text == WORDPRESS_TEXT.replace("\u00a0", " ")
    assert doc.path == "kremlin.html"
    assert doc.attrs["html_chars"] == len(html)
    for tweet_part in ("Welcome to Russia", "pic.twitter.com", "AZgeopolitics", "March 20"):
        assert tweet_part not in doc.text
    assert "🇷🇺 🇨🇳" in doc.text
    assert "📷" not in doc.text
    assert doc.metadata.tweets[0].handle == "AZgeopolitics"
    assert doc.metadata.title == "Kremlin Talks Open With Praise for Beijing"
    for junk in ("Share this", "Leave a Reply", "Your email address", "Recent Posts", "Posted"):
        assert junk not in doc.text


def test_clean_html_news_page() -> None:
    doc = clean_html(page("news_figure"))
    assert doc.text == NEWS_TEXT
    for junk in ("Photo:", "Advertisement", "Most read", "Read more", "Subscribe", "©"):
        assert junk not in doc.text
    assert doc.metadata.authors == ["Petra Novak", "Jan Horak"]


def test_clean_html_fragment() -> None:
    doc = clean_html(page("fragment"))
    assert doc.text == FRAGMENT_TEXT.replace("\u00a0", " ")
    assert doc.metadata.title == "Council approves budget"  # the title step reads line one


# --- text form ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>  Hello <b> big </b>  world\n </p>", "Hello big world\n"),
        ("<p>one</p>\n\n<p>two</p>", "one\n\ntwo\n"),
        ("<h1>Head</h1><div>Body <i>text</i>.</div>", "Head\n\nBody text.\n"),
        ("a<br>b<br/><br>c", "a\nb\n\nc\n"),
        ("<p>line<br></p><p>next</p>", "line\n\nnext\n"),
        ("<p>Tom &amp; Jerry &mdash; &#8220;cats&#8221; &euro;5</p>", "Tom & Jerry — “cats” €5\n"),
        ("<p>see <a href='/x'>the report</a>.</p>", "see the report.\n"),
        ("<ul><li>one</li><li>two <b>2</b></li></ul>", "• one\n• two 2\n"),
        ("<ol><li>first</li><li>second</li></ol>", "1. first\n2. second\n"),
        ("<ol start='4'><li>fourth</li></ol><ol start='²'><li>x</li></ol>", "4. fourth\n\n1. x\n"),
        ("<ol start='" + "9" * 5000 + "'><li>big</li></ol>", "1. big\n"),
        ("<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>", "• a\n• a1\n• b\n"),
        ("<ul><li><p>para in item</p></li><li></li></ul>", "• para in item\n"),
        ("<p>Intro:</p><ul><li>x</li></ul><p>After.</p>", "Intro:\n\n• x\n\nAfter.\n"),
        (
            "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>12</td></tr></table>",
            "Party Seats\nGreen 12\n",
        ),
        ("<pre>x  = 1\ny  = 2</pre>", "x  = 1\ny  = 2\n"),
        (
            "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>",
            "Quoted one.\n\nQuoted two.\n",
        ),
        ("<p>a<span> </span>b</p><hr><p>c</p>", "a b\n\nc\n"),
        ("", ""),
        ("   \n\t ", ""),
        ("plain words, no markup", "plain words, no markup\n"),
    ],
)
def test_text_form(html: str, text: str) -> None:
    assert text_of(html) == text


@pytest.mark.parametrize(
    "junk",
    [
        "<script>var story = 'fake';</script>",
        "<style>.x{color:red}</style>",
        "<noscript>Enable JavaScript</noscript>",
        "<template><p>Later</p></template>",
        "<iframe src='https://ads.example/x'>frame text</iframe>",
        "<svg><title>Icon</title></svg>",
        "<form><p>Sign up to our newsletter</p><input name=e><button>Go</button></form>",
        "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>",
        "<aside>Most read today</aside>",
        "<footer>Contact us</footer>",
        "<button>Load more</button>",
        "<select><option>English</option></select>",
        "<div hidden>Hidden teaser</div>",
        "<span aria-hidden='true'>Decorative</span>",
        "<p style='display: none'>Invisible</p>",
        "<p style='visibility:hidden'>Invisible too</p>",
        "<span class='screen-reader-text'>Opens in a new window</span>",
        "<div class='social-share'><a href='#'>Facebook</a><a href='#'>Twitter</a></div>",
        "<div class='addtoany_share_save_container'>Share</div>",
        "<ul class='related-posts'><li>Other story</li></ul>",
        "<div id='comments'><p>Great article!</p></div>",
        "<section class='comments'><p>First!</p></section>",
        "<div class='comment-respond'><h3>Leave a Reply</h3></div>",
        "<div class='ad'><span>Advertisement</span></div>",
        "<!-- a comment -->",
    ],
)
def test_furniture_is_dropped(junk: str) -> None:
    html = f"<div><p>Story starts.</p>{junk}<p>Story ends.</p></div>"
    assert text_of(html) == "Story starts.\n\nStory ends.\n"


@pytest.mark.parametrize(
    "html",
    [
        # a class that only contains a taxonomy slug is not furniture
        "<div class='post tag-social-media category-related'><p>Story text here.</p></div>",
        # inline links with social classes inside prose are words of the story
        "<p>Story text <a class='social-link' href='#'>here</a>.</p>",
        # a blockquote's footer is its attribution
        "<blockquote><p>Story text</p><footer>here.</footer></blockquote>",
    ],
)
def test_lookalikes_are_kept(html: str) -> None:
    assert text_of(html).split() == ["Story", "text", "here."]


def test_site_header_dropped_article_header_kept() -> None:
    html = (
        "<header><p>The Gazette</p><nav>Home</nav></header>"
        "<article><header><h1>Storm hits coast</h1><p>A dek line.</p></header>"
        "<p>Winds reached 120 km/h.</p></article>"
    )
    assert text_of(html) == "Storm hits coast\n\nA dek line.\n\nWinds reached 120 km/h.\n"


# --- choosing the article ---------------------------------------------------------


def test_article_preferred_over_page() -> None:
    html = (
        "<body><div class='top'>Subscribe now for $1</div>"
        "<article><h1>Title here</h1><p>The story.</p></article>"
        "<div class='bottom'>More from us</div></body>"
    )
    assert text_of(html) == "Title here\n\nThe story.\n"


def test_entry_content_root_keeps_headline_first() -> None:
    html = (
        "<div class='post'><div class='post-header'><h1 class='entry-title'>Budget passes</h1>"
        "<span class='posted-on'>Tuesday</span></div>"
        "<div class='entry-content'><p>The vote was 7 to 2.</p></div>"
        "<div class='widget'>Archives</div></div>"
    )
    text, meta = html_to_text(html)
    assert text == "Budget passes\n\nThe vote was 7 to 2.\n"
    assert meta.title == "Budget passes"


def test_article_body_itemprop_root() -> None:
    html = (
        "<div>Sidebar words</div><div itemprop='articleBody'><p>Only this.</p></div>"
        "<div>Footer words</div>"
    )
    assert text_of(html) == "Only this.\n"


def test_teaser_card_is_not_taken_for_the_story() -> None:
    story = " ".join(["The council met on Monday to discuss the new bridge."] * 6)
    html = (
        "<html><head><title>Bridge vote delayed</title></head><body>"
        f"<div id='story'><h1>Bridge vote delayed</h1><p>{story}</p><p>{story}</p></div>"
        "<div class='more'><article class='card'><p>Other: a teaser.</p></article></div>"
        "</body></html>"
    )
    text = text_of(html)
    assert text.startswith("Bridge vote delayed\n\nThe council met")
    assert text.count("The council met") == 12


def test_story_div_with_headline_and_byline_outside_it() -> None:
    # a blog without <article>: byline bar and headline above the story's
    # container, long teasers of other posts below it
    teaser = " ".join(["A teaser of another post that runs on for a while."] * 6)
    html = (
        "<html><head><meta property='og:title' content='Hating the young'>"
        "<meta property='article:published_time' content='2013-07-19T17:08:44+00:00'></head>"
        "<body><div class='navbyline'><span class='logo'><a href='/'><img src='l.png'></a>"
        "</span> / <span class='author'><a href='/author/cd'>Cory Doe</a></span> / "
        "<span class='date'>10:08 am Fri</span> <span>Jul 19, 2013</span></div>"
        "<div id='headline'><h1>Hating the young</h1></div>"
        "<div id='story'><p><img src='strip.jpg'><br>\nA cartoonist took on the narrative"
        " of the lazy young.</p><p>(<i>via <a href='/x'>Geeks</a></i>)</p>"
        "<div class='share'><h3><a href='#'>SHARE</a> / <a href='#'>TWEET</a></h3></div></div>"
        + "".join(f"<div class='nextstory'><h2>Other</h2><p>{teaser}</p></div>" for _ in range(3))
        + "</body></html>"
    )
    text, meta = html_to_text(html)
    assert text == (
        "Hating the young\n\nA cartoonist took on the narrative of the lazy young.\n\n(via Geeks)\n"
    )
    assert (meta.authors, meta.date) == (["Cory Doe"], "2013-07-19")


def test_byline_bar_of_names_and_dates_is_removed() -> None:
    html = (
        "<div class='navbyline'><span class='author'><a href='/a'>Cory Doe</a></span> / "
        "<span class='date'>10:08 am Fri</span> Jul 19, 2013</div><p>The story.</p>"
    )
    text, meta = html_to_text(html)
    assert text == "The story.\n"
    assert meta.authors == ["Cory Doe"]


def test_page_wrapped_in_a_form_keeps_the_story() -> None:
    story = " ".join(["Residents said the water had been cut off for three days."] * 20)
    html = (
        "<body><form id='aspnetForm' method='post'><input type='hidden' name='__VIEWSTATE'>"
        f"<div class='content'><h1>Water cut</h1><p>{story}</p></div></form></body>"
    )
    assert text_of(html) == f"Water cut\n\n{story}\n"


def test_multiple_articles_metadata_only_from_the_story() -> None:
    story = " ".join(["A long paragraph of the main story goes on here."] * 8)
    html = (
        f"<article><h1>Main</h1><p>{story}</p></article>"
        "<section class='more-news'><article><h2>Other</h2>"
        "<span class='byline'>By Someone Else</span><p>Teaser.</p></article></section>"
    )
    text, meta = html_to_text(html)
    assert text == f"Main\n\n{story}\n"
    assert meta.authors == []


def test_headline_header_outside_article_is_kept() -> None:
    html = (
        "<header class='site-header'><p>The Gazette</p><nav><a href='/'>Home</a></nav></header>"
        "<div class='post'><header class='entry-header'><h1>Ferry service resumes</h1>"
        "<p>Crossings restart after a two-week strike.</p></header>"
        "<p>The first boat left at 6am.</p></div>"
    )
    assert text_of(html) == (
        "Ferry service resumes\n\nCrossings restart after a two-week strike.\n\n"
        "The first boat left at 6am.\n"
    )


def test_root_without_the_story_falls_back_to_the_page() -> None:
    story = " ".join(["Rescue teams reached the village after the landslide."] * 15)
    html = (
        "<article class='story'><h1>Landslide</h1><div class='teaser' hidden><p>x</p></div>"
        f"</article><div class='story-text'><p>{story}</p><p>{story}</p></div>"
    )
    assert text_of(html) == f"Landslide\n\n{story}\n\n{story}\n"


def test_unclosed_embed_does_not_swallow_the_story() -> None:
    story = " ".join(["The minister said the plan would be published next month."] * 12)
    html = (
        "<div class='entry-content'><p>Intro.</p>"
        "<blockquote class='twitter-tweet'><p>Tweet text</p>&mdash; A (@a) "
        "<a href='https://twitter.com/a/status/1'>May 2, 2024</a>"
        + "".join(f"<p>{story}</p>" for _ in range(6))
        + "</div>"
    )
    text = text_of(html)
    assert text.count("The minister said") == 72


def test_unclosed_figcaption_does_not_swallow_the_story() -> None:
    story = " ".join(["Officials counted the ballots twice before announcing the result."] * 12)
    html = f"<p>Intro.</p><figure><img src='a.jpg'><figcaption>Caption.<p>{story}</p>"
    assert text_of(html).endswith(f"{story}\n")


def test_svg_title_is_not_the_page_title() -> None:
    html = (
        "<svg><title>Facebook icon</title></svg><html><head><title>Real title</title></head>"
        "<body><p>Text.</p></body></html>"
    )
    assert meta_of(html).title == "Real title"


# --- tweets and embeds ------------------------------------------------------------


def test_tweet_lines_and_mentions() -> None:
    html = (
        "<p>Before.</p>"
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Line one<br>line two '
        '<a href="https://twitter.com/hashtag/Kyiv">#Kyiv</a> <a href="https://twitter.com/ann">'
        '@ann</a> <a href="https://t.co/abc">https://t.co/abc</a></p>&mdash; Ann Lee 🇺🇦 '
        '(@annlee) <a href="https://twitter.com/annlee/status/1?ref_src=twsrc">'
        "January 5, 2024</a></blockquote>"
        "<p>After.</p>"
    )
    text, meta = html_to_text(html)
    assert text == "Before.\n\nAfter.\n"
    (tweet,) = meta.tweets
    assert tweet.handle == "annlee"
    assert tweet.name == "Ann Lee 🇺🇦"
    assert tweet.date == "2024-01-05"
    assert tweet.links == ["https://t.co/abc"]
    assert tweet.text == "Line one\nline two #Kyiv @ann https://t.co/abc"


def test_tweet_without_paragraph_markup() -> None:
    html = (
        "<p>Story.</p><blockquote class='twitter-tweet' data-lang='en'>"
        "<a href='https://x.com/clashreport/status/163'>Loading tweet</a></blockquote>"
    )
    text, meta = html_to_text(html)
    assert text == "Story.\n"
    assert meta.tweets[0].handle == "clashreport"


def test_tweet_outside_the_article_is_not_its_metadata() -> None:
    html = (
        "<article><h1>T</h1><p>Story.</p></article>"
        "<div class='widget'><blockquote class='twitter-tweet'><p>Ad tweet</p>&mdash; Shop "
        "(@shop) <a href='https://twitter.com/shop/status/2'>May 1, 2024</a></blockquote></div>"
    )
    text, meta = html_to_text(html)
    assert text == "T\n\nStory.\n"
    assert meta.tweets == []


def test_instagram_and_video_embeds_are_recorded() -> None:
    html = (
        "<p>Story.</p>"
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/">'
        "<div><a href='https://www.instagram.com/p/Cx1/'>View this post on Instagram</a></div>"
        "<p>A post shared by Kyiv Zoo (@kyivzoo)</p></blockquote>"
        '<iframe src="https://www.youtube.com/embed/abc123" title="Video"></iframe>'
        "<p>More.</p>"
    )
    text, meta = html_to_text(html)
    assert text == "Story.\n\nMore.\n"
    assert meta.extras["embeds"] == [
        {"provider": "instagram", "url": "https://www.instagram.com/p/Cx1/"},
        {"provider": "iframe", "url": "https://www.youtube.com/embed/abc123"},
    ]


# --- emoji images -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("img", "shown"),
    [
        ('<img class="emoji" alt="🇷🇺" src="1f1f7-1f1fa.svg">', "🇷🇺"),
        ('<img draggable="false" role="img" class="wp-smiley" alt="😀" src="1f600.png">', "😀"),
        ('<img src="/static/1f525.png" alt="🔥" height="16">', "🔥"),  # alt is an emoji
        ('<img class="emoji" alt="👩‍👩‍👧" src="family.png">', "👩‍👩‍👧"),
        ('<img class="emoji" alt="" src="x.png">', ""),
        ('<img src="photo.jpg" alt="The minister at the podium">', ""),
        ('<img src="chart.png" alt="2024">', ""),
    ],
)
def test_emoji_images(img: str, shown: str) -> None:
    assert text_of(f"<p>Go{img}!</p>") == f"Go{shown}!\n"


# --- captions -----------------------------------------------------------------------


def test_wordpress_caption_and_credit() -> None:
    html = (
        "<div class='entry-content'><p>Story one.</p>"
        '<div id="attachment_9" class="wp-caption aligncenter"><img src="a.jpg" alt="">'
        '<p class="wp-caption-text">Protesters in Tbilisi. (Photo: AFP)</p></div>'
        "<p>Story two.</p><p class='image-credit'>Featured image is from Wikimedia Commons</p>"
        "</div>"
    )
    text, meta = html_to_text(html)
    assert text == "Story one.\n\nStory two.\n"
    assert meta.extras["captions"] == [
        "Protesters in Tbilisi. (Photo: AFP)",
        "Featured image is from Wikimedia Commons",
    ]


def test_video_figure_is_an_embed_and_its_caption_a_caption() -> None:
    html = (
        "<p>Watch:</p><figure class='wp-block-embed is-provider-youtube'>"
        "<div class='wp-block-embed__wrapper'><iframe src='https://www.youtube.com/embed/v1'>"
        "</iframe></div><figcaption>The launch, filmed from the beach.</figcaption></figure>"
    )
    text, meta = html_to_text(html)
    assert text == "Watch:\n"
    assert meta.extras == {
        "captions": ["The launch, filmed from the beach."],
        "embeds": [{"provider": "iframe", "url": "https://www.youtube.com/embed/v1"}],
    }


def test_figure_with_a_table_is_content() -> None:
    html = (
        "<p>Results:</p><figure class='wp-block-table'><table><tr><td>Yes</td><td>61%</td></tr>"
        "</table><figcaption>Source: electoral board</figcaption></figure>"
    )
    text, meta = html_to_text(html)
    assert text == "Results:\n\nYes 61%\n"
    assert meta.extras["captions"] == ["Source: electoral board"]


def test_large_element_with_caption_class_is_content() -> None:
    story = " ".join(["This long paragraph is the story itself and must stay."] * 20)
    html = f"<div class='has-captions'><p>{story}</p></div>"
    assert text_of(html) == f"{story}\n"


# --- bylines, dates, tags -----------------------------------------------------------


def test_byline_line_removed_and_read() -> None:
    html = (
        "<article><h1>Title</h1><p class='byline'>By Jane Doe and Li Wei, Staff Writers</p>"
        "<p>Story.</p></article>"
    )
    text, meta = html_to_text(html)
    assert text == "Title\n\nStory.\n"
    assert meta.authors == ["Jane Doe", "Li Wei"]


def test_byline_residue_line_removed() -> None:
    html = (
        "<article><h1>Title</h1>"
        "<div class='meta'>Posted on <time datetime='2022-11-08T10:00'>Nov 8</time> by "
        "<a rel='author' href='/u/ann'>Ann Lee</a> | 5 min read</div>"
        "<p>Story.</p></article>"
    )
    text, meta = html_to_text(html)
    assert text == "Title\n\nStory.\n"
    assert (meta.authors, meta.date) == (["Ann Lee"], "2022-11-08")


def test_author_and_time_inside_prose_are_kept() -> None:
    html = (
        "<article><h1>Title</h1><p>The audit, written by <a rel='author' href='/u/ann'>Ann Lee"
        "</a>, was published on <time datetime='2021-04-02'>April 2</time> and found waste."
        "</p></article>"
    )
    text, meta = html_to_text(html)
    assert text == (
        "Title\n\nThe audit, written by Ann Lee, was published on April 2 and found waste.\n"
    )
    assert meta.authors == ["Ann Lee"]
    assert meta.date == ""  # a date in the story is not the publication date


def test_a_long_author_box_is_content() -> None:
    bio = " ".join(["Ann Lee has covered city hall for the paper since 2009."] * 10)
    html = f"<article><h1>T</h1><p>Story.</p><div class='author'><p>{bio}</p></div></article>"
    assert text_of(html) == f"T\n\nStory.\n\n{bio}\n"


def test_schema_org_itemprops() -> None:
    html = (
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<meta itemprop='datePublished' content='2020-02-29T08:00:00Z'>"
        "<h1 itemprop='headline'>Leap day</h1>"
        "<span itemprop='author' itemscope><span itemprop='name'>Bo Chen</span></span>"
        "<div itemprop='articleBody'><p>An extra day.</p></div></div>"
    )
    text, meta = html_to_text(html)
    assert text == "Leap day\n\nAn extra day.\n"
    assert (meta.title, meta.authors, meta.date) == ("Leap day", ["Bo Chen"], "2020-02-29")


def test_tag_line_removed_and_read() -> None:
    html = (
        "<article><h1>T</h1><p>Story.</p><div class='tags'>Tags: "
        "<a rel='tag' href='/t/a'>Energy</a>, <a rel='tag' href='/t/b'>Gas prices</a></div>"
        "</article>"
    )
    text, meta = html_to_text(html)
    assert text == "T\n\nStory.\n"
    assert meta.tags == ["Energy", "Gas prices"]


def test_head_metadata_sources() -> None:
    html = (
        "<html><head><title>Gas prices fall again - Metro Daily</title>"
        "<meta name='author' content='Carla Reyes'>"
        "<meta name='keywords' content='gas, prices,  economy'>"
        "<meta property='og:site_name' content='Metro Daily'>"
        "<meta name='pubdate' content='2019-07-04'>"
        "</head><body><p>Prices fell.</p></body></html>"
    )
    meta = meta_of(html)
    assert meta.title == "Gas prices fall again"  # the site's name is not the title's
    assert meta.authors == ["Carla Reyes"]
    assert meta.publisher == "Metro Daily"
    assert meta.date == "2019-07-04"
    assert meta.tags == ["gas", "prices", "economy"]


def test_json_ld() -> None:
    html = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"},'
        '{"@type": ["NewsArticle"], "headline": "Quake shakes Izmir",'
        ' "datePublished": "2020-10-30T14:51:00+03:00",'
        ' "author": {"@type": "Person", "name": "Deniz Kaya"},'
        ' "publisher": {"@type": "Organization", "name": "Aegean Times"},'
        ' "keywords": ["earthquake", "Izmir"]}]}</script>'
        '<script type="application/ld+json">{not json</script>'
        "<p>The quake struck at 14:51.</p>"
    )
    text, meta = html_to_text(html)
    assert text == "The quake struck at 14:51.\n"
    assert meta.to_dict() == {
        "title": "Quake shakes Izmir",
        "authors": ["Deniz Kaya"],
        "publisher": "Aegean Times",
        "date": "2020-10-30",
        "tags": ["earthquake", "Izmir"],
    }


def test_json_ld_graph_with_references() -> None:
    # the shape SEO plugins write: the article points at its author and publisher by @id
    html = (
        '<script type="application/ld+json" class="yoast-schema-graph">{"@context":'
        ' "https://schema.org", "@graph": ['
        '{"@type": "Organization", "@id": "https://blog.example/#organization",'
        ' "name": "Example Blog"},'
        '{"@type": "Article", "@id": "https://blog.example/post/#article",'
        ' "author": {"@id": "https://blog.example/#/schema/person/7"},'
        ' "headline": "Twelve tips", "datePublished": "2018-12-05T05:50:40+00:00",'
        ' "publisher": {"@id": "https://blog.example/#organization"}},'
        '{"@type": ["Person"], "@id": "https://blog.example/#/schema/person/7",'
        ' "name": "Meike Neumann"}]}</script><p>Tip one.</p>'
    )
    meta = meta_of(html)
    assert (meta.authors, meta.publisher, meta.date) == (
        ["Meike Neumann"],
        "Example Blog",
        "2018-12-05",
    )


def test_base_metadata_is_kept_and_not_changed() -> None:
    base = Metadata(title="Given title", authors=["Given Author"], extras={"source": "crawl"})
    html = (
        "<head><meta property='og:title' content='Page title'>"
        "<meta property='og:site_name' content='The Page'></head>"
        "<p class='byline'>By Other Person</p><p>Story.</p>"
    )
    text, meta = html_to_text(html, base_metadata=base)
    assert text == "Story.\n"
    assert meta.title == "Given title"
    assert meta.authors == ["Given Author"]
    assert meta.publisher == "The Page"
    assert meta.extras == {"source": "crawl"}
    assert base == Metadata(
        title="Given title", authors=["Given Author"], extras={"source": "crawl"}
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ann Lee", ["Ann Lee"]),
        ("BY JOHN SMITH | Associated Press", ["JOHN SMITH"]),
        ("Written by María José Pérez on 3 May 2024", ["María José Pérez"]),
        ("By Ann Lee, Bo Chen & Cai Yun", ["Ann Lee", "Bo Chen", "Cai Yun"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Par Claire Martin — 12 mars 2024", ["Claire Martin"]),
        ("Posted by admin", []),
        ("", []),
        ("https://www.facebook.com/some.page", []),
    ],
)
def test_byline_names(byline: str, names: list[str]) -> None:
    assert byline_names(byline) == names


# --- robustness ---------------------------------------------------------------------

_MARKUPISH = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div class='author'>",
            "</div>",
            "<br>",
            "<li>",
            "<ul>",
            "<ol>",
            "<article>",
            "</article>",
            "<h1>",
            "</h1>",
            "<figure>",
            "<figcaption>",
            "<blockquote class='twitter-tweet'>",
            "</blockquote>",
            "<time datetime='2020-01-02'>",
            "<a rel='author'>",
            "<a rel=tag>",
            "</a>",
            "<img class=emoji alt='🇷🇺'>",
            "<img>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<![",
            "<!",
            "<?",
            "&amp;",
            "&",
            "&#",
            "&#x1F600;",
            "<pre>",
            "</pre>",
            "<table><tr><td>",
            "<form>",
            "<header>",
            "<footer>",
            "<span hidden>",
            "<p style='display:none'>",
            "<meta property='og:title' content='x'>",
            "<script type='application/ld+json'>",
            "<ol start='²'>",
            "<ol start=3>",
            "<div class='wp-caption'>",
            "<span class='credit'>",
            "<p class='byline'>",
            '{"@type": "NewsArticle"}',
            "<",
            ">",
            "/",
            '"',
            "'",
            "=",
            " ",
            "\n",
            "\u00a0",
            "By Ann Lee",
            "word",
            "— Ann (@ann)",
            "\x00",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _MARKUPISH))
def test_never_raises(html: str) -> None:
    text, meta = html_to_text(html)
    assert isinstance(text, str)
    assert text == "" or (text.endswith("\n") and not text.endswith("\n\n"))
    assert isinstance(meta, Metadata)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="<&"), max_size=200))
def test_plain_text_words_survive(text: str) -> None:
    out = text_of(text)
    assert out.split() == text.split()


def test_parser_rejected_markup_is_handled() -> None:
    text = text_of("<p>Story <![ weird ]> goes on.</p>")
    assert "Story" in text and "goes on." in text


@pytest.mark.parametrize(
    "adversarial",
    [
        "*" * 200_000,
        "[" * 200_000,
        "(" * 200_000,
        "—" * 200_000,
        "@" * 200_000,
        " " * 200_000,
        "word " * 40_000,
        "<" * 200_000,
        "&" * 200_000,
        "<![" * 60_000,
        "<div>" * 10_000,
        "<p>" * 10_000,
        "<li>a" * 10_000,
        "<figure>" * 10_000,
        "<time>" * 10_000,
        "<h1>x" * 10_000,
        '<span class="author">' * 9_000,
        '<div class="caption">' * 9_000,
        "<form>" * 10_000,
        '<blockquote class="twitter-tweet">' * 5_000,
        '<p class="byline">By ' * 5_000,
    ],
    ids=lambda s: repr(s[:12]),
)
def test_adversarial_inputs_finish(adversarial: str) -> None:
    text, _ = html_to_text(adversarial)
    assert isinstance(text, str)


# --- pages that are not UTF-8 ------------------------------------------------------


def _page(charset_tag: str, body: str) -> str:
    return (
        f"<html><head>{charset_tag}<title>Prices</title></head><body><article>"
        f"<h1>Prices rise again</h1><p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("tag", "encoding"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        ('<meta charset="iso-8859-15">', "iso8859_15"),
        ('<meta charset="koi8-r">', "koi8_r"),
    ],
)
def test_a_page_in_its_declared_character_set_is_decoded(
    tmp_path: Path, tag: str, encoding: str
) -> None:
    from newsclean.corpus import read_documents

    body = {
        "cp1252": "“The café,” she said, “is not for sale.”",
        "iso8859_15": "The café owner said prices would rise by 5 €.",
        "koi8_r": "Владелец кафе сказал, что цены вырастут.",
    }[encoding]
    page = tmp_path / "page.html"
    page.write_bytes(_page(tag, body).encode(encoding))
    [doc] = read_documents([page])
    assert body in doc.text


def test_a_page_that_is_not_utf8_and_declares_nothing_is_an_error(tmp_path: Path) -> None:
    from newsclean.corpus import InputError, read_documents

    page = tmp_path / "page.html"
    data = _page("", "A caf\u00e9.").encode("cp1252")
    page.write_bytes(data)
    with pytest.raises(InputError) as info:
        list(read_documents([page]))
    message = str(info.value)
    assert str(page) in message
    offset = data.index("é".encode("cp1252"))
    assert f"byte offset {offset}" in message
    assert "declares no other character set" in message


def test_a_valid_utf8_page_is_read_as_utf8_whatever_it_declares(tmp_path: Path) -> None:
    """Pages often declare Latin-1 and are UTF-8: valid UTF-8 wins."""
    from newsclean.corpus import read_documents

    page = tmp_path / "page.html"
    page.write_bytes(_page('<meta charset="iso-8859-1">', "A café in Zürich.").encode("utf-8"))
    [doc] = read_documents([page])
    assert "A café in Zürich." in doc.text


def test_bytes_windows_1252_leaves_undefined_decode_as_browsers_do(tmp_path: Path) -> None:
    """0x81, 0x8D, 0x8F, 0x90 and 0x9D: the Latin-1 code points, never an error."""
    from newsclean.corpus import read_documents

    page = tmp_path / "page.html"
    body = "Caf\u00e9 \u201cprices\u201d rose."
    data = _page('<meta charset="iso-8859-1">', body).encode("cp1252")
    page.write_bytes(data.replace(b"rose.", b"rose.\x9d\x81"))
    [doc] = read_documents([page])
    assert body in doc.text
