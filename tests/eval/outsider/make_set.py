"""Outsider's labelled set for `brandsentry backtest` (written without reading the matcher).

Writes tests/eval/outsider/set.jsonl: one record per line,
  {"class": <my class name>, "kind": "evasion"|"innocent", "expect": <brand id or null>,
   "lang": <language of the title>, "cat_style": "registry"|"path"|"none"|"other",
   "listing": <Listing, schemas/json/listing.schema.json>}
An evasion must alert for `expect`; an innocent listing must alert for no brand.
Deterministic: random.Random(SEED). Run: python tests/eval/outsider/make_set.py
"""
from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

SEED = 20261130
R = random.Random(SEED)
OUT = Path(__file__).with_name("set.jsonl")

# --------------------------------------------------------------------------------------------
# What I know of each demo brand (from deploy/seed/registry.yaml): the mark I disguise, its
# category and that category's floor, a distinctive model number (and its floor), a registered
# Chinese alias, my own traditional form of it, a same-pinyin homophone, the brand's name as
# written by Russian / Arabic / Japanese sellers (NOT registered), a phonetic respelling, the
# product noun in English, and the "kind" used to translate the product noun.
# --------------------------------------------------------------------------------------------
B = {}
def brand(bid, mark, cat, floor, cur, model, mfloor, mcur, alias, trad, homo, ru, ar, ja, phon, prod, kind, path):
    B[bid] = dict(id=bid, mark=mark, cat=cat, floor=floor, cur=cur, model=model, mfloor=mfloor, mcur=mcur,
                  alias=alias, trad=trad, homo=homo, ru=ru, ar=ar, ja=ja, phon=phon, prod=prod, kind=kind, path=path)

brand("canada-goose", "Canada Goose", "parkas", 895, "USD", "2079M", 1395, "USD", "加拿大鹅", "加拿大鵝", "佳拿大鹅", "Канада Гус", "كندا جوس", "カナダグース", ["Kanada Goose", "Canada Guse"], "down parka", "parka", "Clothing > Men > Coats & Jackets")
brand("nike", "Nike", "sneakers", 60, "USD", "DZ5485-612", 180, "USD", "耐克", None, "奈克", "Найк", "نايك", "ナイキ", ["Nyke", "Naik"], "running shoes", "sneakers", "Shoes > Men's Shoes > Athletic")
brand("adidas", "Adidas", "sneakers", 55, "EUR", "B75806", 100, "USD", "阿迪达斯", "阿迪達斯", "阿迪大斯", "Адидас", "أديداس", "アディダス", ["Addidas", "Adeedas"], "trainers", "sneakers", "Schuhe > Herren > Sneaker")
brand("puma", "Puma", "sneakers", 45, "EUR", "374915-01", 75, "USD", "彪马", "彪馬", "飙马", "Пума", "بوما", "プーマ", ["Pooma", "Puuma"], "suede sneakers", "sneakers", "Shoes > Sneakers")
brand("levis", "Levis", "jeans", 40, "USD", "00501-0115", 69.5, "USD", "李维斯", "李維斯", "李维丝", "Левайс", "ليفايز", "リーバイス", ["Leevis", "Levys"], "501 jeans", "jeans", "Clothing > Men > Jeans")
brand("louis-vuitton", "Louis Vuitton", "handbags", 1200, "USD", "M40995", 2030, "USD", "路易威登", None, "路易威灯", "Луи Виттон", "لويس فويتون", "ルイヴィトン", ["Luis Viton", "Louie Vuiton"], "tote bag", "handbag", "Bags > Women's Handbags")
brand("gucci", "Gucci", "belts", 420, "USD", "414516", 3900, "CNY", "古驰", "古馳", "古池", "Гуччи", "غوتشي", "グッチ", ["Guchi", "Gootchi"], "leather belt", "belt", "Accessories > Belts")
brand("burberry", "Burberry", "scarves", 2900, "CNY", "8015506", 490, "USD", "巴宝莉", "巴寶莉", "博柏丽", "Барберри", "بربري", "バーバリー", ["Berberry", "Burbery"], "check cashmere scarf", "scarf", "Accessories > Scarves & Wraps")
brand("michael-kors", "Michael Kors", "handbags", 120, "USD", "30T3GTVT2L", 228, "USD", "迈克高仕", "邁克高仕", "麦克高仕", "Майкл Корс", "مايكل كورس", "マイケルコース", ["Micheal Kors", "Michael Coors"], "tote bag", "handbag", "Bags > Totes")
brand("coach", "Coach", "handbags", 150, "USD", "CH857", 450, "USD", "蔻驰", "蔻馳", "寇驰", "Коуч", "كوتش", "コーチ", ["Koach", "Coache"], "shoulder bag", "handbag", "Bags > Shoulder Bags")
brand("bose", "Bose", "headphones", 99, "USD", "NCH700", 279, "USD", "博士音响", "博士音響", "波士音响", "Бозе", "بوز", "ボーズ", ["Boze", "Bowse"], "noise cancelling headphones", "headphones", "Electronics > Audio > Headphones")
brand("samsung", "Samsung", "phones", 149, "USD", "SM-S928B", 8999, "CNY", "三星手机", "三星手機", "叁星手机", "Самсунг", "سامسونج", "サムスン", ["Samsong", "Samsang"], "S24 Ultra smartphone 512GB", "phone", "Cell Phones & Smartphones")
brand("apple", "iPhone", "phones", 399, "USD", "A3090", 899, "USD", "苹果公司", "蘋果公司", "平果手机", "Айфон", "ايفون", "アイフォン", ["iFone", "aiPhone"], "15 Pro 256GB", "phone", "Cell Phones & Smartphones")
brand("sony", "Sony", "headphones", 79, "USD", "WH-1000XM5", 329, "USD", "索尼", None, "锁尼", "Сони", "سوني", "ソニー", ["Sonie", "Soni"], "wireless headphones", "headphones", "Electronics > Audio > Headphones")
brand("canon", "Canon", "cameras", 399, "USD", "EOS R6 Mark II", 2199, "USD", "佳能", None, "加能", "Кэнон", "كانون", "キヤノン", ["Kanon", "Cannon"], "mirrorless camera body", "camera", "Cameras & Photo > Digital Cameras")
brand("honda", "Honda", "generators", 1099, "USD", "EU2200i", 1099, "USD", "本田", None, "本甜", "Хонда", "هوندا", "ホンダ", ["Hondda", "Hunda"], "inverter generator 2200W", "generator", "Garden > Power Equipment > Generators")
brand("toyota", "Toyota", "auto parts", 5, "USD", "90915-YZZD1", 6, "USD", "丰田", "豐田", "风田", "Тойота", "تويوتا", "トヨタ", ["Toyotta", "Toyoda"], "oil filter", "oil filter", "eBay Motors > Parts & Accessories")
brand("bmw", "BMW", "auto parts", 8, "EUR", "11428575211", 12, "EUR", "宝马", "寶馬", "宝玛", "БМВ", "بي ام دبليو", "ビーエムダブリュー", ["Bee Em Double U", "B.M.V."], "oil filter element", "oil filter", "Auto & Motorrad > Ersatzteile")
brand("michelin", "Michelin", "tires", 80, "USD", "PS4S 245/40ZR18", 210, "USD", "米其林", None, "米奇林", "Мишлен", "ميشلان", "ミシュラン", ["Mishlen", "Michellin"], "tyre 245/40 R18", "tire", "Auto > Tires & Wheels")
brand("shell", "Helix Ultra", "motor oil", 18, "USD", "550046375", 298, "CNY", "壳牌", "殼牌", "売牌", "Шелл Хеликс", "شل هيليكس", "シェル", ["Helicks Ultra", "Heliks Ultra"], "5W-40 fully synthetic 4L", "motor oil", "Auto > Oils & Fluids")
brand("mars", "Snickers", "chocolate", 2, "USD", "5000159461122", 18, "USD", "士力架", None, "士力加", "Сникерс", "سنيكرز", "スニッカーズ", ["Snikers", "Snickerz"], "chocolate bars 48g x 24", "chocolate", "Grocery > Candy & Chocolate")
brand("danone", "Aptamil", "infant formula", 180, "CNY", "APT-PF3-800", 298, "CNY", "爱他美", "愛他美", "爱他每", "Аптамил", "أبتاميل", "アプタミル", ["Aptamill", "Aptamel"], "stage 3 formula 800g", "formula", "Baby > Feeding > Formula")
brand("nestle", "Nescafe", "coffee", 4, "USD", "NES-GOLD-200", 8, "EUR", "雀巢咖啡", None, "鹊巢咖啡", "Нескафе", "نسكافيه", "ネスカフェ", ["Neskafe", "Nescaffe"], "Gold instant coffee 200g", "coffee", "Grocery > Coffee")
brand("coca-cola", "Coca-Cola", "soft drinks", 1, "USD", "KO-330-24", 45, "CNY", "可口可乐", "可口可樂", "可口可勒", "Кока-Кола", "كوكا كولا", "コカ・コーラ", ["Koka-Kola", "Coka Cola"], "330ml cans x 24", "soft drink", "Grocery > Beverages")
brand("ferrero", "Ferrero Rocher", "chocolate", 3, "EUR", "FR-T30", 99, "CNY", "费列罗", "費列羅", "费烈罗", "Ферреро Роше", "فيريرو روشيه", "フェレロ・ロシェ", ["Ferero Rocher", "Ferrero Roshe"], "hazelnut chocolates 30 pieces", "chocolate", "Lebensmittel > Süßwaren")
brand("loreal", "Lancome", "skincare", 79, "CNY", "LAN-GEN-50", 1080, "CNY", "兰蔻", "蘭蔻", "兰扣", "Ланком", "لانكوم", "ランコム", ["Lankom", "Lancomme"], "Advanced Genifique serum 50ml", "serum", "Beauty > Skin Care > Serums")
brand("estee-lauder", "Estee Lauder", "skincare", 45, "USD", "ANR-50", 105, "USD", "雅诗兰黛", "雅詩蘭黛", "亚诗兰黛", "Эсте Лаудер", "استي لودر", "エスティローダー", ["Estee Loder", "Esty Lauder"], "night repair serum 50ml", "serum", "Beauty > Skin Care > Serums")
brand("shiseido", "Shiseido", "skincare", 199, "CNY", "ULT-50", 690, "CNY", "资生堂", "資生堂", "姿生堂", "Шисейдо", "شيسيدو", "シセイドー", ["Shisedo", "Shiseydo"], "power infusing concentrate 50ml", "serum", "Beauty > Skin Care > Serums")
brand("gillette", "Gillette", "razor blades", 2, "USD", "FUS5-PG-8", 24, "USD", "吉列", None, "吉烈", "Жиллетт", "جيليت", "ジレット", ["Gilette", "Jillette"], "5-blade razor cartridges 8 pack", "blades", "Health & Beauty > Shaving")
brand("hasbro", "Hasbro", "action figures", 12, "USD", "F3418", 49.99, "USD", "孩之宝", "孩之寶", "孩知宝", "Хасбро", "هاسبرو", "ハズブロ", ["Hazbro", "Hasbrow"], "Optimus Prime figure", "toy", "Toys & Hobbies > Action Figures")
brand("lego", "LEGO", "building sets", 9.99, "USD", "75192", 849.99, "USD", "乐高", "樂高", "勒高", "Лего", "ليغو", "レゴ", ["Leggo", "Legoo"], "Millennium Falcon building set", "toy", "Toys & Hobbies > Building Toys")
brand("mattel", "Barbie", "dolls", 8, "USD", "HJX74", 179, "USD", "芭比", None, "巴比", "Барби", "باربي", "バービー", ["Barbee", "Barby"], "Dreamhouse doll playset", "toy", "Toys & Hobbies > Dolls")
brand("bandai", "Bandai", "model kits", 12, "USD", "MG RX-78-2 Ver.3.0", 45, "USD", "万代", "萬代", "万岱", "Бандай", "بانداي", "バンダイ", ["Bandaii", "Bandy"], "1/100 robot model kit", "toy", "Toys & Hobbies > Models & Kits")
brand("adobe", "Photoshop", "software licenses", 99, "USD", "65297630BA01A12", 240, "EUR", "奥多比", "奧多比", "奥多必", "Фотошоп", "فوتوشوب", "フォトショップ", ["Fotoshop", "Photoshopp"], "2024 lifetime license", "license", "Software > Image & Video")
brand("microsoft", "Microsoft", "software licenses", 49, "USD", "FQC-10528", 199, "USD", "微软", "微軟", "微阮", "Майкрософт", "مايكروسوفت", "マイクロソフト", ["Mikrosoft", "Microsofte"], "OS Pro retail license key lifetime", "license", "Software > Operating Systems")
brand("nintendo", "Nintendo", "consoles", 199, "USD", "HEG-001", 349, "USD", "任天堂", None, "任天棠", "Нинтендо", "نينتندو", "ニンテンドー", ["Nintendoe", "Nintindo"], "OLED handheld console", "console", "Video Games & Consoles")
brand("autodesk", "AutoCAD", "software licenses", 250, "USD", "C1RK1-WW1762-L562", 1975, "USD", "欧特克", "歐特克", "欧特可", "Автокад", "أوتوكاد", "オートキャド", ["Autokad", "Otocad"], "2025 1 year subscription", "license", "Software > CAD")
brand("pfizer", "Viagra", "prescription drugs", 100, "USD", "0069-4200-30", 1600, "USD", "万艾可", "萬艾可", "万爱可", "Виагра", "فياجرا", "バイアグラ", ["Vyagra", "Viagrra"], "100mg 30 tablets", "tablets", "Health > Medicine")
brand("johnson-johnson", "Tylenol", "otc", 4, "USD", "TYL-ES-100", 11, "USD", "泰诺", "泰諾", "太诺", "Тайленол", "تايلينول", "タイレノール", ["Tilenol", "Tylenal"], "Extra Strength 100 caplets", "tablets", "Health > Pain Relief")
brand("bayer", "Bepanthen", "otc", 3, "EUR", "BEP-100", 89, "CNY", "拜耳", None, "拜尔", "Бепантен", "بيبانثين", "ベパンテン", ["Bepanten", "Bepantene"], "ointment 100g", "ointment", "Drogerie > Gesundheit")
brand("abbott", "Similac", "infant formula", 200, "CNY", "SIM-360-3-900", 328, "CNY", "雅培", None, "亚培", "Симилак", "سيميلاك", "シミラック", ["Similak", "Simelac"], "360 Total Care stage 3 900g", "formula", "Baby > Feeding > Formula")
brand("dyson", "Dyson", "hair care", 199, "USD", "HS05", 3599, "CNY", "戴森", None, "代森", "Дайсон", "دايسون", "ダイソン", ["Dison", "Daison"], "multi-styler hair curler", "hair dryer", "Beauty > Hair Tools")
brand("philips", "Philips", "electric toothbrushes", 25, "USD", "HX9911", 199, "USD", "飞利浦", "飛利浦", "菲利浦", "Филипс", "فيليبس", "フィリップス", ["Filips", "Philipps"], "sonic electric toothbrush", "toothbrush", "Health & Beauty > Oral Care")
brand("bosch", "Bosch", "power tools", 39, "EUR", "GSR 12V-15", 89, "EUR", "博世", None, "博仕", "Бош", "بوش", "ボッシュ", ["Bosh", "Boschh"], "cordless drill driver 12V", "drill", "Baumarkt > Elektrowerkzeuge")
brand("panasonic", "Panasonic", "shavers", 49, "USD", "ES-LV9Q", 249, "USD", "松下", None, "松夏", "Панасоник", "باناسونيك", "パナソニック", ["Panasonik", "Panasonyc"], "Arc5 electric shaver", "shaver", "Health & Beauty > Shaving > Electric Shavers")
brand("the-north-face", "North Face", "jackets", 120, "USD", "NF0A3C8D", 320, "USD", "北脸", "北臉", "北连", "Норт Фейс", "نورث فيس", "ノースフェイス", ["Nort Face", "North Fase"], "1996 retro puffer jacket", "parka", "Clothing > Men > Coats & Jackets")
brand("callaway", "Callaway", "golf clubs", 199, "USD", "PARADYM-AI-SMOKE-DR", 599, "USD", "卡拉威", None, "卡拉薇", "Каллавей", "كالاواي", "キャロウェイ", ["Calaway", "Kallaway"], "driver 10.5 degree", "golf club", "Sporting Goods > Golf > Clubs")
brand("yonex", "Yonex", "badminton rackets", 299, "CNY", "AX88D", 1380, "CNY", "尤尼克斯", None, "优尼克斯", "Йонекс", "يونكس", "ヨネックス", ["Yonnex", "Younex"], "88D badminton racket 4U", "racket", "Sporting Goods > Badminton")
brand("wilson", "Wilson", "tennis rackets", 79, "USD", "WR125711", 249, "USD", "威尔胜", "威爾勝", "威尔圣", "Вилсон", "ويلسون", "ウイルソン", ["Willson", "Wilsen"], "97 tennis racket 315g", "racket", "Sporting Goods > Tennis")
brand("rolex", "Rolex", "watches", 5000, "USD", "126610LN", 10250, "USD", "劳力士", "勞力士", "老力士", "Ролекс", "رولكس", "ロレックス", ["Rollex", "Rolecks"], "automatic watch 41mm green dial", "watch", "Jewelry & Watches > Wristwatches")
brand("swarovski", "Swarovski", "jewelry", 59, "USD", "5636708", 1990, "CNY", "施华洛世奇", "施華洛世奇", "施华洛士奇", "Сваровски", "سواروفسكي", "スワロフスキー", ["Svarovski", "Swarovsky"], "crystal necklace", "jewelry", "Jewelry > Necklaces")
brand("cartier", "Cartier", "jewelry", 700, "USD", "B6067417", 7100, "USD", "卡地亚", "卡地亞", "卡地雅", "Картье", "كارتييه", "カルティエ", ["Kartier", "Cartie"], "screw bracelet 18k gold", "jewelry", "Jewelry > Bracelets")
brand("pandora", "Pandora", "charms", 29, "EUR", "590702HV", 65, "USD", "潘多拉珠宝", "潘多拉珠寶", "潘朵拉珠宝", "Пандора", "باندورا", "パンドラ", ["Pandorra", "Pandorah"], "charm bracelet silver", "jewelry", "Schmuck > Armbänder")
brand("omega", "Omega", "watches", 2500, "EUR", "310.30.42.50.01.001", 7000, "USD", "欧米茄", "歐米茄", "欧米加", "Омега", "أوميغا", "オメガ", ["Omegga", "Omeja"], "moonwatch chronograph", "watch", "Jewelry & Watches > Wristwatches")

LANGS = ["es", "de", "fr", "ru", "ar", "ja", "zh"]
NOUN = {  # product noun per kind and language
    "parka": dict(es="parka de plumas", de="Daunenparka", fr="parka en duvet", ru="пуховик", ar="جاكيت شتوي", ja="ダウンジャケット", zh="羽绒服"),
    "sneakers": dict(es="zapatillas", de="Sneaker", fr="baskets", ru="кроссовки", ar="حذاء رياضي", ja="スニーカー", zh="运动鞋"),
    "jeans": dict(es="vaqueros", de="Jeans", fr="jean", ru="джинсы", ar="بنطلون جينز", ja="ジーンズ", zh="牛仔裤"),
    "handbag": dict(es="bolso", de="Handtasche", fr="sac à main", ru="сумка", ar="حقيبة يد", ja="バッグ", zh="包包"),
    "belt": dict(es="cinturón", de="Gürtel", fr="ceinture", ru="ремень", ar="حزام", ja="ベルト", zh="腰带"),
    "scarf": dict(es="bufanda", de="Schal", fr="écharpe", ru="шарф", ar="وشاح", ja="マフラー", zh="围巾"),
    "headphones": dict(es="auriculares", de="Kopfhörer", fr="casque audio", ru="наушники", ar="سماعات", ja="ヘッドホン", zh="耳机"),
    "phone": dict(es="teléfono", de="Smartphone", fr="smartphone", ru="смартфон", ar="هاتف", ja="スマホ", zh="手机"),
    "camera": dict(es="cámara", de="Kamera", fr="appareil photo", ru="фотоаппарат", ar="كاميرا", ja="カメラ", zh="相机"),
    "generator": dict(es="generador", de="Stromerzeuger", fr="groupe électrogène", ru="генератор", ar="مولد كهرباء", ja="発電機", zh="发电机"),
    "oil filter": dict(es="filtro de aceite", de="Ölfilter", fr="filtre à huile", ru="масляный фильтр", ar="فلتر زيت", ja="オイルフィルター", zh="机油滤芯"),
    "tire": dict(es="neumático", de="Reifen", fr="pneu", ru="шина", ar="إطار", ja="タイヤ", zh="轮胎"),
    "motor oil": dict(es="aceite de motor", de="Motoröl", fr="huile moteur", ru="моторное масло", ar="زيت محرك", ja="エンジンオイル", zh="机油"),
    "chocolate": dict(es="chocolatinas", de="Schokoriegel", fr="barres chocolatées", ru="шоколадные батончики", ar="شوكولاتة", ja="チョコレート", zh="巧克力"),
    "formula": dict(es="leche de fórmula", de="Folgemilch", fr="lait infantile", ru="детская смесь", ar="حليب أطفال", ja="粉ミルク", zh="奶粉"),
    "coffee": dict(es="café soluble", de="Instantkaffee", fr="café soluble", ru="растворимый кофе", ar="قهوة سريعة التحضير", ja="インスタントコーヒー", zh="速溶咖啡"),
    "soft drink": dict(es="refresco", de="Erfrischungsgetränk", fr="soda", ru="газировка", ar="مشروب غازي", ja="炭酸飲料", zh="汽水"),
    "serum": dict(es="sérum", de="Serum", fr="sérum", ru="сыворотка", ar="سيروم", ja="美容液", zh="精华液"),
    "blades": dict(es="cuchillas de afeitar", de="Rasierklingen", fr="lames de rasoir", ru="лезвия", ar="شفرات حلاقة", ja="替刃", zh="剃须刀片"),
    "toy": dict(es="juguete", de="Spielzeug", fr="jouet", ru="игрушка", ar="لعبة", ja="おもちゃ", zh="玩具"),
    "license": dict(es="licencia", de="Lizenz", fr="licence", ru="лицензия", ar="ترخيص", ja="ライセンス", zh="激活码"),
    "console": dict(es="consola", de="Konsole", fr="console", ru="приставка", ar="جهاز ألعاب", ja="ゲーム機", zh="游戏机"),
    "tablets": dict(es="pastillas", de="Tabletten", fr="comprimés", ru="таблетки", ar="أقراص", ja="錠剤", zh="药片"),
    "ointment": dict(es="pomada", de="Salbe", fr="pommade", ru="мазь", ar="مرهم", ja="軟膏", zh="药膏"),
    "hair dryer": dict(es="moldeador de pelo", de="Haarstyler", fr="coiffeur multi-styler", ru="стайлер для волос", ar="مصفف شعر", ja="ヘアスタイラー", zh="卷发棒"),
    "toothbrush": dict(es="cepillo eléctrico", de="elektrische Zahnbürste", fr="brosse à dents électrique", ru="электрическая зубная щётка", ar="فرشاة أسنان كهربائية", ja="電動歯ブラシ", zh="电动牙刷"),
    "drill": dict(es="taladro atornillador", de="Akku-Bohrschrauber", fr="perceuse-visseuse", ru="шуруповёрт", ar="مثقاب", ja="電動ドリル", zh="电钻"),
    "shaver": dict(es="afeitadora", de="Rasierer", fr="rasoir électrique", ru="электробритва", ar="ماكينة حلاقة", ja="シェーバー", zh="剃须刀"),
    "golf club": dict(es="driver de golf", de="Golfschläger", fr="club de golf", ru="клюшка для гольфа", ar="مضرب غولف", ja="ゴルフクラブ", zh="高尔夫球杆"),
    "racket": dict(es="raqueta", de="Schläger", fr="raquette", ru="ракетка", ar="مضرب", ja="ラケット", zh="球拍"),
    "watch": dict(es="reloj automático", de="Automatikuhr", fr="montre automatique", ru="часы", ar="ساعة", ja="腕時計", zh="手表"),
    "jewelry": dict(es="pulsera", de="Armband", fr="bracelet", ru="браслет", ar="سوار", ja="ブレスレット", zh="手链"),
}
CUES = {
    "en": ["1:1", "AAA", "replica", "mirror quality", "top grade copy", "high copy", "super clone", "OEM same factory",
           "UA quality", "best version 1:1", "factory direct, no box", "grade AAA+", "inspired 1:1 replica"],
    "zh": ["高仿", "原单", "复刻", "一比一", "莆田", "顶级版本", "尾单", "工厂货", "纯原", "专柜品质", "A货"],
    "es": ["réplica", "copia AAA", "calidad espejo", "imitación 1:1"],
    "de": ["Replik", "Kopie 1:1", "Nachbau", "Top Qualität Kopie"],
    "fr": ["réplique", "copie 1:1", "qualité miroir", "imitation"],
    "ru": ["реплика", "копия", "люкс копия", "1:1", "паль"],
    "ar": ["كوبي ون", "نسخة طبق الأصل", "ماستر كوالتي", "هاي كوبي"],
    "ja": ["スーパーコピー", "N級品", "レプリカ", "コピー品"],
}
SELLERS = [("ali-best-deals-2025", "Best Deals", "CN"), ("hk-luxury-outlet", "HK Luxury Outlet", "HK"),
           ("putian-shoes-factory", "莆田鞋厂直销", "CN"), ("moda_barata_mx", "Moda Barata", "MX"),
           ("schnaeppchen-markt-24", "Schnäppchen Markt", "DE"), ("boutique-paris-destock", "Destock Paris", "FR"),
           ("optovik-msk", "Оптовик Москва", "RU"), ("dubai-first-copy", "Dubai First Copy", "AE"),
           ("tokyo-select-shop", "東京セレクト", "JP"), ("mega-discount-hub", "Mega Discount Hub", "CN"),
           ("official-brand-store-outlet", "Official Brand Outlet", "CN"), ("gadget-world-88", "Gadget World", "SG")]
MARKETS = {"en": ["ebay", "amazon-us", "aliexpress", "wish"], "zh": ["taobao", "jd", "pinduoduo"], "es": ["mercadolibre"],
           "de": ["ebay-de", "amazon-de"], "fr": ["leboncoin", "cdiscount"], "ru": ["avito", "wildberries"],
           "ar": ["noon", "opensooq"], "ja": ["mercari-jp", "rakuten"]}

RECORDS = []

def add(cls, kind, expect, title, cat, price, cur, lang="en", desc="", seller=None, market=None, cat_style=None):
    n = len(RECORDS)
    s = seller or R.choice(SELLERS)
    listing = {"marketplace": market or R.choice(MARKETS.get(lang, MARKETS["en"])), "listing_id": f"out-{n:04d}",
               "title": title, "description": desc, "seller": {"id": s[0], "name": s[1], "country": s[2]},
               "category": cat, "observed_at": "2026-11-30T12:00:00Z", "attributes": {}}
    if price is not None:
        listing["price"] = {"amount": round(price, 2), "currency": cur}
    RECORDS.append({"class": cls, "kind": kind, "expect": expect, "lang": lang,
                    "cat_style": cat_style or ("none" if cat is None else "registry"), "listing": listing})

def ev_price(b, full_ok=True):
    """A counterfeiter's price: mostly far below the brand's category floor, sometimes near/above it."""
    if full_ok and R.random() < 0.2:
        return b["floor"] * R.uniform(0.9, 1.4)
    return b["floor"] * R.uniform(0.03, 0.35)

def ev_cat(b):
    r = R.random()
    if r < 0.65:
        return b["cat"], "registry"
    if r < 0.9:
        return b["path"], "path"
    return None, "none"

def cue(lang="en", p=0.75):
    return R.choice(CUES[lang]) if R.random() < p else ""

def evasion(cls, b, disguised, lang="en", cue_p=0.75, tmpl=None, desc=""):
    cat, style = ev_cat(b)
    c = cue(lang, cue_p)
    prod = b["prod"] if lang == "en" else NOUN[b["kind"]][lang]
    t = (tmpl or R.choice(["{m} {p} {c}", "{c} {m} {p}", "New {m} {p} - {c}", "{m} {p} | {c} | free shipping",
                           "Men's {m} {p} {c} fast delivery"]))
    title = " ".join(t.format(m=disguised, p=prod, c=c).split())
    title = title.replace("| |", "|").replace("- |", "|").strip(" -|")
    add(cls, "evasion", b["id"], title, cat, ev_price(b), b["cur"], lang, desc=desc, cat_style=style)

# ----------------------------------------------------------------------------- transforms
def letters_idx(s):
    return [i for i, ch in enumerate(s) if ch.isalpha()]

def t_zero_width(m):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
    s = list(m)
    for i in sorted(R.sample(range(1, len(m)), min(len(m) - 1, R.choice([1, 1, 2, 3]))), reverse=True):
        s.insert(i, R.choice(zw))
    return "".join(s)

def t_fullwidth(m):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in m)

MATH = {}
for cp in range(0x1D400, 0x1D6A4):
    ch = chr(cp)
    try:
        name = unicodedata.name(ch)
    except ValueError:
        continue
    base = unicodedata.normalize("NFKC", ch)
    style = name.rsplit(" ", 2)[0]
    MATH.setdefault(style, {})[base] = ch
MATH_STYLES = sorted(s for s in MATH if len(MATH[s]) == 52)

def t_math(m):
    st = MATH[R.choice(MATH_STYLES)]
    return "".join(st.get(ch, ch) for ch in m)

def t_enclosed(m):
    kind = R.choice(["circled", "squared", "regional", "parenthesized"])
    out = []
    for ch in m:
        if not ch.isascii() or not ch.isalpha():
            out.append(ch); continue
        u, l = ch.upper(), ch.lower()
        if kind == "circled":
            out.append(chr(0x24B6 + ord(u) - 65) if ch.isupper() else chr(0x24D0 + ord(l) - 97))
        elif kind == "squared":
            out.append(chr(0x1F170 + ord(u) - 65))
        elif kind == "regional":
            out.append(chr(0x1F1E6 + ord(u) - 65) + "\u200b")
        else:
            out.append(chr(0x249C + ord(l) - 97))
    return "".join(out)

def t_combining(m):
    mode = R.choice(["strike", "underline", "accents", "zalgo"])
    out = []
    for ch in m:
        out.append(ch)
        if not ch.isalpha():
            continue
        if mode == "strike":
            out.append("\u0336")
        elif mode == "underline":
            out.append("\u0332")
        elif mode == "accents" and R.random() < 0.5:
            out.append(R.choice(["\u0301", "\u0308", "\u0323", "\u0307", "\u030c"]))
        elif mode == "zalgo":
            out.extend(R.choice(["\u0315", "\u031b", "\u0340", "\u0358", "\u0321", "\u0334", "\u0489"]) for _ in range(R.randint(1, 3)))
    return "".join(out)

def t_bidi(m):
    mode = R.choice(["rlo", "rli", "marks", "rlo_partial"])
    if mode == "rlo":
        return "\u202e" + m[::-1] + "\u202c"
    if mode == "rli":
        return "\u2067\u202e" + m[::-1] + "\u202c\u2069"
    if mode == "marks":
        s = list(m)
        for i in sorted(R.sample(range(1, len(m)), min(2, len(m) - 1)), reverse=True):
            s.insert(i, R.choice(["\u200e", "\u200f", "\u061c"]))
        return "".join(s)
    k = R.randint(2, max(2, len(m) - 1))
    return m[:len(m) - k] + "\u202e" + m[len(m) - k:][::-1] + "\u202c"

GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
         "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι", "u": "υ", "a": "α", "p": "ρ", "k": "κ", "n": "η"}
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "j": "ј", "s": "ѕ", "d": "ԁ",
       "h": "һ", "q": "ԛ", "w": "ԝ", "b": "Ь", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О",
       "P": "Р", "C": "С", "T": "Т", "X": "Х", "I": "І", "J": "Ј", "S": "Ѕ", "n": "п", "r": "г"}
ARM = {"o": "օ", "u": "ս", "h": "հ", "n": "ո", "g": "ց", "q": "զ", "O": "Օ", "U": "Ս", "S": "Տ", "d": "ժ"}
CHEROKEE = {"A": "Ꭺ", "B": "Ᏼ", "C": "Ꮯ", "D": "Ꭰ", "E": "Ꭼ", "G": "Ꮐ", "H": "Ꮋ", "J": "Ꭻ", "K": "Ꮶ", "L": "Ꮮ",
            "M": "Ꮇ", "P": "Ꮲ", "R": "Ꭱ", "S": "Ꮪ", "T": "Ꭲ", "V": "Ꮩ", "W": "Ꮃ", "Z": "Ꮓ"}

def t_homoglyph(table, upper=False):
    def f(m):
        src = m.upper() if upper else m
        idx = [i for i, ch in enumerate(src) if ch in table]
        if not idx:
            return None
        k = min(len(idx), R.choice([1, 1, 2, len(idx)]))
        s = list(src)
        for i in R.sample(idx, k):
            s[i] = table[s[i]]
        return "".join(s)
    return f

LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "l": ["1", "|"], "o": ["0", "()"], "s": ["5", "$"], "t": ["7"],
        "g": ["9", "6"], "b": ["8"], "z": ["2"], "u": ["|_|", "v"]}

def t_leet(m):
    idx = [i for i, ch in enumerate(m) if ch.lower() in LEET]
    if not idx:
        return None
    s = list(m)
    for i in R.sample(idx, min(len(idx), R.choice([1, 2, 2, 3]))):
        s[i] = R.choice(LEET[s[i].lower()])
    return "".join(s)

def t_transpose(m):
    idx = [i for i in range(len(m) - 1) if m[i].isalpha() and m[i + 1].isalpha() and m[i].lower() != m[i + 1].lower()]
    i = R.choice(idx)
    s = list(m); s[i], s[i + 1] = s[i + 1], s[i]
    return "".join(s)

def t_double(m):
    idx = letters_idx(m)
    s = list(m)
    for i in sorted(R.sample(idx, R.choice([1, 1, 2])), reverse=True):
        s.insert(i, s[i])
    return "".join(s)

def t_vowel_drop(m):
    idx = [i for i, ch in enumerate(m) if ch.lower() in "aeiou" and i > 0]
    if not idx:
        return None
    k = 1 if len(m) <= 5 else min(len(idx), 2)
    drop = set(R.sample(idx, k))
    return "".join(ch for i, ch in enumerate(m) if i not in drop)

def t_separators(m):
    sep = R.choice(["|", "~", "_", "•", "/", "\\", "♥", "★", "🔥", "·", "+", "^", "'", "❤️", "◆"])
    if R.random() < 0.5:
        return sep.join(m.replace(" ", ""))
    i = R.randint(1, len(m) - 1)
    return m[:i] + sep + m[i:]

def t_split(m):
    w = m.replace(" ", "")
    i = R.randint(2, len(w) - 2) if len(w) > 4 else R.randint(1, len(w) - 1)
    if " " in m:  # multi-word mark: split each word elsewhere
        return " ".join(x[:len(x) // 2] + " " + x[len(x) // 2:] if len(x) > 3 else x for x in m.split())
    return w[:i] + " " + w[i:]

def t_stacked(m):
    f1 = R.choice([t_homoglyph(CYR), t_leet, t_homoglyph(GREEK, upper=True)])
    a = f1(m) or m
    f2 = R.choice([t_zero_width, t_separators, t_combining])
    return f2(a)

# ----------------------------------------------------------------------------- evasions
BIDS = list(B)

def sample_brands(k):
    return R.sample(BIDS, k)

TEXT_CLASSES = [
    ("ev_zero_width", t_zero_width), ("ev_fullwidth", t_fullwidth), ("ev_math_alnum", t_math),
    ("ev_enclosed_letters", t_enclosed), ("ev_combining_marks", t_combining), ("ev_bidi", t_bidi),
    ("ev_homoglyph_greek", t_homoglyph(GREEK, upper=True)), ("ev_homoglyph_cyrillic", t_homoglyph(CYR)),
    ("ev_homoglyph_armenian_cherokee", None), ("ev_leet", t_leet), ("ev_transposition", t_transpose),
    ("ev_doubled_letter", t_double), ("ev_vowel_drop", t_vowel_drop), ("ev_separators_new", t_separators),
    ("ev_split_words", t_split), ("ev_stacked_disguises", t_stacked),
]
for cls, f in TEXT_CLASSES:
    for bid in sample_brands(16):
        b = B[bid]
        if cls == "ev_homoglyph_armenian_cherokee":
            d = (t_homoglyph(ARM) if R.random() < 0.5 else t_homoglyph(CHEROKEE, upper=True))(b["mark"]) \
                or t_homoglyph(CHEROKEE, upper=True)(b["mark"])
        else:
            d = f(b["mark"])
        if d is None or d == b["mark"]:
            d = t_homoglyph(CYR)(b["mark"]) or t_leet(b["mark"])
        evasion(cls, b, d)

# phonetic respellings (what sellers type when they spell by ear, or to dodge keyword filters)
for bid in BIDS:
    b = B[bid]
    evasion("ev_phonetic", b, R.choice(b["phon"]))

# brand glued to product words, all lower case: no hashtag, no case change
GLUE = ["{m}{w}", "{w}{m}", "{m}{w}{w2}", "new{m}{w}"]
for bid in sample_brands(18):
    b = B[bid]
    words = [x for x in b["prod"].lower().replace("-", " ").split() if x.isalpha()] or ["original"]
    m = b["mark"].lower().replace(" ", "").replace("-", "")
    g = R.choice(GLUE).format(m=m, w=words[-1], w2=R.choice(["sale", "cheap", "2025", "new"]))
    cat, style = ev_cat(b)
    add("ev_glued_lowercase", "evasion", bid, f"{g} {cue()} {b['prod']}".replace("  ", " "), cat, ev_price(b), b["cur"], cat_style=style)

# model numbers with look-alike characters / changed separators, brand not named
MLOOK = {"0": ["O", "o", "О"], "1": ["l", "I", "і"], "5": ["S"], "8": ["B"], "2": ["Z"], "O": ["0"], "I": ["1"], "S": ["5"], "B": ["8"]}
def t_model(v):
    mode = R.choice(["look", "look", "sep", "space", "cyr"])
    if mode == "look":
        idx = [i for i, ch in enumerate(v) if ch in MLOOK]
        s = list(v)
        for i in R.sample(idx, min(len(idx), R.choice([1, 2]))):
            s[i] = R.choice(MLOOK[s[i]])
        return "".join(s)
    if mode == "sep":
        return v.replace("-", R.choice(["", " ", "_", "/", "."])) if "-" in v else "-".join([v[:len(v) // 2], v[len(v) // 2:]])
    if mode == "space":
        return " ".join(v.replace("-", "").replace(" ", ""))[:] if len(v) <= 8 else v.replace("-", " ").replace(".", " ")
    s = list(v)
    idx = [i for i, ch in enumerate(v) if ch in "ACEHKMOPTXBaceopx"]
    if not idx:
        return v.replace("-", " ")
    for i in R.sample(idx, 1):
        s[i] = CYR.get(s[i], s[i])
    return "".join(s)

for bid in BIDS:
    b = B[bid]
    mv = t_model(b["model"])
    cat, style = ev_cat(b)
    c = cue()
    kindnoun = b["kind"]
    title = R.choice([f"{mv} {kindnoun} {c}", f"{c} {kindnoun} {mv}", f"{kindnoun} model {mv} {c}"])
    add("ev_model_lookalike", "evasion", bid, " ".join(title.split()), cat, b["mfloor"] * R.uniform(0.03, 0.3), b["mcur"], cat_style=style)

# Chinese: traditional forms, homophones, spaced characters (Chinese titles, CNY)
CNY = {"USD": 7.2, "EUR": 7.8, "CNY": 1.0}
def zh_evasion(cls, b, alias):
    cat, style = ev_cat(b)
    c = cue("zh", 0.85)
    noun = NOUN[b["kind"]]["zh"]
    title = R.choice([f"{alias} {noun} {c} 包邮", f"【{c}】{alias}{noun}", f"{alias}正品{noun} {c} 现货", f"新款 {alias} {noun}{c}"])
    add(cls, "evasion", b["id"], title, cat, b["floor"] * CNY[b["cur"]] * R.uniform(0.03, 0.3), "CNY", "zh", cat_style=style, market=R.choice(MARKETS["zh"]))

for bid in BIDS:
    b = B[bid]
    if b["trad"]:
        zh_evasion("ev_cjk_traditional", b, b["trad"])
for bid in sample_brands(24):
    zh_evasion("ev_cjk_homophone", B[bid], B[bid]["homo"])
for bid in sample_brands(22):
    a = B[bid]["alias"]
    sep = R.choice([" ", "\u3000", "·", "-", "/", "丨", "*", "\u200b"])
    zh_evasion("ev_cjk_spaced", B[bid], sep.join(a))

# brand name in the seller's own script (not registered as an alias)
for lang in ["ru", "ar", "ja"]:
    for bid in sample_brands(10):
        b = B[bid]
        cat, style = ev_cat(b)
        noun = NOUN[b["kind"]][lang]
        c = cue(lang, 0.9)
        title = f"{b[lang]} {noun} {c}" if lang != "ar" else f"{noun} {b[lang]} {c}"
        add("ev_native_script_name", "evasion", bid, title, cat, ev_price(b, False), b["cur"], lang, cat_style=style)

# title in another language, brand lightly disguised in Latin letters
for bid in sample_brands(28):
    b = B[bid]
    lang = R.choice(LANGS[:-1])
    f = R.choice([t_leet, t_homoglyph(CYR), t_separators, t_zero_width, t_double])
    d = f(b["mark"]) or t_separators(b["mark"])
    evasion("ev_foreign_title_disguise", b, d, lang=lang, tmpl=R.choice(["{m} {p} {c}", "{p} {m} {c}", "{c} {p} {m}"]), cue_p=0.9)

# the brand only in the description, generic title
GENERIC_TITLE = {"watch": "Men's automatic diver watch ceramic bezel", "handbag": "Women's leather tote bag large",
                 "sneakers": "Men's casual sports shoes breathable", "parka": "Men's winter down parka with fur hood",
                 "headphones": "Wireless noise cancelling headphones", "phone": "6.8 inch smartphone 512GB unlocked",
                 "jewelry": "18k gold plated bracelet for women", "belt": "Men's leather belt gold buckle",
                 "license": "Software license key lifetime activation", "serum": "Repair night serum 50ml"}
for bid in [x for x in BIDS if B[x]["kind"] in GENERIC_TITLE]:
    b = B[bid]
    cat, style = ev_cat(b)
    d = R.choice([b["mark"], b["mark"].upper(), t_leet(b["mark"]) or b["mark"]])
    desc = R.choice([f"Same as {d} {b['prod']}, {cue()} quality, comes with box and papers.",
                     f"{cue()} version of {d}. Photos are real. Ask for more pictures.",
                     f"Logo: {d}. Ships in plain packaging to avoid customs."])
    add("ev_brand_in_description", "evasion", bid, GENERIC_TITLE[b["kind"]], cat, ev_price(b, False), b["cur"], desc=desc, cat_style=style)

# "not original" = an admission, not a negation
ADMIT = [("en", "{m} {p} not original, high copy"), ("en", "{m} {p} - not genuine, AAA"), ("es", "{m} {p} no original, calidad AAA"),
         ("de", "{m} {p} nicht original, sehr gute Kopie"), ("fr", "{m} {p} pas original, qualité top"),
         ("ru", "{m} {p} не оригинал, качество люкс"), ("zh", "{a} {p} 非正品 介意勿拍"), ("ar", "{p} {m} غير أصلي درجة أولى"),
         ("ja", "{m} {p} 正規品ではありません N級")]
for bid in sample_brands(20):
    b = B[bid]
    lang, t = R.choice(ADMIT)
    p = b["prod"] if lang == "en" else NOUN[b["kind"]][lang]
    cat, style = ev_cat(b)
    add("ev_not_original_admission", "evasion", bid, t.format(m=b["mark"], a=b["alias"], p=p), cat, ev_price(b, False), b["cur"], lang, cat_style=style)

# everyday-word marks used for the branded product, counterfeit context
EVERYDAY = [("microsoft", "Windows 11 Pro retail key lifetime activation", "software licenses", 9.99, "USD"),
            ("microsoft", "Office 2021 Professional Plus key, instant email delivery", "software licenses", 12.5, "USD"),
            ("samsung", "Galaxy S24 Ultra 1:1 512GB 7.3 inch", "phones", 95, "USD"),
            ("louis-vuitton", "Speedy 30 bag monogram canvas mirror quality", "handbags", 85, "USD"),
            ("rolex", "Daytona panda dial chronograph automatic AAA", "watches", 160, "USD"),
            ("nike", "Jordan 1 Retro High OG Chicago lost and found 1:1", "sneakers", 45, "USD"),
            ("nike", "Dunk Low panda black white top version", "sneakers", 32, "USD"),
            ("adidas", "Samba OG white green gum sole 1:1", "sneakers", 25, "EUR"),
            ("cartier", "Love bracelet 18k gold screw design mirror", "jewelry", 28, "USD"),
            ("adobe", "Illustrator 2024 lifetime license pre-activated", "software licenses", 6, "USD"),
            ("adobe", "Acrobat Pro DC lifetime key Windows Mac", "software licenses", 9, "USD"),
            ("autodesk", "Maya 2025 full version license key", "software licenses", 15, "USD"),
            ("dyson", "Supersonic hair dryer 1:1 copy fuchsia nickel", "hair care", 45, "USD"),
            ("coach", "Coach tabby 26 shoulder bag signature canvas AAA", "handbags", 39, "USD"),
            ("nintendo", "Switch OLED console white 64GB, high copy", "consoles", 89, "USD"),
            ("omega", "Constellation co-axial 39mm automatic, replica", "watches", 140, "EUR"),
            ("mattel", "UNO card game 20 packs wholesale factory copy", "toys", 0.5, "USD"),
            ("hasbro", "Monopoly classic board game bulk 1:1 reproduction", "board games", 3, "USD"),
            ("pandora", "Pandora moments snake chain bracelet S925 AAA", "charms", 6, "EUR"),
            ("canon", "EOS R6 body 1:1 display model", "cameras", 120, "USD"),
            ("estee-lauder", "Clinique moisture surge 50ml 原单 factory", "skincare", 5, "USD")]
for bid, t, cat, p, cur in EVERYDAY:
    add("ev_everyday_word_mark", "evasion", bid, t, cat, p, cur)

# abbreviations and slang the trade uses (not registered marks)
SLANG = [("nike", "AJ1 Retro High OG Chicago 1:1 top version", "sneakers", 45, "USD"),
         ("nike", "AF1 07 triple white, best batch", "sneakers", 22, "USD"),
         ("rolex", "Rollie Sub green Kermit AAA automatic", "watches", 180, "USD"),
         ("louis-vuitton", "LV speedy monogram bag top grade", "handbags", 90, "USD"),
         ("the-north-face", "TNF 1996 retro puffer 700 fill 1:1", "jackets", 45, "USD"),
         ("michael-kors", "MK jet set tote signature brown AAA", "handbags", 25, "USD"),
         ("gucci", "GG belt double G buckle AAA 4cm", "belts", 20, "USD"),
         ("canada-goose", "CG Expedition parka red disc 1:1", "parkas", 120, "USD"),
         ("sony", "PS5 slim disc console 1:1 cheap", "consoles", 89, "USD"),
         ("louis-vuitton", "驴家 老花 neverfull 原单", "handbags", 300, "CNY"),
         ("rolex", "水鬼 绿水鬼 自动机械表 复刻", "watches", 900, "CNY"),
         ("canada-goose", "大鹅 远征 派克大衣 原单", "parkas", 800, "CNY")]
for bid, t, cat, p, cur in SLANG:
    add("ev_slang_abbreviation", "evasion", bid, t, cat, p, cur, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in t) else "en")

# ----------------------------------------------------------------------------- innocent
def inn(cls, title, cat, price, cur="USD", lang="en", desc="", seller=None, market=None):
    add(cls, "innocent", None, title, cat, price, cur, lang, desc=desc, seller=seller, market=market)

ACCESSORY = [
    ("Replacement fur ruff trim for Canada Goose parka hood, coyote look", "accessories", 29), ("Shoe laces for Nike Air Force 1, 4 pairs", "shoe care", 7.99),
    ("Replacement insoles for adidas Ultraboost, memory foam", "shoe care", 12), ("Suede cleaning kit for Puma Suede sneakers", "shoe care", 9.5),
    ("Purse organizer insert for Louis Vuitton Neverfull MM, felt", "bag accessories", 18.99), ("Purse organizer insert for Coach Tabby 26", "bag accessories", 15),
    ("Replacement ear pads for Bose QuietComfort 45 headphones", "headphone accessories", 14.99), ("Case for Samsung Galaxy S24 Ultra, shockproof", "phone cases", 8.99),
    ("Tempered glass screen protector for iPhone 15 Pro, 3 pack", "phone accessories", 6.99), ("Ear pads for Sony WH-1000XM5, protein leather", "headphone accessories", 16),
    ("Lens cap and hood for Canon RF24-105mm F4L", "camera accessories", 11), ("All-weather floor mats for Honda Civic 2022-2024", "car accessories", 45),
    ("Seat covers fit Toyota Camry 2018-2024, full set", "car accessories", 59), ("Silicone key fob cover for BMW 3 series", "car accessories", 6.5),
    ("Reusable stainless steel capsules for Nespresso machines", "coffee accessories", 14), ("Acrylic display case for LEGO 75192 Millennium Falcon", "display cases", 89),
    ("Handmade clothes for Barbie dolls, 10 outfits", "doll accessories", 12.99), ("LED light kit for Gundam MG RX-78-2 model kit", "model kit accessories", 19.99),
    ("Foam darts refill pack, fits Nerf Elite blasters, 100 pcs", "toys", 9.99), ("Controller charging dock for Xbox Series X", "gaming accessories", 21),
    ("Carrying case for Nintendo Switch OLED", "gaming accessories", 13.99), ("Keyboard shortcut stickers for Photoshop", "computer accessories", 4.5),
    ("Wall mount bracket for Dyson V15 Detect", "vacuum accessories", 17), ("Replacement brush heads compatible with Philips Sonicare, 8 pack", "oral care", 12.99),
    ("Drill bit set for Bosch GSR 12V-15", "tool accessories", 15.5), ("Headcover for Callaway Paradym driver", "golf accessories", 14),
    ("Overgrip for Yonex Astrox rackets, 10 rolls", "badminton accessories", 9), ("Dampener for Wilson Pro Staff racket", "tennis accessories", 5.99),
    ("20mm rubber strap for Rolex Submariner, black", "watch bands", 19.99), ("NATO strap for Omega Speedmaster, 20mm nylon", "watch bands", 12),
    ("Watch winder for Rolex automatic watches, 2 slots", "watch accessories", 79), ("Cleaning cloth for Swarovski crystal figurines", "cleaning supplies", 5),
    ("Charm spacers compatible with Pandora bracelets, sterling silver", "charms", 9.99), ("Replacement leather strap for Michael Kors watch 22mm", "watch bands", 11),
    ("Overpatch for FreeStyle Libre 2 sensor, waterproof 20 pcs", "medical supplies", 9.99), ("Parallel kit cable for Honda EU2200i generators", "generator accessories", 49),
    ("Razor handle compatible with Gillette Fusion5 blades", "shaving", 7), ("Ink refill kit for Canon PG-545 cartridges", "ink", 9),
    ("Snow chains fit Michelin Pilot Sport tyres 245/40R18", "car accessories", 39), ("Storage bag for Burberry scarf, dust cover", "storage", 6),
    ("Replacement hood for The North Face Nuptse jacket", "clothing accessories", 19), ("Charging stand for Panasonic Arc5 shaver", "shaving", 15),
    ("Travel case for Dyson Airwrap, hard shell", "hair care accessories", 25), ("Pill organizer weekly, fits Tylenol caplets", "health accessories", 5.99),
]
for t, cat, p in ACCESSORY:
    inn("in_accessory_for_brand", t, cat, p)
ACC_ML = [
    ("Funda para iPhone 15 Pro, silicona transparente", "fundas", 7.5, "EUR", "es"), ("Hülle für Samsung Galaxy S24, Leder", "Handyhüllen", 12.9, "EUR", "de"),
    ("Coque pour iPhone 15 antichoc", "coques", 9.9, "EUR", "fr"), ("Чехол для Samsung Galaxy S24 Ultra силиконовый", "чехлы", 450, "RUB", "ru"),
    ("适用于苹果iPhone15手机壳 透明 防摔", "手机壳", 19.9, "CNY", "zh"), ("iPhone 15 対応 ケース 手帳型", "スマホケース", 1280, "JPY", "ja"),
    ("جراب ايفون 15 برو شفاف iPhone 15 Pro", "أغطية الهواتف", 25, "AED", "ar"), ("Correa de caucho para Rolex Submariner 20mm", "correas de reloj", 22, "EUR", "es"),
    ("Armband für Apple Watch, Milanaise", "Uhrenarmbänder", 14.99, "EUR", "de"), ("Ersatzakku für Bosch Professional 12V Werkzeuge, kompatibel", "Werkzeugzubehör", 29, "EUR", "de"),
    ("Housse de rangement pour Nintendo Switch", "accessoires jeux", 12, "EUR", "fr"), ("Накладки на ручку для ракетки Yonex, 3 шт", "аксессуары", 300, "RUB", "ru"),
    ("适用戴森吹风机 防飞翘风嘴 Dyson Supersonic 配件", "美发工具配件", 29, "CNY", "zh"), ("ルンバ交換用フィルター（ダイソン V15 対応）", "掃除機部品", 980, "JPY", "ja"),
    ("Protector de pantalla para Nintendo Switch OLED", "accesorios", 6.99, "EUR", "es"), ("Lederpflege-Set für Louis Vuitton Taschen", "Pflegemittel", 19, "EUR", "de"),
]
for t, cat, p, cur, lang in ACC_ML:
    inn("in_accessory_for_brand_ml", t, cat, p, cur, lang)

COMPAT = [
    ("Compatible coffee capsules for Nespresso Original machines, 100 pack", "coffee", 18), ("Compatible ink cartridge replacement for Canon PG-545, 2 pack", "ink", 11.99),
    ("Brake pads compatible with Toyota Corolla 2014-2019 front, ceramic", "auto parts", 24), ("Oil filter fits Honda CR-V 2017-2022, aftermarket", "auto parts", 4.5),
    ("Samsung-compatible 25W USB-C fast charger, generic", "chargers", 6), ("Generic toner compatible with Canon PIXMA printers", "ink", 8.5),
    ("USB-C cable compatible with iPhone 15, 2m braided", "chargers", 5.99), ("Third-party replacement battery for Dyson V10, 4000mAh", "vacuum parts", 35),
    ("Brush heads fit Philips Sonicare, generic, 12 pack", "electric toothbrushes", 11), ("Cartridge filter compatible with Dyson TP07 purifier", "air purifiers", 19),
    ("Wiper blades fit BMW X5 2019+, aftermarket", "auto parts", 21), ("Joy-Con compatible controllers for Switch, generic", "accessories", 25),
    ("Building blocks compatible with LEGO Technic, 500 pcs bulk", "toys", 14.99), ("Dart refill compatible with Nerf blasters, 200 pcs", "toys", 11),
    ("Charger compatible with Panasonic eneloop AA AAA", "batteries", 12), ("Blades compatible with Gillette Mach3 handles, 12 pack, generic", "razor blades", 6),
    ("Kompatible Kaffeekapseln für Nespresso, 50 Stück", "Kaffee", 9.9), ("Cartouches compatibles Canon PG-545 XL", "encre", 14.9),
    ("兼容乐高积木 科技系列 跑车 非乐高", "积木", 89, "CNY"), ("適用於 任天堂 Switch 手把 副廠", "遊戲周邊", 399, "TWD"),
]
for row in COMPAT:
    t, cat, p = row[:3]
    cur = row[3] if len(row) > 3 else ("EUR" if any(w in t for w in ["Kompatible", "Cartouches"]) else "USD")
    lang = "zh" if cur in ("CNY", "TWD") else ("de" if "Kompatible" in t else ("fr" if "Cartouches" in t else "en"))
    inn("in_compatible_aftermarket", t, cat, p, cur, lang)

COMPARE = [
    ("Hot air styler, works like a Dyson Airwrap at a fraction of the price", "hair care", 39), ("Noise cancelling headphones, as quiet as Bose for less", "headphones", 35),
    ("Hazelnut spread, tastes like Nutella, palm-oil free, 400g", "spreads", 4.5), ("Building bricks set, alternative to LEGO, 1200 pcs", "building sets", 29),
    ("Puffer jacket similar to The North Face Nuptse, unbranded", "jackets", 55), ("Cola soda, better than Coca-Cola, craft 12 pack", "soft drinks", 12),
    ("Leather belt, classic design, no Gucci logo, plain buckle", "belts", 19), ("Sonic toothbrush, cleans like Philips Sonicare, 5 modes", "electric toothbrushes", 22),
    ("Zapatillas estilo clásico, parecidas a Adidas Samba, sin marca", "zapatillas", 29, "EUR", "es"), ("Kopfhörer mit ANC, ähnlich wie Sony WH-1000XM5, No-Name", "Kopfhörer", 39, "EUR", "de"),
    ("Montre automatique style plongée, comme une Rolex mais abordable, sans marque", "montres", 89, "EUR", "fr"), ("Пуховик как у Canada Goose, без логотипа", "куртки", 4900, "RUB", "ru"),
    ("吹风机 平替戴森 高速负离子 无品牌", "美发工具", 129, "CNY", "zh"), ("バーバリー風 チェック柄 マフラー ノーブランド", "マフラー", 1980, "JPY", "ja"),
    ("Serum like Estee Lauder Advanced Night Repair, own brand 30ml", "skincare", 12), ("Golf driver, Callaway-like forgiveness, generic head", "golf clubs", 79),
]
for row in COMPARE:
    t, cat, p = row[:3]
    cur, lang = (row[3], row[4]) if len(row) > 3 else ("USD", "en")
    inn("in_comparison_like_brand", t, cat, p, cur, lang)

NEG = [
    ("Generic running sneakers, not Nike, no logo", "sneakers", 24, "USD", "en"), ("Plain leather tote - NOT Louis Vuitton, no monogram", "handbags", 35, "USD", "en"),
    ("Unbranded diver watch (not Rolex, not a replica), honest listing", "watches", 65, "USD", "en"), ("Bluetooth headphones, non-Sony, generic", "headphones", 18, "USD", "en"),
    ("Zapatillas sin marca, no son Adidas", "zapatillas", 22, "EUR", "es"), ("Bolso de piel genérico, no es Michael Kors", "bolsos", 30, "EUR", "es"),
    ("No-Name Sneaker, kein Puma, ohne Logo", "Sneaker", 25, "EUR", "de"), ("Daunenjacke, keine Canada Goose, Eigenmarke", "Jacken", 89, "EUR", "de"),
    ("Ceinture en cuir générique, ce n'est pas Gucci", "ceintures", 15, "EUR", "fr"), ("Sac à main sans marque, pas Coach", "sacs", 28, "EUR", "fr"),
    ("Кроссовки без бренда, не Nike", "кроссовки", 1500, "RUB", "ru"), ("Часы, не Rolex, честное описание", "часы", 2500, "RUB", "ru"),
    ("运动鞋 通用款 非耐克 无logo", "运动鞋", 79, "CNY", "zh"), ("剃须刀 非飞利浦 非松下 国产品牌", "剃须刀", 59, "CNY", "zh"),
    ("ساعة رجالية بدون علامة تجارية، ليست رولكس", "ساعات", 120, "AED", "ar"), ("ノーブランド ヘッドホン（ソニー製ではありません）", "ヘッドホン", 2980, "JPY", "ja"),
    ("Bracelet, not Cartier, not Swarovski - handmade by me", "jewelry", 25, "USD", "en"), ("Hair dryer (this is not a Dyson product)", "hair care", 29, "USD", "en"),
    ("Organic baby formula stage 2 (not Aptamil, not Similac)", "infant formula", 22, "USD", "en"), ("Cordless drill 12V, not affiliated with Bosch", "power tools", 35, "USD", "en"),
]
for t, cat, p, cur, lang in NEG:
    inn("in_negation_ml", t, cat, p, cur, lang)

OTHER_MEANING = [
    ("Puma plush toy, realistic mountain lion 30cm", "stuffed animals", 15), ("Mars rover Perseverance 1:24 die-cast model", "models", 29),
    ("Seashell necklace, natural shell beads, beach jewelry", "jewelry", 9), ("Canada goose hunting decoys, full body, 6 pack", "hunting", 89),
    ("Coach bus 1:87 model, vintage 1960s", "models", 24), ("Whistle for football coach, stainless steel with lanyard", "sports", 6),
    ("Fresh Fuji apples 5 kg box", "fruit", 18), ("Galaxy star projector night light for kids room", "lighting", 19.99),
    ("Omega-3 fish oil 1000mg 180 softgels", "supplements", 14), ("Jordan almonds sugar coated 1 lb, wedding favors", "candy", 9),
    ("Pandora's box mythology picture book for kids", "books", 8.99), ("Canon in D, Pachelbel - sheet music for piano", "sheet music", 4.99),
    ("Ergonomic office chair with lumbar support", "office furniture", 129), ("Window cleaning squeegee kit", "cleaning supplies", 12),
    ("8-port gigabit ethernet switch, unmanaged", "networking", 19), ("Kinder Fahrrad 16 Zoll blau", "Fahrräder", 119, "EUR", "de"),
    ("Love heart pendant necklace, sterling silver", "jewelry", 19), ("Samba dance shoes for women, latin ballroom", "dance shoes", 35),
    ("Dunk tank rental for school fair", "party rentals", 150), ("Constellation star map poster, custom night sky", "posters", 25),
    ("Tic Tac Toe wooden board game, travel size", "board games", 9.99), ("Dove soap beauty bar 4 pack", "skincare", 6),
    ("Mario Lanza - The Great Caruso, vinyl LP", "vinyl records", 15), ("Maya civilization history book, illustrated", "books", 22),
    ("Daytona Beach souvenir t-shirt", "t-shirts", 14), ("Acrobat gymnastics mat, folding", "sports", 45),
    ("Monogram custom initial necklace, gold plated", "jewelry", 24), ("Speedy delivery van toy, pull back", "toys", 7),
    ("Step down transformer 220V to 110V, 500W", "electrical", 39), ("Pedigree certificate frame for show dogs", "pet supplies", 12),
    ("Centrum Warszawa city guide 2025", "books", 11, "EUR"), ("Expedition backpack 70L hiking", "backpacks", 69),
    ("Base camp tent 4 person, waterproof", "outdoor gear", 149), ("Supersonic jet fighter model kit 1:72", "model kits", 19),
    ("Origins of the universe, science book", "books", 16), ("Accord guitar tuner, clip-on chromatic", "music", 9),
    ("Civic engagement handbook for students", "books", 12), ("Ensure your bike is safe: U-lock with cable", "bicycle accessories", 25),
    ("Twix-style caramel cookie bars homemade recipe book", "books", 10), ("Shell-shaped soap dish, ceramic", "bathroom", 8),
]
for row in OTHER_MEANING:
    t, cat, p = row[:3]
    cur = row[3] if len(row) > 3 else "USD"
    inn("in_other_meaning_word", t, cat, p, cur, "de" if "Fahrrad" in t else "en")

PEOPLE_PLACES = [
    ("Hieronymus Bosch, Garden of Earthly Delights, canvas print 60x40", "art prints", 35), ("Jacques Cartier Bridge Montreal postcard set", "postcards", 6),
    ("Bruno Mars 24K Magic vinyl LP", "vinyl records", 24), ("Thirty Seconds to Mars band t-shirt, tour 2024", "t-shirts", 25),
    ("Miguel Bosé - Bandido, vinilo original 1984", "vinilos", 20, "EUR", "es"), ("Michael Jordan biography, The Last Dance, hardcover", "books", 18),
    ("Woodrow Wilson presidential campaign pin 1912 reproduction", "collectibles", 15), ("Abbott Elementary season 2 DVD", "movies", 19),
    ("Abbott and Costello collection, 4 DVD", "movies", 22), ("Cab Calloway, Minnie the Moocher, 78 rpm record", "records", 30),
    ("Toyota city, Aichi: travel map 1990", "maps", 9), ("Lévis Québec, guide de voyage", "livres", 14, "CAD", "fr"),
    ("Évian-les-Bains, carte postale ancienne 1910", "cartes postales", 5, "EUR", "fr"), ("Den Bosch stadsgids ('s-Hertogenbosch)", "boeken", 12, "EUR"),
    ("Gillette Wyoming rodeo poster 1978", "posters", 18), ("Dyson sphere - hard sci-fi novel paperback", "books", 12),
    ("Chilliwack BC travel guide, hiking trails", "books", 15), ("Levi Strauss: the man who gave blue jeans to the world, biography", "books", 17),
    ("Soichiro Honda autobiography, Japanese edition", "books", 20), ("Nike of Samothrace statue, resin, 30cm museum copy", "home decor", 45),
    ("Sonny Rollins, Saxophone Colossus, LP reissue", "vinyl records", 26), ("Wilson Pickett greatest hits CD", "music", 9),
    ("Gucci Mane - The State vs. Radric Davis, CD", "music", 11), ("Puma Punku, Tiwanaku Bolivia: archaeology book", "books", 30),
    ("Bayern München Trikot 2024/25, Fanartikel", "Fanartikel", 49, "EUR", "de"), ("Nuptse and Lhotse: Himalaya climbing photo book", "books", 40),
    ("Marmont Lane boutique hotel gift card", "gift cards", 50), ("Tabby cat plush toy, orange", "stuffed animals", 14),
    ("Bose-Einstein statistics, physics textbook", "books", 55), ("本田圭佑 サイン入り ユニフォーム 額装", "スポーツ記念品", 30000, "JPY", "ja"), ("松下问童子 书法 字画 手写 卷轴", "字画", 199, "CNY", "zh"),
]
for row in PEOPLE_PLACES:
    t, cat, p = row[:3]
    cur = row[3] if len(row) > 3 else "USD"
    lang = row[4] if len(row) > 4 else ("de" if "Trikot" in t else ("nl" if "stadsgids" in t else "en"))
    inn("in_person_place_name", t, cat, p, cur, lang)

NEAR_WORDS = [  # dictionary words one or two edits from a short mark, often in the brand's own category
    ("Hike boots waterproof men, trail trekking", "sneakers", 49), ("BMX bike 20 inch freestyle", "bicycles", 199),
    ("Pima cotton t-shirt, crew neck", "sportswear", 19), ("Phillips screwdriver set, magnetic tips", "hand tools", 12),
    ("Rose gold headphones stand, aluminium", "headphones", 15), ("Base model headphones, wired, bass boost", "headphones", 9.99),
    ("Pony tail hair extension, clip in", "hair care", 16), ("Song book for guitar, 100 classic songs", "books", 14),
    ("Couch cover, stretch, 3 seater", "furniture", 29), ("Logo design mouse pad, custom", "office supplies", 9),
    ("Omaha steaks gift box", "meat", 89), ("Nerd glasses, clear lens, costume", "costumes", 6),
    ("Canoe paddle, aluminium shaft", "watersports", 39), ("Cannon ball replica, cast iron, pirate decor", "home decor", 25),
    ("Avian flu test kit for poultry farms", "farm supplies", 45), ("Pandoro classico Verona 1kg, dolce di Natale", "confectionery", 9.9, "EUR", "it"),
    ("Borscht soup seasoning mix, 3 packs", "groceries", 7), ("Tyson chicken nuggets 2 lb", "frozen food", 8),
    ("Pump sneakers basketball retro, unbranded", "sneakers", 39), ("Lego leg warmers knitted", "clothing", 12),
    ("Coal briquettes for BBQ 10kg", "garden", 15), ("Cake stand, rotating, for decorating", "kitchen", 19),
    ("Spirit level 60cm aluminium", "hand tools", 11), ("Tinder dry fire starter, natural", "outdoor gear", 8),
    ("Mayo squeeze bottle 500ml, reusable", "kitchen", 4), ("Sambal oelek chili paste 375g", "groceries", 5),
    ("Role play costume set, knight", "costumes", 22), ("Bison leather wallet, handmade", "wallets", 45),
    ("Nelson Mandela quote poster", "posters", 12), ("Vanessa flower dress for girls", "dresses", 24),
    ("Millennia of history: ancient Egypt documentary DVD", "movies", 15), ("Ophidia: a field guide to snakes of the world", "books", 38),
    ("Helix piercing earring, titanium", "jewelry", 9), ("Sonya Blade action figure 6 inch", "action figures", 19),
    ("Levin kitchen knife set", "kitchen", 49), ("Apply-on screen protector tool kit", "phone accessories", 5),
    ("Sonar fish finder, portable", "fishing", 59), ("Rodeo folding chair, camping", "camping furniture", 29),
    ("Mike stand, boom arm for microphone", "audio", 22), ("Nile river cruise travel guide", "books", 13),
]
for row in NEAR_WORDS:
    t, cat, p = row[:3]
    cur = row[3] if len(row) > 3 else "USD"
    inn("in_dictionary_near_mark", t, cat, p, cur, row[4] if len(row) > 4 else "en")

FOREIGN = [
    ("Böse Mädchen: Roman, Taschenbuch", "Bücher", 9.99, "EUR", "de"), ("Sono felice - libro per bambini", "libri", 12, "EUR", "it"),
    ("Gants de boxe 12oz, cuir synthétique", "sports", 29, "EUR", "fr"), ("Guía del Cañón del Colca, Perú", "libros", 15, "EUR", "es"),
    ("Calendrier mars 2025, mensuel mural", "papeterie", 8, "EUR", "fr"), ("Dove sei? Canzoni italiane, CD", "musica", 11, "EUR", "it"),
    ("Lego ergo sum - Latin reading primer", "books", 18, "USD", "en"), ("Kinder Regenjacke wasserdicht, 110/116", "Kinderbekleidung", 24.9, "EUR", "de"),
    ("Appeltaart bakvorm 24cm", "bakvormen", 14, "EUR", "nl"), ("Clinique vétérinaire: plaque de porte en laiton", "signalétique", 45, "EUR", "fr"),
    ("Uno de los mejores libros de cocina española", "libros", 21, "EUR", "es"), ("Kanon und Fuge, Notenheft für Klavier", "Noten", 12, "EUR", "de"),
    ("Νίκη - αγαλματίδιο θεάς, ρητίνη 25cm", "διακόσμηση", 35, "EUR", "el"), ("Пума - игрушка, плюшевая горная кошка", "игрушки", 900, "RUB", "ru"),
    ("Ника - женское имя, именная кружка", "кружки", 500, "RUB", "ru"), ("Samba de Janeiro - CD de músicas brasileiras", "música", 10, "EUR", "pt"),
    ("Sonnenbrille polarisiert, Herren", "Sonnenbrillen", 19, "EUR", "de"), ("Boss of the house mug, funny", "mugs", 12, "USD", "en"),
    ("Soñé contigo - novela romántica", "libros", 13, "EUR", "es"), ("Bosco di faggio, legna da ardere 20kg", "giardino", 15, "EUR", "it"),
    ("Marsala wine 750ml, Sicily", "wine", 14, "EUR", "it"), ("Helles Bier Kasten 20x0,5", "Getränke", 16, "EUR", "de"),
    ("Kinderwagen Regenschutz universal", "Babyausstattung", 15, "EUR", "de"), ("Omega - lettre grecque, pendentif en argent", "bijoux", 25, "EUR", "fr"),
]
for t, cat, p, cur, lang in FOREIGN:
    inn("in_foreign_word", t, cat, p, cur, lang)

ZH_TRAPS = [  # Chinese text where an alias appears as a substring of ordinary words
    ("羽绒服 男 加厚 加鹅绒 冬季外套", "羽绒服", 299), ("博士论文 写作指导 书籍", "图书", 45), ("三星堆 青铜面具 复制品 摆件", "家居摆件", 88),
    ("新鲜 苹果 红富士 5斤装", "水果", 29.9), ("房屋 北面 窗户 防风密封条", "家装建材", 15), ("儿童自行车 适合身高达130cm", "自行车", 399),
    ("潘多拉魔盒 神话故事 绘本", "图书", 25), ("哪吒 风火轮 cosplay 道具", "玩具", 59), ("收纳盒 密封 请妥善存放食品", "厨房收纳", 19.9),
    ("邦迪海滩 悉尼 旅游 明信片", "明信片", 9.9), ("小棕瓶 精油空瓶 分装瓶 10个", "分装瓶", 12), ("红腰子豆 500g 芸豆", "杂粮", 8.8),
    ("汗血宝马 铜马 摆件 招财", "家居摆件", 168), ("生日快乐高端定制蛋糕", "蛋糕", 199), ("千秋万代 书法 横幅 手写", "字画", 120),
    ("生姜 加强生发 洗发水 500ml", "洗发水", 39), ("床垫 稍微软一点 适合老人", "床垫", 899), ("加拿大鹅 野生动物 摄影画册", "图书", 68),
    ("米其林餐厅 探店 攻略 图书", "图书", 49), ("芭比Q 烧烤架 户外 便携", "烧烤用具", 89), ("三星级酒店 床上用品 四件套", "床品", 159),
    ("博士帽 毕业典礼 学位服", "服装", 35), ("本田圭佑 足球 海报", "海报", 15), ("松下幸之助 经营哲学 图书", "图书", 42),
]
for t, cat, p in ZH_TRAPS:
    inn("in_cjk_substring_word", t, cat, p, "CNY", "zh", market=R.choice(MARKETS["zh"]))

BENIGN_CUE = [
    ("1:1 scale replica sword, medieval, wall decor", "home decor", 45), ("AAA batteries 24 pack alkaline", "batteries", 9.99),
    ("Apple 1:1 fake fruit decoration, 12 pcs artificial", "home decor", 8.99), ("Pandora's box replica prop, Greek mythology", "costumes", 30),
    ("Mars rover wheel 1:1 scale replica, 3D printed", "models", 60), ("Mirror quality polished stainless steel bracelet blank", "jewelry", 7),
    ("Omega symbol pendant, mirror polish titanium", "jewelry", 15), ("Nike goddess of victory bronze museum replica statue", "home decor", 45),
    ("Replica of Apollo 11 plaque, museum shop", "collectibles", 25), ("OEM replacement wiper blades 24+18 inch", "auto parts", 14),
    ("Roman legionary helmet replica, Mars god of war engraving", "costumes", 60), ("Shell casing replica, WW2, inert display", "collectibles", 12),
    ("Jordan river baptism replica robe", "costumes", 40), ("Galaxy print leggings, high copy of my own design", "sportswear", 18),
    ("仿古 铜钱 复刻 工艺品 三星堆", "工艺品", 29.9, "CNY", "zh"), ("Réplica de la espada Tizona, 1:1", "decoración", 120, "EUR", "es"),
]
for row in BENIGN_CUE:
    t, cat, p = row[:3]
    cur, lang = (row[3], row[4]) if len(row) > 3 else ("USD", "en")
    inn("in_benign_cue_word", t, cat, p, cur, lang)

AUTH = {  # (marketplace, seller id, seller name) from the registry's authorized sellers
    "nike": ("tmall", "nike-official", "Nike官方旗舰店"), "adidas": ("amazon-de", "A3ADIDAS0FFICIAL", "adidas"),
    "puma": ("tmall", "puma-official", "PUMA官方旗舰店"), "levis": ("amazon-us", "A5LEVIS0FFICIAL", "Levi's"),
    "louis-vuitton": ("tmall", "louisvuitton-official", "Louis Vuitton官方旗舰店"), "gucci": ("tmall", "gucci-official", "GUCCI古驰官方旗舰店"),
    "bose": ("ebay", "bose-refurbished", "Bose Certified Refurbished (demo)"), "samsung": ("amazon-de", "A8SAMSUNGDE", "Samsung Deutschland"),
    "apple": ("amazon-us", "A9APPLE0FFICIAL", "Apple"), "sony": ("tmall", "sony-official", "索尼官方旗舰店"),
    "honda": ("ebay", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)"), "toyota": ("ebay", "toyota-parts-direct", "Toyota Parts Direct (demo dealer)"),
    "rolex": ("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)"), "dyson": ("amazon-us", "A27DYSON", "Dyson"),
    "lego": ("amazon-us", "A19LEGO", "LEGO"), "mars": ("tmall", "dove-chocolate-official", "德芙官方旗舰店"),
    "danone": ("tmall", "aptamil-official", "爱他美官方旗舰店"), "loreal": ("tmall", "lancome-official", "兰蔻官方旗舰店"),
    "microsoft": ("amazon-us", "A22MICROSOFT", "Microsoft"), "nintendo": ("amazon-us", "A23NINTENDO", "Nintendo"),
    "philips": ("amazon-de", "A28PHILIPS", "Philips"), "bosch": ("amazon-de", "A29BOSCH", "Bosch"),
    "the-north-face": ("amazon-us", "A30TNF", "The North Face"), "pandora": ("amazon-de", "A33PANDORA", "Pandora"),
    "canada-goose": ("amazon-us", "A1CGOOSE0FFICIAL", "Canada Goose"), "swarovski": ("amazon-us", "A32SWAROVSKI", "Swarovski"),
    "gillette": ("amazon-us", "A17GILLETTE", "Gillette"), "hasbro": ("amazon-us", "A18HASBRO", "Hasbro"),
    "mattel": ("amazon-us", "A20MATTEL", "Mattel"), "wilson": ("amazon-us", "A31WILSON", "Wilson Sporting Goods"),
}
for bid, (mk, sid, sname) in AUTH.items():
    b = B[bid]
    sale = R.random() < 0.4  # clearance price below the floor: still the brand's own store
    price = b["mfloor"] * (R.uniform(0.4, 0.7) if sale else R.uniform(1.0, 1.2))
    if mk == "tmall":
        title = f"【官方正品】{b['alias']} {b['mark']} {b['model']} {NOUN[b['kind']]['zh']}" + (" 限时清仓" if sale else "")
        lang = "zh"
    else:
        title = f"{b['mark']} {b['prod']} {b['model']}" + (" - clearance sale" if sale else " - genuine, with warranty")
        lang = "en"
    add("in_authorized_seller", "innocent", None, title, b["cat"], price, b["mcur"], lang, seller=(sid, sname, "CN" if mk == "tmall" else "US"), market=mk)

GENERIC = [
    ("Wireless earbuds bluetooth 5.3, 40h playtime", "earbuds", 15.99), ("Men's puffer jacket winter warm hooded", "jackets", 39),
    ("Women's leather crossbody bag small", "handbags", 25), ("Automatic mechanical watch men stainless steel", "watches", 59),
    ("Running shoes women lightweight mesh", "sneakers", 29), ("Electric toothbrush sonic 5 modes", "electric toothbrushes", 19),
    ("Cordless drill 20V with 2 batteries", "power tools", 49), ("Badminton racket carbon fiber pair", "badminton rackets", 35),
    ("Stage 1 infant formula 800g, local brand", "infant formula", 89, "CNY", "en"), ("Instant coffee 200g jar, house brand", "coffee", 3.5),
    ("Motor oil 5W-30 synthetic 5L, store brand", "motor oil", 19), ("Crystal pendant necklace for women", "jewelry", 12),
]
for row in GENERIC:
    t, cat, p = row[:3]
    inn("in_generic_unbranded", t, cat, p, row[3] if len(row) > 3 else "USD")

with OUT.open("w", encoding="utf-8") as f:
    for r in RECORDS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
ev = sum(r["kind"] == "evasion" for r in RECORDS)
print(f"{len(RECORDS)} listings: {ev} evasions, {len(RECORDS) - ev} innocent, "
      f"{len({r['expect'] for r in RECORDS if r['expect']})} brands -> {OUT}")
