#!/usr/bin/env python3
"""outsider36 held-out set generator (stdlib only, seeded, deterministic).

python3 make_set.py --seed 36 --out set.jsonl --classes classes.md
"""
import argparse, json, random
from data import MARKETS, PRODUCTS, AUTHORIZED, ZH, MARK

R = None  # random.Random, set in main


def mk_by_lang(lang):
    ms = [m for m in MARKETS if m[0] == lang] or [m for m in MARKETS if m[0].split("-")[0] == lang.split("-")[0]]
    return R.choice(ms)


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def copy_frac(usd):
    if usd >= 2000: return R.uniform(0.03, 0.08)
    if usd >= 300: return R.uniform(0.06, 0.20)
    if usd >= 30: return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def pool(*kinds):
    return [p for p in PRODUCTS if not kinds or p[6] in kinds]


ALL = pool()
LUX = pool("lux", "watch", "jewel")
SNK = pool("sneaker", "apparel")
ELEC = pool("elec")
CONS = pool("fmcg", "beauty", "pharma", "auto")
WATCH = pool("watch")


def prod(cls_i, i, pl):
    return pl[(i * 7 + cls_i * 5 + R.randrange(3)) % len(pl)]


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def handle():
    a = R.choice(["lux", "best", "top", "shop", "store", "deal", "trend", "city", "star", "happy", "smart", "style", "mega", "prime", "urban", "kicks", "zone", "home"])
    b = R.choice(["hub", "point", "house", "world", "corner", "box", "mart", "plus", "outlet", "vibes", "express", "club", "lab", "garden"])
    return f"{a}{b}{R.randrange(10, 9999)}"


# ------------------------------------------------------------------ phrases
CUE = {  # plain copy words per language
    "en": "replica", "es": "réplica AAA", "pt": "réplica primeira linha", "fr": "copie", "de": "Nachbildung", "it": "replica",
    "nl": "namaak", "pl": "podróbka", "cs": "kopie", "hu": "másolat", "ro": "replică", "el": "απομίμηση", "ru": "реплика",
    "uk": "копія", "kk": "көшірме (реплика)", "tr": "A kalite", "ar": "هاي كوبي", "fa": "های کپی", "he": "חיקוי", "hi": "फर्स्ट कॉपी",
    "bn": "মাস্টার কপি", "ur": "ماسٹر کاپی", "th": "งานก๊อปเกรดพรีเมียม", "vi": "hàng fake loại 1", "id": "KW super", "ms": "tiruan gred AAA",
    "tl": "class A", "zh": "高仿", "ja": "コピー品", "ko": "레플리카", "sv": "kopia", "da": "kopi", "fi": "kopio", "ka": "ასლი",
    "hy": "կրկնօրինակ", "sr": "kopija", "bg": "реплика", "ne": "नक्कली", "si": "කොපි", "km": "ក្លែងក្លាយ", "mn": "хуулбар", "uz": "nusxa",
    "sw": "feki",
}
DONT_ASK = {
    "es": "No preguntes si es original 🙏 el precio lo dice todo.", "pt": "Não pergunte se é original, pelo preço você já sabe.",
    "ru": "Не спрашивайте, оригинал или нет — цена говорит сама за себя.", "tr": "Orijinal mi diye sormayın, fiyat ortada.",
    "it": "Non chiedete se è originale, il prezzo parla da sé.", "fr": "Ne demandez pas si c'est l'original, vu le prix…",
    "de": "Bitte nicht fragen ob original – beim Preis sollte es klar sein.", "pl": "Nie pytajcie czy oryginał, cena mówi wszystko.",
    "id": "Jangan tanya ori atau bukan ya kak, harga sudah jelas.", "vi": "Đừng hỏi chính hãng hay không nha, giá nói lên tất cả.",
    "th": "ไม่ต้องถามว่าแท้ไหมนะคะ ราคาบอกอยู่แล้ว", "ar": "لا تسأل إذا كان أصلي، السعر واضح.", "zh": "别问是不是正品，看价格就懂。",
    "ja": "本物かどうかの質問はご遠慮ください。お値段でお察しください。", "ko": "정품이냐고 묻지 마세요, 가격 보시면 아시죠.",
    "en": "Don't ask if it's real, the price says it all.", "ro": "Nu întrebați dacă e original, prețul spune tot.",
    "el": "Μη ρωτάτε αν είναι γνήσιο, η τιμή τα λέει όλα.", "uk": "Не питайте чи оригінал, ціна все каже.",
}
RHETORIC = {
    "en": "Original? At this price? 😂", "es": "¿Original? ¿A este precio? 😂", "pt": "Original? Por esse preço? kkkkk",
    "fr": "Original ? À ce prix-là ? 😏", "de": "Original? Zu dem Preis? 😅", "ru": "Оригинал? За такую цену? 😁",
    "tr": "Orijinal mi? Bu fiyata mı? 😄", "it": "Originale? A questo prezzo? 😂", "id": "Ori? Harga segini? wkwk",
    "tl": "Original? Sa presyong 'to? hahaha", "nl": "Origineel? Voor deze prijs? 😉", "pl": "Oryginał? W tej cenie? 😉",
    "zh": "正品？这个价？😂", "ko": "정품? 이 가격에? ㅋㅋ", "ar": "أصلي؟ بهالسعر؟ 😂", "hu": "Eredeti? Ennyiért? 😄",
}
MALL = {
    "en": "Want the original? Go to the mall. This one is for the rest of us.",
    "es": "Si quieres el original, ve al centro comercial. Este es para el día a día.",
    "pt": "Quer original? Vai no shopping. Esse aqui é pro dia a dia.",
    "fr": "Vous voulez l'original ? Allez en boutique. Celui-ci c'est pour tous les jours.",
    "de": "Wer das Original will, geht in die Boutique. Das hier ist fürs kleine Budget.",
    "ru": "Хотите оригинал — вам в бутик. Это для повседневки.", "tr": "Orijinal isteyen AVM'ye gitsin, bu günlük kullanım için.",
    "it": "Se volete l'originale andate in boutique, questo è per tutti i giorni.", "id": "Mau ori? ke mall aja kak. Ini buat harian.",
    "ms": "Nak original pergi mall, yang ni untuk pakai hari-hari.", "vi": "Muốn hàng chính hãng thì ra trung tâm thương mại nhé, cái này dùng hằng ngày.",
    "zh": "要正品请去专柜，这款是日常款。", "ar": "إذا بدك الأصلي روح عالمول، هاد للاستعمال اليومي.",
    "pl": "Chcesz oryginał? Idź do galerii. To jest na co dzień.", "nl": "Origineel? Dan moet je naar de winkel. Dit is voor elke dag.",
}
CHINA_VER = {
    "es": "versión china", "pt": "versão chinesa", "ru": "китайская версия", "tr": "Çin versiyonu", "ar": "نسخة صينية",
    "fa": "نسخه چینی", "id": "versi China", "it": "versione cinese", "pl": "wersja chińska", "ro": "varianta chinezească",
    "uk": "китайська версія", "en": "Chinese version", "fr": "version chinoise", "hu": "kínai verzió", "bg": "китайска версия",
}
REF_PHOTO = {
    "en": "Photos show the original for reference only; you receive our version – same look, same logo.",
    "es": "Fotos del original solo como referencia; se envía nuestra versión, mismo diseño y logo.",
    "pt": "Fotos do original só para referência; você recebe a nossa versão, mesmo visual e logo.",
    "fr": "Photos de l'original à titre indicatif ; vous recevez notre version, même look, même logo.",
    "de": "Fotos zeigen das Original nur als Referenz; Sie erhalten unsere Version – gleiche Optik, gleiches Logo.",
    "ru": "Фото оригинала для ориентира; вы получите нашу версию – тот же вид, тот же логотип.",
    "it": "Foto dell'originale solo come riferimento; ricevi la nostra versione, stesso look e logo.",
    "id": "Foto ori hanya referensi ya, yang dikirim versi kami – tampilan & logo sama.",
    "zh": "图片为正品参考图，实发我们的版本，外观logo一致。", "ko": "사진은 정품 참고용이고 저희 버전으로 발송돼요, 로고 동일.",
    "tr": "Fotoğraflar orijinalin referans fotoğrafıdır; bizim versiyonumuz gönderilir, logo aynı.",
}
REVIEW_BAN = {
    "en": "⚠️ Please DON'T write the brand name in your review – just write '{g}'. Reviews with the name get my shop closed. Thank you ⭐⭐⭐⭐⭐",
    "es": "⚠️ Por favor NO escribas la marca en tu reseña, solo pon '{g}'. Si no me cierran la tienda. ¡Gracias! ⭐⭐⭐⭐⭐",
    "pt": "⚠️ Por favor NÃO escreva a marca na avaliação, coloque só '{g}'. Senão a loja cai. Obrigado ⭐⭐⭐⭐⭐",
    "id": "⚠️ Mohon JANGAN tulis merek di ulasan ya kak, tulis '{g}' aja. Kalau tidak toko kami kena banned. Makasih ⭐⭐⭐⭐⭐",
    "vi": "⚠️ Khách vui lòng KHÔNG ghi tên thương hiệu trong đánh giá, chỉ ghi '{g}' thôi ạ, không shop bị khóa. Cảm ơn ⭐⭐⭐⭐⭐",
    "th": "⚠️ รีวิวรบกวนอย่าพิมพ์ชื่อแบรนด์นะคะ พิมพ์แค่ '{g}' ไม่งั้นร้านโดนปิด ขอบคุณค่ะ ⭐⭐⭐⭐⭐",
    "zh": "⚠️ 亲，评价里千万不要写品牌名，写'{g}'就好，不然店铺会被封，谢谢 ⭐⭐⭐⭐⭐",
    "tl": "⚠️ Please HUWAG isulat ang brand sa review, '{g}' lang po. Para hindi ma-ban ang shop. Salamat ⭐⭐⭐⭐⭐",
    "ms": "⚠️ Tolong JANGAN tulis nama jenama dalam review, tulis '{g}' sahaja ya. Terima kasih ⭐⭐⭐⭐⭐",
    "tr": "⚠️ Lütfen yorumda marka adını YAZMAYIN, sadece '{g}' yazın. Yoksa mağaza kapanıyor. Teşekkürler ⭐⭐⭐⭐⭐",
}
SENSORY = {
    "en": "Same leather smell as the boutique, same weight in the hand, same click when it closes. Only difference is the receipt.",
    "es": "Mismo olor a piel que en la tienda, mismo peso en la mano, mismo clic al cerrar. Lo único que cambia es el ticket.",
    "fr": "Même odeur de cuir qu'en boutique, même poids en main, même clic à la fermeture. Seule différence : le ticket.",
    "de": "Gleicher Ledergeruch wie in der Boutique, gleiches Gewicht in der Hand, gleiches Klicken. Nur der Kassenbon fehlt.",
    "it": "Stesso odore di pelle della boutique, stesso peso in mano, stesso clic. Cambia solo lo scontrino.",
    "ru": "Тот же запах кожи, что в бутике, тот же вес в руке, тот же щелчок. Разница только в чеке.",
    "pt": "Mesmo cheiro de couro da loja, mesmo peso na mão, mesmo clique. Só muda a nota fiscal.",
    "zh": "和专柜一样的皮味，一样的手感重量，一样的开合声音，只差一张小票。",
    "ko": "매장이랑 같은 가죽 냄새, 같은 무게감, 같은 딸깍 소리. 영수증만 없어요.",
}
SOCIAL = {
    "en": "Your mother-in-law won't know. Your boss won't know. Only you and me 🤫",
    "es": "Tu suegra no se va a dar cuenta. Tu jefe tampoco. Solo tú y yo 🤫",
    "pt": "Sua sogra não vai perceber. Nem seu chefe. Só eu e você 🤫",
    "fr": "Ta belle-mère n'y verra que du feu. Ton patron non plus 🤫", "de": "Die Schwiegermutter merkt's nicht. Der Chef auch nicht 🤫",
    "it": "Tua suocera non se ne accorge. Nemmeno il capo 🤫", "ru": "Свекровь не заметит. Начальник тоже 🤫",
    "tr": "Kayınvaliden anlamaz, patronun da anlamaz 🤫", "id": "Mertua nggak bakal tahu, bos juga nggak 🤫",
    "tl": "Hindi mapapansin ng biyenan mo, pati ng boss mo 🤫", "ar": "حماتك ما رح تعرف، ولا مديرك 🤫",
}
LANGS_ALL = sorted(CUE)


# ------------------------------------------------------------------ counterfeit templates
def cue_for(lang):
    return CUE.get(lang.split("-")[0], "replica")


def C(fn, pl=None, langs=None, price="copy"):
    return dict(fn=fn, pool=pl or ALL, langs=langs, price=price)


def t_dont_ask(p, lang, i):
    return f"{p[1]} – nuevo" if lang.startswith("es") else f"{p[1]} – new", DONT_ASK[lang.split('-')[0]] + f" {p[2]}."


def t_rhetoric(p, lang, i):
    return f"{p[1]} {RHETORIC[lang.split('-')[0]]}", f"{p[2]}. " + R.choice(["Fast shipping.", "Ships tomorrow.", "Stock ready.", "Good quality."])


def t_mall(p, lang, i):
    return f"{p[1]}", f"{p[2]}. {MALL[lang.split('-')[0]]}"


SLANG = [  # lang, formatter(local amount) -> phrase; local currency is the market's
    ("es-AR", lambda a: f"{round(a / 1000):,} lucas".replace(",", ".")), ("es-CL", lambda a: f"{round(a / 1000)} lucas"),
    ("es-CO", lambda a: f"{round(a / 1000)} lucas"), ("id-ID", lambda a: f"{round(a / 1000)}rb" if a < 1e6 else f"{a / 1e6:.1f}jt".replace(".", ",")),
    ("vi-VN", lambda a: f"{round(a / 1000)}k"), ("ru-RU", lambda a: f"{round(a / 1000)} косаря" if a >= 2000 else f"{round(a)} р"),
    ("pl-PL", lambda a: f"{max(1, round(a / 100))} stówy" if a >= 150 else f"{max(1, round(a / 10))} dych"),
    ("en-GB", lambda a: f"{round(a)} quid"), ("en-US", lambda a: f"{round(a)} bucks"), ("es-ES", lambda a: f"{round(a)} pavos"),
    ("fr-FR", lambda a: f"{round(a)} balles"), ("de-DE", lambda a: f"{round(a)} Mäuse"), ("zh-CN", lambda a: f"{round(a)}米"),
    ("ko-KR", lambda a: f"{round(a / 10000)}만" if a >= 10000 else f"{round(a / 1000)}천"), ("sw-KE", lambda a: f"{round(a / 1000)}k bob"),
    ("en-NG", lambda a: f"{round(a / 1000)}k"), ("es-MX", lambda a: f"{round(a)} varos"),
]


def t_inventory(p, lang, i):
    n = R.choice([480, 1200, 2400, 350, 960, 5000])
    return p[1] + R.choice([" – in stock", " – ready stock", ""]), f"{p[2]}. Available: {n} pcs, all colours. Restocked weekly."


def t_origin(p, lang, i):
    place = R.choice(["China (Guangzhou)", "China (Guangdong)", "China", "PRC – Fujian", "China (Dongguan)"])
    return p[1] + " – new with tags", f"{p[2]}. Brand new. Country of origin: {place}."


def t_private_label(p, lang, i):
    return (R.choice(["White label", "Private label", "OEM / private label"]) + f" – {p[1]}",
            f"Private-label supply of {p[1]} ({p[2]}). Delivered with the original {MARK[p[0]]} logo or with your own logo – your choice. MOQ 20, factory price per unit.")


def t_remake(p, lang, i):
    w = R.choice(["Our remake of the", "Workshop reinterpretation of the", "Independent re-edition of the", "Our faithful remake of the"])
    return f"{w} {p[1]}".replace("the The ", "The "), f"{p[2]}. Made in our workshop, not by the house, finished with the {MARK[p[0]]} logo and box like the original."


def t_tier(p, lang, i):
    return p[1], None  # description set in gen (needs prices)


def t_review_ban(p, lang, i):
    g = p[2].split(",")[0].split(" with ")[0]
    return p[1], f"{p[2]}. " + REVIEW_BAN[lang.split('-')[0]].format(g=g)


def t_loyalty(p, lang, i):
    w = R.choice(["Loyalty card: every 5th order FREE 🎁", "Refer a friend: code REP10 = 10% off your next order",
                  "Stamp card – buy 4 reps, the 5th is on us", "VIP: returning buyers get 15% off, ask for your code"])
    return f"{p[1]} – {w}", f"{p[2]}. {w}. Thank you for coming back!"


def t_ref_photo(p, lang, i):
    return p[1], f"{p[2]}. " + REF_PHOTO[lang.split('-')[0]]


def t_spot(p, lang, i):
    return f"Spot the difference 🔍 {p[1]}", None


def t_china(p, lang, i):
    v = CHINA_VER[lang.split('-')[0]]
    return f"{p[1]} {v}", f"{p[2]}. {v}. " + R.choice(["🔥", "👍", "✅", ""])


APPS = {"bose": "Bose Music", "sony": "Sony Sound Connect", "apple": "Find My", "samsung": "Galaxy Wearable", "dyson": "MyDyson",
        "philips": "Sonicare", "nintendo": "Nintendo Switch Online", "microsoft": "Xbox Accessories", "abbott": "FreeStyle LibreLink",
        "panasonic": "Panasonic", "canon": "Camera Connect"}


def t_app(p, lang, i):
    app = APPS.get(p[0], "official")
    return p[1], f"{p[2]}. Works with the universal app, not with the {app} app; no firmware updates. Pop-up and pairing OK."


def t_transfer(p, lang, i):
    k = R.choice(["DTF transfers", "Heat-press vinyl logos", "Iron-on patches", "Woven neck labels", "Print-on-demand hoodie"])
    n = R.choice([10, 20, 50, 100])
    return f"{k} {MARK[p[0]]} logo x{n} – ready to press", f"{MARK[p[0]]} logo {k.lower()}, {R.choice([6, 8, 10, 12])} cm, {n} pcs. Press on any blank garment, bag or shoe – looks like the real {MARK[p[0]]} item."


def t_sensory(p, lang, i):
    return p[1], f"{p[2]}. " + SENSORY[lang.split('-')[0]]


def t_sold(p, lang, i):
    n = R.choice(["10,000+ sold", "5k+ sold", "20k+ sold", "1万+人付款", "8,000+ terjual", "9k+ đã bán"])
    return f"🔥{n} ⭐4.9 ✔ {p[1]} ✔ fast shipping", f"{p[2]}. ✔ {n} ✔ 4.9 rating ✔ free returns"


def t_box(p, lang, i):
    return p[1], None


def t_social(p, lang, i):
    return p[1], f"{p[2]}. " + SOCIAL[lang.split('-')[0]]


def t_slang(p, lang, i):
    return p[1], None


# everyday-floor counterfeits
def t_cue(p, lang, i):
    c = cue_for(lang)
    return R.choice([f"{p[1]} {c}", f"{c} {p[1]}", f"{p[1]} ({c})"]), p[2]


LUXJ = ["ZF factory", "Clean factory", "VS factory 1:1", "top batch 1:1", "AAA mirror grade", "1:1 super clone", "god batch"]
SNKJ = ["LJR batch", "PK 5.0 batch", "OG batch", "GX batch", "M batch rep", "budget batch", "纯原版本"]


def t_luxrep(p, lang, i):
    return f"{p[1]} – {R.choice(LUXJ)}", f"{p[2]}. QC photos before shipping."


def t_snkrep(p, lang, i):
    return f"{p[1]} {R.choice(SNKJ)}", f"{p[2]}. W2C in bio. QC pics sent."


def t_clone(p, lang, i):
    return f"{p[1]} {R.choice(['1:1 clone', 'high copy', 'master copy', 'clone Airoha chip', 'clon AAA'])}", f"{p[2]}. Same look as original, 3 months shop warranty."


def t_pharma(p, lang, i):
    return f"{p[1]} – {R.choice(['no prescription', 'generic copy', 'India copy', 'same as original, cheaper'])}", f"{p[2]}. Discreet shipping, no Rx needed."


def t_fmcg(p, lang, i):
    return f"{p[1]} {R.choice(['factory copy', 'fake (same taste)', 'imitation', 'replica pack', 'copy'])}", f"{p[2]}. Bulk available."


def t_auto(p, lang, i):
    return f"{p[1]} – {R.choice(['OEM box (not original)', 'copy', 'imitation part', 'replica, fits perfect'])}", f"{p[2]}. Fast shipping."


def t_toys(p, lang, i):
    return f"{p[1]} {R.choice(['copy', 'replica set', 'fake (same pieces)', 'imitation'])}", f"{p[2]}. Box with logo."


def t_soft(p, lang, i):
    return f"{p[1]} – lifetime key, pre-activated", f"{p[2]}. Instant delivery, cracked installer + lifetime activation."


MISSP = {"rolex": "Roleks", "gucci": "Gučči", "nike": "Najki", "adidas": "Adidaş", "louis-vuitton": "Lui Viton", "cartier": "Kartje",
         "dyson": "Dajson", "samsung": "Samsong", "omega": "Omegga", "burberry": "Berberi", "michael-kors": "Maikl Kors",
         "canada-goose": "Kanada Gus", "swarovski": "Svarovski", "pandora": "Pandorra", "coach": "Kouch", "bose": "Bouse",
         "the-north-face": "Nort Feis", "lego": "Legoo", "philips": "Filips", "shiseido": "Šiseido", "estee-lauder": "Estee Loder",
         "yonex": "Jonex", "callaway": "Kalaway", "levis": "Livajs", "puma": "Pumma", "sony": "Sonny", "apple": "Eppl", "nintendo": "Nintedo"}


def t_missp(p, lang, i):
    m = MISSP.get(p[0], MARK[p[0]])
    name = p[1].replace(MARK[p[0]], m) if MARK[p[0]] in p[1] else f"{m} {p[1]}"
    return name, p[2]


HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "O": "О", "E": "Е", "A": "А", "C": "С", "i": "і"})


def t_homo(p, lang, i):
    m = MARK[p[0]]
    return p[1].replace(m, m.translate(HOMO)) + " " + cue_for(lang), p[2]


def t_sep(p, lang, i):
    m = MARK[p[0]]
    s = R.choice([".", "-", "_", " ", "·", "/"])
    return p[1].replace(m, s.join(m.replace(" ", ""))) + " " + cue_for(lang), p[2]


def t_cjk(p, lang, i):
    return f"{ZH[p[0]]} {R.choice(['高仿', '原单', '1比1', '顶级复刻', '专柜同款 非正品', 'A货', '莆田货'])} {p[3] or p[2]}", f"{ZH[p[0]]} {p[2]}"


def t_off(p, lang, i):
    return f"{p[1]} – {R.choice(['WhatsApp for real pics', 'DM on Telegram for catalogue', 'more on IG @', 'WeChat for price'])}", f"{p[2]}. Rep & copies, ask on WhatsApp +{R.randrange(10**9, 10**10)}."


def t_lowprice(p, lang, i):
    return p[1] + R.choice([" – new", " brand new", " NEW", ""]), p[2]


def t_inspired(p, lang, i):
    return f"{MARK[p[0]]} inspired {p[2]} with logo", f"Inspired by {MARK[p[0]]}, with the {MARK[p[0]]} logo. {p[2]}."


def t_cover(p, lang, i):
    return p[1] + " – " + R.choice(["customs seized lot", "factory overrun", "staff sale", "cancelled export order", "leftover from showroom"]), f"{p[2]}. Unused, no receipt, that's why the price."


def t_jewel(p, lang, i):
    return f"{p[1]} 18k gold plated {R.choice(['copy', 'replica', 'dupe with logo'])}", f"{p[2]}. Stainless steel, 18k gold plated, with logo engraving."


def t_model(p, lang, i):
    return f"{p[3] or p[1]} {p[2]}", f"{p[2]}, model {p[3]}."


def t_grade(p, lang, i):
    return f"{p[1]} – grade A / AA / AAA / mirror available", f"{p[2]}. Grade A {R.randrange(20, 40)}, AAA {R.randrange(50, 90)}, mirror {R.randrange(100, 160)}."


LOCAL = {"rolex": ("th", "โรเล็กซ์"), "gucci": ("ka", "გუჩი"), "nike": ("hy", "Նայք"), "louis-vuitton": ("el", "Λουί Βιτόν"),
         "dyson": ("th", "ไดสัน"), "samsung": ("hi", "सैमसंग"), "apple": ("ar", "أبل"), "adidas": ("el", "Αντιντάς"),
         "cartier": ("ru", "Картье"), "omega": ("he", "אומגה"), "canada-goose": ("ru", "Канада Гус"), "burberry": ("ja", "バーバリー"),
         "coach": ("ko", "코치"), "michael-kors": ("th", "ไมเคิล คอร์ส"), "swarovski": ("bg", "Сваровски"), "bose": ("fa", "بوز"),
         "pandora": ("el", "Πανδώρα"), "the-north-face": ("ko", "노스페이스"), "sony": ("ka", "სონი"), "lego": ("he", "לגו")}


def t_local(p, lang, i):
    l, name = LOCAL.get(p[0], ("ru", MARK[p[0]]))
    return f"{name} {p[2]} {cue_for(l)}", f"{name} – {cue_for(l)}"


INIT = {"louis-vuitton": "LV", "the-north-face": "TNF", "michael-kors": "MK", "canada-goose": "CG", "estee-lauder": "EL",
        "coca-cola": "CC", "johnson-johnson": "JNJ"}


def t_init(p, lang, i):
    return f"{INIT.get(p[0], MARK[p[0]][:2].upper())} {p[2]} {cue_for(lang)}", p[2]


def t_sport(p, lang, i):
    return f"{p[1]} {R.choice(['copy', 'replica', 'factory copy', 'imitation'])} – club price", f"{p[2]}. Same specs as retail."


CODESW = ["Legit copy po ito ng {b}, same same pero mura", "Yeh {b} ka first copy hai bhai, full original jaisa", "Es una copia del {b} pero looks exactly the same bro",
          "C'est une copie {b} mais franchement same quality", "Ini {b} KW tapi quality sama ori lah", "Das ist eine {b} Kopie, aber honestly top quality"]


def t_codesw(p, lang, i):
    return p[1], R.choice(CODESW).format(b=MARK[p[0]]) + ". " + p[2]


def t_desc(p, lang, i):
    return p[2].capitalize(), f"{p[1]} – {cue_for(lang)}. Same as the original."


LEET = str.maketrans({"o": "0", "e": "3", "a": "4", "i": "1", "s": "5", "O": "0", "E": "3", "A": "4", "I": "1", "S": "5"})


def t_leet(p, lang, i):
    m = MARK[p[0]]
    return p[1].replace(m, m.translate(LEET)) + " rep", p[2]


NICK = {"rolex": "crown brand", "nike": "swoosh", "adidas": "three stripes", "louis-vuitton": "LV monogram", "gucci": "double G",
        "canada-goose": "arctic disc patch", "apple": "bitten apple", "puma": "leaping cat", "michael-kors": "MK logo",
        "the-north-face": "half dome", "omega": "Ω", "cartier": "panther", "burberry": "nova check", "coach": "C signature",
        "lego": "brick brand", "levis": "red tab", "shell": "pecten", "michelin": "Bibendum", "mattel": "Barbie pink"}


def t_nick(p, lang, i):
    n = NICK.get(p[0], MARK[p[0]] + " logo")
    return f"{p[2]} with {n} – {cue_for(lang)}", f"{p[2]}, {n} logo, {cue_for(lang)}."


def t_watchrep(p, lang, i):
    return f"{p[1]} – {R.choice(['3235 clone movement', '904L super clone', 'Clean factory V3', 'VSF 8800', 'noob V12'])}", f"{p[2]}. Sapphire, ceramic, full set box & papers."


def t_whole(p, lang, i):
    return f"Wholesale {p[1]} MOQ {R.choice([20, 50, 100])} – factory copy", f"{p[2]}. Mixed sizes/colours. Per-piece price."


# ------------------------------------------------------------------ innocent templates
def t_auth(p, lang, i): return p[1], p[2] + ". Official store. Free shipping and returns."
def t_used(p, lang, i): return f"Used {p[1]} – {R.choice(['good condition', 'light wear', 'worn a few times'])}", f"{p[2]}. Bought {R.randrange(2016, 2026)}, receipt available. Genuine, selling because I upgraded."
def t_refurb(p, lang, i): return f"{p[1]} – certified refurbished, grade A", f"{p[2]}. Refurbished, tested, 12-month warranty."
def t_preowned(p, lang, i): return f"Pre-owned {p[1]} – box & papers {R.randrange(2015, 2025)}", f"{p[2]}. Authenticated by our watchmakers/specialists, 2-year dealer warranty."
def t_outlet(p, lang, i): return f"{p[1]} – outlet, last season", f"{p[2]}. From the brand's factory outlet, original tags."
def t_grey(p, lang, i): return f"{p[1]} – imported from {R.choice(['Japan', 'Hong Kong', 'USA', 'Germany'])}", f"{p[2]}. Genuine, parallel import, international warranty."
def t_negated(p, lang, i): return f"{p[1]} – 100% authentic, NOT a replica", f"{p[2]}. Not a copy, not a fake: original receipt from the authorised dealer in photos."
def t_about_copies(p, lang, i):
    t = R.choice(["Documentary DVD: 'The Fake Trade' – how counterfeit {b} goods are seized", "Book: Knockoff – the global trade in counterfeit goods (mentions {b})",
                  "Ticket: Musée de la Contrefaçon, Paris – fakes vs originals incl. {b}", "Anti-counterfeit UV torch for brand protection teams ({b} training kit)",
                  "Seminar seat: customs officers' course on spotting fake {b} goods", "Newspaper 1998: police raid on fake {b} warehouse"])
    return t.format(b=MARK[p[0]]), "About copies – this is not a product of the brand and not a copy; a media/education item."


EVERY = [("ferrero", "Kinderwagen Bugaboo Fox 3 – gebraucht, Kinder geliebt", "baby strollers"), ("toyota", "Corolla and petals: botany flashcards set", "books"),
         ("honda", "Perfume accord workshop: build your own amber accord", "workshops"), ("shell", "Seashell necklace, handmade, real shell", "jewelry"),
         ("puma", "Puma plush toy, 40 cm big cat (cougar) – Peluche puma", "toys"), ("omega", "Omega-3 fish oil 1000 mg, 120 capsules", "supplements"),
         ("the-north-face", "Nuptse & Lhotse trek 14 days – guided, Kathmandu start", "travel"), ("the-north-face", "Everest Base Camp trek deposit", "travel"),
         ("microsoft", "Double-glazed windows 120x140 cm, uPVC, new", "building"), ("microsoft", "Office chair ergonomic mesh, used", "furniture"),
         ("nintendo", "8-port gigabit network switch, unmanaged", "networking"), ("samsung", "Galaxy star projector night light", "home"),
         ("apple", "Apple tree sapling 'Elstar', 2-year, bare root", "garden"), ("coach", "Coach trip Kraków–Vienna, 2 seats", "travel"),
         ("mars", "Mars rock? Meteorite NWA slice 5 g with certificate", "collectibles"), ("adobe", "Adobe bricks (sun-dried mud bricks) x200", "building"),
         ("canon", "Pachelbel Canon in D – sheet music for string quartet", "music"), ("coach", "Tabby cat scratching post + 'Coach' dog training whistle", "pets"),
         ("callaway", "The Odyssey – Homer, Penguin Classics paperback", "books"), ("wilson", "Woodrow Wilson presidential campaign button 1912", "collectibles"),
         ("pandora", "Pandora's box replica prop from Greek myth play", "props"), ("ferrero", "Kinder-Fahrrad 16 Zoll, blau", "bicycles"),
         ("coca-cola", "Coca leaf tea (mate de coca) – Bolivia, 100 bags", "tea"), ("cartier", "Jacques Cartier 1534 commemorative stamp, Canada", "stamps")]


def t_every(p, lang, i):
    b, t, c = EVERY[i % len(EVERY)]
    return t, "Everyday item. " + t, b, c


ACC = ["case for {n}", "screen protector for {n}", "replacement strap for {n} (aftermarket, no logo)", "storage box for {n}", "cleaning kit for {n}", "stand for {n}"]
def t_acc(p, lang, i): return R.choice(ACC).format(n=p[1]), "Compatible accessory, made by a third party, no brand logo."
BOOKS = ["{b}: the official history, hardcover", "Collector's guide to {b}, 2nd edition", "Magazine: '{b} at 100' special issue", "{b} service manual (workshop), PDF on USB"]
def t_books(p, lang, i): return R.choice(BOOKS).format(b=MARK[p[0]]), "Book / media about the brand."
def t_dupe(p, lang, i): return f"Own-brand {p[2]} – similar style to {MARK[p[0]]}, no logo", f"Our own brand. NOT {MARK[p[0]]}, no logos or marks copied; comparable look at a fair price."
def t_lowreal(p, lang, i):
    r = R.choice({"elec": ["cracked glass, for repair", "water damage, not working – spares", "missing charger and box", "one unit only, case missing"],
                  "sneaker": ["left shoe only (amputee sale)", "heavily worn, sole split"], "apparel": ["ink stain on sleeve", "smoke smell from house fire, cleaned"],
                  "lux": ["smoke smell from house fire", "strap torn, needs repair"], "watch": ["engraved with a name on the back, not running", "no box, no papers, needs service"],
                  "jewel": ["engraved with a name inside", "bent, needs repair"], "fmcg": ["best before next month", "dented box, sealed inside"],
                  "beauty": ["best before next month, opened once", "box damaged, product sealed"], "pharma": ["expires next month", "damaged outer box"],
                  "auto": ["box damaged, part new", "one of a pair only"], "toy": ["box damaged, bags sealed", "incomplete, 3 pieces missing"],
                  "soft": ["older version, no upgrade path"], "sport": ["scuffed, used two seasons"], "tools": ["no battery, tool only, used"]}[p[6]])
    return f"Genuine {p[1]} – {r}", f"{p[2]}. Genuine, bought at the brand store. Cheap because: {r}."
NAMES = [("bose", "Subhas Chandra Bose – biography (Hindi, paperback)"), ("honda", "Keisuke Honda signed Japan shirt 2010 – charity auction"),
         ("mars", "Bruno Mars concert tickets 2 × standing"), ("levis", "Primo Levi – Se questo è un uomo, Einaudi"), ("cartier", "Rue Cartier apartment 2 rooms for rent, Québec"),
         ("wilson", "Cast Away volleyball prop 'Wilson' fan-made painting"), ("toyota", "Toyota City, Aichi – guidebook in Japanese"), ("nike", "Winged Victory (Nike) of Samothrace – plaster replica statue"),
         ("puma", "Puma Punku (Bolivia) guided day tour from La Paz"), ("bosch", "Hieronymus Bosch – The Garden of Earthly Delights poster"), ("dyson", "Freeman Dyson – Disturbing the Universe, used book"),
         ("omega", "Omega Ω Greek letter pendant, silver, handmade"), ("pandora", "Pandora (Avatar) Na'vi poster 60x90"), ("canon", "Canon law textbook, 3rd edition"),
         ("coach", "Coach Carter DVD (2005)"), ("philips", "Philips screwdriver set (cross-head) – generic, 6 pcs")]
def t_names(p, lang, i):
    b, t = NAMES[i % len(NAMES)]
    return t, "Names and places, no brand goods.", b, None
def t_parts(p, lang, i): return f"Genuine {MARK[p[0]]} replacement part for {p[1]} – pulled from working unit", f"Original part, {p[2]}. Tested."
def t_gift(p, lang, i): return f"{MARK[p[0]]} gift card {R.choice([25, 50, 100])}", "Digital gift card, code by email, face value."
LICENSED = [("lego", "LEGO Icons adidas Originals Superstar 10282 (official)"), ("hasbro", "Monopoly: Coca-Cola edition by Hasbro (licensed)"),
            ("mattel", "Hot Wheels Mario Kart set (official Nintendo licence)"), ("puma", "Puma x Ferrari Speedcat (official collab)"),
            ("bandai", "Bandai Tamagotchi x Pac-Man (licensed)"), ("lego", "LEGO Super Mario 71360 starter course (official)")]
def t_licensed(p, lang, i):
    t = R.choice(["LEGO Icons adidas Originals Superstar 10282 (official)", "Monopoly: Coca-Cola edition by Hasbro (licensed)", "Hot Wheels Mario Kart set (official Nintendo licence)",
                  "Puma x Ferrari Speedcat (official collab)", "Bandai Tamagotchi x Pac-Man (licensed)", "LEGO Super Mario 71360 starter course (official)"])
    return t, "Officially licensed product, sold at retail price."
CHINA_OK = [("apple", "iPhone 15 Pro 256GB versión china (A3104), doble SIM física, original sellado", 1099, "phones", "es-MX"),
            ("samsung", "Galaxy S24 国行版 SM-S9210 官方正品 全新未拆封", 799, "phones", "zh-CN"), ("sony", "PS5 Slim 国行 正品 带发票", 499, "consoles", "zh-CN"),
            ("nintendo", "Switch OLED 国行版（腾讯）正品", 349, "consoles", "zh-CN"), ("dyson", "Dyson HD08 国行正品 专柜购买 带发票", 429, "hair care", "zh-CN"),
            ("lego", "LEGO 75192 China version box (乐高中国官方) – sealed", 849.99, "building sets", "en-SG"), ("shiseido", "Shiseido Ultimune 中文版 专柜正品 50ml", 105, "skincare", "zh-TW"),
            ("canon", "Canon EOS R6 Mark II 国行 正品 带保修卡", 2499, "cameras", "zh-CN"), ("apple", "AirPods Pro 2 versión china original sellados, funciona en español", 249, "earbuds", "es-AR"),
            ("samsung", "Galaxy Buds2 Pro китайская версия (оригинал, Samsung CN), русский язык через приложение", 229, "earbuds", "ru-RU"),
            ("apple", "iPhone 15 Pro Max Çin versiyonu (çift fiziksel SIM) – orijinal, faturalı", 1199, "phones", "tr-TR"),
            ("sony", "Sony WH-1000XM5 versão chinesa original lacrado (importado)", 399, "headphones", "pt-BR")]
def t_cutlabel(p, lang, i): return f"{ZH[p[0]]} {p[1]} 正品剪标 商场撤柜", f"{p[2]}. 正品 商场撤柜剪标处理（防退回专柜），吊牌剪了一角，可验货。Genuine, outlet-cut label."
DONT_OK = {"es": "¿Original? Sí. Factura de la tienda en las fotos, no preguntes más 🙂", "pt": "Original? Sim, nota fiscal nas fotos, pode perguntar à vontade.",
           "en": "Is it real? Yes – receipt from the store in photo 4, serial matches.", "de": "Original? Ja, Rechnung vom Fachhändler im Bild."}
def t_dontok(p, lang, i): return f"{p[1]} – original con factura" if lang.startswith("es") else f"{p[1]} – genuine with receipt", DONT_OK[lang.split('-')[0]]
ORIG = {"nike": "Vietnam", "adidas": "Indonesia", "apple": "China", "michael-kors": "China", "coach": "Cambodia", "levis": "Bangladesh",
        "the-north-face": "Vietnam", "puma": "Vietnam", "samsung": "Vietnam", "bose": "Malaysia", "dyson": "Malaysia", "philips": "China", "hasbro": "China", "mattel": "Indonesia"}
def t_origin_ok(p, lang, i): return p[1] + " – new, original", f"{p[2]}. Genuine from the brand store, receipt. Country of origin: {ORIG[p[0]]} (as printed on the label)."
def t_tier_ok(p, lang, i): return p[1] + " – authorised distributor", None
def t_app_ok(p, lang, i): return f"Used {p[1]} – registered, pairs with the official app", f"{p[2]}. Firmware updated in the official {APPS.get(p[0], 'brand')} app, serial registered to me, transfer on sale."
def t_pl_ok(p, lang, i): return f"White-label {p[2]} – your logo, MOQ 500", f"Private-label {p[2]}. We print YOUR logo only. We do not put {MARK[p[0]]} or any third-party trademark on products."
def t_tr_ok(p, lang, i): return f"Custom DTF transfers – your own design, 50 pcs", f"DTF transfers of your artwork. We refuse orders with {MARK[p[0]]} or other brand logos (trademark policy)."
REMAKE_OK = [("nike", "Nike Air Max 1 '86 OG 'Big Bubble' reissue", 150, "sneakers"), ("levis", "Levi's Vintage Clothing 1955 501 jeans (reissue)", 290, "jeans"),
             ("lego", "LEGO Icons Galaxy Explorer 10497 – remake of the 1979 classic", 109.99, "building sets"), ("bandai", "Tamagotchi Original – 2024 reissue", 20, "toys"),
             ("adidas", "adidas Samba OG reissue", 100, "sneakers"), ("puma", "Puma Palermo reissue (2023 re-release)", 100, "sneakers"),
             ("omega", "Omega Speedmaster '57 Co-Axial re-edition", 9400, "watches"), ("mattel", "Hot Wheels Original 16 reissue pack", 25, "die-cast cars"),
             ("nintendo", "Nintendo Game & Watch Super Mario Bros. reissue", 49, "video games"), ("hasbro", "Transformers G1 reissue Optimus Prime (Walmart exclusive)", 60, "action figures"),
             ("canon", "Canon AE-1 Program manual (official reprint)", 20, "cameras"), ("burberry", "Burberry Heritage trench re-edition", 2590, "trench coats")]
def t_refphoto_ok(p, lang, i): return f"{p[1]} – used (stock photo first)", f"{p[2]}. First photo is the official stock picture for reference; the actual used item is in photos 2-6. Genuine, receipt."
SLANG_OK = [("es-CL", "apple", "iPhone 15 Pro 256GB usado, impecable – 650 lucas", 650000), ("id-ID", "samsung", "Samsung Galaxy S24 second mulus – 8,5jt nego", 8500000),
            ("vi-VN", "apple", "AirPods Pro 2 chính hãng VN/A, còn BH – 4.200k", 4200000), ("es-AR", "nintendo", "Nintendo Switch OLED usada – 480 lucas", 480000),
            ("pl-PL", "dyson", "Dyson V15 Detect używany – 18 stów", 1800), ("ru-RU", "sony", "Sony WH-1000XM5 б/у – 22 косаря", 22000),
            ("en-GB", "rolex", "Rolex Datejust 41 126334 full set 2021 – 9k quid", 9000), ("ko-KR", "louis-vuitton", "루이비통 네버풀 MM 정품 중고 – 180만", 1800000),
            ("zh-CN", "canon", "佳能 R6 二代 正品 九成新 1万2", 12000), ("es-CO", "bose", "Bose QuietComfort 45 originales usados – 700 lucas", 700000),
            ("en-US", "cartier", "Cartier Love bracelet, size 17, papers – 6.5k", 6500), ("sw-KE", "samsung", "Samsung Galaxy S24 used, clean – 75k bob", 75000)]
def t_sold_ok(p, lang, i): return f"{p[1]} 官方旗舰店 ✔ 10万+人付款 ⭐4.9", f"{p[2]}. 官方正品，{R.choice(['10万+', '5万+', '2万+'])}人付款，支持专柜验货。"
def t_mall_ok(p, lang, i): return f"{p[1]} – bought at the mall, same price as in store", f"{p[2]}. Unwanted gift, bought at the brand's mall store (receipt), selling at the mall price."


# ------------------------------------------------------------------ class table
L_DONT = list(DONT_ASK); L_RH = list(RHETORIC); L_MALL = list(MALL); L_CH = list(CHINA_VER); L_REF = list(REF_PHOTO)
L_REV = list(REVIEW_BAN); L_SEN = list(SENSORY); L_SOC = list(SOCIAL)
SHOPS = ["id", "vi", "th", "tl", "ms", "zh", "en"]
CLASSES = [
    # name, star, kind, tactic, template, pool, langs, price mode, example-note
    ("c_dont_ask_original36", "*", "counterfeit", "the brand plainly, new, with 'don't ask if it's original – the price says it all' in the market's language (no copy word)", t_dont_ask, ALL, L_DONT, "copy"),
    ("c_rhetorical_price36", "*", "counterfeit", "the title asks 'Original? At this price? 😂' in the market's language (no copy word)", t_rhetoric, ALL, L_RH, "copy"),
    ("c_mall_redirect36", "*", "counterfeit", "'want the original? go to the mall / boutique – this one is for every day' (no copy word)", t_mall, ALL, L_MALL, "copy"),
    ("c_price_slang_units36", "*", "counterfeit", "no price field; the copy's price only in slang units in the description (lucas, rb/jt, k, косаря, stówy, quid, bucks, pavos, balles, Mäuse, 米, 만, bob, varos)", t_slang, LUX + SNK + ELEC, None, "slang"),
    ("c_origin_declared36", "*", "counterfeit", "luxury goods new with tags, 'Country of origin: China (Guangzhou)' for houses that make them in Switzerland, France, Italy, the UK, Canada", t_origin, [p for p in PRODUCTS if p[0] in ("rolex", "omega", "cartier", "canada-goose", "louis-vuitton", "gucci", "burberry", "yonex")], ["en"], "copy"),
    ("c_private_label36", "*", "counterfeit", "'white label / private label' supply of the brand's goods 'with the original logo or yours', MOQ, per-unit price", t_private_label, ALL, ["en"], "copy"),
    ("c_remake_interpretation36", "*", "counterfeit", "'our remake / workshop reinterpretation / independent re-edition' of the brand's model, finished with its logo and box", t_remake, LUX + SNK + ELEC, ["en"], "copy"),
    ("c_tier_qty_price36", "*", "counterfeit", "ladder prices '1 pc / 3 pcs / 10 pcs' (阶梯价) for the brand's new goods at copy prices, no copy word", t_tier, LUX + SNK + ELEC, ["en", "es", "pt", "fr", "de"], "copy"),
    ("c_review_name_ban36", "*", "counterfeit", "'please don't write the brand name in your review, just write \"bag\" – or my shop gets closed'", t_review_ban, ALL, L_REV, "copy"),
    ("c_referral_loyalty36", "*", "counterfeit", "a rep shop's loyalty card / referral code ('every 5th pair free', 'code REP10')", t_loyalty, SNK + LUX, ["en"], "copy"),
    ("c_reference_photos36", "*", "counterfeit", "'photos show the original for reference; you receive our version, same look, same logo'", t_ref_photo, ALL, L_REF, "copy"),
    ("c_spot_difference36", "*", "counterfeit", "'spot the difference 🔍 left: retail (list price), right: ours (price) – can't? neither can we'", t_spot, LUX + SNK + ELEC, ["en"], "copy"),
    ("c_inventory_count36", "*", "counterfeit", "stock counts no genuine reseller has ('available: 2,400 pcs, all colours, restocked weekly') on luxury/limited goods at a copy price", t_inventory, LUX + SNK + ELEC, ["en"], "copy"),
    ("c_chinese_version36", "*", "counterfeit", "'versión china / versão chinesa / китайская версия / Çin versiyonu' – 'Chinese version' as the euphemism for a copy", t_china, LUX + SNK + ELEC + pool("beauty"), L_CH, "copy"),
    ("c_app_wont_pair36", "*", "counterfeit", "electronics that 'work with the universal app, not with the official (Bose Music / Find My / LibreLink) app, no firmware updates'", t_app, [p for p in PRODUCTS if p[0] in APPS and p[5] in ("headphones", "earbuds", "speakers", "phones", "hair care", "vacuum cleaners", "electric toothbrushes", "consoles", "medical devices", "shavers")], ["en"], "copy"),
    ("c_logo_transfers36", "*", "counterfeit", "DTF transfers, heat-press vinyl, iron-on patches and woven labels of the brand's logo, 'press on any blank – looks like the real item'", t_transfer, [p for p in PRODUCTS if p[6] in ("sneaker", "apparel", "lux")], ["en"], "transfer"),
    ("c_sensory_match36", "*", "counterfeit", "sensory parity claims ('same leather smell as the boutique, same weight, same click – only the receipt differs'), no copy word", t_sensory, LUX + SNK, L_SEN, "copy"),
    ("c_sold_count_badge36", "*", "counterfeit", "shop-app badges in the title ('🔥10,000+ sold ⭐4.9 ✔ fast shipping') on the brand's goods at a copy price", t_sold, ALL, SHOPS, "copy"),
    ("c_box_addon_price36", "*", "counterfeit", "'without box X / with box, dust bag & receipt +Y' – the brand's packaging sold as a paid add-on", t_box, LUX + SNK + pool("beauty"), ["en", "es", "fr", "de", "it"], "copy"),
    ("c_social_deception36", "*", "counterfeit", "'your mother-in-law won't know, your boss won't know 🤫' (no copy word)", t_social, LUX + SNK, L_SOC, "copy"),
    ("c_cue_words36", "", "counterfeit", "the brand named plainly with a copy word in the market's language (41 languages)", t_cue, ALL, LANGS_ALL, "copy"),
    ("c_luxury_reps36", "", "counterfeit", "luxury goods with rep factory jargon", t_luxrep, LUX, ["en"], "copy"),
    ("c_sneaker_reps36", "", "counterfeit", "sneaker/apparel reps by batch", t_snkrep, SNK, ["en"], "copy"),
    ("c_electronics_clone36", "", "counterfeit", "electronics clones (1:1 clone, master copy, chip names)", t_clone, ELEC, ["en"], "copy"),
    ("c_pharma36", "", "counterfeit", "medicines and devices 'no prescription / generic copy'", t_pharma, pool("pharma"), ["en"], "copy"),
    ("c_fmcg36", "", "counterfeit", "food, drink and consumables as factory copies", t_fmcg, pool("fmcg"), ["en"], "copy"),
    ("c_beauty36", "", "counterfeit", "beauty and shaving copies", t_cue, pool("beauty"), LANGS_ALL, "copy"),
    ("c_auto_parts36", "", "counterfeit", "auto parts and oil copies ('OEM box, not original')", t_auto, pool("auto"), ["en"], "copy"),
    ("c_toys36", "", "counterfeit", "toy copies", t_toys, pool("toy"), ["en"], "copy"),
    ("c_software_keys36", "", "counterfeit", "lifetime / cracked software keys", t_soft, pool("soft"), ["en"], "soft"),
    ("c_misspelling36", "", "counterfeit", "the mark respelt by another language's orthography (Roleks, Gučči, Najki, Lui Viton), low price", t_missp, [p for p in PRODUCTS if p[0] in MISSP], ["en"], "copy"),
    ("c_homoglyph36", "", "counterfeit", "Cyrillic look-alike letters in the mark, with a copy word", t_homo, ALL, ["en"], "copy"),
    ("c_separators36", "", "counterfeit", "the mark's letters split by separators, with a copy word", t_sep, ALL, ["en"], "copy"),
    ("c_cjk_jargon36", "", "counterfeit", "the Chinese alias with copy jargon", t_cjk, ALL, ["zh"], "copy"),
    ("c_offplatform36", "", "counterfeit", "off-platform contact for reps (WhatsApp, Telegram, WeChat)", t_off, ALL, ["en"], "copy"),
    ("c_low_price_only36", "", "counterfeit", "the brand plainly, new, at a copy's price, nothing else", t_lowprice, ALL, ["en"], "copy"),
    ("c_inspired_logo36", "", "counterfeit", "'inspired' goods with the brand's logo", t_inspired, LUX + SNK, ["en"], "copy"),
    ("c_cover_story36", "", "counterfeit", "cover stories (customs lot, overrun, staff sale) at a copy's price", t_cover, ALL, ["en"], "copy"),
    ("c_jewelry_plated36", "", "counterfeit", "plated jewellery with the logo", t_jewel, pool("jewel"), ["en"], "copy"),
    ("c_model_numbers36", "", "counterfeit", "a registered model number with a generic title at a copy's price", t_model, [p for p in PRODUCTS if p[3]], ["en"], "copy"),
    ("c_grade_menu36", "", "counterfeit", "a grade menu (A / AA / AAA / mirror)", t_grade, LUX + SNK, ["en"], "copy"),
    ("c_local_script36", "", "counterfeit", "the mark in another script (Thai, Georgian, Armenian, Greek, Devanagari, Hebrew, Persian ...) with a copy word", t_local, [p for p in PRODUCTS if p[0] in LOCAL], ["en"], "copy"),
    ("c_initialism36", "", "counterfeit", "initials of the brand with a copy word", t_init, [p for p in PRODUCTS if p[0] in INIT] + WATCH, ["en"], "copy"),
    ("c_sports_gear36", "", "counterfeit", "golf, badminton, tennis and tools copies", t_sport, pool("sport", "tools"), ["en"], "copy"),
    ("c_code_switch36", "", "counterfeit", "code-switched copy admissions (Taglish, Hinglish, Spanglish, Franglais, Manglish, Denglisch)", t_codesw, ALL, ["en"], "copy"),
    ("c_desc_only36", "", "counterfeit", "generic title; the brand and copy word only in the description", t_desc, ALL, ["en"], "copy"),
    ("c_leet36", "", "counterfeit", "leetspeak mark with 'rep'", t_leet, ALL, ["en"], "copy"),
    ("c_logo_nickname36", "", "counterfeit", "the brand by a logo nickname with a copy word", t_nick, [p for p in PRODUCTS if p[0] in NICK], ["en"], "copy"),
    ("c_watch_reps36", "", "counterfeit", "watch reps by movement/factory", t_watchrep, WATCH, ["en"], "copy"),
    ("c_wholesale_lot36", "", "counterfeit", "wholesale lots of copies", t_whole, ALL, ["en"], "copy"),
    # innocent
    ("in_authorized_store36", "", "innocent", "the brand's registry-listed authorized store at list price", t_auth, ALL, None, "auth"),
    ("in_used36", "", "innocent", "used genuine goods at 40-70 %", t_used, LUX + SNK + ELEC + pool("toy", "sport", "tools"), ["en"], "used"),
    ("in_refurb36", "", "innocent", "certified refurbished at 62-82 %", t_refurb, ELEC, ["en"], "refurb"),
    ("in_preowned_lux36", "", "innocent", "pre-owned luxury from dealers at 80-115 %", t_preowned, LUX, ["en"], "preowned"),
    ("in_outlet36", "", "innocent", "factory outlet at 50-70 %", t_outlet, SNK + LUX, ["en"], "outlet"),
    ("in_repair_parts36", "", "innocent", "genuine replacement parts pulled from working units", t_parts, ELEC, ["en"], "parts"),
    ("in_gift_cards36", "", "innocent", "brand gift cards at face value", t_gift, [p for p in PRODUCTS if p[0] in ("apple", "nike", "adidas", "sony", "microsoft", "nintendo", "lego", "burberry", "coach", "michael-kors", "the-north-face", "levis", "puma", "pandora")], ["en"], "gift"),
    ("in_grey_import36", "", "innocent", "parallel imports at 88-102 %", t_grey, ALL, ["en"], "grey"),
    ("in_genuine_negated_copy36", "", "innocent", "genuine goods saying 'NOT a replica'", t_negated, ALL, ["en"], "negated"),
    ("in_licensed_crossover36", "", "innocent", "official licensed crossovers", t_licensed, [p for p in PRODUCTS if p[0] in ("lego", "hasbro", "mattel", "puma", "bandai")], ["en"], "licensed"),
    ("in_china_market_version36", "*", "innocent", "genuine China-market versions (国行, 'versión china' of an iPhone with dual physical SIM) at list price – the words of c_chinese_version36 on real goods", None, None, None, "china_ok"),
    ("in_cut_label_outlet36", "*", "innocent", "genuine outlet goods with the label cut (剪标, 商场撤柜) so they cannot be returned to stores, at 40-60 %", t_cutlabel, [p for p in PRODUCTS if p[0] in ("levis", "nike", "adidas", "puma", "the-north-face", "michael-kors", "coach")], ["zh"], "cutlabel"),
    ("in_dont_ask_genuine36", "*", "innocent", "'Original? Yes – receipt in the photos' – genuine used goods answering the question copy sellers dodge", t_dontok, ALL, list(DONT_OK), "used_hi"),
    ("in_origin_genuine36", "*", "innocent", "genuine goods stating their real country of manufacture (Nike: Vietnam, Apple: China, Coach: Cambodia)", t_origin_ok, [p for p in PRODUCTS if p[0] in ORIG], ["en"], "list"),
    ("in_tier_qty_genuine36", "*", "innocent", "authorised distributors' ladder prices for genuine consumables (1 / 3 / 10 packs)", t_tier_ok, pool("fmcg", "beauty", "auto"), ["en", "de"], "tier_ok"),
    ("in_app_pairing_genuine36", "*", "innocent", "used genuine electronics 'registered, pairs with the official app, firmware updated'", t_app_ok, [p for p in PRODUCTS if p[0] in APPS and p[5] in ("headphones", "earbuds", "speakers", "phones", "hair care", "vacuum cleaners", "electric toothbrushes", "consoles", "medical devices", "shavers") and p[6] == "elec"], ["en"], "used_hi"),
    ("in_private_label_generic36", "*", "innocent", "white-label makers that print the buyer's logo only and refuse the brand's marks", t_pl_ok, ELEC + SNK, ["en"], "small"),
    ("in_logo_transfer_own36", "*", "innocent", "DTF/heat-press printers of the customer's own designs, refusing brand logos", t_tr_ok, SNK, ["en"], "small"),
    ("in_remake_official36", "*", "innocent", "the brand's own reissues, remakes and re-editions at list price", None, None, ["en"], "remake"),
    ("in_reference_photo_honest36", "*", "innocent", "used genuine goods with the stock photo first 'for reference', real photos after", t_refphoto_ok, LUX + SNK + ELEC + pool("toy", "sport"), ["en"], "used"),
    ("in_price_slang_genuine36", "*", "innocent", "used genuine goods priced fairly in slang units in the title (650 lucas, 8,5jt, 22 косаря, 9k quid), no price field", None, None, None, "slang_ok"),
    ("in_sold_count_official36", "*", "innocent", "the brand's authorized Tmall store with sales-count badges (10万+人付款 ⭐4.9) at list price", t_sold_ok, [p for p in PRODUCTS if any(a[0] == "tmall" for a in AUTHORIZED[p[0]])], ["zh"], "auth_tmall"),
    ("in_mall_price_genuine36", "*", "innocent", "an unwanted gift 'bought at the mall, same price as in store' with receipt", t_mall_ok, ALL, ["en"], "mall"),
    ("in_accessories36", "", "innocent", "third-party accessories for the brand's goods", t_acc, ELEC + WATCH + pool("sport"), ["en"], "small"),
    ("in_everyday_senses36", "", "innocent", "words that collide with marks in many languages (Kinder, Corolla, accord, Nuptse, switch, windows, Odyssey, canon)", None, None, ["en"], "every"),
    ("in_books_media36", "", "innocent", "books and magazines about the brand", t_books, ALL, ["en"], "small"),
    ("in_honest_dupe36", "", "innocent", "own-brand goods 'similar style, NOT the brand, no logo'", t_dupe, ALL, ["en"], "dupe"),
    ("in_about_copies36", "", "innocent", "listings about copies that sell no copy: documentaries, books, museum tickets, customs training", t_about_copies, ALL, ["en"], "small"),
    ("in_true_low_price36", "", "innocent", "genuine goods cheap for a stated real reason (engraved, one shoe, smoke smell, best-before, broken)", t_lowreal, ALL, ["en"], "lowreal"),
    ("in_names_collisions36", "", "innocent", "people, places and things that share a brand's name (Bose, Honda, Levi, Cartier, Nike, Puma Punku)", None, None, ["en"], "names"),
]


def local(usd, m):
    return sig3(usd * m[4])


def gen_row(ci, cls, i):
    name, star, kind, tactic, tpl, pl, langs, pmode = cls
    lang = R.choice(langs) if langs else "en"
    if lang in ("en",) or len(lang) == 2:
        lang = {"en": "en-US", "es": "es-ES", "pt": "pt-BR", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "nl": "nl-NL", "pl": "pl-PL",
                "cs": "cs-CZ", "hu": "hu-HU", "ro": "ro-RO", "el": "el-GR", "ru": "ru-RU", "uk": "uk-UA", "kk": "kk-KZ", "tr": "tr-TR",
                "ar": "ar-SA", "fa": "fa-IR", "he": "he-IL", "hi": "hi-IN", "bn": "bn-BD", "ur": "ur-PK", "th": "th-TH", "vi": "vi-VN",
                "id": "id-ID", "ms": "ms-MY", "tl": "tl-PH", "zh": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "sv": "sv-SE", "da": "da-DK",
                "fi": "fi-FI", "ka": "ka-GE", "hy": "hy-AM", "sr": "sr-RS", "bg": "bg-BG", "ne": "ne-NP", "si": "si-LK", "km": "km-KH",
                "mn": "mn-MN", "uz": "uz-UZ", "sw": "sw-KE"}.get(lang, lang)
    if lang == "en-US" and R.random() < 0.45:
        lang = R.choice(["en-GB", "en-AU", "en-CA", "en-NG", "en-ZA", "en-SG", "en-IN"])
    m = mk_by_lang(lang)
    if langs == ["en"] and R.random() < 0.35:  # English listings on markets of other languages (cross-border sellers)
        m = R.choice(MARKETS)
        lang = "en"
    attrs, seller, category, price, brand = {}, None, None, None, None
    p = prod(ci, i, pl) if pl else None
    if p:
        brand, category = p[0], p[5]
    usd = p[4] if p else None
    if pmode == "slang":
        lg, fmt = SLANG[i % len(SLANG)]
        m = mk_by_lang(lg); lang = lg
        amt = usd * copy_frac(usd) * m[4]
        title, _ = tpl(p, lang, i)
        pw, nw = {"es": ("Precio", "Nuevo con etiqueta."), "id": ("Harga", "Baru, segel."), "vi": ("Giá", "Mới 100%."), "ru": ("Цена", "Новое."),
                  "pl": ("Cena", "Nowe z metką."), "en": ("Price", "Brand new with tags."), "fr": ("Prix", "Neuf avec étiquette."),
                  "de": ("Preis", "Neu mit Etikett."), "zh": ("价格", "全新带吊牌"), "ko": ("가격", "새상품"), "sw": ("Bei", "Mpya kabisa.")}[lg.split("-")[0]]
        desc = f"{p[2]}. {pw}: {fmt(amt)}. {nw}"
        price = None
    elif pmode == "slang_ok":
        lg, brand, title, amt = SLANG_OK[i % len(SLANG_OK)]
        m = mk_by_lang(lg); lang = lg
        desc = "Genuine, used, receipt/box available. Meet in person or shipping."
        category = None
        price = None
    elif pmode == "every":
        title, desc, brand, category = t_every(None, lang, i)
        price = {"amount": sig3(R.uniform(5, 60) * m[4]), "currency": m[2]}
    elif pmode == "names":
        title, desc, brand, category = t_names(None, lang, i)
        price = {"amount": sig3(R.uniform(5, 60) * m[4]), "currency": m[2]}
    elif pmode == "china_ok":
        brand, title, usd0, category, lg = CHINA_OK[i % len(CHINA_OK)]
        m = mk_by_lang(lg); lang = lg
        desc = "China-market version (国行 / mainland China model), genuine, sealed, official warranty in China; Chinese packaging."
        price = {"amount": local(usd0 * R.uniform(0.93, 1.05), m), "currency": m[2]}
    elif pmode == "licensed":
        brand, title = LICENSED[i % len(LICENSED)]
        desc = "Officially licensed product, sold at retail price."
        category = "toys"
        price = {"amount": local(R.uniform(25, 120), m), "currency": m[2]}
    elif pmode == "remake":
        brand, title, usd0, category = REMAKE_OK[i % len(REMAKE_OK)]
        desc = "Official reissue by the brand, new, from an authorised retailer, receipt."
        price = {"amount": local(usd0 * R.uniform(0.95, 1.08), m), "currency": m[2]}
    else:
        title, desc = tpl(p, lang, i)
        f = None
        if pmode == "copy":
            f = copy_frac(usd)
        elif pmode == "transfer":
            usd = R.uniform(8, 45); f = 1
        elif pmode == "soft":
            usd = R.uniform(5, 25); f = 1
        elif pmode in ("auth", "auth_tmall"):
            opts = AUTHORIZED[p[0]]
            if pmode == "auth_tmall":
                opts = [a for a in opts if a[0] == "tmall"]
            a = R.choice(opts)
            cur = {"tmall": ("CNY", 7.25, "CN"), "amazon-us": ("USD", 1, "US"), "amazon-de": ("EUR", 0.93, "DE"), "ebay": ("USD", 1, "US")}[a[0]]
            m = (lang, a[0], cur[0], cur[2], cur[1])
            seller = {"id": a[1], "name": a[2], "country": cur[2]}
            f = R.uniform(1.0, 1.08)
        elif pmode == "used": f = R.uniform(0.4, 0.7)
        elif pmode == "used_hi": f = R.uniform(0.55, 0.85)
        elif pmode == "refurb": f = R.uniform(0.62, 0.82)
        elif pmode == "preowned": f = R.uniform(0.8, 1.15)
        elif pmode == "outlet": f = R.uniform(0.5, 0.7)
        elif pmode == "parts": f = R.uniform(0.12, 0.3)
        elif pmode == "grey": f = R.uniform(0.88, 1.02)
        elif pmode == "negated": f = R.uniform(0.85, 1.05)
        elif pmode == "gift":
            v = int(title.rsplit(" ", 1)[1]); price = {"amount": float(v), "currency": m[2]}; category = "gift cards"
        elif pmode == "cutlabel": f = R.uniform(0.4, 0.6)
        elif pmode == "list": f = R.uniform(0.92, 1.05)
        elif pmode == "mall": f = R.uniform(0.85, 1.0)
        elif pmode == "small": usd = R.uniform(6, 60); f = 1
        elif pmode == "dupe": f = R.uniform(0.15, 0.5) if usd > 30 else R.uniform(0.5, 0.9); category = None
        elif pmode == "lowreal": f = R.uniform(0.15, 0.45)
        elif pmode == "tier_ok": f = R.uniform(0.9, 1.0)
        if price is None and f is not None:
            pu = usd * f
            price = {"amount": local(pu, m), "currency": m[2]}
        # descriptions needing prices
        if name == "c_tier_qty_price36":
            a1 = price["amount"]; a3 = sig3(a1 * 2.6); a10 = sig3(a1 * 7.8)
            desc = f"{p[2]}. 1 pc {a1:g} {m[2]} / 3 pcs {a3:g} {m[2]} / 10 pcs {a10:g} {m[2]}. Mix models OK."
        if name == "in_tier_qty_genuine36":
            a1 = price["amount"]; a3 = sig3(a1 * 2.85); a10 = sig3(a1 * 9.2)
            desc = f"{p[2]}. Authorised distributor, invoice with VAT. 1 pack {a1:g} / 3 packs {a3:g} / 10 packs {a10:g} {m[2]}."
        if name == "c_spot_difference36":
            desc = f"Left: retail {p[1]} ({local(usd, m):g} {m[2]}). Right: ours ({price['amount']:g} {m[2]}). Can't tell? Neither can we. {p[2]}."
        if name == "c_box_addon_price36":
            add = sig3(price["amount"] * R.uniform(0.08, 0.2))
            desc = f"{p[2]}. Without box: {price['amount']:g} {m[2]}. With box, dust bag & receipt: +{add:g} {m[2]}."
        if name in ("in_licensed_crossover36", "in_private_label_generic36", "in_logo_transfer_own36", "in_books_media36", "in_about_copies36", "in_accessories36"):
            category = {"in_accessories36": "accessories", "in_books_media36": "books", "in_about_copies36": "media"}.get(name, category if name == "in_licensed_crossover36" else None)
    if name == "c_logo_transfers36":
        category = {"nike": "sportswear", "adidas": "sportswear", "puma": "sportswear", "levis": "sportswear", "canada-goose": "accessories"}.get(brand)
    if seller is None:
        h = handle()
        seller = {"id": f"{m[1]}-{h}", "name": h, "country": m[3]}
    ship = m[3]
    if kind == "counterfeit" and R.random() < 0.35:
        ship = "CN"
    if name == "c_inventory_count36":
        attrs["stock"] = f"{R.choice([480, 1200, 2400, 960]):,}"
    if name == "c_origin_declared36":
        attrs["country_of_origin"] = "China"
    lid = hexid()
    row = {"marketplace": m[1], "listing_id": lid, "url": f"https://{m[1]}.example/item/{lid}", "title": title, "description": desc or "",
           "seller": seller, "observed_at": f"2026-12-0{R.choice([3, 4])}T{R.randrange(24):02d}:{R.randrange(60):02d}:00Z", "attributes": attrs}
    if price is not None:
        row["price"] = price
    if category:
        row["category"] = category
    if ship:
        row["ship_from"] = ship
    row["_label"] = {"kind": kind, "brand": brand, "class": name, "tactic": tactic, "lang": lang, "also": []}
    return row


def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=36)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows, examples = [], {}
    for ci, cls in enumerate(CLASSES):
        n = 13 if cls[2] == "counterfeit" else 12
        for i in range(n):
            r = gen_row(ci, cls, i)
            rows.append(r)
            examples.setdefault(cls[0], f"{r['title']} ({r['_label']['brand']})")
    R.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider36 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for cls in CLASSES:
            n = sum(1 for r in rows if r["_label"]["class"] == cls[0])
            f.write(f"| {cls[0]} | {cls[1]} | {cls[2]} | {n} | {cls[3].replace('|', '/')} | {examples[cls[0]].replace('|', '/')} |\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
