"""Bylines, datelines, stamps and author bios in the house styles of many kinds of sites.

UK tabloids, the BBC, Indian outlets, German, Portuguese and Italian papers,
wire tails, local TV stations, public radio and crypto or finance blogs print
the same credits in their own wordings. Each family here is tested with
several wordings, and with story lines of the same shape that must stay.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners.bylines import (
    BylineCleaner,
    BylineConfig,
    classify_line,
    date_line,
    parse_names,
    role_line,
)
from newsclean.document import Document

from .conftest import is_subsequence
from .test_bylines import STORY, STORY2, clean

TITLE = "Council approves budget after a long night of talks"


def top(block: str) -> str:
    return f"{TITLE}\n\n{block}\n\n{STORY}\n\n{STORY2}"


def bottom(block: str) -> str:
    return f"{TITLE}\n\n{STORY}\n\n{STORY2}\n\n{block}"


def middle(block: str) -> str:
    return f"{TITLE}\n\n{STORY}\n\n{block}\n\n{STORY2}"


BARE = f"{TITLE}\n\n{STORY}\n\n{STORY2}\n"


def meta(doc: Document) -> dict[str, Any]:
    got = doc.metadata.to_dict()
    return {
        "authors": got.get("authors", []),
        "contributors": got.get("contributors", []),
        "publisher": got.get("publisher", ""),
        "date": got.get("date", ""),
        "editors": got.get("extras", {}).get("editors", []),
    }


# ---------------------------------------------------------------------------
# credits above the story: every line of the block goes, the metadata is kept
# ---------------------------------------------------------------------------

TOP = [
    # block, authors, contributors, publisher, date, editors
    # UK tabloids
    ("By JESSICA FARRANT FOR MAILONLINE", ["JESSICA FARRANT"], [], "MAILONLINE", "", []),
    ("By Ann Lee, Political Editor", ["Ann Lee"], [], "", "", []),
    (
        "By ANN LEE and BO CHEN FOR THE DAILY MAIL",
        ["ANN LEE", "BO CHEN"],
        [],
        "THE DAILY MAIL",
        "",
        [],
    ),
    (
        "By JESSICA FARRANT FOR MAILONLINE\n\n"
        "PUBLISHED: 12:31 EDT, 3 March 2026 | UPDATED: 14:02 EDT, 3 March 2026",
        ["JESSICA FARRANT"],
        [],
        "MAILONLINE",
        "2026-03-03",
        [],
    ),
    (
        "Ann Lee Senior Reporter\n10:15, 3 Mar 2026Updated11:00, 3 Mar 2026",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    (
        "Ann Lee\n\nPublished: 10:15, 3 Mar 2026 | Updated: 11:00, 3 Mar 2026",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    (
        "By Ann Lee, Political Reporter\n"
        "10:15, Tue, Mar 3, 2026 | UPDATED: 11:00, Tue, Mar 3, 2026",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    ("Ann Lee\n\nTuesday 03 March 2026 10:15 GMT", ["Ann Lee"], [], "", "2026-03-03", []),
    (
        "Ann Lee, political reporter @annlee\n\nTuesday 3 March 2026 10:15, UK",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    (
        "Ann Lee in Kyiv\n\nTue 3 Mar 2026 10.15 GMT\n\nLast modified on Tue 3 Mar 2026 11.00 GMT",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    # the BBC
    ("Ann Lee\n\nBBC News, Cardiff", ["Ann Lee"], [], "BBC News", "", []),
    ("Ann Lee\nPolitical correspondent", ["Ann Lee"], [], "", "", []),
    ("Ann Lee\nBBC Wales political editor", ["Ann Lee"], [], "", "", []),
    ("Ann Lee & Bo Chen\nBBC News", ["Ann Lee", "Bo Chen"], [], "BBC News", "", []),
    ("Ann Lee\nBusiness reporter, BBC News", ["Ann Lee"], [], "BBC News", "", []),
    (
        "Published\n\n3 March 2026\n\nAnn Lee\n\nBBC Verify",
        ["Ann Lee"],
        [],
        "BBC Verify",
        "2026-03-03",
        [],
    ),
    ("Published\n2 hours ago\n\nBBC News, Cardiff", [], [], "BBC News", "", []),
    # Indian outlets
    (
        "Written by Ann Lee | New Delhi | Updated: March 3, 2026 10:15 IST",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    (
        "Express News Service | Mumbai | Updated: March 3, 2026 10:15 IST",
        [],
        [],
        "",
        "2026-03-03",
        [],
    ),
    ("Ann Lee / TNN / Updated: Mar 3, 2026, 10:15 IST", ["Ann Lee"], [], "TNN", "2026-03-03", []),
    (
        "TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 3, 2026, 10:15 IST",
        [],
        [],
        "TOI",
        "2026-03-03",
        [],
    ),
    ("Edited by Ann Lee", [], [], "", "", ["Ann Lee"]),
    (
        "Reported by Ann Lee, Edited by Bo Chen | Updated: March 03, 2026 10:15 am IST",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        ["Bo Chen"],
    ),
    ("Reported by Ann Lee, Edited by Bo Chen", ["Ann Lee"], [], "", "", ["Bo Chen"]),
    ("Last Updated: March 03, 2026, 10:15 IST", [], [], "", "2026-03-03", []),
    ("First Published: March 03, 2026, 10:15 IST", [], [], "", "2026-03-03", []),
    ("By Ann Lee, New Delhi\n\nMar 03, 2026 10:15 AM IST", ["Ann Lee"], [], "", "2026-03-03", []),
    (
        "Ann Lee\nNEW DELHI\n"
        "Updated - March 03, 2026 10:15 am IST - Published - March 03, 2026 09:00 am IST",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    (
        "Curated By : Ann Lee\nNews18.com\n"
        "Last Updated: March 03, 2026, 10:15 IST\nNew Delhi, India",
        ["Ann Lee"],
        [],
        "News18.com",
        "2026-03-03",
        [],
    ),
    (
        "India Today News Desk\n\nNew Delhi, UPDATED: Mar 3, 2026 10:15 IST",
        [],
        [],
        "India Today",
        "2026-03-03",
        [],
    ),
    ("Ann Lee | Updated: March 03, 2026 10:15 am IST", ["Ann Lee"], [], "", "2026-03-03", []),
    # German
    ("Von Anna Lehmann", ["Anna Lehmann"], [], "", "", []),
    ("Von Anna Lehmann und Bo Chen, Berlin", ["Anna Lehmann", "Bo Chen"], [], "", "", []),
    ("Ein Gastbeitrag von Anna Lehmann", ["Anna Lehmann"], [], "", "", []),
    ("Ein Kommentar von Anna Lehmann", ["Anna Lehmann"], [], "", "", []),
    ("Von unserer Korrespondentin Anna Lehmann", ["Anna Lehmann"], [], "", "", []),
    ("Autorin: Anna Lehmann", ["Anna Lehmann"], [], "", "", []),
    ("Aktualisiert am 3. März 2026, 10:15 Uhr", [], [], "", "2026-03-03", []),
    ("Stand: 03.03.2026 10:15 Uhr", [], [], "", "2026-03-03", []),
    ("vor 2 Stunden", [], [], "", "", []),
    (
        "Anna Lehmann\nRedakteurin Politik\n\nStand: 03.03.2026 10:15 Uhr",
        ["Anna Lehmann"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    # Portuguese
    ("Por Ana Souza, g1 SP", ["Ana Souza"], [], "g1", "", []),
    ("Por Ana Souza e Bo Chen", ["Ana Souza", "Bo Chen"], [], "", "", []),
    ("Por Ana Souza, O Globo — Rio de Janeiro", ["Ana Souza"], [], "O Globo", "", []),
    ("Por g1", [], [], "g1", "", []),
    ("Por Redação", [], [], "", "", []),
    ("Publicado em 3 de março de 2026, 10h15", [], [], "", "2026-03-03", []),
    ("Atualizado há 2 horas", [], [], "", "", []),
    ("03/03/2026 10h15 Atualizado há 2 horas", [], [], "", "2026-03-03", []),
    ("Atualizado em 04/03/2026 às 11h00", [], [], "", "2026-03-04", []),
    (
        "Ana Souza\nDo UOL, em São Paulo\n04/03/2026 10h15",
        ["Ana Souza"],
        [],
        "UOL",
        "2026-03-04",
        [],
    ),
    ("Da Redação\n\n03/03/2026 10h15", [], [], "", "2026-03-03", []),
    # Italian
    ("di Anna Rossi", ["Anna Rossi"], [], "", "", []),
    ("di Anna Rossi e Bo Chen", ["Anna Rossi", "Bo Chen"], [], "", "", []),
    ("dalla nostra inviata Anna Rossi", ["Anna Rossi"], [], "", "", []),
    ("Aggiornato il 3 marzo 2026", [], [], "", "2026-03-03", []),
    ("Pubblicato il 3 marzo 2026 alle 10:15", [], [], "", "2026-03-03", []),
    ("ROMA, 03 marzo 2026, 10:15", [], [], "", "2026-03-03", []),
    # local TV
    ("By: Ann Lee", ["Ann Lee"], [], "", "", []),
    ("by: Ann Lee, Bo Chen", ["Ann Lee", "Bo Chen"], [], "", "", []),
    (
        "By: Ann Lee\n\nPosted: Mar 3, 2026 / 10:15 AM EST\n\nUpdated: Mar 3, 2026 / 11:00 AM EST",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    ("Ann Lee, KTLA", ["Ann Lee"], [], "KTLA", "", []),
    ("Ann Lee\nNexstar Media Wire", ["Ann Lee"], [], "Nexstar Media Wire", "", []),
    ("Ann Lee\nReporter", ["Ann Lee"], [], "", "", []),
    # public radio
    ("Heard on Morning Edition\n\nBy Ann Lee", ["Ann Lee"], [], "", "", []),
    ("Heard on All Things Considered", [], [], "", "", []),
    ("Ann Lee\n\nMarch 3, 2026 5:00 AM ET", ["Ann Lee"], [], "", "2026-03-03", []),
    # crypto and finance blogs
    (
        "Written by Ann Lee\nReviewed by Bo Chen\nFact checked by Cy Dee",
        ["Ann Lee"],
        ["Bo Chen", "Cy Dee"],
        "",
        "",
        [],
    ),
    ("Medically reviewed by Bo Chen, MD", [], ["Bo Chen"], "", "", []),
    (
        "Ann Lee\nWriter\n\nUpdated Mar 3, 2026 at 10:15 am UTC",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    ("Ann Lee · 3 min read · Mar 3, 2026", ["Ann Lee"], [], "", "2026-03-03", []),
    ("Ann Lee | March 3, 2026", ["Ann Lee"], [], "", "2026-03-03", []),
    ("Edited by: Bo Chen", [], [], "", "", ["Bo Chen"]),
    ("Written by\nAnn Lee", ["Ann Lee"], [], "", "", []),
    ("March 3, 2026 by Ann Lee", ["Ann Lee"], [], "", "2026-03-03", []),
    ("Ann Lee\nAuthor", ["Ann Lee"], [], "", "", []),
    (
        "Ann Lee Political correspondent\n\nTue 3 Mar 2026 10.15 GMT",
        ["Ann Lee"],
        [],
        "",
        "2026-03-03",
        [],
    ),
    ("Ann Lee\n@annlee\n\n2026-03-03T10:15:00Z", ["Ann Lee"], [], "", "2026-03-03", []),
    ("Ann Lee, WGN-TV", ["Ann Lee"], [], "WGN-TV", "", []),
    ("Ana Souza, do UOL\n\n3 fev 2026 às 10h15", ["Ana Souza"], [], "UOL", "2026-02-03", []),
    ("Por Ana Souza, TV Globo e g1 SP", ["Ana Souza"], [], "TV Globo", "", []),
    ("Por Ana Souza, da Folha de S.Paulo", ["Ana Souza"], [], "Folha de S.Paulo", "", []),
    ("Anna Rossi\n\n12 dic 2025, 10:15", ["Anna Rossi"], [], "", "2025-12-12", []),
]


@pytest.mark.parametrize(
    ("block", "authors", "contributors", "publisher", "date", "editors"),
    TOP,
    ids=[row[0][:40] for row in TOP],
)
def test_credits_above_the_story(
    block: str,
    authors: list[str],
    contributors: list[str],
    publisher: str,
    date: str,
    editors: list[str],
) -> None:
    doc = clean(top(block))
    assert doc.text == BARE
    assert meta(doc) == {
        "authors": authors,
        "contributors": contributors,
        "publisher": publisher,
        "date": date,
        "editors": editors,
    }


# ---------------------------------------------------------------------------
# credits below the story
# ---------------------------------------------------------------------------

BOTTOM = [
    # block, authors, contributors, editors
    (
        "Reporting by Ann Lee in Oslo; Editing by Bo Chen and Cy Dee",
        ["Ann Lee"],
        [],
        ["Bo Chen", "Cy Dee"],
    ),
    (
        "Additional reporting by Ann Lee in Paris; Writing by Bo Chen; Editing by Cy Dee",
        ["Bo Chen"],
        ["Ann Lee"],
        ["Cy Dee"],
    ),
    (
        "Reporting by Ann Lee and Bo Chen; Additional reporting by Dan Roe in Tokyo; "
        "Editing by Cy Dee",
        ["Ann Lee", "Bo Chen"],
        ["Dan Roe"],
        ["Cy Dee"],
    ),
    ("(Reporting by Ann Lee in Oslo; Editing by Bo Chen)", ["Ann Lee"], [], ["Bo Chen"]),
    (
        "Ann Lee reported from Kyiv. Bo Chen contributed reporting from London.",
        ["Ann Lee"],
        ["Bo Chen"],
        [],
    ),
    ("CNN's Ann Lee contributed to this report.", [], ["Ann Lee"], []),
    ("Mit Material von dpa und AFP", [], ["dpa", "AFP"], []),
    ("Com informações da Reuters", [], ["Reuters"], []),
    ("(Con información de EFE)", [], ["EFE"], []),
    ("Mit Agenturmaterial", [], [], []),
    ("ab/sms (AFP, dpa, Reuters)", [], [], []),
    ("dpa/AFP/aa", [], [], []),
    # author bios and author boxes
    (
        "Ann Lee is a senior reporter at Decrypt covering DeFi.\n"
        "She holds a master's degree in journalism from Columbia University.",
        ["Ann Lee"],
        [],
        [],
    ),
    ("Ann Lee is CoinDesk's senior markets reporter.", ["Ann Lee"], [], []),
    ("Ann Lee is the BBC's health correspondent.", ["Ann Lee"], [], []),
    (
        "Ann Lee has been covering crypto since 2017 and previously worked at Bloomberg.",
        ["Ann Lee"],
        [],
        [],
    ),
    ("Ann Lee is a Pulitzer Prize-winning investigative reporter.", ["Ann Lee"], [], []),
    (
        "Ann Lee\nSenior Reporter\n"
        "Ann Lee is a senior reporter at Decrypt covering DeFi. Ann previously worked at Reuters.",
        ["Ann Lee"],
        [],
        [],
    ),
    (
        "Ann Lee is a senior reporter at Decrypt covering DeFi.\n\nAnn previously worked at "
        "Reuters.\n\nShe can be reached at ann@decrypt.co.",
        ["Ann Lee"],
        [],
        [],
    ),
    (
        "About the author\nAnn Lee\nAnn Lee is a senior reporter at Decrypt covering DeFi.",
        ["Ann Lee"],
        [],
        [],
    ),
    ("Ann Lee\nReporter", ["Ann Lee"], [], []),
    ("— Ann Lee", ["Ann Lee"], [], []),
    (
        "Ann Lee\nCrypto Journalist\n"
        "Ann is a crypto journalist with five years of experience covering markets.",
        ["Ann Lee"],
        [],
        [],
    ),
]


@pytest.mark.parametrize(
    ("block", "authors", "contributors", "editors"), BOTTOM, ids=[row[0][:40] for row in BOTTOM]
)
def test_credits_below_the_story(
    block: str, authors: list[str], contributors: list[str], editors: list[str]
) -> None:
    doc = clean(bottom(block))
    assert doc.text == BARE
    got = meta(doc)
    assert (got["authors"], got["contributors"], got["editors"]) == (authors, contributors, editors)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Quelle: dpa", "dpa"),
        ("Quellen: dpa, Reuters", "dpa, Reuters"),
        ("Fonte: Agência Brasil", "Agência Brasil"),
        ("Fuente: EFE", "EFE"),
    ],
)
def test_source_lines_in_other_languages(line: str, source: str) -> None:
    doc = clean(bottom(line))
    assert doc.text == BARE
    assert doc.metadata.original_source == source


@pytest.mark.parametrize(
    "line", ["Quelle: picture alliance/dpa", "Source: Getty Images", "Quelle: IMAGO/Ann Lee"]
)
def test_a_picture_agency_source_is_left_to_the_captions_step(line: str) -> None:
    assert classify_line(line, "bottom") is None


def test_wire_first_published_note() -> None:
    doc = clean(bottom("This report by The Canadian Press was first published March 3, 2026."))
    assert doc.text == BARE
    assert (doc.metadata.publisher, doc.metadata.date) == ("The Canadian Press", "2026-03-03")


def test_newsroom_name_at_the_end_gives_the_outlet() -> None:
    doc = clean(bottom("Redazione ANSA"))
    assert doc.text == BARE
    assert doc.metadata.publisher == "ANSA"


# ---------------------------------------------------------------------------
# lines of the same shape that are the story's and stay
# ---------------------------------------------------------------------------

KEEP_TOP = [
    "By the end of the year the fund had doubled.",
    "By the end of the year",
    "Von Anfang an war klar, dass das nicht gutgeht.",
    "Von der Leyen sagte am Dienstag, sie werde kandidieren.",
    "Por isso, o governo decidiu adiar a votação.",
    "Por que o governo mudou de ideia?",
    "di fatto, la legge non cambia nulla.",
    "Di Maio",
    "Published reports say the deal is close.",
    "Published reports say",
    "Written by hand, the letter ran to nine pages.",
    "Reviewed by the board, the plan was approved.",
    "Heard on the street",
    "Com isso, o prefeito saiu.",
    "Con Juan Pérez",
    "Do lado de fora, a fila crescia.",
    "Ann Lee",  # a lone name with no credit beside it
    "Ann Lee, 34",
    "Help Desk hours are changing",
    "3 by 3 metres of land were sold",
    "In 2019 by contrast the fund shrank",
    "Ann Lee, CEO",
]


@pytest.mark.parametrize("line", KEEP_TOP)
def test_story_lines_at_the_top_stay(line: str) -> None:
    text = top(line)
    assert clean(text).text == text + "\n"


def test_radio_transcript_speakers_stay() -> None:
    turns = (
        "STEVE INSKEEP, HOST:\n\nFarmers across the country are selling their land.\n\n"
        "RUTH OKAFOR, BYLINE:\n\nOn a cold morning, Dan Roe walks the rows of panels.\n\n"
        "RUTH OKAFOR, BYLINE: On a cold morning in central California, Dan Roe walks the "
        "rows of panels that used to be almond trees on his family's farm."
    )
    text = f"Why farmers sell to solar companies\n\nMarch 3, 2026\n\n{turns}"
    doc = clean(text)
    assert doc.text == f"Why farmers sell to solar companies\n\n{turns}\n"
    assert "RUTH OKAFOR, BYLINE:" in doc.text
    assert doc.metadata.authors == []


@pytest.mark.parametrize(
    "block",
    [
        "Climate Crisis\n\nPublished 3 March 2026",  # a section label above the date
        "Middle East\n\nPublished 3 March 2026",
        "Getty Images\n\nPublished 3 March 2026",  # an image credit: the captions step's
    ],
)
def test_labels_beside_a_date_are_not_authors(block: str) -> None:
    doc = clean(top(block))
    assert block.split("\n")[0] in doc.text
    assert doc.metadata.authors == []


def test_a_list_of_names_under_the_date_stays() -> None:
    names = "Ann Lee\nBo Chen\nCy Dee\nDan Roe\nEve Fox"
    doc = clean(top(f"Published 3 March 2026\n\n{names}"))
    assert names in doc.text
    assert doc.metadata.authors == []


KEEP_BOTTOM = [
    "Ann Lee was a reporter.",  # an obituary's last line: past tense
    "Ann Lee is a journalist.\nShe said the talks would resume.",
    "— AFP",
    "- Ann Lee\n- Bo Chen",  # a list of names with hyphen bullets
    "The winners were:\n— Ann Lee\n— Bo Chen",
    "“This is the best day of my life.”\n— Ann Lee",  # a quotation's attribution
]


@pytest.mark.parametrize("block", KEEP_BOTTOM)
def test_story_lines_at_the_end_stay(block: str) -> None:
    text = bottom(block)
    assert clean(text).text == text + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported from Kyiv.",
        "Ann Lee reported from Kyiv.",
        "— Ann Lee",
        "Ann Lee\nReporter",
        "Quelle: dpa",
    ],
)
def test_credit_shapes_inside_the_story_stay(line: str) -> None:
    text = middle(line)
    assert clean(text).text == text + "\n"


def test_a_bio_by_first_name_needs_the_full_name_above() -> None:
    text = bottom("Ann is a crypto journalist with five years of experience covering markets.")
    assert clean(text).text == text + "\n"
    doc = clean(
        f"{TITLE}\n\nBy Ann Lee\n\n{STORY}\n\n{STORY2}\n\nAnn is a crypto journalist "
        "with five years of experience covering markets."
    )
    assert doc.text == BARE
    assert doc.metadata.authors == ["Ann Lee"]


def test_a_bio_continuation_needs_the_bio() -> None:
    text = bottom("She holds a master's degree in journalism from Columbia University.")
    assert clean(text).text == text + "\n"


def test_author_names_option_keeps_lone_names() -> None:
    text = top("Ann Lee\n\nPublished 3 March 2026")
    doc = clean(text, author_names=False)
    assert "Ann Lee" in doc.text
    assert "Published" not in doc.text
    assert "author_names" in (BylineConfig.__doc__ or "")


# ---------------------------------------------------------------------------
# the pieces: stamps, names, job titles
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publicado em 3 de março de 2026, 10h15", "2026-03-03"),
        ("Atualizado em 03/04/2026 às 11h00", "2026-04-03"),
        ("Pubblicato il 3 marzo 2026 alle 10:15", "2026-03-03"),
        ("Ultimo aggiornamento: 03/04/2026 10:15", "2026-04-03"),
        ("3 marzo 2026 (modifica il 3 marzo 2026 | 11:00)", "2026-03-03"),
        ("Actualizado: 03/04/2026 10:15", "2026-04-03"),
        ("10:15, 3 Mar 2026Updated11:00, 3 Mar 2026", "2026-03-03"),
        ("Tuesday 3 March 2026 10:15, UK", "2026-03-03"),
        ("03/21/2026", "2026-03-21"),  # the month first: the day is over 12
        ("13/03/2026", "2026-03-13"),
        ("03/04/2026 10:15 AM", ""),  # either order: no date is guessed
        ("Atualizado há 2 horas", ""),
        ("vor 2 Stunden", ""),
        ("hace 3 horas", ""),
        ("2 ore fa", ""),
        ("il y a 2 heures", ""),
        ("3 fev 2026 às 10h15", "2026-02-03"),
        ("12 set. 2025", "2025-09-12"),
        ("2026-03-03T10:15:00Z", "2026-03-03"),
        ("Published 2026-03-03T10:15:00+01:00", "2026-03-03"),
    ],
)
def test_stamps_in_other_languages(line: str, iso: str) -> None:
    assert date_line(line) == (True, iso)


@pytest.mark.parametrize(
    "line",
    [
        "Há muito tempo",
        "vor allem die Kosten",
        "ore di punta",
        "Em 2026, o governo",
        "3 out of 5",
        "12 set",
    ],
)
def test_words_of_foreign_stamps_alone_are_not_stamps(line: str) -> None:
    assert date_line(line) == (False, "")


def test_parse_names_drops_places_credentials_and_keeps_brands() -> None:
    names = parse_names("Ann Lee, New Delhi")
    assert names is not None and (names.people, names.publisher) == (["Ann Lee"], "")
    names = parse_names("Bo Chen, MD")
    assert names is not None and (names.people, names.publisher) == (["Bo Chen"], "")
    names = parse_names("Ana Souza, g1 SP")
    assert names is not None and (names.people, names.publisher) == (["Ana Souza"], "g1")
    names = parse_names("José Ortega y Gasset")
    assert names is not None and names.people == ["José Ortega y Gasset"]
    names = parse_names("Ana Souza e Bo Chen")
    assert names is not None and names.people == ["Ana Souza", "Bo Chen"]


@pytest.mark.parametrize(
    "line",
    ["Redakteurin Politik", "BBC Wales political editor", "Writer", "Senior Editor", "Reporter"],
)
def test_job_title_lines(line: str) -> None:
    assert role_line(line) is not None


# ---------------------------------------------------------------------------
# whole articles through the default pipeline
# ---------------------------------------------------------------------------

ARTICLES = [
    (
        "tabloid",
        "Man jailed for six years after crash that killed cyclist\n"
        "By ANN LEE FOR MAILONLINE\n"
        "PUBLISHED: 12:31 EDT, 3 March 2026 | UPDATED: 14:02 EDT, 3 March 2026\n"
        "A man who killed a cyclist while driving at twice the speed limit has been jailed "
        "for six years, a court heard on Tuesday afternoon.\n"
        "By the end of the hearing, the victim's family had left the courtroom in tears and "
        "refused to speak to reporters waiting outside.\n",
        "Man jailed for six years after crash that killed cyclist\n"
        "A man who killed a cyclist while driving at twice the speed limit has been jailed "
        "for six years, a court heard on Tuesday afternoon.\n"
        "By the end of the hearing, the victim's family had left the courtroom in tears and "
        "refused to speak to reporters waiting outside.\n",
        {"authors": ["ANN LEE"], "date": "2026-03-03"},
    ),
    (
        "indian",
        "Delhi announces new EV policy with higher subsidies\n\n"
        "Written by Ann Lee | New Delhi | Updated: March 3, 2026 10:15 IST\n\n"
        "The Delhi government on Tuesday announced a new electric vehicle policy that raises "
        "subsidies for two-wheelers and commercial vehicles.\n\n"
        "The policy aims to make a quarter of all new vehicle registrations electric by 2030, "
        "officials said at a news conference in the capital.\n\n"
        "(With inputs from PTI)\n",
        "Delhi announces new EV policy with higher subsidies\n\n"
        "The Delhi government on Tuesday announced a new electric vehicle policy that raises "
        "subsidies for two-wheelers and commercial vehicles.\n\n"
        "The policy aims to make a quarter of all new vehicle registrations electric by 2030, "
        "officials said at a news conference in the capital.\n",
        {"authors": ["Ann Lee"], "contributors": ["PTI"], "date": "2026-03-03"},
    ),
    (
        "german",
        "Bundestag beschließt neues Heizungsgesetz\n\n"
        "Stand: 03.03.2026 10:15 Uhr\n\nAnna Lehmann\n\nRedakteurin Politik\n\n"
        "Der Bundestag hat am Dienstag nach monatelangem Streit das neue Heizungsgesetz "
        "beschlossen. Die Opposition kündigte eine Klage an.\n\n"
        "Von Anfang an war klar, dass das Gesetz in der Koalition umstritten sein würde, "
        "sagte die Fraktionschefin am Dienstag in Berlin.\n\n"
        "Mit Material von dpa\n",
        "Bundestag beschließt neues Heizungsgesetz\n\n"
        "Der Bundestag hat am Dienstag nach monatelangem Streit das neue Heizungsgesetz "
        "beschlossen. Die Opposition kündigte eine Klage an.\n\n"
        "Von Anfang an war klar, dass das Gesetz in der Koalition umstritten sein würde, "
        "sagte die Fraktionschefin am Dienstag in Berlin.\n",
        {"authors": ["Anna Lehmann"], "date": "2026-03-03"},
    ),
    (
        "portuguese",
        "Chuva forte deixa ruas alagadas em São Paulo\n\n"
        "Por Ana Souza, g1 SP\n\n03/03/2026 10h15 Atualizado há 2 horas\n\n"
        "A chuva forte que atingiu São Paulo na tarde desta terça-feira deixou diversas ruas "
        "alagadas e provocou a queda de árvores em vários bairros.\n\n"
        "Por isso, a Defesa Civil recomendou que os moradores evitem sair de casa até que a "
        "chuva diminua, segundo o boletim.\n",
        "Chuva forte deixa ruas alagadas em São Paulo\n\n"
        "A chuva forte que atingiu São Paulo na tarde desta terça-feira deixou diversas ruas "
        "alagadas e provocou a queda de árvores em vários bairros.\n\n"
        "Por isso, a Defesa Civil recomendou que os moradores evitem sair de casa até que a "
        "chuva diminua, segundo o boletim.\n",
        {"authors": ["Ana Souza"], "publisher": "g1", "date": "2026-03-03"},
    ),
    (
        "crypto",
        "Bitcoin tops $120,000 as ETF inflows surge\n\n"
        "Written by Ann Lee\n\nReviewed by Bo Chen\n\n"
        "Updated Mar 3, 2026 at 10:15 am UTC\n\n"
        "Bitcoin climbed above $120,000 for the first time on Tuesday as inflows into U.S. "
        "spot exchange-traded funds hit a record for the month.\n\n"
        "Analysts said the rally had been driven by institutional buyers and by expectations "
        "that the Federal Reserve would cut rates again.\n\n"
        "Ann Lee\n\nSenior Reporter\n\n"
        "Ann Lee is a senior reporter at CoinExpress covering markets and regulation.\n\n"
        "She holds a master's degree in journalism from Columbia University.\n",
        "Bitcoin tops $120,000 as ETF inflows surge\n\n"
        "Bitcoin climbed above $120,000 for the first time on Tuesday as inflows into U.S. "
        "spot exchange-traded funds hit a record for the month.\n\n"
        "Analysts said the rally had been driven by institutional buyers and by expectations "
        "that the Federal Reserve would cut rates again.\n",
        {"authors": ["Ann Lee"], "contributors": ["Bo Chen"], "date": "2026-03-03"},
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "expected", "fields"), ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_whole_articles(kind: str, text: str, expected: str, fields: dict[str, Any]) -> None:
    doc = newsclean.clean(text)
    assert doc.text == expected
    got = doc.metadata.to_dict()
    for key, value in fields.items():
        assert got.get(key) == value, key


# ---------------------------------------------------------------------------
# properties and adversarial input
# ---------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [row[0] for row in TOP[:40]]
    + [row[0] for row in BOTTOM]
    + KEEP_TOP
    + [STORY, STORY2, "Ann Lee", "NEW DELHI", "Published", "Redakteurin Politik", ""]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from(["\n", "\n\n"]))
def test_only_deletes_and_cleaning_twice_changes_nothing(parts: list[str], sep: str) -> None:
    text = sep.join([TITLE, *parts])
    doc = Document(text)
    BylineCleaner()(doc)
    assert is_subsequence(doc.text, text)
    again = Document(doc.text)
    BylineCleaner()(again)
    assert again.text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee\n" * 25_000 + STORY,
        "Ann Lee\n\n" * 20_000,
        "Ann Lee\nReporter\n" * 12_000,
        "— Ann Lee\n" * 20_000,
        ("Ann Lee is a senior reporter at X covering markets.\nShe holds a degree.\n") * 2_000,
        "Por Ana Souza e " * 12_000,
        "Von unserer " * 16_000,
        "Mit Material von " * 12_000,
        "Do UOL, em " * 18_000,
        "Ann Lee | " * 20_000,
        "ab/" * 66_000,
        "03/03/2026 " * 18_000,
        "há 2 horas " * 18_000,
        "Quelle: dpa, " * 15_000,
        "Heard on " * 22_000,
        "New Delhi, " * 18_000,
        "*" * 200_000,
        "[" * 200_000,
        "(" * 200_000,
        "—" * 200_000,
        "@" * 200_000,
        " " * 200_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_inputs_finish(text: str) -> None:
    doc = Document(text)
    BylineCleaner()(doc)
    assert is_subsequence(doc.text, text)
