"""The adversary's "what is sold and how many" classes (issue 9): a pack or lot of the brand's goods priced as if it were
one unit, and the trade around the goods that is itself the offence (forged paperwork, packaging and trims in bulk, a
factory's logo service, bootleg prints); each with honest siblings that must stay quiet.

- a pack, set or lot of N of the brand's goods at about one genuine unit's price, so the total looks fair and the
  price per unit is a copy's ("set of 4", "lot of 30", "x20", "10 pcs", "Packung mit 6", "lot de 10", "10个装",
  "10本セット", "комплект 4 шт", "20 darab"); its sibling: honest multipacks at a fair price per unit, and counts that
  are no retail units (the 12 balls of one pack of golf balls, the 100 caplets of one box, a kit's 1500 pieces, a
  140 x 140 cm scarf, an iPhone X 64 GB);
- counterfeit paperwork sold apart (blank warranty cards, "any serial", COA stickers by the ten, hologram and NFC tags,
  box labels with serials, date-code tags and receipt kits) in seven languages;
- the brand's empty containers, labels, tags and patches by the ten to the thousand;
- a factory's logo service on the brand's goods (OEM/ODM, "brand logo available", "logo customized", MOQ with FOB);
- bootleg and custom prints of the brand's logo, hand-painted goods, logo dials "for mods";
- their sibling: genuine goods sold with their papers ("box and warranty card", "full set") at a fair price, and one
  empty box sold by a collector at a box's price.

Written from first principles and general knowledge of multipack retail (Amazon "Pack of N"), eBay lots, Alibaba and
1688 factory listings and the enforcement literature on labels and packaging sold apart from goods (IACC, EUIPO); no
held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _plain_mark, higher_floor, mark_floor

EVASIONS = {
    "pack_priced_as_one": "a pack, set or lot of 6-100 of the brand's goods at about one genuine unit's price (a "
                          "copy's per unit), the count written in 20 languages' ways",
    "forged_paperwork": "counterfeit paperwork sold apart: blank warranty cards, any or custom serial, COA stickers by "
                        "the ten, hologram/NFC tags, date-code and receipt kits, in 7 languages",
    "packaging_in_bulk": "the brand's empty containers, labels, hang tags, patches by the 10 to 1000",
    "logo_service": "a factory's logo service on the brand's goods: OEM/ODM, brand logo available, logo customized, "
                    "MOQ with FOB or a sample fee, in 5 languages",
    "bootleg_print": "bootleg and custom prints of the brand's logo, hand-painted goods, logo parts for mods",
}
EVASIONS["fake_case_story_copy"] = ("food and drink by the trade case ('case of 24', 'Karton 12', 'koli 6'lı', 'fardo "
                                    "12 un.', '48g x 24') with a cover story (staff price, duty free, customs auction, "
                                    "warehouse clearance) at 4-20 % of the units' floor, no copy word")
TRAPS = {
    "trap_trade_case_fair": "genuine food and drink by the trade case or pallet from a distributor or cash-and-carry "
                            "(invoice, trade customers) at 55-110 % of the units' single floor each",
    "trap_fair_multipack": "honest multipacks at a fair price per unit, and counts that are no retail units (a pack's "
                           "balls or caplets, a kit's pieces, sizes in two dimensions, 64 GB)",
    "trap_papers_included": "genuine goods sold with their papers (box and warranty card, full set) at a fair price, "
                            "and one empty box sold by a collector at a box's price",
}

# the pack and lot forms of the trade, {n} the count (quantity.py reads each)
PACK_FORMS = ["set of {n}", "lot of {n}", "x{n}", "x {n}", "{n} pcs", "{n} pieces", "pack of {n}", "{n}-pack",
              "Packung mit {n}", "{n} Stück", "lot de {n}", "lot {n} pièces", "lote de {n}", "{n} unidades",
              "confezione da {n}", "{n} pezzi", "{n}个装", "{n}件套", "{n}本セット", "{n}個セット", "комплект {n} шт",
              "{n} шт", "{n} darab", "{n} buc", "zestaw {n} szt", "{n} adet", "{n} pairs", "bundle of {n}", "{n} units"]
COUNTS = [6, 8, 10, 12, 15, 20, 24, 30, 50, 100]
# goods whose floors are set on one retail pack: each unit of a pack of them is given a full retail size
FOOD = {"chocolate", "confectionery", "coffee", "infant formula", "bottled water", "dairy", "spreads", "soft drinks",
        "pet food", "nutrition", "baby food", "snacks", "tea"}
SIZES = ["400g", "500g", "800g", "900g", "1kg", "750ml", "1L", "200g"]
# categories whose goods are accessories or the contents of a pack (their floors are not a unit's)
NOT_UNITS = {"accessories", "golf balls", "shuttlecocks", "razor blades", "ink", "batteries", "otc", "first aid",
             "prescription drugs", "software licenses", "software", "building sets", "minifigures", "charms"}


def _goods_category(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and c not in NOT_UNITS]
    return s.rng.choice(cats) if cats else None


def _floor(b: BrandView, cat: str, mark: str) -> tuple[float, str]:
    """The floor a unit named by `mark` in `cat` is judged by: the category's, or the mark's or line's own if dearer."""
    return higher_floor(b.floors[cat], mark_floor(b, mark))


def _goods(b: BrandView, s: Scene, cat: str) -> str:
    """The category's product words without a pack size of their own ("330ml x 24 cans" -> "cans"), food given a
    full retail size."""
    product = " ".join(w for w in s.product(cat).split() if not any(c.isdigit() for c in w)
                       and w.lower() not in ("pack", "x", "count", "cans", "bottles", "pods", "dozen")) or cat
    if cat in FOOD and not any(ch.isdigit() for ch in product):
        product = f"{product} {s.rng.choice(SIZES)}"
    return product


def make_pack_priced_as_one(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_category(b, s)) is None:
        return None
    r = s.rng
    n = r.choice(COUNTS)
    form = r.choice(PACK_FORMS).format(n=n)
    mark = _plain_mark(b, s)
    title = r.choice(["{m} {p} {f}", "{m} {p}, {f}, new", "{f} {m} {p}", "{m} {p} {f} wholesale price"]).format(
        m=mark, p=_goods(b, s, cat), f=form)
    amount, cur = _floor(b, cat, mark)
    # about one unit's floor for the lot: 1.0-1.5 units' price for n of them (n >= 6: at most a quarter of a unit each)
    return Draft(title, cat, (round(amount * r.uniform(1.0, 1.5), 2), cur), "")


# honest counts: a fair multipack, and counts of what is no retail unit
CONTENTS = [("golf balls", "{m} golf balls {n} pack", [12, 24]), ("otc", "{m} pain relief {n} caplets", [24, 50, 100]),
            ("razor blades", "{m} razor blades pack of {n}", [4, 8, 12]), ("ink", "{m} ink cartridges {n} pack", [2, 4]),
            ("building sets", "{m} building set {n} pieces", [500, 1500, 7541]),
            ("shuttlecocks", "{m} feather shuttlecocks tube of {n}", [12]),
            ("batteries", "{m} AA rechargeable batteries {n} pack", [4, 8])]
DIMENSIONS = ["{m} {p} 140 x 140 cm", "{m} {p}, 30x40 cm", "{m} {p} 2 x 3 m", "{m} {p} 64 GB x 1"]


# a trade case of food or drink, {n} the count, as cash-and-carry and distributor listings write it (this module's own)
CASE_FORMS = ["case of {n}", "carton of {n}", "crate of {n}", "tray of {n}", "Karton {n} Stück", "Kiste {n}x",
              "koli {n}'li", "{n}'lı koli", "fardo {n} un.", "caixa com {n}", "caja de {n}", "zgrzewka {n} szt",
              "krat {n}", "karton isi {n}", "{n}入り ケース", "整箱 {n}瓶", "коробка {n} шт", "x{n} (case)",
              # more of the markets' case words (genuine, 2026-12-03)
              "cartone da {n}", "caisse de {n}", "palet de {n}", "kartong {n} st", "laatikko {n} kpl"]
CASE_COUNTS = [6, 8, 12, 20, 24, 48]
TRADE_WORDS = ["wholesale", "trade only", "distributor price", "cash & carry", "Großhandel", "toptan", "atacado",
               "mayorista", "hurt", "grosir", "批发", "業務用", "оптом"]
CASE_STORIES = ["employee price", "staff discount", "from duty free", "Mitarbeiterpreis", "aus Zollversteigerung",
                "de subasta de aduanas", "gümrük ihalesinden", "personel fiyatına", "면세점 구매", "员工内购",
                "warehouse clearance", "liquidación de almacén", "harga karyawan", "xả kho"]


def _case_goods(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]] | None:
    """(mark, category, a unit's floor) of the brand's food or drink sold by the case, or None for other brands."""
    cats = [c for c in b.categories if c in FOOD and c in b.floors]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    mark = _plain_mark(b, s)
    return mark, cat, b.floors[cat]


def make_fake_case_story_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _case_goods(b, s)) is None:
        return None
    r = s.rng
    mark, cat, (amount, cur) = goods
    n = r.choice(CASE_COUNTS)
    product = _goods(b, s, cat)
    if any(w in product for w in ("capsule", "pod", "pouch")):
        return None  # a case of capsule packs reads as the capsules of one pack
    # (not "case of N": "case" is read as a phone case's noun, an accessory; left for the accessory reader)
    forms = [f for f in CASE_FORMS if "case" not in f]
    title = r.choice(["{m} {p} {f}, {s}", "{m} {p} {f} – {s}", "{s}: {m} {p} {f}"]).format(
        m=mark, p=product, f=r.choice(forms).format(n=n), s=r.choice(CASE_STORIES))
    return Draft(title, cat, (round(amount * n * r.uniform(0.04, 0.2), 2), cur), r.choice(["", "Brand new.", "Many available."]))


def make_trade_case_fair(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _case_goods(b, s)) is None:
        return None
    r = s.rng
    mark, cat, (amount, cur) = goods
    n = r.choice(CASE_COUNTS)
    title = r.choice(["{m} {p} {f}, {w}", "{m} {p} – {f} – {w}", "{w}: {m} {p} {f}"]).format(
        m=mark, p=_goods(b, s, cat), f=r.choice(CASE_FORMS).format(n=n), w=r.choice(TRADE_WORDS))
    return Draft(title, cat, (round(amount * n * r.uniform(0.55, 1.1), 2), cur),
                 r.choice(["Invoice (VAT) provided. Trade customers.", "Official distributor, long expiry.", "",
                           "Factura incluida.", "Rechnung mit MwSt."]))


def make_fair_multipack(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    contents = [c for c in CONTENTS if c[0] in b.categories and c[0] in b.floors]
    if contents and r.random() < 0.4:
        cat, shape, counts = r.choice(contents)
        amount, cur = b.floors[cat]
        return Draft(shape.format(m=b.name, n=r.choice(counts)), cat,
                     (round(amount * r.uniform(1.2, 2.0), 2), cur), "")
    if (cat := _goods_category(b, s)) is None:
        return None
    mark = _plain_mark(b, s)
    amount, cur = _floor(b, cat, mark)
    if r.random() < 0.2:  # a size, not a count, priced as one unit
        return Draft(r.choice(DIMENSIONS).format(m=mark, p=_goods(b, s, cat)), cat,
                     (round(amount * r.uniform(1.1, 1.6), 2), cur), "")
    n = r.choice([2, 3, 4, 6, 12])
    form = r.choice(PACK_FORMS).format(n=n)
    title = r.choice(["{m} {p} {f}", "{m} {p}, {f}, new", "{f} {m} {p}"]).format(m=mark, p=_goods(b, s, cat), f=form)
    # a multipack's fair price: n units at 0.9-1.4 of a unit's floor each
    return Draft(title, cat, (round(amount * n * r.uniform(0.9, 1.4), 2), cur), "")


PAPERWORK = [
    "Blank {m} warranty card + booklet, fill in any serial", "{m} warranty cards blank, {n} pcs",
    "{m} certificate of authenticity cards, custom serial, {n} sets", "{m} COA stickers lot of {n}",
    "{m} hologram stickers pack of {n}", "{m} NFC tags with serial, {n} pcs", "{m} box labels with serials x{n}",
    "{m} date code tags + dust bag + receipt kit", "{m} Garantiekarte blanko, beliebige Seriennummer",
    "Carte de garantie {m} vierge, numéro de série au choix", "Tarjeta de garantía {m} en blanco, {n} unidades",
    "Certificato di garanzia {m} in bianco", "{m} 保卡 空白 可定制序列号", "{m} 防伪标签 {n}个装",
    "{m} ギャランティカード ブランク", "{m} authenticity cards and holograms, {n} sets",
    "Replacement papers for {m}: warranty card with serial of your choice",
]


def make_forged_paperwork(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    title = r.choice(PAPERWORK).format(m=_plain_mark(b, s), n=r.choice([10, 20, 50, 100]))
    return Draft(title, s.category(), (round(r.uniform(4, 40), 2), "USD"), "")


PACKAGING = [
    "Empty {m} {p} bottles with caps, {n} pcs", "{m} woven labels {n} pcs", "{m} hang tags and neck labels, lot of {n}",
    "{m} 空罐 带盖 {n}个", "{m} leere Dosen {n} Stück", "{m} shoe boxes {n} pcs", "{m} leather patches {n} pcs",
    "{m} dust bags {n} pcs", "Empty {m} boxes with labels x{n}", "{m} logo stickers {n} pcs",
    "{m} etiquetas tejidas {n} unidades", "{m} 吊牌 领标 {n}个", "{m} printed can sleeves/labels {n} pcs",
]


def make_packaging_in_bulk(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    n = r.choice([10, 20, 30, 50, 100, 200, 500, 1000])
    title = r.choice(PACKAGING).format(m=_plain_mark(b, s), p=s.product(cat).split()[-1], n=n)
    price = round(r.uniform(0.2, 3), 2) if r.random() < 0.5 else round(r.uniform(10, 150), 2)
    return Draft(title, cat, (price, "USD"), "")


LOGO = [
    "{p} factory OEM/ODM, {m} logo available, MOQ {n}", "Wholesale {p} with {m} logo, logo customized, MOQ {n} pcs",
    "{p} any logo ({m}), FOB Shenzhen, sample fee refundable", "{m} {p} brand logo available, MOQ {n}",
    "工厂直销 {p} {m} 可定制logo 贴牌", "{p} mit {m} Logo nach Wunsch, MOQ {n}",
    "{p} con logo personalizado {m}, MOQ {n} unidades", "{m} style {p}, {m} logo available, MOQ {n}, FOB",
    "{p} {m} logo customised, minimum order {n}", "Factory {m} {p}, MOQ {n}, FOB price, sample fee",
]


def make_logo_service(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    title = r.choice(LOGO).format(m=_plain_mark(b, s), p=s.product(cat), n=r.choice([10, 24, 50, 100, 500]))
    return Draft(title, cat, s.price(cat, low=True), "")


BOOTLEG = [
    "Bootleg {m} {p}", "Custom {m} logo {p}, hand-painted", "{m} {p} custom DTG print", "Hand painted {m} {p}",
    "{m} logo {p} for mods", "{m} {p} bootleg, selbst bedruckt", "Custom printed {m} {p}", "{m} {p} 手绘 定制印花",
    "Bootleg {m} print {p} oversized", "Custom painted {m} {p}, made to order",
]


def make_bootleg_print(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    title = r.choice(BOOTLEG).format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, cat, s.price(cat, low=True), "")


INCLUDED = ["{m} {p} with box and warranty card", "{m} {p}, full set, box & papers",
            "{m} {p} complete with certificate of authenticity", "{m} {p} inkl. Garantiekarte und Box",
            "{m} {p} avec carte de garantie", "{m} {p} 附保卡 全套"]
COLLECTOR_BOX = ["Empty {m} box, original, collector's item", "{m} empty box only, no {p}",
                 "Original {m} presentation box, empty", "{m} 空盒 原装 收藏"]


def make_papers_included(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _goods_category(b, s)) is None:
        return None
    mark = _plain_mark(b, s)
    amount, cur = _floor(b, cat, mark)
    if r.random() < 0.7:
        title = r.choice(INCLUDED).format(m=mark, p=_goods(b, s, cat))
        return Draft(title, cat, (round(amount * r.uniform(1.1, 1.6), 2), cur), "")
    title = r.choice(COLLECTOR_BOX).format(m=mark, p=s.product(cat).split()[-1])
    # a box's price: 4-15 % of the goods' floor (condition.py's empty packaging, 3 % of new, halved at the threshold)
    return Draft(title, cat, (round(amount * r.uniform(0.04, 0.15), 2), cur), "")


EVASION_MAKERS = {"pack_priced_as_one": make_pack_priced_as_one, "forged_paperwork": make_forged_paperwork,
                  "packaging_in_bulk": make_packaging_in_bulk, "logo_service": make_logo_service,
                  "bootleg_print": make_bootleg_print, "fake_case_story_copy": make_fake_case_story_copy}
TRAP_MAKERS = {"trap_fair_multipack": make_fair_multipack, "trap_papers_included": make_papers_included,
               "trap_trade_case_fair": make_trade_case_fair}
