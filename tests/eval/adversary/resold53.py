"""The adversary's classes of genuine goods resold through channels and in languages the matcher read as copies, and the
copies that borrow the same words (fresh53a, issue 9):

- an owner's resale of used genuine goods in Swahili, Nigerian Pidgin, Hausa, Amharic, Hindi, Bengali, Tamil or Urdu:
  the local words for "original", "used" and "with the shop's receipt" (risiti, rasiti, ደረሰኝ, बिल/रसीद, রশিদ, ரசீது,
  رسید) at a used price (45-90 % of the floor): quiet (trap). The same market's copy words (copy ya kwanza, first
  grade copy, ኮፒ, फर्स्ट कॉपी, মাস্টার কপি, காப்பி, فرسٹ کاپی) at a copy's price (5-30 %): alert (evasion);
- a liquidation lot of a retailer's customer returns or shelf pulls with its manifest, 5-20 units at 30-55 % of a
  unit's floor each: quiet (trap); the same lot words around "AAA replicas" or "1:1 copies": alert (evasion);
- a genuine item bundled with extras the seller calls unbranded (a case, a screen protector, a strap, a pouch; "+ free
  case") at a shop's price (90-130 %): quiet (trap); the goods themselves called unbranded, with the same free case, at
  a copy's price (5-30 %): alert (evasion);
- a moving sale whose owner says the goods were "bought new" (now used) at 40-90 %: quiet (trap); the same words at a
  price no used item sells for (3-14 %): alert (evasion);
- an engraver's service on the customer's own item ("Engraving on your {goods}", "laser engraving service for your
  {goods}") at a service's price (USD 15-60): quiet (trap); a copy offered with the engraving ("replica 1:1 + free
  engraving", "{brand} engraving on the clasp, mirror quality") at a copy's price: alert (evasion).

Written from general knowledge of how private sellers word a resale on Jiji, Kilimall, Jumia, Daraz, OLX, Flipkart and
Facebook Marketplace, how liquidators (B-Stock, Direct Liquidation) title returns lots, and how engravers title their
work on Etsy and Carousell; the words and sentences are this module's own, no held-out listing's string (after
outsider41's innocent classes, scored on base53).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_used_receipt_local53": "used genuine goods said to be original with the shop's receipt in Swahili, Pidgin, "
                                 "Hausa, Amharic, Hindi, Bengali, Tamil or Urdu at 45-90 % of the floor",
    "trap_returns_lot53": "a liquidation lot of a retailer's customer returns or shelf pulls with its manifest, 5-20 "
                          "units at 30-55 % of a unit's floor each",
    "trap_unbranded_extras53": "a genuine item with a free case, screen protector, strap or pouch the seller calls "
                               "unbranded, at 90-130 % of the floor",
    "trap_moving_bought_new53": "a moving sale of goods the owner 'bought new' and used, at 40-90 % of the floor",
    "trap_engraving_service53": "an engraver's service on the customer's own item of the brand at USD 15-60",
}
EVASIONS = {
    "used_local_copy53": "the same markets' copy words (copy ya kwanza, first grade copy, ኮፒ, फर्स्ट कॉपी, মাস্টার "
                         "কপি, காப்பி, فرسٹ کاپی) at 5-30 % of the floor",
    "returns_lot_copies53": "a returns or liquidation lot of the brand's goods called AAA replicas or 1:1 copies",
    "unbranded_goods_copy53": "the goods themselves called unbranded, with a free case, at 5-30 % of the floor",
    "moving_bought_new_copy53": "a moving sale of goods 'bought new' at 3-14 % of the floor",
    "engraving_on_copy53": "a copy offered with engraving at a copy's price",
}
# one listing a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 1)

# (title word for "original", description of a used item with the shop's receipt, title copy word, description of a
# copy) per market language
LOCAL = [
    ("original kabisa", "Imetumika miezi michache, bado iko safi. Ina risiti ya duka. Bei ya maelewano.",
     "copy ya kwanza", "Ni copy ya kwanza, si original. Bei poa sana."),
    ("original, tokunbo", "Fairly used, e still dey work well. Receipt dey from the shop. Serious buyers only.",
     "first grade copy", "Na first grade copy o, e no be original. Price dey cheap."),
    ("na asali", "An yi amfani da shi na 'yan watanni. Akwai rasiti daga shago.",
     "copy", "Copy ne mai kyau, ba na asali ba. Farashi mai sauki."),
    ("ኦሪጅናል", "ለጥቂት ወራት ያገለገለ ፣ የሱቅ ደረሰኝ አለው።", "ኮፒ", "ኮፒ ነው ፣ ዋጋው ርካሽ ነው።"),
    ("असली", "कुछ महीने इस्तेमाल किया हुआ, दुकान के पक्के बिल के साथ। रसीद भी है।", "फर्स्ट कॉपी",
     "फर्स्ट कॉपी, हूबहू ओरिजिनल जैसा। सस्ता दाम।"),
    ("অরিজিনাল", "কয়েক মাস অল্প ব্যবহৃত, দোকানের রশিদ আছে।", "মাস্টার কপি", "মাস্টার কপি, দেখতে আসলের মতো। দাম কম।"),
    ("ஒரிஜினல்", "சில மாதங்கள் பயன்படுத்திய பொருள், கடை ரசீது உள்ளது.", "காப்பி", "இது காப்பி மாடல், ஒரிஜினல் இல்லை. விலை குறைவு."),
    ("اصلی", "چند ماہ استعمال شدہ، دکان کی رسید موجود ہے۔", "فرسٹ کاپی", "فرسٹ کاپی، بالکل اصل جیسی۔ سستی قیمت۔"),
]
RETURNS = [("Customer returns lot", "Retailer customer returns, manifest included, sold as is, untested."),
           ("Liquidation: shelf pulls", "Shelf pulls and customer returns from a big-box retailer; manifest in photos."),
           ("Returns pallet", "Mixed-condition customer returns, manifest attached, pallet pick-up or freight."),
           ("Store returns lot", "Store returns, some open boxes, full manifest available on request.")]
COPY_LOT = ["AAA replicas", "1:1 copies", "mirror quality replicas", "super copy"]
EXTRAS = ["case", "screen protector", "strap", "pouch", "carry case", "charging cable", "stand"]
MOVING = [("Moving sale –", "Bought new two years ago, used with care. Leaving the country, pick-up only."),
          ("Relocation sale:", "Purchased new from the store in 2023, lightly used. Must go before the move."),
          ("Moving abroad:", "Got it new, used for a season. Everything must go this month.")]
ENGRAVE = ["Engraving on your {g}", "Laser engraving service for your {g}", "Engraving of names and dates on your {g}"]
ENGRAVE_DESC = ["Bring or post your own item; we engrave it and send it back. We do not sell the item.",
                "Personal engraving on goods you already own, 2-day turnaround. Item not included.",
                "Your own genuine item engraved with up to 20 characters. We sell the work only."]
ENGRAVE_COPY = ["{g} 1:1 replica + free engraving", "{g} mirror quality copy, engraving included",
                "{g} AAA replica – personal engraving available"]


def make_used_local(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.45, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    word, desc, _, _ = s.rng.choice(LOCAL)
    return Draft(f"{mark} {product} {word}", cat, price, desc)


def make_used_local_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.05, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    _, _, word, desc = s.rng.choice(LOCAL)
    return Draft(f"{mark} {product} {word}", cat, price, desc)


def _lot(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    head, desc = s.rng.choice(RETURNS)
    n = s.rng.choice((5, 8, 10, 12, 20))
    tail = f" – {s.rng.choice(COPY_LOT)}" if copy else ""
    return Draft(f"{head}: {n} x {mark} {product}{tail}", cat, (round(amount * n, 2), cur), desc)


def make_returns_lot(b: BrandView, s: Scene) -> Draft | None:
    return _lot(b, s, (0.3, 0.55), copy=False)


def make_returns_copies(b: BrandView, s: Scene) -> Draft | None:
    return _lot(b, s, (0.05, 0.2), copy=True)


def make_unbranded_extras(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.9, 1.3))) is None:
        return None
    mark, cat, product, price = goods
    extra = s.rng.choice(EXTRAS)
    return Draft(f"{mark} {product} + free {extra}", cat, price,
                 s.rng.choice([f"Genuine {mark} {product}, shop receipt included. The {extra} is unbranded.",
                               f"Authentic {mark} {product} with receipt, plus an unbranded {extra} as a bonus."]))


def make_unbranded_goods(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.05, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    extra = s.rng.choice(EXTRAS)
    return Draft(f"{mark} {product} unbranded + free {extra}", cat, price,
                 f"Unbranded {product} in the {mark} style, same look. Free {extra}.")


def _moving(b: BrandView, s: Scene, share: tuple[float, float]) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    head, desc = s.rng.choice(MOVING)
    return Draft(f"{head} {mark} {product}", cat, price, desc)


def make_moving_bought_new(b: BrandView, s: Scene) -> Draft | None:
    return _moving(b, s, (0.4, 0.9))


def make_moving_bought_new_copy(b: BrandView, s: Scene) -> Draft | None:
    return _moving(b, s, (0.03, 0.14))


def make_engraving(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.0))) is None:
        return None
    mark, cat, product, _ = goods
    return Draft(s.rng.choice(ENGRAVE).format(g=f"{mark} {product}"), cat, (round(s.rng.uniform(15, 60), 2), "USD"),
                 s.rng.choice(ENGRAVE_DESC))


def make_engraving_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.05, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(s.rng.choice(ENGRAVE_COPY).format(g=f"{mark} {product}"), cat, price,
                 "Same as the original, engraved to order. Ships in a week.")


TRAP_MAKERS = {"trap_used_receipt_local53": make_used_local, "trap_returns_lot53": make_returns_lot,
               "trap_unbranded_extras53": make_unbranded_extras, "trap_moving_bought_new53": make_moving_bought_new,
               "trap_engraving_service53": make_engraving}
EVASION_MAKERS = {"used_local_copy53": make_used_local_copy, "returns_lot_copies53": make_returns_copies,
                  "unbranded_goods_copy53": make_unbranded_goods, "moving_bought_new_copy53": make_moving_bought_new_copy,
                  "engraving_on_copy53": make_engraving_copy}
