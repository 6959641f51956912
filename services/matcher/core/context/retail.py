"""Whether a listing reads as a retailer's: the brand's goods named plainly at a genuine unit's price.

A price floor (registry `price_floors`, a model's `price_floor`) is the least a new, full-size unit sells for through
ordinary channels (condition.py). A listing that names the brand's goods plainly in its title at or above that floor,
with nothing of the copy trade around it, is a retailer the registry does not list (rule `fair_price`, scoring.py):
an unlisted seller at a fair price is no counterfeit cue by itself. A copy at a fair-looking price still shows its
trade somewhere, and then the price proves nothing (`not_retail` says what):

- the words of the copy trade that the cue lexicon leaves out because honest listings use them too, or because they
  say a grade rather than a copy: quality and grade talk ("top quality", "best grade", "jakość jak oryginał",
  "топ качество", 品质, 품질), copy words of many languages ("kopia", "копия", "کپی", Turkish "birebir": one-to-one), factory tales ("factory price",
  "cancelled export order", 工厂尾单); a retailer sells the brand's product, it does not vouch for the copy's quality;
- cheapness claimed in words or as a deep discount ("cheap", "-85%", "pallet price", "liquidation"): a fair price
  that says it is cheap is no fair price;
- a tester ("tester", "testeur", テスター): not for sale, the commonest cover of decanted and copied perfume;
- a wholesale lot (condition.py `lot`): the price is for many units, not one;
- the brand named only outside the title (photo, item specifics, description, shop, URL) or with invisible characters
  inside the mark: a retailer writes the brand in the title as it is spelt (or on a line of its options list under a
  generic title, `option_line`);
- a tag cloud of three brands or more: the brands' names as search keywords ("nike adidas puma gucci"), not a list
  of items each brand's goods name (`listed_items`: a retailer's gift set, hamper, bundle or lot, a shop's header of
  the houses it carries before the item it sells);
- a brand that sells prescription medicines (judge.py `sells_medicines`): a marketplace offer of them is the
  counterfeit trade's, whatever its price.

Source of the words: written for BrandSentry from general knowledge of how replica and grey sellers word their titles
on marketplaces and social shops in the languages of phrasebook.py (the same trade the cue lexicon and
REPLICA_TRADE_TERMS describe); nothing is taken from a held-out set.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from schemas import Listing, Rule
from services.matcher.core.context.tag_lines import tag_spans
from services.matcher.core.prefilter import gated
from services.matcher.core.context.admitted import not_goods_copy, rep_not_goods
from services.matcher.core.context.community import batch_code
from services.matcher.core.context.condition import LOT_TERMS, genuine_claim, lot_offer
from services.matcher.core.context.discounts import DEEP, read_discount
from services.matcher.core.context.lexicon import Lexicon, outside_senses
from services.matcher.core.context.official_stores import off_platform, official_store, trade_named
from services.matcher.core.context.phrasebook import RETAIL_SENSES
from services.matcher.core.normalise import ListingText, without_breaks, compact_key, latin_text, skeleton_key
from services.matcher.core.scoring import DISGUISES, MARK_RULES, Evidence, written_as_its_script_does
from services.matcher.core.orthography import foreign_digits

# quality and grade talk, copy words, factory tales (Latin terms are matched as whole words of the latin view, so
# accents do not matter; wide terms anywhere)
COPY_TRADE_TALK = (
    # en
    "quality", "top quality", "high quality", "best quality", "premium quality", "highest quality",
    "best grade", "top grade", "highest grade", "copy", "copies", "same as the original",
    "like the original", "like original", "as original", "identical to the original", "counter version",
    "counter quality", "factory price", "factory direct", "direct from factory", "from the factory", "factory outlet",
    "factory overrun", "overrun", "export order", "cancelled order", "canceled order", "surplus stock", "tester",
    # (fresh54b) a factory's samples of the brand's goods sold by the piece ("factory sample, 20 pcs available", "from
    # our sample room"), and a staff purchase sold as a standing channel ("staff purchase channel", 内购渠道): factory
    # and trade tales, as the overrun's
    "factory sample", "factory samples", "pre-production sample", "pre-production samples", "preproduction sample",
    "sample room", "sales sample", "sales samples", "staff purchase channel", "internal channel", "internal purchase channel",
    "内部渠道", "内购渠道", "內部渠道", "內購渠道",
    "rep", "like auth", "like authentic", "like au", "as the original", "to the original", "same specification", "same spec", "oem", "100% genuine",
    "100% original", "100% authentic", "authentic guaranteed", "guaranteed genuine", "guaranteed authentic",
    "100% echt", "100% original", "100% auténtico", "100% authentique", "100% originale", "100% оригинал",
    "100% 정품", "100%正品", "保证正品", "保證正品", "free gift", "+ free", "gift with purchase", "赠品", "贈品",
    # (fresh54b, issue 9) the copy trade's slang of Chinese, Thai, Vietnamese, Korean and Indonesian shops as machine
    # translation writes it in English: 原单 "original single/order", 纯原 "pure original", A货 "A goods", 同款 "same
    # paragraph", 高仿 "high imitation", งานมิเรอร์ "mirror work", เกรดพรีเมี่ยม "premium grade (work)", งานเทียบแท้
    # "compared to genuine", 정품급 "genuine level/grade", 미러급 "mirror class", "bukan ori" (not original): at a fair price
    # they leave the price unexplained (general knowledge of those markets' slang and of how MT renders it)
    "original single", "original order goods", "pure original", "same paragraph", "high imitation",
    "mirror work", "mirror job", "premium grade", "premium grade work", "compared to genuine", "comparable genuine work",
    "genuine level", "genuine grade", "mirror class", "mirror level", "not ori", "bukan ori",
    "no prescription", "without prescription", "no rx", "ohne rezept", "sin receta", "sans ordonnance",
    "senza ricetta", "sem receita", "bez recepty", "без рецепта", "免处方", "無處方", "处方药无需",
    # de, fr, es, pt, it, nl, pl, cs, sk, sv, da, no, ro, hu, tr, id, vi
    "qualität", "qualitat", "kopie", "wie original", "wie das original", "fabrikpreis", "qualité", "qualite",
    "copie", "comme l'original", "prix usine", "testeur", "calidad", "copia", "tipo original", "igual al original",
    "precio de fabrica", "probador", "qualidade", "igual ao original", "preço de fábrica", "testador", "qualità",
    "qualita", "come originale", "prezzo di fabbrica", "kwaliteit", "topkwaliteit", "als origineel", "jakość",
    "jakosc", "jakości", "jakosci", "kopia", "jak oryginał", "jak oryginal", "kvalita", "kvalitní", "kvalitni",
    "kvalitet", "toppkvalitet", "topkvalitet", "högsta kvalitet", "hogsta kvalitet", "calitate", "calitatea", "minőség", "minoseg", "kalite",
    "kaliteli", "muadil", "kopya", "birebir", "kualitas", "chất lượng", "chat luong", "hàng loại 1", "hang loai 1",
    # ru, uk, el, he, ar, fa, hi, th
    "тестер", "تستر", "טסטר", "테스트용",
    "качество", "качества", "копия", "копии", "реплика", "люкс копия", "якість", "копія", "ποιότητα", "ποιότητας",
    "αντίγραφο", "ρεπλίκα", "איכות", "העתק", "רפליקה", "جودة", "جوده", "كوبي", "تقليد", "درجة أولى", "کیفیت",
    "کپی", "فیک", "درجه یک", "क्वालिटी", "गुणवत्ता", "कॉपी", "फर्स्ट कॉपी", "คุณภาพ", "เกรด", "ก๊อป", "งานก๊อป",
    # zh, ja, ko
    "品质", "品質", "质量", "質量", "高品质", "顶级", "頂級", "复刻", "復刻", "原单", "原單", "尾单", "尾單", "工厂", "工廠",
    "厂家直销", "廠家直銷", "同款", "精仿", "高仿", "a货", "コピー", "スーパーコピー", "n品", "高品質", "テスター",
    "품질", "최고급", "레플", "미러", "이미테이션", "st급", "a급", "테스터",
)
# (text57, issue 9) the bare quality words of COPY_TRADE_TALK, no grade, copy or factory tale in them: a retailer praises
# its goods in them too, and a clumsy or machine translation puts them beside its papers ("Very good quality, the item is
# genuine, we sell with the invoice and the guarantee of the manufacturer"). Beside a claim of genuine goods
# (condition.genuine_claim: genuine, authentic, echt, 正品 ..., no copy word beside it) and a fact of provenance
# (`provenance`: receipt, invoice, warranty, proof of purchase) at or above the floor, they are praise, not the trade's
# boast; alone, or beside any other word of the trade, they still refuse the lowering. Source: the same general knowledge
# as COPY_TRADE_TALK, and how machine translation renders sellers' stock phrases (buena calidad, très bonne qualité,
# 质量很好 -> "very good quality")
QUALITY_TALK = frozenset(w.casefold() for w in (
    "quality", "qualität", "qualitat", "qualité", "qualite", "calidad", "qualidade", "qualità", "qualita", "kwaliteit",
    "jakość", "jakosc", "jakości", "jakosci", "kvalita", "kvalitet", "calitate", "calitatea", "minőség", "minoseg",
    "kalite", "kualitas", "chất lượng", "chat luong", "качество", "качества", "якість", "ποιότητα", "ποιότητας", "איכות",
    "جودة", "جوده", "کیفیت", "क्वालिटी", "गुणवत्ता", "คุณภาพ", "品质", "品質", "质量", "質量", "품질"))
# a grade said of the quality, the copy trade's boast however it is proved ("top quality", "Top-Qualität", "qualité
# supérieure", "qualità top", "люкс качество", "最高品質", "AAA quality", "mirror quality"): never praise
_GRADED = re.compile(r"(?<![^\W\d_])(?:top|best|high|higher|highest|premium|superior|sup[ée]rieure?|luxe?|lux|люкс\w*|"
                     r"элит\w*|топ|aaa+\+?|a\+|1:1|mirror|super|ultra|hochwertig\w*|h[öo]chste\w*|beste\w*|"
                     r"meilleure?|mejor|migliore|melhor|najwy[żz]sz\w*|en iyi|grade|class)(?![^\W\d_])|最高|高|顶级|頂級|一流",
                     re.IGNORECASE)


def _praise(original: str, found) -> bool:
    """(text57) Whether a COPY_TRADE_TALK find is bare quality praise: a QUALITY_TALK noun with no grade said of it in
    the few characters around it (_GRADED). Pure."""
    return found.term.casefold() in QUALITY_TALK and _GRADED.search(
        original, max(0, found.start - 14), min(len(original), found.end + 14)) is None


# the listing disowns its own price: the real one is elsewhere ("real price $180, message me", 实价99元, 价格私聊)
# how not_retail names the blocks of a listing whose price field is no price: the text disowns it, or it holds a hold
# price (9999, 99999 ...); index.py reads them (resale55)
DISOWNS_ITS_PRICE = "the listing disowns its price"
PLACEHOLDER_PRICE = "a placeholder price"
PRICE_BAIT = (
    "real price", "actual price", "placeholder", "not the real price", "price here is", "true price", "listed price", "price in dm", "price in chat", "dm for price",
    "message for price", "ask for price", "price on request", "precio real", "prix réel", "prix reel",
    "echter preis", "preis auf anfrage", "prezzo reale", "preço real", "реальная цена", "цена в лс", "标价", "實價",
    "实价", "价格私聊", "價格私聊", "私聊", "拍前咨询", "拍前諮詢", "询价", "詢價",
)
# cheapness said in words
CHEAP_TALK = (
    "cheap", "cheapest", "super cheap", "very cheap", "low price", "lowest price", "best price", "pallet price",
    "wholesale price", "liquidation", "clearance", "dirt cheap", "billig", "günstig", "gunstig", "pas cher",
    "barato", "barata", "economico", "económico", "a buon mercato", "goedkoop", "tani", "tanio", "levné", "levne",
    "billigt", "ieftin", "olcsó", "ucuz", "murah", "giá rẻ", "gia re", "дешево", "дёшево", "недорого", "дешевий",
    "φθηνό", "φθηνα", "זול", "رخيص", "سعر الجملة", "بسعر الجملة", "оптовая цена", "по оптовой цене", "ارزان", "सस्ता", "ราคาถูก", "便宜", "特价", "特價", "清仓", "清倉",
    "甩卖", "激安", "格安", "최저가", "땡처리",
)
# a placeholder price of nines (9999, 99999): the price field says nothing
_PLACEHOLDER = frozenset({9999.0, 99999.0, 999999.0, 9999999.0, 99999999.0})
# (text57) characters that change the direction text is shown in: never typesetting inside a mark
_DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# copy words written in leet ("rep1ica", "r3plica", "f4ke"), by their UTS #39 skeleton (normalise.skeleton_key)
LEET_COPY_WORDS = frozenset(skeleton_key(w) for w in (
    "replica", "replicas", "replika", "fake", "fakes", "copy", "kopie", "kopia", "copia", "clone", "reps", "dupe",
    "imitation", "knockoff", "counterfeit", "superfake", "mirror"))
_LEET_TOKEN = re.compile(r"[a-z]*[0-9$@!|][a-z0-9$@!|]*[a-z][a-z0-9$@!|]*|[a-z]+[0-9$@!|][a-z0-9$@!|]*")
# wide copy words spaced out ("高 仿", "原 单"): the cue lexicon reads them only whole
_SPACED_WIDE = re.compile(r"高\s+仿|原\s+[单單]|复\s+刻|復\s+刻|精\s+仿")
# identity rules that are the mark as a retailer writes it: the mark, a Chinese alias in either script, a model; and the
# mark as the script of the listing's market writes it (scoring.written_as_its_script_does)
_AS_WRITTEN = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.model, Rule.line_break})
BRANDS_OF_A_TAG_CLOUD = 3

# (trade26, issue 9) a lot sold with the trade's paperwork: an invoice (a VAT or tax invoice, the distributor's), the
# document a distributor or cash-and-carry hands a reseller and the copy trade cannot give; beside it a lot's words
# are a distributor's case or carton, not the reason a fair price proves nothing (the copy trade's words, a grade or a
# claim of a copy, still are: not_retail reads on). Source: the trade's words for an invoice in the markets' languages
# (Rechnung, facture, factura, fattura, fatura, faktura, nota fiscal, счёт-фактура, накладная, 发票, インボイス,
# 세금계산서, فاتورة); general knowledge, no held-out listing's string.
_INVOICE = re.compile(r"(?<![a-z0-9])(?:invoices?|invoiced|rechnung|mwst[.-]? ?rechnung|facture|factura|fattura|fatura|"
                      r"fatural[ıi]|faturas[ıi]yla|faktura|faktur|fakturą|nota fiscal|hoa don|счет-фактура|"
                      r"счёт-фактура|накладная|накладной|"
                      r"видаткова накладна)(?![a-z0-9])")
_INVOICE_WIDE = ("发票", "發票", "インボイス", "請求書", "세금계산서", "فاتورة", "ใบกำกับภาษี")


def invoiced(text: ListingText) -> str | None:
    """The word of an invoice the listing offers ("distributor invoice", "VAT invoice", "factura"), else None (the
    comment above). Pure."""
    original = text.original.casefold()
    if (m := _INVOICE.search(original)) is not None:
        return m.group(0)
    return next((w for w in _INVOICE_WIDE if w in original), None)


# (retail27, issue 9) ... but only a case the distributor sells whole: a case, carton, master case or pallet share (a
# packaging unit the invoice bills as one item), with no count of units or minimum order beside it. A lot sold by its
# count ("lot of 20", "bulk 100 pcs", "оптом от 10 шт", "批发 50件起批", "MOQ 50") or by the bare word of the trade in
# many units ("al por mayor", "wholesale" with no case) at one unit's fair price is a copy's price per unit, whatever
# paperwork it names (genuine.py's fake_fair_price_copy). Source: the packaging units of the FMCG and electronics trade
# (case, carton, outer, pallet; Karton, caisse, caja, cartone, doos, karton, коробка, ящик, 箱, ケース, 박스) and the
# marketplaces' minimum-order words (MOQ, 起批, 起订, от N шт, ab N Stück); general knowledge, no held-out string.
_CASE = re.compile(r"(?<![a-z0-9])(?:cases?|cartons?|outers?|pallets?|pallet share|kartons?|karton|caisses?|cajas?|"
                   r"cartoni|cartone|scatol[ae]|doos|dozen|коробк[аи]|ящик[аи]?)(?![a-z0-9])|整箱|箱装|ケース|박스")
_COUNTED = re.compile(r"(?<![a-z0-9])(?:moq|min(?:imum)?\.? order|lot of \d+|lots of \d+|bulk \d+|\d+ ?(?:pcs|pc|pieces|units|"
                      r"stuck|stück|stk|pezzi|piezas|unidades|unidad|pieces|sztuk|szt|adet|шт|штук)|от \d+|ab \d+ (?:stk|stück|stuck)|"
                      r"a partir de \d+|à partir de \d+)(?![a-z0-9])|\d+\s?(?:件|个|個|개|点)|起批|起订|起訂|批发|批發")


def invoiced_case(text: ListingText) -> str | None:
    """The invoice word of a distributor's case sold whole with its invoice (the comments above), else None: a lot
    counted in units or by a minimum order is no case. Pure."""
    if (word := invoiced(text)) is None:
        return None
    original = text.original.casefold()
    return word if _CASE.search(original) is not None and _COUNTED.search(original) is None else None


# (trade51, issue 9) a distributor's standing in the B2B trade: the brand's authorised or registered distributor, dealer
# or importer, or its letter of authorisation, together with a price it states per unit or per case ("Price $42.70 per
# unit", "₹ 10,200/Piece", "$162 per carton of 24"). Beside it a minimum order, FOB and the word wholesale are a
# distributor's terms of sale, not a factory's logo order, and its price is one unit's (or one case's), not a lot's: a
# copy factory states no authorisation the brand could check, and prices a copy at a fraction of the floor, which the
# price rule judges whatever is claimed (this reading is only asked at a price at or above the floor). A lot counted by
# units with no per-unit price ("lot of 20", "MOQ 50") stays a lot. Source: the B2B marketplaces' seller fields
# ("Business Type: Authorized Dealer", "Authorized Distributor", "authorization letter available": IndiaMART, Alibaba,
# TradeKey, Global Sources) and the distribution trade's names in the markets' languages (Vertragshändler, distributeur
# agréé, distribuidor autorizado, yetkili distribütör, distributor resmi, nhà phân phối chính hãng, официальный
# дистрибьютор, 授权经销商, 正規代理店, 공식 수입원, وكيل معتمد); general knowledge, no held-out listing's string.
_DISTRIBUTOR = re.compile(
    r"(?<![a-z])(?:authori[sz]ed (?:\w+ )?(?:distributors?|dealers?|resellers?|importers?|stockists?|wholesalers?|agents?|"
    r"partners?|distribution)|(?:official|registered|licensed|appointed|exclusive|sole|franchised) (?:\w+ )?"
    r"(?:distributors?|importers?|dealers?|distribution|agents?|wholesalers?)|authori[sz]ation letters?|"
    r"letters? of authori[sz]ation|brand authori[sz]ation|distribution (?:agreement|contract|certificate)|"
    r"dealer(?:ship)? certificate|vertragshandler|autorisierter (?:handler|vertriebspartner|distributor|importeur)|"
    r"offizieller (?:handler|vertriebspartner|distributor|importeur)|distributeur (?:agree|officiel|autorise|exclusif)|"
    r"revendeur (?:agree|autorise|officiel)|importateur officiel|distribuid(?:or|ora) (?:autorizad[oa]|oficial|exclusiv[oa])|"
    r"importador oficial|concesionario oficial|revendedor (?:autorizado|oficial)|distributore (?:autorizzato|ufficiale)|"
    r"rivenditore (?:autorizzato|ufficiale)|importatore ufficiale|(?:autoryzowany|oficjalny) (?:dystrybutor|dealer|"
    r"sprzedawca|importer)|dystrybutor (?:autoryzowany|oficjalny)|yetkili (?:distributor|bayi|satici|ithalatci)|"
    r"resmi (?:distributor|bayi|ithalatci)|(?:distributor|agen|dealer|importir) resmi|nha phan phoi (?:chinh hang|uy quyen|"
    r"chinh thuc)|dai ly (?:chinh hang|uy quyen|chinh thuc))(?![a-z])")
_DISTRIBUTOR_WIDE = re.compile(
    r"официальн\w* (?:дистрибьютор|дилер|импорт[её]р|поставщик)|авторизованн\w* (?:дистрибьютор|дилер)|"
    r"授权经销|授權經銷|授权代理|授權代理|品牌授权|品牌授權|授权书|授權書|一级代理|一級代理|总代理|總代理|正规授权|正規授權|"
    r"官方授权|官方授權|正規代理店|正規販売店|正規取扱店|総代理店|공식 ?수입원|공식 ?수입사|정식 ?수입원|공식 ?대리점|공식 ?유통사|"
    r"وكيل معتمد|موزع معتمد|الوكيل الرسمي|موزع رسمي|الموزع الرسمي|अधिकृत (?:डीलर|वितरक)")
# a price stated per unit or per case ("$42.70 per unit", "₹ 10,200/Piece", "€16.10 each", "$162 per carton of 24",
# "¥45/件", "за шт"): the trade's unit of sale, one unit or one packaging case
_PER_UNIT = re.compile(
    r"(?:(?<![a-z])per\s|/\s?)(?:unit|piece|pc|pcs|pair|set|bottle|box|carton|case|pack|can|tin|jar|tube|kit|licen[cs]e|seat|"
    r"item|dozen|pallet|tyre|tire|drum)s?(?![a-z])|(?<![a-z])(?:each|ciascuno|ciascuna|cadauno|cadauna)(?![a-z])|"
    r"(?<![a-z])(?:ea|cad)\.|(?<![a-z])(?:al|a|per) pezzo(?![a-z])|"
    r"(?:por|la|par|pro|za|al|cada) (?:unidad|unidade|piece|unite|stuck|stk|sztuke|sztuka|pieza|caja|carton)(?![a-z])|"
    r"/\s?(?:stuck|stk|szt|adet|cai|chiec|hop)(?![a-z])|(?<![a-z])(?:birim fiyat|harga satuan|don gia|gia le)(?![a-z])")
_PER_UNIT_WIDE = re.compile(r"за (?:шт|штуку|единицу|коробку|упаковку)|/\s?(?:шт|件|个|個|瓶|盒|箱|台|支|双|雙|套|本|개|병|箱)|"
                            r"单价|單價|每件|每个|每箱|每瓶|一件|1件あたり|単価|개당|سعر الوحدة|للقطعة|للكرتون")


def price_per_unit(text: ListingText) -> str | None:
    """(trade56) The words that state the listing's price per unit or per case (_PER_UNIT: "per piece", "/unit",
    "each", "/件"), else None. Pure."""
    if (m := _PER_UNIT.search(text.latin)) is not None:
        return m.group(0)
    if not text.is_ascii and (m := _PER_UNIT_WIDE.search(text.original.casefold())) is not None:
        return m.group(0)
    return None


def distributor_terms(text: ListingText) -> str | None:
    """The words of a distributor's standing (the comment above: an authorised or registered distributor, dealer or
    importer, or its letter of authorisation) when the listing also states its price per unit or per case, not denied
    just before ("no authorised dealer"), else None. The cheap gate: a stem of the trade's words in the text. Pure."""
    original = text.original.casefold()
    latin = text.latin
    found = None
    if any(stem in latin for stem in ("authori", "distribu", "dealer", "import", "official", "registered", "licensed",
                                      "appointed", "exclusive", "sole ", "franchised", "handler", "agree", "autoriz",
                                      "oficial", "ufficiale", "autoryz", "oficjal", "dystryb", "yetkili", "resmi",
                                      "phan phoi", "dai ly", "concesion", "rivendit", "revende")):
        found = next((m.group(0) for m in _DISTRIBUTOR.finditer(latin) if not _denied(latin, m.start())), None)
    if found is None and not text.is_ascii:
        found = next((m.group(0) for m in _DISTRIBUTOR_WIDE.finditer(original)), None)
    if found is None:
        return None
    if _PER_UNIT.search(latin) is None and (text.is_ascii or _PER_UNIT_WIDE.search(original) is None):
        return None
    return found


# (trade56, issue 9) the genuine trade channels of the brand's goods, as their sellers word them beside their papers:
# - "trade": the brand's own wholesale programme for retailers (its price beside the RRP it sets), the brand's own
#   corporate purchasing store (官方企业采购), an authorised distributor's export or parallel trade within the EEA
#   (its distributor named), an authorised channel partner; a distributor's standing (distributor_terms) is one too;
# - "closeout": a retailer's overstock, closeout or liquidation lot sold with its manifest, a closed boutique's
#   previous-season dead stock with the purchase invoices from the official distributor, end-of-line stock.
# The channel is read only beside its papers (TRADE_PAPERS: an invoice, a manifest, a certificate or MAF, import
# declarations, the RRP or retail value a programme or a manifest states, the national warranty 全国联保) and never
# denied; a copy factory's "overrun / tail goods" (尾单, 尾货) is no channel here: it is the copy trade's story. The
# price such a channel asks is judged by index._context_evidence (TRADE_PRICE, by the channel's share of the floor).
# Source: how the trade words these channels (Ankorstore/Faire brand wholesale with "wholesale price / RRP"; B-Stock,
# Liquidation.com, Merkandi closeout and overstock lots "manifested", "retail value"; EEA parallel trade, "parallel
# import from an authorised distributor"; Korean export of genuine goods with import declarations; Tmall/1688 brand
# corporate purchasing stores 官方企业采购, 正品行货, 全国联保, 增值税专用发票); general knowledge, no held-out string.
_TRADE_CHANNEL = re.compile(
    r"(?<![a-z])(?:(?:brand'?s? |official |eu |authori[sz]ed )?wholesale (?:programme|program|account|portal|catalogue|"
    r"catalog)|wholesale (?:for|to) (?:retailers|shops|stores|boutiques|stockists)|(?:for|to) approved (?:retailers|"
    r"stockists|resellers)|corporate (?:purchasing|procurement|sales) (?:store|shop|channel|programme|program)|official "
    r"(?:b2b|corporate) (?:store|shop|channel)|parallel (?:trade|import|imports|importation)|(?:export|exports|exported|"
    r"sourced|bought|supplied|purchased) (?:\w+ ){0,4}from (?:an |the |our |a )?(?:\w+ ){0,2}(?:authori[sz]ed|official|"
    r"appointed|licensed) (?:\w+ )?(?:distributors?|distribution|importers?|dealers?|wholesalers?)|authori[sz]ed (?:channel|"
    r"trade|sales) partners?|gro(?:ss|ß)handel (?:ab|mit) (?:autorisiert|offiziell)\w*|grossiste (?:agree|officiel))(?![a-z])")
_TRADE_CHANNEL_WIDE = re.compile(r"官方企业采购|官方企業採購|企业采购店|企業採購店|品牌官方企业|官方(?:大客户|大客戶|b2b)|正品行货|正品行貨")
_CLOSEOUT_CHANNEL = re.compile(
    r"(?<![a-z])(?:closeouts?|close-outs?|overstock(?:ed)?|over-stock|excess (?:inventory|stock)|surplus (?:stock|inventory)|"
    r"dead ?stock (?:from|of) (?:a |an |the |our )?(?:\w+ ){0,2}(?:boutique|shop|store|retailer|stockist)|"
    r"end[- ]of[- ](?:line|season) stock|previous[- ]season stock|liquidation (?:lot|pallet|stock|of (?:a |the )?"
    r"(?:\w+ ){0,2}(?:retailer|store|shop|boutique|chain)\w*)|(?:retailer|store|shop|boutique|chain)'?s? (?:overstock|"
    r"closeout|surplus|excess stock|dead stock|stock clearance)|closed boutique|boutique (?:that|which) closed|"
    r"restposten|uberbestand|uberhange|lagerauflosung|fin de serie|destockage|surplus de stock|excedentes? de (?:stock|"
    r"inventario)|sobrestock|fine serie|rimanenze di magazzino|fondi di magazzino|nadwyzki magazynowe|koncowki kolekcji|"
    r"stok fazlasi|stoklama)(?![a-z])")
_CLOSEOUT_CHANNEL_WIDE = re.compile(r"складские остатки|остатки склада|стоковые остатки|在庫処分品|在庫処分|재고 정리|재고정리")
# (besides an invoice, `invoiced`: the trade's other papers) a lot's manifest or packing list and the retail value it
# states, for both kinds; a distributor's or dealer's certificate, a MAF or letter of authorisation, import or customs
# declarations, the RRP a programme sets and China's national warranty, for the trade's kind (not a bare "certificate":
# the copy trade sells its own "certificate of authenticity")
_LOT_PAPERS = gated(re.compile(r"(?<![a-z])(?:manifest|manifests|manifested|packing list|retail value|lieferschein|bordereau|"
                               r"bolla)(?![a-z])"))
TRADE_PAPERS = re.compile(
    r"(?<![a-z])(?:(?:distributor|distribution|dealer|dealership|authori[sz]ation|reseller|partner) certificates?|"
    r"certificates? of (?:authori[sz]ation|distribution|origin)|maf|manufacturer'?s? authori[sz]ation(?: form| letter)?|"
    r"authori[sz]ation letter|letter of authori[sz]ation|import declarations?|customs declarations?|customs papers|"
    r"declarations? of import|rrp|msrp|srp|uvp)(?![a-z])")
_TRADE_PAPERS_WIDE = re.compile(r"全国联保|全國聯保|报关单|報關單|授权书|授權書|수입신고")
# a closeout's words said of a factory ("factory overstock", "OEM surplus stock"): the copy trade's overrun story
_FACTORY_BEFORE = re.compile(r"(?:factory|factories|oem|odm|manufacturer'?s?|workshop|fabrik|usine|fabrica|fabbrica)"
                             r"\W+(?:\w+\W+){0,2}$")


# (trade56) the count of units a closeout lot holds as its listing states it ("60 x genuine ...", "24 units of", "lot of
# 48", "lot de 120", "96 Stück", "30 szt", "50 шт", "40件"): the lot's price is for that many units
_LOT_COUNT = re.compile(r"(?<![\w.,/])(\d{1,5})\s?(?:x|×|units?|pcs|pieces|pairs|sets|stuck|stk|szt|sztuk|pezzi|piezas|"
                        r"unidades|unites|adet|sht)(?![a-z])|(?<![a-z])(?:lot|lote|lotto|pallet|palette|"
                        r"partia|posten) (?:of|de|di|mit|z|von) (\d{1,5})(?!\d)")
_LOT_COUNT_WIDE = re.compile(r"(\d{1,5})\s?(?:шт|件|个|個|台|点|개)")


def lot_count(text: ListingText) -> tuple[int, str] | None:
    """(trade56) (count, words) of the units a lot holds, the first count of two or more the title, else the
    description, states (_LOT_COUNT), else None. Pure."""
    for field in (text.title, text.description):
        latin = latin_text(field).lower()
        for pattern, view in ((_LOT_COUNT, latin), (_LOT_COUNT_WIDE, field)):
            for m in pattern.finditer(view):
                n = int(m.group(1) or m.group(2) if pattern is _LOT_COUNT else m.group(1))
                if n >= 2:
                    return n, m.group(0)
    return None


def trade_channel(text: ListingText) -> tuple[str, str, str] | None:
    """(trade56, issue 9) (kind, the channel's words, its papers' word) when the listing sells through a genuine trade
    channel beside its papers (the comment above): kind "trade" (a brand's wholesale programme or corporate store, an
    authorised distributor's export or parallel trade, or distributor_terms' standing) or "closeout" (a retailer's
    overstock or liquidation lot, a closed boutique's dead stock); a channel or paper denied just before ("not from an
    authorised distributor", "no manifest") does not count; else None. Pure; a substring gate first."""
    latin = text.latin
    original = text.original.casefold()
    if (invoice := invoiced(text)) is not None and (at := latin.find(invoice)) >= 0 and _denied(latin, at):
        invoice = None  # "no invoice"
    lot_papers = invoice or next((m.group(0) for m in _LOT_PAPERS.finditer(latin) if not _denied(latin, m.start())), None)
    papers = lot_papers or next((m.group(0) for m in TRADE_PAPERS.finditer(latin) if not _denied(latin, m.start())), None)
    if papers is None and not text.is_ascii:
        papers = next((m.group(0) for m in _TRADE_PAPERS_WIDE.finditer(original)), None)
    if papers is None:
        return None
    for kind, pattern, wide in (("closeout", _CLOSEOUT_CHANNEL, _CLOSEOUT_CHANNEL_WIDE),
                                ("trade", _TRADE_CHANNEL, _TRADE_CHANNEL_WIDE)):
        if kind == "closeout" and lot_papers is None:
            continue  # a lot's papers are its invoice or manifest
        found = next((m.group(0) for m in pattern.finditer(latin) if not _denied(latin, m.start())
                      and not (kind == "closeout" and _FACTORY_BEFORE.search(latin, max(0, m.start() - 30), m.start()))),
                     None)
        if found is None and not text.is_ascii:
            found = next((m.group(0) for m in wide.finditer(original)), None)
        if found is not None:
            return kind, found, lot_papers if kind == "closeout" else papers
    if (standing := distributor_terms(text)) is not None:
        return "trade", standing, papers
    return None


_TEXT_FIELDS = frozenset({"title"})

# (offer52, issue 9) a shop's options list: a header ("Options:", "Variants:", "Colour/Style:", 款式:, 옵션:) and under
# it one line a variant, each led by a bullet or a number. A shop names its goods there as plainly as in a title
# ("Options:\n- adidas Samba OG (new)\n- adidas Samba OG gift-wrapped" under "Sneakers — several options"): the brand
# named on such a line is named plainly; a copy's option line still says its grade ("Style A: … (AAA)"), a cue the
# price proves nothing against. Source: the variant pickers of Amazon, Shopee, Lazada, Temu, AliExpress, Taobao/JD
# (颜色分类, 规格), Rakuten and Coupang (옵션) as sellers copy them into text; general knowledge, no held-out string.
_OPTIONS_HEADER = re.compile(
    r"(?<!\w)(?:options?|variants?|variations?|styles?|colou?rs?|sizes?|models?|versions?|choose|select|choices?|"
    r"available in|opciones|variantes|modelos|estilos|optionen|varianten|auswahl|ausführungen|modèles|choix|"
    r"déclinaisons|opções|opcoes|varianti|modelli|warianty|opcje|опции|варианты|модели|pilihan|varian|tùy chọn|"
    r"phân loại|seçenekler)(?!\w)[^\n]{0,30}[:：]\s*$|(?:款式|规格|規格|颜色分类|顏色分類|型号|型號|選択肢|バリエーション|옵션|선택)"
    r"[^\n]{0,20}[:：]\s*$")
_OPTION_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪►✓✔]|\d{1,2}[.)]|[a-z][.)])[ \t]*")


def option_line(original: str, start: int) -> bool:
    """Whether offset `start` of the joined text lies on a line of an options list (the comment above): a line led by a
    bullet, under a header line of the list's words, with only such lines between. Pure."""
    line_start = original.rfind("\n", 0, start) + 1
    if line_start == 0 or _OPTION_BULLET.match(original, line_start) is None:
        return False
    end = line_start - 1  # the newline ending the line above
    while end > 0:
        above = original.rfind("\n", 0, end) + 1
        line = original[above:end]
        if _OPTION_BULLET.match(line) is not None and line.strip():
            end = above - 1
            continue
        return _OPTIONS_HEADER.search(line.casefold()) is not None
    return False


# (fresh54a, issue 9) a title cut at the marketplace's length limit (eBay's 80 characters, Amazon's and Mercari's
# limits, a feed's 40 or 60) in the middle of a word, the seller's full title opening the description: the word cut is
# the title's own, and a mark that starts in the title and runs on past the cut ("... Fast Ship Callaw" over "... Fast
# Ship Callaway driver") is named in the title as the seller wrote it, no brand kept out of it. The cut is mid-word (a
# letter on both sides of it in the description), so a generic title over a description that adds the brand after it
# is still a brand named only outside the title. An ellipsis a feed appends at the cut is left out. Source: the
# marketplaces' title limits and how listing feeds truncate (general knowledge); no held-out listing's string.
_CUT_MARKS = " \t.…"


def cut_title(title: str, description: str | None, start: int, end: int) -> bool:
    """Whether the description's span [start, end) is a mark the title holds cut at its last, unfinished word: the
    description opens with the title (spaces aside) and the cut falls inside the span, mid-word (the comment above).
    Pure; two prefix tests for almost every listing."""
    if not description or not title:
        return False
    head = title.rstrip(_CUT_MARKS)
    n = len(head)
    if not (start < n < end) or len(description) <= n:
        return False
    if not description.startswith(head) and description[:n].casefold() != head.casefold():
        return False
    return head[-1].isalpha() and description[n].isalpha()


def cut_at_end(title: str, description: str | None, end: int) -> bool:
    """Whether a title's span ending at `end` is its last word cut at the platform's limit: the title ends there
    mid-word and the description opens with it and finishes the word ("… Toyot" over "… Toyota oil filter"): a mark
    read loosely there ("Toyot" one edit from Toyota) is the mark cut, no disguise. Pure."""
    head = title.rstrip(_CUT_MARKS)
    return end == len(head) and cut_title(title, description, end - 1, end + 1)


# (pages57, issue 9) the returns and payment text's "original": the buyer's original payment method, card or account,
# the goods' original packaging or box, the original order or receipt (the usual returns policy wording of shops and
# marketplaces; general knowledge)
_ORIGINAL_OF = frozenset({"to the original", "as the original", "like the original", "like original", "as original"})
_RETURNS_ORIGINAL = re.compile(r"\W+(?:form of )?(?:payment|card|credit card|method|account|bank|packaging|package|box|"
                               r"condition|state|order|receipt|invoice|purchaser|buyer|owner|address|seller|shipping)",
                               re.IGNORECASE)


class RetailReading:
    """The lexicons compiled once per index; `not_retail` per listing with a fair price."""

    def __init__(self, not_cues: list[str] | tuple[str, ...] = ()) -> None:
        self.talk = Lexicon(list(COPY_TRADE_TALK))
        # the trade senses of the same words that a retailer of the brand's own goods writes (phrasebook.RETAIL_SENSES:
        # "OEM approved" oil, a "replica fan" shirt; not "OEM spec", a parts seller's claim)
        self.not_cues = Lexicon([t for t in not_cues if t in RETAIL_SENSES]) if not_cues else None
        self.cheap = Lexicon(list(CHEAP_TALK))
        self.bait = Lexicon(list(PRICE_BAIT))
        self.lots = Lexicon(list(LOT_TERMS))  # condition.py reads no condition in a licence key's listing: a lot still is

    def trade_talk(self, text: ListingText) -> list:
        """The copy trade's talk (COPY_TRADE_TALK) found in the listing, outside the retail senses of its words
        (phrasebook.RETAIL_SENSES: "+ free case", "OEM approved"), as not_retail reads it. Pure."""
        if (found := self.talk.find(text)) and self.not_cues is not None and (senses := self.not_cues.find(text)):
            found = outside_senses(found, senses)
        if found and any(f.term in _ORIGINAL_OF for f in found):
            # (pages57) "refunds are issued to the original payment method", "returned in the original packaging": the
            # returns text's own original, no likeness to the genuine goods
            original = text.original
            found = [f for f in found if f.term not in _ORIGINAL_OF or not _RETURNS_ORIGINAL.match(original, f.end)]
        if found and any(f.term == "n品" for f in found):
            # (trade56) "N品" is the copy trade's grade; "Wilson品牌" is a mark's last letter before 品牌 ("brand")
            original = text.original
            found = [f for f in found if f.term != "n品" or not (
                (f.start > 0 and original[f.start - 1].isascii() and original[f.start - 1].isalpha())
                or original[f.end:f.end + 1] == "牌")]
        return found

    def not_retail(self, listing: Listing, text: ListingText, evidence: list[Evidence], *, lot: str | None,
                   per_unit: bool = False,
                   brands_named: int, medicines: bool, material: str | None, marks: list[str],
                   common_word: Callable[[str], bool] = lambda word: False,
                   denied: Callable[[list], dict] = lambda found: {}, owner: str = "",
                   items_listed: bool = False, elsewhere: Callable[[int, int], bool] | None = None,
                   price_stated: bool = False, closeout: bool = False) -> str:
        """Why a listing at or above the floor is not read as a retailer's, else "" (see the module's docstring).

        evidence: the brand's evidence (identity rules with their field and span in the original joined text);
        lot: the words of a wholesale lot (condition.py), or None; per_unit: the price was judged per unit of the lot
        (index._units: "case of 24 … wholesale"), so a lot is no reason; brands_named: how many brands the listing names;
        medicines: the listing offers the brand's prescription medicines; material: the material, label or patch noun
        the listing names (phrasebook.MATERIAL_NOUNS), or None; marks: the brand's marks (for a seller named after the
        brand); common_word: whether a word is a common word of some language ("neuf" read as Nerf is French); denied: the copy words
        among some lexicon finds that the listing denies ("не копия", "pas une copie": negation.denied_copy_words), by
        span: a retailer who says its goods are no copy writes no copy trade's talk; owner: the brand's name (a unit
        bought from the brand itself is provenance, bought_from_brand, even when the name is an everyday word);
        items_listed: the title lists items of the brands it names (`listed_items`), so many brands are no tag cloud.
        elsewhere(start, end): whether the copy trade's words at that span are said of another brand's item (a lot's
        one copy, a freebie's copy: context/attribution.py), no reason this brand's goods are not a retailer's.
        price_stated: the price is the one the text states in place of a placeholder field (context/placeholders.py):
        the words that disown the field ("actual price", "price on request") are what put it there, no bait.
        closeout: (trade56) the listing sells a closeout lot or dead stock beside its papers (trade_channel): its
        "liquidation" or "clearance" is the channel's reason for the price, not a copy's cheapness."""
        if medicines:
            return "the brand's goods are prescription medicines"
        if lot is None and not per_unit and (found := [f for f in self.lots.find(text) if not lot_offer(
                text.original.casefold(), f.term, f.end)]):
            lot = text.original[found[0].start:found[0].end]
        if lot is not None and not per_unit and invoiced_case(text) is None and distributor_terms(text) is None:
            return f"a wholesale lot ('{lot}'): the price is for many units"
        if brands_named >= BRANDS_OF_A_TAG_CLOUD and not items_listed:
            return f"a tag cloud of {brands_named} brands"
        if material is not None:
            return f"the mark on material, labels or packaging ('{material}')"
        if listing.price is not None and listing.price.amount in _PLACEHOLDER:
            return f"{PLACEHOLDER_PRICE} ({listing.price.amount:g})"
        plain = [e for e in evidence if (e.rule in _PLAIN or e.compound or e.orthography or written_as_its_script_does(e))
                 and e.weight > 0
                 and (e.field in _TEXT_FIELDS or e.start is not None and option_line(text.original, e.start + text.field_offset(e.field))
                      or e.field == "description" and e.start is not None and e.end is not None
                      and cut_title(listing.title, listing.description, e.start, e.end))]
        if not plain:
            return "the brand is not named plainly in the title"
        original = text.original
        spans = [(e.start + text.field_offset(e.field), e.end + text.field_offset(e.field)) for e in evidence
                 if e.rule in MARK_RULES and e.start is not None and e.end is not None and e.field in ("title", "description")]
        if (hidden := text.hidden_characters(spans)) is not None:
            return f"invisible or direction-changing characters in the text ({hidden})"
        for e in evidence:
            if e.hidden_alias:
                return f"the mark is disguised ({e.rule.value}: '{e.text}')"
            if (e.rule not in MARK_RULES or e.rule in _AS_WRITTEN or e.needs_corroboration or e.everyday or e.compound
                    or e.orthography or written_as_its_script_does(e)):
                continue  # orthography: the market's own writing of the mark (orthography.py), no disguise
            if e.rule is Rule.glued and e.start is not None and any(
                    c.compound and c.field == e.field and c.start <= e.start and e.end <= c.end for c in evidence):
                continue  # the head of a compound ("Canadagoose" in "Canadagoosejakke"): the language's plain writing
            if e.rule is Rule.glued and e.start is not None and _in_hashtag(text.original, e.start + text.field_offset(e.field)):
                continue  # (hiding55) "#adidasdaily", "#bmwgram" beside the mark named plainly: a fan's or a shop's hashtag,
                # the platform's way of writing a tag, no disguise ("#rolexrep" is a copy word's: cross_sell.said_of_mark)
            if e.start is not None and any(
                    (p.rule in _PLAIN or written_as_its_script_does(p)) and p.field == e.field and p.start is not None
                    and p is not e
                    and (p.start <= e.start and e.end <= p.end or p.term == e.term and p.start < e.end and e.start < p.end)
                    for p in evidence):
                continue  # the mark written plainly, read again by a looser rule: "Marmont" inside "GG Marmont", "Galaxy
                # Buds2" over "Galaxy Buds" (the model's digit glued on)
            written = without_breaks(_written(text, e)) or e.text or ""  # (text57) typesetting's breaks read through
            if e.rule is Rule.confusable and (_accented(written, e.term) or _decomposed(written, [e.term, *marks])):
                continue  # "L'Oréal", "Estee Lauder": the name with or without its accents, as people write it
            if e.rule not in DISGUISES and e.rule is not Rule.glued and e.text and common_word(e.text):
                continue  # "neuf" read as Nerf: a French word
            if e.rule is Rule.fuzzy and plural_of(e.text, e.term):
                continue  # (genuine31) "Evolution basketballs": the line's name in the plural, as a dealer writes a lot
            if e.field == "title" and e.end is not None and e.rule not in DISGUISES and cut_at_end(
                    listing.title, listing.description, e.end):
                continue  # (fresh54a) the title's last word cut at the platform's limit: the mark cut, no disguise
            if e.rule in DISGUISES or e.rule is Rule.glued or e.weight > 0:
                return f"the mark is disguised ({e.rule.value}: '{e.text}')"
        for e in plain:
            if e.rule is Rule.model and e.text and e.term and compact_key(e.text) != compact_key(e.term):
                return f"the model number written with look-alike characters ('{e.text}')"
            if e.rule is Rule.model and e.text and not e.orthography and foreign_digits(e.text):
                # "Nike CW२२८८-१११" in an English listing: digits of a script the listing is not written in
                return f"the model number written with digits of a script the listing is not written in ('{e.text}')"
            if _DIRECTION.search(written := _written(text, e)):
                return f"invisible characters inside the mark ('{e.text}')"
            written = without_breaks(written)  # (text57) typesetting's breaks (hidden_characters found nothing else)
            if e.rule is Rule.exact and e.term and not e.orthography \
                    and unicodedata.normalize("NFC", written).casefold() != e.term.casefold() \
                    and not _decomposed(written, [e.term, *marks]) and not (_accented(written, e.term) and (
                    written.isascii() or not e.term.isascii()
                    or any(unicodedata.normalize("NFC", written).casefold() == m.casefold() for m in marks))):
                return f"the mark written with letters it is not spelt with ('{written}')"  # "LEGÖ" for LEGO
        seller = latin_text(f"{listing.seller.id} {listing.seller.name or ''}").replace(" ", "")
        named = [*(m for m in marks if m.isascii()), *(e.term for e in plain if e.term and e.rule is not Rule.model)]
        official = None
        for mark in named:
            key = latin_text(mark).replace(" ", "")
            if len(key) >= 3 and key in seller:
                # (session 52) the lead's decision: a shop named after the brand ("Nike Official Store", "Harrods —
                # Nike boutique", "Philips Spares Direct") is judged as any retailer at a fair price, unless its name
                # carries the copy or grey trade's words ("Rolex Outlet 88", "GucciReps", "LV factory") or it moves the
                # sale off the platform (official_stores.py); a claim to be the brand's official store also stands as
                # the retailer's standing (below, and index's street price)
                who = listing.seller.name or listing.seller.id
                if (trade := trade_named(listing.seller.name or "", listing.seller.id)) is not None:
                    return (f"a seller named after the brand ('{who}') that is not its authorized seller, with the "
                            f"trade's words ('{trade}')")
                if (contact := off_platform(original)) is not None:
                    return f"a seller named after the brand ('{who}') with a contact off the platform ('{contact}')"
                official = official_store(listing.seller.name or "", named, listing.seller.id)
                break
        if not price_stated and (found := self.bait.find(text)):
            return f"{DISOWNS_ITS_PRICE} ('{original[found[0].start:found[0].end]}')"
        # the replica trade's batch codes ("LW batch", "[S2 batch]"; not "NEW BATCH", "A batch of": community.batch_code)
        if m := batch_code(original) or _SPACED_WIDE.search(original):
            return f"the copy trade's words ('{m.group(0)}')"
        for token in _LEET_TOKEN.findall(latin_text(original)):
            if skeleton_key(token) in LEET_COPY_WORDS:
                return f"the copy trade's words in leet ('{token}')"
        found = self.trade_talk(text)
        denied_talk = []  # the trade's words a denial refused ("not a copy"; "no fakes, top quality" refuses its quality)
        if found and (refused := denied(found)):
            denied_talk = [f for f in found if (f.start, f.end) in refused]
            found = [f for f in found if (f.start, f.end) not in refused]
        if found and _OUTLET_SEASON.search(text.latin):  # the factory outlet store's past season (`_outlet_store`)
            found = [f for f in found if not _outlet_store(original, f.start, f.end, f.term)]
        if found and (unclaimed := [f for f in found if not _authenticity_claim(original, f)]) != found \
                and (official is not None or provenance(text, [*marks, owner] if owner else marks) is not None) \
                and all(f.term.casefold() in COPY_NOUNS for f in denied_talk):
            found = unclaimed  # the claim proved: see provenance
        if found and all(_praise(original, f) for f in found) and not denied_talk \
                and genuine_claim(original) is not None and provenance(text, [*marks, owner] if owner else marks) is not None:
            found = []  # (text57) "very good quality, the item is genuine, with invoice": a retailer's praise (QUALITY_TALK)
        if found and plain:  # (promo39) a retailer's gift with purchase after the brand's goods (`promotion_gift`)
            found = [f for f in found if not promotion_gift(f.term, f.start, plain)]
        if found and elsewhere is not None:  # (attrib50) said of another brand's item (context/attribution.py)
            found = [f for f in found if not elsewhere(f.start, f.end)]
        if found:  # "copy of receipt included", "please copy the link", "physical copy": no copy of the goods (admitted.py)
            found = [f for f in found if f.term not in ("copy", "copies") or not not_goods_copy(original, f.start, f.end)]
        if found:  # (scripts56) "rep your city", "sales rep", "12 reps": a verb, a person, an exercise (admitted.py)
            found = [f for f in found if f.term.casefold() not in ("rep", "reps") or not rep_not_goods(original, f.start, f.end)]
        if found:
            return f"the copy trade's words ('{original[found[0].start:found[0].end]}')"
        if (found := self.cheap.find(text)) and listing.description and (tags := tag_spans(listing.description)):
            # (pages57) "best price", "cheap" among a tag line's search words: what buyers type, not the shop's claim
            at = text.field_offset("description")
            found = [f for f in found if not any(s <= f.start - at < e for s, e in tags)]
        if found and not closeout:  # (trade56) a closeout's own reason (trade_channel)
            return f"it says it is cheap ('{original[found[0].start:found[0].end]}')"
        if (discount := read_discount(text)) is not None and discount.fraction >= DEEP:
            return f"a deep discount ('{discount.said}')"  # the copy trade's anchor of a made-up list price
        return ""


_PLAIN = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.model})

# (multi50, issue 9) a title that lists items, one a segment: "Gift set: Lancôme Génifique 20ml, Estée Lauder ANR 15ml,
# Shiseido Ultimune 10ml", "Hamper: Ferrero Rocher 16, KitKat, Coca-Cola 4 cans", "Bundle: Swarovski Millenia necklace +
# Louis Vuitton Neverfull MM + Nintendo Switch Joy-Con pair", "Shop – Nike | Adidas | Puma | Nike Dunk Low Retro". The
# separators of a list in titles (comma, semicolon, plus, slash, bar, ampersand, bullet, a dash or colon between words,
# the ideographic comma, "and" / "with" in the markets' languages); general knowledge of marketplace titles.
_ITEM_SEPARATOR = re.compile(r"[,;|+/&•·、，；\n]|\s[-–—:]\s|:\s|\s(?:and|with|und|mit|et|avec|y|con|e|com|en|met|"
                             r"oraz|i|и|с|ve|ile|dan)\s")
_ITEM_WORD = re.compile(r"\w[\w'’.-]*")
# the words of a set of several houses' goods sold as one: a gift set, hamper, advent calendar, selection or snack box,
# bundle (en, de, fr, es, it, pt, nl, pl, ru, tr, zh, ja, ko); beside them each brand named in its own segment is one of
# the set's items, not a keyword. Source: retailers' seasonal ranges (general knowledge)
_SET_OF_GOODS = re.compile(r"(?<![a-z])(?:gift ?(?:set|box|basket)|hampers?|advent calendar|selection box|snack box|"
                           r"discovery set|sampler|bundle|geschenkset|geschenkbox|präsentkorb|adventskalender|coffret|"
                           r"calendrier de l'avent|panier garni|cesta|calendario de adviento|set regalo|confezione regalo|"
                           r"calendario dell'avvento|cesto|kit presente|cesta de natal|kerstpakket|adventskalender|"
                           r"zestaw prezentowy|kalendarz adwentowy|подарочный набор|адвент[- ]календарь|hediye seti)(?![a-z])"
                           r"|礼盒|禮盒|礼包|禮包|ギフトセット|アドベントカレンダー|선물세트|어드벤트 캘린더")


# (lots51) an owner's lot or bundle named at the head of a title ("Lot: ...", "Paket – ...", "Комплект: ..."): what
# follows is a list of items, each with its own count
_LOT_HEAD = re.compile(r"^\W*(?:job lot|closet lot|wardrobe lot|lot|bundle|paket|konvolut|lote|lotto|lotje|pakiet|"
                       r"zestaw|комплект|лот|набор|set|kit)\s*[:–—-]\s", re.IGNORECASE)


def set_of_goods(title: str) -> bool:
    """(lots51) Whether the title sells a set of goods as one: a gift set, hamper, bundle (_SET_OF_GOODS) or an
    owner's lot named at its head (_LOT_HEAD). A count after an item there ("Nike Air Max x1, candle, mirror") is
    the set's count of that item, no single unit taken from the brand's pack (condition.py "single_unit"). Pure."""
    return _SET_OF_GOODS.search(title.casefold()) is not None or _LOT_HEAD.search(title) is not None


def set_item(title: str, start: int, end: int) -> str | None:
    """(edge57, issue 9) The item of a set of goods (`set_of_goods`: "Bundle: Coach Tabby bag + Gucci leather belt +
    Michael Kors tote", "Комплект: …", "Gift set: …") that title[start:end] (a brand's mark) opens or lies in: its segment
    between the list's separators (_ITEM_SEPARATOR), else None (no set, or the title is one item). The set's price buys
    every item, and the goods of this brand are what its own item names (a belt), not what the listing is filed under
    (the bag of the house listed first). Pure."""
    if not set_of_goods(title):
        return None
    at, segments = 0, []
    for m in _ITEM_SEPARATOR.finditer(title):
        segments.append((at, m.start()))
        at = m.end()
    segments.append((at, len(title)))
    items = [(a, b) for a, b in segments if title[a:b].strip()]
    if len(items) < 2:
        return None
    return next((title[a:b].strip() for a, b in items if a <= start and end <= b), None)


# (quiet52) the segment of a shop's header: a separator of a list (or the title's start) on either side
_HEADER_EDGE = re.compile(r"^[\s|/•·,;–—-]*$")


def header_name(title: str, start: int, end: int) -> bool:
    """(quiet52) Whether title[start:end] is a bare name alone in a segment of a shop's header list: a bar, slash or
    bullet (or a dash after the shop's name) on both sides, nothing else in the segment ("Harrods – Dyson | Philips |
    Bosch | Philips Sonicare": "Dyson", "Bosch"), and at least two bars or slashes in the title (a list of houses, not
    "Nike – Air Max"). Pure."""
    if sum(title.count(c) for c in "|/•") < 2:
        return False
    before = title[:start]
    after = title[end:]
    left = max(before.rfind(c) for c in "|/•–—")
    right = min([i for i in (after.find(c) for c in "|/•") if i >= 0] or [-1])
    if left < 0 or right < 0:
        return False
    return _HEADER_EDGE.match(before[left:]) is not None and _HEADER_EDGE.match(after[:right]) is not None


def listed_items(title: str, marks: dict[int, list[tuple[int, int, bool]]]) -> bool:
    """Whether the title lists items of the brands it names rather than stuffing their names as keywords (the
    comment above). marks: per brand, the spans of its identity evidence in the title with whether the span is a model
    number. A segment of one brand is an item when, the mark it opens with aside, it names something of its own: a model
    number, a word with a digit (a size, a count: "20ml", "16", "4 cans") or two words (a line, a product: "Neverfull
    MM"). A list is two items or more, or one item of two words or more beside the bare names of a shop's header, or a
    set of goods (_SET_OF_GOODS: "Christmas hamper", "advent calendar") whose brands each have a segment of their own. A segment with
    two brands' names, or only bare names, is the tag cloud's ("nike adidas puma gucci shoes"). Pure."""
    bounds, at = [], 0
    for m in _ITEM_SEPARATOR.finditer(title):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(title)))
    items, long_item, bare = 0, False, 0
    a_set = _SET_OF_GOODS.search(title.casefold()) is not None
    for start, end in bounds:
        inside = {b: [s for s in spans if start <= s[0] and s[1] <= end] for b, spans in marks.items()}
        inside = {b: spans for b, spans in inside.items() if spans}
        if len(inside) > 1:
            return False
        if not inside:
            continue
        (spans,) = inside.values()
        if any(model for _, _, model in spans):
            items += 1
            continue
        first = min(spans)
        rest = list(title[start:end])
        for s, e, _ in spans:
            if s < first[1]:
                rest[s - start:e - start] = " " * (e - s)
        words = _ITEM_WORD.findall("".join(rest))
        if len(words) >= 2 or any(ch.isdigit() for w in words for ch in w):
            items += 1
            long_item = long_item or len(words) >= 2
        else:
            bare += 1
    return items >= 2 or items == 1 and long_item or a_set and items + bare >= 2

# (promo39, issue 9) the words of a gift with the purchase among COPY_TRADE_TALK ("+ free", "free gift", "gift with
# purchase", 赠品): written after the brand's goods named plainly in the title ("Galaxy S24 Ultra + free Buds2 Pro",
# "Advanced Night Repair 50ml + free 7-piece gift with purchase", "Airwrap + free presentation case") at or above the
# floor they are the retailer's promotion, the gift added to a genuine unit at its list price (launch and pre-order
# gifts, cosmetics houses' GWP, LEGO's gift-with-purchase sets; general knowledge of retailers' listings). Before the
# brand's goods, the brand's goods are the gift of something else ("phone case + FREE AirPods Pro": the lure of the
# copy trade), and the words still refuse the lowering; a lure's price is judged against the gift's floor anyway.
GIFT_TALK = frozenset({"free gift", "+ free", "gift with purchase", "赠品", "贈品"})


def promotion_gift(term: str, start: int | None, plain: list[Evidence]) -> bool:
    """Whether a find of COPY_TRADE_TALK (its term and start in the original joined text) is the gift of a retailer's
    promotion (GIFT_TALK): the brand's goods named plainly in the title before it. Pure."""
    return (term.casefold() in GIFT_TALK and start is not None
            and any(e.field == "title" and e.end is not None and e.end <= start for e in plain))

# (honest25, issue 9) a season named as the stock's ("last season", "past season", "end of season"; French, Spanish,
# Italian, German, Portuguese, Dutch): a brand's factory outlet store or outlet village sells past seasons' stock, so
# "factory outlet" and "from the factory outlet" beside it name that store, not the copy trade's "factory outlet price";
# the trade's other words still count. Source: brands' factory stores and outlet villages (general knowledge)
_OUTLET_SEASON = re.compile(
    r"(?<![a-z])(?:(?:last|past|previous|prior|end of(?: the)?|last year ?'?s) seasons?|saison (?:passee|derniere)|"
    r"fin de saison|temporada pasada|fin de temporada|stagione passata|fine stagione|letzte saison|vorsaison|"
    r"vorjahressaison|estacao passada|temporada passada|fim de estacao|vorig seizoen|vorige seizoen)(?![a-z])")
_OUTLET_AFTER = re.compile(r"[\s-]*(?:outlet|store|shop)\b", re.IGNORECASE)


def _outlet_store(original: str, start: int, end: int, term: str) -> bool:
    """Whether a copy-trade phrase found at original[start:end] is the name of a factory outlet store: "factory
    outlet" itself, or "from the factory" followed by "outlet" / "store" ("From the factory outlet, tags on")."""
    term = term.casefold()
    return term == "factory outlet" or term == "from the factory" and _OUTLET_AFTER.match(original, end) is not None


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _written(text: ListingText, e: Evidence) -> str:
    """The evidence's span of the listing's text as the seller typed it, with a combining mark that follows its last
    letter ("LEGO" + U+0308, "Nestle" + U+0301); "" when the evidence has no span (its offsets are its field's: the
    description's are moved by the title's length, ListingText.field_offset)."""
    if e.start is None or e.end is None or e.field not in ("title", "description"):
        return ""
    original, offset = text.original, text.field_offset(e.field)
    start, end = e.start + offset, e.end + offset
    if end > len(original):
        return ""
    while end < len(original) and unicodedata.combining(original[end]):
        end += 1
    return original[start:end]


def _decomposed(written: str, marks: list[str | None]) -> bool:
    """One of the brand's registered spellings typed with combining accents (Unicode NFD, as some keyboards and macOS
    text give it: "Nestle" + U+0301 for the mark "Nestlé"): the mark as written, not a disguise. A combining mark no
    registered spelling has ("LEGO" + U+0308) is not this."""
    composed = unicodedata.normalize("NFC", written).casefold()
    return composed != written.casefold() and any(m and composed == m.casefold() for m in marks)


def _accented(written: str, term: str | None) -> bool:
    """The mark as written is the registered one up to case and the accents of Latin letters (precomposed, as
    languages write them: "NESTLÉ", "Estee Lauder"); not a combining mark added to a letter ("LEGÖ" with U+0308),
    not a letter of another script."""
    if not written or not term or _letters(latin_text(written)) != _letters(latin_text(term)):
        return written.casefold() == (term or "").casefold()
    for ch in unicodedata.normalize("NFC", written):
        if ch.isascii():
            continue
        if unicodedata.combining(ch) or not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return unicodedata.normalize("NFC", written) == written


# (honest25, issue 9) what a retailer says of its own standing: an authorised or official dealer, an invoice, the maker's
# warranty, a receipt; in the markets' main languages (latin view). A price a little under a registered model's list-price
# floor (index.MODEL_STREET_PRICE) is a retailer's street price only beside such words; the near-retail copy trade says
# the opposite ("no receipt, no box papers, USDT only, no returns") or nothing. Source: EU Consumer Rights Directive
# 2011/83 and Sale of Goods Directive 2019/771 (a trader's identity, invoice and guarantee), retailers' and authorised
# dealers' listing boilerplate (general knowledge).
# (lots51) the words of a complete set among a resale's standing ("full set": box, papers and all; Komplettset, pełny
# komplet, tam set, полный комплект): they vouch for a watch's or a bag's unit as its papers do, yet say nothing of a
# shop (judge._own_line asks retail_standing(text, complete=False)); latin view
_COMPLETE = (r"full set|fullset|full-set|full set mit|komplettset|pelny komplet|tam set|"
             + "|".join(re.escape(latin_text(w)) for w in ("полный комплект", "полный комплекте")))
_COMPLETE_ONLY = re.compile(r"(?:" + _COMPLETE + r")")
_STANDING = re.compile(
    r"(?<![a-z])(?:" + _COMPLETE + r"|authori[sz]ed (?:dealer|retailer|reseller|distributor|stockist|seller|store|partner)|"
    r"official (?:dealer|retailer|reseller|distributor|stockist|store|partner)|(?:vat |tax )?invoice|receipt|"
    # (precision28) a car or machine maker's dealer selling parts off its parts counter: "genuine dealer part",
    # "dealer surplus", "from the dealer's parts counter" (the maker's dealer network is its authorised retail)
    r"dealer parts?|dealer surplus|dealer stock|from (?:the |a |our )?dealer(?:'?s)?(?: parts counter)?|parts counter|"
    r"(?:manufacturer'?s?|maker'?s?|official|full|uk|eu|us|local) (?:warranty|guarantee)|warranty|"
    # (genuine32, issue 9) a resale's standing: the unit authenticated (by a service, a dealer), sold as a full set with
    # its box and papers, with its service history or a certificate of authenticity (the proofs resale platforms ask
    # for: eBay Authenticity Guarantee, Vestiaire, Chrono24, Entrupy); "no box, no papers" is denied as before
    r"authenticated|authentication (?:certificate|card|report)|certificate of authenticity|verified (?:genuine|authentic)|"
    r"box (?:and|&|\+) papers|service history|echtheitszertifikat|echtheit geprueft|echtheit gepruft|"
    r"boite et papiers|certificat d'authenticite|authentifie|authentifiee|caja y papeles|"
    r"certificado de autenticidad|autenticado|autenticada|scatola e garanzia|certificato di autenticita|autenticato|"
    r"autenticata|caixa e papeis|certificado de autenticidade|certyfikat autentycznosci|"
    r"orijinallik sertifikasi|"
    r"vertragshandler|autorisierter handler|rechnung|garantie|quittung|revendeur agree|distributeur agree|facture|"
    r"distribuidor (?:oficial|autorizado)|factura|garantia|fattura|rivenditore autorizzato|ricevuta|"
    r"nota fiscal|revendedor autorizado|faktura|gwarancja|paragon|fatura|garanti|"
    # (fresh54b, issue 9) the Turkish and Indonesian shops' standing, as written and machine-translated: "faturalı"
    # (invoiced), "distribütör garantili" (distributor-guaranteed), "garansi resmi" (official warranty)
    r"invoiced|faturali|garantili|(?:distributor|importer|ithalatci) (?:guaranteed|guarantee|warranty)|"
    r"garansi resmi|bergaransi|garansi distributor|"
    # Russian, as the latin view folds it (normalise.latin_text)
    + "|".join(re.escape(latin_text(w)) for w in ("официальный дилер", "официальный дистрибьютор", "чек", "гарантия",
                                                  "гарантией"))
    # (words56, issue 9) the receipt and the warranty as the markets of Central Asia, the Caucasus, South Asia, East
    # Africa and Eastern Europe name them: Indian English "bill" for a receipt, only in its phrases ("with bill", "GST
    # bill", "bill ke saath": a bare bill is a beak, a name, a law), kk кепілдік, түбіртек, ky кепилдик, uz kafolat, az
    # qəbz, zəmanət, mn баримт, баталгаа, sw risiti, dhamana, ms resit, waranti, tl resibo, uk гарантія, bg гаранция,
    # касова бележка, sr гаранција, garancija, hr/sr račun, hu számla, garancia, cs/sk záruka, účtenka, lt/lv garantija,
    # čekis, čeks, et garantii, tšekk, fi kuitti, takuu, el απόδειξη, εγγύηση, fa فاکتور, گارانتی (the author's knowledge)
    + "|" + "|".join(re.escape(latin_text(w)) for w in (
        "with bill", "with gst bill", "gst bill", "pakka bill", "pucca bill", "company bill", "company ka bill", "shop bill",
        "shop ka bill", "original bill", "purchase bill", "bill ke saath", "bill ke sath", "bill available", "bill hai",
        "bill aur", "bill and warranty", "bill & warranty", "bill and box",
        "кепілдік", "түбіртек", "кепилдик", "kafolat", "qəbz", "zəmanət", "баримт", "баталгаа", "risiti", "dhamana",
        "resit", "waranti", "resibo", "гарантія", "гаранция", "касова бележка", "гаранција", "garancija", "račun",
        "számla", "garancia", "záruka", "účtenka", "garantija", "čekis", "čeks", "garantii", "tšekk", "kuitti", "takuu",
        "απόδειξη", "εγγύηση", "فاکتور", "گارانتی"))
    + r")(?![a-z])")
_NOT_BEFORE = re.compile(r"(?:^|[^a-z])(?:no|without|not|sin|ohne|sans|senza|sem|bez|без|нет|kein|keine|geen)"
                         r"(?:[^a-z]+[a-z]+){0,2}[^a-z]*$")


# (genuine34, issue 9) where a private seller bought the goods: a shop, a boutique, the brand's own store ("bought at
# an authorised shop", "bought at the Dyson store", "purchased from the Omega boutique", "gekauft im Apple Store",
# "acheté en boutique", "comprado en la tienda oficial"). Not a factory's shop or outlet (the copy trade's "factory
# store"). General knowledge of resale listings' provenance lines (eBay, Vinted, Kleinanzeigen, Leboncoin, Wallapop).
_BOUGHT_AT = re.compile(
    r"(?<![a-z])(?:bought|purchased|got (?:it|them))(?: (?:it|them|new|brand new|myself))?"
    r" (?:at|from|in) (?:the |an |a |our |my )?(?:(?!factory)[a-z0-9&'.-]+ ){0,3}"
    r"(?:store|boutique|shop|flagship|dealer|retailer|department store)(?![a-z])|"
    r"(?:gekauft|erworben) (?:im|in der|bei|beim) (?:[a-z0-9&'.-]+ ){0,3}(?:store|boutique|laden|fachhandel|shop)(?![a-z])|"
    r"achete(?:e|s|es)? (?:en|a la|au|chez) (?:[a-z0-9&'.-]+ ){0,3}(?:boutique|magasin|store)(?![a-z])|"
    r"comprad[oa]s? (?:en|na|no) (?:la |el |a |o )?(?:[a-z0-9&'.-]+ ){0,3}(?:tienda|loja|boutique|store)(?![a-z])|"
    r"comprat[oa] (?:in|da|presso) (?:[a-z0-9&'.-]+ ){0,3}(?:negozio|boutique|store)(?![a-z])|"
    r"authori[sz]ed (?:shop|boutique)|official (?:shop|boutique|brand store)|"
    # (trade51) Vietnamese, Indonesian and Tagalog resellers' and buying agents' words: "mua tại store Gucci", "có bill
    # mua hàng", "beli di store", "struk ada", "may resibo" (the receipt a xách tay, jastip or personal seller shows)
    r"mua tai (?:store|cua hang|shop|boutique)|(?:co|kem|full|gui) bill|bill mua hang|beli di (?:store|toko|butik|"
    r"official store)|(?:ada|dengan|plus|dapat) struk|struk (?:asli|ada|pembelian)|may resibo|with resibo|"
    # (seen54) the same receipts and warranties as Indonesian, Malay and Vietnamese sellers name them: "nota pembelian",
    # "garansi resmi", "waranti rasmi", "còn bill", "hóa đơn", "bảo hành chính hãng" (latin view)
    r"nota (?:pembelian|pembelanjaan|toko|asli)|(?:ada|dengan) nota|garansi (?:resmi|distributor|toko|internasional)|"
    r"waranti (?:rasmi|pengeluar)|con bill|hoa don|bao hanh (?:chinh hang|hang|12|24)|"
    r"(?:con|avec|com) (?:ticket|tiquet) de compra|con ticket")


# (ba35, issue 9) the same standing in the resale conventions of Chinese, Japanese and Korean (original text): a till
# receipt or invoice (小票, 发票/發票, 单据/單據, 收据, レシート, 領収書, 保証書, 영수증, 보증서), the unit authenticated (鑑定済み,
# 鑑定書, 已鉴定, 감정 완료, 정품 인증서), bought at a shop of standing (正規店で購入, 直営店で購入, 百貨店で購入, 专柜购入, 專櫃購入,
# 官方旗舰店购买, 백화점 구매, 매장 구매), and a department-store counter's own standing: its beauty advisor (专柜BA, 柜姐,
# 美容部員) or its counter receipt. A counter's QUALITY or likeness is the copy trade's (专柜品质, 专柜级, 专柜同款, 专柜版,
# 百貨店品質): not here (the cue lexicon reads those). Source: general knowledge of Xianyu/WeChat 代购, Mercari/Rakuma
# and Bungae/Danggeun listing conventions (proof of purchase: 購入証明, 구매 증빙).
_CJK_STANDING = re.compile(
    r"小票|收据|收據|发票|發票|单据|單據|购物凭证|購物憑證|保修卡|保卡|レシート|領収書|保証書|購入証明|納品書|"
    r"영수증|보증서|구매 ?증빙|"
    r"鑑定済|鑑定書|鑑定証明|已鉴定|已鑑定|鉴定证书|鑑定證書|鉴定报告|鑑定報告|감정 ?완료|감정서|정품 ?인증서|"
    r"(?:正規店|直営店|正規取扱店|正規代理店|百貨店|デパート|公式(?:ストア|ショップ|サイト)|ブティック|"
    r"专柜|專櫃|柜台|櫃檯|专卖店|專賣店|直营店|直營店|官方旗舰店|官方旗艦店|官网|官網|免税店|免稅店|"
    r"백화점|매장|공식 ?(?:스토어|몰|매장)|정식 ?매장|면세점)"
    r"(?:で|にて|に|的|内|內|에서)? ?(?:購入|购入|購買|购买|买的|買的|入手|구매|구입|샀)|"
    r"(?:专柜|專櫃)(?:BA|ba|柜姐|櫃姐)|柜姐|櫃姐|美容部員")
# (seen54, issue 9) the same standing in the Arabic, Persian, Urdu, Hebrew, Thai, Hindi and Bengali scripts (original
# text): an invoice or receipt (فاتورة, إيصال, فاکتور, رسید, חשבונית, קבלה, ใบเสร็จ, ใบกำกับ, बिल, रसीद, রশিদ, বিল),
# the maker's warranty (ضمان الوكيل, گارانتی, אחריות יבואן, ประกันศูนย์, वारंटी), the authorised agent or dealer
# (الوكيل, وكيل معتمد, יבואן רשמי, ตัวแทนจำหน่าย). Source: general knowledge of Dubizzle, Haraj, OpenSooq, Divar, Yad2,
# Kaidee and OLX Pakistan/India resale and shop listings (the proof of purchase their buyers ask for)
_SCRIPT_STANDING = re.compile(
    r"فاتورة|فاتوره|إيصال|ايصال|ضمان الوكيل|كفالة الوكيل|الوكيل|وكيل معتمد|موزع معتمد|فاکتور|گارانتی|رسید|"
    r"חשבונית|קבלה|אחריות יבואן|יבואן רשמי|ใบเสร็จ|ใบกำกับภาษี|ประกันศูนย์|ตัวแทนจำหน่ายอย่างเป็นทางการ|"
    r"बिल के साथ|पक्का बिल|रसीद|वारंटी कार्ड|अधिकृत विक्रेता|রশিদ|পাকা বিল|ওয়ারেন্টি কার্ড|"
    # (resale55, issue 9) Georgian and Armenian (myhome.ge, ss.ge, list.am): a receipt (ქვითარი, ქვითრით; կտրոն,
    # կտրոնով, անդորրագիր), an invoice (ინვოისი, ფაქტურა; հաշիվ-ապրանքագիր), a warranty (გარანტია; երաշխիք), an
    # official dealer (ოფიციალური დილერი; պաշտոնական դիլեր), by their stems; general knowledge, no held-out string
    r"ქვითარ|ქვითრ|ინვოის|ფაქტურ|გარანტი|ოფიციალური დილერ|կտրոն|անդորրագ|հաշիվ-ապրանքագ|երաշխիք|պաշտոնական դիլեր")
# a denial of it, before (بدون فاتورة, بلا, لا يوجد, ללא, ไม่มี, बिना), after (ندارد, নেই, नहीं)
_SCRIPT_NOT_BEFORE = re.compile(r"(?:بدون|بلا|لا يوجد|لا توجد|مافي|ما في|ללא|אין|ไม่มี|बिना|बगैर|առանց)\s?(?:ال)?$")
_SCRIPT_NOT_AFTER = re.compile(r"^[\u10d0-\u10ff\u0561-\u0587]{0,4}\s?(?:ندارد|نیست|নেই|ছাড়া|नहीं|ไม่มี|გარეშე|არ\s|չկա|չունի)")
# a denial of it: before ("无小票", "没有发票", "不附收据"), after ("レシートなし", "영수증 없음")
_CJK_NOT_BEFORE = re.compile(r"(?:无|無|没有|沒有|没|沒|不带|不帶|不附|不含|不提供|暂无|暫無|缺)\s?$")
_CJK_NOT_AFTER = re.compile(r"^\s?(?:は?なし|は?無し|は?ナシ|は?無|はありません|がありません|紛失|없|无|無|丢|丟)")


def _cjk_standing(original: str) -> str | None:
    """The first words of _CJK_STANDING in `original` not denied just before or after, else None. Pure."""
    for m in _CJK_STANDING.finditer(original):
        if _CJK_NOT_BEFORE.search(original, max(0, m.start() - 4), m.start()) is None and _CJK_NOT_AFTER.match(
                original[m.end():m.end() + 6]) is None:
            return m.group(0)
    return None


def retail_standing(text: ListingText, complete: bool = True) -> str | None:
    """The first words in which the listing states a retailer's standing (_STANDING: "authorised dealer", "VAT
    invoice", "manufacturer warranty", "receipt"; _BOUGHT_AT: "bought at the Bose store", "bought at an authorised
    shop"; _cjk_standing: 小票, レシート, 영수증), not denied just before ("no receipt", "without
    invoice"), else None; complete=False: not the words of a complete set (_COMPLETE: "full set", "tam set"), which
    vouch for the unit but name no shop. Pure."""
    latin = text.latin
    for pattern in (_STANDING, _BOUGHT_AT):
        for m in pattern.finditer(latin):
            if not complete and _COMPLETE_ONLY.fullmatch(m.group(0)):
                continue
            if not _denied(latin, m.start()) and "factory" not in m.group(0):
                return m.group(0)
    if not text.is_ascii and (cjk := _cjk_standing(text.original) or _script_standing(text.original)) is not None:
        return cjk
    return None


def _script_standing(original: str) -> str | None:
    """The first words of _SCRIPT_STANDING in `original` not denied just before or after, else None. Pure."""
    for m in _SCRIPT_STANDING.finditer(original):
        if _SCRIPT_NOT_BEFORE.search(original, max(0, m.start() - 10), m.start()) is None and \
                _SCRIPT_NOT_AFTER.match(original[m.end():m.end() + 14]) is None:
            return m.group(0)
    return None


def _denied(latin: str, start: int) -> bool:
    """Whether a negation stands just before `start` in the latin view (_NOT_BEFORE: "no receipt", "without invoice")
    within the same clause: (genuine34) "no replica, bought at Omega" denies the replica, not the purchase, so a comma,
    semicolon, full stop or bracket between the negation's word and the standing ends it."""
    window = latin[max(0, start - 24):start]
    if (m := _NOT_BEFORE.search(window)) is None:
        return False
    return re.search(r"[,;.:!?()\[\]|/\n]", window[m.start() + 1:]) is None


# (genuine26, issue 9) the seller's claim that its goods are genuine ("100% genuine", "guaranteed authentic", "100% echt",
# "100%正品"; entries of COPY_TRADE_TALK): standing alone at a fair price it is the copy trade's boast, but beside a fact
# of provenance (provenance()) it is what the owner of a genuine unit writes, and at or above the floor it is lowered like
# any plainly named genuine unit. Only the claim is excused: any other word of the trade, cheapness, bait, a lot or a
# disguised mark still refuses the lowering, and below the floor the price is judged as any (fair_price is not read).
# Source: the same general knowledge as COPY_TRADE_TALK; resale platforms ask sellers for proof of purchase (receipt,
# invoice, serial number, warranty card) to back an authenticity claim (eBay Authenticity Guarantee, Vinted, StockX).
AUTHENTICITY_CLAIMS = frozenset(w.casefold() for w in (
    "100% genuine", "100% original", "100% authentic", "authentic guaranteed", "guaranteed genuine",
    "guaranteed authentic", "100% echt", "100% auténtico", "100% authentique", "100% originale", "100% оригинал",
    "100% 정품", "100%正品", "保证正品", "保證正品"))
# (lead27, issue 9) "OEM" glued to "genuine" or "original" ("genuine OEM", "OEM genuine part", "original OEM"): the parts
# trade's claim that the part is the carmaker's own, read as an authenticity claim (excused only beside provenance);
# "OEM" alone, "OEM quality", "OEM box" stay the copy trade's words
_GENUINE_OEM = re.compile(r"(?:genuine|original)[\s-]+oem|oem[\s-]+(?:genuine|original)", re.IGNORECASE)


def _authenticity_claim(original: str, found) -> bool:
    """Whether a COPY_TRADE_TALK find (a Lexicon match with .term, .start, .end in `original`) is an authenticity
    claim: an AUTHENTICITY_CLAIMS term, or "OEM" inside "genuine OEM" / "OEM original" (_GENUINE_OEM). Pure."""
    term = found.term.casefold()
    if term in AUTHENTICITY_CLAIMS:
        return True
    return term == "oem" and any(m.start() <= found.start and found.end <= m.end() for m in _GENUINE_OEM.finditer(
        original, max(0, found.start - 12), min(len(original), found.end + 12)))


# the nouns of a copy among COPY_TRADE_TALK, what a denial of copies denies ("not a copy", "keine Kopie", "не копия"):
# grade and quality talk a denial seems to refuse ("no fakes, top quality") is the trade's still, and keeps the claim's
# boast unexcused
COPY_NOUNS = frozenset(w.casefold() for w in (
    "copy", "copies", "rep", "kopie", "copie", "copia", "kopia", "kopya", "копия", "копии", "копія", "реплика",
    "αντίγραφο", "ρεπλίκα", "העתק", "רפליקה", "كوبي", "تقليد", "کپی", "فیک", "कॉपी", "ก๊อป", "コピー", "레플",
    "이미테이션",
    # (genuine32) the Chinese and Japanese words for a copy itself (an imitation, an A-grade copy, a fine imitation):
    # "正品 非高仿", "绝非A货" deny a copy as "not a copy" does
    "高仿", "a货", "精仿", "仿品", "n品"))
# facts of provenance beyond a retailer's standing (_STANDING: receipt, invoice, warranty): a serial number that matches
# (the box's, the receipt's), a proof of purchase, a warranty or guarantee card, bought at the brand's own or flagship
# store or boutique; latin view, English, German, French, Spanish, Italian, Portuguese
_PROVENANCE = re.compile(
    r"(?<![a-z])(?:serial(?: number| no\.?)?s? (?:match|matches|matching|checks? out|verified)|matching serials?|"
    r"proof of purchase|(?:warranty|guarantee) card|(?:brand|official|flagship|company|own) (?:store|shop|boutique)|"
    r"(?:from|via|bought at) (?:the |a |an |our )?(?:main |franchised |official )?dealer(?:ship)?|dealer stock|"
    r"kaufbeleg|kassenbon|seriennummer stimmt|preuve d'achat|ticket de caisse|numero de serie correspond|"
    r"comprobante de compra|ticket de compra|prova d'acquisto|scontrino|comprovante de compra|cupom fiscal)(?![a-z])")


def provenance(text: ListingText, marks: list[str] | tuple[str, ...] = ()) -> str | None:
    """The first words in which the listing states where its unit comes from: a retailer's standing (_STANDING:
    "receipt", "invoice", "warranty") or a fact of provenance (_PROVENANCE: "serial matches", "proof of purchase",
    "bought at the brand store"; with the brand's `marks`, bought from the brand itself: "bought at Puma", "gekauft bei
    Omega", bought_from_brand), not denied just before ("no receipt", "no proof of purchase"), else None. Pure."""
    latin = text.latin
    for pattern in (_STANDING, _PROVENANCE):
        for m in pattern.finditer(latin):
            # the denial read in the fact's own clause: "no fakes. Receipt included" denies copies, not the receipt
            before = _CLAUSE_END.split(latin[max(0, m.start() - 24):m.start()])[-1]
            if _NOT_BEFORE.search(before) is None:
                return m.group(0)
    return bought_from_brand(text, marks) if marks else None


# (genuine32, issue 9) a purchase from the brand itself: a verb of buying and, within a few words after it, one of the
# brand's marks ("bought at Puma", "purchased from the Omega boutique", "gekauft bei Nintendo", "acheté chez Burberry",
# "comprado en Samsung", "acquistato da Gucci", "kupione w Nike", "куплено в Samsung", "dibeli di Uniqlo", "mua tại
# Apple"); in Turkish the mark comes first ("Puma mağazasından alındı"). The owner of a genuine unit names where it
# was bought; a proof of purchase (receipt, invoice) reads as before. Latin view; source: general knowledge of resale
# listings in the markets' languages (Vinted, Kleinanzeigen, Wallapop, Avito, OLX); no held-out listing's string.
_BOUGHT = re.compile(
    r"(?<![a-z])(?:bought|purchased|buyed|gekauft|erworben|achete|achetee|achetes|achetees|compre|comprado|comprada|"
    r"comprados|compradas|acquistato|acquistata|acquistati|comprato|comprata|gekocht|kupione|kupiony|kupiona|"
    r"kupilem|kupilam|zakupiony|zakupione|zakupiona|" + "|".join(re.escape(latin_text(w)) for w in (
        "куплено", "куплен", "куплена", "куплены", "покупала", "покупал", "купила", "купил")) +
    r"|dibeli|beli di|mua tai|mua o|satin alindi|satin aldim)"
    r"(?: (?:it|them|new|neu|neuf|nuevo|nuovo|novo|myself|selbst|directly|direkt|personally|originally|in person|"
    r"last year|in \d{4}|\d{4}))*"
    r" (?:at|from|in|on|bei|im|beim|vom|von|chez|a|au|en|na|no|em|da|dal|presso|w|we|u|v|di|tai|o|bij)"
    r"(?: (?:the|a|an|der|die|dem|den|le|la|les|l|el|los|il|lo|o|a|os|an|de|het|official|offizielle?n?|officiel(?:le)?|"
    r"oficial|ufficiale|oficjalnym|flagship|own|brand|boutique|store|shop|tienda|negozio|loja|sklepie|magazine|"
    r"markenstore|outlet)){0,3} ")
_PHRASE_END = re.compile(r"[\n.;!?,:()]|\s[-–—]\s")
_NEVER = re.compile(r"(?<![a-z])(?:never|nie|nicht|jamais|nunca|mai|niemals|ne|nigdy)(?![a-z])")
_BOUGHT_TR = re.compile(r" (?:magaza(?:si|sindan)|butik(?:inden)?|store(?:undan)?)(?: [a-z]+)? (?:alindi|aldim|alinmistir)")


def bought_from_brand(text: ListingText, marks: list[str] | tuple[str, ...]) -> str | None:
    """The words in which the listing says its unit was bought from the brand itself (_BOUGHT followed by one of
    `marks`: "bought at Puma"; _BOUGHT_TR after it), not denied just before, else None. Pure; a substring test of
    the marks first."""
    latin = text.latin
    keys = [k for k in {latin_text(m) for m in marks if m} if len(k) >= 2 and k in latin]
    if not keys:
        return None
    for m in _BOUGHT.finditer(latin):
        rest = latin[m.end():m.end() + 40]
        for key in keys:
            if rest.startswith(key) and not rest[len(key):len(key) + 1].isalnum():
                # the denial in the purchase's own clause: "no replica, bought at Puma" denies the copy, not the purchase
                before = _PHRASE_END.split(latin[max(0, m.start() - 24):m.start()])[-1]
                if _NOT_BEFORE.search(before) is None and _NEVER.search(before) is None:
                    return latin[m.start():m.end() + len(key)]
    for key in keys:
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", latin):
            if (t := _BOUGHT_TR.match(latin, m.end())) is not None:
                return latin[m.start():t.end()]
    return None


_CLAUSE_END = re.compile(r"[\n.;!?]")


def plural_of(text: str | None, term: str | None) -> bool:
    """(genuine31) Whether `text` is `term` in an English plural ("Evolution basketballs" of "Evolution Basketball",
    "Aerosensa shuttles"): -s, -es, or -y to -ies, on a term of two words or more or of six letters or more (a short
    mark plus a letter is a misspelling's shape, "Nikes" stays read as the fuzzy match it is). Pure."""
    if not text or not term:
        return False
    t, m = text.casefold(), term.casefold()
    if len(m) < 6 and " " not in m:
        return False
    return t in (m + "s", m + "es") or (m.endswith("y") and t == m[:-1] + "ies")


def _in_hashtag(original: str, at: int) -> bool:
    """Whether the word at `at` of the text is part of a hashtag: a '#' before its run of letters and digits."""
    k = at
    while k > 0 and original[k - 1].isalnum():
        k -= 1
    return k > 0 and original[k - 1] in "#＃"
