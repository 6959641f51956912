"""The context rules applied to one brand's evidence before it is scored.

`Judge` is built once per index; `Judge.read(listing, text)` gives a `Reading` of one listing
(its negations, its sectors, its words of other languages: each found on first need, and only
for listings that name some brand). For each brand the listing names:

1. `identity(reading, brand, evidence)`, before cues, category and price are weighed:
   - negation: a mention right after "not", "non-", "unlike" … counts for nothing (weight 0);
   - foreign_word: a misspelling or an accented spelling that is a word of another language
     (Böse, Cañón, boxe, sono) is that word, not a disguise: it counts only with strong
     corroboration (the brand's category with a cue or a low price), like a rare word one edit
     from a mark; so does a misspelling that is a common word of another language mixed into a
     title of another language ("… model kit neuf"), when the listing is filed outside the brand's
     categories;
   - everyday_word: a Chinese alias straddling ordinary words (乐高 in 生日快乐高端, segmentation.py)
     counts like an everyday word;
   - category_distance: a listing whose category and title nouns belong to none of the brand's
     sectors (sectors.py) makes its bare marks need corroboration too, unless a model number,
     an image, a disguise (C0ACH) or two of the brand's own marks name it; an accent the title's
     language writes ("Miguel Bosé", "Évian-les-Bains") is a name as written, not a disguise.
   - subject: a book, a manual, a course, a repair or an authentication service about the brand's goods
     (subject.py) makes its marks and models need corroboration as a far category does, unless the
     listing claims a copy; so does a news item or a press piece that offers nothing (mentions.news_of: "Callaway
     opens new flagship store", "News: Bandai reports quarterly results", no price, no word of an offer);
   - nothing offered (news32, THE RULE for a bare mention: `_offers_nothing`, mentions.py): a listing with no price, no
     category, no item specifics, no photo, no noun of any goods, no word of an offer and no cue, that names the brand
     only by its name as written (Latin letters), offers nothing: the name alone (0.7 against the 0.6 threshold)
     needs corroboration as far from the brand's goods does, and so stays quiet. Goods, a contact, a stock word, a
     grade, a model, a line or a disguise, any one of them, and the mark is judged as before ("Rolex Submariner 1:1,
     DM for price", "Gucci belts in stock, WhatsApp", "R0LEX").
2. `corroboration(reading, evidence)`, after them: far from the brand's goods, a counterfeit cue
   alone ("museum replica statue") or a low price alone says nothing; together (with a brand-wide
   floor: a category floor says nothing about goods the brand does not sell) they still do; the
   replica trade's own words (1:1, AAA, super copy, 高仿) count alone ("Rolex 1:1 AAA" filed under pet
   supplies). Under `subject`, the listing's category counts nothing either.
3. `accessory(reading, brand, evidence)` / `settle_accessory`: accessory.py's contexts, with the facts
   scoring._decoy weighs (a copy cue, "<product> included", a replacement phrase).

One design for the frames that protect honest listings (a likeness, an accessory, material far from the brand's
goods): each yields when the text claims the brand's own mark or product inside it, and only then —
   - a likeness ("-style", "tipo", "風", "스타일", "风格", a comparison) with the brand's logo said to be on the goods
     ("crown logo on the dial", "con logo", "ロゴ入り", "带logo"; not "no logo", "custom logo": phrasebook.LOGO_WORDS)
     is a copy: not lowered;
   - an accessory for the brand's product that says a noun of the brand's own goods ships with it ("watch included",
     "reloj incluido", "montre incluse"; not an add-on: "cleaning cloth included", "dust bag included") is the
     product when a copy cue or a price below the floor agrees (scoring._decoy);
   - far from the brand's goods, its mark on material by the metre, a patch, a label or an emblem ("LV monogram
     fabric", "Nike swoosh iron-on patch", "Tela Gucci por metro": phrasebook.MATERIAL_NOUNS) is the mark itself
     sold loose: no category distance;
   - any frame whose goods are said to carry the brand's mark (`_mark_on_goods`: "Rolex crown logo stickers for watch
     dials", "dupe parka with the disc patch sewn on", "Coach leather tag") or a platform's games in bulk ("R4 card for
     Nintendo DS with 500 games") is a copy: not lowered; an accessory named after the brand that says it is the brand's
     own genuine part ("Canon LP-E6NH genuine battery", `_genuine_part`) is a copy at half its part's floor or less.

Every rule that changes a weight adds a signal of its own with weight 0 and the reason.
Cost, measured on the demo registry (bench/context.py): see services/matcher/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from schemas import Brand, Listing, Rule
from services.matcher.core.alternation import longest_first
from services.matcher.core.context.attribution import fit_words
from services.matcher.core.memo import Memo
from services.matcher.core.config import (ACCESSORY_IDENTITY_CLAIMS, BARE_COPY_WORDS, COPY_PARTS, REPRO_ADMISSIONS, COPY_PITCHES, DEFAULT_COPY_CUES, DEFAULT_SIZE_CUES,
                                          IDENTITY_CLAIMS, LICENSING_PHRASES, SCALE_MODEL_CUES,
                                          MatcherConfig)
from services.matcher.core.context.accessory import LIKENESS, NAMED_AFTER, RIGHT_BEFORE, AccessoryContext, AccessoryScan, BrandWords
from services.matcher.core.context.addons import software_itself
from services.matcher.core.context.admitted import Admission, admissions, gated, goods_maker_denied, not_goods_copy
from services.matcher.core.context.community import design_file_mark
from services.matcher.core.context.cross_sell import SAID_OF_MARK, cross_sold
from services.matcher.core.context.part_prices import part_spans
from services.matcher.core.context import marked, phrasebook
from services.matcher.core.context.language import COMMON_ZIPF, LANGUAGES, NAMES, ForeignWords, article, phrase_language, word_table
from services.matcher.core.context.negation import Negation, Negations, denied_copy_words, winked
from services.matcher.core.context.refusals import Refusals, refusal_note
from services.matcher.core.context.retail import retail_standing
from services.matcher.core.context.numbers import NUMBER_FAR, bare_numbers, goods_sectors, number_far_note, numero, other_goods
from services.matcher.core.context.sectors import Sectors, SectorsFound
from services.matcher.core.context.segmentation import chinese_words, inside_word, is_han
from services.matcher.core.context.specimens import fake_specimen
from services.matcher.core.context.fields import STUFFED_BRANDS
from services.matcher.core.context.tag_lines import copy_tag, tag_spans, unbranded_said
from services.matcher.core.context import voices
from services.matcher.core.context.voices import PAGE_LENGTH
from services.matcher.core.detectors.goods_codes import TOOL_COPY  # tools26: a cracked or cloned dealer tool's cue
from services.matcher.core.detectors.misspellings import ORIGINAL_WORDS  # (words56) the word "original" of many languages
from services.matcher.core.context.generic_marks import MARKS as GENERIC_MARKS, generic_word, mark_key
from services.matcher.core.context.subject import (ABOUT, carries, ARTWORK_OWN_WORDS, KEY_COPY_WORDS, LOCKSMITH_NOUNS, GUIDE_COPY_WORDS, Subject, about_copies, guide_start, is_record, is_toy, media_work,
                                                   offered_after, sold_as_copy, subject_of)
from services.matcher.core.context.inside import in_component, may_hold
from services.matcher.core.context.mentions import enforcement_word, offer_word, reported_copy
from services.matcher.core.context.lexicon import Found, Lexicon, outside_senses
from services.matcher.core.fuzzy import dictionary_words
from services.matcher.core.normalise import INVISIBLE_FORMAT, ListingText, alternating_case, compact_key, is_wide, latin_text
from services.matcher.core.prices import category_matches
from services.matcher.core.scoring import DISGUISES, IDENTITY_RULES, MARK_RULES, Evidence, written_without_accents

_TOKEN = re.compile(r"[a-z0-9]+")
WORDS_REMEMBERED = 200_000  # title words whose sectors `word_sectors` remembers, forgotten all at once past this many
CATEGORIES_REMEMBERED = 100_000  # categories (and brands' category lists) whose sectors are remembered, likewise
_IDENTITY_CLAIMS = frozenset(c.casefold() for c in IDENTITY_CLAIMS)
_LEAF = re.compile(r"\s*(?:>|›|»|/|\|)\s*")  # between the levels of a category path
_WORDS_RULES = frozenset({Rule.fuzzy, Rule.confusable} | {getattr(Rule, r) for r in ("intrusion", "skeleton")
                                                           if hasattr(Rule, r)})  # spellings that may be a word
_SIGHT_RULES = frozenset(getattr(Rule, r) for r in ("skeleton", "intrusion") if hasattr(Rule, r))  # read by sight
CARD_BELOW_FACE = "a gift card far below its face value"  # index.CARD_BELOW_FACE's cue term (index imports this module)
_PLAIN_RULES = frozenset({Rule.exact, Rule.alias})  # an everyday mark as written ("dove vuoi": Italian "where")
# names read by meaning (a translation, a riddle, a clue): denied with the brand the listing denies by name
_BY_MEANING = frozenset({Rule.translated, Rule.riddle, Rule.clue})
# sectors of the makers whose goods carry other brands under licence (judge._licensed): toys and games
LICENSEES = frozenset({"toys_games"})
_WIDE_ALIAS_RULES = frozenset({Rule.alias, Rule.variant})  # a Chinese alias as written, or in the other script
# a disguise is a sign of intent wherever the listing is filed (C0ACH, Gu✨cci, Sarnsung)
DISGUISE_RULES = frozenset({Rule.confusable} | {getattr(Rule, r) for r in ("skeleton", "intrusion") if hasattr(Rule, r)}
                           | {Rule.markup, Rule.upside_down, Rule.reversed, Rule.fancy_letters, Rule.components})
# (honest50) a word of fit or of a third party's part before an unboxed part's claim (phrasebook.UNBOXED_PART_CLAIMS):
# the white box is then the third party's part's
_FIT_BEFORE_UNBOXED = re.compile(r"(?:^|[^a-z])(?:" + fit_words("fits?", "replacement", "aftermarket", "generic")
                                 + r")(?:[^a-z]|$)")

# a sentence's end inside a phrase the lexicons read across it (as index._PHRASE_BREAK)

# (left57, issue 9) The goods' own swing tag named among their proofs of origin ("genuine product, hangtag and barcode",
# "original box, hang tags and receipt", "con etiqueta y caja", "吊牌、条码、发票齐全"): the tag that came on the unit,
# like WITH_TAGS's "new with tags", no label sold as material. Not when the sentence counts or lots them ("100 pcs
# hang tags with barcode stickers" is the copy trade's packaging). Source: resellers' and retailers' usual list of
# what comes with a unit (tags, box, barcode, receipt, papers); general knowledge, no held-out listing's string.
_OWN_TAG_NOUNS = frozenset({"hang tag", "hang tags", "hangtag", "hangtags", "swing tag", "swing tags", "etiqueta",
                            "etiquetas", "étiquette", "étiquettes", "etichetta", "etichette", "etikett", "etiketten",
                            "etiket", "бирка", "бирки", "metki", "吊牌", "水洗标", "领标"})
_PROOFS = re.compile(r"(?<![^\W\d_])(?:barcodes?|bar codes?|upc|ean|box(?:ed)?|receipts?|papers|invoice|certificate|"
                     r"warranty|serial|authentic|genuine|original|official|caja|boîte|boite|scatola|karton|коробк\w*|"
                     r"чек|条码|条形码|发票|盒|正品|专柜)(?![^\W\d_])", re.IGNORECASE)
_LOOSE_TAGS = re.compile(r"(?<![^\W\d_])(?:\d+\s*(?:pcs|pieces|pc|sets|stk|шт)|pcs|wholesale|lot of|bulk|per \d+|"
                         r"stickers?|blank)(?![^\W\d_])", re.IGNORECASE)


def _own_tag(original: str, f) -> bool:
    """(left57) Whether a material find is the goods' own swing tag named among their proofs (_OWN_TAG_NOUNS, _PROOFS)."""
    if original[f.start:f.end].casefold() not in _OWN_TAG_NOUNS:
        return False
    start = max(original.rfind(c, 0, f.start) for c in ".!?\n")
    ends = [j for c in ".!?\n" if (j := original.find(c, f.end)) >= 0]
    sentence = original[start + 1:min(ends) if ends else len(original)]
    near = original[max(start + 1, f.start - 40):min(ends + [len(original), f.end + 40])]
    return bool(_PROOFS.search(near)) and not _LOOSE_TAGS.search(sentence)

_SENTENCE_END = re.compile(r"[.!?;。！？；]\s")


# a licence word that names a collaboration or an edition, not a licence (phrasebook.LICENSED)
_COLLAB_WORD = re.compile(r"edition|édition|edición|edição|edizione|editie|edycja|издание|collab|联名|聯名|コラボ|콜라보")


@dataclass(frozen=True, slots=True)
class Distance:
    """The listing is far from everything the brand sells."""

    registered_mark: bool  # a mark registered as no everyday word now needs corroboration (a brand-wide floor applies)
    subject: bool = False  # the brand is the subject of a work or a service (subject.py): its category says nothing either
    guide: bool = False  # a guide to telling fakes (subject.py): its "fake", "replica" are its subject, not cues
    about: frozenset[str] = frozenset()  # a guide's copy trade words (cue terms, case-folded) that are its subject


# copy cues that also state a size or fit ("1:1", "AAA"): no claim that an accessory is the brand's own part
_SIZE_CUES = frozenset(c.casefold() for c in DEFAULT_SIZE_CUES)
# (mend31, issue 9) the brand's box or packaging right after its mark ("compatible copy with Hasbro box", "printed Hasbro
# box", "in LEGO packaging", "caja Nike"): goods a copy cue calls a copy and the seller packs in the brand's own box pass
# as the brand's product, whatever they say they fit; an accessory never comes in the brand's box
_BRANDS_BOX = re.compile(r"[\s'’s]{0,3}(?:original |retail |gift )?(?:box|boxes|boxed|packaging|package|packing|carton|"
                         r"caja|cajas|scatola|verpackung|karton|embalagem|embalaje|boîte|boite|doos|коробк\w*|упаковк\w*|"
                         r"盒|包装|箱|パッケージ|박스)(?![a-z])", re.IGNORECASE)


# the cracked-software trade's words for a program sold with its licence check defeated (a subset of addons.
# SOFTWARE_ITSELF without the licence words an honest reseller writes): crack, keygen, activator, pre-activated, loader
_CRACKED = re.compile(r"(?<![a-z])(?:crack|cracked|keygen|key generator|activator|pre ?-?activated|kms ?pico|kmspico|"
                      r"loader|patched|patch only)(?![a-z])")
_CRACKED_WIDE = re.compile(r"破解|免激活|激活工具|クラック|크랙|активатор|кряк|крэк|взлом")


def _cracked(listing: Listing) -> bool:
    """Whether the listing sells a program with its licence check defeated (`_CRACKED`, `_CRACKED_WIDE`)."""
    text = f"{listing.title}\n{listing.description or ''}"
    return _CRACKED.search(latin_text(text).lower()) is not None or (
        not text.isascii() and _CRACKED_WIDE.search(text.lower()) is not None)


# (floor54) the words of that trade that say the program itself is sold with its licence check defeated, as a cue: not
# "loader" and "patched" (a boot loader, a patched release are an honest program's too)
# (denied: "no crack needed", "without keygen", "not cracked", "crack-free"; a verb: "crack the code" is a course's title)
_CRACKED_CUE = re.compile(r"(?<![a-z])(?<!no )(?<!not )(?<!without )(?<!never )(?<!zero )(?<!sin )(?<!sem )(?<!ohne )"
                          r"(?<!sans )(?<!senza )(?<!geen )(?<!bez )"
                          r"(?:crack(?! (?:the|a|an|it|this|that|open|down|up|your|my)\b)|cracked|keygen|key generator|"
                          r"activator|pre ?-?activated|kms ?pico|kmspico)(?![a-z])(?!-? ?free)")
_CRACKED_GATE = ("crack", "keygen", "key generator", "activat", "kms")
CRACKED_PROGRAM = "a program sold cracked"  # the cue's term (index._cracked_program)


def cracked_words(text: str) -> tuple[int, int] | None:
    """(start, end) of the first word of the cracked-software trade in a text (`_CRACKED_CUE`: crack, keygen, activator,
    pre-activated, KMSpico), in the offsets of its lower-cased Latin view (which keeps an ASCII text's), else None. A gate
    of substring tests first: most texts have none of the stems. Read by index._cracked_program for software goods only
    (a "cracked screen" is a phone's condition)."""
    low = latin_text(text).lower()
    if not any(stem in low for stem in _CRACKED_GATE):
        return None
    m = _CRACKED_CUE.search(low)
    return m.span() if m else None


# ... and the box before the mark, as the Romance and Slavic languages write it ("en boîte Nike", "caja Nike", "коробка Nike")
_BOX_BEFORE = re.compile(r"(?<![a-z])(?:box|boîte|boite|caja|scatola|karton|embalagem|embalaje|коробк\w*|упаковк\w*)"
                         r"(?: (?:de|du|d'|di|da|do|della|der|des|original|originale|d'origine))?[\s']{1,2}$", re.IGNORECASE)


def _in_brands_box(reading: Reading, evidence: list[Evidence]) -> bool:
    """Whether the listing writes the brand's box or packaging right after or right before one of its marks
    (`_BRANDS_BOX`, `_BOX_BEFORE`)."""
    for e in evidence:
        if e.rule in IDENTITY_RULES and e.weight >= 0 and e.start is not None and e.field in ("title", "description"):
            text = reading.listing.title if e.field == "title" else reading.listing.description or ""
            if _BRANDS_BOX.match(text, e.end) or _BOX_BEFORE.search(text, max(0, e.start - 30), e.start):
                return True
    return False
# (refills31, issue 9) consumables a brand makes and sells by the pack, the accessory nouns (config.DEFAULT_ACCESSORY_NOUNS,
# phrasebook.ACCESSORY_NOUNS) that name them: razor refills and cartridges, filters and filter cores, brush heads,
# capsules, pods, pads, sensors, ink and toner. Named after the brand with no "for" ("Gillette Fusion5 ProGlide refills
# 8", "Brita Maxtra filters 6", "Sonicare brush heads"), they are the brand's own goods, not a third party's part,
# when the listing claims a copy with any cue (a size or grade cue too: "AAA", "1:1" name no fit of a refill; the
# trade senses "AAA batteries", "1:1 scale" are no cue: config.not_cues), disguises the mark (Gillеtte with a Cyrillic
# е, G-i-l-l-e-t-t-e), or is filed in a category of the brand that is itself such a consumable (Gillette's "razor
# blades": its floor is the refills' floor) (`_BrandWords.sells`). A third party's refill says what it fits
# ("refills for Gillette", "Gillette-compatible", accessory.py's phrases and suffixes, judged first) and stays one.
# Source: outsider28's misses on main 6d92c10 (11 Gillette refill copies at AAA / 1:1 / cyrillic / separators quiet).
CONSUMABLE_NOUNS = frozenset({
    "refill", "refills", "cartridge", "cartridges", "blade", "blades", "filter", "filters", "brush heads",
    "replacement heads", "heads", "capsule", "capsules", "pod", "pods", "pad", "pads", "brake pads", "sensor", "sensors",
    "ink", "toner", "strips", "test strips", "lancets", "ersatzfilter", "aufsteckbürsten", "brossettes", "recharge",
    "testine", "końcówki", "насадка", "насадки", "filtro", "filtros", "cabezales", "filtre", "filtres", "filtri", "filtr",
    "фильтр", "filtre", "yedek başlık", "náhradní hlavice", "náhradní filtr", "filtru", "rezerve", "szűrő", "suodatin",
    "φίλτρο", "kepala sikat", "saringan", "penapis", "lõi lọc", "bộ lọc", "màng lọc", "đầu bàn chải", "ไส้กรอง", "หัวแปรง",
    "फिल्टर", "फ़िल्टर", "فیلتر", "フィルター", "替えブラシ", "滤网", "滤芯", "刷头", "opzetborstels"})
# a size cue's fit sense right after it ("1:1 fit", "1:1 scale", "AAA size")
_FIT_AFTER = re.compile(r"[\s-]*(?:fit|fits|fitting|size|sized|scale|passform|ajuste|taille|ratio)(?![a-z])", re.I)
# the head nouns of a brand's categories that are such consumables themselves ("razor blades", "ink", "wiper blades")
_CONSUMABLE_HEADS = frozenset({"blade", "refill", "cartridge", "filter", "head", "capsule", "pod", "pad", "sensor", "ink",
                               "toner", "strip", "lancet"})

# copy words that, beside "für"/"for" the brand's goods, name a third party's compatible part (German "Nachbau-Akku für
# Canon"): a copy of the brand's own part only when named after the brand with no "for" (`_accessory`; issue 9)
_AFTERMARKET_COPY_WORDS = frozenset({"nachbau"})


@dataclass(slots=True)
class Reading:
    """What one listing's context says, computed on first need."""

    listing: Listing
    text: ListingText
    judge: "Judge"
    _negations: Negations | None = None
    _refusals: Refusals | None = None
    _sectors: SectorsFound | None = None
    _foreign: ForeignWords | None = None
    _accessories: AccessoryScan | None = None
    _disclaimer: Found | None | bool = False
    _subject: Subject | None | bool = False
    _copy_cue: Found | None | bool = False
    _copy_cues_found: list = ()
    _admitted: list[Admission] | None = None
    _logo_claims: list[Found] | None = None
    _materials: list[Found] | None = None
    _tag_spans: list[tuple[int, int]] | None = None
    tag_brands: int = 0  # brands named in the description's tag lists before the stronger readings kept one (tagged_brands)
    far: dict[int, bool] = field(default_factory=dict)
    _denied: dict[tuple[int, int], str] = field(default_factory=dict)  # copy words denied so far, by span
    marked: dict[str, tuple[int, str] | None] = field(default_factory=dict)  # Judge.marked by brand id, found once

    @property
    def logo_claims(self) -> list[Found]:
        """The logo words the listing says are on its goods (phrasebook.LOGO_WORDS), not those it refuses ("no logo",
        "ohne Logo", "ロゴなし", "custom logo", "logo cutout")."""
        if self._logo_claims is None:
            original = self.text.original
            self._logo_claims = [f for f in self.judge.logo_words.find(self.text) if self.refusals.offered(f.start) or (
                not _logo_refused(original, f) and not self.refusals.covers(f.start, f.end))]  # "we do not print any brand's logo"
        return self._logo_claims

    @property
    def logo_refused(self) -> list[Found]:
        """The logo words the listing refuses ("no logo", "sin logo", "ロゴなし", "own-brand monogram")."""
        original = self.text.original
        return [f for f in self.judge.logo_words.find(self.text) if _logo_refused(original, f)]

    @property
    def materials(self) -> list[Found]:
        """Material by the metre, patches, labels and emblems the listing names (phrasebook.MATERIAL_NOUNS)."""
        if self._materials is None:
            found = self.judge.materials.find(self.text)
            if found:  # (quiet52) a phrase read across a sentence's end is none: "chính hãng.\n\nTags" is no "hang tags"
                found = [f for f in found if _SENTENCE_END.search(self.text.original, f.start, f.end) is None]
            if found and (tags := self.judge.with_tags.find(self.text)):  # "全新带吊牌": new with tags, no material
                found = [f for f in found if not any(t.start <= f.start and f.end <= t.end for t in tags)]
            self._materials = found
        return self._materials

    @property
    def sold_materials(self) -> list[Found]:
        """The materials less the goods' own swing tag named among their proofs ("genuine, hangtag and barcode"):
        what blocks a fair price's lowering (retail.not_retail), while a mark right beside a tag noun is still read
        as the mark on a label (Judge._on_material reads every material)."""
        return [f for f in self.materials if not _own_tag(self.text.original, f)]

    @property
    def tag_spans(self) -> list[tuple[int, int]]:
        """The search-tag lists the description writes on lines of their own (tag_lines.tag_spans), offsets in it."""
        if self._tag_spans is None:
            self._tag_spans = tag_spans(self.listing.description)
        return self._tag_spans

    @property
    def price_eur(self) -> float | None:
        """The listing's price in euros (the index's currency rates), else None."""
        rates = self.judge.rates
        return rates.to_eur(self.listing.price) if rates is not None and self.listing.price is not None else None

    @property
    def price_units(self) -> tuple[float | None, str | None]:
        """(amount, currency) of the listing's price in its own units, else (None, None)."""
        price = self.listing.price
        return (price.amount, price.currency) if price is not None else (None, None)

    @property
    def subject(self) -> Subject | None:
        """The work or service the listing sells (subject.py), else None."""
        if self._subject is False:
            self._subject = subject_of(self.listing.title, self.text.latin_words, category=self.listing.category,
                                       description=self.listing.description, price_eur=self.price_eur,
                                       amount=self.price_units[0], currency=self.price_units[1])
        return self._subject

    @property
    def admitted(self) -> list[Admission]:
        """The copies the listing admits inside a benign-looking frame (admitted.py: a failed legit check sold as is, a
        rented copy, a card proxy, fan-made goods, a bare "copy" beside the goods); [] for almost every listing."""
        if self._admitted is None:
            text = self.text
            self._admitted = admissions(self.listing.title, text.original, self.listing.category, text.latin_words,
                                        text.is_ascii) if gated(text.latin_words, text.is_ascii) else []
            if any(a.kind == "denied_maker" for a in self._admitted) and self._title_fits():
                # (admit55) "Display stand compatible with …, not manufactured by Bose": a third party's goods for the
                # brand's (a part named after what it fits, "Apple Watch band, not made by Apple", is judged per brand:
                # Judge._accessory lets no denied maker alone void its frame)
                self._admitted = [a for a in self._admitted if a.kind != "denied_maker"]
        return self._admitted

    def _title_fits(self) -> bool:
        """The title holds an accessory's phrase ("case for", "compatible with", "designed for") or a likeness
        (accessory.py's words): its goods are another maker's for the brand's, whatever maker the listing denies."""
        end = len(self.text.title)
        scan = self.accessories
        return any(f.start < end for f in (*scan.phrases, *scan.comparisons))

    def frame_claim(self, size: bool = True) -> Found | None:
        """The first copy cue (`copy_cue`'s list; with size False, no size or fit cue: `claim_cue`) that is no denied
        maker (admitted.py's `denied_maker`): "not made by Apple" claims a copy of goods the title offers as the brand's
        own, not of a part named after what it fits ("Apple Watch band, not made by Apple")."""
        if self.copy_cue is None:
            return None
        return next((f for f in self._copy_cues_found if not f.term.startswith("admitted denied_maker:") and (
            size or f.term.casefold() not in _SIZE_CUES)), None)

    def admitted_found(self) -> list[Found]:
        """`admitted` as lexicon Founds (term "admitted <kind>: <words>"), for the copy claims below."""
        return [Found(a.start, a.end, f"admitted {a.kind}: {a.term}") for a in self.admitted]

    @property
    def copy_cue(self) -> Found | None:
        """The first cue that claims a copy outright (MatcherConfig.copy_cues: "1:1", "replica", 高仿), outside
        the phrases that use its words in their trade sense (MatcherConfig.not_cues: "AAA batteries"), or a copy
        admitted inside a benign-looking frame (admitted.py)."""
        if self._copy_cue is False:
            found = self.judge.copy_cue_terms.find(self.text)
            if found and (not_cues := self.judge.not_cues.find(self.text)):
                found = outside_senses(found, not_cues)
            if self.admitted:
                found = sorted(found + self.admitted_found(), key=lambda f: f.start)
            if found and (denied := self.denied(found)):  # "NOT a replica", "не копия": no claim
                found = [f for f in found if (f.start, f.end) not in denied]
            self._copy_cue = found[0] if found else None
            self._copy_cues_found = found
        return self._copy_cue

    @property
    def claim_cue(self) -> Found | None:
        """The first copy cue (`copy_cue`'s list) that is no size or fit ("1:1" may be a fit: DEFAULT_SIZE_CUES), else
        None: "Canon LP-E6NH battery 1:1 clone" claims a copy by "clone" after its "1:1" (market35, issue 9)."""
        if self.copy_cue is None:
            return None
        return next((f for f in self._copy_cues_found if f.term.casefold() not in _SIZE_CUES), None)

    def denied(self, found: list[Found]) -> dict[tuple[int, int], str]:
        """The copy words among `found` the listing denies or refuses (negation.denied_copy_words), by span; a word
        inside one denied before ("copy" of "not a super copy", コピー of "コピー品ではない") is denied with it."""
        if not found:
            return {}
        denied = denied_copy_words(self.negations, found)
        if len(self.text.original) > PAGE_LENGTH:  # (pages57) a copy word of a whole page said of copies in general
            denied.update({k: v for k, v in voices.unclaimed(self.text.original, [
                f for f in found if (f.start, f.end) not in denied]).items()})
        known = self._denied
        for f in found:
            if (f.start, f.end) not in denied and (phrase := next((p for (s, e), p in known.items()
                                                                   if s <= f.start and f.end <= e), None)) is not None:
                denied[(f.start, f.end)] = phrase
        known.update(denied)
        return denied

    @property
    def negations(self) -> Negations:
        if self._negations is None:
            self._negations = Negations(self.text)
        return self._negations

    @property
    def refusals(self) -> Refusals:
        """The maker's refusals of brands' marks (refusals.py: "we do not print Nike or other brand logos")."""
        if self._refusals is None:
            self._refusals = Refusals(self.text)
        return self._refusals

    @property
    def sectors(self) -> SectorsFound:
        """The listing's sectors: its category's and its title's nouns'."""
        if self._sectors is None:
            by_category = self.judge.category_sectors(self.listing.category)
            by_title = self.judge.sectors.of_words(self.listing.title, title=True)
            self._sectors = SectorsFound(by_category.sectors | by_title.sectors, by_category.words + by_title.words,
                                         generic=by_category.generic and not by_title.sectors)
        return self._sectors

    @property
    def foreign(self) -> ForeignWords:
        if self._foreign is None:
            self._foreign = ForeignWords(self.listing.title)
        return self._foreign

    @property
    def disclaimer(self) -> Found | None:
        """The listing's disclaimer: the first that says what the goods are (config.DEFAULT_DISCLAIMER_PHRASES:
        "third-party product", "compatibility only"), else the first legal boilerplate (DEFAULT_BOILERPLATE_PHRASES:
        "not affiliated with", "trademarks belong to their respective owners"), else None."""
        if self._disclaimer is False:
            found = self.judge.disclaimers.find(self.text)
            self._disclaimer = next((f for f in found if not self.judge.is_boilerplate(f)), found[0] if found else None)
        return self._disclaimer

    @property
    def accessories(self) -> AccessoryScan:
        if self._accessories is None:
            self._accessories = self.judge.accessory_context.scan(self.text)
        return self._accessories


class Judge:
    def __init__(self, config: MatcherConfig) -> None:
        self.config = config
        self.weights = config.weights
        self.rates = None  # the index's CurrencyRates (index.py sets it): a listing's price in euros (Reading.price_eur)
        self.sectors = Sectors(config.sectors, config.generic_categories)
        self.accessory_context = AccessoryContext(config)
        self.disclaimers = Lexicon(config.disclaimer_phrases + config.boilerplate_phrases)
        self._boilerplate = frozenset(p.casefold() for p in config.boilerplate_phrases) - frozenset(
            p.casefold() for p in config.disclaimer_phrases)
        self.other_goods = Lexicon(OTHER_GOODS)
        self.copy_cues = frozenset(c.casefold() for c in config.copy_cues)
        self.copy_cue_terms = Lexicon(config.copy_cues, disguised=True)
        self.cue_terms = Lexicon(config.cue_terms, disguised=True)  # a refused cue ("no reps") of a subject listing counts for nothing
        self.logo_claims = Lexicon(ACCESSORY_IDENTITY_CLAIMS)
        self.logo_words = Lexicon(phrasebook.terms(phrasebook.LOGO_WORDS))
        self.materials = Lexicon(phrasebook.terms(phrasebook.MATERIAL_NOUNS))
        self.with_tags = Lexicon(phrasebook.WITH_TAGS)
        self.licensed = Lexicon(phrasebook.terms(phrasebook.LICENSED))
        self.genuine_claims = Lexicon(phrasebook.terms(phrasebook.GENUINE_PART_CLAIMS)
                                      + phrasebook.terms(phrasebook.UNBOXED_PART_CLAIMS))
        self._unboxed = frozenset(w.casefold() for w in phrasebook.terms(phrasebook.UNBOXED_PART_CLAIMS))
        self._accessory_single = frozenset(latin_text(n) for n in config.accessory_nouns if n.count(" ") <= 1)
        self.not_cues = Lexicon(config.not_cues)
        self.copy_parts = Lexicon(COPY_PARTS)  # a repairer's "pieza copia", "Kopie-Teil" (_copy_part)
        self.bare_copy = Lexicon(BARE_COPY_WORDS)  # plain copy words that claim a copy beside a part (_claims_copy)
        # a brand that sells works or services itself (books, repairs): its own goods, not a subject
        self._sells_subjects: dict[tuple[tuple[str, ...], str, bool], bool] = {}
        self._medicines: dict[tuple[str, ...], bool] = {}  # brand categories -> sells prescription medicines
        self._accessory_words = [latin_text(w) if w.isascii() else w for w in config.accessory_category_words]
        # category leaves named after cases, covers and straps, in every language ("fundas", "чехлы", "スマホケース")
        self._case_words = frozenset(" ".join(_TOKEN.findall(latin_text(w))) for w in phrasebook.CASE_CATEGORY_NOUNS
                                     if not any(is_wide(c) for c in w))
        self._case_wide = tuple(w for w in phrasebook.CASE_CATEGORY_NOUNS if any(is_wide(c) for c in w))
        self._accessory_categories: Memo = Memo(CATEGORIES_REMEMBERED)
        word_table()  # read once per process (about a second), not in the middle of a batch
        chinese_words()  # likewise (about a second)
        self._wide_cues = tuple(t for t in config.cue_terms if any(is_han(c) for c in t))  # words of their own
        self._category_cache: Memo = Memo(CATEGORIES_REMEMBERED)
        self._brand_cache: Memo = Memo(CATEGORIES_REMEMBERED)  # a brand's categories -> their sectors
        self._word_cache: Memo = Memo(WORDS_REMEMBERED)

    def word_sectors(self, word: str) -> frozenset[str]:
        """The sectors one word of a title names (cached: titles share their words)."""
        found = self._word_cache.get(word)
        if found is None:
            found = self._word_cache.remember(word, self.sectors.of_words(word, title=True).sectors)
        return found

    def read(self, listing: Listing, text: ListingText) -> Reading:
        return Reading(listing, text, self)

    def category_sectors(self, category: str | None) -> SectorsFound:
        """The sectors a category string names, cached (brands and listings share few categories)."""
        if not category:
            return SectorsFound(frozenset(), ())
        found = self._category_cache.get(category)
        if found is None:
            found = self._category_cache.remember(category, self.sectors.of_words(category))
        return found

    def brand_sectors(self, brand: Brand) -> SectorsFound:
        """A brand's sectors: those of its categories; generic when one of them is ("merchandise")."""
        key = tuple(brand.categories)
        known = self._brand_cache.get(key)
        if known is None:
            found = [self.category_sectors(c) for c in brand.categories]
            known = SectorsFound(frozenset().union(*(f.sectors for f in found)) if found else frozenset(),
                                 tuple(w for f in found for w in f.words), generic=any(f.generic for f in found))
            self._brand_cache.remember(key, known)
        return known

    # ------------------------------------------------------------------ accessories

    def accessory(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> Evidence | None:
        """The accessory context of one brand's mentions (accessory.py), else a listing filed among
        accessories or parts ("watch accessories", "jewelry storage") when the brand sells none
        (BMW lists "accessories", Honda "auto parts"), else a disclaimer ("Brand names are used to
        describe compatibility only")."""
        found = self._accessory(reading, brand, evidence)
        if (found is not None and _replaces(found.term) and self.sells_medicines(brand) and not self._names_a_part(reading)
                and any(e.rule in IDENTITY_RULES and not e.everyday and e.weight > 0 for e in evidence)):
            # "generic Viagra", "Lipitor equivalent": the same medicine, not a part that fits it ("generic aspirin" names
            # the medicine by its everyday name: the brand is not claimed)
            return None
        if found is not None:
            self._decoy_facts(reading, found, evidence, brand)
        return found

    @staticmethod
    def _own_consumable(reading: Reading, evidence: list[Evidence]) -> bool:
        """A consumable named after the brand (CONSUMABLE_NOUNS) is its own goods: the listing claims a copy with any
        cue, a size or grade cue too ("Gillette Fusion5 refills 8, AAA", "1:1"), or disguises the mark (refills31)."""
        cue = reading.copy_cue
        if cue is not None and cue.term.casefold() in _SIZE_CUES and _FIT_AFTER.match(reading.text.original, cue.end):
            cue = None  # "replacement heads, 1:1 fit": the size of a third party's fit, no copy claimed
        return cue is not None or any(e.rule in DISGUISE_RULES and e.weight > 0 and e.start is not None for e in evidence)

    def _names_a_part(self, reading: Reading) -> bool:
        """The listing is filed among accessories or parts, or its title names one ("seal kit", "ear cushions")."""
        category = reading.listing.category
        return bool(category and self.is_accessory_category(category)) or any(
            n.start < len(reading.text.title) for n in reading.accessories.nouns)

    def medicine_listing(self, listing: Listing) -> bool:
        """The listing is filed among prescription medicines (`MEDICINE_CATEGORY_WORDS` in its category)."""
        return bool(listing.category) and not MEDICINE_CATEGORY_WORDS.isdisjoint(_TOKEN.findall(latin_text(listing.category)))

    def sells_medicines(self, brand: Brand) -> bool:
        """A brand with a category of prescription medicines (`MEDICINE_CATEGORY_WORDS`): nothing is an aftermarket
        part of a medicine, so a "generic", an "equivalent" or a "replacement" of it names the medicine itself (a
        rogue pharmacy's "generic Viagra"), not an accessory."""
        key = tuple(brand.categories)
        found = self._medicines.get(key)
        if found is None:
            found = self._medicines[key] = any(not MEDICINE_CATEGORY_WORDS.isdisjoint(_TOKEN.findall(latin_text(c)))
                                               for c in brand.categories)
        return found

    def _accessory(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> Evidence | None:
        found = reading.accessories.find(evidence, _BrandWords(self, brand, reading.listing.category))
        if found is not None and not (found.detail == RIGHT_BEFORE and reading.frame_claim() is not None) and not (
                found.detail == NAMED_AFTER and reading.frame_claim(size=False) is not None) and not (
                found.detail == NAMED_AFTER and found.term.casefold() in CONSUMABLE_NOUNS and self._own_consumable(
                    reading, evidence)) and not (_in_brands_box(reading, evidence) and self._claims_copy(reading)):
            # "Case AirPods Pro 2 with earbuds, 1:1 copy": no "for", a copy claimed: the product. So is the brand's own
            # part named after it with a copy word that is no size or fit ("Canon LP-E6NH Akku Nachbau", "Samsung 25W
            # charger master copy": a copy of the brand's battery or charger; "Akku für Canon, Nachbau" keeps its "für"
            # and fits Canon's camera; issue 9)
            return found
        category = reading.listing.category
        if category and self.is_accessory_category(category) and not any(self.is_accessory_category(c) for c in brand.categories):
            return Evidence(Rule.accessory, 0.0, None, "category", text=category, term=f"category: {category}",
                            detail="filed among accessories or parts: the brand is named for what it fits")
        if (disclaimer := reading.disclaimer) is not None and not (
                _in_brands_box(reading, evidence) and self._claims_copy(reading)) and not (
                "software" in self.brand_sectors(brand).sectors and _cracked(reading.listing)) and not reading.refusals.void:
            # (refusal39) nor when the listing offers the brand's marks or hedges a refusal of them ("private label …
            # original Gucci logo or yours", "no Sony logo on the photos, sent separately"): the label is the cover
            # (mend31) not when the goods come in the brand's box beside a copy word ("Aftermarket copy, Shell box"), nor
            # when a software brand's program is sold cracked ("pre-activated, activator included. Not official."): a
            # disclaimer there disowns the seller's licence, not the goods' maker
            return Evidence(Rule.accessory, 0.0, None, *reading.text.locate(disclaimer.start, disclaimer.end),
                            term=f"disclaimer: {disclaimer.term}",
                            detail="the listing says it is not the brand's product: the brand is named for what it fits")
        return None

    def is_boilerplate(self, found: Found) -> bool:
        """The disclaimer found is legal boilerplate about marks (config.DEFAULT_BOILERPLATE_PHRASES), not a statement
        of what the goods are."""
        return found.term.casefold() in self._boilerplate

    def boilerplate(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> str | None:
        """The title's words that name the brand's own goods when the listing's only disclaimer is legal boilerplate
        ("brand names are used for reference only", "not affiliated with <brand>", "all trademarks belong to their
        owners", "no afiliado con", "商标归其各自所有者所有"), else None. The boilerplate is then no denial: one sentence
        a copy seller adds to any listing (outsider12's c_fair_use_disclaimer) does not make the brand's goods named in
        the title an accessory for them (rule: disclaimer boilerplate; index.py applies it below the floor only).

        The title must name the brand (a mention not denied, not far from its goods: a mark that needs corroboration
        still needs it, the scorer's) and its goods: a model, two of its marks ("Pfizer Lipitor", "Nintendo Joy-Con"), a category of the brand's
        or goods of its sectors. It stays a denial when the listing is something else: a disclaimer that says what the
        goods are ("third-party product", "compatibility only"), a description that says it sells a service or a
        work ("independent repair shop": subject.py's nouns), goods that say they
        carry another or no brand ("our own brand", "no logo", "unbranded", "fan-made": OTHER_GOODS); the frames that
        come before it (an accessory "for" the brand, a likeness, a part's category) are judged first (`_accessory`), and
        a listing far from the brand's goods or about them (a book, a service: subject.py) is none (index.py).
        Source: the brief of issue 9 (outsider12's report: "a seller buys silence with one sentence")."""
        found = reading.disclaimer
        if found is None or not self.is_boilerplate(found):
            return None
        if self.other_goods.find(reading.text) or (reading.listing.description and (about := subject_of(
                reading.listing.description[:_ABOUT_CHARS], skip=_NOT_ABOUT)) is not None and about.kind in _ABOUT_WORK):
            return None  # "Independent repair shop, not affiliated with the brand": a service's own boilerplate
        title = [e for e in evidence if e.field == "title" and e.rule in IDENTITY_RULES and e.weight > 0 and e.start is not None]
        if found.start < len(reading.listing.title):  # the boilerplate's own mention names no goods: "ANC headphones –
            title = [e for e in title if e.start < found.start]  # not affiliated with Bose or Sony" (outsider2)
        if not title:
            return None
        said = f"'{title[0].text}' in the title"
        other = next((e for e in title if e.rule is Rule.model), None) or (next(
            (e for e in title[1:] if e.fingerprint != title[0].fingerprint and not _same_span(e, title[0])), None)
            if _two_marks(title) else None)
        if other is not None:
            return f"{said}, with its model or line '{other.text}'"
        category = reading.listing.category
        if category and any(category_matches(category, c) for c in brand.categories):
            return f"{said}, filed under '{category}', one of its categories"
        if not reading.sectors.sectors.isdisjoint(self.brand_sectors(brand).sectors):
            return f"{said}, among goods of its sectors ({', '.join(dict.fromkeys(reading.sectors.words)) or category})"
        return None

    def is_accessory_category(self, category: str) -> bool:
        found = self._accessory_categories.get(category)
        if found is None:
            leaf = _LEAF.split(category)[-1]  # "Clothing, Shoes & Accessories > Jeans" is filed among jeans
            words = set(_TOKEN.findall(latin_text(leaf)))
            found = any(w in words if " " not in w else w in " ".join(sorted(words)) for w in self._accessory_words) or any(
                w in leaf for w in self._accessory_words if not w.isascii()) or self._case_category(leaf)
            self._accessory_categories.remember(category, found)
        return found

    def _case_category(self, leaf: str) -> bool:
        """A category leaf named after cases, covers or straps ("phone cases", "fundas", "Handyhüllen": a German
        compound ends in its noun, "чехлы", "スマホケース")."""
        tokens = _TOKEN.findall(latin_text(leaf))
        if " ".join(tokens[-2:]) in self._case_words or any(
                t in self._case_words or len(t) > 8 and t.endswith(("hulle", "hullen", "huellen")) for t in tokens):
            return True
        return any(w in leaf for w in self._case_wide)

    def settle_accessory(self, accessory: Evidence | None, evidence: list[Evidence], notes: list[Evidence]) -> Evidence | None:
        """The accessory evidence that lowers the score, once the cues are in `evidence`.

        A cue that is the suffix itself ("Nike-inspired": "inspired" is also a cue term) is the
        reference, not a second sign, and counts 0. A likeness next to another counterfeit cue
        ("Rolex-style watch 1:1 replica") is a copy: the suffix becomes a note and nothing is lowered. A
        comparison before the brand ("like: works like a", "like: 平替") is a likeness too."""
        term = (accessory.term or "") if accessory is not None else ""
        if accessory is not None:
            if accessory.included and accessory.copy_cue is not None:
                accessory.detail = (f"the listing says the brand's product is included, with the counterfeit cue "
                                    f"'{accessory.copy_cue}': the product, not an accessory; not lowered")
                notes.append(accessory)
                return None
            # "compatible with AirPods, same logo, identical to the original": a thing made to fit the brand's product
            # does not claim to be it; one that claims identity with it (config.IDENTITY_CLAIMS) is a copy sold as
            # an accessory
            claim = next((e.text for e in evidence if e.rule is Rule.cue and e.weight > 0 and (e.term or "").casefold() in _IDENTITY_CLAIMS
                          and not _same_span(e, accessory)), None) or accessory.identity_claim
            if claim is not None:
                accessory.detail = (f"'{accessory.text}' with the claim of identity '{claim}': a copy of the "
                                    "brand's product sold as an accessory for it; not lowered")
                notes.append(accessory)
                return None
        if accessory is not None and accessory.disguised is not None and alternating_case(accessory.disguised):
            accessory.detail = (f"'{accessory.text}' with the brand's mark in alternating case ('{accessory.disguised}'): "
                                "typed to pass a filter, no accessory maker's spelling; not lowered (rule: alternating "
                                "case)")
            notes.append(accessory)
            return None
        if accessory is not None and accessory.disguised is not None and likeness(term):
            accessory.detail = (f"'{accessory.text}' with the brand's mark misspelt or disguised ('{accessory.disguised}'): "
                                "an honest comparison writes the name it compares with; a copy, not a look-alike; not "
                                "lowered (rule: disguised likeness)")
            notes.append(accessory)
            return None
        if accessory is not None and (term in LICENSING or term[1:] in LICENSING) and (cue := next(
                (e for e in evidence if e.rule is Rule.cue and e.weight > 0
                 and (e.term or "").casefold() in self.copy_cues), None)) is not None:
            # (honest26) "Officially Licensed by Nintendo … 1:1 copy": a licensee's goods are its own and never a copy;
            # a licence claimed beside a counterfeit cue is the copy trade's excuse
            accessory.detail = (f"'{accessory.text}' with the counterfeit cue '{cue.text}': a licensee sells no copy; "
                                "the brand's product, not a licensed accessory; not lowered")
            notes.append(accessory)
            return None
        if not term.startswith(("-", "like: ", "ingredient: ", "tool: ", "category: ", "disclaimer: ")):
            return accessory
        for e in evidence:
            if e.rule is Rule.cue and e.weight > 0 and _same_span(e, accessory) and (
                    (e.term or "").casefold() not in _REPRO_ADMISSIONS):  # "reproduction, not official" admits a copy
                e.weight = 0.0
                e.detail = _join(e.detail, f"part of '{accessory.text}', a reference to the brand")
        if term.startswith("-") and term[1:] not in LIKENESS_WORDS:
            return accessory  # "-compatible": made to fit, whatever else the listing says
        cues = [e for e in evidence if e.rule is Rule.cue and e.weight > 0 and ((e.term or "").casefold() in self.copy_cues
                                                                               or (e.term or "").startswith(TOOL_COPY))]
        if not cues:
            return accessory  # "OEM-grade", "inspired": no claim to be a copy
        accessory.detail = (f"'{accessory.text}' with the counterfeit cue '{cues[0].text}': a copy of the brand's "
                            "product, not an accessory or a look-alike; not lowered")
        notes.append(accessory)
        return None

    def _decoy_facts(self, reading: Reading, accessory: Evidence, evidence: list[Evidence], brand: Brand) -> None:
        """What scoring._decoy weighs (in place): a copy cue of the listing, "<product> included" about one of the
        brand's mentions or, beside a copy cue, about a noun of the brand's own goods ("Gift box for Rolex
        Submariner, watch inside, 1:1", "Charging case for AirPods Pro; earbuds in the case, super copy": the
        product ships in its accessory), and whether the accessory phrase is a replacement's ("replaces", "cross
        reference")."""
        cue = reading.copy_cue
        if cue is not None and cue.term.casefold() in _AFTERMARKET_COPY_WORDS:
            cue = None  # "Akku für Canon LP-E6NH, kompatibel, Nachbau": the German trade's word for a compatible part
        accessory.copy_cue = None if cue is None else reading.text.original[cue.start:cue.end]
        if claims := self.logo_claims.find(reading.text):  # "compatible with AirPods Pro, original logo"
            accessory.identity_claim = reading.text.original[claims[0].start:claims[0].end]
        elif likeness(accessory.term) and (logos := reading.logo_claims):
            # "Rolex-style watch, crown logo on the dial", "Bolsa tipo Louis Vuitton con logo", "ロレックス風 … ロゴ入り":
            # a style carries no logo of its own; the brand's is claimed
            accessory.identity_claim = accessory.style_logo = reading.text.original[logos[0].start:logos[0].end]
        elif admitted := next((a for a in reading.admitted if a.kind not in ("bare_copy", "denied_original") and not (
                a.kind == "denied_maker" and not voided_by_denied_maker(accessory))), None):
            # (admit55) a denied maker voids the disclaimer it says itself ("not made by Gillette" beside Gillette's
            # blades), not a part's frame ("Apple Watch band, not made by Apple": the band is the third party's)
            # "Galaxy Z Fold dummy 1:1, screen sticker", "MTG proxy sleeves"? (card gear is no admission): a copy
            # admitted in its frame (admitted.py) is the goods, not what an accessory fits
            accessory.identity_claim = admitted.term
        elif (specimen := fake_specimen(reading.listing.title, reading.listing.description)) is not None:
            # (recall50) "reference fake for authenticator training": a fake sold as a teaching specimen is the goods,
            # its "reference" no part number's (specimens.py)
            accessory.identity_claim = specimen
        elif likeness(accessory.term) and (hardware := _initials_on_goods(reading.text.original, brand.name)) is not None:
            # "Gucci-esque belt with GG buckle", "Coach-ish bag, C hardware", "LV-coded tote with LV clasp": a style
            # carries no initials of the brand it resembles on its hardware; the brand's are claimed
            accessory.identity_claim = hardware
        elif (bare := self._bare_logo(reading, evidence)) is not None:
            # "Wireless controller for PS5 DualSense, PS logo", "Controller for Xbox Series X with logo button": a third
            # party's accessory carries no logo of the device it fits; a bare logo said to be on it is the brand's
            accessory.identity_claim = bare
        elif sponge := next((e.text for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0
                             and alternating_case(e.text, e.term)), None):
            # "cAnOn camera battery", "case for iPhOnE": the mark typed in alternating case to pass a filter; a third
            # party's accessory names the device it fits as everybody writes it
            accessory.disguised = sponge
        elif likeness(accessory.term) and (disguised := self._disguised_mark(reading, brand, evidence)) is not None:
            # "Legoo style set", "Carteir style 18k", "Bolsa tipo Coaach": an honest comparison writes the name it
            # compares with; a misspelt or disguised mark among the brand's goods is a copy that dodges the name
            accessory.disguised = disguised
        elif m := _PRELOADED_GAMES.search(latin_text(reading.text.original)):
            # "R4 card for Nintendo DS with 500 games", "handheld for PSP games, 10000 in 1": the platform's games
            # copied onto the accessory are the brand's goods, not what it fits
            accessory.identity_claim = m.group(0).strip()
        else:
            accessory.identity_claim = self._mark_on_goods(reading, accessory, evidence, brand)
        accessory.genuine_claim = self._genuine_part(reading, accessory, evidence)
        accessory.replaces = _replaces(accessory.term) or (accessory.term or "").startswith("replacement")
        text = reading.text
        for e in evidence:
            if e.rule in IDENTITY_RULES and e.start is not None and e.end is not None:
                offset = len(text.title) + 1 if e.field == "description" else 0
                before = text.original[max(0, e.start + offset - 40):e.start + offset].casefold()
                after = text.original[e.end + offset:e.end + offset + 90].casefold()
                said = _INCLUDED_AFTER.match(after)
                if said and not _NOT.isdisjoint(_TOKEN.findall(latin_text(said.group(0)))):
                    said = None  # "auriculares no incluido", "watch not included"
                if _INCLUDED_BEFORE.search(before) or said:
                    accessory.included = True
                    if accessory.copy_cue is None and accessory.field == "title" and accessory.end is not None and (
                            denial := goods_maker_denied(text.title[:accessory.end], text.title[accessory.end:],
                                                         text.original)) is not None:
                        # (scripts56) "Protective case for Apple AirPods Pro 2 + AirPods Pro 2 included … (clone, not
                        # original Apple)": the brand's goods ship with the case and the listing denies the brand made
                        # them; the denial is of those goods (the title after its accessory phrase), not the case's
                        accessory.copy_cue = denial
                    return
        # a noun of the brand's own goods said to ship with the accessory ("Watch box for Rolex Submariner, watch
        # included", "Estuche para AirPods, auriculares incluidos"): with a copy cue, or without one when it is the
        # goods themselves and no add-on ("screen protector included", "cleaning cloth included"); scoring._decoy
        # still wants a copy cue or a price below the floor before the accessory is the product
        sectors = self.brand_sectors(brand).sectors
        for m in _PRODUCT_INCLUDED.finditer(latin_text(text.original)):
            words = (m.group("noun") or m.group("noun2")).split()
            if m.group("not") is not None or not _NOT.isdisjoint(words):
                continue
            if cue is None and (words[-1] in self._accessory_single or words[-1] in _ADD_ON_WORDS
                                or " ".join(words) in self._accessory_single
                                or not self.word_sectors(words[-1]) & sectors and words[-1] not in _GENERIC_GOODS):
                continue
            if any(self.word_sectors(w) & sectors for w in words) or words[-1] in _GENERIC_GOODS:
                accessory.included = True
                return
        if not text.is_ascii and (m := _WIDE_GOODS_INCLUDED.search(text.original)) and not any(
                n in text.original[max(0, m.start() - 2):m.start()] for n in ("不", "没", "沒", "無", "无", "非")):
            accessory.included = True  # "收纳盒 含商品", "本体付き"

    def _bare_logo(self, reading: Reading, evidence: list[Evidence]) -> str | None:
        """A logo word the listing says is on its goods (Reading.logo_claims, not refused) with no other brand's name
        before it: at the start of a part of the text or after "with", "w/", "+", "and", or after capitals that begin
        one of the brand's own marks ("PS logo" of PS5), else None (as written). "MK logo" on a Galaxy case is Michael
        Kors's logo (`_mark_on_goods`), not Samsung's."""
        original = reading.text.original
        terms = [latin_text(e.term or "").replace(" ", "") for e in evidence if e.rule in IDENTITY_RULES and e.term]
        for f in reading.logo_claims:
            before = original[max(0, f.start - 24):f.start]
            if _SHOWS_BEFORE.search(original[max(0, f.start - 40):f.start].casefold()):
                continue  # "clear case, shows the Joy-Con logo": the device's own, seen through
            words = before.split(",")[-1].split("|")[-1].split(" - ")[-1].casefold().split()
            last = re.findall(r"\S+", before)[-1:] if before.strip() else []
            if not words or words[-1] in _BARE_LOGO_BEFORE or before.rstrip().endswith(("+", ",", "|", "/")):
                return original[f.start:f.end]
            if last and last[0].isupper() and last[0].isalpha() and len(last[0]) <= 3 and any(
                    t.startswith(last[0].lower()) for t in terms):
                return original[f.start - len(last[0]) - 1:f.end] if original[f.start - 1] == " " else original[f.start:f.end]
        return None

    def decoration(self, reading: Reading, evidence: list[Evidence], brand: Brand | None = None) -> str | None:
        """The brand's mark said to decorate goods the title names by an accessory noun ("Steering wheel cover Nutella
        monogram", "Car seat covers, Honda logo") or hand-made goods (`marked`: "Handmade BMW roundel key fob"), else None: no retailer's listing of the brand's goods (retail.py),
        whatever its price."""
        title = len(reading.text.title)
        if not any(n.start < title for n in reading.accessories.nouns):
            # hand-made goods with the brand's logo or pattern ("Custom Nike swoosh crochet beanie, handmade", marked.py)
            found = None if brand is None or marked.handmade(reading.text) is None else self.marked(reading, brand, evidence)
            return None if found is None else found[1]
        return self._mark_on_goods(reading, None, evidence, brand)

    def marked(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> tuple[int, str] | None:
        """(start, said): the brand's name and its logo or pattern right after it, as written, and where it starts in
        reading.text.original, said of the goods (marked.py, rule "mark on the goods": "Nike swoosh silicone case",
        "Burberry check car seat covers", "LV monogram fabric"), else None; not when refused or shown through ("no
        Nike swoosh", "shows the Apple logo"). Pattern words only for a brand that sells apparel, bags or jewelry.
        Found once a brand and listing (Reading.marked), from `evidence` as the first call gives it: the brand's
        identity evidence (identity), before the cues and notes join it."""
        if brand.id not in reading.marked:
            reading.marked[brand.id] = self._marked(reading, brand, evidence)
        return reading.marked[brand.id]

    def _marked(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> tuple[int, str] | None:
        found = marked.mark_beside(reading.text, evidence,
                                   not marked.FASHION_SECTORS.isdisjoint(self.brand_sectors(brand).sectors),
                                   frozenset(w for c in brand.categories for w in _TOKEN.findall(latin_text(c))))
        if found is None:
            return None
        start, said = found
        original = reading.text.original
        before = original[max(0, start - 40):start].casefold()
        if _NOT_BEFORE.search(before) or _SHOWS_BEFORE.search(before):
            return None
        if self._own_line(reading):
            return None  # "Burberry check cashmere blanket, bought at the boutique", "official licence": the house's own
        if self._fitted(reading, start):
            return None  # "base shaper for LV monogram Speedy 30", "inspired by Burberry check": the fitted product's
        frame = reading.accessories.suffix(start + len(said)) or reading.accessories.find(
            evidence, _BrandWords(self, brand, reading.listing.category))
        if frame is not None and not _decorated(frame.term):
            return None  # "Burberry Check-style scarf", "Burberry Check 専用 カバー", "… joystick replacement kit"
        return found

    def _own_line(self, reading: Reading) -> bool:
        """The listing says the marked goods are the house's own or its licensee's: a retailer's standing (a receipt,
        "bought at the boutique": retail.retail_standing) or a licence named (phrasebook.LICENSED, not a collaboration's
        or an edition's word, which the fake-collab trade writes too). Its goods outside the brand's registered
        categories are then a line the registry does not list (a house's homeware, a licensed kids' bedding), no
        unlicensed mark; a copy claim still alerts by its cue."""
        if reading.copy_cue is not None:
            return False
        if retail_standing(reading.text, complete=False) is not None:
            return True  # not "full set", "tam set": a set of goods (car seat covers), no shop's word
        return any(
            not _COLLAB_WORD.search(f.term.casefold()) for f in self.licensed.find(reading.text))

    def _fitted(self, reading: Reading, start: int) -> bool:
        """A fitting phrase ("for", "compatible with", "para", "für") or a comparison ends right before the mention that
        starts at original offset `start`, only articles or "your" between (`_FITTED_GAP`; not "Housse de volant Louis
        Vuitton monogramme", where the wheel is what the cover fits): the mention
        names the product the goods fit or are compared with, and a pattern after it describes that product ("base
        shaper for LV monogram Speedy 30", "protector film for Louis Vuitton monogram bags")."""
        original = reading.text.original
        scan = reading.accessories
        return any(p.end <= start and start - p.end <= self.accessory_context.window
                   and all(w in _FITTED_GAP for w in _TOKEN.findall(latin_text(original[p.end:start])))
                   for p in scan.phrases + scan.adjacent + scan.comparisons)

    def _mark_on_goods(self, reading: Reading, accessory: Evidence | None, evidence: list[Evidence],
                       brand: Brand | None = None) -> str | None:
        """The brand's mark said to be on the framed goods, else None: a registered logo name of the brand ("Rolex crown
        logo stickers for watch dials", "Canada Goose dupe parka with the disc patch sewn on"), or a mention of the brand
        followed within two words by what carries a mark on goods ("Coach leather tag", "Louis Vuitton monogramme",
        "BMW emblem": phrasebook.MARK_CARRIERS, LOGO_WORDS) or preceded by a logo word ("logo Nike", "con el logo de
        Gucci"). The brand's mark or pattern as decoration on other goods is a counterfeit, whatever the frame: a case
        "for" a phone carries no Apple logo of its own. Not when refused ("no Coach tag", "without the Gucci logo",
        "logo cutout": the case shows the phone's own). With `brand`, also the brand's name with its logo or pattern
        right after it (`marked`: "Nike swoosh silicone case AirPods 3", "Custom adidas trefoil quilted jacket")."""
        if brand is not None and (found := self.marked(reading, brand, evidence)) is not None:
            return found[1]
        original = reading.text.original
        lowered = original.casefold()
        offset = len(reading.text.title) + 1

        def fitted() -> bool:  # a pattern word names the fitted product: "base shaper for Coach monogram Swinger bag"
            return any(self._fitted(reading, _original(reading.text, x)[0]) for x in evidence
                       if x.start is not None and x.rule in IDENTITY_RULES)

        for e in evidence:
            if e.start is None or e.end is None or e.rule not in IDENTITY_RULES or accessory is not None and _same_span(e, accessory):
                continue
            start, end = (e.start + offset, e.end + offset) if e.field == "description" else (e.start, e.end)
            if e.vocabulary == "logo" and (" " in original[start:end].strip() or _CARRIER.search(original[start:end].casefold())) \
                    and not _NOT_BEFORE.search(lowered[max(0, start - 40):start]) and "denie" not in e.detail:
                return original[start:end]  # "crown logo", "disc patch", "bitten apple"; not "swan", "minifigure": goods
            if e.rule is Rule.model:
                continue  # "71988-01 compatible sensor patches": a part number's goods, not a mark on them
            if e.weight <= 0 and (not e.needs_corroboration or "denied by" in e.detail):
                continue  # a denied mention (a weak one too: "Не печатаем логотипы Levi's", refusal39)
            if _NOT_BEFORE.search(lowered[max(0, start - 40):start]) or _SHOWS_BEFORE.search(lowered[max(0, start - 40):start]):
                continue  # "no Coach tag", "sin logo de Nike", "shows the Apple logo" (a clear case shows the phone's)
            if (m := _CARRIER_AFTER.match(lowered, end)) and not _LOGO_REFUSED_AFTER.match(
                    latin_text(original[m.end():m.end() + 18])) and not original[m.end():m.end() + 18].lstrip().startswith(
                    phrasebook.LOGO_REFUSED_WIDE_AFTER) and not original[max(0, m.start(1) - 4):m.start(1)].rstrip().endswith(
                    phrasebook.LOGO_REFUSED_WIDE_BEFORE) and not _NOT_BETWEEN.search(lowered, m.start(), m.start(1)) \
                    and not (m.group(1) in marked.PATTERN_SET and fitted()):
                return original[m.start(1):m.end(1)]  # not "Sony sin logotipo", "Gucci without label"
            if m := _LOGO_BEFORE.search(lowered, max(0, start - 24), start):
                if original[m.end(1):m.end(1) + 18].lstrip().startswith(phrasebook.LOGO_REFUSED_WIDE_AFTER):
                    continue  # "로고 없어요", "ロゴなし": the logo refused, whatever word after it is heard like a mark
                if not _NOT_BEFORE.search(lowered[max(0, m.start() - 40):m.start()]) and not (
                        m.group(1) in marked.PATTERN_SET and fitted()):
                    return original[m.start(1):m.end(1)]
        return None

    def _disguised_mark(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> str | None:
        """The listing's text of the brand's mark, when the listing names the brand only by a misspelling or a disguise
        of it (`LIKENESS_DISGUISES`: one edit, a doubled letter, two letters swapped, look-alike letters, letters
        spaced or masked, a respelling by sound) that counts by itself (no weak candidate: "cannon", "boxe", a rare
        word one edit away) and, when it is a spelling edit, is a word of none of language.LANGUAGES (wordfreq's
        "small" lists: "Jodan", "Devis", "Saiba", "Originali" are words of Spanish, French, Portuguese, Italian, not
        misspellings), and the listing is filed among the brand's goods or claims a copy; else None.

        Source: how the likeness frame reads (judge.py's design note): a comparison ("Rolex-style", "tipo Rolex")
        names the brand it compares with as the brand writes it; the counterfeit trade misspells the name to pass
        filters ("Legoo style set", "Adiddas style tênis", held-out set outsider9's c_misspell), so a disguise inside
        a likeness frame is a sign of intent, as it is outside one (DISGUISE_RULES)."""
        marks = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
        # also those counted once under a disguise; a name with invisible characters inside is no name as written
        written = [e for e in evidence if e.rule in _NAME_AS_WRITTEN and not _hidden(e)]
        disguised = [e for e in marks if (_hidden(e) or e.rule in LIKENESS_DISGUISES and not e.needs_copy_cue
                                          and not (e.rule in _SPELLING_EDITS and _a_word(e.text, e.term)))
                     and not any(w.field == e.field and (w.start, w.end) == (e.start, e.end) for w in written)]
        plain = [e for e in evidence if e.rule in (Rule.exact, Rule.alias) and not _hidden(e) and e.start is not None]
        if sight := next((d for d in disguised if (d.rule in DISGUISES or _hidden(d))
                          and not any(_overlap(d, p) for p in plain)), None):
            # look-alike letters, leet, masks, fancy letters, invisible characters ("𝗢𝗠𝗘𝗚𝗔 seamaster style", "R0LEX
            # submariner style", "w stylu G*cci"): no honest slip of the pen writes them, wherever the listing is filed
            # and whatever else it writes plainly; not a reading that overlaps the name written plainly ("Nestlé" read
            # again as a confusable "Nestle"; "Johnson & Johnson, 5 en 1" read as "Johnson, 5" = Johnsons)
            return sight.text
        nick = None if disguised else next((e for e in marks if e.vocabulary == "nickname" and e.rule in _NAME_AS_WRITTEN
                                            and e.start is not None), None)
        if nick is not None and not any(e.vocabulary is None and e.rule in _NAME_AS_WRITTEN for e in marks):
            # (honest26) a nickname of the street or of a fan war in place of the name ("Samesung style", "Gucc-style",
            # "Crapple style"), the brand's name written nowhere: an honest comparison writes the name it compares
            # with, as with a misspelling
            disguised = [nick]
        elif not disguised or any(e.rule in _NAME_AS_WRITTEN and not _hidden(e) and not e.everyday
                                and not any(_inside(e, d) for d in disguised)
                                for e in marks):  # "t*e NorTH FaCE": the plain "North Face" is part of the disguise
            return None
        category = reading.listing.category
        if not (category and any(category_matches(category, c) for c in brand.categories)) and reading.copy_cue is None:
            return None
        return disguised[0].text

    def _genuine_part(self, reading: Reading, accessory: Evidence, evidence: list[Evidence]) -> str | None:
        """The word that says an accessory named after the brand is the brand's own part ("Canon LP-E6NH genuine
        battery", "Bosch 18V battery original", "原装电池"), else None: only for the brand's own part (an accessory noun
        after its mention), not a third party's part made "for" or "compatible with" it, and not a likeness."""
        term = accessory.term or ""
        if term.startswith(("-", "like: ", "ingredient: ", "category: ", "disclaimer: ", "after: ")) or _replaces(term):
            return None
        title = reading.text.title
        before = None  # (parts39) "Sony DualSense controller original for PS5": the brand, its part and the claim before "for"
        if term in _FOR_WORDS and accessory.field == "title" and accessory.start is not None and any(
                e.rule in IDENTITY_RULES and e.weight > 0 and e.field == "title" and e.start is not None
                and e.start < accessory.start and e is not accessory for e in evidence):
            before = accessory.start
        elif any(not any(a <= f.start < b for a, b in part_spans(title)) for f in self.accessory_context.phrases.find(
                reading.text)) or not self.accessory_context.nouns.find(reading.text):
            return None  # "battery for Canon", "compatible with": a third party's part
        found = [f for f in self.genuine_claims.find(reading.text) if f.start < (len(title) if before is None else before)]
        for f in found:
            if f.term.casefold() in self._unboxed and _FIT_BEFORE_UNBOXED.search(title[:f.start].casefold()):
                continue  # (honest50) "replacement adapter for Apple MHJA3 (white box)": a third party's part's box
            if not _NOT_BEFORE.search(title[max(0, f.start - 16):f.start].casefold()):
                return title[f.start:f.end]
        return None

    # ------------------------------------------------------------------ identity

    def identity(self, reading: Reading, brand: Brand, evidence: list[Evidence],
                 others: list[tuple[Brand, list[Evidence]]] = ()) -> tuple[list[Evidence], Distance | None]:
        """Apply negation, words of other languages and category distance to one brand's identity
        evidence, in place. Returns the notes to add and the Distance when the listing is far from the brand.
        others: the other brands the listing names and their evidence (a licensed subject's maker, `_licensed`)."""
        notes: list[Evidence] = []
        notes += self._negation(reading, evidence, others)
        if others:
            notes += self._graded_by(reading, evidence, others)
        notes += self._foreign_words(reading, brand, evidence)
        notes += self._inside_words(reading, evidence)
        notes += self._generic_words(reading, brand, evidence)
        notes += self._tag_line(reading, brand, evidence, others)
        # a guide or an authentication service is judged as one before category distance: its copy words are its
        # subject, and a word of its title read as a far sector ("服" of 服务) must not make them cues anywhere
        guide = reading.subject is not None and reading.subject.kind == "a guide"
        if (found := self.marked(reading, brand, evidence)) is not None:
            start, said = found
            notes.append(Evidence(
                Rule.marked, 0.0, None, *reading.text.locate(start, start + len(said)), term=said,
                detail=(f"'{said}': the brand's name with its logo or pattern, its mark on the goods sold: an accessory, "
                        "a handmade or a far category does not lower it (rule: mark on the goods)")))
            if marked.initials_shown(said):  # "GG logo nail stickers": the house's monogram written as shown on goods
                for e in evidence:
                    if e.vocabulary == "logo" and e.text == said and e.rule in IDENTITY_RULES:
                        e.needs_corroboration = e.everyday = False
            elif marked.shown(said):  # "Coach C logo", "Puma cat logo": the logo says whose name the everyday word is
                for e in evidence:
                    if e.rule in IDENTITY_RULES and e.everyday and e.start is not None and e.vocabulary is None \
                            and _original(reading.text, e)[0] == start:
                        e.everyday = False
        # (precision28) so is a fixture or the packaging sold alone, or a subscription code: a shelf or a paper bag
        # read as furniture or stationery far from the brand is still the brand's own fixture, and the subject's
        # reading (a copy claim alerts) is the one that fits
        first = guide or reading.subject is not None and reading.subject.kind in ("store fixtures", "a subscription")
        shown = found is not None
        far = ((first and self._subject(reading, brand, evidence, shown)) or self._distance(reading, brand, evidence)
               or self._licensed(reading, brand, evidence, others)
               or (not first and self._subject(reading, brand, evidence, shown)) or self._component(reading, brand, evidence)
               or self._offers_nothing(reading, brand, evidence) or None)
        if far is not None:
            notes.append(far[0])
            return notes, far[1]
        return notes, None

    def _tag_line(self, reading: Reading, brand: Brand, evidence: list[Evidence],
                  others: list[tuple[Brand, list[Evidence]]] = ()) -> list[Evidence]:
        """(fresh54b, issue 9) A brand named only in a search-tag list of the description ("tags: bag, gift, coach,
        prada": tag_lines.py) counts as the tags field's does: with the brand's category and a cue or a price far below
        the floor (needs_cue); with the goods said to carry no brand ("no logo", "our own design": tag_lines.
        unbranded_said) only with a cue that claims a copy (needs_copy_cue); not at all in a list naming
        fields.STUFFED_BRANDS registered brands or more (keyword stuffing). A list holding a copy tag ("tags: samsung,
        galaxy, rep": tag_lines.COPY_TAGS) names the brand's goods as a copy, and other evidence that names the brand
        outside the list (not itself a weak candidate) names them: the marks are left as they are."""
        description = reading.listing.description
        if not description:
            return []
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
        if not any(e.field == "description" for e in identity):
            return []  # most listings: the brand is named in the title
        spans = reading.tag_spans
        if not spans:
            return []

        def tagged(e: Evidence) -> bool:
            return e.field == "description" and e.start is not None and e.end is not None and any(
                s <= e.start and e.end <= t for s, t in spans)

        listed = [e for e in identity if tagged(e)]
        if not listed or any(not tagged(e) and not e.needs_corroboration and not e.everyday for e in identity):
            return []
        # (the other brands' weights may be set already: any of their identity evidence in the list counts)
        stuffed = max(reading.tag_brands, 1 + sum(1 for _, found in others if any(
            x.rule in IDENTITY_RULES and tagged(x) for x in found)))
        if any(copy_tag(description, span) is not None for span in spans if any(
                span[0] <= e.start and e.end <= span[1] for e in listed)):
            if stuffed >= STUFFED_BRANDS:
                # (pages57) "tags: omega, samsung, …, fake toyota": the copy tag names its own brand's goods as a
                # copy, not those of the brands the stuffed list names beside it
                for e in listed:
                    if copy_tag(description, _tag_around(description, e.start, e.end)) is None:
                        e.weight = 0.0
                        e.detail = _join(e.detail, f"in a search-tag list naming {stuffed} brands: keyword stuffing "
                                                   "(the list's copy tag names another brand's goods)")
            return []  # "tags: samsung, galaxy, rep": the list names the brand's goods as a copy
        outside = "\n".join([reading.listing.title, *(description[a:b] for a, b in zip(
            [0, *(t for _, t in spans)], [*(s for s, _ in spans), len(description)]))])
        plain = unbranded_said(outside) if stuffed < STUFFED_BRANDS else None
        for e in listed:
            if stuffed >= STUFFED_BRANDS:
                e.weight = 0.0
                e.detail = _join(e.detail, f"in a search-tag list naming {stuffed} brands: keyword stuffing")
                continue
            e.needs_corroboration = e.needs_cue = True
            if plain is not None:
                e.needs_copy_cue = True
            e.detail = _join(e.detail, "named only in the description's search tags" + (
                f" of goods said to carry no brand ('{plain}'): counts only with a cue that claims a copy"
                if plain is not None else ": counts with the brand's category and a cue or a price far below the floor"))
        e = listed[0]
        return [Evidence(Rule.everyday_word, 0.0, None, e.field, e.start, e.end, e.text, e.term, detail=(
            f"'{e.text}' stands in the description's search-tag list, the words buyers search for, not the goods "
            + (f"(keyword stuffing: {stuffed} brands in the list)" if stuffed >= STUFFED_BRANDS else
               f"(the goods said to carry no brand: '{plain}')" if plain is not None else "(rule: search tags)")))]

    def _subject(self, reading: Reading, brand: Brand, evidence: list[Evidence],
                 shown: bool = False) -> tuple[Evidence, Distance] | None:
        """A book, a course, a repair or an authentication about the brand's goods (subject.py): its marks and
        model numbers need corroboration as far from the brand's goods do, unless the listing claims a copy.
        shown: the listing names the brand's logo on what it sells (`marked`); it or a logo word (_LOGO) in a service
        that fits a part it calls a bare copy ("we replace your bezel with a copy part with the Rolex logo") sells a
        copy bearing the mark (`_copy_part`)."""
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]  # weak candidates too ("롤렉스")
        if not identity or any(e.rule not in MARK_RULES and e.rule is not Rule.model for e in identity):
            return None  # an image names the product itself
        if any(_disguise(e) and not any(x.rule in _PLAIN_RULES and _same_span(x, e) for x in identity)
               and not self._as_written(reading, e) and not _song_title(reading, e) for e in identity):
            return None  # a disguise, not "L'ORÉAL" as registered (its accent-free alias matched too), nor a name
            # inflected with its language's letters ("Pączki z Nutellą": Polish writes ą; notgoods, session 18)
        subject = reading.subject
        if subject is None:
            return None
        skipped: set[str] = set()
        marks = [v for e in identity if e.text for v in (latin_text(e.text).strip(), e.text.casefold())]
        # the brand sells such things itself (a publisher's books, Mattel's die-cast models), or the noun is a word of
        # a longer mark ("Advanced Night Repair", "Réparation de Nuit Avancée"; not "Чистка" itself read as Switch):
        # another kind of the title may still apply
        while self._sells(brand, subject.kind, is_toy(subject.noun)) or any(_word_of(subject.noun, m) for m in marks) or (
                subject.kind == "an add-on" and not self._addon_for(reading, brand)) or (
                subject.kind in _WORK_FOR_HIRE and self._program_itself(reading, brand)):
            skipped.add(subject.kind)
            subject = subject_of(reading.listing.title, reading.text.latin_words, skip=frozenset(skipped),
                                 category=reading.listing.category, description=reading.listing.description,
                                 price_eur=reading.price_eur, amount=reading.price_units[0],
                                 currency=reading.price_units[1])
            if subject is None:
                return None
        guide = about_copies(reading.listing.title, subject)  # a text about telling copies (subject.py)
        about: set[str] = set()
        if self._copy_claim(reading, subject, guide, about) is not None:
            return None  # a claim of a copy ("replica" of a scale model is the miniature's own word, "fake" a guide's)
        if subject.kind == "a service" and (shown or _LOGO.search(reading.text.latin) is not None) and self._copy_part(
                reading):
            return None  # (fresh53b) a repair fitting a copy part with the brand's logo: the part is a counterfeit
        what = ABOUT["a guide"] if guide and subject.kind != "a guide" else subject.about  # a book about fakes
        for e in evidence:
            if e.rule in IDENTITY_RULES and e.weight > 0 and not e.everyday:
                e.everyday = True
                e.detail = _join(e.detail, f"the listing sells {what} the brand's goods: needs corroboration")
        listing = reading.listing
        return Evidence(
            Rule.subject, 0.0, None, subject.where, text=(listing.category if subject.where == "category" else
                                                       (listing.description or "")[:80] if subject.where == "description"
                                                       else listing.title[:80]),
            term=subject.noun,
            detail=(f"'{subject.noun}': the listing sells {what} {brand.name}'s goods, not the goods; the "
                    "mention needs corroboration (a counterfeit cue together with a price below a brand-wide floor, or "
                    "a claim of a copy)")), Distance(True, subject=True, guide=guide, about=frozenset(about))

    def _offers_nothing(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> tuple[Evidence, Distance] | None:
        """(news32, issue 9) THE RULE for a bare mention (mentions.py, reading 2): a listing that states no price, is
        filed in no category, has no item specifics and no photo, names no goods (no sector's noun in its title or
        description), holds no word of an offer (mentions.OFFER: a sale, a stock, a contact, a delivery, a unit) and no
        cue, and names the brand only by its name as written (no model, no line, no second mark, no disguise), in a title
        of Latin letters (the sectors' table reads few goods nouns of other scripts), offers
        nothing: the name alone is no evidence of a counterfeit, so it needs corroboration as far from the brand's goods
        does (a cue with a low price, or a claim of a copy), which such a listing cannot give: it stays quiet. Any one of
        them and the mark is judged as before ("Rolex Submariner 1:1, DM for price", "Gucci belts in stock, WhatsApp")."""
        listing = reading.listing
        if listing.price is not None or listing.category or listing.attributes or listing.images:
            return None  # most listings: a price or a category (one test)
        if any(c.isalpha() and ord(c) >= 0x250 for c in listing.title):
            return None  # a title in another script: the sectors' table knows few of its goods nouns (耐克 空军一号 白色)
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
        name = compact_key(brand.name)
        # the brand's name as written (its registered name, or an alias in another script), and what lies inside it
        # ("Goose" of "Canada Goose", "North Face" of "The North Face", a fuzzy "oréal" of "L'Oréal")
        names = [e for e in identity if e.start is not None and e.end is not None and (
            e.rule is Rule.alias or e.rule is Rule.exact and e.vocabulary is None and compact_key(e.text or "") == name)]
        if not names or any(not any(x.field == e.field and x.start <= e.start and e.end <= x.end for x in names)
                            for e in identity if e.start is not None and e.end is not None) or any(
                e.start is None or _disguise(e) for e in identity):
            return None  # a model, a line, a second mark, an image, a disguise: more than the name
        if any(e.rule is Rule.cue and e.weight > 0 for e in evidence) or reading.copy_cue is not None or self._claims_copy(
                reading) is not None:
            return None
        text = f"{listing.title}\n{listing.description or ''}"
        if offer_word(text) is not None:
            return None
        if reading.sectors.sectors or (listing.description and self.sectors.of_words(listing.description).sectors):
            return None  # a noun of goods ("belts", "parka", "headphones")
        for e in identity:
            if not e.everyday:
                e.everyday = True
                e.detail = _join(e.detail, "the listing offers nothing (no price, category, goods, offer or cue): needs corroboration")
        return Evidence(
            Rule.subject, 0.0, None, "title", text=listing.title[:80], term="nothing offered",
            detail=(f"the listing states no price and no category, names no goods, holds no word of an offer and no cue: "
                    f"{brand.name}'s name alone offers nothing and needs corroboration (a counterfeit cue together with "
                    "a price below a brand-wide floor, or a claim of a copy)")), Distance(True, subject=True)

    def _component(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> tuple[Evidence, Distance] | None:
        """(genuine23, issue 9) The brand as a part inside another maker's goods (inside.py: "E-scooter battery – Samsung
        50E cells", "camera module – Sony IMX477 sensor", "road bike on Michelin tyres"): every mention of it in such a
        phrase of the title, none elsewhere, and no copy cue in the listing; its marks then need corroboration as far
        from the brand's goods do (a copy's price below a brand-wide floor with a cue, or a claim of a copy)."""
        title = reading.listing.title
        if not may_hold(reading.text.latin_words, title):
            return None  # most listings: no component noun (~1 µs)
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
        if not identity or reading.copy_cue is not None:
            return None
        if not any(in_component(title, e.start, e.end) for e in identity if e.field == "title" and e.start is not None
                   and e.end is not None):
            return None  # most listings: no component phrase (the gate before the copy words are read)
        if self._claims_copy(reading) or self._copy_claim(
                reading, Subject("a component", "", "title")) is not None:
            return None  # "camera module with Sony sensor clone", "Bosch motor copy": a copy claimed
        spans = []
        for e in identity:
            if e.field != "title" or e.start is None or e.end is None or e.end > len(title):
                return None
            if _disguise(e) and not any(x.rule in _PLAIN_RULES and _same_span(x, e) for x in identity):
                return None  # a disguised mark is intent, no maker's name on a spec sheet
            spans.append((e.start, e.end))
        first = min(spans)
        if not in_component(title, *first) or any(not in_component(title, s, e) and not (s >= first[0] and e <= first[1] + 48)
                                                  for s, e in spans):
            return None
        for e in identity:
            if not e.everyday:
                e.everyday = True
                e.detail = _join(e.detail, "a part inside another maker's goods: needs corroboration")
        return Evidence(Rule.subject, 0.0, None, "title", first[0], first[1], text=title[first[0]:first[1]],
                        term="a component",
                        detail=(f"'{title[first[0]:first[1]]}' names a part inside the goods, not the goods: "
                                f"{brand.name}'s mention needs corroboration (a counterfeit cue together with a price "
                                "below a brand-wide floor, or a claim of a copy)")), Distance(True, subject=True)

    def _claims_copy(self, reading: Reading) -> str | None:
        """A copy word of the listing, as the cue lexicon reads it (MatcherConfig.cue_terms outside their trade senses,
        not_cues, and not a size or style cue: DEFAULT_SIZE_CUES but those that claim a copy, "1:1", "AAA"), or a plain
        copy word (config.BARE_COPY_WORDS, a "copy" of goods: admitted.not_goods_copy), else None. One list with the cue
        reader's, for the component phrase (inside.py) (honest24, issue 9; it replaces inside.py's own regex)."""
        text = reading.text
        found = self.cue_terms.find(text)
        if found and (senses := self.not_cues.find(text)):
            found = outside_senses(found, senses)
        for f in found:
            if f.term.casefold() not in _STYLE_CUES:
                return f.term
        original = text.original
        for f in self.bare_copy.find(text):
            if f.term not in ("copy", "copies") or not not_goods_copy(original, f.start, f.end):
                return f.term
        return None

    def _copy_part(self, reading: Reading) -> bool:
        """(fresh53b, issue 9) A bare copy word of the listing (config.BARE_COPY_WORDS: "copy part", "clone battery";
        not a copy of a document, admitted.not_goods_copy), or a repairer's copy part in another language
        (config.COPY_PARTS: "pieza copia", "Kopie-Teil"), that it does not deny ("we never fit copy parts", "no
        copies": negation.denied_copy_words). Read for a service that shows the brand's logo on what it fits: a
        repairer who fits a copy bearing the mark and hands it back as the brand's part (consumer-protection warnings
        on repair shops); an honest one fits a genuine part or an unbranded one and says so."""
        original = reading.text.original
        found = [f for f in self.bare_copy.find(reading.text)
                 if f.term not in ("copy", "copies") or not not_goods_copy(original, f.start, f.end)]
        found += self.copy_parts.find(reading.text)
        if not found:
            return False
        denied = reading.denied(found)
        return any((f.start, f.end) not in denied for f in found)

    def _program_itself(self, reading: Reading, brand: Brand) -> bool:
        """A software brand's program sold itself (a key, a crack, a full version: addons.software_itself) beside the
        words of work done with it ("Photoshop retouching + lifetime licence"): the program is what is sold."""
        return "software" in self.brand_sectors(brand).sectors and (software_itself(
            f"{reading.listing.title}\n{reading.listing.description or ''}") is not None
            or _PROGRAM_WORDS.search(latin_text(reading.listing.title).lower()) is not None)

    def _addon_for(self, reading: Reading, brand: Brand) -> bool:
        """An add-on for the brand's program (addons.py): the brand sells software and the listing does not sell the
        program itself (a key, a crack, a full version)."""
        return "software" in self.brand_sectors(brand).sectors and software_itself(
            f"{reading.listing.title}\n{reading.listing.description or ''}") is None

    def _copy_claim(self, reading: Reading, subject: Subject, guide: bool = False,
                    about: set[str] | None = None) -> Found | None:
        """The listing's first copy cue that is no word of its subject's own ("replica" of a scale model, "fake" and
        "counterfeit" of a guide to telling fakes): a claim of a copy, which no subject excuses. Cues the listing refuses
        or deny ("no reps, no fakes", "不要高仿", "偽物不可", "not a replica": negation.denied_copy_words) claim nothing.
        guide: the listing is about telling copies (subject.about_copies): the copy trade's words at or after the start
        of its guide words in the title, or in its description, are what it is about ("How to spot a fake Rolex: 1:1
        clones vs genuine", "legit check course: reps vs retail, UA and batch flaws"; subject.guide_start) and are
        added to `about` (their terms, case-folded); one before them claims a copy ("1:1 clone Rolex, fake vs real
        photos")."""
        title = reading.listing.title
        start = guide_start(title) if guide else None
        found = self.copy_cue_terms.find(reading.text) + reading.admitted_found()
        copy = {(f.start, f.end) for f in found}
        found = sorted(found + [f for f in self.cue_terms.find(reading.text) if (f.start, f.end) not in copy],
                       key=lambda f: f.start)
        if found and (not_cues := self.not_cues.find(reading.text)):
            found = outside_senses(found, not_cues)
        denied = reading.denied(found)
        # (seized33) a news item's or a work's copy word reported as the object of an enforcement verb ("customs seize
        # 3,000 fake …", "the counterfeit goods were destroyed"): the news, not a claim (mentions.reported_copy)
        original = reading.text.original
        reports = subject.kind in ("a news item", "a work") and enforcement_word(original)
        for f in found:
            if reports and f.end <= len(original) and reported_copy(original, f.start, f.end):
                if about is not None:
                    about.add(f.term.casefold())
                continue
            if f.term.startswith("admitted ") and not f.term.startswith("admitted bare_copy"):
                # a copy admitted in its frame (admitted.py): no guide's subject (a bare "copy" may be one: "détection
                # des copies")
                if (f.start, f.end) not in denied:
                    return f
                continue
            if subject.kind == "a scale model" and f.term in SCALE_MODEL_CUES:
                continue
            if subject.kind == "a service" and latin_text(subject.noun).casefold() in LOCKSMITH_NOUNS and (
                    f.term.rpartition(": ")[2].casefold() in KEY_COPY_WORDS):
                continue  # "BMW key copy and programming – mobile locksmith": the key copied is the locksmith's work
            if subject.kind == "an artwork" and f.term.rpartition(": ")[2].casefold() in ARTWORK_OWN_WORDS:
                continue  # "hand painted" oil painting, 手绘 油画: the artwork's own making, not a bootleg print
            if guide and f.term.casefold() in GUIDE_COPY_WORDS:
                continue
            if start is not None and subject.kind != "a guide" and f.term.casefold() in _PITCHES and (
                    f.start, f.end) not in denied:
                return f  # (evade36) "nadie nota la diferencia", "nobody can tell": a ticket's or a work's copy words
                # beside the copy seller's pitch sell the copy (outsider32's betting slip), no text about telling copies
            if start is not None and (f.start > len(title) or len(latin_text(title[:f.start])) >= start) and not (
                    f.start < len(title) and (sold_as_copy(latin_text(title[:f.start]).lower())
                                              or offered_after(title[f.end:]))):
                if about is not None:
                    about.add(f.term.casefold())
                continue  # the guide's subject, not a claim
            if (f.start, f.end) in denied:
                continue  # "no fakes or replicas please", "不要高仿", "偽物不可": the buyer or the shop refuses copies
            if (f.start, f.end) in copy or carries(subject):
                return f  # (genuine31) a forwarder's or tracker's cue of any kind is the goods' ("reps – top batch")
        return None

    def _sells(self, brand: Brand, kind: str, toy: bool = False) -> bool:
        """Whether one of the brand's categories is itself of this kind of subject ("model kits", "books"); for a scale
        model, of the same sort (subject.is_toy): a toy maker sells toys ("LEGO toys" are LEGO's goods), not thereby
        scale models or props of its goods ("1:8 scale replica" of a LEGO set), while a die-cast maker sells both."""
        if kind == "a subscription":
            # (precision28) a software house's subscription is its goods themselves (Creative Cloud, Microsoft 365):
            # its key and account trade is judged as goods, as before
            return any("software" in c.casefold() for c in brand.categories)
        key = (tuple(brand.categories), kind, toy)
        sells = self._sells_subjects.get(key)
        if sells is None:
            found = [f for c in brand.categories if (f := subject_of(c, skip=frozenset(ABOUT) - {kind})) is not None]
            sells = self._sells_subjects[key] = any(
                not toy and not is_toy(f.noun) or toy for f in found) if kind == "a scale model" else bool(found)
        return sells

    def _negation(self, reading: Reading, evidence: list[Evidence],
                  others: list[tuple[Brand, list[Evidence]]] = ()) -> list[Evidence]:
        text = reading.text
        rivals = bool(others) and reading.copy_cue is not None and not _RIVAL_NOUNS.isdisjoint(text.latin_words)
        if not reading.negations.possible and not rivals and not reading.refusals.possible:
            return []
        notes: dict[tuple[int, int], Evidence] = {}
        subject: list[str | None] = []  # the other brand the listing sells, named plainly and not compared (looked up once)
        for e in evidence:
            if e.rule not in IDENTITY_RULES or e.start is None or e.field not in ("title", "description") or e.weight == 0:
                continue
            start, end = _original(text, e)
            negation = reading.negations.before(start) if reading.negations.possible else None
            if negation is None and rivals and (m := _RIVAL_AFTER.match(text.original, end)) is not None:
                # (wrong34) "iPhone 15 Pro Max clone, Samsung killer": the brand named before a rival's noun
                negation = Negation(m.start(1), m.end(1), m.group(1), comparison=True)
            if negation is None and reading.negations.possible and (after := reading.negations.after(end, start)) is not None and not _denies_next(
                    reading, evidence, after, end):
                negation = after
            if negation is None and reading.refusals.possible:  # "we do not print Nike or other brand logos"
                negation = reading.refusals.before(start) or reading.refusals.after(end)
            elif negation is not None and not negation.comparison and reading.refusals.hedged_logo(start, end):
                # (refusal39) "No adidas logo on the photos, logo sent separately": the logo kept off the pictures
                e.detail = _join(e.detail, f"'{negation.phrase}' keeps the brand's logo off the photos only (a hedge): "
                                           "the mention counts")
                continue
            if negation is None or _spells_mark(negation, e) or _said_aloud_syllable(text, negation, evidence):
                continue
            if e.vocabulary == "defect":
                continue  # "no more red ring of death", "without the butterfly keyboard": a copy said to be free of the
                # brand's famous defect still names the brand (lore26; vocabulary.LORE)
            if e.rule in (Rule.model, Rule.spelt_model) and numero(text.original[negation.start:start]):
                continue  # "part no. 126334", "Order No 5636708": the abbreviation of "number" (numbers.py)
            if negation.comparison and reading.copy_cue is not None:
                if not _RIVAL.search(latin_text(negation.phrase).casefold()):
                    continue  # "alternative to", "instead of", "for fans of" a brand beside a copy cue: a likeness
                if not subject:
                    subject.append(self._plain_other(reading, others))
                if subject[0] is None:
                    continue  # "better than Rolex, 1:1 replica": a copy compared with the original is still a copy
                # (wrong34) "Rolex Submariner 1:1 – cheaper than Omega", "Samsung S24 copy, better than iPhone": another
                # brand named plainly and compared with nothing is the goods; the compared brand is the rival, no copy
                e.detail = _join(e.detail, f"the goods are {subject[0]}'s: the brand compared with them is a rival")
            if (wink := winked(text.original, max(end, negation.end))) is not None:
                # "not Burberry 😉", "definitely NOT BMW wink wink": a mock denial names the brand it winks at
                e.detail = _join(e.detail, f"'{negation.phrase}' with a wink '{wink}': a mock denial: the mention counts")
                continue
            e.weight = 0.0
            e.detail = _join(e.detail, f"denied by '{negation.phrase}'")
            if (negation.start, negation.end) not in notes:
                notes[(negation.start, negation.end)] = _negation_note(text, negation, e)
        if notes:  # "non-MICHAEL Michael Kors": what overlaps a denied mention is denied with it
            denied = [e for e in evidence if e.rule in IDENTITY_RULES and "denied by" in e.detail]
            for e in evidence:
                if e.rule in IDENTITY_RULES and e.weight > 0 and e.vocabulary != "defect" and any(
                        _same_span(e, d) for d in denied):  # "no more Joy-Con drift": the defect names the brand (lore26)
                    e.weight = 0.0
                    e.detail = _join(e.detail, f"inside the denied '{denied[0].text}'")
                elif e.rule in IDENTITY_RULES and e.weight > 0 and (d := _right_after(text, denied, e)) is not None:
                    # "quieter than Bose QC45": the compared product's model is denied with its brand
                    e.weight = 0.0
                    e.detail = _join(e.detail, f"names the product of the denied '{d.text}'")
                elif e.rule in _BY_MEANING and e.weight > 0:
                    # "Beige trench coat, classic style (not Burberry)": a listing that denies the brand by name denies
                    # its names read by meaning too (经典格, Burberry's check, translated as "classic style")
                    e.weight = 0.0
                    e.detail = _join(e.detail, f"a reading by meaning of the brand the listing denies ('{denied[0].text}')")
                elif "denied" not in e.detail and (refused := reading.logo_refused) and (e.vocabulary == "logo" or any(
                        f.start < _original(text, e)[1] and _original(text, e)[0] < f.end for f in refused)):
                    # (refusal39) "Own-brand monogram canvas tote – NOT Louis Vuitton, no logos or marks copied": the
                    # brand denied by name and its logo refused, a logo name is the maker's own pattern
                    e.weight = 0.0
                    e.detail = _join(e.detail, f"a logo name of the brand the listing denies ('{denied[0].text}'), "
                                               f"its logo refused ('{text.original[refused[0].start:refused[0].end]}')")
            named = [e for e in evidence if "a logo name of the brand the listing denies" in e.detail]
            for e in evidence:  # "monogram" (a mark of its own) inside the denied "monogram canvas"
                if named and e.rule in IDENTITY_RULES and e.weight > 0 and any(_same_span(e, n) for n in named):
                    e.weight = 0.0
                    e.detail = _join(e.detail, f"inside the denied logo name '{named[0].text}'")
        return list(notes.values())

    def _graded_by(self, reading: Reading, evidence: list[Evidence],
                   others: list[tuple[Brand, list[Evidence]]]) -> list[Evidence]:
        """(evade36) A brand named only as the grade or the look of another brand's goods: "Michael Kors Jet Set tote
        (Gucci quality)", "Omega Seamaster replica, Rolex grade", "Casio, looks like a Rolex". Where another brand is
        named plainly in the title (`_plain_other`), that brand is the goods and this one the yardstick: its mention
        does not count (the copy's own brand alerts alone). With no other brand ("belt, Gucci quality 1:1") the
        yardstick is the goods' own brand and still counts."""
        original = reading.text.original
        if not _GRADE_GATE.search(original):
            return []
        notes: list[Evidence] = []
        subject: list[str | None] = []
        for e in evidence:
            if e.rule not in IDENTITY_RULES or e.start is None or e.field not in ("title", "description") or e.weight == 0:
                continue
            start, end = _original(reading.text, e)
            grade = _GRADE_AFTER.match(original, end) or _LOOKS_BEFORE.search(original[max(0, start - 40):start])
            if grade is None:
                continue
            if not subject:
                subject.append(self._plain_other(reading, others))
            if subject[0] is None:
                return notes  # the yardstick is the only brand named: the goods are its copy
            e.weight = 0.0
            e.detail = _join(e.detail, f"'{grade.group(0).strip()}': the brand is the yardstick of {subject[0]}'s goods")
            notes.append(Evidence(Rule.negation, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                                  detail=f"'{e.text}' names the grade or the look of {subject[0]}'s goods, not the goods"))
        if notes:  # "looks like a Louis Vuitton": "Vuitton" inside the yardstick's name is the yardstick too
            for e in evidence:
                if e.rule in IDENTITY_RULES and e.weight > 0 and any(_same_span(e, n) for n in notes):
                    e.weight = 0.0
                    e.detail = _join(e.detail, "inside a brand named as another brand's yardstick")
        return notes

    @staticmethod
    def _plain_other(reading: Reading, others: list[tuple[Brand, list[Evidence]]]) -> str | None:
        """The name of another brand of the listing named plainly (its mark, alias or model as written or disguised,
        needing no corroboration; an everyday-word mark only where the listing is filed in the brand's category: "Dunk
        running shoes" among sneakers) in the title with no negation or comparison before or after it: the
        brand whose goods the listing sells (wrong34); None when there is none."""
        text = reading.text
        for other, found in others:
            filed = reading.listing.category is not None and any(
                category_matches(reading.listing.category, c) for c in other.categories)
            for e in found:
                if (e.rule not in _NAME_AS_WRITTEN and e.rule not in DISGUISE_RULES or e.weight <= 0 or e.field != "title"
                        or e.needs_corroboration or e.everyday and not filed or e.start is None or "denied by" in e.detail):
                    continue
                start, end = _original(text, e)
                if reading.negations.before(start) is None and reading.negations.after(end) is None:
                    return other.name
        return None

    def _foreign_words(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> list[Evidence]:
        notes = []
        for e in evidence:
            if not e.text or e.weight == 0 or not (e.rule in _WORDS_RULES or e.everyday and e.rule in _PLAIN_RULES):
                continue
            if e.field == "attributes":
                continue  # the value of a "Marca"/"Marke" item specific is a name the seller gives as the brand ("Nike")
            if e.rule in DISGUISE_RULES and e.text.isascii() and not e.text.replace("'", "").isalpha():
                continue  # leetspeak (B0SE), spaced letters: no language writes them; "She'll" is a word
            if e.rule in _SIGHT_RULES and e.text.isascii() and e.text.casefold() in dictionary_words():
                # "Clunk" read as "dunk" (cl for d): an English word, no disguise
                e.everyday = True
                e.detail = _join(e.detail, "an English word")
                notes.append(Evidence(Rule.foreign_word, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                                      detail=f"'{e.text}' is an English word (symspellpy's dictionary): not a disguise "
                                             f"of {e.term or brand.name}; it counts like an everyday word"))
                continue
            if e.rule is Rule.fuzzy and e.start is not None and e.end is not None and (phrase := phrase_language(
                    (reading.listing.title if e.field == "title" else reading.listing.description) or "", e.start, e.end)):
                # (quiet21) a word inside a phrase of its own language, both words beside it common words of that
                # language ("sur appel ou SMS": French 'appel', a call, one edit from Apple): that word, not a misspelling
                e.weight = 0.0
                e.detail = _join(e.detail, f"{article(NAMES[phrase])} word inside {article(NAMES[phrase])} phrase")
                notes.append(Evidence(Rule.foreign_word, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                                      detail=f"'{e.text}' stands between two common {NAMES[phrase]} words: a word of "
                                             f"that phrase, not a misspelling of {e.term or brand.name}; it does not count"))
                continue
            # an everyday mark as written needs the title's language itself ("eau de parfum … Clinique" is English)
            word = reading.foreign.word(e.text, companions=e.rule not in _PLAIN_RULES)
            if word is None:
                continue
            own = word.surrounding == word.language
            if e.rule in _PLAIN_RULES:
                # an everyday mark as written ("dove vuoi"): a word of the title's own language, other than the
                # registry's English, counts only with strong corroboration ("Kinder Schokolade 1:1" still does)
                if not own or word.language == "en":
                    continue
                e.needs_corroboration = True
                detail = "it counts only with the brand's category and a cue or a low price"
            elif own and word.zipf >= COMMON_ZIPF:
                # a common word of the language the title is written in ("Cuffie …, sono nuove"): that word
                e.weight = 0.0
                detail = "a common word of the title's language: it does not count"
            elif own:
                # the title is written in that language: it is the word ("Böse Mädchen: Roman")
                e.needs_corroboration = True
                detail = "it counts only with the brand's category and a cue or a low price"
            elif word.zipf >= COMMON_ZIPF and e.rule is Rule.fuzzy and not any(
                    category_matches(reading.listing.category, c) for c in brand.categories):
                # a common word of another language mixed into the title ("… model kit 1/100 neuf" is no Nerf,
                # "scatola originale" no Originals) outside the brand's own categories: that word, unless
                # corroborated ("Badai toy playset" filed among Bandai's toys is still a misspelling)
                e.needs_corroboration = True
                detail = "a common word of another language: it counts only with the brand's category and a cue or a low price"
            elif word.zipf >= OWN_ACCENTS_ZIPF and e.rule is Rule.confusable and _own_accents(e.text, word.language):
                # (words56) the word "original" of another language written with that language's own accented letters
                # (Latvian "Nav oriģināls", "not original", read as Originals): the word as written, no look-alike; a
                # name translated into a word of the language ("Cañón" for Canon) is still a disguise
                e.weight = 0.0
                detail = "a common word written with its own language's letters: it does not count"
            elif self._near(reading, brand):
                continue  # "Bosse wireless earbuds": another language's word, but a misspelling in the brand's own goods
            else:
                e.everyday = True
                detail = "it counts like an everyday word"
            if e.rule is Rule.confusable:
                e.weight = min(e.weight, self.weights.exact)  # a word as written, not a disguise
            e.detail = _join(e.detail, f"{article(NAMES[word.language])} word")
            notes.append(Evidence(Rule.foreign_word, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                                  detail=f"{word.explain(e.term or brand.name)}; {detail}"))
        return notes

    def _inside_words(self, reading: Reading, evidence: list[Evidence]) -> list[Evidence]:
        """A Chinese alias inside ordinary words (乐高 in 生日快乐高端, 微软 in 稍微软, segmentation.py) is no
        mention of the brand by itself: it counts like an everyday word (rule everyday_word says why)."""
        text = reading.text
        if text.is_ascii:
            return []
        notes = []
        for e in evidence:
            if e.rule not in _WIDE_ALIAS_RULES or e.weight == 0 or e.everyday or not e.text or len(e.text) < 2 \
                    or not all(is_han(c) for c in e.text) or e.start is None:
                continue
            start, end = _original(text, e)
            if text.original[start:end] != e.text:
                continue
            words = inside_word(text.original, start, end, self._wide_cues)
            if words is None:
                continue
            e.everyday = True
            e.detail = _join(e.detail, f"inside the ordinary words '{words}'")
            notes.append(Evidence(Rule.everyday_word, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                                  detail=f"'{e.text}' straddles the ordinary words '{words}' (Chinese word segmentation, "
                                         "wordfreq's word list): not a mention of the brand by itself; it counts like "
                                         "an everyday word"))
        return notes

    def _generic_words(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> list[Evidence]:
        """A mark a market uses as the generic noun of such goods (generic_marks.py: 바바리, adidasy, jilet, aspirin, maggi,
        נס קפה, Walkman): beside another maker's name, an unbranded word or "marki X", it counts for nothing; alone, a
        word that is that kind's noun by itself counts only beside a counterfeit cue. Another mark or a model of the brand
        elsewhere in the listing names it as usual (rule everyday_word says why)."""
        found = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0 and e.term and e.start is not None
                 and e.field in ("title", "description") and mark_key(e.term) in GENERIC_MARKS]
        if not found:
            return []
        listing = reading.listing
        whole = f"{listing.title}\n{listing.description or ''}"
        own = frozenset({brand.name.casefold(), *(a.casefold() for a in brand.aliases)})
        read = [(e, g) for e in found if (g := generic_word(
            e.term.casefold(), listing.title if e.field == "title" else listing.description or "", e.start,
            e.end if e.end is not None else e.start, whole, own)) is not None]
        if not read:
            return []
        others = {g.other.casefold() for _, g in read if g.other is not None}
        for e in evidence:  # another maker's name read as the brand by its sound ("Sanyo" heard as Sony)
            if e.rule in IDENTITY_RULES and e.weight > 0 and e.needs_corroboration and (e.text or "").casefold() in others:
                e.weight = 0.0
                e.detail = _join(e.detail, f"'{e.text}' is the other maker named beside a genericized word")
        if any(e.rule in IDENTITY_RULES and e.weight > 0 and not e.needs_corroboration
               and not any(_same_span(e, x) for x, _ in read) for e in evidence):
            return []  # "adidasy Adidas Superstar": the brand named otherwise too
        notes = []
        for e, g in read:
            if g.other is not None:
                e.weight = 0.0
                e.detail = _join(e.detail, f"'{g.word}' is {g.sense}, beside '{g.other}'")
                said = (f"'{g.word}' is {g.sense} (a genericized mark), and the listing names '{g.other}': the goods' "
                        "kind, not the brand; it counts for nothing")
            elif reading.copy_cue is None and not (cues := self.cue_terms.find(reading.text)):
                e.weight = 0.0
                e.detail = _join(e.detail, f"'{g.word}' is {g.sense}")
                said = (f"'{g.word}' is {g.sense} (a genericized mark): alone it names the goods' kind; it counts only "
                        "with a cue that claims a copy, and the listing claims none")
            else:
                said = (f"'{g.word}' is {g.sense} (a genericized mark), and the listing claims a copy "
                        f"('{(reading.copy_cue or cues[0]).term}'): it counts")
            notes.append(Evidence(Rule.everyday_word, 0.0, None, e.field, e.start, e.end, e.text, e.term, detail=said))
        return notes

    def _near(self, reading: Reading, brand: Brand) -> bool:
        """The listing's category or title names goods of one of the brand's sectors."""
        return not reading.sectors.sectors.isdisjoint(self.brand_sectors(brand).sectors)

    def _as_written(self, reading: Reading, e: Evidence) -> bool:
        """An accented spelling of a mark whose accents the title's language writes ("Miguel Bosé" in a
        Spanish title, "Évian-les-Bains" in a French one): a name as written, not a disguise (rule
        category_distance says so; phrasebook.ORTHOGRAPHY, from CLDR's exemplar characters)."""
        if e.rule is not Rule.confusable or not e.text or not e.term or latin_text(e.text) != latin_text(e.term):
            return False
        accented = {c for c in e.text.casefold() if not c.isascii()}
        if not accented or not all(c.isalpha() for c in accented):
            return False
        word = e.text.casefold()
        language = reading.foreign.language(besides=word)
        # the title's language, else the languages of its words of few languages ("bandido", "vinilo")
        candidates = [language] if language else [found[0][0] for w in dict.fromkeys(re.findall(r"[^\W\d_]{3,}", reading.listing.title.casefold()))
                                                  if w != word and 0 < len(found := word_table().frequencies(w)) < len(LANGUAGES) // 2]
        language = next((l for l in candidates if accented <= set(phrasebook.ORTHOGRAPHY.get(l, ""))), None)
        if language is None:
            return False
        e.detail = _join(e.detail, f"written with the accents of {NAMES[language]}: a name as written, not a disguise")
        return True

    def _distance(self, reading: Reading, brand: Brand, evidence: list[Evidence]) -> tuple[Evidence, Distance] | None:
        """The category_distance note and the Distance when the listing is far from everything the brand sells."""
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0 and not e.needs_corroboration]
        numbers = bare_numbers(identity)  # a bare model number far away is a number of other goods (numbers.py)
        if not identity or not numbers and any(e.rule not in MARK_RULES for e in identity):
            return None  # a model number with the brand's mark, a look-alike number or an image names the product
        if any(_disguise(e) and not self._as_written(reading, e) for e in identity):
            return None  # a disguise is a sign of intent wherever it is listed
        if _two_marks(identity):
            return None  # two of the brand's own marks ("Nike Air Max") name its product
        if self._on_material(reading, identity):
            return None  # "LV monogram fabric by the metre", "Nike logo iron-on patch": the mark itself, sold loose
        if any(e.field == "title" and e.start is not None and design_file_mark(reading.listing.title, e.start, e.end or e.start,
                                                                              e.everyday) for e in identity):
            return None  # "Louis Vuitton monogram SVG for Cricut", "Puma cat logo cut file": the mark as a file for goods
        if self.marked(reading, brand, evidence) is not None:
            return None  # "Burberry check car seat covers", "Nike swoosh case": the brand's mark on the goods
        brand_sectors = self.brand_sectors(brand)
        if brand_sectors.generic or not brand_sectors.sectors:
            return None
        listing_sectors = reading.sectors
        if numbers and not listing_sectors.generic:  # the goods a number is printed on: the shop's category, else
            listing_sectors = goods_sectors(reading.listing, listing_sectors, self)  # and the title's whole nouns
            if (other := other_goods(numbers, listing_sectors.sectors, self.sectors)) is not None:
                brand_sectors = other  # a necklace's number on a wooden sign: the model's goods, not the brand's
        if listing_sectors.generic or not listing_sectors.sectors or not listing_sectors.sectors.isdisjoint(brand_sectors.sectors):
            return None
        registered = False
        for e in identity:
            if not e.everyday:
                registered = True
                e.everyday = True
                e.detail = _join(e.detail, NUMBER_FAR if numbers else "far from what the brand sells: needs corroboration")
        for e in evidence:  # a weak candidate beside them ("Nestle" as a German word) is no stronger far away
            if e.needs_corroboration and e.rule in MARK_RULES and e.weight > 0 and not e.everyday:
                e.everyday = True
                e.detail = _join(e.detail, "far from what the brand sells: needs corroboration")
        listing = reading.listing
        said = ", ".join(dict.fromkeys(listing_sectors.words))
        return Evidence(
            Rule.category_distance, 0.0, None, "category", text=listing.category or listing.title[:80],
            term=", ".join(brand.categories),
            detail=(f"the listing is {_names(listing_sectors.sectors)} ({said}); {brand.name} sells "
                    f"{_names(brand_sectors.sectors)}: " + (number_far_note(numbers) if numbers else
                    "a bare mark this far from the brand's goods needs corroboration (a model number, an image, a "
                    "disguise, or a counterfeit cue together with a price below a brand-wide floor)"))), Distance(registered)

    def _licensed(self, reading: Reading, brand: Brand, evidence: list[Evidence],
                  others: list[tuple[Brand, list[Evidence]]]) -> tuple[Evidence, Distance] | None:
        """The brand named as the licensed subject of another brand's goods ("Hot Wheels Honda Civic", "LEGO Speed
        Champions BMW M4", "Monopoly Coca-Cola edition", "Uno édition Coca-Cola", "Bandai Honda CB750 1/12"): another
        brand, a maker of toys and games (LICENSEES) named by its mark as written in the title, sells goods of the
        listing's sectors (its category's or its nouns') that are none of this brand's, the listing is not filed among
        this brand's own goods, and the maker is named first, or the listing says so ("officially licensed", "edition",
        正版授权, コラボ: phrasebook.LICENSED). A collaboration "A x B" is no such frame: the fake collab is a copy trade's
        (outsider8's c_fake_collabs). The mark then needs corroboration as far from the brand's goods does, its two marks
        ("Honda Civic") and its model (a toy of the model) too; a disguise still names it. A licensed claim on the
        brand's own goods ("officially licensed Honda brake pads, 1:1") is no such frame."""
        if not others:
            return None
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0 and not e.needs_corroboration]
        if not identity or any(e.rule not in MARK_RULES and e.rule is not Rule.model for e in identity):
            return None
        if any(_disguise(e) and not any(x.rule in _PLAIN_RULES and _same_span(x, e) for x in identity)
               and not self._as_written(reading, e) for e in identity):
            return None  # a disguise, not "Nestlé" or "L'Oréal" as registered (its accent-free alias matched too)
        mine = self.brand_sectors(brand).sectors
        listing = frozenset() if reading.sectors.generic else reading.sectors.sectors
        if not mine or not listing or mine & LICENSEES or any(category_matches(reading.listing.category, c) for c in brand.categories):
            return None  # filed among the brand's own goods
        first = min((e.start for e in identity if e.field == "title" and e.start is not None), default=None)
        said = None
        for other, found in others:
            # the maker by its mark as written (an everyday-word mark, "Monopoly", "Uno", only where the listing's own
            # category or nouns say the goods are the maker's)
            plain = [e for e in found if e.rule in _PLAIN_RULES and e.weight > 0 and e.field == "title" and e.start is not None
                     and not e.needs_corroboration and (not e.everyday or listing)]
            theirs = self.brand_sectors(other).sectors
            if not plain or LICENSEES.isdisjoint(theirs):
                continue  # a maker of toys and games, whose goods carry other brands under licence
            if not (listing & theirs) - mine:
                continue  # the goods are none of the maker's, or also this brand's (a toy car is a toy, not a car part)
            elif first is None or min(e.start for e in plain) < first:
                said = f"'{plain[0].text}' named first"
            else:
                said = next((f"'{reading.text.original[f.start:f.end]}'" for f in self.licensed.find(reading.text)), None)
            if said is not None:
                maker = other.name
                break
        if said is None:
            return None
        for e in evidence:  # a weak candidate beside them ("Nestlé" read as a German word) too
            if e.rule in IDENTITY_RULES and e.weight > 0 and not e.everyday and (e in identity or e.rule in MARK_RULES):
                e.everyday = True
                e.detail = _join(e.detail, f"the licensed subject of {maker}'s goods: needs corroboration")
        return Evidence(
            Rule.category_distance, 0.0, None, "title", text=reading.listing.title[:80], term=", ".join(brand.categories),
            detail=(f"{brand.name} is named as the licensed subject of {maker}'s goods ({said}); {brand.name} sells "
                    f"{_names(mine)}: the mention needs corroboration (a counterfeit cue together with a price below a "
                    "brand-wide floor)")), Distance(True)

    def _on_material(self, reading: Reading, identity: list[Evidence]) -> bool:
        """A mark registered as no everyday word followed, within two words of the same part of the text, by a
        material sold by the metre, a patch, a label or an emblem (phrasebook.MATERIAL_NOUNS), or preceded by one
        within a word: the brand's mark is what is sold ("Gucci GG canvas fabric per yard", "Nike swoosh
        iron-on patch", "Tela Louis Vuitton por metro", "LV老花面料"). Far from the brand's goods this is still its
        mark on goods (counterfeit labels, patches and fabric are counterfeits, 18 U.S.C. § 2320)."""
        if not reading.materials:
            return False
        text = reading.text
        for e in identity:
            if e.everyday or e.start is None or e.end is None:
                continue
            start, end = _original(text, e)
            for f in reading.materials:  # not a bare logo word: a "Rolex logo sign" is a sign
                if end <= f.start <= end + 40:  # "Gucci GG fabric", "Nike swoosh iron-on patch"
                    gap = text.original[end:f.start]
                    if not _MATERIAL_GAP_END.search(gap) and len(gap.split()) <= 2:
                        return True
                elif start - 24 <= f.end <= start:  # "Tela Louis Vuitton", "Écusson Honda", "Parches adidas"
                    gap = text.original[f.end:start]
                    if not _MATERIAL_GAP_END.search(gap) and len(gap.split()) <= 1:
                        return True
        return False

    # ------------------------------------------------------------------ corroboration

    def corroboration(self, evidence: list[Evidence], far: Distance | None, description: str | None = None) -> None:
        """Far from the brand's goods, a cue and a low price count only together (in place); a cue in a cross-sell
        of the brand's item in the description ("Also selling: <item> 1:1 replica", cross_sell.py) stands."""
        if far is None:
            return
        if far.subject:  # a repair filed among watches: the category names the goods it is about
            for e in evidence:
                if e.rule is Rule.category and e.weight > 0:
                    e.weight = 0.0
                    e.detail = _join(e.detail, "the listing sells a work or a service about these goods")
        if far.guide:  # "real vs fake", "spot the replica", "1:1 clones vs genuine": what the guide is about
            for e in evidence:
                if e.rule is Rule.cue and e.weight > 0 and (e.term or "").casefold() in GUIDE_COPY_WORDS | far.about:
                    e.weight = 0.0
                    e.detail = _join(e.detail, "a guide to telling fakes: the word is its subject, not a claim")
        cues = [e for e in evidence if e.rule is Rule.cue and e.weight > 0]
        prices = [e for e in evidence if e.rule is Rule.price and e.weight > 0]
        if cues and prices:
            return
        if not far.subject and any(e.rule in _PLAIN_RULES and e.weight > 0 for e in evidence):
            # a mark as written (not a misspelling far away: "ultrabook" is no Ultraboost) with the replica trade's own
            # words ("super copy", 高仿) copy nothing but brands: a listing filed
            # under pet supplies that says "Rolex 1:1 AAA" is a Rolex copy; "museum replica statue" is no such word
            trade = [e for e in cues if (e.term or "").casefold() in FAR_CUES | AMBIGUOUS_GRADES]
            if all((e.term or "").casefold() in AMBIGUOUS_GRADES for e in trade) and len(
                    {(e.term or "").casefold() for e in trade}) < 2:
                trade = []  # "AAA" alone is also a pearl's grade or a battery size, "1:1" a scale; "1:1 AAA" is the trade's
            # (unfiled31) a card or voucher of the brand's own shop sold far below its face (index._card_fraud) is the
            # brand's stored value, wherever its noun files it ("voucher" reads as travel): the fraud trade's price
            trade += [e for e in cues if e.term == CARD_BELOW_FACE]
            if trade:
                for e in trade:
                    e.detail = _join(e.detail, "the replica trade's own word: a cue wherever the listing is filed")
                cues = [e for e in cues if e not in trade]
        # (kit51) goods of a kind no house makes, carrying the mark unlicensed (context/unlicensed.py): far from the
        # brand's goods is what they are, the cue stands
        made = [e for e in cues if e.trade_word is not None and e.trade_word.kind == "unlicensed"]
        # (fresh54c) "Also selling: <the brand's item> 1:1 replica, DM" beside a book or a map: the copy word is about
        # the item the cross-sell names, which is the brand's (cross_sell.py)
        if description and (said := [e for e in cues if e.field == "description" and e.start is not None
                                     and e.end is not None and e not in made]):
            marks = [(e.start, e.end) for e in evidence if e.rule in IDENTITY_RULES and e.field == "description"
                     and e.start is not None and e.end is not None and not e.needs_corroboration]
            for i in cross_sold(description, marks, [(e.start, e.end) for e in said]):
                said[i].detail = _join(said[i].detail, "a cross-sell of the brand's item as a copy: a cue wherever the "
                                                       "listing is filed")
                made.append(said[i])
        for e in made:
            e.detail = _join(e.detail, "the brand's mark on goods it never makes: a cue wherever the listing is filed")
        # (hiding55) a copy word glued to the mark, right after it, in the item's slug after it, or beside the mark named
        # as the genuine article the goods are held against (index._said_of_mark): about the brand's item, wherever filed
        made += [e for e in cues if e not in made and SAID_OF_MARK in e.detail]
        for e in cues:
            if e in made:
                continue
            e.weight = 0.0
            e.detail = _join(e.detail, "a copy of something the brand does not sell: not a counterfeit cue here")
        for e in prices:
            e.weight = 0.0
            e.detail = _join(e.detail, "far from the brand's goods a low price alone says nothing")


# subjects that are work done with the brand's goods or program, which a program sold itself is not
# comparisons that set the goods against a rival (better, cheaper, versus, beats), as the latin view spells them; not
# a likeness ("alternative to", "instead of", "for fans of", "compare to"), whose brand a dupe is a copy of (wrong34)
_RIVAL = re.compile(r"(?<![a-z])(?:than|vs|versus|beats|out[a-z]+s|compet[a-z]*|challenger|takes on|rival[a-z]*|"
                    r"mejor|melhor|meilleur|moins cher|besser|gunstiger|leiser|als|migliore|meglio|beter|goedkoper|"
                    r"lepsz[a-z]*|tansz[a-z]*|luchshe|lychshe|deshevl[a-z]*|chem|mas barat[a-z]*|mais barat[a-z]*|piu economic[a-z]*|"
                    r"plus abordable|half the price|fraction of the price|same league|killers?|beaters?|challenger|competitor)(?![a-z])")
# a rival's noun after the brand it rivals, through a model's words ("a Bose QC45 killer", "the Airwrap beater")
_RIVAL_NOUNS = frozenset({"killer", "killers", "beater", "beaters", "rival", "rivals", "challenger", "competitor"})
_RIVAL_AFTER = re.compile(r"(?:[\s\-]+[\w\-]+){0,2}?[\s\-]+(killers?|beaters?|rivals?|challenger|competitor)(?![^\W\d_])",
                          re.IGNORECASE)
# (evade36) a brand named as the grade or the look of goods: right after it a word for quality or grade ("Gucci quality",
# "(Rolex grade)", "LV-level", "Gucci品质", "샤넬급"), or right before it "looks like (a)", "same quality as", "as good as"
# and their usual forms in other languages; _graded_by counts it only beside another brand named plainly
_GRADE_WORDS = (r"quality|grade|level|standard|calidad|qualit[aä]t|qualit[eé]|qualit[aà]|qualidade|kwaliteit|jako[sś][cć]|"
                r"качества?|kalite|kualitas|ch[aấ]t l[uư][oợ]ng")
_GRADE_GATE = re.compile(rf"(?i)(?:{_GRADE_WORDS})(?![^\W\d_])|品质|品質|质量|级|級|水准|水準|품질|급|looks?\s+(?:just\s+)?like|"
                         r"same quality as|as good as|sieht aus wie|ressemble [aà]|parece (?:un|una)|выглядит как")
_GRADE_AFTER = re.compile(rf"(?i)[ \t]?-?[ \t]?(?:{_GRADE_WORDS})(?![^\W\d_])|[ \t]?(?:品质|品質|质量|级|級|水准|水準|품질|급(?![\uac00-\ud7af]))")
_LOOKS_BEFORE = re.compile(r"(?i)(?:(?<![^\W\d_])looks?\s+(?:just\s+|exactly\s+)?like|same quality as|as good as|"
                           r"(?<![^\W\d_])(?:qualit[eéàa]|calidad|qualidade|qualit[aä]t|kwaliteit)(?:\s+(?:de|di|da|du|von))?|"
                           r"sieht aus wie|ressemble [aà]|parece|выглядит как)\s+(?:an?\s+|the\s+|eine?\s+|une?\s+|una?\s+)?$")
# (fresh53b) a logo named: "with the Rolex logo", "mit Gucci-Logo", "con logotipo", "логотип", "berlogo", "logolu"
_LOGO = re.compile(r"(?<![a-z])(?:ber)?logo(?:s|tipo|tipos|tip|tipom|type|su|lu|lar|lari|m)?(?![a-z])")
_REPRO_ADMISSIONS = frozenset(t.casefold() for t in REPRO_ADMISSIONS)  # (fresh53b) config.REPRO_ADMISSIONS
_PITCHES = frozenset(t.casefold() for t in COPY_PITCHES)  # the copy seller's pitches (config.COPY_PITCHES)
_WORK_FOR_HIRE = frozenset({"work for hire"})
# the program named as what is sold in a title of work words ("CAD drafting software licence")
_PROGRAM_WORDS = re.compile(r"(?<![a-z])(?:software|licen[cs]es?|licencia|lizenz|licenza|licenca|licencja|program)(?![a-z])")


class _BrandWords(BrandWords):
    def __init__(self, judge: Judge, brand: Brand, listing_category: str | None) -> None:
        self.judge = judge
        self.brand = brand
        self.listing_category = listing_category
        self.own = judge.brand_sectors(brand).sectors

    @cached_property
    def categories(self) -> set[str]:
        return {_singular(c.split()[-1].casefold()) for c in self.brand.categories if c.strip()}

    @cached_property
    def in_accessory_category(self) -> bool:
        """Listed in a category of the brand that is itself accessories ("accessories" of Canada Goose;
        a parts category is `parts`)."""
        return any(category_matches(self.listing_category, c) and self.judge.is_accessory_category(c)
                   and "part" not in c for c in self.brand.categories)

    @property
    def parts(self) -> bool:
        return "part" in self.categories

    def sells(self, noun: str) -> bool:
        # a noun naming a category of the brand ("charger" for Samsung), anything listed in the brand's own
        # accessories category, or a part of a brand that sells parts ("Toyota oil filter")
        return (_singular(noun.split()[-1].casefold()) in self.categories or self.in_accessory_category
                or self.parts and noun not in ADD_ONS or self.consumables_filed and noun.casefold() in CONSUMABLE_NOUNS)

    @cached_property
    def consumables_filed(self) -> bool:
        """Listed in a category of the brand that is itself consumables (Gillette's "razor blades", a printer maker's
        "ink"): a refill or a cartridge named after the brand there is its own (CONSUMABLE_NOUNS, refills31)."""
        return bool(self.listing_category) and any(
            _singular(c.split()[-1].casefold()) in _CONSUMABLE_HEADS and category_matches(self.listing_category, c)
            for c in self.brand.categories if c.strip())

    def is_own(self, word: str) -> bool:
        return bool(self.own) and not self.judge.word_sectors(word).isdisjoint(self.own)

    def is_product(self, word: str) -> bool:
        return bool(self.judge.word_sectors(word))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Accessory nouns that stay add-ons even for a brand that sells parts ("Land Cruiser floor mats").
ADD_ONS = frozenset({"cover", "covers", "seat covers", "mats", "floor mats", "organizer", "organizers", "hanger",
                     "sticker", "stickers", "decal", "decals", "case", "cases", "holder", "mount", "stand", "skin",
                     "skins", "sleeve", "strap", "straps", *phrasebook.CASE_NOUNS_ALONE,
                     *phrasebook.terms(phrasebook.POSTPOSITIONS)})  # "Honda için kılıf": made for it, not a part
LIKENESS_WORDS = frozenset(LIKENESS)
_SECTOR_NAMES = {
    "apparel": "apparel & accessories", "luggage_bags": "luggage & bags", "electronics": "electronics",
    "software": "software", "vehicles": "vehicles & parts", "food": "food & beverages",
    "health_beauty": "health & beauty", "baby": "baby & toddler", "toys_games": "toys & games", "media": "media",
    "arts_entertainment": "arts & entertainment", "decor": "home decor", "household": "household",
    "furniture": "furniture", "hardware": "hardware", "sporting_goods": "sporting goods",
    "animals_pets": "animals & pet supplies", "office": "office supplies", "travel": "travel",
    "industrial": "business & industrial",
}


def _names(sectors: frozenset[str]) -> str:
    return " / ".join(_SECTOR_NAMES.get(s, s) for s in sorted(sectors))


_MARKED_NOT = frozenset(t.casefold() for t in phrasebook.terms(phrasebook.POSTPOSITIONS)
                        + phrasebook.terms(phrasebook.NEAR_POSTPOSITIONS) + phrasebook.PART_NOUNS)


def _decorated(term: str | None) -> bool:
    """An accessory frame whose goods a mark beside the brand's name decorates (rule `marked`): an accessory noun
    ("case", "seat covers"), a phrase naming another product ("case for" an iPhone), a category of accessories; not a
    likeness, a comparison, a suffix ("-compatible", "-style"), a postposition ("専用", "用", "対応": made for the product
    the name and pattern name), a spare part or an aftermarket word."""
    term = term or ""
    return not (term.startswith(("-", "like: ", "after: ", "ingredient: ", "tool: ", "disclaimer: "))
                or term.casefold() in _MARKED_NOT or _replaces(term))


# right before a logo word said of the goods themselves ("with logo", "w/ logo", "and logo", "full logo")
_BARE_LOGO_BEFORE = frozenset("with w and plus full printed engraved embossed the big small con avec mit com".split())
# between a fitting phrase and the product it names ("for the LV monogram Speedy", "pour votre", "para tu")
_FITTED_GAP = frozenset("a an the your my all any un une le la les l votre ton ta tes vos el los las tu tus su sus "
                        "il lo gli i tuo tua der die das den dem ihr ihre dein deine o os as seu sua de of".split())


def _original(text: ListingText, e: Evidence) -> tuple[int, int]:
    offset = len(text.title) + 1 if e.field == "description" else 0
    return e.start + offset, (e.end if e.end is not None else e.start) + offset


def _same_span(a: Evidence, b: Evidence) -> bool:
    return a.field == b.field and a.start is not None and b.start is not None and a.start < (b.end or 0) and b.start < (a.end or 0)


def _word_of(noun: str, mark: str) -> bool:
    """The subject's noun is one word of a longer mark as found ("repair" in "advanced night repair ...")."""
    noun = noun.strip()
    return bool(noun) and noun in mark and len(mark) > len(noun) + 1


# (seized33) a mark spelled letter by letter with full stops or spaces ("A.D.I.D.A.S.", "G U C C I")
_SPELLED = re.compile(r"^(?:[^\W\d_][.· -]){2,}[^\W\d_]\.?$")


def _song_title(reading: Reading, e: Evidence) -> bool:
    """(seized33, issue 9) A mark spelled out letter by letter in the title of a record, sheet music or a songbook
    (subject.is_record: "Korn – A.D.I.D.A.S. 7" vinyl single"): the song's title as written, not a disguise."""
    subject = reading.subject
    if e.rule is not Rule.confusable or subject is None or subject.kind != "a work" or not e.text or _SPELLED.match(
            e.text.strip()) is None:
        return False
    listing = reading.listing
    return is_record(subject.noun) or (noun := media_work(listing.title, listing.category)) is not None and is_record(noun)


def _disguise(e: Evidence) -> bool:
    """A disguised mark (C0ACH, Gu✨cci, Bоse with a Cyrillic о); not a mark written without its accents
    ("Nestle" for Nestlé, "L'Oreal"), which is how most people type it."""
    if e.rule not in DISGUISE_RULES or e.everyday:
        return False
    return not written_without_accents(e)


def _denies_next(reading: Reading, evidence: list[Evidence], after: Negation, end: int) -> bool:
    """The negation read after a mention ending at original offset `end` is the one before a later mention of the
    brand ("Michelin tyre (not affiliated with Michelin)"): it denies that one, not the first."""
    text = reading.text
    for o in evidence:
        if o.rule in IDENTITY_RULES and o.start is not None and o.field in ("title", "description"):
            o_start = _original(text, o)[0]
            if o_start > end and (before := reading.negations.before(o_start)) is not None and (
                    before.start < after.end and after.start < before.end):
                return True
    return False


def _two_marks(identity: list[Evidence]) -> bool:
    """Two different marks of the brand, registered as no everyday words, in separate places."""
    strong = [e for e in identity if not e.everyday and e.start is not None]
    return any(a.fingerprint != b.fingerprint and not _same_span(a, b) for i, a in enumerate(strong) for b in strong[i + 1:])


def _spells_mark(negation: Negation, e: Evidence) -> bool:
    """The negation word is the mark's own first letters ("Ne spresso", "No kia"): part of a split mark."""
    if not e.term or not e.text or negation.end < 0:
        return False
    said = re.sub(r"[^a-z0-9]", "", latin_text(negation.phrase))
    joined = re.sub(r"[^a-z0-9]", "", latin_text(negation.phrase + e.text))
    return bool(said) and len(joined) > len(said) and joined == re.sub(r"[^a-z0-9]", "", latin_text(e.term))


def _said_aloud_syllable(text: ListingText, negation: Negation, evidence: list[Evidence]) -> bool:
    """The negation word is a syllable of a mark said aloud ("can non" for Canon in a voice transcript: the listing's
    words heard as the mark, detectors/said_aloud.py), not a denial (issue 9, glyphs28)."""
    for f in evidence:
        if f.rule is Rule.phonetic and f.start is not None and f.detail.startswith("the mark said aloud"):
            start, end = _original(text, f)
            if start <= negation.start and negation.end <= end:
                return True
    return False


_MATERIAL_GAP_END = re.compile(r"[,;|()\[\]\n]|\s[-–—]\s|(?<![a-z])(?:for|für|para|pour|per|для|with|con|avec|mit)(?![a-z])",
                               re.IGNORECASE)
_MODEL_WORDS = re.compile(r"^(?:[\s\-]+(?:[A-Za-z]*\d[\w\-]*|[A-Z][A-Za-z]*|pro|max|plus|mini|ultra|lite|air|series))*[\s\-]*$")


def _right_after(text: ListingText, denied: list[Evidence], e: Evidence) -> Evidence | None:
    """The denied mention that `e` follows through model-like words only ("Bose QC45", "Dyson V15 Detect")."""
    if e.start is None:
        return None
    for d in denied:
        if d.field == e.field and d.end is not None and d.end <= e.start and e.start - d.end <= 40:
            offset = len(text.title) + 1 if e.field == "description" else 0
            if _MODEL_WORDS.match(text.original[d.end + offset:e.start + offset]):
                return d
    return None


# Copy cues with an everyday sense far from a brand's goods: a museum "replica", an "imitation" leather, a "fake" plant.
EVERYDAY_COPY_WORDS = frozenset({"replica", "replicas", "imitation", "fake", "knockoff", "knock off", "counterfeit"})
# The replica trade's words that name nothing else, anywhere: they count far from the brand's goods too.
FAR_CUES = frozenset({"super copy", "high copy", "高仿", "原单", "精仿", "a货", "仿品", "1比1", "一比一", "超a"})
# Copy cues that alone are also grades, sizes and ratios elsewhere ("mirror quality" a polish, "AAA" a pearl's grade or a
# battery size, "1:1" a scale): far from the brand's goods these count two together ("1:1 AAA").
AMBIGUOUS_GRADES = frozenset({"aaa", "aaa+", "aaaaa", "1:1", "1 : 1", "mirror quality", "mirror copy", "mirror grade"})
# "<the brand's product> included", "comes with the AirPods Pro", "+ Rolex Submariner", "含 AirPods": the product itself
# comes with the accessory (accessory_decoy); in the languages of phrasebook.py
_INCLUDED_BEFORE = re.compile(r"(?:includ\w*|comes? with|bundled? with|together with|(?<![\w-])plus|(?<![\w-])\+|inkl\w*|incluye|incluido|"
                              r"incluida|inclus|в комплекте|含|包含|附带|附帶|同梱|付き)"
                              r"[^\w]*(?:(?:the|a|an|original|genuine|real|full|complete|el|la|le|les|der|die|das|"
                              r"den|il|o|a)[^\w]+)*$")
_INCLUDED_AFTER = re.compile(r"^[^\w,;.|()]*(?:[^\s,;.|()]+(?:(?<=\d)\.(?=\d)[^\s,;.|()]+)*\s+){0,10}?(?:is\s+|are\s+)?(?:included|inclusive|inside|incl|in the box|"
                             r"inclu[ií]d[oa]s?|inclus[oa]?|incluse|incluses|inclusi|inklusive|inkl|inbegriffen|enthalten|"
                             r"dabei|mitgeliefert|inclusief|inbegrepen|w zestawie|w komplecie|w cenie|в комплекте|"
                             r"включен[аоы]?|в наборі|у комплекті|dahil|termasuk|kèm theo|同梱|付属|付き|附带|附帶|"
                             r"包含|含|포함)(?!\w)")
# a product noun said to ship with the accessory: "watch inside", "earbuds in the case", "comes with the styler"
# what a description may say the listing sells instead of goods (subject.py's kinds), read in its first characters
_ABOUT_WORK = frozenset({"a service", "a work", "a service using", "a rental", "a guide"})
_NOT_ABOUT = frozenset({"a wanted post", "a vehicle", "a post"})
_ABOUT_CHARS = 300
# Words that say the goods carry another brand or none, or are a fan's own work: beside them a disclaimer of
# affiliation is the truth of the listing, not boilerplate (Judge.boilerplate). Source: written for this module from
# how dupe, store-brand and fan-art listings describe their goods.
OTHER_GOODS = ["own brand", "own-brand", "our brand", "our own design", "own design", "our design", "no logo",
               "no logos", "without logo", "no branding", "unbranded", "non-branded", "no brand", "generic", "fan made",
               "fan-made", "fanmade", "fan art", "fanart", "fan work", "unofficial", "handmade", "hand made",
               "hand-made", "parody", "homage", "sin marca", "sin logo", "ohne logo", "ohne marke", "sans logo",
               "sans marque", "senza logo", "senza marca", "sem logo", "sem marca", "无logo", "无标", "无品牌",
               "ノーブランド", "ロゴなし", "노브랜드"]


# (not "no watch included", "earbuds not included": the negation word is captured and the match refused)
_PRODUCT_INCLUDED = re.compile(
    r"(?<![a-z])(?P<not>(?:no|not|without|sin|sans|ohne|senza|sem|zonder|bez)\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:is\s+|are\s+)?(?:included|inside|in the (?:box|case|bag|pouch)|ships inside|incluid[oa]s?|inclus(?:es?)?|"
    r"inklusive|inbegriffen|enthalten|dabei|inclus[oa]|incluidos|inbegrepen)(?![a-z])"
    r"|(?:comes? with|with the|plus the|includ[a-z]* the|bundled with the|incluye(?: el| la| los| las)?|inklusive"
    r"(?: der| die| das| den)?|inclut (?:la|le|les))\s+(?P<noun2>[a-z]+(?:\s+[a-z]+)?)")
_NOT = frozenset({"no", "not", "without", "non", "nicht", "kein", "keine", "sin", "sans", "ohne", "senza", "sem", "niet",
                  "nie", "nao", "ne", "bez", "bu", "mei"})  # Polish, Portuguese não, Russian не, без; 不/没 (latin view)
# goods of whatever the brand makes, said to ship in the accessory ("device included", "Gerät inklusive", 含商品)
_GENERIC_GOODS = frozenset({"product", "device", "unit", "appliance", "original", "gerat", "produkt", "aparato", "producto",
                            "appareil", "produit", "dispositivo", "prodotto", "aparelho", "produto", "urzadzenie",
                            "ustroystvo", "tovar", "pribor"})
_WIDE_GOODS_INCLUDED = re.compile(r"(?:包含|含有|内含|內含|附带|附帶|含|带|帶|附|同梱|付き)\s*(?:商品|产品|產品|本体|本體|主机|主機|"
                                  r"机器|機器|原机|原機|设备|設備|正品|原装|原裝)|(?:本体|本體|商品|产品|產品)\s*(?:同梱|付き|付属|包含|在内|在內)")
# add-ons that ship with an accessory and are no goods of the brand ("cleaning cloth included", "lanyard included")
_ADD_ON_WORDS = frozenset({"cloth", "lanyard", "manual", "box", "pouch", "cable", "cables", "battery", "batteries",
                           "charger", "remote", "adapter", "tips", "pads", "cushions", "brush", "refill", "refills", "strap", "hook", "screws",
                           "sticker", "stickers", "tool", "card", "instructions", "protector", "film", "glass"})
_REPLACES = frozenset(t.casefold() for t in phrasebook.terms(phrasebook.REPLACES))
def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w.casefold()) + ("" if any(is_wide(c) for c in w) else r"(?!\w)")
                    for w in sorted(set(words), key=longest_first))


# a mark followed by what carries it on goods, at most two words between ("Coach leather tag", "LV monogram")
_CARRIER_AFTER = re.compile(r"[\s\-–—:'’\"]*(?:[^\s,;.|()/+&\-–—]+\s+){0,2}?(%s)" % _alternation(
    phrasebook.terms(phrasebook.MARK_CARRIERS) + phrasebook.terms(phrasebook.LOGO_WORDS)))
_CARRIER = re.compile(r"(?<!\w)(?:%s)" % _alternation(phrasebook.terms(phrasebook.MARK_CARRIERS)
                                                    + phrasebook.terms(phrasebook.LOGO_WORDS)))
# a logo word right before a mark, "of" words between ("logo Nike", "con el logo de Gucci", "Logo von Adidas")
_LOGO_BEFORE = re.compile(r"(?<!\w)(%s)[\s\-:]+(?:(?:of|the|de|del|la|el|du|des|von|der|di|do|da)\s+){0,2}$"
                          % _alternation(phrasebook.terms(phrasebook.LOGO_WORDS)))
_NOT_BETWEEN = re.compile(r"(?<!\w)(?:no|not|without|w/o|sin|sans|ohne|senza|sem|zonder|bez|без|non|kein|keine|"
                          r"keinem|nessun|无|無|没有|沒有|不带|不帶)(?!\w)")
# the framed goods show the product's own mark through them ("clear case, shows off the Apple logo")
_SHOWS_BEFORE = re.compile(r"(?<!\w)(?:shows?|showing|show off|shows off|showcases?|displays?|displaying|reveals?|"
                           r"see|through|keeps?|visible)[\s\-]+(?:[^\s,;.|()]+\s+){0,3}[^\s,;.|()]*$")
# a platform's games copied in bulk onto a cartridge, card or console: "with 500 games", "10000 games built in",
# "preloaded 3000+ games", "5000 in 1", "500 juegos", "内置 500 游戏" (latin view: 游戏 reads "you xi"); a hundred or more,
# more than any honest lot of cartridges; not "holds 100 games", "case for 120 games", "storage for 200 games"
_GAMES = r"(?:games|juegos|jeux|spiele|jogos|giochi|gier|igr|igry|oyun|game|you xi|gemu|geim)"
_PRELOADED_GAMES = re.compile(
    r"(?:(?<![a-z0-9])(?:with|w/|preloaded|pre-loaded|pre loaded|built-in|built in|con|avec|mit|com|plus|\+|nei zhi)\s*"
    r"(?:over\s+|more than\s+)?[1-9]\d{2,5}\s*\+?\s*(?:retro\s+|classic\s+)?" + _GAMES + r"(?![a-z])"
    r"|(?<![0-9a-z])[1-9]\d{2,5}\s*\+?\s*(?:retro\s+|classic\s+)?" + _GAMES
    + r"\s+(?:built[- ]?in|preloaded|pre-loaded|included|installed|inside)(?![a-z])"
    r"|(?<![0-9])[1-9]\d{2,5}\s*in\s*1(?![0-9]))")
# a refusal right before a mention or a logo word ("no Coach tag", "without the Gucci logo", "sin logo de")
_NOT_BEFORE = re.compile(r"(?<!\w)(?:no|not|without|w/o|sin|sans|ohne|senza|sem|zonder|bez|без|non|kein|keine|keinem|"
                         r"pas de|nessun)[\s\-]+(?:[^\s,;.|()]+\s+){0,4}[^\s,;.|()]*$")


# the spellings of a mark that no honest comparison writes (`Judge._disguised_mark`); the name as a script or a
# language writes it (exact, alias, variant, transliteration, glued into a hashtag) is not among them
LIKENESS_DISGUISES = frozenset({Rule.fuzzy, Rule.doubled, Rule.confusable, Rule.skeleton, Rule.intrusion, Rule.phonetic,
                                Rule.vowel_drop, Rule.markup, Rule.upside_down, Rule.reversed, Rule.fancy_letters, Rule.components})
_NAME_AS_WRITTEN = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.transliteration, Rule.glued})


# spelling edits that can land on another language's word ("Devis" is French, "Jodan" Spanish); look-alike letters,
# symbols inside a mark and markup cannot
_SPELLING_EDITS = frozenset({Rule.fuzzy, Rule.doubled, Rule.phonetic, Rule.vowel_drop})


def _a_word(text: str | None, mark: str | None) -> bool:
    """Whether a word of `text` that is no word of the registered `mark` is a word of some language
    (language.LANGUAGES, wordfreq's small lists, Zipf 3 or more)."""
    own = set(_TOKEN.findall(latin_text(mark or "")))
    words = _TOKEN.findall(latin_text(text or ""))
    changed = [w for w in words if w not in own] or words  # "levi" of Levi's is a word of its own
    table = word_table()
    return any(table.frequencies(w) for w in changed)


def _inside(e: Evidence, outer: Evidence) -> bool:
    """Whether `e`'s span lies within `outer`'s, in the same field."""
    return (e.field == outer.field and None not in (e.start, e.end, outer.start, outer.end)
            and outer.start <= e.start and e.end <= outer.end)




def _overlap(e: Evidence, other: Evidence) -> bool:
    """Whether the two spans share a character, in the same field."""
    return (e.field == other.field and None not in (e.start, e.end, other.start, other.end)
            and e.start < other.end and other.start < e.end)


def _hidden(e: Evidence) -> bool:
    """Whether the mention is no name as a writer types it: invisible format characters inside it (the latin view drops
    them: "Ro\u200blex"), or alternating case ("cAnOn", normalise.alternating_case)."""
    return bool(e.text and (INVISIBLE_FORMAT.search(e.text) or alternating_case(e.text, e.term)))


# the goods' hardware and trims that carry a brand's initials ("GG buckle", "C hardware", "LV clasp", "MK charm")
_HARDWARE = (r"buckles?|hardware|clasps?|plaques?|turn ?locks?|locks?|charms?|emblems?|monograms?|canvas|prints?|"
             r"patterns?|engravings?|engraved|stamps?|stamped|tags?|plates?|pendants?|logos?|zip pulls?|pulls?|"
             r"studs?|rivets?|snaps?|buttons?|jacquard|webbing|lining|motifs?|details?|cut ?outs?")
_HARDWARE_AFTER = re.compile(r"^[\s-]{0,2}(?:[a-z]+[\s-]){0,1}(?:" + _HARDWARE + r")(?![a-z])", re.IGNORECASE)


def _initials_on_goods(original: str, name: str) -> str | None:
    """The brand's initials in capitals on the goods' hardware ("GG buckle", "C hardware", "LV clasp", "MK gold
    charm"), as written, else None: initials of the brand's name (its words' first letters: LV, MK, TNF; a one-word
    name's first letter, single or doubled: C, CC, G, GG), a word of their own in capitals, a hardware or trim noun
    (perhaps after one adjective) right after them. A generic "D-ring hardware" or "O-ring" is no brand's initial."""
    words = re.findall(r"[A-Za-z]+", latin_text(name))
    if not words:
        return None
    first = "".join(w[0] for w in words).upper()
    keys = {first} | ({first * 2} if len(first) == 1 else set())
    for m in re.finditer(r"(?<![A-Za-z0-9'’])([A-Z]{1,3})(?![A-Za-z0-9'’])", original):
        if m.group(1) in keys and original[m.end():m.end() + 1] not in ("-",) and (
                after := _HARDWARE_AFTER.match(original[m.end():m.end() + 30])) is not None:
            return original[m.start():m.end() + after.end()]
    return None


def voided_by_denied_maker(accessory: Evidence) -> bool:
    """(admit55) Whether a denied maker (admitted.py's `denied_maker`: "not made by Gillette" beside Gillette's blades)
    voids this accessory frame: only the frame it makes itself, a disclaimer ("not made by"), or a listing filed among
    parts; a part named after what it fits ("Apple Watch band, not made by Apple") stays the third party's."""
    return (accessory.term or "").startswith(("disclaimer: ", "category: "))


def likeness(term: str | None) -> bool:
    """A likeness frame of accessory.py: "-style", "-inspired", "風", "tipo" … after the brand or a comparison before it."""
    term = term or ""
    return term.startswith("like: ") and not term.startswith("like: ingredient") or (
        term.startswith("-") and term[1:] in LIKENESS_WORDS)


_LOGO_REFUSED_BEFORE = re.compile(r"(?<![a-z0-9])(?:%s)[^a-z0-9]*$" % "|".join(
    re.escape(latin_text(w)).replace(r"\ ", r"[^a-z0-9]+") for w in sorted(phrasebook.LOGO_REFUSED_BEFORE, key=longest_first)))
_LOGO_REFUSED_AFTER = re.compile(r"^[ \-]*(?:%s)(?![a-z0-9])" % "|".join(
    re.escape(w).replace(r"\ ", r"[^a-z0-9]+") for w in sorted(phrasebook.LOGO_REFUSED_AFTER, key=longest_first)))


def tagged_brands(by_brand: dict[int, list[Evidence]], description: str) -> int:
    """(fresh54b) How many brands of `by_brand` the description's search-tag lists name (tag_lines.tag_spans), counted
    before the stronger readings drop the weak ones ("#apple #coach #samsung #bmw": four brands searched for)."""
    if not any(e.field == "description" for found in by_brand.values() for e in found) or not (
            spans := tag_spans(description)):
        return 0
    return sum(1 for found in by_brand.values() if any(
        e.rule in IDENTITY_RULES and e.field == "description" and e.start is not None and e.end is not None
        and any(s <= e.start and e.end <= t for s, t in spans) for e in found))


def _logo_refused(original: str, f: Found) -> bool:
    """The logo word is refused: "no logo", "sin logo", "custom logo", "logo cutout", "无logo", "ロゴなし", "로고 없음"."""
    before = original[max(0, f.start - 14):f.start]
    after = original[f.end:f.end + 18]
    if _NOT_BEFORE.search(original[max(0, f.start - 40):f.start].casefold()):
        return True  # "without the Levi's logo", "no Gucci logo"
    if before.rstrip().endswith(phrasebook.LOGO_REFUSED_WIDE_BEFORE) or after.lstrip().startswith(
            phrasebook.LOGO_REFUSED_WIDE_AFTER):
        return True
    after_latin = latin_text(after)
    return bool(_LOGO_REFUSED_BEFORE.search(latin_text(before)) or _LOGO_REFUSED_AFTER.match(after_latin))


# the fitting words of an accessory that names what it fits after it ("controller for PS5", "para", "für"): with the brand
# named before and its own part claimed original before the word, the part is the brand's own (Judge._genuine_part)
_FOR_WORDS = frozenset({"for", "para", "pour", "per", "für", "fur", "voor", "do", "для", "için", "icin"})


def _replaces(term: str | None) -> bool:
    """An aftermarket phrase before the mention ("replaces", "generic") or a third party's word after its part number
    ("after: equivalent", accessory.py)."""
    return (term or "").casefold() in _REPLACES or (term or "").startswith("after: ")


# Words of a brand's category that say it sells prescription medicines (Judge.sells_medicines).
MEDICINE_CATEGORY_WORDS = frozenset({"prescription", "rx", "pharmaceuticals", "pharmaceutical", "medicines", "drugs"})


# (honest26) the licensing phrases of the accessory lexicon (config.DEFAULT_ACCESSORY_PHRASES) and accessory.FITTING's
# "-licensed": a third party's goods made under the brand's licence, never beside a copy cue
LICENSING = frozenset({*LICENSING_PHRASES, "licensed", "licenced"})


def _negation_note(text: ListingText, negation: Negation, e: Evidence) -> Evidence:
    field, start, end, matched = text.locate(negation.start, negation.end)
    if negation.phrase in ("v", "v."):  # negation._PARTY: a case name's other party
        return Evidence(Rule.negation, 0.0, None, field, start, end, matched, negation.phrase,
                        detail=f"'{negation.phrase}' before '{e.text}': a lawsuit's other party, not the goods' brand")
    if negation.refusal:
        return Evidence(Rule.negation, 0.0, None, field, start, end, matched, negation.phrase,
                        detail=refusal_note(negation.phrase, e.text))
    return Evidence(Rule.negation, 0.0, None, field, start, end, matched, negation.phrase,
                    detail=f"'{negation.phrase}' before '{e.text}': the listing says it is not the brand's product")


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


# size and style cues that claim no copy (config.DEFAULT_SIZE_CUES without those in DEFAULT_COPY_CUES: "oem", "inspired",
# "unbranded", "lookalike", "grade a", 同款): beside a part inside another maker's goods no claim of a copy (_claims_copy)
_STYLE_CUES = frozenset(t.casefold() for t in DEFAULT_SIZE_CUES) - frozenset(t.casefold() for t in DEFAULT_COPY_CUES)


# (words56) the word "original" this frequent in its language (once in 1,000,000 words: wordfreq's Zipf 3), written with that
# language's own accented letters, is that word ("oriģināls", Zipf 4.0 in Latvian), not a mark drawn with accents
OWN_ACCENTS_ZIPF = 3.0


def _own_accents(text: str, language: str) -> bool:
    """(words56) Whether `text` is the word "original" (misspellings.ORIGINAL_WORDS) written with accented letters, every
    one a letter `language` writes (phrasebook.ORTHOGRAPHY, CLDR's exemplar letters): "oriģināls" in Latvian. Pure."""
    letters = phrasebook.ORTHOGRAPHY.get(language)
    accented = [c for c in text.casefold() if not c.isascii() and c.isalpha()]
    return bool(letters and accented) and all(c in letters for c in accented) and (
        latin_text(text).casefold().strip() in ORIGINAL_WORDS | {"original", "originals"})


_TAG_BREAKS = ",;|#\n、，；"


def _tag_around(description: str, start: int, end: int) -> tuple[int, int]:
    """(pages57) The span of the one tag of a list that holds description[start:end] (tags cut at tag_lines' breaks)."""
    left = max(description.rfind(c, 0, start) for c in _TAG_BREAKS) + 1
    right = min([i for i in (description.find(c, end) for c in _TAG_BREAKS) if i >= 0] or [len(description)])
    return left, right
