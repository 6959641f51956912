"""The adversary's logo-name classes (logos34, 2026-12-05): the brand unnamed, its logo named by the trade's name for it
("with the swoosh", "Technic set with the red square logo", "charm bracelet with the crowned O", 勾勾, 三叶草, 老花,
"táo khuyết"), or described by a registered hint beside a word for "logo" ("with the fruit logo", "the Ω logo", "el
logo de la manzana", "mit Apfel-Logo", 水果标志, 果物ロゴ), with what a copy says; and the honest twins of the same words.

Written from first principles: a seller who may not write the brand's name names what every buyer recognises on the
goods, its logo, in the words of the market (the registry's `logos`, in the languages each brand declared, and its
`hints` framed by a word for "logo"), in each language's word order, beside that language's word for a copy or at a
price far below the floor. The held-out set outsider32 named the class (c_logo_nickname32); none of its titles is a
template here.

The twins that must stay quiet: the words in their everyday sense (hooks for 小勾, sports-day headbands for 赤ハチマキ,
red tab file folders, horsebit loafers of no brand, a party crown for "korona"), hand-written per word; the brand's
own logo goods from its own store at a shop's price (the brand named plainly, its logo too, nothing of a copy); the
hint-and-logo frames on goods far from the brand's, or among its goods at a shop's price with no copy cue.
"""

from __future__ import annotations

from tests.eval.adversary import riddles
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold, one_of
from tests.eval.adversary.vocabulary import _names_a_mark

EVASIONS = {
    "logo_named_copy": "the brand unnamed, its logo named by the trade's name for it (swoosh, 勾勾, three stripes, "
                       "老花, crowned O, red square logo, táo khuyết) in the language it was declared in, in that "
                       "language's order (with the, con el, mit, с, 的, の), beside that language's copy word or at "
                       "a price far below the floor; in the title or only in the description",
    "logo_hint_framed_copy": "the brand's logo described by a registered hint beside a word for 'logo' (the fruit logo, "
                             "the Ω logo, el logo de la manzana, mit Apfel-Logo, 水果标志, 果物ロゴ, 과일 로고), "
                             "among its goods with a copy word or a price far below the floor",
}
TRAPS = {
    "trap_logo_named_sense": "a logo name of the trade in its everyday sense, hand-written per word (小勾 wall hooks, "
                             "赤ハチマキ sports-day headbands, red tab file folders, horsebit loafers, a korona for a "
                             "party), no copy word",
    "trap_logo_genuine_store": "the brand named plainly with its logo's name, from its own or an authorised store at a "
                               "shop's price (a swoosh tee from the Nike store), nothing of a copy",
    "trap_logo_hint_far": "the hint-and-logo frames on goods far from the brand's (fruit logo tea towel, Danish logo "
                          "candle), or among its goods at a shop's price with no copy word",
}

# language -> (title frames, copy words): {p} the product, {w} the logo's name, {c} the copy word
FRAMES = {
    "en": (["{p} with the {w} – {c}", "{p}, {w} on it – {c}", "{c} {p} with {w}", "{w} {p} – {c}",
            "{p} with the {w} logo, {c}"],
           ["1:1 copy", "replica", "AAA replica", "mirror quality copy", "superfake", "fake", "knockoff"]),
    "es": (["{p} con el {w} – {c}", "{p} con {w}, {c}"], ["réplica", "copia AAA", "imitación"]),
    "fr": (["{p} avec le {w} – {c}", "{p} {w}, {c}"], ["copie", "réplique", "contrefaçon"]),
    "de": (["{p} mit {w} – {c}", "{p} mit dem {w}, {c}"], ["Nachbau", "Fälschung", "Replika"]),
    "it": (["{p} con il {w} – {c}", "{p} con {w}, {c}"], ["replica", "copia", "imitazione"]),
    "pt": (["{p} com {w} – {c}"], ["réplica", "cópia", "falsificado"]),
    "nl": (["{p} met {w} – {c}"], ["replica", "namaak"]),
    "pl": (["{p} z {w} – {c}"], ["podróbka", "replika", "kopia"]),
    "ru": (["{p} с {w} – {c}"], ["копия", "реплика", "подделка"]),
    "tr": (["{w} {p} – {c}"], ["replika", "çakma"]),
    "id": (["{p} logo {w} {c}", "{p} {w} – {c}"], ["replika", "KW super", "tiruan"]),
    "vi": (["{p} {w} {c}", "{p} logo {w} – {c}"], ["hàng rep 1:1", "hàng fake", "hàng nhái"]),
    "zh": (["{w}{pz} {c}", "带{w}的{pz} {c}", "{pz} {w} {c}"], ["高仿", "复刻", "一比一", "莆田货"]),
    "ja": (["{w}の{p} {c}", "{p} {w} {c}"], ["スーパーコピー", "コピー品", "N級品", "レプリカ"]),
    "ko": (["{w} {p} {c}", "{p} {w} {c}"], ["레플", "짝퉁", "이미테이션"]),
}
LATIN = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "id", "vi")
DESCRIPTIONS = ["", "Ships today.", "DM for more photos.", "Can't write the name, you know it.", "New, no box."]
# the hint beside a word for "logo", by language ({h} the hint)
HINT_FRAMES = {
    "en": ["{p} with the {h} logo – {c}", "{h} logo {p}, {c}", "{p}, {h} emblem – {c}", "{p} with {h} symbol – {c}"],
    "es": ["{p} con el logo {h} – {c}", "{p} con logotipo de {h}, {c}"],
    "pt": ["{p} com logotipo {h} – {c}", "{p} com o logo {h}, {c}"],
    "fr": ["{p} avec le logo {h} – {c}"],
    "de": ["{p} mit {h}-Logo – {c}", "{p} mit dem Logo mit dem {h}, {c}"],
    "it": ["{p} con logo {h} – {c}"],
    "zh": ["{h}标志{pz} {c}", "{pz} {h}logo {c}"],
    "ja": ["{h}ロゴ {p} {c}", "{h}マークの{p} {c}"],
    "ko": ["{h} 로고 {p} {c}"],
}


def _language(word: str, declared: str | None) -> str | None:
    if declared:
        return declared
    if any("\u3040" <= c <= "\u30ff" for c in word):
        return "ja"
    if any("\uac00" <= c <= "\ud7af" for c in word):
        return "ko"
    if any("\u4e00" <= c <= "\u9fff" for c in word):
        return "zh"
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return "ru"
    return "en" if all(c.isascii() or c.isalpha() for c in word) else None


def logo_words(b: BrandView) -> list[tuple[str, str]]:
    """(logo name, language) the registry declares for the brand, those that hold no mark of its (a "Michelin Man"
    names the brand plainly) and whose language FRAMES has; a Latin word with no language declared may be written in
    any Latin-script market's frame."""
    out = []
    for m in b.declared("logo"):
        lang = _language(m.value, m.language)
        if lang in FRAMES and not _names_a_mark(b, m.value):
            out.append((m.value, lang))
    return out


def _zh_product(s: Scene, category: str) -> str:
    """The Chinese product word, or the English one where the Chinese is the word for spare parts (配件), which a
    listing writes of what a part fits."""
    zh = s.product_zh(category)
    return s.product(category) if "配件" in zh else zh


def _frame_language(s: Scene, word: str, lang: str) -> str:
    if lang == "en" and word.isascii() and s.rng.random() < 0.5:
        return s.rng.choice(LATIN)
    return lang


def make_logo_named(b: BrandView, s: Scene) -> Draft | None:
    if (picked := one_of(s, logo_words(b))) is None:
        return None
    r = s.rng
    word, lang = picked
    lang = _frame_language(s, word, lang)
    frames, cues = FRAMES[lang]
    low = r.random() < 0.25 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    product, product_zh = s.product(cat), _zh_product(s, cat)
    cue = r.choice(cues) if not low or r.random() < 0.3 else ""
    price = s.price(cat, low=low, currency="CNY" if lang == "zh" and not low else None)
    if r.random() < 0.3:  # a generic title; the logo and the copy word only in the description
        if lang in LATIN and lang != "en":  # (an English title with a French description is read as English)
            frames, cues = FRAMES["en"]
            cue = r.choice(cues) if cue else ""
        title = _cap(product_zh if lang == "zh" else product)
        desc = r.choice(frames).format(p=title, pz=product_zh, w=word, c=cue).strip(" –,").replace(" logo logo", " logo")
        return Draft(title, cat, price, desc)
    title = _cap(r.choice(frames).format(p=product, pz=product_zh, w=word, c=cue).strip(" –,"))
    return Draft(title.replace(" logo logo", " logo"), cat, price, r.choice(DESCRIPTIONS))


def hint_words(b: BrandView) -> list[tuple[str, str]]:
    """(hint, language) the registry declares for the brand (riddles.hints), in the languages HINT_FRAMES has, holding
    no mark of the brand."""
    return [(h, lang) for h, lang in riddles.hints(b) if lang in HINT_FRAMES and not _names_a_mark(b, h)]


def _hint_title(s: Scene, hint: str, lang: str, product: str, product_zh: str, cue: str) -> str:
    frame = s.rng.choice(HINT_FRAMES[lang])
    return _cap(frame.format(h=hint, p=product, pz=product_zh, c=cue).strip(" –,"))


def make_hint_framed(b: BrandView, s: Scene) -> Draft | None:
    if (picked := one_of(s, hint_words(b))) is None:
        return None
    r = s.rng
    hint, lang = picked
    cues = FRAMES[lang][1] if lang in FRAMES else FRAMES["en"][1]
    low = r.random() < 0.25 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = r.choice(cues) if not low or r.random() < 0.3 else ""
    title = _hint_title(s, hint, lang, s.product(cat), _zh_product(s, cat), cue)
    return Draft(title, cat, s.price(cat, low=low, currency="CNY" if lang == "zh" and not low else None),
                 r.choice(DESCRIPTIONS))


# The everyday senses of logo names, by the word as registered (case-folded): (title, category, USD price).
# Hand-written from what the words mean; words the registry's vocabulary traps (vocabulary.py SENSES) already hold are
# not repeated.
SENSES: dict[str, list[tuple[str, str, float]]] = {
    "小勾": [("不锈钢 小勾 挂钩 免打孔 厨房 浴室 10个装", "home improvement", 9)],
    "钩子": [("钩子 挂钩 强力 粘钩 门后 5个装", "home improvement", 12), ("钓鱼 钩子 鱼钩 100枚 盒装", "fishing", 15)],
    "勾勾": [("勾勾手 拉钩 约定 儿童 绘本", "books", 28)],
    "赤ハチマキ": [("赤ハチマキ 運動会 はちまき 10本セット", "party supplies", 10)],
    "赤鉢巻": [("赤鉢巻 応援 ハチマキ 綿 5本", "party supplies", 8)],
    "red tab": [("Red tab hanging file folders, letter size, 25 pack", "office supplies", 14)],
    "arcuate": [("Arcuate stitch presser foot for home sewing machines", "sewing", 9)],
    "arcuate stitching": [("Arcuate stitching template set for quilting, acrylic", "sewing", 18)],
    "horsebit": [("Horsebit loafers in brown suede, unbranded, EU 42", "shoes", 55),
                 ("Antique brass horsebit bridle bit, riding equipment", "equestrian", 38)],
    "马衔扣": [("马衔扣 乐福鞋 女 平底 无品牌 37码", "shoes", 129)],
    "vintage check": [("Vintage check flannel shirt, men's, cotton, size L", "shirts", 25)],
    "flame logo": [("Flame logo hoodie for kids, black, cotton", "hoodies", 19)],
    "stars and waves": [("Stars and waves nursery wall decal set", "home decor", 15)],
    "triple oval": [("Triple oval serving platter set, white porcelain", "kitchen", 35)],
    "wing badge": [("Pilot wing badge, metal pin, aviation gift", "collectibles", 12)],
    "wing emblem": [("Wing emblem iron-on patch, embroidered, biker vest", "patches", 6)],
    "propeller badge": [("Propeller badge enamel pin, vintage aviation", "collectibles", 8)],
    "scallop logo": [("Scallop logo beach towel, cotton, seaside cafe merch", "home textiles", 22)],
    "red square logo": [("Red square logo notebook A5, dotted, 120 pages", "stationery", 9)],
    "big red m": [("Big red M foam letter for classroom wall, 30 cm", "classroom supplies", 7)],
    "red a logo": [("Red A logo enamel pin, anarchy punk style", "pins", 5)],
    "four coloured squares": [("Four coloured squares cushion cover, geometric print", "home textiles", 16)],
    "四色方块": [("四色方块 益智 拼图 积木 儿童 玩具", "puzzles", 15)],
    "signature canvas": [("Signature canvas wedding guest book, 16x20 print", "wall art", 30)],
    "half-eaten apple": [("Half-eaten apple still life, oil painting on canvas", "art", 80)],
    "rainbow apple": [("Rainbow apple slicer and corer, stainless steel", "kitchen", 12)],
    "mela morsicata": [("Mela morsicata, romanzo, copertina flessibile", "books", 14)],
    "leaping puma": [("Leaping puma bronze sculpture, 30 cm, wildlife art", "art", 120)],
    "korona": [("Korona na urodziny, złota, papierowa, 10 sztuk", "party supplies", 4)],
    "クラウン": [("クラウン 王冠 パーティー 誕生日 ゴールド", "party supplies", 5)],
    "five-point crown": [("Five-point crown cake topper, gold glitter", "party supplies", 6)],
    "panthère": [("Panthère rose en peluche, 40 cm, jouet enfant", "toys", 25)],
    "panther logo": [("Panther logo gym shorts, school team, navy", "sportswear", 18)],
    "花椿": [("花椿 和柄 手ぬぐい 綿 日本製", "home textiles", 12)],
    "nova check": [("Nova check tablecloth, waterproof, 140x200", "home textiles", 24)],
    "three bars logo": [("Three bars logo vinyl sticker for laptop, 5 pack", "stickers", 4)],
    "鸟巢标": [("鸟巢标 北京奥运 纪念徽章 收藏", "collectibles", 30)],
    "三条杠": [("三条杠 臂章 大队长 学生 红色", "school supplies", 5)],
}


def make_sense_trap(b: BrandView, s: Scene) -> Draft | None:
    senses = [sense for m in b.declared("logo") for sense in SENSES.get(_fold(m.value), SENSES.get(m.value.casefold(), []))]
    if (picked := one_of(s, senses)) is None:
        return None
    title, category, usd = picked
    return Draft(title, category, (round(usd * s.rng.uniform(0.8, 1.3), 2), "USD"), s.rng.choice(["", "Ships today."]))


STORE_WORDS = ["official store", "authorised retailer", "from the brand's own store", "boutique purchase"]
STORE_DESCRIPTIONS = ["Bought at the {n} store, receipt included.", "Authorised {n} retailer, full warranty.",
                      "From the official {n} shop, sealed, receipt in the box."]


# the brand's own logo goods: apparel, bags, jewellery and watches, electronics, sports gear, whose logo is what the goods
# are bought for (a swoosh tee, an LV monogram bag). Not a part or an accessory the logo is said to decorate ("oil
# filter with the roundel logo", "car seat covers, Honda logo": judge.py's decoration reading, a custom job's words), a
# logo that is itself a patch, emblem or badge sold as material (phrasebook.MATERIAL_NOUNS), or a prescription medicine
# (no retailer's sale: retail.py)
STORE_SECTORS = frozenset({"apparel-footwear", "luxury-accessories", "jewelry-watches", "consumer-electronics",
                           "sports-outdoor"})
MATERIAL_WORDS = ("patch", "emblem", "badge", "label", "tag", "plate")


def store_words(b: BrandView) -> list[str]:
    if b.iwg not in STORE_SECTORS:
        return []
    return [w for w, lang in logo_words(b) if lang == "en" and not any(m in w.casefold() for m in MATERIAL_WORDS)]


def make_genuine_store(b: BrandView, s: Scene) -> Draft | None:
    words = store_words(b)
    if (word := one_of(s, words)) is None:
        return None
    r = s.rng
    cat = s.category(with_floor=True)
    title = f"{b.name} {s.product(cat)} with the {word} logo – {r.choice(STORE_WORDS)}".replace(" logo logo", " logo")
    return Draft(title, cat, s.price(cat), r.choice(STORE_DESCRIPTIONS).format(n=b.name))


def make_hint_far(b: BrandView, s: Scene) -> Draft | None:
    if (picked := one_of(s, hint_words(b))) is None:
        return None
    r = s.rng
    hint, lang = picked
    if r.random() < 0.6:
        product, cat = r.choice(riddles.FAR_GOODS)
        title = _hint_title(s, hint, lang, product, riddles.FAR_ZH.get(cat, "商品"), "")
        price = (round(r.uniform(3, 80), 2), "USD")
    else:
        cat = s.category(with_floor=True)
        title = _hint_title(s, hint, lang, s.product(cat), s.product_zh(cat), "")
        price = s.price(cat)  # a shop's price
    return Draft(title, cat, price, r.choice(riddles.FAIR_DESCRIPTIONS))


EVASION_MAKERS = {"logo_named_copy": make_logo_named, "logo_hint_framed_copy": make_hint_framed}
TRAP_MAKERS = {"trap_logo_named_sense": make_sense_trap, "trap_logo_genuine_store": make_genuine_store,
               "trap_logo_hint_far": make_hint_far}
