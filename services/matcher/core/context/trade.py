"""The trade around a brand's goods that is itself the offence: counterfeit paperwork, branded packaging and trims in
bulk, a factory's logo service, bootleg prints. What is sold is "just a card", "just a label" or "just a service", so
an accessory noun, an empty-packaging condition or a small price would otherwise lower the listing as genuine.

    TradeReader().read(listing, text)  -> [TradeWord("trade", "paperwork", "blank", "title", 0, 5, "Blank", why), ...]

Kinds (each named in the evidence as "trade <kind>: <term>", TradeWord.named; a cue, rule `cue`, index.py
`_trade_evidence`):

- `paperwork`: the papers and security items that make a copy pass as genuine (warranty and guarantee cards,
  certificates of authenticity, COA stickers, holograms, NFC and security tags, serial stickers, box labels, date-code
  tags, receipts) sold blank, with "any" or a custom serial, in a kit of several such items, or by the several;
  a genuine item sold "with its warranty card" or "box and papers" names the papers after a word of inclusion and is
  not read;
- `packaging`: the brand's empty containers, packaging and trims by the ten or more (empty cans, bottles, boxes, woven
  labels, hang tags, patches, sleeves): stock for refilling or for finishing copies. One empty box sold by a collector
  is condition.py's "packaging" condition, judged by its price as before;
- `logo_service`: a factory offering to put a logo on goods (OEM/ODM, "any logo", "logo customized", "brand logo
  available", 贴牌, 可定制logo), or two of the B2B trade's order words together (MOQ, FOB, sample fee, container order);
- `bootleg`: "bootleg" goods (not bootleg-cut jeans), a custom or hand-painted print of the brand's logo, DTG prints,
  dials and parts with its logo "for mods".

Source of the words: written for BrandSentry from how the counterfeit supply trade advertises on B2B and classifieds
sites (Alibaba/1688 "logo customized, MOQ", "OEM/ODM"; eBay/Etsy "blank warranty card", "custom serial", "date code";
enforcement reports of IACC and the EUIPO on labels, tags and packaging sold apart from goods). Nothing is taken from a
held-out set. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import Listing
from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.context.condition import modified
from services.matcher.core.context.quantity import read_quantity, retail_units
from services.matcher.core.context.unlicensed import unlicensed_goods
from services.matcher.core.normalise import ListingText, latin_text

PAPERWORK = [
    "warranty card", "warranty cards", "guarantee card", "guarantee cards", "warranty booklet", "warranty papers",
    "certificate of authenticity", "certificates of authenticity", "authenticity card", "authenticity cards",
    "authenticity certificate", "authentication card", "coa sticker", "coa stickers", "coa label", "coa labels",
    "hologram", "holograms", "hologram sticker", "hologram stickers", "hologram tag", "hologram tags", "security tag",
    "security tags", "security sticker", "security stickers", "nfc tag", "nfc tags", "nfc chip", "nfc chips",
    "imei label", "imei labels", "imei sticker", "imei stickers", "serial sticker", "serial stickers", "serial number sticker", "serial label", "serial labels", "box label",
    "box labels", "date code", "date code tag", "date code tags", "receipt", "receipts", "receipt kit",
    "garantiekarte", "garantiekarten", "garantieschein", "echtheitszertifikat", "carte de garantie",
    "certificat d'authenticite", "tarjeta de garantia", "certificado de autenticidad", "certificato di garanzia",
    "certificato di autenticita", "cartao de garantia", "certificado de garantia", "karta gwarancyjna",
    "garanti belgesi", "garantie kaart", "гарантийный талон", "гарантийная карта", "сертификат подлинности",
    "голограмма", "保卡", "保修卡", "防伪标签", "防伪标", "防伪卡", "序列号贴纸", "序列号标签", "证书", "鉴定证书",
    "ギャランティカード", "ギャランティ", "保証書", "保証カード", "보증서", "개런티카드",
]
# what a forger's paperwork says and a genuine item's does not
FORGED = [
    "blank", "blanko", "vierge", "en blanco", "in bianco", "em branco", "any serial", "custom serial", "your serial",
    "serial of your choice", "date code of your choice", "any date code", "fill in", "fill-in", "unstamped",
    "unfilled", "not filled", "personalise serial", "personalize serial", "replacement papers", "remake",
    "label printing", "custom imei", "any imei", "imei of your choice",
    "空白", "定制序列号", "可改序列号", "任意序列号", "未填写", "ブランク", "空欄",
]
# words that say papers come with the goods sold ("with warranty card", "box and papers"): the papers are not the sale
_INCLUDED = re.compile(r"(?:with|w/|incl\w*|includes?|including|comes with|complete with|full set|box and|box &|mit|avec|"
                       r"con|com|inkl|plus|and original|original)\W{1,3}(?:\w+\W{1,3}){0,2}$")
PACKAGING = [
    "empty box", "empty boxes", "empty bottle", "empty bottles", "empty can", "empty cans", "empty jar", "empty jars",
    "empty tin", "empty tins", "empty tube", "empty tubes", "empty container", "empty containers", "empty packaging",
    "empty … bottles", "empty … cans", "empty … boxes", "empty … jars", "empty … tins", "empty … tubes",
    "shoe box", "shoe boxes", "dust bag", "dust bags", "label", "labels", "woven label", "woven labels", "neck label",
    "neck labels", "hang tag", "hang tags", "hangtag", "hangtags", "swing tag", "swing tags", "tags", "patch", "patches",
    "leather patch", "leather patches", "can sleeves", "blister cards", "blister packaging", "stickers",
    "logo stickers", "tissue paper", "leere dosen", "leere flaschen", "leere schachteln", "etiketten", "etiquetas",
    "etichette", "etiquettes", "botellas vacias", "latas vacias", "flacons vides", "boites vides", "空罐", "空瓶", "空盒",
    "空桶", "空箱", "吊牌", "领标", "织唛", "皮标", "洗水标", "空き箱", "空き瓶", "空き缶", "タグ", "빈 박스", "빈병",
]
# (refusal39) "white label", "private label": a maker's own-brand trade, no label sold
_WHITE_LABEL = re.compile(r"(?:white|private|own)[\s-]$", re.IGNORECASE)
# packaging by the ten or more is stock for copies, not a collector's box
PACKAGING_UNITS = 10
LOGO_SERVICE = [
    "oem/odm", "oem odm", "odm", "any logo", "your logo", "logo customized", "logo customised", "customized logo",
    "customised logo", "custom logo", "logo custom", "brand logo available", "logo available", "logo can be customized",
    "logo on request", "logo on demand", "private logo", "logo printing service", "accept logo", "accept customized logo",
    "logo personalizado", "logo personnalise", "logo nach wunsch", "logo personalizzato", "贴牌", "可定制logo",
    "定制logo", "来图定制", "来样定制", "代工", "加logo", "印logo", "ロゴ入れ", "ロゴカスタム",
    # any brand offered (refusal39): "cualquier marca disponible", "любой бренд", "原版logo可做"
    "any brand available", "all brands available", "cualquier marca", "qualquer marca", "n'importe quelle marque",
    "jede marke", "qualsiasi marchio", "любой бренд", "любые бренды", "semua merek", "原版logo", "大牌logo可做",
]
# the logo services that put the BUYER's own logo on the goods ("custom logo", "your logo", private label): beside a
# likeness ("Nike-inspired hoodie, custom logo available") they make a dupe under the buyer's brand, not the brand's
# copy (tests/eval/adversary trap_style_no_logo); "any logo", "brand logo available" and 贴牌 still count there
BUYER_LOGO = frozenset({
    "your logo", "logo customized", "logo customised", "customized logo", "customised logo", "custom logo",
    "logo custom", "custom … logo", "logo can be customized", "logo on request", "logo on demand", "private logo",
    "accept customized logo", "logo personalizado", "logo personnalise", "logo nach wunsch", "logo personalizzato",
    "可定制logo", "定制logo", "ロゴカスタム",
})
# (private56, issue 9) a print service's words ("custom printed", "custom print") are a printer's, and the print is the
# BUYER's when the listing says whose logo it prints: a BUYER_LOGO term, or the customer's own logo named ("printed with
# the customer's own logo", "client's logo", "your brand, your label"); beside a likeness or a fit ("gift boxes that fit
# items like <model>") it is a packaging or blank maker's service, not a bootleg of the brand's mark (index._buyer_logo)
PRINT_SERVICE = frozenset({"custom print", "custom printed"})
_CUSTOMERS_LOGO = re.compile(r"(?<![a-z])(?:(?:the )?(?:customer|client|buyer)(?:'s|s'|s)? (?:own )?(?:logo|logos|brand|"
                             r"label|artwork|design)|your (?:own )?(?:brand|label)|(?:your|their) own logo)(?![a-z])")


def buyer_logo_said(text: ListingText) -> bool:
    """Whether the listing says the logo it prints or puts on the goods is the buyer's own (BUYER_LOGO, _CUSTOMERS_LOGO)."""
    latin = text.latin.lower()
    return _CUSTOMERS_LOGO.search(latin) is not None or any(
        t in latin for t in ("your logo", "custom logo", "customized logo", "customised logo", "private logo"))


# the evidence's words for a factory's order terms read as a logo service (TradeReader.read; order_terms)
ORDER_TERMS = "a factory's order terms"
B2B_ORDER = ["moq", "min order", "minimum order", "fob", "sample fee", "container order", "factory price",
             "factory direct", "wholesale", "起订", "起批", "工厂直销", "样品费"]
BOOTLEG = [
    "bootleg", "custom print", "custom printed", "custom … logo", "custom logo", "dtg print", "dtg printed",
    "hand-painted", "hand painted", "handpainted", "custom painted", "for mods", "for mod", "mod parts", "seiko mod",
    "selbst bedruckt", "personnalise logo", "定制印花", "手绘",
    # (kit51) another house's mark applied to genuine goods: "customised by me with Gucci GG panels" (the mark named
    # after the words is the one applied: index._painted_brand, APPLIED_WITH)
    *(APPLIED_WITH := (
        "customised … with", "customized … with", "customised with", "customized with", "customisees avec",
        "customisee avec", "customises avec", "customise avec", "personnalisees avec", "personnalise avec",
        "personalizado con", "personalizados con", "personalizadas con", "personalizada con", "customizado com",
        "customizados com", "customizada com", "customizadas com", "personalizzate con", "personalizzato con",
        "personalizzati con", "individualisiert mit", "gecustomized met", "customowane z")),
]
# the painter's own art on genuine goods ("my own artwork – no other brands' logos"): a painted custom of no house's mark
_OWN_ART = re.compile(r"(?<![a-z])(?:(?:my|our) own (?:art ?work|art|designs?|illustrations?|drawings?)|original art ?work|"
                      r"no (?:other )?(?:brands?'?|houses?'?|designer) ?(?:logos?|marks?)|mon propre dessin|"
                      r"mi propio dise[nñ]o|meu proprio desenho|eigenes design)(?![a-z])")
# the painted bootleg's words, which paint on genuine goods also says (condition.modified: "genuine, hand-painted custom")
_PAINTED = frozenset({"hand-painted", "hand painted", "handpainted", "custom painted"})
# "bootleg" as a cut of jeans or trousers, or a recording
_BOOTLEG_STYLE = re.compile(r"bootleg\W{1,3}(?:jeans?|cut|fit|pants?|trousers?|leg|denim|recording|live|cd|vinyl|lp|tape)")


# (lore30, issue 9) goods made by the brand's former staff "with the same pattern/methods": a former employee's copy.
# A former craftsman, worker or employee of some house (a word of the staff after "former", "ex-", "retired", 前, 元,
# 전직 ...) and a claim that the goods are made the same way as the house's (same pattern, methods, materials, mould,
# 同款工艺, 同じ型紙, mismo patrón): the story of a copy ("handmade by a former Rolex artisan, same pattern"). The staff
# alone is a biography, a CV or a service ("former Rolex watchmaker offers servicing", "founded by an ex-Nike
# designer"): no cue. Words: each language's words for former staff and for "same pattern/method" (from memory).
_STAFF = (r"(?:artisans?|craftsm[ae]n|craftswom[ae]n|craftspeople|crafts ?person|leather ?workers?|leathersmiths?|"
          r"watchmakers?|workers?|employees?|staff|technicians?|engineers?|designers?|tailors?|seamstress(?:es)?|"
          r"shoemakers?|cobblers?|jewell?ers?|goldsmiths?|factory (?:workers?|technicians?|staff|employees?)|"
          r"artesan[oa]s?|emplead[oa]s?|trabajador(?:a|es)?|operari[oa]s?|ouvri(?:er|ere)s?|employes?|artisane?s?|"
          r"handwerker(?:in)?|mitarbeiter(?:in)?|angestellter?|artigian[oi]|dipendenti?|operai[oa]?|artesaos?|"
          r"funcionari[oa]s?|rzemieslni(?:k|cy)|pracowni(?:k|cy))")
_FORMER = re.compile(r"(?<![a-z0-9])(?:former|formerly|ex|retired|old|ehemalige[rn]?|ancien(?:ne)?s?|antiguo|antigua|"
                     r"exempleado|ex-empleado|byly|eski|ex-?dipendente)(?:[ -]+[a-z0-9&'.]+){0,3}[ -]+" + _STAFF
                     + r"(?![a-z])|(?<![a-z0-9])" + _STAFF + r" (?:antiguo|antigua|antiguos|ancien|ancienne|former|"
                     r"retired|ehemaliger)(?: de| da| do| von| of| bei| chez)?(?![a-z])|(?<![a-z0-9])" + _STAFF + r" (?:who )?(?:formerly |once |previously |used to )?"
                     r"(?:worked|working|trained) (?:\w+ ){0,3}(?:at|in|for)(?![a-z])|(?<![a-z0-9])(?:worked|trained) "
                     r"(?:\w+ ){0,3}(?:years? )?(?:at|in|for) (?:[a-z0-9&'.]+ ){0,3}(?:factory|atelier|workshop|workshops|"
                     r"plant|manufactory|maison)(?![a-z])")
_FORMER_WIDE = re.compile(r"(?:前|原|元|退休|离职|離職|전직|전\s)[^\s、，,。]{0,8}?(?:\s[^\s、，,。]{1,8}){0,2}?(?:工匠|师傅|師傅|员工|員工|技师|技師|职人|職人|工人|"
                          r"設計師|设计师|スタッフ|社員|従業員|장인|직원|디자이너)")
_SAME = re.compile(r"(?<![a-z0-9])(?:same|identical|exact|exactly the same|the very same)(?: [a-z]+)?? (?:pattern|patterns|"
                   r"method|methods|materials?|moulds?|molds?|leather|hardware|process|processes|techniques?|"
                   r"craftsmanship|workmanship|template|templates|lasts?|cut|specs?|production|stitching|recipe)"
                   r"(?![a-z])|(?<![a-z0-9])(?:identical|same) (?:to|as) (?:the )?(?:original|retail|boutique|authentic)"
                   r"(?![a-z])|(?<![a-z0-9])(?:mism[oa]s?|meme|memes|gleiche[nrs]?|stess[oaie]|mesm[oa]s?|takie same|"
                   r"ten sam) (?:patron|patrones|metodo|metodos|materiales?|materiaux|molde|moldes|moule|schnittmuster|"
                   r"materialien|methode|modello|materiali|metodo|materiais|wykrój|wykroj|materialy)(?![a-z])")
_SAME_WIDE = re.compile(r"同款|同样工艺|同樣工藝|同工艺|同工藝|一样的工艺|一樣的工藝|原厂工艺|原廠工藝|原厂皮料|原廠皮料|原版型|"
                        r"同じ型紙|同じ製法|同じ素材|同じ工程|同じ作り|같은 공법|같은 패턴|동일한 공정|동일 공정")
_STAFF_ANCHORS = frozenset({"former", "formerly", "ex", "retired", "old", "worked", "trained", "ehemalige", "ehemaliger",
                            "ancien", "ancienne", "antiguo", "antigua", "exempleado", "byly", "eski"})


def former_staff(text: ListingText) -> tuple[int, int] | None:
    """The span (in the original joined text) of a claim that the goods were made by a former employee of some house the
    same way as the house's, else None (gate: an anchor word in the latin view, or a wide form in the text)."""
    wide = not text.is_ascii and _FORMER_WIDE.search(text.nfkc) is not None
    if not wide and text.latin_words.isdisjoint(_STAFF_ANCHORS):
        return None
    latin = text.latin.lower()
    staff = _FORMER.search(latin)
    if staff is None and not wide:
        return None
    if staff is not None and (same := _SAME.search(latin)) is not None:
        return text.original_span("latin", same.start(), same.end())
    if not text.is_ascii and (same := _SAME_WIDE.search(text.nfkc)) is not None and (staff is not None or wide):
        return text.original_span("nfkc", same.start(), same.end())
    if staff is not None and not text.is_ascii and (same := _SAME_WIDE.search(text.nfkc)) is not None:
        return text.original_span("nfkc", same.start(), same.end())
    return None


# (kit51, issue 9) a piece priced by the weight of its gold and the labour: a jeweller's made piece, no house's (a house
# prices a piece by the piece, and its used pieces fetch far more than their metal). The phrase and a precious metal
# word in the text (not "coffee sold by weight"); the brand named beside it is the mark engraved on the jeweller's copy.
# Words: the jewellers' price terms in the marketplaces' languages (weight + making charge, 按克计价 + 工费, gram fiyatı
# + işçilik, ค่ากำเหน็จ), from memory; no held-out listing's wording.
_BY_WEIGHT = re.compile(
    r"(?<![a-z0-9])(?:(?:priced?|sold|charged|selling) (?:by|per|on|according to) (?:the )?(?:weight|gram|gramme)|"
    r"(?:price|priced|cost) (?:is |=|: ?)?(?:gold )?weight ?(?:\+|plus|and|&) ?(?:labou?r|making|workmanship)|"
    r"(?:weight|gold) ?(?:\+|plus|&) ?(?:labou?r|making charges?|workmanship)|by weight|per gram|by the gram|"
    r"making charges?|not (?:the )?brand(?:'s)? price|no brand premium|precio (?:por|al) (?:gramo|peso)|"
    r"(?:se )?vende (?:por|al) peso|preco (?:por|da) grama|vendid[oa] (?:por|ao) peso|prix au gramme|(?:vendu|prix) au poids|"
    r"nach (?:gold)?gewicht|grammpreis|preis pro gramm|prezzo al grammo|venduto a peso|gram fiyat[ıi]|ağırlığa göre|"
    r"agirliga gore|iscilik dahil|işçilik dahil|по весу|цена за грамм|cena za gram|na wag[eę]|harga per gram|"
    r"ongkos bikin|t[ií]nh theo tr[oọ]ng l[uư][oợ]ng)(?![a-z])")
_BY_WEIGHT_WIDE = ("按克", "克价", "工费", "论克", "グラム売り", "重量売り", "그램당", "중량 가격", "공임", "ราคาตามน้ำหนัก",
                   "ค่ากำเหน็จ", "بالوزن", "سعر الجرام", "المصنعية")
_PRECIOUS = re.compile(r"(?<![a-z0-9])(?:(?:8|9|10|14|18|21|22|24) ?(?:k|kt|ct|karat|carat|kar|ayar|ayarl[ıi]k)|"
                       r"750|585|916|999|solid gold|pure gold|real gold|massivgold|oro macizo|ouro macico|or massif|"
                       r"platinum|platino|platin)(?![a-z])")
# (not "gold" alone: "Nescafé Gold refill sold by weight" is coffee)
_PRECIOUS_WIDE = ("18K金", "18k金", "足金", "黄金", "K金", "18금", "14금", "ทองคำ", "ذهب عيار", "プラチナ")
_WEIGHT_ANCHORS = frozenset({"weight", "gram", "gramme", "making", "brand", "precio", "preco", "vende", "vendido",
                             "vendida", "prix", "vendu", "gewicht", "goldgewicht", "grammpreis", "preis", "prezzo",
                             "venduto", "gram", "fiyati", "agirliga", "iscilik", "cena", "wage", "harga", "ongkos",
                             "tinh", "charges", "charge", "весу", "грамм", "peso"})


def by_weight(text: ListingText) -> tuple[int, int] | None:
    """The span (in the original joined text) of a price by the gold's weight (and labour), in a listing that names a
    precious metal, else None."""
    wide = not text.is_ascii
    if text.latin_words.isdisjoint(_WEIGHT_ANCHORS) and not wide:
        return None
    latin = text.latin
    if (m := _BY_WEIGHT.search(latin)) is not None and _PRECIOUS.search(latin) is not None:
        return text.original_span("latin", m.start(), m.end())
    if wide and any(w in text.nfkc for w in _PRECIOUS_WIDE) or _PRECIOUS.search(latin) is not None:
        for w in _BY_WEIGHT_WIDE:
            if (at := text.nfkc.find(w)) >= 0:
                return text.original_span("nfkc", at, at + len(w))
    return None


# (kit51, issue 9) a "salon", "backbar", "spa" or "professional" size of a house's retail skincare, make-up or
# fragrance: the prestige houses sell those lines in retail sizes only (a backbar size is the hair trade's, through its
# professional ranges), so the trade size is the copy's story for a big bottle at a unit's price. Not read beside a
# professional range's name (L'Oréal Professionnel, Kérastase, Redken, Shiseido Professional ...: PRO_RANGES), nor for
# goods of other kinds (a salon's litre of shampoo, a barber's clipper). Words: the beauty trade's size terms in the
# marketplaces' languages, from memory; no held-out listing's wording.
_TRADE_SIZE = re.compile(
    r"(?<![a-z0-9])(?:(?:salon|back ?bar|spa|professional|pro|cabin|clinic|institute|artist|makeup[- ]artist)[ -](?:size|"
    r"sized|format|bottle|jar)|backbar|back bar|salon use only|for salon use|professional use only|"
    r"tamano (?:profesional|salon)|formato (?:profesional|salon|cabina)|tamanho profissional|format (?:professionnel|"
    r"cabine)|taille professionnelle|profi[- ]?gro(?:ss|ß)e|salongro(?:ss|ß)e|formato professionale|"
    r"profesyonel boy|salon boyu|профессиональный объем|салонный объем|ukuran salon|ukuran profesional)(?![a-z])")
_TRADE_SIZE_WIDE = ("院装", "院線装", "院线装", "美容院装", "院用", "業務用", "サロン専用", "サロンサイズ", "살롱용", "업소용", "대용량 살롱")
PRO_RANGES = re.compile(r"(?<![a-z0-9])(?:(?:l'?oreal|shiseido|wella|schwarzkopf|paul mitchell|babyliss|tigi|revlon|"
                        r"kemon|alfaparf) pro(?:fessional|fessionnel|fissional)?s?|kerastase|redken|matrix|pureology|"
                        r"biolage|goldwell|davines|olaplex|sublimic|majirel|inoa|igora|for dental)(?![a-z])")
_BEAUTY_GOODS = re.compile(r"(?<![a-z0-9])(?:serums?|creams?|cremes?|moisturi[sz]ers?|foundations?|concentrates?|essences?|"
                           r"toners?|lotions?|eye creams?|night repair|perfumes?|parfums?|eau de (?:parfum|toilette)|"
                           r"fragrances?|skin ?care|make ?up|cosmetics?|sunscreens?|cleansers?|masks?|ampoules?|"
                           r"soro|siero|suero|crema|creme|tonico|parfum|духи|сыворотка|крем)(?![a-z])")
_SIZE_ANCHORS = frozenset({"salon", "backbar", "back", "spa", "professional", "pro", "cabin", "clinic", "institute",
                           "artist", "tamano", "formato", "tamanho", "format", "taille", "profi", "salongrosse",
                           "profigrosse", "professionale", "profesyonel", "профессиональный", "салонный", "ukuran"})


def trade_size(text: ListingText, category: str | None) -> tuple[int, int] | None:
    """The span (in the original joined text) of a salon or professional size claimed in the title of a beauty
    listing that names no professional range, else None."""
    wide = not text.is_ascii
    if text.latin_words.isdisjoint(_SIZE_ANCHORS) and not wide:
        return None
    cut = text.latin.find("\n")
    title = text.latin if cut < 0 else text.latin[:cut]
    if PRO_RANGES.search(text.latin) is not None:
        return None
    if _BEAUTY_GOODS.search(title) is None and _BEAUTY_GOODS.search(latin_text(category or "").lower()) is None:
        return None
    if (m := _TRADE_SIZE.search(title)) is not None:
        return text.original_span("latin", m.start(), m.end())
    if wide:
        head = text.nfkc[:len(text.title)]
        for w in _TRADE_SIZE_WIDE:
            if (at := head.find(w)) >= 0:
                return text.original_span("nfkc", at, at + len(w))
    return None


@dataclass(frozen=True, slots=True)
class TradeWord:
    """One reading of this module or of community.py: its `source` ("trade", "community"), its `kind` (here
    paperwork, packaging, logo_service, bootleg; community.py's toy_ko, repro, design_file, trade_code), the `term` that
    says it (as its lexicon holds it), where (`field`, `start`, `end`: offsets in that field, as Evidence's), the `text`
    as written, `why`, and its span in the original joined text (`joined`). The evidence of a cue carries it
    (Evidence.trade_word); its term, as a user reads it, is `named`."""

    source: str
    kind: str
    term: str
    field: str
    start: int | None
    end: int | None
    text: str
    why: str
    joined: tuple[int, int] = (0, 0)

    @property
    def named(self) -> str:
        """The cue's term in the evidence: "trade bootleg: custom painted", "community toy_ko: KO"."""
        return f"{self.source} {self.kind}: {self.term}"


class TradeReader:
    """The lexicons compiled once per index; `read` per listing that names a brand."""

    def __init__(self) -> None:
        self._paperwork = Lexicon(PAPERWORK)
        self._forged = Lexicon(FORGED)
        self._packaging = Lexicon(PACKAGING)
        self._logo = Lexicon(LOGO_SERVICE)
        self._order = Lexicon(B2B_ORDER)
        self._bootleg = Lexicon(BOOTLEG)
        # a word every Latin term holds (its longest): a listing with none of them and no wide characters reads nothing
        self._anchors = frozenset(max(re.split(r"[^a-z0-9]+", latin_text(t).lower()), key=len)
                                  for t in (*PAPERWORK, *FORGED, *PACKAGING, *LOGO_SERVICE, *B2B_ORDER, *BOOTLEG)
                                  if t.isascii() or latin_text(t).strip())

    def read(self, listing: Listing, text: ListingText, eur: float | None = None) -> list[TradeWord]:
        """Every kind of trade the listing's title and description state (at most one reading a kind), in the order of
        the kinds above; [] for almost every listing. `eur`: the listing's price in EUR (None: no price), which tells a
        trinket (unlicensed.py)."""
        out: list[Trade] = []
        if (goods := unlicensed_goods(text, eur)) is not None:
            kind, span, why = goods
            field, start, end, said = text.locate(*span)
            out.append(TradeWord("trade", "unlicensed", kind, field, start, end, said, why, span))
        if (same := former_staff(text)) is not None:
            field, start, end, said = text.locate(*same)
            out.append(TradeWord("trade", "former_staff", "former staff, same pattern", field, start, end, said,
                                 "goods said to be made by a former employee of the house the same way as its own: "
                                 "a copy's story", same))
        if (sized := trade_size(text, listing.category if listing is not None else None)) is not None:
            field, start, end, said = text.locate(*sized)
            out.append(TradeWord("trade", "trade_size", "salon or professional size", field, start, end, said,
                                 "a salon or professional size of a house's retail beauty line: the house sells it in "
                                 "retail sizes only", sized))
        if (weighed := by_weight(text)) is not None:
            field, start, end, said = text.locate(*weighed)
            out.append(TradeWord("trade", "by_weight", "priced by weight", field, start, end, said,
                                 "a piece priced by its gold's weight and labour: a jeweller's made piece with the "
                                 "house's mark, no house's own", weighed))
        if text.is_ascii and text.latin_words.isdisjoint(self._anchors):
            return out  # most listings: none of the trade's words
        title_end = len(text.title)
        units = None

        def _units() -> int:
            nonlocal units
            if units is None:
                units = retail_units(text.title)[0]
                if units < 2 and (q := read_quantity(text.title)).count is not None:
                    units = q.count  # "50 sets", "100 pcs" of paperwork: every count counts here
            return units

        named = self._paperwork.find(text)
        # papers after a word of inclusion come with goods ("with warranty card"), unless they are forged ("with IMEI
        # label printing", "box with blank warranty card")
        papers = [f for f in named if not _included(text.original, f.start)]
        if named:
            forged = self._forged.find(text)
            kinds = {latin_text(f.term) for f in papers} | {
                latin_text(f.term) for f in self._packaging.find(text) if f.start < title_end}
            if forged:
                out.append(self._trade(text, "paperwork", named[0], f"the paperwork is sold '{_said(text, forged[0])}': "
                                       "forged papers for a copy"))
            elif papers and papers[0].start < title_end and ((_units() >= 2 and _counted(text.original, papers[0]))
                                                               or len(kinds) >= 3):
                out.append(self._trade(text, "paperwork", papers[0], "the paperwork is what is sold, by the several or as a "
                                       "kit: papers to pass a copy as genuine"))
        if (packs := [f for f in self._packaging.find(text) if f.start < title_end and not _WHITE_LABEL.search(
                text.original[max(0, f.start - 9):f.start])]) and _units() >= PACKAGING_UNITS:
            out.append(self._trade(text, "packaging", packs[0], f"the brand's packaging or trims by the {_units()}: stock "
                                   "for filling or finishing copies, not a collector's box"))
        order = self._order.find(text)
        if logo := self._logo.find(text):
            out.append(self._trade(text, "logo_service", logo[0], "a factory offers to put a logo on the goods: no "
                                   "brand's own goods are made to a buyer's logo order"))
        elif len({latin_text(f.term) for f in order}) >= 2:
            out.append(self._trade(text, "logo_service", order[0], ORDER_TERMS + " ("
                                   + ", ".join(dict.fromkeys(_said(text, f) for f in order)) + ") on the brand's goods"))
        if (boot := [f for f in self._bootleg.find(text) if not _BOOTLEG_STYLE.match(latin_text(text.original[f.start:f.start + 30]).lower())]) and all(
                latin_text(f.term) in _PAINTED for f in boot) and modified(text) is not None:
            boot = []  # "Nike Air Force 1 – genuine, hand-painted custom": paint on genuine goods (condition.modified)
        if boot and all(latin_text(f.term) in _PAINTED for f in boot) and _OWN_ART.search(text.latin) is not None:
            boot = []  # (kit51) "hand-painted sunflowers … my own artwork, no other brands' logos": the painter's art
        if boot:
            out.append(self._trade(text, "bootleg", boot[0], "a bootleg or custom print of the brand's mark: made "
                                   "without licence"))
        return out

    @staticmethod
    def _trade(text: ListingText, kind: str, found: Found, why: str) -> TradeWord:
        field, start, end, said = text.locate(found.start, found.end)
        return TradeWord("trade", kind, found.term, field, start, end, said, why, (found.start, found.end))


def order_terms(word: TradeWord) -> bool:
    """Whether a trade word is a factory's order terms (MOQ, FOB, wholesale: B2B_ORDER, two of them), read as a logo
    service with no logo offered; a distributor states the same terms (retail.distributor_terms)."""
    return word.source == "trade" and word.kind == "logo_service" and word.why.startswith(ORDER_TERMS)


def _said(text: ListingText, f: Found) -> str:
    return text.original[f.start:f.end]


# (precision30) a count of the title's goods ("Gillette Fusion5 8 cartridges – 100% genuine, receipt") is no count of
# papers: the papers are sold by the several when they are the word counted (plural, or a number just before them)
_COUNT_AFTER = re.compile(r"\W{0,3}(?:x\s?)?\d")
_COUNT_BEFORE = re.compile(r"\d\s*(?:x|pcs|pieces|sets?|stk|шт|个|張|枚|장)?\W{0,3}$")


def _counted(original: str, f: Found) -> bool:
    """Whether the paperwork `f` is itself what a count counts: a plural term ("receipts", "warranty cards"), a
    wide-script term (no plural to tell), or a number right before or after it ("50 receipt", "warranty card x10")."""
    said = original[f.start:f.end]
    if not said.isascii() or said.casefold().endswith("s"):
        return True
    return (_COUNT_BEFORE.search(original[max(0, f.start - 12):f.start]) is not None
            or _COUNT_AFTER.match(original, f.end) is not None)


def _included(original: str, start: int) -> bool:
    """Whether the papers at `start` follow a word of inclusion ("with warranty card", "box and papers")."""
    return bool(_INCLUDED.search(latin_text(original[max(0, start - 30):start]).lower()))
