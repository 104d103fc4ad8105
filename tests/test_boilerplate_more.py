"""More boilerplate families: French, Spanish, Italian, Portuguese and German site
furniture, paywalls, cookie banners, breadcrumb trails, safer-gambling notices, standards
notes and science press-release footers; and the story lines that look like them but stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Document, default_pipeline
from newsclean.cleaners.boilerplate import (
    BoilerplateConfig,
    RuleError,
    packaged_rules,
    parse_rules,
    reported_speech,
)

from .boilerplate_article import LAST, LEAD, MIDDLE, kept, removals, run, story
from .conftest import is_subsequence

FR = (
    "Le gouvernement a présenté mardi un projet de loi visant à réformer l'assurance-chômage, "
    "qui doit durcir les conditions d'indemnisation des demandeurs d'emploi dès l'automne.",
    "Les syndicats dénoncent une mesure « injuste » qui pénalisera d'abord les plus précaires, "
    "alors que le chômage repart à la hausse depuis le début de l'année dans plusieurs régions.",
    "Le texte doit être examiné par l'Assemblée nationale au mois de juin, avant une adoption "
    "définitive espérée par l'exécutif à la fin de l'été, selon le calendrier du ministère.",
)
ES = (
    "El Gobierno aprobó este martes la reforma de las pensiones, que eleva las cotizaciones de "
    "los salarios más altos para garantizar la sostenibilidad del sistema durante décadas.",
    "El ministro defendió en rueda de prensa que la medida afecta solo a una minoría de "
    "trabajadores y que no tendrá impacto en el empleo, según los cálculos de su departamento.",
    "La patronal, sin embargo, advirtió de que el aumento de los costes laborales frenará la "
    "contratación y pidió al Ejecutivo que abra una nueva mesa de diálogo social este mes.",
)


# --- furniture no story holds: a whole line anywhere ------------------------------------

ANYWHERE = [
    # French
    ("Article réservé aux abonnés", "paywall-intl"),
    ("Réservé aux abonnés", "paywall-intl"),
    ("Il vous reste 75% de cet article à lire. La suite est réservée aux abonnés.", "paywall-intl"),
    ("Déjà abonné ? Se connecter", "paywall-intl"),
    ("Offrir cet article", "gift-article"),
    ("Cet article vous est offert", "gift-article"),
    ("Lire plus tard", "save-button-intl"),
    ("Partager", "share-prompt-intl"),
    ("Partager sur Facebook", "share-prompt-intl"),
    ("Abonnez-vous", "subscribe-promo-intl"),
    ("S'inscrire", "subscribe-promo-intl"),
    ("Je m’abonne", "subscribe-promo-intl"),
    ("Inscrivez-vous à notre newsletter", "newsletter-intl"),
    ("Suivez-nous sur Facebook", "follow-us-intl"),
    ("Publicité", "ad-marker"),
    ("Contenu sponsorisé", "ad-marker"),
    ("LIRE AUSSI - La réforme des retraites adoptée", "read-more-intl"),
    # Spanish
    ("Seguir leyendo", "continue-reading-intl"),
    ("Compartir en Twitter", "share-prompt-intl"),
    ("Publicidad", "ad-marker"),
    ("PUBLICIDAD", "ad-marker"),
    ("Suscríbete", "subscribe-promo-intl"),
    ("Suscríbete a nuestra newsletter", "newsletter-intl"),
    ("Este contenido es exclusivo para suscriptores", "paywall-intl"),
    ("¿Ya eres suscriptor? Inicia sesión", "paywall-intl"),
    ("Síguenos en Twitter", "follow-us-intl"),
    ("Contenido patrocinado", "ad-marker"),
    ("Lee también: El Congreso aprueba el decreto", "read-more-intl"),
    # Italian
    ("Condividi", "share-prompt-intl"),
    ("Pubblicità", "ad-marker"),
    ("Iscriviti", "subscribe-promo-intl"),
    ("Iscriviti alla newsletter", "newsletter-intl"),
    ("Sei già abbonato? Accedi", "paywall-intl"),
    ("Seguici su Facebook", "follow-us-intl"),
    ("Leggi anche: Il governo approva la riforma", "read-more-intl"),
    # Portuguese
    ("Compartilhe", "share-prompt-intl"),
    ("Compartilhe esta notícia", "share-prompt-intl"),
    ("Publicidade", "ad-marker"),
    ("Assine", "subscribe-promo-intl"),
    ("Assine já", "subscribe-promo-intl"),
    ("Conteúdo exclusivo para assinantes", "paywall-intl"),
    ("Já é assinante? Faça login", "paywall-intl"),
    ("Siga-nos no Instagram", "follow-us-intl"),
    ("Leia também: Governo aprova reforma da Previdência", "read-more-intl"),
    ("4 min de leitura", "reading-aids-intl"),
    # German
    ("Jetzt abonnieren", "subscribe-promo-intl"),
    ("Newsletter abonnieren", "newsletter-intl"),
    ("Dieser Artikel ist nur für Abonnenten", "paywall-intl"),
    ("Artikel verschenken", "gift-article"),
    ("Folgen Sie uns auf Facebook", "follow-us-intl"),
    # English
    ("Ad Feedback", "ad-marker"),
    ("ADVERTISEMENT", "ad-marker"),
    ("Story continues", "ad-marker"),
    ("Article content", "ad-marker"),
    ("You've reached your free article limit.", "paywall-note"),
    ("You have 3 free articles left this month.", "subscribe-promo"),
    ("To continue reading, subscribe today.", "paywall-note"),
    ("Create a free account to continue reading", "paywall-note"),
    ("Add Example News as a preferred source on Google", "preferred-source"),
    ("18+ | BeGambleAware.org", "gambling-notice"),
    ("Gambling can be addictive. Please play responsibly.", "gambling-notice"),
    ("When the fun stops, stop.", "gambling-notice"),
    ("Open this photo in gallery:", "media-controls"),
]


@pytest.mark.parametrize(("line", "rule"), ANYWHERE, ids=[line for line, _ in ANYWHERE])
def test_furniture_goes_in_the_middle_of_a_story(line: str, rule: str) -> None:
    doc = run(story(middle=(line,)))
    assert removals(doc) == [(rule, line)]
    assert kept(doc, LEAD) and kept(doc, MIDDLE) and kept(doc, LAST)


# --- furniture at the top or bottom ---------------------------------------------------------

EDGE = [
    (
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "cookie-notice-intl",
    ),
    (
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "cookie-notice-intl",
    ),
    ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "cookie-notice-intl"),
    ("Tout accepter", "cookie-notice-intl"),
    ("Aceptar todas", "cookie-notice-intl"),
    ("Accetta tutti", "cookie-notice-intl"),
    ("Alle akzeptieren", "cookie-notice-intl"),
    ("We use cookies to improve your experience.", "cookie-notice"),
    ("Manage preferences", "cookie-notice"),
    ("Sauvegarder", "save-toggle-intl"),
    ("Imprimer", "share-button-intl"),
    ("Copiar enlace", "share-button-intl"),
    ("Tous droits réservés", "all-rights-reserved-intl"),
    ("© RIPRODUZIONE RISERVATA", "copyright"),
    ("Todos os direitos reservados.", "all-rights-reserved-intl"),
    ("Voir les commentaires", "comments-intl"),
    ("Les commentaires sont fermés.", "comments-intl"),
    ("Comentários", "comments-intl"),
    ("Mots-clés : retraites, réforme", "taxonomy-intl"),
    ("The Trust Project", "trust-note"),
    ("Why you can trust our reporting", "trust-note"),
    ("Se adhiere a los criterios de The Trust Project Más información", "trust-note"),
    (
        "The BBC is not responsible for the content of external sites. Read about our approach "
        "to external linking.",
        "external-links-note",
    ),
    ("Gambling Problem? Call 1-800-GAMBLER.", "gambling-helpline"),
    (
        "If you or someone you know has a gambling problem, crisis counseling and referral "
        "services can be accessed by calling 1-800-GAMBLER (1-800-426-2537).",
        "gambling-helpline",
    ),
    ("Get in touch", "media-inquiries"),
    ("Listen to article", "reading-aids"),
]


@pytest.mark.parametrize(("line", "rule"), EDGE, ids=[line[:40] for line, _ in EDGE])
def test_edge_furniture_goes_at_the_top_and_bottom_only(line: str, rule: str) -> None:
    for doc in (run(story(top=(line,))), run(story(bottom=(line,)))):
        assert removals(doc) == [(rule, line)]
    assert kept(run(story(middle=(line,))), line)


def test_a_breadcrumb_trail_at_the_top_goes() -> None:
    for trail, rule in (
        ("Home > News > World", "breadcrumbs"),
        ("You are here: Home > Sport", "breadcrumbs"),
        ("News > World > Europe", "breadcrumb-trail"),
        ("Sport › Football › Premier League", "breadcrumb-trail"),
        ("Actualités » Politique", "breadcrumb-trail"),
    ):
        assert removals(run(story(top=(trail,)))) == [(rule, trail)], trail
        assert kept(run(story(middle=(trail,))), trail)


def test_a_title_with_a_separator_at_the_top_stays() -> None:
    for title in ("Apple > Samsung", "Love / Hate", "Trump » the comeback of the decade"):
        assert kept(run(story(top=(title,))), title), title


# --- read-also headings and their headlines ---------------------------------------------


def test_lire_aussi_in_the_story_takes_only_the_headline_under_it() -> None:
    headline = "Assurance-chômage : ce qui change au 1er février"
    subheading = "Une réforme contestée"
    text = "\n\n".join([FR[0], "Lire aussi :", headline, subheading, FR[1], FR[2]])
    doc = run(text)
    assert removals(doc) == [
        ("read-also-heading", "Lire aussi :"),
        ("read-also-heading-item", headline),
    ]
    assert kept(doc, subheading)
    assert all(kept(doc, p) for p in FR)


@pytest.mark.parametrize(
    "heading", ["À lire aussi", "Lee también", "Leggi anche:", "Leia também", "READ MORE:"]
)
def test_other_read_also_headings_in_the_story_take_one_headline(heading: str) -> None:
    headline = "The town that chose to leave"
    doc = run(story(middle=(heading, headline, "What happens next")))
    assert [rule for rule, _ in removals(doc)] == [
        "read-also-heading",
        "read-also-heading-item",
    ]
    assert kept(doc, "What happens next")


def test_mas_informacion_in_the_story_takes_one_headline() -> None:
    text = "\n\n".join(
        [ES[0], "Más información", "El Congreso da luz verde al decreto de pensiones", *ES[1:]]
    )
    doc = run(text)
    assert [rule for rule, _ in removals(doc)] == ["read-also-heading", "read-also-heading-item"]
    assert all(kept(doc, p) for p in ES)


def test_a_read_also_heading_at_the_bottom_takes_the_whole_block() -> None:
    headlines = ("Floods: what the insurers pay", "The town that chose to leave", "River levels")
    doc = run(story(bottom=("Voir aussi :", *headlines)))
    assert removals(doc) == [
        ("read-also-heading", "Voir aussi :"),
        *(("read-also-heading-item", h) for h in headlines),
    ]


def test_a_read_also_heading_before_prose_takes_nothing_more() -> None:
    doc = run(story(middle=("Lire aussi :", FR[1])))
    assert removals(doc) == [("read-also-heading", "Lire aussi :")]
    assert kept(doc, FR[1])


def test_portuguese_related_block_at_the_bottom() -> None:
    doc = run(
        story(bottom=("Notícias relacionadas", "Governo aprova reforma", "Câmara adia votação"))
    )
    assert [rule for rule, _ in removals(doc)] == ["related-posts-intl"] + [
        "related-posts-intl-item"
    ] * 2


# --- tags ---------------------------------------------------------------------------------


def test_archivado_en_takes_its_tags_at_the_bottom() -> None:
    tags = ("Pensiones", "Gobierno de España", "Seguridad Social")
    doc = run(story(bottom=("Archivado En", *tags), paragraphs=ES))
    assert removals(doc)[0] == ("tag-list-intl", "Archivado En")
    assert doc.metadata.tags == list(tags)
    assert all(kept(doc, p) for p in ES)


def test_an_other_language_taxonomy_line_fills_tags() -> None:
    doc = run(story(bottom=("Etiquetas: economía, gobierno",)))
    assert doc.metadata.tags == ["economía", "gobierno"]


# --- sign-up boxes ----------------------------------------------------------------------


def test_a_french_newsletter_box_goes_whole() -> None:
    box = ("Newsletter", "Inscrivez-vous à notre newsletter", "Votre adresse e-mail", "S'inscrire")
    doc = run(story(middle=box, paragraphs=FR))
    assert [e.removed.strip() for e in doc.edits] == list(box)
    assert all(kept(doc, p) for p in FR)


def test_an_english_sign_up_box_goes_whole() -> None:
    box = ("Sign up for our newsletter", "Email address", "Sign up")
    doc = run(story(middle=box))
    assert [e.removed.strip() for e in doc.edits] == list(box)


def test_a_lone_sign_up_button_stays() -> None:
    for line in ("Email address", "Sign up"):
        assert kept(run(story(middle=(line,))), line)


# --- repost notes fill original_source -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Originally published on Example News", "Example News"),
        ("This article originally appeared on Example News.", "Example News"),
        ("This story was originally published by The Texas Tribune.", "The Texas Tribune"),
        ("Provided by University of Example", "University of Example"),
        (
            "Materials provided by St. Jude Example Hospital. Note: Content may be edited for "
            "style and length.",
            "St. Jude Example Hospital",
        ),
    ],
)
def test_a_repost_note_at_the_bottom_fills_original_source(line: str, source: str) -> None:
    doc = run(story(bottom=(line,)))
    assert [e.removed.strip() for e in doc.edits] == [line]
    assert doc.metadata.original_source == source


# --- science press-release footers --------------------------------------------------------

COI = (
    "The authors declare that they have no known competing financial interests or personal "
    "relationships that could have appeared to influence the work reported in this paper."
)
RELEASE_BLOCK = (
    "Journal",
    "Nature Medicine",
    "DOI",
    "10.1038/s41591-024-02856-4",
    "Method of research",
    "Observational study",
    "Subject of research",
    "People",
    "Article Title",
    "Long COVID symptoms in children: a two-year cohort study",
    "Article Publication Date",
    "4-Mar-2024",
    "COI Statement",
    COI,
    "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases "
    "posted to EurekAlert! by contributing institutions or for the use of any information "
    "through the EurekAlert system.",
)


def test_a_release_metadata_block_goes_with_its_values() -> None:
    doc = run(story(bottom=RELEASE_BLOCK))
    assert [e.removed.strip() for e in doc.edits] == list(RELEASE_BLOCK)
    rules = [rule for rule, _ in removals(doc)]
    assert rules[:4] == [
        "release-metadata",
        "release-metadata-item",
        "release-metadata",
        "release-metadata-item",
    ]
    assert kept(doc, LAST)


def test_a_release_block_goes_through_the_default_pipeline() -> None:
    text = story(bottom=("###", "About Example University", MIDDLE, *RELEASE_BLOCK))
    doc = default_pipeline()(Document(text))
    for line in RELEASE_BLOCK:
        assert line not in doc.text, line
    assert "About Example University" in doc.text and LAST in doc.text


def test_a_lone_label_stays_with_the_paragraph_under_it() -> None:
    for place in ("middle", "bottom"):
        lines = ("Journal", LAST)
        text = story(middle=lines) if place == "middle" else "\n\n".join([LEAD, MIDDLE, *lines])
        doc = run(text)
        assert doc.edits == [], place
        assert kept(doc, "Journal") and kept(doc, LAST)


def test_a_release_field_on_one_line_goes_at_the_bottom() -> None:
    lines = ("Method of research: Experimental study", "Article Publication Date: 4-Mar-2024")
    doc = run(story(bottom=lines))
    assert [rule for rule, _ in removals(doc)] == ["release-field", "release-field"]


def test_science_news_footers_go() -> None:
    footer = (
        "More information: Jane Doe et al, A stable photocatalyst for overall water splitting, "
        "Nature (2024). DOI: 10.1038/s41586-024-07123-4",
        "Journal information: Nature",
        "Provided by University of Example",
        "Citation: New catalyst splits water (2024, March 4) retrieved 5 March 2024 from "
        "https://example.org/news/2024-03-catalyst.html",
        "This document is subject to copyright. Apart from any fair dealing for the purpose of "
        "private study or research, no part may be reproduced without the written permission. "
        "The content is provided for information purposes only.",
    )
    doc = run(story(bottom=footer))
    assert [e.removed.strip() for e in doc.edits] == list(footer)
    assert doc.metadata.original_source == "University of Example"


def test_a_science_daily_footer_goes() -> None:
    footer = (
        "Story Source:",
        "Materials provided by University of Example. Note: Content may be edited for style "
        "and length.",
        "Journal Reference:",
        "Jane Doe, John Roe. A stable photocatalyst for overall water splitting. Nature, 2024; "
        "627 (8003): 301 DOI: 10.1038/s41586-024-07123-4",
        "Cite This Page:",
        "MLA",
        "APA",
        "Chicago",
        'University of Example. "New catalyst splits water." Example Daily. Example Daily, 4 '
        "March 2024. <www.example.org/releases/2024/03/240304123456.htm>.",
    )
    doc = run(story(bottom=footer))
    assert [e.removed.strip() for e in doc.edits] == list(footer)


# --- a sports page ------------------------------------------------------------------------


def test_a_sports_page_loses_its_gambling_notices_and_keeps_its_results() -> None:
    results = (
        "Arsenal 3-1 Chelsea",
        "1. Arsenal 28 20 5 3 62 24 65",
        "2. Liverpool 28 19 7 2 65 26 64",
        "Arsenal 5/2, Liverpool 3/1, Man City 7/2",
    )
    notices = ("18+ | BeGambleAware.org", "When the fun stops, stop.", "T&Cs apply.")
    doc = run(story(middle=results, bottom=notices))
    assert [e.removed.strip() for e in doc.edits] == list(notices)
    assert all(kept(doc, line) for line in results)


# --- story lines that look like furniture stay ------------------------------------------

STORY_LINES = [
    "Advertisers pulled their spending after the scandal, and the network lost $40 million in "
    "advertisement revenue in a single quarter.",
    "The site used cookies to track visitors without asking, the regulator found.",
    "Subscriptions to the paper rose 12% last year, and the publisher said it would hire more "
    "reporters for its regional desks.",
    "Comments made by the minister on Tuesday drew criticism from the opposition.",
    "Sharing the photos on Facebook was a mistake, she said later.",
    "The plan was originally published in 1998 and updated last year.",
    "Lire aussi les mémoires de Simone Veil permet de comprendre pourquoi la loi de 1975 a tant "
    "divisé le pays.",
    "La Publicidad institucional del Gobierno creció un 30% el año pasado, según el informe del "
    "Tribunal de Cuentas.",
    "Publicidad engañosa: la multa a la compañía asciende a dos millones de euros.",
    "Gambling can be addictive, and the club's sponsor knows it, campaigners said.",
    "The odds are against him.",
    "Accepter les cookies est devenu un réflexe pour des millions d'internautes qui ne lisent "
    "plus les conditions.",
    "Suivez-nous sur Facebook, a lancé le préfet aux habitants.",
    "Este contenido es exclusivo para suscriptores, dijo el portavoz.",
    "Siga o passo a passo no YouTube para instalar o aplicativo.",
    "Jetzt hat auch die Stadt einen Newsletter, den bereits 3000 Bürger lesen.",
    "Why you can trust the new polls more than the old ones",
    "The findings were published March 4 in Nature Medicine (DOI: 10.1038/s41591-024-02856-4).",
    "More information: call the council on 555-0100 before Friday.",
    "Journal of a plague year",
    "18+",
]


@pytest.mark.parametrize("line", STORY_LINES, ids=[line[:40] for line in STORY_LINES])
@pytest.mark.parametrize("place", ["top", "middle", "bottom"])
def test_story_lines_that_look_like_furniture_stay(line: str, place: str) -> None:
    text = story(**{place: (line,)})  # type: ignore[arg-type]
    doc = run(text)
    assert doc.edits == [], removals(doc)
    assert doc.text == text


def test_a_story_list_stays() -> None:
    items = (
        "The proposals include:",
        "- Higher fees for late subscriptions",
        "- A ban on cookies set without consent",
        "- New rules for online advertisements",
        "- A register of sponsored content",
    )
    for place in ("middle", "bottom"):
        doc = run(story(**{place: items}))  # type: ignore[arg-type]
        assert doc.edits == [], (place, removals(doc))


def test_french_and_spanish_prose_stays_whole() -> None:
    for paragraphs in (FR, ES):
        text = "\n\n".join(paragraphs)
        assert run(text).edits == []


def test_reported_speech_in_other_languages() -> None:
    assert reported_speech("Suivez-nous sur Facebook, a lancé le préfet.")
    assert reported_speech("Síguenos en Twitter, dijo el alcalde.")
    assert reported_speech("Seguici su Facebook, ha detto il sindaco.")
    assert not reported_speech("Síguenos en Twitter")


# --- the schema: story_items and then = "value" ------------------------------------------


def test_story_items_caps_what_a_heading_takes_in_the_story() -> None:
    rules = parse_rules(
        '[[rule]]\nid = "also"\npattern = "also on our site:"\nthen = "headlines"\n'
        'story_items = 2\nstarts = ["also"]\n'
    )
    heads = ("First related headline", "Second related headline", "Third related headline")
    doc = run(story(middle=("Also on our site:", *heads)), BoilerplateConfig(rules=rules))
    assert [e.removed.strip() for e in doc.edits] == ["Also on our site:", *heads[:2]]
    doc = run(story(bottom=("Also on our site:", *heads)), BoilerplateConfig(rules=rules))
    assert [e.removed.strip() for e in doc.edits] == ["Also on our site:", *heads]


def test_config_max_items_still_caps_a_story_items_rule() -> None:
    rules = parse_rules(
        '[[rule]]\nid = "also"\npattern = "also on our site:"\nthen = "headlines"\n'
        'story_items = 5\nstarts = ["also"]\n'
    )
    heads = ("First related headline", "Second related headline", "Third related headline")
    doc = run(
        story(middle=("Also on our site:", *heads)), BoilerplateConfig(rules=rules, max_items=1)
    )
    assert [e.removed.strip() for e in doc.edits] == ["Also on our site:", heads[0]]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('pattern = "x"\nstory_items = 0\nthen = "headlines"', "bad story_items 0"),
        ('pattern = "x"\nstory_items = true\nthen = "headlines"', "bad story_items True"),
        ('pattern = "x"\nstory_items = 2', "story_items needs then"),
        ('pattern = "x"\nthen = "values"', "bad then 'values'"),
    ],
)
def test_bad_new_keys_are_reported(body: str, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        parse_rules(f'[[rule]]\nid = "r"\n{body}\n', "my.toml")


def test_a_user_value_rule_takes_the_line_after_each_label() -> None:
    rules = parse_rules(
        '[[rule]]\nid = "facts"\npattern = "(?:born|died|spouse)"\nthen = "value"\n'
        'alone = false\nposition = "bottom"\nstarts = ["born", "died", "spouse"]\n'
    )
    block = ("Born", "March 3, 1901", "Died", "May 4, 1990", "Spouse", "Jane Roe")
    doc = run(story(bottom=block), BoilerplateConfig(packaged=False, rules=rules))
    assert [rule for rule, _ in removals(doc)] == ["facts", "facts-item"] * 3
    lone = run(
        story(bottom=("Born", "March 3, 1901")), BoilerplateConfig(packaged=False, rules=rules)
    )
    assert lone.edits == []


def test_a_value_is_not_taken_when_a_rule_matches_it() -> None:
    doc = run(story(bottom=("Journal", "DOI", "10.1038/s41591-024-02856-4")))
    assert removals(doc) == [
        ("release-metadata", "Journal"),
        ("release-metadata", "DOI"),
        ("release-metadata-item", "10.1038/s41591-024-02856-4"),
    ]


def test_new_rule_files_are_packaged() -> None:
    ids = {rule.id for rule in packaged_rules()}
    for rid in (
        "paywall-intl",
        "gambling-notice",
        "release-metadata",
        "read-also-heading",
        "cookie-notice-intl",
        "trust-note",
    ):
        assert rid in ids


# --- properties -----------------------------------------------------------------------------

POOL = [line for line, _ in ANYWHERE + EDGE] + list(RELEASE_BLOCK) + STORY_LINES + [*FR, *ES]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=12), st.sampled_from(["\n", "\n\n"]))
def test_cleaning_only_removes_and_is_idempotent(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    once = run(text)
    assert is_subsequence(once.text, text)
    again = run(once.text)
    assert again.text == once.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_crashes(text: str) -> None:
    doc = run(text)
    assert is_subsequence(doc.text, text)


# --- robustness -----------------------------------------------------------------------------

ADVERSARIAL = [
    "*" * 200_000,
    "[" * 200_000,
    "(" * 200_000,
    "—" * 200_000,
    "@" * 200_000,
    " " * 200_000,
    ">" * 200_000,
    "» " * 100_000,
    "News > " * 30_000,
    "Sport › " * 30_000,
    "word " * 40_000,
    "Journal\n" * 25_000,
    "Journal\nNature\n" * 12_000,
    "Lire aussi :\n" * 20_000,
    "Lire aussi :\n\nTitre\n\n" * 10_000,
    "18+ | " * 40_000,
    "Gambling problem? " + "1-800 " * 30_000,
    "More information: " + "doi " * 50_000,
    "x et al " * 25_000 + "DOI: 10.1000/x",
    "A" * 100_000 + "<www." + "b" * 100_000,
    "Citation: " + "retrieved " * 20_000,
    "Il vous reste " + "9" * 200_000,
    "Suivez-nous sur " + "Facebook " * 25_000,
    "Inscrivez-vous " + "a " * 100_000 + "newsletter",
    "Home > " + "a > " * 50_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[repr(t[:14]) for t in ADVERSARIAL])
def test_adversarial_input_finishes(text: str) -> None:
    doc = run(text)
    assert len(doc.text) <= len(text)


def test_a_tags_line_of_tag_links_goes_wherever_it_stands() -> None:
    """Its links say it is the tag list, even with an author box still below it."""
    text = (
        "Wind farm approved\n\n"
        "The council approved the wind farm on Tuesday after a two-year review of its impact "
        "on birds and the coast.\n\n"
        "Tags: [Energy](https://example.org/tag/energy/), "
        "[Local politics](https://example.org/tag/local-politics/)\n\n"
        "About the author\n\n"
        "Ann Lee is a senior reporter at Example News covering energy and the environment, "
        "and has written about the coast for ten years.\n"
    )
    doc = newsclean.clean(text)
    assert "Tags:" not in doc.text
    assert doc.metadata.tags == ["Energy", "Local politics"]
    assert newsclean.clean(doc.text).text == doc.text


def test_a_tags_line_that_is_not_tag_links_still_needs_the_bottom() -> None:
    text = (
        "Wind farm approved\n\n"
        "The council approved the wind farm on Tuesday after a two-year review of its impact "
        "on birds and the coast, and after three public hearings in which residents, "
        "fishermen and the operator of the harbour all spoke at length.\n\n"
        "Tags: energy, local politics\n\n"
        "Residents will be consulted again before building starts next spring, officials "
        "said at the meeting, and the first turbines are due to turn in the autumn of the "
        "following year if the weather allows the work at sea.\n"
    )
    assert "Tags: energy, local politics" in newsclean.clean(text).text
