"""A price the listing's text states in place of its price field: the real price of a decoy.

Copy sellers put a price near retail in the price field, so that price filters and a price judge pass the listing, and
give the real (copy) price in the text: "Listed price is not final, real price 43 USD with coupon", "到手价1700",
"券后价 199", "te lo dejo en 790", "chama que faço 320", "реальная 3300", "chat untuk harga 280rb", "ib để lấy giá
740k", "price in chat: 300 ₽". `read_stated_price(text, currency)` finds the first amount written right after such
words (nothing but a currency, a colon or "is", "only" between: _GAP): index.py judges that amount,
in the currency written beside it (else the listing's), in place of the price field when it is lower (rule
`stated_price`, named in the price evidence), so the decoy's copy price is judged as any price.

Never an innocent's undoing: only an amount after a real- or final-price word counts, not a saving ("save $30 with
coupon", "coupon -30", "立减30": a discount word before the amount, or a percentage, is no price), nor an instalment's
month (a month's word after the amount, "/mo", "al mes", 月: instalments.py reads those), nor a size or count after it
("500 ml", "2 pcs").

Source of the words: the copy trade's ways of saying the listed price is a placeholder, written for BrandSentry from
general knowledge of marketplace listings (Taobao/Xianyu's 到手价, 券后价, 实价; the Spanish and Portuguese haggling
phrases "te lo dejo en", "faço por"; Indonesian "harga asli", Vietnamese "giá thật", "lấy giá", Russian "реальная цена",
Thai ราคาจริง, Arabic السعر الحقيقي); nothing is taken from a held-out set. Multipliers of amounts as markets write them:
k/rb/ribu (thousand), jt/juta/triệu/tr (million), 万 (ten thousand), 千 (thousand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.context.discounts import read_was_now
from services.matcher.core.context.instalments import fold, parse_amount
from services.matcher.core.normalise import ListingText

# (fresh54a, issue 9) the full-width forms Chinese and Japanese text types ASCII in ("￥３６，１００", "価格：２９８０円"):
# read as their ASCII letters, digits, marks and signs (Unicode's Halfwidth and Fullwidth Forms block, U+FF01-U+FF5E,
# and the full-width yen, pound and won signs), one character for one so the offsets stay the text's
_WIDE_FORMS = {**{0xFF01 + i: 0x21 + i for i in range(94)}, 0xFFE5: "¥", 0xFFE1: "£", 0xFFE6: "₩", 0x3000: " "}

# words saying the amount after them is the goods' real or final price (casefolded)
_REAL = (r"(?<!\w)(?:real price|actual price|true price|final price|real cost|price after coupon|after coupon|coupon price"
         r"|coupon:? final|net price|price in (?:chat|dm|inbox)|price via (?:chat|dm)|dm price|inbox price|real one"
         r"|precio real|precio final|el real es|te lo dejo en|te lo dejo a|lo dejo en|lo dejo a|te lo vendo en"
         r"|prix réel|prix reel|prix final|vrai prix|je le laisse à|echter preis|endpreis|tatsächlicher preis|wirklicher preis"
         r"|preço real|preco real|preço final|preco final|faço por|faço|faco por|deixo por|sai por"
         r"|prezzo reale|prezzo finale|prezzo vero|lo lascio a|rzeczywista cena|cena realna|prawdziwa cena"
         r"|реальная цена|реальная|настоящая цена|итоговая цена|цена в лс|цена в личке|фактическая цена|gerçek fiyat"
         r"|son fiyat|harga asli|harga real|harga sebenarnya|harga nett|harga net|untuk harga|harga final"
         r"|giá thật|giá thực|giá thực tế|lấy giá|giá chốt|giá cuối)(?!\w)"
         r"|到手价|到手價|实价|實價|实际价格|實際價格|券后价|券後價|券后|券後|优惠后价|折后价|实际售价|私聊价"
         r"|本当の価格|実際の価格|실제 가격|실제가격|실가격|ราคาจริง|السعر الحقيقي|السعر النهائي|המחיר האמיתי")
# currency signs and words: (expression, ISO code; None: the listing's own when it is one of DOLLARS/YEN/CROWNS); (offer52)
# the dollar signs a country's letters prefix (A$, C$, S$, NZ$, HK$, NT$, MX$: how Gumtree, Kijiji, Carousell, Trade Me
# and Yahoo! Kimo sellers write their own dollar) before the bare "$"
_SIGNS = [("us\\$|usd", "USD"), ("r\\$|brl|reais", "BRL"), ("€|eur|euro|euros", "EUR"), ("£|gbp", "GBP"),
          ("₽|руб\\w*|rub|р\\.", "RUB"), ("₴|грн|uah", "UAH"), ("₹|inr|rs\\.?|rupees", "INR"), ("₩|원|krw", "KRW"),
          ("円|jpy", "JPY"), ("元|块|cny|rmb", "CNY"), ("₺|tl|try", "TRY"), ("zł|pln", "PLN"), ("₫|vnd|đ", "VND"),
          ("฿|บาท|thb", "THB"), ("rp\\.?|idr", "IDR"), ("₱|php", "PHP"), ("mx\\$|mxn", "MXN"), ("a\\$|au\\$|aud", "AUD"),
          ("c\\$|ca\\$|cad", "CAD"), ("s\\$|sg\\$|sgd", "SGD"), ("nz\\$|nzd", "NZD"), ("hk\\$|hkd", "HKD"),
          ("nt\\$|twd", "TWD"), ("chf", "CHF"), ("ars", "ARS"), ("clp", "CLP"), ("cop", "COP"), ("sek", "SEK"), ("nok", "NOK"),
          ("dkk", "DKK"), ("myr|rm", "MYR"), ("aed|درهم", "AED"), ("sar|ريال", "SAR"), ("₪|ils|ש\"ח", "ILS"),
          # (price51) the signs and codes of the African, South and Central Asian markets' social sellers ("₦45k",
          # "KSh 2,500", "৳2,500", "₸15 000"; Unicode's currency signs and ISO 4217)
          ("₦|ngn|naira", "NGN"), ("ksh|kes", "KES"), ("₵|ghs", "GHS"), ("৳|bdt", "BDT"), ("pkr", "PKR"), ("lkr", "LKR"),
          ("₸|kzt", "KZT"), ("uzs|so'm|сўм", "UZS"), ("egp|ج\\.م", "EGP"), ("ugx", "UGX"), ("tzs", "TZS"), ("zar", "ZAR"),
          ("\\$|dollars?|pesos?", None), ("¥", None), ("kr", None)]
# a sign several currencies write: the listing's own when it is one of them, else the first (a bare "$" in a listing
# priced in yuan or euros is the US dollar; "kr" in a euro listing the Swedish krona)
_SHARED = {"\\$|dollars?|pesos?": ("USD", "AUD", "CAD", "SGD", "NZD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP"),
           "¥": ("CNY", "JPY"), "kr": ("SEK", "NOK", "DKK", "ISK")}
_SIGN = "|".join(f"(?:{e})" for e, _ in _SIGNS)
_MULT = {"k": 1e3, "rb": 1e3, "ribu": 1e3, "nghìn": 1e3, "ngàn": 1e3, "jt": 1e6, "juta": 1e6, "triệu": 1e6, "tr": 1e6,
         "万": 1e4, "千": 1e3}
_AMOUNT = re.compile(
    rf"(?P<pre>{_SIGN})?\s?(?P<num>\d(?:[\d.,]*\d)?(?:\s\d{{3}}(?!\d))*)(?:e\+?(?P<exp>\d{1,2}))?\s?"
    rf"(?P<mult>k|rb|ribu|nghìn|ngàn|jt|juta|triệu|tr|万|千)?(?:(?<=[a-zà-ỹ])(?P<mtail>\d{{1,3}})(?!\d|[.,]\d))?"
    rf"(?![a-zà-ÿа-я])\s?(?P<post>{_SIGN})?(?![a-zà-ÿа-я])")
# what may stand between the words and the amount: spaces, a colon or dash, "is", "only" ("real price: 43 USD", "到手价
# 1700", "te lo dejo en 790", "реальная 3300"); anything more and the amount is not said to be the price
_GAP = (r"[\s:：=\-–—]*(?:(?:is|only|just|of|at|about|now|chỉ|hanya|cuma|solo|apenas|nur|seulement|всего|только"
        r"|仅|只要|只需|才|为|是|は|는|은|là|adalah|est|ist|es|é|è)[\s:：]*)?")
_STATED = re.compile(f"(?:{_REAL}){_GAP}(?=[^\\W_]|[{re.escape('$€£₽₴₹₩¥₺₫฿₱₪')}])")
# a saving, a percentage or a month after the amount: no price of the goods
_NOT_A_PRICE_AFTER = re.compile(r"\s?(?:%|off(?!\w)|/|per\s|a\smonth|al\smes|por\smes|al\smese|pro\smonat|x(?!\w)"
                                r"|ml|g(?!\w)|kg|gb|tb|mm|cm|pcs|pieces|days?|d[ií]as|jours|tage|giorni|hari|ngày|дн\w*"
                                r"|шт|个|件|月|回|期|天|日|payments?|cuotas|parcelas|raten|taksit)")


@dataclass(frozen=True, slots=True)
class StatedPrice:
    """An amount the text states as the goods' real price."""

    amount: float
    currency: str  # ISO 4217 code: the one written beside the amount, else the listing's
    field: str  # "title" or "description"
    start: int  # offsets of the words and the amount in that field as stored
    end: int
    text: str  # as written ("real price: 43 USD")

    def describe(self) -> str:
        return f"'{self.text}'"


def _currency(sign: str | None, listing_currency: str) -> str | None:
    if not sign:
        return None
    for expression, code in _SIGNS:
        if re.fullmatch(expression, sign):
            if code is not None:
                return code
            shared = _SHARED[expression]
            return listing_currency if listing_currency in shared else shared[0]
    return None


@dataclass(frozen=True, slots=True)
class WrittenAmount:
    """An amount written at a place in the folded text: its number, sign and multiplier."""

    amount: float  # the number times its exponent and multiplier ("1.8jt" 1,800,000; "2e4" 20,000)
    currency: str  # ISO 4217: the sign's written before or after it, else the listing's
    marked: bool  # a currency sign or a multiplier is written beside the number (not a bare number)
    number_end: int  # offset in the folded text after the digits (what follows says whether it is a price)
    end: int  # after the amount with its sign


def amount_at(folded: str, at: int, listing_currency: str) -> WrittenAmount | None:
    """The amount written at offset `at` of the folded text ("43 usd", "€ 1.299,90", "1,8jt", "1 299 kr"), or None when
    none is, or it is no positive number below 10^12. The one reader of an amount after words that say what it is
    (a stated real price, a "why pay" pitch, a list price). Pure."""
    a = _AMOUNT.match(folded, at)
    if a is None or not a.group("num"):
        return None
    amount = parse_amount(a.group("num").replace(" ", ""))
    if amount is None or not 0 < amount < 1e12:
        return None
    if a.group("exp"):
        amount *= 10 ** int(a.group("exp"))
    if a.group("mult"):
        if (tail := a.group("mtail")) and not (a.group("mult") == "k" and len(tail) > 1):
            amount += int(tail) / 10 ** len(tail)  # "1tr2" = 1.2 triệu, "2k5" = 2,500 (_NO_TAIL)
        amount *= _MULT[a.group("mult")]
    sign = a.group("pre") or a.group("post")
    return WrittenAmount(amount, _currency(sign, listing_currency) or listing_currency,
                         bool(sign or a.group("mult")), a.end("num"), a.end())


def read_stated_price(text: ListingText, listing_currency: str) -> StatedPrice | None:
    """The first amount the text states as the goods' real or final price (see the module docstring), or None.

    text: the listing's text views (the casefolded stored text is read; spans map back with `text.locate`);
    listing_currency: the price field's ISO code, the amount's when none is written beside it. Pure."""
    if (folded := fold(text.original)) is None:
        return None
    if not text.is_ascii:
        folded = folded.translate(_WIDE_FORMS)
    for m in _STATED.finditer(folded):
        a = amount_at(folded, m.end(), listing_currency)
        if a is None or _NOT_A_PRICE_AFTER.match(folded, a.number_end):
            continue
        field, start, end, said = text.locate(m.start(), a.end)
        return StatedPrice(a.amount, a.currency, field, start, end, said.strip())
    # (price51) a sale's now price after its struck or named was price ("~~$1,200~~ NOW $89"): the price field that took
    # the was price is the decoy, the now price the goods' (discounts.read_was_now)
    if (pair := read_was_now(text, listing_currency)) is not None:
        field, start, end, said = text.locate(pair.start, pair.end)
        return StatedPrice(pair.now, pair.currency, field, start, end, said.strip())
    return None


# ---------------------------------------------------------------------------------------------- a dearer price stated
# "Why pay $500 for Jordan 1 Chicago?", "Perché pagare 279 € per AirPods Pro 2?", "Varför betala 3000 kr för Swarovski
# Millenia?", "Warum 300 € für AirPods zahlen?": the copy seller's pitch states the genuine goods' price to say his own
# are the same goods far cheaper (issue 9, outsider19's c_why_pay_pitch19). Only an amount counts (index.py judges it
# against the price field: DEARER_RATIO), so "why pay retail?" says nothing; an honest reseller's "why pay retail?
# pre-owned, authenticated" or "Why pay 500 for new? Used, 350" states a condition (`HONEST_RESALE`) or a price near
# his own. Words of the pitch: English, and their translations in the languages of context/phrasebook.py, written for
# BrandSentry from general knowledge of marketplace listings; nothing is taken from a held-out set.
_WHY_PAY = (r"(?<!\w)(?:why (?:pay|spend|shell out|drop)|why would you pay|no need to pay|stop paying|"
            r"por ?qu[eé] pagar|para qu[eé] pagar|pra que pagar|por ?qu[eé] gastar|para qu[eé] gastar|"
            r"pourquoi payer|pourquoi d[ée]penser|perch[eé] pagare|perch[eé] spendere|"
            r"waarom (?:betalen|betaal je)|varf[öo]r betala|hvorfor betale|miksi maksaa|po co p[łl]aci[ćc]|"
            r"dlaczego p[łl]aci[ćc]|зачем платить|зачем переплачивать|ngapain bayar|kenapa bayar)(?!\w)")
_WHY_PAY_OVER = r"[\s:]*(?:(?:over|more than|up to|até|hasta|jusqu'à|fino a|bis zu|upp till|opp til|ponad|до)\s)?"
# German and Dutch put the verb last: "Warum 300 € für AirPods zahlen?", "Waarom 279 euro betalen voor AirPods?"
_WHY_VERB_LAST = r"(?<!\w)(?:warum|wieso|weshalb|waarom|neden)\s"
_VERB_LAST = r"(?:zahlen|bezahlen|ausgeben|betalen|uitgeven|ödeyesin|ödeyelim|ödemek)"
_DEARER = re.compile(f"(?:{_WHY_PAY}{_WHY_PAY_OVER}|{_WHY_VERB_LAST})")
# the word that then names what the amount buys ("for", "per", "för"), with up to two words between ("$500 resale for")
_FOR = (r"(?:for|per|för|für|pour|por|para|pelo|pela|num|numa|voor|op|on|na|za|за|на|untuk|için)"
        r"(?:\s(?:a|an|un|una|um|uma|ein|eine|einen|een|le|la|les|il|lo|el|o|a|the))?")
_FOR_AFTER = re.compile(r"[\s,]*(?:[^\W\d_]+\s){0,2}?(?:" + _VERB_LAST + r"\s" + _FOR + "|" + _FOR + "|" + _VERB_LAST
                        + r")(?!\w)")
# after the amount, what makes it no price of the goods: a month's, a size, a count (as _NOT_A_PRICE_AFTER, but "per"
# is Italian's "for" here: "Perché pagare 279 € per AirPods")
_NOT_DEARER_AFTER = re.compile(r"\s?(?:%|off(?!\w)|/|per\s(?:month|mo|year|yr|week|day|mese|anno|settimana|giorno)(?!\w)"
                               r"|a\smonth|al\smes|por\smes|al\smese|pro\smonat|x(?!\w)|ml|g(?!\w)|kg|gb|tb|mm|cm|pcs"
                               r"|pieces|days?|d[ií]as|jours|tage|giorni|payments?|cuotas|parcelas|raten|taksit)")
# a seller of genuine goods, second-hand or authenticated, who states the retail price he undercuts
HONEST_RESALE = re.compile(
    r"(?<!\w)(?:authenticated|pre-?owned|used|second ?hand|worn|refurbished|with receipt|receipt"
    r"|legit check passed|lc passed|checked by|entrupy certified|original receipt|usado|usada|seminovo|semi ?novo"
    r"|segunda mano|d'occasion|occasion|usato|usata|gebraucht|getragen|echtheitszertifikat|rechnung|begagnad|brugt"
    r"|käytetty|tweedehands|gebruikt|używany|używane|б/у|подержанн\w*|ikinci el|bekas|preloved|original com nota"
    r"|nota fiscal|factura|facture|fattura|scontrino|kvitto|kvittering)(?!\w)")


# a word every pitch holds, in the latin view (the gate: a text with none of them is not read further)
_DEARER_ANCHORS = frozenset({"why", "need", "stop", "por", "porque", "para", "pra", "pourquoi", "perche", "warum", "wieso",
                             "weshalb", "waarom", "varfor", "hvorfor", "miksi", "po", "dlaczego", "zachem", "ngapain",
                             "kenapa", "neden"})


def read_dearer_price(text: ListingText, listing_currency: str) -> StatedPrice | None:
    """The first amount a "why pay <amount> for" pitch states (see above), or None; its span runs from the pitch's first
    word to its "for" (so that index.py reads that "for" as no accessory's). None when the listing states a genuine
    resale (`HONEST_RESALE`). text: the listing's text views; listing_currency: the amount's when none is written. Pure."""
    if _DEARER_ANCHORS.isdisjoint(text.latin_words):
        return None
    if (folded := fold(text.original)) is None or not _DEARER.search(folded) or HONEST_RESALE.search(folded):
        return None
    for m in _DEARER.finditer(folded):
        a = amount_at(folded, m.end(), listing_currency)
        if a is None or _NOT_DEARER_AFTER.match(folded, a.number_end):
            continue
        f = _FOR_AFTER.match(folded, a.end)
        if not a.marked and not f:
            continue  # a bare number with no currency and no "for" after it ("why pay 2 times more")
        field, start, stop, said = text.locate(m.start(), f.end() if f else a.end)
        return StatedPrice(a.amount, a.currency, field, start, stop, said.strip())
    return None


# ------------------------------------------------------------------------------ a price written in the text alone
# (reason39, issue 9) A listing with no price field often writes its price in the text, in the market's slang units:
# "650 lucas" (a luca is 1,000 pesos in Chile, Argentina and Colombia), "8,5jt" (juta: a million rupiah), "22 косаря"
# (a косарь is 1,000 roubles), "18 stów" (a stówa is 100 złoty), "9k quid" (pounds), "75k bob" (Kenyan shillings),
# "1万2" (12,000), "180만" (1,800,000 won), "3 lakh" (300,000 rupees), "2,5 mille" (2,500), "42 balles" and "89 Mäuse"
# (euros), "29 pavos" (euros in Spain), "448 bucks" (dollars), "595米" (yuan), "15 varos" (Mexican pesos), "50 contos"
# (reais). `read_text_price` reads it: the amount times its unit, in the currency the unit names, else the listing's
# country's (`country_currency`), so that index.py judges it against the floor as it would judge a price field; a fair
# price in slang is a fair price, and a copy's price in slang a copy's. An amount counts when a slang unit, a currency
# sign or code, or a multiplier only prices use (jt, rb, lakh, 万, 만, тыс, mille ...) is written beside it; a bare
# "k" or a bare number only after a price word ("Price:", "Precio:", "Giá:", "价格:") or ending the title after a dash
# ("… – 6.5k", "… – 4.200k nego"); never a count, a size or a resolution ("10k sold", "10万+人付款", "4K", "5000 mAh").
# Source: the markets' money slang as general knowledge of classified listings (Yapo, MercadoLibre, OLX, Avito,
# Tokopedia, Shopee, Xianyu, Bunjang, Jiji, Gumtree, Wallapop, Leboncoin, Kleinanzeigen); nothing is taken from a
# held-out set.
# (price51, issue 9) and the notations social and classified sellers write beside them: a money emoji before the amount
# ("💰418k", "💵 1,250": a price word), the Vietnamese and Indonesian tail digit after the multiplier ("12tr5" is 12.5
# triệu, "1jt2" 1.2 juta, "2k5" 2,500), India's "/-" after a rupee amount ("₹2,670/-", "no paise"), Indian digit grouping
# ("₹1,29,900": price-parser reads it), Chinese and Japanese numerals (`zh_number`: "一千一百九十元", "三万八千円"), and
# the signs of the African and Asian markets (₦, KSh, ৳, ₸). Not the price: an amount after a deposit's or an instalment
# plan's words ("DP 500rb", "cọc 1tr", "12x de R$ 122,50", "EMI ₹4,583", "定金200元": _NOT_PRICE_WORD) or before a
# month's ("₹4,583 a month", "R$ 122,50 sem juros"); the goods' price is then the total the text writes beside it.
# unit word -> (multiplier, the currencies it names by the listing's country, the first when the country names none;
# None: the listing's currency; () : only in the countries listed, else not read)
_SLANG: dict[str, tuple[float, tuple[str, ...] | None, bool]] = {
    **{w: (1e3, ("CLP", "ARS", "COP", "UYU"), False) for w in ("lucas", "luca", "lukas", "luka", "lucs")},
    **{w: (1e6, ("COP",), False) for w in ("palos", "palo")},
    **{w: (100.0, ("ARS",), False) for w in ("gambas", "gamba")},
    **{w: (1.0, ("ARS",), False) for w in ("mangos",)},
    **{w: (1.0, ("MXN",), True) for w in ("varos", "varitos")},
    **{w: (1.0, ("EUR",), True) for w in ("pavos", "balles", "mäuse", "mause", "möpse", "moepse", "euronen", "öcken",
                                         "oecken", "tacken", "kröten", "kroeten")},
    **{w: (1.0, ("GBP",), True) for w in ("quid", "quids", "nicker")},
    **{w: (1.0, ("USD", "CAD", "AUD", "NZD", "SGD", "HKD"), True) for w in ("bucks",)},
    **{w: (1.0, ("KES", "UGX", "TZS"), False) for w in ("bob",)},
    **{w: (1.0, ("BRL",), False) for w in ("contos", "conto", "pilas", "pila", "paus", "pau")},
    **{w: (1e3, ("RUB", "UAH", "BYN", "KZT"), True) for w in ("косаря", "косарь", "косарей", "косари", "косых", "косар",
                                                               "косарів")},
    **{w: (100.0, ("PLN",), True) for w in ("stówa", "stówy", "stów", "stówek", "stówka", "stowy", "stow")},
    **{w: (1e3, ("PLN",), True) for w in ("patyk", "patyki", "patyków", "patykow", "tysiaki")},
    **{w: (1.0, ("PLN",), True) for w in ("zeta", "zety", "zetów", "zetow", "ziko", "zika", "zł", "zl")},
    **{w: (1.0, ("CNY",), True) for w in ("米", "块钱", "大洋")},
    **{w: (1e4, ("KRW",), True) for w in ("마넌", "만원")},
    **{w: (1e3, ("KRW",), True) for w in ("천원",)},
    **{w: (1e6, ("VND",), False) for w in ("củ",)},
    **{w: (1e4, ("IDR",), True) for w in ("ceban",)},
}
# multipliers of the listing's currency (a bare "k" only in price context: _PRICE_WORD, or ending the title)
_TEXT_MULT: dict[str, float] = {
    "k": 1e3, "к": 1e3, "rb": 1e3, "ribu": 1e3, "rebu": 1e3, "nghìn": 1e3, "ngàn": 1e3, "ngan": 1e3, "nghin": 1e3,
    "jt": 1e6, "juta": 1e6, "triệu": 1e6, "trieu": 1e6, "tr": 1e6, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7, "grand": 1e3, "mille": 1e3, "mila": 1e3, "mil": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "тысяч": 1e3, "тысячи": 1e3, "тыщ": 1e3, "тыщи": 1e3, "тисяч": 1e3, "лям": 1e6, "ляма": 1e6, "лямов": 1e6,
    "riesen": 1e3, "tys": 1e3, "tys.": 1e3, "bin": 1e3,
}
# a multiplier that prices alone use (anywhere in the text), not "k" ("4K", "10k steps"), "mil" or "bin"
_PRICE_ONLY_MULT = frozenset({"rb", "ribu", "rebu", "jt", "juta", "triệu", "trieu", "tr", "lakh", "lakhs", "crore",
                              "crores", "mille", "mila", "тыс", "тыс.", "тысяч", "тыщ", "тыщи", "лям", "ляма", "riesen",
                              "tys", "tys."})
# (price51) the multipliers that never take the Vietnamese tail digit of a fraction ("12tr5" is 12.5 triệu, "1jt2" 1.2
# juta, "2k5" 2,500: the digits after the unit are its tenths, hundredths or thousandths, as chợ tốt, Shopee and
# Facebook sellers write prices in Vietnam and Indonesia); the words and the Slavic abbreviations are written apart
_NO_TAIL = frozenset({"lakh", "lakhs", "lac", "lacs", "crore", "crores", "grand", "mille", "mila", "mil", "riesen", "bin",
                      "тыс", "тыс.", "тысяч", "тысячи", "тыщ", "тыщи", "тисяч", "лям", "ляма", "лямов", "tys", "tys."})
# "4K", "8K": a resolution, not 4,000 (a bare "k" after these numbers is read only after a price word)
_RESOLUTIONS = frozenset({1.0, 2.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0})
# (price51) the words of goods that have a resolution: only beside them is a bare "4k", "12k" a resolution
_SCREEN = re.compile(r"tv|monitor|display|screen|camera|cam(?!\w)|video|resolution|uhd|hdr|projector|oled|qled|led|lcd|"
                     r"gopro|webcam|drone|gaming|console|playstation|ps5|xbox|switch|graphics|gpu|rtx|pixel|mp(?!\w)|"
                     r"fps|hz|blu-?ray|stream|pantalla|écran|fernseher|tivi|телевизор|电视|显示器|テレビ")
_CJK_MULT = {"万": 1e4, "萬": 1e4, "千": 1e3, "만": 1e4, "천": 1e3, "억": 1e8}
_UNIT_WORDS = "|".join(sorted((re.escape(w) for w in _SLANG), key=len, reverse=True))
_MULT_WORDS = "|".join(sorted((re.escape(w) for w in _TEXT_MULT), key=len, reverse=True))
_TEXT_AMOUNT = re.compile(
    rf"(?<![0-9a-zà-ÿа-яё.,])(?P<pre>{_SIGN})?\s?(?P<num>\d(?:[\d.,]*\d)?)"
    rf"(?:\s?(?P<cjk>[万萬千만천억])(?P<tail>\d)?(?!\d|[.,]\d))?"
    rf"(?:\s?(?P<mult>{_MULT_WORDS})(?:(?<=[a-zà-ỹ])(?P<mtail>\d{{1,3}})(?!\d|[.,]\d))?(?![\w]))?"
    rf"(?:\s?(?P<unit>{_UNIT_WORDS})(?![\w]))?"
    rf"(?:\s?(?P<post>{_SIGN})(?![a-zà-ÿа-я]))?")
# words that say an amount after them is the price (casefolded; a colon or "is" may follow)
_PRICE_WORD = re.compile(
    r"(?:(?<!\w)(?:price|asking(?: price)?|selling for|sell for|for only|only|prijs|precio|preço|preco|prix|preis|prezzo|"
    r"cena|цена|ціна|fiyat[ıi]?|fiyat|harga|giá|gia|vendo (?:por|a|en)|lo vendo (?:por|a|en)|à vendre|a vendre|"
    r"zu verkaufen für|für|por|pour|за|가격|판매가|ราคา|سعر)"
    # (price51) the Chinese and Japanese price words end a compound ("一口价", "售价", "転売価格": no word boundary before
    # them in a script without spaces), and the money emoji social sellers write before a price ("💰418k", "🏷️ 72.8k")
    r"|价格|價格|售价|售價|价钱|價錢|价|價|転売価格|価格|値段|💰|💵|💴|💶|💷|💲|🏷️?)"
    r"[\s:：=\-–—]*(?:(?:is|es|est|ist|é|è|jest|от|from|only|just|solo|nur|seulement)[\s:：]*)?")
# what after an amount makes it no price: a count, a size, a resolution, a rate ("10k sold", "4K TV", "5000 mAh")
_NOT_TEXT_PRICE_AFTER = re.compile(
    r"\s?(?:\+|%|/(?!-)|x(?!\w)|per\s|ml|g(?!\w)|kg|gb|tb|mb|mm|cm|km|m(?!\w)|mi(?!\w)|miles|mah|wh|w(?!\w)|hz|rpm|fps|"
    r"px|mp(?!\w)|p(?!\w)|pcs|pieces|pcs|sold|sales|orders|reviews|ratings|followers|views|likes|subs|subscribers|"
    r"steps|uhd|hdr|ultra|resolution|video|tv|display|monitor|gaming|res(?!\w)|hd(?!\w)|oled|qled|"
    r"人|件|个|個|次|年|月|日|天|公里|米(?=\w)|명|개|회|화소|km|шт|штук|лет|раз|"
    r"days?|d[ií]as|jours|tage|giorni|hari|ngày|дн\w*|months?|years?|ans|jahre|años|anni|anos|lat|"
    r"de (?:golf|tennis|padel|ping)|"
    # (price51) one payment of several, or a deposit: "₹4,583 a month", "R$ 122,50 sem juros", "500rb DP"
    r"(?:a|per|al|por|ao|sebulan|/)\s?(?:month|mes|mês|bulan|mois|monat)|monthly|sem juros|sin intereses|"
    r"de entrada|deposit|dp(?!\w)|cọc|coc(?!\w))")
# (price51) words after which an amount is a deposit or one payment of several, not the goods' price, when the listing has
# no price field to say which: "DP 500rb, pelunasan 2,1jt", "cọc 30% = 1tr", "deposit ₱2,000, balance on arrival",
# "12x de R$ 122,50 sem juros (total R$ 1.470,00)", "EMI ₹4,583", "定金200元" (the preorder's and the instalment plan's
# words of Shopee, Tokopedia, Facebook Marketplace, Magalu, MercadoLibre, Flipkart and Taobao listings)
_NOT_PRICE_WORD = re.compile(
    r"(?<!\w)(?:dp|deposit|down ?payment|booking fee|reservation fee|cọc|đặt cọc|dat coc|uang muka|tanda jadi|"
    r"sinal|seña|anticipo|acompte|anzahlung|zadatek|задаток|предоплата|emi(?: from| of| starts at| at)?|cicilan|"
    r"angsuran|\d{1,2} ?x(?: de| of)?|\d{1,2} (?:parcelas|cuotas|meses sin intereses|meses sem juros) de|"
    r"sin intereses de|sem juros de|taksit|installments? of|monthly)(?!\w)[\s:：=\-–—]*(?:(?:only|just|from|of|de|"
    r"sebesar|chỉ)[\s:：]*)?|定金|订金|訂金|手付金|予約金|계약금|มัดจำ|عربون")
# what may close a title's price after a dash ("– 8,5jt nego", "- 6.5k obo")
_TITLE_END = re.compile(r"\s*(?:(?:nego|neg|obo|ono|firm|fixed|net|nett|bu|cod|ovno|vb|fp|final|ff)\.?\s*)*[.!]*$")
_DASH_BEFORE = re.compile(r"(?:[–—\-|:/]|,)\s*$")
# the two-letter country code of a marketplace slug's last part ("mercadolibre-ar", "olx-pl", "ebay-uk")
_SLUG_COUNTRY = re.compile(r"-([a-z]{2})$")
# countries whose currency is the euro (the euro area, and the microstates and territories that use it)
EURO_COUNTRIES = frozenset({"AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV",
                            "MT", "NL", "PT", "SI", "SK", "AD", "MC", "SM", "VA", "ME", "XK", "BG"})
# an ISO 4217 code's country is its first two letters, but for these (the funds codes beside a national currency)
_COUNTRY_CURRENCY = {"US": "USD", "CL": "CLP", "CO": "COP", "MX": "MXN", "BO": "BOB", "UY": "UYU", "CU": "CUP",
                     "CH": "CHF", "GB": "GBP", "UK": "GBP"}


def country_currency(country: str | None, known: frozenset[str] | set[str]) -> str | None:
    """The currency of a country (ISO 3166 alpha-2): the euro in the euro area, else the one ISO 4217 code among
    `known` (the codes the rate table holds) that starts with the country's code (ARS for AR, KES for KE: ISO 4217
    builds a national currency's code from its country's), else None. Pure."""
    if not country:
        return None
    country = country.upper()
    if country in EURO_COUNTRIES:
        return "EUR"
    if country in _COUNTRY_CURRENCY:
        return _COUNTRY_CURRENCY[country]
    found = [code for code in known if code.startswith(country)]
    return found[0] if len(found) == 1 else None


def listing_country(seller_country: str | None, marketplace: str) -> str | None:
    """The listing's country: the seller's, else the marketplace slug's country part ("olx-pl"), else None."""
    if seller_country:
        return seller_country.upper()
    m = _SLUG_COUNTRY.search(marketplace or "")
    if m is None:
        return None
    return "GB" if m.group(1) == "uk" else m.group(1).upper()


@dataclass(frozen=True, slots=True)
class TextPrice:
    """An amount a listing without a price field writes as its price."""

    amount: float
    currency: str
    field: str  # "title" or "description"
    start: int
    end: int
    text: str  # as written ("650 lucas")

    def describe(self) -> str:
        return f"'{self.text}' = {self.amount:,.0f} {self.currency}"


def _text_currency(a: re.Match[str], home: str | None) -> str | None:
    """The currency of a written amount: its unit's (by the listing's country), its sign's, else the listing's."""
    if unit := a.group("unit"):
        _, currencies, anywhere = _SLANG[unit]
        if currencies is None:
            return home
        if home in currencies:
            return home
        return currencies[0] if anywhere else None
    if sign := a.group("pre") or a.group("post"):
        return _currency(sign, home or "")
    return home


def read_text_price(text: ListingText, country: str | None, known: frozenset[str] | set[str], *,
                    besides: float | None = None) -> TextPrice | None:
    """The price a listing without a price field writes in its title or description (see above), or None: the lowest
    of the amounts after a price word and the marked amounts (a slang unit, a sign, a price-only multiplier, or a "k"
    ending the title after a dash): a list price quoted beside the seller's is the dearer. country: the listing's (`listing_country`); known: the ISO
    codes the rate table holds; besides: a placeholder price field's amount (context/placeholders.py), which the text
    repeats as no price ("拍下1元不发货", "don't checkout at 999,999"): that amount, or any of 1 or less when it is a token
    of 1 or less, is skipped. Pure; a text with no digit costs one scan."""
    original = text.original
    if not any(c.isdigit() for c in original) and _ZH_NUMERALS.isdisjoint(original) or (folded := fold(original)) is None:
        return None
    if not original.isascii():
        folded = folded.translate(_WIDE_FORMS)
    home = country_currency(country, known)
    title_end = len(text.title)
    priced = {m.end() for m in _PRICE_WORD.finditer(folded)}
    unpriced = {m.end() for m in _NOT_PRICE_WORD.finditer(folded)}  # a deposit's or one payment's amount
    screens: bool | None = None  # whether the text is about screens or cameras (read once, when a "12k" asks)
    said: list[tuple[float, str, int, int]] = []
    for a in _TEXT_AMOUNT.finditer(folded):
        if a.group("num") is None or _NOT_TEXT_PRICE_AFTER.match(folded, a.end()):
            continue
        if a.start() in unpriced or a.start("num") in unpriced:
            continue
        after_word = a.start() in priced or a.start("num") in priced
        unit, mult, cjk = a.group("unit"), a.group("mult"), a.group("cjk")
        sign = a.group("pre") or a.group("post")
        ends_title = (a.end() <= title_end and _TITLE_END.match(folded, a.end(), title_end) is not None
                      and _DASH_BEFORE.search(folded, 0, a.start()) is not None)
        if unit == "米" and not after_word:
            continue  # 米 is a metre and rice as often
        if not (unit or sign or cjk or mult in _PRICE_ONLY_MULT or after_word or (mult and ends_title)):
            continue
        amount = parse_amount(a.group("num"))
        if amount is None or amount <= 0 or mult in ("k", "к") and not (unit or sign or after_word) and \
                amount in _RESOLUTIONS and (screens := screens if screens is not None else bool(_SCREEN.search(folded))):
            continue  # "4K", "8k": a resolution in a text about screens and cameras ("bottled water – 12k" is a price)
        if cjk:
            amount *= _CJK_MULT[cjk]
            if a.group("tail"):
                amount += int(a.group("tail")) * _CJK_MULT[cjk] / 10  # 1万2 = 12,000; 3千5 = 3,500
        if mult:
            if tail := a.group("mtail"):
                if mult in _NO_TAIL or mult in ("k", "к") and len(tail) > 1:
                    continue  # "4k60" is a resolution's frame rate, not 4,600
                amount += int(tail) / 10 ** len(tail)  # "12tr5" = 12.5 triệu, "1jt2" = 1.2 juta, "2k5" = 2,500
            amount *= _TEXT_MULT[mult]
        if unit:
            amount *= _SLANG[unit][0]
        if (currency := _text_currency(a, home)) is None or not 0 < amount < 1e12:
            continue
        said.append((amount, currency, a.start("num") if not a.group("pre") else a.start("pre"), a.end()))
    if not _ZH_NUMERALS.isdisjoint(folded):
        said += _zh_said(folded, priced, unpriced, home)
    if besides is not None:
        said = [s for s in said if s[0] != besides and not (besides <= 1 and s[0] <= 1)]
    if not said:
        return None
    amount, currency, start, end = min(said, key=lambda s: s[0])
    field, begin, stop, written = text.locate(start, end)
    return TextPrice(amount, currency, field, begin, stop, written.strip())


# ------------------------------------------------------------------------ an amount written in Chinese numerals
# (price51, issue 9) Chinese and Japanese sellers write a price in numerals as often as in digits: "三百八十元包邮",
# "一千一百九十元", "十万四千元", "三万八千円", "一口价一千二" (the colloquial elision: a last digit after a unit counts
# in the next unit down, 一千二 = 1,200, 三万五 = 35,000, 两百五 = 250). The numerals are the standard ones of the
# Chinese system (Unicode's Unihan kPrimaryNumeric / kAccountingNumeric values): the digits 零〇一二两三四五六七八九 and
# their financial forms 壹贰叁肆伍陆柒捌玖, the units 十百千 (拾佰仟) and the myriads 万 and 亿 (萬, 億). An amount counts
# only with a currency word after it (元, 块, 圆, 円, 人民币, 日元, 港币, 美元) or right after a price word (价格, 价, 售价,
# 💰); never a word holding a numeral (三星, 一比一, 买一送一: no currency after them).
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "三": 3, "叁": 3, "參": 3,
              "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
              "玖": 9}
_ZH_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_MYRIADS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_NUMERALS = frozenset(_ZH_DIGITS) | frozenset(_ZH_UNITS) | frozenset(_ZH_MYRIADS)
_ZH_RUN = re.compile("[" + "".join(sorted(_ZH_NUMERALS)) + "]+")
# the currency word after the numerals: (expression, ISO code; None: the listing's own when it writes yuan-like 元, else CNY)
_ZH_CURRENCY = re.compile(r"\s?(?:(?P<yuan>元|块钱|块|塊|圆|圓|人民币|rmb)|(?P<yen>円|日元|日圓)|(?P<hkd>港币|港幣|港元)"
                          r"|(?P<usd>美元|美金|刀))")
_YUAN_LIKE = ("CNY", "TWD", "HKD", "MOP")  # 元 is the unit of account of the yuan, the New Taiwan dollar and the HK dollar


def zh_number(run: str) -> int | None:
    """The value of a run of Chinese numerals counted with units ("一千一百九十" 1190, "十万四千" 104000, "一千二" 1200,
    "一千零二" 1002, "五十四" 54), or None when it is no counted number (digits side by side, "一二", are a code's:
    notations.py reads those). Pure."""
    total = section = 0
    digit: int | None = None
    last_unit = 0
    elided = False  # the last digit stands right after a unit: the colloquial elision counts it one unit down
    for k, ch in enumerate(run):
        if ch in _ZH_DIGITS:
            if digit is not None and digit != 0:
                return None
            digit = _ZH_DIGITS[ch]
            elided = k > 0 and (run[k - 1] in _ZH_UNITS or run[k - 1] in _ZH_MYRIADS)
        elif ch in _ZH_UNITS:
            unit = _ZH_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            myriad = _ZH_MYRIADS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                return None
            total = (total + section) * myriad if myriad > 10_000 else total + section * myriad
            section, digit, last_unit = 0, None, myriad
    if digit:
        section += digit * last_unit // 10 if elided and last_unit >= 10 else digit
    value = total + section
    return value or None


def _zh_said(folded: str, priced: set[int], unpriced: set[int], home: str | None) -> list[tuple[float, str, int, int]]:
    """(amount, currency, start, end) of the amounts written in Chinese numerals (see above) in the folded text."""
    out = []
    for m in _ZH_RUN.finditer(folded):
        c = _ZH_CURRENCY.match(folded, m.end())
        if m.start() in unpriced or c is None and m.start() not in priced:
            continue
        if (value := zh_number(m.group(0))) is None:
            continue
        if c is None or c.group("yuan"):
            currency = home if home in _YUAN_LIKE or c is None else "CNY"
        else:
            currency = "JPY" if c.group("yen") else "HKD" if c.group("hkd") else "USD"
        if currency is not None:
            out.append((float(value), currency, m.start(), c.end() if c else m.end()))
    return out
