"""Languages, marketplaces, currencies and generic nouns for outsider7's set."""

# lang: (marketplaces, currency, USD per unit, ship_from/seller country)
MARKET = {
    "en": (["ebay", "amazon-us", "etsy", "facebook-mp", "tiktok-shop-us"], "USD", 1.0, "US"),
    "en-GB": (["ebay-uk", "gumtree", "depop"], "GBP", 1.27, "GB"),
    "en-IN": (["flipkart", "meesho", "instagram-shop-in"], "INR", 0.012, "IN"),
    "en-NG": (["jumia-ng", "jiji-ng"], "NGN", 0.00065, "NG"),
    "zh": (["taobao", "xianyu", "pinduoduo", "weidian", "douyin-shop"], "CNY", 0.14, "CN"),
    "zh-TW": (["shopee-tw", "ruten", "carousell-hk"], "TWD", 0.031, "TW"),
    "ja": (["mercari-jp", "rakuten", "yahoo-auctions-jp"], "JPY", 0.0067, "JP"),
    "ko": (["coupang", "bunjang", "danggeun"], "KRW", 0.00075, "KR"),
    "ru": (["avito", "wildberries", "ozon"], "RUB", 0.011, "RU"),
    "uk": (["olx-ua", "prom-ua"], "UAH", 0.024, "UA"),
    "kk": (["kaspi-kz", "olx-kz"], "KZT", 0.0021, "KZ"),
    "ar": (["noon", "opensooq", "haraj"], "AED", 0.27, "AE"),
    "he": (["yad2", "facebook-mp-il"], "ILS", 0.27, "IL"),
    "fa": (["divar", "digikala"], "IRR", 0.0000238, "IR"),
    "tr": (["trendyol", "sahibinden", "hepsiburada"], "TRY", 0.031, "TR"),
    "de": (["ebay-de", "kleinanzeigen", "amazon-de"], "EUR", 1.08, "DE"),
    "fr": (["leboncoin", "vinted-fr", "cdiscount"], "EUR", 1.08, "FR"),
    "es": (["wallapop", "mercadolibre-mx", "milanuncios"], "EUR", 1.08, "ES"),
    "es-MX": (["mercadolibre-mx", "facebook-mp-mx"], "MXN", 0.058, "MX"),
    "pt": (["mercadolivre-br", "olx-br", "enjoei"], "BRL", 0.2, "BR"),
    "it": (["subito", "vinted-it", "ebay-it"], "EUR", 1.08, "IT"),
    "pl": (["allegro", "olx-pl", "vinted-pl"], "PLN", 0.25, "PL"),
    "nl": (["marktplaats", "bol"], "EUR", 1.08, "NL"),
    "sv": (["blocket", "tradera"], "SEK", 0.095, "SE"),
    "da": (["dba", "guloggratis"], "DKK", 0.145, "DK"),
    "el": (["car-gr", "skroutz"], "EUR", 1.08, "GR"),
    "cs": (["bazos", "aukro"], "CZK", 0.043, "CZ"),
    "vi": (["shopee-vn", "lazada-vn", "tiki"], "VND", 0.00004, "VN"),
    "th": (["shopee-th", "lazada-th", "kaidee"], "THB", 0.028, "TH"),
    "id": (["tokopedia", "shopee-id", "bukalapak"], "IDR", 0.000063, "ID"),
    "ms": (["shopee-my", "mudah-my"], "MYR", 0.21, "MY"),
    "tl": (["shopee-ph", "carousell-ph", "lazada-ph"], "PHP", 0.018, "PH"),
    "hi": (["flipkart", "meesho", "olx-in"], "INR", 0.012, "IN"),
}

NOUN_LANGS = ["zh", "ja", "ko", "ru", "es", "pt", "de", "fr", "tr", "ar", "vi", "th", "id", "it", "pl"]
_N = {
    "watch": "手表|腕時計|시계|часы|reloj|relógio|Uhr|montre|saat|ساعة|đồng hồ|นาฬิกา|jam tangan|orologio|zegarek",
    "bag": "包包|バッグ|가방|сумка|bolso|bolsa|Tasche|sac|çanta|حقيبة|túi xách|กระเป๋า|tas|borsa|torebka",
    "scarf": "围巾|マフラー|목도리|шарф|bufanda|cachecol|Schal|écharpe|atkı|وشاح|khăn quàng|ผ้าพันคอ|syal|sciarpa|szalik",
    "sneakers": "运动鞋|スニーカー|운동화|кроссовки|zapatillas|tênis|Sneaker|baskets|spor ayakkabı|حذاء رياضي|giày thể thao|รองเท้าผ้าใบ|sepatu|sneakers|buty sportowe",
    "jacket": "羽绒服|ダウンジャケット|패딩|пуховик|chaqueta de plumas|jaqueta|Daunenjacke|doudoune|mont|جاكيت|áo phao|เสื้อแจ็คเก็ต|jaket|piumino|kurtka puchowa",
    "jeans": "牛仔裤|ジーンズ|청바지|джинсы|vaqueros|calça jeans|Jeans|jean|kot pantolon|جينز|quần jean|กางเกงยีนส์|celana jeans|jeans|dżinsy",
    "headphones": "耳机|ヘッドホン|헤드폰|наушники|auriculares|fone de ouvido|Kopfhörer|casque|kulaklık|سماعات|tai nghe|หูฟัง|headphone|cuffie|słuchawki",
    "earbuds": "无线耳机|ワイヤレスイヤホン|무선 이어폰|беспроводные наушники|auriculares inalámbricos|fone sem fio|In-Ear-Kopfhörer|écouteurs|kablosuz kulaklık|سماعات لاسلكية|tai nghe không dây|หูฟังไร้สาย|earphone TWS|auricolari|słuchawki bezprzewodowe",
    "phone": "手机|スマホ|휴대폰|смартфон|móvil|celular|Handy|smartphone|telefon|جوال|điện thoại|โทรศัพท์|HP|smartphone|smartfon",
    "camera": "相机|カメラ|카메라|фотоаппарат|cámara|câmera|Kamera|appareil photo|fotoğraf makinesi|كاميرا|máy ảnh|กล้อง|kamera|fotocamera|aparat",
    "console": "游戏机|ゲーム機|게임기|приставка|consola|console|Konsole|console|oyun konsolu|جهاز ألعاب|máy chơi game|เครื่องเกม|konsol|console|konsola",
    "software": "软件|ソフト|소프트웨어|программа|programa|programa|Software|logiciel|yazılım|برنامج|phần mềm|ซอฟต์แวร์|software|software|program",
    "part": "配件|部品|부품|запчасть|repuesto|peça|Ersatzteil|pièce auto|yedek parça|قطعة غيار|phụ tùng|อะไหล่|suku cadang|ricambio|część",
    "tire": "轮胎|タイヤ|타이어|шины|neumático|pneu|Reifen|pneu|lastik|إطار|lốp xe|ยางรถยนต์|ban mobil|pneumatico|opona",
    "oil": "机油|エンジンオイル|엔진오일|моторное масло|aceite de motor|óleo de motor|Motoröl|huile moteur|motor yağı|زيت محرك|dầu nhớt|น้ำมันเครื่อง|oli mesin|olio motore|olej silnikowy",
    "chocolate": "巧克力|チョコレート|초콜릿|шоколад|chocolate|chocolate|Schokolade|chocolat|çikolata|شوكولاتة|sô cô la|ช็อกโกแลต|cokelat|cioccolato|czekolada",
    "drink": "饮料|飲料|음료|напиток|refresco|refrigerante|Getränk|boisson|içecek|مشروب|nước ngọt|เครื่องดื่ม|minuman|bibita|napój",
    "formula": "奶粉|粉ミルク|분유|детская смесь|leche de fórmula|fórmula infantil|Babymilch|lait infantile|bebek maması|حليب أطفال|sữa bột|นมผง|susu formula|latte in polvere|mleko modyfikowane",
    "coffee": "咖啡胶囊|コーヒーカプセル|커피 캡슐|кофе капсулы|cápsulas de café|cápsulas de café|Kaffeekapseln|capsules de café|kahve kapsülü|كبسولات قهوة|viên nén cà phê|แคปซูลกาแฟ|kapsul kopi|capsule caffè|kapsułki kawy",
    "pills": "药片|錠剤|알약|таблетки|pastillas|comprimidos|Tabletten|comprimés|hap|حبوب|thuốc|ยาเม็ด|obat|compresse|tabletki",
    "ointment": "药膏|軟膏|연고|мазь|pomada|pomada|Salbe|pommade|krem|مرهم|thuốc mỡ|ยาทา|salep|pomata|maść",
    "serum": "精华液|美容液|세럼|сыворотка|sérum|sérum|Serum|sérum|serum|سيروم|serum|เซรั่ม|serum|siero|serum",
    "razor": "剃须刀|カミソリ|면도기|бритва|cuchillas de afeitar|lâminas de barbear|Rasierklingen|lames de rasoir|tıraş bıçağı|شفرات حلاقة|dao cạo|ใบมีดโกน|pisau cukur|lamette|ostrza do golenia",
    "toy": "玩具|おもちゃ|장난감|игрушка|juguete|brinquedo|Spielzeug|jouet|oyuncak|لعبة|đồ chơi|ของเล่น|mainan|giocattolo|zabawka",
    "racket": "球拍|ラケット|라켓|ракетка|raqueta|raquete|Schläger|raquette|raket|مضرب|vợt|ไม้แร็กเกต|raket|racchetta|rakieta",
    "golf": "高尔夫球杆|ゴルフクラブ|골프채|клюшка для гольфа|palo de golf|taco de golfe|Golfschläger|club de golf|golf sopası|مضرب غولف|gậy golf|ไม้กอล์ฟ|stik golf|mazza da golf|kij golfowy",
    "jewelry": "首饰|アクセサリー|주얼리|украшение|joya|joia|Schmuck|bijou|takı|مجوهرات|trang sức|เครื่องประดับ|perhiasan|gioiello|biżuteria",
    "dryer": "吹风机|ドライヤー|드라이기|фен|secador|secador de cabelo|Föhn|sèche-cheveux|saç kurutma makinesi|مجفف شعر|máy sấy tóc|ไดร์เป่าผม|hair dryer|asciugacapelli|suszarka",
    "toothbrush": "电动牙刷|電動歯ブラシ|전동칫솔|электрическая щётка|cepillo eléctrico|escova elétrica|elektrische Zahnbürste|brosse à dents électrique|elektrikli diş fırçası|فرشاة أسنان كهربائية|bàn chải điện|แปรงสีฟันไฟฟ้า|sikat gigi elektrik|spazzolino elettrico|szczoteczka elektryczna",
    "drill": "电钻|電動ドリル|전동드릴|шуруповёрт|taladro|parafusadeira|Akkuschrauber|perceuse|şarjlı matkap|مثقاب|máy khoan|สว่านไร้สาย|bor listrik|trapano|wkrętarka",
}
NOUNS = {k: dict(zip(NOUN_LANGS, v.split("|"))) for k, v in _N.items()}
EN_NOUN = {"watch": "watch", "bag": "bag", "scarf": "scarf", "sneakers": "sneakers", "jacket": "down jacket", "jeans": "jeans",
           "headphones": "headphones", "earbuds": "wireless earbuds", "phone": "smartphone", "camera": "camera", "console": "console",
           "software": "software", "part": "auto part", "tire": "tyre", "oil": "motor oil", "chocolate": "chocolate", "drink": "soft drink",
           "formula": "baby formula", "coffee": "coffee capsules", "pills": "tablets", "ointment": "ointment", "serum": "serum", "razor": "razor blades",
           "toy": "toy", "racket": "racket", "golf": "golf club", "jewelry": "jewelry", "dryer": "hair dryer", "toothbrush": "electric toothbrush",
           "drill": "cordless drill"}


def noun(key, lang):
    base = lang.split("-")[0]
    if base in NOUN_LANGS:
        return NOUNS[key][base]
    return EN_NOUN[key]
