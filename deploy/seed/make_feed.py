"""Generate the demo marketplace feed deploy/seed/feed.ndjson (and feed_labels.ndjson).

DEMO DATA: every listing is invented. Marketplaces, stores, prices and URLs
are fictional (URLs use the reserved `.example` domain); brand names come from
the demo registry (registry.yaml), which is itself invented data.

    .venv/bin/python deploy/seed/make_feed.py            # rewrite feed.ndjson and feed_labels.ndjson
    .venv/bin/python deploy/seed/make_feed.py --check    # exit 1 if the committed files are out of date

The output is deterministic (random.Random(SEED)). The mix, by design:

- ordinary   ~45%  generic goods that name no registered brand
- suspicious ~30%  brand word / Chinese alias / model number with counterfeit cues
                   ("replica", "1:1", "AAA", 高仿, 原单), prices far below the floor,
                   misspellings (Adidos), leetspeak (B0SE), separators (B.O.S.E),
                   Cyrillic or accented letters, photos near a registered logo hash
- genuine    ~15%  the brand's own authorized sellers at genuine prices
- trap       ~10%  everyday senses of brand words (Mars poster, adobe bricks, goose
                   down), accessories that say what they fit, look-alike words

feed_labels.ndjson holds, per listing key, the kind it was generated as, the
brand it is about (if any) and the obfuscation technique: the answer sheet
for demos and matcher evaluation. It is not part of any listing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REGISTRY = HERE / "registry.yaml"
FEED = HERE / "feed.ndjson"
LABELS = HERE / "feed_labels.ndjson"

SEED = 20261127
COUNTS = {"ordinary": 180, "suspicious": 120, "genuine": 60, "trap": 40}
START = datetime(2026, 11, 25, 0, 0, tzinfo=timezone.utc)
WINDOW_HOURS = 72

# approximate demo exchange rates: 1 unit of currency in USD
USD_PER = {"USD": 1.0, "EUR": 1.08, "CNY": 0.14}

MARKETPLACES: dict[str, dict[str, Any]] = {
    "tmall": {"currency": "CNY", "country": "CN", "tz": 8, "url": "https://detail.tmall.example/item.htm?id={id}"},
    "taobao": {"currency": "CNY", "country": "CN", "tz": 8, "url": "https://item.taobao.example/item.htm?id={id}"},
    "jd": {"currency": "CNY", "country": "CN", "tz": 8, "url": "https://item.jd.example/{id}.html"},
    "aliexpress": {"currency": "USD", "country": "CN", "tz": 0, "url": "https://www.aliexpress.example/item/{id}.html"},
    "amazon-us": {"currency": "USD", "country": "US", "tz": -5, "url": "https://www.amazon-us.example/dp/{id}"},
    "amazon-de": {"currency": "EUR", "country": "DE", "tz": 1, "url": "https://www.amazon-de.example/dp/{id}"},
    "ebay": {"currency": "USD", "country": "US", "tz": -5, "url": "https://www.ebay.example/itm/{id}"},
}
CHINESE_MARKETS = ("tmall", "taobao", "jd")

CATEGORY_ZH = {
    "accessories": "配件", "action figures": "手办", "air purifiers": "空气净化器", "auto parts": "汽车配件",
    "backpacks": "双肩包", "badminton rackets": "羽毛球拍", "bags": "包", "basketballs": "篮球", "batteries": "电池",
    "belts": "皮带", "blasters": "软弹枪", "board games": "桌游", "bottled water": "矿泉水", "building sets": "积木",
    "cameras": "相机", "chargers": "充电器", "charms": "串珠", "chocolate": "巧克力", "coffee": "咖啡",
    "confectionery": "糖果", "consoles": "游戏机", "crystal figurines": "水晶摆件", "dairy": "酸奶", "denim": "牛仔",
    "die-cast cars": "合金车模", "dishwashers": "洗碗机", "dolls": "娃娃", "earbuds": "蓝牙耳机", "electric toothbrushes": "电动牙刷",
    "first aid": "创可贴", "football": "足球", "footballs": "橄榄球", "fragrance": "香水", "generators": "发电机",
    "golf balls": "高尔夫球", "golf clubs": "高尔夫球杆", "hair care": "吹风机", "haircare": "洗发水", "handbags": "手提包",
    "headphones": "降噪耳机", "infant formula": "婴儿奶粉", "ink": "墨盒", "jackets": "夹克", "jeans": "牛仔裤",
    "jewelry": "首饰", "kitchen appliances": "厨房电器", "laptops": "笔记本电脑", "lenses": "镜头", "lubricants": "润滑油",
    "luggage": "行李箱", "makeup": "彩妆", "medical devices": "传感器", "memory": "固态硬盘", "merchandise": "周边",
    "minifigures": "人仔", "model kits": "拼装模型", "motor oil": "机油", "motorcycle parts": "摩托车配件",
    "motorcycles": "摩托车", "nutrition": "营养粉", "otc": "药品", "outdoor gear": "户外装备", "outerwear": "外套",
    "parkas": "羽绒服", "pet food": "宠物粮", "phones": "手机", "power tools": "电动工具", "prescription drugs": "处方药",
    "printers": "打印机", "razor blades": "剃须刀片", "razors": "剃须刀", "scarves": "围巾", "shavers": "电动剃须刀",
    "shaving": "剃须用品", "shuttlecocks": "羽毛球", "skincare": "精华", "sneakers": "运动鞋", "soft drinks": "汽水",
    "software": "软件", "software licenses": "激活码", "soundbars": "回音壁", "speakers": "蓝牙音箱", "sportswear": "运动服",
    "spreads": "榛子酱", "sunglasses": "太阳镜", "sunscreen": "防晒霜", "tablets": "平板", "tennis rackets": "网球拍",
    "tires": "轮胎", "toys": "玩具", "trench coats": "风衣", "vacuum cleaners": "吸尘器", "video games": "游戏卡带",
    "wallets": "钱包", "watches": "手表", "wiper blades": "雨刮",
}

# keyword in a model's name -> its category (first hit wins; else the brand's first category)
MODEL_CATEGORY_HINTS = [
    ("earbuds", "earbuds"), ("buds", "earbuds"), ("airpods", "earbuds"), ("headphones", "headphones"),
    ("quietcomfort", "headphones"), ("soundlink", "speakers"), ("charger", "chargers"), ("adapter", "chargers"),
    ("ssd", "memory"), ("galaxy s", "phones"), ("iphone", "phones"), ("macbook", "laptops"), ("playstation", "consoles"),
    ("alpha", "cameras"), ("camera", "cameras"), ("lens", "lenses"), ("ink", "ink"), ("battery", "batteries"),
    ("eneloop", "batteries"), ("generator", "generators"), ("tyre", "tires"), ("wallet", "wallets"), ("belt", "belts"),
    ("sunglasses", "sunglasses"), ("scarf", "scarves"), ("trench", "trench coats"), ("watch", "watches"),
    ("bracelet", "jewelry"), ("necklace", "jewelry"), ("charm", "charms"), ("tote", "handbags"), ("bag", "handbags"),
    ("parka", "parkas"), ("jacket", "jackets"), ("duffel", "backpacks"), ("sunscreen", "sunscreen"),
    ("mascara", "makeup"), ("foundation", "makeup"), ("blades", "razor blades"), ("shaver", "shavers"),
    ("sonicare", "electric toothbrushes"), ("airfryer", "kitchen appliances"), ("dishwasher", "dishwashers"),
    ("drill", "power tools"), ("hammer", "power tools"), ("hair dryer", "hair care"), ("styler", "hair care"),
    ("purifier", "air purifiers"), ("v15", "vacuum cleaners"), ("driver", "golf clubs"), ("golf balls", "golf balls"),
    ("shuttlecocks", "shuttlecocks"), ("basketball", "basketballs"), ("pro staff", "tennis rackets"),
    ("astrox", "badminton rackets"), ("nanoflare", "badminton rackets"), ("joy-con", "accessories"),
    ("controller", "accessories"), ("switch", "consoles"), ("xbox", "consoles"), ("windows", "software licenses"),
    ("office", "software licenses"), ("months", "software licenses"), ("subscription", "software licenses"),
    ("aspirin", "otc"), ("tablets", "prescription drugs"), ("caplets", "otc"), ("listerine", "otc"), ("ointment", "otc"),
    ("sensor", "medical devices"), ("similac", "infant formula"), ("aptamil", "infant formula"), ("nan ", "infant formula"),
    ("evian", "bottled water"), ("nescaf", "coffee"), ("nutella", "spreads"), ("coca-cola", "soft drinks"),
    ("monopoly", "board games"), ("nerf", "blasters"), ("transformers", "action figures"), ("barbie", "dolls"),
    ("hot wheels", "die-cast cars"), ("motor", "motor oil"), ("5w-40", "motor oil"), ("15w-40", "motor oil"),
]

CUES_EN = ["replica", "1:1", "AAA", "AAA+", "mirror quality", "top quality copy", "high copy", "super clone",
           "same factory OEM", "factory overrun", "1:1 best version", "dupe"]
CUES_ZH = ["高仿", "原单", "1:1", "精仿", "复刻", "A货", "尾单", "顶级版本", "工厂直销"]

MISSPELLINGS = {
    "adidas": ["Adidos", "Addidas", "Adiddas"], "samsung": ["Samsnug", "Samsumg", "Sumsung"], "nike": ["Nikee", "Nkie"],
    "bose": ["Bosee", "Boes"], "rolex": ["Rolexx", "Rollex"], "gucci": ["Guci", "Gucchi"],
    "louis-vuitton": ["Louis Vuiton", "Luis Vitton"], "canada-goose": ["Canada Gooze", "Kanada Goose"],
    "honda": ["Hondda", "Hnoda"], "apple": ["Appel"], "dyson": ["Dysom", "Dysonn"], "loreal": ["L'Orael", "Loreall"],
    "hasbro": ["Hasbor"], "danone": ["Danonne"], "adobe": ["Adobee", "Abode"], "cartier": ["Carteir"],
    "michael-kors": ["Micheal Kors"], "the-north-face": ["The Nort Face", "The North Fase"],
}
CYRILLIC = {"o": "о", "a": "а", "e": "е", "c": "с", "p": "р", "x": "х", "i": "і",
            "O": "О", "A": "А", "E": "Е", "C": "С", "P": "Р", "X": "Х", "B": "В", "H": "Н", "K": "К", "M": "М", "T": "Т"}
ACCENTS = {"o": "ō", "e": "é", "a": "á", "u": "ü", "i": "í"}
LEET = [("O", "0"), ("I", "1"), ("E", "3"), ("A", "4"), ("S", "5")]

# generic goods: (English title, Chinese title, category, low USD, high USD)
GENERIC = [
    ("Stainless steel insulated water bottle {size}", "不锈钢保温杯 {size}", "kitchen", 6, 25),
    ("Non-stick frying pan {cm}cm induction compatible", "不粘锅平底锅 {cm}厘米 电磁炉通用", "kitchen", 12, 40),
    ("Bamboo cutting board set of 3", "竹制砧板三件套", "kitchen", 9, 30),
    ("Silicone baking mat reusable {n} pack", "硅胶烘焙垫 可重复使用 {n}片装", "kitchen", 5, 15),
    ("Women's cotton T-shirt crew neck {colour}", "女士纯棉短袖T恤 圆领 {colour_zh}", "clothing", 4, 18),
    ("Men's slim fit chino trousers {colour}", "男士修身休闲裤 {colour_zh}", "clothing", 10, 35),
    ("Kids rain jacket waterproof hooded {colour}", "儿童防水雨衣 连帽 {colour_zh}", "clothing", 8, 28),
    ("Men's breathable mesh running shoes {colour}", "男士透气网面跑步鞋 {colour_zh}", "sneakers", 15, 45),
    ("Women's canvas slip-on shoes {colour}", "女士帆布一脚蹬 {colour_zh}", "sneakers", 9, 25),
    ("Wireless Bluetooth earbuds with charging case", "无线蓝牙耳机 带充电仓", "earbuds", 8, 30),
    ("Over-ear wired headphones with microphone", "头戴式有线耳机 带麦克风", "headphones", 7, 25),
    ("Portable Bluetooth speaker waterproof IPX7", "便携蓝牙音箱 IPX7防水", "speakers", 12, 40),
    ("USB-C to USB-C cable {m}m braided 60W", "双Type-C编织数据线 {m}米 60W", "cables", 2, 10),
    ("65W GaN fast charger 3 ports", "65W氮化镓快充充电器 三口", "chargers", 12, 30),
    ("LED desk lamp dimmable with USB port", "LED护眼台灯 无极调光 带USB", "lighting", 10, 35),
    ("Warm white fairy string lights {m}m", "暖白色小彩灯串 {m}米", "lighting", 4, 15),
    ("Memory foam pillow cervical support", "记忆棉护颈枕", "bedding", 12, 40),
    ("Microfiber bed sheet set queen {colour}", "超细纤维床单四件套 {colour_zh}", "bedding", 15, 45),
    ("Yoga mat 6mm non-slip with strap", "瑜伽垫 6毫米 防滑 带绑带", "fitness", 10, 30),
    ("Adjustable dumbbells pair {kg}kg", "可调节哑铃一对 {kg}公斤", "fitness", 25, 90),
    ("Resistance bands set of 5", "弹力带五件套", "fitness", 5, 18),
    ("Ceramic flower pot with drainage {cm}cm", "陶瓷花盆 带排水孔 {cm}厘米", "garden", 5, 20),
    ("Garden hose expandable {m}m", "伸缩花园水管 {m}米", "garden", 12, 35),
    ("Stainless steel pet bowl non-slip", "不锈钢宠物碗 防滑", "pet supplies", 3, 12),
    ("Cat scratching post sisal {cm}cm", "剑麻猫抓柱 {cm}厘米", "pet supplies", 10, 35),
    ("Dog leash reflective nylon {m}m", "反光尼龙狗绳 {m}米", "pet supplies", 4, 14),
    ("A5 dotted notebook hardcover 160 pages", "A5点阵笔记本 硬壳 160页", "stationery", 3, 12),
    ("Gel pens 0.5mm black {n} pack", "中性笔 0.5毫米 黑色 {n}支装", "stationery", 2, 8),
    ("Watercolour paint set 36 colours", "36色固体水彩颜料套装", "art supplies", 6, 22),
    ("Wooden jigsaw puzzle 1000 pieces landscape", "1000片木质拼图 风景", "toys", 8, 25),
    ("Plush teddy bear {cm}cm soft toy", "毛绒泰迪熊公仔 {cm}厘米", "toys", 6, 25),
    ("Magnetic building tiles 60 pieces for kids", "儿童磁力片积木 60片", "toys", 15, 45),
    ("Digital kitchen scale 5kg", "厨房电子秤 5公斤", "kitchen", 6, 18),
    ("Electric kettle 1.7L stainless steel", "不锈钢电热水壶 1.7升", "kitchen appliances", 15, 40),
    ("Handheld milk frother battery operated", "手持电动奶泡器", "kitchen appliances", 4, 12),
    ("Car phone holder air vent mount", "汽车出风口手机支架", "car accessories", 4, 15),
    ("Microfiber car wash towels {n} pack", "超细纤维洗车毛巾 {n}条装", "car accessories", 5, 16),
    ("Tyre pressure gauge digital", "数显胎压计", "car accessories", 6, 18),
    ("Loose leaf green tea 250g spring harvest", "春茶 散装绿茶 250克", "tea", 8, 30),
    ("Dark roast whole bean coffee 1kg", "深烘咖啡豆 1公斤", "coffee", 14, 35),
    ("Organic rolled oats 2kg", "有机燕麦片 2公斤", "grocery", 5, 14),
    ("Wildflower honey raw 500g", "纯正百花蜂蜜 500克", "grocery", 6, 20),
    ("Hand cream shea butter 50ml {n} pack", "乳木果护手霜 50毫升 {n}支装", "skincare", 4, 15),
    ("Aloe vera gel 300ml soothing", "芦荟胶 300毫升 舒缓补水", "skincare", 3, 10),
    ("Wooden hair brush boar bristle", "木质猪鬃梳子", "hair care", 5, 16),
    ("Titanium hiking poles pair", "钛合金登山杖一对", "outdoor gear", 18, 60),
    ("Camping tent 2 person waterproof", "双人露营帐篷 防水", "outdoor gear", 30, 90),
    ("Sterling silver hoop earrings", "925银耳环 圈形", "jewelry", 8, 30),
    ("Minimalist quartz wrist watch leather strap", "简约石英手表 皮表带", "watches", 10, 35),
    ("Canvas tote bag with inner pocket {colour}", "帆布托特包 带内袋 {colour_zh}", "bags", 5, 18),
    ("Titanic replica ship model 1:350 kit", "泰坦尼克号轮船拼装模型 1:350", "model kits", 20, 60),
    ("Badminton shuttlecocks feather 12 pack", "羽毛球 鹅毛 12只装", "sports", 8, 20),
]
COLOURS = [("black", "黑色"), ("white", "白色"), ("navy", "藏青色"), ("grey", "灰色"), ("beige", "米色"),
           ("olive", "橄榄绿"), ("burgundy", "酒红色"), ("sky blue", "天蓝色")]

GENERIC_DESCRIPTIONS = [
    "Fast shipping, 30-day returns. Please check the size chart before ordering.",
    "Brand new, in stock. Ships within 48 hours.",
    "High quality material, durable and easy to clean.",
    "Great gift for family and friends. Satisfaction guaranteed.",
    "包邮 七天无理由退换 现货速发",
    "品质保证 支持验货 有问题请联系客服",
]

ORDINARY_SELLERS = [
    ("hangzhou-home-goods", "Hangzhou Home Goods", "CN"), ("yiwu-daily-supply", "义乌日用百货", "CN"),
    ("sunny-garden-shop", "Sunny Garden Shop", "US"), ("berlin-haushalt", "Berliner Haushaltswaren", "DE"),
    ("ningbo-kitchenware", "宁波厨具工厂店", "CN"), ("petpals-store", "PetPals Store", "US"),
    ("shenzhen-gadget-hub", "Shenzhen Gadget Hub", "CN"), ("trailmate-outdoor", "TrailMate Outdoor", "US"),
    ("papeterie-nord", "Papeterie Nord", "DE"), ("quanzhou-shoes-direct", "泉州鞋业直销", "CN"),
    ("lotus-tea-house", "莲心茶社", "CN"), ("fitlife-gear", "FitLife Gear", "GB"), ("cozy-nest-bedding", "Cozy Nest Bedding", "US"),
    ("guangzhou-apparel-co", "广州服饰有限公司", "CN"), ("autopro-accessories", "AutoPro Accessories", "US"),
    ("kids-joy-toys", "Kids Joy Toys", "CN"), ("green-leaf-organics", "Green Leaf Organics", "US"),
    ("silver-moon-jewelry", "Silver Moon Jewelry", "TH"), ("dongguan-electronics", "东莞电子商行", "CN"),
    ("alpen-sport", "Alpen Sport GmbH", "DE"),
]
SUSPICIOUS_SELLERS = [
    ("putian-sneaker-factory", "莆田鞋厂直营", "CN"), ("lux-bags-outlet-88", "Lux Bags Outlet 88", "HK"),
    ("best-deal-world-2024", "Best Deal World", "CN"), ("baiyun-leather-goods", "白云皮具批发", "CN"),
    ("huaqiangbei-digital", "华强北数码", "CN"), ("mega-discount-hub", "Mega Discount Hub", "CN"),
    ("top-watch-store-hk", "Top Watch Store", "HK"), ("istanbul-brand-bazaar", "Istanbul Brand Bazaar", "TR"),
    ("global-beauty-direct", "Global Beauty Direct", "MY"), ("cheap-keys-license", "Cheap Keys License", "CN"),
    ("parts-warehouse-9", "Parts Warehouse 9", "CN"), ("happy-toy-wholesale", "Happy Toy Wholesale", "CN"),
    ("bangkok-fashion-mall", "Bangkok Fashion Mall", "TH"), ("daigou-sister-li", "李姐代购", "CN"),
    ("outlet-clearance-usa", "Outlet Clearance USA", "US"), ("pharma-express-online", "Pharma Express Online", "IN"),
    ("vn-garment-overrun", "VN Garment Overrun", "VN"), ("sz-audio-oem", "深圳音频OEM工厂", "CN"),
]
SHIP_FROM_SUSPICIOUS = ["CN"] * 6 + ["HK", "HK", "TR", "TH", "VN", "MY", "US"]


# --------------------------------------------------------------------------- helpers


def _value(entry: Any) -> str:
    return entry["value"] if isinstance(entry, dict) else entry


def _everyday(entry: Any) -> bool:
    return isinstance(entry, dict) and entry.get("everyday_word", False)


def usd(money: dict[str, Any]) -> float:
    return money["amount"] * USD_PER[money["currency"]]


def money(amount_usd: float, currency: str) -> dict[str, Any]:
    amount = amount_usd / USD_PER[currency]
    amount = round(amount) - 0.01 if currency == "CNY" and amount > 20 else round(amount, 2)
    return {"amount": max(round(amount, 2), 0.5), "currency": currency}


def model_category(brand: dict[str, Any], model: dict[str, Any] | None) -> str:
    if model is not None:
        text = f"{model.get('name', '')} {model['value']}".casefold()
        for hint, cat in MODEL_CATEGORY_HINTS:
            if hint in text and cat in brand["categories"]:
                return cat
    return brand["categories"][0]


def floor_usd(brand: dict[str, Any], model: dict[str, Any] | None, category: str) -> float | None:
    if model is not None and model.get("price_floor"):
        return usd(model["price_floor"])
    for pf in brand.get("price_floors", []):
        if pf.get("category") == category:
            return usd(pf["floor"])
    floors = [usd(pf["floor"]) for pf in brand.get("price_floors", [])]
    return min(floors) if floors else None


def flip_bits(hexhash: str, n: int, rng: Random) -> str:
    v = int(hexhash, 16)
    for bit in rng.sample(range(64), n):
        v ^= 1 << bit
    return f"{v:016x}"


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def far_hash(rng: Random, registered: list[str], min_distance: int = 24) -> str:
    while True:
        h = f"{rng.getrandbits(64):016x}"
        if all(hamming(h, r) >= min_distance for r in registered):
            return h


class Terms:
    """Every registered term (marks, aliases, model numbers), to keep ordinary listings free of them."""

    def __init__(self, brands: list[dict[str, Any]]):
        terms: set[str] = set()
        for b in brands:
            terms.update(_value(m) for m in b.get("marks", []))
            terms.update(_value(a) for a in b.get("aliases", []))
            terms.update(_value(m) for m in b.get("models", []))
            terms.add(b["name"])
        self.ascii = [t.casefold() for t in terms if t.isascii()]
        self.other = [t for t in terms if not t.isascii()]
        self._re = re.compile(
            "|".join(rf"(?<![0-9a-z]){re.escape(t)}(?![0-9a-z])" for t in sorted(self.ascii, key=len, reverse=True))
        )

    def found(self, text: str) -> list[str]:
        folded = text.casefold()
        hits = [m.group(0) for m in self._re.finditer(folded)]
        hits += [t for t in self.other if t.casefold() in folded]
        return hits


# --------------------------------------------------------------------------- obfuscation


def brand_word(brand: dict[str, Any]) -> str:
    """The word a counterfeiter writes: the brand's first mark."""
    return _value(brand["marks"][0])


def misspell(brand: dict[str, Any], rng: Random) -> str:
    if brand["id"] in MISSPELLINGS:
        return rng.choice(MISSPELLINGS[brand["id"]])
    w = brand_word(brand)
    i = rng.randrange(1, max(2, len(w) - 2))
    if rng.random() < 0.5 and w[i].isalpha() and w[i + 1].isalpha():
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + w[i] + w[i:]


def leet(word: str) -> str:
    up = word.upper()
    for a, b in LEET:
        if a in up:
            return up.replace(a, b, 1) if a in "EAS" else up.replace(a, b)
    return up


def separate(word: str, rng: Random) -> str:
    letters = [c for c in word.upper() if c.isalnum()]
    return rng.choice([".", " ", "-", "*", "·"]).join(letters)


def cyrillic(word: str, rng: Random) -> str:
    spots = [i for i, c in enumerate(word) if c in CYRILLIC]
    if not spots:
        return word
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        word = word[:i] + CYRILLIC[word[i]] + word[i + 1:]
    return word


def accent(word: str, rng: Random) -> str:
    spots = [i for i, c in enumerate(word) if c in ACCENTS]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + ACCENTS[word[i]] + word[i + 1:]


# --------------------------------------------------------------------------- listing builders


class FeedBuilder:
    def __init__(self, registry: dict[str, Any], seed: int = SEED):
        self.rng = Random(seed)
        self.brands: list[dict[str, Any]] = registry["brands"]
        self.by_id = {b["id"]: b for b in self.brands}
        self.terms = Terms(self.brands)
        self.registered_hashes = [img["hash"] for b in self.brands for img in b.get("images", [])]
        self.used_ids: set[str] = set()
        self.listings: list[dict[str, Any]] = []
        self.labels: dict[str, dict[str, Any]] = {}

    # ---- common parts

    def new_id(self, marketplace: str) -> str:
        r = self.rng
        while True:
            if marketplace in ("tmall", "taobao"):
                lid = str(r.randrange(600_000_000_000, 799_999_999_999))
            elif marketplace == "jd":
                lid = str(r.randrange(100_000_000_000, 100_099_999_999))
            elif marketplace == "aliexpress":
                lid = str(r.randrange(1_005_006_000_000_000, 1_005_007_999_999_999))
            elif marketplace.startswith("amazon"):
                lid = "B0" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
            else:
                lid = str(r.randrange(200_000_000_000, 399_999_999_999))
            if lid not in self.used_ids:
                self.used_ids.add(lid)
                return lid

    def observed_at(self, marketplace: str) -> str:
        t = START + timedelta(seconds=self.rng.randrange(WINDOW_HOURS * 3600))
        tz = timezone(timedelta(hours=MARKETPLACES[marketplace]["tz"]))
        return t.astimezone(tz).isoformat()

    def images(self, marketplace: str, lid: str, phashes: list[str | None]) -> list[dict[str, Any]]:
        host = MARKETPLACES[marketplace]["url"].split("/")[2].split(".", 1)[1]
        out = []
        for i, h in enumerate(phashes):
            img: dict[str, Any] = {"url": f"https://img.{host}/{lid}/{i + 1}.jpg"}
            if h is not None:
                img["phash"] = h
            out.append(img)
        return out

    def emit(self, kind: str, *, marketplace: str, title: str, description: str, price: dict[str, Any] | None,
             seller: tuple[str, str, str | None], category: str | None, phashes: list[str | None],
             ship_from: str | None, attributes: dict[str, str], brand: str | None = None,
             technique: str | None = None) -> None:
        lid = self.new_id(marketplace)
        listing: dict[str, Any] = {
            "marketplace": marketplace,
            "listing_id": lid,
            "url": MARKETPLACES[marketplace]["url"].format(id=lid),
            "title": title,
            "description": description,
            "price": price,
            "seller": {"id": seller[0], "name": seller[1], "country": seller[2]},
            "category": category,
            "images": self.images(marketplace, lid, phashes),
            "ship_from": ship_from,
            "observed_at": self.observed_at(marketplace),
            "attributes": attributes,
        }
        self.listings.append(listing)
        key = f"{marketplace}:{lid}"
        self.labels[key] = {"key": key, "kind": kind, "brand": brand, "technique": technique}

    # ---- ordinary

    def ordinary(self) -> None:
        r = self.rng
        for _ in range(200):  # a few spare tries in case a fill-in makes a title name a registered term
            en, zh, cat, lo, hi = r.choice(GENERIC)
            colour, colour_zh = r.choice(COLOURS)
            fill = {"size": r.choice(["500ml", "750ml", "1L"]), "cm": r.choice([20, 24, 28, 30, 40]),
                    "n": r.choice([2, 3, 5, 10]), "m": r.choice([1, 2, 3, 5, 10]), "kg": r.choice([10, 20, 24]),
                    "colour": colour, "colour_zh": colour_zh}
            marketplace = r.choice(["taobao", "taobao", "jd", "aliexpress", "aliexpress", "amazon-us", "amazon-de", "ebay"])
            chinese = marketplace in CHINESE_MARKETS and r.random() < 0.8
            title = (zh if chinese else en).format(**fill)
            description = r.choice(GENERIC_DESCRIPTIONS)
            if self.terms.found(f"{title} {description}"):
                continue
            seller = r.choice(ORDINARY_SELLERS)
            price = money(r.uniform(lo, hi), MARKETPLACES[marketplace]["currency"])
            n_img = r.choice([0, 1, 1, 2])
            phashes = [far_hash(r, self.registered_hashes) if r.random() < 0.5 else None for _ in range(n_img)]
            self.emit("ordinary", marketplace=marketplace, title=title, description=description, price=price,
                      seller=seller, category=cat, phashes=phashes,
                      ship_from=seller[2] if r.random() < 0.8 else "CN",
                      attributes={"condition": "new", "brand": "unbranded" if r.random() < 0.5 else "generic"})
            return
        raise RuntimeError("could not make an ordinary listing")

    # ---- suspicious

    def suspicious(self) -> None:
        r = self.rng
        named = {"bose", "canada-goose", "honda", "samsung", "mars", "adobe", "danone", "hasbro", "loreal"}
        weights = [3 if b["id"] in named else 1 for b in self.brands]
        technique = r.choices(
            ["exact", "misspelling", "leetspeak", "separators", "cyrillic", "accents", "alias", "model_only", "image_only"],
            [14, 14, 10, 10, 10, 5, 18, 10, 9],
        )[0]
        if technique == "image_only":
            with_images = [(b, w) for b, w in zip(self.brands, weights) if b.get("images")]
            brand = r.choices([b for b, _ in with_images], [w for _, w in with_images])[0]
        else:
            brand = r.choices(self.brands, weights)[0]
        model = r.choice(brand["models"]) if brand.get("models") and r.random() < 0.85 else None
        category = model_category(brand, model)
        floor = floor_usd(brand, model, category)

        marketplace = r.choice(["aliexpress", "aliexpress", "taobao", "taobao", "ebay", "amazon-us", "amazon-de", "jd"])
        if technique == "alias":
            marketplace = r.choice(["taobao", "taobao", "jd", "aliexpress"])
        chinese = technique == "alias" or (marketplace in CHINESE_MARKETS and r.random() < 0.6)

        word = brand_word(brand)
        render = {
            "exact": word,
            "misspelling": misspell(brand, r),
            "leetspeak": leet(word),
            "separators": separate(word, r) if len(word) <= 8 else misspell(brand, r),
            "cyrillic": cyrillic(word, r),
            "accents": accent(word, r),
            "alias": (brand["aliases"][0] if r.random() < 0.6 else r.choice(brand["aliases"])) if brand.get("aliases") else word,
            "model_only": "",
            "image_only": "",
        }[technique]
        if technique == "model_only" and model is None:
            model = brand["models"][0] if brand.get("models") else None
            category = model_category(brand, model)
            floor = floor_usd(brand, model, category)
        model_no = model["value"] if model else ""
        model_name = model.get("name", "") if model else ""
        if model_name and not model_name.isascii():
            model_name = ""
        if technique in ("model_only", "image_only"):
            model_name = ""  # a model name can carry a sub-brand mark; these listings avoid every mark

        cue = r.choice(CUES_ZH if chinese else CUES_EN) if r.random() < 0.8 else ""
        cat_en = category
        cat_zh = CATEGORY_ZH.get(category, "")

        if technique == "image_only":
            generic = {"headphones": "Premium wireless noise cancelling headphones over-ear",
                       "sneakers": "Retro low top leather sneakers unisex", "handbags": "Women's leather shoulder bag classic",
                       "watches": "Men's automatic diver watch stainless steel", "hair care": "High speed hair dryer 110000 rpm",
                       "parkas": "Men's winter down parka fur hood extreme cold", "phones": "Smartphone 6.8 inch 512GB unlocked",
                       "jackets": "Puffer jacket 700 fill retro", "building sets": "Building blocks spaceship 7541 pieces",
                       "skincare": "Anti-aging night serum 50ml", "chocolate": "Milk chocolate bars 24 pack",
                       "software licenses": "Photo editing software lifetime license key",
                       "prescription drugs": "Men's health blue tablets 100mg 30 pcs",
                       "auto parts": "Oil filter for Japanese cars", "tires": "Performance summer tyre 245/40 R18"}
            title = generic.get(category, f"Premium {category} best price")
            if cue and r.random() < 0.5:
                title = f"{title} {cue}"
        elif chinese:
            parts = [cue, render, model_no, cat_zh, r.choice(["正品", "", "包邮", "专柜品质", ""])]
            if r.random() < 0.3:
                parts = [render, model_no, cat_zh, cue, "支持验货"]
            title = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
        else:
            templates = [
                "{cue} {b} {name} {model} {cat}",
                "{b} {name} {cat} {model} - {cue}",
                "New {b} {model} {name} {cue} fast shipping",
                "{b} {name} {model} {cat} original box {cue}",
            ]
            title = r.choice(templates).format(cue=cue, b=render, name=model_name, model=model_no, cat=cat_en)
            title = re.sub(r"\s+", " ", title).strip(" -")
        if not title:
            title = f"{model_no} {cat_en}".strip()

        desc_bits = []
        if chinese:
            desc_bits.append(r.choice(["工厂直供，品质和专柜一样，细节做工完美。", "支持验货，顶级版本，假一赔十。",
                                       "原厂面料，1:1开模，懂货的来。", "清仓尾单，数量有限。"]))
        else:
            desc_bits.append(r.choice(["Same quality as original, nobody can tell the difference.",
                                       "Best version on the market, 1:1 details, comes with box and papers.",
                                       "Factory direct price. No returns. Ships in discreet packaging.",
                                       "Top grade. Please contact us on WhatsApp for more photos.",
                                       "Brand new, never used. Bulk discount available."]))
        if technique in ("leetspeak", "separators", "cyrillic") and r.random() < 0.5:
            desc_bits.append(f"Compatible with all genuine {render} accessories.")
        description = " ".join(desc_bits)

        currency = MARKETPLACES[marketplace]["currency"]
        if floor is not None:
            ratio = r.uniform(0.05, 0.35) if r.random() < 0.85 else r.uniform(0.6, 0.95)
            price = money(floor * ratio, currency)
        else:
            price = money(r.uniform(5, 40), currency)

        phashes: list[str | None] = []
        if brand.get("images") and (technique == "image_only" or r.random() < 0.35):
            phashes.append(flip_bits(r.choice(brand["images"])["hash"], r.randint(0, 6), r))
        phashes += [None] * r.choice([0, 1, 1, 2])

        seller = r.choice(SUSPICIOUS_SELLERS)
        attrs = {"condition": "new"}
        if r.random() < 0.4:
            attrs["brand"] = r.choice(["unbranded", "OEM", render or "OEM"])
        self.emit("suspicious", marketplace=marketplace, title=title, description=description, price=price,
                  seller=seller, category=category, phashes=phashes, ship_from=r.choice(SHIP_FROM_SUSPICIOUS),
                  attributes=attrs, brand=brand["id"], technique=technique)

    # ---- genuine

    def genuine(self) -> None:
        r = self.rng
        brand = r.choice([b for b in self.brands if b.get("authorized_sellers")])
        s = r.choice(brand["authorized_sellers"])
        marketplace = s["marketplace"]
        model = r.choice(brand["models"]) if brand.get("models") else None
        category = model_category(brand, model)
        floor = floor_usd(brand, model, category)
        currency = MARKETPLACES[marketplace]["currency"]
        price = money((floor or 20) * r.uniform(1.0, 1.35), currency)
        name = model.get("name", "") if model else ""
        model_no = model["value"] if model else ""
        if marketplace in CHINESE_MARKETS:
            alias = brand["aliases"][0] if brand.get("aliases") else ""
            title = f"{brand['name']}{alias} {name} {model_no} {CATEGORY_ZH.get(category, '')} 官方正品 国行".strip()
            description = f"{brand['name']}官方旗舰店 正品保障 全国联保 发票齐全。"
        else:
            title = f"{brand['name']} {name} {model_no} {category}".strip()
            description = f"Sold by {s.get('name') or brand['name']}. Genuine product with manufacturer warranty."
        title = re.sub(r"\s+", " ", title)
        phashes: list[str | None] = []
        if brand.get("images") and r.random() < 0.7:
            phashes.append(flip_bits(r.choice(brand["images"])["hash"], r.randint(0, 2), r))
        phashes += [None] * r.choice([1, 2])
        ship = {"tmall": "CN", "amazon-us": "US", "amazon-de": "DE", "ebay": "US"}.get(marketplace, "CN")
        self.emit("genuine", marketplace=marketplace, title=title, description=description, price=price,
                  seller=(s["seller_id"], s.get("name") or brand["name"], ship), category=category,
                  phashes=phashes, ship_from=ship, attributes={"condition": "new", "brand": brand["name"]},
                  brand=brand["id"], technique="authorized_seller")

    # ---- traps

    def traps(self, n: int) -> None:
        r = self.rng
        picks = [TRAPS[i % len(TRAPS)] for i in range(n)]
        for title, description, category, price_usd, marketplace, about in picks:
            seller = r.choice(ORDINARY_SELLERS)
            currency = MARKETPLACES[marketplace]["currency"]
            self.emit("trap", marketplace=marketplace, title=title, description=description,
                      price=money(price_usd * r.uniform(0.9, 1.1), currency), seller=seller, category=category,
                      phashes=[far_hash(r, self.registered_hashes)] if r.random() < 0.3 else [],
                      ship_from=seller[2], attributes={"condition": "new"}, brand=about, technique="trap")

    def build(self) -> list[dict[str, Any]]:
        kinds = (["ordinary"] * COUNTS["ordinary"] + ["suspicious"] * COUNTS["suspicious"]
                 + ["genuine"] * COUNTS["genuine"])
        self.rng.shuffle(kinds)
        for k in kinds:
            getattr(self, k)()
        self.traps(COUNTS["trap"])
        self.listings.sort(key=lambda x: (datetime.fromisoformat(x["observed_at"]), x["listing_id"]))
        return self.listings


# (title, description, category, price in USD, marketplace, brand whose word it contains)
TRAPS = [
    ("Mars planet poster 24x36 NASA photo print", "Red planet photographed by a Mars orbiter, matte art print.", "wall art", 14, "amazon-us", "mars"),
    ("Mars rover model 1:24 die-cast with solar panels", "Collectible model of a Mars exploration rover.", "model kits", 29, "ebay", "mars"),
    ("火星 Mars 3D 月球灯 星球夜灯 16色遥控", "火星造型小夜灯，卧室氛围灯，USB充电。", "lighting", 12, "taobao", "mars"),
    ("Adobe bricks handmade sun-dried clay, pallet of 50", "Traditional adobe mud bricks for garden walls and pizza ovens.", "building materials", 180, "ebay", "adobe"),
    ("Adobe style ceramic planter Southwest terracotta", "Hand-painted adobe pueblo design pot.", "garden", 22, "amazon-us", "adobe"),
    ("Goose down pillow 800 fill power hotel quality", "100% white goose down, cotton cover, queen size.", "bedding", 45, "amazon-us", "canada-goose"),
    ("白鹅绒羽绒被 冬季加厚 95%鹅绒", "精选白鹅绒，蓬松保暖，全棉面料。", "bedding", 120, "jd", "canada-goose"),
    ("Canada goose decoys full body, 6 pack for hunting", "Realistic flocked-head Canada goose decoys with stakes.", "hunting", 110, "ebay", "canada-goose"),
    ("Case for Samsung Galaxy S24 shockproof clear TPU", "Slim protective phone case, precise cutouts, wireless charging compatible.", "phone accessories", 9, "aliexpress", "samsung"),
    ("Tempered glass screen protector for Samsung Galaxy S24 Ultra, 3 pack", "9H hardness, bubble free installation.", "phone accessories", 8, "amazon-us", "samsung"),
    ("Replacement ear pads compatible with Bose QC45", "Memory foam ear cushions, protein leather, easy to install.", "headphone accessories", 16, "amazon-us", "bose"),
    ("耳机套 适用于Bose QC35 II 替换海绵套", "蛋白皮耳罩，柔软舒适，安装简单。", "headphone accessories", 9, "taobao", "bose"),
    ("博士服 毕业学位服 博士帽 全套", "毕业典礼博士学位服套装，含帽子与垂布。", "clothing", 40, "taobao", "bose"),
    ("Honduras single origin coffee beans 1kg medium roast", "Specialty coffee from the Honduran highlands, notes of caramel.", "coffee", 24, "amazon-us", "honda"),
    ("All-weather floor mats for Honda Civic 2016-2021", "Custom fit rubber floor liners, front and rear.", "car accessories", 55, "ebay", "honda"),
    ("Screen protector for iPhone 15 Pro tempered glass, 2 pack", "Case friendly, anti-fingerprint.", "phone accessories", 7, "amazon-us", "apple"),
    ("Apple cider vinegar with the mother 946ml", "Raw, unfiltered, organic apple cider vinegar.", "grocery", 6, "amazon-us", "apple"),
    ("新鲜苹果 烟台红富士 5斤装 脆甜多汁", "产地直发，现摘现发，坏果包赔。", "fruit", 8, "taobao", "apple"),
    ("Dove bird feeder hanging wooden, squirrel proof", "Attracts doves, finches and sparrows.", "garden", 19, "amazon-us", "mars"),
    ("Seashell necklace natural shell beads handmade", "Beach style necklace with real cowrie shells.", "jewelry", 12, "aliexpress", "shell"),
    ("Omega-3 fish oil 1000mg, 120 softgels", "Triple strength EPA and DHA, burpless.", "supplements", 18, "amazon-us", "omega"),
    ("Pandora's box mythology stories hardcover book", "Greek myths retold for young readers.", "books", 15, "amazon-us", "pandora"),
    ("Windows and glass cleaner spray 750ml streak-free", "Cleans windows, mirrors and glass tables.", "household", 5, "amazon-us", "microsoft"),
    ("Ergonomic office chair mesh back with lumbar support", "Adjustable height and armrests, home office.", "furniture", 120, "amazon-us", "microsoft"),
    ("Voltage converter transformers 2000W step up/down 110V 220V", "Heavy duty transformers for travel appliances.", "electrical", 60, "ebay", "hasbro"),
    ("Monopoly and competition: an economics textbook, 3rd edition", "Covers market structure, pricing power and regulation.", "books", 48, "ebay", "hasbro"),
    ("Pachelbel Canon in D sheet music for piano, easy arrangement", "Printed sheet music, 6 pages.", "books", 7, "amazon-us", "canon"),
    ("Galaxy star projector night light with Bluetooth speaker", "Nebula and stars on your ceiling, timer and remote.", "lighting", 25, "aliexpress", "samsung"),
    ("Coach bus die-cast model 1:50 scale", "Detailed tourist coach replica with opening doors.", "die-cast cars", 35, "ebay", "coach"),
    ("Jordan almonds wedding favours 1kg pastel", "Candy coated almonds for weddings and baby showers.", "confectionery", 16, "amazon-us", "nike"),
    ("Samba dance shoes women latin ballroom heels", "Satin latin dance shoes, suede sole.", "dance shoes", 32, "aliexpress", "adidas"),
    ("Puma plush toy mountain lion stuffed animal 30cm", "Realistic cougar soft toy for kids.", "toys", 18, "amazon-us", "puma"),
    ("Kinder Fahrrad 16 Zoll mit Stützrädern", "Kinderfahrrad für 4-6 Jahre, Rücktrittbremse.", "bicycles", 129, "amazon-de", "ferrero"),
    ("AAA alkaline batteries 24 pack long lasting", "1.5V AAA cells for remotes and toys.", "batteries", 11, "amazon-us", None),
    ("Generic aspirin 81mg low dose, 300 tablets", "Compare to leading brand. Pain reliever.", "otc", 6, "amazon-us", "bayer"),
    ("Replacement battery compatible with Canon LP-E6NH, 2 pack with charger", "Third-party battery, fits EOS R5, R6 Mark II.", "batteries", 35, "amazon-us", "canon"),
    ("Filter compatible with Dyson V15 Detect, washable 2 pack", "Replacement post-motor filters, not made by the original manufacturer.", "vacuum accessories", 14, "amazon-de", "dyson"),
    ("Replacement brush heads for Philips Sonicare, 8 pack", "Fits HX9911 and other click-on handles.", "electric toothbrush accessories", 16, "aliexpress", "philips"),
    ("Rubber watch strap for Rolex Submariner 20mm curved end", "Vulcanised rubber, fits 40mm cases, buckle included.", "watch accessories", 45, "ebay", "rolex"),
    ("Baseplate 32x32 compatible with LEGO Classic, 4 pack", "Green building base plates for brick sets.", "toys", 15, "amazon-us", "lego"),
]


# --------------------------------------------------------------------------- main


def generate() -> tuple[str, str]:
    registry = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    for brand in registry["brands"]:  # an alias may be written {value: 博士, everyday_word: true}
        brand["aliases"] = [a if isinstance(a, str) else a["value"] for a in brand.get("aliases", [])]
    builder = FeedBuilder(registry)
    listings = builder.build()
    feed = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in listings)
    labels = "".join(
        json.dumps(builder.labels[f"{x['marketplace']}:{x['listing_id']}"], ensure_ascii=False) + "\n" for x in listings
    )
    return feed, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if feed.ndjson or feed_labels.ndjson is out of date")
    args = ap.parse_args(argv)
    feed, labels = generate()
    if args.check:
        stale = [p.name for p, text in ((FEED, feed), (LABELS, labels))
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)}; run make_feed.py", file=sys.stderr)
            return 1
        print("feed up to date")
        return 0
    FEED.write_text(feed, encoding="utf-8")
    LABELS.write_text(labels, encoding="utf-8")
    kinds: dict[str, int] = {}
    for line in labels.splitlines():
        k = json.loads(line)["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"wrote {len(feed.splitlines())} listings to {FEED.name}: {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
