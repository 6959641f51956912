"""The words registered names are made of, by meaning, in the languages sellers translate them into (issue 9, meaning:
detectors/meanings.py): a product line, model or mark made of dictionary words (Seamaster = sea + master,
Submariner, Neverfull = never + full, Day-Date, Sky-Dweller, QuietComfort, PlayStation, Galaxy, and the house marks
that are everyday words: Apple, Coach, Shell, Mars, Dove) rendered word by word, by a seller or a machine translator:
"Maître des Mers", "Meister der Meere", "Meeresmeister", "海洋大师", "Nunca Lleno", "Tag-Datum", "Pomme", "Entrenador".

One table for every brand: an English word, its forms in fifteen languages (number, gender and case as a title writes
them, "/" between forms, a form of several words written with its spaces: "łódź podwodna", "tàu ngầm"). The Chinese,
Japanese and Korean forms are read as written inside the text (no spaces between words there); the others word by word.
Written for BrandSentry from the dictionary senses of these everyday words, as the English Wiktionary's translation
tables of each headword give them (from the engineer's knowledge of the languages; not checked against the site this
session). A word whose translation is a loan of the English (Japanese マスター, Korean 마스터) has no cell there: written
by sound it is the transliteration detector's. The words of mark_translations.py and calque_words.py count too (the
detector joins the three tables by their English word).

A registered name's English words come from the name itself: its words, CamelCase parts (QuietComfort), and a glued
compound cut into two words of this table (seamaster = sea + master, neverfull = never + full); a name with any other
word (Tabby, Helix) is no name made of meanings. EN_SENSES gives the sense a translator reads in a word of a
registered name where it differs from the table's key: "Canon" is rendered as the weapon ("Cañón", "Kanone") by a
machine translator, "Submariner" as the boat ("Sottomarino").
"""

from __future__ import annotations

LANGUAGES = ("es", "pt", "fr", "it", "de", "nl", "pl", "ru", "uk", "tr", "id", "vi", "zh", "ja", "ko")
CJK = frozenset({"zh", "ja", "ko"})  # read as written inside the text, no word boundaries

# a registered name's word -> the table's word a translator reads in it
EN_SENSES = {"submariner": "submarine", "canon": "cannon", "watches": "watch", "buds": "bud"}

# English word: (es, pt, fr, it, de, nl, pl, ru, uk, tr, id, vi, zh, ja, ko)
WORDS: dict[str, tuple[str, str, str, str, str, str, str, str, str, str, str, str, str, str, str]] = {
    "submarine": ("submarino/submarinos/submarinista", "submarino/submarinos/submarinista",
                  "sous-marin/sous marin/sous-marins/sous-marinier/submersible", "sottomarino/sottomarini/sommergibile/sommergibilista",
                  "u-boot/uboot/unterseeboot/tauchboot", "onderzeeër/onderzeeboot/duikboot", "łódź podwodna/okręt podwodny/podwodniak",
                  "подводная лодка/подлодка/субмарина/подводник", "підводний човен/субмарина/підводник", "denizaltı/denizaltıcı",
                  "kapal selam", "tàu ngầm", "潜水艇/潜艇/潜航者", "潜水艦", "잠수함"),
    "sea": ("mar/mares/marino/marina", "mar/mares/marinho/marinha", "mer/mers/marin/marine", "mare/mari/marino/marina",
            "meer/meere/meeres/see", "zee/zeeën/zeeen", "morze/morza/mórz/morski/morska", "море/моря/морей/морской/морская",
            "море/моря/морів/морський/морська", "deniz/denizler/denizin/denizlerin", "laut/lautan", "biển", "海/海洋", "海", "바다"),
    "master": ("maestro/maestros/amo/señor/dueño", "mestre/mestres/senhor/dono", "maître/maîtres/maitre/seigneur",
               "maestro/maestri/padrone/signore", "meister/meisters/herr/herrscher", "meester/meesters/heerser",
               "mistrz/mistrza/władca/pan", "мастер/мастера/повелитель/властелин/хозяин", "майстер/володар/повелитель",
               "usta/ustası/efendi/efendisi/hakimi", "master/ahli/tuan/penguasa", "bậc thầy/chủ nhân",
               "大师/主人/霸主/主宰/王者", "達人/名人/覇者", "달인/주인/지배자"),
    "speed": ("velocidad/rapidez/veloz", "velocidade/rapidez/veloz", "vitesse/rapidité", "velocità/rapidità/veloce",
              "geschwindigkeit/geschwindigkeits/tempo", "snelheid/snelheids", "prędkość/prędkości/szybkość/szybkości",
              "скорость/скорости/скоростной", "швидкість/швидкості", "hız/hızı/hızın/sürat", "kecepatan",
              "tốc độ", "速度/极速", "速度", "속도"),
    "never": ("nunca/jamás", "nunca/jamais", "jamais", "mai", "nie/niemals/nimmer", "nooit", "nigdy",
              "никогда/никогда не", "ніколи", "asla/hiç", "tidak pernah/tak pernah", "không bao giờ", "永不/从不", "決して",
              "절대"),
    "full": ("lleno/llena/llenos", "cheio/cheia", "plein/pleine", "pieno/piena", "voll/volle/voller", "vol/volle",
             "pełny/pełna/pełne", "полный/полная/полное/полон", "повний/повна", "dolu/dolmaz", "penuh", "đầy",
             "满/满的", "満杯", "가득"),
    "day": ("día/dia/días", "dia/dias", "jour/jours", "giorno/giorni", "tag/tages", "dag", "dzień/dnia",
            "день/дня", "день/дня", "gün/günü", "hari", "ngày", "", "", ""),
    "date": ("fecha", "data", "date", "data", "datum", "datum", "data/daty", "дата/число", "дата", "tarih/tarihi",
             "tanggal", "ngày tháng", "日期", "日付", "날짜"),
    "sky": ("cielo", "céu/ceu", "ciel", "cielo", "himmel/himmels", "hemel", "niebo/nieba", "небо/неба/небесный",
            "небо/неба/небесний", "gök/gökyüzü", "langit", "bầu trời/trời", "天空", "空", "하늘"),
    "dweller": ("habitante/morador", "habitante/morador", "habitant/habitante/résident", "abitante", "bewohner",
                "bewoner", "mieszkaniec", "житель/обитатель", "мешканець/житель", "sakini/sakin", "penghuni/penduduk",
                "cư dân", "居民/居者", "住人", "거주자"),
    "yacht": ("yate/yates", "iate/iates", "yacht/yachts", "yacht/panfilo", "jacht/yacht", "jacht", "jacht",
              "яхта/яхты/яхт", "яхта/яхти", "yat", "kapal pesiar", "du thuyền", "游艇", "", "요트"),
    "deep": ("profundo/profunda/profundidades", "profundo/profunda", "profond/profonde/profondeurs",
             "profondo/profonda/profondità", "tief/tiefe/tiefen", "diep/diepe", "głęboki/głęboka/głębokie",
             "глубокий/глубокое/глубокая/глубина", "глибокий/глибоке/глибина", "derin", "dalam", "sâu", "深", "深", "깊은"),
    "explorer": ("explorador/exploradora", "explorador/exploradora", "explorateur/exploratrice", "esploratore/esploratrice",
                 "entdecker/forscher", "ontdekkingsreiziger/verkenner", "odkrywca/badacz", "исследователь/первопроходец",
                 "дослідник", "kaşif", "penjelajah", "nhà thám hiểm", "探险家/探索者", "探検家", "탐험가"),
    "constellation": ("constelación/constelacion", "constelação", "constellation", "costellazione", "sternbild/konstellation",
                      "sterrenbeeld", "konstelacja/gwiazdozbiór", "созвездие", "сузір'я", "takımyıldız/takımyıldızı",
                      "rasi bintang/konstelasi", "chòm sao", "星座", "星座", "별자리"),
    "planet": ("planeta", "planeta", "planète", "pianeta", "planet/planeten", "planeet", "planeta", "планета",
               "планета", "gezegen", "planet", "hành tinh", "行星", "惑星", "행성"),
    "ocean": ("océano/oceano", "oceano", "océan/ocean", "oceano", "ozean", "oceaan", "ocean/oceanu", "океан/океана",
              "океан/океану", "okyanus", "samudra/lautan", "đại dương", "海洋", "海洋/大洋", "대양"),
    "apple": ("manzana/manzanita", "maçã/maca", "pomme", "mela", "apfel", "appel", "jabłko/jabłka", "яблоко/яблочко",
              "яблуко", "elma", "apel", "táo/quả táo", "", "りんご/リンゴ/林檎", "사과"),
    "coach": ("entrenador/entrenadora/carruaje/diligencia", "treinador/técnico/carruagem", "entraîneur/carrosse/diligence",
              "allenatore/allenatrice/carrozza/diligenza", "trainer/trainerin/kutsche", "trainer/koets", "trener/powóz/dyliżans",
              "тренер/карета", "тренер/карета", "antrenör/koç/fayton", "pelatih/kereta kuda", "huấn luyện viên/xe ngựa",
              "教练/马车", "馬車", "마차"),
    "cannon": ("cañón/cañon", "canhão/canhao", "", "cannone", "kanone", "kanon", "armata/działo", "пушка",
               "гармата", "", "meriam", "pháo/súng thần công", "大炮/火炮", "大砲", "대포"),
    "shell": ("concha/caparazón", "concha", "coquille/coquillage", "conchiglia/guscio", "muschel/schale", "schelp",
              "muszla/muszelka", "ракушка/раковина", "черепашка/мушля", "deniz kabuğu/kabuk", "kerang/cangkang",
              "vỏ sò", "贝壳", "貝殻", "조개"),
    "mars": ("marte", "marte", "", "marte", "", "", "", "марс", "марс", "", "", "sao hỏa/hỏa tinh", "火星", "火星", "화성"),
    "dove": ("paloma", "pomba", "colombe", "colomba", "taube", "duif", "gołąb/gołębica", "голубь/голубка", "голуб/голубка",
             "güvercin", "merpati", "bồ câu", "鸽子/白鸽", "鳩/ハト", "비둘기"),
    "galaxy": ("galaxia", "galáxia/galaxia", "galaxie", "galassia", "galaxie", "melkweg/sterrenstelsel", "galaktyka",
               "галактика", "галактика", "galaksi", "galaksi", "thiên hà", "银河/星系", "銀河", "은하"),
    "play": ("juego/juegos", "jogo/jogos", "jeu/jeux", "gioco/giochi", "spiel/spiele/spiel", "spel/spelletjes",
             "gra/gry/gier", "игровая/игровой/игра/игр", "ігрова/ігровий/гра/ігор", "oyun", "permainan/main", "trò chơi",
             "游戏", "遊び", "놀이"),
    "station": ("estación", "estação/estacao", "station", "stazione", "station", "station", "stacja", "станция",
                "станція", "istasyon/istasyonu", "stasiun", "trạm", "站", "", ""),
    "quiet": ("silencioso/silenciosa/silencio/tranquilo", "silencioso/silenciosa/silêncio", "silencieux/silencieuse/silence/calme",
              "silenzioso/silenziosa/silenzio/tranquillo", "ruhig/ruhiger/ruhige/leise/stille/stiller", "stil/stille/rustig",
              "cichy/cicha/ciche/cisza", "тихий/тихая/тихое/тишина/бесшумный", "тихий/тиха/тиша", "sessiz/sakin",
              "tenang/sunyi", "yên tĩnh", "安静/静谧", "静か/静寂", "조용한"),
    "comfort": ("confort/comodidad", "conforto", "confort", "comfort/comodità/conforto", "komfort", "comfort/gemak",
                "komfort/wygoda", "комфорт/уют", "комфорт", "konfor/rahatlık", "kenyamanan", "thoải mái", "舒适", "快適",
                "편안함/안락"),
    "super": ("súper/super", "super", "super", "super", "super", "super", "super", "супер", "супер", "süper", "super",
              "siêu", "超级/超", "超", "슈퍼"),
    "star": ("estrella/estrellas", "estrela/estrelas", "étoile/étoiles/vedette", "stella/stelle", "stern/sterne",
             "ster/sterren", "gwiazda/gwiazdy", "звезда/звёзды/звезды", "зірка/зірки", "yıldız/yıldızı", "bintang",
             "ngôi sao/sao", "明星/星", "星/スター", "별/스타"),
    "boost": ("impulso/impulsar", "impulso", "élan/propulsion", "spinta/slancio", "schub/antrieb", "stoot/duw",
              "zastrzyk/doładowanie", "ускорение/толчок", "прискорення/поштовх", "itki/güçlendirme", "dorongan", "tăng cường",
              "助推", "", ""),
    "ultra": ("ultra", "ultra", "ultra", "ultra", "ultra", "ultra", "ultra", "ультра", "ультра", "ultra", "ultra", "siêu",
              "超", "ウルトラ", "울트라"),
    "predator": ("depredador/predador", "predador", "prédateur", "predatore", "raubtier/räuber", "roofdier",
                 "drapieżnik", "хищник", "хижак", "yırtıcı/avcı", "predator/pemangsa", "kẻ săn mồi", "猎食者/捕食者",
                 "捕食者", "포식자"),
    "milky": ("láctea/lácteo/lechoso", "láctea/lácteo/leitoso", "lactée/laiteux", "lattea/latteo", "milch", "melk",
              "mleczna/mleczny", "млечный/млечного", "молочний/чумацький", "süt", "susu", "sữa", "", "", ""),
    "way": ("vía/via/camino", "via/caminho", "voie/chemin", "via", "straße/strasse/weg", "weg", "droga", "путь",
            "шлях", "yol/yolu", "jalan", "đường", "", "", ""),
    "love": ("amor", "amor", "amour", "amore", "liebe", "liefde", "miłość/milosc", "любовь/любви", "кохання/любов",
             "aşk/sevgi", "cinta", "tình yêu", "爱情/爱心", "愛", "사랑"),
    "moon": ("luna/lunar", "lua/lunar", "lune/lunaire", "luna/lunare", "mond/mondes", "maan", "księżyc/księżyca",
             "луна/луны/лунный", "місяць/луна/місячний", "ay", "bulan", "mặt trăng/trăng", "月亮/月球/登月", "月", "달"),
    "air": ("aire/aérea/aéreo/aérea", "ar/aérea/aéreo", "air/aérien/aérienne", "aria/aerea/aereo", "luft",
            "lucht", "powietrze/powietrzny/powietrzne", "воздух/воздушный/воздушные/воздушная", "повітря/повітряний",
            "hava", "udara", "không khí/không quân", "空气/空中/空军", "空気/空", "공기/공군"),
    "force": ("fuerza/fuerzas", "força/forças", "force/forces", "forza/forze", "kraft/streitkraft/streitkräfte",
              "kracht/macht", "siła/siły", "сила/силы", "сила/сили", "kuvvet/kuvvetleri/kuvvetler", "kekuatan/angkatan",
              "lực/lực lượng", "力量/部队", "力/部隊", "힘/군"),
    "king": ("rey", "rei", "roi", "", "könig/königs", "koning", "król/króla", "король/короля", "король/короля",
             "kral/kralı", "raja", "vua", "之王/国王/王", "王/キング", "왕"),
    "gold": ("oro/dorado/dorada", "ouro/dourado/dourada", "doré/dorée", "oro/dorato/dorata", "gold/goldene/goldener",
             "goud/gouden", "złoto/złote/złoty/złota", "золото/золотое/золотой/золотая", "золото/золоте/золотий",
             "altın", "emas", "vàng", "金/黄金", "金/黄金", "금/황금"),
    "wing": ("ala/alas", "asa/asas", "aile/ailes", "ala/ali", "flügel/schwinge", "vleugel", "skrzydło/skrzydła",
             "крыло/крылья", "крило/крила", "kanat/kanadı", "sayap", "cánh", "之翼/翅膀/翼", "翼", "날개"),
    "1": ("uno/una", "um/uma", "un/une", "uno/una", "eins/ein", "een", "jeden/jedna", "один/одна/первый",
          "один/одна", "bir", "satu", "một", "一号/一", "一号/ワン", "일/원"),
    "2": ("dos", "dois/duas", "deux", "due", "zwei", "twee", "dwa/dwie", "два/две/второй", "два/дві", "iki", "dua",
          "hai", "二号/二", "二", "이/투"),
    "3": ("tres", "três/tres", "trois", "tre", "drei", "drie", "trzy", "три/третий", "три", "üç", "tiga", "ba",
          "三号/三", "三", "삼/쓰리"),
}
