"""The adversary's classes of two kinds of genuine goods an owner or a service network sells below the product's floor,
and the copies that borrow their words.

- The maker's own spare part named after the product it is for, in the words of parts counters and service networks
  ("Galaxy S24 – OEM spare, genuine", "V15 Detect pièce détachée d'origine", "Sonicare yedek parça, orijinal",
  "交換部品 純正", "备件 原装") at a part's price (5-25 % of the product's floor): quiet (trap). The same words beside a
  copy word ("OEM spare, 1:1", "pièce détachée, réplique AAA", "备件 高仿") at the same price must alert (evasion).
- An owner's travel gear sold after the trip it was taken on ("After the trip: <brand> … (from my packing list)", "nach
  dem Urlaub", "después del viaje", "после поездки", "旅行で使用", "여행 후") at a used price (40-95 % of the floor):
  quiet (trap). The copy trade's packing list ticks its copy ("1:1, customs never checks", extras for sale) at 8-45 %,
  or tells the trip story at a price no used item sells for (3-18 %): both must alert (evasions).

Written from general knowledge of parts listings (eBay, Leboncoin, Wallapop, Allegro, Sahibinden, Avito, Mercari,
Taobao) and of travellers' resale on classified boards; nothing of a held-out set's strings. Found by outsider29's
in_packing_list_genuine29 and outsider30's in_repair_parts30 after those sets were scored (genuine36, issue 9).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_spare_part_own": "the brand's own spare part named after its product in parts counters' words (OEM spare, "
                           "Ersatzteil, pièce détachée, recambio, yedek parça, запчасти, 交換部品, 备件; 14 languages), "
                           "called genuine, at a part's price (5-25 % of the product's floor), no copy cue",
    "trap_magazine_issue": "a magazine's issue named by its year, month, season or theme ('Awards 2026 issue', "
                           "'September issue', 'collector's issue') whose test or ranking names the brand's goods, at a "
                           "magazine's price, no copy cue",
    "trap_resale_market": "genuine goods priced at the resale market's going rate, the note saying so beside a claim "
                          "of authenticity ('market price today, authentic', 'resale index up 4%', 'StockX price', "
                          "'aktueller Marktwert, original', 'cote actuelle, authentique'; 9 languages), 55-110 % of "
                          "the floor, no copy cue",
    "trap_travel_used": "an owner's travel gear sold after the trip it was taken on (After the trip, nach dem Urlaub, "
                        "después del viaje, после поездки, 旅行で使用, 여행 후; 16 languages), with a receipt, at a "
                        "used price (40-95 % of the floor), no copy cue",
}
EVASIONS = {
    "spare_part_copy": "the parts counters' words (OEM spare, Ersatzteil, pièce détachée, 备件) beside a copy word "
                       "(1:1, AAA copy, replica, 高仿) at a part's price (5-25 % of the floor)",
    "travel_copy_ticked": "a packing list that ticks the brand's copy ('1:1, customs never checks') after the trip, "
                          "extras for sale, at 8-45 % of the floor",
    "issue_words_copy": "a magazine issue's words ('2026 issue', 'collector's issue') beside the brand's goods and a copy "
                        "word (1:1, replica, AAA) at a copy's price",
    "resale_note_copy": "the resale market's note ('market price today', 'StockX price') beside a copy word at 10-40 % "
                        "of the floor",
    "resale_note_lowball": "the resale market's note and a claim of authenticity at a price no resale market pays "
                           "(3-28 % of the floor)",
    "travel_copy_price": "the after-the-trip story with no copy word at a price no used item sells for (3-18 % of the "
                         "floor)",
}

# (language, the spare-part words after the product, a description), the genuine word in the language's own terms
SPARES = [
    ("en", "– OEM spare, genuine", "Original spare in the maker's packaging."),
    ("en", "OEM spare part, original", "From the authorised service network."),
    ("en", "– genuine spare part", "Sealed, from an authorised service centre."),
    ("de", "Ersatzteil, original", "Originalersatzteil vom Kundendienst."),
    ("fr", "pièce détachée d'origine", "Pièce de rechange d'origine, neuve."),
    ("es", "recambio original", "Recambio original del servicio técnico."),
    ("es", "– repuestos originales", "Refacción original, sellada."),
    ("pt", "peça de reposição original", "Peça original da assistência técnica."),
    ("it", "ricambi originali", "Pezzo di ricambio originale."),
    ("pl", "część zamienna, oryginalna", "Oryginalna część z serwisu."),
    ("tr", "yedek parça, orijinal", "Yetkili servisten orijinal parça."),
    ("ru", "– запчасти, оригинал", "Оригинальная запасная часть из сервиса."),
    ("nl", "onderdeel, origineel", "Origineel onderdeel van de servicedienst."),
    ("sv", "reservdel, original", "Originaldel från auktoriserad service."),
    ("ja", "交換部品 純正", "純正部品です。"),
    ("zh", "备件 原装", "原装备件，售后渠道。"),
]
SPARE_COPIES = ["1:1 copy", "AAA copy", "replica", "high copy", "super copy", "mirror quality 1:1", "高仿", "A货"]

# (language, title with {g} the goods, description), the owner's own gear after its trip
TRIPS = [
    ("en", "After the trip: {g} (from my packing list)",
     "Packing list: passport, {g} (bought at the shop, receipt), sunscreen. Back home, selling it."),
    ("en", "{g} – used on one trip, receipt included", "Took it on my holiday to Bali, back home now, selling it."),
    ("en", "Back from my trip: {g}", "Travelled with it for two weeks, receipt from the shop."),
    ("de", "{g} – nach dem Urlaub abzugeben", "Im Urlaub benutzt, mit Rechnung."),
    ("fr", "{g} – après le voyage", "Utilisé pendant mes vacances, facture fournie."),
    ("es", "{g} – después del viaje", "Usado en el viaje, con factura."),
    ("pt", "{g} – depois da viagem", "Usado na viagem, com nota fiscal."),
    ("it", "{g} – dopo il viaggio", "Usato in viaggio, con scontrino."),
    ("pl", "{g} – po wakacjach", "Używane na wyjeździe, z paragonem."),
    ("nl", "{g} – na de vakantie", "Mee op reis geweest, met bon."),
    ("sv", "{g} – efter resan", "Använd på resan, kvitto finns."),
    ("tr", "{g} – tatilden sonra satılık", "Tatilde kullanıldı, faturası var."),
    ("ru", "{g} – после поездки", "Брал в поездку, чек есть."),
    ("ja", "{g} 旅行で使用", "旅行で一度使用しました。レシートあり。"),
    ("zh", "{g} 旅行后出", "旅行用过一次，有小票。"),
    ("ko", "{g} 여행 후 판매", "여행에서 사용했어요. 영수증 있음."),
]
TICKS = ["(1:1, customs never checks)", "(1:1 copy, nobody could tell)", "(replica, AAA quality)",
         "(mirror quality, same as retail)", "(super copy, looks real)"]


# goods that have the maker's spare parts (electronics, appliances, consoles), of brands that sell no parts of their own
# (a carmaker's or a tyre maker's part is its goods, judged by its parts' floor)
SPARE_CATEGORIES = frozenset({"phones", "tablets", "earbuds", "headphones", "speakers", "soundbars", "laptops",
                              "consoles", "cameras", "lenses", "printers", "vacuum cleaners", "hair care",
                              "air purifiers", "shavers", "electric toothbrushes", "kitchen appliances", "power tools",
                              "dishwashers"})
# durable goods an owner takes on a trip (not food, cosmetics, medicines, software or vehicles)
TRAVEL_IWGS = frozenset({"apparel-footwear", "luxury-accessories", "consumer-electronics", "sports-outdoor",
                         "jewelry-watches", "toys-games", "home-appliances"})
TRAVEL_CONSUMABLES = frozenset({"ink", "memory", "chargers", "batteries", "shuttlecocks", "golf balls", "charms"})


def _owned(b: BrandView, s: Scene, allowed) -> tuple[str, str, str, tuple[float, str]] | None:
    """moving.py's goods of a category `allowed(category)` accepts, a few draws tried; None when the brand has none."""
    for _ in range(8):
        goods = _goods(b, s)
        if goods is not None and allowed(goods[1]):
            return goods
    return None


def _spare_goods(b: BrandView, s: Scene):
    return _owned(b, s, lambda cat: cat in SPARE_CATEGORIES) if SPARE_CATEGORIES & set(b.categories) else None


def _travel_goods(b: BrandView, s: Scene):
    return _owned(b, s, lambda cat: cat not in TRAVEL_CONSUMABLES) if b.iwg in TRAVEL_IWGS else None


def _part(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _spare_goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    product = product.split(" with ")[0]  # "soundbar with subwoofer": the part of the soundbar, no extra with it
    lang, words, desc = r.choice(SPARES)
    if copy:
        words = f"{words} {r.choice(SPARE_COPIES)}"
    title = f"{_cap(mark)} {product} {words}" if r.random() < 0.5 else f"{_cap(mark)} {words}"
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_spare_trap(b: BrandView, s: Scene) -> Draft | None:
    return _part(b, s, (0.05, 0.25), copy=False)


def make_spare_copy(b: BrandView, s: Scene) -> Draft | None:
    return _part(b, s, (0.05, 0.25), copy=True)


def _trip(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _travel_goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    g = f"{_cap(mark)} {product}"
    if copy:
        title = f"After the trip: {g} (from my packing list)"
        desc = (f"Packing list: passport, {g} {r.choice(TICKS)}, sunscreen. "
                + r.choice(["Extras for sale.", "Brought back more to sell.", "Bought 5, selling the extras."]))
    else:
        _, title, desc = r.choice(TRIPS)
        title, desc = title.format(g=g), desc.format(g=g)
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_travel_trap(b: BrandView, s: Scene) -> Draft | None:
    return _trip(b, s, (0.4, 0.95), copy=False)


def make_travel_ticked(b: BrandView, s: Scene) -> Draft | None:
    return _trip(b, s, (0.08, 0.45), copy=True)


def make_travel_price(b: BrandView, s: Scene) -> Draft | None:
    return _trip(b, s, (0.03, 0.18), copy=False)


# (magazine, the issue's words with {y} a year) and the test or ranking it holds, {g} the goods
MAGAZINES = ["What Hi-Fi?", "Auto Bild", "Stiftung Warentest", "Which?", "Que Choisir", "Vogue", "GQ", "Wired",
             "T3", "Stuff", "Consumer Reports", "Runner's World", "Golf Digest", "Tennis Magazin", "Chip", "c't"]
ISSUES = ["Awards {y} issue", "{y} issue", "September {y} issue", "summer {y} issue", "collector's issue {y}",
          "special issue {y}", "anniversary issue {y}", "Christmas {y} issue"]
VERDICTS = ["– {g} wins", "({g} tested)", "– {g} best buy", "– {g} on the cover", "– ranking: {g} no. 1"]
ISSUE_COPIES = ["1:1 replica", "1:1 copy", "AAA copy", "mirror quality replica", "super copy"]


def make_issue_trap(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title = (f"{r.choice(MAGAZINES)} {r.choice(ISSUES).format(y=r.randint(2015, 2026))} "
             f"{r.choice(VERDICTS).format(g=_cap(mark))}")
    return Draft(title, None, (round(r.uniform(3, 15), 2), "USD"), r.choice(["Back issue, read once.",
                                                                             "Good condition, no torn pages.", ""]))


def make_issue_copy(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title = f"{_cap(mark)} {product} – {r.choice(ISSUES).format(y=r.randint(2015, 2026))} {r.choice(ISSUE_COPIES)}"
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(0.05, 0.3), 2), cur), "Same as retail, fast shipping.")


# (the resale market's note after the goods, a description) in the resellers' words
RESALE_NOTES = [
    ("– market price today, authentic", "Priced at today's market, authenticated."),
    ("– resale index up 4%, selling mine (genuine)", "Resale index this week: up 4%. Mine is genuine, box included."),
    ("– StockX price, 100% authentic", "Priced at the StockX last sale, authentic."),
    ("– Chrono24 price, genuine", "Current market value, genuine with papers."),
    ("– aktueller Marktwert, original", "Zum aktuellen Marktpreis, echt."),
    ("– cote actuelle, authentique", "Prix de revente du moment, authentique."),
    ("– precio de reventa, auténtico", "Precio de mercado actual, auténtico."),
    ("– preço de revenda, original", "Preço de mercado atual, original."),
    ("– текущая рыночная цена, оригинал", "Цена перепродажи, оригинал."),
    ("– güncel piyasa fiyatı, orijinal", "Orijinal, güncel piyasa fiyatı."),
    ("リセール価格 正規品 本物", "現在の相場で出品します。本物です。"),
    ("리셀가 정품", "현재 시세로 판매합니다. 정품."),
]
RESALE_COPIES = ["1:1 replica", "AAA copy", "mirror quality", "super copy", "rep"]


def _resale(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _travel_goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    note, desc = r.choice(RESALE_NOTES[:10] if copy else RESALE_NOTES)
    title = f"{_cap(mark)} {product} {note}"
    if copy:
        title = f"{title} {r.choice(RESALE_COPIES)}"
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_resale_trap(b: BrandView, s: Scene) -> Draft | None:
    return _resale(b, s, (0.55, 1.1), copy=False)


def make_resale_copy(b: BrandView, s: Scene) -> Draft | None:
    return _resale(b, s, (0.1, 0.4), copy=True)


def make_resale_lowball(b: BrandView, s: Scene) -> Draft | None:
    return _resale(b, s, (0.03, 0.28), copy=False)


TRAP_MAKERS = {"trap_spare_part_own": make_spare_trap, "trap_travel_used": make_travel_trap,
               "trap_magazine_issue": make_issue_trap, "trap_resale_market": make_resale_trap}
EVASION_MAKERS = {"spare_part_copy": make_spare_copy, "travel_copy_ticked": make_travel_ticked,
                  "travel_copy_price": make_travel_price, "issue_words_copy": make_issue_copy,
                  "resale_note_copy": make_resale_copy, "resale_note_lowball": make_resale_lowball}
