"""The adversary's classes of a price field that holds no price, and of a shop's options list (offer52, issue 9):

- a placeholder in the price field (a hold price of nines or eights, 99999, 888888, 9999999, a counting run 123456, or a
  token 0.01 / 1) that the text disowns ("the price box needs a number", "Preis auf Anfrage", 拍下不发货, "jangan checkout
  dulu") and states the goods' price beside ("actual price", "Endpreis", "precio real", 实价, 実際の価格, 실제 가격, ราคาจริง,
  "giá thật", "harga asli", "реальная цена"; 16 languages). Genuine new goods at a shop's price there (150-220 % of the
  floor: the registry's model floors are dearer than the line's this module reads, and a day's exchange rate must not
  move it under): quiet (trap). The same words stating a copy's price
  (4-20 %), half of them with a copy word: alert (evasion);
- "make an offer" with a token in the field (1, 0.01) and the asking price in the text (OBO, ONO, VB, à débattre,
  escucho ofertas, aceito propostas, trattabile, t.e.a.b., do negocjacji, торг, bisa nego, thương lượng, 可小刀, 価格交渉可,
  네고; A$, C$, S$, NZ$ dollars): genuine goods new in box with the receipt at an owner's asking price (110-150 %): quiet
  (trap); a copy's asking price (4-20 %), half with a copy word: alert (evasion);
- a shop's options list: a generic title ("Headphones – pick your colour") and the brand's goods named on the bullet lines
  under an options header (Options:, Variants:, Optionen:, Variantes :, Opções:, Warianty:, Варианты:, Pilihan:, Phân
  loại:, 款式:, 옵션:, バリエーション:) at a shop's price (150-220 %): quiet (trap); the same list with the brand's line
  graded as a copy ("(AAA)", "(1:1)", "(mirror)", "(réplica)", "(高仿)") at a copy's price (6-30 %): alert (evasion).

Written from general knowledge of how sellers fill compulsory price fields and variant pickers on Dubizzle, Jiji,
Gumtree, Kijiji, Carousell, Kleinanzeigen, leboncoin, Wallapop, OLX, Subito, Allegro, Avito, Tokopedia, Shopee, Taobao,
Mercari, Bunjang, Lazada, Haraj, Amazon, Temu and JD; the sentences, rates and markets are this module's own, no held-out
listing's string. Found by outsider40's in_placeholder_poa_genuine40, in_make_offer_genuine40 and
in_variant_names_genuine40 after that set was scored.
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.prices51 import PER_USD, _goods_sold

# listings a brand of each class (the suite's time): one, and two of the placeholder's copies, whose goods include a
# few the matcher does not name in any price notation (prices51's "band-aid" serum, read as an accessory's band)
FEW = {"trap_placeholder_price_stated": 1, "trap_offer_token_asking": 1, "trap_options_list_named": 1,
       "placeholder_price_copy": 2, "offer_token_copy": 1, "options_list_copy": 1}

TRAPS = {
    "trap_placeholder_price_stated": "genuine new goods behind a placeholder price field (99999, 888888, 123456, 0.01, 1) "
                                     "the text disowns, stating the shop's price (150-220 % of the floor; 16 languages)",
    "trap_offer_token_asking": "genuine goods new in box with the receipt, 'make an offer' / OBO / VB / torg with a token "
                               "1 or 0.01 in the field and the owner's asking price in the text (110-150 %; 14 languages)",
    "trap_options_list_named": "genuine goods at a shop's price (150-220 %) under a generic title, the brand named on the "
                               "bullet lines of an options list (Options:, Optionen:, Warianty:, 款式:, 옵션:; 12 languages)",
}
EVASIONS = {
    "placeholder_price_copy": "a placeholder price field the text disowns, stating a copy's price (4-20 % of the floor), "
                              "half with a copy word",
    "offer_token_copy": "'make an offer' with a token in the field and a copy's asking price in the text (4-20 %), half "
                        "with a copy word",
    "options_list_copy": "the options list's line of the brand graded as a copy ((AAA), (1:1), (mirror), (réplica), "
                         "(高仿)) at a copy's price (6-30 %)",
}

# rough units of each currency per US dollar (prices51's, with the dollars and won of the markets below)
RATES = {**PER_USD, "AUD": 1.52, "CAD": 1.37, "SGD": 1.34, "NZD": 1.66, "KRW": 1380.0, "THB": 35.5, "MXN": 18.0}


def _local(floor: tuple[float, str], share: float, currency: str) -> float:
    amount, cur = floor
    return amount * share / RATES.get(cur, 1.0) * RATES[currency]


def _dots(n: float) -> str:
    return f"{n:,.0f}".replace(",", ".")


# (language, marketplace, currency, country, how the market writes an amount)
MARKETS = [
    ("en", "dubizzle", "AED", "AE", lambda a: f"AED {a:,.0f}"),
    ("en", "jiji-ng", "NGN", "NG", lambda a: f"₦{a:,.0f}"),
    ("en", "gumtree-au", "AUD", "AU", lambda a: f"A${a:,.0f}"),
    ("en", "kijiji", "CAD", "CA", lambda a: f"C${a:,.2f}"),
    ("en", "carousell-sg", "SGD", "SG", lambda a: f"S${a:,.0f}"),
    ("de", "kleinanzeigen", "EUR", "DE", lambda a: f"{a:.0f} €"),
    ("fr", "leboncoin", "EUR", "FR", lambda a: f"{a:.0f} €"),
    ("es", "wallapop", "EUR", "ES", lambda a: f"{a:.0f} €"),
    ("pt", "olx-br", "BRL", "BR", lambda a: f"R$ {_dots(a)}"),
    ("it", "subito", "EUR", "IT", lambda a: f"€ {a:.0f}"),
    ("pl", "allegro", "PLN", "PL", lambda a: f"{a:.0f} zł"),
    ("ru", "avito", "RUB", "RU", lambda a: f"{a:.0f} ₽"),
    ("id", "tokopedia", "IDR", "ID", lambda a: f"Rp {_dots(a)}"),
    ("vi", "shopee-vn", "VND", "VN", lambda a: f"{a / 1e3:.0f}k"),  # (not "35.150đ": "150đ" reads one edit from iPod)
    ("zh", "taobao", "CNY", "CN", lambda a: f"{a:.0f}元"),
    ("ja", "mercari-jp", "JPY", "JP", lambda a: f"{a:,.0f}円"),
    ("ko", "bunjang", "KRW", "KR", lambda a: f"{a:,.0f}원"),
    ("th", "lazada-th", "THB", "TH", lambda a: f"฿{a:,.0f}"),
]
# the smallest amount a market writes as a price (below it the goods are too cheap to list there)
_LEAST = {"VND": 5e3, "IDR": 5e3, "KRW": 1e3, "JPY": 100.0, "RUB": 50.0, "NGN": 500.0}

# per language: the sentence that disowns the field ({f}) and states the price ({p})
DISOWN = {
    "en": ["The {f} in the price box is only there because the listing cannot go live without a number. Actual price {p}, "
           "message to order.", "Ignore the {f} price, it is a placeholder. Real price: {p}.",
           "Please don't check out at {f}. Price on request: today {p} including warranty."],
    "de": ["Der Preis im Feld ({f}) ist nur ein Platzhalter. Preis auf Anfrage, Endpreis {p}."],
    "fr": ["Le prix affiché ({f}) n'est pas le vrai prix. Prix sur demande : {p}."],
    "es": ["El precio publicado ({f}) no es el real. Precio real {p}, consultar precio por mensaje."],
    "pt": ["O preço do anúncio ({f}) é só para publicar. Preço real {p}."],
    "it": ["Il prezzo nel campo ({f}) è solo un segnaposto. Prezzo reale {p}."],
    "pl": ["Cena w polu ({f}) jest tylko techniczna. Prawdziwa cena {p}."],
    "ru": ["Цена в объявлении ({f}) техническая. Реальная цена {p}."],
    "id": ["Harga {f} cuma biar tayang, jangan checkout dulu. Harga asli {p}."],
    "vi": ["Giá {f} chỉ để đăng tin. Giá thật {p}, inbox shop."],
    "zh": ["标价{f}只是占位，拍下不发货。实价{p}，请先咨询。"],
    "ja": ["価格欄の{f}は仮の価格です。実際の価格は{p}です。"],
    "ko": ["가격란 {f}은 임시 가격입니다. 실제 가격 {p}."],
    "th": ["ราคา {f} ไม่ใช่ราคาขาย ราคาจริง {p}"],
}
# per language: the owner's offer ({p} the asking price)
HAGGLE = {
    "en": ["Make an offer! Asking {p} OBO.", "Open to reasonable offers, asking {p}.", "{p} ONO, send me your offers."],
    "de": ["VB {p}, Preisvorschlag gerne."],
    "fr": ["Prix à débattre, je demande {p}."],
    "es": ["Escucho ofertas, pido {p}."],
    "pt": ["Aceito propostas, peço {p}."],
    "it": ["Prezzo trattabile, chiedo {p}."],
    "pl": ["Cena {p} do negocjacji."],
    "ru": ["Прошу {p}, торг."],
    "id": ["Harga {p} bisa nego."],
    "vi": ["Giá {p}, có thương lượng."],
    "zh": ["{p}可小刀，诚心要的联系。"],
    "ja": ["{p}で出品します。価格交渉可。"],
    "ko": ["{p}, 네고 가능합니다."],
}
# per language: genuine new goods (a shop's or an owner's words)
GENUINE = {
    "en": "Brand new, sealed, genuine with the receipt and warranty.", "de": "Neu, originalverpackt, mit Rechnung.",
    "fr": "Neuf sous blister, authentique, avec facture.", "es": "Nuevo, precintado, original con factura.",
    "pt": "Novo, lacrado, original com nota fiscal.", "it": "Nuovo, sigillato, originale con scontrino.",
    "pl": "Nowy, zafoliowany, oryginalny z paragonem.", "ru": "Новый, запечатан, оригинальный, есть чек.",
    "id": "Baru, segel, ori resmi dengan nota.", "vi": "Mới nguyên seal, chính hãng, có hóa đơn.",
    "zh": "全新未拆，专柜正品，有发票。", "ja": "新品未開封、正規品、レシートあり。", "ko": "새상품 미개봉, 정품, 영수증 있음.",
    "th": "ของใหม่ ซีลแท้ มีใบเสร็จ",
}
# per language: a copy word a seller adds to the copy (half the copies carry one)
COPY_WORD = {
    "en": "Mirror quality 1:1 replica.", "de": "Replika in 1:1 Qualität.", "fr": "Réplique 1:1 qualité miroir.",
    "es": "Réplica AAA 1:1.", "pt": "Réplica primeira linha.", "it": "Replica 1:1 qualità top.",
    "pl": "Replika jakość 1:1.", "ru": "Реплика люкс 1:1.", "id": "KW super mirip ori.", "vi": "Hàng rep 1:1 like auth.",
    "zh": "高仿1:1复刻。", "ja": "スーパーコピー品です。", "ko": "미러급 레플리카입니다.", "th": "งานก๊อปเกรดเอ",
}
# (not the counting run 123456 written in the text: six digits read as a Rolex reference, rightly, beside a copy word)
HOLDS = [99999.0, 999999.0, 888888.0, 9999999.0, 88888.0]
TOKENS = [0.01, 1.0]


def _market(s: Scene, languages):
    return s.rng.choice([m for m in MARKETS if m[0] in languages])


def _placeholder(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    lang, marketplace, cur, country, write = _market(s, DISOWN)
    amount = _local(_title_floor(b, f"{mark} {product}", floor), r.uniform(*share), cur)
    if amount < _LEAST.get(cur, 2.0):
        return None
    field = r.choice(TOKENS if r.random() < 0.5 else [h for h in HOLDS if h > 3 * amount] or TOKENS)
    said = r.choice(DISOWN[lang]).format(f=f"{field:g}" if field <= 1 else f"{field:.0f}", p=write(amount))
    desc = f"{mark} {product}. {said} " + (COPY_WORD[lang] if copy and r.random() < 0.5 else "" if copy else GENUINE[lang])
    draft = Draft(f"{mark} {product}", cat, (field, cur), desc.strip(), marketplace=marketplace)
    draft.seller_country = country
    return draft


def make_placeholder_trap(b: BrandView, s: Scene) -> Draft | None:
    return _placeholder(b, s, (1.5, 2.2), copy=False)


def make_placeholder_copy(b: BrandView, s: Scene) -> Draft | None:
    return _placeholder(b, s, (0.04, 0.2), copy=True)


def _offer(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    lang, marketplace, cur, country, write = _market(s, HAGGLE)
    amount = _local(_title_floor(b, f"{mark} {product}", floor), r.uniform(*share), cur)
    if amount < _LEAST.get(cur, 2.0):
        return None
    said = r.choice(HAGGLE[lang]).format(p=write(amount))
    desc = f"{mark} {product}. " + (COPY_WORD[lang] if copy and r.random() < 0.5 else "" if copy else GENUINE[lang])
    draft = Draft(f"{mark} {product} – {said}" if r.random() < 0.3 else f"{mark} {product}", cat,
                  (r.choice(TOKENS), cur), f"{desc.strip()} {said}", marketplace=marketplace)
    draft.seller_country = country
    return draft


def make_offer_trap(b: BrandView, s: Scene) -> Draft | None:
    return _offer(b, s, (1.1, 1.5), copy=False)


def make_offer_copy(b: BrandView, s: Scene) -> Draft | None:
    return _offer(b, s, (0.04, 0.2), copy=True)


# (header, title with {c} the category, the shop's closing line), one language each
OPTIONS = [
    ("Options:", "{c} – pick your colour", "Sold by an authorised retailer, invoice included."),
    ("Variants:", "{c} (choose a variant)", "Genuine stock, manufacturer warranty."),
    ("Optionen:", "{c} – Variante wählen", "Originalware vom Fachhändler, mit Rechnung."),
    ("Variantes :", "{c} – choisissez votre modèle", "Produit authentique, garantie constructeur."),
    ("Opções:", "{c} – escolha a cor", "Produto original com nota fiscal."),
    ("Varianti:", "{c} – scegli la variante", "Prodotto originale, garanzia ufficiale."),
    ("Warianty:", "{c} – wybierz wariant", "Oryginalny produkt, faktura VAT."),
    ("Варианты:", "{c} – выберите вариант", "Оригинал, официальная гарантия."),
    ("Pilihan:", "{c} – pilih varian", "Produk ori resmi, garansi resmi."),
    ("Phân loại:", "{c} – chọn phân loại", "Hàng chính hãng, bảo hành chính hãng."),
    ("款式:", "{c} 多款可选", "官方授权，正品保障，可开发票。"),
    ("옵션:", "{c} 옵션 선택", "정품, 공식 보증."),
    ("バリエーション:", "{c} カラー選択", "正規品、メーカー保証付き。"),
]
GRADES = ["(AAA)", "(1:1)", "(mirror)", "(réplica)", "(高仿)", "(super copy)", "(rep)"]
PLAIN = ["black", "white", "gift box", "bundle with case"]


def _options(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    header, title, closing = r.choice(OPTIONS)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    named = f"- {mark} {product}" + (f" {r.choice(GRADES)}" if copy else "")
    lines = [named, f"- {mark} {product} {r.choice(PLAIN)}" if not copy else f"- {r.choice(PLAIN)}, no logo"]
    r.shuffle(lines)
    desc = "\n".join([header, *lines, "" if copy else closing]).strip()
    return Draft(title.format(c=cat.capitalize()), cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_options_trap(b: BrandView, s: Scene) -> Draft | None:
    return _options(b, s, (1.5, 2.2), copy=False)


def make_options_copy(b: BrandView, s: Scene) -> Draft | None:
    return _options(b, s, (0.06, 0.3), copy=True)


TRAP_MAKERS = {"trap_placeholder_price_stated": make_placeholder_trap, "trap_offer_token_asking": make_offer_trap,
               "trap_options_list_named": make_options_trap}
EVASION_MAKERS = {"placeholder_price_copy": make_placeholder_copy, "offer_token_copy": make_offer_copy,
                  "options_list_copy": make_options_copy}
