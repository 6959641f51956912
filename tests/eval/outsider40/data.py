"""Data for outsider40's set: brands (from my registry extraction), markets, rates, name parts."""
import json
from pathlib import Path

# id: (display name, item, model, category, list USD, zh name, kind)
BRANDS = {
 "canada-goose": ("Canada Goose", "Expedition Parka", "2051M", "parkas", 1495, "加拿大鹅", "wear"),
 "nike": ("Nike", "Dunk Low Retro", "DD1391-100", "sneakers", 115, "耐克", "wear"),
 "adidas": ("adidas", "Samba OG", "B75806", "sneakers", 100, "阿迪达斯", "wear"),
 "puma": ("Puma", "Suede Classic XXI", "374915-01", "sneakers", 75, "彪马", "wear"),
 "levis": ("Levi's", "501 Original Fit jeans", "00501-0115", "jeans", 70, "李维斯", "wear"),
 "louis-vuitton": ("Louis Vuitton", "Neverfull MM", "M40995", "handbags", 2030, "路易威登", "lux"),
 "gucci": ("Gucci", "GG Marmont small shoulder bag", "443497", "handbags", 2450, "古驰", "lux"),
 "burberry": ("Burberry", "Kensington heritage trench", "8079383", "trench coats", 2290, "博柏利", "lux"),
 "michael-kors": ("Michael Kors", "Jet Set large tote", "30T3GTVT2L", "handbags", 228, "迈克高仕", "lux"),
 "coach": ("Coach", "Tabby Shoulder Bag 26", "CH857", "handbags", 450, "蔻驰", "lux"),
 "bose": ("Bose", "QuietComfort 45 headphones", "QC45", "headphones", 249, "博士音响", "tech"),
 "samsung": ("Samsung", "Galaxy S24", "SM-S921B", "phones", 799, "三星", "tech"),
 "apple": ("Apple", "iPhone 15 Pro", "A3090", "phones", 999, "苹果", "tech"),
 "sony": ("Sony", "WH-1000XM5 headphones", "WH-1000XM5", "headphones", 399, "索尼", "tech"),
 "canon": ("Canon", "EOS R6 Mark II camera", "EOS R6 Mark II", "cameras", 2199, "佳能", "tech"),
 "honda": ("Honda", "front brake pads", "45022-TBA-A01", "auto parts", 60, "本田", "parts"),
 "toyota": ("Toyota", "front brake pads", "04465-02220", "auto parts", 65, "丰田", "parts"),
 "bmw": ("BMW", "brake disc", "34116860016", "auto parts", 95, "宝马", "parts"),
 "michelin": ("Michelin", "Pilot Sport 4 S tyre 245/40ZR18", "PS4S 245/40ZR18", "tires", 210, "米其林", "parts"),
 "shell": ("Shell", "Helix Ultra 5W-40 4L", "550046375", "motor oil", 42, "壳牌", "parts"),
 "mars": ("Mars", "Snickers 48g x 24 box", "5000159461122", "chocolate", 18, "士力架", "fmcg"),
 "danone": ("Aptamil", "Profutura stage 3 800g", "APT-PF3-800", "infant formula", 42, "爱他美", "fmcg"),
 "nestle": ("Nestlé", "NAN Optipro 2 800g", "NAN-OPTIPRO-2-800", "infant formula", 32, "雀巢", "fmcg"),
 "coca-cola": ("Coca-Cola", "330ml cans x 24", "KO-330-24", "soft drinks", 16, "可口可乐", "fmcg"),
 "ferrero": ("Ferrero", "Rocher 30 pieces", "FR-T30", "chocolate", 14, "费列罗", "fmcg"),
 "loreal": ("Lancôme", "Advanced Génifique serum 50ml", "LAN-GEN-50", "skincare", 110, "兰蔻", "beauty"),
 "estee-lauder": ("Estée Lauder", "Advanced Night Repair 50ml", "ANR-50", "skincare", 105, "雅诗兰黛", "beauty"),
 "shiseido": ("Shiseido", "Ultimune Power Infusing Concentrate 50ml", "ULT-50", "skincare", 95, "资生堂", "beauty"),
 "gillette": ("Gillette", "Fusion5 ProGlide blades 8 pack", "FUS5-PG-8", "razor blades", 32, "吉列", "fmcg"),
 "hasbro": ("Hasbro", "Transformers Studio Series Optimus Prime", "F3418", "action figures", 50, "孩之宝", "toy"),
 "lego": ("LEGO", "Star Wars Millennium Falcon UCS", "75192", "building sets", 850, "乐高", "toy"),
 "mattel": ("Barbie", "Dreamhouse", "HJX74", "dolls", 179, "芭比", "toy"),
 "bandai": ("Bandai", "MG RX-78-2 Ver.3.0 Gundam", "MG RX-78-2 Ver.3.0", "model kits", 50, "万代", "toy"),
 "adobe": ("Adobe", "Creative Cloud All Apps 12 months", "65297615BA01A12", "software licenses", 660, "奥多比", "soft"),
 "microsoft": ("Microsoft", "Windows 11 Pro", "FQC-10528", "software licenses", 199, "微软", "soft"),
 "nintendo": ("Nintendo", "Switch OLED console", "HEG-001", "consoles", 349, "任天堂", "tech"),
 "autodesk": ("Autodesk", "AutoCAD 1 year subscription", "C1RK1-WW1762-L562", "software licenses", 1975, "欧特克", "soft"),
 "pfizer": ("Pfizer", "Viagra 100mg 30 tablets", "0069-4200-30", "prescription drugs", 1900, "辉瑞", "pharma"),
 "johnson-johnson": ("Johnson & Johnson", "Tylenol Extra Strength 100 caplets", "TYL-ES-100", "otc", 14, "强生", "pharma"),
 "bayer": ("Bayer", "Aspirin Protect 100mg 98 tablets", "BAY-ASP-100", "otc", 12, "拜耳", "pharma"),
 "abbott": ("Abbott", "FreeStyle Libre 2 sensor", "71988-01", "medical devices", 75, "雅培", "pharma"),
 "dyson": ("Dyson", "Supersonic hair dryer", "HD08", "hair care", 429, "戴森", "tech"),
 "philips": ("Philips", "Sonicare DiamondClean toothbrush", "HX9911", "electric toothbrushes", 230, "飞利浦", "tech"),
 "bosch": ("Bosch", "GSR 12V-15 cordless drill driver", "GSR 12V-15", "power tools", 120, "博世", "tech"),
 "panasonic": ("Panasonic", "Arc5 shaver", "ES-LV9Q", "shavers", 250, "松下", "tech"),
 "the-north-face": ("The North Face", "1996 Retro Nuptse jacket", "NF0A3C8D", "jackets", 330, "北面", "wear"),
 "callaway": ("Callaway", "Paradym Ai Smoke driver", "PARADYM-AI-SMOKE-DR", "golf clubs", 600, "卡拉威", "sport"),
 "yonex": ("Yonex", "Astrox 88 D Pro racket", "AX88D", "badminton rackets", 230, "尤尼克斯", "sport"),
 "wilson": ("Wilson", "Pro Staff 97 v14 racket", "WR125711", "tennis rackets", 250, "威尔胜", "sport"),
 "rolex": ("Rolex", "Submariner Date", "126610LN", "watches", 10250, "劳力士", "watch"),
 "swarovski": ("Swarovski", "Millenia necklace", "5636708", "jewelry", 250, "施华洛世奇", "lux"),
 "cartier": ("Cartier", "Love bracelet", "B6067417", "jewelry", 7100, "卡地亚", "watch"),
 "pandora": ("Pandora", "Moments snake chain bracelet", "590702HV", "charms", 65, "潘多拉", "lux"),
 "omega": ("Omega", "Speedmaster Moonwatch Professional", "310.30.42.50.01.001", "watches", 7000, "欧米茄", "watch"),
}

# registry authorized sellers (marketplace, seller_id, name), from registry_summary.json (my extraction)
SELLERS = {k: [tuple(s) for s in v["sellers"]] for k, v in json.loads((Path(__file__).parent / "registry_summary.json").read_text()).items()}

RATES = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "JPY": 150, "CNY": 7.2, "KRW": 1350, "INR": 83, "IDR": 15800, "PHP": 56,
         "THB": 35, "VND": 25000, "BRL": 5.0, "MXN": 17.5, "PLN": 4.0, "TRY": 32, "RUB": 92, "AED": 3.67, "SAR": 3.75,
         "TWD": 32, "HKD": 7.8, "MYR": 4.7, "SGD": 1.35, "AUD": 1.52, "CAD": 1.36, "CHF": 0.88, "SEK": 10.5,
         "NGN": 1500, "KES": 130, "ZAR": 18.5, "ARS": 900, "CLP": 930, "COP": 3950, "CZK": 23, "UAH": 40, "EGP": 48}
WHOLE = {"JPY", "KRW", "IDR", "VND", "INR", "NGN", "KES", "ARS", "CLP", "COP", "TWD", "EGP", "RUB", "UAH", "PHP", "THB", "CZK"}
SYM = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "KRW": "₩", "INR": "₹", "IDR": "Rp ", "PHP": "₱", "THB": "฿",
       "VND": "", "BRL": "R$ ", "MXN": "$", "PLN": "", "TRY": "₺", "RUB": "", "AED": "AED ", "SAR": "SAR ", "TWD": "NT$", "HKD": "HK$",
       "MYR": "RM", "SGD": "S$", "AUD": "A$", "CAD": "C$", "CHF": "CHF ", "SEK": "", "NGN": "₦", "KES": "KSh ", "ZAR": "R",
       "ARS": "$", "CLP": "$", "COP": "$", "CZK": "", "UAH": "", "EGP": "EGP "}
SUFFIX = {"VND": "đ", "PLN": " zł", "RUB": " ₽", "SEK": " kr", "CZK": " Kč", "UAH": " грн"}

# marketplace: (country, currency, lang)
MARKETS = {
 "ebay-us": ("US", "USD", "en"), "ebay-uk": ("GB", "GBP", "en"), "ebay-de": ("DE", "EUR", "de"), "ebay-au": ("AU", "AUD", "en"),
 "yahoo-auctions-jp": ("JP", "JPY", "ja"), "mercari-jp": ("JP", "JPY", "ja"), "rakuten-jp": ("JP", "JPY", "ja"),
 "catawiki": ("NL", "EUR", "en"), "allegro": ("PL", "PLN", "pl"), "olx-pl": ("PL", "PLN", "pl"),
 "kleinanzeigen": ("DE", "EUR", "de"), "vinted-fr": ("FR", "EUR", "fr"), "leboncoin": ("FR", "EUR", "fr"),
 "wallapop": ("ES", "EUR", "es"), "subito": ("IT", "EUR", "it"), "marktplaats": ("NL", "EUR", "nl"),
 "taobao": ("CN", "CNY", "zh"), "xianyu": ("CN", "CNY", "zh"), "pinduoduo": ("CN", "CNY", "zh"), "weidian": ("CN", "CNY", "zh"),
 "tokopedia": ("ID", "IDR", "id"), "shopee-id": ("ID", "IDR", "id"), "shopee-ph": ("PH", "PHP", "en"), "lazada-th": ("TH", "THB", "th"),
 "shopee-vn": ("VN", "VND", "vi"), "shopee-my": ("MY", "MYR", "ms"), "carousell-sg": ("SG", "SGD", "en"), "carousell-hk": ("HK", "HKD", "zh"),
 "ruten-tw": ("TW", "TWD", "zh"), "coupang": ("KR", "KRW", "ko"), "bunjang": ("KR", "KRW", "ko"),
 "mercadolibre-mx": ("MX", "MXN", "es"), "mercadolibre-ar": ("AR", "ARS", "es"), "mercadolibre-co": ("CO", "COP", "es"),
 "olx-br": ("BR", "BRL", "pt"), "enjoei": ("BR", "BRL", "pt"), "avito": ("RU", "RUB", "ru"), "wildberries": ("RU", "RUB", "ru"),
 "olx-ua": ("UA", "UAH", "uk"), "trendyol": ("TR", "TRY", "tr"), "sahibinden": ("TR", "TRY", "tr"),
 "noon": ("AE", "AED", "ar"), "dubizzle": ("AE", "AED", "en"), "haraj": ("SA", "SAR", "ar"), "olx-eg": ("EG", "EGP", "ar"),
 "jumia-ng": ("NG", "NGN", "en"), "jiji-ng": ("NG", "NGN", "en"), "jiji-ke": ("KE", "KES", "en"), "takealot": ("ZA", "ZAR", "en"),
 "flipkart": ("IN", "INR", "en"), "amazon-in": ("IN", "INR", "en"), "amazon-us": ("US", "USD", "en"), "amazon-de": ("DE", "EUR", "de"),
 "amazon-uk": ("GB", "GBP", "en"), "amazon-jp": ("JP", "JPY", "ja"), "walmart": ("US", "USD", "en"), "etsy": ("US", "USD", "en"),
 "facebook-marketplace": ("US", "USD", "en"), "craigslist": ("US", "USD", "en"), "offerup": ("US", "USD", "en"),
 "gumtree-au": ("AU", "AUD", "en"), "kijiji": ("CA", "CAD", "en"), "tradera": ("SE", "SEK", "sv"), "bazos-cz": ("CZ", "CZK", "cs"),
 "ricardo": ("CH", "CHF", "de"), "tmall": ("CN", "CNY", "zh"), "jd": ("CN", "CNY", "zh"), "aliexpress": ("CN", "USD", "en"),
 "dhgate": ("CN", "USD", "en"), "temu": ("CN", "USD", "en"), "instagram-shop": ("US", "USD", "en"), "telegram": ("AE", "USD", "en"),
 "chrono24": ("DE", "EUR", "en"), "vestiaire": ("FR", "EUR", "en"), "rent-the-runway": ("US", "USD", "en"),
 "fat-llama": ("GB", "GBP", "en"), "ebay": ("US", "USD", "en"), "kaidee": ("TH", "THB", "th"), "olx-id": ("ID", "IDR", "id"),
}

HANDLE_A = ["lux", "sun", "mega", "happy", "top", "best", "star", "gold", "city", "prime", "fresh", "smart", "daily", "royal", "blue", "lucky", "urban", "neo"]
HANDLE_B = ["deals", "store", "trade", "shop", "mart", "goods", "finds", "corner", "hub", "market", "bazaar", "outlet", "house", "box"]
