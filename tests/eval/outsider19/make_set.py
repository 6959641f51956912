#!/usr/bin/env python3
"""Outsider 19's held-out set for BrandSentry: python3 make_set.py --seed 19 [--out set.jsonl] [--classes classes.md]

Stdlib only, seeded: the same seed gives the same bytes. One function per class; data in data.py."""
import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import MARKETS, PRODUCTS, RATES

CLASSES = []  # (name, star, kind, tactic, fn)


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def r3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def copy_usd(rng, lst):
    if lst >= 2000:
        f = rng.uniform(0.05, 0.11)
    elif lst >= 300:
        f = rng.uniform(0.08, 0.25)
    elif lst >= 30:
        f = rng.uniform(0.15, 0.35)
    else:
        f = rng.uniform(0.25, 0.45)
    return lst * f


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []

    def hexid(self, n=12):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def add(self, cname, kind, tactic, lang, brand, title, desc="", usd=None, cat=None, seller=None, attrs=None,
            local=None, noprice=False, market=None, ship=None, seller_id=None):
        mk, cur, country, _, _ = MARKETS[lang]
        if market:
            mk = market
        lid = self.hexid()
        if noprice:
            price = None
        elif local is not None:
            price = {"amount": float(local[0]), "currency": local[1]}
        else:
            price = {"amount": r3(usd * RATES[cur]), "currency": cur}
        t0 = datetime(2026, 12, 1, tzinfo=timezone.utc) + timedelta(seconds=self.rng.randrange(0, 172800))
        row = {
            "marketplace": mk, "listing_id": lid, "url": f"https://{mk}.example/item/{lid}", "title": title,
            "description": desc, "price": price,
            "seller": {"id": seller_id or ("s" + self.hexid(8)), "name": seller or self.rng.choice(SELLERS), "country": country},
            "category": cat, "images": [], "ship_from": ship or country,
            "observed_at": t0.strftime("%Y-%m-%dT%H:%M:%SZ"), "attributes": attrs or {},
            "_label": {"kind": kind, "brand": brand, "class": cname, "tactic": tactic, "lang": lang.rstrip("23"), "also": []},
        }
        self.rows.append(row)


SELLERS = ["mika_store", "bestdeals88", "lina.k", "shop_zone", "urban_finds", "tomasz_b", "amira.shop", "kofi_goods",
           "nguyen_store", "daily_picks", "marco72", "sofia_closet", "raj_traders", "hana_market", "alex_resale", "kim_shop",
           "oluwa_stores", "petra.v", "juanito_ventas", "yusuf_market", "chen_trading", "sara_m", "ivan_p", "luxe_corner"]


def P(k):
    b, name, gen, lst, cat, model = PRODUCTS[k]
    return dict(key=k, brand=b, name=name, gen=gen, lst=lst, cat=cat, model=model)


def prods_by(rng, n, keys=None):
    keys = list(keys or PRODUCTS)
    rng.shuffle(keys)
    out = []
    while len(out) < n:
        out += keys
    return [P(k) for k in out[:n]]


def cue_region(ctx, cname, tactic, langs, n=13):
    rng = ctx.rng
    langs = list(langs)
    rng.shuffle(langs)
    for i, p in enumerate(prods_by(rng, n)):
        lang = langs[i % len(langs)]
        _, cur, _, cues, filler = MARKETS[lang]
        cue = rng.choice(cues)
        pat = rng.randrange(3)
        title = [f"{p['name']} {cue}", f"{cue} {p['name']} - {filler}", f"{p['name']} ({cue})"][pat]
        desc = f"{cue}. {filler}."
        ctx.add(cname, "counterfeit", tactic, lang, p["brand"], title, desc, usd=copy_usd(rng, p["lst"]), cat=p["cat"])


def from_pool(ctx, cname, tactic, kind, pool, price="copy"):
    """pool rows: (product key, lang, title, desc[, usd override or factor])"""
    rng = ctx.rng
    for row in pool:
        k, lang, title, desc = row[:4]
        p = P(k)
        extra = row[4] if len(row) > 4 else None
        if isinstance(extra, dict):
            opts = dict(extra)
        else:
            opts = {}
        if "usd" in opts:
            usd = opts.pop("usd")
        elif "f" in opts:
            usd = p["lst"] * opts.pop("f")
        elif price == "copy":
            usd = copy_usd(rng, p["lst"])
        else:
            usd = p["lst"] * rng.uniform(*price)
        brand = opts.pop("brand", p["brand"])
        cat = opts.pop("cat", p["cat"])
        ctx.add(cname, kind, tactic, lang, brand, title, desc, usd=usd, cat=cat, **opts)


# ================================================================== counterfeit, everyday

@cls("c_cue_west_africa19", "", "counterfeit", "the brand with West African copy words (China copy, first copy, Turkey copy, kwafi, ayederu, copie)")
def c_cue_west_africa19(ctx):
    cue_region(ctx, "c_cue_west_africa19", "", ["en-NG", "en-GH", "ha-NG", "yo-NG", "ig-NG", "fr-SN", "fr-CI", "wo-SN", "ak-GH"])


@cls("c_cue_east_south_africa19", "", "counterfeit", "the brand with East/Southern African copy words (feki, fong kong, namaaksel, ኮፒ, kkopi)")
def c_cue_east_south_africa19(ctx):
    cue_region(ctx, "c_cue_east_south_africa19", "", ["sw-KE", "sw-TZ", "en-KE", "am-ET", "zu-ZA", "af-ZA", "en-ZA", "rw-RW", "lg-UG", "mg-MG", "so-SO"])


@cls("c_cue_latam19", "", "counterfeit", "the brand with Latin American copy words (trucho, bamba, clon, calidad espejo, primeira linha)")
def c_cue_latam19(ctx):
    cue_region(ctx, "c_cue_latam19", "", ["es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "es-UY", "es-US", "pt-BR"])


@cls("c_cue_southwest_europe19", "", "counterfeit", "the brand with southern/western European copy words (réplique, imitazione, rèplica, erreplika, ρέπλικα, kopje)")
def c_cue_southwest_europe19(ctx):
    cue_region(ctx, "c_cue_southwest_europe19", "", ["fr-FR", "fr-BE", "it-IT", "es-ES", "pt-PT", "ca-ES", "gl-ES", "eu-ES", "el-GR", "sq-AL", "fr-CA"])


@cls("c_cue_central_east_europe19", "", "counterfeit", "the brand with central/eastern European copy words (Nachbau, namaak, podróbka, napodobenina, utánzat, ponaredek)")
def c_cue_central_east_europe19(ctx):
    cue_region(ctx, "c_cue_central_east_europe19", "", ["de-DE", "de-AT", "de-CH", "nl-NL", "nl-BE", "pl-PL", "cs-CZ", "sk-SK", "hu-HU", "ro-RO", "bg-BG", "hr-HR", "sr-RS", "sl-SI", "bs-BA", "mk-MK"])


@cls("c_cue_nordic_baltic19", "", "counterfeit", "the brand with Nordic/Baltic/Irish copy words (fejk, feikki, eftirlíking, koopia, kopija)")
def c_cue_nordic_baltic19(ctx):
    cue_region(ctx, "c_cue_nordic_baltic19", "", ["sv-SE", "no-NO", "da-DK", "fi-FI", "is-IS", "et-EE", "lv-LV", "lt-LT", "en-IE"])


@cls("c_cue_cis_caucasus19", "", "counterfeit", "the brand with CIS/Caucasus/Mongolian copy words (копия, рэпліка, көшірме, nusxa, ასლი, կրկնօրինակ, хуулбар)")
def c_cue_cis_caucasus19(ctx):
    cue_region(ctx, "c_cue_cis_caucasus19", "", ["ru-RU", "uk-UA", "be-BY", "kk-KZ", "uz-UZ", "ka-GE", "hy-AM", "az-AZ", "mn-MN"])


@cls("c_cue_mena19", "", "counterfeit", "the brand with Middle East/North Africa copy words (كوبي, ماستر كوالتي, های کپی, חיקוי, çakma, copie)")
def c_cue_mena19(ctx):
    cue_region(ctx, "c_cue_mena19", "", ["ar-SA", "ar-AE", "ar-EG", "ar-MA", "ar-IQ", "ar-JO", "ar-KW", "ar-QA", "fa-IR", "he-IL", "tr-TR", "fr-MA", "fr-DZ", "fr-TN"])


@cls("c_cue_south_asia19", "", "counterfeit", "the brand with South Asian copy words in 12 scripts (first copy, master copy, डुप्लीकेट, নক্কলি, කොපි)")
def c_cue_south_asia19(ctx):
    cue_region(ctx, "c_cue_south_asia19", "", ["en-IN", "hi-IN", "bn-BD", "ta-IN", "te-IN", "mr-IN", "gu-IN", "pa-IN", "ml-IN", "kn-IN", "ne-NP", "si-LK", "ur-PK"])


@cls("c_cue_southeast_asia19", "", "counterfeit", "the brand with Southeast Asian copy words (KW super, gred AAA, class A, ก๊อป, hàng rep, ကော်ပီ)")
def c_cue_southeast_asia19(ctx):
    cue_region(ctx, "c_cue_southeast_asia19", "", ["id-ID", "ms-MY", "tl-PH", "en-PH", "th-TH", "vi-VN", "km-KH", "my-MM", "lo-LA", "en-SG"])


@cls("c_cue_east_asia19", "", "counterfeit", "the Latin mark with East Asian copy words (高仿, A貨, スーパーコピー, 미러급, хуулбар)")
def c_cue_east_asia19(ctx):
    cue_region(ctx, "c_cue_east_asia19", "", ["zh-CN", "zh-TW", "zh-HK", "ja-JP", "ko-KR", "en-AU", "en-US", "en-GB", "en-NZ", "en-CA"])


@cls("c_rep_batch19", "", "counterfeit", "rep-trade batch and factory names (VSF, Clean, ZF, LJR, PK 4.0, M batch, GX, OG batch) beside the product")
def c_rep_batch19(ctx):
    pool = [
        ("rx_sub", "en-US", "Submariner 126610LN VSF V2 3235 – best batch right now", "VSF clean dial, ceramic insert, 904L. QC pics before shipping."),
        ("rx_dtn", "en-GB", "Daytona white 'Panda' Clean Factory 4130 clone", "CF 2024 batch, correct pushers, full set available +20."),
        ("om_sea", "de-DE", "Omega Seamaster 300M blau VS Factory 8800", "VSF Version, Keramik-Lünette, Helium-Ventil funktioniert."),
        ("nk_aj1", "en-US", "Jordan 1 Chicago Lost & Found LJR batch", "LJR batch, cracked leather done right, OG box. Sizes 40-46."),
        ("ad_yeezy", "en-CA", "Yeezy 350 V2 Zebra PK 4.0 batch", "PK 4.0 with real boost, UV reactive. Sizes 36-47."),
        ("nk_dunk", "fr-FR", "Dunk Low Panda M batch taille 42", "M batch, cuir correct, boîte d'origine incluse."),
        ("nk_af1", "es-MX", "Air Force 1 triple blanco OG batch", "OG batch, la mejor, caja incluida."),
        ("lvt_nf", "en-AU", "LV Neverfull MM monogram – top tier 1:1 factory", "Top-tier factory, date code matches, vachetta ages like retail."),
        ("gc_marmont", "it-IT", "Gucci Marmont small – batch top quality 1:1", "Batch top, pelle vera, dustbag e scatola."),
        ("ct_santos", "en-SG", "Cartier Santos medium BV factory", "BV factory, quick switch strap, sapphire."),
        ("rx_gmt", "pt-BR", "GMT-Master II Pepsi Clean Factory 3285", "Clean factory, cerâmica bicolor, jubilee."),
        ("ad_samba", "nl-NL", "Samba OG wit/zwart GX batch", "GX batch, juiste gum zool, maat 38-45."),
        ("so_xm5", "en-PH", "XM5 headphones Airoha top version 1:1", "Airoha 1562 chip, ANC works, pop-up OK."),
    ]
    from_pool(ctx, "c_rep_batch19", "", "counterfeit", pool)


@cls("c_cover_story19", "", "counterfeit", "a story for a copy's price: unwanted gift, bought on holiday, wrong size, partner's, work bonus")
def c_cover_story19(ctx):
    pool = [
        ("rx_dj", "en-GB", "Rolex Datejust 41 – unwanted gift, never worn", "Got it as a 40th birthday present, not my style. No receipt sorry."),
        ("lvt_speedy", "fr-FR", "Sac Louis Vuitton Speedy 30 cadeau jamais utilisé", "Offert par mon ex, je m'en débarrasse. Sans facture."),
        ("dy_aw", "de-DE", "Dyson Airwrap HS05 – Geschenk, doppelt bekommen", "Zweimal zum Geburtstag bekommen, daher günstig. Ohne Rechnung."),
        ("cg_exp", "en-CA", "Canada Goose Expedition parka – bought in Toronto, wrong size", "Bought on a trip, too big for me. Lost the receipt."),
        ("ap_i15", "es-ES", "iPhone 15 Pro 256GB precintado – premio de la empresa", "Me tocó en la cena de empresa, prefiero el dinero."),
        ("gc_jackie", "it-IT", "Borsa Gucci Jackie 1961 – regalo del mio ragazzo", "Ci siamo lasciati, la vendo. Senza scontrino."),
        ("om_speed", "nl-NL", "Omega Speedmaster Moonwatch – erfenis oom", "Uit nalatenschap, ik weet er niets van, snel weg."),
        ("ct_love", "en-US", "Cartier Love bracelet gold – moving abroad sale", "Moving overseas next week, everything must go."),
        ("so_ps5", "pl-PL", "PlayStation 5 Slim nowa – wygrana w konkursie", "Wygrałem w konkursie radiowym, nowa w folii."),
        ("bb_trench", "en-AU", "Burberry Kensington trench – wife's, doesn't fit", "Wife bought in London duty free, never fitted."),
        ("tn_nup", "sv-SE", "The North Face Nuptse 1996 – fel storlek", "Köpt på semester i Thailand, fel storlek."),
        ("el_anr", "pt-BR", "Estée Lauder Advanced Night Repair 50ml – ganhei de presente", "Ganhei de presente, uso outra marca."),
        ("bo_qc45", "tr-TR", "Bose QuietComfort 45 – yurt dışından hediye", "Hediye geldi, kullanmıyorum, faturası yok."),
    ]
    from_pool(ctx, "c_cover_story19", "", "counterfeit", pool)


@cls("c_model_only19", "", "counterfeit", "only the registered model or reference number, no brand word, at a copy's price")
def c_model_only19(ctx):
    pool = [
        ("rx_sub", "en-US", "126610LN 41mm black ceramic automatic – new", "Sapphire, 3235, bracelet full links."),
        ("so_xm5", "de-DE", "WH-1000XM5 Kopfhörer schwarz neu OVP", "Noise Cancelling, Bluetooth 5.2."),
        ("dy_hd08", "fr-FR", "Sèche-cheveux HD08 neuf avec 5 embouts", "Moteur V9, neuf, jamais utilisé."),
        ("lvt_nf", "it-IT", "M40995 tote monogram MM nuova", "Con pochette, nuova con cartellino."),
        ("nk_dunk", "es-ES", "DD1391-100 talla 43 nuevas con caja", "Blancas y negras, nuevas."),
        ("nk_af1", "zh-CN", "CW2288-111 白色 全码 现货", "36-45码都有，包邮。"),
        ("dy_aw", "en-AU", "HS05 complete long multi-styler – Nickel/Copper", "Brand new in box, all attachments."),
        ("gc_sun", "nl-NL", "GG0061S zonnebril zwart nieuw", "Inclusief etui en doekje."),
        ("bo_qc45", "pl-PL", "QC45 słuchawki ANC nowe", "Nowe, pełny zestaw."),
        ("ap_app2", "vi-VN", "MTJV3 tai nghe chống ồn USB-C mới", "Full box, bảo hành 6 tháng."),
        ("ct_love", "ru-RU", "B6067417 браслет золото 17 размер", "Новый, с коробкой."),
        ("om_speed", "ja-JP", "310.30.42.50.01.001 手巻きクロノグラフ 新品", "未使用、箱付き。"),
        ("tn_nup", "ko-KR", "NF0A3C8D 눕시 패딩 블랙 새상품", "사이즈 95, 100 있음."),
    ]
    from_pool(ctx, "c_model_only19", "", "counterfeit", pool)


@cls("c_cjk_alias_jargon19", "", "counterfeit", "Chinese, Japanese and Korean names of the brand with trade jargon (复刻, 原单, 纯原, N級, 미러급, 정품급)")
def c_cjk_alias_jargon19(ctx):
    pool = [
        ("rx_sub", "zh-CN", "劳力士 绿水鬼 VS厂 复刻 3235机芯", "一比一 顶级版本 支持验货"),
        ("lvt_nf", "zh-CN", "路易威登 Neverfull 老花 原单 大号", "原厂皮 专柜同款 包邮"),
        ("gc_belt", "zh-TW", "古馳 GG皮帶 高版本 男款", "專櫃同款 頂級品質 超商取貨"),
        ("cg_exp", "zh-CN", "加拿大鹅 远征 羽绒服 高版本", "90白鸭绒 专柜品质 支持验货"),
        ("nk_aj1", "zh-CN", "耐克 AJ1 芝加哥 纯原版本", "纯原 原盒 42码现货"),
        ("ad_yeezy", "zh-CN", "阿迪达斯 椰子350 斑马 莆田顶级", "真爆米花 莆田货源"),
        ("bo_qc45", "zh-CN", "博士 QC45 降噪耳机 高仿 一比一", "洛达芯片 弹窗 定位"),
        ("sw_swan", "zh-CN", "施华洛世奇 天鹅项链 高仿", "专柜品质 送礼盒"),
        ("ct_love", "zh-HK", "卡地亞 Love 手鐲 V金 A貨", "旺角交收 有盒"),
        ("om_sea", "zh-CN", "欧米茄 海马300 复刻 VS厂", "8800机芯 陶瓷圈"),
        ("lvt_speedy", "ja-JP", "ルイ・ヴィトン スピーディ30 N級品", "最高品質 専用箱付き"),
        ("gc_marmont", "ko-KR", "구찌 마몬트 숄더백 미러급", "정품급 가죽 택배 가능"),
        ("dy_hd08", "ja-JP", "ダイソン ドライヤー スーパーコピー 新品", "即日発送 動作確認済み"),
    ]
    from_pool(ctx, "c_cjk_alias_jargon19", "", "counterfeit", pool)


@cls("c_misspelling19", "", "counterfeit", "the mark misspelt as sellers type it (Rollex, Guchi, Louis Vuiton, Addidas, Swarovsky), copy price")
def c_misspelling19(ctx):
    pool = [
        ("rx_sub", "en-US", "Rollex Submariner black 41mm automatic", "Brand new, box and papers. Fast shipping."),
        ("gc_belt", "en-GB", "Guchi belt double G gold buckle 90cm", "New with box, quick postage."),
        ("lvt_nf", "es-MX", "Bolsa Louis Vuiton Neverfull MM", "Nueva con bolsa interior, envío gratis."),
        ("ad_samba", "de-DE", "Addidas Samba OG weiß Gr. 42", "Neu mit Karton."),
        ("sw_swan", "fr-FR", "Collier cygne Swarovsky neuf", "Neuf dans sa boîte, cadeau idéal."),
        ("nk_af1", "pt-BR", "Tênis Nikee Air Force 1 branco", "Novo na caixa, envio imediato."),
        ("bo_qc45", "en-IN", "Bosse QC45 noise cancelling headphone", "Sealed pack, COD."),
        ("dy_hd08", "it-IT", "Phon Dysson Supersonic nuovo", "Nuovo con accessori."),
        ("mk_jetset", "en-NG", "Micheal Kors Jet Set tote bag", "Available in 4 colours, pay on delivery."),
        ("ct_love", "ru-RU", "Браслет Cartie Love золото новый", "Новый, с коробкой и мешочком."),
        ("pd_snake", "pl-PL", "Bransoletka Pandorra srebrna nowa", "Nowa, z pudełkiem."),
        ("bb_scarf", "tr-TR", "Burbery kaşmir atkı ekoseli", "Yeni, etiketli."),
        ("el_anr", "id-ID", "Estee Lauda Advanced Night Repair 50ml", "Baru, segel, bisa COD."),
    ]
    from_pool(ctx, "c_misspelling19", "", "counterfeit", pool)


@cls("c_homoglyph19", "", "counterfeit", "one or two letters of the mark swapped for Cyrillic, Greek or Armenian look-alikes, copy price")
def c_homoglyph19(ctx):
    pool = [
        ("rx_sub", "en-US", "R\u043elex Submariner date 41mm ceramic", "Brand new full set, AAA."),
        ("gc_marmont", "fr-FR", "Sac Gu\u0441\u0441i Marmont matelassé", "Neuf, qualité top."),
        ("nk_dunk", "de-DE", "N\u0456ke Dunk Low Panda Gr. 43", "Neu, 1:1 Qualität."),
        ("lvt_nf", "es-ES", "Louis Vuitt\u043en Neverfull GM", "Nuevo, máxima calidad."),
        ("ap_app2", "en-GB", "\u0410irPods Pro 2 USB-C sealed", "Sealed box, next day post."),
        ("dy_aw", "it-IT", "D\u0443son Airwrap completo", "Nuovo, tutti gli accessori."),
        ("om_speed", "nl-NL", "\u039fmega Speedmaster Moonwatch", "Nieuw, topkwaliteit."),
        ("pd_heart", "pl-PL", "Charms P\u0430ndora serce srebro", "Nowy, 925."),
        ("sw_mill", "pt-PT", "Colar Swar\u03bfvski Millenia", "Novo com caixa."),
        ("ss_s24u", "en-NG", "S\u0430msung Galaxy S24 Ultra 512GB", "New, pay on delivery."),
        ("ct_clou", "tr-TR", "C\u0430rtier Juste un Clou bilezik", "Yeni, kutulu."),
        ("bo_flex", "en-ZA", "B\u043ese SoundLink Flex speaker", "New in box."),
        ("cg_lang", "ru-RU", "\u0421anada Goose Langford парка", "Новая, все размеры."),
    ]
    from_pool(ctx, "c_homoglyph19", "", "counterfeit", pool)


@cls("c_separators19", "", "counterfeit", "the mark cut by dots, dashes, slashes, stars or spaces between its letters, copy price")
def c_separators19(ctx):
    pool = [
        ("nk_aj1", "en-US", "N.I.K.E Jordan 1 High Chicago", "New with box, all sizes."),
        ("gc_belt", "en-GB", "G-U-C-C-I belt black leather", "Brand new, boxed."),
        ("rx_dtn", "es-AR", "R o l e x Daytona acero", "Nuevo, calidad top."),
        ("ct_love", "fr-FR", "Bracelet C/A/R/T/I/E/R Love or", "Neuf, boîte incluse."),
        ("dy_hd08", "de-DE", "D_Y_S_O_N Supersonic Föhn", "Neu, OVP."),
        ("ss_buds", "en-IN", "Sam.sung Galaxy Buds2 Pro", "Sealed, COD."),
        ("lvt_belt", "it-IT", "Cintura L·V reversibile", "Nuova."),
        ("bo_qc45", "pl-PL", "B-o-s-e QC45 słuchawki", "Nowe."),
        ("pd_snake", "nl-NL", "Pan*dora armband zilver", "Nieuw met doosje."),
        ("om_sea", "ru-RU", "O.M.E.G.A Seamaster 300", "Новые, с коробкой."),
        ("cg_exp", "en-CA", "C.A.N.A.D.A G.O.O.S.E parka", "New with tags."),
        ("mk_watch", "pt-BR", "Relógio M.K Michael-Kors Parker", "Novo na caixa."),
        ("ad_ub", "tr-TR", "A|D|I|D|A|S Ultraboost", "Yeni, kutulu."),
    ]
    from_pool(ctx, "c_separators19", "", "counterfeit", pool)


@cls("c_seller_field_cue19", "", "counterfeit", "a plain title and text; the copy cue only in the seller's name or an item-specifics field")
def c_seller_field_cue19(ctx):
    rng = ctx.rng
    rows = [
        ("rx_sub", "en-US", "ReplicaKings Watches", None), ("lvt_nf", "en-GB", "AAA Bags Outlet", None),
        ("nk_dunk", "de-DE", "Kopie Sneaker Shop", None), ("gc_marmont", "fr-FR", "Répliques Luxe Paris", None),
        ("dy_aw", "es-MX", "Clones Premium MX", None), ("ct_love", "it-IT", "Gioielli Replica", None),
        ("om_speed", "en-AU", None, {"Quality": "1:1 replica"}), ("bo_qc45", "pl-PL", None, {"Jakość": "replika AAA"}),
        ("ap_app2", "pt-BR", None, {"Qualidade": "réplica premium"}), ("cg_exp", "ru-RU", None, {"Качество": "копия люкс"}),
        ("ad_yeezy", "tr-TR", None, {"Kalite": "A kalite çakma"}), ("sw_swan", "zh-CN", "高仿饰品小店", None),
        ("mk_jetset", "en-NG", None, {"Grade": "China copy"}),
    ]
    for k, lang, seller, attrs in rows:
        p = P(k)
        ctx.add("c_seller_field_cue19", "counterfeit", "", lang, p["brand"], f"{p['name']} new", MARKETS[lang][4],
                usd=copy_usd(rng, p["lst"]), cat=p["cat"], seller=seller, attrs=attrs)


@cls("c_offplatform19", "", "counterfeit", "the brand at a copy price with a push off the platform (WhatsApp, Telegram, WeChat, Line, Kakao, Viber)")
def c_offplatform19(ctx):
    pool = [
        ("rx_dj", "en-NG", "Rolex Datejust 41 all colours available", "WhatsApp 0803 555 0192 for full catalogue and real prices."),
        ("lvt_speedy", "fr-MA", "Louis Vuitton Speedy 30 dispo", "Plus de modèles sur WhatsApp +212 6 12 34 56 78."),
        ("nk_aj1", "en-US", "Jordan 1 Chicago all sizes", "Telegram @kicksplug_eu for QC pics and better price."),
        ("gc_belt", "zh-CN", "古驰 皮带 男女款", "加微信 gg8899x 看更多款式"),
        ("dy_aw", "th-TH", "Dyson Airwrap ราคาพิเศษ", "แอดไลน์ @dysonthai99 สอบถามได้"),
        ("ct_love", "ko-KR", "까르띠에 러브 팔찌 골드", "카톡 lovebr77 문의 주세요"),
        ("om_sea", "ru-RU", "Omega Seamaster Diver 300M", "Пишите в Telegram @watch_msk, каталог там."),
        ("ap_app2", "ar-AE", "AirPods Pro 2 أحدث إصدار", "واتساب 050 123 4567 للطلب"),
        ("sw_mill", "uk-UA", "Swarovski Millenia кольє", "Viber 067 123 45 67, більше моделей."),
        ("cg_exp", "en-GB", "Canada Goose Expedition parka", "DM on insta @goose.deals.uk for sizes."),
        ("bo_qcue", "es-CO", "Bose QuietComfort Ultra Earbuds", "Escríbeme al WhatsApp 300 123 4567."),
        ("ss_s24u", "id-ID", "Samsung Galaxy S24 Ultra 512GB", "Chat WA 0812 3456 789 untuk harga."),
        ("pd_heart", "it-IT", "Charm Pandora cuore", "Catalogo completo su Telegram: @charm_it."),
    ]
    from_pool(ctx, "c_offplatform19", "", "counterfeit", pool)


@cls("c_pharma19", "", "counterfeit", "branded medicines and devices from unlicensed sellers: no prescription, loose strips, Indian/Chinese 'same as' copies")
def c_pharma19(ctx):
    pool = [
        ("pf_via", "en-US", "Viagra 100mg 30 pills no prescription needed", "Discreet shipping, same as pharmacy.", {"usd": 29}),
        ("pf_via", "es-MX", "Viagra 100 mg 10 pastillas sin receta", "Envío discreto.", {"usd": 12}),
        ("pf_lip", "en-GB", "Lipitor 20mg 90 tabs no Rx", "Shipped from India, same factory.", {"usd": 25}),
        ("pf_via", "fr-FR", "Viagra Pfizer 100mg boîte 30 sans ordonnance", "Livraison discrète 48h.", {"usd": 35}),
        ("by_cla", "en-PH", "Claritin 10mg loose tablets 100 pcs", "Loose from Divisoria, cheap.", {"usd": 4}),
        ("jj_tyl", "en-NG", "Tylenol Extra Strength 100 caplets (bulk repack)", "Repacked, same inside.", {"usd": 3.5}),
        ("pf_via", "zh-CN", "辉瑞 万艾可 100mg 30粒 免处方", "原装进口 隐私发货", {"usd": 20}),
        ("pf_via", "ru-RU", "Виагра Pfizer 100 мг без рецепта", "Анонимная доставка.", {"usd": 15}),
        ("ab_libre", "de-DE", "FreeStyle Libre 2 Sensor günstig ohne Rezept", "Aus Asien, funktioniert mit App.", {"usd": 18}),
        ("by_asp", "pt-BR", "Aspirina Bayer 100mg cartela avulsa 100 un", "Sem receita.", {"usd": 2}),
        ("pf_lip", "ar-EG", "ليبيتور 20 مجم بدون روشتة", "شحن سريع", {"usd": 6}),
        ("pf_via", "tr-TR", "Viagra 100 mg reçetesiz 4 tablet", "Gizli kargo.", {"usd": 6}),
        ("pf_cen", "vi-VN", "Centrum 100 viên hàng xách tay giá rẻ", "Giá sỉ, hàng nội địa.", {"usd": 4}),
    ]
    from_pool(ctx, "c_pharma19", "", "counterfeit", pool)


@cls("c_software_keys19", "", "counterfeit", "software as 'lifetime' keys, cracked or pre-activated installs for a few dollars")
def c_software_keys19(ctx):
    pool = [
        ("ms_w11", "en-US", "Windows 11 Pro retail key – lifetime – instant email", "Genuine activation, 1 PC.", {"usd": 4.5}),
        ("ms_off", "de-DE", "Microsoft Office 2021 Professional Plus Lizenz Key", "Sofort per Mail, lebenslang.", {"usd": 7}),
        ("ad_cc", "en-GB", "Adobe Creative Cloud 2025 all apps lifetime pre-activated", "Mac & Windows, no subscription.", {"usd": 15}),
        ("ad_ps", "es-ES", "Photoshop 2025 de por vida activado", "Instalación remota.", {"usd": 9}),
        ("au_acad", "pt-BR", "AutoCAD 2025 vitalício original", "Ativação permanente, suporte remoto.", {"usd": 12}),
        ("au_revit", "vi-VN", "Revit 2025 bản quyền vĩnh viễn", "Cài đặt từ xa qua UltraViewer.", {"usd": 10}),
        ("ad_acro", "fr-FR", "Adobe Acrobat Pro DC licence à vie", "Livraison immédiate.", {"usd": 8}),
        ("ms_w11", "ru-RU", "Ключ Windows 11 Pro навсегда", "Активация онлайн, гарантия.", {"usd": 3}),
        ("ms_off", "ja-JP", "Office 2021 永続ライセンス プロダクトキー", "即日メール発送", {"usd": 10}),
        ("ad_cc", "id-ID", "Adobe CC full apps permanen", "Bisa update, garansi.", {"usd": 6}),
        ("au_acad", "tr-TR", "AutoCAD 2025 ömür boyu lisans", "Uzaktan kurulum.", {"usd": 11}),
        ("ms_w11", "pl-PL", "Klucz Windows 11 Pro dożywotni", "Wysyłka mailem.", {"usd": 5}),
        ("ad_ps", "ar-SA", "فوتوشوب 2025 مدى الحياة مفعل", "تفعيل دائم", {"usd": 8}),
    ]
    from_pool(ctx, "c_software_keys19", "", "counterfeit", pool)


@cls("c_beauty19", "", "counterfeit", "skincare, makeup and perfume copies: 1:1, 'counter quality', Dubai/Turkey copies, cheap full sizes")
def c_beauty19(ctx):
    pool = [
        ("el_anr", "zh-CN", "雅诗兰黛 小棕瓶 50ml 1:1 专柜品质", "同厂同料 包邮"),
        ("lo_lveb", "ar-AE", "عطر لانكوم لا في إي بيل 100 مل ماستر كوالتي", "توصيل مجاني"),
        ("lo_gen", "en-NG", "Lancôme Génifique serum 50ml original copy", "Grade A, pay on delivery."),
        ("sh_anessa", "vi-VN", "Kem chống nắng Anessa 60ml hàng rep", "Rep 1:1, giá sỉ."),
        ("el_dw", "id-ID", "Estée Lauder Double Wear KW super", "Shade lengkap, bisa COD."),
        ("lo_sky", "en-IN", "Maybelline Sky High mascara first copy pack of 3", "COD all India."),
        ("sh_ult", "th-TH", "Shiseido Ultimune 50ml ก๊อปเกรดเอ", "ส่งฟรี"),
        ("lo_lveb", "tr-TR", "Lancôme La Vie est Belle 100ml A kalite muadil değil birebir", "Aynı şişe, aynı koku."),
        ("el_anr", "ru-RU", "Estée Lauder ANR сыворотка 50 мл реплика", "Как оригинал."),
        ("lo_rev", "pl-PL", "L'Oréal Revitalift Laser X3 podróbka tanio", "Nowy."),
        ("sh_anessa", "ko-KR", "아네사 선크림 60ml 정품급", "택배 가능"),
        ("lo_gen", "es-CO", "Lancôme Génifique réplica AAA 50ml", "Contraentrega."),
        ("el_dw", "fr-DZ", "Fond de teint Double Wear Estée Lauder copie A", "Livraison 58 wilayas."),
    ]
    from_pool(ctx, "c_beauty19", "", "counterfeit", pool)


@cls("c_fmcg19", "", "counterfeit", "food, drinks, formula and household goods faked or refilled: 'factory B', relabels, tins refilled, cheap bulk")
def c_fmcg19(ctx):
    pool = [
        ("da_apt", "zh-CN", "爱他美 3段 800g 工厂B货 便宜出", "外包装一样 日期新鲜", {"f": 0.3}),
        ("ab_sim", "en-NG", "Similac 360 stage 3 900g – China made tin", "Same as original, cheap.", {"f": 0.35}),
        ("fe_nut", "it-IT", "Nutella 750g imitazione perfetta all'ingrosso", "Stesso vasetto, prezzo basso.", {"f": 0.4}),
        ("cc_24", "es-PE", "Coca-Cola 330ml x24 bamba sabor igualito", "Precio de fábrica.", {"f": 0.35}),
        ("ne_nan", "vi-VN", "Sữa NAN Optipro 2 800g hàng fake loại 1", "Giá sỉ.", {"f": 0.3}),
        ("fe_roch", "ru-RU", "Ferrero Rocher 30 шт копия Турция", "Вкус почти как оригинал.", {"f": 0.35}),
        ("ma_snick", "en-PH", "Snickers 24 bars class A from China", "Cheap for resale.", {"f": 0.35}),
        ("ne_gold", "ar-EG", "نسكافيه جولد 200 جم هاي كوبي", "جملة", {"f": 0.4}),
        ("da_evian", "zh-CN", "依云 矿泉水 500ml 24瓶 灌装 便宜", "瓶子原装 水自灌", {"f": 0.3}),
        ("ma_rc", "pt-BR", "Ração Royal Canin Maxi 15kg réplica saco original", "Mesmo saco.", {"f": 0.35}),
        ("fe_kinder", "pl-PL", "Kinder Bueno 30 szt podróbka z Turcji", "Tanio hurt.", {"f": 0.35}),
        ("ab_ens", "en-IN", "Ensure Plus 24 duplicate pack cheap", "Same taste, COD.", {"f": 0.3}),
        ("ne_nesp", "fr-FR", "Capsules Nespresso Vertuo copie x50 boîtes d'origine", "Capsules reconditionnées dans boîtes Nespresso.", {"f": 0.3}),
    ]
    from_pool(ctx, "c_fmcg19", "", "counterfeit", pool)


@cls("c_auto_parts19", "", "counterfeit", "car and motorcycle parts, tyres and oil sold as 'genuine OEM' at impossible prices or with copy words")
def c_auto_parts19(ctx):
    pool = [
        ("ty_oil", "en-NG", "Toyota genuine oil filter 90915-YZZD1 carton of 50", "Original Toyota box, wholesale.", {"f": 0.3}),
        ("ho_pads", "ar-SA", "فحمات هوندا أصلية 45022-TBA-A01 تقليد درجة أولى", "سعر جملة", {"f": 0.2}),
        ("bm_disc", "pl-PL", "Tarcza hamulcowa BMW 34116860016 oryginał 40 zł", "Nowa, z kartonem BMW.", {"f": 0.1}),
        ("mi_ps4s", "en-PH", "Michelin Pilot Sport 4S 245/40R18 class A China made", "Set of 4, cheap.", {"f": 0.3}),
        ("sh_helix", "ru-RU", "Масло Shell Helix Ultra 5W-40 4л канистра копия", "Оптом дешевле.", {"f": 0.3}),
        ("bm_key", "de-DE", "BMW M Performance Schlüsselhülle Carbon Nachbau", "Passt F- und G-Serie.", {"f": 0.2}),
        ("ho_gen", "es-MX", "Generador Honda EU2200i clon 2200W", "Igualito al original.", {"f": 0.2}),
        ("ty_pads", "vi-VN", "Má phanh Toyota 04465-02220 hàng nhái loại 1", "Giá rẻ.", {"f": 0.2}),
        ("mi_prim", "tr-TR", "Michelin Primacy 4+ 205/55R16 çakma", "4 adet fiyatı.", {"f": 0.3}),
        ("ho_oil", "id-ID", "Filter oli Honda 15400-PLM-A02 KW", "Grosir 100 pcs.", {"f": 0.3}),
        ("sh_rimula", "en-KE", "Shell Rimula R4 X 15W-40 20L – China copy", "Cheap for garages.", {"f": 0.3}),
        ("ty_air", "ur-PK", "ٹویوٹا ایئر فلٹر 17801-0T030 کاپی", "ہول سیل ریٹ", {"f": 0.25}),
        ("bm_oil", "en-GB", "BMW oil filter 11428575211 genuine – 10 for £15", "OEM quality.", {"f": 0.1}),
    ]
    from_pool(ctx, "c_auto_parts19", "", "counterfeit", pool)


@cls("c_electronics_clone19", "", "counterfeit", "clone phones, earbuds, headphones, chargers and camera batteries named by the brand and a clone word")
def c_electronics_clone19(ctx):
    pool = [
        ("ap_app2", "en-US", "AirPods Pro 2 clone – pop-up, ANC, find my", "Best clone 2026, serial works.", {"usd": 28}),
        ("ss_s24u", "es-MX", "Samsung Galaxy S24 Ultra clon 16GB/1TB", "Android 14, igual al original.", {"usd": 110}),
        ("bo_qc45", "en-IN", "Bose QC45 master copy headphones", "Same sound, COD.", {"usd": 25}),
        ("so_xm5", "pt-BR", "Fone Sony WH-1000XM5 réplica primeira linha", "Cancelamento de ruído.", {"usd": 30}),
        ("ap_i15", "ar-IQ", "ايفون 15 برو كوبي درجة أولى", "يشتغل بصمة وجه", {"usd": 120}),
        ("cn_bat", "de-DE", "Canon LP-E6NH Akku Nachbau 2er Pack", "Zeigt Ladestand an.", {"usd": 14}),
        ("ap_20w", "fr-FR", "Lot 10 chargeurs Apple 20W copie", "Câble inclus.", {"usd": 18}),
        ("ss_buds", "th-TH", "Samsung Galaxy Buds2 Pro ก๊อปเกรดเอ", "ส่งฟรี", {"usd": 18}),
        ("ap_mba", "ru-RU", "MacBook Air 13 M3 копия на Windows", "Как настоящий.", {"usd": 180}),
        ("so_ps5", "zh-CN", "索尼 PS5 高仿 游戏机 内置游戏", "外观一模一样", {"usd": 60}),
        ("bo_flex", "sw-KE", "Bose SoundLink Flex feki", "Sauti nzuri, bei nafuu.", {"usd": 20}),
        ("ss_chg", "bn-BD", "Samsung 25W চার্জার মাস্টার কপি", "ক্যাশ অন ডেলিভারি", {"usd": 3}),
        ("ap_app2", "ko-KR", "에어팟 프로2 미러급 노캔 팝업", "택배 가능", {"usd": 35}),
    ]
    from_pool(ctx, "c_electronics_clone19", "", "counterfeit", pool)


@cls("c_toy_clone19", "", "counterfeit", "toy and model kit clones named with the brand's line and set number plus 'copy', 'KO', 'fake'")
def c_toy_clone19(ctx):
    pool = [
        ("le_falcon", "en-GB", "LEGO 75192 Millennium Falcon copy set 7541 pcs", "Same instructions, fits LEGO.", {"usd": 95}),
        ("le_lambo", "de-DE", "LEGO Technic 42115 Lamborghini Nachbau", "Originalgetreu, 3696 Teile.", {"usd": 60}),
        ("ba_pg", "en-US", "PG Unicorn Gundam KO Daban 1/60", "Bootleg, great quality.", {"usd": 70}),
        ("ba_mg", "ja-JP", "ガンダム MG RX-78-2 Ver.3.0 コピー品", "中国製 海賊版", {"usd": 15}),
        ("ha_opt", "es-MX", "Transformers Optimus Prime Studio Series pirata", "Se transforma igual.", {"usd": 12}),
        ("mt_dream", "pt-BR", "Casa da Barbie Dreamhouse réplica", "Com móveis.", {"usd": 50}),
        ("ha_nerf", "id-ID", "Nerf Elite 2.0 KW murah", "Bisa COD.", {"usd": 5}),
        ("le_tree", "ru-RU", "LEGO Ideas 21318 Дом на дереве копия", "Полный комплект.", {"usd": 35}),
        ("ha_mono", "tr-TR", "Monopoly klasik çakma", "Kutu aynı.", {"usd": 5}),
        ("ba_tama", "zh-CN", "万代 拓麻歌子 高仿 电子宠物", "一比一", {"usd": 4}),
        ("mt_hw", "en-PH", "Hot Wheels track builder class A", "Cheap.", {"usd": 7}),
        ("le_falcon", "pl-PL", "Klocki LEGO Sokół Millennium 75192 podróbka", "Kompletny.", {"usd": 110}),
        ("ha_opt", "fr-FR", "Figurine Transformers Optimus Prime contrefaçon", "Neuve.", {"usd": 13}),
    ]
    from_pool(ctx, "c_toy_clone19", "", "counterfeit", pool)


@cls("c_sports_gear19", "", "counterfeit", "golf, racket-sport and team-sport gear copies (tour copy, replica head, fake shuttles)")
def c_sports_gear19(ctx):
    pool = [
        ("ca_drv", "en-US", "Callaway Paradym Ai Smoke driver – copy head, stiff shaft", "Looks and sounds the same.", {"usd": 75}),
        ("ca_ball", "ko-KR", "캘러웨이 크롬소프트 골프공 이미테이션 1다스", "연습용", {"usd": 9}),
        ("yx_ax88", "ms-MY", "Yonex Astrox 88D Pro gred AAA", "Pos seluruh Malaysia.", {"usd": 25}),
        ("yx_nf800", "id-ID", "Raket Yonex Nanoflare 800 KW super", "Bisa COD.", {"usd": 22}),
        ("yx_as50", "th-TH", "ลูกแบด Yonex Aerosensa 50 ก๊อป", "ยกโหล", {"usd": 9}),
        ("wi_ps97", "es-AR", "Raqueta Wilson Pro Staff 97 réplica", "Primera línea.", {"usd": 40}),
        ("wi_evo", "en-PH", "Wilson Evolution basketball class A", "Indoor.", {"usd": 14}),
        ("nk_tech", "en-GB", "Nike Tech Fleece full tracksuit – rep", "All sizes, all colours.", {"usd": 40}),
        ("ad_samba", "hi-IN", "adidas Samba OG फर्स्ट कॉपी", "कैश ऑन डिलीवरी", {"usd": 18}),
        ("ca_drv", "zh-CN", "卡拉威 Paradym 一号木 高仿", "打感一样", {"usd": 60}),
        ("yx_ax88", "vi-VN", "Vợt Yonex Astrox 88D hàng fake loại 1", "Giá rẻ.", {"usd": 20}),
        ("wi_ps97", "de-DE", "Wilson Pro Staff 97 v14 Kopie", "Bespannt.", {"usd": 45}),
        ("pm_palermo", "it-IT", "Puma Palermo imitazione", "Tutte le taglie.", {"usd": 25}),
    ]
    from_pool(ctx, "c_sports_gear19", "", "counterfeit", pool)


@cls("c_luxury_bags_apparel19", "", "counterfeit", "bags, belts, outerwear and jeans of the brand with fresh copy wordings, at a copy's price")
def c_luxury_bags_apparel19(ctx):
    pool = [
        ("lvt_keepall", "en-US", "Louis Vuitton Keepall 45 – super fake, date code", "Comes with dust bag, receipt, box."),
        ("gc_jackie", "fr-FR", "Gucci Jackie 1961 – copie haut de gamme", "Cuir, dustbag."),
        ("bb_trench", "it-IT", "Trench Burberry Kensington replica sartoriale", "Tutte le taglie."),
        ("co_tabby", "es-MX", "Bolsa Coach Tabby 26 réplica espejo", "Con dustbag."),
        ("mk_jetset", "en-GH", "Michael Kors Jet Set tote – China quality", "Delivery within Accra."),
        ("cg_lang", "de-DE", "Canada Goose Langford Parka Fake top Qualität", "Alle Größen."),
        ("tn_duf", "ru-RU", "Сумка The North Face Base Camp Duffel реплика", "Все размеры."),
        ("lv_501", "tr-TR", "Levi's 501 çakma kot", "Tüm bedenler."),
        ("lvt_zippy", "ja-JP", "ルイ・ヴィトン ジッピーウォレット N級品", "即日発送"),
        ("gc_belt", "ar-SA", "حزام قوتشي ماستر كوالتي", "توصيل"),
        ("co_wallet", "tl-PH", "Coach long wallet class A", "Pwede COD."),
        ("pm_suede", "ro-RO", "Puma Suede Classic imitație", "Toate mărimile."),
        ("lv_trucker", "en-AU", "Levi's Trucker jacket replica", "All sizes."),
    ]
    from_pool(ctx, "c_luxury_bags_apparel19", "", "counterfeit", pool)


@cls("c_watches_jewelry19", "", "counterfeit", "watches and jewellery with fresh copy wordings (homage-with-logo, super clone, 925 copy, plated)")
def c_watches_jewelry19(ctx):
    pool = [
        ("rx_gmt", "en-US", "Rolex GMT-Master II Pepsi super clone jubilee", "Swiss-made look, full set."),
        ("om_speed", "en-GB", "Omega Speedmaster Moonwatch copy – hesalite", "Manual wind, works great."),
        ("ct_clou", "fr-FR", "Bracelet Cartier Juste un Clou copie plaqué or", "Acier inoxydable, ne noircit pas."),
        ("sw_const", "de-DE", "Swarovski Constella Armband Imitat", "Funkelt wie echt."),
        ("pd_heart", "es-ES", "Charm Pandora corazón réplica plata", "Compatible pulseras."),
        ("mk_watch", "pt-BR", "Relógio Michael Kors Parker réplica", "Com caixa."),
        ("rx_dtn", "ar-AE", "ساعة رولكس دايتونا ماستر كوالتي", "توصيل داخل دبي"),
        ("ct_santos", "ru-RU", "Часы Cartier Santos копия", "Сапфир."),
        ("om_sea", "hi-IN", "Omega Seamaster मास्टर कॉपी घड़ी", "कैश ऑन डिलीवरी"),
        ("sw_mill", "vi-VN", "Dây chuyền Swarovski Millenia hàng rep", "Ship COD."),
        ("pd_snake", "tr-TR", "Pandora yılan zincir bileklik çakma", "Kutulu."),
        ("rx_dj", "zh-TW", "勞力士 Datejust 41 A貨", "超商取貨"),
        ("ct_love", "en-IN", "Cartier Love bracelet first copy gold", "COD available."),
    ]
    from_pool(ctx, "c_watches_jewelry19", "", "counterfeit", pool)


# ================================================================== counterfeit, rarer (*)

@cls("c_spoonerism19", "*", "counterfeit", "the first sounds of a two-word mark swapped (Vouis Luitton, Kichael Mors, Ganada Coose, The Forth Nace)")
def c_spoonerism19(ctx):
    pool = [
        ("lvt_nf", "en-US", "Vouis Luitton Neverfull MM tote – 1:1", "You know the one 😉 monogram canvas, pouch included."),
        ("mk_jetset", "en-GB", "Kichael Mors Jet Set large tote", "Signature print, mirror copy."),
        ("cg_exp", "en-CA", "Ganada Coose Expedition parka", "Fur hood, arctic patch, rep quality."),
        ("tn_nup", "de-DE", "The Forth Nace Nuptse 1996 Daunenjacke", "Nachbau, alle Größen."),
        ("el_anr", "fr-FR", "Lestée Auder Advanced Night Repair 50ml", "Copie parfaite, même flacon."),
        ("mt_hw", "en-AU", "Wot Heels track builder set – copy", "Cheap, fits the cars."),
        ("ad_stan", "nl-NL", "Sman Stith witte sneakers replica", "Maat 36-45."),
        ("nk_am90", "es-MX", "Mair Ax 90 tenis réplica AAA", "Todas las tallas."),
        ("nk_aj1", "en-US", "Jair Ordan 1 High Chicago rep", "LJR, OG box."),
        ("mi_ps4s", "pl-PL", "Opony Spilot Port 4S 245/40R18 z Chin", "Komplet 4 szt."),
        ("ca_ball", "en-GB", "Srome Choft golf balls dozen – copies", "Practice quality."),
        ("wi_ps97", "it-IT", "Racchetta Stro Paff 97 v14 replica", "Incordata."),
        ("ct_santos", "pt-BR", "Relógio Cantos de Sartier réplica", "Caixa e manual."),
    ]
    from_pool(ctx, "c_spoonerism19", "*", "counterfeit", pool)


@cls("c_syllable_sum19", "*", "counterfeit", "the mark written as a sum of its syllables (Ro + lex, Gu+cci, Dy + son, Swa+rov+ski)")
def c_syllable_sum19(ctx):
    pool = [
        ("rx_sub", "en-US", "Ro + lex Submariner 41 black – AAA", "Add the two halves 😉 full set."),
        ("gc_belt", "fr-FR", "Ceinture Gu+cci double G", "Copie top, boîte incluse."),
        ("dy_aw", "de-DE", "Dy + son Airwrap komplett", "Nachbau, alle Aufsätze."),
        ("sw_swan", "it-IT", "Collana Swa+rov+ski cigno", "Imitazione, confezione regalo."),
        ("ct_love", "es-ES", "Pulsera Car + tier Love oro", "Réplica exacta."),
        ("pd_snake", "pl-PL", "Bransoletka Pan + dora srebro", "Kopia, z pudełkiem."),
        ("ss_s24u", "en-IN", "Sam + sung S24 Ultra first copy", "COD."),
        ("bo_qc45", "pt-BR", "Fone Bo + se QC45 réplica", "Envio imediato."),
        ("om_speed", "nl-NL", "O+me+ga Speedmaster Moonwatch replica", "Handopwind."),
        ("bb_scarf", "en-GB", "Bur + berry check scarf – copy", "Cashmere feel."),
        ("ad_ps", "tr-TR", "A+do+be Photoshop ömür boyu lisans", "Uzaktan kurulum.", {"usd": 7}),
        ("nk_dunk", "es-CO", "Tenis Ni + ke Dunk Low Panda réplica", "Contraentrega."),
        ("lvt_nf", "ru-RU", "Сумка Lou + is Vuit + ton Neverfull копия", "Люкс качество."),
    ]
    from_pool(ctx, "c_syllable_sum19", "*", "counterfeit", pool)


@cls("c_title_initials19", "*", "counterfeit", "the title's word initials spell the mark (Royal Ocean Luxe Elegance X41 ... = ROLEX), a hint in the text")
def c_title_initials19(ctx):
    pool = [
        ("rx_sub", "en-US", "Royal Ocean Luxe Elegance X41 automatic diver watch", "Read the first letters 😉 1:1, ceramic bezel."),
        ("gc_belt", "en-GB", "Genuine-look Urban Chic Classic Italian belt 90cm", "First letters say it all. Double letter buckle."),
        ("nk_dunk", "en-US", "New Inspired Kicks Edition low sneakers panda", "Initials 👀 same as the real ones."),
        ("dy_aw", "en-AU", "Digital Youth Salon Orbit Neo hair styler full set", "Take the first letters. Same as the 600 one."),
        ("om_sea", "en-CA", "Ocean Master Edition Gents Automatic 42mm wave dial", "Initials tell you the brand. Rep."),
        ("ct_love", "en-US", "Classic Amour Ring-screw Twist In Eternal Rose-gold bracelet", "First letters 😉 screwdriver included."),
        ("pd_snake", "en-GB", "Pretty Accent Necklace Daily Ornate Romantic Allure charm bracelet", "Initials = the charm brand. Copy."),
        ("bo_qc45", "en-IN", "Bass Over-ear Silence Edition headphones", "First letters. Master copy."),
        ("ap_app2", "en-PH", "Audio Pods Pro Level Edition earbuds pop-up", "Initials 😉 class A."),
        ("co_tabby", "en-US", "City Outing All-day Carry Handbag 26", "Look at the first letters. Mirror."),
        ("ss_s24u", "en-NG", "Super AMOLED Mega Slim Ultra Next-Gen phone 512GB", "First letters. China copy."),
        ("le_falcon", "en-GB", "Large Epic Giant Opus starship set 7541 pcs", "First letters 😉 compatible bricks, same set."),
        ("so_xm5", "es-US", "Silent Over-ear Noise-cancelling Yes-edition audífonos", "Las iniciales 😉 réplica."),
    ]
    from_pool(ctx, "c_title_initials19", "*", "counterfeit", pool)


@cls("c_oxymoron19", "*", "counterfeit", "self-contradicting quality words: 'original replica', 'authentic copy', 'echte Fälschung', 'оригинальная копия', 'ori KW'")
def c_oxymoron19(ctx):
    pool = [
        ("rx_sub", "en-US", "Rolex Submariner original replica 41mm", "Original replica, best you can get."),
        ("gc_marmont", "en-GB", "Gucci Marmont bag authentic copy", "Authentic copy, leather."),
        ("nk_dunk", "en-NG", "Nike Dunk Low genuine fake – grade A", "Genuine fake, pay on delivery."),
        ("lvt_nf", "de-DE", "Louis Vuitton Neverfull echte Fälschung", "Echte Fälschung in Top Qualität."),
        ("ct_love", "es-MX", "Pulsera Cartier Love réplica original", "Réplica original con caja."),
        ("dy_hd08", "pt-BR", "Secador Dyson Supersonic original réplica", "Original réplica, funciona perfeito."),
        ("om_sea", "ru-RU", "Omega Seamaster оригинальная копия", "Оригинальная копия, гарантия."),
        ("cg_exp", "it-IT", "Canada Goose Expedition falso originale", "Falso originale, qualità alta."),
        ("ad_yeezy", "id-ID", "Adidas Yeezy 350 ori KW", "Ori KW, bisa COD."),
        ("bo_qc45", "tr-TR", "Bose QC45 orijinal çakma", "Orijinal çakma, ses çok iyi."),
        ("sw_swan", "pl-PL", "Naszyjnik Swarovski oryginalna podróbka", "Oryginalna podróbka."),
        ("lvt_speedy", "ja-JP", "ルイ・ヴィトン スピーディ 本物のコピー", "本物のコピーです。"),
        ("ap_app2", "fr-FR", "AirPods Pro 2 vraie fausse", "Vraie fausse, pop-up ok."),
    ]
    from_pool(ctx, "c_oxymoron19", "*", "counterfeit", pool)


@cls("c_why_pay_pitch19", "*", "counterfeit", "a pitch naming the brand as what you need not pay for ('Why pay 10k for a Rolex?') beside goods bearing its logo")
def c_why_pay_pitch19(ctx):
    pool = [
        ("rx_sub", "en-US", "Why pay $10,000 for a Rolex Submariner? Same look, same logo", "Nobody will know the difference. 1/30 of the price."),
        ("lvt_nf", "en-GB", "Why pay £1,700 for a Louis Vuitton Neverfull?", "Same monogram, same size, fraction of the price."),
        ("dy_aw", "de-DE", "Warum 600 € für einen Dyson Airwrap zahlen?", "Gleiches Logo, gleiche Aufsätze, hier für einen Bruchteil."),
        ("ct_love", "fr-FR", "Pourquoi payer 7000 € un Cartier Love ?", "Même gravure, même tournevis."),
        ("gc_belt", "es-ES", "¿Por qué pagar 500 € por un cinturón Gucci?", "Mismo logo GG, misma caja."),
        ("cg_exp", "en-CA", "Why pay $2,000 for a Canada Goose?", "Same patch, same fur, stays warm."),
        ("bo_qc45", "pt-BR", "Por que pagar R$ 2.000 num Bose QC45?", "Mesmo logo, mesmo som."),
        ("ap_app2", "it-IT", "Perché pagare 279 € per AirPods Pro 2?", "Stesso logo, stesso popup."),
        ("om_speed", "nl-NL", "Waarom 8.000 euro betalen voor een Omega Speedmaster?", "Zelfde wijzerplaat en logo."),
        ("nk_aj1", "en-AU", "Why pay $500 resale for Jordan 1 Chicago?", "Same swoosh, same box."),
        ("el_anr", "pl-PL", "Po co płacić 500 zł za Estée Lauder ANR?", "Ta sama buteleczka, to samo logo."),
        ("sw_mill", "sv-SE", "Varför betala 3000 kr för Swarovski Millenia?", "Samma logga, samma glans."),
        ("pd_snake", "en-IE", "Why pay €70 for a Pandora bracelet?", "Same clasp, same stamp."),
    ]
    from_pool(ctx, "c_why_pay_pitch19", "*", "counterfeit", pool)


@cls("c_purse_party19", "*", "counterfeit", "home 'purse party' / 'bag party' invitations selling the brand's bags and accessories at copy prices")
def c_purse_party19(ctx):
    pool = [
        ("lvt_speedy", "en-US", "Purse party this Saturday – Louis Vuitton Speedy and more!", "Bring friends, cash only, $60 each, wine provided.", {"usd": 60}),
        ("gc_marmont", "en-US", "Handbag party at my place – Gucci Marmont $75", "Inspired bags with logos, first come first served.", {"usd": 75}),
        ("co_tabby", "en-US", "Coach Tabby purse party Friday 7pm", "All bags $45, BYOB.", {"usd": 45}),
        ("mk_jetset", "en-CA", "Michael Kors tote purse party – $40 each", "Ladies night, cash or e-transfer.", {"usd": 29}),
        ("lvt_nf", "en-GB", "Bag party Sunday – Louis Vuitton Neverfull £55", "DM for address, limited stock.", {"usd": 70}),
        ("bb_scarf", "en-AU", "Purse & scarf party – Burberry scarves $30", "Come by Saturday arvo.", {"usd": 20}),
        ("gc_belt", "es-US", "Fiesta de bolsas este sábado – cintos Gucci $25", "Traigan amigas, pago en efectivo.", {"usd": 25}),
        ("lvt_zippy", "en-US", "Purse party wallets – Louis Vuitton Zippy $35", "Matching bags also available.", {"usd": 35}),
        ("co_wallet", "en-US", "Coach wallet party – church hall Thursday", "All wallets $20, raising money for the trip.", {"usd": 20}),
        ("mk_watch", "en-US", "Jewelry & watch party – Michael Kors Parker $35", "Inspired pieces with logos.", {"usd": 35}),
        ("gc_sun", "en-GB", "Purse party – Gucci sunglasses £20", "Bag party next weekend, bring cash.", {"usd": 25}),
        ("lvt_keepall", "en-CA", "Purse party – Louis Vuitton Keepall duffel $90", "Great for travel, limited.", {"usd": 65}),
        ("sw_swan", "en-AU", "Jewellery party – Swarovski swan necklaces $25", "Home party, all welcome.", {"usd": 16}),
    ]
    from_pool(ctx, "c_purse_party19", "*", "counterfeit", pool)


@cls("c_no_auth_questions19", "*", "counterfeit", "the seller forbids authenticity questions, legit checks or returns after checking, at a copy's price")
def c_no_auth_questions19(ctx):
    pool = [
        ("lvt_speedy", "en-US", "Louis Vuitton Speedy 30 – no 'is it real' questions", "Price reflects it. No returns, no authentication requests."),
        ("rx_dj", "en-GB", "Rolex Datejust 41 – don't ask, price says it", "No meet-ups at jewellers. Cash only."),
        ("nk_aj1", "en-US", "Jordan 1 Chicago – no legit checks", "Don't send me CheckCheck results. Sold as is."),
        ("gc_marmont", "fr-FR", "Gucci Marmont – pas de questions sur l'authenticité", "Le prix parle de lui-même. Pas de retour."),
        ("dy_aw", "de-DE", "Dyson Airwrap – keine Fragen zur Echtheit", "Kein Umtausch, keine Prüfung im Laden."),
        ("ct_love", "es-ES", "Cartier Love – no preguntéis si es original", "El precio lo dice todo."),
        ("cg_exp", "it-IT", "Canada Goose Expedition – niente domande sull'originalità", "Nessun reso."),
        ("om_sea", "nl-NL", "Omega Seamaster – geen vragen over echtheid", "Geen retour."),
        ("bo_qcue", "pl-PL", "Bose QC Ultra Earbuds – bez pytań o oryginalność", "Bez zwrotów."),
        ("ad_yeezy", "pt-BR", "Yeezy 350 Zebra – sem perguntas se é original", "Preço já diz."),
        ("sw_mill", "ru-RU", "Swarovski Millenia – не спрашивайте оригинал или нет", "Цена говорит сама."),
        ("ap_app2", "tr-TR", "AirPods Pro 2 – orijinal mi diye sormayın", "İade yok."),
        ("pd_snake", "sv-SE", "Pandora armband – fråga inte om den är äkta", "Inga returer."),
    ]
    from_pool(ctx, "c_no_auth_questions19", "*", "counterfeit", pool)


@cls("c_scare_quotes19", "*", "counterfeit", "the brand in scare quotes (\"Rolex\", «Gucci», „Nike\", 「LV」) as the only hint, at a copy's price")
def c_scare_quotes19(ctx):
    pool = [
        ("rx_sub", "en-US", "\"Rolex\" Submariner black 41mm", "Works perfectly. \"Full set\"."),
        ("gc_belt", "fr-FR", "Ceinture «Gucci» GG noire", "Très bon état, neuve."),
        ("nk_dunk", "de-DE", "„Nike\" Dunk Low Panda 43", "Neu mit Karton."),
        ("lvt_nf", "ja-JP", "「ルイ・ヴィトン」ネヴァーフル MM", "新品 箱付き"),
        ("dy_hd08", "en-GB", "'Dyson' Supersonic hair dryer", "New, boxed."),
        ("ct_love", "es-MX", "Pulsera \"Cartier\" Love oro", "Nueva con caja."),
        ("om_speed", "it-IT", "Orologio «Omega» Speedmaster", "Nuovo."),
        ("cg_exp", "ru-RU", "Парка «Canada Goose» Expedition", "Новая."),
        ("ap_app2", "pl-PL", "Słuchawki „AirPods Pro 2\"", "Nowe."),
        ("bo_qc45", "en-AU", "\"Bose\" QC45 headphones", "Brand new."),
        ("sw_swan", "cs-CZ", "Náhrdelník „Swarovski\" labuť", "Nový."),
        ("gc_marmont", "ko-KR", "'구찌' 마몬트 숄더백", "새상품"),
        ("mk_jetset", "pt-BR", "Bolsa \"Michael Kors\" Jet Set", "Nova."),
    ]
    from_pool(ctx, "c_scare_quotes19", "*", "counterfeit", pool)


@cls("c_research_only19", "*", "counterfeit", "branded medicines sold 'for research purposes only / not for human consumption / for lab use'")
def c_research_only19(ctx):
    pool = [
        ("pf_via", "en-US", "Viagra 100mg tablets – for research purposes only", "Not for human consumption. 30 tabs. Lab use.", {"usd": 22}),
        ("pf_via", "en-GB", "Pfizer Viagra research sample 50 tablets", "Research chemical. Not for human use.", {"usd": 30}),
        ("pf_lip", "en-US", "Lipitor atorvastatin 20mg – research only, 90 tabs", "For in-vitro research.", {"usd": 18}),
        ("pf_via", "de-DE", "Viagra 100 mg – nur für Forschungszwecke", "Nicht zum Verzehr. Laborbedarf.", {"usd": 25}),
        ("pf_via", "nl-NL", "Viagra Pfizer 100mg – alleen voor onderzoek", "Niet voor menselijke consumptie.", {"usd": 20}),
        ("pf_lip", "fr-FR", "Lipitor 20 mg – usage recherche uniquement", "Pas pour consommation humaine.", {"usd": 15}),
        ("pf_via", "es-ES", "Viagra 100 mg – solo para investigación", "No apto para consumo humano.", {"usd": 18}),
        ("pf_via", "pl-PL", "Viagra 100 mg – wyłącznie do celów badawczych", "Nie do spożycia.", {"usd": 16}),
        ("pf_lip", "it-IT", "Lipitor 20mg – solo uso di ricerca", "Non per uso umano.", {"usd": 14}),
        ("pf_via", "en-AU", "Viagra 100mg – lab reference material", "Research use only, 20 tabs.", {"usd": 19}),
        ("pf_via", "sv-SE", "Viagra 100 mg – endast för forskning", "Ej för människor.", {"usd": 20}),
        ("pf_lip", "en-CA", "Lipitor 20mg research grade – not for human use", "Third-party tested.", {"usd": 17}),
        ("pf_via", "ru-RU", "Виагра 100 мг – только для исследований", "Не для употребления.", {"usd": 14}),
    ]
    from_pool(ctx, "c_research_only19", "*", "counterfeit", pool)


@cls("c_lowercase_initials19", "*", "counterfeit", "the brand's initials in lower case as people type them (lv, tnf, cg, mk, gg, aj1, anr) with a copy cue")
def c_lowercase_initials19(ctx):
    pool = [
        ("lvt_nf", "en-US", "lv neverfull mm aaa", "mirror quality, pouch incl"),
        ("tn_nup", "en-GB", "tnf nuptse 700 puffer 1:1", "all sizes, rep"),
        ("cg_exp", "en-CA", "cg expedition parka rep", "fur hood, patch, warm af"),
        ("mk_jetset", "en-NG", "mk jet set tote china copy", "pay on delivery"),
        ("gc_belt", "en-AU", "gg marmont belt copy", "gold buckle, 90cm"),
        ("nk_aj1", "en-US", "aj1 chicago rep ljr", "og box"),
        ("nk_af1", "en-PH", "af1 triple white class a", "cod"),
        ("el_anr", "en-SG", "el anr serum 50ml copy", "same bottle"),
        ("lvt_keepall", "en-IN", "lv keepall 45 first copy", "cod available"),
        ("tn_duf", "en-GB", "tnf base camp duffel m replica", "quick postage"),
        ("cg_lang", "fr-CA", "cg langford parka réplique", "livraison Montréal"),
        ("mk_watch", "es-MX", "reloj mk parker réplica", "envío gratis"),
        ("lvt_zippy", "en-ZA", "lv zippy wallet fong kong", "A grade"),
    ]
    from_pool(ctx, "c_lowercase_initials19", "*", "counterfeit", pool)


@cls("c_deception_pitch19", "*", "counterfeit", "a pitch that the buyer can fool others with it ('she'll never know', 'impress at work', 'looks real on camera')")
def c_deception_pitch19(ctx):
    pool = [
        ("ct_love", "en-US", "Cartier Love bracelet – she'll never know 😉", "Perfect anniversary gift, engraved screws."),
        ("rx_dj", "en-GB", "Rolex Datejust 41 – impress at the office", "Nobody checks at work. Full set."),
        ("lvt_keepall", "en-US", "Louis Vuitton Keepall – looks real on camera", "Perfect for your IG travel pics."),
        ("gc_marmont", "de-DE", "Gucci Marmont – deine Freundinnen merken nichts", "Top Geschenk."),
        ("dy_aw", "fr-FR", "Dyson Airwrap – personne ne verra la différence", "Cadeau parfait pour Noël."),
        ("om_speed", "es-ES", "Omega Speedmaster – perfecto para aparentar", "Nadie lo va a notar."),
        ("sw_mill", "it-IT", "Swarovski Millenia – lei non se ne accorgerà", "Regalo perfetto."),
        ("cg_exp", "en-CA", "Canada Goose Expedition – flex at school", "Nobody can tell."),
        ("nk_aj1", "pt-BR", "Jordan 1 Chicago – ninguém vai perceber", "Pra ostentar no rolê."),
        ("bb_scarf", "nl-NL", "Burberry sjaal – je schoonmoeder ziet het verschil niet", "Mooi cadeau."),
        ("pd_snake", "pl-PL", "Bransoletka Pandora – ona się nie zorientuje", "Idealny prezent."),
        ("ap_app2", "ru-RU", "AirPods Pro 2 – никто не отличит", "Для понтов самое то."),
        ("mk_watch", "ar-AE", "ساعة مايكل كورس باركر – محد بيعرف", "هدية مثالية"),
    ]
    from_pool(ctx, "c_deception_pitch19", "*", "counterfeit", pool)


@cls("c_rival_comparison19", "*", "counterfeit", "the seller compares his goods with other copies ('not the DHgate junk', 'better than Canal Street', 'not the 30-euro ones')")
def c_rival_comparison19(ctx):
    pool = [
        ("rx_sub", "en-US", "Rolex Submariner – not the $50 DHgate junk", "This is the real deal clone, 3235 movement."),
        ("lvt_nf", "en-US", "Louis Vuitton Neverfull – way better than Canal Street", "Proper canvas, heat stamp right."),
        ("nk_dunk", "en-GB", "Nike Dunk Panda – not the cheap market ones", "Proper leather, right shape."),
        ("gc_belt", "fr-FR", "Ceinture Gucci – pas la camelote des marchés", "Qualité supérieure aux autres."),
        ("dy_hd08", "de-DE", "Dyson Supersonic – nicht das 30-Euro-Zeug", "Besser als die Billigteile, richtiger Motor."),
        ("ct_love", "es-MX", "Cartier Love – no es la de 200 pesos del tianguis", "Acero que no se pone negro."),
        ("cg_exp", "it-IT", "Canada Goose Expedition – non quelli da bancarella", "Piumino vero, non ovatta."),
        ("om_sea", "tr-TR", "Omega Seamaster – Kapalıçarşı'dakilerden değil", "En üst kalite."),
        ("ap_app2", "en-PH", "AirPods Pro 2 – not the Divisoria 300 peso ones", "Real ANC, not fake ANC."),
        ("bo_qc45", "pt-BR", "Bose QC45 – não é aquele da 25 de Março", "Som de verdade."),
        ("sw_swan", "pl-PL", "Swarovski łabędź – nie te z bazaru", "Lepsze kryształki niż u innych."),
        ("ad_yeezy", "en-AU", "Yeezy 350 Zebra – not the Wish trash", "Real boost in these."),
        ("lvt_speedy", "ko-KR", "루이비통 스피디 30 – 동대문 싸구려 아님", "최상급"),
    ]
    from_pool(ctx, "c_rival_comparison19", "*", "counterfeit", pool)


@cls("c_takedown_urgency19", "*", "counterfeit", "hurry before the platform removes it / my last account was banned / logo hidden so the listing stays up")
def c_takedown_urgency19(ctx):
    pool = [
        ("gc_marmont", "en-US", "Gucci Marmont – buy before this gets taken down", "Listing will be removed soon, grab it."),
        ("nk_dunk", "en-GB", "Nike Dunk Panda – last account got banned for these", "Get them while this one's still up."),
        ("lvt_nf", "en-AU", "Louis Vuitton Neverfull – logo not shown or the ad gets deleted", "Ask for real pics in chat."),
        ("rx_gmt", "de-DE", "Rolex GMT Pepsi – Anzeige wird bald gelöscht", "Schnell sein, letzte Chance."),
        ("dy_aw", "fr-FR", "Dyson Airwrap – annonce supprimée bientôt", "Mon ancien compte a été bloqué."),
        ("ct_love", "es-ES", "Cartier Love – antes de que me borren el anuncio", "Ya me cerraron una cuenta."),
        ("cg_exp", "it-IT", "Canada Goose – prima che mi chiudano l'annuncio", "Logo coperto nelle foto per la piattaforma."),
        ("ap_app2", "pt-BR", "AirPods Pro 2 – antes que derrubem o anúncio", "Conta antiga foi banida."),
        ("om_speed", "nl-NL", "Omega Speedmaster – advertentie gaat zo offline", "Logo niet op de foto vanwege regels."),
        ("bo_qcue", "pl-PL", "Bose QC Ultra Earbuds – zanim usuną ogłoszenie", "Poprzednie konto zablokowane."),
        ("sw_mill", "ru-RU", "Swarovski Millenia – пока не удалили объявление", "Прошлый аккаунт забанили."),
        ("nk_aj1", "tr-TR", "Jordan 1 Chicago – ilan kaldırılmadan al", "Eski hesabım kapatıldı."),
        ("lvt_belt", "en-CA", "Louis Vuitton belt – these keep getting removed", "Buy now or DM."),
    ]
    from_pool(ctx, "c_takedown_urgency19", "*", "counterfeit", pool)


@cls("c_asterisk_footnote19", "*", "counterfeit", "'100% Original*' with fine print that undoes it (*original design, *premium quality, *not from the brand)")
def c_asterisk_footnote19(ctx):
    pool = [
        ("dy_aw", "en-US", "Dyson Airwrap HS05 100% Original*", "*original design, premium quality product, not sold by Dyson."),
        ("rx_sub", "en-GB", "Rolex Submariner – Genuine*", "*genuine quality, Swiss-style movement."),
        ("lvt_nf", "fr-FR", "Louis Vuitton Neverfull – Authentique*", "*authentique qualité, modèle inspiré."),
        ("ap_app2", "de-DE", "AirPods Pro 2 – Original*", "*Originaldesign, Premiumqualität, nicht von Apple."),
        ("gc_belt", "es-ES", "Cinturón Gucci – Original*", "*diseño original, calidad premium."),
        ("bo_qc45", "it-IT", "Bose QC45 – Originale*", "*qualità originale, prodotto compatibile."),
        ("ct_love", "en-US", "Cartier Love bracelet – Real Gold*", "*real gold color plating over steel."),
        ("cg_exp", "nl-NL", "Canada Goose Expedition – Origineel*", "*origineel ontwerp, topkwaliteit."),
        ("om_speed", "pl-PL", "Omega Speedmaster – Oryginał*", "*oryginalny wygląd, mechanizm zamiennik."),
        ("sw_swan", "pt-BR", "Colar Swarovski – Original*", "*cristais de qualidade original."),
        ("nk_af1", "en-AU", "Nike Air Force 1 – Authentic*", "*authentic look, unbranded factory."),
        ("el_anr", "ru-RU", "Estée Lauder ANR – Оригинал*", "*оригинальная формула аналог."),
        ("ss_s24u", "en-IN", "Samsung Galaxy S24 Ultra – Original*", "*original design, Android 13 MTK chipset."),
    ]
    from_pool(ctx, "c_asterisk_footnote19", "*", "counterfeit", pool)


@cls("c_swear_oath19", "*", "counterfeit", "an oath of authenticity (wallahi original, juro por Dios, клянусь, vallahi, I swear down) at a copy's price")
def c_swear_oath19(ctx):
    pool = [
        ("rx_dtn", "ar-SA", "رولكس دايتونا والله أصلي", "والله العظيم أصلي، السعر نهائي"),
        ("nk_af1", "es-MX", "Nike Air Force 1 te lo juro que son originales", "Juro por Dios, originales."),
        ("dy_hd08", "ru-RU", "Dyson Supersonic клянусь оригинал", "Мамой клянусь, оригинал."),
        ("ad_samba", "tr-TR", "Adidas Samba vallahi orijinal", "Vallahi billahi orijinal."),
        ("cg_exp", "en-GB", "Canada Goose Expedition – swear down it's real", "On my mum it's real."),
        ("gc_belt", "en-NG", "Gucci belt – I swear it's original wallahi", "Wallahi original."),
        ("lvt_nf", "fr-FR", "Louis Vuitton Neverfull – je te jure c'est du vrai", "Sur la tête de ma mère."),
        ("ap_app2", "pt-BR", "AirPods Pro 2 – juro que é original", "Juro por Deus."),
        ("om_sea", "de-DE", "Omega Seamaster – ich schwöre, echt", "Ehrenwort, echt."),
        ("ct_love", "ar-EG", "كارتييه لوف والله أصلي", "والله أصلي مش تقليد"),
        ("ss_s24u", "ur-PK", "سام سنگ S24 الٹرا قسم سے اصلی", "اللہ کی قسم اصلی"),
        ("bo_qc45", "id-ID", "Bose QC45 sumpah ori", "Demi Allah ori."),
        ("nk_dunk", "en-US", "Nike Dunk Panda – swear to god they're real", "On everything."),
    ]
    from_pool(ctx, "c_swear_oath19", "*", "counterfeit", pool)


@cls("c_photo_credit19", "*", "counterfeit", "a generic title; the brand only in a photo-credit note (photos from the brand's site, 'item identical'), copy price")
def c_photo_credit19(ctx):
    pool = [
        ("rx_sub", "en-US", "41mm black ceramic diver automatic watch", "Photos: Rolex official website. Item you receive is identical."),
        ("lvt_nf", "en-GB", "Monogram canvas tote bag with pouch", "Pics from Louis Vuitton site, same bag."),
        ("nk_dunk", "de-DE", "Low Sneaker schwarz/weiß Gr. 36-46", "Bilder von Nike SNKRS, Ware sieht gleich aus."),
        ("dy_aw", "fr-FR", "Coiffeur multifonction 6 embouts", "Photos du site Dyson, produit identique."),
        ("ct_love", "es-ES", "Pulsera tornillos oro 17cm", "Fotos de la web de Cartier, igual."),
        ("bo_qc45", "it-IT", "Cuffie noise cancelling nere", "Foto dal sito Bose, il prodotto è uguale."),
        ("om_speed", "nl-NL", "Chronograaf handopwind 42mm", "Foto's van Omega website, horloge identiek."),
        ("cg_exp", "pl-PL", "Kurtka parka z futrem arktyczna", "Zdjęcia ze strony Canada Goose, identyczna."),
        ("ap_app2", "pt-BR", "Fone sem fio com cancelamento de ruído", "Fotos do site da Apple, produto igual."),
        ("gc_marmont", "ru-RU", "Сумка на цепочке стёганая", "Фото с сайта Gucci, товар такой же."),
        ("sw_swan", "en-AU", "Crystal swan pendant necklace", "Images from Swarovski site, same item."),
        ("ss_s24u", "en-NG", "6.8 inch flagship phone 512GB", "Pictures from Samsung website, same phone."),
        ("mk_jetset", "es-MX", "Bolsa tote estampada grande", "Fotos de Michael Kors, igualita."),
    ]
    from_pool(ctx, "c_photo_credit19", "*", "counterfeit", pool)


@cls("c_logo_option19", "*", "counterfeit", "a variant menu offering the goods 'without logo' or 'with logo' (+ a few dollars), the brand named in the option")
def c_logo_option19(ctx):
    rng = ctx.rng
    rows = [
        ("rx_sub", "en-US", "Diver watch 41mm black ceramic – logo optional", "Option A no logo. Option B with Rolex logo + box (+$15)."),
        ("lvt_nf", "en-GB", "Canvas tote MM with pouch – choose version", "Plain or with Louis Vuitton logo print (+£8)."),
        ("nk_dunk", "de-DE", "Low Sneaker Panda – mit oder ohne Logo", "Ohne Logo 35 €, mit Nike Logo 42 €."),
        ("gc_belt", "fr-FR", "Ceinture boucle double lettre – avec/sans logo", "Sans logo 20 €, avec logo Gucci 28 €."),
        ("cg_exp", "en-CA", "Arctic parka fur hood – patch option", "Blank patch or Canada Goose patch (+$20)."),
        ("ct_love", "es-ES", "Pulsera tornillos – versión con logo", "Sin logo 25 €, con grabado Cartier 35 €."),
        ("om_sea", "it-IT", "Diver 42mm onde – logo a scelta", "Senza logo o con logo Omega (+10 €)."),
        ("dy_hd08", "pl-PL", "Suszarka do włosów – wersja z logo", "Bez logo 150 zł, z logo Dyson 180 zł."),
        ("mk_jetset", "pt-BR", "Bolsa tote – com ou sem logo", "Sem logo R$ 90, com logo Michael Kors R$ 110."),
        ("ap_app2", "en-PH", "ANC earbuds – logo version available", "With Apple logo + box +150 PHP."),
        ("tn_nup", "ru-RU", "Пуховик 700 – с логотипом или без", "С логотипом The North Face +500 ₽."),
        ("bb_scarf", "nl-NL", "Sjaal ruit kasjmier – met logo label", "Met Burberry label +5 euro."),
        ("sw_swan", "tr-TR", "Kuğu kolye – logolu seçenek", "Swarovski logolu +50 TL."),
    ]
    for k, lang, title, desc in rows:
        p = P(k)
        ctx.add("c_logo_option19", "counterfeit", "", lang, p["brand"], title, desc, usd=copy_usd(rng, p["lst"]), cat=p["cat"],
                attrs={"Option": "without logo / with logo"})


@cls("c_comment_keyword19", "*", "counterfeit", "'comment / DM the keyword ROLEX for the link' funnels: the brand only as the code word, copy price")
def c_comment_keyword19(ctx):
    pool = [
        ("rx_sub", "en-US", "Luxury diver watch 🔥 comment ROLEX for link", "Comment the word and I'll DM you the catalogue. AAA."),
        ("lvt_nf", "en-GB", "Designer tote restock – reply LV for price", "Reply with the keyword, 1:1 quality."),
        ("nk_dunk", "en-US", "Panda lows back in stock – DM 'NIKE'", "Send the word for sizes. Reps."),
        ("gc_belt", "fr-FR", "Ceinture de créateur – commente GUCCI", "Je t'envoie le lien en privé. Copie."),
        ("dy_aw", "de-DE", "Haarstyler 6in1 – schreib DYSON in die Kommentare", "Link per DM. Nachbau."),
        ("ct_love", "es-MX", "Pulsera de lujo – comenta CARTIER", "Te mando precio por DM. Réplica."),
        ("cg_exp", "en-CA", "Winter parka drop – comment GOOSE for the link", "Reps, all sizes."),
        ("om_speed", "it-IT", "Cronografo lusso – scrivi OMEGA nei commenti", "Ti mando il link. Replica."),
        ("ap_app2", "pt-BR", "Fone ANC – comenta AIRPODS que eu mando", "Réplica premium."),
        ("bo_qc45", "pl-PL", "Słuchawki ANC – napisz BOSE w komentarzu", "Kopia, link w DM."),
        ("sw_swan", "ru-RU", "Колье лебедь – пишите SWAROVSKI в комментарии", "Копия, ссылка в личку."),
        ("ss_s24u", "id-ID", "HP flagship 512GB – komen SAMSUNG", "KW super, link via DM."),
        ("pd_snake", "en-AU", "Charm bracelet – comment PANDORA for price", "Copy, DM sent."),
    ]
    from_pool(ctx, "c_comment_keyword19", "*", "counterfeit", pool)


@cls("c_shifted_space19", "*", "counterfeit", "the space of a multi-word mark moved one letter (Canad aGoose, Michae lKors, Louisv Uitton, Ho tWheels)")
def c_shifted_space19(ctx):
    pool = [
        ("cg_exp", "en-US", "Canad aGoose Expedition parka", "Rep, all sizes."),
        ("mk_jetset", "en-GB", "Michae lKors Jet Set tote", "Copy, quick postage."),
        ("lvt_nf", "fr-FR", "Louisv Uitton Neverfull MM", "Copie, pochette incluse."),
        ("tn_nup", "de-DE", "TheNort hFace Nuptse Jacke", "Nachbau."),
        ("el_anr", "es-ES", "Estée Laude rAdvanced Night Repair", "Réplica 50ml."),
        ("nk_aj1", "en-AU", "Ai rJordan 1 High Chicago", "Rep, OG box."),
        ("nk_am90", "pt-BR", "Tênis Air Ma x90", "Réplica primeira linha."),
        ("ad_stan", "nl-NL", "Sta nSmith sneakers wit", "Replica."),
        ("cc_24", "es-PE", "Coc aCola 330ml x24", "Bamba, precio de fábrica.", {"f": 0.35}),
        ("fe_roch", "it-IT", "Ferrer oRocher 30 pezzi", "Imitazione.", {"f": 0.35}),
        ("mi_ps4s", "pl-PL", "Pilo tSport 4S 245/40R18", "Podróbka, komplet.", {"f": 0.3}),
        ("mt_hw", "en-PH", "Ho tWheels track builder", "Class A.", {"f": 0.3}),
        ("wi_ps97", "ru-RU", "Pr oStaff 97 v14 ракетка", "Копия."),
    ]
    from_pool(ctx, "c_shifted_space19", "*", "counterfeit", pool)


@cls("c_sales_count_boast19", "*", "counterfeit", "'2,300 sold, 4.9 stars, repeat buyers know' boasts of volume for a brand's goods at a copy's price")
def c_sales_count_boast19(ctx):
    pool = [
        ("rx_sub", "en-US", "Rolex Submariner – 2,300+ sold, 4.9★", "Repeat buyers know the quality. Ships in 3 days."),
        ("lvt_nf", "en-GB", "Louis Vuitton Neverfull – 800 sold this month", "Check my feedback, all happy."),
        ("nk_dunk", "de-DE", "Nike Dunk Panda – über 5.000 verkauft", "Stammkunden wissen Bescheid."),
        ("dy_aw", "fr-FR", "Dyson Airwrap – 1200 vendus, clients satisfaits", "Voir les avis."),
        ("ap_app2", "es-MX", "AirPods Pro 2 – más de 10 mil vendidos", "Calificación 4.9."),
        ("gc_belt", "it-IT", "Cintura Gucci – oltre 3000 venduti", "Clienti che tornano."),
        ("cg_exp", "nl-NL", "Canada Goose Expedition – 600 verkocht", "Zie reviews."),
        ("bo_qc45", "pl-PL", "Bose QC45 – ponad 2000 sprzedanych", "Zadowoleni klienci."),
        ("ct_love", "pt-BR", "Pulseira Cartier Love – 4 mil vendidas", "Avaliação 5 estrelas."),
        ("ss_s24u", "vi-VN", "Samsung Galaxy S24 Ultra – đã bán 3,2k", "Đánh giá 4.9 sao."),
        ("sw_swan", "tr-TR", "Swarovski kuğu kolye – 1500 satıldı", "Müşteri yorumlarına bakın."),
        ("om_sea", "ru-RU", "Omega Seamaster – продано 900 шт", "Отзывы 4.9."),
        ("ad_yeezy", "id-ID", "Adidas Yeezy 350 – terjual 7rb+", "Rating 4.9."),
    ]
    from_pool(ctx, "c_sales_count_boast19", "*", "counterfeit", pool)


# ================================================================== innocent: genuine goods sold by others

def inn(ctx, cname, tactic, pool, fr):
    from_pool(ctx, cname, tactic, "innocent", pool, price=fr)


@cls("in_authorized_store19", "", "innocent", "the brand's own stores on marketplaces (the registry's seller ids), at list price")
def in_authorized_store19(ctx):
    rng = ctx.rng
    rows = [("nk_af1", "zh-CN", "tmall", "nike-official", "Nike官方旗舰店", "Nike Air Force 1 '07 男子运动鞋 CW2288-111"),
            ("ad_samba", "de-DE", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "adidas Samba OG Schuh B75806"),
            ("bo_qc45", "en-US", "amazon-us", "A7BOSE0FFICIAL", "Bose", "Bose QuietComfort 45 Wireless Headphones"),
            ("ss_s24u", "de-DE", "amazon-de", "A8SAMSUNGDE", "Samsung", "Samsung Galaxy S24 Ultra 512GB Titanium Black"),
            ("ap_app2", "zh-CN", "tmall", "apple-official", "Apple Store 官方旗舰店", "Apple AirPods Pro (第二代) USB-C"),
            ("dy_hd08", "en-US", "amazon-us", "A27DYSON", "Dyson", "Dyson Supersonic hair dryer HD08 Nickel/Copper"),
            ("le_falcon", "en-US", "amazon-us", "A19LEGO", "LEGO", "LEGO Star Wars Millennium Falcon 75192"),
            ("sw_mill", "en-US", "amazon-us", "A32SWAROVSKI", "Swarovski", "Swarovski Millenia necklace, octagon cut"),
            ("pd_snake", "de-DE", "amazon-de", "A33PANDORA", "Pandora", "Pandora Moments Schlangen-Gliederarmband"),
            ("ca_ball", "zh-CN", "tmall", "callaway-official", "Callaway官方旗舰店", "Callaway Chrome Soft 高尔夫球 12粒装"),
            ("rx_dj", "en-US", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned", "Rolex Datejust 41 126334 Certified Pre-Owned"),
            ("ph_soni", "de-DE", "amazon-de", "A28PHILIPS", "Philips", "Philips Sonicare DiamondClean 9000 HX9911")]
    for k, lang, mk, sid, sname, title in rows:
        p = P(k)
        usd = p["lst"] * (1.25 if k == "rx_dj" else rng.uniform(0.95, 1.0))
        ctx.add("in_authorized_store19", "innocent", "", lang, p["brand"], title, "Official store. Manufacturer warranty.",
                usd=usd, cat=p["cat"], market=mk, seller=sname, seller_id=sid)


@cls("in_used_fair19", "", "innocent", "genuine goods resold by a private person, wear and proof of purchase described, at a fair used price")
def in_used_fair19(ctx):
    pool = [
        ("lvt_speedy", "fr-FR", "Sac Louis Vuitton Speedy 30 d'occasion, facture 2019", "Vachette patinée, coins un peu usés."),
        ("cg_lang", "en-CA", "Canada Goose Langford parka, worn two winters", "Size M, receipt from Yorkdale store."),
        ("bo_qc45", "de-DE", "Bose QC45 gebraucht, Rechnung vorhanden", "Polster leicht abgenutzt."),
        ("so_a7", "ja-JP", "ソニー α7 IV ボディ 中古 シャッター約8000回", "保証書あり、付属品完備。"),
        ("nk_aj1", "en-US", "Air Jordan 1 Chicago Lost & Found size 10 – worn 3x", "Receipt from SNKRS, creasing shown."),
        ("dy_v15", "nl-NL", "Dyson V15 Detect gebruikt, 1 jaar oud", "Accu nog goed, bon erbij."),
        ("ss_s24u", "pl-PL", "Samsung Galaxy S24 Ultra używany, bateria 93%", "Faktura, rysy na ramce."),
        ("ap_mba", "es-ES", "MacBook Air M3 13 usado, 120 ciclos", "Factura de MediaMarkt."),
        ("tn_nup", "sv-SE", "The North Face Nuptse 1996 begagnad stl M", "Kvitto finns, lite slitage."),
        ("ct_santos", "it-IT", "Cartier Santos medium usato, garanzia 2021", "Scatola e documenti, segni d'uso."),
        ("nt_oled", "pt-BR", "Nintendo Switch OLED usado com nota", "Joy-Con sem drift."),
        ("ca_drv", "ko-KR", "캘러웨이 패러다임 Ai Smoke 드라이버 중고", "몇 라운드 사용, 헤드커버 포함."),
    ]
    inn(ctx, "in_used_fair19", "", pool, (0.45, 0.7))


@cls("in_refurb19", "", "innocent", "professionally refurbished genuine electronics and appliances with grade and warranty")
def in_refurb19(ctx):
    pool = [
        ("ap_i15", "en-US", "iPhone 15 Pro 256GB – Renewed Premium, 1-year warranty", "Battery 100%, inspected by refurbisher."),
        ("so_xm5", "de-DE", "Sony WH-1000XM5 generalüberholt – Zustand sehr gut", "12 Monate Garantie."),
        ("dy_aw", "en-GB", "Dyson Airwrap HS05 – refurbished by Dyson, 1 yr guarantee", "Official refurbished outlet stock."),
        ("ss_s24u", "fr-FR", "Samsung Galaxy S24 Ultra reconditionné – Très bon état", "Garantie 12 mois."),
        ("ap_mba", "nl-NL", "MacBook Air M3 refurbished Grade A", "Nieuwe accu, 1 jaar garantie."),
        ("bo_qcue", "en-US", "Bose QuietComfort Ultra Earbuds – certified refurbished", "Sold with 1-year warranty."),
        ("so_ps5", "it-IT", "PS5 Slim ricondizionata – grado A", "Garanzia 12 mesi."),
        ("ph_shav", "pl-PL", "Philips Shaver 7000 odnowiony", "Gwarancja 12 miesięcy."),
        ("cn_r6", "ja-JP", "キヤノン EOS R6 Mark II 整備済み品", "メーカー整備、保証付き。"),
        ("ms_xsx", "es-ES", "Xbox Series X reacondicionada – excelente", "Garantía 1 año."),
        ("dy_v15", "en-AU", "Dyson V15 Detect refurbished – 12 months warranty", "New battery, tested."),
        ("nt_oled", "pt-PT", "Nintendo Switch OLED recondicionada", "Garantia 18 meses."),
    ]
    inn(ctx, "in_refurb19", "", pool, (0.62, 0.85))


@cls("in_preowned_lux19", "", "innocent", "pre-owned luxury from dealers and consignment shops at market prices, papers described")
def in_preowned_lux19(ctx):
    pool = [
        ("rx_sub", "en-GB", "Rolex Submariner Date 126610LN 2022 box & papers", "Pre-owned, serviced, 12-month dealer warranty.", {"f": 1.15}),
        ("rx_dtn", "de-DE", "Rolex Daytona 116500LN weiß, Full Set 2019", "Gebraucht vom Fachhändler.", {"f": 1.9}),
        ("om_speed", "en-US", "Omega Speedmaster Professional 310.30.42.50.01.001 – 2021 full set", "Pre-owned, excellent.", {"f": 0.8}),
        ("lvt_nf", "fr-FR", "Louis Vuitton Neverfull MM occasion – dépôt-vente", "Authentifié par notre boutique.", {"f": 0.7}),
        ("gc_jackie", "it-IT", "Gucci Jackie 1961 usata – negozio vintage", "Autenticata, ottime condizioni.", {"f": 0.6}),
        ("ct_love", "ja-JP", "カルティエ ラブブレス 中古 YG 17", "鑑定済み、ギャランティ付き。", {"f": 0.75}),
        ("ct_santos", "en-US", "Santos de Cartier medium – pre-owned 2020", "Box and papers.", {"f": 0.8}),
        ("lvt_keepall", "zh-HK", "LV Keepall 45 二手 九成新", "寄賣店鑑定。", {"f": 0.65}),
        ("om_sea", "nl-NL", "Omega Seamaster 300M 2022 gebruikt – juwelier", "Met papieren.", {"f": 0.7}),
        ("rx_gmt", "en-US", "Rolex GMT-Master II Pepsi 2023 – pre-owned dealer", "Unworn-condition, full set.", {"f": 1.6}),
        ("bb_trench", "en-GB", "Burberry Kensington trench – preloved", "Consignment, dry cleaned.", {"f": 0.5}),
        ("gc_marmont", "ko-KR", "구찌 마몬트 숄더백 중고 명품", "감정 완료, 구성품 있음.", {"f": 0.6}),
    ]
    inn(ctx, "in_preowned_lux19", "", pool, (0.6, 0.9))


@cls("in_wholesale_genuine19", "", "innocent", "genuine goods by the case from distributors and cash-and-carry at wholesale unit prices")
def in_wholesale_genuine19(ctx):
    pool = [
        ("ma_snick", "en-GB", "Snickers 48g x 24 case – cash & carry", "Best before 09/2027, VAT invoice."),
        ("cc_24", "de-DE", "Coca-Cola 330ml Dose 24er Tray Großhandel", "Pfand zzgl., Rechnung."),
        ("fe_nut", "it-IT", "Nutella 750g cartone da 6 – ingrosso", "Fattura, scadenza 2027."),
        ("ne_gold", "pl-PL", "Nescafé Gold 200g karton 6 szt hurt", "Faktura VAT."),
        ("gi_fus", "en-US", "Gillette Fusion5 ProGlide refills 8ct – case of 12", "Distributor stock, invoice."),
        ("jj_lis", "es-ES", "Listerine Cool Mint 1L caja de 6 – mayorista", "Factura."),
        ("pa_ene", "fr-FR", "Piles Panasonic eneloop AA lot de 10 packs", "Distributeur agréé."),
        ("da_evian", "zh-CN", "依云 矿泉水 500ml 24瓶 整箱 批发", "经销商 正规发票"),
        ("fe_kinder", "nl-NL", "Kinder Bueno doos 30 stuks groothandel", "THT 2027."),
        ("sh_helix", "tr-TR", "Shell Helix Ultra 5W-40 4L koli 4 adet – bayi", "Faturalı."),
        ("ho_oil", "en-US", "Honda oil filter 15400-PLM-A02 box of 10 – dealer", "Genuine Honda from dealer parts counter."),
        ("ma_rc", "cs-CZ", "Royal Canin Maxi Adult 15 kg – velkoobchod 3 ks", "Faktura."),
    ]
    inn(ctx, "in_wholesale_genuine19", "", pool, (0.8, 0.95))


@cls("in_minis_samples19", "", "innocent", "genuine minis, travel sizes and gift-with-purchase samples at pro-rata prices")
def in_minis_samples19(ctx):
    pool = [
        ("el_anr", "en-US", "Estée Lauder Advanced Night Repair 7ml deluxe mini x3", "From gift-with-purchase sets.", {"usd": 30}),
        ("lo_lveb", "fr-FR", "Lancôme La Vie est Belle miniature 4ml", "Miniature de collection, neuve.", {"usd": 12}),
        ("lo_gen", "de-DE", "Lancôme Génifique 7ml Probe 2 Stück", "Aus Adventskalender.", {"usd": 16}),
        ("sh_anessa", "ja-JP", "アネッサ パーフェクトUV ミニ 12ml", "トライアルサイズ、新品。", {"usd": 8}),
        ("sh_ult", "en-GB", "Shiseido Ultimune 10ml travel size", "Sealed, from beauty box.", {"usd": 20}),
        ("el_dw", "es-ES", "Estée Lauder Double Wear 7ml mini", "Tono 1W1, nuevo.", {"usd": 13}),
        ("lo_sky", "pt-BR", "Maybelline Sky High mini 4,5ml", "Nova, de kit.", {"usd": 5}),
        ("jj_neu", "en-US", "Neutrogena Hydro Boost travel size 14ml x2", "New.", {"usd": 7}),
        ("el_anr", "ko-KR", "에스티로더 갈색병 미니 15ml", "면세 증정품 새상품", {"usd": 35}),
        ("lo_rev", "pl-PL", "L'Oréal Revitalift Laser mini 15ml", "Nowy, z zestawu.", {"usd": 6}),
        ("lo_lveb", "it-IT", "Lancôme La Vie est Belle 10ml travel spray", "Nuovo con scatola.", {"usd": 25}),
        ("by_bep", "de-DE", "Bepanthen Wund- und Heilsalbe 5g Probe x4", "Aus Krankenhaus-Set, neu.", {"usd": 5}),
    ]
    inn(ctx, "in_minis_samples19", "", pool, (1, 1))


@cls("in_open_box19", "", "innocent", "open-box and ex-display genuine goods from shops, reason stated, at 75-90 % of list")
def in_open_box19(ctx):
    pool = [
        ("bo_flex", "en-US", "Bose SoundLink Flex – open box, customer return", "Tested, all accessories."),
        ("so_xm5", "fr-FR", "Sony WH-1000XM5 – déballé, jamais utilisé", "Retour client, garantie magasin."),
        ("dy_tp07", "de-DE", "Dyson Purifier Cool TP07 – Ausstellungsstück", "Volle Garantie."),
        ("ph_af", "nl-NL", "Philips Airfryer Essential – open doos", "Doos beschadigd, nieuw."),
        ("bs_gsr", "pl-PL", "Bosch Professional GSR 12V-15 – otwarte opakowanie", "Nieużywana."),
        ("ss_buds", "en-GB", "Samsung Galaxy Buds2 Pro – open box", "Sealed earbuds, box opened."),
        ("cn_r6", "es-ES", "Canon EOS R6 Mark II – unidad de exposición", "Garantía tienda."),
        ("ms_xsx", "it-IT", "Xbox Series X – confezione aperta", "Reso cliente."),
        ("pa_arc5", "ja-JP", "パナソニック ラムダッシュ ES-LV9Q 開封品", "展示品、保証付き。"),
        ("ph_soni", "sv-SE", "Philips Sonicare 9000 – öppnad förpackning", "Oanvänd."),
        ("bo_qc45", "en-CA", "Bose QC45 – open box, store display", "Full warranty."),
        ("dy_v15", "tr-TR", "Dyson V15 Detect – teşhir ürünü", "Garantili."),
    ]
    inn(ctx, "in_open_box19", "", pool, (0.75, 0.9))


@cls("in_outlet19", "", "innocent", "genuine last-season goods from outlet stores and sales at 45-70 % of list")
def in_outlet19(ctx):
    pool = [
        ("co_tabby", "en-US", "Coach Outlet Tabby shoulder bag – 50% off", "From Coach Outlet, tags on."),
        ("mk_jetset", "en-US", "Michael Kors Jet Set tote – outlet sale", "New with tags."),
        ("nk_am90", "de-DE", "Nike Air Max 90 – Outlet Sale Größe 42", "Neu, Karton."),
        ("ad_ub", "fr-FR", "adidas Ultraboost Light – outlet -40%", "Neuf, étiquette."),
        ("pm_suede", "it-IT", "Puma Suede Classic – outlet saldi", "Nuove."),
        ("lv_501", "es-ES", "Levi's 501 Original – outlet rebajas", "Nuevos con etiqueta."),
        ("tn_borealis", "en-GB", "The North Face Borealis – outlet last season", "New with tags."),
        ("bb_scarf", "en-GB", "Burberry check scarf – Bicester Village", "New, receipt."),
        ("co_wallet", "ja-JP", "コーチ アウトレット 長財布", "新品 タグ付き"),
        ("mk_watch", "pt-BR", "Relógio Michael Kors Parker – outlet", "Novo com nota."),
        ("nk_tech", "nl-NL", "Nike Tech Fleece – outlet korting", "Nieuw met label."),
        ("ad_stan", "pl-PL", "adidas Stan Smith – outlet wyprzedaż", "Nowe."),
    ]
    inn(ctx, "in_outlet19", "", pool, (0.45, 0.7))


@cls("in_vintage19", "", "innocent", "genuine vintage goods at collector prices (old models, discontinued lines)")
def in_vintage19(ctx):
    pool = [
        ("rx_sub", "en-US", "Vintage Rolex Submariner 5513 – 1978, matte dial", "Collector piece, papers from dealer.", {"usd": 14500}),
        ("om_speed", "de-DE", "Omega Speedmaster 145.022 – 1971 vintage", "Revidiert.", {"usd": 6500}),
        ("lvt_speedy", "fr-FR", "Louis Vuitton Speedy 25 vintage années 80", "Patine, coins usés.", {"usd": 450}),
        ("nk_aj1", "en-US", "Air Jordan 1 1985 original – vintage, not wearable", "Collector only.", {"usd": 4500}),
        ("ba_tama", "ja-JP", "初代たまごっち 1996 バンダイ 当時物", "動作確認済み。", {"usd": 60}),
        ("so_ps5", "en-GB", "Sony Walkman WM-2 1981 vintage cassette player", "Serviced, works.", {"usd": 350, "cat": "headphones"}),
        ("lv_501", "en-US", "Levi's 501 Big E 1960s vintage jeans", "Selvedge, faded.", {"usd": 900}),
        ("gc_belt", "it-IT", "Cintura Gucci vintage anni 90 Tom Ford", "Usata.", {"usd": 220}),
        ("bb_trench", "en-GB", "Vintage Burberrys trench 1980s", "Made in England.", {"usd": 380}),
        ("cc_merch", "en-US", "Coca-Cola 1950s porcelain sign – original", "Antique.", {"usd": 850}),
        ("le_tree", "de-DE", "LEGO 6085 Black Monarch's Castle 1988 vintage", "Vollständig mit Anleitung.", {"usd": 280, "cat": "building sets"}),
        ("nt_oled", "es-ES", "Nintendo Game Boy original DMG-01 1989", "Funciona.", {"usd": 110}),
    ]
    inn(ctx, "in_vintage19", "", pool, (1, 1))


@cls("in_grey_import19", "", "innocent", "genuine parallel imports and international versions at 80-110 % of local list")
def in_grey_import19(ctx):
    pool = [
        ("so_xm5", "ja-JP", "ソニー WH-1000XM5 並行輸入品 新品", "海外版、国内保証なし。"),
        ("ap_i15", "ru-RU", "iPhone 15 Pro 256GB параллельный импорт", "Новый, гарантия магазина."),
        ("ss_s24u", "de-DE", "Samsung Galaxy S24 Ultra – EU-Import, neu", "Händlergarantie."),
        ("ca_drv", "en-AU", "Callaway Paradym Ai Smoke – JP version import", "New, headcover."),
        ("nt_oled", "pt-BR", "Nintendo Switch OLED importado", "Novo, lacrado."),
        ("sh_anessa", "zh-CN", "安热沙 日本版 60ml 保税仓发货", "正品 跨境"),
        ("dy_hd08", "en-IN", "Dyson Supersonic HD08 – international version, imported", "Adapter included, new."),
        ("cn_r6", "en-SG", "Canon EOS R6 Mark II – grey import", "Shop warranty 1 year."),
        ("pa_arc5", "ko-KR", "파나소닉 람대쉬 ES-LV9Q 병행수입", "새상품"),
        ("yx_ax88", "ms-MY", "Yonex Astrox 88D Pro – Japan import JP", "Original."),
        ("bo_qcue", "ar-AE", "بوز QC Ultra Earbuds نسخة دولية", "جديد"),
        ("el_anr", "uk-UA", "Estée Lauder ANR 50 мл – паралельний імпорт", "Оригінал з Польщі."),
    ]
    inn(ctx, "in_grey_import19", "", pool, (0.85, 1.1))


@cls("in_pharmacy19", "", "innocent", "licensed pharmacies and shops selling branded OTC products and devices at list price")
def in_pharmacy19(ctx):
    pool = [
        ("jj_tyl", "en-US", "Tylenol Extra Strength 100 caplets – pharmacy", "Licensed pharmacy."),
        ("by_asp", "de-DE", "Aspirin Protect 100mg 98 Tabletten – Versandapotheke", "Apothekenpflichtig."),
        ("by_bep", "fr-FR", "Bepanthen pommade 100g – pharmacie", "Parapharmacie agréée."),
        ("pf_cen", "en-GB", "Centrum Advance 100 tablets – chemist", "Registered pharmacy."),
        ("by_cla", "es-ES", "Claritin 10 mg 20 comprimidos – farmacia", "Farmacia online autorizada."),
        ("ab_libre", "it-IT", "FreeStyle Libre 2 sensore – farmacia", "Farmacia autorizzata."),
        ("jj_lis", "pl-PL", "Listerine Cool Mint 1L – apteka", "Apteka internetowa."),
        ("pf_via", "en-GB", "Viagra Connect 50mg 8 tablets – online pharmacy", "Pharmacist consultation required.", {"usd": 30}),
        ("ab_ens", "en-US", "Ensure Plus 24 bottles – pharmacy", "Sold by drugstore."),
        ("jj_neu", "pt-BR", "Neutrogena Hydro Boost 50g – farmácia", "Nota fiscal."),
        ("by_asp", "nl-NL", "Aspirine Protect 100 mg – apotheek", "Erkende apotheek."),
        ("pf_lip", "en-US", "Lipitor 20mg 90 tablets – prescription required", "Licensed pharmacy, Rx verified."),
    ]
    inn(ctx, "in_pharmacy19", "", pool, (0.95, 1.05))


@cls("in_police_auction19", "*", "innocent", "genuine recovered or estate goods sold by police, bailiffs and public auction houses, start price fair, provenance stated")
def in_police_auction19(ctx):
    pool = [
        ("rx_dj", "de-DE", "Rolex Datejust 41 – Fundsache, Versteigerung Polizei", "Von Sachverständigem geprüft, echt.", {"f": 0.75}),
        ("om_sea", "en-GB", "Omega Seamaster 300M – police recovered property auction", "Authenticated by auction house.", {"f": 0.55}),
        ("lvt_nf", "nl-NL", "Louis Vuitton Neverfull – deurwaardersveiling", "Echtheid gecontroleerd.", {"f": 0.55}),
        ("ap_mba", "en-US", "MacBook Air M3 – government surplus auction", "Wiped, working.", {"f": 0.6}),
        ("so_a7", "de-DE", "Sony Alpha 7 IV – Zollauktion Überhang (zollamtlich geprüft)", "Originalware.", {"f": 0.6}),
        ("ct_love", "fr-FR", "Bracelet Cartier Love – vente judiciaire", "Expertisé, authentique.", {"f": 0.7}),
        ("cn_r6", "en-AU", "Canon EOS R6 Mark II – unclaimed property auction", "Tested.", {"f": 0.6}),
        ("dy_v15", "en-GB", "Dyson V15 Detect – bailiff auction lot", "Working.", {"f": 0.5}),
        ("rx_sub", "es-ES", "Rolex Submariner – subasta de la Agencia Tributaria", "Tasado y autenticado.", {"f": 0.9}),
        ("ss_s24u", "pl-PL", "Samsung Galaxy S24 Ultra – licytacja komornicza", "Sprawny.", {"f": 0.55}),
        ("gc_marmont", "it-IT", "Gucci Marmont – asta giudiziaria", "Autenticata da perito.", {"f": 0.45}),
        ("om_speed", "sv-SE", "Omega Speedmaster – Kronofogdens auktion", "Äkthet kontrollerad.", {"f": 0.7}),
    ]
    inn(ctx, "in_police_auction19", "*", pool, (1, 1))


# ================================================================== innocent: other honest listings

def own(ctx, cname, tactic, rows, star=""):
    """rows: (brand, lang, title, desc, usd or None, category)"""
    for b, lang, title, desc, usd, cat in rows:
        ctx.add(cname, "innocent", tactic, lang, b, title, desc, usd=usd, cat=cat, noprice=usd is None)


@cls("in_accessories19", "", "innocent", "third-party accessories naming the product they fit, in many languages")
def in_accessories19(ctx):
    own(ctx, "in_accessories19", "", [
        ("apple", "en-US", "Clear MagSafe case for iPhone 15 Pro", "Third-party case, not Apple.", 12, "phone cases"),
        ("rolex", "de-DE", "Kautschukarmband 20mm passend für Rolex Submariner", "Fremdhersteller.", 45, "watch straps"),
        ("nintendo", "fr-FR", "Housse de transport pour Nintendo Switch OLED", "Compatible, marque tierce.", 15, "accessories"),
        ("dyson", "en-GB", "Wall mount stand for Dyson Airwrap", "Fits HS05, 3D printed.", 18, "home"),
        ("samsung", "es-ES", "Funda para Samsung Galaxy S24 Ultra con tapa", "Marca genérica.", 9, "phone cases"),
        ("sony", "it-IT", "Cuscinetti di ricambio per Sony WH-1000XM5", "Compatibili.", 14, "headphone accessories"),
        ("bose", "pl-PL", "Etui na słuchawki Bose QC45", "Twarde etui, zamiennik.", 10, "headphone accessories"),
        ("louis-vuitton", "fr-FR", "Organisateur de sac pour Neverfull MM en feutre", "Fait main, sans logo.", 22, "bag accessories"),
        ("apple", "ja-JP", "AirPods Pro 2 対応 シリコンケース", "サードパーティ製。", 8, "earbud cases"),
        ("canon", "pt-BR", "Alça de câmera compatível com Canon EOS R6", "Marca própria.", 15, "camera accessories"),
        ("lego", "nl-NL", "LED verlichtingsset voor LEGO 75192 Millennium Falcon", "Geen LEGO product.", 40, "lighting"),
        ("gillette", "tr-TR", "Gillette Fusion5 uyumlu tıraş makinesi standı", "Paslanmaz çelik.", 7, "bathroom"),
    ])


@cls("in_repair19", "", "innocent", "repair, servicing and spare-part fitting services for the brand's goods")
def in_repair19(ctx):
    own(ctx, "in_repair19", "", [
        ("rolex", "en-GB", "Rolex service – full movement overhaul by independent watchmaker", "3-4 weeks, 2-year warranty on work.", 650, "services"),
        ("apple", "en-US", "iPhone 15 Pro screen replacement – same day", "Walk-in repair shop.", 180, "services"),
        ("dyson", "de-DE", "Dyson V15 Akku-Tausch Reparaturservice", "Unabhängige Werkstatt.", 89, "services"),
        ("nintendo", "fr-FR", "Réparation Joy-Con drift Nintendo Switch", "Atelier indépendant.", 25, "services"),
        ("louis-vuitton", "it-IT", "Rifacimento manici borsa Louis Vuitton Speedy", "Pelletteria artigiana.", 120, "services"),
        ("omega", "es-ES", "Revisión completa Omega Speedmaster", "Relojero independiente.", 450, "services"),
        ("samsung", "en-IN", "Samsung S24 Ultra back glass replacement", "Doorstep service.", 40, "services"),
        ("sony", "pl-PL", "Naprawa pada DualSense PS5 – wymiana analogów", "Serwis niezależny.", 20, "services"),
        ("canada-goose", "en-CA", "Canada Goose parka zipper repair and cleaning", "Tailor shop.", 70, "services"),
        ("bose", "nl-NL", "Reparatie Bose QC45 oplaadpoort", "Onafhankelijke reparateur.", 45, "services"),
        ("honda", "ja-JP", "ホンダ スーパーカブ 整備・修理承ります", "バイクショップ。", 80, "services"),
        ("philips", "pt-BR", "Conserto de barbeador Philips", "Assistência técnica independente.", 20, "services"),
    ])


@cls("in_everyday_words19", "", "innocent", "everyday senses of a brand's word (shell, dove, mars, puma, coach, galaxy, jordan, swift ...)")
def in_everyday_words19(ctx):
    own(ctx, "in_everyday_words19", "", [
        ("shell", "en-US", "Conch shell decor, large natural seashell", "Beach find, 20cm.", 18, "home decor"),
        ("mars", "en-GB", "Mars rover poster A2 – NASA Perseverance", "Printed on matte paper.", 12, "posters"),
        ("puma", "es-MX", "Peluche de puma realista 40 cm", "Juguete de felpa.", 15, "toys"),
        ("coach", "en-GB", "Coach trip to Edinburgh – 2 seats, Saturday", "Coach travel tickets, can't go.", 60, "tickets"),
        ("samsung", "en-US", "Galaxy projector night light for kids room", "Star projector, no brand.", 20, "lighting"),
        ("nike", "el-GR", "Άγαλμα Νίκη της Σαμοθράκης αντίγραφο μουσείου", "Γύψινο, 30 εκ.", 45, "decor"),
        ("apple", "de-DE", "Apfelbaum Jungpflanze 'Elstar' 1,5 m", "Obstbaum aus Baumschule.", 30, "garden"),
        ("mars", "fr-FR", "Couple de tourterelles / colombes blanches", "Éleveur amateur.", 40, "pets"),
        ("canon", "it-IT", "Canone di Pachelbel – spartito per quartetto d'archi", "PDF + parti.", 8, "sheet music"),
        ("omega", "en-US", "Omega-3 fish oil 1000mg 180 softgels", "Store brand.", 14, "supplements"),
        ("pandora", "es-ES", "Caja de Pandora – juego de mesa de cartas", "Juego de mesa independiente.", 20, "board games"),
        ("wilson", "en-US", "Volleyball 'Wilson' Cast Away costume prop handprint", "Halloween costume, hand-painted face.", 25, "costumes"),
    ])


@cls("in_people_places19", "", "innocent", "people and places that share a brand's word (Jordan River tour, Canada goose decoys, Mars Hill, Puma Punku, Shell Island)")
def in_people_places19(ctx):
    own(ctx, "in_people_places19", "", [
        ("nike", "en-US", "Jordan River baptism tour – 3 day package", "Travel agency.", 890, "travel"),
        ("canada-goose", "en-CA", "Canada goose hunting decoys, set of 12 full-body", "Avery decoys, used one season.", 140, "hunting"),
        ("mars", "en-US", "Mars Hill, NC – cabin rental weekend", "2 bedrooms.", 280, "rentals"),
        ("the-north-face", "en-GB", "Eiger North Face guided climb – info evening ticket", "Alpine club talk.", 15, "tickets"),
        ("toyota", "ja-JP", "豊田市 観光ガイドブック 2025", "愛知県豊田市の観光案内。", 8, "books"),
        ("bayer", "de-DE", "Bayer 04 Leverkusen Heimtrikot 24/25 – Fanshop", "Offizielles Vereinstrikot, von Castore.", 90, "soccer"),
        ("cartier", "fr-FR", "Jacques Cartier – biographie, éditions Boréal", "Livre d'occasion.", 10, "books"),
        ("wilson", "en-US", "Mount Wilson Observatory tour tickets x2", "Guided tour.", 30, "tickets"),
        ("honda", "en-US", "Honda family reunion T-shirts – Smith-Honda family", "Custom printed for our family reunion.", 15, "clothing"),
        ("shell", "en-GB", "Shell Island, Wales – camping pitch 2 nights", "Booking transfer.", 50, "travel"),
        ("puma", "es-AR", "Excursión a Puma Punku desde La Paz", "Tour de día completo.", 60, "travel"),
        ("bosch", "nl-NL", "Hieronymus Bosch – Tuin der Lusten reproductie poster", "Museumwinkel.", 20, "art"),
    ])


@cls("in_books_media19", "", "innocent", "books, magazines, films and records about or naming the brand")
def in_books_media19(ctx):
    own(ctx, "in_books_media19", "", [
        ("rolex", "en-US", "Book: 'Vintage Rolex Sports Models' 4th edition", "Hardcover reference book.", 150, "books"),
        ("nike", "en-GB", "Shoe Dog by Phil Knight – paperback", "Memoir of Nike's founder.", 8, "books"),
        ("lego", "de-DE", "Das LEGO Buch – Sachbuch", "Gebraucht.", 12, "books"),
        ("apple", "fr-FR", "Steve Jobs de Walter Isaacson – livre", "Bon état.", 9, "books"),
        ("louis-vuitton", "it-IT", "Libro 'Louis Vuitton: The Birth of Modern Luxury'", "Assouline.", 60, "books"),
        ("nintendo", "ja-JP", "任天堂 ゲーム攻略本 ゼルダの伝説 ティアーズ", "攻略本、中古。", 12, "books"),
        ("adidas", "pt-BR", "Documentário 'Adidas vs Puma' DVD", "Dublado.", 10, "dvd"),
        ("canon", "en-US", "Canon EOS R6 Mark II For Dummies – book", "Guide book.", 22, "books"),
        ("gucci", "es-ES", "House of Gucci Blu-ray", "Película de Ridley Scott.", 12, "dvd"),
        ("coca-cola", "nl-NL", "Coca-Cola verzamelboek 'De geschiedenis'", "Gebonden.", 15, "books"),
        ("michelin", "fr-FR", "Guide Michelin France 2025", "Guide gastronomique.", 28, "books"),
        ("mattel", "en-US", "Barbie (2023) 4K Blu-ray", "Like new.", 14, "dvd"),
    ])


@cls("in_jobs_courses19", "", "innocent", "job ads, internships and courses that name the brand (authorized dealers hiring, certification courses)")
def in_jobs_courses19(ctx):
    own(ctx, "in_jobs_courses19", "", [
        ("rolex", "en-GB", "Job: Sales associate, authorised Rolex jeweller, Manchester", "Full-time, experience in luxury retail.", None, "jobs"),
        ("apple", "de-DE", "Kurs: Apple Certified Support Professional – Vorbereitung", "2 Tage, Schulungszentrum.", 490, "courses"),
        ("autodesk", "es-MX", "Curso AutoCAD 2025 desde cero – presencial", "Certificado de asistencia.", 150, "courses"),
        ("adobe", "fr-FR", "Formation Photoshop débutant – 3 jours", "Organisme certifié Qualiopi.", 600, "courses"),
        ("microsoft", "en-IN", "Microsoft Excel advanced course – weekend batch", "Training institute.", 60, "courses"),
        ("toyota", "ja-JP", "トヨタ販売店 整備士 募集", "正社員、経験者優遇。", None, "jobs"),
        ("bmw", "de-DE", "Stellenanzeige: Kfz-Mechatroniker BMW Vertragswerkstatt", "Vollzeit.", None, "jobs"),
        ("nike", "en-US", "Part-time stock associate – Nike Factory Store", "Apply in store.", None, "jobs"),
        ("samsung", "ko-KR", "삼성전자 서비스센터 엔지니어 채용", "정규직.", None, "jobs"),
        ("bosch", "pl-PL", "Szkolenie elektronarzędzia Bosch Professional dla instalatorów", "1 dzień.", 80, "courses"),
        ("loreal", "it-IT", "Corso make-up professionale con prodotti Lancôme", "Accademia di trucco.", 350, "courses"),
        ("callaway", "en-US", "Golf lessons – fitted with Callaway clubs on the range", "PGA pro, 1 hour.", 80, "services"),
    ])


@cls("in_events_venues19", "", "innocent", "tickets and events at venues or competitions named after a brand (arenas, cups, festivals)")
def in_events_venues19(ctx):
    own(ctx, "in_events_venues19", "", [
        ("honda", "en-US", "2 tickets – concert at Honda Center, Anaheim", "Section 214.", 180, "tickets"),
        ("toyota", "en-US", "Toyota Center Houston – Rockets game tickets x2", "Lower bowl.", 220, "tickets"),
        ("coca-cola", "en-GB", "Coca-Cola Christmas truck tour – meet & greet passes", "Free event.", None, "events"),
        ("nike", "en-US", "Nike Hoop Summit tickets x2", "Portland.", 60, "tickets"),
        ("michelin", "fr-FR", "Dîner dans un restaurant étoilé Michelin – bon cadeau", "Pour 2 personnes.", 320, "gift vouchers"),
        ("shell", "en-GB", "Shell Eco-marathon volunteer day", "Free, register.", None, "events"),
        ("rolex", "en-GB", "Wimbledon 2026 debenture ticket – Centre Court day 3", "Resale via official exchange.", 1200, "tickets"),
        ("adidas", "de-DE", "adidas Runners Berlin 10K Startplatz", "Übertragung möglich.", 35, "tickets"),
        ("lego", "da-DK", "LEGO House Billund – billetter 2 voksne", "Gyldig 2026.", 65, "tickets"),
        ("samsung", "ko-KR", "삼성 라이온즈 야구 티켓 2장", "대구 라이온즈파크.", 40, "tickets"),
        ("puma", "en-US", "Puma Women's Basketball camp registration", "Local youth camp sponsored.", 120, "events"),
        ("mars", "en-US", "Bruno Mars concert tickets x2 – floor", "Face value.", 350, "tickets"),
    ])


@cls("in_homage_own_brand19", "", "innocent", "own-brand goods that compare themselves with a famous model, no mark of the brand on them")
def in_homage_own_brand19(ctx):
    own(ctx, "in_homage_own_brand19", "", [
        ("rolex", "en-US", "Steinhart Ocean One 39 – Submariner-style diver, own brand", "Swiss, sterile of other marks.", 450, "watches"),
        ("rolex", "en-GB", "Tudor Black Bay 58 – the Sub alternative", "Tudor full set.", 3300, "watches"),
        ("omega", "de-DE", "Seiko Prospex SPB143 – die Alternative zur Speedmaster?", "Neu, Seiko Garantie.", 1100, "watches"),
        ("cartier", "fr-FR", "Montre Baltic MR01 – style Santos, marque Baltic", "Neuve.", 550, "watches"),
        ("nike", "en-US", "New Balance 550 white/green – not Dunks, better", "NB authentic.", 110, "sneakers"),
        ("dyson", "en-GB", "Shark FlexStyle – the Airwrap rival", "Shark product, new.", 270, "hair care"),
        ("louis-vuitton", "en-US", "Baggu Giant Pocket tote – Neverfull size", "Own brand, nylon.", 50, "handbags"),
        ("canada-goose", "en-CA", "Kanuk parka – made in Montreal, Goose alternative", "Kanuk brand.", 650, "parkas"),
        ("apple", "en-IN", "Nothing Ear (2) – AirPods alternative", "Nothing brand, sealed.", 100, "earbuds"),
        ("bose", "pl-PL", "Słuchawki Soundcore Space One – jak Bose QC, marka Anker", "Nowe.", 90, "headphones"),
        ("gucci", "es-ES", "Cinturón Mango hebilla dorada – estilo lujo", "Marca Mango.", 25, "belts"),
        ("the-north-face", "nl-NL", "Decathlon Forclaz donsjas – Nuptse-look", "Merk Decathlon.", 80, "jackets"),
    ])


@cls("in_compatible_consumables19", "", "innocent", "third-party consumables sold as compatible with a brand's machine, named as such")
def in_compatible_consumables19(ctx):
    own(ctx, "in_compatible_consumables19", "", [
        ("nestle", "fr-FR", "Capsules compatibles Nespresso Original x100 – marque L'Or", "Compatibles, pas Nespresso.", 28, "coffee"),
        ("canon", "de-DE", "Druckerpatrone kompatibel zu Canon PG-545 XL", "Fremdhersteller.", 12, "ink"),
        ("gillette", "en-GB", "Razor blades compatible with Gillette Fusion5 handles x12", "Own brand.", 11, "razor blades"),
        ("philips", "nl-NL", "Opzetborstels geschikt voor Philips Sonicare 8 stuks", "Huismerk.", 12, "electric toothbrushes"),
        ("dyson", "en-US", "Replacement filter for Dyson V15 – 2 pack, third-party", "Washable.", 15, "vacuum accessories"),
        ("apple", "es-ES", "Cargador USB-C 20W compatible con iPhone – marca Anker", "Certificado MFi.", 18, "chargers"),
        ("canon", "en-US", "LP-E6NH compatible battery – Wasabi Power 2 pack", "Third-party.", 30, "camera accessories"),
        ("nintendo", "it-IT", "Controller compatibile Switch – marca PowerA", "Licenza ufficiale Nintendo.", 30, "accessories"),
        ("samsung", "pl-PL", "Ładowarka 25W do Samsung – marka Baseus", "Zamiennik.", 12, "chargers"),
        ("nestle", "pt-BR", "Cápsulas compatíveis Dolce Gusto 30 un – Três Corações", "Marca própria.", 8, "coffee"),
        ("bosch", "tr-TR", "Bosch GSR uyumlu 12V batarya – muadil", "Üçüncü taraf.", 25, "power tools"),
        ("panasonic", "ja-JP", "パナソニック ラムダッシュ 互換替刃 ES9036", "互換品、純正ではありません。", 15, "shavers"),
    ])


@cls("in_aftermarket_oe19", "", "innocent", "parts makers' own parts that quote the OEM number they replace (MANN, Bosch, Brembo, TRW ...)")
def in_aftermarket_oe19(ctx):
    own(ctx, "in_aftermarket_oe19", "", [
        ("bmw", "de-DE", "MANN Ölfilter HU 816 x – ersetzt BMW 11428575211", "Markenware MANN-FILTER.", 9, "auto parts"),
        ("toyota", "en-US", "Denso oil filter 150-1017 – replaces Toyota 90915-YZZD1", "Denso brand.", 6, "auto parts"),
        ("honda", "en-GB", "Brembo brake pads P28 076 – OE ref Honda 45022-TBA-A01", "Brembo.", 45, "auto parts"),
        ("bmw", "pl-PL", "Tarcza Zimmermann – odpowiednik BMW 34116860016", "Zimmermann.", 60, "auto parts"),
        ("toyota", "es-MX", "Balatas Akebono – equivalente a Toyota 04465-02220", "Marca Akebono.", 40, "auto parts"),
        ("honda", "en-AU", "K&N air filter 33-2276 – replaces Honda 17220-5BA-A00", "Washable.", 55, "auto parts"),
        ("toyota", "ar-AE", "فلتر هواء ماهل بديل تويوتا 17801-0T030", "ماركة ماهل", 18, "auto parts"),
        ("michelin", "fr-FR", "Balais essuie-glace Valeo – remplace Michelin Stealth", "Valeo.", 20, "wiper blades"),
        ("shell", "nl-NL", "Castrol Edge 5W-40 4L – zelfde specificatie als Shell Helix Ultra", "Castrol.", 45, "motor oil"),
        ("bmw", "it-IT", "Filtro olio Bosch P 7060 – sostituisce BMW 11428575211", "Bosch.", 10, "auto parts"),
        ("honda", "ja-JP", "ホンダ 15400-PLM-A02 互換 オイルフィルター PITWORK", "互換品。", 8, "auto parts"),
        ("toyota", "ru-RU", "Колодки TRW GDB3425 – аналог Toyota 04465-02220", "Бренд TRW.", 40, "auto parts"),
    ])


@cls("in_honest_dupes19", "", "innocent", "own-brand lookalikes named as an alternative or 'dupe' to a brand's product, without its marks")
def in_honest_dupes19(ctx):
    own(ctx, "in_honest_dupes19", "", [
        ("estee-lauder", "en-US", "The Ordinary Multi-Peptide serum – ANR dupe", "The Ordinary brand.", 20, "skincare"),
        ("dyson", "en-GB", "Revamp Progloss airstyler – Airwrap dupe", "Revamp brand.", 120, "hair care"),
        ("cartier", "en-US", "Gold screw bangle – Love bracelet dupe, Ana Luisa", "Ana Luisa, no Cartier marks.", 95, "jewelry"),
        ("loreal", "fr-FR", "Parfum Zara 'Vibrant Leather' – alternative à un parfum de luxe", "Marque Zara.", 20, "fragrance"),
        ("lego", "de-DE", "Cobi Panzer Bausatz – Alternative zu LEGO", "Marke Cobi.", 45, "building sets"),
        ("apple", "en-US", "Soundcore Liberty 4 – AirPods Pro alternative", "Anker.", 100, "earbuds"),
        ("gucci", "en-GB", "Primark horsebit loafers – Gucci-inspired, no logo", "Primark.", 25, "shoes"),
        ("louis-vuitton", "es-ES", "Bolso tote Parfois tipo Neverfull sin logo", "Marca Parfois.", 40, "handbags"),
        ("swarovski", "it-IT", "Collana Bijou Brigitte cigno strass – alternativa economica", "Marca Bijou Brigitte.", 30, "jewelry"),
        ("pandora", "pl-PL", "Bransoletka Apart z charmsami – zamiast Pandory", "Marka Apart.", 60, "jewelry"),
        ("canada-goose", "en-CA", "Aritzia Super Puff – Canada Goose alternative", "Aritzia.", 250, "jackets"),
        ("nike", "en-IN", "Campus sneakers – Air Force 1 look, Campus brand", "Made in India.", 30, "sneakers"),
    ])


@cls("in_wanted_ads19", "", "innocent", "wanted-to-buy ads naming the brand's goods (no goods offered)")
def in_wanted_ads19(ctx):
    own(ctx, "in_wanted_ads19", "", [
        ("rolex", "en-GB", "WANTED: Rolex Submariner any year, cash buyer", "Will pay market price.", None, "wanted"),
        ("nintendo", "en-US", "Looking for Nintendo Game Boy Color – buying", "Any condition.", None, "wanted"),
        ("lego", "de-DE", "Suche LEGO 75192 Millennium Falcon, gerne gebraucht", "Zahle fair.", None, "wanted"),
        ("louis-vuitton", "fr-FR", "Recherche sac Louis Vuitton Speedy 25 authentique", "Avec facture de préférence.", None, "wanted"),
        ("canon", "es-ES", "Busco Canon EOS R6 Mark II de segunda mano", "Pago en mano.", None, "wanted"),
        ("omega", "it-IT", "Cerco Omega Speedmaster Professional con garanzia", "Pago subito.", None, "wanted"),
        ("toyota", "en-AU", "WTB Toyota Land Cruiser 80 series parts", "Anything considered.", None, "wanted"),
        ("dyson", "nl-NL", "Gezocht: Dyson V15 defect voor onderdelen", "Ophalen.", None, "wanted"),
        ("apple", "pt-BR", "Compro iPhone 15 Pro usado", "Pago bem.", None, "wanted"),
        ("cartier", "en-US", "ISO Cartier Love bracelet size 17, authentic only", "Receipt required.", None, "wanted"),
        ("sony", "ja-JP", "ソニー α7 IV 買取希望", "状態問わず。", None, "wanted"),
        ("adidas", "pl-PL", "Kupię adidas Samba OG rozmiar 42", "Oryginalne.", None, "wanted"),
    ])


@cls("in_vehicles19", "", "innocent", "cars and motorcycles of a brand sold by their owners or dealers at market prices")
def in_vehicles19(ctx):
    own(ctx, "in_vehicles19", "", [
        ("honda", "en-US", "2018 Honda Civic EX 62k miles – one owner", "Clean title.", 17500, "cars"),
        ("toyota", "es-MX", "Toyota Hilux 2019 4x4 diésel", "Factura original.", 28000, "cars"),
        ("bmw", "de-DE", "BMW 320d Touring 2017, 140.000 km", "Scheckheftgepflegt.", 16500, "cars"),
        ("honda", "vi-VN", "Honda Wave Alpha 2022 chính chủ", "Giấy tờ đầy đủ.", 800, "motorcycles"),
        ("toyota", "en-KE", "Toyota Probox 2014 – clean, KDJ", "Accident free.", 6500, "cars"),
        ("honda", "id-ID", "Honda Beat 2021 mulus", "Pajak hidup.", 900, "motorcycles"),
        ("bmw", "en-GB", "BMW R 1250 GS Adventure 2020", "Full service history.", 15000, "motorcycles"),
        ("toyota", "ar-SA", "تويوتا كامري 2020 فل كامل", "ممشى 90 ألف", 18000, "cars"),
        ("honda", "th-TH", "Honda Click 160 ปี 2023", "รถมือเดียว", 2100, "motorcycles"),
        ("toyota", "fr-FR", "Toyota Yaris hybride 2020 – 45 000 km", "Entretien Toyota.", 14500, "cars"),
        ("honda", "pt-BR", "Honda CG 160 Fan 2022", "Único dono.", 2500, "motorcycles"),
        ("bmw", "ja-JP", "BMW 118i 2019 走行3万キロ", "車検付き。", 17000, "cars"),
    ])


@cls("in_near_names19", "", "innocent", "other companies' names close to a mark (Sonos, Samsonite, Rolec, Bausch, Pumas, Omegon, Nikko)")
def in_near_names19(ctx):
    own(ctx, "in_near_names19", "", [
        ("sony", "en-US", "Sonos Era 100 speaker – black", "New in box.", 220, "speakers"),
        ("samsung", "de-DE", "Samsonite Koffer Proxis Spinner 75cm", "Neuwertig.", 350, "luggage"),
        ("rolex", "en-GB", "Rolec EV charging point – 7kW wallbox", "Rolec Services.", 450, "ev chargers"),
        ("bosch", "en-US", "Bausch + Lomb Renu contact solution 2 pack", "Sealed.", 14, "health"),
        ("omega", "fr-FR", "Télescope Omegon Advanced 130/650", "Bon état.", 180, "optics"),
        ("nike", "ja-JP", "ニッコー ラジコンカー 当時物", "動作未確認。", 40, "toys"),
        ("puma", "es-MX", "Jersey Pumas UNAM local 2025 – afición", "Club Universidad, jersey del club.", 60, "soccer"),
        ("canon", "en-AU", "Cannondale Trail 5 mountain bike – size M", "Serviced.", 700, "bikes"),
        ("michelin", "en-US", "Michelob Ultra 24 pack – party leftovers", "Unopened.", 25, "beverages"),
        ("pandora", "it-IT", "Pandoro Bauli 1 kg – scorte natalizie", "Scadenza gennaio.", 8, "food"),
        ("gillette", "en-GB", "Wilkinson Sword Hydro 5 razor + 4 blades", "New.", 12, "razors"),
        ("levis", "fr-FR", "Levain naturel déshydraté 50g – boulangerie", "Levain bio.", 6, "food"),
    ])


@cls("in_food_ingredients19", "", "innocent", "home-made food and drinks that name a branded ingredient (Nutella crêpes, Snickers cheesecake, Kinder cookies, Milo ice candy)")
def in_food_ingredients19(ctx):
    own(ctx, "in_food_ingredients19", "", [
        ("ferrero", "fr-FR", "Crêpes maison au Nutella – lot de 10", "Faites maison, à emporter.", 8, "food"),
        ("mars", "en-GB", "Homemade Snickers cheesecake – whole, serves 12", "Baked to order.", 30, "food"),
        ("ferrero", "de-DE", "Ferrero-Rocher-Torte selbstgebacken", "Auf Bestellung.", 35, "food"),
        ("coca-cola", "en-US", "Coca-Cola glazed ham – Sunday catering tray", "Home cook.", 60, "food"),
        ("ferrero", "it-IT", "Biscotti ripieni di Kinder fatti in casa – 500g", "Produzione casalinga.", 12, "food"),
        ("nestle", "es-MX", "Pay de limón con leche La Lechera – casero", "Pedidos por encargo.", 15, "food"),
        ("mars", "pt-BR", "Brownie de M&M's caseiro – caixa com 6", "Feito em casa.", 6, "food"),
        ("nestle", "en-PH", "Milo ice candy – homemade, 20 pcs", "Made daily.", 3, "food"),
        ("ferrero", "pl-PL", "Tort Raffaello domowy na zamówienie", "Domowy wypiek.", 40, "food"),
        ("coca-cola", "ja-JP", "自家製 コーラ煮込みスペアリブ 冷凍2人前", "手作り。", 10, "food"),
        ("mars", "nl-NL", "Zelfgemaakte Twix-repen (6 stuks)", "Thuisbakker.", 9, "food"),
        ("nestle", "ko-KR", "네스카페로 만든 달고나 커피 키트", "수제.", 7, "food"),
    ])


@cls("in_art_craft19", "", "innocent", "original art, photographs and crafts depicting or referencing a brand's product (no goods of the brand)")
def in_art_craft19(ctx):
    own(ctx, "in_art_craft19", "", [
        ("rolex", "en-US", "Original watercolour painting of a Rolex Submariner, A3", "Signed by the artist.", 120, "art"),
        ("nike", "en-GB", "Air Jordan 1 sneaker pencil drawing – framed", "One of a kind.", 85, "art"),
        ("coca-cola", "fr-FR", "Photographie d'art: bouteille Coca-Cola vintage, tirage 30x40", "Tirage signé.", 60, "art"),
        ("lego", "de-DE", "Ölgemälde 'LEGO Figur am Strand' 40x50", "Original.", 150, "art"),
        ("apple", "es-ES", "Lámina ilustración Macintosh 1984 – edición limitada", "Firmada.", 35, "art"),
        ("louis-vuitton", "it-IT", "Scultura pop art ispirata a una borsa di lusso, resina", "Opera unica.", 400, "art"),
        ("nintendo", "ja-JP", "ゲームボーイ 油絵 原画 F6", "作家直筆サイン。", 200, "art"),
        ("canon", "en-AU", "Print: street photo 'Man with a Canon AE-1' 50x70", "Limited edition.", 90, "art"),
        ("michelin", "en-US", "Bibendum-inspired folk art wood carving", "Hand carved.", 75, "art"),
        ("toyota", "pt-BR", "Quadro pintura Toyota Bandeirante 1980", "Óleo sobre tela.", 110, "art"),
        ("omega", "nl-NL", "Lithografie 'Moonwatch on the moon' – gesigneerd", "Kunstenaar.", 180, "art"),
        ("mattel", "pl-PL", "Obraz akrylowy z lalką Barbie – pop art", "Oryginał.", 70, "art"),
    ])


@cls("in_auth_services19", "", "innocent", "authentication, appraisal and care services for the brand's goods")
def in_auth_services19(ctx):
    own(ctx, "in_auth_services19", "", [
        ("louis-vuitton", "en-US", "Louis Vuitton authentication service – 24h, certificate", "Independent authenticators.", 25, "services"),
        ("rolex", "de-DE", "Rolex Echtheitsprüfung und Wertgutachten", "Vereidigter Sachverständiger.", 120, "services"),
        ("nike", "en-GB", "Sneaker legit check – Jordan, Dunk, Yeezy", "Photo-based, 1 hour.", 5, "services"),
        ("gucci", "fr-FR", "Authentification sac Gucci – expert", "Rapport écrit.", 30, "services"),
        ("cartier", "it-IT", "Perizia gioielli Cartier – autenticazione", "Gemmologo.", 80, "services"),
        ("canada-goose", "en-CA", "Canada Goose cleaning & down restoration", "Specialist cleaner.", 90, "services"),
        ("louis-vuitton", "ja-JP", "ルイ・ヴィトン 真贋鑑定 承ります", "鑑定士在籍。", 20, "services"),
        ("omega", "en-US", "Omega watch authentication and appraisal for insurance", "Certified appraiser.", 150, "services"),
        ("adidas", "es-ES", "Limpieza profesional de zapatillas adidas y Nike", "Taller.", 20, "services"),
        ("burberry", "en-GB", "Burberry trench dry cleaning & reproofing", "Specialist.", 45, "services"),
        ("pandora", "pl-PL", "Czyszczenie i polerowanie biżuterii Pandora", "Jubiler.", 10, "services"),
        ("michael-kors", "ko-KR", "마이클코어스 가방 가죽 복원 수선", "명품 수선 전문.", 60, "services"),
    ])


@cls("in_single_box19", "*", "innocent", "one genuine empty box, bag or papers from the seller's own purchase, sold alone and said to be empty")
def in_single_box19(ctx):
    own(ctx, "in_single_box19", "", [
        ("nike", "en-US", "Original Nike shoe box only – from my Dunk Low, no shoes", "Box only, size 10 label.", 8, "collectibles"),
        ("apple", "de-DE", "iPhone 15 Pro Leerkarton – nur Verpackung", "Ohne Gerät, ohne Zubehör.", 10, "collectibles"),
        ("louis-vuitton", "fr-FR", "Boîte et dustbag Louis Vuitton vides – de mon achat", "Sans sac, juste l'emballage.", 40, "collectibles"),
        ("rolex", "en-GB", "Empty Rolex presentation box from my 2019 purchase", "Box only, no watch or papers.", 150, "collectibles"),
        ("cartier", "it-IT", "Scatola Cartier vuota con sacchetto", "Solo scatola.", 60, "collectibles"),
        ("gucci", "es-ES", "Caja y bolsa de Gucci vacías", "Solo embalaje de mi compra.", 20, "collectibles"),
        ("pandora", "pl-PL", "Pudełko Pandora puste – na prezent", "Samo pudełko.", 4, "collectibles"),
        ("omega", "nl-NL", "Lege Omega horlogedoos – van mijn aankoop", "Alleen doos.", 70, "collectibles"),
        ("swarovski", "pt-BR", "Caixa Swarovski vazia", "Só a caixa.", 8, "collectibles"),
        ("sony", "ja-JP", "PS5 空箱のみ 本体なし", "箱だけです。", 10, "collectibles"),
        ("dyson", "en-AU", "Dyson Airwrap empty box – keep for storage", "Box only.", 15, "collectibles"),
        ("adidas", "sv-SE", "Tom skokartong adidas Samba", "Bara kartong.", 5, "collectibles"),
    ])


# ================================================================== main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    ctx = Ctx(random.Random(a.seed))
    table = ["# Outsider 19: classes", "", "| class | * | kind | n | tactic | example (brand, lang) |", "|---|:-:|---|---:|---|---|"]
    for name, star, kind, tactic, fn in CLASSES:
        start = len(ctx.rows)
        fn(ctx)
        rows = ctx.rows[start:]
        for r in rows:
            r["_label"]["tactic"] = tactic
        ex = rows[0]
        t = ex["title"].replace("|", "\\|")
        table.append(f"| {name} | {star} | {kind} | {len(rows)} | {tactic.replace('|', '/')} | {t} ({ex['_label']['brand']}, {ex['_label']['lang']}) |")
    with open(a.out, "w", encoding="utf-8") as f:
        for r in ctx.rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("\n".join(table) + "\n")


if __name__ == "__main__":
    main()
