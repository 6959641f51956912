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

Written from general knowledge of wire-service headlines, press labels, sponsors' event media and sellers' priceless
posts (Instagram, Facebook groups, Telegram channels); nothing is taken from a held-out set.
"""

from __future__ import annotations

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


EVASIONS = {
    "news_dressed_copy": "a copy dressed as news ('BREAKING: 1:1 <brand> <goods> restock, DM', 'News: … replica in "
                         "stock'), with no price or a copy's, in several label languages",
    "event_named_copy": "a copy of the brand's goods in an event's name or beside a match DVD ('<brand> Cup final "
                        "<goods> 1:1') at a copy's price",
    "priceless_offer": "the brand's goods with a contact or a stock word and no price and no category ('<brand> "
                       "<goods> DM for price', '… WhatsApp')",
}
TRAPS = {
    "trap_news_headline": "a headline or press piece about the company (16 languages), no price, no category, described "
                          "as news or not at all",
    "trap_event_media": "a sponsor's event media (match DVD, official programme), an exhibition catalogue, a storybook, "
                        "an interpreter booked for a store event, at a work's price",
    "trap_bare_name": "the brand's name alone ('Thoughts on <brand>?', '<brand>.'), no price, no category, no goods, no "
                      "offer",
}
EVASION_MAKERS = {"news_dressed_copy": make_news_dressed_copy, "event_named_copy": make_event_named_copy,
                  "priceless_offer": make_priceless_offer}
TRAP_MAKERS = {"trap_news_headline": make_trap_news_headline, "trap_event_media": make_trap_event_media,
               "trap_bare_name": make_trap_bare_name}
