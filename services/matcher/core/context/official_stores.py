"""A seller whose name claims to be the brand's own official store, and the contacts that take a sale off the platform.

The lead's decision of session 52 (issue 9): a seller the registry does not list whose name is the brand's mark and a
claim to be its official store ("Nike Official Store", "Nike Store", "LEGO — официальный магазин", "Samsung Official
Shop", "耐克官方旗舰店"-style names with a Latin mark, "Canon 公式ストア", "Dyson 공식스토어", "Tienda Oficial Puma",
"[Mall]"/LazMall/Tmall badges beside the brand's store) is, at a fair price with no counterfeit cue, no disguised mark
and no contact off the platform, judged like the brand's authorized seller (retail.py's `not_retail` does not hold its
name against it). Widened at the session's merge: any shop named after the brand is judged so (department-store
corners, parts shops, resellers: "Harrods — Nike boutique", "Philips Spares Direct"; four outsider sets labelled them
innocent), unless its name or id carries the copy or grey trade's words (`trade_named`: "Rolex Outlet 88",
"nike_shoes_wholesale", "GucciReps", "LV factory", "Best Nike Deals"); the official claim itself (`official_store`:
nothing beyond the mark, the claim, the store's nouns, a connector and a market's name) stands as the retailer's
standing at a street price.

`official_store(name, marks)` answers for a seller's name; `off_platform(original)` finds a messaging app's contact
(WhatsApp, WeChat, Telegram, LINE, Viber, Zalo, KakaoTalk; 微信, ライン, 카톡, واتساب, ватсап) that moves the sale where
the marketplace's guarantees do not reach. Both pure, both gated by substring tests.

Source: the marketplaces' own official-store programmes and how brands name their stores there (Shopee Mall, LazMall,
Tokopedia Official Store, Tmall 官方旗舰店, JD 官方旗舰店, Amazon Brand Stores, Flipkart/Jumia/Noon/Daraz official
stores, Ozon/Wildberries "официальный магазин", Rakuten 公式ショップ, Coupang/11st 공식스토어, Mercado Libre Tienda
oficial, Trendyol resmi mağaza); general knowledge of the copy trade's shop names (outlet, factory, wholesale, reps,
deals). No held-out listing's string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from services.matcher.core.normalise import latin_text

# the words of the claim to be the brand's own store (casefolded, Latin with and without accents)
_CLAIM = re.compile(
    r"(?<![a-z])(?:official|officiel(?:le)?|oficial|ufficiale|offiziell(?:e|er|es)?|oficjaln(?:y|a)|officiële|officiele|"
    r"resmi|flagship|brand ?store|store|mall|lazmall|tmall|tienda oficial|loja oficial|boutique officielle|"
    r"cửa hàng chính hãng|cua hang chinh hang|cửa hàng chính thức|cua hang chinh thuc)(?![a-z])|"
    r"официальн\w*|фирменн\w* магазин|الرسمي|الرسمية|ทางการ|官方|旗舰店|旗艦店|直营店|直營店|公式|直営店|공식")
# what may stand beside the mark and the claim: the store's own nouns, connectors, a market's name or code
_BESIDE = re.compile(
    r"(?<![a-z])(?:shop|store|online|boutique|brand|the|by|de|du|la|le|el|des|and|und|y|et|e|"
    r"magasin|tienda|loja|negozio|sklep|magaza|mağaza|mağazası|magazasi|toko|winkel|cửa hàng|cua hang|"
    r"global|international|intl|"
    r"ph|my|sg|th|vn|id|in|ng|ke|eg|ae|sa|pk|bd|lk|ru|kz|br|mx|ar|cl|co|pe|us|uk|de|fr|es|it|nl|pl|tr|jp|kr|tw|hk|cn|"
    r"philippines|malaysia|singapore|thailand|vietnam|viet nam|indonesia|india|nigeria|kenya|egypt|uae|ksa|saudi|"
    r"pakistan|bangladesh|sri lanka|russia|kazakhstan|brasil|brazil|mexico|méxico|argentina|chile|colombia|peru|perú|"
    r"usa|germany|deutschland|france|españa|espana|spain|italia|italy|polska|poland|türkiye|turkiye|turkey|japan|"
    r"korea|taiwan|hong kong|china)(?![a-z])|"
    r"магазин|бренда|متجر|المتجر|ร้านค้า|ร้าน|商城|店|ストア|ショップ|스토어|몰|샵|[\s\W_]+")
# the copy trade's and the grey trade's words in a shop's id or name: never an official claim
_TRADE = re.compile(r"rep(?:s|lica|lika)?(?![a-z])|copy|kopi|outlet|factory|wholesale|cheap|deals?(?![a-z])|"
                    r"discount|mirror|clone|fake|aaa|1:1|super|grade|dupe|kw(?![a-z])|grosir|murah|toptan|оптом|"
                    r"atacado|mayoreo|高仿|复刻|原单|工厂|批发|代购",
                    re.IGNORECASE)
_ID_TAIL = re.compile(r"[-_.\s]+[0-9a-f]{3,8}$")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", latin_text(text))


def _rest(written: str) -> str:
    """The written name with the claim's words and the words that may stand beside them left out."""
    return _BESIDE.sub(" ", _CLAIM.sub(" ", written.casefold()))


def official_store(name: str, marks: Iterable[str], seller_id: str = "") -> str | None:
    """The claim words when the seller's `name` (else its id, its separators read as spaces and a trailing code left
    out) is one of the brand's `marks` and a claim to be its official store (the module's docstring), else None. Nothing
    beyond the mark, the claim, the store's nouns, connectors and a market's name may be in it; an id with the trade's
    words (outlet, factory, reps, wholesale ...) beside the name is no claim either. Pure."""
    keys = {k for m in marks if len(k := _key(_rest(m))) >= 2}
    if not keys:
        return None
    folded_id = _key(seller_id)
    for k in keys:
        folded_id = folded_id.replace(k, " ")
    if _TRADE.search(folded_id):
        return None
    written = name or _ID_TAIL.sub("", seller_id).replace("-", " ").replace("_", " ").replace(".", " ")
    claims = [m.group(0) for m in _CLAIM.finditer(written.casefold())]
    if not claims:
        return None
    rest = _rest(written)
    if any(ch.isalpha() and not latin_text(ch).strip() for ch in rest):
        return None  # words of a script the mark is not written in: more than the mark
    return claims[0] if _key(rest) in keys else None


# a store's claim words written with look-alike digits ("0fficial", "st0re", "0riginal"): the spoofer's name, never a
# shop's code; the digits read as the letters they stand for (as leetspeak does), l and i both for 1
_CLAIM_WORDS = {"official", "offical", "store", "shop", "outlet", "authentic", "original", "genuine", "authorized",
                "authorised", "boutique", "brand", "flagship"}
_LOOKALIKE_I = str.maketrans("0134578", "oieastb")
_LOOKALIKE_L = str.maketrans("0134578", "oleastb")


def trade_named(name: str, seller_id: str = "") -> str | None:
    """The copy or grey trade's word in a seller's `name` or id (its trailing code left out): "Rolex Outlet 88",
    "GucciReps", "nike_shoes_wholesale", "LV factory", "Best Nike Deals", "Nike Grosir Murah", "Gucci 批发"; or a
    store's claim word spelt with look-alike digits ("puma-0fficial-store42"); else None. Such a shop named after the
    brand is no retailer a fair price clears (retail.py). Pure."""
    written = f"{name} {_ID_TAIL.sub('', seller_id)}"
    if (m := _TRADE.search(written)) is not None:
        return m.group(0)
    for word in re.findall(r"[^\W_]+", written.casefold()):
        if not word.isalpha() and not word.isdigit() and (
                word.translate(_LOOKALIKE_I) in _CLAIM_WORDS or word.translate(_LOOKALIKE_L) in _CLAIM_WORDS):
            return word
    return None


# a messaging app's contact: the sale moves off the platform
_OFF_PLATFORM = re.compile(
    r"(?<![a-z])(?:whats ?app|wa\.me|wechat|we chat|telegram|t\.me|viber|zalo|kakao ?talk|line id|line ?@|"
    r"add line|imo|signal me)(?![a-z])")
_OFF_PLATFORM_WIDE = re.compile(r"微信|薇信|加v|v信|ライン|카톡|카카오톡|واتساب|واتس اب|ватсап|вотсап|телеграм|вайбер")


def off_platform(original: str) -> str | None:
    """The words of a messaging app's contact in the listing's text (the module's docstring), else None. Pure."""
    folded = original.casefold()
    if (m := _OFF_PLATFORM.search(folded)) is not None:
        return m.group(0)
    if folded.isascii():
        return None
    return m.group(0) if (m := _OFF_PLATFORM_WIDE.search(folded)) is not None else None
