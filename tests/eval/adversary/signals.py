"""The adversary's signal classes (2026-12-03): the brand named by its codes and handles rather than its mark, and the
same codes where nobody names the brand.

Written from first principles (what a seller who will not write the brand still gives the buyer to find it: the number
under the genuine pack's barcode; not from a held-out set). The registry's `gtin_prefixes` are GS1 company prefixes in
GTIN-13 form; a barcode is the prefix, an item reference and the GS1 check digit (GS1 General Specifications §7.9):

- barcode_named: an EAN-13 (a JAN in Japan), a UPC-A (a US prefix, its leading 0 dropped) or a GTIN-14 of a case
  (indicator 1-8 before it) drawn under one of the brand's prefixes with a valid check digit, written whole, in the
  groups printed under the bars ("5 449000 000996", "0 49000 02890 4"), hyphenated, labelled in the listing's language
  (EAN, UPC, JAN, GTIN, barcode, 条码, 바코드, バーコード, штрихкод, código de barras, mã vạch, kod kreskowy, باركود) or
  not at all; sometimes the check digit mistyped, then always labelled. Generic goods words, in the brand's category,
  with a cue (title or description) or a price far below the floor.
- trap_barcode_fair: the same barcodes on a grocer's or shop's listing of the brand's goods at its price, no cue.
- trap_barcode_far: numbers that start with the brand's prefix but are no barcode: an order, tracking, invoice or
  phone number whose check digit fails and that nothing labels a barcode, among the brand's goods at a shop's price or
  on other goods.
"""

from __future__ import annotations

import re

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "barcode_named": "the brand's goods named only by an EAN-13/JAN, UPC-A or GTIN-14 under the brand's GS1 company prefix "
                     "(valid check digit; whole, in printed groups, hyphenated; labelled in many languages or not), "
                     "generic goods words, in its category with a cue or a price far below the floor",
}
TRAPS = {
    "trap_barcode_fair": "the brand's barcodes on a grocer's or shop's listing at a fair price, no cue",
    "trap_barcode_far": "numbers starting with the brand's GS1 prefix that are no barcode (check digit fails, no label): "
                        "order, tracking, invoice, phone numbers",
}


def check_digit(body: str) -> str:
    total = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _prefixes(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("gtin_prefix")]


def draw_barcode(prefix: str, r, valid: bool = True) -> tuple[str, str]:
    """(digits, kind) of a barcode under `prefix` (GTIN-13 form): an EAN-13, a UPC-A (a prefix starting with 0) or a
    GTIN-14; with `valid` False the check digit is off by one to nine."""
    body12 = prefix + "".join(str(r.randrange(10)) for _ in range(12 - len(prefix)))
    kind = r.choice(["ean13", "ean13", "upc", "gtin14"] if prefix.startswith("0") else ["ean13", "ean13", "ean13", "gtin14"])
    if kind == "upc":
        body = body12[1:]
    elif kind == "gtin14":
        body = str(r.randrange(1, 9)) + body12
    else:
        body = body12
    digit = check_digit(body)
    if not valid:
        digit = str((int(digit) + r.randrange(1, 10)) % 10)
    return body + digit, kind


def written(digits: str, kind: str, r) -> str:
    """The number as a seller writes it: whole, in the groups printed under the bars, or hyphenated."""
    style = r.randrange(4)
    if style <= 1:
        return digits
    if kind == "ean13":
        groups = [digits[0], digits[1:7], digits[7:]]
    elif kind == "upc":
        groups = [digits[0], digits[1:6], digits[6:11], digits[11]]
    else:
        groups = [digits[0], digits[1:3], digits[3:8], digits[8:13], digits[13]]
    return (" " if style == 2 else "-").join(groups)


# labels by language: (label, goods words language); {code} is the number
LABELS = [
    ("EAN {code}", "en"), ("EAN: {code}", "en"), ("EAN-13 {code}", "en"), ("EAN13: {code}", "en"), ("UPC {code}", "en"),
    ("UPC code {code}", "en"), ("GTIN {code}", "en"), ("barcode {code}", "en"), ("Barcode: {code}", "en"), ("(EAN) {code}", "en"),
    ("{code}", "en"), ("{code}", "en"), ("#{code}", "en"),
    ("JAN {code}", "ja"), ("JANコード {code}", "ja"), ("バーコード {code}", "ja"),
    ("条码 {code}", "zh"), ("条形码：{code}", "zh"), ("商品条码 {code}", "zh"),
    ("바코드 {code}", "ko"), ("штрихкод {code}", "ru"), ("Штрих-код: {code}", "ru"),
    ("código de barras {code}", "es"), ("EAN {code}", "es"), ("código de barras: {code}", "pt"),
    ("code-barres {code}", "fr"), ("EAN {code}", "fr"), ("Strichcode {code}", "de"), ("EAN {code}", "de"),
    ("kod kreskowy {code}", "pl"), ("mã vạch {code}", "vi"), ("kode batang {code}", "id"), ("باركود {code}", "ar"),
    ("barkod {code}", "tr"),
]
# a mistyped check digit is written only where the listing labels the number
LABELS_NAMED = [(label, lang) for label, lang in LABELS if not label.startswith(("{", "#"))]
GOODS = {"en": "goods", "ja": "商品", "zh": "商品", "ko": "상품", "ru": "товар", "es": "producto", "pt": "produto",
         "fr": "produit", "de": "Ware", "pl": "towar", "vi": "hàng", "id": "barang", "ar": "منتج", "tr": "ürün"}
CUES = {"en": context.CUES + ["same as original", "OEM copy"],
        "ja": ["スーパーコピー", "N級品", "コピー品"], "zh": context.CUES_ZH, "ko": ["미러급", "짝퉁", "레플리카"],
        "ru": ["реплика", "копия 1:1", "подделка"], "es": ["réplica", "imitación 1:1", "copia AAA"],
        "pt": ["réplica", "cópia 1:1", "primeira linha"], "fr": ["réplique", "copie 1:1", "imitation 1:1"],
        "de": ["Replika", "Fälschung", "Kopie 1:1"], "pl": ["replika", "podróbka", "kopia 1:1"],
        "vi": ["hàng fake", "rep 1:1", "hàng giả"], "id": ["KW super", "replika", "tiruan 1:1"],
        "ar": ["تقليد", "كوبي 1:1", "هاي كوبي"], "tr": ["replika", "çakma", "A kalite kopya"]}


def _goods(s: Scene, cat: str, lang: str) -> str:
    return s.product(cat) if lang == "en" else f"{s.product(cat)} {GOODS[lang]}"


def make_barcode_named(b: BrandView, s: Scene) -> Draft | None:
    prefixes = _prefixes(b)
    if not prefixes:
        return None
    r = s.rng
    valid = r.random() < 0.85
    digits, kind = draw_barcode(r.choice(prefixes), r, valid)
    label, lang = r.choice(LABELS if valid else LABELS_NAMED)
    code = label.format(code=written(digits, kind, r))
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = None if low else r.choice(CUES[lang])
    in_description = cue is not None and r.random() < 0.35
    goods = _goods(s, cat, lang)
    parts = [code, goods] if r.random() < 0.6 else [_cap(goods), code]
    if cue and not in_description:
        parts.insert(r.choice([len(parts), len(parts) - 1]), cue)
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(" ".join(parts), cat, s.price(cat, low=low), desc)


SHOP_WORDS = ["in stock, best before 2027", "supermarket stock, receipt available", "new, sealed, from our shop",
              "retail pack, ships tomorrow", "price per pack, local delivery", "authorised stockist, invoice with VAT",
              "sealed, long expiry date", "shop price, click and collect"]


def _unit_product(s: Scene, cat: str) -> str:
    """Goods words of one unit (no '12 pack', 'x24', '5 pcs': a pack at one unit's price is a copy's price)."""
    for _ in range(6):
        words = s.product(cat)
        if not re.search(r"\d\s*(?:pack|pcs|pieces|x\b)|\bx\s*\d|\bpack\b|\bset\b|\bbox\b|\bcase\b", words):
            return words
    return cat


def make_trap_barcode_fair(b: BrandView, s: Scene) -> Draft | None:
    prefixes = _prefixes(b)
    cats = [c for c in b.categories if c in b.floors]
    if not prefixes or not cats:
        return None
    r = s.rng
    digits, kind = draw_barcode(r.choice(prefixes), r)
    label, _ = r.choice([(lbl, lang) for lbl, lang in LABELS if lang == "en"])
    code = label.format(code=written(digits, kind, r))
    cat = r.choice(cats)
    goods = _unit_product(s, cat)
    title = f"{code} {goods}" if r.random() < 0.5 else f"{_cap(goods)} {code}"
    return Draft(title, cat, s.price(cat), r.choice(SHOP_WORDS))


FAR = [("Order {code} - {goods}, delivered", None), ("Tracking {code}, parcel lost, {goods} refund", None),
       ("Invoice no. {code}, {goods}", None), ("Call {code} for {goods}", None), ("{goods} serial {code}", None),
       ("Lot {code} garden chairs, set of 4", "furniture"), ("Ticket {code} concert seat row 12", "tickets"),
       ("Account {code} bike repair voucher", "bicycles")]


def make_trap_barcode_far(b: BrandView, s: Scene) -> Draft | None:
    prefixes = _prefixes(b)
    cats = [c for c in b.categories if c in b.floors]
    if not prefixes or not cats:
        return None
    r = s.rng
    digits, kind = draw_barcode(r.choice(prefixes), r, valid=False)
    frame, far_cat = r.choice(FAR)
    cat = far_cat or r.choice(cats)
    generic = context.PRODUCTS.get(cat, ([cat], "", 50))[0]  # the category's words, none of the brand's own (minifigure)
    title = frame.format(code=digits, goods=r.choice(generic) if not far_cat else "")
    price = s.price(cat) if not far_cat else (round(r.uniform(15, 120), 2), "USD")
    return Draft(_cap(title.replace(" ,", ",").replace("  ", " ")), cat, price, r.choice(context.DESCRIPTIONS))


# ---------------------------------------------------------------- tickers and official accounts

EVASIONS.update({
    "ticker_named": "the brand's goods named by its or its parent's stock ticker (NKE, $NKE, NYSE:TPR, BRBY.L, 7974.T, "
                    "MC.PA, CFR) with generic goods words, in its category with a cue or a price far below the floor",
    "handle_named": "the brand's goods named by its official account or store domain (@theofficialpandora, ig: "
                    "adidasoriginals, as seen on @jumpman23, omegawatches.com) or an account glued from its mark and a "
                    "shop's words (@gucciofficial, @therealdyson, @burberry_store) with a cue or a price far below the floor",
})
TRAPS.update({
    "trap_ticker_finance": "the brand's ticker in a finance, news, book or certificate listing, and beside its goods at a "
                           "shop's price with no cue",
    "trap_handle_mention": "the brand's official account in a 'follow us' or 'tag us' line of an unrelated seller's goods, "
                           "in a book or poster listing, and beside its goods at a shop's price with no cue",
})


def _declared(b: BrandView, kind: str) -> list[str]:
    return [m.value for m in b.declared(kind)]


def ticker_forms(ticker: str, r) -> str:
    """The ticker as a seller writes it: as registered, or a bare letter symbol with a cashtag, a hashtag, in brackets."""
    if ticker.isalpha() and ticker.isupper():
        return r.choice([ticker, ticker, f"${ticker}", f"#{ticker}", f"({ticker})"])
    return ticker


TICKER_FRAMES = ["{t} {goods}", "{goods} {t}", "{t} brand {goods}", "{goods} by {t}", "{t} - {goods}",
                 "{goods} ({t} brand)", "marca {t} {goods}", "品牌 {t} {goods}", "{t} {goods} the famous one"]
HANDLE_FRAMES = ["@{h} {goods}", "{goods} @{h}", "as seen on @{h} {goods}", "ig: {h} {goods}", "IG @{h} {goods}",
                 "{goods} same as @{h}", "tiktok @{h} {goods}", "{goods} from the @{h} post", "visto en @{h} {goods}",
                 "wie bei @{h} {goods}", "@{h} 同款 {goods}"]
DOMAIN_FRAMES = ["{h} {goods}", "{goods} same as on {h}", "as sold on {h} {goods}", "{goods} ({h} pictures)"]


def _named(b: BrandView, s: Scene, named: str) -> Draft:
    r = s.rng
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = None if low else r.choice(CUES["en"])
    in_description = cue is not None and r.random() < 0.35
    title = named.replace("{goods}", _unit_product(s, cat)).strip()
    if cue and not in_description:
        title = f"{title} {cue}" if r.random() < 0.7 else f"{cue} {title}"
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(title, cat, s.price(cat, low=low), desc)


def make_ticker_named(b: BrandView, s: Scene) -> Draft | None:
    tickers = _declared(b, "ticker")
    if not tickers:
        return None
    r = s.rng
    frame = r.choice(TICKER_FRAMES)
    return _named(b, s, frame.replace("{t}", ticker_forms(r.choice(tickers), r)))


# an account named after the brand by gluing its one-word mark to a shop's words: "@gucciofficial", "@therealrolex"
HANDLE_BEFORE = ["", "", "", "the", "real", "therealy", "official", "shop"]
HANDLE_AFTER = ["official", "officialstore", "store", "shop", "global", "world", "boutique", "outlet", "online", "_official",
                "_store", "uk", "jp", "kr", "de", "br", "mx", "id", "ae"]


def glued_handles(b: BrandView) -> list[str]:
    """The brand's one-word marks of five letters or more that are no everyday word, lower case: what an account glues."""
    return [m.value.lower() for m in b.latin_marks if not m.everyday and m.value.isalpha() and len(m.value) >= 5
            and m.value.lower() not in {"canon", "omega", "coach", "apple", "shell", "pandora"}]


def glued_handle(mark: str, r, separators: bool = True) -> str:
    """"@gucciofficial", "@therealdyson", "@burberry_store" (with `separators` False only glued: "_" makes the mark a word,
    read as the mark itself)."""
    before = r.choice(HANDLE_BEFORE)
    after = [a for a in HANDLE_AFTER if separators or a.isalpha()]
    return f"{before.replace('therealy', 'thereal')}{mark}{r.choice(after) if not before or r.random() < 0.5 else ''}"


def make_handle_named(b: BrandView, s: Scene) -> Draft | None:
    handles = _declared(b, "handle")
    glued = glued_handles(b)
    if not handles and not glued:
        return None
    r = s.rng
    h = r.choice(handles) if handles and (not glued or r.random() < 0.5) else glued_handle(r.choice(glued), r)
    frame = r.choice(DOMAIN_FRAMES if "." in h else HANDLE_FRAMES)
    return _named(b, s, frame.replace("{h}", h))


FINANCE = [("{t} stock analysis: earnings beat, shares up, PDF report", "books", 15),
           ("Investing handbook: {t}, AAPL, MSFT and 20 more dividend stocks", "books", 22),
           ("Framed share certificate {t}, 10 shares, collectors item", "collectibles", 120),
           ("{t} earnings call transcript Q3, printed", "books", 9), ("Trading course: how I bought {t} at the low", "courses", 49),
           ("Stock market poster, tickers {t} and more, A2", "posters", 18), ("Annual report {t} 2023, hardcover", "books", 30)]
# an unrelated seller's goods (none a brand of the demo sells) with the brand's account in a "follow us" or "tag us" line
FOLLOW = [("Scented soy candle, follow us @candlesbymaria - we follow {h} posts too", "candles", 12),
          ("Dog collar, reflective, tag {h} and us in your walk photos!", "pet supplies", 15),
          ("Yoga mat 6mm, featured next to {h} at the expo", "yoga mats", 18),
          ("Book: The {h} Instagram story, paperback", "books", 14),
          ("Photo print of the {h} store window, Paris, A3", "posters", 20),
          ("Phone tripod for influencers, shoot like {h}", "tripods", 25),
          ("Garden chair set, as featured by {h} on their feed", "garden furniture", 80)]


def make_trap_ticker_finance(b: BrandView, s: Scene) -> Draft | None:
    tickers = _declared(b, "ticker")
    cats = [c for c in b.categories if c in b.floors]
    if not tickers:
        return None
    r = s.rng
    t = ticker_forms(r.choice(tickers), r)
    if cats and r.random() < 0.35:  # beside its goods at a shop's price, no cue
        cat = r.choice(cats)
        return Draft(f"{t} {_unit_product(s, cat)}", cat, s.price(cat), r.choice(SHOP_WORDS))
    frame, cat, amount = r.choice(FINANCE)
    return Draft(frame.format(t=t), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"), r.choice(context.DESCRIPTIONS))


def make_trap_handle_mention(b: BrandView, s: Scene) -> Draft | None:
    handles = _declared(b, "handle")
    glued = glued_handles(b)
    cats = [c for c in b.categories if c in b.floors]
    if not handles and not glued:
        return None
    r = s.rng
    h = r.choice(handles) if handles and (not glued or r.random() < 0.5) else glued_handle(r.choice(glued), r, False)
    if cats and r.random() < 0.35:
        cat = r.choice(cats)
        return Draft(f"{_unit_product(s, cat)} - new, as on @{h}" if "." not in h else f"{_unit_product(s, cat)}, see {h}",
                     cat, s.price(cat), r.choice(SHOP_WORDS))
    frame, cat, amount = r.choice(FOLLOW)
    return Draft(frame.format(h=h if "." in h else f"@{h}"), cat, (round(amount * r.uniform(0.8, 1.3), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"barcode_named": make_barcode_named, "ticker_named": make_ticker_named, "handle_named": make_handle_named}
TRAP_MAKERS = {"trap_barcode_fair": make_trap_barcode_fair, "trap_barcode_far": make_trap_barcode_far,
               "trap_ticker_finance": make_trap_ticker_finance, "trap_handle_mention": make_trap_handle_mention}
