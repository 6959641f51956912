"""Search tags written into the description, and goods the seller says carry no brand (fresh54b, issue 9).

Marketplaces without a tags field (Poshmark, Etsy's older listings, Vinted, Depop, DHgate's copied descriptions) get
their search words from a last line of the description: "tags: bag, purse, gift, coach, prada", "Keywords: …",
"#vintage #y2k #nike". Such a line is written for the search engine, not the buyer: it names what buyers look for, not
what is sold, as the item specifics' tags do (fields.py's TAG_KEYS, read there as an option's value). `tag_spans(text)`
finds those lines: one that opens with a tag key (fields.TAG_KEYS, any of its languages) and a colon or a dash, or one
that is nothing but three hashtags or more; the span of each list (offsets in the description).

A brand named only there (judge.Judge._tag_line) counts as the tags field's does: with the brand's category and a
counterfeit cue or a price far below the floor (`needs_cue`); a list naming `fields.STUFFED_BRANDS` registered brands or
more is keyword stuffing and names none of them. And when the listing says of its goods that they carry no brand
(`unbranded_said`: "no logo", "unbranded", "own brand", "our own design", "sin marca", "ohne Logo", "无品牌",
"ノーブランド"; not "no logo outside", the debranded copy trade's, which a cue reads), the price says nothing either: a
generic item is cheap because it is generic (as scoring._descriptor_alone reasons), and only a cue that claims a copy
corroborates (`needs_copy_cue`: "tags: coach, replica" on a plain bag is a debranded copy).

Source: written for BrandSentry from how sellers on those marketplaces end their descriptions (general knowledge of
Poshmark, Etsy, Depop, Vinted and DHgate listings) and marketplaces' keyword-spam policies (eBay's "search and browse
manipulation", Etsy's "keyword stuffing"); the words are this module's own, no held-out listing's string.
"""

from __future__ import annotations

import re

from services.matcher.core.alternation import longest_first
from services.matcher.core.context.fields import TAG_KEYS
from services.matcher.core.normalise import latin_text

# a tag key opening a line (bullets and spaces before it), then ":" / "：" / " - ", then the list (to the line's end)
_KEY_LINE = re.compile(
    r"^[ \t>*•·\-]*(?:" + "|".join(re.escape(k) for k in sorted({k.casefold() for k in TAG_KEYS}, key=longest_first))
    + r")[ \t]*(?:[:：]|[-–—][ \t])[ \t]*(?P<list>[^\n]+)$", re.MULTILINE | re.IGNORECASE)
_KEY_START = re.compile(r"[^ \t>*•·\-]")
# (pages57, issue 9) a heading that introduces the shop's other brands, alone on its line (or with a colon), then the
# list on the next line: "WE ALSO CARRY", "Other brands we stock", "Brands in our shop", "Auch im Sortiment", "Nous
# proposons aussi", "También vendemos", "Anche disponibili", "Marki w ofercie", "Другие бренды", "Kami juga menjual"
# (shops' page furniture; general knowledge)
_CARRIED_GATE = re.compile(r"also (?:carry|stock|sell)|brands|sortiment|proposons|vendemos|disponibili|marki|бренд|"
                           r"juga menjual", re.IGNORECASE)
_CARRIED = re.compile(
    r"^[^\S\n]*(?:we also (?:carry|stock|sell)|also (?:in stock|available from us)|other brands(?: we (?:carry|stock|"
    r"sell))?|brands (?:we (?:carry|stock|sell)|in (?:our|the) (?:shop|store))|more brands|auch im sortiment|"
    r"weitere marken|nous proposons aussi|autres marques|también vendemos|otras marcas|anche disponibili|altri marchi|"
    r"marki w ofercie|inne marki|другие бренды|kami juga menjual|merek lain)\W{0,3}\n(?P<list>[^\n]+)",
    re.IGNORECASE | re.MULTILINE)
_HASHTAG = re.compile(r"#[^\s#]+")
MIN_HASHTAGS = 3  # a line of this many hashtags and nothing else is a tag list ("#nike #vintage #y2k")

# what a seller says when its goods carry no brand's mark (latin view): no logo, unbranded, its own brand or design
_UNBRANDED = re.compile(
    r"(?<![a-z0-9])(?:no logos?|without (?:a |any )?(?:logos?|branding)|logo ?free|logoless|unbranded|un-branded|"
    r"non-?branded|no brand(?:ing)?|no-brand|no ?name|generic|own brand|own-brand|own label|"
    r"our (?:own )?(?:brand|label|design|designs|workshop|studio|make)|made (?:by us|in our (?:own )?workshop)|"
    r"sin (?:logo|logotipo|marca)|sans (?:logo|marque)|ohne (?:logo|marke|markenlogo|branding)|senza (?:logo|marchio|marca)|"
    r"sem (?:logo|marca)|zonder (?:logo|merk)|bez (?:loga|logo|marki|znacky|marky)|"
    r"markasiz|logosuz|tanpa (?:logo|merek|merk|brand)|khong (?:logo|thuong hieu|nhan hieu))(?![a-z0-9])")
# the debranded copy trade's words beside "no logo": plain outside, the logo sent or put on apart (a cue reads them)
_DEBRANDED = re.compile(r"(?<![a-z0-9])(?:outside|logo (?:inside|sent|shipped|separately|apart|on request)|"
                        r"(?:add|put|sew|stick)(?:s|ed)? (?:the |a )?logo|logo can be|logos? (?:are |is )?(?:sent|added))"
                        r"(?![a-z0-9])")
# (Cyrillic as written: the latin view folds it by sight, "без логотипа" -> "bez lorotipa")
_UNBRANDED_WIDE = ("без логотипа", "без лого", "без бренда", "без марки", "без логотипу", "без бренду", "无品牌", "無品牌", "无牌", "無牌", "无logo", "無logo", "无标", "無標", "ノーブランド", "ロゴなし", "ロゴ無し",
                   "노브랜드", "로고 없음", "로고없음", "무브랜드", "ไม่มีโลโก้", "ไม่มีแบรนด์", "بدون شعار", "بدون ماركة")


def tag_spans(description: str | None) -> list[tuple[int, int]]:
    """(start, end) in `description` of each tag list it writes on a line of its own, from its key (a tag key and a
    colon, or three hashtags or more and nothing else); [] for almost every listing. Pure."""
    if not description:
        return []
    # (pages57) the shop's other brands under a heading of their own ("WE ALSO CARRY", "Brands we stock:") on the
    # next line: the shop's range, not the goods on offer
    out = [(m.start("list"), m.end("list")) for m in _CARRIED.finditer(description)] if _CARRIED_GATE.search(
        description) else []
    if not any(c in description for c in ":：#-–—"):
        return out
    # the key with its list: a key may itself read as a mark by its sound (태그 "taegeu")
    out += [(_KEY_START.search(description, m.start()).start(), m.end("list")) for m in _KEY_LINE.finditer(description)]
    if "#" in description:
        start = 0
        for line in description.split("\n"):
            words = line.split()
            if len(words) >= MIN_HASHTAGS and all(_HASHTAG.fullmatch(w.strip(",;")) for w in words):
                out.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
            start += len(line) + 1
    return sorted(out)


# a tag that is the copy trade's word: in a list of search words "rep" or "replica" is no gym set nor scale model, and
# the list that holds one names the brand's goods as a copy (judge._tag_line leaves its marks as they are)
COPY_TAGS = frozenset({"rep", "reps", "replica", "replicas", "réplica", "replika", "replique", "réplique", "1:1", "1to1",
                       "1 to 1", "aaa", "aaa+", "aaaaa", *(f"{n}a" for n in range(5, 11)), "fake", "fakes", "copy",
                       "copies", "clone", "clones", "super copy", "supercopy", "mirror", "mirror copy", "ua", "first copy",
                       "master copy", "kw", "kw super", "super kw", "1st copy", "top copy", "high copy", "knockoff", "ko",
                       "копия", "реплика", "kopya", "高仿", "复刻", "複刻", "a货", "精仿", "原单", "レプリカ", "コピー",
                       "레플", "짝퉁", "ก๊อป", "hàng rep", "hàng fake"})
_TAG_CUT = re.compile(r"[,;|#、，；\n]+")


# a copy trade's word that says "copy" at either end of a longer tag ("joy-con pair replica", "copy of gg marmont",
# "hac-015 copy"): only the words no tag uses otherwise ("rep", "ua", "ko", "kw", "mirror", "aaa" are a sales rep, Under
# Armour, a knock-out, a wall mirror, a battery size beside other words), and "copy" only last ("copy paper" is paper)
TAG_END_WORDS = frozenset({"replica", "replicas", "réplica", "replika", "replique", "réplique", "fake", "fakes", "clone",
                           "clones", "1:1", "supercopy", "knockoff", "копия", "реплика", "kopya"})
_KEY_OPENING = re.compile(r"^[^\W\d][^:：\n]*[:：]\s*")  # the list's key ("Keywords: "), not a "1:1" tag
# the CJK copy words inside a tag of no spaces ("高仿耐克"); not 复刻/複刻, a brand's own retro re-issue as often
_TAG_INSIDE_WORDS = ("高仿", "a货", "精仿", "原单", "レプリカ", "コピー", "레플", "짝퉁")


def copy_tag(description: str, span: tuple[int, int]) -> str | None:
    """The first tag of the list at `span` that is a copy trade's word (COPY_TAGS), or that has one at an end
    (TAG_END_WORDS; "copy" last) or a CJK one inside ("高仿耐克"), else None. Pure."""
    for tag in (w.strip(" .:!*-").casefold() for w in _TAG_CUT.split(_KEY_OPENING.sub("", description[span[0]:span[1]], 1))):
        if tag in COPY_TAGS:
            return tag
        words = tag.split()
        if len(words) > 1 and (words[0] in TAG_END_WORDS or words[-1] in TAG_END_WORDS or words[-1] == "copy"):
            return tag
        if not tag.isascii() and any(w in tag for w in _TAG_INSIDE_WORDS):
            return tag
    return None


def unbranded_said(text: str) -> str | None:
    """The words by which `text` says its goods carry no brand's mark ("no logo", "unbranded", "our own design",
    "sin marca", "无品牌"), unless the debranded copy trade's words stand beside them ("no logo outside", "logo sent
    separately"); else None. Pure."""
    latin = latin_text(text).casefold()
    m = _UNBRANDED.search(latin)
    if m is not None:
        if _DEBRANDED.search(latin) is not None:
            return None
        return m.group(0)
    if not text.isascii():
        folded = text.casefold()
        return next((w for w in _UNBRANDED_WIDE if w in folded), None)
    return None
