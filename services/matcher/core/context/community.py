"""Each collecting community's own word for a copy, counted only near that community's goods, and a brand's logo sold
as a file for making goods.

    CommunityReader().read(listing, text)  -> [TradeWord("community", "toy_ko", "KO", "title", 41, 43, "KO", why), ...]

Kinds (each named in the evidence as "community <kind>: <term>", TradeWord.named; a cue, rule `cue`, index.py
`_community_evidence`):

- `toy_ko`: "KO" (knock-off), as toy, figure and model-kit collectors write it, in capitals ("Optimus Prime KO
  version", "MG Strike Freedom KO", "KO Marvel Legends"), and the KO makers' names of the Gunpla trade (Daban, Dragon
  Momoko, TT Hongli, SNAA), only when the listing sells toys, figures, dolls, blasters or model kits (its category or
  a noun of its title: TOY_GOODS) and the word is no knockout ("KO punch", "win by KO", "KO gloves", "OHKO", "K.O.");
- `repro`: "repro" / "reproduction" (and the markets' words: reproducción, reprodução, riproduzione, Reproduktion,
  reprodukcja, Nachbau, 海賊版, 盗版) as retro-game collectors write it for a copied cartridge, box or virtual pet
  ("Pokemon Emerald GBA reproduction cartridge", "EarthBound SNES repro", "Tamagotchi P1 repro"), only when the
  listing sells video games, cartridges, consoles' games or virtual pets (GAME_GOODS) and no poster, print, furniture
  or other honest reproduction (an antique chair's repro, a public-domain poster's);
- `design_file`: a file for making goods (SVG, DXF, EPS, PNG, DST/PES/JEF embroidery files, "cut file", "vector",
  "digital paper", "printable", "for Cricut", "commercial use") of a logo, monogram or pattern (LOGO_WORDS): what
  crafters print, cut and embroider onto goods. `design_file_mark` tells judge.py when the brand's mark is the file's
  subject (a mark registered as no everyday word anywhere in the title; an everyday-word mark only with "logo",
  "monogram" or "emblem" right after it: "Puma cat logo SVG", not "Best Coach Ever SVG" or "apple pattern SVG"), so
  that the listing is not far from the brand's goods (the mark itself is sold, as on material by the metre);
- `trade_code`: the replica trade's codes the cue tables do not list one by one: a batch code in capitals ("GP batch",
  "G5 batch", "S2 batch"; not "batch number", "NEW BATCH", "A batch of"), the sneaker trade's "PK" with its grades
  ("PK god", "PK 4.0", "PK version"), and software's "bind key" (a key bound to the buyer's account, the grey trade's
  word; "OEM key" is already a cue: config's "oem"); and the rep buyers' shorthand title (issue 9, outsider20's
  c_abbreviation20: "AJ1 Chicago rep", "GG belt mirror", "AM90 rep"): a short title (six words or fewer) that opens
  with the trade's abbreviation in capitals (two to four capitals, digits after them: AJ1, AM90, GG, LV, TNF) and ends
  in its bare copy word "rep", "reps" or "mirror" (the r/FashionReps wiki's "rep"; "mirror" for mirror grade), not a
  gym's rep ("1 rep max", "one rep") nor a mirror of goods ("compact mirror", "side mirror", "wall mirror", any mirror
  among cars, homes, furniture, lighting or parts);
- `clone_chip`: the chipset a clone of the brand's earbuds is sold by (issue 9, the trade's abbreviation with no copy
  word: "APP2 USB-C – 1562AE"): Airoha's 1562A, 1562AE, 1562M, 1562U and 1536U, Huilian, Jieli (JL), BES2300, Louda
  (Luoda), the names the clone-earbud buyers compare (r/Airreps' chip guides and its "Huilian vs Airoha" threads),
  no genuine unit's: only among earbuds and headphones (EARBUD_GOODS).

What the cue tables already held when this was written (config.py: DEFAULT_CUE_TERMS, DEFAULT_COPY_CUES,
REPLICA_TRADE_TERMS, IDENTITY_CLAIMS, SCRIPT_TRADE_TERMS; phrasebook.TRADE_SENSES): "UA" (in capitals), "unauthorized
authentic", "LJR", "LJR batch", "PK batch", "OG batch", "LW batch", "M batch", "VSF", "clean factory", "noob factory",
"knockoff", "oem", "N級"; retail.py's batch codes block a retailer's fair price but are no cue. Not held: KO, repro,
Daban, bind key, other batch codes, design files. "GP" alone (the rep buyers' "guinea pig", also a doctor and a Grand
Prix) and "M-grade" are left out.

Sources: written for BrandSentry from the collecting communities' public vocabularies (TFW2005 and Gunpla forums'
"KO" and KO makers' names; r/Gameboy and r/retrogaming's "repro cart"; Etsy and eBay intellectual-property policy
pages on logo SVGs and embroidery files; r/RepSneakerFans' batch and PK grades), not from a held-out set. Pure: no I/O.
"""

from __future__ import annotations

import re
from schemas import Listing
from services.matcher.core.context.admitted import CARD_MAKER, Admission
from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.context.trade import TradeWord
from services.matcher.core.normalise import ListingText, latin_text

# the goods of the toy collectors' KO: nouns of the title or words of the category (latin view, singular or plural)
TOY_GOODS = re.compile(
    r"(?<![a-z])(?:toys?|action figures?|figures?|figurines?|figuarts|statues?|busts?|dolls?|doll ?houses?|dreamhouse|"
    r"playsets?|model kits?|kits?|gunpla|mecha|gundam|zords?|megazord|blasters?|plush(?:ies)?|ponies|pony|minifig\w*|"
    r"building (?:sets?|blocks?|bricks?)|bricks?|robots?|transformers?|masterpiece|collectibles?|hobbies|spielzeug|"
    r"figur(?:en)?|jouets?|figurines?|juguetes?|figuras?|brinquedos?|bonecos?|bonecas?|giocattoli|figure|"
    r"игрушк\w*|фигурк\w*|玩具|手办|模型|拼装|フィギュア|プラモ\w*|おもちゃ|피규어|프라모델|장난감)(?![a-z])")
# "KO" as the toy trade writes it: capitals, a word of its own (not "K.O.", "KO'd", "TKO", "OHKO")
_KO = re.compile(r"(?<![A-Za-z0-9.'’-])KO(?![A-Za-z0-9]|['’][a-z]|\.[A-Za-z])")
# a knockout, not a knock-off: the words around it (latin view)
_KNOCKOUT_AFTER = re.compile(
    r"^\W{0,3}(?:punch\w*|power|round\w*|wins?|victory|blow\w*|hits?|artist|king|queen|fight\w*|boxing|box|finish\w*|"
    r"games?|mode|combo\w*|effect\w*|screen|sound\w*|counter\w*|moves?|ratio|rate|record|gloves?|champ\w*|title|"
    r"challenge|battle|arena|sticker\w*|tournament|cup|party|drinking|strike|kick\w*|bag|training|trainer)(?![a-z])")
_KNOCKOUT_BEFORE = re.compile(r"(?<![a-z])(?:by|tko|first round|1st round|knockout|instant|one hit|1 hit|ohko|win|"
                              r"wins|won|scored?|get|gets|got|for the|boxing|mma|ufc|punch)\W{0,3}$")
KIT_MAKERS = ["daban", "dragon momoko", "tt hongli", "snaa"]  # the Gunpla trade's KO makers (forums' KO guides)

# the goods of the retro-game collectors' repro
GAME_GOODS = re.compile(
    r"(?<![a-z])(?:video ?games?|videojuegos?|jeux? video|jeu video|videogiochi|videospiele?|games? & consoles|"
    r"retro gaming|consoles?|cartridges?|carts?|cartuchos?|cartouches?|cartucce|cartuccia|module?|spielmodul|"
    r"game ?boy\w*|gba|gbc|gb|snes|sfc|nes|n64|nds|ds|3ds|famicom|super famicom|mega ?drive|genesis|master system|"
    r"game gear|pc engine|turbografx|neo ?geo|gamecube|ngc|wii|virtual pets?|v[ -]?pets?|tamagotchi|digivice|"
    r"electronic (?:pets?|games?)|handheld games?|rom|roms|ゲーム|カセット|ソフト|卡带|游戏|게임|팩)(?![a-z])")
_NOT_GAME_REPRO = re.compile(
    r"(?<![a-z])(?:posters?|art ?prints?|prints?|paintings?|canvas|maps?|signs?|furniture|chairs?|tables?|lamps?|"
    r"cabinets?|dressers?|mirrors?|frames?|hardware|hinges?|knobs?|tin signs?|lithographs?|photos?|photographs?|"
    r"costumes?|uniforms?)(?![a-z])")
REPRO = ["repro", "repros", "reproduction", "reproductions", "reproducción", "reproduccion", "reprodução", "reproducao",
         "riproduzione", "reproduktion", "reprodukcja", "nachbau", "海賊版", "盗版"]

# files for making goods, and the logo words they are files of
FILE_WORDS = re.compile(
    r"(?<![a-z0-9])(?:svgs?|dxf|pngs?|cut files?|cutting files?|vector files?|clip ?art|digital papers?|seamless patterns?|"
    r"embroidery (?:files?|designs?|patterns?)|machine embroidery|sublimation (?:designs?|pngs?|files?)|"
    r"(?:for|compatible with) (?:cricut|silhouette|glowforge)|laser (?:cut files?|engraving files?)|"
    r"iron on transfer files?|dtf files?)(?![a-z0-9])")
# a word every FILE_WORDS phrase holds (the gate: a listing with none of them reads no design file)
_FILE_ANCHORS = frozenset({"svg", "svgs", "dxf", "png", "pngs", "file", "files", "clip", "clipart", "paper", "papers",
                           "pattern", "patterns", "embroidery", "sublimation", "cricut", "silhouette", "glowforge"})
LOGO_WORDS = re.compile(r"(?<![a-z])(?:logos?|monograms?|emblems?|crests?|insignias?|patterns?|signature)(?![a-z])")
# an everyday-word mark is the file's subject only with one of these right after it ("Puma cat logo", "Coach logo")
_LOGO_AFTER = re.compile(r"^ ?(?:[a-z0-9]+ )?(?:logos?|monograms?|emblems?)(?![a-z])")

# the replica trade's codes (capitals in the text as written)
_BATCH_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4}[0-9]?|[A-Z][0-9]{1,2}|[0-9][A-Z])[ -]?(?:batch|Batch|BATCH)(?![A-Za-z0-9])")
_NOT_BATCH_CODE = frozenset({"NEW", "OLD", "BIG", "ONE", "TWO", "THE", "THIS", "EACH", "LAST", "NEXT", "FIRST", "BEST",
                             "TOP", "HOT", "ALL", "OUR", "AND", "FOR", "FROM", "SMALL", "FULL", "MY", "IN", "OF", "TO",
                             "AA", "AAA", "LOT", "PER", "NO", "ON", "OR", "AN", "AS", "AT", "BY", "IT", "IS", "BE", "DO",
                             "US", "UK", "EU", "CBD", "THC", "SAME", "GOOD", "FAST", "FREE", "MORE", "LOW", "HIGH",
                             "NICE", "COOL", "MINI", "MAXI", "XL", "XXL", "ANY", "OLD", "WHOLE", "ONLY", "JUST", "VERY",
                             "LATE", "EARLY", "RARE", "GOD", "OG", "REAL", "PURE", "RAW", "BULK", "TEST", "DATE", "ITS"})
_BATCH_FOLLOWS = re.compile(r"^\W{0,2}(?:numbers?|no\b|nos\b|nr\b|#|codes?|size|id\b|sizes|of\b|records?|lots?|dates?)",
                            re.IGNORECASE)
_PK = re.compile(r"(?<![A-Za-z0-9])PK[ -]?(?:god|GOD|God|[4-7]\.0|version|Version|ver\b|basf|BASF)(?![A-Za-z0-9])")
# the rep buyers' shorthand title: the trade's abbreviation first, its bare copy word last (case as written)
_SHORTHAND = re.compile(r"^\W*[A-Z]{2,4}[0-9]{0,3}(?![A-Za-z0-9])(?:.*\s)?(reps?|REPS?|Reps?|mirror|MIRROR|Mirror)\W*$")
_NOT_REP_BEFORE = frozenset({"max", "one", "1", "single", "per", "a", "each", "sales", "field", "customer", "union",
                             "area", "account"})  # a gym's rep, a company's rep
_FUNCTION_WORDS = frozenset({"with", "and", "w/", "plus", "incl", "including", "+", "&", "no", "without", "our", "your",
                             "my", "the", "to", "by", "of", "in"})
_NOT_MIRROR_BEFORE = frozenset({
    "compact", "pocket", "hand", "handheld", "makeup", "make-up", "vanity", "wall", "side", "rear", "door", "car",
    "bathroom", "cosmetic", "travel", "led", "round", "floor", "table", "desk", "magnifying", "full-length", "dressing",
    "wing"})  # a mirror of goods
# goods a mirror is part of or sold among (a car's wing mirror, a bathroom's): there "mirror" is the goods
_MIRROR_GOODS = re.compile(r"auto|\bcars?\b|vehicle|\bmotor(?:s|cycles?|bikes?)?\b|truck|bike|cycle|home|furniture|"
                           r"bath|decor|interior|garden|parts|lighting|lamps?\b")
SOFTWARE_KEYS = ["bind key", "bind keys", "binding key", "binding keys", "key bind account", "绑定密钥", "绑定账号"]
_SOFTWARE = re.compile(r"(?<![a-z])(?:software|licen[cs]es?|keys?|activation|windows|office|photoshop|autocad|"
                       r"adobe|microsoft|autodesk|软件|激活|密钥)(?![a-z])")


class CommunityReader:
    """The lexicons compiled once per index; `read` per listing that names a brand."""

    def __init__(self) -> None:
        self._repro = Lexicon(REPRO)
        self._kit_makers = Lexicon(KIT_MAKERS)
        self._keys = Lexicon(SOFTWARE_KEYS)
        self._anchors = frozenset({"ko", "repro", "repros", "reproduction", "reproductions", "reproduccion", "reproducao",
                                   "riproduzione", "reproduktion", "reprodukcja", "nachbau", "daban", "momoko",
                                   "hongli", "snaa", "batch", "pk", "bind", "binding", "rep", "reps", "mirror"}) | _FILE_ANCHORS \
            | CLONE_CHIPS

    def read(self, listing: Listing, text: ListingText, admitted: list[Admission] = ()) -> list[TradeWord]:
        """Every kind the listing's title and description state (at most one reading a kind), in the order of the kinds
        above; [] for almost every listing (one set intersection for an ASCII listing without the anchors' words and
        without a design file's words)."""
        out: list[TradeWord] = [_word(text, a.kind, a.term, a.start, a.end, a.why) for a in admitted]  # admitted.py
        if text.is_ascii and text.latin_words.isdisjoint(self._anchors):
            return out  # almost every listing: none of the kinds' words
        files = FILE_WORDS.search(latin_text(listing.title)) if not text.latin_words.isdisjoint(_FILE_ANCHORS) else None
        goods = (f"{latin_text(listing.category or '')} \u2029 {latin_text(listing.title)} \u2029 "
                 f"{(listing.category or '').casefold()} \u2029 {listing.title.casefold()}")
        original = text.original
        if "KO" in original or not text.latin_words.isdisjoint(("daban", "momoko", "hongli", "snaa")):
            if TOY_GOODS.search(goods):
                ko = next((m for m in _KO.finditer(original) if not _knockout(original, m.start(), m.end())), None)
                if ko is not None:
                    out.append(_word(text, "toy_ko", "KO", ko.start(), ko.end(), "'KO', the toy collectors' word for an "
                                     "unlicensed copy of a figure, doll or kit, among toys"))
                elif makers := self._kit_makers.find(text):
                    out.append(_word(text, "toy_ko", makers[0].term, makers[0].start, makers[0].end,
                                     "a maker of unlicensed copies of model kits (a KO maker), among toys"))
        if (found := self._repro.find(text)) and GAME_GOODS.search(goods) and not _NOT_GAME_REPRO.search(
                latin_text(listing.title)):
            out.append(_word(text, "repro", found[0].term, found[0].start, found[0].end, "a reproduction, the retro-game "
                             "collectors' word for a copied cartridge, box or virtual pet, among video games"))
        if files is not None and LOGO_WORDS.search(latin_text(listing.title)):
            start, end = text.original_span("latin", *_title_span(text, files.group(0)))
            out.append(_word(text, "design_file", files.group(0), start, end, "a file of a logo, monogram or pattern "
                             "for printing, cutting or embroidering it on goods"))
        if "batch" in text.latin_words or "pk" in text.latin_words:
            code = batch_code(original)
            pk = _PK.search(original)
            hit = min((m for m in (code, pk) if m is not None), key=lambda m: m.start(), default=None)
            if hit is not None:
                out.append(_word(text, "trade_code", hit.group(0), hit.start(), hit.end(), "the replica trade's code for "
                                 "a factory's run or grade of a copy"))
        if not text.latin_words.isdisjoint(("rep", "reps", "mirror")) and (tail := shorthand_copy(listing.title, listing.category)):
            out.append(_word(text, "trade_code", tail.group(1), tail.start(1), tail.end(1), "the rep buyers' shorthand: a title that "
                             "opens with the trade's abbreviation and ends in its bare copy word"))
        if not text.latin_words.isdisjoint(CLONE_CHIPS) and EARBUD_GOODS.search(goods) and (
                chip := _CLONE_CHIP.search(original)) is not None:
            out.append(_word(text, "clone_chip", chip.group(0), chip.start(), chip.end(), "the chipset clone earbuds are "
                             "sold by (Airoha, Huilian, Jieli): no genuine unit's, among earbuds"))
        if not text.latin_words.isdisjoint(("bind", "binding")) or not text.is_ascii:
            if (keys := self._keys.find(text)) and _SOFTWARE.search(goods):
                out.append(_word(text, "trade_code", keys[0].term, keys[0].start, keys[0].end, "a licence key bound to "
                                 "the buyer's account, the grey key trade's word"))
        return out


# the clone-earbud trade's chipsets (r/Airreps' guides): Airoha's parts, the clone makers Huilian, Jieli and Louda
CLONE_CHIPS = frozenset({"1562a", "1562ae", "1562m", "1562u", "1536u", "ab1562a", "ab1562ae", "ab1562m", "ab1562u",
                         "ab1536u", "huilian", "jieli", "louda", "luoda", "bes2300"})
_CLONE_CHIP = re.compile(r"(?<![A-Za-z0-9])(?:AB)?(?:1562A?E?|1562[MU]|1536U|Huilian|Jieli|Louda|Luoda|BES2300)(?![A-Za-z0-9])",
                         re.IGNORECASE)
EARBUD_GOODS = re.compile(r"(?<![a-z])(?:earbuds?|ear ?pods?|earphones?|headphones?|headsets?|tws|airpods?|buds|pods|"
                          r"app\d|apm|ecouteurs?|auriculares|kopfhorer|fones?|auricolari)(?![a-z])")


def shorthand_copy(title: str, category: str | None = None) -> re.Match | None:
    """The rep buyers' shorthand title ("AJ1 Chicago rep", "GG belt mirror"): six words or fewer, the trade's abbreviation
    in capitals first, "rep", "reps" or "mirror" last, not after a word that makes it a gym's rep or a mirror of goods.
    Group 1 is the copy word."""
    words = title.split()
    if not 2 <= len(words) <= 6:
        return None
    m = _SHORTHAND.match(title)
    if m is None:
        return None
    if words[-2][-1:] in ",;:":
        return None  # "…, with mirror": a list of what comes with the goods
    before = words[-2].casefold().strip(",.;:-")
    if before in _FUNCTION_WORDS:
        return None  # "with mirror", "and rep": the goods' parts or a person
    if m.group(1).casefold() != "mirror":
        return None if before in _NOT_REP_BEFORE else m
    if before in _NOT_MIRROR_BEFORE or _MIRROR_GOODS.search(f"{category or ''} {title}".casefold()):
        return None
    return m


def batch_code(original: str) -> re.Match | None:
    """The first replica-trade batch code of a text as written ("LW batch", "GP batch", "[S2 batch]", "G5 BATCH"): two to
    four capitals (a digit may follow), a capital and one or two digits, or a digit and a capital, before "batch"; not a
    word ("NEW BATCH", "A batch of", "SMALL BATCH", "OUR BATCH") nor a batch number ("batch no.", "batch code", "batch
    size"). The match's group 0 is the code with "batch"."""
    return next((m for m in _BATCH_CODE.finditer(original) if m.group(1) not in _NOT_BATCH_CODE
                 and not _BATCH_FOLLOWS.match(original[m.end():m.end() + 10])), None)


def sells_goods_of(kind: str, categories: list[str]) -> bool:
    """Whether a brand with these registry categories sells the goods a community word of this kind is about: a toy
    "KO" only for brands selling toys, figures, dolls or kits (not BMW's "MP" initials beside a Masterpiece KO among
    "Action Figures & Accessories"), a game "repro" for brands selling video games, consoles or toys (virtual pets); the
    other kinds for every brand."""
    joined = " \u2029 ".join(latin_text(c) for c in categories)
    if kind == "toy_ko":
        return bool(TOY_GOODS.search(joined))
    if kind == "repro":
        return bool(GAME_GOODS.search(joined) or TOY_GOODS.search(joined))
    if kind == "tcg_proxy":  # a card proxy: a maker of card or board games (admitted.py)
        return bool(CARD_MAKER.search(joined))
    return True


def design_file_mark(title: str, start: int, end: int, everyday: bool) -> bool:
    """Whether a mark at [start, end) of a listing's title is the subject of a design file the title sells (FILE_WORDS in
    the title): a mark registered as no everyday word anywhere in the title ("Louis Vuitton monogram SVG bundle", "The
    North Face logo embroidery file", "adidas trefoil SVG for heat press"); an everyday-word mark with
    "logo", "monogram" or "emblem" within two words after it ("Puma cat logo SVG", "Shell logo vector"), not "Best
    Coach Ever SVG" or "apple pattern SVG"."""
    latin = latin_text(title)
    if FILE_WORDS.search(latin) is None:
        return False
    return not everyday or bool(_LOGO_AFTER.match(latin_text(title[end:end + 40])))


def _knockout(original: str, start: int, end: int) -> bool:
    """Whether the "KO" at [start, end) is a knockout: a knockout word after it ("KO punch", "KO gloves") or before it
    ("win by KO", "TKO", "first round KO")."""
    after = latin_text(original[end:end + 24]).lower()
    before = latin_text(original[max(0, start - 24):start]).lower()
    return bool(_KNOCKOUT_AFTER.match(after) or _KNOCKOUT_BEFORE.search(before))


def _title_span(text: ListingText, said: str) -> tuple[int, int]:
    """The latin-view span of the first `said` in the title (a file word found in the title's latin view)."""
    at = text.latin.find(said)
    return (at, at + len(said)) if at >= 0 else (0, 0)


def _word(text: ListingText, kind: str, term: str, start: int, end: int, why: str) -> TradeWord:
    field, s, e, said = text.locate(start, end)
    return TradeWord("community", kind, term, field, s, e, said, why, (start, end))


def as_found(words: list[TradeWord]) -> list[Found]:
    """The words as lexicon Founds in the original joined text (for Reading.denied: "authentic, not a repro")."""
    return [Found(w.joined[0], w.joined[1], w.term) for w in words]
