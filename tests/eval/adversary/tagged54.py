"""The adversary's classes of search tags written into the description, penalty pledges against fakes, grey imports
from a factory and the copy trade's machine-translated slang, with their honest twins (fresh54b, issue 9):

- a plain item its seller says carries no brand ("no logo", "unbranded", "our own design", "sin marca", "ohne Logo",
  "无品牌", "ノーブランド", "tanpa logo", "без логотипа"), the brand named only in a search-tag line of the description
  ("tags: …", "Keywords: …", "Schlagwörter: …", "标签：…", "#… #… #…") among generic words, at 3-30 % of the category's
  floor: quiet (trap); the same item and tag line with a copy tag ("replica", "1:1", "rep", "копия", "高仿"): alert
  (evasion), and so does a tag line with a copy tag under a generic title that says nothing of a brand;
- a generic item whose tag line names three registered brands or more (keyword stuffing) at a low price: quiet (trap);
- genuine goods named plainly with the shops' pledge against fakes (假一赔十 as sellers and machine translation write
  it: "fake one pay ten", "fake 1 compensate 10", "fake? we pay 10 times", "fake 1 đền 10", "jika palsu uang kembali
  10x", "가품 시 10배 보상", "sahte çıkarsa iade") at 100-140 % of the floor: quiet (trap); the same pledge beside a copy
  claim ("high copy, fake one pay ten", "mirror quality – giả đền gấp 10") at a copy's price: alert (evasion);
- a grey import of genuine goods bought in another market ("parallel import from Japan, no local warranty, bought from a
  retailer there") at 80-95 %: quiet (trap); "parallel import" said to come from a factory ("imported from the Asia
  factory", "same factory as the official one", "identical quality") at 60-110 %: alert (evasion);
- the copy trade's slang of Chinese, Thai, Vietnamese and Korean shops machine-translated into English ("original
  single", "pure original", "mirror work", "premium grade work", "genuine level", "same paragraph") at 90-130 % of the
  floor: alert (evasion); genuine goods in the same machine English ("counter genuine, with small ticket", "national
  bank, warranty nationwide", "original invoiced, distributor guaranteed", "ori official warranty") at 100-140 %:
  quiet (trap).

Written from general knowledge of how sellers end descriptions on Poshmark, Etsy, Depop, Vinted and DHgate, of Taobao's
and Shopee's shop boilerplate and of machine translation's renderings of the trade's slang; the words and sentences are
this module's own, no held-out listing's string (after outsider42's classes, scored on base54).
"""

from __future__ import annotations

from tests.eval.adversary.collectors import COLOURS, _marks
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_tag_line_plain54": "a plain item said to carry no brand, the brand only in a search-tag line of the "
                             "description among generic words, at 3-30 % of the category's floor",
    "trap_tag_line_stuffed54": "a generic item whose description's tag line names three registered brands or more, "
                               "at a low price",
    "trap_penalty_pledge54": "genuine goods with the shops' pledge against fakes ('fake one pay ten', 'fake 1 đền 10', "
                             "'가품 시 10배 보상') at 100-140 % of the floor",
    "trap_grey_import_market54": "a grey import bought from a retailer in another market, no local warranty, at 80-95 %",
    "trap_mt_genuine54": "genuine goods in machine-translated shop English ('counter genuine, with small ticket', "
                         "'original invoiced') at 100-140 % of the floor",
}
EVASIONS = {
    "tag_line_copy54": "a generic title, the brand only in a description's tag line with a copy tag (replica, 1:1, "
                       "rep, копия, 高仿), or a plain 'no logo' item whose tags claim a copy, at a copy's price",
    "penalty_pledge_copy54": "the pledge against fakes beside a copy claim at a copy's price",
    "grey_import_factory54": "'parallel import' of goods said to come from a factory ('same factory as the official "
                             "one', 'identical quality') at 60-110 % of the floor",
    "mt_copy_slang54": "the copy trade's slang machine-translated ('original single', 'mirror work', 'premium grade "
                       "work', 'genuine level') at 90-130 % of the floor",
}
# one listing a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 1)

TAG_KEYS = ["tags", "Tags", "Keywords", "keywords", "Search terms", "Schlagwörter", "Etiquetas", "Mots-clés", "Теги",
            "Kata kunci", "Từ khóa", "Etiketler", "标签", "タグ", "태그"]
GENERIC_TAGS = ["gift", "cheap", "new", "men", "women", "kids", "trendy", "2026", "sale", "cute", "minimalist", "classic"]
UNBRANDED = [("– plain, no logo", "Plain {p}, no logo, made in our own workshop."),
             ("(unbranded)", "Unbranded {p}, our own design. Simple and well made."),
             ("– own brand", "Our own brand {p}, no logo anywhere, sold by the maker."),
             ("sin marca", "{p} sin marca, sin logo, fabricación propia."),
             ("ohne Logo", "{p} ohne Logo, eigene Herstellung."),
             ("sans marque", "{p} sans marque ni logo, fait dans notre atelier."),
             ("无品牌", "{p}，无品牌，无logo，自家工厂出品。"),
             ("ノーブランド", "{p}、ノーブランド、ロゴなし。"),
             ("tanpa logo", "{p} tanpa logo, tanpa merek, buatan sendiri."),
             ("без логотипа", "{p} без логотипа, без бренда, собственное производство.")]
COPY_TAGS = ["replica", "1:1", "aaa", "копия", "高仿", "mirror copy", "super copy", "réplica", "1:1 replica"]
END_COPY_WORDS = ["replica", "copy", "clone", "1:1", "копия", "fake", "knockoff"]  # said at a longer tag's end
CLAIM_TAGS = ["replica", "копия", "高仿", "réplica", "replika"]  # one word each, a copy claimed outright (no grade)
STUFFED = ["prada", "chanel", "hermes", "dior", "fendi", "balenciaga"]
PLEDGES = ["Genuine guaranteed, fake one pay ten.", "Counter authentic, fake 1 compensate 10.",
           "100% original. Fake? We pay 10 times.", "Cam kết chính hãng, fake 1 đền 10.",
           "Hàng chính hãng, phát hiện hàng giả đền gấp 10.", "Jaminan original, jika palsu uang kembali 10x lipat.",
           "정품 보장, 가품 시 10배 보상.", "Orijinal ürün, sahte çıkarsa iade.", "正品保证，假一赔十。"]
PLEDGE_STANDING = ["Bought at the brand's store, receipt included.", "Official warranty card and invoice in the box.",
                   "With the shop's receipt.", "Invoice and warranty included."]
COPY_CLAIMS = ["High copy, mirror quality", "1:1 replica, top batch", "AAA replica", "Super copy, same as original",
               "hàng rep 1:1", "KW super", "高仿 一比一"]
GREY_MARKETS = [("Japan", "bought from a department store in Tokyo"), ("Hong Kong", "bought from a retailer in Causeway Bay"),
                ("the US", "bought from a US retailer"), ("Korea", "bought from a duty-paid shop in Seoul"),
                ("Germany", "bought from a German retailer")]
GREY_FACTORY = ["Parallel import from the Asia factory, no local warranty. Identical quality.",
                "Parallel import, no local warranty. Same factory as the official one.",
                "Grey import direct from the factory, identical quality to the shop version.",
                "Importación paralela, sin garantía local. Mismo fabricante, misma fábrica."]
MT_SLANG = [("original single", "Original single, counter version, same as the counter."),
            ("pure original", "Pure original version, top version, details all right."),
            ("mirror work", "Mirror work, premium grade work, same as the shop. Can check first."),
            ("premium grade work", "Premium grade work, compared to genuine, full set."),
            ("genuine level", "Genuine level, mirror class quality, full box."),
            ("same paragraph", "Star same paragraph, original single quality.")]
MT_GENUINE = [("counter genuine", "Counter genuine, with small ticket (receipt). National bank, warranty nationwide."),
              ("original invoiced", "Original invoiced, distributor guaranteed. Zero product."),
              ("ori official warranty", "Ori 100% official warranty, complete box, official store invoice."),
              ("genuine product", "Genuine product, department store purchase, receipt. Used a few times.")]


def _tag_line(s: Scene, words: list[str]) -> str:
    """`words` with generic ones as one search-tag line: "Tags: a, b, c", or hashtags."""
    r = s.rng
    words = words + r.sample(GENERIC_TAGS, k=3)
    r.shuffle(words)
    if r.random() < 0.25 and all(" " not in w and ":" not in w for w in words):  # "#replica", never "#11replica"
        return " ".join("#" + w for w in words)
    return f"{r.choice(TAG_KEYS)}: " + r.choice([", ", "; ", ", "]).join(words)


def _tagged(b: BrandView, s: Scene, share: tuple[float, float]) -> tuple[str, str, str, tuple[float, str]] | None:
    """(mark for the tags, category, a generic product, a price at `share` of the category's floor)."""
    marks = _marks(b)
    if not marks or (goods := _priced(b, s, (1.0, 1.0))) is None:
        return None
    _, cat, product, _ = goods
    floor = b.floors.get(cat)
    if floor is None:
        return None
    mark = marks[0] if s.rng.random() < 0.7 else s.rng.choice(marks)
    return mark.lower() if s.rng.random() < 0.5 else mark, cat, product, (round(floor[0] * s.rng.uniform(*share), 2),
                                                                         floor[1])


def _generic(b: BrandView, title: str) -> bool:
    """Whether a title names none of the brand's words ("crystal swan figurine" names Swarovski by its logo's name,
    "silver crystal ornament" by its line): only then is the item generic."""
    words = f" {title.casefold()} "
    return not any(f" {m.value.casefold()} " in words for _, m in b.vocabulary)


def make_tag_line_plain(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _tagged(b, s, (0.03, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(UNBRANDED)
    title = f"{s.rng.choice(COLOURS)} {product} {tail}"
    if not _generic(b, title):
        return None
    return Draft(title, cat, price, f"{desc.format(p=product)}\n{_tag_line(s, [mark])}")


def make_tag_line_stuffed(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _tagged(b, s, (0.05, 0.4))) is None:
        return None
    mark, cat, product, price = goods
    others = [o for o in ("nike", "adidas", "gucci", "rolex", "apple", "samsung", "coach", "omega", "puma", "bose")
              if o not in mark.casefold() and o != b.id]
    title = f"{s.rng.choice(COLOURS)} {product}"
    if not _generic(b, title):
        return None
    return Draft(title, cat, price, f"Nice {product}, fast dispatch.\n{_tag_line(s, [mark, *s.rng.sample(others, k=3)])}")


def make_tag_line_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _tagged(b, s, (0.1, 0.5))) is None:
        return None
    mark, cat, product, price = goods
    copy = s.rng.choice(COPY_TAGS)
    if s.rng.random() < 0.4:  # the plain item's own words, the tags claim the copy
        copy = s.rng.choice(CLAIM_TAGS)
        tail, desc = s.rng.choice(UNBRANDED[:3])
        return Draft(f"{s.rng.choice(COLOURS)} {product} {tail}", cat, price,
                     f"{desc.format(p=product)}\n{_tag_line(s, [mark, copy])}")
    if s.rng.random() < 0.35:  # (lead, session 54) the copy word at the end of a longer tag: "<mark> <goods> replica"
        copy = f"{mark} {product} {s.rng.choice(END_COPY_WORDS)}"
    return Draft(f"{product} {s.rng.choice(['new', 'hot', '2026', 'top'])}", cat, price,
                 f"{product}, same as pictures.\n{_tag_line(s, [mark, copy, s.rng.choice(STUFFED)])}")


def make_penalty_pledge(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.4))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product} {s.rng.choice(['genuine', 'authentic', 'original', 'chính hãng', '정품', 'ori'])}",
                 cat, price, f"{s.rng.choice(PLEDGES)} {s.rng.choice(PLEDGE_STANDING)}")


def make_penalty_pledge_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.05, 0.3))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product}", cat, price, f"{s.rng.choice(COPY_CLAIMS)}. {s.rng.choice(PLEDGES)}")


def make_grey_import_market(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.8, 0.95))) is None:
        return None
    mark, cat, product, price = goods
    market, bought = s.rng.choice(GREY_MARKETS)
    return Draft(f"{mark} {product} parallel import", cat, price,
                 f"Parallel import from {market}, no local warranty; {bought}, receipt available.")


def make_grey_import_factory(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.6, 1.1))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product} {s.rng.choice(['parallel import', 'grey import', 'import version'])}", cat, price,
                 s.rng.choice(GREY_FACTORY))


def make_mt_copy_slang(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.9, 1.3))) is None:
        return None
    mark, cat, product, price = goods
    word, desc = s.rng.choice(MT_SLANG)
    return Draft(f"{mark} {product} {word}", cat, price, desc)


def make_mt_genuine(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.4))) is None:
        return None
    mark, cat, product, price = goods
    word, desc = s.rng.choice(MT_GENUINE)
    return Draft(f"{mark} {product} {word}", cat, price,
                 desc + (" Genuine, fake one pay ten." if s.rng.random() < 0.5 else ""))


TRAP_MAKERS = {"trap_tag_line_plain54": make_tag_line_plain, "trap_tag_line_stuffed54": make_tag_line_stuffed,
               "trap_penalty_pledge54": make_penalty_pledge, "trap_grey_import_market54": make_grey_import_market,
               "trap_mt_genuine54": make_mt_genuine}
EVASION_MAKERS = {"tag_line_copy54": make_tag_line_copy, "penalty_pledge_copy54": make_penalty_pledge_copy,
                  "grey_import_factory54": make_grey_import_factory, "mt_copy_slang54": make_mt_copy_slang}
