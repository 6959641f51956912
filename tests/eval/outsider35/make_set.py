#!/usr/bin/env python3
"""outsider35 held-out set generator (stdlib only, seeded, deterministic).

python3 make_set.py --seed 35 --out set.jsonl --classes classes.md
"""
import argparse, json, random
from data import MARKETS, MK, B, BRANDS, APPAREL, CUE, HOMO, AUTH

LUX = ["louis-vuitton","gucci","burberry","michael-kors","coach","canada-goose","rolex","omega","cartier"]
SNK = ["nike","adidas","puma"]
ELEC = ["apple","samsung","sony","bose","dyson","nintendo","microsoft","canon","philips","panasonic","bosch"]
PHARMA = ["pfizer","bayer","johnson-johnson","abbott"]
FMCG = ["mars","nestle","coca-cola","ferrero","danone","shell"]
BEAUTY = ["loreal","estee-lauder","shiseido","gillette"]
AUTO = ["honda","toyota","bmw","michelin","shell"]
TOYS = ["lego","hasbro","mattel","bandai"]
SOFT = ["adobe","microsoft","autodesk"]
SPORT = ["callaway","yonex","wilson"]
JEWEL = ["cartier","pandora","swarovski"]
TPL = sorted(set(LUX+SNK+ELEC+BEAUTY+JEWEL+TOYS+SPORT+["levis","the-north-face"])-{"gillette","canon"})
DUR = sorted(set(TPL)-set(BEAUTY))
GOODS = sorted(set(B)-set(SOFT)-set(PHARMA))
KANA = {"nike":"ナイキ","adidas":"アディダス","rolex":"ロレックス","gucci":"グッチ","louis-vuitton":"ルイヴィトン","dyson":"ダイソン","omega":"オメガ","cartier":"カルティエ","coach":"コーチ","apple":"アップル"}
HANGUL = {"nike":"나이키","adidas":"아디다스","rolex":"롤렉스","gucci":"구찌","louis-vuitton":"루이비통","dyson":"다이슨","canada-goose":"캐나다구스","the-north-face":"노스페이스","burberry":"버버리","apple":"애플","samsung":"삼성"}
CYR = {"nike":"Найк","adidas":"Адидас","rolex":"Ролекс","gucci":"Гуччи","louis-vuitton":"Луи Виттон","dyson":"Дайсон","canada-goose":"Канада Гус","the-north-face":"Норт Фейс","apple":"Эпл","omega":"Омега","cartier":"Картье","pandora":"Пандора","michael-kors":"Майкл Корс","lego":"Лего"}
INIT = {"louis-vuitton":"LV","canada-goose":"CG","the-north-face":"TNF","michael-kors":"MK","nike":"AJ1","estee-lauder":"EL","johnson-johnson":"J&J","burberry":"BBR","gucci":"GG","coca-cola":"KO","loreal":"LRP"}
NICK = {"louis-vuitton":"驴牌","rolex":"绿水鬼","loreal":"小黑瓶","estee-lauder":"小棕瓶","canada-goose":"加鹅","omega":"超霸","cartier":"螺丝手镯","nike":"熊猫Dunk","dyson":"戴森吹风","the-north-face":"北面1996","burberry":"战马格纹","gucci":"双G","pandora":"潘家"}

def sig3(x):
    if x <= 0: return 0.0
    from math import log10, floor
    d = 2 - int(floor(log10(x)))
    return round(x, d) if d > 0 else float(int(round(x, d)))

def copy_frac(usd, rng):
    if usd >= 2000: return rng.uniform(.03,.08)
    if usd >= 300: return rng.uniform(.06,.20)
    if usd >= 30: return rng.uniform(.15,.35)
    return rng.uniform(.25,.45)

def pick(rng, xs): return xs[rng.randrange(len(xs))]
def cue(rng, lang): return pick(rng, CUE.get(lang, CUE["en"]))
def homo(s, rng):
    out = list(s); idx = [i for i,c in enumerate(s) if c in HOMO]
    for i in rng.sample(idx, min(len(idx), 2)): out[i] = HOMO[out[i]]
    return "".join(out)

# ---------------------------------------------------------------- counterfeit classes: fn(rng, b, p, m) -> dict
# b brand id, p product tuple, m market tuple; returns title, desc, optional attrs/price/category
def T(title, desc, **kw): d = dict(title=title, desc=desc); d.update(kw); return d

def c_tag_cut(rng, b, p, m):
    mk, zh = B[b][0], B[b][1]; l = m[1]; c = cue(rng, l)
    if l == "zh": return T(f"{zh} {p[1]} 剪标 {c} 专柜同款", f"剪标处理，防止查货被扣。{c}，做工和专柜一样，细节看图。介意勿拍，不退不换。")
    if l == "ja": return T(f"{p[1]} タグカット {c}", f"タグカット済みです（税関対策のため）。{c}ですのでご理解のある方のみ。ノーブランド扱いで発送します。")
    if l == "de": return T(f"{p[1]} – Etiketten rausgeschnitten – {c}", f"Innenetiketten rausgeschnitten, damit das Paket durch den Zoll geht. {c}, sieht aus wie das Original. Privatverkauf.")
    return T(f"{p[1]} {p[2]} – tags cut for customs – {c}", f"Inner labels and size tags cut so it clears customs as 'no brand'. {c}, you can't tell from retail. Final sale.")
def c_username_tag(rng, b, p, m):
    c = cue(rng, "en"); h = pick(rng, ["@repvault_","@kickzplug","@luxe.lab","@qc.daily","@thecloset.bkk"])
    return T(f"{p[1]} {c} – tagged pics w/ {h} + today's date", f"Real pics, not stock. Tagged with my handle {h} and today's date on paper, more angles on request. Not retail: {c} from the best batch, QC photos before I ship. No returns, PayPal F&F.")
def c_avito(rng, b, p, m):
    c = cue(rng, "ru")
    return T(f"{p[1]} {c}", f"Состояние: новое\nТорг уместен. Отправлю Авито Доставкой или встреча у метро Курская.\nЭто {c}, не оригинал, качество люкс — никто не отличит. Вопросы в сообщения, на звонки не отвечаю.", attrs={"Состояние":"Новое","Бренд":B[b][0]})
def c_joongna(rng, b, p, m, _price=None):
    c = cue(rng, "ko"); kb = HANGUL.get(b, B[b][0])
    return T(f"{kb} {p[2]} {c} 팝니다", f"{c} 제품이에요 정품 아닙니다.\n택포 가격이고 직거래는 강남역 가능해요.\n네고 사절, 교환 환불 안 됩니다. 번개페이 안전결제 X, 계좌이체만.")
def c_pdd(rng, b, p, m):
    c = cue(rng, "zh"); zh = B[b][1]
    return T(f"{zh} {p[1]} {c} 高版本 拼单更划算", f"拼单价更便宜，单独购买贵20元。帮我砍一刀再减10元！{c}，和正品一模一样，非正品，介意勿拍。百亿补贴同款工厂。")
def c_closet(rng, b, p, m):
    l = m[1]; c = cue(rng, l)
    if l == "fr": return T(f"Vide dressing – {p[1]} ({c})", f"Je vide mon dressing avant déménagement. Certaines pièces sont vraies, celle-ci est une {c} achetée en Turquie. Lot possible, -20 % dès 3 articles.")
    if l == "de": return T(f"Kleiderschrank ausmisten: {p[1]} ({c})", f"Ich miste aus. Manche Sachen sind echt, dieses Teil ist ein {c} aus dem Urlaub. Bundle-Rabatt ab 3 Teilen. Keine Rücknahme.")
    return T(f"Closet clean-out! {p[1]} ({c})", f"Clearing out my closet before I move. Some pieces are legit, this one is a {c} (bought in Bangkok, worn twice). Bundle 3+ items for 20% off. Pick up or ship.")
def c_ncnr(rng, b, p, m):
    c = cue(rng, "ja"); kb = KANA.get(b, B[b][0])
    return T(f"【ノークレーム・ノーリターン】{kb} {p[2]} {c}", f"{c}です。正規品ではありません。写真でご判断ください。ノークレーム・ノーリターンでお願いします。すり替え防止のため返品不可。評価の悪い方は入札お断り。")
def c_allegro(rng, b, p, m):
    c = cue(rng, "pl")
    return T(f"{p[1]} {c} NOWY", f"Stan: Nowy\nMarka: inna\nKod producenta: {p[2]}\nFaktura: nie wystawiam\n{c} – wygląda jak oryginał, nikt nie odróżni. Wysyłka InPost Paczkomat 24h, płatność BLIK.", attrs={"Stan":"Nowy","Marka":"inna"})
def c_meli(rng, b, p, m):
    c = cue(rng, "es")
    return T(f"{p[1]} {c} Envío Gratis", f"✅ Envío gratis a todo el país\n✅ Hasta 12 meses sin intereses\n⚠️ Producto {c}, no es original de la marca. Garantía del vendedor 30 días. No damos factura.", attrs={"Condición":"Nuevo","Marca":B[b][0]})
def c_lbc(rng, b, p, m):
    c = cue(rng, "fr")
    return T(f"{p[1]} – {c}", f"Remise en main propre à Lyon Part-Dieu ou envoi Mondial Relay. Prix ferme, pas d'échange. C'est une {c}, qualité top, personne ne voit la différence.")
def c_mp(rng, b, p, m):
    c = cue(rng, "nl")
    return T(f"{p[1]} ({c})", f"Ophalen in Utrecht of verzenden via PostNL. Bieden vanaf. Let op: dit is {c}, geen origineel. Niet ruilen, geen garantie.")
def c_subito(rng, b, p, m):
    c = cue(rng, "it")
    return T(f"{p[1]} {c}", f"Spedizione con Subito oppure consegna a mano zona Napoli centro. Prezzo trattabile. {c} di ottima qualità, non originale, niente scontrino.")
def c_rakuten(rng, b, p, m):
    c = cue(rng, "ja"); kb = KANA.get(b, "")
    return T(f"【送料無料】【ポイント10倍】{kb}{' ' if kb else ''}{p[1]} {p[2]}【{c}】【即納】", f"※本商品は{c}です。正規品ではございません。あす楽対応。ラッピング無料。レビューを書いて500円OFFクーポン。")
def c_dubizzle(rng, b, p, m):
    c = pick(rng, ["master copy","first copy","high copy","mirror copy"])
    return T(f"{p[1]} {c} – brand new", f"Brand new {c}, with box. Cash on delivery Dubai, Sharjah, Ajman. Price slightly negotiable. WhatsApp only serious buyers, no time wasters.")
def c_xianyu(rng, b, p, m):
    c = cue(rng, "zh"); zh = B[b][1]
    return T(f"闲置 {zh} {p[1]} {c} 几乎全新", f"自用闲置，只用过两次。{c}，不是正品，懂的来。不退不换，同城可自提，走闲鱼担保交易。")
def c_bonded(rng, b, p, m):
    l = m[1]; c = cue(rng, l)
    if l == "zh": return T(f"{B[b][1]} {p[2]} 保税仓直发 {c}", f"保税仓直发，可提供报关单（代做）。{c}，专柜同版，非官方渠道。")
    return T(f"{p[1]} – bonded warehouse stock – {c}", f"Ships from our bonded warehouse in Shenzhen Qianhai, customs papers provided on request. {c} – same as counter, not from the brand.")
def c_blocket(rng, b, p, m):
    c = cue(rng, "sv")
    return T(f"{p[1]} – {c}", f"Kan mötas i Stockholm city eller skickas, köparen betalar frakten. Swish. Det är en {c}, inte äkta, men riktigt bra kvalitet.")
def c_wbcard(rng, b, p, m):
    c = cue(rng, "ru"); art = str(rng.randrange(10**8, 10**9))
    return T(f"{p[0].capitalize()} {B[b][0]} {c}", f"Артикул: {art}\nБренд: Нет бренда\nСтрана производства: Китай\nОписание: {c} {p[1]}, полное соответствие оригиналу, логотип на месте.", attrs={"Бренд":"Нет бренда","Страна производства":"Китай"})
def c_bazos(rng, b, p, m):
    c = cue(rng, "cs")
    return T(f"{p[1]} {c}", f"Prodám {c} {p[1]}. Cena dohodou, osobní odběr Praha 4 nebo Zásilkovna. Není originál, ale kvalita super.")
def c_haraj(rng, b, p, m):
    c = cue(rng, "ar")
    return T(f"للبيع {B[b][0]} {p[2]} {c}", f"للبيع {p[1]} {c}، جديد بالكرتون. السوم وصل والحد معروف. التسليم باليد في الرياض حي النرجس. ليس أصلي.")
def c_kaidee(rng, b, p, m):
    c = cue(rng, "th")
    return T(f"{p[1]} {c} ส่งฟรี", f"งาน{c} เหมือนแท้ 99% เก็บเงินปลายทางได้ ส่งฟรี Kerry นัดรับ BTS อโศกได้ค่ะ ไม่ใช่ของแท้นะคะ")

# everyday floor
def f_cue(rng,b,p,m): return T(f"{p[1]} {cue(rng,m[1])}", f"{p[0]}, {cue(rng,m[1])}.")
def f_lux(rng,b,p,m):
    bt = pick(rng,["ZF factory","Clean factory","VSF 3235","GD batch","OS batch","顶级版本 top batch","H15 batch"])
    return T(f"{p[1]} {p[2]} {bt}", f"Best batch on the market ({bt}), 1:1 with retail, full set box and papers. QC pics before shipping.")
def f_snk(rng,b,p,m):
    bt = pick(rng,["LJR batch","PK 5.0","纯原","OG batch","GX batch","M batch"])
    return T(f"{p[1]} {p[2]} {bt}", f"{bt}, best version, retail box. Sizes 36-46.")
def f_elec(rng,b,p,m):
    if b == "canon": p = B["canon"][2][1]; return T(f"{p[1]} compatible clone with Canon logo and hologram", "Clone cartridge in Canon retail box, same hologram, not original.", prod=p)
    ph = pick(rng,{"earbuds":["copy version, Airoha chip, pop-up works","1:1 clone, Huaqiangbei version"],"headphones":["1:1 clone, Huaqiangbei version","copy version, ANC works"],"phones":["clone, real 4+64 shows 16+1TB","high copy, MTK chip inside, fake specs"]}.get(p[4],["1:1 clone, Huaqiangbei version","high copy, looks identical to original"]))
    return T(f"{p[1]} {ph}", f"{p[1]} – {ph}. Not original, 7-day seller warranty.")
def f_pharma(rng,b,p,m):
    ph = pick(rng,["no prescription needed","no Rx, discreet shipping","generic copy same as original","Indian copy, same salt"])
    return T(f"{p[1]} {ph}", f"{p[1]} {ph}. Stealth packaging, 100 % delivery.")
def f_fmcg(rng,b,p,m):
    c = cue(rng, m[1]); return T(f"{p[1]} {c} factory direct", f"{p[1]}, {c} packaging, factory direct, minimum 10 cartons.")
def f_beauty(rng,b,p,m):
    c = pick(rng,["counter quality copy","1:1 copy","replica","专柜同款 高仿"]); return T(f"{p[1]} {c}", f"{p[1]} – {c}, same scent and texture as counter, batch code printed.")
def f_auto(rng,b,p,m):
    return T(f"{p[1]} {p[2]} OEM copy", f"{p[1]} {p[2]}, copy with {B[b][0]} logo and box, not from dealer, same as genuine.")
def f_toys(rng,b,p,m):
    ph = pick(rng,["KO clone","compatible clone, same box art","bootleg version","Lepin-type copy"]); return T(f"{p[1]} {p[2]} {ph}", f"{p[1]} {ph}, all pieces, box with logo.")
def f_soft(rng,b,p,m):
    ph = pick(rng,["lifetime activation","cracked, pre-activated","lifetime key, no subscription","patched full version"]); return T(f"{p[1]} {ph}", f"{p[1]} – {ph}. Instant delivery by email.", price_fixed=rng.uniform(5,25))
def misspell(s, rng):
    i = rng.randrange(1, max(2, len(s)-1)); return s[:i] + s[i+1:] if rng.random()<.5 else s[:i] + s[i] + s[i:]
def f_missp(rng,b,p,m):
    mk = B[b][0]; return T(p[1].replace(mk, misspell(mk, rng)), f"{p[0]}, {cue(rng,m[1])}, new with box.")
def f_homo(rng,b,p,m): mk=B[b][0]; return T(f"{p[1].replace(mk, homo(mk,rng))} {cue(rng,m[1])}", f"{p[0]}, best quality.")
def f_sep(rng,b,p,m): mk=B[b][0]; sep=pick(rng,[".","-"," ","*","_"]); return T(f"{sep.join(mk.replace(' ',''))} {p[0]} {cue(rng,m[1])}", f"{p[0]}, 1:1.")
def f_zh(rng,b,p,m):
    j = pick(rng,["莆田纯原","高版本","原厂代工","顶级复刻","A货","1比1"]); return T(f"{B[b][1]} {p[1]} {j}", f"{B[b][1]} {p[2]} {j}，细节对比专柜，放心入。")
def f_off(rng,b,p,m):
    ct = pick(rng,["WhatsApp +234 803 000 1122","Telegram @factorydirect","WeChat: rep_hub88","IG @luxe.wholesale"])
    return T(f"{p[1]} – {cue(rng,m[1])} – {ct}", f"Too cheap to list here, message {ct} for the full catalogue. {cue(rng,m[1])}.")
def f_low(rng,b,p,m): return T(f"{p[1]} {p[2]} new", f"{p[0]}, new, fast shipping.", low=True)
def f_insp(rng,b,p,m): return T(f"{B[b][0]} inspired {p[0]} with logo", f"Inspired by {B[b][0]}, logo on it like the original, not authentic.")
def f_cover(rng,b,p,m):
    st = pick(rng,["gift from my ex, don't know if real, selling cheap","bought in Istanbul Grand Bazaar, no receipt","won it in a work raffle, never used, price low for quick sale"])
    return T(f"{p[1]} – {st}", f"{p[1]}. {st}. No returns.")
def f_jew(rng,b,p,m): return T(f"{p[1]} 18k gold plated stainless steel copy", f"{p[1]}, 18k gold plated, screw logo engraved, copy, does not fade.")
def f_model(rng,b,p,m): return T(f"{p[2]} {cue(rng,m[1])}", f"{p[0]} {p[2]}, {cue(rng,m[1])}.")
def f_grade(rng,b,p,m): return T(f"{p[1]} – choose grade", f"Grade AAA / Grade mirror / Grade 1:1 top – prices by grade, the {B[b][0]} logo on all.")
def f_local(rng,b,p,m):
    for d,l in ((KANA,"ja"),(HANGUL,"ko"),(CYR,"ru")):
        if b in d and rng.random()<.6: return T(f"{d[b]} {p[2]} {cue(rng,l)}", f"{d[b]} {p[2]} {cue(rng,l)}", market={"ja":"mercari-jp","ko":"bunjang","ru":"avito"}[l])
    return T(f"{B[b][1]} {p[2]} {cue(rng,'zh')}", f"{B[b][1]} {p[2]}", market="taobao")
def f_init(rng,b,p,m): ini = INIT.get(b, "".join(w[0] for w in B[b][0].split())); return T(f"{ini} {p[0]} {cue(rng,m[1])}", f"{ini} {p[0]}, {cue(rng,m[1])}, with logo.")
def f_sport(rng,b,p,m): return T(f"{p[1]} {pick(rng,['replica','copy','clone head','1:1 copy'])}", f"{p[1]} copy, same feel as original.")
def f_cs(rng,b,p,m):
    ph = {"shopee-ph":"legit ba? hindi po, rep 'to pero super kapit ang quality","daraz-pk":"bilkul original jaisa, first copy hai bhai","mercadolibre-mx":"es rep pero bien chingona, nadie nota","lazada-my":"not ori lah, but quality steady bom"}[m[0]]
    return T(f"{p[1]} – {ph}", f"{p[1]}. {ph}.")
def f_desc(rng,b,p,m): return T(f"{p[0].capitalize()} – new with box", f"{p[1]} {p[2]}, {cue(rng,m[1])}, same as original, ships in 2 days.")
def leet(s): return s.translate(str.maketrans({"e":"3","o":"0","i":"1","a":"4","s":"5","E":"3","O":"0","I":"1","A":"4"}))
def f_leet(rng,b,p,m): mk=B[b][0]; return T(f"{leet(mk)} {p[0]} {cue(rng,m[1])}", f"{p[0]}, 1:1, ask for pics.")
def f_nick(rng,b,p,m): n = NICK[b]; return T(f"{n} {p[0]} {cue(rng,'zh')}", f"{n} {cue(rng,'zh')}，细节到位。")
def f_relabel(rng,b,p,m):
    p = {"canon":B["canon"][2][1],"loreal":B["loreal"][2][1],"abbott":B["abbott"][2][1],"nestle":B["nestle"][2][0]}.get(b,p)
    ph = pick(rng,["refilled in genuine bottles","re-dated stock, new labels","repacked, relabelled, OEM grade"]); return T(f"{p[1]} – {ph}", f"{p[1]} {ph}, not from the official distributor, huge discount.", prod=p)

def any_b(): return None
CF = [
 # name, star, tactic, fn, brands (None = any), markets (None = any)
 ("c_tag_cut35","*","labels cut 'for customs' (剪标, タグカット, tags cut) on the brand's copy",c_tag_cut,LUX+SNK+["the-north-face","levis"],["xianyu","taobao","mercari-jp","ebay-us","vinted-de","instagram"]),
 ("c_username_tag35","*","'tagged pics with my handle + today's date' (Reddit/Instagram proof-of-possession) on a rep",c_username_tag,TPL,["instagram","ebay-us","carousell-sg","mercari-us","facebook-marketplace"]),
 ("c_avito_template35","*","Avito convention (Состояние, Торг уместен, Авито Доставка, у метро) with a Russian copy word",c_avito,TPL,["avito"]),
 ("c_joongna_template35","*","Korean secondhand convention (택포, 직거래, 네고 사절, 번개페이) with 미러급/레플",c_joongna,TPL,["bunjang","daangn"]),
 ("c_pdd_group35","*","Pinduoduo group-buy price (拼单价, 帮我砍一刀) on a 高仿",c_pdd,TPL,["pinduoduo"]),
 ("c_closet_cleanout35","*","closet clean-out / vide dressing / Kleiderschrank ausmisten with one piece admitted a rep",c_closet,sorted(set(LUX+SNK)|APPAREL),["vinted-fr","vinted-de","ebay-uk","facebook-marketplace","mercari-us","gumtree-au"]),
 ("c_ncnr35","*","Yahoo! Auctions ノークレーム・ノーリターン with コピー品",c_ncnr,TPL,["yahoo-auctions","mercari-jp"]),
 ("c_allegro_params35","*","Allegro/OLX-PL parameters (Stan: Nowy, Marka: inna, Faktura: nie) with replika/zamiennik",c_allegro,TPL,["allegro","olx-pl"]),
 ("c_meli_template35","*","Mercado Libre convention (Envío gratis, meses sin intereses, no damos factura) with réplica/AAA",c_meli,TPL,["mercadolibre-mx","mercadolibre-ar","mercadolibre-co"]),
 ("c_leboncoin_template35","*","Leboncoin convention (remise en main propre, Mondial Relay, prix ferme) with copie",c_lbc,TPL,["leboncoin"]),
 ("c_marktplaats_template35","*","Marktplaats convention (ophalen of verzenden, bieden vanaf) with namaak",c_mp,TPL,["marktplaats"]),
 ("c_subito_template35","*","Subito convention (spedizione con Subito, trattabile, a mano) with replica/imitazione",c_subito,TPL,["subito"]),
 ("c_rakuten_brackets35","*","Rakuten bracket tags (【送料無料】【ポイント10倍】【S級品】【即納】)",c_rakuten,TPL,["rakuten"]),
 ("c_dubizzle_template35","*","dubizzle UAE convention (COD Dubai/Sharjah, WhatsApp serious buyers) with master/first copy",c_dubizzle,TPL,["dubizzle"]),
 ("c_xianyu_idle35","*","Xianyu 自用闲置 convention (懂的来, 不退不换, 同城自提) with 高仿/复刻",c_xianyu,TPL,["xianyu"]),
 ("c_bonded_warehouse35","*","'bonded warehouse stock' (保税仓直发, customs papers on request) on a copy",c_bonded,TPL,["taobao","pinduoduo","shopee-ph","lazada-my","tiktok-shop-my"]),
 ("c_blocket_template35","*","Blocket convention (kan mötas, Swish, köparen betalar frakt) with kopia/fejk",c_blocket,TPL,["blocket"]),
 ("c_wb_card35","*","Wildberries/Ozon product card (Артикул, Бренд: Нет бренда, Страна: Китай) naming the brand as копия",c_wbcard,TPL,["wildberries","ozon"]),
 ("c_bazos_template35","*","Bazoš convention (cena dohodou, osobní odběr, Zásilkovna) with kopie",c_bazos,TPL,["bazos"]),
 ("c_haraj_template35","*","Haraj convention (للبيع, السوم وصل, التسليم باليد) with كوبي ون / ماستر كوبي",c_haraj,TPL,["haraj"]),
 ("c_kaidee_template35","*","Kaidee/Lazada-TH convention (เก็บเงินปลายทาง, นัดรับ BTS) with ก๊อป/เกรดมิลเลอร์",c_kaidee,TPL,["kaidee","lazada-th"]),
 ("c_cue_words35","","the brand named plainly with a copy word of the market's language",f_cue,GOODS,None),
 ("c_luxury_reps35","","luxury goods with factory/batch jargon",f_lux,LUX,None),
 ("c_sneaker_reps35","","sneaker reps by batch",f_snk,SNK,None),
 ("c_electronics_clone35","","electronics clones",f_elec,ELEC,None),
 ("c_pharma35","","medicines without prescription / copies",f_pharma,PHARMA,None),
 ("c_fmcg35","","food/drink/oil copies factory direct",f_fmcg,FMCG,None),
 ("c_beauty35","","cosmetics and razors 'counter quality' copies",f_beauty,BEAUTY,None),
 ("c_auto_parts35","","auto parts 'OEM copy' with the maker's logo",f_auto,AUTO,None),
 ("c_toys35","","toy clones (KO, bootleg)",f_toys,TOYS,None),
 ("c_software_keys35","","software 'lifetime' keys and cracks",f_soft,SOFT,None),
 ("c_misspell35","","one-edit misspelling of the mark with a copy word in the description",f_missp,GOODS,None),
 ("c_homoglyph_cyr35","","Cyrillic homoglyphs in the mark",f_homo,GOODS,None),
 ("c_separators35","","letters of the mark separated",f_sep,GOODS,None),
 ("c_zh_jargon35","","Chinese name with copy jargon",f_zh,GOODS,["taobao","xianyu","pinduoduo"]),
 ("c_offplatform35","","off-platform contact for the catalogue",f_off,GOODS,None),
 ("c_low_price_only35","","plain listing, price alone (≈60 % of a copy price)",f_low,GOODS,None),
 ("c_inspired_logo35","","'inspired' with the logo on it",f_insp,sorted(APPAREL)+JEWEL+SNK,None),
 ("c_cover_story35","","cover story at a copy's price",f_cover,LUX+ELEC+SNK,None),
 ("c_jewelry_plated35","","plated jewellery copies",f_jew,JEWEL,None),
 ("c_model_number35","","model number only with a copy word",f_model,GOODS,None),
 ("c_grade_menu35","","grade menu",f_grade,GOODS,None),
 ("c_local_script35","","the mark in kana / hangul / Cyrillic / Chinese with a copy word",f_local,GOODS,None),
 ("c_initialism35","","initialism with a copy word",f_init,list(INIT),None),
 ("c_sports_gear35","","sports gear copies",f_sport,SPORT,None),
 ("c_code_switch35","","Taglish/Hinglish/Spanglish/Manglish admission",f_cs,GOODS,["shopee-ph","daraz-pk","mercadolibre-mx","lazada-my"]),
 ("c_desc_only35","","generic title, the brand and the copy word only in the description",f_desc,GOODS,None),
 ("c_leet35","","leetspeak mark",f_leet,GOODS,None),
 ("c_nicknames35","","community nickname in Chinese with a copy word",f_nick,list(NICK),["taobao","xianyu"]),
 ("c_relabel35","","relabelled/refilled consumables",f_relabel,["shell","danone","nestle","abbott","canon","loreal","coca-cola"],None),
]
CF = [(n,s,t,f,(bs if bs else None),ms) for n,s,t,f,bs,ms in CF]

# ---------------------------------------------------------------- innocent classes: fn(rng,b,p,m) -> dict with price mult or fixed
def i_auth(rng,b,p,m):
    mkt, sid, name = pick(rng, AUTH[b])
    return T(f"{p[1]} {p[2]}", f"Official store. {p[1]}, new, manufacturer's warranty, invoice.", mult=rng.uniform(1,1.08), seller=(sid,name), market=mkt)
USED = {"ru":("б/у, оригинал, чек есть","Б/у"),"ja":("中古 正規品 箱付き","中古"),"ko":("정품 중고 영수증 있어요","중고"),"de":("gebraucht, original, Rechnung vorhanden","Gebraucht"),"fr":("occasion, authentique, facture","Occasion"),"pl":("używany, oryginał, paragon","Używany"),"zh":("二手 正品 有小票","二手"),"es":("usado, original, con factura","Usado"),"en":("used, genuine, receipt included","Used")}
def i_used(rng,b,p,m):
    d,t = USED.get(m[1], USED["en"]); return T(f"{p[1]} {t}", f"{p[1]} – {d}. Light wear, see photos.", mult=rng.uniform(.4,.7))
def i_refurb(rng,b,p,m): return T(f"{p[1]} – certified refurbished", f"Refurbished {p[1]}, grade A, 12-month warranty, genuine parts, battery/health checked.", mult=rng.uniform(.62,.82))
def i_prelux(rng,b,p,m): return T(f"Pre-owned {p[1]} {p[2]}", f"Authenticated pre-owned {p[1]}, full set with receipt, authenticity certificate from our in-house experts.", mult=rng.uniform(.8,1.15))
def i_outlet(rng,b,p,m): return T(f"{p[1]} – outlet, last season", f"Genuine {p[1]} from the brand's outlet, last season colour, new with tags.", mult=rng.uniform(.5,.7))
def i_whole(rng,b,p,m):
    n = pick(rng,[6,12,24]); return T(f"{p[1]} – case of {n}, wholesale", f"Genuine {p[1]}, sealed case of {n} from the authorised distributor, invoice with VAT, best before 2027.", mult=rng.uniform(.8,.92)*n)
def i_parts(rng,b,p,m): return T(f"{p[1]} {p[2]} genuine part", f"Genuine {B[b][0]} part {p[2]} from an authorised dealer, in original packaging.", mult=rng.uniform(.92,1.1))
def i_gift(rng,b,p,m):
    v = pick(rng,{"JPY":[1500,3000,5000],"KRW":[10000,30000,50000],"ZAR":[250,500,1000]}.get(m[2],[25,50,100])); g = {"apple":"App Store & iTunes gift card","nintendo":"Nintendo eShop card","microsoft":"Xbox gift card","sony":"PlayStation Store gift card"}[b]
    return T(f"{g} {v} {m[2]}", f"Official {g}, value {v} {m[2]}, code sent by email.", fixed_local=v, category="gift cards")
def i_grey(rng,b,p,m): return T(f"{p[1]} – parallel import (JP/HK version)", f"Genuine {p[1]}, parallel import, no local warranty, original packaging, Japanese manual.", mult=rng.uniform(.88,1.02))
def i_neg(rng,b,p,m): return T(f"{p[1]} 100% original, not a copy", f"Bought at the official store, 100 % original, no fake, no replica, receipt and serial included.", mult=rng.uniform(.85,1.05))
def i_tagcut(rng,b,p,m):
    if m[1]=="zh": return T(f"{B[b][1]} {p[0]} 剪标 正品 专柜撤柜", f"剪标正品：专柜撤柜货，剪标是为了防止回流专柜退货。保真，支持任何鉴定，假一赔三。", mult=rng.uniform(.45,.7))
    return T(f"{p[1]} タグカット品 正規品 アウトレット", "タグカット品（アウトレット・百貨店催事流れ）。正規品です。鑑定済み。", mult=rng.uniform(.45,.7))
def i_locked(rng,b,p,m):
    p = [q for q in B[b][2] if q[4]=="phones"][0]
    if m[1]=="zh": return T(f"{B[b][1]} {p[1]} 卡贴机 有锁 美版", "美版有锁机，卡贴解锁，正品，电池健康88%，无拆无修。", mult=rng.uniform(.4,.6), prod=p)
    return T(f"{p[1]} – carrier locked (AT&T), genuine", "Genuine, locked to AT&T, clean IMEI, iCloud/Google account removed, battery 89 %.", mult=rng.uniform(.4,.6), prod=p)
def i_closet(rng,b,p,m): return T(f"Closet clean-out: {p[1]} (authentic)", f"Clearing my closet. Genuine {p[1]}, bought at the store in 2024, receipt in photos. Bundle discount.", mult=rng.uniform(.4,.7))
def i_templ(rng,b,p,m):
    l = m[1]
    if l=="ru": return T(f"{p[1]} оригинал", "Состояние: б/у, отличное. Оригинал, чек и коробка. Торг уместен. Авито Доставка.", mult=rng.uniform(.45,.75), market="avito")
    if l=="ko": return T(f"{HANGUL.get(b,B[b][0])} {p[2]} 정품", "정품이에요 영수증 있어요. 택포 가격, 직거래 가능, 네고 사절.", mult=rng.uniform(.45,.75))
    if l=="fr": return T(f"{p[1]} authentique", "Remise en main propre ou Mondial Relay. Prix ferme. Authentique avec facture.", mult=rng.uniform(.45,.75))
    if l=="pl": return T(f"{p[1]} oryginał", "Stan: Używany. Marka: "+B[b][0]+". Oryginał, paragon. Wysyłka InPost, BLIK.", mult=rng.uniform(.45,.75), attrs={"Stan":"Używany","Marka":B[b][0]})
    if l=="sv": return T(f"{p[1]} äkta", "Äkta, kvitto finns. Kan mötas i Göteborg eller skickas. Swish.", mult=rng.uniform(.45,.75))
    return T(f"{p[1]} originál", "Originál, účtenka. Cena dohodou, osobní odběr nebo Zásilkovna.", mult=rng.uniform(.45,.75))
def i_ncnr(rng,b,p,m): return T(f"【ノークレーム・ノーリターン】{KANA.get(b,B[b][0])} {p[2]} 正規品 鑑定済", "大黒屋で鑑定済みの正規品です。中古品のためノークレーム・ノーリターンでお願いします。", mult=rng.uniform(.5,.9))
def i_utag(rng,b,p,m): return T(f"{p[1]} – authentic, tagged pics w/ @mycloset.sg", "Authentic, tagged pics with my handle and today's date, receipt and box. Happy to meet at the store for checks.", mult=rng.uniform(.6,.9))
def i_bonded(rng,b,p,m): return T(f"{B[b][1]} {p[1]} 跨境保税仓 正品", "天猫国际跨境保税仓发货，海关备案，正品保障，支持溯源码查询。", mult=rng.uniform(.85,1.0))
def i_pdd(rng,b,p,m): return T(f"【百亿补贴】{B[b][1]} {p[1]} 官方正品 拼单价", "百亿补贴 官方授权正品，品牌直供，假一赔十，支持专柜验货。", mult=rng.uniform(.85,.95))
def i_acc(rng,b,p,m):
    acc = pick(rng,["protective case for","replacement strap compatible with","storage bag for","screen protector for","wall mount for"]); return T(f"{acc} {p[1]}", f"Third-party {acc} {p[1]}. Not made by {B[b][0]}.", usd=rng.uniform(5,25))
EVERY = [("mars","Mars globe poster – the red planet, A2","posters"),("coach","Coach tour London–Paris, 2 seats","travel"),("shell","Sea shell necklace handmade","jewelry"),("puma","Puma (cougar) plush toy 40cm","toys"),("canon","Canon in D – sheet music for piano","books"),("omega","Omega-3 fish oil 1000mg 120 softgels","supplements"),("pandora","Pandora's box jewelry box, wooden","home"),("apple","Apple tree sapling Golden Delicious","garden"),("wilson","Wilson's phalarope bird print","art"),("dyson","Dyson sphere – sci-fi novel paperback","books"),("bose","Bose–Einstein condensate lecture notes","books"),("nestle","Nest box for garden birds","garden"),("gillette","Gillette, Wyoming – city guide","books"),("ferrero","Ferrero family history, Alba (book)","books")]
def i_every(rng,b,p,m): return T(p[0], p[1], usd=rng.uniform(5,40), category=p[2])
def i_books(rng,b,p,m): return T(pick(rng,[f"The {B[b][0]} story – hardcover",f"{B[b][0]}: brand history book",f"Collector's guide to {B[b][0]} {p[0]}"]), "Book, used, good condition.", usd=rng.uniform(8,40), category="books")
def i_repair(rng,b,p,m): return T(f"Repair service for {p[1]}", f"We repair {p[0]}s of all brands incl. {B[b][0]}; genuine parts on request; not affiliated with {B[b][0]}.", usd=rng.uniform(20,90), category="services")
def i_wanted(rng,b,p,m): return T(f"WTB: {p[1]} – genuine only", "Looking to buy a genuine one, no reps please. Receipt needed.", noprice=True)
def i_dupe(rng,b,p,m): return T(f"{p[0].capitalize()} – similar style, no logo, not {B[b][0]}", f"Unbranded {p[0]}, similar shape, no logo, not affiliated with {B[b][0]}.", usd=rng.uniform(10,40))
def i_press(rng,b,p,m): return T(f"Newspaper clipping: {B[b][0]} wins case against counterfeiters (2025)", "Original newspaper clipping, for collectors.", usd=rng.uniform(3,12), category="collectibles")
def i_guide(rng,b,p,m): return T(f"How to spot a fake {p[1]} – PDF guide", f"Legit-check guide: 40 photos comparing genuine and replica {p[1]}. No products sold.", usd=rng.uniform(3,15), category="books")
def i_box(rng,b,p,m): return T(f"Empty box for {p[1]} – box only", f"Original empty box of {p[1]}, no item inside, for storage or display.", usd=rng.uniform(5,30), category="collectibles")
def i_jobs(rng,b,p,m): return T(f"Hiring: sales associate at the {B[b][0]} store, full time", "Job offer: retail sales associate, 40 h/week, staff discount.", noprice=True, category="jobs")
VEH = [("toyota","Toyota Corolla 1.8 Hybrid 2018, 92,000 km",13500),("honda","Honda Civic 1.5 VTEC Turbo 2019, one owner",17000),("bmw","BMW 320d Touring 2017, full service history",16500),("honda","Honda CB500F motorcycle 2020",5200),("toyota","Toyota Hilux 2.4 D-4D 2016",21000),("bmw","BMW R 1250 GS 2021",15500)]
def i_veh(rng,b,p,m): return T(p[0], "Private sale, papers complete, test drive welcome.", usd=p[1]*rng.uniform(.9,1.1), category="vehicles")

IN = [
 ("in_authorized_store35","","G",i_auth,None,["tmall"]),
 ("in_used35","","G",i_used,DUR,None),
 ("in_refurb35","","G",i_refurb,ELEC,None),
 ("in_preowned_lux35","","G",i_prelux,LUX,None),
 ("in_outlet35","","G",i_outlet,sorted(APPAREL),None),
 ("in_wholesale35","","G",i_whole,FMCG+["johnson-johnson","gillette"],None),
 ("in_repair_parts35","","G",i_parts,AUTO+["dyson","philips"],None),
 ("in_gift_cards35","","G",i_gift,["apple","nintendo","microsoft","sony"],["ebay-us","mercari-us","ebay-uk","vinted-de","facebook-marketplace"]),
 ("in_grey_import35","","G",i_grey,ELEC+BEAUTY,None),
 ("in_genuine_negated_copy35","","G",i_neg,GOODS,None),
 ("in_tag_cut_genuine35","*","G",i_tagcut,LUX+sorted(APPAREL),["taobao","xianyu","mercari-jp","rakuten"]),
 ("in_carrier_locked35","*","G",i_locked,["apple","samsung"],["xianyu","ebay-us","facebook-marketplace","mercari-us"]),
 ("in_closet_cleanout_genuine35","*","G",i_closet,sorted(APPAREL),["vinted-fr","ebay-uk","mercari-us","facebook-marketplace"]),
 ("in_template_genuine35","*","G",i_templ,DUR,["avito","bunjang","leboncoin","allegro","blocket","bazos"]),
 ("in_ncnr_genuine35","*","G",i_ncnr,LUX,["yahoo-auctions"]),
 ("in_username_tag_genuine35","*","G",i_utag,LUX+SNK,["carousell-sg","instagram"]),
 ("in_bonded_genuine35","*","G",i_bonded,BEAUTY+["danone","nestle","abbott"],["tmall-global"]),
 ("in_pdd_subsidy_genuine35","*","G",i_pdd,ELEC+BEAUTY,["pinduoduo"]),
 ("in_accessories35","","",i_acc,ELEC+["rolex","omega"],None),
 ("in_everyday_senses35","","",i_every,"EVERY",None),
 ("in_books_media35","","",i_books,None,None),
 ("in_repair_services35","","",i_repair,ELEC+["rolex","omega"],None),
 ("in_wanted35","","",i_wanted,None,None),
 ("in_honest_dupe35","","",i_dupe,sorted(APPAREL)+JEWEL+["dyson"],None),
 ("in_press_news35","","",i_press,None,None),
 ("in_fake_spotting_guide35","","",i_guide,LUX+SNK+ELEC+JEWEL,None),
 ("in_empty_box35","","",i_box,LUX+SNK,None),
 ("in_jobs35","","",i_jobs,["nike","adidas","apple","lego","louis-vuitton","gucci","samsung","pandora","swarovski","the-north-face","levis","dyson","coach"],["olx-ua","avito","jiji-ng","facebook-marketplace","leboncoin","olx-br","dubizzle"]),
 ("in_vehicle35","","",i_veh,"VEH",["avito","leboncoin","olx-br","jiji-ng","facebook-marketplace","kijiji","gumtree-au","marktplaats","mercadolibre-mx","kaidee"]),
 ("in_gift_cards_local35","","G",i_gift,["apple","nintendo","microsoft","sony"],["rakuten","coupang","ebay-uk","takealot"]),
]
EXTRA_MK = {"tmall":("tmall","zh","CNY","CN",7.2),"amazon-us":("amazon-us","en","USD","US",1),"amazon-de":("amazon-de","de","EUR","DE",.92),"ebay":("ebay","en","USD","US",1),"tmall-global":("tmall-global","zh","CNY","CN",7.2)}
def mkt(name): return MK.get(name) or EXTRA_MK[name]

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=35); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args(); rng = random.Random(a.seed); rows = []; examples = {}
    rot = BRANDS[:]; rng.shuffle(rot); ri = [0]
    def next_brand(pool):
        if pool is None:
            b = rot[ri[0] % len(rot)]; ri[0] += 1; return b
        return pool[rng.randrange(len(pool))]
    def hexid(): return "%012x" % rng.getrandbits(48)
    def emit(kind, cls, tactic, b, p, m, d):
        if "market" in d: m = mkt(d["market"])
        if "prod" in d: p = d["prod"]
        lid = hexid(); rate = m[4]
        if d.get("noprice"): price = None
        elif "fixed_local" in d: price = {"amount": float(d["fixed_local"]), "currency": m[2]}
        else:
            if "usd" in d: usd = d["usd"]
            elif "mult" in d: usd = p[3]*d["mult"]
            elif "price_fixed" in d: usd = d["price_fixed"]
            else:
                usd = p[3]*copy_frac(p[3], rng)
                if d.get("low"): usd *= .6
            price = {"amount": sig3(usd*rate), "currency": m[2]}
        sid, sname = d.get("seller") or ("u" + hexid()[:8], pick(rng, ["shop","store","closet","deals","mart","daily"]) + str(rng.randrange(10,999)))
        cat = d.get("category", p[4] if len(p) > 4 else None)
        if cat is None and kind=="innocent": cat = None
        ship = m[3]
        if kind == "counterfeit" and (m[3]=="CN" or rng.random()<.35): ship = "CN"
        row = {"marketplace": m[0], "listing_id": lid, "url": f"https://{m[0]}.example/item/{lid}", "title": d["title"][:1000], "description": d["desc"],
               "price": price, "seller": {"id": sid, "name": sname, "country": m[3]}, "category": cat, "images": [], "ship_from": ship,
               "observed_at": f"2026-12-0{rng.choice([2,3])}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+00:00", "attributes": d.get("attrs", {}),
               "_label": {"kind": kind, "brand": b, "class": cls, "tactic": tactic, "lang": m[1], "also": []}}
        rows.append(row); examples.setdefault(cls, f"{d['title']} ({b})")
    for name, star, tactic, fn, pool, mks in CF:
        for k in range(13):
            b = next_brand(pool); p = pick(rng, B[b][2]); m = mkt(pick(rng, mks)) if mks else pick(rng, MARKETS)
            emit("counterfeit", name, tactic, b, p, m, fn(rng, b, p, m))
    for name, star, g, fn, pool, mks in IN:
        for k in range(12):
            if pool == "EVERY": e = pick(rng, EVERY); b = e[0]; p = (e[1], f"{e[1]}. Nothing to do with the brand.", e[2])
            elif pool == "VEH": e = pick(rng, VEH); b = e[0]; p = (e[1], e[2])
            else: b = next_brand(pool); p = pick(rng, B[b][2])
            m = mkt(pick(rng, mks)) if mks else pick(rng, MARKETS)
            d = fn(rng, b, p, m)
            if pool in ("EVERY","VEH"): p = (p[0], "", "", 0, None)
            emit("innocent", name, tactic_in(name), b, p, m, d)
    rng.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider35 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        cnt = {}
        for r in rows: cnt[r["_label"]["class"]] = cnt.get(r["_label"]["class"], 0) + 1
        for name, star, tactic, *_ in CF: f.write(f"| {name} | {star} | counterfeit | {cnt[name]} | {tactic} | {examples[name].replace('|','/')} |\n")
        for name, star, g, *_ in IN: f.write(f"| {name} | {star} | innocent | {cnt[name]} | {tactic_in(name)} | {examples[name].replace('|','/')} |\n")
    print(len(rows), "rows")

TIN = {"in_authorized_store35":"the registry's authorized store at list to +8 %","in_used35":"used genuine goods with a receipt (local wording)","in_refurb35":"certified refurbished electronics","in_preowned_lux35":"authenticated pre-owned luxury","in_outlet35":"brand outlet, last season","in_wholesale35":"sealed cases from the distributor","in_repair_parts35":"genuine parts from a dealer","in_gift_cards35":"official gift cards at face value","in_grey_import35":"parallel imports","in_genuine_negated_copy35":"'100% original, not a copy'",
 "in_tag_cut_genuine35":"genuine tag-cut outlet stock (剪标 专柜撤柜 / タグカット品 正規品) at 45-70 %","in_carrier_locked35":"genuine carrier-locked phones (卡贴机 有锁 / AT&T locked) at 40-60 %","in_closet_cleanout_genuine35":"closet clean-out of genuine goods with receipt","in_template_genuine35":"genuine used goods in Avito/Bunjang/Leboncoin/Allegro/Blocket/Bazoš conventions (Торг уместен, 택포, prix ferme, Stan: Używany)","in_ncnr_genuine35":"Yahoo! Auctions ノークレーム・ノーリターン on appraised genuine goods","in_username_tag_genuine35":"genuine goods with tagged pics (handle + date) and receipt","in_bonded_genuine35":"Tmall Global bonded-warehouse genuine cross-border goods (跨境保税 海关备案)","in_pdd_subsidy_genuine35":"Pinduoduo 百亿补贴 official genuine goods at a subsidised 拼单 price (with 假一赔十)",
 "in_accessories35":"third-party accessories for the goods","in_everyday_senses35":"everyday senses of marks (Mars globe, Coach tour, sea shell, Canon in D)","in_books_media35":"books about the brand","in_repair_services35":"repair services","in_wanted35":"wanted ads, genuine only","in_honest_dupe35":"no-logo similar style, disclaimed","in_press_news35":"news clippings","in_fake_spotting_guide35":"legit-check guides","in_empty_box35":"empty genuine boxes","in_jobs35":"job ads at the brand's store","in_vehicle35":"whole vehicles of car makers","in_gift_cards_local35":"gift cards at face value in other markets"}
def tactic_in(n): return TIN[n]
if __name__ == "__main__": main()
