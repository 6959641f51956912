"""Copy words denied (issue 9, precision; outsider9's in_denied_copy_words and c_wink_denial): genuine goods at a shop's
price whose seller says they are no copy, which must stay quiet, and the copies that borrow the same denial, which must
still alert.

- the brand's genuine goods at 110-250 % of the floor with a denial of a copy word in one of 19 languages, in the title
  or the description ("NOT a replica, NOT 1:1", "no fakes, no reps", "original, no es réplica", "Original, keine
  Replika", "оригинал, не копия, не реплика", "authentique, pas une copie", "正品 非高仿", "偽物ではありません", "가품 아님",
  "bukan KW", "çakma değil");
- its sibling, a mock denial: the same denial with a wink ("not fake ;) 1:1 AAA", "keine Replika 😉"), or beside another
  copy word it does not deny ("no es réplica, calidad AAA 1:1"), or at a copy's price (a denied word proves nothing, a
  price far below the floor still does); and the brand itself denied with a wink ("(not Burberry 😉)", "definitely NOT
  BMW wink wink") at a copy's price.

Written from first principles and general knowledge of how resale and social-shop listings word authenticity claims
(Vinted, Wallapop, Avito, eBay, Mercari, Xianyu, Shopee); no held-out listing was read for the wordings.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.genuine import SOFTWARE, _floored, _price, make_new_retail_fair

TRAPS = {
    "trap_licensed_subject": "the brand named as the licensed subject of a toy or game maker's goods (Hot Wheels, LEGO, "
                             "Monopoly, Bandai, Barbie), the maker first, a collaboration 'x', or 'edition'/'licensed' "
                             "in 10 languages, at the maker's price",
    "trap_denied_copy_words": "genuine goods at a shop's price whose text denies being a copy, in 19 languages "
                              "(NOT a replica, no fakes no reps, no es réplica, keine Replika, не копия, pas une copie, "
                              "非高仿, 偽物ではありません, 가품 아님, bukan KW, çakma değil)",
}
EVASIONS = {
    "fake_licensed_claim": "the brand's own goods claimed 'officially licensed' (in 10 languages) beside a copy cue, at a "
                           "copy's price",
    "fake_wink_denial": "a mock denial: the same denial with a wink, beside an undenied copy word, or at a copy's "
                        "price; the brand denied with a wink at a copy's price",
}

# (language, a denial of copies); none of them holds a claim of its own ("100% genuine" is the copy trade's boast:
# context/retail.py)
DENIALS = [
    ("en", "NOT a replica, NOT 1:1"), ("en", "no fakes, no reps"), ("en", "authentic, not a copy"),
    ("en", "genuine - not a fake"), ("en", "this is not a replica"), ("en", "no replicas, no knockoffs"),
    ("en", "real one, not a dupe"), ("en", "not a super copy"),
    ("es", "original, no es réplica"), ("es", "no es copia"), ("es", "nada de réplicas"),
    ("pt", "original, não é réplica"), ("pt", "não é cópia"),
    ("fr", "authentique, pas une copie"), ("fr", "ce n'est pas une réplique"),
    ("de", "Original, keine Replika"), ("de", "keine Fälschung, kein Fake"),
    ("it", "originale, non è una replica"), ("it", "non è una copia"),
    ("nl", "origineel, geen replica"), ("pl", "oryginał, nie replika"), ("pl", "to nie podróbka"),
    ("ru", "оригинал, не копия, не реплика"), ("ru", "не подделка"), ("uk", "оригінал, не копія"),
    ("tr", "orijinal, çakma değil"), ("tr", "replika değil"),
    ("zh", "正品 非高仿"), ("zh", "不是高仿"), ("zh", "绝非A货"),
    ("ja", "正規品、偽物ではありません"), ("ja", "コピー品ではない"),
    ("ko", "정품, 가품 아님"), ("ko", "짝퉁 아닙니다"),
    ("id", "original, bukan KW"), ("id", "bukan replika"),
    ("vi", "chính hãng, không phải hàng fake"), ("el", "γνήσιο, όχι ρεπλίκα"), ("he", "מקורי, לא רפליקה"),
]
WINKS = ["😉", ";)", "wink wink", "😏", ";-)", "iykyk"]
OTHER_CUES = ["1:1 AAA quality", "calidad AAA 1:1", "mirror quality", "super copy", "top grade 1:1", "高仿 1:1",
              "AAA+ grade", "UA version"]


def _denied(b: BrandView, s: Scene, low: float = 1.05, high: float = 2.5) -> tuple[Draft, str] | None:
    """A genuine retailer's listing (genuine.py's trap_new_retail_fair: a shop's words in 14 languages) at `low`-`high`
    of its floor, and a denial of copies."""
    d = make_new_retail_fair(b, s)
    if d is None:
        return None
    if (low, high) != (1.05, 2.5):
        d.price = _price(b, s, d.category, low, high)  # of the category's floor (a line's may be dearer: lower still)
    return d, s.rng.choice(DENIALS)[1]


def _said(s: Scene, d: Draft, denial: str) -> Draft:
    """The denial in the title or the description."""
    if s.rng.random() < 0.5:
        d.title = f"{d.title} - {denial}"
    else:
        d.description = f"{d.description} {denial}".strip()
    return d


def make_denied_copy_words(b: BrandView, s: Scene) -> Draft | None:
    if (got := _denied(b, s)) is None:
        return None
    return _said(s, *got)


def make_wink_denial(b: BrandView, s: Scene) -> Draft | None:
    way = s.rng.randrange(4)
    if way == 0:  # the denial winked at, at a copy's price
        if (got := _denied(b, s, 0.2, 0.5)) is None:
            return None
        d, denial = got
        return _said(s, d, f"{denial} {s.rng.choice(WINKS)}")
    if way == 1:  # another copy word beside the denied one, at a copy's price (not low enough to alert alone)
        if (got := _denied(b, s, 0.6, 0.85)) is None:
            return None
        d, denial = got
        return _said(s, d, f"{denial}, {s.rng.choice(OTHER_CUES)}")
    if way == 2:  # the denial at a price far below the floor
        if (got := _denied(b, s, 0.04, 0.15)) is None:
            return None
        return _said(s, *got)
    # the brand itself denied with a wink, at a copy's price
    cat = _floored(b, s, {c for c in b.categories if c not in SOFTWARE})
    if cat is None:
        return None
    shape = s.rng.choice(["{p} (not {m} {w})", "{p} - definitely NOT {m} {w}", "{p} kein {m} {w} aber identisch",
                          "{p} no es {m} {w}", "{p} не {m} {w}", "{p} pas {m} {w}"])
    return Draft(_cap(shape.format(p=s.product(cat), m=b.name, w=s.rng.choice(WINKS))), cat,
                 _price(b, s, cat, 0.05, 0.2), s.rng.choice(["Ask me.", "You know.", ""]))


# ------------------------------------------------------------------ licensed subjects

# (the maker's mark, its category, a genuine unit's price range in USD, title shapes: {s} the subject brand's words)
MAKERS = [
    ("Hot Wheels", "die-cast cars", (2.5, 9.0), ["Hot Wheels {s} 1:64 premium", "Hot Wheels Car Culture {s}",
                                                 "Hot Wheels {s} 正版授权 合金车", "Hot Wheels {s} die-cast, officially licensed"]),
    ("LEGO", "building sets", (25.0, 160.0), ["LEGO Speed Champions {s} 76920", "LEGO Technic {s} 42130",
                                              "LEGO {s} Bausatz, offiziell lizenziert", "LEGO {s} 公式ライセンス セット"]),
    ("Monopoly", "board games", (25.0, 60.0), ["Monopoly {s} edition", "Monopoly édition {s}", "Monopoly {s} Edition, deutsch",
                                               "Monopoly edición {s}", "Монополия Monopoly {s} издание"]),
    ("Bandai", "model kits", (25.0, 90.0), ["Bandai {s} 1/12 plastic model kit", "Bandai Spirits {s} model, licensed",
                                            "Bandai {s} プラモデル 1/12 コラボ"]),
    ("Barbie", "dolls", (25.0, 90.0), ["Barbie x {s} collector doll", "Barbie {s} collector doll, licensed",
                                       "Barbie signature {s} doll edition"]),
]
TOY_CATEGORIES = {"toys", "dolls", "die-cast cars", "building sets", "minifigures", "board games", "action figures",
                  "model kits", "blasters", "consoles", "video games", "games"}  # a maker of toys or games itself
LICENSED_CLAIMS = ["officially licensed", "licencia oficial", "offiziell lizenziert", "sous licence officielle",
                   "licença oficial", "official licensed product", "официальная лицензия", "正版授权", "公式ライセンス",
                   "resmi lisanslı"]


def _subject(b: BrandView, s: Scene) -> str | None:
    """The brand's words as a licensed subject: its name, now and then with a line of plain letters."""
    if TOY_CATEGORIES & set(b.categories):
        return None  # a maker of toys itself: its goods would be its own
    lines = [m.value for m in b.latin_marks[1:] if not m.everyday and m.value.isascii() and len(m.value) >= 4]
    return f"{b.name} {s.rng.choice(lines)}" if lines and s.rng.random() < 0.5 else b.name


def make_licensed_subject(b: BrandView, s: Scene) -> Draft | None:
    if (words := _subject(b, s)) is None:
        return None
    _maker, cat, (low, high), shapes = s.rng.choice(MAKERS)
    return Draft(_cap(s.rng.choice(shapes).format(s=words)), cat, (round(s.rng.uniform(low, high), 2), "USD"),
                 s.rng.choice(["", "Sealed.", "New in box.", "Official licensed product."]))


def make_licensed_claim(b: BrandView, s: Scene) -> Draft | None:
    cat = _floored(b, s, {c for c in b.categories if c not in SOFTWARE})
    if cat is None:
        return None
    title = f"{b.name} {s.product(cat)} - {s.rng.choice(LICENSED_CLAIMS)}, {s.rng.choice(OTHER_CUES)}"
    return Draft(_cap(title), cat, _price(b, s, cat, 0.3, 0.85), "")


TRAP_MAKERS = {"trap_denied_copy_words": make_denied_copy_words, "trap_licensed_subject": make_licensed_subject}
EVASION_MAKERS = {"fake_wink_denial": make_wink_denial, "fake_licensed_claim": make_licensed_claim}
