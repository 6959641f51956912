#!/usr/bin/env python3
"""Outsider 14's held-out set for BrandSentry: python3 make_set.py --seed 14 [--out set.jsonl] [--classes classes.md]

Stdlib only, seeded; one function per class. Every listing validates against schemas.models.Listing (plus `_label`).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import MARKETS, PRODUCTS  # noqa: E402

R = random.Random(0)
CLASSES = []  # (name, star, kind, tactic, fn)


def klass(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def nice(x):
    """Round a price as sellers do."""
    if x <= 0:
        return 0
    if x < 10:
        return round(x, 2) if x < 3 else float(int(x)) + 0.99 if x < 9 else float(int(x))
    if x < 100:
        return float(int(x))
    mag = 10 ** (len(str(int(x))) - 2)
    return float(int(x // mag) * mag) - (1 if R.random() < 0.3 and mag >= 10 else 0)


def copy_frac(usd):
    if usd >= 150:
        return R.uniform(0.05, 0.20)
    if usd >= 30:
        return R.uniform(0.12, 0.30)
    return R.uniform(0.25, 0.45)


def money(usd_amount, lang):
    m = MARKETS[lang]
    return {"amount": nice(usd_amount * m[2]), "currency": m[1]}


def cprice(k, lang, lo=None, hi=None):
    p = PRODUCTS[k]
    f = R.uniform(lo, hi) if lo is not None else copy_frac(p["usd"])
    return money(p["usd"] * f, lang)


def gprice(k, lang, lo=0.85, hi=1.05):
    p = PRODUCTS[k]
    return money(p["usd"] * R.uniform(lo, hi), lang)


def amt(m):
    a = m["amount"]
    return f"{int(a):,}" if a >= 100 else (f"{a:g}")


SELLER_WORDS = ["shop", "store", "deals", "mart", "hub", "closet", "boutique", "trade", "outlet", "corner", "house", "market"]
NAMES = ["alex", "maria", "kim", "lee", "sara", "omar", "juan", "anna", "li", "ana", "ivan", "fatima", "yuki", "minh", "ade", "nora",
         "ali", "chen", "olga", "jose", "emma", "tomas", "aisha", "ravi", "mehmet", "hana", "pablo", "zoe", "dmitri", "grace"]


def L(cls, kind, brand, lang, title, desc="", price=None, cat=None, seller=None, seller_id=None, attrs=None, url=None,
      ship_from=None, tactic=""):
    m = MARKETS[lang]
    lid = f"{R.getrandbits(44):011x}"
    sname = seller if seller is not None else f"{R.choice(NAMES)}{R.choice(SELLER_WORDS)}{R.randint(1, 999)}"
    row = {
        "marketplace": m[0],
        "listing_id": lid,
        "url": url or f"https://{m[4]}/item/{lid}",
        "title": title,
        "description": desc,
        "price": price,
        "seller": {"id": seller_id or f"s{R.getrandbits(32):08x}", "name": sname, "country": m[3]},
        "category": cat,
        "ship_from": ship_from or m[3],
        "observed_at": f"2026-11-{R.randint(1, 30):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00Z",
        "attributes": attrs or {},
        "_label": {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": lang.split("-")[0] + "-" + lang.split("-")[1], "also": []},
    }
    if price is None:
        del row["price"]
    if cat is None:
        del row["category"]
    return row


def P(k):
    return PRODUCTS[k]


# ====================================================================================== counterfeit, everyday


@klass("c_slang_fake_europe", "", "counterfeit", "European slang words for a fake (taroccato, μαϊμού, nep, menteško, feikki, podróba, fejk ...) beside the plain brand")
def c_slang_fake_europe(cls, kind, tac):
    rows = [
        ("gucci_belt", "it-IT", "Cintura {n} GG Marmont taroccata ma fatta bene", "Cintura {n} taroccata, qualità alta, fibbia pesante. Spedisco con Subito."),
        ("rolex_sub", "it-IT", "Orologio {n} Submariner tarocco ottima fattura", "Tarocco fatto benissimo, automatico, vetro zaffiro. Non è originale ovviamente."),
        ("lv_nf", "el-GR", "Τσάντα {n} Neverfull μαϊμού πρώτης ποιότητας", "Μαϊμού αλλά πολύ καλή ποιότητα, δεν ξεχωρίζει. Αποστολή με αντικαταβολή."),
        ("nike_aj1", "el-GR", "{n} Air Jordan 1 μαϊμού νούμερα 40-45", "Παπούτσια μαϊμού, καινούρια στο κουτί τους."),
        ("dyson_wrap", "nl-NL", "{n} Airwrap nep, werkt perfect", "Het is nep maar werkt echt goed, alle opzetstukken erbij. Ophalen of verzenden."),
        ("cg_exp", "nl-NL", "{n} Expedition parka nep maat M", "Nep jas, ziet er hetzelfde uit als de echte, warm. Nieuw."),
        ("adi_samba", "bg-BG", "Маратонки {n} Samba менте, нови", "Менте, но много качествено. Размери 36-44. Изпращам с Еконт."),
        ("omega_speedy", "fi-FI", "{n} Speedmaster feikki, toimiva", "Feikki kello, näyttää aidolta. Ei alkuperäinen. Nouto Tampereelta."),
        ("pandora_mom", "pl-PL", "Bransoletka {n} Moments podróba jak oryginał", "Podróba, ale nie do odróżnienia. Nowa, z charmsami."),
        ("tnf_nuptse", "cs-CZ", "{n} Nuptse bunda fejk, velikost L", "Je to fejk, ale kvalitní, hřeje. Nová s visačkou."),
        ("burb_scarf", "hu-HU", "{n} sál hamis, de szép", "Hamis Burberry sál, puha, újszerű. Postázom."),
        ("mk_jetset", "sv-SE", "{n} Jet Set väska fejk", "Fejk väska men bra kvalitet, oanvänd. Kan mötas i Malmö."),
        ("apple_app2", "sr-RS", "{n} AirPods Pro 2 fejk, ANC radi", "Fejk slušalice, ali zvuk odličan, šaljem post ekspresom."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d.format(n=P(k)["name"]), cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_slang_fake_americas_africa", "", "counterfeit", "slang for a fake in the Americas and Africa (trucho, bamba, chimbo, pirata, paraguaio, fong kong, Aba made, fugazi) beside the brand")
def c_slang_fake_americas_africa(cls, kind, tac):
    rows = [
        ("nike_af1", "es-AR", "Zapatillas {n} Air Force 1 truchas pero buenísimas", "Son truchas, no te voy a mentir, pero la calidad es muy buena. Envíos a todo el país."),
        ("lv_speedy", "es-AR", "Cartera {n} Speedy trucha símil cuero", "Trucha, igual a la original. Retiro en Once."),
        ("adi_samba", "es-PE", "{n} Samba bamba buena calidad tallas 37 al 43", "Son bamba pero de las mejores, mismo material. Delivery Lima."),
        ("rolex_dj", "es-VE", "Reloj {n} Datejust chimbo pero se ve original", "Es chimbo, funciona perfecto, caja incluida. Entrego en Caracas."),
        ("gucci_sun", "es-MX", "Lentes {n} GG0061S piratas calidad premium", "Pirata pero de buena calidad, con estuche. Envío a toda la república."),
        ("nike_dunk", "pt-BR", "Tênis {n} Dunk Low paraguaio primeira", "Tênis paraguaio, não é original, mas é top. Envio para todo Brasil."),
        ("levis_501", "en-ZA", "{n} 501 jeans fong kong but good quality", "Fong kong jeans, they look and feel like the real ones. Sizes 30-38, Joburg CBD collection."),
        ("cart_love", "en-ZA", "{n} Love bracelet fong kong gold colour", "Fong kong bracelet with screwdriver, doesn't fade. R150 delivery."),
        ("nike_aj1", "en-NG", "{n} Air Jordan 1 high (Aba made, strong)", "Aba made, strong quality, you cannot differentiate. Lagos delivery in 24h."),
        ("puma_suede", "en-NG", "{n} Suede sneakers Aba made sizes 40-46", "Aba made puma, neat finishing. Pay on delivery Lagos and Abuja."),
        ("mk_parker", "en-US", "{n} Parker watch - fugazi but clean", "It's fugazi, not gonna lie, but nobody can tell. Pickup in Queens."),
        ("bose_qc45", "en-US-offerup", "{n} QC45 headphones bootleg", "Bootleg pair, noise cancelling kinda works. Cash only."),
        ("coach_tabby", "es-CO", "Bolso {n} Tabby chiviado calidad triple A", "Chiviado pero igualito, envío contra entrega Bogotá."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d.format(n=P(k)["name"]), cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_slang_fake_asia_mena", "", "counterfeit", "slang for a fake in Asia and the Middle East (паль, çakma, 짭, パチモン, 山寨, hàng nhái, ของก๊อป, नकली, تقليد, חיקוי) beside the brand")
def c_slang_fake_asia_mena(cls, kind, tac):
    rows = [
        ("nike_af1", "ru-RU", "Кроссовки {n} Air Force 1 паль, хорошее качество", "Паль, но очень хорошая, не отличить. Размеры 36-45."),
        ("tnf_nuptse", "ru-RU", "Пуховик {n} Nuptse паленый, новый", "Паленый, но тёплый, качество норм. Отправка СДЭК."),
        ("adi_ub", "tr-TR", "{n} Ultraboost çakma ama kaliteli", "Çakma ürün, belli olmuyor. 36-44 numara mevcut."),
        ("gucci_marmont", "ko-KR", "{n} 마몬트 숄더백 짭 (퀄 좋음)", "짭이에요, 근데 퀄리티 좋아요. 택배 가능."),
        ("rolex_sub", "ja-JP", "{n} サブマリーナー パチモン 自動巻き", "パチモンです。ノークレームでお願いします。"),
        ("apple_app2", "zh-CN", "山寨{zh} AirPods Pro 二代 降噪", "山寨款，功能齐全，弹窗定位都有，介意勿拍。"),
        ("dyson_sonic", "vi-VN", "Máy sấy tóc {n} Supersonic hàng nhái loại 1", "Hàng nhái loại 1, y hệt chính hãng. Ship COD toàn quốc."),
        ("lv_nf", "th-TH", "กระเป๋า {n} Neverfull ของก๊อป งานสวย", "ของก๊อปเกรดดี เหมือนแท้มาก ส่งฟรี"),
        ("nike_aj1", "hi-IN", "{n} Air Jordan 1 नकली लेकिन बढ़िया क्वालिटी", "नकली है पर कोई पहचान नहीं पाएगा। कैश ऑन डिलीवरी।"),
        ("rolex_dt", "ar-SA", "ساعة {n} دايتونا تقليد درجة أولى", "تقليد ممتاز، مكينة أوتوماتيك، التوصيل لكل المناطق."),
        ("cart_clou", "he-IL", "צמיד {n} Juste un Clou חיקוי איכותי", "חיקוי ברמה גבוהה, לא משחיר. משלוח עד הבית."),
        ("sam_buds", "fa-IR", "هندزفری {n} Galaxy Buds2 Pro فیک", "فیک هست ولی کیفیت صدا خوبه."),
        ("omega_sea", "ms-MY", "Jam {n} Seamaster tiruan gred tinggi", "Barang tiruan tapi kualiti bagus, COD Shah Alam."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"]), d.format(n=p["name"]), cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_factory_batch_names", "", "counterfeit", "the copy trade's factory and batch names (VSF, Clean, ZF, Noob, 3K, OG batch, H12, Ulove) with the brand and line")
def c_factory_batch_names(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "{n} Submariner 126610LN VSF 3235 - latest version", "VSF factory, 3235 movement, ceramic bezel. DM for QC pics."),
        ("rolex_dt", "en-GB", "{n} Daytona Clean factory 4130 panda dial", "Clean C factory v3, 4130 clone movement. Ships from HK, 7-10 days."),
        ("omega_sea", "en-SG", "{n} Seamaster 300M VS factory 8800", "VS factory, 8800 movement, wave dial. Meet up at Orchard."),
        ("omega_speedy", "en-AU", "{n} Speedmaster Moonwatch OM factory 3861", "OM factory, hesalite, 3861 clone. Tracked shipping."),
        ("cart_santos", "en-CA", "{n} Santos medium BV factory", "BV factory Santos, quick-switch straps included."),
        ("rolex_dj", "zh-HK", "{n} Datejust 41 126334 EW廠 3235", "EW廠最新版, 3235機芯, 藍面. 旺角交收."),
        ("lv_nf", "en-PH", "{n} Neverfull MM Ulove factory mirror", "Ulove factory, date code matches, original leather. Pre-order 10 days."),
        ("gucci_marmont", "en-US-fb", "{n} Marmont small bag - top factory batch", "Top factory batch, heavy hardware, comes w/ dustbag + cards."),
        ("nike_aj1", "en-US", "{n} Air Jordan 1 High OG Chicago - OG batch", "OG batch, best on market, correct shape. Sizes 7-13."),
        ("adi_samba", "en-GB", "{n} Samba OG white/black H12 batch", "H12 batch, perfect suede texture, UK 6-11."),
        ("nike_dunk", "en-PH", "{n} Dunk Low Panda - M batch", "M batch, correct box label. Cash on delivery Metro Manila."),
        ("cg_exp", "en-CA", "{n} Expedition parka - SK batch real down", "SK batch, 90% duck down, real coyote trim. Sizes S-XXL."),
        ("cart_love", "en-AE", "{n} Love bracelet 18k - JF factory", "JF factory 316L with 18k plating, screws work. Delivery Dubai."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_unclaimed_baggage_parcels", "", "counterfeit", "cover story: unclaimed airline baggage, lost parcels and undeliverable mail boxes bought by the lot, new branded goods at a copy's price")
def c_unclaimed_baggage_parcels(cls, kind, tac):
    rows = [
        ("lv_speedy", "en-US", "{n} Speedy 30 from unclaimed airline luggage", "Bought a pallet of unclaimed airline baggage, this was inside, never used. No receipt obviously."),
        ("rolex_dj", "en-US-fb", "{n} Datejust 41 - found in lost luggage lot", "From a lost luggage auction I buy every month. Runs. Priced to sell."),
        ("dyson_wrap", "en-GB", "{n} Airwrap brand new - lost parcel mystery box", "Came in a Royal Mail undeliverable parcels box. Sealed, selling cheap."),
        ("apple_ip15", "en-GB-gumtree", "{n} iPhone 15 Pro sealed - from lost parcels pallet", "Lost parcel pallet find. Sealed box, no receipt."),
        ("sony_xm5", "de-DE", "{n} WH-1000XM5 neu aus Fundsachen-Versteigerung", "Aus einer Versteigerung von Fundgepäck am Flughafen. Neu, ohne Rechnung."),
        ("gucci_marmont", "de-AT", "{n} Marmont Tasche aus Fundkoffer", "Koffer aus Fundbüro-Auktion ersteigert, Tasche war drin, unbenutzt."),
        ("cart_love", "fr-FR", "Bracelet {n} Love trouvé dans une valise non réclamée", "Acheté un lot de valises non réclamées à l'aéroport. Neuf, sans facture."),
        ("omega_sea", "es-ES", "Reloj {n} Seamaster de maleta perdida subastada", "Maleta perdida comprada en subasta, reloj nuevo. Sin papeles."),
        ("burb_trench", "it-IT", "Trench {n} Kensington da bagaglio smarrito", "Comprato stock bagagli smarriti, trench nuovo con etichette."),
        ("bose_qc45", "pl-PL", "{n} QC45 nowe z paczek niedoręczonych", "Kupiłem paletę niedoręczonych paczek, słuchawki nowe, bez paragonu."),
        ("nin_oled", "nl-NL", "{n} Switch OLED nieuw uit verloren pakketten doos", "Uit een doos met onbestelbare pakketten. Nieuw, geen bon."),
        ("pandora_mom", "en-AU", "{n} Moments bracelet - unclaimed baggage find", "Unclaimed baggage auction find, new with tags."),
        ("dyson_sonic", "pt-BR", "Secador {n} Supersonic de leilão de bagagem extraviada", "Leilão de bagagens extraviadas, novo, sem nota."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_military_px_taxfree", "", "counterfeit", "cover story: bought tax-free at a military base exchange (PX, BX, NEX, NAAFI, commissary), new goods at a copy's price")
def c_military_px_taxfree(cls, kind, tac):
    rows = [
        ("rolex_sub", "ko-KR", "{n} 서브마리너 미군부대 PX 구입 새제품", "미군부대 PX에서 면세로 구입했습니다. 보증서 없음. 직거래 평택."),
        ("apple_app2", "ko-KR-danggeun", "에어팟 프로 2 미군 PX 면세 미개봉", "미군 PX에서 산 미개봉 제품입니다. 영수증 없어요."),
        ("dyson_wrap", "ko-KR", "{n} 에어랩 PX 구매 새상품", "부대 PX에서 구입, 미사용. 저렴하게 드려요."),
        ("omega_speedy", "ja-JP", "{n} スピードマスター 米軍基地PX購入品 新品", "基地のPXで免税購入しました。保証書なし。沖縄手渡し可。"),
        ("gucci_belt", "ja-JP-yahoo", "{n} GGマーモント ベルト 米軍基地購入", "ベース内の免税店で購入。未使用品。"),
        ("cg_lang", "de-DE", "{n} Langford Parka aus dem PX Ramstein", "Im PX Ramstein steuerfrei gekauft, neu mit Etikett, ohne Beleg."),
        ("sony_ps5", "de-DE", "{n} PS5 Slim neu, PX Grafenwöhr", "Steuerfrei im PX gekauft, neu. Nur Abholung."),
        ("lv_nf", "en-US", "{n} Neverfull MM - bought tax free at the base exchange", "Bought at the NEX in Yokosuka, tax free. Never used, no receipt."),
        ("bose_qc45", "en-US-fb", "{n} QC45 from the BX, new in box", "Got these at the BX on base, tax free. New."),
        ("gucci_sun", "en-GB", "{n} sunglasses from the NAAFI, unused", "Bought in the NAAFI shop in Cyprus, duty free. Unused."),
        ("rolex_dj", "it-IT", "{n} Datejust 41 comprato al PX di Aviano", "Comprato esentasse alla base di Aviano, nuovo, senza garanzia."),
        ("sam_s24u", "en-PH", "{n} Galaxy S24 Ultra from the commissary, sealed", "Bought from the base commissary abroad. Sealed, no receipt, openline."),
        ("tnf_nuptse", "ko-KR-danggeun", "{n} 눕시 미군 PX 새제품", "PX에서 샀어요 새거, 사이즈 L."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_returns_pallet_luxury", "", "counterfeit", "cover story: 'customer returns / liquidation pallet, new, unchecked' for luxury goods the houses never sell through such channels, at a copy's price per piece")
def c_returns_pallet_luxury(cls, kind, tac):
    rows = [
        ("lv_nf", "en-US", "{n} Neverfull MM - customer return pallet, new", "From an Amazon returns pallet, new condition, unchecked. Sold as is."),
        ("gucci_marmont", "en-US-fb", "{n} Marmont bag x1 from liquidation pallet", "Liquidation pallet item, new, tags. No returns."),
        ("rolex_sub", "en-GB", "{n} Submariner from returns pallet, unchecked", "Unchecked returns pallet item. Watch runs, looks new."),
        ("cart_love", "en-GB-gumtree", "{n} Love bracelet returns stock", "From a retail returns lot, boxed, never worn."),
        ("cg_exp", "en-CA", "{n} Expedition parka - liquidation returns", "Liquidation returns, new with tags, size M."),
        ("burb_scarf", "de-DE", "{n} Kaschmirschal aus Retourenpalette", "Retourenware, neu, ungeprüft, Privatverkauf."),
        ("dyson_wrap", "de-DE", "{n} Airwrap aus Retourenpalette neu", "Retourenpalette gekauft, Gerät neu und vollständig. Keine Garantie."),
        ("omega_speedy", "fr-FR", "{n} Speedmaster palette de retours clients", "Palette de retours clients achetée, montre neuve, vendue en l'état."),
        ("lv_zippy", "nl-NL", "{n} Zippy portemonnee uit retourpallet", "Retourpallet gekocht, nieuw, geen bon."),
        ("mk_jetset", "pl-PL", "Torebka {n} Jet Set ze zwrotów, nowa", "Paleta zwrotów konsumenckich, torebka nowa z metką."),
        ("rolex_dt", "es-ES", "{n} Daytona de palé de devoluciones", "Palé de devoluciones, reloj nuevo, sin garantía."),
        ("apple_mba", "en-US", "{n} MacBook Air M3 returns pallet, sealed x5", "Five sealed units from a returns pallet, price each."),
        ("cart_santos", "it-IT", "{n} Santos da pallet di resi", "Pallet di resi Amazon, orologio nuovo, venduto come visto."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_counter_clearance_cjk", "", "counterfeit", "cover story in Chinese, Korean and Japanese: counter withdrawal / department-store clearance (专柜撤柜, 百货撤场, 백화점 재고, 催事品), at a copy's price")
def c_counter_clearance_cjk(cls, kind, tac):
    rows = [
        ("gucci_marmont", "zh-CN", "{zh}马蒙包 专柜撤柜货 全新带吊牌", "商场专柜撤柜清货，全新，没有小票，介意勿拍。"),
        ("lv_nf", "zh-CN", "{zh} Neverfull 托特包 商场撤场清仓", "百货撤场清仓，全新未用，便宜出。"),
        ("burb_scarf", "zh-CN-pdd", "{zh}格纹羊绒围巾 专柜撤柜 清仓价", "专柜撤柜货，品质保证，清仓价。"),
        ("el_anr", "zh-CN", "{zh}小棕瓶精华 50ml 专柜撤柜", "撤柜货，无中文标签，日期新鲜。"),
        ("loreal_gen", "zh-CN", "{zh}小黑瓶精华 专柜撤柜 清货", "商场撤柜，全新，便宜出。"),
        ("mk_jetset", "zh-TW", "{zh} Jet Set 托特包 百貨撤櫃品", "百貨公司撤櫃品，全新，便宜賣。"),
        ("coach_tabby", "zh-TW", "{zh} Tabby 肩背包 撤櫃出清", "撤櫃出清，全新吊牌都在。"),
        ("swaro_mil", "zh-HK", "{zh} Millenia 頸鏈 專櫃撤櫃貨", "撤櫃貨，全新連盒，旺角交收。"),
        ("cg_lang", "ko-KR", "{ko} 랭포드 파카 백화점 재고 정리", "백화점 재고 정리 상품입니다. 새상품, 영수증 없음."),
        ("gucci_belt", "ko-KR", "{ko} 마몬트 벨트 백화점 매장 철수 재고", "매장 철수 재고라 저렴하게 드립니다."),
        ("cart_love", "ko-KR-danggeun", "{ko} 러브 팔찌 백화점 재고", "백화점 재고 새제품, 보증서 없음."),
        ("burb_trench", "ja-JP", "{ja} ケンジントン トレンチ 百貨店催事品 新品", "百貨店の催事で仕入れた新品です。ノークレームで。"),
        ("coach_tabby", "ja-JP-yahoo", "{ja} タビー ショルダーバッグ 閉店在庫処分", "百貨店の閉店在庫処分品、新品未使用。"),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(zh=p["zh"], ko=p["ko"], ja=p["ja"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_daigou_cheap", "", "counterfeit", "a personal-shopper / daigou / 구매대행 / 代購 listing for new luxury goods at a price no shopper could buy them for")
def c_daigou_cheap(cls, kind, tac):
    rows = [
        ("lv_speedy", "zh-CN", "香港代购 {zh} Speedy 30 手袋 2折", "香港专柜代购，2折，现货秒发。"),
        ("gucci_marmont", "zh-CN", "欧洲代购 {zh} Marmont 链条包 现货", "意大利代购，价格美丽，不退不换。"),
        ("cart_clou", "zh-CN", "法国代购 {zh}钉子手镯 低价", "法国代购，可开小票，超低价。"),
        ("rolex_sub", "zh-TW", "日本代購 {zh} Submariner 126610LN", "日本代購，價格優惠，限量一支。"),
        ("dyson_wrap", "zh-TW", "韓國代購 {zh} Airwrap 造型器", "韓國代購現貨，超低價。"),
        ("cg_exp", "ko-KR", "해외구매대행 {ko} 익스페디션 파카 특가", "캐나다 현지 구매대행 특가, 재고 소량."),
        ("burb_trench", "ko-KR", "영국 구매대행 {ko} 켄싱턴 트렌치 특가", "영국 현지 매장 구매대행, 관부가세 포함."),
        ("omega_sea", "en-SG", "{n} Seamaster 300M - personal shopper from Europe", "I shop for clients in Europe. Can get this for you at this price. Deposit first."),
        ("lv_nf", "en-AU", "{n} Neverfull MM - daigou from Paris", "Daigou from Paris store, comes with receipt copy. Limited."),
        ("gucci_belt", "en-US-fb", "{n} GG belt - personal shopper Italy outlet", "My cousin shops in Italy for me. Brand new, price firm."),
        ("cart_love", "ja-JP", "{ja} ラブブレス 海外買い付け 格安", "海外で買い付けました。格安でお譲りします。"),
        ("rolex_dt", "vi-VN", "Đồng hồ {n} Daytona xách tay Nhật giá tốt", "Hàng xách tay Nhật, giá tốt nhất thị trường."),
        ("lv_zippy", "th-TH", "{n} Zippy Wallet พรีออเดอร์หิ้วจากปารีส", "หิ้วจากช็อปปารีส ราคาพิเศษ"),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"], ja=p["ja"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_no_box_shipping_excuse", "", "counterfeit", "'sent without the box to save shipping / customs' (ohne OVP, sin caja, 无盒, 박스 없음), new goods at a copy's price")
def c_no_box_shipping_excuse(cls, kind, tac):
    rows = [
        ("nike_aj1", "de-DE", "{n} Air Jordan 1 High OG neu ohne OVP", "Versand ohne Karton, spart Porto. Neu, nie getragen."),
        ("adi_ub", "de-CH", "{n} Ultraboost Light neu, ohne Schachtel", "Ohne Box wegen Versandkosten. Grössen 40-46."),
        ("apple_app2", "es-ES", "{n} AirPods Pro 2 nuevos sin caja", "Se envían sin caja para ahorrar envío. Nuevos."),
        ("dyson_sonic", "es-MX", "Secadora {n} Supersonic nueva sin caja", "Sin caja para que no paguen aduana, nueva."),
        ("rolex_sub", "fr-BE", "Montre {n} Submariner neuve sans boîte", "Envoyée sans boîte ni papiers pour éviter la douane."),
        ("sony_xm5", "it-IT", "Cuffie {n} WH-1000XM5 nuove senza scatola", "Spedite senza scatola per risparmiare. Mai usate."),
        ("lv_nf", "zh-CN", "{zh} Neverfull 无盒无袋 全新", "为了省运费不带盒子，全新。"),
        ("nike_dunk", "ko-KR", "{ko} 덩크 로우 새제품 박스 없음", "배송비 때문에 박스 없이 보내요. 새상품."),
        ("bose_qc45", "pt-BR", "Fone {n} QC45 novo sem caixa", "Vai sem caixa pra economizar frete. Novo."),
        ("gucci_sun", "en-NG", "{n} GG0061S sunglasses, new, no box", "No box to reduce waybill cost. Brand new."),
        ("sam_buds", "vi-VN", "Tai nghe {n} Buds2 Pro mới không hộp", "Không hộp để giảm phí ship, máy mới."),
        ("puma_pal", "pl-PL", "{n} Palermo nowe bez pudełka", "Wysyłka bez pudełka, taniej. Nowe."),
        ("pana_arc5", "id-ID", "Cukuran {n} Arc5 baru tanpa dus", "Kirim tanpa dus biar ongkir murah, baru."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_small_market_plain_cheap", "", "counterfeit", "the brand named plainly as new in smaller markets' own languages (Georgian, Armenian, Azerbaijani, Uzbek, Mongolian, Nepali, Sinhala, Khmer, Amharic, Icelandic, Baltic), nothing but a copy's price")
def c_small_market_plain_cheap(cls, kind, tac):
    rows = [
        ("nike_af1", "ka-GE", "{n} Air Force 1 ახალი, ზომები 36-45", "ახალი, კოლოფით. მიწოდება თბილისში."),
        ("rolex_dj", "hy-AM", "{n} Datejust 41 ժամացույց, նոր", "Նոր է, տուփով։ Առաքում Երևանում։"),
        ("lv_nf", "az-AZ", "{n} Neverfull çanta, yeni", "Yeni, qutusu ilə. Bakı daxili çatdırılma."),
        ("dyson_wrap", "uz-UZ", "{n} Airwrap yangi, kafolat bilan", "Yangi, barcha nasadkalar bilan. Toshkent bo'ylab yetkazib berish."),
        ("cg_exp", "mn-MN", "{n} Expedition парк шинэ", "Шинэ, бүх размер байгаа. Улаанбаатар хүргэлттэй."),
        ("apple_app2", "ne-NP", "{n} AirPods Pro 2 नयाँ", "नयाँ, बक्ससहित। काठमाडौं डेलिभरी।"),
        ("sam_s24u", "si-LK", "{n} Galaxy S24 Ultra අලුත්", "අලුත්ම, පෙට්ටිය සමඟ. කොළඹ බෙදාහැරීම."),
        ("omega_speedy", "km-KH", "នាឡិកា {n} Speedmaster ថ្មី", "ថ្មី មានប្រអប់។ ដឹកជញ្ជូនភ្នំពេញ។"),
        ("adi_samba", "am-ET", "{n} Samba ጫማ አዲስ", "አዲስ ነው፣ ሁሉም ቁጥሮች አሉ። አዲስ አበባ ማድረስ።"),
        ("gucci_marmont", "is-IS", "{n} Marmont taska, ný", "Ný taska, aldrei notuð. Sendi um allt land."),
        ("tnf_nuptse", "lt-LT", "{n} Nuptse striukė, nauja", "Nauja su etiketėmis, dydžiai S-XL."),
        ("bose_qc45", "lv-LV", "{n} QC45 austiņas, jaunas", "Jaunas, iepakojumā. Piegāde Rīgā."),
        ("cart_love", "et-EE", "{n} Love käevõru, uus", "Uus, karbiga. Saadan pakiautomaati."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg, 0.04, 0.12), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_qa_section_admission", "", "counterfeit", "plain title; the copy admitted in the listing's own Q&A / FAQ block of the description ('Q: original? A: high copy')")
def c_qa_section_admission(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "{n} Submariner Date black", "Automatic, 41mm.\n\nFAQ\nQ: Is it original?\nA: It's a high quality copy, looks the same.\nQ: Waterproof?\nA: Splash only."),
        ("lv_nf", "en-GB", "{n} Neverfull MM Monogram", "Q&A\nQ: Authentic?\nA: No, mirror quality replica.\nQ: Date code?\nA: Yes, inside pocket."),
        ("dyson_wrap", "en-AU", "{n} Airwrap complete set", "Q: Is this genuine Dyson? A: It's an OEM version, not from Dyson. Same performance."),
        ("nike_aj1", "en-PH", "{n} Air Jordan 1 High OG", "FAQs:\nOrig po ba? - Class A po, hindi original.\nMay box? - Yes po."),
        ("apple_app2", "en-NG", "{n} AirPods Pro 2", "Q: Is it original? A: Master copy, 1 week warranty.\nQ: Pop-up works? A: Yes."),
        ("gucci_belt", "es-MX", "Cinturón {n} GG Marmont", "Preguntas frecuentes:\n¿Es original? No, es réplica de buena calidad.\n¿Envío? Sí, a toda la república."),
        ("cart_love", "fr-FR", "Bracelet {n} Love or jaune", "FAQ\nQ : C'est du vrai ? R : Non, c'est une copie en acier, ne noircit pas."),
        ("omega_sea", "de-DE", "{n} Seamaster 300M blau", "Fragen & Antworten\nF: Original? A: Nein, Nachbau in guter Qualität.\nF: Automatik? A: Ja."),
        ("sony_xm5", "it-IT", "Cuffie {n} WH-1000XM5", "Domande frequenti\nD: Sono originali? R: Sono una copia, ma suonano bene."),
        ("gucci_marmont", "pt-BR", "Bolsa {n} Marmont pequena", "Perguntas:\nÉ original? Não, é réplica primeira linha.\nTem nota? Não."),
        ("tnf_nuptse", "ru-RU", "Пуховик {n} Nuptse 1996", "Вопрос-ответ\nВ: Оригинал? О: Нет, реплика хорошего качества.\nВ: Размеры? О: S-XXL."),
        ("coach_tabby", "tr-TR", "{n} Tabby omuz çantası", "Sık sorulanlar\nS: Orijinal mi? C: Hayır, birebir kopya.\nS: Kargo? C: Ücretsiz."),
        ("nin_oled", "vi-VN", "Máy {n} Switch OLED", "Hỏi đáp\nH: Hàng chính hãng không? Đ: Hàng nhái cao cấp, chơi được game.\nH: Bảo hành? Đ: 1 tháng."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_asian_sizing_note", "", "counterfeit", "no copy word: 'Asian sizing, order one or two sizes up' on Western brands' new goods at a copy's price (goods made for export, not the brand's own sizing)")
def c_asian_sizing_note(cls, kind, tac):
    rows = [
        ("cg_exp", "en-US", "{n} Expedition Parka men's down jacket", "Asian sizing, please order 2 sizes up. Check the size chart in cm. Ships in 7-15 days."),
        ("cg_lang", "en-GB", "{n} Langford Parka black", "Please note Asian sizes - runs small, go 1-2 sizes larger."),
        ("tnf_nuptse", "en-AU", "{n} 1996 Retro Nuptse puffer", "Asian size, choose one size up. Measurements in pictures."),
        ("nike_aj1", "en-CA", "{n} Air Jordan 1 High OG sneakers", "Asian sizing: 40 = US 7. Please check the chart before ordering."),
        ("levis_501", "en-US-fb", "{n} 501 Original jeans men", "Asian sizes, order 2 sizes up from your usual waist."),
        ("burb_trench", "en-US", "{n} Kensington trench coat", "Asian size - M fits like XS. Read the chart."),
        ("adi_samba", "en-NZ", "{n} Samba OG shoes", "Asian sizes, order half to one size bigger."),
        ("puma_suede", "en-ZA", "{n} Suede Classic sneakers", "Asia sizing, order one size up. Delivery 2 weeks."),
        ("cg_exp", "de-DE", "{n} Expedition Parka Herren", "Asiatische Größen, bitte 2 Nummern größer bestellen. Lieferzeit 2-3 Wochen."),
        ("tnf_nuptse", "fr-FR", "Doudoune {n} Nuptse 1996", "Taille asiatique, prendre 2 tailles au-dessus. Livraison 10-20 jours."),
        ("cg_lang", "es-ES", "Parka {n} Langford", "Tallaje asiático, pedir 2 tallas más. Envío 15 días."),
        ("nike_dunk", "pt-BR", "Tênis {n} Dunk Low", "Numeração asiática, peça um número acima. Prazo 20 dias."),
        ("burb_scarf", "nl-NL", "{n} sjaal en jas set", "Aziatische maten, bestel 2 maten groter. Levertijd 2 weken."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], ship_from="CN", tactic=tac) for k, lg, t, d in rows]


@klass("c_nonexistent_variant", "", "counterfeit", "a version, size or colour the brand never made (Airwrap 8-in-1 with 12 heads, Submariner 36mm pink, Switch OLED mini, PS5 portable), at a copy's price")
def c_nonexistent_variant(cls, kind, tac):
    rows = [
        ("dyson_wrap", "en-US", "{n} Airwrap 8 in 1 with 12 attachments 2026 model", "Newest 8-in-1 version with 12 heads, ionic, 110000 rpm."),
        ("rolex_sub", "en-GB", "{n} Submariner 36mm ladies pink dial", "Ladies 36mm Submariner with pink dial and diamond bezel."),
        ("nin_oled", "en-PH", "{n} Switch OLED Mini handheld 5 inch", "New mini OLED version, pocket size, 64GB."),
        ("sony_ps5", "en-NG", "{n} PS5 Portable with 7 inch screen", "PS5 portable edition, plays all PS5 games, 1TB."),
        ("apple_app2", "en-IN", "{n} AirPods Pro 3 with display case", "AirPods Pro 3 with touch screen charging case, ANC."),
        ("cg_exp", "en-US-fb", "{n} Expedition Parka kids tie-dye", "Kids tie dye edition, sizes 4-12."),
        ("bose_qc45", "en-AU", "{n} QC45 Kids headphones cat ears", "Kids edition with LED cat ears, volume limit."),
        ("sam_s24u", "en-KE", "{n} Galaxy S24 Ultra Mini 5.5 inch", "Mini version, 16GB RAM, 512GB, 7000mAh."),
        ("lv_nf", "es-MX", "Bolsa {n} Neverfull mini tie dye arcoíris", "Edición arcoíris tie dye, tamaño mini."),
        ("dyson_sonic", "pt-BR", "Secador {n} Supersonic Mini de viagem 5 bicos", "Versão mini de viagem com 5 bicos, bivolt."),
        ("omega_speedy", "de-DE", "{n} Speedmaster Moonwatch Rose Damen 32mm", "Damen Moonwatch 32mm in Rosa, Automatik."),
        ("cart_love", "en-AE", "{n} Love bracelet with rainbow stones men 21cm", "Men's rainbow sapphire edition."),
        ("lego_falcon", "en-US", "{n} Millennium Falcon 12,000 pcs Ultimate version", "Ultimate edition 12,000 pieces with lights."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cue_in_seller_name", "", "counterfeit", "plain title and description; the copy word only in the seller's shop name (Mirror AAA Store, 高仿专卖, Réplicas Premium, Реплики Люкс)")
def c_cue_in_seller_name(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "{n} Submariner Date 41mm", "Automatic, sapphire, ceramic bezel. Fast shipping.", "Mirror AAA Watch Store"),
        ("lv_nf", "en-GB", "{n} Neverfull MM tote", "Brand new with dust bag.", "TopReps UK"),
        ("gucci_marmont", "en-PH", "{n} Marmont small bag", "Brand new, complete inclusions.", "Class A Bags PH"),
        ("nike_dunk", "es-MX", "Tenis {n} Dunk Low", "Nuevos en caja. Todas las tallas.", "Réplicas Premium MX"),
        ("adi_samba", "es-AR", "Zapatillas {n} Samba OG", "Nuevas, todos los talles.", "Símil Calzados AAA"),
        ("dyson_wrap", "ru-RU", "{n} Airwrap полный комплект", "Новый, все насадки. Доставка по России.", "Реплики Люкс Москва"),
        ("omega_sea", "zh-CN", "{zh} 海马300 潜水表", "自动机械，蓝盘，顺丰包邮。", "高仿名表专卖"),
        ("cart_love", "zh-TW", "{zh} Love 手環 18K", "全新，附盒。", "精仿飾品館"),
        ("mk_jetset", "tr-TR", "{n} Jet Set çanta", "Yeni, toz torbası ile.", "Replika Çanta Dünyası"),
        ("sony_xm5", "vi-VN", "Tai nghe {n} WH-1000XM5", "Mới, đủ phụ kiện.", "Hàng Rep 1:1 Store"),
        ("cg_exp", "it-IT", "Piumino {n} Expedition", "Nuovo con etichette.", "Repliche di Lusso IT"),
        ("coach_tabby", "pt-BR", "Bolsa {n} Tabby 26", "Nova, com dust bag.", "Réplicas Primeira Linha BR"),
        ("apple_app2", "id-ID", "{n} AirPods Pro 2", "Baru, segel.", "KW Super Premium Store"),
    ]
    out = []
    for k, lg, t, d, s in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"]), d, cprice(k, lg), p["cat"], seller=s, tactic=tac))
    return out


@klass("c_cue_in_attributes", "", "counterfeit", "plain title; the copy grade only in the item specifics (Quality: 1:1 / Version: replica / Grade: AAA / 品质: 高仿 / Kalite: A+ kopya)")
def c_cue_in_attributes(cls, kind, tac):
    rows = [
        ("rolex_dt", "en-US", "{n} Daytona panda dial", {"Quality": "1:1 super clone", "Movement": "automatic"}),
        ("lv_speedy", "en-GB", "{n} Speedy 30 monogram", {"Version": "Replica", "Material": "coated canvas"}),
        ("gucci_belt", "en-AU", "{n} GG Marmont belt", {"Grade": "AAA", "Size": "85-110"}),
        ("nike_aj1", "en-PH", "{n} Air Jordan 1 High OG", {"Authenticity": "Class A", "Size": "36-45"}),
        ("dyson_sonic", "de-DE", "{n} Supersonic Haartrockner", {"Zustand": "Neu", "Ausführung": "Nachbau"}),
        ("cart_clou", "fr-FR", "Bracelet {n} Juste un Clou", {"Qualité": "copie haut de gamme", "Matière": "acier"}),
        ("omega_speedy", "es-ES", "{n} Speedmaster Moonwatch", {"Calidad": "réplica AAA", "Estado": "nuevo"}),
        ("cg_exp", "zh-CN", "{zh} Expedition 派克大衣", {"品质": "高仿 1:1", "尺码": "S-XXL"}),
        ("sam_buds", "ko-KR", "{ko} 버즈2 프로", {"등급": "미러급", "상태": "새상품"}),
        ("mk_parker", "tr-TR", "{n} Parker saat", {"Kalite": "A+ kopya", "Durum": "Sıfır"}),
        ("bose_flex", "pt-BR", "Caixa de som {n} SoundLink Flex", {"Qualidade": "réplica primeira linha", "Condição": "novo"}),
        ("swaro_con", "pl-PL", "Bransoletka {n} Constella", {"Jakość": "replika", "Stan": "nowy"}),
        ("tnf_duffel", "ru-RU", "Сумка {n} Base Camp Duffel", {"Качество": "реплика люкс", "Состояние": "новое"}),
    ]
    out = []
    for k, lg, t, a in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"]), "", cprice(k, lg), p["cat"], attrs=a, tactic=tac))
    return out


@klass("c_similarity_percent", "", "counterfeit", "a similarity figure instead of a copy word: '99% same as original', 相似度99%, 'на 99% как оригинал', '%99 aynısı'")
def c_similarity_percent(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "{n} Submariner - 99% same as the original", "Honestly 99% identical, only a watchmaker could tell."),
        ("lv_nf", "en-NG", "{n} Neverfull MM 98% similarity", "98% similar to original, premium leather."),
        ("dyson_wrap", "zh-CN", "{zh} Airwrap 卷发棒 相似度99%", "和正品相似度99%，功能一样。"),
        ("gucci_marmont", "zh-TW", "{zh} Marmont 包 相似度98%", "與正品98%相似，五金厚重。"),
        ("nike_aj1", "ru-RU", "{n} Air Jordan 1 на 99% как оригинал", "На 99% как оригинал, материалы качественные."),
        ("cg_exp", "tr-TR", "{n} Expedition mont %99 aynısı", "Orijinalin %99 aynısı, kaz tüyü."),
        ("cart_love", "es-CO", "Pulsera {n} Love 99% igual a la original", "99% igual, no se pela."),
        ("omega_speedy", "pt-BR", "Relógio {n} Speedmaster 99% igual ao original", "99% igual, máquina automática."),
        ("sony_xm5", "vi-VN", "Tai nghe {n} WH-1000XM5 giống 99%", "Giống chính hãng 99%, chống ồn tốt."),
        ("apple_app2", "th-TH", "{n} AirPods Pro 2 เหมือนแท้ 99%", "เหมือนแท้ 99% ป๊อปอัพได้"),
        ("burb_scarf", "ar-EG", "كوفية {n} مطابقة للأصلي 99%", "مطابقة للأصلي بنسبة 99%، كشمير."),
        ("gucci_belt", "id-ID", "Ikat pinggang {n} GG 99% mirip asli", "99% mirip asli, kulit sapi."),
        ("nike_dunk", "fr-FR", "{n} Dunk Low Panda identiques à 99 %", "Identiques à 99 % à l'originale, neuves."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_shop_warranty_no_serial", "", "counterfeit", "electronics 'shop warranty only, serial / IMEI not checkable on the brand's site' (garansi toko, không check được serial), new at a copy's price")
def c_shop_warranty_no_serial(cls, kind, tac):
    rows = [
        ("apple_app2", "id-ID", "{n} AirPods Pro 2 garansi toko", "Garansi toko 1 minggu, serial tidak bisa dicek di website Apple. Baru."),
        ("apple_ip15", "id-ID", "{n} iPhone 15 Pro 256GB garansi toko, no cek IMEI", "IMEI tidak terdaftar, garansi toko 7 hari."),
        ("sam_s24u", "vi-VN", "{n} Galaxy S24 Ultra không check được imei", "Bảo hành cửa hàng 1 tháng, không check imei hãng."),
        ("sony_xm5", "vi-VN", "Tai nghe {n} WH-1000XM5 bảo hành shop", "Không check serial trên web Sony, bảo hành shop 3 tháng."),
        ("bose_qc45", "th-TH", "หูฟัง {n} QC45 ประกันร้าน", "ประกันร้าน 7 วัน เช็คซีเรียลกับศูนย์ไม่ได้"),
        ("dyson_wrap", "ms-MY", "{n} Airwrap warranty kedai sahaja", "Warranty kedai 1 bulan, siri tak boleh semak di Dyson."),
        ("nin_oled", "en-PH", "{n} Switch OLED - shop warranty, serial not registered", "Serial won't show on Nintendo site, 7-day shop warranty."),
        ("dyson_sonic", "en-NG", "{n} Supersonic - no serial check, store warranty", "Serial cannot be verified on Dyson site. 1 week store warranty."),
        ("apple_mba", "en-IN", "{n} MacBook Air M3 - serial not checkable", "Shop warranty 15 days. Serial not checkable on Apple coverage."),
        ("sam_buds", "es-CO", "Audífonos {n} Buds2 Pro garantía de tienda", "Garantía solo de tienda, el serial no sale en Samsung."),
        ("phil_sonic", "pt-BR", "Escova {n} Sonicare DiamondClean garantia da loja", "Garantia da loja 30 dias, número de série não consta na Philips."),
        ("canon_r6", "ar-EG", "كاميرا {n} EOS R6 Mark II ضمان المحل", "ضمان المحل أسبوع، السيريال لا يظهر على موقع كانون."),
        ("pana_arc5", "tr-TR", "{n} Arc5 tıraş makinesi dükkan garantili", "Dükkan garantisi 1 ay, seri numarası sorgulanamaz."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_gift_seo_title", "", "counterfeit", "an SEO gift title (Gift for Him / Her, Husband, Birthday, Anniversary, Mother's Day) with the brand, no copy word, at a copy's price")
def c_gift_seo_title(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US-etsy", "Gift for Him {n} Submariner Men's Watch Husband Anniversary Birthday", "Perfect gift for husband, boyfriend, dad. Gift box included."),
        ("cart_love", "en-US-etsy", "{n} Love Bracelet Gift for Her Wife Girlfriend Mother's Day", "Beautiful gift for her. Comes in a gift box."),
        ("pandora_mom", "en-GB", "{n} Moments Bracelet Gift for Her Birthday Christmas Stocking Filler", "Ideal stocking filler, gift wrapped."),
        ("lv_zippy", "en-US", "{n} Zippy Wallet Women Gift for Mom Birthday Valentine", "Luxury gift for mom, gift bag included."),
        ("gucci_belt", "en-AU", "{n} GG Belt Men Gift for Boyfriend Father's Day Birthday", "Great Father's Day gift."),
        ("swaro_mil", "en-CA", "{n} Millenia Necklace Gift for Wife Anniversary Bridesmaid", "Bridesmaid gift, wedding jewelry."),
        ("omega_speedy", "de-DE", "{n} Speedmaster Herrenuhr Geschenk für Ihn Mann Geburtstag", "Perfektes Geschenk für Ehemann und Freund."),
        ("burb_scarf", "fr-FR", "Écharpe {n} cadeau pour elle femme fête des mères Noël", "Idée cadeau, emballage offert."),
        ("mk_parker", "es-ES", "Reloj {n} Parker regalo para mujer cumpleaños San Valentín", "Regalo perfecto, caja de regalo incluida."),
        ("cart_clou", "it-IT", "Bracciale {n} Juste un Clou regalo per lei anniversario", "Regalo per fidanzata, confezione regalo."),
        ("swaro_con", "pl-PL", "Bransoletka {n} Constella prezent dla niej na urodziny", "Idealny prezent dla żony."),
        ("coach_tabby", "en-PH", "{n} Tabby Bag Gift for Her Christmas Birthday", "Perfect Christmas gift, with box."),
        ("apple_app2", "en-IN", "{n} AirPods Pro 2 Gift for Him Her Diwali Birthday", "Best Diwali gift, fast delivery."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_budget_alternative_wink", "", "counterfeit", "'for those who can't afford the real one / for students / on a budget' beside the brand, a copy in all but the word")
def c_budget_alternative_wink(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "{n} Submariner for those who can't afford the real one", "Same look for a fraction. Nobody will know."),
        ("lv_nf", "en-GB", "{n} Neverfull MM - for students on a budget", "Can't spend 2k on a bag? This is for you. Looks identical."),
        ("gucci_marmont", "es-MX", "Bolsa {n} Marmont para quien no puede pagar la original", "Se ve igual, nadie nota la diferencia."),
        ("cg_exp", "pt-BR", "Jaqueta {n} Expedition para quem não pode pagar a original", "Mesmo visual, preço de estudante."),
        ("cart_love", "fr-FR", "Bracelet {n} Love pour petit budget", "Pour celles qui n'ont pas 7000 euros. Rendu identique."),
        ("dyson_wrap", "de-DE", "{n} Airwrap für den kleinen Geldbeutel", "Wer keine 600 Euro ausgeben will: gleiche Funktion, gleiches Aussehen."),
        ("omega_sea", "it-IT", "{n} Seamaster per chi non può permettersi l'originale", "Uguale all'occhio, costa un decimo."),
        ("nike_aj1", "vi-VN", "Giày {n} Air Jordan 1 cho ai không đủ tiền mua auth", "Dành cho học sinh sinh viên, nhìn y hệt."),
        ("burb_trench", "ko-KR", "{ko} 트렌치코트 정품 부담스러운 분들께", "정품 가격 부담스러운 분들 추천, 핏 똑같아요."),
        ("lv_speedy", "zh-CN", "买不起正品的姐妹看过来 {zh} Speedy 30", "平价替代，上身一模一样。"),
        ("gucci_sun", "id-ID", "Kacamata {n} GG0061S buat yang budget tipis", "Buat yang belum mampu beli ori, mirip banget."),
        ("omega_speedy", "tr-TR", "{n} Speedmaster orijinale bütçesi yetmeyenlere", "Orijinalini alamayanlar için, aynı görünüm."),
        ("cart_santos", "ru-RU", "{n} Santos для тех, кто не может купить оригинал", "Тот же вид за копейки."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_iced_out_moissanite", "", "counterfeit", "'iced out / bust down / VVS moissanite, passes the diamond tester' on the brand's watches and jewellery at a copy's price")
def c_iced_out_moissanite(cls, kind, tac):
    rows = [
        ("rolex_dt", "en-US", "Iced Out {n} Daytona VVS Moissanite Bust Down", "Fully iced, passes diamond tester, automatic. Comes with GRA certificate."),
        ("rolex_dj", "en-US-fb", "{n} Datejust 41 bust down moissanite", "VVS1 moissanite, passes tester. Hip hop style."),
        ("rolex_sub", "en-GB", "{n} Submariner iced out moissanite bezel", "Moissanite bezel and dial, passes tester."),
        ("cart_love", "en-US-etsy", "{n} Love Bracelet Moissanite Pavé 18k", "Full pavé moissanite, passes diamond tester."),
        ("cart_santos", "en-CA", "{n} Santos iced out VVS", "Iced out case and bracelet, automatic."),
        ("omega_sea", "en-AU", "{n} Seamaster iced moissanite bezel", "Moissanite set bezel, passes tester."),
        ("cart_clou", "en-AE", "{n} Juste un Clou moissanite diamond version", "Moissanite stones, 925 silver gold plated."),
        ("rolex_dt", "de-DE", "{n} Daytona Moissanit Iced Out", "Voll besetzt mit Moissaniten, Diamanttester positiv."),
        ("rolex_dj", "es-MX", "Reloj {n} Datejust iced out moissanita", "Moissanita VVS, pasa el probador de diamantes."),
        ("cart_love", "pt-BR", "Pulseira {n} Love cravejada moissanite", "Moissanite, passa no teste de diamante."),
        ("rolex_sub", "zh-HK", "{zh} Submariner 滿天星 莫桑石", "全莫桑石，過鑽石筆。"),
        ("pandora_mom", "en-PH", "{n} Moments bracelet with moissanite charms", "Moissanite charms, passes tester."),
        ("swaro_mil", "en-IN", "{n} Millenia necklace moissanite version", "Real moissanite instead of crystal, passes tester."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_cues_caucasus_central_asia", "", "counterfeit", "copy words of the Caucasus, Central Asia and Mongolia (ასლი, կրկնօրինակ, kopya, nusxa, хуурамч, көшірме) beside the brand")
def c_cues_caucasus_central_asia(cls, kind, tac):
    rows = [
        ("nike_aj1", "ka-GE", "{n} Air Jordan 1 ასლი, მაღალი ხარისხი", "ასლია, მაგრამ ხარისხიანი. ზომები 36-45."),
        ("rolex_sub", "ka-GE", "{n} Submariner ასლი, ავტომატური", "კარგი ასლი, წყალგაუმტარი."),
        ("lv_nf", "hy-AM", "{n} Neverfull կրկնօրինակ, բարձր որակ", "Կրկնօրինակ է, բայց որակը լավն է։"),
        ("gucci_belt", "hy-AM", "{n} GG գոտի, կրկնօրինակ", "Բարձրորակ կրկնօրինակ։"),
        ("adi_samba", "az-AZ", "{n} Samba kopya, yüksək keyfiyyət", "Kopyadır, amma keyfiyyətlidir. Bütün ölçülər var."),
        ("cg_exp", "az-AZ", "{n} Expedition gödəkçə replika lüks", "Lüks replika, isti."),
        ("dyson_wrap", "uz-UZ", "{n} Airwrap nusxa, yaxshi sifat", "Nusxa, lekin yaxshi ishlaydi."),
        ("apple_app2", "uz-UZ", "{n} AirPods Pro 2 kopiya lyuks", "Lyuks kopiya, shovqinni yo'q qiladi."),
        ("omega_speedy", "kk-KZ", "{n} Speedmaster көшірме, сапасы жақсы", "Көшірме, бірақ сапасы жоғары."),
        ("tnf_nuptse", "kk-KZ", "{n} Nuptse куртка көшірме", "Сапалы көшірме, жылы."),
        ("nike_af1", "mn-MN", "{n} Air Force 1 хуулбар, чанартай", "Хуулбар боловч чанар сайн."),
        ("gucci_marmont", "mn-MN", "{n} Marmont цүнх хуурамч, сайн чанар", "Хуурамч гэхдээ ялгаагүй."),
        ("cart_love", "az-AZ", "{n} Love qolbaq kopya", "Kopya, rəngini vermir."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cues_south_asia_scripts", "", "counterfeit", "copy words in South Asian scripts (মাস্টার কপি, নকল, කොපි, नक्कली, ڈپلیکیٹ, டூப்ளிகேட், ਡੁਪਲੀਕੇਟ, ડુપ્લિકેટ) beside the brand")
def c_cues_south_asia_scripts(cls, kind, tac):
    rows = [
        ("nike_aj1", "bn-BD", "{n} Air Jordan 1 মাস্টার কপি", "মাস্টার কপি, অরিজিনালের মতো। ঢাকায় ক্যাশ অন ডেলিভারি।"),
        ("rolex_dj", "bn-BD", "{n} Datejust ঘড়ি নকল কিন্তু ভালো মান", "নকল, কিন্তু খুব ভালো মানের।"),
        ("apple_app2", "si-LK", "{n} AirPods Pro 2 කොපි", "කොපි එකක්, හොඳ තත්ත්වය. කොළඹ ඩිලිවරි."),
        ("gucci_sun", "si-LK", "{n} GG0061S සන්ග්ලාස් කොපි", "ෆස්ට් කොපි."),
        ("nike_af1", "ne-NP", "{n} Air Force 1 नक्कली तर राम्रो", "नक्कली हो तर गुणस्तर राम्रो।"),
        ("omega_sea", "ur-PK", "{n} Seamaster ڈپلیکیٹ ماسٹر کاپی", "ماسٹر کاپی، آٹومیٹک۔ کیش آن ڈیلیوری۔"),
        ("lv_nf", "ur-PK", "{n} Neverfull بیگ اے اے اے کاپی", "کاپی ہے لیکن معیار اچھا ہے۔"),
        ("sam_buds", "ta-IN", "{n} Buds2 Pro டூப்ளிகேட்", "டூப்ளிகேட், நல்ல தரம்."),
        ("adi_ub", "ta-LK", "{n} Ultraboost டூப்ளிகேட் காலணி", "டூப்ளிகேட், அனைத்து அளவுகளும்."),
        ("rolex_sub", "pa-IN", "{n} Submariner ਡੁਪਲੀਕੇਟ ਘੜੀ", "ਡੁਪਲੀਕੇਟ ਹੈ ਪਰ ਵਧੀਆ।"),
        ("cart_love", "gu-IN", "{n} Love બ્રેસલેટ ડુપ્લિકેટ", "ડુપ્લિકેટ, રંગ જતો નથી."),
        ("dyson_sonic", "hi-IN", "{n} Supersonic हेयर ड्रायर फर्स्ट कॉपी", "फर्स्ट कॉपी, बिल्कुल असली जैसा।"),
        ("puma_suede", "bn-BD", "{n} Suede জুতা কপি", "কপি জুতা, সব সাইজ আছে।"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cues_africa_languages", "", "counterfeit", "copy words in African languages (bandia, feki, na jabu, ayédèrú, ኮፒ, namaaksel) beside the brand")
def c_cues_africa_languages(cls, kind, tac):
    rows = [
        ("nike_aj1", "sw-KE", "{n} Air Jordan 1 bandia lakini quality safi", "Ni bandia ila ubora ni mzuri sana. Delivery Nairobi."),
        ("rolex_sub", "sw-TZ", "Saa {n} Submariner feki ya hali ya juu", "Feki ila haitambuliki. Tunatuma mikoani."),
        ("apple_app2", "sw-KE", "{n} AirPods Pro 2 kopi", "Kopi nzuri, sauti safi. Lipa ukipokea."),
        ("lv_nf", "sw-TZ", "Mkoba {n} Neverfull bandia", "Bandia lakini imara."),
        ("adi_samba", "ha-NG", "Takalmi {n} Samba na jabu amma mai kyau", "Na jabu ne amma ingancinsa yana da kyau. Kano."),
        ("gucci_belt", "ha-NG", "Bel {n} GG na jabu", "Na jabu, fata mai kyau."),
        ("nike_af1", "yo-NG", "Bata {n} Air Force 1 ayederu to dara", "Ayederu ni, sugbon o dara gan. Eko."),
        ("omega_speedy", "yo-NG", "Aago {n} Speedmaster ayederu", "Ayederu to lagbara."),
        ("sam_s24u", "am-ET", "{n} Galaxy S24 Ultra ኮፒ", "ኮፒ ነው ግን ጥራቱ ጥሩ ነው።"),
        ("dyson_wrap", "am-ET", "{n} Airwrap ኮፒ አዲስ", "ኮፒ ነው፣ በደንብ ይሰራል።"),
        ("cart_love", "af-ZA", "{n} Love armband namaaksel", "Namaaksel, maar goeie kwaliteit. Pos landwyd."),
        ("levis_501", "af-ZA", "{n} 501 jeans vals maar mooi", "Vals, maar lyk net soos die regte ding."),
        ("tnf_nuptse", "sw-KE", "Jacket {n} Nuptse feki grade A", "Feki grade A, joto sana."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cues_sea_minor", "", "counterfeit", "copy words in Khmer, Lao, Burmese, Tagalog and Malay (ក្លែងក្លាយ, ປອມ, အတု, peke, tiruan) beside the brand")
def c_cues_sea_minor(cls, kind, tac):
    rows = [
        ("rolex_sub", "km-KH", "នាឡិកា {n} Submariner ក្លែងក្លាយ គុណភាពល្អ", "ក្លែងក្លាយ ប៉ុន្តែគុណភាពល្អ។"),
        ("nike_aj1", "km-KH", "ស្បែកជើង {n} Air Jordan 1 ក្លែងក្លាយ", "ទំហំ 36-45។"),
        ("apple_app2", "lo-LA", "{n} AirPods Pro 2 ປອມ ຄຸນນະພາບດີ", "ປອມ ແຕ່ສຽງດີ."),
        ("gucci_marmont", "lo-LA", "ກະເປົາ {n} Marmont ປອມ", "ປອມ ເກຣດດີ."),
        ("dyson_sonic", "my-MM", "{n} Supersonic အတု", "အတု ဖြစ်ပေမယ့် ကောင်းတယ်။"),
        ("omega_sea", "my-MM", "{n} Seamaster နာရီ အတု", "အတု အရည်အသွေးကောင်း။"),
        ("lv_speedy", "tl-PH", "{n} Speedy 30 peke pero maganda", "Peke po pero quality, hindi halata."),
        ("cart_love", "tl-PH", "{n} Love bracelet peke, hindi kumukupas", "Peke pero hindi nangingitim."),
        ("nike_dunk", "tl-PH", "{n} Dunk Low peke size 37-44", "Peke pero matibay, COD."),
        ("adi_ub", "ms-MY", "Kasut {n} Ultraboost tiruan", "Barang tiruan, selesa dipakai."),
        ("sony_xm5", "ms-MY", "Headphone {n} WH-1000XM5 ciplak", "Ciplak tapi bunyi sedap."),
        ("rolex_dt", "lo-LA", "ໂມງ {n} Daytona ປອມ", "ປອມ ເຄື່ອງອັດຕະໂນມັດ."),
        ("pandora_heart", "km-KH", "{n} heart charm ក្លែងក្លាយ", "ក្លែងក្លាយ ប្រាក់។"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_line_name_typo", "", "counterfeit", "no maker named; the registered product line misspelt (Submarina, Daytonna, Neverfool, Airwrapp, Nupste, Speedmastr) with a copy's price")
def c_line_name_typo(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "Submarina Date black ceramic 41mm automatic", "Automatic diver, black dial."),
        ("rolex_dt", "en-GB", "Daytonna panda dial chronograph watch", "Panda dial, steel bracelet."),
        ("lv_nf", "en-AU", "Neverfool MM monogram tote bag", "Large tote with pouch."),
        ("dyson_wrap", "en-US-fb", "Airwrapp multi styler complete long", "All attachments, new."),
        ("tnf_nuptse", "en-CA", "Nupste 1996 retro puffer jacket black", "Down puffer, all sizes."),
        ("omega_speedy", "de-DE", "Speedmastr Moonwatch Chronograph Herren", "Handaufzug, Hesalitglas."),
        ("gucci_marmont", "fr-FR", "Sac Marmot GG petit matelassé", "Chaîne dorée, neuf."),
        ("cart_clou", "es-ES", "Pulsera Juste un Clu oro", "Pulsera clavo, nueva."),
        ("dyson_sonic", "it-IT", "Phon Supersonik asciugacapelli nuovo", "Con 5 accessori."),
        ("omega_sea", "pl-PL", "Zegarek Seamastre 300M niebieski", "Automat, nowy."),
        ("adi_ub", "nl-NL", "Ultraboots Light hardloopschoenen", "Nieuw, maten 40-46."),
        ("cg_exp", "en-GB-gumtree", "Expedishun Parka red, fur hood", "Down parka, new."),
        ("lv_speedy", "pt-BR", "Bolsa Speedi 30 monograma", "Nova com cadeado."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_celebrity_same_style", "", "counterfeit", "'as worn by' a celebrity (明星同款, 연예인 착용, como usa, wie getragen von) with the brand, at a copy's price")
def c_celebrity_same_style(cls, kind, tac):
    rows = [
        ("gucci_marmont", "zh-CN", "杨幂同款 {zh} Marmont 链条包", "明星同款，小红书爆款。"),
        ("cart_love", "zh-CN", "Lisa同款 {zh} Love 手镯 18K", "明星同款，不掉色。"),
        ("lv_nf", "zh-TW", "蔡依林同款 {zh} Neverfull 托特包", "明星同款，現貨。"),
        ("burb_trench", "ko-KR", "아이유 착용 {ko} 트렌치코트", "연예인 착용 제품, 새상품."),
        ("cg_exp", "ko-KR", "손흥민 착용 {ko} 패딩", "연예인 착용 패딩, 사이즈 다 있어요."),
        ("rolex_dt", "en-US", "{n} Daytona as worn by Drake - panda", "Same as Drake's, automatic."),
        ("omega_sea", "en-GB", "{n} Seamaster - the James Bond watch", "Same as worn by 007, automatic."),
        ("cart_santos", "es-MX", "Reloj {n} Santos como el de Bad Bunny", "Igual al de Bad Bunny, nuevo."),
        ("nike_aj1", "pt-BR", "Tênis {n} Air Jordan 1 igual do Neymar", "Igual do Neymar, todos os números."),
        ("gucci_belt", "de-DE", "{n} GG Gürtel wie von Capital Bra getragen", "Wie vom Rapper getragen, neu."),
        ("dyson_wrap", "th-TH", "{n} Airwrap แบบดาราใช้", "ดาราใช้ ของใหม่"),
        ("mk_jetset", "id-ID", "Tas {n} Jet Set seperti dipakai artis", "Seperti dipakai artis, baru."),
        ("lv_speedy", "ar-AE", "شنطة {n} Speedy مثل شنطة المشاهير", "نفس شنطة المشاهير، جديدة."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


@klass("c_herbal_mark_abuse", "", "counterfeit", "herbal / 'natural' / 'gold' products sold under a medicine's mark (Herbal Viagra, Viagra Gold 800mg, 中药版 Paxlovid, natural Lipitor)")
def c_herbal_mark_abuse(cls, kind, tac):
    rows = [
        ("en-US", "Herbal Viagra for men 3000mg natural 60 capsules", "All natural Viagra, horny goat weed, maca. No prescription needed.", 19.9),
        ("en-GB", "Natural Viagra Gold 800mg 10 tablets", "Viagra Gold herbal formula, fast acting.", 14.0),
        ("en-NG", "Viagra Gold 800mg herbal, strong", "Herbal Viagra, lasts all night. Lagos delivery.", 8.0),
        ("en-IN", "Ayurvedic Viagra capsules 60 pcs", "Pure herbal Viagra, no side effects.", 6.0),
        ("de-DE", "Pflanzliches Viagra Kapseln 30 Stück", "Natürliches Viagra ohne Rezept.", 12.0),
        ("es-MX", "Viagra natural herbal 30 cápsulas", "Viagra natural, sin receta.", 9.0),
        ("pt-BR", "Viagra natural fitoterápico 60 cápsulas", "Viagra natural, sem receita.", 10.0),
        ("ru-RU", "Растительная виагра Viagra Gold 10 таблеток", "Натуральная виагра, без рецепта.", 9.0),
        ("vi-VN", "Viagra thảo dược Mỹ 30 viên", "Viagra thảo dược, không cần toa.", 7.0),
        ("zh-CN", "中药版 Paxlovid 草本胶囊 30粒", "辉瑞 Paxlovid 中药配方，居家必备。", 11.0),
        ("zh-HK", "草本 Paxlovid 配方 清熱膠囊", "Paxlovid 草本版，無需處方。", 15.0),
        ("en-PH", "Natural Lipitor herbal cholesterol capsules", "Herbal Lipitor alternative labelled Lipitor Natural.", 6.0),
        ("ar-EG", "فياجرا عشبية Viagra Gold طبيعية", "فياجرا طبيعية بدون روشتة.", 5.0),
    ]
    return [L(cls, kind, "pfizer", lg, t, d, money(u, lg), "otc", tactic=tac) for lg, t, d, u in rows]


@klass("c_fleamarket_find_new", "", "counterfeit", "cover story: 'found at a flea market / car boot / vide-grenier / Flohmarkt', new branded goods at a copy's price")
def c_fleamarket_find_new(cls, kind, tac):
    rows = [
        ("lv_nf", "en-GB", "{n} Neverfull MM - car boot find, like new", "Picked this up at a car boot sale, looks brand new. Selling on."),
        ("rolex_dj", "en-GB-gumtree", "{n} Datejust 41 car boot sale bargain", "Car boot find, runs fine, no papers."),
        ("gucci_marmont", "fr-FR", "{n} Marmont trouvé en vide-grenier", "Trouvé en vide-grenier, état neuf."),
        ("cart_love", "fr-BE", "Bracelet {n} Love brocante état neuf", "Trouvé en brocante, comme neuf."),
        ("omega_speedy", "de-DE", "{n} Speedmaster Flohmarktfund neuwertig", "Flohmarktfund, läuft, keine Papiere."),
        ("burb_scarf", "de-AT", "{n} Schal vom Flohmarkt, neu", "Flohmarkt, neu mit Etikett."),
        ("lv_zippy", "nl-NL", "{n} Zippy portemonnee rommelmarkt vondst", "Rommelmarkt vondst, nieuw."),
        ("gucci_belt", "it-IT", "{n} cintura GG trovata al mercatino", "Mercatino dell'usato, nuova."),
        ("rolex_sub", "es-ES", "{n} Submariner encontrado en el rastro", "Encontrado en el Rastro, funciona."),
        ("cg_exp", "sv-SE", "{n} Expedition parka loppisfynd", "Loppisfynd, ny med lappar."),
        ("dyson_wrap", "pl-PL", "{n} Airwrap z pchlego targu, nowy", "Pchli targ, nowy komplet."),
        ("mk_parker", "da-DK", "{n} Parker ur loppefund", "Loppemarked, nyt."),
        ("coach_tabby", "en-US-fb", "{n} Tabby bag - flea market find, new", "Flea market find, new with tags."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(n=P(k)["name"]), d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_personalised_engraving_cheap", "", "counterfeit", "personalisation as the selling point ('engraved with your name / initials, free') on the brand's new goods at a copy's price")
def c_personalised_engraving_cheap(cls, kind, tac):
    rows = [
        ("cart_love", "en-US-etsy", "Personalized {n} Love Bracelet Engraved Name", "Free engraving of name or date inside."),
        ("pandora_mom", "en-GB", "{n} Moments bracelet personalised initial charm", "Add your initial charm, engraved free."),
        ("swaro_con", "en-AU", "{n} Constella bracelet custom engraved", "Custom engraving included."),
        ("rolex_dj", "en-US", "{n} Datejust 41 custom engraved caseback", "We engrave your message on the caseback, free."),
        ("lv_zippy", "en-CA", "{n} Zippy wallet with hot stamped initials", "Free hot stamping of initials."),
        ("gucci_belt", "en-PH", "{n} belt personalized buckle engraving", "Engraved buckle with your name."),
        ("apple_app2", "en-IN", "{n} AirPods Pro 2 with name engraved", "Free name engraving on case."),
        ("cart_love", "de-DE", "{n} Love Armband mit Gravur Wunschname", "Gravur inklusive."),
        ("pandora_heart", "fr-FR", "Charm {n} coeur gravé prénom", "Gravure offerte."),
        ("omega_sea", "es-ES", "Reloj {n} Seamaster grabado personalizado", "Grabado en la tapa incluido."),
        ("mk_jetset", "pt-BR", "Bolsa {n} Jet Set com nome personalizado", "Personalizamos com seu nome."),
        ("lv_nf", "ko-KR", "{ko} 네버풀 이니셜 각인 서비스", "이니셜 각인 무료."),
        ("cart_clou", "zh-CN", "{zh} 钉子手镯 免费刻字", "免费刻字，送礼首选。"),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"], zh=p["zh"], ko=p["ko"]), d, cprice(k, lg), p["cat"], tactic=tac))
    return out


# ====================================================================================== counterfeit, rarer (*)


@klass("c_cue_in_url_slug", "*", "counterfeit", "plain title and description; the copy word only in the listing URL's slug (/aaa-replica-..., /fake-..., /gaofang-...)")
def c_cue_in_url_slug(cls, kind, tac):
    rows = [
        ("canon_ink", "en-US", "Canon PG-545 black ink cartridge x3", "replica-canon-pg545-ink"),
        ("honda_filter", "en-GB", "Honda oil filter 15400-PLM-A02 x10", "fake-honda-oil-filter-bulk"),
        ("toyota_filter", "en-AU", "Toyota oil filter 90915-YZZD1 x10", "copy-toyota-filter-aaa"),
        ("bmw_disc", "de-DE", "BMW Bremsscheibe vorne 34116860016", "nachbau-bmw-bremsscheibe"),
        ("mich_ps4s", "es-MX", "Llanta Michelin Pilot Sport 4S 245/40ZR18", "llanta-michelin-replica-china"),
        ("shell_helix", "ru-RU", "Моторное масло Shell Helix Ultra 5W-40 4л", "poddelka-shell-helix"),
        ("gil_fus", "en-NG", "Gillette Fusion5 ProGlide blades 8 pack", "fake-gillette-blades-wholesale"),
        ("bosch_gsr", "pl-PL", "Wkrętarka Bosch Professional GSR 12V-15", "podrobka-bosch-gsr"),
        ("call_drv", "en-US", "Callaway Paradym Ai Smoke driver 10.5", "clone-callaway-paradym-driver"),
        ("yonex_ax88", "en-IN", "Yonex Astrox 88 D Pro badminton racket", "first-copy-yonex-astrox-88d"),
        ("wilson_ps97", "en-PH", "Wilson Pro Staff 97 v14 tennis racket", "class-a-wilson-pro-staff"),
        ("pana_eneloop", "zh-CN", "松下 Panasonic eneloop 5号 4节", "gaofang-panasonic-eneloop"),
        ("phil_sonic", "en-SG", "Philips Sonicare DiamondClean toothbrush", "mirror-copy-philips-sonicare"),
    ]
    out = []
    for k, lg, t, slug in rows:
        m = MARKETS[lg]
        lid = f"{R.getrandbits(30):08x}"
        out.append(L(cls, kind, P(k)["brand"], lg, t, "New. Fast shipping.", cprice(k, lg), P(k)["cat"],
                     url=f"https://{m[4]}/item/{slug}-{lid}", tactic=tac))
    return out


@klass("c_pinyin_initials_alias", "*", "counterfeit", "the brand's Chinese name as its pinyin initials (LLS 劳力士, DS 戴森, YSLD 雅诗兰黛, ZSD 资生堂, SHLSQ 施华洛世奇) with Chinese copy words")
def c_pinyin_initials_alias(cls, kind, tac):
    rows = [
        ("rolex_sub", "LLS 男士潜水机械表 黑盘 高品质", "LLS 机械表，品质如图，顺丰包邮。"),
        ("dyson_sonic", "DS 吹风机 负离子 超A版", "DS 吹风机，和专柜一样。"),
        ("el_anr", "YSLD 小棕瓶精华 50ml 复刻版", "YSLD 精华，复刻版，日期新。"),
        ("shis_ult", "ZSD 红腰子精华 50ml 高仿", "ZSD 红腰子，高仿，便宜出。"),
        ("swaro_mil", "SHLSQ 水晶项链 A货", "SHLSQ 项链，A货，送礼。"),
        ("omega_sea", "OMJ 海马300 潜水表 复刻", "OMJ 复刻，蓝盘。"),
        ("cart_love", "KDY 螺丝手镯 18K 高仿", "KDY 手镯，高仿不掉色。"),
        ("lv_nf", "LYWD 托特包 老花 原单", "LYWD 原单，皮质好。"),
        ("gucci_belt", "GC 双G皮带 男 高仿", "GC 皮带，高仿，头层皮。"),
        ("nike_aj1", "NK 高帮篮球鞋 红黑 莆田", "NK 高帮篮球鞋，纯原。"),
        ("burb_scarf", "BBL 格子羊绒围巾 复刻", "BBL 围巾，复刻。"),
        ("cg_exp", "JNDDE 羽绒服 远征 高仿", "JNDDE 羽绒服，高仿，防寒。"),
        ("pandora_mom", "PDL 串珠手链 925 仿款", "PDL 手链，仿款。"),
    ]
    return [L(cls, kind, P(k)["brand"], "zh-CN", t, d, cprice(k, "zh-CN"), P(k)["cat"], tactic=tac) for k, t, d in rows]


@klass("c_translit_more_scripts", "*", "counterfeit", "the brand transliterated into Tifinagh, Sinhala, Gurmukhi, Gujarati, Tibetan or Syriac, generic nouns, a copy's price")
def c_translit_more_scripts(cls, kind, tac):
    rows = [
        ("rolex_sub", "ar-MA", "ⵔⵓⵍⵉⴽⵙ montre automatique plongée", "ⵔⵓⵍⵉⴽⵙ, qualité top."),
        ("nike_af1", "fr-MA", "ⵏⴰⵢⴽ baskets blanches", "ⵏⴰⵢⴽ, toutes les pointures."),
        ("adi_samba", "fr-DZ", "ⴰⴷⵉⴷⴰⵙ chaussures", "ⴰⴷⵉⴷⴰⵙ neuves."),
        ("gucci_belt", "ar-MA", "ⴳⵓⵛⵉ ceinture cuir", "ⴳⵓⵛⵉ ceinture."),
        ("rolex_dj", "si-LK", "රෝලෙක්ස් ඔරලෝසුව", "රෝලෙක්ස් අලුත්."),
        ("apple_app2", "si-LK", "ඇපල් ඉයර්බඩ්ස්", "ඇපල් ඉයර්බඩ්ස් අලුත්."),
        ("nike_aj1", "pa-IN", "ਨਾਈਕੀ ਜੁੱਤੀਆਂ ਹਾਈ ਟਾਪ", "ਨਾਈਕੀ ਜੁੱਤੀਆਂ ਨਵੀਆਂ।"),
        ("rolex_dt", "pa-IN", "ਰੋਲੈਕਸ ਘੜੀ ਕ੍ਰੋਨੋਗ੍ਰਾਫ", "ਰੋਲੈਕਸ ਘੜੀ।"),
        ("gucci_marmont", "gu-IN", "ગુચી હેન્ડબેગ", "ગુચી બેગ નવી."),
        ("dyson_sonic", "gu-IN", "ડાયસન હેર ડ્રાયર", "ડાયસન ડ્રાયર નવું."),
        ("omega_sea", "ne-NP", "ཨོ་མེ་ག་ ཆུ་ཚོད། diver watch", "ཨོ་མེ་ག་ automatic."),
        ("sam_s24u", "ne-NP", "སམ་སུང་ smartphone 512GB", "སམ་སུང་ new."),
        ("lv_nf", "ar-IQ", "ܠܘܝܣ ܒܝܛܘܢ حقيبة يد", "ܠܘܝܣ ܒܝܛܘܢ جديدة."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_verlan_backslang", "*", "counterfeit", "the brand in French verlan / back-slang, syllables swapped (Lexro, Chigu, Kéni, Sondy, Tiercar, Gamo), generic nouns, a copy's price")
def c_verlan_backslang(cls, kind, tac):
    rows = [
        ("rolex_sub", "fr-FR", "Montre Lexro plongée noire (en verlan 😉)", "Lexro automatique, lunette céramique. Copie propre."),
        ("rolex_dj", "fr-BE", "Montre Lexro cadran bleu 41mm", "Lexro, verlan pour ceux qui comprennent."),
        ("gucci_belt", "fr-FR", "Ceinture Chigu double G", "Chigu, boucle dorée, neuve."),
        ("gucci_marmont", "fr-FR-vinted", "Sac Chigu matelassé chaîne", "Sac Chigu, très bonne qualité."),
        ("nike_af1", "fr-FR", "Baskets Kéni blanches basses", "Kéni, toutes tailles."),
        ("nike_aj1", "fr-FR-vinted", "Kéni montantes rouge noir blanc", "Kéni neuves en boîte."),
        ("dyson_sonic", "fr-FR", "Sèche-cheveux Sondy rose", "Sondy, 3 vitesses, neuf."),
        ("cart_love", "fr-FR", "Bracelet Tiercar vis or", "Tiercar, ne noircit pas."),
        ("omega_speedy", "fr-CA", "Montre Gaomé chrono lune", "Gaomé, chronographe manuel."),
        ("lv_nf", "fr-FR", "Sac Tonvui cabas monogramme", "Tonvui, grand cabas."),
        ("adi_samba", "fr-FR-vinted", "Baskets Dasadi trois bandes", "Dasadi, neuves."),
        ("sam_s24u", "fr-FR", "Téléphone Sungsam ultra 512 Go", "Sungsam, double SIM."),
        ("pandora_mom", "fr-BE", "Bracelet Radopan charms", "Radopan, argent."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


def _pos(word):
    return "-".join(str(ord(c) - 96) for c in word.lower() if c.isalpha())


T9 = {c: d for d, cs in {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}.items() for c in cs}


def _t9(word):
    return "".join(T9[c] for c in word.lower() if c.isalpha())


@klass("c_alphabet_position_code", "*", "counterfeit", "the brand as alphabet positions with a key (18-15-12-5-24, a=1), generic nouns, a copy's price")
def c_alphabet_position_code(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "rolex", "Men's automatic diver watch - brand {c} (a=1)"),
        ("nike_af1", "en-GB", "nike", "White low sneakers, brand code {c} (A=1, B=2...)"),
        ("gucci_belt", "en-AU", "gucci", "Designer belt double letter buckle - {c} (a=1)"),
        ("dyson_sonic", "en-US-fb", "dyson", "Hair dryer {c} (decode a=1) with 5 heads"),
        ("bose_qc45", "en-CA", "bose", "Noise cancelling headphones {c} (a=1 b=2)"),
        ("omega_speedy", "de-DE", "omega", "Chronograph Herrenuhr Marke {c} (A=1)"),
        ("lego_falcon", "en-US", "lego", "Star ship building blocks 7541 pcs, fits brand {c} (a=1)"),
        ("sony_xm5", "es-ES", "sony", "Auriculares inalámbricos marca {c} (a=1)"),
        ("coach_tabby", "en-PH", "coach", "Leather shoulder bag brand {c} (a=1)"),
        ("puma_suede", "pt-BR", "puma", "Tênis camurça marca {c} (a=1)"),
        ("canon_ink", "en-NG", "canon", "Ink cartridge black for printers, brand {c} (a=1) original"),
        ("shell_helix", "en-KE", "shell", "Engine oil 5W-40 4L, brand {c} (a=1) original"),
        ("yonex_ax88", "en-IN", "yonex", "Badminton racket brand {c} (a=1) 4U"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(c=_pos(w)), "Decode the numbers for the brand. Same as the shop's.", cprice(k, lg), P(k)["cat"], tactic=tac)
            for k, lg, w, t in rows]


@klass("c_t9_keypad_digits", "*", "counterfeit", "the brand as phone-keypad (T9) digits with a hint ('type 76539 on your keypad'), generic nouns, a copy's price")
def c_t9_keypad_digits(cls, kind, tac):
    rows = [
        ("rolex_dj", "en-US", "rolex", "Automatic watch 41mm - brand {c} on a phone keypad"),
        ("nike_dunk", "en-US-offerup", "nike", "Low top sneakers panda colour - brand {c} (T9)"),
        ("gucci_marmont", "en-GB", "gucci", "Quilted chain shoulder bag, brand {c} (type it on T9)"),
        ("dyson_wrap", "en-AU", "dyson", "Hair styler multi, brand {c} on keypad"),
        ("omega_sea", "en-SG", "omega", "Diver watch blue wave dial - brand {c} (T9 keypad)"),
        ("bose_flex", "en-PH", "bose", "Portable speaker, brand = {c} on your phone keypad"),
        ("apple_app2", "en-IN", "apple", "Wireless earbuds pro 2nd gen, brand {c} (T9)"),
        ("cart_love", "en-AE", "cartier", "Screw bangle 18k, brand {c} (keypad)"),
        ("pandora_mom", "en-GB-gumtree", "pandora", "Charm bracelet snake chain - brand {c} on T9"),
        ("canon_r6", "en-NG", "canon", "Mirrorless camera body 24MP, brand {c} on keypad"),
        ("wilson_evo", "en-KE", "wilson", "Indoor basketball size 7, brand {c} (T9)"),
        ("bosch_gbh", "en-ZA", "bosch", "Rotary hammer drill SDS, brand {c} on T9"),
        ("honda_gen", "en-CA", "honda", "Inverter generator 2200W, brand {c} on keypad"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t.format(c=_t9(w)), "You know the brand ;) Top copy, cheap.", cprice(k, lg), P(k)["cat"], tactic=tac)
            for k, lg, w, t in rows]


@klass("c_model_number_truncated", "*", "counterfeit", "a registered model number cut to its base (126610, DD1391, SM-S928, WH1000, 310.30.42, 15400-PLM) with generic words and a copy's price")
def c_model_number_truncated(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "126610 black diver watch automatic 41mm"),
        ("rolex_dt", "en-GB", "116500 white dial chronograph steel"),
        ("nike_dunk", "en-PH", "DD1391 white black low sneakers"),
        ("nike_af1", "de-DE", "CW2288 weiße Sneaker low"),
        ("nike_aj1", "es-MX", "Tenis DZ5485 rojo negro altos"),
        ("sam_s24u", "en-NG", "SM-S928 smartphone 12GB 512GB titanium"),
        ("sony_xm5", "vi-VN", "Tai nghe WH1000 XM chống ồn"),
        ("omega_speedy", "it-IT", "Cronografo 310.30.42 quadrante nero"),
        ("cart_love", "fr-FR", "Bracelet B6067 or jaune vis"),
        ("honda_filter", "en-US", "15400-PLM oil filter x12 bulk"),
        ("toyota_pads", "ru-RU", "Колодки тормозные 04465-022 передние"),
        ("bmw_filter", "pl-PL", "Filtr oleju 11428575 zestaw"),
        ("dyson_wrap", "tr-TR", "HS05 saç şekillendirici 6 başlık"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, "New, cheap, fast delivery.", cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t in rows]


@klass("c_price_per_gram_gold", "*", "counterfeit", "the brand's jewellery and watches made in real gold by souk jewellers, engraved with the mark, the price field per gram of gold")
def c_price_per_gram_gold(cls, kind, tac):
    rows = [
        ("cart_love", "ar-AE", "سوار كارتييه لوف ذهب عيار 18 - السعر للجرام", "ذهب حقيقي عيار 18 بنقشة Cartier والبراغي، الوزن 36 جرام، السعر للجرام."),
        ("cart_love", "en-AE", "Cartier Love bangle 18K real gold, price per gram", "Real 18K gold with Cartier engraving and screws, 35g, price per gram."),
        ("cart_clou", "ar-SA", "اسوارة كارتييه مسمار ذهب 21 السعر للجرام", "ذهب 21 مع ختم Cartier، الوزن 30 جرام."),
        ("cart_clou", "en-IN", "Cartier nail bracelet 22KT gold, rate per gram", "Hallmarked 22KT, Cartier logo engraved, 28g."),
        ("cart_love", "hi-IN", "Cartier Love कड़ा 22 कैरेट सोना, प्रति ग्राम रेट", "असली सोना, Cartier लोगो, 32 ग्राम।"),
        ("cart_love", "ur-PK", "Cartier Love کڑا 21 قیراط سونا فی گرام", "اصلی سونا، Cartier کندہ، 30 گرام۔"),
        ("rolex_dj", "ar-AE", "ساعة رولكس ذهب عيار 18 مصنعة محليا - السعر للجرام", "هيكل وسوار ذهب حقيقي مع شعار Rolex، مكينة صينية، 120 جرام."),
        ("rolex_dj", "en-IN", "Rolex President style solid 22KT gold watch, price per gram", "Solid gold case and bracelet with Rolex crown, 110g, Swiss-style movement."),
        ("pandora_mom", "tr-TR", "Pandora bileklik 14 ayar altın gram fiyatı", "14 ayar altın, Pandora yazılı klips, 12 gram."),
        ("pandora_heart", "ar-KW", "تعليقة باندورا ذهب عيار 18 السعر بالجرام", "ذهب عيار 18 مع ختم Pandora، 3 جرام."),
        ("cart_clou", "tr-TR", "Cartier çivi bilezik 22 ayar altın gram fiyatı", "22 ayar, Cartier logolu, 25 gram."),
        ("cart_love", "fa-IR", "دستبند کارتیه لاو طلای ۱۸ عیار قیمت هر گرم", "طلای ۱۸ عیار با حکاکی Cartier، ۳۴ گرم."),
        ("rolex_dt", "ar-KW", "ساعة رولكس دايتونا ذهب عيار 21 السعر للجرام", "ذهب حقيقي بشعار Rolex، 140 جرام."),
    ]
    out = []
    for k, lg, t, d in rows:
        usd_g = R.uniform(62, 80) if "18" in t or "14" in t else R.uniform(72, 88)
        out.append(L(cls, kind, P(k)["brand"], lg, t, d, money(usd_g, lg), P(k)["cat"], tactic=tac))
    return out


@klass("c_price_deposit_cod", "*", "counterfeit", "the price field is a small deposit; the balance is paid on delivery (the whole still a copy's price), with a copy word or a copy's total")
def c_price_deposit_cod(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-NG", "{n} Submariner - pay 10k deposit, balance on delivery", "Deposit to book, balance {b} on delivery. Master copy."),
        ("lv_nf", "en-KE", "{n} Neverfull MM - deposit only", "Pay deposit, rest {b} when you receive. Grade A."),
        ("dyson_wrap", "en-GH", "{n} Airwrap - deposit to confirm order", "Deposit now, pay {b} on delivery."),
        ("nike_aj1", "en-PH", "{n} Air Jordan 1 - reservation fee", "Reservation fee only, remaining {b} upon COD. Class A."),
        ("apple_app2", "en-IN", "{n} AirPods Pro 2 - advance booking amount", "Advance only, balance {b} COD. First copy."),
        ("gucci_marmont", "vi-VN", "Túi {n} Marmont - cọc trước", "Cọc trước, còn lại {b} khi nhận hàng. Rep 1:1."),
        ("cg_exp", "ru-RU", "{n} Expedition - предоплата", "Предоплата, остаток {b} при получении. Реплика."),
        ("omega_sea", "ar-EG", "{n} Seamaster - عربون فقط", "عربون، والباقي {b} عند الاستلام. هاي كوبي."),
        ("gucci_belt", "tr-TR", "{n} kemer - kapora", "Kapora, kalan {b} kapıda. Birebir."),
        ("sam_s24u", "id-ID", "{n} Galaxy S24 Ultra - DP dulu", "DP dulu, sisa {b} COD."),
        ("cart_love", "pt-BR", "Pulseira {n} Love - sinal", "Sinal, restante {b} na entrega. Réplica."),
        ("tnf_nuptse", "uk-UA", "{n} Nuptse - передплата", "Передплата, решта {b} при отриманні. Копія."),
        ("sony_ps5", "es-CO", "{n} PS5 Slim - anticipo", "Anticipo, saldo {b} contra entrega."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        total = cprice(k, lg)
        dep = {"amount": nice(total["amount"] * R.uniform(0.1, 0.25)), "currency": total["currency"]}
        bal = nice(total["amount"] - dep["amount"])
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"]), d.format(b=f"{int(bal):,} {total['currency']}"), dep, p["cat"], tactic=tac))
    return out


@klass("c_raffle_ticket_price", "*", "counterfeit", "a raffle whose price field is one ticket; the prize is a copy (a copy word, or all tickets together worth a copy's price)")
def c_raffle_ticket_price(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US-fb", "RAFFLE {n} Submariner - 100 tickets", "100 spots, drawing live when full. Super clone, automatic."),
        ("lv_nf", "en-PH", "Raffle: {n} Neverfull MM, 50 slots", "50 slots only! Winner announced on live. Mirror quality."),
        ("dyson_wrap", "en-GB", "Competition: win a {n} Airwrap", "200 tickets, draw Sunday. Complete set. 1:1 version."),
        ("gucci_marmont", "en-AU", "{n} Marmont bag raffle, 40 tickets", "40 tickets, draw on Facebook live. Top quality copy."),
        ("cart_love", "en-NG", "Raffle draw: {n} Love bracelet", "30 tickets only, grade A."),
        ("omega_speedy", "de-DE", "Verlosung {n} Speedmaster - 60 Lose", "60 Lose, Ziehung live. Nachbau Top."),
        ("nike_aj1", "es-MX", "Rifa {n} Air Jordan 1 - 30 boletos", "30 boletos, se rifa con la Lotería Nacional. Calidad espejo."),
        ("apple_ip15", "pt-BR", "Rifa {n} iPhone 15 Pro - 100 números", "100 números, sorteio pela loteria. Linha A."),
        ("sony_ps5", "es-AR", "Rifa {n} PS5 Slim 100 números", "Sorteo por la quiniela. Versión réplica."),
        ("cg_exp", "en-CA", "{n} Expedition parka raffle - 25 spots", "25 spots, draw live. Good rep."),
        ("rolex_dj", "tl-PH", "Raffle {n} Datejust 41 - 50 slots", "50 slots lang, class A automatic."),
        ("gucci_belt", "en-ZA", "Raffle {n} GG belt 20 tickets", "20 tickets, draw Friday. Fong kong but neat."),
        ("mk_jetset", "en-KE", "{n} Jet Set bag raffle 20 slots", "20 slots, draw on WhatsApp live. First copy."),
    ]
    out = []
    for k, lg, t, d in rows:
        p = P(k)
        out.append(L(cls, kind, p["brand"], lg, t.format(n=p["name"]), d, money(R.uniform(2, 6), lg), p["cat"], tactic=tac))
    return out


@klass("c_rtl_with_diacritics", "*", "counterfeit", "the brand in Arabic or Hebrew script written WITH its vowel marks (رُولِكْس, نَايْكِي, גּוּצִ'י, רוֹלֶקְס) and a copy word or price")
def c_rtl_with_diacritics(cls, kind, tac):
    rows = [
        ("rolex_sub", "ar-SA", "ساعة رُولِكْس سبمارينر أوتوماتيك درجة أولى", "رُولِكْس تقليد ممتاز."),
        ("nike_af1", "ar-EG", "حذاء نَايْكِي إير فورس أبيض", "نَايْكِي جديد، كل المقاسات."),
        ("gucci_belt", "ar-AE", "حزام غُوتْشِي جلد طبيعي كوبي", "غُوتْشِي، كوبي ون."),
        ("dyson_sonic", "ar-JO", "سشوار دَايْسُون سوبرسونيك", "دَايْسُون جديد."),
        ("sam_s24u", "ar-IQ", "موبايل سَامْسُونْج جالكسي الترا", "سَامْسُونْج نسخة."),
        ("omega_sea", "ar-KW", "ساعة أُومِيغَا سيماستر هاي كوبي", "أُومِيغَا أوتوماتيك."),
        ("cart_love", "ar-SA", "اسوارة كَارْتِيِيه لوف ماستر كوبي", "كَارْتِيِيه لا تصدي."),
        ("lv_nf", "ar-EG", "شنطة لُويِس فِيتُون نيفرفول ميرور", "لُويِس فِيتُون ميرور كوالتي."),
        ("rolex_dj", "he-IL", "שעון רוֹלֶקְס דייטג'סט חיקוי", "רוֹלֶקְס חיקוי איכותי."),
        ("nike_dunk", "he-IL", "נעלי נַייקִי דאנק נמוכות", "נַייקִי חדשות בקופסה."),
        ("gucci_marmont", "he-IL", "תיק גּוּצִ'י מרמונט העתק", "גּוּצִ'י העתק מדויק."),
        ("dyson_wrap", "he-IL", "דַּייסוֹן אייררפ מסלסל שיער", "דַּייסוֹן ערכה מלאה."),
        ("apple_app2", "ar-MA", "سماعات أَبِل إيربودز برو", "أَبِل نسخة طبق الأصل."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_alt_local_spellings", "*", "counterfeit", "alternative spellings of the brand in Korean, Japanese and Chinese that the registry does not hold (로렉스, 루이뷔통, 카르티에, 노페, ローレックス, カルチェ, 奥米加, 欧米伽, 卡迪亚, 加拿大雁)")
def c_alt_local_spellings(cls, kind, tac):
    rows = [
        ("rolex_sub", "ko-KR", "로렉스 서브마리너 데이트 미러급", "로렉스 새상품, 풀박스."),
        ("lv_nf", "ko-KR", "루이뷔통 네버풀 MM 토트백 특A급", "루이뷔통, 사이즈 MM."),
        ("cart_love", "ko-KR-danggeun", "카르티에 러브 팔찌 골드", "카르티에 새것, 보증서 없음."),
        ("tnf_nuptse", "ko-KR", "노페 눕시 패딩 블랙 새상품", "노페 정품급."),
        ("swaro_mil", "ko-KR", "스와로스키 목걸이 새상품", "스와로스키 목걸이, 선물용."),
        ("rolex_dj", "ja-JP", "ローレックス デイトジャスト 41 新品", "ローレックス、箱付き。"),
        ("lv_speedy", "ja-JP", "ルイビトン スピーディ30 モノグラム", "ルイビトン、新品未使用。"),
        ("cart_clou", "ja-JP-yahoo", "カルチェ ジュストアンクル ブレスレット", "カルチェ、新品。"),
        ("omega_sea", "zh-HK", "奥米加 海馬 300 潛水錶 高仿", "奥米加，藍面，全新。"),
        ("lv_nf", "zh-CN", "路易斯威登 托特包 老花", "路易斯威登，原单。"),
        ("cart_love", "zh-TW", "卡迪亞 Love 手環 18K", "卡迪亞，全新。"),
        ("cg_exp", "zh-CN", "加拿大雁 远征羽绒服 派克", "加拿大雁，高版本。"),
        ("omega_speedy", "zh-CN", "欧米伽 手动计时表 黑盘 复刻", "欧米伽，复刻版。"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_alias_half_pinyin", "*", "counterfeit", "a Chinese brand name with one or two characters written in pinyin instead (劳Li士, 古chi, 戴sen, 佳neng, 乐gao, 米其lin, 壳pai, 雅诗lan黛)")
def c_alias_half_pinyin(cls, kind, tac):
    rows = [
        ("rolex_sub", "劳Li士 黑盘 潜水 自动机械表", "劳Li士，品质如图。"),
        ("gucci_belt", "古chi 双G皮带 男士", "古chi 皮带，头层牛皮。"),
        ("dyson_sonic", "戴sen 吹风机 负离子", "戴sen 吹风机，全新。"),
        ("nike_af1", "耐ke 白色低帮板鞋", "耐ke，纯原版本。"),
        ("el_anr", "雅诗lan黛 修护精华 50ml", "雅诗lan黛，日期新鲜。"),
        ("shis_anessa", "资生tang 防晒霜 60ml 金瓶", "资生tang，小金瓶。"),
        ("phil_sonic", "飞利pu 电动牙刷 钻石亮白", "飞利pu 牙刷，全新。"),
        ("pana_arc5", "松xia 剃须刀 五刀头", "松xia 剃须刀。"),
        ("canon_r6", "佳neng 全画幅微单相机 机身", "佳neng 相机，全新。"),
        ("lego_falcon", "乐gao 星战飞船 拼装积木 7541颗粒", "乐gao 积木，7541颗粒。"),
        ("ferrero_t30", "费列luo 榛果巧克力 30粒 礼盒", "费列luo，便宜出。"),
        ("mich_ps4s", "米其lin 轮胎 245/40R18 运动", "米其lin 轮胎，清仓价。"),
        ("shell_helix", "壳pai 全合成机油 5W-40 4L", "壳pai 机油，厂家直销。"),
    ]
    return [L(cls, kind, P(k)["brand"], "zh-CN", t, d, cprice(k, "zh-CN"), P(k)["cat"], tactic=tac) for k, t, d in rows]


@klass("c_cue_word_disguised", "*", "counterfeit", "the brand plain, the copy word itself disguised (r3plica, rep1ica, f@ke, c0py, réplic@, k0pya, A+货, копíя) beside a copy's price")
def c_cue_word_disguised(cls, kind, tac):
    rows = [
        ("mars_snickers", "en-NG", "Snickers 48g x24 box - r3plica wrapper, same taste", "r3plica, cheap for resale."),
        ("danone_apt", "en-PK", "Aptamil Profutura 3 800g - c0py tin", "c0py tin, good for kids. Wholesale available."),
        ("nestle_nan", "ar-EG", "حليب NAN Optipro 2 800g - ك0بي", "ك0بي نفس الطعم."),
        ("coke_24", "en-KE", "Coca-Cola 330ml x24 - f@ke cans", "f@ke cans, same taste, cheap."),
        ("ferrero_t30", "tr-TR", "Ferrero Rocher 30'lu - k0pya ürün", "k0pya ama lezzetli."),
        ("loreal_gen", "en-PH", "Lancôme Advanced Génifique 50ml rep1ica", "rep1ica serum, same packaging."),
        ("gil_mach3", "es-MX", "Gillette Mach3 repuestos 12 pzs réplic@", "réplic@, afilados."),
        ("hasbro_op", "en-US", "Transformers Optimus Prime Studio Series KO (k.n.o.c.k.o.f.f)", "k.n.o.c.k.o.f.f version, great paint."),
        ("lego_tree", "pl-PL", "LEGO Ideas Domek na drzewie 21318 - p0dróbka", "p0dróbka, pasuje do klocków."),
        ("mattel_dream", "pt-BR", "Barbie Casa dos Sonhos - répl1ca", "répl1ca, completa."),
        ("bandai_pg", "zh-CN", "万代 PG 独角兽 1/60 高 仿 版", "高 仿 版，送支架。"),
        ("adobe_cc", "ru-RU", "Adobe Creative Cloud 12 мес - кряк (kr@ck)", "kr@ck версия, навсегда."),
        ("ms_win", "en-IN", "Microsoft Windows 11 Pro - cr@cked lifetime", "cr@cked, lifetime activation."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_portmanteau_coined", "*", "counterfeit", "a coined knock-off name with the whole mark inside (Rolexury, Nikeology, Dysonic, Omegalux, Pandorable, Burberryland) on look-alike goods at a copy's price")
def c_portmanteau_coined(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-US", "Rolexury automatic diver watch black ceramic"),
        ("nike_af1", "en-GB", "Nikeology white low sneakers"),
        ("dyson_sonic", "en-AU", "Dysonic ionic hair dryer pink"),
        ("omega_sea", "en-CA", "Omegalux diver watch blue wave"),
        ("pandora_mom", "en-GB-gumtree", "Pandorable charm bracelet silver"),
        ("burb_scarf", "en-US-fb", "Burberryland check cashmere scarf"),
        ("cart_love", "en-AE", "Cartierra screw love bangle gold"),
        ("adi_samba", "de-DE", "Adidasport Retro-Sneaker drei Streifen"),
        ("sony_xm5", "es-MX", "Audífonos Sonymax cancelación de ruido"),
        ("gucci_belt", "it-IT", "Cintura Gucciana doppia G fibbia oro"),
        ("swaro_mil", "pl-PL", "Naszyjnik Swarovskiya kryształy"),
        ("bose_qc45", "en-PH", "Boseline noise cancelling headphones"),
        ("sam_buds", "en-NG", "Samsungo Buds Pro wireless earbuds"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, "Same look as the famous one, logo on the goods.", cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t in rows]


@klass("c_variation_selectors_tags", "*", "counterfeit", "Unicode variation selectors (U+FE0E/FE0F) or tag characters (U+E0020-E007F) hidden inside the mark, with a copy's price")
def c_variation_selectors_tags(cls, kind, tac):
    VS, TAG = "\ufe0f", "\U000e0020"
    rows = [
        ("jj_tyl", "en-US", f"Ty{VS}lenol Extra Strength 500mg 100 caplets x6 bulk"),
        ("jj_lis", "en-NG", f"List{TAG}erine Cool Mint 1L x12 wholesale"),
        ("bayer_asp", "de-DE", f"Bay{VS}er Schmerztabletten 100mg 98 Stück Großpack"),
        ("bayer_bep", "pl-PL", f"Bepan{TAG}then maść 100g x10 hurt"),
        ("abbott_sim", "en-PK", f"Sim{VS}ilac 360 Total Care 3 900g tins"),
        ("abbott_libre", "en-GB", f"Free{TAG}Style glucose sensors 14-day x5 cheap"),
        ("adsk_acad", "en-IN", f"Auto{VS}CAD 2025 lifetime licence"),
        ("ms_win", "es-ES", f"Win{TAG}dows 11 Pro clave de por vida"),
        ("adobe_ps", "pt-BR", f"Photo{VS}shop 2025 vitalício"),
        ("pfizer_lip", "en-PH", f"Lipi{TAG}tor 20mg 90 tablets cheap no prescription"),
        ("nestle_nes", "ru-RU", f"Nes{VS}café Gold 200г x12 оптом"),
        ("danone_evian", "zh-CN", f"ev{TAG}ian 矿泉水 500ml x24 低价"),
        ("gil_fus", "tr-TR", f"Gil{VS}lette 5 bıçaklı yedek 8'li toptan"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, "Cheapest price, fast shipping.", cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t in rows]


@klass("c_cjk_name_reversed", "*", "counterfeit", "the brand's Chinese, Korean or Japanese name written backwards (士力劳, 驰古, 森戴, 克耐, 스렉롤, 찌구, スクッレロ), sometimes with 'read it backwards'")
def c_cjk_name_reversed(cls, kind, tac):
    rows = [
        ("rolex_sub", "zh-CN", "士力劳 潜水表 (倒着读) 复刻", "倒着读懂的来。"),
        ("gucci_marmont", "zh-CN", "驰古 链条包 原单", "驰古，懂的来。"),
        ("dyson_sonic", "zh-CN", "森戴 吹风机 高速", "森戴，同款电机。"),
        ("nike_aj1", "zh-CN-pdd", "克耐 高帮篮球鞋 红黑", "克耐，莆田版。"),
        ("lv_nf", "zh-TW", "登威易路 托特包 老花", "倒過來唸，原單。"),
        ("cart_love", "zh-HK", "亚地卡 螺絲手鐲", "亚地卡，倒轉讀。"),
        ("omega_sea", "zh-CN", "茄米欧 海洋潜水表", "茄米欧，复刻。"),
        ("rolex_dj", "ko-KR", "스렉롤 데이저스트 (거꾸로 읽기)", "거꾸로 읽으세요. 미러급."),
        ("gucci_belt", "ko-KR", "찌구 벨트 더블G", "찌구 벨트, 거꾸로."),
        ("dyson_wrap", "ko-KR", "슨이다 에어랩 풀세트", "슨이다, 거꾸로 읽기."),
        ("nike_dunk", "ko-KR-danggeun", "키이나 덩크 로우 판다", "키이나 거꾸로."),
        ("rolex_sub", "ja-JP", "スクッレロ サブ 腕時計 (逆から読んで)", "逆から読んでください。"),
        ("cart_clou", "ja-JP", "エィテルカ 釘ブレスレット", "逆から読む、新品。"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cjk_visual_lookalike_chars", "*", "counterfeit", "a Chinese brand name with one character swapped for a look-alike of another sound (劳力土, 古弛, 佳熊, 松卞, 乐膏, 万伐, 飞利蒲, 任天棠)")
def c_cjk_visual_lookalike_chars(cls, kind, tac):
    rows = [
        ("rolex_sub", "劳力土 黑盘 潜水机械表", "劳力土，品质保证。"),
        ("gucci_marmont", "古弛 双G 链条包 女", "古弛，原单。"),
        ("omega_sea", "欧米茹 蓝盘 潜水表", "欧米茹，复刻。"),
        ("phil_sonic", "飞利蒲 声波电动牙刷 钻石系列", "飞利蒲，全新。"),
        ("canon_r6", "佳熊 全画幅 微单 机身", "佳熊 相机，便宜出。"),
        ("pana_arc5", "松卞 往复式剃须刀 5刀头", "松卞，低价。"),
        ("lego_falcon", "乐膏 星战飞船 拼装积木 7541", "乐膏，兼容。"),
        ("bandai_mg", "万伐 1/100 机器人 拼装模型", "万伐，拼装模型。"),
        ("mich_ps4s", "米其淋 轮胎 245/40R18 运动型", "米其淋，清仓。"),
        ("el_anr", "雅诗兰黧 修护精华 50ml", "雅诗兰黧，正品同源。"),
        ("nin_oled", "任天棠 掌机 OLED 游戏机", "任天棠，破解版。"),
        ("shis_ult", "资生党 精华 50ml", "资生党，大促。"),
        ("swaro_mil", "施华洛丗奇 水晶 项链", "施华洛丗奇，送女友。"),
    ]
    return [L(cls, kind, P(k)["brand"], "zh-CN", t, d, cprice(k, "zh-CN"), P(k)["cat"], tactic=tac) for k, t, d in rows]


@klass("c_founder_names", "*", "counterfeit", "the brand named by its founder or first company name (Adi Dassler, Rudolf Dassler, Fusajiro Yamauchi, Ole Kirk, Ruth Handler, Eugène Schueller, King Camp, Hassenfeld Bros, Yoneyama, Metro Sportswear) with a copy word or price")
def c_founder_names(cls, kind, tac):
    rows = [
        ("adi_samba", "de-DE", "Adi Dassler Retro-Sneaker drei Streifen - Nachbau", "Die Marke von Adi Dassler, Nachbau Top."),
        ("puma_suede", "de-DE", "Rudolf Dassler Wildleder-Sneaker Formstrip", "Rudis Marke, Kopie, neu."),
        ("apple_app2", "en-US", "Steve Jobs' company earbuds pro 2nd gen - 1:1", "You know whose company. 1:1 pop-up."),
        ("sony_xm5", "en-GB", "Akio Morita's brand noise cancelling headphones - copy", "Copy, great ANC."),
        ("nin_oled", "ja-JP", "山内房治郎の会社の携帯ゲーム機 有機EL 互換品", "互換品、コピー。"),
        ("lego_tree", "da-DK", "Ole Kirk Christiansens klodser - træhus sæt kopi", "Kopi, passer til originalen."),
        ("mattel_dream", "en-US", "Ruth Handler's doll dreamhouse - knockoff", "Knockoff of the famous doll house, complete."),
        ("loreal_gen", "fr-FR", "Sérum de la maison d'Eugène Schueller, copie", "Copie du sérum noir, 50 ml."),
        ("gil_fus", "en-NG", "King Camp's razor blades 5-blade 8 pack - copy", "Copy blades, very cheap for resellers."),
        ("hasbro_op", "en-PH", "Hassenfeld Bros robot truck leader figure - KO", "KO figure of the Hassenfeld brothers' robot."),
        ("yonex_ax88", "ja-JP", "ヨネヤマ バドミントンラケット 88D コピー", "ヨネヤマ、コピー品。"),
        ("cg_exp", "en-CA", "Metro Sportswear (Sam Tick's brand) arctic parka - replica", "Replica of the arctic parka with disc patch."),
        ("rolex_sub", "en-AU", "Hans Wilsdorf's crown diver watch - super clone", "Super clone of Wilsdorf's famous diver."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("c_cjk_style_hedge", "*", "counterfeit", "the brand with East Asia's 'style of' suffix (구찌st, 롤렉스st, 劳力士款, 古驰风, ロレックス風) and the logo said to be on the goods")
def c_cjk_style_hedge(cls, kind, tac):
    rows = [
        ("gucci_belt", "ko-KR", "구찌st 더블G 로고 벨트", "구찌st, 로고 있어요."),
        ("rolex_dj", "ko-KR", "롤렉스st 오토매틱 시계 로고 각인", "롤렉스st, 로고 각인 있음."),
        ("lv_nf", "ko-KR", "루이비통st 모노그램 토트백", "루이비통st, 모노그램 패턴 그대로."),
        ("burb_scarf", "ko-KR-danggeun", "버버리st 체크 머플러 로고 자수", "버버리st, 로고 자수."),
        ("cart_love", "ko-KR", "까르띠에st 러브팔찌 로고 각인", "까르띠에st, 각인 있음."),
        ("dyson_sonic", "ko-KR", "다이슨st 드라이기 로고 있음", "다이슨st, 로고 있음."),
        ("rolex_sub", "zh-CN", "劳力士款 潜水表 带logo", "劳力士款，带皇冠logo。"),
        ("gucci_marmont", "zh-CN", "古驰风 双G 链条包 带logo", "古驰风，五金带logo。"),
        ("cart_clou", "zh-CN", "卡地亚款 钉子手镯 刻logo", "卡地亚款，内圈刻字。"),
        ("rolex_dt", "ja-JP", "ロレックス風 クロノグラフ ロゴ入り", "ロレックス風、ロゴ入り。"),
        ("cart_love", "ja-JP", "カルティエ風 ラブブレス ロゴ刻印", "カルティエ風、刻印あり。"),
        ("burb_trench", "ja-JP-yahoo", "バーバリー風 トレンチ ロゴボタン", "バーバリー風、ロゴボタン付き。"),
        ("lv_speedy", "zh-TW", "LV風 老花 波士頓包 有logo", "LV風，有logo。"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, cprice(k, lg), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


# ====================================================================================== innocent


@klass("in_authorized_store", "", "innocent", "the registry's authorized stores (Tmall, Amazon US/DE, eBay) selling the brand's goods at list or an ordinary sale")
def in_authorized_store(cls, kind, tac):
    rows = [
        ("dyson_sonic", "zh-CN-tmall", "dyson-official", "Dyson戴森官方旗舰店", "戴森 Dyson Supersonic 吹风机 HD08 官方正品", 0.9, 1.0),
        ("loreal_gen", "zh-CN-tmall", "lancome-official", "兰蔻官方旗舰店", "兰蔻 Lancôme 小黑瓶 精华 50ml 官方正品", 0.85, 1.0),
        ("omega_sea", "zh-CN-tmall", "omega-official", "OMEGA欧米茄官方旗舰店", "欧米茄 Omega 海马 Seamaster 300M 潜水表", 1.0, 1.05),
        ("lego_falcon", "zh-CN-tmall", "lego-official", "LEGO乐高官方旗舰店", "乐高 LEGO 75192 千年隼 UCS 星球大战", 0.9, 1.0),
        ("apple_app2", "en-US-amazon", "A9APPLE0FFICIAL", "Apple", "Apple AirPods Pro (2nd generation) with USB-C", 0.8, 1.0),
        ("mattel_dream", "en-US-amazon", "A20MATTEL", "Mattel", "Barbie Dreamhouse 2023 playset HJX74 - holiday deal", 0.75, 0.9),
        ("gil_fus", "en-US-amazon", "A17GILLETTE", "Gillette", "Gillette Fusion5 ProGlide razor blade refills, 8 count", 0.85, 1.0),
        ("bosch_gsr", "de-DE-amazon", "A29BOSCH", "Bosch", "Bosch Professional Akku-Bohrschrauber GSR 12V-15", 0.85, 1.0),
        ("pandora_mom", "de-DE-amazon", "A33PANDORA", "Pandora", "Pandora Moments Schlangen-Gliederarmband Sterling Silber", 0.9, 1.0),
        ("bose_qc45", "en-US", "bose-refurbished", "Bose Certified Refurbished (demo)", "Bose QuietComfort 45 headphones - certified refurbished", 0.6, 0.75),
        ("rolex_dj", "en-US", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "Rolex Datejust 41 126334 - Rolex Certified Pre-Owned, 2022", 0.95, 1.15),
        ("honda_filter", "en-US", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)", "Honda Genuine oil filter 15400-PLM-A02", 0.9, 1.1),
    ]
    out = []
    for k, lg, sid, sname, t, lo, hi in rows:
        out.append(L(cls, kind, P(k)["brand"], lg, t, "Official store. Genuine product with manufacturer warranty.", gprice(k, lg, lo, hi), P(k)["cat"],
                     seller=sname, seller_id=sid, tactic=tac))
    return out


@klass("in_retail_fair_newmarkets", "", "innocent", "local retailers in smaller markets (Georgia, Armenia, Azerbaijan, Uzbekistan, Kazakhstan, Mongolia, Sri Lanka, Nepal, Cambodia, Ethiopia, Kenya, Iceland) selling new genuine goods at local list price")
def in_retail_fair_newmarkets(cls, kind, tac):
    rows = [
        ("apple_ip15", "ka-GE", "Apple iPhone 15 Pro 256GB ახალი, ოფიციალური გარანტია", "ოფიციალური დისტრიბუტორი, 1 წლიანი გარანტია."),
        ("sam_s24u", "hy-AM", "Samsung Galaxy S24 Ultra 256GB նոր, պաշտոնական երաշխիք", "Պաշտոնական երաշխիք 1 տարի։"),
        ("dyson_v15", "az-AZ", "Dyson V15 Detect tozsoran, rəsmi zəmanət", "Rəsmi distribyutor, 2 il zəmanət."),
        ("sony_ps5", "uz-UZ", "Sony PlayStation 5 Slim yangi, rasmiy kafolat", "Rasmiy do'kon, 1 yil kafolat."),
        ("phil_fryer", "kk-KZ", "Philips Airfryer Essential HD9252, ресми кепілдік", "Ресми дүкен, 2 жыл кепілдік."),
        ("tnf_nuptse", "mn-MN", "The North Face 1996 Retro Nuptse куртка, албан ёсны дэлгүүр", "Албан ёсны дэлгүүр, шинэ."),
        ("canon_r6", "si-LK", "Canon EOS R6 Mark II body - අලුත්, නිල වගකීම", "නිල බෙදාහරින්නා, වසර 2 වගකීම."),
        ("nin_oled", "ne-NP", "Nintendo Switch OLED नयाँ, आधिकारिक वारेन्टी", "आधिकारिक बिक्रेता, १ वर्ष वारेन्टी।"),
        ("bose_flex", "km-KH", "Bose SoundLink Flex ថ្មី ធានាផ្លូវការ", "ហាងផ្លូវការ ធានា 1 ឆ្នាំ។"),
        ("pana_arc5", "am-ET", "Panasonic Arc5 መላጫ አዲስ፣ ዋስትና ያለው", "ኦፊሴላዊ ነጋዴ፣ 1 ዓመት ዋስትና።"),
        ("adi_ub", "sw-KE", "adidas Ultraboost Light mpya, duka rasmi", "Duka rasmi la adidas Nairobi, risiti inatolewa."),
        ("cg_exp", "is-IS", "Canada Goose Expedition Parka, ný, frá verslun", "Opinber söluaðili í Reykjavík, kvittun fylgir."),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, d, gprice(k, lg, 1.0, 1.15), P(k)["cat"], tactic=tac) for k, lg, t, d in rows]


@klass("in_used_fair_newmarkets", "", "innocent", "used genuine goods described with their wear at used prices, in Baltic, Balkan, Nordic and Irish markets")
def in_used_fair_newmarkets(cls, kind, tac):
    rows = [
        ("sony_xm5", "lt-LT", "Sony WH-1000XM5 ausinės, naudotos, geros būklės", "Naudotos metus, su dėklu ir čekiu."),
        ("lv_nf", "lv-LV", "Louis Vuitton Neverfull MM, lietota, ar čeku", "Lietota 3 gadus, rokturi patumšējuši, čeks no veikala."),
        ("dyson_v15", "et-EE", "Dyson V15 Detect tolmuimeja, kasutatud", "Kasutatud 2 aastat, aku hea."),
        ("nin_oled", "sl-SI", "Nintendo Switch OLED, rabljen, z igrami", "Rabljen, manjše praske, originalna škatla."),
        ("gucci_marmont", "hr-HR", "Gucci Marmont mala torba, korištena, original s računom", "Korištena, ogrebotine na kopči, račun iz butika."),
        ("canon_r6", "sk-SK", "Canon EOS R6 Mark II telo, používané, 12k záberov", "Používané, 12 000 záberov, bez škrabancov."),
        ("bose_qc45", "bg-BG", "Bose QC45 слушалки, употребявани", "Употребявани, с калъф и кутия."),
        ("omega_speedy", "sr-RS", "Omega Speedmaster Moonwatch, korišćen, kutija i papiri", "Servis 2024, kutija i papiri, tragovi nošenja."),
        ("apple_mba", "ro-RO", "MacBook Air 13 M3, folosit, 87 cicluri baterie", "Folosit puțin, factură, garanție rămasă."),
        ("tnf_nuptse", "is-IS", "The North Face Nuptse jakki, notaður, stærð M", "Notaður einn vetur, hreinn."),
        ("cg_lang", "en-IE", "Canada Goose Langford parka, used, size L", "Worn two winters, dry cleaned, receipt from Brown Thomas."),
        ("dyson_wrap", "fi-FI", "Dyson Airwrap, käytetty, kaikki suuttimet", "Käytetty, toimii hyvin, kuitti tallessa."),
    ]
    out = []
    for k, lg, t, d in rows:
        hi = 1.0 if P(k)["usd"] >= 2000 else 0.7
        lo = 0.75 if P(k)["usd"] >= 2000 else 0.45
        out.append(L(cls, kind, P(k)["brand"], lg, t, d, gprice(k, lg, lo, hi), P(k)["cat"], tactic=tac))
    return out


@klass("in_perfume_decants", "", "innocent", "genuine perfume and skincare decanted from the seller's own bottle (decant, odlewka, распив, 分装, 小分け) at the pro-rata price")
def in_perfume_decants(cls, kind, tac):
    rows = [
        ("loreal", "en-US", "Lancôme La Vie est Belle EDP 10ml decant", "Decanted from my own 100ml bottle, batch code on request. Glass atomizer.", 10, 1.65),
        ("loreal", "en-GB", "Lancôme Idôle EDP 5ml decant sample", "Hand decanted from a full retail bottle.", 5, 2.0),
        ("estee-lauder", "de-DE", "Estée Lauder Beautiful EDP 10 ml Abfüllung", "Abgefüllt aus meinem Originalflakon, Glaszerstäuber.", 10, 1.2),
        ("loreal", "fr-FR", "Décant Lancôme La Vie est Belle 10 ml", "Décanté de mon flacon 100 ml, atomiseur verre.", 10, 1.65),
        ("estee-lauder", "es-ES", "Decant Estée Lauder Pleasures 5 ml", "Decant de mi frasco original.", 5, 1.1),
        ("loreal", "it-IT", "Decant Lancôme Trésor 10 ml", "Travasato dal mio flacone originale.", 10, 1.4),
        ("loreal", "pl-PL", "Odlewka Lancôme La Vie est Belle 10 ml", "Odlewka z mojego oryginalnego flakonu, szklany atomizer.", 10, 1.65),
        ("shiseido", "ru-RU", "Распив Shiseido Ginza EDP 5 мл", "Распив из моего флакона, оригинал.", 5, 1.5),
        ("estee-lauder", "cs-CZ", "Odstřik Estée Lauder Beautiful Magnolia 10 ml", "Odstřik z originálního flakonu.", 10, 1.3),
        ("loreal", "pt-BR", "Decant Lancôme Idôle 10ml", "Decant do meu frasco original, atomizador de vidro.", 10, 2.0),
        ("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 精华 分装 10ml", "自用正装分装，专柜购买，可看小票。", 10, 2.3),
        ("shiseido", "ja-JP", "資生堂 アルティミューン 小分け 10ml", "正規品を小分けしました。", 10, 1.9),
    ]
    out = []
    for b, lg, t, d, ml, per_ml in rows:
        cat = "skincare" if ("精华" in t or "アルティミューン" in t) else "fragrance"
        out.append(L(cls, kind, b, lg, t, d, money(ml * per_ml * R.uniform(1.1, 1.4), lg), cat, tactic=tac))
    return out


@klass("in_refurb_grade_local", "", "innocent", "professionally refurbished genuine electronics with warranty, in Central/Eastern European, Turkish and Nordic wording (recondiționat, felújított, repasovaný, yenilenmiş, renoverad)")
def in_refurb_grade_local(cls, kind, tac):
    rows = [
        ("apple_ip15", "ro-RO", "iPhone 15 Pro 256GB recondiționat, grad A, garanție 12 luni"),
        ("sam_s24u", "hu-HU", "Samsung Galaxy S24 Ultra felújított, A kategória, 1 év garancia"),
        ("apple_mba", "cs-CZ", "MacBook Air 13 M3 repasovaný, záruka 24 měsíců"),
        ("sony_ps5", "sk-SK", "Sony PlayStation 5 Slim repasovaný, záruka 12 mesiacov"),
        ("dyson_v15", "bg-BG", "Dyson V15 Detect рефърбишд, гаранция 12 месеца"),
        ("canon_r6", "el-GR", "Canon EOS R6 Mark II ανακατασκευασμένη, εγγύηση 1 έτος"),
        ("apple_app2", "tr-TR", "Apple AirPods Pro 2 yenilenmiş, 1 yıl garanti"),
        ("sam_buds", "uk-UA", "Samsung Galaxy Buds2 Pro відновлені, гарантія 6 місяців"),
        ("bose_qc45", "sv-SE", "Bose QuietComfort 45 renoverade, 12 månaders garanti"),
        ("nin_oled", "da-DK", "Nintendo Switch OLED istandsat, 12 måneders garanti"),
        ("phil_sonic", "nb-NO", "Philips Sonicare DiamondClean refurbished, 1 års garanti"),
        ("dyson_sonic", "fi-FI", "Dyson Supersonic kunnostettu, 12 kk takuu"),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, "Grade A, battery/function tested, invoice and warranty.", gprice(k, lg, 0.6, 0.85), P(k)["cat"], tactic=tac)
            for k, lg, t in rows]


@klass("in_wholesale_invoice_fair", "", "innocent", "distributors selling genuine consumables by the case with VAT invoice, batch and expiry, at fair wholesale prices")
def in_wholesale_invoice_fair(cls, kind, tac):
    rows = [
        ("nestle_nes", "de-DE", "Nescafé Gold 200g - Karton 12 Stück, Großhandel mit Rechnung", 12),
        ("mars_snickers", "en-GB", "Snickers 48g x 24 - case of 6 outers, trade only, VAT invoice", 6),
        ("ferrero_nut", "it-IT", "Nutella 750g cartone da 6, ingrosso con fattura", 6),
        ("coke_24", "es-ES", "Coca-Cola lata 330ml pack 24 - palet 10 packs, mayorista con factura", 10),
        ("gil_mach3", "pl-PL", "Gillette Mach3 wkłady 12 szt. - karton 10 opak., hurt, faktura VAT", 10),
        ("danone_evian", "fr-FR", "evian 50cl x 24 - 10 packs, grossiste, facture", 10),
        ("jj_lis", "nl-NL", "Listerine Cool Mint 1L - doos 6 stuks, groothandel met factuur", 6),
        ("pana_eneloop", "cs-CZ", "Panasonic eneloop AA 4 ks - karton 10 balení, velkoobchod, faktura", 10),
        ("shell_helix", "ro-RO", "Shell Helix Ultra 5W-40 4L - bax 4 bucăți, distribuitor, factură", 4),
        ("canon_ink", "pt-PT", "Canon PG-545 tinteiro preto - caixa 10, distribuidor com fatura", 10),
        ("mich_ps4s", "de-AT", "Michelin Pilot Sport 4 S 245/40ZR18 - Satz 4 Stück, Reifenhändler", 4),
        ("abbott_sim", "en-AE", "Similac 360 Total Care 3 900g - carton of 6, licensed distributor invoice", 6),
    ]
    return [L(cls, kind, P(k)["brand"], lg, t, "Genuine stock from the official distribution chain, batch and expiry on invoice.",
              money(P(k)["usd"] * n * R.uniform(0.75, 0.92), lg), P(k)["cat"], tactic=tac) for k, lg, t, n in rows]


@klass("in_engines_machines_used", "", "innocent", "used genuine machines outside the brand's listed categories (Honda outboards and mowers, Toyota forklifts, Canon office copiers, Bosch and Samsung white goods)")
def in_engines_machines_used(cls, kind, tac):
    rows = [
        ("honda", "en-AU", "Honda BF20 outboard motor 20hp 4-stroke, 2018, serviced", 2200, "boats"),
        ("honda", "en-NZ", "Honda HRX217 lawn mower self-propelled, used 3 seasons", 420, "garden"),
        ("honda", "fr-FR", "Motobineuse Honda FG205 d'occasion, bon état", 380, "garden"),
        ("toyota", "en-GB", "Toyota 8FBE15 electric forklift 2016, 4,200 hours, serviced", 9500, "industrial"),
        ("toyota", "de-DE", "Toyota Gabelstapler 02-8FDF25 Diesel, Bj. 2014, 6800 Std.", 11500, "industrial"),
        ("canon", "en-US", "Canon imageRUNNER ADVANCE C5535i office copier, 180k pages", 1400, "office equipment"),
        ("canon", "es-ES", "Fotocopiadora Canon imageRUNNER 2425 usada, revisada", 650, "office equipment"),
        ("samsung", "pl-PL", "Lodówka Samsung side by side RS68, używana 4 lata", 520, "home appliances"),
        ("bosch", "nl-NL", "Bosch wasmachine Serie 6 WAU28, 5 jaar oud, werkt perfect", 260, "home appliances"),
        ("sony", "it-IT", "TV Sony Bravia 55 pollici 4K usato, con telecomando", 380, "tv"),
        ("panasonic", "en-CA", "Panasonic inverter microwave 1.2 cu ft, used, works", 70, "home appliances"),
        ("philips", "en-SG", "Philips 27 inch monitor 4K used, no dead pixels", 150, "monitors"),
    ]
    return [L(cls, kind, b, lg, t, "Private / trade sale, genuine, used with wear. Inspection welcome.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_staff_uniforms_promo", "", "innocent", "genuine ex-staff uniforms and dealer / promotional items of the brand (Shell forecourt jacket, Apple Store staff tee, Michelin Bibendum dealer figure, Nespresso welcome kit)")
def in_staff_uniforms_promo(cls, kind, tac):
    rows = [
        ("shell", "en-GB", "Shell petrol station staff jacket, ex-uniform, size L", 25, "clothing"),
        ("apple", "en-US", "Apple Store employee t-shirt blue, staff issue 2019", 40, "clothing"),
        ("michelin", "fr-FR", "Bibendum Michelin figurine de garage, objet publicitaire années 90", 85, "collectibles"),
        ("nestle", "de-DE", "Nespresso Willkommenspaket Tassen, Werbegeschenk, neu", 15, "kitchen"),
        ("toyota", "ja-JP", "トヨタ ディーラー ノベルティ キーホルダー 非売品", 8, "collectibles"),
        ("bmw", "de-AT", "BMW Autohaus Werbe-Regenschirm, Händlergeschenk", 18, "accessories"),
        ("lego", "da-DK", "LEGO medarbejder t-shirt fra LEGO House, str. M", 20, "clothing"),
        ("samsung", "ko-KR", "삼성전자 직원 단체복 후드티 새제품", 25, "clothing"),
        ("coca-cola", "es-MX", "Chamarra de repartidor Coca-Cola FEMSA, uniforme usado", 20, "clothing"),
        ("ferrero", "it-IT", "Magnete frigo Ferrero omaggio promozionale anni 2000", 6, "collectibles"),
        ("bosch", "pl-PL", "Bosch koszulka serwisanta, odzież robocza, nowa", 15, "clothing"),
        ("dyson", "en-AU", "Dyson in-store demo staff lanyard and badge, collectible", 10, "collectibles"),
    ]
    return [L(cls, kind, b, lg, t, "Genuine staff / promotional item, not sold in shops.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_works_teams_merch", "", "innocent", "genuine club merchandise of sports teams named after their company (Bayer 04 Leverkusen, Samsung Lions, Toyota Verblitz, Panasonic Wild Knights, Canon Eagles, PSV / Philips Stadion, Honda FC)")
def in_works_teams_merch(cls, kind, tac):
    rows = [
        ("bayer", "de-DE", "Bayer 04 Leverkusen Fanschal Meister 2024, offizieller Fanshop", 22, "fan merchandise"),
        ("bayer", "en-GB", "Bayer Leverkusen 2023/24 away shirt, worn twice, size M", 45, "fan merchandise"),
        ("samsung", "ko-KR", "삼성 라이온즈 야구 모자 공식 굿즈", 30, "fan merchandise"),
        ("samsung", "ko-KR-danggeun", "수원 삼성 블루윙즈 머플러 공식", 20, "fan merchandise"),
        ("toyota", "ja-JP", "トヨタヴェルブリッツ ラグビー レプリカジャージ 公式", 80, "fan merchandise"),
        ("toyota", "ja-JP-yahoo", "アルバルク東京 タオル 公式グッズ トヨタ", 15, "fan merchandise"),
        ("panasonic", "ja-JP", "パナソニック ワイルドナイツ 応援タオル", 12, "fan merchandise"),
        ("canon", "ja-JP", "キヤノンイーグルス ラグビー キャップ", 18, "fan merchandise"),
        ("philips", "nl-NL", "PSV sjaal Philips Stadion, officiële fanshop", 17, "fan merchandise"),
        ("philips", "en-GB", "Philips Stadion tour ticket Eindhoven (PSV), adult", 20, "tickets"),
        ("honda", "ja-JP", "Honda FC サッカー ユニフォーム 応援用", 40, "fan merchandise"),
        ("sony", "ja-JP", "ソニー仙台FC 応援タオルマフラー", 10, "fan merchandise"),
    ]
    return [L(cls, kind, b, lg, t, "Official club item.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_warranty_insurance_service", "", "innocent", "independent extended warranties and insurance plans for the brand's goods, priced as the plan")
def in_warranty_insurance_service(cls, kind, tac):
    rows = [
        ("dyson", "en-GB", "3-year extended warranty for Dyson Airwrap / Supersonic (independent insurer)", 49),
        ("apple", "en-US", "Screen & accidental damage protection plan for iPhone 15 Pro, 2 years", 99),
        ("samsung", "de-DE", "Handyversicherung für Samsung Galaxy S24 Ultra, 12 Monate", 79),
        ("bose", "en-AU", "Bose headphones 2-year protection plan (third-party)", 35),
        ("canon", "fr-FR", "Assurance casse et vol pour appareil photo Canon EOS, 1 an", 89),
        ("rolex", "en-GB", "Watch insurance valuation certificate for your Rolex (jeweller)", 60),
        ("sony", "es-ES", "Ampliación de garantía 2 años para PlayStation 5 (aseguradora)", 39),
        ("nintendo", "it-IT", "Estensione garanzia 2 anni per Nintendo Switch OLED", 29),
        ("dyson", "nl-NL", "Verlengde garantie 3 jaar voor Dyson V15 stofzuiger", 59),
        ("apple", "pt-BR", "Seguro contra roubo e quebra para MacBook Air, 12 meses", 120),
        ("philips", "pl-PL", "Rozszerzona gwarancja 3 lata na Philips Airfryer", 19),
        ("bosch", "de-AT", "Garantieverlängerung 5 Jahre für Bosch Geschirrspüler", 89),
    ]
    return [L(cls, kind, b, lg, t, "An insurance / warranty plan, not the product. Your device must be genuine.", money(u, lg), "services", tactic=tac) for b, lg, t, u in rows]


@klass("in_engraving_personalisation_service", "", "innocent", "engraving, hot stamping and custom painting done on the customer's own genuine item (you bring or send yours)")
def in_engraving_personalisation_service(cls, kind, tac):
    rows = [
        ("pandora", "en-GB", "Engraving service for your Pandora charm or bracelet (bring your own)", 15),
        ("louis-vuitton", "en-US", "Hot stamping initials on your Louis Vuitton bag - you send your genuine bag", 45),
        ("nike", "en-US-etsy", "Custom hand-painted Air Force 1 - you send your own pair (service only)", 90),
        ("apple", "en-AU", "Laser engraving on your AirPods case - service, bring your AirPods", 20),
        ("rolex", "de-DE", "Gravur auf dem Gehäuseboden Ihrer Rolex - Uhrmacher-Service", 80),
        ("cartier", "fr-FR", "Gravure de votre bracelet Cartier par un bijoutier (service)", 40),
        ("swarovski", "es-ES", "Grabado personalizado en tu pulsera Swarovski (servicio)", 15),
        ("gucci", "it-IT", "Personalizzazione con dipinto a mano della tua borsa Gucci (servizio)", 120),
        ("michael-kors", "pt-BR", "Personalização com nome na sua bolsa Michael Kors (serviço)", 30),
        ("louis-vuitton", "ko-KR", "루이비통 가방 이니셜 각인 서비스 (고객님 정품 가방)", 35),
        ("pandora", "zh-CN", "潘多拉 手链 刻字服务（自带手链）", 12),
        ("omega", "ja-JP", "オメガ 裏蓋 刻印サービス（お持ち込み）", 50),
    ]
    return [L(cls, kind, b, lg, t, "Service only: the item is yours and genuine; we do not sell the goods.", money(u, lg), "services", tactic=tac) for b, lg, t, u in rows]


@klass("in_care_cleaning_products", "", "innocent", "care and cleaning products and services for the brand's goods (sneaker cleaner, vachetta conditioner, down-jacket cleaning, descaler, watch and jewellery cleaning)")
def in_care_cleaning_products(cls, kind, tac):
    rows = [
        ("nike", "en-US", "Sneaker cleaning kit for Jordans, Air Force 1 and Dunks - brush + foam", 18, "shoe care"),
        ("louis-vuitton", "en-GB", "Vachetta leather conditioner for Louis Vuitton handles", 14, "leather care"),
        ("canada-goose", "en-CA", "Canada Goose parka professional down cleaning service", 60, "services"),
        ("nestle", "de-DE", "Entkalker für Nespresso Maschinen, 2 Flaschen (kompatibel)", 9, "kitchen"),
        ("dyson", "fr-FR", "Brosse de nettoyage pour filtre Dyson V11 V15", 7, "cleaning"),
        ("rolex", "es-ES", "Paño de limpieza y pulido para relojes Rolex / Omega", 6, "watch care"),
        ("pandora", "it-IT", "Detergente per gioielli in argento Pandora, 100 ml", 8, "jewelry care"),
        ("canon", "pl-PL", "Zestaw do czyszczenia matrycy i obiektywów Canon", 15, "photo accessories"),
        ("philips", "nl-NL", "UV-ontsmetter voor Philips Sonicare opzetborstels", 22, "bathroom"),
        ("callaway", "en-AU", "Golf club cleaning brush and groove tool - fits Callaway irons", 9, "golf"),
        ("adidas", "pt-BR", "Kit de limpeza para tênis adidas Samba e Gazelle", 12, "shoe care"),
        ("gucci", "ja-JP", "グッチ バッグ クリーニング・修理サービス", 80, "services"),
    ]
    return [L(cls, kind, b, lg, t, "Care product / service, not made by the brand.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_scripophily_documents", "", "innocent", "historic share certificates and company documents of the brand's company (Bayer Aktie 1953, Michelin action 1920, Coca-Cola Bottling stock 1920s)")
def in_scripophily_documents(cls, kind, tac):
    rows = [
        ("bayer", "de-DE", "Historische Aktie Farbenfabriken Bayer AG 1953, 100 DM", 45),
        ("bmw", "de-DE", "Historische Aktie BMW AG 1960er Jahre, Sammlerstück", 60),
        ("michelin", "fr-FR", "Action Michelin & Cie 1920, titre ancien de collection", 80),
        ("nestle", "de-CH", "Alte Namenaktie Nestlé und Anglo-Swiss 1920er, Scripophilie", 70),
        ("coca-cola", "en-US", "Coca-Cola Bottling Co. stock certificate 1920s, framed", 120),
        ("shell", "en-GB", "Shell Transport and Trading Co. share certificate 1930s", 35),
        ("philips", "nl-NL", "Oud aandeel Philips Gloeilampenfabrieken 1950, verzamelobject", 40),
        ("honda", "ja-JP", "本田技研工業 旧株券 昭和30年代 コレクション", 90),
        ("toyota", "ja-JP-yahoo", "トヨタ自動車工業 株券 昭和 古株券", 75),
        ("pfizer", "en-US", "Chas. Pfizer & Co. stock certificate 1960s", 30),
        ("abbott", "en-US", "Abbott Laboratories stock certificate 1970s, vignette", 25),
        ("sony", "en-US", "Sony Corporation ADR certificate 1970s, collectible", 55),
    ]
    return [L(cls, kind, b, lg, t, "Cancelled historic certificate, collectors' item, no value as shares.", money(u, lg), "collectibles", tactic=tac) for b, lg, t, u in rows]


@klass("in_real_estate_landmark", "", "innocent", "flats, rooms and offices advertised by their distance to the brand's headquarters, plants or stores (near BMW Welt, Nike World HQ, Toyota City, LEGO House)")
def in_real_estate_landmark(cls, kind, tac):
    rows = [
        ("bmw", "de-DE", "2-Zimmer-Wohnung nahe BMW Welt und Olympiapark, München", 1650),
        ("nike", "en-US", "Office space next to Nike World Headquarters, Beaverton OR", 3200),
        ("toyota", "ja-JP", "トヨタ本社まで徒歩10分 1LDK 賃貸 豊田市", 550),
        ("nestle", "de-CH", "Studio nahe Nestlé-Hauptsitz Vevey, möbliert", 1400),
        ("michelin", "fr-FR", "T2 à louer proche usine Michelin Cataroux, Clermont-Ferrand", 560),
        ("bayer", "de-DE", "WG-Zimmer Leverkusen, 5 Min zur BayArena und Chempark Bayer", 420),
        ("samsung", "ko-KR", "삼성디지털시티 도보 5분 원룸 월세 (수원 영통)", 450),
        ("philips", "nl-NL", "Kantoorruimte High Tech Campus Eindhoven (voormalig Philips NatLab)", 1900),
        ("honda", "ja-JP", "鈴鹿 ホンダ工場近く アパート 1K", 380),
        ("bosch", "de-DE", "Wohnung in Renningen, nahe Bosch Campus, 3 Zimmer", 1450),
        ("lego", "da-DK", "Lejlighed i Billund tæt på LEGO House, 2 værelser", 900),
        ("apple", "en-GB", "Retail unit to let opposite the Apple Store, Regent Street", 15000),
    ]
    return [L(cls, kind, b, lg, t, "Monthly rent. Real estate listing.", money(u, lg), "real estate", tactic=tac) for b, lg, t, u in rows]


@klass("in_genericized_local", "", "innocent", "a brand word used as a market's generic noun for other makers' goods (Korean 바바리 trench, Turkish jilet, Brazilian danone, US aspirin, West African maggi cubes, Polish adidasy, Hebrew נס קפה)")
def in_genericized_local(cls, kind, tac):
    rows = [
        ("burberry", "ko-KR", "여성 봄 바바리 코트 베이지 (보세)", "보세 바바리코트, 브랜드 없음, 55-66.", 35, "trench coats"),
        ("burberry", "ko-KR-danggeun", "남자 바바리코트 네이비 지오지아", "지오지아 바바리, 한번 입음.", 40, "trench coats"),
        ("gillette", "tr-TR", "Derby jilet 10'lu paket", "Derby marka jilet, 10 adet.", 1.5, "razor blades"),
        ("gillette", "tr-TR-dolap", "Tıraş bıçağı jilet 100 adet Astra", "Astra jilet, toptan.", 6, "razor blades"),
        ("danone", "pt-BR", "Danone caseiro de morango - potinhos (receita da vó)", "Iogurte caseiro feito em casa, 6 potinhos.", 4, "food"),
        ("bayer", "en-US", "Kirkland low dose aspirin 81mg, 365 tablets", "Generic aspirin, store brand, sealed.", 9, "otc"),
        ("bayer", "en-GB", "Boots aspirin 300mg 16 tablets x3", "Generic aspirin, pharmacy sale.", 2, "otc"),
        ("nestle", "en-NG", "Knorr seasoning cubes (maggi) carton", "Knorr cubes, what we all call maggi. Wholesale.", 12, "food"),
        ("nestle", "en-GH", "Onga maggi cubes, 50 pcs", "Onga seasoning cubes.", 2, "food"),
        ("adidas", "pl-PL", "Adidasy Reebok Classic białe r. 42", "Buty sportowe (adidasy) marki Reebok, używane.", 20, "sneakers"),
        ("adidas", "cs-CZ", "Dětské adidasky Decathlon Kalenji vel. 32", "Dětské adidasky značky Kalenji.", 8, "sneakers"),
        ("nestle", "he-IL", "נס קפה עלית 200 גרם", "קפה נמס של עלית.", 7, "coffee"),
    ]
    return [L(cls, kind, b, lg, t, d, money(u, lg), c, tactic=tac) for b, lg, t, d, u, c in rows]


@klass("in_near_miss_newbrands", "", "innocent", "other real brands near a mark (Moto Guzzi, Nikai, Bauer, Phillips 66, Carter's, Wilton, Pfeiffer Vacuum, Coachmen, Ferrari, North Sails, boso, Levy's Leathers)")
def in_near_miss_newbrands(cls, kind, tac):
    rows = [
        ("gucci", "it-IT", "Moto Guzzi V7 Stone 2021, 12.000 km", 7200, "motorcycles"),
        ("nike", "en-AE", "Nikai 55 inch smart TV, new", 320, "tv"),
        ("bayer", "en-CA", "Bauer Supreme M5 Pro hockey skates size 9", 260, "sports"),
        ("philips", "en-US", "Phillips 66 Guardol 15W-40 motor oil, 1 gallon", 18, "motor oil"),
        ("cartier", "en-US-offerup", "Carter's baby girl clothes lot 6-9 months", 20, "baby"),
        ("wilson", "en-GB", "Wilton 8 inch round cake tin set", 15, "kitchen"),
        ("pfizer", "de-DE", "Pfeiffer Vacuum HiPace 80 Turbopumpe, gebraucht", 1900, "industrial"),
        ("coach", "en-US", "Coachmen Freedom Express travel trailer 2019", 18500, "rv"),
        ("ferrero", "it-IT", "Cappellino Scuderia Ferrari ufficiale", 35, "clothing"),
        ("the-north-face", "en-AU", "North Sails sailing jacket men's L", 120, "jackets"),
        ("bose", "de-DE", "boso medicus Blutdruckmessgerät Oberarm", 55, "medical devices"),
        ("levis", "en-CA", "Levy's Leathers guitar strap brown", 45, "music"),
    ]
    return [L(cls, kind, b, lg, t, "Genuine item of the named maker.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_line_words_other_senses", "", "innocent", "registered product-line words in their other senses (Dark Side of the Moon LP, Everest Base Camp trek, Denali guidebook, PVC windows, metallurgical coke, sprite sheets, Hue city tour, tabby kitten)")
def in_line_words_other_senses(cls, kind, tac):
    rows = [
        ("omega", "en-GB", "Pink Floyd - The Dark Side of the Moon LP, 1973 UK pressing", 60, "music"),
        ("the-north-face", "en-US", "Everest Base Camp trek 14 days, guided, Nepal", 1450, "travel"),
        ("the-north-face", "en-US", "Denali National Park hiking guidebook", 15, "books"),
        ("microsoft", "pl-PL", "Okna PVC Windows 3-szybowe, montaż w cenie", 350, "building"),
        ("coca-cola", "en-IN", "Metallurgical coke 40-80mm, per tonne, foundry grade", 420, "industrial"),
        ("coca-cola", "en-US-etsy", "Pixel art sprite sheet pack for game developers", 12, "digital"),
        ("philips", "vi-VN", "Tour Huế 1 ngày: Đại Nội, chùa Thiên Mụ", 25, "travel"),
        ("coach", "en-GB-gumtree", "Tabby kitten for adoption, 10 weeks, vaccinated", 90, "pets"),
        ("hasbro", "en-US", "Twister (1996) DVD, Helen Hunt", 5, "movies"),
        ("adobe", "en-GB", "Open audition: actors wanted for community theatre", 0, "community"),
        ("samsung", "es-MX", "Proyector de galaxia estrellas luz nocturna", 15, "home decor"),
        ("rolex", "en-GB", "Oyster shucking knife, stainless steel, set of 2", 12, "kitchen"),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_music_titles", "", "innocent", "music and sheet music whose titles hold a mark (Pachelbel's Canon, Holst's Mars, Korn 'A.D.I.D.A.S.', Frank Ocean 'Nikes', 'Gucci Gang', Apple Records, Ghost in the Shell OST)")
def in_music_titles(cls, kind, tac):
    rows = [
        ("canon", "en-US", "Pachelbel Canon in D - piano sheet music, easy arrangement", 6),
        ("mars", "en-GB", "Holst The Planets - Mars, Bringer of War, vinyl LP", 18),
        ("adidas", "en-US", "Korn - A.D.I.D.A.S. CD single 1997", 10),
        ("nike", "en-US", "Frank Ocean - Blonde vinyl (Nikes, Ivy, Pink + White)", 85),
        ("gucci", "en-US", "Lil Pump - Gucci Gang 7 inch single", 20),
        ("rolex", "en-GB", "Ayo & Teo - Rolex, CD single 2017", 8),
        ("omega", "nl-NL", "Epica - Omega, vinyl 2LP", 35),
        ("pandora", "en-GB", "OMD - Pandora's Box 7 inch single 1991", 7),
        ("ferrero", "de-DE", "Die schönsten Kinderlieder - CD für Kinder", 9),
        ("apple", "en-GB", "The Beatles - Hey Jude, Apple Records 7 inch 1968", 25),
        ("shell", "ja-JP", "攻殻機動隊 Ghost in the Shell サウンドトラック LP", 45),
        ("adidas", "pt-BR", "CD Samba de Raiz - coletânea", 6),
    ]
    return [L(cls, kind, b, lg, t, "Music / media item.", money(u, lg), "music", tactic=tac) for b, lg, t, u in rows]


@klass("in_trade_words_honest", "", "innocent", "copy-trade words in their honest sense beside a brand (AAA eneloop, copy paper for Canon printers, SSD clone kit, duplicate key, mirror glass, faux-leather earpads, a spare copy of a game, clone trooper minifigure)")
def in_trade_words_honest(cls, kind, tac):
    rows = [
        ("panasonic", "en-GB", "Panasonic eneloop AAA rechargeable batteries 4 pack, genuine", 12, "batteries"),
        ("canon", "en-US", "A4 copy paper 500 sheets - for Canon and HP printers", 7, "office"),
        ("samsung", "de-DE", "SSD Klon-Kit für Samsung 990 PRO: USB-Adapter + Klonsoftware", 25, "computer"),
        ("honda", "en-GB", "Duplicate key cutting for Honda Civic - locksmith service", 35, "services"),
        ("toyota", "en-AU", "Mirror glass replacement for Toyota Corolla 2019, left, aftermarket", 25, "auto parts"),
        ("sony", "fr-FR", "Coussinets similicuir (faux cuir) pour casque Sony WH-1000XM5", 14, "accessories"),
        ("canon", "en-US", "Copy stand for Canon DSLR - document copying rig", 60, "photo accessories"),
        ("canon", "es-ES", "Canon EOS R50 cámara sin espejo (mirrorless) nueva, garantía Canon España", 700, "cameras"),
        ("lego", "en-US", "LEGO Star Wars clone trooper minifigure, genuine, used", 5, "minifigures"),
        ("nintendo", "en-CA", "Zelda: Tears of the Kingdom (Switch) - spare copy, sealed", 60, "video games"),
        ("apple", "en-PH", "iPhone data transfer / clone service (your old phone to new)", 5, "services"),
        ("bandai", "ja-JP", "バンダイ ガンプラ HG 正規品 再販 (海賊版・コピー品ではありません)", 20, "model kits"),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_accessories_rare_langs", "", "innocent", "third-party accessories that fit the brand's goods, in Georgian, Armenian, Uzbek, Kazakh, Icelandic, Mongolian, Sinhala, Nepali, Khmer, Amharic, Swahili and Lao")
def in_accessories_rare_langs(cls, kind, tac):
    rows = [
        ("apple", "ka-GE", "ქეისი iPhone 15 Pro-სთვის, სილიკონის", 8),
        ("apple", "hy-AM", "Apple Watch-ի ժապավեն, սիլիկոնե", 6),
        ("samsung", "uz-UZ", "Samsung Galaxy uchun zaryadlovchi kabel USB-C", 4),
        ("nintendo", "kk-KZ", "Nintendo Switch OLED үшін қорғаныш қап", 10),
        ("dyson", "is-IS", "Veggfesting fyrir Dyson V15 ryksugu", 20),
        ("apple", "mn-MN", "AirPods Pro 2-т зориулсан хавтас", 5),
        ("samsung", "si-LK", "Samsung Galaxy S24 Ultra සඳහා කවරය", 4),
        ("sony", "ne-NP", "PS5 कन्ट्रोलरको लागि स्किन स्टिकर", 5),
        ("canon", "km-KH", "កាបូបកាមេរ៉ាសម្រាប់ Canon EOS", 12),
        ("sony", "am-ET", "ለ Sony የጆሮ ማዳመጫ ማቆሚያ", 10),
        ("bose", "sw-KE", "Mfuko wa kubebea headphone za Bose QC45", 9),
        ("omega", "lo-LA", "ສາຍໂມງ NATO ສຳລັບ Omega Seamaster", 8),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), "accessories", tactic=tac) for b, lg, t, u in rows]


@klass("in_compatible_consumables_new", "", "innocent", "other makers' consumables and parts that say they fit the brand's goods (capsules, filters, brush heads, ink, blades, batteries, foils, chargers, pens, baseplates, oil filters)")
def in_compatible_consumables_new(cls, kind, tac):
    rows = [
        ("nestle", "fr-FR", "Capsules compatibles Nespresso Original x100 (marque L'Or)", 25, "coffee"),
        ("dyson", "de-DE", "Ersatzfilter kompatibel mit Dyson V11 / V15, 2 Stück (Drittanbieter)", 13, "vacuum cleaners"),
        ("philips", "en-GB", "Replacement brush heads compatible with Philips Sonicare, 8 pack (not Philips)", 12, "electric toothbrushes"),
        ("canon", "it-IT", "Cartuccia compatibile Canon PG-545 XL nero (non originale)", 11, "ink"),
        ("gillette", "en-US", "Razor blades that fit Gillette Mach3 handles, 12 pack (Dollar Shave)", 9, "razor blades"),
        ("bosch", "pl-PL", "Akumulator zamiennik do Bosch 18V 5Ah (nie oryginał)", 30, "power tools"),
        ("panasonic", "ja-JP", "パナソニック ラムダッシュ対応 互換替刃 (非純正)", 15, "shavers"),
        ("apple", "es-MX", "Cargador USB-C 20W compatible con iPhone (genérico)", 8, "chargers"),
        ("samsung", "tr-TR", "Samsung Galaxy S24 Ultra uyumlu S Pen yedek kalem (muadil değil, uyumlu)", 10, "accessories"),
        ("lego", "en-AU", "Baseplate 32x32 compatible with LEGO Classic (third party)", 10, "toys"),
        ("toyota", "de-DE", "MANN-FILTER W 68/3 Ölfilter passend für Toyota", 8, "auto parts"),
        ("michelin", "pt-BR", "Palheta limpador compatível (não Michelin) 24 pol.", 10, "auto parts"),
    ]
    return [L(cls, kind, b, lg, t, "Third-party product, not made by the brand.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_gift_hampers_bouquets", "", "innocent", "bouquets, hampers and favours made from genuine branded sweets (Ferrero Rocher bouquet, Kinder hamper, Dove chocolate wedding favours), priced above the contents")
def in_gift_hampers_bouquets(cls, kind, tac):
    rows = [
        ("ferrero", "en-GB", "Ferrero Rocher chocolate bouquet 24 pieces, hand made", 38),
        ("ferrero", "de-DE", "Kinder Geschenkkorb mit Kinder Riegel, Bueno und Überraschung", 30),
        ("mars", "en-US-etsy", "Snickers and M&M's candy gift basket for him", 35),
        ("mars", "zh-CN", "德芙巧克力 喜糖 婚礼伴手礼 50份", 60),
        ("ferrero", "es-MX", "Ramo de chocolates Ferrero Rocher 16 piezas para regalo", 30),
        ("nestle", "en-NG", "KitKat and Milo gift hamper, birthday surprise", 25),
        ("ferrero", "it-IT", "Bouquet di Raffaello e Ferrero Rocher per laurea", 35),
        ("coca-cola", "en-PH", "Coca-Cola can bouquet with snacks, birthday gift", 20),
        ("ferrero", "ar-AE", "بوكيه فيريرو روشيه 30 حبة هدية", 45),
        ("mars", "pl-PL", "Kosz prezentowy ze słodyczami Mars, Twix, Bounty", 25),
        ("nestle", "fr-FR", "Panier gourmand Nespresso: café, tasses et biscuits", 55),
        ("ferrero", "tr-TR", "Ferrero Rocher çiçek buketi 20'li, doğum günü", 30),
    ]
    return [L(cls, kind, b, lg, t, "Made with genuine chocolates bought at the supermarket; the price is for the arrangement.", money(u, lg), "gifts", tactic=tac) for b, lg, t, u in rows]


@klass("in_mythology_religion", "", "innocent", "mythology and religious goods whose words are marks (Nike of Samothrace museum replica, Alpha and Omega pendant, Trinity knot, dove of peace, Pandora myth, Mars statue, santos figurines)")
def in_mythology_religion(cls, kind, tac):
    rows = [
        ("nike", "en-US", "Winged Victory (Nike of Samothrace) museum replica statue 30cm", 65, "home decor"),
        ("nike", "el-GR", "Άγαλμα θεά Νίκη, μπρούντζινο αντίγραφο μουσείου", 40, "home decor"),
        ("omega", "en-GB", "Alpha and Omega cross pendant sterling silver", 35, "jewelry"),
        ("omega", "es-MX", "Dije Alfa y Omega de plata, religioso", 20, "jewelry"),
        ("cartier", "en-IE", "Celtic Trinity knot necklace, sterling silver", 30, "jewelry"),
        ("mars", "en-US", "Dove of peace brooch, silver tone, Christian gift", 12, "jewelry"),
        ("pandora", "en-GB", "Pandora's Box: a Greek myth retold, children's book", 6, "books"),
        ("mars", "it-IT", "Statua di Marte dio della guerra, resina 25 cm", 30, "home decor"),
        ("cartier", "tl-PH", "Santos figurine: Santo Niño wooden statue, handcarved", 40, "religious items"),
        ("omega", "en-US", "Omega Psi Phi fraternity ring, 10k gold", 250, "jewelry"),
        ("cartier", "en-US", "Holy Trinity icon (Rublev) print on wood", 25, "religious items"),
        ("nike", "fr-FR", "Victoire de Samothrace, reproduction du Louvre, plâtre", 90, "home decor"),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_wildlife_hunting_birding", "", "innocent", "hunting, fishing and wildlife goods named by animals that share a mark (Canada goose decoys and calls, feathers for fly tying, puma photos, dove decoys, shotgun shells, Pandora moth)")
def in_wildlife_hunting_birding(cls, kind, tac):
    rows = [
        ("canada-goose", "en-US", "Canada goose full body decoys, 6 pack", 140, "hunting"),
        ("canada-goose", "en-CA", "Canada goose shell decoys x12 with bag", 160, "hunting"),
        ("canada-goose", "fr-CA", "Appelants de bernache du Canada (canada goose) x6", 120, "hunting"),
        ("canada-goose", "en-US-fb", "Canada goose call, acrylic, short reed", 45, "hunting"),
        ("canada-goose", "en-GB", "Canada goose feathers for fly tying, natural grey, 20 pcs", 5, "fishing"),
        ("puma", "es-CL", "Fotografía de puma en Torres del Paine, impresión 40x60", 60, "art"),
        ("mars", "en-US", "Mourning dove decoys with clips, 4 pack", 25, "hunting"),
        ("shell", "en-US", "Empty 12 gauge shotgun shells for reloading, 100 hulls", 15, "hunting"),
        ("shell", "en-AU", "Once-fired shotgun shells, 250 hulls, reloading", 30, "hunting"),
        ("pandora", "en-US-etsy", "Pandora moth (Coloradia pandora) framed specimen", 45, "collectibles"),
        ("canada-goose", "en-CA", "Guided Canada goose hunt, Saskatchewan, per hunter per day", 350, "services"),
        ("puma", "de-DE", "Puma Wildtier Plüschtier 30 cm (Schleich-Stil), Kuscheltier", 12, "toys"),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_hourly_rate_services", "*", "innocent", "services priced per hour that use or teach the brand's goods (Photoshop retouching, AutoCAD drafting, Airwrap blow-dry, Yonex court hire, BMW driving lessons, Office tutoring)")
def in_hourly_rate_services(cls, kind, tac):
    rows = [
        ("adobe", "en-US", "Photoshop retouching - price per hour", 35),
        ("autodesk", "en-IN", "AutoCAD drafting services, per hour", 8),
        ("autodesk", "de-DE", "Revit BIM Modellierung, Stundensatz", 55),
        ("canon", "en-GB", "Event photographer with Canon R5 kit, per hour", 60),
        ("dyson", "en-AU", "Mobile blow-dry with Dyson Airwrap, per hour", 50),
        ("lego", "en-US", "LEGO building party host for kids, per hour", 75),
        ("nintendo", "ko-KR", "닌텐도 스위치 게임방 1시간 이용권", 4),
        ("yonex", "id-ID", "Sewa lapangan badminton + raket Yonex per jam", 5),
        ("wilson", "es-ES", "Clases de tenis, raquetas Wilson incluidas, precio por hora", 30),
        ("callaway", "en-SG", "Golf simulator bay with Callaway clubs, per hour", 45),
        ("bmw", "de-AT", "Fahrstunde im BMW 1er, 50 Minuten", 65),
        ("microsoft", "fr-FR", "Cours particuliers Excel et Office, tarif horaire", 30),
    ]
    return [L(cls, kind, b, lg, t, "Price per hour.", money(u, lg), "services", tactic=tac) for b, lg, t, u in rows]


@klass("in_price_per_kg_scrap", "*", "innocent", "used goods and scrap of the brand sold by weight (BMW alloy rims, Michelin scrap tyres per tonne, e-waste phones, loose LEGO and Hot Wheels by the kilo, Nespresso capsule aluminium)")
def in_price_per_kg_scrap(cls, kind, tac):
    rows = [
        ("bmw", "de-DE", "Alufelgen Schrott BMW, Preis pro kg", 1.6, "scrap"),
        ("michelin", "fr-FR", "Pneus usagés Michelin pour recyclage, prix à la tonne", 40, "scrap"),
        ("samsung", "en-NG", "Scrap Samsung phones for recovery, price per kg", 9, "scrap"),
        ("apple", "en-US", "Scrap MacBook logic boards for gold recovery, per lb", 12, "scrap"),
        ("lego", "nl-NL", "LEGO los per kilo, gemengd, gebruikt", 15, "toys"),
        ("mattel", "en-GB", "Loose Hot Wheels cars by the kilo, played with", 18, "toys"),
        ("nestle", "de-CH", "Gebrauchte Nespresso-Kapseln Aluminium, pro kg", 0.5, "scrap"),
        ("coca-cola", "es-MX", "Latas de aluminio Coca-Cola aplastadas, precio por kilo", 1.2, "scrap"),
        ("bosch", "pl-PL", "Złom elektronarzędzi Bosch na części, cena za kg", 2, "scrap"),
        ("canon", "en-IN", "E-waste Canon printers scrap, per kg", 0.3, "scrap"),
        ("honda", "en-PH", "Honda motorcycle scrap parts mixed, per kilo", 1.5, "scrap"),
        ("shell", "en-ZA", "Used engine oil (Shell Helix drums) for recycling, per litre", 0.2, "scrap"),
    ]
    return [L(cls, kind, b, lg, t, "Price per kg / unit of weight. Sold for recycling or as a used lot.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_charity_raffle_genuine", "*", "innocent", "charity raffles and tombolas whose price field is one ticket; the prize is a donated genuine item (registered charity, donor named)")
def in_charity_raffle_genuine(cls, kind, tac):
    rows = [
        ("lego", "en-GB", "PTA raffle ticket - win LEGO Millennium Falcon 75192 (donated by LEGO store)"),
        ("dyson", "en-AU", "Rotary Club raffle: Dyson V15 Detect, donated by Harvey Norman"),
        ("omega", "en-IE", "Hospice raffle: Omega Seamaster donated by a local jeweller, tickets"),
        ("mattel", "en-US", "Church tombola ticket - Barbie Dreamhouse prize"),
        ("honda", "en-NZ", "Lions Club raffle: Honda EU22i generator, tickets"),
        ("sony", "en-CA", "Scouts raffle: PS5 Slim donated, 1 ticket"),
        ("callaway", "en-US", "Charity golf day raffle: Callaway Paradym driver"),
        ("bosch", "de-DE", "Tombola Feuerwehr: Bosch Akkuschrauber-Set, Los"),
        ("pandora", "en-GB", "RSPCA branch raffle: Pandora bracelet, ticket"),
        ("michael-kors", "en-ZA", "Cancer charity raffle: Michael Kors bag donated with receipt"),
        ("nintendo", "fr-FR", "Tombola de l'école : Nintendo Switch OLED à gagner, ticket"),
        ("samsung", "en-KE", "Children's home fundraiser raffle: Samsung Galaxy S24, ticket"),
    ]
    return [L(cls, kind, b, lg, t, "Registered charity. Prize donated new by a named retailer. Price is one ticket.", money(R.choice([2, 5, 10]), lg), "charity", tactic=tac)
            for b, lg, t in rows]


@klass("in_deposit_reservation_genuine", "*", "innocent", "authorised dealers' and retailers' reservation deposits for genuine goods; the full list price is in the text")
def in_deposit_reservation_genuine(cls, kind, tac):
    rows = [
        ("rolex_sub", "en-GB", "Refundable deposit - Rolex Submariner waiting list, authorised dealer", 500),
        ("canon_r6", "en-GB", "Pre-order deposit: Canon EOS R6 Mark II, balance on arrival", 100),
        ("honda_gen", "en-US", "Reservation deposit Honda EU2200i at dealer, balance at pickup", 100),
        ("omega_speedy", "de-DE", "Anzahlung für Omega Speedmaster beim Konzessionär", 500),
        ("apple_ip15", "en-IN", "Pre-booking token: iPhone 15 Pro at Apple premium reseller", 25),
        ("dyson_wrap", "en-AU", "Layby deposit Dyson Airwrap at JB Hi-Fi style store", 60),
        ("sam_s24u", "en-IN", "Samsung Galaxy S24 Ultra pre-reserve amount at Samsung SmartCafé", 24),
        ("lego_falcon", "en-US", "Pre-order deposit: LEGO UCS Millennium Falcon at local toy store", 50),
        ("mich_ps4s", "fr-FR", "Acompte montage 4 pneus Michelin Pilot Sport 4 S, garage agréé", 50),
        ("bosch_gbh", "pl-PL", "Zaliczka na Bosch GBH 2-26 w autoryzowanym sklepie", 20),
        ("cart_love", "it-IT", "Acconto per bracciale Cartier Love, concessionario autorizzato", 500),
        ("sony_ps5", "es-ES", "Reserva PS5 Slim en tienda, pago de señal", 20),
    ]
    out = []
    for k, lg, t, dep in rows:
        full = gprice(k, lg, 1.0, 1.0)
        out.append(L(cls, kind, P(k)["brand"], lg, t, f"Deposit only; full price {amt(full)} {full['currency']}, genuine with warranty.", money(dep, lg), P(k)["cat"], tactic=tac))
    return out


@klass("in_unit_price_per_piece", "*", "innocent", "genuine consumables priced per single piece (per can, blade, sachet, bar, cell, shuttle, ball, car, minifigure) with the pack in the text")
def in_unit_price_per_piece(cls, kind, tac):
    rows = [
        ("coca-cola", "en-PH", "Coca-Cola 330ml can - price per can (cases of 24 available)", 0.6, "soft drinks"),
        ("gillette", "en-GB", "Gillette Fusion5 ProGlide blade - price per cartridge, from 8 pack", 3.5, "razor blades"),
        ("nestle", "id-ID", "Nescafé Classic sachet 2g - harga per sachet", 0.15, "coffee"),
        ("ferrero", "de-DE", "Kinder Riegel - Preis pro Riegel, aus 10er-Packung", 0.35, "chocolate"),
        ("nestle", "en-ZA", "KitKat 4 finger bar, price each", 0.8, "confectionery"),
        ("mars", "en-KE", "Snickers 50g bar - price per bar", 0.9, "chocolate"),
        ("panasonic", "ja-JP", "エネループ 単3 バラ売り 1本", 4.0, "batteries"),
        ("yonex", "ms-MY", "Yonex Aerosensa 50 - harga sebiji (dari tiub 12)", 3.0, "shuttlecocks"),
        ("callaway", "en-US", "Callaway Chrome Soft golf ball - per ball, new", 4.5, "golf balls"),
        ("mattel", "en-AU", "Hot Wheels mainline car - price per car, new carded", 1.8, "die-cast cars"),
        ("lego", "en-CA", "LEGO minifigure series 25 - price per figure, sealed bag", 4.5, "minifigures"),
        ("bayer", "fr-FR", "Aspirine Bayer 500 mg - prix du comprimé (boîte de 20)", 0.2, "otc"),
    ]
    return [L(cls, kind, b, lg, t, "Genuine, priced per unit.", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


@klass("in_surnames_trades", "", "innocent", "people's names and trades that share a mark (Dyson Plumbing, Wilson Removals, Cartier-Bresson photobook, Keisuke Honda signed ball, Gucci Mane tickets, Levi Roots sauce, Mario's pizzeria)")
def in_surnames_trades(cls, kind, tac):
    rows = [
        ("dyson", "en-GB", "Dyson Plumbing & Heating - boiler service, fixed price", 80, "services"),
        ("wilson", "en-AU", "Wilson Removals - 2 men and a van, half day", 250, "services"),
        ("cartier", "fr-FR", "Henri Cartier-Bresson - Images à la sauvette, réédition Steidl, livre photo", 90, "books"),
        ("honda", "ja-JP", "本田圭佑 直筆サイン入り サッカーボール", 150, "collectibles"),
        ("gucci", "en-US", "Gucci Mane concert tickets x2, Atlanta", 120, "tickets"),
        ("levis", "en-GB", "Levi Roots Reggae Reggae sauce 3 bottles", 6, "food"),
        ("nintendo", "it-IT", "Pizzeria da Mario - buono cena per 2", 40, "vouchers"),
        ("autodesk", "en-US-fb", "Maya, experienced babysitter, evenings", 20, "services"),
        ("cartier", "en-US", "Santos Landscaping - lawn mowing, weekly", 45, "services"),
        ("nike", "en-US-fb", "Jordan's lawn care - mowing and edging", 40, "services"),
        ("philips", "en-NZ", "Philips Electrical - licensed electrician, call-out", 95, "services"),
        ("coach", "en-GB", "Coach & Horses pub quiz night ticket", 3, "tickets"),
    ]
    return [L(cls, kind, b, lg, t, "", money(u, lg), c, tactic=tac) for b, lg, t, u, c in rows]


# ====================================================================================== main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "set.jsonl"))
    ap.add_argument("--classes", default=str(Path(__file__).resolve().parent / "classes.md"))
    a = ap.parse_args()
    R.seed(a.seed)
    rows, table = [], []
    for name, star, kind, tactic, fn in CLASSES:
        got = fn(name, kind, tactic)
        rows += got
        table.append((name, star, kind, len(got), tactic, got[0]["title"]))
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    md = ["# Outsider 14: classes", "", "`*` marks the rarer counterfeit tactics; innocent classes marked `*` are those about an unusual price field.", "",
          "| class | * | kind | n | tactic | example title |", "|---|:-:|---|---:|---|---|"]
    for name, star, kind, n, tactic, ex in table:
        md.append(f"| {name} | {star} | {kind} | {n} | {tactic.replace('|', '/')} | {ex.replace('|', '/')} |")
    Path(a.classes).write_text("\n".join(md) + "\n", encoding="utf-8")
    print(f"{len(rows)} listings, {len(table)} classes -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
