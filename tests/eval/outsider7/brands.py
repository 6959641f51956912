"""What an outsider knows about the 54 demo brands (from deploy/seed/registry.yaml at 869a782 and public knowledge).

Fields: core = the word a counterfeiter disguises; prod = English product phrase; nk = noun key (langs.NOUNS);
usd = typical genuine price of prod in USD; cat = a category the brand sells in (registry wording); model = a
registered model number; zh = Chinese alias; tl = transliterations (ru, ja, ko, ar, he, th, hi, el, fa);
snd = a sound-alike spelling two or more edits away; off = (marketplace, seller_id, name) of an authorized seller.
"""

B = {}


def b(id, core, prod, nk, usd, cat, model=None, zh=None, snd=None, off=None, **tl):
    B[id] = dict(id=id, core=core, prod=prod, nk=nk, usd=usd, cat=cat, model=model, zh=zh, snd=snd, off=off, tl=tl)


b("canada-goose", "Canada Goose", "Expedition Parka down jacket", "jacket", 1450, "parkas", "2051M", "加拿大鹅", "Kanada Guse",
  ("tmall", "canadagoose-official", "Canada Goose Official Store"), ru="Канада Гус", ja="カナダグース", ko="캐나다구스", ar="كندا غوس", he="קנדה גוס", th="แคนาดา กูส", el="Κάναντα Γκους")
b("nike", "Nike", "Air Jordan 1 Retro High OG sneakers", "sneakers", 180, "sneakers", "DZ5485-612", "耐克", "Naiky",
  ("amazon-us", "A2NIKE0FFICIAL", "Nike"), ru="Найк", ja="ナイキ", ko="나이키", ar="نايكي", he="נייקי", th="ไนกี้", hi="नाइकी", el="Νάικι", fa="نایک")
b("adidas", "Adidas", "Samba OG sneakers", "sneakers", 100, "sneakers", "B75806", "阿迪达斯", "Adibas",
  ("amazon-de", "A3ADIDAS0FFICIAL", "adidas"), ru="Адидас", ja="アディダス", ko="아디다스", ar="أديداس", he="אדידס", th="อาดิดาส", hi="एडिडास", el="Αντιντάς", fa="آدیداس")
b("puma", "Puma", "Suede Classic XXI sneakers", "sneakers", 75, "sneakers", "374915-01", "彪马", "Poomah",
  ("amazon-de", "A4PUMA0FFICIAL", "PUMA"), ru="Пума", ja="プーマ", ko="푸마", ar="بوما", th="พูม่า", el="Πούμα")
b("levis", "Levis", "501 Original Fit jeans", "jeans", 70, "jeans", "00501-0115", "李维斯", "Leevise",
  ("amazon-us", "A5LEVIS0FFICIAL", "Levi's"), ru="Левайс", ja="リーバイス", ko="리바이스", ar="ليفايس", th="ลีวายส์", el="Λιβάις")
b("louis-vuitton", "Louis Vuitton", "Neverfull MM monogram tote bag", "bag", 2030, "handbags", "M40995", "路易威登", "Lui Viton",
  ("tmall", "louisvuitton-official", "Louis Vuitton官方旗舰店"), ru="Луи Виттон", ja="ルイヴィトン", ko="루이비통", ar="لويس فيتون", he="לואי ויטון", th="หลุยส์วิตตอง", hi="लुई वितों", el="Λουί Βιτόν", fa="لویی ویتون")
b("gucci", "Gucci", "GG Marmont small shoulder bag", "bag", 2450, "handbags", "443497", "古驰", "Guchy",
  ("tmall", "gucci-official", "GUCCI古驰官方旗舰店"), ru="Гуччи", ja="グッチ", ko="구찌", ar="غوتشي", he="גוצ'י", th="กุชชี่", hi="गुच्ची", el="Γκούτσι", fa="گوچی")
b("burberry", "Burberry", "Giant Check cashmere scarf", "scarf", 490, "scarves", "8015506", "博柏利", "Berbury",
  ("tmall", "burberry-official", "Burberry博柏利官方旗舰店"), ru="Барберри", ja="バーバリー", ko="버버리", ar="بربري", th="เบอร์เบอร์รี่", el="Μπέρμπερι")
b("michael-kors", "Michael Kors", "Jet Set large saffiano tote", "bag", 228, "handbags", "30T3GTVT2L", "迈克高仕", "Maikel Kors",
  ("amazon-us", "A6MKORS0FFICIAL", "Michael Kors"), ru="Майкл Корс", ja="マイケルコース", ko="마이클코어스", ar="مايكل كورس", th="ไมเคิล คอร์ส")
b("coach", "Coach", "Tabby Shoulder Bag 26 leather", "bag", 450, "handbags", "CH857", "蔻驰", "Koatch",
  ("tmall", "coach-official", "COACH蔻驰官方旗舰店"), ru="Коуч", ja="コーチ", ko="코치", th="โค้ช")
b("bose", "Bose", "QuietComfort 45 noise cancelling headphones", "headphones", 279, "headphones", "QC45", "博士", "Bowze",
  ("amazon-us", "A7BOSE0FFICIAL", "Bose"), ru="Боуз", ja="ボーズ", ko="보스", ar="بوز", th="โบส")
b("samsung", "Samsung", "Galaxy S24 Ultra 256GB smartphone", "phone", 1299, "phones", "SM-S928B", "三星", "Samsang",
  ("amazon-us", "A8SAMSUNG0FFICIAL", "Samsung Electronics"), ru="Самсунг", ja="サムスン", ko="삼성", ar="سامسونج", he="סמסונג", th="ซัมซุง", hi="सैमसंग", el="Σάμσουνγκ", fa="سامسونگ")
b("apple", "AirPods", "AirPods Pro (2nd generation) USB-C", "earbuds", 249, "earbuds", "MTJV3", "苹果耳机", "Eirpods",
  ("amazon-us", "A9APPLE0FFICIAL", "Apple"), ru="Аирподс", ja="エアーポッズ", ko="에어팟", ar="ايربودز", he="איירפודס", th="แอร์พอด", hi="एयरपॉड्स", el="Έαρποντς", fa="ایرپاد")
b("sony", "Sony", "WH-1000XM5 wireless noise cancelling headphones", "headphones", 399, "headphones", "WH-1000XM5", "索尼", "Sonie",
  ("amazon-us", "A10SONY0FFICIAL", "Sony"), ru="Сони", ja="ソニー", ko="소니", ar="سوني", th="โซนี่", el="Σόνι")
b("canon", "Canon", "EOS R6 Mark II mirrorless camera body", "camera", 2499, "cameras", "EOS R6 Mark II", "佳能", "Kanon",
  ("amazon-us", "A11CANON0FFICIAL", "Canon USA"), ru="Кэнон", ja="キヤノン", ko="캐논", ar="كانون", th="แคนนอน")
b("honda", "Honda", "genuine oil filter 15400-PLM-A02", "part", 9, "auto parts", "15400-PLM-A02", "本田", "Hondah",
  ("ebay", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)"), ru="Хонда", ja="ホンダ", ko="혼다", ar="هوندا", th="ฮอนด้า")
b("toyota", "Toyota", "genuine oil filter 90915-YZZD1", "part", 8, "auto parts", "90915-YZZD1", "丰田", "Toyotta",
  ("ebay", "toyota-parts-direct", "Toyota Parts Direct (demo dealer)"), ru="Тойота", ja="トヨタ", ko="도요타", ar="تويوتا", th="โตโยต้า")
b("bmw", "BMW", "brake disc 34116860016 front", "part", 110, "auto parts", "34116860016", "宝马", "Beemer",
  ("amazon-de", "A12BMWTEILE", "BMW Original Teile"), ru="БМВ", ja="ビーエムダブリュー", ko="비엠더블유", ar="بي ام دبليو")
b("michelin", "Michelin", "Pilot Sport 4 S 245/40ZR18 tyre", "tire", 230, "tires", "PS4S 245/40ZR18", "米其林", "Mishlan",
  ("tmall", "michelin-official", "米其林官方旗舰店"), ru="Мишлен", ja="ミシュラン", ko="미쉐린", ar="ميشلان", th="มิชลิน")
b("shell", "Shell", "Helix Ultra 5W-40 fully synthetic motor oil 4L", "oil", 45, "motor oil", "550046375", "壳牌", "Shel",
  ("tmall", "shell-official", "壳牌官方旗舰店"), ru="Шелл", ja="シェル", ko="쉘", ar="شل", th="เชลล์")
b("mars", "Snickers", "Snickers 48g x 24 bars", "chocolate", 22, "chocolate", "5000159461122", "士力架", "Snikers",
  ("amazon-us", "A13MARSWRIGLEY", "Mars Wrigley"), ru="Сникерс", ja="スニッカーズ", ko="스니커즈", ar="سنيكرز", th="สนิกเกอร์ส")
b("danone", "Aptamil", "Aptamil Profutura stage 3 800g infant formula", "formula", 45, "infant formula", "APT-PF3-800", "爱他美", "Aptamill",
  ("tmall", "aptamil-official", "爱他美官方旗舰店"), ru="Аптамил", ja="アプタミル", ko="압타밀", ar="أبتاميل", th="แอปทามิล")
b("nestle", "Nespresso", "Nespresso Vertuo capsules 50 pack", "coffee", 45, "coffee", "NES-GOLD-200", "雀巢", "Nespreso",
  ("amazon-us", "A15NESTLEUSA", "Nestlé USA"), ru="Неспрессо", ja="ネスプレッソ", ko="네스프레소", ar="نسبريسو", th="เนสเพรสโซ")
b("coca-cola", "Coca-Cola", "Coca-Cola Classic 330ml x 24 cans", "drink", 14, "soft drinks", "KO-330-24", "可口可乐", "Koka Kola",
  ("tmall", "cocacola-official", "可口可乐官方旗舰店"), ru="Кока-Кола", ja="コカ・コーラ", ko="코카콜라", ar="كوكا كولا", he="קוקה קולה", th="โคคา-โคล่า", hi="कोका-कोला", el="Κόκα-Κόλα")
b("ferrero", "Ferrero Rocher", "Ferrero Rocher 30 pieces gift box", "chocolate", 16, "chocolate", "FR-T30", "费列罗", "Fererro Roche",
  ("tmall", "ferrero-official", "费列罗官方旗舰店"), ru="Ферреро Роше", ja="フェレロ ロシェ", ko="페레로로쉐", ar="فيريرو روشيه", th="เฟอร์เรโร่ รอชเชอร์")
b("loreal", "Lancome", "Lancôme Advanced Génifique serum 50ml", "serum", 130, "skincare", "LAN-GEN-50", "兰蔻", "Lankom",
  ("tmall", "lancome-official", "兰蔻官方旗舰店"), ru="Ланком", ja="ランコム", ko="랑콤", ar="لانكوم", th="ลังโคม")
b("estee-lauder", "Estee Lauder", "Advanced Night Repair serum 50ml", "serum", 105, "skincare", "ANR-50", "雅诗兰黛", "Esty Lowder",
  ("tmall", "esteelauder-official", "雅诗兰黛官方旗舰店"), ru="Эсте Лаудер", ja="エスティローダー", ko="에스티로더", ar="استي لودر", th="เอสเต ลอเดอร์")
b("shiseido", "Shiseido", "Ultimune Power Infusing Concentrate 50ml", "serum", 110, "skincare", "ULT-50", "资生堂", "Shisaido",
  ("tmall", "shiseido-official", "资生堂官方旗舰店"), ru="Шисейдо", ja="資生堂", ko="시세이도", ar="شيسيدو", th="ชิเชโด้")
b("gillette", "Gillette", "Fusion5 ProGlide razor blades 8 pack", "razor", 30, "razor blades", "FUS5-PG-8", "吉列", "Jillet",
  ("amazon-us", "A17GILLETTE", "Gillette"), ru="Жиллетт", ja="ジレット", ko="질레트", ar="جيليت", th="ยิลเลตต์")
b("hasbro", "Transformers", "Transformers Studio Series Optimus Prime figure", "toy", 50, "action figures", "F3418", "变形金刚", "Tranformerz",
  ("amazon-us", "A18HASBRO", "Hasbro"), ru="Трансформеры", ja="トランスフォーマー", ko="트랜스포머", ar="ترانسفورمرز")
b("lego", "LEGO", "Millennium Falcon UCS building set 75192", "toy", 849, "building sets", "75192", "乐高", "Leggo",
  ("amazon-us", "A19LEGO", "LEGO"), ru="Лего", ja="レゴ", ko="레고", ar="ليغو", he="לגו", th="เลโก้", el="Λέγκο")
b("mattel", "Barbie", "Barbie Dreamhouse playset", "toy", 179, "dolls", "HJX74", "芭比", "Barbee",
  ("amazon-us", "A20MATTEL", "Mattel"), ru="Барби", ja="バービー", ko="바비", ar="باربي", th="บาร์บี้")
b("bandai", "Gundam", "Master Grade RX-78-2 Gundam Ver.3.0 1/100 model kit", "toy", 45, "model kits", "MG RX-78-2 Ver.3.0", "万代", "Gandam",
  ("tmall", "bandai-official", "万代官方旗舰店"), ru="Гандам", ja="ガンダム", ko="건담", th="กันดั้ม")
b("adobe", "Photoshop", "Photoshop 12 month subscription", "software", 263, "software licenses", "65297630BA01A12", "奥多比", "Fotoshop",
  ("amazon-us", "A21ADOBE", "Adobe"), ru="Фотошоп", ja="フォトショップ", ko="포토샵", ar="فوتوشوب")
b("microsoft", "Microsoft", "Windows 11 Pro license", "software", 199, "software licenses", "FQC-10528", "微软", "Maicrosoft",
  ("amazon-us", "A22MICROSOFT", "Microsoft"), ru="Майкрософт", ja="マイクロソフト", ko="마이크로소프트", ar="مايكروسوفت", th="ไมโครซอฟท์")
b("nintendo", "Nintendo", "Switch OLED console", "console", 349, "consoles", "HEG-001", "任天堂", "Nintendoh",
  ("amazon-us", "A23NINTENDO", "Nintendo"), ru="Нинтендо", ja="任天堂", ko="닌텐도", ar="نينتندو", th="นินเทนโด")
b("autodesk", "AutoCAD", "AutoCAD 2025 1 year subscription", "software", 2030, "software licenses", "C1RK1-WW1762-L562", "欧特克", "Otocad",
  ("tmall", "autodesk-official", "Autodesk欧特克官方旗舰店"), ru="Автокад", ja="オートキャド", ko="오토캐드", ar="أوتوكاد")
b("pfizer", "Viagra", "Viagra 100mg 30 tablets", "pills", 1600, "prescription drugs", "0069-4200-30", "辉瑞", "Vyagra",
  ("tmall", "pfizer-pharmacy-official", "辉瑞大药房官方旗舰店"), ru="Виагра", ja="バイアグラ", ko="비아그라", ar="فياجرا", he="ויאגרה", th="ไวอากร้า", hi="वियाग्रा", fa="ویاگرا")
b("johnson-johnson", "Tylenol", "Tylenol Extra Strength 100 caplets", "pills", 13, "otc", "TYL-ES-100", "泰诺", "Tailenol",
  ("amazon-us", "A24KENVUE", "Johnson & Johnson Consumer"), ru="Тайленол", ja="タイレノール", ko="타이레놀", ar="تايلينول", th="ไทลินอล")
b("bayer", "Bepanthen", "Bepanthen ointment 100g", "ointment", 14, "otc", "BEP-100", "拜耳", "Bepantin",
  ("amazon-de", "A25BAYERVITAL", "Bayer Vital"), ru="Бепантен", ar="بيبانثين", ko="비판텐")
b("abbott", "Similac", "Similac 360 Total Care stage 3 900g", "formula", 48, "infant formula", "SIM-360-3-900", "雅培", "Simmilak",
  ("amazon-us", "A26ABBOTT", "Abbott Nutrition"), ru="Симилак", ar="سيميلاك", ko="시밀락", th="ซิมิแลค")
b("dyson", "Dyson", "Airwrap multi-styler complete", "dryer", 599, "hair care", "HS05", "戴森", "Daison",
  ("amazon-us", "A27DYSON", "Dyson"), ru="Дайсон", ja="ダイソン", ko="다이슨", ar="دايسون", he="דייסון", th="ไดสัน", hi="डायसन", el="Ντάισον", fa="دایسون")
b("philips", "Philips", "Sonicare DiamondClean electric toothbrush", "toothbrush", 199, "electric toothbrushes", "HX9911", "飞利浦", "Filips",
  ("amazon-de", "A28PHILIPS", "Philips"), ru="Филипс", ja="フィリップス", ko="필립스", ar="فيليبس", th="ฟิลิปส์")
b("bosch", "Bosch", "Professional GSR 12V-15 cordless drill driver", "drill", 119, "power tools", "GSR 12V-15", "博世", "Bosh",
  ("amazon-de", "A29BOSCH", "Bosch"), ru="Бош", ja="ボッシュ", ko="보쉬", ar="بوش", th="บ๊อช")
b("panasonic", "Panasonic", "Arc5 wet/dry electric shaver ES-LV9Q", "razor", 249, "shavers", "ES-LV9Q", "松下", "Panasonik",
  ("tmall", "panasonic-official", "松下官方旗舰店"), ru="Панасоник", ja="パナソニック", ko="파나소닉", ar="باناسونيك", th="พานาโซนิค")
b("the-north-face", "North Face", "1996 Retro Nuptse down jacket", "jacket", 330, "jackets", "NF0A3C8D", "北面", "Nort Fase",
  ("amazon-us", "A30TNF", "The North Face"), ru="Норт Фейс", ja="ノースフェイス", ko="노스페이스", ar="نورث فيس", he="נורת' פייס", th="นอร์ธเฟซ")
b("callaway", "Callaway", "Paradym Ai Smoke driver", "golf", 599, "golf clubs", "PARADYM-AI-SMOKE-DR", "卡拉威", "Kallaway",
  ("tmall", "callaway-official", "Callaway卡拉威官方旗舰店"), ru="Каллавей", ja="キャロウェイ", ko="캘러웨이", th="คัลลาเวย์")
b("yonex", "Yonex", "Astrox 88 D Pro badminton racket", "racket", 230, "badminton rackets", "AX88D", "尤尼克斯", "Yoneks",
  ("tmall", "yonex-official", "YONEX尤尼克斯官方旗舰店"), ru="Йонекс", ja="ヨネックス", ko="요넥스", th="โยเน็กซ์", hi="योनेक्स")
b("wilson", "Wilson", "Pro Staff 97 v14 tennis racket", "racket", 249, "tennis rackets", "WR125711", "威尔胜", "Willsonn",
  ("amazon-us", "A31WILSON", "Wilson Sporting Goods"), ru="Вилсон", ja="ウィルソン", ko="윌슨", th="วิลสัน")
b("rolex", "Rolex", "Submariner Date 41mm 126610LN automatic watch", "watch", 10250, "watches", "126610LN", "劳力士", "Rollecks",
  ("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)"), ru="Ролекс", ja="ロレックス", ko="롤렉스", ar="رولكس", he="רולקס", th="โรเล็กซ์", hi="रोलेक्स", el="Ρόλεξ", fa="رولکس")
b("swarovski", "Swarovski", "Millenia octagon cut necklace", "jewelry", 280, "jewelry", "5636708", "施华洛世奇", "Swarofsky",
  ("amazon-us", "A32SWAROVSKI", "Swarovski"), ru="Сваровски", ja="スワロフスキー", ko="스와로브스키", ar="سواروفسكي", th="สวารอฟสกี้")
b("cartier", "Cartier", "Love bracelet 18k yellow gold", "jewelry", 7100, "jewelry", "B6067417", "卡地亚", "Kartiyer",
  ("tmall", "cartier-official", "Cartier卡地亚官方旗舰店"), ru="Картье", ja="カルティエ", ko="까르띠에", ar="كارتييه", he="קרטייה", th="คาร์เทียร์", el="Καρτιέ", fa="کارتیه")
b("pandora", "Pandora", "Moments snake chain charm bracelet", "jewelry", 65, "jewelry", "590702HV", "潘多拉", "Pandorah",
  ("amazon-de", "A33PANDORA", "Pandora"), ru="Пандора", ja="パンドラ", ko="판도라", ar="باندورا", th="แพนดอร่า")
b("omega", "Omega", "Speedmaster Moonwatch Professional 42mm", "watch", 7000, "watches", "310.30.42.50.01.001", "欧米茄", "Omegah",
  ("tmall", "omega-official", "OMEGA欧米茄官方旗舰店"), ru="Омега", ja="オメガ", ko="오메가", ar="أوميغا", th="โอเมก้า", el="Ωμέγα")

# registered image hashes (pHash) of the 18 brands that have them
IMAGES = {
    "canada-goose": ["cbb78d4be270384c"], "nike": ["b8c68dcbda24c33a", "b3cac5ad1ce0b11d"], "adidas": ["fa95ca6a3198e692"],
    "louis-vuitton": ["b6cfc1308f278f30", "eec49512582fc46f"], "gucci": ["eb94b4618c6b69ca"],
    "bose": ["fb93c04c8c3b9363", "bec2893dc3893cc6"], "samsung": ["f8819ddc674ac067"], "apple": ["a86fc7c0903d3d0f"],
    "honda": ["bf91e4d058ef2416"], "michelin": ["ed2d366ad1d0c896"], "mars": ["be3bc1c49197f860"], "loreal": ["ea5a91338e8d674c"],
    "lego": ["f2da9c3423b8ce23"], "adobe": ["acf0979fc6018d63"], "pfizer": ["a7f0d80fcd397016"],
    "dyson": ["cae49d99b2b38534", "b991d027cee20f59"], "the-north-face": ["f134c6cf999c8919"], "rolex": ["e9ccb3cab422ce2c", "cb2db6c15b1634c9"],
}
