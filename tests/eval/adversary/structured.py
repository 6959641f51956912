"""The adversary's structured-field classes (fields, 2026-12-02): the brand only in a field around the text that is no
free text, the listing's category path, the host name of the shop's site, the item's URL slug in the market's script
as browsers send it (percent-encoded); and their traps.

Written from how marketplaces and shop platforms lay these fields out (eBay's and Mercado Libre's "Shop by brand"
nodes, Allegro's and Avito's brand filters as path nodes; Shopify's <shop>.myshopify.com and the throwaway hosts of
counterfeit shops that brand-protection reports list: <brand>-outlet.<new gTLD>, <brand>official.store, a brand's name
as a subdomain of another domain, IDN hosts with the brand's accents, sent as punycode; a browser's percent-encoding of
a UTF-8 path, RFC 3986 section 2.1), not from a held-out set. Each class keeps to a few listings a brand (LIMIT): the
suite's time budget.

- category_node: a generic title (several languages) in the brand's category; the brand only as a node of the
  category path, with a copy word or a price far below the floor;
- host_shop: a generic title; the brand only in the host of the shop's own site, with a copy word or a price far
  below the floor;
- slug_encoded: a generic title in the market's language; the brand only in the item's URL slug, in the market's
  script (a Chinese alias, or the name by its sound in Cyrillic, Greek, Hebrew, Arabic, Hangul or katakana),
  percent-encoded, with a copy word or a price far below the floor;
and their traps:
- trap_category_node_honest: the brand's node on honest listings: the brand's goods at a retailer's price, an
  accessory or part filed under the make it fits at an accessory's price ("Cases & Covers > Apple", "Car Parts >
  BMW"), a node in another sense ("Books > Mythology > Nike", "Nike (mythology)");
- trap_slug_local_honest: the brand's name by its sound in a local-script slug on honest listings (its goods at a
  retailer's price, an accessory's slug saying what it fits, a book about the brand);
- trap_host_innocent: hosts that hold a mark's letters inside another word (canonicalurl.com, a marketplace's own
  host), an honest reseller's host naming the brand at a retailer's price, the brand's own domain (dyson.com,
  rolex.co.uk) as the listing's URL, even at a sale price.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import idna

from tests.eval.adversary import context, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold

FITTING_CATEGORY = re.compile(r"(?i)\b(?:parts?|accessories)\b")
LIMIT = 3  # listings a brand per class: the suite's time budget (COMMON13: ~1-3 per brand)

# "new" in the markets' languages (Wiktionary), a generic title's only other word
NEW = ["brand new", "neu", "neuf", "nuevo", "novo", "nuovo", "nowy", "новый", "yeni", "baru", "mới", "nieuw", "ny"]
COLOURS = ["black", "white", "grey", "navy", "beige", "red", "silver", "gold", "blue", "pink"]
COPIES = ["1:1", "AAA quality", "mirror quality", "super copy", "копия", "high copy", "original quality copy", "高仿",
          "1:1 copy", "AAA+"]
# how marketplaces write a brand's node (eBay, Mercado Libre, Allegro, Avito, Trendyol, Rakuten brand filters)
BRAND_NODES = ["Shop by brand > {m}", "Brands > {m}", "Marken > {m}", "Marques > {m}", "Marcas > {m}", "Marki > {m}",
               "Бренды > {m}", "Markalar > {m}", "{d} > {c} > {m}", "{d} > {m} > {c}", "{c} > {m}"]
# a counterfeit shop's host around the brand's name (brand-protection reports' typosquats of 2020-2026)
HOSTS = ["{m}-outlet.shop", "www.{m}-official-store.top", "{m}.sale-eu.com", "{g}deals.store", "shop.{m}-clearance.xyz",
         "{m}-store.myshopify.com", "best{g}deals.online", "www.{m}-factory-outlet.site", "{g}outlet.shop",
         "{m}-uk-sale.com", "{m}.outlet-online.net", "www.{g}2026.top"]
# (script, marketplace host, generic title) of the markets whose slugs hold their own script
SLUG_MARKETS = [("cyrillic", "www.avito.ru", "новый, с коробкой"), ("greek", "www.xe.gr", "καινούργιο"),
                ("hebrew", "www.yad2.co.il", "חדש באריזה"), ("arabic", "haraj.com.sa", "جديد بالكرتون"),
                ("hangul", "m.bunjang.co.kr", "새상품 풀박스"), ("katakana", "jp.mercari.com", "新品 未使用")]


def _limited(s: Scene) -> bool:
    """Whether this brand's class has made LIMIT listings (the scene is one brand's and one class's)."""
    made = getattr(s, "_structured_made", 0)
    s._structured_made = made + 1
    return made >= LIMIT


def _name(b: BrandView) -> str | None:
    """The brand's Latin name when it is a registered mark of letters (its own name first), else a Latin mark that is
    no everyday word."""
    marks = [m for m in b.latin_marks if any(c.isalpha() for c in m.value)]
    own = [m for m in marks if _fold(m.value) == _fold(b.name)]
    pick = own or [m for m in marks if not m.everyday]
    return pick[0].value if pick else None


def _generic(cat: str, s: Scene) -> str:
    """A title that names no brand: the category's generic goods, "new" in one of the markets' languages, a colour."""
    names = {_fold(w.value) for w in [*s.brand.marks, *(m for _, m in s.brand.vocabulary)]}
    words = [w for w in context.PRODUCTS.get(cat, ([cat], "", 50))[0]
             if not any(n and n in _fold(w) for n in names)] or [cat]  # "Master grade model kit" names Bandai's line
    return f"{_cap(s.rng.choice(words))} {s.rng.choice(NEW)} {s.rng.choice(COLOURS)}"


def _corroborated(s: Scene, title: str) -> tuple[str, str, bool]:
    """(title, description, low): a copy word in the title or the description (at a copy's price), or nothing else
    and a price far below the floor (low)."""
    if s.rng.random() < 0.5:
        return title, "", True
    cue = s.rng.choice(COPIES)
    return (f"{title} {cue}", "", False) if s.rng.random() < 0.5 else (title, f"Quality: {cue}. Fast shipping.", False)


def _price(b: BrandView, s: Scene, cat: str, low: bool) -> tuple[float, str]:
    amount, cur = b.floors.get(cat) or (context.PRODUCTS.get(cat, ([], "", 50.0))[2], "USD")
    factor = s.rng.uniform(0.04, 0.2) if low else s.rng.uniform(0.6, 0.85)
    return round(max(amount * factor, 0.5), 2), cur


def make_category_node(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    cat = s.rng.choice(cats)
    title, description, low = _corroborated(s, _generic(cat, s))
    forms = BRAND_NODES if not low else [f for f in BRAND_NODES if "{c}" in f]
    if FITTING_CATEGORY.search(cat):  # "Auto Parts > Honda" is the make parts fit: the brand's node above its goods
        forms = [f for f in forms if "{c}" not in f or "{m} > {c}" in f]
    form = s.rng.choice(forms)
    path = form.format(m=name, c=cat.title(), d=context.DEPARTMENTS.get(b.iwg, "All"))
    draft = Draft(title, path, _price(b, s, cat, low), description)
    draft.url = f"https://www.example-market.com/itm/{s.rng.randrange(10**9)}"
    return draft


def _host_form(name: str, s: Scene) -> str:
    """The brand's name as a host label: its letters lower case, hyphenated or glued, with its accents kept in an
    IDN host (sent as punycode half the time)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in name.replace("'", "").replace("’", "")).lower().split()]
    return s.rng.choice(["-", ""]).join(words)


def _ascii_host(host: str, s: Scene) -> str:
    """An IDN host as browsers send it (punycode, UTS #46) half the time."""
    if host.isascii() or s.rng.random() < 0.5:
        return host
    return idna.encode(host, uts46=True).decode("ascii")


def make_host_shop(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    cat = s.rng.choice(cats)
    title, description, low = _corroborated(s, _generic(cat, s))
    m = _host_form(name, s)
    host = _ascii_host(s.rng.choice(HOSTS).format(m=m, g=m.replace("-", "")), s)
    draft = Draft(title, cat, _price(b, s, cat, low), description, marketplace="social-ads")
    draft.url = f"https://{host}/products/{'-'.join(_generic(cat, s).lower().split()[:2])}-{s.rng.randrange(1000)}"
    return draft


def make_slug_encoded(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    cat = s.rng.choice(cats)
    if b.cjk and s.rng.random() < 0.4:  # a Chinese alias on a Chinese marketplace
        local, host, title = s.rng.choice(b.cjk).value, "www.goofish.com", f"{context.PRODUCTS.get(cat, ([], '商品', 0))[1]} 全新"
    else:
        script, host, title = s.rng.choice(SLUG_MARKETS)
        local = sound.in_script(name, script, s.rng)
        if not local:
            return None
    cue = s.rng.random() < 0.5
    if cue:
        title = f"{title} {s.rng.choice(['1:1', 'AAA', '高仿' if host == 'www.goofish.com' else 'replica'])}"
    slug = quote("-".join(local.split()) + "-" + str(s.rng.randrange(10**8)), safe="-")
    draft = Draft(title, cat, _price(b, s, cat, low=not cue), "")
    draft.url = f"https://{host}/item/{slug}"
    return draft


# ------------------------------------------------------------------ traps

# accessories and parts filed under the make they fit (eBay's "Cell Phone Accessories > Cases, Covers & Skins > Apple",
# "Car & Truck Parts > BMW", "Watch Bands > Apple"), with an accessory's title and price
FITTING_PATHS = [("Cell Phone Accessories > Cases, Covers & Skins > {m}", "Clear silicone case, shockproof"),
                 ("Car & Truck Parts > {m} > Brake Pads", "Front brake pads set, ceramic"),
                 ("Watch Accessories > Watch Bands > {m}", "Silicone sport band 22mm"),
                 ("Printer Accessories > Compatible Ink > {m}", "Compatible ink cartridge, 4 pack"),
                 ("Zubehör > Hüllen > {m}", "Schutzhülle transparent"),
                 ("Accesorios > Fundas > {m}", "Funda de silicona transparente")]
# nodes in another sense: the goddess, the fruit, a mythology shelf (books are subjects, not makes)
OTHER_SENSES = [("Books > Mythology > {m}", "Paperback: myths of ancient Greece, illustrated"),
                ("Books & Magazines > Nonfiction > {m}", "Hardcover history, first edition"),
                ("Home & Garden > Art > {m} (mythology)", "Winged goddess statue, resin 30 cm"),
                ("Music > Vinyl > {m}", "LP record, 1978 pressing, sleeve worn")]


def make_trap_category_node_honest(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    way = s.rng.randrange(3)
    if way == 0:  # the brand's goods at a retailer's price, described plainly
        cat = s.rng.choice(cats)
        amount, cur = b.floors[cat]
        path = s.rng.choice(BRAND_NODES).format(m=name, c=cat.title(), d=context.DEPARTMENTS.get(b.iwg, "All"))
        return Draft(_generic(cat, s), path, (round(amount * s.rng.uniform(1.1, 1.6), 2), cur),
                     s.rng.choice(["Authorised dealer, invoice included.", "Full warranty, receipt.", ""]))
    if way == 1:  # an accessory or part filed under the make it fits, at an accessory's price
        path, title = s.rng.choice(FITTING_PATHS)
        return Draft(title, path.format(m=name), (round(s.rng.uniform(3, 25), 2), "USD"), "")
    path, title = s.rng.choice(OTHER_SENSES)  # another sense of the word, at a book's price
    return Draft(title, path.format(m=name), (round(s.rng.uniform(4, 30), 2), "USD"), "")


# a host holding a mark's letters inside another word: marks glued to letters that make no shop word
INSIDE = ["{g}icalurl.com", "www.{g}ix-media.net", "{g}ority.org", "mr{g}ulus.io", "{g}ettes-blog.net"]
MARKETPLACE_HOSTS = [("shopee", "shopee.co.th"), ("mercari", "jp.mercari.com"), ("ebay", "www.ebay.co.uk"),
                     ("allegro", "allegro.pl"), ("tokopedia", "www.tokopedia.com")]
# the brand's own site: its name alone under a legacy generic TLD or a country's
OFFICIAL = ["www.{g}.com", "{g}.co.uk", "shop.{g}.de", "www.{g}.com.au", "store.{g}.fr", "{g}.co.jp"]


def make_trap_host_innocent(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    g = _host_form(name, s).replace("-", "")
    cat = s.rng.choice(cats)
    way = s.rng.randrange(4)
    if way == 0:  # the letters inside another word, a generic item at a low price
        draft = Draft(_generic(cat, s), cat, _price(b, s, cat, low=True), "")
        draft.url = f"https://{s.rng.choice(INSIDE).format(g=g)}/p/{s.rng.randrange(10**6)}"
    elif way == 1:  # a marketplace's own host, a generic item at a low price
        market, host = s.rng.choice(MARKETPLACE_HOSTS)
        draft = Draft(_generic(cat, s), cat, _price(b, s, cat, low=True), "", marketplace=market)
        draft.url = f"https://{host}/item/{s.rng.randrange(10**9)}"
    elif way == 2:  # an honest reseller named after the brand at a retailer's price
        amount, cur = b.floors[cat]
        draft = Draft(_generic(cat, s), cat, (round(amount * s.rng.uniform(1.1, 1.5), 2), cur),
                      "Authorised retailer, invoice and warranty.", marketplace="social-ads")
        draft.url = f"https://www.{g}-specialist.com/products/{s.rng.randrange(10**5)}"
    else:  # the brand's own site, its outlet's sale price included
        draft = Draft(_generic(cat, s), cat, _price(b, s, cat, low=s.rng.random() < 0.5), "Official store.",
                      marketplace="brand-site")
        draft.url = f"https://{s.rng.choice(OFFICIAL).format(g=g)}/outlet/{s.rng.randrange(10**6)}"
    return draft


# (script, host, a genuine listing's title, an accessory's title and the slug's "for", a book's title and "history of")
LOCAL_HONEST = {"cyrillic": ("www.avito.ru", "новый, чек и гарантия", ("чехол прозрачный", "чехол-для"),
                             ("книга, твёрдый переплёт", "история")),
                "greek": ("www.xe.gr", "καινούργιο με απόδειξη", ("θήκη σιλικόνης", "θήκη-για"), ("βιβλίο", "ιστορία")),
                "hangul": ("m.bunjang.co.kr", "새상품 정품 영수증", ("실리콘 케이스", "케이스"), ("책 양장본", "역사")),
                "katakana": ("jp.mercari.com", "新品 正規品 保証書付き", ("スマホケース 透明", "ケース"), ("書籍 ハードカバー", "歴史"))}


def make_trap_slug_local_honest(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b)
    cats = [c for c in b.categories if c in b.floors]
    if name is None or not cats or _limited(s):
        return None
    script = s.rng.choice(sorted(LOCAL_HONEST))
    host, genuine, (case, case_for), (book, history) = LOCAL_HONEST[script]
    local = "-".join(sound.in_script(name, script, s.rng).split())
    if not local:
        return None
    way = s.rng.randrange(3)
    if way == 0:  # the brand's goods at a retailer's price
        cat = s.rng.choice(cats)
        amount, cur = b.floors[cat]
        draft = Draft(genuine, cat, (round(amount * s.rng.uniform(1.1, 1.6), 2), cur), "")
        slug = f"{local}-{s.rng.randrange(10**7)}"
    elif way == 1:  # an accessory's slug says what it fits
        draft = Draft(case, "phone cases", (round(s.rng.uniform(3, 15), 2), "USD"), "")
        slug = f"{case_for}-{local}-{s.rng.randrange(10**7)}" if case_for != "ケース" and case_for != "케이스" else \
            f"{local}-{case_for}-{s.rng.randrange(10**7)}"
    else:  # a book about the brand
        draft = Draft(book, "books", (round(s.rng.uniform(5, 30), 2), "USD"), "")
        slug = f"{history}-{local}-{s.rng.randrange(10**7)}"
    draft.url = f"https://{host}/item/{quote(slug, safe='-')}"
    return draft


EVASIONS = {
    "category_node": "a generic title in the brand's category; the brand only as a node of the listing's category path "
                     "(Shop by brand > X, Dept > Cat > X, Marken > X, Бренды > X), with a copy word or a price far below "
                     "the floor",
    "host_shop": "a generic title; the brand only in the host of the shop's own site (x-outlet.shop, "
                 "www.x-official-store.top, x.sale-eu.com, xdeals.store, IDN hosts as punycode), with a copy word or a "
                 "price far below the floor",
    "slug_encoded": "a generic title in the market's language; the brand only in the item's URL slug in the market's "
                    "script (a Chinese alias, the name by its sound in six scripts), percent-encoded, with a copy word "
                    "or a price far below the floor",
}
TRAPS = {
    "trap_category_node_honest": "the brand's node of the category path on honest listings: its goods at a retailer's "
                                 "price, an accessory or part filed under the make it fits, a node in another sense "
                                 "(Books > Mythology > Nike, 'Nike (mythology)')",
    "trap_slug_local_honest": "the brand's name by its sound in a local-script item slug (percent-encoded) on honest "
                              "listings: its goods at a retailer's price, an accessory's slug saying what it fits, a "
                              "book about the brand",
    "trap_host_innocent": "hosts holding a mark's letters inside another word (canonicalurl.com), marketplaces' own "
                          "hosts, an honest reseller named after the brand at a retailer's price, the brand's own domain",
}
EVASION_MAKERS = {"category_node": make_category_node, "host_shop": make_host_shop, "slug_encoded": make_slug_encoded}
TRAP_MAKERS = {"trap_category_node_honest": make_trap_category_node_honest, "trap_host_innocent": make_trap_host_innocent,
               "trap_slug_local_honest": make_trap_slug_local_honest}
