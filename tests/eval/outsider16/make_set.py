#!/usr/bin/env python3
"""outsider16's held-out set for BrandSentry: python3 make_set.py --seed 16 [--out set.jsonl] [--classes classes.md]
Stdlib only; one function per class; the same seed gives the same bytes."""
import argparse
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import M, P, BRANDS  # noqa: E402

R = random.Random(0)
ROWS, CLASSES = [], []
REG = []


def cls(name, star, kind, n, tactic):
    def deco(f):
        REG.append((name, star, kind, n, tactic, f))
        return f
    return deco


def sig3(x):
    if x <= 0:
        return 0
    d = 2 - int(math.floor(math.log10(x)))
    v = round(x, d)
    return int(v) if d <= 0 else v


def conv(usd, lang):
    rate = M[lang][2]
    return sig3(usd * rate)


def copy_usd(usd):
    if usd >= 2000:
        f = R.uniform(.03, .10)
    elif usd >= 150:
        f = R.uniform(.08, .25)
    elif usd >= 30:
        f = R.uniform(.15, .35)
    else:
        f = R.uniform(.25, .45)
    return usd * f


def by_brand(b):
    return [p for p in P if p[0] == b]


def pool(filt=None):
    ps = [p for p in P if (filt is None or filt(p))]
    R.shuffle(ps)
    return ps


HANDLES = ["nova", "lucky", "star", "prime", "best", "zen", "mega", "goldline", "urban", "happy", "smart", "trend", "fox", "tiger",
           "lotus", "sky", "king", "queen", "boss", "vip", "shop", "store", "outlet", "hub", "deal", "max", "pro", "angel", "city", "style"]


def seller(lang, name=None, sid=None):
    s = sid or f"{R.choice(HANDLES)}{R.choice(HANDLES)}{R.randint(10, 9999)}"
    return {"id": s, "name": name if name is not None else s.title(), "country": M[lang][3]}


def fields(p):
    return dict(b=p[1], pn=p[2], noun=p[3], m=p[6], zh=p[7], ja=p[8], ko=p[9], cat=p[4])


def L(cls_, kind, brand, lang, title, desc="", usd=None, amount=None, category=None, attrs=None, sell=None, ship=None,
      market=None, cur=None, tactic=""):
    mk, currency, rate, country = M[lang]
    if market:
        mk = market
    lid = "".join(R.choice("0123456789abcdef") for _ in range(12))
    if amount is None and usd is not None:
        amount = conv(usd, lang)
    row = {"marketplace": mk, "listing_id": lid, "url": f"https://{mk}.example/item/{lid}", "title": title, "description": desc}
    if amount is not None:
        row["price"] = {"amount": amount, "currency": cur or currency}
    row["seller"] = sell or seller(lang)
    if category:
        row["category"] = category
    row["ship_from"] = ship or country
    row["observed_at"] = f"2026-12-0{R.randint(1, 2)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
    row["attributes"] = attrs or {}
    row["_label"] = {"kind": kind, "brand": brand, "class": cls_, "tactic": tactic, "lang": lang, "also": []}
    ROWS.append(row)
    return row


def run(name, kind, n, tmpls, prods, price, category=True, ship=None, attrs=None, sellf=None):
    """tmpls: list of (lang, title, desc) format strings; prods: products cycled; price(p, lang, i) -> usd"""
    out = []
    for i in range(n):
        lang, t, d = tmpls[i % len(tmpls)]
        p = prods[i % len(prods)]
        f = fields(p)
        f["i"] = i
        title, desc = t.format(**f), d.format(**f)
        a = attrs(p, i) if attrs else None
        s = sellf(p, lang, i) if sellf else None
        sh = ship(p, lang, i) if callable(ship) else ship
        out.append(L(name, kind, p[0], lang, title, desc, usd=price(p, lang, i), category=p[4] if category else None,
                     attrs=a, sell=s, ship=sh))
    return out


CP = lambda p, l, i: copy_usd(p[5])  # noqa: E731
NONGOODS = ("software licenses", "prescription drugs", "otc", "auto parts", "infant formula", "generators", "motor oil", "tires")


def goods(minusd):
    """physical branded goods a copy seller words with copy words (not software, medicines, parts)"""
    return lambda p: p[5] >= minusd and p[4] not in NONGOODS

# =========================================================================== counterfeit, everyday
C = "counterfeit"
I = "innocent"


@cls("c_copy_words_latam_fresh", "", C, 13, "Latin American copy words (réplica AAA, clon, alternativo, imitación de primera, primeira linha) beside the brand")
def c_latam(n, name):
    T = [("es-MX", "{b} {pn} réplica AAA calidad espejo", "Clon exacto, incluye caja y bolsa. Envíos a todo México por paquetería."),
         ("es-AR", "{b} {pn} copia premium 1:1", "No es original pero es idéntica. Calidad importada. Hago envíos a todo el país."),
         ("es-CO", "{pn} {b} réplica triple A", "Mercancía réplica de excelente calidad, pago contraentrega en Bogotá."),
         ("es-CL", "{b} {pn} alternativo calidad top", "Producto alternativo (no original), igualito al de la tienda. Entrego en metro."),
         ("es-PE", "{b} {pn} imitación de primera", "Imitación de primera línea con etiquetas y caja. Delivery Lima."),
         ("es-VE", "{b} {pn} réplica importada", "Réplica 1:1 importada, delivery Caracas, pago móvil o zelle."),
         ("es-EC", "{b} {pn} tipo original calidad A", "Tipo original, calidad A, precio por mayor disponible. Guayaquil."),
         ("es-GT", "{b} {pn} réplica de lujo", "Réplica de lujo, acabados perfectos. Entregas zona 10."),
         ("es-DO", "{b} {pn} copia buena nueva", "Copia buena, nadie nota la diferencia. Santo Domingo."),
         ("es-UY", "{b} {pn} réplica AAA nueva", "No es original, réplica AAA. Envío a Montevideo e interior."),
         ("es-BO", "{b} {pn} réplica premium", "Réplica premium con todos los detalles. Santa Cruz."),
         ("es-PY", "{b} {pn} réplica 1a línea", "Réplica de primera línea, garantía de 7 días. Asunción."),
         ("pt-BR", "{b} {pn} réplica primeira linha", "Réplica primeira linha, idêntica à original. Envio para todo o Brasil.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_copy_words_europe_fresh", "", C, 13, "European copy words in fresh wordings (Replika, namaak, kopia, kopio, podróbka, replică, реплика, ρεπλίκα)")
def c_eu(n, name):
    T = [("de-AT", "{b} {pn} Replika Top-Qualität", "Keine Originalware, aber 1:1 verarbeitet. Versand österreichweit."),
         ("nl-NL", "{b} {pn} replica A-kwaliteit (namaak)", "Geen origineel, namaak van topkwaliteit. Ophalen in Rotterdam."),
         ("sv-SE", "{b} {pn} kopia, mycket bra kvalitet", "Ej äkta, men går inte att skilja från original. Skickas spårbart."),
         ("fi-FI", "{b} {pn} kopio hyvä laatu", "Ei aito, laadukas kopio. Nouto Helsinki tai postitus."),
         ("da-DK", "{b} {pn} kopi 1:1", "Ikke original – kopivare i topkvalitet. Sendes med GLS."),
         ("nb-NO", "{b} {pn} kopi A-kvalitet", "Dette er en kopi, ikke original. Meget god kvalitet."),
         ("pl-PL", "{b} {pn} replika premium", "To nie oryginał – podróbka najwyższej jakości. Wysyłka InPost."),
         ("cs-CZ", "{b} {pn} replika 1:1", "Nejedná se o originál, kvalitní kopie. Osobní předání Praha."),
         ("hu-HU", "{b} {pn} replika, prémium másolat", "Nem eredeti, prémium minőségű másolat. Foxpost."),
         ("ro-RO", "{b} {pn} replică calitate premium", "Nu este original, replică fidelă. Livrare prin curier."),
         ("bg-BG", "{b} {pn} реплика 1:1", "Не е оригинал, висок клас реплика. Изпращам с Еконт."),
         ("hr-HR", "{b} {pn} replika AAA", "Nije original, replika vrhunske kvalitete. Slanje BoxNow."),
         ("el-GR", "{b} {pn} ρεπλίκα πρώτης ποιότητας", "Δεν είναι γνήσιο, ρεπλίκα 1:1. Αποστολή με ACS.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_copy_words_asia_fresh", "", C, 13, "East and Southeast Asian copy words (hàng rep, งานก๊อป, KW mirror, copy ori, class A, スーパーコピー, 레플 미러급, A貨)")
def c_asia(n, name):
    T = [("vi-VN", "{b} {pn} hàng rep 1:1 cao cấp", "Hàng replica loại 1, giống auth 99%. Ship COD toàn quốc."),
         ("th-TH", "{b} {pn} งานก๊อปเกรดพรีเมียม", "ไม่ใช่ของแท้ งานเหมือนแท้ 1:1 ส่งฟรี"),
         ("id-ID", "{b} {pn} KW premium mirror", "Barang KW grade ori, mirip 99%. Bisa COD Jakarta."),
         ("ms-MY", "{b} {pn} gred AAA copy ori", "Bukan original, copy ori kualiti tinggi. Pos laju."),
         ("tl-PH", "{b} {pn} class A replica", "Hindi orig, class A pero same sa orig. Meet up sa Cubao."),
         ("ja-JP", "{ja} {pn} スーパーコピー N級品", "正規品ではありません。N級品です。ノークレームでお願いします。"),
         ("ko-KR", "{ko} {pn} 레플 미러급", "정품 아닙니다. 미러급 레플리카 제품입니다. 택배비 별도."),
         ("zh-TW", "{zh} {pn} 1:1 高仿", "非正品，頂級高仿，細節到位，可面交。"),
         ("zh-HK", "{zh} {pn} 頂級A貨", "A貨，同正貨一樣，旺角交收。"),
         ("km-KH", "{b} {pn} copy 1:1 grade AAA", "Not original, copy grade AAA. Delivery Phnom Penh, pay on arrival."),
         ("my-MM", "{b} {pn} copy grade A", "Original မဟုတ်ပါ copy grade A ပါ။ Yangon delivery."),
         ("en-SG", "{b} {pn} mirror grade replica", "Not authentic. Mirror grade, self-collect at Tampines."),
         ("lo-LA", "{b} {pn} copy AAA", "ບໍ່ແມ່ນຂອງແທ້, copy AAA. ສົ່ງທົ່ວວຽງຈັນ.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_copy_words_mena_africa_fresh", "", C, 13, "MENA, Turkish, Iranian, Israeli and African copy words (هاي كوبي، كوبي وان، های کپی، רפליקה، A+ kalite, first grade, fong kong, sio original)")
def c_mena(n, name):
    T = [("ar-SA", "{b} {pn} هاي كوبي درجة أولى", "ليس أصلي، كوبي ماستر مطابق للأصلي. التوصيل داخل الرياض."),
         ("ar-EG", "{b} {pn} كوبي وان", "مش أوريجينال، هاي كوبي مية مية. شحن لكل المحافظات."),
         ("ar-MA", "{b} {pn} copie 1:1 تقليد ممتاز", "ماشي أصلي، تقليد ممتاز. التوصيل لجميع المدن."),
         ("ar-DZ", "{b} {pn} copie qualité top", "Ce n'est pas l'original, copie haute qualité. Livraison 58 wilayas."),
         ("ar-IQ", "{b} {pn} ماستر كوالتي", "تقليد ماستر كوالتي، توصيل بغداد."),
         ("fa-IR", "{b} {pn} های کپی درجه یک", "اصل نیست، کپی با کیفیت بالا. ارسال به سراسر کشور."),
         ("he-IL", "{b} {pn} רפליקה איכותית", "לא מקורי, העתק ברמה גבוהה. משלוח לכל הארץ."),
         ("tr-TR", "{b} {pn} A+ kalite replika", "Orijinal değildir, birebir muadil ürün. Kapıda ödeme."),
         ("en-NG", "{b} {pn} first grade copy", "Not original, first grade Turkey quality. Pay on delivery Lagos."),
         ("zu-ZA", "{b} {pn} fong kong grade A", "Akuyona eyoqobo, fong kong grade A. Delivery Joburg."),
         ("sw-TZ", "{b} {pn} copy nzuri sana", "Sio original, ni copy ya daraja la kwanza. Tunaleta Dar."),
         ("am-ET", "{b} {pn} ኮፒ ምርጥ ጥራት", "ኦሪጅናል አይደለም፣ ኮፒ ነው። አዲስ አበባ እናደርሳለን።"),
         ("ha-NG", "{b} {pn} kwafi mai kyau", "Ba original ba ne, kwafi ne na farko. Kano.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_south_asia_first_copy_fresh", "", C, 13, "South Asian 'first copy / master copy / 7AAA' in Indic, Urdu, Bangla, Sinhala, Pashto scripts and English")
def c_sa(n, name):
    T = [("hi-IN", "{b} {pn} फर्स्ट कॉपी", "ओरिजिनल नहीं है, मास्टर कॉपी क्वालिटी। कैश ऑन डिलीवरी।"),
         ("en-IN", "{b} {pn} 7AAA first copy", "Master copy, same as original, COD available all India."),
         ("ta-IN", "{b} {pn} முதல் காப்பி", "ஒரிஜினல் இல்லை, ஃபர்ஸ்ட் காப்பி தரம். சென்னை டெலிவரி."),
         ("te-IN", "{b} {pn} ఫస్ట్ కాపీ", "ఒరిజినల్ కాదు, ఫస్ట్ కాపీ క్వాలిటీ. హైదరాబాద్."),
         ("mr-IN", "{b} {pn} फर्स्ट कॉपी मास्टर क्वालिटी", "ओरिजिनल नाही, मास्टर कॉपी. पुणे डिलिव्हरी."),
         ("bn-BD", "{b} {pn} মাস্টার কপি", "অরিজিনাল না, মাস্টার কপি। ঢাকার ভিতরে ক্যাশ অন ডেলিভারি।"),
         ("ur-PK", "{b} {pn} ماسٹر کاپی", "اوریجنل نہیں، ماسٹر کاپی ہے۔ کیش آن ڈیلیوری۔"),
         ("en-PK", "{b} {pn} AAA master copy", "Imported master copy, not original. Delivery all Pakistan."),
         ("ne-NP", "{b} {pn} फर्स्ट कपी", "ओरिजिनल होइन, फर्स्ट कपी। काठमाडौं डेलिभरी।"),
         ("si-LK", "{b} {pn} first copy", "ඔරිජිනල් නොවේ, first copy quality. Colombo delivery."),
         ("ps-AF", "{b} {pn} کاپي درجه اول", "اصلي نه دی، درجه اول کاپي. کابل ته رسول."),
         ("en-AE", "{b} {pn} master copy 1:1", "Master copy from Karama, same as original. Cash on delivery."),
         ("en-GB", "{b} {pn} first copy AAA", "First copy, not genuine, shipped from Southall.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_rep_factory_batches", "", C, 13, "replica factory and batch names (Clean, VSF, ZF, LJR, PK, OG batch, M batch, 纯原, VS厂) beside the brand or line")
def c_batch(n, name):
    ps = [p for p in P if p[0] in ("rolex", "omega", "cartier", "nike", "adidas", "louis-vuitton", "gucci", "canada-goose", "the-north-face", "puma")]
    R.shuffle(ps)
    T = [("en-US", "{b} {pn} – Clean factory V3, latest batch", "QC pics on request. Ships in 7-10 days."),
         ("en-GB", "{b} {pn} LJR batch", "Best batch on the market, W2C in DMs."),
         ("en-AU", "{b} {pn} PK God batch", "Retail-level shape, comes with all accessories."),
         ("en-CA", "{b} {pn} OG batch 1:1", "Top tier batch, includes box and receipt."),
         ("en-SG", "{b} {pn} VSF 2025 version", "Vs factory newest, cal. clone, 904L."),
         ("en-PH", "{b} {pn} ZF factory", "ZF top version, cash on delivery Metro Manila."),
         ("de-DE", "{b} {pn} – Clean Factory Version", "Beste Fabrik, sieht aus wie Original."),
         ("fr-FR", "{b} {pn} usine VS dernière version", "Meilleure usine, envoi suivi."),
         ("zh-CN", "{zh}{pn} VS厂 最新版", "VS厂出品，支持验货，顺丰包邮"),
         ("ru-RU", "{b} {pn} фабрика Clean", "Лучшая фабрика, точная копия, отправка СДЭК."),
         ("it-IT", "{b} {pn} batch M top", "Batch migliore, identico. Spedizione tracciata."),
         ("es-ES", "{b} {pn} batch LJR top", "Mejor batch disponible, envío 24/48h."),
         ("nl-NL", "{b} {pn} batch G 1:1", "Top batch, levering binnen een week.")]
    return run(name, C, n, T, ps, CP)


@cls("c_cover_story_fresh", "", C, 13, "cover stories in fresh wordings: cancelled export shipment, factory liquidation, container overstock, QC leftover, at a copy's price")
def c_cover(n, name):
    T = [("en-US", "{b} {pn} – new, from cancelled shipment", "Got a lot from a cancelled export order, tags attached, no receipt. Not from an official store."),
         ("pl-PL", "{b} {pn} nowe – z anulowanego zamówienia eksportowego", "Towar z anulowanego kontraktu, bez paragonu."),
         ("de-DE", "{b} {pn} neu – Restposten Fabrikauflösung", "Aus einer Fabrikauflösung, ohne Rechnung, daher so günstig."),
         ("it-IT", "{b} {pn} nuovo – stock fine serie di fabbrica", "Stock di fabbrica, senza scontrino."),
         ("es-ES", "{b} {pn} nuevo excedente de fábrica", "Excedente de producción, sin factura."),
         ("pt-BR", "{b} {pn} novo – sobra de exportação", "Sobra de exportação da fábrica, sem nota."),
         ("tr-TR", "{b} {pn} sıfır – ihracat fazlası", "İhracat fazlası ürün, faturasız."),
         ("ru-RU", "{b} {pn} новый – остатки экспортного заказа", "Остатки с фабрики, без чека."),
         ("vi-VN", "{b} {pn} mới – hàng xuất dư", "Hàng xuất khẩu dư, không hóa đơn."),
         ("id-ID", "{b} {pn} baru – sisa ekspor", "Sisa ekspor pabrik, tanpa nota."),
         ("th-TH", "{b} {pn} ใหม่ – สินค้าหลุด QC ส่งออก", "ของหลุด QC โรงงาน ไม่มีใบเสร็จ"),
         ("ar-EG", "{b} {pn} جديد – ستوك تصدير", "ستوك تصدير من المصنع، بدون فاتورة."),
         ("en-KE", "{b} {pn} new – container overstock", "Container overstock from Mombasa, no receipt, cheap.")]
    return run(name, C, n, T, pool(goods(40)), CP)


def custom(name, kind, items, price=None):
    """items: (lang, brand, title, desc, usd, category[, extra dict])"""
    for it in items:
        lang, b, t, d, usd, cat = it[:6]
        ex = it[6] if len(it) > 6 else {}
        L(name, kind, b, lang, t, d, usd=usd, category=cat, **ex)


def lst(b, pn=None):
    ps = by_brand(b)
    if pn:
        ps = [p for p in ps if pn in p[2]] or ps
    return ps[0][5]


def cu(b, pn=None):
    return copy_usd(lst(b, pn))


@cls("c_line_only_with_cue", "", C, 13, "a registered line or product name without the brand word, with a copy word")
def c_line(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Submariner Date green bezel – super clone", "3235 clone, ceramic bezel, full set.", cu("rolex"), "watches"),
        ("fr-FR", "louis-vuitton", "Neverfull MM damier ébène – copie haut de gamme", "Copie de qualité, avec pochette.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("de-DE", "omega", "Speedmaster Moonwatch Nachbau Handaufzug", "Sehr gute Replik, Saphirglas.", cu("omega", "Speed"), "watches"),
        ("es-MX", "nike", "Air Jordan 1 High Chicago réplica AAA", "Tallas 25-29, con caja.", cu("nike", "Jordan"), "sneakers"),
        ("it-IT", "gucci", "GG Marmont borsa piccola replica", "Pelle matelassé, catena dorata.", cu("gucci", "Marmont small"), "handbags"),
        ("ko-KR", "dyson", "에어랩 멀티 스타일러 미러급 레플", "정품 아님, 구성품 동일.", cu("dyson", "Airwrap"), "hair care"),
        ("ja-JP", "apple", "AirPods Pro 第2世代 コピー品 ノイキャン対応", "正規品ではありません。", cu("apple", "AirPods"), "earbuds"),
        ("pt-BR", "adidas", "Samba OG branco réplica primeira linha", "Do 34 ao 44.", cu("adidas", "Samba"), "sneakers"),
        ("pl-PL", "the-north-face", "Nuptse 1996 kurtka puchowa replika", "Nie oryginał, bardzo dobra jakość.", cu("the-north-face", "Nuptse"), "jackets"),
        ("en-AU", "cartier", "Juste un Clou bracelet 18k plated copy", "Nail bracelet copy, stamped.", 90, "jewelry"),
        ("tr-TR", "samsung", "Galaxy S24 Ultra replika 512 GB", "Orijinal değildir, Android 14.", cu("samsung", "S24"), "phones"),
        ("nl-NL", "canada-goose", "Expedition Parka namaak, echte bontkraag", "Geen origineel, wel warm.", cu("canada-goose", "Expedition"), "parkas"),
        ("en-NG", "michael-kors", "Jet Set large tote first grade", "Not original, Turkey quality.", cu("michael-kors", "Jet"), "handbags"),
    ])


@cls("c_model_number_cheap", "", C, 13, "a registered model number and a goods noun, 'new', at a copy's price, no copy word")
def c_model(n, name):
    T = [("en-US", "{m} {noun} new", "Brand new, never used."),
         ("de-DE", "{m} {noun} neu", "Neu und unbenutzt, Versand möglich."),
         ("fr-FR", "{m} {noun} neuf", "Neuf jamais servi."),
         ("ko-KR", "{m} {noun} 새상품", "미개봉 새상품입니다."),
         ("ja-JP", "{m} {noun} 新品", "新品未使用です。"),
         ("zh-CN", "{m} {noun} 全新", "全新未使用，包邮。"),
         ("pl-PL", "{m} {noun} nowy", "Nowy, nieużywany."),
         ("es-MX", "{m} {noun} nuevo", "Nuevo sin uso."),
         ("it-IT", "{m} {noun} nuovo", "Nuovo mai usato."),
         ("ru-RU", "{m} {noun} новый", "Новый, не использовался."),
         ("tr-TR", "{m} {noun} sıfır", "Sıfır, kullanılmamış."),
         ("pt-BR", "{m} {noun} novo", "Novo, nunca usado."),
         ("nl-NL", "{m} {noun} nieuw", "Nieuw, ongebruikt.")]
    return run(name, C, n, T, pool(lambda p: goods(100)(p) and not p[6].startswith(p[2][:4])), CP)


@cls("c_cjk_names_copy_words", "", C, 13, "the brand's Chinese, Japanese or Korean name with local copy words (高仿, 复刻, 莆田, 仿品, コピー品, 짝퉁, 가품)")
def c_cjk(n, name):
    T = [("zh-CN", "{zh}{pn} 高仿 原单品质", "专柜品质，1:1复刻，支持验货，顺丰包邮。"),
         ("zh-CN", "{zh} {noun} 莆田纯原", "莆田纯原版本，细节对比正品。"),
         ("zh-TW", "{zh} {pn} 高版本 仿品", "仿品，高版本，介意勿下。"),
         ("zh-HK", "{zh} {pn} 高仿 A貨", "高仿A貨，同正貨冇分別。"),
         ("ja-JP", "{ja} {pn} コピー品 激安", "コピー品です。理解ある方のみ。"),
         ("ko-KR", "{ko} {pn} 짝퉁 S급", "짝퉁 S급입니다. 정품 아님."),
         ("ko-KR", "{ko} {noun} 가품 판매", "가품입니다. 감안하시고 구매하세요."),
         ("zh-CN", "{zh} {noun} 复刻版 一比一", "复刻版，一比一开模。"),
         ("ja-JP", "{ja} {noun} 偽物 美品", "偽物ですが綺麗です。"),
         ("zh-TW", "{zh} {noun} 副廠 仿", "副廠仿製品。"),
         ("zh-CN", "{zh}{noun} 超A货 顶级版本", "顶级版本，懂的来。"),
         ("ko-KR", "{ko} {pn} 레플 정품급", "정품급 레플입니다."),
         ("zh-HK", "{zh} {noun} 水貨? 唔係, 係仿", "係仿品，介意勿買。")]
    return run(name, C, n, T, pool(goods(40)), CP)


@cls("c_misspellings_fresh", "", C, 13, "misspelt marks (Rollex, Guccy, Addidas, Louis Viton, Samsong, Dysen, Burbery, Omegaa, Yonnex) at a copy's price")
def c_missp(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Rollex Submariner green automatic", "Looks real, runs great.", cu("rolex"), "watches"),
        ("en-GB", "gucci", "Guccy Marmont bag black small", "New with dust bag.", cu("gucci", "Marmont small"), "handbags"),
        ("en-NG", "adidas", "Addidas Samba OG white sneakers", "All sizes available.", cu("adidas", "Samba"), "sneakers"),
        ("en-PH", "louis-vuitton", "Louis Viton Neverfull MM tote", "Class A, with pouch.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("en-IN", "samsung", "Samsong Galaxy S24 Ultra 12/512", "Brand new box pack.", cu("samsung", "S24"), "phones"),
        ("en-AU", "dyson", "Dysen Airwrap complete long", "All 6 attachments, new.", cu("dyson", "Airwrap"), "hair care"),
        ("en-KE", "michael-kors", "Micheal Kors Jet Set tote brown", "New in stock.", cu("michael-kors", "Jet"), "handbags"),
        ("en-CA", "burberry", "Burbery check cashmere scarf", "Soft, new with tags.", cu("burberry", "scarf"), "scarves"),
        ("en-SG", "omega", "Omegaa Speedmaster moonwatch", "Works perfect.", cu("omega", "Speed"), "watches"),
        ("en-MY", "yonex", "Yonnex Astrox 88D Pro 4U", "Strung 26lbs.", cu("yonex", "Astrox"), "badminton rackets"),
        ("en-ZA", "swarovski", "Swarosvki Millenia necklace", "Gift box included.", cu("swarovski", "Millenia"), "jewelry"),
        ("en-GH", "cartier", "Cartiere Love bracelet gold", "With screwdriver.", 85, "jewelry"),
        ("en-JM", "pandora", "Pandorra heart charm silver", "New, in pouch.", cu("pandora", "charm"), "charms"),
    ])


@cls("c_homoglyphs_fresh", "", C, 13, "Cyrillic and Greek look-alike letters inside the mark (Rоlех, Саrtiеr, Νike, Αdidas, Вurbеrrу)")
def c_homog(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Rоlех Datejust 41 fluted", "Automatic, oyster bracelet.", cu("rolex", "Datejust"), "watches"),
        ("de-DE", "cartier", "Саrtiеr Santos Uhr Stahl", "Automatik, neu.", cu("cartier", "Santos"), "watches"),
        ("fr-FR", "swarovski", "Ѕwаrоvѕki collier Millenia", "Neuf, boîte.", cu("swarovski", "Millenia"), "jewelry"),
        ("el-GR", "pandora", "Ρаndоrа βραχιόλι Moments", "Καινούργιο.", cu("pandora", "bracelet"), "jewelry"),
        ("it-IT", "gucci", "Gυссі cintura GG Marmont", "Nuova con scatola.", cu("gucci", "belt"), "belts"),
        ("en-GB", "dyson", "Dуѕоn Supersonic hair dryer", "Boxed, new.", cu("dyson", "Supersonic"), "hair care"),
        ("es-ES", "omega", "Оmеgа Seamaster 300M azul", "Nuevo, automático.", cu("omega", "Seamaster"), "watches"),
        ("pl-PL", "burberry", "Вurbеrrу szalik kratka kaszmir", "Nowy z metką.", cu("burberry", "scarf"), "scarves"),
        ("ro-RO", "samsung", "Ѕаmѕung Galaxy S24 Ultra 256GB", "Nou, sigilat.", cu("samsung", "S24"), "phones"),
        ("bg-BG", "apple", "Арple AirPods Pro 2 USB-C", "Нови, запечатани.", cu("apple", "AirPods"), "earbuds"),
        ("en-AU", "nike", "Νike Air Force 1 '07 white", "All sizes.", cu("nike", "Force"), "sneakers"),
        ("pt-PT", "adidas", "Αdidas Stan Smith brancas", "Novas.", cu("adidas", "Stan"), "sneakers"),
        ("cs-CZ", "bose", "Вosе QuietComfort 45 sluchátka", "Nové, nerozbalené.", cu("bose", "45"), "headphones"),
    ])


@cls("c_separators_leet_fresh", "", C, 13, "separators and leetspeak inside the mark (R·O·L·E·X, G/U/C/C/I, N!ke, L0u!s Vu!tt0n, D¥son)")
def c_sep(n, name):
    custom(name, C, [
        ("en-US", "rolex", "R·O·L·E·X GMT-Master II Pepsi rep", "Jubilee bracelet.", cu("rolex"), "watches"),
        ("en-GB", "gucci", "G/U/C/C/I belt double G gold buckle", "Copy, 95cm.", cu("gucci", "belt"), "belts"),
        ("en-US", "nike", "N!ke Dunk Low Panda UA", "Sizes 7-12.", cu("nike", "Dunk"), "sneakers"),
        ("fr-FR", "louis-vuitton", "L0u!s Vu!tt0n Speedy 30 copie", "Toile monogram.", cu("louis-vuitton", "Speedy"), "handbags"),
        ("en-PH", "cartier", "C@rtier Love bracelet w/ screwdriver", "18k plated.", 70, "jewelry"),
        ("en-IN", "dyson", "D¥son Airwrap 1st copy", "6 attachments.", cu("dyson", "Airwrap"), "hair care"),
        ("es-AR", "swarovski", "Sw@rovski collar cisne réplica", "Con caja.", cu("swarovski", "Millenia"), "jewelry"),
        ("pt-BR", "omega", "0meg@ Seamaster réplica", "Automático.", cu("omega", "Seamaster"), "watches"),
        ("en-AU", "pandora", "P4nd0r4 charm bracelet copy", "S925 stamped.", cu("pandora", "bracelet"), "jewelry"),
        ("en-NZ", "bose", "B_o_s_e QC Ultra Earbuds copy", "ANC works.", cu("bose", "Earbuds"), "earbuds"),
        ("de-DE", "philips", "Phi1ips Sonicare DiamondClean Nachbau", "Mit Ladeglas.", cu("philips", "Sonicare"), "electric toothbrushes"),
        ("ms-MY", "yonex", "Y0nex Astrox 88D copy", "4U G5.", cu("yonex", "Astrox"), "badminton rackets"),
        ("en-CA", "burberry", "Bur-berry vintage check scarf rep", "Cashmere feel.", cu("burberry", "scarf"), "scarves"),
    ])


BOILER = ("Payment: bank transfer, PayPal friends, cash on pickup. Shipping: tracked, 2-5 working days, we pack carefully in "
          "bubble wrap and a strong box. Combined shipping for several items. Returns: no returns on sale items, please read "
          "the description and ask all questions before buying. We are a small family shop, thank you for supporting us. "
          "Please check our other listings for more items in different sizes and colours. Items are stored in a smoke-free, "
          "pet-free home. Colours may look slightly different because of screen settings. Measurements are taken by hand and "
          "may vary by 1-2 cm. Feedback is appreciated, we always leave feedback after receiving yours. ")


@cls("c_cue_deep_in_description", "", C, 13, "a plain title with the brand; the admission sits at the end of a long boilerplate description")
def c_deep(n, name):
    tails = [("en-US", "PS: this is a high quality replica, not original."), ("en-GB", "Note: not genuine, a very good copy."),
             ("de-DE", "P.S. Es handelt sich um eine Replik, kein Original."), ("fr-FR", "PS : il s'agit d'une réplique, pas d'un original."),
             ("es-ES", "PD: es una réplica, no es original."), ("it-IT", "PS: è una replica, non originale."),
             ("pl-PL", "PS: to replika, nie oryginał."), ("nl-NL", "PS: dit is een replica, geen origineel."),
             ("pt-BR", "OBS: é réplica, não é original."), ("ru-RU", "P.S. Это реплика, не оригинал."),
             ("tr-TR", "Not: ürün replikadır, orijinal değildir."), ("id-ID", "NB: barang replika ya, bukan ori."),
             ("vi-VN", "Lưu ý: hàng replica, không phải auth.")]
    ps = pool(goods(60))
    for i in range(n):
        lang, tail = tails[i]
        p = ps[i]
        L(name, C, p[0], lang, f"{p[1]} {p[2]}", BOILER * 3 + tail, usd=copy_usd(p[5]), category=p[4])


@cls("c_cue_in_seller_or_attributes", "", C, 13, "the copy cue only in the seller's name or the item specifics; title and description plain")
def c_attr(n, name):
    ps = pool(goods(60))
    langs = ["en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES", "en-AU", "pt-BR", "pl-PL", "nl-NL", "en-CA", "sv-SE", "en-IE"]
    snames = ["AAA Replica Hub", "Mirror Quality Store", "Top Replik Shop", "Réplique Luxe", "Replica Italia", "Réplicas Premium",
              "Aussie Reps", "Réplicas Primeira Linha", "Repliki Premium", "Namaak Outlet", "Canada Reps Co", "Kopia Butiken", "Dublin Reps"]
    attrs = [{"Quality": "Mirror 1:1 replica"}, {"Authenticity": "Replica"}, {"Qualität": "Replik A+"}, {"Qualité": "Copie AAA"},
             {"Qualità": "Replica 1:1"}, {"Calidad": "Réplica AAA"}, {"Condition": "New", "Type": "Rep"}, {"Qualidade": "Réplica"},
             {"Jakość": "Replika"}, {"Kwaliteit": "Namaak A"}, {"Grade": "UA"}, {"Kvalitet": "Kopia"}, {"Grade": "1:1 replica"}]
    for i in range(n):
        p, lang = ps[i], langs[i]
        if i % 2 == 0:
            s = seller(lang, name=snames[i])
            a = {"Condition": "New"}
        else:
            s = seller(lang)
            a = attrs[i]
        L(name, C, p[0], lang, f"{p[1]} {p[2]}", "New with box. Fast shipping.", usd=copy_usd(p[5]), category=p[4], attrs=a, sell=s)


@cls("c_offplatform_contacts_fresh", "", C, 13, "copy offered with an off-platform contact (WhatsApp, Telegram, Line, WeChat, Viber, Signal, Instagram DM)")
def c_off(n, name):
    T = [("en-NG", "{b} {pn} grade A – WhatsApp 0803 412 7790", "Original quality copy, chat on WA for more pictures."),
         ("en-GH", "{b} {pn} copy – WA +233 24 555 0192", "Text me on WhatsApp, delivery Accra."),
         ("ru-RU", "{b} {pn} реплика – пишите в телеграм @lux_copy_msk", "Цена и фото в телеграме."),
         ("th-TH", "{b} {pn} งานก๊อป – แอดไลน์ @copyshop88", "ทักไลน์เพื่อดูรูปจริง"),
         ("zh-CN", "{zh}{pn} 高仿 加V: lux8899", "微信看实拍。"),
         ("uk-UA", "{b} {pn} копія – Viber 067 123 4455", "Пишіть у вайбер."),
         ("en-US", "{b} {pn} rep – Signal only", "Message on Signal: repsdirect.88, no questions here."),
         ("es-CO", "{b} {pn} réplica – escribe al WhatsApp 310 555 0142", "Fotos reales por WhatsApp."),
         ("id-ID", "{b} {pn} KW super – WA 0812 3344 5566", "Chat WA ya kak."),
         ("tr-TR", "{b} {pn} replika – Instagram DM @replika_ist", "Fiyat için DM."),
         ("ar-AE", "{b} {pn} كوبي – واتساب 050 123 4567", "للتواصل واتساب فقط."),
         ("vi-VN", "{b} {pn} rep 1:1 – Zalo 0901 234 567", "Inbox Zalo để xem ảnh thật."),
         ("fr-CI", "{b} {pn} copie – WhatsApp 07 07 55 12 34", "Livraison Abidjan, contactez WhatsApp.")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_pharma_no_prescription_fresh", "", C, 13, "branded prescription and OTC medicines 'no prescription needed', discreet, at a fraction of the price")
def c_pharma(n, name):
    custom(name, C, [
        ("en-US", "pfizer", "Viagra 100mg blue pills x30 – no prescription needed", "Discreet shipping, same as pharmacy.", 28, "prescription drugs"),
        ("en-GB", "pfizer", "Viagra Pfizer 100mg 20 tabs no script", "Next day, plain packaging.", 22, "prescription drugs"),
        ("de-DE", "pfizer", "Viagra 100 mg ohne Rezept 24 Stück", "Diskreter Versand.", 25, "prescription drugs"),
        ("fr-FR", "pfizer", "Lipitor 20mg sans ordonnance 90 comprimés", "Même que pharmacie, envoi discret.", 20, "prescription drugs"),
        ("es-MX", "pfizer", "Paxlovid tratamiento completo sin receta", "Envío inmediato CDMX.", 60, "prescription drugs"),
        ("it-IT", "pfizer", "Champix vareniclina senza ricetta", "Confezione completa.", 30, "prescription drugs"),
        ("en-IN", "pfizer", "Eliquis 5mg 60 tablets no prescription", "Imported, COD.", 15, "prescription drugs"),
        ("pl-PL", "bayer", "Xarelto 20 mg bez recepty 28 tabl.", "Wysyłka dyskretna.", 18, "prescription drugs"),
        ("pt-BR", "pfizer", "Viagra 50mg sem receita caixa com 8", "Entrega discreta.", 9, "prescription drugs"),
        ("ru-RU", "pfizer", "Виагра Pfizer 100 мг без рецепта", "Анонимная доставка.", 15, "prescription drugs"),
        ("tr-TR", "pfizer", "Viagra 100 mg reçetesiz 4 tablet", "Kapıda ödeme, gizli paket.", 8, "prescription drugs"),
        ("ar-EG", "pfizer", "فياجرا فايزر ١٠٠ مجم بدون روشتة", "توصيل سري.", 6, "prescription drugs"),
        ("en-NG", "johnson-johnson", "Tylenol Extra Strength 500mg 1000 caplets bulk", "Wholesale, no receipt, from open market.", 4, "otc"),
    ])


@cls("c_software_keys_lifetime_fresh", "", C, 13, "software keys, 'lifetime' activations and cracked installers of the brands' subscriptions at a few dollars")
def c_soft(n, name):
    custom(name, C, [
        ("en-US", "microsoft", "Windows 11 Pro retail key – lifetime, instant delivery", "Online activation, 1 PC.", 4.99, "software licenses"),
        ("de-DE", "microsoft", "Office 2021 Professional Plus Key – dauerhaft", "Sofortversand per E-Mail.", 6.5, "software licenses"),
        ("fr-FR", "adobe", "Adobe Creative Cloud à vie – toutes les applis", "Activation permanente, Mac/PC.", 15, "software licenses"),
        ("es-ES", "autodesk", "AutoCAD 2025 licencia de por vida", "Instalación remota incluida.", 19, "software licenses"),
        ("pt-BR", "adobe", "Photoshop 2025 vitalício ativado", "Envio do link na hora.", 5, "software licenses"),
        ("it-IT", "microsoft", "Microsoft 365 account a vita 5TB", "Account personale permanente.", 9, "software licenses"),
        ("pl-PL", "adobe", "Acrobat Pro DC dożywotnia licencja", "Aktywacja zdalna.", 8, "software licenses"),
        ("ru-RU", "autodesk", "Revit 2025 бессрочная лицензия", "Активация навсегда.", 12, "software licenses"),
        ("id-ID", "adobe", "Adobe Premiere Pro full version permanen", "Bisa update.", 3, "software licenses"),
        ("vi-VN", "microsoft", "Key Windows 10 Pro vĩnh viễn", "Kích hoạt online.", 2, "software licenses"),
        ("tr-TR", "autodesk", "3ds Max 2025 ömür boyu lisans", "Uzaktan kurulum.", 10, "software licenses"),
        ("en-PH", "adobe", "Lightroom Classic lifetime pre-activated", "Mac and Windows.", 4, "software licenses"),
        ("ar-SA", "microsoft", "مفتاح ويندوز ١١ برو مدى الحياة", "تفعيل فوري.", 5, "software licenses"),
    ])


@cls("c_cosmetics_counter_grade", "", C, 13, "skincare and makeup 'counter quality / same batch / authentic import' at a copy's price")
def c_cosm(n, name):
    T = [("id-ID", "{b} {pn} original 100% import", "Kualitas counter, harga grosir."),
         ("ms-MY", "{b} {pn} ori counter grade", "Stok kilang sama, murah."),
         ("vi-VN", "{b} {pn} chính hãng xách tay giá sỉ", "Hàng công ty loại 1."),
         ("th-TH", "{b} {pn} ของแท้ราคาส่ง", "เกรดเคาน์เตอร์ ล็อตเดียวกัน"),
         ("zh-CN", "{zh} {pn} 专柜品质 同批次", "同厂同批次，价格美丽。"),
         ("tl-PH", "{b} {pn} authentic US tester grade", "Same as mall, cheap."),
         ("en-NG", "{b} {pn} original from UK", "100% original, wholesale price."),
         ("ar-SA", "{b} {pn} أصلي درجة أولى", "نفس جودة المول."),
         ("ru-RU", "{b} {pn} оригинал Европа", "Оптовая цена, без чека."),
         ("pt-BR", "{b} {pn} original importado", "Qualidade de loja, preço de atacado."),
         ("es-PE", "{b} {pn} original importado precio por mayor", "Calidad tienda."),
         ("tr-TR", "{b} {pn} orijinal ithal", "Mağaza kalitesi, toptan fiyat."),
         ("en-IN", "{b} {pn} original imported batch coded", "Counter quality, bulk price.")]
    ps = [p for p in P if p[0] in ("loreal", "estee-lauder", "shiseido")]
    return run(name, C, n, T, ps * 3, lambda p, l, i: p[5] * R.uniform(.12, .25))


@cls("c_auto_parts_fake_oem_fresh", "", C, 13, "car and motorcycle parts, oil, tyres and generators 'genuine / OEM / original logo' at copy prices")
def c_auto(n, name):
    custom(name, C, [
        ("en-NG", "honda", "Honda genuine oil filter 15400-PLM-A02 – box of 50", "Original Honda, wholesale.", 45, "auto parts"),
        ("ar-IQ", "toyota", "Toyota 04465-02220 فحمات أصلية", "أصلي ياباني، سعر جملة.", 14, "auto parts"),
        ("de-DE", "bmw", "BMW Bremsscheibe 34116860016 original Logo – Satz", "OEM Qualität mit BMW Logo, ohne Rechnung.", 45, "auto parts"),
        ("ru-RU", "shell", "Shell Helix Ultra 5W-40 4л оригинал дешево", "Оптом от 10 канистр.", 11, "motor oil"),
        ("es-MX", "michelin", "Llanta Michelin Pilot Sport 4S 245/40ZR18 nueva económica", "Origen China, marca Michelin.", 55, "tires"),
        ("vi-VN", "honda", "Máy phát điện Honda EU2200i hàng nhái loại 1", "Giống chính hãng.", 240, "generators"),
        ("pt-BR", "toyota", "Filtro de óleo Toyota 90915-YZZD1 original caixa 20 un.", "Original, preço de fábrica.", 30, "auto parts"),
        ("en-KE", "toyota", "Toyota Land Cruiser brake pads genuine – cheap", "Genuine Toyota box, Japan.", 9, "auto parts"),
        ("ur-PK", "honda", "ہونڈا اوریجنل ایئر فلٹر 17220-5BA-A00", "اوریجنل، ہول سیل ریٹ۔", 3, "auto parts"),
        ("pl-PL", "bmw", "Filtr oleju BMW 11428575211 oryginał 10 szt.", "Oryginalne opakowania, bez faktury.", 20, "auto parts"),
        ("tr-TR", "shell", "Shell Helix Ultra 5W-40 4 lt orijinal ucuz", "Toptan fiyat.", 12, "motor oil"),
        ("en-ZA", "michelin", "Michelin Primacy 4+ 205/55R16 new, R550 each", "Grey import, Michelin branded.", 30, "tires"),
        ("th-TH", "honda", "ผ้าเบรค Honda แท้ 45022-TBA-A01 ราคาถูก", "ของแท้ศูนย์ ราคาส่ง", 8, "auto parts"),
    ])


@cls("c_toy_clones_fresh", "", C, 13, "toy and model clones sold under the brand (LEGO China version, KO Transformers, Daban Gunpla, fake Barbie, copy Monopoly)")
def c_toys(n, name):
    custom(name, C, [
        ("de-DE", "lego", "LEGO 75192 Millennium Falcon – neu, China-Version", "Steine nicht original, Anleitung dabei.", 120, "building sets"),
        ("pl-PL", "lego", "LEGO Technic 42115 Lamborghini zamiennik z logo", "Nowy, z Chin.", 60, "building sets"),
        ("en-US", "hasbro", "Transformers Studio Series Optimus Prime KO version", "KO, not Hasbro original, same mold.", 15, "action figures"),
        ("zh-CN", "bandai", "万代 高达 MG RX-78-2 3.0 大班 仿", "大班版，非正版。", 9, "model kits"),
        ("ja-JP", "bandai", "バンダイ PG ユニコーンガンダム 海外製 コピー品", "非正規品です。", 55, "model kits"),
        ("es-AR", "mattel", "Barbie Dreamhouse réplica con luces", "No es Mattel original.", 40, "dolls"),
        ("pt-BR", "mattel", "Hot Wheels pista réplica 100 carrinhos", "Réplica, não original.", 7, "die-cast cars"),
        ("en-PH", "hasbro", "Monopoly Classic board game class A copy", "Printed copy, complete.", 5, "board games"),
        ("ru-RU", "lego", "LEGO Звёздные войны Сокол копия 7500 деталей", "Аналог, не оригинал.", 95, "building sets"),
        ("fr-FR", "hasbro", "Nerf Elite 2.0 copie lanceur + 20 fléchettes", "Copie, marche bien.", 6, "blasters"),
        ("id-ID", "bandai", "Tamagotchi original Bandai KW murah", "KW super, bisa main.", 4, "toys"),
        ("tr-TR", "lego", "LEGO Ninjago set muadil logolu", "Orijinal değil, LEGO logolu kutu.", 9, "building sets"),
        ("ko-KR", "mattel", "바비 드림하우스 짝퉁", "정품 아님.", 35, "dolls"),
    ])


@cls("c_electronics_clone_fresh", "", C, 13, "electronics clones (AirPods chip versions, Android 'S24 Ultra', fake-capacity SSD, copy headphones and stylers)")
def c_elec(n, name):
    custom(name, C, [
        ("en-US", "apple", "AirPods Pro 2 USB-C – Huilian 277 chip, ANC, pop-up, serial", "Best version, shows in settings.", 25, "earbuds"),
        ("vi-VN", "apple", "AirPods Pro 2 rep 1:1 Hổ Vằn 1562M", "Định vị, đổi tên.", 18, "earbuds"),
        ("en-PK", "samsung", "Samsung Galaxy S24 Ultra clone 16GB/1TB Android 14", "Master copy phone.", 110, "phones"),
        ("ru-RU", "samsung", "Samsung 990 PRO 2TB NVMe новый дешево", "Новый, без коробки.", 22, "memory"),
        ("es-MX", "sony", "Sony WH-1000XM5 audífonos copia AAA", "Cancelación de ruido.", 35, "headphones"),
        ("ar-EG", "bose", "بوز كوايت كومفورت 45 كوبي", "هاي كوبي بعزل صوت.", 30, "headphones"),
        ("tr-TR", "dyson", "Dyson Airwrap muadil 6 başlıklı A+", "Birebir, garantisiz.", 60, "hair care"),
        ("th-TH", "dyson", "ไดร์ Dyson Supersonic ก๊อป", "งานเหมือนแท้", 35, "hair care"),
        ("pl-PL", "nintendo", "Joy-Con Nintendo zamienniki z logo", "Nowe, nieoryginalne.", 15, "accessories"),
        ("en-NG", "apple", "Apple 20W USB-C charger original 10 pcs", "New, cheap, bulk available.", 3, "chargers"),
        ("de-DE", "canon", "Canon LP-E6NH Akku original günstig 2 Stück", "Neu, ohne Verpackung.", 12, "cameras"),
        ("id-ID", "panasonic", "Eneloop AA 2500mAh 4 pcs KW", "Kapasitas sesuai.", 2, "batteries"),
        ("en-IN", "philips", "Philips Sonicare DiamondClean first copy", "With charger glass.", 25, "electric toothbrushes"),
    ])


@cls("c_sports_gear_copy_fresh", "", C, 13, "golf, badminton, tennis and ball copies (Ai Smoke driver copy, Astrox 88D copy, Pro Staff replica, Evolution ball copy)")
def c_sport(n, name):
    custom(name, C, [
        ("en-US", "callaway", "Callaway Paradym Ai Smoke driver – clone head, 10.5", "Great feel, not OEM.", 65, "golf clubs"),
        ("ko-KR", "callaway", "캘러웨이 패러다임 드라이버 짝퉁", "정품 아님.", 70, "golf clubs"),
        ("ja-JP", "callaway", "キャロウェイ クロムソフト ボール コピー 1ダース", "コピー品。", 9, "golf balls"),
        ("zh-CN", "yonex", "尤尼克斯 天斧88D 高仿 4U", "高仿拍，手感接近正品。", 25, "badminton rackets"),
        ("ms-MY", "yonex", "Yonex Astrox 88D Pro copy ori", "Copy ori grade, 4U.", 30, "badminton rackets"),
        ("id-ID", "yonex", "Shuttlecock Yonex AS-50 KW 1 slop", "KW super, bulu angsa.", 9, "shuttlecocks"),
        ("vi-VN", "yonex", "Vợt Yonex Nanoflare 800 fake 1", "Hàng fake loại 1.", 22, "badminton rackets"),
        ("th-TH", "yonex", "ลูกแบด Yonex AS50 ก๊อป", "งานก๊อปเกรดดี", 8, "shuttlecocks"),
        ("en-IN", "wilson", "Wilson Pro Staff 97 v14 first copy racket", "Master copy, strung.", 30, "tennis rackets"),
        ("tl-PH", "wilson", "Wilson Evolution basketball class A", "Same grip as orig.", 12, "basketballs"),
        ("en-GB", "wilson", "Wilson Blade 98 v9 replica frame", "Not genuine, unstrung.", 35, "tennis rackets"),
        ("es-AR", "callaway", "Hierros Callaway Apex réplica juego 4-PW", "Réplica buena.", 110, "golf clubs"),
        ("pt-BR", "wilson", "Bola Wilson NCAA Evolution réplica", "Réplica primeira linha.", 10, "basketballs"),
    ])


@cls("c_fmcg_copy_fresh", "", C, 13, "food, formula, drinks and blades copies admitted in passing (same taste, non-original, local refill, factory B-grade)")
def c_fmcg(n, name):
    custom(name, C, [
        ("en-NG", "ferrero", "Nutella 750g – non-original, same taste", "Cheap for resellers, carton of 6.", 2, "spreads"),
        ("ar-EG", "ferrero", "فيريرو روشيه ٣٠ قطعة تقليد", "نفس الطعم، تقليد ممتاز.", 4, "chocolate"),
        ("zh-CN", "danone", "爱他美 3段 800g 仿 无溯源码", "非正品，无溯源码，介意勿拍。", 9, "infant formula"),
        ("vi-VN", "abbott", "Sữa Similac 360 số 3 900g hàng nhái", "Giá rẻ, hàng không chính hãng.", 10, "infant formula"),
        ("en-PK", "mars", "Snickers 48g x 24 local copy", "Made locally, same wrapper.", 5, "chocolate"),
        ("ru-RU", "nestle", "Nescafé Gold 200г подделка дешево", "Не оригинал, вкус похож.", 2.5, "coffee"),
        ("id-ID", "coca-cola", "Coca-Cola kaleng 330ml x24 KW", "Produk tiruan, harga murah.", 4, "soft drinks"),
        ("en-IN", "gillette", "Gillette Fusion5 ProGlide blades 8 pack first copy", "Copy blades, sharp.", 5, "razor blades"),
        ("tr-TR", "ferrero", "Kinder Bueno 30'lu muadil", "Orijinal değil, aynı tat.", 4, "chocolate"),
        ("es-PE", "nestle", "Leche NAN Optipro 2 800g réplica", "No es original, precio bajo.", 8, "infant formula"),
        ("th-TH", "mars", "M&M's 1kg ก๊อป", "ไม่ใช่ของแท้ รสชาติใกล้เคียง", 4, "chocolate"),
        ("ar-SA", "johnson-johnson", "ليسترين كول منت ١ لتر تقليد", "تقليد، سعر جملة.", 2, "otc"),
        ("fr-CM", "danone", "Aptamil 3 800g copie pas chère", "Ce n'est pas l'original.", 12, "infant formula"),
    ])


@cls("c_jewelry_plated_logo_fresh", "", C, 13, "plated jewellery and charms with the brand's engraving or logo at a few per cent of list")
def c_jew(n, name):
    custom(name, C, [
        ("en-US", "cartier", "Cartier Love bracelet 18k gold plated w/ screwdriver, engraved", "Stainless steel, doesn't tarnish.", 35, "jewelry"),
        ("fr-FR", "cartier", "Bracelet Juste un Clou plaqué or gravé Cartier", "Acier inoxydable.", 30, "jewelry"),
        ("it-IT", "cartier", "Anello Trinity Cartier placcato tre ori", "Inciso, misure 50-60.", 20, "jewelry"),
        ("en-GB", "pandora", "Pandora charms x10 S925 ALE stamped job lot", "New, fits all bracelets.", 15, "charms"),
        ("es-ES", "pandora", "Pulsera Pandora Moments plata con cierre logo", "Grabado ALE, nueva.", 12, "jewelry"),
        ("de-DE", "swarovski", "Swarovski Schwan Kette mit Logo-Anhänger", "Neu in Box.", 11, "jewelry"),
        ("pl-PL", "swarovski", "Swarovski Millenia naszyjnik z grawerem", "Nowy, pudełko.", 14, "jewelry"),
        ("ko-KR", "cartier", "까르띠에 러브팔찌 도금 각인", "드라이버 포함.", 28, "jewelry"),
        ("ja-JP", "pandora", "パンドラ チャーム S925 刻印あり 5個", "新品。", 10, "charms"),
        ("tr-TR", "cartier", "Cartier Love bilezik 18 ayar kaplama logolu", "Çelik, kararmaz.", 18, "jewelry"),
        ("ar-AE", "swarovski", "قلادة سواروفسكي بجعة مع الشعار", "جديدة مع العلبة.", 12, "jewelry"),
        ("pt-BR", "pandora", "Berloque Pandora prata 925 com logo", "Novo.", 6, "charms"),
        ("ru-RU", "cartier", "Браслет Cartier Love позолота с гравировкой", "С отвёрткой.", 25, "jewelry"),
    ])


@cls("c_social_caption_reps_fresh", "", C, 13, "social-commerce captions with rep hashtags and emoji (restock, drop, cop, #fashionreps)")
def c_social(n, name):
    T = [("en-US", "🔥 restock 🔥 {b} {pn} 1:1 📦 DM to cop", "#reps #fashionreps #{cat} link in bio"),
         ("en-GB", "{b} {pn} just landed 👀 rep drop", "#repsuk #ukreps DM for pics"),
         ("en-AU", "{b} {pn} ✨ top batch ✨", "#repsaustralia #1to1 comment 'info'"),
         ("en-CA", "new drop: {b} {pn} 💯", "#canadareps #reps dm"),
         ("fr-FR", "🔥 {b} {pn} dispo 🔥", "#rep #repfr #copie DM pour commander"),
         ("es-ES", "{b} {pn} 🔥 nuevo drop", "#réplica #repsesp escríbeme"),
         ("pt-BR", "{b} {pn} 😍 chegou", "#replica #repbr chama no direct"),
         ("id-ID", "{b} {pn} ready stock 🔥", "#kw #kwsuper #mirror DM"),
         ("tl-PH", "{b} {pn} onhand 🔥", "#classa #replicaph pm sis"),
         ("it-IT", "{b} {pn} 🔥 arrivato", "#replica #repsitalia scrivimi"),
         ("de-DE", "{b} {pn} 🔥 neu da", "#replik #repsde schreib mir"),
         ("en-NG", "{b} {pn} ✅ available", "#firstgrade #lagosvendor #reps"),
         ("ko-KR", "{ko} {pn} 입고 🔥", "#레플 #미러급 DM")]
    return run(name, C, n, T, pool(goods(60)), CP)


@cls("c_luxury_bag_grades_fresh", "", C, 13, "designer bags and wallets in grade talk (top grade, superfake, original leather, date code, full set with receipt)")
def c_bags(n, name):
    ps = [p for p in P if p[0] in ("louis-vuitton", "gucci", "burberry", "michael-kors", "coach")] * 3
    R.shuffle(ps)
    T = [("en-US", "{b} {pn} superfake – date code, dust bag, receipt", "Top grade genuine leather."),
         ("fr-FR", "{b} {pn} qualité miroir cuir véritable", "Full set avec facture."),
         ("it-IT", "{b} {pn} qualità top pelle vera", "Con dust bag e scontrino."),
         ("ar-AE", "{b} {pn} ماستر كوالتي جلد طبيعي", "مع الكيس والفاتورة."),
         ("ru-RU", "{b} {pn} люкс качество натуральная кожа", "Полный комплект."),
         ("zh-HK", "{zh} {pn} 頂級版 真皮", "全套包裝連單。"),
         ("ko-KR", "{ko} {pn} 최상급 정품가죽", "풀구성, 영수증 포함."),
         ("ja-JP", "{ja} {pn} 最高級品 本革", "保存袋、レシート付き。"),
         ("th-TH", "{b} {pn} เกรดท็อป หนังแท้", "ครบเซ็ต ใบเสร็จ"),
         ("vi-VN", "{b} {pn} siêu cấp da thật", "Full box, bill."),
         ("id-ID", "{b} {pn} mirror quality kulit asli", "Fullset dustbag."),
         ("tr-TR", "{b} {pn} süper kalite hakiki deri", "Full set, faturalı."),
         ("es-MX", "{b} {pn} calidad espejo piel genuina", "Con dust bag y ticket.")]
    return run(name, C, n, T, ps, CP)


@cls("c_plain_new_cheap_cis_caucasus", "", C, 13, "'new, original' in Central Asian, Caucasian, Balkan and Eastern European languages, the price the only cue")
def c_cis(n, name):
    T = [("kk-KZ", "{b} {pn} жаңа, түпнұсқа", "Жаңа, қорабымен."),
         ("uz-UZ", "{b} {pn} yangi, original", "Yangi, qutisi bilan."),
         ("ky-KG", "{b} {pn} жаңы, оригинал", "Жаңы, кутусу менен."),
         ("az-AZ", "{b} {pn} yeni, original", "Yeni, qutusu ilə."),
         ("ka-GE", "{b} {pn} ახალი, ორიგინალი", "ახალი, ყუთით."),
         ("hy-AM", "{b} {pn} նոր, օրիգինալ", "Նոր, տուփով։"),
         ("mn-MN", "{b} {pn} шинэ, оригинал", "Шинэ, хайрцагтай."),
         ("tk-TM", "{b} {pn} täze, original", "Täze, gutusy bilen."),
         ("tg-TJ", "{b} {pn} нав, аслӣ", "Нав, бо қуттӣ."),
         ("be-BY", "{b} {pn} новы, арыгінал", "Новы, з скрынкай."),
         ("uk-UA", "{b} {pn} новий, оригінал", "Новий, з коробкою."),
         ("sq-AL", "{b} {pn} i ri, origjinal", "I ri, me kuti."),
         ("mk-MK", "{b} {pn} нов, оригинал", "Нов, со кутија.")]
    return run(name, C, n, T, pool(goods(200)), lambda p, l, i: p[5] * R.uniform(.05, .2))


@cls("c_outerwear_apparel_copy", "", C, 13, "outerwear, denim and sportswear copies (1:1 with NFC tag, real fur trim, 700 fill, copy 501s)")
def c_outer(n, name):
    custom(name, C, [
        ("en-CA", "canada-goose", "Canada Goose Langford parka 1:1 – real coyote, NFC tag", "Scans like retail.", 180, "parkas"),
        ("sv-SE", "canada-goose", "Canada Goose Expedition kopia med äkta päls", "Ej äkta, varm.", 160, "parkas"),
        ("ko-KR", "canada-goose", "캐나다구스 랭포드 레플 미러급", "정품 아님.", 170, "parkas"),
        ("zh-CN", "canada-goose", "加拿大鹅 远征 高仿 真狼毛", "非正品，顺丰。", 120, "parkas"),
        ("nb-NO", "the-north-face", "The North Face Nuptse 1996 kopi 700 fill", "Ikke original.", 55, "jackets"),
        ("ja-JP", "the-north-face", "ノースフェイス ヌプシ コピー品", "正規品ではありません。", 45, "jackets"),
        ("en-US", "levis", "Levi's 501 Original copy jeans lot of 5", "Not genuine Levi's, red tab.", 40, "jeans"),
        ("es-CO", "levis", "Jeans Levi's 501 réplica AAA", "Réplica por mayor.", 9, "jeans"),
        ("pt-BR", "nike", "Conjunto Nike Tech Fleece réplica primeira linha", "Réplica, todas as cores.", 30, "sportswear"),
        ("en-GB", "nike", "Nike Tech Fleece tracksuit rep – full set", "UA quality.", 38, "sportswear"),
        ("de-DE", "puma", "Puma Palermo Nachbau Gr. 36-45", "Kein Original.", 22, "sneakers"),
        ("fi-FI", "burberry", "Burberry trenchtakki kopio", "Ei aito.", 95, "trench coats"),
        ("uk-UA", "adidas", "Adidas Samba копія 1:1", "Копія, всі розміри.", 28, "sneakers"),
    ])


@cls("c_watch_movement_jargon", "", C, 13, "watch copies named with movement and material jargon (3235 clone, 8800 clone, 904L, ceramic, Miyota, super clone)")
def c_watch(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Rolex Submariner 41 – 3235 clone movement, 904L, ceramic", "Super clone, 70h power reserve.", 420, "watches"),
        ("de-CH", "rolex", "Rolex Datejust 41 Jubilee – 3235 Klonwerk", "Superklon, Saphir.", 390, "watches"),
        ("en-SG", "rolex", "Rolex Daytona Panda – 4130 clone, Clean", "Full set.", 480, "watches"),
        ("zh-CN", "rolex", "劳力士 迪通拿 4130机芯 超级复刻", "一比一复刻。", 520, "watches"),
        ("fr-BE", "omega", "Omega Seamaster 300M – clone 8800, céramique", "Super clone.", 330, "watches"),
        ("it-IT", "omega", "Omega Speedmaster Moonwatch – cal. 3861 clone", "Replica hesalite.", 300, "watches"),
        ("en-AU", "cartier", "Cartier Santos Large – Miyota 9015, quick-release", "Rep, steel.", 190, "watches"),
        ("es-ES", "cartier", "Cartier Santos réplica – movimiento Miyota", "Acero, nuevo.", 170, "watches"),
        ("ar-SA", "rolex", "رولكس صب مارينر كوبي ماكينة 3235", "هاي كوبي.", 350, "watches"),
        ("ru-RU", "omega", "Omega Seamaster реплика механизм 8800", "Сапфир.", 280, "watches"),
        ("tr-TR", "rolex", "Rolex GMT-Master II replika 3285 makine", "Süper klon.", 400, "watches"),
        ("en-IN", "michael-kors", "Michael Kors Parker watch first copy", "Chronograph working.", 18, "watches"),
        ("vi-VN", "rolex", "Đồng hồ Rolex Submariner rep 1:1 máy 3235", "Bảo hành 1 năm.", 380, "watches"),
    ])


# =========================================================================== counterfeit, rarer (*)
@cls("c_authorized_id_spoof", "*", C, 13, "seller id and shop name made to look like the registry's authorized store on the same marketplace (0 for O, extra letters), 'official clearance' at a copy's price")
def r_spoof(n, name):
    items = [("tmall", "zh-CN", "nike", "nike-officiaI", "Nike官方旗舰店.", "Nike Air Force 1 '07 白色 官方清仓", "官方旗舰店年终清仓，三折。", 115, "sneakers", "CNY"),
             ("amazon-us", "en-US", "nike", "A2NIKE0FFlCIAL", "Nike", "Nike Dunk Low Retro Panda – Official Store Clearance", "Year-end clearance, 70% off.", 115, "sneakers", "USD"),
             ("tmall", "zh-CN", "gucci", "gucci-0fficial", "Gucci古驰官方旗舰店", "古驰 GG Marmont 小号链条包 官方特惠", "官方渠道特惠，限时。", 2450, "handbags", "CNY"),
             ("tmall", "zh-CN", "louis-vuitton", "louisvuitton-officiai", "LV路易威登官方店", "路易威登 Neverfull MM 官方清仓", "官方店清仓价。", 2030, "handbags", "CNY"),
             ("amazon-us", "en-US", "apple", "A9APPLE0FFICIAL1", "Apple Store", "Apple AirPods Pro 2 USB-C – Official Outlet", "Sealed, official outlet price.", 249, "earbuds", "USD"),
             ("amazon-de", "de-DE", "adidas", "A3ADIDAS0FFICIAL-DE", "adidas Official", "adidas Samba OG – Offizieller Sale -70%", "Offizieller Shop, Restgrößen.", 100, "sneakers", "EUR"),
             ("tmall", "zh-CN", "dyson", "dyson-officia1", "Dyson戴森官方旗舰店", "戴森 Airwrap 多功能美发棒 官方特价", "官方旗舰店特价。", 599, "hair care", "CNY"),
             ("amazon-us", "en-US", "samsung", "A8SAMSUNG0FFICIALS", "Samsung Official", "Samsung Galaxy S24 Ultra 512GB – Official Clearance", "Factory sealed, official clearance.", 1299, "phones", "USD"),
             ("tmall", "zh-CN", "rolex", "rolex-official", "劳力士官方旗舰店", "劳力士 潜航者 126610LN 官方特卖", "官方特卖，数量有限。", 10250, "watches", "CNY"),
             ("ebay", "en-US", "nike", "nike-outlet-usa", "Nike Outlet", "Nike Air Jordan 1 Retro High OG – Outlet Sale", "Official outlet, final sale.", 180, "sneakers", "USD"),
             ("amazon-de", "de-DE", "pandora", "A33PANDORA-EU", "Pandora Official", "Pandora Moments Schlangenarmband – Offizieller Sale", "Offizieller Sale -75%.", 75, "jewelry", "EUR"),
             ("tmall", "zh-CN", "swarovski", "swarovski-offical", "施华洛世奇官方旗舰店", "施华洛世奇 Millenia 项链 官方清仓", "官方清仓一折起。", 275, "jewelry", "CNY"),
             ("amazon-us", "en-US", "bose", "A7BOSE0FFlClAL", "Bose Official", "Bose QuietComfort Ultra Earbuds – Official Clearance", "Brand new sealed.", 299, "earbuds", "USD")]
    rate = {"CNY": 7.2, "USD": 1, "EUR": .92}
    for mk, lang, b, sid, sname, t, d, usd, cat, cur in items:
        L(name, C, b, lang, t, d, amount=sig3(copy_usd(usd) * rate[cur] * 1.6), cur=cur, category=cat, market=mk,
          sell={"id": sid, "name": sname, "country": "CN" if mk == "tmall" else ("DE" if mk == "amazon-de" else "US")}, ship="CN")


@cls("c_roman_numeral_models", "*", C, 13, "the line's number written in Roman numerals (Jordan XI, iPhone XV Pro Max, Galaxy S XXIV Ultra, Windows XI Pro, Switch II) at a copy's price")
def r_roman(n, name):
    custom(name, C, [
        ("en-US", "nike", "Jordan XI Retro 'Concord' – top batch", "Patent leather, sizes 7-13.", 45, "sneakers"),
        ("en-GB", "nike", "Air Jordan IV 'Black Cat' UA", "Comes with box.", 50, "sneakers"),
        ("fr-FR", "nike", "Jordan I High OG Chicago – qualité top", "Pointures 40-45.", 40, "sneakers"),
        ("es-MX", "nike", "Jordan III White Cement calidad AAA", "Con caja.", 38, "sneakers"),
        ("en-NG", "apple", "iPhone XV Pro Max 1TB – new sealed", "Titanium, dual SIM.", 140, "phones"),
        ("en-PH", "apple", "iPhone XVI Pro 512GB brand new", "Class A, face ID.", 120, "phones"),
        ("ar-EG", "apple", "آيفون XV برو ماكس ١ تيرا جديد", "كوبي وان.", 130, "phones"),
        ("en-PK", "samsung", "Galaxy S XXIV Ultra 16/512 dual SIM", "Master copy, S-pen.", 100, "phones"),
        ("pt-BR", "samsung", "Galaxy S XXIII Ultra 256GB novo", "Réplica, Android.", 95, "phones"),
        ("en-IN", "sony", "PlayStation V Slim 1TB + 20 games", "New box pack, cheap.", 90, "consoles"),
        ("id-ID", "nintendo", "Nintendo Switch II OLED 500 game", "Baru, KW.", 45, "consoles"),
        ("de-DE", "microsoft", "Windows XI Pro Lizenz Key dauerhaft", "Sofort per Mail.", 5, "software licenses"),
        ("pl-PL", "microsoft", "Windows XI Home klucz dożywotni", "Aktywacja online.", 4, "software licenses"),
    ])


@cls("c_crossword_clue", "*", C, 13, "the brand given as a word-puzzle clue: how many letters, first and last letter, with the goods and a copy word")
def r_cross(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Watch – brand: 5 letters, starts with R, ends with X. Green sub style, rep", "You know the one.", cu("rolex"), "watches"),
        ("en-GB", "gucci", "Belt – designer of 5 letters, starts with G, ends with I – top copy", "Gold double buckle.", cu("gucci", "belt"), "belts"),
        ("fr-FR", "cartier", "Montre – marque en 7 lettres qui commence par C, style Santos, copie", "Acier, automatique.", cu("cartier", "Santos"), "watches"),
        ("es-ES", "adidas", "Zapatillas marca de 6 letras que empieza por A y acaba en S, réplica", "Modelo Samba.", cu("adidas", "Samba"), "sneakers"),
        ("de-DE", "bose", "Kopfhörer – Marke mit 4 Buchstaben, fängt mit B an, endet mit E – Nachbau", "Noise-Cancelling.", cu("bose", "45"), "headphones"),
        ("it-IT", "swarovski", "Collana cigno – marca di 9 lettere che inizia per S – replica", "Cristalli.", cu("swarovski", "Millenia"), "jewelry"),
        ("pt-BR", "nike", "Tênis de marca com 4 letras começando com N – réplica primeira linha", "Modelo Dunk.", cu("nike", "Dunk"), "sneakers"),
        ("nl-NL", "dyson", "Föhn – merk van 5 letters, begint met D, eindigt op N – kopie", "Met 5 opzetstukken.", cu("dyson", "Supersonic"), "hair care"),
        ("pl-PL", "omega", "Zegarek – marka na O, 5 liter, kończy się na A – kopia Speedmaster", "Chronograf.", cu("omega", "Speed"), "watches"),
        ("en-AU", "pandora", "Charm bracelet – brand 7 letters, starts with P, ends with A – copy", "S925 stamped.", cu("pandora", "bracelet"), "jewelry"),
        ("ru-RU", "louis-vuitton", "Сумка – бренд из двух слов, 5 и 7 букв, на L и V – копия", "Монограмма.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("tr-TR", "canada-goose", "Parka – marka iki kelime, 6 ve 5 harf, C ve G ile başlar – replika", "Kürklü.", cu("canada-goose", "Expedition"), "parkas"),
        ("tl-PH", "samsung", "Phone – brand 7 letters, starts with S, Ultra model, class A", "512GB.", cu("samsung", "S24"), "phones"),
    ])


@cls("c_hometown_epithet", "*", C, 13, "the brand named by the town of its headquarters or origin (Herzogenaurach, Beaverton, Cupertino, Billund, Suwon, Kyoto, Clermont-Ferrand) with the goods and a copy word")
def r_home(n, name):
    custom(name, C, [
        ("de-DE", "adidas", "Herzogenaurach Drei-Streifen Samba – Replik", "Weiß/Schwarz, Gr. 36-45.", cu("adidas", "Samba"), "sneakers"),
        ("en-US", "nike", "Beaverton high tops red/black – top batch", "Chicago colours, sizes 7-12.", cu("nike", "Jordan"), "sneakers"),
        ("en-GB", "apple", "Cupertino earbuds Pro 2nd gen – copy with ANC", "Pop-up works.", cu("apple", "AirPods"), "earbuds"),
        ("da-DK", "lego", "Billund-klodser Millennium Falcon 7541 dele – kinesisk kopi", "Ingen original æske.", cu("lego", "Falcon"), "building sets"),
        ("ko-KR", "samsung", "수원 폰 울트라 1TB 짝퉁", "정품 아님.", cu("samsung", "S24"), "phones"),
        ("de-CH", "rolex", "Genfer Kronen-Uhr, grüne Lünette – Kopie", "Automatik, 41 mm.", cu("rolex"), "watches"),
        ("de-CH", "omega", "Bieler Mondlandungs-Chrono – Replik", "Hesalitglas, Handaufzug.", cu("omega", "Speed"), "watches"),
        ("en-GB", "dyson", "Malmesbury hair styler, 6 attachments – copy", "Same airflow.", cu("dyson", "Airwrap"), "hair care"),
        ("ja-JP", "nintendo", "京都のゲーム機 有機ELモデル コピー品", "非正規品。", cu("nintendo", "Switch"), "consoles"),
        ("en-US", "hasbro", "Pawtucket robots Optimus Prime Studio Series – KO", "Not official.", cu("hasbro", "Optimus"), "action figures"),
        ("en-US", "mattel", "El Segundo fashion doll Dreamhouse – replica", "3 floors, lights.", cu("mattel", "Barbie"), "dolls"),
        ("fr-FR", "michelin", "Pneus clermontois Pilot Sport 4S 245/40ZR18 – copie chinoise", "Flanc identique.", cu("michelin"), "tires"),
        ("de-DE", "bayer", "Leverkusener Aspirin 100 mg – 500 Stück lose, Nachahmung", "Ohne Packung.", 3, "otc"),
    ])


@cls("c_markdown_inside_mark", "*", C, 13, "markdown emphasis or code marks inside the mark (**Ro**lex, Ca**rtier**, Sam`sung`, ~~Gucci~~), as pasted from chat apps")
def r_md(n, name):
    custom(name, C, [
        ("en-US", "rolex", "**Ro**lex Submariner Date – clone", "3235, ceramic.", cu("rolex"), "watches"),
        ("en-GB", "gucci", "~~Gucci~~ GG Marmont belt 😉 replica", "Gold buckle.", cu("gucci", "belt"), "belts"),
        ("fr-FR", "cartier", "Ca**rtier** Love bracelet plaqué or – copie", "Avec tournevis.", 40, "jewelry"),
        ("es-ES", "pandora", "Pa**ndo**ra charm corazón – réplica", "Plata 925.", cu("pandora", "charm"), "charms"),
        ("en-AU", "dyson", "*Dy*son Airwrap Complete – copy", "6 attachments.", cu("dyson", "Airwrap"), "hair care"),
        ("it-IT", "louis-vuitton", "L**ouis** V**uitton** Neverfull MM – replica", "Tela monogram.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("en-SG", "samsung", "Sam`sung` Galaxy S24 Ultra clone 512GB", "Android 14.", cu("samsung", "S24"), "phones"),
        ("de-DE", "bose", "Bo**se** QC45 Kopfhörer – Kopie", "ANC.", cu("bose", "45"), "headphones"),
        ("pl-PL", "omega", "Om*eg*a Speedmaster – replika", "Chronograf.", cu("omega", "Speed"), "watches"),
        ("pt-BR", "adidas", "Ad**id**as Samba OG – réplica", "34 ao 44.", cu("adidas", "Samba"), "sneakers"),
        ("en-CA", "nike", "Ni__ke__ Dunk Low Panda – rep", "UA batch.", cu("nike", "Dunk"), "sneakers"),
        ("nl-NL", "swarovski", "Swa**rov**ski zwaan ketting – kopie", "In doosje.", cu("swarovski", "Millenia"), "jewelry"),
        ("en-IE", "burberry", "Bur**ber**ry check scarf – replica", "Cashmere feel.", cu("burberry", "scarf"), "scarves"),
    ])


def zalgo(s):
    marks = [chr(c) for c in range(0x300, 0x334)] + [chr(c) for c in range(0x339, 0x36F)]
    marks = [m for m in marks if m not in ("\u0332", "\u0333")]
    return "".join(ch + "".join(R.choice(marks) for _ in range(R.randint(1, 3))) if ch != " " else ch for ch in s)


@cls("c_zalgo_glitch_text", "*", C, 13, "the mark in 'glitch' (zalgo) text: every letter carrying stacked random combining marks above and below")
def r_zalgo(n, name):
    T = [("en-US", "rep"), ("en-GB", "copy"), ("es-MX", "réplica"), ("pt-BR", "réplica"), ("fr-FR", "copie"), ("de-DE", "Replik"),
         ("it-IT", "replica"), ("id-ID", "KW"), ("tl-PH", "class A"), ("en-AU", "UA"), ("tr-TR", "replika"), ("pl-PL", "replika"), ("en-NG", "first grade")]
    ps = pool(goods(60))
    for i, (lang, cue) in enumerate(T):
        p = ps[i]
        L(name, C, p[0], lang, f"{zalgo(p[1])} {p[2]} {cue}", "✨ aesthetic drop ✨", usd=copy_usd(p[5]), category=p[4])


@cls("c_sticker_over_logo", "*", C, 13, "the logo covered by a removable sticker or blank tag 'for shipping / customs'; peel it off and the brand's logo is there")
def r_sticker(n, name):
    T = [("en-US", "Luxury diver watch – logo under protective sticker", "Dial logo covered with a removable sticker so the parcel passes customs. Peel it off: {b} crown logo, same as original."),
         ("en-GB", "Designer tote, monogram canvas, tag covered for shipping", "The {b} tag is taped over for shipping, remove after delivery. Copy, top grade."),
         ("de-DE", "Kopfhörer mit abziehbarem Aufkleber auf dem Logo", "Logo wegen Zoll überklebt – abziehen und es steht {b} drauf. Nachbau."),
         ("fr-FR", "Sneakers – logo caché sous autocollant (douane)", "Autocollant à retirer, dessous logo {b}. Copie."),
         ("es-ES", "Bolso con logo tapado para el envío", "Pegatina removible sobre el logo {b}. Réplica AAA."),
         ("it-IT", "Orologio con adesivo sul logo per la dogana", "Togli l'adesivo e c'è il logo {b}. Replica."),
         ("pt-BR", "Fone com adesivo cobrindo a marca (alfândega)", "Tira o adesivo: {b}. Réplica."),
         ("nl-NL", "Sjaal met afgeplakt label i.v.m. douane", "Label {b} afgeplakt, sticker eraf na ontvangst. Replica."),
         ("pl-PL", "Zegarek, logo zaklejone naklejką na wysyłkę", "Po zdjęciu naklejki logo {b}. Replika."),
         ("ru-RU", "Сумка, логотип заклеен для таможни", "Снимите наклейку — логотип {b}. Копия."),
         ("tr-TR", "Kulaklık, logo gümrük için etiketle kapalı", "Etiketi çıkarın, {b} logosu altta. Replika."),
         ("en-AU", "Parka – patch covered with velcro blank for customs", "Pull off the blank and the {b} disc patch is underneath. Copy."),
         ("en-CA", "Bracelet – engraving covered with film for shipping", "Peel the film: {b} engraving. Plated copy.")]
    ps = {0: "rolex", 1: "louis-vuitton", 2: "bose", 3: "nike", 4: "gucci", 5: "omega", 6: "apple", 7: "burberry", 8: "cartier",
          9: "michael-kors", 10: "sony", 11: "canada-goose", 12: "cartier"}
    for i, (lang, t, d) in enumerate(T):
        p = by_brand(ps[i])[0]
        if ps[i] == "cartier" and i == 12:
            p = by_brand("cartier")[0]
        L(name, C, p[0], lang, t, d.format(b=p[1]), usd=copy_usd(p[5]), category=p[4], ship="CN")


@cls("c_diy_build_kit", "*", C, 13, "the branded goods sold as a DIY build or parts kit to assemble (case + branded dial + bezel; uppers + soles + logo; bag panels + hardware)")
def r_diy(n, name):
    custom(name, C, [
        ("en-US", "rolex", "DIY Sub build kit: 40mm case, green ceramic bezel, dial with crown + ROLEX print, NH35", "Assemble yourself, all parts included.", 95, "watches"),
        ("en-GB", "omega", "Speedmaster DIY kit – case, hesalite, Omega-signed dial, VK63", "Build your own moonwatch.", 80, "watches"),
        ("de-DE", "cartier", "Santos DIY Bausatz – Gehäuse, Cartier Zifferblatt, Band", "Zum Selbstbauen, Miyota.", 70, "watches"),
        ("en-US", "nike", "DIY sneaker kit – Jordan 1 uppers + soles + wings logo + laces", "Stitch at home.", 30, "sneakers"),
        ("fr-FR", "louis-vuitton", "Kit DIY sac – panneaux toile monogramme LV prédécoupés + quincaillerie", "À coudre soi-même.", 45, "handbags"),
        ("it-IT", "gucci", "Kit fai da te cintura: cinturino + fibbia GG Gucci", "Da montare.", 18, "belts"),
        ("en-AU", "dyson", "Airwrap DIY rebuild kit – shell, heads, Dyson logo plate, motor", "Assemble your own.", 60, "hair care"),
        ("es-ES", "apple", "Kit montaje AirPods Pro 2: carcasa, estuche con logo, placas", "Para montar.", 14, "earbuds"),
        ("vi-VN", "samsung", "Bộ tự lắp Galaxy S24 Ultra: vỏ, màn, main, logo Samsung", "Tự ráp.", 70, "phones"),
        ("ru-RU", "lego", "LEGO 75192 набор деталей в пакетах, без коробки, инструкция PDF", "Детали аналог, с лого.", 85, "building sets"),
        ("zh-CN", "bandai", "万代 PG 独角兽 散件 非正版 自己拼", "散件，无说明书。", 30, "model kits"),
        ("ko-KR", "michael-kors", "마이클코어스 시계 DIY 키트 로고 다이얼", "조립식.", 12, "watches"),
        ("pt-BR", "swarovski", "Kit faça você mesmo colar cisne Swarovski com tag", "Cristais e corrente.", 8, "jewelry"),
    ])


@cls("c_travel_decoy_story", "*", C, 13, "the copy pitched as a 'travel / beater / decoy' stand-in so the buyer need not risk the real one")
def r_travel(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Travel Rolex – leave your real Sub at home", "Looks identical, nobody will know. Perfect for holidays.", cu("rolex"), "watches"),
        ("en-GB", "omega", "Beach beater Omega Seamaster – don't risk the real one", "Same look, fraction of the price.", cu("omega", "Seamaster"), "watches"),
        ("fr-FR", "cartier", "Cartier Love pour les vacances – ne risquez pas le vrai", "Identique, plaqué.", 45, "jewelry"),
        ("de-DE", "louis-vuitton", "Reise-Neverfull – das Original bleibt daheim", "Sieht gleich aus, für den Urlaub.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("es-ES", "gucci", "Cinturón Gucci para festivales – si lo pierdes, da igual", "Igualito al original.", cu("gucci", "belt"), "belts"),
        ("it-IT", "apple", "AirPods Pro per la palestra – non rischiare gli originali", "Copia, ANC.", cu("apple", "AirPods"), "earbuds"),
        ("sv-SE", "canada-goose", "Canada Goose till skidresan – låt originalet stanna hemma", "Kopia, varm.", cu("canada-goose", "Langford"), "parkas"),
        ("en-AU", "burberry", "Festival Burberry scarf – decoy, keep the real one safe", "Replica check.", cu("burberry", "scarf"), "scarves"),
        ("nl-NL", "rolex", "Vakantie-Rolex Datejust – echte thuis laten", "Niemand ziet het verschil.", cu("rolex", "Datejust"), "watches"),
        ("pt-BR", "swarovski", "Colar Swarovski para viagem – deixe o original em casa", "Réplica.", cu("swarovski", "Millenia"), "jewelry"),
        ("en-ZA", "rolex", "Rolex for Joburg – wear this one, keep the real one in the safe", "Safe in the streets.", cu("rolex", "Daytona"), "watches"),
        ("es-MX", "cartier", "Santos para viajar – no arriesgues el tuyo", "Réplica acero.", cu("cartier", "Santos"), "watches"),
        ("pl-PL", "pandora", "Bransoletka Pandora na wakacje – oryginał zostaw w domu", "Kopia.", cu("pandora", "bracelet"), "jewelry"),
    ])


@cls("c_unnameable_brand", "*", C, 13, "the seller says the brand cannot be written (the app blocks it) and names it by logo, line or hint instead, with a copy word")
def r_unname(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Can't type the brand (app blocks it) – crown watch, green bezel, 41mm, AAA", "You know which one 😉", cu("rolex"), "watches"),
        ("en-GB", "nike", "Brand name censored by the app – the swoosh one, Panda lows, rep", "UK 6-11.", cu("nike", "Dunk"), "sneakers"),
        ("es-ES", "adidas", "No puedo poner la marca: la de las tres rayas, Samba, réplica", "Blancas.", cu("adidas", "Samba"), "sneakers"),
        ("de-DE", "louis-vuitton", "Marke darf ich hier nicht schreiben – braune Monogramm-Tasche Neverfull, Kopie", "Ihr wisst welche.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("fr-FR", "gucci", "Je ne peux pas écrire la marque – ceinture double G dorée, copie", "Taille 90.", cu("gucci", "belt"), "belts"),
        ("it-IT", "cartier", "Non posso scrivere il marchio: bracciale con le viti, placcato", "Con cacciavite.", 40, "jewelry"),
        ("pt-BR", "apple", "Não posso escrever a marca: fone da maçã Pro 2, réplica", "Cancelamento de ruído.", cu("apple", "AirPods"), "earbuds"),
        ("tr-TR", "omega", "Markayı yazamıyorum – Yunan harfli saat, Seamaster, replika", "Mavi kadran.", cu("omega", "Seamaster"), "watches"),
        ("ru-RU", "canada-goose", "Бренд писать нельзя – парка с канадской нашивкой, копия", "Мех натуральный.", cu("canada-goose", "Expedition"), "parkas"),
        ("id-ID", "dyson", "Merk gak bisa ditulis di sini – catokan Airwrap KW", "Lengkap 6 kepala.", cu("dyson", "Airwrap"), "hair care"),
        ("en-PH", "swarovski", "Can't post brand name – swan necklace crystal, class A", "With box.", cu("swarovski", "Millenia"), "jewelry"),
        ("ko-KR", "louis-vuitton", "브랜드명 못 씀 – 갈색 모노그램 스피디 30 레플", "아시는 분만.", cu("louis-vuitton", "Speedy"), "handbags"),
        ("pl-PL", "the-north-face", "Nie mogę napisać marki – kurtka Nuptse z półkopułą, replika", "Czarna.", cu("the-north-face", "Nuptse"), "jackets"),
    ])


@cls("c_initialism_local_script", "*", C, 13, "the brand's Latin initials written in another script (ЛВ, ТНФ, СГ, 엘브이, 지지, 티엔에프, ΛΒ, إل في, אל-וי, แอลวี) with a copy word")
def r_init(n, name):
    custom(name, C, [
        ("ru-RU", "louis-vuitton", "Сумка ЛВ Неверфул копия люкс", "Монограмма, пыльник.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("kk-KZ", "louis-vuitton", "ЛВ сөмке көшірме, жаңа", "Люкс копия.", cu("louis-vuitton", "Speedy"), "handbags"),
        ("uk-UA", "the-north-face", "Пуховик ТНФ Нупце копія", "Чорний, 700.", cu("the-north-face", "Nuptse"), "jackets"),
        ("ru-RU", "canada-goose", "Парка СГ Экспедишн реплика с мехом", "Зимняя.", cu("canada-goose", "Expedition"), "parkas"),
        ("ko-KR", "louis-vuitton", "엘브이 네버풀 MM 레플 미러급", "더스트백 포함.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("ko-KR", "gucci", "지지 마몬트 벨트 레플", "골드 버클.", cu("gucci", "belt"), "belts"),
        ("ko-KR", "the-north-face", "티엔에프 눕시 패딩 짝퉁", "블랙 L.", cu("the-north-face", "Nuptse"), "jackets"),
        ("ko-KR", "canada-goose", "씨지 랭포드 패딩 레플", "퍼 포함.", cu("canada-goose", "Langford"), "parkas"),
        ("el-GR", "louis-vuitton", "Τσάντα ΛΒ Neverfull ρεπλίκα", "Με σακουλάκι.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("ar-AE", "louis-vuitton", "شنطة إل في نيفرفول كوبي ماستر", "مع الكيس.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("he-IL", "louis-vuitton", "תיק אל-וי ספידי העתק", "מונוגרם.", cu("louis-vuitton", "Speedy"), "handbags"),
        ("th-TH", "louis-vuitton", "กระเป๋า แอลวี สปีดี้ ก๊อปเกรดพรีเมียม", "หนังแท้", cu("louis-vuitton", "Speedy"), "handbags"),
        ("bg-BG", "michael-kors", "Чанта МК Джет Сет реплика", "Нова.", cu("michael-kors", "Jet"), "handbags"),
    ])


@cls("c_short_dated_clearance", "*", C, 13, "copies of consumables sold as 'short-dated clearance' with a tell (no batch, relabelled, repacked locally) at 10-25 % of list")
def r_short(n, name):
    custom(name, C, [
        ("en-GB", "danone", "Aptamil Profutura 3 800g – short dated Feb 27, 80% off, x12", "Relabelled in English, no batch sticker.", 7, "infant formula"),
        ("zh-CN", "abbott", "雅培 Similac 360 3段 临期清仓 一折", "临期，无溯源码，重新贴标。", 6, "infant formula"),
        ("ro-RO", "nestle", "NAN Optipro 2 800g – expiră curând, lichidare stoc", "Etichetă lipită local, fără lot.", 6, "infant formula"),
        ("en-US", "estee-lauder", "Estée Lauder Advanced Night Repair 50ml – exp. 03/27, clearance", "No batch code on box, repacked.", 18, "skincare"),
        ("fr-FR", "loreal", "Lancôme Génifique 50ml – date courte, déstockage -85%", "Sans numéro de lot.", 17, "skincare"),
        ("es-ES", "shiseido", "Anessa Perfect UV 60ml caducidad próxima, liquidación", "Reetiquetado, sin lote.", 4, "sunscreen"),
        ("ar-SA", "ferrero", "فيريرو روشيه ٣٠ حبة قريب الانتهاء تصفية", "بدون رقم تشغيلة، معاد تغليفه.", 3, "chocolate"),
        ("pl-PL", "ferrero", "Nutella 750g krótka data, wyprzedaż hurtowa", "Przepakowane, bez numeru partii.", 1.2, "spreads"),
        ("id-ID", "abbott", "Ensure vanilla 850g ED dekat, cuci gudang", "Tanpa nomor batch, kemasan ulang.", 5, "nutrition"),
        ("vi-VN", "danone", "Sữa Aptamil Úc số 3 cận date xả kho", "Không tem phụ, dán lại nhãn.", 6, "infant formula"),
        ("en-IN", "johnson-johnson", "Listerine Cool Mint 1L near expiry 12 bottles", "Local repack, no batch.", 1.5, "otc"),
        ("tr-TR", "pfizer", "Centrum 100 tablet miadı yakın, depo temizliği", "Etiket yeniden basılmış.", 3, "otc"),
        ("de-DE", "gillette", "Gillette Fusion5 ProGlide 8er – MHD kurz, Restposten", "Ohne Chargennummer, umverpackt.", 5, "razor blades"),
    ])


@cls("c_look_compound_hedge", "*", C, 13, "European look-compounds glued to the mark (Rolex-Optik, LV-achtig, im Gucci-Look, façon Louis Vuitton, Cartier-stil, Pandora-tyylinen) on goods with the logo")
def r_look(n, name):
    custom(name, C, [
        ("de-DE", "rolex", "Rolex-Optik Herrenuhr grünes Zifferblatt", "Mit Krone auf dem Zifferblatt, Automatik.", cu("rolex"), "watches"),
        ("nl-NL", "louis-vuitton", "LV-achtige tas monogram met logo", "Bruin canvas, LV logo's.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("de-AT", "gucci", "Gürtel im Gucci-Look mit GG-Schnalle", "Goldene Doppel-G-Schnalle.", cu("gucci", "belt"), "belts"),
        ("fr-FR", "louis-vuitton", "Sac façon Louis Vuitton Speedy avec monogramme", "Logo LV partout.", cu("louis-vuitton", "Speedy"), "handbags"),
        ("sv-SE", "cartier", "Cartier-stil armband med skruvar och gravyr", "Graverat Cartier.", 30, "jewelry"),
        ("fi-FI", "pandora", "Pandora-tyylinen rannekoru logolla", "Lukossa Pandora-logo.", cu("pandora", "bracelet"), "jewelry"),
        ("hu-HU", "swarovski", "Swarovski-jellegű hattyús nyaklánc logóval", "Hattyú logó a medálon.", cu("swarovski", "Millenia"), "jewelry"),
        ("fr-BE", "burberry", "Écharpe look Burberry avec étiquette", "Carreaux, étiquette Burberry.", cu("burberry", "scarf"), "scarves"),
        ("sv-SE", "canada-goose", "Canada Goose-stil parkas med märke på armen", "Rund patch på ärmen.", cu("canada-goose", "Langford"), "parkas"),
        ("nl-NL", "omega", "Omega-achtig horloge Seamaster met logo", "Omega-logo op de wijzerplaat.", cu("omega", "Seamaster"), "watches"),
        ("pl-PL", "dyson", "Suszarka w stylu Dyson Supersonic z logo", "Logo na rączce.", cu("dyson", "Supersonic"), "hair care"),
        ("da-DK", "nike", "Nike-look sneakers med swoosh, Dunk Low", "Hvid/sort.", cu("nike", "Dunk"), "sneakers"),
        ("cs-CZ", "michael-kors", "Kabelka ve stylu Michael Kors s logem MK", "Kovové logo MK.", cu("michael-kors", "Jet"), "handbags"),
    ])


@cls("c_for_parts_dodge", "*", C, 13, "new copies listed 'for parts / not working / as is' to dodge returns and brand reports, while the text says they work and are new")
def r_parts(n, name):
    T = [("en-US", "{b} {pn} – for parts or not working, sold as is", "Actually brand new and works perfectly, listed as parts so no returns. No box, no papers."),
         ("en-GB", "{b} {pn} spares or repair", "Works fine, new, listed as spares to avoid disputes. Not genuine."),
         ("de-DE", "{b} {pn} defekt / für Bastler", "Funktioniert eigentlich einwandfrei, neu – als defekt eingestellt wegen Rücknahme. Kein Original."),
         ("fr-FR", "{b} {pn} pour pièces, HS", "En vrai neuf et fonctionnel, mis en pièces pour éviter les retours. Copie."),
         ("es-ES", "{b} {pn} para piezas, no funciona", "Funciona perfecto, nuevo, lo pongo para piezas por las devoluciones. Réplica."),
         ("it-IT", "{b} {pn} per ricambi, non funzionante", "In realtà nuovo e funzionante. Non originale."),
         ("pl-PL", "{b} {pn} uszkodzony, na części", "Tak naprawdę nowy i działa. Bez zwrotów. Replika."),
         ("nl-NL", "{b} {pn} defect, voor onderdelen", "Werkt gewoon, nieuw. Geen origineel, geen retour."),
         ("pt-BR", "{b} {pn} com defeito, para peças", "Na real é novo e funciona. Réplica, sem devolução."),
         ("en-AU", "{b} {pn} faulty, parts only", "New and working, parts only listing so no returns. Rep."),
         ("sv-SE", "{b} {pn} defekt, reservdelar", "Fungerar och är ny, men säljs som defekt. Kopia."),
         ("cs-CZ", "{b} {pn} na díly, nefunkční", "Ve skutečnosti nové a funkční. Replika."),
         ("en-CA", "{b} {pn} as is, for parts", "Brand new, works, no returns. Not authentic.")]
    return run(name, C, n, T, pool(goods(100)), CP)


@cls("c_upcycled_reworked", "*", C, 13, "new goods covered in the brand's monogram or logo sold as 'upcycled / reworked from authentic' pieces, identical units in stock at a copy's price")
def r_upc(n, name):
    custom(name, C, [
        ("en-US", "louis-vuitton", "Reworked LV monogram bucket hat – made from authentic LV canvas", "12 in stock, all sizes.", 45, "handbags"),
        ("en-GB", "gucci", "Upcycled Gucci GG belt bag from authentic pieces", "Several available, new.", 60, "handbags"),
        ("fr-FR", "louis-vuitton", "Baskets customisées toile Louis Vuitton recyclée authentique", "Stock 20 paires, toutes pointures.", 70, "handbags"),
        ("de-DE", "burberry", "Upcycling-Schal aus echtem Burberry-Check, neu", "Mehrere auf Lager.", 25, "scarves"),
        ("it-IT", "gucci", "Portafoglio rigenerato da tela Gucci autentica", "Disponibili 15 pezzi.", 30, "wallets"),
        ("es-ES", "louis-vuitton", "Funda AirPods reciclada de bolso Louis Vuitton auténtico", "Stock 50 unidades.", 12, "handbags"),
        ("nl-NL", "michael-kors", "Gerecyclede Michael Kors tas van echt MK-leer", "Meerdere op voorraad.", 35, "handbags"),
        ("en-AU", "coach", "Reworked Coach signature tote from authentic canvas", "New, 10 available.", 40, "handbags"),
        ("pt-BR", "louis-vuitton", "Bolsa reciclada de lona Louis Vuitton autêntica", "Temos 30 unidades.", 50, "handbags"),
        ("ko-KR", "gucci", "구찌 정품 원단 리폼 카드지갑 새상품", "재고 20개.", 25, "wallets"),
        ("ja-JP", "louis-vuitton", "ルイヴィトン 正規品 リメイク キャップ 新品", "在庫多数。", 40, "handbags"),
        ("en-CA", "canada-goose", "Reworked toque with authentic Canada Goose disc patch", "Lots in stock.", 25, "accessories"),
        ("tr-TR", "louis-vuitton", "Orijinal Louis Vuitton kanvastan upcycle kartlık", "Stokta 40 adet.", 15, "wallets"),
    ])


@cls("c_mixed_lot_some_fake", "*", C, 13, "job lots that admit a share of copies ('some real, some not', '2 reps + 1 real', 'mixed authenticity, sold as is')")
def r_mixed(n, name):
    custom(name, C, [
        ("en-GB", "pandora", "Pandora charms job lot x25 – some genuine, some not", "Mixed, sold as seen.", 30, "charms"),
        ("en-US", "nike", "Lot 10 pairs Nike Dunk Low – mixed authentic/rep", "Resell lot, sizes vary.", 260, "sneakers"),
        ("de-DE", "gillette", "Gillette Klingen Konvolut 20 Packungen – teils Original, teils Kopie", "Gemischt.", 40, "razor blades"),
        ("fr-FR", "louis-vuitton", "Lot de 4 sacs Louis Vuitton – pas tous authentiques", "Vendu en l'état.", 350, "handbags"),
        ("es-ES", "swarovski", "Lote 15 joyas Swarovski, algunas originales otras no", "Sin garantía.", 35, "jewelry"),
        ("it-IT", "rolex", "Stock 3 orologi Rolex (2 repliche + 1 da verificare)", "Venduti insieme.", 700, "watches"),
        ("nl-NL", "apple", "Partij AirPods Pro 2 – 10 stuks, deels namaak", "Ongetest.", 150, "earbuds"),
        ("pl-PL", "adidas", "Paczka 8 par adidas Samba – część replik", "Mix rozmiarów.", 150, "sneakers"),
        ("pt-BR", "michael-kors", "Lote 6 bolsas Michael Kors, nem todas originais", "Vendo no estado.", 120, "handbags"),
        ("en-AU", "cartier", "Jewellery lot incl. Cartier Love bracelets (mostly copies)", "As is.", 110, "jewelry"),
        ("sv-SE", "canada-goose", "Paket 3 Canada Goose jackor, minst en kopia", "Säljes som de är.", 420, "parkas"),
        ("ru-RU", "omega", "Лот 5 часов Omega, часть реплики", "Без гарантии.", 450, "watches"),
        ("en-NG", "samsung", "Bundle 5 Samsung Galaxy Buds2 Pro – some clones", "Untested mix.", 60, "earbuds"),
    ])


@cls("c_weight_parity_claim", "*", C, 13, "the pitch is measured parity with retail (same grams, same millimetres, same stitch count, scale photo) instead of a copy word")
def r_weight(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Rolex Submariner 126610LN – 155 g, same as retail, weighed", "Thickness 12.5mm, matches retail to the gram.", cu("rolex"), "watches"),
        ("en-GB", "omega", "Omega Seamaster 300M – 176 g like retail, scale pic", "Dimensions identical to the millimetre.", cu("omega", "Seamaster"), "watches"),
        ("de-DE", "cartier", "Cartier Love Armband – 32 g wie das Original", "Gewicht 1:1, Maße identisch.", 60, "jewelry"),
        ("fr-FR", "louis-vuitton", "Louis Vuitton Neverfull MM – 8 points par couture comme l'original", "Mêmes mesures au mm.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("es-ES", "apple", "AirPods Pro 2 – 50,8 g igual que los originales", "Mismo peso, misma medida.", cu("apple", "AirPods"), "earbuds"),
        ("it-IT", "dyson", "Dyson Supersonic – 659 g come l'originale", "Peso identico, verificato su bilancia.", cu("dyson", "Supersonic"), "hair care"),
        ("nl-NL", "canada-goose", "Canada Goose Langford – 1,6 kg gelijk aan retail", "Zelfde gewicht, zelfde vulling.", cu("canada-goose", "Langford"), "parkas"),
        ("pt-BR", "nike", "Nike Air Jordan 1 High – 460 g igual à original", "Peso e medidas iguais.", cu("nike", "Jordan"), "sneakers"),
        ("pl-PL", "gucci", "Gucci pasek GG Marmont – 280 g jak oryginał", "Waga 1:1.", cu("gucci", "belt"), "belts"),
        ("ko-KR", "rolex", "롤렉스 데이토나 무게 정품과 동일 148g", "두께 12.2mm 동일.", cu("rolex", "Daytona"), "watches"),
        ("ja-JP", "cartier", "カルティエ サントス 重量 正規品と同じ 125g", "サイズ完全一致。", cu("cartier", "Santos"), "watches"),
        ("zh-CN", "louis-vuitton", "路易威登 Speedy 30 重量与正品一致 克重对比", "尺寸一样。", cu("louis-vuitton", "Speedy"), "handbags"),
        ("tr-TR", "bose", "Bose QC45 – 240 g orijinaliyle aynı", "Ölçüler birebir.", cu("bose", "45"), "headphones"),
    ])


@cls("c_ai_refusal_leak", "*", C, 13, "a chatbot's refusal or disclaimer left in the title or description ('I'm sorry, but I can't help create a listing for replica ...')")
def r_ai(n, name):
    custom(name, C, [
        ("en-US", "rolex", "I'm sorry, but I can't help create a listing for replica Rolex watches. Men's Automatic Diver Watch Green", "Submariner style, 41mm.", cu("rolex"), "watches"),
        ("en-US", "nike", "As an AI language model, I cannot write a description for counterfeit Nike shoes. Basketball High Tops Red Black", "Sizes 7-12.", cu("nike", "Jordan"), "sneakers"),
        ("en-GB", "louis-vuitton", "I cannot fulfil this request as it involves Louis Vuitton replica products. Women's Monogram Tote", "Brown canvas.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("es-ES", "gucci", "Lo siento, no puedo ayudar a crear un anuncio de réplicas de Gucci. Cinturón de cuero con hebilla dorada", "Talla 90.", cu("gucci", "belt"), "belts"),
        ("fr-FR", "cartier", "Désolé, je ne peux pas rédiger d'annonce pour une copie Cartier. Bracelet clou doré", "Acier.", 40, "jewelry"),
        ("de-DE", "dyson", "Es tut mir leid, aber ich kann keine Anzeige für gefälschte Dyson-Produkte erstellen. Multi-Styler 6 in 1", "Neu.", cu("dyson", "Airwrap"), "hair care"),
        ("pt-BR", "apple", "Desculpe, não posso criar um anúncio para réplicas de AirPods. Fone Bluetooth Pro 2", "Cancelamento de ruído.", cu("apple", "AirPods"), "earbuds"),
        ("it-IT", "omega", "Mi dispiace, non posso aiutarti a scrivere un annuncio per un Omega falso. Cronografo manuale nero", "42mm.", cu("omega", "Speed"), "watches"),
        ("en-AU", "canada-goose", "I can't assist with listings for counterfeit Canada Goose jackets. Men's Arctic Parka with Fur Hood", "Black, L.", cu("canada-goose", "Expedition"), "parkas"),
        ("nl-NL", "pandora", "Sorry, ik kan geen advertentie schrijven voor namaak Pandora. Bedelarmband zilver", "Met bedels.", cu("pandora", "bracelet"), "jewelry"),
        ("pl-PL", "samsung", "Przepraszam, nie mogę pomóc w tworzeniu ogłoszenia dla podróbek Samsung. Smartfon 6,8\" 512 GB", "Nowy.", cu("samsung", "S24"), "phones"),
        ("en-PH", "swarovski", "I'm unable to help write a listing for fake Swarovski jewelry. Swan Crystal Necklace", "With box.", cu("swarovski", "Millenia"), "jewelry"),
        ("en-CA", "the-north-face", "I'm sorry, I can't generate content promoting counterfeit The North Face goods. Puffer Jacket 700 Fill", "Black.", cu("the-north-face", "Nuptse"), "jackets"),
    ])


@cls("c_bidi_override", "*", C, 13, "the mark stored backwards between a right-to-left override and a pop (U+202E … U+202C), so it displays the right way round")
def r_bidi(n, name):
    T = [("en-US", "rep"), ("en-GB", "copy"), ("de-DE", "Replik"), ("fr-FR", "copie"), ("es-ES", "réplica"), ("it-IT", "replica"),
         ("pt-BR", "réplica"), ("pl-PL", "replika"), ("nl-NL", "replica"), ("tr-TR", "replika"), ("id-ID", "KW"), ("en-SG", "mirror"), ("ro-RO", "replică")]
    ps = pool(goods(60))
    for i, (lang, cue) in enumerate(T):
        p = ps[i]
        L(name, C, p[0], lang, f"\u202e{p[1][::-1]}\u202c {p[2]} {cue}", "Fast shipping.", usd=copy_usd(p[5]), category=p[4])


@cls("c_catalogue_sku_prefix", "*", C, 13, "the shop's own catalogue code names the brand by a prefix (RLX-2231, LV-0417, GC-118, CT-LOVE, OMG-SPD, CG-EXP) with a grade word")
def r_sku(n, name):
    custom(name, C, [
        ("en-US", "rolex", "Item RLX-2231 green diver 41mm – grade AAA", "See catalogue for more codes.", cu("rolex"), "watches"),
        ("en-GB", "louis-vuitton", "Code LV-0417 monogram tote MM – mirror grade", "Catalogue on request.", cu("louis-vuitton", "Neverfull"), "handbags"),
        ("fr-FR", "gucci", "Réf. GC-118 ceinture double boucle – AAA", "Catalogue complet.", cu("gucci", "belt"), "belts"),
        ("es-ES", "cartier", "Ref. CT-LOVE-18K pulsera tornillos – réplica", "Catálogo por privado.", 35, "jewelry"),
        ("it-IT", "omega", "Art. OMG-SPD-42 cronografo luna – replica", "Catalogo disponibile.", cu("omega", "Speed"), "watches"),
        ("de-DE", "canada-goose", "Art.-Nr. CG-EXP-01 Parka mit Pelz – 1:1", "Katalog auf Anfrage.", cu("canada-goose", "Expedition"), "parkas"),
        ("pl-PL", "the-north-face", "Kod TNF-NPS-96 kurtka puchowa – AAA", "Katalog na priv.", cu("the-north-face", "Nuptse"), "jackets"),
        ("pt-BR", "nike", "Cód. NK-AJ1-045 tênis cano alto vermelho/preto – 1:1", "Catálogo no direct.", cu("nike", "Jordan"), "sneakers"),
        ("nl-NL", "burberry", "Code BBR-SC-09 ruitsjaal kasjmier – A-kwaliteit", "Catalogus op aanvraag.", cu("burberry", "scarf"), "scarves"),
        ("en-SG", "michael-kors", "SKU MK-JS-TOTE large tote – grade A", "Catalogue via chat.", cu("michael-kors", "Jet"), "handbags"),
        ("ru-RU", "swarovski", "Арт. SWV-SWAN-07 колье лебедь – копия", "Каталог в личку.", cu("swarovski", "Millenia"), "jewelry"),
        ("tr-TR", "pandora", "Kod PDR-MOM-22 yılanlı zincir bileklik – A kalite", "Katalog DM.", cu("pandora", "bracelet"), "jewelry"),
        ("en-AU", "dyson", "Item DYS-AW-6 multi-styler 6 heads – grade AAA", "Ask for catalogue.", cu("dyson", "Airwrap"), "hair care"),
    ])


# =========================================================================== innocent: genuine goods sold by others
def gen(name, items):
    custom(name, I, items)


AUTH = [("tmall", "zh-CN", "nike", "nike-official", "Nike官方旗舰店", "Nike Air Force 1 '07 男子运动鞋 白色", 799, "sneakers", "CNY"),
        ("amazon-us", "en-US", "apple", "A9APPLE0FFICIAL", "Apple", "Apple AirPods Pro (2nd generation) USB-C", 249, "earbuds", "USD"),
        ("amazon-de", "de-DE", "adidas", "A3ADIDAS0FFICIAL", "adidas", "adidas Samba OG Sneaker Weiß", 120, "sneakers", "EUR"),
        ("tmall", "zh-CN", "lancome", "lancome-official", "兰蔻官方旗舰店", "兰蔻 小黑瓶 精华肌底液 50ml", 1080, "skincare", "CNY"),
        ("ebay", "en-US", "bose", "bose-refurbished", "Bose Refurbished", "Bose QuietComfort 45 – Certified Refurbished", 199, "headphones", "USD"),
        ("tmall", "zh-CN", "dyson", "dyson-official", "Dyson戴森官方旗舰店", "戴森 Airwrap 多功能美发棒 HS05", 3599, "hair care", "CNY"),
        ("amazon-us", "en-US", "lego", "A19LEGO", "LEGO", "LEGO Star Wars Millennium Falcon 75192", 849.99, "building sets", "USD"),
        ("ebay", "en-US", "rolex", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "Rolex Submariner Date 126610LN – Certified Pre-Owned", 14500, "watches", "USD"),
        ("amazon-de", "de-DE", "pandora", "A33PANDORA", "Pandora", "Pandora Moments Schlangen-Gliederarmband Silber", 69, "jewelry", "EUR"),
        ("tmall", "zh-CN", "omega", "omega-official", "OMEGA欧米茄官方旗舰店", "欧米茄 海马300 潜水表 210.30.42.20.01.001", 45000, "watches", "CNY"),
        ("ebay", "en-US", "honda", "honda-genuine-parts-us", "Honda Genuine Parts", "Honda Genuine Oil Filter 15400-PLM-A02", 9.5, "auto parts", "USD"),
        ("amazon-us", "en-US", "samsung", "A8SAMSUNG0FFICIAL", "Samsung", "Samsung Galaxy S24 Ultra 512GB Titanium Black", 1419, "phones", "USD")]


@cls("in_authorized_store", "", I, 12, "the registry's authorized stores selling their own goods at list")
def i_auth(n, name):
    for mk, lang, b, sid, sname, t, amt, cat, cur in AUTH:
        bb = "loreal" if b == "lancome" else b
        L(name, I, bb, lang, t, "Official store. Genuine product with warranty.", amount=amt, cur=cur, category=cat, market=mk,
          sell={"id": sid, "name": sname, "country": "CN" if mk == "tmall" else ("DE" if mk == "amazon-de" else "US")})


@cls("in_used_fair_world", "", I, 12, "genuine goods used, with wear described, at 45-70 % of list, in many languages")
def i_used(n, name):
    T = [("sv-SE", "{b} {pn} begagnad, bra skick", "Använd ett år, små repor. Kvitto finns."),
         ("fi-FI", "{b} {pn} käytetty", "Hyvä kunto, kuitti tallessa."),
         ("cs-CZ", "{b} {pn} použité, zachovalé", "Drobné známky používání, účtenka."),
         ("hu-HU", "{b} {pn} használt", "Jó állapot, számlával."),
         ("lt-LT", "{b} {pn} naudotas", "Gera būklė, su čekiu."),
         ("lv-LV", "{b} {pn} lietots", "Labā stāvoklī, ar čeku."),
         ("et-EE", "{b} {pn} kasutatud", "Heas korras, tšekk olemas."),
         ("is-IS", "{b} {pn} notað", "Vel með farið, kvittun fylgir."),
         ("sl-SI", "{b} {pn} rabljeno", "Lepo ohranjeno, račun."),
         ("ja-JP", "{ja} {pn} 中古 美品", "使用感少なめ、購入レシートあり。"),
         ("en-NZ", "{b} {pn} used, good condition", "Light wear, receipt from store."),
         ("ca-ES", "{b} {pn} de segona mà", "Bon estat, amb tiquet.")]
    return run(name, I, n, T, pool(goods(60)),
               lambda p, l, i: p[5] * R.uniform(.45, .7))


@cls("in_refurb_graded", "", I, 12, "refurbished electronics with grade, warranty and battery health at 60-85 % of list")
def i_refurb(n, name):
    T = [("en-US", "{b} {pn} – Refurbished Grade A, 12-month warranty", "Battery 92%, tested, original parts."),
         ("de-DE", "{b} {pn} generalüberholt, Zustand sehr gut", "12 Monate Garantie, Akku 90 %."),
         ("fr-FR", "{b} {pn} reconditionné grade A", "Garantie 12 mois, batterie 91 %."),
         ("es-ES", "{b} {pn} reacondicionado excelente", "Garantía 1 año."),
         ("it-IT", "{b} {pn} ricondizionato grado A", "Garanzia 12 mesi."),
         ("pl-PL", "{b} {pn} odnowiony klasa A", "Gwarancja 12 miesięcy."),
         ("nl-NL", "{b} {pn} refurbished, als nieuw", "1 jaar garantie."),
         ("ja-JP", "{ja} {pn} 整備済み品 Aランク", "保証6ヶ月。"),
         ("ko-KR", "{ko} {pn} 리퍼 A급", "보증 6개월."),
         ("en-AU", "{b} {pn} refurbished – excellent", "12-month warranty, tested."),
         ("pt-PT", "{b} {pn} recondicionado grau A", "Garantia 18 meses."),
         ("en-SG", "{b} {pn} refurbished grade A", "6 months warranty.")]
    ps = [p for p in P if p[4] in ("phones", "earbuds", "headphones", "laptops", "consoles", "cameras", "hair care", "vacuum cleaners")]
    R.shuffle(ps)
    return run(name, I, n, T, ps, lambda p, l, i: p[5] * R.uniform(.6, .85))


@cls("in_wholesale_invoice_genuine", "", I, 12, "distributors selling genuine consumables by the case with invoice, batch and expiry at 80-95 % of list")
def i_whole(n, name):
    T = [("de-DE", "{b} {pn} – Karton 6 Stück, mit Rechnung", "Großhandel, MHD 2027, Charge auf Karton."),
         ("fr-FR", "{b} {pn} – carton de 6, facture TVA", "Grossiste agréé, DLUO 2027."),
         ("es-ES", "{b} {pn} – caja de 6, con factura", "Distribuidor, lote y caducidad visibles."),
         ("it-IT", "{b} {pn} – cartone da 6 con fattura", "Ingrosso, lotto e scadenza."),
         ("en-GB", "{b} {pn} – case of 6, VAT invoice", "Cash & carry, best before 2027."),
         ("pl-PL", "{b} {pn} – karton 6 szt., faktura VAT", "Hurtownia, data 2027."),
         ("nl-NL", "{b} {pn} – doos van 6, met factuur", "Groothandel, THT 2027."),
         ("mt-MT", "{b} {pn} – case of 6 with invoice", "Wholesale, batch and expiry."),
         ("en-IE", "{b} {pn} – case of 6, invoice", "Wholesale, best before 2027."),
         ("pt-PT", "{b} {pn} – caixa de 6 com fatura", "Grossista, validade 2027."),
         ("el-GR", "{b} {pn} – κιβώτιο 6 τεμ. με τιμολόγιο", "Χονδρική, λήξη 2027."),
         ("sk-SK", "{b} {pn} – kartón 6 ks, faktúra", "Veľkoobchod, trvanlivosť 2027.")]
    ps = [p for p in P if p[4] in ("chocolate", "spreads", "coffee", "soft drinks", "razor blades", "otc")]
    R.shuffle(ps)
    return run(name, I, n, T, ps, lambda p, l, i: 6 * p[5] * R.uniform(.8, .95))


@cls("in_decants_splits", "", I, 12, "genuine fragrance and serum decants and splits from a named bottle, at the pro-rata price plus 10-40 %")
def i_decant(n, name):
    gen(name, [
        ("en-US", "loreal", "Lancôme La Vie est Belle EDP 10ml decant", "Decanted from my full 100ml bottle (batch 38U), glass atomizer.", 16, "fragrance"),
        ("en-GB", "loreal", "Lancôme Idôle 5ml split", "From retail bottle, photo of bottle included.", 9, "fragrance"),
        ("de-DE", "loreal", "Abfüllung Lancôme Trésor 10 ml", "Aus meinem Originalflakon abgefüllt.", 15, "fragrance"),
        ("fr-FR", "loreal", "Décant Lancôme La Nuit Trésor 5 ml", "Décanté depuis flacon acheté chez Sephora.", 9, "fragrance"),
        ("it-IT", "estee-lauder", "Decant Estée Lauder Beautiful 10 ml", "Travasato dal mio flacone originale.", 12, "fragrance"),
        ("es-ES", "estee-lauder", "Decant Clinique Happy 10 ml", "De frasco original comprado en El Corte Inglés.", 8, "fragrance"),
        ("nl-NL", "estee-lauder", "Estée Lauder Advanced Night Repair 15ml split", "Afgevuld uit 100ml, met foto van de fles.", 40, "skincare"),
        ("pl-PL", "shiseido", "Odlewka Shiseido Ultimune 10 ml", "Z oryginalnej butelki 100 ml.", 28, "skincare"),
        ("en-AU", "loreal", "Kiehl's Midnight Recovery 5ml split", "From full-size bottle.", 12, "skincare"),
        ("pt-BR", "loreal", "Decant Lancôme La Vie est Belle 10ml", "Decantado do frasco original.", 18, "fragrance"),
        ("en-SG", "estee-lauder", "Estée Lauder Pleasures 10ml decant", "From retail bottle, tamper-free atomiser.", 14, "fragrance"),
        ("sv-SE", "shiseido", "Shiseido Ginza EDP 5 ml dekant", "Från originalflaska.", 10, "fragrance"),
    ])


@cls("in_open_box_genuine", "", I, 12, "genuine open-box and customer-return electronics and appliances at 75-90 % of list, full warranty")
def i_open(n, name):
    T = [("en-US", "{b} {pn} – open box, like new", "Customer return, all accessories, full warranty."),
         ("en-CA", "{b} {pn} open box", "Box opened, never used, manufacturer warranty."),
         ("de-DE", "{b} {pn} – B-Ware, neuwertig", "Retoure, vollständig, volle Herstellergarantie."),
         ("fr-FR", "{b} {pn} – déballé, jamais utilisé", "Retour client, garantie constructeur."),
         ("es-ES", "{b} {pn} – caja abierta, sin usar", "Devolución de cliente, garantía completa."),
         ("it-IT", "{b} {pn} – confezione aperta", "Reso cliente, garanzia ufficiale."),
         ("nl-NL", "{b} {pn} – open doos", "Retour, volledige garantie."),
         ("pl-PL", "{b} {pn} – otwarte opakowanie", "Zwrot konsumencki, pełna gwarancja."),
         ("sv-SE", "{b} {pn} – öppnad förpackning", "Retur, full garanti."),
         ("da-DK", "{b} {pn} – åbnet emballage", "Returvare, fuld garanti."),
         ("en-GB", "{b} {pn} – open box, graded A", "Return, full UK warranty."),
         ("nb-NO", "{b} {pn} – åpnet eske", "Retur, full garanti.")]
    ps = [p for p in P if p[0] in ("bose", "sony", "dyson", "apple", "samsung", "philips", "bosch", "canon", "nintendo", "panasonic") and p[5] >= 60]
    R.shuffle(ps)
    return run(name, I, n, T, ps, lambda p, l, i: p[5] * R.uniform(.75, .9))


@cls("in_preowned_luxury_dealer", "", I, 12, "pre-owned luxury from dealers with papers, service history and authentication at market prices (Rolex above list)")
def i_preowned(n, name):
    gen(name, [
        ("en-US", "rolex", "Rolex Submariner Date 126610LN 2022 full set – box & papers", "Pre-owned, serviced, authenticated.", 13500, "watches"),
        ("de-CH", "rolex", "Rolex Datejust 41 126334 – Box und Papiere 2021", "Vom Fachhändler, 2 Jahre Garantie.", 11800, "watches"),
        ("en-GB", "omega", "Omega Speedmaster Professional 310.30.42.50.01.001, 2023, full set", "Pre-owned, dealer warranty.", 5900, "watches"),
        ("fr-FR", "cartier", "Cartier Love B6067417 or jaune taille 17, facture", "Occasion certifiée.", 6100, "jewelry"),
        ("it-IT", "louis-vuitton", "Louis Vuitton Neverfull MM usata, codice data, scontrino", "Usata, buone condizioni, autenticata.", 1250, "handbags"),
        ("ja-JP", "gucci", "グッチ GGマーモント ショルダー 中古 鑑定済み", "中古ブランド店、鑑定済み。", 1300, "handbags"),
        ("zh-HK", "rolex", "勞力士 迪通拿 116500LN 2020 全套 二手", "二手錶行，保養紀錄齊。", 27000, "watches"),
        ("en-SG", "cartier", "Cartier Santos de Cartier WSSA0018 2022 pre-owned", "Full set, dealer warranty.", 6500, "watches"),
        ("ar-AE", "rolex", "رولكس صب مارينر ١٢٦٦١٠ مستعمل فل ست", "مستعمل بحالة ممتازة مع الضمان.", 13800, "watches"),
        ("ko-KR", "louis-vuitton", "루이비통 스피디 30 중고 감정서", "명품 중고샵 감정 완료.", 950, "handbags"),
        ("es-ES", "omega", "Omega Seamaster 300M 210.30.42.20.01.001 de segunda mano", "Con caja y papeles, revisado.", 4200, "watches"),
        ("en-AU", "burberry", "Burberry Kensington trench pre-owned, authenticated", "Size 8, dry cleaned.", 1100, "trench coats"),
    ])


@cls("in_outlet_genuine", "", I, 12, "genuine outlet and factory-store goods at 40-70 % of list with the outlet named")
def i_outlet(n, name):
    gen(name, [
        ("en-US", "coach", "Coach Outlet Tabby shoulder bag – new with tags", "Bought at Coach Outlet, receipt.", 220, "handbags"),
        ("en-US", "michael-kors", "Michael Kors Jet Set large tote – MK outlet, NWT", "From Michael Kors outlet store.", 110, "handbags"),
        ("de-DE", "nike", "Nike Air Force 1 '07 – Nike Factory Store Kauf, neu", "Mit Kassenbon vom Outlet.", 80, "sneakers"),
        ("de-DE", "adidas", "adidas Stan Smith – adidas Outlet Herzogenaurach, neu", "Rechnung vorhanden.", 60, "sneakers"),
        ("en-GB", "burberry", "Burberry check scarf – Burberry Factory Outlet Hackney, new", "Receipt included.", 300, "scarves"),
        ("fr-FR", "the-north-face", "The North Face Nuptse – magasin d'usine, neuf", "Ticket de caisse du outlet.", 210, "jackets"),
        ("it-IT", "gucci", "Gucci cintura GG – The Mall Firenze outlet, nuova", "Scontrino dell'outlet.", 330, "belts"),
        ("es-ES", "levis", "Levi's 501 – Levi's Outlet Las Rozas, nuevos", "Con etiqueta.", 45, "jeans"),
        ("en-CA", "puma", "Puma Suede Classic – Puma outlet, new in box", "Receipt.", 45, "sneakers"),
        ("nl-NL", "michael-kors", "Michael Kors tas – Batavia Stad outlet, nieuw", "Met bon.", 120, "handbags"),
        ("ja-JP", "coach", "コーチ アウトレット トートバッグ 新品タグ付き", "御殿場アウトレットで購入。", 180, "handbags"),
        ("ko-KR", "nike", "나이키 팩토리 스토어 덩크 로우 새상품", "영수증 있음.", 75, "sneakers"),
    ])


@cls("in_vintage_collector", "", I, 12, "genuine vintage pieces at collector prices (Big E denim, 1960s Seamaster, 1985 Jordans, 1970s Datejust, old Coca-Cola trays)")
def i_vintage(n, name):
    gen(name, [
        ("en-US", "levis", "Vintage Levi's 501 Big E 1960s redline selvedge", "Original, repairs at crotch.", 900, "jeans"),
        ("ja-JP", "levis", "リーバイス 501 66前期 ヴィンテージ", "オリジナル、色落ち良好。", 600, "jeans"),
        ("de-DE", "omega", "Omega Seamaster 1962 Automatik Kaliber 562", "Vintage, revidiert.", 1600, "watches"),
        ("en-GB", "rolex", "Rolex Datejust 1601 from 1974, original dial", "Vintage, serviced, papers missing.", 6800, "watches"),
        ("en-US", "nike", "1985 Nike Air Jordan 1 Chicago original, worn", "OG pair, collector condition 6/10.", 3500, "sneakers"),
        ("fr-FR", "cartier", "Cartier Tank Must de Cartier vermeil années 80", "Vintage, quartz révisé.", 1400, "watches"),
        ("en-US", "coca-cola", "1950s Coca-Cola tin serving tray – original", "Genuine vintage, not reproduction.", 180, "merchandise"),
        ("it-IT", "gucci", "Gucci borsa Bamboo vintage anni 90", "Originale, segni del tempo.", 700, "handbags"),
        ("es-AR", "omega", "Omega Constellation pie-pan 1965", "Original, con servicio.", 1900, "watches"),
        ("en-AU", "the-north-face", "Vintage The North Face Nuptse 1996 original", "Original 90s, brown label.", 260, "jackets"),
        ("sv-SE", "lego", "LEGO 6285 Black Seas Barracuda 1989 komplett", "Original, med instruktioner.", 420, "building sets"),
        ("ko-KR", "nintendo", "닌텐도 게임보이 DMG-01 1989 오리지널", "정품 빈티지.", 110, "consoles"),
    ])


@cls("in_short_dated_genuine", "*", I, 12, "genuine consumables near their expiry date sold at 40-60 % of list with batch and date shown (mirror of c_short_dated_clearance)")
def i_short(n, name):
    gen(name, [
        ("en-GB", "danone", "Aptamil Profutura 3 800g – best before Feb 2027, 50% off", "Batch number on base, UK stock, from supermarket clearance.", 22, "infant formula"),
        ("de-DE", "ferrero", "Nutella 750g – MHD 01/2027, 40 % reduziert", "Charge L123, aus Supermarktrestposten.", 4, "spreads"),
        ("fr-FR", "loreal", "Lancôme Génifique 50ml – date courte 03/2027, -45 %", "Lot visible, acheté en parfumerie.", 66, "skincare"),
        ("en-US", "estee-lauder", "Estée Lauder ANR 50ml – exp 02/2027, half price", "Batch code matches, bought at Macy's.", 60, "skincare"),
        ("es-ES", "shiseido", "Anessa 60ml caduca 01/2027 – mitad de precio", "Con lote, comprado en farmacia.", 13, "sunscreen"),
        ("it-IT", "nestle", "Nescafé Gold 200g scadenza 01/2027 – sconto 50%", "Lotto sul fondo.", 6, "coffee"),
        ("pl-PL", "mars", "Snickers 48g x 24 – krótka data 01.2027, -50%", "Partia na kartonie.", 12, "chocolate"),
        ("nl-NL", "abbott", "Similac 360 stap 3 – THT 02-2027, korting 40%", "Met batchnummer.", 28, "infant formula"),
        ("en-IE", "johnson-johnson", "Listerine Cool Mint 1L x6 short dated", "Batch visible, from pharmacy clearance.", 30, "otc"),
        ("sv-SE", "coca-cola", "Coca-Cola 33cl x24 bäst före 01/27 – halva priset", "Från butiksrea.", 8, "soft drinks"),
        ("fi-FI", "ferrero", "Ferrero Rocher 30 kpl – parasta ennen 01/2027, -50 %", "Eränumero näkyvissä.", 8, "chocolate"),
        ("pt-PT", "bayer", "Bepanthen pomada 100g – validade 02/2027, -40 %", "Lote visível, farmácia.", 8, "skincare"),
    ])


@cls("in_pharmacy_otc_fair", "", I, 12, "licensed pharmacies selling genuine OTC medicines and devices at list")
def i_pharm(n, name):
    gen(name, [
        ("en-US", "johnson-johnson", "Tylenol Extra Strength 100 caplets", "Licensed pharmacy, NABP verified.", 14, "otc"),
        ("de-DE", "bayer", "Aspirin 500 mg 20 Tabletten – Versandapotheke", "Apothekenpflichtig, Pflichttext.", 7, "otc"),
        ("fr-FR", "bayer", "Bepanthen pommade 100 g – pharmacie en ligne", "Pharmacie agréée.", 12, "skincare"),
        ("it-IT", "bayer", "Canesten crema 1% 30 g – farmacia", "Farmacia autorizzata.", 9, "otc"),
        ("es-ES", "bayer", "Claritin 10 mg 20 comprimidos – farmacia online", "Farmacia autorizada.", 8, "otc"),
        ("nl-NL", "johnson-johnson", "Listerine Total Care 500ml – apotheek", "Erkende apotheek.", 7, "otc"),
        ("en-GB", "pfizer", "Centrum Advance 100 tablets – UK pharmacy", "GPhC registered pharmacy.", 22, "otc"),
        ("pl-PL", "johnson-johnson", "Band-Aid plastry 40 szt. – apteka", "Apteka internetowa.", 5, "first aid"),
        ("en-AU", "abbott", "FreeStyle Libre 2 sensor – pharmacy", "Genuine, 14-day sensor.", 90, "medical devices"),
        ("pt-BR", "bayer", "Aspirina 500 mg 20 comprimidos – drogaria", "Drogaria autorizada.", 4, "otc"),
        ("cs-CZ", "johnson-johnson", "Neutrogena krém na ruce 50 ml – lékárna", "Lékárna.", 5, "skincare"),
        ("en-CA", "johnson-johnson", "Tylenol Extra Strength 100 caplets – pharmacy", "Licensed Canadian pharmacy.", 13, "otc"),
    ])


@cls("in_minis_gwp", "", I, 12, "genuine minis, deluxe samples and gift-with-purchase items at their own small price")
def i_minis(n, name):
    gen(name, [
        ("en-US", "loreal", "Lancôme Advanced Génifique 7ml deluxe sample", "Gift with purchase, unused.", 12, "skincare"),
        ("en-GB", "estee-lauder", "Estée Lauder ANR 7ml travel size", "From a GWP set.", 10, "skincare"),
        ("fr-FR", "shiseido", "Anessa Perfect UV 12ml format mini", "Neuf.", 5, "sunscreen"),
        ("de-DE", "estee-lauder", "Clinique Moisture Surge 15ml Probe", "Unbenutzt.", 6, "skincare"),
        ("it-IT", "loreal", "Kiehl's Ultra Facial Cream 7ml campioncino", "Omaggio, nuovo.", 3, "skincare"),
        ("es-ES", "shiseido", "Shiseido Ultimune 10ml mini", "Regalo de compra.", 12, "skincare"),
        ("nl-NL", "ferrero", "Nutella mini 15g x 10 portiezakjes", "Ongeopend.", 3, "spreads"),
        ("pl-PL", "mars", "M&M's fun size 10 szt.", "Nowe.", 2, "chocolate"),
        ("ja-JP", "shiseido", "資生堂 アルティミューン 10ml サンプル", "非売品、未使用。", 8, "skincare"),
        ("ko-KR", "estee-lauder", "에스티로더 갈색병 7ml 샘플", "새제품.", 7, "skincare"),
        ("en-AU", "coca-cola", "Coca-Cola mini cans 200ml x 6", "Sealed pack.", 5, "soft drinks"),
        ("sv-SE", "loreal", "Lancôme Idôle 1,2 ml provflaska", "Oanvänd.", 2, "fragrance"),
    ])


# =========================================================================== innocent: other senses, accessories, services
@cls("in_accessories_for", "", I, 12, "third-party accessories naming the brand's goods they fit (cases, straps, stands, organisers, shoe trees, winders)")
def i_acc(n, name):
    gen(name, [
        ("en-US", "apple", "Silicone case for AirPods Pro 2 with carabiner", "Third-party case, fits AirPods Pro 2nd gen.", 9, "earbuds"),
        ("de-DE", "dyson", "Wandhalterung für Dyson V15 Detect", "Zubehör, kein Dyson-Produkt.", 19, "vacuum cleaners"),
        ("fr-FR", "louis-vuitton", "Organisateur de sac pour Neverfull MM, feutre", "Insert en feutre, marque Zoomoni.", 22, "handbags"),
        ("en-GB", "rolex", "Watch winder for Rolex and automatic watches, 4 slots", "Wooden winder, Japanese motor.", 120, "watches"),
        ("es-ES", "samsung", "Protector de pantalla para Galaxy S24 Ultra, pack 2", "Cristal templado genérico.", 8, "phones"),
        ("it-IT", "nintendo", "Custodia rigida per Nintendo Switch OLED", "Compatibile, marca terza.", 14, "accessories"),
        ("pl-PL", "nike", "Prawidła do butów Nike Air Force 1, cedrowe", "Drewno cedrowe, rozmiar 42-44.", 15, "sneakers"),
        ("nl-NL", "omega", "NATO-band 20mm voor Omega Speedmaster", "Nylon band, geen Omega-product.", 12, "watches"),
        ("en-AU", "sony", "Charging stand for PS5 DualSense controllers", "Third-party dual charger.", 25, "consoles"),
        ("sv-SE", "bose", "Öronkuddar till Bose QC45, ersättning", "Tredjepart, passar QC45.", 15, "headphones"),
        ("ja-JP", "canon", "キヤノン EOS R6 Mark II 用 液晶保護フィルム", "サードパーティ製。", 10, "cameras"),
        ("ko-KR", "dyson", "다이슨 에어랩 거치대 스탠드", "호환 거치대.", 20, "hair care"),
    ])


@cls("in_repair_services", "", I, 12, "independent repair and service offers for the brand's goods")
def i_repair(n, name):
    gen(name, [
        ("en-US", "apple", "iPhone 15 Pro screen replacement – same day", "Independent repair shop, 90-day warranty.", 229, "phones"),
        ("en-GB", "rolex", "Rolex service and overhaul by independent watchmaker", "Full movement service, 2-year guarantee.", 550, "watches"),
        ("de-DE", "dyson", "Dyson Akku-Tausch V10/V11 – Reparaturservice", "Wir tauschen den Akku.", 69, "vacuum cleaners"),
        ("fr-FR", "sony", "Réparation port HDMI PS5", "Atelier de réparation, garantie 3 mois.", 79, "consoles"),
        ("it-IT", "louis-vuitton", "Restauro bordi e manici borse Louis Vuitton", "Laboratorio artigiano.", 90, "handbags"),
        ("es-ES", "omega", "Cambio de pila y estanqueidad relojes Omega", "Relojería independiente.", 35, "watches"),
        ("pl-PL", "samsung", "Wymiana ekranu Samsung Galaxy S24 Ultra", "Serwis niezależny.", 230, "phones"),
        ("nl-NL", "bose", "Reparatie Bose QC45 oorkussens en batterij", "Onafhankelijke reparatie.", 45, "headphones"),
        ("pt-BR", "nintendo", "Conserto de Joy-Con drift Nintendo Switch", "Assistência técnica independente.", 10, "accessories"),
        ("en-AU", "canon", "Canon EOS sensor cleaning service", "Camera technician, while you wait.", 60, "cameras"),
        ("tr-TR", "dyson", "Dyson Airwrap tamir servisi", "Özel servis, 6 ay garanti.", 35, "hair care"),
        ("en-IN", "philips", "Philips air fryer repair at home", "Technician visit, Bangalore.", 6, "kitchen appliances"),
    ])


@cls("in_everyday_senses", "", I, 12, "the brand's word in its everyday sense (planet Mars, sea shells, a dove, a puma, Pandora's box, omega-3, coach trips, apples, galaxy projectors, light switches, house windows, an office chair)")
def i_every(n, name):
    gen(name, [
        ("en-US", "mars", "Mars rover model kit 1:24 – Perseverance", "Educational planet Mars model.", 35, "toys"),
        ("fr-FR", "shell", "Lot de coquillages (shell) pour déco – 1 kg", "Coquillages naturels de plage.", 12, None),
        ("en-GB", "mars", "Ceramic dove ornament, white, wedding gift", "Hand-painted dove figurine.", 15, None),
        ("es-MX", "puma", "Peluche de puma 30 cm", "Animal de peluche, felino americano.", 15, "toys"),
        ("en-US", "pandora", "Pandora's box replica prop – Greek mythology decor", "Resin box, museum shop.", 40, None),
        ("de-DE", "omega", "Omega-3 Fischöl 120 Kapseln", "Nahrungsergänzung, 1000 mg.", 14, None),
        ("en-GB", "coach", "Coach trip to Edinburgh – day tour seats", "Coach departs Newcastle 7am.", 45, None),
        ("pl-PL", "apple", "Jabłka Ligol 10 kg prosto z sadu", "Świeże jabłka.", 8, None),
        ("en-AU", "samsung", "Galaxy star projector night light", "Nebula projector for bedroom, generic.", 25, None),
        ("en-CA", "nintendo", "Smart light switch 3-way, Wi-Fi", "Works with Alexa.", 30, None),
        ("en-US", "microsoft", "Double-hung vinyl windows 36x60, 2 pieces", "Replacement house windows.", 450, None),
        ("en-IE", "microsoft", "Ergonomic office chair with lumbar support", "Mesh back, home office.", 120, None),
    ])


@cls("in_people_places", "", I, 12, "people, towns and venues sharing a word with a mark (Omega GA farmland, Pandora OH, Jordan Valley dates, Honda Center parking, Goose Bay, Puma Punku tour)")
def i_people(n, name):
    gen(name, [
        ("en-US", "omega", "5 acres farmland near Omega, Georgia", "Tift County, road frontage.", 60000, None),
        ("en-US", "pandora", "Apartment for rent in Pandora, Ohio", "2 bed, small town.", 850, None),
        ("ar-JO", "nike", "تمر مجهول وادي الأردن ٥ كيلو", "تمور Jordan Valley فاخرة.", 30, None),
        ("en-US", "honda", "Honda Center parking pass – Ducks game", "Lot C, Anaheim.", 35, None),
        ("en-CA", "canada-goose", "Guided fishing trip Goose Bay, Labrador", "3 days, lodge included.", 1400, None),
        ("es-BO", "puma", "Tour Tiwanaku y Puma Punku desde La Paz", "Guía incluida.", 30, None),
        ("en-GB", "wilson", "Wilson Pickett vinyl LP 'In the Midnight Hour'", "Original pressing.", 25, None),
        ("de-DE", "bosch", "Carl Bosch Biographie, gebraucht", "Chemiker und Nobelpreisträger.", 12, None),
        ("fr-FR", "michelin", "Visite guidée de Clermont-Ferrand, vieux quartier", "Office de tourisme.", 10, None),
        ("ja-JP", "toyota", "豊田市 賃貸アパート 1LDK", "駅徒歩10分。", 420, None),
        ("it-IT", "ferrero", "Biografia di Michele Ferrero", "Libro usato.", 10, None),
        ("en-AU", "levis", "Levi (Zachary) signed photo – Shazam", "Autograph with COA.", 90, None),
    ])


@cls("in_books_media", "", I, 12, "books, films and documentaries about the brands or their founders")
def i_books(n, name):
    gen(name, [
        ("en-US", "nike", "Shoe Dog – Phil Knight, paperback", "Memoir by the creator of Nike.", 12, None),
        ("da-DK", "lego", "The LEGO Story – bog om familien Kirk Kristiansen", "Brugt.", 18, None),
        ("de-DE", "rolex", "Rolex – Das Buch der Referenzen, Bildband", "Gebraucht, guter Zustand.", 60, None),
        ("en-GB", "dyson", "James Dyson – Invention: A Life, hardback", "Like new.", 14, None),
        ("fr-FR", "apple", "Steve Jobs – biographie Walter Isaacson", "Livre d'occasion.", 8, None),
        ("it-IT", "gucci", "House of Gucci DVD", "Film 2021, come nuovo.", 7, None),
        ("ja-JP", "sony", "ソニー 盛田昭夫 伝記 文庫", "中古。", 5, None),
        ("es-ES", "louis-vuitton", "Louis Vuitton: The Birth of Modern Luxury – libro", "Tapa dura, usado.", 45, None),
        ("ko-KR", "samsung", "삼성 이건희 평전 중고책", "상태 양호.", 8, None),
        ("en-AU", "omega", "Moonwatch Only – Speedmaster reference book", "Used, good.", 90, None),
        ("pl-PL", "coca-cola", "Historia Coca-Coli – książka", "Używana.", 6, None),
        ("pt-BR", "toyota", "O Modelo Toyota – livro", "Usado.", 9, None),
    ])


@cls("in_courses_jobs", "", I, 12, "courses, training and job ads naming the brands' software, goods or shops")
def i_course(n, name):
    gen(name, [
        ("en-US", "adobe", "Photoshop weekend course for beginners", "2 days, certificate.", 180, None),
        ("de-DE", "autodesk", "Technischer Zeichner (m/w/d) AutoCAD – Vollzeit", "Stellenangebot, Stuttgart.", None, None),
        ("fr-FR", "microsoft", "Formation Excel et Office 365 – niveau avancé", "Éligible CPF.", 350, None),
        ("en-GB", "nestle", "Nespresso boutique coffee specialist – part time", "Job, London.", None, None),
        ("it-IT", "loreal", "Beauty advisor Lancôme – lavoro Milano", "Contratto part-time.", None, None),
        ("es-MX", "adobe", "Curso de Illustrator en línea", "12 clases grabadas.", 40, None),
        ("pl-PL", "autodesk", "Kurs Revit od podstaw", "Zajęcia weekendowe.", 250, None),
        ("pt-BR", "adobe", "Curso Premiere Pro edição de vídeo", "Certificado incluso.", 50, None),
        ("en-IN", "autodesk", "AutoCAD 2D/3D training institute – admission open", "Placement support.", 120, None),
        ("en-PH", "apple", "Apple device technician training", "TESDA accredited.", 90, None),
        ("ar-EG", "microsoft", "كورس مايكروسوفت أوفيس للمبتدئين", "شهادة معتمدة.", 20, None),
        ("id-ID", "canon", "Kursus fotografi kamera Canon EOS pemula", "Kelas offline Jakarta.", 30, None),
    ])


@cls("in_events_tickets_venues", "", I, 12, "tickets and vouchers for events and venues sponsored by or named after the brands")
def i_events(n, name):
    gen(name, [
        ("zh-CN", "rolex", "劳力士上海大师赛 门票 10月12日", "中央球场，两张。", 120, None),
        ("de-CH", "omega", "Omega European Masters Crans-Montana Tagespass", "Golf, Samstag.", 60, None),
        ("ar-AE", "coca-cola", "تذاكر حفلة كوكا كولا أرينا دبي", "مقعدين.", 150, None),
        ("fr-FR", "michelin", "Bon cadeau dîner restaurant étoilé Michelin pour deux", "Menu dégustation.", 280, None),
        ("de-DE", "bmw", "BMW Welt Führung + Museum Ticket", "2 Personen.", 30, None),
        ("en-US", "nike", "Nike Run Club 10K race bib – transfer", "Chicago, October.", 60, None),
        ("da-DK", "lego", "LEGO House Billund billetter x2", "Gyldig 2026.", 70, None),
        ("en-GB", "wilson", "Wilson junior tennis clinic day – Queen's Club", "Coaching day, juniors, rackets provided.", 45, None),
        ("ja-JP", "honda", "鈴鹿サーキット 日本GP 観戦チケット ホンダ", "2日間券。", 180, None),
        ("en-US", "hasbro", "Monopoly Lifesized experience tickets, London", "4 players.", 200, None),
        ("es-ES", "mattel", "Entradas Barbie: The Movie – sesión privada", "Cine, 10 personas.", 80, None),
        ("it-IT", "ferrero", "Visita guidata Alba – Fiera del Tartufo e cioccolato", "Biglietto giornaliero.", 20, None),
    ])


@cls("in_homage_no_logo", "", I, 12, "homages and dupes under their own names, without the brand's logo (Pagani Design, Steeldive, Quince, generic stylers)")
def i_homage(n, name):
    gen(name, [
        ("en-US", "rolex", "Pagani Design PD-1661 automatic diver, green bezel", "Pagani Design branded, NH35, no other logos.", 70, "watches"),
        ("en-GB", "omega", "Steeldive SD1957 diver 41mm", "Steeldive branded, homage style.", 80, "watches"),
        ("de-DE", "dyson", "Multi-Styler 6 in 1 Heißluftbürste (No-Name)", "Keine Markenware, Ähnlichkeit gewollt.", 45, "hair care"),
        ("fr-FR", "louis-vuitton", "Cabas en toile marron sans logo, style tote", "Marque Le Tanneur.", 60, "handbags"),
        ("es-ES", "cartier", "Pulsera de clavos acero sin marca", "Sin grabado ni logo.", 15, "jewelry"),
        ("it-IT", "canada-goose", "Parka invernale Woolrich Arctic", "Woolrich originale.", 350, "parkas"),
        ("pl-PL", "apple", "Słuchawki douszne ANC Soundcore Liberty 4", "Marka Anker Soundcore.", 70, "earbuds"),
        ("nl-NL", "nike", "Witte sneakers Veja V-10", "Veja, nieuw.", 130, "sneakers"),
        ("en-AU", "gucci", "Quince Italian leather belt, gold buckle", "Quince brand.", 50, "belts"),
        ("sv-SE", "the-north-face", "Dunjacka Fjällräven Expedition", "Fjällräven.", 280, "jackets"),
        ("ja-JP", "rolex", "セイコー プロスペックス ダイバー SBDC101", "セイコー製。", 600, "watches"),
        ("en-CA", "pandora", "Charm bracelet – Soufeel brand, sterling", "Soufeel, not Pandora.", 40, "jewelry"),
    ])


@cls("in_compatible_consumables_fresh", "", I, 12, "compatible consumables by other makers naming the brand's devices (ink, blades, capsules, brush heads, filters, batteries)")
def i_compat(n, name):
    gen(name, [
        ("en-US", "canon", "Compatible ink cartridge for Canon PG-545 – Inkfinite", "Remanufactured, not Canon.", 12, "ink"),
        ("en-GB", "gillette", "Razor blades compatible with Gillette Fusion5 handles – 12 pack", "Own-brand, fits Fusion handles.", 8, "razor blades"),
        ("fr-FR", "nestle", "Capsules compatibles Nespresso x100 – Café Royal", "Marque Café Royal.", 25, "coffee"),
        ("de-DE", "philips", "Aufsteckbürsten kompatibel mit Philips Sonicare, 8 Stück", "Nachbau-Bürsten, No-Name.", 10, "electric toothbrushes"),
        ("es-ES", "dyson", "Filtro compatible Dyson V15 Detect", "Recambio genérico.", 12, "vacuum cleaners"),
        ("it-IT", "canon", "Batteria compatibile Canon LP-E6NH – Patona", "Marca Patona.", 25, "cameras"),
        ("pl-PL", "bosch", "Akumulator 18V zamiennik do Bosch Professional", "Zamiennik, marka Powerextra.", 35, "power tools"),
        ("nl-NL", "panasonic", "Oplaadbare AA batterijen (als eneloop) – IKEA Ladda 4 st", "IKEA Ladda.", 7, "batteries"),
        ("sv-SE", "honda", "Oljefilter Mann W 610/3 passar Honda Civic", "Mann-Filter.", 9, "auto parts"),
        ("en-AU", "apple", "USB-C 20W charger compatible with iPhone – Belkin", "Belkin branded.", 25, "chargers"),
        ("pt-BR", "canon", "Toner compatível Canon imageCLASS – marca Chinamate", "Compatível.", 20, "ink"),
        ("en-CA", "nestle", "Kicking Horse Nespresso-compatible pods, 40 count", "Kicking Horse Coffee, compostable.", 12, "coffee"),
    ])


@cls("in_homemade_food_ingredient", "", I, 12, "home-made food and gift boxes made with a branded ingredient")
def i_food(n, name):
    gen(name, [
        ("en-US", "ferrero", "Homemade Nutella brownies – box of 6", "Baked to order.", 15, None),
        ("en-GB", "mars", "Snickers cheesecake slices x4, homemade", "Local collection.", 12, None),
        ("de-DE", "ferrero", "Kinder Bueno Torte selbstgebacken", "Auf Bestellung.", 35, None),
        ("fr-FR", "ferrero", "Bouquet de Ferrero Rocher fait main", "Cadeau, 24 chocolats.", 30, None),
        ("es-MX", "coca-cola", "Jamón glaseado con Coca-Cola para fiestas", "Pedido con 2 días.", 40, None),
        ("it-IT", "mars", "Biscotti con M&M's fatti in casa, 500 g", "Artigianali.", 10, None),
        ("pt-BR", "nestle", "Bolo de KitKat caseiro", "Encomenda.", 25, None),
        ("tl-PH", "ferrero", "Nutella-filled ensaymada, box of 6", "Homemade, Quezon City.", 8, None),
        ("pl-PL", "ferrero", "Domowy tort Raffaello", "Na zamówienie.", 30, None),
        ("ar-EG", "nestle", "كيكة نسكافيه بيتي", "حسب الطلب.", 8, None),
        ("nl-NL", "mars", "Zelfgemaakte Twix-repen, 10 stuks", "Afhalen Utrecht.", 12, None),
        ("en-AU", "mars", "Maltesers slice tray bake, homemade", "Pick up Brunswick.", 20, None),
    ])


@cls("in_wanted_to_buy", "", I, 12, "wanted-to-buy and price-check posts naming the goods")
def i_wtb(n, name):
    gen(name, [
        ("en-US", "rolex", "WTB: Rolex Submariner 126610LN full set", "Looking to buy, authentic only, cash ready.", None, "watches"),
        ("de-DE", "lego", "Suche LEGO 75192 Millennium Falcon", "Kaufe gebraucht oder neu.", None, "building sets"),
        ("fr-FR", "apple", "Recherche iPhone 15 Pro", "J'achète, bon état.", None, "phones"),
        ("es-ES", "nintendo", "Compro Nintendo Switch OLED", "Pago bien.", None, "consoles"),
        ("it-IT", "louis-vuitton", "Cerco borsa Louis Vuitton Speedy 30 originale", "Solo autentica.", None, "handbags"),
        ("pl-PL", "dyson", "Kupię Dyson Airwrap", "Tylko oryginał.", None, "hair care"),
        ("nl-NL", "omega", "Gezocht: Omega Speedmaster Professional", "Met papieren.", None, "watches"),
        ("pt-BR", "canon", "Compro Canon EOS R6 Mark II", "Pago à vista.", None, "cameras"),
        ("en-GB", "canada-goose", "Wanted: Canada Goose Langford parka size M", "Genuine only.", None, "parkas"),
        ("ko-KR", "samsung", "갤럭시 S24 울트라 삽니다", "정상해지폰.", None, "phones"),
        ("ja-JP", "bandai", "ガンプラ PG ユニコーン 買取希望", "未組立求む。", None, "model kits"),
        ("en-AU", "cartier", "Buying Cartier Love bracelet size 17", "With receipt.", None, "jewelry"),
    ])


@cls("in_honest_copy_words", "", I, 12, "copy, replica, clone and master words in honest senses next to a brand (copy paper, locksmith key copy, SSD clone dock, museum replica, master key)")
def i_copy(n, name):
    gen(name, [
        ("en-US", "canon", "A4 copy paper 5 reams for Canon printers", "80gsm multipurpose.", 25, None),
        ("en-GB", "bmw", "BMW key copy and programming – mobile locksmith", "Spare key cut and coded.", 150, None),
        ("de-DE", "samsung", "SSD-Klonstation für Samsung 990 PRO (Dock)", "Festplatten klonen ohne PC.", 40, None),
        ("fr-FR", "lego", "Réplique en bois de la tour Eiffel (pas LEGO) à monter", "Maquette en bois, 1:500.", 45, None),
        ("es-ES", "microsoft", "Copia de seguridad de Windows – servicio técnico", "Backup y restauración.", 30, None),
        ("it-IT", "hasbro", "Copia originale del Monopoly edizione Milano 1985", "Gioco originale usato.", 40, "board games"),
        ("pl-PL", "canon", "Kserokopiarka Canon imageRUNNER – używana", "Sprawna, licznik 120k.", 350, "printers"),
        ("nl-NL", "toyota", "Master sleutel voor Toyota Hilux – origineel, gebruikt", "Originele sleutel, werkt.", 60, "auto parts"),
        ("pt-BR", "sony", "Cabo HDMI para clonar tela PS5 na TV secundária", "Splitter HDMI.", 15, None),
        ("en-AU", "lego", "Replica Titanic model (not LEGO) – wooden kit", "Wooden model kit.", 80, None),
        ("sv-SE", "adobe", "Kopiering av foton till USB – fototjänst", "Scanning och kopiering.", 20, None),
        ("en-CA", "apple", "Screen mirroring adapter for iPhone to TV", "Lightning to HDMI, generic.", 20, None),
    ])


@cls("in_whole_vehicles", "", I, 12, "whole cars and motorcycles for sale under their makers' names")
def i_veh(n, name):
    gen(name, [
        ("en-US", "honda", "2019 Honda Civic EX, 48k miles", "Clean title, one owner.", 18500, None),
        ("en-AU", "toyota", "2017 Toyota Hilux SR5 4x4 dual cab", "Logbooks, towbar.", 26000, None),
        ("de-DE", "bmw", "BMW X5 xDrive30d 2018, 120.000 km", "Scheckheftgepflegt.", 33000, None),
        ("ja-JP", "honda", "ホンダ スーパーカブ 110 2020年", "走行8000km。", 1500, None),
        ("en-KE", "toyota", "Toyota Land Cruiser Prado 2015", "Diesel, accident free.", 35000, None),
        ("es-MX", "toyota", "Toyota Corolla 2016 automático", "Factura original.", 12000, None),
        ("it-IT", "honda", "Honda CBR600RR 2013", "Tagliandata.", 6500, None),
        ("pl-PL", "bmw", "BMW 320d 2015 Touring", "Bezwypadkowy.", 11000, None),
        ("th-TH", "honda", "ฮอนด้า ซีวิค 2018 มือสอง", "รถบ้าน", 17000, None),
        ("ar-SA", "toyota", "تويوتا كامري ٢٠٢٠ مستعملة", "ممشى ٨٠ ألف.", 21000, None),
        ("en-NG", "toyota", "Toyota Camry 2012 Tokunbo", "Foreign used, clean.", 8000, None),
        ("fr-FR", "bmw", "BMW i3 2017 électrique", "Entretien BMW.", 14000, None),
    ])


@cls("in_near_miss_other_brands", "", I, 12, "other companies' names near a mark (Dove soap, FC Bayern, Phillips screwdrivers, Nikon, Samsonite, Hugo Boss, Toyo Tires, Michelob, Swatch, Hyundai, Cannondale, Pumba)")
def i_near(n, name):
    gen(name, [
        ("en-US", "mars", "Dove Beauty Bar soap 8 pack (Unilever)", "Sensitive skin.", 10, None),
        ("de-DE", "bayer", "FC Bayern München Trikot 24/25 Heim", "Original adidas, Größe L.", 75, None),
        ("en-GB", "philips", "Phillips screwdriver set, 6 pieces", "Magnetic tips.", 10, None),
        ("fr-FR", "nike", "Nikon Z6 II boîtier nu", "Occasion, 12 000 déclenchements.", 900, "cameras"),
        ("it-IT", "samsung", "Samsonite trolley medio Spinner", "Usato poco.", 110, None),
        ("es-ES", "bose", "Camisa Hugo Boss slim fit", "Talla M, nueva.", 60, None),
        ("en-AU", "toyota", "Toyo Tires Proxes Sport 225/45R17 x4", "80% tread.", 300, None),
        ("en-US", "michelin", "Michelob Ultra 24 pack", "Cold, pickup only.", 25, None),
        ("pl-PL", "swarovski", "Zegarek Swatch Gent", "Używany.", 40, None),
        ("nl-NL", "honda", "Hyundai i30 2016", "Goed onderhouden.", 8500, None),
        ("sv-SE", "canon", "Cannondale Trail 7 mountainbike", "Storlek M.", 500, None),
        ("en-CA", "puma", "Pumbaa plush – Lion King, 40cm", "Disney Store.", 20, "toys"),
    ])


@cls("in_genericized_words", "", I, 12, "words used generically where they are generic or borrowed (aspirin in the US, UK, France and Latin America; walkman, band-aid, jacuzzi-style)")
def i_generic(n, name):
    gen(name, [
        ("en-US", "bayer", "Equate aspirin 325 mg, 500 tablets", "Generic aspirin (Walmart brand).", 8, "otc"),
        ("en-GB", "bayer", "Aspirin 300mg dispersible tablets, 32 – Boots own brand", "Boots pharmacy generic.", 1.5, "otc"),
        ("fr-FR", "bayer", "Aspirine UPSA 1000 mg, 20 comprimés", "Médicament générique UPSA.", 3, "otc"),
        ("es-CO", "bayer", "Ácido acetilsalicílico (aspirina) Genfar 100 mg x 30", "Medicamento genérico.", 1.5, "otc"),
        ("en-US", "bayer", "Kirkland low-dose aspirin 81 mg, 365 tablets", "Costco generic.", 12, "otc"),
        ("en-GB", "sony", "Retro cassette walkman, generic, with headphones", "Unbranded cassette player.", 25, None),
        ("en-US", "johnson-johnson", "Assorted bandaids for kids, generic, 100 count", "Dinosaur print adhesive bandages, store brand.", 4, "first aid"),
        ("es-AR", "sony", "Walkman genérico con radio FM", "Sin marca.", 15, None),
        ("pt-BR", "johnson-johnson", "Curativo tipo band-aid genérico caixa 40", "Marca Cremer.", 3, "first aid"),
        ("tr-TR", "gillette", "Jilet tıraş bıçağı 10'lu (Derby)", "Derby marka.", 2, None),
        ("ru-RU", "canon", "Ксерокс для дома HP LaserJet", "Копир-принтер HP.", 150, None),
        ("en-NG", "nestle", "Maggi-style seasoning cubes (Knorr) carton", "Knorr cubes.", 10, None),
    ])


@cls("in_aftermarket_parts_crossref", "", I, 12, "aftermarket parts by named makers with the OEM number they replace")
def i_after(n, name):
    gen(name, [
        ("de-DE", "bmw", "Mann HU 816 x Ölfilter – ersetzt BMW 11428575211", "Mann-Filter, Erstausrüsterqualität.", 10, "auto parts"),
        ("en-US", "honda", "Fram XG7317 oil filter – replaces Honda 15400-PLM-A02", "Fram Ultra Synthetic.", 12, "auto parts"),
        ("en-AU", "toyota", "Bendix brake pads DB1802 – fits Toyota Hilux, replaces 04465-02220", "Bendix General CT.", 70, "auto parts"),
        ("en-GB", "bmw", "Bosch Aerotwin wiper blades for BMW X5", "Bosch branded.", 30, "auto parts"),
        ("fr-FR", "toyota", "Filtre à huile Purflux pour Toyota Yaris (réf. 90915-YZZD1)", "Marque Purflux.", 8, "auto parts"),
        ("es-ES", "honda", "Bujías NGK para Honda Civic 1.5 (4 uds)", "NGK Laser Iridium.", 40, "auto parts"),
        ("it-IT", "bmw", "Disco freno Brembo 09.C394.13 per BMW Serie 3", "Brembo.", 85, "auto parts"),
        ("pl-PL", "toyota", "Filtr powietrza Filtron AP 139/3 do Toyota – zamiennik 17801-0T030", "Filtron.", 9, "auto parts"),
        ("en-CA", "honda", "Denso iridium plugs for Honda CR-V", "Denso branded.", 45, "auto parts"),
        ("pt-BR", "honda", "Filtro de óleo Tecfil PSL55 para Honda Fit", "Tecfil.", 5, "auto parts"),
        ("nl-NL", "bmw", "Castrol Edge 5W-30 LL 5L – BMW Longlife-04 goedgekeurd", "Castrol.", 45, "motor oil"),
        ("en-ZA", "toyota", "Safeline brake pads for Toyota Corolla", "Safeline SA.", 25, "auto parts"),
    ])


@cls("in_art_depictions", "", I, 12, "original art, photographs and prints depicting the brands' goods")
def i_art(n, name):
    gen(name, [
        ("en-US", "coca-cola", "Original oil painting – Coca-Cola bottle still life, 40x50", "Signed by the artist.", 300, None),
        ("en-GB", "rolex", "Fine art photo print – vintage Rolex dial macro, A3", "Limited edition 1/25.", 60, None),
        ("fr-FR", "lego", "Photographie d'art: astronaute LEGO sur la Lune, tirage 30x40", "Photographe amateur.", 45, None),
        ("de-DE", "nike", "Illustration Air Jordan 1 Poster A2, Künstlerdruck", "Eigene Zeichnung.", 25, None),
        ("it-IT", "ferrero", "Acquerello originale 'Nutella e pane'", "Opera unica.", 80, None),
        ("es-ES", "louis-vuitton", "Cuadro pop art bolso monograma, lienzo 60x80", "Pintado a mano, obra original.", 120, None),
        ("nl-NL", "canon", "Foto-expositie print – shot on Canon EOS R6, 50x70", "Gesigneerd.", 90, None),
        ("pl-PL", "apple", "Obraz olejny 'Jabłko i iPhone' – martwa natura", "Oryginał.", 150, None),
        ("pt-BR", "coca-cola", "Quadro decorativo Coca-Cola retrô (reprodução de anúncio 1950)", "Impressão em canvas.", 30, None),
        ("en-AU", "omega", "Moon landing Speedmaster illustration print", "Art print, A3.", 35, None),
        ("ja-JP", "bandai", "ガンダム イラスト 原画 アクリル", "一点物。", 100, None),
        ("sv-SE", "bmw", "Akvarell BMW 2002 turbo, inramad", "Original.", 120, None),
    ])


@cls("in_care_auth_services", "", I, 12, "cleaning, restoration and authentication services for the brands' goods")
def i_care(n, name):
    gen(name, [
        ("en-US", "nike", "Sneaker deep cleaning – Jordans, Dunks, Yeezys", "Pickup and return in 5 days.", 35, None),
        ("en-GB", "louis-vuitton", "Louis Vuitton bag spa – cleaning and conditioning", "Professional leather care.", 80, None),
        ("de-DE", "rolex", "Echtheitsprüfung Rolex vom Uhrmacher", "Prüfung mit Gutachten.", 90, None),
        ("fr-FR", "canada-goose", "Nettoyage doudoune Canada Goose – pressing spécialisé", "Lavage plumes.", 60, None),
        ("it-IT", "omega", "Lucidatura cassa e bracciale Omega", "Laboratorio orologiaio.", 120, None),
        ("es-ES", "gucci", "Autenticación de bolsos Gucci por experto", "Certificado digital.", 25, None),
        ("ko-KR", "louis-vuitton", "루이비통 가방 정품 감정 서비스", "감정서 발급.", 30, None),
        ("ja-JP", "cartier", "カルティエ 新品仕上げ 研磨サービス", "専門工房。", 150, None),
        ("zh-CN", "gucci", "古驰 包包 清洗 护理 翻新", "专业奢侈品护理。", 50, None),
        ("en-AU", "the-north-face", "Down jacket wash & reproof – The North Face Nuptse", "Specialist cleaner.", 45, None),
        ("pt-BR", "adidas", "Limpeza de tênis adidas e Nike", "Lavanderia de tênis.", 10, None),
        ("nl-NL", "pandora", "Pandora sieraden reinigen en polijsten", "Juwelier.", 15, None),
    ])


def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "set.jsonl"))
    ap.add_argument("--classes", default=str(Path(__file__).resolve().parent / "classes.md"))
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows_by = {}
    for name, star, kind, n, tactic, f in REG:
        before = len(ROWS)
        f(n, name)
        new = ROWS[before:]
        assert len(new) == n, (name, len(new), n)
        for r in new:
            r["_label"]["tactic"] = tactic
        rows_by[name] = new
        CLASSES.append((name, star, kind, n, tactic, new[0]["title"], new[0]["_label"]["brand"], new[0]["_label"]["lang"]))
    with open(a.out, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    out = ["# outsider16: classes", "", "| class | * | kind | n | tactic | example (title; brand; lang) |", "|---|:-:|---|---:|---|---|"]
    for name, star, kind, n, tactic, ex, b, l in CLASSES:
        ex = ex.replace("|", "\\|").replace("\u202e", "<RLO>").replace("\u202c", "<PDF>")
        out.append(f"| {name} | {star} | {kind} | {n} | {tactic} | {ex}; {b}; {l} |")
    Path(a.classes).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(ROWS)} listings, {len(CLASSES)} classes", file=sys.stderr)


if __name__ == "__main__":
    main()
