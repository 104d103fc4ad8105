"""Remove photo captions and image credits left in the story text.

When a page is scraped, the caption under a photo and the credit of the
image often end up as lines of their own between the story's paragraphs.
This cleaner removes two families of such lines, whole lines only:

* **credits** (category ``credit``): ``Featured image is from X``,
  ``Photo credit: X``, ``Image via X``, ``Photo by X on Unsplash``,
  ``(Photo by X/AFP via Getty Images)``, ``Photograph: X/Agency``, ``IMAGE SOURCE, X``,
  ``© X / Agency``, ``REUTERS/Name``, ``Getty Images``, and the same in
  other languages: ``Foto: picture alliance/dpa | Name``, ``Bild: dpa``,
  ``Bildquelle: X``, ``Crédit photo : X / AFP``, ``Fotografía: EFE/Name``,
  ``Créditos: Reprodução/Instagram``, ``Beeld: ANP``, ``Kuva: Lehtikuva``,
  ``Fot. PAP/Name``, ``Foto © dpa``, ``Foto ANSA``, ``Foto di Name``,
  ``Express Photo by Name``, ``Courtesy: Name``, ``Name for The New York
  Times``, ``Name/NPR``. ``Source:`` / ``Quelle:`` / ``Fuente:``
  lines are a byline's business unless they name an agency that only
  credits images (``Quelle: picture alliance/dpa``). The credited names go
  to ``doc.metadata.extras["image_credits"]``.
* **captions** (category ``caption``): a line labelled as one (``Photo: ...``,
  ``Pictured: ...``, ``FILE PHOTO: ...``, ``Image caption, ...``, ``IMAGE:
  ...``, ``Above: ...``, ``Top: ...``, ``Inset: ...``, ``Foto: ...``,
  ``Légende : ...``, ``Pie de foto: ...``), and the line
  after a label that stands alone (``Image caption,`` / ``Media caption:``
  then the caption); a short line that ends with a wire
  service's credit (``... March 21, 2023. REUTERS/Name``,
  ``... (AP Photo/Name)``, ``... Photograph: X/AP``, ``... Foto: X/dpa``,
  ``... (EFE/Name)``); a caption right above its credit line, the two of
  them a paragraph of their own (``The pier in 1910.`` / ``Credit: Ann
  Lee``); a note that the image is a stock or file one (``Representational
  image``, ``Symbolbild``, ``Photo d'illustration``, ``Imagen de archivo
  (EFE)``, ``(File)``); a tabloid's caption built on ``pictured`` (``Ann
  Lee, 34, pictured outside court on Tuesday``); the words a page leaves
  around a picture (``Enlarge this image``, ``toggle caption``) and the
  caption above a credit and such a widget; and the bare caption, a
  standalone one-sentence paragraph in the photo-caption present tense that
  ends with a date or a place::

      Russian Prime Minister Mikhail Mishustin meets with China's President
      Xi Jinping in Moscow on March 21, 2023.

  The captions go to ``doc.metadata.extras["captions"]``.

The bare caption is recognised by its shape, and every part of the shape
must be there: one sentence of 8 to 60 words on a line of its own, not the
first line, not a bullet, no quotation marks, no ``said``/``says``; a
*subject* (names, titles, appositions between commas) followed by a *photo
verb* in the present tense (:data:`PHOTO_VERBS`: ``meets``, ``walks``,
``attends``, ``poses``, ``shake hands``, ``is seen``...); and a tail that
dates or places the photo. A full date (``on March 21, 2023.``) is enough
when the subject names someone (two capitalised words: ``Prime Minister
Mikhail Mishustin``); otherwise, and with a weaker tail (``on Tuesday.``,
``in Moscow.``), it needs stronger evidence: a verb that is used almost only
in captions (:data:`STRONG_PHOTO_VERBS`: ``gestures``, ``poses``, ``looks
on``...), a position marker (``, left,`` ``(R)``) or ``in this photo``.
A crowd of people as the subject (``Former keepers and their families
gather ...``, a plural noun before a :data:`CROWD_VERBS` verb) names nobody,
so it needs both a place and a full date at the end (``... in Oban on
September 14, 2023.``). Three or more such lines in a row are a list (a
timeline), not captions.
Anything less is kept: a story sentence is worth more than a stray caption.

Rules (``Change.rule``): credits ``featured-image``, ``credit-label``,
``photo-by``, ``cc-license``, ``copyright-credit``, ``credit-parenthetical``,
``agency-credit`` (a lone ``Name/Agency`` chain or image agency) and
``caption-agency`` (an agency's name alone right after a caption); captions
``caption-label``, ``caption-after-label`` (the line after a lone label),
``caption-credit``, ``caption-before-credit`` (the line right above a credit
in a two-line paragraph), ``image-note``, ``pictured-caption``,
``caption-widget``, ``widget-caption`` (the caption above a credit and a
widget) and ``photo-caption`` (the bare one).

>>> from newsclean.document import Document
>>> doc = Document("Title\\n\\nStory.\\n\\nXi Jinping, left, and Vladimir Putin shake hands "
...                "at the Kremlin in Moscow on March 21, 2023.\\n\\nFeatured image via Kremlin.ru")
>>> CaptionCleaner()(doc)
>>> doc.text
'Title\\n\\nStory.\\n\\n\\n\\n'
>>> doc.metadata.extras["image_credits"]
['Kremlin.ru']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import regex

from newsclean.document import Change, Document
from newsclean.pipeline import Cleaner
from newsclean.text import MONTHS, Line, line_change, split_lines

__all__ = [
    "AGENCIES",
    "CROWD_VERBS",
    "IMAGE_AGENCIES",
    "PHOTO_VERBS",
    "STRONG_PHOTO_VERBS",
    "CaptionCleaner",
    "CaptionConfig",
    "Verdict",
    "classify_line",
    "credit_text",
    "is_credit",
    "is_photo_caption",
    "split_credit_tail",
]

# --------------------------------------------------------------------------
# Vocabulary: every word list the rules use, in one place.
# --------------------------------------------------------------------------

#: Photo and news agencies, and other sources that credit images, casefolded.
#: A credit chain (``Name/Agency``, ``Agency/Name``, ``Name | Agency``) must
#: name one of these.
AGENCIES: frozenset[str] = frozenset(
    {
        "ap", "ap photo", "ap images", "associated press", "the associated press",
        "afp", "afp photo", "agence france-presse", "afp via getty images",
        "reuters", "reuters photo", "thomson reuters",
        "getty", "getty images", "getty images news", "epa", "epa-efe", "efe",
        "xinhua", "xinhua news agency", "tass", "itar-tass", "sputnik", "ria novosti",
        "kremlin", "kremlin pool", "pool", "pool photo", "handout", "kremlin.ru",
        "anadolu", "anadolu agency", "anadolu agency via getty images", "nurphoto",
        "sopa images", "lightrocket", "zuma", "zuma press", "zuma wire", "zuma press wire",
        "shutterstock", "rex", "rex/shutterstock", "alamy", "alamy stock photo",
        "alamy live news", "istock", "istockphoto", "unsplash", "pexels", "pixabay",
        "flickr", "wikimedia", "wikimedia commons", "wikipedia", "bloomberg",
        "dpa", "picture alliance", "picture-alliance", "imago", "imago images",
        "pa", "pa images", "pa wire", "pa media", "aap", "aap image", "kyodo",
        "kyodo news", "yonhap", "kcna", "kcna via kns", "ansa", "abaca", "abacapress",
        "sipa", "sipa usa", "sipa press", "corbis", "redux", "eyevine", "magnum",
        "magnum photos", "vcg", "visual china group", "china news service", "cns",
        "irna", "wana", "mehr", "jiji", "jiji press", "ukrinform", "unian",
        "bernama", "antara", "pti", "ani", "ians", "the guardian", "guardian design",
        "the new york times", "the washington post", "nasa", "us army", "u.s. army",
        "dod", "u.s. navy", "us navy", "white house", "the white house", "pixel",
        # European, Latin American and Asia-Pacific agencies and picture desks
        "dpa-bildfunk", "dpa-zentralbild", "dpa-pool", "dpa-tmn", "dpa-infografik",
        "picture alliance/dpa", "ddp", "ddp images", "photothek", "action press",
        "keystone", "keystone-sda", "sda", "apa", "apa-images", "apa/picturedesk",
        "picturedesk", "belga", "anp", "ntb", "ntb scanpix", "tt", "tt nyhetsbyrån",
        "scanpix", "lehtikuva", "ritzau", "ritzau scanpix", "ctk", "pap", "mti", "hina",
        "europa press", "agencia efe", "efe/epa", "lapresse", "la presse", "ansa/epa",
        "agf", "fotogramma", "imagoeconomica", "agência brasil", "agencia brasil",
        "folhapress", "estadão conteúdo", "reprodução", "reproducción",
        "cuartoscuro", "notimex", "télam", "telam", "maxppp", "hans lucas", "ip3",
        "afp/archives", "kyodo news via getty images", "yonhap news agency",
        "yna", "newsis", "news1", "aap photos", "nzme", "pa archive", "pa photo", "empics",
        "the canadian press", "canadian press", "cp", "nyt",
        "new york times", "bloomberg via getty images", "upi", "upi photo",
        "backgrid", "splash news", "cover images", "rex features", "mirrorpix",
        "nurphoto via getty images", "sopa images/lightrocket", "dreamstime",
        "adobe stock", "stock.adobe.com", "depositphotos", "123rf", "freepik", "canva",
        "epa/efe", "anadolu ajansı", "xinhua/imago", "imago/xinhua",
        # broadcasters and papers whose staff pictures are credited "Name/NPR", "Name for
        # The Guardian"; the credit notes of Brazilian, German and Italian pages
        "npr", "bbc", "cnn", "pbs", "guardian", "the observer", "abc news", "nbc news",
        "cbs news", "fox news", "the times", "the telegraph", "the independent",
        "divulgação", "divulgacao", "arquivo pessoal", "acervo pessoal", "redes sociais",
        "agência o globo", "agência estado", "privat", "ipa",
    }
)  # fmt: skip

#: Agencies whose name alone on a line is an image credit (a lone ``Reuters``
#: or ``AP`` line may be a byline, and is left to the bylines step).
IMAGE_AGENCIES: frozenset[str] = frozenset(
    {
        "getty images", "afp via getty images", "shutterstock", "rex/shutterstock",
        "alamy", "alamy stock photo", "alamy live news", "istock", "istockphoto",
        "unsplash", "pexels", "pixabay", "wikimedia commons", "ap photo", "afp photo",
        "reuters photo", "pool photo", "kremlin pool photo", "sopa images",
        "nurphoto", "zuma press", "zuma wire", "imago images", "pa images", "aap image",
        "picture alliance", "picture-alliance", "abacapress", "sipa usa", "imago",
        "zuma", "zuma press wire", "picture alliance/dpa", "dreamstime", "adobe stock",
        "stock.adobe.com", "depositphotos", "123rf", "freepik", "nurphoto via getty images",
        "bloomberg via getty images", "kyodo news via getty images", "ritzau scanpix",
        "ntb scanpix", "apa/picturedesk", "dpa-bildfunk", "dpa-zentralbild", "photothek",
        "getty",
    }
)  # fmt: skip

#: Present-tense verbs a photo caption is built on ("X *meets* Y in Z on
#: <date>."), third person singular and plural, lower case. Two-word verbs
#: (``looks on``, ``shakes hands``, ``is seen``) are read from their first
#: word plus :data:`_PASSIVE` / the next word.
PHOTO_VERBS: frozenset[str] = frozenset(
    {
        "meets", "meet", "walks", "walk", "speaks", "speak", "attends", "attend",
        "gestures", "gesture", "poses", "pose", "looks", "look", "arrives", "arrive",
        "shakes", "shake", "delivers", "deliver", "holds", "hold", "waves", "wave",
        "listens", "listen", "sits", "sit", "stands", "stand", "talks", "talk",
        "chats", "chat", "smiles", "smile", "laughs", "laugh", "greets", "greet",
        "welcomes", "welcome", "hugs", "hug", "embraces", "embrace", "applauds",
        "applaud", "claps", "clap", "toasts", "toast", "salutes", "salute", "reacts",
        "react", "addresses", "visits", "visit", "inspects", "inspect", "reviews",
        "signs", "leaves", "departs", "depart", "enters", "enter", "disembarks",
        "disembark", "descends", "descend", "lays", "kneels", "kneel", "prays", "pray",
        "votes", "rides", "ride", "presides", "participates", "participate",
        "receives", "receive", "accepts", "raises", "watches", "watch", "performs",
        "perform", "sings", "sing", "dances", "dance", "marches", "march", "gathers",
        "gather", "celebrates", "celebrate", "mourns", "mourn", "weeps", "weep",
        "carries", "carry", "observes", "observe", "examines", "examine", "bows",
        "bow", "kisses", "kiss", "answers", "testifies", "testify", "flies", "fly",
        "burns", "burn", "is", "are", "jogs", "jog", "waits", "wait", "queue",
        "queues", "cheer", "cheers", "wears", "wear", "patrol", "patrols", "guard",
        "guards", "unveils", "unveil", "climbs", "climb", "tends", "tend", "checks",
        "check", "repairs", "repair", "paints", "paint", "cleans", "clean", "rows", "row",
        "points", "point", "feeds", "feed", "plants", "plant", "prepares", "prepare",
        "cooks", "cook", "rests", "rest", "stares", "stare", "peers", "peer", "lifts",
        "lift", "pushes", "push", "pulls", "pull", "crosses", "cross", "swims", "swim",
        "polishes", "polish", "adjusts", "adjust", "rehearses", "rehearse", "kicks",
        "kick", "throws", "throw", "sweeps", "sweep",
    }
)  # fmt: skip

#: Verbs (and verb starts) that news prose hardly ever uses in the present
#: tense but captions use all the time; with one of these a weaker tail
#: (``on Tuesday.``, ``in Moscow.``) is enough.
STRONG_PHOTO_VERBS: frozenset[str] = frozenset(
    {
        "gestures", "gesture", "poses", "pose", "smiles", "smile", "waves", "wave",
        "shakes hands", "shake hands", "looks on", "look on", "is seen", "are seen",
        "is pictured", "are pictured", "reacts", "react", "applauds", "applaud",
        "claps", "clap", "salutes", "salute", "embraces", "embrace", "hugs", "hug",
        "kneels", "kneel", "weeps", "weep", "laughs", "laugh", "listens", "listen",
        "is greeted", "are greeted", "is escorted", "are escorted", "toasts",
        "toast", "bows", "bow", "kisses", "kiss", "walks past", "walk past",
        "lays a wreath", "lay a wreath", "stands guard", "stand guard",
    }
)  # fmt: skip

#: Plural present verbs of a crowd in a photo ("Residents *gather* ...,
#: "Fans *queue* ..."): with a plural subject that names nobody they need
#: a full date and a place before it ("... in Oban on September 14, 2023.").
CROWD_VERBS: frozenset[str] = frozenset(
    {
        "gather", "stand", "sit", "walk", "queue", "wait", "cheer", "mourn", "pray",
        "celebrate", "dance", "pose", "wave", "sing", "watch", "shelter", "kneel",
        "weep", "embrace", "hug", "applaud", "clap", "carry", "look", "listen", "climb",
    }
)  # fmt: skip

# "is"/"are" only count as a photo verb before one of these participles.
_PASSIVE = frozenset(
    {
        "seen", "pictured", "greeted", "welcomed", "escorted", "shown", "photographed",
        "displayed", "reflected", "illuminated", "lit", "surrounded", "silhouetted",
        "applauded", "accompanied", "flanked", "joined", "helped", "carried",
        "projected", "framed", "hoisted", "unveiled",
    }
)  # fmt: skip

# Lower-case words that make the words before a verb a clause, not a subject.
_CLAUSE_WORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "shall", "did", "does", "do", "that", "which", "who", "whom",
        "whose", "when", "where", "while", "because", "if", "although", "though",
        "but", "so", "then", "also", "reportedly", "according", "after", "before",
        "since", "until", "not", "never", "it", "he", "she", "they", "we", "i", "you",
        "there", "here", "what", "why", "how", "than", "just", "now", "already",
        "still", "even", "only",
    }
)  # fmt: skip

# Words before a candidate verb that make it a noun ("the talks", "a visit").
_DETERMINERS = frozenset(
    {
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
        "that", "these", "those", "whose", "one", "two", "three", "first", "last",
        "next", "new", "official", "state", "peace", "formal", "informal", "direct",
        "bilateral", "further", "more", "fresh", "any", "no", "some", "every", "each",
        "to", "of", "for", "in", "on", "at", "by", "from", "about",
    }
)  # fmt: skip

# Words after a candidate "verb" showing it was a plural noun ("talks resume").
_NEXT_VERBS = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
        "can", "may", "might", "should", "must", "resume", "resumed", "begin", "began",
        "end", "ended", "continue", "continued", "start", "started", "took", "take",
        "showed", "show", "failed", "fail",
    }
)  # fmt: skip

# Lower-case past forms that may start a caption's subject ("armed police ...").
_ADJECTIVE_ED = frozenset(
    {
        "armed", "masked", "injured", "wounded", "retired", "unidentified", "elected",
        "detained", "displaced", "exiled", "jailed", "red", "bed", "uniformed",
        "unnamed", "newly-elected", "re-elected", "invited", "assembled", "gathered",
    }
)  # fmt: skip

# Words in a credit that may be lower case ("Photo by Ann Lee *on* Unsplash").
_CREDIT_CONNECTIVES = frozenset(
    {
        "via", "by", "for", "of", "and", "the", "on", "from", "at", "de", "da", "do",
        "dos", "das", "del", "della", "di", "van", "von", "der", "den", "al", "el",
        "bin", "ibn", "la", "le", "du", "des", "y", "courtesy", "photo", "photos",
        "image", "images", "pool", "file", "handout", "staff", "licensed", "under",
        "cc", "credit", "credits", "photographer", "contributor", "stringer",
        "illustration", "picture", "pictures", "photograph", "public", "domain",
        "commons", "creative", "flickr", "archive", "archives", "screenshot",
        "screengrab", "screen", "grab", "video", "still", "news", "agency", "press",
        "stock", "with", "permission", "used", "taken", "supplied", "provided",
        "handouts", "design", "graphic", "composite", "author", "family", "own",
        "work", "dpa", "afp", "epa", "ap", "service", "office", "department", "ministry",
        "team", "website", "press-service",
    }
)  # fmt: skip

# Words that put a parenthesis (or a line) in the image-credit domain.
_CREDIT_MARKER = regex.compile(
    r"(?i)\b(?:photo|photos|photograph|photographs|image|images|picture|pictures|pool"
    r"|getty|shutterstock|alamy|unsplash|pexels|pixabay|handout|credit|credits|courtesy"
    r"|wikimedia|istock|imago|cr[ée]dits?|cr[ée]ditos?|picture\s+alliance)\b|©"
    r"|\bvia\s+(?:AP|AFP|Reuters|Getty|REUTERS)\b"
    r"|\b(?:foto|fotos|fotograf[ií]a|bild|bilder|beeld|kuva|imagen|imagem|immagine)\s*[:©]"
)

# Substrings of every marker, casefolded (a cheap test before the pattern).
_MARKER_HINTS = (
    "pho", "imag", "pic", "pool", "getty", "shutterstock", "alamy", "unsplash", "pexels",
    "pixabay", "handout", "credit", "courtesy", "wikimedia", "istock", "imago", "crédit",
    "©", "via ", "foto", "bild", "beeld", "kuva", "immagine",
)  # fmt: skip
# (the standard library's engine is the faster one on a plain list of literals)
_MARKER_HINT = re.compile("|".join(re.escape(hint) for hint in _MARKER_HINTS))


def _has_credit_marker(text: str) -> bool:
    """Whether ``text`` holds a word of the image-credit domain (:data:`_CREDIT_MARKER`).

    >>> _has_credit_marker("Photo by Ann Lee"), _has_credit_marker("Click to share")
    (True, False)
    """
    if _MARKER_HINT.search(text.casefold()) is None:
        return False
    return _CREDIT_MARKER.search(text) is not None


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Tails that date a photo; searched in the last 90 characters of the line.
_FULL_DATE_TAIL = regex.compile(
    rf"(?:\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d"
    r"|\b(?:19|20)\d\d-\d\d-\d\d)[.]?\s*$"
)
_WEAK_DATE_TAIL = regex.compile(
    rf"(?:(?:\b[Oo]n|,)\s+{_WEEKDAY}(?:,?\s+{_MONTH}\s+\d{{1,2}})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\b[Oo]n\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\b[Ii]n\s+(?:{_MONTH}\s+)?(?:19|20)\d\d)[.]?\s*$"
)
_PLACE_TAIL = regex.compile(
    r"\b(?:in|at|near|outside|inside|on|during|from)\s+(?:the\s+)?"
    r"[\p{Lu}][\p{L}\p{M}'’.-]{0,40}"
    r"(?:,?\s+(?:of\s+|de\s+|the\s+|and\s+)?[\p{Lu}\d][\p{L}\p{M}\p{N}'’.-]{0,40}){0,6}[.]\s*$"
)
# "... at the Caledonian Hotel in Oban on September 14, 2023."
_PLACE_THEN_DATE = regex.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu}[^,;:]{0,80}?,?\s+on\s+"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?)\s+(?:19|20)\d\d[.]?\s*$"
)
# "Xi Jinping, left, and ..." / "(L)" / "(centre)"
_POSITION = regex.compile(
    r"(?i),\s+(?:(?:far|second|third|2nd|3rd)\s+)?(?:left|right|centre|center|front|rear)"
    r"(?:\s+(?:from\s+)?(?:left|right))?\s*,"
    r"|\((?:L|R|C|2nd\s*[LR]|[LR]\d|left|right|centre|center|front)\)"
)
# "in this handout photo", "in this picture taken on ..." (only captions say "this")
_PHOTO_PHRASE = regex.compile(
    r"(?i)\bin\s+this\s+(?:(?:undated|handout|file|pool|aerial|combination"
    r"|still|satellite|screen|video|social\s+media|photo)\s+){0,3}"
    r"(?:photo|photograph|picture|image|handout|still|grab|screengrab|screenshot|frame)\b"
)

_SENTENCE_END = regex.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[\p{Lu}\d])")
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpl", "sgt",
        "adm", "cmdr", "rep", "sen", "gov", "pres", "st", "jr", "sr", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
        "vs", "co", "corp", "inc", "ltd", "mt", "ft", "rev", "hon", "u.s", "u.k", "u.n",
        "e.u", "d.c", "a.m", "p.m", "approx", "est", "fig", "vol",
    }
)  # fmt: skip

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|[,;:()\[\]/|]")
_QUOTES = regex.compile(r"[\"“”«»„]")
_SPEECH = regex.compile(
    r"(?i:\b(?:said|says|told|tells|according|reportedly|allegedly)\b)"
    r"|\b(?:will|would|could|should|might|must|I|we|We|you|You|our|Our|my|My|your|Your|us)\b"
    r"|\?"
)

# Lines that are credits by their label.
_FEATURED = regex.compile(
    r"(?i)^[(\[]?\s*(?:featured|feature|top|header|cover|lead|main|hero|banner|thumbnail"
    r"|post|article|social|title)\s+(?:image|photo|photograph|picture|pic|illustration"
    r"|graphic|art|artwork)s?\s*(?:(?:is|was|are)\s+)?(?:(?:from|via|by|courtesy(?:\s+of)?"
    r"|credits?|sources?|taken\s+from|used\s+under|licensed\s+under)\b\s*[:|–—-]?|[:|–—-])\s*"
)
_CREDIT_LABEL = regex.compile(
    r"(?i)^[(\[]?\s*(?:(?:(?:photo|image|picture|pic|video|graphic|illustration|cartoon"
    r"|photograph|map|foto|bild)s?\s*(?:credits?|sources?|courtesy(?:\s+of)?|quelle"
    r"|nachweis|rechte))"
    r"|(?:photo|image|picture)s?\s*credits?\s+should\s+read"
    r"|credits?|courtesy\s+of|courtesy(?=\s*[:|–—-])|photograph|photographs|photography"
    r"|photographer"
    r"|illustration|photo\s+illustration|composite|graphic|art|screenshot|screengrab"
    # other languages: French, Spanish, Portuguese, Italian, German, Dutch, Nordic, Polish
    r"|cr[ée]dits?(?:\s+(?:photos?|images?|photographiques?))?"
    r"|cr[ée]ditos?(?:\s+(?:de\s+(?:la\s+)?)?(?:fotos?|imagen|imagem|im[áa]genes))?"
    r"|credit[io](?:\s+fotografic[oi])?|fotograf|fotografin|bild|bilder|beeld|kuva|kuvat"
    r"|fot|zdj[ęe]cie|(?:photo|foto|bild|beeld|image|picture|pic)s?(?=\s*©))\b\s*"
    r"(?:[:|–—-]\s*|(?<=of)\s+|(?<=read)\s+|(?<=sources?),\s*|(?<=fot)\.\s*|©\s*"
    r"|(?<=credits?)(?:\.{2,3}|…)\s*)"
)
_PHOTO_BY = regex.compile(
    r"(?i)^[(\[]?\s*(?:photo|photos|photograph|photographs|photography|image|images|picture"
    r"|pictures|pic|illustration|illustrations|drawing|drawings|graphic|artwork|video"
    r"|screenshot|screengrab)"
    r"\s+(?:(?:provided|supplied|submitted|taken|shared|used)\s+)?"
    r"(?:by|via|courtesy(?:\s+of)?|from)\s+"
)
# an outlet's photo credit: "Express Photo by Ann Lee", "(HT Photo by Ann Lee)"
_OUTLET_PHOTO_BY = regex.compile(
    r"^[(\[]?\s*(?:\p{Lu}[\p{L}\p{N}.&'’-]{0,20}\s+){1,3}"
    r"(?i:photos?|photograph|picture|pic|image)\s+(?i:by|courtesy(?:\s+of)?)\s+"
)
# an Italian credit without a colon: "Foto ANSA", "Foto LaPresse", "Foto di Ann Lee"
_FOTO_AGENCY = regex.compile(r"(?i)^[(\[]?\s*foto\s+(?P<di>di\s+)?(?=\S)")
# a note on a file picture in brackets: "(File)", "(Archivo)"
_FILE_NOTE = regex.compile(
    r"(?i)^[(\[]\s*(?:file|archives?|archivo|arquivo|archiv|archivio)\s*[)\]]\.?$"
)
# a tabloid's caption built on "pictured": "Ann Lee, 34, pictured outside court on Tuesday"
_PICTURED = regex.compile(
    r"^(?P<subject>[\p{Lu}\d][^\n]{0,150}?),?\s+\(?pictured\)?(?:\s+(?:left|right|centre"
    r"|center|above|below|top|bottom|here|together|again|earlier|recently|last\s+\w+|in\s+\d{4}))?"
    r"\s+(?P<prep>outside|at|in|on|with|during|leaving|arriving|after|before|alongside|near"
    r"|inside|as|while|wearing|holding|from|for|back|shortly|today|yesterday|last|earlier"
    r"|this|that|when|posing|walking|smiling|attending|celebrating|enjoying)\b"
)
# words that may stand in a caption's subject in lower case ("her husband", "the couple")
_SUBJECT_WORDS = frozenset(
    {
        "and", "the", "a", "an", "his", "her", "their", "with", "of", "former", "late",
        "couple", "pair", "boss", "star", "singer", "actress", "actor", "mother", "father",
        "mum", "dad", "wife", "husband", "son", "daughter", "sister", "brother", "friend",
        "friends", "partner", "girlfriend", "boyfriend", "fiancé", "fiancée", "family",
        "victim", "suspect", "children", "pupils", "left", "right", "centre", "center", "l",
        "r", "both", "new", "aged", "year-old", "model", "presenter", "player", "manager",
        "coach", "president", "minister", "leader", "mp", "mayor", "officer", "officers",
        "police", "teacher", "nurse", "doctor", "driver",
    }
)  # fmt: skip
# UI words a news page leaves around its pictures: "Enlarge this image", "toggle caption"
_CAPTION_WIDGET = regex.compile(
    r"(?i)^(?:enlarge\s+this\s+image|toggle\s+caption|hide\s+caption|show\s+caption"
    r"|expand\s+(?:this\s+)?image|close\s+caption|view\s+image\s+in\s+full\s?screen)$"
)
# a Creative Commons attribution: '"Title" by Name is licensed under CC BY 2.0'
_CC_LICENSE = regex.compile(
    r"(?i)^[\"“][^\"“”\n]{1,150}[\"”]\s+by\s+[^\n]{1,100}?\s+(?:is\s+)?licensed\s+under\s+"
    r"(?:a\s+)?(?:CC|Creative\s+Commons)\b[^\n]{0,80}$"
)
# "... March 20, 2023. - AP": a caption's credit after a dash
_DASH_TAIL = regex.compile(r"\s[-–—]\s?(?P<credit>[^-–—]{1,60})$")
_COPYRIGHT = regex.compile(r"(?i)^[(\[]?\s*(?:©|\(c\)|ⓒ)\s*")
# Labels that introduce a caption (or, followed by a bare name, a credit).
_CAPTION_LABEL = regex.compile(
    r"(?i)^[(\[]?\s*(?P<label>photo|photos|image|images|picture|pictures|pic|pics|pictured"
    r"|caption|photo\s+caption|image\s+caption|file\s+photo|file\s+picture|file\s+image"
    r"|handout\s+photo|main\s+(?:image|photo|picture)|above|top\s+photo|in\s+pictures"
    r"|photo\s+gallery|gallery|media\s+caption|video\s+caption"
    r"|(?:top|bottom|above|inset)(?:\s+(?:left|right|centre|center))?"
    r"|pictured\s+(?:above|below|left|right|top|here)|(?:photo|picture|image)\s+(?:above|top)"
    # other languages: a photo's label, a caption's label
    r"|foto|fotos|fotografía|fotografia|fotografie|imagen|imagem|immagine|foto\s+de\s+archivo"
    r"|imagen\s+de\s+archivo|foto\s+de\s+arquivo|imagem\s+de\s+arquivo"
    r"|foto\s+d['’]archivio|photo\s+d['’](?:illustration|archives?)"
    r"|image\s+d['’](?:illustration|archives?)|symbolbild|symbolfoto|archivbild|archivfoto"
    r"|titelbild|titelfoto|aufmacherbild|aufmacherfoto|vorschaubild|beitragsbild"
    r"|légende|pie\s+de\s+(?:foto|imagen|página)|bildunterschrift|bildtext|didascalia|legenda)"
    r"\s*(?:[:|]|(?<=caption),)\s*"
)
# Labels that stand before a position, not a photo: the caption after them
# must read like one (a capital letter first, no question, no list).
_POSITION_LABELS = frozenset(
    {
        "top", "bottom", "inset", "top left", "top right", "top centre", "top center",
        "bottom left", "bottom right", "bottom centre", "bottom center", "above left",
        "above right", "inset left", "inset right",
    }
)  # fmt: skip
# "Source:" in other languages: a credit only when it names an image agency.
_SOURCE_LABEL = regex.compile(
    r"(?i)^[(\[]?\s*(?:source|sources|quelle|quellen|fuente|fonte|bron|källa|kilde|lähde"
    r"|źródło)\s*:\s*"
)
# A lone note that the image is a file, stock or illustrative one, with a
# credit after it or not: "Representational image", "Symbolbild", "Photo
# d'illustration", "Imagen de archivo (EFE)".
_IMAGE_NOTE = regex.compile(
    r"(?i)^[(\[]?\s*(?:(?:representational|representative|illustrative|illustration|file"
    r"|stock|archive|archival|handout)\s+(?:image|photo|picture|pic|photograph|photo\s+image)"
    r"|(?:image|photo|picture|pic)s?\s+(?:(?:used\s+)?for\s+(?:representation|illustration)"
    r"(?:al)?(?:\s+purposes?)?(?:\s+only)?|is\s+for\s+representation(?:al)?\s+purposes?"
    r"(?:\s+only)?)"
    r"|for\s+representation(?:al)?\s+purposes?(?:\s+only)?|screengrab|screenshot|handout"
    r"|symbolbild|symbolfoto|archivbild|archivfoto|illustrationsbild|photo\s+d['’]illustration"
    r"|image\s+d['’]illustration|photo\s+d['’]archives?|image\s+d['’]archives?"
    r"|imagen\s+de\s+archivo|foto\s+de\s+archivo|imagen\s+ilustrativa|foto\s+ilustrativa"
    r"|imagem\s+de\s+arquivo|foto\s+de\s+arquivo|imagem\s+ilustrativa"
    r"|foto\s+d['’]archivio|immagine\s+d['’]archivio|immagine\s+di\s+repertorio"
    r"|foto\s+di\s+repertorio)"
    r"\s*[)\]]?\s*(?:[.:,;|–—-]\s*)?(?P<rest>.{0,200})$"
)
# The first words of every image note (a cheap test before the pattern).
_NOTE_STARTS = (
    "representa", "illustra", "file ", "stock ", "archiv", "handout", "image", "photo",
    "picture", "pic ", "pics ", "for represen", "screen", "symbol", "foto", "immagine",
    "imagen", "imagem",
)  # fmt: skip
# The first words of every labelled line (a cheap test before the patterns).
_LABEL_STARTS = (
    "featured", "feature", "top", "header", "cover", "lead", "main", "hero", "banner",
    "thumbnail", "post", "article", "social", "title", "photo", "image", "picture", "pic",
    "video", "graphic", "illustration", "cartoon", "map", "credit", "courtesy", "art",
    "composite", "©", "(c)", "ⓒ", "caption", "media", "file", "handout", "above", "in pictures",
    "gallery", "drawing", '"', "“", "bottom", "inset", "screen", "foto", "fot.", "fot ",
    "fot:", "bild", "beeld", "kuva", "imag", "immag", "crédit", "légende", "pie de",
    "didascalia", "legenda", "symbol", "archiv", "zdj", "source", "quelle", "fuente",
    "fonte", "bron", "källa", "kilde", "lähde", "źródło", "titel", "aufmacher", "vorschau",
    "beitrag",
)  # fmt: skip
_LABEL_HINT = regex.compile(
    r"pic|photo|imag|caption|above|top|gallery|bottom|inset|foto|immag|légende|pie de|bild"
    r"|didasc|legend"
)
_BULLET = regex.compile(r"^(?:[-*•·▪–—>]|\d{1,3}[.)])\s")
_CHAIN_SPLIT = regex.compile(r"\s*[/|]\s*|\s+via\s+|\s+for\s+|\s*,\s+")
_YEAR_START = regex.compile(r"^(?:19|20)\d\d\b")


class Verdict(NamedTuple):
    """What :func:`classify_line` found about one line.

    Attributes:
        rule: the rule that matched (``photo-caption``, ``featured-image``...).
        category: ``caption`` or ``credit``.
        caption: the caption's text, without its credit (may be empty).
        credit: the credited name or agency (may be empty).
    """

    rule: str
    category: str
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True, slots=True)
class CaptionConfig:
    """Options of the captions cleaner.

    Attributes:
        credits: remove image-credit lines (``Featured image via X``,
            ``Photo credit: X``, ``(Photo by X/Getty Images)``...).
        labelled: remove lines labelled as captions (``Photo: ...``,
            ``Pictured: ...``, ``FILE PHOTO: ...``), image notes
            (``Representational image``, ``Symbolbild``) and the caption
            right above a credit line in a paragraph of their own.
        credited: remove short lines that end with a wire service's credit
            (``... REUTERS/Name``, ``... (AP Photo/Name)``).
        bare: remove bare captions: standalone one-sentence lines in the
            photo-caption present tense that end with a date or a place.
        min_words: the fewest words of a bare caption.
        max_words: the most words of a bare caption.
        max_credited_words: the most words of a caption that ends with a
            credit (wire captions run longer than bare ones).
        max_credit_words: the most words of a credit line.
        verbs: the photo verbs of bare captions (see :data:`PHOTO_VERBS`).
        strong_verbs: verbs strong enough with a weaker tail (see
            :data:`STRONG_PHOTO_VERBS`).
        agencies: the agencies a credit chain must name (see :data:`AGENCIES`).
        record: record the captions and credits in
            ``doc.metadata.extras["captions"]`` and ``["image_credits"]``.
    """

    credits: bool = True
    labelled: bool = True
    credited: bool = True
    bare: bool = True
    min_words: int = 8
    max_words: int = 60
    max_credited_words: int = 90
    max_credit_words: int = 40
    verbs: frozenset[str] = PHOTO_VERBS
    strong_verbs: frozenset[str] = STRONG_PHOTO_VERBS
    agencies: frozenset[str] = AGENCIES
    record: bool = True


_DEFAULT = CaptionConfig()


def _norm(text: str) -> str:
    """``text`` with its white space runs folded to one space, stripped."""
    return " ".join(text.split())


def _words(text: str) -> int:
    return len(text.split())


def _credit_words_ok(segment: str) -> bool:
    """Whether a segment reads like a name: capitalised words and connectives.

    >>> _credit_words_ok("Ann Lee on Unsplash"), _credit_words_ok("residents show")
    (True, False)
    """
    words = segment.split()
    if not words or len(words) > 8:
        return False
    for word in words:
        core = word.strip("()[],.;:'’\"“”")
        if not core:
            continue
        if not core[0].isalpha() or core[0].isupper():
            continue
        if core.lower() not in _CREDIT_CONNECTIVES:
            return False
    return True


_AGENCY_LAST_WORDS = frozenset({"images", "photo", "photos", "press", "agency"})


def _is_agency(segment: str, agencies: frozenset[str]) -> bool:
    return _agency_name(_norm(segment.strip("()[].,;: ")).casefold(), agencies)


def _agency_name(name: str, agencies: frozenset[str]) -> bool:
    """Whether a casefolded name is an agency's: listed, or ``X Images``/``X Press``."""
    if name in agencies:
        return True
    return " " in name and name.rsplit(" ", 1)[-1] in _AGENCY_LAST_WORDS


def is_credit(text: str, agencies: frozenset[str] = AGENCIES, *, lone: bool = False) -> bool:
    """Whether ``text`` is an image credit as a whole.

    A credit is a chain of names (``/``, ``|``, ``via`` or commas between
    them) of which one is an agency, or a single image agency. With
    ``lone=True`` (a line of its own) the chain needs a ``/``, ``|``, ``via``
    or a photo word: a lone ``Reuters`` or ``AP, Reuters`` may be a byline.

    >>> is_credit("Sergei Karpukhin/Sputnik/AFP via Getty Images")
    True
    >>> is_credit("REUTERS/Evgenia Novozhenina"), is_credit("and/or")
    (True, False)
    >>> is_credit("Reuters", lone=True), is_credit("Getty Images", lone=True)
    (False, True)
    >>> is_credit("AP, Reuters", lone=True), is_credit("Source: Reuters/AFP")
    (False, False)
    """
    text = _norm(text)
    if not text or len(text) > 240 or ":" in text:
        return False
    text = _COPYRIGHT.sub("", text, count=1).strip()
    name = text.strip("()[].,;: ").casefold()
    image_agency = name in IMAGE_AGENCIES
    chained = "/" in text or "|" in text or " via " in text
    if lone and not (image_agency or chained or _has_credit_marker(text)):
        return False
    segments = [s for s in _CHAIN_SPLIT.split(text) if s.strip()]
    if not segments or len(segments) > 6:
        return False
    names = [_norm(s.strip("()[].,;: ")).casefold() for s in segments]
    # a listed agency's own name may be lower case ("picture alliance", "dpa", "iStock")
    if not all(n in agencies or _credit_words_ok(s) for n, s in zip(names, segments, strict=True)):
        return False
    return image_agency or any(_agency_name(n, agencies) for n in names)


def credit_text(text: str) -> str:
    """A credited name cleaned for the metadata (brackets and labels off).

    >>> credit_text("(Photo by Ann Lee/AFP via Getty Images)")
    'Ann Lee/AFP via Getty Images'
    """
    text = _norm(text).strip()
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()
    for pattern in (
        _FEATURED,
        _CREDIT_LABEL,
        _PHOTO_BY,
        _CAPTION_LABEL,
        _COPYRIGHT,
        _OUTLET_PHOTO_BY,
    ):
        m = pattern.match(text)
        if m:
            text = text[m.end() :]
            break
    return text.strip(" .;:|–—-")


def split_credit_tail(text: str, agencies: frozenset[str] = AGENCIES) -> tuple[str, str] | None:
    """Split a caption that ends with a credit into ``(caption, credit)``.

    Understands a credit in parentheses (``(AP Photo/Name)``, ``(Photo by
    Name/Getty Images)``, ``(Name, Sputnik, Kremlin Pool Photo via AP)``), a
    labelled one (``Photograph: Name/AP``, ``| Photo: Name``) and a wire
    chain after the last sentence (``REUTERS/Name``, ``Name | Getty Images``).
    Returns ``None`` when there is no credit at the end.

    >>> split_credit_tail("Xi waves in Moscow, March 21, 2023. REUTERS/Ann Lee")
    ('Xi waves in Moscow, March 21, 2023.', 'REUTERS/Ann Lee')
    >>> split_credit_tail("He left (and/or stayed).") is None
    True
    """
    text = _norm(text)
    if len(text) < 4:
        return None
    if text.endswith(")"):
        open_at = text.rfind("(")
        if open_at > 0:
            inner = text[open_at + 1 : -1]
            if "(" not in inner and _paren_credit(inner, agencies):
                return text[:open_at].rstrip(), credit_text(inner)
    # a labelled credit: "... Photograph: Name/AP", "... | Photo: Name"
    window = max(0, len(text) - 160)
    m = None
    if text.find(":", window) >= 0 or text.find("©", window) >= 0:
        m = _TAIL_LABEL.search(text, window)
    if m is None and text.find("Credit", window) >= 0:
        # a newspaper's "...on Tuesday.Credit...Ann Lee for The Times"
        m = _ELLIPSIS_TAIL.search(text, window)
    if m is not None and m.start() > 0:
        credit = m.group("credit").strip()
        if _credit_words_ok(credit) or is_credit(credit, agencies):
            return text[: m.start()].rstrip(" |–—-"), credit
    # a wire chain after the last sentence end
    cut = text.rfind(". ")
    if cut > 0:
        tail = text[cut + 2 :].strip()
        if (
            len(tail) <= 160
            and ("/" in tail or "|" in tail or " via " in tail or tail.startswith("©"))
            and is_credit(tail, agencies, lone=True)
        ):
            return text[: cut + 1], tail
    return None


def _paren_credit(inner: str, agencies: frozenset[str]) -> bool:
    """Whether the text of a parenthesis is an image credit.

    >>> _paren_credit("AP Photo/Ann Lee, File", AGENCIES), _paren_credit("Yonhap", AGENCIES)
    (True, False)
    >>> _paren_credit("Image Pro Max", AGENCIES)
    False
    """
    inner = _norm(inner)
    if not inner or len(inner) > 200:
        return False
    if "/" in inner and is_credit(inner, agencies):
        return True
    if not _has_credit_marker(inner):
        return False
    if is_credit(inner, agencies, lone=True):
        return True
    for pattern in (
        _PHOTO_BY,
        _CREDIT_LABEL,
        _CAPTION_LABEL,
        _FEATURED,
        _COPYRIGHT,
        _OUTLET_PHOTO_BY,
    ):
        m = pattern.match(inner)
        if m is not None:
            rest = inner[m.end() :].strip()
            return bool(rest) and (_credit_words_ok(rest) or is_credit(rest, agencies))
    return False


_TAIL_LABEL = regex.compile(
    r"(?:(?<=[.!?)”\"])\s+|\s+[|–—-]\s+|\s*\|\s*)(?:Photograph|Photographs|Photo|Photos"
    r"|Picture|Pictures|Pic|Image|Images|Illustration|Credit|Composite|Photo\s+illustration"
    r"|Photo\s+credit|Image\s+credit|Foto|Fotos|FOTO|Fotografía|Fotografia|Bild|Bilder"
    r"|Beeld|Kuva|Imagen|Imagem|Immagine|Crédit|Crédits|Crédit\s+photo|Crédito|Créditos)"
    r"\s*[:©]\s*(?P<credit>[^:\n]{1,120})$"
)


_ELLIPSIS_TAIL = regex.compile(
    r"(?<=[.!?)”\"’\p{L}\d])\s*Credits?(?:\.{2,3}|…)\s*(?P<credit>[^\n]{1,120})$"
)


def _sentence_count(text: str) -> int:
    """How many sentences ``text`` holds, abbreviations and initials aside.

    >>> _sentence_count("U.S. Gen. Mark A. Milley speaks. He left.")
    2
    """
    count = 1
    for m in _SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        core = word.strip("\"“”'’()[]").lower()
        if text[m.start()] == "." and (
            len(core) <= 1 or core in _ABBREVIATIONS or regex.fullmatch(r"(?:\w\.)+\w?", core)
        ):
            continue
        count += 1
    return count


def _find_photo_verb(tokens: list[str], verbs: frozenset[str]) -> tuple[int, str] | None:
    """The index and form of the main photo verb after a subject, or ``None``.

    The words before it must read as a subject: names and titles, with
    appositions between commas, and no clause words (``said``, ``that``,
    ``will``...).

    >>> toks = "Chinese leader Xi Jinping , accompanied by Ann Lee , walks past".split()
    >>> _find_photo_verb(toks, PHOTO_VERBS)
    (10, 'walks past')
    >>> _find_photo_verb("Xi 's visit coincided with a trip to meet".split(), PHOTO_VERBS)
    """
    if not tokens or not (tokens[0][0].isupper() or tokens[0][0].isdigit()):
        return None
    in_apposition = False
    for i, tok in enumerate(tokens[:40]):
        if tok == ",":
            in_apposition = not in_apposition
            continue
        if not tok[0].isalpha() or not tok[0].islower():
            continue
        low = tok.lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        prev = tokens[i - 1] if i > 0 else ""
        if low in verbs and i > 0:
            if low in {"is", "are"}:
                if nxt in _PASSIVE:
                    return i, f"{low} {nxt}"
                return None
            plural_noun = nxt in _NEXT_VERBS
            noun_use = (
                prev.lower() in _DETERMINERS
                or prev.endswith(("'s", "’s", "s'", "s’"))
                or prev in {"'s", "’s"}
            )
            if not plural_noun and not noun_use:
                form = low
                if nxt in {"on", "past", "hands", "guard"}:
                    form = f"{low} {nxt}"
                elif nxt in {"a", "an"} and i + 2 < len(tokens) and tokens[i + 2] == "wreath":
                    form = f"{low} a wreath"
                return i, form
        if low in _CLAUSE_WORDS:
            return None
        if (
            not in_apposition
            and low.endswith("ed")
            and low not in _ADJECTIVE_ED
            and low not in verbs
        ):
            return None
    return None


def is_photo_caption(text: str, config: CaptionConfig = _DEFAULT) -> bool:
    """Whether a standalone line is a bare photo caption (see the module doc).

    >>> is_photo_caption("Russian Prime Minister Mikhail Mishustin meets with China's "
    ...                  "President Xi Jinping in Moscow on March 21, 2023.")
    True
    >>> is_photo_caption("Russian Prime Minister Mikhail Mishustin met with China's "
    ...                  "President Xi Jinping in Moscow on March 21, 2023.")
    False
    """
    text = _norm(text)
    return _photo_caption(text, _words(text), config)


def _photo_caption(text: str, n: int, config: CaptionConfig) -> bool:
    """:func:`is_photo_caption` of a normalised line of ``n`` words."""
    if n < config.min_words or n > config.max_words or not text.endswith("."):
        return False
    # every tail ends in a number or a capitalised word ("2023.", "Tuesday.",
    # "Moscow.") or a time of day; a line ending otherwise is left at once
    last = text[text.rfind(" ") + 1 : -1]
    full_date = weak_tail = False
    if not last[:1].islower() or last in {"morning", "afternoon", "evening", "night"}:
        end = text[-90:]
        full_date = _FULL_DATE_TAIL.search(end) is not None
        weak_tail = full_date or _WEAK_DATE_TAIL.search(end) is not None
        if not weak_tail and _PLACE_TAIL.search(text, max(0, len(text) - 200)) is not None:
            weak_tail = True
    phrase = "in this " in text.lower() and _PHOTO_PHRASE.search(text) is not None
    if not weak_tail and not phrase:
        return False
    if _QUOTES.search(text) or _SPEECH.search(text) or _sentence_count(text) != 1:
        return False
    tokens = _TOKEN.findall(text)
    found = _find_photo_verb(tokens, config.verbs)
    if found is None:
        return phrase
    at, form = found
    strong = (
        form in config.strong_verbs
        or form.split(" ", 1)[0] in config.strong_verbs
        or phrase
        or _POSITION.search(text) is not None
    )
    # a full date is enough when a person is the subject ("Prime Minister
    # Mikhail Mishustin meets ..."), not a thing ("The ICC holds ..."); a
    # crowd ("Former keepers and their families gather ...") needs a place too
    if strong or (full_date and _names_someone(tokens[:at])):
        return True
    return (
        full_date
        and form in CROWD_VERBS
        and _plural_subject(tokens[:at])
        and _PLACE_THEN_DATE.search(text, max(0, len(text) - 200)) is not None
    )


def _plural_subject(tokens: list[str]) -> bool:
    """Whether a subject is plural people: its last word ends in ``s`` (not ``ss``).

    >>> _plural_subject("Former keepers and their families".split())
    True
    >>> _plural_subject(["The", "committee"]), _plural_subject(["The", "press"])
    (False, False)
    """
    if not tokens or "," in tokens:
        return False
    last = tokens[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _names_someone(tokens: list[str]) -> bool:
    """Whether a subject holds a name or a title: two capitalised words in a row.

    >>> _names_someone("Chinese leader Xi Jinping".split()), _names_someone(["The", "ICC"])
    (True, False)
    """
    run = 0
    for i, tok in enumerate(tokens):
        if tok[0].isupper() and not (i == 0 and tok in {"The", "A", "An", "This", "These"}):
            run += 1
            if run >= 2:
                return True
        else:
            run = 0
    return False


def _label_verdict(text: str, config: CaptionConfig) -> Verdict | None:
    """Verdicts for labelled lines: credits and captions by their label."""
    head = text[:40].lower()
    if config.credits:
        for pattern, rule in (
            (_FEATURED, "featured-image"),
            (_CREDIT_LABEL, "credit-label"),
            (_PHOTO_BY, "photo-by"),
        ):
            m = pattern.match(text)
            if m is None:
                continue
            rest = text[m.end() :].strip(" )]")
            if not rest:
                return None
            if rule == "featured-image":
                if _words(rest) <= config.max_credit_words:
                    return Verdict(rule, "credit", credit=credit_text(text))
                return None
            if _credit_words_ok(rest.rstrip(".")) or is_credit(rest, config.agencies):
                return Verdict(rule, "credit", credit=credit_text(text))
            return None
        if _CC_LICENSE.match(text):
            return Verdict("cc-license", "credit", credit=text)
        m = _SOURCE_LABEL.match(text)
        if m is not None:
            # "Quelle: picture alliance/dpa": a source line is a byline unless
            # it names an image agency
            rest = text[m.end() :].strip()
            if _names_image_agency(rest) and is_credit(rest, config.agencies):
                return Verdict("credit-label", "credit", credit=rest)
            return None
        m = _COPYRIGHT.match(text)
        if m is not None:
            rest = text[m.end() :].strip()
            if (
                not _YEAR_START.match(rest)
                and (
                    "/" in rest
                    or "|" in rest
                    or rest.casefold() in IMAGE_AGENCIES
                    or rest.strip(" .").casefold() in config.agencies
                )
                and is_credit(rest, config.agencies)
            ):
                return Verdict("copyright-credit", "credit", credit=rest)
            return None
    if config.labelled and _LABEL_HINT.search(head) is not None:
        m = _CAPTION_LABEL.match(text)
        if m is not None:
            rest = text[m.end() :].strip()
            label = m.group("label").lower()
            if not rest:
                # "Image caption," alone: the caption is the next line
                return Verdict("caption-label", "caption") if "caption" in label else None
            if _words(rest) > config.max_credited_words:
                return None
            if (
                label != "pictured"
                and "file" not in label
                and (
                    is_credit(rest, config.agencies)
                    or (_credit_words_ok(rest) and _words(rest) <= 6)
                )
            ):
                if config.credits:
                    return Verdict("credit-label", "credit", credit=_norm(rest))
                return None
            if not (rest[0].isupper() or rest[0].isdigit()) or _sentence_count(rest) > 4:
                return None
            if label in _POSITION_LABELS and not _position_caption(rest):
                return None
            # a science wire's gallery link after the caption ("... view more")
            if rest.endswith(" view more"):
                rest = rest[: -len(" view more")]
            split = split_credit_tail(rest, config.agencies)
            caption, credit = split if split else (rest, "")
            return Verdict("caption-label", "caption", caption=caption, credit=credit)
    return None


def _names_image_agency(text: str) -> bool:
    """Whether a credit chain names an agency that only credits images.

    >>> _names_image_agency("picture alliance/dpa | Ann Lee"), _names_image_agency("dpa")
    (True, False)
    """
    text = _norm(text)
    if text.strip("()[].,;: ").casefold() in IMAGE_AGENCIES:
        return True
    return any(
        _norm(seg.strip("()[].,;: ")).casefold() in IMAGE_AGENCIES
        for seg in _CHAIN_SPLIT.split(text)
    )


def _position_caption(text: str) -> bool:
    """Whether the text after ``Top:`` / ``Bottom:`` / ``Inset:`` reads as a caption.

    It starts with a capital letter (not a figure: ``Top: 10 tips`` is a
    list's heading), holds at most two sentences and 40 words, and neither
    asks nor announces anything (no ``?``, no final ``:``).

    >>> _position_caption("Protesters outside parliament on Tuesday")
    True
    >>> _position_caption("10 things to do this weekend"), _position_caption("Why now?")
    (False, False)
    """
    return (
        text[:1].isalpha()
        and text[:1].isupper()
        and _words(text) <= 40
        and not text.endswith((":", "?"))
        and "?" not in text
        and _sentence_count(text) <= 2
    )


def _note_credit(rest: str, agencies: frozenset[str]) -> str | None:
    """The credit after an image note (``(Photo: PTI)``, ``| AFP``), ``""`` for none.

    ``None`` when the rest of the line is something else than a credit.

    >>> _note_credit("(Photo: PTI)", AGENCIES), _note_credit("", AGENCIES)
    ('PTI', '')
    >>> _note_credit("The mayor opens the new bridge", AGENCIES) is None
    True
    """
    rest = rest.strip().strip(".")
    if not rest:
        return ""
    if rest[0] in "([" and rest[-1] in ")]":
        inner = rest[1:-1].strip()
        if "(" not in inner and (_paren_credit(inner, agencies) or is_credit(inner, agencies)):
            return credit_text(inner)
        return None
    if is_credit(rest, agencies):
        return _COPYRIGHT.sub("", rest, count=1)
    for pattern in (_CREDIT_LABEL, _PHOTO_BY, _CAPTION_LABEL, _COPYRIGHT):
        m = pattern.match(rest)
        if m is not None:
            name = rest[m.end() :].strip()
            if name and _words(name) <= 8 and (_credit_words_ok(name) or is_credit(name, agencies)):
                return name
            return None
    return None


def classify_line(
    text: str, config: CaptionConfig = _DEFAULT, *, first: bool = False
) -> Verdict | None:
    """Whether one line is a credit or a caption, and which rule says so.

    ``first`` says the line is the document's first (its title): such a line
    is never taken for a caption, only for an explicit credit.

    >>> classify_line("Featured image is from Ann Lee")
    Verdict(rule='featured-image', category='credit', caption='', credit='Ann Lee')
    >>> classify_line("Xi Jinping in Moscow. Photograph: Ann Lee/AP").rule
    'caption-credit'
    >>> classify_line("The summit takes place in Moscow on March 21, 2023.") is None
    True
    """
    if len(text) > 1200:
        return None
    words = text.split()
    n = len(words)
    if not n or n > max(config.max_words, config.max_credited_words, config.max_credit_words):
        return None
    text = " ".join(words)
    if not _may_classify(text):
        return None
    return _classify(text, n, config, first)


# Every verdict needs one of these: a credit's or a caption's punctuation,
# a photo word, an image agency's name, a caption widget's word, "for The"
_MAY_MARK = re.compile(r"[/|):\-–—©ⓒ]|Credit| via | for [Tt]he ")
_MAY_WORD = re.compile(
    "|".join(
        re.escape(w)
        for w in sorted({*_MARKER_HINTS, *IMAGE_AGENCIES, "caption"}, key=len, reverse=True)
    )
)


def _may_classify(text: str) -> bool:
    """A cheap necessary condition for :func:`classify_line` to give a verdict.

    ``text`` has its white space folded. A line that fails it (most lines
    that do not end with a full stop) is no rule's: the property tests check
    this against :func:`_classify`, which does not ask.

    >>> _may_classify("Read more"), _may_classify("Ann Lee/Reuters"), _may_classify("Alamy")
    (False, True, True)
    """
    if text[-1] == "." or text[0] in "([":
        return True
    head = text[:12].lower()
    bare = head.lstrip("([ ")
    if head.startswith(_LABEL_STARTS) or bare.startswith(_LABEL_STARTS + _NOTE_STARTS):
        return True
    return _MAY_MARK.search(text) is not None or _MAY_WORD.search(text.casefold()) is not None


def _classify(text: str, n: int, config: CaptionConfig, first: bool) -> Verdict | None:
    """:func:`classify_line` on a line of ``n`` words, white space folded."""
    if text[0] in "([" and text[-1:] in ")]" and config.credits:
        inner = text[1:-1]
        if "(" not in inner and _paren_credit(inner, config.agencies):
            return Verdict("credit-parenthetical", "credit", credit=credit_text(inner))
    head = text[:12].lower()
    bare = head.lstrip("([ ")
    if head.startswith(_LABEL_STARTS) or bare.startswith(_LABEL_STARTS):
        verdict = _label_verdict(text, config)
        if verdict is not None:
            return verdict
    if config.credits and n <= 12 and is_credit(text, config.agencies, lone=True):
        return Verdict("agency-credit", "credit", credit=_COPYRIGHT.sub("", text, count=1))
    if first:
        return None
    if config.credits and n <= 12:
        other = _other_credit(text, config.agencies)
        if other is not None:
            return other
    if config.labelled:
        if text[0] in "([" and _FILE_NOTE.match(text) is not None:
            return Verdict("image-note", "caption")
        if _CAPTION_WIDGET.match(text) is not None:
            return Verdict("caption-widget", "caption")
    if config.bare and "pictured" in text and _pictured_caption(text, n):
        return Verdict("pictured-caption", "caption", caption=text)
    if config.labelled and bare.startswith(_NOTE_STARTS):
        m = _IMAGE_NOTE.match(text)
        if m is not None:
            credit = _note_credit(m.group("rest"), config.agencies)
            if credit is not None:
                return Verdict("image-note", "caption", credit=credit)
    end = text[-160:]
    if config.credited and (
        "/" in end or ")" in end or ":" in end or "|" in end or "Credit" in end
    ):
        split = split_credit_tail(text, config.agencies)
        if split is not None:
            caption, credit = split
            if (
                caption
                and caption[0].isupper()
                and 3 <= _words(caption) <= config.max_credited_words
                and _sentence_count(caption) <= 4
            ):
                return Verdict("caption-credit", "caption", caption=caption, credit=credit)
    if not config.bare or _BULLET.match(text) is not None:
        return None
    if text[-1] == "." and _photo_caption(text, n, config):
        return Verdict("photo-caption", "caption", caption=text)
    m = _DASH_TAIL.search(text, max(0, len(text) - 64))
    if m is not None and is_credit(m.group("credit"), config.agencies):
        caption = text[: m.start()].rstrip()
        if caption.endswith(".") and is_photo_caption(caption, config):
            return Verdict("caption-credit", "caption", caption=caption, credit=m.group("credit"))
    return None


#: Rules that need the line to be a paragraph of its own.
_STANDALONE_RULES = frozenset({"photo-caption", "caption-credit", "pictured-caption"})

#: A credit that names someone for an outlet: "Ann Lee for The New York Times".
_FOR_OUTLET = regex.compile(r"^(?P<name>\p{Lu}[^/|:]{1,60}?)\s+for\s+(?P<outlet>[Tt]he\s+.{2,60})$")


def _other_credit(text: str, agencies: frozenset[str]) -> Verdict | None:
    """Credit lines of other shapes: ``Express Photo by Ann Lee``, ``Foto ANSA``, ``Foto di
    Ann Lee``, ``via Getty Images``, ``Ann Lee for The New York Times``.

    >>> _other_credit("Express photo by Ann Lee", AGENCIES).credit
    'Ann Lee'
    >>> _other_credit("Foto ANSA", AGENCIES).rule, _other_credit("Foto di gruppo", AGENCIES)
    ('credit-label', None)
    >>> _other_credit("Ann Lee for The New York Times", AGENCIES).rule
    'agency-credit'
    >>> _other_credit("Tickets for the Olympics", AGENCIES) is None
    True
    """
    m = _OUTLET_PHOTO_BY.match(text)
    if m is not None:
        rest = text[m.end() :].strip(" )].")
        if rest and _words(rest) <= 8 and (_credit_words_ok(rest) or is_credit(rest, agencies)):
            return Verdict("photo-by", "credit", credit=rest)
        return None
    m = _FOTO_AGENCY.match(text)
    if m is not None:
        rest = text[m.end() :].strip(" )].")
        if m.group("di") is not None:
            ok = _words(rest) <= 6 and _credit_words_ok(rest)
        else:
            ok = is_credit(rest, agencies)
        return Verdict("credit-label", "credit", credit=rest) if ok and rest else None
    low = text[:4].lower()
    if low == "via " and text[4:].strip(" .").casefold() in IMAGE_AGENCIES:
        return Verdict("agency-credit", "credit", credit=text[4:].strip(" ."))
    if " for " in text:
        m = _FOR_OUTLET.match(text)
        if m is not None:
            name, outlet = m.group("name"), m.group("outlet").strip(" .")
            if (
                outlet.casefold() in agencies
                and _words(name) <= 5
                and _credit_words_ok(name)
                and name.split()[0].casefold() not in _FOR_STARTS
            ):
                return Verdict("agency-credit", "credit", credit=f"{name} for {outlet}")
    return None


# words that start a sentence or a heading, not a photographer's name
_FOR_STARTS = frozenset({"the", "a", "an", "tickets", "vote", "votes", "support", "news"})


def _pictured_caption(text: str, n: int) -> bool:
    """Whether a line is a tabloid's caption built on ``pictured``.

    ``Ann Lee, 34, pictured outside court on Tuesday``, ``The couple pictured
    together in 2019``: a subject of names, ages and a few nouns, then
    ``pictured`` and where or when. A verb in the subject (``Ann Lee was
    pictured ...``), ``pictured,`` in the middle of a sentence (``Lee,
    pictured, was jailed``), speech, quotes or a question make it prose.

    >>> _pictured_caption("Ann Lee, 34, pictured outside court on Tuesday", 7)
    True
    >>> _pictured_caption("Ann Lee was pictured outside court on Tuesday", 7)
    False
    >>> _pictured_caption("Ann Lee, pictured, was jailed for six years", 8)
    False
    """
    if n > 40 or _QUOTES.search(text) or _SPEECH.search(text) or _sentence_count(text) > 1:
        return False
    m = _PICTURED.match(text)
    if m is None:
        return False
    tokens = _TOKEN.findall(m.group("subject"))
    if not tokens or len(tokens) > 20:
        return False
    named = False
    for tok in tokens:
        if tok[0].isupper() or tok[0].isdigit():
            named = named or tok[0].isupper()
            continue
        if tok in {",", "(", ")", "&", "/"}:
            continue
        if tok.lower() not in _SUBJECT_WORDS:
            return False  # "was", "arrived", "the photo shows": not a caption's subject
    return named


def _standalone(
    lines: list[Line], i: int, removed: set[int], agencies: frozenset[str] = AGENCIES
) -> bool:
    """Whether line ``i`` is a paragraph of its own, not part of a wrapped one.

    A line right after one that stops mid-sentence, or right before one
    that goes on in lower case, belongs to a longer paragraph. Lines in
    ``removed`` (credits and captions themselves) and a lone agency's name
    (a caption's credit) do not count.
    """
    if i > 0 and i - 1 not in removed:
        prev = lines[i - 1].text.strip()
        if (
            prev
            and (prev[-1].isalnum() or prev.endswith((",", ";", "-")))
            and not _agency_line(prev, agencies)
        ):
            return False
    if i + 1 < len(lines):
        nxt = lines[i + 1].text.strip()
        if nxt and nxt[0].islower():
            return False
    return True


def _agency_line(text: str, agencies: frozenset[str]) -> bool:
    """Whether a line is only a credit's name or agency (``Reuters``, ``Ann Lee/AP``).

    >>> _agency_line("Reuters", AGENCIES), _agency_line("Talks resumed", AGENCIES)
    (True, False)
    """
    return _words(text) <= 6 and is_credit(text, agencies)


def _record(doc: Document, key: str, value: str) -> None:
    """Append ``value`` to the list ``doc.metadata.extras[key]`` once."""
    value = value.strip()
    if not value:
        return
    bucket = doc.metadata.extras.setdefault(key, [])
    if isinstance(bucket, list) and value not in bucket:
        bucket.append(value)


def _take_labelled_captions(
    lines: list[Line], verdicts: dict[int, Verdict], config: CaptionConfig
) -> None:
    """Add the line after a lone ``Image caption,`` label as that caption.

    The line must read as a caption: it starts with a capital or a digit,
    holds at most :attr:`CaptionConfig.max_credited_words` words and four
    sentences, and is not a bullet.
    """
    for index, verdict in list(verdicts.items()):
        if verdict.rule != "caption-label" or verdict.caption:
            continue
        nxt = next((ln for ln in lines[index + 1 :] if not ln.blank), None)
        if nxt is None or nxt.index in verdicts:
            continue
        text = _norm(nxt.text)
        if (
            (text[0].isupper() or text[0].isdigit())
            and _words(text) <= config.max_credited_words
            and _sentence_count(text) <= 4
            and _BULLET.match(text) is None
        ):
            split = split_credit_tail(text, config.agencies)
            caption, credit = split if split else (text, "")
            verdicts[nxt.index] = Verdict("caption-after-label", "caption", caption, credit)


def _take_widget_captions(lines: list[Line], verdicts: dict[int, Verdict]) -> None:
    """Add the caption above its credit and a ``hide caption`` widget.

    A radio network's page leaves each picture as ``caption`` / ``Ann
    Lee/NPR`` / ``hide caption`` / ``toggle caption`` / ``Ann Lee/NPR``: the
    line above the credit that stands right above the widget (or above the
    same credit twice with two or more blank lines between, once an earlier
    step has removed the widget's words) is the caption, if
    it reads as one (see :func:`_short_caption`).
    """
    filled = [line for line in lines if not line.blank]
    for k in range(2, len(filled) - 1):  # the title is never a caption
        credit = verdicts.get(filled[k].index)
        if credit is None or credit.category != "credit":
            continue
        after = verdicts.get(filled[k + 1].index)
        if after is None:
            continue
        widget = after.rule == "caption-widget" and _norm(filled[k + 1].text).lower().startswith(
            ("hide", "toggle", "close")
        )
        # the same credit twice with the widget's lines blanked between (two or more)
        twice = (
            after.category == "credit"
            and filled[k + 1].index - filled[k].index >= 3
            and _norm(filled[k + 1].text) == _norm(filled[k].text)
        )
        if not (widget or twice):
            continue
        above = filled[k - 1]
        if above.index in verdicts:
            continue
        text = _norm(above.text)
        if _short_caption(text):
            verdicts[above.index] = Verdict("widget-caption", "caption", caption=text)


#: Credit rules whose line may close a caption's paragraph.
_CLOSING_CREDITS = frozenset(
    {"credit-label", "agency-credit", "photo-by", "copyright-credit", "credit-parenthetical"}
)


def _take_captions_before_credits(
    lines: list[Line], verdicts: dict[int, Verdict], title: int
) -> None:
    """Add the caption right above a credit line, in a paragraph of their own.

    A figure's caption and its credit come out of a page as two lines with
    one break between them (``The pier in 1910.`` / ``Credit: Ann Lee/Harbour
    Trust``), with blank lines before and after the pair, while the story's
    paragraphs stand alone. The caption must read as one: see
    :func:`_short_caption`. Nothing is taken where the article separates
    every line with one break (no blank line before the pair). Above a
    tabloid's credit in brackets (``(Image: Getty)``) the caption may lack its
    full stop (see :func:`_tabloid_caption`).
    """
    for index, verdict in list(verdicts.items()):
        if verdict.rule not in _CLOSING_CREDITS:
            continue
        above = index - 1
        if above <= title or above - 1 < 0 or lines[above].blank or above in verdicts:
            continue
        if not lines[above - 1].blank:
            continue
        if index + 1 < len(lines) and not lines[index + 1].blank:
            continue
        text = _norm(lines[above].text)
        bracketed = _BRACKETED_CREDIT.match(_norm(lines[index].text)) is not None
        if _short_caption(text) or (bracketed and _tabloid_caption(text)):
            verdicts[above] = Verdict("caption-before-credit", "caption", caption=text)


# a tabloid's credit line: "(Image: Getty)", "(Picture: PA)", "(Photo: Reach)"
_BRACKETED_CREDIT = regex.compile(r"(?i)^\((?:image|picture|pic|photo)s?\s*:\s*[^()]{1,60}\)$")


def _tabloid_caption(text: str) -> bool:
    """Whether a line without a full stop reads as a tabloid's caption, not a heading.

    Five to 40 words in sentence case (three or more words, and a third of
    them, in lower case), a capital first, no question, no colon at the end,
    no quotation, no speech.

    >>> _tabloid_caption("The victim's family paid tribute to him outside court")
    True
    >>> _tabloid_caption("Rising Costs Hit Local Families"), _tabloid_caption("Why now?")
    (False, False)
    """
    words = text.split()
    if not 5 <= len(words) <= 40 or not text[:1].isupper() or text.endswith((":", "?")):
        return False
    if _BULLET.match(text) or _QUOTES.search(text) or _SPEECH.search(text):
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower >= 3 and lower * 3 >= len(words) - 1 and _sentence_count(text) <= 2


def _short_caption(text: str) -> bool:
    """Whether a line above a credit reads as that photo's caption.

    One or two sentences of 4 to 40 words ending with a full stop, that
    start with a capital letter, quote nobody and speak to nobody, and are
    not an item of a list.

    >>> _short_caption("The new alloy under an electron microscope.")
    True
    >>> _short_caption("“We will rebuild,” the mayor said."), _short_caption("Read more")
    (False, False)
    """
    if not text.endswith(".") or not text[:1].isupper() or not 4 <= _words(text) <= 40:
        return False
    if _BULLET.match(text) or _QUOTES.search(text) or _SPEECH.search(text):
        return False
    return _sentence_count(text) <= 2


def _drop_caption_runs(found: list[tuple[Line, Verdict]], lines: list[Line]) -> None:
    """Forget bare captions that come three or more in a row: that is a list.

    A timeline of present-tense dated events ("Xi visits Moscow on March
    20, 2023.") has the shape of a caption on every line; real captions
    stand between paragraphs of the story.
    """
    by_index = {line.index: verdict for line, verdict in found}
    nonblank = [line.index for line in lines if not line.blank]
    run: list[int] = []
    doomed: set[int] = set()
    for index in [*nonblank, -1]:
        verdict = by_index.get(index)
        if verdict is not None and verdict.rule == "photo-caption":
            run.append(index)
            continue
        if len(run) >= 3:
            doomed.update(run)
        run = []
    if doomed:
        found[:] = [(line, v) for line, v in found if line.index not in doomed]


class CaptionCleaner(Cleaner):
    """Remove photo captions and image-credit lines (whole lines only)."""

    name: ClassVar[str] = "captions"
    Config: ClassVar[type[CaptionConfig]] = CaptionConfig
    # a run of three caption-like lines is kept as a timeline, so removing
    # credits next to captions can change the count: repeat until stable
    rounds: ClassVar[int] = 4
    config: CaptionConfig

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        config = self.config
        lines = split_lines(text)
        verdicts: dict[int, Verdict] = {}
        first = True
        for line in lines:
            if line.blank:
                continue
            verdict = classify_line(line.text, config, first=first)
            if verdict is not None:
                verdicts[line.index] = verdict
            # the title is the first line that is not itself removed (a credit)
            first = first and verdict is not None
        _take_labelled_captions(lines, verdicts, config)
        if config.labelled:
            _take_widget_captions(lines, verdicts)
        if config.labelled:
            title = next(
                (ln.index for ln in lines if not ln.blank and ln.index not in verdicts), -1
            )
            _take_captions_before_credits(lines, verdicts, title)
        # captions must be paragraphs of their own (in order: a line that
        # stays counts for the next one)
        removed = set(verdicts)
        found: list[tuple[Line, Verdict]] = []
        for index, verdict in sorted(verdicts.items()):
            if verdict.rule in _STANDALONE_RULES and not _standalone(
                lines, index, removed, config.agencies
            ):
                removed.discard(index)
                continue
            found.append((lines[index], verdict))
        _drop_caption_runs(found, lines)
        # an agency's name alone right after a caption is that caption's credit
        if config.credits and found:
            captions = {line.index for line, v in found if v.category == "caption"}
            taken = {line.index for line, _ in found}
            previous = -1
            for line in lines:
                if line.blank:
                    continue
                if (
                    previous in captions
                    and line.index not in taken
                    and _agency_line(line.text, config.agencies)
                ):
                    found.append(
                        (line, Verdict("caption-agency", "credit", credit=_norm(line.text)))
                    )
                previous = line.index
            found.sort(key=lambda pair: pair[0].index)
        changes = []
        for line, verdict in found:
            changes.append(line_change(line, verdict.rule, verdict.category))
            if config.record:
                if verdict.caption:
                    _record(doc, "captions", verdict.caption)
                if verdict.credit:
                    _record(doc, "image_credits", verdict.credit)
        return changes
