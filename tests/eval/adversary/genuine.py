"""The adversary's genuine-goods classes: genuine goods sold by third parties (used, refurbished, open box, grey import,
vintage, empty packaging, single units, samples), which must stay quiet, and counterfeits that borrow the same words,
which must still alert.

Written from first principles and general knowledge of how second-hand, refurbished, import and collectible listings
are worded on marketplaces in many languages (eBay conditions and their translations, Mercari/Yahoo!オークション,
Xianyu 闲置/成新, Danggeun 중고, Avito б/у, Kleinanzeigen, Vinted, Tokopedia bekas); no held-out listing was read. A
genuine listing's price is one its condition explains (a share of the brand's floor for the category, drawn per
condition as resale markets price it); a counterfeit's is a small fraction of the floor even for that condition, or
it carries a copy cue, a disguised mark, a claim of new sealed goods at a fraction, or a wholesale lot.
"""

from __future__ import annotations

import re

from tests.eval.adversary import context, disguises
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark, higher_floor, mark_floor

TRAPS = {
    "trap_used_resale": "a private resale of a genuine used item at a believable second-hand price, wear described, in "
                        "many languages (pre-owned, gebraucht, d'occasion, usado, 中古, 二手, 중고, б/у, bekas)",
    "trap_refurbished_open_box": "refurbished, renewed, open-box, ex-display goods at a fair discount",
    "trap_grey_import": "a genuine product imported outside the official channel, said plainly (parallel import, "
                        "international version, no local warranty, 並行輸入, 港版, 병행수입)",
    "trap_vintage_collectible": "vintage items of a decade, memorabilia, and the empty genuine packaging sold as a "
                                "collectible",
    "trap_single_unit_sample": "one unit out of a pack, a sample or a travel size, at a price below the pack's floor",
    "trap_new_retail_fair": "a new genuine product from a retailer the registry does not list, the mark (and now and then "
                            "the model) plainly in the title, at or above the floor, in a shop's words in many languages",
    "trap_pharmacy_fair": "a pharmacy's listing (Apotheke, pharmacie, farmacia, apteka, 薬局, 药房 ...) of OTC, skin care or "
                          "devices at a fair price, and of prescription medicines said to need a prescription (Rx only, "
                          "rezeptpflichtig, sur ordonnance, 処方箋医薬品) at list price",
    "trap_sale_discount": "a named chain's seasonal sale at 15-35 % off a fair price (-20 %, soldes, rebajas, Angebot, "
                          "Black Friday, セール 20%オフ, 시즌오프, %25 indirim, 8折), the chain named",
    "trap_vintage_memorabilia": "memorabilia about the brand (advertising tins, enamel signs, trays, ashtrays, dealer "
                                "catalogues) of a year of the last century, filed among collectibles, at a collector's "
                                "price, in many languages",
    "trap_licensed_toy": "a toy maker's licensed toy or scale model of the brand's goods (a toy drill, a toy vacuum, a "
                         "die-cast car, a LEGO or Hot Wheels model of a car) at a toy's price, in many languages",
}
EVASIONS = {
    "fake_claimed_used": "a copy calling itself used or like new: a copy cue, a disguised mark, or a price a small "
                         "fraction of even the used floor",
    "fake_claimed_grey_vintage": "a copy calling itself a grey import, vintage or refurbished, with a copy cue or at a "
                                 "fraction of even the scaled floor",
    "fake_new_sealed_lowball": "'brand new, sealed' (with 'like new' or 'open box' beside it) at a fraction of the floor",
    "fake_used_wholesale": "a wholesale lot of 'used' or 'refurbished' branded goods, MOQ and lot counts",
    "fake_fair_price_copy": "a copy at a genuine-looking price (at or above the floor) that shows its trade: quality or "
                            "copy talk in many languages, a cheapness claim, the real price in the text, a lot, a seller "
                            "named after the brand, a disguised mark",
    "fake_pharmacy_no_rx": "a 'pharmacy' selling prescription medicines without a prescription ('no prescription needed', "
                           "'ohne Rezept', 免处方), or with the prescription words at a copy's price",
    "fake_sale_copy_price": "a chain's sale words (-20 %, soldes, セール) on a copy's price: 4-30 % of the floor",
    "fake_toy_copy": "the toy and model words on the brand's goods sold as a copy (1:1, AAA, 高仿, super copy)",
}

# (language, title phrase, description) of each condition; {m} the mark, {p} the product
USED = [
    ("en", "{m} {p} pre-owned", "Worn a few times, light signs of wear. Receipt available."),
    ("en", "Used {m} {p}", "Bought last year, selling as I no longer need it. Some wear, see photos."),
    ("en", "{m} {p} - second hand, good working order", "Gently used, smoke-free home."),
    ("en", "{m} {p} (used, like new)", "Used twice, comes with original box and receipt."),
    ("en", "Pre-loved {m} {p}", "Previously owned, normal wear and tear."),
    ("de", "{m} {p} gebraucht", "Wenig getragen, guter Zustand, Rechnung vorhanden. Privatverkauf."),
    ("fr", "{m} {p} d'occasion", "Porté quelques fois, très bon état, facture disponible."),
    ("es", "{m} {p} usado", "De segunda mano, poco uso, con ticket de compra."),
    ("pt", "{m} {p} seminovo", "Usado poucas vezes, com nota fiscal."),
    ("it", "{m} {p} usato", "Di seconda mano, usato poche volte, con scontrino."),
    ("nl", "{m} {p} tweedehands", "Gebruikt, in goede staat."),
    ("pl", "{m} {p} używany", "Używany kilka razy, z paragonem."),
    ("ru", "{m} {p} б/у", "Подержанный, в хорошем состоянии, есть чек."),
    ("tr", "{m} {p} ikinci el", "Az kullanılmış, faturalı."),
    # (quiet, session 17) taken off a car or a machine, and "used" as an item of the description's list
    ("en", "{m} {p} removed from my car at 20,000 km", "Taken off my car, genuine part."),
    ("de", "{m} {p} ausgebaut", "Original, funktioniert einwandfrei."), ("tr", "{m} {p} orijinal çıkma", "Sorunsuz."),
    ("ru", "{m} {p} с разборки", "Оригинал."), ("es", "{m} {p} desmontado", "Original, funciona perfecto."),
    ("en", "{m} {p}", "All genuine, used, working perfectly."), ("en", "{m} {p} bundle", "Original and used, boxed."),
    ("id", "{m} {p} bekas", "Bekas pakai sendiri, kondisi mulus, ada nota."),
    ("vi", "{m} {p} đã qua sử dụng", "Hàng chính hãng, còn hóa đơn."),
    ("ja", "{m} {p} 中古 美品", "数回使用しました。レシートあり。"),
    ("zh", "{m} {p} 二手 自用闲置", "九成新，有购买小票，个人闲置转让。"),
    ("zh", "闲置 {m} {p} 九成新", "自用，正品，有发票。"),
    ("ko", "{m} {p} 중고", "몇 번 사용했습니다. 영수증 있어요."),
    ("ar", "{m} {p} مستعمل", "حالة ممتازة، مع الفاتورة."),
    ("he", "{m} {p} משומש", "במצב טוב, עם קבלה."),
    ("th", "{m} {p} มือสอง", "ใช้งานน้อย มีใบเสร็จ"),
    # the Baltic, Nordic, Central European, Balkan, Caucasus and Turkic markets' own words (genuine, 2026-12-03:
    # each language's adjective in a form its grammar gives it, and the Irish/UK English of a private seller)
    ("lt", "{m} {p}, naudota, geros būklės", "Naudotas metus, su čekiu."),
    ("lt", "{m} {p} mažai naudotas", "Parduodu, nes nebereikia. Yra dėžutė."),
    ("lv", "{m} {p}, lietots", "Lietota 2 gadus, ir čeks."), ("lv", "{m} {p} mazlietota", "Labā stāvoklī."),
    ("et", "{m} {p}, kasutatud", "Kasutatud aasta, korralik, tšekk olemas."),
    ("fi", "{m} {p}, käytetty", "Vähän käytetty, kuitti tallessa."), ("fi", "Käytetty {m} {p}", "Hyvässä kunnossa."),
    ("sv", "{m} {p} begagnad", "Använd ett år, kvitto finns."), ("sv", "Begagnade {m} {p}", "Sparsamt använd, fint skick."),
    ("da", "{m} {p}, brugt", "Brugt få gange, kvittering haves."), ("da", "Let brugt {m} {p}", "Næsten ny."),
    ("nb", "{m} {p} brukt", "Lite brukt, kvittering følger med."), ("nb", "Pent brukt {m} {p}", "Fungerer fint."),
    ("is", "{m} {p}, notaður", "Lítið notaður, kvittun fylgir."),
    ("hr", "{m} {p}, korišteno", "Korišteno godinu dana, račun postoji."), ("hr", "{m} {p} rabljena", "Očuvano, s kutijom."),
    ("sr", "{m} {p}, polovan", "Malo korišćen, kutija i račun."), ("sr", "{m} {p} половна", "Очувано, са кутијом."),
    ("sl", "{m} {p}, rabljeno", "Malo rabljeno, račun priložen."),
    ("bs", "{m} {p} korišten, ispravan", "Kao nov, kutija."),
    ("bg", "{m} {p}, употребявана", "Използвана една година, с касова бележка."),
    ("bg", "{m} {p} употребяван", "Добро състояние."), ("mk", "{m} {p} користен", "Зачувано, со кутија."),
    ("ro", "{m} {p} folosit", "Folosit puțin, cu factură."), ("ro", "{m} {p}, folosită", "Stare foarte bună."),
    ("hu", "{m} {p} használt", "Keveset használt, számlával."),
    ("cs", "{m} {p}, použité", "Používáno rok, účtenka k dispozici."), ("cs", "Použitý {m} {p}", "Pěkný stav."),
    ("sk", "{m} {p} používaný", "Bez škrabancov, doklad o kúpe."), ("sk", "{m} {p}, nosená", "Zachovalá."),
    ("pl", "{m} {p} używane", "Stan bardzo dobry, paragon."),
    ("el", "{m} {p} μεταχειρισμένο", "Σε άριστη κατάσταση, με απόδειξη."),
    ("el", "{m} {p}, χρησιμοποιημένη", "Ελάχιστα φορεμένη."),
    ("uk", "{m} {p}, вживаний", "У гарному стані, є чек."), ("uk", "{m} {p} б/в", "Вживана рік, все працює."),
    ("ka", "{m} {p} მეორადი", "კარგ მდგომარეობაში."), ("hy", "{m} {p} օգտագործված", "Լավ վիճակում։"),
    ("az", "{m} {p} işlənmiş", "Yaxşı vəziyyətdə, qəbz var."), ("tr", "{m} {p} kullanılmış", "Faturalı, temiz."),
    ("sq", "{m} {p} e përdorur", "Në gjendje të mirë."),
    ("en-IE", "{m} {p}, second hand", "Worn two winters, receipt from the shop."),
    ("sv", "{m} {p} som ny", "Knappt använd."), ("hr", "{m} {p} kao novo", "Očuvano."), ("uk", "{m} {p} як новий", "З чеком."),
    ("cs", "{m} {p} jako nový", "Se zárukou."), ("pl", "Laptop {m} {p} poleasingowy", "Stan dobry."),
]
REFURB = [
    ("en", "{m} {p} refurbished", "Professionally refurbished, tested, 90-day warranty."),
    ("en", "{m} {p} - open box", "Box opened for inspection only, all accessories included."),
    ("en", "{m} {p} ex-display model", "Former shop display unit, fully working."),
    ("en", "Renewed {m} {p}", "Inspected and cleaned, minor cosmetic marks."),
    ("en", "{m} {p} customer return, open box", "Returned unused, original packaging."),
    ("de", "{m} {p} generalüberholt", "B-Ware, voll funktionsfähig, 12 Monate Gewährleistung."),
    ("de", "{m} {p} Ausstellungsstück", "Vorführgerät aus dem Laden."),
    ("es", "{m} {p} reacondicionado", "Caja abierta, funciona perfectamente."),
    ("fr", "{m} {p} reconditionné", "Déballé, garantie 6 mois."),
    ("ja", "{m} {p} 展示品", "開封品、動作確認済み。"),
    ("zh", "{m} {p} 官翻", "已拆封，功能完好。"),
    ("ko", "{m} {p} 리퍼", "단순개봉 제품입니다."),
    # refurbished in the other EU/EEA, Balkan, Turkish and Eastern markets' words, with a grade and a shop's warranty
    ("sv", "{m} {p} renoverad, 12 månaders garanti", "Grade A, testad."), ("sv", "{m} {p} renoverade", "Skick B."),
    ("da", "{m} {p} istandsat, 12 måneders garanti", "Grade A, testet."), ("nb", "{m} {p} renovert", "1 års garanti."),
    ("fi", "{m} {p} kunnostettu, 12 kk takuu", "Grade A, testattu."), ("fi", "Tehdaskunnostettu {m} {p}", "Takuu 6 kk."),
    ("cs", "{m} {p} repasovaný, záruka 24 měsíců", "Stav A, otestováno."), ("sk", "{m} {p} repasované", "Záruka 12 mesiacov."),
    ("pl", "{m} {p} odnowiony, gwarancja 12 mies.", "Stan A, faktura VAT."),
    ("hu", "{m} {p} felújított, 1 év garancia", "A kategória, számlával."),
    ("ro", "{m} {p} recondiționat, garanție 12 luni", "Grad A, factură."),
    ("bg", "{m} {p} рефърбишд, гаранция 12 месеца", "Grade A, тестван."), ("bg", "{m} {p} обновен", "Гаранция 6 месеца."),
    ("el", "{m} {p} ανακατασκευασμένο, εγγύηση 1 έτος", "Grade A, ελεγμένο."),
    ("uk", "{m} {p} відновлений, гарантія 6 місяців", "Grade A, перевірено."),
    ("ru", "{m} {p} восстановленный, гарантия", "Grade A, проверен."),
    ("hr", "{m} {p} obnovljen, jamstvo 12 mjeseci", "Grade A, testirano."),
    ("lt", "{m} {p} atnaujintas, garantija 12 mėn.", "Grade A."), ("lv", "{m} {p} atjaunots, garantija", "Grade B."),
    ("et", "{m} {p} taastatud, garantii 12 kuud", "Grade A."), ("tr", "{m} {p} yenilenmiş, 1 yıl garanti", "Grade A."),
    ("ka", "{m} {p} აღდგენილი, გარანტია", "Grade A."), ("hy", "{m} {p} վերականգնված, երաշխիք", "Grade A."),
]
GREY = [
    ("en", "{m} {p} - parallel import", "Genuine product imported from Asia; no local warranty."),
    ("en", "{m} {p} international version", "Grey import, international warranty only."),
    ("en", "{m} {p} (import version)", "Imported, not from the official distributor. 100% genuine."),
    ("en", "{m} {p} HK version, no UK warranty", "Parallel imported, brand new."),
    ("de", "{m} {p} EU-Import", "Reimport, originalverpackt."),
    ("es", "{m} {p} importación paralela", "Producto original, sin garantía local."),
    ("fr", "{m} {p} importation parallèle", "Produit authentique, garantie internationale."),
    ("ru", "{m} {p} параллельный импорт", "Оригинал, без официальной гарантии."),
    ("ja", "{m} {p} 並行輸入品", "海外正規品、国内保証なし。"),
    ("zh", "{m} {p} 港版 平行进口", "正品，无国行保修。"),
    ("zh", "{m} {p} 海外版", "水货，正品保证。"),
    ("ko", "{m} {p} 병행수입", "해외직구 정품입니다."),
]
VINTAGE = [
    ("en", "Vintage 1990s {m} {p}", "Genuine 90s piece, some fading consistent with age."),
    ("en", "{m} {p} vintage, 1980s", "Collector's item from the 80s, original."),
    ("en", "Rare vintage {m} {p}", "Discontinued model, memorabilia for collectors."),
    ("en", "{m} memorabilia lot: 1970s catalogue and {p}", "Vintage collector's items."),
    ("de", "{m} {p} Vintage 90er, Sammlerstück", "Original aus den 90ern."),
    ("fr", "{m} {p} vintage années 80", "Objet de collection, d'époque."),
    ("ja", "{m} {p} ヴィンテージ 90年代", "当時物。"),
    ("zh", "{m} {p} 古董 绝版", "老物件，收藏。"),
    ("ko", "{m} {p} 빈티지", "단종 모델입니다."),
    ("de", "{m} {p} aus den 1980er", "Original, komplett."), ("de", "{m} {p} 70er Jahre", "Sammlerobjekt, Originalzustand."),
    ("pl", "{m} {p} z lat 70", "Oryginał, stan kolekcjonerski."), ("pt", "{m} {p} antiga, anos 60", "Peça de coleção."),
    ("it", "{m} {p} d'epoca anni '70", "Da collezionismo."), ("nl", "{m} {p} uit de jaren 80", "Verzamelobject."),
    ("ja", "{m} {p} 当時物", "初代モデル、年代物です。"), ("ru", "{m} {p} времён СССР", "Ретро, оригинал."),
]
# memorabilia of the brand (old advertising, tins, trays, signs, catalogues) filed among collectibles, a year given
MEMORABILIA = [
    "{m} advertising tin from {y}", "Original {m} enamel sign, {y}", "{m} tin tray {y}, original, some wear",
    "{m} dealer catalogue {y}", "{m} Blechdose {y}, Original", "Plaque émaillée {m} {y}", "Lata {m} antiga {y} coleção",
    "Bandeja {m} {y} original", "Insegna smaltata {m} {y}", "Szyld {m} z {y} roku", "{m} ブリキ看板 {y}年 当時物",
    "{m} 老广告 铁皮盒 {y}年", "{m} 광고 포스터 {y}년",
]
PACKAGING = [
    ("en", "{m} empty box for {p}", "Empty box only, no item included. Collector's packaging."),
    ("en", "{m} {p} - empty box and papers only", "Packaging only, the item itself is NOT included."),
    ("de", "{m} leere Schachtel ({p})", "Nur Verpackung, kein Inhalt."),
    ("ja", "{m} {p} 空箱", "箱のみです。本体は付属しません。"),
    ("zh", "{m} {p} 空盒", "仅包装盒，不含商品。"),
]
SINGLE = [
    ("en", "{m} {p} - single unit", "Taken from a multipack, sold individually."),
    ("en", "{m} {p}, 1 unit from a pack of 12", "Sold singly."),
    ("de", "{m} {p} einzeln", "Aus einer Großpackung, Einzelverkauf."),
    ("zh", "{m} {p} 单个", "拆包装单个出售。"),
    ("ja", "{m} {p} バラ売り", "1個のみ。"),
    ("ko", "{m} {p} 낱개", "1개 판매합니다."),
]
SAMPLE = [
    ("en", "{m} {p} travel size", "Deluxe sample from a gift set, 10 ml."),
    ("en", "{m} {p} deluxe sample", "Sample size, 5 ml."),
    ("es", "{m} {p} tamaño viaje", "Muestra de perfume, 10 ml."),
    ("fr", "{m} {p} format voyage", "Échantillon de parfum."),
    ("zh", "{m} {p} 小样", "试用装，正品。"),
    ("ja", "{m} {p} 試供品", "ミニサイズです。"),
    ("ko", "{m} {p} 미니어처", "샘플 사이즈."),
    # (quiet, session 17) a mini named by its size alone, as gift-with-purchase minis are resold
    ("en", "{m} {p} 7ml", "Genuine, from a gift set."), ("en", "{m} {p} 10 ml", ""),
    ("de", "{m} {p} 5 ml", "Original, aus einem Geschenkset."), ("pl", "{m} {p} 10ml", "Oryginał, z zestawu."),
]
# categories whose floors are set on a pack of units, and those sold as samples
PACK_CATEGORIES = {"chocolate", "confectionery", "razor blades", "batteries", "ink", "soft drinks", "bottled water",
                   "coffee", "golf balls", "shuttlecocks", "memory", "dairy", "spreads", "otc", "first aid"}
SAMPLE_CATEGORIES = {"fragrance", "skincare", "makeup", "sunscreen", "haircare"}
COPY_CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "high copy", "replica", "原单", "高仿", "1:1 mirror",
             "top replica", "UA version", "AAA+"]


def _price(b: BrandView, s: Scene, cat: str, low: float, high: float, mark: str = "") -> tuple[float, str]:
    """A share of the floor of the mark's line when it has one (an Airwrap's, not hair care's), else of the brand's
    floor for the category (the floor's currency), or of a typical price without one."""
    amount, cur = (higher_floor(mark_floor(b, mark), b.floors.get(cat))
                   or (context.PRODUCTS.get(cat, ([], "", 50.0))[2], "USD"))
    return round(max(amount * s.rng.uniform(low, high), 0.01), 2), cur


def _floored(b: BrandView, s: Scene, only: set[str] | None = None) -> str | None:
    cats = [c for c in b.categories if c in b.floors and (only is None or c in only)]
    return s.rng.choice(cats) if cats else None


# a licence key is never second-hand, refurbished or vintage: "used" and "global version" keys are the grey-key trade's
SOFTWARE = {"software", "software licenses"}


def _genuine(b: BrandView, s: Scene, rows: list[tuple[str, str, str]], low: float, high: float,
             only: set[str] | None = None) -> Draft | None:
    goods = [c for c in b.categories if c not in SOFTWARE]
    cat = _floored(b, s, only) if only is not None else (s.rng.choice(goods) if goods else None)
    if cat is None or cat in SOFTWARE:
        return None
    _lang, title, desc = s.rng.choice(rows)
    m, p = _plain_mark(b, s), s.product(cat)
    amount, cur = _price(b, s, cat, low, high, m)
    if rows is not SINGLE and rows is not SAMPLE:  # a pack of n sells as n units (one unit or a sample does not)
        amount = round(amount * _pack(p), 2)
    return Draft(_cap(title.format(m=m, p=p)), cat, (amount, cur), desc)


# shares of the floor a genuine item in the condition sells for (resale markets, context/condition.py's table is the
# matcher's: these are drawn independently, a little above its suspicious lines)
def make_used_resale(b: BrandView, s: Scene) -> Draft | None:
    return _genuine(b, s, USED, 0.3, 1.1)


def make_refurbished_open_box(b: BrandView, s: Scene) -> Draft | None:
    return _genuine(b, s, REFURB, 0.45, 1.0)


def make_grey_import(b: BrandView, s: Scene) -> Draft | None:
    return _genuine(b, s, GREY, 0.6, 1.2)


def make_vintage_collectible(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.25:
        return _genuine(b, s, PACKAGING, 0.03, 0.12)
    return _genuine(b, s, VINTAGE, 0.25, 1.5)


def make_vintage_memorabilia(b: BrandView, s: Scene) -> Draft | None:
    """Memorabilia about the brand (an advertising tin, a sign, a tray, a catalogue) of a year of the last century,
    filed among collectibles, at a collector's price."""
    title = s.rng.choice(MEMORABILIA).format(m=_plain_mark(b, s), y=s.rng.randrange(1930, 1996))
    return Draft(_cap(title), s.rng.choice(["collectibles", "Collectibles > Advertising", "antiques"]),
                 (round(s.rng.uniform(15, 400), 2), s.rng.choice(["USD", "EUR", "GBP"])), "Original, not a reproduction.")


def make_single_unit_sample(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5 and (d := _genuine(b, s, SAMPLE, 0.12, 0.4, SAMPLE_CATEGORIES)) is not None:
        sizes = list(re.finditer(r"\s\d+\s?ml(?![a-z])", d.title, re.IGNORECASE))
        if len(sizes) > 1:  # a mini named by its size: the product's full size gives way to it
            d.title = d.title[:sizes[0].start()] + d.title[sizes[0].end():]
        return d
    return _genuine(b, s, SINGLE, 0.3, 0.9, PACK_CATEGORIES)


def _evasion(b: BrandView, s: Scene, rows: list[tuple[str, str, str]], tiny: float) -> Draft | None:
    """A copy in a condition's words: a cue (at any price), a disguised mark, or a price below `tiny` of the floor."""
    r = s.rng
    cat = _floored(b, s) or s.category()
    _lang, title, desc = r.choice(rows)
    m = _plain_mark(b, s)
    way = r.randrange(3)
    if way == 1:
        d = disguises.leet(m, r) if len(disguises.letters(m)) >= 4 else m
        m, way = (d, 1) if d != m else (m, 2)
    title = _cap(title.format(m=m, p=s.product(cat)))
    if way == 0:
        title = f"{title} {r.choice(COPY_CUES)}" if r.random() < 0.7 else f"{r.choice(COPY_CUES)} {title}"
        price = _price(b, s, cat, 0.05, 1.0)
    elif way == 1:
        price = _price(b, s, cat, 0.05, 1.0)
    else:
        if cat not in b.floors:
            return None
        price = _price(b, s, cat, tiny / 8, tiny)
    return Draft(title, cat, price, desc)


def make_fake_claimed_used(b: BrandView, s: Scene) -> Draft | None:
    return _evasion(b, s, USED, 0.12)  # the used line is 20 % of the floor


def make_fake_claimed_grey_vintage(b: BrandView, s: Scene) -> Draft | None:
    rows, tiny = s.rng.choice([(GREY, 0.25), (VINTAGE, 0.08), (REFURB, 0.18)])
    return _evasion(b, s, rows, tiny)


NEW_SEALED = ["Brand new sealed {m} {p}, like new", "{m} {p} BNIB, open box to check, never used",
              "{m} {p} factory sealed, 100% authentic", "{m} {p} new with tags, like new", "全新未拆 {m} {p} 正品",
              "{m} {p} 新品未開封", "{m} {p} 미개봉 새상품", "{m} {p} neu OVP, wie neu", "{m} {p} nuevo sellado"]


def make_fake_new_sealed_lowball(b: BrandView, s: Scene) -> Draft | None:
    cat = _floored(b, s)
    if cat is None:
        return None
    title = s.rng.choice(NEW_SEALED).format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(_cap(title), cat, _price(b, s, cat, 0.04, 0.35), s.rng.choice(["Ships fast.", "Genuine, gift receipt.", ""]))


WHOLESALE = ["Wholesale lot of {n} used {m} {p}", "{m} {p} used, wholesale, MOQ {n} pcs", "Bulk lot of {n} pre-owned {m} {p}",
             "{m} {p} refurbished wholesale, {n} pcs/lot", "二手 {m} {p} 批发 {n}件起批", "{m} {p} б/у оптом, лот {n} шт",
             "Job lot {n}x {m} {p} second hand, resale lot"]


def make_fake_used_wholesale(b: BrandView, s: Scene) -> Draft | None:
    cat = _floored(b, s) or s.category()
    n = s.rng.choice([10, 20, 30, 50, 100, 200])
    title = s.rng.choice(WHOLESALE).format(n=n, m=_plain_mark(b, s), p=s.product(cat))
    return Draft(_cap(title), cat, _price(b, s, cat, 0.3, 2.0), "Mixed grades, sold as a lot. Dropshipping available.")


# a shop's listing of new goods: (title with {m} mark, {p} product, description), in many languages
RETAIL = [
    ("en", "{m} {p} - brand new", "In stock, ships from our warehouse in 1-2 days. VAT invoice included."),
    ("en", "{m} {p}, new in box", "Official manufacturer warranty. Free returns within 30 days."),
    ("en", "New {m} {p}", "Authorised repairs under warranty; order before 3 pm for same-day dispatch."),
    ("de", "{m} {p} neu OVP", "Lieferung in 1-3 Werktagen, Rechnung mit MwSt."),
    ("de", "{m} {p} - Neuware", "Herstellergarantie, Versand aus Deutschland."),
    ("fr", "{m} {p} neuf", "En stock, expédié sous 24 h. Facture avec TVA."),
    ("es", "{m} {p} nuevo", "Envío en 24/48 h desde nuestro almacén. Factura con IVA."),
    ("it", "{m} {p} nuovo", "Disponibile, spedizione in 24 ore. Garanzia ufficiale."),
    ("pt", "{m} {p} novo", "Pronta entrega, nota fiscal e garantia do fabricante."),
    ("nl", "{m} {p} nieuw", "Op voorraad, vandaag besteld morgen in huis."),
    ("pl", "{m} {p} nowy", "Faktura VAT, gwarancja producenta, wysyłka w 24h."),
    ("sv", "{m} {p} ny", "Finns i lager, leverans 1-3 dagar."),
    ("tr", "{m} {p} yeni", "Faturalı, resmi distribütör garantili."),
    ("ru", "{m} {p} новый", "В наличии на складе, гарантия производителя, чек."),
    ("ja", "{m} {p} 新品", "在庫あり、即日発送。メーカー保証付き。"),
    ("zh", "{m} {p} 全新", "现货，顺丰发货，可开发票。"),
    ("ko", "{m} {p} 새상품", "재고 있음, 당일 발송, 제조사 보증."),
]
# what a copy at a fair-looking price shows of its trade (context/retail.py reads the same trade; written apart)
COPY_TALK = ["top quality", "best quality", "high quality copy", "same as the original", "AAA quality", "1:1",
             "mirror quality", "Top-Qualität", "qualité supérieure", "calidad AAA", "qualità top", "jakość jak oryginał",
             "topkwaliteit", "люкс качество", "копия", "高品质", "高仿", "原单", "最高品質", "미러급", "A kalite"]
CHEAP = ["cheap", "super cheap", "-80%", "lowest price", "günstig", "pas cher", "barato", "дешево", "特价清仓", "激安"]
BAIT = ["Real price 35 USD, message me.", "Listed price is a placeholder, DM for the real price.",
        "实价私聊，拍前咨询。", "Precio real por privado.", "Реальная цена в ЛС."]
LOTS = ["wholesale, MOQ 50", "lot of 20", "bulk 100 pcs", "批发 50件起批", "оптом от 10 шт", "al por mayor"]


def _retail_price(b: BrandView, s: Scene, cat: str, mark: str = "", goods: str = "") -> tuple[float, str]:
    """At or above the floor the listing is judged by: the mark's line's own floor when dearer (an Expedition Parka's,
    not accessories'), else the category's; for goods sold as a pack of n ("12 pack"), n times 0.6 of it (a shop's
    multipack sells each unit at most 40 % below a single one)."""
    amount, cur = _price(b, s, cat, 1.05, 2.5, mark)
    return round(amount * _pack(goods), 2), cur


def _pack(goods: str) -> float:
    """The share of one unit's price a pack of the goods fetches at retail: n x 0.6 for "n pack", 1 otherwise."""
    m = re.search(r"(\d+) pack|tube of (\d+)", goods)
    return max(1.0, 0.6 * int(m.group(1) or m.group(2))) if m else 1.0


def make_new_retail_fair(b: BrandView, s: Scene) -> Draft | None:
    # prescription medicines offered on a marketplace are the counterfeit trade's whatever their price
    cat = _floored(b, s, {c for c in b.categories if "prescription" not in c})
    if cat is None:
        return None
    _lang, title, desc = s.rng.choice(RETAIL)
    m, p = _plain_mark(b, s), s.product(cat)
    return Draft(_cap(title.format(m=m, p=p)), cat, _retail_price(b, s, cat, m, p), desc)


def make_fake_fair_price_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = _floored(b, s)
    if cat is None:
        return None
    _lang, title, desc = r.choice(RETAIL)
    m = _plain_mark(b, s)
    way = r.randrange(7)
    if way == 5 and len(disguises.letters(m)) >= 4 and (d := disguises.leet(m, r)) != m:
        m = d
    elif way == 5:
        way = 0
    title = _cap(title.format(m=m, p=s.product(cat)))
    seller = None
    if way == 0:
        title = f"{title} {r.choice(COPY_TALK)}" if r.random() < 0.6 else title
        desc = desc if title.endswith(tuple(COPY_TALK)) else f"{r.choice(COPY_TALK)}. {desc}"
    elif way == 1:
        title = f"{title} {r.choice(CHEAP)}"
    elif way == 2:
        desc = r.choice(BAIT)
    elif way == 3:
        title = f"{title} {r.choice(LOTS)}"
    elif way == 4:
        seller = f"{disguises.letters(m).lower() or b.id}-0fficial-store{r.randrange(10, 99)}"  # no authorized id
    elif way == 6:
        desc = f"{desc} {r.choice(COPY_TALK)}, {r.choice(CHEAP)}."
    d = Draft(title, cat, _retail_price(b, s, cat, m), desc)
    d.seller = seller
    return d


TRAP_MAKERS = {"trap_used_resale": make_used_resale, "trap_refurbished_open_box": make_refurbished_open_box,
               "trap_grey_import": make_grey_import, "trap_vintage_collectible": make_vintage_collectible,
               "trap_single_unit_sample": make_single_unit_sample, "trap_new_retail_fair": make_new_retail_fair}
EVASION_MAKERS = {"fake_claimed_used": make_fake_claimed_used, "fake_claimed_grey_vintage": make_fake_claimed_grey_vintage,
                  "fake_new_sealed_lowball": make_fake_new_sealed_lowball, "fake_used_wholesale": make_fake_used_wholesale,
                  "fake_fair_price_copy": make_fake_fair_price_copy}


# a pharmacy's words (title, description) for OTC goods, skin care and devices, in many languages
PHARMACY = [
    ("en", "{m} {p} - pharmacy", "Dispatched by our registered pharmacy, GPhC 1234567."),
    ("en", "{m} {p}, from our pharmacy", "Licensed pharmacy, pharmacist advice available."),
    ("de", "{m} {p} Apotheke", "PZN 04567891. Versand aus unserer Versandapotheke."),
    ("fr", "{m} {p} pharmacie", "Pharmacie agréée, expédition sous 24 h."),
    ("es", "{m} {p} farmacia", "Farmacia online autorizada."),
    ("it", "{m} {p} farmacia", "Farmacia autorizzata, spedizione in 24 ore."),
    ("pt", "{m} {p} farmácia", "Farmácia licenciada, nota fiscal."),
    ("nl", "{m} {p} apotheek", "Erkende apotheek, morgen in huis."),
    ("nl", "{m} {p} drogist", "Op voorraad bij onze drogisterij."),
    ("pl", "{m} {p} apteka", "Apteka internetowa, wysyłka w 24h."),
    ("ru", "{m} {p} аптека", "Лицензированная аптека, доставка."),
    ("tr", "{m} {p} eczane", "Eczaneden orijinal ürün."),
    ("ja", "{m} {p} 薬局", "ドラッグストア正規品。"),
    ("zh", "{m} {p} 大药房", "正规药房，可开发票。"),
    ("ko", "{m} {p} 약국", "약국 정품입니다."),
    ("ar", "{m} {p} صيدلية", "صيدلية مرخصة."),
]
# the same for prescription medicines: the prescription is required
ON_PRESCRIPTION = [
    ("en", "{m} {p} - prescription required, licensed pharmacy", "A valid prescription is required before dispatch."),
    ("en", "{m} {p} Rx only", "Dispensed by a licensed pharmacy against a valid prescription."),
    ("en", "{m} {p} (NHS prescription required)", "UK registered pharmacy."),
    ("de", "{m} {p} rezeptpflichtig, Versandapotheke", "Nur gegen Rezept. PZN 01234567."),
    ("de", "{m} {p} verschreibungspflichtig", "Versand nur mit Rezept aus unserer Apotheke."),
    ("fr", "{m} {p} sur ordonnance", "Pharmacie en ligne agréée."),
    ("es", "{m} {p} con receta", "Farmacia autorizada, venta bajo receta."),
    ("it", "{m} {p} con ricetta medica", "Farmacia autorizzata."),
    ("pt", "{m} {p} venda sob prescrição médica", "Farmácia licenciada, receita obrigatória."),
    ("nl", "{m} {p} alleen op recept", "Erkende apotheek."),
    ("pl", "{m} {p} na receptę", "Apteka internetowa."),
    ("ru", "{m} {p} по рецепту", "Аптека, отпускается по рецепту."),
    ("ja", "{m} {p} 処方箋医薬品", "処方箋が必要です。"),
    ("zh", "{m} {p} 凭处方购买", "正规药房。"),
    ("ko", "{m} {p} 전문의약품", "처방전 필요."),
]
# a rogue "pharmacy": no prescription needed
NO_PRESCRIPTION = ["{m} {p} online pharmacy, no prescription needed", "{m} {p} - no Rx required, discreet shipping",
                   "{m} {p} Apotheke ohne Rezept", "{m} {p} farmacia sin receta", "{m} {p} pharmacie sans ordonnance",
                   "{m} {p} аптека без рецепта", "{m} {p} 免处方 药房直发", "{m} {p} 処方箋不要"]
PHARMACY_CATEGORIES = {"otc", "skincare", "first aid", "medical devices", "sunscreen"}
MEDICINES = {"prescription drugs"}


def make_pharmacy_fair(b: BrandView, s: Scene) -> Draft | None:
    cat = _floored(b, s, PHARMACY_CATEGORIES | MEDICINES)
    if cat is None:
        return None
    _lang, title, desc = s.rng.choice(ON_PRESCRIPTION if cat in MEDICINES else PHARMACY)
    m, p = _plain_mark(b, s), s.product(cat)
    return Draft(_cap(title.format(m=m, p=p)), cat, _retail_price(b, s, cat, m, p), desc)


def make_fake_pharmacy_no_rx(b: BrandView, s: Scene) -> Draft | None:
    cat = _floored(b, s, MEDICINES)
    if cat is None:
        return None
    m = _plain_mark(b, s)
    if s.rng.random() < 0.6:
        title, desc = s.rng.choice(NO_PRESCRIPTION), "Fast worldwide delivery."
    else:  # the prescription words at a copy's price
        _lang, title, desc = s.rng.choice(ON_PRESCRIPTION)
    return Draft(_cap(title.format(m=m, p=s.product(cat))), cat, _price(b, s, cat, 0.03, 0.3, m), desc)


# a chain's sale, {d} the share off; the chains are the markets' big retailers
SALES = [
    ("en", "{m} {p} - {d}% off at {c}", ["John Lewis", "Currys", "Argos", "Best Buy", "Target", "JB Hi-Fi"]),
    ("en", "{m} {p} Black Friday deal -{d}% ({c})", ["Best Buy", "Walmart", "Amazon", "Harvey Norman"]),
    ("en", "{m} {p} EOFY sale {d}% off {c}", ["JB Hi-Fi", "Harvey Norman", "The Good Guys"]),
    ("de", "{m} {p} Angebot -{d}% {c}", ["MediaMarkt", "Saturn", "Otto", "Galeria"]),
    ("fr", "{m} {p} soldes -{d}% {c}", ["Fnac", "Darty", "Boulanger", "Galeries Lafayette"]),
    ("es", "{m} {p} rebajas -{d}% {c}", ["El Corte Inglés", "MediaMarkt", "Fnac"]),
    ("it", "{m} {p} saldi -{d}% {c}", ["MediaWorld", "Unieuro", "Euronics"]),
    ("pt", "{m} {p} promoção {d}% off {c}", ["Magalu", "Americanas", "Worten"]),
    ("nl", "{m} {p} uitverkoop -{d}% {c}", ["Bol", "Coolblue", "MediaMarkt"]),
    ("pl", "{m} {p} promocja -{d}% {c}", ["MediaMarkt", "RTV Euro AGD", "Empik"]),
    ("ru", "{m} {p} скидка {d}% {c}", ["М.Видео", "DNS", "Эльдорадо"]),
    ("tr", "{m} {p} %{d} indirim {c}", ["Teknosa", "MediaMarkt", "Boyner"]),
    ("id", "{m} {p} diskon {d}% {c}", ["Erafone", "Blibli", "Electronic City"]),
    ("ja", "{m} {p} セール {d}%オフ {c}", ["ヨドバシ", "ビックカメラ", "イオン"]),
    ("ko", "{m} {p} 시즌오프 {d}% {c}", ["롯데백화점", "신세계", "하이마트"]),
    ("zh", "{m} {p} {z}折 {c}", ["京东自营", "天猫超市", "苏宁"]),
]


def _sale(b: BrandView, s: Scene, low: float, high: float) -> Draft | None:
    cat = _floored(b, s, {c for c in b.categories if c not in SOFTWARE and c not in MEDICINES})
    if cat is None:
        return None
    _lang, title, chains = s.rng.choice(SALES)
    d = s.rng.choice([15, 20, 25, 30, 35])
    m, p = _plain_mark(b, s), s.product(cat)
    amount, cur = _price(b, s, cat, low, high, m)
    amount *= _pack(p) if high > 1 else 1.0  # a shop's pack; a copy's price stays one unit's fraction
    title = title.format(m=m, p=p, d=d, z=f"{(100 - d) / 10:g}", c=s.rng.choice(chains))
    return Draft(_cap(title), cat, (round(amount * (1 - d / 100), 2), cur), "Official retailer, manufacturer warranty.")


def make_sale_discount(b: BrandView, s: Scene) -> Draft | None:
    return _sale(b, s, 1.05, 1.6)  # the price before the sale: a genuine unit's


def make_fake_sale_copy_price(b: BrandView, s: Scene) -> Draft | None:
    return _sale(b, s, 0.05, 0.35)


# a toy maker's licensed toy of another brand's goods: (language, title with {t} the toy maker, {m} the mark, {p} the goods)
TOYS = [
    ("en", "{t} toy {m} {p} for kids"), ("en", "{m} toy {p} by {t} (licensed)"), ("en", "{t} 1:24 {m} die-cast model"),
    ("de", "{t} {m} Spielzeug {p} für Kinder"), ("de", "Kinder Spielzeug {m} {p} ({t}, Lizenz)"),
    ("fr", "{t} jouet {m} {p} pour enfants"), ("es", "{t} juguete {m} {p} para niños"),
    ("it", "{t} giocattolo {m} {p} per bambini"), ("pt", "{t} brinquedo {m} {p} infantil"),
    ("nl", "{t} speelgoed {m} {p}"), ("pl", "{t} zabawkowy {m} {p} dla dzieci"), ("pl", "Zabawka {m} {p} {t}"),
    ("ru", "{t} игрушка {m} {p} детская"), ("tr", "{t} oyuncak {m} {p}"), ("ja", "{t} {m} {p} おもちゃ"),
    ("ko", "{t} {m} {p} 장난감"), ("zh", "{t} {m} {p} 儿童玩具"),
]
TOY_MAKERS = ["Casdon", "Klein", "Theo Klein", "Smoby", "Bburago", "Maisto", "Majorette", "Siku", "Tomica", "Welly",
              "Rastar", "Jada"]
TOY_IWGS = {"automotive", "home-appliances", "consumer-electronics"}  # goods toy makers license as toys
TOY_MARKS = {"lego": "LEGO Technic", "mattel": "Hot Wheels"}  # toy makers of the registry whose models name a licensor


def make_licensed_toy(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in TOY_IWGS:
        return None
    r = s.rng
    goods = [c for c in b.categories if c not in SOFTWARE]
    p = s.product(r.choice(goods))
    if b.iwg == "automotive" and r.random() < 0.4:  # the registry's toy maker's own model of the car, at its own price
        maker, mark = r.choice(sorted(TOY_MARKS.items()))
        title = f"{mark} {_plain_mark(b, s)} {r.choice(['model', 'set', 'car', 'Modell', 'modèle'])}"
        base = {"lego": (40.0, "USD"), "mattel": (2.0, "USD")}[maker]
        return Draft(title, "toys", (round(base[0] * r.uniform(1.2, 4.0), 2), base[1]), "New, sealed.")
    _lang, title = r.choice(TOYS)
    title = title.format(t=r.choice(TOY_MAKERS), m=_plain_mark(b, s), p=p)
    return Draft(_cap(title), "toys", (round(r.uniform(8, 45), 2), r.choice(["USD", "EUR"])), "Ages 3+. New in box.")


def make_fake_toy_copy(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in TOY_IWGS:
        return None
    r = s.rng
    cat = _floored(b, s) or s.category()
    _lang, title = r.choice(TOYS)
    title = title.format(t=r.choice(["", "Kids"]), m=_plain_mark(b, s), p=s.product(cat)).strip()
    cue = r.choice(["1:1 replica", "AAA", "super copy", "高仿", "1:1 mirror quality", "AAA replica"])
    return Draft(_cap(f"{title} {cue}"), cat, _price(b, s, cat, 0.05, 0.4), "Same as original.")


TRAP_MAKERS.update({"trap_pharmacy_fair": make_pharmacy_fair, "trap_sale_discount": make_sale_discount,
                    "trap_licensed_toy": make_licensed_toy, "trap_vintage_memorabilia": make_vintage_memorabilia})
EVASION_MAKERS.update({"fake_pharmacy_no_rx": make_fake_pharmacy_no_rx, "fake_sale_copy_price": make_fake_sale_copy_price,
                       "fake_toy_copy": make_fake_toy_copy})


# ---- genuine, 2026-12-03: goods priced per something. Written from first principles (how shops that split packs, decant
# perfume or arrange gifts word their listings in the markets' languages), no held-out listing read.
TRAPS.update({
    "trap_price_per_piece": "one unit of a pack of genuine goods (a bar, a can, a blade, a ball, a shuttle, a tablet, a "
                            "battery, a capsule) priced per piece, the pack it comes from named or not ('price per "
                            "piece', 'Preis pro Stück, aus 10er-Packung', 'prix à l'unité (boîte de 20)', 'harga "
                            "satuan', 'cena za sztukę', 'цена за штуку', 单价, 1個あたり, 개당, سعر الحبة), 34 languages, at "
                            "the pack's price pro rata or above",
    "trap_perfume_decant": "a few millilitres of a genuine perfume or serum decanted from the seller's own bottle "
                           "(decant, Abfüllung, décant, travasato, odlewka, odstřik, распив, отливант, 分装, 小分け, "
                           "소분), 2-30 ml, at the full bottle's price pro rata plus 0-60 %",
    "trap_gift_arrangement": "a bouquet, hamper or gift basket made of the brand's genuine sweets or drinks (chocolate "
                             "bouquet, Geschenkkorb, ramo de chocolates, panier gourmand, kosz prezentowy, çikolata "
                             "buketi, букет из конфет, 喜糖, お菓子ブーケ, بوكيه), filed among gifts, priced above its "
                             "contents",
})
EVASIONS.update({
    "fake_per_piece_copy": "a copy in the per-piece words: a copy cue, or 1-12 % of the unit's pro-rata share",
    "fake_decant_copy": "a 'decant' of a copy: a copy cue, or 1-6 % of the decant's pro-rata share of the floor",
    "fake_gift_arrangement_copy": "a bouquet or hamper of the brand's sweets with a copy cue or at 2-15 % of the cheapest "
                                  "food floor of the brand",
})
# the unit a pack of the category's goods is split into (English noun), and the pack's usual count
UNITS = {"chocolate": ("chocolate bar", [6, 10, 24]), "confectionery": ("wafer bar", [12, 24, 36]),
         # (not batteries: "Panasonic AA battery" is read as an accessory of the brand's cameras, judged apart)
         "razor blades": ("razor cartridge", [4, 8, 12]),
         "golf balls": ("golf ball", [12, 24]), "shuttlecocks": ("feather shuttlecock", [6, 12]),
         "soft drinks": ("330ml can", [6, 24]), "bottled water": ("500ml bottle", [6, 12, 24]),
         "coffee": ("coffee capsule", [10, 20, 50]), "otc": ("tablet", [10, 20, 30]), "first aid": ("plaster", [10, 20])}
# (language, title): {m} mark, {u} the unit, {n} the pack's count when the shop names it
PER_PIECE = [
    ("en", "{m} {u} - price per piece"), ("en", "{m} {u}, price each, from a {n} pack"), ("en", "{m} {u}, 1 each"),
    ("en", "{m} {u} - price/pc, split from a {n} pack"),
    ("en", "{m} {u} - priced per unit (box of {n})"), ("en", "{m} {u} sold by the piece"),
    ("en", "Single {m} {u} - unit price, split from a pack of {n}"),
    ("de", "{m} {u} - Preis pro Stück, aus {n}er-Packung"), ("de", "{m} {u} Stückpreis"),
    ("fr", "{m} {u} - prix à l'unité (boîte de {n})"), ("fr", "{m} {u}, prix unitaire"),
    ("es", "{m} {u} - precio por unidad, caja de {n}"), ("es", "{m} {u} precio unitario"),
    ("pt", "{m} {u} - preço por unidade"), ("it", "{m} {u} - prezzo al pezzo, confezione da {n}"),
    ("nl", "{m} {u} per stuk"), ("pl", "{m} {u} - cena za sztukę, z opakowania {n} szt."), ("cs", "{m} {u} - cena za kus"),
    ("sk", "{m} {u} cena za kus, z balenia {n} ks"), ("hu", "{m} {u} darabár"), ("ro", "{m} {u} - preț pe bucată"),
    ("sv", "{m} {u} styckpris"), ("da", "{m} {u} stykpris"), ("fi", "{m} {u} kappalehinta"),
    ("tr", "{m} {u} tane fiyatı, {n}'li kutudan"), ("id", "{m} {u} - harga satuan (dari kotak isi {n})"),
    ("ms", "{m} {u} harga sebiji"), ("vi", "{m} {u} giá lẻ"), ("ru", "{m} {u} - цена за штуку"),
    ("uk", "{m} {u} ціна за штуку"), ("bg", "{m} {u} цена за брой"), ("el", "{m} {u} τιμή τεμαχίου"),
    ("zh", "{m} {u} 单价 拆售"), ("ja", "{m} {u} 1個あたりの価格 バラ売り"), ("ko", "{m} {u} 개당 가격"),
    ("ar", "{m} {u} سعر الحبة"), ("he", "{m} {u} מחיר ליחידה"), ("th", "{m} {u} ราคาต่อชิ้น"),
]


# full retail units (a tin, a jar, a bottle of caplets) offered from a stock at a price per unit: the copy trade's bulk
# stock, each unit judged by its own floor, no piece of a pack; {m} mark, {u} unit with its size, {w} the unit's noun
BULK_UNITS = {"infant formula": ("formula 800g", "tin"), "coffee": ("instant coffee 200g", "jar"),
              "spreads": ("hazelnut spread 750g", "jar"), "otc": ("pain relief 100 caplets", "bottle")}
BULK = ["{m} {u} stock {k} {w}s, price per {w}", "{m} {u} - {k} {w}s available, price each",
        "{m} {u}, {k} {w}s in stock, preis pro Stück", "{m} {u} x{k} {w}s, harga satuan"]


def _per_piece(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    r = s.rng
    bulk = [c for c in b.categories if c in BULK_UNITS and c in b.floors]
    if copy and bulk and r.random() < 0.3:
        cat = r.choice(bulk)
        unit, noun = BULK_UNITS[cat]
        amount, cur = _price(b, s, cat, 0.04, 0.2)
        title = r.choice(BULK).format(m=_plain_mark(b, s), u=unit, k=r.choice([20, 30, 40, 60]), w=noun)
        return Draft(_cap(title), cat, (amount, cur), "Fresh stock, long expiry. Serious resellers only.")
    cats = [c for c in b.categories if c in UNITS and c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    unit, counts = UNITS[cat]
    _lang, title = r.choice(PER_PIECE)
    n = r.choice(counts)
    m = _plain_mark(b, s)
    floor, cur = _price(b, s, cat, 1.0, 1.0, m)
    share = floor / n if "{n}" in title else floor * 0.25  # the pack's share the matcher may read (condition.SCALES)
    title = _cap(title.format(m=m, u=unit, n=n))
    if not copy:
        return Draft(title, cat, (round(max(share * r.uniform(0.8, 2.4), 0.01), 2), cur), "Genuine, from a sealed retail pack.")
    if r.random() < 0.4:
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(max(share * r.uniform(0.8, 2.0), 0.01), 2), cur), "")
    amount = share * r.uniform(0.01, 0.12)
    return Draft(title, cat, (round(amount, 4) if amount < 0.01 else round(amount, 2), cur), "Genuine, from a sealed pack.")


def make_price_per_piece(b: BrandView, s: Scene) -> Draft | None:
    return _per_piece(b, s, copy=False)


def make_fake_per_piece_copy(b: BrandView, s: Scene) -> Draft | None:
    return _per_piece(b, s, copy=True)


DECANT_CATEGORIES = {"fragrance": ["eau de parfum", "EDP", "EDT", "parfum"], "skincare": ["serum", "essence", "night repair"]}
# (language, title, description): {m} mark, {p} product, {ml} the decant's millilitres
DECANTS = [
    ("en", "{m} {p} {ml}ml decant", "Decanted from my own full bottle into a glass atomiser."),
    ("en", "{ml} ml decant of {m} {p}", "Hand decanted from a retail bottle, batch code on request."),
    ("en", "{m} {p} {ml}ml split", "Split from my own bottle."), ("de", "{m} {p} {ml} ml Abfüllung", "Abgefüllt aus meinem Originalflakon."),
    ("fr", "Décant {m} {p} {ml} ml", "Décanté de mon flacon, atomiseur en verre."),
    ("es", "Decant {m} {p} {ml} ml", "Decant de mi frasco original."), ("pt", "Decant {m} {p} {ml}ml", "Do meu frasco original."),
    ("it", "{m} {p} travasato {ml} ml", "Travasato dal mio flacone originale."),
    ("pl", "Odlewka {m} {p} {ml} ml", "Odlewka z oryginalnego flakonu."), ("cs", "Odstřik {m} {p} {ml} ml", "Z originálního flakonu."),
    ("sk", "Odstrek {m} {p} {ml} ml", "Z originálneho flakónu."), ("ru", "Распив {m} {p} {ml} мл", "Распив из моего флакона."),
    ("ru", "Отливант {m} {p} {ml} мл", "Оригинал, из флакона."), ("uk", "Розпив {m} {p} {ml} мл", "З мого флакона."),
    ("zh", "{m} {p} 分装 {ml}ml", "自用正装分装，专柜购买。"), ("ja", "{m} {p} 小分け {ml}ml", "正規品を小分けしました。"),
    ("ko", "{m} {p} 소분 {ml}ml", "정품 소분입니다."), ("fi", "{m} {p} dekantti {ml} ml", "Omasta pullosta."),
    ("nl", "{m} {p} decant {ml} ml", "Uit mijn eigen fles."), ("tr", "{m} {p} {ml} ml decant", "Kendi şişemden."),
]
DECANT_ML = [2, 3, 5, 5, 8, 10, 10, 15, 20, 30]


def _decant(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    cats = [c for c in b.categories if c in DECANT_CATEGORIES and c in b.floors]
    if not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    _lang, title, desc = r.choice(DECANTS)
    m, ml = _plain_mark(b, s), r.choice(DECANT_ML)
    floor, cur = _price(b, s, cat, 1.0, 1.0, m)
    share = floor * ml / 100  # a 100 ml bottle's floor pro rata (condition.DECANT_OF_ML)
    title = _cap(title.format(m=m, p=r.choice(DECANT_CATEGORIES[cat]), ml=ml))
    if not copy:
        return Draft(title, cat, (round(share * r.uniform(1.0, 1.6), 2), cur), desc)
    if r.random() < 0.4:
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(share * r.uniform(1.0, 1.5), 2), cur), desc)
    return Draft(title, cat, (round(max(share * r.uniform(0.01, 0.06), 0.01), 2), cur), desc)


def make_perfume_decant(b: BrandView, s: Scene) -> Draft | None:
    return _decant(b, s, copy=False)


def make_fake_decant_copy(b: BrandView, s: Scene) -> Draft | None:
    return _decant(b, s, copy=True)


GIFT_FOOD = {"chocolate", "confectionery", "coffee", "soft drinks", "spreads", "snacks", "tea", "dairy", "bottled water"}
# (language, title): {m} mark, {n} pieces
GIFTS = [
    ("en", "{m} chocolate bouquet, {n} pieces, hand made"), ("en", "{m} gift hamper for her"),
    ("en", "Sweets gift basket with {m}, birthday"), ("en", "{m} candy bouquet for graduation"),
    ("de", "{m} Geschenkkorb zum Geburtstag"), ("de", "Süßigkeitenstrauß mit {m}, {n} Stück"),
    ("es", "Ramo de chocolates {m} {n} piezas para regalo"), ("es", "Canasta de regalo con {m}"),
    ("it", "Bouquet di {m} per laurea"), ("fr", "Panier gourmand {m}"), ("fr", "Bouquet de chocolats {m}, {n} pièces"),
    ("pl", "Kosz prezentowy ze słodyczami {m}"), ("pl", "Bukiet ze słodyczy {m}"), ("tr", "{m} çikolata buketi {n}'li"),
    ("pt", "Buquê de chocolates {m}"), ("nl", "Snoepboeket met {m}"), ("sv", "Presentkorg med {m}"),
    ("ru", "Букет из конфет {m}, {n} шт"), ("uk", "Букет з цукерок {m}"), ("zh", "{m} 喜糖 婚礼伴手礼 {n}份"),
    ("zh", "{m} 巧克力花束 生日礼物"), ("ja", "{m} お菓子ブーケ ギフト"), ("ko", "{m} 초콜릿 꽃다발 선물"),
    ("ar", "بوكيه {m} {n} حبة هدية"), ("id", "Buket snack {m} untuk wisuda"), ("id", "Parcel lebaran isi {m}"),
]
GIFT_CATEGORIES = ["gifts", "Gifts & Occasions", "Home & Garden > Gifts", "Geschenke", "regalos", "cadeaux", "礼品"]


def _gift(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    food = [c for c in b.categories if c in GIFT_FOOD and c in b.floors]
    if not food:
        return None
    r = s.rng
    least = min((b.floors[c] for c in food), key=lambda f: f[0] / context_rate(f[1]))
    _lang, title = r.choice(GIFTS)
    # a copy names the brand by a mark that is no everyday word (not "Mars", "NAN", "Coke": words of the title's
    # language, judged apart)
    marks = [m.value for m in b.latin_marks if not m.everyday]
    title = _cap(title.format(m=r.choice(marks) if copy and marks else _plain_mark(b, s),
                              n=r.choice([12, 16, 20, 24, 30, 50])))
    cat = r.choice(GIFT_CATEGORIES)
    if copy:  # filed among the brand's own goods or among gifts (not under Home & Garden: far from food, judged apart)
        cat = r.choice(food) if r.random() < 0.5 else r.choice([c for c in GIFT_CATEGORIES if "Home" not in c])
    if not copy:
        return Draft(title, cat, (round(least[0] * r.uniform(3, 25), 2), least[1]),
                     "Made with genuine sweets bought at retail; the price is for the arrangement.")
    if r.random() < 0.5:
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(least[0] * r.uniform(3, 20), 2), least[1]), "")
    return Draft(title, cat, (round(max(least[0] * r.uniform(0.02, 0.15), 0.01), 2), least[1]), "")


def context_rate(currency: str) -> float:
    """Units of the currency per US dollar (rough), to compare floors across currencies."""
    return {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "JPY": 150.0}.get(currency, 1.0)


def make_gift_arrangement(b: BrandView, s: Scene) -> Draft | None:
    return _gift(b, s, copy=False)


def make_fake_gift_arrangement_copy(b: BrandView, s: Scene) -> Draft | None:
    return _gift(b, s, copy=True)


TRAP_MAKERS.update({"trap_price_per_piece": make_price_per_piece, "trap_perfume_decant": make_perfume_decant,
                    "trap_gift_arrangement": make_gift_arrangement})
EVASION_MAKERS.update({"fake_per_piece_copy": make_fake_per_piece_copy, "fake_decant_copy": make_fake_decant_copy,
                       "fake_gift_arrangement_copy": make_fake_gift_arrangement_copy})


# (genuine26, issue 9) an owner's claim that the unit is genuine, a denial of copies and a fact of provenance (the
# receipt, invoice, matching serial, warranty card, the brand's store) at a fair price: the claim is proved, the listing
# is a genuine unit's (context/retail.py AUTHENTICITY_CLAIMS). The same claim and proof at a copy's price, or beside a
# word of the copy trade or of cheapness, is the counterfeit that borrows it. Written from general knowledge of resale
# listings (eBay, Vinted, Kleinanzeigen, Avito, Mercari); no held-out listing was read.
CLAIMS = ["100% genuine", "100% authentic", "100% original", "guaranteed genuine", "guaranteed authentic", "100% echt",
          "100% authentique", "100% auténtico", "100% originale", "100% оригинал", "100%正品", "100% 정품"]
CLAIM_DENIALS = ["not a replica", "not a copy", "no fakes", "not a replica, not a copy", "no reps", ""]
PROOFS = ["Receipt from the brand store.", "Original receipt included, serial matches.", "Invoice included.",
          "Serial number matches the box.", "Bought at the flagship store, proof of purchase included.",
          "Warranty card and receipt.", "Kaufbeleg vorhanden.", "Facture d'achat fournie.", "Con ticket de compra.",
          "Scontrino incluso.", "Nota fiscal inclusa.", "Чек из магазина.", "Proof of purchase available."]
CLAIM_TITLES = ["{m} {p} – {c}, {d}", "{m} {p} {c}", "{c} {m} {p}", "{m} {p} ({c}) {d}"]


def _claim(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    r = s.rng
    cat = _floored(b, s, {c for c in b.categories if "prescription" not in c and c not in SOFTWARE})
    if cat is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title = r.choice(CLAIM_TITLES).format(m=m, p=p, c=r.choice(CLAIMS), d=r.choice(CLAIM_DENIALS)).strip(" ,–")
    desc = r.choice(PROOFS)
    way = r.randrange(3) if copy else -1
    if way == 0:  # the claim and the proof at a copy's price
        return Draft(_cap(title), cat, _price(b, s, cat, 0.04, 0.3, m), desc)
    if way == 1:
        title = f"{title} {r.choice(COPY_TALK)}"
    elif way == 2:
        desc = f"{desc} {r.choice(CHEAP)}."
    return Draft(_cap(title), cat, _retail_price(b, s, cat, m, p), desc)


def make_genuine_claim_proved(b: BrandView, s: Scene) -> Draft | None:
    return _claim(b, s, copy=False)


def make_fake_genuine_claim_proved(b: BrandView, s: Scene) -> Draft | None:
    return _claim(b, s, copy=True)


TRAPS["trap_genuine_claim_proved"] = ("an owner's claim of genuine goods ('100% genuine', '100% echt', '100%正品'), a denial "
                                      "of copies and a proof of provenance (receipt, invoice, matching serial, the brand's "
                                      "store) at or above the floor")
EVASIONS["fake_genuine_claim_proved"] = ("the same claim and proof at a copy's price, or beside a word of the copy trade "
                                         "or of cheapness at a fair price")
TRAP_MAKERS["trap_genuine_claim_proved"] = make_genuine_claim_proved
EVASION_MAKERS["fake_genuine_claim_proved"] = make_fake_genuine_claim_proved
