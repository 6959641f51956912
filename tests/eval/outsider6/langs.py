"""outsider6: per-language words a seller uses (generic product nouns per family, stock phrases)."""

MACROS = "watch bag shoes clothes audio phone camera auto food baby beauty toy software console medicine appliance tools sport jewelry".split()

NOUNS = {
 "en": "watch|handbag|sneakers|jacket|headphones|smartphone|camera|car part|snack box|baby formula|skincare|toy|software license|game console|tablets|appliance|power tool|sports gear|jewelry",
 "zh": "手表|包包|运动鞋|外套|耳机|手机|相机|汽车配件|零食|奶粉|护肤品|玩具|软件激活码|游戏机|药片|家电|电动工具|运动装备|首饰",
 "es": "reloj|bolso|zapatillas|chaqueta|auriculares|móvil|cámara|repuesto|snack|leche infantil|crema|juguete|licencia|consola|pastillas|electrodoméstico|herramienta|equipo deportivo|joya",
 "de": "Uhr|Handtasche|Sneaker|Jacke|Kopfhörer|Handy|Kamera|Autoteil|Süßigkeiten|Babynahrung|Hautpflege|Spielzeug|Lizenz|Konsole|Tabletten|Haushaltsgerät|Werkzeug|Sportartikel|Schmuck",
 "fr": "montre|sac à main|baskets|veste|casque|smartphone|appareil photo|pièce auto|confiserie|lait bébé|soin visage|jouet|licence|console|comprimés|électroménager|outil|équipement sport|bijou",
 "it": "orologio|borsa|scarpe|giacca|cuffie|cellulare|fotocamera|ricambio auto|dolci|latte in polvere|crema viso|giocattolo|licenza|console|compresse|elettrodomestico|utensile|attrezzatura sportiva|gioiello",
 "pt": "relógio|bolsa|tênis|jaqueta|fone de ouvido|celular|câmera|peça automotiva|doce|leite infantil|creme|brinquedo|licença|console|comprimidos|eletrodoméstico|ferramenta|artigo esportivo|joia",
 "ru": "часы|сумка|кроссовки|куртка|наушники|смартфон|фотоаппарат|автозапчасть|сладости|детская смесь|крем|игрушка|лицензия|приставка|таблетки|бытовая техника|инструмент|спорттовары|украшение",
 "uk": "годинник|сумка|кросівки|куртка|навушники|смартфон|фотоапарат|автозапчастина|солодощі|дитяча суміш|крем|іграшка|ліцензія|приставка|таблетки|побутова техніка|інструмент|спорттовари|прикраса",
 "ja": "腕時計|バッグ|スニーカー|ジャケット|ヘッドホン|スマホ|カメラ|自動車部品|お菓子|粉ミルク|スキンケア|おもちゃ|ライセンス|ゲーム機|錠剤|家電|電動工具|スポーツ用品|アクセサリー",
 "ko": "시계|가방|운동화|자켓|헤드폰|스마트폰|카메라|자동차 부품|과자|분유|스킨케어|장난감|라이선스|게임기|알약|가전|전동공구|스포츠용품|주얼리",
 "ar": "ساعة|حقيبة|حذاء رياضي|جاكيت|سماعات|هاتف|كاميرا|قطع غيار|حلويات|حليب أطفال|كريم|لعبة|ترخيص|جهاز ألعاب|أقراص|جهاز منزلي|أداة|معدات رياضية|مجوهرات",
 "tr": "saat|çanta|spor ayakkabı|mont|kulaklık|telefon|kamera|oto yedek parça|atıştırmalık|bebek maması|krem|oyuncak|lisans|oyun konsolu|ilaç|ev aleti|elektrikli alet|spor malzemesi|takı",
 "pl": "zegarek|torebka|buty sportowe|kurtka|słuchawki|smartfon|aparat|część samochodowa|słodycze|mleko modyfikowane|krem|zabawka|licencja|konsola|tabletki|AGD|elektronarzędzie|sprzęt sportowy|biżuteria",
 "nl": "horloge|tas|sneakers|jas|koptelefoon|smartphone|camera|auto-onderdeel|snoep|babyvoeding|huidverzorging|speelgoed|licentie|spelcomputer|tabletten|huishoudapparaat|gereedschap|sportartikel|sieraad",
 "vi": "đồng hồ|túi xách|giày thể thao|áo khoác|tai nghe|điện thoại|máy ảnh|phụ tùng ô tô|bánh kẹo|sữa bột|kem dưỡng|đồ chơi|bản quyền|máy chơi game|thuốc viên|đồ gia dụng|dụng cụ điện|đồ thể thao|trang sức",
 "th": "นาฬิกา|กระเป๋า|รองเท้าผ้าใบ|เสื้อแจ็คเก็ต|หูฟัง|มือถือ|กล้อง|อะไหล่รถ|ขนม|นมผง|ครีม|ของเล่น|ไลเซนส์|เครื่องเล่นเกม|ยาเม็ด|เครื่องใช้ไฟฟ้า|เครื่องมือช่าง|อุปกรณ์กีฬา|เครื่องประดับ",
 "id": "jam tangan|tas|sepatu|jaket|headphone|hp|kamera|sparepart mobil|cemilan|susu formula|skincare|mainan|lisensi|konsol game|obat|alat rumah tangga|perkakas|alat olahraga|perhiasan",
 "hi": "घड़ी|बैग|जूते|जैकेट|हेडफ़ोन|मोबाइल|कैमरा|कार पार्ट|मिठाई|बेबी फ़ॉर्मूला|क्रीम|खिलौना|लाइसेंस|गेम कंसोल|गोलियाँ|घरेलू उपकरण|पावर टूल|खेल सामान|गहने",
 "he": "שעון|תיק|נעלי ספורט|מעיל|אוזניות|סמארטפון|מצלמה|חלקי רכב|ממתקים|תמ\"ל לתינוקות|קרם|צעצוע|רישיון|קונסולה|כדורים|מכשיר חשמלי|כלי עבודה|ציוד ספורט|תכשיט",
 "sv": "klocka|handväska|sneakers|jacka|hörlurar|mobil|kamera|bildel|godis|modersmjölksersättning|hudvård|leksak|licens|spelkonsol|tabletter|hushållsapparat|verktyg|sportutrustning|smycke",
 "cs": "hodinky|kabelka|tenisky|bunda|sluchátka|mobil|fotoaparát|autodíl|sladkosti|kojenecké mléko|krém|hračka|licence|konzole|tablety|spotřebič|nářadí|sportovní vybavení|šperk",
 "el": "ρολόι|τσάντα|αθλητικά παπούτσια|μπουφάν|ακουστικά|κινητό|κάμερα|ανταλλακτικό αυτοκινήτου|γλυκά|βρεφικό γάλα|κρέμα|παιχνίδι|άδεια χρήσης|κονσόλα|χάπια|οικιακή συσκευή|εργαλείο|αθλητικός εξοπλισμός|κόσμημα",
 "ro": "ceas|geantă|pantofi sport|geacă|căști|telefon|cameră foto|piesă auto|dulciuri|lapte praf|cremă|jucărie|licență|consolă|comprimate|electrocasnic|sculă electrică|echipament sportiv|bijuterie",
 "fa": "ساعت|کیف|کفش ورزشی|کاپشن|هدفون|گوشی|دوربین|قطعه خودرو|شیرینی|شیر خشک|کرم|اسباب بازی|لایسنس|کنسول بازی|قرص|لوازم خانگی|ابزار برقی|لوازم ورزشی|جواهرات",
}
NOUN = {l: dict(zip(MACROS, s.split("|"))) for l, s in NOUNS.items()}
for l, d in NOUN.items():
    assert len(d) == len(MACROS), l

# new | quality | shipping | with box | fast | copy word | used | original | contact
PH = {
 "en": "brand new|top quality|free shipping|with box|ships in 24h|replica|used|original|message me on WhatsApp",
 "zh": "全新|高品质|包邮|带盒|24小时发货|高仿|二手|正品|加微信咨询",
 "es": "nuevo|calidad premium|envío gratis|con caja|envío en 24h|réplica|usado|original|escríbeme por WhatsApp",
 "de": "neu|Top Qualität|kostenloser Versand|mit OVP|Versand in 24h|Replik|gebraucht|original|Kontakt per WhatsApp",
 "fr": "neuf|qualité supérieure|livraison gratuite|avec boîte|expédié sous 24h|réplique|d'occasion|original|contactez-moi sur WhatsApp",
 "it": "nuovo|alta qualità|spedizione gratuita|con scatola|spedizione in 24h|replica|usato|originale|scrivimi su WhatsApp",
 "pt": "novo|qualidade premium|frete grátis|com caixa|envio em 24h|réplica|usado|original|chama no WhatsApp",
 "ru": "новый|высокое качество|бесплатная доставка|с коробкой|отправка за 24ч|реплика|б/у|оригинал|пишите в Telegram",
 "uk": "новий|висока якість|безкоштовна доставка|з коробкою|відправка за 24 год|репліка|вживаний|оригінал|пишіть у Telegram",
 "ja": "新品|高品質|送料無料|箱付き|即日発送|レプリカ|中古|正規品|LINEでお問い合わせ",
 "ko": "새상품|최고품질|무료배송|박스포함|당일발송|레플리카|중고|정품|카톡 문의",
 "ar": "جديد|جودة عالية|شحن مجاني|مع العلبة|شحن خلال 24 ساعة|كوبي|مستعمل|أصلي|تواصل واتساب",
 "tr": "sıfır|üst kalite|ücretsiz kargo|kutulu|aynı gün kargo|replika|ikinci el|orijinal|WhatsApp'tan yazın",
 "pl": "nowy|najwyższa jakość|darmowa wysyłka|z pudełkiem|wysyłka 24h|replika|używany|oryginał|pisz na WhatsApp",
 "nl": "nieuw|topkwaliteit|gratis verzending|met doos|binnen 24u verzonden|replica|tweedehands|origineel|stuur een bericht via WhatsApp",
 "vi": "mới 100%|hàng chất lượng cao|freeship|full box|giao hàng nhanh|hàng fake|đã qua sử dụng|chính hãng|liên hệ Zalo",
 "th": "ใหม่|คุณภาพสูง|ส่งฟรี|พร้อมกล่อง|ส่งไว|งานก๊อป|มือสอง|ของแท้|ทักไลน์",
 "id": "baru|kualitas terbaik|gratis ongkir|fullset box|kirim cepat|KW|bekas|original|chat WA",
 "hi": "नया|बढ़िया क्वालिटी|फ्री डिलीवरी|बॉक्स के साथ|तुरंत डिलीवरी|कॉपी|पुराना|ओरिजिनल|व्हाट्सएप करें",
 "he": "חדש|איכות גבוהה|משלוח חינם|עם קופסה|משלוח מהיר|העתק|משומש|מקורי|דברו איתי בוואטסאפ",
 "sv": "ny|toppkvalitet|fri frakt|med kartong|skickas inom 24h|replika|begagnad|original|skriv på WhatsApp",
 "cs": "nový|špičková kvalita|doprava zdarma|s krabicí|odeslání do 24h|replika|použitý|originál|pište na WhatsApp",
 "el": "καινούργιο|άριστη ποιότητα|δωρεάν αποστολή|με κουτί|αποστολή σε 24 ώρες|ρέπλικα|μεταχειρισμένο|αυθεντικό|στείλτε μήνυμα στο Viber",
 "ro": "nou|calitate premium|livrare gratuită|cu cutie|livrare în 24h|replică|folosit|original|scrieți pe WhatsApp",
 "fa": "نو|کیفیت عالی|ارسال رایگان|با جعبه|ارسال سریع|های کپی|کارکرده|اورجینال|پیام در واتساپ",
}
PHK = "new q ship box fast copy used orig contact".split()
P = {l: dict(zip(PHK, s.split("|"))) for l, s in PH.items()}
for l, d in P.items():
    assert len(d) == len(PHK), l

LANGS = list(NOUN)

# where listings in a language are posted, and in which currencies
MARKET = {
 "en": (["ebay", "amazon-us", "etsy", "facebook-marketplace", "craigslist", "wish", "temu", "dhgate", "gumtree"], ["USD", "USD", "GBP", "CAD", "AUD"]),
 "zh": (["taobao", "jd", "pinduoduo", "xianyu", "weidian"], ["CNY", "CNY", "HKD"]),
 "es": (["mercadolibre", "wallapop", "amazon-es", "milanuncios"], ["EUR", "MXN"]),
 "de": (["ebay-de", "amazon-de", "kleinanzeigen"], ["EUR"]),
 "fr": (["leboncoin", "vinted", "cdiscount", "amazon-fr"], ["EUR"]),
 "it": (["subito", "ebay-it", "vinted"], ["EUR"]),
 "pt": (["mercadolivre", "olx-br", "shopee-br"], ["BRL"]),
 "ru": (["avito", "ozon", "wildberries"], ["RUB"]),
 "uk": (["olx-ua", "prom-ua", "rozetka"], ["UAH", "EUR"]),
 "ja": (["mercari", "rakuten", "yahoo-auctions"], ["JPY"]),
 "ko": (["coupang", "bunjang", "danggeun"], ["KRW"]),
 "ar": (["noon", "opensooq", "haraj"], ["AED", "SAR", "USD"]),
 "tr": (["trendyol", "sahibinden", "hepsiburada"], ["TRY"]),
 "pl": (["allegro", "olx-pl", "vinted"], ["PLN"]),
 "nl": (["marktplaats", "bol", "vinted"], ["EUR"]),
 "vi": (["shopee-vn", "lazada-vn", "tiki"], ["VND", "VND", "USD"]),
 "th": (["shopee-th", "lazada-th", "kaidee"], ["THB"]),
 "id": (["tokopedia", "shopee-id", "bukalapak"], ["IDR"]),
 "hi": (["flipkart", "amazon-in", "meesho", "olx-in"], ["INR"]),
 "he": (["yad2", "ksp", "zap"], ["ILS"]),
 "sv": (["blocket", "tradera"], ["SEK"]),
 "cs": (["bazos", "aukro", "vinted"], ["CZK"]),
 "el": (["skroutz", "car-gr", "vendora"], ["EUR"]),
 "ro": (["olx-ro", "emag", "okazii"], ["RON"]),
 "fa": (["divar", "digikala", "sheypoor"], ["USD"]),
}
COUNTRY = {"en": "US", "zh": "CN", "es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "BR", "ru": "RU", "uk": "UA", "ja": "JP", "ko": "KR",
           "ar": "AE", "tr": "TR", "pl": "PL", "nl": "NL", "vi": "VN", "th": "TH", "id": "ID", "hi": "IN", "he": "IL", "sv": "SE",
           "cs": "CZ", "el": "GR", "ro": "RO", "fa": "IR"}
# units per USD (approximate, late 2026 invented but plausible)
RATE = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "CAD": 1.36, "AUD": 1.52, "CNY": 7.2, "HKD": 7.8, "MXN": 17.5, "BRL": 5.0, "RUB": 92, "UAH": 41,
        "JPY": 150, "KRW": 1350, "AED": 3.67, "SAR": 3.75, "TRY": 33, "PLN": 4.0, "VND": 25000, "THB": 35.5, "IDR": 15800, "INR": 83,
        "ILS": 3.7, "SEK": 10.5, "CZK": 23, "RON": 4.6}
