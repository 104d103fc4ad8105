"""The captions cleaner on other languages' credits, more agencies and caption labels.

German, French, Spanish, Portuguese, Italian, Dutch, Nordic and Polish sites
label their image credits in their own words (``Foto:``, ``Bild:``,
``Crédit photo :``, ``Fotografía:``, ``Beeld:``, ``Fot.``), chain picture
desks with ``/`` and ``|`` (``picture alliance/dpa | Name``) and add notes
such as ``Symbolbild`` or ``Representational image``. Their story sentences
that mention photos, credits or sources stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Document
from newsclean.cleaners.captions import classify_line, is_credit

from .conftest import is_subsequence
from .test_captions import clean, kept_lines

HEAD = "Stadtwerke Neuberg erhöhen Fernwärmepreise um 18 Prozent\n\n"
STORY_1 = (
    "Die Stadtwerke Neuberg heben zum 1. April den Arbeitspreis für Fernwärme um 18 Prozent "
    "an. Das teilte das kommunale Unternehmen am Montag mit."
)
STORY_2 = (
    "Beim Mieterverein Neuberg stößt die Erhöhung auf scharfe Kritik. Die Vorsitzende Sabine "
    "Huber sprach von einer „Preisexplosion mit Ansage“."
)


def article_with(block: str, *, sep: str = "\n\n") -> str:
    """A small article with ``block`` between two story paragraphs."""
    return HEAD + sep.join([STORY_1, block, STORY_2]) + "\n"


def rules(doc: Document) -> list[str]:
    return [e.rule for e in doc.edits]


# --- credits in other languages, as whole lines ------------------------------------

INTL_CREDITS = [
    # German
    ("Foto: picture alliance/dpa | Armin Weigel", "picture alliance/dpa | Armin Weigel"),
    ("Foto: dpa", "dpa"),
    ("Fotos: Sven Hoppe/dpa", "Sven Hoppe/dpa"),
    ("Bild: picture alliance / dpa / Peter Kneffel", "picture alliance / dpa / Peter Kneffel"),
    ("Foto: IMAGO/Political-Moments", "IMAGO/Political-Moments"),
    ("Foto: Sebastian Gollnow/dpa-Bildfunk", "Sebastian Gollnow/dpa-Bildfunk"),
    ("Foto © dpa", "dpa"),
    ("Bildquelle: picture alliance / Geisler-Fotopress", "picture alliance / Geisler-Fotopress"),
    ("Fotonachweis: Stadtwerke Neuberg", "Stadtwerke Neuberg"),
    ("Titelbild: Stadtwerke Neuberg", "Stadtwerke Neuberg"),
    ("Symbolbild: dpa", "dpa"),
    ("Quelle: picture alliance/dpa", "picture alliance/dpa"),
    # French
    ("Photo : AFP", "AFP"),
    ("Crédit photo : Ludovic Marin / AFP", "Ludovic Marin / AFP"),
    ("Crédits photos : Ludovic Marin / AFP", "Ludovic Marin / AFP"),
    ("Photo d'illustration : AFP", "AFP"),
    # Spanish, Portuguese, Italian
    ("Foto: EFE", "EFE"),
    ("Fotografía: EFE/Juan Carlos Hidalgo", "EFE/Juan Carlos Hidalgo"),
    ("Imagen: Europa Press", "Europa Press"),
    ("Créditos: Reprodução/Instagram", "Reprodução/Instagram"),
    ("Foto: Marcelo Camargo/Agência Brasil", "Marcelo Camargo/Agência Brasil"),
    ("Foto: ANSA", "ANSA"),
    ("Foto: ANSA/Quirinale", "ANSA/Quirinale"),
    # Dutch, Finnish, Polish
    ("Beeld: ANP", "ANP"),
    ("Kuva: Lehtikuva / Heikki Saukkomaa", "Lehtikuva / Heikki Saukkomaa"),
    ("Fot. PAP/Leszek Szymański", "PAP/Leszek Szymański"),
    # a name alone after the label
    ("Foto: Katrin Brandt", "Katrin Brandt"),
]


@pytest.mark.parametrize(("line", "credit"), INTL_CREDITS)
def test_other_languages_credit_lines_are_removed(line: str, credit: str) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [e.category for e in doc.edits] == ["credit"]
    assert doc.metadata.extras["image_credits"] == [credit]


@pytest.mark.parametrize(("line", "credit"), INTL_CREDITS[:6])
def test_other_languages_credits_between_single_line_breaks(line: str, credit: str) -> None:
    doc = clean(article_with(line, sep="\n"))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]


AGENCY_LINES = [
    # agency chains and image agencies alone on a line
    "picture alliance/dpa | Armin Weigel",
    "imago images/Future Image",
    "KEYSTONE/Ennio Leanza",
    "EPA-EFE/FILIP SINGER",
    "Xinhua/Li Xueren",
    "AAP Image/Dean Lewins",
    "PA Wire/PA Images",
    "NurPhoto via Getty Images",
    "SOPA Images/LightRocket via Getty Images",
    "Sean Kilpatrick/The Canadian Press",
    "Ann Lee/The New York Times",
    "Ann Lee/Bloomberg via Getty Images",
    "iStock",
    "ZUMA Press Wire",
    "Alamy Stock Photo",
    "Shutterstock",
    "Pexels",
    "(EFE/Juan Carlos Hidalgo)",
]


@pytest.mark.parametrize("line", AGENCY_LINES)
def test_agency_credit_lines_are_removed(line: str) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert [e.category for e in doc.edits] == ["credit"]


# a news agency's name alone may be a byline or a source line: that is not
# the captions step's call, unless the line follows a caption
NEWS_AGENCIES_ALONE = ["Europa Press", "Bloomberg", "Kyodo", "Yonhap", "PA Media", "Anadolu Agency"]


@pytest.mark.parametrize("line", NEWS_AGENCIES_ALONE)
def test_a_news_agency_alone_is_left_to_the_bylines(line: str) -> None:
    assert clean(article_with(line)).edits == []


@pytest.mark.parametrize("line", NEWS_AGENCIES_ALONE)
def test_a_news_agency_after_a_caption_is_its_credit(line: str) -> None:
    caption = "IMAGE: Rescue workers search the rubble of a collapsed building in Hatay"
    doc = clean(article_with(f"{caption}\n\n{line}"))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == ["caption-label", "caption-agency"]


# --- captions that end with a credit in another language -----------------------------

INTL_CAPTION_TAILS = [
    (
        "Die Stadtwerke Neuberg an der Donau. Foto: picture alliance/dpa | Armin Weigel",
        "Die Stadtwerke Neuberg an der Donau.",
        "picture alliance/dpa | Armin Weigel",
    ),
    (
        "Oberbürgermeister Martin Lechner bei der Sitzung im Rathaus. (Foto: dpa)",
        "Oberbürgermeister Martin Lechner bei der Sitzung im Rathaus.",
        "dpa",
    ),
    (
        "Die Stadtwerke Neuberg an der Donau | Foto: Sven Hoppe/dpa",
        "Die Stadtwerke Neuberg an der Donau",
        "Sven Hoppe/dpa",
    ),
    (
        "Le président Emmanuel Macron à l'Élysée, le 4 mars 2024. Photo : Ludovic Marin / AFP",
        "Le président Emmanuel Macron à l'Élysée, le 4 mars 2024.",
        "Ludovic Marin / AFP",
    ),
    (
        "Le président Emmanuel Macron à l'Élysée. Crédit photo : Ludovic Marin / AFP",
        "Le président Emmanuel Macron à l'Élysée.",
        "Ludovic Marin / AFP",
    ),
    (
        "El presidente Pedro Sánchez durante la sesión de control en el Congreso. "
        "EFE/Juan Carlos Hidalgo",
        "El presidente Pedro Sánchez durante la sesión de control en el Congreso.",
        "EFE/Juan Carlos Hidalgo",
    ),
    (
        "El presidente Pedro Sánchez en el Congreso. (EFE/Juan Carlos Hidalgo)",
        "El presidente Pedro Sánchez en el Congreso.",
        "EFE/Juan Carlos Hidalgo",
    ),
    (
        "O presidente Lula durante cerimônia no Palácio do Planalto. Foto: Marcelo "
        "Camargo/Agência Brasil",
        "O presidente Lula durante cerimônia no Palácio do Planalto.",
        "Marcelo Camargo/Agência Brasil",
    ),
    (
        "Il presidente Sergio Mattarella al Quirinale. Foto: ANSA/Quirinale",
        "Il presidente Sergio Mattarella al Quirinale.",
        "ANSA/Quirinale",
    ),
    (
        "De premier tijdens het debat in de Tweede Kamer. Beeld: ANP",
        "De premier tijdens het debat in de Tweede Kamer.",
        "ANP",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), INTL_CAPTION_TAILS)
def test_caption_with_a_credit_tail_is_removed_and_split(
    line: str, caption: str, credit: str
) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == ["caption-credit"]
    assert doc.metadata.extras["captions"] == [caption]
    assert doc.metadata.extras["image_credits"] == [credit]


def test_a_newspapers_credit_after_an_ellipsis() -> None:
    doc = clean(article_with("Credit...Ann Lee for The New York Times"))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert doc.metadata.extras["image_credits"] == ["Ann Lee for The New York Times"]
    line = "Firefighters at the scene on Front Street.Credit...Ann Lee for The New York Times"
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == ["caption-credit"]
    assert doc.metadata.extras["captions"] == ["Firefighters at the scene on Front Street."]
    for prose in (
        "Credit...the mayor said the plan was fine.",
        "He praised the plan. Credit...where credit is due, the mayor said.",
    ):
        assert clean(article_with(prose)).edits == []


# --- caption labels -----------------------------------------------------------------

LABELLED = [
    ("IMAGE: A researcher inspects a sample of the new alloy.", "caption-label"),
    ("IMAGE CAPTION: Volunteers sort donations at the community centre", "caption-label"),
    ("Caption: The new bridge at dusk", "caption-label"),
    ("Photo caption: The new bridge at dusk", "caption-label"),
    ("Pictured: The new bridge at dusk", "caption-label"),
    ("Above: Protesters outside parliament on Tuesday. Credit: Ann Lee/Reuters", "caption-label"),
    ("Top: Protesters outside parliament on Tuesday. Bottom: Police lines.", "caption-label"),
    ("Top left: The mayor cuts the ribbon", "caption-label"),
    ("Inset: The original pier, built in 1910", "caption-label"),
    ("Pictured above: The mayor cuts the ribbon at the new library", "caption-label"),
    ("Foto: Die Stadtwerke an der Donau im Winter", "caption-label"),
    ("Légende : Le maire inaugure la nouvelle bibliothèque", "caption-label"),
    ("Pie de foto: El alcalde inaugura la nueva biblioteca", "caption-label"),
    ("Bildunterschrift: Die Stadtwerke an der Donau", "caption-label"),
]


@pytest.mark.parametrize(("line", "rule"), LABELLED)
def test_labelled_captions_are_removed(line: str, rule: str) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == [rule]


def test_a_labelled_caption_with_a_credit_tail_splits() -> None:
    line = "IMAGE: A researcher inspects a sample of the new alloy. view more"
    doc = clean(article_with(f"{line}\nCredit: Ann Lee/University of Leeds"))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == ["caption-label", "credit-label"]
    assert doc.metadata.extras["captions"] == ["A researcher inspects a sample of the new alloy."]
    assert doc.metadata.extras["image_credits"] == ["Ann Lee/University of Leeds"]


# --- a caption and its credit as a paragraph of two lines ----------------------------

CAPTION_ABOVE_CREDIT = [
    "The new alloy under an electron microscope.\nCredit: Ann Lee/University of Leeds",
    "Die Stadtwerke Neuberg an der Donau im Winter.\nFoto: picture alliance/dpa | Armin Weigel",
    "Firefighters at the scene on Front Street.\nAnn Lee/Reuters",
    "The pier as it looked before the storm.\nPhoto by Ann Lee on Unsplash",
]


@pytest.mark.parametrize("block", CAPTION_ABOVE_CREDIT)
def test_a_caption_right_above_its_credit_goes_with_it(block: str) -> None:
    doc = clean(article_with(block))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc)[0] == "caption-before-credit"
    assert [e.category for e in doc.edits] == ["caption", "credit"]
    assert doc.metadata.extras["captions"] == [block.split("\n")[0]]


KEEP_ABOVE_CREDIT = [
    # a heading (no full stop) above a credit
    "Stadtrat will sich im März befassen\nFoto: dpa",
    # a quotation, speech
    "Oberbürgermeister Lechner sagte, er habe dafür „volles Verständnis“.\nFoto: dpa",
    "The council approved the plan on Tuesday, the mayor said.\nCredit: Ann Lee/Reuters",
    "“We will rebuild the pier,” she told the meeting.\nCredit: Ann Lee/Reuters",
    # a list item, a question, a paragraph that runs on
    "- The new alloy under an electron microscope.\nCredit: Ann Lee/University of Leeds",
    "Who pays for the new pipes?\nFoto: dpa",
]


@pytest.mark.parametrize("block", KEEP_ABOVE_CREDIT)
def test_a_story_line_above_a_credit_stays(block: str) -> None:
    doc = clean(article_with(block))
    assert block.split("\n")[0].strip() in kept_lines(doc)
    assert [e.category for e in doc.edits] == ["credit"]


def test_a_line_above_a_credit_stays_where_every_line_is_a_paragraph() -> None:
    # single line breaks everywhere: two adjacent lines are not one paragraph
    block = "The new alloy under an electron microscope.\nCredit: Ann Lee/University of Leeds"
    doc = clean(article_with(block, sep="\n"))
    assert "The new alloy under an electron microscope." in kept_lines(doc)


def test_the_title_above_a_credit_stays() -> None:
    text = "Der neue Bahnhof in Neuberg ist fertig.\nFoto: dpa\n\n" + STORY_1 + "\n"
    doc = clean(text)
    assert kept_lines(doc) == ["Der neue Bahnhof in Neuberg ist fertig.", STORY_1]


# --- image notes --------------------------------------------------------------------

IMAGE_NOTES = [
    ("Representational image", ""),
    ("Representational image. (Photo: PTI)", "PTI"),
    ("Image for representational purposes only.", ""),
    ("Representational photo: PTI", "PTI"),
    ("Symbolbild", ""),
    ("Photo d'illustration.", ""),
    ("Imagen de archivo (EFE)", "EFE"),
    ("Foto de arquivo", ""),
    ("Immagine di repertorio", ""),
    ("Screenshot", ""),
]


@pytest.mark.parametrize(("line", "credit"), IMAGE_NOTES)
def test_image_notes_are_removed(line: str, credit: str) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert rules(doc) == ["image-note"]
    assert doc.metadata.extras.get("image_credits", [""]) == [credit]


# --- what stays ---------------------------------------------------------------------

KEEP = [
    # German prose about photos, images, sources
    "Das Foto zeigt den Bürgermeister bei der Eröffnung im Jahr 2019.",
    "Ein Foto von dpa zeigt den Bürgermeister, wie er das Band durchschneidet.",
    "Fotos und Videos vom Unglück kursierten schnell in den sozialen Netzwerken.",
    "Symbolbilder werden in vielen Zeitungen verwendet.",
    "Bild am Sonntag berichtete zuerst über den Fall.",
    # a press review quoting the newspaper Bild, source lines (a byline's business)
    "Bild: Kanzler will Steuern senken",
    "Bild: Die Regierung plant neue Schulden, berichtet die Zeitung.",
    "Quelle: dpa",
    "Quelle: Statistisches Bundesamt",
    "Fuente: Europa Press",
    # French, Spanish, Portuguese, Italian, Dutch, Finnish, Polish prose
    "Crédit Agricole a annoncé une hausse de ses bénéfices.",
    "Crédit : les taux remontent",
    "Crédito: el banco aprobó nuevas condiciones para las pymes.",
    "Foto: el alcalde durante el acto",
    "Il Foto Club di Roma ha premiato i vincitori.",
    "Beeld je in dat je elke dag twee uur in de file staat.",
    "Kuva on otettu vuonna 1990.",
    "Fot. 1 pokazuje wykres.",
    # English lookalikes of the new labels and notes
    "Top: 10 things to do this weekend",
    "Top: Why is inflation still rising?",
    "Bottom line: the deal is good for consumers.",
    "Above all, the council wants to avoid cuts.",
    "Inset: not a caption at all but a lower-case note",
    "Representational images are often used by newspapers, the editor said.",
    "File photos of the suspect were released by police on Tuesday.",
    "Screenshots of the messages were shared widely on social media.",
    "Handout payments will rise next year, the minister said.",
    "Photo ID will be required at polling stations.",
    "Image is everything, the designer said.",
    "Credit cards were declined across the country.",
    "Reuters/Ipsos poll shows support slipping",
    "Arsenal/Chelsea fans clashed outside the stadium.",
    "Donate/support the free press",
    "Wenn/Dann",
    "AA/Stable",
]


@pytest.mark.parametrize("line", KEEP)
def test_story_lines_are_kept(line: str) -> None:
    text = article_with(line)
    doc = clean(text)
    assert doc.text == text
    assert doc.edits == []


def test_helpers() -> None:
    assert is_credit("picture alliance/dpa | Armin Weigel")
    assert is_credit("iStock", lone=True)
    assert not is_credit("Reuters/Ipsos poll")
    verdict = classify_line("Foto: picture alliance/dpa | Armin Weigel")
    assert verdict is not None and verdict.rule == "credit-label"
    assert classify_line("Quelle: dpa") is None
    assert classify_line("Representational image", first=True) is None


def test_new_rules_switch_off() -> None:
    assert clean(article_with("Foto: Die Stadtwerke an der Donau"), labelled=False).edits == []
    block = CAPTION_ABOVE_CREDIT[0]
    assert rules(clean(article_with(block), labelled=False)) == ["credit-label"]
    assert clean(article_with("Foto: dpa"), credits=False).edits == []


# --- the whole pipeline on a German regional page ------------------------------------

GERMAN_PAGE = """Stadtwerke Neuberg erhöhen Fernwärmepreise um 18 Prozent

Die Stadtwerke Neuberg heben zum 1. April den Arbeitspreis für Fernwärme um 18 Prozent an. \
Das teilte das kommunale Unternehmen am Montag mit. Für einen durchschnittlichen Haushalt \
bedeutet das Mehrkosten von rund 310 Euro im Jahr.

Foto: picture alliance/dpa | Armin Weigel

Die Stadtwerke kündigten an, die Preisberechnung auf ihrer Internetseite zu veröffentlichen. \
Das Foto der alten Rohre, das die Stadtwerke am Montag zeigten, stammt aus dem Jahr 1975.

Der Stadtrat an der Donau im Winter.
Bild: Sven Hoppe/dpa

Verbraucherschützer raten Betroffenen, die neue Abrechnung genau zu prüfen, sagte eine \
Sprecherin der Verbraucherzentrale Bayern am Dienstag in München."""


def test_a_german_page_loses_its_credits_and_keeps_its_story() -> None:
    doc = newsclean.clean(GERMAN_PAGE)
    assert "Foto: picture alliance" not in doc.text
    assert "Bild: Sven Hoppe" not in doc.text
    assert "Der Stadtrat an der Donau im Winter." not in doc.text
    for paragraph in GERMAN_PAGE.split("\n\n"):
        if paragraph.startswith(("Foto:", "Der Stadtrat")):
            continue
        assert paragraph in doc.text
    assert doc.metadata.extras["image_credits"] == [
        "picture alliance/dpa | Armin Weigel",
        "Sven Hoppe/dpa",
    ]


# --- properties and adversarial input ----------------------------------------------

PIECES = [
    *(line for line, _ in INTL_CREDITS),
    *AGENCY_LINES,
    *(line for line, _, _ in INTL_CAPTION_TAILS),
    *(line for line, _ in LABELLED),
    *(line for line, _ in IMAGE_NOTES),
    *KEEP,
    *CAPTION_ABOVE_CREDIT,
    STORY_1,
    STORY_2,
    "",
]


def _check(text: str) -> None:
    doc = clean(text)
    assert all(e.replacement == "" for e in doc.edits)
    assert is_subsequence(doc.text, text)
    assert clean(doc.text).text == doc.text


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["\n", "\n\n", "\r\n"]))
@settings(max_examples=300, deadline=None)
def test_articles_of_realistic_lines_only_lose_text(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    _check(text)
    doc = clean(text)
    for line in (STORY_1, STORY_2, *KEEP[:5]):
        assert doc.text.count(line) == text.count(line)


@given(st.text(alphabet=st.sampled_from("Foto: Bild©/|dpa.()\n é"), max_size=300))
@settings(max_examples=200, deadline=None)
def test_label_soup_only_loses_text(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foto: " + "/" * 200_000,
        "Foto: " + "picture alliance/" * 12_000,
        "Quelle: " + "dpa | " * 35_000,
        "Top: " + "word " * 40_000,
        "Representational image " + "(" * 200_000,
        "Symbolbild " + "Foto: " * 35_000,
        "Die Stadtwerke. Foto: " + "Ann Lee/" * 25_000,
        "Crédit photo : " + "—" * 200_000,
        "\n".join(["Ein Satz.", "Foto: dpa"] * 20_000),
        "\n\n".join(["Die Stadtwerke an der Donau.\nFoto: dpa"] * 10_000),
    ],
)
def test_adversarial_input_finishes(text: str) -> None:
    clean(text)


# --- Italian credits without a colon, more notes of Brazilian and German pages --------

MORE_INTL = [
    ("Foto ANSA", "ANSA"),
    ("Foto LaPresse", "LaPresse"),
    ("Foto Ansa/Ann Lee", "Ansa/Ann Lee"),
    ("Foto di Ann Lee", "Ann Lee"),
    ("Foto: Arquivo pessoal", "Arquivo pessoal"),
    ("Foto: Divulgação/Polícia Civil", "Divulgação/Polícia Civil"),
    ("Foto: privat", "privat"),
    ("© dpa", "dpa"),
    ("Bild: picture alliance / dpa | Ann Lee", "picture alliance / dpa | Ann Lee"),
    ("Foto: Reuters/Ana Souza", "Reuters/Ana Souza"),
]


@pytest.mark.parametrize(("line", "credit"), MORE_INTL)
def test_more_credits_in_other_languages(line: str, credit: str) -> None:
    doc = clean(article_with(line))
    assert kept_lines(doc) == [HEAD.strip(), STORY_1, STORY_2]
    assert doc.metadata.extras["image_credits"] == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Foto di gruppo per i vincitori del torneo",
        "Foto Club Milano premia i soci",
        "Foto: il sindaco durante la cerimonia",
    ],
)
def test_italian_photo_lookalikes_stay(line: str) -> None:
    text = article_with(line)
    assert clean(text).text == text
