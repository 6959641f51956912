"""Work done on the brand's goods, read by its act (issue 9, precision; services, session 19): a cleaning, a wash, a
repair, a restoration, a polish, a re-dye, an alteration, an exchange of a part (the battery, the glass, the screen, the
strap, the sole) or an authentication, sold as the work. subject.py's nouns ("repair service", "Reparatur", 维修) name a
service by a fixed phrase; this reads the act itself, the way service shops in each language word their titles:

- the European languages (and Turkish, Indonesian, Vietnamese written in Latin letters) head the title with the act's
  noun and put the object after it ("Nettoyage doudoune …", "Limpeza de tênis …", "Restauro borse …", "Wymiana ekranu
  …", "Czyszczenie butów …", "Cuci sepatu …", "Vệ sinh giày …"): the act at the title's start, or right after a
  separator ("Omega Seamaster – Cambio de pila"), followed by its object;
- English puts the act after its object ("Sneaker deep clean", "Down jacket dry cleaning", "rewash & reproof", "battery
  change"): the act anywhere, not followed by a goods noun ("cleaning kit", "polishing cloth", "engraving pen") and not
  a bundle's part ("with cleaning cloth", "free engraving");
- an exchange of a part names the part ("cambio de pila", "wymiana ekranu", "sostituzione vetro", "замена батарейки",
  電池交換, 배터리 교체): "cambio" or "wymiana" alone is also a swap of goods;
- Cyrillic and Greek acts as written (latin_text reads their letters as look-alikes), and the acts of Chinese, Japanese,
  Korean, Thai, Arabic, Hebrew and Hindi anywhere in the title (they put the act after the object: "나이키 스니커즈 세탁
  서비스", "ナイキ スニーカー クリーニング"), not where the characters after them make the word a product (清洗剂 a cleaning
  agent, 세탁기 a washing machine, 청소기 a vacuum cleaner, 修复霜 a repair cream, 交換用 a spare part).

Written for BrandSentry from general knowledge of how cobblers, dry cleaners, watchmakers, phone repairers, bag
restorers, sneaker-care shops and tailors title their work on classifieds and service boards (Kleinanzeigen
Dienstleistungen, leboncoin Services, Wallapop, OLX Usługi, Avito Услуги, Tokopedia Jasa, 58同城, 당근 동네생활, ジモティー);
no held-out listing's wording was copied. subject.py calls `service_act` for its kind "a service" (rule `subject`):
the marks then need corroboration as a far category does (a copy claim, or a cue with a price below a brand-wide floor),
so a "service" that sells a copy ("custom rep", "1:1") stays loud. Pure; no per-brand work.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text
from services.matcher.core.alternation import longest_first

# acts that head a title in the languages written in Latin letters (folded by latin_text: accents off), each followed by
# its object; a cleaning, a wash, a repair, a restoration, a polish, an engraving, a dye, an alteration, an authentication
START_ACTS = (
    # French
    "nettoyage", "lavage", "pressing", "renovation", "restauration", "reparation", "polissage", "lustrage",
    "recoloration", "retouches", "retouche", "ourlet", "entretien", "revision", "expertise",
    "authentification", "cirage", "impermeabilisation", "gravure", "gravure laser",
    # (genuine55, issue 9) English, as an authenticator titles its work in the first person ("We authenticate your …")
    "we authenticate", "we legit check",
    # Spanish
    "limpieza", "lavado", "lavanderia", "tintoreria", "restauracion", "reparacion", "arreglo", "arreglos", "compostura",
    "pulido", "tenido", "mantenimiento", "autenticacion", "impermeabilizacion", "reconstruccion", "grabado",
    "grabado laser",
    # Portuguese
    "limpeza", "lavagem", "higienizacao", "restauracao", "reparacao", "reparo", "reparos", "conserto", "consertos",
    "polimento", "tingimento", "pintura de", "manutencao", "revisao", "autenticacao", "impermeabilizacao", "gravacao",
    # Italian
    "pulizia", "lavaggio", "lavanderia", "restauro", "restauri", "riparazione", "riparazioni", "lucidatura",
    "manutenzione", "revisione", "autenticazione", "impermeabilizzazione", "rigenerazione", "incisione",
    # German
    "reinigung", "textilreinigung", "schuhreinigung", "sneakerreinigung", "uhrenreinigung", "taschenreinigung",
    "lederreinigung", "daunenreinigung", "reparatur", "restaurierung", "aufarbeitung", "aufbereitung", "instandsetzung",
    "polieren", "aufpolieren", "umfarben", "anderung", "anderungen", "anderungsschneiderei",
    "impragnierung", "wartung", "revision", "echtheitsprufung", "batteriewechsel", "akkuwechsel", "glaswechsel",
    "displaytausch", "displaywechsel", "besohlung", "neubesohlung",
    # Dutch
    "reiniging", "schoonmaak", "stomerij", "restauratie", "reparatie", "herstel", "herstelling", "polijsten",
    "vermaken", "onderhoud", "impregneren",
    # Polish, Czech, Slovak, Slovenian, Croatian
    "czyszczenie", "pranie", "renowacja", "naprawa", "polerowanie", "farbowanie", "przerobki", "konserwacja",
    "grawerowanie", "grawer",
    "cisteni", "cistenie", "oprava", "renovace", "renovacia", "lesteni", "ciscenje", "popravilo", "popravak",
    "servisiranje", "obnova",
    # Hungarian, Romanian
    "tisztitas", "javitas", "felujitas", "polirozas", "curatare", "spalare", "reparatie", "reparatii",
    "reconditionare", "recondiționare", "lustruire",
    # Nordic, Finnish
    "rengoring", "rens", "reparation", "reparasjon", "renovering", "polering", "kemtvatt", "kemisk rens",
    "puhdistus", "pesu", "korjaus", "entisointi", "kiillotus", "huolto",
    # Turkish, Indonesian/Malay, Vietnamese, Filipino
    "temizleme", "temizligi", "yikama", "kuru temizleme", "restorasyon", "onarim", "parlatma", "cuci", "jasa cuci", "perbaikan", "reparasi", "restorasi", "pencucian",
    "ve sinh", "giat", "giat kho", "phuc hoi", "danh bong", "spa giay", "linis", "paglilinis",
)
# acts English writes after their object (also anywhere in a title of another language: a shop's English)
ENGLISH_ACTS = (
    "cleaning", "deep clean", "deep cleaning", "dry cleaning", "dry clean", "dry cleaned", "rewash", "re-wash",
    "reproof", "re-proof", "re-edging", "edge repainting", "reproofing", "re-proofing", "wash and reproof", "wash & reproof", "laundering",
    "laundry service", "restoration", "restorations", "refurbishment", "refinishing", "recolour", "recolor",
    "recolouring", "recoloring", "redye", "re-dye", "repaint", "repainting", "respray", "resole", "re-sole", "resoling",
    "reglue", "re-glue", "regluing", "restitch", "re-stitch", "restitching", "stitching repair", "polishing", "re-polish", "repolish", "waterproofing", "regripping", "regrip", "re-grip",
    "sneaker spa", "bag spa", "handbag spa", "purse spa", "wallet spa", "jacket spa", "shoe spa", "leather spa", "watch spa", "shoe shine", "shoe shining",
    "alteration", "alterations", "tailoring", "hemming", "authentication", "legit check", "legit checks",
    # (genuine55) the authenticators' own names for the work ("Entrupy check", "authenticity check")
    "authenticity check", "authenticity checks", "authentication check", "entrupy check", "entrupy checks",
    "appraisal", "servicing", "overhaul", "battery change", "glass replacement", "crystal replacement", "sole replacement", "zipper replacement",
    "lining replacement",
    # (fresh53a, issue 9) an engraving of the customer's own item (a name, a date on its case or caseback), as engravers
    # title it on Etsy, Carousell and service boards ("Engraving on your AirPods case", "laser engraving service"); "free
    # engraving", "with engraving" stay a bundle's part (_BUNDLE_BEFORE)
    "engraving", "laser engraving", "hand engraving", "engraving service",
)
# acts the languages that put the act after its object write there too ("Sneaker Reinigung", "horloge reparatie",
# "kenkien puhdistus", "cipő tisztítás", "ayakkabı temizleme", "pil değişimi"), read as English acts are
AFTER_ACTS = ENGLISH_ACTS + (
    "reinigung", "textilreinigung", "schuhreinigung", "sneakerreinigung", "uhrenreinigung", "taschenreinigung",
    "lederreinigung", "daunenreinigung", "aufbereitung", "restaurierung", "aufarbeitung", "instandsetzung", "polieren",
    "aufpolieren", "impragnierung", "batteriewechsel", "akkuwechsel", "glaswechsel", "displaytausch", "displaywechsel",
    "neubesohlung", "reiniging", "restauratie", "polijsten", "stomen", "stomerij", "herstel", "reparatie", "rengoring", "kemtvatt", "renovering", "polering",
    "puhdistus", "pesu", "korjaus", "entisointi", "kiillotus", "huolto", "tisztitas", "javitas", "felujitas",
    "polirozas", "temizleme", "temizligi", "yikama", "kuru temizleme", "restorasyon", "onarim", "parlatma",
    "pil degisimi", "cam degisimi", "ekran degisimi", "kayis degisimi", "elemcsere", "akkumulator csere", "paristonvaihto",
    "batteribyte", "batteriskifte",
)
# an exchange of a part: the act names the part right after it ("cambio de pila", "wymiana ekranu"); alone it may be a
# swap of goods ("Cambio zapatillas por …", "Wymiana na …")
EXCHANGE_ACTS = ("cambio", "cambio de", "cambio del", "cambio della", "sustitucion de", "sustitucion del", "troca de",
                 "troca da", "troca do", "substituicao de", "substituicao da", "substituicao do", "sostituzione",
                 "sostituzione del", "sostituzione della", "remplacement", "remplacement de", "remplacement du",
                 "changement", "changement de", "changement du", "austausch", "wechsel", "tausch", "vervanging",
                 "vervangen", "wymiana", "vymena", "vymena", "csere", "inlocuire", "byte av", "bytte av", "udskiftning af",
                 "vaihto", "degisimi", "degisim", "ganti", "penggantian", "thay", "thay the")
PARTS = (
    # battery
    "battery", "batteries", "pila", "pile", "pilas", "bateria", "baterias", "batteria", "batterie", "batterij",
    "akku", "baterii", "baterie", "bateriei", "batteri", "paristo", "pariston", "pil", "pili", "baterai", "pin",
    # glass, crystal, screen, display, lens, back
    "glass", "crystal", "cristal", "vidrio", "vidro", "vetro", "vetrino", "verre", "glas", "glasu", "szkla", "szkielka",
    "sklicka", "uveg", "sticla", "lasi", "cam", "cami", "kaca", "kinh", "screen", "pantalla", "tela", "schermo", "ecran",
    "display", "displays", "scherm", "ekranu", "ekran", "ekrani", "displeje", "kijelzo", "ecranului", "naytto",
    "nayton", "layar", "man hinh", "lcd", "lens", "lente", "objectif", "back glass", "tapa", "tampa",
    # strap, bracelet, band, sole, heel, zip, lining, seals, gaskets, handles, edges
    "strap", "correa", "pulseira", "cinturino", "bracelet", "armband", "band", "bandje", "paska", "paseczka",
    "remienka", "szij", "curea", "ranneke", "kayis", "tali", "day", "sole", "soles", "suela", "suelas", "sola", "solas",
    "suola", "suole", "semelle", "semelles", "sohle", "sohlen", "zool", "zolen", "podeszwy", "podeszwa", "taban", "heel",
    "tacco", "tacchi", "tacon", "salto", "talon", "absatz", "zip", "zipper", "cremallera", "ziper", "zipper",
    "cerniera", "zip", "fermeture", "reissverschluss", "rits", "zamka", "zamek", "fermuar", "resleting", "lining",
    "forro", "fodera", "doublure", "futter", "voering", "podszewki", "guarnizioni", "guarnizione", "juntas", "joints",
    "dichtungen", "uszczelek", "gaskets", "seals", "manici", "asas", "alcas", "anses", "henkel", "hengsels", "handles",
    "bordi", "cantos", "bords", "kanten", "edges", "corona", "couronne", "krone", "crown", "cuero", "pelle", "leder",
    "port", "conector", "connettore", "connecteur", "ladebuchse", "gniazda", "gniazdo", "tapas", "cover",
)
# a goods noun right after an act: the act names goods, not work ("cleaning kit", "polishing cloth", "engraving pen",
# "repair cream", "Reinigungsset" is one word: no act)
GOODS_AFTER = (
    "kit", "kits", "set", "sets", "cloth", "cloths", "brush", "brushes", "solution", "solutions", "spray", "sprays",
    "foam", "wipes", "wipe", "tool", "tools", "machine", "machines", "pen", "pens", "head", "heads", "station", "pad",
    "pads", "tablets", "tabs", "liquid", "agent", "gel", "powder", "paste", "cream", "creme", "balm", "wax", "oil",
    "bag", "bags", "case", "box", "supply", "supplies", "gloves", "product", "products", "bundle", "mode", "modes",
    "function", "cycle", "cycles", "program", "programme", "fluid", "fluids", "cartridge", "cartridges", "filter",
    "filters", "pod", "pods", "dock", "base", "stand", "accessories", "accessory", "attachment", "attachments",
    "nozzle", "tray", "mat", "rag", "rags", "sponge", "sponges", "towel", "towels", "block", "eraser", "stick",
    "pencil", "remover", "cleaner", "cleaners", "protector", "shampoo", "conditioner", "soap", "detergent", "pouch",
    "serum", "mask", "concentrate", "tape", "patch", "patches", "glue", "thread", "needle", "needles", "part", "parts",
    "manual", "guide", "book", "course", "putty", "compound", "polish", "lotion", "cap", "caps", "plate", "plates",
    "strip", "strips", "disc", "discs", "wheel", "wheels", "tip", "tips", "bit", "bits", "unit", "units", "vacuum",
    "robot", "bottle", "bottles", "refill", "refills", "brosse", "chiffon", "cepillo", "pano", "panno", "tuch", "burste",
    "spazzola", "escova", "szczotka", "liquido", "liquide", "flussigkeit", "schiuma", "espuma", "mousse", "set de",
    "kit de", "kit di", "kit do", "zestaw", "panni", "pasta", "crema", "krem", "krema", "sprej",
)
# a bundle's part right before the act: the act comes with goods ("with cleaning cloth", "free engraving", "+ polishing");
# a check the goods failed or pass ("failed legit check", "can pass authentication") admits a copy, no service
_BUNDLE_BEFORE = re.compile(r"(?<![a-z0-9])(?:with|w|incl|includes|including|included|free|plus|bonus|gratis|inkl|"
                            r"mit|avec|con|com|z|met|and free|self|auto|for|para|pour|fur|per|voor|do|dla|perfect for|"
                            r"ideal for|great for|easy|easy to|failed|fail|fails|failing|pass|passes|passed|passing|survives|survive|"
                            r"beats|beat)[^a-z0-9]*$|[+][^a-z0-9]*$")
# a stock clearance (Turkish "depo temizliği", "stok temizliği": a clearance sale of goods), no cleaning
_CLEARANCE = re.compile(r"(?<![a-z0-9])(?:depo|stok|stock|sezon|raf|magaza|dolap|gardrop)[^a-z0-9]+temizli")
# (closet37) a wardrobe's clear-out ("limpieza de armario", "czyszczenie szafy", "wardrobe clean out", "чистка
# гардероба"): an owner's sale of its own clothes (condition.py _CLOSET_RESALE), no cleaning sold
_WARDROBE_AFTER = re.compile(r"[^a-z0-9]+(?:(?:de|del|mi|mis|el|o|do|da|w|moje[jy]?|my|the|our|out|of|mon|ma|mes|"
                             r"mein\w*|il|mio|l)[^a-z0-9]+)?(?:armario|armarios|closet|closets|ropero|szafy|szafie|szafa|"
                             r"garderob\w*|wardrobe|placard|armoire|dressing|armadio|guarda[^a-z0-9]?roupa|kast|"
                             r"kleiderschrank\w*)(?![a-z0-9])")
_WARDROBE_NATIVE = re.compile(r"\s+(?:моего\s+|своего\s+)?(?:гардероба|шкафа)")
# (mend40) the bundle's part in the other scripts: a free act comes with the goods ("+ Бесплатная гравировка имени",
# "безкоштовна гравіювання", "δωρεάν χάραξη"), as _BUNDLE_BEFORE's "free engraving" (outsider37 c_free_engraving37)
_NATIVE_BUNDLE_BEFORE = re.compile(r"(?:бесплатн\w*|безкоштовн\w*|δωρεάν|\+)\s*$")
_SEPARATOR = r"(?:^|[|:;(\[–—]|\s[-/]\s|\s[-/](?=\w)|[.!?]\s)"
# "Service:", "Servicio de", "Servizio di", "Dienst:", "Jasa" before the act
_SERVICE_HEAD = (r"(?:(?:service|services|servicio|servicios|servico|servicos|servizio|servizi|dienst|dienstleistung|"
                 r"uslugi|usluga|usluge|jasa|dich vu|prestation|professional|professionelle|professionnel|"
                 r"profesional|profissional|professionale|profesjonalne|express|mobile|mobiler|fast)"
                 r"(?:[^a-z0-9]+(?:de|di|da|do|du|des|of|von|der))?[^a-z0-9]+)?")


def _alternatives(words: tuple[str, ...]) -> str:
    latin = sorted({" ".join(re.findall(r"[a-z0-9]+", latin_text(w).lower())) for w in words}, key=longest_first)
    return "|".join(r"[^a-z0-9]+".join(map(re.escape, w.split())) for w in latin if w)


# what may follow an English act: the title's end, a separator, or a word of the work's own ("service", "and", "by",
# "specialist"): "cleaning kit", "deep cleaning toothbrush", "strap replacement for …" name goods
_ENGLISH_NEXT = (r"[^a-z0-9]*$|\s*[,;:|()\[\]–—!/.]|\s+[-+&]|\s+(?:service|services|and|by|in|at|from|per|specialist|"
                 r"specialists|shop|studio|workshop|done|only|all|any|on|of|near|while|same|same-day|express|for all|"
                 r"welcome|available|expert|experts|pro|professional|repair|restoration|reproof|lassen|hizmeti|hizmet|servisi|"
                 r"palvelu|szolgaltatas|szerviz|service|tjanst|dienst|bij|bei|ve|es|und|en|og|och|ja)(?![a-z0-9])")
# (fresh53a) an English engraving is work sold only when it says on what or that it is a service ("engraving on your
# AirPods", "engraving of names", "engraving service"): "Cartier engraving" is the mark engraved on the goods
_ENGRAVING_NEXT = re.compile(r"\s+(?:on|onto|of|service|services|for your|for all|while you wait)(?![a-z0-9])")
_GOODS = rf"(?:{_alternatives(GOODS_AFTER)})(?![a-z0-9])"
_PART = rf"(?:{_alternatives(PARTS)})(?![a-z0-9])"
# the act at the start (or after a separator), then an object: one word at least, not a goods noun
_START = re.compile(rf"{_SEPARATOR}[^a-z0-9]*{_SERVICE_HEAD}(?P<act>{_alternatives(START_ACTS)})(?![a-z0-9])"
                    rf"(?=[^a-z0-9]+(?!{_GOODS})[a-z0-9]|[^a-z0-9]*$)")
# English: the act anywhere, not a goods noun after it, not "for" (a part "for" a model: "strap replacement for …")
_ENGLISH = re.compile(rf"(?<![a-z0-9-])(?P<act>{_alternatives(AFTER_ACTS)})(?![a-z0-9])"
                      rf"(?={_ENGLISH_NEXT})")
# an exchange: the act, then the part within two words ("cambio de pila", "wymiana szkła w zegarku", "thay pin")
_EXCHANGE = re.compile(rf"{_SEPARATOR}[^a-z0-9]*{_SERVICE_HEAD}(?P<act>{_alternatives(EXCHANGE_ACTS)})(?![a-z0-9])"
                       rf"(?:[^a-z0-9]+(?:de|di|del|della|dello|du|des|la|le|il|lo|da|do|der|des|van|het|of|the|a|y|e|"
                       rf"i|ve|dan))?[^a-z0-9]+{_PART}")
# words of the acts' last runs: a title holding none of them holds no act (a set test before the expressions)
ANCHORS = frozenset(re.findall(r"[a-z0-9]+", latin_text(w).lower())[-1] for w in START_ACTS + AFTER_ACTS + EXCHANGE_ACTS
                    if re.findall(r"[a-z0-9]+", latin_text(w).lower()))

# Cyrillic and Greek acts, matched as written (casefolded): at the start of a word; an exchange names its part
NATIVE_ACTS = ("химчистка", "чистка", "стирка", "реставрация", "реставрація", "восстановление", "полировка",
               "полірування", "покраска", "перекраска", "гравировка", "ремонт", "хімчистка", "чищення", "прання",
               "аутентификация", "проверка подлинности", "ушив", "подгонка", "перешив", "обслуживание", "химическо чистене",
               "почистване", "поправка", "καθαρισμός", "καθαρισμος", "επισκευή", "επισκευη", "γυάλισμα", "συντήρηση")
NATIVE_EXCHANGE = ("замена", "заміна", "смяна", "αντικατάσταση", "αλλαγή")
NATIVE_PARTS = ("батарейк", "батаре", "аккумулятор", "акумулятор", "стекла", "стекло", "скла", "экран", "екран",
                "дисплея", "дисплей", "ремеш", "браслет", "подошв", "молни", "замка", "подкладк", "μπαταρ", "τζάμι",
                "οθόνη", "λουρ")
_NATIVE_ACT = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted({w.casefold() for w in NATIVE_ACTS}, key=longest_first)))
                         + r")(?!\w)")  # casefolded as the title is (Greek final ς folds to σ)
_NATIVE_EXCHANGE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted({w.casefold() for w in NATIVE_EXCHANGE})))
                              + r")\s+(?:\w+\s+)?(?:" + "|".join(map(re.escape, sorted({w.casefold() for w in NATIVE_PARTS}))) + ")")
# the acts of the scripts without spaces between words (or with the act after its object), each with the characters
# that, right after it, make it a product (a cleaning agent, a washing machine, a vacuum cleaner, a repair cream, a
# spare part "交換用"), and those that, right before it, make it another word
WIDE_ACTS = {
    # Chinese
    "清洗": "剂劑液机機器套刷布工具片粉", "精洗": "剂液", "干洗": "剂劑机機店", "洗护": "用品套产品品液霜乳",
    "修复": "霜精华液乳膏面膜水套", "修復": "霜精液乳膏", "换电池": "", "换表镜": "", "换屏": "", "更换电池": "",
    "更换屏幕": "", "更换表镜": "", "抛光": "布膏蜡机輪轮液棉片", "改衣": "", "补色": "笔膏剂", "洗鞋": "机器刷剂液",
    "护理": "液剂霜套装油膏品乳", "鉴定服务": "", "鑑定服務": "",
    # Japanese
    "丸洗い": "", "洗浄": "液剤機器用ブラシ", "電池交換": "", "ガラス交換": "", "風防交換": "", "ベルト交換": "",
    "画面交換": "", "液晶交換": "", "バッテリー交換": "", "研磨": "剤布機材", "お直し": "", "補修": "剤キットテープ材用",
    "靴磨き": "セットキットクロスブラシ", "染め直し": "", "修理": "", "メンテナンス": "用キットセット",
    # Korean
    "세탁": "기세망볼", "클리닝": "키크티폼용", "복원": "크세앰", "리페어": "크세앰", "청소": "기솔용포", "세척": "기제액솔",
    "광택": "제크천", "배터리 교체": "용", "배터리교체": "용", "액정 교체": "용", "액정교체": "용", "유리 교체": "용",
    "수선": "",
    # Thai, Arabic, Hebrew, Hindi, Persian
    "ซักแห้ง": "", "ทำความสะอาด": "", "ซ่อม": "", "สปารองเท้า": "", "เปลี่ยนแบต": "", "ขัดเงา": "",
    "تنظيف": "", "تصليح": "", "إصلاح": "", "صيانة": "", "ترميم": "", "تلميع": "", "تغيير بطارية": "",
    "ניקוי": "", "תיקון": "", "שיפוץ": "", "החלפת סוללה": "", "ליטוש": "",
    "मरम्मत": "", "सफाई": "", "रिपेयर": "", "تعمیر": "", "تمیزکاری": "", "شستشو": "", "تعویض باتری": "",
}
_WIDE_FIRST = frozenset(w[0] for w in WIDE_ACTS)


def service_act(title: str, latin: str | None = None) -> str | None:
    """The act of work done on goods that a title sells (a cleaning, a wash, a repair, a restoration, a polish, an
    alteration, an exchange of a named part, an authentication), as written or as its latin reading, else None. Pure."""
    latin = latin if latin is not None else latin_text(title).lower()
    words = frozenset(re.findall(r"[a-z0-9]+", latin))
    if not ANCHORS.isdisjoint(words):
        for regex in (_EXCHANGE, _START, _ENGLISH):
            for m in regex.finditer(latin):
                if regex is _ENGLISH and (_BUNDLE_BEFORE.search(latin[max(0, m.start() - 24):m.start()])
                                          or _CLEARANCE.search(latin[max(0, m.start() - 12):m.end()])):
                    continue  # "with cleaning cloth", "free engraving", "self-cleaning": goods; "depo temizliği" a sale
                if _WARDROBE_AFTER.match(latin, m.end("act")):
                    continue  # "limpieza de armario", "czyszczenie szafy": a wardrobe's clear-out, a sale
                if regex is _ENGLISH and "engrav" in m.group("act") and not _ENGRAVING_NEXT.match(latin, m.end("act")):
                    continue  # "with Cartier engraving – gift": the mark engraved on the goods sold, no engraving sold
                return m.group("act") if regex is not _EXCHANGE else m.group(0).strip(" |:;([–—-/.!?")
    if title.isascii():
        return None
    folded = title.casefold()
    if (m := _NATIVE_EXCHANGE.search(folded) or next(
            (a for a in _NATIVE_ACT.finditer(folded) if not _NATIVE_BUNDLE_BEFORE.search(folded, max(0, a.start() - 24), a.start())),
            None)) is not None and not _WARDROBE_NATIVE.match(folded, m.end()):
        return m.group(0)
    if _WIDE_FIRST.isdisjoint(title):
        return None
    for act, goods in WIDE_ACTS.items():
        i = title.find(act)
        while i >= 0:
            after = title[i + len(act):i + len(act) + 1]
            if not after or after not in goods:
                return act
            i = title.find(act, i + 1)
    return None
