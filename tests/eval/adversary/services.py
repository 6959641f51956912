"""The adversary's services classes (issue 9, precision; services, session 19): work done on the brand's goods and sold
as the work, which names the brand because the goods it is done on are the brand's, and must stay quiet; with the
copies that dress as such work, which must still alert.

- trap_care_service_act: a cleaning, a wash and reproof, a dry cleaning, a restoration, a repair, a polish, a re-dye,
  an alteration, an exchange of a named part (the battery, the glass, the screen, the sole, the zip, the strap) or an
  authentication of the brand's goods, titled as service shops title it in 26 languages and scripts: the act's noun
  heading the title with its object after it (French, Spanish, Portuguese, Italian, Polish, Czech, Romanian,
  Indonesian, Vietnamese, Russian, Ukrainian, Greek, Arabic, Hebrew), after the object (English, German, Dutch,
  Swedish, Danish, Finnish, Hungarian, Turkish, Chinese, Japanese, Korean, Thai), at a service's price;
- fake_service_dressed_copy: the same titles with the copy trade's words beside them ("… + 1:1 pair for sale", "custom
  rep", 高仿 sold in the same post) at a copy's price: a "service" that sells a copy.

The acts, objects and word orders are written from first principles (how cobblers, dry cleaners, watchmakers, phone
repairers, bag restorers, sneaker-care shops and tailors word their work: an act noun and its object, a part named
when one is exchanged), not from any held-out listing; outsider17's in_care_auth17 and in_repair17 only named the class.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_care_service_act": "work done on the brand's goods read by its act (cleaning, wash and reproof, restoration, "
                             "repair, polish, re-dye, alteration, a named part exchanged, authentication) in 26 "
                             "languages and scripts, act before or after its object, at a service's price",
}
EVASIONS = {
    "fake_service_dressed_copy": "a copy dressed as work on the brand's goods: a care or repair title beside a copy "
                                 "claim (1:1, rep, super copy, 高仿, réplica AAA) at a copy's price",
}

# the kind of goods a category holds, for the object's noun
KIND_OF = {
    "sneakers": "shoes", "athletic shoes": "shoes", "outerwear": "coat", "jackets": "coat", "parkas": "coat",
    "trench coats": "coat", "jeans": "coat", "denim": "coat", "sportswear": "coat", "handbags": "bag", "wallets": "bag",
    "luggage": "bag", "backpacks": "bag", "bags": "bag", "belts": "bag", "watches": "watch", "jewelry": "jewel",
    "charms": "jewel", "phones": "phone", "tablets": "phone", "headphones": "audio", "earbuds": "audio",
    "speakers": "audio", "consoles": "console", "cameras": "camera", "lenses": "camera", "vacuum cleaners": "appliance",
    "hair care": "appliance", "shavers": "appliance", "electric toothbrushes": "appliance",
    "kitchen appliances": "appliance", "dishwashers": "appliance", "power tools": "appliance",
    "air purifiers": "appliance", "tennis rackets": "racket", "badminton rackets": "racket", "golf clubs": "racket",
}
# object nouns: kind -> language -> nouns
OBJECTS = {
    "shoes": {"en": ["sneakers", "trainers", "shoes", "sneaker"], "fr": ["baskets", "sneakers", "chaussures"],
              "es": ["zapatillas", "tenis", "zapatos"], "pt": ["tênis", "sapatilhas", "sapatos"],
              "it": ["sneakers", "scarpe"], "de": ["Sneaker", "Schuhe", "Turnschuhe"], "nl": ["sneakers", "schoenen"],
              "pl": ["butów", "sneakersów"], "cs": ["bot", "tenisek"], "ro": ["pantofi", "încălțăminte sport"],
              "sv": ["sneakers", "skor"], "da": ["sneakers", "sko"], "fi": ["kenkien", "lenkkareiden"],
              "hu": ["cipő", "sneaker"], "tr": ["ayakkabı", "spor ayakkabı"], "id": ["sepatu", "sneakers"],
              "vi": ["giày", "giày sneaker"], "ru": ["кроссовок", "обуви"], "uk": ["кросівок", "взуття"],
              "el": ["παπουτσιών", "sneakers"], "zh": ["球鞋", "运动鞋"], "ja": ["スニーカー", "靴"],
              "ko": ["스니커즈", "운동화"], "th": ["รองเท้า", "รองเท้าผ้าใบ"], "ar": ["الأحذية", "السنيكرز"],
              "he": ["נעליים", "סניקרס"]},
    "coat": {"en": ["down jacket", "parka", "jacket", "coat", "jeans"], "fr": ["doudoune", "parka", "veste"],
             "es": ["plumífero", "chaqueta", "abrigo"], "pt": ["jaqueta", "casaco", "parka"],
             "it": ["piumino", "giacca", "cappotto"], "de": ["Daunenjacke", "Jacke", "Parka"], "nl": ["donsjas", "jas"],
             "pl": ["kurtki puchowej", "kurtki", "płaszcza"], "cs": ["bundy", "péřové bundy"], "ro": ["geci", "puf"],
             "sv": ["dunjacka", "jacka"], "da": ["dunjakke", "jakke"], "fi": ["untuvatakin", "takin"],
             "hu": ["pehelykabát", "kabát"], "tr": ["mont", "şişme mont"], "id": ["jaket", "jaket bulu angsa"],
             "vi": ["áo phao", "áo khoác"], "ru": ["пуховика", "куртки"], "uk": ["пуховика", "куртки"],
             "el": ["μπουφάν", "πουπουλένιου μπουφάν"], "zh": ["羽绒服", "外套"], "ja": ["ダウンジャケット", "コート"],
             "ko": ["패딩", "점퍼"], "th": ["เสื้อขนเป็ด", "แจ็คเก็ต"], "ar": ["الجاكيت", "المعطف"],
             "he": ["מעיל פוך", "מעיל"]},
    "bag": {"en": ["handbag", "bag", "wallet", "leather bag"], "fr": ["sac", "sac à main", "portefeuille"],
            "es": ["bolso", "bolsos", "cartera"], "pt": ["bolsa", "bolsas", "carteira"], "it": ["borsa", "borse", "portafoglio"],
            "de": ["Handtasche", "Tasche", "Ledertasche"], "nl": ["tas", "handtas"], "pl": ["torebki", "torby"],
            "cs": ["kabelky", "tašky"], "ro": ["genți", "poșete"], "sv": ["handväska", "väska"], "da": ["taske", "håndtaske"],
            "fi": ["laukun", "käsilaukun"], "hu": ["táska", "kézitáska"], "tr": ["çanta", "deri çanta"],
            "id": ["tas", "tas kulit"], "vi": ["túi xách", "túi da"], "ru": ["сумки", "кожаной сумки"],
            "uk": ["сумки", "шкіряної сумки"], "el": ["τσάντας", "δερμάτινης τσάντας"], "zh": ["包包", "皮具"],
            "ja": ["バッグ", "革製品"], "ko": ["가방", "명품가방"], "th": ["กระเป๋า", "กระเป๋าหนัง"],
            "ar": ["الحقائب", "الشنط"], "he": ["תיקים", "תיק עור"]},
    "watch": {"en": ["watch", "watches", "automatic watch"], "fr": ["montre", "montres"], "es": ["reloj", "relojes"],
              "pt": ["relógio", "relógios"], "it": ["orologio", "orologi"], "de": ["Uhr", "Armbanduhr"],
              "nl": ["horloge", "horloges"], "pl": ["zegarka", "zegarków"], "cs": ["hodinek"], "ro": ["ceas", "ceasuri"],
              "sv": ["klocka", "armbandsur"], "da": ["ur", "armbåndsur"], "fi": ["kellon", "rannekellon"],
              "hu": ["óra", "karóra"], "tr": ["saat", "kol saati"], "id": ["jam tangan"], "vi": ["đồng hồ"],
              "ru": ["часов"], "uk": ["годинника"], "el": ["ρολογιού"], "zh": ["手表", "腕表"], "ja": ["腕時計", "時計"],
              "ko": ["시계", "명품시계"], "th": ["นาฬิกา"], "ar": ["الساعات", "الساعة"], "he": ["שעון", "שעונים"]},
    "jewel": {"en": ["bracelet", "ring", "necklace", "jewellery"], "fr": ["bijoux", "bracelet", "bague"],
              "es": ["joyas", "pulsera", "anillo"], "pt": ["joias", "pulseira", "anel"], "it": ["gioielli", "bracciale", "anello"],
              "de": ["Schmuck", "Armband", "Ring"], "nl": ["sieraden", "armband", "ring"], "pl": ["biżuterii", "bransoletki"],
              "cs": ["šperků"], "ro": ["bijuterii"], "sv": ["smycken", "armband"], "da": ["smykker"], "fi": ["korujen"],
              "hu": ["ékszer", "karkötő"], "tr": ["takı", "bileklik"], "id": ["perhiasan", "gelang"], "vi": ["trang sức"],
              "ru": ["украшений", "браслета"], "uk": ["прикрас"], "el": ["κοσμημάτων"], "zh": ["首饰", "手镯"],
              "ja": ["ジュエリー", "指輪"], "ko": ["주얼리", "팔찌"], "th": ["เครื่องประดับ"], "ar": ["المجوهرات"],
              "he": ["תכשיטים"]},
    "phone": {"en": ["phone", "smartphone", "tablet"], "fr": ["téléphone", "smartphone"], "es": ["móvil", "celular"],
              "pt": ["celular", "telemóvel"], "it": ["cellulare", "smartphone"], "de": ["Handy", "Smartphone"],
              "nl": ["telefoon", "smartphone"], "pl": ["telefonu", "smartfona"], "cs": ["telefonu", "mobilu"],
              "ro": ["telefon"], "sv": ["mobil", "telefon"], "da": ["mobil", "telefon"], "fi": ["puhelimen"],
              "hu": ["telefon", "mobil"], "tr": ["telefon", "cep telefonu"], "id": ["HP", "ponsel"], "vi": ["điện thoại"],
              "ru": ["телефона", "смартфона"], "uk": ["телефона", "смартфона"], "el": ["κινητού"], "zh": ["手机"],
              "ja": ["スマホ", "携帯"], "ko": ["휴대폰", "핸드폰"], "th": ["มือถือ", "โทรศัพท์"], "ar": ["الجوال", "الهاتف"],
              "he": ["טלפון", "סמארטפון"]},
    "audio": {"en": ["headphones", "earbuds", "speaker"], "fr": ["casque", "écouteurs"], "es": ["auriculares", "cascos"],
              "pt": ["fones", "fone de ouvido"], "it": ["cuffie", "auricolari"], "de": ["Kopfhörer"], "nl": ["koptelefoon"],
              "pl": ["słuchawek"], "cs": ["sluchátek"], "ro": ["căști"], "sv": ["hörlurar"], "da": ["høretelefoner"],
              "fi": ["kuulokkeiden"], "hu": ["fejhallgató"], "tr": ["kulaklık"], "id": ["headphone", "earphone"],
              "vi": ["tai nghe"], "ru": ["наушников"], "uk": ["навушників"], "el": ["ακουστικών"], "zh": ["耳机"],
              "ja": ["ヘッドホン", "イヤホン"], "ko": ["헤드폰", "이어폰"], "th": ["หูฟัง"], "ar": ["السماعات"],
              "he": ["אוזניות"]},
    "console": {"en": ["console", "controller"], "fr": ["console", "manette"], "es": ["consola", "mando"],
                "pt": ["console", "controle"], "it": ["console", "controller"], "de": ["Konsole", "Controller"],
                "nl": ["console", "controller"], "pl": ["konsoli", "pada"], "cs": ["konzole", "ovladače"],
                "ro": ["consolă"], "sv": ["konsol", "handkontroll"], "da": ["konsol"], "fi": ["konsolin", "ohjaimen"],
                "hu": ["konzol", "kontroller"], "tr": ["konsol", "kol"], "id": ["konsol", "stik"], "vi": ["máy game", "tay cầm"],
                "ru": ["приставки", "геймпада"], "uk": ["приставки"], "el": ["κονσόλας"], "zh": ["游戏机", "手柄"],
                "ja": ["ゲーム機", "コントローラー"], "ko": ["게임기", "컨트롤러"], "th": ["เครื่องเกม", "จอย"],
                "ar": ["جهاز الألعاب", "اليد"], "he": ["קונסולה"]},
    "camera": {"en": ["camera", "lens"], "fr": ["appareil photo", "objectif"], "es": ["cámara", "objetivo"],
               "pt": ["câmera", "lente"], "it": ["fotocamera", "obiettivo"], "de": ["Kamera", "Objektiv"],
               "nl": ["camera", "objectief"], "pl": ["aparatu", "obiektywu"], "cs": ["fotoaparátu", "objektivu"],
               "ro": ["aparat foto", "obiectiv"], "sv": ["kamera", "objektiv"], "da": ["kamera"], "fi": ["kameran"],
               "hu": ["fényképezőgép", "objektív"], "tr": ["fotoğraf makinesi", "lens"], "id": ["kamera", "lensa"],
               "vi": ["máy ảnh", "ống kính"], "ru": ["фотоаппарата", "объектива"], "uk": ["фотоапарата"],
               "el": ["φωτογραφικής μηχανής"], "zh": ["相机", "镜头"], "ja": ["カメラ", "レンズ"], "ko": ["카메라", "렌즈"],
               "th": ["กล้อง", "เลนส์"], "ar": ["الكاميرا", "العدسة"], "he": ["מצלמה", "עדשה"]},
    "appliance": {"en": ["vacuum", "hair dryer", "shaver", "appliance"], "fr": ["aspirateur", "sèche-cheveux", "rasoir"],
                  "es": ["aspiradora", "secador", "afeitadora"], "pt": ["aspirador", "secador", "barbeador"],
                  "it": ["aspirapolvere", "asciugacapelli", "rasoio"], "de": ["Staubsauger", "Föhn", "Rasierer"],
                  "nl": ["stofzuiger", "föhn", "scheerapparaat"], "pl": ["odkurzacza", "suszarki", "golarki"],
                  "cs": ["vysavače", "fénu"], "ro": ["aspirator", "uscător de păr"], "sv": ["dammsugare", "hårtork"],
                  "da": ["støvsuger", "hårtørrer"], "fi": ["pölynimurin", "hiustenkuivaajan"],
                  "hu": ["porszívó", "hajszárító"], "tr": ["süpürge", "saç kurutma makinesi"],
                  "id": ["vacuum cleaner", "hair dryer"], "vi": ["máy hút bụi", "máy sấy tóc"],
                  "ru": ["пылесоса", "фена"], "uk": ["пилососа", "фена"], "el": ["ηλεκτρικής σκούπας"],
                  "zh": ["吸尘器", "吹风机"], "ja": ["掃除機", "ドライヤー"], "ko": ["무선청소기", "드라이기"],
                  "th": ["เครื่องดูดฝุ่น", "ไดร์เป่าผม"], "ar": ["المكنسة", "مجفف الشعر"], "he": ["שואב אבק", "מייבש שיער"]},
    "racket": {"en": ["racket", "racquet", "clubs"], "fr": ["raquette"], "es": ["raqueta", "palos"], "pt": ["raquete"],
               "it": ["racchetta"], "de": ["Schläger"], "nl": ["racket"], "pl": ["rakiety"], "cs": ["rakety"],
               "ro": ["rachetă"], "sv": ["racket"], "da": ["ketcher"], "fi": ["mailan"], "hu": ["ütő"], "tr": ["raket"],
               "id": ["raket"], "vi": ["vợt"], "ru": ["ракетки"], "uk": ["ракетки"], "el": ["ρακέτας"], "zh": ["球拍"],
               "ja": ["ラケット"], "ko": ["라켓"], "th": ["ไม้แบด"], "ar": ["المضرب"], "he": ["מחבט"]},
}
# the part a kind's exchange names, by language
PART = {
    "watch": {"en": "battery", "fr": "pile", "es": "pila", "pt": "bateria", "it": "batteria", "de": "Batterie",
              "nl": "batterij", "pl": "baterii", "cs": "baterie", "ro": "baterie", "sv": "batteri", "da": "batteri",
              "fi": "pariston", "hu": "elem", "tr": "pil", "id": "baterai", "vi": "pin", "ru": "батарейки",
              "uk": "батарейки", "el": "μπαταρίας", "zh": "电池", "ja": "電池", "ko": "배터리", "th": "แบต",
              "ar": "بطارية", "he": "סוללה"},
    "phone": {"en": "screen", "fr": "écran", "es": "pantalla", "pt": "tela", "it": "schermo", "de": "Display",
              "nl": "scherm", "pl": "ekranu", "cs": "displeje", "ro": "ecranului", "sv": "skärm", "da": "skærm",
              "fi": "näytön", "hu": "kijelző", "tr": "ekran", "id": "layar", "vi": "màn hình", "ru": "экрана",
              "uk": "екрана", "el": "οθόνης", "zh": "屏幕", "ja": "画面", "ko": "액정", "th": "จอ", "ar": "شاشة",
              "he": "מסך"},
}
# the acts, by language: (act, template); {m} the mark, {o} the object, {x} the part; the act before or after its object
# as each language puts it
ACTS = {
    "en": [("clean", "{m} {o} deep clean"), ("clean", "{o} cleaning – {m} welcome"), ("clean", "{m} {o} dry cleaning"),
           ("clean", "{o} wash & reproof, {m} specialist"), ("restore", "{m} {o} restoration"),
           ("restore", "{m} {o} recolour and restoration"), ("restore", "{m} {o} repaint"), ("polish", "{m} {o} polishing"),
           ("alter", "{m} {o} alterations"), ("sole", "{m} {o} resole"), ("exchange", "{m} {o} battery change"),
           ("exchange", "{m} {o} glass replacement"), ("check", "{m} {o} authentication service"), ("spa", "{m} {o} spa")],
    "fr": [("clean", "Nettoyage {o} {m}"), ("clean", "Nettoyage et imperméabilisation {o} {m}"),
           ("restore", "Rénovation {o} {m}"), ("restore", "Restauration de {o} {m}"), ("polish", "Polissage {o} {m}"),
           ("alter", "Retouches {o} {m}"), ("exchange", "Changement de {x} {o} {m}"),
           ("exchange", "Remplacement {x} {o} {m}"), ("check", "Authentification {o} {m}")],
    "es": [("clean", "Limpieza de {o} {m}"), ("clean", "Lavado de {o} {m}"), ("restore", "Restauración de {o} {m}"),
           ("polish", "Pulido de {o} {m}"), ("alter", "Arreglos de {o} {m}"), ("exchange", "Cambio de {x} {o} {m}"),
           ("repair", "Reparación de {o} {m}"), ("check", "Autenticación {o} {m}")],
    "pt": [("clean", "Limpeza de {o} {m}"), ("clean", "Higienização de {o} {m}"), ("restore", "Restauração de {o} {m}"),
           ("polish", "Polimento {o} {m}"), ("exchange", "Troca de {x} {o} {m}"), ("repair", "Conserto de {o} {m}"),
           ("dye", "Tingimento de {o} {m}")],
    "it": [("clean", "Pulizia {o} {m}"), ("clean", "Lavaggio {o} {m}"), ("restore", "Restauro {o} {m}"),
           ("polish", "Lucidatura {o} {m}"), ("exchange", "Sostituzione {x} {o} {m}"), ("exchange", "Cambio {x} {o} {m}"),
           ("repair", "Riparazione {o} {m}")],
    "de": [("clean", "{m} {o} Reinigung"), ("clean", "Reinigung {o} {m}"), ("restore", "{m} {o} Aufbereitung"),
           ("restore", "Restaurierung {o} {m}"), ("polish", "{m} {o} polieren lassen"), ("exchange", "{m} {o} Batteriewechsel"),
           ("repair", "{m} {o} Reparatur")],
    "nl": [("clean", "{m} {o} reiniging"), ("clean", "Reiniging {o} {m}"), ("restore", "Restauratie {o} {m}"),
           ("polish", "{m} {o} polijsten"), ("exchange", "Vervangen {x} {o} {m}"), ("repair", "{m} {o} reparatie")],
    "pl": [("clean", "Czyszczenie {o} {m}"), ("clean", "Pranie {o} {m}"), ("restore", "Renowacja {o} {m}"),
           ("polish", "Polerowanie {o} {m}"), ("exchange", "Wymiana {x} {o} {m}"), ("repair", "Naprawa {o} {m}")],
    "cs": [("clean", "Čištění {o} {m}"), ("restore", "Renovace {o} {m}"), ("exchange", "Výměna {x} {o} {m}"),
           ("repair", "Oprava {o} {m}")],
    "ro": [("clean", "Curățare {o} {m}"), ("restore", "Recondiționare {o} {m}"), ("exchange", "Înlocuire {x} {o} {m}"),
           ("repair", "Reparație {o} {m}")],
    "sv": [("clean", "{m} {o} rengöring"), ("clean", "Kemtvätt {o} {m}"), ("restore", "{m} {o} renovering"),
           ("repair", "{m} {o} reparation")],
    "da": [("clean", "{m} {o} rengøring"), ("restore", "{m} {o} renovering"), ("repair", "{m} {o} reparation")],
    "fi": [("clean", "{m} {o} puhdistus"), ("restore", "{m} {o} entisöinti"), ("repair", "{m} {o} korjaus"),
           ("service", "{m} {o} huolto")],
    "hu": [("clean", "{m} {o} tisztítás"), ("restore", "{m} {o} felújítás"), ("repair", "{m} {o} javítás")],
    "tr": [("clean", "{m} {o} temizleme"), ("clean", "{m} {o} yıkama hizmeti"), ("restore", "{m} {o} restorasyon"),
           ("exchange", "{m} {o} {x} değişimi"), ("repair", "{m} {o} tamiri")],
    "id": [("clean", "Cuci {o} {m}"), ("clean", "Jasa cuci {o} {m}"), ("restore", "Restorasi {o} {m}"),
           ("exchange", "Ganti {x} {o} {m}"), ("repair", "Perbaikan {o} {m}")],
    "vi": [("clean", "Vệ sinh {o} {m}"), ("clean", "Giặt {o} {m}"), ("restore", "Phục hồi {o} {m}"),
           ("exchange", "Thay {x} {o} {m}"), ("polish", "Đánh bóng {o} {m}")],
    "ru": [("clean", "Химчистка {o} {m}"), ("clean", "Чистка {o} {m}"), ("restore", "Реставрация {o} {m}"),
           ("polish", "Полировка {o} {m}"), ("exchange", "Замена {x} {o} {m}"), ("repair", "Ремонт {o} {m}")],
    "uk": [("clean", "Хімчистка {o} {m}"), ("clean", "Чищення {o} {m}"), ("restore", "Реставрація {o} {m}"),
           ("exchange", "Заміна {x} {o} {m}")],
    "el": [("clean", "Καθαρισμός {o} {m}"), ("repair", "Επισκευή {o} {m}"), ("exchange", "Αντικατάσταση {x} {o} {m}")],
    "zh": [("clean", "{m} {o} 清洗 护理"), ("clean", "{m}{o}干洗"), ("restore", "{m} {o} 修复 补色"),
           ("polish", "{m} {o} 抛光 翻新"), ("exchange", "{m} {o} 更换电池"), ("repair", "{m}{o}维修")],
    "ja": [("clean", "{m} {o} 丸洗い"), ("clean", "{m} {o} クリーニング"), ("restore", "{m} {o} 修復 染め直し"),
           ("polish", "{m} {o} 研磨 仕上げ"), ("exchange", "{m} {o} 電池交換"), ("repair", "{m} {o} 修理")],
    "ko": [("clean", "{m} {o} 세탁 서비스"), ("clean", "{m} {o} 클리닝"), ("restore", "{m} {o} 복원 수선"),
           ("exchange", "{m} {o} 배터리 교체"), ("repair", "{m} {o} 수리")],
    "th": [("clean", "ทำความสะอาด {o} {m}"), ("clean", "สปารองเท้า {m}"), ("repair", "ซ่อม {o} {m}")],
    "ar": [("clean", "تنظيف {o} {m}"), ("repair", "تصليح {o} {m}"), ("restore", "ترميم {o} {m}"),
           ("polish", "تلميع {o} {m}")],
    "he": [("clean", "ניקוי {o} {m}"), ("repair", "תיקון {o} {m}"), ("polish", "ליטוש {o} {m}")],
}
# which acts a kind of goods takes (an exchange only where PART names its part)
KIND_ACTS = {"shoes": {"clean", "restore", "sole", "dye", "repair", "check", "spa"},
             "coat": {"clean", "restore", "alter", "repair"},
             "bag": {"clean", "restore", "dye", "repair", "check", "spa"},
             "watch": {"clean", "polish", "exchange", "repair", "check", "service", "spa"},
             "jewel": {"clean", "polish", "restore", "repair", "check"},
             "phone": {"exchange", "repair", "clean"}, "audio": {"repair", "clean"}, "console": {"repair", "clean"},
             "camera": {"clean", "repair", "service"}, "appliance": {"repair", "clean", "service"},
             "racket": {"repair", "restore"}}
CURRENCY = {"en": ["USD", "GBP", "AUD"], "fr": ["EUR"], "es": ["EUR", "MXN"], "pt": ["BRL", "EUR"], "it": ["EUR"],
            "de": ["EUR", "CHF"], "nl": ["EUR"], "pl": ["PLN"], "cs": ["CZK"], "ro": ["RON"], "sv": ["SEK"], "da": ["DKK"],
            "fi": ["EUR"], "hu": ["HUF"], "tr": ["TRY"], "id": ["IDR"], "vi": ["VND"], "ru": ["RUB"], "uk": ["UAH"],
            "el": ["EUR"], "zh": ["CNY"], "ja": ["JPY"], "ko": ["KRW"], "th": ["THB"], "ar": ["AED", "SAR"],
            "he": ["ILS"]}
# a service's price in USD, converted roughly to the listing's currency
PER_USD = {"USD": 1, "GBP": 0.8, "AUD": 1.5, "EUR": 0.92, "MXN": 17, "BRL": 5, "CHF": 0.9, "PLN": 4, "CZK": 23,
           "RON": 4.6, "SEK": 10.5, "DKK": 6.9, "HUF": 360, "TRY": 32, "IDR": 15500, "VND": 25000, "RUB": 90,
           "UAH": 40, "CNY": 7.2, "JPY": 150, "KRW": 1350, "THB": 35, "AED": 3.67, "SAR": 3.75, "ILS": 3.7}
SERVICE_DESCRIPTIONS = ["", "Bring your own item, ready in 3 days.", "Drop off at our workshop.", "Mail-in, insured return.",
                        "Price per pair / per item.", "We work on your own item, nothing is sold.", "Termin nach Vereinbarung.",
                        "Sur rendez-vous.", "Con cita previa.", "Su appuntamento.", "Na umówienie.", "预约到店", "要予約",
                        "예약 필수"]
COPY = ["1:1 replica for sale too", "we also sell 1:1 reps", "+ super copy pair in stock", "AAA replica available",
        "réplica AAA a la venta", "Kopie 1:1 auch zu verkaufen", "replica 1:1 in vendita", "高仿 现货", "スーパーコピー 在庫あり",
        "레플리카 판매", "копия 1:1 в наличии", "custom rep, mirror quality"]


def _kind(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """A category of the brand whose goods take work done on them, and the kind of goods it holds."""
    cats = [c for c in b.categories if c in KIND_OF]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    return cat, KIND_OF[cat]


def _service_title(b: BrandView, s: Scene, kind: str) -> tuple[str, str]:
    """A service title in a language, with an act the kind of goods takes; the language."""
    r = s.rng
    while True:
        lang = r.choice(sorted(ACTS))
        shapes = [t for act, t in ACTS[lang] if act in KIND_ACTS[kind] and (act != "exchange" or kind in PART)]
        if shapes:
            break
    shape = r.choice(shapes)
    obj = r.choice(OBJECTS[kind].get(lang) or OBJECTS[kind]["en"])
    part = PART.get(kind, {}).get(lang, "")
    mark = _plain_mark(b, s)
    if lang in ("zh", "ja") and b.cjk and r.random() < 0.5:
        mark = r.choice(b.cjk).value
    title = shape.format(m=mark, o=obj, x=part)
    return _cap(" ".join(title.split())), lang


def make_care_service_act(b: BrandView, s: Scene) -> Draft | None:
    if (found := _kind(b, s)) is None:
        return None
    cat, kind = found
    r = s.rng
    title, lang = _service_title(b, s, kind)
    cur = r.choice(CURRENCY[lang])
    price = round(r.uniform(12, 160) * PER_USD[cur], 2)
    return Draft(title, r.choice([None, None, "Services", "Dienstleistungen", "Servicios", cat]), (price, cur),
                 r.choice(SERVICE_DESCRIPTIONS))


def make_service_dressed_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _kind(b, s)) is None:
        return None
    cat, kind = found
    r = s.rng
    title, _ = _service_title(b, s, kind)
    cat = cat if cat in b.floors else s.category(with_floor=True)
    return Draft(f"{title} – {r.choice(COPY)}", r.choice([cat, cat, None]), s.price(cat, low=r.random() < 0.5),
                 r.choice(["", "DM for the catalogue.", "Top quality, same as original."]))


TRAP_MAKERS = {"trap_care_service_act": make_care_service_act}
EVASION_MAKERS = {"fake_service_dressed_copy": make_service_dressed_copy}
