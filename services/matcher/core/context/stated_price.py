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

from services.matcher.core.context.instalments import fold, parse_amount
from services.matcher.core.normalise import ListingText

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
# currency signs and words: (expression, ISO code; None: the listing's own when it is one of DOLLARS/YEN/CROWNS)
_SIGNS = [("us\\$|usd", "USD"), ("r\\$|brl|reais", "BRL"), ("€|eur|euro|euros", "EUR"), ("£|gbp", "GBP"),
          ("₽|руб\\w*|rub|р\\.", "RUB"), ("₴|грн|uah", "UAH"), ("₹|inr|rs\\.?|rupees", "INR"), ("₩|원|krw", "KRW"),
          ("円|jpy", "JPY"), ("元|块|cny|rmb", "CNY"), ("₺|tl|try", "TRY"), ("zł|pln", "PLN"), ("₫|vnd|đ", "VND"),
          ("฿|บาท|thb", "THB"), ("rp\\.?|idr", "IDR"), ("₱|php", "PHP"), ("mxn", "MXN"), ("aud", "AUD"), ("cad", "CAD"),
          ("sgd", "SGD"), ("chf", "CHF"), ("ars", "ARS"), ("clp", "CLP"), ("cop", "COP"), ("sek", "SEK"), ("nok", "NOK"),
          ("dkk", "DKK"), ("myr|rm", "MYR"), ("aed|درهم", "AED"), ("sar|ريال", "SAR"), ("₪|ils|ש\"ח", "ILS"),
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
    rf"(?P<mult>k|rb|ribu|nghìn|ngàn|jt|juta|triệu|tr|万|千)?(?![a-zà-ÿа-я])\s?(?P<post>{_SIGN})?(?![a-zà-ÿа-я])")
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
    for m in _STATED.finditer(folded):
        a = amount_at(folded, m.end(), listing_currency)
        if a is None or _NOT_A_PRICE_AFTER.match(folded, a.number_end):
            continue
        field, start, end, said = text.locate(m.start(), a.end)
        return StatedPrice(a.amount, a.currency, field, start, end, said.strip())
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
