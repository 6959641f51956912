"""The adversary's admitted-copy classes (frames, issue 9): the seller names the brand's goods and says they are not
genuine, inside a frame that elsewhere means an honest listing, and the frame's honest twins.

Evasions (each per brand the frame fits):
- `rented_copy`: a rental, hire or lending of goods the title calls a copy, in 12 languages (luxury, watches,
  jewellery, bags, coats, sneakers: what is rented for photos, weddings, parties, shoots);
- `failed_check_asis`: goods that failed an authentication (a legit check, LC, Entrupy, CheckCheck, StockX, a
  marketplace's authenticity guarantee, KREAM's 검수) sold as is, in 8 languages (goods authenticators check: bags,
  wallets, watches, jewellery, sneakers, coats);
- `tcg_proxy_cards`: proxies and playtest cards of a card game the brand publishes (a brand with a card game line);
- `fan_made_goods`: toys, figures, kits and sets made by fans or without licence, in 8 languages (toy makers);
- `bare_copy_goods`: the bare word "copy" beside the goods, before or after them (goods with a floor, no software,
  medicines, media).
Traps (quiet): `trap_rental_genuine` (renting genuine goods, denying copies), `trap_check_passed` (a check passed,
promised, offered as a service), `trap_card_gear` (sleeves, deck boxes, binders for proxies; sealed product),
`trap_fan_work` (a book, fan art, a print, a compatible part about the brand), `trap_copy_not_goods` (a copy of a
game or a book, copying one's files, a copier's function).

Written from first principles (what rental shops, resellers, card players and fan makers write on classifieds and
social marketplaces), not from a held-out set's strings.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _plain_mark, higher_floor, mark_floor

EVASIONS = {
    "rented_copy": "a rental or hire of goods the title calls a copy (replica, copy, fake, KW, 高仿, レプリカ), per day, "
                   "for photos, weddings, shoots, in 12 languages",
    "failed_check_asis": "goods that failed an authentication (legit check, LC, Entrupy, CheckCheck, StockX, eBay's "
                         "guarantee, 鉴定, 검수) sold as is, in 8 languages",
    "tcg_proxy_cards": "proxies and playtest cards of the brand's card game (MTG proxy, playtest cards, not tournament legal)",
    "fan_made_goods": "toys, figures, kits and sets bearing the brand's names, made by fans or without licence "
                      "(fan-made, unofficial, inoffiziell, no oficial, 非官方, 非公式, 비공식)",
    "bare_copy_goods": "the bare word 'copy' right beside the brand's goods ('<mark> <goods> copy', 'copy <goods>')",
    "dummy_copy": "a dummy or display model of the brand's device, watch or bottle said to copy it (1:1, logo printed, "
                  "same size and weight as the real one), in 7 languages",
}
TRAPS = {
    "trap_rental_genuine": "renting the brand's genuine goods (authentic only, no replicas, authenticated) per day",
    "trap_check_passed": "an authentication passed, promised (refund if it fails) or offered as a service",
    "trap_card_gear": "sleeves, deck boxes and binders for a card game's proxies or cards; sealed product",
    "trap_fan_work": "a book, a guide, fan art, a print or a compatible part about the brand, unofficial or fan-made",
    "trap_copy_not_goods": "a copy of a game or a book, copying one's files, a copy of a receipt beside genuine goods",
}

RENTED_GOODS = {"watches", "jewelry", "handbags", "wallets", "belts", "trench coats", "scarves", "parkas", "outerwear",
                "jackets", "sneakers", "sunglasses", "luggage"}
CHECKED_GOODS = RENTED_GOODS | {"athletic shoes", "charms"}
TOY_GOODS = {"toys", "action figures", "model kits", "minifigures", "building sets", "dolls", "die-cast cars"}
NO_COPY_WORD = {"software", "software licenses", "prescription drugs", "otc", "video games", "consoles", "printers", "ink",
                "first aid", "medical devices", "infant formula"}

# (language, template): {m} mark, {p} product, {c} copy word
RENTALS = [
    ("en", "{m} {p} {c} for rent, weddings and parties"), ("en", "Rent a {m} {p} {c} for your photoshoot"),
    ("en", "{m} {p} {c} hire - per day, deposit needed"), ("en", "{c} {m} {p} rental for music videos"),
    ("en", "{m} {p} ({c}) available for hire, prom night"), ("en", "Hire our {m} {p} {c} for the weekend"),
    ("es", "Alquiler {m} {p} {c} para bodas"), ("es", "Se alquila {m} {p} {c}, por día"),
    ("fr", "Location {m} {p} {c} pour shooting photo"), ("de", "{m} {p} {c} zu vermieten, pro Tag"),
    ("it", "Noleggio {m} {p} {c} per matrimoni"), ("pt", "Aluguel {m} {p} {c} para ensaio fotográfico"),
    ("id", "Sewa {m} {p} {c} untuk foto prewedding"), ("id", "Disewakan {m} {p} {c} harian"),
    ("ru", "Аренда {m} {p} {c} для фотосессии"), ("zh", "{m} {p} {c} 出租 拍照 婚礼"), ("ja", "{m} {p} {c} レンタル 撮影用"),
    ("ko", "{m} {p} {c} 대여 촬영용"), ("tr", "Kiralık {m} {p} {c}, düğün için"), ("vi", "Cho thuê {m} {p} {c} chụp ảnh"),
]
COPY_WORDS = {
    "en": ["replica", "copy", "fake", "rep", "1:1 replica", "knockoff", "imitation"], "es": ["réplica", "copia", "imitación"],
    "fr": ["réplique", "copie"], "de": ["Replik", "Kopie", "Fälschung"], "it": ["replica", "copia"], "pt": ["réplica", "cópia"],
    "id": ["KW", "KW super", "replika", "tiruan"], "ru": ["реплика", "копия"], "zh": ["高仿", "复刻", "A货"],
    "ja": ["レプリカ", "コピー品"], "ko": ["짝퉁", "레플리카"], "tr": ["replika", "çakma"], "vi": ["fake", "replica"],
}
FAILED = [
    ("en", "{m} {p} - failed legit check, selling as is"), ("en", "{m} {p}, LC failed, no returns"),
    ("en", "{m} {p} failed authentication, sold as is"), ("en", "{m} {p} - Entrupy says fake, cheap"),
    ("en", "{m} {p}, CheckCheck said replica, as-is"), ("en", "{m} {p} returned by eBay authenticity guarantee, as is"),
    ("en", "{m} {p} didn't pass authentication at the consignment store"), ("en", "{m} {p} flagged as fake by StockX, no returns"),
    ("en", "{m} {p} - authenticator says not authentic, selling anyway"), ("en", "{m} {p}, deemed inauthentic, sold as is"),
    ("en", "{m} {p} could not pass legit check, priced to sell"), ("de", "{m} {p} Legit-Check nicht bestanden, Verkauf wie gesehen"),
    ("fr", "{m} {p}, authentification échouée, vendu en l'état"), ("es", "{m} {p} no pasó la autenticación, se vende así"),
    ("it", "{m} {p} autenticazione fallita, venduto così com'è"), ("pt", "{m} {p} não passou na autenticação, vendo assim"),
    ("zh", "{m} {p} 鉴定为假 便宜出"), ("zh", "{m} {p} 鉴定未通过 不退不换"), ("ko", "{m} {p} 검수 탈락 그냥 팝니다"),
    ("ja", "{m} {p} 鑑定で偽物判定 ジャンク扱い"),
]
PROXIES = ["{l} proxy {card}, premium cardstock", "{l} proxies - full commander deck, 100 cards", "Proxy {l} {card} x4",
           "{l} playtest cards {card}, not tournament legal", "{l} {card} proxy, foil, high quality",
           "{l} proxy cards (Deutsch) {card}", "{l} Power 9 proxy set", "{l} custom cards {card}, not for tournament play",
           "{l} orica {card} full art", "{l} proxys Legacy deck with {card}"]
CARDS = ["Black Lotus", "Mox Sapphire", "Gaea's Cradle", "Mana Crypt", "Force of Will", "Sol Ring", "Ancestral Recall",
         "Time Walk", "Underground Sea", "Mana Drain", "Jace, the Mind Sculptor", "Rhystic Study"]
CARD_LINES = ["MTG", "Magic: The Gathering", "Magic the Gathering", "Magic Gathering"]
FAN_MADE = [
    ("en", "Fan-made {m} {p}"), ("en", "Unofficial {m} {p}, 12 pcs"), ("en", "{m} {p} - fan made, unofficial"),
    ("en", "Unlicensed {m} {p} set"), ("en", "{m} {p} (unofficial)"), ("de", "Inoffizielle {m} {p}"),
    ("es", "{m} {p} no oficial"), ("pt", "{m} {p} não oficial"), ("fr", "{m} {p} non officiel"),
    ("zh", "非官方 {m} {p}"), ("ja", "{m} {p} 非公式"), ("ko", "{m} {p} 비공식"), ("pl", "Nieoficjalne {m} {p}"),
]
BARE_COPY = ["{m} {p} copy", "{m} {p} copy, works great", "Copy {m} {p}", "{m} {p} copy - new in box",
             "{m} {p} copy version", "{p} {m} copy", "{m} copy {p}", "New {m} {p} copy, fast shipping"]

DUMMY_GOODS = {"phones", "tablets", "laptops", "earbuds", "headphones", "consoles", "cameras", "watches", "fragrance",
               "hair care", "speakers"}
DUMMIES = [("{m} {p} dummy 1:1, logo printed", ""), ("{m} {p} display dummy", "Non-working. Same size and weight as the real one."),
           ("{m} {p} dummy model for shop window", "Logo printed, 1:1 size."), ("Dummy {m} {p}, with logo", ""),
           ("{m} {p} 模型机 1比1", "带logo"), ("{m} {p} 展示机 模型", "1:1 带logo 不能开机"), ("{m} {p} ダミー ロゴ入り", ""),
           ("{m} {p} 더미 목업 로고", ""), ("Муляж {m} {p} 1:1", ""), ("{m} {p} factice vitrine 1:1 avec logo", ""),
           ("{m} {p} Attrappe mit Logo", ""), ("{m} {p} non-functional display model, looks like the real one", "")]

RENTALS_GENUINE = [
    "Rent a genuine {m} {p} for your wedding - authentic only, no replicas", "{m} {p} rental, 100% authentic, insured",
    "{m} {p} hire, authenticated by Entrupy", "Designer rental: {m} {p}, genuine, never fakes",
    "{m} {p} for rent, original with receipt", "Alquiler {m} {p} original, 100% auténtico",
    "Location {m} {p} authentique, pas de copie", "Sewa {m} {p} original, bukan KW", "{m} {p} 正品出租 非高仿",
]
CHECK_PASSED = [
    "{m} {p}, passed Entrupy authentication", "{m} {p} - full refund if it fails authentication",
    "{m} {p}, never failed any legit check", "{m} {p} authenticated by Real Authentication, certificate included",
    "Legit check service for {m} {p}, 24h result", "{m} {p} with eBay authenticity guarantee, passed",
    "{m} {p} LC passed, receipt available", "{m} {p} 鉴定为正品 附证书",
]
CARD_GEAR = ["{l} proxy card sleeves 100 count", "Deck box for {l} proxies and cards", "{l} binder for 360 cards",
             "{l} playmat, stitched edges", "{l} Commander Masters booster box, sealed", "{l} toploaders, 3x4 inch",
             "{l} card sleeves, matte, fits proxies"]
FAN_WORK = ["Unofficial {m} guide book", "{m} fan art print, unofficial", "Fan-made {m} poster, A3",
            "Unofficial {m} compatible lighting kit", "The unofficial {m} handbook", "{m} fan art sticker sheet, unofficial",
            "Unofficial {m} collectors' guide, 2nd edition"]
NOT_GOODS = ["{m} {p}, copy of the invoice on request", "{m} {p} game, physical copy", "{m} {p}, with a copy of the manual",
             "{m} {p} - please copy the link to order", "{m} {p}, copy your order number into the message"]


def _shop_price(b: BrandView, s: Scene, cat: str, mark: str, share: tuple[float, float] = (1.1, 1.6)) -> tuple[float, str]:
    """A genuine unit's price: above the category's floor and the floor of the line named (an honest twin's)."""
    amount, cur = higher_floor(b.floors.get(cat), mark_floor(b, mark)) or (50.0, "USD")
    return round(amount * s.rng.uniform(*share), 2), cur


def _floored(b: BrandView, allowed: set[str]) -> list[str]:
    return [c for c in b.categories if c in allowed and c in b.floors]


def make_rented_copy(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, RENTED_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    lang, shape = s.rng.choice(RENTALS)
    title = shape.format(m=_plain_mark(b, s), p=s.product(cat), c=s.rng.choice(COPY_WORDS[lang]))
    amount, cur = s.price(cat, low=True)
    return Draft(title, s.rng.choice([cat, cat, None]), (round(amount * s.rng.uniform(0.05, 0.4), 2), cur),
                 s.rng.choice(["Price per day. Deposit required.", "Per day, ID needed.", "", "Pickup only."]))


def make_failed_check(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, CHECKED_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    _lang, shape = s.rng.choice(FAILED)
    title = shape.format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, s.rng.choice([cat, cat, None]), s.price(cat, low=s.rng.random() < 0.5),
                 s.rng.choice(["No returns.", "", "Sold as seen.", "Priced accordingly."]))


def _card_line(b: BrandView) -> bool:
    return any("gathering" in m.value.casefold() for m in b.declared("line"))  # Hasbro's Magic: The Gathering


def make_tcg_proxy(b: BrandView, s: Scene) -> Draft | None:
    if not _card_line(b):
        return None
    title = s.rng.choice(PROXIES).format(l=s.rng.choice(CARD_LINES), card=s.rng.choice(CARDS))
    # filed where the brand sells: an abbreviation (MTG) counts only with the brand's category (judge.py)
    return Draft(title, s.rng.choice(["board games", "Toys & Games > Board Games", "board games"]),
                 (round(s.rng.uniform(1, 60), 2), s.rng.choice(["USD", "EUR", "GBP"])),
                 s.rng.choice(["Proxies for casual play.", "", "Printed on premium cardstock."]))


def make_fan_made(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, TOY_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    _lang, shape = s.rng.choice(FAN_MADE)
    title = shape.format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, s.rng.choice([cat, cat, None]), s.price(cat), s.rng.choice(["", "Limited run.", "Ships worldwide."]))


def make_bare_copy(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors and c not in NO_COPY_WORD]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    title = s.rng.choice(BARE_COPY).format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, s.rng.choice([cat, cat, None]), s.price(cat), s.rng.choice(context.DESCRIPTIONS))


def make_rental_genuine(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, RENTED_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    mark = _plain_mark(b, s)
    title = s.rng.choice(RENTALS_GENUINE).format(m=mark, p=s.product(cat))
    return Draft(title, cat, _shop_price(b, s, cat, mark, (0.03, 0.1)), "Price per day. Deposit required.")


def make_check_passed(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, CHECKED_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    mark = _plain_mark(b, s)
    title = s.rng.choice(CHECK_PASSED).format(m=mark, p=s.product(cat))
    return Draft(title, cat, _shop_price(b, s, cat, mark), s.rng.choice(["", "Full set.", "Local pickup."]))


def make_card_gear(b: BrandView, s: Scene) -> Draft | None:
    if not _card_line(b):
        return None
    title = s.rng.choice(CARD_GEAR).format(l=s.rng.choice(CARD_LINES))
    return Draft(title, s.rng.choice(["board games", "Toys & Hobbies > Collectible Card Games"]),
                 (round(s.rng.uniform(8, 40), 2), "USD"), s.rng.choice(["", "New.", "Free shipping."]))


def make_fan_work(b: BrandView, s: Scene) -> Draft | None:
    if not _floored(b, TOY_GOODS):
        return None
    title = s.rng.choice(FAN_WORK).format(m=_plain_mark(b, s))
    return Draft(title, s.rng.choice(["books", "posters", "art prints", "stickers", None]),
                 (round(s.rng.uniform(8, 40), 2), "USD"), "")


def make_copy_not_goods(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors and c not in NO_COPY_WORD]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    shape = s.rng.choice(NOT_GOODS)
    if "game" in shape and "video games" not in b.categories:
        shape = NOT_GOODS[0]
    mark, product = _plain_mark(b, s), s.product(cat)
    if "pack" in product or " x " in product:
        return None  # a multipack at one unit's floor reads as a pack priced as one (trade.py), another class
    title = shape.format(m=mark, p=product)
    return Draft(title, cat, _shop_price(b, s, cat, mark), "")


def make_dummy_copy(b: BrandView, s: Scene) -> Draft | None:
    cats = _floored(b, DUMMY_GOODS)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    shape, desc = s.rng.choice(DUMMIES)
    title = shape.format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, s.rng.choice([cat, cat, None]), s.price(cat, low=s.rng.random() < 0.5), desc)


EVASION_MAKERS = {"dummy_copy": make_dummy_copy, "rented_copy": make_rented_copy, "failed_check_asis": make_failed_check, "tcg_proxy_cards": make_tcg_proxy,
                  "fan_made_goods": make_fan_made, "bare_copy_goods": make_bare_copy}
TRAP_MAKERS = {"trap_rental_genuine": make_rental_genuine, "trap_check_passed": make_check_passed,
               "trap_card_gear": make_card_gear, "trap_fan_work": make_fan_work, "trap_copy_not_goods": make_copy_not_goods}
