"""The adversary's classes of listings that mention the brand and offer none of its goods (news32, issue 9), and the
copies that borrow their frames.

- A headline or press piece about the company, with no price and no category, in many languages ("Rolex opens new
  flagship store in Milan", "News: Nike reports quarterly results", "Pressemitteilung: Bose eröffnet neue Filiale",
  "Новости: Adidas открывает новый магазин"), described as news or not at all: quiet (trap `trap_news_headline`).
- Media of an event named after the brand as a sponsor (a match DVD with commentary, a tournament's official programme),
  an exhibition's catalogue, a storybook with its licensed characters, an interpreter booked for its store event, at a
  work's price, filed among the brand's goods or nowhere: quiet (trap `trap_event_media`).
- The brand's name alone, no price, no category, no goods, no offer ("Thoughts on Rolex?", "Nike."): quiet (trap
  `trap_bare_name`: mentions.py's rule for a listing that offers nothing).
- A copy dressed as news ("BREAKING: 1:1 Rolex Submariner restock, DM", "News: Nike sneakers replica in stock"), with
  or without a price: alerts (evasion `news_dressed_copy`).
- A copy in an event's name or beside a match DVD ("Nike Cup final sneakers AAA", "Match DVD + Nike Cup final boots
  1:1") at a copy's price: alerts (evasion `event_named_copy`).
- A counterfeiter's priceless post: the goods and a contact or a stock word, no price, no category ("Gucci belts in
  stock, WhatsApp", "Rolex watches, DM for price"): alerts (evasion `priceless_offer`).

(seized33) Reports of seized fakes, and works about a brand's mascot or song:
- A news item reporting a seizure, a raid, a destruction or a trial of counterfeits of the brand ("News: customs seize
  3,000 fake <brand> <goods> at the port", "Zoll beschlagnahmt gefälschte …", "海关查获假冒…"), no price, filed under
  news or nowhere: quiet (trap `trap_seizure_news`): its copy words are reported, not claimed.
- A comic, a graphic novel, an annual or manga about the brand's mascot or characters filed among books, and a record,
  sheet music or a songbook whose song title names the brand (spelled letter by letter too) filed among music, at a
  work's price: quiet (trap `trap_comic_record`).
- A seller's seizure story with a copy's grade or an offer ("Customs seized lot, <brand> <goods> 1:1 replicas, DM"),
  priced or not, and a copy filed among comics or records ("<brand> <goods> 1:1" under vinyl): alerts (evasion
  `seized_story_copy`).

Written from general knowledge of wire-service headlines, press labels, sponsors' event media and sellers' priceless
posts (Instagram, Facebook groups, Telegram channels); nothing is taken from a held-out set.
"""

from __future__ import annotations

from services.matcher.core.context.mentions import offer_word
from tests.eval.adversary.generate import BrandView, Draft, Scene

_CITIES = ["Milan", "Tokyo", "Dubai", "Lagos", "São Paulo", "Seoul", "Jakarta", "Warsaw", "Istanbul", "Hanoi"]
_HEADLINES = [
    "{b} opens new flagship store in {city}", "News: {b} reports quarterly results", "{b} recalls a batch of {p}",
    "BREAKING – {b} announces new CEO", "{b} posts record profit, shares jump", "{b} to open 40 stores in {city}",
    "{b} unveils sustainability plan", "Press release: {b} partners with {city} museum",
    "Pressemitteilung: {b} eröffnet neue Filiale in {city}", "{b} meldet Quartalszahlen",
    "{b} annonce ses résultats trimestriels", "Actualité : {b} ouvre une boutique à {city}",
    "Noticia: {b} anuncia resultados trimestrales", "{b} abre nueva tienda en {city}",
    "Notizia: {b} apre un nuovo negozio a {city}", "{b} annuncia risultati trimestrali",
    "Notícia: {b} anuncia resultados trimestrais", "Wiadomości: {b} otwiera nowy sklep w {city}",
    "Новости: {b} открывает новый магазин", "Son dakika: {b} yeni mağaza açtı", "Berita: {b} mengumumkan laba bersih",
    "Tin tức: {b} công bố kết quả kinh doanh", "【新闻】{b}宣布季度业绩", "{b}、{city}に新店舗を開店", "속보: {b} 분기 실적 발표",
]
_NEWS_DESCRIPTIONS = ["", "", "News item.", "Press article, no sale.", "Nur zur Information.", "Article de presse.",
                      "For information only.", "新闻稿", "Press release text."]
_EVENT_MEDIA = [
    ("Match DVD – full commentary, {b} Cup final", "Official broadcast."),
    ("{b} Open – official programme, day 3", "Souvenir programme, 48 pages."),
    ("Exhibition catalogue: {b} – 100 years", "Catalogue, hardcover."),
    ("Bedtime stories with {b} characters", "Picture book, 32 pages."),
    ("ASL interpreter booked for the {b} store event", "Certified interpreter, hourly rate."),
    ("{b} Classic – match highlights DVD", "Region free."),
    ("Ausstellungskatalog: {b} – 100 Jahre", "Gebunden."),
    ("Catalogue d'exposition {b}, 1920-2020", "Broché."),
    ("{b} Cup – programa oficial del partido", ""),
    ("Gebärdendolmetscher für das {b} Store-Event", "Stundensatz."),
]
_BARE = ["{b}", "{b}.", "Thoughts on {b}?", "{b} – anyone?", "#{b}", "Who remembers {b}?"]
_COPY = ["1:1", "replica", "super copy", "mirror quality", "fake", "UA batch", "复刻"]  # not "AAA": a battery's size too
_CONTACT = ["DM for price", "WhatsApp", "in stock, DM", "order via Telegram", "WeChat for catalogue", "PM me", "restock, DM"]


def _cat(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors]
    return s.rng.choice(cats) if cats else None


def make_trap_news_headline(b: BrandView, s: Scene) -> Draft | None:
    cat = _cat(b, s)
    product = s.product(cat) if cat else "products"
    title = s.rng.choice(_HEADLINES).format(b=b.name, city=s.rng.choice(_CITIES), p=product)
    return Draft(title, None, None, s.rng.choice(_NEWS_DESCRIPTIONS))


def make_trap_event_media(b: BrandView, s: Scene) -> Draft | None:
    cat = _cat(b, s)
    title, desc = s.rng.choice(_EVENT_MEDIA)
    price = (round(s.rng.uniform(8, 45), 2), "USD")
    return Draft(title.format(b=b.name), cat if cat and s.rng.random() < 0.5 else None, price, desc)


def make_trap_bare_name(b: BrandView, s: Scene) -> Draft | None:
    return Draft(s.rng.choice(_BARE).format(b=b.name), None, None, "")


def make_news_dressed_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _cat(b, s)) is None:
        return None
    product, cue = s.product(cat), s.rng.choice(_COPY)
    label = s.rng.choice(["BREAKING:", "News:", "Press release –", "Новости:", "Noticia:", "Pressemitteilung:"])
    title = s.rng.choice([f"{label} {cue} {b.name} {product} restock, DM", f"{label} {b.name} {product} {cue} in stock",
                          f"{label} {b.name} recalls nothing – our {cue} {product} ships today"])
    price = None if s.rng.random() < 0.5 else s.price(cat, low=True)
    return Draft(title, cat if price else None, price, "")


def make_event_named_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _cat(b, s)) is None:
        return None
    product, cue = s.product(cat), s.rng.choice(_COPY)
    title = s.rng.choice([f"{b.name} Cup final {product} {cue}", f"Match DVD + {b.name} Cup final {product} {cue}",
                          f"{b.name} Open {product}, {cue} quality", f"Exhibition edition {b.name} {product} {cue}"])
    return Draft(title, cat, s.price(cat, low=True), "")


def plain_name(b: BrandView) -> bool:
    """The brand's name is registered as a mark that is no everyday word (an everyday-word mark, Apple or Coach, needs
    a category or a price to corroborate it anywhere: scoring.is_corroborated)."""
    return any(m.value == b.name and not m.everyday for m in b.marks)


def make_priceless_offer(b: BrandView, s: Scene) -> Draft | None:
    if not plain_name(b) or (cat := _cat(b, s)) is None:
        return None
    product = s.product(cat)
    return Draft(f"{b.name} {product} {s.rng.choice(_CONTACT)}", None, None, "")


_SEIZURES = [
    ("News: customs seize 3,000 fake {b} {p} at the port", "Officers said the counterfeit {b} goods were destroyed."),
    ("Customs seize fake {b} {p} at {city} airport", ""), ("Fake {b} {p} seized in dawn raid in {city}", "News item."),
    ("Police raid warehouse in {city}, counterfeit {b} {p} confiscated", ""),
    ("Court: trader jailed over counterfeit {b} {p}", ""),
    ("Zoll beschlagnahmt gefälschte {b} {p} im Hafen", "Die Fälschungen wurden vernichtet."),
    ("La douane saisit 2 000 contrefaçons {b} à {city}", ""), ("Noticia: incautan 5.000 {p} falsos de {b}", ""),
    ("Guardia di Finanza: sequestrati 800 {p} {b} contraffatti", ""), ("Polícia apreende {p} {b} falsificados", ""),
    ("Wiadomości: zajęto podróbki {b} w {city}", ""), ("Sahte {b} ürünleri ele geçirildi", ""),
    ("Bea Cukai menyita {p} {b} palsu", ""), ("Таможня изъяли поддельные {b}", ""), ("海关查获假冒{b}产品3000件", ""),
    ("偽{b}製品を押収", ""), ("가짜 {b} 제품 압수", ""),
]
_COMICS = ["{b}: 100 years of the mascot – comic album", "{b} Christmas comic strip collection", "{b} comic annual 1992",
           "{b} graphic novel vol. 3", "{b} manga adventures", "{b} – bande dessinée, tome 2", "{b} Comicheft Nr. 4",
           "{b} fumetto n. 12", "{b} 漫画 第1巻", "{b} 만화책", "Комикс {b}"]
_RECORDS = ['Band – {b} Song, 7" vinyl single, 1997', "Band – My {b} 12\" single", "{b} Gang, sheet music",
            "Band – {b} (piano/vocal) songbook", "Band – {b}, LP", "Band – {b} CD single", "{b} – Noten für Klavier"]


def _spelled(name: str) -> str:
    return ".".join(name.upper()) + "." if name.isalpha() and name.isascii() and 3 <= len(name) <= 8 else name


def make_trap_seizure_news(b: BrandView, s: Scene) -> Draft | None:
    cat = _cat(b, s)
    title, desc = s.rng.choice(_SEIZURES)
    product = s.product(cat) if cat else "goods"
    if offer_word(product) is not None:
        product = "goods"  # "size 5", "pair": words of an offer (mentions.OFFER), which no news item holds
    return Draft(title.format(b=b.name, p=product, city=s.rng.choice(_CITIES)), "news" if s.rng.random() < 0.5 else None,
                 None, desc.format(b=b.name))


def make_trap_comic_record(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:
        return Draft(s.rng.choice(_COMICS).format(b=b.name), "books", (round(s.rng.uniform(5, 60), 2), "USD"),
                     "Collector's copy, bagged and boarded.")
    name = _spelled(b.name) if s.rng.random() < 0.3 else b.name
    return Draft(s.rng.choice(_RECORDS).format(b=name), "music", (round(s.rng.uniform(5, 60), 2), "USD"),
                 "Used, plays well, sleeve with light wear.")


def make_seized_story_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _cat(b, s)) is None:
        return None
    product, cue = s.product(cat), s.rng.choice(["1:1", "replica", "super copy", "mirror quality", "1:1 replicas"])
    kind = s.rng.randrange(3)
    if kind == 0:
        title = s.rng.choice([f"Customs seized lot, {b.name} {product} {cue}, DM", f"{b.name} {product} {cue}, customs seized stock",
                              f"News: {b.name} {product} seized stock, {cue}, WhatsApp"])
        price = None if s.rng.random() < 0.5 else s.price(cat, low=True)
        return Draft(title, cat if price else None, price, "Seized stock, ships worldwide.")
    cue = s.rng.choice(["1:1", "1:1 replica", "super copy 1:1", "1:1 mirror quality"])  # the trade's own words
    if kind == 1:
        return Draft(f"{b.name} {product} {cue}", s.rng.choice(["vinyl", "music", "records"]), s.price(cat, low=True), "")
    return Draft(s.rng.choice([f"{b.name} comic print {product} {cue}", f"{b.name} manga {product} {cue}"]),
                 s.rng.choice(["books", "comics"]), s.price(cat, low=True), "")


EVASIONS = {
    "news_dressed_copy": "a copy dressed as news ('BREAKING: 1:1 <brand> <goods> restock, DM', 'News: … replica in "
                         "stock'), with no price or a copy's, in several label languages",
    "event_named_copy": "a copy of the brand's goods in an event's name or beside a match DVD ('<brand> Cup final "
                        "<goods> 1:1') at a copy's price",
    "priceless_offer": "the brand's goods with a contact or a stock word and no price and no category ('<brand> "
                       "<goods> DM for price', '… WhatsApp')",
    "seized_story_copy": "a seller's seizure story with a copy's grade and an offer ('Customs seized lot, <brand> <goods> "
                         "1:1, DM'), or a copy filed among records or comics, at a copy's price",
}
TRAPS = {
    "trap_news_headline": "a headline or press piece about the company (16 languages), no price, no category, described "
                          "as news or not at all",
    "trap_event_media": "a sponsor's event media (match DVD, official programme), an exhibition catalogue, a storybook, "
                        "an interpreter booked for a store event, at a work's price",
    "trap_bare_name": "the brand's name alone ('Thoughts on <brand>?', '<brand>.'), no price, no category, no goods, no "
                      "offer",
    "trap_seizure_news": "a news item reporting a seizure, a raid or a trial of counterfeits of the brand (13 languages), "
                         "no price, filed under news or nowhere",
    "trap_comic_record": "a comic, graphic novel, annual or manga about the brand's mascot among books, or a record, sheet "
                         "music or songbook whose song title names the brand (spelled out too) among music",
}
EVASION_MAKERS = {"news_dressed_copy": make_news_dressed_copy, "event_named_copy": make_event_named_copy,
                  "priceless_offer": make_priceless_offer, "seized_story_copy": make_seized_story_copy}
TRAP_MAKERS = {"trap_news_headline": make_trap_news_headline, "trap_event_media": make_trap_event_media,
               "trap_bare_name": make_trap_bare_name, "trap_seizure_news": make_trap_seizure_news,
               "trap_comic_record": make_trap_comic_record}
