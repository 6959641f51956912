#!/usr/bin/env python3
"""outsider17's held-out set for BrandSentry: python3 make_set.py --seed 17 [--out set.jsonl] [--classes classes.md]

Stdlib only; one function per class; the same seed gives the same bytes."""
from __future__ import annotations

import argparse
import json
import math

import random

from data import MARKETS, P, BRANDS, by_brand

R = random.Random(17)
CLASSES = []  # (name, star, kind, tactic, fn)


def klass(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def sig3(x):
    if x <= 0:
        return 0.0
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def money(usd, lang):
    _, cur, rate, _ = MARKETS[lang]
    return {"amount": sig3(usd * rate), "currency": cur}


def copy_frac(usd):
    if usd >= 2000:
        return R.uniform(0.05, 0.11)
    if usd >= 300:
        return R.uniform(0.08, 0.25)
    if usd >= 30:
        return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def copy_usd(key):
    u = P[key][3]
    if P[key][0] == "cartier" and P[key][2] == "jewelry":
        return R.uniform(15, 90)  # plated copies of the screw bracelets sell far below the generic ratio
    return u * copy_frac(u)


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


HANDLE_A = ["lucky", "star", "best", "top", "city", "happy", "prime", "golden", "smart", "fresh", "urban", "royal", "sunny", "mega", "blue", "red"]
HANDLE_B = ["shop", "store", "deals", "market", "trade", "seller", "goods", "outlet", "corner", "house", "hub", "mart", "bazaar", "point"]


def seller_for(lang, name=None, sid=None):
    _, _, _, cc = MARKETS[lang]
    h = f"{R.choice(HANDLE_A)}{R.choice(HANDLE_B)}{R.randint(1, 999)}"
    return {"id": sid or h, "name": name if name is not None else h, "country": cc}


def when():
    day = R.choice([1, 2])
    return f"2026-12-0{day}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}+00:00"


def mk(lang, title, desc="", usd=None, *, brand, category=None, price=None, seller=None, attrs=None, ship_from=None,
       marketplace=None, no_price=False):
    mp, cur, rate, cc = MARKETS[lang]
    mp = marketplace or mp
    lid = hexid()
    row = {"marketplace": mp, "listing_id": lid, "url": f"https://{mp}.example/item/{lid}", "title": title,
           "description": desc}
    if not no_price:
        if price is not None:
            row["price"] = {"amount": float(price[0]), "currency": price[1]}
        elif usd is not None:
            row["price"] = money(usd, lang)
    row["seller"] = seller or seller_for(lang)
    if category:
        row["category"] = category
    row["ship_from"] = ship_from or cc
    row["observed_at"] = when()
    if attrs:
        row["attributes"] = attrs
    row["_label"] = {"brand": brand, "lang": lang}
    return row


def pick(keys):
    return R.choice(keys)


def cyc(seq, n):
    seq = list(seq)
    return [seq[i % len(seq)] for i in range(n)]


def prod(k):
    b, name, cat, usd, model = P[k]
    return b, name, cat, usd, model


# ============================================================== counterfeit, everyday (30)

@klass("c_copy_words_africa17", "", "counterfeit", "African markets' copy words in local languages and English/French/Portuguese (China original, Aba-made, mbumbulu, sandoka, nuqul, ayederu, na jabu, copie ya Dubai)")
def c_copy_words_africa17():
    rows = []
    spec = [
        ("en-NG", "nike_af1", "{p} China original, neat and clean", "Grade A. Aba-made box. Pay on delivery Lagos only."),
        ("en-GH", "adidas_samba", "{p} first copy Grade A", "Good quality first copy. Sizes 40-45. Call or WhatsApp."),
        ("en-KE", "apple_app2", "{p} master copy with serial", "Master copy, works with iPhone and Android. Delivery CBD."),
        ("en-UG", "sam_s24u", "{p} high copy 256GB", "High copy, android 13, 1 month shop warranty. Kampala."),
        ("en-ZM", "mk_tote", "{p} class A copy", "Class A copy, comes with dust bag. Lusaka delivery."),
        ("fr-CI", "lv_nf", "Sac {p} copie conforme 1ère qualité", "Copie conforme, qualité Dubaï. Livraison Abidjan."),
        ("fr-CM", "rolex_dj", "Montre {p} copie premier choix", "Copie premier choix, automatique. Douala / Yaoundé."),
        ("fr-CD", "gucci_belt", "Ceinture {p} copie ya Dubai", "Copie ya malamu, boucle GG. Kinshasa Gombe."),
        ("sw", "nike_aj1", "Viatu {p} feki ya daraja la kwanza", "Nakala bora kutoka China, saizi zote. Dar es Salaam."),
        ("zu", "adidas_yeezy", "Ama-{p} mbumbulu, asebenza kahle", "Mbumbulu kodwa asebenza. Ama-size 6-10. Durban."),
        ("so", "rolex_sub", "Saacad {p} nuqul tayo sare", "Nuqul tayo sare ah, otomaatig. Muqdisho."),
        ("mg", "nike_dunk", "Kiraro {p} sandoka tsara kalitao", "Sandoka tsara, isan-karazany. Antananarivo."),
        ("ha", "puma_suede", "Takalmin {p} na jabu mai kyau", "Na jabu ne amma mai karfi. Kano."),
    ]
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_latam17", "", "counterfeit", "Latin American copy slang (trucho, bamba, pirata, clon AAA, réplica espejo, paraguai, tipo original)")
def c_copy_words_latam17():
    spec = [
        ("es-AR", "nike_aj1", "Zapatillas {p} truchas pero de las buenas", "Réplica premium, no son originales. Envíos a todo el país."),
        ("es-PE", "adidas_samba", "{p} bamba calidad A1", "Son bamba pero igualitas. Gamarra, talla 38-43."),
        ("es-CL", "sony_xm5", "Audífonos {p} clon chino", "Clon chino muy bueno, cancelación de ruido. Santiago centro."),
        ("es-MX", "apple_app2", "{p} clon AAA con ANC", "Clon triple A, ventana emergente, GPS. Envío gratis CDMX."),
        ("es-CO", "lv_speedy", "Bolso {p} réplica espejo", "Réplica espejo con dust bag y factura. Medellín."),
        ("es-VE", "rolex_sub", "Reloj {p} réplica suiza", "Réplica suiza automática, cristal zafiro. Caracas."),
        ("es-EC", "gucci_marmont", "Cartera {p} copia AAA", "Copia triple A importada. Guayaquil."),
        ("es-GT", "cg_exp", "Chumpa {p} imitación", "Imitación de buena calidad, muy calientita. Zona 1."),
        ("es-DO", "nike_af1", "Tenis {p} réplica 1.1", "Réplica 1.1 con caja. Santo Domingo."),
        ("es-BO", "sam_buds", "{p} copia china", "Copia china, buena batería. Santa Cruz."),
        ("es-UY", "burb_scarf", "Bufanda {p} trucha", "Trucha pero suavecita. Montevideo."),
        ("pt-BR", "nike_dunk", "Tênis {p} paraguai top", "Do Paraguai, tipo original, qualidade top. Envio Correios."),
        ("es-CR", "dyson_aw", "{p} tipo original", "Tipo original, funciona perfecto, 6 accesorios. San José."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_south_europe17", "", "counterfeit", "Southern European copy words in fresh wordings (taroccato, copia perfetta, imitació, réplica exacta, cópia de qualidade)")
def c_copy_words_south_europe17():
    spec = [
        ("it", "gucci_belt", "Cintura {p} taroccata ma perfetta", "Taroccata, qualità altissima, fibbia pesante. Napoli."),
        ("it", "rolex_dj", "Orologio {p} copia perfetta", "Copia perfetta, movimento automatico. Spedizione tracciata."),
        ("es-ES", "lv_keepall", "Bolsa {p} réplica exacta", "Réplica exacta, piel de calidad, con candado. Madrid."),
        ("ca", "nike_dunk", "Bambes {p} imitació molt bona", "Imitació de qualitat, talles 36-44. Barcelona."),
        ("gl", "adidas_stan", "Zapatillas {p} imitación boa", "Imitación moi boa, talla 42. Vigo."),
        ("eu", "tnf_nuptse", "{p} kopia, kalitate onekoa", "Kopia da baina oso ona. Bilbo."),
        ("pt-PT", "cg_chill", "Casaco {p} réplica de qualidade", "Réplica de qualidade, etiquetas incluídas. Porto."),
        ("mt", "mk_watch", "{p} replica tajba", "Replica tajba hafna, qisien kollha. Birkirkara."),
        ("fr", "cartier_love", "Bracelet {p} imitation qualité miroir", "Imitation qualité miroir, tournevis fourni. Envoi suivi."),
        ("fr-BE", "dyson_ss", "{p} réplique", "Réplique très fidèle, 5 embouts. Bruxelles."),
        ("fr-CH", "omega_speed", "Montre {p} copie suisse", "Copie de haute qualité, mouvement automatique. Genève."),
        ("it", "burb_trench", "Trench {p} falso ben fatto", "Falso ma fatto bene, taglia 46. Milano."),
        ("es-ES", "sam_s24u", "{p} clon 512GB", "Clon de buena calidad, Android. Envío 24h."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_central_europe17", "", "counterfeit", "Central European copy words (Nachbau, Imitat, namaak, nep, podróbka, padělek, utánzat, ponaredek, kopija)")
def c_copy_words_central_europe17():
    spec = [
        ("de", "dyson_aw", "{p} Nachbau, funktioniert top", "Nachbau aus China, alle Aufsätze dabei. Versand DHL."),
        ("de-AT", "rolex_sub", "{p} Imitat Automatik", "Sehr gutes Imitat, Automatikwerk. Abholung Wien."),
        ("de-CH", "cg_exp", "{p} Kopie, sehr warm", "Gute Kopie, Grösse M. Zürich."),
        ("nl", "nike_aj1", "{p} nep maar netjes", "Nep, maar je ziet het niet. Maat 43."),
        ("nl-BE", "lv_nf", "{p} namaak tas", "Namaak, goede kwaliteit. Antwerpen."),
        ("lb", "gucci_sun", "{p} Kopie Sonnebrëll", "Kopie, gutt Qualitéit. Lëtzebuerg."),
        ("pl", "sony_xm5", "Słuchawki {p} podróbka, gra dobrze", "Podróbka, ale gra bardzo dobrze. Wysyłka InPost."),
        ("cs", "adidas_yeezy", "{p} padělek, velikost 42", "Padělek, ale kvalitní. Praha."),
        ("sk", "tnf_nuptse", "Bunda {p} kópia", "Kópia, veľkosť L. Bratislava."),
        ("hu", "mk_tote", "{p} utánzat táska", "Utánzat, de szép. Budapest."),
        ("sl", "pandora_snake", "Zapestnica {p} ponaredek", "Ponaredek, srebrne barve. Ljubljana."),
        ("hr", "nike_af1", "Tenisice {p} kopija", "Kopija, vrhunska kvaliteta. Zagreb."),
        ("pl", "canon_batt", "Akumulator {p} zamiennik-podróbka z logo", "Podróbka z oryginalnym logo, 2000 mAh."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_nordic_baltic17", "", "counterfeit", "Nordic and Baltic copy words (fejk, kopia, feikki, eftirlíking, võlts, viltojums, padirbtas)")
def c_copy_words_nordic_baltic17():
    spec = [
        ("sv", "cg_exp", "{p} fejk men snygg", "Fejk, storlek M, varm. Hämtas i Malmö."),
        ("sv", "omega_sea", "{p} kopia automat", "Kopia, går bra. Stockholm."),
        ("no", "nike_dunk", "{p} kopi str 42", "Kopi, god kvalitet. Oslo."),
        ("da", "lv_zippy", "{p} kopi pung", "Kopi, som ny. København."),
        ("fi", "rolex_dj", "{p} feikki, näyttää aidolta", "Feikki, automaattinen. Helsinki."),
        ("fi", "sony_wf5", "{p} kopio nappikuulokkeet", "Kopio, toimii hyvin. Tampere."),
        ("is", "tnf_nuptse", "{p} eftirlíking", "Eftirlíking, stærð L. Reykjavík."),
        ("et", "gucci_belt", "{p} võltsing", "Võlts, aga ilus. Tallinn."),
        ("lv", "adidas_samba", "{p} viltojums", "Viltojums, izmērs 41. Rīga."),
        ("lt", "apple_app2", "{p} padirbtos ausinės", "Padirbtos, bet veikia. Vilnius."),
        ("lt", "cartier_love", "{p} kopija", "Kopija, auksinė spalva. Kaunas."),
        ("no", "dyson_ss", "{p} kopi hårføner", "Kopi, fungerer fint. Bergen."),
        ("da", "pandora_heart", "{p} kopi charm", "Kopi, sølvfarvet. Aarhus."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_balkan_greek17", "", "counterfeit", "Balkan and Greek copy words (μαϊμού, мента, lažnjak, kopje, replică, копија)")
def c_copy_words_balkan_greek17():
    spec = [
        ("el", "nike_af1", "{p} μαϊμού αλλά πολύ καλά", "Μαϊμού, νούμερο 43. Αθήνα."),
        ("el", "lv_nf", "Τσάντα {p} αντίγραφο πρώτης ποιότητας", "Αντίγραφο Α ποιότητας. Θεσσαλονίκη."),
        ("bg", "rolex_sub", "Часовник {p} мента", "Мента, но автоматичен. София."),
        ("bg", "gucci_marmont", "Чанта {p} реплика", "Реплика, висок клас. Пловдив."),
        ("sr", "nike_aj1", "Patike {p} lažnjak, kvalitetne", "Lažnjak, ali kvalitet top. Beograd."),
        ("bs", "adidas_yeezy", "{p} kopija", "Kopija, br. 42. Sarajevo."),
        ("mk", "mk_tote", "Ташна {p} копија", "Копија, нова. Скопје."),
        ("sq", "tnf_nuptse", "Xhaketë {p} kopje", "Kopje e mirë, masa L. Tiranë."),
        ("ro", "apple_app2", "Căști {p} replică 1:1", "Replică 1:1, cu ANC. București."),
        ("ro", "cartier_love", "Brățară {p} copie", "Copie, placată aur. Cluj."),
        ("el", "dyson_aw", "{p} ρεπλίκα", "Ρεπλίκα, δουλεύει τέλεια. Πάτρα."),
        ("sr", "omega_speed", "Sat {p} replika", "Replika, automatik. Novi Sad."),
        ("bg", "sam_buds", "Слушалки {p} менте", "Менте, но звучат добре. Варна."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_cis_caucasus17", "", "counterfeit", "Russian, Ukrainian, Belarusian, Central Asian and Caucasian copy words in fresh wordings (лакшери копия, 1 в 1, фабричный Китай, підробка, nusxa, ასლი, կրկնօրինակ, kopya)")
def c_copy_words_cis_caucasus17():
    spec = [
        ("ru", "rolex_dj", "Часы {p} люкс копия 1 в 1", "Люкс копия, фабричный Китай. Доставка СДЭК."),
        ("ru", "dyson_aw", "Стайлер {p} реплика, фабричный Китай", "Реплика, полный комплект насадок. Москва."),
        ("uk", "nike_af1", "Кросівки {p} підробка хорошої якості", "Підробка, але якісна. Київ."),
        ("be", "adidas_samba", "Красоўкі {p} копія", "Копія, памер 42. Мінск."),
        ("kk", "lv_nf", "Сөмке {p} көшірме люкс", "Көшірме, сапасы жақсы. Алматы."),
        ("ky", "apple_app2", "{p} копия", "Копия, шумоподавление бар. Бишкек."),
        ("uz", "sam_s24u", "{p} nusxa, 512GB", "Nusxa, lekin yaxshi ishlaydi. Toshkent."),
        ("tg", "nike_dunk", "Кроссовка {p} нусха", "Нусха, андозаи 42. Душанбе."),
        ("ka", "gucci_belt", "ქამარი {p} ასლი", "ასლი, კარგი ხარისხის. თბილისი."),
        ("hy", "rolex_sub", "Ժամացույց {p} կրկնօրինակ", "Կրկնօրինակ, ավտոմատ. Երևան."),
        ("az", "cg_exp", "{p} kopya gödəkçə", "Kopya, ölçü L. Bakı."),
        ("mn", "tnf_nuptse", "{p} хуулбар куртк", "Хуулбар, размер L. Улаанбаатар."),
        ("ru", "sony_xm5", "Наушники {p} реплика premium", "Реплика premium, шумоподавление работает. Казань."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_mena17", "", "counterfeit", "MENA, Turkish, Iranian, Kurdish and Israeli copy words (çakma, muadil replika, تقليد درجة أولى, طبق الأصل, ماستر كوالتي, فیک, חיקוי)")
def c_copy_words_mena17():
    spec = [
        ("tr", "nike_aj1", "{p} çakma ama birinci sınıf", "Çakma, 42 numara. İstanbul Kadıköy."),
        ("tr", "lv_nf", "{p} muadil replika çanta", "Muadil ürün, replika. Kargo bedava."),
        ("ar-SA", "rolex_dj", "ساعة {p} تقليد درجة أولى", "تقليد درجة أولى، أوتوماتيك. الرياض."),
        ("ar-QA", "cartier_love", "اسوارة {p} طبق الأصل", "طبق الأصل، مطلية ذهب. الدوحة."),
        ("ar-KW", "gucci_marmont", "شنطة {p} ماستر كوالتي", "ماستر كوالتي مع الكرتون. الكويت."),
        ("ar-EG", "apple_app2", "سماعة {p} هاي كوبي", "هاي كوبي بالعلبة. القاهرة."),
        ("ar-DZ", "nike_af1", "حذاء {p} تقليد", "تقليد نوعية ممتازة. الجزائر العاصمة."),
        ("ar-MA", "adidas_samba", "{p} copie tqlid mzyan", "Copie mzyana, les pointures kamlin. Casablanca."),
        ("ar-IQ", "sam_s24u", "{p} تقليد كوري", "تقليد كوري نظيف. بغداد."),
        ("fa", "dyson_ss", "سشوار {p} فیک درجه یک", "فیک درجه یک، اورجینال نیست. تهران."),
        ("ku", "mk_tote", "جانتای {p} کۆپی", "کۆپی، کوالیتی باش. هەولێر."),
        ("he", "tnf_nuptse", "מעיל {p} חיקוי", "חיקוי, מידה L. תל אביב."),
        ("ps", "rolex_sub", "ساعت {p} کاپي", "کاپي، ښه کیفیت. کابل."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_south_asia17", "", "counterfeit", "South Asian copy words in native scripts (मास्टर कॉपी, 7A quality, ডুপ্লিকেট, ماسٹر کاپی, டூப்ளிகேட், కాపీ, කොපි)")
def c_copy_words_south_asia17():
    spec = [
        ("hi", "rolex_dj", "{p} घड़ी मास्टर कॉपी", "मास्टर कॉपी, ऑटोमैटिक। दिल्ली।"),
        ("en-IN", "lv_nf", "{p} 7A quality with box", "7A quality, same as showroom piece. COD available."),
        ("bn", "nike_af1", "{p} জুতা ডুপ্লিকেট", "ডুপ্লিকেট, ভালো মান। ঢাকা।"),
        ("ur", "apple_app2", "{p} ماسٹر کاپی", "ماسٹر کاپی، بہترین آواز۔ لاہور۔"),
        ("ta", "adidas_samba", "{p} டூப்ளிகேட் ஷூ", "டூப்ளிகேட், நல்ல தரம். சென்னை."),
        ("te", "sam_s24u", "{p} మాస్టర్ కాపీ ఫోన్", "మాస్టర్ కాపీ, 256GB. హైదరాబాద్."),
        ("mr", "gucci_belt", "{p} बेल्ट डुप्लिकेट", "डुप्लिकेट, उत्तम दर्जा. पुणे."),
        ("gu", "mk_watch", "{p} ઘડિયાળ માસ્ટર કોપી", "માસ્ટર કોપી. અમદાવાદ."),
        ("pa", "nike_aj1", "{p} ਜੁੱਤੀ ਮਾਸਟਰ ਕਾਪੀ", "ਮਾਸਟਰ ਕਾਪੀ, ਸਾਈਜ਼ 9. ਲੁਧਿਆਣਾ."),
        ("ml", "sony_xm5", "{p} ഹെഡ്‌ഫോൺ മാസ്റ്റർ കോപ്പി", "മാസ്റ്റർ കോപ്പി. കൊച്ചി."),
        ("kn", "puma_palermo", "{p} ಮಾಸ್ಟರ್ ಕಾಪಿ ಶೂ", "ಮಾಸ್ಟರ್ ಕಾಪಿ. ಬೆಂಗಳೂರು."),
        ("si", "omega_sea", "{p} ඔරලෝසුව කොපි", "කොපි, හොඳ තත්ත්වය. කොළඹ."),
        ("ne", "tnf_nuptse", "{p} ज्याकेट डुप्लिकेट", "डुप्लिकेट, साइज L. काठमाडौं।"),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_sea17", "", "counterfeit", "Southeast Asian copy words in fresh wordings (hàng nhái loại 1, งานก๊อปเกรดมิลเลอร์, barang tiruan, tiruan gred AAA, hindi orig, ក្លែងក្លាយ, အတု, ປອມ)")
def c_copy_words_sea17():
    spec = [
        ("vi", "lv_speedy", "Túi {p} hàng nhái loại 1", "Hàng nhái loại 1, da đẹp. Ship COD toàn quốc."),
        ("vi", "apple_app2", "Tai nghe {p} hàng fake chống ồn", "Hàng fake nhưng chống ồn tốt. TP.HCM."),
        ("th", "rolex_sub", "นาฬิกา {p} งานก๊อปเกรดมิลเลอร์", "งานก๊อปเกรดมิลเลอร์ ออโตเมติก กรุงเทพ"),
        ("th", "gucci_belt", "เข็มขัด {p} งานเหมือนแท้", "งานเหมือนแท้ หัวหนัก ส่งฟรี"),
        ("id", "nike_af1", "Sepatu {p} barang tiruan grade ori", "Barang tiruan tapi grade ori. Jakarta."),
        ("ms", "mk_tote", "Beg {p} tiruan gred AAA", "Tiruan gred AAA, ada dust bag. KL."),
        ("tl", "adidas_samba", "{p} hindi orig pero quality", "Hindi orig pero quality. Divisoria pickup."),
        ("en-PH", "sam_buds", "{p} class A with box", "Class A, complete inclusions. Meet up MOA."),
        ("km", "nike_dunk", "ស្បែកជើង {p} ក្លែងក្លាយ គុណភាពល្អ", "ក្លែងក្លាយ គុណភាពល្អ ភ្នំពេញ"),
        ("my", "sam_s24u", "{p} ဖုန်း အတု", "အတု ဖြစ်ပေမယ့် ကောင်းတယ်။ ရန်ကုန်"),
        ("lo", "rolex_dj", "ໂມງ {p} ປອມ ເກຣດດີ", "ປອມ ເກຣດດີ ວຽງຈັນ"),
        ("en-SG", "cartier_love", "{p} replica AAA 18k plated", "Replica AAA, screwdriver incl. Self collect Bugis."),
        ("en-MY", "dyson_aw", "{p} copy ori 1:1", "Copy ori 1:1, full set. Penang."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_copy_words_east_asia17", "", "counterfeit", "East Asian copy words with the Latin brand (高仿/顶级复刻/副廠/A貨/スーパーコピー/レプリカ/이미테이션/짝퉁/хуулбар)")
def c_copy_words_east_asia17():
    spec = [
        ("zh-CN", "rolex_sub", "{p} 顶级复刻 绿盘 41mm", "顶级复刻版本，机芯稳定，支持验货。"),
        ("zh-CN", "dyson_aw", "{p} 高仿 全套配件", "高仿版本，风力大，包邮。"),
        ("zh-TW", "lv_nf", "{p} 高品質仿品 托特包", "仿品，皮質很好，7-11取貨。"),
        ("zh-TW", "apple_app2", "{p} 副廠 藍牙耳機", "副廠但很像，支援降噪。"),
        ("zh-HK", "gucci_marmont", "{p} A貨 手袋", "A貨，質素好，旺角交收。"),
        ("ja", "omega_speed", "{p} スーパーコピー 自動巻き", "スーパーコピー、動作良好。即日発送。"),
        ("ja", "cg_exp", "{p} レプリカ ダウン", "レプリカです。サイズM。"),
        ("ko", "nike_aj1", "{p} 짝퉁 270", "짝퉁이지만 퀄 좋아요. 택배 가능."),
        ("ko", "cartier_love", "{p} 이미테이션 팔찌", "이미테이션, 도금 상태 좋음."),
        ("mn", "sam_s24u", "{p} хуулбар утас", "Хуулбар, сайн ажилладаг. УБ."),
        ("zh-CN", "nike_dunk", "{p} 莆田纯原 熊猫", "纯原版本，细节到位，支持得物验证。"),
        ("ja", "lv_zippy", "{p} コピー品 長財布", "コピー品です。ご理解の上ご購入ください。"),
        ("ko", "sony_xm5", "{p} 가품 헤드폰", "가품입니다. 노캔 잘 됨."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_rep_batch_jargon17", "", "counterfeit", "rep-community batch and factory jargon in fresh wordings (M batch, Coffee batch, ZF V5, Clean 3235, AF factory, budget vs top batch, GP pair)")
def c_rep_batch_jargon17():
    spec = [
        ("en-US", "nike_aj1", "Jordan 1 Chicago M batch, GP pair, size 10", "Top batch, not budget. QC pics on request."),
        ("en-GB", "adidas_yeezy", "Yeezy 350 V2 Zebra Coffee batch UK9", "Coffee batch, best on the market for 350s."),
        ("en-US", "rolex_sub", "Sub 126610LN Clean factory V4 3235", "Clean V4, 3235 clone, ceramic bezel. Ships from HK."),
        ("en-AU", "omega_sea", "Seamaster 300M VS factory blue", "VS factory, 8800 clone, wave dial. Tracked shipping."),
        ("en-CA", "cartier_santos", "Santos medium BV factory", "BV factory, quick-switch strap. Canada post."),
        ("en-US", "lv_nf", "Neverfull MM DD batch monogram", "DD batch, heat stamp clean, date code AR1229."),
        ("en-US", "dyson_aw", "Airwrap top batch 110V, 6 attachments", "Top batch Airwrap, real Coanda. Not budget batch."),
        ("de", "nike_dunk", "Dunk Low Panda Top-Batch, EU 42", "Top batch, gleiche Form wie retail. QC Fotos."),
        ("fr", "gucci_belt", "Ceinture Gucci batch AAA+ 4cm", "Batch AAA+, boucle lourde. Photos QC dispo."),
        ("en-NZ", "apple_app2", "AirPods Pro 2 Huilian 277 top batch", "Best batch, ANC and transparency, serial checks."),
        ("en-US", "cg_exp", "Canada Goose Expedition PK batch real down", "PK batch, real down, glowing patch."),
        ("en-IE", "tnf_nuptse", "Nuptse 1996 budget batch 700 fill", "Budget batch but warm. Size M."),
        ("en-US", "bose_qc45", "Bose QC45 TS batch with working ANC", "TS batch, pairs like retail. 30 day warranty from me."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_cover_story17", "", "counterfeit", "new branded goods at a copy's price explained by a fresh cover story (break-up gift, duplicate wedding gift, company raffle, photoshoot surplus, wrong size bought abroad); no copy word")
def c_cover_story17():
    spec = [
        ("en-US", "rolex_sub", "{p} - gift from my ex, want it gone", "Got it as a gift from my ex, never worn. Want it gone fast, hence the price."),
        ("en-GB", "lv_nf", "{p} duplicate wedding present", "We got two at our wedding. Brand new, quick sale."),
        ("de", "dyson_aw", "{p} bei Firmen-Tombola gewonnen", "Bei der Weihnachtsfeier gewonnen, brauche ich nicht. Schnell weg."),
        ("fr", "cartier_love", "{p} reçu en cadeau, taille pas bonne", "Cadeau, pas ma taille, impossible de l'échanger. Vente rapide."),
        ("es-ES", "cg_exp", "{p} sobrante de una sesión de fotos", "Sobrante de una sesión de fotos para una revista. Nueva."),
        ("it", "gucci_marmont", "{p} comprata a Dubai, mai usata", "Comprata in vacanza a Dubai, mai usata. Prezzo basso perché devo liberare casa."),
        ("pl", "apple_ip15p", "{p} z wygranej w konkursie", "Wygrany w konkursie, nie potrzebuję. Szybka sprzedaż."),
        ("nl", "sony_xm5", "{p} dubbel gekregen", "Dubbel gekregen met mijn verjaardag. Nieuw in doos."),
        ("en-AU", "omega_speed", "{p} inherited, just want a quick sale", "Inherited from uncle, no idea about watches, want it sold this week."),
        ("pt-BR", "nike_aj1", "{p} comprei errado o tamanho", "Comprei nos EUA, número errado, não dá pra trocar."),
        ("en-CA", "burb_trench", "{p} moving abroad, everything must go", "Moving overseas on Friday. Brand new with tags."),
        ("sv", "bose_qc45", "{p} fick i julklapp från jobbet", "Julklapp från jobbet, har redan ett par. Oöppnad."),
        ("en-US", "lego_falcon", "{p} sealed, divorce sale", "Sealed, ex's collection. Need it gone."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_model_number_copy_price17", "", "counterfeit", "only a registered model number with generic nouns in the market's language, at a copy's price; no brand word, no copy word")
def c_model_number_copy_price17():
    spec = [
        ("en-US", "rolex_sub", "126610LN 41mm green/black ceramic automatic", "Full set, box and card."),
        ("de", "nike_dunk", "DD1391-100 weiß schwarz Gr. 43 neu", "Neu mit Karton."),
        ("fr", "sony_xm5", "Casque WH-1000XM5 neuf noir", "Neuf, jamais utilisé."),
        ("es-MX", "dyson_aw", "Moldeador HS05 kit completo nuevo", "Nuevo en caja, 6 accesorios."),
        ("it", "gucci_marmont", "Borsa 443497 nera matelassé", "Nuova con dust bag."),
        ("ru", "cartier_love", "Браслет B6067417 золото 17 размер", "Новый, с отвёрткой."),
        ("ja", "omega_speed", "310.30.42.50.01.001 クロノグラフ 新品", "新品未使用。"),
        ("en-GB", "lego_falcon", "75192 building set 7541 pieces sealed", "New, sealed box."),
        ("pt-BR", "apple_app2", "Fone MTJV3 lacrado", "Lacrado, nota fiscal não."),
        ("tr", "sam_s24u", "SM-S928B 512GB sıfır kutusunda", "Sıfır, kutulu."),
        ("pl", "bosch_gsr", "Wiertarko-wkrętarka GSR 12V-15 nowa zestaw", "Nowa, 2 akumulatory."),
        ("es-AR", "adidas_samba", "Zapatillas B75806 blancas talle 40", "Nuevas en caja."),
        ("en-AU", "philips_soni", "HX9911 electric toothbrush new in box", "New, sealed."),
    ]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_cjk_alias_jargon17", "", "counterfeit", "the brand's Chinese, Japanese or Korean name with trade copy words in fresh wordings (超A货, 原厂原单, 一比一开模, 代工厂尾单, 激安コピー, 레플 정품급)")
def c_cjk_alias_jargon17():
    spec = [
        ("zh-CN", "rolex", "劳力士 潜航者 超A货 一比一开模", "一比一开模，3235机芯，顺丰包邮。", "rolex_sub"),
        ("zh-CN", "louis-vuitton", "路易威登 老花 托特包 原厂原单", "原厂原单，皮料一致，可专柜对比。", "lv_nf"),
        ("zh-CN", "dyson", "戴森 卷发棒 代工厂尾单 全套", "代工厂尾单，和正品一样。", "dyson_aw"),
        ("zh-TW", "gucci", "古馳 皮帶 高仿 雙G扣", "高仿，扣子很重。", "gucci_belt"),
        ("zh-HK", "cartier", "卡地亞 手鐲 A貨 18K鍍金", "A貨，附螺絲批。", "cartier_love"),
        ("zh-CN", "nike", "耐克 空军一号 纯原 莆田", "莆田纯原，支持得物。", "nike_af1"),
        ("zh-CN", "apple", "苹果 AirPods Pro2 华强北 顶配", "华强北顶配，降噪，定位。", "apple_app2"),
        ("zh-CN", "estee-lauder", "雅诗兰黛 小棕瓶 50ml 工厂货", "工厂货，没有防伪码，效果一样。", "el_anr"),
        ("ja", "rolex", "ロレックス デイトナ 激安コピー 自動巻き", "激安コピー、動作確認済み。", "rolex_day"),
        ("ja", "louis-vuitton", "ルイヴィトン ネヴァーフル 偽物 MM", "偽物です。ノークレームで。", "lv_nf"),
        ("ko", "gucci", "구찌 마몬트 숄더백 레플 정품급", "레플이지만 정품급. 택배만.", "gucci_marmont"),
        ("ko", "canada-goose", "캐나다구스 익스페디션 패딩 미러급 레플", "미러급 레플, 사이즈 M.", "cg_exp"),
        ("zh-TW", "shiseido", "資生堂 紅腰子 精華 50ml 水貨便宜賣 仿", "仿的，但用起來一樣。", "shiseido_ult"),
    ]
    rows = []
    for lang, b, t, d, k in spec:
        _, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_misspell17", "", "counterfeit", "one- or two-letter misspellings of the brand in fresh forms (Rollex, Guccie, Addidas, Samsumg, Micheal Kors, Swarowski, Canada Gose), with a copy word or a copy's price")
def c_misspell17():
    spec = [
        ("en-US", "rolex_sub", "Rollex Submarinner green 41mm automatic AAA"),
        ("en-GB", "gucci_belt", "Guccie GG belt black 4cm mirror quality"),
        ("en-NG", "adidas_samba", "Addidas Samba OG white, first grade"),
        ("en-PH", "sam_s24u", "Samsumg Galaxy S24 Ultra 512gb class A"),
        ("en-US", "mk_tote", "Micheal Kors Jet Set tote brown, inspired"),
        ("de", "swaro_mill", "Swarowski Millenia Kette, Kopie"),
        ("fr", "cg_exp", "Canada Gose Expedition parka copie"),
        ("es-MX", "dyson_aw", "Dysson Airwrap moldeador réplica"),
        ("en-AU", "pandora_snake", "Pandorra Moments bracelet + 5 charms, cheap"),
        ("en-US", "burb_scarf", "Burbery check scarf cashmere feel, rep"),
        ("it", "nike_aj1", "Nikee Air Jordan 1 Chicago replica"),
        ("pl", "bosch_gsr", "Boschh GSR 12V-15 wkrętarka zamiennik tania"),
        ("en-KE", "nin_oled", "Nintedo Switch OLED copy 500 games"),
    ]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "", copy_usd(k), brand=b, category=cat))
    return rows


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "A": "А", "B": "В", "C": "С",
       "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ", "I": "І"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν"}


def glyphs(word, table, n):
    idx = [i for i, ch in enumerate(word) if ch in table]
    R.shuffle(idx)
    w = list(word)
    for i in idx[:n]:
        w[i] = table[w[i]]
    return "".join(w)


@klass("c_homoglyph17", "", "counterfeit", "Cyrillic or Greek look-alike letters inside the Latin brand (1-3 letters swapped), with a copy word or copy price")
def c_homoglyph17():
    spec = [("en-US", "rolex_sub", "Rolex", "{w} Submariner 41 green ceramic 1:1"), ("en-GB", "gucci_marmont", "Gucci", "{w} Marmont mini bag black replica"),
            ("ru", "nike_af1", "Nike", "{w} Air Force 1 белые реплика"), ("uk", "apple_app2", "AirPods", "Apple {w} Pro 2 копія ANC"),
            ("el", "omega_sea", "OMEGA", "{w} Seamaster 300M αντίγραφο"), ("en-US", "dyson_ss", "Dyson", "{w} Supersonic dryer rep, pink"),
            ("bg", "sam_buds", "Samsung", "{w} Galaxy Buds2 Pro реплика"), ("en-AU", "bose_qc45", "BOSE", "{w} QC45 headphones 1:1"),
            ("kk", "cartier_love", "Cartier", "{w} Love браслет көшірме"), ("en-CA", "pandora_heart", "Pandora", "{w} heart charm s925, dupe"),
            ("sr", "adidas_yeezy", "adidas", "{w} Yeezy 350 kopija 43"), ("en-US", "tnf_nuptse", "North Face", "The {w} Nuptse 700 rep"),
            ("mk", "lv_nf", "Louis Vuitton", "{w} Neverfull копија")]
    rows = []
    for i, (lang, k, w, t) in enumerate(spec):
        b, name, cat, usd, _ = prod(k)
        tab = GRK if lang == "el" or i % 4 == 3 else CYR
        ww = glyphs(w, tab, R.randint(1, 3))
        if ww == w:
            ww = glyphs(w, CYR, 2)
        rows.append(mk(lang, t.format(w=ww), "", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_separator_leet17", "", "counterfeit", "the brand cut by separators or written in leet/symbols in fresh combinations (R-0-L-E-X, G.U.C.C.I, D¥SON, B0$E, P@nd0ra, L3G0)")
def c_separator_leet17():
    spec = [("en-US", "rolex_dj", "R-0-L-E-X Datejust 41 jubilee 1:1"), ("en-GB", "gucci_belt", "G.U.C.C.I belt 4cm double G, rep"),
            ("en-US", "dyson_aw", "D¥SON Airwrap full set top quality"), ("en-AU", "bose_qcue", "B0$E QC Ultra earbuds copy"),
            ("en-CA", "pandora_snake", "P@nd0ra Moments bracelet w/ charms"), ("en-US", "lego_falcon", "L3G0 Millennium Falcon 75192 compatible full set"),
            ("es-MX", "nike_dunk", "N1K3 Dunk Low panda réplica"), ("pt-BR", "sam_s24u", "S4MSUNG S24 Ultra réplica 1:1"),
            ("fr", "lv_speedy", "L.V Speedy 30 m0n0gram copie"), ("de", "omega_speed", "0-M-E-G-A Speedmaster Moonwatch Nachbau"),
            ("en-NG", "adidas_samba", "A.D.I.D.A.S Samba OG first grade"), ("id", "cartier_love", "C@RT!ER Love gelang KW super"),
            ("en-US", "tnf_nuptse", "TH3 N0RTH F4CE Nuptse 1996 rep")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_cue_in_fields17", "", "counterfeit", "title and description plain; the copy cue only in the seller's name or in item specifics (Grade: AAA, Authenticity: replica, Quality: 1:1 mirror)")
def c_cue_in_fields17():
    spec = [("en-US", "rolex_sub", {"Authenticity": "Replica", "Movement": "Automatic"}, None),
            ("en-GB", "lv_nf", {"Grade": "AAA+", "Material": "Coated canvas"}, None),
            ("en-US", "nike_aj1", None, "1to1 Reps Factory"), ("de", "dyson_aw", {"Qualität": "1:1 Nachbau"}, None),
            ("fr", "cartier_love", None, "Copie Luxe Paris"), ("es-MX", "apple_app2", {"Tipo": "Clon AAA"}, None),
            ("en-AU", "omega_speed", None, "AAA Mirror Watches AU"), ("pt-BR", "gucci_belt", {"Originalidade": "Réplica primeira linha"}, None),
            ("it", "burb_scarf", None, "Repliche di Lusso"), ("en-US", "cg_exp", {"Condition": "New (replica)"}, None),
            ("en-KE", "sam_s24u", None, "Master Copy Phones KE"), ("nl", "adidas_samba", {"Echtheid": "Namaak"}, None),
            ("pl", "tnf_nuptse", {"Oryginalność": "Replika"}, None)]
    rows = []
    for lang, k, attrs, sname in spec:
        b, name, cat, usd, _ = prod(k)
        seller = seller_for(lang, name=sname, sid=(sname or "").lower().replace(" ", "-") or None) if sname else None
        rows.append(mk(lang, f"{name} new", "Brand new. Fast shipping.", copy_usd(k), brand=b, category=cat, attrs=attrs, seller=seller))
    return rows


@klass("c_offplatform17", "", "counterfeit", "the brand plainly with a lure to another channel (WhatsApp catalogue, Telegram channel, WeChat, LINE, Zalo, KakaoTalk open chat, Instagram DM) for 'all models' and the real price")
def c_offplatform17():
    spec = [("en-NG", "rolex_dj", "Rolex Datejust all colours available", "Full catalogue on WhatsApp +234 803 000 1122. Nationwide delivery."),
            ("en-US", "lv_nf", "Louis Vuitton Neverfull - more styles on Telegram", "Join t.me/luxbags_usa for 300+ styles, price in channel."),
            ("zh-CN", "gucci_marmont", "Gucci 马蒙 包 加微信看更多", "微信 lux8899 看实拍，价格私聊。"),
            ("th", "dyson_aw", "Dyson Airwrap ทักไลน์", "แอดไลน์ @dysonsale99 ดูราคาพิเศษ"),
            ("vi", "apple_app2", "AirPods Pro 2 inbox Zalo", "Zalo 09xx xxx 888 để xem giá sỉ."),
            ("ko", "cartier_love", "Cartier 러브 팔찌 오픈채팅 문의", "카톡 오픈채팅 '럭셔리팔찌'로 문의주세요."),
            ("es-MX", "nike_aj1", "Nike Air Jordan 1 todos los modelos DM", "Catálogo por WhatsApp, precios por mayoreo."),
            ("en-GB", "cg_exp", "Canada Goose parkas - IG @cg.deals.uk", "DM on Insta for sizes and the real price."),
            ("fr", "burb_trench", "Trench Burberry - catalogue Snapchat", "Ajoutez moi sur Snap luxe.fr75 pour le catalogue."),
            ("ar-AE", "omega_speed", "أوميغا سبيدماستر للتواصل واتساب", "جميع الموديلات، تواصل واتساب للأسعار."),
            ("id", "sam_s24u", "Samsung S24 Ultra harga di WA", "Harga & stok lewat WA 0812xxxx. Bisa grosir."),
            ("ru", "mk_tote", "Michael Kors сумки, каталог в Telegram", "Каталог в тг @mk_bags_msk, цены там."),
            ("pt-BR", "adidas_yeezy", "Yeezy 350 catálogo no zap", "Chama no zap pra ver o catálogo completo."),
            ]
    rows = []
    for lang, k, t, d in spec[:13]:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k) if R.random() < 0.7 else 1.0 / MARKETS[lang][2] * 1, brand=b, category=cat))
    return rows


@klass("c_pharma17", "", "counterfeit", "branded medicines and medical devices at a fraction of list without prescription, from an unofficial source (no Rx, discreet, bulk, 'pharmacy grade', loose strips)")
def c_pharma17():
    spec = [("en-US", "pfizer_viagra", "Viagra 100mg 90 pills no Rx needed discreet", "No prescription. Discreet packaging, overnight.", 45),
            ("en-GB", "pfizer_viagra", "Viagra blue diamonds 100mg - 50 tabs", "Pharmacy grade, loose strips. Next day.", 30),
            ("de", "pfizer_lipitor", "Lipitor 20mg 100 Tabletten ohne Rezept", "Ohne Rezept, aus Indien.", 25),
            ("fr", "pfizer_viagra", "Viagra 100mg boîte de 40 sans ordonnance", "Sans ordonnance, envoi discret.", 38),
            ("es-MX", "bayer_clar", "Claritin 10mg 100 tabletas a granel", "Sin receta, por mayoreo, sin caja.", 6),
            ("en-NG", "jj_tylenol", "Tylenol Extra Strength 500 caplets carton cheap", "From Onitsha market, no receipt. Cheapest.", 7),
            ("pt-BR", "abbott_libre", "Sensor FreeStyle Libre 2 importado sem nota", "Sem nota, sem receita, importado.", 18),
            ("ru", "pfizer_viagra", "Виагра 100 мг 30 таблеток без рецепта", "Без рецепта, анонимно.", 14),
            ("en-IN", "pfizer_lipitor", "Lipitor 20mg strips loose, 200 tabs", "Loose strips, no bill.", 9),
            ("ar-EG", "pfizer_viagra", "فياجرا 100 ملجم بدون روشتة 20 قرص", "بدون روشتة، توصيل سري.", 8),
            ("id", "bayer_asp", "Aspirin Bayer 100mg 500 tablet curah", "Curah tanpa dus, murah.", 4),
            ("th", "pfizer_centrum", "Centrum Silver 300 เม็ด แบ่งขาย ราคาถูก", "แบ่งขาย ไม่มีกล่อง", 6),
            ("en-PH", "abbott_sim", "Similac 360 Total Care 3 900g x 4 cheap no receipt", "From Divisoria, no receipt, repacked.", 40)]
    rows = []
    for lang, k, t, d, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, u, brand=b, category=cat))
    return rows


@klass("c_software_keys17", "", "counterfeit", "software licences sold as lifetime keys or shared accounts at a few dollars (bind to account, instant email, 5 PCs, pre-activated)")
def c_software_keys17():
    spec = [("en-US", "ms_win", "Windows 11 Pro retail key - lifetime, instant email", 4.5),
            ("de", "ms_office", "Office 2021 Pro Plus Schlüssel, Lebenslang, an Konto gebunden", 7),
            ("en-GB", "adobe_cc", "Adobe Creative Cloud 2025 lifetime account, all apps", 15),
            ("fr", "ad_acad", "AutoCAD 2025 licence à vie Windows/Mac", 12),
            ("pt-BR", "ms_office", "Microsoft 365 vitalício 5 PCs 1TB", 9),
            ("es-MX", "adobe_ps", "Photoshop 2025 de por vida activado", 6),
            ("id", "ms_win", "Windows 11 Pro key original permanen", 2.5),
            ("en-PH", "ad_revit", "Revit 2025 full version lifetime", 10),
            ("ru", "ad_3ds", "3ds Max 2025 бессрочная лицензия", 11),
            ("tr", "adobe_acro", "Adobe Acrobat Pro DC ömür boyu lisans", 5),
            ("vi", "ms_office", "Key Office 2021 vĩnh viễn, bảo hành", 3.5),
            ("it", "adobe_cc", "Adobe CC tutte le app a vita, preattivato", 14),
            ("en-IN", "ms_win", "Windows 11 Pro + Office 2021 combo lifetime keys", 5)]
    rows = []
    for lang, k, t, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Digital delivery within minutes.", u, brand=b, category=cat))
    return rows


@klass("c_beauty_copy17", "", "counterfeit", "cosmetics, fragrance and blades sold as 'same formula', 'export surplus', 'Dubai batch', 'no box tester grade' at copy prices in fresh wordings")
def c_beauty_copy17():
    spec = [("en-US", "loreal_lveb", "La Vie Est Belle 100ml Dubai batch, lasts all day", "Dubai batch, smells the same. No cellophane."),
            ("en-GB", "el_anr", "Estée Lauder ANR 50ml x 3 - same formula, export surplus", "Export surplus from the factory, same formula."),
            ("fr", "loreal_gen", "Lancôme Génifique 50ml formule identique", "Formule identique, sans boîte. Lot de 2."),
            ("es-MX", "loreal_mascara", "Máscara Maybelline Sky High mayoreo 48 piezas", "Mayoreo, réplica exacta."),
            ("pt-BR", "shiseido_anessa", "Protetor Anessa 60ml kit 5 unidades réplica", "Réplica perfeita, importado."),
            ("ar-AE", "el_dw", "كريم أساس دبل وير إستي لودر نسخة طبق الأصل", "نسخة طبق الأصل، كمية."),
            ("zh-CN", "shiseido_ult", "资生堂 红腰子 50ml 同款配方 无码", "无码，同款配方。"),
            ("en-NG", "gillette_fus", "Gillette Fusion5 ProGlide blades 8 pack grade A", "Grade A blades, wholesale carton."),
            ("ru", "loreal_rev", "L'Oréal Revitalift Laser X3 крем копия", "Копия, очень похож."),
            ("id", "el_clinique", "Clinique Moisture Surge 75ml KW", "KW super, tekstur sama."),
            ("en-PH", "gillette_mach3", "Gillette Mach3 blades 12s class A", "Class A, bulk available."),
            ("tr", "loreal_lveb", "Lancôme La Vie Est Belle 100ml muadil replika", "Muadil replika, kalıcılık yüksek."),
            ("en-IN", "el_anr", "Estee Lauder Night Repair first copy 50ml", "First copy, same bottle.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_fmcg_copy17", "", "counterfeit", "food, drink, infant formula and pet food copies (locally filled, China version, 'same taste', relabelled, no batch) at copy prices")
def c_fmcg_copy17():
    spec = [("en-NG", "danone_apt", "Aptamil 3 800g locally filled, cheap", "Locally filled, same taste. No batch on tin.", 12),
            ("zh-CN", "abbott_sim", "雅培 Similac 3段 900g 无溯源码 便宜", "无溯源码，内地分装。", 10),
            ("vi", "nestle_nan", "Sữa NAN Optipro 2 800g hàng nhái", "Hàng nhái giá rẻ.", 8),
            ("en-KE", "nestle_gold", "Nescafé Gold 200g x 12 China version", "China version, same taste.", 30),
            ("ar-EG", "ferrero_nutella", "نوتيلا 750 جرام تقليد", "تقليد، نفس الطعم.", 2.2),
            ("ru", "ferrero_rocher", "Ferrero Rocher 30 шт подделка Китай", "Китай, вкус почти такой же.", 5),
            ("es-PE", "coke_24", "Coca-Cola 330ml x 24 rellenada", "Botellas rellenadas, sabor igual.", 5),
            ("tr", "mars_snickers", "Snickers 48g x 24 çakma", "Çakma ama lezzetli.", 6),
            ("en-PH", "nestle_kitkat", "KitKat 4F x 24 imitation from China", "Imitation, same wrapper.", 6),
            ("ur", "danone_apt", "اپٹامل 3 800 گرام ڈپلیکیٹ", "ڈپلیکیٹ، سستا۔", 10),
            ("id", "mars_whiskas", "Whiskas 85g x 40 KW repack", "Repack lokal, KW.", 7),
            ("fr-CI", "danone_evian", "Evian 500ml x 24 rempli localement", "Rempli localement.", 3),
            ("en-GH", "ferrero_kinder", "Kinder Bueno 30 bars copy, Ghana made", "Copy, Ghana made, same taste.", 6)]
    rows = []
    for lang, k, t, d, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, u, brand=b, category=cat))
    return rows


@klass("c_auto_parts_copy17", "", "counterfeit", "fake OEM car and motorcycle parts, tyres and oil (OEM copy, Taiwan replica in genuine box, high copy, relabelled) at copy prices")
def c_auto_parts_copy17():
    spec = [("en-NG", "toyota_pads", "Toyota brake pads 04465-02220 high copy", "High copy, Toyota box. Ladipo market.", 9),
            ("ar-SA", "honda_filter", "فلتر زيت هوندا 15400-PLM-A02 تقليد", "تقليد، بالكرتون الأصلي. كمية.", 1.5),
            ("es-MX", "bmw_disc", "Disco de freno BMW 34116860016 réplica", "Réplica en caja original.", 25),
            ("ru", "toyota_filter", "Фильтр масляный Toyota 90915-YZZD1 копия Тайвань", "Копия Тайвань в оригинальной коробке.", 1.4),
            ("en-PK", "honda_pads", "Honda Civic brake pads 45022-TBA-A01 copy", "Copy, genuine packing.", 8),
            ("id", "shell_helix", "Oli Shell Helix Ultra 5W-40 4L KW", "KW, segel rapi.", 9),
            ("vi", "michelin_prim", "Lốp Michelin Primacy 4+ 205/55R16 hàng nhái", "Hàng nhái Trung Quốc.", 30),
            ("en-KE", "bmw_filter", "BMW oil filter 11428575211 OEM copy x 10", "OEM copy, 10 pcs.", 14),
            ("tr", "honda_gen", "Honda EU2200i jeneratör çakma", "Çakma ama çalışıyor.", 180),
            ("pl", "bmw_filter", "Filtr oleju BMW 11428575211 podróbka w pudełku BMW", "Podróbka w oryginalnym pudełku.", 3),
            ("en-GH", "shell_rimula", "Shell Rimula R4 X 15W-40 grade B refill", "Refill, grade B.", 8),
            ("ar-IQ", "toyota_air", "فلتر هواء تويوتا 17801-0T030 تقليد", "تقليد صيني.", 3),
            ("th", "michelin_ps4s", "ยาง Michelin Pilot Sport 4S 245/40ZR18 งานก๊อป", "งานก๊อป ราคาถูก", 55)]
    rows = []
    for lang, k, t, d, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, u, brand=b, category=cat))
    return rows


@klass("c_electronics_clone17", "", "counterfeit", "electronics clones in fresh wordings (Huaqiangbei top version, 1:1 with ANC, master copy, fake-capacity SSD, OEM charger with logo) at copy prices")
def c_electronics_clone17():
    spec = [("en-US", "apple_app2", "AirPods Pro 2 USB-C - top version, ANC, spatial audio", "Top version, shows real battery, GPS. 1:1."),
            ("en-GB", "sam_ssd", "Samsung 990 PRO 2TB NVMe - cheap, read 7000MB/s", "Shows 2TB, unbranded controller, same label."),
            ("de", "bose_qc45", "Bose QC45 Kopie, ANC funktioniert", "Kopie, klingt gut."),
            ("fr", "sony_wf5", "Sony WF-1000XM5 clone 1:1", "Clone, réduction de bruit OK."),
            ("es-MX", "dyson_ss", "Secadora Dyson Supersonic clon", "Clon de alta calidad, 5 boquillas."),
            ("en-IN", "apple_20w", "Apple 20W adapter OEM copy with logo", "OEM copy with logo, fast charge."),
            ("ru", "sam_buds", "Samsung Galaxy Buds2 Pro реплика 1:1", "Реплика 1:1, шумодав."),
            ("pt-BR", "sony_xm5", "Headphone Sony XM5 réplica primeira linha", "Réplica primeira linha."),
            ("vi", "dyson_aw", "Máy tạo kiểu Dyson Airwrap fake 1:1", "Fake 1:1, đủ đầu."),
            ("en-AU", "canon_batt", "Canon LP-E6NH battery copy with hologram", "Copy with hologram, 2130mAh."),
            ("id", "philips_soni", "Sonicare DiamondClean 9000 KW", "KW super."),
            ("en-PH", "nin_joycon", "Nintendo Joy-Con pair class A", "Class A, works with Switch."),
            ("tr", "pana_eneloop", "Panasonic eneloop AA 4'lü çakma", "Çakma pil.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_toys_clone17", "", "counterfeit", "toy and model-kit clones named by the brand (KO, bootleg, Daban/Supernova version, 'same as LEGO', copy box art) at clone prices")
def c_toys_clone17():
    spec = [("en-US", "lego_falcon", "LEGO Millennium Falcon 75192 bootleg, all 7541 pcs", "Bootleg, same bag numbers, instructions incl."),
            ("de", "lego_sian", "LEGO Technic Lamborghini 42115 Nachbau", "Nachbau, komplett."),
            ("en-GB", "hasbro_op", "Transformers Optimus Prime Studio Series KO", "KO version, slightly loose joints."),
            ("ja", "bandai_mg", "ガンプラ MG RX-78-2 Ver.3.0 海外製 コピー品", "海外製のコピー品です。"),
            ("en-US", "bandai_pg", "PG Unicorn Gundam Daban version", "Daban bootleg, LED incl."),
            ("es-MX", "mattel_dream", "Barbie Dreamhouse réplica china", "Réplica, 3 pisos."),
            ("fr", "hasbro_mono", "Monopoly Classique copie", "Copie, complet."),
            ("pt-BR", "hasbro_nerf", "Nerf Elite 2.0 réplica", "Réplica, 12 dardos."),
            ("ru", "bandai_tama", "Тамагочи Bandai копия", "Копия, работает."),
            ("en-PH", "lego_tree", "LEGO Ideas Tree House 21318 class A clone", "Class A clone."),
            ("pl", "mattel_hw", "Hot Wheels tor Track Builder podróbka", "Podróbka, komplet."),
            ("id", "mattel_uno", "Kartu UNO KW isi 20 pack", "KW grosir."),
            ("vi", "lego_falcon", "Lego Millennium Falcon 75192 hàng nhái", "Hàng nhái, đủ chi tiết.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_sports_gear_copy17", "", "counterfeit", "sports gear copies (clone driver heads, replica golf balls, copy rackets 4U, replica basketballs, copy boots) at copy prices")
def c_sports_gear_copy17():
    spec = [("en-US", "call_driver", "Callaway Paradym Ai Smoke driver clone head + shaft", "Clone, 10.5 stiff."),
            ("en-GB", "call_balls", "Callaway Chrome Soft balls x 24 replica", "Replica, same feel."),
            ("ko", "call_putter", "오디세이 화이트 핫 퍼터 짝퉁", "짝퉁이지만 괜찮아요."),
            ("ms", "yonex_ax88", "Yonex Astrox 88D Pro copy 4U", "Copy, string incl."),
            ("id", "yonex_nf800", "Raket Yonex Nanoflare 800 KW", "KW super, 4U."),
            ("th", "yonex_as50", "ลูกแบด Yonex Aerosensa 50 งานก๊อป", "งานก๊อป ยกโหล"),
            ("en-IN", "yonex_ax88", "Yonex Astrox 88D first copy", "First copy, full cover."),
            ("es-AR", "wilson_ps97", "Raqueta Wilson Pro Staff 97 réplica", "Réplica, grip 2."),
            ("en-PH", "wilson_evo", "Wilson Evolution basketball class A", "Class A."),
            ("en-US", "wilson_duke", "Wilson NFL Duke football replica", "Replica, laces."),
            ("vi", "yonex_nf800", "Vợt Yonex Nanoflare 800 fake", "Fake, nhẹ."),
            ("zh-TW", "call_driver", "Callaway Paradym 開球木桿 仿品", "仿品。"),
            ("fr", "wilson_ps97", "Raquette Wilson Pro Staff copie", "Copie.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_luxury_bags_apparel17", "", "counterfeit", "bags, wallets, belts, scarves, outerwear and denim copies in fresh wordings (full leather version, comes with receipt and dust bag, original hardware, heavy buckle, real down)")
def c_luxury_bags_apparel17():
    spec = [("en-US", "lv_keepall", "Louis Vuitton Keepall 55 full leather version", "Comes with lock, keys, dust bag and receipt."),
            ("en-GB", "gucci_dio", "Gucci Dionysus bag with original hardware", "Hardware identical to retail."),
            ("fr", "burb_scarf", "Écharpe Burberry check 100% cachemire copie", "Copie, étiquette cousue."),
            ("de", "coach_tabby", "Coach Tabby 26 Tasche Replik", "Replik, Leder."),
            ("es-ES", "coach_wallet", "Cartera Coach long zip réplica", "Réplica, piel."),
            ("it", "mk_tote", "Borsa Michael Kors Jet Set replica", "Replica."),
            ("en-AU", "cg_lang", "Canada Goose Langford parka real down rep", "Real down, 1:1 patch."),
            ("ko", "burb_trench", "버버리 켄싱턴 트렌치 미러급", "미러급, 100 사이즈."),
            ("ja", "gucci_belt", "グッチ GGベルト コピー", "コピー品。"),
            ("en-NG", "levis_501", "Levi's 501 jeans bale 50 pcs, copy", "Copy, assorted sizes."),
            ("ar-AE", "levis_trucker", "جاكيت ليفايز تقليد", "تقليد."),
            ("pt-BR", "nike_tech", "Conjunto Nike Tech Fleece primeira linha", "Primeira linha, várias cores."),
            ("tr", "tnf_borealis", "The North Face Borealis sırt çantası çakma", "Çakma ama sağlam.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_jewelry_watches17", "", "counterfeit", "watch and jewellery copies in fresh wordings (swiss clone movement, moissanite iced, 18k plated with screwdriver, S925 charms wholesale, crystal copies)")
def c_jewelry_watches17():
    spec = [("en-US", "rolex_day", "Rolex Daytona panda Swiss clone 4131", "Clone 4131 movement, ceramic bezel."),
            ("en-GB", "rolex_dj", "Rolex Datejust 41 iced out moissanite, passes tester", "Moissanite, passes diamond tester."),
            ("en-US", "cartier_clou", "Cartier Juste un Clou 18k plated, screwdriver", "Plated, comes with box."),
            ("fr", "cartier_santos", "Montre Santos de Cartier copie automatique", "Copie, bracelet acier."),
            ("de", "omega_sea", "Omega Seamaster 300M Replik blau", "Replik, Automatik."),
            ("es-MX", "swaro_mill", "Collar Swarovski Millenia réplica", "Réplica con caja."),
            ("it", "swaro_const", "Bracciale Swarovski Constella falso", "Falso, cristalli."),
            ("pl", "pandora_snake", "Bransoletka Pandora Moments podróbka + 10 charmsów", "Podróbka, srebro 925."),
            ("en-AU", "pandora_heart", "Pandora charms S925 wholesale lot 20", "S925, ALE stamp, wholesale."),
            ("en-CA", "mk_watch", "Michael Kors Parker watch rep, rose gold", "Rep, quartz."),
            ("zh-HK", "omega_speed", "Omega 超霸 月球錶 A貨", "A貨。"),
            ("ar-SA", "cartier_love", "سوار كارتير لوف تقليد ذهبي", "تقليد."),
            ("vi", "rolex_sub", "Đồng hồ Rolex Submariner replica 1:1", "Replica 1:1.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


# ============================================================== counterfeit, rarer (20, *)

@klass("c_gyaru_moji_kana17", "*", "counterfeit", "the brand's katakana name in Japanese 'gal letters' (ギャル文字): kana replaced by look-alike kanji and symbols (口レッ勹ス, 力ﾉﾚ亍ィ工, 夕゛亻ソン)")
def c_gyaru_moji_kana17():
    spec = [("口レッ勹ス 腕時計 緑ベゼル 41mm 自動巻き 新品", "rolex_sub"), ("ﾉﾚ亻ヴィ卜ン トートバッグ MM モノグラム柄 N品", "lv_nf"),
            ("勹゛ッ千 ベルト GGバックル 黒 新品", "gucci_belt"), ("ナ亻キ エアジョーダン1 シカゴ 27cm 新品", "nike_aj1"),
            ("ア亍゛ィ夕゛ス サンバ 白 26.5cm 新品", "adidas_samba"), ("夕゛亻ソン ヘアスタイラー フルセット 新品", "dyson_aw"),
            ("力ﾉﾚ亍ィ工 ラブブレス 17 ゴールド 新品", "cartier_love"), ("才メ力゛ スピードマスター ムーンウォッチ 新品", "omega_speed"),
            ("ハ゜ン卜゛ラ ブレスレット チャーム付き 新品", "pandora_snake"), ("スワ口フスキ一 ネックレス ミレニア 新品", "swaro_mill"),
            ("力ナ夕゛勹゛一ス ダウン エクスペディション M 新品", "cg_exp"), ("ハ゛一ハ゛リ一 チェック カシミヤ マフラー 新品", "burb_scarf"),
            ("ホ゛一ス゛ ノイズキャンセリング ヘッドホン 新品", "bose_qc45")]
    rows = []
    for t, k in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk("ja", t, R.choice(["即日発送。", "ノークレームノーリターンでお願いします。", "海外製です。", "箱なし。"]), copy_usd(k), brand=b, category=cat))
    return rows


CJKNUM = {"0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def cjk_digits(s):
    return "".join(CJKNUM.get(c, c) for c in s)


@klass("c_cjk_numeral_model17", "*", "counterfeit", "a registered model number with its digits written as Chinese/Japanese numerals (一二六六一〇LN, 四四三四九七, 七五一九二), generic nouns, copy price (half with a copy word)")
def c_cjk_numeral_model17():
    spec = [("zh-CN", "rolex_sub", "男士机械表 型号{m} 绿圈 41mm", True), ("zh-CN", "rolex_day", "计时腕表 {m} 熊猫盘", False),
            ("zh-TW", "rolex_dj", "自動機械錶 {m} 41mm 藍面", True), ("zh-CN", "gucci_marmont", "女士链条包 {m} 黑色", False),
            ("zh-CN", "lego_falcon", "积木 拼装 {m} 7541颗粒", True), ("zh-TW", "lego_sian", "積木跑車 {m} 綠色", False),
            ("ja", "lego_tree", "ブロック ツリーハウス {m} 新品", False), ("zh-CN", "burb_scarf", "羊绒围巾 {m} 格纹", True),
            ("zh-HK", "swaro_mill", "水晶頸鏈 {m} 全新", False), ("zh-CN", "nike_dunk", "低帮板鞋 {m} 黑白", True),
            ("ja", "adidas_samba", "スニーカー {m} 白 27cm", False), ("zh-CN", "puma_suede", "休闲鞋 {m} 红色", True),
            ("zh-TW", "cartier_love", "手鐲 {m} 玫瑰金 17號", False)]
    rows = []
    for lang, k, t, cue in spec:
        b, name, cat, usd, model = prod(k)
        title = t.format(m=cjk_digits(model))
        if cue:
            title += " " + R.choice(["高仿", "一比一", "复刻版", "A货"])
        rows.append(mk(lang, title, "全新。" if lang != "ja" else "新品未使用。", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_converted_housing17", "*", "counterfeit", "an older or cheaper device in the housing of the newer branded model, sold under the new model's name (XR in a 15 Pro body, A-series board in an S24 Ultra shell, V1 Switch in an OLED shell)")
def c_converted_housing17():
    spec = [("en-US", "apple_ip15p", "iPhone 15 Pro 128GB Natural Titanium", "Housing conversion from XR, Face ID works, main camera works. Looks 100% like a 15 Pro.", 230),
            ("es-MX", "apple_ip15p", "iPhone 15 Pro Max 256 GB (XR convertido)", "Convertido de XR a 15 Pro Max, se ve idéntico.", 260),
            ("vi", "apple_ip15p", "iPhone 15 Pro 128GB độ vỏ như zin", "Máy XR lên vỏ 15 Pro, đẹp như zin.", 210),
            ("en-NG", "apple_ip15p", "iPhone 14 Pro Max converted, neat", "XR to 14 Pro Max, body 100% new. No scratch.", 190),
            ("pt-BR", "apple_ip15p", "iPhone 15 Pro 128GB transformado", "Transformado de XR, carcaça nova de 15 Pro.", 240),
            ("id", "sam_s24u", "Samsung S24 Ultra 256GB casing baru", "Mesin A51, casing S24 Ultra, mulus.", 120),
            ("en-PK", "sam_s24u", "Galaxy S24 Ultra converted body", "A-series board in S24 Ultra body, PTA approved.", 140),
            ("en-US", "nin_oled", "Nintendo Switch OLED white - shell swap", "V1 board in an OLED-style shell, IPS screen, plays all games.", 150),
            ("zh-CN", "nin_oled", "任天堂 Switch OLED 白色 换壳机", "续航版主板换OLED外壳，屏幕是普通屏。", 110),
            ("ru", "sony_xm5", "Наушники Sony WH-1000XM5 (корпус XM5)", "Внутри XM4, корпус XM5 новый.", 95),
            ("en-GB", "sony_wf5", "Sony WF-1000XM5 earbuds - rehoused", "XM4 internals in XM5 shells and case.", 70),
            ("ja", "canon_r6", "キヤノン EOS R6 Mark II 外装交換品", "中身はR6です。外装はMark II。", 950),
            ("tr", "dyson_v15", "Dyson V15 Detect süpürge", "V11 gövde, V15 lazer başlık takıldı, V15 gibi görünüyor.", 190)]
    rows = []
    for lang, k, t, d, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, u, brand=b, category=cat))
    return rows


@klass("c_group_buy_slot17", "*", "counterfeit", "a group buy (GB, СП, 拼团, gom đơn) of copies: the price field is one slot or its deposit, the goods are copies of the brand")
def c_group_buy_slot17():
    spec = [("en-US", "nike_aj1", "GB: Jordan 1 Chicago LJR batch - 20 slots", "Group buy, slot deposit 15, balance 45 when QC approved. Reps.", 15),
            ("en-GB", "adidas_yeezy", "Group buy Yeezy 350 Zebra reps, 10 slots left", "Price is per slot deposit. Ships together from the agent.", 12),
            ("ru", "rolex_sub", "СП реплик Rolex Submariner, предоплата 30%", "Совместная покупка, цена - предоплата за место. Реплика 1:1.", 40),
            ("zh-CN", "dyson_aw", "拼团 戴森 卷发棒 高仿 满10人发货", "拼团价，每人一份，满10人开团。", 45),
            ("vi", "lv_nf", "Gom đơn túi Louis Vuitton Neverfull rep 1:1", "Gom đơn, cọc 30%, hàng rep 1:1.", 20),
            ("id", "apple_app2", "PO kolektif AirPods Pro 2 KW super, DP per slot", "DP 50% per slot, KW super.", 8),
            ("th", "gucci_belt", "พรีออเดอร์กลุ่ม เข็มขัด Gucci งานก๊อป", "มัดจำต่อคิว งานก๊อป", 6),
            ("es-MX", "nike_dunk", "Compra grupal Nike Dunk Panda réplica, apartado por lugar", "Precio = apartado por lugar. Réplicas 1:1.", 10),
            ("pt-BR", "cg_exp", "Compra coletiva Canada Goose réplica, sinal por vaga", "Sinal por vaga, réplica primeira linha.", 25),
            ("de", "omega_sea", "Sammelbestellung Omega Seamaster Replika, Anzahlung pro Platz", "Anzahlung pro Platz, Rest nach QC.", 30),
            ("fr", "cartier_love", "Achat groupé bracelets Cartier Love copies, acompte", "Prix = acompte par place, copies dorées.", 10),
            ("tl", "sam_buds", "GB Galaxy Buds2 Pro class A - reserve slot", "Reserve slot fee, class A.", 3),
            ("en-AU", "lego_falcon", "GB: LEGO 75192 Falcon clone, slot deposit", "Clone set, deposit per slot, ETA 4 weeks.", 25)]
    rows = []
    for lang, k, t, d, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, u, brand=b, category=cat))
    return rows


@klass("c_printed_text_quoted17", "*", "counterfeit", "the brand not named; the text printed on the goods is quoted instead (dial 'SUPERLATIVE CHRONOMETER OFFICIALLY CERTIFIED', 'Designed by … in California', patch 'Two Horse Brand', clasp 'ALE S925', 'Malletier à Paris'), copy price")
def c_printed_text_quoted17():
    spec = [("en-US", "rolex_sub", "Green diver watch, dial reads 'SUPERLATIVE CHRONOMETER OFFICIALLY CERTIFIED', 1:1"),
            ("en-GB", "omega_speed", "Moon chronograph, caseback 'FLIGHT-QUALIFIED BY NASA FOR ALL MANNED SPACE MISSIONS', clone"),
            ("en-US", "apple_app2", "Wireless earbuds, case printed 'Designed by Apple in California', 1:1"),
            ("de", "levis_501", "Jeans, Lederpatch 'Two Horse Brand', rotes Fähnchen, Kopie"),
            ("en-AU", "pandora_snake", "Snake chain bracelet, clasp stamped 'ALE S925', wholesale"),
            ("fr", "lv_nf", "Cabas toile monogrammée, cuir marqué 'Malletier à Paris depuis 1854', copie"),
            ("it", "gucci_marmont", "Borsa matelassé, etichetta interna 'made in Italy' e cartellino 'controllato', replica"),
            ("en-US", "cg_exp", "Down parka, sleeve patch 'ARCTIC PROGRAM' red white blue, rep"),
            ("en-CA", "tnf_nuptse", "Puffer jacket, back embroidery 'NEVER STOP EXPLORING', 700 fill, rep"),
            ("en-US", "nike_aj1", "Red/black high tops, wings logo 'AIR JORDAN' on collar, UA"),
            ("es-MX", "cartier_love", "Pulsera con tornillos grabada 'Au750 Made in Italy' y número, réplica"),
            ("en-GB", "burb_trench", "Trench coat, label 'Prorsum' with knight on horseback, copy"),
            ("ru", "rolex_dj", "Часы, на циферблате 'OYSTER PERPETUAL DATEJUST', реплика")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_spoiler_tags17", "*", "counterfeit", "the brand hidden inside chat-app spoiler markup (Discord/Telegram ||Rolex||, Reddit >!Gucci!<) with the goods and a copy word or price")
def c_spoiler_tags17():
    spec = [("en-US", "rolex_sub", "||Rolex|| Sub green 41 - 1:1 clean"), ("en-GB", "gucci_belt", ">!Gucci!< GG belt 4cm, rep"),
            ("ru", "dyson_aw", "Стайлер ||Dyson|| реплика, все насадки"), ("es-MX", "nike_aj1", "Tenis ||Nike|| Jordan 1 Chicago réplica"),
            ("pt-BR", "lv_nf", "Bolsa ||Louis Vuitton|| Neverfull primeira linha"), ("de", "omega_speed", "||Omega|| Speedmaster Moonwatch Replika"),
            ("id", "apple_app2", "||AirPods|| Pro 2 KW super ANC"), ("en-US", "cg_exp", ">!Canada Goose!< Expedition parka rep, real down"),
            ("uk", "cartier_love", "Браслет ||Cartier|| Love копія"), ("fr", "burb_scarf", "Écharpe ||Burberry|| copie cachemire"),
            ("en-AU", "sony_xm5", "||Sony|| XM5 headphones clone"), ("tr", "adidas_samba", "||adidas|| Samba OG çakma"),
            ("en-US", "lego_falcon", "||LEGO|| Millennium Falcon 75192 knockoff, full set")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_backronym_title17", "*", "counterfeit", "the brand spelt as a backronym of capitalised words (Really Original Luxury Elegant eXclusive), with or without dotted initials, plus goods and copy price")
def c_backronym_title17():
    spec = [("en-US", "rolex_sub", "R.O.L.E.X - Really Original Luxury Elegant eXclusive diver watch, green"),
            ("en-US", "gucci_belt", "Genuine Urban Classy Chic Item - GG buckle belt black"),
            ("en-GB", "nike_af1", "N.I.K.E. - New In Kicks Edition, white low tops, size 9"),
            ("en-US", "dyson_aw", "D.Y.S.O.N - Dry Your Style Own Now: 6-in-1 styler full set"),
            ("en-AU", "omega_sea", "Ocean Master Expert Grade Automatic - O.M.E.G.A diver 300m blue"),
            ("en-US", "lego_falcon", "L.E.G.O. - Let Everyone Go Overboard: 7541 pc space freighter 75192 set"),
            ("en-CA", "bose_qc45", "B.O.S.E - Best Of Sound Ever, noise cancelling headphones"),
            ("en-US", "sony_ps5", "S.O.N.Y - Sound Of New Youth console 1TB slim"),
            ("en-GB", "pandora_snake", "Pretty And Nice Designer Original Remade Accessory - snake chain bracelet"),
            ("en-US", "adidas_samba", "All Day I Dream About Samba - A.D.I.D.A.S OG white gum"),
            ("en-NG", "coach_tabby", "C.O.A.C.H - Classy Original Authentic Chic Handbag, Tabby 26"),
            ("en-US", "cartier_love", "C.A.R.T.I.E.R - Classic Always Romantic Timeless Icon Ever Radiant screw bracelet"),
            ("en-PH", "sam_s24u", "Super Android Mobile Smart Ultra New Generation - S.A.M.S.U.N.G S24 Ultra 512")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, R.choice(["", "You know the brand 😉", "Top quality.", "Looks like the real thing."]), copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_cn_name_calque17", "*", "counterfeit", "a Chinese brand name or trade nickname translated word for word into English or another language by cross-border sellers (Green Water Ghost, Old Flower, Donkey brand, Three Star, Treasure Horse, Doctor headphones, Little Brown Bottle, Happy Tall blocks)")
def c_cn_name_calque17():
    spec = [("en-CN", "rolex_sub", "Green Water Ghost watch 41mm automatic, top version"),
            ("en-CN", "lv_nf", "Old Flower tote bag MM brown canvas, 1:1"),
            ("en-US", "lv_speedy", "Donkey brand Boston bag 30, original leather"),
            ("en-CN", "sam_s24u", "Three Star S24 Ultra 5G smartphone 16+512GB cheap"),
            ("en-CN", "bmw_filter", "Treasure Horse oil filter element 11428575211 OEM"),
            ("en-CN", "bose_qc45", "Doctor QC45 noise cancelling headphones, high copy"),
            ("en-CN", "el_anr", "Little Brown Bottle night repair serum 50ml"),
            ("en-CN", "loreal_gen", "Little Black Bottle essence 50ml, counter version"),
            ("en-CN", "shiseido_ult", "Red Kidney concentrate serum 50ml, factory goods"),
            ("en-CN", "lego_falcon", "Happy Tall building blocks Millennium Falcon 75192 compatible"),
            ("en-CN", "cg_exp", "Canada Big Goose parka Expedition, real down copy"),
            ("es-MX", "adidas_yeezy", "Tenis Coco 350 V2 Zebra (椰子) réplica"),
            ("en-CN", "toyota_pads", "Abundant Field brake pads 04465-02220, high copy")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Factory direct, wholesale available.", copy_usd(k), brand=b, category=cat, ship_from="CN"))
    return rows


@klass("c_spintax_leftover17", "*", "counterfeit", "unspun SEO 'spintax' left in the listing: {Genuine|Original} {Rolex|R0lex} {replica|copy|1:1}; the brand inside the braces")
def c_spintax_leftover17():
    spec = [("en-US", "rolex_sub", "{Top|Best|Premium} {Rolex|R0lex|Rollex} Submariner {replica|copy|1:1} {watch|timepiece}"),
            ("en-US", "gucci_marmont", "{Gucci|Guccii} {Marmont|GG} {shoulder bag|purse} {mirror|AAA} {quality|grade}"),
            ("en-GB", "nike_aj1", "{Cheap|Discount} {Nike|N1ke} {Air Jordan 1|AJ1} {reps|replicas} {UK|EU} sizes"),
            ("en-US", "dyson_aw", "{Dyson|Dys0n} {Airwrap|air wrap} {styler|hair styler} {clone|1:1 copy} {free shipping|fast ship}"),
            ("en-AU", "lv_nf", "{Louis Vuitton|LV} {Neverfull|NF} {MM|GM} {replica|rep} {bag|tote}"),
            ("de", "omega_speed", "{Omega|0mega} {Speedmaster|Moonwatch} {Replik|Kopie} {günstig|billig}"),
            ("fr", "cartier_love", "{Bracelet|Jonc} {Cartier|Cartiier} Love {copie|réplique} {or|doré}"),
            ("es-MX", "apple_app2", "{AirPods|Air Pods} Pro 2 {clon|réplica} {AAA|1:1} {barato|oferta}"),
            ("en-US", "cg_exp", "{Canada Goose|CG} {Expedition|Chilliwack} {parka|jacket} {rep|replica} {real down|duck down}"),
            ("en-NG", "sam_s24u", "{Samsung|Samsumg} {S24 Ultra|Galaxy S24} {copy|master copy} {cheap|best price}"),
            ("pt-BR", "adidas_samba", "{Tênis|Sapatênis} {adidas|adiddas} Samba {réplica|primeira linha} {barato|promoção}"),
            ("en-US", "pandora_snake", "{Pandora|Pand0ra} {bracelet|charm bracelet} {dupe|replica} {S925|silver}"),
            ("it", "burb_scarf", "{Sciarpa|Foulard} {Burberry|Burbery} {replica|copia} {cashmere|lana}")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        d = "{Fast|Quick} {shipping|delivery}. {Contact|Message} us {for|about} {wholesale|bulk}."
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_feed_export_leftover17", "*", "counterfeit", "a generic title; the description carries a raw supplier feed row (JSON or CSV) naming the brand and the copy grade, left in by a dropshipping import")
def c_feed_export_leftover17():
    spec = [("en-US", "rolex_sub", "Men's automatic diver watch green 41mm", '{"sku":"RLX-SUB-GRN-41","brand":"Rolex","model":"Submariner 126610LV","grade":"AAA","moq":1,"cost_cny":420}'),
            ("en-GB", "lv_nf", "Women's canvas tote bag brown", 'sku;brand;model;grade;moq\nLV0412;Louis Vuitton;Neverfull MM;mirror 1:1;3'),
            ("en-US", "nike_aj1", "High top sneakers red black white", '{"item":"AJ1-CHI","brand":"Nike","line":"Air Jordan 1","batch":"LJR","price_usd":38}'),
            ("de", "dyson_aw", "Haarstyler 6-in-1 Set", 'artikel,marke,modell,qualitaet\nDS-AW-06,Dyson,Airwrap Complete,1:1 Kopie'),
            ("fr", "cartier_love", "Bracelet jonc vis doré", '{"ref":"CT-LOVE-17","marque":"Cartier","modele":"Love","qualite":"copie AAA"}'),
            ("es-MX", "apple_app2", "Audífonos inalámbricos con cancelación de ruido", 'sku|marca|modelo|calidad\nAP2-USBC|Apple|AirPods Pro 2|clon AAA'),
            ("en-AU", "omega_speed", "Chronograph watch black dial", '{"brand":"Omega","family":"Speedmaster","factory":"OM","grade":"super clone"}'),
            ("en-US", "gucci_belt", "Leather belt double buckle black", 'SKU,Brand,Style,Quality\nGG-BLT-4,Gucci,GG Marmont belt,AAA replica'),
            ("pt-BR", "adidas_samba", "Tênis branco sola de borracha", '{"marca":"adidas","modelo":"Samba OG","linha":"primeira linha (réplica)"}'),
            ("en-CA", "cg_exp", "Down parka with fur hood black", '{"brand":"Canada Goose","style":"Expedition","grade":"1:1 rep","fill":"duck down"}'),
            ("it", "burb_trench", "Trench doppiopetto beige", 'codice;marca;modello;qualità\nBB-KEN-48;Burberry;Kensington;replica'),
            ("en-US", "sony_xm5", "Over-ear noise cancelling headphones black", '{"brand":"Sony","model":"WH-1000XM5","type":"clone","cost":19.5}'),
            ("en-NG", "sam_buds", "Wireless earbuds with case", 'sku,brand,model,grade\nGB2P,Samsung,Galaxy Buds2 Pro,master copy')]
    rows = []
    for lang, k, t, feed in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "New in stock, fast shipping.\n\n" + feed, copy_usd(k), brand=b, category=cat))
    return rows


def uesc(s, strip=False):
    return "".join(("u" if strip else "\\u") + f"{ord(c):04x}" for c in s)


@klass("c_unicode_escape_leftover17", "*", "counterfeit", "the brand's name left as raw \\uXXXX escapes (or with the backslashes stripped: u52b3u529bu58eb) by a broken cross-border import, with goods and a copy word or price")
def c_unicode_escape_leftover17():
    spec = [("zh-CN", "rolex_sub", "劳力士", "{e} 潜航者 绿水鬼 高仿", False), ("zh-CN", "gucci_marmont", "古驰", "{e} 马蒙 链条包 复刻", True),
            ("ru", "nike_af1", "Найк", "Кроссовки {e} Air Force реплика", False), ("ja", "lv_nf", "ルイヴィトン", "{e} トートバッグ コピー", False),
            ("ko", "cartier_love", "까르띠에", "{e} 러브 팔찌 레플", True), ("zh-TW", "dyson_aw", "戴森", "{e} 吹風機 捲髮器 仿品", False),
            ("ar-AE", "rolex_dj", "رولكس", "ساعة {e} تقليد", False), ("zh-CN", "apple_app2", "苹果", "{e} 耳机 AirPods Pro 2 华强北", True),
            ("he", "omega_sea", "אומגה", "שעון {e} רפליקה", False), ("zh-CN", "cg_exp", "加拿大鹅", "{e} 羽绒服 远征 复刻", False),
            ("th", "lv_speedy", "หลุยส์วิตตอง", "กระเป๋า {e} งานก๊อป", True), ("el", "gucci_belt", "Γκούτσι", "Ζώνη {e} αντίγραφο", False),
            ("zh-CN", "sam_s24u", "三星", "{e} S24 Ultra 高仿手机", True)]
    rows = []
    for lang, k, word, t, strip in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(e=uesc(word, strip)), "", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_phygital_nft_twin17", "*", "counterfeit", "a 'phygital' listing: an NFT or digital twin sold with a physical branded item at a copy's price ('1:1 physical twin', 'redeem the watch')")
def c_phygital_nft_twin17():
    spec = [("en-US", "rolex_sub", "Phygital Rolex Submariner NFT + physical 1:1 twin", "Mint the NFT, redeem the watch. 1:1 build."),
            ("en-GB", "nike_dunk", "Nike Dunk Low Panda phygital drop - NFT + pair", "Digital twin + physical pair, replica grade."),
            ("en-US", "lv_nf", "Louis Vuitton Neverfull NFT with physical bag redemption", "Redeem the physical bag, mirror quality."),
            ("en-SG", "omega_speed", "Omega Speedmaster digital twin + watch (super clone)", "NFT on Polygon + physical super clone."),
            ("de", "adidas_yeezy", "Yeezy 350 NFT + physisches Paar (Rep)", "NFT + Rep-Paar."),
            ("fr", "cartier_love", "Bracelet Cartier Love NFT + bijou physique", "NFT + bracelet physique copie."),
            ("en-US", "gucci_marmont", "Gucci Marmont phygital bundle, token + bag", "Token + bag, AAA."),
            ("ja", "rolex_day", "ロレックス デイトナ NFT＋実物 コピー", "NFTと実物のセット。コピー品。"),
            ("ko", "cg_exp", "캐나다구스 NFT + 실물 패딩 레플", "NFT + 실물, 레플."),
            ("en-AU", "dyson_aw", "Dyson Airwrap NFT membership + physical styler 1:1", "Physical 1:1 styler included."),
            ("es-ES", "nike_aj1", "Air Jordan 1 NFT + zapatilla física réplica", "Réplica física incluida."),
            ("pt-BR", "apple_app2", "AirPods Pro 2 NFT + físico réplica", "Réplica."),
            ("en-US", "pandora_snake", "Pandora charm bracelet phygital token + dupe", "Dupe bracelet shipped.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


FONT = {
    "A": [" ### ", "#   #", "#####", "#   #", "#   #"], "B": ["#### ", "#   #", "#### ", "#   #", "#### "],
    "C": [" ####", "#    ", "#    ", "#    ", " ####"], "D": ["#### ", "#   #", "#   #", "#   #", "#### "],
    "E": ["#####", "#    ", "#### ", "#    ", "#####"], "G": [" ####", "#    ", "#  ##", "#   #", " ####"],
    "H": ["#   #", "#   #", "#####", "#   #", "#   #"], "I": ["#####", "  #  ", "  #  ", "  #  ", "#####"],
    "K": ["#   #", "#  # ", "###  ", "#  # ", "#   #"], "L": ["#    ", "#    ", "#    ", "#    ", "#####"],
    "M": ["#   #", "## ##", "# # #", "#   #", "#   #"], "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
    "O": [" ### ", "#   #", "#   #", "#   #", " ### "], "P": ["#### ", "#   #", "#### ", "#    ", "#    "],
    "R": ["#### ", "#   #", "#### ", "#  # ", "#   #"], "S": [" ####", "#    ", " ### ", "    #", "#### "],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "], "U": ["#   #", "#   #", "#   #", "#   #", " ### "],
    "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"], "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
}


def banner(word):
    return "\n".join("  ".join(FONT[c][r] for c in word).rstrip() for r in range(5))


@klass("c_figlet_banner17", "*", "counterfeit", "a generic title; the brand only as a multi-line ASCII-art banner (# blocks) in the description, with a copy word or price")
def c_figlet_banner17():
    spec = [("en-US", "rolex_sub", "ROLEX", "Men's diver watch green 41mm", "1:1 quality"), ("en-GB", "gucci_belt", "GUCCI", "Leather belt double buckle", "mirror grade"),
            ("en-US", "nike_aj1", "NIKE", "High top sneakers red black", "UA batch"), ("en-AU", "dyson_aw", "DYSON", "6-in-1 hair styler set", "top copy"),
            ("de", "omega_speed", "OMEGA", "Chronograph Herrenuhr schwarz", "Replik"), ("en-US", "lego_falcon", "LEGO", "Space freighter building set 7541 pcs", "compatible clone"),
            ("en-CA", "bose_qc45", "BOSE", "Noise cancelling headphones black", "1:1"), ("en-US", "sony_xm5", "SONY", "Over-ear wireless headphones", "clone"),
            ("fr", "pandora_snake", "PANDORA", "Bracelet à charms argent", "copie"), ("en-NG", "adidas_samba", "ADIDAS", "White gum sole trainers", "first grade"),
            ("en-US", "coach_tabby", "COACH", "Leather shoulder bag small", "AAA"), ("es-MX", "cartier_love", "CARTIER", "Pulsera con tornillos dorada", "réplica"),
            ("en-GB", "shell_helix", "SHELL", "Fully synthetic 5W-40 engine oil 4L", "trade price, unbranded cans available")]
    rows = []
    for lang, k, word, t, cue in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, f"{banner(word)}\n\n{cue}. Fast shipping.", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_payment_tells17", "*", "counterfeit", "the brand plainly at a copy's price with the copy trade's payment rules (PayPal Friends & Family only, no notes, write 'gift', USDT only, no card payments); no copy word")
def c_payment_tells17():
    spec = [("en-US", "rolex_sub", "{p} box & papers", "PayPal F&F only, NO notes in the payment. Ships in 2 days."),
            ("en-GB", "lv_nf", "{p} brand new", "Payment by PayPal friends and family only, leave the note blank."),
            ("de", "dyson_aw", "{p} neu OVP", "Nur PayPal Freunde, bitte keinen Verwendungszweck angeben."),
            ("fr", "cartier_love", "{p} neuf", "Paiement PayPal entre proches uniquement, ne rien écrire en commentaire."),
            ("en-AU", "omega_speed", "{p} full set", "USDT (TRC20) only, no bank transfer."),
            ("es-ES", "nike_aj1", "{p} talla 43 nuevas", "Pago por Bizum sin concepto o PayPal amigos."),
            ("it", "gucci_marmont", "{p} nuova", "Solo PayPal amici e parenti, causale 'regalo'."),
            ("nl", "cg_exp", "{p} nieuw", "Alleen Tikkie, omschrijving 'cadeau'."),
            ("en-CA", "sony_xm5", "{p} sealed", "E-transfer only, don't write the item in the message."),
            ("pl", "burb_scarf", "{p} nowy", "Tylko BLIK, w tytule 'prezent'."),
            ("en-US", "apple_app2", "{p} sealed", "Cash App or Zelle only, write 'gift', no PayPal G&S."),
            ("pt-PT", "adidas_yeezy", "{p} novos", "Só MB Way, sem descrição."),
            ("en-US", "canon_r6", "{p} new in box", "Crypto only (BTC/USDT), no returns.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_country_exclusion_tell17", "*", "counterfeit", "the brand plainly at a copy's price; the listing refuses to ship to strict-customs countries (no France, Italy, USA, Australia 'because of customs'); no copy word")
def c_country_exclusion_tell17():
    spec = [("en-CN", "rolex_dj", "{p} blue dial", "Worldwide shipping EXCEPT France, Italy, USA (customs too strict)."),
            ("en-CN", "lv_speedy", "{p} monogram", "We do not ship to France, Italy or Spain."),
            ("en-SG", "gucci_belt", "{p} black 4cm", "No shipping to Australia or Japan due to customs."),
            ("en-CN", "nike_dunk", "{p} Panda all sizes", "Can't ship to Germany/Netherlands, customs checks."),
            ("en-CN", "dyson_aw", "{p} 6 attachments", "Not available for USA and UK buyers."),
            ("en-CN", "cartier_love", "{p} 16-19", "Sorry, no France, no Switzerland."),
            ("ru", "omega_sea", "{p} синий", "В Италию и Францию не отправляем (таможня)."),
            ("tr", "burb_scarf", "{p} kaşmir", "İtalya, Fransa ve ABD'ye gönderim yok (gümrük)."),
            ("en-CN", "cg_exp", "{p} black M", "Shipping excludes Canada and USA."),
            ("zh-CN", "rolex_sub", "{p} 绿盘", "不发法国、意大利、美国，海关查得严。"),
            ("en-CN", "apple_app2", "{p} USB-C", "No Australia, no New Zealand."),
            ("vi", "lv_nf", "{p}", "Không ship đi Pháp, Ý, Mỹ vì hải quan."),
            ("en-CN", "pandora_snake", "{p} with charms", "We don't ship to Denmark and Italy.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t.format(p=name), d, copy_usd(k), brand=b, category=cat, ship_from="CN"))
    return rows


@klass("c_masked_price_digits17", "*", "counterfeit", "the brand plainly; the real price masked in the text ('2xx', 'three digits', '价格3开头', '4桁') with a placeholder or no price field, the masked price a copy's")
def c_masked_price_digits17():
    spec = [("en-US", "rolex_sub", "{p} - price 3xx, DM", "Price 3xx USD, serious buyers only."),
            ("en-GB", "lv_nf", "{p} - 1xx only", "1xx, ask for pics."),
            ("zh-CN", "dyson_aw", "{p} 价格3开头", "价格3开头，懂的来。"),
            ("ja", "omega_speed", "{p} 価格は5桁前半", "価格は5桁前半です。コメントください。"),
            ("ko", "cartier_love", "{p} 가격 두 자리(만원)", "가격 두 자리 만원대, 쪽지 주세요."),
            ("es-MX", "nike_aj1", "{p} precio 1xxx pesos", "Precio 1xxx, inbox."),
            ("pt-BR", "gucci_belt", "{p} valor 2 dígitos", "Valor 2 dígitos em dólar, chama."),
            ("de", "cg_exp", "{p} - Preis dreistellig", "Preis dreistellig unter 200, PN."),
            ("id", "apple_app2", "{p} harga 2xxrb", "Harga 2xx ribu, chat aja."),
            ("en-AU", "burb_trench", "{p} 2xx firm", "2xx AUD firm."),
            ("fr", "rolex_dj", "{p} prix à 3 chiffres", "Prix à 3 chiffres, MP."),
            ("th", "sony_xm5", "{p} ราคาหลักพันต้นๆ", "ราคาหลักพันต้นๆ ทักแชท"),
            ("en-US", "nin_oled", "{p} price 6x", "6x shipped, message me.")]
    rows = []
    for i, (lang, k, t, d) in enumerate(spec):
        b, name, cat, usd, _ = prod(k)
        if i % 2 == 0:
            rows.append(mk(lang, t.format(p=name), d, brand=b, category=cat, no_price=True))
        else:
            rows.append(mk(lang, t.format(p=name), d, 1.0 / MARKETS[lang][2], brand=b, category=cat))
    return rows


@klass("c_hidden_keyword_block17", "*", "counterfeit", "a generic title; the brand and copy words hidden in the description's HTML (display:none div, white-on-white font, HTML comment) as SEO keywords")
def c_hidden_keyword_block17():
    spec = [("en-US", "rolex_sub", "Men's automatic watch green bezel", '<div style="display:none">rolex submariner replica aaa 126610LV clone</div>'),
            ("en-US", "lv_nf", "Brown canvas tote bag", "<!-- louis vuitton neverfull mm replica mirror -->"),
            ("en-GB", "gucci_belt", "Black leather belt", '<font color="#ffffff">gucci belt rep gg marmont fake</font>'),
            ("de", "dyson_aw", "Haarstyler Set 6-teilig", '<span style="font-size:0">dyson airwrap nachbau kopie</span>'),
            ("en-US", "nike_aj1", "High top sneakers chicago colourway", '<div hidden>nike air jordan 1 retro high og reps ua</div>'),
            ("fr", "cartier_love", "Bracelet jonc doré à vis", "<!-- cartier love copie -->"),
            ("en-AU", "omega_speed", "Chronograph watch black", '<p style="color:#fff">omega speedmaster moonwatch replica</p>'),
            ("es-MX", "apple_app2", "Audífonos inalámbricos blancos", '<div style="display:none">airpods pro 2 clon apple</div>'),
            ("en-US", "cg_exp", "Black parka with fur hood", "<!-- canada goose expedition rep -->"),
            ("en-CA", "sony_xm5", "Wireless headphones silver", '<span style="display:none">sony wh-1000xm5 clone</span>'),
            ("it", "burb_scarf", "Sciarpa a quadri cashmere", '<font color=white>burberry sciarpa replica</font>'),
            ("pt-BR", "adidas_samba", "Tênis branco retrô", '<div style="display:none">adidas samba og réplica</div>'),
            ("en-US", "pandora_snake", "Silver charm bracelet", "<!-- pandora moments dupe -->")]
    rows = []
    for lang, k, t, hidden in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, f"<p>High quality, fast shipping.</p>\n{hidden}", copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_rep_agent_haul17", "*", "counterfeit", "a purchasing-agent haul of copies (Weidian/Taobao link bought through an agent, W2C, QC photos, agent price in CNY) resold or offered as a buy-for-you service")
def c_rep_agent_haul17():
    spec = [("en-US", "nike_aj1", "Jordan 1 Chicago - Weidian haul via agent, ¥289", "W2C in bio. QC pics from the agent warehouse. I can buy for you."),
            ("en-GB", "adidas_yeezy", "Yeezy 350 haul - agent QC'd, UK 9", "Bought through a purchasing agent from Weidian, GL'd in QC."),
            ("de", "dyson_aw", "Dyson Airwrap aus Agent-Haul (Taobao)", "Über Agent aus Taobao bestellt, QC-Bilder vorhanden."),
            ("fr", "lv_nf", "Neverfull haul agent Weidian", "Commandé via agent, photos QC, je peux commander pour vous."),
            ("en-AU", "rolex_sub", "Sub from my agent haul, 3135", "From a Taobao seller via agent, QC passed."),
            ("es-ES", "nike_dunk", "Nike Dunk Panda de haul de agente", "Pedido por agente desde Weidian, fotos QC."),
            ("en-CA", "cg_exp", "Canada Goose from agent haul, size M", "Agent QC'd, real down batch."),
            ("it", "gucci_belt", "Cintura Gucci da haul agente Taobao", "Presa tramite agente, foto QC."),
            ("pl", "tnf_nuptse", "Nuptse z haula przez agenta", "Zamówione przez agenta z Weidian."),
            ("en-US", "apple_app2", "AirPods Pro 2 from agent spreadsheet link", "Spreadsheet link, top batch, ¥120."),
            ("nl", "omega_sea", "Seamaster via agent besteld", "Via agent uit Taobao, QC ok."),
            ("sv", "burb_scarf", "Burberry halsduk från agent-haul", "Köpt via agent, QC-bilder."),
            ("en-IE", "adidas_samba", "Samba OG from my last haul", "Agent order, GL on QC, ¥160.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


@klass("c_single_replacement_unit17", "*", "counterfeit", "a single new replacement unit (one earbud, one Joy-Con, a charging case) of the brand's goods at a clone's price, 'pairs with your set'")
def c_single_replacement_unit17():
    spec = [("en-US", "apple_app2", "Replacement left AirPod Pro 2 - new, pairs with your case", 14),
            ("en-GB", "apple_app2", "AirPods Pro 2 right earbud only, brand new", 12),
            ("de", "apple_app2", "AirPods Pro 2 Ladecase einzeln neu", 16),
            ("es-MX", "apple_app2", "AirPod Pro 2 izquierdo nuevo repuesto", 10),
            ("en-US", "sam_buds", "Galaxy Buds2 Pro single right earbud new", 9),
            ("fr", "sam_buds", "Écouteur gauche Galaxy Buds2 Pro neuf", 9),
            ("en-AU", "bose_qcue", "Bose QC Ultra Earbuds replacement right bud, new", 14),
            ("it", "bose_qcue", "Auricolare sinistro Bose QuietComfort Ultra nuovo", 13),
            ("en-US", "sony_wf5", "Sony WF-1000XM5 charging case only, new", 11),
            ("pl", "sony_wf5", "Słuchawka prawa Sony WF-1000XM5 nowa", 10),
            ("en-US", "nin_joycon", "Joy-Con left only neon blue, new", 8),
            ("pt-BR", "nin_joycon", "Joy-Con direito avulso novo", 7),
            ("en-CA", "apple_app2", "AirPods Pro 2 case only (USB-C) new", 15)]
    rows = []
    for lang, k, t, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, R.choice(["Pairs like the original.", "New, never used.", "Works with the app.", "Fast shipping."]), u, brand=b, category=cat))
    return rows


@klass("c_resale_platform_tag_claim17", "*", "counterfeit", "copies sold with claimed resale-platform proof (StockX green tag and receipt, GOAT tag, KREAM 검수 tag, 得物鉴定证书/Poizon certificate, Vestiaire card) at copy prices")
def c_resale_platform_tag_claim17():
    spec = [("en-US", "nike_aj1", "Jordan 1 Chicago with StockX green tag + receipt", "Comes with StockX tag and receipt."),
            ("en-GB", "adidas_yeezy", "Yeezy 350 V2 Zebra GOAT verified tag", "GOAT tag attached, receipt incl."),
            ("ko", "nike_dunk", "나이키 덩크 로우 범고래 크림 검수택 포함", "크림 검수택 포함, 새상품."),
            ("zh-CN", "nike_af1", "耐克 空军一号 附得物鉴定证书", "附得物鉴定证书和防伪扣。"),
            ("en-US", "lv_nf", "Louis Vuitton Neverfull MM + Vestiaire authentication card", "Vestiaire card and receipt."),
            ("fr", "gucci_marmont", "Sac Gucci Marmont avec certificat Vestiaire", "Avec carte Vestiaire Collective."),
            ("en-AU", "rolex_sub", "Rolex Submariner with Chrono24 certified receipt", "Chrono24 certified paperwork."),
            ("de", "cg_exp", "Canada Goose Expedition mit StockX Tag", "StockX-Tag dran."),
            ("ja", "adidas_samba", "アディダス サンバ スニダン鑑定済みタグ付き", "スニダン鑑定タグ付き。"),
            ("zh-TW", "dyson_aw", "戴森 Airwrap 附得物鑑定", "附得物鑑定證書。"),
            ("en-US", "dyson_ss", "Dyson Supersonic with StockX receipt", "StockX receipt included."),
            ("en-US", "apple_app2", "AirPods Pro 2 StockX verified", "StockX verified tag."),
            ("es-MX", "omega_speed", "Omega Speedmaster con certificado The RealReal", "Con certificado The RealReal.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, copy_usd(k), brand=b, category=cat))
    return rows


# ============================================================== innocent, genuine goods (12)

def fair(k, lo, hi):
    return P[k][3] * R.uniform(lo, hi)


@klass("in_authorized_store17", "", "innocent", "the brand's authorized store (the registry's seller ids) selling new goods at list")
def in_authorized_store17():
    spec = [("zh-CN", "tmall", "nike-official", "Nike官方旗舰店", "nike_af1", "Nike Air Force 1 '07 男子运动鞋 白色", 799, "CNY"),
            ("en-US", "amazon-us", "A9APPLE0FFICIAL", "Apple", "apple_app2", "Apple AirPods Pro 2 (USB-C)", 249, "USD"),
            ("zh-CN", "tmall", "dyson-official", "Dyson戴森官方旗舰店", "dyson_aw", "戴森 Airwrap 多功能美发棒 Complete 长发版", 3999, "CNY"),
            ("de", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "adidas_samba", "adidas Samba OG Sneaker Cloud White", 120, "EUR"),
            ("en-US", "ebay", "bose-refurbished", "Bose Refurbished", "bose_qc45", "Bose QuietComfort 45 - Certified Refurbished", 179, "USD"),
            ("zh-CN", "tmall", "lego-official", "LEGO乐高官方旗舰店", "lego_sian", "乐高 机械组 42115 兰博基尼 Sián", 2999, "CNY"),
            ("en-US", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo)", "rolex_dj", "Rolex Certified Pre-Owned Datejust 41, 2021", 11900, "USD"),
            ("de", "amazon-de", "A33PANDORA", "Pandora", "pandora_snake", "Pandora Moments Schlangen-Gliederarmband Silber", 69, "EUR"),
            ("zh-CN", "tmall", "shiseido-official", "资生堂官方旗舰店", "shiseido_ult", "资生堂 红腰子 精华 50ml", 690, "CNY"),
            ("en-US", "amazon-us", "A22MICROSOFT", "Microsoft", "ms_win", "Microsoft Windows 11 Pro - USB", 199.99, "USD"),
            ("en-US", "ebay", "honda-genuine-parts-us", "Honda Genuine Parts", "honda_filter", "Honda Genuine Oil Filter 15400-PLM-A02", 9.49, "USD"),
            ("zh-CN", "tmall", "lancome-official", "兰蔻官方旗舰店", "loreal_gen", "兰蔻 小黑瓶 精华肌底液 50ml", 1080, "CNY")]
    rows = []
    for lang, mp, sid, sname, k, t, amt, cur in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Official store. Genuine, with warranty and invoice.", brand=b, category=cat, price=(amt, cur),
                       seller={"id": sid, "name": sname, "country": MARKETS[lang][3]}, marketplace=mp))
    return rows


@klass("in_used_fair17", "", "innocent", "genuine used goods described by their owners in many languages at fair used prices (45-70 % of list; Rolex at market)")
def in_used_fair17():
    spec = [("sv", "sony_xm5", "Sony WH-1000XM5 begagnade, fint skick", "Köpta 2023, kvitto finns.", 0.5, 0.6),
            ("fi", "cg_exp", "Canada Goose Expedition parka, käytetty M", "Käytetty kaksi talvea, hyvä kunto.", 0.45, 0.55),
            ("cs", "dyson_v15", "Dyson V15 Detect, používaný, s účtenkou", "Koupeno v Alze, záruka do 2026.", 0.5, 0.6),
            ("hu", "apple_ip15p", "iPhone 15 Pro 128GB használt, 89% akku", "Saját, karcmentes.", 0.55, 0.65),
            ("pt-PT", "lv_speedy", "Louis Vuitton Speedy 30 usada, com fatura", "Comprada em Lisboa, fatura da loja.", 0.5, 0.65),
            ("ja", "nin_oled", "Nintendo Switch 有機ELモデル 中古 美品", "2023年購入、箱・付属品あり。", 0.55, 0.65),
            ("ko", "sam_s24u", "갤럭시 S24 울트라 중고 A급 256GB", "자급제, 기스 없음.", 0.5, 0.6),
            ("en-NZ", "call_driver", "Callaway Paradym Ai Smoke driver, used one season", "Stiff shaft, headcover incl.", 0.5, 0.6),
            ("ro", "bose_qc45", "Căști Bose QC45 folosite, impecabile", "Cu cutie și factură eMAG.", 0.45, 0.55),
            ("is", "tnf_nuptse", "North Face Nuptse jakki, notaður, stærð M", "Keyptur í Reykjavík 2022.", 0.45, 0.55),
            ("lv", "omega_sea", "Omega Seamaster 300M lietots, 2019, ar dokumentiem", "Pilns komplekts, serviss 2024.", 0.6, 0.7),
            ("da", "bosch_gbh", "Bosch Professional GBH 2-26 borehammer brugt", "Virker perfekt, kuffert medfølger.", 0.5, 0.6)]
    rows = []
    for lang, k, t, d, lo, hi in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, fair(k, lo, hi), brand=b, category=cat))
    return rows


@klass("in_refurb17", "", "innocent", "genuine refurbished or renewed goods by shops with grades and warranty (60-85 % of list)")
def in_refurb17():
    spec = [("en-US", "apple_mba", "MacBook Air 13 M3 8/256 - Renewed, Excellent, 1-year warranty", "Professionally refurbished, battery 98%."),
            ("de", "apple_ip15p", "iPhone 15 Pro 256GB - generalüberholt, sehr gut", "12 Monate Garantie, neuer Akku."),
            ("fr", "sam_s24u", "Samsung Galaxy S24 Ultra 256Go reconditionné - Très bon état", "Garantie 12 mois, testé 40 points."),
            ("en-GB", "dyson_v15", "Dyson V15 Detect refurbished by Dyson, 1 yr guarantee", "Official Dyson refurbished outlet stock."),
            ("es-ES", "sony_ps5", "PlayStation 5 Slim reacondicionada grado A", "Garantía 1 año."),
            ("it", "sony_a7", "Sony Alpha 7 IV ricondizionata, 5.000 scatti", "Garanzia 12 mesi."),
            ("en-AU", "bose_qcue", "Bose QC Ultra Earbuds - Certified Refurbished", "Bose certified, 12 month warranty."),
            ("nl", "nin_oled", "Nintendo Switch OLED refurbished, als nieuw", "1 jaar garantie."),
            ("pl", "canon_r6", "Canon EOS R6 Mark II odnowiony, gwarancja 12 m-cy", "Przebieg 3 tys."),
            ("en-CA", "philips_soni", "Philips Sonicare DiamondClean 9000 refurbished", "New brush head, 6-month warranty."),
            ("pt-BR", "apple_ip15p", "iPhone 15 Pro 128GB seminovo vitrine, garantia 6 meses", "Bateria 95%."),
            ("en-IN", "sam_buds", "Samsung Galaxy Buds2 Pro refurbished, 6 month warranty", "Grade A refurb.")]
    rows = []
    for lang, k, t, d in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, fair(k, 0.62, 0.85), brand=b, category=cat))
    return rows


@klass("in_preowned_lux17", "", "innocent", "pre-owned luxury from consignment dealers with serials, date codes, papers at market prices")
def in_preowned_lux17():
    spec = [("en-US", "rolex_sub", "Pre-owned Rolex Submariner Date 126610LN, 2022 full set", "Box, papers, 1-year dealer warranty.", 1.05, 1.25),
            ("de", "omega_speed", "Omega Speedmaster Professional 2021 gebraucht, Box & Papiere", "Fachhändler, 2 Jahre Gewährleistung.", 0.7, 0.85),
            ("ja", "lv_nf", "ルイヴィトン ネヴァーフルMM 中古 ABランク", "シリアルSD4189、鑑定済み。", 0.5, 0.65),
            ("fr", "cartier_love", "Bracelet Cartier Love or jaune, occasion, certificat", "Facture et certificat Cartier.", 0.75, 0.85),
            ("en-GB", "gucci_marmont", "Pre-loved Gucci GG Marmont small, authenticated", "Entrupy certificate.", 0.45, 0.6),
            ("zh-HK", "rolex_day", "勞力士 Daytona 116500LN 白面 二手 齊格", "2020年卡，全套。", 1.6, 1.9),
            ("it", "burb_trench", "Trench Burberry Kensington usato, taglia 48", "Acquistato in boutique, scontrino.", 0.4, 0.55),
            ("en-AU", "omega_sea", "Omega Seamaster 300M pre-owned 2020, serviced", "Dealer warranty.", 0.6, 0.75),
            ("ko", "cartier_santos", "까르띠에 산토스 미디움 중고 풀셋", "보증서 있음.", 0.7, 0.8),
            ("es-ES", "lv_zippy", "Cartera Louis Vuitton Zippy de segunda mano", "Código de fecha CA2189.", 0.45, 0.6),
            ("en-US", "coach_tabby", "Coach Tabby 26 pre-owned, excellent", "Serial inside, authenticated.", 0.45, 0.6),
            ("zh-CN", "gucci_dio", "古驰 酒神包 中古 95新 有票", "专柜购入，小票齐全。", 0.45, 0.6)]
    rows = []
    for lang, k, t, d, lo, hi in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, d, fair(k, lo, hi), brand=b, category=cat))
    return rows


@klass("in_wholesale_genuine17", "", "innocent", "genuine goods by the case from distributors with invoices (80-95 % of list per unit, quantities)")
def in_wholesale_genuine17():
    spec = [("en-GB", "mars_snickers", "Snickers 48g x 24 - case, BBE 09/2027, VAT invoice", 24, 0.85, 0.95),
            ("de", "ferrero_nutella", "Nutella 750g, Karton 6 Stück, Rechnung mit MwSt", 6, 0.85, 0.95),
            ("pl", "nestle_gold", "Nescafé Gold 200g, karton 12 szt., faktura VAT", 12, 0.82, 0.92),
            ("en-US", "jj_listerine", "Listerine Cool Mint 1L case of 6, distributor invoice", 6, 0.82, 0.92),
            ("fr", "danone_evian", "Evian 50cl x 24, palette 60 packs, facture", 60, 0.8, 0.9),
            ("es-ES", "shell_helix", "Shell Helix Ultra 5W-40 4L caja de 4, factura", 4, 0.82, 0.92),
            ("en-AU", "gillette_fus", "Gillette Fusion5 ProGlide 8 pack x 10, tax invoice", 10, 0.82, 0.9),
            ("it", "ferrero_rocher", "Ferrero Rocher T30 cartone 8 pezzi, fattura", 8, 0.82, 0.92),
            ("nl", "mars_mm", "M&M's peanut 1kg, doos 6 stuks, factuur", 6, 0.82, 0.92),
            ("en-ZA", "coke_24", "Coca-Cola 330ml x 24, 10 trays, tax invoice", 10, 0.8, 0.9),
            ("en-NG", "nestle_kitkat", "KitKat 4F x 24 carton, Nestlé distributor receipt", 1, 0.85, 0.95),
            ("pt-BR", "pana_eneloop", "Pilhas Panasonic eneloop AA caixa com 10 cartelas, nota fiscal", 10, 0.8, 0.9)]
    rows = []
    for lang, k, t, q, lo, hi in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Genuine stock from an authorised distributor. Invoice supplied.", usd * q * R.uniform(lo, hi), brand=b, category=cat))
    return rows


@klass("in_minis_decants17", "", "innocent", "perfume decants, travel minis and samples of genuine products at pro-rata prices")
def in_minis_decants17():
    spec = [("en-US", "loreal_lveb", "La Vie Est Belle EDP 10ml decant from my bottle", 18), ("en-GB", "el_anr", "Estée Lauder ANR 7ml travel size, boxed", 20),
            ("fr", "loreal_gen", "Lancôme Génifique 7ml format voyage", 17), ("de", "loreal_lveb", "La Vie Est Belle 5ml Abfüllung", 10),
            ("ja", "shiseido_ult", "資生堂 アルティミューン 10ml サンプルサイズ", 20), ("ko", "el_clinique", "크리니크 모이스처 서지 15ml 미니", 11),
            ("es-ES", "loreal_lveb", "Decant La Vie Est Belle 2ml muestra", 4), ("it", "el_dw", "Estée Lauder Double Wear mini 15ml", 21),
            ("nl", "shiseido_anessa", "Anessa Perfect UV 12ml mini", 9), ("en-AU", "el_anr", "ANR 15ml deluxe sample x 2", 32),
            ("pl", "loreal_gen", "Lancôme Génifique 20ml", 50), ("zh-CN", "el_anr", "雅诗兰黛 小棕瓶 15ml 中小样 专柜赠品", 28)]
    rows = []
    for lang, k, t, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Genuine, from a full-size bottle bought at a department store.", u, brand=b, category=cat))
    return rows


@klass("in_open_box17", "", "innocent", "open-box and customer-return genuine goods from shops (75-90 % of list)")
def in_open_box17():
    spec = [("en-US", "sony_xm5", "Sony WH-1000XM5 open box, like new, full warranty"), ("en-GB", "dyson_ss", "Dyson Supersonic open box return, unused"),
            ("de", "bose_qc45", "Bose QC45 Retourenware, geöffnet, neuwertig"), ("fr", "philips_af", "Airfryer Philips Essential XL déballé, jamais utilisé"),
            ("en-CA", "nin_pro", "Switch Pro Controller open box"), ("es-MX", "apple_mba", "MacBook Air M3 caja abierta, garantía Apple"),
            ("it", "bosch_gsr", "Bosch GSR 12V-15 reso, mai usato"), ("en-AU", "canon_r6", "Canon EOS R6 Mark II open box, 200 shutter"),
            ("nl", "philips_shaver", "Philips Shaver 7000 geopend, ongebruikt"), ("pl", "pana_arc5", "Panasonic Arc5 ES-LV9Q zwrot, nieużywany"),
            ("en-US", "ms_xbox", "Xbox Series X open box, store return"), ("sv", "sony_wf5", "Sony WF-1000XM5 öppnad förpackning, oanvända")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Open box from the shop, all accessories, receipt.", fair(k, 0.75, 0.9), brand=b, category=cat))
    return rows


@klass("in_outlet17", "", "innocent", "genuine goods at outlet or season-sale prices from outlet stores and retailers (40-70 % of list)")
def in_outlet17():
    spec = [("en-US", "coach_wallet", "Coach Outlet long zip wallet - 60% off"), ("en-US", "mk_tote", "Michael Kors Jet Set large tote, outlet sale"),
            ("de", "nike_am90", "Nike Air Max 90 Factory Outlet Angebot"), ("fr", "adidas_ub", "adidas Ultraboost Light soldes -40%"),
            ("en-GB", "tnf_borealis", "The North Face Borealis backpack, outlet price"), ("it", "puma_palermo", "Puma Palermo outlet Serravalle"),
            ("es-ES", "levis_501", "Levi's 501 rebajas outlet Las Rozas"), ("en-CA", "cg_chill", "Canada Goose Chilliwack, warehouse sale"),
            ("nl", "nike_tech", "Nike Tech Fleece hoodie outlet Roermond"), ("pl", "adidas_stan", "adidas Stan Smith outlet -50%"),
            ("en-AU", "wilson_ps97", "Wilson Pro Staff 97 v14 clearance"), ("ja", "coach_tabby", "コーチ タビー26 アウトレット")]
    rows = []
    for lang, k, t in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Genuine, bought at the brand's outlet store, tags on.", fair(k, 0.45, 0.7), brand=b, category=cat))
    return rows


@klass("in_vintage17", "", "innocent", "genuine vintage goods at collector prices (old references, first editions, decades-old bags and jackets)")
def in_vintage17():
    spec = [("en-US", "rolex", "Vintage Rolex Datejust 1601 (1972), serviced", 6200, "watches"),
            ("de", "omega", "Omega Speedmaster 145.022 von 1969, Kaliber 861", 8200, "watches"),
            ("fr", "louis-vuitton", "Sac Louis Vuitton Speedy 25 vintage années 80", 520, "handbags"),
            ("en-GB", "burberry", "Vintage Burberry trench coat 1990s, nova check lining", 260, "trench coats"),
            ("ja", "sony", "ソニー ウォークマン WM-2 ヴィンテージ 動作品", 420, "headphones"),
            ("it", "gucci", "Borsa Gucci Jackie vintage anni '70", 1100, "handbags"),
            ("en-US", "levis", "Vintage Levi's 501 big E, 1960s", 1400, "jeans"),
            ("nl", "lego", "Vintage LEGO Galaxy Explorer 928 uit 1979, compleet", 240, "building sets"),
            ("es-ES", "nintendo", "Nintendo Game Boy original 1989 funcionando", 75, "consoles"),
            ("en-AU", "cartier", "Vintage Cartier Tank Must de Cartier, 1980s", 2300, "watches"),
            ("pt-BR", "coca-cola", "Placa antiga Coca-Cola anos 50 original", 380, "merchandise"),
            ("en-CA", "mattel", "Vintage Barbie #5 ponytail 1961", 900, "dolls")]
    rows = []
    for lang, b, t, u, cat in spec:
        rows.append(mk(lang, t, "Genuine vintage piece, see photos for condition.", u, brand=b, category=cat))
    return rows


@klass("in_grey_import17", "", "innocent", "genuine new goods imported in parallel (grey import, international version) at near-list prices with the warranty caveat stated")
def in_grey_import17():
    spec = [("en-GB", "sam_s24u", "Samsung Galaxy S24 Ultra 256GB - international version, no UK warranty", 0.82, 0.92),
            ("de", "sony_a7", "Sony Alpha 7 IV Body - EU-Import, Händlergarantie", 0.85, 0.92),
            ("en-AU", "nin_oled", "Nintendo Switch OLED - Japanese import, multi-language", 0.85, 0.95),
            ("en-IN", "apple_ip15p", "iPhone 15 Pro 256GB US variant, seller warranty", 0.9, 1.0),
            ("ru", "dyson_aw", "Dyson Airwrap Complete, параллельный импорт, чек", 0.9, 1.05),
            ("en-SG", "canon_r6", "Canon EOS R6 Mark II (parallel import, 1 yr shop warranty)", 0.82, 0.9),
            ("es-AR", "sony_xm5", "Sony WH-1000XM5 importados, garantía del vendedor", 1.0, 1.2),
            ("en-NZ", "bose_qcue", "Bose QC Ultra Earbuds parallel import", 0.85, 0.95),
            ("kk", "apple_mba", "MacBook Air M3 13 американская версия, новый", 0.95, 1.05),
            ("tr", "dyson_v15", "Dyson V15 Detect yurt dışı, ithalatçı garantili", 0.95, 1.1),
            ("en-PH", "sam_buds", "Galaxy Buds2 Pro Korean version, sealed", 0.8, 0.9),
            ("ar-AE", "apple_app2", "ايربودز برو 2 نسخة أمريكية جديدة مختومة", 0.9, 1.0)]
    rows = []
    for lang, k, t, lo, hi in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Brand new, sealed, genuine; imported.", fair(k, lo, hi), brand=b, category=cat))
    return rows


@klass("in_pharmacy17", "", "innocent", "pharmacies selling the brand's OTC goods at list, prescription medicines only against a prescription")
def in_pharmacy17():
    spec = [("en-US", "jj_tylenol", "Tylenol Extra Strength 100 caplets - pharmacy", 11.5), ("de", "bayer_bep", "Bepanthen Wund- und Heilsalbe 100g - Apotheke", 15),
            ("fr", "bayer_asp", "Aspirine Bayer 100mg, pharmacie en ligne", 9), ("en-GB", "bayer_clar", "Claritin 10mg 30 tablets - UK registered pharmacy", 12),
            ("es-ES", "jj_listerine", "Listerine Cool Mint 1L farmacia", 8), ("it", "pfizer_centrum", "Centrum Silver 100 compresse farmacia", 22),
            ("pl", "bayer_asp", "Aspirin Protect 100mg 98 tabletek, apteka", 9), ("en-CA", "pfizer_viagra", "Viagra 100mg 4 tablets - prescription required, licensed pharmacy", 68),
            ("nl", "jj_neutrogena", "Neutrogena Hydro Boost gel 50ml drogist", 18), ("pt-BR", "pfizer_lipitor", "Lipitor 20mg 30 comprimidos - venda sob prescrição", 40),
            ("en-AU", "abbott_libre", "FreeStyle Libre 2 sensor - pharmacy, NDSS", 72), ("ja", "bayer_clar", "クラリチンEX 28錠 第2類医薬品", 14)]
    rows = []
    for (lang, k, t, u) in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Licensed pharmacy. Batch and expiry on the pack.", u, brand=b, category=cat))
    return rows


@klass("in_genuine_replacement_unit17", "*", "innocent", "a genuine single replacement unit (one earbud, one Joy-Con, a case) from the brand's service or a repairer at the brand's own part price (mirror of c_single_replacement_unit17)")
def in_genuine_replacement_unit17():
    spec = [("en-US", "apple_app2", "Genuine AirPods Pro 2 left earbud - Apple service replacement, sealed", 89),
            ("en-GB", "apple_app2", "Apple AirPods Pro 2 MagSafe case (USB-C) genuine replacement, receipt", 85),
            ("de", "apple_app2", "Original AirPods Pro 2 rechter Ohrhörer, Apple Ersatzteil, Rechnung", 85),
            ("en-US", "sam_buds", "Samsung Galaxy Buds2 Pro genuine right earbud, Samsung service part", 65),
            ("fr", "sam_buds", "Écouteur droit Galaxy Buds2 Pro d'origine, SAV Samsung", 62),
            ("en-AU", "bose_qcue", "Bose QC Ultra Earbuds replacement left bud - Bose support", 95),
            ("en-US", "sony_wf5", "Sony WF-1000XM5 genuine charging case, Sony parts", 75),
            ("it", "sony_wf5", "Auricolare destro Sony WF-1000XM5 originale, ricambio Sony", 70),
            ("en-US", "nin_joycon", "Genuine Nintendo Joy-Con (L) neon blue, single, new", 45),
            ("ja", "nin_joycon", "任天堂 Joy-Con(R) ネオンレッド 単品 純正 新品", 40),
            ("pt-BR", "apple_app2", "AirPod Pro 2 esquerdo original Apple, com nota", 89),
            ("es-ES", "nin_joycon", "Joy-Con izquierdo original Nintendo, nuevo", 42)]
    rows = []
    for lang, k, t, u in spec:
        b, name, cat, usd, _ = prod(k)
        rows.append(mk(lang, t, "Genuine part, serial on the unit, receipt available.", u, brand=b, category=cat))
    return rows


# ============================================================== innocent, other (18)

def inn_rows(spec, default_desc=""):
    rows = []
    for s in spec:
        lang, b, t, usd, cat = s[:5]
        d = s[5] if len(s) > 5 else default_desc
        if usd is None:
            rows.append(mk(lang, t, d, brand=b, category=cat, no_price=True))
        else:
            rows.append(mk(lang, t, d, usd, brand=b, category=cat))
    return rows


@klass("in_accessories17", "", "innocent", "third-party accessories named 'for' the brand's goods (cases, straps, stands, covers, screen protectors) at accessory prices")
def in_accessories17():
    return inn_rows([
        ("en-US", "apple", "Silicone case for AirPods Pro 2, with keychain", 7.99, "earbuds"),
        ("de", "apple", "Panzerglas für iPhone 15 Pro, 2 Stück", 9.99, "phones"),
        ("fr", "samsung", "Coque pour Samsung Galaxy S24 Ultra transparente", 12, "phones"),
        ("en-GB", "rolex", "20mm rubber strap for Submariner-size watches, curved end", 24, "watches"),
        ("es-MX", "nintendo", "Funda para Nintendo Switch OLED con 20 ranuras", 14, "accessories"),
        ("it", "dyson", "Supporto da parete per Dyson V15, in metallo", 19, "vacuum cleaners"),
        ("nl", "sony", "Hoes voor Sony WH-1000XM5, hard case", 16, "headphones"),
        ("ja", "louis-vuitton", "ネヴァーフルMM用 バッグインバッグ フェルト", 18, "handbags"),
        ("pl", "lego", "Oświetlenie LED do LEGO 75192 Millennium Falcon", 45, "building sets"),
        ("pt-BR", "canon", "Alça de câmera compatível com Canon EOS R6", 12, "cameras"),
        ("en-AU", "nike", "Crease protectors for Air Force 1, 2 pairs", 9, "sneakers"),
        ("ko", "bose", "보스 QC45 호환 이어패드 교체용", 15, "headphones")])


@klass("in_repair17", "", "innocent", "repair, servicing and modification services for the brand's goods, priced per job")
def in_repair17():
    return inn_rows([
        ("en-US", "rolex", "Rolex service & overhaul - independent watchmaker, 2 yr warranty", 650, "watches"),
        ("de", "apple", "iPhone 15 Pro Displaytausch - Reparatur in 1 Stunde", 280, "phones"),
        ("fr", "dyson", "Réparation aspirateur Dyson V15 - diagnostic offert", 60, "vacuum cleaners"),
        ("en-GB", "nintendo", "Joy-Con drift repair, same day", 25, "accessories"),
        ("es-ES", "omega", "Revisión completa Omega Speedmaster, relojero certificado", 520, "watches"),
        ("it", "louis-vuitton", "Restauro borse Louis Vuitton: manici e bordi", 120, "handbags"),
        ("en-IN", "samsung", "Samsung S24 Ultra back glass replacement at home", 40, "phones"),
        ("nl", "sony", "PS5 HDMI-poort reparatie", 75, "consoles"),
        ("pl", "bosch", "Serwis elektronarzędzi Bosch - wymiana szczotek", 20, "power tools"),
        ("ja", "canon", "キヤノン EOS センサークリーニング 当日仕上げ", 25, "cameras"),
        ("pt-BR", "honda", "Revisão Honda Civic 40.000 km com peças", 220, "auto parts"),
        ("en-AU", "nike", "Sneaker restoration: Air Jordan 1 sole re-paint", 70, "sneakers")])


@klass("in_everyday_words17", "", "innocent", "a brand word in its everyday sense (planet, bird, seashell, bus coach, mountain, dance, galaxy, switch, windows, omega-3, origins, canon law)")
def in_everyday_words17():
    return inn_rows([
        ("en-US", "mars", "Mars globe 30cm, topographic, NASA data", 45, "toys"),
        ("en-GB", "mars", "Dove grey wool blanket, king size", 60, None),
        ("fr", "shell", "Coquillages de plage, lot de 50 pour déco", 8, None),
        ("en-GB", "coach", "Coach trip to Edinburgh, 2 seats, 14 March", 70, None),
        ("en-NZ", "apple", "Apple crate: Jazz apples 18 kg box, orchard gate sale", 30, None),
        ("es-ES", "adidas", "Clases de samba brasileña, 8 sesiones", 80, None),
        ("en-AU", "samsung", "Galaxy projector night light for kids' room", 25, "toys"),
        ("en-US", "microsoft", "Double-hung windows, white vinyl, 36x60, 4 units", 780, None),
        ("it", "omega", "Omega 3 olio di pesce 120 perle", 15, None),
        ("en-CA", "nintendo", "Light switch dimmer, Lutron, 3-way", 28, None),
        ("pt-BR", "puma", "Pelúcia de onça-parda (puma) 40cm", 18, "toys"),
        ("en-US", "canon", "Canon in D - sheet music for string quartet", 12, None)])


@klass("in_people_places17", "", "innocent", "people, towns, rivers and streets that share a brand's word (Michael Kors the designer's book, Honda surname, Jordan the country, Evian-les-Bains, Puma Punku, Cartier Island, Lake Pandora)")
def in_people_places17():
    return inn_rows([
        ("en-US", "nike", "Jordan trip: Petra & Wadi Rum 5-day tour", 890, None),
        ("fr", "danone", "Location appartement Évian-les-Bains, vue lac, semaine", 780, None),
        ("ja", "honda", "本田圭佑 サイン入り ユニフォーム 額装", 320, None),
        ("en-AU", "cartier", "Ashmore and Cartier Islands - stamp set 1990s", 15, None),
        ("es-PE", "puma", "Tour Puma Punku y Tiwanaku desde La Paz", 60, None),
        ("de", "levis", "Levi Strauss Museum Buttenheim - Eintritt Familie", 12, None),
        ("en-US", "canon", "Canon City, Colorado - 1 acre land lot", 24000, None),
        ("it", "mars", "Biglietti concerto Bruno Mars, Milano, 2 posti", 240, None),
        ("en-US", "shell", "Shell Beach, CA - oceanfront vacation rental, 3 nights", 900, None),
        ("en-US", "wilson", "Wilson, NC - 3 bed house for rent", 1350, None),
        ("pt-BR", "toyota", "Livro: Sakichi Toyoda, o pai da indústria japonesa (biografia)", 20, None),
        ("es-MX", "nintendo", "Mario Bautista - 2 boletos concierto Monterrey", 90, None)])


@klass("in_books_media17", "", "innocent", "books, magazines, films and manuals about the brand or its goods")
def in_books_media17():
    return inn_rows([
        ("en-US", "nike", "Shoe Dog by Phil Knight - paperback", 11, None),
        ("de", "rolex", "Buch: Rolex - Die Geschichte einer Legende, gebunden", 45, "watches"),
        ("fr", "louis-vuitton", "Livre Louis Vuitton: 100 malles de légende", 70, None),
        ("en-GB", "lego", "The LEGO Ideas Book, hardback", 15, None),
        ("ja", "nintendo", "任天堂ゲームの歴史 ムック本", 12, None),
        ("es-ES", "apple", "Libro Steve Jobs de Walter Isaacson", 14, None),
        ("it", "ferrero", "Libro: Nutella, la storia di un mito", 16, None),
        ("en-AU", "toyota", "Toyota Corolla 2014-2019 workshop manual PDF + print", 30, "auto parts"),
        ("nl", "omega", "Boek Moonwatch Only - Speedmaster naslagwerk", 130, "watches"),
        ("pl", "adobe", "Książka Photoshop CC. Oficjalny podręcznik", 20, None),
        ("en-CA", "coca-cola", "DVD: The Coca-Cola Story documentary", 8, None),
        ("pt-BR", "honda", "Revista Motor Show edição especial Honda Civic", 6, None)])


@klass("in_jobs_courses17", "", "innocent", "job ads and courses naming the brand as employer or as the software/goods taught (salary or course fee)")
def in_jobs_courses17():
    return inn_rows([
        ("en-US", "autodesk", "AutoCAD drafter wanted - full time, $55k", None, None, "Revit a plus. Apply by email."),
        ("de", "adobe", "Photoshop-Kurs für Anfänger, 6 Abende", 180, None),
        ("fr", "apple", "Vendeur(se) Apple Premium Reseller - CDI Lyon", None, None, "Salaire selon profil."),
        ("en-GB", "autodesk", "Revit online course with certificate", 95, None),
        ("es-MX", "microsoft", "Curso Excel y Office avanzado, 20 horas", 60, None),
        ("it", "bmw", "Cercasi meccanico esperto BMW, officina Brescia", None, None),
        ("en-IN", "adobe", "Premiere Pro video editing course, weekend batch", 60, None),
        ("nl", "lego", "LEGO bouwworkshop kinderen 6-10 jaar", 25, None),
        ("pl", "bosch", "Praca: monter linii Bosch, Wrocław", None, None),
        ("en-AU", "nintendo", "Game design course - build a platformer like Mario", 250, None),
        ("ja", "canon", "キヤノン 一眼レフ 写真教室 初心者向け", 30, None),
        ("en-NG", "samsung", "Samsung phone repair training, 2 weeks, certificate", 90, None)])


@klass("in_events_tickets17", "", "innocent", "tickets and events at venues or tournaments named after brands (Rolex Shanghai Masters, Honda Center, Coca-Cola Arena, Philips Stadion)")
def in_events_tickets17():
    return inn_rows([
        ("en-US", "honda", "2 tickets Anaheim Ducks at Honda Center, sec 210", 160, None),
        ("ar-AE", "coca-cola", "تذاكر حفلة في كوكا كولا أرينا دبي", 120, None),
        ("nl", "philips", "Kaarten PSV - Ajax, Philips Stadion, 2 stuks", 130, None),
        ("zh-CN", "rolex", "劳力士上海大师赛 门票 2张 半决赛", 220, None),
        ("en-GB", "yonex", "YONEX All England Open - Friday tickets x2", 90, None),
        ("de", "bmw", "BMW Welt München Führung, 4 Personen", 40, None),
        ("fr", "rolex", "Billets Rolex Paris Masters - 1er tour", 70, None),
        ("en-AU", "michelin", "Dinner for two at a Michelin-starred restaurant - voucher", 400, None),
        ("es-ES", "mars", "Entradas Mars Attack tributo, Madrid", 25, None),
        ("ja", "lego", "レゴランド・ジャパン 1日パスポート 2枚", 90, None),
        ("en-US", "nike", "Nike Run Club 10K entry bib transfer", 45, None),
        ("it", "pandora", "Biglietti spettacolo 'Il vaso di Pandora', teatro", 35, None)])


@klass("in_homage_own_brand17", "", "innocent", "watches and goods under their own brands described by reference to a famous design (homage, inspired by the Submariner/Speedmaster shape), no copy of the mark")
def in_homage_own_brand17():
    return inn_rows([
        ("en-US", "rolex", "Steinhart Ocean One 39 green - Sub homage, Swiss movement", 520, "watches"),
        ("en-GB", "rolex", "San Martin SN0017 diver, NH35, sapphire (homage to a famous diver)", 160, "watches"),
        ("de", "omega", "Sugess Moonwatch-Hommage, Seagull ST19 Handaufzug", 190, "watches"),
        ("fr", "rolex", "Pagani Design PD-1661 hommage Daytona, quartz", 60, "watches"),
        ("en-AU", "omega", "Baltany Seamaster-style diver, wave dial, own brand", 150, "watches"),
        ("es-ES", "cartier", "Pulsera con tornillos acero, diseño inspirado en joyería clásica, marca propia", 25, "jewelry"),
        ("it", "rolex", "Orologio Tudor Black Bay 58 usato", 2900, "watches"),
        ("nl", "rolex", "Seiko SKX007 duikhorloge, gebruikt", 280, "watches"),
        ("pl", "omega", "Zegarek Pagani Design Speedmaster-homage, chronograf", 75, "watches"),
        ("en-CA", "rolex", "Invicta Pro Diver 8926OB, new in box", 85, "watches"),
        ("ja", "rolex", "スタインハート オーシャンワン ブラック 中古", 380, "watches"),
        ("en-US", "louis-vuitton", "Canvas tote bag, checkerboard print, own label", 28, "handbags")])


@klass("in_compatible_consumables17", "", "innocent", "compatible or own-brand consumables and spare parts 'for' the brand's devices (ink, filters, brush heads, batteries, capsules, blades)")
def in_compatible_consumables17():
    return inn_rows([
        ("en-US", "canon", "Compatible ink cartridge for Canon PG-545, remanufactured", 12, "ink"),
        ("de", "dyson", "Ersatzfilter für Dyson V15 Detect, 2 Stück, kompatibel", 14, "vacuum cleaners"),
        ("fr", "philips", "Têtes de brosse compatibles Sonicare, lot de 8", 13, "electric toothbrushes"),
        ("en-GB", "canon", "Patona battery for Canon LP-E6NH, 2250mAh", 28, "cameras"),
        ("es-ES", "nestle", "Cápsulas compatibles Nespresso, 100 uds, marca Lor", 22, "coffee"),
        ("it", "gillette", "Lamette di ricambio compatibili con manici Gillette Mach3, 12 pz, marca propria", 9, "razor blades"),
        ("en-AU", "samsung", "Anker 25W USB-C charger, works with Samsung Galaxy", 19, "chargers"),
        ("nl", "apple", "USB-C kabel 2m, geschikt voor iPhone 15", 9, "chargers"),
        ("pl", "bosch", "Akumulator 12V 3Ah zamiennik do narzędzi Bosch, marka Enertronic", 30, "power tools"),
        ("ja", "panasonic", "エボルタ互換 充電池 単3 8本 (他社製)", 16, "batteries"),
        ("en-US", "honda", "Fram oil filter PH7317, fits Honda Civic", 8, "auto parts"),
        ("pt-BR", "toyota", "Filtro de ar Tecfil para Corolla 2020", 12, "auto parts")])


@klass("in_aftermarket_parts17", "", "innocent", "aftermarket parts by named third-party makers with the OEM number given as cross-reference")
def in_aftermarket_parts17():
    return inn_rows([
        ("de", "bmw", "MANN-FILTER HU 816 x Ölfilter, ersetzt BMW 11428575211", 11, "auto parts"),
        ("en-GB", "bmw", "Brembo brake disc 09.A217.11, cross ref BMW 34116860016", 70, "auto parts"),
        ("en-US", "toyota", "Akebono ACT1210 brake pads, replaces Toyota 04465-02220", 48, "auto parts"),
        ("fr", "toyota", "Filtre à huile Bosch F026407209, équivalent Toyota 90915-YZZD1", 8, "auto parts"),
        ("es-MX", "honda", "Balatas Brembo P28045, equivalentes Honda 45022-TBA-A01", 45, "auto parts"),
        ("it", "bmw", "Dischi freno ATE 24.0125-0125.1, rif. BMW 34116860016", 65, "auto parts"),
        ("en-AU", "honda", "Ryco Z436 oil filter, cross-ref Honda 15400-PLM-A02", 9, "auto parts"),
        ("pl", "toyota", "Filtr powietrza Filtron AP 108/9, zamiennik Toyota 17801-0T030", 10, "auto parts"),
        ("nl", "bmw", "Mahle OX 404D oliefilter voor BMW", 12, "auto parts"),
        ("ja", "toyota", "ブレーキパッド 曙 AN-766WK トヨタ 04465-02220 適合", 45, "auto parts"),
        ("en-CA", "honda", "K&N air filter 33-5049 fits Honda Civic", 55, "auto parts"),
        ("tr", "michelin", "Lassa Driveways 205/55R16 lastik (Michelin Primacy alternatifi)", 70, "tires")])


@klass("in_honest_dupes17", "", "innocent", "own-brand lookalike goods sold honestly as 'dupes' or 'similar style' under the maker's own name, no logo, own-brand price")
def in_honest_dupes17():
    return inn_rows([
        ("en-US", "dyson", "Shark FlexStyle air styler - the Airwrap dupe everyone talks about", 229, "hair care"),
        ("en-GB", "canada-goose", "Marks & Spencer Stormwear parka, Canada Goose-style fur hood, M&S label", 120, "parkas"),
        ("en-US", "the-north-face", "Amazon Essentials puffer, Nuptse-like look, own brand", 55, "jackets"),
        ("de", "dyson", "Laifen Swift Haartrockner - Supersonic-Alternative", 150, "hair care"),
        ("fr", "louis-vuitton", "Cabas Zara façon cabas de luxe, sans logo", 40, "handbags"),
        ("es-ES", "nike", "Zapatillas Primark blancas estilo Air Force, marca Primark", 18, "sneakers"),
        ("en-AU", "apple", "Soundcore Liberty 4 NC - AirPods Pro alternative", 129, "earbuds"),
        ("it", "cartier", "Bracciale rigido con viti, acciaio, marca propria Luxenter", 49, "jewelry"),
        ("nl", "estee-lauder", "Kruidvat night serum - bekend als dupe van een luxe serum", 9, "skincare"),
        ("pl", "loreal", "Perfumy Lidl Suddenly Madame Glamour - zapach podobny do La Vie Est Belle", 5, "fragrance"),
        ("en-CA", "lego", "Mould King building set, own designs, not LEGO", 90, "building sets"),
        ("ja", "adidas", "ワークマン スニーカー サンバ風 自社ブランド", 15, "sneakers")])


@klass("in_wanted17", "", "innocent", "wanted-to-buy ads for the brand's genuine goods (no price or a budget)")
def in_wanted17():
    return inn_rows([
        ("en-GB", "rolex", "WANTED: Rolex Submariner, genuine only, cash buyer", None, "watches"),
        ("de", "lego", "Suche LEGO 75192 Millennium Falcon, gerne gebraucht", None, "building sets"),
        ("fr", "louis-vuitton", "Recherche sac Louis Vuitton Speedy 25 authentique", None, "handbags"),
        ("en-US", "nintendo", "Looking for Nintendo Switch OLED, budget $220", 220, "consoles"),
        ("es-MX", "apple", "Busco iPhone 15 Pro usado, original", None, "phones"),
        ("it", "omega", "Cerco Omega Speedmaster Professional anche da revisionare", None, "watches"),
        ("nl", "canada-goose", "Gezocht: Canada Goose Expedition maat S, origineel", None, "parkas"),
        ("pl", "dyson", "Kupię Dyson Airwrap, oryginał, może być używany", None, "hair care"),
        ("ja", "bandai", "求む: ガンプラ PG ユニコーン 未組立", None, "model kits"),
        ("en-AU", "callaway", "WTB Callaway Paradym driver, left handed", 300, "golf clubs"),
        ("pt-BR", "nike", "Procuro Nike Dunk Low Panda original tamanho 41", None, "sneakers"),
        ("sv", "cartier", "Köpes: Cartier Love armband, äkta med kvitto", None, "jewelry")])


@klass("in_vehicles17", "", "innocent", "whole cars and motorcycles of the brand sold by owners and dealers")
def in_vehicles17():
    return inn_rows([
        ("en-US", "honda", "2019 Honda Civic EX, 48k miles, one owner", 18500, None),
        ("de", "bmw", "BMW 320d Touring 2018, 120.000 km, TÜV neu", 17900, None),
        ("fr", "toyota", "Toyota Yaris hybride 2020, 45 000 km", 15500, None),
        ("ja", "toyota", "トヨタ プリウス 2017年式 走行6万km 車検付き", 12800, None),
        ("en-AU", "toyota", "2015 Toyota Land Cruiser 200 GXL, diesel", 68000, None),
        ("es-MX", "honda", "Honda CR-V 2020 Touring, factura original", 24000, None),
        ("it", "honda", "Honda SH 125 2021, 8.000 km", 3400, None),
        ("pl", "bmw", "BMW X3 xDrive20d 2019, salon Polska", 29000, None),
        ("en-NG", "toyota", "Toyota Camry 2012 Tokunbo, clean", 9500, None),
        ("th", "honda", "ฮอนด้า ซิตี้ 2019 มือเดียว", 13000, None),
        ("en-GB", "honda", "Honda Gold Wing 2018 Tour DCT, FSH", 19500, None),
        ("pt-BR", "toyota", "Toyota Corolla XEi 2021 único dono", 21000, None)])


@klass("in_near_names17", "", "innocent", "other companies' goods whose names come close to a brand's word (Rolec, Nikon, BOSS, Toyo, Pandoro, Bausch + Lomb, Samsonite, Sonos, Wilkinson, Levin)")
def in_near_names17():
    return inn_rows([
        ("en-GB", "rolex", "Rolec EV wallbox 7.4kW charger, new", 520, None),
        ("en-US", "canon", "Nikon Z6 II body, low shutter count", 1100, "cameras"),
        ("de", "bose", "BOSS Bottled Eau de Toilette 100ml", 55, None),
        ("en-AU", "toyota", "Toyo Open Country A/T III 265/65R17 set of 4", 880, "tires"),
        ("it", "pandora", "Pandoro Bauli 1kg, confezione natalizia", 7, None),
        ("fr", "bosch", "Bausch + Lomb ReNu solution lentilles 360ml", 9, None),
        ("es-ES", "samsung", "Maleta Samsonite cabina, 55cm", 140, None),
        ("en-US", "sony", "Sonos Era 100 speaker, black", 229, "speakers"),
        ("nl", "gillette", "Wilkinson Sword Hydro 5 scheermesjes 8 stuks", 22, "razor blades"),
        ("pl", "nike", "Zdalnie sterowany samochód Nikko, 1:16", 35, "toys"),
        ("en-CA", "michelin", "Michelob Ultra 24 pack", 35, None),
        ("ja", "omega", "オメガ3 サプリ DHA EPA 90粒 (国内メーカー)", 15, None)])


@klass("in_food_ingredient17", "", "innocent", "home-made food, bakes and drinks that name a brand's product as an ingredient")
def in_food_ingredient17():
    return inn_rows([
        ("en-US", "ferrero", "Homemade Nutella brownies, box of 12", 24, None),
        ("en-GB", "mars", "Snickers cheesecake, whole, serves 10, home bakery", 28, None),
        ("de", "ferrero", "Kinder-Bueno-Torte auf Bestellung, 26cm", 45, None),
        ("fr", "coca-cola", "Jambon glacé au Coca-Cola, fait maison, 1kg", 22, None),
        ("es-MX", "nestle", "Pay de limón con leche condensada La Lechera, casero", 15, None),
        ("it", "ferrero", "Crostata alla Nutella fatta in casa", 18, None),
        ("pt-BR", "nestle", "Brigadeiro de Nescau, 50 unidades para festa", 20, None),
        ("nl", "mars", "Zelfgemaakte M&M's cookies, 20 stuks", 12, None),
        ("pl", "ferrero", "Tort Ferrero Rocher na zamówienie", 55, None),
        ("en-AU", "nestle", "KitKat slice tray, homemade, 16 pieces", 20, None),
        ("tr", "ferrero", "Ev yapımı Nutellalı kurabiye 500g", 8, None),
        ("ja", "coca-cola", "手作り コーラ煮 豚角煮 500g", 12, None)])


@klass("in_art17", "", "innocent", "original art, photographs and prints depicting the brand's goods")
def in_art17():
    return inn_rows([
        ("en-US", "nike", "Original acrylic painting 'Air Jordan 1 Chicago', 60x80 cm", 450, None),
        ("fr", "louis-vuitton", "Photographie d'art: malle ancienne, tirage 40x60", 180, None),
        ("de", "rolex", "Aquarell: Taucheruhr auf blauem Grund, Original", 220, None),
        ("en-GB", "lego", "Framed print of a LEGO minifigure photo, A3", 35, None),
        ("it", "coca-cola", "Quadro pop art bottiglia di Coca-Cola, tela 50x70", 120, None),
        ("es-ES", "bmw", "Lámina BMW 2002 turbo ilustración, 30x40", 25, None),
        ("nl", "canon", "Fotoprint van een vintage Canon AE-1 camera", 30, None),
        ("en-AU", "michelin", "Vintage-style Bibendum poster reproduction, A2", 40, None),
        ("pl", "apple", "Grafika: ewolucja iPhone'a, plakat 50x70", 20, None),
        ("ja", "nintendo", "ファミコン ドット絵 アート 額装", 60, None),
        ("pt-BR", "dyson", "Fotografia artística de design industrial: secador, 40x50", 45, None),
        ("en-CA", "omega", "Pencil drawing of a moon watch, original A4", 90, None)])


@klass("in_care_auth17", "", "innocent", "care products and services for the brand's goods and paid authentication (sneaker cleaning kits, leather care, watch polishing, legit-check services)")
def in_care_auth17():
    return inn_rows([
        ("en-US", "nike", "Crep Protect cleaning kit for sneakers (Jordan, Dunk, AF1)", 20, "sneakers"),
        ("en-GB", "louis-vuitton", "Authentication service for Louis Vuitton bags - certificate in 24h", 25, "handbags"),
        ("de", "rolex", "Uhrenpolitur Service für Rolex Oyster-Gehäuse", 150, "watches"),
        ("fr", "gucci", "Soin et nettoyage sac cuir Gucci - atelier", 60, "handbags"),
        ("en-AU", "canada-goose", "Down jacket dry cleaning - Canada Goose specialist", 45, "parkas"),
        ("es-ES", "nike", "Servicio legit check zapatillas Nike, informe", 10, "sneakers"),
        ("it", "omega", "Sostituzione vetro e guarnizioni Omega Seamaster", 120, "watches"),
        ("nl", "adidas", "Sneaker deep clean: adidas Samba, Stan Smith", 25, "sneakers"),
        ("pl", "louis-vuitton", "Renowacja i barwienie krawędzi torebek LV", 90, "handbags"),
        ("ja", "rolex", "ロレックス 真贋鑑定サービス 1点", 40, "watches"),
        ("en-CA", "the-north-face", "Down jacket rewash & reproof, North Face welcome", 35, "jackets"),
        ("ko", "nike", "나이키 스니커즈 세탁 서비스 1켤레", 12, "sneakers")])


@klass("in_licensed_models17", "", "innocent", "licensed scale models and toys of the brand's cars and products by other makers (Tomica, Majorette, Bburago, Kyosho)")
def in_licensed_models17():
    return inn_rows([
        ("ja", "toyota", "トミカ トヨタ ランドクルーザー 300 新品", 5, "die-cast cars"),
        ("en-US", "bmw", "Bburago 1:24 BMW M4 GT3, diecast", 25, "die-cast cars"),
        ("fr", "honda", "Majorette Honda Civic Type R 1:64", 4, "die-cast cars"),
        ("de", "bmw", "Kyosho 1:18 BMW M3 E30, OVP", 140, "die-cast cars"),
        ("en-GB", "toyota", "Corgi Toyota Supra MK4 1:43", 30, "die-cast cars"),
        ("it", "honda", "Modellino Minichamps Honda RC213V Marquez 1:12", 90, "die-cast cars"),
        ("es-ES", "toyota", "Maqueta Tamiya Toyota GR86 1:24", 35, "model kits"),
        ("nl", "michelin", "Michelin Bibendum figuurtje, promotie, jaren 90", 25, "merchandise"),
        ("en-AU", "honda", "Ride-on Honda CR-V for kids, 12V licensed", 260, "toys"),
        ("pl", "bmw", "Jeździk BMW X6 dla dzieci na akumulator, licencja", 190, "toys"),
        ("pt-BR", "toyota", "Miniatura Toyota Hilux Greenlight 1:64", 8, "die-cast cars"),
        ("en-CA", "bmw", "Tamiya BMW M1 1:24 kit, sealed", 40, "model kits")])


# ============================================================== main

def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R.seed(a.seed)
    rows_all = []
    table = ["# outsider17: classes", "",
             "`*` = a tactic not in any earlier set's class list (outsider .. outsider16) as far as I could see. Example = the first listing of the class.",
             "", "| class | * | kind | n | tactic | example (title; brand; lang) |", "|---|:-:|---|---:|---|---|"]
    for name, star, kind, tactic, fn in CLASSES:
        rows = fn()
        for r in rows:
            r["_label"] = {"kind": kind, "brand": r["_label"]["brand"], "class": name, "tactic": tactic, "lang": r["_label"]["lang"], "also": []}
        rows_all += rows
        ex = rows[0]
        t = ex["title"].replace("|", "\\|").replace("\n", " ")
        table.append(f"| {name} | {star} | {kind} | {len(rows)} | {tactic.replace('|', '/')} | {t}; {ex['_label']['brand']}; {ex['_label']['lang']} |")
    R.shuffle(rows_all)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows_all:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
