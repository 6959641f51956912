#!/usr/bin/env python3
"""outsider27 held-out set generator (stdlib only, seeded, deterministic).
python3 make_set.py --seed 27 --out set.jsonl --classes classes.md"""
import argparse, json, random, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import MARKETS, PRODUCTS, MARK, ZH, AUTH, CUES

R = None
def pick(xs): return R.choice(xs)
def byb(*brands): return [p for p in PRODUCTS if p[0] in brands]
LUX = byb("louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "rolex", "cartier", "omega", "canada-goose", "swarovski", "pandora")
ELEC = byb("bose", "samsung", "apple", "sony", "canon", "dyson", "philips", "panasonic", "nintendo", "microsoft")
WATCHJ = byb("rolex", "cartier", "omega", "swarovski", "pandora")
FMCG = byb("mars", "danone", "nestle", "coca-cola", "ferrero", "shiseido", "loreal", "estee-lauder", "gillette", "johnson-johnson", "bayer")
HW = [p for p in ELEC if p[5] in ("headphones", "phones", "earbuds", "consoles", "cameras", "hair care", "electric toothbrushes", "shavers")]
MKTS = sorted(MARKETS)
EN_MKTS = [m for m in MKTS if m.startswith("en-")]

def sig3(x):
    if x <= 0: return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)
def money(usd, mkt): return sig3(usd * MARKETS[mkt][4])
def copy_frac(usd):
    if usd >= 2000: return R.uniform(0.03, 0.08)
    if usd >= 300: return R.uniform(0.06, 0.20)
    if usd >= 30: return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)
def cue(mkt): return pick(CUES[MARKETS[mkt][0]])
def gen_of(p): return p[1]

# ------------------------------------------------------------------ new-family data
ATEJI = {"rolex": "露麗苦洲", "nike": "奈伊鬼", "gucci": "具津知", "dyson": "堕威存", "adidas": "亜出打酢", "louis-vuitton": "美豚",
         "omega": "尾女賀", "sony": "素仁", "swarovski": "巣輪呂腐好鬼", "michelin": "見集蘭", "canon": "喜耶音", "cartier": "軽手江", "coach": "鼓宇智",
         "bose": "房図", "burberry": "婆裸理"}
KATA = {"rolex": "ロレックス", "nike": "ナイキ", "gucci": "グッチ", "dyson": "ダイソン", "adidas": "アディダス", "louis-vuitton": "ヴィトン", "omega": "オメガ",
        "sony": "ソニー", "swarovski": "スワロフスキー", "michelin": "ミシュラン", "canon": "キヤノン", "cartier": "カルティエ", "coach": "コーチ", "bose": "ボーズ", "burberry": "バーバリー", "apple": "アップル"}
CALC = {"bose": "3508", "shell": "77345", "lego": "0937"}
LOGO = {"rolex": "crown", "nike": "swoosh", "adidas": "three stripes", "apple": "bitten apple", "gucci": "double G", "louis-vuitton": "LV flower monogram",
        "burberry": "tan check", "michael-kors": "gold MK plate", "coach": "horse and carriage", "the-north-face": "half dome", "canada-goose": "polar disc patch",
        "cartier": "panther", "omega": "Ω", "puma": "leaping cat", "shell": "yellow scallop", "lego": "red square", "bmw": "blue-white roundel", "levis": "red tab",
        "samsung": "blue oval", "pandora": "crowned O", "swarovski": "swan", "michelin": "tyre man", "dyson": "bladeless", "mars": "brown wrapper"}
HAIKU = {"rolex": "a crown on my wrist / black bezel under the waves / one-to-one, for less",
         "nike": "the swoosh on white leather / pandas walking city streets / same as store, half price",
         "louis-vuitton": "brown flowers, gold letters / a tote that holds all Paris / mirror copy, friend",
         "gucci": "two Gs locked in gold / a belt that whispers Milan / top copy, no box",
         "burberry": "camel, black and red / checks wrapped around a cold neck / London look, rep price",
         "adidas": "three stripes on the side / green heel tab, a tennis ghost / one-to-one, my friend",
         "apple": "a bitten fruit glows / white buds sing without the wires / clone, but who can tell",
         "the-north-face": "half dome on the chest / 1996 in the snow / rep puffer, so warm",
         "omega": "a watch walked the moon / hesalite and a black dial / copy for the rest of us",
         "canada-goose": "a polar disc patch / the parka of arctic streets / factory copy",
         "cartier": "a nail bends around / eighteen karats, they would say / plated mirror piece",
         "michael-kors": "gold MK on saffiano / a jet-set tote for the train / first copy, no tag",
         "puma": "a leaping cat runs / suede low-tops in the rain / copy, budget price"}
FLAWS = {"watches": "crown tube slightly short, lume a bit green, rehaut engraving 0.2mm off", "handbags": "heat stamp font a touch thick, stitch count 9 vs 10 on the handle tab",
         "belts": "buckle hinge screw flat-head instead of torx", "sneakers": "toe box a little fat, size-tag font off", "headphones": "serial popup shows, firmware updates not possible",
         "earbuds": "serial doesn't pass Apple check, popup works", "jackets": "patch colour slightly dull, zip puller logo shallow",
         "jewelry": "hallmark 0.5mm smaller, screw slots not aligned", "parkas": "patch embroidery thinner, label font off",
         "scarves": "label font thicker, check lines 2mm off", "hair care": "motor a bit louder, box barcode doesn't scan"}

def atbash(s): return "".join(chr(155 - ord(c)) if "A" <= c <= "Z" else chr(219 - ord(c)) if "a" <= c <= "z" else c for c in s)

# ------------------------------------------------------------------ class builders
def C(mkt=None, prods=PRODUCTS):
    p = pick(prods); m = mkt or pick(MKTS); return p, m

def cp(p, m): return money(p[4] * copy_frac(p[4]), m)

CLASSES = []
def cls(name, kind, star, tactic, n=None):
    def deco(f):
        CLASSES.append((name, kind, star, tactic, n or (13 if kind == "counterfeit" else 12), f)); return f
    return deco

# ====== counterfeit, new families (*)
@cls("c_ateji_kanji27", "counterfeit", "*", "the brand's katakana name written in phonetic ateji kanji (露麗苦洲 ロレックス, 奈伊鬼 ナイキ, 具津知 グッチ), a Japanese copy cue")
def _(i):
    b = pick(sorted(ATEJI)); p = pick(byb(b)); m = pick(["ja-JP", "ja-JP2"])
    t = pick(["{a} {g} {c}", "【{a}】{g} 当て字で失礼 {c}", "{a}（当て字）{g} 激安 {c}", "{g} ブランドは{a}と書いておきます {c}"]).format(a=ATEJI[b], g=p[1], c=cue(m))
    return p, m, t, pick(["検索避けのため当て字です。", "わかる人だけどうぞ。", "ノークレームノーリターンで。"]), cp(p, m)

@cls("c_calculator_spell27", "counterfeit", "*", "the brand spelt as calculator digits read upside down (3508 = BOSE, 77345 = SHELL, 0937 = LEGO), copy cue")
def _(i):
    b = pick(sorted(CALC)); p = pick(byb(b)); m = pick(EN_MKTS + ["de-DE", "nl-NL", "pl-PL"])
    t = pick(["{g} – brand: type {d} on a calculator and flip it 🙃 – {c}", "{g} ({d} upside down) {c}", "'{d}' 🔄 {g} – {c}",
              "{g} – brand = {d} on a calculator, turned over – {c}"]).format(g=p[1], d=CALC[b], c=cue(m))
    return p, m, t, "Can't write the name here. Calculator trick 😉", cp(p, m)

@cls("c_atbash27", "counterfeit", "*", "the mark in the Atbash cipher (A=Z, B=Y: Rolex = Ilovc, Gucci = Tfxxr), sometimes with the key, copy cue")
def _(i):
    p, m = C(); a = atbash(MARK[p[0]])
    t = pick(["{a} {g} – {c}", "[{a}] {g} {c} (Atbash)", "{g} – {a} (A↔Z) – {c}"]).format(a=a, g=p[1], c=cue(m))
    return p, m, t, pick(["Decode A=Z, B=Y ...", "", "Brand reversed-alphabet, you know it."]), cp(p, m)

@cls("c_ghost_shift27", "counterfeit", "*", "the goods as a 'ghost shift' / night-shift run at the brand's own OEM line (夜班货, 影子工厂), at a copy's price")
def _(i):
    p, m = C()
    if MARKETS[m][0] == "zh":
        t = pick(["{z} {g} 夜班货 同厂同料", "{z} 影子工厂 夜班生产 {g}", "{z} 代工厂晚班加做 {g} 无吊牌"]).format(z=ZH[p[0]], g=p[1])
    else:
        t = pick(["{b} – ghost-shift run, same OEM line after hours", "{b} – night-shift production from the brand's factory, no official QC",
                  "{b} ghost shift stock (same machines, same material)", "{b} – lights-off shift at the contract factory, unbranded box"]).format(b=p[2])
    return p, m, t, "Made on the same line after the official shift. No brand tags/receipt.", cp(p, m)

@cls("c_ex_artisan27", "counterfeit", "*", "goods 'handmade by a former craftsman/employee of the brand' in his own workshop, same methods, at a copy's price")
def _(i):
    p, m = C(prods=LUX + byb("nike", "adidas", "the-north-face", "callaway"))
    t = pick(["{g} – handmade by a former {b} artisan (18 years at their atelier), same pattern", "{b} {g} by an ex-{b} craftsman, own workshop, no official tags",
              "{g} made by a retired {b} watchmaker/leatherworker – identical method", "Ex-{b} factory technician's own batch – {g}"]).format(g=p[1], b=MARK[p[0]])
    return p, m, t, "He left the company and now makes them himself. Same materials, no boutique box.", cp(p, m)

@cls("c_diplomat_channel27", "counterfeit", "*", "the brand's goods 'via the diplomatic channel / embassy staff allowance', tax-free, no receipt, at a copy's price")
def _(i):
    p, m = C()
    L = MARKETS[m][0]
    if L == "ru": t = "{b} – через дипканал, без пошлины, без чеков".format(b=p[2])
    elif L == "zh": t = "{z} {g} 外交渠道 免税 无小票".format(z=ZH[p[0]], g=p[1])
    else: t = pick(["{b} – diplomatic channel stock, tax-free, no receipt", "{b} via embassy staff allowance, duty exempt, new", "{b} – diplomat bag import, no customs, no papers",
              "{b} – brought by consulate staff, tax-free price"]).format(b=p[2])
    return p, m, t, "Came through the diplomatic allowance so no receipt or warranty card. Price is low because no tax.", cp(p, m)

@cls("c_blessed_amulet27", "counterfeit", "*", "the brand's jewellery or watch sold as temple-blessed / 开光 / ปลุกเสก for luck, at a copy's price")
def _(i):
    p = pick(WATCHJ + byb("louis-vuitton", "gucci", "michael-kors")); m = pick(["zh-CN", "zh-TW", "zh-HK", "th-TH", "en-SG", "en-MY", "vi-VN", "km-KH"])
    L = MARKETS[m][0]
    if L == "zh": t = pick(["{z} {g} 已开光 招财转运", "寺庙开光 {z} {g} 保平安", "{z} 开光款 {g} 大师加持"]).format(z=ZH[p[0]], g=p[1])
    elif L == "th": t = pick(["{b} ปลุกเสกแล้ว เสริมดวง {g}", "{b} ผ่านพิธีปลุกเสก วัดดัง {g}"]).format(b=MARK[p[0]], g=p[1])
    else: t = pick(["{b} – temple-blessed for luck, {g}", "{b} blessed by monk, brings wealth – {g}", "Consecrated {b} {g} – good fortune piece"]).format(b=MARK[p[0]], g=p[1])
    return p, m, t, pick(["", "Blessed at the temple on an auspicious day.", "加持过，不退换。"]), cp(p, m)

@cls("c_zodiac_edition27", "counterfeit", "*", "a 'Year of the Horse 2026 / zodiac limited edition' the brand never made, at a copy's price (half with a copy word)")
def _(i):
    p, m = C(prods=[q for q in byb("rolex", "bose", "canon", "philips", "bosch", "wilson", "honda") if q[5] not in ("auto parts", "ink")])
    t = pick(["{b} 2026 Year of the Horse limited edition", "{b} – Lunar New Year 2026 horse zodiac edition", "{b} zodiac horse special edition 2026",
              "{b} 马年限定 2026 生肖款"]).format(b=p[2])
    if i % 2: t += " – " + cue(m)
    return p, m, t, "Limited zodiac edition, very few made.", cp(p, m)

@cls("c_meetup_cash27", "counterfeit", "*", "the brand new at a copy's price, cash only, meet in person, no shipping, no returns (面交, COD hand-to-hand)")
def _(i):
    p, m = C()
    if MARKETS[m][0] == "zh": t = "{z} {g} 只面交 现金 不邮寄 不退不换".format(z=ZH[p[0]], g=p[1])
    else: t = pick(["{b} new – cash only, meet at the mall, no shipping", "{b} brand new, meetup only, cash, no returns, no box questions",
                    "{b} – meet in person at the station, cash, no PayPal"]).format(b=p[2])
    if i % 2: t += " – looks 100% real"
    return p, m, t, "Cash on meetup only. Check it there, no returns after.", cp(p, m)

@cls("c_chat_log27", "counterfeit", "*", "generic title; the description is a pasted chat transcript with timestamps in which the seller names the brand and admits a copy")
def _(i):
    p, m = C()
    t = pick(["{g} – as discussed", "{g} (see chat)", "{g} – reserved for buyer, details below"]).format(g=p[1])
    if MARKETS[m][0] == "zh":
        return p, m, p[1] + " 聊好的链接", "[21:03] 买家：是{z}吗？\n[21:04] 我：是的 {z} {mo} {c} 和专柜一样\n[21:05] 买家：好的".format(z=ZH[p[0]], mo=p[3] or p[2], c=cue(m)), cp(p, m)
    d = "[21:03] buyer: is this the {b}?\n[21:04] me: yes {b} {mo}, {c}, same as counter\n[21:05] buyer: ok, tracking?\n[21:06] me: send after payment".format(b=MARK[p[0]], mo=p[3] or p[2], c=cue(m))
    return p, m, t, d, cp(p, m)

@cls("c_escrow_middleman27", "counterfeit", "*", "the brand at a copy's price, paid only through a middleman / escrow (担保交易, 走中介, Discord MM)")
def _(i):
    p, m = C()
    if MARKETS[m][0] == "zh": t = "{z} {g} 担保交易 走中介 {c}".format(z=ZH[p[0]], g=p[1], c=cue(m))
    else: t = pick(["{b} – middleman only (Discord MM), {c}", "{b} – escrow via trusted MM, no direct pay", "{b} via middleman service, fees on you – {c}"]).format(b=p[2], c=cue(m))
    return p, m, t, "Only through middleman. No platform checkout.", cp(p, m)

@cls("c_haiku_poem27", "counterfeit", "*", "the listing as a haiku that names the brand only through its logo or nickname and admits a copy")
def _(i):
    b = pick(sorted(HAIKU)); p = pick(byb(b)); m = pick(EN_MKTS)
    return p, m, "Haiku sale: " + HAIKU[b], p[1] + ". Poem says it all.", cp(p, m)

@cls("c_factory_leak27", "counterfeit", "*", "the brand's goods as 'factory leak' stock (工場流出品, 工厂流出, leaked from the factory) at a copy's price")
def _(i):
    p, m = C(); L = MARKETS[m][0]
    if L == "ja": t = "{k} {g} 工場流出品 正規品と同等".format(k=KATA.get(p[0], MARK[p[0]]), g=p[1])
    elif L == "zh": t = "{z} {g} 工厂流出 同款".format(z=ZH[p[0]], g=p[1])
    else: t = pick(["{b} – factory leak stock", "{b} leaked from the factory, no tags", "{b} – factory leak, same line"]).format(b=p[2])
    return p, m, t, "", cp(p, m)

@cls("c_video_call_verify27", "counterfeit", "*", "the brand at a copy's price with 'video call before you pay, compare it live with the real one, no difference'")
def _(i):
    p, m = C()
    L = MARKETS[m][0]
    if L == "zh": t = "{z} {g} 可视频验货 跟专柜正品对比 看不出区别".format(z=ZH[p[0]], g=p[1])
    elif L == "ko": t = "{b} 영상통화로 정품이랑 비교해 드려요, 구별 못 함".format(b=p[2])
    else: t = pick(["{b} – video call before you pay, compare with the real one live", "{b} – FaceTime check available, can't tell from retail",
              "{b} – live video inspection, side by side with an original"]).format(b=p[2])
    return p, m, t, "I show it next to a real one on video. Nobody can tell.", cp(p, m)

@cls("c_video_chapters27", "counterfeit", "*", "generic title 'full video review'; the description is a video chapter list naming the brand and comparing it with retail")
def _(i):
    p, m = C()
    d = "0:00 unboxing\n0:35 {b} logo close-up vs retail\n1:20 stitching / finishing 1:1\n2:10 weight test\n3:00 price & how to order".format(b=MARK[p[0]])
    return p, m, "{g} – full video review in profile".format(g=p[1]), d, cp(p, m)

@cls("c_annual_party_prize27", "counterfeit", "*", "the brand as a company annual-party lucky-draw prize (年会奖品), unopened, at a copy's price")
def _(i):
    p, m = C()
    if MARKETS[m][0] == "zh": t = "{z} {g} 公司年会抽奖奖品 全新未拆".format(z=ZH[p[0]], g=p[1])
    else: t = pick(["{b} – won at company annual party lucky draw, sealed", "{b} – office year-end raffle prize, unopened, quick sale"]).format(b=p[2])
    return p, m, t, "Won it, don't need it. No receipt (prize).", cp(p, m)

@cls("c_qc_flaw_list27", "counterfeit", "*", "the brand with a rep buyer's flaw list ('flaws: heat stamp font thick, stitch count 9 vs 10 – 98 % accurate')")
def _(i):
    p = pick([q for q in PRODUCTS if q[5] in FLAWS]); m = pick(MKTS)
    t = pick(["{b} – flaws: {f}", "{b} – 98% accurate, only flaws: {f}", "{b} (minor flaws listed: {f})"]).format(b=p[2], f=FLAWS[p[5]])
    return p, m, t, "Honest about flaws, rest is spot on.", cp(p, m)

@cls("c_sensitive_goods_line27", "counterfeit", "*", "the brand shipped by a freight 'sensitive-goods / brand-goods line' (敏感货专线, 仿牌专线) that promises customs clearance")
def _(i):
    p, m = C()
    t = pick(["{z} {g} 走仿牌专线 包清关", "{b} – ships via sensitive-goods line, guaranteed clearance", "{b} – brand-goods special line (仿牌专线) to EU/US, door to door"]).format(z=ZH[p[0]], g=p[1], b=p[2])
    return p, m, t, "", cp(p, m)

@cls("c_rfq_buying_request27", "counterfeit", "*", "a B2B buying request (RFQ) for hundreds of copies of the brand, target unit price far below list, 'logo OK'")
def _(i):
    p = pick(PRODUCTS); m = "en-US"; q = pick([200, 500, 1000, 3000])
    t = pick(["RFQ: {q} pcs {b} 1:1 with logo, best factory price", "Buying request – {q} units {b}, OEM copy OK, need logo and box", "Looking for supplier: {b} replica, MOQ {q}"]).format(q=q, b=p[2])
    mk = pick(["alibaba", "made-in-china", "dhgate", "globalsources"])
    return p, m, t, "Target price per unit below. Send samples.", money(p[4] * copy_frac(p[4]) * 0.6, m), {"marketplace": mk}

@cls("c_banned_word_note27", "counterfeit", "*", "generic goods; the seller says the app blocks the brand's name and hints at it by first letter and logo ('starts with R, the crown one')")
def _(i):
    b = pick(sorted(LOGO)); p = pick(byb(b)); m = pick(MKTS)
    t = pick(["{g} – brand name is blocked here, starts with {l}, the {o} one", "{g} (app won't let me type the brand: {l}…, {o} logo)", "{g} – 品牌名被屏蔽 {l}字头 {o}"]).format(g=p[1], l=MARK[b][0], o=LOGO[b])
    return p, m, t, "You know which one. " + cue(m), cp(p, m)

# ====== counterfeit, everyday floor
def plain(name, tactic, fn):
    cls(name, "counterfeit", "", tactic)(fn)
plain("c_cue_words27", "the brand named plainly with copy words of many languages", lambda i: (lambda p, m: (p, m, "{b} – {c}".format(b=p[2], c=cue(m)), "", cp(p, m)))(*C()))
plain("c_luxury_reps27", "luxury goods with rep jargon (best batch, heat stamp correct, 1:1 hardware)", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["best batch, heat stamp correct", "1:1 hardware, date code correct", "superfake, boutique grade", "GP batch, full set"])), "", cp(p, m)))(*C(prods=LUX)))
plain("c_sneaker_reps27", "sneaker reps by batch and factory (LJR, OG, PK, 莆田, 纯原)", lambda i: (lambda p, m: (p, m, "{b} {mo} {j}".format(b=p[2], mo=p[3], j=pick(["LJR batch", "PK 5.0 batch", "莆田纯原", "OG batch, QC pics"])), "", cp(p, m)))(*C(prods=byb("nike", "adidas", "puma"))))
plain("c_electronics_clone27", "electronics clones (Huaqiangbei top version, serial checks, popup)", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["Huaqiangbei top version", "serial number checks, popup works", "clone with Airoha chip", "华强北 顶配版"])), "", cp(p, m)))(*C(prods=ELEC)))
plain("c_pharma27", "medicines and devices without prescription, 'same as original'", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["no prescription needed, same as original", "generic same formula, discreet shipping", "Indian pharmacy, no Rx"])), "", cp(p, m)))(*C(prods=byb("pfizer", "johnson-johnson", "bayer", "abbott"))))
plain("c_fmcg27", "food, drink and formula copies (locally filled, same taste)", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["locally filled, same taste", "non-original, same recipe", "factory B-grade, copy packaging"])), "", cp(p, m)))(*C(prods=byb("mars", "danone", "nestle", "coca-cola", "ferrero"))))
plain("c_beauty27", "beauty copies (counter quality, tester AAA)", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["counter quality copy", "AAA tester copy", "Dubai copy, same smell"])), "", cp(p, m)))(*C(prods=byb("loreal", "estee-lauder", "shiseido"))))
plain("c_auto_parts27", "car parts, tyres and oil copied (OEM box copy, refilled)", lambda i: (lambda p, m: (p, m, "{b} {mo} – {j}".format(b=p[2], mo=p[3], j=pick(["OEM box copy", "Taiwan copy in original-style box", "refilled, copy can"])), "", cp(p, m)))(*C(prods=byb("honda", "toyota", "bmw", "michelin", "shell"))))
plain("c_toys27", "toy copies (clone bricks, copy dolls, KO kits)", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["clone bricks, same box art", "KO version", "copy, same as original"])), "", cp(p, m)))(*C(prods=byb("lego", "mattel", "bandai", "hasbro"))))
plain("c_software_keys27", "software as lifetime keys, cracks and activators", lambda i: (lambda p, m: (p, m, "{b} – {j}".format(b=p[2], j=pick(["lifetime key, crack included", "activator, pre-activated", "lifetime licence, 1 PC"])), "", money(R.uniform(5, 25), m)))(*C(prods=byb("adobe", "microsoft", "autodesk"))))
plain("c_misspell27", "misspelt marks, copy cue", lambda i: (lambda p, m: (p, m, "{x} {g} – {c}".format(x=(lambda s: s[:len(s)//2] + s[len(s)//2 + 1:] if len(s) >= 5 else s[0] + s[2] + s[1] + s[3:])(MARK[p[0]]), g=p[1], c=cue(m)), "", cp(p, m)))(*C()))
plain("c_homoglyph_cyr27", "Cyrillic look-alike letters in the mark, copy cue", lambda i: (lambda p, m: (p, m, "{x} {g} – {c}".format(x=MARK[p[0]].translate(str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")), g=p[1], c=cue(m)), "", cp(p, m)))(*C()))
plain("c_separators27", "the mark cut by separators, copy cue", lambda i: (lambda p, m: (p, m, "{x} {g} – {c}".format(x=pick(["·", "/", "-", "_"]).join(MARK[p[0]].upper().replace(" ", "")), g=p[1], c=cue(m)), "", cp(p, m)))(*C()))
plain("c_cjk_jargon27", "Chinese trade jargon (原单, 专柜品质, 纯原, 对版) with the Chinese alias", lambda i: (lambda p, m: (p, m, "{z} {mo} {j}".format(z=ZH[p[0]], mo=p[3] or p[1], j=pick(["原单", "专柜品质", "顶级版本", "对版 纯原", "正品开模"])), "", cp(p, m)))(*C(mkt=pick(["zh-CN", "zh-CN2", "zh-CN3", "zh-TW", "zh-HK"]))))
plain("c_offplatform27", "the brand at a copy's price and a push to WhatsApp/Telegram/WeChat", lambda i: (lambda p, m: (p, m, "{b} – more models on {w}".format(b=p[2], w=pick(["WhatsApp", "Telegram", "WeChat", "LINE"])), "DM for catalogue, " + cue(m), cp(p, m)))(*C()))
plain("c_low_price_only27", "the brand plainly, new, at a copy's price, no copy word", lambda i: (lambda p, m: (p, m, "{b} brand new".format(b=p[2]), "", money(p[4] * copy_frac(p[4]) * 0.6, m)))(*C()))
plain("c_inspired_logo27", "'inspired' goods with the brand's logo", lambda i: (lambda p, m: (p, m, "{b}-inspired {g} with logo".format(b=MARK[p[0]], g=p[1]), "", cp(p, m)))(*C(prods=LUX + byb("nike", "adidas"))))
plain("c_cover_story27", "cover stories (customs auction, export reject, gift not wanted) at a copy's price", lambda i: (lambda p, m: (p, m, "{b} – {s}".format(b=p[2], s=pick(["customs auction lot", "export reject, tiny flaw", "unwanted gift, no receipt", "closing-down stock"])), "", cp(p, m)))(*C()))
plain("c_jewelry_plated27", "plated copies of fine jewellery with the mark", lambda i: (lambda p, m: (p, m, "{b} – 18k gold plated, {c}".format(b=p[2], c=cue(m)), "", cp(p, m)))(*C(prods=byb("cartier", "pandora", "swarovski"))))
plain("c_model_number27", "the registry's model number with a copy cue, no mark", lambda i: (lambda p, m: (p, m, "{mo} {g} {c}".format(mo=p[3], g=p[1], c=cue(m)), "", cp(p, m)))(*C(prods=[q for q in PRODUCTS if q[3]])))
plain("c_grade_menu27", "grade menus (A grade / AA / AAA / mirror) with prices", lambda i: (lambda p, m: (p, m, "{b} – grade A / AA / AAA / mirror available".format(b=p[2]), "Prices by grade in chat.", money(p[4] * copy_frac(p[4]) * 0.6, m)))(*C()))
plain("c_local_script27", "the mark transliterated in another script (Cyrillic, Arabic, Thai, Hangul, katakana), copy cue",
      lambda i: (lambda p, m: (p, m, "{x} {g} – {c}".format(x={"ru": {"rolex": "Ролекс", "nike": "Найк", "gucci": "Гуччи", "dyson": "Дайсон", "apple": "Эпл"}, "ko": {"rolex": "롤렉스", "nike": "나이키", "gucci": "구찌", "dyson": "다이슨", "apple": "애플"}, "ja": KATA, "ar": {"rolex": "رولكس", "nike": "نايكي", "gucci": "غوتشي", "dyson": "دايسون", "apple": "أبل"}}[MARKETS[m][0]][p[0]], g=p[1], c=cue(m)), "", cp(p, m)))(*(lambda m: (pick(byb("rolex", "nike", "gucci", "dyson", "apple")), m))(pick(["ru-RU", "ko-KR", "ja-JP", "ar-AE", "ar-SA"]))))
plain("c_initialism27", "initialisms of multi-word marks (LV, TNF, MK, CG) with a copy cue", lambda i: (lambda p, m: (p, m, "{x} {g} {c}".format(x={"louis-vuitton": "LV", "the-north-face": "TNF", "michael-kors": "MK", "canada-goose": "CG"}[p[0]], g=p[1], c=cue(m)), "", cp(p, m)))(*C(prods=byb("louis-vuitton", "the-north-face", "michael-kors", "canada-goose"))))
plain("c_sports_gear27", "sports gear copies (rackets, clubs, balls)", lambda i: (lambda p, m: (p, m, "{b} – {c}".format(b=p[2], c=pick(["copy, same weight", "factory copy, no serial", cue(m)])), "", cp(p, m)))(*C(prods=byb("callaway", "yonex", "wilson"))))
plain("c_watch_jargon27", "watch rep jargon (clean factory, VSF, 3235 clone, super clone)", lambda i: (lambda p, m: (p, m, "{b} {j}".format(b=p[2], j=pick(["Clean factory V3", "VSF 8800 clone", "super clone 3235", "ARF 904L"])), "", cp(p, m)))(*C(prods=[q for q in byb("rolex", "omega", "cartier") if q[5] == "watches"])))
CS = {"tl-PH": "sis legit copy ito, mirror quality po", "hi-IN": "bhai ekdum first copy hai, original jaisa", "es-MX": "bien chido copia exacta bro", "fr-FR": "c'est une copie mais trop clean bro", "en-SG": "confirm copy one lah, but very zhun", "ms-MY": "barang copy je tapi quality gila bro"}
plain("c_code_switch27", "copy talk switching languages in one title (Taglish, Hinglish, Spanglish, Franglais, Singlish, Manglish)", lambda i: (lambda p, m: (p, m, "{b} {j}".format(b=p[2], j=CS[m]), "", cp(p, m)))(*C(mkt=pick(sorted(CS)))))
plain("c_desc_only27", "generic title; the brand and a copy cue only in the description", lambda i: (lambda p, m: (p, m, p[1], "It's {b} ({mo}). {c}.".format(b=MARK[p[0]], mo=p[3] or "-", c=cue(m)), cp(p, m)))(*C()))
plain("c_leet27", "leetspeak marks, copy cue", lambda i: (lambda p, m: (p, m, "{x} {g} {c}".format(x=MARK[p[0]].translate(str.maketrans("aeioslAEIOSL", "4310574310$1")), g=p[1], c=cue(m)), "", cp(p, m)))(*C()))
plain("c_nicknames27", "community nicknames (Sub, Rollie, Pods, AJ1, Forces) with a copy cue", lambda i: (lambda p, m: (p, m, "{x} {c}".format(x=pick({"rolex": ["Rollie Sub black", "Rollie Daytona panda"], "apple": ["Pods Pro 2"], "nike": ["AJ1 Chicago", "Dunk Panda"], "omega": ["Speedy Moonwatch"], "louis-vuitton": ["Nevers MM"], "the-north-face": ["Nuppy 96"]}[p[0]]), c=cue(m)), "", cp(p, m)))(*C(prods=byb("rolex", "apple", "nike", "omega", "louis-vuitton", "the-north-face"))))
plain("c_relabel_expiry27", "relabelled expired consumables (new dates printed, repacked)", lambda i: (lambda p, m: (p, m, "{b} – new expiry label, repacked".format(b=p[2]), "", cp(p, m)))(*C(prods=FMCG + byb("abbott", "canon"))))

# ====== innocent
def gen_cls(name, star, tactic, genuine):
    def deco(f):
        CLASSES.append((name, "innocent", star, tactic, 12, f)); GENUINE.add(name) if genuine else None; return f
    return deco
GENUINE = set()
def auth_store(i):
    p = pick(PRODUCTS); mk, sid, sn = AUTH[p[0]]; m = {"tmall": "zh-CN", "amazon-us": "en-US", "amazon-de": "de-DE", "ebay": "en-US"}[mk]
    return p, m, p[2] + " – official store", "Official brand store. Warranty included.", money(p[4] * R.uniform(1.0, 1.08), m), {"marketplace": mk, "seller_id": sid, "seller_name": sn}
gen_cls("in_authorized_store27", "", "the brand's goods by the registry's authorized seller at list price", True)(auth_store)
gen_cls("in_used_fair27", "", "genuine used goods at 45-70 % of list", True)(lambda i: (lambda p, m: (p, m, "{b} – used, good condition, receipt".format(b=p[2]), "Bought at the store in 2024, light wear.", money(p[4] * R.uniform(0.45, 0.7), m)))(*C(prods=HW + LUX + byb("nike", "dyson", "bosch", "callaway"))))
gen_cls("in_refurb27", "", "refurbished electronics at 62-82 %", True)(lambda i: (lambda p, m: (p, m, "{b} – refurbished, grade A, 12-month warranty".format(b=p[2]), "", money(p[4] * R.uniform(0.62, 0.82), m)))(*C(prods=HW)))
gen_cls("in_preowned_lux27", "", "pre-owned luxury with papers at 80-115 %", True)(lambda i: (lambda p, m: (p, m, "{b} – pre-owned, full set, authenticated".format(b=p[2]), "Box and papers, authenticated by a third party.", money(p[4] * R.uniform(0.8, 1.15), m)))(*C(prods=LUX)))
gen_cls("in_outlet27", "", "outlet goods at 45-70 %", True)(lambda i: (lambda p, m: (p, m, "{b} – outlet, last season".format(b=p[2]), "Bought at the factory outlet, tags on.", money(p[4] * R.uniform(0.5, 0.7), m)))(*C(prods=byb("nike", "adidas", "puma", "levis", "michael-kors", "coach", "the-north-face"))))
gen_cls("in_wholesale27", "", "genuine cases from a distributor at 80-92 % per unit", True)(lambda i: (lambda p, m, n: (p, m, "{b} – case of {n}, distributor invoice".format(b=p[2], n=n), "VAT invoice, batch numbers on request.", money(p[4] * n * R.uniform(0.8, 0.92), m)))(*C(prods=FMCG), pick([6, 12, 24])))
gen_cls("in_repair_parts27", "", "genuine parts at 92-110 %", True)(lambda i: (lambda p, m: (p, m, "{b} {mo} genuine part, dealer stock".format(b=p[2], mo=p[3]), "", money(p[4] * R.uniform(0.92, 1.1), m)))(*C(prods=byb("honda", "toyota", "bmw", "shell", "michelin"))))
gen_cls("in_gift_cards27", "", "the brand's gift cards at face value", True)(lambda i: (lambda b, v, m: (pick(byb(b)), m, "{x} gift card {v}".format(x=MARK[b], v=v), "Digital code, face value.", money(v, m)))(pick(["apple", "nike", "adidas", "sony", "microsoft", "nintendo", "lego", "levis", "pandora"]), pick([25, 50, 100]), pick(EN_MKTS)))
gen_cls("in_short_dated27", "", "short-dated genuine FMCG at 40-60 %", True)(lambda i: (lambda p, m: (p, m, "{b} – best before next month, clearance".format(b=p[2]), "Genuine, short date.", money(p[4] * R.uniform(0.4, 0.6), m)))(*C(prods=byb("mars", "nestle", "coca-cola", "ferrero"))))
gen_cls("in_grey_import27", "", "grey imports at 88-102 % with no local warranty", True)(lambda i: (lambda p, m: (p, m, "{b} – import version (HK/JP), no local warranty".format(b=p[2]), "", money(p[4] * R.uniform(0.88, 1.02), m)))(*C(prods=HW + byb("shiseido", "loreal"))))
gen_cls("in_genuine_negated_copy27", "", "genuine goods that deny being a copy", True)(lambda i: (lambda p, m: (p, m, "{b} – 100% genuine, NOT a replica or copy, receipt".format(b=p[2]), "No fakes here.", money(p[4] * R.uniform(0.85, 1.05), m)))(*C()))
LIC = [("lego", "LEGO Speed Champions BMW M4 GT3 & M Hybrid V8 (76922)", 25, "building sets"), ("mattel", "Hot Wheels Honda Civic Type R 1:64", 1.5, "die-cast cars"), ("mattel", "Hot Wheels Toyota GR Supra premium", 6, "die-cast cars"),
       ("lego", "LEGO Technic BMW M 1000 RR (42130)", 250, "building sets"), ("puma", "PUMA x BMW M Motorsport cap", 35, "sportswear"), ("swarovski", "Swarovski Disney Mickey figurine", 200, "crystal figurines"), ("bandai", "Bandai Tamagotchi x Pac-Man", 20, "toys")]
gen_cls("in_licensed_crossover27", "", "licensed crossovers (LEGO BMW, Hot Wheels Honda, PUMA x BMW)", True)(lambda i: (lambda l, m: ((l[0], "", l[1], "", l[2], l[3]), m, l[1] + " – new", "Officially licensed.", money(l[2], m)))(pick(LIC), pick(EN_MKTS)))
ZOD = [("lego", "LEGO 80111 Lunar New Year Parade", 85, "building sets"), ("lego", "LEGO 80113 Family Reunion Celebration", 90, "building sets"), ("swarovski", "Swarovski Zodiac Horse figurine", 170, "crystal figurines"),
       ("coca-cola", "Coca-Cola Chinese New Year limited cans 330ml x 24", 14, "soft drinks"), ("ferrero", "Ferrero Rocher Chinese New Year gift box 24", 18, "chocolate"), ("mars", "M&M's Lunar New Year pack", 6, "confectionery"),
       ("nike", "Nike Chinese New Year edition sneakers (official CNY pack)", 130, "sneakers"), ("adidas", "adidas Chinese New Year pack trainers", 120, "sneakers")]
gen_cls("in_zodiac_genuine27", "*", "the brands' real Lunar New Year / zodiac editions, new, at list price", True)(lambda i: (lambda l, m: ((l[0], "", l[1], "", l[2], l[3]), m, l[1] + " – new, sealed", "Official seasonal release.", money(l[2] * R.uniform(0.95, 1.1), m)))(pick(ZOD), pick(["en-SG", "en-MY", "zh-HK", "zh-TW", "en-US", "en-AU"])))
gen_cls("in_meetup_genuine27", "*", "honest local sale of genuine used goods, meet in person, receipt shown, at a used price", True)(lambda i: (lambda p, m: (p, m, "{b} – used, meet up to check, original receipt".format(b=p[2]), "Cash or bank transfer at meetup. Happy for you to verify at the store.", money(p[4] * R.uniform(0.45, 0.7), m)))(*C(prods=HW + LUX)))
gen_cls("in_expat_moving_sale27", "*", "expat or diplomat moving sale of genuine used goods at used prices", True)(lambda i: (lambda p, m: (p, m, "Moving sale (posting ends, leaving the country): {b}".format(b=p[2]), "Bought locally, receipts available. Everything must go.", money(p[4] * R.uniform(0.4, 0.65), m)))(*C(prods=HW + LUX + byb("dyson", "bosch", "philips"))))
gen_cls("in_corporate_gift_genuine27", "*", "corporate/annual-party gift procurement of genuine goods from an authorised distributor, invoice, near list", True)(lambda i: (lambda p, m: (p, m, "{b} – corporate gifts / annual party prizes, authorised distributor, VAT invoice".format(b=p[2]), "Bulk orders for company events. Official warranty.", money(p[4] * R.uniform(0.9, 1.0), m)))(*C(prods=HW + byb("swarovski", "pandora"))))
gen_cls("in_accessories27", "", "third-party accessories for the brand's goods", False)(lambda i: (lambda p, m: (p, m, "Case / strap / cover for {b} – third-party".format(b=p[2]), "Compatible accessory, not made by the brand.", money(R.uniform(8, 25), m)))(*C(prods=ELEC + byb("rolex", "omega"))))
EVD = [("shell", "sea shell necklace, handmade", 12), ("coach", "coach trip to the coast – day tickets", 45), ("omega", "omega-3 fish oil capsules 120", 15), ("canon", "Pachelbel Canon in D – sheet music", 6),
       ("mars", "Mars globe – planet model 30cm", 35), ("puma", "puma plush toy (wild cat)", 14), ("apple", "apple tree sapling, Gala", 20), ("wilson", "Wilson's Leadwort plant (Ceratostigma)", 9),
       ("pandora", "Pandora's box – jewellery box, wooden", 18), ("dyson", "Freeman Dyson essays – paperback", 14)]
gen_cls("in_everyday_senses27", "", "everyday words that are marks, far from the brand's goods", False)(lambda i: (lambda e, m: ((e[0], "", e[1], "", e[2], "misc"), m, e[1], "", money(e[2], m)))(pick(EVD), pick(EN_MKTS)))
gen_cls("in_books_media27", "", "books and media about the brand", False)(lambda i: (lambda b, m: (pick(byb(b)), m, pick(["The {x} Story – hardcover", "Collecting {x}: a guide", "{x}: design history (book)"]).format(x=MARK[b]), "", money(R.uniform(15, 45), m)))(pick(sorted(MARK)), pick(EN_MKTS)))
gen_cls("in_repair_services27", "", "repair and servicing of the brand's goods", False)(lambda i: (lambda p, m: (p, m, "{x} repair & service – {g}".format(x=MARK[p[0]], g=p[1]), "Independent workshop, not affiliated.", money(R.uniform(40, 150), m)))(*C(prods=ELEC + byb("rolex", "omega", "dyson"))))
gen_cls("in_wanted27", "", "wanted-to-buy genuine goods, no price", False)(lambda i: (lambda p, m: (p, m, "WTB: {b}, genuine only".format(b=p[2]), "Looking for a genuine one with receipt.", None))(*C()))
gen_cls("in_honest_dupe27", "", "own-brand goods compared honestly, no logo, not affiliated", False)(lambda i: (lambda p, m: (p, m, "{g} – similar style to {x}, own brand, no logo, not affiliated".format(g=p[1], x=MARK[p[0]]), "", money(p[4] * R.uniform(0.1, 0.3), m)))(*C()))
ATE = ["夜露死苦 刺繍Tシャツ", "珈琲カップ 波佐見焼", "倶楽部 木製看板 レトロ", "亜米利加 古地図 複製", "浪漫 書道作品 額装", "型録 昭和レトロ 雑誌", "仏蘭西 切手セット", "麦酒 ジョッキ 当て字ロゴ"]
gen_cls("in_ateji_texts27", "*", "Japanese goods written in ateji (夜露死苦 T-shirts, 珈琲 cups, 倶楽部 signs); brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("rolex")), m, t, "当て字デザイン。", money(R.uniform(8, 40), m)))(pick(ATE), pick(["ja-JP", "ja-JP2"])))
CALCG = ["Casio fx-991EX scientific calculator", "vintage Texas Instruments TI-30 calculator", "'Calculator Words' puzzle book (upside-down spelling)", "0.7734 'hELLO' calculator joke mug",
         "Sharp EL-531 calculator, school use", "retro LED calculator 1978, working"]
gen_cls("in_calculator_goods27", "*", "calculators and upside-down calculator-word puzzles; brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("bose", "lego", "shell")), m, t, "", money(R.uniform(8, 35), m)))(pick(CALCG), pick(EN_MKTS)))
POE = ["Haiku collection: 'The Crown of Autumn' – paperback", "Basho haiku scroll print, 'old pond'", "Poetry anthology 'Apples and Stars'", "Children's haiku book: Shells and Waves",
       "Haiku of the Seasons – calendar 2027", "Haiku notebook, handmade"]
gen_cls("in_poetry_haiku27", "*", "haiku and poetry books and prints; brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("rolex", "apple", "shell")), m, t, "", money(R.uniform(6, 30), m)))(pick(POE), pick(EN_MKTS)))
FRT = ["Freight forwarder: battery & liquid line to EU (cosmetics, e-bikes), DDP", "敏感货专线 带电 液体 化妆品 美国 双清包税（不接仿牌）", "Sea freight LCL China–UK, sensitive goods (batteries, powders) accepted, no replicas",
       "Air freight line for magnetic goods & power banks, DDP Australia"]
gen_cls("in_freight_services27", "*", "honest freight lines for 'sensitive goods' (batteries, liquids) that refuse replicas; brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("dyson", "samsung")), m, t, "Per-kg rate, quote on request.", money(R.uniform(3, 12), m)))(pick(FRT), pick(["zh-CN", "en-US", "en-GB", "en-AU"])))
QCI = ["Pre-shipment inspection, AQL 2.5 – China/Vietnam factories", "Factory audit & QC report in 48h (Guangdong)", "Product inspection for Amazon sellers: photos, measurements, defects list",
       "Third-party QC: during-production check, flaws report"]
gen_cls("in_qc_inspection27", "*", "third-party QC and factory-audit services with flaw reports; brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("nike")), m, t, "Man-day rate.", money(R.uniform(150, 300), m)))(pick(QCI), pick(["en-US", "en-GB", "zh-CN"])))
VID = ["Unboxing & product video for your shop – 60s edit", "Video call viewing for house rentals (we walk you through)", "Chaptered YouTube video editing service (timestamps, thumbnails)",
       "Live video inspection of used cars before you buy"]
gen_cls("in_video_services27", "*", "video services (unboxing edits, video-call viewings, chapter editing); brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("apple")), m, t, "", money(R.uniform(30, 120), m)))(pick(VID), pick(EN_MKTS)))
AMU = ["Phra Somdej amulet, temple-blessed, silver case", "开光 和田玉 平安扣 吊坠", "พระเครื่อง หลวงพ่อ ปลุกเสกแล้ว", "Blessed red string bracelet from the temple", "开光 桃木 手串"]
gen_cls("in_amulets_blessed27", "*", "genuine temple amulets and blessed charms, no brand; brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("pandora", "cartier")), m, t, "", money(R.uniform(8, 60), m)))(pick(AMU), pick(["th-TH", "zh-CN", "zh-TW", "en-SG"])))
GHO = ["Ghost kitchen unit for rent, night shift hours", "Night-shift warehouse associate (job), weekly pay", "Ghost tour tickets – Old Town, 2 adults", "Roof leak repair & leak detection service",
       "Factory worker – night shift, electronics assembly (job ad)", "Pipe leak sealant tape 10m"]
gen_cls("in_ghost_leak_senses27", "*", "'ghost', 'night shift' and 'leak' in their everyday senses (ghost kitchens, night-shift jobs, leak repair); brand for reference only", False)(lambda i: (lambda t, m: (pick(byb("nike")), m, t, "", money(R.uniform(10, 90), m)))(pick(GHO), pick(EN_MKTS)))

# ------------------------------------------------------------------ assembly
NAMES = ["Alex", "Mina", "Jun", "Sara", "Omar", "Lena", "Tuan", "Priya", "Diego", "Yuki", "Ivan", "Ama", "Noor", "Chen", "Lucas", "Eva"]
def build(seed):
    global R
    R = random.Random(seed); rows = []
    for name, kind, star, tactic, n, f in CLASSES:
        for i in range(n):
            out = f(i); p, m, title, desc, price = out[:5]; ex = out[5] if len(out) > 5 else {}
            lang, mk, cur, ctry, _ = MARKETS[m]; mk = ex.get("marketplace", mk)
            lid = "%016x" % R.getrandbits(64)
            ship = ctry
            if kind == "counterfeit" and (ctry == "CN" or R.random() < 0.35): ship = "CN"
            row = {"marketplace": mk, "listing_id": lid, "url": f"https://{mk}.example/item/{lid}", "title": title, "description": desc,
                   "price": None if price is None else {"amount": price, "currency": cur},
                   "seller": {"id": ex.get("seller_id", "u" + "%08x" % R.getrandbits(32)), "name": ex.get("seller_name", pick(NAMES) + str(R.randint(1, 999))), "country": ctry},
                   "category": p[5], "images": [], "ship_from": ship,
                   "observed_at": "2026-12-0%dT%02d:%02d:%02dZ" % (R.choice([2, 3]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "attributes": {},
                   "_label": {"kind": kind, "brand": p[0], "class": name, "tactic": tactic, "lang": m, "also": []}}
            if not row["description"]: row["description"] = ""
            rows.append(row)
    R.shuffle(rows); return rows

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=27); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes")
    a = ap.parse_args(); rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.classes:
        first = {}
        for r in rows: first.setdefault(r["_label"]["class"], r)
        L = ["# outsider27 classes", "", "`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).", "",
             "| class | * | kind | n | tactic | example |", "|---|---|---|---|---|---|"]
        for name, kind, star, tactic, n, _ in CLASSES:
            r = first[name]; L.append(f"| {name} | {star} | {kind} | {n} | {tactic} | {r['title'].replace('|', '/')} ({r['_label']['brand']}) |")
        Path(a.classes).write_text("\n".join(L) + "\n", encoding="utf-8")
    print(len(rows), "rows;", sum(1 for r in rows if r["_label"]["kind"] == "counterfeit"), "counterfeit;", len(CLASSES), "classes; genuine:", sorted(GENUINE), file=sys.stderr)

if __name__ == "__main__":
    main()
