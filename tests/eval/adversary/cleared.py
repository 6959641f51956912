"""The adversary's cleared-goods classes (genuine, session 18): genuine goods sold cheap for a reason a shop states,
which must stay quiet, and the copies that borrow the same frame, which must still alert.

- short-dated goods: food, drink, infant formula, cosmetics and OTC goods near their best-before or expiry date,
  cleared at 30-60 % off by a supermarket, pharmacy or perfumery and resold with the batch visible; said in words
  (short dated, MHD kurz, date courte, caducidad próxima, krótka data, 临期, 賞味期限間近, 유통기한 임박 ...) or by a
  date label with a date a few months after the listing's (MHD 04/2025, best before May 2025, 賞味期限 2025.05);
- outlet goods: the brand's own outlet or factory store, an outlet village (Coach Outlet, Nike Factory Store,
  magasin d'usine, Fabrikverkauf, アウトレット, 아울렛, 奥莱), new with tags and a receipt, at 50-110 % of the floor.

Their twins: the same frames at a copy's price (3-20 % of the floor), beside the goods' identity marks removed (no
batch code, relabelled, repackaged, 刮码, 无溯源码: the matcher's config.TAMPERED_TERMS are not read here, the words
are written anew per language), or beside a copy cue; and a listing "for parts / not working" whose description says
the goods are new and work and, in a sentence of its own, that they are no original ("Not genuine.", "Kein
Original.", "Copie.", "Replika."), the for-parts frame a dodge of returns.

Written from first principles and general knowledge of how reduced-to-clear, short-dated, outlet and for-parts
listings are worded on marketplaces in many languages; no held-out listing was read (outsider16's report named the
classes, not their strings).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import COPY_CUES, _pack, _price

TRAPS = {
    "trap_short_dated_genuine": "genuine consumables, cosmetics or OTC goods near their best-before or expiry date, "
                                "said in words or by a date label a few months on, cleared at 30-60 % off, the batch "
                                "visible, in many languages",
    "trap_outlet_genuine": "the brand's goods bought at its outlet or factory store or an outlet village, new with tags "
                           "and a receipt, at an outlet's price, in many languages",
}
EVASIONS = {
    "fake_short_dated_copy": "a copy in short-dated words or with a near date: a copy's price (3-20 % of the floor), "
                             "the batch code removed or the goods relabelled or repackaged, or a copy cue",
    "fake_outlet_copy": "a copy in outlet words: a copy's price (3-20 % of the floor) or a copy cue",
    "fake_for_parts_admitted": "a copy listed 'for parts / not working' whose description says it is new and works "
                               "and, in a sentence of its own, that it is no original",
}

# goods with a best-before or expiry date
DATED = {"chocolate", "confectionery", "coffee", "soft drinks", "bottled water", "dairy", "spreads", "infant formula",
         "nutrition", "pet food", "skincare", "sunscreen", "makeup", "haircare", "fragrance", "otc", "first aid"}
# goods sold in outlet stores
OUTLET = {"sneakers", "athletic shoes", "handbags", "belts", "wallets", "scarves", "jackets", "parkas", "jeans",
          "sportswear", "sunglasses", "trench coats", "coats", "bags", "apparel", "t-shirts", "hoodies", "dresses",
          "soccer", "golf apparel"}

# the adversary's listings are dated 2025-03-01 (generate._listing): a date 1-5 months on is short
_MONTH = ["Apr", "May", "Jun", "Jul"]
# (language, title with {m} {p} and {d}, a date in the language's own form, description): {mm} the month, {yyyy} the year
SHORT_WORDS = [
    ("en", "{m} {p} short dated", "Batch code on the base, bought at the supermarket's reduced section."),
    ("en", "{m} {p} - near expiry, 40% off", "Genuine, batch visible. From a pharmacy clearance."),
    ("en", "{m} {p} reduced to clear", "Yellow sticker from the supermarket, unopened, batch on pack."),
    ("de", "{m} {p} MHD kurz", "Originalware, Charge sichtbar, aus dem Drogeriemarkt."),
    ("de", "{m} {p} - kurzes MHD, 40 % reduziert", "Mit Chargennummer, Kassenbon vorhanden."),
    ("fr", "{m} {p} date courte", "Numéro de lot visible, acheté en grande surface."),
    ("es", "{m} {p} caducidad próxima", "Con lote, comprado en farmacia."),
    ("it", "{m} {p} scadenza ravvicinata", "Lotto visibile, da supermercato."),
    ("pt", "{m} {p} validade curta", "Lote visível, comprado na farmácia."),
    ("nl", "{m} {p} korte houdbaarheid", "Met batchnummer, uit de supermarkt."),
    ("pl", "{m} {p} krótka data", "Numer partii widoczny, z marketu."),
    ("cs", "{m} {p} krátká trvanlivost", "Šarže viditelná."),
    ("sv", "{m} {p} kort datum", "Batchnummer synligt, från butik."),
    ("fi", "{m} {p} lyhyt päiväys", "Eränumero näkyvissä."),
    ("ro", "{m} {p} termen scurt", "Lot vizibil, din magazin."),
    ("hu", "{m} {p} rövid lejárat", "Gyártási szám látható."),
    ("tr", "{m} {p} miadı yakın", "Parti numarası görünür, marketten."),
    ("id", "{m} {p} ED dekat", "Nomor batch jelas, dari supermarket."),
    ("vi", "{m} {p} cận date", "Có số lô, mua ở siêu thị."),
    ("ru", "{m} {p} короткий срок", "Номер партии виден, из магазина."),
    ("ar", "{m} {p} قريب الانتهاء", "رقم التشغيلة ظاهر، من السوبرماركت."),
    ("zh", "{m} {p} 临期", "有批号，超市购入。"),
    ("ja", "{m} {p} 賞味期限間近", "ロット番号あり、スーパーで購入。"),
    ("ko", "{m} {p} 유통기한 임박", "제조번호 있음, 마트 구매."),
]
SHORT_DATES = [
    ("en", "{m} {p} best before {mm}/{yyyy}", "Batch on pack, from a supermarket clearance."),
    ("en", "{m} {p} - BB {mon} {yyyy}, half price", "Genuine, batch visible."),
    ("en", "{m} {p} exp {mm}/{yy}", "Bought at the pharmacy, batch matches."),
    ("de", "{m} {p} MHD {dd}.{mm}.{yyyy}", "Charge sichtbar."),
    ("fr", "{m} {p} DLUO {mm}/{yyyy}", "Lot visible."),
    ("es", "{m} {p} caduca {mm}/{yyyy}", "Con lote."),
    ("it", "{m} {p} scadenza {mm}/{yyyy}", "Lotto sul fondo."),
    ("pt", "{m} {p} validade {mm}/{yyyy}", "Lote visível."),
    ("nl", "{m} {p} THT {mm}-{yyyy}", "Met batchnummer."),
    ("pl", "{m} {p} data ważności {dd}.{mm}.{yyyy}", "Partia na opakowaniu."),
    ("sv", "{m} {p} bäst före {yyyy}-{mm}", "Batchnummer synligt."),
    ("fi", "{m} {p} parasta ennen {dd}.{mm}.{yyyy}", "Eränumero näkyvissä."),
    ("tr", "{m} {p} SKT {dd}.{mm}.{yyyy}", "Parti numarası görünür."),
    ("ru", "{m} {p} годен до {mm}.{yyyy}", "Номер партии виден."),
    ("zh", "{m} {p} 保质期至{yyyy}年{mm}月", "有批号。"),
    ("ja", "{m} {p} 賞味期限 {yyyy}.{mm}", "ロット番号あり。"),
    ("ko", "{m} {p} 유통기한 {yyyy}.{mm}.{dd}", "제조번호 있음."),
]
# the goods' identity marks removed or replaced, written anew per language
TAMPERED = ["No batch code, repackaged.", "Batch codes removed.", "Relabelled, no lot number.",
            "Ohne Chargennummer.", "Sans numéro de lot.", "Sin lote, reetiquetado.", "Senza lotto.",
            "Sem lote.", "Bez numeru partii.", "Без номера партии.", "无溯源码。", "刮码，重新贴标。", "Tanpa nomor batch.",
            "Không tem phụ.", "بدون رقم تشغيلة."]
OUTLET_ROWS = [
    ("en", "{m} {p} - bought at the {m} Outlet, new with tags", "Receipt included."),
    ("en", "{m} {p}, {m} Factory Store, NWT", "Outlet receipt."),
    ("en", "{m} {p} from the outlet store, new", "Bought at Bicester Village, receipt."),
    ("de", "{m} {p} - {m} Outlet Metzingen, neu mit Etikett", "Kassenbon vom Outlet."),
    ("de", "{m} {p} aus dem Fabrikverkauf, neu", "Rechnung vorhanden."),
    ("fr", "{m} {p} - magasin d'usine, neuf avec étiquette", "Ticket de caisse."),
    ("es", "{m} {p} - {m} Outlet Las Rozas, nuevo", "Con ticket."),
    ("it", "{m} {p} - outlet Serravalle, nuovo", "Scontrino dell'outlet."),
    ("nl", "{m} {p} - outlet Roermond, nieuw met label", "Met bon."),
    ("pl", "{m} {p} z outletu, nowe z metką", "Paragon."),
    ("ru", "{m} {p} из аутлета, новое", "Чек есть."),
    ("tr", "{m} {p} outlet mağazası, yeni etiketli", "Fiş var."),
    ("ja", "{m} {p} アウトレット 新品タグ付き", "御殿場プレミアム・アウトレットで購入。"),
    ("ko", "{m} {p} 아울렛 새상품", "영수증 있음."),
    ("zh", "{m} {p} 奥莱购入 全新吊牌", "有小票。"),
]
FOR_PARTS = [
    ("en", "{m} {p} - for parts or not working", "Actually new and works, listed as parts so no returns. {x}"),
    ("en", "{m} {p} spares or repair", "Works fine, new. {x}"),
    ("de", "{m} {p} defekt, für Bastler", "Funktioniert eigentlich, neu. {x}"),
    ("fr", "{m} {p} pour pièces, HS", "En vrai neuf et fonctionnel. {x}"),
    ("es", "{m} {p} para piezas, no funciona", "Funciona, nuevo. {x}"),
    ("it", "{m} {p} per ricambi, non funzionante", "Nuovo e funzionante. {x}"),
    ("pt", "{m} {p} com defeito, para peças", "É novo e funciona. {x}"),
    ("nl", "{m} {p} defect, voor onderdelen", "Werkt gewoon. {x}"),
    ("pl", "{m} {p} uszkodzony, na części", "Nowy i działa. {x}"),
    ("cs", "{m} {p} na díly, nefunkční", "Nové a funkční. {x}"),
    ("ja", "{m} {p} ジャンク", "実は新品で動きます。{x}"),
]
DENIALS = {"en": ["Not genuine.", "Not original.", "Not authentic.", "Copy."], "de": ["Kein Original.", "Nicht original."],
           "fr": ["Copie.", "Pas d'origine."], "es": ["No es original.", "Réplica."], "it": ["Non originale."],
           "pt": ["Não é original.", "Réplica."], "nl": ["Geen origineel."], "pl": ["Nie oryginał.", "Replika."],
           "cs": ["Není originál.", "Replika."], "ja": ["正規品ではありません。"]}


def _dated(s: Scene, row: tuple[str, str, str], m: str, p: str) -> str:
    month = s.rng.randrange(4, 8)
    return row[1].format(m=m, p=p, mm=f"{month:02d}", yyyy="2025", yy="25", dd=f"{s.rng.randrange(1, 29):02d}",
                         mon=_MONTH[month - 4])


def _cat(b: BrandView, s: Scene, kinds: set[str]) -> str | None:
    cats = [c for c in b.categories if c in kinds and c in b.floors]
    return s.rng.choice(cats) if cats else None


def _short(b: BrandView, s: Scene, low: float, high: float) -> tuple[Draft, str] | None:
    cat = _cat(b, s, DATED)
    if cat is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    row = s.rng.choice(SHORT_WORDS + SHORT_DATES)
    title = _dated(s, row, m, p)
    amount, cur = _price(b, s, cat, low, high, m)
    return Draft(_cap(title), cat, (round(amount * _pack(p), 2), cur), row[2]), row[0]


def make_short_dated_genuine(b: BrandView, s: Scene) -> Draft | None:
    made = _short(b, s, 0.45, 1.0)
    return made[0] if made else None


def make_fake_short_dated_copy(b: BrandView, s: Scene) -> Draft | None:
    way = s.rng.randrange(3)
    made = _short(b, s, 0.3, 1.0)
    if made is None:
        return None
    d, _lang = made
    if way == 0:  # a copy's price for the whole listing, a pack or not
        d.price = _price(b, s, d.category, 0.03, 0.2)
        d.description = s.rng.choice(["Clearance, must go.", "Liquidation stock.", "Stock clearance.", ""])
    elif way == 1:
        d.description = s.rng.choice(TAMPERED)
    else:
        d.title = f"{d.title} {s.rng.choice(COPY_CUES)}"
    return d


def _outlet(b: BrandView, s: Scene, low: float, high: float) -> Draft | None:
    cat = _cat(b, s, OUTLET)
    if cat is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    _lang, title, desc = s.rng.choice(OUTLET_ROWS)
    return Draft(_cap(title.format(m=m, p=p)), cat, _price(b, s, cat, low, high, m), desc)


def make_outlet_genuine(b: BrandView, s: Scene) -> Draft | None:
    return _outlet(b, s, 0.55, 1.1)


def make_fake_outlet_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:
        return _outlet(b, s, 0.03, 0.2)
    d = _outlet(b, s, 0.2, 1.0)
    if d is not None:
        d.title = f"{d.title} {s.rng.choice(COPY_CUES)}"
    return d


def make_fake_for_parts_admitted(b: BrandView, s: Scene) -> Draft | None:
    # not a vehicle's or machine's parts: "Toyota oil filter, not genuine" is an aftermarket part's honest disclaimer
    cats = [c for c in b.categories if c in b.floors and c not in DATED and "parts" not in c and c not in (
        "software", "software licenses", "prescription drugs", "tires", "tyres")]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    lang, title, desc = s.rng.choice(FOR_PARTS)
    m, p = _plain_mark(b, s), s.product(cat)
    return Draft(_cap(title.format(m=m, p=p)), cat, _price(b, s, cat, 0.15, 0.6, m),
                 desc.format(x=s.rng.choice(DENIALS[lang])))


TRAP_MAKERS = {"trap_short_dated_genuine": make_short_dated_genuine, "trap_outlet_genuine": make_outlet_genuine}
EVASION_MAKERS = {"fake_short_dated_copy": make_fake_short_dated_copy, "fake_outlet_copy": make_fake_outlet_copy,
                  "fake_for_parts_admitted": make_fake_for_parts_admitted}
