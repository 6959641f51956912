"""The adversary's riddle classes (likeness, 2026-12-02): the brand named by its logo or origin in words beside a word for
"brand" ("the fruit brand's earbuds", "Greek letter brand", "auriculares de la marca de la fruta", 水果牌耳机), and the
same riddles where they name nothing.

Written from first principles: a seller who will not write any of the brand's names points at it by what everybody
knows of it, its logo or its origin, and says "brand" so the reader looks for one; the words are the registry's
declared hints (deploy/seed/registry.yaml `hints`, in the languages the brand declared), put in each language's
order ("the <hint> brand", "la marca <hint>", "la marque <hint>", "<hint>-Marke", "<hint>牌", "<hint>のブランド",
"<hint> 브랜드"). The held-out set outsider9 named the class (c_hint_riddle); none of its titles is used here.

The twins that must stay quiet: the same riddles on goods the brand does not sell ("fruit brand jam", "the Danish
brand sofa", "Greek letter brand sweatshirt"), and in the brand's category at a shop's price with no copy cue.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "hint_riddle": "the brand named by a registered hint (its logo or origin in words) beside a word for 'brand', in 8 "
                   "languages' word orders (the fruit brand's, marca de la, marque, -Marke, 牌, のブランド, 브랜드), "
                   "among the brand's goods with a copy cue or a price far below the floor",
}
TRAPS = {
    "trap_hint_riddle": "the same riddles on goods the brand does not sell (fruit brand jam, Danish brand sofa, crown "
                        "brand dental floss), or among its goods at a shop's price with no copy cue",
}

# language -> title templates: {h} the hint, {p} a product, {pz} a product in Chinese
FRAMES = {
    "en": ["the {h} brand's {p}", "{h} brand {p}", "{p} from the {h} brand", "{h}-brand {p}", "{p} by the {h} brand",
           "{p}, the {h} brand, you know which"],
    "es": ["{p} de la marca {h}", "{p} marca {h}", "{p} de la marca de la {h}"],
    "pt": ["{p} da marca {h}", "{p} marca {h}"],
    "fr": ["{p} de la marque {h}", "{p} marque {h}", "{p} de la marque à la {h}"],
    "de": ["{h}-Marke {p}", "{p} der {h} Marke", "{p} von der Marke mit dem {h}"],
    "it": ["{p} della marca {h}", "{p} marchio {h}"],
    "zh": ["{h}牌{pz}", "{h}品牌 {pz}", "{h}的品牌 {pz}"],
    "ja": ["{h}のブランド {p}", "{h}ブランド {p}"],
    "ko": ["{h} 브랜드 {p}"],
}
# goods no demo brand sells, as a marketplace files them
FAR_GOODS = [("strawberry jam 340g", "jams"), ("oak dining table", "furniture"), ("dental floss mint 50m", "dental care"),
             ("garden hose 15m", "garden"), ("cat scratching post", "pet supplies"), ("wall poster A2", "posters"),
             ("cookbook hardcover", "books"), ("yoga mat 6mm", "fitness"), ("scented candle", "home decor"),
             ("bed sheets queen", "bedding"), ("fruit tea 20 bags", "tea"), ("sofa cushion covers", "furniture")]
FAR_ZH = {"jams": "果酱", "furniture": "家具", "dental care": "牙线", "garden": "园艺水管", "pet supplies": "猫抓板",
          "posters": "海报", "books": "菜谱", "fitness": "瑜伽垫", "home decor": "香薰蜡烛", "bedding": "床单", "tea": "果茶"}
DESCRIPTIONS = ["", "If you know you know.", "Can't write the name here.", "DM for details.", "Same as the big brand.",
                "Ships today."]
FAIR_DESCRIPTIONS = ["", "New in box, receipt included.", "Ships today.", "Gift, never used."]

def hints(b: BrandView) -> list[tuple[str, str]]:
    """(hint, language) the registry declares for the brand (language "en" when none is declared), in the languages
    FRAMES has."""
    return [(h.value, h.language or "en") for h in b.hints if (h.language or "en") in FRAMES]


def _title(s: Scene, hint: str, lang: str, product: str, product_zh: str) -> str:
    return _cap(s.rng.choice(FRAMES[lang]).format(h=hint, p=product, pz=product_zh))


def make_riddle(b: BrandView, s: Scene) -> Draft | None:
    if (picked := one_of(s, hints(b))) is None:
        return None
    r = s.rng
    hint, lang = picked
    low = r.random() < 0.5 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    title = _title(s, hint, lang, s.product(cat), s.product_zh(cat))
    desc = r.choice(DESCRIPTIONS)
    if not low or r.random() < 0.3:
        cue = s.cue(zh=lang == "zh")
        if r.random() < 0.5:
            title = f"{title} - {cue}"
        else:
            desc = f"{desc} {cue}".strip()
    return Draft(title, cat, s.price(cat, low=low, currency="CNY" if lang == "zh" else None), desc)


def make_riddle_trap(b: BrandView, s: Scene) -> Draft | None:
    if (picked := one_of(s, hints(b))) is None:
        return None
    r = s.rng
    hint, lang = picked
    if r.random() < 0.6:
        product, cat = r.choice(FAR_GOODS)
        title = _title(s, hint, lang, product, FAR_ZH.get(cat, "商品"))
        price = (round(r.uniform(3, 80), 2), "USD")
    else:
        cat = s.category(with_floor=True)
        title = _title(s, hint, lang, s.product(cat), s.product_zh(cat))
        price = s.price(cat)  # a shop's price: Scene(copy=False) gives 100-160 % of the floor
    return Draft(title, cat, price, r.choice(FAIR_DESCRIPTIONS))


EVASION_MAKERS = {"hint_riddle": make_riddle}
TRAP_MAKERS = {"trap_hint_riddle": make_riddle_trap}
