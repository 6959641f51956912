"""The adversary's classes of honest channels that name the brand without selling a copy (honest36, issue 9), and the
copies that borrow their words:

- a forced sale of a business's genuine stock by its creditor or a court's officer (a bank's repossession sale, an
  insolvency administrator's, liquidator's or receiver's, a court auction 法拍/競売/공매),
  its lot number beside the goods and the price field an auction's bid (15-80 % of the floor): quiet (trap). The same
  heads on "1:1 replica" goods, or an "auction lot of 50 AAA copies", at a copy's price: alert (evasion);
- used moving or shipping cartons from the brand's deliveries, printed with its name, sold empty by the bundle (15
  languages), at a few euros: quiet (trap). "Empty box + dust bag + 1:1 bag", cartons "with the replica inside": alert;
- fan art of the brand's goods (a watercolour, an illustration print, a drawing: Japanese ファンアート/水彩イラスト,
  Korean 팬아트, Chinese 同人插画, English, German, French): quiet (trap); "fan art … the replica sneakers 1:1": alert;
- the brand's gift card at its face value written with the currency's own sign or word (₱2,500, ¥10,000, 5000円分,
  500元, 5만원권, 100 zł, 3000 рублей, R$ 100, R500, RM100, ฿1,000): quiet (trap); the same card far below that
  face (the gift-card fraud trade), or beside a 1:1 copy: alert.

Written from general knowledge of how banks, insolvency practitioners and court auctioneers title their sales, how
classified boards' sellers word moving boxes and fan art, and the gift-card programmes' face values in each market;
no held-out listing's string. Found by outsider34's in_bank_repo_auction34, in_moving_cartons34, in_fan_art34 and
in_gift_cards34 after that set was scored.
"""

from __future__ import annotations

from tests.eval.adversary.codes import _PACK
from tests.eval.adversary.cover import _goods_floor, _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _fold

TRAPS = {
    "trap_forced_sale_genuine": "the brand's goods in a bank's repossession sale, an insolvency administrator's or "
                                "liquidator's sale or a court auction (13 languages), a lot number, at "
                                "an auction's bid (15-80 % of the floor), no copy cue",
    "trap_moving_cartons": "used moving or shipping cartons printed with the brand's name sold empty by the bundle (15 "
                           "languages) at a few euros",
    "trap_fan_art_goods": "fan art of the brand's goods: a watercolour, an illustration print or a drawing (en, de, fr, "
                          "ja, ko, zh), not the goods",
    "trap_gift_card_local_face": "the brand's gift card at its face value written with the currency's own sign or word "
                                 "(₱2,500, ¥10,000, 5000円分, 5만원권, 100 zł, 3000 рублей, R$ 100, R500, RM100)",
}
EVASIONS = {
    "forced_sale_copy": "a forced sale's or court auction's head on goods called a 1:1 replica or AAA copy, or an "
                        "auction lot of 50 copies, at a copy's price (5-30 % of the floor)",
    "cartons_with_copy": "empty boxes or moving cartons of the brand sold with a 1:1 copy or a dust bag for one",
    "fan_art_copy": "fan art of the brand's goods that also sells the replica goods (1:1, UA, AAA)",
    "gift_card_local_below_face": "the brand's gift card with a face value in the currency's own sign sold at 8-35 % of "
                                  "it (the gift-card fraud trade), or beside a 1:1 copy",
}

# (title head, description with {n} for the lot's number), one or two per language
FORCED = [
    ("Bank repossession:", "Repossessed stock of a business borrower, sold as seen by the bank's auctioneer. Lot {n}."),
    ("By order of the administrators:", "Insolvency sale of a retailer's genuine stock, sold as seen. Lot {n}."),
    ("Insolvency administrator's sale –", "Genuine stock of an authorised dealer in administration. Lot {n}."),
    ("Im Auftrag des Insolvenzverwalters:", "Originalware eines Fachhändlers, Los {n}, Verkauf wie besichtigt."),
    ("Vente par le mandataire liquidateur :", "Stock d'un revendeur en liquidation judiciaire, lot {n}."),
    ("Subasta concursal:", "Administración concursal de una tienda, lote {n}, mercancía original."),
    ("Curatela fallimentare – vendita:", "Merce originale di un rivenditore, lotto {n}, visto e piaciuto."),
    ("Leilão de massa falida:", "Estoque original de revendedor, lote {n}."),
    ("Boedelveiling faillissementscurator:", "Originele voorraad van een dealer, kavel {n}."),
    ("Syndyk masy upadłościowej sprzedaje:", "Oryginalny towar sprzedawcy, partia {n}."),
    ("Торги по банкротству:", "Конкурсный управляющий продаёт товар дилера, лот {n}."),
    ("法拍", "法院司法拍卖，经销商库存正品，编号{n}。"),
    ("破産管財人による売却", "販売店の在庫品です。ロット{n}。"),
    ("공매", "파산관재인 매각, 매장 재고 정품, 로트 {n}."),
]
COPY_WORDS = ["1:1 replica", "AAA copy", "mirror quality replica", "super clone", "réplica 1:1", "Replik 1:1",
              "高仿 1:1", "レプリカ", "레플리카"]

# (title with {n} and {mark}, description), one or two per language
CARTONS = [
    ("{n} used moving boxes (printed {mark}) – EMPTY", "Empty cardboard cartons from deliveries to our shop. No products, just boxes."),
    ("{n} empty {mark} shipping cartons for moving", "Flat-packed delivery boxes, no products."),
    ("{n} gebruikte verhuisdozen (bedrukt {mark}) – LEEG", "Lege kartonnen dozen van leveringen. Geen producten, alleen dozen."),
    ("{n} Umzugskartons mit {mark}-Aufdruck, leer", "Leere Versandkartons aus Lieferungen, keine Ware."),
    ("{n} cartons de déménagement {mark}, vides", "Cartons de livraison vides, sans produit."),
    ("{n} cajas de mudanza con logo {mark} (vacías)", "Cajas de cartón vacías de entregas, sin producto."),
    ("{n} scatoloni per trasloco {mark}, vuoti", "Scatoloni vuoti delle consegne, senza prodotto."),
    ("{n} caixas de mudança {mark} vazias", "Caixas de papelão vazias das entregas, sem produto."),
    ("{n} kartonów przeprowadzkowych {mark} – puste", "Puste kartony po dostawach, bez produktu."),
    ("{n} flyttkartonger med {mark}-tryck, tomma", "Tomma kartonger från leveranser."),
    ("Коробки для переезда {mark}, {n} шт", "Пустые картонные коробки от поставок, без товара."),
    ("{mark} 段ボール {n}枚 引越し用", "空箱です。中身はありません。"),
    ("{mark} 搬家纸箱 {n}个", "空纸箱，无商品。"),
    ("{mark} 이사 박스 {n}개", "빈 박스입니다. 내용물 없음."),
    ("{n} kardus bekas {mark} kosong", "Kardus pengiriman kosong, tanpa produk."),
]
CARTON_COPIES = [
    ("Empty box + dust bag + 1:1 {mark} {product}", "mirror quality, full set, replica"),
    ("{mark} shipping box with 1:1 replica {product} inside", "AAA copy, same as original"),
    ("{n} {mark} moving boxes – replica {product} included", "top quality copies"),
    ("{mark} 空箱 + 高仿 {product} 1:1", "复刻 顶级"),
]

# (title with {mark} and {product}, description)
FAN_ART = [
    ("{mark} {product} fan art print A4", "My own drawing of the {product}, printed on paper. Not the product."),
    ("Fan art: {mark} {product} watercolour painting", "Original watercolour of the item, 30x40 cm. A picture, not the item."),
    ("{mark} {product} – art print (fan art)", "Digital illustration, giclee print on matte paper."),
    ("{mark} {product} 水彩イラスト A3プリント", "自作のファンアートです。製品ではありません。"),
    ("{mark} {product} ファンアート イラストボード", "手描きイラストです。商品そのものではありません。"),
    ("{mark} {product} 팬아트 일러스트 액자", "직접 그린 그림입니다. 제품이 아닙니다."),
    ("{mark} {product} 同人插画 A4", "原创同人画，非实物商品。"),
    ("{mark} {product} Kunstdruck, Fan Art", "Eigene Zeichnung als Druck, kein Produkt."),
    ("Affiche fan art {mark} {product}", "Dessin original imprimé, pas le produit."),
]
FAN_ART_COPIES = [
    ("{mark} {product} fan art – the replica {product} 1:1 included", "fan art print + UA reps, same as original"),
    ("{mark} {product} fan art + 1:1 replica", "AAA copy shipped with the print"),
    ("{mark} {product} ファンアート + スーパーコピー", "コピー品 1:1"),
]

# (currency, face, the face as written), and the card's words of the markets that write it so
FACES = [("PHP", 2500, "₱2,500"), ("INR", 2000, "₹2,000"), ("JPY", 10000, "¥10,000"), ("JPY", 5000, "5000円分"),
         ("CNY", 500, "500元"), ("KRW", 50000, "5만원권"), ("KRW", 30000, "₩30,000"), ("PLN", 100, "100 zł"),
         ("RUB", 3000, "3000 рублей"), ("BRL", 100, "R$ 100"), ("ZAR", 500, "R500"), ("MYR", 100, "RM100"),
         ("IDR", 500000, "Rp500.000"), ("THB", 1000, "฿1,000"), ("VND", 500000, "500.000₫"),
         ("CZK", 1000, "1000 Kč"), ("JPY", 30000, "3万円分")]
CARD_WORDS = {"PHP": ["gift card", "e-gift card"], "INR": ["gift card", "e-gift voucher"], "JPY": ["ギフトカード", "gift card"],
              "CNY": ["礼品卡", "电子礼品卡"], "KRW": ["기프트카드", "상품권"], "PLN": ["karta podarunkowa", "bon podarunkowy"],
              "RUB": ["подарочная карта", "подарочный сертификат"], "BRL": ["vale-presente", "cartão-presente"],
              "ZAR": ["gift card", "e-gift card"], "MYR": ["gift card", "e-voucher"], "IDR": ["kartu hadiah", "gift card"],
              "THB": ["บัตรของขวัญ", "gift card"], "VND": ["thẻ quà tặng", "gift card"],
              "CZK": ["dárková karta", "dárkový poukaz"]}


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str, tuple[float, str]] | None:
    """cover.py's goods with a price floor, the brand's name before a line's (moving.py's), goods in packs left out."""
    goods = _goods_floor(b, s)
    if goods is None or _PACK.search(goods[2]):
        return None
    mark, cat, product, floor = goods
    if _fold(b.name) not in _fold(mark):
        mark = f"{b.name} {mark}"
    return mark, cat, product, floor


def _lot(s: Scene) -> int:
    return s.rng.choice([3, 7, 12, 14, 22, 41, 118, 205])


def make_forced_sale(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    head, desc = r.choice(FORCED)
    n = _lot(s)
    title = r.choice([f"{head} {mark} {product} – lot {n}", f"{head} {mark} {product}", f"{head} {mark} {product} (Lot {n})"])
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(title, cat, (round(amount * r.uniform(0.15, 0.8), 2), cur), desc.format(n=n))


def make_forced_sale_copy(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    head, desc = r.choice(FORCED)
    n = _lot(s)
    title = r.choice([f"{head} {mark} {product} {r.choice(COPY_WORDS)} – lot {n}",
                      f"{head} auction lot of 50 AAA copies {mark} {product}",
                      f"{head} {mark} {product} – lot {n}"])
    if "copies" not in title and not any(w in title for w in COPY_WORDS):
        desc = f"{desc.format(n=n)} {r.choice(COPY_WORDS)}, not original."
    else:
        desc = desc.format(n=n)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(title, cat, (round(amount * r.uniform(0.05, 0.3), 2), cur), desc)


def make_moving_cartons(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    title, desc = r.choice(CARTONS)
    n = r.choice([5, 10, 12, 15, 20, 25, 30, 40])
    return Draft(title.format(n=n, mark=b.name), None, (round(r.uniform(3, 40), 2), "EUR"), desc)


def make_cartons_copy(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(CARTON_COPIES)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(title.format(n=r.choice([5, 10, 20]), mark=mark, product=product), cat,
                 (round(amount * r.uniform(0.05, 0.25), 2), cur), desc)


def _fan_goods(b: BrandView, s: Scene) -> tuple[str, str] | None:
    goods = _goods(b, s)
    if goods is not None:
        return goods[0], goods[2]
    cat = s.category()
    return b.name, s.product(cat)


def make_fan_art(b: BrandView, s: Scene) -> Draft | None:
    mark, product = _fan_goods(b, s)
    r = s.rng
    title, desc = r.choice(FAN_ART)
    return Draft(title.format(mark=mark, product=product), r.choice([None, "Art > Prints", "Art", "アート"]),
                 (round(r.uniform(5, 60), 2), "USD"), desc.format(product=product))


def make_fan_art_copy(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(FAN_ART_COPIES)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(title.format(mark=mark, product=product), cat, (round(amount * r.uniform(0.05, 0.3), 2), cur), desc)


def _card(b: BrandView, s: Scene) -> tuple[str, float, str]:
    r = s.rng
    currency, face, written = r.choice(FACES)
    word = r.choice(CARD_WORDS[currency])
    title = r.choice([f"{b.name} {word} {written}", f"{word} {b.name} {written}", f"{b.name} {written} {word}"])
    return title, face, currency


def make_gift_card_local(b: BrandView, s: Scene) -> Draft | None:
    title, face, currency = _card(b, s)
    return Draft(title, s.rng.choice([None, "gift cards", "vouchers"]), (round(face * s.rng.uniform(0.9, 1.0), 2), currency),
                 s.rng.choice(["Official e-gift card, unused.", "", "Redeemable in stores and online."]))


def make_gift_card_below(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    title, face, currency = _card(b, s)
    if r.random() < 0.3 and (goods := _goods(b, s)) is not None:
        return Draft(f"{title} + 1:1 replica {goods[2]}", goods[1], (round(face * r.uniform(0.9, 1.0), 2), currency),
                     "AAA copy, same as original")
    return Draft(title, r.choice([None, "gift cards"]), (round(face * r.uniform(0.08, 0.35), 2), currency),
                 r.choice(["Instant delivery, cheap!", "Fast code delivery", ""]))


TRAP_MAKERS = {"trap_forced_sale_genuine": make_forced_sale, "trap_moving_cartons": make_moving_cartons,
               "trap_fan_art_goods": make_fan_art, "trap_gift_card_local_face": make_gift_card_local}
EVASION_MAKERS = {"forced_sale_copy": make_forced_sale_copy, "cartons_with_copy": make_cartons_copy,
                  "fan_art_copy": make_fan_art_copy, "gift_card_local_below_face": make_gift_card_below}
