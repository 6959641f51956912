"""The adversary's Taiwan and Hong Kong names (hanzi, 2026-12-02): a brand named by the name its market there knows it
by, which is no conversion of the mainland alias into Traditional characters (耐吉 for Nike, not 耐克; 愛迪達 for adidas,
not 阿迪達斯; 嬌生 for Johnson & Johnson; 威而鋼 for Viagra), in a Traditional-Chinese listing; and the same words where
they name something else.

The names are the registry's aliases that declare the language zh-TW or zh-HK (deploy/seed/registry.yaml, with their
source); the listings are written with this file's own Traditional goods nouns and the copy words of those markets
(A貨, 高仿, 1比1, 原單, 副廠 is not one: a third-party part), nothing of the matcher's.

- tw_hk_name: such a name among the brand's goods with a copy word or a price far below the floor;
- trap_tw_hk_words: the everyday words those names are or sit in (金莎 a singer, 潘朵拉 the myth, 國際牌照 an
  international licence plate, 嬌生慣養 "pampered"), far from the brand's goods, no cue.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "tw_hk_name": "the brand's Taiwan or Hong Kong market name (耐吉, 愛迪達, 嬌生, 威而鋼, 亞培 ...), no conversion of the "
                  "mainland alias, in a Traditional-Chinese listing with a copy word or a price far below the floor",
}
TRAPS = {
    "trap_tw_hk_words": "the everyday words those names are or sit in (金莎 a singer, 潘朵拉 the myth, 國際牌照, 嬌生慣養), "
                        "far from the brand's goods, no cue",
}

MARKETS = ("zh-TW", "zh-HK")
COPY = ["A貨", "高仿", "1比1", "原單", "頂級複刻", "一比一"]
FILLERS = ["現貨", "全新", "免運", "熱賣", "限時特價", "台灣出貨"]
# category word -> the Traditional goods noun a Taiwanese or Hong Kong seller writes
GOODS = {"sneaker": "球鞋", "shoe": "運動鞋", "sportswear": "運動外套", "football": "足球", "soccer": "足球衣",
         "bag": "包包", "skincare": "保養品", "makeup": "彩妝", "haircare": "洗髮精", "fragrance": "香水",
         "sunscreen": "防曬乳", "toys": "玩具", "model kit": "模型", "action figure": "公仔", "doll": "娃娃",
         "die-cast": "模型車", "prescription": "藥錠", "otc": "藥品", "first aid": "急救用品", "infant formula": "奶粉",
         "nutrition": "營養品", "medical": "醫療用品", "shaver": "電鬍刀", "kitchen": "廚房家電", "batteries": "電池",
         "badminton": "羽球拍", "tennis": "網球拍", "shuttlecock": "羽毛球", "chocolate": "巧克力", "spread": "抹醬",
         "confectionery": "糖果", "jewelry": "手鍊", "charm": "串珠", "board game": "桌遊", "blaster": "玩具槍"}


def names(b: BrandView):
    return [m for m in b.aliases + b.marks if m.language in MARKETS]


def _goods(category: str) -> str:
    low = category.lower()
    return next((noun for word, noun in GOODS.items() if word in low), "商品")


def make_tw_hk_name(b: BrandView, s: Scene) -> Draft | None:
    found = names(b)
    if not found:
        return None
    r = s.rng
    m = r.choice(found)
    floored = [c for c in b.categories if c in b.floors]
    low = bool(floored) and r.random() < 0.4
    cat = r.choice(floored) if low else s.category()
    parts = [m.value, _goods(cat), r.choice(FILLERS)]
    if not low or m.everyday:
        parts.insert(r.choice([1, 3]), r.choice(COPY))
    return Draft(r.choice([" ", ""]).join(parts), cat, s.price(cat, low=low), r.choice(["", "私訊聊聊", "貨到付款"]))


# (brand, title, description, category, price, currency): where those names are other words
WORDS = [
    ("ferrero", "金莎 演唱會 門票 兩張", "", "tickets", 3200.0, "TWD"),  # a concert by the singer Jin Sha
    ("ferrero", "金莎 專輯 CD 二手", "", "music", 250.0, "TWD"),
    ("pandora", "潘朵拉的盒子 希臘神話 繪本", "", "books", 320.0, "TWD"),  # Pandora's box, a picture book of Greek myth
    ("pandora", "潘朵拉 電影 藍光 收藏版", "", "movies", 590.0, "TWD"),  # the film Pandora
    ("panasonic", "國際牌照 代辦 翻譯", "", "services", 1500.0, "TWD"),  # an international licence plate, agency
    ("panasonic", "國際牌照 框 汽車 不鏽鋼", "", "auto accessories", 450.0, "TWD"),  # a licence plate frame
    ("johnson-johnson", "不要嬌生慣養 親子教養書", "", "books", 280.0, "TWD"),  # "don't pamper them", a parenting book
    ("johnson-johnson", "嬌生慣養的貓 日常 漫畫", "", "books", 220.0, "TWD"),  # a pampered cat, a comic
]


EVASION_MAKERS = {"tw_hk_name": make_tw_hk_name}
CURATED = {"trap_tw_hk_words": WORDS}
