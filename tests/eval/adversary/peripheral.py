"""The adversary's peripheral-field classes (shape, 2026-12-01): the brand named only in the shop's name or in the
item's own URL slug, under a generic title at a normal price with no cue, and the honest listings of the same shape.

Written from first principles of how marketplaces build a listing's page, not from any held-out set: the URL's last
path segment is the item's slug, which the marketplace writes from the title the listing was created with ("/item/
rolex-submariner-41mm-123456"), so a slug that names the brand under a title that does not is a title edited to hide
it; the folders before it ("/brands/rolex/", "/shop/rolex-store/") are the site's and the shop's navigation. A shop
that takes a brand's name ("Rolex Outlet 88", "Canon Factory Store", "Gucci 专卖") and sells that brand's kind of goods
under generic titles is what a brand-protection analyst reviews first; shops that name a brand honestly say what
they do with it (repairs, parts, second-hand, accessories), and a shop whose name holds a mark that is an everyday
word sells something else (Apple Pie Bakery, Shell Beach Crafts).

- shop_named: a shop named after the brand, the brand's category, a generic title, a normal price, no cue;
- item_slug: the brand and its product in the item's own URL slug, the brand's category, a generic title, a
  normal price, no cue.
- photo_named: the brand and its product only in the file names of the listing's photos (a product shot saved from the
  brand's site keeps its name: ".../uploads/2026/11/rolex-submariner-date-41mm-1.jpg"), the brand's category, a
  generic title, a copy's price, no cue; the names written as sites and cameras write them (hyphens, underscores,
  %20, capitals, a gallery number, an extension).

Traps:
- trap_shop_named: repair, parts, second-hand and accessory shops named after the brand selling in its
  categories; shops whose name holds a mark but sell something far from the brand's goods;
- trap_item_slug: item slugs of accessories that fit the brand's product (case-for-iphone-15, samsung-compatible-
  charger), and slugs that name a mark in a listing far from the brand's categories.
- trap_photo_named: photos named after what an accessory fits ("iphone-15-case-clear.jpg") or what a product imitates
  or is compared with ("rolex-style-...", "...-vs-dyson-airwrap"), a CDN's hashes and cameras' names (IMG_2041.JPG,
  DSC01234, 3fa9c2e1b7d0.webp) under a generic title in the brand's category, an everyday-word mark in the photo of a
  listing far from the brand's goods ("apple-pie-slice.jpg"), and honest retailers whose title and photos name the
  brand at its price.
"""

from __future__ import annotations

from tests.eval.adversary import context, genuine
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark

EVASIONS = {
    "shop_named": "a shop named after the brand (Rolex Outlet 88) selling its kind of goods under a generic title, no cue",
    "item_slug": "the brand only in the item's own URL slug (/item/rolex-submariner-41mm-123), a generic title, no cue",
    "photo_named": "the brand only in the file names of the listing's photos (.../rolex-submariner-date-41mm-1.jpg), a "
                   "generic title, no cue",
}
TRAPS = {
    "trap_shop_named": "repair, parts, second-hand and accessory shops named after the brand; a mark in the name of a "
                       "shop selling something far from the brand's goods",
    "trap_item_slug": "accessory slugs that fit the brand's product (case-for-x, x-compatible-charger); a mark in the "
                      "slug of a listing far from the brand's categories",
    "trap_photo_named": "photos named after what an accessory fits or a product imitates, cameras' and CDNs' names "
                        "under a generic title, an everyday-word mark in a far listing's photo, honest retailers",
}

SHOPS = ["{m} Outlet {n}", "{m} Factory Store", "{m} Lovers Shop", "Official {m} Store {n}", "{m} 专卖店", "{m} Boutique",
         "Best {m} Deals", "{m} Warehouse {n}", "{m}-Store{n}", "{m} Direct"]
HONEST_SHOPS = ["{m} Repair Center", "{m} Parts & Spares", "Used {m} Exchange", "Vintage {m} Collectors", "{m} Service Point",
                "Cases for {m} {n}", "Pre-owned {m} Club", "{m} Accessories Hub"]
HOSTS = ["https://www.shopmart.example", "https://m.bazaar.example", "https://item.marketplace.example"]
# a mark that is an everyday word, in the name of a shop that sells something else: (name, category, product, USD)
FAR_SHOPS = [("{m} Pie Bakery", "bakery", "sourdough loaf", 6.0), ("{m} Beach Crafts", "crafts", "seashell wind chime", 18.0),
             ("{m} Garden Supplies", "garden", "terracotta plant pot", 12.0), ("{m} Books & Maps", "books", "used paperback novel", 4.0)]


def _mark(b: BrandView, s: Scene) -> str | None:
    """A Latin mark of the brand that is no everyday word, letters and spaces only (a shop or a slug writes it plainly)."""
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and m.value.replace(" ", "").isalpha()
                          and len(m.value) >= 3])
    return m and m.value


def _generic(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]]:
    cat = s.category()
    product = s.product(cat)
    return cat, f"{_cap(product)} {s.rng.choice(['', 'new', 'in stock', 'fast shipping', 'with box'])}".strip(), s.price(cat)


def make_shop_named(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    if m is None:
        return None
    cat, title, price = _generic(b, s)
    draft = Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    draft.seller_name = s.rng.choice(SHOPS).format(m=m, n=s.rng.randrange(2, 99))
    return draft


def _slug(*parts: str) -> str:
    return "-".join(" ".join(parts).lower().replace("/", " ").split())  # a slug has no "/" of its own


def make_item_slug(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    if m is None:
        return None
    cat, title, price = _generic(b, s)
    product = s.product(cat)
    draft = Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    slug = _slug(m, s.rng.choice([product, "", "new"]))
    draft.url = f"{s.rng.choice(HOSTS)}/{s.rng.choice(['item', 'p', 'listing', 'dp'])}/{slug}" \
                f"{s.rng.choice(['-' + str(s.rng.randrange(10**6)), '.html', '_' + str(s.rng.randrange(10**5)), ''])}"
    return draft


def make_trap_shop_named(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    everyday = [x.value for x in b.latin_marks if x.everyday and x.value.isalpha()]
    if everyday and s.rng.random() < 0.4:
        name, cat, product, usd = s.rng.choice(FAR_SHOPS)
        draft = Draft(_cap(product), cat, (round(usd * s.rng.uniform(0.6, 1.4), 2), "USD"), s.rng.choice(context.DESCRIPTIONS))
        draft.seller_name = name.format(m=s.rng.choice(everyday))
        return draft
    if m is None:
        return None
    cat, title, price = _generic(b, s)
    draft = Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    draft.seller_name = s.rng.choice(HONEST_SHOPS).format(m=m, n=s.rng.randrange(2, 99))
    return draft


FITS = ["case for {m}", "{m} compatible charger", "replacement strap for {m}", "screen protector for {m}",
        "{m} style", "cover for {m} {p}", "stand for {m} {p}", "{m} compatible replacement parts"]


def make_trap_item_slug(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    if m is None:
        return None
    r = s.rng
    if r.random() < 0.7:  # an accessory for the brand's product, filed in the brand's category or among accessories
        cat = s.category()
        fit = r.choice(FITS).format(m=m, p=s.product(cat))
        title = _cap(fit.replace(m, "").replace("for  ", "for your ").replace("  ", " ").strip())
        acc_cat = cat if r.random() < 0.5 else "accessories"
        draft = Draft(title or "Accessory", acc_cat, (round(r.uniform(5, 25), 2), "USD"), "Third-party product.")
        draft.url = f"{r.choice(HOSTS)}/item/{_slug(fit)}-{r.randrange(10**6)}"
        return draft
    name, cat, product, usd = r.choice(FAR_SHOPS)  # a far listing whose slug holds a mark
    draft = Draft(_cap(product), cat, (round(usd * r.uniform(0.6, 1.4), 2), "USD"), r.choice(context.DESCRIPTIONS))
    draft.url = f"{r.choice(HOSTS)}/item/{_slug(m, product)}-{r.randrange(10**6)}"
    return draft


PHOTO_FOLDERS = ["https://cdn2.example/uploads/2026/11", "https://img.shopmart.example/i/{n}", "https://images.bazaar.example/p",
                 "https://m.media.example/catalog/product/cache/{n}", "https://cdn.shop.example/s/files/1/{n}/products"]
EXTENSIONS = [".jpg", ".JPG", ".jpeg", ".png", ".webp"]
NUMBERS = ["-1", "_01", "", "-2", "-front", "-large", "-800x800"]


def _photo_urls(r, words: list[str], count: int | None = None) -> list[dict]:
    """Photo URLs whose file name is the words, written as sites and cameras write names: hyphens, underscores or %20,
    lower case, as written or capitals, a gallery number, an extension; 1-3 photos of one name, maybe with a hash."""
    sep = r.choice(["-", "-", "_", "%20"])
    case = r.choice([str.lower, str.lower, str, str.upper])
    name = sep.join(case(w).replace(" ", sep).replace("/", sep) for w in words if w)  # "1/144": no folder of its own
    folder = r.choice(PHOTO_FOLDERS).format(n=r.randrange(10**4))
    ext = r.choice(EXTENSIONS)
    urls = [f"{folder}/{name}{r.choice(NUMBERS) if k == 0 else f'-{k + 1}'}{ext}" for k in range(count or r.randint(1, 3))]
    if r.random() < 0.3:  # a photo of the seller's own, named by the camera or hashed by the CDN
        urls.insert(r.randrange(len(urls) + 1), f"{folder}/{r.choice(CAMERA_NAMES).format(n=r.randrange(10**4, 10**5))}")
    return [{"url": u} for u in urls]


CAMERA_NAMES = ["IMG_{n}.JPG", "DSC0{n}.jpg", "PXL_20261103_{n}.jpg", "{n}a3f9c2e1b7d0.webp", "photo_{n}.jpeg", "image{n}.png"]


def make_photo_named(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    if m is None:
        return None
    cat, title, price = _generic(b, s)
    draft = Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    r = s.rng
    model = r.choice(b.models).value if b.models and r.random() < 0.4 else ""
    words = [m, model, s.product(cat) if r.random() < 0.8 else "", r.choice(["", "", "new", "original", "official"])]
    draft.images = _photo_urls(r, words)
    return draft


PHOTO_FITS = ["{m} {p} case clear", "case for {m} {p}", "{m} compatible charger", "replacement strap for {m}",
              "screen protector for {m} {p}", "{m} {p} cover silicone", "stand for {m} {p}", "{m} compatible replacement parts"]
PHOTO_LIKENESS = ["{m} style {p}", "{p} vs {m} comparison", "{m} homage {p}", "inspired by {m} {p}", "{m} alternative {p}",
                  "{m} dupe {p}"]
GENERIC_PHOTOS = [["generic", "{p}", "white"], ["{p}", "main", "image"], ["product", "photo"], ["{p}", "black", "new"]]


def make_trap_photo_named(b: BrandView, s: Scene) -> Draft | None:
    m = _mark(b, s)
    if m is None:
        return None
    r = s.rng
    kind = r.random()
    cat = s.category()
    p = s.product(cat)
    if kind < 0.35:  # an accessory for the brand's product, filed in the brand's category or among accessories
        fit = r.choice(PHOTO_FITS).format(m=m, p=p)
        title = _cap(r.choice(["clear case", "charger 25W", "replacement strap", "screen protector", "silicone cover",
                               "desk stand", "replacement parts kit"]))
        draft = Draft(title, cat if r.random() < 0.5 else "accessories", (round(r.uniform(5, 25), 2), "USD"), "Third-party product.")
        draft.images = _photo_urls(r, fit.split())
        return draft
    if kind < 0.55:  # a product that imitates or is compared with the brand's, said so in its photos' names
        cat, title, price = _generic(b, s)
        draft = Draft(title, cat, price, r.choice(context.DESCRIPTIONS))
        draft.images = _photo_urls(r, r.choice(PHOTO_LIKENESS).format(m=m, p=p).split())
        return draft
    if kind < 0.75:  # the seller's own photos or a generic stock shot, under a generic title in the brand's category
        cat, title, price = _generic(b, s)
        draft = Draft(title, cat, price, r.choice(context.DESCRIPTIONS))
        folder = r.choice(PHOTO_FOLDERS).format(n=r.randrange(10**4))
        draft.images = [{"url": f"{folder}/{r.choice(CAMERA_NAMES).format(n=r.randrange(10**4, 10**5))}"}
                        for _ in range(r.randint(1, 3))]
        if r.random() < 0.5:
            draft.images += _photo_urls(r, [w.format(p=p) for w in r.choice(GENERIC_PHOTOS)])
        return draft
    everyday = [x.value for x in b.latin_marks if x.everyday and x.value.isalpha()]
    if everyday and kind < 0.9:  # an everyday-word mark in the photo of a listing far from the brand's goods
        name, far_cat, product, usd = r.choice(FAR_SHOPS)
        draft = Draft(_cap(product), far_cat, (round(usd * r.uniform(0.6, 1.4), 2), "USD"), r.choice(context.DESCRIPTIONS))
        draft.images = _photo_urls(r, [r.choice(everyday), *product.split()])
        return draft
    # an honest retailer (genuine.py's trap_new_retail_fair): the brand in the title and the photos' names, at its price
    draft = genuine.make_new_retail_fair(b, s)
    if draft is not None:
        draft.images = _photo_urls(r, draft.title.split()[:5])
    return draft


EVASION_MAKERS = {"shop_named": make_shop_named, "item_slug": make_item_slug, "photo_named": make_photo_named}
TRAP_MAKERS = {"trap_shop_named": make_trap_shop_named, "trap_item_slug": make_trap_item_slug,
               "trap_photo_named": make_trap_photo_named}
