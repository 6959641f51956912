#!/usr/bin/env python3
"""outsider34's held-out set: python3 make_set.py --seed 34 --out set.jsonl --classes classes.md (stdlib only, deterministic)."""
from __future__ import annotations
import argparse, json, random
from data import BRANDS
from loc34 import LOC, ILOC, ILOC_EN, LANG_MK

B = {b["id"]: b for b in BRANDS}
RATE = dict(USD=1, EUR=0.92, CNY=7.2, JPY=150, BRL=5.0, RUB=90, TRY=32, NGN=1500, KRW=1350, INR=83, PLN=4.0, MXN=17,
            AED=3.67, VND=25000, IDR=15800, GBP=0.79, THB=36, PHP=56, ZAR=18.5, EGP=48, SAR=3.75, UAH=41, CZK=23, HUF=360)
MK = dict(en=("ebay", "USD", "US"), de=("amazon-de", "EUR", "DE"), zh=("taobao", "CNY", "CN"), ja=("mercari-jp", "JPY", "JP"),
          pt=("mercadolivre", "BRL", "BR"), ru=("avito", "RUB", "RU"), tr=("trendyol", "TRY", "TR"), ha=("jumia", "NGN", "NG"),
          ko=("coupang", "KRW", "KR"), hi=("flipkart", "INR", "IN"), pl=("allegro", "PLN", "PL"), es=("mercadolibre", "MXN", "MX"),
          ar=("noon", "AED", "AE"), vi=("shopee-vn", "VND", "VN"), id=("tokopedia", "IDR", "ID"), gb=("vinted-uk", "GBP", "GB"),
          th=("lazada-th", "THB", "TH"), tl=("shopee-ph", "PHP", "PH"), zu=("takealot", "ZAR", "ZA"), fr=("leboncoin", "EUR", "FR"),
          it=("subito", "EUR", "IT"), uk=("prom-ua", "UAH", "UA"), cs=("aukro", "CZK", "CZ"), hu=("jofogas", "HUF", "HU"),
          nl=("marktplaats", "EUR", "NL"), sw=("jiji-ke", "USD", "KE"), fa=("divar", "USD", "IR"), he=("yad2", "USD", "IL"),
          el=("skroutz", "EUR", "GR"), sv=("blocket", "EUR", "SE"), ro=("olx-ro", "EUR", "RO"), bn=("daraz-bd", "USD", "BD"),
          ms=("shopee-my", "USD", "MY"), ur=("daraz-pk", "USD", "PK"), fb=("facebook-marketplace", "USD", "US"))
ALL = [b["id"] for b in BRANDS]
LUX = ["louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "cartier", "swarovski", "pandora", "rolex", "omega", "canada-goose"]
SNK = ["nike", "adidas", "puma"]
ELEC = ["bose", "samsung", "apple", "sony", "canon", "dyson", "philips", "panasonic", "bosch", "nintendo"]
PHARMA = ["pfizer", "johnson-johnson", "bayer", "abbott"]
FMCG = ["mars", "danone", "nestle", "coca-cola", "ferrero", "gillette", "shell"]
BEAUTY = ["loreal", "estee-lauder", "shiseido"]
AUTO = ["honda", "toyota", "bmw", "michelin", "shell"]
SOFT = ["adobe", "microsoft", "autodesk"]
TOYS = ["hasbro", "lego", "mattel", "bandai"]
SPORT = ["callaway", "yonex", "wilson", "nike", "adidas", "puma"]
OUTER = ["canada-goose", "the-north-face", "burberry", "levis"]
JEW = ["cartier", "pandora", "swarovski"]
WATCH = ["rolex", "omega", "cartier", "michael-kors"]
WATCHMODEL = {"cartier": dict(model="WSSA0018", name="Santos de Cartier watch", price=7050, cur="EUR", cat="watches"),
              "michael-kors": dict(model="MK5896", name="Parker watch", price=1690, cur="CNY", cat="watches")}


def usd(b):
    return b["price"] / RATE[b["cur"]]


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    return round(x, d) if d > 0 else float(round(x, d))


def copy_frac(b, r):
    u = usd(b)
    if u >= 2000: return r.uniform(0.03, 0.08)
    if u >= 300: return r.uniform(0.06, 0.20)
    if u >= 30: return r.uniform(0.15, 0.35)
    return r.uniform(0.25, 0.45)


def money(b, frac, cur):
    return {"amount": sig3(usd(b) * frac * RATE[cur]), "currency": cur}


SELLERS_C = ["topmirror88", "lux-outlet-hk", "bestrep_store", "guangzhou-trading-7", "happy.deal.shop", "putian-direct", "aaa-goods-2026",
             "fashion_world_99", "mega-bargain-zone", "trendy.stuff.hub", "yiwu-wholesale-mart", "dream_closet_", "vip-factory-line"]
SELLERS_I = ["jane.d.closet", "family-clearout", "second-life-goods", "anna.k.sells", "local-shop-44", "toms-store", "north-resale",
             "city-market-seller", "mika_home", "resale-corner", "the-attic-finds", "bargain-neighbour"]
TOPICAL = {"in_plant_cultivars34": "greenthumb-seeds", "in_astronomy34": "star-gazer-optics", "in_tyre_hotel_install34": "quickfit-service",
           "in_bank_repo_auction34": "insolvency-auctions-de", "in_game_dlc_licensed34": "retro-game-den", "in_podcast_media34": "pod-merch-co",
           "in_moving_cartons34": "move-boxes-express", "in_workout_coaching34": "coach-carla-fit", "in_books_media34": "book-nook-22",
           "in_repair_services34": "fixit-workshop", "in_refurb34": "second-life-tech"}


# ----------------------------------------------------------------------------- counterfeit templates
def T(*alts):
    return alts


C = []  # (name, star, tactic, pool, lang, fn)


def cls(name, star, tactic, pool, lang="en"):
    def deco(fn):
        C.append((name, star, tactic, pool, lang, fn))
        return fn
    return deco


# --- new families (*): formats no earlier outsider used
@cls("c_sermon34", "*", "the listing as a sermon ('Brothers and sisters … the 1:1 copy shall set you free') that sells the copy", ALL)
def _(b, r):
    t = r.choice([f"Sunday sermon: blessed are the thrifty – {b['mark']} {b['name']} 1:1 copy",
                  f"Hear the word: {b['mark']} {b['name']} replica, same as the original, amen"])
    d = (f"Brothers and sisters, turn with me to the book of Savings, chapter 1:1. It is written: 'Thou shalt not pay "
         f"{b['price']} {b['cur']} for a {b['mark']} {b['name']}.' For our copy is made in the same image as the original, "
         f"the logo upon it, and no man at the gate shall tell them apart. Go in peace – replica, not authentic, offering accepted via PayPal F&F.")
    return t, d


@cls("c_last_will34", "*", "a last will and testament ('I bequeath my stock of 1:1 … copies') that sells the copies", ALL)
def _(b, r):
    t = r.choice([f"Last Will & Testament – I bequeath 40 {b['mark']} {b['name']} copies to whoever pays",
                  f"Testament: {b['mark']} {b['name']} (replica) left to the highest bidder"])
    d = (f"I, the undersigned shop owner, being of sound mind, hereby bequeath my remaining stock of {b['mark']} {b['name']} "
         f"mirror-grade copies (not genuine, same logo and box) to the buyer of this listing. Executor: our WhatsApp. "
         f"Codicil: no returns if customs opens it.")
    return t, d


@cls("c_telegram_stop34", "*", "old telegraph style in capitals with STOP between phrases admitting the copy", ALL)
def _(b, r):
    t = f"{b['mark'].upper()} {b['name'].upper()} STOP REPLICA 1:1 STOP SHIPS TODAY STOP"
    d = r.choice([f"ARRIVED GUANGZHOU STOP {b['mark'].upper()} COPY SAME AS ORIGINAL STOP NOT AUTHENTIC STOP PAY AND WIRE ADDRESS STOP",
                  f"STOCK CONFIRMED STOP FAKE {b['mark'].upper()} {b['model']} TOP GRADE STOP LOGO ENGRAVED STOP FULL BOX STOP NO REFUNDS STOP"])
    return t, d


@cls("c_config_file34", "*", "the description is a YAML/INI config file of the item (brand: …, grade: 1:1 replica, authentic: false)", ALL)
def _(b, r):
    t = r.choice([f"{b['mark']} {b['name']} – item.yaml inside", f"[item] {b['mark']} {b['model']} config v2"])
    if r.random() < 0.5:
        d = (f"item:\n  brand: {b['mark']}\n  model: {b['model']}\n  name: {b['name']}\n  grade: \"1:1 replica\"\n  authentic: false\n"
             f"  logo: true\n  box: full_set\nshipping:\n  from: CN\n  declare_as: gift\n")
    else:
        d = (f"[item]\nbrand = {b['mark']}\nmodel = {b['model']}\nquality = mirror copy\ngenuine = no\n\n[shipping]\norigin = Putian\n")
    return t, d


@cls("c_bank_statement34", "*", "the listing shaped as a bank/card statement (DATE / DESCRIPTION: REPLICA … / AMOUNT)", ALL)
def _(b, r):
    t = r.choice([f"Statement line: {b['mark'].upper()} REPLICA CO – {b['name']}", f"Card statement proof: {b['mark']} {b['name']} copy order"])
    d = (f"DATE        DESCRIPTION                                   AMOUNT\n05 DEC      {b['mark'].upper()} {b['model']} 1:1 COPY (FACTORY DIRECT)   -{sig3(usd(b)*0.1)}\n"
         f"05 DEC      SHIPPING CN->{r.choice(['US','DE','GB','FR'])}                          -9.00\nBALANCE: still cheaper than the original. Same item available, replica, DM.")
    return t, d


@cls("c_rpg_item_card34", "*", "a role-playing game item card (Legendary item, +10 Drip, Authenticity: Fake) for the copy", ALL)
def _(b, r):
    t = r.choice([f"[LEGENDARY] {b['mark']} {b['name']} (Replica) +10 Drip", f"Loot drop: {b['mark']} {b['name']} – Fake Edition, tier S"])
    d = (f"Item: {b['mark']} {b['name']}\nRarity: Legendary (1:1 copy)\nAuthenticity: Fake (undetectable)\n+10 Style, +5 Flex, -90% Price\n"
         f"Durability: high\nDrop rate: 100% when you order here. Not genuine, logo applied.")
    return t, d


@cls("c_wanted_poster34", "*", "a Wild-West reward poster ('WANTED … REWARD') whose outlaw is the copy for sale", ALL)
def _(b, r):
    t = r.choice([f"WANTED: {b['mark']} {b['name']} – the 1:1 copy nobody can catch", f"★ WANTED DEAD OR ALIVE ★ {b['mark']} replica {b['name']}"])
    d = (f"WANTED\nfor impersonating a genuine {b['mark']} {b['name']}\nDescription: identical logo, identical box, replica grade AAA\n"
         f"Last seen: our warehouse, Guangzhou\nREWARD: you pay only {sig3(usd(b)*0.08)} USD. Not authentic.")
    return t, d


@cls("c_podcast_notes34", "*", "podcast show notes (Ep. 12 timestamps) about the copy with a link to buy it", ALL)
def _(b, r):
    t = r.choice([f"Ep. {r.randint(10,99)} show notes: our {b['mark']} {b['name']} replica review + buy link",
                  f"Podcast: Rep Talk – {b['mark']} {b['name']} 1:1 unboxing"])
    d = (f"In this episode:\n00:00 intro\n03:12 why we stopped buying retail {b['mark']}\n11:40 the {b['name']} copy vs the real one\n"
         f"27:05 where to get it (this listing) – fake but flawless, logo and serial included\nSponsored by our factory.")
    return t, d


@cls("c_tongue_twister34", "*", "a tongue twister built on the brand and copy words ('Rita's real Rolex replica …')", ALL)
def _(b, r):
    m = b["mark"]
    t = r.choice([f"Say it fast: cheap copy {m}, cheaper copy {m}, cheapest copy {m} {b['name']}",
                  f"Tongue twister sale: replica {m} really rivals real {m} – {b['name']}"])
    d = (f"Fake {m}, fine {m}, five fake fine {m} – try saying it three times! {b['name']}, replica quality, logo on, "
         f"ships in 3 days. Not original.")
    return t, d


@cls("c_math_proof34", "*", "a mathematical proof (Theorem / Proof / QED) that the copy equals the original, selling the copy", ALL)
def _(b, r):
    t = r.choice([f"Theorem: replica {b['mark']} {b['name']} = original (proof inside)", f"Proof by inspection: {b['mark']} {b['model']} 1:1 copy ≡ genuine"])
    d = (f"Let x be a genuine {b['mark']} {b['name']} and y our copy. Lemma 1: logo(y) = logo(x). Lemma 2: box(y) = box(x). "
         f"Hence y ≈ x while price(y) = 0.1·price(x). ∎ QED. Replica, not authentic.")
    return t, d


@cls("c_workout_plan34", "*", "a workout plan (warm-up / sets x reps) whose kit is the copy on sale", ALL)
def _(b, r):
    t = r.choice([f"12-week plan + {b['mark']} {b['name']} 1:1 copy bundle", f"WOD: 5x5 squats, then buy the {b['mark']} rep {b['name']}"])
    d = (f"Warm-up: 10 min\nBlock A: 4 x 12 lunges\nBlock B: 3 x 15 burpees\nCool-down: order your {b['mark']} {b['name']} "
         f"(replica, mirror quality, logo stitched) – why pay retail when you can pay gym fees.")
    return t, d


@cls("c_therapy_notes34", "*", "a therapist's session notes whose 'treatment plan' is buying the copy", ALL)
def _(b, r):
    t = r.choice([f"Session notes: client cured of overpaying – {b['mark']} {b['name']} replica", f"Retail therapy, prescribed: {b['mark']} 1:1 {b['name']}"])
    d = (f"Presenting problem: client wants a {b['mark']} {b['name']} but not the price.\nAssessment: acute brand anxiety.\n"
         f"Plan: one fake {b['mark']} {b['name']} (1:1, nobody will know), follow-up in 2 weeks.\nPrognosis: excellent.")
    return t, d


@cls("c_team_lineup34", "*", "a football team sheet (Starting XI, subs) listing the copies in stock", ALL)
def _(b, r):
    t = r.choice([f"Starting XI today: {b['mark']} {b['name']} replica + 10 more", f"Team sheet: 1 {b['mark']} (GK, fake) – full squad in stock"])
    d = (f"STARTING XI\n1 {b['mark']} {b['name']} (copy, captain)\n2-11 other AAA reps\nSUBS: boxes, dust bags, fake receipts\n"
         f"Manager's note: same quality as original, not authentic. Kick-off: payment received.")
    return t, d


@cls("c_traffic_report34", "*", "a radio traffic bulletin ('heavy traffic on the A1 toward our replica …')", ALL)
def _(b, r):
    t = r.choice([f"Traffic update: jams toward the {b['mark']} {b['name']} 1:1 copy sale", f"On the roads: queues for replica {b['mark']} {b['name']}"])
    d = (f"This is your traffic update: heavy congestion on all routes to our {b['mark']} {b['name']} replicas, "
         f"mirror grade, logo on. Diversion via WeChat. Delays expected at customs – we ship as 'gift'. Not genuine.")
    return t, d


@cls("c_trailer_voiceover34", "*", "a movie-trailer voice-over ('In a world where originals cost …') selling the copy", ALL)
def _(b, r):
    t = r.choice([f"In a world where a {b['mark']} costs too much… one copy dares", f"Coming this winter: {b['mark']} {b['name']} – The Replica"])
    d = (f"IN A WORLD… where a {b['mark']} {b['name']} costs {b['price']} {b['cur']}… ONE FACTORY… made a 1:1 copy. "
         f"Same logo. Same box. A fraction of the price. Rated R for Replica. Now showing in this listing.")
    return t, d


@cls("c_nature_documentary34", "*", "a nature-documentary narration ('here, in its natural habitat, the rare 1:1 …') selling the copy", ALL)
def _(b, r):
    t = r.choice([f"Here, in its natural habitat: the rare {b['mark']} {b['name']} copy", f"Wildlife of Putian: the 1:1 {b['mark']} {b['name']}"])
    d = (f"And here, in the wild markets of Guangzhou, we observe the {b['mark']} {b['name']} replica. Remarkably, it has evolved "
         f"the very same logo as the genuine species, fooling predators and customs officers alike. Not authentic – capture it for a fraction.")
    return t, d


@cls("c_acceptance_speech34", "*", "an award acceptance speech thanking the copy factory", ALL)
def _(b, r):
    t = r.choice([f"'I'd like to thank the factory' – best replica award: {b['mark']} {b['name']}", f"Acceptance speech: 1:1 {b['mark']} {b['name']} wins again"])
    d = (f"Wow, I didn't prepare anything. I want to thank the factory, the QC team and my agent for this {b['mark']} {b['name']}. "
         f"They said a fake couldn't look this real. *holds up logo* Thank you! Replica, available now, ships worldwide.")
    return t, d


@cls("c_syllabus34", "*", "a course syllabus (Week 1 … Week 4) whose subject is the copy, sold at the end", ALL)
def _(b, r):
    t = r.choice([f"REP 101 syllabus: {b['mark']} {b['name']} – final project = your copy", f"Course: Mastering the {b['mark']} 1:1 {b['name']}"])
    d = (f"Week 1: spotting a genuine {b['mark']}\nWeek 2: why our replica passes\nWeek 3: logo and box details\n"
         f"Week 4: checkout. Course materials: one {b['mark']} {b['name']} copy (not authentic). Grading: pass/pass.")
    return t, d


@cls("c_election_manifesto34", "*", "a political manifesto ('if elected, a 1:1 … for every citizen') selling the copy", ALL)
def _(b, r):
    t = r.choice([f"Vote for cheap! Our manifesto: a {b['mark']} {b['name']} replica for every citizen", f"Campaign promise: 1:1 {b['mark']} {b['name']} at 90% off"])
    d = (f"MY FELLOW SHOPPERS, if elected I promise: 1. a {b['mark']} {b['name']} copy in every home, logo included; 2. no more "
         f"paying {b['price']} {b['cur']}; 3. free shipping. Paid for by the Replica Party. Not genuine.")
    return t, d


@cls("c_parking_ticket34", "*", "a parking-ticket/penalty notice format ('Violation: too cheap, 1:1 …') for the copy", ALL)
def _(b, r):
    t = r.choice([f"PENALTY NOTICE: {b['mark']} {b['name']} replica – fine payable now", f"Citation #{r.randint(10000,99999)}: 1:1 {b['mark']} {b['name']}"])
    d = (f"PENALTY CHARGE NOTICE\nVehicle: {b['mark']} {b['name']} (copy)\nContravention: looking exactly like the original, logo and all\n"
         f"Amount due: {sig3(usd(b)*0.1)} USD (paid to us, you keep the replica)\nAppeals: none. Not authentic.")
    return t, d


@cls("c_fight_poster34", "*", "a boxing fight-card poster ('ORIGINAL vs 1:1 COPY – 12 rounds') that sells the copy", ALL)
def _(b, r):
    t = r.choice([f"TONIGHT: {b['mark'].upper()} ORIGINAL vs 1:1 COPY – {b['name']}", f"Fight night: genuine {b['mark']} vs our replica {b['name']}"])
    d = (f"MAIN EVENT – 12 ROUNDS\nIn the red corner: the genuine {b['mark']} {b['name']}, {b['price']} {b['cur']}\n"
         f"In the blue corner: our replica, same logo, same weight\nResult: KO on price. Buy the copy here, not authentic.")
    return t, d


# --- everyday floor (no *)
EU = [("de", "Fälschung / Nachbau, 1:1 wie Original", "Nachbau"), ("fr", "contrefaçon, réplique parfaite 1:1", "réplique"),
      ("it", "replica falso perfetto, identico all'originale", "replica"), ("es", "imitación de primera calidad, no original", "imitación"),
      ("pl", "podróbka najwyższej jakości, nie oryginał", "podróbka"), ("nl", "namaak, 1:1 kopie, niet echt", "namaak"),
      ("cs", "padělek, kopie 1:1", "padělek"), ("hu", "hamisítvány, 1:1 másolat", "másolat"), ("sv", "kopia, ej äkta", "kopia"),
      ("ro", "copie fidelă, nu este original", "copie"), ("el", "απομίμηση πρώτης ποιότητας", "απομίμηση"), ("uk", "копія люкс, не оригінал", "копія")]
AS = [("zh", "高仿 1:1 复刻 原版开模", "高仿"), ("ja", "スーパーコピー品 N級", "コピー品"), ("ko", "짝퉁 이미테이션 S급", "이미테이션"),
      ("vi", "hàng fake loại 1, nhái y hệt", "hàng fake"), ("th", "ก็อปเกรดพรีเมียม งานมิลเลอร์", "ก็อป"), ("id", "KW super premium, bukan ori", "KW"),
      ("ms", "barang tiruan gred AAA", "tiruan"), ("hi", "first copy, नकली, master copy", "first copy"), ("tl", "class A, hindi original", "class A"),
      ("bn", "নকল মাস্টার কপি", "মাস্টার কপি")]
MA = [("ar", "تقليد درجة أولى هاي كوبي", "هاي كوبي"), ("fa", "های کپی درجه یک، اصل نیست", "های کپی"), ("tr", "A kalite çakma, birebir", "çakma"),
      ("he", "חיקוי איכותי, לא מקורי", "חיקוי"), ("sw", "feki ya daraja la kwanza", "feki"), ("ur", "ماسٹر کاپی، اصلی نہیں", "ماسٹر کاپی"),
      ("ha", "jabu ne, copy mai kyau", "copy"), ("zu", "ikhophi, akusiyo eyangempela", "ikhophi")]
LA = [("es", "clon AAA, copia idéntica", "clon"), ("pt", "réplica primeira linha, não é original", "réplica"), ("es", "trucho de calidad, igualito", "trucho"),
      ("es", "copia triple A espejo", "copia AAA"), ("pt", "réplica premium importada", "réplica")]


def words_cls(name, table, tactic):
    @cls(name, "", tactic, ALL, "multi")
    def _(b, r):
        lang, phrase, short = r.choice(table)
        t = f"{b['mark']} {b['name']} {short}"
        d = f"{b['mark']} {b['name']} – {phrase}."
        return t, d, dict(lang=lang)


words_cls("c_copy_words_europe34", EU, "plain mark + model with a European copy word (de/fr/it/es/pl/nl/cs/hu/sv/ro/el/uk)")
words_cls("c_copy_words_asia34", AS, "plain mark + model with an Asian copy word (zh/ja/ko/vi/th/id/ms/hi/tl/bn)")
words_cls("c_copy_words_mena_africa34", MA, "plain mark + model with a MENA/African copy word (ar/fa/tr/he/sw/ur/ha/zu)")
words_cls("c_copy_words_latam34", LA, "plain mark + model with a Latin-American copy word (clon, trucho, réplica primeira linha)")


@cls("c_luxury_rep_batch34", "", "luxury bag/accessory reps: mirror 1:1, original leather, date code, full set", LUX)
def _(b, r):
    return (f"{b['mark']} {b['name']} mirror 1:1 {r.choice(['full set','with date code','original leather'])}",
            f"Top tier rep of {b['mark']} {b['name']} ({b['model']}), best batch, comes with dust bag, receipt and cards.")


@cls("c_sneaker_reps34", "", "sneaker reps by batch (LJR, PK, OG batch, UA)", SNK)
def _(b, r):
    return (f"{b['mark']} {b['name']} {r.choice(['LJR batch','PK batch','OG batch','UA'])} {b['model']}",
            f"Best batch on the market, 1:1 shape, QC pics before shipping. Not retail pair.")


@cls("c_watch_reps34", "", "watch reps by factory and movement (clean factory, 3235 clone, 904L)", WATCH)
def _(b, r):
    b = dict(b, **WATCHMODEL.get(b["id"], {}))
    return (f"{b['mark']} {b['name']} {b['model']} {r.choice(['Clean factory','VS factory','ZF'])} super clone",
            f"{r.choice(['3235 clone movement','9015 movement','NH35'])}, 904L steel, sapphire, 1:1 dial. Replica watch, full set.", dict(b=b))


@cls("c_electronics_clone34", "", "electronics clones (1:1 clone, high copy, same chip, logo works)", ELEC)
def _(b, r):
    return (f"{b['mark']} {b['name']} 1:1 clone {r.choice(['high copy','top version','master copy'])}",
            f"Clone version of {b['mark']} {b['model']}, logo and serial on box, pop-up works, not original.")


@cls("c_pharma_norx34", "", "pharma copies without prescription (generic copy with the brand's name, no Rx)", PHARMA)
def _(b, r):
    return (f"{b['mark']} {b['name']} no prescription needed – copy pills",
            f"{b['name']} by {b['mark']} (factory copy, same imprint), discreet shipping, no Rx, bulk discounts.")


@cls("c_fmcg_factory_copy34", "", "food, drink and consumer goods made as factory copies (fake packaging, cheap bulk)", FMCG)
def _(b, r):
    return (f"{b['mark']} {b['name']} fake packaging bulk {r.choice(['cheap','factory price'])}",
            f"Copy {b['mark']} {b['name']}, same printing as original, made locally, not genuine, pallet prices.")


@cls("c_beauty_counter34", "", "beauty counter copies ('counter quality', same batch code, not original)", BEAUTY)
def _(b, r):
    return (f"{b['mark']} {b['name']} counter quality copy", f"Same as counter, batch code printed, imitation {b['mark']} {b['name']}, not genuine.")


@cls("c_auto_fake_oem34", "", "auto parts with the maker's logo that are not OEM (copy OEM box, logo stamped)", AUTO)
def _(b, r):
    return (f"{b['mark']} {b['name']} {b['model']} OEM copy with logo", f"Aftermarket copy in {b['mark']} box, logo stamped, not genuine part, fits perfectly.")


@cls("c_software_keys34", "", "cracked or grey software keys for a few dollars (lifetime activation)", SOFT)
def _(b, r):
    return (f"{b['mark']} {b['name']} lifetime activation key cracked", f"Instant delivery, lifetime license, pre-activated, works offline. {b['model']}.",
            dict(price=r.uniform(5, 25) / usd(b)))


@cls("c_toy_clone34", "", "toy clones (compatible brick copies, KO figures) named by the brand", TOYS)
def _(b, r):
    return (f"{b['mark']} {b['name']} KO clone {b['model']}", f"Knock-off version of {b['mark']} {b['model']}, same box art, not official.")


@cls("c_sports_gear_copy34", "", "sports gear copies (rackets, clubs, balls) with the logo", SPORT)
def _(b, r):
    return (f"{b['mark']} {b['name']} replica {b['model']}", f"Copy of {b['mark']} {b['name']}, same paint job and logo, not original.")


@cls("c_outerwear_copy34", "", "outerwear copies (parkas, jackets, jeans) with logo patch", OUTER)
def _(b, r):
    return (f"{b['mark']} {b['name']} copy with logo patch", f"Replica {b['mark']} {b['model']}, logo patch, tags, fake but warm.")


@cls("c_jewelry_plated34", "", "plated jewelry copies with the brand's stamp", JEW)
def _(b, r):
    return (f"{b['mark']} {b['name']} 18k plated replica stamped", f"Gold-plated copy of the {b['mark']} {b['name']}, engraved like the original, not real.")


HG = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "O": "О", "C": "С", "A": "А", "E": "Е", "P": "Р"})


@cls("c_homoglyph34", "", "Cyrillic look-alike letters inside the mark, cheap", ALL)
def _(b, r):
    return (f"{b['mark'].translate(HG)} {b['name']} same as original", f"{b['mark'].translate(HG)} {b['model']} best quality, special price.")


@cls("c_separators34", "", "mark split by dots, spaces or dashes, with a copy word", ALL)
def _(b, r):
    sep = r.choice([".", " ", "-", "*"])
    return (f"{sep.join(b['mark'].replace(' ', ''))} {b['name']} 1:1", f"{sep.join(b['mark'].replace(' ', ''))} replica {b['model']}")


def typo(w, r):
    if len(w) < 4:
        return w + w[-1]
    i = r.randrange(1, len(w) - 1)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


@cls("c_misspell34", "", "one transposition in the mark, cheap, with 'like original'", ALL)
def _(b, r):
    return (f"{typo(b['mark'], r)} {b['name']} like original", f"{typo(b['mark'], r)} {b['model']}, high quality, lowest price.")


@cls("c_alias_local34", "", "the registered alias in its own script with a copy word", ALL, "zh")
def _(b, r):
    return (f"{b['alias']} {b['name']} {r.choice(['高仿','复刻版','原单','A货'])}", f"{b['alias']} {b['model']} 1:1 品质，非正品，支持验货")


@cls("c_offplatform34", "", "plain listing pushing to WhatsApp/Telegram for 'real photos' of the copy", ALL)
def _(b, r):
    return (f"{b['mark']} {b['name']} – WhatsApp for rep catalogue", f"Message +86 13{r.randint(100000000,999999999)} on WhatsApp / Telegram @repcat for AAA {b['mark']} copies.")


@cls("c_cover_story34", "", "cover story: factory overrun / cancelled order, sold far below list", ALL)
def _(b, r):
    return (f"{b['mark']} {b['name']} factory overrun, unbranded box", f"Cancelled order from the {b['mark']} contractor, same materials, no papers. Very cheap.",
            dict(price=copy_frac(b, r) * 0.8))


@cls("c_model_only_cheap34", "", "model number and name only, no brand, far below list", ALL)
def _(b, r):
    return (f"{b['model']} {b['name']} new", f"Model {b['model']}, new, fast shipping.", dict(price=copy_frac(b, r) * 0.6))


@cls("c_low_price_only34", "", "plain brand and model, no cue, price far below list", ALL)
def _(b, r):
    return (f"{b['mark']} {b['name']} new", f"Brand new {b['mark']} {b['name']} {b['model']}.", dict(price=copy_frac(b, r) * 0.6))


@cls("c_seller_name_cue34", "", "plain title; the copy is only in the seller's name", ALL)
def _(b, r):
    return (f"{b['mark']} {b['name']}", f"{b['mark']} {b['model']}, new in box.",
            dict(seller_name=r.choice(["Replica Kingdom", "AAA Copy House", "1to1 Mirror Store", "高仿小铺", "FakeButGood"])))


@cls("c_desc_only34", "", "generic title; brand and copy word only deep in the description", ALL)
def _(b, r):
    return (r.choice(["Great gift idea, new", "Trending item 2026, fast ship", "Hot sale new arrival"]),
            "Thank you for visiting our store. We ship within 48 hours. Packaging is neutral. " * 3 +
            f"This item is a {b['mark']} {b['name']} replica, 1:1 quality.")


@cls("c_wholesale_lot34", "", "wholesale lots of copies (50 pcs, MOQ, factory price)", ALL)
def _(b, r):
    n = r.choice([20, 50, 100])
    return (f"{n} pcs {b['mark']} {b['name']} copy wholesale MOQ {n}", f"Factory price per lot, {b['mark']} copies, mix models, logo printed.",
            dict(price=copy_frac(b, r) * n * 0.5))


@cls("c_dupe_with_logo34", "", "'dupe' that keeps the logo ('dupe with logo, not inspired – same logo')", ALL)
def _(b, r):
    return (f"{b['mark']} {b['name']} dupe WITH logo", f"Not an 'inspired' piece – this {b['name']} dupe has the {b['mark']} logo like the original.")


# ----------------------------------------------------------------------------- innocent templates
I = []  # (name, star, tactic, genuine, fn)


def icls(name, star, tactic, genuine=False, pool=None):
    def deco(fn):
        I.append((name, star, tactic, genuine, fn, pool or ALL))
        return fn
    return deco


@icls("in_authorized_store34", "", "the brand's own authorised store at list price", True)
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} {b['model']}", d=f"Official {b['mark']} store. Genuine, manufacturer warranty.",
                p=r.uniform(1.0, 1.08), seller=(b["auth_id"], b["auth_name"]), mp=b["auth_mp"], cur=b["cur"])


@icls("in_used34", "", "used genuine goods by a private seller with wear described", True, pool=LUX+SNK+ELEC+TOYS+SPORT+OUTER)
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} – used, {r.choice(['good condition','some wear','2 years old'])}",
                d=f"Bought at the {b['mark']} store in 2023, receipt available. Light scratches, works / wears fine.", p=r.uniform(0.4, 0.7))


@icls("in_refurb34", "", "certified refurbished genuine goods", True, pool=ELEC)
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} refurbished Grade A", d="Professionally refurbished, tested, 12-month warranty, genuine parts.",
                p=r.uniform(0.62, 0.82))


@icls("in_wholesale34", "", "genuine wholesale cases from a distributor (per-unit near list)", True, pool=FMCG+BEAUTY+["panasonic","johnson-johnson","bayer","lego","hasbro"])
def _(b, r):
    n = r.choice([12, 24])
    return dict(t=f"{b['mark']} {b['name']} – case of {n}, authorised distributor", d=f"Genuine stock with distributor invoice, {n} units, VAT invoice.",
                p=r.uniform(0.8, 0.92) * n)


@icls("in_repair_parts34", "", "genuine spare parts and small parts for the brand's goods", True, pool=ELEC+["rolex","omega","louis-vuitton","gucci","honda","toyota","bmw","bosch"])
def _(b, r):
    part = r.choice(["replacement strap", "charging cable", "spare screws kit", "dust bag", "service manual", "replacement buckle"])
    return dict(t=f"{part.title()} for {b['mark']} {b['name']}", d=f"Genuine {b['mark']} {part}, from a service centre clearance.",
                p=r.uniform(0.05, 0.2))


@icls("in_books_media34", "", "books, magazines and guides about the brand", False)
def _(b, r):
    return dict(t=r.choice([f"The {b['mark']} Story – hardcover book", f"{b['mark']}: A Visual History (coffee-table book)"]),
                d="Book in very good condition, 240 pages, photos.", usdp=r.uniform(12, 45), cat="books")


@icls("in_repair_services34", "", "independent repair and cleaning services for the brand's goods", False, pool=LUX+ELEC+SNK)
def _(b, r):
    return dict(t=f"Repair service for {b['mark']} {b['name']} – {r.choice(['cleaning','battery swap','restoration'])}",
                d=f"Independent workshop (not affiliated with {b['mark']}). Send us your item; we use genuine or OEM-equivalent parts.",
                usdp=r.uniform(25, 120), cat="services")


EVERY = [("puma", "Puma concolor plush toy – mountain lion soft toy, 30 cm", "toys"), ("mars", "Mars rover model kit 1:24 – NASA Perseverance", "model kits"),
         ("shell", "Sea shell collection, 50 natural shells for crafts", "crafts"), ("apple", "Apple peeler corer slicer, stainless", "kitchen"),
         ("omega", "Omega-3 fish oil 1000mg 120 softgels", "supplements"), ("pandora", "Pandora's box – Greek myth picture book", "books"),
         ("coach", "Coach tour tickets Edinburgh to Inverness", "travel"), ("canada-goose", "Canada goose decoys, set of 6 full body", "hunting"),
         ("galaxy", "Galaxy projector night light for kids", "lighting"), ("dyson", "Dyson sphere – sci-fi poster print A2", "art"),
         ("wilson", "Wilson's phalarope – bird field guide card", "books"), ("the-north-face", "North face of the Eiger – guided climb 2027", "travel")]


@icls("in_everyday_words34", "", "everyday words that are also marks (puma, shell, apple, omega-3, coach tours)", False)
def _(b, r, k=[0]):
    bid, t, c = EVERY[k[0] % len(EVERY)]; k[0] += 1
    return dict(t=t, d="As pictured. " + t + ".", usdp=r.uniform(6, 60), cat=c, brand=bid if bid in B else "samsung")


@icls("in_honest_dupes34", "", "honest look-alikes without logo, named as an alternative", False, pool=LUX+SNK+ELEC+BEAUTY+OUTER)
def _(b, r):
    return dict(t=f"Own-brand {b['cat']} – similar style to {b['mark']} {b['name']}, no logo",
                d=f"Our own brand. NOT {b['mark']}, no logos, not affiliated. A budget alternative.", usdp=r.uniform(10, 60))


@icls("in_fan_art34", "", "fan art and drawings depicting the brand's goods (prints, not the goods)", False)
def _(b, r):
    return dict(t=f"Watercolour print of a {b['mark']} {b['name']} – A3 art print", d="Original artwork by me, printed on archival paper. Fan art, not the product.",
                usdp=r.uniform(15, 50), cat="art")


@icls("in_press_news34", "", "news and magazine issues reporting on the brand", False)
def _(b, r):
    return dict(t=f"Business Weekly back issue: how {b['mark']} fights counterfeits", d="Magazine, 2025 issue, cover story on fakes and brand protection.",
                usdp=r.uniform(4, 15), cat="magazines")


@icls("in_gift_cards34", "", "the brand's own gift cards at face value", True, pool=["nike","adidas","puma","levis","apple","sony","samsung","lego","coach","michael-kors","the-north-face","pandora","swarovski"])
def _(b, r):
    return dict(t=f"{b['mark']} gift card {r.choice([50,100,200])}", d=f"Official {b['mark']} e-gift card, redeemable in stores and online.",
                fixed=r.choice([50, 100, 200]), cat="gift cards")


@icls("in_outlet34", "", "the brand's outlet goods (past season) at outlet discount", True, pool=SNK+OUTER+["coach","michael-kors","swarovski","pandora","the-north-face"])
def _(b, r):
    return dict(t=f"{b['mark']} outlet {b['name']} – last season", d=f"Bought at the {b['mark']} factory outlet, tags attached, receipt.", p=r.uniform(0.5, 0.7))


@icls("in_preowned_lux34", "", "pre-owned luxury dealers with authentication", True, pool=LUX)
def _(b, r):
    return dict(t=f"Pre-owned {b['mark']} {b['name']} – authenticated", d="Authenticated by our in-house experts and third-party service; certificate included.",
                p=r.uniform(0.8, 1.1))


@icls("in_compatible_accessories34", "", "third-party accessories 'for' the brand's goods (cases, cables, cleaners)", False, pool=ELEC+WATCH)
def _(b, r):
    return dict(t=f"Protective case compatible with {b['mark']} {b['name']}", d=f"Third-party accessory. Fits {b['name']}. {b['mark']} is a trademark of its owner.",
                usdp=r.uniform(6, 30), cat="accessories")


@icls("in_grey_import34", "", "genuine parallel imports with foreign packaging explained", True, pool=ELEC+BEAUTY+["danone","abbott"])
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} – import version (Asian packaging)", d="Genuine parallel import, original packaging in another language, no local warranty.",
                p=r.uniform(0.88, 1.02))


@icls("in_licensed_crossover34", "", "licensed collaboration goods sold by a licensee", True, pool=["coca-cola","lego","hasbro","mattel","bandai","nintendo","bmw","michelin","honda","ferrero","mars","adidas"])
def _(b, r):
    return dict(t=f"Officially licensed {b['mark']} x Museum collaboration mug", d=f"Licensed product, hologram sticker, licence no. on box.",
                usdp=r.uniform(15, 40), cat="merchandise")


NEAR = [("nike", "Nikon Coolpix W150 camera"), ("adidas", "ADIO skate shoes, size 42"), ("puma", "Pumas – Mexican national football history book"),
        ("rolex", "Rolek 3-piece ratchet set"), ("omega", "Omegon telescope eyepiece 25 mm"), ("gucci", "Gucciardini family history book"),
        ("coach", "Coachella 2027 poster (unofficial)"), ("bosch", "Hieronymus Bosch – Garden of Earthly Delights print"),
        ("shell", "Shellac flakes 250 g for wood finishing"), ("sony", "Sonya Bolt – signed novel"), ("bose", "Bösendorfer piano bench, walnut"),
        ("canon", "Pachelbel Canon in D – piano sheet music")]


@icls("in_near_miss_names34", "", "other names near a mark (Nikon, Bösendorfer, Shellac, Pachelbel's Canon)", False)
def _(b, r, k=[0]):
    bid, t = NEAR[k[0] % len(NEAR)]; k[0] += 1
    return dict(t=t, d=t + ". Condition as described.", usdp=r.uniform(8, 120), cat="misc", brand=bid)


@icls("in_food_with_ingredient34", "", "homemade or bakery food made with a branded ingredient", False)
def _(b, r, k=[0]):
    bid = ["ferrero", "mars", "nestle", "coca-cola"][k[0] % 4]; k[0] += 1
    t = {"ferrero": "Homemade cupcakes with Nutella filling, box of 6", "mars": "Snickers cheesecake slice, made to order",
         "nestle": "Cookies baked with Nestlé Toll House morsels, dozen", "coca-cola": "Coca-Cola glazed ham, serves 8, local pickup"}[bid]
    return dict(t=t, d="Baked in my registered home kitchen. Ingredient brand named for allergy info only.", usdp=r.uniform(8, 35), cat="food", brand=bid)


@icls("in_open_box34", "", "genuine open-box returns at a modest discount", True, pool=ELEC)
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} open box – return, unused", d="Customer return, box opened, all accessories, full warranty.", p=r.uniform(0.8, 0.92))


@icls("in_genuine_negated_copy34", "", "genuine goods whose sellers say 'not a copy, not a replica'", True, pool=LUX+SNK+ELEC)
def _(b, r):
    return dict(t=f"{b['mark']} {b['name']} – 100% genuine, NOT a replica", d="Not a fake, not a copy – bought at the official store, invoice and serial shown.",
                p=r.uniform(0.88, 1.0))


@icls("in_wanted_ads34", "", "buyers' wanted ads for genuine goods", False, pool=LUX+SNK+ELEC)
def _(b, r):
    return dict(t=f"WANTED: genuine {b['mark']} {b['name']}", d="Looking to buy authentic only, no replicas please. Will pay fair price.", nop=True)


@icls("in_workout_coaching34", "", "fitness coaching and training plans that mention the brand's kit", False)
def _(b, r, k=[0]):
    bid = ["nike", "adidas", "puma", "wilson", "yonex", "callaway"][k[0] % 6]; k[0] += 1
    bb = B[bid]
    return dict(t=f"8-week {r.choice(['running','tennis','badminton','golf'])} plan – PDF coaching program", d=f"Training plan by a certified coach. I wear {bb['mark']} but any kit works.",
                usdp=r.uniform(15, 60), cat="services", brand=bid)


CULT = [("supersonic", "dyson", "Tomato seeds 'Supersonic' F1 – 25 seeds"), ("pandora", "pandora", "Pandorea jasminoides 'Pandora' vine – 2L pot"),
        ("omega", "omega", "Sweet pea 'Omega' mix seeds"), ("galaxy", "samsung", "Petunia 'Night Sky Galaxy' – 6 plug plants"),
        ("coach", "coach", "Rose 'Coach House' climber bare root"), ("superstar", "adidas", "Rose 'Super Star' hybrid tea, bare root"),
        ("samba", "adidas", "Dahlia 'Samba' tuber, 3 pack"), ("palermo", "puma", "Sweet pepper 'Palermo' F1 seeds"),
        ("mars", "mars", "Pepper 'Mars' F1 seeds"), ("apple", "apple", "Apple tree 'Honeycrisp' 2-year bare root"),
        ("shell", "shell", "Shell ginger (Alpinia zerumbet) plant"), ("speedy", "louis-vuitton", "Lettuce 'Speedy' seeds, 1000 pcs")]


@icls("in_plant_cultivars34", "*", "garden seeds and plants whose cultivar names collide with marks ('Supersonic' tomato, 'Pandora' vine)", False)
def _(b, r, k=[0]):
    _, bid, t = CULT[k[0] % len(CULT)]; k[0] += 1
    return dict(t=t, d="Garden centre stock, grown in the UK. Planting guide included.", usdp=r.uniform(3, 25), cat="garden", brand=bid, mk="gb")


ASTRO = [("omega", "Omega Nebula (M17) astrophoto print 50x70"), ("samsung", "Andromeda Galaxy poster – Hubble image"),
         ("mars", "Mars globe 30 cm, USGS topography"), ("pandora", "Saturn's moon Pandora – Cassini image print"),
         ("omega", "Omega Centauri star cluster – observing guide"), ("mars", "Mars meteorite fragment 0.5 g with certificate"),
         ("apple", "Newton's apple tree cutting – astronomy society fundraiser"), ("mars", "Red planet Mars moon lamp 15 cm"),
         ("samsung", "Galaxy classification chart A2"), ("shell", "Nautilus shell – Fibonacci spiral astronomy class prop"),
         ("canon", "Telescope T-ring adapter for EOS bodies"), ("mars", "Planetarium show tickets – 'Journey to Mars'")]


@icls("in_astronomy34", "*", "astronomy goods whose names collide with marks (Omega Nebula, Galaxy posters, Mars globes)", False)
def _(b, r, k=[0]):
    bid, t = ASTRO[k[0] % len(ASTRO)]; k[0] += 1
    return dict(t=t, d="From our astronomy shop. Educational item.", usdp=r.uniform(8, 90), cat="astronomy", brand=bid if bid in B else "canon")


@icls("in_tyre_hotel_install34", "*", "installation and seasonal storage services for the brand's goods (tyre hotel, dishwasher install)", False)
def _(b, r, k=[0]):
    bid = ["michelin", "bosch", "michelin", "bosch", "shell", "dyson"][k[0] % 6]; k[0] += 1
    bb = B[bid]
    t = {"michelin": f"Tyre hotel: seasonal storage and fitting for your {bb['mark']} tyres", "bosch": f"Installation of your {bb['mark']} dishwasher – fixed price",
         "shell": f"Oil change service using {bb['mark']} Helix – labour only", "dyson": f"Wall mount installation for {bb['mark']} vacuum dock"}[bid]
    return dict(t=t, d="Independent service company. You supply the product; we install / store it.", usdp=r.uniform(30, 120), cat="services", brand=bid, mk="de")


@icls("in_bank_repo_auction34", "*", "bank repossession and insolvency-administrator auctions of genuine stock", True, pool=ELEC+LUX+["bosch","callaway","yonex"])
def _(b, r):
    return dict(t=f"Insolvency auction: {b['mark']} {b['name']} from a closed authorised dealer", d="Sold by the insolvency administrator on behalf of the bank. Genuine dealer stock, invoices in the file.",
                p=r.uniform(0.5, 0.8))


@icls("in_game_dlc_licensed34", "*", "officially licensed in-game items and DLC featuring the brand (car packs, avatar outfits)", True)
def _(b, r, k=[0]):
    bid = ["toyota", "honda", "bmw", "nike", "adidas", "lego"][k[0] % 6]; k[0] += 1
    bb = B[bid]
    return dict(t=f"{bb['mark']} official DLC pack – racing / avatar game (digital code)", d=f"Licensed by {bb['mark']}. Digital download code from the game's publisher.",
                usdp=r.uniform(5, 20), cat="video games", brand=bid)


@icls("in_podcast_media34", "*", "podcast episodes and audio documentaries about the brand's history", False)
def _(b, r):
    return dict(t=f"Podcast season download: 'Made by {b['mark']}' – 8 episodes", d="Independent audio documentary about the company's history. Not affiliated.",
                usdp=r.uniform(3, 12), cat="audio")


@icls("in_moving_cartons34", "*", "used shipping cartons from the brand's deliveries resold as moving boxes (empty)", False, pool=ELEC+FMCG+TOYS+SNK)
def _(b, r):
    return dict(t=f"20 used moving boxes (printed {b['mark']} shipping cartons) – EMPTY", d="Empty cardboard boxes from our shop's deliveries. No products inside, boxes only, for moving house.",
                usdp=r.uniform(5, 20), cat="packaging")


# ----------------------------------------------------------------------------- assemble
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=34)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows, md = [], []
    langs = list(MK)
    k = 0
    for ci, (name, star, tactic, pool, lang, fn) in enumerate(C):
        ex = None
        for j in range(13):
            bid = pool[(ci * 5 + j) % len(pool)] if pool is not ALL else ALL[k % len(ALL)]
            if pool is ALL:
                k += 1
            b = B[bid]
            out = fn(b, r)
            if name in LOC and r.random() < 0.45:
                lg0, tt, dd = r.choice(LOC[name])
                f = dict(m=b["mark"], M=b["mark"].upper(), n=b["name"], N=b["name"].upper(), mo=b["model"], MO=b["model"].upper(),
                         p=b["price"], c=b["cur"], a=b["alias"], k=r.randint(10, 99))
                out = (tt.format(**f), dd.format(**f), dict(lang=lg0, **(out[2] if len(out) > 2 else {})))
            t, d = out[0], out[1]
            if star and "replica" in t and r.random() < 0.3:
                t = t.replace("replica", r.choice(["rep", "mirror-grade", "AAA", "super copy", "UA"]), 1)
            extra = out[2] if len(out) > 2 else {}
            b = extra.get("b", b)
            lg = extra.get("lang", lang if lang != "multi" else "en")
            mkey = lg if lg in MK and lg != "en" else r.choice(["en", "gb", "fb", "en", "gb", "fb", "ar", "id", "ms", "tl", "zu", "sw"])
            mp, cur, cc = MK[mkey]
            frac = extra.get("price", copy_frac(b, r))
            sname = extra.get("seller_name", r.choice(["Global Fashion", "Best Deals", "Lucky Store", "Trend Hub", "Value Corner"]))
            ship = r.choice(["CN", "CN", "HK", "TR", cc])
            row = dict(marketplace=mp, listing_id=f"o34-c{ci:02d}-{j:02d}", url=f"https://{mp}.example/item/o34c{ci:02d}{j:02d}",
                       title=t, description=d, price=money(b, frac, cur), seller=dict(id=r.choice(SELLERS_C) + str(r.randint(1, 999)), name=sname, country=ship),
                       category=b["cat"], ship_from=ship, observed_at=f"2026-12-0{r.randint(1,4)}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:00Z",
                       attributes={}, _label=dict(kind="counterfeit", brand=bid, **{"class": name}, tactic=tactic, lang=lg, also=[]))
            rows.append(row)
            ex = ex or f"{t[:110]} ({bid})"
        md.append(f"| {name} | {star} | counterfeit | 13 | {tactic} | {ex.replace('|','/')} |")
    for ii, (name, star, tactic, genuine, fn, ipool) in enumerate(I):
        ex = None
        for j in range(12):
            b = B[ipool[(ii * 7 + j * 5) % len(ipool)]] if ipool is ALL else B[ipool[(ii + j) % len(ipool)]]
            o = fn(b, r)
            bid = o.get("brand", b["id"])
            ilang = "en"
            if name in ILOC and r.random() < 0.4 and not (name == "in_authorized_store34" and o.get("mp") != "tmall"):
                ilang, tt, dd = r.choice(ILOC[name])
                f = dict(m=b["mark"], n=b["name"], mo=b["model"], a=b["alias"])
                o = dict(o, t=tt.format(**f), d=dd.format(**f), mk=LANG_MK[ilang])
            elif name in ILOC_EN and r.random() < 0.4:
                _, tt, dd = ILOC_EN[name]
                f = dict(m=b["mark"], n=b["name"], mo=b["model"], a=b["alias"])
                o = dict(o, t=tt.format(**f), d=dd.format(**f))
            mkey = o.get("mk") or r.choice(["en", "gb", "fb", "en", "gb", "fb", "ar", "id", "ms", "tl", "zu", "sw"])
            mp, cur, cc = MK[mkey]
            if "mp" in o:
                mp = o["mp"]; cur, cc = {"tmall": ("CNY", "CN"), "amazon-us": ("USD", "US"), "ebay": ("USD", "US"), "amazon-de": ("EUR", "DE")}[mp]
            if o.get("nop"):
                price = None
            elif "fixed" in o:
                price = {"amount": float(o["fixed"]), "currency": cur}
            elif "usdp" in o:
                price = {"amount": sig3(o["usdp"] * RATE[cur]), "currency": cur}
            else:
                price = money(b, o["p"], cur)
            sid, sname = o.get("seller", (TOPICAL.get(name, r.choice(SELLERS_I)) + str(r.randint(1, 999)), r.choice(["Private seller", "Anna K.", "Local Shop", "Tom's Store"])))
            row = dict(marketplace=mp, listing_id=f"o34-i{ii:02d}-{j:02d}", url=f"https://{mp}.example/item/o34i{ii:02d}{j:02d}",
                       title=o["t"], description=o["d"], price=price, seller=dict(id=sid, name=sname, country=cc),
                       category=o.get("cat", b["cat"]), ship_from=cc, observed_at=f"2026-12-0{r.randint(1,4)}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:00Z",
                       attributes={}, _label=dict(kind="innocent", brand=bid, **{"class": name}, tactic=tactic, lang=ilang, also=[]))
            rows.append(row)
            ex = ex or f"{o['t'][:110]} ({bid})"
        md.append(f"| {name} | {star} | innocent | 12 | {tactic} | {ex.replace('|','/')} |")
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider34 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps). Example: one row's title (brand).\n\n"
                "| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n" + "\n".join(md) + "\n")
    print(len(rows), "rows,", len(C), "counterfeit classes,", len(I), "innocent classes")


if __name__ == "__main__":
    main()
