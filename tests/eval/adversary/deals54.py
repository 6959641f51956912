"""The adversary's classes of genuine goods whose deal is stated in ways the matcher read as a copy's, and the copies
that borrow the same words (fresh54a, issue 9):

- a failed retailer's stock sold at a fixed price by its receiver, liquidator or administrator (a court-ordered
  liquidation, a going-out-of-business sale, Insolvenzverkauf, liquidación por quiebra, faillissementsuitverkoop,
  倒産品 ...; 11 languages) with the retailer's standing (an invoice, the maker's warranty, an authorised retailer) at
  55-90 % of the floor: quiet (trap). The same heads, with or without the papers, on goods called a 1:1 replica at a
  copy's price: alert (evasion; the heads with no papers and no copy word are honest50's closing_down_no_papers);
- a title cut mid-word at a marketplace's length limit after a shop's preamble ("Brand New Sealed Fast Dispatch VAT
  Invoice Sams"), the full title opening the description, at a shop's price: quiet (trap); the same cut after the copy
  trade's preamble ("Top Mirror 1:1 AAA Grade Hot Sale Sams") at a copy's price: alert (evasion);
- a placeholder price field (0.01, 1, 9999, 99999, 999999) and "see description for price" in 12 languages, the shop's
  price in the description: quiet (trap); the same field and words, the price in the description a copy's: alert;
- an authorised distributor's trade offer (its standing, a minimum order, a price per unit and its invoice; 8
  languages) at 78-98 % of the floor: quiet (trap); the same offer at a copy's price per unit: alert (evasion);
- a Japanese or Chinese listing with no price field whose price is written in full-width digits and signs
  ("価格：３６，１００円", "价格：１，８９９元"), the unit said bought at the official store (正規店で購入, 专柜购买) or
  open to a check at the counter (支持专柜验货): quiet (trap); the same words at a copy's price: alert (evasion).

Written from general knowledge of insolvency practitioners' and liquidation firms' notices, marketplaces' title limits
(eBay's 80 characters, feeds cut at 40 or 60), how shops word a price left to the description, distributors' B2B
offers, and Japanese and Chinese listings' full-width text; the words and sentences are this module's own, no held-out
listing's string (after outsider42's in_liquidation_genuine42, in_title_cut_genuine42, in_price_placeholder_genuine42,
in_wholesale_authorized_distributor42 and in_native_digits_genuine42, scored on base54).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_receiver_liquidation54": "a failed retailer's stock sold by its receiver, liquidator or administrator (11 "
                                   "languages) with an invoice or the maker's warranty, at 55-90 % of the floor",
    "trap_title_cut54": "a title cut mid-word at a platform's limit after a shop's preamble, the full title opening "
                        "the description, at 100-140 % of the floor",
    "trap_placeholder_see_description54": "a placeholder price field and 'see description for price' (12 languages), "
                                          "the shop's price in the description at 100-140 % of the floor",
    "trap_distributor_trade_price54": "an authorised distributor's offer (8 languages): MOQ, a price per unit and its "
                                      "invoice, at 78-98 % of the floor",
    "trap_fullwidth_price54": "a Japanese or Chinese listing priced in full-width digits in its text, bought at the "
                              "official store or open to a check at the counter, at 100-140 % of the floor",
}
EVASIONS = {
    "receiver_liquidation_copy54": "a liquidation's head, with or without papers, on goods called a 1:1 replica or "
                                   "AAA copy at 4-30 % of the floor",
    "title_cut_copy54": "a title cut mid-word after the copy trade's preamble at 5-30 % of the floor",
    "placeholder_see_description_copy54": "a placeholder field and 'see description for price', the price in the "
                                          "description at 4-20 % of the floor",
    "distributor_trade_copy54": "an authorised distributor's offer with its invoice at 4-20 % of the floor per unit",
    "fullwidth_price_copy54": "a price in full-width digits at 4-20 % of the floor beside the same store words",
}
# one listing a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 1)

# (title tail, description with {shop}) of a receiver's or liquidator's sale of a failed retailer's stock, with papers
LIQUIDATION = [
    ("– court-ordered liquidation", "Court-ordered liquidation of {shop}: new retail stock sold by the receiver, VAT "
                                    "invoice with every unit."),
    ("(sold by the liquidator)", "{shop} went into administration; sold on behalf of the liquidators. Manufacturer "
                                 "warranty, invoice supplied."),
    ("– going out of business", "{shop} is going out of business. Authorised retailer stock, receipt and warranty."),
    ("– Insolvenzverkauf", "Insolvenzverkauf {shop}: Neuware mit Rechnung und Herstellergarantie."),
    ("– vente après faillite", "Vente après faillite de {shop} : stock neuf, facture et garantie constructeur."),
    ("– liquidación por quiebra", "Liquidación por quiebra de {shop}: stock nuevo con factura y garantía."),
    ("– liquidazione per fallimento", "Liquidazione per fallimento di {shop}: merce nuova con fattura e garanzia."),
    ("– faillissementsuitverkoop", "Faillissementsuitverkoop {shop}: nieuwe voorraad met factuur en garantie."),
    ("– wyprzedaż upadłościowa", "Wyprzedaż upadłościowa {shop}: nowy towar, faktura i gwarancja producenta."),
    ("– распродажа в связи с банкротством", "{shop}: распродажа в связи с банкротством, новый товар, чек и гарантия."),
    ("倒産品", "{shop}の倒産処分品です。新品、保証書・領収書付き。"),
    ("破产清仓", "{shop}破产清仓，全新正品，有发票和保修。"),
]
SHOPS = ["Harlow Electronics", "Maison Leclerc", "Sportwelt Krüger", "Almacenes Ortega", "Negozi Ferri",
         "Van Leeuwen Retail", "Sklep Nowak", "Дом техники", "丸山商店", "鸿运商场"]
# the same heads with no papers, a copy's price; or on goods called a copy
LIQUIDATION_COPY = [
    ("– court-ordered liquidation", "Everything must go, sold as is, no papers, no returns."),
    ("– going out of business", "Going out of business! No box, no receipt, cash only."),
    ("– Insolvenzverkauf", "Insolvenzverkauf, ohne Rechnung, ohne Garantie, Verkauf wie gesehen."),
    ("– liquidación por quiebra", "Liquidación por quiebra, sin factura ni caja."),
    ("倒産品", "倒産処分品。箱なし、保証なし。"),
]
COPY_WORDS = ["1:1 replica", "AAA copy", "mirror quality replica", "réplica 1:1", "Replik 1:1", "スーパーコピー", "高仿 1:1"]

# a shop's preamble before the goods, and the copy trade's
SHOP_PREAMBLE = ["Brand New Sealed Fast Dispatch VAT Invoice", "Genuine UK Stock Next Day Delivery Full Warranty",
                 "Authentic New In Box With Receipt Free Returns", "Official Retail Stock Boxed Invoice Included",
                 "Neu OVP Rechnung Garantie Schneller Versand", "Neuf Scellé Facture Garantie Livraison Rapide"]
COPY_PREAMBLE = ["Top Mirror 1:1 AAA Grade Hot Sale Free Ship", "Best Replica Super Clone High Quality New",
                 "AAA Copy 1:1 Factory Direct Cheap Wholesale", "Réplica 1:1 Calidad AAA Envío Gratis Oferta"]
LIMITS = (40, 60, 80)

# "see description for price" in the markets' languages: (title tail, description with {p} the price as written)
SEE_DESCRIPTION = [
    ("– see description for price", "New, sealed, from our shop with receipt. Price: {p}. Message us to reserve."),
    ("(price in the description)", "Brand new with the shop's invoice. Our price is {p}."),
    ("– Preis siehe Beschreibung", "Neu und versiegelt, mit Rechnung. Preis: {p}."),
    ("– prix dans la description", "Neuf, facture du magasin. Prix : {p}."),
    ("– precio en la descripción", "Nuevo, precintado, con factura. Precio: {p}."),
    ("– prezzo in descrizione", "Nuovo, sigillato, con scontrino. Prezzo: {p}."),
    ("– preço na descrição", "Novo, lacrado, com nota fiscal. Preço: {p}."),
    ("– prijs in de beschrijving", "Nieuw en verzegeld, met factuur. Prijs: {p}."),
    ("– cena w opisie", "Nowy, zafoliowany, z paragonem. Cena: {p}."),
    ("– цена в описании", "Новый, запечатан, с чеком. Цена: {p}."),
    ("– fiyat açıklamada", "Sıfır, faturalı. Fiyat: {p}."),
    ("– harga di deskripsi", "Baru, segel, ada nota toko. Harga: {p}."),
]
PLACEHOLDERS = (0.01, 1.0, 9999.0, 99999.0, 999999.0)
COPY_NOTES = ["High quality copy.", "Mirror grade, same as the original.", "Replica 1:1.", ""]

# (title tail, description with {p} {c}) of a distributor's trade offer with its invoice
DISTRIBUTOR = [
    ("– authorised distributor, trade only", "Authorised distributor, VAT invoice with every order. MOQ 12 units, "
                                             "{p} {c} per unit. Manufacturer warranty."),
    ("(official importer, B2B)", "Official importer, invoice and warranty. Minimum order 6 pieces, {p} {c} each."),
    ("– autorisierter Händler, B2B", "Autorisierter Händler, Rechnung mit MwSt. Mindestmenge 10 Stück, {p} {c} pro "
                                     "Stück."),
    ("– distributeur agréé", "Distributeur agréé, facture avec TVA. Minimum 10 pièces, {p} {c} par unité."),
    ("– distribuidor autorizado", "Distribuidor autorizado, factura con IVA. Pedido mínimo 12, {p} {c} por unidad."),
    ("– distributore autorizzato", "Distributore autorizzato, fattura. Ordine minimo 6 pezzi, {p} {c} ciascuno."),
    ("– yetkili distribütör", "Yetkili distributor, faturalı. Minimum 10 adet, birim fiyat {p} {c}."),
    ("– official distributor", "Official distributor, GST invoice. MOQ 20 pcs, {p} {c}/piece."),
]

# full-width text: (title tail, description with {p} the price as written), Japanese and Chinese
WIDE_GENUINE = [
    ("正規品", "国内正規店で購入、保証書付き。価格：{p}"),
    ("正規品 未使用", "直営店で購入しました。領収書あり。価格 {p}"),
    ("正品", "专柜购买，有发票。价格：{p}"),
    ("国行正品", "支持到专柜验货，有小票。价格 {p}"),
]
WIDE_COPY = [
    ("正規品", "国内正規店で購入。価格：{p}"),
    ("正品", "专柜购买。价格：{p}"),
    ("国行正品", "支持到专柜验货。价格 {p}"),
]
# the currencies a full-width price writes unambiguously: the unit after the amount, or a code before it
_WIDE_UNITS = {"JPY": ("", "円"), "CNY": ("", "元"), "USD": ("ＵＳ＄", ""), "EUR": ("ＥＵＲ ", ""), "GBP": ("ＧＢＰ ", ""),
               "KRW": ("", "원")}
_WIDE_DIGITS = str.maketrans("0123456789,", "０１２３４５６７８９，")


def _written(amount: float, cur: str) -> str:
    """An amount as a shop writes it with its currency code ("USD 455", "1.299 EUR" is not used: one style)."""
    return f"{cur} {amount:,.0f}" if amount >= 100 else f"{cur} {amount:.2f}"


def _wide(amount: float, cur: str) -> str | None:
    if cur not in _WIDE_UNITS:
        return None
    before, after = _WIDE_UNITS[cur]
    return f"{before}{f'{round(amount):,}'.translate(_WIDE_DIGITS)}{after}"


def make_liquidation(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.55, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(LIQUIDATION)
    return Draft(f"{mark} {product} {tail}", cat, price, desc.format(shop=s.rng.choice(SHOPS)))


def make_liquidation_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.04, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    if s.rng.random() < 0.5:  # the heads with no papers, the goods called a copy
        tail, desc = s.rng.choice(LIQUIDATION_COPY)
        return Draft(f"{mark} {product} {s.rng.choice(COPY_WORDS)} {tail}", cat, price, desc)
    tail, desc = s.rng.choice(LIQUIDATION)  # the papers too
    return Draft(f"{mark} {product} {s.rng.choice(COPY_WORDS)} {tail}", cat, price,
                 desc.format(shop=s.rng.choice(SHOPS)))


def _cut(b: BrandView, s: Scene, share: tuple[float, float], preambles: list[str], tail: str) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    full = f"{s.rng.choice(preambles)} {mark} {product}"
    head = len(full) - len(f"{mark} {product}")  # where the goods' words start
    # a limit that cuts inside the mark's letters, at least two of them in the title
    cuts = [n for n in LIMITS if head + 2 <= n < head + len(mark) and full[n - 1].isalpha() and full[n].isalpha()]
    n = s.rng.choice(cuts) if cuts else next((head + k for k in range(len(mark) - 1, 1, -1)
                                              if full[head + k - 1].isalpha() and full[head + k].isalpha()), None)
    if n is None:
        return None
    return Draft(full[:n], cat, price, f"{full}. {tail}")


def make_title_cut(b: BrandView, s: Scene) -> Draft | None:
    return _cut(b, s, (1.0, 1.4), SHOP_PREAMBLE, "Genuine, sold by an authorised retailer.")


def make_title_cut_copy(b: BrandView, s: Scene) -> Draft | None:
    return _cut(b, s, (0.05, 0.3), COPY_PREAMBLE, "Same as the original, ships in 24h.")


def _see_description(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    tail, desc = s.rng.choice(SEE_DESCRIPTION)
    field = s.rng.choice(PLACEHOLDERS)
    said = desc.format(p=_written(amount, cur))
    if copy:
        said = f"{said} {s.rng.choice(COPY_NOTES)}"
    return Draft(f"{mark} {product} {tail}", cat, (field, cur), said.strip())


def make_see_description(b: BrandView, s: Scene) -> Draft | None:
    return _see_description(b, s, (1.0, 1.4), copy=False)


def make_see_description_copy(b: BrandView, s: Scene) -> Draft | None:
    return _see_description(b, s, (0.04, 0.2), copy=True)


def _distributor(b: BrandView, s: Scene, share: tuple[float, float]) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    tail, desc = s.rng.choice(DISTRIBUTOR)
    return Draft(f"{mark} {product} {tail}", cat, (amount, cur), desc.format(p=f"{amount:.2f}", c=cur))


def make_distributor(b: BrandView, s: Scene) -> Draft | None:
    return _distributor(b, s, (0.78, 0.98))


def make_distributor_copy(b: BrandView, s: Scene) -> Draft | None:
    return _distributor(b, s, (0.04, 0.2))


def _fullwidth(b: BrandView, s: Scene, share: tuple[float, float], table: list[tuple[str, str]]) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    if (written := _wide(amount, cur)) is None:
        return None
    tail, desc = s.rng.choice(table)
    market = "rakuten" if "円" in written or "正規" in tail else "taobao"
    return Draft(f"{mark} {product} {tail} {written}", cat, None, desc.format(p=written), marketplace=market)


def make_fullwidth(b: BrandView, s: Scene) -> Draft | None:
    return _fullwidth(b, s, (1.0, 1.4), WIDE_GENUINE)


def make_fullwidth_copy(b: BrandView, s: Scene) -> Draft | None:
    return _fullwidth(b, s, (0.04, 0.2), WIDE_COPY)


TRAP_MAKERS = {"trap_receiver_liquidation54": make_liquidation, "trap_title_cut54": make_title_cut,
               "trap_placeholder_see_description54": make_see_description,
               "trap_distributor_trade_price54": make_distributor, "trap_fullwidth_price54": make_fullwidth}
EVASION_MAKERS = {"receiver_liquidation_copy54": make_liquidation_copy, "title_cut_copy54": make_title_cut_copy,
                  "placeholder_see_description_copy54": make_see_description_copy,
                  "distributor_trade_copy54": make_distributor_copy, "fullwidth_price_copy54": make_fullwidth_copy}
