"""Data for outsider 12's held-out set (stdlib only). Prices: approximate public list prices (USD, rounded), public
knowledge of 2024/25, not checked against the brands' stores. Exchange rates: approximate 2025 units per USD."""

# market code -> (marketplace slug, currency, units per USD, country, site domain)
MARKETS = {
    "en-US": ("ebay", "USD", 1.0, "US", "ebay.com"), "en-GB": ("ebay-uk", "GBP", 0.79, "GB", "ebay.co.uk"),
    "en-CA": ("kijiji", "CAD", 1.37, "CA", "kijiji.ca"), "en-AU": ("gumtree-au", "AUD", 1.52, "AU", "gumtree.com.au"),
    "en-NZ": ("trademe", "NZD", 1.65, "NZ", "trademe.co.nz"), "en-IN": ("flipkart", "INR", 84.0, "IN", "flipkart.com"),
    "hi-IN": ("olx-in", "INR", 84.0, "IN", "olx.in"), "en-PK": ("daraz-pk", "PKR", 280.0, "PK", "daraz.pk"),
    "ur-PK": ("olx-pk", "PKR", 280.0, "PK", "olx.com.pk"), "bn-BD": ("daraz-bd", "BDT", 120.0, "BD", "daraz.com.bd"),
    "si-LK": ("ikman", "LKR", 300.0, "LK", "ikman.lk"), "ta-LK": ("ikman", "LKR", 300.0, "LK", "ikman.lk"),
    "ta-IN": ("olx-in", "INR", 84.0, "IN", "olx.in"), "te-IN": ("olx-in", "INR", 84.0, "IN", "olx.in"),
    "kn-IN": ("olx-in", "INR", 84.0, "IN", "olx.in"), "ml-IN": ("olx-in", "INR", 84.0, "IN", "olx.in"),
    "gu-IN": ("meesho", "INR", 84.0, "IN", "meesho.com"), "pa-IN": ("meesho", "INR", 84.0, "IN", "meesho.com"),
    "ne-NP": ("hamrobazar", "NPR", 134.0, "NP", "hamrobazaar.com"),
    "en-PH": ("shopee-ph", "PHP", 57.0, "PH", "shopee.ph"), "tl-PH": ("carousell-ph", "PHP", 57.0, "PH", "carousell.ph"),
    "en-SG": ("carousell-sg", "SGD", 1.35, "SG", "carousell.sg"), "ms-MY": ("shopee-my", "MYR", 4.5, "MY", "shopee.com.my"),
    "id-ID": ("tokopedia", "IDR", 16000.0, "ID", "tokopedia.com"), "vi-VN": ("shopee-vn", "VND", 25000.0, "VN", "shopee.vn"),
    "th-TH": ("shopee-th", "THB", 35.0, "TH", "shopee.co.th"), "zh-CN": ("taobao", "CNY", 7.2, "CN", "taobao.com"),
    "zh-TW": ("shopee-tw", "TWD", 32.0, "TW", "shopee.tw"), "zh-HK": ("carousell-hk", "HKD", 7.8, "HK", "carousell.com.hk"),
    "ja-JP": ("mercari-jp", "JPY", 150.0, "JP", "jp.mercari.com"), "ko-KR": ("bunjang", "KRW", 1380.0, "KR", "bunjang.co.kr"),
    "ru-RU": ("avito", "RUB", 92.0, "RU", "avito.ru"), "ru-KZ": ("kaspi", "KZT", 480.0, "KZ", "kaspi.kz"),
    "kk-KZ": ("olx-kz", "KZT", 480.0, "KZ", "olx.kz"), "uz-UZ": ("olx-uz", "UZS", 12700.0, "UZ", "olx.uz"),
    "uk-UA": ("olx-ua", "UAH", 41.0, "UA", "olx.ua"), "be-BY": ("kufar", "BYN", 3.3, "BY", "kufar.by"),
    "mn-MN": ("unegui", "MNT", 3400.0, "MN", "unegui.mn"), "ka-GE": ("mymarket-ge", "GEL", 2.7, "GE", "mymarket.ge"),
    "hy-AM": ("list-am", "AMD", 390.0, "AM", "list.am"), "az-AZ": ("tap-az", "AZN", 1.7, "AZ", "tap.az"),
    "tr-TR": ("trendyol", "TRY", 34.0, "TR", "trendyol.com"), "ar-AE": ("dubizzle", "AED", 3.67, "AE", "dubizzle.com"),
    "ar-SA": ("haraj", "SAR", 3.75, "SA", "haraj.com.sa"), "ar-EG": ("dubizzle-eg", "EGP", 49.0, "EG", "dubizzle.com.eg"),
    "ar-MA": ("avito-ma", "MAD", 10.0, "MA", "avito.ma"), "ar-KW": ("4sale", "KWD", 0.31, "KW", "q84sale.com"),
    "ar-JO": ("opensooq", "JOD", 0.71, "JO", "opensooq.com"), "fr-DZ": ("ouedkniss", "DZD", 134.0, "DZ", "ouedkniss.com"),
    "fr-TN": ("tayara", "TND", 3.1, "TN", "tayara.tn"), "he-IL": ("yad2", "ILS", 3.7, "IL", "yad2.co.il"),
    "en-NG": ("jiji-ng", "NGN", 1550.0, "NG", "jiji.ng"), "en-GH": ("jiji-gh", "GHS", 15.0, "GH", "jiji.com.gh"),
    "en-KE": ("jiji-ke", "KES", 129.0, "KE", "jiji.co.ke"), "sw-KE": ("jiji-ke", "KES", 129.0, "KE", "jiji.co.ke"),
    "sw-TZ": ("jiji-tz", "TZS", 2600.0, "TZ", "jiji.co.tz"), "en-UG": ("jiji-ug", "UGX", 3700.0, "UG", "jiji.ug"),
    "en-ZA": ("takealot", "ZAR", 18.5, "ZA", "takealot.com"), "am-ET": ("jiji-et", "ETB", 125.0, "ET", "jiji.com.et"),
    "pt-BR": ("mercadolivre", "BRL", 5.5, "BR", "mercadolivre.com.br"), "es-MX": ("mercadolibre-mx", "MXN", 18.0, "MX", "mercadolibre.com.mx"),
    "es-AR": ("mercadolibre-ar", "ARS", 1000.0, "AR", "mercadolibre.com.ar"), "es-CO": ("mercadolibre-co", "COP", 4100.0, "CO", "mercadolibre.com.co"),
    "es-CL": ("mercadolibre-cl", "CLP", 950.0, "CL", "mercadolibre.cl"), "es-PE": ("mercadolibre-pe", "PEN", 3.75, "PE", "mercadolibre.com.pe"),
    "es-ES": ("wallapop", "EUR", 0.92, "ES", "es.wallapop.com"), "pt-PT": ("olx-pt", "EUR", 0.92, "PT", "olx.pt"),
    "fr-FR": ("vinted-fr", "EUR", 0.92, "FR", "vinted.fr"), "fr-BE": ("2ememain", "EUR", 0.92, "BE", "2ememain.be"),
    "de-DE": ("kleinanzeigen", "EUR", 0.92, "DE", "kleinanzeigen.de"), "de-AT": ("willhaben", "EUR", 0.92, "AT", "willhaben.at"),
    "de-CH": ("ricardo", "CHF", 0.88, "CH", "ricardo.ch"), "nl-NL": ("marktplaats", "EUR", 0.92, "NL", "marktplaats.nl"),
    "it-IT": ("subito", "EUR", 0.92, "IT", "subito.it"), "pl-PL": ("allegro", "PLN", 4.0, "PL", "allegro.pl"),
    "lt-LT": ("vinted-lt", "EUR", 0.92, "LT", "vinted.lt"), "lv-LV": ("ss-lv", "EUR", 0.92, "LV", "ss.lv"),
    "cs-CZ": ("bazos", "CZK", 23.0, "CZ", "bazos.cz"), "hu-HU": ("jofogas", "HUF", 365.0, "HU", "jofogas.hu"),
    "ro-RO": ("olx-ro", "RON", 4.6, "RO", "olx.ro"), "sr-RS": ("kupujemprodajem", "RSD", 108.0, "RS", "kupujemprodajem.com"),
    "hr-HR": ("njuskalo", "EUR", 0.92, "HR", "njuskalo.hr"), "sv-SE": ("blocket", "SEK", 10.7, "SE", "blocket.se"),
    "da-DK": ("dba", "DKK", 6.9, "DK", "dba.dk"), "nb-NO": ("finn", "NOK", 10.9, "NO", "finn.no"),
    "el-GR": ("skroutz", "EUR", 0.92, "GR", "skroutz.gr"), "fa-IR": ("divar", "IRR", 600000.0, "IR", "divar.ir"),
}

# noun of each goods type: en|es|pt|fr|de|ru|zh|ar|tr|id
_N = """
watch: automatic watch|reloj automático|relógio automático|montre automatique|Automatikuhr|часы механические|机械手表|ساعة أوتوماتيك|otomatik saat|jam tangan otomatis
bracelet: bracelet|pulsera|pulseira|bracelet|Armband|браслет|手镯|سوار|bilezik|gelang
necklace: necklace|collar|colar|collier|Halskette|колье|项链|قلادة|kolye|kalung
charm: charm bead|charm|berloque|charm|Charm-Anhänger|шарм|串珠|تعليقة|charm|charm
bag: handbag|bolso|bolsa|sac à main|Handtasche|сумка|手提包|حقيبة يد|el çantası|tas
wallet: wallet|cartera|carteira|portefeuille|Geldbörse|кошелёк|钱包|محفظة|cüzdan|dompet
belt: belt|cinturón|cinto|ceinture|Gürtel|ремень|皮带|حزام|kemer|ikat pinggang
sunglasses: sunglasses|gafas de sol|óculos de sol|lunettes de soleil|Sonnenbrille|солнцезащитные очки|太阳镜|نظارة شمسية|güneş gözlüğü|kacamata
scarf: cashmere scarf|bufanda|cachecol|écharpe|Schal|шарф|围巾|وشاح|atkı|syal
coat: trench coat|gabardina|trench coat|trench|Trenchcoat|тренч|风衣|معطف|trençkot|mantel
parka: down parka|parka de plumas|parka|parka en duvet|Daunenparka|пуховик|羽绒服|جاكيت شتوي|kaz tüyü mont|jaket parka
jacket: puffer jacket|chaqueta|jaqueta|doudoune|Jacke|куртка|夹克|جاكيت|mont|jaket
sneakers: sneakers|zapatillas|tênis|baskets|Sneaker|кроссовки|运动鞋|حذاء رياضي|spor ayakkabı|sepatu sneakers
shirt: football shirt|camiseta de fútbol|camisa de futebol|maillot de foot|Trikot|футболка игровая|球衣|قميص كرة قدم|forma|jersey bola
tee: hoodie|sudadera|moletom|sweat à capuche|Hoodie|худи|卫衣|هودي|kapüşonlu|hoodie
jeans: jeans|vaqueros|calça jeans|jean|Jeans|джинсы|牛仔裤|جينز|kot pantolon|celana jeans
headphones: headphones|auriculares|fone de ouvido|casque|Kopfhörer|наушники|耳机|سماعات|kulaklık|headphone
earbuds: wireless earbuds|audífonos inalámbricos|fone bluetooth|écouteurs sans fil|In-Ear-Kopfhörer|беспроводные наушники|无线耳机|سماعات لاسلكية|kablosuz kulaklık|earphone TWS
speaker: bluetooth speaker|altavoz bluetooth|caixa de som|enceinte bluetooth|Bluetooth-Lautsprecher|колонка|蓝牙音箱|سماعة بلوتوث|bluetooth hoparlör|speaker bluetooth
phone: smartphone|celular|celular|smartphone|Smartphone|смартфон|手机|هاتف|akıllı telefon|HP
tablet: tablet|tableta|tablet|tablette|Tablet|планшет|平板|تابلت|tablet|tablet
laptop: laptop|portátil|notebook|ordinateur portable|Laptop|ноутбук|笔记本电脑|لابتوب|dizüstü bilgisayar|laptop
charger: USB-C charger|cargador|carregador|chargeur|Ladegerät|зарядка|充电器|شاحن|şarj aleti|charger
ssd: SSD|SSD|SSD|SSD|SSD|SSD накопитель|固态硬盘|هارد SSD|SSD|SSD
console: game console|consola|console|console|Spielkonsole|игровая приставка|游戏机|جهاز ألعاب|oyun konsolu|konsol game
controller: controller|mando|controle|manette|Controller|геймпад|手柄|يد تحكم|oyun kolu|stik
camera: mirrorless camera|cámara|câmera|appareil photo|Kamera|фотоаппарат|相机|كاميرا|fotoğraf makinesi|kamera
lens: camera lens|objetivo|lente|objectif|Objektiv|объектив|镜头|عدسة|objektif|lensa
ink: ink cartridge|cartucho de tinta|cartucho|cartouche d'encre|Druckerpatrone|картридж|墨盒|خرطوشة حبر|kartuş|tinta printer
battery: camera battery|batería|bateria|batterie|Akku|аккумулятор|电池|بطارية|batarya|baterai
filter: oil filter|filtro de aceite|filtro de óleo|filtre à huile|Ölfilter|масляный фильтр|机油滤芯|فلتر زيت|yağ filtresi|filter oli
brakes: brake pads|pastillas de freno|pastilhas de freio|plaquettes de frein|Bremsbeläge|тормозные колодки|刹车片|فحمات فرامل|fren balatası|kampas rem
tyre: tyre|neumático|pneu|pneu|Reifen|шина|轮胎|إطار|lastik|ban
oil: motor oil 4L|aceite de motor|óleo de motor|huile moteur|Motoröl|моторное масло|机油|زيت محرك|motor yağı|oli mesin
generator: inverter generator|generador|gerador|groupe électrogène|Stromerzeuger|генератор|发电机|مولد كهرباء|jeneratör|genset
chocolate: chocolate bars|chocolatinas|chocolates|barres chocolatées|Schokoriegel|шоколадные батончики|巧克力|شوكولاتة|çikolata|cokelat
formula: infant formula|leche de fórmula|fórmula infantil|lait infantile|Säuglingsmilch|детская смесь|奶粉|حليب أطفال|bebek maması|susu formula
coffee: instant coffee|café soluble|café solúvel|café soluble|Instantkaffee|растворимый кофе|速溶咖啡|قهوة سريعة|hazır kahve|kopi instan
drink: soft drink cans|refrescos|refrigerante|canettes|Softdrinks|газировка|汽水|مشروب غازي|gazlı içecek|minuman kaleng
spread: hazelnut spread|crema de avellanas|creme de avelã|pâte à tartiner|Nuss-Nougat-Creme|ореховая паста|榛子酱|شوكولاتة قابلة للدهن|fındık kreması|selai cokelat
serum: face serum|sérum facial|sérum|sérum|Serum|сыворотка|精华液|سيروم|serum|serum wajah
cream: face cream|crema facial|creme facial|crème visage|Gesichtscreme|крем для лица|面霜|كريم وجه|yüz kremi|krim wajah
mascara: mascara|máscara de pestañas|máscara de cílios|mascara|Mascara|тушь|睫毛膏|ماسكرا|maskara|maskara
perfume: eau de parfum 100ml|perfume|perfume|parfum|Parfum|парфюм|香水|عطر|parfüm|parfum
sunscreen: sunscreen|protector solar|protetor solar|crème solaire|Sonnencreme|солнцезащитный крем|防晒霜|واقي شمس|güneş kremi|sunscreen
blades: razor blades|cuchillas de afeitar|lâminas de barbear|lames de rasoir|Rasierklingen|кассеты для бритья|剃须刀片|شفرات حلاقة|tıraş bıçağı|pisau cukur
shaver: electric shaver|afeitadora|barbeador|rasoir électrique|Rasierer|электробритва|剃须刀|ماكينة حلاقة|tıraş makinesi|alat cukur
toothbrush: electric toothbrush|cepillo eléctrico|escova elétrica|brosse à dents électrique|elektrische Zahnbürste|электрическая зубная щетка|电动牙刷|فرشاة أسنان كهربائية|şarjlı diş fırçası|sikat gigi elektrik
hairdryer: hair dryer|secador|secador|sèche-cheveux|Föhn|фен|吹风机|مجفف شعر|saç kurutma makinesi|hair dryer
styler: hair styler|moldeador|modelador|boucleur|Haarstyler|стайлер|卷发棒|مصفف شعر|saç şekillendirici|catokan
vacuum: cordless vacuum|aspiradora|aspirador|aspirateur|Akku-Staubsauger|пылесос|吸尘器|مكنسة كهربائية|süpürge|vacuum cleaner
airfryer: air fryer|freidora de aire|fritadeira|friteuse sans huile|Heißluftfritteuse|аэрогриль|空气炸锅|قلاية هوائية|airfryer|air fryer
drill: cordless drill|taladro|furadeira|perceuse|Akkuschrauber|шуруповёрт|电钻|دريل|matkap|bor listrik
golfclub: golf driver|driver de golf|taco de golfe|driver de golf|Golf-Driver|клюшка для гольфа|高尔夫球杆|مضرب جولف|golf sopası|stik golf
golfballs: golf balls|pelotas de golf|bolas de golfe|balles de golf|Golfbälle|мячи для гольфа|高尔夫球|كرات جولف|golf topu|bola golf
racket: badminton racket|raqueta de bádminton|raquete de badminton|raquette de badminton|Badmintonschläger|ракетка для бадминтона|羽毛球拍|مضرب ريشة|badminton raketi|raket badminton
shuttles: shuttlecocks|volantes|petecas|volants|Federbälle|воланы|羽毛球|ريش طائرة|badminton topu|kok
tennis: tennis racket|raqueta de tenis|raquete de tênis|raquette de tennis|Tennisschläger|теннисная ракетка|网球拍|مضرب تنس|tenis raketi|raket tenis
ball: basketball|balón de baloncesto|bola de basquete|ballon de basket|Basketball|баскетбольный мяч|篮球|كرة سلة|basketbol topu|bola basket
figure: action figure|figura de acción|boneco|figurine|Actionfigur|фигурка|手办|مجسم|aksiyon figürü|action figure
bricks: building set|set de construcción|kit de blocos|set de construction|Bauset|конструктор|积木|مكعبات بناء|yapı seti|mainan balok
doll: doll house|casa de muñecas|casa de boneca|maison de poupée|Puppenhaus|кукольный домик|娃娃屋|بيت دمى|oyuncak ev|rumah boneka
diecast: die-cast cars|autitos|carrinhos|petites voitures|Spielzeugautos|машинки|合金车|سيارات معدنية|metal araba|mobil diecast
kit: model kit|maqueta|kit de montar|maquette|Bausatz|сборная модель|拼装模型|مجسم تركيب|maket|model kit
boardgame: board game|juego de mesa|jogo de tabuleiro|jeu de société|Brettspiel|настольная игра|桌游|لعبة لوحية|kutu oyunu|board game
blaster: foam blaster|lanzador|lançador|blaster|Blaster|бластер|软弹枪|مسدس ألعاب|oyuncak tabanca|blaster
software: software licence|licencia de software|licença de software|licence logiciel|Softwarelizenz|лицензия|软件激活码|ترخيص برنامج|yazılım lisansı|lisensi software
pills: tablets 100mg|pastillas 100mg|comprimidos 100mg|comprimés 100mg|Tabletten 100mg|таблетки 100мг|片剂 100mg|أقراص 100 ملغ|tablet 100mg|tablet 100mg
statin: cholesterol tablets|pastillas colesterol|comprimidos colesterol|comprimés cholestérol|Cholesterintabletten|таблетки от холестерина|降脂药|أقراص الكوليسترول|kolesterol hapı|obat kolesterol
sensor: glucose sensor|sensor de glucosa|sensor de glicose|capteur de glucose|Glukosesensor|датчик глюкозы|血糖传感器|حساس سكر|şeker sensörü|sensor gula
ointment: healing ointment|pomada|pomada|pommade|Wundsalbe|мазь|药膏|مرهم|merhem|salep
painkiller: pain relief caplets|analgésico|analgésico|antidouleur|Schmerztabletten|обезболивающее|止痛片|مسكن|ağrı kesici|obat pereda nyeri
mouthwash: mouthwash 1L|enjuague bucal|enxaguante bucal|bain de bouche|Mundspülung|ополаскиватель|漱口水|غسول فم|ağız gargarası|obat kumur
"""
LANGS10 = ["en", "es", "pt", "fr", "de", "ru", "zh", "ar", "tr", "id"]
NOUNS = {}
for _line in _N.strip().splitlines():
    _k, _v = _line.split(":", 1)
    NOUNS[_k.strip()] = dict(zip(LANGS10, [x.strip() for x in _v.split("|")]))


def noun(typ, lang):
    """The goods type in the language of `lang` (a market code), English where the table has no column."""
    l = lang.split("-")[0]
    return NOUNS[typ].get(l, NOUNS[typ]["en"])


# products: brand id, brand as written, line/product name, goods type, list price USD, registry category, model number
P = [
    ("canada-goose", "Canada Goose", "Expedition Parka", "parka", 1595, "parkas", "2051M"),
    ("canada-goose", "Canada Goose", "Langford Parka", "parka", 1450, "parkas", "2079M"),
    ("canada-goose", "Canada Goose", "Crofton Puffer", "jacket", 650, "jackets", None),
    ("nike", "Nike", "Air Force 1 '07", "sneakers", 115, "sneakers", "CW2288-111"),
    ("nike", "Nike", "Dunk Low Retro", "sneakers", 115, "sneakers", "DD1391-100"),
    ("nike", "Nike", "Air Jordan 1 Retro High OG", "sneakers", 180, "sneakers", "DZ5485-612"),
    ("nike", "Nike", "Tech Fleece hoodie", "tee", 130, "sportswear", None),
    ("adidas", "adidas", "Samba OG", "sneakers", 100, "sneakers", "B75806"),
    ("adidas", "adidas", "Ultraboost Light", "sneakers", 190, "sneakers", "HP5582"),
    ("adidas", "adidas", "Stan Smith", "sneakers", 100, "sneakers", "FX5502"),
    ("puma", "Puma", "Palermo", "sneakers", 90, "sneakers", "396463-02"),
    ("puma", "Puma", "Suede Classic XXI", "sneakers", 75, "sneakers", "374915-01"),
    ("levis", "Levi's", "501 Original Fit", "jeans", 80, "jeans", "00501-0115"),
    ("levis", "Levi's", "511 Slim", "jeans", 80, "jeans", "04511-1163"),
    ("louis-vuitton", "Louis Vuitton", "Neverfull MM", "bag", 2030, "handbags", "M40995"),
    ("louis-vuitton", "Louis Vuitton", "Speedy 30", "bag", 1960, "handbags", "M41113"),
    ("louis-vuitton", "Louis Vuitton", "Zippy Wallet", "wallet", 1230, "wallets", "M60017"),
    ("gucci", "Gucci", "GG Marmont small shoulder bag", "bag", 2600, "handbags", "443497"),
    ("gucci", "Gucci", "GG Marmont belt", "belt", 560, "belts", "414516"),
    ("gucci", "Gucci", "GG0061S", "sunglasses", 440, "sunglasses", "GG0061S"),
    ("burberry", "Burberry", "Giant Check cashmere scarf", "scarf", 590, "scarves", "8015506"),
    ("burberry", "Burberry", "Kensington heritage trench", "coat", 2690, "trench coats", "8079383"),
    ("michael-kors", "Michael Kors", "Jet Set large tote", "bag", 398, "handbags", "30T3GTVT2L"),
    ("michael-kors", "Michael Kors", "Parker watch", "watch", 275, "watches", "MK5896"),
    ("coach", "Coach", "Tabby Shoulder Bag 26", "bag", 450, "handbags", "CH857"),
    ("bose", "Bose", "QuietComfort 45", "headphones", 329, "headphones", "QC45"),
    ("bose", "Bose", "QuietComfort Ultra Earbuds", "earbuds", 299, "earbuds", "QCUE"),
    ("bose", "Bose", "SoundLink Flex", "speaker", 149, "speakers", "SoundLink Flex"),
    ("samsung", "Samsung", "Galaxy S24 Ultra", "phone", 1299, "phones", "SM-S928B"),
    ("samsung", "Samsung", "Galaxy Buds2 Pro", "earbuds", 229, "earbuds", "SM-R510"),
    ("samsung", "Samsung", "990 PRO 2TB", "ssd", 180, "memory", "MZ-V8P2T0"),
    ("apple", "Apple", "AirPods Pro 2", "earbuds", 249, "earbuds", "MTJV3"),
    ("apple", "Apple", "iPhone 15 Pro", "phone", 999, "phones", "A3090"),
    ("apple", "Apple", "MacBook Air 13 M3", "laptop", 1099, "laptops", "MRXN3"),
    ("apple", "Apple", "20W USB-C Power Adapter", "charger", 19, "chargers", "MHJA3"),
    ("sony", "Sony", "WH-1000XM5", "headphones", 399, "headphones", "WH-1000XM5"),
    ("sony", "Sony", "WF-1000XM5", "earbuds", 299, "earbuds", "WF-1000XM5"),
    ("sony", "Sony", "PlayStation 5 Slim", "console", 499, "consoles", "CFI-2000"),
    ("canon", "Canon", "EOS R6 Mark II", "camera", 2499, "cameras", "EOS R6 Mark II"),
    ("canon", "Canon", "PG-545 black ink", "ink", 22, "ink", "PG-545"),
    ("canon", "Canon", "LP-E6NH battery", "battery", 79, "cameras", "LP-E6NH"),
    ("honda", "Honda", "oil filter 15400-PLM-A02", "filter", 9, "auto parts", "15400-PLM-A02"),
    ("honda", "Honda", "front brake pads 45022-TBA-A01", "brakes", 65, "auto parts", "45022-TBA-A01"),
    ("honda", "Honda", "EU2200i", "generator", 1299, "generators", "EU2200i"),
    ("toyota", "Toyota", "oil filter 90915-YZZD1", "filter", 8, "auto parts", "90915-YZZD1"),
    ("toyota", "Toyota", "front brake pads 04465-02220", "brakes", 70, "auto parts", "04465-02220"),
    ("bmw", "BMW", "oil filter element 11428575211", "filter", 16, "auto parts", "11428575211"),
    ("bmw", "BMW", "brake disc 34116860016", "brakes", 120, "auto parts", "34116860016"),
    ("michelin", "Michelin", "Pilot Sport 4 S 245/40ZR18", "tyre", 260, "tires", "PS4S 245/40ZR18"),
    ("michelin", "Michelin", "Primacy 4+ 205/55R16", "tyre", 130, "tires", "Primacy 4+ 205/55R16"),
    ("shell", "Shell", "Helix Ultra 5W-40 4L", "oil", 45, "motor oil", "550046375"),
    ("mars", "Mars", "Snickers 48g x 24", "chocolate", 24, "chocolate", "5000159461122"),
    ("mars", "Mars", "M&M's peanut 1kg", "chocolate", 16, "chocolate", "5000159407236"),
    ("danone", "Danone", "Aptamil Profutura 3 800g", "formula", 45, "infant formula", "APT-PF3-800"),
    ("nestle", "Nestlé", "NAN Optipro 2 800g", "formula", 35, "infant formula", "NAN-OPTIPRO-2-800"),
    ("nestle", "Nestlé", "Nescafé Gold 200g", "coffee", 11, "coffee", "NES-GOLD-200"),
    ("coca-cola", "Coca-Cola", "Original 330ml x 24 cans", "drink", 14, "soft drinks", "KO-330-24"),
    ("ferrero", "Ferrero", "Ferrero Rocher 30 pieces", "chocolate", 16, "chocolate", "FR-T30"),
    ("ferrero", "Ferrero", "Nutella 750g", "spread", 7, "spreads", "NUT-750"),
    ("loreal", "L'Oréal", "Lancôme Advanced Génifique 50ml", "serum", 140, "skincare", "LAN-GEN-50"),
    ("loreal", "L'Oréal", "Lancôme La Vie Est Belle 100ml", "perfume", 165, "fragrance", None),
    ("estee-lauder", "Estée Lauder", "Advanced Night Repair 50ml", "serum", 115, "skincare", "ANR-50"),
    ("estee-lauder", "Estée Lauder", "Double Wear foundation", "cream", 52, "makeup", "DW-1W1"),
    ("shiseido", "Shiseido", "Ultimune concentrate 50ml", "serum", 105, "skincare", "ULT-50"),
    ("shiseido", "Shiseido", "Anessa Perfect UV 60ml", "sunscreen", 25, "sunscreen", "ANS-60"),
    ("gillette", "Gillette", "Fusion5 ProGlide blades 8 pack", "blades", 32, "razor blades", "FUS5-PG-8"),
    ("gillette", "Gillette", "Mach3 blades 12 pack", "blades", 28, "razor blades", "MACH3-12"),
    ("hasbro", "Hasbro", "Transformers Studio Series Optimus Prime", "figure", 50, "action figures", "F3418"),
    ("hasbro", "Hasbro", "Monopoly Classic", "boardgame", 25, "board games", "C1009"),
    ("lego", "LEGO", "Millennium Falcon 75192", "bricks", 850, "building sets", "75192"),
    ("lego", "LEGO", "Tree House 21318", "bricks", 200, "building sets", "21318"),
    ("mattel", "Mattel", "Barbie Dreamhouse", "doll", 199, "dolls", "HJX74"),
    ("mattel", "Mattel", "Hot Wheels 20-car gift pack", "diecast", 25, "die-cast cars", None),
    ("bandai", "Bandai", "MG RX-78-2 Ver.3.0 Gundam", "kit", 55, "model kits", "MG RX-78-2 Ver.3.0"),
    ("bandai", "Bandai", "PG Unicorn Gundam", "kit", 250, "model kits", "PG Unicorn"),
    ("adobe", "Adobe", "Creative Cloud All Apps 12 months", "software", 660, "software licenses", "65297615BA01A12"),
    ("microsoft", "Microsoft", "Office Home & Business 2021", "software", 250, "software licenses", "T5D-03485"),
    ("microsoft", "Microsoft", "Xbox Series X", "console", 499, "consoles", "RRT-00009"),
    ("nintendo", "Nintendo", "Switch OLED", "console", 349, "consoles", "HEG-001"),
    ("nintendo", "Nintendo", "Joy-Con pair", "controller", 79, "accessories", "HAC-015"),
    ("autodesk", "Autodesk", "AutoCAD 1 year subscription", "software", 2030, "software licenses", "C1RK1-WW1762-L562"),
    ("pfizer", "Pfizer", "Viagra 100mg 30 tablets", "pills", 1800, "prescription drugs", "0069-4200-30"),
    ("pfizer", "Pfizer", "Lipitor 20mg 90 tablets", "statin", 400, "prescription drugs", "0071-0157-23"),
    ("johnson-johnson", "Johnson & Johnson", "Tylenol Extra Strength 100 caplets", "painkiller", 14, "otc", "TYL-ES-100"),
    ("johnson-johnson", "Johnson & Johnson", "Listerine Cool Mint 1L", "mouthwash", 8, "otc", "LIS-CM-1L"),
    ("bayer", "Bayer", "Bepanthen ointment 100g", "ointment", 16, "otc", "BEP-100"),
    ("bayer", "Bayer", "Aspirin Protect 100mg 98 tablets", "painkiller", 12, "otc", "BAY-ASP-100"),
    ("abbott", "Abbott", "FreeStyle Libre 2 sensor", "sensor", 75, "medical devices", "71988-01"),
    ("abbott", "Abbott", "Similac 360 Total Care 3 900g", "formula", 48, "infant formula", "SIM-360-3-900"),
    ("dyson", "Dyson", "Supersonic HD08", "hairdryer", 429, "hair care", "HD08"),
    ("dyson", "Dyson", "Airwrap HS05", "styler", 599, "hair care", "HS05"),
    ("dyson", "Dyson", "V15 Detect", "vacuum", 749, "vacuum cleaners", "SV22"),
    ("philips", "Philips", "Sonicare DiamondClean", "toothbrush", 230, "electric toothbrushes", "HX9911"),
    ("philips", "Philips", "Shaver 7000", "shaver", 160, "shavers", "S7886"),
    ("philips", "Philips", "Airfryer Essential", "airfryer", 110, "kitchen appliances", "HD9252"),
    ("bosch", "Bosch", "GSR 12V-15 Professional", "drill", 130, "power tools", "GSR 12V-15"),
    ("bosch", "Bosch", "GBH 2-26 Professional", "drill", 220, "power tools", "GBH 2-26"),
    ("panasonic", "Panasonic", "Arc5 ES-LV9Q", "shaver", 300, "shavers", "ES-LV9Q"),
    ("panasonic", "Panasonic", "eneloop AA 4 pack", "battery", 14, "batteries", "BK-3MCCE4BE"),
    ("the-north-face", "The North Face", "1996 Retro Nuptse", "jacket", 330, "jackets", "NF0A3C8D"),
    ("the-north-face", "The North Face", "Base Camp Duffel M", "bag", 160, "backpacks", "NF0A52SB"),
    ("callaway", "Callaway", "Paradym Ai Smoke driver", "golfclub", 600, "golf clubs", "PARADYM-AI-SMOKE-DR"),
    ("callaway", "Callaway", "Chrome Soft golf balls (12)", "golfballs", 55, "golf balls", "CS24-12"),
    ("yonex", "Yonex", "Astrox 88 D Pro", "racket", 250, "badminton rackets", "AX88D"),
    ("yonex", "Yonex", "Nanoflare 800", "racket", 240, "badminton rackets", "NF-800"),
    ("yonex", "Yonex", "Aerosensa 50 (12)", "shuttles", 38, "shuttlecocks", "AS-50"),
    ("wilson", "Wilson", "Pro Staff 97 v14", "tennis", 269, "tennis rackets", "WR125711"),
    ("wilson", "Wilson", "Evolution basketball", "ball", 80, "basketballs", "WTB0516"),
    ("rolex", "Rolex", "Submariner Date 126610LN", "watch", 10800, "watches", "126610LN"),
    ("rolex", "Rolex", "Datejust 41", "watch", 8500, "watches", "126334"),
    ("rolex", "Rolex", "Cosmograph Daytona 116500LN", "watch", 15100, "watches", "116500LN"),
    ("swarovski", "Swarovski", "Millenia necklace", "necklace", 290, "jewelry", "5636708"),
    ("swarovski", "Swarovski", "Constella bracelet", "bracelet", 180, "jewelry", "5645375"),
    ("cartier", "Cartier", "Love bracelet", "bracelet", 7350, "jewelry", "B6067417"),
    ("cartier", "Cartier", "Juste un Clou bracelet", "bracelet", 8000, "jewelry", "B6048317"),
    ("cartier", "Cartier", "Santos de Cartier", "watch", 7650, "watches", "WSSA0018"),
    ("pandora", "Pandora", "Moments snake chain bracelet", "bracelet", 75, "jewelry", "590702HV"),
    ("pandora", "Pandora", "heart charm", "charm", 55, "charms", "799399C01"),
    ("omega", "Omega", "Speedmaster Moonwatch Professional", "watch", 7600, "watches", "310.30.42.50.01.001"),
    ("omega", "Omega", "Seamaster Diver 300M", "watch", 6000, "watches", "210.30.42.20.01.001"),
]
PRODUCTS = [dict(brand=b, mark=m, line=l, type=t, usd=u, cat=c, model=mo) for b, m, l, t, u, c, mo in P]
BRANDS = sorted({p["brand"] for p in PRODUCTS})

AUTHORIZED = {  # from the demo registry: brand -> [(marketplace, seller id, name)]
    "canada-goose": [("tmall", "canadagoose-official", "Canada Goose Official Store"), ("amazon-us", "A1CGOOSE0FFICIAL", "Canada Goose")],
    "nike": [("tmall", "nike-official", "Nike官方旗舰店"), ("amazon-us", "A2NIKE0FFICIAL", "Nike"), ("ebay", "nike-outlet-us", "Nike Outlet")],
    "adidas": [("tmall", "adidas-official", "adidas官方旗舰店"), ("amazon-de", "A3ADIDAS0FFICIAL", "adidas")],
    "samsung": [("amazon-us", "A8SAMSUNG0FFICIAL", "Samsung"), ("amazon-de", "A8SAMSUNGDE", "Samsung")],
    "apple": [("tmall", "apple-official", "Apple Store 官方旗舰店"), ("amazon-us", "A9APPLE0FFICIAL", "Apple")],
    "sony": [("amazon-us", "A10SONY0FFICIAL", "Sony")], "bose": [("ebay", "bose-refurbished", "Bose Refurbished")],
    "canon": [("amazon-us", "A11CANON0FFICIAL", "Canon")], "lego": [("amazon-us", "A19LEGO", "LEGO")],
    "dyson": [("amazon-us", "A27DYSON", "Dyson")], "philips": [("amazon-de", "A28PHILIPS", "Philips")],
    "bosch": [("amazon-de", "A29BOSCH", "Bosch")], "rolex": [("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned")],
    "pandora": [("amazon-de", "A33PANDORA", "Pandora")], "swarovski": [("amazon-us", "A32SWAROVSKI", "Swarovski")],
    "mars": [("amazon-us", "A13MARSWRIGLEY", "Mars Wrigley")], "gillette": [("amazon-us", "A17GILLETTE", "Gillette")],
    "honda": [("ebay", "honda-genuine-parts-us", "Honda Genuine Parts")], "toyota": [("ebay", "toyota-parts-direct", "Toyota Parts Direct")],
    "nintendo": [("amazon-us", "A23NINTENDO", "Nintendo")], "bayer": [("amazon-de", "A25BAYERVITAL", "Bayer Vital")],
    "omega": [("tmall", "omega-official", "OMEGA欧米茄官方旗舰店")], "cartier": [("tmall", "cartier-official", "Cartier卡地亚官方旗舰店")],
    "michelin": [("tmall", "michelin-official", "米其林官方旗舰店")], "shiseido": [("tmall", "shiseido-official", "资生堂官方旗舰店")],
}
AUTH_CURRENCY = {"tmall": ("CNY", 7.2, "CN"), "amazon-us": ("USD", 1.0, "US"), "amazon-de": ("EUR", 0.92, "DE"), "ebay": ("USD", 1.0, "US")}
