"""A brand named through its contract manufacturer beside a factory-overrun story (rule exact, vocabulary
"contract_maker"; issue 9, lore25; outsider22's c_contract_maker22).

A copy seller who will not write the brand names the factory that makes the brand's goods and tells the overrun story
of the replica trade: "Luxshare-line Pro 2 earbuds – off-line units, white box", "Feng Tay Vietnam white low – factory
seconds, unboxed", "VS Industry Johor hair dryer – surplus from the OEM line", "Foxconn Zhengzhou 13-inch laptop – tail
goods, no logo box". The brand's goods are made there, so the listing says whose goods they are; the story ("extra
run", "line surplus", the Chinese trade's 尾单 and 原单, "tail goods") is how the trade sells copies as diverted genuine
goods (brand-protection guides on "factory overrun" claims: the INTA's and the brands' own anti-counterfeiting pages
call them a red flag; Wikipedia, "Counterfeit consumer goods": "overruns"). The registry declares each brand's contract
manufacturers (`contract_makers`, kind "contract_maker", sourced: Wikipedia's articles on Foxconn, Pegatron, Luxshare,
Pou Chen, Feng Tay, VS Industry, Flex, Hosiden, and the brands' supplier lists).

A maker serves several brands: Pou Chen and Yue Yuen make Nike's, adidas' and Puma's shoes, Foxconn makes Sony's,
Nintendo's and Microsoft's consoles. Read here only:
- the maker's name in the listing (its words in order, as the latin view writes them: "Luxshare-line", "Feng Tay");
- beside a factory-overrun story in the listing (OVERRUN), which is the cue (a fingerprint-bound cue, as kits.py's
  "Thai version"): a genuine iPhone "assembled by Foxconn" at a shop's price, a Foxconn job advert, news of Pou Chen's
  results say no overrun and stay quiet;
- for the brands that declare the maker and whose category the listing is in; when two brands or more of the listing's
  category declare it, none is named by the maker (the evidence would be a guess): the overrun story is then given to
  each of them as a cue only, so that another reading of the brand (a colourway "Chicago", a line) decides.
The evidence is a weak candidate (`needs_corroboration`, `needs_cue`): the brand's category and the story.

Gate: a maker's first word among the listing's latin words.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import WORD, VocabularyDetector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

# the factory-overrun story, as the replica trade tells it (English, and the Chinese trade's 尾单 "tail order", 原单
# "original order", 尾货 "tail goods", 工厂流出 "out of the factory"): extra or excess runs, line or factory surplus,
# units off the line, tail goods, factory seconds and B-grade pairs, "same line"/"same factory", no logo box
OVERRUN = re.compile(
    r"\bextra[- ]?(?:run|production|pairs?|units?)\b|\bexcess (?:production|run|stock)\b|\bover[- ]?runs?\b"
    r"|\boff[- ]?(?:the[- ])?line (?:units?|stock|pairs?)\b|\b(?:line|factory|oem|production) surplus\b"
    r"|\bsurplus (?:from|off) the (?:oem |factory |production |assembly )?line\b|\btail[- ](?:goods|stock|orders?)\b"
    r"|\bfactory (?:seconds|extras?|leftovers?|rejects?)\b|\bb[- ]grade (?:pairs|units|stock)\b"
    r"|\bsame (?:production |assembly )?(?:line|factory)\b|\bno[- ]logo box\b|\bcancell?ed (?:oem )?order\b"
    r"|尾单|原单|尾货|工厂流出", re.I)


class MakerDetector(VocabularyDetector):
    """The contract makers by their first word (VocabularyDetector._by_first)."""

    name = "makers"
    kinds = frozenset({"contract_maker"})

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(latin)]
        words = [w for w, _, _ in tokens]
        found: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}  # maker's words -> (first, count, fingerprint)
        for k, word in enumerate(words):
            if word in self._by_first:
                for entry, i in self.starting(words, k):
                    found.setdefault(entry, []).append((k, len(entry), i))
        if not found:
            return []
        story = None
        for field in (listing.title, listing.description or ""):
            if (story := OVERRUN.search(field)) is not None:
                story_field = "title" if field is listing.title else "description"
                break
        if story is None:
            return []
        brand_of = self.catalogue.fingerprint_brand
        out: list[Evidence] = []
        for entry, hits in found.items():
            brands = {brand_of[i] for _, _, i in hits if self.brand_in_category(brand_of[i], text, listing)}
            shared = len(brands) > 1
            said = story.group()
            for k, count, i in hits:
                if brand_of[i] not in brands:
                    continue
                field, s, e, matched = text.locate(*text.original_span("latin", tokens[k][1], tokens[k + count - 1][2]))
                if not shared:
                    out.append(Evidence(Rule.exact, self.weights.exact, i, field, s, e, matched, matched,
                                        detail=f"its contract manufacturer '{matched}' beside a factory-overrun story "
                                               f"('{said}'); needs the brand's category and a cue",
                                        needs_corroboration=True, needs_cue=True))
                out.append(Evidence(Rule.cue, self.weights.cue, i, story_field, story.start(), story.end(), said,
                                    term=said, detail=f"a factory-overrun story ('{said}') beside '{matched}', a contract "
                                                      "manufacturer of the brand's goods" + (
                                                          f" (and of {len(brands) - 1} other brand(s) of the category: "
                                                          "it names none of them alone)" if shared else "")))
                brands.discard(brand_of[i])  # one evidence a brand
        return out

    def stats(self) -> dict[str, int]:
        return {"contract_makers": sum(map(len, self._by_first.values()))}
