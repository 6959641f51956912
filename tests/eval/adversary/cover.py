"""The adversary's cover classes: counterfeits that use the listing's context as cover, and price as evidence.

- a copy filed under a far category (books, garden, pet supplies ...) to dodge category filters, its title saying in
  one of many languages that it is the brand's kind of goods (`cover_far_category`);
- a copy told with a story that explains its price: seized by customs, a factory overrun, a staff sale, an unwanted
  gift, bought duty free, in many languages, at a price below the floor of the goods (`cover_story`);
- the same stories said in the title in the language of the market (`cover_story_abroad`: "aus Zollversteigerung",
  "de subasta de aduanas", "z licytacji celnej", "gümrük ihalesinden", "employee price", "면세점 구매", in 25 languages);
- a copy of a product line that costs far more than the brand's floor for the category (an Airwrap among hair care, a
  Submariner among watches), called used, refurbished or vintage to excuse a price a few per cent of the line's
  (`fake_used_line`).

Their honest twins: a replica or statue of an everyday thing that shares a word with a mark, in other languages
(`trap_far_replica_languages`); genuine goods with a condition and a story at a price that condition explains
(`trap_story_fair_price`); new genuine goods with such a story in the title at a retail price
(`trap_story_abroad_fair`: a customs auction's or a staff shop's genuine goods, a duty-free purchase, a gift, sold at
what the shops ask); genuine used, refurbished and vintage goods of an expensive line at a second-hand price
(`trap_used_line_fair`).

Written from first principles and general knowledge of marketplace titles; the nouns, stories and twins are this
module's own (not the matcher's tables), and no held-out listing was read. Prices are shares of the floor the registry
gives the goods (a line's own `price_floor` when the mark or line has one, else the brand's floor for the category),
drawn from this module's own idea of what each condition fetches (`GENUINE_SHARE`).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.codes import _PACK
from tests.eval.adversary.generate import BrandView, Draft, Mark, Scene, _cap, _fold, _plain_mark, higher_floor

EVASIONS = {
    "cover_far_category": "a copy with a copy cue filed under a far category (books, garden, pet supplies), the title "
                          "naming the brand's kind of goods in one of 20 languages",
    "cover_story": "a copy with a story that explains its price (customs seizure, factory overrun, staff sale, gift, duty "
                   "free) at a price below the goods' floor for the condition claimed",
    "cover_story_abroad": "a copy with a cover story in the title in the market's language (a customs auction, a staff "
                          "price, duty free, an unwanted gift, a factory overrun; 25 languages) at 8-60 % of the floor",
    "fake_used_line": "a copy of an expensive product line called used, refurbished or vintage at a few per cent of the "
                      "line's own floor",
    "story_in_title": "a copy with its story after a dash in the title (prize from a work raffle, won in a raffle, moving "
                      "abroad, divorce sale) or the cosmetics trade's words (same batch as counter, counter quality, Dubai "
                      "tester), at 10-60 % of the floor",
}
TRAPS = {
    "trap_far_replica_languages": "a statue, replica or poster of an everyday thing that shares a word with a mark "
                                  "(Nike the goddess, Pandora's box, Maya calendar), in es/it/fr/de/pt/pl/nl",
    "trap_story_fair_price": "genuine goods in a stated condition with a story (unwanted gift, duty free, staff purchase) "
                             "at a price that condition explains",
    "trap_story_abroad_fair": "new genuine goods with a cover story in the title in the market's language (customs "
                              "auction, staff price, duty free, gift) at 100-160 % of the floor",
    "trap_used_line_fair": "genuine used, refurbished or vintage goods of an expensive product line at a second-hand "
                           "price (35-100 % of the line's floor)",
    "trap_story_in_title_fair": "a raffle prize sold at a genuine price with its receipt, a charity raffle post whose "
                                "prize is the brand's goods",
}

# the kind of goods of a registry category, for the nouns below
KIND = {
    "sneakers": "shoes", "handbags": "bag", "wallets": "wallet", "luggage": "bag", "bags": "bag", "backpacks": "bag",
    "watches": "watch", "jackets": "jacket", "parkas": "jacket", "outerwear": "jacket", "trench coats": "jacket",
    "headphones": "headphones", "earbuds": "headphones", "speakers": "speaker", "soundbars": "speaker", "phones": "phone",
    "cameras": "camera", "laptops": "laptop", "consoles": "console", "skincare": "cream", "sunscreen": "cream",
    "fragrance": "perfume", "makeup": "lipstick", "razors": "razor", "razor blades": "razor", "shavers": "razor",
    "toys": "toy", "action figures": "figure", "building sets": "toy", "dolls": "doll", "model kits": "figure",
    "power tools": "tool", "auto parts": "car part", "motorcycle parts": "car part", "tires": "tyre",
    "chocolate": "chocolate", "coffee": "coffee", "badminton rackets": "racket", "tennis rackets": "racket",
    "basketballs": "ball", "footballs": "ball", "football": "ball", "golf clubs": "golf club", "jewelry": "jewelry",
    "vacuum cleaners": "vacuum", "hair care": "hair dryer", "electric toothbrushes": "toothbrush",
    "sunglasses": "sunglasses", "belts": "belt",
}
# product nouns by language (this module's own words)
NOUNS: dict[str, dict[str, list[str]]] = {
    "it": {"shoes": ["scarpe sportive", "sneakers uomo"], "bag": ["borsa donna", "borsa a tracolla"], "wallet": ["portafoglio"],
           "watch": ["orologio uomo"], "jacket": ["piumino", "giubbotto"], "headphones": ["cuffie wireless", "auricolari"],
           "speaker": ["altoparlante"], "phone": ["smartphone 256GB"], "camera": ["fotocamera"], "cream": ["crema viso"],
           "perfume": ["profumo donna"], "razor": ["rasoio"], "toy": ["giocattolo"], "tool": ["utensile elettrico", "trapano"],
           "car part": ["ricambio auto", "ricambi originali"], "tyre": ["pneumatico"], "chocolate": ["cioccolato"],
           "racket": ["racchetta"], "ball": ["pallone"], "jewelry": ["collana", "bracciale"], "vacuum": ["aspirapolvere"],
           "hair dryer": ["asciugacapelli"], "sunglasses": ["occhiali da sole"], "belt": ["cintura in pelle"]},
    "pt": {"shoes": ["tênis masculino"], "bag": ["bolsa feminina"], "wallet": ["carteira"], "watch": ["relógio masculino"],
           "jacket": ["jaqueta"], "headphones": ["fone de ouvido"], "speaker": ["caixa de som"], "phone": ["celular"],
           "camera": ["câmera"], "cream": ["creme facial"], "perfume": ["perfume feminino"], "toy": ["brinquedo"],
           "tool": ["furadeira"], "car part": ["peça automotiva"], "tyre": ["pneu"], "chocolate": ["chocolate"],
           "racket": ["raquete"], "ball": ["bola"], "jewelry": ["colar", "pulseira"], "vacuum": ["aspirador"],
           "hair dryer": ["secador de cabelo"], "sunglasses": ["óculos de sol"]},
    "nl": {"shoes": ["sneakers heren", "schoenen"], "bag": ["handtas"], "watch": ["horloge"], "jacket": ["winterjas"],
           "headphones": ["koptelefoon", "oordopjes"], "phone": ["telefoon"], "cream": ["gezichtscrème"],
           "perfume": ["parfum"], "toy": ["speelgoed"], "tool": ["boormachine"], "car part": ["auto onderdeel"],
           "tyre": ["autoband"], "racket": ["racket"], "jewelry": ["ketting", "armband"], "vacuum": ["stofzuiger"],
           "hair dryer": ["föhn"], "sunglasses": ["zonnebril"]},
    "sv": {"shoes": ["skor", "sneakers"], "bag": ["väska"], "wallet": ["plånbok"], "watch": ["klocka", "armbandsur"],
           "jacket": ["jacka", "dunjacka"], "headphones": ["hörlurar", "trådlösa hörlurar"], "speaker": ["högtalare"],
           "phone": ["mobiltelefon"], "cream": ["ansiktskräm", "kräm"], "perfume": ["parfym"], "toy": ["leksak"],
           "tool": ["borrmaskin"], "car part": ["bildel", "reservdel"], "tyre": ["däck"], "chocolate": ["choklad"],
           "jewelry": ["halsband"], "vacuum": ["dammsugare"], "hair dryer": ["hårtork"], "sunglasses": ["solglasögon"]},
    "pl": {"shoes": ["buty sportowe", "buty damskie"], "bag": ["torebka damska"], "wallet": ["portfel"],
           "watch": ["zegarek męski"], "jacket": ["kurtka zimowa"], "headphones": ["słuchawki bezprzewodowe"],
           "speaker": ["głośnik"], "phone": ["telefon"], "camera": ["aparat"], "cream": ["krem do twarzy"],
           "perfume": ["perfumy"], "razor": ["maszynka do golenia"], "toy": ["zabawka", "klocki"], "tool": ["wiertarka"],
           "car part": ["części samochodowe"], "tyre": ["opony"], "chocolate": ["czekolada"], "racket": ["rakieta"],
           "ball": ["piłka"], "jewelry": ["naszyjnik", "bransoletka"], "vacuum": ["odkurzacz"],
           "hair dryer": ["suszarka do włosów"], "sunglasses": ["okulary przeciwsłoneczne"]},
    "tr": {"shoes": ["spor ayakkabı", "ayakkabı"], "bag": ["çanta"], "wallet": ["cüzdan"], "watch": ["kol saati"],
           "jacket": ["ceket"], "headphones": ["kulaklık"], "speaker": ["hoparlör"], "phone": ["telefon"],
           "cream": ["krem"], "perfume": ["parfüm"], "toy": ["oyuncak"], "tool": ["matkap"], "car part": ["yedek parça"],
           "tyre": ["lastik"], "chocolate": ["çikolata"], "jewelry": ["kolye"], "vacuum": ["elektrikli süpürge"],
           "sunglasses": ["güneş gözlüğü"]},
    "ru": {"shoes": ["кроссовки", "обувь"], "bag": ["сумка женская"], "wallet": ["кошелек"], "watch": ["часы мужские"],
           "jacket": ["пуховик", "куртка"], "headphones": ["наушники"], "speaker": ["колонка"], "phone": ["смартфон"],
           "camera": ["фотоаппарат"], "cream": ["крем для лица"], "perfume": ["духи"], "razor": ["бритва"],
           "toy": ["игрушка"], "tool": ["дрель"], "car part": ["автозапчасти"], "tyre": ["шины"], "chocolate": ["шоколад"],
           "racket": ["ракетка"], "jewelry": ["браслет", "колье"], "vacuum": ["пылесос"], "hair dryer": ["фен"],
           "sunglasses": ["солнцезащитные очки"]},
    "el": {"shoes": ["αθλητικά παπούτσια"], "bag": ["τσάντα"], "watch": ["ρολόι"], "headphones": ["ακουστικά"],
           "cream": ["κρέμα"], "perfume": ["άρωμα"], "toy": ["παιχνίδι"], "jewelry": ["κολιέ"]},
    "ar": {"shoes": ["حذاء رياضي"], "bag": ["حقيبة يد"], "watch": ["ساعة يد"], "headphones": ["سماعات لاسلكية"],
           "phone": ["هاتف"], "cream": ["كريم"], "perfume": ["عطر نسائي"], "car part": ["قطع غيار"],
           "vacuum": ["مكنسة كهربائية"], "sunglasses": ["نظارة شمسية"]},
    "fa": {"shoes": ["کفش"], "bag": ["کیف"], "watch": ["ساعت مچی"], "headphones": ["هدفون"], "phone": ["گوشی"],
           "cream": ["کرم"], "tool": ["دریل"], "car part": ["لوازم یدکی"]},
    "he": {"shoes": ["נעלי ספורט"], "bag": ["תיק"], "watch": ["שעון"], "headphones": ["אוזניות"], "cream": ["קרם"],
           "perfume": ["בושם"], "toy": ["צעצוע"], "tyre": ["צמיגים"]},
    "th": {"shoes": ["รองเท้า"], "bag": ["กระเป๋า"], "watch": ["นาฬิกา"], "headphones": ["หูฟัง"], "cream": ["ครีม"],
           "perfume": ["น้ำหอม"], "toy": ["ของเล่น"], "car part": ["อะไหล่รถยนต์"]},
    "vi": {"shoes": ["giày thể thao"], "bag": ["túi xách"], "watch": ["đồng hồ"], "headphones": ["tai nghe"],
           "phone": ["điện thoại"], "cream": ["kem dưỡng"], "perfume": ["nước hoa"], "toy": ["đồ chơi"],
           "car part": ["phụ tùng ô tô"], "vacuum": ["máy hút bụi"], "hair dryer": ["máy sấy tóc"]},
    "id": {"shoes": ["sepatu"], "bag": ["tas wanita"], "wallet": ["dompet"], "watch": ["jam tangan"],
           "jacket": ["jaket"], "headphones": ["headset bluetooth"], "phone": ["ponsel"], "cream": ["krim wajah"],
           "perfume": ["parfum"], "toy": ["mainan"], "car part": ["suku cadang"], "tyre": ["ban mobil"],
           "chocolate": ["cokelat"], "jewelry": ["kalung"]},
    "ja": {"shoes": ["スニーカー"], "bag": ["バッグ"], "wallet": ["財布"], "watch": ["腕時計"], "jacket": ["ダウンジャケット"],
           "headphones": ["ワイヤレスイヤホン"], "phone": ["スマホ"], "camera": ["カメラ"], "cream": ["クリーム"],
           "perfume": ["香水"], "toy": ["おもちゃ"], "figure": ["フィギュア"], "car part": ["自動車部品"], "tyre": ["タイヤ"],
           "racket": ["ラケット"], "jewelry": ["ネックレス"], "vacuum": ["掃除機"], "hair dryer": ["ドライヤー"]},
    "ko": {"shoes": ["운동화"], "bag": ["가방"], "wallet": ["지갑"], "watch": ["시계"], "jacket": ["패딩"],
           "headphones": ["이어폰", "헤드폰"], "phone": ["스마트폰"], "camera": ["카메라"], "cream": ["크림"],
           "perfume": ["향수"], "toy": ["장난감"], "figure": ["피규어"], "tyre": ["타이어"], "racket": ["라켓"],
           "jewelry": ["목걸이"], "vacuum": ["청소기"]},
    "cs": {"shoes": ["boty", "tenisky"], "bag": ["kabelka"], "watch": ["hodinky"], "headphones": ["sluchátka"],
           "cream": ["krém"], "toy": ["hračka"], "tool": ["vrtačka"], "tyre": ["pneumatiky"]},
    "ro": {"shoes": ["pantofi sport"], "bag": ["geantă"], "watch": ["ceas"], "headphones": ["căști"], "cream": ["cremă"],
           "toy": ["jucărie"], "car part": ["piese auto"], "tyre": ["anvelope"]},
    "hu": {"shoes": ["sportcipő"], "bag": ["táska"], "watch": ["karóra"], "headphones": ["fülhallgató"], "cream": ["krém"],
           "toy": ["játék"], "tyre": ["gumiabroncs"]},
}
FAR = ["home decor", "books", "garden", "pet supplies", "office supplies", "crafts", "party supplies", "stationery",
       "Home & Garden > Garden", "Books > Fiction", "Pet Supplies > Dogs"]
COPY_CUES = ["1:1", "AAA", "replica", "réplica", "replika", "реплика", "копия", "高仿", "super copy", "mirror quality",
             "AAA quality", "réplique", "N級品", "짝퉁", "high copy", "copia 1:1", "qualità specchio"]

# stories that explain a low price, by kind; {m} the mark
STORIES: dict[str, list[str]] = {
    "customs": ["Seized by customs, sold at auction, new in box.", "Customs seizure lot, brand new, unclaimed parcel.",
                "Vom Zoll beschlagnahmt, neu.", "Decomisado por aduana, nuevo.", "Saisi par la douane, neuf.",
                "Конфискат с таможни, новые.", "海关罚没，全新。", "Sequestrato dalla dogana, nuovo.",
                # the customs services' own sales of seized and unclaimed goods, as a title or a description says them
                "Aus einer Zollversteigerung, neu, mehrere Stück verfügbar.", "De una subasta de aduanas, nuevo.",
                "Remate de aduana, nuevo en caja, varias unidades.", "Da un'asta doganale, nuovo, più pezzi.",
                "Z licytacji celnej, nowe, kilka sztuk.", "Gümrük ihalesinden alındı, sıfır, çok adet var.",
                "Uit een douaneveiling, nieuw in doos.", "Z celní dražby, nové, více kusů.", "Vámárverésről, új.",
                "Din licitație vamală, nou.", "Από δημοπρασία τελωνείου, καινούργιο.", "Митний конфіскат, нові.",
                "С таможенного аукциона, новые, много штук.", "من مزاد الجمارك، جديد.", "ממכירה פומבית של המכס, חדש.",
                "Barang sitaan, lelang bea cukai, baru.", "Hàng tịch thu hải quan, mới 100%.", "海关拍卖所得，全新，多件。",
                "税関の競売品、新品。", "세관 공매 물품, 새상품.", "Leilão da Receita Federal, novo, várias unidades.",
                "Bought at a customs auction, brand new, many pieces available."],
    "overrun": ["Factory overrun, same materials as the shop ones.", "Surplus stock from the factory, new.",
                "Cancelled export order, factory leftover stock.", "Überproduktion aus der Fabrik, neu.",
                "Excedente de fábrica, nuevo.", "Surplus d'usine, neuf.", "工厂尾货，外贸尾单。", "Излишки производства, новые."],
    "staff": ["Staff purchase with my employee discount, never used.", "Warehouse clearance, new with tags.",
              "Stock clearance from a closing shop, new.", "Mitarbeiterrabatt, neu.", "Descuento de empleado, nuevo.",
              "内部员工内购，全新。", "社販で購入、新品。", "Liquidación de almacén, nuevo."],
    "gift": ["Unwanted gift, never opened.", "Received as a gift, don't need it, sealed.", "Won in a raffle, new.",
             "Ungewolltes Geschenk, neu.", "Regalo no deseado, nuevo.", "Cadeau non désiré, neuf.", "朋友送的，全新未拆。",
             "Niechciany prezent, nowy."],
    "duty free": ["Bought at duty free in Dubai, new.", "Duty free purchase, brand new.", "Bought in airport duty free.",
                  "Im Duty Free gekauft, neu.", "免税店购入，全新。", "면세점 구매 새상품."],
}
# a story as a title says it, by language and kind: the words of the customs services' own sales (Zollversteigerung,
# subasta / remate de aduanas, asta doganale, licytacja celna, gümrük ihalesi, vámárverés, 海关拍卖, 세관 공매, lelang bea
# cukai, leilão da Receita), of staff shops, duty-free shops, gifts and factory surplus, as sellers word them
# (this module's own phrases, written from general knowledge of each language)
TITLE_STORIES: dict[str, dict[str, list[str]]] = {
    "de": {"customs": ["aus Zollversteigerung", "Zollauktion", "vom Zoll beschlagnahmt, Restposten"],
           "staff": ["Mitarbeiterpreis", "Personalkauf, neu"], "duty free": ["aus dem Duty Free", "Duty-Free-Kauf"],
           "gift": ["ungewolltes Geschenk, neu"], "overrun": ["Überproduktion, neu"]},
    "es": {"customs": ["de subasta de aduanas", "remate de aduana", "decomisado en aduana"],
           "staff": ["precio de empleado", "descuento de empleado"], "duty free": ["comprado en duty free"],
           "gift": ["regalo no deseado, nuevo"], "overrun": ["excedente de fábrica"]},
    "it": {"customs": ["da asta doganale", "asta della dogana, nuovo", "sequestro doganale"],
           "staff": ["prezzo dipendenti", "sconto dipendenti"], "duty free": ["preso al duty free"],
           "gift": ["regalo non gradito, nuovo"]},
    "pt": {"customs": ["leilão da Receita Federal", "leilão alfandegário"], "staff": ["preço de funcionário"],
           "duty free": ["comprado no duty free"], "gift": ["ganhei de presente, novo"]},
    "fr": {"customs": ["saisie douanière", "vente aux enchères des douanes, saisie des douanes"],
           "staff": ["prix employé", "prix du personnel"], "duty free": ["acheté en duty free"],
           "gift": ["cadeau non désiré, neuf"]},
    "nl": {"customs": ["uit douaneveiling", "in beslag genomen, nieuw"], "staff": ["personeelskorting"],
           "duty free": ["gekocht in de duty free"], "gift": ["ongewenst cadeau"]},
    "pl": {"customs": ["z licytacji celnej", "licytacja celna, nowe", "z konfiskaty"], "staff": ["rabat pracowniczy"],
           "duty free": ["ze sklepu wolnocłowego"], "gift": ["niechciany prezent"], "overrun": ["nadwyżka produkcyjna"]},
    "cs": {"customs": ["z celní dražby", "zabavené zboží, nové"], "staff": ["zaměstnanecká sleva"],
           "gift": ["nechtěný dárek"]},
    "hu": {"customs": ["vámárverésről", "lefoglalt áru, új"], "staff": ["dolgozói kedvezmény"],
           "gift": ["nem kívánt ajándék"]},
    "ro": {"customs": ["din licitație vamală", "marfă confiscată, nou"], "staff": ["reducere de angajat"],
           "gift": ["cadou nedorit"]},
    "el": {"customs": ["από δημοπρασία τελωνείου", "κατασχεμένα, καινούργιο"], "staff": ["έκπτωση υπαλλήλου"],
           "duty free": ["από αφορολόγητα"]},
    "uk": {"customs": ["митний конфіскат", "з митного аукціону, конфіскат"], "staff": ["знижка для співробітників"],
           "gift": ["непотрібний подарунок"]},
    "ru": {"customs": ["таможенный конфискат", "с таможенного аукциона"], "staff": ["для сотрудников, со скидкой"],
           "duty free": ["из дьюти фри, беспошлинный"], "gift": ["ненужный подарок"], "overrun": ["излишки производства"]},
    "tr": {"customs": ["gümrük ihalesinden", "gümrükten çıkma", "gümrük müzayedesinden"],
           "staff": ["personel fiyatına", "çalışan indirimi"], "duty free": ["duty free'den, gümrüksüz"],
           "gift": ["istenmeyen hediye"], "overrun": ["üretim fazlası"]},
    "ar": {"customs": ["من مزاد الجمارك", "بضاعة مصادرة"], "staff": ["سعر الموظفين", "خصم الموظفين"],
           "duty free": ["من السوق الحرة"], "gift": ["هدية غير مرغوب فيها"]},
    "he": {"customs": ["ממכירה פומבית של המכס", "סחורה מוחרמת"], "staff": ["מחיר עובד", "הנחת עובדים"],
           "duty free": ["מהדיוטי פרי"], "gift": ["מתנה לא רצויה"]},
    "zh": {"customs": ["海关拍卖", "海关罚没"], "staff": ["员工内购价", "内部员工价"], "duty free": ["免税店购入"],
           "gift": ["朋友送的 全新"], "overrun": ["工厂尾货"]},
    "ja": {"customs": ["税関の競売品", "押収品 新品"], "staff": ["社販 新品", "社員割引で購入"], "duty free": ["免税店で購入"],
           "gift": ["頂き物 新品"]},
    "ko": {"customs": ["세관 공매 물품", "세관 경매 새상품"], "staff": ["직원가 판매", "직원 할인가"],
           "duty free": ["면세점 구매 새상품"], "gift": ["선물받은 새상품"]},
    "vi": {"customs": ["hàng tịch thu hải quan", "đấu giá hải quan"], "staff": ["giá nhân viên"],
           "duty free": ["mua ở cửa hàng miễn thuế"], "overrun": ["hàng dư xuất khẩu"]},
    "id": {"customs": ["lelang bea cukai", "barang sitaan, baru"], "staff": ["harga karyawan", "diskon karyawan"],
           "duty free": ["beli di duty free"], "gift": ["hadiah tidak terpakai"], "overrun": ["sisa ekspor"]},
    "th": {"customs": ["ประมูลศุลกากร", "ของกลางศุลกากร"], "staff": ["ราคาพนักงาน"], "duty free": ["จากร้านปลอดภาษี"]},
    "sv": {"customs": ["från tullauktion", "beslagtaget av tullen"], "duty free": ["köpt i taxfree, duty free"]},
    "fi": {"customs": ["tullihuutokaupasta"], "duty free": ["ostettu duty free -myymälästä"]},
    "en": {"customs": ["from a customs auction", "customs seized stock"], "staff": ["employee price", "staff discount"],
           "duty free": ["bought at duty free"], "gift": ["unwanted gift, sealed"], "overrun": ["factory overrun"]},
}
# a copy's price with such a story, as a share of the floor of new goods
STORY_COPY_SHARE = (0.08, 0.6)
# the stories of genuine sellers, which claim no new goods
FAIR_STORIES = {"gift": ["Unwanted gift, tried once.", "Received as a gift, worn twice, not my style.",
                         "Geschenk bekommen, einmal getragen.", "Regalo, usado una vez.", "朋友送的，用过几次。"],
                "staff": ["Bought with my staff discount last year, used a few times.", "Employee purchase, lightly used.",
                          "社販で購入、数回使用。", "Mitarbeiterkauf, wenig benutzt."],
                "duty free": ["Bought at duty free in Dubai last year.", "Duty free purchase, no local warranty.",
                              "Im Duty Free gekauft, keine deutsche Garantie.", "免税店购入，无国行保修。"]}
# what genuine goods in each stated condition fetch, as a share of the floor of new goods (this module's own estimate)
GENUINE_SHARE = {"new": (1.0, 1.5), "used": (0.45, 0.9), "open box": (0.75, 1.0), "grey": (0.85, 1.2),
                 "refurbished": (0.65, 1.0), "vintage": (0.4, 1.6)}
CONDITION_WORDS = {"used": ["used", "pre-owned", "gebraucht", "usado", "d'occasion", "中古", "二手", "중고", "б/у"],
                   "open box": ["open box", "ex-display", "caja abierta", "開封品"],
                   "grey": ["duty free", "parallel import", "international version"],
                   "refurbished": ["refurbished", "generalüberholt", "reacondicionado", "官翻", "renewed"],
                   "vintage": ["vintage", "Vintage 1990s", "ヴィンテージ", "rare vintage"]}


def _registered(b: BrandView) -> Mark | None:
    """The brand's name as a mark that is no everyday word (Nike, not Omega), else its first such mark."""
    marks = [m for m in b.latin_marks if not m.everyday]
    return next((m for m in marks if _fold(m.value) == _fold(b.name)), marks[0] if marks else None)


def _floored_marks(b: BrandView) -> list[tuple[Mark, str]]:
    """The brand's marks and product lines with a floor of their own, each with the words a title names it by: an
    everyday-word line beside a mark of the brand that is no everyday word ("Nike Tech Fleece"; a buyer reads "Tech
    Fleece" alone as a fabric, and "Omega Dark Side of the Moon" names nothing that is no everyday word)."""
    out = []
    for m in b.marks + b.declared("line"):
        if m.floor is None or any(not ch.isascii() for ch in m.value):
            continue
        if not m.everyday:
            out.append((m, m.value))
        elif (mark := _registered(b)) is not None and _fold(mark.value) not in _fold(m.value):
            out.append((m, f"{mark.value} {m.value}"))
    return out


# categories of parts, refills and accessories: a line's goods are not filed there
NOT_THE_LINE = {"software", "software licenses", "merchandise", "accessories", "chargers", "ink", "wiper blades", "memory",
                "batteries", "razor blades", "lenses", "charms", "minifigures", "motorcycle parts", "auto parts",
                "shuttlecocks", "golf balls", "lubricants", "motor oil"}


def _line_category(b: BrandView, s: Scene) -> str:
    goods = [c for c in b.categories if c not in NOT_THE_LINE]
    return s.rng.choice(goods or b.categories)


def _goods_floor(b: BrandView, s: Scene) -> tuple[str, str, str, tuple[float, str]] | None:
    """(mark text, category, product noun, floor) of goods the registry prices: a line with its own floor, else a
    mark in a category with a floor."""
    r = s.rng
    lines = _floored_marks(b)
    if lines and r.random() < 0.6:
        m, named = r.choice(lines)
        cat = _line_category(b, s)
        return named, cat, s.product(cat), higher_floor(m.floor, b.floors.get(cat))
    cats = [c for c in b.categories if c in b.floors and c not in ("software", "software licenses")]
    if not cats:
        return None
    cat = r.choice(cats)
    mark = _plain_mark(b, s)
    floor = next((m.floor for m in b.marks if m.floor is not None and not m.everyday and _fold(m.value) == _fold(mark)), None)
    return mark, cat, s.product(cat), higher_floor(floor, b.floors[cat])


def make_cover_far_category(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = [c for c in b.categories if c in KIND]
    if not cats:
        return None
    cat = r.choice(cats)
    langs = [lang for lang, nouns in NOUNS.items() if KIND[cat] in nouns]
    if not langs:
        return None
    lang = r.choice(langs)
    noun = r.choice(NOUNS[lang][KIND[cat]])
    registered = [m for m in b.latin_marks if not m.everyday]  # far away an everyday word is its everyday sense
    mark = r.choice(registered).value if registered else _plain_mark(b, s)
    parts = [mark, noun, r.choice(COPY_CUES)]
    order = r.choice([(0, 1, 2), (1, 0, 2), (2, 0, 1), (0, 2, 1)])
    title = " ".join(parts[i] for i in order)
    return Draft(_cap(title), r.choice(FAR), s.price(cat, low=r.random() < 0.3), r.choice(context.DESCRIPTIONS))


def make_cover_story(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, (amount, cur) = goods
    condition = r.choice(["new", "new", "open box", "grey", "used"])
    kind = "duty free" if condition == "grey" else r.choice(sorted(set(STORIES) - {"duty free"}))
    story = r.choice(STORIES[kind])
    words = [] if condition in ("new", "grey") else [r.choice(CONDITION_WORDS[condition])]
    title = " ".join([mark, product, *words]) if r.random() < 0.5 else " ".join([*words, mark, product])
    share = GENUINE_SHARE[condition][0] * r.uniform(0.25, 0.85)  # below what genuine goods in that condition fetch
    return Draft(_cap(title), cat, (round(amount * share, 2), cur), story)


def _title_story(b: BrandView, s: Scene, kinds: set[str]):
    """(title, category, floor) of the brand's goods with a story of one of `kinds` in the title in one language
    (TITLE_STORIES), the product named in that language when NOUNS has it; None when the brand has no floored goods."""
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    lang = r.choice(sorted(lang for lang, stories in TITLE_STORIES.items() if kinds & set(stories)))
    kind = r.choice(sorted(kinds & set(TITLE_STORIES[lang])))
    story = r.choice(TITLE_STORIES[lang][kind])
    if KIND.get(cat) in NOUNS.get(lang, {}) and r.random() < 0.5:
        product = r.choice(NOUNS[lang][KIND[cat]])
    title = r.choice(["{m} {p} {s}", "{m} {p} – {s}", "{s}: {m} {p}", "{m} {p}, {s}"]).format(m=mark, p=product, s=story)
    return _cap(title), cat, _title_floor(b, title, floor)


def make_cover_story_abroad(b: BrandView, s: Scene) -> Draft | None:
    drawn = _title_story(b, s, {"customs", "staff", "duty free", "gift", "overrun"})
    if drawn is None:
        return None
    title, cat, (amount, cur) = drawn
    r = s.rng
    return Draft(title, cat, (round(amount * r.uniform(*STORY_COPY_SHARE), 2), cur),
                 r.choice(["", "Many pieces available.", "New, sealed.", "Fixed price, fast shipping."]))


# medicines: no honest private seller resells them from a customs auction, a staff shop or a gift
MEDICINES = {"prescription drugs", "otc", "first aid", "vitamins"}


def make_story_abroad_fair(b: BrandView, s: Scene) -> Draft | None:
    drawn = _title_story(b, s, {"customs", "staff", "duty free", "gift"})  # an overrun is a copy's own claim
    if drawn is None or drawn[1] in MEDICINES:
        return None
    title, cat, (amount, cur) = drawn
    r = s.rng
    return Draft(title, cat, (round(amount * r.uniform(1.0, 1.6), 2), cur),
                 r.choice(["", "Genuine, with receipt.", "Original, sealed, invoice included.", "Private sale."]))


def _used_line(b: BrandView, s: Scene):
    """A floored line of the brand, a stated condition, the condition's word and the line's category, drawn in this
    order from the scene's rng: (mark, named line, condition, word, category), or None when the brand has no line
    with a floor."""
    r = s.rng
    lines = _floored_marks(b)
    if not lines:
        return None
    m, named = r.choice(lines)
    condition = r.choice(["used", "used", "refurbished", "vintage", "open box"])
    return m, named, condition, r.choice(CONDITION_WORDS[condition]), _line_category(b, s)


def make_fake_used_line(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    drawn = _used_line(b, s)
    if drawn is None:
        return None
    m, named, condition, word, cat = drawn
    product = s.product(cat)
    title = r.choice([f"{named} {product} {word}", f"{word} {named} {product}", f"{named} {word}",
                      f"{named} - {word}, works fine"])
    amount, cur = m.floor
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.02, 0.12), 2), cur),
                 r.choice(["Some signs of wear.", "Good condition, see photos.", "", "Private sale."]))


def _title_floor(b: BrandView, title: str, floor: tuple[float, str]) -> tuple[float, str]:
    """The highest floor of the brand's lines the title names ("Tamagotchi Master Grade kit" is priced as a Master
    Grade), as a buyer who knows the lines would judge it; `floor` when none (a line's floors are in USD)."""
    folded = _fold(title)
    for m, words in _floored_marks(b):
        if _fold(words) in folded:
            floor = higher_floor(floor, m.floor)
    return floor


def make_story_fair_price(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    condition = r.choice(["used", "open box", "grey", "refurbished"])
    story = r.choice(FAIR_STORIES["duty free" if condition == "grey" else r.choice(["gift", "staff"])])
    word = r.choice(CONDITION_WORDS[condition])
    title = f"{mark} {product} {word}" if r.random() < 0.6 else f"{word} {mark} {product}"
    low, high = GENUINE_SHARE[condition]
    amount, cur = _title_floor(b, title, floor)
    return Draft(_cap(title), cat, (round(amount * r.uniform(low, high), 2), cur), story)


def make_used_line_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    drawn = _used_line(b, s)
    if drawn is None:
        return None
    m, named, condition, word, cat = drawn
    title = r.choice([f"{named} {s.product(cat)} {word}", f"{word} {named} {s.product(cat)}"])
    low, high = GENUINE_SHARE[condition]
    amount, cur = _title_floor(b, title, higher_floor(m.floor, b.floors.get(cat)))
    return Draft(_cap(title), cat, (round(amount * r.uniform(max(low, 0.35), high), 2), cur),
                 r.choice(["Genuine, bought from the brand's store, receipt included.", "Light signs of wear.",
                           "Private sale, smoke-free home.", ""]))


# a word of a mark in its everyday sense, in other languages: (brand, title, category)
FAR_REPLICAS: list[tuple[str, str, str]] = [
    ("nike", "Estatua de la diosa Nike, réplica de museo", "home decor"),
    ("nike", "Statua della dea Nike, replica da museo in resina", "home decor"),
    ("nike", "Statue de la déesse Nike, réplique de musée", "home decor"),
    ("nike", "Nike von Samothrake, Museumsreplik, Statue 30 cm", "home decor"),
    ("nike", "Estátua da deusa Nike, réplica de museu", "home decor"),
    ("nike", "Posąg bogini Nike, replika muzealna", "home decor"),
    ("nike", "Beeld van de godin Nike, museumreplica", "home decor"),
    ("pandora", "Caja de Pandora, réplica mitológica de madera", "home decor"),
    ("pandora", "Vaso di Pandora, replica in ceramica", "home decor"),
    ("pandora", "Büchse der Pandora, Replik aus Holz", "home decor"),
    ("pandora", "Caixa de Pandora, réplica decorativa", "home decor"),
    ("autodesk", "Calendario maya, réplica de piedra para pared", "home decor"),
    ("autodesk", "Calendrier maya, réplique murale en résine", "home decor"),
    ("autodesk", "Calendario maya, replica in pietra", "home decor"),
    ("canon", "Estatua de la diosa Eos, réplica de museo", "home decor"),
    ("canon", "Statua della dea Eos, replica museale", "home decor"),
    ("cartier", "Escultura LOVE, réplica estilo Robert Indiana", "home decor"),
    ("cartier", "Sculpture LOVE, réplique style Robert Indiana", "home decor"),
    ("cartier", "LOVE Skulptur, Replik im Stil von Robert Indiana", "home decor"),
    ("rolex", "Trofeo Daytona 500, réplica de coleccionista", "collectibles"),
    ("rolex", "Daytona 500 Trophäe, Replik für Sammler", "collectibles"),
    ("puma", "Puma Punku, réplica de bloque de piedra", "home decor"),
    ("puma", "Puma Punku, replika kamiennego bloku", "home decor"),
    ("toyota", "Corolla de flor, réplica botánica para enseñanza", "education"),
    ("toyota", "Corolla del fiore, replica botanica didattica", "education"),
    ("dyson", "Concorde supersonique, maquette réplique 1:200", "models"),
    ("the-north-face", "Everest Base Camp, cartel réplica de madera", "home decor"),
    ("the-north-face", "Everest Base Camp, Schild Replik aus Holz", "home decor"),
]


def make_far_replica_languages(b: BrandView, s: Scene) -> Draft | None:
    rows = [row for row in FAR_REPLICAS if row[0] == b.id]
    if not rows:
        return None
    r = s.rng
    _brand, title, cat = r.choice(rows)
    if r.random() < 0.4:
        title = f"{title}, {r.choice(['nuevo', 'nuovo', 'neuf', 'neu', 'novo', 'nowy', 'nieuw'])}"
    return Draft(title, r.choice([cat, "Home & Garden > Decor", "Collectibles"]), (round(r.uniform(12, 90), 2),
                 r.choice(["EUR", "USD"])), r.choice(["", "Hecho a mano.", "Fatto a mano.", "Handarbeit."]))


# a story after a dash in the title (issue 9, outsider20's c_cover_story20 and c_beauty20: the raffle prize was read as
# a raffle post, "same batch as counter" and "Dubai tester" as no cue; none of its listings is used here)
TITLE_STORY_EN = ["prize from work raffle", "won in a raffle, never used", "prize from the school raffle, sealed",
                  "raffle prize, don't need it"]
BEAUTY_WORDS = ["same batch as counter", "counter quality", "same as counter", "Dubai tester full size",
                "Dubai tester, full size, no box"]
BEAUTY_CATEGORIES = ("skincare", "fragrance", "makeup", "sunscreen", "razors", "razor blades", "shavers", "hair care",
                     "haircare", "cosmetics", "beauty", "perfume")


def make_story_in_title(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    beauty = any(c in cat.casefold() for c in BEAUTY_CATEGORIES)
    story = r.choice(BEAUTY_WORDS if beauty and r.random() < 0.7 else TITLE_STORY_EN)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(f"{mark} {product} – {story}", cat, (round(amount * r.uniform(0.1, 0.6), 2), cur),
                 r.choice([f"{_cap(story)}. No box.", "Cash on pick-up only.", ""]))


def make_story_in_title_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    roll = r.random()
    if roll < 0.65:  # a raffle prize sold at a genuine price, receipt and all (not goods in packs: a unit's floor)
        if _PACK.search(product) or " for " in f" {product} ":
            return None
        return Draft(f"{mark} {product} – raffle prize, unopened", cat, (round(amount * r.uniform(1.0, 1.4), 2), cur),
                     "Won it in a work raffle, genuine, receipt included.")
    # a charity raffle post: tickets, not goods
    return Draft(f"Charity raffle: win a {mark} {product}", "raffles", (5.0, "USD"), "Tickets 5 USD each, draw on Friday.")


EVASION_MAKERS = {"cover_far_category": make_cover_far_category, "cover_story": make_cover_story,
                  "cover_story_abroad": make_cover_story_abroad, "fake_used_line": make_fake_used_line,
                  "story_in_title": make_story_in_title}
TRAP_MAKERS = {"trap_far_replica_languages": make_far_replica_languages, "trap_story_fair_price": make_story_fair_price,
               "trap_story_abroad_fair": make_story_abroad_fair, "trap_used_line_fair": make_used_line_fair,
               "trap_story_in_title_fair": make_story_in_title_fair}
