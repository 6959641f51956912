"""Turning evidence into a score: every signal is kept, and the score says how they combined.

score = 1 - prod(1 - w) over the strongest signal of each kind (a brand named five times is
named once), then multiplied down for accessory context or for genuine goods in a stated condition that
explains their price (`condition`), and zero for an authorized seller.
An everyday-word mark (Mars, adobe) with nothing else to corroborate it counts only a little; so does a brand's name
alone in a listing that offers nothing (no price, category, goods, offer word or cue: context/judge.py `_offers_nothing`,
context/mentions.py), which the judge marks as needing corroboration: a bare mention is 0.7 against the 0.6 threshold,
and 0.3 (`Weights.everyday_alone`) there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schemas import Rule, Signal
from services.matcher.core.config import DEFAULT_COPY_CUES, DEFAULT_SIZE_CUES, Weights
from services.matcher.core.normalise import alternating_case, latin_text

if TYPE_CHECKING:
    from services.matcher.core.context.trade import TradeWord

MARK_RULES = {Rule.exact, Rule.confusable, Rule.fuzzy, Rule.alias, Rule.skeleton, Rule.intrusion, Rule.glued,
              Rule.homophone, Rule.variant, Rule.doubled, Rule.initialism,
              Rule.transliteration, Rule.phonetic, Rule.vowel_drop, Rule.scattered, Rule.translated, Rule.markup,
              Rule.upside_down, Rule.reversed, Rule.fancy_letters, Rule.pinyin, Rule.line_break,
              Rule.house_code, Rule.initial_consonants, Rule.kana_abbreviation, Rule.imprint, Rule.spec, Rule.item_id,
              Rule.street_name, Rule.riddle, Rule.clue, Rule.colourway, Rule.reference, Rule.model_base, Rule.barcode, Rule.grantee_code, Rule.identifier, Rule.appearance, Rule.dimensions, Rule.list_price, Rule.kit,
              Rule.ingredients, Rule.components,
              Rule.acrostic, Rule.keyboard_layout, Rule.decoded, Rule.drawn, Rule.puzzle}
IDENTITY_RULES = MARK_RULES | {Rule.model, Rule.spelt_model, Rule.image, Rule.pdq, Rule.logo}  # evidence that names the brand
# price / floor at or below which a price is "far below the floor": enough, with the brand's category, for a
# weak candidate that is a common English word (half of MatcherConfig.price_ratio_threshold's 0.5)
FAR_BELOW_FLOOR = 0.25
# price / floor at or above which the price is a genuine unit's: the floor is the least a genuine unit sells for
# (brandsentry/registry.py), so a plain mark there with nothing claiming a copy is a retailer the registry does not
# list (rule `fair_price`), not a counterfeit cue
FAIR_PRICE = 1.0
# the term of a price evidence whose currency no rate table holds (index.py): the price is not judged at all
NO_RATE = "no rate"
SIZE_CUES = frozenset(DEFAULT_SIZE_CUES)
# the vocabulary kinds that name a brand only beside a cue that claims a copy and are no initials (an event, a street
# address, a screen moment: vocabulary.LORE): a copy's grade ("AAA", "1:1") claims the copy there too, as it does in the
# trade's own words ("Wimbledon timekeeper diver, AAA"); a style or a size does not ("Olympic-inspired watch", "OEM")
GRADE_CLAIMS_COPY = frozenset({"event", "address", "moment", "founding_year",
                               "campaign", "sonic_logo", "meaning",  # lore25
                               "defect",  # lore26
                               "first",  # lore28
                               "ranking", "debut"})  # lore29
COPY_GRADES = SIZE_CUES & frozenset(DEFAULT_COPY_CUES)  # aaa, aaa+, aaaaa, 1:1


@dataclass(slots=True)
class Evidence:
    """A Signal in the making, cheap to create on the hot path."""

    rule: Rule
    weight: float
    fingerprint: int | None = None  # index into the matcher's fingerprint table
    field: str = "title"
    start: int | None = None
    end: int | None = None
    text: str | None = None
    term: str | None = None
    distance: int | None = None
    ratio: float | None = None
    detail: str = ""
    everyday: bool = False  # a mark that is also an everyday word
    # a weak identity candidate (a rare word or a short mark one edit away, a homophone): counts only
    # when the listing corroborates strongly (see `strongly_corroborated`)
    needs_corroboration: bool = False
    needs_cue: bool = False  # a weak candidate that is a common word (abode for Adobe): a low price is not enough
    # a weak candidate as short as a chat word (ㄱㅊ is also 괜찮 "fine"): only a cue that claims a copy corroborates it,
    # as for initials (see `strongly_corroborated`)
    needs_copy_cue: bool = False
    # a weak candidate that is the mark as another language writes it (Филипс, 스와로브스키, "lao li shi"): the brand's
    # category alone corroborates it (see `strongly_corroborated`)
    in_category_enough: bool = False
    # accessory evidence: the listing also says the brand's product itself comes with it ("AirPods Pro included"),
    # or the accessory replaces the brand's part ("replaces", "cross reference"): see `_decoy`
    included: bool = False
    replaces: bool = False
    copy_cue: str | None = None  # accessory evidence: a cue of the listing that claims a copy ("1:1", "replica")
    identity_claim: str | None = None  # accessory evidence: the listing claims the brand's logo ("original logo")
    # likeness evidence: the claimed logo is said of goods in the brand's style ("コーチ風 … ロゴ入り", "삼성풍 … 로고 있음"):
    # a style has no logo of its own, so the claim is the brand's mark on a copy (see `strongly_corroborated`)
    style_logo: str | None = None
    genuine_claim: str | None = None  # accessory evidence: the part is said to be the brand's own ("genuine", "original")
    disguised: str | None = None  # likeness evidence: the mark it compares with, misspelt or disguised ("Legoo style")
    vocabulary: str | None = None  # a mark of the registry's vocabulary: "line", "logo", "nickname", "abbreviation"
    url: str | None = None  # image rules: the photo's URL, SHA-256, and for logos inliers and box
    content_hash: str | None = None
    inliers: int | None = None
    box: tuple[int, int, int, int] | None = None
    # an everyday-word mark or line of the brand other than its name, as written ("Love", "Jet Set", "Trucker jacket",
    # "Willow"): in the brand's category the everyday sense is itself a descriptor of such goods ("love bracelet",
    # "willow basket bag"), so the category and a low price do not corroborate it (see `_descriptor_alone`)
    descriptor: bool = False
    blocked: str = ""  # fair_price evidence: why the listing does not read as a retailer's (context/retail.py), or ""
    # glued evidence: the mark as the first element of a compound noun of a compounding language ("Rolexuhr",
    # detectors/compounds.py) or with a case ending ("Rolexem", detectors/inflections.py), how that language writes
    # the brand's name plainly: no disguise (context/retail.py, `_claims_copy`)
    compound: bool = False
    # a word game's reading (a numeronym, a rhyme clue, a language game: detectors/numeronyms.py, rhymes.py,
    # codes/word_games.py): a deliberate disguise, so the bare copy word beside it ("S5g … Copy quality", "rhymes with
    # 'nose' … great copy") says what the goods are (context/associations.py's `bare_copy`), as beside a slogan
    game: bool = False
    # the mark as the listing's script or locale writes it (orthography.py: Turkish capitals NİKE, full-width Latin in
    # CJK text, the name by its sound in the script the listing is written in): why, as the user reads it, else "".
    # No disguise: a fair price lowers it as any plainly named listing (`_claims_copy`, context/retail.py)
    orthography: str = ""
    # the name as the market's script writes it, respelt by a letter (グツチ for グッチ, 꾸찌 for 구찌:
    # detectors/script_respellings.py): a disguise, never the market's orthography
    respelt: bool = False
    # a Chinese alias with characters written as their pinyin (劳Li士: detectors/half_pinyin.py) or as characters drawn
    # like them (劳力土: detectors/shape_alikes.py): a disguise, so a fair price does not lower it (context/retail.py)
    hidden_alias: bool = False
    # model evidence: the registered model's name ("Love bracelet", "Datejust 41"), the goods its number is printed on
    # (context/numbers.py: a bare number on goods of another kind names other goods)
    goods: str | None = None
    # cue evidence of context/trade.py or community.py: the reading it is (its source and kind; `term` is its `named`)
    trade_word: TradeWord | None = None

    def signal(self, fingerprint_ids: list[str]) -> Signal:
        return Signal(
            rule=self.rule,
            fingerprint_id=None if self.fingerprint is None else fingerprint_ids[self.fingerprint],
            field=self.field, start=self.start, end=self.end, text=self.text, term=self.term,
            distance=self.distance, ratio=None if self.ratio is None else round(self.ratio, 4),
            weight=round(self.weight, 4), detail=self.detail, url=self.url, content_hash=self.content_hash,
            inliers=self.inliers, box=None if self.box is None else list(self.box),
        )


def _family(rule: Rule) -> str:
    if rule is Rule.pdq:  # the same photo seen by two whole-image hashes counts once
        return Rule.image.value
    return "mark" if rule in MARK_RULES else rule.value


def is_corroborated(evidence: list[Evidence]) -> bool:
    """Anything beyond everyday-word marks: another mark, a model, an image, a cue, a low price, the category."""
    return any(not e.everyday and not e.needs_corroboration and e.weight > 0 for e in evidence)


def strongly_corroborated(evidence: list[Evidence], *, names_category: bool) -> bool:
    """The brand's category (the listing's category, or a category of the brand named in its text)
    plus a counterfeit cue or a price far below the floor: enough for a weak candidate ("bse
    headphones 1:1 replica", "samsun earbuds 原单"). A candidate that is the mark as another language writes it
    (`in_category_enough`) needs the category only. When every weak candidate is a common word
    ("abode", "cannon"), a cue or a price far below the floor (`FAR_BELOW_FLOOR`, "tyson hair dryer" at 8 %
    of Dyson's floor) will do: an ordinary cheap listing uses common words too, a merely low price says little.
    A logo claimed on goods the listing calls the brand's style (`Evidence.style_logo`, on its likeness evidence) counts
    as a cue that claims a copy."""
    # (parts39) so does the brand's own part claimed genuine at a fraction of what its own part costs
    # (index._genuine_part sets it on the accessory evidence only then): "Canon bateria original" at EUR 6
    claims_copy = any(e.style_logo is not None or e.genuine_claim is not None for e in evidence)
    weak = [e for e in evidence if e.needs_corroboration and e.rule in IDENTITY_RULES and e.weight > 0]
    # a brand named as a node of the listing's category path ("Shop by brand > Swarovski", context/structured.py): the
    # marketplace files it among the brand's goods, so that node is the brand's category (a mark that is an everyday
    # word, "Fruit > Apple", is no brand's node)
    in_category = names_category or any(e.rule is Rule.category for e in evidence) or any(
        e.field == "category" and not e.everyday for e in weak)
    if any(e.in_category_enough for e in weak):
        # the mark as another language writes it (by its sound in that script, or the Chinese alias's pinyin) is how
        # that market names the brand, not a disguise: in the brand's category it names the brand as the Latin mark
        # would; elsewhere it may be a person, a place or another word of that language
        return in_category
    if weak and all(e.rule is Rule.initialism or e.needs_copy_cue for e in weak):
        # initials (LV, TNF) are the replica trade's words: they count next to its other words, a cue that claims a
        # copy (not a size or a style: "AAA", "1:1", "OEM", config.DEFAULT_SIZE_CUES), and nothing else
        grades = COPY_GRADES if any(e.vocabulary in GRADE_CLAIMS_COPY for e in weak) else frozenset()
        return in_category and (claims_copy or any(e.rule is Rule.cue and e.weight > 0 and (
            (term := (e.term or "").casefold()) not in SIZE_CUES or term in grades) for e in evidence))
    if weak and all(e.needs_cue for e in weak):
        return in_category and (claims_copy or any(e.weight > 0 and (
            e.rule is Rule.cue or e.rule is Rule.price and e.ratio is not None and e.ratio <= FAR_BELOW_FLOOR) for e in evidence))
    return in_category and (claims_copy or any(e.rule in (Rule.cue, Rule.price) and e.weight > 0 for e in evidence))


def score(evidence: list[Evidence], weights: Weights, *, accessory: Evidence | None, authorized: Evidence | None,
          names_category: bool = False, condition: Evidence | None = None, fair: Evidence | None = None,
          sale_format: Evidence | None = None) -> float:
    """Score a brand's evidence in place: weights of signals that do not count are set to 0 with a reason.

    fair: `fair_price` evidence (weight 0) when the price is at or above the floor (`FAIR_PRICE`) and the listing
    states no condition that scales the floor; it lowers the score by `weights.fair_price_factor` unless its `blocked`
    says the listing does not read as a retailer's (context/retail.py) or the evidence claims a copy (`_claims_copy`).
    sale_format: `sale_format` evidence (weight 0) when the listing's sale format says its price field is no price of
    one unit (context/formats.py: an auction's bid, a giveaway's 0, a swap's missing price); unless its `blocked` says
    why not (the real price elsewhere, a fee for "free" goods) or the evidence claims a copy, it lowers the score by
    `weights.sale_format_factor`, once, in place of a stated condition's lowering (its price was not judged)."""
    identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
    if identity and all(e.needs_corroboration for e in identity) and not strongly_corroborated(
            evidence + ([accessory] if accessory is not None and accessory.genuine_claim is not None else []),
            names_category=names_category):
        for e in identity:
            e.weight = 0.0
            e.detail = join_detail(e.detail, "not corroborated by the brand's category with a cue or a low price")
    if not any(e.rule in IDENTITY_RULES and e.weight > 0 for e in evidence):
        # every mention denied ("not Danone") or discounted: context alone names no brand
        for e in evidence:
            if e.weight > 0:
                e.weight = 0.0
                e.detail = join_detail(e.detail, "nothing left that names the brand")
        evidence.extend(e for e in (accessory, authorized, condition) if e is not None)
        return 0.0
    if (why := _descriptor_alone(evidence)):
        for e in evidence:
            if e.weight > 0 and (e.rule in IDENTITY_RULES or e.rule in (Rule.category, Rule.price)):
                e.weight = min(e.weight, weights.everyday_alone) if e.rule in IDENTITY_RULES else 0.0
                e.detail = join_detail(e.detail, why)
    if not is_corroborated(evidence):
        for e in evidence:
            if e.everyday:
                e.weight = min(e.weight, weights.everyday_alone)
                e.detail = join_detail(e.detail, "everyday word with nothing to corroborate it")
    strongest: dict[str, Evidence] = {}
    for e in evidence:
        best = strongest.get(_family(e.rule))
        if best is None or e.weight > best.weight:
            strongest[_family(e.rule)] = e
    remaining = 1.0
    for e in evidence:
        if strongest[_family(e.rule)] is e:
            remaining *= 1.0 - e.weight
        elif e.weight > 0:
            e.weight = 0.0
            e.detail = join_detail(e.detail, "same kind of evidence as a stronger signal, counted once")
    total = 1.0 - remaining
    if accessory is not None and (why := _decoy(accessory, evidence)):
        accessory.detail = join_detail(accessory.detail, why + ": not lowered")
        if accessory.genuine_claim is not None and condition is not None and condition.term == "part_only":
            # (parts39) the part's own price was judged (index._genuine_part): "one part sold alone" explains no more
            condition.detail = join_detail(condition.detail, "not applied: the part's own price was judged")
            evidence.append(condition)
            condition = None
        evidence.append(accessory)
        accessory = None
    if accessory is not None:
        reduced = total * weights.accessory_factor
        accessory.weight = reduced - total
        evidence.append(accessory)
        total = reduced
    elif sale_format is not None and not sale_format.blocked:
        total = _lowered(sale_format, total, weights.sale_format_factor, _claims_copy(evidence, grades=True),
                         "the price field is no price of the goods and nothing claims a copy")
        evidence.append(sale_format)
        if condition is not None:
            condition.detail = join_detail(condition.detail, "not applied: the sale format lowers the listing once")
            evidence.append(condition)
        sale_format = None
    elif condition is not None:
        total = _lowered(condition, total, weights.condition_factor, _unexplained(evidence, condition),
                         "the condition explains the price, nothing claims a copy")
        evidence.append(condition)
    elif fair is not None:
        total = _lowered(fair, total, weights.fair_price_factor, fair.blocked or _claims_copy(evidence, grades=False),
                         "nothing claims a copy")
        evidence.append(fair)
    if sale_format is not None:  # shown, not applied: blocked, or an accessory's lowering applied
        sale_format.detail = join_detail(sale_format.detail, (sale_format.blocked or "an accessory") + ": not lowered")
        evidence.append(sale_format)
    if authorized is not None:
        authorized.weight = -total
        evidence.append(authorized)
        total = 0.0
    return round(min(max(total, 0.0), 1.0), 4)


# cues that say the goods carry no brand ("unbranded", "no logo", "generic"): beside a descriptor alone they confirm the
# everyday sense ("denim trucker jacket, unbranded"), they claim no copy
NO_BRAND = frozenset({"unbranded", "no brand", "no logo", "without logo", "generic", "non-branded", "nonbranded",
                      "sin marca", "ohne marke", "sans marque", "senza marca", "sem marca", "无品牌", "无牌", "ノーブランド"})


def _descriptor_alone(evidence: list[Evidence]) -> str:
    """Why the listing's category and price corroborate nothing, else "": everything that names the brand is one of its
    everyday-word marks or lines other than its name, as written (`Evidence.descriptor`: "Love heart bracelet",
    "Jet set travel bag", "Jackie O round sunglasses"), with no counterfeit cue (one saying the goods carry no brand,
    NO_BRAND, is none), no second word of the brand, model, image or disguise. The everyday sense describes goods of
    the brand's own category, and a generic item is cheap because it is generic: "category + a price far below the
    floor" cannot tell it from the brand's product. A copy cue ("Love bracelet 1:1 screw motif") still corroborates."""
    identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
    if not identity or not any(e.descriptor for e in identity):
        return ""
    first = max(identity, key=lambda e: ((e.end or 0) - (e.start or 0), -(e.start or 0)))
    if any((e.term or "").casefold() != (first.term or "").casefold() and (
            e.field != first.field or e.start is None or first.start is None
            or not (e.start < (first.end or 0) and first.start < (e.end or 0))) for e in identity):
        return ""  # two of the brand's words apart ("Love" and "Juste un Clou"), not "monogram" inside "monogram canvas"
    if any(e.rule is Rule.cue and e.weight > 0 and (e.term or "").casefold() not in NO_BRAND for e in evidence):
        return ""
    return (f"'{identity[0].text}' is an everyday word that describes goods of the brand's category: the category and "
            "the price corroborate nothing without a counterfeit cue, a model or another of the brand's words")


# price / floor at or below which an accessory that says the product is included is the product (the alert threshold
# of MatcherConfig.price_ratio_threshold)
INCLUDED_BELOW_FLOOR = 0.5
# price / the floor of a registered part (a model number that is the part: Canon LP-E6NH "battery pack") at or below
# which a listing calling the part genuine or original is a copy of it (index._genuine_part): as INCLUDED_BELOW_FLOOR
GENUINE_PART_BELOW_FLOOR = 0.5


def _decoy(accessory: Evidence, evidence: list[Evidence]) -> str:
    """Why an accessory is no accessory, else "": the listing says the brand's product itself comes with it
    ("Case for AirPods Pro … AirPods Pro included") and claims a copy or is priced below the floor
    (INCLUDED_BELOW_FLOOR), or it "replaces" the brand's product with a copy claim at a price far below the floor
    (FAR_BELOW_FLOOR: "replacement for Rolex Submariner, 1:1" at 10 % of the floor). Accessories are cheap, so a
    low price alone never makes a case the product."""
    cue = accessory.copy_cue
    price = next((e.ratio for e in evidence if e.rule is Rule.price and e.ratio is not None), None)
    if accessory.included and (cue is not None or price is not None and price <= INCLUDED_BELOW_FLOOR):
        return (f"the listing says the brand's product is included, with the counterfeit cue '{cue}'" if cue is not None
                else f"the listing says the brand's product is included, at {price:.0%} of the floor")
    if accessory.genuine_claim is not None:  # set by index._genuine_part only below GENUINE_PART_BELOW_FLOOR
        return f"a part claimed genuine, {accessory.genuine_claim}"
    if accessory.replaces and cue is not None and price is not None and price <= FAR_BELOW_FLOOR:
        return f"a 'replacement' claiming a copy ('{cue}') at {price:.0%} of the floor"
    return ""


# identity rules of a mark or product as a reseller writes it: anything else is a disguise, a sign of intent
PLAIN_RULES = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.model, Rule.image, Rule.pdq, Rule.logo,
                         Rule.imprint, Rule.spec, Rule.street_name, Rule.item_id})  # the goods' own identifiers, as written
# marks written to be read as the mark but not matched as typed: signs of intent whatever their weight (context/judge.py's
# DISGUISE_RULES)
DISGUISES = frozenset({Rule.confusable, Rule.skeleton, Rule.intrusion, Rule.markup, Rule.upside_down, Rule.reversed,
                       Rule.fancy_letters, Rule.components})
# grades of second-hand and refurbished goods that are also cue terms ("Grade A refurbished", config.DEFAULT_CUE_TERMS)
CONDITION_GRADES = frozenset({"grade a", "grade b", "grade c", "a grade", "b grade", "grade a+"})
SECOND_HAND = frozenset({"used", "refurbished", "open_box"})


def written_without_accents(e: Evidence) -> bool:
    """A match that is only the mark typed without its accents ("Nestle", "L'Oreal"): how most people write it, not
    a disguise."""
    return bool(e.text and e.term) and e.text.isascii() and e.text.casefold() == latin_text(e.term)


# hiragana: Japanese writes a foreign name in katakana (ロレックス), so a brand in hiragana (ろれっくす) is nobody's shop
_HIRAGANA = re.compile("[\u3041-\u309f]")


def written_as_its_script_does(e: Evidence) -> bool:
    """Whether a transliteration hit is the mark as its market's script writes it (ซัมซุง, Самсунг, ဆမ်ဆောင်း, ロレックス:
    one edit from the mark's spelling, or heard as it: detectors/transliteration.py's `in_category_enough`), the way a
    retailer of that market names the brand, no disguise; not in hiragana."""
    return (e.rule is Rule.transliteration and (e.in_category_enough or not e.needs_corroboration)
            and not _HIRAGANA.search(e.text or ""))


def _lowered(signal: Evidence, total: float, factor: float, why_not: str, why: str) -> float:
    """The score after a lowering rule (condition, fair_price): `total * factor`, the signal weighing the difference
    and saying `why`; unchanged when `why_not` names what blocks it (the signal says so, weight 0)."""
    if why_not:
        signal.detail = join_detail(signal.detail, why_not + ": not lowered")
        return total
    reduced = total * factor
    signal.weight = reduced - total
    signal.detail = join_detail(signal.detail, why + ": lowered")
    return reduced


def _unexplained(evidence: list[Evidence], condition: Evidence) -> str:
    """Why a stated condition does not make the listing genuine goods, else "": no price judged against a floor (the
    condition explains nothing), a counterfeit cue (not a grade of second-hand goods: "Grade A"), a disguised mark,
    or a price still below the floor scaled for the condition (an "authentic, used" Rolex at USD 80)."""
    if not any(e.rule is Rule.price and e.term != NO_RATE for e in evidence):
        return "no price to judge against a floor"
    return _claims_copy(evidence, grades=condition.term in SECOND_HAND)


def _claims_copy(evidence: list[Evidence], *, grades: bool) -> str:
    """Why the listing is no genuine goods whatever its price or condition says, else "": a counterfeit cue (with
    grades, not a grade of second-hand goods: "Grade A"), a price far below the floor, a disguised mark."""
    plain = [e for e in evidence if (e.rule in PLAIN_RULES or e.compound or e.orthography or written_as_its_script_does(e))
             and e.start is not None and not alternating_case(e.text, e.term)]
    for e in evidence:
        if e.rule in PLAIN_RULES and e.weight > 0 and alternating_case(e.text, e.term):
            return f"the mark is disguised (alternating case: '{e.text}')"  # "pAnAsOnIc": no shop types that
        if e.weight <= 0 and not (e.rule in DISGUISES and e.start is not None):
            continue  # a leet "SU3DE" is intent, counted or not
        if e.rule is Rule.cue and not (grades and (e.term or "").casefold() in CONDITION_GRADES):
            return f"the counterfeit cue '{e.text}'"
        if e.rule is Rule.price:
            return f"the price is still far below the floor for that condition ({e.ratio:.0%})"
        if (e.rule in IDENTITY_RULES and e.rule not in PLAIN_RULES and not written_without_accents(e) and not e.compound
                and not written_as_its_script_does(e) and not e.orthography
                and not any(p.field == e.field and p.start <= e.start and (e.end or 0) <= (p.end or 0) for p in plain)):
            return f"the mark is disguised ({e.rule.value}: '{e.text}')"  # not a registered spelling read twice
    return ""


def join_detail(a: str, b: str) -> str:
    """A signal's detail with one more reason: "a; b", or b alone when a is empty."""
    return f"{a}; {b}" if a else b
