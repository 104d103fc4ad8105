"""Bylines, datelines, source lines, credits and author bios.

News pages wrap the story in credits: a byline (``By Jane Roe and John Doe,
Reuters``), a dateline (``Global Research, March 21, 2023``, ``Updated 3:45
PM EST, Tue March 21, 2023``), a wire opening (``WASHINGTON (AP) — ``), a
``Source: X`` line, contributor credits (``Additional reporting by X in Y``,
``X contributed to this report.``), an author bio at the end (``X is a
journalist for Y ...``), the outlet's name as the last line, a trailing
``– zero hedge`` after the last sentence, a reporter's e-mail address, a
section label with a time stamp (``All News 10:42 March 05, 2024``), a job
title beside the byline (``Senior Reporter, The Times``) and a wire story's
end marker (``(END)``). The same families come in other languages and house
styles: ``Von Anna Lehmann``, ``Ein Gastbeitrag von ...``, ``Por Ana Souza,
g1 SP``, ``di Anna Rossi``, ``Curated By: X``, ``Written by X | New Delhi |
Updated: March 3, 2026 10:15 IST``, ``Ann Lee / TNN / Updated: ...``,
``PUBLISHED: 12:31 EDT, 3 March 2026 | UPDATED: ...``, ``Publicado em 3 de
março de 2026, 10h15``, ``Atualizado há 2 horas``, ``Aggiornato il 3 marzo
2026``, ``Quelle: dpa``, ``Mit Material von dpa``, ``Com informações da
Reuters``, ``ab/sms (AFP, dpa)``, ``Da Redação``, ``India Today News Desk``,
``Heard on Morning Edition``, ``Reported by X, Edited by Y``, ``Reviewed by
X``; a lone name above a date or a job title (``Ann Lee`` / ``BBC News,
Cardiff``), a lone place among the credits (``NEW DELHI``), an author box at
the end (``Ann Lee`` / ``Senior Reporter``, a bio and the lines that go on
with it: ``She holds ...``) and a sign-off (``— Ann Lee``). Blogging
platforms (Medium, Substack, Ghost, dev.to, LinkedIn articles, WordPress) add
an author card: ``Published in`` and
``Writer for`` with the publication's name, ``3.4K Followers``, ``Written
by X``, ``See all from X``, clap and response counters and a short bio at
the end (see :func:`card_line`). This cleaner removes them and keeps what
they say as metadata: ``authors``, ``contributors``, ``publisher``, ``date``
(ISO), ``original_source`` and ``extras["editors"]``.

Links are evidence too: the markup step records every link it turned into
text in ``metadata.extras["links"]``, so a lone ``Marta Quill`` above the
story whose text was a link to ``/@martaquill`` or ``/author/...`` is an
author line (see :func:`linked_byline`). Without that evidence a lone name
stays, unless a credit sits right beside it (a date, a job title, an outlet).

Precision comes first. A line is a credit only when the *whole* line has a
credit's shape: after ``By`` comes a list of names (capitalised words,
``and``, commas, maybe an outlet, a role or a date), never a sentence, so
``By Tuesday, the talks had collapsed.`` stays. Most rules apply only where
credits cluster: before the story's first prose paragraph, after its last
one, or in the run of lines at the very end (see :func:`newsclean.text.zones`);
a ``Source:`` line in the middle of the story stays. Inside a kept line only
three things are removed: a wire opening at the start of the story, a
``– name`` attribution after the final punctuation of a paragraph, and a
dangling dash at the very end of the article.

>>> from newsclean.document import Document
>>> doc = Document("Title\\n\\nBy Jane Roe and John Doe, Reuters\\n\\n"
...                "WASHINGTON (Reuters) - The Senate voted on Tuesday.\\n\\n"
...                "Additional reporting by Ann Lee in London")
>>> BylineCleaner()(doc)
>>> doc.text
'Title\\n\\n\\n\\nThe Senate voted on Tuesday.\\n\\n'
>>> doc.metadata.authors, doc.metadata.contributors, doc.metadata.publisher
(['Jane Roe', 'John Doe'], ['Ann Lee'], 'Reuters')
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import regex

from newsclean.cleaners.captions import IMAGE_AGENCIES
from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import (
    MONTHS,
    Line,
    Zones,
    is_prose,
    line_change,
    parse_date,
    split_lines,
    word_count,
)

__all__ = [
    "AUTHOR_PATHS",
    "BylineCleaner",
    "BylineConfig",
    "Credit",
    "LinkEvidence",
    "author_url",
    "card_label",
    "card_line",
    "card_object",
    "classify_line",
    "date_line",
    "end_marker",
    "engagement_count",
    "link_evidence",
    "linked_byline",
    "parse_names",
    "role_line",
]

_I = regex.IGNORECASE | regex.V0
_H = r"[ \t\u00a0]"  # a horizontal space


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(p.split()) for p in text.split(","))


# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------

#: News agencies and outlets that often appear as a single word (or a fixed
#: phrase) in credits: ``(Reuters)``, ``By Jane Roe, AFP``, ``— Xinhua``.
WIRES = _phrases(
    """
    ap, afp, reuters, bloomberg, xinhua, yonhap, kyodo, jiji, tass, ria, interfax, sputnik,
    anadolu, bernama, antara, ani, pti, ians, upi, dpa, efe, ansa, kcna, nhk, cna, aap, bbc,
    cnn, agencies, irna, wam, mena, ukrinform, unian, newsis, axios, politico, al jazeera,
    associated press, the associated press, agence france-presse, agence france presse,
    kyodo news, jiji press, yonhap news agency, xinhua news agency, press association,
    canadian press, the canadian press, press trust of india, tnn, ens, express news service,
    lusa, agência brasil, agencia brasil, agência estado, estadão conteúdo, europa press,
    notimex, télam, apa, sda, keystone-sda, epd, kna, agi, adnkronos, lapresse, belga, anp,
    ntb, tt, ritzau, stt, ctk, pap, mti, hina, tanjug, bta, agerpres, ukrinform, pa media,
    nexstar media wire, cns, states newsroom, ap news
    """
)

#: Words that mark a name as an outlet's: ``Bloomberg News``, ``The Korea
#: Herald``, ``South China Morning Post``.
OUTLET_WORDS = _words(
    """
        news press times post herald journal tribune gazette telegraph guardian independent
        observer chronicle daily weekly magazine media network agency wire radio tv
        television broadcasting review insider monitor express mail mailonline mirror
        standard examiner courier dispatch bulletin digest online associated economist
        newsweek ilbo shimbun hedge newswire broadcast channel
        agência agencia agenzia agentur agence presse prensa imprensa stampa zeitung
        nachrichten notícias noticias notizie nouvelles diario diário jornal giornale
        corriere gazzetta quotidiano rundschau kurier anzeiger tageblatt globo folha
        """
)

#: Role words: a credit name made only of these (and determiners) names no
#: one (``By Staff``, ``Our Correspondent``, ``Email the author``).
ROLE_NOUNS = _words(
    """
        staff writer writers reporter reporters correspondent correspondents editor editors
        board admin administrator webmaster contributor contributors columnist journalist
        journalists desk team bureau newsroom agencies services service wires author authors
        producer chief intern stringer anchor analyst guest post blogger moderator
        redação redacao redacción redaccion redaktion rédaction redazione redactie equipe
        equipo agências agencias agenzie agences agenturen korrespondent korrespondentin redakteur
        redakteurin reporterin autor autorin journalistin jornalista repórter periodista
        giornalista inviato inviata corrispondente correspondente corresponsal rédacteur
        rédactrice journaliste envoyé envoyée colunista redator redatora editora
        """
)
_ROLE_ADJECTIVES = _words(
    """
        senior special foreign political contributing web news digital online editorial
        sports business our a an the email e-mail managing deputy associate assistant
        executive investigative national international local freelance staff wire bureau own
        by unserer unserem unseres unseren nostra nostro nosso nossa nuestro nuestra notre
        spécial spéciale speciale especial
        """
)
_ROLE_ALL = ROLE_NOUNS | _ROLE_ADJECTIVES
#: Roles that end a credit name and are cut off it (``Jane Roe Staff Writer``).
_ROLE_SUFFIX = ROLE_NOUNS - {"post", "guest", "admin", "webmaster", "moderator", "services"}
#: Roles that stand for a group: ``Reuters Staff`` names the outlet.
_COLLECTIVE = _words(
    """
        staff desk team bureau newsroom reporters writers editors board redação redacao
        redacción redaccion redaktion rédaction redazione redactie equipe equipo
        """
)
_DETERMINERS = _words(
    """
        the a an our
        """
)
_PARTICLES = _words(
    """
        van von der den de da das do dos del della di du la le al el bin ibn ben y e ter ten
        """
)
_CONNECTORS = _words(
    """
        of the and & for de du des la le el al
        """
)
_WEEKDAYS = _words(
    """
        monday tuesday wednesday thursday friday saturday sunday
        """
)
#: Words that do not occur in people's names but do in headings that start
#: with "By" (``By The Numbers``, ``By Any Means Necessary``).
_NOT_NAMES = (
    _words(
        """
        the a an this that these those any all no means necessary way now then far popular
        demand numbers design default contrast comparison chance nature definition hand
        heart night day accident mistake choice force law request invitation appointment
        example turns degrees proxy extension virtue necessity association my your his her
        its their what how why when where who is are was were will not has have had it he
        she they we i you to in on at with from into about after before over under against
        between year years month week today tomorrow yesterday tonight land sea air
        """
    )
    | _WEEKDAYS
)
#: Words that make a short Title Case line site furniture or a sign-off,
#: not an outlet's name.
_FURNITURE_WORDS = _words(
    """
        related more read share further reading top stories story thoughts bottom line next
        previous key takeaways conclusion summary update updates comments comment reply
        leave tags topics categories subscribe newsletter follow sponsored advertisement
        recommended popular trending latest also see watch listen video videos photos
        gallery references notes footnotes sources credits disclaimer about contact print
        email home back regards thanks thank cheers end bless love safe sincerely yours
        happy merry amen posts articles links link sign login register menu search you may
        like what why how who when where is are was will not
        """
)

#: Places that appear in credits and datelines (``By Ann Lee, New Delhi``,
#: ``Express News Service | Mumbai``, ``ROMA, 3 marzo 2026``): countries,
#: states and the cities news is filed from, casefolded, in English and in the
#: outlets' own languages. A place is dropped from a credit, never taken for a
#: person or an outlet. Names of more than one word are the ones that matter
#: (a one-word place after a name is dropped anyway).
PLACES = _phrases(
    """
    new delhi, delhi, mumbai, bengaluru, bangalore, kolkata, chennai, hyderabad, pune,
    ahmedabad, lucknow, jaipur, chandigarh, bhopal, patna, guwahati, srinagar, jammu,
    thiruvananthapuram, kochi, noida, gurugram, gurgaon, india, new york, new york city,
    los angeles, san francisco, san diego, san jose, san antonio, las vegas, new orleans,
    washington, washington dc, washington d.c., new jersey, new mexico, new hampshire,
    north carolina, south carolina, north dakota, south dakota, west virginia, rhode island,
    salt lake city, kansas city, oklahoma city, mexico city, panama city, quezon city,
    hong kong, tel aviv, abu dhabi, kuala lumpur, buenos aires, rio de janeiro, são paulo,
    sao paulo, belo horizonte, porto alegre, santo domingo, san juan, cape town, port louis,
    port moresby, sri lanka, south korea, north korea, south africa, new zealand,
    united states, united kingdom, united arab emirates, saudi arabia, costa rica,
    el salvador, puerto rico, gaza city, west bank, the hague, ho chi minh city,
    london, paris, berlin, moscow, beijing, shanghai, tokyo, seoul, kyiv, kiev, brussels,
    geneva, rome, roma, milan, milano, naples, napoli, turin, torino, florence, firenze,
    venice, venezia, bologna, genova, palermo, madrid, barcelona, lisbon, lisboa, porto,
    vienna, wien, munich, münchen, hamburg, frankfurt, köln, cologne, stuttgart,
    düsseldorf, dresden, leipzig, hannover, bremen, zürich, zurich, bern, basel,
    amsterdam, den haag, rotterdam, stockholm, oslo, copenhagen, helsinki, warsaw,
    prague, budapest, athens, istanbul, ankara, cairo, dubai, doha, riyadh, tehran,
    baghdad, damascus, beirut, jerusalem, amman, karachi, lahore, islamabad, dhaka,
    kathmandu, colombo, bangkok, hanoi, jakarta, manila, singapore, sydney, melbourne,
    brisbane, perth, auckland, wellington, toronto, montreal, ottawa, vancouver,
    chicago, boston, houston, dallas, atlanta, miami, seattle, denver, phoenix,
    philadelphia, detroit, nairobi, lagos, abuja, johannesburg, addis ababa, kinshasa,
    brasília, brasilia, brasil, brazil, bogotá, bogota, lima, santiago, caracas, havana,
    cardiff, edinburgh, glasgow, belfast, dublin, manchester, birmingham, liverpool,
    leeds, bristol, newcastle, sheffield, nottingham, england, scotland, wales,
    northern ireland, ireland, west yorkshire, south yorkshire, north yorkshire,
    east anglia, west midlands, east midlands, greater manchester, california, texas,
    florida, ohio, virginia, georgia, germany, deutschland, france, italy, italia, spain,
    españa, portugal, ukraine, russia, china, japan, israel, iran, pakistan, bangladesh,
    afghanistan, turkey, türkiye, egypt, nigeria, kenya, mexico, méxico, canada,
    australia, argentina, colombia, chile, peru, venezuela, cuba
    """
)
#: First words of many-word place names (``New Delhi``, ``San Juan``, ``Port Louis``).
_PLACE_STARTS = _words(
    """
    new san santa santo los las port fort st st. saint sankt são sao bad kuala buenos tel
    cape mexico north south east west greater upper lower
    """
)
#: Last words of many-word place names (``Quezon City``, ``Orange County``).
_PLACE_ENDS = _words(
    """
    city county province district islands oblast region state territory
    """
)

# ---------------------------------------------------------------------------
# shared patterns (every repetition bounded; lines are length-capped first)
# ---------------------------------------------------------------------------

_SPACE = r"[ \t\u00a0\u2009\u202f]"
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}|(?:d|l|dell|dall)['’]\p{Lu})[\p{L}\p{M}\p{N}'’.\-]{0,30}$")
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,8}$")
_USERNAME = regex.compile(r"^[\p{L}\p{N}_.'’\-]{2,40}$")
_OUTLET_TOKEN = regex.compile(r"^(?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}.'’&/\-]{0,30}$")
_ALLCAPS = regex.compile(r"^\p{Lu}{2,6}$")
_DOMAIN = regex.compile(r"^[\p{L}\p{N}\-]{2,40}\.(?:com|net|org|co\.uk|co|ca|in|io|news|info)$", _I)
_EMAIL = r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}"
_EMAIL_RE = regex.compile(_EMAIL)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON = rf"\b(?i:{_MONTH_NAMES})(?!\p{{L}})\.?"
_ORD = r"(?:st|nd|rd|th)?"
#: Month names of other languages (German, French, Spanish, Portuguese, Italian,
#: Dutch) and their numbers: ``Stand: 4. März 2024``, ``Publié le 4 mars 2024``.
FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero janeiro januari gennaio",
            "februar février fevrier febrero fevereiro februari febbraio",
            "märz maerz mars marzo março marco maart",
            "avril abril aprile",
            "mai mayo maio mei maggio",
            "juni juin junio junho giugno",
            "juli juillet julio julho luglio",
            "août aout agosto augustus",
            "septembre septiembre setiembre setembro settembre",
            "oktober octobre octubre outubro ottobre",
            "novembre noviembre novembro",
            "dezember décembre decembre diciembre dezembro dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_MON = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
_FOREIGN_DATE = (
    rf"\b\d{{1,2}}\.?[ \u00a0](?:de[ ])?(?i:{_FOREIGN_MON})(?!\p{{L}})"
    r"(?:[ \u00a0](?:de[ ])?\d{4}(?!\d))?"
)
#: Short month names of other languages, taken only with a day before and a year
#: after them (``3 fev 2026``, ``12 dic. 2025``): alone, ``set`` or ``out`` are words.
FOREIGN_MONTH_ABBREVIATIONS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "jän janv ene gen",
            "fev févr fév febr",
            "mär mrz",
            "abr avr",
            "mai mag",
            "juin giu",
            "juil lug",
            "ago août",
            "set sept",
            "out okt ott",
            "nov",
            "dez déc dic",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_ABBR = "|".join(sorted(FOREIGN_MONTH_ABBREVIATIONS, key=len, reverse=True))
_FOREIGN_ABBR_DATE = (
    rf"\b\d{{1,2}}\.?[ \u00a0](?:de[ ])?(?i:{_FOREIGN_ABBR})\.?[ \u00a0](?:de[ ])?\d{{4}}(?!\d)"
)
_DATE = (
    # an ISO time stamp: "2026-03-03T10:15:00Z", "2026-03-03T10:15+01:00"
    r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})?(?!\w)"
    rf"|{_FOREIGN_ABBR_DATE}"
    rf"|{_FOREIGN_DATE}|{_MON}[ \u00a0]?\d{{1,2}}{_ORD}(?!\d)(?:,?[ \u00a0]?\d{{4}}(?!\d))?"
    rf"|\b\d{{1,2}}{_ORD}[ \u00a0](?:of[ \u00a0])?{_MON}(?:,?[ \u00a0]?\d{{4}}(?!\d))?"
    rf"|{_MON},?[ \u00a0]\d{{4}}(?!\d)"
    r"|\b\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)\.?"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"
    r"|\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日"
)
_TIME = (
    r"\b\d{1,2}(?:[:.]\d{2}){1,2}(?:[ ]?[ap]\.?[ ]?m\b\.?)?"
    r"|\b\d{1,2}[ ]?[ap]\.?m\b\.?|\b\d{1,2}[ ]?h[ ]?\d{2}\b"
)
_AGO = (
    r"\b(?:\d{1,3}|an?|one)[ ](?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?"
    r"|months?|years?)[ ]ago\b|\byesterday\b|\btoday\b|\bjust now\b"
    # "há 2 horas", "hace 3 días", "vor 2 Stunden", "il y a 2 heures", "2 ore fa"
    r"|(?<!\p{L})(?:há|ha|hace|vor|il[ ]y[ ]a)[ ](?:\d{1,3}|uma?|una?|einer?|einem)[ ]"
    r"(?:segundos?|minutos?|horas?|dias?|días?|semanas?|meses|mês|mes|anos?|años?|sekunden"
    r"|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?|secondes?|heures?"
    r"|jours?|semaines?|mois|ans?|h|min)(?!\p{L})"
    r"|\b\d{1,3}[ ](?:minuti|ore|ora|giorni|giorno|settimane|mesi)[ ]fa\b"
    r"|(?<!\p{L})(?:ontem|hoje|gestern|heute|aujourd['’]hui|ayer|hoy|ieri|oggi)(?!\p{L})"
)
_READ = (
    r"\b\d{1,3}[ ]?-?[ ]?min(?:ute)?s?\.?[ ](?:read|reading(?: time)?|watch|listen)\b"
    r"|\b(?:estimated[ ])?reading time\b"
)
_WORDS_DATE = (
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|ist|pkt|ict|wib|sgt|hkt|kst|jst|aest|aedt|awst"
    r"|nzst|nzdt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|hst|local|time|hrs)\b"
    r"(?:[ ]?[+\-][ ]?\d{1,2}(?::?\d{2})?)?"
    r"|\b(?:first|last|originally|published|updated|update|posted|modified|edited|revised"
    r"|created|uploaded|filed|input|date|dated|issued|on|at|as[ ]of|and|since|mins?|minutes?)\b\.?"
    # German, French, Spanish, Portuguese, Italian, Dutch stamps: "Stand: 04.03.2024 14:12
    # Uhr", "Publicado em 3 de março de 2026, 10h15", "Aggiornato il 3 marzo 2026 alle 10:15"
    r"|\b(?:stand|uhr|aktualisiert|veröffentlicht|zuletzt|erstellt|geändert|am|um|publié|publiée"
    r"|mis[ ]à[ ]jour|le|à|actualizado|actualización|publicado|publicada|atualizado|atualizada"
    r"|atualização|postado|postada|em|el|a[ ]las|às|as|bijgewerkt|gepubliceerd|op|om"
    r"|aggiornato|aggiornata|aggiornamento|ultimo|ultima|pubblicato|pubblicata|modificato|modifica"
    r"|il|alle|ore|última|ultima[ ]atualização|uk)(?!\p{L})"
)
_DATE_TOKEN = regex.compile(
    rf"(?P<date>{_DATE})|(?P<time>{_TIME})|(?P<ago>{_AGO})|(?P<read>{_READ})"
    rf"|(?P<word>{_WORDS_DATE})"
    r"|(?P<sep>[\s,|•·:;/()\[\]–—−\-]+)"
    r"|(?P<num>\d{1,4}\b)"
    r"|(?P<other>[^\s,|•·:;/()\[\]–—−\-]{1,200})",
    _I,
)
_DOTTED_DATE = regex.compile(
    r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})(?!\d)|(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日"
)
#: A day-first date written with dots (``04.03.2024``), the European way.
_DMY_DOTTED = regex.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)")
_FOREIGN_DATE_RE = regex.compile(
    rf"(?<!\d)(\d{{1,2}})\.?[ \u00a0](?:de[ ])?({_FOREIGN_MON})(?!\p{{L}})"
    r"[ \u00a0](?:de[ ])?(\d{4})(?!\d)",
    _I,
)
_FOREIGN_ABBR_RE = regex.compile(
    rf"(?<!\d)(\d{{1,2}})\.?[ \u00a0](?:de[ ])?({_FOREIGN_ABBR})\.?"
    r"[ \u00a0](?:de[ ])?(\d{4})(?!\d)",
    _I,
)
#: A stamp keyword glued to what comes before or after it: ``7:12 AM GMTUpdated 2 hours
#: ago``, ``10:15, 3 Mar 2026Updated11:00, 3 Mar 2026``.
_GLUED_STAMP = regex.compile(
    r"(?<=[\p{Lu}\d])(?=(?:Updated|Published|Posted|Modified)(?:\b|\d))"
    r"|(?<=(?:Updated|Published|Posted|Modified|UPDATED|PUBLISHED))(?=\d)"
)
#: A day-first date with slashes, the way most of the world writes it: ``03/04/2026``.
_SLASH_DATE = regex.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
#: Words of a stamp written in a language that puts the day first.
_DAY_FIRST_HINT = regex.compile(
    r"(?<!\p{L})(?:atualizad[oa]|atualização|publicad[oa]|postad[oa]|actualizad[oa]|em|às"
    r"|actualización|aggiornamento|ultimo|última"
    r"|aggiornat[oa]|pubblicat[oa]|alle|ore|il|publié|publiée|mis[ ]à[ ]jour|le|à|stand|uhr"
    r"|aktualisiert|veröffentlicht|ist|há|hace|vor)(?!\p{L})|\d[ ]?h[ ]?\d\d",
    _I,
)


_SEPARATOR_HINT = regex.compile(r"[|•·,–—]|[ ]-[ ]")
# the hints are plain substrings of the lower-cased line: "in" is many times faster
# than a case-insensitive alternation
_CONTACT_WORDS = (
    *("reach", "contact", "mail", "write to", "message", "follow", "find", "connect", "catch"),
    *("twitter", "facebook", "instagram", "linkedin", "mastodon", "bluesky", "threads"),
    *("telegram", "substack", "youtube", "tiktok", "medium", "gab", "gettr", "rumble"),
)
_STAMP_WORDS = ("ago", "today", "yesterday", "updated", "published", "just now")
_DIGIT = regex.compile(r"\d")


def _contact_hint(text: str) -> bool:
    """Whether a line may be a contact or follow-the-author line (a cheap check)."""
    if "@" in text:
        return True
    low = text.lower()
    return any(word in low for word in _CONTACT_WORDS)


def _stamp_hint(text: str) -> bool:
    """Whether a line may hold a date or time stamp (a cheap check).

    >>> _stamp_hint("Updated"), _stamp_hint("10:42"), _stamp_hint("Jane Roe")
    (True, True, False)
    """
    if _DIGIT.search(text) is not None:
        return True
    low = text.lower()
    return any(word in low for word in _STAMP_WORDS)


_LETTER = regex.compile(r"\p{L}")
_NON_LETTERS = regex.compile(r"\P{L}")
_CREDIT_SPLIT = regex.compile(
    r"[ ]*[;|][ ]*|(?<=\p{Ll})\.[ ]+(?=\p{Lu})"
    # "Reported by Ann Lee, Edited by Bo Chen": a comma before the next credit
    r"|,[ ]+(?=(?i:(?:additional|further|more|other|medically)[ ]+)?(?i:reporting|writing"
    r"|editing|edited|reported|written|reviewed|fact[ -]checked|compiled|produced|translated"
    r"|research|photos?|photography|video|graphics)[ ]+by\b)"
)
_URL = regex.compile(r"^(?:https?://|www\.)\S{1,300}$")
_ABBREV_END = regex.compile(r"\b\p{Lu}\p{L}{0,3}\.$")
_NAME_START = regex.compile(r"^[\p{Lu}\p{N}\p{Lo}\"“'(]")
_TAG_SPLIT = regex.compile(r"[/,]|[ ]and[ ]")
_ABOUT_PREFIX = regex.compile(rf"^(?:about the authors?{_H}*:?{_H}*)", _I)
_TITLE_PREFIX = regex.compile(r"^(?:dr|prof)\.?[ ]+", _I)
_CAP_START = regex.compile(rf"{_H}{{0,3}}\p{{Lu}}")


class _Token(NamedTuple):
    kind: str
    start: int
    end: int


def _date_tokens(text: str, pos: int = 0) -> list[_Token]:
    return [
        _Token(m.lastgroup or "other", m.start(), m.end()) for m in _DATE_TOKEN.finditer(text, pos)
    ]


def _iso(text: str) -> str:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, or ``""``.

    >>> _iso("Tue 21 Mar 2023 10.00 GMT"), _iso("2023.03.21 10:17"), _iso("2023年3月21日")
    ('2023-03-21', '2023-03-21', '2023-03-21')
    >>> _iso("Stand: 04.03.2024 14:12 Uhr"), _iso("Publié le 4 mars 2024 à 14h12")
    ('2024-03-04', '2024-03-04')
    """
    iso = parse_date(text)
    if iso:
        return iso
    m = _DOTTED_DATE.search(text)
    if m is not None:
        year, month, day = (int(g) for g in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
    elif (m := _FOREIGN_DATE_RE.search(text)) is not None:
        day, year = int(m.group(1)), int(m.group(3))
        month = FOREIGN_MONTHS.get(m.group(2).lower(), 0)
    elif (m := _FOREIGN_ABBR_RE.search(text)) is not None:
        day, year = int(m.group(1)), int(m.group(3))
        month = FOREIGN_MONTH_ABBREVIATIONS.get(m.group(2).lower(), 0)
    elif (m := _DMY_DOTTED.search(text)) is not None:
        day, month, year = (int(g) for g in m.group(1, 2, 3))
    elif (m := _SLASH_DATE.search(text)) is not None:
        first, second, year = (int(g) for g in m.group(1, 2, 3))
        if first > 12 or (second <= 12 and _DAY_FIRST_HINT.search(text) is not None):
            day, month = first, second  # "03/04/2026 10h15", "Atualizado em 03/04/2026"
        elif second > 12:
            day, month = second, first  # "3/21/2026": the American order
        else:
            return ""  # "03/04/2026" alone: either order
    else:
        return ""
    if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def date_line(text: str) -> tuple[bool, str]:
    """Whether ``text`` is only a date/time stamp, and its ISO date.

    A date line is made of dates, times, time zones, weekdays, reading
    times and the words around them (``Published``, ``Updated``, ``on``,
    ``at``); at least one date, time or "2 hours ago" is needed. A bare
    clock (``02:45``, ``1:02:45``) is a video player's duration, not a
    stamp: a time needs a date, ``am``/``pm``, a time zone, a weekday or
    a keyword such as ``Updated`` beside it.

    >>> date_line("Updated 3:45 PM EST, Tue March 21, 2023")
    (True, '2023-03-21')
    >>> date_line("Latest update as of 10:17 ET, March 21, 2023:")
    (False, '')
    >>> date_line("02:45"), date_line("10:42 KST")
    ((False, ''), (True, ''))
    >>> date_line("March 4, 2024 7:12 AM GMTUpdated 2 hours ago")
    (True, '2024-03-04')
    """
    if len(text) > 200 or not _stamp_hint(text):
        return False, ""
    if "ed" in text or "ED" in text:
        text = _GLUED_STAMP.sub(" ", text)
    stamped = clocked = worded = False
    # token by token, so that a line of words stops at its first one
    for token in _DATE_TOKEN.finditer(text):
        kind = token.lastgroup or "other"
        if kind == "other":
            return False, ""
        if kind in ("date", "ago"):
            stamped = True
        elif kind == "time":
            # "3 pm" is a time on its own; "10:17" beside a word; "1.50" only next to a date
            clock = token.group().lower()
            stamped = stamped or "m" in clock
            clocked = clocked or ":" in clock
        elif kind == "word":
            worded = worded or _low(token.group()) not in _WEAK_WORDS
    stamped = stamped or (clocked and worded)
    return stamped, _iso(text) if stamped else ""


#: Words of a date line that do not make a bare clock a time stamp (``at 02:45``).
_WEAK_WORDS = frozenset(
    {"on", "at", "and", "as of", "since", "min", "mins", "minute", "minutes"}
    | {"am", "um", "le", "à", "el", "a las", "às", "op", "om", "em", "as", "il", "alle", "ore"}
    | {"uk"}
)


def _cut_date_tail(text: str) -> tuple[str, str]:
    """Split ``text`` into its head and a trailing date/time stamp.

    >>> _cut_date_tail("Jane Roe, Reuters | Published March 21, 2023 10:00 GMT")
    ('Jane Roe, Reuters', '2023-03-21')
    >>> _cut_date_tail("Jane Roe and John Doe")
    ('Jane Roe and John Doe', '')
    """
    if not _stamp_hint(text):
        return text, ""
    # a stamp is short: read the end of the line first, more of it only if need be
    for size in (48, 120, len(text)):
        window = text.find(" ", len(text) - size) + 1 if len(text) > size + 8 else 0
        tokens = _date_tokens(text, window)
        cut = len(tokens)
        stamped = False
        for i in range(len(tokens) - 1, -1, -1):
            kind = tokens[i].kind
            if kind == "other":
                break
            if kind in ("date", "time", "ago"):
                stamped = True
            cut = i
        if not (window and cut <= 1):
            break  # else the stamp may begin before the window: read more
    if not stamped or cut >= len(tokens):
        return text, ""
    head = text[: tokens[cut].start].rstrip(" \t\u00a0,|•·:;/-–—(")
    # a trailing keyword such as "on" or "Updated" belongs to the stamp
    return head, _iso(text[tokens[cut].start :])


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------


def _low(token: str) -> str:
    return token.lower().strip(".,:;'’")


def _is_person(tokens: Sequence[str]) -> bool:
    """Whether the tokens look like a person's (or a byline's) name.

    >>> _is_person(["Jane", "van", "Roe"]), _is_person(["The", "Numbers"]), _is_person(["王毅"])
    (True, False, True)
    """
    if len(tokens) == 1:
        return bool(_CJK_NAME.match(tokens[0]))
    if not 2 <= len(tokens) <= 5 or _low(tokens[0]) in _ARTICLES:
        return False
    for i, token in enumerate(tokens):
        low = _low(token)
        if low in _NOT_NAMES or low in _ROLE_ALL or low in OUTLET_WORDS - {"hedge"}:
            return False
        if _NAME_TOKEN.match(token):
            continue
        if 0 < i < len(tokens) - 1 and low in _PARTICLES:
            continue
        if _CJK_NAME.match(token):
            continue
        return False
    return True


#: Articles that start an outlet's name, never a person's (``Der Spiegel``,
#: ``O Globo``, ``Il Messaggero``).
_ARTICLES = _words("der die das il gli o os los las")
#: What ``The`` is to an outlet's name in other languages (``Le Monde``, ``Les Echos``).
_OUTLET_ARTICLES = _ARTICLES | _words("the la le les lo el de a")


def _place(tokens: Sequence[str]) -> bool:
    """Whether the tokens name a place (see :data:`PLACES`), not a person or outlet.

    >>> _place(["New", "Delhi"]), _place(["NEW", "DELHI"]), _place(["Quezon", "City"])
    (True, True, True)
    >>> _place(["Ann", "Lee"]), _place(["South", "China", "Morning", "Post"])
    (False, False)
    """
    if not 1 <= len(tokens) <= 5:
        return False
    lows = [_low(t) for t in tokens]
    if " ".join(lows) in PLACES:
        return True
    if len(tokens) < 2 or not _title_shape(tokens, 5):
        return False
    if any(low in OUTLET_WORDS or low in _ROLE_ALL for low in lows):
        return False
    return lows[0] in _PLACE_STARTS or lows[-1] in _PLACE_ENDS


#: Degrees and titles after a name (``Bo Chen, MD``, ``Ann Lee, CFA``).
_CREDENTIALS = _words(
    """
    md m.d phd ph.d rn np pa-c do dds mph msc ms ma mba cfa cfp cpa esq jr sr ii iii rd ld
    lcsw facp frcp
    """
)


#: A brand written in lower case with a digit or a dash: ``g1``, ``n-tv``, ``t-online``.
_BRAND = regex.compile(r"^\p{Ll}{1,3}(?:\d{1,3}|-\p{L}{2,8})$")


def _brand(tokens: Sequence[str]) -> str:
    """The outlet a lower-case brand names (``g1 SP`` -> ``g1``), or ``""``.

    >>> _brand(["g1", "SP"]), _brand(["n-tv"]), _brand(["gone"])
    ('g1', 'n-tv', '')
    """
    if not 1 <= len(tokens) <= 3 or _BRAND.match(tokens[0]) is None:
        return ""
    if not all(_ALLCAPS.match(t) for t in tokens[1:]):
        return ""
    return tokens[0]


def _title_shape(tokens: Sequence[str], max_tokens: int = 6) -> bool:
    """Whether the tokens are Title Case like an outlet's name."""
    if not 1 <= len(tokens) <= max_tokens:
        return False
    if not (_OUTLET_TOKEN.match(tokens[0]) and _OUTLET_TOKEN.match(tokens[-1])):
        return False
    if not any(_LETTER.search(t) for t in tokens):
        return False
    return all(_OUTLET_TOKEN.match(t) or t.lower() in _CONNECTORS for t in tokens)


def _is_outlet(tokens: Sequence[str], *, the: bool = False) -> bool:
    """Whether the tokens name an outlet: Title Case with a sign of one.

    The signs: a known agency, an outlet word (``News``, ``Herald``,
    ``Post``), a short all-capitals name, a domain name; with ``the``, a
    leading ``The`` too (``Jane Roe, The Atlantic``).

    >>> _is_outlet(["The", "Korea", "Herald"]), _is_outlet(["AFP"]), _is_outlet(["Jane", "Roe"])
    (True, True, False)
    >>> _is_outlet(["The", "Atlantic"]), _is_outlet(["The", "Atlantic"], the=True)
    (False, True)
    """
    lows = [_low(t) for t in tokens]
    if len(tokens) <= 3 and " ".join(lows) in WIRES:
        return True  # "dpa", "afp": agencies are written in lower case too
    if not _title_shape(tokens):
        return False
    if any(low in _NOT_NAMES for low in lows[1:]):
        return False
    if len(tokens) == 1:
        return bool(_ALLCAPS.match(tokens[0]) or _DOMAIN.match(tokens[0]))
    if the and lows[0] in _OUTLET_ARTICLES:
        return True
    return any(low in OUTLET_WORDS for low in lows)


_SPLIT_PIECES = regex.compile(rf"{_H}*(?:[,;|•·/]|{_H}[\-–—]{{1,2}}{_H}|[–—]){_H}*")
_SPLIT_AND = regex.compile(rf"{_H}+(?:and|und|et|en|&){_H}+|{_H}*&{_H}*", _I)
_SUFFIX = regex.compile(
    rf"^(?P<head>\S.{{0,80}}?){_H}+(?P<kw>for|at|in|from|with){_H}+(?P<tail>\S.{{0,80}})$",
    _I,
)
_LEADING_ROLE = regex.compile(
    r"^(?:(?:senior|special|chief|staff|foreign|political|guest|contributing|our|a|the|local"
    r"|bureau|news|investigative)[ ]){0,3}"
    r"(?:reporter|correspondent|writer|journalist|columnist|contributor|editor|producer|analyst)"
    r"[ ]+(?=\S)",
    _I,
)


#: An outlet and a job before a name: "Associated Press writer Jane Roe", "Reuters
#: correspondent Bo Chen", "AFP photographer Ann Lee".
_OUTLET_ROLE = regex.compile(
    r"^(?P<outlet>\S{1,30}(?:[ ]\S{1,30}){0,4}?)[ ]+(?:(?:staff|senior|chief|special|video)[ ]+)?"
    r"(?:writer|reporter|correspondent|journalist|photographer|videographer|videojournalist"
    r"|producer|editor|researcher)s?[ ]+(?=\p{Lu})",
    _I,
)
_SPECIAL_TO = regex.compile(r"^special (?:to|for) (\S.{0,60})$", _I)
#: A reporter's title before the name in other languages: "unserer Korrespondentin
#: Anna Lehmann", "nostra inviata Anna Rossi", "nuestro corresponsal Juan Ruiz".
_FOREIGN_LEADING_ROLE = regex.compile(
    r"^(?:(?:unsere[rmns]?|nostr[ao]|noss[ao]|nuestr[ao]|notre)[ ])?(?:\p{Ll}{3,15}[ ]){0,1}?"
    r"(?:korrespondent(?:in|en)?|reporter(?:in)?|redakteur(?:in)?|autor(?:in)?|inviat[oa]"
    r"|corrispondente|correspondente|corresponsal|enviad[oa](?:[ ]especial)?"
    r"|envoyée?(?:[ ]spéciale?)?|correspondante?)[ ]+(?=\p{Lu})",
    _I,
)


#: ``and`` in languages where the word is also a name's particle (``Ana Souza e
#: Bo Chen``, ``José Ortega y Gasset``): split only between two whole names.
_SOFT_AND = regex.compile(rf"{_H}+(?:e|y|i|og|och|ja){_H}+")


def _split_and(piece: str) -> list[str]:
    """Split one piece of a credit at its ``and``s.

    >>> _split_and("Ana Souza e Bo Chen"), _split_and("José Ortega y Gasset")
    (['Ana Souza', 'Bo Chen'], ['José Ortega y Gasset'])
    """
    out: list[str] = []
    for part in _SPLIT_AND.split(piece):
        if _SOFT_AND.search(part) is not None:
            parts = _SOFT_AND.split(part)
            if len(parts) > 1 and all(_whole_name(p.split()) for p in parts):
                out.extend(parts)
                continue
        out.append(part)
    return out


def _whole_name(tokens: Sequence[str]) -> bool:
    """Whether the tokens are a whole name: a person's, an outlet's or a brand."""
    return _is_person(tokens) or _is_outlet(tokens, the=True) or bool(_brand(tokens))


#: "from" before an outlet's name in other languages: "Ana Souza, do UOL".
_FROM_WORD = regex.compile(r"^(?:d[oa]s?|de|del|della|dell['’])[ ]+(?=\p{Lu}|\p{Ll}{1,3}\d)")


class _Item(NamedTuple):
    kind: str  # "author", "publisher" or "drop"
    value: str


def _classify_item(item: str, first: bool, loose: bool) -> list[_Item] | None:
    """Classify one name of a credit list; ``None`` if it is not a name."""
    item = item.strip(" \t\u00a0.,:;()[]\"“”'’")
    if not item:
        return []
    out: list[_Item] = []
    m = _OUTLET_ROLE.match(item)
    if m is not None and _is_outlet(m.group("outlet").split(), the=True):
        item = item[m.end() :]
    m = _SUFFIX.match(item)
    if m is not None:
        kw = m.group("kw").lower()
        tail = m.group("tail").strip(" .")
        head_tokens = m.group("head").split()
        if kw in ("for", "at", "with") and _title_shape(tail.split()):
            item = m.group("head")
            out.append(_Item("publisher", tail))
        elif kw in ("in", "from") and (_is_person(head_tokens) or loose):
            item = m.group("head")
    special = _SPECIAL_TO.match(item)
    if special is not None and _title_shape(special.group(1).split()):
        return [*out, _Item("publisher", special.group(1))]
    item = _FOREIGN_LEADING_ROLE.sub("", _LEADING_ROLE.sub("", item))
    if not first:
        item = _FROM_WORD.sub("", item)  # "Ana Souza, da Folha de S.Paulo"
    tokens = item.split()
    if not 1 <= len(tokens) <= 7 or len(item) > 80:
        return None
    if not first and (_place(tokens) or all(_low(t) in _CREDENTIALS for t in tokens)):
        return [*out, _Item("drop", "")]  # "By Ann Lee, New Delhi", "Bo Chen, MD"
    brand = _brand(tokens)
    if brand:
        return [*out, _Item("publisher", brand)]  # "Por Ana Souza, g1 SP"
    lows = [_low(t) for t in tokens]
    if all(low in _ROLE_ALL for low in lows):
        return [*out, _Item("drop", "")]
    stripped: list[str] = []
    while len(tokens) > 1 and lows[-1] in _ROLE_SUFFIX:
        stripped.append(lows.pop())
        tokens.pop()
    while stripped and len(tokens) > 1 and lows[-1] in _ROLE_ADJECTIVES - _DETERMINERS:
        stripped.append(lows.pop())
        tokens.pop()
    name = " ".join(tokens)
    if stripped:
        collective = any(s in _COLLECTIVE for s in stripped)
        if lows[0] in _DETERMINERS and all(low in _ROLE_ALL for low in lows):
            return [*out, _Item("drop", "")]
        if collective and (_is_outlet(tokens) or _title_shape(tokens, 4)):
            return [*out, _Item("publisher", name)]
        if _is_person(tokens):
            return [*out, _Item("author", name)]
        if _is_outlet(tokens):
            return [*out, _Item("publisher", name)]
        if _title_shape(tokens, 3):
            return [*out, _Item("drop", "")]
        return None
    if _is_person(tokens):
        return [*out, _Item("author", name)]
    for size in (3, 2, 1):
        # "JANE ROE Associated Press": a name and an agency with no comma between
        wire = len(tokens) > size + 1 and " ".join(lows[-size:]) in WIRES
        if wire and _is_person(tokens[:-size]):
            head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
            return [*out, _Item("author", head), _Item("publisher", tail)]
    if _is_outlet(tokens, the=not first):
        return [*out, _Item("author" if first else "publisher", name)]
    if len(tokens) == 1:
        if _title_shape(tokens) and not first and lows[0] not in _NOT_NAMES:
            return [*out, _Item("drop", "")]  # a place: "By Jane Roe, Beijing"
        if loose and _USERNAME.match(tokens[0]) and lows[0] not in _NOT_NAMES:
            return [*out, _Item("author", name)]
    return None


class Names(NamedTuple):
    """The people and the outlet a credit names."""

    people: list[str]
    publisher: str


def parse_names(text: str, *, loose: bool = False) -> Names | None:
    """Parse a credit's list of names, or ``None`` if it is not one.

    Names are separated by commas, ``and``, ``&``, ``|`` and dashes; roles
    (``Staff Writer``, ``Senior Correspondent``) and places (``in
    Washington``) are dropped, an outlet (``Reuters``, ``for The Guardian``)
    becomes the publisher. With ``loose`` a single user name such as
    ``jdoe`` is accepted (``Posted by jdoe``).

    >>> parse_names("Jane Roe, John Doe and Ann Lee")
    Names(people=['Jane Roe', 'John Doe', 'Ann Lee'], publisher='')
    >>> parse_names("Jane Roe, Reuters")
    Names(people=['Jane Roe'], publisher='Reuters')
    >>> parse_names("Staff Reporter"), parse_names("Tuesday, the talks had collapsed")
    (Names(people=[], publisher=''), None)
    """
    text = text.strip(" \t\u00a0.,:;")
    if not text or len(text) > 200:
        return None
    people: list[str] = []
    publisher = ""
    pieces = [p for p in _SPLIT_PIECES.split(text) if p.strip()]
    if not pieces or len(pieces) > 8:
        return None
    for i, piece in enumerate(pieces):
        for part in _split_and(piece):
            items = _classify_item(part, i == 0, loose)
            if items is None:
                return None
            for item in items:
                if item.kind == "author":
                    if item.value not in people:
                        people.append(item.value)
                elif item.kind == "publisher" and not publisher:
                    publisher = item.value
    return Names(people, publisher)


# ---------------------------------------------------------------------------
# line rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Credit:
    """What a removed credit line says.

    Attributes:
        rule: the rule that matched (the edit's ``rule``).
        authors: authors it names.
        contributors: contributors (additional reporting, research,
            translation, ``X contributed to this report``).
        publisher: the outlet it names.
        date: the ISO date it gives.
        original_source: where the article came from (``Source: X``).
        editors: editors it names (``Editing by X``); they are not
            contributors and go to ``metadata.extras["editors"]``.
    """

    rule: str
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    publisher: str = ""
    date: str = ""
    original_source: str = ""
    editors: tuple[str, ...] = ()


_BY = regex.compile(
    r"^(?:(?:an?[ ])?(?:written|words|story|text|report(?:ed)?|analysis|opinion|commentary|column"
    r"|photos? and text|curated|review|interview|essay|editorial|explainer|perspective"
    r"|news analysis|guest (?:post|column|essay))"
    rf"{_H}+)?by{_H}*[:：]?{_H}*(?P<rest>\S.{{0,250}})$"
    # the same in other languages: "Von Jana Roth", "Ein Gastbeitrag von Jana Roth",
    # "Par Jean Dupont", "Por Ana Ruiz", "Door Jan de Vries", "di Marco Rossi" (Italian in
    # lower case only: "Di" starts surnames), "Von unserer Korrespondentin X"
    r"|^(?:(?:ein|eine)[ ](?:gastbeitrag|gastkommentar|kommentar|analyse|kolumne|essay"
    r"|bericht|reportage|interview|glosse|beitrag|leitartikel)[ ]von"
    rf"|von|par|por|door|(?-i:di|dall[a'’]|dal)){_H}*[:：]?{_H}+"
    r"(?P<rest3>(?:(?-i:\p{Lu})|(?-i:\p{Ll}{1,3}\d{1,3}\b)"
    r"|(?:unsere[rmns]?|nostr[ao]|noss[ao]|nuestr[ao]|notre)\b)"
    r".{0,250})$"
    r"|^(?:authors?|byline|writer|reporter|written by|autor|autorin|autoren|auteur|autore"
    rf"|autrice|text|texto|testo|tekst){_H}*[:：]{_H}*(?P<rest2>\S.{{0,250}})$",
    _I,
)
_KEYWORD_LINE = regex.compile(
    r"^(?:this (?:entry|article|story) was )?(?:first |last |originally )?"
    r"(?:posted|published|updated|modified|filed|submitted|uploaded|created|input|dated?|edited)\b",
    _I,
)
_POSTED_IN = regex.compile(
    r"^(?:this (?:entry|article|story|post) was )?posted in [^.;]{1,80}?(?=[ ](?:on|by)\b)", _I
)
_BY_WORD = regex.compile(rf"(?:^|[ \t\u00a0,|•·])by\b{_H}*:?", _I)
_ARTICLES_BY = regex.compile(
    r"^(?:(?:more|all|other|recent|latest)[ ]+)?(?:articles|posts|stories|columns)[ ]+by"
    rf"{_H}*[:：]?"
    rf"{_H}*(?P<rest>\S.{{0,120}})$"
    rf"|^view all (?:posts|articles|stories) by{_H}*(?P<rest2>\S.{{0,120}})$",
    _I,
)
_SOURCE = regex.compile(
    r"^(?:sources?|via|h/t|hat tip|quellen?|fontes?|fuentes?|bron(?:nen)?|källa|kilde|lähde"
    rf"|źródło){_H}*[:：]{_H}*(?P<src>\S.{{0,150}})$"
    rf"|^(?:via|h/t){_H}+(?P<src2>\S.{{0,150}})$",
    _I,
)
_CREDIT_SEGMENT = regex.compile(
    r"^(?:(?P<extra>additional|further|more|other)[ ]+)?"
    r"(?P<what>reporting|writing|editing|research|compiled|compilation|translated|translation|produced"
    r"|production|fact[ -]checking|fact[ -]checked|graphics|edited|reported|written|text"
    r"|(?:medically[ ])?reviewed|photos?|photography|video|illustrations?)"
    r"(?:[ ]+and[ ]+(?:reporting|writing|editing|research))?"
    rf"[ ]+(?:was[ ]+)?(?:by|from){_H}*:?[ ]*(?P<names>\S.{{0,200}})$"
    r"|^with[ ]+(?:additional[ ]+)?(?:inputs?|reporting|contributions?)[ ]+(?:by|from)[ ]+"
    r"(?P<names2>\S.{0,120})$"
    r"|^(?P<names3>\S.{0,200}?)[ ]+(?:contributed|contributes|also contributed)[ ]+"
    r"(?:additional[ ]+)?(?:to[ ]+this[ ]+(?:report|story|article|piece)|reporting|research)"
    r"(?:[ ]+(?:from|in)[ ]+[^.;]{1,80})?$"
    # a newspaper's closing credit: "Ann Lee reported from Kyiv"
    r"|^(?P<names4>\S.{0,120}?)[ ]+reported[ ]+from[ ]+[^.;]{1,80}$",
    _I,
)
_RESIDUE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]{1,30}){0,2})"
    rf"{_H}?[=＝]{_H}?(?P<rest>[^=＝]{{0,80}})$"
)
_RESIDUE_ROLE = regex.compile(
    r"\b(?:(?:special|staff|senior|chief)[ ]+)?(?:reporter|correspondent|journalist|writer)s?\b"
    r"|기자|특파원",
    _I,
)
_OUTLET_TAG = regex.compile(r"^\([ ]?(?P<tag>[^()]{2,40}?)[ ]?\)\.?$")
#: Bracketed all-capitals markers that are not outlets.
_NOT_TAGS = _words("END ENDS MORE UPDATE UPDATED CORRECTED REFILE LEAD WRAPUP RPT PHOTOS VIDEO")
_WITH_INPUTS = regex.compile(
    r"^\(?[ ]?with (?:inputs?|reporting) from (?P<names>[^()]{2,80}?)[ ]?\)?\.?$", _I
)
_READING = regex.compile(rf"^(?:{_READ}){_H}*:?{_H}*(?:\d{{1,3}}[ ]?min(?:ute)?s?\.?)?$", _I)
_PUB_DATE = regex.compile(
    rf"^(?P<pub>[^,|•·–—:\d]{{2,60}}?){_H}*(?:,|\||•|·|–|—|{_H}-{_H}){_H}*(?P<rest>\S.{{2,120}})$"
)
_DATE_PUB = regex.compile(
    rf"^(?P<rest>\S.{{2,120}}?){_H}*(?:\||•|·|–|—|{_H}-{_H}){_H}*(?P<pub>[^,|•·–—:\d]{{2,60}})$"
)
_NAME_ROLE = regex.compile(
    rf"^(?P<name>[^|•·,–—:]{{3,50}}?){_H}*(?:\||•|·|,|–|—|{_H}-{_H}){_H}*(?P<role>[^|•·]{{2,80}})$"
)
_ROLE_SEARCH = regex.compile(
    r"\b(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|staff|producer"
    r"|bureau chief|anchor|blogger|editor-in-chief)s?\b",
    _I,
)
_CONTACT = regex.compile(
    r"^(?:e-?mail|contact|reach|write to|message)[ ]+(?:the[ ]+)?(?:author|reporter|writer|editor"
    r"|columnist|journalist)s?\b.{0,120}$"
    r"|^(?P<name>[^@,|]{3,50}?)[ ]+(?:can be (?:reached|contacted)|is reachable)[ ]+"
    r"(?:at|via|on|by)[ ]+.{1,120}$"
    # a lone address, maybe labelled: "jhkim@yna.co.kr", "Contact: jane@paper.com"
    r"|^(?:(?:e-?mail|contact|reach|write to|message)(?:[ ]+(?:me|us|him|her|them))?"
    rf"(?:[ ]+at)?{_H}*[:：]?{_H}*)?[<(]?{_EMAIL}[>)]?\.?$"
    rf"|^(?P<name2>[^@,|<>()]{{3,50}}?)(?:{_H}*[,|/<(\-–—]{_H}*|{_H}+)(?:{_EMAIL}){_H}*[>)]?\.?$",
    _I,
)
_BY_PREFIX = regex.compile(rf"^by\b{_H}*[:：]?{_H}*", _I)  # not the "By" of "Byron"
_SOCIAL = (
    r"twitter|x\.com|facebook|instagram|linkedin|mastodon|bluesky|threads|telegram|substack"
    r"|youtube|tiktok|truth social|gab|gettr|rumble|medium|@[\w.]{1,40}"
)
_FOLLOW = regex.compile(
    r"^(?:you can |please |be sure to |don[’']t forget to )?(?:follow|find|connect with|catch)[ ]+"
    r"(?P<who>[^@\n]{1,60}?)[ ]+(?:on|at|via)[ ]+(?P<where>.{1,150})$"
    rf"|^(?:follow[ ]+)?(?P<net>{_SOCIAL}){_H}*:{_H}*@?[\w.]{{1,40}}$",
    _I,
)
_SOCIAL_RE = regex.compile(rf"(?:{_SOCIAL})", _I)
_ABOUT = regex.compile(rf"^about the (?:author|writer|reporter|contributor)s?{_H}*:?$", _I)
_BIO_HEAD = regex.compile(
    rf"^(?:about the authors?{_H}*:?{_H}*)?"
    r"(?P<name>(?:dr\.?[ ]+|prof\.?[ ]+)?\p{Lu}[\p{L}\p{M}'’.\-]{0,30}"
    r"(?:[ ](?:\p{Lu}[\p{L}\p{M}'’.\-]{0,30}|van|von|de|da|del|der|di|du|la|le|al|bin|ibn)){1,4})"
    r"[ ,]+(?P<verb>is|was|has been|has written|has covered|has reported|serves as|works as"
    r"|writes|covers|reports)\b"
    r"(?P<rest>.{0,400})",
    _I,
)
_BIO_ROLE = regex.compile(
    r"^(?:[^.]{0,250}?\b(?:journalist|reporter|writer|editor|correspondent|contributor|columnist"
    r"|blogger|commentator|broadcaster|podcaster|photojournalist|anchor|newsletter|editor-in-chief"
    r"|author)s?\b[^.]{0,120}?\b(?:for|at|with|of|to|on|based|covering|who)\b"
    r"|[^.]{0,60}?\bthe author of\b"
    # "is CoinDesk's senior markets reporter", "is the BBC's health correspondent"
    r"|[ ]+(?:the[ ])?\S{1,30}['’]s[ ](?:[\p{L}\-]{1,20}[ ]){0,4}?(?:journalist|reporter|writer"
    r"|editor|correspondent|contributor|columnist|blogger|commentator|anchor|presenter)s?\b"
    r"|[ ]+(?:about|for|on)\b)",
    _I,
)
#: What follows ``has been`` in a bio: ``has been covering crypto since 2017``.
_BIO_SINCE = regex.compile(
    r"^[ ]+(?:covering|reporting(?:[ ]on)?|writing(?:[ ]about)?|a[ ](?:journalist|reporter"
    r"|writer|editor|correspondent))\b",
    _I,
)
_TERMINAL_END = regex.compile(r"[.!?…\"”’)]\W{0,3}$")


def _credit_from(names: Names | None, rule: str, *, contributors: bool = False) -> Credit | None:
    if names is None:
        return None
    people = tuple(names.people)
    if contributors:
        return Credit(rule, contributors=people, publisher=names.publisher)
    return Credit(rule, authors=people, publisher=names.publisher)


def _strip_line(text: str) -> str:
    return text.strip(" \t\u00a0\u2009\u202f\u200b\ufeff\r")


_POSSESSIVE = regex.compile(
    r"^(?P<outlet>\p{Lu}[\p{L}\p{N}.&\-]{0,30}?)(?:['’]s|(?<=s)['’])[ ]+(?=\p{Lu})"
)


def _possessive(text: str) -> str:
    """A credit's names without an outlet's possessive: ``CNN's Ann Lee`` -> ``Ann Lee``.

    >>> _possessive("CNN's Ann Lee"), _possessive("Reuters’ Ann Lee"), _possessive("Bo's Ann")
    ('Ann Lee', 'Ann Lee', "Bo's Ann")
    """
    m = _POSSESSIVE.match(text.lstrip("-–—* "))
    if m is None or not _is_outlet([m.group("outlet")]):
        return text
    return text.lstrip("-–—* ")[m.end() :]


_SIGN_OFF = regex.compile(rf"^{_H}{{0,3}}(?:[—–]|--)")
_CLOSING_QUOTES = ('"', "”", "’", "»", "“", "'")
_LIST_ITEM = regex.compile(rf"^{_H}{{0,3}}(?:[—–\-*•·]|\d{{1,3}}[.)])")

_PICTURE_WORK = regex.compile(r"^(?:photos?|photography|video|illustrations?|graphics)$", _I)


def _credits_line(text: str, *, middle: bool = False) -> Credit | None:
    """``Reporting by X; Editing by Y``, ``X contributed to this report.``

    The lead reporters are the authors, additional reporters and the like
    contributors, editors editors. ``X reported from Y`` names the authors,
    only outside the story (``middle`` is false) and only people.

    >>> c = _credits_line("Reporting by Ann Lee; more reporting by Bo Chen; Editing by Cy Dunn")
    >>> c.authors, c.contributors, c.editors
    (('Ann Lee',), ('Bo Chen',), ('Cy Dunn',))
    """
    inner = text.strip("()[] \t\u00a0").lstrip("-–—*_ ").rstrip(".")
    if not inner:
        return None
    iso = ""
    if "|" in inner or "•" in inner:
        # "Reported by Ann Lee, Edited by Bo Chen | Updated: March 3, 2026 10:15 IST"
        inner, iso = _cut_date_tail(inner)
    authors: list[str] = []
    contributors: list[str] = []
    editors: list[str] = []
    publisher = ""
    words = False  # a credit for words, not only for pictures
    for segment in _CREDIT_SPLIT.split(inner):
        segment = segment.strip(" .")
        if not segment:
            continue
        m = _CREDIT_SEGMENT.match(segment)
        if m is None:
            return None
        words = words or _PICTURE_WORK.match(m.group("what") or "") is None
        names_text = m.group("names") or m.group("names2") or m.group("names3")
        if m.group("names4") is not None:
            if middle:
                return None  # "Reuters reported from Kyiv." in the story
            names = parse_names(_possessive(m.group("names4")))
            if names is None or not names.people or names.publisher:
                return None
            if not all(_is_person(name.split()) for name in names.people):
                return None
            authors.extend(names.people)
            continue
        names = parse_names(_possessive(names_text or ""))
        if names is None:
            return None
        what = (m.group("what") or "").lower()
        lead = what in ("reporting", "writing", "reported", "written", "text") and not m.group(
            "extra"
        )
        if what in ("editing", "edited"):
            editors.extend(names.people)
        else:
            (authors if lead and m.group("names") else contributors).extend(names.people)
        publisher = publisher or names.publisher
    if not words:
        return None  # "Photos by Ann Lee": an image credit, the captions step's
    if not authors and not contributors and not editors and not publisher:
        return Credit("credits", date=iso)
    return Credit(
        "credits", tuple(authors), tuple(contributors), publisher, iso, editors=tuple(editors)
    )


def _keyword_line(text: str) -> Credit | None:
    """``Posted on March 21, 2023 by Jane Roe``, ``Published: 21 March 2023``."""
    text = _POSTED_IN.sub("posted", text.rstrip(". "), count=1)
    by = _BY_WORD.search(text)
    if by is None:
        ok, iso = date_line(text)
        return Credit("date-line", date=iso) if ok else None
    left = text[: by.start()]
    right = text[by.end() :]
    head, iso = _cut_date_tail(right)
    left_ok, left_iso = date_line(left)
    if not left_ok and not _KEYWORD_LINE.match(left.strip()):
        return None
    if not left_ok:
        # only keywords on the left ("Posted by ..."): they must be nothing else
        for token in _date_tokens(left):
            if token.kind in ("other", "num"):
                return None
    names = parse_names(head, loose=True)
    if names is None:
        return None
    return Credit("posted-by", tuple(names.people), publisher=names.publisher, date=left_iso or iso)


def _by_line(rest: str, *, first_line: bool) -> Credit | None:
    head, iso = _cut_date_tail(rest)
    if not head:
        return None
    if word_count(head) > 16:
        return None
    names = parse_names(head)
    if names is None:
        return None
    if first_line and not names.people and not names.publisher:
        return None
    return Credit("byline", tuple(names.people), publisher=names.publisher, date=iso)


#: A press release's closing ``SOURCE Acme Widgets Inc.`` (capitals, no colon).
_PR_SOURCE = regex.compile(rf"^SOURCE{_H}+(?P<src>\p{{Lu}}.{{0,100}})$")


def _source_line(text: str) -> Credit | None:
    m = _SOURCE.match(text)
    if m is None:
        pr = _PR_SOURCE.match(text)
        if pr is not None and _provider_name(pr.group("src").strip()):
            return Credit("source-line", original_source=pr.group("src").strip())
        return None
    src = (m.group("src") or m.group("src2") or "").strip(" \t\u00a0")
    if not src or word_count(src) > 10:
        return None
    is_url = _URL.match(src) is not None
    if not is_url:
        if src[-1] in ".!?" and not _ABBREV_END.search(src):
            return None
        tokens = src.split()
        if m.group("src2") is not None and not (_title_shape(tokens) or _DOMAIN.match(src)):
            return None
        if not _NAME_START.match(src) and not _DOMAIN.match(src) and not _wires_only(src):
            # lower-case sources are sentences more often than names ("dpa" is an agency)
            return None
        if _image_agency(src):
            return None  # "Source: Getty Images", "Quelle: IMAGO/Ann Lee": an image credit
    return Credit("source-line", original_source=src)


def _wires_only(text: str) -> bool:
    """Whether ``text`` lists news agencies only (``dpa``, ``dpa, AFP``, ``dpa/AFP``).

    >>> _wires_only("dpa, AFP"), _wires_only("dpa und Reuters"), _wires_only("eigene Recherche")
    (True, True, False)
    """
    parts = [p for p in _SPLIT_PIECES.split(text) for p in _SPLIT_AND.split(p)]
    return bool(parts) and all(" ".join(_low(t) for t in p.split()) in WIRES for p in parts)


def _image_agency(text: str) -> bool:
    """Whether a source names a picture agency: an image credit, the captions step's.

    >>> _image_agency("Getty Images"), _image_agency("IMAGO/Ann Lee"), _image_agency("Reuters")
    (True, True, False)
    """
    return any(
        " ".join(part.split()).strip(" .").casefold() in IMAGE_AGENCIES
        for part in _IMAGE_SPLIT.split(text)
    )


_IMAGE_SPLIT = regex.compile(r"[/|,]|[ ]via[ ]")


def _residue_line(text: str) -> Credit | None:
    m = _RESIDUE.match(text)
    if m is None:
        return None
    rest = _RESIDUE_ROLE.sub(" ", m.group("rest")).strip(" ,")
    if not rest:
        return Credit("dateline-residue")
    names = parse_names(rest)
    if names is None:
        return None
    return Credit("dateline-residue", tuple(names.people), publisher=names.publisher)


#: "With material from the agencies" in other languages: ``Mit Material von dpa``,
#: ``Com informações da Reuters``, ``(Con información de EFE)``, ``Avec AFP``.
_WITH_MATERIAL = regex.compile(
    r"^\(?[ ]?(?:mit|com|con|avec)[ ]+"
    r"(?:(?P<label>(?:material|informationen|infos|informações|informacoes|información"
    r"|informacion|informazioni|inputs?)[ ]+(?:von[ ]+der|von[ ]+den|von|der|des|da|do|das"
    r"|dos|de[ ]la|del|de|di|dell['’]|della|delle|from)[ ]+)"
    r"(?:(?:den[ ]+)?(?:nachrichtenagenturen|agenturen|agências|agencias|agences|agenzie)[ ]+)?)?"
    r"(?P<names>[^()]{2,120}?)[ ]?\)?\.?$",
    _I,
)
_AGENCY_MATERIAL = regex.compile(
    r"^\(?[ ]?(?:mit[ ](?:agenturmaterial|agenturen)|com[ ]agências|con[ ]agencias"
    r"|avec[ ]agences|with[ ]agencies|con[ ]agenzie)[ ]?\)?\.?$",
    _I,
)


def _with_material(text: str) -> Credit | None:
    """A note that the story uses agency material, in other languages.

    Without a word such as ``Material`` or ``informações`` only agencies may
    follow (``mit dpa``, ``Avec AFP``), so ``Con Juan Pérez`` is no credit.

    >>> _with_material("Mit Material von dpa und AFP").contributors
    ('dpa', 'AFP')
    >>> _with_material("Com informações de agências").rule, _with_material("Com isso, ele saiu.")
    ('credits', None)
    """
    if _AGENCY_MATERIAL.match(text) is not None:
        return Credit("credits")
    m = _WITH_MATERIAL.match(text)
    if m is None:
        return None
    names_text = m.group("names").strip()
    if m.group("label") is None and not _wires_only(names_text):
        return None
    names = parse_names(names_text)
    if names is None:
        return None
    return Credit("credits", contributors=tuple(names.people), publisher=names.publisher)


_INITIALS = regex.compile(
    r"^(?P<chain>\p{L}{1,12}(?:[ ]?/[ ]?\p{L}{1,12}){1,4})(?:[ ]?\((?P<ag>[^()]{2,60})\))?\.?$"
)
_LOWER_INITIALS = regex.compile(r"^\p{Ll}{1,4}$")


def _agency_initials(text: str) -> Credit | None:
    """An editor's initials with the agencies a story draws on: ``ab/sms (AFP, dpa)``.

    Lower-case initials and agencies joined by slashes, the agencies maybe in
    brackets after them (``dpa/AFP/aa``); at least one agency must be named.

    >>> _agency_initials("ab/sms (AFP, dpa, Reuters)").rule, _agency_initials("dpa/AFP/aa").rule
    ('agency-initials', 'agency-initials')
    >>> _agency_initials("and/or"), _agency_initials("km/h (approx.)")
    (None, None)
    """
    m = _INITIALS.match(text)
    if m is None:
        return None
    chain = [t.strip() for t in m.group("chain").split("/")]
    wires = [t for t in chain if _low(t) in WIRES]
    if not all(_low(t) in WIRES or _LOWER_INITIALS.match(t) for t in chain):
        return None
    if len(wires) == len(chain):
        return None  # "dpa/AFP" alone: an image credit's shape, the captions step's
    agencies = m.group("ag")
    if agencies is not None:
        return Credit("agency-initials") if _wires_only(agencies) else None
    return Credit("agency-initials") if wires else None


_FIRST_PUBLISHED = regex.compile(
    r"^this[ ](?:report|story|article)[ ]by[ ](?P<pub>\S.{1,60}?)[ ]was[ ](?:first[ ])?published"
    r"(?:[ ]on)?[ ](?P<date>\S.{2,40}?)\.?$",
    _I,
)


def _first_published(text: str) -> Credit | None:
    """A wire's closing note: ``This report by The Canadian Press was first published ...``.

    >>> c = _first_published("This report by The Canadian Press was first published March 3, 2026.")
    >>> c.publisher, c.date
    ('The Canadian Press', '2026-03-03')
    """
    m = _FIRST_PUBLISHED.match(text)
    if m is None:
        return None
    ok, iso = date_line(m.group("date"))
    pub = m.group("pub").strip()
    if not ok or not _org_shape(pub, 6):
        return None
    return Credit("first-published", publisher=pub, date=iso)


_HEARD_ON = regex.compile(
    r"^(?:as[ ])?heard[ ]on[ ](?P<show>(?-i:\p{Lu})[\p{L}'’\-]{0,20}"
    r"(?:[ ](?-i:\p{Lu})[\p{L}'’\-]{0,20}){0,5})$",
    _I,
)
#: Portuguese and Spanish "from the newsroom / from outlet": ``Da Redação``, ``Do UOL,
#: em São Paulo``, ``Colaboração para o UOL``, ``De la Redacción``.
_FROM_OUTLET = regex.compile(
    r"^(?:(?i:colabora[çc][ãa]o[ ]para)[ ](?:o|a)|D[oa]s?|De[ ]la|De)[ ]"
    r"(?P<outlet>[^,—–\-]{1,40}?)"
    r"(?:(?:,[ ]?|[ ])(?:em|en|no|na|de|desde)[ ](?P<place>\p{Lu}[^,]{1,40})"
    r"|[ ]?[—–][ ]?(?P<place2>\p{Lu}.{1,40}))?$"
)


def _from_outlet(text: str) -> Credit | None:
    """``Da Redação``, ``Do UOL, em São Paulo``: the outlet a story comes from.

    >>> _from_outlet("Do UOL, em São Paulo").publisher, _from_outlet("Da Redação").rule
    ('UOL', 'from-outlet')
    >>> _from_outlet("Do lado de fora, a fila crescia."), _from_outlet("De acordo com a polícia")
    (None, None)
    """
    m = _FROM_OUTLET.match(text)
    if m is None:
        return None
    tokens = m.group("outlet").split()
    if not tokens or len(tokens) > 4:
        return None
    lows = [_low(t) for t in tokens]
    place = m.group("place") or m.group("place2")
    if place is not None and not _title_shape(place.split(), 4):
        return None
    if all(low in _ROLE_ALL for low in lows):
        return Credit("from-outlet")
    brand = _brand(tokens)
    if brand:
        return Credit("from-outlet", publisher=brand)
    name = " ".join(tokens)
    if " ".join(lows) in WIRES or _is_outlet(tokens, the=True):
        return Credit("from-outlet", publisher=name)
    return None


def _desk_line(text: str) -> Credit | None:
    """A credit that names a desk, not a person: ``India Today News Desk``, ``Web Desk``.

    >>> _desk_line("TOI News Desk").publisher, _desk_line("Express Web Desk").publisher
    ('TOI', 'Express')
    >>> _desk_line("Help Desk hours are changing"), _desk_line("Desk")
    (None, None)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or text[-1] in ".!?:;," or any(c.isdigit() for c in text):
        return None
    if _low(tokens[-1]) not in _COLLECTIVE | {"service", "services"}:
        return None
    names = parse_names(text)
    if names is None or names.people:
        return None
    return Credit("desk-line", publisher=names.publisher)


def _outlet_tag_line(text: str) -> Credit | None:
    m = _WITH_INPUTS.match(text)
    if m is not None:
        names = parse_names(m.group("names"))
        if names is not None:
            return Credit("credits", contributors=tuple(names.people), publisher=names.publisher)
    m = _OUTLET_TAG.match(text)
    if m is None:
        return None
    tag = m.group("tag")
    parts = [p.strip() for p in _TAG_SPLIT.split(tag)]
    if all(p and p.upper() not in _NOT_TAGS and _is_outlet(p.split()) for p in parts):
        return Credit("outlet-tag", publisher=parts[0])
    return None


_PROVIDED_BY = regex.compile(
    r"^(?:news|content|press[ ]release|release|story|article)[ ]+"
    rf"(?:provided|distributed|supplied|issued)[ ]+by{_H}*[:：]?{_H}*(?P<rest>.{{0,120}})$",
    _I,
)


def _provided_by(text: str) -> Credit | None:
    """A press release's ``News provided by`` line, maybe with the company.

    >>> _provided_by("News provided by Acme Widgets Inc.").publisher
    'Acme Widgets Inc.'
    >>> _provided_by("News provided by").rule, _provided_by("News provided by the state said so.")
    ('provided-by', None)
    """
    m = _PROVIDED_BY.match(text)
    if m is None:
        return None
    rest = m.group("rest").strip(" \t\u00a0")
    if not rest:
        return Credit("provided-by")
    return Credit("provided-by", publisher=rest) if _provider_name(rest) else None


def _provider_name(text: str) -> bool:
    """Whether ``text`` is a company's name (``Acme Widgets Inc.``), not a sentence."""
    if len(text) > 80 or text[-1:] in ("!", "?", ":", ",") or word_count(text) > 8:
        return False
    if text.endswith(".") and not _ABBREV_END.search(text):
        return False
    return _org_shape(text.rstrip(" ."), 8)


def _outlet_after_byline(text: str, before: Credit) -> Credit | None:
    """A lone outlet line under a byline (``By Jane Roe`` / ``Associated Press``).

    An outlet's desk or region may follow it (``BBC News, Yorkshire``,
    ``Reuters | London``): one or two short Title Case names.

    >>> _outlet_after_byline("The Associated Press", Credit("byline", ("Jane Roe",))).publisher
    'The Associated Press'
    >>> _outlet_after_byline("BBC News, West Yorkshire", Credit("byline", ("Jane Roe",))).publisher
    'BBC News'
    >>> _outlet_after_byline("BBC News, the council said.", Credit("byline", ("Jane Roe",)))
    """
    s = _strip_line(text)
    if before.rule == "provided-by" and not before.publisher:
        return Credit("provided-by", publisher=s) if _provider_name(s) else None
    if before.rule not in ("byline", "posted-by", "author-role", "articles-by"):
        return None
    if len(s) > 60 or s[-1:] in (".", "!", "?", ":"):
        return None
    pieces = [p for p in _SPLIT_PIECES.split(s) if p.strip()]
    if not 1 <= len(pieces) <= 3 or not _desk_outlet(pieces[0].split()):
        return None
    for piece in pieces[1:]:
        tokens = piece.split()
        if not _title_shape(tokens, 3) or any(_low(t) in _NOT_NAMES for t in tokens):
            return None
    return Credit("byline-outlet", publisher=pieces[0])


def _desk_outlet(tokens: Sequence[str]) -> bool:
    """Whether the tokens name an outlet or one of its desks (``BBC Verify``, ``CNN Money``).

    >>> _desk_outlet(["BBC", "Verify"]), _desk_outlet(["The", "Times"])
    (True, True)
    >>> _desk_outlet(["Ann", "Lee"])
    False
    """
    if _is_outlet(tokens, the=True):
        return True
    return (
        2 <= len(tokens) <= 3
        and _low(tokens[0]) in WIRES
        and tokens[0].isupper()
        and _title_shape(tokens, 3)
    )


def _publisher_date(text: str) -> Credit | None:
    """``Publisher, Date`` or ``Date | Publisher``; a person with a bar or a dot is the author.

    >>> _publisher_date("Global Research, March 21, 2023").publisher
    'Global Research'
    >>> _publisher_date("Ann Lee | March 21, 2023").authors, _publisher_date("ROMA, 3 marzo 2026")
    (('Ann Lee',), Credit(rule='dateline', authors=(), contributors=(), publisher='', \
date='2026-03-03', original_source='', editors=()))
    """
    for pattern in (_PUB_DATE, _DATE_PUB):
        m = pattern.match(text)
        if m is None:
            continue
        ok, iso = date_line(m.group("rest"))
        pub = m.group("pub").strip()
        tokens = pub.split()
        if not ok or not _title_shape(tokens):
            continue
        lows = [_low(t) for t in tokens]
        if any(low in _FURNITURE_WORDS or low in _WEEKDAYS for low in lows):
            continue
        if all(low in _ROLE_ALL for low in lows) or _place(tokens):
            return Credit("dateline", date=iso)
        if len(tokens) == 1 and not _is_outlet(tokens):
            # "Beijing, March 21, 2023": a dateline, but the name may be a place
            return Credit("dateline", date=iso)
        if pattern is _PUB_DATE:
            between = text[m.end("pub") : m.start("rest")]
        else:
            between = text[m.end("rest") : m.start("pub")]
        if "," not in between and _is_person(tokens) and not _is_outlet(tokens):
            # "Ann Lee | March 21, 2023", "Ann Lee · 3 min read": a blog's author line
            return Credit("dateline", (pub,), date=iso)
        return Credit("dateline", publisher=pub, date=iso)
    return None


_STAMP_SEPARATOR = regex.compile(r"[|•·,/–—]|[ ]-[ ]")
#: Words a time stamp may end with (besides a number): a zone, ``ago``, ``Uhr``, a unit.
_STAMP_FINAL_WORDS = _words(
    """
    am pm a.m p.m ago gmt utc bst ist et est edt ct cst cdt mt mst mdt pt pst pdt cet cest
    eet eest msk jst kst hkt sgt aest aedt wib pkt uk uhr read today yesterday now local time
    hours hour hrs hr mins min minutes days weeks months years horas hora minutos dias días
    semanas meses anos años stunden stunde minuten tagen tag wochen monaten jahren heures
    heure jours semaines mois ans fa ontem hoje gestern heute ieri oggi hoy ayer
    """
)


def _ends_like_stamp(text: str) -> bool:
    """Whether the last word of ``text`` can end a time stamp (a cheap check).

    >>> _ends_like_stamp("Ann Lee | Updated: March 3, 2026 10:15 IST")
    True
    >>> _ends_like_stamp("Ann Lee | Mumbai"), _ends_like_stamp("2 hours ago")
    (False, True)
    """
    last = text.rsplit(None, 1)[-1].strip(".,;:)]").lower() if text.strip() else ""
    return _DIGIT.search(last) is not None or last in _STAMP_FINAL_WORDS


def _stamped_credit(text: str) -> Credit | None:
    """Names, outlets and places before a stamp: ``Express News Service | Mumbai | Updated:
    March 3, 2026 10:15 IST``, ``Ann Lee / TNN / Updated: Mar 3, 2026, 10:15 IST``.

    Every piece before the stamp must be a person, an outlet, a desk, a place
    or a job title; people are the authors, the first outlet the publisher.

    >>> c = _stamped_credit("Ann Lee / TNN / Updated: Mar 3, 2026, 10:15 IST")
    >>> c.authors, c.publisher, c.date
    (('Ann Lee',), 'TNN', '2026-03-03')
    >>> _stamped_credit("Prices rose, traders said | Updated: Mar 3, 2026") is None
    True
    """
    if text.endswith((":", "：")) or len(text) > 240 or not _ends_like_stamp(text):
        return None  # "Latest update as of 10:17 ET, March 21, 2023:" heads what follows
    if _STAMP_SEPARATOR.search(text) is None:
        return None  # the pieces of a credit are set apart by bars, slashes, commas, dashes
    head, iso = _cut_date_tail(text)
    if not head or head == text or len(head) > 160:
        return None
    pieces = [p for p in _SPLIT_PIECES.split(head) if p.strip()]
    if not pieces or len(pieces) > 5:
        return None
    people: list[str] = []
    publisher = ""
    if not any(_place(p.split()) for p in pieces):
        # no known place: a name or an outlet must say what the line is
        named = parse_names(head)
        if named is None or not (named.people or named.publisher):
            return None
    for piece in pieces:
        for part in _split_and(piece):
            items = _classify_item(part, False, False)
            if items is None:
                return None
            for item in items:
                if item.kind == "author" and item.value not in people:
                    people.append(item.value)
                elif item.kind == "publisher" and not publisher:
                    publisher = item.value
    return Credit("dateline", tuple(people), publisher=publisher, date=iso)


_STAMP_LABEL = regex.compile(
    r"^(?:(?:first|last|originally)[ ])?(?:published|updated|posted|modified|date|dated"
    r"|stand|aktualisiert|veröffentlicht|publié|mis[ ]à[ ]jour|publicado|actualizado)(?:[ ]on)?"
    rf"{_H}*[:：]?$",
    _I,
)

#: Weekday names and their short forms (``Tue``, ``Thurs``).
_WEEKDAY_WORDS = _WEEKDAYS | _words("mon tue tues wed thu thur thurs fri sat sun")


def _section_stamp(text: str) -> Credit | None:
    """A section label before a date stamp: ``All News 10:42 March 05, 2024``.

    The label is one to four Title Case words (a site section, not a
    person's name); the stamp must hold a date.

    >>> _section_stamp("All News 10:42 March 05, 2024").date
    '2024-03-05'
    >>> _section_stamp("Jane Doe March 5, 2024"), _section_stamp("Talks resume 5 March 2024")
    (None, None)
    >>> _section_stamp("Latest update as of 10:17 ET, March 21, 2023:") is None
    True
    """
    if len(text) > 120 or not text[:1].isupper() or text.count(" ") > 12:
        return None
    if text.endswith((":", "：")):
        return None  # "Latest update as of 10:17 ET, March 21, 2023:" heads what follows
    tokens = _date_tokens(text)
    k = 0
    while k < len(tokens) and tokens[k].kind in ("other", "sep"):
        k += 1
    if k == 0 or k == len(tokens) or k > 8:
        return None
    start = tokens[k]
    if start.kind == "word" and _low(text[start.start : start.end]) not in _WEEKDAY_WORDS:
        return None  # the stamp starts with its date, time or weekday, not "update as of"
    label = text[: tokens[k].start].rstrip(" \t\u00a0|•·:;,/–—-")
    words = label.split()
    if not 1 <= len(words) <= 4 or not _title_shape(words, 4) or _is_person(words):
        return None
    if any(c.isdigit() for c in label) or not all(c.isalpha() for c in words[0][:1]):
        return None
    rest = text[tokens[k].start :]
    ok, iso = date_line(rest)
    if not ok or not any(t.kind == "date" for t in tokens[k:]):
        return None
    return Credit("section-date", date=iso)


#: A North American broadcaster's call sign: ``KTLA``, ``WGN-TV``, ``WKRB``.
_CALL_SIGN = regex.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD))?$")


def _name_role(text: str) -> Credit | None:
    m = _NAME_ROLE.match(text)
    if m is None:
        return None
    tokens = m.group("name").split()
    if not _is_person(tokens):
        return None
    role = m.group("role").strip(" .")
    outlet_named = _FROM_WORD.match(role) is not None  # "Ana Souza, do UOL"
    role = _FROM_WORD.sub("", role)
    if _ROLE_SEARCH.search(role) and word_count(role) <= 8:
        names = parse_names(role)
        publisher = names.publisher if names is not None else ""
        return Credit("author-role", (" ".join(tokens),), publisher=publisher)
    role_tokens = role.split()
    if outlet_named and _brand(role_tokens):
        return Credit("author-role", (" ".join(tokens),), publisher=_brand(role_tokens))
    if _CALL_SIGN.match(role) is not None or (
        _is_outlet(role_tokens)
        and (
            len(role_tokens) > 1 or outlet_named or " ".join(_low(t) for t in role_tokens) in WIRES
        )
    ):
        return Credit("author-role", (" ".join(tokens),), publisher=role)
    return None


def _contact_line(text: str) -> Credit | None:
    m = _CONTACT.match(text)
    if m is None:
        return None
    name = (m.group("name") or m.group("name2") or "").strip()
    if not name:
        return Credit("contact-line")
    name = _RESIDUE_ROLE.sub(" ", _BY_PREFIX.sub("", name)).strip(" ,")
    names = parse_names(name)
    if names is None or not names.people:
        return None
    return Credit("contact-line", tuple(names.people))


def _follow_line(text: str) -> Credit | None:
    m = _FOLLOW.match(text)
    if m is None:
        return None
    if m.group("net"):
        return Credit("follow-author")
    who = m.group("who").strip()
    if not _SOCIAL_RE.search(m.group("where")):
        return None
    if who.lower() in ("me", "him", "her", "them", "the author", "the writer", "the reporter"):
        return Credit("follow-author")
    names = parse_names(who)
    if names is None or not names.people:
        return None
    return Credit("follow-author", tuple(names.people))


def classify_line(text: str, where: str = "top", *, first_line: bool = False) -> Credit | None:
    """The credit a whole line is, or ``None``.

    Args:
        text: the line.
        where: ``"top"`` (before the story), ``"bottom"`` (after it) or
            ``"middle"`` (inside it: only contributor credits count there).
        first_line: the line is the document's first (its title, likely):
            ``Publisher, Date`` is not taken from it.

    >>> credit = classify_line("By Jane Roe and John Doe, Reuters")
    >>> credit.rule, credit.authors, credit.publisher
    ('byline', ('Jane Roe', 'John Doe'), 'Reuters')
    >>> classify_line("By Tuesday, the talks had collapsed.") is None
    True
    >>> classify_line("Source: Bureau of Labor Statistics", "middle") is None
    True
    """
    s = _strip_line(text)
    if not s or len(s) > 300:
        return None
    credit = _classify(s, where, first_line)
    if credit is not None and first_line and credit.rule not in _TITLE_SAFE:
        # the first line is usually the title: only unmistakable credits go
        return None
    return credit


#: The rules trusted on a document's first line.
_TITLE_SAFE = frozenset({"byline", "posted-by", "date-line", "reading-time", "credits"})


_SOURCE_STARTS = (
    *("source", "via", "h/t", "hat tip", "quelle", "fonte", "fuente", "bron", "källa"),
    *("kilde", "lähde", "źródło"),
)


def _classify(s: str, where: str, first_line: bool) -> Credit | None:
    if where != "middle":
        m = _BY.match(s)
        if m is not None:
            rest = m.group("rest") or m.group("rest2") or m.group("rest3") or ""
            credit = _by_line(rest, first_line=first_line)
            if credit is not None:
                return credit
    low = s[:40].lower()
    if (
        "by" in low
        or "ontribut" in s  # "X contributed" after a long name, place and role
        or "input" in low
        or "repor" in low
        or ";" in s
        or s.endswith(("report", "report.", "reporting", "reporting."))
    ):
        credit = _credits_line(s, middle=where == "middle")
        if credit is not None:
            return credit
    m = _ARTICLES_BY.match(s)
    if m is not None:
        names = parse_names(m.group("rest") or m.group("rest2") or "", loose=True)
        if names is not None:
            return Credit("articles-by", tuple(names.people), publisher=names.publisher)
    if where == "middle":
        return None
    if low.startswith(("news ", "content", "press", "release", "story", "article")):
        credit = _provided_by(s)
        if credit is not None:
            return credit
    if _KEYWORD_LINE.match(s) or (" by " in s[:60].lower() and _stamp_hint(s)):
        # "Posted on March 3, 2026 by Ann Lee", "March 3, 2026 by Ann Lee"
        credit = _keyword_line(s)
        if credit is not None:
            return credit
    low = s[:12].lower()
    credit = None
    if low.startswith(_SOURCE_STARTS):
        credit = _source_line(s)
    elif "=" in s or "＝" in s:
        credit = _residue_line(s)
    elif s[0] == "(" or low.startswith("with"):
        credit = _outlet_tag_line(s) or _with_material(s)
    elif low.startswith(("mit ", "com ", "con ", "avec ")):
        credit = _with_material(s)
    elif low.startswith(("this report", "this story", "this articl")):
        credit = _first_published(s)
    if credit is None and "/" in s and len(s) <= 80:
        credit = _agency_initials(s)
    if credit is None and where == "top":
        if low.startswith(("heard on", "as heard on")) and _HEARD_ON.match(s):
            credit = Credit("program-line")
        elif s[:2] in ("Da", "Do", "De", "Co", "co"):
            credit = _from_outlet(s)
    if credit is None and len(s) <= 60 and s[-1:].isalpha():
        credit = _desk_line(s)
    if credit is not None:
        return credit
    if _READING.match(s):
        return Credit("reading-time")
    if _stamp_hint(s):
        ok, iso = date_line(s)
        if ok:
            return Credit("date-line", date=iso)
        if not first_line:
            credit = _publisher_date(s)
            if credit is None and where == "top":
                credit = _section_stamp(s)
            if credit is None:
                credit = _stamped_credit(s)
            if credit is not None:
                return credit
    if _SEPARATOR_HINT.search(s) is not None:
        credit = _name_role(s)
    if credit is None and _contact_hint(s):
        credit = _contact_line(s) or _follow_line(s)
    return credit


# ---------------------------------------------------------------------------
# lone names and places beside other credits
# ---------------------------------------------------------------------------

#: Words of the section labels and topic tags ("kickers") that sit above a date
#: and have a name's shape (``Climate Crisis``, ``Middle East``): never an author.
_KICKER_WORDS = _words(
    """
        world politics business health science tech technology sport sports climate crisis
        change environment culture opinion analysis economy markets money travel food style
        life lifestyle entertainment music film films books arts education crime justice law
        courts weather middle east west north south breaking exclusive live europe asia
        africa americas global local national elections election war cost living housing
        energy transport royal royals family celebrity fashion beauty property personal
        finance investing cars motoring gaming nature wildlife space security defence defense
        immigration religion society community obituaries features interview reviews
        explainer fact check podcast video photos gallery news newsletter update live
        coronavirus covid pandemic budget tax policy inflation stocks crypto bitcoin
        markets earnings football cricket tennis golf rugby formula olympics image images
        photo picture pictures photography getty alamy shutterstock imago
        """
)


def _name_line(text: str) -> tuple[str, ...] | None:
    """The authors a lone name line names (``Ann Lee``, ``Ann Lee and Bo Chen in Kyiv``).

    Only people's names (and a place after ``in``): no outlet, no punctuation
    at the end, no digits, not a transcript's speaker label (``RUTH OKAFOR,
    BYLINE:``), no word of a section label (``Climate Crisis``).

    >>> _name_line("Ann Lee"), _name_line("Ann Lee & Bo Chen in Kyiv")
    (('Ann Lee',), ('Ann Lee', 'Bo Chen'))
    >>> _name_line("Middle East"), _name_line("RUTH OKAFOR, BYLINE:"), _name_line("Reuters")
    (None, None, None)
    """
    s = _strip_line(text)
    if not s or len(s) > 80 or s[-1] in ".!?:;,)" or _DIGIT.search(s) is not None:
        return None
    tokens = s.split()
    if len(tokens) > 12 or not all(
        t[:1].isupper() or t in _NAME_JOINS or _low(t) in _ROLE_ALL for t in tokens
    ):
        return None  # names are capitalised words joined by "and", "in", particles
    if any(_low(t) in _KICKER_WORDS for t in tokens):
        return None
    names = parse_names(s)
    if names is None or not names.people or names.publisher:
        return None
    for name in names.people:
        tokens = name.split()
        if not _is_person(tokens):
            return None
        if _ALLCAPS.match(tokens[0]) and not all(t.isupper() for t in tokens):
            return None  # "BBC Verify", "CNN Business": an outlet's desk
    return tuple(names.people)


_HANDLE = regex.compile(r"^@[\w.]{2,30}$")
#: Lower-case words a line of names may hold: "and", "in" before a place, particles.
_NAME_JOINS = _PARTICLES | _words("and und et e y & in from , - – —")


def _place_line(text: str) -> bool:
    """Whether a lone line names only a place: ``NEW DELHI``, ``New Delhi, India``.

    >>> _place_line("NEW DELHI"), _place_line("Cardiff, Wales"), _place_line("Ann Lee")
    (True, True, False)
    """
    s = _strip_line(text).rstrip(" .")
    if not s or len(s) > 60:
        return False
    pieces = [p for p in _SPLIT_PIECES.split(s) if p.strip()]
    return 1 <= len(pieces) <= 3 and all(_place(p.split()) for p in pieces)


# ---------------------------------------------------------------------------
# author links, role lines, end markers
# ---------------------------------------------------------------------------

#: URL path segments that lead to an author's page (``/author/jane-doe``,
#: ``/profile/janedoe``, ``/people/jane-doe``); a segment ``@handle`` is one
#: too (Substack, Medium).
AUTHOR_PATHS = _words(
    """
        author authors profile profiles people staff by writer writers contributor contributors
        journalist journalists reporter reporters columnist columnists team
        """
)
_URL_PARTS = regex.compile(
    r"^(?:[a-z][a-z0-9+.\-]{0,20}:)?(?://[^/?#\s]{0,300})?(?P<path>[^?#\s]{0,1000})"
    r"(?:\?(?P<query>[^#\s]{0,1000}))?",
    _I,
)
_AUTHOR_QUERY = regex.compile(r"(?:^|&)author=", _I)
_AUTHOR_HINT = regex.compile(
    "/@|author=|/(?:" + "|".join(sorted(AUTHOR_PATHS, key=len, reverse=True)) + ")/", _I
)
#: Words that make a link's text something other than a name (``Read more``).
_NOT_AUTHOR_TEXT = _FURNITURE_WORDS | _words(
    """
        view profile bio all his her their its my your this that these here there was were
        """
)


def author_url(url: str) -> bool:
    """Whether a link's URL looks like an author's page.

    >>> author_url("https://www.theguardian.com/profile/samjones")
    True
    >>> author_url("https://substack.com/@martaquill"), author_url("/author/mark-tan")
    (True, True)
    >>> author_url("https://example.com/news/2024/budget"), author_url("https://x.org/staff/")
    (False, False)
    """
    if _AUTHOR_HINT.search(url) is None:
        return False
    m = _URL_PARTS.match(url.strip())
    if m is None:
        return False
    segments = [seg for seg in m.group("path").lower().split("/") if seg]
    for i, seg in enumerate(segments):
        if seg.startswith("@") and len(seg) > 1:
            return True
        if seg in AUTHOR_PATHS and i + 1 < len(segments):
            return True
    query = m.group("query")
    return query is not None and _AUTHOR_QUERY.search(query) is not None


def _fold(text: str) -> str:
    """A link's or line's text folded for comparison.

    >>> _fold(" **Jane  Roe** ")
    'jane roe'
    """
    return " ".join(text.replace("*", " ").split()).strip(" .,:;").casefold()


def _name_like(text: str) -> bool:
    """Whether a link's text can be a person's (or a newsletter's) name.

    >>> _name_like("Marta Quill"), _name_like("martaquill"), _name_like("Read more")
    (True, True, False)
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or len(text) > 60 or text[-1] in ".!?:;,":
        return False
    if not (text[0].isalpha() or text[0] == "@"):
        return False
    return not any(_low(t) in _NOT_AUTHOR_TEXT for t in tokens)


class LinkEvidence(NamedTuple):
    """What the links the markup step recorded say about a text.

    Attributes:
        authors: the folded text of every link to an author's page, mapped
            to the text as written.
        linked: the folded text of every link (an institution, an outlet).
    """

    authors: dict[str, str]
    linked: frozenset[str]


def link_evidence(links: object) -> LinkEvidence:
    """Read ``metadata.extras["links"]`` (``{"text", "url"}`` records).

    Anything that is not such a record is ignored.

    >>> ev = link_evidence([{"text": "Sam Jones", "url": "https://g.com/profile/samjones"},
    ...                     {"text": "drought", "url": "https://g.com/environment/drought"}])
    >>> ev.authors, sorted(ev.linked)
    ({'sam jones': 'Sam Jones'}, ['drought', 'sam jones'])
    """
    authors: dict[str, str] = {}
    if not isinstance(links, list):
        return LinkEvidence(authors, frozenset())
    records = [
        (link["text"], link["url"])
        for link in links
        if isinstance(link, dict)
        and isinstance(link.get("text"), str)
        and isinstance(link.get("url"), str)
    ]
    for text, url in records:
        if _AUTHOR_HINT.search(url) is None:
            continue
        name = " ".join(text.replace("*", " ").split())
        folded = _fold(name)
        if folded and _name_like(name) and author_url(url):
            authors.setdefault(folded, name)
    if not authors:
        return LinkEvidence(authors, frozenset())  # no author links: the rest is not needed
    linked = {_fold(text) for text, _ in records} - {""}
    return LinkEvidence(authors, frozenset(linked))


_LEAD_AND = regex.compile(rf"^(?:and|&){_H}+", _I)
_LINK_TAIL = regex.compile(
    rf"^(?P<kw>in|from|at|for|reporting from){_H}+(?P<tail>\S.{{0,80}})$", _I
)
_ROLE_NOUNS = _words(
    """
        reporter reporters correspondent correspondents journalist journalists photojournalist
        videojournalist videographer photographer writer writers editor editors editor-in-chief
        editor-at-large columnist contributor producer anchor presenter host analyst critic
        commentator blogger meteorologist chief intern fellow professor lecturer researcher
        scientist economist author
        """
)
#: Job titles in other languages; a department may follow (``Redakteurin Politik``).
_FOREIGN_ROLE_NOUNS = _words(
    """
        redakteur redakteurin korrespondent korrespondentin reporterin autor autorin
        journalistin volontär volontärin ressortleiter ressortleiterin chefredakteur
        chefredakteurin jornalista repórter colunista correspondente editora periodista
        corresponsal redactor redactora giornalista corrispondente inviato inviata redattore
        redattrice journaliste rédacteur rédactrice correspondant correspondante chroniqueur
        chroniqueuse
        """
)
_ROLE_NOUNS = _ROLE_NOUNS | _FOREIGN_ROLE_NOUNS
_ROLE_JOINS = _words("of in on and & for the")


def _role_phrase(text: str) -> bool:
    """Whether ``text`` is only a job title (``Video Journalist``, ``Professor of Ecology``).

    >>> _role_phrase("Senior Political Correspondent"), _role_phrase("Lecturer in Ecology")
    (True, True)
    >>> _role_phrase("Chief Executive Officer Resigns"), _role_phrase("She was a reporter")
    (False, False)
    """
    tokens = text.split()
    if not 1 <= len(tokens) <= 6:
        return False
    lows = [_low(t) for t in tokens]
    at = max((i for i, low in enumerate(lows) if low in _ROLE_NOUNS), default=-1)
    if at < 0:
        return False
    department = at == len(tokens) - 2 and lows[at] in _FOREIGN_ROLE_NOUNS
    if (
        at < len(tokens) - 1
        and not (lows[at + 1] in ("of", "in", "on") and at + 2 < len(tokens))
        and not department
    ):
        return False  # "Chief Executive Officer": the role word must end the title
    for i, (token, low) in enumerate(zip(tokens, lows, strict=True)):
        if low in _ROLE_ALL or low in _ROLE_NOUNS or (i > 0 and low in _ROLE_JOINS):
            continue
        if not _OUTLET_TOKEN.match(token):
            return False
    return True


def _org_shape(text: str, max_tokens: int = 8) -> bool:
    """Whether ``text`` is the Title Case name of an outlet, institution or place."""
    tokens = text.split()
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    return bool(tokens) and _title_shape(tokens, max_tokens)


_ROLE_SPLIT = regex.compile(rf"{_H}*(?:[,|•·–—]|{_H}-{_H}){_H}*|{_H}+(?:at|for|with){_H}+", _I)


def role_line(text: str) -> Credit | None:
    """A line that gives only an author's job, maybe with the outlet.

    ``Video Journalist, Prairie News 6 Calgary``, ``Senior Reporter, The
    Times``, ``Political Correspondent``. The cleaner takes such a line only
    next to a removed author line: alone, a job title may be a heading.

    >>> role_line("Senior Reporter, The Times").publisher
    'The Times'
    >>> role_line("Professor of Ecology at the University of Leeds").publisher
    ''
    >>> role_line("Reporters face new rules.") is None, role_line("Chief Executive, Acme") is None
    (True, True)
    """
    s = _strip_line(text)
    if not s or len(s) > 120 or s[-1] in ".!?:;," or word_count(s) > 14:
        return None
    m = _ROLE_SPLIT.search(s)
    role, org = (s[: m.start()], s[m.end() :]) if m is not None else (s, "")
    if not _role_phrase(role):
        return None
    publisher = ""
    if org:
        pieces = [p for p in _SPLIT_PIECES.split(org) if p.strip()]
        if not pieces or len(pieces) > 3 or not all(_org_shape(p) for p in pieces):
            return None
        first = pieces[0].split()
        if _is_outlet(first, the=True):
            publisher = " ".join(first)
    return Credit("role-line", publisher=publisher)


def _linked_part(part: str, ev: LinkEvidence) -> tuple[str, str] | None:
    """The author a part of a line names through a link, and an outlet (``Name for Outlet``)."""
    folded = _fold(part)
    if folded in ev.authors:
        return ev.authors[folded], ""
    tokens = part.split()
    for n in range(min(len(tokens) - 1, 6), 0, -1):
        name = _fold(" ".join(tokens[:n]))
        if name not in ev.authors:
            continue
        m = _LINK_TAIL.match(" ".join(tokens[n:]))
        if m is None or not _org_shape(m.group("tail").rstrip(" ."), 5):
            return None
        tail = m.group("tail").rstrip(" .")
        kw = m.group("kw").lower()
        outlet = tail if kw in ("for", "at") and _is_outlet(tail.split(), the=True) else ""
        return ev.authors[name], outlet
    return None


def linked_byline(text: str, ev: LinkEvidence) -> Credit | None:
    """A line that names authors whose names link to author pages.

    ``Marta Quill`` (a lone author link), ``Sam Jones in Madrid``, ``Priya
    Raman, University of Leeds``, ``Ann Lee and Bo Chen · Mar 12, 2024``.
    The first name must be an author link; what follows may be further
    authors, a place, an institution or outlet, a job title and a date.

    >>> ev = link_evidence([{"text": "Sam Jones", "url": "/profile/samjones"}])
    >>> linked_byline("Sam Jones in Madrid", ev).authors
    ('Sam Jones',)
    >>> linked_byline("Sam Jones said the reservoirs were low.", ev) is None
    True
    """
    s = _BY_PREFIX.sub("", _strip_line(text))
    if not s or len(s) > 250:
        return None
    start = _fold(s[:80])
    if not any(start.startswith(name) for name in ev.authors):
        return None  # the line must start with an author link's text
    head, iso = _cut_date_tail(s)
    if not head or word_count(head) > 30:
        return None
    pieces = [p.strip(" \t\u00a0") for p in _SPLIT_PIECES.split(head)]
    pieces = [p for p in pieces if p]
    if not pieces or len(pieces) > 10:
        return None
    people: list[str] = []
    publisher = ""
    for i, piece in enumerate(pieces):
        parts = [q.strip() for q in _SPLIT_AND.split(_LEAD_AND.sub("", piece)) if q.strip()]
        named = [_linked_part(q, ev) for q in parts]
        if i == 0 and named[0] is None:
            return None
        with_author = any(found is not None for found in named)
        for part, found in zip(parts, named, strict=True):
            tokens = part.split()
            if found is not None:
                people.append(found[0])
                publisher = publisher or found[1]
            elif with_author and _is_person(tokens):
                people.append(part)  # "[Ann Lee](/author/ann) and Bo Chen"
            elif _fold(part) in ev.linked and word_count(part) <= 12:
                continue  # a linked institution or outlet
            elif _org_shape(part):
                if _is_outlet(tokens):
                    publisher = publisher or part
            elif not _role_phrase(part):
                return None
    return Credit("author-link", tuple(dict.fromkeys(people)), publisher=publisher, date=iso)


_END_MARKER = regex.compile(
    r"^(?:[(\[<]{1,2}[ ]?(?i:end|ends|endit|fin)[ ]?[)\]>]{1,2}"
    r"|(?:[\-–—=~*]{1,4}[ ]?)?(?:END|ENDS|ENDIT)(?:[ ]?[\-–—=~*]{1,4})?"
    r"|[\-–—][ ]?30[ ]?[\-–—]|#[ ]?#[ ]?#|/{3,6}|\\{3,6})\.?$"
)


def end_marker(text: str) -> bool:
    """Whether a line is a wire story's end marker: ``(END)``, ``-- END --``, ``///``, ``-30-``.

    >>> end_marker("(END)"), end_marker("-- END --"), end_marker("///"), end_marker("The End")
    (True, True, True, False)
    """
    s = _strip_line(text)
    return len(s) <= 12 and _END_MARKER.match(s) is not None


def _bio(text: str, max_words: int) -> str | None:
    """The name an author bio is about, or ``None`` if ``text`` is not one.

    >>> _bio("Mark Jones is a world traveler and journalist for News Rebeat.", 150)
    'Mark Jones'
    >>> _bio("Craig Singleton is a senior fellow at the Foundation.", 150) is None
    True
    """
    s = _strip_line(text)
    if len(s) > max_words * 12:
        return None
    m = _BIO_HEAD.match(s)  # anchored: fails within a few words on a story's line
    if m is None or word_count(s) > max_words:
        return None
    name = _ABOUT_PREFIX.sub("", m.group("name"))
    tokens = _TITLE_PREFIX.sub("", name).split()
    if not _is_person(tokens):
        return None
    verb = m.group("verb").lower()
    rest = m.group("rest")
    if verb in ("writes", "covers", "reports", "has covered", "has reported"):
        return " ".join(tokens)
    if _BIO_ROLE.match(rest) or (verb == "has been" and _BIO_SINCE.match(rest)):
        return " ".join(tokens)
    if verb == "is" and _BIO_ROLE_END.match(rest):
        return " ".join(tokens)  # "Ann Lee is an award-winning investigative reporter."
    return None


#: A bio's present-tense job at the end of its sentence: ``is a senior reporter.``
_BIO_ROLE_END = regex.compile(
    r"^[ ]+(?:an?|the)[ ][^.]{0,100}?\b(?:journalist|reporter|writer|editor|correspondent"
    r"|contributor|columnist|blogger|commentator|broadcaster|podcaster|photojournalist"
    r"|editor-in-chief)s?\.?$",
    _I,
)


_BIO_MORE = regex.compile(
    r"^(?:(?:she|he|they)(?:[ ]also)?[ ](?:holds|has|had|is|was|lives|joined|covers|writes"
    r"|reports|previously|graduated|studied|earned|received|worked|spent|began|started|hosts"
    r"|edits|contributes|enjoys|loves|can[ ]be[ ](?:reached|contacted))\b"
    r"|(?:her|his|their)[ ](?:work|writing|reporting|articles|stories|journalism|bylines?)"
    r"[ ](?:has|have)[ ](?:also[ ])?(?:appeared|been[ ](?:published|featured))"
    r"|(?:prior[ ]to|before)[ ]joining\b"
    r"|previously,?[ ](?:she|he|they)\b"
    r"|when[ ](?:she|he|they)(?:['’]s|[ ]is|[ ]are|['’]re)[ ]not\b"
    r"|in[ ](?:her|his|their)[ ](?:spare|free)[ ]time\b)",
    _I,
)


def _bio_more(text: str, person: str) -> bool:
    """Whether a line goes on with the bio of ``person`` above it.

    It starts with a pronoun and a verb (``She holds a master's degree ...``),
    with ``Her work has appeared in``, ``Before joining``, or with the
    person's name or first name and a verb (``Ann previously worked at ...``).

    >>> _bio_more("She holds a degree in journalism.", "Ann Lee")
    True
    >>> _bio_more("Ann previously worked at Bloomberg.", "Ann Lee")
    True
    >>> _bio_more("“We will rebuild,” she said.", "Ann Lee")
    False
    """
    s = _strip_line(text)
    if not s or len(s) > 900 or _QUOTE_MARK.search(s) is not None or word_count(s) > 80:
        return False
    if _BIO_MORE.match(s) is not None:
        return True
    folded = s.casefold()
    tokens = person.split()
    for called in dict.fromkeys((person, tokens[0] if tokens else "")):
        if called and folded.startswith(called.casefold() + " "):
            return _NAMED_BIO_MORE.match(s[len(called) + 1 :]) is not None
    return False


_QUOTE_MARK = regex.compile(r"[\"“”«»„]")
#: The second word of a bio that names its author by first name (``Ann is ...``) or
#: goes on with one (``Ann previously worked ...``).
_BIO_VERBS = _words(
    """
    is was has writes covers reports serves works also previously holds lives joined
    graduated studied earned received worked spent began started hosts edits contributes can
    """
)
_NAMED_BIO_MORE = regex.compile(
    r"^(?:also[ ]|previously[ ])?(?:holds|has|is|was|lives|joined|previously|graduated|studied"
    r"|earned|received|worked|spent|began|started|hosts|edits|contributes|covers|writes"
    r"|reports|can[ ]be[ ](?:reached|contacted))\b",
    _I,
)


_PRINT_NOTE = regex.compile(
    r"^(?:this|a[ ]version[ ]of[ ]this)[ ](?:article|story|piece|essay|review|interview|feature)"
    r"(?:[ ]also)?[ ](?:appears|appeared|was[ ]published|ran|will[ ]appear)(?:[ ]in[ ]print)?"
    r"[ ](?:in|on)[ ](?:the[ ])?[^.!?]{0,120}?\b(?:issue|edition|print|magazine|newspaper)\b"
    r"[^.!?]{0,120}[.!]?",
    _I,
)


def _print_note(text: str) -> bool:
    """Whether a closing line says where the article appeared in print.

    What follows the note must be a short call to subscribe, if anything.

    >>> _print_note("This article appears in the May 2024 issue of The Rambler.")
    True
    >>> _print_note("A version of this story appeared in print on March 3, Section A, Page 1.")
    True
    >>> _print_note("This article appears in the May issue. Critics say the claims are wrong.")
    False
    """
    s = _strip_line(text)
    if len(s) > 400:
        return False
    m = _PRINT_NOTE.match(s)
    if m is None:
        return False
    rest = s[m.end() :].strip()
    return not rest or (word_count(rest) <= 14 and _PROMO_TAIL.search(rest) is not None)


_PROMO_TAIL = regex.compile(r"\b(?:subscribe|subscription|order|buy|sign[ ]up|get[ ]the)\b", _I)


def _publisher_at_end(text: str) -> str | None:
    """The outlet a lone last line names (``South China Morning Post``)."""
    s = _strip_line(text)
    if len(s) > 60 or not s or s[-1] in ".!?:;,":
        return None
    tokens = s.split()
    if not _title_shape(tokens):
        return None
    lows = [_low(t) for t in tokens]
    if any(low in _FURNITURE_WORDS or low in _WEEKDAYS for low in lows):
        return None
    if all(low in _ROLE_ALL for low in lows):
        return None
    if len(tokens) == 1 and not _is_outlet(tokens):
        return None
    if len(tokens) > 1 and lows[0] in _COLLECTIVE and _is_outlet(tokens[1:], the=True):
        return " ".join(tokens[1:])  # "Redazione ANSA", "Redaktion dpa": the newsroom's outlet
    return s


_FURNITURE_LINE = regex.compile(
    r"\b(?:related|comments?|reply|replies|share|subscribe|newsletter|sign[ ]?(?:up|in)|log[ ]?in"
    r"|tags?|topics?|categor(?:y|ies)|posts|read more|more from|advertisement|sponsored"
    r"|recommended|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|image|photo"
    r"|credit|copyright|rights reserved|previous|next|link|featured)\b|©",
    _I,
)


def _skippable(text: str) -> bool:
    """Whether a short line at the end is site furniture the walk may pass."""
    s = _strip_line(text)
    return _at_most_words(s, 10) and _FURNITURE_LINE.search(s) is not None


_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")  # a word of word_count()


def _at_most_words(text: str, n: int) -> bool:
    """Whether ``text`` holds ``n`` words or fewer; stops counting after ``n``.

    >>> _at_most_words("one two three", 3), _at_most_words("one two three four", 3)
    (True, False)
    """
    return next(itertools.islice(_WORD.finditer(text), n, None), None) is None


# ---------------------------------------------------------------------------
# author cards (Medium, Substack, Ghost, dev.to, LinkedIn articles, WordPress)
# ---------------------------------------------------------------------------

#: Separators a scraper leaves glued to a card line: ``·Writer for``.
_CARD_MARKS = "·•∙|"
_COUNT = r"\d{1,3}(?:[,.\u00a0 ]\d{3}){0,3}(?:[.,]\d{1,2})?(?:[ ]?[KkMm])?\+?"
_FOLLOW_WORDS = r"(?:followers?|following|subscribers?)"
_FOLLOWERS = regex.compile(
    rf"^[{_CARD_MARKS}]?{_H}*(?:{_COUNT}{_H}+{_FOLLOW_WORDS}"
    rf"(?:{_H}*[{_CARD_MARKS},]{_H}*{_COUNT}{_H}+{_FOLLOW_WORDS}){{0,2}}"
    rf"|{_FOLLOW_WORDS}{_H}*[:：]?{_H}*{_COUNT})$",
    _I,
)
_COUNTER = regex.compile(
    rf"^[{_CARD_MARKS}]?{_H}*(?P<n>{_COUNT})"
    rf"(?:{_H}+(?P<what>claps?|responses?|likes?|restacks?|reactions?|hearts?|comments?))?$",
    _I,
)
_CARD_LABEL = regex.compile(
    rf"^[{_CARD_MARKS}]?{_H}*(?:(?P<pub>published{_H}in)"
    rf"|(?P<role>(?:top{_H})?(?:writer|editor|contributor|columnist|author)s?{_H}(?:for|at|of|in|to))"
    rf"|(?P<by>(?:(?P<posted>written|published|posted){_H})?by))"
    rf"{_H}{{0,3}}[:：]?(?:{_H}{{1,3}}(?P<object>\S.{{0,80}}))?$",
    _I,
)
_MORE_FROM = regex.compile(
    rf"^(?:(?P<all>see{_H}all)|more){_H}from{_H}(?P<who>(?-i:\p{{Lu}}).{{0,80}})$", _I
)
#: Lone widget words of an author card that other steps remove; the card runs on
#: past them (``Follow``, ``Share``, a lone ``·``).
_CARD_GLUE = _words("follow following subscribe subscribed share listen more save · • ∙ |") | {
    "member-only story",
    "top highlight",
    "sign up",
    "+ follow",
}
_CARD_ROLES = _words(
    """
        analyst writer journalist reporter editor engineer developer designer researcher
        scientist founder co-founder cofounder ceo cto consultant student professor lecturer
        teacher economist author blogger photographer podcaster host lawyer attorney
        entrepreneur investor manager director strategist coach enthusiast nerd geek
        storyteller creator maker planner urbanist advocate activist historian critic
        columnist poet novelist traveler traveller runner cyclist dad mom mum parent phd
        candidate fellow expert specialist therapist nurse doctor physician architect
        programmer marketer educator correspondent contributor freelancer illustrator
        """
)
_BIO_SELF = regex.compile(
    r"(?<!\p{L})I(?:['’]m|[ ]am)[ ](?:a|an|the)\b"
    r"|(?<!\p{L})(?:I|We)[ ](?:\p{Ll}{2,12}[ ])?(?:write|cover|build|help|teach|study|research"
    r"|design|work|make|run|blog|talk|host|edit|report|share|explore|code|live|love)\b"
    r"|\b(?:writes|writing|blogs?|posts)[ ](?:about|on)\b|\bbased[ ]in\b"
    r"|(?<!\p{L})(?:formerly|previously|ex-)",
    _I,
)
_BIO_THIRD = regex.compile(
    r"^(?:he|she|they)[ ](?:is|was|writes|covers|works|has|lives|reports)\b", _I
)
#: How a card line starts (a cheap check before the patterns).
_CARD_STARTS = (
    "follower",
    "subscriber",
    "published",
    "written",
    "posted",
    "writer",
    "editor",
    "contributor",
    "columnist",
    "author",
    "top ",
    "see all",
    "more from",
)
_FIRST_SENTENCE = regex.compile(r"^[^.!?;|·•]{1,120}")
_NAMED_BIO = regex.compile(r"^(?:\S{1,30}[ ]){0,3}?(?:is|was|writes|covers|works|lives|has)\b")


def _card_text(text: str) -> str:
    """A card line without edge spaces and a glued separator (``·Writer for``)."""
    return _strip_line(text).lstrip(_CARD_MARKS + " \t\u00a0")


def _card_glue(text: str) -> bool:
    """Whether a line is a lone widget word of an author card (``Follow``, ``·``).

    >>> _card_glue("Follow"), _card_glue("·"), _card_glue("Follow the money")
    (True, True, False)
    """
    s = _strip_line(text)
    return len(s) <= 20 and " ".join(s.split()).casefold() in _CARD_GLUE


def _publication(text: str) -> str:
    """The name of a publication or platform on a card line, or ``""``.

    >>> _publication("Urban Notes"), _publication("The Quiet Cost of Free Transit: Tallinn")
    ('Urban Notes', '')
    >>> _publication("March 2024"), _publication("Follow")
    ('', '')
    """
    s = _card_text(text)
    if not s or len(s) > 60 or s[-1] in "!?:;,":
        return ""
    tokens = s.split()
    if len(tokens) > 6 or not _org_shape(s, 6) or _card_glue(s):
        return ""
    if any(_low(t) in MONTHS or t.isdigit() for t in tokens):
        return ""  # a date: "Published in March 2024"
    return s


def engagement_count(text: str) -> str:
    """What kind of lone engagement counter (claps, responses, likes) a line is.

    ``"strong"`` for one with a ``K``/``M`` (``1.2K``) or a label (``14
    responses``), which list and page numbers never have; ``"plain"`` for a
    bare number of up to three digits (``14``); ``""`` for anything else.

    >>> engagement_count("1.2K"), engagement_count("45 claps"), engagement_count("14")
    ('strong', 'strong', 'plain')
    >>> engagement_count("2024"), engagement_count("14 May")
    ('', '')
    """
    s = _strip_line(text)
    if not s or len(s) > 30 or not (s[0].isdigit() or s[0] in _CARD_MARKS):
        return ""
    m = _COUNTER.match(s)
    if m is None:
        return ""
    strong = m.group("what") or m.group("n").rstrip("+")[-1:] in "KkMm"
    return "strong" if strong else "plain"


def card_line(text: str) -> Credit | None:
    """A line of a blogging platform's author card, or ``None``.

    ``3.4K Followers``, ``Published in Urban Notes``, ``Writer for The Rambler``,
    ``See all from Jane Roe``, ``More from Jane Roe and Urban Notes``. A bare
    label whose object is on the next line (``Published in``) is not one on
    its own: see :func:`card_label` and :func:`card_object`.

    >>> card_line("3.4K Followers").rule, card_line("Published in Urban Notes").publisher
    ('follower-count', 'Urban Notes')
    >>> card_line("·Writer for The Rambler").rule, card_line("See all from Jane Roe").rule
    ('writer-for', 'more-from-author')
    >>> card_line("Published in 1998, the book sold well."), card_line("More from the hearing")
    (None, None)
    """
    s = _card_text(text)
    if not s or len(s) > 120:
        return None
    low = s[:12].lower()
    if not (s[0].isdigit() or low.startswith(_CARD_STARTS)):
        return None
    if s[0].isdigit() or low.startswith(("follower", "subscriber")):
        return Credit("follower-count") if _FOLLOWERS.match(s) else None
    m = _CARD_LABEL.match(s)
    if m is not None:
        obj = m.group("object")
        if obj is None or m.group("by") is not None:
            return None  # a bare label, or "Written by X" (a byline: see _BY)
        return _publication_credit(m, obj)
    m = _MORE_FROM.match(s)
    if m is None or s[-1] in ".!?:;,":
        return None
    who = m.group("who")
    if m.group("all") is not None:
        ok = _title_shape(who.split(), 10)
    else:
        # "More from Jane Roe (and Urban Notes)": a person, not "More from the hearing"
        ok = _is_person(_SPLIT_AND.split(who, maxsplit=1)[0].split())
    return Credit("more-from-author") if ok else None


def card_label(text: str) -> bool:
    """Whether a line is a bare card label whose object is on the next line.

    >>> card_label("Published in"), card_label("·Writer for"), card_label("Written by")
    (True, True, True)
    >>> card_label("Published in Urban Notes"), card_label("Published on Monday")
    (False, False)
    """
    s = _card_text(text)
    if not s or len(s) > 30:
        return False
    m = _CARD_LABEL.match(s)
    return m is not None and m.group("object") is None


def card_object(text: str, label: str) -> Credit | None:
    """The line under a bare card label (see :func:`card_label`), or ``None``.

    Under ``Published in`` and ``Writer for`` comes the publication's name,
    under ``Written by``, ``Posted by`` or ``By`` the author's.

    >>> card_object("Urban Notes", "Published in").publisher
    'Urban Notes'
    >>> card_object("Priya Raman", "Written by").authors
    ('Priya Raman',)
    >>> card_object("The story begins in 2013.", "Published in") is None
    True
    """
    m = _CARD_LABEL.match(_card_text(label))
    if m is None or m.group("object") is not None:
        return None
    if m.group("by") is not None:
        # "Posted by / jdoe": a user name too, as in "Posted by jdoe"
        names = parse_names(_card_text(text), loose=m.group("posted") is not None)
        if names is None or not names.people:
            return None
        return Credit("byline", tuple(names.people), publisher=names.publisher)
    return _publication_credit(m, text)


def _publication_credit(label: regex.Match[str], text: str) -> Credit | None:
    """``published-in`` (with the publisher) or ``writer-for``, for a card
    label and the publication's name after it; None if that is no name."""
    pub = _publication(text)
    if not pub:
        return None
    if label.group("pub") is not None:
        return Credit("published-in", publisher=pub)
    return Credit("writer-for")


def _card_bio(text: str, max_words: int, names: Iterable[str] = ()) -> bool:
    """Whether a line is the short bio of an author card.

    It says who the author is: a job in its first sentence (``Transport
    analyst in Berlin.``), the first person (``I write about ...``, ``I'm a
    ...``), the author's name or a pronoun with a verb (``Jane covers ...``,
    ``She is ...``), ``based in``, ``formerly``.

    >>> _card_bio("Transport analyst in Berlin. I write about buses and bikes.", 60)
    True
    >>> _card_bio("Thanks for reading!", 60), _card_bio("The council meets on Monday.", 60)
    (False, False)
    """
    s = _strip_line(text)
    if not s or len(s) > max_words * 10 or s[-1] in ":;," or _URL.match(s):
        return False
    if not (s[0].isupper() or s[0].isdigit()) or word_count(s) > max_words:
        return False
    first = _FIRST_SENTENCE.match(s)
    if first is not None and word_count(first.group()) <= 14:
        for token in first.group().replace(",", " ").split():
            low = _low(token)
            if low in _CARD_ROLES or (low.endswith("s") and low[:-1] in _CARD_ROLES):
                return True
    if _BIO_SELF.search(s) is not None or _BIO_THIRD.match(s) is not None:
        return True
    folded = s.casefold()
    for name in names:
        if not name.split():
            continue
        for called in (name, name.split()[0]):
            named = folded.startswith(called.casefold() + " ")
            if named and _NAMED_BIO.match(s[len(called) + 1 :]) is not None:
                return True
    return _bio(s, max_words) is not None


# ---------------------------------------------------------------------------
# inline rules
# ---------------------------------------------------------------------------

_AGENCY = r"\p{Lu}[\p{L}\p{N}.&'’\-]{0,20}(?:[ /]\p{Lu}[\p{L}\p{N}.&'’\-]{0,20}){0,4}"
_CITY = r"\p{Lu}[\p{L}\p{M}.'’\-]{1,25}(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]{1,25}){0,3}"
_CAPS_CITY = r"\p{Lu}[\p{Lu}.'’\-]{2,25}(?:[ ]\p{Lu}[\p{Lu}.'’\-]{1,25}){0,3}"
_REGION = r"\p{Lu}[\p{L}.]{1,20}(?:[ ]\p{Lu}[\p{L}.]{1,20}){0,2}"
_DAY = rf"(?:{_MON}[ ]?\d{{1,2}}|\d{{1,2}}[ ]{_MON})(?:,?[ ]\d{{4}})?"
_DASH = r"(?:--|[\-–—])"
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A press-release distributor: ``/PRNewswire/``, ``(BUSINESS WIRE)``, ``(GLOBE NEWSWIRE)``.
_PR_WIRE = (
    r"(?i:[\p{L}\-]{0,20}(?:[ ][\p{L}\-]{1,20}){0,2}?[ ]?(?:wire|prweb|cnw)(?:-[\p{L}]{1,20})?)"
)
_WIRE_OPENING = regex.compile(
    rf"^{_H}{{0,3}}(?:"
    rf"(?P<pr>{_CITY})(?:,[ ]?{_REGION}){{0,2}}(?:,[ ]?{_DAY})?{_H}{{0,3}}"
    rf"(?:/[ ]?{_PR_WIRE}[ ]?/|{_DASH}{{0,2}}\([ ]?{_PR_WIRE}[ ]?\))"
    rf"{_H}{{0,3}}{_DASH}{{1,2}}{_H}{{0,3}}"
    r"|"
    rf"(?:(?P<city>{_CITY})(?:,[ ]?{_REGION})?(?:,[ ]?{_DAY})?{_H}{{0,3}})?"
    rf"\([ ]?(?P<keyed>{_CITY}[ ]?[=＝][ ]?)?(?P<agency>{_AGENCY})[ ]?\)"
    rf"{_H}{{0,3}}{_DASH}{{1,2}}{_H}{{0,3}}"
    rf"|(?P<caps>{_CAPS_CITY})(?:,[ ]?{_REGION})?(?:,[ ]?{_DAY})?"
    rf"(?:{_H}{{0,3}}(?:--|[–—]){_H}{{0,3}}|{_H}{{1,3}}-{_H}{{1,3}})"
    rf")(?=[\p{{Lu}}\p{{N}}\"“‘'«]|{_H}*$)"
)
_NOT_CITIES = _words(
    """
        BREAKING UPDATE UPDATED EXCLUSIVE OPINION ANALYSIS WATCH NOTE LIVE URGENT FLASH
        ALERT EDITOR'S NOTE EDITOR’S NOTE NATO NASA OPEC ASEAN FIFA UNICEF WARNING
        CORRECTION REVIEW PHOTOS VIDEO SPOILER
        """
)
_TRAILING = regex.compile(
    rf"(?<=[.!?…])(?P<gap>{_H}{{1,6}}(?:--|[\-–—]){_H}{{1,6}})"
    rf"(?P<name>[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.'’&\-]{{0,30}}(?:{_H}[\p{{L}}\p{{N}}.'’&\-]{{1,30}}){{0,4}})"
    rf"{_H}*$"
    rf"|(?<=[.!?…\"”])(?P<gap2>{_H}{{1,6}})\([ ]?(?P<tag>[^()]{{2,30}}?)[ ]?\){_H}*$"
)
_DANGLING = regex.compile(rf"(?<=[.!?…\"”’)]){_H}{{0,6}}(?:--|[\-–—]){_H}*$")
_LOWER_STOP = _words(
    """
        not is was are were the a an and but or so really that this it he she they we i you
        of to in on at for with then now maybe yes no end more again too as if be been will
        would can could all just only even still never always
        """
)


def _attribution_name(name: str) -> bool:
    """Whether a ``– name`` tail names a source (``zero hedge``, ``AFP``).

    >>> _attribution_name("zero hedge"), _attribution_name("not really"), _attribution_name("Again")
    (True, False, False)
    """
    tokens = name.split()
    if not 1 <= len(tokens) <= 5 or name[-1] in ".-’'":
        return False
    lows = [t.lower() for t in tokens]
    if any(low in _LOWER_STOP for low in lows):
        return False
    if all(t == t.lower() for t in tokens):
        return True
    if len(tokens) == 1:
        return _is_outlet(tokens) or _title_shape(tokens)
    return _title_shape(tokens) and not any(low in _FURNITURE_WORDS for low in lows)


def wire_opening(text: str) -> tuple[int, str] | None:
    """The length of a wire-service opening at the start of ``text``, and its agency.

    >>> wire_opening("WASHINGTON (AP) — The Senate voted.")
    (18, 'AP')
    >>> wire_opening("BEIJING, March 21 (Reuters) - China said.")
    (30, 'Reuters')
    >>> wire_opening("(CNN)—The talks failed."), wire_opening("NATO — The alliance said.")
    ((6, 'CNN'), None)
    >>> wire_opening("AUSTIN, Texas, March 5, 2024 /PRNewswire/ -- Acme Inc. said.")
    (45, '')
    """
    head = text[:200]
    if not head or (head.lstrip()[:1] != "(" and not _CAP_START.match(head)):
        return None
    if not ("(" in head or "/" in head or "-" in head or "–" in head or "—" in head):
        return None  # every opening has an agency in brackets, a /wire/ or a dash
    m = _WIRE_OPENING.match(head)
    if m is None:
        return None
    if m.group("pr") is not None:
        return m.end(), ""  # a press-release distributor is not the publisher
    agency = m.group("agency")
    if agency is not None and not m.group("keyed"):
        tokens = agency.split()
        if agency.upper() in _NOT_TAGS or not (_is_outlet(tokens) or _is_outlet(tokens[:1])):
            return None
    if m.group("caps") is not None:
        caps = m.group("caps")
        if any(t in _NOT_CITIES for t in caps.split()) or len(_NON_LETTERS.sub("", caps)) < 4:
            return None
        if word_count(text[m.end() : m.end() + 200]) < 6:
            return None
        return m.end(), ""
    return m.end(), m.group("agency")


# ---------------------------------------------------------------------------
# the cleaner
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BylineConfig:
    """Options of the bylines cleaner.

    Attributes:
        top: remove credit lines before the story's first prose paragraph
            (bylines, datelines, ``Source:``, a lone date, a lone line
            repeating an author's name).
        bottom: remove credit lines after the story (``Articles by:``,
            ``Source:``, contributor credits, dateline residue such as
            ``Beijing =``, contact and follow-the-author lines).
        bios: remove author bio paragraphs at the end ("X is a journalist
            for Y ...").
        publisher_at_end: remove a lone outlet name as the article's last
            line (``South China Morning Post``).
        wire_openings: remove ``CITY (Agency) —`` and ``(CNN) —`` openings
            from the first paragraph (the sentence stays).
        trailing_attribution: remove a ``– source`` tail after the final
            punctuation of a prose paragraph, and a dangling dash at the
            very end of the article.
        author_links: use the links the markup step recorded
            (``metadata.extras["links"]``) as evidence: a short line
            before the story whose first name is the text of a
            link to an author's page (``/author/...``, ``/profile/...``,
            ``/@handle``) is an author line (``Marta Quill``, ``Sam Jones
            in Madrid``, ``Priya Raman, University of Leeds``).
        role_lines: remove a job-title line (``Video Journalist, Prairie
            News 6``, ``Political Correspondent``) next to a removed
            byline or author line.
        author_names: remove a lone name line before the story (``Ann
            Lee``, ``Ann Lee in Kyiv``) when the line above or below it is
            a removed credit (a date, a job title, an outlet such as ``BBC
            News, Cardiff``), with that job title or outlet line; a lone
            place line (``NEW DELHI``) among such credits goes too.
        end_markers: remove a wire story's end marker (``(END)``, ``--
            END --``, ``///``, ``-30-``) among the article's last lines.
        author_cards: remove the author furniture of blogging platforms
            (Medium, Substack, Ghost, dev.to, LinkedIn articles, WordPress)
            before and after the story: ``Published in`` and ``Writer for``
            with the publication's name (on the line or the next one),
            follower counts (``3.4K Followers``), ``See all from X`` and
            ``More from X``, a lone ``Written by`` with the name under it,
            clap and response counters (``1.2K``, ``14``) next to other
            credits, and the short bio under an author card at the end
            (``Transport analyst in Berlin. I write about ...``).
        metadata: record authors, contributors, publisher, date and
            original source on ``doc.metadata``, and editors on
            ``metadata.extras["editors"]``.
        prose_words: how many words make a prose paragraph, the story's
            edge (see :func:`newsclean.text.zones`).
        tail_lines: how many non-blank lines at the end of the article are
            searched for bios and a closing outlet name; in a text without
            any prose paragraph, credits are looked for only in this many
            non-blank lines at its start and at its end.
        max_bio_words: the longest author bio, in words.
        card_bio_words: the longest bio of an author card, in words (Medium
            allows 160 characters).
        min_attributed_words: the fewest words a paragraph needs before a
            ``– source`` tail counts as an attribution.
    """

    top: bool = True
    bottom: bool = True
    bios: bool = True
    publisher_at_end: bool = True
    wire_openings: bool = True
    trailing_attribution: bool = True
    author_links: bool = True
    role_lines: bool = True
    author_names: bool = True
    end_markers: bool = True
    author_cards: bool = True
    metadata: bool = True
    prose_words: int = 20
    tail_lines: int = 12
    max_bio_words: int = 150
    card_bio_words: int = 60
    min_attributed_words: int = 10


def _edges(lines: Sequence[Line], min_words: int, edge_lines: int) -> Zones:
    """Where the story is: its first and last prose lines (see :func:`newsclean.text.zones`).

    A text without a prose line (short paragraphs only, a transcript) has
    its credits in its first and last ``edge_lines`` non-blank lines.

    >>> from newsclean.text import split_lines
    >>> _edges(split_lines("a\\nb\\nc\\nd\\ne\\nf"), 20, 2)
    Zones(first=2, last=3)
    """
    first = next((line.index for line in lines if is_prose(line.text, min_words)), None)
    if first is not None:
        last = next(line.index for line in reversed(lines) if is_prose(line.text, min_words))
        return Zones(first, last)
    nonblank = [line.index for line in lines if not line.blank]
    if len(nonblank) <= 2 * edge_lines:
        return Zones(len(lines), -1)
    return Zones(nonblank[edge_lines], nonblank[-edge_lines - 1])


def _past_standfirst(lines: Sequence[Line], edges: Zones, min_words: int) -> Zones:
    """Move the story's start past a standfirst that sits above the byline.

    Magazines put a prose subtitle (a standfirst) between the title and the
    byline, so the first prose line is not where the story starts. When one
    of the first three non-blank lines is prose and a ``By`` line follows it
    before the next prose line (within six lines), the story starts at the
    prose line after the byline.

    >>> from newsclean.text import split_lines
    >>> prose = "The town voted on Tuesday to buy out sixty homes along the river. " * 2
    >>> lines = split_lines(f"Title\\n{prose}\\nBy Jane Roe\\nMay 5, 2024\\n{prose}")
    >>> _past_standfirst(lines, _edges(lines, 20, 12), 20)
    Zones(first=4, last=4)
    """
    nonblank = [line for line in lines if not line.blank]
    k = next((i for i, line in enumerate(nonblank[:3]) if line.index == edges.first), None)
    if k is None:
        return edges
    for line in nonblank[k + 1 : k + 7]:
        if is_prose(line.text, min_words):
            return edges
        s = _strip_line(line.text)
        m = _BY.match(s)
        if m is None or m.group("rest2") is not None:
            continue
        credit = classify_line(s, "top")
        if credit is None or credit.rule != "byline" or not credit.authors:
            continue
        later = (ln.index for ln in nonblank if ln.index > line.index)
        first = next((i for i in later if is_prose(lines[i].text, min_words)), None)
        if first is not None and first <= edges.last:
            return Zones(first, edges.last)
        return edges
    return edges


#: Rules of an author card's lines (with ``Written by X``, see :func:`_card_credit`).
_CARD_RULES = frozenset(
    {"published-in", "writer-for", "follower-count", "more-from-author", "reading-time"}
)
_WRITTEN_BY = regex.compile(rf"^[{_CARD_MARKS}]?{_H}*written{_H}by\b", _I)


def _card_credit(line: Line, credit: Credit) -> bool:
    """Whether a removed line is part of an author card (not a plain byline)."""
    return credit.rule in _CARD_RULES or (
        credit.rule == "byline" and _WRITTEN_BY.match(_strip_line(line.text)) is not None
    )


def _bio_anchor(nonblank: Sequence[Line], indexes: Sequence[int], f: _Found) -> bool:
    """Whether a card's bio may follow a removed line: followers, ``Writer for``, ``Written by``."""
    if f.credit.rule in ("follower-count", "writer-for"):
        return True
    if f.credit.rule != "byline":
        return False
    k = bisect.bisect_left(indexes, f.at)
    return k < len(nonblank) and _WRITTEN_BY.match(_strip_line(nonblank[k].text)) is not None


def _past_card_bio(
    lines: Sequence[Line], nonblank: Sequence[Line], edges: Zones, cfg: BylineConfig
) -> Zones:
    """Move the story's end above an author card whose bio is long enough to be prose.

    A card's bio of twenty words or more ending in a full stop looks like the
    story's last paragraph, which would put the card above it inside the
    story. When the prose line at the end is a bio (see :func:`_card_bio`)
    right under card lines (followers, ``Writer for``, ``Written by X``,
    counters) among which is a ``Written by`` or ``Writer for``, the story
    ends at the last prose line above the card.

    >>> from newsclean.text import split_lines
    >>> story = "The town voted on Tuesday to buy out sixty homes along the river bank. " * 2
    >>> bio = ("Jane Roe is a data reporter in Lisbon who writes about housing, rent and "
    ...        "the numbers behind both for several papers.")
    >>> card = "Written by Jane Roe\\n\\n1.2K Followers"
    >>> lines = split_lines(f"Title\\n\\n{story}\\n\\n{card}\\n\\n{bio}")
    >>> nonblank = [line for line in lines if not line.blank]
    >>> _past_card_bio(lines, nonblank, _edges(lines, 20, 12), BylineConfig())
    Zones(first=2, last=2)
    """
    if not 0 <= edges.last < len(lines) or edges.last <= edges.first:
        return edges
    bio = lines[edges.last]
    k = next((i for i in range(len(nonblank) - 1, -1, -1) if nonblank[i].index == bio.index), -1)
    names: list[str] = []
    anchored = False
    j = k - 1
    while j >= 0:
        s = _strip_line(nonblank[j].text)
        credit = card_line(s)
        if credit is None and _WRITTEN_BY.match(s) is not None:
            credit = classify_line(s, "bottom")
        if credit is None and j > 0 and card_label(nonblank[j - 1].text):
            credit = card_object(s, nonblank[j - 1].text)  # "Writer for" / "Urban Notes"
            if credit is not None:
                j -= 1  # the label goes with its object
        if credit is None:
            if not (_card_glue(s) or engagement_count(s)):
                break
        else:
            # a follower count alone is no card here: it may be the story's own line
            anchored = anchored or credit.rule in ("writer-for", "byline")
            names.extend(credit.authors)
        j -= 1
    if j < 0 or not anchored or not _card_bio(bio.text, cfg.card_bio_words, names):
        return edges
    stop = nonblank[j].index
    last = next(
        (i for i in range(stop, edges.first - 1, -1) if is_prose(lines[i].text, cfg.prose_words)),
        None,
    )
    return edges if last is None else Zones(edges.first, last)


#: Rules whose lines name the article's authors: a job title may sit beside them.
_AUTHOR_RULES = frozenset({"byline", "author-link", "posted-by", "repeated-author", "author-name"})


class _Found(NamedTuple):
    at: int
    credit: Credit


_Remove = Callable[[Line, Credit], None]


class BylineCleaner(Cleaner):
    """Remove bylines, datelines, source lines, credits and author bios."""

    name: ClassVar[str] = "bylines"
    Config: ClassVar[type[BylineConfig]] = BylineConfig
    # the tail walk and the top zone stop after a number of lines, so removing
    # credits can bring more into reach: repeat until nothing changes
    rounds: ClassVar[int] = 4
    config: BylineConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        cfg = self.config
        lines = split_lines(text)
        nonblank = [line for line in lines if not line.blank]
        if not nonblank:
            return []
        edges = _edges(lines, cfg.prose_words, cfg.tail_lines)
        if cfg.top:
            edges = _past_standfirst(lines, edges, cfg.prose_words)
        cards = cfg.author_cards
        if cards and cfg.bottom:
            edges = _past_card_bio(lines, nonblank, edges, cfg)
        whole: dict[int, Change] = {}
        inline: dict[int, list[Change]] = {}
        found: list[_Found] = []

        def remove(line: Line, credit: Credit) -> None:
            whole[line.index] = line_change(line, credit.rule, "byline")
            found.append(_Found(line.index, credit))

        first_index = nonblank[0].index
        previous = -1
        labelled = -1  # the line that is a bare card label ("Published in"), if any
        classified: set[int] = set()
        evidence = (
            link_evidence(doc.metadata.extras.get("links"))
            if cfg.author_links and "links" in doc.metadata.extras
            else None
        )
        for line in nonblank:
            top = edges.top(line)
            bottom = edges.bottom(line)
            if (top and not cfg.top) or (bottom and not cfg.bottom):
                continue
            where = "top" if top else "bottom" if bottom else "middle"
            if where != "middle":
                classified.add(line.index)
            credit = classify_line(line.text, where, first_line=line.index == first_index)
            if (
                top
                and evidence is not None
                and evidence.authors
                and line.index != first_index
                and (credit is None or _fold(credit.publisher) in evidence.authors)
                and not _strip_line(lines[previous].text if previous >= 0 else "").endswith(":")
            ):
                # "Jane Roe · Mar 12, 2024" is a dateline whose "publisher" links to an author page
                credit = linked_byline(line.text, evidence) or credit
            if credit is None and top and previous in whole:
                credit = _outlet_after_byline(line.text, found[-1].credit)
            label = False
            if credit is None and cards and where != "middle":
                credit = card_line(line.text)
                if credit is None and labelled >= 0 and labelled == previous:
                    # "Published in" / "Urban Notes": the label goes with its object
                    credit = card_object(line.text, lines[labelled].text)
                    if credit is not None:
                        remove(lines[labelled], Credit(credit.rule))
                label = credit is None and card_label(line.text)
            if credit is not None:
                remove(line, credit)
            previous = line.index
            labelled = line.index if label else -1

        if cfg.top and cfg.author_names:
            self._lone_names(nonblank, edges, whole, found, first_index, remove)
        if cfg.bottom:
            last_story = self._walk_tail(nonblank, whole, classified, found, remove)
        else:
            last_story = next((ln for ln in reversed(nonblank) if ln.index not in whole), None)
        if cards:
            self._author_cards(nonblank, edges, whole, found, remove)
            if last_story is not None and last_story.index in whole:
                last_story = next((ln for ln in reversed(nonblank) if ln.index not in whole), None)
        self._repeated_names(nonblank, edges, whole, found, remove)
        self._stamp_labels(nonblank, edges, whole, found, remove)
        if cfg.role_lines:
            self._role_lines(nonblank, edges, whole, found, remove)
        if cfg.wire_openings:
            self._wire_openings(nonblank, edges, whole, inline, found)
        if cfg.trailing_attribution:
            self._attributions(nonblank, whole, inline, found, last_story)
        if cfg.metadata:
            self._record(doc, found)
        changes = list(whole.values())
        for group in inline.values():
            changes.extend(group)
        return changes

    @staticmethod
    def _lone_names(
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        found: list[_Found],
        first_index: int,
        remove: _Remove,
    ) -> None:
        """Remove lone name and place lines at the top that sit beside other credits.

        ``Ann Lee`` above ``Published 3 March 2026``, ``Ann Lee`` above ``BBC
        News, Cardiff`` or ``Political correspondent`` (which go too), ``NEW
        DELHI`` between a name and a date. Removing one line can put the next
        beside a credit, so the top is walked until nothing more goes.
        """
        top = [line for line in nonblank if edges.top(line)]
        kinds: dict[int, tuple[str, object]] = {}

        def kind(line: Line) -> tuple[str, object]:
            # what a short line could be, worked out once
            if line.index not in kinds:
                text = line.text
                if len(text) > 90 or line.index == first_index or not _CAP_START.match(text):
                    kinds[line.index] = ("", None)
                elif _place_line(text):
                    kinds[line.index] = ("place", None)
                elif (outlet := _outlet_after_byline(text, Credit("byline"))) is not None:
                    kinds[line.index] = ("outlet", outlet)
                elif (names := _name_line(text)) is not None:
                    kinds[line.index] = ("name", names)
                else:
                    kinds[line.index] = ("", None)
            return kinds[line.index]

        # a run of more than three name lines is a list (a cast, a panel), not a byline
        listed: set[int] = set()
        run: list[int] = []
        for line in [*top, None]:
            if line is not None and line.index not in whole and kind(line)[0] == "name":
                run.append(line.index)
                continue
            if len(run) > 3:
                listed.update(run)
            run = []
        budget = {"place": 2, "outlet": 2, "name": 3}
        for _ in range(4):
            changed = False
            for k, line in enumerate(top):
                if line.index in whole:
                    continue
                what, value = kind(line)
                if not what or budget[what] <= 0 or line.index in listed:
                    continue
                around = [top[j] for j in (k - 1, k + 1) if 0 <= j < len(top)]
                beside = any(nb.index in whole for nb in around)
                if what == "place" and beside:
                    remove(line, Credit("dateline-place"))
                elif what == "outlet" and beside and isinstance(value, Credit):
                    remove(line, value)  # "BBC News, Cardiff" above the date
                elif what == "name" and isinstance(value, tuple):
                    extra: list[tuple[Line, Credit]] = []
                    for nb in around:
                        if nb.index in whole or nb.index == first_index:
                            continue
                        credit = role_line(nb.text)
                        if credit is None and kind(nb)[0] == "outlet":
                            credit = _outlet_after_byline(nb.text, Credit("byline"))
                        if credit is None and _HANDLE.match(_strip_line(nb.text)):
                            credit = Credit("follow-author")  # "Ann Lee" / "@annlee"
                        if credit is not None:
                            extra.append((nb, credit))
                    if not (beside or extra):
                        continue
                    known = {_fold(name) for f in found for name in f.credit.authors}
                    if all(_fold(name) in known for name in value):
                        remove(line, Credit("repeated-author"))  # a link to the byline's author
                    else:
                        remove(line, Credit("author-name", value))
                    for nb, credit in extra:
                        remove(nb, credit)
                else:
                    continue
                budget[what] -= 1
                changed = True
            if not changed:
                break

    def _walk_tail(
        self,
        nonblank: Sequence[Line],
        whole: dict[int, Change],
        classified: set[int],
        found: list[_Found],
        remove_line: _Remove,
    ) -> Line | None:
        """Walk up from the end through credits, bios and furniture; return the last story line."""
        cfg = self.config
        published = False
        found_names: set[str] = set()

        def remove(line: Line, credit: Credit) -> None:
            found_names.update(_fold(name) for name in credit.authors)
            remove_line(line, credit)

        for k in range(len(nonblank) - 1, max(len(nonblank) - 1 - cfg.tail_lines, -1), -1):
            line = nonblank[k]
            if line.index in whole:
                continue
            if cfg.end_markers and k > 0 and end_marker(line.text):
                remove(line, Credit("end-marker"))
                continue
            if line.index not in classified:
                credit = classify_line(line.text, "bottom", first_line=k == 0)
                if credit is not None:
                    remove(line, credit)
                    continue
            if k > 0 and _print_note(line.text):
                remove(line, Credit("print-note"))
                continue
            if cfg.bios and k > 0:
                if _ABOUT.match(_strip_line(line.text)):
                    remove(line, Credit("about-author"))
                    continue
                person = _bio(line.text, cfg.max_bio_words)
                if person is not None:
                    remove(line, Credit("author-bio", (person,)))
                    continue
                if self._continues_bio(nonblank, k):
                    remove(line, Credit("author-bio"))
                    continue
                person = self._first_name_bio(nonblank, k, found)
                if person is not None:
                    remove(line, Credit("author-bio", (person,)))
                    continue
            if k + 1 < len(nonblank) and nonblank[k + 1].index in whole:
                # an author box: "Ann Lee" / "Senior Reporter" above the removed bio
                credit = self._above_tail_credit(line, found_names)
                if credit is not None:
                    remove(line, credit)
                    continue
            if k > 0 and nonblank[k - 1].index not in whole:
                # a closing author box: "Ann Lee" / "Senior Reporter"
                role = role_line(line.text)
                names = _name_line(nonblank[k - 1].text) if role is not None else None
                if role is not None and names is not None:
                    remove(line, role)
                    remove(nonblank[k - 1], Credit("author-name", names))
                    continue
            above = _strip_line(nonblank[k - 1].text) if k > 0 else ""
            if (
                k > 0
                and _SIGN_OFF.match(line.text)
                and not _LIST_ITEM.match(above)
                and not above.endswith(_CLOSING_QUOTES)
            ):
                # "— Ann Lee" (a dash, not a list's bullet, not a quotation's attribution)
                names = _name_line(line.text.lstrip(" \t\u00a0—–-"))
                if names is not None:
                    remove(line, Credit("sign-off", names))
                    continue
            if cfg.publisher_at_end and not published and k > 0:
                outlet = _publisher_at_end(line.text)
                if outlet is not None and self._after_story(nonblank[k - 1], whole):
                    published = True
                    remove(line, Credit("publisher-at-end", publisher=outlet))
                    continue
            if _skippable(line.text):
                continue
            return line
        return None

    def _continues_bio(self, nonblank: Sequence[Line], k: int) -> bool:
        """Whether line ``k`` goes on with an author bio within the three lines above it."""
        words = _strip_line(nonblank[k].text).split(" ", 2)
        if len(words) < 3 or not words[0][:1].isupper():
            return False
        if _BIO_MORE.match(nonblank[k].text.lstrip()) is None and _low(words[1]) not in _BIO_VERBS:
            return False  # neither "She holds ..." nor "Ann previously worked ..."
        for j in range(k - 1, max(k - 4, -1), -1):
            person = _bio(nonblank[j].text, self.config.max_bio_words)
            if person is not None:
                return all(_bio_more(nonblank[i].text, person) for i in range(j + 1, k + 1))
        return False

    def _first_name_bio(self, nonblank: Sequence[Line], k: int, found: list[_Found]) -> str | None:
        """The author a bio that calls them by first name is about (``Ann is a reporter ...``).

        The full name must be known: an author credited above the story, or a
        lone name line among the three lines above the bio.
        """
        s = _strip_line(nonblank[k].text)
        words = s.split(" ", 2)
        first = words[0]
        if len(words) < 3 or not first[:1].isupper() or len(first) > 30:
            return None
        if _low(words[1]) not in _BIO_VERBS:
            return None  # "Ann is ...", "Ann writes ...", "Ann has ..."
        names = [name for f in found for name in f.credit.authors]
        for j in range(k - 1, max(k - 4, 0), -1):
            names.extend(_name_line(nonblank[j].text) or ())
        for name in dict.fromkeys(names):
            tokens = name.split()
            if (
                len(tokens) >= 2
                and tokens[0].casefold() == first.casefold()
                and _bio(name + s[len(first) :], self.config.max_bio_words) is not None
            ):
                return name
        return None

    @staticmethod
    def _above_tail_credit(line: Line, names: set[str]) -> Credit | None:
        """A name or job title right above removed credits at the end (an author box)."""
        if _fold(line.text) in names:
            return Credit("repeated-author")
        return role_line(line.text)

    def _author_cards(
        self,
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        found: list[_Found],
        remove: _Remove,
    ) -> None:
        """Remove the counters and the bio of an author card next to removed credits."""
        credits = {f.at: f.credit for f in found}
        n = len(nonblank)
        indexes = [line.index for line in nonblank]
        # the counters: only the top and the bottom are looked at
        end_top = bisect.bisect_left(indexes, edges.first)
        start_bottom = max(bisect.bisect_right(indexes, edges.last), end_top)
        k = 0
        while k < n:
            if end_top <= k < start_bottom:
                k = start_bottom
                if k >= n:
                    break
            line = nonblank[k]
            top = edges.top(line)
            if line.index in whole:
                k += 1
                continue
            count = engagement_count(line.text)
            if not count:
                k += 1
                continue
            run, strong = [line], count == "strong"
            j = k + 1
            while j < n and nonblank[j].index not in whole:
                after = nonblank[j]
                if _card_glue(after.text):
                    j += 1
                    continue
                more = engagement_count(after.text) if edges.top(after) == top else ""
                if not more:
                    break
                run.append(after)
                strong = strong or more == "strong"
                j += 1
            i = k - 1
            while i >= 0 and nonblank[i].index not in whole and _card_glue(nonblank[i].text):
                i -= 1
            beside = [nonblank[x] for x in (i, j) if 0 <= x < n and nonblank[x].index in whole]
            card = any(_card_credit(ln, credits[ln.index]) for ln in beside if ln.index in credits)
            if beside and (strong or card or len(run) > 1):
                for counted in run:
                    remove(counted, Credit("engagement-count"))
            k = j
        names = [name for f in found for name in f.credit.authors]
        anchors = sorted(f.at for f in found if _bio_anchor(nonblank, indexes, f))
        for at in anchors:
            j = bisect.bisect_right(indexes, at)
            while j < n and (nonblank[j].index in whole or _card_glue(nonblank[j].text)):
                j += 1
            if j >= n or not edges.bottom(nonblank[j]):
                continue
            if _card_bio(nonblank[j].text, self.config.card_bio_words, names):
                remove(nonblank[j], Credit("card-bio"))

    @staticmethod
    def _after_story(prev: Line, whole: dict[int, Change]) -> bool:
        """Whether the line above a closing outlet name ends the story or is a credit."""
        if prev.index in whole:
            return True
        s = _strip_line(prev.text)
        if word_count(s) >= 8 and _TERMINAL_END.search(s) is not None:
            return True
        return classify_line(s, "bottom") is not None

    @staticmethod
    def _repeated_names(
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        found: list[_Found],
        remove: _Remove,
    ) -> None:
        """Remove a lone line repeating a credit's name next to a credit (an author link)."""
        names = {
            " ".join(name.split()).casefold()
            for f in found
            for name in (*f.credit.authors, f.credit.publisher)
            if name
        }
        if not names:
            return
        for k in range(1, len(nonblank)):
            line = nonblank[k]
            if line.index in whole or not (edges.top(line) or edges.bottom(line)):
                continue
            beside = nonblank[k - 1].index in whole or (
                k + 1 < len(nonblank) and nonblank[k + 1].index in whole
            )
            if beside and " ".join(_strip_line(line.text).split()).casefold() in names:
                remove(line, Credit("repeated-author"))

    @staticmethod
    def _stamp_labels(
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        found: list[_Found],
        remove: _Remove,
    ) -> None:
        """Remove a lone ``Published`` / ``Updated`` label above a removed date line."""
        dated = {f.at for f in found if f.credit.rule == "date-line"}
        if not dated:
            return
        for k in range(len(nonblank) - 1):
            line = nonblank[k]
            if line.index in whole or nonblank[k + 1].index not in dated:
                continue
            if not (edges.top(line) or edges.bottom(line)):
                continue
            if _STAMP_LABEL.match(_strip_line(line.text)):
                remove(line, Credit("date-line"))

    @staticmethod
    def _role_lines(
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        found: list[_Found],
        remove: _Remove,
    ) -> None:
        """Remove a job-title line right above or below a removed author line."""
        authors = sorted(f.at for f in found if f.credit.rule in _AUTHOR_RULES)
        if not authors:
            return
        indexes = [line.index for line in nonblank]
        for at in authors:
            k = bisect.bisect_left(indexes, at)
            for j in (k - 1, k + 1):
                if not 0 <= j < len(nonblank):
                    continue
                line = nonblank[j]
                if line.index in whole or not (edges.top(line) or edges.bottom(line)):
                    continue
                credit = role_line(line.text)
                if credit is not None:
                    remove(line, credit)

    def _wire_openings(
        self,
        nonblank: Sequence[Line],
        edges: Zones,
        whole: dict[int, Change],
        inline: dict[int, list[Change]],
        found: list[_Found],
    ) -> None:
        """Remove a ``CITY (Agency) —`` opening from the story's first paragraphs."""
        first_prose = edges.first
        for line in nonblank[:12]:
            if line.index > first_prose:
                break
            if line.index in whole:
                continue
            opening = wire_opening(line.text)
            if opening is None:
                continue
            length, agency = opening
            if not line.text[length:].strip(" \t\u00a0"):
                whole[line.index] = line_change(line, "wire-opening", "byline")
            else:
                inline.setdefault(line.index, []).append(
                    Change(line.start, line.start + length, "", "wire-opening", "byline")
                )
            opened = line.text[:length]
            iso = _iso(opened) if _YEAR.search(opened) else ""
            found.append(_Found(line.index, Credit("wire-opening", publisher=agency, date=iso)))
            break

    def _attributions(
        self,
        nonblank: Sequence[Line],
        whole: dict[int, Change],
        inline: dict[int, list[Change]],
        found: list[_Found],
        last_story: Line | None,
    ) -> None:
        """Remove ``– source`` tails of paragraphs and the article's dangling dash."""
        cfg = self.config
        for line in nonblank:
            if line.index in whole:
                continue
            tail = line.text[-120:]
            if not ("-" in tail or "–" in tail or "—" in tail or ")" in tail):
                continue  # both shapes need a dash or a closing bracket
            offset = len(line.text) - len(tail)
            m = _TRAILING.search(tail)
            if m is None:
                continue
            if word_count(line.text[: offset + m.start()]) < cfg.min_attributed_words:
                continue
            if m.group("name") is not None:
                name = " ".join(m.group("name").split())
                if not _attribution_name(name):
                    continue
            else:
                name = m.group("tag").strip()
                if name.upper() in _NOT_TAGS or not _is_outlet(name.split()):
                    continue
            start = line.start + offset + m.start()
            previous = inline.get(line.index, [])
            if any(c.end > start for c in previous):
                continue
            inline.setdefault(line.index, []).append(
                Change(start, line.end, "", "trailing-attribution", "byline")
            )
            if all(_low(t) in _ROLE_ALL for t in name.split()):
                name = ""  # "– Staff": a credit that names no one
            found.append(_Found(line.index, Credit("trailing-attribution", original_source=name)))
        if last_story is None or last_story.index in whole:
            return
        if any(c.end == last_story.end for c in inline.get(last_story.index, [])):
            return
        m = _DANGLING.search(last_story.text[-20:])
        if m is None:
            return
        start = last_story.end - (len(last_story.text[-20:]) - m.start())
        inline.setdefault(last_story.index, []).append(
            Change(start, last_story.end, "", "dangling-dash", "byline")
        )

    @staticmethod
    def _record(doc: Document, found: list[_Found]) -> None:
        """Put what the removed credits said on ``doc.metadata``, in document order."""
        meta = doc.metadata
        for f in sorted(found, key=lambda f: f.at):
            credit = f.credit
            meta.add("authors", *credit.authors)
            meta.add("contributors", *credit.contributors)
            meta.set_default("publisher", credit.publisher)
            meta.set_default("date", credit.date)
            meta.set_default("original_source", credit.original_source)
            if credit.editors:
                editors = meta.extras.setdefault("editors", [])
                editors.extend(e for e in dict.fromkeys(credit.editors) if e not in editors)
