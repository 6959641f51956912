#!/usr/bin/env python3
"""outsider18: seeded, stdlib-only generator of a held-out set for BrandSentry.

python3 make_set.py --seed 18 [--out set.jsonl] [--classes classes.md]
One function per class; data.py holds markets and products. Same seed, same bytes."""
from __future__ import annotations

import argparse
import base64
import json
import random
from datetime import datetime, timedelta, timezone

from data import M, NAME, P

R = random.Random(18)
CLASSES = []  # (name, star, kind, tactic, fn)


def cls(name, kind, tactic, star=False):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


FASHION = {"sneakers", "handbags", "watches", "jackets", "parkas", "belts", "wallets", "jewelry", "sportswear", "earbuds",
           "scarves", "trench coats", "sunglasses", "luggage", "jeans", "denim", "charms", "hair care", "headphones"}


def prod(brand=None, cat=None, lo=None, hi=None, models=False, cats=None):
    """a product; with neither brand nor category asked, never a software licence or a prescription drug"""
    c = [p for p in P if (brand is None or p[0] == brand) and (cat is None or p[2] == cat) and (lo is None or p[3] >= lo)
         and (hi is None or p[3] <= hi) and (not models or p[4]) and (cats is None or p[2] in cats)
         and (brand is not None or cat is not None or p[2] not in ("software licenses", "prescription drugs"))]
    return R.choice(c)


def copy_frac(lst):
    if lst >= 2000:
        return R.uniform(0.05, 0.11)
    if lst >= 300:
        return R.uniform(0.08, 0.25)
    if lst >= 30:
        return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def line(p):
    n, b = p[1], NAME[p[0]]
    return n[len(b) + 1:] if n.startswith(b + " ") else n


def hexid(k=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(k))


SELLER_NAMES = ["best_deals_{}", "shop{}", "market_{}", "trendy{}", "goodluck{}", "star_store_{}", "happy{}", "mega{}",
                "urban_{}", "daily_{}"]


def L(kind, brand, lang, title, desc="", usd=None, amount=None, cur=None, seller=None, seller_name=None, category=None,
      attrs=None, ship=None, url=None, images=None, market=None, no_price=False, also=()):
    mk, ccy, rate, country = M[lang]
    market = market or mk
    lid = hexid(14)
    d = {"marketplace": market, "listing_id": lid, "url": url or f"https://{market}.example/item/{lid}", "title": title,
         "description": desc}
    if not no_price:
        if amount is None:
            amount = sig3(usd * rate)
        d["price"] = {"amount": amount, "currency": cur or ccy}
    sname = seller_name if seller_name is not None else R.choice(SELLER_NAMES).format(R.randint(10, 9999))
    d["seller"] = {"id": seller or ("u" + hexid(10)), "name": sname, "country": country}
    if category:
        d["category"] = category
    if images:
        d["images"] = images
    d["ship_from"] = ship or country
    t = datetime(2026, 12, 1, tzinfo=timezone.utc) + timedelta(seconds=R.randint(0, 2 * 86400 - 1))
    d["observed_at"] = t.isoformat().replace("+00:00", "Z")
    d["attributes"] = attrs or {}
    d["_label"] = {"kind": kind, "brand": brand, "lang": lang.rstrip("23"), "also": list(also)}
    return d


def C(*a, **k):
    return L("counterfeit", *a, **k)


def I(*a, **k):
    return L("innocent", *a, **k)


def cp(p):
    """a copy's price in USD for product p"""
    return p[3] * copy_frac(p[3])


def templ(rows, n=13, pick=None):
    """cycle through template rows, each with a random product (pick: a function returning a product)"""
    out = []
    for i in range(n):
        row = rows[i % len(rows)]
        p = pick(row) if pick else prod()
        out.append((row, p))
    return out


def fill(s, p):
    return s.format(n=p[1], b=NAME[p[0]], l=line(p), m=p[4] or line(p), c=p[2])


def regional(rows, ship=None):
    res = []
    for (lang, t, dsc), p in templ(rows):
        res.append(C(p[0], lang, fill(t, p), fill(dsc, p), usd=cp(p), category=p[2], ship=ship))
    return res


# =========================================================================== counterfeit, everyday

@cls("c_cue_africa18", "counterfeit", "African copy words in local languages and English (copy ya Dubai, kwaikwayo, first grade, ኮፒ, i-copy, copie Dubaï, koobi)")
def c_cue_africa18():
    return regional([
        ("sw-KE", "{n} copy ya Dubai bei poa", "Bidhaa ni copy ya kwanza, si original. Tuko Nairobi CBD, delivery kila siku."),
        ("sw-TZ", "{n} mali ya China daraja A", "Ni replica nzuri sana, bei ya jumla inapatikana. Tupo Kariakoo."),
        ("ha-NG", "{n} kwaikwayo mai kyau sosai", "Ba na asali ba ne, amma kamar na asali. Kano, Sabon Gari. Kira mu."),
        ("yo-NG", "{n} first grade, oja Tejuosho", "Kii se original o, Turkey grade ni. E pe wa lori WhatsApp."),
        ("en-NG", "{n} Turkey grade (not original) Balogun", "Quality is 1:1 Turkey make. Pay on delivery within Lagos only."),
        ("en-GH", "{n} class A copy - Kantamanto", "Dubai copy, very neat finishing. Delivery Accra and Kumasi."),
        ("am-ET", "{n} ኮፒ ጥሩ ጥራት", "ኦሪጅናል አይደለም፤ ከፍተኛ ኮፒ ነው። መርካቶ አዲስ አበባ።"),
        ("zu-ZA", "{n} i-copy enhle kakhulu", "Akusiyo i-original, yi-AAA copy. Siyathumela eGoli nase-Durban."),
        ("fr-CI", "{n} version copie Dubaï", "Pas original, qualité premier choix façon original. Livraison Adjamé, Cocody."),
        ("fr-SN", "{n} copie grade A Sandaga", "Pas authentique mais très bonne imitation. Livraison Dakar et Thiès."),
        ("rw-RW", "{n} kopi nziza cyane", "Si original, ni kopi ya mbere. Kigali, Nyabugogo."),
        ("mg-MG", "{n} kopia tsara kalitao", "Tsy original fa kopia tsara. Antananarivo, Behoririka."),
        ("so-SO", "{n} koobi tayo sare leh", "Ma aha asal, waa koobi Dubai. Suuqa Bakaaraha."),
    ])


@cls("c_cue_latam18", "counterfeit", "Latin American copy words (clon AAA, símil, triple A, imitación, copia dura, réplica importada, inspiração)")
def c_cue_latam18():
    return regional([
        ("es-MX", "{n} clon AAA calidad espejo", "Es réplica espejo, no original. Envíos desde CDMX, entrego en metro."),
        ("es-AR", "{n} símil original impecable", "No es original, es símil de primera. Envíos por Andreani, retiro en Flores."),
        ("es-CO", "{n} copia triple A", "Copia AAA, no es original. Entregas en Bogotá, San Victorino."),
        ("es-CL", "{n} réplica alternativa premium", "Alternativa calidad premium, no original. Retiro en Meiggs."),
        ("es-PE", "{n} imitación de primera Gamarra", "No es original, imitación muy buena. Envío a provincias."),
        ("es-VE", "{n} réplica importada 1:1", "Réplica importada calidad 1:1, no es original. Caracas, delivery."),
        ("es-GT", "{n} imitación buena calidad", "Imitación, no original. Entrega zona 1 y zona 10."),
        ("es-DO", "{n} copia dura no es original", "Copia dura, se ve igualita. Santo Domingo, envío."),
        ("es-UY", "{n} réplica primera calidad", "Réplica, no es original. Montevideo, envío por DAC."),
        ("es-BO", "{n} réplica china de primera", "No original. Feria 16 de Julio El Alto, envíos."),
        ("pt-BR", "{n} réplica importada 1:1", "Não é original, réplica importada. Envio do Brás, SP."),
        ("pt-BR2", "{n} inspiração perfeita (não é original)", "Modelo inspiração, idêntico ao original. 25 de Março."),
        ("es-US", "{n} copia AAA no original - Santee Alley", "Copia AAA, no es original. Pickup en LA fashion district."),
    ])


@cls("c_cue_eu_south18", "counterfeit", "southern European copy words (imitazione, réplica de calidad, rèplica, erreplika, αντίγραφο, kopja, kopje)")
def c_cue_eu_south18():
    return regional([
        ("it-IT", "{n} imitazione fatta benissimo", "Non è originale, imitazione di alta qualità. Spedisco da Napoli."),
        ("es-ES", "{n} réplica de calidad, no es original", "Réplica buena, igual que la original. Envío 24h."),
        ("pt-PT", "{n} réplica de qualidade, não é original", "Réplica, entrego em Lisboa. Feira da Ladra."),
        ("ca-ES", "{n} rèplica molt bona, no original", "És una rèplica, qualitat top. Envio a tota Catalunya."),
        ("gl-ES", "{n} réplica, non é orixinal", "Réplica de calidade. Envío a Vigo e Coruña."),
        ("eu-ES", "{n} erreplika, ez da originala", "Kalitate oneko erreplika. Bidalketa Bilbon."),
        ("el-GR", "{n} αντίγραφο άριστης ποιότητας", "Δεν είναι γνήσιο, ρεπλίκα Α ποιότητας. Μοναστηράκι."),
        ("el-CY", "{n} ρεπλίκα 1:1 όχι γνήσιο", "Ρεπλίκα πολύ καλή. Λευκωσία παράδοση."),
        ("mt-MT", "{n} kopja tajba, mhux oriġinali", "Kopja ta' kwalità għolja. Konsenja Malta u Għawdex."),
        ("sq-AL", "{n} kopje shumë e mirë, jo origjinale", "Kopje cilësore. Dërgesa në Tiranë."),
        ("it-IT", "{n} replica AAA non originale", "Replica perfetta, nessuna differenza. Consegna a mano Roma."),
        ("es-ES", "{n} copia buena, top calidad", "No es original. Mando por correos."),
        ("el-GR", "{n} απομίμηση καλή ποιότητα", "Απομίμηση, όχι original. Θεσσαλονίκη."),
    ])


@cls("c_cue_eu_central18", "counterfeit", "central European copy words (Fälschung, Kopie, namaak, replika nie oryginał, kópia, hamisítvány, kopija, Kopie keen Original)")
def c_cue_eu_central18():
    return regional([
        ("de-DE", "{n} Fälschung sehr gute Qualität", "Kein Original, Replika. Versand oder Abholung Berlin."),
        ("de-AT", "{n} Kopie top Qualität, nicht echt", "Nicht echt, aber top verarbeitet. Wien Selbstabholung."),
        ("de-CH", "{n} Replik, kein Original", "Replik in guter Qualität. Versand in der ganzen Schweiz."),
        ("nl-NL", "{n} namaak, geen origineel", "Replica van goede kwaliteit. Ophalen in Rotterdam."),
        ("nl-BE", "{n} kopie topkwaliteit", "Geen origineel. Verzenden mogelijk."),
        ("pl-PL", "{n} replika 1:1, nie oryginał", "Replika wysokiej jakości. Wysyłka InPost."),
        ("cs-CZ", "{n} replika, není originál, AAA", "Replika kvalita AAA. Osobní předání Praha."),
        ("sk-SK", "{n} kópia, nie originál", "Kópia vo výbornej kvalite. Bratislava."),
        ("hu-HU", "{n} hamisítvány, nem eredeti", "Replika, szép minőség. Budapest, személyes átvétel."),
        ("ro-RO", "{n} replica calitate premium, nu e original", "Replica foarte buna. Livrare prin curier."),
        ("sl-SI", "{n} replika, ni original", "Replika dobre kvalitete. Ljubljana."),
        ("hr-HR", "{n} kopija, nije original", "Kopija odlične kvalitete. Zagreb, slanje."),
        ("lb-LU", "{n} Kopie, keen Original", "Gutt Kopie. Ofhuelen an der Stad."),
    ])


@cls("c_cue_nordic_baltic18", "counterfeit", "Nordic and Baltic copy words (kopia ej äkta, kopi ikke ægte, kopio ei aito, ekki ekta, koopia, kopija)")
def c_cue_nordic_baltic18():
    return regional([
        ("sv-SE", "{n} kopia, ej äkta", "Replika av hög kvalitet. Kan skickas."),
        ("da-DK", "{n} kopi, ikke ægte", "God kopi, ser ud som den ægte. Afhentes Nørrebro."),
        ("nb-NO", "{n} kopi, ikke original", "Kopi av god kvalitet. Sendes med Posten."),
        ("fi-FI", "{n} kopio, ei aito", "Hyvä kopio. Nouto Helsinki tai postitus."),
        ("is-IS", "{n} ekki ekta, góð kópía", "Kópía í góðum gæðum. Reykjavík."),
        ("et-EE", "{n} koopia, mitte originaal", "Hea koopia. Tallinn, saatmine pakiautomaati."),
        ("lv-LV", "{n} kopija, nav oriģināls", "Laba kopija. Rīga, sūtu ar Omniva."),
        ("lt-LT", "{n} kopija, ne originalas", "Geros kokybės kopija. Vilnius."),
        ("sv-SE", "{n} replika A-kvalitet", "Inte original. Swish vid hämtning."),
        ("fi-FI", "{n} feikki mutta hyvä", "Ei alkuperäinen. Tampere."),
        ("da-DK", "{n} replika 1:1", "Ikke original, men meget flot. Sendes med GLS."),
        ("nb-NO", "{n} falsk, men fin", "Ikke ekte. Oslo sentrum."),
        ("lt-LT", "{n} replika aukščiausios kokybės", "Ne originalas. Kaunas, siunčiu."),
    ])


@cls("c_cue_cis18", "counterfeit", "CIS and Caucasus copy words (реплика, копия люкс, репліка, көшірме, kopiya, kopya, կրկնօրինակ, ასლი, нусха)")
def c_cue_cis18():
    return regional([
        ("ru-RU", "{n} реплика, не оригинал, качество люкс", "Реплика высокого качества. Доставка СДЭК по России."),
        ("ru-KZ", "{n} копия lux, не оригинал", "Копия люкс. Алматы, доставка."),
        ("uk-UA", "{n} репліка, не оригінал", "Репліка хорошої якості. Нова Пошта."),
        ("be-BY", "{n} копія, не арыгінал", "Добрая копія. Мінск, дастаўка."),
        ("kk-KZ", "{n} көшірме, түпнұсқа емес", "Сапалы көшірме. Астана, жеткізу."),
        ("uz-UZ", "{n} kopiya, original emas", "Sifatli kopiya. Toshkent bo'ylab yetkazib berish."),
        ("ky-KG", "{n} копия, оригинал эмес", "Сапаттуу копия. Бишкек, Дордой."),
        ("az-AZ", "{n} kopya, orijinal deyil", "Keyfiyyətli kopya. Bakı, çatdırılma."),
        ("hy-AM", "{n} կրկնօրինակ, օրիգինալ չէ", "Լավ որակի կրկնօրինակ։ Երևան։"),
        ("ka-GE", "{n} ასლი, არ არის ორიგინალი", "კარგი ხარისხის ასლი. თბილისი, ლილოს ბაზრობა."),
        ("tg-TJ", "{n} нусха, аслӣ нест", "Нусхаи хуб. Душанбе, бозори Корвон."),
        ("ro-MD", "{n} copie, nu e original", "Copie de calitate. Chișinău, livrare."),
        ("ru-RU", "{n} копия 1в1 премиум", "Не оригинал, копия премиум. Садовод, Москва."),
    ])


@cls("c_cue_mena18", "counterfeit", "Middle East and North Africa copy words (هاي كوبي, تقليد درجة أولى, copie taïwan, های کپی, העתק, A kalite replika, کۆپی, کاپي)")
def c_cue_mena18():
    return regional([
        ("ar-EG", "{n} هاي كوبي مش أصلي", "هاي كوبي درجة أولى. توصيل لكل المحافظات."),
        ("ar-SA", "{n} تقليد درجة أولى", "تقليد ممتاز مو أصلي. التوصيل داخل الرياض."),
        ("ar-AE", "{n} كوبي ماستر كوالتي", "ماستر كوبي، مو أصلي. توصيل دبي والشارقة."),
        ("ar-MA", "{n} نسخة طبق الأصل ماشي أصلي", "كوبي مزيانة بزاف. الدار البيضاء درب عمر."),
        ("ar-IQ", "{n} تقليد ممتاز", "مو أصلي، كوبي نخب. بغداد الشورجة."),
        ("ar-DZ", "{n} copie taïwan qualité top", "ماشي original، تايوان نظيف. العلمة."),
        ("ar-TN", "{n} كوبي موش original", "كوبي باهية برشا. تونس العاصمة."),
        ("ar-JO", "{n} كوبي نخب أول", "كوبي نخب أول، مش أصلي. عمان وسط البلد."),
        ("fa-IR", "{n} های کپی، اصل نیست", "کپی درجه یک. ارسال به سراسر کشور."),
        ("he-IL", "{n} העתק איכותי, לא מקורי", "העתק ברמה גבוהה. משלוח לכל הארץ."),
        ("tr-TR", "{n} A kalite replika, orijinal değil", "Birinci kalite replika. Kapıda ödeme."),
        ("ku-IQ", "{n} کۆپی باش، ئەسڵی نییە", "کۆپی پلە یەک. هەولێر، گەیاندن."),
        ("ps-AF", "{n} کاپي، اصلي نه دی", "ښه کاپي. کابل، مندوي."),
    ])


@cls("c_cue_south_asia18", "counterfeit", "South Asian copy words in 12 scripts (फर्स्ट कॉपी, মাস্টার কপি, اے پلس کاپی, முதல் காப்பி, 7A quality ...)")
def c_cue_south_asia18():
    return regional([
        ("hi-IN", "{n} फर्स्ट कॉपी, ओरिजिनल नहीं", "मास्टर कॉपी, बढ़िया क्वालिटी। कैश ऑन डिलीवरी।"),
        ("bn-BD", "{n} মাস্টার কপি, অরিজিনাল না", "হাই কোয়ালিটি কপি। ঢাকা বসুন্ধরা, ডেলিভারি।"),
        ("ur-PK", "{n} اے پلس کاپی، اوریجنل نہیں", "ماسٹر کاپی، کیش آن ڈیلیوری۔ لاہور۔"),
        ("ta-IN", "{n} முதல் காப்பி, ஒரிஜினல் இல்லை", "நல்ல தரம். சென்னை டெலிவரி."),
        ("te-IN", "{n} ఫస్ట్ కాపీ, ఒరిజినల్ కాదు", "మంచి క్వాలిటీ. హైదరాబాద్ డెలివరీ."),
        ("ml-IN", "{n} ഫസ്റ്റ് കോപ്പി, ഒറിജിനൽ അല്ല", "നല്ല ക്വാളിറ്റി. കൊച്ചി."),
        ("kn-IN", "{n} ಫಸ್ಟ್ ಕಾಪಿ, ಒರಿಜಿನಲ್ ಅಲ್ಲ", "ಉತ್ತಮ ಗುಣಮಟ್ಟ. ಬೆಂಗಳೂರು."),
        ("mr-IN", "{n} फर्स्ट कॉपी, ओरिजनल नाही", "मास्टर कॉपी. पुणे डिलिव्हरी."),
        ("gu-IN", "{n} ફર્સ્ટ કોપી, ઓરિજિનલ નથી", "સારી ક્વોલિટી. અમદાવાદ."),
        ("pa-IN", "{n} ਫਸਟ ਕਾਪੀ, ਅਸਲੀ ਨਹੀਂ", "ਵਧੀਆ ਕੁਆਲਿਟੀ। ਲੁਧਿਆਣਾ।"),
        ("si-LK", "{n} කොපි, ඔරිජිනල් නෙවෙයි", "හොඳ කොලිටි. කොළඹ."),
        ("ne-NP", "{n} कपी, सक्कली होइन", "राम्रो क्वालिटी कपी। काठमाडौं।"),
        ("en-IN", "{n} 7A quality master copy", "7A master copy, not original. COD available, Delhi Sadar Bazar."),
    ])


@cls("c_cue_sea18", "counterfeit", "Southeast Asian copy words (hàng replica loại 1, งานก๊อป, KW premium, gred AAA, class A, កូពី, ကော်ပီ, ກັອບປີ້)")
def c_cue_sea18():
    return regional([
        ("vi-VN", "{n} hàng replica 1:1 loại 1", "Không phải chính hãng, hàng rep loại 1. Ship COD toàn quốc."),
        ("th-TH", "{n} งานก๊อป เกรดพรีเมียม", "ไม่ใช่ของแท้ งานก๊อปเกรดดี ส่งฟรี"),
        ("id-ID", "{n} KW premium bukan ori", "Barang KW premium, mirip ori. Kirim dari Jakarta."),
        ("id-ID2", "{n} grade mirror non ori", "Kualitas mirror, bukan original. COD."),
        ("ms-MY", "{n} copy ori gred AAA", "Bukan original, gred AAA. Pos seluruh Malaysia."),
        ("tl-PH", "{n} class A hindi original", "Class A, parang original. COD Metro Manila."),
        ("km-KH", "{n} កូពី ថ្នាក់ល្អ", "មិនមែនដើម កូពីថ្នាក់ល្អ។ ភ្នំពេញ។"),
        ("my-MM", "{n} ကော်ပီ အဆင့်မြင့်", "original မဟုတ်ပါ ကော်ပီအဆင့်မြင့်။ ရန်ကုန်။"),
        ("lo-LA", "{n} ກັອບປີ້ ເກຣດດີ", "ບໍ່ແມ່ນຂອງແທ້. ວຽງຈັນ."),
        ("en-PH", "{n} class A overruns legit seller", "Class A, not authentic. Divisoria pickup."),
        ("en-MY", "{n} AAA mirror copy", "Mirror copy grade, not original. Petaling Street pickup."),
        ("en-SG", "{n} replica grade A", "Not authentic, replica. Meet at Bugis."),
        ("vi-VN", "{n} fake cao cấp like auth", "Hàng fake cao cấp, giống auth 99%. Freeship."),
    ])


@cls("c_cue_east_asia18", "counterfeit", "East Asian copy words (高仿 一比一, 精仿 非正品, 副廠, 翻版, スーパーコピー, 레플리카 미러급, 짭, хуулбар)")
def c_cue_east_asia18():
    return regional([
        ("zh-CN", "{n} 高仿 一比一 顶级版本", "非专柜正品，顶级复刻，介意勿拍。"),
        ("zh-CN2", "{n} 精仿 非正品", "精仿版本，细节做工到位。同城可面交。"),
        ("zh-CN3", "{n} A货 复刻版", "复刻版本，不是正品，包邮。"),
        ("zh-TW", "{n} 副廠 仿品 1:1", "非原廠，高品質仿品。超商取貨。"),
        ("zh-HK", "{n} 翻版 高質 A貨", "A貨翻版，唔係正貨。旺角交收。"),
        ("ja-JP", "{n} スーパーコピー N級品", "本物ではありません。N級品です。"),
        ("ja-JP2", "{n} レプリカ 本物ではありません", "レプリカ品です。ノークレームでお願いします。"),
        ("ko-KR", "{n} 레플리카 미러급", "정품 아닙니다 미러급 레플입니다. 택배 가능."),
        ("ko-KR2", "{n} 짭 SA급 정품아님", "SA급 짭입니다. 직거래 강남역."),
        ("mn-MN", "{n} хуулбар, жинхэнэ биш", "Сайн чанарын хуулбар. Улаанбаатар, Нарантуул."),
        ("zh-CN", "{n} 原单 尾货 高版本", "原单尾货，高版本，不支持验货。"),
        ("ja-JP", "{n} 偽物 ですが高品質", "偽物です。ご理解の上ご購入ください。"),
        ("ko-KR", "{n} 이미테이션 S급", "이미테이션 S급입니다. 반품 불가."),
    ])


@cls("c_rep_batch18", "counterfeit", "replica-community English (batch names, QC pics, GL/RL, W2C, agent links, 'best batch')")
def c_rep_batch18():
    rows = [
        "{n} - LJR batch, QC pics in DMs, GL'd by the sub", "{l} [top batch] W2C link via agent, ships 5-7d",
        "{n} best version 2025 rep, QC before ship", "{n} budget batch (not the top tier) - RL on the stitching",
        "{l} rep - passed QC, hypebeast tier", "{n} 'clean factory' v3 rep, waiting on QC",
        "{l} GX batch, weidian seller link in bio", "{n} 1:1 rep haul leftover, GL",
        "{n} rep from trusted seller, retail vs rep comparison pics", "{l} highest tier rep, no QC flaws",
        "{n} UA? no - top rep, cop before sold out", "{l} rep, batch code on tag, QC approved",
        "{n} rep - best on the market, ask for in-hand pics",
    ]
    out = []
    for i, t in enumerate(rows):
        p = prod(lo=60, cats=FASHION)
        out.append(C(p[0], R.choice(["en-US", "en-GB", "en-AU", "en-CA", "en-SG"]), fill(t, p),
                     "Shipping from warehouse via agent. Message for QC photos. No refunds after QC.", usd=cp(p), category=p[2],
                     ship="CN"))
    return out


@cls("c_cover_story18", "counterfeit", "a story explaining a new item's low price, no copy word (raffle win, late husband, relocation, client gift, returns pallet)")
def c_cover_story18():
    rows = [
        ("en-GB", "{n} - won in work raffle, unopened", "Won this at our Christmas do, not my thing. Quick sale."),
        ("en-US", "{n} brand new - bought for my late husband", "Never worn, he passed before Christmas. Just want it gone to a good home."),
        ("de-DE", "{n} neu - Umzug ins Ausland, muss weg", "Ziehe nächste Woche nach Kanada, alles muss raus. Neu und unbenutzt."),
        ("fr-FR", "{n} neuf - cadeau d'un client", "Reçu en cadeau d'un client, pas mon style. Vente rapide."),
        ("es-MX", "{n} nuevo - me lo regalaron y no lo uso", "Regalo de cumpleaños, nunca usado. Urge vender."),
        ("en-AU", "{n} - found in returns pallet, sealed", "Bought a returns pallet and this was in it. Sealed, no idea of history."),
        ("it-IT", "{n} nuovo - regalo sbagliato", "Regalo di mia suocera, taglia sbagliata. Prezzo basso per vendere subito."),
        ("nl-NL", "{n} nieuw - gewonnen bij loterij", "Gewonnen bij een bedrijfsloterij. Nooit gebruikt."),
        ("pl-PL", "{n} nowy - spadek po wujku", "Z mieszkania po wujku, nowy z metką. Szybka sprzedaż."),
        ("ja-JP", "{n} 新品 頂き物", "頂き物ですが使わないので出品します。即購入OK。"),
        ("en-CA", "{n} new - divorce sale, everything must go", "Ex left this behind, new in box. Priced to go today."),
        ("pt-BR", "{n} novo - ganhei no amigo secreto", "Ganhei no amigo secreto da firma, nunca usei."),
        ("en-IE", "{n} new - bought twice by mistake", "Ordered two by mistake, sell the extra one cheap."),
    ]
    return [C(p[0], lang, fill(t, p), d, usd=cp(p), category=p[2]) for (lang, t, d), p in templ(rows, pick=lambda r: prod(lo=100))]


@cls("c_model_number_only18", "counterfeit", "only the registry model number and generic nouns, at a copy's price, a few with a copy word")
def c_model_number_only18():
    rows = [
        ("en-US", "{m} 41mm automatic black ceramic bezel", "Sweep movement, 904L steel, 1:1 details."),
        ("en-GB", "{m} canvas tote MM with pouch", "Good quality, comes with dust bag."),
        ("en-CN", "{m} panda low sneakers size 36-45", "Factory direct, fast shipping."),
        ("de-DE", "{m} Kopfhörer kabellos ANC schwarz", "Neu, OVP. Top Klang."),
        ("zh-CN", "{m} 吹风机 全套配件", "高品质，一年保修（店铺保修）。"),
        ("es-ES", "{m} pulsera oro rosa con destornillador", "Acero chapado, incluye caja."),
        ("fr-FR", "{m} montre chrono acier", "Mouvement automatique, très belle finition."),
        ("en-NG", "{m} earbuds pro with case", "Original copy, sound is clear."),
        ("ru-RU", "{m} кроссовки белые", "Качество топ, размеры 36-45."),
        ("en-PH", "{m} parka down jacket black", "Overruns, complete tags."),
        ("tr-TR", "{m} sırt çantası? hayır - el çantası", "Birinci kalite, kutulu."),
        ("en-US2", "{m} 2TB NVMe SSD PCIe 4.0", "Tested, full speed."),
        ("id-ID", "{m} sneakers size 39-44", "Kualitas premium, bukan ori."),
    ]
    picks = ["126610LN", "M40995", "DD1391-100", "WH-1000XM5", "HS05", "B6067417", "310.30.42.50.01.001", "MTJV3", "B75806",
             "2051M", "443497", "MZ-V8P2T0", "396463-02"]
    out = []
    for i, (lang, t, d) in enumerate(rows):
        p = next(x for x in P if x[4] == picks[i])
        out.append(C(p[0], lang, t.format(m=p[4]), d, usd=cp(p), category=p[2]))
    return out


@cls("c_cjk_alias_jargon18", "counterfeit", "the brand's CJK name with the trade's jargon (复刻, 原单, 莆田纯原, 华强北, 仿, レプ, 레플)")
def c_cjk_alias_jargon18():
    rows = [
        ("zh-CN", "rolex", "劳力士 潜航者 绿水鬼 3235机芯 顶级复刻", "VS厂 一比一 904钢"),
        ("zh-CN2", "louis-vuitton", "路易威登 老花 Neverfull 原单 大号", "原单品质 带防尘袋"),
        ("zh-CN3", "gucci", "古驰 马蒙 链条包 高仿 小号", "顶级版本 皮质很好"),
        ("zh-CN", "nike", "耐克 空军一号 莆田纯原 低帮白色", "纯原版本 得物可过"),
        ("zh-CN2", "adidas", "阿迪达斯 椰子350 公司级 斑马", "公司级 爆米花底"),
        ("zh-CN", "canada-goose", "加拿大鹅 远征款 派克大衣 高版本", "高版本 90白鸭绒"),
        ("zh-CN3", "apple", "苹果 AirPods Pro 2 华强北 洛达1562 版本", "华强北顶配 支持定位"),
        ("zh-TW", "cartier", "卡地亞 LOVE手環 仿 玫瑰金", "鈦鋼電鍍 附螺絲刀"),
        ("zh-HK", "omega", "奧米茄 海馬300 複刻 藍面", "8800機芯 複刻版"),
        ("zh-CN", "swarovski", "施华洛世奇 天鹅项链 仿款", "高仿 锆石 不褪色"),
        ("ja-JP", "dyson", "ダイソン エアラップ レプ 互換品 フルセット", "コピー品です 本物ではありません"),
        ("ko-KR", "burberry", "버버리 캐시미어 머플러 레플 체크", "미러급 레플 정품 아님"),
        ("zh-CN2", "estee-lauder", "雅诗兰黛 小棕瓶 仿 50ml", "工厂货 非专柜"),
    ]
    out = []
    for lang, b, t, d in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, d, usd=cp(p), category=p[2]))
    return out


@cls("c_misspelling18", "counterfeit", "misspelt marks at a copy's price (Rolx, Guccci, Louis Vuiton, Addidas, Dysen, Omegga, Swarovsky ...)")
def c_misspelling18():
    rows = [("rolex", "Rolx Submarinar 41mm green automatic"), ("gucci", "Guccci Marmont small bag black"),
            ("louis-vuitton", "Louis Vuiton Neverful MM monogram"), ("adidas", "Addidas Sambba OG white green"),
            ("dyson", "Dysen Airwrapp complete long"), ("omega", "Omegga Seamastr 300 blue"),
            ("swarovski", "Swarovsky Millenia necklace"), ("pandora", "Pandorra moments bracelet with charms"),
            ("burberry", "Burberri check cashmere scarf"), ("michael-kors", "Micheal Korrs Jet Set tote"),
            ("samsung", "Samsumg Galaxy S24 Ultra 512GB"), ("yonex", "Yonnex Astrox 88D pro racket"),
            ("philips", "Phillipps Sonicare Diamondclean toothbrush")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        out.append(C(b, R.choice(["en-US", "en-GB", "en-NG", "en-PH", "en-IN", "en-AU", "en-ZA"]), t, "New, great quality. Fast shipping.",
                     usd=cp(p), category=p[2]))
    return out


@cls("c_homoglyph18", "counterfeit", "look-alike letters of other scripts inside the mark (Greek Ο, Cyrillic е і, Cherokee Ꮮ, Latin-looking Ϲ Ѕ)")
def c_homoglyph18():
    rows = [("rolex", "RΟLЕX Daytona panda dial"), ("gucci", "Gυcci GG belt 4cm"), ("dyson", "Ԁyson Supersonic pink"),
            ("nike", "Nіke Dunk Low panda"), ("samsung", "Ѕamsung Galaxy Buds2 Pro"), ("apple", "Аpple AirPods Pro 2"),
            ("cartier", "Ϲartier Love bracelet gold"), ("bose", "ВOSE QuietComfort Ultra"), ("canon", "Сanon LP-E6NH battery"),
            ("omega", "ОMEGA Speedmaster moonwatch"), ("louis-vuitton", "Ꮮouis Vuitton Keepall 45"), ("puma", "Ρuma Speedcat red"),
            ("burberry", "Вurberry trench beige")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        out.append(C(b, R.choice(["en-US", "ru-RU", "el-GR", "en-GB", "uk-UA", "bg-BG", "sr-RS"]), t, "Top quality. Ships fast.",
                     usd=cp(p), category=p[2]))
    return out


@cls("c_separator_leet18", "counterfeit", "separators and leetspeak inside the mark (R.o.l.e.x, G-U-C-C-I, D_y_s_o_n, N1ke, Sw@rovski, Om3ga)")
def c_separator_leet18():
    rows = [("rolex", "R.o.l.e.x Datejust 41 fluted"), ("gucci", "G-U-C-C-I Jackie 1961 bag"), ("dyson", "D_y_s_o_n Airwrap long barrel"),
            ("nike", "N1ke Air Max 90 infrared"), ("louis-vuitton", "L0U1S V Speedy 30"), ("swarovski", "Sw@rovski Constella bracelet"),
            ("omega", "Om3ga Aqua Terra blue"), ("cartier", "C@rtier Juste un Clou"), ("bose", "B0SE QC Earbuds"),
            ("adidas", "Ad!das Gazelle indoor"), ("pandora", "P@ndora heart charm s925"), ("michael-kors", "M!chael K0rs Parker watch"),
            ("coach", "C0ach Tabby 26 shoulder bag")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        out.append(C(b, R.choice(["en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "en-CA", "it-IT"]), t,
                     "Same as pics. DM for more.", usd=cp(p), category=p[2]))
    return out


@cls("c_cue_in_seller_attrs18", "counterfeit", "plain brand title; the copy cue only in the seller's name or the item specifics")
def c_cue_in_seller_attrs18():
    sellers = ["ReplicaKingHK", "1to1_factory_store", "superfake.mall", "AAA-Mirror-Outlet", "copy_paradise_gz", "fake_but_fab",
               "rep.warehouse", "mirrorgrade_official", "kopie-shop-24", "replicas_premium_mx", "레플천국", "高仿小铺", "copie_luxe"]
    attrs = [{"Quality": "AAA replica"}, {"Authenticity": "Not original"}, {"Condition": "New (replica)"}, {"Grade": "1:1 mirror"},
             {"Type": "High copy"}, {"Original/Replica": "Replica"}, {"Echtheit": "Nachbau"}, {"Calidad": "Réplica AAA"},
             {"品质": "高仿"}, {"등급": "미러급"}, {"Qualité": "copie"}, {"Authentic": "No"}, {"Version": "rep"}]
    out = []
    for i in range(13):
        p = prod(lo=50)
        lang = R.choice(["en-US", "en-GB", "de-DE", "es-MX", "fr-FR", "en-HK", "ko-KR", "zh-CN"])
        a = attrs[i] if i % 2 == 0 else {}
        out.append(C(p[0], lang, f"{p[1]} new", "Brand new with box.", usd=cp(p), category=p[2], seller_name=sellers[i], attrs=a))
    return out


@cls("c_offplatform18", "counterfeit", "brand at a copy's price with the real shop elsewhere (Telegram, WhatsApp catalogue, Yupoo album, our website)")
def c_offplatform18():
    rows = [
        ("en-US", "{n} - full catalog on Telegram @luxhub_reps", "Order in Telegram only. Prices there are lower."),
        ("en-NG", "{n} available - WhatsApp catalogue 0803xxxxxxx", "Check our WhatsApp catalogue for all models and sizes."),
        ("es-MX", "{n} - catálogo en Yupoo, pide por WhatsApp", "Más modelos en el álbum, pregunta por inbox."),
        ("fr-FR", "{n} - commande sur Snap", "Ajoute-moi sur Snap pour les photos réelles, livraison main propre."),
        ("de-DE", "{n} - mehr auf Insta, DM", "Weitere Modelle auf meinem Insta, schreib mir."),
        ("en-GB", "{n} - order via our website, 20% off code", "Buy on our site for the discount, link in profile."),
        ("pt-BR", "{n} - chama no zap", "Pedidos pelo WhatsApp, catálogo completo."),
        ("ar-SA", "{n} - الطلب عن طريق الواتساب", "الكتالوج كامل في الواتساب"),
        ("zh-CN", "{n} - 加微信看实拍", "微信下单更便宜，朋友圈看更多款。"),
        ("ru-RU", "{n} - пишите в телеграм", "Полный каталог в телеграм-канале."),
        ("id-ID", "{n} - order lewat WA", "Katalog lengkap di WA, fast respon."),
        ("en-PH", "{n} - check our FB page for more", "PM on Facebook page for the price list."),
        ("ko-KR", "{n} - 카톡 문의", "카톡으로 실사진 보내드려요."),
    ]
    out = []
    for i, ((lang, t, d), p) in enumerate(templ(rows, pick=lambda r: prod(lo=60))):
        if i % 4 == 3:
            out.append(C(p[0], lang, fill(t, p), d, amount=1, category=p[2]))
        else:
            out.append(C(p[0], lang, fill(t, p), d, usd=cp(p), category=p[2]))
    return out


@cls("c_pharma18", "counterfeit", "medicines without prescription or from doubtful sources at copy prices (generic 'Viagra', Lipitor no Rx, loose Claritin)")
def c_pharma18():
    rows = [
        ("en-US", "pfizer", "Viagra 100mg 30 pills - no prescription needed", "Discreet shipping, same as original. Pay with crypto for 10% off.", 40),
        ("en-GB", "pfizer", "Blue pills Viagra 100mg x 20 next day", "No consultation, discreet packaging.", 25),
        ("es-MX", "pfizer", "Viagra 100 mg 10 pastillas genérico igual", "Sin receta, envío discreto.", 9),
        ("fr-FR", "pfizer", "Viagra 100mg boîte 8 comprimés sans ordonnance", "Envoi discret depuis l'Inde.", 20),
        ("en-IN", "pfizer", "Lipitor 20mg 90 tablets export quality", "Export quality, same as original. No Rx.", 18),
        ("de-DE", "pfizer", "Viagra 100mg 12 Stück ohne Rezept", "Diskreter Versand.", 25),
        ("ru-RU", "pfizer", "Виагра 100 мг 10 таблеток без рецепта", "Анонимная доставка.", 12),
        ("ar-EG", "pfizer", "فياجرا 100 ملجم 4 أقراص بدون روشتة", "توصيل سري", 5),
        ("en-NG", "bayer", "Claritin 10mg loose tablets 100 pcs", "Loose from the market, very cheap.", 3),
        ("en-PH", "johnson-johnson", "Tylenol extra strength 500 caplets (repacked)", "Repacked from bulk, no box.", 4),
        ("en-KE", "bayer", "Aspirin Bayer 100mg 1000 tablets wholesale", "Imported from Asia, no receipt.", 6),
        ("th-TH", "pfizer", "ไวอากร้า 100mg 10 เม็ด ไม่ต้องใช้ใบสั่งยา", "ส่งไว ส่งเงียบ", 10),
        ("vi-VN", "pfizer", "Viagra 100mg hộp 4 viên hàng xách tay giá rẻ", "Không cần đơn, giao kín đáo.", 8),
    ]
    return [C(b, lang, t, d, usd=u, category="prescription drugs" if b == "pfizer" else "otc") for lang, b, t, d, u in rows]


@cls("c_software_keys18", "counterfeit", "software licences at a fraction of list (lifetime keys, activation on your account, 'retail key' for 5 USD)")
def c_software_keys18():
    rows = [
        ("en-US", "microsoft", "Windows 11 Pro Retail Key - Lifetime Activation - Instant Email", 4.5),
        ("en-GB", "microsoft", "Office 2021 Pro Plus - binds to your Microsoft account - lifetime", 7),
        ("de-DE", "microsoft", "Windows 11 Pro Lizenzschlüssel sofort per Mail", 5),
        ("en-US2", "adobe", "Adobe Creative Cloud All Apps 12 months on YOUR email", 19.9),
        ("fr-FR", "adobe", "Adobe Photoshop 2025 licence à vie Windows/Mac", 12),
        ("es-ES", "adobe", "Adobe Acrobat Pro DC licencia permanente", 9),
        ("en-IN", "autodesk", "AutoCAD 2026 lifetime license Windows", 15),
        ("pt-BR", "autodesk", "Revit 2026 licença vitalícia original", 18),
        ("pl-PL", "microsoft", "Klucz Windows 11 Pro dożywotni", 4),
        ("it-IT", "microsoft", "Office 2021 Professional Plus licenza a vita", 6),
        ("ru-RU", "autodesk", "Autodesk 3ds Max 2026 лицензия навсегда", 14),
        ("en-PH", "adobe", "Adobe CC full apps 1 year legit activation", 8),
        ("tr-TR", "microsoft", "Windows 11 Pro dijital lisans anahtarı ömür boyu", 3.5),
    ]
    return [C(b, lang, t, "Instant delivery. Works with updates. 100% genuine activation.", usd=u, category="software licenses")
            for lang, b, t, u in rows]


@cls("c_beauty18", "counterfeit", "beauty and fragrance copies (factory goods, wholesale 'original', Guangzhou stock) at copy prices")
def c_beauty18():
    rows = [
        ("en-US", "estee-lauder", "Estée Lauder Advanced Night Repair 50ml - factory stock", "Made in Guangzhou factory, same formula."),
        ("en-NG", "loreal", "Lancôme Génifique serum 50ml wholesale 10 pcs", "Wholesale price per bottle, Dubai import."),
        ("es-MX", "estee-lauder", "Estée Lauder Double Wear base réplica AAA", "Réplica, se ve igual."),
        ("pt-BR", "loreal", "Lancôme La Vie est Belle 100ml contratipo no frasco original", "Contratipo 1:1 no frasco."),
        ("id-ID", "shiseido", "Shiseido Anessa sunscreen 60ml KW super", "KW super, mirip asli."),
        ("vi-VN", "shiseido", "Shiseido Ultimune 50ml hàng fake loại 1", "Hàng loại 1, giống auth."),
        ("ru-RU", "estee-lauder", "Estée Lauder Beautiful 100 мл копия", "Копия люкс, стойкий."),
        ("en-PH", "loreal", "Maybelline Sky High mascara class A 12 pcs", "Class A, per dozen."),
        ("ar-AE", "estee-lauder", "استي لودر ادفانسد نايت ريبير ماستر كوبي", "ماستر كوبي"),
        ("tr-TR", "loreal", "L'Oréal Revitalift Laser krem muadil birebir", "Birebir, kutulu."),
        ("zh-CN", "estee-lauder", "雅诗兰黛 DW粉底液 工厂货 30ml", "工厂货 非专柜"),
        ("en-GB", "loreal", "Kiehl's Ultra Facial Cream 125ml - job lot from factory", "Factory direct, unbranded box."),
        ("fr-MA", "shiseido", "Shiseido Anessa crème solaire copie", "Copie qualité top."),
    ]
    out = []
    for lang, b, t, d in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, d, usd=cp(p), category=p[2]))
    return out


@cls("c_fmcg_formula18", "counterfeit", "food, drink and infant formula passed off (relabelled tins, refilled bottles, re-stamped dates, copy chocolate)")
def c_fmcg_formula18():
    rows = [
        ("zh-CN", "danone", "爱他美 卓萃3段 800g 散装分装 特价", "大包装分装 原厂罐 便宜处理", 9),
        ("en-NG", "nestle", "NAN Optipro 2 800g (relabelled from Nan 1)", "Same milk, new label. Very cheap.", 8),
        ("ar-EG", "abbott", "سيميلاك 3 900 جرام عبوة معاد تعبئتها", "نفس الحليب في علبة أصلية", 9),
        ("en-PK", "danone", "Aptamil 3 800g refill tin - same quality", "Tins refilled locally, sealed.", 10),
        ("vi-VN", "abbott", "Similac 360 Total Care 900g hàng đóng lại", "Sữa đóng lại lon hãng, giá rẻ.", 12),
        ("en-KE", "coca-cola", "Coca-Cola 330ml x 24 local refill", "Bottled locally in brand cans. Wholesale price.", 4),
        ("fr-CI", "danone", "evian 1,5 L x 12 remplies", "Bouteilles evian remplies, eau filtrée.", 3),
        ("ru-RU", "ferrero", "Ferrero Rocher 30 шт копия Китай", "Копия, вкус почти как у оригинала.", 4),
        ("en-GH", "ferrero", "Nutella 750g cheap (date re-stamped)", "Expiry date updated, still good.", 2.2),
        ("es-PE", "mars", "Snickers caja x24 imitación", "Imitación, sabor parecido.", 5),
        ("en-IN", "nestle", "Nescafé Gold 200g jar refilled", "Refilled jar, good coffee.", 3),
        ("id-ID", "mars", "M&M's peanut 1kg repack KW", "Repack, bukan ori.", 4),
        ("tl-PH", "nestle", "Nespresso capsules 50 pcs compatible 'original' box", "Ginawa sa China, kahon original.", 7),
    ]
    return [C(b, lang, t, d, usd=u, category=prod(brand=b)[2]) for lang, b, t, d, u in rows]


@cls("c_auto_parts18", "counterfeit", "vehicle parts and lubricants with the brand at a copy's price ('OEM box', 'made in China', relabelled oil, sticker generator)")
def c_auto_parts18():
    rows = [
        ("en-US", "toyota", "Toyota 90915-YZZD1 oil filter x50 - OEM box", "Made in China, Toyota boxes. Bulk price.", 45),
        ("en-AE", "toyota", "Toyota brake pads 04465-02220 copy", "Copy quality, Sharjah stock.", 9),
        ("es-CO", "honda", "Honda filtro de aceite 15400-PLM-A02 réplica x10", "Réplica, caja Honda.", 8),
        ("de-DE", "bmw", "BMW Bremsscheibe 34116860016 Nachfertigung im Originalkarton", "Nachfertigung, Originalverpackung.", 25),
        ("pl-PL", "bmw", "BMW kierownica M Performance replika", "Replika kierownicy, skóra alcantara.", 180),
        ("ru-RU", "shell", "Shell Helix Ultra 5W-40 4л (разлив)", "Разливное масло в канистрах Shell.", 12),
        ("ar-IQ", "shell", "دهن شل هيلكس الترا 4 لتر تقليد", "تقليد درجة أولى", 8),
        ("en-NG", "michelin", "Michelin Pilot Sport 4S 245/40R18 China made", "China made Michelin, same pattern.", 55),
        ("vi-VN", "honda", "Máy phát điện Honda EU2200i hàng nhái", "Hàng nhái Trung Quốc, chạy tốt.", 220),
        ("en-PH", "honda", "Honda brake pads 45022-TBA-A01 class A", "Class A, not genuine.", 6),
        ("th-TH", "toyota", "กรองอากาศ Toyota 17801-0T030 เกรดก๊อป", "เกรดก๊อป ราคาถูก", 3),
        ("es-AR", "shell", "Aceite Shell Helix Ultra 4L trucho precio", "No es original, envase Shell.", 10),
        ("en-GB", "michelin", "Michelin Primacy 4+ wiper blades x2 unbranded box", "Aftermarket in Michelin packaging.", 6),
    ]
    return [C(b, lang, t, d, usd=u, category=prod(brand=b)[2]) for lang, b, t, d, u in rows]


@cls("c_electronics_clone18", "counterfeit", "electronics clones (Huaqiangbei AirPods, 16GB/1TB 'S24 Ultra', fake-capacity SSD, 2 USD chargers, copy batteries)")
def c_electronics_clone18():
    rows = [
        ("en-US", "apple", "AirPods Pro 2 1:1 ANC - serial checks, pop-up works", "Best clone chip, find my works.", 29),
        ("en-NG", "samsung", "Samsung Galaxy S24 Ultra 16GB/1TB Android 14 dual sim", "Big memory, 7800mAh, 200MP.", 120),
        ("en-GB", "samsung", "Samsung 990 PRO 2TB NVMe - sealed", "Cheap because bulk import.", 28),
        ("de-DE", "apple", "Apple 20W USB-C Netzteil 10 Stück", "Top Preis, neuwertig.", 15),
        ("es-MX", "sony", "Sony WH-1000XM5 réplica calidad original", "Réplica con cancelación de ruido.", 35),
        ("fr-FR", "bose", "Bose QuietComfort Ultra copie très bonne", "Copie, son correct.", 45),
        ("ru-RU", "apple", "iPhone 15 Pro 256GB копия на Android", "Копия, Android 13, как настоящий.", 110),
        ("en-PK", "canon", "Canon LP-E6NH battery original copy", "Same as original, 2000mAh.", 7),
        ("id-ID", "samsung", "Galaxy Buds2 Pro KW super", "KW super, suara bagus.", 14),
        ("vi-VN", "sony", "Sony WF-1000XM5 hàng rep 1:1", "Rep 1:1, chống ồn.", 22),
        ("en-KE", "samsung", "Samsung 25W fast charger original copy x5", "Per piece price.", 2),
        ("pt-BR", "apple", "AirPods Pro 2ª geração linha premium 1:1", "Réplica premium com chip.", 20),
        ("zh-CN", "bose", "Bose SoundLink Flex 华强北 仿款", "华强北版本 音质不错", 16),
    ]
    cats = {"apple": "earbuds", "samsung": "phones", "sony": "headphones", "bose": "headphones", "canon": "cameras"}
    return [C(b, lang, t, d, usd=u, category=cats[b]) for lang, b, t, d, u in rows]


@cls("c_toy_clone18", "counterfeit", "toy copies named by the brand or its sets (compatible 75192 sets, Daban Gundam, KO Transformers, copy Barbie)")
def c_toy_clone18():
    rows = [
        ("en-US", "lego", "LEGO Millennium Falcon 75192 compatible 7541 pcs", "Same as LEGO set, no box. Fits with LEGO.", 85),
        ("de-DE", "lego", "Lego Technic Lamborghini 42115 Nachbau", "Klemmbaustein-Nachbau, 3696 Teile.", 45),
        ("es-ES", "lego", "LEGO Casa del árbol 21318 copia china", "Copia, piezas compatibles.", 35),
        ("en-GB", "bandai", "Bandai MG RX-78-2 Ver 3.0 Daban copy", "Daban copy kit, very good.", 18),
        ("ja-JP", "bandai", "PGユニコーンガンダム 海外製 コピー品", "海外製のコピー品です", 60),
        ("en-PH", "hasbro", "Transformers Optimus Prime KO version", "KO version, same as Hasbro.", 15),
        ("fr-FR", "mattel", "Barbie Dreamhouse copie", "Maison de poupée copie, complète.", 40),
        ("pt-BR", "mattel", "Hot Wheels pista réplica", "Réplica da pista Hot Wheels.", 6),
        ("ru-RU", "hasbro", "Монополия классическая копия", "Копия, качество хорошее.", 5),
        ("en-IN", "hasbro", "Nerf Elite 2.0 first copy blaster", "First copy, shoots far.", 6),
        ("zh-CN", "bandai", "万代 拓麻歌子 电子宠物 仿制", "仿制版 功能一样", 3),
        ("ko-KR", "lego", "레고 호환 밀레니엄 팔콘 75192 짝퉁", "짝퉁 블록 정품 아님", 90),
        ("tr-TR", "lego", "LEGO Galaxy Explorer 10497 muadil", "Muadil set, kutusuz.", 20),
    ]
    return [C(b, lang, t, d, usd=u, category=prod(brand=b)[2]) for lang, b, t, d, u in rows]


@cls("c_sports_gear18", "counterfeit", "sports gear copies (badminton rackets, shuttles, golf drivers, balls, tennis rackets, boots)")
def c_sports_gear18():
    rows = [
        ("en-MY", "yonex", "Yonex Astrox 88D Pro copy 4U", "Copy racket, strung 26lbs.", 28),
        ("id-ID", "yonex", "Raket Yonex Nanoflare 800 KW", "KW, bukan ori.", 20),
        ("th-TH", "yonex", "ลูกแบด Yonex AS-50 เกรดก๊อป 12 ลูก", "เกรดก๊อป", 7),
        ("en-US", "callaway", "Callaway Paradym Ai Smoke driver head - replica", "Replica head with shaft.", 65),
        ("en-GB", "callaway", "Callaway Chrome Soft golf balls - 5 dozen fakes", "Fakes but fly fine.", 20),
        ("ko-KR", "callaway", "캘러웨이 패러다임 드라이버 짝퉁", "짝퉁입니다", 80),
        ("es-ES", "wilson", "Wilson Pro Staff 97 réplica", "Réplica de calidad.", 35),
        ("fr-FR", "wilson", "Ballon Wilson Evolution copie", "Copie.", 10),
        ("pt-BR", "adidas", "Chuteira Adidas Predator Elite réplica", "Réplica primeira linha.", 45),
        ("en-IN", "yonex", "Yonex Astrox 88D first copy", "First copy racket.", 18),
        ("vi-VN", "yonex", "Vợt Yonex Nanoflare 800 hàng fake", "Hàng fake giá rẻ.", 16),
        ("zh-CN", "wilson", "威尔胜 篮球 仿 Evolution", "仿款", 8),
        ("en-PH", "yonex", "Yonex shuttlecock AS-50 class A x3 tubes", "Class A.", 15),
    ]
    return [C(b, lang, t, d, usd=u, category=prod(brand=b)[2]) for lang, b, t, d, u in rows]


@cls("c_bags_apparel18", "counterfeit", "bags, clothes and shoes in grade talk (top grade, original leather, mirror quality, with dust bag and receipt)")
def c_bags_apparel18():
    rows = [
        ("en-US", "louis-vuitton", "Louis Vuitton Neverfull MM - top grade, comes w/ receipt & dust bag", "Top grade genuine leather trim."),
        ("en-GB", "gucci", "Gucci Marmont small - mirror quality, real leather", "Mirror quality."),
        ("fr-FR", "louis-vuitton", "Sac Louis Vuitton Speedy 30 qualité miroir", "Qualité miroir, cuir véritable."),
        ("it-IT", "gucci", "Cintura Gucci GG doppia G qualità top", "Qualità top, non originale."),
        ("es-MX", "coach", "Bolsa Coach Tabby 26 calidad espejo", "Calidad espejo."),
        ("de-DE", "michael-kors", "Michael Kors Jet Set Tasche Top Qualität (kein Original)", "Kein Original."),
        ("en-CA", "canada-goose", "Canada Goose Expedition parka - top quality, real coyote", "Top quality, not authentic."),
        ("ru-RU", "the-north-face", "The North Face Nuptse 1996 реплика", "Реплика, пух."),
        ("pt-BR", "levis", "Calça Levi's 501 linha premium réplica", "Réplica premium."),
        ("ko-KR", "burberry", "버버리 트렌치코트 미러급", "미러급"),
        ("en-AU", "nike", "Nike Tech Fleece tracksuit - rep, full set", "Rep, all sizes."),
        ("pl-PL", "puma", "Puma Palermo replika", "Replika, rozmiary 36-45."),
        ("nl-NL", "louis-vuitton", "Louis Vuitton riem Initiales namaak", "Namaak, goede kwaliteit."),
    ]
    out = []
    for lang, b, t, d in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, d, usd=cp(p), category=p[2]))
    return out


@cls("c_watch_jewel18", "counterfeit", "watch and jewellery copies in the trade's words (clean factory, 904L, sweep, S925 ALE, 18k plated with screwdriver)")
def c_watch_jewel18():
    rows = [
        ("en-US", "rolex", "Rolex Submariner 126610LN clean factory 3235 904L", "Super clone, sweep 8bph."),
        ("en-GB", "omega", "Omega Seamaster 300M VS factory 8800", "Best factory clone."),
        ("de-DE", "rolex", "Rolex Daytona Panda Replik Automatik", "Replik, Automatikwerk."),
        ("fr-FR", "cartier", "Bracelet Cartier Love plaqué or 18k avec tournevis", "Acier plaqué, copie."),
        ("es-ES", "cartier", "Reloj Cartier Santos réplica automático", "Réplica automática."),
        ("it-IT", "omega", "Omega Speedmaster Moonwatch replica cronografo", "Replica funzionante."),
        ("en-AE", "rolex", "Rolex GMT-Master II Pepsi master copy", "Master copy, Dubai Karama."),
        ("ru-RU", "swarovski", "Сваровски колье Millenia копия", "Копия, стразы."),
        ("pl-PL", "pandora", "Pandora bransoletka S925 ALE z charmsami podróbka", "Podróbka, srebro 925."),
        ("tr-TR", "cartier", "Cartier Juste un Clou bilezik çelik muadil", "Muadil, kararma yapmaz."),
        ("en-SG", "michael-kors", "Michael Kors Parker watch AAA copy", "AAA copy."),
        ("ja-JP", "rolex", "ロレックス デイトジャスト41 コピー 自動巻", "コピー品"),
        ("en-IN", "omega", "Omega Aqua Terra 7A automatic", "7A copy, automatic movement."),
    ]
    out = []
    for lang, b, t, d in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, d, usd=cp(p), category=p[2]))
    return out


@cls("c_style_hedge18", "counterfeit", "the brand in a hedge ('inspired', 'style', 'type', 'façon', 'tipo', 'Art', 'look') with its logo or design, at a copy's price")
def c_style_hedge18():
    rows = [
        ("en-US", "{b}-inspired {l} with logo, 1:1 look", "Inspired design, logo included."),
        ("fr-FR", "{l} façon {b}, logo brodé", "Façon {b}, très ressemblant."),
        ("es-ES", "{l} tipo {b} con logo", "Tipo {b}, igual que el de tienda."),
        ("de-DE", "{l} im {b}-Stil mit Logo", "Im Stil von {b}, sieht echt aus."),
        ("it-IT", "{l} stile {b} con logo", "Stile {b}, identica."),
        ("pt-BR", "{l} estilo {b} com logo", "Estilo {b}, igual ao original."),
        ("nl-NL", "{l} {b} look-a-like met logo", "Lijkt precies op het origineel."),
        ("en-GB", "{b} style {l}, logo on", "{b} style, same as the real thing."),
        ("pl-PL", "{l} w stylu {b} z logo", "Wygląda jak oryginał."),
        ("ru-RU", "{l} в стиле {b} с логотипом", "Как оригинал."),
        ("tr-TR", "{b} model {l} logolu", "Birebir görünüm."),
        ("en-AU", "{b}-look {l} (logo as pictured)", "Looks identical."),
        ("sv-SE", "{l} i {b}-stil med logga", "Ser äkta ut."),
    ]
    return [C(p[0], lang, fill(t, p), fill(d, p), usd=cp(p), category=p[2]) for (lang, t, d), p in templ(rows, pick=lambda r: prod(lo=80))]


# =========================================================================== counterfeit, rarer (*)

def b64(s):
    return base64.b64encode(s.encode()).decode()


@cls("c_base_encodings18", "counterfeit", "the brand in a machine encoding the buyer decodes: base64, hex bytes, decimal ASCII codes, binary, quoted-printable", star=True)
def c_base_encodings18():
    rows = [("rolex", "b64", "watch"), ("gucci", "hex", "bag"), ("dyson", "dec", "hair styler"), ("nike", "bin", "sneakers"),
            ("louis-vuitton", "b64", "bag"), ("cartier", "qp", "bracelet"), ("omega", "hex", "watch"), ("apple", "b64", "earbuds"),
            ("swarovski", "dec", "necklace"), ("canada-goose", "b64", "parka"), ("samsung", "hex", "phone"), ("burberry", "dec", "scarf"),
            ("rolex", "qp", "watch")]
    langs = ["en-US", "en-GB", "de-DE", "en-CA", "fr-FR", "en-AU", "nl-NL", "en-SG", "es-ES", "en-US2", "pl-PL", "en-IE", "it-IT"]
    out = []
    for i, (b, enc, noun) in enumerate(rows):
        name = NAME[b]
        if enc == "b64":
            code = b64(name)
            hint = "base64"
        elif enc == "hex":
            code = " ".join(f"{ord(c):02X}" for c in name)
            hint = "hex"
        elif enc == "dec":
            code = " ".join(str(ord(c)) for c in name)
            hint = "ASCII"
        elif enc == "bin":
            code = " ".join(f"{ord(c):08b}" for c in name)
            hint = "binary"
        else:
            code = "".join(f"={ord(c):02X}" if j % 2 == 0 else c for j, c in enumerate(name))
            hint = "QP"
        p = prod(brand=b)
        t = f"Premium {noun} 1:1 [{code}]" if i % 2 == 0 else f"{noun.capitalize()} - top copy - brand: {code}"
        d = f"Brand written in {hint} because of platform filters, you know it 😉. Mirror quality." if i % 3 else "Decode the code for the brand. Same as original."
        out.append(C(b, langs[i], t, d, usd=cp(p), category=p[2]))
    return out


@cls("c_rhyme_clue18", "counterfeit", "the brand given by a rhyme ('rhymes with Bolex', 'reimt sich auf Bison'), with the goods and a copy's price", star=True)
def c_rhyme_clue18():
    rows = [("rolex", "en-US", "Diver watch from the brand that rhymes with 'Bolex' - 1:1", "You know the one. Automatic, green bezel."),
            ("gucci", "en-GB", "Double-G belt, house rhymes with 'Smucci' 😉", "Top copy, 4cm buckle."),
            ("dyson", "en-AU", "Hair styler set - brand rhymes with 'bison'", "Full set, all barrels. Not the real thing at this price obviously."),
            ("nike", "en-CA", "Low panda sneakers - rhymes with 'bike', swoosh and all", "Rep pair, sizes 7-12."),
            ("bose", "en-IE", "Noise cancelling headphones, brand rhymes with 'nose'", "Great copy, ANC works."),
            ("omega", "en-NZ", "Moon chrono - rhymes with 'Show-mega' lol", "Homage? no, full dial. Copy."),
            ("coach", "en-US2", "Tabby-style bag, brand rhymes with 'roach'", "Same leather look, copy."),
            ("cartier", "en-GB", "Screw bracelet, the Paris jeweller that rhymes with 'party-ay'", "Gold plated, screwdriver included."),
            ("sony", "en-SG", "XM5 headphones - brand rhymes with 'pony'", "1:1 version."),
            ("pandora", "en-AU", "Charm bracelet from the one that rhymes with 'Sandora'", "S925 copy charms, ALE stamp."),
            ("rolex", "de-DE", "Taucheruhr, Marke reimt sich auf 'Bolex'", "Kopie, Automatik."),
            ("gucci", "es-ES", "Cinturón doble G, la marca rima con 'Pucci' 😉", "Réplica top."),
            ("adidas", "en-ZA", "Samba trainers - brand rhymes with 'Madidas'", "Copies, every size.")]
    out = []
    for b, lang, t, d in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, d, usd=cp(p), category=p[2]))
    return out


def jerigonza(w):
    return "".join(c + ("p" + c.lower() if c.lower() in "aeiou" else "") for c in w)


def rovar(w):
    return "".join(c + "o" + c.lower() if c.isalpha() and c.lower() not in "aeiouy" else c for c in w)


def javanais(w):
    out, prev_cons = "", True
    for c in w:
        if c.lower() in "aeiou" and prev_cons:
            out += "av" + c
        else:
            out += c
        prev_cons = c.lower() not in "aeiou"
    return out


def loeffel(w):
    return "".join(c + ("lew" + c.lower() if c.lower() in "aeiou" else "") for c in w)


def ubbi(w):
    return "".join(("ub" + c if c.lower() in "aeiou" else c) for c in w)


@cls("c_language_game18", "counterfeit", "the brand in a children's language game: Spanish jerigonza (Ropolepex), Swedish rövarspråket, French javanais, German Löffelsprache, English Ubbi Dubbi", star=True)
def c_language_game18():
    rows = [("rolex", "es-ES", jerigonza, "reloj {x} Submariner réplica", "En jerigonza 😉. Réplica automática."),
            ("gucci", "es-MX", jerigonza, "cinturón {x} doble G", "Léelo en idioma de la p. Copia AAA."),
            ("nike", "es-AR", jerigonza, "zapatillas {x} Dunk Low símil", "Símil original."),
            ("rolex", "sv-SE", rovar, "{x} dykarklocka kopia", "På rövarspråket förstås. Kopia."),
            ("dyson", "sv-SE", rovar, "{x} Airwrap kopia komplett", "Kopia, inte äkta."),
            ("gucci", "fr-FR", javanais, "ceinture {x} copie", "En javanais, tu captes. Copie top."),
            ("cartier", "fr-BE", javanais, "bracelet {x} clou copie", "Copie plaquée or."),
            ("omega", "fr-CH", javanais, "montre {x} Seamaster copie", "Copie automatique."),
            ("rolex", "de-DE", loeffel, "{x} Uhr Kopie Taucher", "In Löffelsprache. Kopie, Automatik."),
            ("nike", "de-AT", loeffel, "{x} Sneaker Dunk Kopie", "Nicht echt."),
            ("samsung", "en-US", ubbi, "{x} S24 Ultra clone", "Ubbi dubbi, you get it. Android clone."),
            ("louis-vuitton", "en-GB", ubbi, "{x} Neverfull rep", "Rep, mirror quality."),
            ("pandora", "es-CL", jerigonza, "pulsera {x} con charms réplica", "Réplica en plata 925.")]
    out = []
    for b, lang, fn, t, d in rows:
        p = prod(brand=b)
        word = NAME[b].split()[0] if b != "louis-vuitton" else "Vuitton"
        out.append(C(b, lang, t.format(x=fn(word)), d, usd=cp(p), category=p[2]))
    return out


@cls("c_grade_price_menu18", "counterfeit", "plain brand title, no cue; the price field is the cheapest tier and the description lists a menu of copy grades and their prices", star=True)
def c_grade_price_menu18():
    out = []
    langs = ["en-US", "en-NG", "es-MX", "pt-BR", "fr-FR", "de-DE", "en-PH", "ar-AE", "ru-RU", "id-ID", "tr-TR", "en-GB", "vi-VN"]
    heads = {"en": ("Prices:", "Standard", "AAA", "1:1 mirror", "with box + papers"), "es": ("Precios:", "Normal", "AAA", "1:1 espejo", "con caja"),
             "pt": ("Preços:", "Normal", "AAA", "1:1 espelho", "com caixa"), "fr": ("Tarifs :", "Standard", "AAA", "1:1 miroir", "avec boîte"),
             "de": ("Preise:", "Standard", "AAA", "1:1 Spiegel", "mit Box"), "ar": ("الأسعار:", "عادي", "AAA", "ماستر 1:1", "مع العلبة"),
             "ru": ("Цены:", "стандарт", "AAA", "1:1 зеркальное", "с коробкой"), "id": ("Harga:", "biasa", "AAA", "mirror 1:1", "fullset box"),
             "tr": ("Fiyatlar:", "standart", "AAA", "birebir ayna", "kutulu"), "vi": ("Bảng giá:", "thường", "AAA", "rep 1:1", "full box")}
    for lang in langs:
        p = prod(lo=90, cats=FASHION)
        rate = M[lang][2]
        h = heads.get(lang[:2], heads["en"])
        base = cp(p) * 0.6
        tiers = [base, base * 1.6, base * 2.6, base * 3.4]
        menu = f"{h[0]} {h[1]} {sig3(tiers[0] * rate):g} / {h[2]} {sig3(tiers[1] * rate):g} / {h[3]} {sig3(tiers[2] * rate):g} / {h[4]} {sig3(tiers[3] * rate):g}"
        out.append(C(p[0], lang, f"{p[1]}", menu, usd=tiers[0], category=p[2]))
    return out


@cls("c_pr_package18", "counterfeit", "an 'influencer PR package / gifted / seeding box' story for new goods at a copy's price, no copy word", star=True)
def c_pr_package18():
    rows = [("en-US", "{n} - gifted PR package, unopened", "Got sent this in a PR box, not my aesthetic. Sealed."),
            ("en-GB", "{n} PR gift - brand sent me two", "Influencer seeding, they sent 2 so selling one. New."),
            ("fr-FR", "{n} reçu en box presse, jamais utilisé", "Envoyé par la marque pour un post, neuf."),
            ("de-DE", "{n} PR-Paket, ungeöffnet", "Als Influencerin bekommen, brauche ich nicht."),
            ("es-ES", "{n} de un envío PR, nuevo", "Me lo mandó la marca para una colab. Sin estrenar."),
            ("it-IT", "{n} regalo PR, mai usato", "Arrivato in un pacco PR, nuovo."),
            ("pt-BR", "{n} recebido de publi, lacrado", "Ganhei de publi, não uso."),
            ("ko-KR", "{n} 협찬 받은 제품 새상품", "협찬 받았는데 안 써서 팝니다."),
            ("ja-JP", "{n} PR案件でいただいた新品", "PR案件で頂きました。未使用です。"),
            ("en-AU", "{n} - brand seeding box, new", "Came in a seeding box, never used."),
            ("nl-NL", "{n} PR pakket, nieuw", "Gekregen als influencer. Nieuw."),
            ("ru-RU", "{n} из PR-бокса, новое", "Прислали по бартеру, не пользовалась."),
            ("zh-CN", "{n} 品牌寄的公关礼盒 全新", "博主合作寄的，用不上转了。")]
    return [C(p[0], lang, fill(t, p), d, usd=cp(p), category=p[2])
            for (lang, t, d), p in templ(rows, pick=lambda r: prod(lo=100))]


@cls("c_keyboard_adjacent18", "counterfeit", "fat-finger typos with a neighbouring key on the keyboard (Rokex, Guxci, Dysin, Nikw, Onega, Cartoer, Samsyng)", star=True)
def c_keyboard_adjacent18():
    rows = [("rolex", "Rokex Submariner green 1:1"), ("gucci", "Guxci Marmont bag mirror"), ("dyson", "Dysin Airwrap complete copy"),
            ("nike", "Nikw Air Force 1 white rep"), ("omega", "Onega Speedmaster moonwatch replica"), ("cartier", "Cartoer Love bracelet plated"),
            ("samsung", "Samsyng Galaxy S24 Ultra clone"), ("swarovski", "Swaroveki Millenia necklace copy"), ("pandora", "Panfora bracelet charms s925 copy"),
            ("burberry", "Butberry cashmere scarf replica"), ("adidas", "Adifas Samba OG rep"), ("canon", "Camon LP-E6NH battery copy"),
            ("louis-vuitton", "Louis Vuitron Speedy 30 replica")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        out.append(C(b, R.choice(["en-US", "en-GB", "en-CA", "en-AU", "en-NG", "en-PH"]), t, "Good quality, as pictured.", usd=cp(p), category=p[2]))
    return out


@cls("c_emoji_only_cue18", "counterfeit", "the brand plainly, the copy cue said only in emoji (🅰️🅰️🅰️, 1️⃣:1️⃣, 🪞💯, 🏭=🏭, 🚫✅ original)", star=True)
def c_emoji_only_cue18():
    cues = ["🅰️🅰️🅰️🅰️🅰️", "1️⃣:1️⃣", "🪞💯", "🏭=🏭", "🅰️➕ 🔝", "🪞🪞 quality", "🙅‍♂️ OG 🤫", "1️⃣➗1️⃣", "🅰️🅰️🅰️ 🔥", "🏭👉😎",
            "🚫🏷️ ✅ 🪞", "💯🪞1️⃣:1️⃣", "😉 not 🆗 original"]
    out = []
    for i, c in enumerate(cues):
        p = prod(lo=60)
        lang = R.choice(["en-US", "es-MX", "pt-BR", "fr-FR", "en-NG", "ar-AE", "tr-TR", "id-ID", "vi-VN", "it-IT"])
        out.append(C(p[0], lang, f"{p[1]} {c}", "📦🚚 ✈️ 🌍 | DM 📩", usd=cp(p), category=p[2]))
    return out


@cls("c_countdown_discount18", "counterfeit", "scam-shop flash sale: fake 'was' price, -90 % and a countdown timer ('ends in 02:14:55', 'only 3 left'), brand plainly", star=True)
def c_countdown_discount18():
    out = []
    langs = ["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "es-ES", "it-IT", "en-AU", "sv-SE", "da-DK", "pl-PL", "en-CA", "pt-PT"]
    for i, lang in enumerate(langs):
        p = prod(lo=150)
        rate = M[lang][2]
        sale = p[3] * R.uniform(0.06, 0.14)
        pct = round(100 * (1 - sale / p[3]))
        t = f"⏰ FLASH SALE -{pct}% | {p[1]} | was {sig3(p[3] * rate):g} now {sig3(sale * rate):g} | ends in 0{R.randint(1, 5)}:{R.randint(10, 59)}:{R.randint(10, 59)}"
        d = f"Only {R.randint(2, 7)} left in stock! Warehouse clearance, free shipping today only. {R.randint(20, 90)} people are viewing this."
        out.append(C(p[0], lang, t, d, usd=sale, category=p[2]))
    return out


@cls("c_vs_original_table18", "counterfeit", "an 'original vs ours' comparison (price table, 'can you tell?') beside the brand's goods", star=True)
def c_vs_original_table18():
    out = []
    langs = ["en-US", "en-GB", "es-MX", "fr-FR", "de-DE", "pt-BR", "en-AU", "it-IT", "tr-TR", "en-PH", "nl-NL", "ru-RU", "en-NG"]
    for lang in langs:
        p = prod(lo=100)
        rate, ccy = M[lang][2], M[lang][1]
        ours = cp(p)
        t = f"{p[1]} - original vs ours, can you tell? 🤔"
        d = (f"| | Original | Ours |\n|---|---|---|\n| Price | {sig3(p[3] * rate):g} {ccy} | {sig3(ours * rate):g} {ccy} |\n"
             f"| Materials | ✔ | ✔ |\n| Logo | ✔ | ✔ |\n| Box | ✔ | ✔ |\nSide by side pictures in the gallery.")
        out.append(C(p[0], lang, t, d, usd=ours, category=p[2]))
    return out


@cls("c_diminutive18", "counterfeit", "the brand in a diminutive or pet form of the language (Rolexito, Nikezinho, Ролексик, Rolexje, Guccino, Rolexchen, Ρολεξάκι)", star=True)
def c_diminutive18():
    rows = [("rolex", "es-MX", "Rolexito Submariner réplica bonito"), ("nike", "pt-BR", "Nikezinho Air Force branco réplica"),
            ("rolex", "ru-RU", "Ролексик Датеджаст копия"), ("rolex", "nl-NL", "Rolexje Datejust namaak"),
            ("gucci", "it-IT", "Guccino cintura GG replica"), ("rolex", "de-DE", "Rolexchen Damenuhr Kopie"),
            ("rolex", "el-GR", "Ρολεξάκι Submariner ρεπλίκα"), ("gucci", "es-ES", "Guccito bolso Marmont réplica"),
            ("dyson", "es-AR", "Dysoncito Airwrap símil"), ("adidas", "pt-BR", "Adidinhas Samba réplica"),
            ("nike", "es-CO", "Naikecitos Dunk panda copia"), ("cartier", "pl-PL", "Cartierek bransoletka Love podróbka"),
            ("pandora", "ru-RU", "Пандорка браслет с шармами копия")]
    out = []
    for b, lang, t in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, "", usd=cp(p), category=p[2]))
    return out


@cls("c_fake_vintage18", "counterfeit", "a 'vintage' claim for goods at a fraction of what the vintage piece sells for, no papers, no copy word", star=True)
def c_fake_vintage18():
    rows = [("rolex", "en-US", "Vintage Rolex Submariner 5513 1970s - no papers", 650), ("rolex", "en-GB", "Vintage Rolex Datejust 1601 1969", 420),
            ("omega", "de-DE", "Vintage Omega Speedmaster 145.022 Pre-Moon", 480), ("cartier", "fr-FR", "Cartier Tank Must vintage années 80", 150),
            ("louis-vuitton", "ja-JP", "ルイヴィトン ヴィンテージ スピーディ30 1990年代", 70), ("gucci", "it-IT", "Gucci vintage Jackie anni '90", 90),
            ("omega", "it-IT", "Omega Seamaster vintage anni 60 automatico", 140), ("rolex", "es-ES", "Rolex Oyster Perpetual vintage 1978 sin papeles", 380),
            ("cartier", "en-AU", "Vintage Must de Cartier Santos 1980s gold", 190), ("burberry", "en-GB", "Vintage Burberry trench nova check 90s", 60),
            ("louis-vuitton", "fr-FR", "Sac Louis Vuitton Keepall vintage années 90", 95), ("rolex", "de-AT", "Vintage Rolex Daytona 6263 Paul Newman", 900),
            ("omega", "en-US", "Vintage Omega Constellation pie pan 1960s", 110)]
    return [C(b, lang, t, "Inherited, no box or papers. Works fine. Sold as is.", usd=u, category=prod(brand=b)[2]) for b, lang, t, u in rows]


@cls("c_email_only18", "counterfeit", "generic title and wording; the brand (and often the cue) only in a contact e-mail address of the description", star=True)
def c_email_only18():
    rows = [("rolex", "automatic diver watch 41mm green", "rolex.replica.factory@gmail.com"),
            ("gucci", "double G leather belt 4cm", "gucci.outlet.sales@proton.me"),
            ("dyson", "hair styler 5 in 1 full set", "dyson-clearance-store@outlook.com"),
            ("louis-vuitton", "monogram canvas tote MM", "lv.mirror.bags@gmail.com"),
            ("nike", "white low sneakers 36-45", "nike.rep.wholesale@163.com"),
            ("canada-goose", "arctic down parka black", "canadagoose.outlet2026@gmail.com"),
            ("cartier", "screw bracelet gold plated", "cartier.copies@yahoo.com"),
            ("omega", "moon chronograph watch", "omega.clone.shop@gmail.com"),
            ("apple", "wireless earbuds pro 2nd gen", "apple.aaa.store@qq.com"),
            ("swarovski", "crystal swan pendant", "swarovski-wholesale-cn@163.com"),
            ("samsung", "android phone 512GB ultra", "samsung.s24.clone@gmail.com"),
            ("burberry", "check cashmere scarf", "burberry.factory.outlet@gmail.com"),
            ("pandora", "charm bracelet s925 with charms", "pandora.ale.charms@outlook.com")]
    out = []
    for b, t, e in rows:
        p = prod(brand=b)
        lang = R.choice(["en-US", "en-GB", "en-CN", "en-HK", "en-AU", "en-CA"])
        out.append(C(b, lang, t, f"Wholesale and retail. Contact: {e} for photos and price list.", usd=cp(p), category=p[2]))
    return out


@cls("c_query_param18", "counterfeit", "generic title and description; the brand and cue only in the listing URL's query string (utm_campaign, ref, kw)", star=True)
def c_query_param18():
    rows = [("rolex", "rolex-submariner-replica"), ("gucci", "gucci-belt-aaa"), ("dyson", "dyson-airwrap-dupe-1to1"),
            ("nike", "nike-dunk-rep"), ("louis-vuitton", "lv-neverfull-mirror"), ("apple", "airpods-pro-clone"),
            ("cartier", "cartier-love-copy"), ("omega", "omega-speedmaster-replica"), ("canada-goose", "canada-goose-fake-parka"),
            ("swarovski", "swarovski-copy"), ("bose", "bose-qc-ultra-copy"), ("adidas", "yeezy-350-rep"), ("michael-kors", "michael-kors-replica-bag")]
    nouns = {"rolex": "Diver watch 41mm", "gucci": "Leather belt", "dyson": "Hair styler set", "nike": "Low sneakers",
             "louis-vuitton": "Canvas tote", "apple": "Wireless earbuds", "cartier": "Bracelet gold colour", "omega": "Chronograph watch",
             "canada-goose": "Down parka", "swarovski": "Crystal necklace", "bose": "ANC headphones", "adidas": "Knit sneakers",
             "michael-kors": "Tote bag"}
    out = []
    for b, kw in rows:
        p = prod(brand=b)
        lang = R.choice(["en-US", "en-GB", "en-AU", "en-CA"])
        mk = M[lang][0]
        lid = hexid(10)
        url = f"https://{mk}.example/item/{lid}?utm_source=ig&utm_campaign={kw}&ref=bio"
        out.append(C(b, lang, nouns[b], "New. Fast shipping.", usd=cp(p), category=p[2], url=url))
    return out


@cls("c_decant_copy18", "counterfeit", "'decants' and 'splits' of fragrance and skincare at a fifth of the pro-rata price of the genuine bottle", star=True)
def c_decant_copy18():
    rows = [("estee-lauder", "en-US", "Estée Lauder Beautiful EDP decant 10ml", 2.2, "fragrance"),
            ("loreal", "en-GB", "Lancôme La Vie est Belle 10ml decant from my bottle", 2.0, "fragrance"),
            ("loreal", "fr-FR", "Décant Lancôme Idôle 10 ml", 2.5, "fragrance"),
            ("estee-lauder", "de-DE", "Estée Lauder Pleasures Abfüllung 20ml", 3.5, "fragrance"),
            ("estee-lauder", "en-PH", "Estée Lauder ANR serum decant 15ml", 2.5, "skincare"),
            ("loreal", "es-ES", "Decant Lancôme Trésor 10ml", 2.0, "fragrance"),
            ("shiseido", "ja-JP", "資生堂 アルティミューン 小分け 10ml", 3.0, "skincare"),
            ("loreal", "pt-BR", "Decant Lancôme La Vie est Belle 30ml", 4.0, "fragrance"),
            ("estee-lauder", "en-AU", "Estée Lauder Beautiful Magnolia 20ml split", 3.0, "fragrance"),
            ("loreal", "it-IT", "Decant Lancôme Idôle 20ml", 3.2, "fragrance"),
            ("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 分装 15ml", 2.0, "skincare"),
            ("loreal", "ko-KR", "랑콤 제니피끄 소분 20ml", 3.0, "skincare"),
            ("shiseido", "en-SG", "Shiseido Ultimune decant 15ml", 2.8, "skincare")]
    return [C(b, lang, t, "Decanted into glass atomiser. Cheap! Buy 5 get 1 free.", usd=u, category=c) for b, lang, t, u, c in rows]


def numeronym(w):
    w = w.replace(" ", "").replace("'", "")
    return f"{w[0]}{len(w) - 2}{w[-1]}"


@cls("c_numeronym18", "counterfeit", "the brand as a numeronym, first and last letter around the count of the letters between (R3x, G3i, D3n, S7i, C5r, O3a)", star=True)
def c_numeronym18():
    rows = [("rolex", "{x} Submariner 1:1 green"), ("gucci", "{x} Marmont belt copy"), ("dyson", "{x} Airwrap full set rep"),
            ("swarovski", "{x} swan necklace copy"), ("cartier", "{x} love bracelet plated"), ("omega", "{x} Seamaster 300 copy"),
            ("nike", "{x} dunk low panda rep"), ("adidas", "{x} samba og rep"), ("pandora", "{x} moments bracelet s925 copy"),
            ("burberry", "{x} check scarf replica"), ("samsung", "{x} S24 Ultra clone 16/1TB"), ("coach", "{x} Tabby 26 mirror"),
            ("rolex", "{X} DAYTONA PANDA REP")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        x = numeronym(NAME[b])
        out.append(C(b, R.choice(["en-US", "en-GB", "en-SG", "en-PH", "en-MY", "en-HK"]), t.format(x=x, X=x.upper()),
                     "Numeronym for the filters 😉 Copy quality.", usd=cp(p), category=p[2]))
    return out


@cls("c_line_translated18", "counterfeit", "a product line's name translated by its meaning into the market's language (Submarino, Fuerza Aérea 1, Just a Nail, Maître des mers, Marea Nocturna)", star=True)
def c_line_translated18():
    rows = [("rolex", "es-MX", "Reloj Submarino verde 41mm réplica automático"), ("rolex", "it-IT", "Orologio Sottomarino ghiera nera replica"),
            ("nike", "es-ES", "Zapatillas Fuerza Aérea 1 blancas réplica"), ("nike", "pt-BR", "Tênis Força Aérea 1 branco réplica"),
            ("cartier", "en-US", "'Just a Nail' bracelet gold copy"), ("cartier", "es-AR", "Pulsera Solo un Clavo dorada réplica"),
            ("omega", "fr-FR", "Montre Maître des Mers 300 copie bleue"), ("omega", "es-ES", "Reloj Maestro de Velocidad luna réplica"),
            ("nike", "fr-FR", "Baskets Force Aérienne 1 copie"), ("louis-vuitton", "es-CO", "Bolso Nunca Lleno MM réplica monograma"),
            ("rolex", "de-DE", "Uhr Tag-Datum 40 gold Kopie"), ("omega", "it-IT", "Orologio Maestro del Mare 300 replica"),
            ("canada-goose", "fr-CA", "Parka Expédition oie réplique")]
    out = []
    for b, lang, t in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, "", usd=cp(p), category=p[2]))
    return out


@cls("c_machine_translated18", "counterfeit", "the brand word itself machine-translated as an ordinary word (Coach -> Entrenador, Shell -> Concha, Canon -> Cañón, Dove -> Paloma, Mars -> Marte)", star=True)
def c_machine_translated18():
    rows = [("coach", "es-MX", "Bolso Entrenador Tabby 26 réplica"), ("coach", "it-IT", "Borsa Allenatore Tabby copia"),
            ("coach", "de-DE", "Trainer Tasche Willow Kopie"), ("coach", "zh-CN", "教练包 Tabby 高仿"),
            ("shell", "es-ES", "Aceite Concha Helix Ultra 5W-40 4L réplica"), ("shell", "fr-FR", "Huile Coquille Helix Ultra 5W40 copie"),
            ("shell", "de-DE", "Muschel Helix Ultra 5W-40 Öl nachgemacht"), ("canon", "es-CO", "Batería Cañón LP-E6NH copia"),
            ("canon", "de-AT", "Kanone EOS R6 Mark II Akku LP-E6NH Nachbau"), ("mars", "es-PE", "Chocolate Paloma (Dove) imitación caja"),
            ("mars", "pt-BR", "Barra Marte Snickers falsificado"), ("apple", "fr-FR", "Écouteurs Pomme Pro 2e génération copie"),
            ("apple", "es-AR", "Auriculares Manzana Pro 2 símil")]
    out = []
    for b, lang, t in rows:
        p = prod(brand=b)
        out.append(C(b, lang, t, "", usd=cp(p), category=p[2]))
    return out


@cls("c_shade_code_only18", "counterfeit", "makeup named only by the genuine shade codes and the line's tagline, no mark, at a copy's price", star=True)
def c_shade_code_only18():
    rows = [("estee-lauder", "en-US", "Foundation 30ml stay-in-place 24h matte 1W2 Sand SPF10"),
            ("estee-lauder", "en-GB", "24-hour wear foundation 2C0 Cool Vanilla 30ml"),
            ("estee-lauder", "es-MX", "Base de maquillaje 3N1 Ivory Beige larga duración 30ml"),
            ("estee-lauder", "pt-BR", "Base 2W1 Dawn 30ml alta cobertura 24h"),
            ("estee-lauder", "ru-RU", "Тональный крем 1N1 Ivory Nude 30 мл стойкий 24ч"),
            ("estee-lauder", "en-NG", "Foundation 4N1 Shell Beige 30ml wholesale dozen"),
            ("loreal", "en-PH", "Foundation 24H fresh wear 130 True Beige"),
            ("loreal", "fr-FR", "Fond de teint 24H 200 Golden Sand"),
            ("loreal", "id-ID", "Foundation 120 Vanilla matte 24H 30ml"),
            ("loreal", "es-ES", "Máscara Sky High negra"),
            ("shiseido", "ja-JP", "ファンデーション 220 Linen 30ml 互換"),
            ("estee-lauder", "vi-VN", "Kem nền 1W1 Bone 30ml"),
            ("estee-lauder", "zh-CN", "DW 1W1 象牙白 持妆粉底液 30ml")]
    out = []
    for b, lang, t in rows:
        p = prod(brand=b, cat="makeup") if b in ("estee-lauder", "loreal") else prod(brand=b)
        out.append(C(b, lang, t, "Factory stock. Same formula.", usd=p[3] * R.uniform(0.1, 0.25), category="makeup"))
    return out


def typo(w):
    if len(w) < 4:
        return w
    mid = list(w[1:-1])
    for _ in range(10):
        R.shuffle(mid)
        if "".join(mid) != w[1:-1]:
            break
    return w[0] + "".join(mid) + w[-1]


@cls("c_typoglycemia18", "counterfeit", "the brand with its inner letters scrambled, first and last kept (Rloex, Gcuci, Dsyon, Swrvoaski): still readable", star=True)
def c_typoglycemia18():
    rows = [("rolex", "Submariner 1:1 automatic"), ("gucci", "Marmont bag mirror"), ("dyson", "Airwrap full set copy"),
            ("swarovski", "swan necklace copy"), ("pandora", "moments bracelet s925 copy"), ("cartier", "Love bracelet plated"),
            ("omega", "Seamaster 300M clone"), ("burberry", "check scarf rep"), ("samsung", "Galaxy S24 Ultra clone"),
            ("adidas", "Samba OG reps"), ("canon", "LP-E6NH copy battery"), ("philips", "Sonicare toothbrush copy"),
            ("michelin", "Pilot Sport 4S copy tyre")]
    out = []
    for b, t in rows:
        p = prod(brand=b)
        out.append(C(b, R.choice(["en-US", "en-GB", "en-AU", "en-ZA", "en-IE", "en-NZ"]), f"{typo(NAME[b])} {t}", "", usd=cp(p), category=p[2]))
    return out


@cls("c_market_slang18", "counterfeit", "a market's own nickname for the brand's goods (Requin TN, 12 molas, Starbucks, Kermit, Smurf, Sprite lefty, Bruce Wayne, Coke GMT)", star=True)
def c_market_slang18():
    rows = [("nike", "fr-FR", "Requin TN noir taille 42 copie", 200), ("nike", "fr-BE", "TN Requin blanc/bleu réplique", 200),
            ("nike", "pt-BR", "Tênis 12 molas preto réplica", 180), ("nike", "pt-BR2", "Tênis 4 molas branco primeira linha", 160),
            ("rolex", "en-GB", "Starbucks 41 green/black bezel 1:1", 10500), ("rolex", "en-US", "Kermit 16610LV rep clean", 12000),
            ("rolex", "de-DE", "Smurf 116619LB Kopie blau", 40000), ("rolex", "en-AU", "Sprite lefty GMT 126720VTNR rep", 11000),
            ("rolex", "nl-NL", "Bruce Wayne GMT zwart/grijs replica", 11000), ("rolex", "it-IT", "GMT Coke rossa/nera replica", 11000),
            ("rolex", "es-ES", "Reloj 'Hulk' verde réplica automático", 12000), ("nike", "fr-FR", "Air Max Plus 'Requin' tn copie", 200),
            ("adidas", "de-DE", "Sambas weiß grün 'Sambis' Fake", 100)]
    out = []
    for b, lang, t, lst in rows:
        p = prod(brand=b)
        usd = lst * copy_frac(lst)
        out.append(C(b, lang, t, "", usd=usd, category=p[2]))
    return out


# =========================================================================== innocent

AUTH = [("canada-goose", "tmall", "canadagoose-official", "zh-CN"), ("nike", "ebay", "nike-outlet-us", "en-US"),
        ("adidas", "amazon-de", "A3ADIDAS0FFICIAL", "de-DE"), ("levis", "amazon-us", "A5LEVIS0FFICIAL", "en-US"),
        ("bose", "amazon-us", "A7BOSE0FFICIAL", "en-US"), ("samsung", "amazon-de", "A8SAMSUNGDE", "de-DE"),
        ("dyson", "tmall", "dyson-official", "zh-CN"), ("lego", "amazon-us", "A19LEGO", "en-US"),
        ("pandora", "amazon-de", "A33PANDORA", "de-DE"), ("omega", "tmall", "omega-official", "zh-CN"),
        ("swarovski", "amazon-us", "A32SWAROVSKI", "en-US"), ("philips", "amazon-de", "A28PHILIPS", "de-DE")]


@cls("in_authorized_store18", "innocent", "the brand's authorized stores (registry seller ids) at list price")
def in_authorized_store18():
    out = []
    for b, mk, sid, lang in AUTH:
        p = prod(brand=b)
        out.append(I(b, lang, p[1] + (" 官方正品" if lang == "zh-CN" else " - official store"), "Official store. Full warranty.",
                     usd=p[3], seller=sid, seller_name=NAME[b] + " Official", market=mk, category=p[2]))
    return out


@cls("in_used_fair18", "innocent", "used genuine goods from private sellers at 45-70 % of list")
def in_used_fair18():
    rows = [("en-US", "{n} - used, good condition", "Used for a year, works perfectly, original box."),
            ("de-DE", "{n} gebraucht, guter Zustand", "Mit Rechnung, privat verkauft."),
            ("fr-FR", "{n} d'occasion, bon état", "Facture d'achat disponible."),
            ("es-ES", "{n} usado, buen estado", "Con ticket de compra."),
            ("ja-JP", "{n} 中古 美品", "正規店購入、レシートあり。"),
            ("pl-PL", "{n} używany, stan bardzo dobry", "Z paragonem."),
            ("sv-SE", "{n} begagnad, fint skick", "Kvitto finns."),
            ("it-IT", "{n} usato, ottime condizioni", "Con scontrino."),
            ("ko-KR2", "{n} 중고 상태 좋음", "정품, 영수증 있어요."),
            ("pt-BR", "{n} usado, conservado", "Com nota fiscal."),
            ("nl-NL", "{n} gebruikt, prima staat", "Bon aanwezig."),
            ("en-AU", "{n} pre-loved, receipt included", "Bought from David Jones, receipt included.")]
    return [I(p[0], lang, fill(t, p), d, usd=p[3] * R.uniform(0.45, 0.7), category=p[2])
            for (lang, t, d), p in templ(rows, 12, pick=lambda r: prod(lo=100, hi=2500))]


@cls("in_refurb18", "innocent", "refurbished genuine electronics and appliances from refurbishers at 62-85 % of list")
def in_refurb18():
    rows = [("en-US", "apple", "Apple iPhone 15 Pro 256GB - Refurbished Grade A"), ("en-GB", "apple", "MacBook Air 13 M3 refurbished, 12 month warranty"),
            ("de-DE", "samsung", "Samsung Galaxy S24 Ultra 512GB generalüberholt"), ("fr-FR", "sony", "Sony WH-1000XM5 reconditionné"),
            ("es-ES", "dyson", "Dyson V15 Detect reacondicionado"), ("it-IT", "sony", "PlayStation 5 Slim ricondizionata"),
            ("en-US2", "bose", "Bose QuietComfort 45 - Certified Refurbished"), ("nl-NL", "dyson", "Dyson Supersonic refurbished"),
            ("en-AU", "nintendo", "Nintendo Switch OLED refurbished"), ("ja-JP", "canon", "キヤノン EOS R6 Mark II 整備済み品"),
            ("pl-PL", "philips", "Philips Sonicare DiamondClean odnowiony"), ("en-CA", "microsoft", "Xbox Series X refurbished")]
    out = []
    for lang, b, t in rows:
        p = next((x for x in P if x[0] == b and any(w in t for w in x[1].split()[1:3])), prod(brand=b))
        out.append(I(b, lang, t, "Professionally refurbished, tested, warranty included.", usd=p[3] * R.uniform(0.62, 0.85), category=p[2]))
    return out


@cls("in_preowned_lux18", "innocent", "pre-owned luxury from dealers at market prices (watches at or above list, bags 60-90 %)")
def in_preowned_lux18():
    rows = [("rolex", "en-US", "Pre-owned Rolex Submariner Date 126610LN 2022 box & papers", 13500),
            ("rolex", "de-DE", "Rolex Daytona 116500LN weiß, Full Set 2021", 28500),
            ("omega", "en-GB", "Pre-owned Omega Speedmaster Moonwatch 310.30.42.50.01.001 full set", 5600),
            ("cartier", "fr-FR", "Cartier Love bracelet or jaune taille 17, certificat", 5800),
            ("louis-vuitton", "ja-JP", "ルイヴィトン ネヴァーフルMM M40995 中古 Aランク", 1350),
            ("gucci", "it-IT", "Gucci GG Marmont piccola usata, con scontrino", 1450),
            ("cartier", "en-HK", "Pre-owned Cartier Santos de Cartier WSSA0018 2023", 6500),
            ("rolex", "zh-HK", "勞力士 Datejust 41 126334 二手 齊格", 11000),
            ("louis-vuitton", "en-US", "Louis Vuitton Speedy 30 pre-owned, date code SP0019", 900),
            ("omega", "de-CH", "Omega Seamaster 300M 210.30.42.20.01.001 gebraucht, Box", 4200),
            ("burberry", "en-GB", "Burberry Kensington trench pre-owned, size 10", 1100),
            ("canada-goose", "en-CA", "Canada Goose Expedition parka pre-owned, authenticated", 900)]
    return [I(b, lang, t, "Authenticated by our in-house experts. 14-day returns.", usd=u, category=prod(brand=b)[2]) for b, lang, t, u in rows]


@cls("in_wholesale_genuine18", "innocent", "genuine goods by the case from distributors and cash-and-carry at 80-95 % of list per unit")
def in_wholesale_genuine18():
    rows = [("mars", "en-GB", "Snickers 48g x 24 case - trade price", 22), ("ferrero", "de-DE", "Ferrero Rocher 30er x 6 Karton Großhandel", 15),
            ("coca-cola", "en-NG", "Coca-Cola 330ml x 24 cans distributor price", 15), ("nestle", "fr-FR", "Nescafé Gold 200g x 12 carton grossiste", 10),
            ("gillette", "en-US", "Gillette Fusion5 ProGlide blades 8ct x 10 - wholesale", 35), ("shell", "en-AE", "Shell Helix Ultra 5W-40 4L x 4 carton", 48),
            ("danone", "es-ES", "evian 500ml x 24 pack mayorista", 16), ("panasonic", "en-SG", "Panasonic eneloop AA 4-pack x 10 box", 15),
            ("johnson-johnson", "en-US2", "Listerine Cool Mint 1L x 6 case", 8), ("mars", "pl-PL", "M&M's peanut 1kg x 6 hurt", 15),
            ("bayer", "de-DE", "Bepanthen Wund- und Heilsalbe 100g x 10 Apothekenbedarf", 14), ("michelin", "en-US", "Michelin Primacy 4+ 205/55R16 set of 4 - dealer", 150)]
    out = []
    for b, lang, t, unit in rows:
        n = 4 if "set of 4" in t or "x 4" in t else (6 if "x 6" in t else (10 if "x 10" in t else (12 if "x 12" in t else 1)))
        out.append(I(b, lang, t, "Genuine stock from authorised distributor. Invoice with VAT.", usd=unit * n * R.uniform(0.8, 0.95),
                     category=prod(brand=b)[2]))
    return out


@cls("in_minis_decants18", "innocent", "genuine minis, travel sizes and decants at or above the pro-rata price")
def in_minis_decants18():
    rows = [("estee-lauder", "en-US", "Estée Lauder Advanced Night Repair 7ml mini (gift with purchase)", 16, "skincare"),
            ("loreal", "fr-FR", "Décant Lancôme La Vie est Belle 10ml (flacon acheté Sephora)", 15, "fragrance"),
            ("estee-lauder", "en-GB", "Estée Lauder Beautiful 5ml sample splash", 8, "fragrance"),
            ("shiseido", "ja-JP", "資生堂 アルティミューン 10ml ミニ 正規品", 22, "skincare"),
            ("loreal", "de-DE", "Lancôme Génifique 7ml Probe original", 16, "skincare"),
            ("estee-lauder", "en-AU", "ANR serum 15ml travel size", 32, "skincare"),
            ("loreal", "es-ES", "Lancôme Idôle 10ml decant de mi frasco original", 14, "fragrance"),
            ("shiseido", "en-SG", "Shiseido Anessa 12ml mini x 3", 18, "sunscreen"),
            ("estee-lauder", "ko-KR", "에스티로더 갈색병 15ml 미니 정품", 30, "skincare"),
            ("loreal", "it-IT", "Campioncini Lancôme Génifique 1ml x 10", 12, "skincare"),
            ("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 15ml 中样 专柜正品", 35, "skincare"),
            ("loreal", "en-US2", "Kiehl's Ultra Facial Cream 28ml travel size", 17, "skincare")]
    return [I(b, lang, t, "Genuine, from a full-size bought at a retailer. Receipt photo available.", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_open_box18", "innocent", "open-box and return-desk genuine goods at 75-90 % of list")
def in_open_box18():
    rows = [("en-US", "{n} - open box, never used"), ("de-DE", "{n} B-Ware, Verpackung geöffnet"), ("fr-FR", "{n} déballé, jamais utilisé"),
            ("en-GB", "{n} open box return, full warranty"), ("es-ES", "{n} caja abierta, sin usar"), ("nl-NL", "{n} open doos, ongebruikt"),
            ("it-IT", "{n} confezione aperta, mai usato"), ("pl-PL", "{n} otwarte opakowanie, nieużywany"), ("en-CA", "{n} open box - store return"),
            ("sv-SE", "{n} öppnad förpackning, oanvänd"), ("en-AU", "{n} open box clearance"), ("ja-JP", "{n} 開封済み 未使用")]
    return [I(p[0], lang, fill(t, p), "Returned to store unused, checked, full manufacturer warranty.", usd=p[3] * R.uniform(0.75, 0.9),
              category=p[2]) for (lang, t), p in templ(rows, 12, pick=lambda r: prod(cat=R.choice(["headphones", "hair care", "vacuum cleaners", "consoles", "cameras", "earbuds", "electric toothbrushes", "shavers"])))]


@cls("in_outlet18", "innocent", "genuine goods in factory outlets and end-of-season sales at 45-70 % of list")
def in_outlet18():
    rows = [("en-US", "{n} - outlet store, last season"), ("de-DE", "{n} Outlet Metzingen, Vorsaison"), ("fr-FR", "{n} soldes outlet -40%"),
            ("en-GB", "{n} Bicester outlet purchase, tags on"), ("it-IT", "{n} outlet Serravalle, nuovo con cartellino"),
            ("es-ES", "{n} outlet Las Rozas Village, nuevo"), ("nl-NL", "{n} outlet Roermond, nieuw"), ("ja-JP", "{n} アウトレット購入 新品"),
            ("ko-KR", "{n} 아울렛 구매 새상품"), ("en-CA", "{n} outlet sale, new with tags"), ("pl-PL", "{n} outlet, nowy z metką"),
            ("zh-CN", "{n} 奥特莱斯购入 全新吊牌")]
    return [I(p[0], lang, fill(t, p), "Bought at the brand's outlet store, receipt available.", usd=p[3] * R.uniform(0.45, 0.7), category=p[2])
            for (lang, t), p in templ(rows, 12, pick=lambda r: prod(brand=R.choice(["coach", "michael-kors", "nike", "adidas", "puma", "levis", "the-north-face", "burberry"])))]


@cls("in_vintage18", "innocent", "genuine vintage pieces at collector prices")
def in_vintage18():
    rows = [("rolex", "en-US", "Vintage Rolex Submariner 5513 1972 matte dial, serviced", 14500),
            ("omega", "de-DE", "Omega Speedmaster 145.022-69 Vintage 1970, Revision", 8200),
            ("cartier", "fr-FR", "Cartier Tank Must de Cartier vermeil 1985, boîte", 1900),
            ("louis-vuitton", "en-GB", "Vintage Louis Vuitton Keepall 50 1980s French Co.", 650),
            ("levis", "en-US", "Vintage Levi's 501 big E 1960s selvedge", 1200), ("nike", "ja-JP", "NIKE ヴィンテージ エアジョーダン1 1985 オリジナル", 4000),
            ("coca-cola", "en-US2", "Vintage Coca-Cola porcelain sign 1950s", 850), ("gucci", "it-IT", "Gucci vintage Jackie anni '70 pelle", 1100),
            ("burberry", "en-GB", "Vintage Burberrys trench 1970s made in England", 380), ("omega", "en-AU", "Vintage Omega Constellation pie-pan 1962", 1600),
            ("bandai", "ja-JP2", "バンダイ 初代ガンプラ 1/144 ガンダム 1980年 当時物 未組立", 220),
            ("lego", "de-DE", "LEGO 6285 Black Seas Barracuda 1989 komplett mit Anleitung", 650)]
    return [I(b, lang, t, "Genuine vintage, provenance and photos available.", usd=u, category=prod(brand=b)[2]) for b, lang, t, u in rows]


@cls("in_grey_import18", "innocent", "genuine parallel imports at 80-120 % of list")
def in_grey_import18():
    rows = [("en-AU", "{n} - grey import, international warranty"), ("en-IN", "{n} imported, international version"),
            ("de-DE", "{n} EU-Import, Herstellergarantie"), ("en-NZ", "{n} parallel import"), ("ru-RU", "{n} параллельный импорт, оригинал"),
            ("ko-KR", "{n} 병행수입 정품"), ("ja-JP", "{n} 並行輸入品 正規品"), ("zh-CN", "{n} 海外代购 正品 带小票"),
            ("en-SG", "{n} HK set, parallel import"), ("ar-AE", "{n} استيراد موازي أصلي"), ("en-PH", "{n} US version, authentic"),
            ("es-CL", "{n} importado, original con boleta")]
    return [I(p[0], lang, fill(t, p), "Genuine product from another market, with the manufacturer's international warranty.",
              usd=p[3] * R.uniform(0.8, 1.2), category=p[2]) for (lang, t), p in templ(rows, 12, pick=lambda r: prod(lo=100))]


@cls("in_pharmacy18", "innocent", "licensed pharmacies selling the brand's medicines and OTC goods at pharmacy prices")
def in_pharmacy18():
    rows = [("pfizer", "en-US", "Viagra 100mg 30 tablets - prescription required, US licensed pharmacy", 1650),
            ("pfizer", "de-DE", "Viagra 100 mg 12 Filmtabletten - rezeptpflichtig (Online-Apotheke)", 150),
            ("bayer", "de-DE", "Aspirin Protect 100mg 98 Tabletten Apotheke", 11), ("bayer", "fr-FR", "Bepanthen pommade 100g pharmacie", 13),
            ("johnson-johnson", "en-US2", "Tylenol Extra Strength 100 caplets", 12), ("pfizer", "en-GB", "Centrum Advance 100 tablets - pharmacy", 15),
            ("bayer", "en-GB", "Claritin allergy 30 tablets pharmacy", 12), ("abbott", "de-DE", "FreeStyle Libre 2 Sensor Apotheke", 70),
            ("pfizer", "en-CA", "Lipitor 20mg 90 tablets - Rx required, Canadian pharmacy", 160), ("johnson-johnson", "es-ES", "Listerine Cool Mint 1L farmacia", 8),
            ("bayer", "it-IT", "Canesten crema 30g farmacia", 10), ("abbott", "en-US", "Ensure Plus 6 x 200ml pharmacy", 12)]
    return [I(b, lang, t, "Licensed pharmacy. Registration number on our page.", usd=u, category="prescription drugs" if "prescri" in t.lower() or "Rx" in t or "rezept" in t else "otc")
            for b, lang, t, u in rows]


@cls("in_gifted_pr_fair18", "innocent", "genuine PR and gifted items resold at used or near-list prices (mirror of c_pr_package18)", star=True)
def in_gifted_pr_fair18():
    rows = [("en-US", "{n} - gifted PR, unopened"), ("en-GB", "{n} PR gift, brand new"), ("fr-FR", "{n} reçu en box presse"),
            ("de-DE", "{n} PR-Paket, neu"), ("es-ES", "{n} envío PR, nuevo"), ("ko-KR", "{n} 협찬 새상품"), ("ja-JP", "{n} PR案件 新品"),
            ("en-AU", "{n} seeding box, new"), ("it-IT", "{n} regalo PR nuovo"), ("pt-BR", "{n} recebido de publi, lacrado"),
            ("nl-NL", "{n} PR pakket nieuw"), ("zh-CN", "{n} 品牌公关礼盒 全新")]
    return [I(p[0], lang, fill(t, p), "Received from the brand's PR team, card included. Priced fairly.", usd=p[3] * R.uniform(0.7, 0.95),
              category=p[2]) for (lang, t), p in templ(rows, 12, pick=lambda r: prod(lo=40, hi=700))]


@cls("in_accessories_for18", "innocent", "third-party accessories for the brand's goods (cases, straps, stands, covers), named with 'for'/'compatible'")
def in_accessories_for18():
    rows = [("apple", "en-US", "Silicone case for AirPods Pro 2 - third party", 9), ("rolex", "en-GB", "Watch winder box fits Rolex, Omega", 45),
            ("dyson", "de-DE", "Wandhalterung für Dyson Airwrap", 19), ("nintendo", "fr-FR", "Housse de transport pour Nintendo Switch OLED", 15),
            ("samsung", "es-ES", "Funda para Samsung Galaxy S24 Ultra", 12), ("sony", "it-IT", "Custodia rigida per Sony WH-1000XM5", 18),
            ("louis-vuitton", "en-US2", "Purse organizer insert for LV Neverfull MM", 25), ("cartier", "en-AU", "Jewellery box suitable for Cartier Love bracelet", 30),
            ("canon", "ja-JP", "キヤノン EOS R6 Mark II 用 液晶保護フィルム", 8), ("bose", "pl-PL", "Nauszniki zamienne do Bose QC45", 15),
            ("lego", "nl-NL", "LED verlichtingsset voor LEGO 75192 Millennium Falcon", 60), ("omega", "en-GB", "Nylon NATO strap 20mm for Omega Speedmaster", 20)]
    return [I(b, lang, t, "Accessory only, not made by or affiliated with the brand.", usd=u, category="accessories") for b, lang, t, u in rows]


@cls("in_repair_service18", "innocent", "repair, servicing and restoration services for the brand's goods")
def in_repair_service18():
    rows = [("rolex", "en-GB", "Rolex full service - independent watchmaker, 2 yr warranty", 550), ("dyson", "de-DE", "Dyson Reparatur Akku-Tausch V15", 89),
            ("apple", "fr-FR", "Réparation écran iPhone 15 Pro", 250), ("louis-vuitton", "en-US", "LV bag restoration - vachetta handle replacement", 180),
            ("nintendo", "es-ES", "Reparación Joy-Con drift", 25), ("omega", "it-IT", "Revisione Omega Speedmaster", 450),
            ("canon", "ja-JP", "キヤノン カメラ 修理 センサー清掃", 60), ("samsung", "en-IN", "Samsung S24 Ultra screen replacement service", 180),
            ("sony", "pl-PL", "Naprawa PS5 - wymiana portu HDMI", 60), ("bosch", "nl-NL", "Bosch vaatwasser reparatie aan huis", 95),
            ("canada-goose", "en-CA", "Canada Goose zipper replacement & down refill", 120), ("cartier", "zh-HK", "卡地亞 手錶 保養 換電 抛光", 180)]
    return [I(b, lang, t, "Service only. We are an independent workshop, not affiliated with the brand.", usd=u, category="services") for b, lang, t, u in rows]


@cls("in_everyday_words18", "innocent", "the brand's word in its everyday sense (shell, coach, mars, puma, omega-3, canon law, apple, dove, pandora box)")
def in_everyday_words18():
    rows = [("shell", "en-AU", "Sea shell collection from Broome beach", 25, "crafts"), ("coach", "en-GB", "Vintage coach and horses brass ornament", 40, "antiques"),
            ("mars", "en-US", "Mars rover model kit 1:24 (NASA Perseverance)", 35, "models"), ("puma", "es-MX", "Peluche de puma 40 cm", 12, "toys"),
            ("omega", "de-DE", "Omega-3 Fischöl Kapseln 120 Stück", 15, "supplements"), ("canon", "en-US2", "Canon law textbook, 2nd edition", 45, "books"),
            ("apple", "fr-FR", "Pommes Golden 10 kg du verger", 18, "food"), ("mars", "it-IT", "Marte, poster del pianeta 70x100", 20, "posters"),
            ("pandora", "el-GR", "Κουτί της Πανδώρας, επιτραπέζιο μυθολογίας", 25, "board games"), ("coach", "de-AT", "Reisebus Coach 50 Sitze mieten", 900, "services"),
            ("shell", "fr-FR", "Coquillages pour aquarium 1 kg", 10, "pets"), ("wilson", "en-US", "Wilson's Creek battlefield guide book", 15, "books")]
    return [I(b, lang, t, "", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_people_places18", "innocent", "people and places that share the brand's word (Wilson family name, Canon City, Omega town, Cartier Island, Bose surname, Honda surname)")
def in_people_places18():
    rows = [("wilson", "en-GB", "Signed photo of Jacqueline Wilson, author", 30, "collectibles"),
            ("canon", "en-US", "Canon City Colorado vintage postcard lot", 15, "collectibles"),
            ("cartier", "fr-CA", "Livre: Jacques Cartier, explorateur", 20, "books"),
            ("bose", "hi-IN", "सुभाष चंद्र बोस जीवनी पुस्तक", 4, "books"), ("honda", "ja-JP", "本田宗一郎 自伝 文庫", 6, "books"),
            ("toyota", "ja-JP2", "豊田市 観光ガイドブック", 8, "books"), ("levis", "en-US", "Claude Lévi-Strauss - Tristes Tropiques, paperback", 14, "books"),
            ("bosch", "nl-NL", "Hieronymus Bosch poster Tuin der Lusten", 25, "art"), ("dyson", "en-GB", "Freeman Dyson - Disturbing the Universe, book", 12, "books"),
            ("philips", "en-US2", "Philips Academy Andover alumni sweatshirt", 45, "clothing"),
            ("michelin", "fr-FR", "Carte postale Clermont-Ferrand place de Jaude", 3, "collectibles"),
            ("omega", "en-US", "Omega, Georgia - town history book", 20, "books")]
    return [I(b, lang, t, "", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_books_media18", "innocent", "books, magazines and films about the brand or its goods")
def in_books_media18():
    rows = [("rolex", "en-US", "Rolex Submariner: the book of the watch, hardcover", 60), ("nike", "en-GB", "Shoe Dog by Phil Knight, paperback", 9),
            ("lego", "de-DE", "LEGO Ideen Buch, gebraucht", 12), ("louis-vuitton", "fr-FR", "Livre Louis Vuitton: 100 malles légendaires", 70),
            ("apple", "es-ES", "Libro Steve Jobs de Walter Isaacson", 10), ("omega", "it-IT", "Moonwatch Only - libro Omega Speedmaster", 90),
            ("nintendo", "ja-JP", "任天堂 ゲーム攻略本 ゼルダの伝説", 15), ("gucci", "en-US2", "House of Gucci DVD", 8),
            ("canon", "en-AU", "Canon EOS R6 Mark II user guide book", 25), ("coca-cola", "en-US", "For God, Country and Coca-Cola (book)", 12),
            ("dyson", "en-GB", "James Dyson - Invention: A Life, hardback", 15), ("adobe", "pl-PL", "Adobe Photoshop CC. Oficjalny podręcznik", 25)]
    return [I(b, lang, t, "", usd=u, category="books") for b, lang, t, u in rows]


@cls("in_jobs_courses18", "innocent", "jobs and courses naming the brand (sales associate, certified training, Photoshop course)")
def in_jobs_courses18():
    rows = [("adobe", "en-US", "Photoshop for beginners - 6-week evening course", 250, "courses"),
            ("autodesk", "de-DE", "AutoCAD Grundkurs (Bildungsgutschein)", 890, "courses"),
            ("apple", "fr-FR", "Formation Mac pour seniors, 4 séances", 120, "courses"),
            ("bmw", "en-GB", "Job: BMW-trained technician wanted, Leeds", 0, "jobs"),
            ("rolex", "en-CH", "Watchmaker apprenticeship - Rolex calibres experience a plus", 0, "jobs"),
            ("microsoft", "es-ES", "Curso Excel avanzado Microsoft Office", 90, "courses"),
            ("gucci", "it-IT", "Offerta lavoro: addetto vendite boutique Gucci Firenze", 0, "jobs"),
            ("louis-vuitton", "ja-JP", "ルイ・ヴィトン 販売スタッフ募集 銀座", 0, "jobs"),
            ("lego", "en-AU", "LEGO robotics class for kids term 1", 180, "courses"),
            ("canon", "en-IN", "Canon DSLR photography workshop weekend", 40, "courses"),
            ("nike", "en-US2", "Nike store associate - part time - Portland", 0, "jobs"),
            ("autodesk", "pt-BR", "Curso Revit completo online certificado", 60, "courses")]
    out = []
    for b, lang, t, u, c in rows:
        lang2 = "de-CH" if lang == "en-CH" else lang
        if u:
            out.append(I(b, lang2, t, "Independent training provider.", usd=u, category=c))
        else:
            out.append(I(b, lang2, t, "Apply with CV. Full time/part time as stated.", no_price=True, category=c))
    return out


@cls("in_events_venues18", "innocent", "tickets and vouchers for events and venues named after the brand (Rolex Masters, Nike Run Club, Coca-Cola Arena, LEGOLAND)")
def in_events_venues18():
    rows = [("rolex", "fr-MA", "Billets Rolex Monte-Carlo Masters 2027, quart de finale", 180, "tickets"),
            ("lego", "de-DE", "LEGOLAND Günzburg Tageskarten x2", 110, "tickets"), ("coca-cola", "en-AE", "Coca-Cola Arena concert tickets x2", 250, "tickets"),
            ("mattel", "en-US", "Mattel Adventure Park day pass", 50, "tickets"), ("michelin", "fr-FR", "Bon cadeau dîner restaurant étoilé Michelin", 200, "vouchers"),
            ("nike", "en-GB", "London 10K race entry (Nike sponsored) - transfer", 45, "tickets"),
            ("bmw", "de-DE", "BMW Welt Führung Ticket", 15, "tickets"), ("ferrero", "it-IT", "Biglietto visita Nutella Fest Alba", 20, "tickets"),
            ("samsung", "ko-KR", "삼성 라이온즈 야구 티켓 2매", 40, "tickets"), ("honda", "en-US2", "Honda Center Anaheim hockey tickets", 120, "tickets"),
            ("toyota", "ja-JP", "トヨタ博物館 入館券 2枚", 14, "tickets"), ("adidas", "de-DE", "adidas Arena Berlin Eishockey Tickets", 70, "tickets")]
    return [I(b, lang, t, "Tickets transferred via the official app.", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_homage_own_brand18", "innocent", "homage and own-brand goods under their own names that cite a famous model's shape (Seiko, Tudor, Steinhart, Casio)")
def in_homage_own_brand18():
    rows = [("rolex", "en-US", "Steinhart Ocean One 39 - Submariner-style homage", 520), ("rolex", "de-DE", "San Martin SN0017 Taucheruhr, Hommage Submariner", 180),
            ("omega", "en-GB", "Pagani Design Speedmaster homage chronograph", 70), ("rolex", "en-AU", "Seiko 5 Sports SRPD55 'Sub style'", 280),
            ("cartier", "fr-FR", "Bracelet clou style homemade by Atelier Lune (notre marque)", 60), ("rolex", "es-ES", "Tudor Black Bay 58 nuevo", 3900),
            ("omega", "it-IT", "Baltic Bicompax, omaggio ai cronografi vintage", 550), ("nike", "en-US2", "New Balance 550 white green", 110),
            ("dyson", "en-GB", "Shark FlexStyle 5-in-1 hair styler", 270), ("rolex", "ja-JP", "カシオ MDV-106 ダイバーズ (デイトナ風?)", 60),
            ("louis-vuitton", "en-US", "Goyard-free canvas tote by Baggu", 40), ("canada-goose", "en-CA", "Quartz Co. down parka, made in Canada", 900)]
    return [I(b, lang, t, "Own brand; the famous model is named for comparison only.", usd=u, category=prod(brand=b)[2]) for b, lang, t, u in rows]


@cls("in_compatible_consumables18", "innocent", "compatible consumables under their own brand (ink for Canon, blades for Gillette, capsules for Nespresso, brush heads for Sonicare)")
def in_compatible_consumables18():
    rows = [("canon", "en-US", "Compatible ink cartridges for Canon PG-545 / CL-546, 4 pack (not Canon)", 18, "ink"),
            ("gillette", "en-GB", "Razor blades compatible with Gillette Fusion5 handles, 12 pack", 12, "razor blades"),
            ("nestle", "fr-FR", "Capsules compatibles Nespresso, café bio x50", 12, "coffee"),
            ("philips", "de-DE", "Aufsteckbürsten kompatibel mit Philips Sonicare, 8 Stück", 10, "electric toothbrushes"),
            ("dyson", "en-AU", "Replacement filter for Dyson V15 (compatible)", 15, "vacuum cleaners"),
            ("panasonic", "ja-JP", "パナソニック 互換 替刃 ES9036 (他社製)", 15, "shavers"),
            ("canon", "es-ES", "Batería compatible Canon LP-E6NH marca Patona", 25, "cameras"),
            ("samsung", "it-IT", "Caricatore 25W compatibile Samsung marca Anker", 15, "chargers"),
            ("apple", "pl-PL", "Ładowarka USB-C 20W Baseus (kompatybilna z iPhone)", 12, "chargers"),
            ("nintendo", "en-CA", "8BitDo Pro 2 controller for Switch", 55, "accessories"),
            ("bosch", "nl-NL", "Accu 18V compatibel met Bosch, merk Powerplus", 40, "power tools"),
            ("toyota", "en-US2", "Fram oil filter fits Toyota (cross ref 90915-YZZD1)", 7, "auto parts")]
    return [I(b, lang, t, "Own brand compatible product. Brand names for compatibility only.", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_aftermarket_parts18", "innocent", "branded aftermarket parts with the OEM cross-reference number (Bosch, Brembo, Mann, Denso for Toyota/Honda/BMW)")
def in_aftermarket_parts18():
    rows = [("toyota", "en-US", "Denso air filter - replaces Toyota 17801-0T030", 18), ("honda", "de-DE", "Mann Ölfilter W 610/6 (ersetzt Honda 15400-PLM-A02)", 7),
            ("bmw", "de-DE", "Brembo Bremsscheibe 09.C394.13 passend für BMW 3er", 75), ("toyota", "en-AU", "Bendix brake pads DB1472 suit Toyota Hilux", 60),
            ("bmw", "en-GB", "Mahle oil filter OX 387D fits BMW (OE 11428575211)", 12), ("honda", "es-MX", "Balatas Bosch para Honda Civic", 35),
            ("michelin", "fr-FR", "Essuie-glaces Valeo pour Peugeot 308", 25), ("shell", "en-NG", "Total Quartz 9000 5W-40 4L", 40),
            ("toyota", "th-TH", "ไส้กรองน้ำมันเครื่อง Bosch สำหรับ Toyota Vios", 5), ("honda", "en-PH", "NGK spark plugs for Honda Click 125", 4),
            ("bmw", "pl-PL", "Filtr powietrza Filtron AP 183/5 do BMW", 15), ("honda", "ja-JP", "デイトナ ブレーキパッド ホンダ CB400 適合", 30)]
    return [I(b, lang, t, "Aftermarket part of the stated maker; OE number for cross-reference.", usd=u, category="auto parts") for b, lang, t, u in rows]


@cls("in_honest_dupes18", "innocent", "own-brand lookalikes sold honestly as 'dupe' or 'alternative' under their own names, no logo")
def in_honest_dupes18():
    rows = [("dyson", "en-GB", "Shark FlexStyle - the best Airwrap alternative", 250), ("levis", "en-US", "Straight-leg selvedge jeans by Uniqlo - 501-style fit", 50),
            ("gucci", "en-US2", "Marmont-style quilted bag by Steve Madden (no logo)", 90), ("louis-vuitton", "en-AU", "Neverfull dupe tote by Kmart, plain canvas", 15),
            ("estee-lauder", "en-GB", "The Ordinary Buffet - ANR dupe?", 18), ("canada-goose", "de-DE", "Parka von Primark - Alternative zu Canada Goose", 60),
            ("cartier", "fr-FR", "Bracelet clou style, marque Ana Luisa, sans logo", 80), ("apple", "en-IN", "boAt Airdopes - AirPods alternative", 25),
            ("nike", "es-ES", "Zapatillas Decathlon estilo Dunk, marca Kipsta", 25), ("dyson", "nl-NL", "Laifen Swift föhn - Supersonic alternatief", 120),
            ("burberry", "en-US", "Plaid scarf, Uniqlo, check pattern", 30), ("pandora", "it-IT", "Bracciale charms marca propria, compatibile stile Pandora", 20)]
    return [I(b, lang, t, "Own brand, not affiliated; comparison only.", usd=u) for b, lang, t, u in rows]


@cls("in_wanted_ads18", "innocent", "wanted-to-buy ads for the brand's genuine goods, no price or a budget")
def in_wanted_ads18():
    rows = [("en-US", "WTB {n} - genuine only"), ("de-DE", "Suche {n}, nur original"), ("fr-FR", "Recherche {n} authentique"),
            ("es-ES", "Busco {n} original"), ("en-GB", "Wanted: {n}, must have receipt"), ("it-IT", "Cerco {n} originale"),
            ("ja-JP", "{n} 探してます 正規品のみ"), ("nl-NL", "Gezocht: {n}, origineel"), ("en-AU", "ISO {n}, authentic"),
            ("pl-PL", "Kupię {n} oryginał"), ("ko-KR2", "{n} 삽니다 정품만"), ("sv-SE", "Köpes: {n}, äkta")]
    out = []
    for i, ((lang, t), p) in enumerate(templ(rows, 12, pick=lambda r: prod(lo=100))):
        if i % 3 == 0:
            out.append(I(p[0], lang, fill(t, p), "Budget negotiable, no fakes please.", usd=p[3] * 0.6, category=p[2]))
        else:
            out.append(I(p[0], lang, fill(t, p), "No fakes please. Message me.", no_price=True, category=p[2]))
    return out


@cls("in_vehicles18", "innocent", "whole vehicles and motorcycles of the brand at used-vehicle prices")
def in_vehicles18():
    rows = [("toyota", "en-US", "2016 Toyota Corolla LE 98k miles", 11500, "cars"), ("honda", "en-GB", "Honda Civic 1.5 VTEC 2019", 14000, "cars"),
            ("bmw", "de-DE", "BMW 320d Touring 2018, Scheckheft", 18500, "cars"), ("honda", "vi-VN", "Honda Wave Alpha 2020 xe máy", 900, "motorcycles"),
            ("toyota", "en-KE", "Toyota Probox 2015 clean", 6500, "cars"), ("honda", "th-TH", "Honda Click 125i ปี 2021", 1300, "motorcycles"),
            ("bmw", "fr-FR", "BMW R 1250 GS 2020", 15000, "motorcycles"), ("toyota", "ar-SA", "تويوتا هايلكس 2019 غمارتين", 22000, "cars"),
            ("honda", "id-ID", "Honda Beat 2022 mulus", 950, "motorcycles"), ("toyota", "ja-JP", "トヨタ プリウス 2017 車検付", 10000, "cars"),
            ("bmw", "pl-PL", "BMW X3 2017 xDrive20d", 20000, "cars"), ("honda", "en-NG", "Honda Accord 2012 Tokunbo", 7000, "cars")]
    return [I(b, lang, t, "", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_near_names18", "innocent", "other companies whose names come close to a mark (Rolec, Bausch + Lomb, Samsonite, Sonos, Omegon, Nikko, Pumas UNAM, Cannondale, Michelob, Pandoro)")
def in_near_names18():
    rows = [("rolex", "en-GB", "Rolec EV charger 7kW wallbox", 600, "ev chargers"), ("bosch", "de-DE", "Bausch + Lomb Kontaktlinsenlösung 360ml", 12, "eyecare"),
            ("samsung", "en-US", "Samsonite carry-on spinner", 180, "luggage"), ("sony", "en-US2", "Sonos Era 100 speaker", 249, "speakers"),
            ("omega", "fr-FR", "Télescope Omegon 130/920", 300, "optics"), ("nike", "ja-JP", "ニッコー ラジコン 1980年代", 60, "toys"),
            ("puma", "es-MX", "Jersey Pumas UNAM local", 70, "sportswear"), ("canon", "en-AU", "Cannondale Synapse road bike", 1800, "bicycles"),
            ("michelin", "en-US", "Michelob Ultra 24 pack", 28, "beer"), ("pandora", "it-IT", "Pandoro Bauli 1kg", 6, "food"),
            ("gillette", "en-GB", "Wilkinson Sword Hydro 5 razor", 10, "razors"), ("levis", "en-US", "Levain Bakery cookies box", 40, "food")]
    return [I(b, lang, t, "", usd=u, category=c) for b, lang, t, u, c in rows]


@cls("in_food_recipes18", "innocent", "home-made food and catering that name a branded ingredient (Nutella cake, Snickers cheesecake, KitKat cupcakes)")
def in_food_recipes18():
    rows = [("ferrero", "en-GB", "Homemade Nutella brownies box of 12", 18), ("mars", "en-US", "Snickers cheesecake - whole, 10 inch", 45),
            ("nestle", "fr-FR", "Gâteau d'anniversaire KitKat & Smarties fait maison", 40), ("ferrero", "it-IT", "Torta Ferrero Rocher fatta in casa", 30),
            ("coca-cola", "es-MX", "Pastel de chocolate con Coca-Cola, casero", 20), ("mars", "de-DE", "Selbstgemachte M&M's Cookies 20 Stück", 15),
            ("ferrero", "pt-BR", "Bolo de pote de Nutella caseiro", 3), ("mars", "en-AU", "Twix slice tray - homemade", 25),
            ("nestle", "ja-JP", "手作り キットカット チーズケーキ", 15), ("ferrero", "tr-TR", "Ev yapımı Nutellalı kurabiye 1 kg", 10),
            ("coca-cola", "en-US2", "Coca-Cola glazed ham - catering for 20", 180), ("danone", "fr-FR", "Cours de cuisine: yaourts maison", 35)]
    return [I(b, lang, t, "Home kitchen, made to order.", usd=u, category="food") for b, lang, t, u in rows]


@cls("in_art_crafts18", "innocent", "original art, photography and crafts depicting or reusing the brand's goods, sold as art")
def in_art_crafts18():
    rows = [("coca-cola", "en-US", "Pop art canvas 'Coke bottle' original acrylic 60x90", 350), ("rolex", "fr-FR", "Photographie d'art montre de plongée, tirage signé 10/30", 180),
            ("nike", "en-GB", "Hand-drawn sneaker portrait Air Jordan 1 - original ink", 120), ("lego", "de-DE", "Kunstdruck: LEGO Minifigur Fotografie", 40),
            ("louis-vuitton", "it-IT", "Dipinto olio 'Still life con borsa' originale", 600), ("apple", "es-ES", "Lámina ilustración Macintosh 1984", 25),
            ("canon", "ja-JP", "フィルムカメラ 水彩画 原画", 50), ("michelin", "fr-FR", "Sculpture Bibendum en pneus recyclés, pièce unique", 450),
            ("gucci", "en-US2", "Oil painting 'Girl with Gucci bag' by local artist", 400), ("shell", "en-AU", "Upcycled oil drum table (vintage Shell drum)", 220),
            ("ferrero", "pl-PL", "Bukiet z czekoladek Ferrero Rocher, ręcznie robiony", 30), ("coca-cola", "en-ZA", "Bottle-cap mosaic art piece", 90)]
    return [I(b, lang, t, "Original artwork; brand shown as subject, not affiliated.", usd=u, category="art") for b, lang, t, u in rows]


@cls("in_auth_care_services18", "innocent", "authentication, cleaning and care services and products for the brand's goods")
def in_auth_care_services18():
    rows = [("louis-vuitton", "en-US", "LV authentication service - written certificate in 24h", 30), ("nike", "en-GB", "Sneaker cleaning service - Jordan 1 restoration", 25),
            ("rolex", "de-DE", "Echtheitsprüfung Rolex durch Uhrmachermeister", 80), ("gucci", "it-IT", "Servizio autenticazione borse Gucci", 25),
            ("canada-goose", "en-CA", "Parka dry cleaning - down jackets", 45), ("cartier", "fr-FR", "Nettoyage et polissage bijoux Cartier", 60),
            ("omega", "en-AU", "Omega authentication and valuation for insurance", 90), ("adidas", "es-ES", "Limpieza de zapatillas Samba", 15),
            ("louis-vuitton", "ja-JP", "ルイヴィトン バッグ クリーニング", 80), ("burberry", "en-GB", "Trench coat reproofing service", 50),
            ("apple", "en-US2", "AppleCare+ claim help and device check", 20), ("pandora", "nl-NL", "Pandora sieraden reinigen & oppoetsen", 15)]
    return [I(b, lang, t, "Independent service, not affiliated with the brand.", usd=u, category="services") for b, lang, t, u in rows]


@cls("in_licensed_models18", "innocent", "licensed scale models and ride-on toys of the brand's cars and bikes by other makers")
def in_licensed_models18():
    rows = [("bmw", "en-US", "Maisto 1:18 BMW M4 GT3 die-cast", 45), ("toyota", "ja-JP", "トミカ トヨタ GR86 ミニカー", 5),
            ("honda", "en-GB", "Tamiya 1/12 Honda CBR1000RR-R kit", 90), ("bmw", "de-DE", "Kinder Elektroauto BMW X6 lizenziert", 250),
            ("toyota", "en-AU", "Kids ride-on Toyota Land Cruiser 12V licensed", 300), ("honda", "fr-FR", "Minichamps 1:43 Honda NSX", 50),
            ("bmw", "it-IT", "Bburago BMW Z4 1:24", 20), ("toyota", "es-ES", "Coche teledirigido Toyota Supra licencia oficial", 35),
            ("honda", "id-ID", "Diecast Honda Civic Type R 1:32", 12), ("bmw", "pl-PL", "Model Welly BMW 1:34", 10),
            ("toyota", "en-US2", "Hot Wheels Toyota AE86 premium", 7), ("michelin", "fr-FR", "Figurine Bibendum Michelin collection 1990 (licence)", 40)]
    return [I(b, lang, t, "Officially licensed model by the maker named.", usd=u, category="toys") for b, lang, t, u in rows]


# =========================================================================== main

def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows, table = [], []
    for name, star, kind, tactic, fn in CLASSES:
        items = fn()
        for it in items:
            it["_label"]["class"] = name
            it["_label"]["tactic"] = tactic
            lab = it.pop("_label")
            it["_label"] = {"kind": lab["kind"], "brand": lab["brand"], "class": name, "tactic": tactic, "lang": lab["lang"], "also": lab["also"]}
        rows.extend(items)
        ex = items[0]
        table.append(f"| {name} | {'*' if star else ''} | {kind} | {len(items)} | {tactic} | {ex['title'][:90].replace('|', '/')}; {ex['_label']['brand']}; {ex['_label']['lang']} |")
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider18: classes\n\n`*` = a tactic not in any earlier set's class list (outsider .. outsider17) as far as I could see "
                "(grep of their classes.md). Example = the first listing of the class.\n\n"
                "| class | * | kind | n | tactic | example (title; brand; lang) |\n|---|:-:|---|---:|---|---|\n")
        f.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
