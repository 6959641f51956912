"""The adversary's classes of genuine goods in the B2B trade's own channels, and the copies that borrow their words
(trade56, issue 9):

- genuine goods sold through a trade channel beside its papers, priced per unit at a trade price (80-98 % of the
  floor): an authorised distributor's offer with its certificate and invoice and its terms (MOQ, cartons, FOB), the
  brand's wholesale programme for retailers with the RRP it sets, the brand's corporate purchasing store on a Chinese
  B2B site (官方企业采购, 增值税发票), an EEA parallel trade from an authorised distributor with traceable invoices
  ("Not copies."), an export from an official distributor with its import declarations at a duty-free FOB price; in
  English, German, French, Spanish, Italian, Polish, Turkish, Indonesian, Chinese and Korean wordings: quiet (trap);
- a retailer's overstock or closeout lot with its manifest, or a closed boutique's dead stock with the purchase
  invoices, priced as a whole lot (the count stated, no price per unit) or per piece, at 40-80 % of the floor per
  unit: quiet (trap);
- the same channel words and papers on copies: the copy stated in plain words ("1:1 replica", "AAA copy", "高仿",
  "Nachbau", "réplica") at 30-90 % of the floor: alert (evasion);
- a "closeout lot" with a manifest whose price per unit is a copy's (2-15 % of the floor, the lot priced whole so the
  total looks like a genuine unit's or more), or which states the copy: alert (evasion).

The price rule: a trade or wholesale price is half of retail or more (keystone pricing, distributors' margins), a
closeout's 20-40 % of retail value (liquidation lots against their manifest's retail value); general knowledge of the
trade (Ankorstore/Faire wholesale with RRP, B-Stock and Liquidation.com lots, EEA parallel trade, 1688 corporate
stores). The sentences are this module's own, written from how these channels word their offers, no held-out
listing's string (after outsider45's innocent B2B classes, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import VEHICLES, _priced

TRAPS = {
    "trap_trade_channel56": "genuine goods through a trade channel beside its papers (authorised distributor, brand "
                            "wholesale programme with RRP, corporate purchasing store, parallel trade, export), per "
                            "unit at 80-98 % of the floor, 10 languages",
    "trap_closeout_lot56": "a retailer's overstock or closeout lot with its manifest, or a closed boutique's dead stock "
                           "with invoices, priced whole or per piece at 40-80 % of the floor a unit",
}
EVASIONS = {
    "trade_channel_copy56": "the trade channel's words and papers on goods stated to be copies, at 30-90 % of the floor",
    "closeout_lot_copy56": "a manifested closeout lot whose price per unit is a copy's (2-15 % of the floor, priced "
                           "whole), or which states the copy",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

# a trade channel's offer: (title tail, description) with {n} the brand's name, {p} the price per unit as written,
# {r} the RRP as written; each names the channel and its papers
CHANNELS = [
    (" - authorised distributor, wholesale MOQ 5 cartons",
     "Authorised distributor of {n} for Benelux (distribution certificate available). Genuine stock, batch codes "
     "intact. Trade price {p} per unit, MOQ 5 cartons, VAT invoice with every order."),
    (" – wholesale for retailers, RRP {r}",
     "From the {n} wholesale programme for approved retailers. Wholesale {p}, RRP {r}. Minimum first order 150."),
    (" - official distributor, FOB, invoice",
     "We are the official distributor of {n} in the region. {p}/unit FOB Rotterdam, MOQ 2 cartons, invoice and "
     "distributor certificate provided."),
    (" - parallel trade EU, invoices traceable",
     "Genuine {n} goods sourced from an authorised distributor in Spain (parallel trade within the EEA). Invoices "
     "traceable to the brand. Not copies. {p} per unit ex works."),
    (" - export, official distributor, duty-free FOB",
     "Export of genuine {n} products bought from an official Korean distributor; invoices and import declarations "
     "on request. {p}/unit duty-free FOB Incheon, MOQ 50."),
    (" - Vertragshändler, Großhandel",
     "Autorisierter Händler von {n}, Originalware mit Rechnung. Großhandelspreis {p} pro Stück, Mindestabnahme 2 "
     "Kartons."),
    (" - distributeur agréé, vente aux professionnels",
     "Distributeur agréé {n}, marchandise d'origine, facture fournie. Prix {p} par unité, minimum 3 cartons."),
    (" - distribuidor oficial, venta mayorista",
     "Distribuidor oficial de {n}. Producto original con factura. Precio {p} por unidad, pedido mínimo 4 cajas."),
    (" - distributore ufficiale, ingrosso",
     "Distributore ufficiale {n}, merce originale con fattura. {p} al pezzo, ordine minimo 3 cartoni."),
    (" - autoryzowany dystrybutor, hurt",
     "Autoryzowany dystrybutor {n}. Towar oryginalny, faktura VAT. Cena {p} za sztukę, minimum 2 kartony."),
    (" - yetkili distribütör, toptan",
     "{n} yetkili distribütörü. Orijinal ürün, fatura ile. Birim fiyat {p}, en az 3 koli."),
    (" - distributor resmi, grosir",
     "Distributor resmi {n}. Barang original dengan invoice. Harga satuan {p}, minimal 2 karton."),
    ("官方企业采购 正品行货",
     "{n}品牌官方企业采购店，正品行货，全国联保，可开增值税专用发票。企业采购价{p}/件，5件起订。"),
    (" 공식 수입원 도매",
     "{n} 공식 수입원입니다. 정품, 세금계산서 발행. 개당 {p}, 최소 주문 2박스."),
]
# the copy stated in the channel's own offer
COPY_WORDS = ["1:1 replica", "AAA copy, not original", "mirror copy", "高仿 复刻", "Nachbau, kein Original",
              "réplica de alta calidad", "copie conforme, pas d'origine", "kopia 1:1", "replika A kalite",
              "barang KW super"]

# a closeout lot priced whole: (title, description) with {n} the brand's name, {g} its goods, {k} the count, {t} the
# lot's price as written
LOTS_WHOLE = [
    ("Closeout lot: {k} x genuine {g}, retailer overstock",
     "Overstock from a national retailer: {k} units of genuine {g}, manifest attached. Lot price {t}, buyer collects."),
    ("Liquidation pallet - {k} units {g}, department store overstock",
     "Liquidation of a department store's overstock. {k} units of {g}, new in box, manifested (SKU and retail value "
     "listed). One lot, {t}, shipped as-is."),
    ("Excess inventory lot of {k} {g}",
     "Excess inventory from a retail chain's warehouse: lot of {k} {g}, original packaging, packing list and "
     "invoices. Total for the lot {t}."),
    ("Restposten: {k} Stück {g}",
     "Überbestand eines Fachhändlers, {k} Stück {g}, originalverpackt, mit Rechnung und Lieferschein. Gesamtpreis {t}."),
    ("Déstockage lot de {k} {g}",
     "Déstockage d'une enseigne : lot de {k} {g}, neufs, facture d'achat fournie. Prix du lot {t}."),
    ("Excedente de stock: lote de {k} {g}",
     "Excedente de stock de un distribuidor: lote de {k} {g}, nuevos, con factura. Precio del lote {t}."),
]
# dead stock or a closeout priced per piece: (title, description) with {p} the price a piece as written
LOTS_PER_PIECE = [
    ("Previous-season {g} - dead stock from a closed boutique",
     "Original {n} from a boutique that closed; purchase invoices from the official distributor available. {p} "
     "per piece, 20 pieces available."),
    ("{g} - end-of-line stock, retailer closeout",
     "Retailer closeout of genuine {n}: end-of-line stock, manifest on request. {p} each, minimum 10 pieces."),
    ("Rimanenze di magazzino {g}",
     "Rimanenze di magazzino di un negozio {n}, merce originale con fattura. {p} al pezzo, 12 pezzi."),
]
# a copy lot's own words, with the manifest it borrows
LOT_COPY_WORDS = ["replica stock lot", "A-grade copies", "copy goods, not original", "仿品库存"]


def _money(amount: float, cur: str) -> str:
    """An amount as a B2B offer writes it, in the floor's currency."""
    symbol = {"USD": "US$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥", "KRW": "₩"}.get(cur)
    figure = f"{amount:,.0f}" if amount >= 100 else f"{amount:,.2f}"
    return f"{symbol}{figure}" if symbol else f"{figure} {cur}"


def make_trade_channel(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.8, 0.98))) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    tail, desc = s.rng.choice(CHANNELS)
    rrp = _money(round(amount / s.rng.uniform(0.55, 0.68), 2), cur)
    return Draft(f"{mark} {product}{tail.format(r=rrp)}", cat, (amount, cur),
                 desc.format(n=b.name, p=_money(amount, cur), r=rrp),
                 marketplace=s.rng.choice(["alibaba", "ankorstore", "merkandi", "ec21", "1688", "tradekey"]))


def make_trade_channel_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.3, 0.9))) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    tail, desc = s.rng.choice(CHANNELS)
    rrp = _money(round(amount * 2.2, 2), cur)
    copy = s.rng.choice(COPY_WORDS)
    title = f"{mark} {product} {copy}{tail.format(r=rrp)}" if s.rng.random() < 0.5 else f"{mark} {product}{tail.format(r=rrp)}"
    return Draft(title, cat, (amount, cur), f"{desc.format(n=b.name, p=_money(amount, cur), r=rrp)} {copy.capitalize()}.",
                 marketplace=s.rng.choice(["alibaba", "dhgate", "made-in-china", "1688", "tradekey"]))


def _lot(b: BrandView, s: Scene, share: tuple[float, float], copy: str = "", whole: bool = False) -> Draft | None:
    if (goods := _priced(b, s, share)) is None or goods[1] in VEHICLES:
        return None  # (a whole vehicle is no lot's stock)
    mark, cat, product, (amount, cur) = goods
    goods_named = f"{mark} {product}"
    if whole or s.rng.random() < 0.7:
        k = s.rng.choice([12, 24, 30, 40, 48, 60, 80, 96, 120])
        title, desc = s.rng.choice(LOTS_WHOLE)
        total = _money(round(amount * k, 2), cur)
        title, desc = title.format(k=k, g=goods_named), desc.format(k=k, g=goods_named, t=total, n=b.name)
        price = (round(amount * k, 2), cur)
    else:
        title, desc = s.rng.choice(LOTS_PER_PIECE)
        title, desc = title.format(g=goods_named), desc.format(g=goods_named, n=b.name, p=_money(amount, cur))
        price = (amount, cur)
    if copy:
        title, desc = f"{title} ({copy})", f"{desc} {copy.capitalize()}."
    return Draft(title, cat, price, desc, marketplace=s.rng.choice(["liquidation-com", "bstock", "merkandi", "ebay"]))


def make_closeout_lot(b: BrandView, s: Scene) -> Draft | None:
    return _lot(b, s, (0.45, 0.8))


def make_closeout_lot_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.3:
        return _lot(b, s, (0.3, 0.7), copy=s.rng.choice(LOT_COPY_WORDS))
    return _lot(b, s, (0.02, 0.15), whole=True)


TRAP_MAKERS = {"trap_trade_channel56": make_trade_channel, "trap_closeout_lot56": make_closeout_lot}
EVASION_MAKERS = {"trade_channel_copy56": make_trade_channel_copy, "closeout_lot_copy56": make_closeout_lot_copy}
