"""The adversary's tale classes: stories of where new goods came from that explain a copy's price, and their twins.

- new goods said to come out of lost luggage, lost or undeliverable parcels and lost-property auctions, to be a find at a
  flea market, a car boot sale or a thrift shop, or a shop counter's or department store's cleared stock (a counter
  withdrawn, a boutique closing), in the title in one of 22 languages, at 8-55 % of the goods' floor
  (`cover_lost_goods`);
- a raffle of the brand's goods that states how many tickets it sells, the price field one ticket: the tickets together
  buy the prize, at 8-50 % of its floor (`raffle_copy_total`);
- a personal shopper's or buying agent's listing (代购, 구매대행, 海外買い付け, jastip, pasabuy, "personal shopper from
  Paris", выкуп) of new goods at 8-35 % of their floor: no shopper buys them for less than the shop asks
  (`fake_shopper_low`).

Their honest twins: the same stories of genuine goods sold used at a second-hand price or new at what the shops ask
(`trap_lost_goods_fair`: an airline's unclaimed bag bought at auction and resold worn, a flea-market find at a
collector's price), charity raffles of donated prizes and private raffles whose tickets together pay the shop's price
(`trap_raffle_fair`), and personal shoppers of genuine goods at the shop's price or above (`trap_shopper_retail`).

Written from first principles and general knowledge of how sellers word such titles in each language; the phrases are
this module's own, and no held-out listing was read. Prices are shares of the floor the registry gives the goods (a
line's own floor when the title names it: cover._title_floor).
"""

from __future__ import annotations

from tests.eval.adversary.cover import KIND, MEDICINES, NOUNS, _goods_floor, _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold

EVASIONS = {
    "cover_lost_goods": "new goods from lost luggage, unclaimed parcels, a lost-property auction, a flea market or a "
                        "cleared shop counter, said in the title in one of 22 languages, at 8-55 % of the floor",
    "fake_shopper_low": "a personal shopper's or buying agent's listing (代购, 구매대행, 海外買い付け, jastip, personal "
                        "shopper) of new goods at 8-35 % of their floor",
    "herbal_mark": "a prescription medicine's mark on herbal, plant or 'natural' pills ('Herbal X capsules', "
                   "'Pflanzliches X', '草本 X', '한방 X'; 16 languages) at an everyday supplement's price",
    "raffle_copy_total": "a raffle of the brand's goods that states its count of tickets (slots, spots, números, Lose, "
                         "billets, билетов; 11 languages), the price field one ticket, all of them together 8-50 % of "
                         "the goods' floor",
}
TRAPS = {
    "trap_lost_goods_fair": "genuine goods with a lost-luggage, flea-market or counter-clearance story, used at a "
                            "second-hand price or new at 100-160 % of the floor",
    "trap_shopper_retail": "a personal shopper's or buying agent's listing of genuine goods at 100-150 % of the floor",
    "trap_herbal_compare": "herbal supplements that name a prescription medicine only by comparison ('natural "
                           "alternative to X', 'pflanzliche Alternative zu X', 'X 替代'), 8 languages",
    "trap_raffle_fair": "a charity raffle or tombola of a donated genuine prize (one ticket's price, no count), or a "
                        "private raffle whose tickets together are 100-150 % of the prize's floor",
}

# where the goods came from, by language and kind ("lost": lost luggage, parcels, lost-property auctions; "flea": a
# flea market or a thrift shop; "counter": a shop counter's or department store's cleared stock)
LOST_STORIES: dict[str, dict[str, list[str]]] = {
    "en": {"lost": ["from unclaimed airline luggage", "unclaimed baggage auction find", "from a lost parcels auction",
                    "undeliverable parcel find", "lost property auction, new"],
           "flea": ["flea market find, new", "car boot find, brand new", "thrift store find, tags on"],
           "counter": ["ex-department store stock, new", "boutique closing stock"]},
    "de": {"lost": ["aus Fundsachenversteigerung", "aus Fundgepäck, neu", "Fundbüro-Auktion, ungetragen",
                    "unzustellbare Pakete, neu", "aus Kofferversteigerung"],
           "flea": ["vom Flohmarkt, neu", "Flohmarktfund, neuwertig mit Etikett", "vom Trödelmarkt, neu"],
           "counter": ["Geschäftsaufgabe, Neuware", "Ladenauflösung, neu"]},
    "nl": {"lost": ["uit verloren bagage, nieuw", "veiling gevonden voorwerpen"], "flea": ["van de rommelmarkt, nieuw"]},
    "fr": {"lost": ["colis perdus, neuf", "lot de colis non réclamés", "valise perdue achetée aux enchères"],
           "flea": ["trouvé en brocante, neuf", "vide-grenier, neuf avec étiquette"],
           "counter": ["fermeture de boutique, neuf"]},
    "es": {"lost": ["de maleta perdida subastada", "equipaje extraviado, nuevo", "paquetes perdidos, nuevo"],
           "flea": ["del rastro, nuevo", "mercadillo, a estrenar"], "counter": ["liquidación por cierre, nuevo"]},
    "it": {"lost": ["da pacchi smarriti, nuovo", "valigia smarrita all'asta", "pacchi non ritirati, nuovo"],
           "flea": ["trovato al mercatino, nuovo"], "counter": ["chiusura negozio, nuovo"]},
    "pt": {"lost": ["de leilão de bagagem extraviada", "encomendas extraviadas, novo", "mala extraviada, nova"],
           "flea": ["achado de brechó, novo", "feira do rolo, novo"], "counter": ["fechamento de loja, novo"]},
    "pl": {"lost": ["z licytacji zagubionych paczek", "zagubiony bagaż, nowe"], "flea": ["z pchlego targu, nowe"]},
    "cs": {"lost": ["ztracená zavazadla, nové", "nedoručené balíky, nové"], "flea": ["z bleších trhů, nové"]},
    "hu": {"lost": ["elveszett poggyász, új"], "flea": ["bolhapiacon találtam, új"]},
    "ro": {"lost": ["din bagaje pierdute, nou", "colete pierdute, nou"], "flea": ["din talcioc, nou"]},
    "sv": {"lost": ["från hittegodsauktion, ny"], "flea": ["loppisfynd, oanvänd"]},
    "fi": {"lost": ["löytötavarahuutokaupasta, uusi"], "flea": ["kirpparilta, uusi"]},
    "ru": {"lost": ["из потерянного багажа, новые", "невостребованные посылки, новое"],
           "flea": ["с барахолки, новые"], "counter": ["закрытие бутика, новое"]},
    "uk": {"lost": ["незатребувані посилки, нове"], "flea": ["з барахолки, нове"]},
    "tr": {"lost": ["kayıp bagaj ihalesinden, sıfır", "sahipsiz kargo, sıfır"], "flea": ["bit pazarından, sıfır"]},
    "ar": {"lost": ["من أمتعة مفقودة، جديد", "طرود مفقودة، جديد"]},
    "id": {"lost": ["dari paket hilang, baru", "lelang barang hilang, baru"], "flea": ["dari pasar loak, baru"]},
    "vi": {"lost": ["hàng thất lạc, mới 100%", "hành lý thất lạc, mới"]},
    "zh": {"lost": ["无人认领包裹 全新", "机场遗失行李拍卖 全新"], "flea": ["跳蚤市场淘的 全新"],
           "counter": ["专柜撤柜货 全新带吊牌", "商场撤柜 清仓 全新", "百货撤场 全新"]},
    "ja": {"lost": ["遺失物オークションで落札 新品", "ロストバゲージ品 未使用"], "flea": ["蚤の市で購入 新品"],
           "counter": ["百貨店の閉店在庫 新品", "閉店品 新品未使用", "催事品 新品"]},
    "ko": {"lost": ["유실물 경매 새상품", "미수취 택배 새제품"], "flea": ["벼룩시장에서 구한 새상품"],
           "counter": ["백화점 재고 새상품", "매장 철수 재고 새제품", "폐점 재고 새상품"]},
}
# the same stories of genuine goods sold used (this module's own words for "used" beside the story)
USED_WORDS = {"en": "used", "de": "gebraucht", "nl": "gebruikt", "fr": "d'occasion", "es": "usado", "it": "usato",
              "pt": "usado", "pl": "używane", "cs": "použité", "hu": "használt", "ro": "folosit", "sv": "begagnad",
              "fi": "käytetty", "ru": "б/у", "uk": "вживане", "tr": "ikinci el", "ar": "مستعمل", "id": "bekas",
              "vi": "đã qua sử dụng", "zh": "二手", "ja": "中古", "ko": "중고"}
# a copy's price with such a story, as a share of the floor of new goods
LOST_COPY_SHARE = (0.08, 0.55)

# personal shoppers and buying agents, as their titles say it ({m} mark, {p} product); no fee word (formats._FEE): the
# price field is the goods'
SHOPPERS: list[tuple[str, str]] = [
    ("zh", "法国代购 {m} {p} 全新"), ("zh", "香港代购 {m} {p} 正品 特价"), ("zh", "海外代购 {m} {p} 现货"),
    ("zh", "日本代購 {m} {p} 全新"), ("ko", "해외구매대행 {m} {p} 특가"), ("ko", "미국 구매대행 {m} {p} 새상품"),
    ("ko", "이탈리아 구매대행 {m} {p}"), ("ja", "{m} {p} 海外買い付け 新品"), ("ja", "現地買い付け {m} {p} 未使用"),
    ("en", "Personal shopper from Paris: {m} {p}, brand new"), ("en", "{m} {p} - personal shopper Milan, new"),
    ("id", "Jastip {m} {p} dari Singapura, baru"), ("en", "Pasabuy {m} {p} from US, brand new"),
    ("ru", "Выкуп из Европы: {m} {p}, новые"), ("vi", "Hàng xách tay {m} {p} mới 100%"),
    ("th", "{m} {p} พรีออเดอร์ หิ้วจากญี่ปุ่น"),
]
SHOPPER_COPY_SHARE = (0.08, 0.35)


def _lost_title(b: BrandView, s: Scene, used: bool = False):
    """(title, category, floor, language) of the brand's goods with a lost-goods story in the title; None when the
    brand has no floored goods."""
    r = s.rng
    goods = _goods_floor(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    lang = r.choice(sorted(LOST_STORIES))
    kind = r.choice(sorted(LOST_STORIES[lang]))
    story = r.choice(LOST_STORIES[lang][kind])
    if KIND.get(cat) in NOUNS.get(lang, {}) and r.random() < 0.5:
        product = r.choice(NOUNS[lang][KIND[cat]])
    if used:  # the story's own "new" words go: the goods are sold as worn
        for new in (", new", ", neu", ", nieuw", ", neuf", ", nuevo", ", nuovo", ", novo", ", nova", ", nowe", ", nové",
                    ", új", ", nou", ", ny", ", uusi", ", новые", ", новое", ", нове", ", sıfır", "، جديد", ", baru",
                    ", mới 100%", ", mới", " 全新", " 新品", " 새상품", " 새제품", ", oanvänd", " 未使用", ", brand new",
                    ", ungetragen", ", tags on", ", neuwertig mit Etikett", ", neuf avec étiquette", ", a estrenar",
                    " 新品未使用", " 全新带吊牌", " 全新"):
            story = story.replace(new, "")
        story = f"{story}, {USED_WORDS[lang]}"
    title = r.choice(["{m} {p} {s}", "{m} {p} – {s}", "{s}: {m} {p}", "{m} {p}, {s}"]).format(m=mark, p=product, s=story)
    return _cap(title), cat, _title_floor(b, title, floor), lang


def make_cover_lost_goods(b: BrandView, s: Scene) -> Draft | None:
    drawn = _lost_title(b, s)
    if drawn is None or drawn[1] in MEDICINES:
        return None
    title, cat, (amount, cur), _lang = drawn
    r = s.rng
    return Draft(title, cat, (round(amount * r.uniform(*LOST_COPY_SHARE), 2), cur),
                 r.choice(["", "Several pieces.", "New, never worn.", "No receipt, sold as found."]))


def make_lost_goods_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    used = r.random() < 0.5
    drawn = _lost_title(b, s, used=used)
    if drawn is None or drawn[1] in MEDICINES:
        return None
    title, cat, (amount, cur), _lang = drawn
    share = r.uniform(0.5, 0.95) if used else r.uniform(1.0, 1.6)
    return Draft(title, cat, (round(amount * share, 2), cur),
                 r.choice(["", "Genuine, see photos.", "Signs of wear, as found.", "Private sale."]))


def _shopper_title(b: BrandView, s: Scene):
    goods = _goods_floor(b, s)
    if goods is None or goods[1] in MEDICINES:
        return None
    mark, cat, product, floor = goods
    _lang, title = s.rng.choice(SHOPPERS)
    title = title.format(m=mark, p=product)
    return _cap(title), cat, _title_floor(b, title, floor)


def make_fake_shopper_low(b: BrandView, s: Scene) -> Draft | None:
    drawn = _shopper_title(b, s)
    if drawn is None:
        return None
    title, cat, (amount, cur) = drawn
    r = s.rng
    return Draft(title, cat, (round(amount * r.uniform(*SHOPPER_COPY_SHARE), 2), cur),
                 r.choice(["", "In stock, ships today.", "Limited stock.", "现货秒发。", "재고 소량."]))


def make_shopper_retail(b: BrandView, s: Scene) -> Draft | None:
    drawn = _shopper_title(b, s)
    if drawn is None:
        return None
    title, cat, (amount, cur) = drawn
    r = s.rng
    return Draft(title, cat, (round(amount * r.uniform(1.0, 1.5), 2), cur),
                 r.choice(["", "Bought at the boutique, receipt included.", "正品保证，附小票。", "매장 영수증 동봉."]))


# raffles that state their count of tickets ({m} mark, {p} product, {n} count), by language
RAFFLES: list[str] = [
    "Raffle: {m} {p} - {n} tickets", "{m} {p} raffle, {n} slots", "RAFFLE {m} {p} | {n} spots", "Rifa {m} {p} - {n} números",
    "Sorteo {m} {p}, {n} boletos", "Sorteio {m} {p} - {n} cotas", "Verlosung {m} {p} - {n} Lose",
    "Lotteria {m} {p}, {n} biglietti", "Tombola {m} {p} - {n} billets", "Loteria {m} {p} - {n} losów",
    "Розыгрыш {m} {p} - {n} билетов", "Undian {m} {p} {n} slot", "Çekiliş {m} {p} - {n} bilet",
    "{m} {p} raffle {n} slots lang",
]
RAFFLE_NOTES = ["Draw live when all tickets are sold.", "Winner picked on live stream.", "Ziehung live, sobald alle Lose weg.",
                "Sorteo en vivo al completar.", "Sorteio pela loteria federal.", ""]
# charity raffles and tombolas of a donated prize: one ticket, no count (this module's own wording)
CHARITY: list[str] = [
    "School PTA raffle: win a {m} {p}, donated by a local shop", "Rotary club raffle ticket - {m} {p} prize",
    "Charity raffle for the hospice: {m} {p} to be won", "Tombola der Grundschule: {m} {p} zu gewinnen, Los",
    "Verlosung Förderverein: {m} {p} als Hauptpreis", "Rifa benéfica: {m} {p} donado, boleto",
    "Tombola de l'association : {m} {p} à gagner, ticket", "Lotteria di beneficenza: {m} {p} in palio, biglietto",
    "Rifa solidária: {m} {p}, número", "Благотворительный розыгрыш: {m} {p}, билет",
]


# herbal pills under a prescription medicine's mark ({m}), by language (this module's own wording)
HERBAL_TITLES = [
    "Herbal {m} capsules, {n} pcs", "{m} natural herbal formula {n} caps", "Ayurvedic {m} {n} capsules",
    "Plant-based {m} tablets x{n}", "Pflanzliches {m}, {n} Kapseln", "{m} Kräuter-Kapseln {n} Stück",
    "{m} à base de plantes, {n} gélules", "{m} natural de hierbas, {n} cápsulas", "{m} fitoterápico natural {n} cápsulas",
    "{m} erboristico, {n} capsule", "Ziołowy {m}, {n} kapsułek", "Растительный {m}, {n} капсул", "Bitkisel {m} {n} kapsül",
    "{m} عشبي {n} كبسولة", "Jamu {m} herbal {n} kapsul", "{m} thảo dược {n} viên", "{m} สมุนไพร {n} แคปซูล",
    "草本 {m} {n}粒", "中药版 {m} 胶囊 {n}粒", "漢方 {m} {n}錠", "한방 {m} {n}캡슐",
]
HERBAL_COMPARE = [
    "Natural alternative to {m}: maca and ginseng capsules", "Herbal substitute for {m} - horny goat weed tea",
    "Pflanzliche Alternative zu {m}: Ginseng-Kapseln", "Alternativa natural al {m}: cápsulas de maca",
    "Alternative naturelle au {m} : gélules de ginseng", "Alternativa naturale al {m}, capsule di maca",
    "{m} 替代 草本 人参胶囊", "Растительный аналог {m}: капсулы женьшеня",
    # (quiet) the adjective after the noun, two words between, other languages and the word after the mark
    "Substituto natural do {m}: cápsulas de maca peruana", "Sostituto vegetale del {m}, tisana alle erbe",
    "Alternativa vegetal y económica al {m}: extracto de ginseng", "Remplaçant naturel du {m}, tisane aux plantes",
    "Naturalna alternatywa dla {m}: kapsułki z żeń-szeniem", "Natuurlijk alternatief voor {m}: ginseng capsules",
    "{m} yerine bitkisel kapsül, maca kökü", "{m}の代わりに ハーブサプリ マカ", "{m} 대체 허브 캡슐 마카",
    "Plant-based substitute for {m}: ginseng and maca", "Alternatywa ziołowa dla {m}, herbata z żeń-szenia",
]


def _medicine_marks(b: BrandView) -> list[str]:
    """The brand's medicine marks and lines that are no everyday word and not its name, when it sells prescription
    medicines; else []."""
    if not any("prescription" in c or "drugs" in c for c in b.categories):
        return []
    return [m.value for m in b.marks + b.declared("line") if not m.everyday and _fold(m.value) != _fold(b.name)
            and all(ch.isascii() for ch in m.value)]


def _medicine_category(b: BrandView, s: Scene) -> str:
    return s.rng.choice([c for c in b.categories if c in ("otc", "prescription drugs", "vitamins")] or ["health"])


def make_herbal_mark(b: BrandView, s: Scene) -> Draft | None:
    marks = _medicine_marks(b)
    if not marks:
        return None
    r = s.rng
    title = r.choice(HERBAL_TITLES).format(m=r.choice(marks), n=r.choice([10, 20, 30, 60, 90]))
    return Draft(_cap(title), _medicine_category(b, s), (round(r.uniform(5, 45), 2), r.choice(["USD", "EUR", "GBP"])),
                 r.choice(["", "Fast acting, discreet shipping.", "100% natural.", "Men's health."]))


def make_herbal_compare(b: BrandView, s: Scene) -> Draft | None:
    marks = _medicine_marks(b)
    if not marks:
        return None
    r = s.rng
    title = r.choice(HERBAL_COMPARE).format(m=r.choice(marks))
    return Draft(_cap(title), r.choice(["supplements", "health", "vitamins", "herbal remedies"]),
                 (round(r.uniform(8, 40), 2), r.choice(["USD", "EUR"])),
                 r.choice(["", "Food supplement, not a medicine.", "Contains no sildenafil."]))


# the least floor of goods worth raffling (nobody raffles an oil filter in 100 tickets), per currency of the registry
RAFFLE_LEAST = {"USD": 80, "EUR": 80, "GBP": 70, "CHF": 80, "CAD": 100, "AUD": 120, "CNY": 550, "JPY": 12000,
                "KRW": 110000}


def _raffled(b: BrandView, s: Scene):
    """The brand's goods worth a raffle (RAFFLE_LEAST), else None."""
    goods = _goods_floor(b, s)
    if goods is None or goods[1] in MEDICINES:
        return None
    amount, cur = goods[3]
    return goods if amount >= RAFFLE_LEAST.get(cur, float("inf")) else None


def make_raffle_copy_total(b: BrandView, s: Scene) -> Draft | None:
    goods = _raffled(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    n = r.choice([10, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200])
    title = r.choice(RAFFLES).format(m=mark, p=product, n=n)
    amount, cur = _title_floor(b, title, floor)
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.08, 0.5) / n, 2), cur), r.choice(RAFFLE_NOTES))


def make_raffle_fair(b: BrandView, s: Scene) -> Draft | None:
    goods = _raffled(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    if r.random() < 0.6:
        title = r.choice(CHARITY).format(m=mark, p=product)
        return Draft(_cap(title), r.choice([cat, "charity", "tickets"]), (round(r.uniform(1, 20), 2), r.choice(["USD", "EUR", "GBP"])),
                     r.choice(["Registered charity, prize donated new.", "All proceeds to the school.", ""]))
    n = r.choice([20, 50, 100, 200])
    title = r.choice(RAFFLES).format(m=mark, p=product, n=n)
    amount, cur = _title_floor(b, title, floor)
    return Draft(_cap(title), cat, (round(amount * r.uniform(1.0, 1.5) / n, 2), cur),
                 r.choice(["Genuine, bought at the boutique, receipt shown.", "Draw live when all tickets are sold.", ""]))


EVASION_MAKERS = {"cover_lost_goods": make_cover_lost_goods, "fake_shopper_low": make_fake_shopper_low,
                  "raffle_copy_total": make_raffle_copy_total, "herbal_mark": make_herbal_mark}
TRAP_MAKERS = {"trap_lost_goods_fair": make_lost_goods_fair, "trap_shopper_retail": make_shopper_retail,
               "trap_raffle_fair": make_raffle_fair, "trap_herbal_compare": make_herbal_compare}
