"""The adversary's classes of a copy word said of the brand's item where a filter does not look (hiding55, issue 9; the
matcher's reader is services/matcher/core/context/cross_sell.py `said_of_mark`, index._said_of_mark), and their honest
twins:

- `copy_word_on_mark`: a title and a category of other goods (a tea, a garden tool, a bike part, a vest), and the copy
  word bound to the brand's mark where no reader looked: glued to it as a hashtag ("#rolexrep", "#nikedunkreps",
  "#pfizerdupe"), right after it ("our Gillette copy 10.50 USD", "Barbie kopie"), or in the item's own URL slug after it
  (".../item/1234/gillette-fusion5-replica-1-1", the URL path is text too): alert for the brand (evasion);
- `genuine_held_against`: the same titles, and the brand named as the genuine article the goods are held against, with
  a copy word elsewhere in the text: a quoted buyer's review ("“can't tell it from a genuine Apple” – buyer. Mirror
  copy.") or a retail-price anchor ("The Adobe Creative Cloud is 660 USD in store, ours 83.90 USD. 1:1 copy."): alert;
- `trap_fan_tags_genuine`: the brand's genuine goods at a shop's price (genuine.py's trap_new_retail_fair) with a fan's
  hashtags ("#rolexwatch", "#nikerunning") and the item's honest slug (".../rolex-submariner-watch"): quiet (trap);
- `trap_review_genuine`: the same genuine goods with a genuine buyer's review ("“genuine Apple, arrived sealed, exactly
  like the one in the shop” – buyer") or an honest RRP comparison ("RRP 9,800 USD, ours 9,100 USD"), no copy word: quiet
  (trap).

Written from how replica sellers tag and slug their posts on social marketplaces and how they pitch; no held-out
listing's string (after outsider43's c_nbr_url_slug43, c_nbr_hashtags43, c_nbr_review_quote43, c_nbr_price_anchor43).
"""

from __future__ import annotations

import re
import unicodedata

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.genuine import RETAIL, _cap, _floored, _plain_mark, _retail_price

EVASIONS = {
    "copy_word_on_mark": "other goods in the title; a copy word glued to the mark (hashtag), right after it, or in the slug",
    "genuine_held_against": "other goods in the title; the brand as the genuine article in a review or a price anchor, a copy word",
}
TRAPS = {
    "trap_fan_tags_genuine": "the brand's genuine goods at a shop's price with fan hashtags and an honest URL slug",
    "trap_review_genuine": "the brand's genuine goods with a genuine buyer's review or an honest RRP comparison",
}
FEW = {"copy_word_on_mark": 2, "genuine_held_against": 2, "trap_fan_tags_genuine": 1, "trap_review_genuine": 1}

HOSTS = ["https://www.shopmart.example", "https://m.bazaar.example", "https://item.marketplace.example"]
# other goods: (title, category) no demo brand makes
OTHER = [
    ("Loose-leaf green tea 250 g tin", "tea"), ("Garden hand trowel, stainless", "garden tools"),
    ("Bicycle bottle cage, aluminium", "bicycle parts"), ("Quilted gilet vest, navy", "outerwear"),
    ("Cast-iron skillet 26 cm", "cookware"), ("Pack of 50 seed trays", "gardening"),
    ("Ceramic plant pot 20 cm", "home decor"), ("Kids' wooden abacus", "educational toys"),
    ("Enamel camping mug", "camping"), ("Beeswax candle set of 3", "candles"),
]
GLUED = ["rep", "reps", "replica", "dupe", "copy", "1to1", "fake", "clone"]
TAG_LINES = [
    "#{m}{w} #{m}{g}{w2} #sale {p}", "Sale! #{m}{w} #fastshipping", "{p} only. #{m}{g}{w} #{m}{w2} #dm",
    "Promo #{m}{w} – {p}", "Nur heute #{m}{w} #angebot", "Envío rápido #{m}{w} #oferta",
]
BARE = [
    "Retail {r}; our {n} copy {p}.", "Today only: {n} copy {p}, DM.", "Neu: {n} Kopie {p}.",
    "{n} copia {p}, spedizione veloce.", "Limited stock – {n} copy, {p}", "{n} 1:1 copy {p}, ask for pics.",
]
SLUGGED = [
    "Details in the link. {p}", "See link for details, {p}.", "Alle Infos im Link. {p}", "Voir le lien. {p}",
    "Más info en el enlace. {p}",
]
SLUG_WORDS = ["replica-1-1", "rep", "copy", "1to1-replica", "clone-aaa", "fake"]
REVIEWS = [
    "Review: “can't tell it from a genuine {n}” – buyer. Mirror copy, {p}.",
    "“Looks exactly like my real {n}, nobody can tell!” – replica, {p}.",
    "Buyer says: “same as the original {n}”. 1:1 replica, {p}.",
    "Kundenbewertung: „sieht aus wie ein echter {n}“. Replika 1:1, {p}.",
    "Avis client : « comme un vrai {n} ». Réplique 1:1, {p}.",
]
ANCHORS = [
    "The {i} is {r} in store, ours {p}. 1:1 copy.", "{i} retail {r} / yours {p} – top replica.",
    "{i}: RRP {r}, ours {p}. High copy, same box.", "{i} kostet {r} im Laden, unser Preis {p}. Replik 1:1.",
]
FAN_TAGS = ["#{m}watch #{m} #collector", "#{m}running #{m}fan", "#{m}love #{m}style #ootd", "#{m}official #{m}lover",
            "#{m}collection #instagood", "#{m}gram #{m}daily"]
HONEST = ["RRP {r}, ours {p}. Sealed, with the shop's receipt.", "Boxed, unused gift. RRP {r}, asking {p}.",
          "Bought last month, receipt and warranty card. {p}."]
GENUINE_REVIEWS = [
    "Review: “genuine {n}, arrived sealed, exactly like the one in the shop” – buyer.",
    "“Real {n}, checked the serial with the brand, can't tell it from new” – buyer.",
    "Buyer: “bought it as a gift for my brother, a {n} fan, he loves it”.",
    "Kundenbewertung: „echter {n}, versiegelt, schneller Versand“.",
]


def _tag(name: str) -> str:
    """The brand's name as a hashtag writes it: no accents, spaces or marks ("Estée Lauder" -> esteelauder)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]", "", plain)


def _slug(title: str) -> str:
    """A title as a marketplace writes it into the item's URL: lower case, accents kept, every other mark a hyphen."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-")


def _item(b: BrandView, s: Scene) -> str:
    """The brand's name and one of its registry models (else its name alone)."""
    named = [m.name for m in b.models if m.name and b.name.casefold() not in m.name.casefold()]
    return f"{b.name} {s.rng.choice(named)}".strip() if named else b.name


def _money(amount: float) -> str:
    return f"{amount:,.2f} USD" if amount < 100 else f"{amount:,.0f} USD"


def _other(s: Scene) -> tuple[str, str, float]:
    title, category = s.rng.choice(OTHER)
    return title, category, round(s.rng.uniform(6, 60), 2)


def _copy_word_on_mark(b: BrandView, s: Scene) -> Draft | None:
    tag = _tag(b.name)
    if len(tag) < 3:
        return None
    title, category, price = _other(s)
    p, r = _money(price), _money(price * s.rng.uniform(4, 12))
    how = s.rng.randrange(3)
    if how == 0:
        goods = s.rng.choice(["", "bag", "watch", "shoes", "kit", "set"])
        text = s.rng.choice(TAG_LINES).format(m=tag, w=s.rng.choice(GLUED), w2=s.rng.choice(GLUED), g=goods, p=p)
        return Draft(title, category, (price, "USD"), text)
    if how == 1:
        return Draft(title, category, (price, "USD"), s.rng.choice(BARE).format(n=b.name, p=p, r=r))
    draft = Draft(title, category, (price, "USD"), s.rng.choice(SLUGGED).format(p=p))
    draft.url = f"{s.rng.choice(HOSTS)}/item/{s.rng.randrange(10**9)}/{_slug(_item(b, s))}-{s.rng.choice(SLUG_WORDS)}"
    return draft


def _genuine_held_against(b: BrandView, s: Scene) -> Draft | None:
    title, category, price = _other(s)
    p, r = _money(price), _money(price * s.rng.uniform(4, 12))
    if s.rng.random() < 0.5:
        return Draft(title, category, (price, "USD"), s.rng.choice(REVIEWS).format(n=b.name, p=p))
    return Draft(title, category, (price, "USD"), s.rng.choice(ANCHORS).format(i=_item(b, s), p=p, r=r))


def _genuine_goods(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str], str] | None:
    """(title, category, price, the shop's description) of a new genuine item as genuine.py's trap_new_retail_fair
    draws it: the mark plainly in the title, at or above the floor, in a shop's words."""
    cat = _floored(b, s, {c for c in b.categories if "prescription" not in c})
    if cat is None:
        return None
    _lang, title, desc = s.rng.choice(RETAIL)
    m, p = _plain_mark(b, s), s.product(cat)
    return _cap(title.format(m=m, p=p)), cat, _retail_price(b, s, cat, m, p), desc


def _fan_tags_genuine(b: BrandView, s: Scene) -> Draft | None:
    tag, goods = _tag(b.name), _genuine_goods(b, s)
    if len(tag) < 3 or goods is None:
        return None
    title, category, (amount, currency), desc = goods
    text = f"{desc} {s.rng.choice(FAN_TAGS).format(m=tag)}"
    draft = Draft(title, category, (amount, currency), text)
    draft.url = f"{s.rng.choice(HOSTS)}/item/{s.rng.randrange(10**9)}/{_slug(title)}"
    return draft


def _review_genuine(b: BrandView, s: Scene) -> Draft | None:
    goods = _genuine_goods(b, s)
    if goods is None:
        return None
    title, category, (amount, currency), desc = goods
    said = s.rng.choice(GENUINE_REVIEWS + HONEST).format(n=b.name, p=f"{amount:,.0f} {currency}",
                                                         r=f"{amount * s.rng.uniform(1.05, 1.3):,.0f} {currency}")
    return Draft(title, category, (amount, currency), f"{desc} {said}")


EVASION_MAKERS = {"copy_word_on_mark": _copy_word_on_mark, "genuine_held_against": _genuine_held_against}
TRAP_MAKERS = {"trap_fan_tags_genuine": _fan_tags_genuine, "trap_review_genuine": _review_genuine}
