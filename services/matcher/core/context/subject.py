"""The brand as the subject of what is sold: a work about it or a service on it, not its product.

Also (detect-words): a rental or hire of its goods priced by the day, a service that uses them ("airport transfer in
our Land Cruiser"), a scale model, miniature or prop of them ("1:18 die-cast"), and a buyer's wanted post that sells
nothing ("WTB", "Looking for", 求购, at the start of the title). The words: how rental shops, service providers,
model makers and buyers' "wanted" boards word their titles, in English and the languages of phrasebook.py, written
for BrandSentry from general knowledge (eBay "Wanted" posts, Reddit "WTB" tags, rental-marketplace listings).

"The Rolex Book: history of the Submariner, hardcover", "Haynes workshop manual Honda CBR600",
"Canon EOS photography course", "Rolex watch repair and servicing", "Louis Vuitton bag
authentication service", "iPhone screen repair service": the listing sells a book, a magazine, a
course or a service, and names the brand because it is about the brand's goods. Its marks then need
corroboration as far from the brand's goods do (judge.py, rule `subject`): a counterfeit cue together
with a price below a brand-wide floor; a model number or an image still count, and so does a copy cue
anywhere in the listing ("Rolex Submariner 1:1 replica, with book and box" is the watch: a work noun
after "with", "+", "and", "includes" is part of a bundle, not what is sold).

The nouns: the commonest words marketplaces list works and services under (books, magazines, manuals,
courses, repair, servicing, authentication, appraisal, cleaning, restoration), in English and in the
languages of phrasebook.py, written for BrandSentry from general knowledge of those marketplaces'
category names (Amazon Books, eBay "Books & Magazines", "Services"; Mercado Libre "Libros", "Servicios";
Ozon "Книги"; Taobao 图书, 维修, 鉴定). A "book" of a bundle, a "guide" rail, a "manual" transmission:
only a noun in the part of the title that says what is sold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import latin_text

# Works: what is sold is a text, a recording or teaching about the brand's goods.
WORK_NOUNS = (
    "book", "books", "hardcover", "hardback", "paperback", "ebook", "e-book", "audiobook", "coffee table book",
    "biography", "autobiography", "memoir", "magazine", "magazines", "back issue", "catalogue raisonne",
    "workshop manual", "service manual", "repair manual", "owner's manual", "owners manual", "user manual",
    "haynes", "chilton", "buyer's guide", "buyers guide", "collector's guide", "collectors guide", "price guide",
    "field guide", "reference guide", "guidebook", "online course", "video course", "photography course",
    "course for beginners", "beginners course", "masterclass", "master class", "tutorial", "tutorials",
    "video lessons", "online lessons", "training course", "certification course", "webinar",
    "seminar", "documentary", "dvd documentary", "isbn", "photo book", "art book", "history of", "the story of",
    "encyclopedia", "almanac", "yearbook", "pages", "guide to", "a guide", "collector's guide to",
    # other languages
    "libro", "libros", "revista", "revistas", "manual de taller", "curso", "cursos", "livro", "livros", "livre",
    "livres", "buch", "bücher", "zeitschrift", "reparaturanleitung",
    "werkstatthandbuch", "kurs", "schulung", "rivista", "corso", "boek", "tijdschrift", "cursus", "książka",
    "kurs", "книга", "книги", "журнал", "курс", "руководство по ремонту", "kitap", "dergi", "kurs",
)
WORK_WIDE = ("图书", "书籍", "杂志", "画册", "教程", "课程", "维修手册", "圖書", "書籍", "雜誌", "教程", "課程",
             "本", "ムック", "雑誌", "書籍", "講座", "책", "잡지", "강의")
WORK_WIDE = tuple(w for w in WORK_WIDE if len(w) > 1)  # one character is too often part of another word

# Services: what is sold is work done on the brand's goods (or a check of them), not the goods.
SERVICE_NOUNS = (
    "repair service", "repair services", "repair shop", "screen repair", "watch repair", "phone repair", "repairing",
    "servicing", "service and repair", "overhaul",
    "full service", "watch service", "authentication", "authentication service", "authenticity check",
    "legit check", "appraisal", "valuation", "cleaning service", "deep cleaning", "restoration service", "refurbishment service",
    "installation service", "fitting service", "unlock service", "unlocking service", "diagnostic service",
    "diagnostics", "consultation", "tuning service", "rental",
    "reparación", "reparacion", "servicio técnico", "servicio tecnico", "autenticación", "tasación", "réparation",
    "reparation", "révision", "authentification", "reparatur", "wartung",
    "echtheitsprüfung", "riparazione", "revisione", "autenticazione", "reparatie", "naprawa", "serwis", "ремонт",
    "обслуживание", "аутентификация", "tamir", "onarım", "servis",
)
SERVICE_WIDE = ("维修", "維修", "保养", "保養", "鉴定", "鑑定", "修理", "オーバーホール", "真贋鑑定", "수리")

# Rentals: what is sold is the use of the brand's genuine goods for a time, priced by the day or week (a per-day
# price says nothing about the goods' floor).
RENTAL_NOUNS = (
    "for rent", "to rent", "rent a", "rent", "rental", "rentals", "for hire", "hire", "per day", "per night",
    "per week", "per weekend", "daily rate", "weekly rate", "day rate", "alquiler", "se alquila", "por día", "por dia",
    "à louer", "a louer", "par jour", "location de", "zu vermieten", "miete", "mieten", "vermietung", "pro tag",
    "noleggio", "a noleggio", "al giorno", "aluguel", "aluga-se", "por diária", "huur", "te huur", "verhuur",
    "per dag", "wynajem", "аренда", "прокат", "kiralık", "kiralama",
)
RENTAL_WIDE = ("租赁", "出租", "租借", "日租", "レンタル", "대여", "렌탈")
# Services that use the brand's goods and say so: a transfer in a Land Cruiser, a blow-dry with a Dyson, a photo
# session with a Canon camera.
USING_NOUNS = (
    "airport transfer", "transfer service", "chauffeur", "chauffeur service", "taxi service", "limo service", "guided tour",
    "photo session", "photography session", "photo shoot", "photoshoot", "wedding photography", "blow dry",
    "blow-dry", "blowout", "salon blow dry", "salon service", "hair appointment", "styling appointment", "dj service",
    "event hire", "cooking class", "golf lesson", "golf lessons", "tennis lesson", "tennis lessons", "driving lesson",
    "driving lessons", "catering service", "traslado",
    "sesión de fotos", "peluquería", "séance photo", "coiffeur", "fotoshooting", "friseur", "servizio fotografico",
    "parrucchiere", "трансфер", "фотосессия",
)
# ("display model" is not here: in retail it is the shop's demo unit, a real product.)
# Scale models, miniatures and props: what is sold depicts the brand's goods (a 1:18 die-cast car, a museum or movie
# prop replica), it is not them; a brand that sells such models itself (die-cast cars, model kits) is exempt.
MODEL_NOUNS = (
    "scale model", "scale models", "die-cast", "diecast", "die cast", "model kit", "model kits", "model car",
    "model cars", "miniature", "miniatures", "prop replica", "movie prop", "film prop", "dummy model",
    "statue", "statues", "figurine", "figurines",
    "modellauto", "maqueta", "miniatura", "modellino", "масштабная модель", "модель 1",
)
MODEL_WIDE = ("合金模型", "比例模型", "车模", "車模", "模型车", "ミニカー", "模型")
# A buyer's post: nothing is sold (at the start of the title).
_WANTED = re.compile(r"^\W*(?:wtb|want to buy|wanted|looking for|iso|in search of|searching for|buying|we buy|will buy|"
                     r"paying cash for|suche|gesucht|ich suche|busco|compro|cherche|recherche|je cherche|cerco|procuro|"
                     r"zoek|szukam|ищу|куплю|satın alınır)(?=[\s:]|$)(?![\s:]*\d)")  # not "WTB-0516", "ISO 9001"
_WANTED_WIDE = ("求购", "求收", "收购", "求一个", "買います", "買取", "구합니다", "삽니다", "구매합니다")

# Where the thing sold ends and a bundle begins: "with book and box", "+ manual", "includes guide".
_BUNDLE = re.compile(r"(?:(?<![a-z0-9])(?:with|w/|plus|incl|includes|including|comes with)|(?<=\s)[+&])[^a-z0-9]*"
                     r"(?:(?:a|an|the|free|original|user|instruction|printed|full|lifetime|\d+ years?)[^a-z0-9]+)*$")


def _pattern(words: tuple[str, ...]) -> re.Pattern:
    latin = sorted({" ".join(re.findall(r"[a-z0-9']+", latin_text(w))) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(r'[^a-z0-9]+'.join(map(re.escape, w.split())) for w in latin if w)})"
                      r"(?![a-z0-9])")


_WORKS = _pattern(WORK_NOUNS)
_SERVICES = _pattern(SERVICE_NOUNS)
_RENTALS = _pattern(RENTAL_NOUNS)
_USING = _pattern(USING_NOUNS)
_MODELS = re.compile(_pattern(MODEL_NOUNS).pattern + r"|(?<![0-9.])1 ?[:/] ?(?:6|8|10|12|18|24|32|35|43|48|64|72|87|144)(?![0-9])")
_SCALES = frozenset("6 8 10 12 18 24 32 35 43 48 64 72 87 144".split())  # the scales' last words, for ANCHORS
# the last word of every Latin noun: a title holding none of them is no work or service (one set test)
ANCHORS = frozenset(re.findall(r"[a-z0-9']+", latin_text(w))[-1] for w in WORK_NOUNS + SERVICE_NOUNS + RENTAL_NOUNS
                    + USING_NOUNS + MODEL_NOUNS if re.findall(r"[a-z0-9']+", latin_text(w))) | _SCALES
_WIDE = WORK_WIDE + SERVICE_WIDE + RENTAL_WIDE + MODEL_WIDE + _WANTED_WIDE
# kind -> how the listing relates to the brand's goods (judge.py's notes: "the listing sells a rental of …")
ABOUT = {"a work": "a work about", "a service": "a service on", "a rental": "a rental of", "a service using":
         "a service using", "a scale model": "a model or prop of", "a wanted post": "nothing: a wanted post for"}


@dataclass(frozen=True, slots=True)
class Subject:
    """What the listing sells instead of the brand's product."""

    kind: str  # "a work", "a service", "a rental", "a service using", "a scale model" or "a wanted post"
    noun: str  # the word that says so, as written
    where: str  # "title" or "category"

    @property
    def about(self) -> str:
        """How the listing relates to the brand's goods: "a work about", "a rental of" (ABOUT)."""
        return ABOUT[self.kind]


def subject_of(title: str, words: frozenset[str] | None = None, skip: frozenset[str] = frozenset()) -> Subject | None:
    """The work or service a listing sells, from its title (a noun not inside a bundle part); None when the
    listing sells goods. A category of works alone says nothing here (a counterfeit filed under books is
    category_distance's). Pure; with `words` a set test for a title without such nouns; `skip`: kinds not to look for."""
    latin = latin_text(title).lower()
    if "a wanted post" not in skip:
        if (m := _WANTED.match(latin)) is not None:
            return Subject("a wanted post", m.group(0).strip(" :-"), "title")
        if not title.isascii() and (w := next((w for w in _WANTED_WIDE if title.lstrip().startswith(w)), None)):
            return Subject("a wanted post", w, "title")
    if words is not None and ANCHORS.isdisjoint(words) and (title.isascii() or not any(w in title for w in _WIDE)):
        return None  # `words`: the latin words of the listing (normalise.ListingText.latin_words), a superset
    for kind, regex, wide in (("a work", _WORKS, WORK_WIDE), ("a service", _SERVICES, SERVICE_WIDE),
                              ("a rental", _RENTALS, RENTAL_WIDE), ("a scale model", _MODELS, MODEL_WIDE),
                              ("a service using", _USING, ())):
        if kind in skip:
            continue
        for m in regex.finditer(latin):
            if not _BUNDLE.search(latin[max(0, m.start() - 40):m.start()]):
                return Subject(kind, m.group(0), "title")
        for w in wide:
            if w in title:
                return Subject(kind, w, "title")
    return None
