"""The listing's sale format: whether its price field is the price of one new unit at all.

A floor (registry `price_floors`, a model's `price_floor`) is judged against the price of one unit on sale. Marketplaces
carry listings whose price field is something else, and read as a price it looks like a copy's (a price far below the
floor, or none at all):

- an **auction**: the price is the opening or current bid ("NO RESERVE", "1p start", "Auktion ab 1 €", "enchères à
  partir de 1 €", "asta da 1 €", "1円スタート", "起拍", an item specific `Format: Auction`, `出品形式: オークション`);
- a **giveaway**: the goods are given away at 0 ("free to a good home", "zu verschenken", "gratis af te halen", "à
  donner", "regalo", "oddam za darmo", "skänkes", "отдам", "無料", "무료나눔", "مجانا");
- a **swap**: goods offered for other goods, with no price ("Tausche PS5 gegen Xbox", "WTT", "échange contre",
  "troco por", "ruilen", "zamienię", "takas", "обмен", "交換希望", "교환해요");
- a **wanted** ad: a buyer's, no goods on offer ("WTB", "suche", "cherche", "busco", "szukam", "куплю", "求购",
  "구합니다", "مطلوب").

`read_format(listing, text)` returns the first format the item specifics, the title or the description state
(`SaleFormat`), and `SaleFormat.explains(price)` says whether it explains the listing's price field: an auction's any
price (an opening bid says nothing about the goods), a giveaway's, a swap's and a wanted ad's only a price of nothing
(None, 0 or a nominal 1): a swap "or 300 €" is priced, and judged as any price. What index.py and scoring.py then do:
the price is not judged as low ("price not judged: an auction's opening bid ('NO RESERVE')"), and with nothing that
claims a copy the score is lowered by `weights.sale_format_factor` (rule `sale_format`), as a stated condition lowers
genuine resale: a bare brand in its category scores 0.745, which alerts without a price at all.

Never a copy's shield: a counterfeit cue, a disguised mark or the copy trade's talk still blocks the lowering (scoring
`_claims_copy`), and the reading is void (`blocked`) when the listing says its real price is elsewhere ("DM for price",
"price in chat", 私聊: retail.PRICE_BAIT) or asks a shipping fee for "free" goods ("free, just pay shipping", "nur
Versandkosten", "solo pagas el envío", 只需付运费, 送料のみ: the known bait of new goods "given away"), or (a giveaway)
claims the goods are new and sealed: nobody gives those away.

Words in the description count only as whole phrases (a sale's "no trades", "exchange and returns", "交換用", "đổi trả"
are no format; a denied word "no swaps", "kein Tausch", "pas d'échange" neither). Free words next to a shipping word
("free shipping", "envío gratis", "送料無料", "무료배송") are no giveaway.

Source of the words: written for BrandSentry from general knowledge of the marketplaces' own sale formats and their
labels (eBay's "Auction"/"Buy It Now" and "No reserve", Kleinanzeigen's "Zu verschenken" and "Tausch", Marktplaats's
"Gratis"/"Ruilen"/"Bieden", Leboncoin's "Don", Vinted's swap, Allegro's "Licytacja", Avito's "Отдам даром"/"Обмен",
Yahoo!オークション's 出品形式 and "1円スタート", Xianyu's 拍卖/起拍, Danggeun's 무료나눔, Facebook Marketplace and
Craigslist "free stuff", "curb alert", "WTT/WTB/ISO" of collectors' forums, Freecycle's "offer/wanted"); nothing is
taken from a held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from schemas import Listing, Money
from services.matcher.core.normalise import is_wide, latin_text

# a price of nothing: what a giveaway, a swap or a wanted ad puts in a required price field (0, 1, 0.99)
NOMINAL_PRICE = 1.0

# an alphabetic term's edges (any script): no letter or digit right before or after it, and no digit joined to it by a
# dash or slash (the term is then a piece of a code: Wilson's basketball "WTB-0516" is no wanted ad)
_B, _E = r"(?<![^\W_])(?<!\d[-/])", r"(?![^\W_]|[-/]\d)"
# the start of the title: up to three symbols, emoji or brackets before the term
_START = r"^[\W_]{0,4}"

# a clause ends right after the term: punctuation, a bracket, a dash or the end of the title
_CLAUSE_END = r"(?=\s*(?:[!.,;:/|)\]\-–—]|$))"
# the bonus of a bundle before a free word: "Keychain + FREE …", "buy 1 … get … free", "bonus", "kaufe 1"
_BUNDLE_BEFORE = re.compile(r"(?<!\w)\+|(?<!\w)(?:buy|get|gets|plus|bonus|with every|kaufe|kauf|achetez|achète|compra|compre"
                            r"|koop|kup|купи|買|买|購入)(?!\w)")

# (kind, where, expression) over the casefolded stored text; where "title": the title only, "start": the title's start,
# "any": the title or the description. Wide-script terms carry no edges.
_PHRASES: list[tuple[str, str, str]] = [
    # ---- auction: the price is the opening or current bid
    ("auction", "any", _B + r"(?:auction|auctions|no[\s-]reserve|starting bid|opening bid|bidding starts|bids start"
                            r"|(?:1p|99p|\$1|£1|€1|1\s?€|1\s?\$|1\s?£|0[.,]99)\s(?:start|no reserve)"
                            r"|auktion|versteigerung|ohne mindestpreis|enchères|enchère|encheres|sans prix de réserve"
                            r"|mise à prix|subasta|sin precio de reserva|puja inicial|all'asta|in asta|base d'asta"
                            r"|asta (?:da|a partire|online|senza)|senza riserva|leilão|leilao|lance inicial|lance mínimo"
                            r"|veiling|aukcja|licytacja|bez ceny minimalnej|aukce|dražba|auksjon|licitație|licitatie"
                            r"|aukció|árverés|açık artırma|mezat|аукцион|аукціон|δημοπρασία|lelang|đấu giá|مزاد"
                            r"|مزایده|מכירה פומבית)" + _E),
    ("auction", "any", r"オークション|1円スタート|1円から|一円スタート|拍卖|拍賣|起拍|竞拍|競拍|无底价|無底價|경매|ประมูล"),
    # ---- giveaway: the goods are given away
    ("giveaway", "start", _START + r"(?:free|gratis|regalo|donne|dou|oddam|skänkes|отдам|віддам|daruji|donez)" + _E),
    ("giveaway", "any", _B + r"(?:for free|free to (?:a )?good home|free to collect|free for collection|free (?:for )?pick"
                             r"\s?up|giving away|give away|curb alert|kerb alert|zu verschenken|verschenke|gratis"
                             r" abzugeben|kostenlos abzugeben|umsonst abzugeben|gratis af te halen|te geef|gratis ophalen"
                             r"|à donner|a donner|je donne|se regala|in regalo|regalo a chi|cedo gratis|regalasi"
                             r"|doação|doacao|doa-se|de graça|za darmo|oddam|zdarma za odvoz|bortskänkes|skänkes"
                             r"|gives væk|foræres|gis bort|gis vekk|annetaan|ingyen elvihető|elvihető|ofer gratuit"
                             r"|отдам даром|отдам бесплатно|даром|віддам безкоштовно|χαρίζεται|χαρίζω|bedava"
                             r"|cho tặng|tặng miễn phí|cho miễn phí|percuma|مجانا|مجاناً|ببلاش|للتبرع|למסירה|בחינם)" + _E),
    ("giveaway", "any", r"差し上げます|無料で譲ります|無料譲渡|免费送|免费赠送|白送|무료나눔|무료 나눔|무료로 드립니다|แจกฟรี|ให้ฟรี"),
    # bare free words: only with a price of nothing (SaleFormat.explains), never beside a shipping word (_SHIPPING_NEAR),
    # and only ending a clause of the title
    # ("Monopoly board game, free", "Dyson V15 – FREE!"), never as the bonus of a bundle (_BUNDLE_BEFORE)
    ("giveaway", "title", _B + r"(?:free|gratis|gratuit|gratuito|gratuita|grátis|kostenlos|ücretsiz|бесплатно"
                               r"|безкоштовно|δωρεάν|ingyen|ilmaiseksi|miễn phí|رایگان)" + _E + _CLAUSE_END),
    ("giveaway", "title", r"(?:無料|0円|免费|무료|ฟรี)" + _CLAUSE_END),
    # ---- swap: goods for goods
    ("swap", "start", _START + r"(?:swap|trade|exchange|tausche|tausch|échange|echange|cambio|permuto|permuta|scambio"
                               r"|troco|troca|ruilen|ruil|zamienię|zamienie|zamiana|vyměním|byter|bytes|bytte|byttes"
                               r"|csere|takas|обмен|обменяю|меняю|обмін|міняю|ανταλλαγή|tukar|barter)" + _E),
    ("swap", "any", _B + r"(?:wtt|swap for|swap my|swap only|swapping|will swap|trade for|trade my|trade only|for trade"
                         r"|will trade|looking to trade|open to trades|open to trade|trades welcome|exchange for"
                         r"|exchange my|tausche .{1,40} gegen|tausch gegen|tausche gegen|nur tausch|échange contre"
                         r"|j'échange|à échanger|cambio .{1,40} por|intercambio|scambio con|troco por|troca por"
                         r"|aceito troca|te ruil|ruilen tegen|zamienię na|zamiana na|byte mot|bytes mot|byttes mot"
                         r"|schimb cu|cserélném|takaslık|takas olur|меняю на|обмен на|обмін на|tukar dengan"
                         r"|đổi lấy|muốn đổi|cần đổi|trao đổi|takas|takaslık|مبادلة|للبدل|להחלפה|החלפה|معاوضه)" + _E),
    ("swap", "any", r"交換希望|交換求む|と交換|交換して|交换|互换|以物换物|置换|교환해요|교환합니다|교환 원해요|교환원해요|교신|แลกเปลี่ยน|⇔"),
    # ---- wanted: a buyer's ad
    ("wanted", "start", _START + r"(?:wtb|wanted|looking for|want to buy|buying|suche|gesucht|recherche|cherche"
                                 r"|busco|se busca|cerco|compro|procuro|gezocht|zoek|szukam|kupię|kupie|куплю|ищу"
                                 r"|шукаю|köpes|købes|søges|kjøpes|koupím|sháním|keresek|veszek|caut|cumpăr|arıyorum"
                                 r"|dicari|cần mua|tìm mua|thu mua|مطلوب|מחפש|קונה)" + _E),
    ("wanted", "any", _B + r"(?:wtb|want to buy|ønskes kjøpt)" + _E),
    ("wanted", "any", r"求购|求購|收购|高价回收|買います|探しています|譲ってください|삽니다|구합니다|구해요|รับซื้อ|ตามหา"),
]


def _anchors(pattern: str) -> frozenset[str] | None:
    """The words of the latin view (normalise.ListingText.latin_words) of which a text matching `pattern` holds at least
    one: the longest run of three letters or more of every alternative (every piece between two '|' of the source, the
    wrappers' own words aside), folded as the latin view folds (enchères: encheres, отдам: otdam); None for a pattern of
    wide-script terms (CJK, kana, Hangul: read whenever the text is not ASCII). Of an alternative's words the rarest in
    English (wordfreq) is its anchor, so that "will trade" opens on "trade", not on "will"."""
    if any(is_wide(ch) for ch in pattern):
        return None
    pieces = pattern.replace(_B, "").replace(_E, "").replace(_START, "").split("|")
    words = set()
    for piece in pieces:
        # the latin view folds a capital as its look-alike (Greek Χ: x, Cyrillic Р: p) and a small letter by its sound
        # (χ: ch): the anchor of every case a listing writes it in
        for cased in (piece, piece.upper(), piece.title()):
            runs = [w for run in re.findall(r"[^\W\d_]{3,}", cased) for w in latin_text(run).split() if len(w) >= 3]
            if runs:
                words.add(min(runs, key=lambda w: (zipf_frequency(w, "en"), -len(w))))
    return frozenset(words) or None


_COMPILED = [(kind, where, re.compile(p), _anchors(p)) for kind, where, p in _PHRASES]
# every anchor word, and the first characters of the wide-script patterns' terms: a text holding none is not searched
_ALL_ANCHORS = frozenset().union(*(a for *_, a in _COMPILED if a is not None))
_WIDE_FIRST = re.compile("[" + re.escape("".join(sorted({piece[0] for *_, p, a in _COMPILED if a is None
                                                          for piece in p.pattern.split("|") if piece}))) + "]")
# the characters of the description read for the phrases (its first lines)
READ_DESCRIPTION = 240

# a word denying the format right before it ("no swaps", "kein Tausch", "pas d'échange", "sin cambios", "nie zamieniam")
_DENIED_BEFORE = re.compile(r"(?:^|[^\w])(?:no|not|non|never|without|kein|keine|keinen|nicht|pas d'|pas de|sans|sin|sem"
                            r"|nessuno|niente|senza|geen|niet|nie|bez|не|нет|без|yok|tidak|không|لا|بدون|לא)\W{0,3}$")
_DENIED_AFTER = re.compile(r"^\W{0,3}(?:not accepted|not possible|nicht möglich|ausgeschlossen|impossible|non possible"
                           r"|不可|不可能|불가|안됩니다)(?!\w)")
# a free word beside a shipping word: free shipping, not a giveaway ("envío gratis", "送料無料", "무료배송", "包邮")
_SHIPPING = (r"(?:shipping|delivery|postage|p&p|post|returns?|versand|versandkostenfrei|lieferung|livraison|envío|envio"
             r"|spedizione|frete|entrega|verzending|bezorging|wysyłka|dostawa|doprava|frakt|kargo|доставка|доставкой"
             r"|送料|运费|運費|包邮|配送|배송|택배|ongkir|ship|gift|geschenk|cadeau|omaggio|size|sample|trial|tax|duty|sugar"
             r"|gluten|hands|cruelty|muestra|probe|échantillon|试用|region|wifi|wi-fi|app|download|update)")
_SHIPPING_BEFORE = re.compile(r"(?<![^\W\d_])" + _SHIPPING + r"[\s\-:]{0,2}$")
_SHIPPING_AFTER = re.compile(r"^[\s\-:]{0,2}" + _SHIPPING + r"(?![^\W\d_])")
_SHIPPING_NEAR = re.compile(_B + _SHIPPING + _E)  # in an item specific's value: "Free shipping" is no format
# the real price is elsewhere, or a fee asked for "free" goods: no giveaway, no swap (the known bait of new goods)
_SHIPPING_BAIT = re.compile(
    r"(?:just|only|simply|you|u)\s(?:pay|cover)\s(?:the\s)?(?:for\s)?(?:shipping|postage|delivery|p&p|s&h)"
    r"|pay\s(?:only|just)\s(?:the\s)?(?:for\s)?(?:shipping|postage|delivery)|(?:shipping|postage|delivery)\s(?:fee\s)?only"
    r"|free\s?\+\s?(?:shipping|postage|s&h|p&p)|nur\s(?:die\s)?versand(?:kosten)?|nur\sporto|solo\s(?:pagas?|pague)\s(?:el\s)?(?:envío|envio)"
    r"|solo\s(?:el\s)?(?:envío|envio)|paga\ssolo\s(?:la\s)?spedizione|solo\s(?:le\s)?spese\sdi\sspedizione|juste\sles\sfrais"
    r"\sde\sport|seulement\sles\sfrais\sde\sport|frais\sde\sport\suniquement|só\s(?:paga|pagar)\so\sfrete|apenas\so\sfrete"
    r"|tylko\s(?:koszt\s)?wysyłk|только\s(?:за\s)?доставк|sadece\skargo|cukup\sbayar\songkir|chỉ\s(?:trả|tính)\sphí\sship"
    r"|只需付?运费|只付邮费|付邮送|送料のみ|送料だけ|배송비만|จ่ายแค่ค่าส่ง|فقط\s(?:رسوم\s)?الشحن|רק\sמשלוח")
# the price the listing asks is elsewhere (retail.PRICE_BAIT's words, read here so the module stays self-contained)
_PRICE_ELSEWHERE = re.compile(r"(?<!\w)(?:dm for price|price in dm|pm for price|inbox for price|message for price"
                              r"|ask for price|price on request|price by chat|harga by chat|preis auf anfrage"
                              r"|precio por privado|prix en mp|цена в лс|real price|actual price)(?!\w)"
                              r"|价格私聊|價格私聊|私聊|询价|詢價|実価格")
# item specifics that state the sale format or the price type
FORMAT_KEYS = ("format", "listing format", "listing type", "sale format", "sale type", "selling format", "type",
               "price type", "price", "angebotsformat", "angebotstyp", "angebotsart", "preis", "preistyp", "art",
               "format de vente", "type d'annonce", "type de vente", "prix", "formato", "tipo de anuncio",
               "tipo de venta", "formato dell'inserzione", "tipo di vendita", "formato do anúncio", "tipo de venda",
               "advertentietype", "prijstype", "prijs", "typ oferty", "rodzaj oferty", "format sprzedaży", "cena",
               "тип объявления", "формат продажи", "цена", "ilan tipi", "satış şekli", "出品形式", "販売形式",
               "価格", "交易方式", "出售方式", "价格", "판매방식", "판매 방식", "가격", "loại tin", "ประเภท")
_ATTRIBUTE_VALUES = [
    ("auction", re.compile(_B + r"(?:auction|auktion|versteigerung|enchères|enchère|subasta|asta|leilão|veiling|bieden"
                           r"|aukcja|licytacja|aukce|auksjon|licitație|aukció|açık artırma|аукцион|lelang|đấu giá"
                           r"|مزاد)" + _E + r"|オークション|拍卖|拍賣|경매|ประมูล")),
    ("giveaway", re.compile(_B + r"(?:free|giveaway|zu verschenken|verschenken|gratis|don|donation|regalo|oddam"
                            r"|za darmo|отдам даром|даром|bedava|ücretsiz)" + _E + r"|無料|0円|免费|무료나눔|나눔")),
    ("swap", re.compile(_B + r"(?:swap|trade|exchange|tausch|tauschen|échange|intercambio|scambio|troca|ruilen"
                        r"|zamiana|обмен|takas|tukar)" + _E + r"|交換|交换|교환")),
    ("wanted", re.compile(_B + r"(?:wanted|wtb|gesuch|suche|recherche|busco|cerco|procuro|gezocht|szukam|kupię"
                          r"|куплю|köpes|dicari)" + _E + r"|求购|求購|삽니다|구합니다")),
]


@dataclass(frozen=True, slots=True)
class SaleFormat:
    """A listing's statement that it is no sale of one unit at its price field."""

    kind: str  # "auction", "giveaway", "swap" or "wanted"
    field: str  # "title", "description" or "attributes"
    start: int | None  # offsets into that field as stored (None for attributes)
    end: int | None
    text: str  # the words as written ("NO RESERVE auction"; "Format: Auction")
    blocked: str = ""  # why the reading does not lower the listing ("'DM for price': the real price is elsewhere"), or ""

    def explains(self, price: Money | None) -> bool:
        """Whether the format says the price field is no price of the goods: an auction's any price (an opening or
        current bid); a giveaway's, a swap's or a wanted ad's a price of nothing (None, or at most NOMINAL_PRICE in the
        listing's currency)."""
        if self.kind == "auction":
            return True
        return price is None or price.amount <= NOMINAL_PRICE

    def describe(self) -> str:
        """"an auction ('NO RESERVE auction')", as the evidence names it."""
        return f"{_NAMES[self.kind]} ('{self.text}')"


_NAMES = {"auction": "an auction, the price its opening or current bid", "giveaway": "a giveaway",
          "swap": "a swap offer, goods for goods", "wanted": "a wanted ad, a buyer's"}


def read_format(listing: Listing, text) -> SaleFormat | None:
    """The listing's sale format (item specifics first, then the title, then the description), or None.

    listing: the Listing (its attributes and price are read); text: its normalise.ListingText (the casefolded stored
    text is read, spans map back with `text.locate`). A giveaway whose free word sits beside a shipping word ("free
    shipping") is none; a word denied right before or after it ("no swaps", "Tausch ausgeschlossen") is none. The
    result's `blocked` says why it must not lower the listing (price bait, a fee for "free" goods). Pure."""
    stored = text.original
    folded = stored.casefold()
    if len(folded) != len(stored):  # ß/İ change length when casefolded: read lower() instead (same offsets)
        folded = stored.lower()
        if len(folded) != len(stored):
            return None
    found = _from_attributes(listing.attributes) if listing.attributes else None
    if found is None:
        found = _from_text(folded, text, len(text.title))
    if found is None:
        return None
    blocked = ""
    if (m := _PRICE_ELSEWHERE.search(folded)) is not None:
        blocked = f"'{stored[m.start():m.end()]}': the listing's real price is elsewhere"
    elif found.kind in ("giveaway", "swap") and (m := _SHIPPING_BAIT.search(folded)) is not None:
        blocked = f"'{stored[m.start():m.end()]}': a fee asked for goods said to be free, the bait of new goods"
    if blocked:
        return SaleFormat(found.kind, found.field, found.start, found.end, found.text, blocked)
    return found


def _from_attributes(attributes: dict[str, str]) -> SaleFormat | None:
    for key, value in attributes.items():
        if not isinstance(value, str) or key.casefold().strip() not in FORMAT_KEYS:
            continue
        v = value.casefold()
        for kind, pattern in _ATTRIBUTE_VALUES:
            if pattern.search(v) and not _SHIPPING_NEAR.search(v):
                return SaleFormat(kind, "attributes", None, None, f"{key}: {value}"[:80])
    return None


def _from_text(folded: str, text, title_end: int) -> SaleFormat | None:
    best: tuple[int, str, re.Match] | None = None
    words = text.latin_words
    # a sale format is stated in the title or the description's first lines ("Free to a good home. Pick up only."):
    # the phrases are read there only, which bounds their cost on long descriptions
    end = min(len(folded), title_end + READ_DESCRIPTION)
    present = _ALL_ANCHORS.intersection(words)
    wide = not text.is_ascii and _WIDE_FIRST.search(folded, 0, end) is not None
    if not present and not wide:
        return None  # none of the phrases' words or first characters: most listings stop here
    for kind, where, pattern, anchors in _COMPILED:
        if (anchors.isdisjoint(present) if anchors is not None else not wide):
            continue
        if where == "start":
            m = pattern.match(folded, 0, title_end)
            hits = [m] if m is not None else []
        else:
            hits = pattern.finditer(folded, 0, title_end if where == "title" else end)
        for m in hits:
            if _denied(folded, m.start(), m.end()):
                continue
            if kind == "giveaway" and (_SHIPPING_BEFORE.search(folded[max(0, m.start() - 20):m.start()])
                                       or _SHIPPING_AFTER.match(folded[m.end():m.end() + 20])
                                       or m.start() < title_end and _BUNDLE_BEFORE.search(folded, 0, m.start())):
                continue  # "free shipping", "envío gratis", "送料無料", "무료배송", "free gift", "+ FREE case"
            if best is None or m.start() < best[0]:
                best = (m.start(), kind, m)
            break
    if best is None:
        return None
    _, kind, m = best
    start, end = m.start(), m.end()
    while start < end and not folded[start].isalnum() and folded[start] not in "$£€⇔":
        start += 1  # the title-start pattern's leading symbols are not the words
    field, s, e, said = text.locate(start, end)
    return SaleFormat(kind, field, s, e, said)


def _denied(folded: str, start: int, end: int) -> bool:
    return bool(_DENIED_BEFORE.search(folded[max(0, start - 14):start]) or _DENIED_AFTER.match(folded[end:end + 16]))
