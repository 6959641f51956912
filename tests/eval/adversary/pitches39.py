"""The adversary's classes of the copy seller's refusals and declared origins (dodge39, issue 9), and their honest twins.

- The brand's goods named plainly, new, at a copy's price that no price rule reads (60-85 % of the floor), and a
  refusal of the authenticity question in the market's language ("please don't ask whether they're genuine, you see
  the price", "no me preguntes si son originales", "fragt nicht, ob es echt ist", "не спрашивай, настоящий ли",
  "别再问是不是真的了", "本物かどうかは聞かないでください", "진품인지 묻지 마세요"; 20 languages): must alert
  (evasion `dont_ask_genuine`).
- The same goods with the seller sending the buyer who wants the original elsewhere ("if you want the original, head
  to the boutique – these are for daily wear", "si buscas el original, ve a la tienda oficial", "wer das Original will,
  geh in den Laden", "要原装的请去专柜", "정품 원하시면 백화점 가세요"): must alert (evasion `original_elsewhere`).
- New goods of a house that registers where it makes all its goods (the registry's `made_in`: Rolex CH, Gucci IT ...)
  declared made in China in the market's words ("Made in PRC", "Herkunftsland: China", "产地：广东", "xuất xứ: Trung
  Quốc"), at a copy's price: must alert (evasion `origin_elsewhere`).
- Honest twins, at a shop's price (100-160 % of the floor): the owner who answers the question ("Original? Yes – the
  receipt is in the photos, ask me anything", "no preguntes más: es original, con factura") (`trap_answers_original`);
  the owner who bought at the mall or boutique and says so, or a shop that asks buyers to visit its own store
  (`trap_bought_at_the_mall`); genuine goods stating the country on their label: a brand without a registered `made_in`
  (Nike, Apple, Samsung made all over Asia), or a house's own country ("Swiss made", "Made in Italy")
  (`trap_label_origin`).

Written from general knowledge of how copy sellers and honest owners word these on classifieds and social shops; the
phrases are this module's own, not a held-out set's (found as classes from outsider36's c_dont_ask_original36,
c_mall_redirect36 and c_origin_declared36 after that set was scored).
"""

from __future__ import annotations

import functools
import re

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import SEED_REGISTRY, BrandView, Draft, Scene, _cap, _plain_mark, registry_doc

# the refusal of the question, one wording a language (the goods' price stated after it now and then)
DONT_ASK = [
    "Please don't ask whether they're genuine, you see the price.", "Don't ask me if it's real. Price tells you.",
    "No me preguntes si son originales, mira el precio.", "Não me perguntem se é original, o preço diz tudo.",
    "Ne me demandez pas si c'est authentique, regardez le prix.", "Fragt nicht, ob es echt ist – der Preis sagt alles.",
    "Non chiedermi se è originale, guarda il prezzo.", "Vraag niet of het echt is, kijk naar de prijs.",
    "Nie pytajcie, czy to oryginał – wystarczy spojrzeć na cenę.", "Не спрашивай, настоящий ли, цена всё объясняет.",
    "Не питайте, чи оригінал.", "Μην ρωτάτε αν είναι αυθεντικό.", "Nu mă întrebați dacă e original, vedeți prețul.",
    "Ne kérdezd, hogy eredeti-e, az ár magáért beszél.", "Älä kysy onko aito, hinta kertoo.",
    "Fråga inte om det är äkta, priset säger allt.", "Jangan tanya asli atau tidak ya, lihat harganya.",
    "Đừng hỏi hàng thật hay giả nha, giá nói lên tất cả.", "Orijinal mi diye sormayın lütfen, fiyat belli.",
    "别再问是不是真的了，看价格就知道。", "本物かどうかは聞かないでください、価格で察してください。", "진품인지 묻지 마세요, 가격 보시면 아세요.",
    "อย่าถามว่าของแท้หรือเปล่านะ ดูราคาเอา", "Huwag magtanong kung original o hindi, sa presyo pa lang alam mo na.",
]
# the buyer who wants the original sent elsewhere
ELSEWHERE = [
    "If you want the original, head to the boutique – these are for daily wear.",
    "Want genuine? Go to the department store. This one is for everyday.",
    "Si buscas el original, ve a la tienda oficial. Este es para diario.",
    "Quer original? Vai ao shopping. Esse é pro dia a dia.", "Tu veux l'original ? Va en boutique. Celui-ci, c'est pour tous les jours.",
    "Wer das Original will, geh in den Laden. Das hier ist für jeden Tag.", "Vuoi l'originale? Vai in boutique, questo è per tutti i giorni.",
    "Chcesz oryginał? Idźcie do salonu. Ten jest na co dzień.", "Нужен оригинал — идите в магазин, а это на каждый день.",
    "Orijinal istiyorsanız mağazaya gidin, bu günlük kullanım için.", "Kalau mau ori, pergi ke mall aja. Ini buat sehari-hari.",
    "Muốn hàng chính hãng thì ra cửa hàng nhé, cái này dùng hằng ngày.", "Origineel nodig? Ga naar de winkel. Dit is voor dagelijks.",
    "要原装的请去专柜，这个是日常用的。", "本物が欲しい方はデパートへ。こちらは普段使い用です。", "정품 원하시면 백화점 가세요. 이건 데일리용이에요.",
    "ถ้าอยากได้ของแท้ไปห้างนะคะ อันนี้ใช้ทุกวัน",
]
# the origin declared, {c} its country in the language
ORIGINS = [
    ("Made in {c}.", "China"), ("Country of origin: {c}.", "PRC"), ("Origin: {c} (Guangdong factory).", "China"),
    ("Herkunftsland: {c}.", "China"), ("Fabriqué en {c}.", "Chine"), ("Hecho en {c}.", "China"),
    ("Prodotto in {c}.", "Cina"), ("Kraj pochodzenia: {c}.", "Chiny"), ("Страна производства: {c}.", "Китай"),
    ("Menşei: {c}.", "Çin"), ("Xuất xứ: {c}.", "Trung Quốc"), ("Negara asal: {c}.", "China"), ("产地：{c}", "广东"),
    ("原産国：{c}", "中国"), ("제조국: {c}", "중국"), ("Made in {c} (Putian).", "PRC"),
]
# (title tail, description) of the honest owners who answer the question
ANSWERS = [
    ("– genuine, receipt", "Original? Yes – the receipt is in the photos, ask me anything."),
    ("– original con factura", "¿Es original? Sí, factura de la tienda. No preguntes más: es original."),
    ("– authentique", "Authentique ? Oui, facture du magasin en photo."),
    ("– Original mit Rechnung", "Echt? Ja, Rechnung vom Händler liegt bei."),
    ("– оригинал, чек", "Оригинал? Да, чек из магазина на фото."),
    ("正品 有小票", "是正品吗？是的，专柜小票在图里。"),
    ("– original, nota fiscal", "Original? Sim, com nota fiscal. Pode perguntar."),
    ("– genuine", "Don't ask if it's original – it is, the receipt is in photo 3."),
]
BOUGHT = [
    ("– bought at the mall", "Bought at the mall last month, same price as in store, receipt included."),
    ("– from the boutique", "Originally from the boutique; receipt and box included."),
    ("– comprado en el centro comercial", "Comprado en el centro comercial, con ticket, precio de tienda."),
    ("– gekauft im Laden", "Im Laden gekauft, mit Kassenbon, originalverpackt."),
    ("– shop stock", "Genuine stock. Visit our store for more items."),
    ("专柜购买", "专柜购入，有小票，原价转让。"),
    ("– genuine", "Original? Yes, receipt attached – go to the store with it and check the serial if you like."),
]
LABELS = ["Country of origin: {c} (as printed on the label).", "Made in {c}, as on the care label.",
          "Label says made in {c}.", "Herkunftsland: {c}, so steht es innen."]
ASIA = ["Vietnam", "China", "Indonesia", "Cambodia", "Bangladesh", "Thailand", "Malaysia", "India"]
OWN = {"CH": "Switzerland", "IT": "Italy", "FR": "France", "CA": "Canada", "JP": "Japan", "TH": "Thailand",
       "ES": "Spain", "US": "USA", "DE": "Germany", "TW": "Taiwan", "VN": "Vietnam", "GB": "UK"}
NEW = ["– new", "– brand new", "– new with tags", "(new)", "– sealed"]


_PACK = re.compile(r"\d+\s*(?:pack|pcs|pieces|x\b)|pack of|\bx\s*\d+", re.I)


@functools.cache
def _made_in() -> dict[str, tuple[str, ...]]:
    """{brand id: the countries it registers as where it makes its goods} (the registry file's `made_in`)."""
    return {b["id"]: tuple(b.get("made_in", [])) for b in registry_doc(SEED_REGISTRY)["brands"]}


def _floored(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    return s.rng.choice(cats) if cats else None


def _goods(b: BrandView, s: Scene, cat: str) -> str:
    return " ".join(f"{_plain_mark(b, s)} {s.product(cat)}".split())


def _honest(b: BrandView, s: Scene, cat: str, tail: str) -> tuple[str, tuple[float, str]] | None:
    """A trap's title (the brand's name, its goods, `tail`) and a shop's price above every floor the title names (a
    line's own floor too: "Keepall" bags cost more than the category's cheapest goods); None for goods sold by the
    pack ("5 pack", "12 pcs"), whose floor is one unit's."""
    product = s.product(cat)
    if _PACK.search(product):
        return None
    title = _cap(" ".join(f"{b.name} {product} {tail}".split()))
    amount, cur = _title_floor(b, title, b.floors[cat])
    return title, (round(amount * s.rng.uniform(1.05, 1.6), 2), cur)


def make_dont_ask(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s)) is None:
        return None
    desc = f"{s.rng.choice(DONT_ASK)} {s.product(cat)}."
    return Draft(_cap(f"{_goods(b, s, cat)} {s.rng.choice(NEW)}"), cat, s.price(cat), desc)


def make_elsewhere(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s)) is None:
        return None
    desc = f"{s.product(cat)}. {s.rng.choice(ELSEWHERE)}"
    return Draft(_cap(_goods(b, s, cat)), cat, s.price(cat), desc)


def make_origin(b: BrandView, s: Scene) -> Draft | None:
    if not _made_in().get(b.id) or (cat := _floored(b, s)) is None:
        return None
    frame, country = s.rng.choice(ORIGINS)
    desc = f"{s.product(cat)}, brand new. {frame.format(c=country)}"
    return Draft(_cap(f"{_goods(b, s, cat)} – new with tags"), cat, s.price(cat), desc)


def make_answers(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s)) is None:
        return None
    tail, desc = s.rng.choice(ANSWERS)
    if (honest := _honest(b, s, cat, tail)) is None:
        return None
    return Draft(honest[0], cat, honest[1], desc)


def make_bought(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s)) is None:
        return None
    tail, desc = s.rng.choice(BOUGHT)
    if (honest := _honest(b, s, cat, tail)) is None:
        return None
    return Draft(honest[0], cat, honest[1], desc)


def make_label(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s)) is None:
        return None
    made = _made_in().get(b.id)
    country = OWN.get(s.rng.choice(made), "Switzerland") if made else s.rng.choice(ASIA)
    if made and country == "Switzerland" and "CH" not in made:
        return None
    desc = "Genuine, bought new at the brand store. " + s.rng.choice(LABELS).format(c=country)
    if (honest := _honest(b, s, cat, "– new, original")) is None:
        return None
    return Draft(honest[0], cat, honest[1], desc)


EVASIONS = {
    "dont_ask_genuine": "the brand's goods named plainly, new, at a copy's price (60-85 % of the floor), and the seller "
                        "refuses the authenticity question ('don't ask whether they're genuine, you see the price', "
                        "'fragt nicht, ob es echt ist', '别再问是不是真的了', '진품인지 묻지 마세요'; 24 languages)",
    "original_elsewhere": "the same goods with the buyer who wants the original sent to the mall, boutique, official "
                          "store or department store ('si buscas el original, ve a la tienda oficial', '要原装的请去专柜'; "
                          "17 languages)",
    "origin_elsewhere": "new goods of a house that registers where it makes its goods (made_in) declared made in China "
                        "('Made in PRC', 'Herkunftsland: China', '产地：广东', 'xuất xứ: Trung Quốc') at a copy's price",
}
TRAPS = {
    "trap_answers_original": "the owner answers the authenticity question ('Original? Yes – receipt in the photos, ask "
                             "me anything', 'no preguntes más: es original') at a shop's price: quiet",
    "trap_bought_at_the_mall": "goods bought at the mall or boutique and said so, or a shop asking buyers to visit its "
                               "own store, at a shop's price: quiet",
    "trap_label_origin": "genuine new goods stating the country on their label: Asia for a brand made all over it, the "
                         "house's own country for one that registers made_in: quiet",
}
EVASION_MAKERS = {"dont_ask_genuine": make_dont_ask, "original_elsewhere": make_elsewhere, "origin_elsewhere": make_origin}
TRAP_MAKERS = {"trap_answers_original": make_answers, "trap_bought_at_the_mall": make_bought,
               "trap_label_origin": make_label}
