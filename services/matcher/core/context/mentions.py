"""A brand mentioned by a listing that offers nothing (issue 9, precision: news32).

Two readings, both pure and gated by cheap tests.

1. A news item (`news_of`, subject.py's kind "a news item"): the title is a headline or a press piece about the
   company, not an offer of its goods: a news label opening it ("News:", "BREAKING:", "Press release –",
   "Pressemitteilung:", "Communiqué :", "Noticia:", "Новости:", "Son dakika:", "Berita:", "Tin tức:", 【新闻】, 速報,
   속보, عاجل), a headline's verb or a company report's noun ("… reports quarterly results", "… opens new flagship
   store", "… recalls a batch of …", "… announces …", "eröffnet", "annonce", "retira", "richiama", "otwiera",
   "открывает", "duyurdu", "mengumumkan", "công bố", 召回, 決算, 실적), or a description that says the post sells
   nothing ("Press article, no sale.", "News item.", "Nicht zu verkaufen", "pas à vendre"). A label, a verb or a noun
   of a headline counts only when the listing states no price (a headline sold at a price is a newspaper's, and a work
   noun then says so; a copy may wear a label at a copy's price); a no-sale description counts at any price. Either
   way the listing must hold no word of
   an offer (`OFFER`: "in stock", "DM", "WhatsApp", "for sale", "shipping", "pcs", 现货, 包邮, 재고 ...): a copy dressed
   as news ("BREAKING: Rolex Submariner restock, DM") is an offer, and one that claims a copy ("… 1:1 …") is judged as
   a copy by judge._subject whatever its frame.
   The words: how wire services, business pages and press offices word headlines and how their labels open them in
   English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Indonesian, Vietnamese,
   Chinese, Japanese, Korean and Arabic; written for BrandSentry from general knowledge (Reuters/AP/dpa/AFP/EFE/ANSA
   headline style: present tense, the company as the subject), no held-out listing's string.

2. Nothing offered at all (`offers_nothing`, judge._offers_nothing): THE RULE for a bare mention. A listing that
   states no price, is filed in no category, names no goods (no noun of any sector in its title or description:
   sectors.py), holds no word of an offer (`OFFER`) and no cue, and names the brand only by its mark as written (no
   model, no line beside it, no image, no disguise), offers nothing: its mention alone is no evidence of a counterfeit.
   The mark then needs corroboration as far from the brand's goods does (judge.py: a cue with a low price, or a claim
   of a copy), so it stays below the threshold. Any one of those things, and the mark is judged as before: a
   counterfeiter's priceless post names its goods, its contact or its grade ("Rolex Submariner 1:1, DM for price",
   "Gucci belts in stock, WhatsApp", "LV bags – WeChat"), and a disguise ("R0LEX") is intent wherever it is written.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text
from services.matcher.core.alternation import longest_first

# ---------------------------------------------------------------------------------------------------------- offers
# Words of an offer (a sale, a stock, a contact, a delivery, a payment, a unit), in the marketplaces' languages:
# any one of them and the listing offers something. Not "new" (a headline's "new flagship store") nor "price" alone
# in headlines' senses: "DM for price", "price:", "best price" are offers.
OFFER_LATIN = (
    # English
    "for sale", "on sale", "sale", "selling", "we sell", "i sell", "sell cheap", "buy now", "buy", "buy it now", "order",
    "orders", "order now", "pre-order", "preorder", "pre order", "in stock", "restock", "restocked", "back in stock",
    "ready stock", "stock available", "available", "availability", "dm", "dm me", "dms", "pm", "pm me", "inbox",
    "inbox me", "message me", "msg", "msg me", "text me", "contact", "contact me", "contact us", "whatsapp", "whats app",
    "wa", "wa me", "telegram", "tg", "wechat", "we chat", "vx", "line id", "kakao", "kakaotalk", "viber", "signal",
    "link in bio", "cheap", "cheapest", "discount", "deal", "deals", "offer", "offers", "promo", "clearance",
    "price", "prices", "best price", "low price", "price negotiable", "negotiable", "obo", "ono", "shipping",
    "free shipping", "ship", "ships", "shipped", "delivery", "free delivery", "deliver", "postage", "cod",
    "cash on delivery", "wholesale", "retail", "bulk", "dropship", "dropshipping", "pcs", "pieces", "pairs", "pair",
    "lot", "size", "sizes", "colour", "colours", "color", "colors", "brand new", "bnib", "bnwt", "nwt", "nib", "nwob",
    "used", "pre-owned", "preowned", "worn", "unworn", "mint", "pickup", "collection only", "paypal", "payment",
    "pay", "usd", "eur", "gbp", "each", "per piece", "per pair", "moq", "catalogue", "catalog", "album", "yupoo",
    "qc", "qc pics", "w2c", "legit",
    # German, French, Spanish, Italian, Portuguese, Dutch
    "verkaufe", "verkauf", "zu verkaufen", "kaufen", "bestellen", "auf lager", "lagernd", "lieferbar", "versand",
    "preis", "gunstig", "angebot", "neu mit etikett", "gebraucht", "vends", "vente", "a vendre", "acheter", "commande",
    "en stock", "dispo", "disponible", "livraison", "prix", "occasion", "vendo", "venta", "se vende",
    "comprar", "pedido", "pedidos", "envio", "envios", "precio", "usado", "usada", "oferta",
    "vendita", "comprare", "ordine", "disponibile", "disponibili", "spedizione", "prezzo", "usato",
    "offerta", "venda", "estoque", "disponivel", "frete", "preco", "te koop", "verkoop", "op voorraad",
    "verzending", "prijs", 
    # Polish, Turkish, Indonesian, Malay, Vietnamese (folded to Latin)
    "sprzedam", "sprzedaz", "kup", "zamow", "dostepny", "dostepne", "wysylka", "cena", "uzywany",
    "satilik", "satis", "siparis", "stokta", "kargo", "fiyat", "sifir", "ikinci el", "jual", "dijual", "ready",
    "stok", "kirim", "ongkir", "harga", "bekas", "murah", "grosir", "ban", "mua", "dat hang", "con hang",
    "giao hang", "gia", "gia re", 
)
OFFER_NATIVE = ("продам", "продаю", "продажа", "купить", "заказ", "в наличии", "доставка", "цена", "б/у", "опт", "оптом", "продаж", "ціна", "наявності")
OFFER_WIDE = ("出售", "转让", "轉讓", "卖", "賣", "售", "现货", "現貨", "有货", "有貨", "包邮", "包郵", "价格", "價格", "价", "價",
              "全新", "二手", "批发", "批發", "代购", "代購", "微信", "加v", "加V", "下单", "下單", "正品", "高仿", "货源", "貨源",
              "販売", "売り", "売ります", "在庫", "送料", "価格", "新品", "中古", "即納", "未使用", "판매", "팝니다", "재고",
              "배송", "가격", "새상품", "중고", "택포", "للبيع", "بيع", "سعر", "توصيل", "جديد", "متوفر", "واتساب",
              "बिक्री", "कीमत", "खरीदें", "ขาย", "ราคา", "ส่งฟรี")


def _alternatives(words: tuple[str, ...]) -> str:
    latin = sorted({" ".join(re.findall(r"[a-z0-9']+", latin_text(w).lower())) for w in words}, key=longest_first)
    return "|".join(r"[^a-z0-9]+".join(map(re.escape, w.split())) for w in latin if w)


_OFFER = re.compile(rf"(?<![a-z0-9])(?:{_alternatives(OFFER_LATIN)})(?![a-z0-9])"
                    # a currency sign, a phone number, a handle, a link
                    r"|[$€£¥₹₩₽]|(?<![0-9])\+?\d[\d ()-]{7,}\d|(?<![a-z0-9])@[a-z0-9_.]{3,}|https?|www|\.com")
_OFFER_NATIVE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(OFFER_NATIVE, key=longest_first))) + r")(?!\w)")


def offer_word(text: str) -> str | None:
    """The first word of an offer in `text` (a title and a description joined), else None. Pure."""
    latin = latin_text(text).lower()
    if (m := _OFFER.search(latin)) is not None:
        return m.group(0)
    return None if text.isascii() else _native_offer(text)


def _native_offer(text: str) -> str | None:
    if (m := _OFFER_NATIVE.search(text.casefold())) is not None:
        return m.group(0)
    return next((w for w in OFFER_WIDE if w in text), None)


# ----------------------------------------------------------------------------------------------------------- news
# A news label opening the title, then a colon, a dash or a bar ("News:", "BREAKING –", "Press release |")
NEWS_LABELS = (
    "news", "breaking", "breaking news", "latest news", "news flash", "newsflash", "press release", "press statement",
    "media release", "press note", "headline", "headlines", "business news", "market news", "industry news",
    "company news", "nachrichten", "eilmeldung", "pressemitteilung", "pressemeldung", "meldung", "wirtschaft",
    "actualite", "actualites", "actu", "communique", "communique de presse", "info", "flash info", "derniere minute",
    "noticia", "noticias", "ultima hora", "comunicado", "comunicado de prensa", "nota de prensa", "notizia", "notizie",
    "ultim'ora", "ultima ora", "comunicato", "comunicato stampa", "noticia", "noticias", "comunicado de imprensa",
    "nieuws", "persbericht", "wiadomosci", "komunikat", "komunikat prasowy", "pilne", "haber", "haberler",
    "son dakika", "basin bulteni", "basin aciklamasi", "berita", "kabar", "siaran pers", "tin tuc", "tin nong",
    "thong cao bao chi", "ban tin",
    # articles, interviews, analyses and opinion pieces
    "article", "analysis", "opinion", "op-ed", "op ed", "editorial", "interview", "feature", "column", "press review",
    "media coverage", "update", "report", "recap", "bericht", "reportage", "tribune", "entretien", "analyse",
    "articulo", "entrevista", "analisis", "opinion", "reportaje", "articolo", "intervista", "analisi", "artigo",
    "analise", "reportagem", "artikel", "wywiad", "artykul", "makale", "roportaj", "wawancara", "bai viet", "phong van",
    # (market35) a price tracker's and a consumer desk's items: "Price watch: <goods> down 15% this week", "Recall
    # notice: …" (read at a price only in a listing filed among news: `news_of`'s filed_as_news)
    "price watch", "price tracker", "price alert", "price drop alert", "deal watch", "recall", "recall notice",
    "product recall", "safety recall", "consumer alert", "preisalarm", "preiswecker", "alerte prix", "alerta de precio",
)
# (market35, issue 9) a category that files the listing among news and the press: a label or a headline there is the
# item, whatever the price a classified site makes it state (a magazine issue's, a placeholder's)
NEWS_NODES = frozenset({"news", "press", "news media", "news and media", "newspapers", "newspaper", "press releases",
                        "nachrichten", "presse", "actualites", "noticias", "notizie", "noticias e imprensa", "nieuws",
                        "wiadomosci", "haberler", "berita", "tin tuc", "новости", "新闻", "新聞", "ニュース", "뉴스"})
NEWS_LABELS_NATIVE = ("новости", "новость", "срочно", "пресс-релиз", "пресс релиз", "новини", "ειδήσεις", "статья", "интервью",
                      "аналитика", "обзор рынка")
NEWS_LABELS_WIDE = ("专访", "專訪", "报道", "報導", "記事", "インタビュー", "기사", "인터뷰", "新闻", "新聞", "快讯", "快訊", "资讯", "資訊", "速報", "ニュース", "プレスリリース", "뉴스", "속보", "보도자료",
                    "عاجل", "أخبار", "خبر", "बड़ी खबर", "समाचार", "ข่าว")
_LABEL = re.compile(rf"^[^a-z0-9]*(?:{_alternatives(NEWS_LABELS)})\s*(?:[:|]|\s[-–—]\s|\s*[】\]])")
_LABEL_NATIVE = re.compile(r"^\W*(?:" + "|".join(map(re.escape, NEWS_LABELS_NATIVE)) + r")\s*(?:[:|]|\s[-–—]\s)")
_LABEL_WIDE = re.compile(r"^\W*(?:" + "|".join(map(re.escape, NEWS_LABELS_WIDE)) + r")\s*(?:[:：|｜】\]」』]|\s[-–—]\s)|"
                         r"^\W*[【\[「『](?:" + "|".join(map(re.escape, NEWS_LABELS_WIDE)) + r")[】\]」』]")

# A headline's verbs (the company as the subject, present tense) and a company report's nouns, in 16 languages
HEADLINE_LATIN = (
    # English
    "reports", "reported", "recalls", "recalled", "announces", "announced", "unveils", "unveiled", "opens new",
    "opens its", "opens first", "opens flagship", "to open", "acquires", "to acquire", "agrees to buy", "appoints",
    "names new", "posts record", "posts quarterly", "posts annual", "posts loss", "posts profit", "beats estimates",
    "misses estimates", "raises guidance", "cuts guidance", "cuts jobs", "to cut", "lays off", "layoffs", "job cuts",
    "sues", "is sued", "settles", "files lawsuit", "faces lawsuit", "wins lawsuit", "loses lawsuit", "expands into",
    "invests", "to invest", "partners with", "teams up with", "closes stores", "to close", "shuts", "celebrates",
    "marks anniversary", "quarterly results", "annual results", "full-year results", "first-quarter results",
    "second-quarter results", "third-quarter results", "fourth-quarter results", "q1 results", "q2 results",
    "q3 results", "q4 results", "quarterly earnings", "earnings report", "earnings call", "annual report", "record year",
    "record sales", "record profit", "record revenue", "sales growth", "profit warning", "revenue falls",
    "revenue rises", "shares fall", "shares rise", "shares jump", "shares drop", "shares slump", "shares soar",
    "share price", "stock falls", "stock rises", "market share", "new ceo", "ceo steps down", "chief executive",
    "earnings", "shares", "stock price", "ceo", "analysts", "named best", "named most", "is named", "ranked", "most valuable brand", "brand value", "fined", "is fined",
    "faces fine", "investigation", "boycott", "data breach", "steps down", "resigns", "hires", "interview with",
    "keynote", "launch event", "press event", "teases", "confirms", "denies", "reveals", "relocates", "turns 100",
    "verklagt", "kartellstrafe", "tritt zuruck", "feiert", "stellenabbau", "streicht stellen", "condamne", "amende",
    "demissionne", "celebre", "supprime des emplois", "multa", "multada", "dimite", "celebra", "despidos",
    "si dimette", "licenziamenti", "renuncia", "demissoes", "ukarany", "swietuje", "zwolnienia", "ceza", "kutluyor",
    "didenda", "merayakan", "bi phat", "ky niem",
    "flagship store opening", "opens new flagship store", "new flagship store", "store opening", "product recall",
    "recall notice", "safety recall", "press conference", "annual meeting", "opens", "closes", "launches", "debuts",
    "introduces", "shareholders", "investors",
    # German
    "eroffnet", "meldet", "ruft zuruck", "kundigt an", "stellt vor", "ubernimmt", "erzielt", "steigert", "senkt",
    "schliesst", "verklagt", "quartalszahlen", "quartalsergebnis", "jahresergebnis", "jahresbilanz", "ruckruf",
    "ruckrufaktion", "umsatzplus", "gewinnwarnung", "neuer chef", "neue filiale",
    # French
    "ouvre", "inaugure", "annonce", "rappelle", "devoile", "lance", "rachete", "publie", "ferme", "resultats trimestriels",
    "resultats annuels", "chiffre d'affaires", "benefice", "rappel de", "rappel produit", "nouveau pdg", "nouvelle boutique",
    # Spanish, Italian, Portuguese
    "abre", "inaugura", "anuncia", "retira", "presenta", "lanza", "adquiere", "publica", "cierra", "resultados trimestrales",
    "resultados anuales", "facturacion", "beneficio neto", "ventas record", "nueva tienda", "nuevo ceo", "apre",
    "annuncia", "richiama", "lancia", "acquisisce", "pubblica", "chiude", "risultati trimestrali", "utile netto",
    "fatturato", "nuovo negozio", "recolhe", "apresenta", "lanca", "adquire", "divulga", "resultados trimestrais",
    "lucro", "faturamento", "nova loja",
    # Dutch, Polish, Turkish, Indonesian, Vietnamese
    "opent", "kondigt aan", "roept terug", "presenteert", "lanceert", "neemt over", "kwartaalcijfers", "jaarcijfers",
    "otwiera", "oglasza", "wycofuje", "przedstawia", "publikuje", "przejmuje", "zamyka", "wyniki kwartalne",
    "wyniki finansowe", "aciyor", "duyurdu", "acikladi", "geri cagiriyor", "geri cagirdi", "tanitti",
    "satin aldi", "ceyrek sonuclari", "bilanco", "magaza acti", "yeni magaza", "membuka", "mengumumkan",
    "menarik kembali", "meluncurkan", "melaporkan", "mengakuisisi", "laporan keuangan", "hasil kuartal", "laba bersih",
    "toko baru", "khai truong", "cong bo", "thu hoi", "ra mat", "bao cao", "mua lai", "ket qua kinh doanh",
    "loi nhuan", "cua hang moi",
)
# (seized33) enforcement news: customs, police or a court acting on counterfeits ("Customs seize fake … at port",
# "Police raid market stalls", "Zoll beschlagnahmt …", "изъяли", "查获", "押収", "압수"); its copy words are reported
# (reported_copy below)
HEADLINE_LATIN = HEADLINE_LATIN + (
    "seize", "seizes", "seized", "raid", "raids", "raided", "confiscate", "confiscates", "confiscated", "crack down",
    "cracks down", "crackdown", "busts", "intercept", "intercepts", "intercepted", "impound", "impounds", "impounded",
    "destroys", "beschlagnahmt", "stellt sicher", "saisit", "saisissent", "incautan", "incauta", "decomisan",
    "sequestrati", "sequestra", "apreendem", "apreende", "zajeto", "skonfiskowano", "ele gecirildi", "el konuldu",
    "disita", "menyita", "thu giu", "tich thu",
    # a trial's
    "jailed", "sentenced", "convicted", "arrested", "charged over", "charged with", "verurteilt", "condamne",
    "condenado", "condannato", "skazany", "divonis")
HEADLINE_NATIVE = ("изъяли", "изъято", "конфисковали", "вилучили", "оштрафовали", "оштрафован", "уходит в отставку", "празднует", "увольняет", "открывает", "открыл", "открыла", "объявляет", "объявила", "объявил", "отзывает", "отозвала",
                   "представляет", "представила", "публикует", "отчиталась", "отчитался", "покупает", "закрывает",
                   "квартальные результаты", "выручка", "прибыль", "новый магазин", "відкриває", "оголошує", "відкликає")
HEADLINE_WIDE = ("查获", "查獲", "扣押", "押収", "摘発", "압수", "적발", "罚款", "罰款", "辞职", "辭職", "周年庆典", "裁员", "裁員", "制裁金", "辞任", "過料", "벌금", "사임", "감원", "召回", "发布财报", "發布財報", "公布业绩", "公布業績", "季度业绩", "季度業績", "财报", "財報", "营收", "營收", "净利润",
                 "淨利潤", "宣布", "旗舰店开业", "旗艦店開幕", "新店开业", "收购", "收購", "决算", "決算", "リコール", "発表", "開店",
                 "新店舗", "買収", "四半期", "실적", "발표", "리콜", "개장", "인수", "분기", "تعلن", "أعلنت", "تفتتح", "افتتحت",
                 "تسحب", "نتائج", "أرباح", "घोषणा", "नतीजे", "तिमाही")
_HEADLINE = re.compile(rf"(?<![a-z0-9])(?:{_alternatives(HEADLINE_LATIN)})(?![a-z0-9])")
_HEADLINE_NATIVE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(HEADLINE_NATIVE, key=longest_first)))
                              + r")(?!\w)")
# a headline's verb is after the company's name, never the title's first word ("Opens easily", "Lance …" a first
# name): the verb readings need a word before them
_NOTHING_BEFORE = re.compile(r"^[^a-z0-9]*$")

def _gate(phrases) -> frozenset[str]:
    """The longest word of every Latin phrase: a text none of whose words is in the set holds none of the phrases
    (a cheap test before the phrases' regex)."""
    return frozenset(max(re.findall(r"[a-z0-9]+", latin_text(p).lower()), key=len) for p in phrases)


# a description that says the post sells nothing
NO_SALE_LATIN = (
    "no sale", "not for sale", "nothing for sale", "nothing to sell", "not selling", "news item", "news article",
    "press article", "press release", "for information only", "information only", "editorial", "news report",
    "nicht zu verkaufen", "kein verkauf", "nur zur information", "pas a vendre", "aucune vente", "article de presse",
    "no se vende", "no esta a la venta", "articulo de prensa", "nota de prensa", "non in vendita", "articolo di stampa",
    "nao esta a venda", "nao vendo", "materia jornalistica", "niet te koop", "nie na sprzedaz", "artykul prasowy",
    "satilik degil", "haber metni", "tidak dijual", "artikel berita", "khong ban", "bai bao",
)
NO_SALE_OTHER = ("не продается", "не продаётся", "новостная статья", "不出售", "非卖品", "非賣品", "新闻稿", "新聞稿",
                 "販売していません", "非売品", "ニュース記事", "판매하지 않", "비매품", "보도 기사", "ليس للبيع", "خبر صحفي")
_NO_SALE = re.compile(rf"(?<![a-z0-9])(?:{_alternatives(NO_SALE_LATIN)})(?![a-z0-9])")
# a cheap gate: the longest word of every Latin no-sale phrase (a listing without one has no Latin no-sale phrase)
_NO_SALE_GATE = _gate(NO_SALE_LATIN)
# a cheap gate: the longest word of every Latin headline phrase (a title without one has no Latin headline)
_GATE = _gate(HEADLINE_LATIN)


def _offer_besides_no_sale(desc: str) -> str | None:
    """offer_word of a description outside its no-sale phrases ("Press article, no sale.", "非卖品")."""
    for w in NO_SALE_OTHER:
        desc = desc.replace(w, " ")
    latin = _NO_SALE.sub(" ", latin_text(desc).lower())
    if (m := _OFFER.search(latin)) is not None:
        return m.group(0)
    return None if desc.isascii() else _native_offer(desc)


def news_of(title: str, description: str | None, amount: float | None, words: frozenset[str] | None = None,
            filed_as_news: bool = False) -> str | None:
    """What says the listing is a news item or a press piece that offers nothing (the module's reading 1), else None:
    the label, the headline's words or the description's no-sale phrase, as found. `amount`: the listing's price
    (None: no price); `words`: the listing's latin words (a gate). Pure."""
    desc = description or ""
    latin = latin_text(title).lower()
    offer_title = title
    ascii_title = title.isascii()
    said = None
    if filed_as_news:
        amount = None  # (market35) filed among news: its price is the section's placeholder or an issue's
    if amount is not None:
        pass  # a label or a headline sold at a price: a copy may wear them ("News: Rolex Submariner" at a copy's price)
    elif (m := _LABEL.match(latin)) is not None:
        said = m.group(0).strip(" :|-–—]】")
        # (market35) the label's own words ("Price watch:") offer nothing: the offer is read after its first separator
        offer_title = title[m.end():] if ascii_title else re.split(r"[:|]|\s[-–—]\s|[】\]]", title, maxsplit=1)[-1]
    elif not ascii_title and ((m := _LABEL_NATIVE.match(title.casefold())) or (m := _LABEL_WIDE.match(title))):
        said = m.group(0).strip(" :：|｜-–—]】[【「」『』")
    if said is None and desc and (words is None or not _NO_SALE_GATE.isdisjoint(words) or not desc.isascii()) and (
            (m := _NO_SALE.search(latin_text(desc[:160]).lower())) is not None or not desc.isascii() and (
            m := next((re.search(re.escape(w), desc) for w in NO_SALE_OTHER if w in desc), None))):
        said = m.group(0)  # (most priced listings: no gate word, nothing read)
    if said is None and amount is None and (words is None or not ascii_title or not _GATE.isdisjoint(words)):
        if (m := _HEADLINE.search(latin)) is not None and not _NOTHING_BEFORE.match(latin[:m.start()]):
            said = m.group(0)
        elif not ascii_title:
            folded = title.casefold()
            if (m := _HEADLINE_NATIVE.search(folded)) is not None and folded[:m.start()].strip():
                said = m.group(0)
            elif (w := next((w for w in HEADLINE_WIDE if w in title and title.index(w) > 0), None)) is not None:
                said = w
    if said is None:
        return None
    if offer_word(offer_title) is not None or desc and _offer_besides_no_sale(desc) is not None:
        return None  # an offer dressed as news ("BREAKING: … restock, DM"); "no sale" itself is none
    return said


# ------------------------------------------------------------------------------------------------- reported copies
# (seized33, issue 9) A copy word REPORTED, not claimed: the object of an enforcement verb in the same sentence, as a
# news item or an old newspaper tells a seizure, a raid, a destruction or a trial ("customs seize 3,000 fake Louis
# Vuitton bags", "the counterfeit goods were destroyed", "Zoll beschlagnahmt gefälschte Rolex", "la douane saisit des
# contrefaçons", "incautan bolsos falsos", "изъяли поддельные кроссовки", "海关查获假冒耐克鞋", "偽ブランド品を押収",
# "가짜 명품 압수"). How wire services, customs and police press offices word enforcement news (U.S. CBP, EUIPO, HMRC,
# Guardia di Finanza, Policía Nacional, Receita Federal, 海关总署 and Korea Customs Service press pages, from general
# knowledge; no held-out listing's string). Read only in a news item or a work (judge._copy_claim); a sentence that
# also holds a word of the copy trade's grades or of an offer ("customs seized lot, 1:1 replicas, DM") reports nothing:
# a seller's cover story (stories.py) is judged as before.
ENFORCEMENT_LATIN = (
    # English: seizures, raids, destruction, crackdowns, arrests and trials
    "seize", "seizes", "seized", "seizing", "seizure", "seizures", "raid", "raids", "raided", "destroy", "destroys",
    "destroyed", "destruction", "confiscate", "confiscates", "confiscated", "confiscation", "crack down",
    "cracks down", "cracked down", "crackdown", "bust", "busts", "busted", "burn", "burns", "burned", "burnt", "crush",
    "crushes", "crushed", "intercept", "intercepts", "intercepted", "impound", "impounds", "impounded", "haul",
    "dismantle", "dismantled", "smuggled", "smuggling", "arrested", "arrest", "charged", "jailed", "sentenced",
    "convicted", "prosecuted", "on trial", "stands trial", "court", "guilty", "steamrolled", "shredded",
    # German, French, Spanish, Italian, Portuguese, Dutch
    "beschlagnahmt", "beschlagnahmen", "beschlagnahmte", "beschlagnahme", "sichergestellt", "stellt sicher",
    "stellen sicher", "zerstort", "vernichtet", "vernichtung", "razzia", "verurteilt", "festgenommen", "saisit",
    "saisissent", "saisi", "saisis", "saisie", "saisies", "detruit", "detruits", "detruites", "confisque",
    "confisques", "demantele", "demantelent", "perquisition", "coup de filet", "intercepte", "condamne",
    "interpelle", "incautan", "incauta", "incauto", "incautaron", "incautados", "incautadas", "incautacion",
    "decomisan", "decomisa", "decomiso", "decomisados", "destruyen", "destruidos", "destruidas", "requisan",
    "requisados", "intervienen", "intervenidos", "desmantelan", "redada", "condenado", "detenido", "detenidos",
    "sequestrati", "sequestrate", "sequestra", "sequestrano", "sequestro", "sequestrato", "distrutti", "distrugge",
    "confiscati", "condannato", "arrestato", "arrestati", "apreendem", "apreende", "apreendeu", "apreendidos",
    "apreendidas", "apreensao", "destroem", "destruidos", "confiscados", "preso", "presos", "in beslag genomen",
    "neemt in beslag", "nemen in beslag", "vernietigd", "inval", "veroordeeld",
    # Polish, Turkish, Indonesian/Malay, Vietnamese (folded to Latin)
    "zajeto", "zajela", "zajeli", "skonfiskowano", "skonfiskowala", "skonfiskowali", "przejeto", "przejela",
    "zniszczono", "nalot", "skazany", "zatrzymany", "zatrzymano", "ele gecirildi", "ele gecirdi", "el konuldu",
    "el koydu", "imha edildi", "imha", "baskin", "tutuklandi", "disita", "menyita", "sita", "penyitaan",
    "dimusnahkan", "memusnahkan", "razia", "digerebek", "gerebek", "ditangkap", "divonis", "thu giu", "tich thu",
    "tieu huy", "bat giu",
)
ENFORCEMENT_OTHER = (
    "изъяли", "изъято", "изъяты", "изъятие", "изымают", "изъята", "конфисковали", "конфискованы", "уничтожили",
    "уничтожены", "уничтожено", "рейд", "осужден", "осуждён", "задержан", "задержали", "вилучили", "вилучено",
    "查获", "查獲", "查扣", "扣押", "收缴", "收繳", "销毁", "銷毀", "没收", "沒收", "破获", "破獲", "缴获", "繳獲", "打假", "判刑",
    "押収", "摘発", "廃棄", "差し押さえ", "압수", "적발", "폐기", "몰수", "단속", "ضبط", "مصادرة", "إتلاف", "صادرت", "ضبطت",
)
_ENFORCEMENT = re.compile(rf"(?<![a-z0-9])(?:{_alternatives(ENFORCEMENT_LATIN)})(?![a-z0-9])")
_ENFORCEMENT_GATE = _gate(ENFORCEMENT_LATIN)
# the copy trade's grade words and a seller's words: a sentence with one of them sells the copy it names
_GRADES = re.compile(r"(?<![a-z0-9])(?:1\s*:\s*1|aaa\+?(?![^a-z0-9]*(?:batter|cell|size))|a\+{1,3}|super ?copy|super ?clone|mirror (?:quality|grade)|"
                     r"first copy|high copy|master copy|top quality|best quality|reps?|ua|og batch|batch|grade|"
                     r"for sale|in stock|available|dm|pm|whatsapp|wechat|telegram|order|orders|ship|ships|shipping|"
                     r"price|cheap|wholesale|pcs|we sell|i sell|selling|buy)(?![a-z0-9])")
_GRADES_WIDE = ("高仿", "复刻", "復刻", "原单", "原單", "精仿", "a货", "a貨", "现货", "現貨", "有货", "包邮", "微信", "出售", "在庫", "販売",
                "판매", "재고", "레플", "в наличии", "продаю", "продам")
_SENTENCE_END = re.compile(r"[.!?;](?!\S)|[\n|]|\s[-–—]\s|[。！？；]")  # not "3.5cm", "5.000"


def enforcement_word(text: str) -> bool:
    """Whether `text` holds a word of enforcement (a seizure, a raid, a destruction, a trial) at all: a cheap gate."""
    if text.isascii():
        return not _ENFORCEMENT_GATE.isdisjoint(re.findall(r"[a-z0-9]+", text.lower())) and _ENFORCEMENT.search(
            text.lower()) is not None
    return _ENFORCEMENT.search(latin_text(text).lower()) is not None or any(w in text for w in ENFORCEMENT_OTHER)


def reported_copy(text: str, start: int, end: int) -> bool:
    """Whether the copy word at text[start:end] is REPORTED: its sentence (between . ! ? ; a line break, a bar or a
    spaced dash) holds a word of enforcement (ENFORCEMENT_*: "customs seize 3,000 fake …", "the counterfeit goods were
    destroyed", "海关查获假冒…") and no word of the copy trade's grades or of an offer ("customs seized lot, 1:1
    replicas, DM": a cover story). Pure."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = m.start() if (m := _SENTENCE_END.search(text, end)) is not None else len(text)
    sentence = text[left:right]
    if not enforcement_word(sentence):
        return False
    if _GRADES.search(latin_text(sentence).lower()) is not None:
        return False
    return sentence.isascii() or not any(w in sentence for w in _GRADES_WIDE)
