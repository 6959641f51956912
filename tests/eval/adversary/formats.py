"""The adversary's sale-format classes: listings whose price field is no price of one new unit (an auction's opening bid,
a giveaway's 0, a swap's or a wanted ad's missing price), a genuine perfumery tester below the boxed price, which must
stay quiet; and the copies beside them, which must still alert: a copy whose price is "in DM", a replica auctioned with
a copy cue, new goods "free, just pay shipping", a "tester" at a fraction of even a tester's price, a swap that offers
a copy.

Written from first principles and general knowledge of the marketplaces' sale formats and their words (eBay's "NO
RESERVE" auctions and "Format: Auction", Kleinanzeigen's "Zu verschenken" and "Tausche", Marktplaats's "Gratis af te
halen" and "Ruilen", Leboncoin's "Donne", Subito's "Regalo", OLX's "Oddam za darmo", Blocket's "Skänkes", Avito's
"Отдам даром" and "Обмен", Yahoo!オークション's 1円スタート, Xianyu's 起拍 and 交换, Danggeun's 무료나눔, collectors'
WTT/WTB, perfumeries' testers in plain boxes) and of the copy trade's bait ("DM for price", "price in chat", "free, just
pay shipping", "item 1, shipping 89"); nothing of the matcher and no held-out listing was read. Prices: an opening bid
of 0.01-1 or a nominal start, 0 or none for giveaways, swaps and wanted ads; a tester at 70-110 % of the floor, a copy
"tester" at 3-20 %.
"""

from __future__ import annotations

from tests.eval.adversary import disguises
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark, _plain_mark
from tests.eval.adversary.plans import COPY_CUES, PLAN_MINIMUM_USD, _floor, _goods

# copy cues of every trade ("replica" is a scale model's word beside a model kit: not among them)
CUES = [c for c in COPY_CUES if c != "replica"] + ["reps"]

TRAPS = {
    "trap_auction_opening_bid": "genuine used goods in an auction whose price field is the opening bid (0.01-1, a "
                                "nominal start): 'NO RESERVE', '1p start', 'Auktion ab 1 €', 'enchères', 'asta da 1 €', "
                                "'veiling', 'licytacja', '1円スタート', '起拍', '경매', or only an item specific "
                                "'Format: Auction', in 16 languages",
    "trap_giveaway": "used goods given away at 0 or no price: 'free to a good home', 'zu verschenken', 'gratis af te "
                     "halen', 'à donner', 'regalo', 'oddam za darmo', 'skänkes', 'отдам даром', '無料で譲ります', "
                     "'무료나눔', 'مجانا', in 17 languages",
    "trap_swap_offer": "swap offers with no price, the brand's goods for another brand's or other goods: 'Tausche … "
                       "gegen', 'WTT', 'échange contre', 'troco por', 'ruilen tegen', 'zamienię na', 'takas', 'обмен на', "
                       "'交換希望', '교환해요', in 16 languages",
    "trap_wanted_ad": "a buyer's wanted ad with no price: 'WTB', 'Suche', 'Recherche', 'Busco', 'Szukam', 'Куплю', "
                      "'求购', '구합니다', 'مطلوب'",
    "trap_tester_fair": "a genuine perfumery tester (plain box, no cap) of a fragrance or cosmetics line of the brand at "
                        "70-110 % of the line's own floor, in 12 languages",
}
EVASIONS = {
    "fake_dm_for_price": "copies with no price or a placeholder 1 whose price is 'in DM' ('DM for price', 'Preis per "
                         "PN', 'precio por privado', 'цена в лс', '价格私聊'), some 'open to trades' too",
    "fake_auction_copy": "a replica auctioned at an opening bid with a copy cue ('1:1', 'AAA quality', 'reps', '高仿')",
    "fake_shipping_bait": "new goods 'free, just pay shipping' at 0 or the fee ('nur Versandkosten', 'solo pagas el "
                          "envío', '只需付运费', '送料のみ'), or an item price of 1 and a shipping fee of the goods' price",
    "fake_tester_lowball": "a 'tester' of the brand's fragrance or cosmetics at 3-20 % of the floor, a fraction of even "
                           "a tester's price",
    "fake_swap_copy": "a swap offer whose goods are a copy ('1:1', 'reps', 'AAA quality', '高仿'), no price",
}

# currency of each language's market, and its opening bids
BIDS = {"USD": [1.0, 0.99, 0.01], "GBP": [0.99, 0.01, 1.0], "EUR": [1.0, 0.99], "PLN": [1.0], "JPY": [1.0],
        "CNY": [1.0], "KRW": [1000.0], "AUD": [1.0], "SEK": [1.0]}
# (currency, title with {m} mark and {p} product, description, item specifics or None)
AUCTIONS = [
    ("USD", "{m} {p} used – NO RESERVE auction", "Bidding starts at $1. Genuine, bought new in 2021.", None),
    ("USD", "{m} {p}, pre-owned, no reserve", "Sold as seen, genuine, with receipt.", {"Format": "Auction", "Condition": "Used"}),
    ("GBP", "{m} {p} used – 1p start, no reserve", "Collection or post. Genuine.", None),
    ("GBP", "{m} {p} pre-owned – 99p start", "Ends Sunday evening.", {"Listing format": "Auction"}),
    ("USD", "{m} {p} – starting bid $1", "Estate clear-out, genuine item.", None),
    ("USD", "{m} {p} used", "See photos. Genuine.", {"Format": "Auction"}),
    ("EUR", "{m} {p} gebraucht – Auktion ab 1 €", "Privatverkauf, keine Garantie.", None),
    ("EUR", "{m} {p} gebraucht, ohne Mindestpreis", "Versteigerung endet Sonntag.", {"Angebotsformat": "Auktion"}),
    ("EUR", "{m} {p} d'occasion – enchères à partir de 1 €", "Vente entre particuliers.", None),
    ("EUR", "{m} {p} usato – asta da 1 €", "Vendita tra privati.", None),
    ("EUR", "{m} {p} usado – subasta sin precio de reserva", "Venta particular.", None),
    ("EUR", "{m} {p} gebruikt – veiling vanaf €1", "Ophalen of verzenden.", None),
    ("PLN", "{m} {p} używany – licytacja od 1 zł", "Sprzedaż prywatna.", {"Typ oferty": "Licytacja"}),
    ("EUR", "{m} {p} usado – leilão, lance inicial 1 €", "Venda particular.", None),
    ("SEK", "{m} {p} begagnad – auktion från 1 kr", "Privat försäljning.", None),
    ("JPY", "{m} {p} 中古 1円スタート", "個人出品です。ノークレームでお願いします。", None),
    ("JPY", "{m} {p} 中古品", "個人出品。", {"出品形式": "オークション"}),
    ("CNY", "{m} {p} 二手 1元起拍", "个人闲置，拍卖。", None),
    ("KRW", "{m} {p} 중고 경매 시작가 1000원", "직거래 가능.", None),
]
GIVEAWAYS = [
    ("GBP", "FREE – old {m} {p}, works, collection only", "Free to a good home. Pick up only."),
    ("USD", "Free {m} {p}, used, curb alert", "First come first served."),
    ("USD", "Giving away my old {m} {p}", "Still works, needs a clean. Pick up only."),
    ("EUR", "Zu verschenken: {m} {p}, gebraucht", "Nur Abholung."),
    ("EUR", "Gratis af te halen: {m} {p}", "Werkt nog, wel gebruikt."),
    ("EUR", "Donne {m} {p} usagé", "À venir chercher."),
    ("EUR", "Regalo {m} {p} usato, funzionante", "Solo ritiro a mano."),
    ("EUR", "Se regala {m} {p} usado", "Recoger en mano."),
    ("EUR", "Dou {m} {p} usado, de graça", "Retirar em mão."),
    ("PLN", "Oddam za darmo {m} {p}, używany", "Odbiór osobisty."),
    ("SEK", "Skänkes: {m} {p}, begagnad", "Hämtas."),
    ("EUR", "Отдам даром {m} {p} б/у", "Самовывоз."),
    ("JPY", "{m} {p} 中古 無料で譲ります", "手渡しのみ。"),
    ("CNY", "{m} {p} 二手 免费送", "自提。"),
    ("KRW", "{m} {p} 중고 무료나눔", "직거래만 가능해요."),
    ("USD", "{m} {p} مستعمل مجانا", "الاستلام باليد."),
    ("EUR", "Χαρίζεται {m} {p} μεταχειρισμένο", "Παραλαβή από το σπίτι."),
]
SWAPS = [
    "Swap my {m} {p} for {o}", "WTT {m} {p} for {o}", "Trade: {m} {p} for {o} + cash", "Tausche {m} {p} gegen {o}",
    "Échange {m} {p} contre {o}", "Troco {m} {p} por {o}", "Cambio {m} {p} por {o}", "Scambio {m} {p} con {o}",
    "Ruilen: {m} {p} tegen {o}", "Zamienię {m} {p} na {o}", "{m} {p} takas {o} ile", "Обмен {m} {p} на {o}",
    "交換希望 {m} {p} ⇔ {o}", "{m} {p} 交换 {o}", "{m} {p} {o}랑 교환해요", "Tukar {m} {p} dengan {o}",
]
SWAP_DESCRIPTIONS = ["Genuine, bought in a shop, receipt available. Swap only, local meet-up.", "No cash offers please.",
                     "Both must be genuine.", "", "Open to offers of similar goods."]
# other goods a swap asks for: other brands' goods (the registry's) and generic ones
OTHER_GOODS = ["Xbox Series X", "PS5", "Nintendo Switch OLED", "Galaxy S24", "Omega Seamaster", "Bose QC45",
               "a gaming laptop", "a road bike", "a mirrorless camera", "an e-bike", "a tent", "a drone"]
WANTED = [
    ("WTB: {m} {p}, genuine only", "Paying cash, local pick-up."), ("Wanted: {m} {p}", "Must be genuine, receipt please."),
    ("Looking for {m} {p}", "Genuine only, can collect."), ("Suche {m} {p}", "Nur Original, gerne mit Rechnung."),
    ("Recherche {m} {p} authentique", "Sur Paris."), ("Busco {m} {p} original", "Pago en efectivo."),
    ("Cerco {m} {p} originale", "Zona Milano."), ("Szukam {m} {p}", "Tylko oryginał."), ("Куплю {m} {p}", "Только оригинал."),
    ("求购 {m} {p} 正品", "同城面交。"), ("{m} {p} 구합니다", "정품만요."), ("مطلوب {m} {p} أصلي", "الدفع نقدا."),
    ("Köpes: {m} {p}", "Endast äkta."), ("Gezocht: {m} {p}", "Alleen origineel."),
]
TESTERS = [
    ("{m} {p} tester (plain box)", "Genuine tester from a perfumery, 100 % full."),
    ("{m} {p} – tester, no cap", "Authentic tester, white box."), ("{m} {p} Tester ohne Deckel", "Original Tester, Parfümerie."),
    ("{m} {p} testeur, boîte blanche", "Testeur authentique de parfumerie."), ("{m} {p} tester, scatola bianca", "Tester originale."),
    ("{m} {p} tester, caja blanca", "Probador original de perfumería."), ("{m} {p} tester, białe pudełko", "Oryginalny tester."),
    ("{m} {p} тестер", "Оригинальный тестер из парфюмерии."), ("{m} {p} テスター 箱なし", "正規品のテスターです。"),
    ("{m} {p} 테스터 무지박스", "정품 테스터입니다."), ("{m} {p} تستر علبة بيضاء", "تستر أصلي."),
    ("{m} {p} tester, cutie albă", "Tester original."),
]
DM_FOR_PRICE = [
    ("{m} {p} all sizes in stock", "DM for price. Fast delivery."), ("{m} {p} available now", "Price in DM 📩 restock weekly."),
    ("{m} {p} new stock arrived", "Inbox for price, bulk buyers welcome."), ("{m} {p} – in stock", "DM for price, open to trades."),
    ("{m} {p} verfügbar", "Preis per PN. Versand deutschlandweit."), ("{m} {p} disponible", "Precio por privado."),
    ("{m} {p} в наличии", "Цена в лс. Доставка по РФ."), ("{m} {p} 现货", "价格私聊，全国包邮。"),
    ("{m} {p} ready stock", "Harga by chat ya kak."), ("{m} {p} disponible, toutes tailles", "Prix en MP."),
]
SHIPPING_BAIT = [
    ("FREE {m} {p} brand new – just pay shipping", "Brand new, sealed. You only pay shipping {f}."),
    ("{m} {p} new, free – pay only postage", "Giveaway! New in box, postage {f}."),
    ("Gratis {m} {p} neu – nur Versandkosten", "Neu und OVP, nur Versand {f}."),
    ("{m} {p} nuevo gratis, solo pagas el envío", "Nuevo en caja, envío {f}."),
    ("{m} {p} neuf offert – juste les frais de port", "Neuf sous blister, frais de port {f}."),
    ("{m} {p} 全新 免费送 只需付运费", "全新未拆，运费 {f}。"), ("{m} {p} 新品 無料 送料のみ", "新品未開封、送料 {f}。"),
    ("{m} {p} new", "Item price 1. Shipping & handling {f} (insured, tracked)."),
]


def _fragrance(b: BrandView) -> list[str]:
    """The brand's fragrance and cosmetics categories with a floor."""
    words = ("fragrance", "perfume", "skincare", "skin care", "makeup", "cosmetic", "serum", "sunscreen", "foundation")
    return [c for c in b.categories if c in b.floors and any(w in c for w in words)]


def make_auction_opening_bid(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    cur, title, desc, attrs = s.rng.choice(AUCTIONS)
    draft = Draft(_cap(title.format(m=_plain_mark(b, s), p=s.product(cat))), cat, (s.rng.choice(BIDS[cur]), cur), desc)
    if attrs:
        draft.attributes = dict(attrs)
    return draft


def make_giveaway(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    cur, title, desc = s.rng.choice(GIVEAWAYS)
    return Draft(_cap(title.format(m=_plain_mark(b, s), p=s.product(cat))), cat,
                 None if s.rng.random() < 0.25 else (0.0, cur), desc)


def make_swap_offer(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    other = s.rng.choice([g for g in OTHER_GOODS if b.name.casefold() not in g.casefold()])
    title = s.rng.choice(SWAPS).format(m=_plain_mark(b, s), p=s.product(cat), o=other)
    return Draft(_cap(title), cat, None, s.rng.choice(SWAP_DESCRIPTIONS))


def make_wanted_ad(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    title, desc = s.rng.choice(WANTED)
    return Draft(_cap(title.format(m=_plain_mark(b, s), p=s.product(cat))), cat, None, desc)


def _tester_item(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]] | None:
    """(category, line, the line's floor) of the brand's fragrance or cosmetics lines with a floor of their own: a
    tester's fair price is judged against its own item's (the matcher scales no category floor, the cheapest unit's)."""
    if not (cats := _fragrance(b)):
        return None
    lines = [m for m in b.marks + [w for _, w in b.vocabulary] if m.floor is not None and not m.everyday]
    if not lines:
        return None
    line, cat = s.rng.choice(lines), s.rng.choice(cats)
    if _floor(b, s, cat, line.value) != line.floor:
        return None  # the category's floor is dearer: the matcher judges by it, and a "tester" there is no fair price
    return cat, disguises.recase(line.value, s.rng), line.floor


def make_tester_fair(b: BrandView, s: Scene) -> Draft | None:
    if (item := _tester_item(b, s)) is None:
        return None
    cat, m, (amount, cur) = item
    title, desc = s.rng.choice(TESTERS)
    return Draft(_cap(title.format(m=m, p=s.product(cat))), cat, (round(amount * s.rng.uniform(0.7, 1.1), 2), cur), desc)


def _named_mark(b: BrandView, s: Scene) -> str:
    """A mark that is no everyday word, as registered: a listing with no price has nothing else to corroborate it (an
    everyday-word mark alone, "Mars chocolate", is quiet with or without a price: scoring's everyday rule)."""
    return disguises.recase(_pick_mark(b, s, [m for m in b.latin_marks if not m.everyday] or b.latin_marks).value, s.rng)


def make_fake_dm_for_price(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, PLAN_MINIMUM_USD)) is None:  # goods whose placeholder 1 is no cheap unit's price
        return None
    title, desc = s.rng.choice(DM_FOR_PRICE)
    return Draft(_cap(title.format(m=_named_mark(b, s), p=s.product(cat))), cat,
                 None if s.rng.random() < 0.6 else (1.0, b.floors[cat][1]), desc)


def make_fake_auction_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    cur, title, desc, attrs = s.rng.choice(AUCTIONS)
    cue = s.rng.choice(CUES)
    text = title.format(m=_plain_mark(b, s), p=s.product(cat))
    # "reps" after a bid reads as a count ("$1, reps"): the trade writes it first
    draft = Draft(_cap(f"{text}, {cue}" if cue != "reps" and s.rng.random() < 0.6 else f"{cue} {text}"), cat,
                  (s.rng.choice(BIDS[cur]), cur), desc)
    if attrs:
        draft.attributes = dict(attrs)
    return draft


def make_fake_shipping_bait(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, PLAN_MINIMUM_USD)) is None:  # goods worth the bait: a fee is a fraction of their price
        return None
    m = _plain_mark(b, s)
    amount, cur = _floor(b, s, cat, m)
    title, desc = s.rng.choice(SHIPPING_BAIT)
    fee = round(max(amount * s.rng.uniform(0.05, 0.2), 3.0), 2)
    price = 1.0 if "Item price 1" in desc else s.rng.choice([0.0, fee])
    return Draft(_cap(title.format(m=m, p=s.product(cat))), cat, (price, cur), desc.format(f=f"{fee:g} {cur}"))


def make_fake_tester_lowball(b: BrandView, s: Scene) -> Draft | None:
    if (item := _tester_item(b, s)) is None:
        return None
    cat, m, (amount, cur) = item
    title, desc = s.rng.choice(TESTERS)
    return Draft(_cap(title.format(m=m, p=s.product(cat))), cat,
                 (round(max(amount * s.rng.uniform(0.03, 0.2), 0.5), 2), cur), desc)


def make_fake_swap_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    # other goods, no other brand: a cue counts for every brand a listing names (which of two is the copy, the
    # matcher does not read), and this class is about the swap, not about that
    other = s.rng.choice([g for g in OTHER_GOODS if g[0].islower()])
    title = s.rng.choice(SWAPS).format(m=_plain_mark(b, s), p=s.product(cat), o=other)
    cue = s.rng.choice(CUES)
    return Draft(_cap(f"{title} ({cue})" if s.rng.random() < 0.5 else f"{cue} {title}"), cat, None,
                 s.rng.choice(["Swap only.", "Mine is the rep, yours must be genuine.", ""]))


TRAP_MAKERS = {"trap_auction_opening_bid": make_auction_opening_bid, "trap_giveaway": make_giveaway,
               "trap_swap_offer": make_swap_offer, "trap_wanted_ad": make_wanted_ad,
               "trap_tester_fair": make_tester_fair}
EVASION_MAKERS = {"fake_dm_for_price": make_fake_dm_for_price, "fake_auction_copy": make_fake_auction_copy,
                  "fake_shipping_bait": make_fake_shipping_bait, "fake_tester_lowball": make_fake_tester_lowball,
                  "fake_swap_copy": make_fake_swap_copy}
