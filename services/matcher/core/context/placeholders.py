"""A price field that holds no price: the placeholder a marketplace forces, and the price the text states instead.

Marketplaces make the price field compulsory, so a seller who wants the buyer to ask or to haggle fills it with a number
that is no price: a hold price of nines or eights (9999, 99999, 888888: "don't checkout at 999,999"), a counting run
(123456), or a token of one unit or less (0.01, 1, 1元, 1円), and says so in the text ("listed at 0.01 because the
platform needs a price, actual price AED 752", "拍下1元不发货，实价331元", "Asking $90 OBO"). Such a field is neither a
low price nor a fair one: the goods' price is the one the text states, judged in the field's place both ways (index.py):
a copy behind a placeholder at the copy's price its text gives ("Real price Rp 49,700, chat first"), genuine goods at
the retail price theirs gives.

`price_in_place` reads it: an amount after a real-price word (stated_price.read_stated_price); else, when the text asks
for offers (`_HAGGLE`) or disowns the field (`_DISOWNED`), the price it writes (stated_price.read_text_price, the field's
own amount skipped). None when the text states no price: the field is judged as before (a copy's bare 1元 is still read
as the copy's 1元, and retail.py never reads a hold price as a retailer's fair one). A zero is no placeholder: it is a
giveaway's or a swap's price (formats.py).

Source of the words: the marketplaces' ways of asking for offers (OBO, ONO, "make an offer", VB/Verhandlungsbasis, à
débattre, a tratar, negociável, trattabile, t.e.a.b., do negocjacji, торг, nego, thương lượng, 议价/小刀, 価格交渉,
네고) and of saying the price field is not the price ("price on request", POA, "don't checkout", "the platform needs a
price", 价格请咨询, 拍下不发货, 価格はお問い合わせ, 가격문의, giá liên hệ, "harga chat"), written for BrandSentry from
general knowledge of classified and marketplace listings (eBay, Gumtree, Kijiji, Facebook Marketplace, Kleinanzeigen,
leboncoin, Wallapop, OLX, Avito, Tokopedia, Shopee, Taobao/Xianyu, Mercari, Bunjang); nothing is taken from a held-out
set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.context.stated_price import StatedPrice, TextPrice, read_stated_price, read_text_price
from services.matcher.core.normalise import ListingText

# the seller asks for offers: the field's token is no price, the amount the text asks is
_HAGGLE = re.compile(
    r"(?<!\w)(?:make (?:me )?an? offers?|best offers?|obo|o\.b\.o\.?|ono|o\.n\.o\.?|or near(?:est)? offer|"
    r"open to (?:reasonable |any )?offers|offers? (?:welcome|considered|accepted)|(?:taking|accepting) offers|"
    r"send (?:me )?(?:an? )?offers?|negotiable|neg|asking(?: price)?|vb|verhandlungsbasis|preisvorschlag|verhandelbar|"
    r"à débattre|a debattre|faire offre|faites (?:une |vos )?offres?|prix négociable|a tratar|negociable|"
    r"acepto ofertas|escucho ofertas|precio a convenir|negociável|negociavel|aceito propostas|aceito ofertas|"
    r"faça (?:sua |uma )?oferta|a combinar|trattabile|accetto offerte|fate un'offerta|t\.e\.a\.b\.?|vraagprijs|"
    r"bieden vanaf|do negocjacji|do uzgodnienia|торг|возможен торг|договорная|pazarlık(?: payı)?|bisa nego|nego|"
    r"thương lượng|có fix|förhandlingsbart|bud modtages)(?!\w)"
    r"|议价|可议|可小刀|价格可谈|价格好商量|議價|可議|値下げ交渉|価格交渉|交渉可|네고|가격제안|가격 제안|ต่อรองได้")
# the seller says the field is not the price
_DISOWNED = re.compile(
    r"(?<!\w)(?:price on request|price upon request|poa|p\.o\.a\.?|ask (?:me )?for (?:the )?price|"
    r"(?:message|dm|pm|inbox|contact|chat)(?: me| us)? for (?:the )?price|price in (?:chat|dm|inbox)|"
    r"not the (?:real |actual |final )?price|placeholder|hold (?:the |this )?listing|"
    r"(?:do not|don'?t|pls don'?t|please don'?t) (?:check ?out|buy now|order|pay)|"
    r"(?:platform|site|system|app|marketplace) (?:needs|requires|forces) a price|dummy price|"
    r"preis auf anfrage|prix sur demande|precio a consultar|consultar precio|precio bajo pedido|preço sob consulta|"
    r"preco sob consulta|prezzo su richiesta|cena na zapytanie|цена по запросу|цену уточняйте|harga (?:chat|tanya)|"
    r"jangan (?:checkout|co|langsung bayar)|chat dulu|giá liên hệ|fiyat sorunuz"
    # (fresh54a) the field left to the description: "see description for price", "price in the description"
    r"|see (?:the )?(?:description|desc|details|below) for (?:the )?pric(?:e|es|ing)|pric(?:e|es|ing) (?:is |are )?"
    r"(?:in|see) (?:the )?(?:description|desc|details)|preis (?:siehe|in der) beschreibung|prix (?:dans la|en) "
    r"description|voir (?:la )?description pour le prix|precio en (?:la )?descripci[oó]n|ver precio en (?:la )?"
    r"descripci[oó]n|prezzo (?:in|nella) descrizione|pre[cç]o na descri[cç][aã]o|prijs (?:in de|zie) beschrijving|"
    r"cena w opisie|цена в описании|цена см\.? в описании|fiyat a[cç][ıi]klamada|harga (?:ada )?di deskripsi|"
    r"harga cek deskripsi|giá (?:trong|xem|ở) mô tả)(?!\w)"
    r"|不是价格|不是價格|非实价|不发货|不發貨|请咨询|請諮詢|联系客服|聯繫客服|价格私聊|價格私聊|询价|詢價|拍前咨询|"
    r"価格はお問い合わせ|要問合せ|가격문의|가격 문의|السعر عند الطلب|สอบถามราคา|ราคาสอบถาม"
    r"|价格[见看在]详情|價格[見看在]詳情|价格见描述|價格見描述|価格は(?:商品)?説明|가격은 (?:상세 ?설명|본문)")
# a hold price of one repeated digit has this many digits or more (of 8s and 9s, one fewer: 9999, 8888)
_HOLD_DIGITS = 5
_COUNTING = "1234567890"


def placeholder(amount: float) -> str | None:
    """The shape of a price field's amount that is no price ("a token", "a hold price"), else None (module docstring):
    a token is above 0 and at most 1; a hold price is a whole number of one repeated digit (five digits or more; four
    of 8s or 9s) or a counting run of five digits or more (12345, 123456). Pure, a few arithmetic steps."""
    if 0 < amount <= 1:
        return "a token"
    if amount < 1000 or amount != int(amount):
        return None
    digits = str(int(amount))
    if len(set(digits)) == 1 and (len(digits) >= _HOLD_DIGITS or digits[0] in "89"):
        return "a hold price"
    if len(digits) >= _HOLD_DIGITS and digits in _COUNTING:
        return "a hold price"
    return None


@dataclass(frozen=True, slots=True)
class InPlace:
    """The price the text states in place of a placeholder field."""

    shape: str  # placeholder()'s
    field: float  # the field's amount
    currency: str  # the field's currency
    price: StatedPrice | TextPrice  # what the text states (amount, currency, field, span, as written)

    @property
    def amount(self) -> float:
        return self.price.amount

    def describe(self) -> str:
        field = f"{self.field:.2f}".rstrip("0").rstrip(".")  # 9999999, not 1e+07
        return (f"placeholder: the price field's {field} {self.currency} is {self.shape}, no price; "
                f"{self.price.describe()}, the price the text states, judged in its place (placeholders.py)")


def disowned_price(text: ListingText) -> str | None:
    """(resale55) The words by which the listing says its price is elsewhere or to be asked (_DISOWNED: "price on
    request", "ask for the price", "Preis auf Anfrage", POA), else None. Pure."""
    found = _DISOWNED.search(text.original.casefold())
    return None if found is None else found.group(0)


def price_in_place(amount: float, currency: str, text: ListingText, country: str | None,
                   known: frozenset[str] | set[str]) -> InPlace | None:
    """The price the text states in place of a placeholder price field (module docstring), else None.

    amount, currency: the price field's; text: the listing's text views; country: the listing's (for a bare amount's
    currency); known: the ISO codes the rate table holds (a price in another is none). Pure; a field of any other
    shape costs one `placeholder` call."""
    if (shape := placeholder(amount)) is None:
        return None
    stated = read_stated_price(text, currency)
    price: StatedPrice | TextPrice | None = stated if stated is not None and stated.amount != amount and (
        amount > 1 or stated.amount > 1) else None
    if price is None:
        folded = text.original.casefold()
        if _HAGGLE.search(folded) is None and _DISOWNED.search(folded) is None:
            return None
        price = read_text_price(text, country, known, besides=amount)
    if price is None or price.currency not in known:
        return None
    return InPlace(shape, amount, currency, price)
