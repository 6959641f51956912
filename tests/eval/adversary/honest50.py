"""The adversary's classes of genuine goods priced a little under a floor for a reason the listing states or its market
explains, and the copies that borrow the same words (honest50, issue 9):

- a named retailer's closing-down sale of its genuine stock, with its invoice and the maker's warranty (14 languages),
  at 55-90 % of the goods' floor: quiet (trap). The copy trade's "closing down, everything must go, up to 85 % off" with
  no invoice and no retailer at 4-20 % of it: alert (evasion);
- a licensed pawnbroker's forfeited pledge, checked by its appraiser, with a certificate or receipt (13 languages), at
  50-110 % of the floor: quiet (trap). "Pawn shop clearance, unredeemed, no papers" at 3-12 %: alert (evasion);
- the brand's goods named by a line whose own floor is 55-80 % of the brand's floor for the category (a console's
  slim model) at 105-120 % of the line's floor: quiet (trap); the same line at 5-30 % of its own floor: alert (evasion);
- the brand's line with a floor of its own at 92-99 % of it, priced in another market's currency (INR, MXN, PHP, BRL, TRY, KRW, THB,
  IDR, ZAR, PLN) by a big retailer: quiet (trap); at 4-20 % of it: alert (evasion);
- the brand's own registered part (a model whose registry name is a battery, charger, controller, cushions, brush
  heads ...) named by its number and said to ship "in a white box" or in bulk packaging (12 languages) at 10-40 % of its
  floor: alert (evasion); a third party's part "for" the brand's model in a white box: quiet (trap);
- a luxury house's goods told as used in Turkish or Korean (ikinci el, 2. el, az kullanılmış, 중고, 사용감 있음, 실착) at a
  pre-owned dealer's price (60-120 % of the floor): quiet (trap).

Written from general knowledge of shops' closing-down notices, pawnbrokers' forfeited-pledge sales, regional list
prices and OEM bulk packaging; the rates are the matcher's own reference table (a buyer knows the exchange rate). No
held-out listing's string (after outsider37's in_upgraded_official37, in_closing_down_genuine37, in_pawnshop_genuine37,
in_unboxed_from_bundle37, c_white_box37).
"""

from __future__ import annotations

from services.matcher.core.config import default_currency_rates
from tests.eval.adversary.cover import NOT_THE_LINE, _floored_marks, _title_floor
from tests.eval.adversary.generate import CNY_PER, BrandView, Draft, Scene, _fold
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_closing_down_invoice": "a named retailer's closing-down sale of genuine stock with invoice and the maker's "
                                 "warranty (14 languages) at 55-90 % of the floor",
    "trap_pawnbroker_papers": "a licensed pawnbroker's forfeited pledge checked by its appraiser, with certificate or "
                              "receipt (13 languages), at 50-110 % of the floor",
    "trap_cheaper_line_fair": "the brand's line whose own floor is 55-80 % of the category's (a slim console) at "
                              "105-120 % of the line's floor",
    "trap_cross_market_list": "the brand's line with a floor of its own at 92-99 % of it in another market's "
                              "currency, from a big retailer",
    "trap_white_box_third_party": "a third party's part for the brand's registered part's model, in a white box, cheap",
    "trap_used_luxury_tr_ko": "a luxury house's goods told as used in Turkish or Korean at a pre-owned dealer's price "
                              "(60-120 % of the floor)",
}
EVASIONS = {
    "closing_down_no_papers": "'closing down, everything must go, up to 85 % off', no invoice, no retailer, at 4-20 % "
                              "of the floor",
    "pawnshop_no_papers": "'pawn shop clearance, unredeemed, no papers, no box' at 3-12 % of the floor",
    "cheaper_line_copy": "the brand's line whose own floor is under the category's, at 5-30 % of the line's floor",
    "cross_market_copy": "the brand's line with a floor of its own at 4-20 % of it in another market's currency",
    "white_box_part": "the brand's own registered part named by its number, 'white box' or bulk, at 10-40 % of its floor",
}

# (title tail, description) of a retailer's closing-down sale with its papers, one or two per language
CLOSING = [
    ("– closing down sale", "{shop} is closing for good: genuine stock with VAT invoice and full manufacturer warranty."),
    ("(store closing sale)", "Final weeks of {shop}. Original retail stock, receipt and warranty included."),
    ("– Räumungsverkauf wegen Geschäftsaufgabe", "{shop} schließt: Originalware mit Rechnung und Herstellergarantie."),
    ("– opheffingsuitverkoop", "{shop} sluit de deuren: originele voorraad met factuur en fabrieksgarantie."),
    ("– liquidation avant fermeture", "{shop} ferme : stock d'origine neuf avec facture et garantie constructeur."),
    ("– liquidación por cierre", "{shop} cierra: stock original con factura y garantía del fabricante."),
    ("– svendita per cessata attività", "{shop} chiude: merce originale con fattura e garanzia ufficiale."),
    ("– liquidação por encerramento", "A {shop} vai fechar: estoque original com nota fiscal e garantia."),
    ("– wyprzedaż likwidacyjna", "{shop} zamyka sklep: oryginalny towar, faktura i gwarancja producenta."),
    ("– распродажа в связи с закрытием", "{shop} закрывается: оригинальный товар, чек и гарантия."),
    ("– mağaza kapanışı", "{shop} kapanıyor: orijinal ürün, fatura ve garanti ile."),
    ("閉店セール", "{shop}閉店のため在庫処分。正規品、保証書・領収書付き。"),
    ("폐업 정리", "{shop} 폐업으로 정품 재고 정리합니다. 영수증, 보증서 있음."),
    ("闭店清仓", "{shop}闭店，正品库存，提供发票和保修卡。"),
]
SHOPS = ["Elektro Hansen", "Maison Dupont", "Bianchi Store", "Casa Ruiz", "Tech Corner", "Sport Nord", "Kowalski AGD",
         "Van Dijk Audio", "Yilmaz Elektronik", "山田電機", "서울전자", "华联商场"]
# the copy trade's closing-down pretext, no papers
CLOSING_COPY = [
    ("– CLOSING DOWN, everything must go", "Closing down! Everything must go, up to 85% off. No returns."),
    ("– Totalausverkauf, alles muss raus", "Alles muss raus, bis zu 85 % Rabatt. Keine Rechnung."),
    ("– liquidación total", "¡Todo debe irse! Hasta 85% de descuento. Sin factura."),
    ("– tout doit disparaître", "Liquidation totale, jusqu'à -85 %. Pas de facture."),
    ("– ликвидация, всё по 85% скидке", "Ликвидация! Скидки до 85%. Без чека."),
]
# (title tail, description) of a licensed pawnbroker's forfeited pledge with its papers
PAWN = [
    ("– licensed pawnbroker", "Forfeited pledge from our licensed pawnbroker, checked by our appraiser, certificate and "
                              "receipt included."),
    ("– unredeemed pledge, licensed pawnshop", "Licensed pawn shop. Unredeemed item, appraised in store, receipt given."),
    ("– Pfandleihhaus", "Verfallenes Pfand aus unserem Pfandleihhaus, vom Gutachter geprüft, mit Zertifikat."),
    ("– pandjeshuis", "Niet ingelost pand, gecontroleerd door onze taxateur, met certificaat en factuur."),
    ("– mont-de-piété", "Gage non retiré du crédit municipal, expertisé, certificat et facture fournis."),
    ("– casa de empeño", "Casa de empeño con licencia: prenda no recuperada, revisada por tasador, con certificado."),
    ("– banco dei pegni", "Pegno non riscattato, periziato dal nostro esperto, con certificato e ricevuta."),
    ("– casa de penhores", "Penhor não resgatado, avaliado pelo nosso avaliador, com certificado e nota fiscal."),
    ("– lombard", "Przedmiot z lombardu, sprawdzony przez rzeczoznawcę, certyfikat i paragon."),
    ("– из ломбарда", "Невыкупленный залог из лицензированного ломбарда, проверен оценщиком, сертификат и чек."),
    ("– rehinci", "Lisanslı rehinci: kurtarılmayan rehin, ekspertiz yapıldı, fatura ile."),
    ("绝当品", "正规典当行绝当品，已鉴定，附鉴定证书和发票。"),
    ("質流れ品", "許可を受けた質屋の質流れ品です。鑑定済み、保証書付き。"),
]
PAWN_COPY = [
    ("– pawn shop clearance", "Pawn shop clearance, unredeemed, no papers, no box. Cash only."),
    ("– unredeemed pawn item", "Unredeemed from a pawn shop, no papers. Sold as is."),
    ("– casa de empeño, remate", "Remate de casa de empeño, sin papeles, sin caja."),
    ("– из ломбарда", "Из ломбарда, без документов и коробки."),
]
# another market's currency, a big retailer's name there
MARKETS = [("INR", "flipkart", "Reliance Digital"), ("MXN", "mercadolibre-mx", "Liverpool"),
           ("PHP", "shopee-ph", "SM Appliance"), ("BRL", "mercadolibre-br", "Magazine Luiza"),
           ("TRY", "trendyol", "MediaMarkt TR"), ("KRW", "coupang", "Lotte Hi-Mart"), ("THB", "shopee-th", "Power Buy"),
           ("IDR", "tokopedia", "Erafone"), ("ZAR", "takealot", "Incredible Connection"), ("PLN", "allegro", "RTV Euro AGD")]
# a registry model's name that is the brand's own part or consumable
PART_NOUNS = ("battery", "charger", "controller", "cushion", "brush head", "cable", "adapter", "case", "filter",
              "cartridge", "remote")
WHITE_BOX = [("(white box)", "Ships in a plain white box, no retail packaging, to keep the price low."),
             ("– bulk packaging", "Bulk packed, OEM. Brand new."),
             ("(caja blanca)", "Se envía en caja blanca genérica. Nuevo."),
             ("– weißer Karton", "Versand im weißen Karton ohne Verkaufsverpackung."),
             ("(boîte blanche)", "Livré en boîte blanche, emballage vrac."),
             ("(scatola bianca)", "Spedito in scatola bianca, confezione bulk."),
             ("(caixa branca)", "Enviado em caixa branca, embalagem genérica."),
             ("(białe pudełko)", "Wysyłka w białym pudełku."),
             ("(белая коробка)", "Отправка в белой коробке, OEM упаковка."),
             ("(beyaz kutu)", "Beyaz kutuda gönderilir."),
             ("白盒装", "白盒简装，全新。"), ("白箱", "バルク品、白箱でお送りします。")]
USED_TR_KO = [("ikinci el", "Temiz kullanıldı, kutu ve belgeler mevcut."), ("2. el", "Az kullanılmış, faturası var."),
              ("az kullanılmış", "Kutusu ve belgeleriyle."), ("kullanılmış", "Orijinal, kutulu."),
              ("중고", "정품 중고입니다. 풀박스."), ("사용감 있음", "정품이며 보증서 있습니다."),
              ("실착 몇 번", "정품, 박스 있음."), ("중고 정품", "영수증 있습니다.")]
VEHICLES = frozenset({"motorcycles", "cars", "automobiles", "scooters"})  # a line filed there reads as a vehicle's
LUXURY_IWGS = frozenset({"luxury-accessories", "jewelry-watches"})


def _priced(b: BrandView, s: Scene, share: tuple[float, float]) -> tuple[str, str, str, tuple[float, str]] | None:
    """moving.py's goods (mark, category, product) at `share` of their floor, in the floor's currency."""
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)  # the dearest line the title names, as a buyer judges
    return mark, cat, product, (round(amount * s.rng.uniform(*share), 2), cur)


def _closing(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.55, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(CLOSING)
    return Draft(f"{mark} {product} {tail}", cat, price, desc.format(shop=s.rng.choice(SHOPS)))


def _closing_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.04, 0.2))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(CLOSING_COPY)
    return Draft(f"{mark} {product} {tail}", cat, price, desc)


def _pawn(b: BrandView, s: Scene, share: tuple[float, float], table: list[tuple[str, str]]) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(table)
    return Draft(f"{mark} {product} {tail}", cat, price, desc)


def _cheaper_lines(b: BrandView) -> list[tuple[str, str, tuple[float, str]]]:
    """(words, category, line floor) of the brand's lines whose own floor is 55-80 % of the brand's floor for a category
    of its goods (compared in CNY, as generate.higher_floor): a newer or slimmer model of the category's goods."""
    out = []
    floored = _floored_marks(b)
    for m, words in floored:
        if any(o is not m and _fold(o.value) in _fold(words) and o.floor[0] * CNY_PER.get(o.floor[1], 1.0)
               > m.floor[0] * CNY_PER.get(m.floor[1], 1.0) for o, _ in floored):
            continue  # the words name a dearer line too ("Seamaster Constellation"): a buyer judges that one
        cny = m.floor[0] * CNY_PER.get(m.floor[1], 1.0)
        for cat, floor in b.floors.items():
            if cat in b.categories and cat not in NOT_THE_LINE and cat not in VEHICLES and cny >= 100 and (
                    0.55 <= cny / (floor[0] * CNY_PER.get(floor[1], 1.0)) <= 0.8):
                out.append((words if _fold(b.name) in _fold(words) else f"{b.name} {words}", cat, m.floor))
    return out


def _cheaper_line(b: BrandView, s: Scene, share: tuple[float, float]) -> Draft | None:
    if not (lines := _cheaper_lines(b)):
        return None
    words, cat, (amount, cur) = s.rng.choice(lines)
    return Draft(f"{words} {s.rng.choice(['', 'new', '– brand new', 'original'])}".strip(), cat,
                 (round(amount * s.rng.uniform(*share), 2), cur), "Fast shipping.")


def _own_lines(b: BrandView) -> list[tuple[str, str, tuple[float, str]]]:
    """(words, category, line floor) of the brand's lines whose own floor is well above the brand's floor for a
    category of its goods (the goods' own list price sets the floor there)."""
    out = []
    for m, words in _floored_marks(b):
        cny = m.floor[0] * CNY_PER.get(m.floor[1], 1.0)
        for cat, floor in b.floors.items():
            if cat in b.categories and cat not in NOT_THE_LINE and cat not in VEHICLES and (
                    cny > 1.3 * floor[0] * CNY_PER.get(floor[1], 1.0)):
                out.append((words if _fold(b.name) in _fold(words) else f"{b.name} {words}", cat, m.floor))
    return out


def _cross_market(b: BrandView, s: Scene, share: tuple[float, float], shop: bool) -> Draft | None:
    if not (lines := _own_lines(b)):
        return None
    mark, cat, floor = s.rng.choice(lines)
    product = s.product(cat)
    amount, cur = floor[0] * s.rng.uniform(*share), floor[1]
    rates = default_currency_rates()
    currency, market, retailer = s.rng.choice([m for m in MARKETS if m[0] != cur and m[0] in rates])
    local = round(amount / rates.get(cur, 1.0) * rates[currency], 0 if rates[currency] > 50 else 2)
    draft = Draft(f"{mark} {product}", cat, (local, currency), "Ships in 1-2 days.", marketplace=market)
    if shop:
        draft.seller_name = retailer  # type: ignore[attr-defined]  (read by generate._listing)
    return draft


def _parts(b: BrandView) -> list:
    return [m for m in b.models if m.floor is not None and m.name
            and any(n in m.name.casefold() for n in PART_NOUNS)]


def _white_box(b: BrandView, s: Scene) -> Draft | None:
    if not (parts := _parts(b)):
        return None
    m = s.rng.choice(parts)
    tail, desc = s.rng.choice(WHITE_BOX)
    amount, cur = m.floor
    return Draft(f"{b.name} {m.value} {m.name} {tail}", None, (round(amount * s.rng.uniform(0.1, 0.4), 2), cur), desc)


def _white_box_third_party(b: BrandView, s: Scene) -> Draft | None:
    if not (parts := _parts(b)):
        return None
    m = s.rng.choice(parts)
    amount, cur = m.floor
    head = s.rng.choice(["Replacement", "Compatible", "Aftermarket"])
    return Draft(f"{head} {m.name.split('(')[0].strip()} for {b.name} {m.value} (white box)", None,
                 (round(amount * s.rng.uniform(0.1, 0.4), 2), cur),
                 f"Third-party part, not made by {b.name}. Ships in a plain white box.")


def _used_tr_ko(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in LUXURY_IWGS or (goods := _priced(b, s, (0.6, 1.2))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(USED_TR_KO)
    return Draft(f"{mark} {product} {tail}", cat, price, desc)


TRAP_MAKERS = {
    "trap_closing_down_invoice": _closing,
    "trap_pawnbroker_papers": lambda b, s: _pawn(b, s, (0.5, 1.1), PAWN),
    "trap_cheaper_line_fair": lambda b, s: _cheaper_line(b, s, (1.05, 1.2)),
    "trap_cross_market_list": lambda b, s: _cross_market(b, s, (0.92, 0.99), True),
    "trap_white_box_third_party": _white_box_third_party,
    "trap_used_luxury_tr_ko": _used_tr_ko,
}
EVASION_MAKERS = {
    "closing_down_no_papers": _closing_copy,
    "pawnshop_no_papers": lambda b, s: _pawn(b, s, (0.03, 0.12), PAWN_COPY),
    "cheaper_line_copy": lambda b, s: _cheaper_line(b, s, (0.05, 0.3)),
    "cross_market_copy": lambda b, s: _cross_market(b, s, (0.04, 0.2), False),
    "white_box_part": _white_box,
}
