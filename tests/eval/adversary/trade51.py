"""The adversary's classes of honest trade channels that use the copy trade's words, and the copies that borrow theirs
(trade51, issue 9):

- a distributor's or dealer's B2B offer of the brand's goods naming its standing (authorised distributor, registered
  importer, letter of authorisation; 12 languages) with MOQ, FOB and a price per unit or per case at 100-180 % of the
  floor: quiet (trap). The same standing claimed by a factory at 3-20 % of the floor, or with the copy trade's grade
  talk at a fair price, or a lot with no price per unit: alert (evasions);
- an aftermarket maker's part "replacement for {brand} {model}" in its own or a neutral box, "no OEM logos", MOQ and
  FOB, at 10-40 % of the floor: quiet (trap); the same part packed "in the original {brand} box with logo and
  hologram": alert (evasion);
- a reseller's caption with no price (a price code, "DM for price") that states where the goods were bought and the
  receipt, and refuses copies ("no fakes, no reps", "não vendo réplica", 不卖高仿, không bán hàng fake): quiet (trap);
  the same caption that grades its goods as a copy ("mirror 1:1", "top batch", 原单): alert (evasion);
- a legit-check service by its own names (LC service, "authentic or replica?") for a fee: quiet (trap).

Written from general knowledge of B2B marketplaces' seller fields and distributors' offers, aftermarket parts
catalogues (cross-reference, OE number, neutral packing), Instagram and WeChat resellers' and daigou captions, and the
resale community's legit-check services. No held-out listing's string (after outsider39's
in_b2b_authorized_distributor39, in_indiamart_authorized_dealer39, in_b2b_fmcg_genuine_export39,
in_b2b_aftermarket_own_box39, in_ig_reseller_legit39, in_wechat_daigou39, in_legit_check_service39).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_distributor_standing": "an authorised distributor's or dealer's B2B offer (12 languages): MOQ, FOB, a price "
                                 "per unit or per case at 100-180 % of the floor, invoice or warranty",
    "trap_aftermarket_neutral_box": "an aftermarket maker's 'replacement for {brand} {model}' in its own or a neutral "
                                    "box, no OEM logos, MOQ and FOB, at 10-40 % of the floor",
    "trap_reseller_unpriced_receipt": "a reseller's caption with no price that says where the goods were bought, "
                                      "with the receipt, and refuses copies (6 languages)",
    "trap_legit_check_named": "a legit-check service by its own names (LC service, 'authentic or replica?') for a fee",
}
EVASIONS = {
    "distributor_claim_copy_price": "a factory claiming a distributor's standing, MOQ and FOB, at 3-20 % of the floor",
    "distributor_claim_grade_talk": "a distributor's standing with the copy trade's grade talk at a fair unit price",
    "distributor_lot_no_unit_price": "a distributor's standing on a wholesale lot with no price per unit, the lot's "
                                     "price at one unit's floor",
    "aftermarket_brand_box": "'replacement for {brand} {model}' packed in the original {brand} box with logo and "
                             "hologram, MOQ and FOB, at 10-40 % of the floor",
    "reseller_receipt_copy_grade": "a reseller's unpriced caption with a receipt and 'no fakes' that grades its goods "
                                   "as a copy (mirror 1:1, top batch, 原单, hàng rep 1:1)",
}
# a few varied listings a brand (suite time)
FEW = dict.fromkeys([*TRAPS, *EVASIONS], 1)

# (title tail, description) of a distributor's offer; {m} the goods, {p} the price, {c} its currency
DISTRIBUTOR = [
    ("– authorized distributor stock", "Authorized distributor for the Middle East. Brand new, manufacturer warranty "
                                       "and invoice. MOQ 20 units, FOB Jebel Ali. Price {p} {c} per unit."),
    ("(official importer)", "Official importer, authorization letter on request. MOQ 5 cartons, FOB Rotterdam, "
                            "{p} {c} per unit. VAT invoice."),
    ("– Business Type: Authorised Dealer", "Minimum Order Quantity: 2 Piece\nPrice: {p} {c}/Piece\nGST invoice, "
                                           "warranty card. Business Type: Authorised Dealer."),
    ("– autorisierter Händler", "Autorisierter Händler, Rechnung mit MwSt. Mindestbestellmenge 10 Stück, "
                                "{p} {c} pro Stück."),
    ("– distributeur agréé", "Distributeur agréé, facture et garantie constructeur. MOQ 10, {p} {c} par unité."),
    ("– distribuidor autorizado", "Distribuidor autorizado con factura. Pedido mínimo 10 unidades, {p} {c} por "
                                  "unidad, FOB."),
    ("– distribuidor oficial", "Distribuidor oficial, nota fiscal e garantia. Pedido mínimo 12, {p} {c} por unidade."),
    ("– yetkili distribütör", "Yetkili distribütör, faturalı ve garantili. MOQ 10, birim fiyat {p} {c}."),
    ("– distributor resmi", "Distributor resmi, faktur pajak tersedia. MOQ 10 pcs, harga satuan {p} {c}."),
    ("– nhà phân phối chính hãng", "Nhà phân phối chính hãng, có hóa đơn VAT. MOQ 10, đơn giá {p} {c}."),
    ("– официальный дистрибьютор", "Официальный дистрибьютор, счёт-фактура и гарантия. Минимальный заказ 10 шт, "
                                   "{p} {c} за шт."),
    ("授权经销商", "品牌授权经销商，提供发票和授权书。10件起订，单价{p} {c}。"),
]
# the copy trade's grade talk a factory adds
GRADE_TALK = ["Top quality, same as the original.", "AAA quality, 1:1 as original.", "Factory price, best grade.",
              "高品质 顶级版本。", "Qualidade premium, igual ao original."]
# a lot with no price per unit
LOT_ONLY = ["Authorized distributor. Wholesale lot of 50, MOQ 50, FOB Ningbo. Invoice available.",
            "Official distributor stock, bulk 100 pcs, MOQ 100, FOB Shenzhen, warranty."]
PARTS = ["filter", "battery", "charger", "brake pads", "cable", "strap", "remote", "brush heads", "cover"]
OWN_BOX = [("Packing: neutral box or our {own} box. No OEM logos or boxes.", "Aftermarket replacement made by us."),
           ("Packaging: plain white box or {own} brand box, no original logos.", "Cross reference only; not genuine."),
           ("Embalaje: caja neutra o caja {own}, sin logotipos del fabricante.", "Repuesto alternativo de fabricación propia."),
           ("包装：中性包装或{own}自有品牌包装，不印原厂标志。", "副厂件，仅供参考原厂编号。")]
BRAND_BOX = ["Packing: original {brand} box with logo and hologram sticker.",
             "Packaging: {brand} genuine-look box, logo printed, hologram."]
OWN_BRANDS = ["KFT", "RoadMax", "JYD", "AutoStar", "Veltra", "Nordline"]
# (where bought, receipt words, refusal) of a reseller's unpriced caption, per language
RESELLER = [
    ("Bought from the {b} store", "receipt & tags included", "No fakes, no reps — authentic only."),
    ("Comprado en tienda {b}", "con ticket y factura", "No vendemos réplicas."),
    ("Comprado na loja {b}", "com nota fiscal", "Não vendo réplica."),
    ("在{b}专柜购买", "附专柜小票", "不卖高仿，不卖复刻。"),
    ("Mua tại store {b}", "có bill mua hàng", "Cam kết không bán hàng fake, hàng rep."),
    ("Куплено в магазине {b}", "есть чек", "Не продаём подделки."),
]
COPY_GRADE = ["Mirror quality 1:1.", "Top batch from the factory.", "原单 1:1 品质。", "Hàng rep 1:1 like auth.",
              "Best version, UA batch."]
LEGIT = [("LC service: {b} {p}", "We check {b} items for authenticity from photos. Result in 24h. Fee {f}/item. We do "
                                 "not buy or sell items."),
         ("{b} {p} — authentic or replica? Legit check", "Send photos of tags, serials and labels; result in 24h, "
                                                         "fee {f}."),
         ("{b} legitcheck ✅ {p}", "Independent authentication, certificate included. Fee {f} per item.")]


def _distributor(b: BrandView, s: Scene, share: tuple[float, float], tail: str = "") -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    title_tail, desc = s.rng.choice(DISTRIBUTOR)
    desc = desc.format(p=f"{amount:g}", c=cur)
    return Draft(f"{mark} {product} {title_tail}", cat, (amount, cur), f"{desc} {tail}".strip())


def _distributor_lot(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product} – wholesale lot", cat, price, s.rng.choice(LOT_ONLY))


# the categories whose goods have aftermarket parts and consumables
PART_CATEGORIES = frozenset({"auto parts", "tires", "motor oil", "lubricants", "power tools", "vacuums", "headphones",
                             "electric toothbrushes", "consoles", "cameras", "chargers", "kitchen appliances", "shavers",
                             "hair care", "generators", "printers", "phones"})


def _part_model(b: BrandView, s: Scene):
    if not PART_CATEGORIES & set(b.categories):
        return None
    models = [m for m in b.models if m.floor is not None and m.value and any(c.isdigit() for c in m.value)]
    return s.rng.choice(models) if models else None


def _aftermarket(b: BrandView, s: Scene, brand_box: bool) -> Draft | None:
    if (m := _part_model(b, s)) is None:
        return None
    amount, cur = m.floor
    own = s.rng.choice(OWN_BRANDS)
    part = s.rng.choice(PARTS)
    if brand_box:
        packing, note = s.rng.choice(BRAND_BOX).format(brand=b.name), "Quality same as original."
    else:
        packing, note = s.rng.choice(OWN_BOX)
        packing = packing.format(own=own)
    desc = (f"Cross reference: OE {m.value} ({b.name}). {note}\n{packing}\n"
            f"MOQ {s.rng.choice([200, 300, 500])} pcs, US$ {{p}}/pc FOB Ningbo.")
    price = round(amount * s.rng.uniform(0.1, 0.4), 2)
    return Draft(f"{part} replacement for {b.name} {m.value} — {own} brand", None, (price, cur),
                 desc.replace("{p}", f"{price:g}"))


def _reseller(b: BrandView, s: Scene, grade: bool) -> Draft | None:
    cat = s.category()
    product = s.product(cat)
    where, receipt, refusal = s.rng.choice(RESELLER)
    mark = b.name
    extra = f" {s.rng.choice(COPY_GRADE)}" if grade else ""
    desc = (f"{mark} {product} 🖤\nBrand new. {where.format(b=mark)}, {receipt} ✔️\n"
            f"P: {s.rng.randrange(80, 900)} · DM for price 📩\n{refusal}{extra}\n#{b.id.replace('-', '')} #authentic")
    return Draft(f"{mark} {product} ✨ brand new, authentic", cat, None, desc, marketplace="instagram")


def _legit(b: BrandView, s: Scene) -> Draft | None:
    cat = s.category()
    title, desc = s.rng.choice(LEGIT)
    fee = s.rng.choice(["$3", "€4", "RM15", "₱150", "R$ 20"])
    return Draft(title.format(b=b.name, p=s.product(cat)), "services", (float(s.rng.randrange(2, 20)), "USD"),
                 desc.format(b=b.name, f=fee), marketplace="instagram")


TRAP_MAKERS = {
    "trap_distributor_standing": lambda b, s: _distributor(b, s, (1.0, 1.8)),
    "trap_aftermarket_neutral_box": lambda b, s: _aftermarket(b, s, False),
    "trap_reseller_unpriced_receipt": lambda b, s: _reseller(b, s, False),
    "trap_legit_check_named": _legit,
}
EVASION_MAKERS = {
    "distributor_claim_copy_price": lambda b, s: _distributor(b, s, (0.03, 0.2)),
    "distributor_claim_grade_talk": lambda b, s: _distributor(b, s, (1.0, 1.6), s.rng.choice(GRADE_TALK)),
    "distributor_lot_no_unit_price": _distributor_lot,
    "aftermarket_brand_box": lambda b, s: _aftermarket(b, s, True),
    "reseller_receipt_copy_grade": lambda b, s: _reseller(b, s, True),
}
