"""The trade around a brand's goods that is itself the offence: counterfeit paperwork, branded packaging and trims in
bulk, a factory's logo service, bootleg prints. What is sold is "just a card", "just a label" or "just a service", so
an accessory noun, an empty-packaging condition or a small price would otherwise lower the listing as genuine.

    TradeReader().read(listing, text)  -> [TradeWord("trade", "paperwork", "blank", "title", 0, 5, "Blank", why), ...]

Kinds (each named in the evidence as "trade <kind>: <term>", TradeWord.named; a cue, rule `cue`, index.py
`_trade_evidence`):

- `paperwork`: the papers and security items that make a copy pass as genuine (warranty and guarantee cards,
  certificates of authenticity, COA stickers, holograms, NFC and security tags, serial stickers, box labels, date-code
  tags, receipts) sold blank, with "any" or a custom serial, in a kit of several such items, or by the several;
  a genuine item sold "with its warranty card" or "box and papers" names the papers after a word of inclusion and is
  not read;
- `packaging`: the brand's empty containers, packaging and trims by the ten or more (empty cans, bottles, boxes, woven
  labels, hang tags, patches, sleeves): stock for refilling or for finishing copies. One empty box sold by a collector
  is condition.py's "packaging" condition, judged by its price as before;
- `logo_service`: a factory offering to put a logo on goods (OEM/ODM, "any logo", "logo customized", "brand logo
  available", 贴牌, 可定制logo), or two of the B2B trade's order words together (MOQ, FOB, sample fee, container order);
- `bootleg`: "bootleg" goods (not bootleg-cut jeans), a custom or hand-painted print of the brand's logo, DTG prints,
  dials and parts with its logo "for mods".

Source of the words: written for BrandSentry from how the counterfeit supply trade advertises on B2B and classifieds
sites (Alibaba/1688 "logo customized, MOQ", "OEM/ODM"; eBay/Etsy "blank warranty card", "custom serial", "date code";
enforcement reports of IACC and the EUIPO on labels, tags and packaging sold apart from goods). Nothing is taken from a
held-out set. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import Listing
from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.context.condition import modified
from services.matcher.core.context.quantity import read_quantity, retail_units
from services.matcher.core.normalise import ListingText, latin_text

PAPERWORK = [
    "warranty card", "warranty cards", "guarantee card", "guarantee cards", "warranty booklet", "warranty papers",
    "certificate of authenticity", "certificates of authenticity", "authenticity card", "authenticity cards",
    "authenticity certificate", "authentication card", "coa sticker", "coa stickers", "coa label", "coa labels",
    "hologram", "holograms", "hologram sticker", "hologram stickers", "hologram tag", "hologram tags", "security tag",
    "security tags", "security sticker", "security stickers", "nfc tag", "nfc tags", "nfc chip", "nfc chips",
    "imei label", "imei labels", "imei sticker", "imei stickers", "serial sticker", "serial stickers", "serial number sticker", "serial label", "serial labels", "box label",
    "box labels", "date code", "date code tag", "date code tags", "receipt", "receipts", "receipt kit",
    "garantiekarte", "garantiekarten", "garantieschein", "echtheitszertifikat", "carte de garantie",
    "certificat d'authenticite", "tarjeta de garantia", "certificado de autenticidad", "certificato di garanzia",
    "certificato di autenticita", "cartao de garantia", "certificado de garantia", "karta gwarancyjna",
    "garanti belgesi", "garantie kaart", "гарантийный талон", "гарантийная карта", "сертификат подлинности",
    "голограмма", "保卡", "保修卡", "防伪标签", "防伪标", "防伪卡", "序列号贴纸", "序列号标签", "证书", "鉴定证书",
    "ギャランティカード", "ギャランティ", "保証書", "保証カード", "보증서", "개런티카드",
]
# what a forger's paperwork says and a genuine item's does not
FORGED = [
    "blank", "blanko", "vierge", "en blanco", "in bianco", "em branco", "any serial", "custom serial", "your serial",
    "serial of your choice", "date code of your choice", "any date code", "fill in", "fill-in", "unstamped",
    "unfilled", "not filled", "personalise serial", "personalize serial", "replacement papers", "remake",
    "label printing", "custom imei", "any imei", "imei of your choice",
    "空白", "定制序列号", "可改序列号", "任意序列号", "未填写", "ブランク", "空欄",
]
# words that say papers come with the goods sold ("with warranty card", "box and papers"): the papers are not the sale
_INCLUDED = re.compile(r"(?:with|w/|incl\w*|includes?|including|comes with|complete with|full set|box and|box &|mit|avec|"
                       r"con|com|inkl|plus|and original|original)\W{1,3}(?:\w+\W{1,3}){0,2}$")
PACKAGING = [
    "empty box", "empty boxes", "empty bottle", "empty bottles", "empty can", "empty cans", "empty jar", "empty jars",
    "empty tin", "empty tins", "empty tube", "empty tubes", "empty container", "empty containers", "empty packaging",
    "empty … bottles", "empty … cans", "empty … boxes", "empty … jars", "empty … tins", "empty … tubes",
    "shoe box", "shoe boxes", "dust bag", "dust bags", "label", "labels", "woven label", "woven labels", "neck label",
    "neck labels", "hang tag", "hang tags", "hangtag", "hangtags", "swing tag", "swing tags", "tags", "patch", "patches",
    "leather patch", "leather patches", "can sleeves", "blister cards", "blister packaging", "stickers",
    "logo stickers", "tissue paper", "leere dosen", "leere flaschen", "leere schachteln", "etiketten", "etiquetas",
    "etichette", "etiquettes", "botellas vacias", "latas vacias", "flacons vides", "boites vides", "空罐", "空瓶", "空盒",
    "空桶", "空箱", "吊牌", "领标", "织唛", "皮标", "洗水标", "空き箱", "空き瓶", "空き缶", "タグ", "빈 박스", "빈병",
]
# packaging by the ten or more is stock for copies, not a collector's box
PACKAGING_UNITS = 10
LOGO_SERVICE = [
    "oem/odm", "oem odm", "odm", "any logo", "your logo", "logo customized", "logo customised", "customized logo",
    "customised logo", "custom logo", "logo custom", "brand logo available", "logo available", "logo can be customized",
    "logo on request", "logo on demand", "private logo", "logo printing service", "accept logo", "accept customized logo",
    "logo personalizado", "logo personnalise", "logo nach wunsch", "logo personalizzato", "贴牌", "可定制logo",
    "定制logo", "来图定制", "来样定制", "代工", "加logo", "印logo", "ロゴ入れ", "ロゴカスタム",
]
# the logo services that put the BUYER's own logo on the goods ("custom logo", "your logo", private label): beside a
# likeness ("Nike-inspired hoodie, custom logo available") they make a dupe under the buyer's brand, not the brand's
# copy (tests/eval/adversary trap_style_no_logo); "any logo", "brand logo available" and 贴牌 still count there
BUYER_LOGO = frozenset({
    "your logo", "logo customized", "logo customised", "customized logo", "customised logo", "custom logo",
    "logo custom", "custom … logo", "logo can be customized", "logo on request", "logo on demand", "private logo",
    "accept customized logo", "logo personalizado", "logo personnalise", "logo nach wunsch", "logo personalizzato",
    "可定制logo", "定制logo", "ロゴカスタム",
})
B2B_ORDER = ["moq", "min order", "minimum order", "fob", "sample fee", "container order", "factory price",
             "factory direct", "wholesale", "起订", "起批", "工厂直销", "样品费"]
BOOTLEG = [
    "bootleg", "custom print", "custom printed", "custom … logo", "custom logo", "dtg print", "dtg printed",
    "hand-painted", "hand painted", "handpainted", "custom painted", "for mods", "for mod", "mod parts", "seiko mod",
    "selbst bedruckt", "personnalise logo", "定制印花", "手绘",
]
# the painted bootleg's words, which paint on genuine goods also says (condition.modified: "genuine, hand-painted custom")
_PAINTED = frozenset({"hand-painted", "hand painted", "handpainted", "custom painted"})
# "bootleg" as a cut of jeans or trousers, or a recording
_BOOTLEG_STYLE = re.compile(r"bootleg\W{1,3}(?:jeans?|cut|fit|pants?|trousers?|leg|denim|recording|live|cd|vinyl|lp|tape)")


@dataclass(frozen=True, slots=True)
class TradeWord:
    """One reading of this module or of community.py: its `source` ("trade", "community"), its `kind` (here
    paperwork, packaging, logo_service, bootleg; community.py's toy_ko, repro, design_file, trade_code), the `term` that
    says it (as its lexicon holds it), where (`field`, `start`, `end`: offsets in that field, as Evidence's), the `text`
    as written, `why`, and its span in the original joined text (`joined`). The evidence of a cue carries it
    (Evidence.trade_word); its term, as a user reads it, is `named`."""

    source: str
    kind: str
    term: str
    field: str
    start: int | None
    end: int | None
    text: str
    why: str
    joined: tuple[int, int] = (0, 0)

    @property
    def named(self) -> str:
        """The cue's term in the evidence: "trade bootleg: custom painted", "community toy_ko: KO"."""
        return f"{self.source} {self.kind}: {self.term}"


class TradeReader:
    """The lexicons compiled once per index; `read` per listing that names a brand."""

    def __init__(self) -> None:
        self._paperwork = Lexicon(PAPERWORK)
        self._forged = Lexicon(FORGED)
        self._packaging = Lexicon(PACKAGING)
        self._logo = Lexicon(LOGO_SERVICE)
        self._order = Lexicon(B2B_ORDER)
        self._bootleg = Lexicon(BOOTLEG)
        # a word every Latin term holds (its longest): a listing with none of them and no wide characters reads nothing
        self._anchors = frozenset(max(re.split(r"[^a-z0-9]+", latin_text(t).lower()), key=len)
                                  for t in (*PAPERWORK, *FORGED, *PACKAGING, *LOGO_SERVICE, *B2B_ORDER, *BOOTLEG)
                                  if t.isascii() or latin_text(t).strip())

    def read(self, listing: Listing, text: ListingText) -> list[TradeWord]:
        """Every kind of trade the listing's title and description state (at most one reading a kind), in the order of
        the kinds above; [] for almost every listing."""
        out: list[Trade] = []
        if text.is_ascii and text.latin_words.isdisjoint(self._anchors):
            return out  # most listings: none of the trade's words
        title_end = len(text.title)
        units = None

        def _units() -> int:
            nonlocal units
            if units is None:
                units = retail_units(text.title)[0]
                if units < 2 and (q := read_quantity(text.title)).count is not None:
                    units = q.count  # "50 sets", "100 pcs" of paperwork: every count counts here
            return units

        named = self._paperwork.find(text)
        # papers after a word of inclusion come with goods ("with warranty card"), unless they are forged ("with IMEI
        # label printing", "box with blank warranty card")
        papers = [f for f in named if not _included(text.original, f.start)]
        if named:
            forged = self._forged.find(text)
            kinds = {latin_text(f.term) for f in papers} | {
                latin_text(f.term) for f in self._packaging.find(text) if f.start < title_end}
            if forged:
                out.append(self._trade(text, "paperwork", named[0], f"the paperwork is sold '{_said(text, forged[0])}': "
                                       "forged papers for a copy"))
            elif papers and papers[0].start < title_end and ((_units() >= 2 and _counted(text.original, papers[0]))
                                                               or len(kinds) >= 3):
                out.append(self._trade(text, "paperwork", papers[0], "the paperwork is what is sold, by the several or as a "
                                       "kit: papers to pass a copy as genuine"))
        if (packs := [f for f in self._packaging.find(text) if f.start < title_end]) and _units() >= PACKAGING_UNITS:
            out.append(self._trade(text, "packaging", packs[0], f"the brand's packaging or trims by the {_units()}: stock "
                                   "for filling or finishing copies, not a collector's box"))
        order = self._order.find(text)
        if logo := self._logo.find(text):
            out.append(self._trade(text, "logo_service", logo[0], "a factory offers to put a logo on the goods: no "
                                   "brand's own goods are made to a buyer's logo order"))
        elif len({latin_text(f.term) for f in order}) >= 2:
            out.append(self._trade(text, "logo_service", order[0], "a factory's order terms ("
                                   + ", ".join(dict.fromkeys(_said(text, f) for f in order)) + ") on the brand's goods"))
        if (boot := [f for f in self._bootleg.find(text) if not _BOOTLEG_STYLE.match(latin_text(text.original[f.start:f.start + 30]).lower())]) and all(
                latin_text(f.term) in _PAINTED for f in boot) and modified(text) is not None:
            boot = []  # "Nike Air Force 1 – genuine, hand-painted custom": paint on genuine goods (condition.modified)
        if boot:
            out.append(self._trade(text, "bootleg", boot[0], "a bootleg or custom print of the brand's mark: made "
                                   "without licence"))
        return out

    @staticmethod
    def _trade(text: ListingText, kind: str, found: Found, why: str) -> TradeWord:
        field, start, end, said = text.locate(found.start, found.end)
        return TradeWord("trade", kind, found.term, field, start, end, said, why, (found.start, found.end))


def _said(text: ListingText, f: Found) -> str:
    return text.original[f.start:f.end]


# (precision30) a count of the title's goods ("Gillette Fusion5 8 cartridges – 100% genuine, receipt") is no count of
# papers: the papers are sold by the several when they are the word counted (plural, or a number just before them)
_COUNT_AFTER = re.compile(r"\W{0,3}(?:x\s?)?\d")
_COUNT_BEFORE = re.compile(r"\d\s*(?:x|pcs|pieces|sets?|stk|шт|个|張|枚|장)?\W{0,3}$")


def _counted(original: str, f: Found) -> bool:
    """Whether the paperwork `f` is itself what a count counts: a plural term ("receipts", "warranty cards"), a
    wide-script term (no plural to tell), or a number right before or after it ("50 receipt", "warranty card x10")."""
    said = original[f.start:f.end]
    if not said.isascii() or said.casefold().endswith("s"):
        return True
    return (_COUNT_BEFORE.search(original[max(0, f.start - 12):f.start]) is not None
            or _COUNT_AFTER.match(original, f.end) is not None)


def _included(original: str, start: int) -> bool:
    """Whether the papers at `start` follow a word of inclusion ("with warranty card", "box and papers")."""
    return bool(_INCLUDED.search(latin_text(original[max(0, start - 30):start]).lower()))
