"""The context words of other languages: what marketplace titles say, in each language, for "case for
<brand>", "compatible with <brand>", "like a <brand>", "not <brand>", and how they file accessories.

English lives in MatcherConfig's defaults (config.py); this module adds the other languages, one table
per kind of phrase, keyed by ISO 639-1 code, and `config.py` joins them to the defaults. Latin-script
and Cyrillic/Greek/Arabic terms are matched in the latin view (transliterated, so "для" is matched as
"dlya" on both sides); Chinese and Japanese terms in the NFKC view, anywhere.

Word order: most languages put the fitting preposition before the brand ("Funda para iPhone",
"Чехол для Samsung"); Japanese, Korean and Turkish put a postposition after it ("iPhone 15 対応 ケース",
"iPhone用", "iPhone 15 için kılıf"), and German, Dutch and Turkish often name the accessory after the
product ("Galaxy S24 Hülle"). Both orders are covered: FOR/COMPATIBLE_BEFORE/COMPARISON_BEFORE before the
mention, ACCESSORY_NOUNS and POSTPOSITIONS after it (accessory.py, `_noun_after`), LIKENESS_AFTER right
after it ("戴森平替", "Rolex style").

Source: written for BrandSentry from the grammar of each language (the preposition or postposition
that translates "for", "compatible with", "like/similar to/in the style of", "not"), the commonest
accessory nouns of phone, watch, tool and console accessories as marketplaces in those languages list
them (Amazon/eBay/Mercado Libre/Ozon/Rakuten/Taobao category names), and the outsider report of
2026-11-30 for the classes (not its titles). Words that are also goods a brand sells ("Tasche" bag,
"bracelet", "Armband") are left out on purpose: "Tasche für …" may be the bag itself. Operators extend
the lists in MatcherConfig like the English ones.
"""

from __future__ import annotations

from itertools import chain

# "for": a word right before the brand that says the product is made for it ("Funda para iPhone").
FOR: dict[str, list[str]] = {
    "es": ["para"], "pt": ["para", "pra"], "fr": ["pour"], "it": ["per"], "de": ["für", "fuer"], "nl": ["voor"],
    "pl": ["dla"], "cs": ["pro"], "sk": ["pre"], "sv": ["till", "för"], "da": ["til"], "ro": ["pentru"],
    "ru": ["для"], "uk": ["для"], "el": ["για"], "vi": ["cho", "dành cho", "dùng cho"], "id": ["untuk"], "ms": ["untuk"],
    "tl": ["para sa"], "fa": ["برای", "مخصوص"], "th": ["สำหรับ"],
    "is": ["fyrir"], "km": ["សម្រាប់"], "lo": ["ສຳລັບ"],
    "zh": ["适用于", "适用", "适配", "適用於", "適用", "適配", "对应", "對應"],
}

# "for" that names what a case fits only after an accessory noun ("Чехол на iPhone", "Etui do Samsung"): alone
# before a brand it means "on" or "to".
FOR_AFTER_NOUN: dict[str, list[str]] = {"pl": ["do", "na"], "cs": ["na"], "sk": ["na"], "ru": ["на"], "uk": ["на"],
                                        "bg": ["за"], "sw": ["kwa", "ya"], "he": ["עבור"], "id": ["buat"]}

# "compatible with": before the brand, within the accessory window ("Cartouches compatibles Canon").
COMPATIBLE_BEFORE: dict[str, list[str]] = {
    "es": ["compatible con", "compatibles con", "compatible", "compatibles", "apto para", "válido para"],
    "pt": ["compatível com", "compatíveis com", "compatível", "compatíveis"],
    "fr": ["compatible avec", "compatibles avec", "compatible", "compatibles", "adapté à", "adapté pour"],
    "it": ["compatibile con", "compatibili con", "compatibile", "compatibili", "adatto a", "adatto per"],
    "de": ["kompatibel mit", "kompatibel zu", "kompatible", "kompatibler", "kompatibles", "passend für",
           "geeignet für", "passend zu"],
    "nl": ["compatibel met", "geschikt voor", "compatibele", "past op"],
    "pl": ["kompatybilny z", "kompatybilne z", "kompatybilna z", "kompatybilnych z", "pasuje do", "pasujące do",
           "pasujący do", "pasująca do", "pasujace do", "pasujacy do", "pasujaca do", "do modeli"],
    # (senses) the Nordic, Czech, Hungarian, Romanian, Greek and South-East Asian shops' "compatible with / fits"
    "sv": ["kompatibel med", "kompatibla med", "passar till", "passande till", "passar för"],
    "da": ["kompatibel med", "kompatible med", "passer til"], "no": ["kompatibel med", "kompatible med", "passer til"],
    "fi": ["yhteensopiva", "yhteensopivat", "sopii malliin", "sopii"], "cs": ["kompatibilní s", "kompatibilní", "vhodný pro", "vhodné pro"],
    "hu": ["kompatibilis", "illeszkedik"], "ro": ["compatibil cu", "compatibile cu", "potrivit pentru"],
    "el": ["συμβατό με", "συμβατά με", "συμβατό"], "id": ["kompatibel dengan", "cocok untuk", "kompatibel"],
    "vi": ["tương thích với", "tương thích"], "ms": ["serasi dengan"],
    "ru": ["совместим с", "совместимый с", "совместимые с", "совместимый", "совместимые", "подходит для",
           "подходят для", "подходит к"],
    "uk": ["сумісний з", "сумісні з", "підходить для"],
    "tr": ["uyumlu"],
    "ar": ["متوافق مع", "متوافقة مع", "يناسب"],
    "ja": ["対応機種", "互換"],
    "zh": ["兼容", "相容", "适合", "適合"],
    "ko": ["호환"],
}

# Accessory nouns: "<noun> … <for> <brand>" before it and "<brand> <model> <noun>" after it.
ACCESSORY_NOUNS: dict[str, list[str]] = {
    "es": ["filtro", "filtros", "cabezales", "boquilla", "funda", "fundas", "carcasa", "carcasas", "protector", "protector de pantalla", "correa de reloj",
           "cargador", "cable", "soporte", "estuche", "repuesto", "recambio", "adaptador", "almohadillas",
           "cristal templado", "mica", "batería", "cordones", "plantillas", "organizador de bolso"],
    "pt": ["correia de relógio", "filtro", "capa", "capinha", "capas", "película", "carregador", "suporte", "cabo", "estojo", "pulseira de relógio"],
    "fr": ["filtre", "filtres", "brossettes", "embout", "coque", "coques", "housse", "étui", "etui", "protection d'écran", "verre trempé", "film", "chargeur",
           "câble", "support", "adaptateur", "batterie", "recharge", "coussinets",
           "sangle"],
    "it": ["filtro", "filtri", "testine", "custodia", "cover", "cinturino", "caricatore", "caricabatterie", "supporto", "pellicola",
           "vetro temperato", "ricambio", "capsule compatibili"],
    "de": ["filter", "ersatzfilter", "aufsteckbürsten", "aufsatz", "hülle", "huelle", "schutzhülle", "handyhülle", "handyhuelle", "schutzfolie", "panzerglas",
           "displayschutz", "ladegerät", "ladekabel", "kabel", "halterung", "ständer", "akku", "ersatzakku",
           "ersatzteil", "ersatzteile", "ohrpolster", "uhrenarmband", "schnürsenkel", "einlegesohlen", "taschenorganizer",
           "schuhspanner"],
    "nl": ["filter", "opzetborstels", "hoesje", "hoes", "beschermhoes", "screenprotector", "oplader", "bandje", "horlogeband", "houder"],
    "pl": ["filtr", "końcówki", "etui", "pokrowiec", "obudowa", "szkło hartowane", "folia ochronna", "ładowarka", "pasek do zegarka",
           "uchwyt", "sznurówki", "nakładki", "wkładki", "organizer do torebki",
           # (notgoods) shoe trees, a stand: what keeps the goods' shape or holds them
           "prawidła", "prawidła do butów", "prawidla", "stojak"],
    "ru": ["фильтр", "насадка", "насадки", "чехол", "чехлы", "чехла", "накладка", "накладки", "бампер", "защитное стекло", "пленка", "плёнка",
           "ремешок", "зарядное устройство", "зарядка", "кабель", "держатель", "подставка", "аккумулятор",
           "амбушюры", "запчасти", "шнурки", "стельки", "органайзер"],
    "uk": ["чохол", "чохли", "ремінець", "зарядний пристрій"],
    "ar": ["جراب", "غطاء", "كفر", "حافظة", "شاحن", "واقي شاشة", "سوار ساعة"],
    "ja": ["フィルター", "替えブラシ", "ケース", "カバー", "保護フィルム", "フィルム", "ガラスフィルム", "充電器", "ケーブル", "スタンド", "ホルダー",
           "バンド", "イヤーパッド", "互換品", "手帳型", "リモコン"],
    "zh": ["滤网", "滤芯", "刷头", "手机套", "数据线", "充电线", "表带", "替换", "鞋带", "鞋垫", "表盒", "防尘袋", "手機殼", "保護套", "錶帶", "保护壳", "保護殼",
           "遥控器", "遙控器"],
    "ko": ["케이스", "커버", "필름", "충전기", "스트랩", "리모컨", "보호필름", "강화유리", "충전 케이블", "이어팁",
           "거치대", "스탠드", "홀더", "수납"],  # (notgoods) a holder, a stand: "다이슨 에어랩 거치대 스탠드"
    # More markets (outsider8's class in_accessories_more_languages, 2026-12-01): the category names and title words of
    # each market's phone, watch, audio and appliance accessories as its largest marketplaces file them (Shopee and
    # Lazada VN/TH/ID/MY/PH, Tokopedia, Digikala, Flipkart, Alza/Heureka, Trendyol, Skroutz, eMAG, Jumia/Kilimall,
    # Allegro; the words, not any listing), in the same kinds as above: case/cover, screen glass/film, strap/band,
    # charger/cable, stand/holder, filter/refill, brush head, ear tips.
    "vi": ["ốp lưng", "ốp", "bao da", "vỏ bọc", "miếng dán", "miếng dán màn hình", "kính cường lực", "cường lực",
           "củ sạc", "cáp sạc", "dây sạc", "bộ sạc", "sạc dự phòng", "giá đỡ", "lõi lọc", "bộ lọc", "màng lọc",
           "đầu bàn chải", "nút tai", "đệm tai", "phụ kiện"],
    "th": ["เคส", "ฟิล์มกระจก", "ฟิล์ม", "กระจกนิรภัย", "ที่ชาร์จ", "หัวชาร์จ", "สายชาร์จ", "ขาตั้ง", "ไส้กรอง",
           "หัวแปรง", "จุกหูฟัง", "ซองใส่"],
    "hi": ["कवर", "केस", "बैक कवर", "स्क्रीन गार्ड", "टेम्पर्ड ग्लास", "चार्जर", "केबल", "होल्डर", "स्टैंड", "फिल्टर",
           "फ़िल्टर"],
    "bn": ["কভার", "কেস", "চার্জার"],
    "fa": ["قاب گوشی", "قاب محافظ", "کاور", "کاور گوشی", "گارد", "محافظ صفحه", "گلس", "شارژر", "کابل شارژ", "فیلتر",
           "پایه نگهدارنده"],
    "ur": ["کور", "کیس", "چارجر"],
    "he": ["כיסוי", "מגן מסך", "מטען", "כבל", "מעמד"],
    "cs": ["pouzdro", "pouzdra", "obal", "kryt", "ochranné sklo", "tvrzené sklo", "ochranná fólie", "nabíječka", "kabel",
           "držák", "stojan", "filtr", "náhradní hlavice", "náhradní filtr"],
    "sk": ["puzdro", "obal", "kryt", "ochranné sklo", "nabíjačka", "kábel", "držiak", "filter"],
    "ro": ["husă", "husa", "carcasă", "folie", "folie de protecție", "încărcător", "incarcator", "cablu", "suport",
           "filtru", "rezerve"],
    "hu": ["tok", "telefontok", "védőfólia", "üvegfólia", "kijelzővédő", "töltő", "kábel", "tartó", "szűrő"],
    "fi": ["suojakuori", "kuori", "suojakotelo", "suojalasi", "laturi", "kaapeli", "teline", "suodatin"],
    "sv": ["skal", "mobilskal", "fodral", "skärmskydd", "laddare", "laddkabel", "hållare", "filter"],
    "da": ["etui", "skærmbeskyttelse", "oplader", "ladekabel", "holder"], "nb": ["deksel", "skjermbeskytter", "lader"],
    "id": ["casing", "softcase", "soft case", "hardcase", "hard case", "kesing", "pelindung layar", "anti gores",
           "tempered glass", "kabel data", "kepala sikat", "saringan", "dudukan", "pengganti", "ear tips"],
    "ms": ["sarung", "sarung telefon", "sarung handphone", "pelindung skrin", "pengecas", "kabel pengecas", "penapis"],
    "tl": ["case", "cover", "charger", "screen protector"],
    "sw": ["kava", "kasha", "chaja", "kebo", "kinga ya skrini"],
    "el": ["θήκη", "θήκες", "κάλυμμα", "προστατευτικό οθόνης", "τζαμάκι", "φορτιστής", "καλώδιο", "βάση", "φίλτρο"],
    "tr": ["kılıf", "kilif", "kapak", "kordon", "şarj aleti", "kılıfı", "telefon kılıfı", "ekran koruyucu", "temperli cam",
           "şarj cihazı", "şarj kablosu", "kablo", "tutucu",
           "filtre", "yedek başlık"],
    "bg": ["калъф", "кейс", "протектор", "зарядно"],
    # (quiet, session 16) rarer markets' accessory words, as their classifieds and shops list phone, watch, console and
    # audio accessories (Kaspi and OLX.kz, OLX.uz, Unegui.mn, MyMarket.ge, List.am, ikman.lk, Khmer24, Jiji.et,
    # Bland.is, Hamrobazar, Lao shops): case, cover, protective case, screen glass, strap, charger, stand, holder
    "kk": ["қорғаныш қап", "қаптама", "қорғаныш әйнек", "зарядтағыш", "зарядтау құрылғысы"],
    "uz": ["g'ilof", "gʻilof", "gilof", "himoya oynasi", "zaryadlovchi", "zaryadlovchi kabel", "tasma",
           "ushlagich", "qopqoq"],
    "mn": ["хавтас", "цэнэглэгч", "хамгаалалтын шил"],
    "ka": ["ქეისი", "ქეისები", "ჩასადები", "დამცავი მინა", "დამტენი", "სამაჯური", "ღვედი", "სადგამი"],
    "hy": ["պատյան", "պատյաններ", "ժապավեն", "լիցքավորիչ", "պաշտպանիչ ապակի", "կանգնակ"],
    "si": ["කවරය", "ආවරණය", "චාජරය"],
    "km": ["ស្រោមទូរស័ព្ទ", "ខ្សែនាឡិកា", "ឆ្នាំងសាក", "កញ្ចក់ការពារ"],
    "am": ["መያዣ", "ማቆሚያ", "ቻርጀር", "ማሰሪያ"],
    "lo": ["ສາຍໂມງ", "ເຄສ"],
    "is": ["hulstur", "símahulstur", "veggfesting", "hleðslutæki", "skjávörn"],
    "ne": ["कभर", "स्टिकर", "चार्जर", "स्क्रिन गार्ड"],
}

# Nouns that name an accessory only with "for" after them ("Correa de caucho para Rolex", "Escova para
# Philips"): alone after a brand they may be its product (a Gucci "correa" is a belt, a Swarovski
# "pulseira" a bracelet, a Philips "escova" a toothbrush, Canon's "cartouches" its ink, Nestlé's "Kapseln"
# its coffee, a Gucci "ベルト" its belt).
PHRASE_ONLY_NOUNS: dict[str, list[str]] = {
    "es": ["correa", "correas", "cepillo", "pulsera"], "pt": ["correia", "pulseira", "escova"],
    "fr": ["brosse", "bracelet", "cartouche", "cartouches"], "it": ["spazzola", "cinghia", "cialde"],
    "de": ["bürste", "armband", "kapseln", "kaffeekapseln"], "nl": ["borstel"], "ru": ["щетка", "щётка", "браслет", "картридж"],
    "tr": ["kayış"], "ja": ["ベルト"],
    "vi": ["dây đeo", "dây đồng hồ"], "id": ["tali jam", "strap"], "ms": ["tali jam"], "cs": ["řemínek", "pásek"],
    "ro": ["curea"], "hu": ["óraszíj", "szíj"], "el": ["λουράκι"], "th": ["สายนาฬิกา"], "fa": ["بند ساعت"],
    "sv": ["armband"], "fi": ["ranneke"],
}

# Postpositions: right after the brand and its model words, the product is made for it.
POSTPOSITIONS: dict[str, list[str]] = {
    "ja": ["対応", "用", "専用", "向け"],
    "zh": ["专用", "專用"],
    "ko": ["용", "전용"],
    "tr": ["için", "uyumlu"],
    # the other Turkic languages' "for" after its noun, as Turkish için: Kazakh үшін, Kyrgyz үчүн, Uzbek uchun / учун,
    # Azerbaijani üçün, Turkmen üçin, Tatar өчен ("Nintendo Switch OLED үшін қап", a case for the Switch)
    "kk": ["үшін"], "ky": ["үчүн"], "uz": ["uchun", "учун"], "az": ["üçün"], "tk": ["üçin"], "tt": ["өчен"],
    # (quiet) "for" after what it is for: Armenian, Sinhala, Mongolian, Georgian ("iPhone 15-სთვის")
    "hy": ["համար"], "si": ["සඳහා"], "mn": ["зориулсан"], "ka": ["სთვის"],
}
# Hindi and Bengali write "for" after what it is for ("iPhone 15 के लिए", "पुरुषों के लिए": for men): a postposition
# only right after the brand's mention and its model words (accessory.py `_noun_after`), not across other words.
NEAR_POSTPOSITIONS: dict[str, list[str]] = {"hi": ["के लिए", "हेतु"], "bn": ["এর জন্য"], "ne": ["को लागि", "लागि"]}

# Words of a category that say it is filed among accessories or parts ("accesorios", "Zubehör").
ACCESSORY_CATEGORY_WORDS: dict[str, list[str]] = {
    "es": ["accesorios", "accesorio", "repuestos", "recambios"], "pt": ["acessórios", "peças"],
    "fr": ["accessoires", "pièces détachées"], "it": ["accessori", "ricambi"],
    "de": ["zubehör", "werkzeugzubehör", "ersatzteile"], "nl": ["toebehoren", "onderdelen"],
    "pl": ["akcesoria", "części"], "ru": ["аксессуары", "запчасти", "комплектующие"], "uk": ["аксесуари"],
    "tr": ["aksesuar", "yedek parça"], "ar": ["ملحقات", "اكسسوارات", "إكسسوارات", "قطع غيار"],
    "ja": ["アクセサリー", "周辺機器", "パーツ"], "zh": ["周边", "周邊", "零件", "配件"], "ko": ["액세서리", "부품"],
}

# Case and cover nouns no language uses for anything else: before the brand they need no "for"
# ("جراب ايفون", "Чехол Samsung", "Funda iPhone"), like 手机壳 and 保护套 in the English defaults.
CASE_NOUNS_ALONE: list[str] = [
    "funda", "fundas", "carcasa", "coque", "housse", "étui", "custodia", "hülle", "schutzhülle", "handyhülle",
    "hoesje", "pokrowiec", "чехол", "чехлы", "чохол", "kılıf", "θήκη", "جراب", "كفر", "ケース", "カバー", "케이스",
    "手機殼", "保護套", "保护壳",
    # more markets (see ACCESSORY_NOUNS): Vietnamese, Thai, Hindi, Bengali, Persian, Hebrew, Czech, Slovak, Romanian,
    # Indonesian/Malay, Greek, Turkish; Persian قاب ("frame") only with گوشی ("phone") or محافظ ("protective")
    "ốp lưng", "ốp", "bao da", "เคส", "कवर", "बैक कवर", "কভার", "قاب گوشی", "قاب محافظ", "کاور", "کاور گوشی", "כיסוי",
    "pouzdro", "puzdro", "husă", "husa", "casing", "softcase", "hardcase", "kesing", "θήκες", "telefon kılıfı",
    "telefontok", "suojakuori", "mobilskal", "deksel", "sarung telefon", "sarung handphone", "ฟิล์มกระจก", "ฟิล์ม",
    "กระจกนิรภัย", "kính cường lực", "miếng dán màn hình", "स्क्रीन गार्ड",
]

# Category leaves named after cases, covers and straps ("fundas", "Handyhüllen", "чехлы", "スマホケース"): the
# listing is filed among things that fit another product. German compounds end in the noun.
CASE_CATEGORY_NOUNS: list[str] = [
    "case", "cases", "cover", "covers", "screen protector", "screen protectors", "watch strap", "watch straps",
    "watch bands", "funda", "fundas", "carcasas", "correas", "capas", "capinhas", "coque", "coques", "housses",
    "étuis", "custodie", "cover", "cinturini", "hülle", "hüllen", "huellen", "schutzfolien", "uhrenarmbänder",
    "hoesjes", "etui", "pokrowce", "чехлы", "чехол", "ремешки", "чохли", "kılıf", "أغطية", "جرابات", "ケース",
    "カバー", "手机壳", "保护套", "手機殼", "表带", "錶帶", "케이스",
    "ốp lưng", "phụ kiện điện thoại", "เคส", "เคสมือถือ", "कवर", "قاب و کاور", "pouzdra", "obaly", "huse", "casing",
    "softcase", "θήκες", "kılıflar", "telefontokok", "skal", "deksler",
]

# Comparisons right before the brand ("works like a Dyson", "ähnlich wie Sony", "как у Canada Goose",
# "平替戴森"): a likeness, quiet like "-style" unless a counterfeit cue claims a copy (judge.py).
COMPARISON_BEFORE: dict[str, list[str]] = {
    "en": ["like", "just like", "looks like", "works like", "feels like", "tastes like", "smells like",
           "cleans like", "sounds like", "similar to", "comparable to", "inspired by", "in the style of",
           "dupe of", "dupe for", "dupe", "as … as", "as good as", "a la", "à la", "style of", "reminiscent of",
           "similar style to", "style similar to", "same style as", "similar look to", "similar design to",
           "looks similar to"],
    "es": ["como", "como un", "como una", "parecido a", "parecida a", "parecidos a", "parecidas a", "similar a",
           "similares a", "tipo", "estilo", "al estilo de", "inspirado en", "inspirada en", "alternativa a"],
    "pt": ["como", "parecido com", "parecida com", "semelhante a", "estilo", "tipo", "inspirado em",
           "alternativa a"],
    "fr": ["comme", "comme un", "comme une", "similaire à", "semblable à", "façon", "style", "genre", "type",
           "inspiré de", "inspirée de", "à la manière de", "alternative à"],
    "it": ["come", "simile a", "simili a", "tipo", "stile", "in stile", "ispirato a", "ispirata a",
           "alternativa a"],
    "de": ["wie", "ähnlich wie", "ähnlich", "wie ein", "wie eine", "im stil von", "im stil", "inspiriert von",
           "art", "alternative zu", "vergleichbar mit"],
    "nl": ["zoals", "lijkt op", "vergelijkbaar met", "net als", "in de stijl van", "geïnspireerd op", "alternatief voor"],
    "pl": ["jak", "podobny do", "podobne do", "w stylu", "typu", "alternatywa dla", "styl jak"],
    "ru": ["как", "как у", "похож на", "похожий на", "похожие на", "в стиле", "типа", "вроде", "аналог",
           "альтернатива"],
    "uk": ["як", "як у", "схожий на", "в стилі", "аналог"],
    "tr": ["benzeri"],
    "ar": ["مثل", "يشبه", "بديل"],
    "zh": ["平替", "类似", "類似", "媲美", "替代", "代替", "像", "对标", "對標"],
    "ja": ["風の"],
}

# An ingredient right before the brand: a home-made or own-brand product names the branded product it is made with
# ("brownies made with Nutella", "cheesecake topped with Kinder Bueno"); accessory.py reads it like a comparison
# (term "ingredient: …"): lowered, unless a counterfeit cue claims a copy.
INGREDIENT_BEFORE: dict[str, list[str]] = {
    "en": ["made with", "baked with", "filled with", "topped with", "flavoured with", "flavored with", "made from",
           "decorated with", "dipped in", "stuffed with", "with real"],
    "es": ["hecho con", "hecha con", "elaborado con", "relleno de", "rellena de", "cubierto de", "con sabor a"],
    "fr": ["fait avec", "faite avec", "préparé avec", "fourré au", "fourrée au", "garni de", "au goût de"],
    "de": ["gemacht mit", "gebacken mit", "gefüllt mit", "mit echtem", "mit echter"],
    "it": ["fatto con", "fatta con", "ripieno di", "ripiena di", "farcito con", "farcita con", "al gusto di"],
    "pt": ["feito com", "feita com", "recheado com", "recheada com", "coberto com"],
    "nl": ["gemaakt met", "gevuld met"],
}

# A tool or thing the seller used right before the brand: what is sold was made with the brand's software, shot on
# its camera, run in its shoes ("planner designed in Photoshop", "house plans made in AutoCAD", "I run in Nike
# Pegasus", "es kopi pakai Nescafé"); accessory.py reads it like an ingredient (term "tool: …"): lowered, unless a
# counterfeit cue claims a copy. Written for BrandSentry from how makers of digital goods, printables and plans title
# them (Etsy, Gumroad, Creative Market) and the same phrases in the languages of this module.
TOOL_BEFORE: dict[str, list[str]] = {
    "en": ["designed in", "designed with", "designed using", "made in", "made using", "created in", "created with",
           "created using", "drawn in", "drawn with", "edited in", "edited with", "rendered in", "modelled in",
           "modeled in", "drafted in", "exported from", "compatible files for", "i run in", "i ride", "i shoot with",
           "i shot it on", "shot on an", "shot on a", "recorded on", "played on", "tested on", "tested with"],
    "es": ["diseñado en", "diseñado con", "creado en", "creado con", "editado en", "hecho en", "dibujado en"],
    "fr": ["conçu sous", "conçu avec", "conçu sur", "réalisé sous", "réalisé avec", "réalisé sur", "créé avec",
           "créé sous", "créé sur", "dessiné sur"],
    "de": ["erstellt mit", "erstellt in", "gestaltet mit", "gestaltet in", "entworfen in", "gezeichnet in"],
    "it": ["realizzato con", "realizzato in", "creato con", "creato in", "progettato con", "progettato in"],
    "pt": ["feito no", "feito em", "criado no", "criado em", "desenhado no", "editado no"],
    "nl": ["gemaakt in", "ontworpen in"],
    "pl": ["zaprojektowane w", "wykonane w", "stworzone w"],
    "ru": ["сделано в", "создано в", "нарисовано в", "выполнено в"],
    "id": ["pakai", "menggunakan", "dibuat dengan", "dibuat pakai"],
    "tr": ["ile yapıldı", "ile tasarlandı"],
}

# Right after the brand: "Rolex style", "Dyson Airwrap dupe", "戴森平替", "Rolex gibi". No single CJK character:
# 风 would be the start of 风衣 (a trench coat), 套 of 外套.
LIKENESS_AFTER: list[str] = [
    "dupe", "dupes", "alternative", "estilo", "stil", "stijl", "stile", "tarzı", "gibi", "benzeri", "аналог", "yerine",
    "平替", "风格", "風格", "っぽい", "みたいな", "스타일",
    # a rival named after what it rivals ("a Bose QC45 killer", "the Airwrap beater", "Bose の代わりに")
    "killer", "beater", "rival", "challenger", "competitor", "の代わりに", "の代わり", "代わりに", "대체", "대안",
    "替代品",
    # a watch of its own design after a famous model ("Submariner homage"): no logo, no claim
    "homage", "hommage",
    # (services) an alternative named after what it stands in for, as Turkish, Spanish, German, Polish and Russian shops
    # write it ("Michelin Primacy alternatifi": the Primacy's alternative)
    "alternatifi", "alternatif", "alternativa", "alternativ", "alternatywa", "альтернатива",
    # (private56, issue 9) Turkish "muadil" (an equivalent) after what it stands in for: "<model> muadili" is another
    # maker's goods equal to the model (with "logolu", the logo said on them, a copy: LOGO_WORDS)
    "muadili", "muadil", "muadilidir",
    # (quiet21) a look named after the model it imitates, as English, Dutch and German shops write it ("Air Force 1
    # look", "Nuptse-look", "im Speedmaster-Look"): an own-brand design, no mark on it
    "look",
]
# (private56, issue 9) the likeness words that head a whole noun phrase after it, as Turkish compounds do (izafet: "Bose
# QuietComfort Ultra kulaklık muadili", the equivalent of the Bose headphones; Göksel & Kerslake ch. 10): accessory.py
# reads them up to LIKENESS_HEAD_WORDS words after the mention, in the same part of the title
LIKENESS_HEAD_AFTER: list[str] = ["muadili", "muadil", "muadilidir", "benzeri", "alternatifi"]
LIKENESS_HEAD_WORDS = 6

# Negation, in other languages (negation.py): right before the brand, through linking words.
NEGATORS: dict[str, list[str]] = {
    "es": ["no", "ni", "sin"], "pt": ["não", "nem", "sem"], "fr": ["pas", "ni", "sans", "non"],
    "it": ["non", "né", "senza"], "de": ["kein", "keine", "keinen", "keiner", "nicht", "ohne"],
    "nl": ["niet", "geen", "zonder"], "pl": ["nie", "bez", "ani"], "cs": ["ne", "není", "bez", "ani"], "sv": ["inte", "ej", "utan"],
    "da": ["ikke", "uden"], "ro": ["nu", "fără"], "id": ["bukan"], "ru": ["не", "ни", "без", "это не"],
    "uk": ["не", "ні", "без"], "el": ["όχι", "χωρίς"], "ar": ["ليس", "ليست", "غير", "بدون"],
    "vi": ["không phải", "ko phải", "không"], "he": ["לא", "אינו", "אינה"], "fa": ["نه"], "tl": ["hindi"],
}
# Linking words between a negation and the brand: "no es Adidas", "не от Nike", "ce n'est pas une Rolex".
# "genuine", "echt", "vrai", "оригинальный" are no linking words: "pas un vrai Rolex" and "kein echter Rolex"
# deny that it is genuine, which is an admission, not a denial of the brand.
NEGATION_LINKS: list[str] = [
    "es", "son", "era", "de", "del", "de la marca", "marca", "é", "são", "da", "est", "c'est", "un", "une", "du",
    "la", "le", "marque", "è", "sono", "un", "una", "di", "della", "marchio", "ist", "sind", "ein", "eine", "von",
    "vom", "marke", "is", "een", "van", "merk", "jest", "to", "od", "marki", "от", "бренда", "бренд", "марки",
    "это", "является", "являются", "є", "від", "من", "είναι", "hàng", "là", "barang", "produk", "một",
    # "sin relación con Apple", "no afiliado a Samsung", "não associado à Nike", "non affilié à Sony"
    "relación con", "relación alguna con", "relacion con", "afiliado a", "afiliada a", "afiliados a", "asociado con",
    "asociado a", "asociada a", "vinculado a", "vinculado con", "relacionado con", "relacionada con", "fabricado por",
    "hecho por", "producto de", "un producto de", "producto", "un producto", "productos", "un produit", "produit",
    "ein produkt", "produkt", "un prodotto", "prodotto", "um produto", "produto", "original de", "associado à", "associado a", "afiliado à",
    "relação com", "fabricado pela", "affilié à", "associé à", "lié à", "fabriqué par", "verbunden mit",
    "hergestellt von", "affiliato a", "associato a", "prodotto da", "связан с", "связано с", "произведено",
]
# Legal boilerplate about the seller's relation to the marks it names (config.DEFAULT_BOILERPLATE_PHRASES has English):
# "no afiliado con", "nicht verbunden mit", "les marques appartiennent à leurs propriétaires respectifs", "仅供参考".
# Source: the wording of marketplace and shop-builder disclaimer templates in each language (DHgate, AliExpress,
# Shopify and Etsy shops' "trademark notice"), general knowledge; none of it names goods.
BOILERPLATE: dict[str, list[str]] = {
    "es": ["no afiliado", "no estamos afiliados", "sin afiliación", "no asociado", "no patrocinado",
           "pertenecen a sus respectivos dueños", "pertenecen a sus respectivos propietarios", "solo con fines de identificación", "fines descriptivos",
           "marcas registradas pertenecen"],
    "pt": ["não afiliado", "não somos afiliados", "sem afiliação", "não associado", "não patrocinado",
           "pertencem aos seus respectivos donos", "pertencem aos respectivos proprietários", "fins de identificação", "fins descritivos"],
    "fr": ["non affilié", "pas affilié", "aucune affiliation", "non associé", "non sponsorisé",
           "appartiennent à leurs propriétaires respectifs", "propriété de leurs détenteurs respectifs",
           "à des fins d'identification", "fins descriptives"],
    "it": ["non affiliato", "non siamo affiliati", "nessuna affiliazione", "non associato", "non sponsorizzato",
           "appartengono ai rispettivi proprietari", "a scopo identificativo", "scopo descrittivo"],
    "de": ["nicht verbunden mit", "nicht verbunden", "keine verbindung zu", "nicht angeschlossen", "nicht gesponsert",
           "gehören ihren jeweiligen inhabern", "gehören den jeweiligen inhabern", "eigentum der jeweiligen inhaber",
           "nur zur identifikation", "dienen nur der beschreibung",
           "dienen nur zur beschreibung"],
    "nl": ["niet gelieerd", "niet verbonden", "eigendom van hun respectieve eigenaren", "alleen ter identificatie"],
    "pl": ["nie jesteśmy powiązani", "nie jest powiązany", "niepowiązany", "należą do ich właścicieli",
           "należą do ich prawnych właścicieli", "tylko w celach identyfikacji"],
    "ru": ["не связан с", "не связаны с", "не аффилирован", "не аффилированы", "принадлежат их правообладателям",
           "принадлежат их владельцам", "только для идентификации", "используются только для описания"],
    "tr": ["bağlantılı değiliz", "ile bağlantımız yoktur", "ilişkili değildir", "sahiplerine aittir"],
    "id": ["tidak berafiliasi", "tidak terafiliasi", "milik pemiliknya masing-masing"],
    "vi": ["không liên kết với", "thuộc về chủ sở hữu"],
    "zh": ["无任何关联", "無任何關聯", "并无关联", "並無關聯", "与品牌无关", "與品牌無關",
           "商标归其各自所有者所有", "商標歸其各自所有者所有", "商标归原厂所有", "商标所有权归", "商标仅用于描述"],
    "ja": ["一切関係ありません", "関係ございません", "とは関係ありません", "各社の商標", "各社に帰属",
           "説明のために使用"],
    "ko": ["관련이 없습니다", "제휴 관계가 없습니다", "각 소유자에게 있습니다"],
    "ar": ["غير تابع", "لا ننتمي", "ملك لأصحابها"],
}

# After the brand: "Nike değil" (Turkish), "ナイキではない" (Japanese), "Nike 아님" (Korean).
NEGATION_AFTER: list[str] = ["değil", "degil", "değildir", "degildir", "yok", "yoktur", "ではない", "ではありません", "じゃない", "じゃありません", "아님", "아닙니다", "아닌",
                              "아니에요", "नहीं", "নয়", "نیست", "نہیں",
                              # (words56, issue 9) the languages that put "not" after what they deny ("Copy nahi hai",
                              # "көшірме емес", "saxta deyil", "soxta emas"): Hinglish nahi/nahin/nhi (Hindi नहीं in Latin
                              # letters), Kazakh емес, Kyrgyz эмес, Uzbek emas, Azerbaijani deyil, Mongolian биш, Marathi
                              # नाही, Nepali होइन, Tamil இல்லை, Telugu కాదు, Armenian չէ, Georgian არ არის, Amharic አይደለም
                              # (the author's knowledge of these languages' grammar)
                              "nahi", "nahin", "nhi", "nahi hai", "bilkul nahi", "емес", "эмес", "emas", "deyil", "биш",
                              "नाही", "होइन", "இல்லை", "కాదు", "չէ", "არ არის", "አይደለም"]


# (private56, issue 9) Suffix negation of the agglutinative languages: the negator closes the clause, after the mark AND
# the noun it possesses ("Nike logosu yoktur": Nike's logo is not there; "Nike ürünü değildir": it is no Nike product;
# "Nike markası taşımaz"). Turkish marks the possessed noun with the 3rd-person possessive suffix -(s)I/-(s)U, which the
# latin view writes -i/-u/-si/-su (Göksel & Kerslake, "Turkish: A Comprehensive Grammar", ch. 14 and 20: "değil", "yok",
# negative aorist -mAz); negation.py reads one or two such nouns between the mark and these words. Not a noun of
# originality ("Nike orijinali değil" denies that it is Nike's original: an admission): POSSESSED_NOT_ORIGINAL.
NEGATION_AFTER_POSSESSED: dict[str, list[str]] = {
    "tr": ["değil", "değildir", "yok", "yoktur", "bulunmaz", "bulunmamaktadır", "içermez", "taşımaz",
           "taşımamaktadır", "yer almaz", "yer almamaktadır"],
}
POSSESSED_NOT_ORIGINAL: list[str] = ["orijinal", "orjinal", "original", "gerçek", "hakiki", "asıl", "aslı", "ori"]


# The accented letters each language writes (CLDR exemplar characters, main set, of the languages of
# language.py): "Bosé" in a Spanish title and "Évian" in a French one are names as written, not disguises.
ORTHOGRAPHY: dict[str, str] = {
    "es": "áéíóúüñ", "fr": "àâæçéèêëîïôœùûüÿ", "pt": "áàâãçéêíóôõú", "it": "àèéìíîòóù", "de": "äöüß",
    "nl": "áéíóúàèëïöü", "ca": "àçéèíïóòúü", "sv": "åäöé", "da": "æøåé", "nb": "æøåéóòô", "fi": "äöåšž",
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšž", "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ", "tr": "çğıöşüâî", "is": "áéíóúýþæöð", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž",
    "id": "", "ms": "", "en": "",
}


# Aftermarket and cross-reference phrases before the brand or its part number: a third party's part or consumable
# says which OEM product it replaces ("Water filter replaces Samsung DA29-00020B", "cross reference Toyota
# 90915-YZZF2", "equivalent to Brita Maxtra"). Written for BrandSentry from how parts catalogues list
# interchangeable parts (a "cross reference"/"interchange" table, "replaces OEM part number"), in the languages
# above. Lowered like "replacement … for" (accessory.py); a copy claim with a price far below the floor is
# still a copy (scoring.py).
REPLACES: dict[str, list[str]] = {
    # with the OE (original equipment) reference a parts catalogue quotes: "OE ref 45022-TBA-A01", "OE-Nr.", "réf. OE"
    "en": ["oe ref", "oe ref.", "oe reference", "oe number", "oe no", "oe nr", "oe-nr", "oe-nummer", "oe part number",
           "ref oe", "réf oe", "référence oe", "ref. oe", "oe-ref", "oe-referenz",
           "replaces", "replace", "replacing", "replacement for", "replacement of", "replacement to",
           "cross reference", "cross ref", "cross-reference", "crossref", "interchange", "interchange for",
           "interchangeable with", "equivalent to", "equivalent of", "equivalent for", "oem part number", "oem part no",
           "oem number", "oem no", "oem ref", "oem reference", "part number", "part no", "substitute for",
           "in place of", "upgrade for", "spare parts for", "spare part for", "repair kit for", "repair parts for",
           "aftermarket", "non-genuine", "non genuine", "non-original", "generic"],
    # (services) the cross-reference as parts shops abbreviate and pluralise it before the maker's number
    # ("equivalentes Honda 45022-…", "rif. BMW 3411…", "nr OE"): in the languages' lists below, marked (services); not
    # "número original", "referencia original": a part called original is the maker's claim (index._genuine_part)
    "es": ["sustituye a", "sustituto de", "sustituto para", "reemplaza", "reemplazo para", "reemplazo de",
           "repuesto para", "recambio para", "equivalente a", "referencia",
           "equivalentes", "equivalencia"],  # (services)
    "pt": ["substitui", "substituto para", "reposição para", "peça para", "equivalente a",
           "equivalência"],  # (services)
    "fr": ["remplace", "remplacement pour", "en remplacement de", "équivalent à", "équivalent", "pièce pour",
           "référence"],  # (services)
    "it": ["sostituisce", "in sostituzione di", "ricambio per", "equivalente a", "riferimento",
           "rif.", "codice oe", "equivalenza"],  # (services; "rif." with its dot: a copy seller labels its own model "rif")
    "de": ["ersetzt", "ersatz für", "als ersatz für", "anstelle von", "vergleichsnummer", "referenznummer",
           "entspricht", "oe nummer", "vergleichsnr"],  # (services)
    "nl": ["vervangt", "vervanging voor", "vervangend voor", "equivalent van"],  # (quiet21: "equivalent van")
    "pl": ["zamiennik", "zamiennik do", "zastępuje", "nr oe", "numer oe",  # (services)
           # (quiet21) "the equivalent of" as Polish parts shops write it before the maker's name and number
           "odpowiednik", "odpowiednik do", "odpowiednik dla"],
    "ru": ["заменяет", "замена для", "замена", "взамен", "oe номер"],  # (services)
    "zh": ["替换", "代替原装", "替代原装"],
    # Arabic, Persian, Turkish, Korean, Japanese: "alternative to / replaces" as parts shops write it before the make
    # ("بديل لتويوتا": an alternative for Toyota)
    "ar": ["بديل", "بديل ل", "بديلة", "بدل", "يستبدل"], "fa": ["جایگزین", "معادل"], "tr": ["muadil", "yerine geçer", "oe no"],
    "ko": ["대체품", "호환품"], "ja": ["互換品", "代替品"],
}
# Right after a mention (its model number, within the same part of the title): a third party's part that cites the
# OEM number it stands in for ("15400-PLM-A02 equivalent oil filter", "PG-545 XL remanufactured ink",
# "LP-E6NH compatible battery"); how parts catalogues and refill shops word it, in the languages above.
AFTERMARKET_AFTER: list[str] = [
    "equivalent", "equiv", "compatible", "remanufactured", "reman", "refilled", "refill", "aftermarket",
    "non-genuine", "non-oem", "generic", "interchange", "cross", "equivalente", "compatibile", "compatível",
    "kompatibel", "compatibel", "zamiennik", "аналог", "совместимый", "兼容",
    # Korean, Japanese and Chinese write "compatible" after the product it fits ("보스 QC45 호환 헤드폰 케이스")
    "호환", "호환용", "호환품", "互換", "互換品", "対応", "適用", "适用", "muadil", "uyumlu",
    # (services) "fits" and "equivalent" after the number in Japanese, Spanish, Portuguese and Turkish parts listings
    # ("トヨタ 04465-02220 適合", "45022-TBA-A01 equivalentes", "muadili")
    "適合", "適合品", "適合車種", "相当", "相当品", "equivalentes", "equivalencia", "muadili", "alternatifi", "alternatif",
]
# (genuine36, issue 9) the maker's own spare part named after the product it is for, in the words of parts counters
# and service networks ("Galaxy S24 – OEM spare, genuine", "V15 Detect pièce détachée d'origine", "Sonicare yedek
# parça"): a part, priced as a part, not the product. A spare part may follow the product after a dash, as a title's
# second part says what is sold (accessory._noun_after); "spare" alone ("a spare one", "spare copy") is none of them.
# Words: general knowledge of parts listings (eBay, Leboncoin, Wallapop, Allegro, Sahibinden, Avito, Blocket,
# Mercari, Taobao); unverified beyond that.
SPARE_NOUNS: list[str] = [
    "oem spare", "oem spares", "oem spare part", "oem spare parts", "original spare", "original spare part",
    "genuine spare", "genuine spare part", "factory spare", "service part", "spare parts kit", "replacement parts",
    "pièce détachée", "pièces détachées", "pièce de rechange", "pièces de rechange", "recambio", "recambios",
    "repuestos", "refacción", "refacciones", "peça de reposição", "peças de reposição", "peça de substituição",
    "ricambi", "pezzo di ricambio", "ersatzteile", "onderdeel", "onderdelen", "reserveonderdeel",
    "część zamienna", "części zamienne", "yedek parça", "yedek parçası", "запчасти", "запасная часть",
    "запчастина", "запчастини", "reservdel", "reservdelar", "reservedel", "reservedele", "varaosa", "varaosat",
    "náhradní díl", "náhradní díly", "náhradný diel", "alkatrész", "pótalkatrész", "piesă de schimb",
    "piese de schimb", "rezervni dio", "rezervni deo", "rezervni dijelovi", "ανταλλακτικό", "ανταλλακτικά",
    "suku cadang", "phụ tùng", "linh kiện thay thế", "อะไหล่", "交換部品", "補修部品", "純正部品", "备件",
    "備件", "替换件", "替換件", "维修配件", "교체 부품", "교체부품", "순정부품",
]
# Nouns of repair and spare parts right after the brand and its model ("Galaxy S22 back glass replacement",
# "Switch Joy-Con joystick replacement kit"): a part for it, not the brand's product (unless the brand sells
# parts: accessory.py BrandWords.sells).
PART_NOUNS: list[str] = [
    "replacement", "replacement kit", "repair kit", "replacement part", "spare part", "spare parts",
    "screen replacement", "replacement screen", "lcd screen", "lcd display", "oled screen", "digitizer",
    "display assembly", "back glass", "rear glass", "back cover", "housing", "charging port", "flex cable",
    "joystick", "thumbstick", "hinge", "gasket", "seal kit", "fuse", "drive belt", "brush roll", "carbon brushes",
    "battery door", "power supply", "ac adapter", "power cord", "ersatzteil", "repuesto", "ricambio", "запчасть",
    *SPARE_NOUNS,
]

# A counterfeit cue's word in its trade sense (joined to MatcherConfig.not_cues): "AAA batteries" is a size, a
# (fresh53a, issue 9) the extras a reseller bundles with the goods, the nouns "unbranded" is said of in TRADE_SENSES:
# cases and covers, screen glass, straps and bands, carry bags and pouches, chargers and cables, stands and mounts,
# cleaning cloths and kits (a bag alone is left out: "unbranded bag" may be the goods)
UNBRANDED_EXTRAS = (
    "extras", "extra", "accessories", "accessory", "freebies", "freebie", "add-ons", "addons", "case", "cases",
    "cover", "covers", "screen protector", "screen protectors", "tempered glass", "screen glass", "strap", "straps",
    "band", "bands", "carry bag", "carrying bag", "carry case", "carrying case", "travel case", "storage case",
    "hard case", "pouch", "pouches", "sleeve", "skin", "charger", "chargers", "cable", "cables", "charging cable",
    "usb cable", "adapter", "power bank", "stand", "holder", "mount", "tripod", "lanyard", "keychain", "keyring",
    "memory card", "sd card", "stylus", "cleaning cloth", "cleaning kit", "polishing cloth", "shoe bag", "laundry bag",
    "batteries", "battery", "headphone stand", "phone stand", "hanger", "hangers")
# "replica jersey" the clubs' own fan version of a match shirt, "Grade A refurbished" a condition grade, an "OEM part
# number" the maker's own number. Lower case, so that capitals match too. (An "OEM licence key" stays a cue: the
# hand-written set's Adobe listing is a grey-market key.)
TRADE_SENSES: list[str] = [
    "aaa battery", "aaa batteries", "aaa batteries included", "aa aaa", "aa and aaa", "aaa and aa", "aa/aaa",
    "size aaa", "aaa size", "aaa cell", "aaa cells", "aaa rechargeable", "rechargeable aaa", "aaa alkaline",
    "alkaline aaa", "aaa nimh", "nimh aaa", "aaa lr03", "lr03 aaa", "aaa credit rating", "aaa rated",
    "replica jersey", "replica jerseys", "replica shirt", "replica shirts", "replica kit", "replica football shirt",
    "replica home shirt", "replica away shirt", "replica home jersey", "replica away jersey", "replica fan shirt",
    "fan replica", "replica trikot", "trikot replica", "camiseta réplica", "maillot réplique", "maglia replica",
    # the club's fan version named after the shirt and what it is of: "Fan-Trikot Frankreich 2024 (Replica-Version)"
    "trikot … replica", "jersey … replica", "maillot … réplique", "camiseta … réplica", "maglia … replica",
    "grade a refurbished", "refurbished grade a", "grade a condition", "grade a used", "used grade a",
    "oem part number", "oem part no", "oem number", "oem no", "oem ref", "oem reference", "replaces oem",
    "oem equivalent", "equivalent to oem", "non-oem", "non oem",
    # battery sizes, produce grades and parts numbers in more words and languages
    "aaa batterien", "aaa-batterien", "aaa batterie", "batterie aaa", "batterien aaa", "pilas aaa", "pila aaa",
    "piles aaa", "pile aaa", "pilhas aaa", "baterias aaa", "батарейки aaa", "aaa电池", "7号aaa电池", "aaa電池",
    "単4 aaa電池", "grade a eggs", "grade a large eggs", "usda grade a", "grade a milk", "grade a maple syrup",
    "grade a beef", "grade a produce", "grade a free-range eggs", "oem part", "oem parts", "oem replacement part",
    "oem teilenummer", "numéro oem", "número oem", "replica jersey display", "signed replica jersey",
    "genuine oem", "oem genuine", "oem filter", "oem oil filter", "oem spec", "oem-spec", "oem fitment",
    "1:1 macro", "macro 1:1", "1:1 magnification", "magnification 1:1", "1:1 reproduction ratio",
    # one teacher to one learner: tutoring, coaching and lessons ("1:1 online lessons", "1:1 coaching")
    "1:1 lessons", "1:1 lesson", "1:1 online lessons", "1:1 tutoring", "1:1 tuition", "1:1 coaching", "1:1 sessions",
    "1:1 session", "1:1 classes", "1:1 class", "1:1 training", "1:1 mentoring", "1:1 support", "1:1 help",
    "1:1 meeting", "1:1 consultation",
    # a club's or league's official replica ball, and the fan shirt in German compounds ("Heimtrikot Replica")
    "replica game ball", "replica ball", "replica match ball", "replica basketball", "replica football",
    "replica soccer ball", "replica volleyball", "official replica", "offizielles replica", "replica offiziell",
    "heimtrikot replica", "auswärtstrikot replica", "ausweichtrikot replica", "heimtrikot … replica",
    "auswärtstrikot … replica", "replica-version", "replica version trikot",
    # an OEM part sold as the maker's own: "OEM … genuine part", "OEM … from a dealer"
    "oem … genuine part", "oem … genuine parts", "oem … from a", "oem … dealer", "genuine oem part",
    # the clubs' fan version of a match shirt in more words: "home shirt — replica (fan) version", "version réplique
    # supporter", "réplica oficial"; an oil's approvals by the carmakers ("OEM approved", "meets OEM specifications");
    # self-tanning products ("fake tan"); paper for copiers ("copy paper")
    *(RETAIL_SENSES := [
        "replica fan", "replica fan version", "fan replica", "shirt … replica", "replica … fan version",
        # a club's kit by what kit it is (edge57: a bare "kit … replica" took "digital camera 24MP kit réplica", a
        # camera's body-and-lens kit, for a fan shirt and dropped the copy word): home, away, third, football kit
        *(f"{k} kit … replica" for k in ("home", "away", "third", "football", "soccer", "match", "training", "team",
                                          "club", "fan")),
        "version réplique", "réplique supporter", "versión réplica", "réplica oficial", "replica oficial",
        "réplica aficionado", "replica supporter", "replica-trikot", "replik trikot", "trikot replik",
        "oem approved", "oem-approved", "oem approval", "oem approvals", "meets oem", "meets oem specifications",
        # (genuine32, issue 9) the maker's own spare called "OEM spare" ("OEM spare, genuine", "OEM replacement";
        # "OEM quality", "OEM factory", "same factory as OEM" stay cues: they name no spare)
        "oem spare", "oem spares", "oem spare part", "oem spare parts",
        "oem replacement", "oem ersatzteil", "oem-ersatzteil", "pièce oem", "pièce détachée oem", "repuesto oem",
        "recambio oem", "ricambio oem", "peça oem", "część oem", "części oem", "oem yedek parça", "запчасть oem",
        "oem specification", "oem specifications", "oem freigabe", "oem-freigabe", "homologation oem", "homologué oem",
        "fake tan", "fake-tan", "fake tanning", "fake tan mousse", "fake tan lotion", "fake tan mitt", "fake tan remover",
        "copy paper", "photocopy paper", "copier paper", "kopierpapier", "papier ksero", "papel de copia",
        # (recall52, issue 9) a copy of the receipt or invoice that comes with genuine goods ("cópia da nota fiscal",
        # "Kopie der Rechnung", "копия чека"): a document's copy, not the goods'
        *(f"{c} {d}" for c in ("cópia da", "copia da", "cópia do", "copia do") for d in (
            "nota fiscal", "nota", "fatura", "recibo", "cupom fiscal")),
        *(f"{c} {d}" for c in ("kopie der", "kopie des", "kopie vom", "kopie von der") for d in (
            "rechnung", "quittung", "kaufbeleg", "kaufbelegs", "kassenbon", "kassenbons", "garantiekarte")),
        *(f"{c} {d}" for c in ("copia del", "copia de la", "copia de", "copia dello", "copia della") for d in (
            "ticket", "factura", "recibo", "boleta", "scontrino", "fattura", "ricevuta", "tiquete")),
        *(f"{c} {d}" for c in ("kopia", "kopię") for d in ("paragonu", "faktury", "rachunku", "dowodu zakupu")),
        *(f"{c} {d}" for c in ("копия", "копию", "копии") for d in ("чека", "накладной", "квитанции", "счёта", "счета")),
        *(f"kopie van {d}" for d in ("de bon", "de kassabon", "het aankoopbewijs", "de factuur")),
        *(f"{c} {d}" for c in ("copie de la", "copie de", "copie du") for d in (
            "facture", "ticket", "ticket de caisse", "reçu", "recu", "preuve d'achat")),
        # (quiet, session 16) a copy of a game, a book or a record as one unit of it: a collector's spare, a reviewer's
        # advance copy, a signed one ("Zelda … spare copy, sealed")
        "spare copy", "extra copy", "second copy", "physical copy", "sealed copy", "boxed copy", "signed copy",
        "review copy", "advance copy", "advance reading copy", "promo copy", "my copy", "personal copy", "collector's copy",
        "collectors copy", "duplicate copy", "copy of the game", "copies of the game", "doppelt gekauft", "zweitexemplar",
        "exemplaire en double", "copia de más", "copia extra", "copia in più", "copia sigillata",
        # (honest24) the club's fan version called a replica after its name ("Official fan version (replica)"), and a
        # retailer's free extras with the goods: delivery, the maker's own software ("+ free clone software")
        "fan version … replica", "fan version replica", "replica … official store", "replica … official retailer",
        *(f"+ free {w}" for w in ("shipping", "delivery", "returns", "software", "app", "download", "clone software",
                                  "migration software", "backup software", "cloning software", "data migration")),
        # (fresh53a) a reseller's free extra with the goods: "+ free case", "+ free screen protector" (UNBRANDED_EXTRAS)
        *(f"+ free {n}" for n in UNBRANDED_EXTRAS if n not in ("extra", "extras", "freebie", "freebies")),
        # (ba35, issue 9) a Korean resale's condition grade (상태 A급, 컨디션 S급: Bunjang, Danggeun and used-luxury shops
        # grade wear S/A/B), no copy grade ("A급 레플", a bare "SA급" still are); general knowledge of those listings
        *(f"{c}{sep}{g}급" for c in ("상태", "상태는", "컨디션", "컨디션은", "외관", "외관 상태", "외관상태", "상태 등급")
          for sep in (" ", "", ": ", " : ", ":") for g in ("a", "s", "sa", "b", "a+", "s+", "aa", "ab"))]),
    # the copy words of image and disk software: the clone stamp tool, cloning a drive
    "clone stamp", "clone stamp tool", "clone tool", "clone your drive", "disk clone", "clone software",
    # (honest24) a battery size beside the pack's count or the cell's line ("eneloop AAA 8 pack", "AAA x4", "4 x AAA"):
    # the size the IEC names R03/LR03/HR03 (IEC 60086), not the copy trade's grade; counts of the packs cells are sold in
    # (not a bare "1 AAA" or "2 AAA": "1:1 AAA" is the trade's grade beside its ratio)
    *(f for n in (2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 30, 32, 36, 40, 48, 50, 60, 100)
      for f in (f"aaa x{n}", f"aaa x {n}", f"{n}x aaa", f"{n} x aaa", f"aaa {n} pack", f"aaa {n}pk", f"aaa {n} pcs",
                f"{n} pack aaa", f"aaa pack of {n}", f"pack of {n} aaa")),
    "eneloop aaa", "eneloop pro aaa", "eneloop lite aaa", "aaa hr03", "hr03 aaa", "aaa lithium",
    "lithium aaa", "aaa ni-mh", "aaa 1.5v", "1.5v aaa", "aaa 1.2v", "1.2v aaa",
    # a copy as a device's own feature: copying scenes, settings or data between its rooms, lights or drives
    "copy scenes", "copy settings", "copy presets", "clone your ssd", "clone your hdd", "ssd clone", "hdd clone",
    "drive cloning", "disk cloning", "cloning software", "migration software",
    # (honest26) "1:1" as an aspect ratio: a camera's, a screen's or a photo's square format ("shoots 1:1 aspect", "aspect
    # ratio 1:1", "1:1 / 4:3 / 16:9"), in the words camera makers' spec sheets use (Sony, Canon, Panasonic: "Aspect
    # ratio 3:2 / 4:3 / 16:9 / 1:1"; Instagram's square format)
    "1:1 aspect", "1:1 aspect ratio", "aspect ratio 1:1", "aspect ratio of 1:1", "aspect 1:1", "aspect ratios 1:1",
    "1:1 square", "square 1:1", "1:1 square format", "square format 1:1", "1:1 format", "format 1:1", "1:1 crop",
    "crop 1:1", "1:1 photo mode", "1:1 photos", "1:1 video", "1:1 4:3", "4:3 1:1", "1:1 3:2", "3:2 1:1",
    "1:1 16:9", "16:9 1:1", "1:1 9:16", "9:16 1:1", "1:1 4:5", "4:5 1:1", "seitenverhältnis 1:1", "bildformat 1:1",
    "format carré 1:1", "format 1:1 carré", "rapport 1:1", "relación de aspecto 1:1", "proporción 1:1",
    "formato 1:1", "formato quadrato 1:1", "proporção 1:1", "アスペクト比1:1", "画幅比1:1", "比例1:1",
    # (honest26) "1:1" as a scale, life size: a licensed prop replica or a full-size figure ("1:1 scale replica helmet",
    # "life-size 1:1", "Maßstab 1:1"), as prop makers (Hasbro Black Series helmets, Master Replicas, Bandai's 1/1 scale
    # figures) word it; "1:1 scale" is no grade of a copy
    "1:1 scale", "scale 1:1", "1/1 scale", "scale 1/1", "1:1 life size", "1:1 life-size", "life size 1:1",
    "life-size 1:1", "lifesize 1:1", "1:1 lifesize", "full scale 1:1", "maßstab 1:1", "massstab 1:1", "échelle 1:1",
    "echelle 1:1", "escala 1:1", "scala 1:1", "1:1スケール", "1/1スケール", "等身大 1:1",
    # the prop makers' own words for a licensed replica of a film prop (Master Replicas, Hasbro, Denuo Novo); a bare
    # "prop replica" stays a cue (the copy trade's "prop watch for film")
    "licensed prop replica", "officially licensed prop replica", "official prop replica",
    # (fresh53a, issue 9) the extras a seller bundles with the brand's goods called unbranded ("+ unbranded case",
    # "unbranded screen protector included", "the extras are unbranded"): the cue says the case or the strap carries no
    # brand, not the goods; a packaging noun (box, dust bag, tags) is left out: goods in an unbranded box are the copy
    # trade's (COPIED_PACKAGING). Source: how resellers list bundles on eBay, Amazon, Shopee and Facebook Marketplace
    # ("bundle with generic case", "third-party screen protector"); general knowledge, no held-out string.
    *(f for n in UNBRANDED_EXTRAS for f in (f"unbranded {n}", f"{n} is unbranded", f"{n} are unbranded")),
    "extras unbranded", "accessories unbranded", "extras … unbranded", "accessories … unbranded",
]


def terms(table: dict[str, list[str]]) -> list[str]:
    """Every term of a per-language table, once, in table order."""
    return list(dict.fromkeys(chain.from_iterable(table.values())))


# "to repair": material or parts to mend the brand's goods ("Tela lisa para reparar bolso Gucci", "Tissu pour réparer").
REPAIR_FOR: dict[str, list[str]] = {
    "es": ["para reparar", "para arreglar"], "pt": ["para consertar", "para reparar"], "fr": ["pour réparer"],
    "it": ["per riparare"], "de": ["zum reparieren", "zur reparatur von", "zur reparatur"], "nl": ["om te repareren"],
    "ru": ["для ремонта"], "zh": ["修补", "维修用"],
}


def accessory_phrases() -> list[str]:
    """"<noun> … <for>" of every language with both ("funda … para", "чехол … для"), "compatible with"
    phrases, the Chinese "for" words (which need no noun: 适用于 is "suitable for") and the case nouns
    that need no "for" (CASE_NOUNS_ALONE)."""
    out = []
    for language in ACCESSORY_NOUNS.keys() | PHRASE_ONLY_NOUNS.keys():
        for noun in ACCESSORY_NOUNS.get(language, []) + PHRASE_ONLY_NOUNS.get(language, []):
            for preposition in FOR.get(language, []) + FOR_AFTER_NOUN.get(language, []):
                out.append(f"{noun} … {preposition}")
    return list(dict.fromkeys(out + terms(COMPATIBLE_BEFORE) + FOR["zh"] + CASE_NOUNS_ALONE + terms(REPLACES)
                              + terms(REPAIR_FOR)))


def adjacent_words() -> list[str]:
    """Words right before the brand: "para", "für", "для", and "compatible(s)"."""
    return terms({k: v for k, v in FOR.items() if k != "zh"}) + [
        w for w in terms(COMPATIBLE_BEFORE) if " " not in w]


def accessory_nouns() -> list[str]:
    return terms(ACCESSORY_NOUNS) + terms(POSTPOSITIONS) + terms(NEAR_POSTPOSITIONS) + PART_NOUNS


# The brand's logo said to be on the goods (judge.py, `logo_claim`): the word for a logo, a monogram or an engraved
# mark in each language. Inside a likeness frame ("Rolex-style … crown logo on the dial", "Bolsa tipo Louis Vuitton
# con logo", "ロレックス風 … ロゴ入り", "구찌 스타일 … 로고 각인", "LV风格 带logo") it is the counterfeiter's claim
# that the goods carry the brand's mark: a style has no logo of its own (r/RepLadies and r/FashionReps glossaries;
# Korean and Japanese shops' "-st"/"風" listings, which add "로고"/"ロゴ入り" to say the logo is there).
LOGO_WORDS: dict[str, list[str]] = {
    "en": ["logo", "logos", "monogram", "monogrammed", "logo print", "logo printed", "logo engraving", "logo hardware"],
    "es": ["logotipo", "logotipos", "monograma"], "pt": ["logotipo", "logomarca", "monograma"],
    "fr": ["monogramme"], "it": ["logotipo", "monogramma"], "de": ["monogramm"],
    "ru": ["логотип", "логотипом", "логотипы", "логотипа", "логотипов", "лого", "монограмма"], "uk": ["логотип", "логотипом"],
    "el": ["λογότυπο"], "ar": ["شعار", "لوجو"], "he": ["לוגו"], "tr": ["logolu", "monogram"],
    "zh": ["标志", "標誌", "商标", "商標", "老花", "刻字", "刻印", "钢印", "鋼印"],
    "ja": ["ロゴ", "刻印", "モノグラム"], "ko": ["로고", "각인", "모노그램"],
}
# Said right before or after a logo word, it refuses the claim: the goods carry no logo, or the buyer's own
# ("no logo", "sin logo", "ohne Logo", "无logo", "ロゴなし", "로고 없음", "custom logo", "your logo", "logo cutout").
LOGO_REFUSED_BEFORE: tuple[str, ...] = (
    "no", "not", "without", "w/o", "zero", "sterile", "custom", "customised", "customized", "personalised",
    "personalized", "your", "your own", "own", "our", "our own", "private", "any", "add your", "sin", "sans", "ohne",
    "senza", "sem", "zonder", "bez", "без", "tu", "votre", "ton", "ihr", "dein", "seu", "sua", "il tuo", "su",
    "kein", "keine", "keinem", "pas de", "nessun", "sin el", "sans le", "ohne das", "no visible", "no brand",
    # a maker's own mark instead of the brand's ("own brand logo", "its own logo", "eigenes Logo")
    "own brand", "own-brand", "its own", "its own brand", "their own", "the maker's own", "eigenes",
    "eigenem", "propio", "propia", "sa propre", "proprio", "własne", "własnym",
    # the buyer's own in more languages (refusal39): "ваш логотип", "kendi logo", "in logo của bạn" is after
    "ваш", "ваш собственный", "свой", "ваши", "kendi", "sizin", "tuo", "tu propio", "seu próprio", "votre propre",
    "ihr eigenes", "only your", "only your own",
    # (private56, issue 9) the buyer named in the third person: "printed with the customer's own logo", "client logo"
    "customer's", "customer's own", "customers'", "customer", "client's", "client's own", "client", "buyer's",
    "buyer's own",
)
LOGO_REFUSED_AFTER: tuple[str, ...] = (
    "cutout", "cut out", "cut-out", "hole", "window", "free", "less", "visible", "shows through", "show through", "of your choice", "on request", "optional",
    "removed", "not included", "design", "designer", "service", "printing service",
    # the buyer's own after the word (refusal39): "logo Anda sendiri", "logo của bạn", "logo của khách"
    "anda", "kamu", "sendiri", "của bạn", "của khách", "riêng", "cua ban", "cua khach", "rieng",
    # a logo said to be absent after the word: "logo yok", "логотипа нет", "logo tidak ada"
    "yok", "yoktur", "net", "otsutstvuet", "tidak ada", "ga ada", "gak ada",
)
LOGO_REFUSED_WIDE_BEFORE: tuple[str, ...] = ("无", "無", "不带", "不帶", "没有", "沒有", "没", "沒", "定制", "定製", "可定制", "可印",
                                             "ノー", "무", "노",  # ノーロゴ, 무로고, 노로고: "no logo"
                                             # the buyer's own (refusal39): 只印您自己的logo, お客様のロゴ, 고객 로고
                                             "自己的", "您的", "你的", "客户的", "客戶的", "自有", "あなたの", "お客様の",
                                             "자체", "고객", "ของคุณ", "ของลูกค้า")
LOGO_REFUSED_WIDE_AFTER: tuple[str, ...] = ("なし", "無し", "無", "없", "없음", "없는", "없이", "定制", "定製", "可定制")

# Material sold by the metre, and labels, patches and emblems (judge.py, `_on_material`; not "vinyl", a record, nor
# "badge", a pilot's or a name badge): "<mark> [monogram]
# fabric", "<mark> iron-on patch", "Tela <mark> por metro". A mark named on them is the mark itself, not a
# far-off everyday sense: 18 U.S.C. § 2320 counts counterfeit labels, patches, emblems and packaging as
# counterfeits (US DOJ CCIPS IP manual), and monogram fabric and vinyl sold to workshops make the bags.
MATERIAL_NOUNS: dict[str, list[str]] = {
    "en": ["fabric", "fabrics", "vinyl fabric", "vinyl leather", "faux leather", "pu leather", "leatherette", "textile",
           "upholstery", "patch", "patches", "iron on", "iron-on", "emblem", "emblems", "woven label",
           "woven labels", "hang tag", "hang tags", "hangtag", "hangtags",
           "by the metre", "by the meter", "by the yard", "per metre", "per meter", "per yard"],
    "es": ["tela", "telas", "tejido", "vinilo", "polipiel", "parche", "parches", "emblema", "emblemas",
           "etiqueta", "etiquetas", "por metro", "por metros"],
    "pt": ["tecido", "tecidos", "lona", "courino", "emblema", "etiqueta", "etiquetas", "por metro"],
    "fr": ["tissu", "tissus", "toile", "simili cuir", "écusson", "écussons", "étiquette", "étiquettes", "au mètre"],
    "it": ["tessuto", "tessuti", "stoffa", "similpelle", "toppa", "toppe", "etichetta", "etichette", "al metro"],
    "de": ["stoff", "stoffe", "kunstleder", "meterware", "aufnäher", "bügelbild", "bügelbilder", "etikett",
           "etiketten", "emblem", "embleme"],
    "nl": ["kunstleer", "strijkapplicatie", "per meter"],
    "tr": ["kumaş", "suni deri", "arma", "yama", "etiket"],
    "ru": ["ткань", "кожзам", "нашивка", "нашивки", "шеврон", "эмблема", "этикетка", "бирка", "бирки"],
    "pl": ["tkanina", "naszywka", "naszywki", "metki"],
    "zh": ["面料", "布料", "皮料", "烫画", "布贴", "刺绣贴", "织唛", "领标", "吊牌", "水洗标"],
    "ja": ["生地", "布地", "合皮", "ワッペン"], "ko": ["원단", "패치", "와펜", "라벨"],
}

# "New with tags": the goods' own swing tag said to be on them, no label sold as material ("全新带吊牌", "neuf avec
# étiquette", "nuevo con etiqueta", "с биркой"): a MATERIAL_NOUNS word inside one of these phrases is not read
WITH_TAGS = ["带吊牌", "帶吊牌", "吊牌齐全", "吊牌齊全", "吊牌都在", "吊牌还在", "吊牌還在", "全新带吊牌", "全新帶吊牌",
             "吊牌在", "全新吊牌",  # (resale55) "tags on", "new, tags" as Xianyu resellers write it
             "avec étiquette", "avec étiquettes", "avec son étiquette", "con etiqueta", "con etiquetas",
             "con su etiqueta", "com etiqueta", "com etiquetas", "con etichetta", "con etichette", "mit etikett",
             "mit etiketten", "с биркой", "с бирками", "z metką", "z metkami", "etiketli", "etiketiyle",
             "hang tags attached", "hang tag attached", "with hang tags", "with hang tag", "with hangtags"]

# What carries a brand's mark on goods, right after the mark ("Coach leather tag", "Gucci patch", "BMW Emblem", "Nike
# Etikett"): said of a frame's goods (an accessory, a "-style", a "dupe"), the mark is on them, and the frame yields
# (judge.py `_mark_on_goods`), as with LOGO_WORDS ("LV monogram", "Rolex crown logo"); 18 U.S.C. § 2320's "labels,
# patches, emblems". Not a print, pattern, engraving or hardware: a likeness copies those without the mark
# ("Burberry-style check pattern", "Rolex-style engraved bezel").
MARK_CARRIERS: dict[str, list[str]] = {
    "en": ["tag", "tags", "label", "labels", "patch", "patches", "badge", "badges", "emblem", "emblems", "plate",
           "plaque"],
    "es": ["etiqueta", "etiquetas", "parche", "parches", "emblema", "emblemas", "placa"],
    "pt": ["etiqueta", "etiquetas", "emblema", "emblemas", "placa"],
    "fr": ["étiquette", "étiquettes", "écusson", "écussons", "plaque", "emblème"],
    "it": ["etichetta", "etichette", "toppa", "toppe", "placca", "emblema"],
    "de": ["etikett", "etiketten", "aufnäher", "emblem", "embleme", "plakette"],
    "nl": ["label", "embleem"], "pl": ["metka", "metki", "naszywka", "emblemat"],
    "ru": ["бирка", "бирки", "этикетка", "нашивка", "шеврон", "эмблема"],
    "tr": ["etiket", "arma", "yama", "amblem"],
    "zh": ["吊牌", "领标", "領標", "织唛"],
    "ja": ["タグ", "ワッペン", "エンブレム"], "ko": ["태그", "라벨", "패치", "엠블럼"],
}

# The seller says a part or consumable is the brand's own ("Canon LP-E6NH genuine battery", "Bosch 18V battery
# original", "Sonicare original brush heads", "batería original Bosch", "Original-Akku", "оригинальный аккумулятор",
# "原装电池", "純正バッテリー", "정품 배터리"): a compatible part says "compatible", "for", "replacement", not this.
# At a price far below the floor such a part is a copy (scoring._decoy). Not "original packaging" or "OEM number".
GENUINE_PART_CLAIMS: dict[str, list[str]] = {
    "en": ["genuine", "original", "authentic", "oem original", "genuine oem", "factory original", "100% original",
           "100% genuine"],
    "es": ["original", "originales", "genuino", "genuina", "auténtico", "auténtica"],
    "pt": ["original", "originais", "genuíno", "genuína", "autêntico"],
    "fr": ["original", "originale", "originaux", "d'origine", "authentique"],
    "it": ["originale", "originali", "autentico"], "de": ["original", "original-", "echt", "echter", "echte"],
    "nl": ["origineel", "originele"], "pl": ["oryginalny", "oryginalna", "oryginalne"],
    "ru": ["оригинал", "оригинальный", "оригинальная", "оригинальные"], "uk": ["оригінал", "оригінальний"],
    "tr": ["orijinal"], "id": ["asli", "original", "ori"], "vi": ["chính hãng"],
    "zh": ["原装", "原裝", "正品", "原厂", "原廠"], "ja": ["純正", "正規品"], "ko": ["정품", "순정"],
}

# (honest50, issue 9) the brand's own part said to ship without its retail box ("white box", "bulk packaging"): the
# listing sells it as the brand's part, only not in the brand's packaging, and is read as GENUINE_PART_CLAIMS are
# (judge._genuine_part: only for the brand's own part named before any "for"/"compatible", and only a price below
# half of the part's floor counts). Written for BrandSentry from how resellers of OEM bulk stock word it.
UNBOXED_PART_CLAIMS: dict[str, list[str]] = {
    "en": ["white box", "plain white box", "bulk packaging", "bulk packed", "bulk pack", "oem packaging",
           "generic box"],
    "es": ["caja blanca", "caja genérica", "empaque genérico", "a granel"],
    "pt": ["caixa branca", "embalagem genérica"], "fr": ["boîte blanche", "emballage vrac"],
    "it": ["scatola bianca", "confezione bulk"], "de": ["weißer karton", "weisser karton", "bulk-verpackung"],
    "nl": ["witte doos", "bulkverpakking"], "pl": ["białe pudełko", "pakowanie zbiorcze"],
    "ru": ["белая коробка", "оем упаковка"], "tr": ["beyaz kutu"], "id": ["kotak putih"],
    "vi": ["hộp trắng"], "zh": ["白盒", "白盒装", "简装"], "ja": ["白箱", "バルク品", "簡易包装"], "ko": ["벌크", "흰 박스"],
}


# A licensed product's own words: the maker sells goods that carry another brand as their subject ("Monopoly Coca-Cola
# edition", "officially licensed", "adidas x Gucci", 正版授权, コラボ). Read by judge._licensed beside a second brand
# named on goods of the maker's sectors. Written for BrandSentry from how toy, game and collectibles makers word licensed
# lines (edition, licensed, collab) in the languages above.
LICENSED: dict[str, list[str]] = {
    "en": ["officially licensed", "official licensed", "licensed", "edition", "collab", "collaboration"],
    "es": ["licencia oficial", "licenciado", "edición"], "pt": ["licenciado", "licença oficial", "edição"],
    "fr": ["sous licence", "licence officielle", "édition"], "it": ["licenza ufficiale", "edizione"],
    "de": ["offiziell lizenziert", "lizenziert", "lizenzprodukt", "edition"], "nl": ["officieel gelicenseerd", "editie"],
    "pl": ["licencjonowany", "edycja"], "ru": ["официальная лицензия", "лицензия", "лицензионный", "издание"],
    "tr": ["lisanslı", "resmi lisanslı"], "zh": ["正版授权", "正版授權", "官方授权", "官方授權", "联名", "聯名"],
    "ja": ["公式ライセンス", "ライセンス", "コラボ"], "ko": ["정품 라이선스", "라이선스", "콜라보"],
}
