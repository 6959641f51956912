"""The labelled evaluation listings, written as counterfeiters and honest sellers write them.

Each case: kind, the brands that should alert, and the listing. `python -m tests.eval.build`
turns them into listings.ndjson (with image hashes computed from tests/eval/images.py).
Kinds starting with "trap_" are listings that must not alert for the brand they evoke.
"""

from __future__ import annotations

# brand order of the image seeds in registry.yaml: logo(1000 + n)
LOGO = {b: n for n, b in enumerate(
    ["bose", "canada-goose", "honda", "samsung", "mars", "adobe", "danone", "hasbro", "loreal", "nike", "adidas", "sony"])}

CASES: list[dict] = []


def case(kind, expect, title, desc="", *, price=None, cur="USD", category=None, seller=None, market="ebay", logo=None, photo=None):
    CASES.append(dict(kind=kind, expect=sorted(expect), title=title, description=desc, price=price, currency=cur,
                      category=category, seller=seller, marketplace=market, logo=logo, photo=photo))


GENUINE_RESALE = {"Canada Goose Expedition parka men's L black", "Yeezy Boost 350 onyx, worn once",
                  "Honda CBR600RR 2019, 8000 miles, one owner"}
# mentions written to alert that name the brand's goods plainly in the title at or above the floor for their category,
# with nothing of the copy trade: a retailer the registry does not list, which stays quiet since rule fair_price
# (matcher context/retail.py, 2026-12-01); kept in place (same ids), now traps of that class (kind trap_retail)
RETAIL = {"Bose QuietComfort headphones, sealed box", "Honda EU2200i inverter generator", "Snickers bars 48 count box",
          "Photoshop Elements 2024 download", "Aptamil Profutura stage 1 infant milk 800g",
          "Adidas Stan Smith white green US 10", "Monopoly classic board game family edition",
          "Lancôme Advanced Génifique serum 30ml", "Lightroom classic presets + Acrobat Pro license",
          "Air Jordan 1 retro high OG chicago", "Canada Goose Chilliwack bomber navy M",
          "SoundLink Mini portable bluetooth speaker", "Mars bars multipack 10 x 51g", "Adobe Creative Cloud annual plan",
          "Adobe subscription 12 months",
          # a registered item named in a category the registry sets no floor for, at or above the item's own floor
          # (index._floor fair_only, 2026-12-02): a retailer's too
          "Transformers Optimus Prime figure", "PlayStation 5 slim disc edition bundle",
          # a plainly named unit at a fair price whose authenticity claim ("100% authentic") stands beside a fact of
          # provenance ("receipt available"): a reseller's, not the copy trade's boast (retail.provenance, genuine26;
          # outsider24's labelled innocents say the same; lead's decision, 2026-12-04)
          "Nike Dunk Low Panda size 9"}

# ---------------------------------------------------------------- exact mentions
for t, d, e, c, p in [
    ("Bose QuietComfort headphones, sealed box", "Brand new, never opened.", "bose", "headphones", 189),
    ("Canada Goose Expedition parka men's L black", "Worn twice, like new", "canada-goose", "jackets", 640),
    ("Honda EU2200i inverter generator", "Quiet portable generator for camping", "honda", "generators", 1150),
    ("Samsung 55 inch QLED smart TV", "Crystal clear picture, wall mount included", "samsung", "tvs", 520),
    ("Snickers bars 48 count box", "Fresh stock, best before 2026", "mars", "chocolate", 32),
    ("Photoshop Elements 2024 download", "Windows and Mac", "adobe", "software", 70),
    ("Aptamil Profutura stage 1 infant milk 800g", "", "danone", "infant formula", 28),
    ("Transformers Optimus Prime figure", "Hasbro Studio series", "hasbro", "action figures", 45),
    ("L'Oreal Revitalift night cream 50ml", "", "loreal", "skincare", 14),
    ("Nike Dunk Low Panda size 9", "100% authentic, receipt available", "nike", "sneakers", 150),
    ("Adidas Stan Smith white green US 10", "", "adidas", "sneakers", 85),
    ("Sony Walkman NW-A306 hi-res player", "", "sony", None, 330),
    ("Monopoly classic board game family edition", "", "hasbro", "board games", 22),
    ("Evian natural mineral water 24 x 500ml", "", "danone", "water", 19),
    ("Nerf Elite 2.0 blaster with 20 darts", "Kids outdoor fun", "hasbro", "toys", 25),
    ("Lancôme Advanced Génifique serum 30ml", "", "loreal", "skincare", 62),
    ("PlayStation 5 slim disc edition bundle", "two controllers", "sony", "game consoles", 480),
    ("Galaxy Buds noise cancelling earbuds graphite", "", "samsung", "earbuds", 95),
    ("Yeezy Boost 350 onyx, worn once", "", "adidas", "sneakers", 240),
    ("Lightroom classic presets + Acrobat Pro license", "", "adobe", "software", 120),
    ("Air Jordan 1 retro high OG chicago", "deadstock", "nike", "sneakers", 390),
    ("Activia probiotic yogurt strawberry 8 pack", "", "danone", "yogurt", 6),
    ("Twix caramel cookie bars, party size", "", "mars", "snacks", 9),
    ("Honda CBR600RR 2019, 8000 miles, one owner", "", "honda", "motorcycles", 7400),
    ("Canada Goose Chilliwack bomber navy M", "", "canada-goose", "jackets", 720),
    ("SoundLink Mini portable bluetooth speaker", "", "bose", "speakers", 80),
    ("Kérastase Elixir Ultime hair oil 100 ml", "", "loreal", "hair care", 45),
]:
    # three of these sell genuine used goods at a price their condition explains ("worn twice", "worn once", "one owner"):
    # written as mentions that must alert, they are genuine resale, which stays quiet since the condition rule
    # (matcher context/condition.py, 2026-12-01); kept in place (same ids), now traps of that class
    resale = t in GENUINE_RESALE
    kind = "trap_genuine_goods" if resale else "trap_retail" if t in RETAIL else "exact"
    case(kind, [] if kind != "exact" else [e], t, d, price=p, category=c)

# ---------------------------------------------------------------- misspellings
for t, e, c in [
    ("Adidos running shoes men size 42", "adidas", "shoes"),
    ("Addidas superstar trainers white", "adidas", "sneakers"),
    ("Adiddas track jacket vintage", "adidas", "sportswear"),
    ("Samsnug galaxy phone 256gb", "samsung", "phones"),
    ("Samsumg smart watch black", "samsung", "smartwatches"),
    ("Sumsung earbuds wireless", "samsung", "earbuds"),
    ("Boose noise cancelling headphones", "bose", "headphones"),
    ("Bosse wireless earbuds sport", "bose", "earbuds"),
    ("Nikee air running shoe", "nike", "shoes"),
    ("Niike slides unisex", "nike", "shoes"),
    ("Hnoda generator 3000w", "honda", "generators"),
    ("Hondda motorcycle helmet visor", "honda", "motorcycles"),
    ("Danonne yogurt cups", "danone", "yogurt"),
    ("Hasbor board game classic", "hasbro", "board games"),
    ("Hasborr action figure set", "hasbro", "action figures"),
    ("Photoshp 2024 full version lifetime", "adobe", "software"),
    ("Photoshopp CC key instant delivery", "adobe", "software"),
    ("Ilustrator 2024 for mac activation", "adobe", "software"),
    ("Canada Gose down parka", "canada-goose", "jackets"),
    ("CanadaGoos arctic parka womens", "canada-goose", "parkas"),
    ("Transfomers Bumblebee robot toy", "hasbro", "toys"),
    ("Monopolly board game deluxe", "hasbro", "board games"),
    ("Ultrabost running shoes 22", "adidas", "running shoes"),
    ("Yezzy slides bone", "adidas", "shoes"),
    ("Playstaton 5 controller dualsense", "sony", "game consoles"),
    ("Walkmen cassette player retro", "sony", None),
    ("Snikers chocolate bars bulk", "mars", "chocolate"),
    ("Aptamill first infant milk", "danone", "infant formula"),
    ("Lancome Genifique serum", "loreal", "skincare"),
    ("Kerastse shampoo 250ml", "loreal", "hair care"),
    ("QuietComfrot 45 headphones", "bose", "headphones"),
]:
    case("fuzzy", [e], t, category=c)

# ---------------------------------------------------------------- confusable characters and accents
for t, e in [
    ("Bоse QC45 wireless headphones", "bose"),          # Cyrillic o
    ("bōsé soundbar 700", "bose"),
    ("BOSΕ earbuds sport", "bose"),                      # Greek capital epsilon
    ("Ｂｏｓｅ ノイズキャンセリング ヘッドホン", "bose"),    # full width
    ("Sаmsung Galaxy phone", "samsung"),                # Cyrillic a
    ("sâmsung galaxy watch", "samsung"),
    ("ＳＡＭＳＵＮＧ tablet 10 inch", "samsung"),
    ("Ѕамѕung galaxy buds", "samsung"),                 # Cyrillic dze, a, dze
    ("Nіke Air Max 90", "nike"),                        # Cyrillic i
    ("Νike running tights", "nike"),                     # Greek Nu
    ("ＮＩＫＥ hoodie fleece", "nike"),
    ("𝐍𝐢𝐤𝐞 sneakers limited", "nike"),                   # mathematical bold
    ("Аdidas Originals hoodie", "adidas"),              # Cyrillic A
    ("ádídás samba og", "adidas"),
    ("Ηonda generator spare", "honda"),                 # Greek Eta
    ("Hönda motorcycle jacket", "honda"),
    ("Sоny headphones bass", "sony"),
    ("ѕony walkman vintage", "sony"),
    ("Dаnone yogurt", "danone"),
    ("Hаsbro game night", "hasbro"),
    ("L’Oréal Paris mascara", "loreal"),
    ("LÒRÉAL Revitalift cream", "loreal"),
    ("Cаnada Gооse parka", "canada-goose"),
    ("ᴄᴀɴᴀᴅᴀ ɢᴏᴏsᴇ jacket", "canada-goose"),           # small capitals
    ("Ρhotoshop 2024 license", "adobe"),                # Greek Rho
]:
    case("confusable", [e], t)

# ---------------------------------------------------------------- leetspeak
for t, e in [
    ("B0SE QC45 headphones", "bose"), ("b0$e earbuds", "bose"), ("8ose soundlink speaker", "bose"),
    ("5AMSUNG galaxy phone", "samsung"), ("$amsung galaxy watch 6", "samsung"), ("S4MSUNG tablet", "samsung"),
    ("N1ke air force white", "nike"), ("N!KE tech fleece", "nike"), ("NIK3 running shorts", "nike"),
    ("L0REAL revitalift", "loreal"), ("L'0real paris lipstick", "loreal"),
    ("@didas samba", "adidas"), ("4DID4S hoodie", "adidas"), ("Ad1das superstar", "adidas"),
    ("H0NDA generator", "honda"), ("S0NY headphones", "sony"), ("Has8ro toys bundle", "hasbro"),
    ("D4N0NE yogurt", "danone"), ("Ph0t0shop 2024", "adobe"), ("Canada G00se parka", "canada-goose"),
    ("Tr4nsformers figure", "hasbro"),
]:
    case("leetspeak", [e], t)

# ---------------------------------------------------------------- separators
for t, e in [
    ("B.O.S.E headphones noise cancelling", "bose"), ("B O S E earbuds", "bose"), ("B-O-S-E speaker", "bose"),
    ("b_o_s_e soundbar", "bose"), ("B*O*S*E headset", "bose"),
    ("S.A.M.S.U.N.G phone", "samsung"), ("S A M S U N G galaxy", "samsung"),
    ("N.I.K.E running shoes", "nike"), ("N I K E slides", "nike"), ("n-i-k-e hoodie", "nike"),
    ("CanadaGoose parka", "canada-goose"), ("Canada-Goose jacket", "canada-goose"), ("canada_goose vest", "canada-goose"),
    ("A.D.I.D.A.S tracksuit", "adidas"), ("A D I D A S cap", "adidas"),
    ("H.O.N.D.A generator", "honda"), ("S-O-N-Y walkman", "sony"), ("L.O.R.E.A.L serum", "loreal"),
    ("Play Station 5 console", "sony"), ("Air-Jordan 1 high", "nike"), ("AirMax 97 silver", "nike"),
]:
    case("separators", [e], t)

# ---------------------------------------------------------------- other scripts
for t, e in [
    ("博士耳机 QC45 降噪", "bose"), ("加拿大鹅羽绒服 男款 远征", "canada-goose"), ("本田发电机 EU2200i 静音", "honda"),
    ("三星手机 S24 Ultra 正品", "samsung"), ("欧莱雅复颜精华 30ml", "loreal"), ("兰蔻小黑瓶精华", "loreal"),
    ("耐克 空军一号 白色", "nike"), ("阿迪达斯 椰子鞋 350", "adidas"), ("索尼降噪耳机 新款", "sony"),
    ("孩之宝 变形金刚 擎天柱", "hasbro"), ("达能酸奶 原味", "danone"), ("爱他美 奶粉 1段", "danone"),
    ("玛氏巧克力 礼盒", "mars"), ("ソニー ヘッドホン ワイヤレス", "sony"), ("삼성 갤럭시 버즈", "samsung"),
    ("Адидас кроссовки мужские", "adidas"), ("新款加拿大鹅派克大衣女", "canada-goose"),
    ("正品耐克运动鞋男", "nike"), ("全新索尼PS5手柄", "sony"), ("本田摩托车头盔", "honda"),
    ("博士耳机 SoundLink 蓝牙音箱", "bose"), ("欧莱雅男士洗面奶", "loreal"), ("阿迪达斯三叶草卫衣", "adidas"),
    ("三星 Galaxy Buds 耳机", "samsung"),
]:
    case("script", [e], t)

# ---------------------------------------------------------------- model numbers
for t, e, c in [
    ("WH-1000XM5 noise cancelling headphones black", "sony", "headphones"),
    ("WH1000XM5 wireless headset", "sony", "headphones"),
    ("wh 1000 xm5 over ear", "sony", "headphones"),
    ("WF-1000XM5 earbuds silver", "sony", None),
    ("QC45 headphones white smoke", "bose", "headphones"),
    ("QC-45 wireless", "bose", None),
    ("qc 35 ii headphones", "bose", "headphones"),
    ("NC700 noise cancelling headphones", "bose", "headphones"),
    ("SM-S928B 512gb titanium", "samsung", "phones"),
    ("SMS928B unlocked dual sim", "samsung", None),
    ("SM R510 earbuds", "samsung", None),
    ("EU2200i inverter 2200 watt", "honda", "generators"),
    ("GX390 engine 13hp horizontal shaft", "honda", "engines"),
    ("gx-390 replacement engine", "honda", None),
    ("DD1391-100 dunk low panda size 10", "nike", "sneakers"),
    ("DD1391 100 retro", "nike", None),
    ("CW2288-111 white triple", "nike", "sneakers"),
    ("GZ5922 350 v2 zebra", "adidas", "sneakers"),
    ("FY0728 running shoes", "adidas", None),
    ("F2493 optimus prime figure", "hasbro", "toys"),
    ("CFI-2015 slim console 1TB", "sony", "game consoles"),
    ("2051M chilliwack bomber", "canada-goose", "jackets"),
    ("3426M langford parka black", "canada-goose", "parkas"),
]:
    case("model", [e], t, category=c)

# ---------------------------------------------------------------- cue terms with a weak or everyday mark
for t, e in [
    ("Mars chocolate 1:1 replica packaging", "mars"), ("Adobe 2024 full suite AAA copy lifetime", "adobe"),
    ("mirror quality Mars bars wrappers", "mars"), ("高仿 博士 头戴式", "bose"), ("博士 原单 降噪耳机", "bose"),
    ("三星 复刻 手表", "samsung"), ("adobe creative suite high copy", "adobe"), ("Mars replica candy props", "mars"),
    ("博士 1:1 蓝牙耳机", "bose"), ("三星 高仿 手机", "samsung"), ("super copy Adobe suite dvd", "adobe"),
    ("Mars knockoff snack box", "mars"), ("三星 原单 平板", "samsung"), ("Adobe OEM license key", "adobe"),
    ("博士 精仿 音箱", "bose"),
]:
    case("cue", [e], t)

# ---------------------------------------------------------------- prices far below the floor (currency converted)
for t, e, p, cur, c in [
    ("Canada Goose Expedition parka", "canada-goose", 89, "USD", "jackets"),
    ("Expedition Parka black L", "canada-goose", 120, "EUR", "parkas"),
    ("WH-1000XM5 headphones", "sony", 39, "USD", "headphones"),
    ("QC45 headphones", "bose", 260, "CNY", "headphones"),
    ("Yeezy 350 V2 GZ5922", "adidas", 35, "GBP", "sneakers"),
    ("Nike Dunk Low DD1391-100", "nike", 2900, "JPY", "sneakers"),
    ("Aptamil stage 2 900g", "danone", 4, "EUR", "infant formula"),
    ("EU2200i generator", "honda", 199, "USD", "generators"),
    ("Galaxy Z Fold5 512GB", "samsung", 310, "USD", "phones"),
    ("Revitalift serum LOR-48291", "loreal", 3, "EUR", "skincare"),
    ("Air Jordan 1 High DZ5485-612", "nike", 45, "USD", "sneakers"),
    ("PlayStation 5 Slim CFI-2015", "sony", 120, "USD", "game consoles"),
    ("Canada Goose jacket", "canada-goose", 900, "CNY", "jackets"),
    ("Bose QuietComfort", "bose", 25, "USD", "headphones"),
    ("SM-S928B unlocked", "samsung", 15000, "INR", "phones"),
]:
    case("price", [e], t, price=p, cur=cur, category=c)

# ---------------------------------------------------------------- logos on photos, no brand in the text
for t, b, v in [
    ("Wireless noise cancelling headphones over ear", "bose", 1), ("Premium down parka arctic", "canada-goose", 2),
    ("Portable inverter generator 2000W", "honda", 3), ("Android smartphone 6.8 inch 512GB", "samsung", 4),
    ("Chocolate bar gift box", "mars", 5), ("Photo editing software lifetime", "adobe", 6),
    ("Infant milk powder stage 1", "danone", 7), ("Robot car action figure", "hasbro", 8),
    ("Anti-aging serum 30ml", "loreal", 9), ("Basketball shoes high top", "nike", 10),
    ("Classic three stripe track jacket", "adidas", 11), ("Game console controller", "sony", 12),
    ("Bluetooth speaker waterproof", "bose", 13), ("Running sneakers lightweight", "nike", 14),
    ("Winter jacket men", "canada-goose", 15),
]:
    case("image", [b], t, logo=(b, v))

# ---------------------------------------------------------------- everyday-word marks, corroborated
for t, e, c, p in [
    ("Mars bars multipack 10 x 51g", "mars", "chocolate", 5),
    ("Mars chocolate duo 24 count", "mars", "confectionery", 22),
    ("Adobe Photoshop 2024 for windows", "adobe", None, None),
    ("Adobe Creative Cloud annual plan", "adobe", "software", 600),
    ("Adobe subscription 12 months", "adobe", "software", 250),
    ("Mars pet food dry cat 2kg", "mars", "pet food", 12),
    ("博士 耳机 头戴式 降噪", "bose", "headphones", 1500),
    ("三星 手机 512G", "samsung", "phones", 6000),
    ("Adobe Acrobat Pro DC activation", "adobe", None, None),
    ("Mars Snickers mixed box", "mars", None, None),
]:
    retail = t in RETAIL
    case("trap_retail" if retail else "everyday_corroborated", [] if retail else [e], t, price=p,
         cur="CNY" if any(ord(ch) > 0x3000 for ch in t) else "USD", category=c)

# ---------------------------------------------------------------- traps: the everyday sense of a brand word
for t, d, c in [
    ("Mars rover model kit 1:48", "Detailed NASA Perseverance replica for display", "toys"),
    ("Planet Mars poster 24x36", "", "home decor"),
    ("Mars and Venus astrology book", "", "books"),
    ("Bruno Mars vinyl record 24K Magic", "", "music"),
    ("Marsala wine 750ml dry", "", "wine"),
    ("Mars red acrylic paint 120ml", "", "art supplies"),
    ("Life on Mars DVD box set season 1-2", "", "dvd"),
    ("Mars exploration documentary blu-ray", "", "movies"),
    ("Adobe bricks handmade, pallet of 200", "sun-dried clay bricks", "building materials"),
    ("Adobe house wall art print", "", "home decor"),
    ("Adobe clay for plastering 25kg", "", "building materials"),
    ("Pueblo adobe style candle holder", "", "home decor"),
    ("Goose down pillow king size", "", "bedding"),
    ("Canada goose decoys set of 6", "Full body hunting decoys", "hunting"),
    ("Goose down duvet 600 fill", "", "bedding"),
    ("Canadian geese field guide book", "", "books"),
    ("博士论文写作指导 书籍", "", "books"),
    ("博士学位服 租赁", "", "clothing"),
    ("三星级酒店 住宿 券", "", "travel"),
    ("三星堆 文物 明信片", "", "souvenirs"),
    ("Galaxy projector star night light", "", "home decor"),
    ("Milky Way galaxy map poster", "", "home decor"),
    ("Monopoly on electricity: history of utilities", "paperback", "books"),
    ("Swoosh sound effect pack for video editing", "", "software"),
    ("Acrobat circus poster vintage", "", "home decor"),
    ("Evian-les-Bains travel guide", "", "books"),
    ("Mars Hill Church sermon cd", "", "music"),
    ("Mars Attacks trading cards 1962 reprint", "", "collectibles"),
    ("Transformer 220V to 110V step down 3000W", "voltage converter", "electronics"),
]:
    case("trap_everyday", [], t, d, category=c)

# ---------------------------------------------------------------- traps: accessories that say what they fit
for t, c, p in [
    ("Case for Samsung Galaxy S24 clear shockproof", "phone accessories", 9),
    ("Galaxy S24 case leather wallet", "phone accessories", 12),
    ("Replacement ear pads for Bose QC45", "headphone accessories", 15),
    ("Ear pads compatible with Bose QuietComfort 35 II", "headphone accessories", 13),
    ("QC45 ear cushions replacement", "headphone accessories", 11),
    ("WH-1000XM5 case hard travel", "headphone accessories", 17),
    ("Screen protector for Samsung Galaxy Z Fold5", "phone accessories", 8),
    ("Charger compatible with Samsung Galaxy Buds", "electronics", 10),
    ("Strap for Samsung smartwatch 20mm", "watch accessories", 7),
    ("Carburetor for Honda GX390 engine", "auto parts", 19),
    ("Air filter compatible with Honda EU2200i", "auto parts", 9),
    ("Spark plug fits Honda GX390", "auto parts", 5),
    ("Cover for Honda CBR600RR seat", "motorcycle parts", 25),
    ("Shoe laces for Nike Air Force 1", "shoe accessories", 6),
    ("Crease protectors compatible with Nike Dunk", "shoe accessories", 8),
    ("Display case for Transformers figures", "collectibles", 30),
    ("Stand for PlayStation 5 slim vertical", "game accessories", 14),
    ("Charging dock compatible with PlayStation 5 controller", "game accessories", 18),
    ("Carrying case for Bose SoundLink Flex", "speaker accessories", 16),
    ("适用于三星 Galaxy S24 手机壳 透明", "phone accessories", 20),
    ("适用于博士QC45耳罩 替换", "headphone accessories", 30),
    ("Skins for Sony WH-1000XM5 matte black", "headphone accessories", 12),
    ("Bag for Canada Goose parka garment storage", "storage", 20),
    ("Ear tips for Samsung Galaxy Buds 3 pairs", "phone accessories", 6),
    ("Remote for Samsung smart TV replacement", "tv accessories", 8),
]:
    case("trap_accessory", [], t, category=c, price=p)

# ---------------------------------------------------------------- traps: the brand's own authorized sellers
for t, m, s, c, p in [
    ("Bose QuietComfort 45 headphones", "tmall", "bose-official", "headphones", 1899),
    ("Bose SoundLink Flex speaker", "amazon", "A1BOSESTORE", "speakers", 149),
    ("Canada Goose Expedition Parka", "tmall", "canadagoose-official", "parkas", 9999),
    ("Honda EU2200i generator", "ebay", "honda-power-equipment", "generators", 1199),
    ("Samsung Galaxy S24 Ultra 512GB", "amazon", "SAMSUNGOFFICIAL", "phones", 1299),
    ("Snickers 48 bars value pack", "amazon", "MARSWRIGLEY", "chocolate", 30),
    ("Adobe Photoshop 1-year subscription", "amazon", "ADOBE-STORE", "software", 263),
    ("Aptamil 爱他美 奶粉 1段 800g", "tmall", "aptamil-flagship", "infant formula", 238),
    ("Hasbro Monopoly classic", "amazon", "HASBRO-DIRECT", "board games", 24),
    ("欧莱雅 复颜 玻尿酸 精华", "tmall", "loreal-paris-official", "skincare", 299),
    ("Nike Air Force 1 '07 CW2288-111", "amazon", "NIKE-OFFICIAL", "sneakers", 115),
    ("耐克 Dunk Low 熊猫", "tmall", "nike-official", "sneakers", 799),
    ("Adidas Ultraboost 21 FY0728", "amazon", "ADIDAS-OFFICIAL", "running shoes", 180),
    ("Sony WH-1000XM5 headphones", "amazon", "SONY-US", "headphones", 399),
    ("Bose Noise Cancelling Headphones 700 NC700", "tmall", "bose-official", "headphones", 2999),
]:
    case("trap_authorized", [], t, category=c, price=p, cur="CNY" if m == "tmall" else "USD", seller=s, market=m)

# ---------------------------------------------------------------- traps: a short mark inside a longer word
for t, c in [
    ("Bosendorfer grand piano model 200", "musical instruments"), ("Verbose logging guide for developers", "books"),
    ("Honduras specialty coffee beans 1kg", "coffee"), ("Hondarribia travel poster", "home decor"),
    ("Marshall amplifier head JCM800", "musical instruments"), ("Marseille soap 300g olive oil", "beauty"),
    ("Sonya doll vintage 1960s", "collectibles"), ("Twixt board game 1962", "board games"),
    ("Nerfed: a gamer's memoir", "books"), ("Nikephoros icon reproduction", "art"),
    ("Embossed leather notebook A5", "stationery"), ("Bosentan 62.5mg patient leaflet holder", "medical"),
    ("Danonino kids cups recipe book", "books"), ("Evianne maxi dress floral", "clothing"),
    ("Adobes of New Mexico photo book", "books"), ("Monopolistic competition textbook", "books"),
    ("Swooshing wind chimes bamboo", "garden"), ("Walkmanship hiking poles", "outdoor"),
    ("Marsupial plush toy kangaroo", "toys"), ("Hasbrouck Heights NJ history book", "books"),
    ("Nikel plated hooks 10 pack", "hardware"), ("Sonyachna solar lamp", "garden"),
    ("Samsungite mineral specimen", "collectibles"), ("Mars2020 mission patch", "collectibles"),
    ("Photoshopped: a history of image editing", "books"),
]:
    case("trap_longer_word", [], t, category=c)

# ---------------------------------------------------------------- traps: ordinary words a typo away from a mark
for t, c in [
    ("Bone broth powder 500g", "food"), ("Nose strips for blackheads 20 pcs", "beauty"),
    ("Rose gold hoop earrings", "jewelry"), ("Garden hose reel 50m", "garden"), ("Dose cup measuring set", "kitchen"),
    ("Pony bead kit for kids", "crafts"), ("Adore me lingerie set", "clothing"), ("Nice mug ceramic 350ml", "kitchen"),
    ("Mike Tyson autographed glove", "collectibles"), ("Rhonda Byrne The Secret paperback", "books"),
    ("Sonic the hedgehog plush", "toys"), ("Danish butter cookies tin", "food"), ("Hasbeen clogs womens", "shoes"),
    ("Boss office chair ergonomic", "furniture"), ("Monopod for camera aluminium", "cameras"),
    ("Bass guitar strings 4 set", "musical instruments"), ("Samsonite carry-on spinner", "luggage"),
    ("Nikon D3500 camera body", "cameras"), ("Honey dipper wooden", "kitchen"), ("Lancer evolution decal", "auto parts"),
    ("Stan Lee signed comic", "collectibles"), ("Evan Williams bourbon glass", "kitchen"), ("Photo shop display stand", "retail"),
    ("Twin sheets cotton set", "bedding"), ("Snicker doodle cookie mix", "food"),
]:
    case("trap_fuzzy", [], t, category=c)

# ---------------------------------------------------------------- ordinary listings, nothing to do with any brand
for t, d, c, p in [
    ("Handmade ceramic coffee mug 12oz", "Glazed stoneware, dishwasher safe", "kitchen", 18),
    ("Wireless mouse 2.4GHz ergonomic", "", "electronics", 12),
    ("Vintage leather messenger bag", "genuine leather, 1990s", "bags", 65),
    ("Organic green tea 100 bags", "", "food", 9),
    ("Yoga mat non slip 6mm purple", "", "sports", 21),
    ("Stainless steel water bottle 1L", "", "sports", 15),
    ("Kids wooden puzzle animals", "", "toys", 13),
    ("LED desk lamp dimmable", "USB charging port", "home", 26),
    ("Mens cotton t-shirt pack of 3", "", "clothing", 19),
    ("Acoustic guitar beginner kit", "", "musical instruments", 89),
    ("全新 无线蓝牙耳机 降噪 长续航", "", "electronics", 99),
    ("羽绒服 女 中长款 加厚", "", "clothing", 399),
    ("Cast iron skillet 10 inch preseasoned", "", "kitchen", 29),
    ("Noise cancelling headphones wireless over ear", "40h battery", "headphones", 45),
    ("Down parka winter jacket men waterproof", "", "jackets", 120),
    ("Running shoes men lightweight breathable", "", "shoes", 39),
    ("Portable generator 3500W gas powered", "", "generators", 399),
    ("Smartphone 6.5 inch 128GB unlocked dual sim", "", "phones", 159),
    ("Board game for family night strategy", "", "board games", 29),
    ("Face serum vitamin C 30ml", "", "skincare", 12),
]:
    case("trap_unrelated", [], t, d, category=c, price=p, photo=len(CASES))

# ---------------------------------------------------------------- added after reading the demo feed's misses
# The title says what is sold: "compatible with ... accessories" further on does not make it an accessory.
for t, d, e, c in [
    ("Bose QuietComfort 45 headphones 1:1 best version", "Compatible with all genuine Bose accessories.", "bose", "headphones"),
    ("Samsung Galaxy Buds2 Pro earbuds AAA quality", "Works with all genuine Samsung chargers and cases.", "samsung", "earbuds"),
    ("Nike Dunk Low Panda mirror quality", "Compatible with original Nike laces and insoles.", "nike", "sneakers"),
]:
    case("exact", [e], t, d, category=c)

# Nobody disguises the everyday word: a look-alike or leet spelling of one is the brand.
for t, e in [("M4RS chocolate bars bulk box", "mars"), ("Mаrs caramel bars 24 pack", "mars"),  # Cyrillic а
             ("AD0BE suite lifetime", "adobe"), ("Adоbe Acrobat lifetime key", "adobe")]:     # Cyrillic о
    case("leetspeak" if any(ch.isdigit() for ch in t.split()[0]) else "confusable", [e], t)

# A misspelt everyday-word mark still needs corroboration, like the word itself.
case("fuzzy", ["mars"], "Maars chocolate bars 1:1 copy")
case("fuzzy", ["hasbro"], "Monopolly board game deluxe AAA replica", category="board games")
for t, d, c in [
    ("Marss landscape canvas print", "", "home decor"),
    ("Mars Pathfinder lander 1:24 scale replica", "die-cast display model", "collectibles"),
    ("Adobe pueblo church model kit 1:87", "Hand-painted replica for model railways", "toys"),
]:
    case("trap_everyday", [], t, d, category=c)

# A misspelt word inside a multi-word mark: each word within its own bound, the sum within the mark's.
for t, e, c in [("Canada Goos expedition parka", "canada-goose", "jackets"),
                ("Creative Clowd 2024 full suite", "adobe", None),
                ("Galaxy Budz Pro wireless earbuds", "samsung", "earbuds"),
                ("Stan Smiht white sneakers US 9", "adidas", "sneakers")]:
    case("fuzzy", [e], t, category=c)
case("trap_fuzzy", [], "Canada geese migration photo book", category="books")
case("trap_everyday", [], "Stan Smith's garden tools", category="garden")  # a person, not the sneaker

# ---------------------------------------------------------------- genuine goods sold by others, and the copies that say the same
# Used, refurbished, open box, grey import, vintage, single units and samples at the price their condition explains stay
# quiet (context/condition.py); the same words beside a copy cue, a disguise, a price far below even the scaled floor, a
# claim of new sealed goods at a fraction, or a wholesale lot alert.
for t, d, c, p in [
    ("Bose QuietComfort 45 headphones, open box", "Opened to test, all accessories included", "headphones", 199),
    ("Samsung Galaxy S24 certified refurbished 128GB", "Grade A, 90-day warranty", "phones", 480),
    ("Galaxy S24 Ultra international version, no local warranty", "Parallel import from Hong Kong", "phones", 980),
    ("Nike Air Force 1 '07 pre-owned size 10", "Worn a few times, light creasing, original box", "sneakers", 55),
    ("Vintage 1990s Nike windbreaker jacket", "Genuine 90s piece, some fading", "jackets", 45),
    ("Canada Goose Chilliwack bomber, gebraucht, Größe M", "Getragen, guter Zustand", "jackets", 520),
    ("Sony WH-1000XM5 中古 美品", "付属品あり", "headphones", 190),
    ("L'Oreal Revitalift serum travel size 10ml", "Sample from a gift set", "skincare", 6),
]:
    case("trap_genuine_goods", [], t, d, price=p, category=c)
for kind, t, d, e, c, p in [
    ("price", "Nike Air Force 1 used, authentic", "Worn twice", "nike", "sneakers", 2.5),  # 10 % of the used floor
    ("cue", "Bose QuietComfort 45 used 1:1 copy", "Like new", "bose", "headphones", 150),
    ("price", "Canada Goose Expedition parka brand new sealed, like new", "Tags on", "canada-goose", "jackets", 90),
    ("exact", "Wholesale lot of 30 used Nike Air Force 1", "Mixed sizes, MOQ 30", "nike", "sneakers", 400),
    ("cue", "Samsung Galaxy S24 grey import AAA quality", "International version", "samsung", "phones", 300),
    ("cue", "Vintage Adidas Yeezy 350 mirror quality", "", "adidas", "sneakers", 60),
    ("leetspeak", "Used N1ke Air Force 1 size 9", "Worn a few times", "nike", "sneakers", 40),
]:
    case(kind, [e], t, d, price=p, category=c)
