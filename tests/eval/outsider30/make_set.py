#!/usr/bin/env python3
"""Outsider 30's held-out set for BrandSentry (stdlib only, seeded, deterministic).

python3 make_set.py --seed 30 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import BRANDS

# market: (marketplace, currency, units per USD, country, lang)
MARKETS = [("ebay", "USD", 1, "US", "en"), ("amazon-de", "EUR", 0.93, "DE", "de"), ("taobao", "CNY", 7.2, "CN", "zh"),
           ("mercari-jp", "JPY", 150, "JP", "ja"), ("shopee-br", "BRL", 5.0, "BR", "pt"), ("avito", "RUB", 92, "RU", "ru"),
           ("trendyol", "TRY", 34, "TR", "tr"), ("jumia-ng", "NGN", 1500, "NG", "en"), ("coupang", "KRW", 1350, "KR", "ko"),
           ("olx-in", "INR", 84, "IN", "hi"), ("allegro", "PLN", 4.0, "PL", "pl"), ("mercadolibre-mx", "MXN", 17.5, "MX", "es"),
           ("leboncoin", "EUR", 0.93, "FR", "fr"), ("noon", "AED", 3.67, "AE", "ar"), ("lazada-vn", "VND", 25000, "VN", "vi"),
           ("tokopedia", "IDR", 15800, "ID", "id"), ("vinted", "EUR", 0.93, "IT", "it"), ("ebay-uk", "GBP", 0.79, "GB", "en")]
MK = {m[0]: m for m in MARKETS}

LUX = {"louis-vuitton", "gucci", "burberry", "rolex", "cartier", "omega", "canada-goose", "michael-kors", "coach"}
SNEAK = {"nike", "adidas", "puma", "levis", "the-north-face"}
ELEC = {"bose", "samsung", "apple", "sony", "canon", "dyson", "philips", "panasonic", "nintendo", "bosch"}
PHARMA = {"pfizer", "johnson-johnson", "bayer", "abbott"}
FOOD = {"mars", "danone", "nestle", "coca-cola", "ferrero"}
BEAUTY = {"loreal", "estee-lauder", "shiseido", "gillette"}
AUTO = {"honda", "toyota", "bmw", "michelin", "shell"}
SOFT = {"adobe", "microsoft", "autodesk"}
SPORT = {"callaway", "yonex", "wilson", "nike", "adidas", "puma"}
TOYS = {"lego", "mattel", "hasbro", "bandai"}
JEWEL = {"swarovski", "cartier", "pandora"}
GOODS = LUX | SNEAK | ELEC | JEWEL | SPORT | TOYS | {"the-north-face"}

CUES = ["replica", "1:1 mirror copy", "Fälschung", "Nachbau", "contrefaçon", "réplique", "réplica", "imitación", "réplica primeira linha",
        "falso d'autore", "реплика", "копия", "podróbka", "çakma", "A kalite replika", "高仿", "复刻版", "コピー品", "짝퉁", "hàng fake",
        "KW super", "ก๊อปเกรดเอ", "تقليد", "first copy", "namaak", "kopia", "padělek", "απομίμηση", "contrafăcut", "hamisítvány",
        "підробка", "فیک", "חיקוי", "barang tiruan", "class A", "feikki", "kopi", "réplica AAA", "superfake", "rep"]

LOCAL = {"rolex": ["Ролекс", "ロレックス", "롤렉스", "رولكس"], "nike": ["Найк", "ナイキ", "나이키", "نايك"], "gucci": ["Гуччи", "グッチ", "구찌"],
         "louis-vuitton": ["Луи Виттон", "ルイヴィトン", "루이비통"], "canada-goose": ["Канада Гус", "カナダグース", "캐나다구스"],
         "adidas": ["Адидас", "アディダス", "아디다스"], "apple": ["Эппл", "アップル", "애플"], "dyson": ["Дайсон", "ダイソン", "다이슨"],
         "cartier": ["Картье", "カルティエ", "까르띠에"], "omega": ["Омега", "オメガ", "오메가"], "burberry": ["Барберри", "バーバリー", "버버리"],
         "sony": ["Сони", "ソニー", "소니"], "levis": ["Левис", "リーバイス", "리바이스"], "michael-kors": ["Майкл Корс", "マイケルコース", "마이클코어스"],
         "the-north-face": ["Норт Фейс", "ノースフェイス", "노스페이스"], "pandora": ["Пандора", "パンドラ", "판도라"],
         "swarovski": ["Сваровски", "スワロフスキー", "스와로브스키"], "bose": ["Боуз", "ボーズ", "보스"]}
NICK = {"rolex": ["Rollie", "水鬼", "Hulk Sub", "Pepsi GMT"], "nike": ["Swoosh", "Jumpman"], "omega": ["Moonwatch", "Bond Seamaster"],
        "louis-vuitton": ["驴牌", "LV mono"], "canada-goose": ["加鹅", "the goose"], "cartier": ["Love bangle", "the nail bracelet"],
        "gucci": ["double G", "GG"], "burberry": ["the Nova check", "博柏利格纹"], "apple": ["the fruit phone", "水果机"],
        "adidas": ["three stripes", "三叶草"], "the-north-face": ["TNF puffer", "北面"], "michael-kors": ["MK", "MK tote"],
        "levis": ["red tab", "the 501s"]}
INIT = {"louis-vuitton": "LV", "gucci": "GG", "canada-goose": "CG", "the-north-face": "TNF", "michael-kors": "MK", "estee-lauder": "EL",
        "rolex": "RLX", "nike": "AJ", "johnson-johnson": "J&J", "coca-cola": "KO", "burberry": "BBR", "swarovski": "SWA"}
CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
       "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "B": "8", "W": "VV"}


def copy_frac(usd, rng):
    if usd >= 2000:
        return rng.uniform(0.03, 0.08)
    if usd >= 300:
        return rng.uniform(0.06, 0.20)
    if usd >= 30:
        return rng.uniform(0.15, 0.35)
    return rng.uniform(0.25, 0.45)


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    return round(x, d) if d > 0 else float(round(x, d))


# --------------------------------------------------------------------------- counterfeit classes
# each: (name, star, tactic, pool or None, titles, descs, price mode); templates use {m} mark, {p} product, {mod} model,
# {al} alias, {cue} copy word, {price} price text, {list} list text, {M} mark upper, {P} product upper, {n} number
C = []


def cf(name, star, tactic, pool, titles, descs, mode="copy", markets=None):
    C.append((name, star, tactic, pool, titles, descs, mode, markets))


cf("c_boarding_pass30", "*", "the listing is a boarding pass: passenger = the goods, carrier = the brand 'replica class', from Guangzhou",
   GOODS, ["BOARDING PASS ✈ {m} {p} – class: 1:1 replica", "Boarding pass {m} {p} | Gate R3P | seat 1A (copy class)",
           "✈ Now boarding: {m} {p} – flight REP{n}, mirror class"],
   ["PASSENGER: {p}\nCARRIER: {m} (replica class)\nFROM: CAN Guangzhou → TO: your door\nFLIGHT: REP{n}  SEAT: 1:1\nFARE: {price} (retail {list})\nBoarding closes when stock is gone. Not an original – copy version.",
    "BOARDING PASS / CARTE D'EMBARQUEMENT\nNAME: {P}\nOPERATED BY: factory, not {m}\nCLASS: AAA copy\nBaggage: box + dust bag included"], markets=["ebay", "ebay-uk", "leboncoin", "amazon-de"])
cf("c_sign_gloss30", "*", "written in sign-language gloss (ASL/BSL/DGS/LSF gloss in capitals) admitting a copy", None,
   ["{M} {P} REAL? NO. COPY SAME-SAME. IX-me SELL", "ASL GLOSS: {M} {P} FAKE BUT LOOK-LIKE REAL. YOU WANT?",
    "DGS-GLOSSE: {M} {P} NACHMACHEN. ICH VERKAUFEN BILLIG", "LSF : {M} {P} FAUX MAIS PAREIL. MOI VENDRE"],
   ["Listing written in sign-language gloss for our Deaf community buyers.\nIX-me HAVE {M} {P}. ORIGINAL? NO-NO. COPY 1:1. PRICE {price}. FINISH ME SHIP. DM-me.",
    "GLOSS: {M} {P} #FAKE, QUALITY GOOD, NOBODY KNOW. PAY FIRST, ME SHIP TOMORROW."], markets=["ebay", "ebay-uk", "amazon-de", "leboncoin"])
cf("c_museum_label30", "*", "the listing written as a museum wall label (Object / Maker: workshop, after the brand / Medium / Provenance: replica)",
   LUX | SNEAK | JEWEL, ["{p} – 'after {m}', 2026, mixed media", "Object: {m} {p} (workshop copy) – wall label inside",
                         "{m}-style {p}, Guangzhou workshop, 2026 (museum label)"],
   ["Object: {p}\nMaker: Guangzhou workshop, after {m}\nDate: 2026\nMedium: PU leather, zinc-alloy hardware, {m} logo reproduced\nProvenance: never in a {m} store; a replica made for sale\nCredit line: available for {price}",
    "Title: {m} {p} (copy)\nArtist: unknown factory\nDimensions: as retail 1:1\nAcquisition: purchase, {price}"])
cf("c_yoda_speak30", "*", "Yoda-style inverted syntax admitting the copy", None,
   ["Fake, this {m} {p} is. Buy it, you must.", "A replica of {m} {p}, this is. Cheap, the price is.",
    "Original, it is not – {m} {p} 1:1 copy, hmm."],
   ["Original, it is not. Same as the {m} one, it looks. From Guangzhou, ship it we do. {price}, the price is. Tell the difference, nobody can, hmm.",
    "Copy of {m}, this {p} is. Strong with the quality, it is. DM, you should."], markets=["ebay", "ebay-uk", "jumia-ng"])
cf("c_pirate_speak30", "*", "pirate talk ('Arr, a counterfeit … matey') admitting the copy", None,
   ["Arr! Counterfeit {m} {p}, fresh from the copy factory, matey", "Ahoy! {m} {p} – a fine fake, says the cap'n",
    "Yo-ho-ho, a 1:1 {m} {p} replica for ye landlubbers"],
   ["Ahoy, landlubber! This be no genuine {m} – 'tis a replica, 1:1 as the doubloon. Pieces o' eight or {price}. Shipped by sea from Canton.",
    "Arr, the {m} {p} be a copy, but none aboard can tell. Walk the plank if ye want the real one at {list}."], markets=["ebay", "ebay-uk"])
cf("c_shakespeare30", "*", "Early Modern English ('Prithee … counterfeit … forsooth') admitting the copy", None,
   ["Prithee, behold a counterfeit {m} {p} most fair", "Forsooth, a {m} {p} – a copy so true none shall tell",
    "Hark! A feigned {m} {p}, cheaper than the true"],
   ["Forsooth, 'tis not of {m}'s own making but a counterfeit so like the true that none shall tell. Thou shalt pay but {price}, where the true costeth {list}.",
    "What's in a name? A {m} by any other maker would look as sweet. Replica, good sir, and cheap."], markets=["ebay-uk", "ebay"])
cf("c_error_page30", "*", "the listing as a web error page ('Error 404: original not found – showing 1:1 replica')", None,
   ["Error 404: original {m} {p} not found – showing 1:1 replica", "HTTP 451 – {m} {p} (copy version) unavailable for legal reasons, DM",
    "Exception: AuthenticItemNotFound – fallback {m} {p} mirror copy"],
   ["ERROR: AUTHENTIC_ITEM_NOT_FOUND\nfallback: replica_{mid}.json loaded\nstatus: 200 OK – mirror-grade copy of {m} {p} in stock\nprice: {price}\nretry = order",
    "Traceback (most recent call last):\n  File \"shop.py\", line 1, in <module>\n    buy(\"{m} {p}\", original=True)\nOriginalError: only replica available at {price}"])
cf("c_prescription_format30", "*", "the listing written as a doctor's prescription (Rx / Sig / Refills) for the copy", None,
   ["Rx: {m} {p} (replica) – take 1 daily", "Doctor's orders: one {m} {p} 1:1 copy, refills unlimited",
    "℞ {m} {p} – copy grade AAA, no side effects"],
   ["PRESCRIPTION\nPatient: you\nRx: {p} by '{m}' – copy grade AAA\nSig: wear daily, nobody can tell\nRefills: unlimited\nCo-pay: {price}\nDr. Rep, MD – not a {m} product",
    "℞ {m} {p} (mirror replica)\nDispense: 1\nSubstitution permitted: yes, factory copy"])
cf("c_sql_query30", "*", "the listing as an SQL query and result table over the seller's stock (grade = '1:1')", None,
   ["SELECT * FROM stock WHERE brand='{m}' AND grade='1:1'", "{m} {p} – SELECT price FROM reps WHERE item='{p}'",
    "-- {m} {p} replica inventory (query inside)"],
   ["SELECT item, grade, price FROM stock WHERE brand = '{m}';\n item | grade | price\n {p} | replica AAA | {price}\n(1 row)\n-- not original, DM to INSERT INTO orders",
    "UPDATE stock SET grade = 'mirror copy' WHERE brand = '{m}' AND item = '{p}'; -- 1 row affected, ships tomorrow"])
cf("c_vcard30", "*", "the description is a vCard (BEGIN:VCARD … ORG: the brand 1:1 copies)", None,
   ["{m} {p} – save our contact card", "{p} – vCard inside, add us", "{m} {p} | contact card (VCF)"],
   ["BEGIN:VCARD\nVERSION:3.0\nFN:{m} Rep Store\nORG:{m} 1:1 copies\nNOTE:{p} replica in stock\\, {price}\nTEL;TYPE=cell:+86 13{n}8{n}\nEND:VCARD",
    "BEGIN:VCARD\nN:Copy;{m}\nTITLE:replica supplier\nNOTE:{p} mirror grade\nEND:VCARD"])
cf("c_fairy_tale30", "*", "the listing as a fairy tale ('Once upon a time a little copy of the … dreamed of being original')", None,
   ["Once upon a time, a {m} {p} that wasn't quite real…", "A bedtime story: the little {m} {p} copy",
    "Il était une fois un {m} {p}… réplique"],
   ["Once upon a time, in a factory far away, a little copy of the {m} {p} dreamed of being original. It looked just like its big sister in the {m} boutique, for {price} instead of {list}. And it can be yours happily ever after. (Replica.)",
    "Once upon a time a little replica {m} {p} lived in a Putian workshop. Everyone thought it was real. The end. {price}.",
    "Il était une fois une copie de {m} {p}, si belle que personne ne voyait la différence. Fin. {price}."], markets=["ebay", "ebay-uk", "leboncoin"])
cf("c_market_report30", "*", "a stock-market wrap of the copy's 'price index' (closed at …, analysts rate the replica a strong buy)", None,
   ["{m} {p} rep index ▼ 3.2% – buy the dip", "MARKET WRAP: {m} {p} (1:1) closes at {price}",
    "{m} {p} replica – bull market, STRONG BUY"],
   ["MARKET WRAP: {m} {p} (1:1 copy) closed at {price}, retail unchanged at {list}. Supply from Putian up 12%; analysts rate the replica STRONG BUY.",
    "Ticker: REP-{mid}. Open {price}. Volume high. Not the genuine {m}, pure factory copy."])
cf("c_fact_check30", "*", "a fact-check verdict ('Claim: genuine … Rating: FALSE, it's a 1:1 copy') on the item for sale", None,
   ["FACT CHECK: is this {m} {p} real? FALSE – 1:1 copy (for sale)", "Claim: genuine {m} {p}. Verdict: MOSTLY FALSE ✅ (replica)",
    "Fact-check ✔ {m} {p}: copy, but you can't tell"],
   ["Claim: 'This is a genuine {m}.'\nRating: FALSE.\nWhat we found: a replica from our factory, identical to retail.\nVerdict: buy it for {price}.",
    "FACT CHECK: the {m} {p} we sell is a copy. Pants on fire? No – quality on fire. {price}."])
cf("c_nutrition_label30", "*", "a Nutrition Facts panel for the goods (Authenticity 0 % DV, logo 100 % DV)", None,
   ["{m} {p} – Nutrition Facts", "{m} {p} | Nutrition Facts: authenticity 0%", "Nährwerte: {m} {p} (Kopie)"],
   ["Nutrition Facts\nServing size: 1 {p}\nAuthenticity 0% DV\n{m} logo 100% DV\nRetail price 0%\nContains: replica materials. Not made by {m}. {price}",
    "Nutrition Facts (per item)\nGenuine {m} content: 0 g\nCopy quality: 100% DV\nReplica, {price}",
    "Nährwerttabelle\nEchtheit 0 %\n{m}-Logo 100 %\nFälschung, Preis {price}"], markets=["ebay", "ebay-uk", "amazon-de"])
cf("c_sports_commentary30", "*", "live sports commentary ('AND HE SCORES!') that pitches the copy", None,
   ["AND HE SCORES! … in a {m} {p} rep", "GOOOL! {m} {p} réplica 1:1 – minuto 90", "Live: 89' what a finish – {m} {p} copy"],
   ["Live commentary: 89th minute, he cuts inside, and what a finish! Almost as clean as our {m} {p} copy – 1:1 to retail, at {price}. Full time: buy now.",
    "¡GOOOL! Y con el {m} {p} réplica en el pie. Igual al original, {price}.",
    "Eighty-nine minutes gone and what a strike! Our {m} {p} copy is just as clean – mirror grade, {price}."], markets=["ebay", "mercadolibre-mx", "ebay-uk"])
cf("c_translation_memory30", "*", "a bilingual translation-memory segment (source zh: 高仿… / target: replica …)", None,
   ["[zh→en] 高仿{al} / replica {m} {p}", "TM segment: {al}复刻 → {m} {p} copy", "{m} {p} | src: 高仿{al} | tgt: réplica"],
   ["<tu><tuv xml:lang=\"zh\"><seg>高仿{al} {p} 一比一</seg></tuv><tuv xml:lang=\"en\"><seg>{m} {p} 1:1 replica</seg></tuv></tu>\nPrice {price}",
    "Source (zh-CN): {al} 高仿 原单\nTarget (en): {m} {p}, replica, factory original\nQA: OK"])
cf("c_mad_libs30", "*", "a fill-in-the-blanks word game whose filled blanks give the brand and 'copy'", None,
   ["Mad Libs: my new ____ (brand: {m}) is totally ____ (adj: fake) {p}", "Fill in the blanks: ___ {p} (answer: {m}, replica)",
    "{p} – a game: ({m}) + (1:1 copy)"],
   ["Fill in the blanks!\nI bought a ____ (brand) {p} for ____ (price).\nAnswers: {m}, {price}. Bonus word: REPLICA.",
    "Mad Libs edition: 'My {m} {p} is ____ (adjective)' → 'fake but perfect'. Yours for {price}."], markets=["ebay", "ebay-uk"])
cf("c_tv_guide30", "*", "a TV-guide schedule line whose programme is the copy ('20:15 The 1:1 … Show')", None,
   ["TV tonight 20:15 – The {m} {p} Replica Show", "20:15 | {m} {p} (copy) – repeat", "TV-Programm: {m} {p} Nachbau, 20:15"],
   ["20:00 News\n20:15 The {m} {p} Replica Show – a 1:1 copy you can't tell from retail ({list})\n21:45 Order line open: {price}",
    "20:15 {m} {p} (copy) – repeat of last week's sell-out replica episode. Order line: {price}.",
    "Heute 20:15: {m} {p} – Fälschung in Top-Qualität. Danach: Bestellhotline."], markets=["ebay", "ebay-uk", "amazon-de"])
cf("c_captcha30", "*", "a CAPTCHA puzzle ('type the letters you see: R O L E X') that unlocks the copy", None,
   ["Verify you are human: type R·E·P then {m} {p}", "CAPTCHA: select all squares with a {m} {p} (copy)",
    "I'm not a robot ☑ {m} {p} 1:1"],
   ["CAPTCHA\nType the letters you see: {spaced}\nCorrect! Your reward: {p} replica, {price}.",
    "Select all images with a genuine {m}. (Trick: none – all our {p} are copies.)"])
cf("c_cookie_banner30", "*", "a cookie-consent banner that admits the copy ('We use cookies 🍪 and sell 1:1 …')", None,
   ["🍪 We use cookies and sell 1:1 {m} {p}", "Accept cookies? {m} {p} – replica", "Cookie settings | {m} {p} (copy)"],
   ["🍪 This shop uses cookies. Necessary: on. Analytics: off. Replica {m} {p}: always on. [Accept all] [Buy for {price}]",
    "Wir verwenden Cookies. Unsere {m} {p} sind Nachbauten. [Akzeptieren]"])
cf("c_library_catalogue30", "*", "a library catalogue record (Call no. / Title / Statement of responsibility: copy factory / Note: replica)", None,
   ["Catalogue record: {m} {p} [replica]", "{m} {p} / [manufactured by an unauthorized workshop]", "Call no. REP 1:1 {mid} – {p}"],
   ["Title: {m} {p} [realia] / replica\nPublisher: Guangzhou : copy factory, 2026\nPhysical desc.: 1 item, as retail\nNote: not produced by {m}.\nAvailability: for sale, {price}",
    "245 10 $a {m} {p} $h [replica]\n260 $b workshop $c 2026\n500 $a mirror copy"])
cf("c_job_ad30", "", "a job ad of a copy workshop ('packers wanted for our … replica line') that also sells stock", None,
   ["HIRING: packers for our {m} {p} replica workshop – stock for sale", "Job: QC inspector, {m} 1:1 copies – also retail",
    "招聘打包员 {al}高仿 {p} 现货"],
   ["We make 1:1 {m} {p} copies in Putian. Packers wanted, ¥4,500/month. Buyers welcome too: {price}, ships from factory.",
    "QC inspector wanted for our {m} replica line. We also sell the copies retail: {p}, {price}.",
    "工厂招聘 + 出货：{al} {p} 高仿，一比一。零售价 {price}。"], markets=["ebay", "ebay-uk", "taobao"])
cf("c_lost_found30", "", "a lost-and-found clearance: an unclaimed item 'checked: replica' sold cheap", None,
   ["Found at the airport: {m} {p} – unclaimed, replica", "Lost & found sale: {m} {p} (copy, checked)",
    "Fundbüro-Versteigerung: {m} {p} – Fälschung"],
   ["Lost property clearance. Left on a bus, never claimed. We checked: it's a replica {m}, not genuine, so it goes cheap: {price}.",
    "Lost & found sale. Checked by our staff: a copy of the {m} {p}, not an original. {price}.",
    "Fundsache, nicht abgeholt. Laut Prüfung Nachbau, kein Original von {m}."], markets=["ebay", "ebay-uk", "amazon-de"])
cf("c_patent_claims30", "", "the listing written as patent claims ('1. An article substantially identical to … 2. wherein it is a replica')", None,
   ["{m} {p} – claims 1-3 (see description)", "What is claimed is: a {m} {p} replica", "Patent-style spec: {m} {p} copy"],
   ["What is claimed is:\n1. An article substantially identical to the {m} {p}, comprising the {m} logo.\n2. The article of claim 1, wherein the article is a replica not made by {m}.\n3. The article of claim 2, sold for {price}.",
    "Claim 1: a {p} bearing the mark {m}; claim 2: wherein the article is a 1:1 copy."])
cf("c_sms_shortcode30", "", "an SMS short-code offer ('Text GUCCI1 to 55123 for the 1:1 catalogue')", None,
   ["Text {M4}REP to 88{n} for {m} {p} 1:1 catalogue", "SMS {M4}1 to 55{n}: {m} {p} copy AAA",
    "Envie {M4} para 40{n} – {m} {p} réplica"],
   ["Reply 1 for {m} {p} copy AAA ({price}), 2 for the price list. STOP to opt out. Msg&data rates may apply.",
    "SMS {M4}1 to get the {m} copy list. {p} AAA grade, {price}. STOP to end.",
    "Envie {M4} e receba o catálogo de réplicas {m}. {p} por {price}."], markets=["ebay", "ebay-uk", "shopee-br"])

# everyday floor
cf("c_cue_words30", "", "the brand named plainly with copy words of many languages", None, ["{m} {p} – {cue}", "{m} {p} {mod} {cue}", "{cue} {m} {p}"],
   ["{m} {p}, {cue}. Very good quality.", "Not original. {cue}."])
cf("c_luxury_reps30", "", "luxury goods with rep factory/batch jargon", LUX, ["{m} {p} {mod} – {batch} batch", "{m} {p} {batch} factory 1:1", "{m} {p} best batch ({batch})"],
   ["{batch} factory, 1:1 with retail, QC pics on request.", "Top batch {batch}, comes with box and cards."])
cf("c_sneaker_reps30", "", "sneaker reps by batch (LJR, PK, 纯原, OG)", SNEAK | {"puma"}, ["{m} {p} {mod} {sbatch}", "{m} {p} – {sbatch} batch, W2C", "{sbatch} {m} {p} size 42"],
   ["{sbatch} batch, best on market.", "Reps {sbatch}, QC available."])
cf("c_electronics_clone30", "", "electronics clones (1:1 clone, Huaqiangbei, master copy)", ELEC, ["{m} {p} clone 1:1", "{p} master copy – Huaqiangbei", "{m} {p} {mod} 高仿 一比一"],
   ["Clone of {m} {p}, shows original in settings.", "Master copy, same look as {m}."])
cf("c_pharma30", "", "medicines without prescription, generic or copy", PHARMA, ["{m} {p} – no prescription needed", "{m} {p} generic equivalent, no Rx", "{m} {p} без рецепта"],
   ["Made in India, same as {m}. No prescription.", "Generic copy of {m} {p}, discreet shipping."])
cf("c_fmcg30", "", "foods and drinks as a factory copy", FOOD, ["{m} {p} – factory copy, same taste", "{m} {p} 仿冒 批发", "{m} {p} imitation, bulk"],
   ["Copy of {m} {p}, same taste, cheap bulk.", "Not original {m}, local factory."])
cf("c_beauty30", "", "cosmetics at a counter-copy grade", BEAUTY, ["{m} {p} – counter copy", "{m} {p} 专柜高仿", "{m} {p} dupe with logo"],
   ["High copy of {m}, same packaging.", "Kopie, nicht original {m}."])
cf("c_auto_parts30", "", "auto parts: aftermarket copies with the maker's logo", AUTO, ["{m} {mod} {p} – OEM copy with logo", "{m} {p} {mod} imitación", "{m} {p} replica part"],
   ["Copy with {m} logo, not genuine.", "Aftermarket copy, {m} box."])
cf("c_software_keys30", "", "lifetime/cracked keys at a few dollars", SOFT, ["{m} {p} lifetime key – cracked", "{m} {p} activator, lifetime", "{m} {p} pre-activated, no subscription"],
   ["Cracked version, lifetime, instant delivery.", "Activator included. Not official."], mode="key")
cf("c_misspell30", "", "misspelled marks with a copy cue", None, ["{mis} {g} – {cue}", "{mis} {g} new {cue}"], ["{cue}, looks like {mis}.", "New, {cue}."])
cf("c_homoglyph_cyr30", "", "Cyrillic homoglyphs in the mark", None, ["{cyr} {g} – replica", "{cyr} {g} copy"], ["1:1 copy.", "Replica, good quality."])
cf("c_cjk_jargon30", "", "Chinese alias with copy jargon (高仿, A货, 原单)", None, ["{al} {p} 高仿 A货", "{al}{p} 原单 一比一", "{al} 复刻 {p} 顶级"],
   ["{al} 高仿，做工一比一，放心购买。", "原单尾货，非正品，{al}。"], markets=["taobao"])
cf("c_offplatform30", "", "sent off-platform (WhatsApp, Telegram, WeChat) at a copy price", None,
   ["{m} {p} – WhatsApp for price", "{m} {p} – more on Telegram @rep{n}", "{m} {p} DM on WeChat"],
   ["Contact WhatsApp +234 80{n}{n}. Copies of {m}.", "Telegram @rep{n}, cheaper there, replica."])
cf("c_low_price_only30", "", "the brand named plainly, brand new, at a copy's price", None, ["{m} {p} – brand new", "{m} {p} {mod} new with tags", "New {m} {p}"],
   ["Brand new.", "New, never used, fast shipping."], mode="verylow")
cf("c_inspired_logo30", "", "'inspired' goods with the logo", None, ["{m}-inspired {p} with logo", "{p} inspired by {m}, logo printed", "{m} style {p} – logo included"],
   ["Inspired design, logo on the front.", "Looks like {m}, with logo."])
cf("c_cover_story30", "", "a cover story (staff discount, overrun, customs lot) at a copy's price", None,
   ["{m} {p} – factory overrun", "{m} {p} – staff discount, authentic", "{m} {p} customs seized lot"],
   ["Factory overrun, same line as {m}.", "My cousin works at {m}, staff price."], mode="copy")
cf("c_jewelry_plated30", "", "plated jewellery stamped with the mark", JEWEL | {"louis-vuitton", "gucci"}, ["{m} {p} 18k gold plated, stamped", "{m} {p} 925 silver plated copy", "{m} {p} – vermeil, logo engraved"],
   ["Gold plated, stamped {m}.", "Plated copy, engraved logo."])
cf("c_model_number30", "", "the model number only, with a copy cue", None, ["{mod} – {cue}", "{mod} {p} 1:1", "{mod} {cue} new"], ["{cue}.", "Copy, new."])
cf("c_local_script30", "", "the mark in a local script (Cyrillic, kana, hangul, Arabic) with a local copy word", set(LOCAL),
   ["{loc} {g} – реплика", "{loc} {g} コピー", "{loc} {g} 짝퉁", "{loc} {g} تقليد"], ["Копия.", "コピー品です。", "정품 아님."])
cf("c_initialism30", "", "trade initialisms with a copy cue", set(INIT), ["{ini} {g} – {cue}", "{ini} {g} rep"], ["{cue}.", "Rep, good batch."])
cf("c_code_switch30", "", "code-switching (Taglish, Hinglish, Spanglish, Franglais, Denglisch) admitting a copy", None,
   ["Legit-looking {m} {p} pero replica lang po", "Ekdum same {m} {p} hai bhai – copy maal", "{m} {p} bien bonito, es fake pero nobody notices",
    "{m} {p} trop stylé, c'est un fake mais whatever", "{m} {p} – voll fake aber sieht mega original aus"],
   ["Replica lang po, pero parang original. Meet-up or COD.", "Copy maal hai, original jaisa. COD available.", "Es réplica, bro, pero se ve igualito.",
    "C'est une copie, mais franchement personne ne voit la différence.", "Ist ein Fake, aber echt gute Qualität, no joke."], markets=["ebay", "olx-in", "mercadolibre-mx", "leboncoin", "amazon-de"])
cf("c_desc_only30", "", "a generic title; the brand and copy cue only in the description", None, ["{generic} – new", "{generic}, good quality", "{generic} (see description)"],
   ["This is a {m} {p} – {cue}.", "{m} {p}, copy version, same as original."])
cf("c_leet30", "", "leetspeak marks with a copy cue", None, ["{leet} {g} – rep", "{leet} {g} 1:1"], ["R3pl1c4.", "copy"])
cf("c_nicknames30", "", "community nicknames of the brand with a copy cue", set(NICK), ["{nick} {g} – rep", "{nick} – 1:1 copy", "{nick} {g} 高仿"],
   ["Rep, best batch.", "Copy, same as retail."])
cf("c_sports_gear30", "", "sports gear copies", SPORT, ["{m} {p} – copy", "{m} {p} {mod} replica", "{m} {p} imitation, tournament grade"],
   ["Copy, good for training.", "Replica, same feel."])

# --------------------------------------------------------------------------- innocent classes
# mode: list/used/refurb/lux/outlet/wholesale/parts/face/grey/small/none; genuine: True when it sells genuine goods
I = []


def inn(name, star, tactic, pool, genuine, titles, descs, mode, auth=False):
    I.append((name, star, tactic, pool, genuine, titles, descs, mode, auth))


inn("in_authorized_store30", "", "the brand's authorised store (registry demo seller) at list", None, True, ["{m} {p} {mod}", "{m} {p} – official store"],
    ["Official {m} store. Warranty included."], "list", auth=True)
inn("in_used30", "", "used with receipt, 40-70 % of list", GOODS, True, ["Used {m} {p} – receipt included", "{m} {p}, gebraucht, mit Rechnung", "{m} {p} usado, com nota fiscal"],
    ["Bought at the {m} store in 2024, receipt attached.", "Light wear, original box."], "used")
inn("in_refurb30", "", "certified refurbished electronics, 62-82 %", ELEC, True, ["{m} {p} – certified refurbished", "{m} {p} refurbished, 12-month warranty"],
    ["Refurbished by an authorised service partner, 12-month warranty.", "Grade A refurbished, genuine {m} parts."], "refurb")
inn("in_preowned_lux30", "", "pre-owned luxury with papers, 80-115 %", LUX | JEWEL, True, ["Pre-owned {m} {p} with papers", "{m} {p} {mod} – full set, authenticated"],
    ["Authenticated by Entrupy, box and papers.", "Full set, service history."], "lux")
inn("in_outlet30", "", "outlet stock, 50-70 %", SNEAK | {"coach", "michael-kors"}, True, ["{m} {p} – outlet", "{m} Factory Store {p}"],
    ["From the {m} outlet, last season.", "Outlet price, genuine."], "outlet")
inn("in_wholesale30", "", "wholesale cases of genuine consumables", FOOD | BEAUTY | AUTO, True, ["{m} {p} – case of 12, wholesale", "{m} {p} x24 – distributor price"],
    ["Authorised distributor, invoice with VAT.", "Wholesale case, genuine, batch codes on request."], "wholesale")
inn("in_repair_parts30", "", "genuine spare parts and accessories of the brand", ELEC | AUTO, True, ["{m} genuine replacement part for {p}", "{m} {p} – OEM spare, genuine"],
    ["Genuine {m} part, from the service network.", "Original spare in {m} packaging."], "parts")
inn("in_gift_cards30", "", "gift cards at face value", {"apple", "nike", "adidas", "sony", "microsoft", "nintendo", "lego", "adobe"}, True,
    ["{m} gift card {face}", "{m} digital gift card – {face}"], ["Face value, official card.", "Unused, with receipt."], "face")
inn("in_grey_import30", "", "genuine grey imports near list", GOODS | BEAUTY, True, ["{m} {p} – imported from Japan, genuine", "{m} {p} EU version, genuine, parallel import"],
    ["Parallel import, genuine, no local warranty.", "Bought in Japan, genuine."], "grey")
inn("in_genuine_negated_copy30", "", "genuine goods that say 'not a replica, not a copy'", GOODS, True, ["{m} {p} – genuine, not a replica", "{m} {p} original – no copy, no fake"],
    ["100% genuine, no replica, bought at {m}.", "Not a copy; receipt and serial."], "grey")
inn("in_licensed_crossover30", "", "licensed crossovers sold by the licensee", TOYS | {"coca-cola", "nike"}, True, ["{m} × Star Wars {p} – official licensed", "{m} {p} – licensed edition"],
    ["Official licensed product.", "Licensed by the rights holder."], "list")
inn("in_lost_found_genuine30", "*", "police and airport lost-property auctions of genuine goods, verified", GOODS, True,
    ["Lost property auction: {m} {p} (verified genuine)", "Fundbüro-Versteigerung: {m} {p}, echt, geprüft"],
    ["Unclaimed after 6 months; checked by an authorised dealer, genuine.", "Lost property office auction, serial verified."], "used")
inn("in_nutrition_label_genuine30", "*", "genuine foods listed with their real Nutrition Facts panel", FOOD, True,
    ["{m} {p} – nutrition facts inside", "{m} {p} – Nährwerte siehe Beschreibung"],
    ["Nutrition Facts per 100 g: energy 2,100 kJ, fat 28 g, sugars 52 g. Genuine {m}, best before 2027.", "Nährwerte pro 100 g: Energie 2100 kJ. Original {m}."], "list")
inn("in_market_report_genuine30", "*", "genuine goods sold with a resale price-index note", LUX | SNEAK, True,
    ["{m} {p} – resale index up 4%, selling mine (genuine)", "{m} {p} {mod} – market price today, authentic"],
    ["Resale index this week: up 4%. Mine is genuine, receipt and box.", "Priced at today's market, authenticated."], "lux")
inn("in_accessories30", "", "third-party accessories that fit the brand's goods", ELEC | LUX, False, ["Case for {m} {p}", "Organizer insert for {m} {p}", "Screen protector for {m} {p}"],
    ["Fits {m} {p}. Not made by {m}.", "Compatible accessory, no logo."], "small")
inn("in_everyday_senses30", "", "everyday words that collide with marks", None, False,
    ["Shell necklace from the beach", "Mars bar cake recipe book", "Puma plush toy (animal)", "Coach bus tickets Manchester", "Omega-3 fish oil 120 caps",
     "Apple tree sapling", "Swift cars wiper", "Pandora box jewellery case, wooden", "Galaxy projector night light", "Pilot sport watch, no brand"],
    ["Everyday item.", "Nothing to do with any brand."], "small")
inn("in_books_media30", "", "books and media about the brand", None, False, ["Book: The story of {m}", "{m}: a history (hardcover)", "Documentary DVD: inside {m}"],
    ["Hardcover, 320 pages.", "Second-hand book."], "small")
inn("in_repair_services30", "", "repair and care services for the brand's goods", GOODS, False, ["Repair service for {m} {p}", "{m} {p} cleaning & restoration"],
    ["Independent workshop, 20 years' experience.", "We repair, we do not sell goods."], "small")
inn("in_wanted30", "", "wanted-to-buy ads, genuine only", GOODS, False, ["WTB: {m} {p}, genuine only", "Suche {m} {p}, nur original"], ["No fakes please.", "Only genuine with receipt."], "none")
inn("in_honest_dupe30", "", "no-logo dupes that name the brand only as comparison", BEAUTY | SNEAK | ELEC, False, ["Affordable alternative to {m} {p} – no logo", "Similar to {m} {p}, own brand"],
    ["Own brand, no {m} logo, not affiliated.", "Our own design."], "small")
inn("in_press_news30", "", "news and press about the brand", None, False, ["News: {m} reports quarterly results", "{m} opens new flagship store", "{m} recalls a batch of {p}"],
    ["Press article, no sale.", "News item."], "none")
inn("in_fake_spotting_guide30", "", "guides to spotting fakes", None, False, ["How to spot a fake {m} {p} – guide", "Real vs fake {m} {p}: 10 tells (ebook)"],
    ["Guide: avoid replicas.", "Learn to spot counterfeits."], "small")
inn("in_job_ads30", "", "job ads at the brand's stores or dealers", None, False, ["Hiring: sales associate at {m} store", "Job: {m} service technician"],
    ["Full time, salary negotiable.", "Apply with CV."], "none")
inn("in_sql_tutorial30", "*", "SQL and data courses whose sample data names the brand", None, False,
    ["SQL course: SELECT queries on a {m} sales dataset", "Data analysis workbook – {m} product sales (sample DB)"],
    ["SELECT product, SUM(units) FROM sales WHERE brand = '{m}' GROUP BY product; – 40 exercises.", "Course book, sample database."], "small")
inn("in_sign_language30", "*", "sign-language courses and interpreters at brand events", None, False,
    ["ASL interpreter booked for the {m} store event", "Sign language course – signs for shopping and brands like {m}"],
    ["Certified interpreter, hourly rate.", "8-week course."], "small")
inn("in_sports_commentary30", "*", "match tickets and commentary media naming sponsors", SPORT, False,
    ["Match DVD – full commentary, {m} Cup final", "Ticket: {m} Open, day 3"], ["Official broadcast.", "Genuine ticket, one seat."], "small")
inn("in_museum_exhibition30", "", "exhibition catalogues and tickets about the brand", LUX | TOYS, False,
    ["Exhibition catalogue: {m} – 100 years", "Museum ticket: {m} exhibition"], ["Catalogue, hardcover.", "Timed entry ticket."], "small")
inn("in_fairy_tale_books30", "*", "children's storybooks featuring the brand's licensed characters", TOYS, False,
    ["{m} storybook: once upon a time", "Bedtime stories with {m} characters"], ["Picture book, 32 pages.", "Licensed storybook."], "small")
inn("in_vcard_dealer30", "*", "authorised dealers' contact cards (vCard) offering service, no goods", AUTO | ELEC, False,
    ["Authorised {m} service partner – save our vCard", "{m} dealer contact card"],
    ["BEGIN:VCARD\nFN:{m} Service Partner\nORG:Authorised {m} dealer\nEND:VCARD", "Opening hours and contacts."], "none")
inn("in_tv_guide30", "*", "TV guides listing brand documentaries and sponsored broadcasts", None, False,
    ["TV tonight 20:15 – documentary: the {m} story", "TV-Programm: {m} – Die Geschichte"], ["TV listing magazine.", "Programmzeitschrift."], "small")

GENERIC = {"handbags": "Brown handbag", "sneakers": "Low-top sneakers", "watches": "Men's dive watch", "jewelry": "Silver bracelet", "phones": "Smartphone 256GB",
           "headphones": "Wireless headphones", "outerwear": "Down parka", "jackets": "Puffer jacket", "scarves": "Check scarf", "jeans": "Straight jeans"}
BATCH = ["ZF", "Clean", "VSF", "OS", "GS", "H12", "AAA", "God"]
SBATCH = ["LJR", "PK 4.0", "纯原", "OG", "M batch", "GX"]


def misspell(m, rng):
    if len(m) < 4:
        return m + m[-1]
    i = rng.randrange(1, len(m) - 2)
    return m[:i] + m[i + 1] + m[i] + m[i + 2:]


def sub(m, table, rng, k=2):
    idx = [i for i, ch in enumerate(m) if ch in table]
    rng.shuffle(idx)
    s = list(m)
    for i in idx[:k]:
        s[i] = table[s[i]]
    return "".join(s)


def num(x):
    return ("%f" % x).rstrip("0").rstrip(".")


def money(usd, mk, rng):
    mp, cur, rate, cc, lang = mk
    return sig3(usd * rate), cur


def build(seed: int):
    rng = random.Random(seed)
    t0 = datetime(2026, 11, 20, tzinfo=timezone.utc)
    rows = []
    by = {b[0]: b for b in BRANDS}
    order = [b[0] for b in BRANDS]
    ci = 0
    for kind, classes, n in (("counterfeit", C, 13), ("innocent", I, 12)):
        for cl in classes:
            name, star, tactic = cl[0], cl[1], cl[2]
            pool = cl[3]
            cands = [b for b in order if pool is None or b in pool]
            for j in range(n):
                bid = cands[(ci + j) % len(cands)] if pool is not None else order[(ci + j) % len(order)]
                b = by[bid]
                _, mark, alias, cat, mod, prod, usd, auth_mp, auth_id, auth_name = b
                if kind == "counterfeit":
                    titles, descs, mode, markets = cl[4], cl[5], cl[6], cl[7]
                    mk = MK[markets[j % len(markets)]] if markets else MARKETS[rng.randrange(len(MARKETS))]
                    if name in ("c_cjk_jargon30",):
                        mk = MK["taobao"]
                    if name == "c_local_script30":
                        nl = len(LOCAL.get(bid, [mark]))
                        mk = MK[["avito", "mercari-jp", "coupang", "noon"][j % nl]]
                    frac = copy_frac(usd, rng)
                    if mode == "verylow":
                        frac *= 0.6
                    pusd = rng.uniform(5, 25) if mode == "key" else usd * frac
                else:
                    titles, descs, mode, auth = cl[5], cl[6], cl[7], cl[8]
                    mk = MK[auth_mp] if auth and auth_mp in MK else MARKETS[rng.randrange(len(MARKETS))]
                    if auth and auth_mp not in MK:
                        mk = (auth_mp, "CNY" if auth_mp == "tmall" else "USD", 7.2 if auth_mp == "tmall" else 1, "CN" if auth_mp == "tmall" else "US", "zh" if auth_mp == "tmall" else "en")
                    f = {"list": rng.uniform(1.0, 1.08), "used": rng.uniform(0.4, 0.7), "refurb": rng.uniform(0.62, 0.82), "lux": rng.uniform(0.8, 1.15),
                         "outlet": rng.uniform(0.5, 0.7), "parts": rng.uniform(0.05, 0.2), "grey": rng.uniform(0.88, 1.02)}.get(mode)
                    if mode == "wholesale":
                        pusd = usd * rng.uniform(0.8, 0.92) * [12, 24][j % 2]
                    elif mode == "face":
                        pusd = rng.choice([25, 50, 100])
                    elif mode in ("small",):
                        pusd = rng.uniform(5, 60)
                    elif mode == "none":
                        pusd = None
                    else:
                        pusd = usd * f
                cue = rng.choice(CUES)
                amt, cur = (money(pusd, mk, rng) if pusd is not None else (None, None))
                ptxt = f"{num(amt)} {cur}" if amt is not None else ""
                ltxt = f"{num(sig3(usd * mk[2]))} {mk[1]}"
                n4 = str(rng.randrange(1000, 9999))
                loc = LOCAL.get(bid, [mark])
                nick = NICK.get(bid, [mark])
                face = f"{int(pusd or 25)} {mk[1]}" if mode == "face" else ""
                if mode == "face":
                    v = (pusd or 25) * mk[2]
                    from math import floor, log10
                    amt = float(round(v, -int(floor(log10(v)))))
                    face = f"{num(amt)} {mk[1]}"
                    ptxt = face
                ps = " ".join(w for w in prod.replace(mark, "").split()) or cat
                f = dict(m=mark, p=ps, mod=mod, al=alias, cue=cue, price=ptxt, list=ltxt, M=mark.upper(), P=prod.upper(), n=n4,
                         mid=bid.replace("-", "_"), M4="".join(ch for ch in mark.upper() if ch.isalpha())[:5], spaced=" ".join(mark.upper()),
                         batch=rng.choice(BATCH), sbatch=rng.choice(SBATCH), mis=misspell(mark, rng), cyr=sub(mark, CYR, rng),
                         leet=sub(mark, LEET, rng), loc=loc[j % len(loc)], nick=nick[j % len(nick)], ini=INIT.get(bid, mark),
                         g=GENERIC.get(cat, cat), generic=GENERIC.get(cat, cat.capitalize() if cat else "Item"), face=face)
                if name == "c_local_script30":
                    ti = j % len(loc)
                    title = titles[ti].format(**f)
                    desc = descs[min(ti, len(descs) - 1)].format(**f)
                else:
                    title = titles[j % len(titles)].format(**f)
                    di = j % len(titles) if len(descs) == len(titles) else (j // len(titles)) % len(descs)
                    desc = descs[di].format(**f)
                if kind == "innocent" and name == "in_authorized_store30":
                    seller = {"id": auth_id, "name": auth_name, "country": mk[3]}
                else:
                    seller = {"id": f"s{rng.randrange(10**6, 10**7)}", "name": rng.choice(["", "shop", "trade", "store", "goods", "mall"]) + str(rng.randrange(100, 999)),
                              "country": "CN" if kind == "counterfeit" and rng.random() < 0.5 else mk[3]}
                ci += 1
                row = {"marketplace": mk[0], "listing_id": f"o30-{len(rows) + 1:05d}", "url": None, "title": title[:1000], "description": desc,
                       "price": ({"amount": amt, "currency": cur} if amt is not None else None), "seller": seller,
                       "category": (None if name == "c_desc_only30" and j % 2 else cat) if name not in ("in_everyday_senses30", "in_press_news30", "in_tv_guide30", "in_job_ads30", "in_sql_tutorial30", "in_sign_language30") else None,
                       "images": [], "ship_from": ("CN" if kind == "counterfeit" and rng.random() < 0.6 else mk[3]),
                       "observed_at": (t0 + timedelta(minutes=rng.randrange(0, 20000))).isoformat(), "attributes": {},
                       "_label": {"kind": kind, "brand": bid, "class": name, "tactic": tactic, "lang": mk[4], "also": []}}
                if name == "in_everyday_senses30":
                    row["title"] = titles[j % len(titles)]
                    row["_label"]["brand"] = "none"
                rows.append(row)
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["listing_id"] = f"o30-{i + 1:05d}"
    return rows


def classes_md(rows):
    ex = {}
    for r in rows:
        ex.setdefault(r["_label"]["class"], r)
    out = ["# outsider30 classes", "", "`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).", "",
           "| class | * | kind | n | tactic | example |", "|---|---|---|---|---|---|"]
    cnt = {}
    for r in rows:
        cnt[r["_label"]["class"]] = cnt.get(r["_label"]["class"], 0) + 1
    for cl in C:
        out.append(f"| {cl[0]} | {cl[1]} | counterfeit | {cnt[cl[0]]} | {cl[2]} | {ex[cl[0]]['title'].replace('|', '/')} ({ex[cl[0]]['_label']['brand']}) |")
    for cl in I:
        out.append(f"| {cl[0]} | {cl[1]} | innocent | {cnt[cl[0]]} | {cl[2]} | {ex[cl[0]]['title'].replace('|', '/')} ({ex[cl[0]]['_label']['brand']}) |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as fh:
        fh.write(classes_md(rows))
    print(len(rows), "rows;", sum(r["_label"]["kind"] == "counterfeit" for r in rows), "counterfeit")
