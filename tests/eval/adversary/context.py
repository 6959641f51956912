"""Listing context for the adversary: what is sold in each category, coded cue terms, accessories, prices.

Written from first principles for the demo registry's categories (deploy/seed/registry.yaml); nothing here is
taken from the matcher. Every category of the registry has product phrases in English and Chinese, an
accessory a third party would sell for it, and a typical price in USD for when the brand registers no floor.
"""

from __future__ import annotations

# category -> (English product phrases, Chinese product phrase, typical genuine price in USD); one retail unit each (a
# can, a bottle: the registry's floors for drinks are a unit's, and a case of 24 priced as one can is no honest price).
# (packs32) The chocolate and confectionery floors are one bar's: a "24 pack" of bars here was priced as one bar, a copy's
# price for 24 that the matcher's multipack rule reads as such; packs of retail units are drawn and priced as their
# units by packs.py (N x a multipack's share of the unit's floor), not here
PRODUCTS: dict[str, tuple[list[str], str, float]] = {
    "accessories": (["gloves", "beanie", "travel adapter", "controller grip"], "配件", 60),
    "action figures": (["action figure 7 inch", "collector figure with stand"], "可动人偶", 30),
    "air purifiers": (["air purifier fan HEPA", "purifier with heater"], "空气净化器", 450),
    "auto parts": (["oil filter", "front brake pads set", "air filter element"], "原厂配件 机油滤芯", 25),
    "backpacks": (["hiking backpack 30L", "daypack laptop backpack"], "双肩包", 110),
    "badminton rackets": (["badminton racket 4U", "badminton racquet strung"], "羽毛球拍", 180),
    "bags": (["gym duffel bag", "sports backpack"], "运动包", 60),
    "basketballs": (["official size 7 basketball", "indoor game basketball"], "篮球", 70),
    "batteries": (["AA rechargeable batteries 4 pack", "AAA batteries 8 pack"], "充电电池", 15),
    "belts": (["leather belt men 3.5cm", "reversible belt with buckle"], "男士皮带", 450),
    "blasters": (["foam dart blaster", "motorized blaster with 20 darts"], "软弹枪", 35),
    "board games": (["board game family edition", "classic board game"], "桌游", 25),
    "bottled water": (["natural mineral water 500ml", "spring water 1.5L"], "矿泉水 500ml", 1),
    "building sets": (["building set 1200 pieces", "brick set collector edition"], "积木拼装", 120),
    "cameras": (["mirrorless camera body", "digital camera 24MP kit"], "微单相机", 1500),
    "chargers": (["25W fast charger USB-C", "wall charger adapter"], "快充充电器", 20),
    "charms": (["heart charm sterling silver", "bead charm for bracelet"], "串珠吊坠", 50),
    "chocolate": (["milk chocolate bar", "chocolate gift box"], "巧克力礼盒", 15),
    "coffee": (["instant coffee 200g", "coffee capsules 50 pack"], "速溶咖啡", 12),
    "confectionery": (["candy assortment 1kg", "chocolate wafer bar"], "糖果 零食", 15),
    "consoles": (["game console 1TB", "handheld console OLED"], "游戏机", 450),
    "crystal figurines": (["crystal swan figurine", "crystal ornament gift"], "水晶摆件", 150),
    "dairy": (["probiotic yogurt 8 pack", "greek yogurt 1kg"], "酸奶", 8),
    "denim": (["denim jacket trucker", "selvedge denim shirt"], "牛仔外套", 90),
    "die-cast cars": (["die-cast car 1:64 5 pack", "die-cast sports car"], "合金小车", 6),
    "dishwashers": (["built-in dishwasher 60cm", "freestanding dishwasher"], "洗碗机", 700),
    "dolls": (["fashion doll with accessories", "doll dreamhouse playset"], "娃娃套装", 25),
    "earbuds": (["wireless earbuds noise cancelling", "true wireless earbuds"], "无线蓝牙耳机", 180),
    "electric toothbrushes": (["electric toothbrush sonic", "rechargeable toothbrush 2 heads"], "电动牙刷", 120),
    "first aid": (["adhesive bandages 100 pack", "first aid plasters assorted"], "创可贴", 6),
    "football": (["match football size 5", "training football"], "足球", 40),
    "footballs": (["american football official size", "junior football"], "橄榄球", 35),
    "fragrance": (["eau de parfum 100ml", "perfume 50ml spray"], "香水 100ml", 110),
    "generators": (["inverter generator 2200W", "portable generator quiet"], "发电机", 1100),
    "golf balls": (["golf balls dozen", "tour golf balls 12 pack"], "高尔夫球", 45),
    "golf clubs": (["golf driver 10.5 degree", "iron set 5-PW"], "高尔夫球杆", 500),
    "hair care": (["hair dryer 1600W", "hair styler multi"], "吹风机", 400),
    "haircare": (["shampoo 400ml", "hair serum 100ml"], "洗发水", 15),
    "handbags": (["leather shoulder bag", "tote bag large", "crossbody bag"], "女士手提包", 1500),
    "headphones": (["wireless noise cancelling headphones", "over-ear bluetooth headphones"], "头戴式降噪耳机", 300),
    "infant formula": (["infant formula stage 1 800g", "baby milk powder stage 3"], "婴儿奶粉 800g", 40),
    "ink": (["ink cartridge black", "ink cartridge tri-colour"], "墨盒", 25),
    "jackets": (["down jacket men", "insulated winter jacket"], "羽绒服", 700),
    "jeans": (["straight fit jeans 32x32", "slim jeans stonewash"], "直筒牛仔裤", 80),
    "jewelry": (["sterling silver bracelet", "pendant necklace"], "手链 项链", 300),
    "kitchen appliances": (["air fryer 4.1L", "stand blender 1.5L"], "空气炸锅", 120),
    "laptops": (["laptop 13 inch 16GB 512GB", "ultrabook 15 inch"], "笔记本电脑", 1200),
    "lenses": (["zoom lens 24-105mm", "prime lens 50mm f1.8"], "镜头", 800),
    "lubricants": (["multi-purpose grease 400g", "chain lubricant spray"], "润滑脂", 20),
    "luggage": (["carry-on suitcase 55cm", "travel duffel 45L"], "行李箱", 2000),
    "makeup": (["mascara black", "liquid foundation 30ml", "lipstick matte"], "睫毛膏", 20),
    "medical devices": (["glucose sensor 14 day", "continuous glucose monitor"], "血糖仪 传感器", 70),
    "memory": (["NVMe SSD 2TB", "microSD card 256GB"], "固态硬盘 2TB", 150),
    "merchandise": (["vintage tin sign", "collector glass bottle set"], "周边 收藏", 25),
    "minifigures": (["minifigure series blind bag", "minifigure collection 12 pack"], "人仔", 10),
    "model kits": (["master grade model kit 1/100", "plastic model kit 1/144"], "拼装模型", 50),
    "motor oil": (["5W-40 fully synthetic motor oil 4L", "15W-40 diesel engine oil 5L"], "全合成机油 4L", 40),
    "motorcycle parts": (["motorcycle brake pads", "motorcycle air filter"], "摩托车配件", 40),
    "motorcycles": (["sport motorcycle 600cc", "touring motorcycle"], "摩托车", 9000),
    "nutrition": (["nutrition shake vanilla 24 pack", "kids nutrition powder 850g"], "营养粉", 40),
    "otc": (["pain relief tablets 100 count", "allergy relief 30 tablets"], "止痛药", 12),
    "outdoor gear": (["trekking tent 2 person", "insulated sleeping bag"], "户外装备", 200),
    "outerwear": (["winter parka", "down coat long"], "外套", 800),
    "parkas": (["arctic down parka", "heavyweight down parka men"], "派克大衣", 1200),
    "pet food": (["dry dog food 10kg", "cat food pouches 48 pack"], "狗粮 10kg", 40),
    "phones": (["smartphone 256GB unlocked", "5G phone 512GB"], "手机 256G", 900),
    "power tools": (["cordless drill driver 12V", "rotary hammer drill"], "电钻", 120),
    "prescription drugs": (["100mg tablets 30 count", "20mg tablets 90 count"], "处方药 片剂", 200),
    "printers": (["inkjet printer all-in-one", "photo printer wireless"], "喷墨打印机", 150),
    "razor blades": (["razor blades 8 pack", "replacement cartridges 12 pack"], "剃须刀片", 25),
    "razors": (["razor with 2 blades", "men's razor handle"], "手动剃须刀", 12),
    "scarves": (["cashmere scarf check", "wool scarf classic"], "羊绒围巾", 500),
    "shavers": (["electric shaver wet & dry", "foil shaver men"], "电动剃须刀", 150),
    "shaving": (["shaving gel 200ml", "shaving foam 250ml"], "剃须泡沫", 6),
    "shuttlecocks": (["feather shuttlecocks tube of 12", "nylon shuttlecocks 6 pack"], "羽毛球 12只", 30),
    "skincare": (["night cream 50ml", "repair serum 30ml", "moisturiser 50ml"], "精华液 50ml", 90),
    "sneakers": (["sneakers white", "running shoes men", "basketball shoes"], "运动鞋", 120),
    "soft drinks": (["cola 330ml can", "lemon soda 2L"], "碳酸饮料 330ml", 1.5),
    "software": (["software license lifetime", "full version download"], "软件 正版激活", 250),
    "software licenses": (["license key 1 year", "subscription 12 months"], "激活码 一年", 300),
    "soundbars": (["soundbar with subwoofer", "smart soundbar"], "回音壁音响", 500),
    "speakers": (["portable bluetooth speaker", "smart speaker"], "蓝牙音箱", 150),
    "sportswear": (["track jacket", "training hoodie", "running tights"], "运动服", 70),
    "spreads": (["hazelnut spread 750g", "chocolate spread 400g"], "榛子酱", 7),
    "sunglasses": (["sunglasses polarized", "aviator sunglasses"], "太阳镜", 350),
    "sunscreen": (["sunscreen SPF50 60ml", "UV milk SPF50+"], "防晒霜", 25),
    "tablets": (["tablet 11 inch 128GB", "tablet wifi 256GB"], "平板电脑", 600),
    "tennis rackets": (["tennis racket 97 sq in", "tennis racquet unstrung"], "网球拍", 230),
    "tires": (["summer tyre 245/40ZR18", "all-season tire 205/55R16"], "轮胎", 200),
    "toys": (["toy playset", "kids toy gift set"], "玩具套装", 25),
    "trench coats": (["trench coat heritage", "double-breasted trench"], "风衣", 2000),
    "vacuum cleaners": (["cordless vacuum cleaner", "stick vacuum with laser"], "无线吸尘器", 600),
    "video games": (["video game cartridge", "game for handheld console"], "游戏卡带", 55),
    "wallets": (["leather wallet bifold", "zip around wallet"], "钱包", 500),
    "watches": (["automatic watch 41mm", "men's watch stainless steel"], "机械手表", 8000),
    "wiper blades": (["wiper blades pair 24\"", "rear wiper blade"], "雨刮器", 30),
}

# Product words that depend on the brand more than on the category.
BRAND_PRODUCTS: dict[tuple[str, str], list[str]] = {
    ("bmw", "accessories"): ["key case leather", "keyring", "valve caps set"],
    ("canada-goose", "accessories"): ["gloves", "beanie", "down mittens"],
    ("microsoft", "accessories"): ["wireless controller", "controller grip"],
    ("nintendo", "accessories"): ["controller grip", "console carrying case", "controller charging grip"],
}

# A short noun per category, for glued words (#guccibelt, CamelCase GucciBelt).
GLUE_NOUN: dict[str, str] = {
    "handbags": "bag", "belts": "belt", "wallets": "wallet", "sneakers": "shoes", "sportswear": "hoodie",
    "jackets": "jacket", "parkas": "parka", "outerwear": "coat", "headphones": "headphones", "earbuds": "earbuds",
    "speakers": "speaker", "phones": "phone", "tablets": "tablet", "laptops": "laptop", "chargers": "charger",
    "cameras": "camera", "watches": "watch", "jewelry": "bracelet", "charms": "charm", "sunglasses": "sunglasses",
    "scarves": "scarf", "jeans": "jeans", "toys": "toys", "building sets": "bricks", "dolls": "doll",
    "skincare": "serum", "makeup": "mascara", "fragrance": "perfume", "chocolate": "chocolate", "coffee": "coffee",
    "consoles": "console", "software": "software", "software licenses": "key", "auto parts": "parts",
    "tires": "tyres", "motor oil": "oil", "generators": "generator", "vacuum cleaners": "vacuum",
    "hair care": "dryer", "shavers": "shaver", "power tools": "drill", "golf clubs": "driver",
    "badminton rackets": "racket", "tennis rackets": "racket", "infant formula": "formula", "otc": "tablets",
    "prescription drugs": "pills", "soft drinks": "cola", "razor blades": "blades", "model kits": "kit",
}

# Coded counterfeit cues sellers use (English and Chinese marketplace slang).
CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "high copy", "replica", "top replica", "UA version",
        "1:1 best version", "AAA+", "原单", "高仿", "A货", "精仿", "1比1", "original quality copy", "OEM", "OEM version"]
CUES_ZH = ["原单", "高仿", "A货", "精仿", "1比1", "复刻", "顶级复刻"]
# Coded terms of replica communities: sneaker "batches", watch "factories", Putian, grades.
CODED_CUES = ["LJR batch", "PK batch", "OG batch", "top batch", "reps", "rep", "1to1", "1-1 quality", "mirror grade",
              "super clone", "clean factory", "VS factory", "noob factory", "grade AAA", "UA", "1：1", "r3plica", "rep1ica"]
CODED_CUES_ZH = ["莆田", "纯原", "公司级", "顶级版本", "高 仿", "原 单", "正品级", "一比一"]

# Neutral words sellers put around a title.
FILLERS = ["new", "brand new", "fast shipping", "free shipping", "hot sale", "2024", "limited", "gift", "sale",
           "men", "women", "unisex", "black", "white", "original box", "with receipt", "sealed", "best price"]
FILLERS_ZH = ["包邮", "现货", "新款", "正品", "专柜", "热卖", "男女同款", "送礼"]

DESCRIPTIONS = [
    "Ships within 24 hours. Please check the size chart before ordering.",
    "Item as pictured. Message me with any questions.",
    "Fast dispatch from our warehouse. 30-day returns.",
    "Great condition, smoke-free home.",
    "Bulk discounts available, contact the seller.",
    "",
]
DESCRIPTIONS_ZH = ["现货秒发，支持七天无理由退换。", "质量保证，欢迎咨询客服。", "拍下即发货，顺丰包邮。", ""]

# Things a third party sells for a category: (accessory phrase, listing category, USD price).
ACCESSORIES: dict[str, list[tuple[str, str, float]]] = {
    "phones": [("case, clear silicone cover", "phone cases", 5.99), ("tempered glass screen protector 2 pack", "phone accessories", 7.5),
               ("car mount magnetic holder", "phone accessories", 14)],
    "tablets": [("keyboard folio case", "tablet accessories", 29), ("screen protector paper-feel", "tablet accessories", 12)],
    "earbuds": [("silicone earbuds case cover with keychain", "headphone accessories", 6), ("replacement ear tips 3 pairs", "headphone accessories", 8)],
    "headphones": [("replacement ear pads cushions", "headphone accessories", 14), ("hard carrying case", "headphone accessories", 16),
                   ("headphone stand aluminium", "headphone accessories", 19)],
    "speakers": [("travel case for speaker", "audio accessories", 13), ("wall mount bracket", "audio accessories", 11)],
    "soundbars": [("wall mount bracket for soundbar", "audio accessories", 18)],
    "chargers": [("braided USB-C cable 2m", "cables", 9), ("fast charger 25W", "chargers", 6)],
    "laptops": [("laptop sleeve 13 inch", "laptop accessories", 19), ("keyboard cover skin", "laptop accessories", 7)],
    "memory": [("SSD heatsink", "computer accessories", 9)],
    "cameras": [("camera bag shoulder", "camera accessories", 25), ("lens cap 2 pack", "camera accessories", 6),
                ("battery charger dual", "camera accessories", 18)],
    "lenses": [("lens hood", "camera accessories", 12), ("UV filter 77mm", "camera accessories", 15)],
    "printers": [("printer cover dust", "office supplies", 12)],
    "ink": [("compatible ink cartridge black", "ink", 8)],
    "consoles": [("controller charging dock", "gaming accessories", 19), ("console vertical stand", "gaming accessories", 14),
                 ("carrying case", "gaming accessories", 17)],
    "video games": [("game card storage case 24 slots", "gaming accessories", 9)],
    "sneakers": [("replacement shoe laces", "shoe accessories", 6), ("shoe trees cedar", "shoe accessories", 15),
                 ("sneaker cleaning kit", "shoe care", 12), ("crease protectors", "shoe accessories", 8)],
    "sportswear": [("clothes hanger set", "home storage", 9)],
    "jackets": [("garment bag for jacket storage", "home storage", 15)],
    "parkas": [("garment bag for parka", "home storage", 15), ("replacement fur trim hood", "sewing", 20)],
    "outerwear": [("garment storage bag", "home storage", 15)],
    "handbags": [("purse organizer insert", "bag accessories", 15), ("bag strap replacement", "bag accessories", 12),
                 ("bag shaper pillow", "bag accessories", 14)],
    "wallets": [("card holder insert", "bag accessories", 9)],
    "belts": [("belt hanger organizer", "home storage", 10)],
    "sunglasses": [("sunglasses case hard shell", "eyewear accessories", 9), ("replacement lenses polarized", "eyewear accessories", 19)],
    "scarves": [("scarf hanger organizer", "home storage", 9)],
    "watches": [("watch winder single", "watch accessories", 45), ("rubber strap 20mm", "watch accessories", 19),
                ("watch display case 6 slots", "watch accessories", 25)],
    "jewelry": [("jewelry box organizer", "jewelry storage", 22)],
    "charms": [("charm display box", "jewelry storage", 18), ("compatible spacer beads", "beads", 6)],
    "auto parts": [("floor mats all weather", "car accessories", 39), ("windscreen sunshade foldable", "car accessories", 14),
                   ("seat covers set", "car accessories", 45)],
    "tires": [("tire pressure gauge", "car accessories", 9), ("valve caps set", "car accessories", 5)],
    "motor oil": [("oil drain pan 8L", "garage tools", 12), ("oil funnel", "garage tools", 5)],
    "motorcycles": [("motorcycle cover waterproof", "motorcycle accessories", 29)],
    "generators": [("generator cover", "outdoor power accessories", 25), ("parallel kit cables", "outdoor power accessories", 49)],
    "chocolate": [("chocolate mould silicone", "baking", 8)],
    "confectionery": [("candy dispenser", "kitchen", 12)],
    "coffee": [("compatible coffee capsules 50 pack", "coffee", 14), ("capsule holder drawer", "kitchen", 19)],
    "soft drinks": [("can cooler sleeve", "kitchen", 6)],
    "spreads": [("spread knife set", "kitchen", 9)],
    "infant formula": [("formula dispenser travel", "baby accessories", 8)],
    "bottled water": [("bottle holder rack", "kitchen", 15)],
    "skincare": [("cosmetic organizer acrylic", "beauty accessories", 15)],
    "makeup": [("makeup bag travel", "beauty accessories", 12)],
    "fragrance": [("perfume atomizer refillable", "beauty accessories", 8)],
    "toys": [("toy storage box", "home storage", 19)],
    "action figures": [("display case acrylic", "collectible accessories", 25)],
    "building sets": [("display case acrylic", "collectible accessories", 29), ("compatible baseplate 32x32", "building sets", 9)],
    "board games": [("board game storage box organizer", "home storage", 19)],
    "blasters": [("compatible foam darts refill 100 pack", "blasters", 9)],
    "dolls": [("doll clothes set", "toys", 12)],
    "software": [("keyboard shortcut stickers", "computer accessories", 7)],
    "software licenses": [("keyboard shortcut cover", "computer accessories", 9)],
    "razor blades": [("compatible razor blades 12 pack", "razor blades", 8)],
    "razors": [("razor stand holder", "bathroom", 9)],
    "shavers": [("shaver travel case", "personal care accessories", 11)],
    "electric toothbrushes": [("compatible replacement brush heads 8 pack", "electric toothbrushes", 12)],
    "vacuum cleaners": [("replacement filter", "vacuum accessories", 12), ("wall mount docking station", "vacuum accessories", 19)],
    "hair care": [("storage stand holder", "beauty accessories", 22)],
    "power tools": [("drill bit set 50 pieces", "tools", 15), ("tool case", "tools", 25)],
    "golf clubs": [("driver headcover", "golf accessories", 15), ("grips 13 pack", "golf accessories", 35)],
    "golf balls": [("golf ball retriever", "golf accessories", 19)],
    "badminton rackets": [("overgrip tape 3 pack", "racket accessories", 6), ("racket cover bag", "racket accessories", 12)],
    "tennis rackets": [("overgrip 3 pack", "racket accessories", 6), ("vibration dampener", "racket accessories", 5)],
    "basketballs": [("ball pump with needles", "sports accessories", 7)],
    "backpacks": [("rain cover for backpack", "outdoor accessories", 9)],
    "outdoor gear": [("tent footprint", "outdoor accessories", 19)],
    "otc": [("pill organizer weekly", "health accessories", 6)],
    "prescription drugs": [("pill organizer weekly", "health accessories", 6)],
    "medical devices": [("sensor patches 20 pack", "health accessories", 9)],
}
ACCESSORY_FALLBACK = [("display stand", "home storage", 12), ("storage box", "home storage", 15)]

# Honest listings in a brand's own category whose words look like counterfeit cues, naming no brand.
HONEST_CUE_WORDS: dict[str, list[tuple[str, str, float]]] = {
    "batteries": [("AAA batteries 8 pack alkaline", "batteries", 6), ("AAA rechargeable NiMH 1000mAh, 4 pack", "batteries", 9)],
    "die-cast cars": [("1:64 scale die-cast car 5 pack, unbranded", "die-cast cars", 6), ("1:18 scale replica die-cast classic car", "die-cast cars", 35)],
    "lenses": [("100mm f2.8 macro lens, 1:1 magnification", "lenses", 320), ("500mm mirror lens manual focus", "lenses", 89)],
    "jewelry": [("AAA grade Akoya pearl necklace 7mm", "jewelry", 120), ("Mirror polished stainless steel cuff bracelet", "jewelry", 15)],
    "watches": [("Mirror polished steel bracelet watch band 20mm", "watches", 18), ("Pocket watch, replica of a 1900 railroad design", "watches", 35)],
    "auto parts": [("OEM quality replacement air filter, fits most sedans", "auto parts", 9), ("Replica vintage license plate, garage decor", "auto parts", 15)],
    "action figures": [("1:12 scale replica knight action figure, unbranded", "action figures", 25)],
    "model kits": [("1:1 scale replica prop sword kit, unpainted", "model kits", 40), ("1:72 scale fighter plane model kit", "model kits", 18)],
    "phones": [("Grade A refurbished smartphone 128GB, unbranded", "phones", 120)],
    "makeup": [("Makeup mirror with LED light, 10x magnification", "makeup", 22)],
    "handbags": [("Mirror leather clutch bag, silver", "handbags", 35)],
    "software": [("OEM recovery USB stick, blank, 32GB", "software", 8)],
    "chocolate": [("Mirror glaze chocolate cake decorating kit", "chocolate", 14)],
    "sneakers": [("Sneakers AAA shoe cleaner foam 200ml", "sneakers", 9)],
    "soft drinks": [("Original recipe ginger beer 12 x 330ml", "soft drinks", 15)],
    "golf balls": [("AAA grade recycled golf balls, 50 pack", "golf balls", 30)],
    "tires": [("OEM size 205/55R16 all-season tyre, budget", "tires", 60)],
}

# Everyday things the same seller lists, for listings that mention no brand at all.
UNRELATED = [
    ("Stainless steel water bottle 1L", "kitchen", 15), ("Cotton bath towels set of 4", "home", 25),
    ("LED desk lamp dimmable", "lighting", 22), ("Yoga mat non-slip 6mm", "sports", 19),
    ("Ceramic plant pot 20cm", "garden", 12), ("Kids puzzle 100 pieces animals", "toys", 9),
    ("Wooden chopping board", "kitchen", 18), ("Phone tripod with remote", "camera accessories", 14),
    ("Men's cotton socks 10 pairs", "clothing", 12), ("Notebook A5 dotted 200 pages", "stationery", 8),
    ("手工陶瓷茶杯 四只装", "kitchen", 60), ("加厚珊瑚绒毯子", "home", 89),
]

# How a currency is usually sold in: marketplace per floor currency.
MARKETPLACES = {"USD": ["ebay", "amazon-us", "walmart"], "EUR": ["amazon-de", "ebay-de", "cdiscount"],
                "CNY": ["taobao", "pinduoduo", "tmall"], "JPY": ["mercari"]}

# Words around a counterfeit that look like the false-alert classes but do not apply to the brand.
NEGATION_DECOYS = ["non-slip", "non-refundable", "not original box", "no box", "non-smoking home", "never worn, not tried on",
                   "no returns", "not cheap quality", "NOT FAKE", "unlike others, top quality", "no logo on the box",
                   "non-stop shipping", "not used"]
AUTHENTIC_CLAIMS = ["100% authentic", "100% genuine", "original, not fake", "authentic guaranteed", "genuine original"]
BUNDLE_JOINERS = ["with", "+ free", "includes", "comes with", "bundle with", "and"]

# Counterfeits sold in other languages: product words per category, cue terms and fillers per language.
FOREIGN_PRODUCTS: dict[str, dict[str, str]] = {
    "de": {"sneakers": "Turnschuhe Herren", "handbags": "Damen Handtasche Leder", "watches": "Herrenuhr Automatik",
           "headphones": "kabellose Kopfhörer", "earbuds": "kabellose Ohrhörer", "belts": "Ledergürtel Herren",
           "phones": "Handy 256GB", "jackets": "Daunenjacke Herren", "sunglasses": "Sonnenbrille polarisiert",
           "wallets": "Geldbörse Leder", "fragrance": "Parfüm 100ml", "jewelry": "Armband Silber", "skincare": "Gesichtscreme 50ml",
           "sportswear": "Trainingsjacke", "parkas": "Winterparka Herren", "scarves": "Kaschmirschal"},
    "fr": {"sneakers": "baskets homme", "handbags": "sac à main cuir femme", "watches": "montre automatique homme",
           "headphones": "casque sans fil", "earbuds": "écouteurs sans fil", "belts": "ceinture cuir homme",
           "phones": "téléphone 256 Go", "jackets": "doudoune homme", "sunglasses": "lunettes de soleil",
           "wallets": "portefeuille cuir", "fragrance": "parfum 100 ml", "jewelry": "bracelet argent", "skincare": "crème visage 50 ml",
           "sportswear": "veste de survêtement", "parkas": "parka d'hiver", "scarves": "écharpe en cachemire"},
    "es": {"sneakers": "zapatillas hombre", "handbags": "bolso de piel mujer", "watches": "reloj automático hombre",
           "headphones": "auriculares inalámbricos", "earbuds": "auriculares inalámbricos in-ear", "belts": "cinturón de piel hombre",
           "phones": "móvil 256GB", "jackets": "chaqueta de plumas", "sunglasses": "gafas de sol polarizadas",
           "wallets": "cartera de piel", "fragrance": "perfume 100ml", "jewelry": "pulsera de plata", "skincare": "crema facial 50ml",
           "sportswear": "chaqueta deportiva", "parkas": "parka de invierno", "scarves": "bufanda de cachemira"},
    "it": {"sneakers": "scarpe da ginnastica uomo", "handbags": "borsa in pelle donna", "watches": "orologio automatico uomo",
           "headphones": "cuffie wireless", "earbuds": "auricolari wireless", "belts": "cintura in pelle uomo",
           "phones": "cellulare 256GB", "jackets": "piumino uomo", "sunglasses": "occhiali da sole polarizzati",
           "wallets": "portafoglio in pelle", "fragrance": "profumo 100ml", "jewelry": "bracciale in argento", "skincare": "crema viso 50ml",
           "sportswear": "giacca sportiva", "parkas": "parka invernale", "scarves": "sciarpa in cashmere"},
    "pt": {"sneakers": "tênis masculino", "handbags": "bolsa de couro feminina", "watches": "relógio automático masculino",
           "headphones": "fone de ouvido sem fio", "earbuds": "fone bluetooth", "belts": "cinto de couro masculino",
           "phones": "celular 256GB", "jackets": "jaqueta puffer", "sunglasses": "óculos de sol",
           "wallets": "carteira de couro", "fragrance": "perfume 100ml", "jewelry": "pulseira de prata", "skincare": "creme facial 50ml",
           "sportswear": "jaqueta esportiva", "parkas": "parka de inverno", "scarves": "cachecol de cashmere"},
}
FOREIGN_CUES = {"de": ["1:1 Kopie", "Replik", "AAA Qualität", "Spiegelqualität"], "fr": ["réplique", "copie 1:1", "qualité miroir", "AAA"],
                "es": ["réplica AAA", "copia 1:1", "calidad espejo", "réplica"], "it": ["replica", "copia 1:1", "qualità specchio", "AAA"],
                "pt": ["réplica", "primeira linha", "réplica AAA", "cópia 1:1"]}
FOREIGN_FILLERS = {"de": ["neu", "Versand kostenlos", "Originalverpackung", "sofort lieferbar"],
                   "fr": ["neuf", "livraison gratuite", "boîte d'origine", "envoi rapide"],
                   "es": ["nuevo", "envío gratis", "caja original", "envío rápido"],
                   "it": ["nuovo", "spedizione gratuita", "scatola originale", "spedizione veloce"],
                   "pt": ["novo", "frete grátis", "caixa original", "envio imediato"]}
FOREIGN_TRAP_PHRASES = {"it": ["sono nuove", "dove vuoi", "mai usate, sono perfette", "base inclusa"],
                        "fr": ["état neuf", "comme neuf", "jamais porté"], "de": ["nie getragen", "wie neu, nie benutzt"],
                        "es": ["comprado ayer", "como nuevo", "dos unidades"], "pt": ["como novo", "nunca usado"]}
FAR_CATEGORIES = ["home decor", "other", "collectibles", "books", "garden", "crafts", "party supplies", None]

# Marketplace departments per industry working group, for categories sent as breadcrumb paths.
DEPARTMENTS = {
    "apparel-footwear": "Clothing, Shoes & Accessories", "luxury-accessories": "Fashion > Luxury",
    "consumer-electronics": "Electronics", "automotive": "Automotive", "food-beverage": "Grocery & Gourmet Food",
    "beauty-personal-care": "Beauty & Personal Care", "toys-games": "Toys & Games", "software-media": "Software & Games",
    "health-pharma": "Health & Household", "home-appliances": "Home & Kitchen", "sports-outdoor": "Sports & Outdoors",
    "jewelry-watches": "Jewelry & Watches",
}
