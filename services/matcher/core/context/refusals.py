"""Refusals of the brand's marks: a maker's or printer's policy statement that it puts no brand's marks on its goods.

White-label and private-label factories, OEM makers and print shops (DTF transfers, heat press, sublimation,
embroidery) print the BUYER's own logo and say that they refuse everybody else's, often naming a famous brand as the
refused thing: "We do not put adidas or any third-party trademark on products", "We refuse orders with Nike or other
brand logos (trademark policy)", "No imprimimos logos de Nike ni de otras marcas", "Wir drucken keine Nike-Logos oder
andere Markenlogos", "Nike veya diğer marka logolarını basmıyoruz", "不接耐克等品牌logo订单", "ไม่รับสกรีนโลโก้ Nike".
A mention of the brand inside such a statement names the refused thing, not the goods: it is denied like a negation
(judge._negation), and the statement is reported as a `negation` signal.

The line is a refusal (a policy) against an offer of the marks, or a refusal hedged so that it offers them after all:
- an offer anywhere in the listing voids every refusal: "with the original logo or yours", "any brand logo available",
  "brand logos on request", "原版logo可做" (`OFFERS`);
- a hedge voids it too: the refusal limited to what is shown ("we don't print brand logos publicly", "no Nike logo on
  the photos", "not here because of the platform's rules") or the marks supplied another way ("logo sent separately",
  "DM for the full catalogue", "ask in chat for the brand list", "私聊", "в личку") (`HEDGES`).

`Refusals(text).before(start)` / `.after(end)` answer for a mention at original offsets (negation.Negation, with
`refusal` set); the heads are searched only in the 160 characters before a mention, the tails in the 120 after it,
and only when the listing holds a word of the marks (`possible`: a set test on the latin words, a substring test in
wide text).

Source of the words: written for this module from how white-label factories (Alibaba, 1688, Made-in-China, IndiaMART),
print-on-demand and DTF/heat-press shops (Etsy, Shopee, Tokopedia, Mercado Libre, Trendyol, Avito, Taobao) state their
trademark policy, and from how copy sellers hedge ("no logo in photos, DM"), in 14 languages; nothing is taken from a
held-out set. Pure: no I/O.
"""

from __future__ import annotations

import re

from services.matcher.core.context.negation import Negation
from services.matcher.core.normalise import ListingText

# ---------------------------------------------------------------------------------------------------- what is refused
# the words of the marks (any language); a listing without one of them refuses nothing (the gate)
MARK_WORDS_LATIN = frozenset({
    "logo", "logos", "logotipo", "logotipos", "logotype", "trademark", "trademarks", "brand", "brands", "branded",
    "marks", "mark", "marca", "marcas", "marque", "marques", "marke", "marken", "markenlogo", "markenlogos", "marchio",
    "marchi", "loghi", "marka", "markalar", "markalari", "markasi", "logosu", "logolari", "logolarini", "logosunu",
    "merek", "merk", "thuong", "hieu", "copyright", "copyrighted", "ip", "logomarca", "logomarcas", "warenzeichen",
    "handelsmarke", "logotipi", "tescilli", "bayi", "brendy", "brendov", "logotipy", "logotipov", "logotip",
    "znaki", "zhuhuaiya",
})
# a refusal may name the brand with no word of the marks ("we don't print Gucci, Louis Vuitton or Nike"): its verbs open
# the gate too (the latin view's words)
REFUSING_VERBS = frozenset({"print", "embroider", "engrave", "refuse", "reject", "decline", "reproduce", "imprimimos",
                            "estampamos", "bordamos", "imprimons", "drucken", "sticken", "stampiamo", "ricamiamo",
                            "pechataem", "basmiyoruz", "menerima", "mencetak", "nhan"})
# a refusal holds a word that refuses (its head or tail, as the latin view spells it, or as written in the wide scripts):
# a listing without one refuses nothing (the gate's second half)
TRIGGERS = frozenset({
    "not", "no", "never", "cannot", "dont", "don", "doesn", "won", "wont", "can", "refuse", "refuses", "refused",
    "reject", "rejects", "decline", "declines", "prohibit", "prohibited", "forbid", "forbidden", "ban", "banned",
    "without", "unable", "zero", "turn", "exclude", "nao", "rechazamos", "recusamos", "prohibido", "prohibidos",
    "proibido", "proibidos", "nos", "pas", "jamais", "aucun", "aucune", "refusons", "interdit", "interdits", "keine",
    "keinen", "kein", "nicht", "lehnen", "abgelehnt", "verboten", "non", "rifiutiamo", "vietato", "vietati", "nessun",
    "basmiyoruz", "basilmaz", "basmiyorum", "etmiyoruz", "edilmez", "edilmemektedir", "yapmiyoruz", "yapilmaz",
    "yasaktir", "yasak", "islemiyoruz", "uretmiyoruz", "kullanmiyoruz", "tidak", "tdk", "gak", "nggak", "ga", "bukan",
    "dilarang", "menolak", "ditolak", "khong", "tu", "cam", "bi", "ne", "strictly", "serao", "seront", "saranno",
    "werden", "sind", "sono", "vengono", "sont", "estan", "seran",
})
TRIGGERS_WIDE = ("不", "拒", "谢绝", "謝絕", "禁止", "严禁", "嚴禁", "恕", "ไม่", "ห้าม", "لا", "ممنوع", "نرفض", "بدون", "しません",
                 "できません", "お断り", "不可", "않", "불가", "금지", "안 됩니다", "запрещ", "отказ", "не ", "Не ")
MARK_WORDS_WIDE = ("logo", "品牌", "商标", "商標", "大牌", "名牌", "牌子", "ロゴ", "ブランド", "商標", "로고", "브랜드", "상표",
                   "โลโก้", "แบรนด์", "ลิขสิทธิ์", "شعار", "علامة", "علامات", "ماركة", "ماركات", "логотип", "бренд",
                   "товарн", "марк")

# a word of the marks' list between a refusal and the refused mark, or between the mark and a refusal after it:
# determiners, the marks' nouns, "such as", "or" (one word each, as casefolded; a phrase is its words)
FILL_WORDS = frozenset("""
any the a an other others another famous well-known known big major popular registered third-party third party
licensed copyrighted designer luxury sport sports original brand brands brand's brands' branded brand-name name names
logo logos mark marks trademark trademarks trade characters character of like such as e.g. eg eg. including incl incl.
or and nor etc etc. order orders design designs artwork artworks file files request requests job jobs print prints
image images graphic graphics picture pictures copies replica replicas with containing contain bearing featuring
showing using that which include includes has have show shows use uses from by someone somebody anyone else's others'
protected i.e. ie
de del la el los las lo un una unos unas ningun ningún ninguna ninguno nenhum nenhuma otra otras otro otros outra
outras outro outros marca marcas logotipo logotipos logomarca logomarcas famosa famosas famoso famosos conocida conocidas
registrada registradas registrado registrados como pedido pedidos diseño diseños diseno disenos desenho desenhos encargo
encargos con com o y e ou ni nem tipo terceiro terceiros tercero terceros das dos da do em en ajena ajenas alheia alheias
des le les du aucun aucune autre autres célèbres celebres déposée déposées deposee deposees déposé déposés commande
commandes avec et d' l'
kein keine keinen keiner fremde fremden fremder marke marken markenlogo markenlogos markennamen bekannte bekannten
bekannter andere anderen anderer wie oder und von mit aufträge auftrage auftrag bestellungen motiv motive motiven
geschützte geschützten
di dei delle degli il gli nessun nessuna nessuno loghi marchi marchio famosi noti registrati altri altre altro ordini
ordine disegni terzi
merek merk terkenal lain lainnya seperti atau dan pesanan dengan orang
thương hiệu nổi tiếng khác các như hoặc và có của đơn hàng người
логотипы логотипов логотип логотипами бренды брендов бренд чужие чужих известных известные других другие товарные
товарных знаки знаков марки марок или и с со как заказы заказов макеты макетов любые любых зарегистрированных
защищённых защищенных
veya ve ya diğer diger başka baska ünlü unlu tescilli marka markası markasi markalar markaları markalari markaların
markalarin markalarını markalarini logosu logosunu logoları logolari logolarını logolarini içeren iceren siparişler
siparisler siparişleri
شعارات شعار علامات علامة تجارية التجارية الماركات ماركات ماركة مثل أو و طلبات العالمية المشهورة أخرى الأخرى أي
""".split())
# a list's joints: after one of them up to three capitalised words (another brand's name) may stand in the list
LIST_JOINTS = frozenset({",", "/", "&", "+", "、", "，", "or", "and", "nor", "o", "y", "e", "ou", "et", "und", "oder",
                         "ni", "nem", "и", "или", "hoặc", "atau", "dan", "và", "veya", "ve", "أو", "و"})
SEPARATORS = frozenset({"-", "–", "—", "(", ")", "\"", "'", "“", "”", "‘", "’", "«", "»", ":", "*"})
_TOKEN = re.compile(r"[\w'’.]+|[^\w\s]")
_ITEM_WORDS = 3

# the refusing words right before the refused marks ("we do not print", "refuse orders with", "no imprimimos")
_HEADS = (
    # English: a negated verb of marking or of taking orders, or a refusing verb
    r"(?:(?:do|does|did|will|would|can|shall)\s*(?:not|n['’]t)\s+(?:ever\s+|knowingly\s+)?|don['’]?t\s+|never\s+(?:ever\s+)?|"
    r"can\s*not\s+|cannot\s+|won['’]?t\s+|are\s+not\s+(?:able|allowed|permitted|licensed)\s+to\s+|(?:are\s+)?unable\s+to\s+|"
    r"refuse\s+to\s+|decline\s+to\s+|no\s+longer\s+|not\s+allowed\s+to\s+)"
    r"(?:print|put|use|make|produce|copy|reproduce|apply|add|embroider|press|heat[- ]press|engrave|stitch|sew|emboss|"
    r"imprint|stamp|screen[- ]print|sublimate|transfer|accept|take|handle|process|fulfil|fulfill|work\s+with|deal\s+with|"
    r"touch|do|supply|manufacture|replicate|imitate|infringe|violate|include|place|show|carry|offer)"
    r"(?:\s+(?:any|designs?|orders?|artworks?|files?|logos?|jobs?|requests?)\s+(?:with|of|containing|bearing|featuring|"
    r"showing|using))?"
    r"|(?:refuse|refuses|refused|reject|rejects|decline|declines|turn\s+down|turn\s+away|prohibit|forbid|ban|exclude)"
    r"(?:\s+(?:all|any|every))?(?:\s+(?:orders?|designs?|artworks?|files?|requests?|jobs?|prints?|uploads?|images?))?"
    r"(?:\s+(?:with|of|containing|bearing|featuring|showing|using|that\s+(?:contain|show|use|include|infringe)))?"
    r"|(?:no|zero|strictly\s+no|absolutely\s+no|without)\s+(?:orders?|designs?|artworks?|files?|copies|replicas?|prints?|"
    r"reproductions?|use)\s+(?:with|of|containing|bearing|featuring|showing|using)"
    r"|not\s+(?:print|put|use|make|copy|reproduce|accept)"
    # Spanish
    r"|no\s+(?:se\s+)?(?:imprimimos|imprimo|estampamos|estampo|bordamos|bordo|usamos|utilizamos|ponemos|colocamos|"
    r"hacemos|aceptamos|acepto|trabajamos(?:\s+con)?|trabajo(?:\s+con)?|reproducimos|grabamos|copiamos|fabricamos|"
    r"aceptan|imprimen|hacen|permiten|admiten|admitimos|vendemos)(?:\s+(?:pedidos|dise[ñn]os|encargos|trabajos)\s+"
    r"(?:con|de))?|nos\s+negamos\s+a\s+\w+|rechazamos(?:\s+(?:pedidos|dise[ñn]os|encargos)\s+(?:con|de))?"
    r"|prohibido(?:s)?(?:\s+(?:usar|imprimir))?"
    # Portuguese
    r"|n[ãa]o\s+(?:se\s+)?(?:imprimimos|estampamos|bordamos|usamos|utilizamos|colocamos|fazemos|aceitamos|aceito|"
    r"trabalhamos(?:\s+com)?|reproduzimos|gravamos|copiamos|fabricamos|aceitam|vendemos|personalizamos)"
    r"(?:\s+(?:pedidos|desenhos|encomendas|artes|estampas)\s+(?:com|de))?|recusamos(?:\s+(?:pedidos|encomendas)\s+"
    r"(?:com|de))?|proibid[oa]s?"
    # French
    r"|n['’]\s*(?:imprimons|acceptons|utilisons|apposons|effectuons|reproduisons)\s+(?:pas|jamais|aucune?)"
    r"(?:\s+(?:de|d['’]|le|la|les|des|commandes\s+avec))?|ne\s+(?:faisons|mettons|brodons|copions|gravons|vendons|"
    r"prenons|floquons|marquons|reproduisons|imprimons)\s+(?:pas|jamais|aucune?)(?:\s+(?:de|d['’]|le|la|les|des))?"
    r"|refusons(?:\s+(?:les|toute?s?)\s+(?:les\s+)?commandes\s+avec)?|pas\s+de\s+commandes?\s+avec|interdits?"
    # German
    r"|(?:wir\s+)?(?:drucken|sticken|besticken|bedrucken|verwenden|nutzen|akzeptieren|übernehmen|machen|kopieren|"
    r"gravieren|setzen|plotten|flocken|verarbeiten|fertigen|nehmen)\s+(?:grundsätzlich\s+|generell\s+)?(?:keine?n?|"
    r"nicht)(?:\s+(?:aufträge|bestellungen|motive|designs)\s+mit)?|lehnen\s+(?:aufträge|bestellungen|motive)\s+mit"
    # Italian
    r"|non\s+(?:stampiamo|ricamiamo|usiamo|utilizziamo|accettiamo|facciamo|mettiamo|riproduciamo|incidiamo|copiamo|"
    r"lavoriamo(?:\s+con)?|applichiamo|produciamo|vendiamo)(?:\s+(?:ordini|disegni|lavori)\s+(?:con|di))?"
    r"|rifiutiamo(?:\s+(?:ordini|disegni|lavori)\s+(?:con|di))?|vietat[oi]"
    # Indonesian
    r"|(?:tidak|tdk|gak|nggak|ga|bukan)\s+(?:menerima|terima|mencetak|cetak|menyablon|sablon|membordir|bordir|melayani|"
    r"layani|bisa|boleh|memproduksi|membuat|pakai|memakai|menggunakan)(?:\s+(?:cetak|sablon|bordir|pesanan|orderan|"
    r"desain))?(?:\s+(?:dengan|yang\s+ada))?|dilarang(?:\s+(?:memakai|menggunakan|mencetak))?|menolak(?:\s+pesanan)?"
    r"(?:\s+dengan)?"
    # Vietnamese
    r"|không\s+(?:nhận\s+)?(?:in|thêu|làm|ép|sản\s+xuất|nhận|dùng|sử\s+dụng|in\s+ấn|gia\s+công)"
    r"(?:\s+(?:đơn|đơn\s+hàng|mẫu|thiết\s+kế)\s+(?:có|với))?|từ\s+chối(?:\s+(?:đơn|đơn\s+hàng|in))?(?:\s+(?:có|với))?"
    r"|cấm"
    # Russian (and Ukrainian)
    r"|не\s+(?:печатаем|наносим|вышиваем|используем|принимаем|делаем|копируем|гравируем|берём|берем|работаем\s+с|"
    r"друкуємо|наносимо|приймаємо|продаём|продаем|изготавливаем|производим)(?:\s+(?:заказы|заказов|макеты)\s+(?:с|со))?"
    r"|отказываем(?:ся)?(?:\s+(?:в\s+)?(?:заказах|печати))?(?:\s+(?:с|со))?|запрещен[оыa]?"
)
# the same, of the scripts that write no spaces (searched in the text as written)
_HEADS_WIDE = (
    r"(?:不|不能|不可以|不可|不会|不予|拒绝|拒接|谢绝|謝絕|拒絕|禁止|严禁|嚴禁)(?:印|印刷|做|接|接受|承接|提供|代工|生产|生產|制作|製作|"
    r"绣|繡|烫|燙|使用|加工|仿)?(?:任何|带有?|帶有?|含有?|含)?"
    r"|ไม่(?:รับ)?(?:สกรีน|ทำ|พิมพ์|ปัก|ผลิต|ใช้|รับ)?(?:งาน|ออเดอร์)?(?:ที่มี)?|ห้าม(?:ใช้|สกรีน|พิมพ์)?"
    r"|لا\s*(?:نطبع|نقبل|نصنع|نضع|نستخدم|نطرز|ننسخ|نتعامل\s+مع|يتم\s+قبول)(?:\s+(?:طلبات|تصاميم))?(?:\s+(?:ب|مع|تحمل))?"
    r"|ممنوع|نرفض(?:\s+(?:طلبات|تصاميم))?(?:\s+(?:ب|مع|تحمل))?|بدون"
)
_FILLER_WIDE = (r"(?:任何|品牌|大牌|名牌|知名品牌|知名|商标|商標|logo|LOGO|Logo|的|等|、|，|,|其他|其它|侵权|侵權|仿|\s|"
                r"โลโก้|แบรนด์|ดัง|ลิขสิทธิ์|อื่นๆ|อื่น|เช่น|หรือ|และ|"
                r"شعارات|شعار|علامات|علامة|تجارية|الماركات|ماركات|ماركة|مثل|أو|و|طلبات|العالمية|المشهورة|أخرى|الأخرى)")

# the refusing words right after the refused marks ("Nike veya diğer marka logoları basmıyoruz", "耐克等品牌logo不接",
# "orders with Nike logos will be refused", "логотипы Nike не печатаем")
_TAILS = (
    r"(?:are|is|will\s+be|get|gets|shall\s+be)\s+(?:not\s+(?:allowed|accepted|permitted|printed|possible|available|"
    r"supported|done|made)|strictly\s+prohibited|prohibited|forbidden|refused|rejected|declined|cancell?ed|banned)"
    r"|(?:strictly\s+)?(?:prohibited|forbidden|not\s+allowed|not\s+accepted|not\s+permitted)"
    r"|(?:no\s+se\s+(?:aceptan|imprimen|hacen|admiten)|(?:están|estan)\s+prohibid[oa]s|serán\s+rechazad[oa]s)"
    r"|(?:n[ãa]o\s+s[ãa]o\s+(?:aceit[oa]s|permitid[oa]s)|s[ãa]o\s+proibid[oa]s|ser[ãa]o\s+recusad[oa]s)"
    r"|(?:ne\s+sont\s+pas\s+(?:accept[ée]e?s|autoris[ée]e?s|imprim[ée]e?s)|sont\s+interdit[e]?s|seront\s+refus[ée]e?s)"
    r"|(?:(?:werden|sind)\s+(?:nicht\s+(?:gedruckt|akzeptiert|angenommen|erlaubt)|abgelehnt|verboten)|lehnen\s+wir\s+ab|"
    r"drucken\s+wir\s+nicht|nicht\s+erlaubt)"
    r"|(?:non\s+(?:sono|vengono)\s+(?:accettat[ie]|stampat[ie]|ammess[ie])|sono\s+vietat[ie]|saranno\s+rifiutat[ie])"
    r"|(?:basm[ıi]yoruz|bas[ıi]lmaz|basm[ıi]yorum|kabul\s+etmiyoruz|kabul\s+edilmez|kabul\s+edilmemektedir|"
    r"yapm[ıi]yoruz|yap[ıi]lmaz|yasakt[ıi]r|yasak|i[şs]lemiyoruz|[üu]retmiyoruz|kullanm[ıi]yoruz)"
    r"|(?:tidak\s+(?:diterima|dilayani|bisa|boleh|dicetak)|dilarang|ditolak)"
    r"|(?:không\s+(?:được\s+)?(?:nhận|in|chấp\s+nhận|làm)|bị\s+từ\s+chối|bị\s+cấm)"
    r"|(?:не\s+(?:печатаем|наносим|принимаем|делаем|вышиваем|используем|допускаются|принимаются|печатаются|друкуємо)|"
    r"запрещен[ыоa]?|запрещается)"
)
_REFUSING_WIDE = (r"(?:不印|不做|不接|不接受|一律不接|一律不做|谢绝|謝絕|拒接|禁止|不可|不能做|不能印|不予|恕不|"
                  r"印刷しません|印刷できません|お受けできません|お断り|対応不可|印刷不可|できません|"
                  r"인쇄하지|불가|안\s*됩니다|받지\s*않|금지|제작하지)")
_TAILS_WIDE = (
    r"(?:等|、|，|,|\s|及|和|其他|其它|品牌|大牌|名牌|知名品牌|的|logo|LOGO|Logo|商标|商標|订单|訂單|图案|圖案|"
    r"などの|等の|の|や|ブランド|ロゴ|商標|は|も|등|의|브랜드|로고|상표|는|은|도)*"
    + _REFUSING_WIDE
)

# a head ends where the walk over the list stops (tested on the 80 characters before), a tail begins where it stops
_HEAD_END = re.compile(rf"(?<![\w])(?P<head>{_HEADS})[\s\-–:,\"'“”«(]*$", re.IGNORECASE)
_TAIL_START = re.compile(rf"[\s\-–:,\"'“”»)]*(?P<tail>{_TAILS})(?![\w])", re.IGNORECASE)
# the scripts written without spaces: the head, the list's words and the tail as one pattern each
_HEAD_WIDE_RE = re.compile(rf"(?P<head>{_HEADS_WIDE})(?:{_FILLER_WIDE})*$", re.IGNORECASE)
_TAIL_WIDE_RE = re.compile(rf"^\s*(?P<tail>{_TAILS_WIDE})")
_HEAD_CHARS = 80
# a refusal's head anywhere in a sentence, and the sentence's ends (Refusals.covers)
_HEAD_ANY = re.compile(rf"(?<![\w])(?:{_HEADS})(?![\w])", re.IGNORECASE)
_HEAD_WIDE_ANY = re.compile(_HEADS_WIDE)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
# the buyer's proof of its own mark: a logo word in its sentence is the buyer's ("trademark certificate required for logo
# orders", "需提供商标注册证", "Marka tescil belgesi gereklidir")
_CERTIFICATE = re.compile(r"(?<![\w])(?:(?:trademark|trade\s+mark|brand|logo)\s+(?:registration|certificate|authori[sz]ation)|"
                          r"(?:registration|authori[sz]ation)\s+(?:certificate|letter)|certificado\s+de\s+(?:registro\s+de\s+)?"
                          r"marca|registro\s+de\s+(?:la\s+|tu\s+|sua\s+)?marca|registro\s+da\s+sua\s+marca|certificat\s+de\s+"
                          r"d[ée]p[ôo]t|markenurkunde|certificato\s+di\s+registrazione|tescil\s+belgesi|свидетельств\w+\s+на\s+"
                          r"товарный\s+знак|sertifikat\s+merek|giấy\s+chứng\s+nhận\s+thương\s+hiệu)(?![\w])"
                          r"|商标注册证|商標註冊證|授权书|授權書|品牌授权|شهادة\s+العلامة|เอกสารเครื่องหมายการค้า", re.IGNORECASE)
_TAIL_ANY = re.compile(rf"(?<![\w])(?:{_TAILS})(?![\w])", re.IGNORECASE)
_TAIL_WIDE_ANY = re.compile(_REFUSING_WIDE)
_MARK_TOKEN = re.compile(r"[\w'’]+")


def _sentence(original: str, start: int, end: int) -> str:
    """The sentence around original offsets [start, end) (cut at .!?。！？ and line breaks, 160 characters each way)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(original, max(0, start - _LOOKBACK), start)),
               default=max(0, start - _LOOKBACK))
    right = next((m.start() for m in _SENTENCE_END.finditer(original, end, end + _LOOKBACK)),
                 min(len(original), end + _LOOKBACK))
    return original[left:right]


def _marks_in(words: str) -> bool:
    """Whether a stretch of a sentence (cut at its end) holds a word of the marks."""
    words = _SENTENCE_END.split(words, 1)[0]
    return not MARK_WORDS_LATIN.isdisjoint(w.casefold() for w in _MARK_TOKEN.findall(words)) or any(
        w in words for w in MARK_WORDS_WIDE)


# ------------------------------------------------------------------------------------------ what voids a refusal
# an offer of the brand's marks anywhere in the listing: "with the original logo or yours", "any brand logo available"
_SOME = r"(?:[\w'’&.-]+\s+){0,5}"  # the mark's words between "original" and "logo"
_OR = r"(?:or|o|ou|oder|или|hoặc|atau|veya|ya\s+da|或|或者)"
OFFERS = re.compile(
    r"(?<![\w])(?:"
    rf"original\w*\s+(?:brand\s+)?{_SOME}logo\w*\s+{_OR}|logo\w*\s+(?:d['’]\s*)?(?:original\w*|origine|asli|"
    rf"chính\s+hãng|orijinal)\s+{_SOME}{_OR}|(?:originallogo|оригинальн\w+\s+логотип\w*)\s+{_SOME}{_OR}|"
    rf"(?:with|con|com|avec|mit|dengan|với|ile|incl\.?|including)\s+(?:the\s+|el\s+|o\s+|le\s+|l['’]\s*|dem\s+|il\s+)?"
    rf"original\w*\s+{_SOME}logo|original\w*\s+{_SOME}logos?\s+(?:is\s+|are\s+)?(?:available|on\s+request|possible|"
    r"disponibles?|dispon[íi]ve(?:l|is)|verfügbar|möglich|disponibil[ei]|mevcut|tersedia|có\s+sẵn)|"
    r"(?:có|ada|var)\s+logo\s+(?:chính\s+hãng|asli|orijinal|original)|"
    r"(?:(?:any|all|every)\s+(?:famous\s+|big\s+)?brands?['’]?s?\s+|brand\s+)logos?\s+(?:is\s+|are\s+)?(?:available|"
    r"possible|on\s+request|optional|can\s+be|ok|welcome)|logos?\s+of\s+(?:any|all|every)\s+brands?\s+(?:is\s+|are\s+)?"
    r"(?:available|possible|on\s+request|ok|welcome)|"
    r"cualquier\s+marca|qualquer\s+marca|n['’]importe\s+quelle\s+marque|jede\s+marke|qualsiasi\s+marchio|"
    r"любой\s+бренд|любые\s+бренды|her\s+marka\s+(?:mevcut|var|yap[ıi]l[ıi]r)|semua\s+merek\s+(?:ada|bisa)|"
    r"mọi\s+thương\s+hiệu)(?![\w])"
    r"|原版logo|原版LOGO|原标|原厂logo|原廠logo|大牌logo可|可做大牌|各种大牌|各大品牌logo|オリジナルロゴ|정품\s*로고",
    re.IGNORECASE)
# the marks' full range offered in private, a hedge wherever it stands ("DM for the full catalogue", "real photos in chat")
CATALOGUE = re.compile(r"(?<![\w])(?:full\s+catalog(?:ue)?|complete\s+catalog(?:ue)?|real\s+(?:photos|pics|pictures)|"
                       r"brand\s+list|secret\s+(?:menu|catalog(?:ue)?)|cat[áa]logo\s+complet[oa]|catalogue\s+complet|"
                       r"kompletter\s+katalog|catalogo\s+completo|полный\s+каталог|tam\s+katalog|katalog\s+lengkap)(?![\w])"
                       r"|完整目录|الكتالوج\s+الكامل", re.IGNORECASE)
# a hedge (in a sentence that names the marks): the refusal limited to what is shown, or the marks supplied another way
HEDGES = re.compile(
    r"(?<![\w])(?:publicly|openly|visibly|in\s+public|on\s+(?:the\s+)?(?:photos?|pictures?|pics|images|listing|site|website|platform|"
    r"app|shop\s+page|store\s+page)|in\s+(?:the\s+)?(?:photos?|pictures?|pics|images|listing|ad|post|catalog(?:ue)?\s+"
    r"photos?)|(?:platform|marketplace|site|app)['’]?s?\s+(?:rules|policy|policies|restrictions)|"
    r"(?:because\s+of|due\s+to)\s+(?:the\s+)?(?:platform|marketplace|site|app|shopee|lazada|tokopedia|ebay|amazon|"
    r"etsy|tiktok|algorithm|ai|bots?|filters?)|sent\s+separately|shipped\s+separately|packed\s+separately|"
    r"(?:logos?|labels?|tags?|patch(?:es)?)\s+(?:come\s+|comes\s+|are\s+|is\s+)?(?:separately|apart|on\s+request|"
    r"after\s+(?:order|payment|purchase)|in\s+(?:the\s+)?(?:chat|dm|inbox|box)|hidden|blurred|covered|removed\s+for)|"
    r"(?:hidden|blurred|covered|censored|masked)\s+(?:logos?|brands?)|"
    r"(?:dm|pm|inbox|message|chat|whatsapp|telegram|wechat|contact|ask)\W+(?:\w+\W+){0,3}(?:for|to\s+(?:see|get))\W+"
    r"(?:\w+\W+){0,2}(?:full|real|complete|whole|brand|brands|branded|logo|logos|secret|hidden|private|vip|actual|"
    r"original)|full\s+catalog(?:ue)?|real\s+(?:photos|pics|pictures)|brand\s+list|secret\s+(?:menu|catalog(?:ue)?)|"
    # other languages
    r"en\s+(?:las|la)\s+fotos?|p[úu]blicamente|por\s+(?:privado|interno|dm|md)|(?:se\s+)?env[íi]a(?:n|mos)?\s+(?:aparte|"
    r"por\s+separado)|por\s+separado|cat[áa]logo\s+complet[oa]|nas\s+fotos|publicamente|no\s+privado|(?:enviad[oa]s?|"
    r"mandad[oa]s?)\s+(?:[àa]\s+parte|separadamente)|separadamente|chama\s+no\s+(?:pv|direct|zap)|"
    r"sur\s+les\s+photos|publiquement|envoy[ée]e?s?\s+s[ée]par[ée]ment|s[ée]par[ée]ment|en\s+mp|catalogue\s+complet|"
    r"auf\s+(?:den\s+)?fotos|[öo]ffentlich|separat|per\s+pn|privatnachricht|kompletter\s+katalog|"
    r"nelle\s+foto|pubblicamente|separatamente|in\s+privato|catalogo\s+completo|"
    r"на\s+фото|публично|отдельно|в\s+личк|в\s+лс|в\s+директ|полный\s+каталог|"
    r"foto[ğg]raflarda|ayr[ıi]ca\s+g[öo]nderil|ayr[ıi]\s+g[öo]nderil|dm['’]?den|tam\s+katalog|"
    r"di\s+foto|dikirim\s+terpisah|terpisah|via\s+(?:dm|inbox|wa)|katalog\s+lengkap|"
    r"trên\s+ảnh|gửi\s+riêng|ib\s+(?:để|xem)|inbox\s+(?:để|xem))(?![\w])"
    # the scripts written without spaces, and Arabic's attached prefixes: no word edges
    r"|ในรูป|ส่งแยก|ทักแชท|图片不(?:放|显示|展示)|图上不|私聊|私信|单独发|單獨發|另寄|分开寄|完整目录|完整圖|"
    r"في\s+الصور|بشكل\s+منفصل|منفصل|راسلنا|الكتالوج\s+الكامل",
    re.IGNORECASE)
# a word for a logo right after or right before a mention ("adidas logo", "Levi's-Logos", "logo de Nike", "logo Nike")
_LOGO_AFTER = re.compile(r"[\s\-–'’s]*(?:logo|logos|logotipo|logotipos|logotype|loghi|logosu|logolar\w*|логотип\w*|лого|"
                         r"ロゴ|로고|โลโก้|شعار|标志|標誌|商标|商標)", re.IGNORECASE)
# the same after the rest of a line's name ("Puma Palermo-Logos" after "Puma")
_LOGO_AFTER_LINE = re.compile(r"(?:[\s\-–]+[^\W\d_][\w'’&.]*){1,2}?" + _LOGO_AFTER.pattern, re.IGNORECASE)
_LOGO_BEFORE = re.compile(r"(?:logo|logos|logotipo|logotipos|loghi|логотип\w*|logosu|شعار|โลโก้|标志|商标|ロゴ)"
                          r"(?:\s+(?:de|da|do|di|del|of|của|von|du|la|el|the))?\s*$", re.IGNORECASE)
_LOOKBACK = 160
_LOOKAHEAD = 120
_REFUSAL_NOTE = "a refusal of the brand's marks (a maker's trademark policy): the brand is the refused thing, not the goods"


class Refusals:
    """The refusals of one listing's text, looked up per mention (`before` / `after`)."""

    def __init__(self, text: ListingText) -> None:
        self.text = text
        words = text.latin_words
        self.possible = (not words.isdisjoint(MARK_WORDS_LATIN) or not words.isdisjoint(REFUSING_VERBS)
                         or not text.is_ascii and any(w in text.original for w in MARK_WORDS_WIDE)) and (
            not words.isdisjoint(TRIGGERS) or not text.is_ascii and any(w in text.original for w in TRIGGERS_WIDE))
        self._void: bool | None = None
        self._stated: bool | None = None
        self._offers: list[tuple[int, int]] | None = None

    @property
    def void(self) -> bool:
        """Whether the listing offers the marks after all (`OFFERS`) or hedges its refusal (`HEDGES`)."""
        if self._void is None:
            original = self.text.original
            self._void = OFFERS.search(original) is not None or CATALOGUE.search(original) is not None or any(
                _marks_in(sentence := _sentence(original, m.start(), m.end())) or _HEAD_ANY.search(sentence) is not None
                for m in HEDGES.finditer(original))  # "No Nike logo on the photos", "Não colocamos Nike publicamente"
        return self._void

    def before(self, start: int) -> Negation | None:
        """The refusal whose refused marks a mention starting at original offset `start` is among, read before it."""
        if not self.possible or start <= 0:
            return None
        original = self.text.original
        window_start = max(0, start - _LOOKBACK, original.rfind("\n", 0, start) + 1)
        window = original[window_start:start]
        found = _walk_back(window)
        if found is None and not self.text.is_ascii and (m := _HEAD_WIDE_RE.search(window)) is not None:
            found = m.start("head"), m.end("head")
        if found is None or self.void:
            return None
        o_start, o_end = window_start + found[0], window_start + found[1]
        return Negation(o_start, o_end, original[o_start:o_end].strip(), refusal=True)

    def offered(self, start: int) -> bool:
        """Whether original offset `start` (a logo word) lies inside an offer of the brand's marks ("logo originale
        Gucci o il tuo", "the original Levi's logo or your own"): the logo is claimed, whatever refuses it nearby."""
        if self._offers is None:
            self._offers = [m.span() for m in OFFERS.finditer(self.text.original)]  # asked for a logo word only
        return any(s <= start < e for s, e in self._offers)

    def hedged_logo(self, start: int, end: int) -> bool:
        """Whether a mention at original offsets [start, end) names the brand's logo ("no adidas logo", "keine
        Levi's-Logos") in a listing that hedges or offers it ("… on the photos, logo sent separately"): a denial of the
        logo kept off the photos, not of the goods."""
        if not self.possible:
            return False
        original = self.text.original
        return (_LOGO_AFTER.match(original, end) is not None or _LOGO_AFTER_LINE.match(original, end) is not None or _LOGO_BEFORE.search(original[max(0, start - 24):start])
                is not None) and self.void

    @property
    def stated(self) -> bool:
        """Whether the listing states a refusal of brands' marks anywhere, unvoided: a refusal's head with a word of the
        marks after it in its sentence ("we do not print brand logos", "不接品牌logo"), or a tail with one before it
        ("marka logosu basmıyoruz"). A maker that says so offers its logo service for the buyer's own logo."""
        if self._stated is None:
            self._stated = self.possible and not self.void and any(
                _marks_in(self.text.original[m.end():m.end() + 60]) for m in self._heads()) or self.possible and any(
                _marks_in(self.text.original[max(0, m.start() - 60):m.start()]) for m in self._tails()) and not self.void
        return self._stated

    def _heads(self):
        yield from _HEAD_ANY.finditer(self.text.original)
        if not self.text.is_ascii:
            yield from _HEAD_WIDE_ANY.finditer(self.text.original)

    def _tails(self):
        yield from _TAIL_ANY.finditer(self.text.original)
        if not self.text.is_ascii:
            yield from _TAIL_WIDE_ANY.finditer(self.text.original)

    def covers(self, start: int, end: int) -> bool:
        """Whether the words at original offsets [start, end) (a logo word) stand in a sentence that refuses the marks:
        a refusal's head before them ("we do not print adidas or any other brand's logo") or its tail after them
        ("Nike veya diğer marka logolarını basmıyoruz"), unvoided; or a sentence of the buyer's trademark certificate
        ("trademark certificate required for logo orders", "需提供商标注册证"). Broader than `before`: only a logo word is
        asked."""
        original = self.text.original
        left = max((m.end() for m in _SENTENCE_END.finditer(original, max(0, start - _LOOKBACK), start)), default=max(0, start - _LOOKBACK))
        right = next((m.start() for m in _SENTENCE_END.finditer(original, end, end + _LOOKAHEAD)), min(len(original), end + _LOOKAHEAD))
        if _CERTIFICATE.search(original, left, right) is not None:
            return True  # the buyer's own mark, whatever else the listing says
        if not self.possible:
            return False
        found = (_HEAD_ANY.search(original, left, start) is not None or _walk_on(original[end:right]) is not None
                 or not self.text.is_ascii and (_HEAD_WIDE_ANY.search(original, left, start) is not None
                                                or _TAIL_WIDE_RE.match(original[end:right]) is not None))
        return found and not self.void

    def after(self, end: int) -> Negation | None:
        """The refusal read right after a mention ending at original offset `end` ("… logolarını basmıyoruz")."""
        if not self.possible:
            return None
        original = self.text.original
        stop = original.find("\n", end)
        window = original[end:min(end + _LOOKAHEAD, stop if stop >= 0 else len(original))]
        found = _walk_on(window)
        if found is None and not self.text.is_ascii and (m := _TAIL_WIDE_RE.match(window)) is not None:
            found = m.start("tail"), m.end("tail")
        if found is None or self.void:
            return None
        return Negation(end + found[0], end + found[1], original[end + found[0]:end + found[1]].strip(), refusal=True)


def _skippable(word: str, free: int) -> tuple[bool, int]:
    """Whether a token of the refused list may be walked over, and the list words still free after it: a joint
    (comma, "or") frees up to three capitalised words (another brand's name), a list word is always walked over."""
    folded = word.casefold()
    if folded in LIST_JOINTS:
        return True, _ITEM_WORDS
    if folded in FILL_WORDS or folded in SEPARATORS:
        return True, free
    if free > 0 and (word[0].isupper() or word[0].isalpha() and word[0].lower() == word[0].upper()):
        return True, free - 1
    return False, free


def _walk_back(window: str) -> tuple[int, int] | None:
    """The span (in `window`) of a refusal's head that the end of `window` follows through the refused list only."""
    tokens = list(_TOKEN.finditer(window))
    boundary, free = len(window), 0
    while True:
        if (m := _HEAD_END.search(window, max(0, boundary - _HEAD_CHARS), boundary)) is not None:
            return m.start("head"), m.end("head")
        if not tokens:
            return None
        token = tokens.pop()
        ok, free = _skippable(token.group(), free)
        if not ok:
            return None
        boundary = token.start()


def _walk_on(window: str) -> tuple[int, int] | None:
    """The span (in `window`) of a refusal's tail that the start of `window` reaches through the refused list only."""
    boundary, free = 0, 0
    for token in _TOKEN.finditer(window):
        if (m := _TAIL_START.match(window, boundary)) is not None:
            return m.start("tail"), m.end("tail")
        ok, free = _skippable(token.group(), free)
        if not ok:
            return None
        boundary = token.end()
    return None


def refusal_note(phrase: str, mention: str) -> str:
    """The reason a refused mention is denied, as the evidence says it."""
    return f"'{phrase}' before or after '{mention}': {_REFUSAL_NOTE}"
