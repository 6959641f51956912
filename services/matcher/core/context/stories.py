"""Cover stories: why NEW goods are said to cost a fraction of their price.

A counterfeit sold at an impossible price often comes with a story that explains the price without admitting a copy:
the goods were seized by customs, are a factory's overrun or surplus, a staff or employee purchase, a warehouse or
liquidation clearance, an unwanted gift or a prize, bought duty free. Genuine sellers tell such stories too, and price
near retail: the story is the listing's own explanation of a low price, so it counts as a counterfeit cue only when the
price is below the floor the listing is judged by (`MatcherIndex._context_evidence`: the line's, model's or category's
floor, scaled for a stated condition; `COVER_BELOW_FLOOR`). Reasons for a quick private sale that say nothing about how
new goods got cheap ("moving abroad", "need the money") are no cover story: a used item's seller gives them.

`StoryReader.find(text)` returns the first story of the listing (title or description), or None.

Source of the phrases: written for BrandSentry from the pretexts that consumer-protection and customs agencies warn of
in counterfeit offers (U.S. CBP and EUIPO awareness pages: "seized goods auction", "factory overrun", "surplus stock",
"staff sale", "gift I don't need") and from the names customs services give their own sales of seized and unclaimed
goods (Zollversteigerung, subasta / remate de aduanas, asta doganale, licytacja celna, gümrük ihalesi, vámárverés,
licitație vamală, leilão da Receita Federal, 海关拍卖, 세관 공매, lelang bea cukai), in English and the languages of our
markets (de nl sv da no fi fr es it pt ro pl cs sk hu el uk ru tr ar fa he id ms vi th zh ja ko), each phrase in the
forms a title uses (a Polish "z licytacji celnej", a Turkish "gümrük ihalesinden": the reader matches whole words).
Nothing is taken from a held-out set. A cue-like phrase that is also a condition
(condition.py: "duty free" is a grey import) keeps that condition's scale for the floor.
"""

from __future__ import annotations

from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.normalise import ListingText

# a story counts when the price is below this share of the floor it is judged by (1.0: anything below the lowest
# genuine price, for that condition, needs the story to explain it)
COVER_BELOW_FLOOR = 1.0

STORIES: dict[str, list[str]] = {
    "customs seizure": [
        # en
        "seized by customs", "customs seized", "customs seizure", "confiscated by customs", "customs confiscated",
        "confiscated goods", "seized goods", "seized stock", "confiscated stock", "seized lot", "confiscated lot",
        "customs auction", "customs auctions", "police auction", "government auction", "unclaimed cargo",
        "unclaimed parcel", "unclaimed shipment", "lost cargo", "lost luggage",
        # de, nl, sv, da, no, fi
        "beschlagnahmt", "beschlagnahmte ware", "vom zoll", "zollauktion", "zoll auktion", "zollversteigerung",
        "zollversteigerungen", "zollware", "konfiszierte ware", "douaneveiling", "douane veiling", "in beslag genomen",
        "geconfisqueerd", "tullauktion", "beslagtaget av tullen", "toldauktion", "tollauksjon", "tullihuutokauppa",
        # fr, es, it, pt, ro
        "saisi par la douane", "saisie douanière", "saisie des douanes", "enchères des douanes", "vente des domaines",
        "decomisado", "decomisada", "decomisados", "decomiso", "incautado por aduana", "mercancía incautada",
        "subasta de aduana", "subasta de aduanas", "subasta aduanera", "remate de aduana", "remate de aduanas",
        "remate aduanero", "sequestrato dalla dogana", "merce sequestrata", "sequestro doganale", "asta doganale",
        "asta della dogana", "aste doganali", "apreendido pela alfândega", "mercadoria apreendida", "leilão da receita",
        "leilão da receita federal", "leilão alfandegário", "leilão de alfândega", "licitație vamală",
        "licitația vamală", "licitatie vamala", "confiscat de vamă", "marfă confiscată",
        # pl, cs, sk, hu, el, uk, ru
        "licytacja celna", "licytacji celnej", "licytacje celne", "z konfiskaty", "towar skonfiskowany",
        "skonfiskowane przez urząd celny", "celní aukce", "celní aukci", "celní dražba", "celní dražby",
        "zabavené zboží", "colná aukcia",
        "zhabaný tovar", "vámárverés", "vámárverésről", "vámáru", "lefoglalt áru", "elkobzott áru",
        "δημοπρασία τελωνείου", "κατασχεμένα", "κατάσχεση τελωνείου", "конфіскат", "митний конфіскат",
        "митний аукціон", "конфискат", "конфискованный", "таможенный конфискат", "таможенный аукцион",
        "таможенного аукциона",
        # tr, ar, fa, he
        "gümrükten", "gümrük ihalesi", "gümrük ihalesinden", "gümrük müzayedesi", "gümrük müzayedesinden",
        "gümrüğe takılan", "el konulan", "مزاد الجمارك", "مزاد جمركي", "بضاعة مصادرة", "مصادرة من الجمارك",
        "مزایده گمرک", "کالای توقیفی", "פומבית של המכס", "סחורה מוחרמת",
        # id, ms, vi, th, zh, ja, ko
        "sitaan bea cukai", "lelang bea cukai", "barang sitaan", "lelang kastam", "barang rampasan kastam",
        "hàng tịch thu", "tịch thu hải quan", "đấu giá hải quan", "hàng hải quan", "ของกลางศุลกากร", "ประมูลศุลกากร",
        "海关罚没", "海关扣押", "海关拍卖", "海关查扣", "罚没", "没收", "税関", "押収品", "差し押さえ品",
        "세관 압수", "세관 경매", "세관 공매", "압수품", "몰수품",
    ],
    "factory overrun": [
        "factory overrun", "factory over run", "overrun stock", "production overrun", "excess production",
        "surplus stock", "factory surplus", "factory leftover", "factory leftovers", "leftover stock", "export surplus",
        "export overrun", "cancelled order", "canceled order", "order cancelled", "from the factory directly",
        "direct from the factory", "same factory", "made in the same factory", "überproduktion", "restposten aus der fabrik",
        "overproductie", "surplus d'usine", "excédent de production", "sobreproducción", "excedente de fábrica",
        "eccedenza di produzione", "sobra de produção", "nadwyżka produkcyjna", "nadprodukcja", "nadvýroba",
        "túltermelés", "surplus de producție", "πλεόνασμα παραγωγής", "надлишки виробництва", "излишки производства",
        "фабричные излишки", "fabrika fazlası", "üretim fazlası", "فائض المصنع", "עודפי ייצור", "sisa ekspor",
        "hàng dư xuất khẩu", "尾单", "尾貨", "外贸尾单", "工厂尾货", "库存尾货", "剪标", "同厂", "工場直送", "공장 재고",
    ],
    "staff sale": [
        "staff purchase", "staff sale", "staff discount", "employee purchase", "employee discount", "employee price",
        "staff price", "bought with my staff discount", "warehouse clearance", "warehouse sale",
        "stock clearance", "liquidation stock", "liquidation sale", "bankruptcy stock", "closing down sale",
        "mitarbeiterrabatt", "mitarbeiterpreis", "personalkauf", "personalrabatt", "lagerräumung", "insolvenzware",
        "personeelskorting", "magazijnopruiming", "prix employé", "prix du personnel", "déstockage",
        "liquidation totale", "descuento de empleado", "precio de empleado", "liquidación de almacén",
        "sconto dipendenti", "prezzo dipendenti", "svuota magazzino", "desconto de funcionário", "preço de funcionário",
        "queima de estoque", "rabat pracowniczy", "cena pracownicza", "wyprzedaż magazynowa",
        "zaměstnanecká sleva", "výprodej skladu", "dolgozói kedvezmény", "raktárkisöprés", "reducere de angajat",
        "lichidare stoc", "έκπτωση υπαλλήλου", "ξεπούλημα αποθήκης", "знижка для співробітників", "розпродаж складу",
        "сотрудникам", "для сотрудников", "распродажа склада", "ликвидация склада", "personel indirimi",
        "çalışan indirimi", "personel fiyatına", "depo temizliği", "depo boşaltma", "خصم الموظفين", "سعر الموظفين",
        "تصفية المخزون", "הנחת עובדים", "מחיר עובד", "חיסול מלאי", "cuci gudang", "harga karyawan", "diskon karyawan",
        "xả kho", "giá nhân viên", "ราคาพนักงาน", "ล้างสต๊อก", "内部员工", "员工内购", "员工价", "内购", "清仓",
        "仓库清仓", "社販", "社員割引", "社員価格", "在庫処分", "직원가", "직원 할인", "재고정리",
    ],
    "gift": [
        "unwanted gift", "received as a gift", "got it as a gift", "got as a gift", "gift i don't need", "gifted to me",
        "won in a raffle", "won it in a raffle", "won in a competition", "won it in a competition", "prize i won",
        "company gift", "corporate gift", "ungewolltes geschenk", "geschenk bekommen", "ongewenst cadeau",
        "cadeau non désiré", "reçu en cadeau", "regalo no deseado", "me lo regalaron", "regalo non gradito",
        "ricevuto in regalo", "presente que ganhei", "ganhei de presente", "niechciany prezent", "dostałem w prezencie",
        "nechtěný dárek", "nem kívánt ajándék", "cadou nedorit", "ανεπιθύμητο δώρο", "непотрібний подарунок",
        "подарили", "ненужный подарок", "hediye geldi", "istenmeyen hediye", "هدية غير مرغوب", "מתנה לא רצויה",
        "hadiah tidak terpakai", "quà tặng không dùng", "别人送的", "朋友送的", "公司发的", "抽奖中的", "もらい物",
        "頂き物", "景品", "선물 받은", "선물받은",
    ],
    "duty free": [
        "duty free", "duty-free", "dutyfree", "bought in … duty free", "bought at … duty free", "tax free shop",
        "zollfrei", "hors taxes", "libre de impuestos", "belastingvrij", "wolnocłowy", "sklep wolnocłowy",
        "bezcłowy", "vámmentes", "αφορολόγητα", "безмитний", "беспошлинный", "gümrüksüz", "السوق الحرة",
        "السوق الحره", "דיוטי פרי", "bebas bea", "miễn thuế", "ร้านปลอดภาษี", "免税店", "免税品", "免稅店", "면세점",
        "면세품",
    ],
}


class StoryReader:
    """The stories compiled once per index; `find` per listing that names a brand."""

    def __init__(self, stories: dict[str, list[str]] | None = None) -> None:
        stories = stories if stories is not None else STORIES
        self._kind = {w.casefold(): kind for kind, words in stories.items() for w in words}
        self._lexicon = Lexicon([w for words in stories.values() for w in words])

    def find(self, text: ListingText) -> tuple[str, Found] | None:
        """(kind of story, where it is said) for the listing's first story, or None."""
        found = self._lexicon.find(text)
        if not found:
            return None
        first = min(found, key=lambda f: (f.start, -f.end))
        return self._kind.get(first.term.casefold(), "story"), first
