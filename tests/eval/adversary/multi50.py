"""The adversary's classes of honest listings that name several brands, each with its own item, and the copies that
borrow their words (multi50, issue 9).

- A retailer's gift set, hamper or advent calendar, or an owner's bundle, lists items of three houses of one trade,
  each with its product and a size or count ("Gift set: <A> <goods> 50ml, <B> <goods> 2 pcs, <C> <goods>"; Geschenkset,
  coffret, set regalo, cesta, подарочный набор, 礼盒, ギフトセット), at the sum of the items' floors or more: quiet
  (traps `trap_multi_gift_set`, `trap_multi_bundle`). The brands' names are items of a list, no tag cloud of keywords
  (context/retail.py `listed_items`).
- The same set's words beside one brand's item with the copy trade's talk at a fair price ("AAA quality", "1:1
  mirror", "réplica", "高仿"): must alert (evasion `multi_set_copy_talk`); at a copy's price (5-20 % of the floor) it
  should too (evasion `multi_set_copy_price`, registered by lots51).

Written from general knowledge of retailers' seasonal gift ranges and marketplace bundles; no held-out listing's
string. Found by outsider38's in_gift_set_genuine_multi38, in_multibrand_retailer38 and in_lot_all_genuine38 after
that set was scored (multi50).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, brand_views
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_multi_gift_set": "a retailer's gift set, hamper or advent calendar of three houses' goods, each with its "
                           "product and a size or count (gift set, Geschenkset, coffret, set regalo, подарочный набор, "
                           "礼盒, ギフトセット; 11 languages), at the sum of the items' floors or more",
    "trap_multi_bundle": "an owner's bundle of three houses' genuine goods, each with its product ('Bundle: A goods + "
                         "B goods + C goods'), receipts, at the sum of the items' floors or more",
}
EVASIONS = {
    "multi_set_copy_price": "a gift set's or bundle's words beside one brand's item and unbranded extras at a copy's "
                            "price (5-20 % of the floor; registered by lots51: the set's count of an item is no unit of "
                            "a pack, index.score_listing)",
    "multi_set_copy_talk": "a gift set's or bundle's words beside one brand's item and unbranded extras, with the copy "
                           "trade's talk (AAA quality, 1:1 mirror, réplica, 高仿) at a fair price",
}
# (the same set at a copy's price, 5-20 % of the floor, make_set_copy_price, alerted 0.91 on merge50 and on multi50 alike:
# the set's count of the item, "(x1)", read as one unit of a pack; registered by lots51, which reads it as the set's count)

# (head of the title, item separator, description), one language each
SETS = [
    ("Gift set: ", ", ", "Retailer's holiday gift set, all full-size or deluxe items, sealed."),
    ("Christmas hamper – ", ", ", "Festive hamper, every item sealed, gift wrapped."),
    ("Advent calendar with ", ", ", "24 doors, the items listed, official retailer."),
    ("Geschenkset: ", ", ", "Geschenkset vom Fachhändler, alle Artikel originalverpackt."),
    ("Coffret cadeau : ", ", ", "Coffret de fêtes du distributeur, produits scellés."),
    ("Set regalo: ", ", ", "Confezione regalo del rivenditore, prodotti sigillati."),
    ("Cesta de regalo: ", ", ", "Cesta de Navidad de la tienda, productos precintados."),
    ("Kit presente: ", ", ", "Kit de Natal da loja, produtos lacrados."),
    ("Kerstpakket: ", ", ", "Kerstpakket van de winkel, alles verzegeld."),
    ("Подарочный набор: ", ", ", "Подарочный набор от магазина, всё запечатано."),
    ("礼盒：", "、", "商场节日礼盒，全部未拆封。"),
    ("ギフトセット：", "、", "百貨店のギフトセット、すべて未開封です。"),
]
BUNDLES = [
    ("Bundle: ", " + ", "All genuine, bought in the stores, receipts in the photos."),
    ("Lot: ", " / ", "Everything authentic, receipts available, selling as a bundle."),
    ("Paket: ", " + ", "Alles original, Rechnungen vorhanden, nur zusammen."),
    ("Lote: ", " + ", "Todo original, con tickets de compra."),
    ("Комплект: ", " + ", "Всё оригинал, чеки есть, продаю вместе."),
]
# a count or the state after each item (no size: a "15ml" after a bag would be a sample's)
SIZES = ["x1", "1 pc", "(1)", "boxed", "sealed", "new", "1x", "(x1)"]
# unbranded extras of a set
EXTRAS = ["scented candle", "cotton pouch", "travel mirror", "ribbon box", "greeting card", "makeup bag"]
COPY_TALK = ["AAA quality", "1:1 mirror quality", "réplica 1:1", "top quality copy", "高仿", "копия люкс",
             "Kopie 1:1", "copie haute qualité"]

# the least floor, in the floor's currency, whose 5-20 % is still a price a listing is written at
DEAR_ENOUGH = {"USD": 20, "EUR": 20, "GBP": 20, "CNY": 150, "JPY": 3000, "KRW": 30000, "INR": 1500, "RUB": 2000}


def _others(b: BrandView, s: Scene, currency: str) -> list[tuple[str, str, float]] | None:
    """Two other brands of the brand's trade (its working group) with goods and a floor in `currency`: (mark, product,
    floor) each, else None."""
    pool = [o for o in brand_views() if o.id != b.id and o.iwg == b.iwg]
    s.rng.shuffle(pool)
    picked = []
    for o in pool:
        goods = _goods(o, Scene(o, s.rng))
        if goods is None:
            continue
        mark, _, product, floor = goods
        amount, cur = _title_floor(o, f"{mark} {product}", floor)
        if cur == currency and mark.casefold() not in b.everything:
            picked.append((mark, product, amount))
        if len(picked) == 2:
            return picked
    return None


def _several(b: BrandView, s: Scene, heads) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    others = _others(b, s, cur)
    if others is None:
        return None
    r = s.rng
    items = [(mark, product, amount), *others]
    r.shuffle(items)
    head, sep, desc = r.choice(heads)
    title = head + sep.join(f"{m} {p} {r.choice(SIZES)}" for m, p, _ in items)
    total = sum(a for _, _, a in items)
    return Draft(_cap(title), cat, (round(total * r.uniform(1.05, 1.5), 2), cur), desc)


def make_gift_set(b: BrandView, s: Scene) -> Draft | None:
    return _several(b, s, SETS)


def make_bundle(b: BrandView, s: Scene) -> Draft | None:
    return _several(b, s, BUNDLES)


def _one_brand_set(b: BrandView, s: Scene, share: tuple[float, float], talk: bool) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    if not talk and floor[0] < DEAR_ENOUGH.get(floor[1], 20):
        return None  # a can of soda at 10 % is cents: no price a listing is written at
    r = s.rng
    head, sep, desc = r.choice(SETS + BUNDLES)
    extras = r.sample(EXTRAS, 2)
    title = head + sep.join([f"{mark} {product} {r.choice(SIZES)}", *extras])
    if talk:
        title = f"{title} – {r.choice(COPY_TALK)}"
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(_cap(title), cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_set_copy_talk(b: BrandView, s: Scene) -> Draft | None:
    return _one_brand_set(b, s, (1.0, 1.4), talk=True)


def make_set_copy_price(b: BrandView, s: Scene) -> Draft | None:
    return _one_brand_set(b, s, (0.05, 0.2), talk=False)


FEW = {"multi_set_copy_price": 3}  # (lots51) three a brand: the suite's time is short
TRAP_MAKERS = {"trap_multi_gift_set": make_gift_set, "trap_multi_bundle": make_bundle}
EVASION_MAKERS = {"multi_set_copy_talk": make_set_copy_talk, "multi_set_copy_price": make_set_copy_price}
