#!/usr/bin/env python3
"""outsider33's held-out set: python3 make_set.py --seed 33 --out set.jsonl --classes classes.md (stdlib only, deterministic)."""
import argparse, json, random
from data import MARKETS, PRODUCTS, AUTHORIZED, CUE

BRANDS = sorted({p[0] for p in PRODUCTS})
BYB = {b: [p for p in PRODUCTS if p[0] == b] for b in BRANDS}
FASHION = {"handbags", "belts", "sunglasses", "scarves", "trench coats", "wallets", "parkas", "jackets", "sneakers", "jeans", "watches", "jewelry", "charms", "backpacks"}
LUX = {"louis-vuitton", "gucci", "burberry", "coach", "michael-kors", "rolex", "cartier", "omega", "canada-goose", "swarovski", "pandora"}
ELEC = {"apple", "samsung", "sony", "bose", "dyson", "nintendo", "canon", "philips", "panasonic", "microsoft", "bosch"}
INTS = {"JPY", "KRW", "IDR", "VND", "COP", "ARS", "NGN", "PKR", "KZT", "UAH", "INR", "RUB", "TWD", "PHP", "CZK", "EGP", "TRY"}


def sig3(x, cur):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    if cur in INTS or v >= 100:
        v = float(int(round(v)))
    return float(v)


def copy_usd(r, usd):
    if usd >= 2000: f = r.uniform(.03, .08)
    elif usd >= 300: f = r.uniform(.06, .20)
    elif usd >= 30: f = r.uniform(.15, .35)
    else: f = r.uniform(.25, .45)
    return usd * f


def money(usd, m):
    lang, cur, cc, rate = MARKETS[m]
    return {"amount": sig3(usd * rate, cur), "currency": cur}


def fmt(usd, m):
    p = money(usd, m)
    a = p["amount"]
    return f"{p['currency']} {int(a) if a == int(a) else a:,}"


def hexid(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def handle(r):
    return r.choice(["mika", "lux", "drip", "vault", "kicks", "bella", "ayu", "rina", "dima", "kasia", "joao", "lina", "tomo", "minh", "ade", "omar", "sofia", "jules", "hana", "zhen"]) + r.choice(["", "_", "."]) + r.choice(["store", "shop", "closet", "finds", "hub", "official", "88", "2026", "ph", "kl", "mnl", str(r.randint(10, 999))])


ZHCAT = {"handbags": "包包", "belts": "皮带", "sunglasses": "墨镜", "scarves": "围巾", "watches": "手表", "sneakers": "运动鞋", "jackets": "外套", "parkas": "羽绒服", "jeans": "牛仔裤", "jewelry": "首饰", "charms": "串珠", "phones": "手机", "earbuds": "耳机", "headphones": "耳机", "hair care": "吹风机", "skincare": "精华", "infant formula": "奶粉"}


def zhc(p):
    return ZHCAT.get(p[5], "")


def cue(r, m):
    return r.choice(CUE[MARKETS[m][0]])


def ecue(r):
    return r.choice(CUE["en"])


# ---------------------------------------------------------------- counterfeit classes
# each: (name, star, tactic, markets, pool, gen(r, p, m, price_str, x) -> (title, desc, extras))
C = []


def cls(name, star, tactic, markets, pool=None):
    def deco(f):
        C.append((name, star, tactic, markets, pool, f))
        return f
    return deco


@cls("c_weishang_moments33", "*", "WeChat-Moments 微商 copywriting (今日上新, 招代理, 一件代发, 加V) offering the brand in 原单/1:1 quality", ["weidian", "xianyu", "douyin", "taobao"], "weishang")
def _(r, p, m, ps, x):
    wx = "V:" + r.choice(["lux", "hh", "bag", "zb", "xx"]) + str(r.randint(1000, 9999)) + r.choice(["a", "b", "k", ""])
    t = r.choice([f"【今日上新】{p[6]}{zhc(p)} {p[2]} {r.choice(CUE['zh'])} 一件代发", f"朋友圈同步｜{p[2]} {p[3]} {r.choice(CUE['zh'])}",
                  f"微商货源 {p[6]} {p[2]} 招代理 零库存", f"🔥工厂直供🔥{p[6]}{zhc(p)} {r.choice(CUE['zh'])} 代理价"])
    d = (f"🔥🔥今日上新🔥🔥\n{p[2]} {p[3]}\n✅{r.choice(CUE['zh'])}，细节对比专柜无差\n✅支持一件代发，诚招代理，宝妈学生零库存创业\n"
         f"💰零售价{ps}，代理价私聊\n📲朋友圈每日更新 {wx}")
    return t, d, {}


@cls("c_haoping_fanxian33", "*", "review-for-refund: 好评返现 / a card in the parcel promising a refund for a 5-star photo review, on a copy", ["taobao", "pinduoduo", "amazon-us", "shopee-my", "ebay"], "noRx")
def _(r, p, m, ps, x):
    if MARKETS[m][0] == "zh":
        t = r.choice([f"{p[2]} {p[3]} {r.choice(CUE['zh'])} 好评返现", f"{p[6]}{zhc(p)} 晒图好评返5元 {r.choice(CUE['zh'])}"])
        d = f"五星好评+晒图返现{r.choice([5, 8, 10])}元，追评再返3元，联系客服领取。本品为{r.choice(CUE['zh'])}，介意勿拍。"
    else:
        t = r.choice([f"{p[2]} {p[3]} – {ecue(r)}", f"{p[2]} {ecue(r)} | bonus for 5⭐ review"])
        d = (f"THANK YOU card inside: leave a 5⭐ review with photo and get ${r.choice([5, 10, 15])} back via PayPal – email us your order number. "
             f"Please don't mention 'rep' in the review 🙏 ({ecue(r)}, not from {p[0].replace('-', ' ').title()}).")
    return t, d, {}


@cls("c_fapiao_invoice33", "*", "a tax invoice offered on the copy (可开增值税发票, Faktura VAT, NF-e, GST invoice) as a mark of legitimacy", ["1688", "taobao", "allegro", "mercadolivre", "flipkart", "trendyol"], "b2bc")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = {"zh": f"可开增值税发票 {p[2]} {p[3]} {c}", "pl": f"{p[2]} {p[3]} {c} – Faktura VAT 23%", "pt": f"{p[2]} {c} – Emitimos NF-e",
         "en": f"{p[2]} {p[3]} ({c}) – GST invoice available", "tr": f"{p[2]} {c} – faturalı"}[lang]
    d = {"zh": f"公司采购可开13%专票/普票，对公转账。{c}，非专柜正品，介意慎拍。", "pl": f"Wystawiam fakturę VAT 23% na firmę. Towar: {c}, nie oryginał – jakość 1:1.",
         "pt": f"Emitimos nota fiscal eletrônica (NF-e) de todos os pedidos. Produto {c}, não é original.", "en": f"GST tax invoice with every order, business buyers welcome. Note: {c}, not original.",
         "tr": f"Kurumsal fatura kesilir. Ürün {c}, orijinal değildir."}[lang]
    return t, d, {}


@cls("c_reserved_listing33", "*", "a listing reserved for one buyer (〇〇様専用, 'reserved for @x', reservado, réservé) that still names the copy", ["mercari-jp", "rakuma", "vinted-fr", "depop", "wallapop", "carousell-hk"], "resale")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m); n = r.choice(["sakura", "yuki", "emma", "lea", "lucia", "kate", "ming"])
    t = {"ja": f"{n}様専用 {p[2]} {c}", "fr": f"Réservé à {n} – {p[2]} {c}", "en": f"RESERVED for @{n}_{r.randint(1, 99)} – {p[2]} ({c})",
         "es": f"Reservado para {n} – {p[2]} {c}", "zh": f"{n}專屬 勿拍 {p[2]} {c}"}[lang]
    d = {"ja": f"{n}様専用です。他の方は購入しないでください。{c}なのでご理解のある方のみ。", "fr": f"Réservé, merci de ne pas acheter. {c}, comme convenu en message.",
         "en": f"Reserved as agreed in DMs, others please don't buy. {c} as discussed, no returns.", "es": f"Reservado, no comprar por favor. Es {c} como hablamos.",
         "zh": f"已留給{n}，其他人請勿下單。{c}，私訊談好的價格。"}[lang]
    return t, d, {}


@cls("c_ready_stock_po33", "*", "South-East Asian 'READY STOCK / PO 7-14 days / COD' listing conventions around the copy (MY, PH, SG, ID, TH)", ["shopee-my", "shopee-ph", "shopee-sg", "tokopedia", "shopee-id", "lazada-th"], "noRx")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = r.choice({"ms": [f"READY STOCK 🇲🇾 {p[2]} {c} | COD", f"[PO 7-10 hari] {p[2]} {c}"], "en": [f"READY STOCK {p[2]} {c} – COD nationwide", f"[PRE-ORDER 10-14 days] {p[2]} {c}"],
                  "id": [f"READY STOK JAKARTA {p[2]} {c} bisa COD", f"PO 2 minggu – {p[2]} {c}"], "th": [f"พร้อมส่ง 🇹🇭 {p[2]} {c} เก็บเงินปลายทาง", f"พรีออเดอร์ 7-14 วัน {p[2]} {c}"]}[lang])
    d = {"ms": f"Ready stock dalam gudang KL, pos dalam 24 jam. {c}, bukan original. Boleh COD.", "en": f"Ready stock here, ships within 24h. Not original – {c}, same as the one in the mall. PO items 10-14 days.",
         "id": f"Stok ready di Jakarta, kirim hari ini. {c}, bukan ori ya kak. Bisa COD.", "th": f"ของพร้อมส่ง {c} ไม่ใช่ของแท้ ส่งไว เก็บเงินปลายทางได้"}[lang]
    return t, d, {}


@cls("c_full_fit_bundle33", "*", "a Depop/Vinted 'full fit' outfit bundle of several brands' reps in one listing (other brands in `also`)", ["depop", "vinted-fr", "vinted-lt", "instagram-shop", "fb-marketplace"], "fashion")
def _(r, p, m, ps, x):
    others = r.sample([q for q in PRODUCTS if q[5] in FASHION and q[0] != p[0]], 2)
    x["also"] = sorted({q[0] for q in others} - {p[0]})
    x["usd_extra"] = sum(copy_usd(r, q[4]) for q in others)
    t = r.choice([f"FULL FIT 🔥 {p[2]} + {others[0][2]} + {others[1][2]} (reps)", f"Full outfit bundle: {p[2]}, {others[0][2]}, {others[1][2]} – {ecue(r)}"])
    d = f"Selling the whole fit as pictured. All 3 pieces are reps ({ecue(r)}), top batch, worn once for a shoot. Won't split. Size M / EU 42."
    return t, d, {}


@cls("c_parcel_point33", "*", "local parcel-point delivery conventions (Paczkomat InPost, СДЭК/Boxberry, Mondial Relay, Zásilkovna, 7-11 店到店) around a copy", ["allegro", "olx-pl", "avito", "ozon", "leboncoin", "vinted-fr", "bazos", "shopee-tw", "olx-ua"], "noRx")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = {"pl": f"{p[2]} {c} – wysyłka Paczkomat InPost 24h", "ru": f"{p[2]} {c}, отправка СДЭК / Boxberry / Авито Доставка", "fr": f"{p[2]} {c} – envoi Mondial Relay",
         "cs": f"{p[2]} {c} – Zásilkovna / Packeta", "zh": f"{p[2]} {c} 7-11店到店/全家店到店", "uk": f"{p[2]} {c} – Нова Пошта, відділення"}[lang]
    d = {"pl": f"Wysyłka Paczkomatem lub kurierem, odbiór osobisty Warszawa. To {c}, jakość 1:1.", "ru": f"Отправлю СДЭК или Boxberry после оплаты, Авито Доставка тоже. Это {c}, качество люкс.",
         "fr": f"Envoi en point relais Mondial Relay ou remise en main propre Lyon. C'est une {c}.", "cs": f"Pošlu Zásilkovnou, osobně Praha. Jde o {c}.",
         "zh": f"可7-11或全家店到店，貨到付款。{c}，不是正品喔。", "uk": f"Відправка Новою Поштою, накладений платіж. Це {c}."}[lang]
    return t, d, {}


@cls("c_mercari_rules33", "*", "Mercari/Rakuma rule boilerplate (プロフ必読, 即購入OK, NCNR, すり替え防止) around a copy", ["mercari-jp", "rakuma", "yahoo-auctions"], "resale")
def _(r, p, m, ps, x):
    c = r.choice(CUE["ja"])
    t = r.choice([f"{p[2]} ※プロフ必読 即購入OK", f"{p[2]} {p[3]} {c} NCNR", f"【即購入OK】{p[2]} ノーブランド"])
    d = f"プロフ必読でお願いします。{c}です。ご理解のある方のみご購入ください。すり替え防止のため返品・返金不可、NCNR（ノークレーム・ノーリターン）でお願いします。即購入OKです。"
    return t, d, {}


@cls("c_fb_obo_porch33", "*", "US/CA/AU local-pickup conventions (OBO, porch pickup, Zelle/Venmo, 'no lowballers, I know what I have') on a rep", ["fb-marketplace", "offerup", "craigslist", "kijiji", "gumtree-au"], "local")
def _(r, p, m, ps, x):
    ps = "$" + ps.split(" ", 1)[1].split(".")[0]
    town = r.choice(["Plano", "Fremont", "Scarborough", "Parramatta", "Kissimmee", "Burnaby", "Mesa"])
    t = r.choice([f"{p[2]} – {ps} OBO", f"{p[2]} {p[3]} porch pickup {town}", f"{p[2]} (rep) – no lowballers"])
    d = (f"Porch pickup in {town} or meet at the Walmart lot. Zelle/Venmo/cash only, no shipping, no trades. It's a 1:1 rep, nobody can tell. "
         f"{ps} OBO – no lowballers, I know what I have. If the listing is up it's available.")
    return t, d, {}


@cls("c_night_market_stall33", "*", "a night-market / pasar malam / tianguis stall selling its stall stock of copies online", ["shopee-tw", "shopee-my", "lazada-th", "mercadolibre-mx", "tokopedia", "lazada-vn"], "street")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = {"zh": f"夜市攤位清倉 {p[2]} {c}", "ms": f"Stok gerai pasar malam – {p[2]} {c}", "th": f"ของแผงตลาดนัดรถไฟ {p[2]} {c}", "es": f"Del puesto del tianguis – {p[2]} {c}",
         "id": f"Stok lapak pasar malam – {p[2]} {c}", "vi": f"Hàng sạp chợ đêm – {p[2]} {c}"}[lang]
    d = {"zh": f"我們在饒河夜市擺攤，線上同價。{c}，不是正品。", "ms": f"Kami berniaga di pasar malam setiap Sabtu, harga sama online. {c}.", "th": f"ขายที่ตลาดนัดรถไฟทุกเย็น ราคาเดียวกับหน้าร้าน {c}",
         "es": f"Tenemos puesto en el tianguis los domingos, mismo precio en línea. Es {c}.", "id": f"Lapak kami di pasar malam tiap Sabtu. Barang {c}, bukan ori.", "vi": f"Sạp ở chợ đêm Bến Thành, giá như ở chợ. {c}."}[lang]
    return t, d, {}


@cls("c_creator_affiliate33", "*", "TikTok Shop / Shopee affiliate pitch on a copy (free sample for creators, commission %, 'say inspired, not fake')", ["tiktok-shop", "tiktok-shop-id", "shopee-ph", "instagram-shop"], "creator")
def _(r, p, m, ps, x):
    k = r.choice([15, 20, 25, 30])
    t = r.choice([f"{p[2]} {ecue(r)} – {k}% commission for creators", f"{p[2]} {p[3]} | free sample for affiliates ({ecue(r)})"])
    d = (f"Creators: request a free sample in the affiliate centre, {k}% commission on every sale. In your video say 'inspired' or 'viral find', "
         f"never 'fake' or the brand name in captions – it's a {ecue(r)} of the {p[2]}.")
    return t, d, {}


@cls("c_privatverkauf33", "*", "German/Austrian/Swiss private-sale boilerplate (Privatverkauf, keine Garantie, keine Rücknahme) around a Nachbildung", ["kleinanzeigen", "willhaben", "ricardo", "ebay-de"], "local")
def _(r, p, m, ps, x):
    t = r.choice([f"{p[2]} (Nachbildung) – Privatverkauf", f"{p[2]} {p[3]} – {r.choice(CUE['de'])}", f"{p[2]} Replik, wie neu"])
    d = (f"Privatverkauf, daher keine Garantie, keine Rücknahme und keine Gewährleistung nach EU-Recht. Es handelt sich um eine {r.choice(['Nachbildung', 'Replika', 'Kopie'])}, "
         f"kein Original – sieht aber 1:1 aus. Abholung in {r.choice(['Köln', 'Leipzig', 'Graz', 'Zürich', 'Essen'])} oder Versand (DHL, Käufer zahlt).")
    return t, d, {}


@cls("c_backup_account33", "*", "'backup account – my main got banned' (主号被封 小号, новый аккаунт) re-listing the copies", ["instagram-shop", "depop", "carousell-hk", "xianyu", "telegram-shop", "vinted-fr"], "street")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m); h = handle(r)
    t = {"en": f"BACKUP ACC (main @{h} got banned) – {p[2]} {c}", "zh": f"主號被封 小號重發｜{p[2]} {c}", "ru": f"Новый аккаунт, старый заблокировали – {p[2]} {c}",
         "fr": f"Nouveau compte (l'ancien banni) – {p[2]} {c}"}[lang]
    d = {"en": f"My main @{h} got banned for 'counterfeit' lol, this is the backup. Same {c} as before, same prices. Follow before this one goes too.",
         "zh": f"之前的號被封了，這是小號，老客戶找我。{c}，價格不變。", "ru": f"Старый аккаунт заблокировали за «подделки», это новый. Та же {c}, цены те же.",
         "fr": f"L'ancien compte a été banni, voici le nouveau. Même {c}, mêmes prix."}[lang]
    return t, d, {}


@cls("c_buyer_show33", "*", "buyer photos (买家秀 / feedback pembeli / customer pics) praising that nobody can tell the copy", ["taobao", "pinduoduo", "shopee-my", "lazada-vn", "shopee-ph"], "wear")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = {"zh": f"买家秀｜{p[2]} {c} 上身效果", "ms": f"Feedback pembeli 💯 {p[2]} {c}", "vi": f"Feedback khách – {p[2]} {c}", "en": f"Customer pics 📸 {p[2]} {c}"}[lang]
    d = {"zh": f"买家秀：“背出去朋友都看不出来是{c}，比专柜还好看！”更多买家秀看评价。", "ms": f"Pembeli kata: 'kawan semua ingat original!' – {c}.",
         "vi": f"Khách nói: 'bạn bè không ai nhận ra là {c}'.", "en": f"Buyer says: 'my friends couldn't tell it's a {c}!' More customer pics in the reviews."}[lang]
    return t, d, {}


@cls("c_layaway33", "*", "layaway / hulugan / lay-by on a rep (reserve with a down payment, pay in 3, non-refundable)", ["instagram-shop", "fb-marketplace", "shopee-ph", "jiji-ng", "jumia-ke"], "pricey")
def _(r, p, m, ps, x):
    t = f"{p[2]} {ecue(r)} pwede hulugan (3 gives)" if m == "shopee-ph" else r.choice([f"{p[2]} {ecue(r)} – layaway available", f"{p[2]} – lay-by 30% down ({ecue(r)})"])
    d = (f"LAYAWAY: 30% down payment reserves the item, balance in 3 payments within 6 weeks via GCash/bank transfer. Down payment non-refundable. "
         f"Item is a {ecue(r)}, not from the boutique.")
    return t, d, {}


@cls("c_hotel_delivery33", "*", "tourist hotel delivery of copies (Dubai Marina, Sultanahmet, Sukhumvit, Bali villa) – 'we bring to your hotel room'", ["dubizzle", "sahibinden", "lazada-th", "instagram-shop", "telegram-shop", "tokopedia"], "tourist")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    place = {"ar": "Dubai Marina / JBR", "tr": "Sultanahmet / Taksim", "th": "Sukhumvit / Silom", "en": "Dubai Marina", "ru": "Nha Trang / Phuket", "id": "Seminyak / Kuta"}[lang]
    t = {"ar": f"{p[2]} {c} – توصيل للفندق", "tr": f"{p[2]} {c} – otelinize teslim", "th": f"{p[2]} {c} ส่งถึงโรงแรม", "en": f"{p[2]} {c} – free delivery to your hotel",
         "ru": f"{p[2]} {c} – доставка в отель", "id": f"{p[2]} {c} – antar ke hotel/villa"}[lang]
    d = f"We deliver to your hotel room in {place}, pay cash on delivery, see before you pay. Tourist price. {c} – " + {"ar": "ليست أصلية", "tr": "orijinal değildir", "th": "ไม่ใช่ของแท้", "en": "not original", "ru": "не оригинал", "id": "bukan ori"}[lang] + "."
    return t, d, {}


@cls("c_shopper_bag33", "*", "the copy sold 'with store paper bag, ribbon and receipt' (ショッパー付き) – the bag as a prop of authenticity", ["mercari-jp", "vinted-fr", "carousell-hk", "xianyu", "depop"], "lux")
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]; c = cue(r, m)
    t = {"ja": f"{p[2]} ショッパー・リボン付き {c}", "fr": f"{p[2]} avec sac boutique et ruban – {c}", "zh": f"{p[2]} 配專櫃紙袋絲帶 {c}", "en": f"{p[2]} w/ store paper bag, ribbon & receipt ({c})"}[lang]
    d = {"ja": f"ショッパー、リボン、保存袋付きでプレゼントにも。{c}なので気になる方はご遠慮ください。", "fr": f"Livré avec sac boutique, ruban et dustbag, parfait pour offrir. C'est une {c}.",
         "zh": f"送禮必備，附專櫃紙袋、絲帶、防塵袋和小票。{c}。", "en": f"Comes with the boutique paper bag, ribbon, dust bag and a receipt – perfect as a gift, nobody will know it's a {c}."}[lang]
    return t, d, {}


@cls("c_photo_theft_warning33", "*", "'all photos are our own real shots – image theft will be reported' (实拍 盗图必究) on a copy listing", ["taobao", "xianyu", "weidian", "shopee-tw", "instagram-shop"], "wear")
def _(r, p, m, ps, x):
    if MARKETS[m][0] == "zh":
        c = r.choice(CUE["zh"])
        return r.choice([f"{p[2]} {c} 实拍 盗图必究", f"实物拍摄 无滤镜｜{p[6]}{zhc(p)} {c}"]), f"本店所有图片均为实物拍摄，盗图必究！{c}，细节请看图，和专柜对比无差。", {}
    c = ecue(r)
    return f"{p[2]} {c} – real shots, do NOT steal my pics", f"All photos are my own real shots, no filter. Image thieves will be reported. {c}, compare with retail yourself.", {}


@cls("c_dangkou_wholesale33", "*", "Guangzhou wholesale-market stalls (十三行, 白马, 沙河 档口直发, 拿货价) selling the copy", ["1688", "taobao", "weidian", "douyin"], "dangkou")
def _(r, p, m, ps, x):
    mk = r.choice(["十三行", "白马", "沙河", "站西"]); c = r.choice(CUE["zh"])
    t = r.choice([f"广州{mk}档口直发 {p[2]} {c} 拿货价", f"{mk}档口 {p[6]}{zhc(p)} {c} 一手货源", f"档口实拍 {p[2]} {p[3]} {c}"])
    d = f"广州{mk}档口，每天上新，拿货价批发零售都可以，{c}，三件起批更便宜。档口地址私聊。"
    return t, d, {}


@cls("c_close_friends_drop33", "*", "Instagram 'Close Friends' / private-story drops of reps ('add me to CF to see the drop')", ["instagram-shop", "depop", "tiktok-shop"], "tourist")
def _(r, p, m, ps, x):
    t = r.choice([f"{p[2]} {ecue(r)} – full drop on Close Friends 💚", f"CF drop tonight 9pm: {p[2]} ({ecue(r)})"])
    d = f"Only posting the full {ecue(r)} drop on my Close Friends story 💚 – DM 'CF' to be added. {p[2]} and more, limited pieces, first come first served."
    return t, d, {}


@cls("c_resale_margin_pitch33", "*", "a pitch to resellers: retail price vs copy price, 'resell for 3x, your profit margin' (转卖利润高)", ["1688", "meesho", "jiji-ng", "shopee-my", "instagram-shop", "trendyol"], "noRx")
def _(r, p, m, ps, x):
    ret = fmt(p[4], m); mult = r.choice([3, 4, 5])
    if MARKETS[m][0] == "zh":
        return f"{p[2]} {r.choice(CUE['zh'])} 转卖利润{mult}倍", f"专柜价{ret}，拿货只要{ps}，转卖轻松{mult}倍利润。{r.choice(CUE['zh'])}，适合微商、直播、地摊。", {}
    c = cue(r, m)
    return (f"{p[2]} {c} – resell for {mult}x, huge margin", f"Retail {ret}. Your cost {ps}. Resell at {mult}x and still undercut the mall. {c}, perfect for side hustle, live selling, market stalls.", {})


# ---- everyday floor (no *)
def plain(r, p, m, c):
    return r.choice([f"{p[2]} {p[3]} – {c}", f"{p[2]} {c}", f"{c} {p[2]}"]).replace("  ", " ")


@cls("c_cue_words33", "", "the brand named plainly with the market's own copy words", list(MARKETS)[:-3])
def _(r, p, m, ps, x):
    c = cue(r, m)
    return plain(r, p, m, c), f"{c}. {p[1]}.", {}


@cls("c_luxury_reps33", "", "luxury goods with rep-factory jargon (1:1, super clone, ZF/VSF/Clean factory, top batch)", ["instagram-shop", "telegram-shop", "carousell-hk", "dubizzle", "xianyu", "ebay"], "lux")
def _(r, p, m, ps, x):
    f = r.choice(["Clean factory", "VSF", "ZF", "GM factory", "top batch", "H15 batch"])
    return f"{p[2]} {p[3]} {f} 1:1", f"{f}, super clone, full set, compare with retail. DM for more pics.", {}


@cls("c_sneaker_reps33", "", "sneaker reps by batch (LJR, PK, OG, 纯原) at a rep price", ["xianyu", "depop", "instagram-shop", "shopee-ph", "tokopedia", "vinted-fr"], "sneak")
def _(r, p, m, ps, x):
    b = r.choice(["LJR batch", "PK batch", "OG batch", "纯原版本", "GX batch"])
    return f"{p[2]} {p[3]} {b}", f"{b}, best on market, comes with box and extra laces. Sizes 36-46.", {}


@cls("c_electronics_clone33", "", "electronics clones (Huaqiangbei top version, 1:1 housing, serial passes check)", ["xianyu", "shopee-ph", "jumia-ng", "avito", "aliexpress" if False else "lazada-vn", "ebay"], "elec")
def _(r, p, m, ps, x):
    return r.choice([f"{p[2]} {p[3]} – Huaqiangbei top version", f"{p[2]} 1:1 clone, serial passes check", f"{p[2]} high copy master quality"]), "Top clone, looks and works like the original, popup works. Not original, 7 days shop warranty.", {}


@cls("c_pharma33", "", "branded drugs and devices as generic copies without prescription", ["telegram-shop", "jiji-ng", "instagram-shop", "ebay", "tokopedia"], "pharma")
def _(r, p, m, ps, x):
    if p[5] == "prescription drugs":
        return f"{p[2]} – same as original, no prescription", f"Generic copy of {p[2]}, same active ingredient, made in India, no prescription needed, discreet packaging.", {}
    return f"{p[2]} – copy, same packaging", f"Copy of {p[2]} in the same packaging, bulk from the factory, no batch check. {cue(r, m)}.", {}


@cls("c_fmcg33", "", "food, drink and baby formula: OEM copy, same taste, relabelled", ["pinduoduo", "jumia-ng", "shopee-id", "1688", "meesho", "daraz-pk"], "fmcg")
def _(r, p, m, ps, x):
    return f"{p[2]} – OEM copy, same taste", f"{p[2]} OEM version from the same line, copy packaging, same taste. Wholesale cartons available.", {}


@cls("c_beauty33", "", "beauty and razors: counter-quality copies (专柜品质, 1:1 formula)", ["pinduoduo", "shopee-my", "jumia-ng", "ozon", "meesho", "lazada-vn"], "beauty")
def _(r, p, m, ps, x):
    c = cue(r, m)
    return f"{p[2]} {c} counter quality", f"Counter quality copy ({c}), same smell and texture as the counter, with box.", {}


@cls("c_auto_parts33", "", "auto parts, oil and tyres: aftermarket copies in OEM boxes with the logo", ["ebay", "avito", "jiji-ng", "olx-br", "1688", "tokopedia"], "auto")
def _(r, p, m, ps, x):
    return f"{p[2]} {p[3]} OEM box – copy", f"Aftermarket copy packed in the {p[0].upper()} OEM-style box with logo and hologram. Fits as original.", {}


@cls("c_toys33", "", "toys and model kits: KO clones with original-style boxes", ["aliexpress-pl" if False else "allegro", "xianyu", "shopee-ph", "ebay", "mercadolibre-mx", "pinduoduo"], "toys")
def _(r, p, m, ps, x):
    return f"{p[2]} – KO version, original-style box", f"KO/clone version of {p[2]}, same pieces, original-style box, not the brand.", {}


@cls("c_software_keys33", "", "software licences as lifetime cracked / pre-activated keys", ["ebay", "telegram-shop", "shopee-ph", "g2a" if False else "kaspi", "tokopedia"], "soft")
def _(r, p, m, ps, x):
    x["usd"] = r.uniform(5, 25)
    return f"{p[2]} – lifetime key, pre-activated", "Lifetime activation, pre-activated, no subscription, instant delivery by email. Do not update.", {}


@cls("c_misspell33", "", "misspelt marks with a copy word", ["ebay", "jumia-ng", "shopee-ph", "avito", "fb-marketplace"])
def _(r, p, m, ps, x):
    n = p[2]; i = r.randrange(1, max(2, min(len(n) - 1, 6)))
    w = n[:i] + n[i] + n[i:] if r.random() < .5 else n[:i] + n[i + 1:]
    return f"{w} {ecue(r)}", f"{ecue(r)}.", {}


@cls("c_homoglyph33", "", "Cyrillic/Greek homoglyphs inside the mark", ["avito", "ebay", "olx-ua", "wildberries", "kaspi"])
def _(r, p, m, ps, x):
    hg = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "O": "О", "C": "С", "A": "А", "B": "В", "M": "М", "T": "Т", "H": "Н"}
    n = "".join(hg.get(ch, ch) if k % 2 else ch for k, ch in enumerate(p[2]))
    return f"{n} {p[3]}", f"{cue(r, m)}.", {}


@cls("c_separators33", "", "the mark split by dots, spaces or underscores", ["instagram-shop", "shopee-my", "vinted-fr", "tokopedia", "fb-marketplace"])
def _(r, p, m, ps, x):
    b = p[2].split()[0]; s = r.choice([".", " ", "_", "-", "•"])
    return f"{s.join(b)} {' '.join(p[2].split()[1:])} {cue(r, m)}", "", {}


@cls("c_zh_jargon33", "", "Chinese copy jargon with the Chinese brand name (莆田, 原单, 复刻, 顶级)", ["xianyu", "taobao", "pinduoduo", "douyin", "weidian"])
def _(r, p, m, ps, x):
    c = r.choice(CUE["zh"])
    return f"{p[6]} {zhc(p)} {p[3]} {c}", f"{c}，做工细节到位，介意勿拍。", {}


@cls("c_offplatform33", "", "off-platform lures (WhatsApp, Telegram, WeChat, Line) for the copy", ["fb-marketplace", "jiji-ng", "instagram-shop", "shopee-my", "dubizzle", "avito"])
def _(r, p, m, ps, x):
    ch = r.choice(["WhatsApp +234 81", "Telegram @", "WeChat ", "Line ID "])
    return f"{p[2]} {ecue(r)} – more on {ch.split()[0]}", f"More models on {ch}{r.randint(1000000, 9999999)}, order there for best price.", {}


@cls("c_low_price_only33", "", "brand and model plainly, new with tags, price alone far below list", ["ebay", "shopee-ph", "jumia-ng", "mercadolibre-mx", "tokopedia", "avito"], "lux")
def _(r, p, m, ps, x):
    x["usd"] = copy_usd(r, p[4]) * .6
    return f"{p[2]} {p[3]} new with tags", "Brand new, never used. Fast shipping.", {}


@cls("c_inspired_logo33", "", "'inspired by' goods that still carry the logo", ["etsy" if False else "ebay", "shopee-my", "depop", "amazon-us", "trendyol"])
def _(r, p, m, ps, x):
    return f"{p[2]} inspired – with logo", f"Inspired by {p[2]}, logo printed as pictured. Not affiliated with the brand.", {}


@cls("c_cover_story33", "", "a cover story for the low price (customs seizure, bankrupt store) with a copy admission", ["ebay", "fb-marketplace", "olx-br", "avito", "allegro"])
def _(r, p, m, ps, x):
    s = r.choice(["from a customs auction lot", "bankrupt boutique stock", "factory B-grade, small flaw"])
    return f"{p[2]} – {s}", f"{s.capitalize()}. Honestly it's a {ecue(r)}, that's why the price.", {}


@cls("c_plated_jewellery33", "", "plated/moissanite jewellery and watches with the brand's marks", ["instagram-shop", "shopee-ph", "jumia-ng", "trendyol", "dubizzle"], "jewel")
def _(r, p, m, ps, x):
    return f"{p[2]} 18K gold plated {ecue(r)}", "Stainless steel, 18K gold plated, engraved logo and serial, comes with box.", {}


@cls("c_model_numbers33", "", "registry model numbers with a copy cue and no brand word", ["ebay", "xianyu", "avito", "shopee-my", "allegro"])
def _(r, p, m, ps, x):
    if not p[3]:
        p = r.choice([q for q in BYB[p[0]] if q[3]] or [p])
    return f"{p[3]} {p[1]} {cue(r, m)}", "", {}


@cls("c_grade_menu33", "", "grade menus (AAA / Mirror / Original) with the copy's price", ["instagram-shop", "dubizzle", "jiji-ng", "shopee-ph", "telegram-shop"])
def _(r, p, m, ps, x):
    return f"{p[2]} – AAA / Mirror / Super Clone grades", "Grade AAA: cheapest. Mirror grade: +30%. Super clone: +80%, same as retail. Price shown is AAA.", {}


@cls("c_local_script33", "", "the brand in the market's own script with a copy word", ["avito", "coupang", "lazada-th", "jumia-eg", "mercari-jp", "haraj"])
def _(r, p, m, ps, x):
    lang = MARKETS[m][0]
    loc = {"ru": {"rolex": "Ролекс", "nike": "Найк", "gucci": "Гуччи", "dyson": "Дайсон", "apple": "Эпл", "louis-vuitton": "Луи Виттон"},
           "ko": {"rolex": "롤렉스", "nike": "나이키", "gucci": "구찌", "dyson": "다이슨", "apple": "애플", "louis-vuitton": "루이비통"},
           "th": {"rolex": "โรเล็กซ์", "nike": "ไนกี้", "gucci": "กุชชี่", "dyson": "ไดสัน", "apple": "แอปเปิล", "louis-vuitton": "หลุยส์ วิตตอง"},
           "ar": {"rolex": "رولكس", "nike": "نايك", "gucci": "غوتشي", "dyson": "دايسون", "apple": "أبل", "louis-vuitton": "لويس فيتون"},
           "ja": {"rolex": "ロレックス", "nike": "ナイキ", "gucci": "グッチ", "dyson": "ダイソン", "apple": "アップル", "louis-vuitton": "ルイヴィトン"}}[lang]
    b = r.choice(sorted(loc)); p = r.choice(BYB[b]); x["brand"] = b; x["prod"] = p
    return f"{loc[b]} {p[1]} {cue(r, m)}", "", {}


@cls("c_code_switch33", "", "code-switched titles (Taglish, Singlish, Spanglish, Hinglish) with the copy word", ["shopee-ph", "shopee-sg", "mercadolibre-mx", "flipkart", "jumia-ke"])
def _(r, p, m, ps, x):
    s = {"shopee-ph": "legit na class A, sulit promise", "shopee-sg": "confirm class A one lah, cheap cheap", "mercadolibre-mx": "es replica pero se ve bien nice",
         "flipkart": "first copy hai bhai, ekdum original jaisa", "jumia-ke": "ni copy ya kwanza, quality poa sana"}[m]
    return f"{p[2]} {s}", "", {}


@cls("c_description_only33", "", "generic title; brand and copy admission only in the description", ["ebay", "avito", "shopee-my", "olx-br", "allegro", "vinted-fr"])
def _(r, p, m, ps, x):
    return f"{p[1]} new", f"It's the {p[2]} ({p[3]}), {cue(r, m)}. Ask for more photos.", {}


@cls("c_leetspeak33", "", "leetspeak marks (R0L3X) with a copy word", ["instagram-shop", "tiktok-shop", "depop", "fb-marketplace"])
def _(r, p, m, ps, x):
    lt = str.maketrans({"o": "0", "O": "0", "e": "3", "E": "3", "a": "4", "A": "4", "i": "1", "I": "1", "s": "5", "S": "5"})
    return f"{p[2].split()[0].translate(lt).upper()} {' '.join(p[2].split()[1:])} {ecue(r)}", "", {}


@cls("c_sports_gear33", "", "sports gear (rackets, balls, clubs, kits) as factory copies", ["shopee-my", "lazada-th", "tokopedia", "ebay", "xianyu"], "sport")
def _(r, p, m, ps, x):
    return f"{p[2]} {p[3]} – factory copy, same spec", f"Factory copy of {p[2]}, same weight and spec, with logo. {cue(r, m)}.", {}


@cls("c_known_fake_market33", "", "goods bought at a known fake market (Silk Market, Canal Street, Patpong, Grand Bazaar) resold", ["ebay", "vinted-fr", "fb-marketplace", "gumtree-au", "depop"], "lux")
def _(r, p, m, ps, x):
    mk = r.choice(["Silk Market Beijing", "Canal Street NYC", "Patpong night market", "the Grand Bazaar", "MBK Bangkok", "Ladies' Market HK"])
    return f"{p[2]} bought at {mk}", f"Picked up at {mk} on holiday, obviously not real but great quality. Worn twice.", {}


@cls("c_unauthorized_authentic33", "", "'UA / unauthorised authentic / same factory after hours' claims", ["instagram-shop", "xianyu", "depop", "carousell-hk", "dubizzle"])
def _(r, p, m, ps, x):
    return f"{p[2]} UA (unauthorized authentic)", "UA – made in the same factory after hours from the same materials, no boutique receipt. Not from the brand.", {}


@cls("c_wholesale_lot33", "", "wholesale lots of the copy (MOQ, per-piece price, mixed models)", ["1688", "jumia-ng", "meesho", "daraz-pk", "ebay"])
def _(r, p, m, ps, x):
    moq = r.choice([10, 20, 50, 100])
    return f"Wholesale {p[2]} MOQ {moq} – {ecue(r)}", f"Price per piece, MOQ {moq}, mixed models ok. {ecue(r)}, logo and packaging included. Sea or air freight.", {}


# ---------------------------------------------------------------- innocent classes
# each: (name, star, tactic, markets, pool, genuine, gen(r, p, m, x) -> (title, desc, usd, extras))
I = []


def inn(name, star, tactic, markets, pool=None, genuine=True):
    def deco(f):
        I.append((name, star, tactic, markets, pool, genuine, f))
        return f
    return deco


@inn("in_reserved_genuine33", "*", "genuine used goods in a listing reserved for one buyer (〇〇様専用, reserved for @x), receipt or authentication", ["mercari-jp", "rakuma", "vinted-fr", "depop", "carousell-hk"], "resale")
def _(r, p, m, x):
    lang = MARKETS[m][0]; n = r.choice(["sakura", "yuki", "emma", "lea", "kate", "ming"])
    t = {"ja": f"{n}様専用 {p[2]} 正規品 レシートあり", "fr": f"Réservé à {n} – {p[2]} authentique, facture", "en": f"RESERVED @{n} – {p[2]} authentic w/ receipt", "zh": f"{n}專屬 {p[2]} 正品 有單據"}[lang]
    d = {"ja": "他の方は購入をお控えください。直営店で購入した正規品です。", "fr": "Merci de ne pas acheter, réservé. Acheté en boutique, facture jointe.", "en": "Reserved as agreed, bought from the brand store, receipt in photos.", "zh": "已保留，其他人請勿下單。專櫃購入，附單據。"}[lang]
    return t, d, p[4] * r.uniform(.45, .8), {}


@inn("in_counter_ba_moments33", "*", "a department-store counter beauty advisor's (专柜BA) WeChat-Moments style post of genuine counter goods with till receipts", ["weidian", "xianyu", "douyin"], "cosm")
def _(r, p, m, x):
    t = r.choice([f"专柜BA朋友圈 {p[2]} 专柜小票可查", f"{p[6]}专柜正品 {p[2]} 柜姐代购 附小票"])
    d = f"本人{r.choice(['万象城', '国金', '德基', '恒隆'])}{p[6]}专柜BA，专柜正品，附专柜小票和防伪码，可拿去专柜验。会员价，非高仿，非代工。"
    return t, d, p[4] * r.uniform(.88, 1.0), {}


@inn("in_fapiao_genuine33", "*", "genuine goods from authorised dealers with a tax invoice (可开增值税专票, Faktura VAT, NF-e, GST invoice)", ["1688", "taobao", "allegro", "mercadolivre", "flipkart"], "b2b")
def _(r, p, m, x):
    lang = MARKETS[m][0]
    t = {"zh": f"{p[2]} 官方授权经销 全新国行 可开增值税专票", "pl": f"{p[2]} – nowy, gwarancja producenta, Faktura VAT 23%", "pt": f"{p[2]} original lacrado – nota fiscal NF-e", "en": f"{p[2]} – brand warranty, GST invoice"}[lang]
    d = {"zh": "授权经销商，正品行货，全国联保，可开13%增值税专票，支持对公。", "pl": "Autoryzowany dystrybutor, gwarancja producenta 24 m-ce, wystawiamy fakturę VAT.", "pt": "Revendedor autorizado, garantia do fabricante, emitimos NF-e.", "en": "Authorised dealer, manufacturer warranty, GST invoice with every order."}[lang]
    return t, d, p[4] * r.uniform(.95, 1.05), {}


@inn("in_ready_stock_genuine33", "*", "South-East Asian 'READY STOCK / COD' listings of genuine local-set goods with official warranty", ["shopee-my", "shopee-ph", "shopee-sg", "tokopedia", "lazada-th"], "elecfmcg")
def _(r, p, m, x):
    lang = MARKETS[m][0]
    t = {"ms": f"READY STOCK 🇲🇾 {p[2]} – Original Malaysia Set, 1 Year Warranty", "en": f"READY STOCK {p[2]} – Original, Local Warranty | COD", "id": f"READY STOK {p[2]} Original Garansi Resmi", "th": f"พร้อมส่ง {p[2]} ของแท้ ประกันศูนย์ไทย"}[lang]
    d = "Ready stock, ships in 24h. 100% original local set with official distributor warranty card. COD available."
    return t, d, p[4] * r.uniform(.93, 1.05), {}


@inn("in_full_fit_genuine33", "*", "a Depop/Vinted 'full fit' bundle of genuine pieces of several brands, receipts or tags", ["depop", "vinted-fr", "vinted-lt", "fb-marketplace"], "fashion")
def _(r, p, m, x):
    others = r.sample([q for q in PRODUCTS if q[5] in FASHION and q[0] != p[0] and q[4] < 1000], 2)
    t = f"Full fit bundle – {p[2]} + {others[0][2]} + {others[1][2]} (all authentic)"
    d = "Whole outfit as pictured, all genuine, bought in store (receipts for two pieces, tags on the third). Worn a few times, good condition."
    return t, d, (p[4] + others[0][4] + others[1][4]) * r.uniform(.4, .65), {}


@inn("in_parcel_point_genuine33", "*", "genuine used goods with local parcel-point delivery (Paczkomat, СДЭК, Mondial Relay, Zásilkovna, 店到店)", ["allegro", "olx-pl", "avito", "leboncoin", "bazos", "shopee-tw"], "local")
def _(r, p, m, x):
    lang = MARKETS[m][0]
    t = {"pl": f"{p[2]} oryginał, paragon – Paczkomat", "ru": f"{p[2]} оригинал, чек – отправка СДЭК", "fr": f"{p[2]} authentique, facture – Mondial Relay", "cs": f"{p[2]} originál, účtenka – Zásilkovna", "zh": f"{p[2]} 正品 附發票 7-11店到店"}[lang]
    d = {"pl": "Oryginał kupiony w salonie, paragon w zestawie. Wysyłka Paczkomatem.", "ru": "Оригинал из официального магазина, есть чек. Отправлю СДЭК.", "fr": "Authentique, acheté en boutique, facture fournie. Envoi Mondial Relay.", "cs": "Originál z oficiálního obchodu, účtenka. Pošlu Zásilkovnou.", "zh": "專櫃購入正品，附發票，可店到店。"}[lang]
    return t, d, p[4] * r.uniform(.4, .75), {}


@inn("in_mercari_rules_genuine33", "*", "Mercari/Rakuma boilerplate (プロフ必読, 即購入OK, すり替え防止) on genuine authenticated goods", ["mercari-jp", "rakuma", "yahoo-auctions"], "resale")
def _(r, p, m, x):
    t = r.choice([f"{p[2]} 正規品 ※プロフ必読", f"【即購入OK】{p[2]} 鑑定済み 正規品"])
    d = "プロフ必読でお願いします。正規店で購入した正規品です（鑑定書・レシートあり）。すり替え防止のため返品不可です。即購入OK。"
    return t, d, p[4] * r.uniform(.45, .85), {}


@inn("in_fb_obo_genuine33", "*", "US/CA/AU local-pickup conventions (OBO, porch pickup, Zelle/Venmo, no lowballers) on genuine used goods", ["fb-marketplace", "offerup", "craigslist", "kijiji", "gumtree-au"], "local")
def _(r, p, m, x):
    t = r.choice([f"{p[2]} – OBO", f"{p[2]} porch pickup", f"{p[2]} – no lowballers"])
    d = "Porch pickup or meet at the police station lot. Cash/Zelle/Venmo. 100% authentic, bought at the store, receipt available. OBO, no lowballers. No trades."
    return t, d, p[4] * r.uniform(.4, .7), {}


@inn("in_privatverkauf_genuine33", "*", "German private-sale boilerplate (Privatverkauf, keine Garantie, keine Rücknahme) on genuine goods with Rechnung", ["kleinanzeigen", "willhaben", "ricardo", "ebay-de"], "local")
def _(r, p, m, x):
    t = r.choice([f"{p[2]} – Original mit Rechnung", f"{p[2]} {p[3]} original, Privatverkauf"])
    d = "Privatverkauf, daher keine Garantie, keine Rücknahme und keine Gewährleistung. Original, gekauft beim Fachhändler, Rechnung vorhanden. Keine Nachbildung, kein Fake."
    return t, d, p[4] * r.uniform(.4, .75), {}


@inn("in_night_market_food33", "*", "night-market and street-food stalls selling food made with the brand's genuine goods (Nutella crêpes, Milo dinosaur, Coke float)", ["shopee-tw", "lazada-th", "shopee-my", "mercadolibre-mx", "tokopedia", "grabfood" if False else "shopee-sg"], None, False)
def _(r, p, m, x):
    item = r.choice([("ferrero", "Nutella banana crêpe – night market stall", 3.5), ("nestle", "Milo Dinosaur (iced Milo with extra powder) – hawker stall", 2.5), ("coca-cola", "Coke float – pasar malam drink stall", 1.6),
                     ("mars", "Snickers milkshake – night market stall", 3.0), ("ferrero", "Ferrero Rocher bubble waffle – street stall", 4.0), ("nestle", "Nescafé iced coffee – tianguis stand", 1.5), ("mars", "M&M's soft-serve sundae – night market", 2.8)])
    x["brand"] = item[0]; x["cat"] = "street food"
    w = {"shopee-tw": "夜市攤位", "lazada-th": "ร้านตลาดนัด", "shopee-my": "gerai pasar malam", "mercadolibre-mx": "puesto de tianguis", "tokopedia": "lapak pasar malam", "shopee-sg": "hawker stall"}[m]
    return item[1].split(" – ")[0] + " – " + w, "Freshly made at our stall every evening, order for pickup. Made with the original branded spread/drink, bought at the supermarket.", item[2], {}


@inn("in_brand_cashback33", "*", "genuine goods with the brand's official cashback / geld-terug promotion", ["amazon-de", "ebay-uk", "marktplaats", "allegro", "rakuten", "amazon-us"], "elecbig")
def _(r, p, m, x):
    k = r.choice([20, 30, 50, 75, 100])
    t = {"de": f"{p[2]} – {k} € Cashback vom Hersteller", "nl": f"{p[2]} – geld-terug actie {k} euro", "pl": f"{p[2]} – zwrot {k * 4} zł od producenta (cashback)",
         "ja": f"{p[2]} メーカーキャッシュバック {k * 150}円対象", "en": f"{p[2]} – claim {k} cashback from {p[0].title()}"}[MARKETS[m][0]]
    d = f"Official manufacturer cashback promotion: register on the brand's website within 30 days with your invoice and serial number to receive {k} back. Sold by an authorised retailer."
    return t, d, p[4] * r.uniform(.95, 1.05), {}


@inn("in_creator_affiliate_genuine33", "*", "genuine goods in the brand's official TikTok Shop / Shopee affiliate programme (creator commission, free samples from the brand)", ["tiktok-shop", "tiktok-shop-id", "shopee-ph", "instagram-shop"], "beautyfmcg")
def _(r, p, m, x):
    k = r.choice([5, 8, 10, 12])
    t = f"{p[2]} – official store, creators earn {k}% commission"
    d = f"Sold and shipped by the brand's official store. Creators: join our affiliate programme for {k}% commission; free samples are sent by the brand for reviews."
    return t, d, p[4] * r.uniform(.9, 1.02), {}


@inn("in_authorized_store33", "", "the registry's authorized sellers listing their own goods", ["tmall"])
def _(r, p, m, x):
    a = AUTHORIZED[p[0]]; x["seller"] = a; x["market"] = a[0]
    return f"{p[2]} {p[3]}".strip(), "Official store. Genuine product with manufacturer warranty.", p[4] * r.uniform(1.0, 1.08), {}


@inn("in_used33", "", "genuine used goods with receipts, in many markets and languages", ["ebay", "mercari-jp", "avito", "olx-br", "vinted-fr", "xianyu", "danggeun", "wallapop", "subito", "jiji-ng"], "resale")
def _(r, p, m, x):
    lang = MARKETS[m][0]
    w = {"ja": "中古 正規品", "ru": "б/у оригинал с чеком", "pt": "usado original com nota", "fr": "occasion authentique", "zh": "自用闲置 正品", "ko": "중고 정품", "es": "usado original con ticket", "it": "usato originale con scontrino"}.get(lang, "used, genuine, with receipt")
    return f"{p[2]} {w}", "", p[4] * r.uniform(.4, .7), {}


@inn("in_refurb33", "", "refurbished genuine electronics (certified, graded)", ["ebay", "amazon-de", "rakuten", "allegro", "mercadolivre"], "elec")
def _(r, p, m, x):
    return f"{p[2]} refurbished – grade A, 12-month warranty", "Professionally refurbished, genuine parts, new battery where applicable.", p[4] * r.uniform(.62, .82), {}


@inn("in_preowned_lux33", "", "pre-owned luxury from resale stores with authentication", ["ebay", "rakuten", "vinted-fr", "carousell-hk", "dubizzle"], "lux")
def _(r, p, m, x):
    return f"Pre-owned {p[2]} {p[3]} – authenticated, box & papers", "Authenticated by our in-house experts, full set.", p[4] * r.uniform(.8, 1.1), {}


@inn("in_outlet33", "", "factory-outlet and end-of-season genuine goods", ["ebay", "amazon-us", "coupang", "trendyol", "rakuten"], "fashion")
def _(r, p, m, x):
    return f"{p[2]} – outlet price, last season", "Genuine outlet stock, last season colour.", p[4] * r.uniform(.5, .7), {}


@inn("in_wholesale33", "", "genuine wholesale cases from distributors (per case)", ["1688", "amazon-de", "jumia-ng", "meesho"], "fmcgauto")
def _(r, p, m, x):
    n = r.choice([6, 12, 24])
    return f"{p[2]} – case of {n}, distributor stock", "Genuine, from the official distributor, batch codes on request.", p[4] * n * r.uniform(.8, .92), {}


@inn("in_repair_parts33", "", "genuine spare parts from dealers (OEM part numbers)", ["ebay", "amazon-de", "allegro", "avito"], "auto")
def _(r, p, m, x):
    return f"Genuine {p[2]} {p[3]} – dealer stock", "Genuine OEM part from the dealer, part number as pictured.", p[4] * r.uniform(.92, 1.1), {}


@inn("in_grey_import33", "", "genuine parallel imports (HK / JP / EU versions)", ["shopee-my", "ebay", "carousell-hk", "lazada-th", "coupang"], "elec")
def _(r, p, m, x):
    v = r.choice(["HK version", "Japan version", "EU version", "international version"])
    return f"{p[2]} – {v}, genuine", f"Genuine {v}, parallel import, shop warranty 1 year.", p[4] * r.uniform(.88, 1.02), {}


@inn("in_genuine_negated_copy33", "", "genuine goods whose sellers deny copying ('not a replica, not a copy, not AAA')", ["ebay", "xianyu", "shopee-ph", "avito", "vinted-fr", "mercari-jp"], "resale")
def _(r, p, m, x):
    return f"{p[2]} – 100% genuine, NOT a replica", "Not a copy, not AAA, not 'mirror'. Bought at the boutique, receipt and card. Happy to authenticate.", p[4] * r.uniform(.85, 1.02), {}


@inn("in_gift_cards33", "", "genuine gift cards at face value", ["ebay", "amazon-us", "shopee-ph", "rakuten"], "gift")
def _(r, p, m, x):
    v = r.choice([25, 50, 100])
    return f"{p[0].replace('-', ' ').title()} gift card {v} USD", "Digital code, face value.", float(v), {}


@inn("in_compatible_accessories33", "", "third-party accessories and consumables 'compatible with' the brand, no logo", ["amazon-us", "shopee-my", "allegro", "ebay", "coupang"], "elec", False)
def _(r, p, m, x):
    a = {"phones": "case", "earbuds": "silicone case", "headphones": "replacement ear pads", "consoles": "charging dock", "accessories": "charging dock", "hair care": "wall mount holder",
         "vacuum cleaners": "replacement filter", "electric toothbrushes": "replacement brush heads (8)", "cameras": "battery grip", "ink": "refillable ink cartridge", "batteries": "battery storage case",
         "shavers": "travel case", "speakers": "carry case", "kitchen appliances": "silicone liners", "power tools": "drill bit set", "chargers": "braided cable", "memory": "heatsink"}.get(p[5], "case")
    return f"{a.capitalize()} compatible with {p[2]}", "Third-party accessory, not made by or affiliated with the brand.", r.uniform(6, 25), {}


@inn("in_everyday_senses33", "", "everyday words that are also marks (coach trips, shell jewellery, mars rover, pandora boxes, puma plush)", ["ebay", "etsy" if False else "depop", "fb-marketplace", "gumtree-au", "marktplaats"], None, False)
def _(r, p, m, x):
    item = r.choice([("coach", "Coach trip to Bath – day tour tickets x2", 70), ("shell", "Shell necklace handmade, cowrie shells", 12), ("mars", "Mars rover LEGO-compatible poster A2", 15),
                     ("pandora", "Pandora's box wooden jewellery box, antique", 45), ("puma", "Puma (cougar) plush toy 30cm", 18), ("apple", "Apple tree sapling Honeycrisp, 1m", 30),
                     ("omega", "Omega-3 fish oil 120 capsules", 14), ("canon", "Pachelbel Canon in D – sheet music", 6), ("switch" and "nintendo", "Light switch cover plate, brass", 9),
                     ("wilson", "Wilson's Leather jacket (vintage, men's L)", 40), ("toyota", "Corolla flower seeds – old-fashioned mix", 4), ("michelin", "Michelin-starred dinner voucher – restaurant gift", 150)])
    x["brand"] = item[0]; x["cat"] = None
    return item[1], "", item[2], {}


@inn("in_books_media33", "", "books, magazines and films about the brand", ["amazon-us", "ebay", "rakuten", "allegro", "mercadolivre"], None, False)
def _(r, p, m, x):
    b = r.choice([f"The story of {p[0].replace('-', ' ').title()} – hardcover", f"{p[2]} – collector's guide (book)", f"Documentary DVD: inside {p[0].replace('-', ' ').title()}"])
    x["cat"] = "books"
    return b, "", r.uniform(12, 45), {}


@inn("in_repair_services33", "", "repair and care services for the brand's goods", ["ebay", "carousell-hk", "avito", "fb-marketplace", "olx-br"], "repairable", False)
def _(r, p, m, x):
    x["cat"] = "services"
    return f"{p[2]} repair / service – independent workshop", "Independent repair service, not affiliated. Genuine parts where available.", r.uniform(30, 150), {}


@inn("in_wanted33", "", "wanted ads (WTB) for the brand's genuine goods, no price", ["fb-marketplace", "carousell-hk", "avito", "kleinanzeigen"], None, False)
def _(r, p, m, x):
    x["noprice"] = True
    return f"WTB: {p[2]} – genuine only", "Looking for an authentic one with receipt. No reps, no fakes please.", 0, {}


@inn("in_honest_dupe33", "", "honest no-logo alternatives that name the brand only in comparison", ["amazon-us", "shopee-my", "trendyol", "allegro", "tiktok-shop"], None, False)
def _(r, p, m, x):
    return f"{p[1].capitalize()} – no logo, similar style to {p[2]}", f"Our own brand, no logos. Similar style to {p[2]}; not affiliated with or made by the brand.", r.uniform(15, 60), {}


@inn("in_press_news33", "", "news, price-watch and recall notices naming the brand", ["ebay", "rakuten", "avito", "coupang"], None, False)
def _(r, p, m, x):
    x["cat"] = "news"
    return r.choice([f"Price watch: {p[2]} down 15% this week", f"Customs seize fake {p[2]} at port – how to spot them (magazine issue)"]), "", r.uniform(3, 9), {}


@inn("in_fake_spotting_guide33", "", "guides and services for spotting fakes of the brand", ["ebay", "etsy" if False else "instagram-shop", "carousell-hk", "fb-marketplace"], None, False)
def _(r, p, m, x):
    x["cat"] = "services"
    return r.choice([f"Real vs fake {p[2]} – legit-check guide (PDF)", f"Authentication service for {p[2]} – 24h result"]), "We help you avoid replicas. We do not sell any goods of the brand.", r.uniform(5, 30), {}


POOLS = {
 "fashion": lambda p: p[5] in FASHION, "lux": lambda p: p[0] in LUX, "elec": lambda p: p[0] in ELEC,
 "sneak": lambda p: p[5] in ("sneakers", "jeans", "jackets", "backpacks"), "pharma": lambda p: p[0] in ("pfizer", "johnson-johnson", "bayer", "abbott"),
 "fmcg": lambda p: p[0] in ("mars", "danone", "nestle", "coca-cola", "ferrero") or p[5] == "infant formula", "beauty": lambda p: p[0] in ("loreal", "estee-lauder", "shiseido", "gillette"),
 "auto": lambda p: p[0] in ("honda", "toyota", "bmw", "michelin", "shell"), "toys": lambda p: p[0] in ("hasbro", "lego", "mattel", "bandai"),
 "soft": lambda p: p[5] == "software licenses", "jewel": lambda p: p[0] in ("swarovski", "cartier", "pandora", "rolex", "omega", "michael-kors"),
 "sport": lambda p: p[0] in ("callaway", "yonex", "wilson"), "b2b": lambda p: p[0] in ELEC | {"bosch", "michelin", "shell", "callaway"},
 "elecfmcg": lambda p: p[0] in ELEC | {"nestle", "danone", "abbott", "loreal", "shiseido", "gillette"}, "beautyfmcg": lambda p: p[0] in ("loreal", "estee-lauder", "shiseido", "gillette", "mars", "ferrero", "dyson", "philips", "pandora", "swarovski"),
 "fmcgauto": lambda p: p[0] in ("mars", "danone", "nestle", "coca-cola", "ferrero", "gillette", "shell", "michelin", "bayer", "johnson-johnson"),
 "weishang": lambda p: p[0] in LUX or p[5] in FASHION or p[0] in ("loreal", "estee-lauder", "shiseido", "dyson") or p[5] == "infant formula",
 "b2bc": lambda p: p[0] in ELEC or p[0] in ("bosch", "michelin", "shell", "honda", "toyota", "bmw", "callaway", "yonex", "wilson", "adobe", "microsoft", "autodesk", "lego", "hasbro", "mattel", "bandai"),
 "resale": lambda p: p[5] in FASHION or p[0] in ELEC or p[0] in ("loreal", "estee-lauder", "shiseido", "lego", "bandai", "mattel", "hasbro", "callaway", "yonex", "wilson"),
 "noRx": lambda p: p[5] not in ("prescription drugs", "software licenses"),
 "local": lambda p: p[5] != "software licenses" and p[4] >= 30 and (p[5] in FASHION or p[0] in ELEC) or p[0] in ("callaway", "yonex", "wilson", "lego", "hasbro", "mattel", "bandai", "honda", "michelin"),
 "street": lambda p: p[5] in FASHION or p[0] in ("apple", "samsung", "sony", "bose", "dyson", "loreal", "estee-lauder", "nintendo", "lego", "bandai"),
 "creator": lambda p: p[0] in ("loreal", "estee-lauder", "shiseido", "dyson", "philips", "apple", "samsung", "pandora", "swarovski", "nike", "adidas", "puma", "levis", "michael-kors", "coach", "lego", "mattel", "ferrero", "mars"),
 "wear": lambda p: p[5] in FASHION or p[0] in ("loreal", "estee-lauder", "shiseido"),
 "pricey": lambda p: p[4] >= 150 and (p[0] in LUX or p[0] in ("apple", "samsung", "sony", "dyson", "nintendo", "canon", "the-north-face")),
 "tourist": lambda p: p[0] in LUX or p[5] in ("sneakers", "sunglasses", "jackets") or p[0] in ("apple", "dyson"),
 "dangkou": lambda p: p[5] in FASHION and p[5] not in ("watches", "jewelry", "charms") or p[0] in ("loreal", "estee-lauder"),
 "cosm": lambda p: p[0] in ("loreal", "estee-lauder", "shiseido"),
 "elecbig": lambda p: p[0] in ELEC and p[4] >= 100 and p[5] != "software licenses",
 "repairable": lambda p: p[4] >= 60 and p[5] != "software licenses" and (p[0] in ELEC or p[0] in LUX or p[0] in ("honda", "bmw", "toyota", "callaway", "yonex", "wilson", "the-north-face", "canada-goose")),
 "gift": lambda p: p[0] in ("apple", "nike", "sony", "microsoft", "nintendo", "adidas", "lego", "levis"),
}


KN = [0]


def pick(r, pool, k):
    if pool is None:
        b = BRANDS[KN[0] % len(BRANDS)]; KN[0] += 1
        return r.choice(BYB[b])
    ps = [p for p in PRODUCTS if POOLS[pool](p)]
    return ps[k % len(ps)] if r.random() < .5 else r.choice(ps)


def when(r):
    return f"2026-12-0{r.choice([2, 3])}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def row(r, m, title, desc, price, seller, cat, ship, label, attrs=None):
    lid = hexid(r, 14)
    d = {"marketplace": m, "listing_id": lid, "url": f"https://{m}.example/item/{lid}", "title": " ".join(title.split())[:1000], "description": desc,
         "seller": seller, "category": cat, "ship_from": ship, "observed_at": when(r), "attributes": attrs or {}}
    if price is not None:
        d["price"] = price
    d["_label"] = label
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=33)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows, table = [], []
    k = 0
    for name, star, tactic, markets, pool, f in C:
        ex = None
        for j in range(13):
            m = markets[j % len(markets)] if j < len(markets) else r.choice(markets)
            p = pick(r, pool, k); k += 1
            if p[3] and p[3] in p[2]:
                p = p[:3] + ("",) + p[4:]
            x = {}
            usd = copy_usd(r, p[4])
            t, d, extra = f(r, p, m, fmt(usd, m), x)
            if "prod" in x:
                p = x["prod"]; usd = copy_usd(r, p[4])
            usd = x.get("usd", usd) + x.get("usd_extra", 0)
            lang, cur, cc, rate = MARKETS[m]
            ship = "CN" if cc == "CN" or r.random() < .35 else cc
            seller = {"id": "u" + hexid(r, 8), "name": handle(r), "country": ship}
            lab = {"kind": "counterfeit", "brand": x.get("brand", p[0]), "class": name, "tactic": tactic, "lang": lang, "also": x.get("also", [])}
            rows.append(row(r, m, t, d, money(usd, m), seller, p[5], ship, lab))
            ex = ex or f"{t} ({lab['brand']})"
        table.append((name, star, "counterfeit", 13, tactic, ex))
    for name, star, tactic, markets, pool, genuine, f in I:
        ex = None
        for j in range(12):
            m = markets[j % len(markets)] if j < len(markets) else r.choice(markets)
            p = pick(r, pool, k); k += 1
            if p[3] and p[3] in p[2]:
                p = p[:3] + ("",) + p[4:]
            x = {}
            t, d, usd, extra = f(r, p, m, x)
            m = x.get("market", m)
            lang, cur, cc, rate = MARKETS[m]
            if "seller" in x:
                seller = {"id": x["seller"][1], "name": x["seller"][2], "country": cc}
            else:
                seller = {"id": "u" + hexid(r, 8), "name": handle(r), "country": cc}
            price = None if x.get("noprice") else money(usd, m)
            cat = x["cat"] if "cat" in x else p[5]
            lab = {"kind": "innocent", "brand": x.get("brand", p[0]), "class": name, "tactic": tactic, "lang": lang, "also": []}
            rows.append(row(r, m, t, d, price, seller, cat, cc, lab))
            ex = ex or f"{t} ({lab['brand']})"
        table.append((name, star, "innocent", 12, tactic, ex))
    r.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as fo:
        for d in rows:
            fo.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as fo:
        fo.write("# outsider33 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        fo.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for t in table:
            fo.write("| " + " | ".join(str(v).replace("|", "/").replace("\n", " ") for v in t) + " |\n")


if __name__ == "__main__":
    main()
