"""A discount the listing states: "-20%", "25% off", "soldes -30%", "Angebot -20 %", "セール 20%オフ", "시즌오프 30%", "8折".

`read_discount(text)` returns the largest share off the listing states (a `Discount`: the fraction in (0, 1) and its
words as written), or None. A percentage counts only as a discount: with a minus sign before it ("-30%", "−30 %"), or
a word of a reduction right before or after it (off, rabatt, remise, descuento, sconto, korting, rabat, скидка,
indirim, diskon, giảm, ลด, خصم, オフ, 割引, 할인, 折扣) or a word of a sale in the same title or sentence (sale,
soldes, rebajas, saldi, promoção, uitverkoop, wyprzedaż, Angebot, Black Friday, EOFY, セール, 세일, 시즌오프, 促销,
распродажа). Not a share of something else ("100% cotton", "20% VAT", "battery 80%").

Two readers use it, one reading of the words:
- index.py: a retailer's sale of a modest share (at most RETAIL_SALE off) whose undiscounted price is at or above the
  floor is a genuine unit's price (price term SALE_PRICE, rule fair_price: "a retailer's sale, 25 % off"); a price
  that is low even before the discount stays low;
- retail.py: a discount of half or more (DEEP) is the copy trade's anchor of a made-up list price ("-85%"), never a
  retailer's fair price.

Source of the words: the reduction and sale words of the markets' languages as retailers print them on shelf labels
and marketplaces (general knowledge of European, Asian and Middle-Eastern retail; the Japanese ○%オフ and ○割引, the
Korean 시즌오프, Chinese 折扣 and 8折 (the share paid, in tenths), Turkish %20 indirim with the sign first); nothing is taken from a held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import ListingText

RETAIL_SALE = 0.45  # the most a retailer's seasonal sale takes off and still reads as one (15-35 % is usual)
DEEP = 0.5  # a discount of half or more: the copy trade's anchor (retail.py)

# reduction words right beside the percentage (casefolded; latin and wide)
_OFF = (r"off|rabatt|rabat|rabais|remise|reduction|réduction|descuento|de descuento|dto|desconto|de desconto|sconto|"
        r"di sconto|korting|zniżki|znizki|zniżka|znizka|obniżka|obnizka|sleva|kedvezmény|kedvezmeny|reducere|alennus|"
        r"скидка|скидки|знижка|indirim|indirimli|diskon|potongan|giảm|giam|ลด|خصم|تخفيض|הנחה|"
        r"オフ|off|割引|引き|할인|折扣|优惠|優惠|减|減")
_OFF_BEFORE = (r"save|spare|économisez|ahorra|risparmi|bespaar|oszczędź|скидка|знижка|скидкой|indirim|diskon|"
               r"potongan|giảm|giam|ลด|خصم|تخفيض|הנחה|할인|减|減|sale|soldes|rebajas|saldi|promo|promoção|promocao|"
               r"promocja|promoción|promocion|uitverkoop|wyprzedaż|wyprzedaz|angebot|aktion|sconto|sconti|"
               r"black friday|cyber monday|セール|세일|시즌오프|促销|特卖|распродажа|акция")
# sale words anywhere in the text that make a bare "30%" a discount
_SALE_WORDS = re.compile(
    r"(?<![a-z])(?:sale|on sale|soldes|rebajas|saldi|promo|promoção|promocao|promocja|promoción|promocion|"
    r"uitverkoop|wyprzedaż|wyprzedaz|angebot|aktion|sonderangebot|black friday|cyber monday|boxing day|eofy|"
    r"end of season|clearance sale|outlet sale|summer sale|winter sale|prime day|singles day|"
    r"распродажа|акция|indirim|diskon|giảm giá|khuyến mãi|โปรโมชั่น|تخفيضات|عرض|מבצע)(?![a-z])"
    r"|セール|バーゲン|세일|시즌오프|특가|促销|特卖|特賣|折扣|大促|双十一|雙十一|618", re.IGNORECASE)
_PCT = r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?[%％]"
_MINUS = re.compile(r"(?:^|[\s(\[:/|])[-−–]\s?" + _PCT)
_AFTER = re.compile(_PCT + r"\s?(?:" + _OFF + r")(?![a-z])", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![a-z])(?:" + _OFF_BEFORE + r")\s?:?\s?(?:up to\s|bis zu\s|jusqu'à\s|hasta\s|fino al\s)?[-−–]?\s?"
                     + _PCT, re.IGNORECASE)
_TURKISH = re.compile(r"[%％]\s?(\d{1,2})\s?(?:indirim|indirimli)", re.IGNORECASE)  # "%20 indirim": the sign first
# "8折", "7.5折": Chinese retail states the share paid in tenths (8折 is 20 % off)
_ZHE = re.compile(r"(?<![\d.])([1-9](?:\.\d)?)\s?折")
_BARE = re.compile(r"(?<!%)" + _PCT)
# a percentage that is a share of something else
_NOT_OFF = re.compile(r"^\s?(?:cotton|coton|baumwolle|algodón|algodon|cotone|wool|silk|polyester|leather|vat|tax|mwst|"
                      r"tva|iva|btw|battery|akku|health|charged|new|original|genuine|authentic|pure|natural|cocoa|"
                      r"kakao|cacao|alcohol|abv|vol|fat|de grasa|grasa|protein|humidity|sugar|juice|fruit)(?![a-z])",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Discount:
    """A share off the listing states: `fraction` in (0, 1), `said` the words as written."""

    fraction: float
    said: str

    def describe(self) -> str:
        return f"{self.fraction:.0%} off ('{self.said}')"


def read_discount(text: ListingText) -> Discount | None:
    """The largest discount the listing's text states (see the module's docstring), or None."""
    original = text.original
    found: list[Discount] = []
    if (pair := read_was_now(text, "")) is not None:  # "~~€235~~ NOW €147", "was £60 now £45" (read_was_now)
        found.append(Discount(round(pair.fraction, 3), original[pair.start:pair.end]))
    if "%" not in original and "％" not in original and "折" not in original:
        return found[0] if found and 0 < found[0].fraction < 1 else None
    sale_said = _SALE_WORDS.search(original) is not None
    for pattern in (_MINUS, _AFTER, _BEFORE, _TURKISH):
        for m in pattern.finditer(original):
            if pattern is _MINUS and _NOT_OFF.match(original, m.end()):
                continue
            found.append(Discount(_fraction(m.group(1)), m.group(0).strip(" ([:/|")))
    if not found and sale_said:
        found = [Discount(_fraction(m.group(1)), m.group(0).strip()) for m in _BARE.finditer(original)
                 if not _NOT_OFF.match(original, m.end())]
    found += [Discount(round(1 - float(m.group(1)) / 10, 3), m.group(0)) for m in _ZHE.finditer(original)]
    found = [d for d in found if 0 < d.fraction < 1]
    return max(found, key=lambda d: d.fraction) if found else None


def _fraction(number: str) -> float:
    return float(number.replace(",", ".")) / 100


# ------------------------------------------------------------------------------------ a was price and a now price
# (price51, issue 9) A sale shows the price it cuts and the price it asks: struck through ("~~€235~~ NOW €147",
# "<s>$120</s> $89", "$̶1̶2̶0̶ $89": Markdown's, HTML's and BBCode's strike-through and Unicode's combining long stroke
# overlay U+0336 that social captions use), or in words ("was £60 now £45", "RRP $299, now $199", "de R$ 399 por
# R$ 249", "antes $1.200 ahora $899", "statt 99 € nur 79 €", "UVP 129 € jetzt 99 €", "au lieu de 89 € 69 €",
# "prima 120€ ora 90€", "zamiast 299 zł teraz 199 zł", "было 5000 ₽ стало 3500 ₽", "原价1299 现价899", "定価12,000円
# → 8,800円", "giá gốc 1tr2 còn 850k", "harga normal 450rb jadi 299rb"). `read_was_now(text, currency)` reads the
# pair: the now price is what the goods cost (stated_price.read_stated_price judges it when the scraped price field
# took the was price, the copy seller's decoy of a made-up list price), and the share it takes off the was price is a
# discount (read_discount: a retailer's sale of a modest share is a genuine unit's price, a cut of half or more the
# copy trade's anchor). A weak was word ("de", "from", "dari", "antes") counts only with a now word after its amount
# ("de R$ 399 por R$ 249"; "12x de R$ 122,50" is an instalment). Source of the words: how retailers and marketplaces
# label a markdown in each market's language (general knowledge of shop labels and listing templates); nothing is
# taken from a held-out set.
_STRIKE = re.compile(r"~~(?P<a>[^~\n]{1,24})~~|<(?P<tag>s|del|strike)>(?P<b>[^<\n]{1,24})</(?P=tag)>"
                     r"|\[s\](?P<c>[^\[\n]{1,24})\[/s\]|(?P<d>(?:[^\s\u0336]\u0336){2,})")
_WAS_STRONG = (r"was|previously|reg\.?|regular(?: price)?|rrp|msrp|list price|orig(?:inal)?\.? price|retail price|"
               r"statt|uvp|vorher|au lieu de|prix normal|ancien prix|prima|invece di|zamiast|cena regularna|"
               r"было|вместо|старая цена|eski fiyat|önceki fiyat|precio normal|precio anterior|preço normal|"
               r"preço original|giá gốc|gia goc|giá cũ|harga normal|harga coret|ราคาปกติ|السعر الأصلي|بدلا من|"
               r"原价|原價|专柜价|專櫃價|定価|通常価格|希望小売価格|정가|소비자가")
_WAS_WEAK = r"de|from|dari|antes|desde|before|od"
_NOW = (r"now|only|sale(?: price)?|today|just|agora|ahora|por|jetzt|nur|maintenant|ora|solo|teraz|tylko|сейчас|стало|"
        r"теперь|şimdi|sekarang|jadi|cuma|hanya|còn|chỉ còn|giá sale|giá khuyến mãi|ราคาพิเศษ|الآن|"
        r"现价|現價|活动价|活動價|秒杀价|特价|特價|折后价|セール価格|特価|販売価格|할인가|판매가")
_WAS_WORD = re.compile(rf"(?<!\w)(?:(?P<strong>{_WAS_STRONG})|(?P<weak>{_WAS_WEAK}))(?!\w)[\s:：]*"
                       r"|(?P<cjk>原价|原價|专柜价|專櫃價|定価|通常価格|希望小売価格|정가|소비자가)[\s:：]*")
_BETWEEN = re.compile(rf"[\s,;:|/–—\-→>⇒»!.]*(?:(?P<now>(?<!\w)(?:{_NOW})(?!\w)|现价|現價|活动价|秒杀价|特价|特價|"
                      r"セール価格|特価|販売価格|할인가|판매가)[\s:：!]*){0,2}")  # "now only $27"
# the gate, in the latin view's words: a strong was word; a word of "list price", "precio normal" beside a price word; a
# weak was word beside a now word (a text with none of them and no strike mark is not read further: "de" and "from"
# alone are in most Spanish and English texts)
_WAS_ANCHORS = frozenset({"was", "previously", "rrp", "msrp", "statt", "uvp", "vorher", "lieu", "ancien", "prima", "invece",
                          "zamiast", "bylo", "vmesto", "staraia", "eski", "onceki", "goc", "coret", "instead", "anstatt",
                          "vez", "lugar", "yerine", "regularna"})
_LIST_ANCHORS = frozenset({"regular", "reg", "list", "orig", "original", "retail", "normal", "anterior"})
_PRICE_ANCHORS = frozenset({"price", "precio", "preco", "prix", "harga", "cena"})
_WEAK_ANCHORS = frozenset({"de", "from", "dari", "antes", "desde", "before", "od"})
_NOW_ANCHORS = frozenset({"now", "only", "por", "agora", "ahora", "jetzt", "nur", "maintenant", "ora", "teraz", "tylko",
                          "sekarang", "jadi", "cuma", "hanya", "con", "today", "sale", "just", "solo", "seichas", "stalo",
                          "teper", "simdi"})
_WAS_SCRIPTS = ("原价", "原價", "专柜价", "專櫃價", "定価", "通常価格", "希望小売価格", "정가", "소비자가", "ราคาปกติ", "السعر الأصلي",
                "بدلا", "было", "вместо", "старая")


# the now price first, the was price after its word: "69 € au lieu de 89 €", "£45 (was £60)", "$199 instead of $299",
# "79 € statt 99 €", "199 zł zamiast 299 zł", "3500 ₽ вместо 5000 ₽", "R$ 99 em vez de R$ 149", "450 TL yerine 299 TL"
# (Turkish names the was price first: "450 TL yerine 299 TL" is read in the other order)
_WAS_AFTER = re.compile(r"[\s(\[,–—\-]*(?<!\w)(?P<word>was|au lieu de|statt|anstatt|instead of|invece di|zamiast|вместо|"
                        r"en vez de|em vez de|en lugar de|yerine)(?!\w)[\s:：]*")
# an amount ending a window of text (its start is read again by amount_at)
_AMOUNT_BEFORE = re.compile(r"(?:(?:[^\w\s(\[]{1,2}|rs\.?|rp|r\$|us\$)\s?)?\d(?:[\d.,]*\d)?\s?"
                            r"(?:[^\w\s()\[\]]{1,2}|zł|tl|kr|eur|usd|gbp)?$")


@dataclass(frozen=True, slots=True)
class WasNow:
    """A sale's two prices as the text writes them: the was price struck or named, and the now price after it."""

    was: float
    now: float
    currency: str  # ISO 4217: the sign's written beside the now price (else the was price's, else the listing's)
    start: int  # offsets in the listing's joined original text (ListingText.locate maps them to a field)
    end: int

    @property
    def fraction(self) -> float:
        return 1 - self.now / self.was


def read_was_now(text: ListingText, listing_currency: str) -> WasNow | None:
    """The first was/now pair of prices the listing's text writes (see above), or None. listing_currency: the amounts'
    when no sign is written beside them. Cost: substring and set tests for a text with no strike mark and no was word."""
    from services.matcher.core.context.instalments import fold
    from services.matcher.core.context.stated_price import amount_at

    original = text.original
    struck = "~~" in original or "<s>" in original or "<del>" in original or "<strike>" in original or \
        "[s]" in original or "\u0336" in original
    if not struck and not any(w in original for w in _WAS_SCRIPTS):
        words = text.latin_words
        if _WAS_ANCHORS.isdisjoint(words) and (_LIST_ANCHORS.isdisjoint(words) or _PRICE_ANCHORS.isdisjoint(words)) and (
                _WEAK_ANCHORS.isdisjoint(words) or _NOW_ANCHORS.isdisjoint(words)):
            return None
    if (folded := fold(original)) is None:
        return None
    starts: list[tuple[int, float, str, bool, int]] = []  # (start, was amount, currency, strong, end of the was price)
    if struck:
        for m in _STRIKE.finditer(folded):
            inner = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g is not None)
            inner = inner.replace("\u0336", "").strip()
            if (a := amount_at(inner, 0, listing_currency)) is not None and a.end >= len(inner.rstrip(" .,")) - 1:
                starts.append((m.start(), a.amount, a.currency, True, m.end()))
    for m in _WAS_WORD.finditer(folded):
        if (a := amount_at(folded, m.end(), listing_currency)) is not None:
            starts.append((m.start(), a.amount, a.currency, m.group("weak") is None, a.end))
    for m in _WAS_AFTER.finditer(folded):
        window = folded[max(0, m.start() - 20):m.start()]
        before = _AMOUNT_BEFORE.search(window.rstrip())
        first = amount_at(folded, m.start() - len(window) + before.start(), listing_currency) if before else None
        second = amount_at(folded, m.end(), listing_currency)
        if first is None or second is None:
            continue
        now, was = (second, first) if m.group("word") == "yerine" else (first, second)
        if 0 < now.amount < was.amount:
            return WasNow(was.amount, now.amount, now.currency if now.marked else was.currency,
                          m.start() - len(window) + before.start(), second.end)
    for start, was, currency, strong, at in sorted(starts):
        between = _BETWEEN.match(folded, at)
        if between.end() - at > 24 or not (strong or between.group("now")):
            continue
        if (now := amount_at(folded, between.end(), listing_currency)) is None or not 0 < now.amount < was:
            continue
        if now.currency != currency and now.marked and currency != listing_currency:
            continue  # two currencies: a conversion, no sale
        return WasNow(was, now.amount, now.currency if now.marked else currency, start, now.end)
    return None
