"""The adversary's frame classes (traps): listings that name a brand inside a frame that sells nothing of its goods,
in the languages the matcher covers, and the counterfeits that borrow the same frames.

A frame says what the listing is: a buyer's wanted post (WTB, 收, 求购, 구합니다, 買取, Suche, Compro; the marker at
the start, in brackets, or at the end where Korean and Japanese put the verb), a service done on the brand's goods
(repair, authentication, restoration, rental, fitting, lessons, cleaning), a cue word in its trade sense (an official
replica jersey, AAA batteries, a 1:18 replica, grade A produce, an OEM part), a store brand's retail "compare to
<brand>" statement, a post that is no sale of goods (a job, a room, a lost or found item, a raffle), a guide to
telling fakes from the real thing, a food made with the brand's product. Written from general knowledge of how such
listings are worded on eBay, Craigslist, Reddit's WTB/WTS tags, Xianyu (闲鱼: 收, 求购), Mercari and Japanese 買取
shops, Danggeun (당근: 구합니다, 삽니다), Kleinanzeigen (Suche), Wallapop and Mercado Libre (Compro, Busco), Avito
(Куплю, Ищу), and store-brand packaging ("Compare to the ingredients of ..."); nothing here is taken from the
matcher or from a held-out set.

Every frame has its counter-class: the same frame with a claim of a copy must alert (WTS with 1:1, "compare to
<brand>, same factory", a "repair service" that ships a replica, "AAA quality" on the brand's own goods).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _plain_mark

TRAPS = {
    "trap_wanted_anywhere": "a buyer's wanted post in 16 languages, the marker at the start, in brackets or at the end "
                            "(WTB, 收, 求购, 구합니다, 買取, Suche, Compro, Куплю, Szukam, Aranıyor, Cần mua)",
    "trap_service_object": "a service done on the brand's goods: repair, servicing, restoration, cleaning, fitting, "
                           "restringing, engraving, lessons, rental, in 10 languages",
    "trap_trade_sense_word": "a counterfeit cue word in its trade sense beside the brand: AAA batteries for its remote, "
                             "a 1:18 replica, an OEM part number it replaces, grade A produce, in several languages",
    "trap_store_brand": "a store brand's own product with the retail 'compare to <brand>' statement and disclaimer, "
                        "in 8 languages, priced as a store brand",
    "trap_no_goods_post": "a job, a room, a lost or found item, a raffle or giveaway naming the brand: nothing sold as it",
    "trap_fake_guide": "guides and services about telling counterfeits from the real thing (real vs fake, legit check)",
    "trap_ingredient_food": "a food made with the brand's product, the brand before or after the dish, in 7 languages",
    "trap_rival_offer": "another brand's product offered in the brand's place: a <brand> killer, the budget <brand>, "
                        "instead of, for fans of, en lugar de, вместо, の代わりに, 替代",
}
EVASIONS = {
    "frame_wts_copy": "a seller's post in the buyer's frame's words (WTS, 出, 팝니다, Verkaufe, Vendo) with a copy claim",
    "frame_compare_copy": "'compare to <brand>' or 'alternative to' that claims identity (same factory, 1:1, with logo)",
    "frame_service_copy": "a 'service', 'rental' or 'raffle' listing that ships the brand's product as a copy or far "
                          "below its floor",
    "frame_trade_word_copy": "the trade-sense words on the brand's own goods as a copy claim (grade A replica, OEM "
                             "factory 1:1, AAA quality, replica not a scale model)",
}

# ------------------------------------------------------------------ products in other languages

_ZH_FAR = {"ja", "ko", "ru", "tr", "pl", "nl", "vi", "id", "th", "ar"}


def _product_in(lang: str, b: BrandView, s: Scene, cat: str) -> str:
    if lang == "zh":
        return s.product_zh(cat)
    if lang in context.FOREIGN_PRODUCTS and cat in context.FOREIGN_PRODUCTS[lang] and s.rng.random() < 0.7:
        return context.FOREIGN_PRODUCTS[lang][cat]
    named = [m.name.split("(")[0].strip() for m in b.models if m.name]
    if named and s.rng.random() < 0.5:
        return s.rng.choice(named)
    return s.product(cat)


def _generic_product(lang: str, s: Scene, cat: str) -> str:
    """What another firm sells in the category, named generically in the language (no model name of the brand)."""
    return context.FOREIGN_PRODUCTS.get(lang, {}).get(cat) or (
        s.product_zh(cat) if lang == "zh" else context.PRODUCTS.get(cat, ([cat], "", 50))[0][0])


def _mark_in(lang: str, b: BrandView, s: Scene) -> str:
    if lang in ("zh", "ja") and b.cjk and s.rng.random() < 0.6:
        return s.rng.choice(b.cjk).value
    return _plain_mark(b, s)


# ------------------------------------------------------------------ wanted posts

# (language, template): {m} mark, {p} product
WANTED = [
    ("en", "WTB {m} {p}"), ("en", "[WTB] {m} {p}, paying cash"), ("en", "{m} {p} - WTB, local pickup"),
    ("en", "{m} {p} wanted"), ("en", "Want to buy: {m} {p}"), ("en", "Looking to buy {m} {p}, any condition"),
    ("en", "{m} {p} — looking for one, budget flexible"), ("en", "ISO: {m} {p}"), ("en", "Buying your {m} {p}, cash paid"),
    ("en", "(WTB) {m} {p} size M"), ("en", "WTB/ISO {m} {p}"), ("en", "Wanted!! {m} {p}"),
    ("de", "Suche {m} {p}"), ("de", "{m} {p} gesucht"), ("de", "Kaufe {m} {p}, zahle bar"), ("de", "[Suche] {m} {p}"),
    ("es", "Compro {m} {p}"), ("es", "Busco {m} {p} en buen estado"), ("es", "{m} {p} - compro al contado"),
    ("pt", "Compro {m} {p}"), ("pt", "Procuro {m} {p}"), ("fr", "Recherche {m} {p}"), ("fr", "Achète {m} {p}"),
    ("fr", "Je cherche {m} {p}"), ("it", "Cerco {m} {p}"), ("it", "Compro {m} {p} usato"), ("nl", "Gezocht: {m} {p}"),
    ("nl", "Zoek {m} {p}"), ("pl", "Kupię {m} {p}"), ("pl", "Szukam {m} {p}"), ("ru", "Куплю {m} {p}"),
    ("ru", "Ищу {m} {p}"), ("ru", "{m} {p} куплю"), ("tr", "{m} {p} aranıyor"), ("tr", "{m} {p} alınır"),
    ("zh", "收 {m} {p}"), ("zh", "求购 {m} {p}"), ("zh", "{m} {p} 求购"), ("zh", "高价回收 {m} {p}"), ("zh", "{m}{p} 回收"),
    ("zh", "收一个{m} {p}"), ("ja", "{m} {p} 買取"), ("ja", "{m} {p} 高価買取"), ("ja", "【買取】{m} {p}"),
    ("ja", "{m} {p} 探しています"), ("ja", "{m} {p} 買います"), ("ko", "{m} {p} 구합니다"), ("ko", "{m} {p} 삽니다"),
    ("ko", "{m} {p} 매입합니다"), ("ko", "[구매] {m} {p}"), ("vi", "Cần mua {m} {p}"), ("vi", "Thu mua {m} {p}"),
    ("zh", "【收】{m} {p}"), ("zh", "{m} {p} 收"), ("zh", "誠收 {m} {p}"), ("zh", "長期收購 {m} {p}"), ("zh", "徵 {m} {p}"),
    ("de", "Ankauf {m} {p}"), ("en", "LF {m} {p}"), ("en", "Cash for your {m} {p}"), ("ko", "[구매] {m} {p}"),
    ("ko", "{m} {p} 구해요"), ("ja", "{m} {p} 買い取り致します"), ("es", "Se compra {m} {p}"),
    ("id", "Dicari {m} {p}"), ("id", "Cari {m} {p}, bekas ok"), ("th", "รับซื้อ {m} {p}"), ("ar", "مطلوب {m} {p}"),
    ("tr", "{m} {p} arıyorum, orijinal"), ("tr", "{m} {p} satın alırım"), ("ja", "【求む】{m} {p}"),
    ("ja", "{m} {p} 譲ってください"),
]
WANTED_DESCRIPTIONS = ["", "Message me with what you have.", "Paying fair price, serious sellers only.",
                       "Only buying, not selling.", "联系我", "ご連絡ください", "연락주세요", "Schreibt mir.", "Escríbeme.",
                       "Authentic only, no fakes or replicas please.", "No reps, no fakes.", "不要高仿，只收正品",
                       "偽物不可", "가품 사절", "Keine Fälschungen!", "Nada de réplicas.", "Без подделок."]


def make_wanted_anywhere(b: BrandView, s: Scene) -> Draft:
    lang, shape = s.rng.choice(WANTED)
    cat = s.category()
    title = shape.format(m=_mark_in(lang, b, s), p=_product_in(lang, b, s, cat))
    price = s.rng.choice([None, (0.0, "USD"), (1.0, "USD"), s.price(cat)])
    return Draft(title, s.rng.choice([cat, "wanted", None]), price, s.rng.choice(WANTED_DESCRIPTIONS))


# ------------------------------------------------------------------ services on the brand's goods

SERVICES = [
    ("en", "{m} {p} repair"), ("en", "{m} {p} repair service, 7-day turnaround"), ("en", "Professional {m} {p} servicing"),
    ("en", "{m} {p} full service and polish"), ("en", "{m} {p} restoration"), ("en", "{m} {p} deep cleaning service"),
    ("en", "{m} {p} battery replacement service"), ("en", "{m} {p} zipper repair"), ("en", "{m} {p} custom fitting session"),
    ("en", "{m} {p} restringing service"), ("en", "{m} {p} engraving service"), ("en", "{m} {p} resizing service"),
    ("en", "{m} {p} alterations and hemming"), ("en", "Rent the {m} {p}, per day"), ("en", "{m} {p} hire - weekend rate"),
    ("en", "Private lessons with the {m} {p}, 1 hour"), ("en", "{m} {p} installation service"),
    ("en", "We fix {m} {p}: screen, battery, water damage"), ("en", "{m} {p} authentication service"),
    ("en", "{m} {p} re-edging and leather restoration"), ("en", "Mobile {m} {p} detailing"),
    ("de", "{m} {p} Reparatur"), ("de", "Reparatur von {m} {p}, schnell"), ("de", "{m} {p} Wartung und Service"),
    ("es", "Reparación de {m} {p}"), ("es", "{m} {p} servicio técnico"), ("es", "Alquiler de {m} {p} por día"),
    ("fr", "Réparation {m} {p}"), ("fr", "Révision complète {m} {p}"), ("it", "Riparazione {m} {p}"),
    ("pt", "Conserto de {m} {p}"), ("pt", "Assistência técnica {m} {p}"), ("ru", "Ремонт {m} {p}"),
    ("ru", "Чистка и обслуживание {m} {p}"), ("tr", "{m} {p} tamiri"), ("tr", "{m} {p} teknik servis"),
    ("zh", "{m} {p} 维修"), ("zh", "专业维修 {m} {p}"), ("zh", "{m}{p} 保养 翻新"), ("zh", "{m} {p} 清洗服务"),
    ("ja", "{m} {p} 修理"), ("ja", "{m} {p} オーバーホール"), ("ja", "{m} {p} クリーニング"), ("ko", "{m} {p} 수리"),
    ("ko", "{m} {p} 수선"), ("vi", "Sửa chữa {m} {p}"), ("id", "Servis {m} {p}"),
    ("en", "Kids workshop with {m} {p}, Saturday mornings"), ("en", "{m} {p} demo day, free entry"),
    ("en", "Moving service with our {m} van"), ("en", "Wedding DJ package, {m} sound system"),
    ("en", "Coaching session, {m} {p} provided"), ("en", "Party package: {m} {p} for 10 kids"),
]


def make_service_object(b: BrandView, s: Scene) -> Draft:
    lang, shape = s.rng.choice(SERVICES)
    cat = s.category()
    title = shape.format(m=_mark_in(lang, b, s), p=_product_in(lang, b, s, cat))
    return Draft(title, s.rng.choice([cat, "services", "repair services", None]), (round(s.rng.uniform(15, 250), 2), "USD"),
                 s.rng.choice(["", "Bring your own item. We do not sell products.", "Drop off at our shop.",
                               "We do not service replicas.", "No fakes accepted.",
                               "Mail-in service, insured return.", "报价请咨询", "お見積り無料"]))


# ------------------------------------------------------------------ cue words in their trade sense

# kind of goods -> (language, template); a brand gets the templates of the kinds it sells
TRADE_SENSE = {
    "remote": [("en", "Remote control for {m} {p}, takes 2 AAA batteries"), ("en", "AAA batteries 8 pack for {m} {p} remote"),
               ("de", "Fernbedienung für {m} {p}, AAA Batterien"), ("es", "Mando para {m} {p}, pilas AAA incluidas"),
               ("fr", "Télécommande pour {m} {p}, piles AAA"), ("zh", "{m} {p} 遥控器 用7号AAA电池"),
               ("ja", "{m} {p} 対応 リモコン 単4 AAA電池")],
    "vehicle": [("en", "{m} {p} 1:18 scale replica, die-cast"), ("en", "1:24 replica of the {m} {p}, display piece"),
                ("en", "OEM part number cross reference: fits {m} {p}"), ("en", "Replacement filter, OEM part no. for {m} {p}"),
                ("de", "{m} {p} Modell 1:18, Replik aus Druckguss"), ("es", "Réplica a escala 1:43 del {m} {p}"),
                ("fr", "Réplique 1:18 {m} {p}, miniature"), ("zh", "{m} {p} 1:18 合金车模"), ("ja", "{m} {p} 1/18 レプリカ ミニカー")],
    "food": [("en", "Grade A free-range eggs, 12, baked into our {m} brownies"), ("en", "Grade A maple syrup, great on {m} pancakes"),
             ("en", "Grade A butter cookies, homemade, {m} filling")],
    "apparel": [("en", "Display case for a {m} replica jersey"), ("en", "Replica jersey display frame, fits {m} shirts"),
                ("en", "Shadow box frame for a signed {m} replica jersey")],
    "appliance": [("en", "Replacement filter, OEM part no. for {m} {p}"), ("en", "OEM part cross reference: fits {m} {p}"),
                  ("de", "Ersatzfilter, OEM Teilenummer, passend für {m} {p}")],
}
_KINDS = {"remote": {"headphones", "speakers", "soundbars", "tvs", "televisions", "cameras", "consoles", "air purifiers"},
          "vehicle": {"auto parts", "motorcycles", "cars", "generators", "tires", "motor oil"},
          "food": {"chocolate", "confectionery", "spreads", "coffee", "dairy"},
          "apparel": {"sportswear", "sneakers", "football", "basketballs"},
          "appliance": {"vacuum cleaners", "dishwashers", "air purifiers", "power tools", "hair care", "coffee machines"}}


def make_trade_sense_word(b: BrandView, s: Scene) -> Draft | None:
    kinds = [k for k, cats in _KINDS.items() if cats & set(b.categories)]
    if not kinds:
        return None
    kind = s.rng.choice(kinds)
    lang, shape = s.rng.choice(TRADE_SENSE[kind])
    cats = [c for c in b.categories if c in _KINDS[kind]]
    cat = s.rng.choice(cats)
    title = shape.format(m=_mark_in(lang, b, s), p=_product_in(lang, b, s, cat))
    return Draft(title, s.rng.choice(["accessories", "collectibles", "spare parts", "remote controls", None]),
                 (round(s.rng.uniform(4, 40), 2), "USD"), "")


# ------------------------------------------------------------------ store brands

STORE_BRANDS = ["Kirkland Signature", "Up&Up", "Equate", "Great Value", "Member's Mark", "Amazon Basics", "Basic Care",
                "Balea", "Isana", "Deliplus", "Hacendado", "Tesco", "Marque Repère", "Carrefour", "K-Classic"]
STORE_COMPARE = [
    ("en", "{S} {p}, compare to {m}"), ("en", "{S} {p} - compare to {m} {p}"), ("en", "{S} {p} (compare to {m})"),
    ("en", "{S} {p}, compared to {m}: same size, lower price"), ("en", "{S} {p}, our alternative to {m}"),
    ("en", "{S} {p} vs {m} - store brand"), ("en", "{S} {p}, comparable to {m}"),
    ("en", "Compare to {m} {p}: {S} {p}"), ("en", "{S} {p}, compare with {m}"),
    ("de", "{S} {p}, vergleichbar mit {m}"), ("es", "{S} {p}, comparable a {m}"), ("es", "{S} {p}, compara con {m}"),
    ("fr", "{S} {p}, comparable à {m}"), ("it", "{S} {p}, paragonabile a {m}"), ("nl", "{S} {p}, vergelijkbaar met {m}"),
    ("pt", "{S} {p}, comparável a {m}"), ("zh", "{S} {p} 对标 {m}"),
]
STORE_DISCLAIMERS = ["This product is not manufactured or distributed by {m}.",
                     "*{m} is a registered trademark of its owner, not affiliated with {S}.", "Store brand.",
                     "Dieses Produkt wird nicht von {m} hergestellt.", "Este producto no es fabricado por {m}.", ""]


def make_store_brand(b: BrandView, s: Scene) -> Draft:
    lang, shape = s.rng.choice(STORE_COMPARE)
    cat = s.category(with_floor=s.rng.random() < 0.6)
    m = _mark_in(lang, b, s)
    store = s.rng.choice(STORE_BRANDS)
    title = shape.format(S=store, m=m, p=_generic_product(lang, s, cat))
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.25, 0.7), 2), price[1]),
                 s.rng.choice(STORE_DISCLAIMERS).format(m=m, S=store))


# ------------------------------------------------------------------ posts that sell no goods

POSTS = [
    ("en", "Hiring: sales associate at our {m} store", (16, 25)), ("en", "Now hiring {m} certified technician, full time", (20, 40)),
    ("en", "Job: {m} brand ambassador, part time", (15, 22)), ("en", "Room for rent near the {m} plant, utilities included", (600, 1200)),
    ("en", "Apartment for rent, 5 min walk to {m} headquarters", (1200, 2500)),
    ("en", "Lost: {m} {p}, black, near the station - reward", None), ("en", "Found: {m} {p} on bus 42, describe to claim", None),
    ("en", "Free: old {m} {p}, pick up only", (0, 0)), ("en", "Raffle: win a {m} {p}! tickets $5", (5, 5)),
    ("en", "Giveaway - {m} {p}, follow and share to enter", (0, 0)), ("en", "Charity raffle ticket, prize: {m} {p}", (2, 10)),
    ("en", "Volunteer wanted for the {m} charity run", None), ("en", "Parking space for rent near {m} dealership", (50, 150)),
    ("de", "Stellenangebot: Verkäufer (m/w/d) im {m} Store", (14, 20)), ("de", "Verloren: {m} {p}, Finderlohn", None),
    ("de", "Gefunden: {m} {p} im Park", None), ("de", "Verlosung: {m} {p} zu gewinnen", (0, 0)),
    ("de", "Zu verschenken: alte {m} {p}", (0, 0)), ("es", "Se busca dependiente para tienda {m}", (8, 14)),
    ("es", "Perdido: {m} {p}, se gratifica", None), ("es", "Sorteo: gana un {m} {p}", (0, 0)),
    ("es", "Se alquila habitación cerca de la fábrica {m}", (300, 600)), ("fr", "Perdu : {m} {p}, récompense", None),
    ("fr", "Offre d'emploi : vendeur boutique {m}", (12, 18)), ("fr", "Tombola : un {m} {p} à gagner", (2, 5)),
    ("it", "Smarrito {m} {p}, ricompensa", None), ("it", "Cercasi commesso negozio {m}", (9, 14)),
    ("ru", "Потерян {m} {p}, вознаграждение", None), ("ru", "Вакансия: продавец в магазин {m}", (300, 600)),
    ("zh", "招聘 {m} 专柜 导购", (4000, 8000)), ("zh", "寻物启事：丢失 {m} {p} 一个，必有重谢", None),
    ("zh", "失物招领：捡到 {m} {p}", None), ("zh", "抽奖送 {m} {p}", (0, 0)), ("zh", "{m}工厂附近 单间出租", (800, 1500)),
    ("ja", "{m} 店舗スタッフ募集", (1100, 1500)), ("ja", "落とし物：{m} {p}", None), ("ko", "{m} 매장 직원 구인", (10000, 12000)),
    ("ko", "{m} {p} 분실 사례하겠습니다", None),
]


def make_no_goods_post(b: BrandView, s: Scene) -> Draft:
    lang, shape, price = s.rng.choice(POSTS)
    cat = s.category()
    title = shape.format(m=_mark_in(lang, b, s), p=_product_in(lang, b, s, cat))
    amount = None if price is None else (round(s.rng.uniform(*price), 2), "USD")
    return Draft(title, s.rng.choice(["jobs", "housing", "lost and found", "free stuff", "community", "raffles", None]),
                 amount, s.rng.choice(["", "Contact via message.", "Serious enquiries only."]))


# ------------------------------------------------------------------ anti-counterfeit guides

GUIDES = [
    ("en", "How to spot a fake {m} {p}: illustrated guide"), ("en", "Real vs fake {m} {p} - the complete guide, ebook"),
    ("en", "{m} {p} fake vs real comparison, PDF"), ("en", "Legit check: {m} {p}, result in 24h"),
    ("en", "Is your {m} {p} real? Authentication and legit check service"), ("en", "Avoid counterfeit {m} {p}: buyer's checklist"),
    ("en", "Spot the replica: {m} {p} authentication course"), ("en", "{m} {p} counterfeit detection guide for resellers"),
    ("de", "{m} {p} Fälschung erkennen: Ratgeber"), ("es", "Cómo detectar un {m} {p} falso, guía"),
    ("fr", "Comment reconnaître un faux {m} {p}, guide"), ("it", "Come riconoscere un {m} {p} falso, guida"),
    ("pt", "Como identificar {m} {p} falsificado, guia"), ("ru", "Как отличить подделку {m} {p}: гид"),
    ("zh", "{m} {p} 真假鉴别 教程"), ("zh", "{m} 真假对比 鉴定服务"), ("ja", "{m} {p} 偽物の見分け方 ガイド"),
    ("ko", "{m} {p} 가품 구별법 가이드"),
]


def make_fake_guide(b: BrandView, s: Scene) -> Draft:
    lang, shape = s.rng.choice(GUIDES)
    cat = s.category()
    title = shape.format(m=_mark_in(lang, b, s), p=_product_in(lang, b, s, cat))
    return Draft(title, s.rng.choice(["books", "ebooks", "services", "guides", None]),
                 (round(s.rng.uniform(3, 40), 2), "USD"), s.rng.choice(["", "Digital download.", "We sell no products."]))


# ------------------------------------------------------------------ foods made with the brand's product

FOODS = [
    ("en", "{m} cheesecake, homemade 8 inch"), ("en", "{m} brownies, box of 12"), ("en", "Homemade {m} cookies, 6 pack"),
    ("en", "Cupcakes with {m} frosting"), ("en", "{m} stuffed croissants, fresh daily"), ("en", "{m} milkshake cake, order 2 days ahead"),
    ("en", "Birthday cake with {m} filling"), ("en", "Brownies topped with {m}"), ("en", "{m} tiramisu, serves 8"),
    ("de", "{m} Torte, hausgemacht"), ("de", "Kuchen mit {m} Füllung"), ("es", "Tarta de {m} casera"),
    ("es", "Galletas caseras rellenas de {m}"), ("fr", "Gâteau au {m}, fait maison"), ("fr", "Crêpes au {m}"),
    ("it", "Torta alla {m}, fatta in casa"), ("pt", "Bolo de {m} caseiro"), ("zh", "{m} 蛋糕 手工 现做"),
    ("zh", "自制 {m} 夹心饼干"), ("ja", "{m} 手作りケーキ"),
]
FOOD_CATEGORIES = {"chocolate", "confectionery", "spreads", "coffee", "soft drinks", "dairy"}


def make_ingredient_food(b: BrandView, s: Scene) -> Draft | None:
    if not FOOD_CATEGORIES & set(b.categories):
        return None
    lang, shape = s.rng.choice(FOODS)
    title = shape.format(m=_mark_in(lang, b, s))
    return Draft(title, s.rng.choice(["bakery", "cakes", "homemade food", "desserts", None]),
                 (round(s.rng.uniform(4, 45), 2), "USD"), s.rng.choice(["", "Made to order.", "Local pickup."]))


# ------------------------------------------------------------------ the frames abused by counterfeiters

COPY_CUES = ["1:1", "1:1 replica", "super copy", "AAA replica", "mirror quality", "super clone", "高仿", "原单", "复刻"]
WTS = ["WTS {m} {p} {c}", "[WTS] {m} {p}, {c}", "{m} {p} {c} - WTS", "Selling (not WTB) {m} {p} {c}", "出 {m} {p} {c}",
       "{m} {p} {c} 팝니다", "{m} {p} {c} 販売", "Verkaufe {m} {p} {c}", "Vendo {m} {p} {c}", "Продаю {m} {p} {c}",
       "WTB? no - WTS {m} {p} {c}", "Looking for buyers: {m} {p} {c}"]
COMPARE_COPY = ["{m} {p}, compare to the original: same factory 1:1", "Compare to {m} {p} - identical, with logo, {c}",
                "Alternative to {m} {p}, {c}, same factory", "{m} {p} vs original: can't tell the difference, {c}",
                "{m} {p} dupe, 1:1 same as original, with logo", "Vergleichbar mit {m} {p}, gleiche Fabrik, {c}",
                "Comparable a {m} {p}, misma fábrica, {c}", "{m} {p} 平替 同厂 {c}", "{m} {p} homage, {c}, same as original",
                "Budget {m} {p}, {c}", "{m} {p} killer - {c}"]
SERVICE_COPY = ["{m} {p} repair service - we ship a {c} {p}", "{m} {p} rental, buy-out option, {c}",
                "Raffle: {m} {p} {c}, every ticket wins", "{m} {p} restoration, {c} replacement watch included",
                "{m} {p} cleaning service + {c} {p} for sale", "Giveaway {m} {p} {c}, pay shipping only"]
TRADE_COPY = ["{m} {p} grade A replica", "OEM factory {m} {p} 1:1", "{m} {p} AAA quality, same as original",
              "{m} {p} replica, not a model, full size 1:1", "Grade AAA {m} {p}, mirror copy", "{m} {p} OEM version, {c}",
              "{m} {p} official replica, super clone"]


def _copy_frame(shapes: list[str]):
    def make(b: BrandView, s: Scene) -> Draft:
        cat = s.category(with_floor=True)
        low = cat in b.floors and s.rng.random() < 0.5
        title = s.rng.choice(shapes).format(m=_plain_mark(b, s), p=s.product(cat), c=s.rng.choice(COPY_CUES))
        return Draft(title, s.rng.choice([cat, cat, None]), s.price(cat, low=low), s.rng.choice(context.DESCRIPTIONS))
    return make


# ------------------------------------------------------------------ a rival offered in the brand's place

RIVALS = [("en", "{O} {p} - a {m} killer"), ("en", "{O} {p}, the budget {m}"), ("en", "{O} {p}, the poor man's {m}"),
          ("en", "{O} {p} instead of {m}"), ("en", "{O} {p}, for fans of {m}"), ("en", "{O} {p}, if you like {m}"),
          ("en", "{O} {p} - the {m} beater"), ("es", "{O} {p}, en lugar de {m}"), ("fr", "{O} {p}, au lieu de {m}"),
          ("de", "{O} {p} statt {m}"), ("it", "{O} {p} invece di {m}"), ("ru", "{O} {p} вместо {m}"),
          ("ja", "{O} {p} {m}の代わりに"), ("zh", "{O} {p} 替代 {m}"), ("ko", "{O} {p} {m} 대체"),
          ("en", "{O} {p}, {m} homage"), ("en", "{O} {p} - a {m} competitor"), ("en", "{O} {p}, for fans of the {m}")]
RIVAL_BRANDS = ["Acme", "Northwind", "Kestrel", "Soundcore", "Anker", "Ugreen", "Baseus", "Decathlon", "Uniqlo", "Xiaomi"]


def make_rival_offer(b: BrandView, s: Scene) -> Draft:
    lang, shape = s.rng.choice(RIVALS)
    cat = s.category()
    title = shape.format(O=s.rng.choice(RIVAL_BRANDS), p=_generic_product(lang, s, cat), m=_mark_in(lang, b, s))
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.2, 0.6), 2), price[1]), "Our own brand.")


TRAP_MAKERS = {"trap_rival_offer": make_rival_offer, "trap_wanted_anywhere": make_wanted_anywhere, "trap_service_object": make_service_object,
               "trap_trade_sense_word": make_trade_sense_word, "trap_store_brand": make_store_brand,
               "trap_no_goods_post": make_no_goods_post, "trap_fake_guide": make_fake_guide,
               "trap_ingredient_food": make_ingredient_food}
EVASION_MAKERS = {"frame_wts_copy": _copy_frame(WTS), "frame_compare_copy": _copy_frame(COMPARE_COPY),
                  "frame_service_copy": _copy_frame(SERVICE_COPY), "frame_trade_word_copy": _copy_frame(TRADE_COPY)}
