"""The adversary's identity classes (identity, 2026-12-03): the brand named by who it is rather than by its mark: its
advertising slogans, the group that owns it, its designers and signature names; and the same words where nobody sells
the brand's goods.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which brand it is:
the brand's voice, its owner, its people; not from a held-out set). The registry's `slogans`, `parents` and
`designers` (each list with its source beside it in deploy/seed/registry.yaml) name the brand only among its goods
with a counterfeit cue or a copy's price, as a nickname does. A seller quotes the slogan, glues it into the title,
prints it "on" the goods ("with 'Just Do It' print"); names the group as the goods' house ("Kering house GG bag",
"from the LVMH group", "Richemont 的手镯"); names a designer as an era or a signature ("Tom Ford era", "designed by Jony
Ive", "Tinker Hatfield design"). The copy word is any of the trade's, or the bare "copy" a seller writes in English.

- slogan_named, parent_named, designer_named: such a frame, in the brand's category, with a cue or a price far below
  the floor; the cue in the title or only in the description.
- trap_slogan_phrase: the slogan as a phrase: a motivational poster, a mug, a greeting card, a book title, a custom
  print, a sermon's title; never the brand's goods with a cue.
- trap_parent_business: the group as a business: its annual report, a share certificate, a job ad, a book about it, a
  conference badge; and a sister house of the group named beside it ("Kering Balenciaga bag replica": that house's
  copy, no demo brand's).
- trap_designer_person: the designer as a person: a biography, an exhibition ticket or poster, a documentary, a
  namesake's sofa, a signed photo; and the designer's other house named beside the name ("Alessandro Michele for
  Valentino bag replica": Valentino's copy).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "slogan_named": "the brand named by its advertising slogan or tagline ('Just Do It', 'Parce que je le vaux bien', "
                    "非同凡想), quoted, glued or printed on the goods, in the brand's category with a cue or a price far "
                    "below the floor",
    "parent_named": "the brand named by the group that owns it (LVMH, Kering, Richemont, Swatch Group, Capri Holdings, "
                    "P&G, VF Corp, Kenvue, ELC) as the goods' house, in the brand's category with a cue or a low price",
    "designer_named": "the brand named by its designer, creative director or signature name (Tom Ford era, Jony Ive, "
                      "Tinker Hatfield, Jeanne Toussaint, 宮本茂), in the brand's category with a cue or a low price",
}
TRAPS = {
    "trap_slogan_phrase": "the slogan as a phrase on a poster, mug, card, book or custom print; no goods of the brand "
                          "with a cue",
    "trap_parent_business": "the parent group as a business (annual report, shares, job ad, book, conference) or beside "
                            "a sister house of the group with a copy cue (that house's copy)",
    "trap_designer_person": "the designer as a person (biography, exhibition, documentary, namesake, signed photo) or "
                            "beside the designer's other house with a copy cue (that house's copy)",
}


def _script(name: str) -> str:
    if any("\u3040" <= c <= "\u30ff" for c in name):
        return "ja"
    if any("\uac00" <= c <= "\ud7af" for c in name):
        return "ko"
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        return "cjk"
    return "latin"


# copy words by script, beside context.CUES (English and Chinese); the bare "copy" of an English-writing seller too
CUES = {"latin": context.CUES + ["copy", "copy with logo", "réplique", "réplica", "replika", "kopia 1:1", "copia AAA",
                                 "fake", "knockoff", "reps"],
        "ja": ["スーパーコピー", "N級品", "コピー品"], "cjk": context.CUES_ZH, "ko": ["미러급", "짝퉁", "레플리카"]}

SLOGAN_FRAMES = ["'{w}' {p}", "\"{w}\" {p}", "{p} '{w}'", "{p} with '{w}' print", "{p} - {w} - logo",
                 "{w} {p} with logo", "{p} {w} edition", "{p}, \u201c{w}\u201d", "{w} - {p}"]
PARENT_FRAMES = ["{w} {p}", "{w} house {p}", "{p} by {w}", "{p} from the {w} group", "{w} group {p}", "{p} ({w})",
                 "{w} brand {p}", "{p} - {w} maison", "maison {w} {p}", "{p} du groupe {w}", "{p} vom {w} Konzern",
                 "{p} del gruppo {w}"]
DESIGNER_FRAMES = ["{w} {p}", "{w} era {p}", "{p} designed by {w}", "{w} design {p}", "{p} by {w}",
                   "{w}'s {p}", "{p} - {w} collection", "{p} dessiné par {w}", "{p} diseñado por {w}", "{p} entworfen von {w}"]
CJK_FRAMES = {"slogan": ["「{w}」{p}", "{w} {p}", "{p} {w}"],
              "parent": ["{w}集团 {p}", "{w} {p}", "{w}旗下 {p}"],
              "designer": ["{w}设计 {p}", "{w} {p}", "{w}时代 {p}"]}
# a Japanese or Korean name in its own language's frame ("宮本茂デザイン", "이재용 회장 디자인"), not another's
OWN_FRAMES = {"ja": {"designer": ["{w}デザイン {p}", "{w} {p}", "{w}時代の {p}"], "slogan": ["「{w}」{p}", "{w} {p}"],
                     "parent": ["{w} {p}", "{w}グループ {p}"]},
              "ko": {"designer": ["{w} 디자인 {p}", "{w} {p}"], "slogan": ["'{w}' {p}", "{w} {p}"], "parent": ["{w} {p}"]}}
LATIN_FRAMES = {"slogan": SLOGAN_FRAMES, "parent": PARENT_FRAMES, "designer": DESIGNER_FRAMES}


def _words(b: BrandView, kind: str) -> list[str]:
    return [m.value for m in b.declared(kind) if not any(mark in m.value.casefold() for mark in b.everything
                                                             if len(mark) >= 3)]


def _named(kind: str):
    def make(b: BrandView, s: Scene) -> Draft | None:
        words = _words(b, kind)
        if not words:
            return None
        r = s.rng
        word = r.choice(words)
        script = _script(word)
        low = r.random() < 0.35 and any(c in b.floors for c in b.categories)
        cat = s.category(with_floor=low)
        cue = None if low else r.choice(CUES[script])
        in_description = cue is not None and r.random() < 0.35
        if script == "latin":
            if kind == "designer" and word.endswith((" era", "-era", " years", "時代")):
                frames = ["{w} {p}", "{p} {w}", "{w} {p} vintage style"]
            else:
                frames = LATIN_FRAMES[kind]
            if kind == "slogan" and r.random() < 0.3:
                word = word.lower() if r.random() < 0.5 else word.upper()
            named = r.choice(frames).format(w=word, p=s.product(cat))
            title = " ".join(p for p in (named, None if in_description else cue) if p)
            desc = r.choice(context.DESCRIPTIONS)
        else:
            zh = s.product_zh(cat)
            product = s.product(cat) if "配件" in zh else zh  # 配件 is a part "for" the goods (an accessory)
            named = r.choice(OWN_FRAMES.get(script, CJK_FRAMES)[kind]).format(w=word, p=product)
            title = " ".join(p for p in (named, None if in_description else cue) if p)
            desc = r.choice(context.DESCRIPTIONS_ZH)
        if in_description:
            desc = f"{desc} {cue}".strip()
        return Draft(_cap(title), cat, s.price(cat, low=low), desc)
    make.__name__ = f"make_{kind}_named"
    return make


# the words as what they are, far from the brand's goods: (title frame, category, USD price)
SLOGAN_PHRASE = [
    ("'{w}' motivational poster, A3 print", "posters", 9), ("{w} - quote mug 11oz, ceramic", "home decor", 12),
    ("Greeting card '{w}', blank inside", "stationery", 4), ("{w}: a self-help book, paperback", "books", 14),
    ("Custom vinyl wall sticker '{w}' 60cm", "home decor", 11), ("'{w}' sermon notes, church youth group, PDF", "books", 3),
    ("Framed canvas quote {w}, 30x40", "art", 35), ("{w} embroidered cushion cover, handmade", "home decor", 18),
    ("Advertising history: '{w}' and other great slogans, hardcover", "books", 28),
]
SLOGAN_PHRASE_CJK = [("「{w}」 励志 海报 装饰画", "posters", 25), ("{w} 名言 书法 挂画", "art", 60), ("{w} 马克杯 定制", "home decor", 30)]
PARENT_BUSINESS = [
    ("{w} annual report 2023, printed, investor edition", "books", 25), ("{w} share certificate, framed, collectors", "collectibles", 90),
    ("Job: retail analyst at {w}, Paris, full time", "jobs", 0.01), ("Inside {w}: how a luxury group was built, hardcover", "books", 30),
    ("{w} investor day 2022 conference badge and lanyard", "collectibles", 8),
    ("{w} corporate notebook, employee gift, new", "stationery", 10),
    ("Case study: {w} group strategy, MBA course notes", "books", 6),
]
PARENT_BUSINESS_CJK = [("{w}集团 年报 2023 纸质版", "books", 80), ("{w} 集团 招聘 店铺经理", "jobs", 1)]
PERSON = [
    ("{w}: the biography, hardcover", "books", 26), ("{w} exhibition poster, museum print, 50x70", "posters", 22),
    ("Ticket: {w} retrospective exhibition, adult, Saturday", "tickets", 18), ("{w} documentary DVD", "movies", 11),
    ("Signed photo of {w}, 8x10, with COA", "collectibles", 120), ("Sofa in good condition - collection from {w}", "furniture", 140),
    ("Interview with {w}, magazine back issue", "magazines", 7), ("{w} masterclass notes, design course", "books", 9),
]
PERSON_CJK = [("{w} 传记 精装", "books", 58), ("{w} 展览 门票 成人", "tickets", 80), ("{w} 作品集 画册", "books", 120)]

# a sister house of the group, or the designer's other house (not a demo brand), named beside the word: its copy
SISTERS = {
    "LVMH": ["Dior", "Fendi", "Celine", "Givenchy", "Loewe"], "路威酩轩": ["Dior", "Fendi"],
    "Kering": ["Balenciaga", "Saint Laurent", "Bottega Veneta"], "PPR": ["Balenciaga", "Saint Laurent"],
    "Pinault-Printemps-Redoute": ["Saint Laurent"], "开云": ["Balenciaga"], "開雲": ["Balenciaga"],
    "Richemont": ["Van Cleef & Arpels", "IWC", "Panerai", "Montblanc", "Piaget"],
    "Compagnie Financière Richemont": ["Van Cleef & Arpels"], "历峰": ["Van Cleef"], "歷峰": ["Van Cleef"],
    "Swatch Group": ["Longines", "Tissot", "Breguet", "Blancpain"], "The Swatch Group": ["Longines", "Tissot"],
    "SwatchGroup": ["Tissot"], "斯沃琪集团": ["Longines", "Tissot"],
    "Capri Holdings": ["Versace", "Jimmy Choo"], "Capri Holdings Limited": ["Versace"],
    "Tapestry": ["Kate Spade", "Stuart Weitzman"], "Tapestry Inc": ["Kate Spade"], "Tapestry, Inc.": ["Kate Spade"],
    "Procter & Gamble": ["Oral-B", "Braun"], "Procter and Gamble": ["Braun"], "P&G": ["Braun", "Oral-B"],
    "宝洁": ["Braun"], "寶僑": ["Braun"],
    "VF Corp": ["Vans", "Timberland", "JanSport"], "VF Corporation": ["Timberland", "Vans"],
    "V.F. Corporation": ["Vans"], "ELC": ["Too Faced", "Smashbox", "Le Labo"],
    "Lauder Companies": ["Too Faced"], "Amer Sports": ["Salomon", "Arc'teryx"],
    "BSH Hausgeräte": ["Siemens", "Neff"], "BSH Hausgeraete": ["Siemens"], "BSH Home Appliances": ["Siemens", "Gaggenau"],
}
DESIGNER_HOUSES = {
    "Pharrell Williams": ["Billionaire Boys Club"], "Pharrell": ["Billionaire Boys Club"],
    "Nicolas Ghesquière": ["Balenciaga"], "Nicolas Ghesquiere": ["Balenciaga"], "Alessandro Michele": ["Valentino"],
    "Sabato De Sarno": ["Valentino"], "Demna": ["Balenciaga"], "Riccardo Tisci": ["Givenchy"],
    "Daniel Lee": ["Bottega Veneta"], "Christopher Bailey": ["Dior"], "Kim Jones era": ["Dior"],
    "Rihanna": ["Fenty"], "Yohji Yamamoto": ["Y-3"],
    "Roger Federer": ["Uniqlo", "On Running"], "Reed Krakoff": ["Tiffany"], "Stuart Vevers": ["Loewe"],
}
SISTER_FRAMES = ["{w} {h} {p}", "{h} {p} ({w})", "{h} by {w} {p}", "{w} for {h} {p}", "{h} {p} - {w} group"]


def _trap(kind: str, far: list, far_cjk: list, houses: dict):
    def make(b: BrandView, s: Scene) -> Draft | None:
        words = _words(b, kind)
        if not words:
            return None
        r = s.rng
        word = r.choice(words)
        script = _script(word)
        others = houses.get(word)
        if others and r.random() < 0.45:  # the group's or the designer's other house, among the brand's goods, a copy
            cat = s.category()
            frame = r.choice(SISTER_FRAMES)
            product = s.product(cat) if script == "latin" else s.product_zh(cat)
            title = frame.format(w=word, h=r.choice(others), p=product) + " " + r.choice(CUES[script])
            desc = r.choice(context.DESCRIPTIONS if script == "latin" else context.DESCRIPTIONS_ZH)
            return Draft(_cap(title), cat, s.price(cat, low=r.random() < 0.4), desc)
        frames, currency = (far, "USD") if script == "latin" else (far_cjk, "CNY")
        frame, cat, amount = r.choice(frames)
        title = frame.format(w=word)
        desc = r.choice(context.DESCRIPTIONS if script == "latin" else context.DESCRIPTIONS_ZH)
        return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.25), 2), currency), desc)
    make.__name__ = f"make_trap_{kind}"
    return make


EVASION_MAKERS = {"slogan_named": _named("slogan"), "parent_named": _named("parent"),
                  "designer_named": _named("designer")}
TRAP_MAKERS = {"trap_slogan_phrase": _trap("slogan", SLOGAN_PHRASE, SLOGAN_PHRASE_CJK, {}),
               "trap_parent_business": _trap("parent", PARENT_BUSINESS, PARENT_BUSINESS_CJK, SISTERS),
               "trap_designer_person": _trap("designer", PERSON, PERSON_CJK, DESIGNER_HOUSES)}
