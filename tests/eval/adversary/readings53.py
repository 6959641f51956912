"""The adversary's classes of a market's own words, prices and sizes that a reader took for another brand's mark
(quiet53, issue 9: wrong-brand alerts, the worst false alerts):

- a shop's or a private seller's boilerplate in its own language around the brand's genuine goods at a shop's price:
  a language's function words (Arabic عبر "via", غير "not, un-"), its everyday word for "original" (оригинал с чеком,
  оригінал з чеком, оригинал с касова бележка: heard as adidas Originals), a Thai shop's warranty and warning lines
  (รับประกันศูนย์ "centre warranty", ระวังสินค้าปลอม "beware of fakes": heard as Sony, evian): quiet (trap). The same
  boilerplate beside the market's copy word at a copy's price: alert for the brand only (evasion);
- a price written in the text in a market's notation (805 €, 35.150đ, 1.250.000 VNĐ, £49, ¥5000, 12,50 zł) and a size
  glued to its unit before a grade or a letter size (41mm S+, 50ml S, 256GB M): the amount's digits are no leetspeak
  (805 € is no BOSE, 150đ no iPod) and the unit's letters no mark (mm S is no M&M's): genuine goods at a shop's price:
  quiet (trap); the same notations beside a copy word at a copy's price: alert for the brand only (evasion).

Written from general knowledge of how marketplaces in the Gulf, Russia, Ukraine, Bulgaria, Thailand, Vietnam, the euro
area, Poland, Japan and the UK write delivery, receipt, warranty and price lines; the sentences are this module's own,
no held-out listing's string (after outsider38's c_noon_daraz38 / in_jumia_noon_official38, where عبر was read as
Bayer, and the lead's readings of the generator's output in session 53).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_market_boilerplate_words": "genuine goods at 110-160 % of the floor with a market's own boilerplate: Arabic "
                                     "function words (عبر, غير), 'original with receipt' in Russian, Ukrainian, "
                                     "Bulgarian, Thai warranty and fake-warning lines",
    "trap_price_size_notation": "genuine goods at 110-160 % of the floor, the price written in the text in a market's "
                                "notation (805 €, 35.150đ, £49, ¥5000) and a size glued to its unit before a grade "
                                "(41mm S+, 50ml S)",
}
EVASIONS = {
    "market_boilerplate_copy": "the same market boilerplate beside the market's own copy word at 5-30 % of the floor",
    "price_size_copy": "the same price and size notations beside a copy word at 5-30 % of the floor",
}
FEW = {"trap_market_boilerplate_words": 2, "trap_price_size_notation": 2, "market_boilerplate_copy": 1,
       "price_size_copy": 1}

# (boilerplate, the same market's copy word) per language
BOILERPLATE = [
    ("التوصيل عبر أرامكس خلال يومين. الدفع عند الاستلام أو عبر تابي.", "ماستر كوبي"),
    ("منتج أصلي غير مستعمل، متوفر الآن عبر المتجر.", "هاي كوبي"),
    ("الشحن مجاني عبر سمسا، والإرجاع خلال ٧ أيام.", "تقليد درجة أولى"),
    ("Оригинал с чеком из магазина, торг уместен.", "реплика 1:1"),
    ("Продаю: оригинал с чеком и биркой, отправлю через СДЭК.", "люкс копия"),
    ("Оригінал з чеком, відправлю Новою поштою.", "репліка 1:1"),
    ("Оригинал с касова бележка, изпращам с Еконт.", "реплика"),
    ("รับประกันศูนย์ไทย 1 ปี ส่งฟรี", "งานก๊อป"),
    ("ระวังสินค้าปลอม ร้านเราขายของแท้เท่านั้น", "งานมิเรอร์"),
    ("รับประกันศูนย์ 2 ปี ระวังสินค้าปลอมจากร้านอื่น", "เกรดก๊อป"),
]
# a price in a market's notation: (currency of the listing, units per US dollar, how the text writes the amount)
PRICES = [
    ("EUR", 0.92, lambda a: f"Prix : {a:.0f} €, livraison offerte."),
    ("EUR", 0.92, lambda a: f"Preis: {a:.0f}€ VB, Versand möglich."),
    ("EUR", 0.92, lambda a: f"Precio {a:,.2f} €, envío incluido.".replace(",", "_").replace(".", ",").replace("_", ".")),
    ("VND", 25_000.0, lambda a: f"Giá chỉ {a:,.0f}đ, freeship toàn quốc.".replace(",", ".")),
    ("VND", 25_000.0, lambda a: f"Giá: {a:,.0f} VNĐ, bao ship.".replace(",", ".")),
    ("GBP", 0.79, lambda a: f"Price £{a:.0f}, collection or post."),
    ("JPY", 150.0, lambda a: f"価格 ¥{a:.0f}、送料無料。"),
    ("PLN", 4.0, lambda a: f"Cena: {a:.2f} zł, wysyłka InPost.".replace(".", ",")),
]
# the last three digits of an amount that leetspeak reads as letters (8 B, 0 O, 5 S, 1 I, 3 E, 6 G, 7 T): a shop's price
# ends in them as often as in any others, and a reader of leetspeak must leave them the price's
LEET_GROUPS = [805, 150, 360, 505, 730, 105]
# a size glued to its unit, then a grade or a letter size
SIZES = ["41mm S+", "44mm S+", "38mm SS+", "50ml S", "100ml M", "256GB M", "30cm S", "42mm S"]
COPY_WORDS = ["1:1 replica", "AAA copy", "mirror quality", "super clone", "high copy, not original"]


def _boilerplate(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    words, copy_word = s.rng.choice(BOILERPLATE)
    title = f"{mark} {product}{' ' + copy_word if copy else ''}"
    return Draft(title, cat, price, f"{mark} {product}. {words}{' ' + copy_word + '.' if copy else ''}")


def _notation(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    if cur != "USD":
        return None
    currency, rate, write = s.rng.choice(PRICES)
    local = round(amount * rate, 0 if rate > 10 else 2)
    if local >= 1000:  # its last group of digits one that reads as letters in leetspeak (805 BOS, 150 ISO, 360 EGO)
        local = float(int(local) // 1000 * 1000 + s.rng.choice(LEET_GROUPS))
    size = s.rng.choice(SIZES)
    copy_word = s.rng.choice(COPY_WORDS) if copy else ""
    title = f"{mark} {product} {size}{' ' + copy_word if copy else ''}"
    return Draft(title, cat, (local, currency), f"{mark} {product}, {size}. {write(local)}{' ' + copy_word + '.' if copy else ''}")


def make_boilerplate_trap(b: BrandView, s: Scene) -> Draft | None:
    return _boilerplate(b, s, (1.1, 1.6), copy=False)


def make_boilerplate_copy(b: BrandView, s: Scene) -> Draft | None:
    return _boilerplate(b, s, (0.05, 0.3), copy=True)


def make_notation_trap(b: BrandView, s: Scene) -> Draft | None:
    return _notation(b, s, (1.1, 1.6), copy=False)


def make_notation_copy(b: BrandView, s: Scene) -> Draft | None:
    return _notation(b, s, (0.05, 0.3), copy=True)


EVASION_MAKERS = {"market_boilerplate_copy": make_boilerplate_copy, "price_size_copy": make_notation_copy}
TRAP_MAKERS = {"trap_market_boilerplate_words": make_boilerplate_trap, "trap_price_size_notation": make_notation_trap}
