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
"staff sale", "gift I don't need"), in English and the commonest marketplace languages (de, fr, es, it, pt, nl, pl, ru,
tr, id, vi, zh, ja, ko, ar). Nothing is taken from a held-out set. A cue-like phrase that is also a condition
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
        "seized by customs", "customs seized", "customs seizure", "confiscated by customs", "customs confiscated",
        "confiscated goods", "seized goods", "customs auction", "police auction", "unclaimed cargo", "unclaimed parcel",
        "unclaimed shipment", "lost cargo", "lost luggage", "beschlagnahmt", "vom zoll", "zollauktion", "saisi par la douane",
        "saisie douanière", "decomisado", "incautado por aduana", "subasta de aduana", "sequestrato dalla dogana",
        "apreendido pela alfândega", "leilão da receita", "конфискат", "конфискованный", "таможенный конфискат",
        "gümrükten", "sitaan bea cukai", "海关罚没", "海关扣押", "罚没", "没收", "税関", "세관 압수",
    ],
    "factory overrun": [
        "factory overrun", "factory over run", "overrun stock", "production overrun", "excess production",
        "surplus stock", "factory surplus", "factory leftover", "factory leftovers", "leftover stock", "export surplus",
        "export overrun", "cancelled order", "canceled order", "order cancelled", "from the factory directly",
        "direct from the factory", "same factory", "made in the same factory", "überproduktion", "restposten aus der fabrik",
        "surplus d'usine", "excédent de production", "sobreproducción", "excedente de fábrica", "eccedenza di produzione",
        "sobra de produção", "nadwyżka produkcyjna", "излишки производства", "фабричные излишки", "fabrika fazlası",
        "sisa ekspor", "尾单", "尾貨", "外贸尾单", "工厂尾货", "库存尾货", "剪标", "同厂", "工場直送", "공장 재고",
    ],
    "staff sale": [
        "staff purchase", "staff sale", "staff discount", "employee purchase", "employee discount", "employee price",
        "staff price", "bought with my staff discount", "warehouse clearance", "warehouse sale",
        "stock clearance", "liquidation stock", "liquidation sale", "bankruptcy stock", "closing down sale",
        "mitarbeiterrabatt", "personalkauf", "lagerräumung", "prix employé", "déstockage", "liquidation totale",
        "descuento de empleado", "liquidación de almacén", "sconto dipendenti", "svuota magazzino", "desconto de funcionário",
        "queima de estoque", "wyprzedaż magazynowa", "сотрудникам", "распродажа склада", "ликвидация склада",
        "personel indirimi", "depo temizliği", "cuci gudang", "xả kho", "内部员工", "员工内购", "内购", "清仓", "仓库清仓",
        "社販", "社員割引", "在庫処分", "직원가", "재고정리", "تصفية المخزون",
    ],
    "gift": [
        "unwanted gift", "received as a gift", "got it as a gift", "got as a gift", "gift i don't need", "gifted to me",
        "won in a raffle", "won it in a raffle", "won in a competition", "won it in a competition", "prize i won",
        "company gift", "corporate gift", "ungewolltes geschenk", "geschenk bekommen", "cadeau non désiré",
        "reçu en cadeau", "regalo no deseado", "me lo regalaron", "regalo non gradito", "ricevuto in regalo",
        "presente que ganhei", "ganhei de presente", "niechciany prezent", "dostałem w prezencie", "подарили",
        "ненужный подарок", "hediye geldi", "hadiah tidak terpakai", "别人送的", "朋友送的", "公司发的", "抽奖中的",
        "もらい物", "頂き物", "景品", "선물 받은", "선물받은", "هدية غير مرغوب",
    ],
    "duty free": [
        "duty free", "duty-free", "dutyfree", "bought in … duty free", "bought at … duty free", "tax free shop",
        "zollfrei", "hors taxes", "libre de impuestos", "免税店", "免税品", "免稅店", "면세점", "면세품", "السوق الحرة",
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
