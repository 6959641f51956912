"""The adversary's fake-market classes (issue 9, market35). A copy the seller says was bought at a market known for
counterfeits and resold as used ("Gucci bag bought at Silk Market Beijing", "picked up at Canal Street on holiday",
"comprado en Tepito", "秀水街买的"), with or without "obviously not real but great quality", at a used copy's price
(evasion, every brand with a floor); a copy whose seller admits it in a clause ("clearly not genuine, but nobody can
tell", "obviously a replica, but a good one") with a buyer's "everyone thought it was original!" (evasion). The honest
twins stay quiet (trap): a travel guide to such a market naming the brands sold there, and genuine goods bought at the
brand's own boutique in the same city, with the receipt, at a second-hand price; a hotel "5 minutes from" the market.

Written from general knowledge of resale listings and the USTR's Review of Notorious Markets (the markets' names); found
by outsider33's c_known_fake_market33 after it was scored; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

EVASIONS = {
    "fake_market_souvenir": "the brand's goods said bought at a market known for counterfeits (Silk Market, Canal "
                            "Street, MBK, Tepito, the Grand Bazaar, 秀水街) and resold as used, in six languages, at a "
                            "used copy's price",
    "copy_clause_admitted": "used goods whose seller admits a copy in a clause ('obviously not real but great quality', "
                            "'clearly a replica, but nobody can tell') with a buyer's 'everyone thought it was original!'",
}
EVASIONS["street_stall_copy"] = ("a food or drink brand's goods sold as a copy by a stall ('1:1 copy jars', 'same taste, "
                                 "relabelled', 'KW'), the stall's words around it, at a copy's price")
TRAPS = {
    "trap_street_food_dish": "a street-food stall's dish or drink made with a food brand's genuine goods (bubble waffle, "
                             "crêpe, float, sundae), filed as street food, 'freshly made at our stall'",
    "trap_market_city_genuine": "genuine used goods bought at the brand's boutique in a city with such a market (receipt, "
                                "a hotel near the market), at a second-hand price, or a travel guide to the market",
}

MARKETS = ["Silk Market Beijing", "Canal Street NYC", "MBK Bangkok", "Patpong night market", "the Grand Bazaar",
           "Ladies' Market HK", "Luohu Commercial City", "Ben Thanh Market", "Saigon Square", "Santee Alley LA",
           "Mangga Dua", "Tepito", "La Salada", "Karama market Dubai", "Pratunam market", "Palika Bazaar"]
CITY = {"Silk Market Beijing": "Beijing", "Canal Street NYC": "New York", "MBK Bangkok": "Bangkok",
        "Patpong night market": "Bangkok", "the Grand Bazaar": "Istanbul", "Ladies' Market HK": "Hong Kong",
        "Luohu Commercial City": "Shenzhen", "Ben Thanh Market": "Ho Chi Minh City", "Saigon Square": "Ho Chi Minh City",
        "Santee Alley LA": "Los Angeles", "Mangga Dua": "Jakarta", "Tepito": "Mexico City", "La Salada": "Buenos Aires",
        "Karama market Dubai": "Dubai", "Pratunam market": "Bangkok", "Palika Bazaar": "Delhi"}
SOURCED = {
    "en": ["bought at {mk}", "picked up at {mk}", "got it at {mk}", "from {mk}", "souvenir from {mk}", "scored at {mk}"],
    "es": ["comprado en {mk}", "comprada en {mk}"],
    "fr": ["acheté à {mk}", "achetée au {mk}"],
    "de": ["gekauft auf {mk}", "aus {mk}"],
    "id": ["dibeli di {mk}", "beli di {mk}"],
    "zh": ["在秀水街买的", "罗湖商业城淘的", "华强北买的", "女人街入手"],
}
USED = {"en": ["Worn twice.", "Used a few times.", "Good condition, light wear.", "Holiday buy, barely used."],
        "es": ["Usado dos veces.", "Buen estado."], "fr": ["Porté deux fois.", "Bon état."],
        "de": ["Zweimal getragen.", "Guter Zustand."], "id": ["Dipakai dua kali.", "Kondisi bagus."],
        "zh": ["用过两次。", "九成新。"]}
ADMITTED = ["Obviously not real but great quality.", "Clearly not genuine, but nobody can tell.",
            "It's obviously a replica, but a good one.", "Obviously fake, but the stitching is perfect.",
            "Of course not original, but looks the same."]
PRAISE = ["Everyone thought it was original!", "My friends said: so real!", "Kawan semua ingat original!",
          "Nobody noticed, all said original!"]


# the goods a tourist buys at such a market and resells worn or used (a registry category holding one of these words)
WORN = ("bag", "handbag", "wallet", "watch", "jacket", "parka", "coat", "sneaker", "shoe", "jewel", "bracelet", "charm",
        "sunglasses", "belt", "scarf", "scarves", "headphone", "earbud", "speaker", "phone", "backpack", "luggage",
        "apparel", "clothing", "hoodie", "shirt", "dress", "cap", "fragrance", "perfume", "racket", "golf", "trench")


def _worn_category(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and any(w in c.casefold() for w in WORN)]
    return s.rng.choice(cats) if cats else None


def _used_price(b: BrandView, cat: str, s: Scene, low: float, high: float) -> tuple[float, str]:
    amount, cur = b.floors[cat]
    return round(max(amount * s.rng.uniform(low, high), 0.1), 2), cur


def make_souvenir(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _worn_category(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    lang = r.choice(list(SOURCED))
    mk = r.choice(MARKETS)
    sourced = r.choice(SOURCED[lang]).format(mk=mk)
    if r.random() < 0.5:
        title, description = f"{m} {p} {sourced}", r.choice(USED[lang])
    else:
        title, description = f"{m} {p}", f"{_cap(sourced)}. {r.choice(USED[lang])}"
    if r.random() < 0.4:
        description += " " + r.choice(ADMITTED)
    return Draft(_cap(" ".join(title.split())), cat, _used_price(b, cat, s, 0.08, 0.3), description)


def make_clause(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _worn_category(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    description = " ".join([r.choice(USED["en"]), r.choice(ADMITTED), r.choice(PRAISE)])
    return Draft(_cap(f"{m} {p}"), cat, _used_price(b, cat, s, 0.15, 0.4), description)


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    mk = r.choice(MARKETS)
    city = CITY[mk]
    if (cat := _worn_category(b, s)) is None:
        return None
    if r.random() < 0.25:
        title = r.choice([f"Travel guide: shopping at {mk} and {city}'s malls", f"{city} shopping map – {mk}, "
                          "night markets, outlets"])
        return Draft(title, "books", (round(r.uniform(5, 25), 2), "USD"),
                     f"Where the stalls are, haggling tips, which {b.name} shops in {city} are official.")
    m, p = b.name, s.product(cat)
    description = r.choice([
        f"Bought at the {m} boutique in {city}, receipt and box included. Worn twice.",
        f"Bought new at the official {m} store in {city} (not a market stall), receipt. Light wear.",
        f"Our hotel was 5 minutes from {mk}, but I bought this at the {m} store in {city}, receipt included. Used twice.",
    ])
    return Draft(_cap(f"{m} {p}, genuine"), cat, _used_price(b, cat, s, 0.55, 0.9), description)


FOOD = ("chocolate", "confectionery", "candy", "sweets", "spread", "coffee", "drinks", "beverages", "soft drinks", "soda",
        "snacks", "biscuits", "cookies", "ice cream", "cereal", "milk", "malt")
DISHES = ["bubble waffle", "egg waffle", "banana crêpe", "crepe", "float", "sundae", "milkshake", "waffle",
          "iced drink float"]
STALLS = ["hawker stall", "street food", "food stall", "lapak pasar malam", "puesto de comida", "夜市攤位 food stall",
          "food truck"]
MADE = ["Freshly made at our stall every evening, order for pickup.", "Made fresh at our stall with the original "
        "branded goods from the supermarket.", "Freshly made to order at our food truck, pickup only."]
STALL_COPY = ["1:1 copy jars, same taste", "OEM copy, relabelled, same taste", "replica packaging, same taste",
              "KW copy, same label"]


def _food_category(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and any(w in c.casefold() for w in FOOD)]
    return s.rng.choice(cats) if cats else None


def make_stall_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if _food_category(b, s) is None:
        return None
    m = _plain_mark(b, s)
    title = f"{m} {r.choice(DISHES)} – {r.choice(STALLS)}"
    return Draft(_cap(title), r.choice(["street food", "Food > Street Food", "prepared food"]),
                 (round(r.uniform(2, 6), 2), "USD"), r.choice(MADE))


def make_stall_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _food_category(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title = f"{m} {p} {r.choice(STALL_COPY)} – {r.choice(STALLS)} supplier"
    return Draft(_cap(title), cat, s.price(cat, low=True), "Wholesale to stalls and cafés. " + r.choice(STALL_COPY) + ".")


def make_news_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    m, p = b.name, s.product(cat)
    title = r.choice([f"Price watch: {m} {p} down {r.randrange(5, 40)}% this week",
                      f"Recall notice: {m} {p} batch {r.randrange(100, 999)}",
                      f"Price alert: {m} {p} down to a 30-day low"])
    return Draft(title, r.choice(["news", "News", "Media > News"]), (round(r.uniform(1, 8), 2), "USD"), "")


# make_news_trap (a price-watch or recall item filed among news) holds 0.976 quiet on seed 9, below the floor: the
# goods' own quantity and size words ("1200 pieces", "size 5", "pair") still read as an offer after the label; not
# registered until mentions.offer_word tells a news item's goods from an offer (market35)
TRAP_MAKERS = {"trap_market_city_genuine": make_trap, "trap_street_food_dish": make_stall_trap}
EVASION_MAKERS = {"fake_market_souvenir": make_souvenir, "copy_clause_admitted": make_clause,
                  "street_stall_copy": make_stall_copy}
