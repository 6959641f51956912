"""The adversary's generator: for every brand of a registry file, many labelled variants of every class.

    cases = generate()                     # deploy/seed/registry.yaml, seed 9
    cases = generate(REGISTRY, seed=1, per_class=4)

A case is a Listing, the brands that must alert (its own brand for an evasion, none for a trap), the class it
belongs to and the brand it is about. The same registry and seed always give the same cases. The registry is
read as a file (brand marks, aliases, models, categories, price floors, authorized sellers); nothing of the
matcher is used.

Evasion classes (must alert) and trap classes (must stay quiet, names start with "trap_") follow issue 9.
"""

from __future__ import annotations

import functools
import pickle
import random
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TypeVar

import wordfreq
import yaml

from schemas import Listing
from tests.eval.adversary import chinese, context, disguises, lexicon, shape, sound, views
from tests.eval.adversary.words import common_words_near_marks

# the registry file's vocabulary lists and their kinds (brandsentry/registry.py's VOCABULARY_LISTS, read as a file)
VOCABULARY_LISTS = {"lines": "line", "logos": "logo", "nicknames": "nickname", "abbreviations": "abbreviation",
                    "local_names": "local_name", "imprints": "imprint", "specs": "spec", "street_names": "street_name",
                    "former_names": "former_name", "founders": "founder", "slogans": "slogan", "parents": "parent",
                    "designers": "designer", "gtin_prefixes": "gtin_prefix", "tickers": "ticker", "handles": "handle",
                    "hometowns": "hometown", "inscriptions": "inscription", "codenames": "codename",
                    "mascots": "mascot", "events": "event", "addresses": "address", "moments": "moment",
                    "founding_years": "founding_year",
                    "campaigns": "campaign", "sonic_logos": "sonic_logo", "meanings": "meaning",
                    "contract_makers": "contract_maker",
                    "defects": "defect",  # lore26
                    "firsts": "first", "spin_offs": "spin_off", "clubs": "club",  # lore28
                    "rankings": "ranking", "debuts": "debut",  # lore29
                    "grantee_codes": "grantee_code", "appearances": "appearance",
                    "identifiers": "identifier",  # codes27
                    "dimensions": "dimensions", "list_prices": "list_price",
                    "item_ids": "item_id",
                    "colours": "colour",  # look26
                    "ingredients": "ingredients",  # look26
                    "dealer_tools": "dealer_tool", "hotlines": "hotline"}
SEED_REGISTRY = Path(__file__).resolve().parents[3] / "deploy" / "seed" / "registry.yaml"

EVASIONS = {
    # classes that worked before issue 9
    "exact": "a registered mark as written, anywhere in the title",
    "alias": "a registered alias in another script, in a Chinese listing",
    "leetspeak": "digits and symbols for letters (B0$E)",
    "leetspeak_wide": "letters drawn with punctuation or currency signs (|\\|ike, ¢anon, P()wer), one or two per mark",
    "accents": "accents no language writes there (Ḃōśé)",
    "fullwidth": "full-width forms (ＢＯＳＥ)",
    "spaced": "a separator between every letter (B.O.S.E)",
    "model": "a model number with or without its separators",
    "cue": "a coded counterfeit cue (1:1, AAA, 原单) with the mark",
    "price": "the mark at a price far below the brand's floor",
    # the classes of issue 9
    "edit": "(1) one insert, delete, substitute or transpose at any position, the first letter included",
    "intrusion": "(2) a symbol, emoji or masked letter inside the mark; spaces between CJK characters",
    "lookalike": "(3) UTS #39 look-alikes: Cyrillic/Greek/Armenian letters, rn for m, cl for d, vv for w",
    "bidi": "(4) reversed inside a right-to-left override, displayed as the mark",
    "glued": "(5) glued to other words: #guccibelt, GucciBelt",
    "short_corroborated": "(6) one edit of a short or dictionary-looking mark, with category and cue or low price",
    "chinese_variant": "(7) the Traditional form of a Simplified alias or the reverse",
    "homophone": "(7) a same-pinyin character in an alias, with category and cue or low price",
    "model_lookalike": "(8) a model number with O/0, I/l/1, S/5, B/8, Z/2 swapped",
    # by sound (sound.py): corroborated, like the other weak candidates
    "transliteration": "a Latin mark written by its sound in katakana, Cyrillic, Greek, Arabic, Hebrew, Devanagari or Hangul",
    "transliteration_lines": "a brand's other marks (product lines: Galaxy Buds, Stan Smith) written by sound in those scripts",
    "phonetic": "a respelling by sound (ph/f, c/k/ck/q, x/ks, s/z, ee/i/y, oo/u, silent e)",
    "vowel_drop": "the mark with two vowels or more left out, its consonants kept",
    # counterfeits carrying words of the false-alert classes that do not apply to the brand
    "decoy_negation": "a counterfeit with a negation about something else (non-slip, not original box) or claiming to be authentic",
    "decoy_bundle": "a counterfeit sold with accessories named after the brand (with case and charger)",
    "miscategorised": "a counterfeit filed under a far category, its words still the brand's products",
    "foreign_listing": "a counterfeit written in German, French, Spanish, Italian or Portuguese",
    "decoy_seller": "a counterfeit from a seller whose id mimics an authorized seller's (nike-offical, on another marketplace)",
    # text shape and the replica trade's vocabulary (shape.py)
    "doubled": "letters of the mark repeated in two or three places (Guuccii, iiPPhone)",
    "split": "the mark cut by spaces into two or three pieces, also into two ordinary words (MICRO SOFT), corroborated",
    "glued_lower": "the mark glued in lower case to ordinary words, no hashtag or case change (guccibelt, newrolexwatch)",
    "combining": "combining marks on the mark's letters: nonspacing, enclosing, stacked (G̶u̶c̶c̶i̶, B⃝o⃝s⃝e⃝, zalgo)",
    "slang": "a weak mention (initials LV, TNF; a short misspelling) with the replica trade's words (UA, super clone, 7A)",
    # the way the text is written (views.py)
    "markup": "HTML inside the mark: character references (&#71;, &#x75;) or a letter in an inline tag (G<b>u</b>cci)",
    "upside_down": "the mark written upside down with turned letters, read from its end (xǝloɹ)",
    "reversed": "the mark spelt backwards (xelor, nottiuv siuol), no word of its own",
    "fancy_letters": "the mark in the CJK look-alike 'fancy font' alphabet (几丨Ҝ乇)",
    "pinyin": "a Chinese alias in toneless pinyin, syllable by syllable or run together (nai ke, luyiweideng), corroborated",
    "pinyin_initials": "the pinyin initials of a Chinese alias of three syllables or more in capitals (LYWD) beside a copy claim",
}
TRAPS = {
    "trap_accessory": "(9) brand first and the accessory after; -compatible, -style, -inspired, -type, for, fits",
    "trap_negation": "(10) not X, (not X), non-X, unlike X",
    "trap_far_meaning": "(11) a bare mark meaning something else, far from what the brand sells",
    "trap_everyday_sense": "an everyday-word mark in its everyday sense or as another firm's name, uncorroborated",
    "trap_foreign_word": "(12) real words of other languages one edit from a mark or folding onto one",
    "trap_replica": "(13) a replica of an everyday thing that shares a word with a mark",
    "trap_near_miss": "longer words and names containing or nearly a mark (Bösendorfer, Honduras)",
    "trap_split_phrase": "everyday phrases that spell a mark when glued (play station, air wrap, quiet comfort)",
    "trap_glued_word": "innocent hashtags and CamelCase words whose head is a mark (#marshmallow, #legolas)",
    "trap_skeleton_word": "real words whose UTS #39 skeleton is a mark (cloves -> doves, clunk -> dunk)",
    "trap_homophone": "everyday Chinese words with the pinyin of an alias, uncorroborated",
    "trap_script_words": "innocent listings in Russian, Japanese, Arabic, Korean, Greek, Hebrew, Hindi, Thai in the brand's categories",
    "trap_sound_alike": "real words and names that sound like a mark (relax, Samson, Hyundai, couch), in and out of its categories",
    "trap_authorized": "the brand's own authorized sellers",
    "trap_unrelated": "listings in the brand's categories that name no brand, at any price",
    "trap_trade_words": "the trade's words in their everyday sense (sales rep, batch of 12, factory sealed) beside initials",
    "trap_glued_nonword": "a mark inside a longer word whose rest is no word (as Bose in Bösendorfer), in the brand's category",
    "trap_split_common": "two ordinary words that spell a mark when joined (micro soft), uncorroborated",
    "trap_doubled_word": "real words that are a mark with a letter doubled (cannon), uncorroborated",
    "trap_pinyin_words": "pinyin of everyday words that is an alias's reading (ping guo, bo shi), initials in their own sense",
    "trap_text_views": "innocent HTML, turned letters, words that are a mark backwards (naive, tiver), the fancy alphabet's "
                       "characters in Chinese and Japanese words",
}
# Reported beside the others but held to no floor: beyond the classes of issue 9.
STRETCH_EVASIONS = {"stretch_stacked": "two disguises on one mark (look-alike + intrusion, leet + edit ...), corroborated"}
STRETCH_TRAPS = {"stretch_trap_comparison": "comparative listings naming no fake: 'a budget alternative to X', 'X vs ours'"}
CLASSES = {**EVASIONS, **TRAPS, **STRETCH_EVASIONS, **STRETCH_TRAPS}


def is_trap(kind: str) -> bool:
    """Whether nothing should alert on a listing of this class."""
    return kind in TRAPS or kind in STRETCH_TRAPS


def is_stretch(kind: str) -> bool:
    return kind in STRETCH_EVASIONS or kind in STRETCH_TRAPS


@dataclass(frozen=True)
class Case:
    kind: str
    brand: str
    expect: frozenset[str]
    listing: Listing


# ------------------------------------------------------------------------------------------ the registry


@dataclass
class Mark:
    value: str
    everyday: bool
    floor: tuple[float, str] | None = None  # the mark's or line's own price floor (registry `price_floor`)
    language: str | None = None  # the language the registry declares the word in (`language`), if any


@dataclass
class Model:
    value: str
    name: str
    floor: tuple[float, str] | None


@dataclass
class BrandView:
    """What a counterfeiter can learn about a brand from its registry entry."""

    id: str
    name: str
    iwg: str
    categories: list[str]
    marks: list[Mark]
    aliases: list[Mark]
    models: list[Model]
    floors: dict[str, tuple[float, str]]
    sellers: list[tuple[str, str]]
    everything: set[str] = field(default_factory=set)  # every mark and alias, case-folded
    # the words a market names the brand by (the registry's lines, logos, nicknames, abbreviations): (kind, word)
    vocabulary: list[tuple[str, Mark]] = field(default_factory=list)
    hints: list[Mark] = field(default_factory=list)  # the registry's `hints`: a logo or origin in a riddle's words

    def declared(self, kind: str) -> list[Mark]:
        """The brand's vocabulary words of one kind ("line", "logo", "street_name" ...), in the registry's order."""
        return [m for k, m in self.vocabulary if k == kind]

    @property
    def latin_marks(self) -> list[Mark]:
        return [m for m in self.marks if not chinese.is_cjk(m.value)]

    @property
    def disguisable(self) -> list[Mark]:
        """Marks worth disguising: Latin marks of four letters or more (three for an acronym like BMW), the brand's
        own name first."""
        marks = [m for m in self.latin_marks if not m.value.isdigit()
                 and len(disguises.letters(m.value)) >= (3 if not m.everyday and m.value.isupper() else 4)]
        marks.sort(key=lambda m: (_fold(m.value) != _fold(self.name), m.everyday))
        return marks

    @property
    def cjk(self) -> list[Mark]:
        return [m for m in self.marks + self.aliases if chinese.is_cjk(m.value)]


def _entry(value) -> Mark:
    if isinstance(value, str):
        return Mark(value, False)
    pf = value.get("price_floor")
    return Mark(value["value"], bool(value.get("everyday_word")), (pf["amount"], pf["currency"]) if pf else None,
                value.get("language"))


def higher_floor(a: tuple[float, str] | None, b: tuple[float, str] | None) -> tuple[float, str] | None:
    """The dearer of two floors (amount, currency), compared in CNY (CNY_PER); either may be None."""
    if a is None or b is None:
        return a or b
    return a if a[0] * CNY_PER.get(a[1], 1.0) >= b[0] * CNY_PER.get(b[1], 1.0) else b


def mark_floor(b: BrandView, mark: str) -> tuple[float, str] | None:
    """The floor of the brand's mark or line written `mark` (any case), if the registry gives it one."""
    key = _fold(mark)
    return next((m.floor for m in b.marks + [w for _, w in b.vocabulary] if m.floor is not None and _fold(m.value) == key),
                None)


def registry_doc(path: Path = SEED_REGISTRY) -> dict:
    """The registry file as parsed YAML, by libyaml when PyYAML has it (the same documents as yaml.safe_load on every
    registry of the repository, checked 2026-12-02; the pure-Python parser took ~1 s of CPU on the demo registry).
    Each call returns a document of its own (a caller may change it), parsed once a process while the file is unchanged:
    the generator's families ask per brand (sku_prefixes._taken, clues._rivals: 108 parses, ~40 of the ~97 CPU s of a
    first draw of 3 listings a cell, 2026-12-03), an unpickling costs ~5 ms, a parse ~200."""
    stat = Path(path).stat()
    return pickle.loads(_parsed(str(path), stat.st_mtime_ns, stat.st_size))


def registry_brand(brand_id: str, path: Path = SEED_REGISTRY) -> dict | None:
    """The registry's entry of one brand (the first of that id) as registry_doc has it, or None; shared by every caller:
    READ ONLY (registry_doc gives a copy of one's own). A family that reads a brand's list per listing asked registry_doc
    and unpickled the whole registry each time (27,608 unpicklings, ~100 of the ~130 CPU s of generate(seed=9),
    2026-12-05; issue 16); this is one dictionary look-up, the document parsed once a process while the file is unchanged."""
    stat = Path(path).stat()
    return _brands_by_id(str(path), stat.st_mtime_ns, stat.st_size).get(brand_id)


@functools.cache
def _brands_by_id(path: str, mtime_ns: int, size: int) -> dict[str, dict]:
    by_id: dict[str, dict] = {}
    for brand in pickle.loads(_parsed(path, mtime_ns, size))["brands"]:
        by_id.setdefault(brand["id"], brand)
    return by_id


@functools.cache
def _parsed(path: str, mtime_ns: int, size: int) -> bytes:
    doc = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)


def load_brands(path: Path = SEED_REGISTRY) -> list[BrandView]:
    doc = registry_doc(path)
    brands = []
    for b in doc["brands"]:
        models = []
        for m in b.get("models", []):
            m = {"value": m} if isinstance(m, str) else m
            pf = m.get("price_floor")
            models.append(Model(str(m["value"]), m.get("name", ""), (pf["amount"], pf["currency"]) if pf else None))
        floors = {f["category"]: (f["floor"]["amount"], f["floor"]["currency"]) for f in b.get("price_floors", []) if f.get("category")}
        view = BrandView(b["id"], b["name"], b["iwg"], list(b.get("categories", [])), [_entry(m) for m in b.get("marks", [])],
                         [_entry(a) for a in b.get("aliases", [])], models, floors,
                         [(s["marketplace"], s["seller_id"]) for s in b.get("authorized_sellers", [])])
        view.everything = {_fold(m.value) for m in view.marks + view.aliases}
        view.vocabulary = [(kind, _entry(w)) for name, kind in VOCABULARY_LISTS.items() for w in b.get(name, [])]
        view.hints = [_entry(h) for h in b.get("hints", [])]
        brands.append(view)
    return brands


def brand_views(path: Path = SEED_REGISTRY) -> tuple[BrandView, ...]:
    """load_brands(path), made once a process while the file is unchanged and shared by every caller: READ ONLY (the
    families' per-brand rival tables asked load_brands for each brand: 157 builds a draw; issue 16)."""
    stat = Path(path).stat()
    return _brand_views(str(path), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _brand_views(path: str, mtime_ns: int, size: int) -> tuple[BrandView, ...]:
    return tuple(load_brands(Path(path)))


T = TypeVar("T")


def one_of(s: Scene, items: Sequence[T]) -> T | None:
    """One of `items` drawn with the scene's generator, or None when there are none (the brand declares no such word)."""
    return s.rng.choice(items) if items else None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def script_of(name: str) -> str:
    """"ja" (kana), "ko" (Hangul), "ru" (Cyrillic), "cjk" (Han) or "latin": the script a registered name is written
    in, which picks the frames and cues of a listing around it (founders.py, hometowns.py)."""
    if any("\u3040" <= c <= "\u30ff" for c in name):
        return "ja"
    if any("\uac00" <= c <= "\ud7af" for c in name):
        return "ko"
    if any("\u0400" <= c <= "\u04ff" for c in name):
        return "ru"
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        return "cjk"
    return "latin"


@functools.lru_cache(maxsize=1 << 16)  # pure; ~4 million calls a generate(seed=9) on a few thousand strings (issue 16)
def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if ch.isalnum())


# ------------------------------------------------------------------------------------------ listing context


CNY_PER = {"CNY": 1.0, "USD": 7.2, "EUR": 7.8, "JPY": 0.048, "GBP": 9.1}  # rough; only "far below" prices are converted


class Scene:
    """Random but realistic surroundings for one brand: category, product words, price, marketplace."""

    def __init__(self, brand: BrandView, rng: random.Random, copy: bool = False):
        self.brand, self.rng = brand, rng
        self.copy = copy  # the listing is a counterfeit's: its unremarkable price is a copy's (`price`)

    def category(self, with_floor: bool = False) -> str:
        cats = [c for c in self.brand.categories if c in self.brand.floors] if with_floor else []
        return self.rng.choice(cats or self.brand.categories)

    def product(self, category: str) -> str:
        words = context.BRAND_PRODUCTS.get((self.brand.id, category)) or context.PRODUCTS.get(category, ([category], "", 50))[0]
        return self.rng.choice(words)

    def product_zh(self, category: str) -> str:
        return context.PRODUCTS.get(category, ([], "商品", 50))[1]

    def price(self, category: str, low: bool = False, currency: str | None = None) -> tuple[float, str]:
        """A price that does not stand out or one far below it (4-20 % of the floor), in the floor's currency. The
        first is, for a counterfeit's listing (`copy`), a copy's price (60-85 % of the floor: not low enough for the price
        rule, not a genuine unit's either, since the floor is the least a genuine new unit sells for; a plain mark at or
        above the floor with nothing of the copy trade is a retailer's listing, genuine.py's trap_new_retail_fair), and
        for an innocent one a shop's (100-160 % of the floor)."""
        amount, cur = self.brand.floors.get(category) or (context.PRODUCTS.get(category, ([], "", 50.0))[2], "USD")
        factor = (self.rng.uniform(0.04, 0.2) if low else self.rng.uniform(0.6, 0.85) if self.copy
                  else self.rng.uniform(1.0, 1.6))
        if currency and currency != cur:
            amount, cur = amount * CNY_PER[cur] / CNY_PER[currency], currency
        return round(max(amount * factor, 0.1), 2), cur

    def cue(self, zh: bool = False) -> str:
        return self.rng.choice(context.CUES_ZH if zh else context.CUES)

    def filler(self, zh: bool = False) -> str:
        return self.rng.choice(context.FILLERS_ZH if zh else context.FILLERS)

    def title(self, mark_text: str, product: str, cue: str | None = None) -> str:
        """The mark at the start, in the middle or at the end, with fillers, and the cue anywhere."""
        r = self.rng
        layout = r.randrange(7)
        cap = _cap
        if layout == 0:
            parts = [mark_text, product]
        elif layout == 1:
            parts = [product, mark_text]
        elif layout == 2:
            parts = [cap(self.filler()), mark_text, product]
        elif layout == 3:
            parts = [mark_text, product, self.filler()]
        elif layout == 4:
            parts = [cap(product), "-", mark_text, self.filler()]
        elif layout == 5:
            parts = [f"[{self.filler()}]", mark_text, product, "|", self.filler()]
        else:  # keyword stuffing: the mark lost among a dozen words
            stuffing = r.sample(context.FILLERS, k=5)
            parts = stuffing[:3] + [product, mark_text] + stuffing[3:] + [self.filler(), "hot", "trending"]
        if cue:
            parts.insert(r.choice([0, len(parts)]), cue)
        return " ".join(parts)

    def title_zh(self, mark_text: str, category: str, cue: str | None = None) -> str:
        r = self.rng
        parts = [mark_text, self.product_zh(category), self.filler(zh=True)]
        if r.random() < 0.3:
            parts = [self.filler(zh=True)] + parts[:2]
        if cue:
            parts.insert(r.choice([0, 1, len(parts)]), cue)
        return r.choice([" ", "", " "]).join(parts)


@dataclass
class Draft:
    title: str
    category: str | None
    price: tuple[float, str] | None
    description: str = ""
    marketplace: str | None = None
    seller: str | None = None


def _as_marketplace_writes(category: str, b: BrandView, rng: random.Random) -> str:
    """A registry category as marketplaces send it: a breadcrumb path or title case (Electronics > Headphones)."""
    if rng.random() < 0.6:
        return f"{context.DEPARTMENTS.get(b.iwg, 'All')} > {category.title()}"
    return category.title()


def _listing(draft: Draft, number: int, rng: random.Random) -> Listing:
    cur = draft.price[1] if draft.price else "USD"
    doc = {
        "marketplace": draft.marketplace or rng.choice(context.MARKETPLACES.get(cur, ["ebay"])),
        "listing_id": f"adv-{number:05d}",
        "title": draft.title,
        "description": draft.description,
        "seller": {"id": draft.seller or f"shop-{rng.randrange(10_000):04d}", "name": getattr(draft, "seller_name", ""),
                   "country": getattr(draft, "seller_country", None)},  # stated_reasons.py's slang prices set it
        "attributes": getattr(draft, "attributes", {}),  # legit.py's attributes_only / seller_name_only set these
        "url": getattr(draft, "url", None),  # hidden.py's url_slug sets it
        "images": getattr(draft, "images", []),  # peripheral.py's photo_named sets them
        "category": draft.category,
        "observed_at": "2025-03-01T12:00:00Z",
    }
    if draft.price:
        doc["price"] = {"amount": draft.price[0], "currency": draft.price[1]}
    return Listing.model_validate(doc)


# ------------------------------------------------------------------------------------------ evasions

Maker = Callable[[BrandView, Scene], Draft | None]


def _pick_mark(b: BrandView, s: Scene, marks: list[Mark] | None = None) -> Mark | None:
    marks = b.disguisable if marks is None else marks
    if not marks:
        return None
    return marks[0] if s.rng.random() < 0.5 else s.rng.choice(marks)


def _corroborated(b: BrandView, s: Scene, mark_text: str, strong: bool, *, zh: bool = False,
                  cue_only: bool = False) -> Draft:
    """A listing in the brand's category; `strong` adds a cue or a price far below the floor (`cue_only`: a cue)."""
    r = s.rng
    low = strong and not cue_only and r.random() < 0.4 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = s.cue(zh) if (strong and not low) or r.random() < 0.25 else None
    in_description = cue is not None and not (strong and not low) and r.random() < 0.5
    if zh:
        title = s.title_zh(mark_text, cat, None if in_description else cue)
        desc = r.choice(context.DESCRIPTIONS_ZH)
        price = s.price(cat, low=low, currency="CNY")
    else:
        title = s.title(mark_text, s.product(cat), None if in_description else cue)
        desc = r.choice(context.DESCRIPTIONS)
        price = s.price(cat, low=low)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(title, cat, price, desc)


def _needs_corroboration(mark: Mark) -> bool:
    return mark.everyday or len(disguises.letters(mark.value)) <= 5


def make_exact(b, s):
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday] or b.latin_marks)
    draft = _corroborated(b, s, disguises.recase(m.value, s.rng), strong=m.everyday)
    if s.rng.random() < 0.2:  # the mark only in the description, the title a plain product
        draft.description = f"{draft.title}. {draft.description}".strip()
        draft.title = _cap(s.product(draft.category))
    return draft


def make_alias(b, s):
    if not b.cjk:
        return None
    m = s.rng.choice(b.cjk)
    return _corroborated(b, s, m.value, strong=m.everyday, zh=True)


def _disguised(transform) -> Maker:
    def make(b: BrandView, s: Scene) -> Draft | None:
        m = _pick_mark(b, s)
        if m is None:
            return None
        written = disguises.recase(m.value, s.rng)
        text = transform(written, s.rng)
        if text == written:
            return None
        return _corroborated(b, s, text, strong=_needs_corroboration(m))
    return make


FOREIGN = {_fold(w) for _, w, _, _ in lexicon.FOREIGN_WORDS}


def make_accents(b, s):
    m = _pick_mark(b, s)
    if m is None:
        return None
    text = disguises.accents(m.value, s.rng)
    if _fold(text) in FOREIGN or unicodedata.normalize("NFC", text) == m.value:
        return None
    return _corroborated(b, s, text, strong=_needs_corroboration(m))


def _word_edit(mark: str, rng: random.Random, min_word: int, short_ok: bool = False) -> str | None:
    """One edit inside one word of the mark; no deletion that leaves a word under 4 letters (unless `short_ok`:
    "bse" for Bose, with strong corroboration) or drops the first letter of a word under 5 (ose, ike and hell are
    not read as Bose, Nike and Shell)."""
    pos = disguises.letter_positions(mark)
    words: list[list[int]] = []
    for k, p in enumerate(pos):
        if k and pos[k - 1] == p - 1:
            words[-1].append(p)
        else:
            words.append([p])
    words = [w for w in words if len(w) >= min_word]
    if not words:
        return None
    word = rng.choice(words)
    at = rng.randrange(len(word))
    if len(word) <= 3:  # an acronym stays readable only transposed or with a doubled letter: BWM, BMMW
        text = disguises.edit(mark, rng, op="transpose", at=pos.index(word[at]))
        if rng.random() < 0.4:
            i = pos.index(word[at])
            text = mark[:pos[i] + 1] + mark[pos[i]] + mark[pos[i] + 1:]
        return text
    ops = [op for op in disguises.EDIT_OPS
           if not (op == "delete" and ((len(word) <= 4 and not short_ok) or (at == 0 and len(word) < 5)))]
    return disguises.edit(mark, rng, op=rng.choice(ops), at=pos.index(word[at]))


COMMON_WORDS = common_words_near_marks()
# ordinary English words, wordfreq's list (not the matcher's symspellpy list): what a split or a doubling may spell
ENGLISH = frozenset(w for w in wordfreq.top_n_list("en", 50_000) if w.isalpha() and w.isascii())
ORDINARY = frozenset(w for w in wordfreq.top_n_list("en", 10_000) if w.isalpha() and w.isascii())  # what nobody reads as a disguise


def shape_key(text: str) -> str:
    """A word with every run of one letter written once (cannon, canon: canon)."""
    out = []
    for ch in _fold(text):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


DOUBLED_WORDS: dict[str, list[str]] = {}
for _w in sorted(ENGLISH):
    if len(_w) >= 4 and shape_key(_w) != _w:
        DOUBLED_WORDS.setdefault(shape_key(_w), []).append(_w)



def _is_new_spelling(text: str | None, mark: Mark) -> bool:
    """A misspelling a reader takes for the mark: not the mark, not another mark, not a common word (hike, hell)."""
    if not text or _fold(text) == _fold(mark.value) or _fold(text) in _ALL_MARKS or _fold(text) in FOREIGN:
        return False
    own = {_fold(w) for w in mark.value.split()}
    return not any(_fold(w) in COMMON_WORDS and _fold(w) not in own for w in text.replace("-", " ").split())


def make_edit(b, s):
    m = _pick_mark(b, s, [m for m in b.disguisable if not m.everyday])
    if m is None:
        return None
    text = _word_edit(disguises.recase(m.value, s.rng), s.rng, min_word=3)
    if not _is_new_spelling(text, m):
        return None
    return _corroborated(b, s, text, strong=_needs_corroboration(m))


# dictionary-looking misspellings a seller would type: (brand, misspelling)
DICTIONARY_MISSPELLINGS = [("samsung", "samsun"), ("samsung", "Samsun"), ("adobe", "abode"), ("canon", "cannon"),
                           ("sony", "sonny"), ("dyson", "tyson"), ("bosch", "bosh"), ("nike", "nikes"),
                           ("gucci", "gucchi"), ("rolex", "rollex"), ("lego", "legos"), ("prada", "prado")]


def make_short(b, s):
    """One edit of a short mark (or a dictionary-looking misspelling), always with strong corroboration."""
    r = s.rng
    known = [w for bid, w in DICTIONARY_MISSPELLINGS if bid == b.id]
    if known and r.random() < 0.35:
        text = r.choice(known)
    else:
        strong = [m for m in b.disguisable if not m.everyday]
        short = [m for m in strong if len(disguises.letters(m.value)) <= 5] or strong[:1]
        everyday = [m for m in b.disguisable if m.everyday and len(disguises.letters(m.value)) <= 6]
        if everyday and (not short or r.random() < 0.3):  # a misspelt everyday word (Pmua, Coahc) with corroboration
            short = everyday
        if not short:
            return None
        m = r.choice(short)
        text = _word_edit(disguises.recase(m.value, r), r, min_word=3, short_ok=True)
        if not _is_new_spelling(text, m):
            return None
    return _corroborated(b, s, text, strong=True)


def make_intrusion(b, s):
    if b.cjk and s.rng.random() < 0.25:
        m = s.rng.choice(b.cjk)
        return _corroborated(b, s, disguises.intrude_cjk(m.value, s.rng), strong=m.everyday, zh=True)
    return _disguised(disguises.intrude)(b, s)


def make_bidi(b, s):
    m = _pick_mark(b, s)
    if m is None:
        return None
    r = s.rng
    aliases = [a for a in b.cjk if len(a.value) >= 2]
    if aliases and r.random() < 0.2:  # an override reverses Chinese too: RLO 克耐 PDF shows 耐克
        a = r.choice(aliases)
        return _corroborated(b, s, disguises.RLO + a.value[::-1] + disguises.PDF, strong=a.everyday, zh=True)
    shown = disguises.recase(m.value, r)
    draft = _corroborated(b, s, "\x00", strong=_needs_corroboration(m))
    if r.random() < 0.4:  # the mark and the next word reversed together
        shown = f"{shown} {context.GLUE_NOUN.get(draft.category, 'sale')}"
    shown = disguises.displayed_reversed(shown, r)
    if not draft.title.endswith("\x00") and not shown.endswith(disguises.PDF):
        shown += disguises.PDF  # an override left open would reverse the rest of the title too
    draft.title = draft.title.replace("\x00", shown, 1)
    return draft


def make_glued(b, s):
    m = _pick_mark(b, s)
    if m is None:
        return None
    r = s.rng
    draft = _corroborated(b, s, "\x00", strong=_needs_corroboration(m))
    noun = context.GLUE_NOUN.get(draft.category, "sale")
    draft.title = draft.title.replace("\x00", disguises.glue(m.value, noun, r), 1)
    return draft


def make_cue(b, s):
    marks = [m for m in b.latin_marks if m.everyday] or b.latin_marks
    m = s.rng.choice(marks)
    zh = bool(b.cjk) and s.rng.random() < 0.3
    text = s.rng.choice(b.cjk).value if zh else disguises.recase(m.value, s.rng)
    r = s.rng
    cat = s.category()
    cue = s.cue(zh) if r.random() < 0.5 else r.choice(context.CODED_CUES_ZH if zh else context.CODED_CUES)
    if zh:
        return Draft(s.title_zh(text, cat, cue), cat, s.price(cat, currency="CNY"), r.choice(context.DESCRIPTIONS_ZH))
    return Draft(s.title(text, s.product(cat), cue), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


def make_price(b, s):
    marks = [m for m in b.latin_marks if m.everyday] or b.latin_marks
    m = s.rng.choice(marks)
    cat = s.category(with_floor=True)
    if cat not in b.floors:
        return None
    floor_currency = b.floors[cat][1]
    other = s.rng.choice([c for c in ("USD", "EUR", "CNY", "JPY", "GBP") if c != floor_currency])
    currency = other if s.rng.random() < 0.4 else None  # far below the floor once converted
    return Draft(s.title(disguises.recase(m.value, s.rng), s.product(cat)), cat, s.price(cat, low=True, currency=currency),
                 s.rng.choice(context.DESCRIPTIONS))


def _coded_models(b: BrandView) -> list[Model]:
    return [m for m in b.models if any(ch.isdigit() for ch in m.value) and len(disguises.letters(m.value)) >= 4]


def _model_category(b: BrandView, model: Model) -> str:
    words = model.name.lower()
    for cat in b.categories:
        if cat.rstrip("s") in words or any(w in words for w in context.PRODUCTS.get(cat, ([], "", 0))[0]):
            return cat
    return b.categories[0]


def _model_draft(b: BrandView, s: Scene, text: str, model: Model, low: bool, cue: bool) -> Draft:
    cat = _model_category(b, model)
    if low and model.floor:
        amount, cur = model.floor
        price = (round(amount * s.rng.uniform(0.04, 0.2), 2), cur)
    elif model.floor:
        amount, cur = model.floor
        price = (round(amount * s.rng.uniform(0.6, 0.85), 2), cur)  # a copy's price that does not stand out
    else:
        price = s.price(cat, low=low)
    if s.rng.random() < 0.2:  # a Chinese title with the model glued to the words around it: WH1000XM5头戴式降噪耳机
        title = f"{text}{s.product_zh(cat)}{s.cue(zh=True) if cue else s.filler(zh=True)}"
        return Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS_ZH))
    return Draft(s.title(text, s.product(cat), s.cue() if cue else None), cat, price, s.rng.choice(context.DESCRIPTIONS))


def make_model(b, s):
    models = _coded_models(b)
    if not models:
        return None
    m = s.rng.choice(models)
    return _model_draft(b, s, disguises.model_separators(m.value, s.rng), m, low=False, cue=False)


def make_model_lookalike(b, s):
    models = _coded_models(b)
    if not models:
        return None
    m = s.rng.choice(models)
    text = disguises.model_lookalike(m.value, s.rng)
    if text == m.value:
        return None
    if s.rng.random() < 0.3:
        text = disguises.model_separators(text, s.rng)
    r = s.rng.random()
    return _model_draft(b, s, text, m, low=r < 0.3, cue=0.3 <= r < 0.5)


def make_chinese_variant(b, s):
    forms = [(m, chinese.script_variant(m.value)) for m in b.cjk]
    if s.rng.random() < 0.3:
        forms = [(m, chinese.partly_traditional(m.value, s.rng)) for m in b.cjk] or forms
    forms = [(m, v) for m, v in forms if v and _fold(v) not in b.everything]
    if not forms:
        return None
    m, variant = s.rng.choice(forms)
    return _corroborated(b, s, variant, strong=m.everyday, zh=True)


def make_homophone(b, s):
    aliases = [m for m in b.cjk if len(m.value) >= 2]
    if not aliases:
        return None
    m = s.rng.choice(aliases)
    text = chinese.homophone(m.value, s.rng)
    if text is None or any(other in text for other in _ALL_CJK - b.everything):
        return None  # 博世音响 is Bosch's alias plus a word, not a homophone of 博士音响
    return _corroborated(b, s, text, strong=True, zh=True)


def _sound_marks(b: BrandView) -> list[Mark]:
    """Marks of letters only (no digits: Air Force 1), three letters or more, the brand's own name first."""
    marks = [m for m in b.latin_marks if m.value.replace(" ", "").replace("-", "").replace("'", "").isalpha()
             and len(disguises.letters(m.value)) >= 4]
    marks.sort(key=lambda m: (_fold(m.value) != _fold(b.name), m.everyday))
    return marks


def _english(text: str) -> bool:
    """A word of English (wordfreq, Zipf 2 or more: "adds", "levee", "nick"): no reader takes it for a disguise."""
    from wordfreq import zipf_frequency

    return _fold(text) in COMMON_WORDS or zipf_frequency(_fold(text), "en") >= 2.0


def make_transliteration(b, s):
    m = _pick_mark(b, s, _sound_marks(b))
    if m is None:
        return None
    text = sound.in_script(m.value, s.rng.choice(sorted(sound.SCRIPTS)), s.rng)
    return _corroborated(b, s, text, strong=True) if text else None


def make_transliteration_lines(b, s):
    """A brand's other marks (product lines, a second name: Galaxy Buds, Stan Smith, Double Wear, Michael Kors) written
    by sound: a word of it heard like another brand's mark (Будс, "buds", like AirPods) must not alert that brand."""
    marks = _sound_marks(b)
    if len(marks) < 2:
        return None
    m = s.rng.choice(marks[1:])
    text = sound.in_script(m.value, s.rng.choice(sorted(sound.SCRIPTS)), s.rng)
    return _corroborated(b, s, text, strong=True) if text else None


def _view_mark(b: BrandView, s: Scene) -> Mark | None:
    return _pick_mark(b, s, [m for m in b.latin_marks if len(disguises.letters(m.value)) >= 3
                             and m.value.replace(" ", "").replace("-", "").replace("'", "").isalpha()])


def make_markup(b, s):
    m = _view_mark(b, s)
    text = m and views.markup(disguises.recase(m.value, s.rng), s.rng)
    return _corroborated(b, s, text, strong=_needs_corroboration(m)) if text else None


def make_upside_down(b, s):
    m = _view_mark(b, s)
    return m and _corroborated(b, s, views.upside_down(m.value, s.rng), strong=_needs_corroboration(m))


def make_reversed(b, s):
    m = _view_mark(b, s)
    if m is None:
        return None
    text = views.backwards(m.value, s.rng)
    if _fold(text) == _fold(m.value) or _fold(text) in _ALL_MARKS or _english(text) or _fold(text) in FOREIGN or any(
            _foreign(w) for w in text.split()):
        return None  # a word (naive, Evian backwards) is that word
    return _corroborated(b, s, text, strong=_needs_corroboration(m))


def _foreign(word: str) -> bool:
    """A word of another language (wordfreq, Zipf 3 or more in one of the languages listings are written in)."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(_fold(word), lang) >= 3.0 for lang in ("de", "fr", "es", "it", "pt", "nl"))


def make_fancy_letters(b, s):
    m = _view_mark(b, s)
    text = m and views.fancy(m.value, s.rng)
    return _corroborated(b, s, text, strong=_needs_corroboration(m)) if text else None


def _pinyin_aliases(b: BrandView, syllables: int) -> list[Mark]:
    return [m for m in b.cjk if len(chinese.PINYIN.get(m.value, "").split()) >= syllables]


def make_pinyin(b, s):
    m = _pick_mark(b, s, _pinyin_aliases(b, 2))
    text = m and chinese.pinyin(m.value, s.rng)
    return _corroborated(b, s, text, strong=True) if text else None


def make_pinyin_initials(b, s):
    m = _pick_mark(b, s, _pinyin_aliases(b, 3))
    if m is None:
        return None
    cat = s.category()
    return Draft(s.title(chinese.pinyin_initials(m.value), s.product(cat), s.rng.choice(shape.TRADE_CUES)), cat, s.price(cat),
                 s.rng.choice(context.DESCRIPTIONS))


def make_phonetic(b, s):
    m = _pick_mark(b, s, [m for m in _sound_marks(b) if " " not in m.value])
    if m is None:
        return None
    text = sound.respell(m.value, s.rng)
    if not text or len(_fold(text)) < 4 or _fold(text) in _ALL_MARKS or _english(text) or _fold(text) in FOREIGN:
        return None  # a real word ("Nick", "Levee") is that word, not a respelling
    return _corroborated(b, s, text, strong=True)


def make_vowel_drop(b, s):
    m = _pick_mark(b, s, [m for m in _sound_marks(b) if " " not in m.value and not m.everyday])
    if m is None:
        return None
    text = sound.drop_vowels(m.value, s.rng)
    if not text or _fold(text) in _ALL_MARKS or _english(text):
        return None
    return _corroborated(b, s, text, strong=True)


def _strong_draft(b: BrandView, s: Scene, mark_text: str, extra: Callable[[str, str], str]) -> Draft:
    """The brand's product with a cue or a price far below the floor; `extra(title, category)` adds the decoy."""
    draft = _corroborated(b, s, mark_text, strong=True)
    draft.title = extra(draft.title, draft.category)
    return draft


def _plain_mark(b: BrandView, s: Scene) -> str:
    """A mark as registered, now and then an everyday-word one (Jordan, Galaxy): the decoys' listings corroborate."""
    everyday = [m for m in b.latin_marks if m.everyday]
    if everyday and s.rng.random() < 0.3:
        return disguises.recase(s.rng.choice(everyday).value, s.rng, honest=not s.copy)
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday] or b.latin_marks)
    return disguises.recase(m.value, s.rng, honest=not s.copy)


def make_decoy_negation(b, s):
    r = s.rng
    floored = [c for c in b.categories if c in b.floors]
    if floored and r.random() < 0.3:  # "100% authentic" at a fraction of the floor
        cat = r.choice(floored)
        claim = r.choice(context.AUTHENTIC_CLAIMS)
        title = s.title(_plain_mark(b, s), s.product(cat))
        return Draft(f"{claim} {title}" if r.random() < 0.5 else f"{title} - {claim}", cat, s.price(cat, low=True),
                     r.choice(["Not a fake, not a replica.", "No fakes here!", ""]))
    decoy = r.choice(context.NEGATION_DECOYS)
    return _strong_draft(b, s, _plain_mark(b, s), lambda t, c: f"{decoy} {t}" if r.random() < 0.5 else f"{t}, {decoy}")


def make_decoy_bundle(b, s):
    r = s.rng

    def add(title: str, category: str) -> str:
        accs = context.ACCESSORIES.get(category) or context.ACCESSORY_FALLBACK
        acc = r.choice(accs)[0].replace("compatible ", "")
        return f"{title} {r.choice(context.BUNDLE_JOINERS)} {acc}"
    mark = _plain_mark(b, s)
    draft = _strong_draft(b, s, mark, add)
    if r.random() < 0.3:  # boilerplate that reads like an accessory listing
        draft.description = f"{draft.description} Compatible with all original {mark} accessories.".strip()
    return draft


def make_miscategorised(b, s):
    """Filed under a far category (or none): the product words and a cue still say what it is."""
    r = s.rng
    cat = s.category()
    draft = Draft(s.title(_plain_mark(b, s), s.product(cat), s.cue()), r.choice(context.FAR_CATEGORIES), s.price(cat),
                  r.choice(context.DESCRIPTIONS))
    return draft


def make_foreign_listing(b, s):
    r = s.rng
    lang = r.choice(sorted(context.FOREIGN_PRODUCTS))
    cats = [c for c in b.categories if c in context.FOREIGN_PRODUCTS[lang]]
    cat = r.choice(cats) if cats else s.category()
    product = context.FOREIGN_PRODUCTS[lang].get(cat) or s.product(cat)
    mark = _plain_mark(b, s)
    low = cat in b.floors and r.random() < 0.4
    words = [mark, product, r.choice(context.FOREIGN_FILLERS[lang])]
    if r.random() < 0.3:  # everyday words of the language that are one edit from other brands' marks
        words.append(r.choice(context.FOREIGN_TRAP_PHRASES[lang]))
    if not low:
        words.insert(r.choice([0, 2, 3]), r.choice(context.FOREIGN_CUES[lang]))
    if r.random() < 0.3:
        words[0], words[1] = words[1], words[0]
    cur = (b.floors.get(cat) or (0, "EUR"))[1]
    price = s.price(cat, low=low, currency=None if low else ("EUR" if cur == "USD" else cur))
    return Draft(" ".join(words), cat, price, r.choice(["", "Versand aus Deutschland.", "Envoi depuis la France.",
                                                        "Envío desde España.", "Spedizione dall'Italia."]))


def _mimic(seller_id: str, rng: random.Random) -> str:
    """A seller id that reads like an authorized one: one character changed, added or dropped, or a suffix."""
    style = rng.randrange(4)
    i = rng.randrange(1, len(seller_id))
    if style == 0:
        return seller_id[:i] + seller_id[i + 1:]
    if style == 1:
        return seller_id[:i] + rng.choice("01l-_") + seller_id[i:]
    if style == 2:
        return seller_id + rng.choice(["-store", "_shop", "2", "-outlet", "-hk"])
    return seller_id.replace("o", "0", 1) if "o" in seller_id else seller_id + "1"


def make_decoy_seller(b, s):
    if not b.sellers:
        return None
    r = s.rng
    market, seller = r.choice(b.sellers)
    draft = _corroborated(b, s, _plain_mark(b, s), strong=True, zh=market == "tmall" and bool(b.cjk) and r.random() < 0.5)
    if r.random() < 0.75:
        draft.marketplace, draft.seller = market, _mimic(seller, r)
    else:  # the authorized seller's exact id, on a marketplace where it is not authorized
        draft.marketplace = r.choice([m for m in ("ebay", "taobao", "amazon-us", "pinduoduo") if m != market])
        draft.seller = seller
    return draft


def make_doubled(b, s):
    m = _pick_mark(b, s)
    if m is None:
        return None
    text = shape.doubled(disguises.recase(m.value, s.rng), s.rng)
    if _fold(text) in _ALL_MARKS or _fold(text) in ENGLISH:
        return None
    return _corroborated(b, s, text, strong=_needs_corroboration(m))


def make_split(b, s):
    """A single-word mark that is no everyday word, cut by spaces; a cue or a price far below the floor (a guess)."""
    marks = [m for m in b.disguisable if not m.everyday and m.value.isalpha() and len(m.value) >= 4]
    m = _pick_mark(b, s, marks)
    if m is None:
        return None
    written = disguises.recase(m.value, s.rng)
    pairs = shape.two_word_splits(written, ORDINARY)
    text = s.rng.choice(pairs) if pairs and s.rng.random() < 0.5 else shape.split(written, s.rng)
    if text is None:
        return None
    return _corroborated(b, s, text, strong=True)


def make_glued_lower(b, s):
    m = _pick_mark(b, s)
    if m is None:
        return None
    draft = _corroborated(b, s, "\x00", strong=m.everyday or len(disguises.letters(m.value)) < 5)
    noun = context.GLUE_NOUN.get(b.categories[0] if draft.category not in context.GLUE_NOUN else draft.category, "sale")
    draft.title = draft.title.replace("\x00", shape.glued_lower(m.value, noun, s.rng), 1)
    return draft


def _weak_mention(b: BrandView, s: Scene) -> str | None:
    """What the trade calls the brand without its mark: the initials of a multi-word mark (LV, TNF), else a
    one-edit misspelling of a short mark (as make_short writes it)."""
    found = sorted({i for m in b.latin_marks if not m.everyday and (i := shape.initials(m.value))})
    if found and (s.rng.random() < 0.75):
        return s.rng.choice(found)
    short = [m for m in b.disguisable if not m.everyday and len(disguises.letters(m.value)) <= 5]
    if not short:
        return s.rng.choice(found) if found else None
    m = s.rng.choice(short)
    text = _word_edit(disguises.recase(m.value, s.rng), s.rng, min_word=3, short_ok=True)
    return text if _is_new_spelling(text, m) else None


def make_slang(b, s):
    text = _weak_mention(b, s)
    if text is None:
        return None
    cat = s.category()
    return Draft(s.title(text, s.product(cat), s.rng.choice(shape.TRADE_CUES)), cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


EVASION_MAKERS: dict[str, Maker] = {
    "exact": make_exact, "alias": make_alias, "leetspeak": _disguised(disguises.leet),
    "leetspeak_wide": _disguised(disguises.leet_wide), "accents": make_accents,
    "fullwidth": _disguised(disguises.fullwidth), "spaced": _disguised(disguises.spaced), "model": make_model,
    "cue": make_cue, "price": make_price, "edit": make_edit, "intrusion": make_intrusion,
    "lookalike": _disguised(disguises.lookalike), "bidi": make_bidi, "glued": make_glued,
    "short_corroborated": make_short, "chinese_variant": make_chinese_variant, "homophone": make_homophone,
    "model_lookalike": make_model_lookalike, "transliteration": make_transliteration,
    "transliteration_lines": make_transliteration_lines, "phonetic": make_phonetic,
    "vowel_drop": make_vowel_drop, "decoy_negation": make_decoy_negation, "decoy_bundle": make_decoy_bundle,
    "miscategorised": make_miscategorised, "foreign_listing": make_foreign_listing, "decoy_seller": make_decoy_seller,
    "doubled": make_doubled, "split": make_split, "glued_lower": make_glued_lower,
    "combining": _disguised(shape.combining), "slang": make_slang,
    "markup": make_markup, "upside_down": make_upside_down, "reversed": make_reversed, "fancy_letters": make_fancy_letters,
    "pinyin": make_pinyin, "pinyin_initials": make_pinyin_initials,
}

_ALL_MARKS: set[str] = set()
_ALL_CJK: set[str] = set()
# every registered word (mark, alias, vocabulary word), case-folded -> the ids of the brands that register it
WORD_OWNERS: dict[str, set[str]] = {}


# ------------------------------------------------------------------------------------------ traps


NOT_A_THING = {"software", "software licenses", "auto parts", "otc", "prescription drugs", "motor oil"}


def make_accessory(b, s):
    r = s.rng
    m = _pick_mark(b, s, b.latin_marks)
    cat = r.choice(b.categories)
    acc, acc_cat, usd = r.choice(context.ACCESSORIES.get(cat, context.ACCESSORY_FALLBACK))
    name = disguises.recase(m.value, r) if r.random() < 0.3 else m.value
    noun = "" if cat in NOT_A_THING else context.GLUE_NOUN.get(cat, "")
    noun = "" if noun and noun in acc else noun
    if "compatible" in acc or acc_cat in b.categories:  # what the brand sells itself: only "for" and "compatible"
        templates = ["{Acc} for {m}", "{Acc}, fits {m} {noun}", "{Acc} for {m} {noun}"]
        if "compatible" not in acc:
            templates += ["{m}-compatible {acc}", "{Acc} compatible with {m}"]
    else:
        templates = ["{m} {acc}", "{m} {noun} {acc}", "{Acc} for {m}", "{Acc}, fits {m} {noun}", "{m}-compatible {acc}",
                     "{Acc} compatible with {m}", "{m}-style {acc}", "{m}-inspired {acc}", "{m}-type {acc}",
                     "Replacement {acc} for {m} {noun}"]
    title = r.choice(templates).format(m=name, acc=acc, Acc=acc[:1].upper() + acc[1:], noun=noun).replace("  ", " ")
    if cat not in NOT_A_THING and r.random() < 0.2:  # how honest parts sellers praise a fit
        title += r.choice([", OEM-grade", " - exact fit", ", perfect fit", " (original size)"])
    price = (round(usd * r.uniform(0.7, 1.4), 2), "USD")
    if r.random() < 0.3:  # filed under the brand's own category, far below its floor
        acc_cat = cat
    return Draft(title, acc_cat, price, r.choice(["Third-party product, not made by the brand.", "Brand names are used to describe compatibility only.", ""] + context.DESCRIPTIONS[:2]))


def make_negation(b, s):
    r = s.rng
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday] or b.latin_marks)
    cat = r.choice(b.categories)
    product = s.product(cat)
    p = product[:1].upper() + product[1:]
    title = r.choice([f"{p} (not {m.value})", f"{p}, not {m.value}", f"Non-{m.value} {product}", f"{p} – unlike {m.value}, no logo",
                      f"Generic {product}, not {m.value}, unbranded", f"{p} (non-{m.value})", f"{p}. Not {m.value}, no brand",
                      f"{p} - NOT {m.value.upper()}"])
    price = s.price(cat)
    price = (round(price[0] * r.uniform(0.2, 0.6), 2), price[1])
    return Draft(title, cat, price, r.choice(["Unbranded generic product.", "No brand logo.", ""]))


def make_authorized(b, s):
    if not b.sellers:
        return None
    r = s.rng
    market, seller = r.choice(b.sellers)
    m = r.choice(b.marks + b.aliases)
    cat = s.category()
    zh = chinese.is_cjk(m.value) or market == "tmall"
    if zh:
        text = m.value if chinese.is_cjk(m.value) or r.random() < 0.5 else f"{m.value} {r.choice(b.cjk).value if b.cjk else ''}".strip()
        return Draft(s.title_zh(text, cat), cat, s.price(cat, currency="CNY"), "官方正品", market, seller)
    price = s.price(cat)
    if r.random() < 0.25:  # an authorized clearance sale, below the floor
        price = (round(price[0] * r.uniform(0.2, 0.5), 2), price[1])
    return Draft(s.title(m.value, s.product(cat)), cat, price, "Official store. Manufacturer warranty.", market, seller)


def make_unrelated(b, s):
    r = s.rng
    honest = [e for cat in b.categories for e in context.HONEST_CUE_WORDS.get(cat, [])]
    if honest and r.random() < 0.3:  # an honest listing whose words look like cues: AAA batteries, 1:1 macro lens
        title, cat, usd = r.choice(honest)
        return Draft(title, cat, (round(usd * r.uniform(0.8, 1.3), 2), "USD"), r.choice(context.DESCRIPTIONS))
    if r.random() < 0.2:
        title, cat, usd = r.choice(context.UNRELATED)
        return Draft(title, cat, (usd, "USD"))
    cat = r.choice(b.categories)
    price = s.price(cat)
    product = s.product(cat)
    return Draft(f"{product[:1].upper() + product[1:]} {s.filler()}", cat, (round(price[0] * r.uniform(0.15, 1.2), 2), price[1]),
                 r.choice(context.DESCRIPTIONS))


def make_trade_words(b, s):
    """Initials of a mark beside the trade's words in their everyday sense, at a normal price: no cue."""
    found = sorted({i for m in b.latin_marks if not m.everyday and (i := shape.initials(m.value))})
    if not found:
        return None
    cat = s.category()
    title = f"{s.rng.choice(found)} {s.product(cat)}, {s.rng.choice(shape.EVERYDAY_TRADE_WORDS)}"
    return Draft(title, cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


def make_glued_nonword(b, s):
    marks = [m for m in b.latin_marks if m.value.isalpha() and len(m.value) >= 4]
    if not marks:
        return None
    m = s.rng.choice(marks)
    cat = s.category()
    return Draft(f"{shape.nonword_compound(m.value, s.rng)} {s.product(cat)}", cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


def make_split_common(b, s):
    # a cut where the registered spelling changes case (QuietComfort, MacBook) is the mark as registered, not a trap
    splits = [t for m in b.latin_marks if not m.everyday and m.value.isalpha() for t in shape.two_word_splits(m.value.lower(), ORDINARY)
              if not m.value[t.index(" ")].isupper()]
    if not splits:
        return None
    cat = s.category()
    return Draft(f"{_cap(s.rng.choice(splits))} {s.product(cat)}", cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


def make_doubled_word(b, s):
    words = sorted({w for m in b.latin_marks for w in DOUBLED_WORDS.get(shape_key(m.value), ()) if w != _fold(m.value)})
    if not words:
        return None
    cat = s.category()
    return Draft(f"{_cap(s.rng.choice(words))} {s.product(cat)}", cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


TRAP_MAKERS: dict[str, Maker] = {"trap_accessory": make_accessory, "trap_negation": make_negation,
                                 "trap_authorized": make_authorized, "trap_unrelated": make_unrelated,
                                 "trap_trade_words": make_trade_words, "trap_glued_nonword": make_glued_nonword,
                                 "trap_split_common": make_split_common, "trap_doubled_word": make_doubled_word}

def make_stacked(b, s):
    r = s.rng
    m = _pick_mark(b, s, [m for m in b.disguisable if len(disguises.letters(m.value)) >= 7])  # two disguises need room
    if m is None:
        return None
    written = disguises.recase(m.value, r)
    first, second = r.sample(STACKABLE, 2)
    text = second(first(written, r), r)
    if text is None or _fold(text) == _fold(written) and text == written:
        return None
    return _corroborated(b, s, text, strong=True)


STACKABLE = [disguises.leet, disguises.lookalike_single, disguises.intrude, disguises.accents,
             lambda text, rng: _word_edit(text, rng, min_word=5) or text]


def make_comparison(b, s):
    r = s.rng
    m = _plain_mark(b, s)
    cat = r.choice(b.categories)
    product = s.product(cat)
    p = _cap(product)
    title = r.choice([f"{p} – a budget alternative to {m}", f"Better than {m}? {p}, honest review sample",
                      f"{p}, compare to {m}", f"{p} ({m} alternative)", f"{p} vs {m}: half the price"])
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * r.uniform(0.2, 0.6), 2), price[1]), "Our own brand. Not affiliated.")


STRETCH_MAKERS: dict[str, Maker] = {"stretch_stacked": make_stacked, "stretch_trap_comparison": make_comparison}

CURATED: dict[str, list[lexicon.Entry]] = {
    "trap_far_meaning": lexicon.FAR_MEANINGS,
    "trap_everyday_sense": lexicon.EVERYDAY_SENSES,
    "trap_foreign_word": [(b, t, d, c, p, cur) for b, _, _, rows in lexicon.FOREIGN_WORDS for t, d, c, p, cur in rows],
    "trap_replica": lexicon.REPLICAS,
    "trap_near_miss": lexicon.NEAR_MISSES,
    "trap_split_phrase": lexicon.SPLIT_PHRASES,
    "trap_glued_word": lexicon.GLUED_WORDS,
    "trap_skeleton_word": lexicon.SKELETON_WORDS,
    "trap_homophone": lexicon.HOMOPHONE_WORDS,
    "trap_script_words": sound.SCRIPT_WORDS,
    "trap_sound_alike": sound.SOUND_ALIKES,
    "trap_text_views": views.VIEW_WORDS,
    "trap_pinyin_words": chinese.PINYIN_WORDS,
}


# ------------------------------------------------------------------------------------------ the set


HONEST_PREFIXES = ["Used:", "New:", "Vintage", "Rare", "Gift idea:", "Like new -"]
HONEST_SUFFIXES = ["- free shipping", "(used, good condition)", "| fast dispatch", "- bundle deal"]


def _honest_variants(title: str, rng: random.Random) -> list[str]:
    """A curated innocent title as three sellers would write it: as is, with a prefix, with a suffix in lower case."""
    if chinese.is_cjk(title):
        return [title, f"{title} {rng.choice(context.FILLERS_ZH)}", f"{rng.choice(context.FILLERS_ZH)} {title}"]
    return [title, f"{rng.choice(HONEST_PREFIXES)} {title}", f"{title[:1].lower() + title[1:]} {rng.choice(HONEST_SUFFIXES)}"]


# classes that need fewer listings per brand than the others to be seen (the suite's time: each listing costs the floor
# tests a match); kind -> listings per brand at most
PER_BRAND: dict[str, int] = {}


def generate(registry: Path = SEED_REGISTRY, seed: int = 9, per_class: int = 10, per_trap: int = 8,
             kinds: Collection[str] | None = None) -> list[Case]:
    """Labelled cases for every brand of `registry`: `per_class` distinct listings of every evasion class that
    applies to the brand, `per_trap` of every generated trap class, and every curated trap (`kinds`: only those
    classes: a generated class's listings are the same either way, their listing ids and the curated traps' prices
    are not)."""
    brands = load_brands(registry)
    _ALL_MARKS.clear()
    _ALL_MARKS.update(v for b in brands for v in b.everything)
    _ALL_CJK.clear()
    _ALL_CJK.update(v for v in _ALL_MARKS if chinese.is_cjk(v))
    WORD_OWNERS.clear()
    for b in brands:
        for word in chain(b.everything, (_fold(m.value) for _kind, m in b.vocabulary)):
            WORD_OWNERS.setdefault(word, set()).add(b.id)
    known = {b.id for b in brands}
    drafts: list[tuple[str, str, frozenset[str], Draft, random.Random]] = []
    for b in brands:
        for kind, maker in list(EVASION_MAKERS.items()) + list(TRAP_MAKERS.items()) + list(STRETCH_MAKERS.items()):
            if kinds is not None and kind not in kinds:
                continue
            rng = random.Random(f"{seed}:{b.id}:{kind}")
            scene = Scene(b, rng, copy=not is_trap(kind))
            want = min(per_trap if is_trap(kind) else per_class, PER_BRAND.get(kind, per_class))
            seen: set[str] = set()
            for _ in range(want * 12):
                if len(seen) >= want:
                    break
                draft = maker(b, scene)
                if draft is None or not draft.title or draft.title in seen:
                    continue
                if draft.category in b.categories and rng.random() < 0.25:
                    draft.category = _as_marketplace_writes(draft.category, b, rng)
                seen.add(draft.title)
                expect = frozenset() if is_trap(kind) else frozenset({b.id})
                drafts.append((kind, b.id, expect, draft, rng))
    rng = random.Random(f"{seed}:curated")
    for kind, entries in CURATED.items():
        if kinds is not None and kind not in kinds:
            continue
        for brand, title, desc, cat, price, cur in entries:
            if brand in known:
                for variant in _honest_variants(title, rng):
                    drafts.append((kind, brand, frozenset(), Draft(variant, cat, (round(price * rng.uniform(0.8, 1.25), 2), cur), desc), rng))
    return [Case(kind, brand, expect, _listing(d, n, r)) for n, (kind, brand, expect, d, r) in enumerate(drafts)]


def register(family) -> None:
    """Join one family module's classes to the tables above (call once a module, in the order the set is drawn).

    A family module (tests/eval/adversary/<family>.py) defines any of EVASIONS and TRAPS (class name -> tactic),
    EVASION_MAKERS and TRAP_MAKERS (class name -> maker), CURATED (class name -> hand-written entries), FEW (class
    name -> listings a brand) and PER_BRAND (listings a brand for every class of the module).
    """
    evasions, traps = getattr(family, "EVASIONS", {}), getattr(family, "TRAPS", {})
    EVASIONS.update(evasions)
    TRAPS.update(traps)
    CLASSES.update({**evasions, **traps})
    EVASION_MAKERS.update(getattr(family, "EVASION_MAKERS", {}))
    TRAP_MAKERS.update(getattr(family, "TRAP_MAKERS", {}))
    CURATED.update(getattr(family, "CURATED", {}))
    PER_BRAND.update(getattr(family, "FEW", {}))
    if hasattr(family, "PER_BRAND"):
        PER_BRAND.update(dict.fromkeys((*family.EVASION_MAKERS, *family.TRAP_MAKERS), family.PER_BRAND))


# detect-context's classes (legit.py imports this module, so they join the tables once it is loaded)
from tests.eval.adversary import legit  # noqa: E402

register(legit)

# detect-words' classes (taken_apart.py): marks taken apart or translated, dupes claiming identity, generic medicines
from tests.eval.adversary import taken_apart  # noqa: E402

register(taken_apart)

# traps' frame classes (frames.py): wanted posts, services, trade-sense cue words, store brands, posts that sell no
# goods, fake-spotting guides, foods made with the brand's product, and the counterfeits that borrow those frames
from tests.eval.adversary import frames  # noqa: E402

register(frames)

# frames' admitted-copy classes (admitted.py): a copy said plainly inside a rental, a failed authentication sold as is,
# a card proxy, fan-made goods, a bare "copy" beside the goods; and their honest twins
from tests.eval.adversary import admitted  # noqa: E402

register(admitted)

# genuine goods sold by others, and the copies that borrow their words (genuine.py)
from tests.eval.adversary import genuine  # noqa: E402

register(genuine)

# evasion's layout classes (hidden.py): line breaks, URL slugs, compatible-framed copies, the scripts' trade words
from tests.eval.adversary import hidden  # noqa: E402

register(hidden)

# sound's classes (abroad.py): marks written by ear in other languages' spellings, and those languages' real words
from tests.eval.adversary import abroad  # noqa: E402

register(abroad)

# readings' classes (readings.py): the brand named as another language writes it, by sound or by its pinyin, with no
# cue in its category; the same names far from its goods, and those languages' words that sound like a mark
from tests.eval.adversary import readings  # noqa: E402

register(readings)

# sound's script classes (scripts.py): Thai, and the other writers' conventions of the other scripts
from tests.eval.adversary import scripts  # noqa: E402

register(scripts)

# framing's classes (framing.py): likeness, accessory and material frames that claim the brand's logo or product,
# and their honest twins
from tests.eval.adversary import framing  # noqa: E402

register(framing)
# vocab's classes (vocabulary.py): a brand named only by its product lines, logo names, nicknames and abbreviations,
# and the same words in their everyday sense
from tests.eval.adversary import vocabulary  # noqa: E402

register(vocabulary)

# cover's classes (cover.py): the listing's context as cover (far category, cover story, used line) and their twins
from tests.eval.adversary import cover  # noqa: E402

register(cover)

# shape's broken-shape classes (broken.py): unusual spaces, two masked letters, hidden HTML, barred letters inside a
# mark, and the same characters in honest listings
from tests.eval.adversary import broken  # noqa: E402

register(broken)

# shape's peripheral-field classes (peripheral.py): the brand only in the shop's name or the item's own URL slug,
# generic title, no cue; and the honest shops and accessory slugs of the same shape
from tests.eval.adversary import peripheral  # noqa: E402

register(peripheral)

# names' stacked-disguise classes (stacked.py): a mark spelt apart with a second disguise on its letters, and honest
# listings that spell letters apart
from tests.eval.adversary import stacked  # noqa: E402

register(stacked)

# frames' claim classes (claims.py): benign frames (an accessory "for", a dupe, a spare part, a fair-looking price)
# whose text says the product, the mark or the genuine part is sold, and their honest twins
from tests.eval.adversary import claims  # noqa: E402

register(claims)

# quiet's classes (asides.py): the brand named aside from what is sold (an everyday-word line as a descriptor, a whole
# vehicle, a small quantity of a consumable, the brand as a tool or an occasion), and the copies that borrow those words
from tests.eval.adversary import asides  # noqa: E402

register(asides)

# names' local-spelling classes (local.py): the brand in another script by a market's convention (Persian letters, w as
# v in Cyrillic and Greek, a final s unheard), and the same spellings far from the brand's goods
from tests.eval.adversary import local  # noqa: E402

register(local)

# shorthand's classes (shorthand.py): the brand named by a market's shorthand of its name (劳家, ㄹㄹㅅ, ロレ), and the
# same short keys in innocent listings
from tests.eval.adversary import shorthand  # noqa: E402

register(shorthand)

# scripts' classes (script_forms.py): the mark in half-width katakana / Hangul or full-width Latin, and written by ear in
# the scripts of further markets (Bengali, Tamil and the other Indic scripts, Armenian, Georgian), and their traps
from tests.eval.adversary import script_forms  # noqa: E402

register(script_forms)

# trade's classes (trade.py): a pack or lot priced as one unit, forged paperwork, packaging in bulk, a logo service,
# bootleg prints; and honest multipacks and goods sold with their papers
from tests.eval.adversary import trade  # noqa: E402

register(trade)

# quiet's classes of outsider8 (abroad_quiet.py): accessories in 20 more markets' words, genuine goods priced in
# currencies the ECB lacks, copy words in their trade sense; and the copies that borrow those words
from tests.eval.adversary import abroad_quiet  # noqa: E402

register(abroad_quiet)

# codes' classes (goods_codes.py): a brand named only by its goods' own identifiers (imprint codes, specs, street
# names), and the same identifiers where they name nothing
from tests.eval.adversary import goods_codes  # noqa: E402

register(goods_codes)

# likeness's classes (likeness.py): a misspelt or disguised mark inside a likeness frame ("Legoo style set", "tipo
# Coaach"), and the frame's honest twins (the mark spelt right, an everyday word one edit from a mark)
from tests.eval.adversary import likeness  # noqa: E402

register(likeness)

# denials' classes of outsider9 (denials.py): genuine goods whose text denies being a copy, in 19 languages; and the mock
# denials that wink, sit beside an undenied copy word, or come at a copy's price
from tests.eval.adversary import denials  # noqa: E402

register(denials)

# prices' classes (plans.py): a genuine retailer's price that is one payment of an instalment plan or one period of a
# rental, in many languages, and the copies that mention a plan
from tests.eval.adversary import plans  # noqa: E402

register(plans)

# likeness's riddle classes (riddles.py): the brand named by its logo or origin in words beside a word for "brand" ("the
# fruit brand's earbuds", "marca de la fruta", 水果牌), and the same riddles far from its goods or at a shop's price
from tests.eval.adversary import riddles  # noqa: E402

register(riddles)

# words' grammar classes (grammar.py): the mark glued into a compound of other languages, the brand under other
# languages' "brand" item specific, a disguised mark with a likeness word, and their traps
from tests.eval.adversary import grammar  # noqa: E402

register(grammar)

# buyernames's classes (buyers.py): the brand named by what its buyers know, not by its mark: a descriptive mark
# translated into the languages of markets the Latin table misses or glued into a compound, and the same words in
# their own sense
from tests.eval.adversary import buyers  # noqa: E402

register(buyers)

# sale formats' classes (formats.py): listings whose price field is no price of one new unit (an auction's opening bid,
# a giveaway's 0, a swap's or a wanted ad's missing price) and genuine perfumery testers, and the copies beside them
from tests.eval.adversary import formats  # noqa: E402

register(formats)

# numbers' classes (numbers.py): a registered model number inside goods of another kind (a bearing's lot, a seal's part
# number, an office supply's SKU) in 12 languages, and the copies named by a bare model number
from tests.eval.adversary import numbers  # noqa: E402

register(numbers)

# add-ons' classes (addons.py): files made for a software brand's program sold by its name (presets, brushes, blocks,
# families, templates) in 13 languages, and the program itself sold cracked, activated or with a key beside them
from tests.eval.adversary import addons  # noqa: E402

register(addons)

# guides' classes (guides.py): guides, courses and authentication services about telling copies, full of the copy
# trade's words, in 13 languages; and copies that add a guide or a comparison with the genuine article
from tests.eval.adversary import guides  # noqa: E402

register(guides)

# tradewords' classes (collectors.py): each collecting community's own copy word near its goods (a toy KO, a game repro,
# a logo's design file, the replica trade's codes) and the brand only in a listing's search tags, and their traps
from tests.eval.adversary import collectors  # noqa: E402

register(collectors)
# marked's classes (marked.py): the brand's name with its pattern or logo name on goods sold in a frame that lowers a
# mention (an accessory for another brand's device, car goods, handmade goods), and the frames' honest twins
from tests.eval.adversary import marked  # noqa: E402

register(marked)
# fields' classes (structured.py): the brand only in the category path, the shop's URL host, a percent-encoded slug in
# the market's script, and their honest twins
from tests.eval.adversary import structured  # noqa: E402

register(structured)

# prices' price-part classes (parts.py): a price field holding a contract's upfront payment, a deposit, a buying
# service's fee, a trade-in's net price, a month of software or a price in a coin, and the copies that borrow the words
from tests.eval.adversary import parts  # noqa: E402

register(parts)

# scripts' classes (unread.py): the brand in a writing system of its market that had no reading (hiragana, Zhuyin,
# Burmese, Khmer, Lao, Ethiopic, Lisu capitals), and the everyday words and honest shops of those markets
from tests.eval.adversary import unread  # noqa: E402

register(unread)

# native's classes (orthography.py): a market's ordinary writing (Turkish capitals, full-width Latin in CJK text, native
# digits, the name in the listing's own script) at a shop's price, its copies, and the same characters out of place
from tests.eval.adversary import orthography  # noqa: E402

register(orthography)

# native's wrong-brand class (stronger.py): brand A named plainly with shop words that graze a brand B
from tests.eval.adversary import stronger  # noqa: E402

register(stronger)

# senses' classes (senses.py): the brand named for another reason (work for hire done with its program or goods, a dish
# made with its food, a whole vehicle by its papers, a spare that fits it in more languages, a book about it), and the
# copies that borrow those words
from tests.eval.adversary import senses  # noqa: E402

register(senses)

# hanzi's classes (chaizi.py): a Chinese alias written as its characters' components, and real words that hold them
from tests.eval.adversary import chaizi  # noqa: E402

register(chaizi)

# hanzi's scripts of South India, Sri Lanka and the Caucasus (southern.py): brands by sound there, and shops writing them
from tests.eval.adversary import southern  # noqa: E402

register(southern)

# reassemble's classes (reassembled.py): a mark the reader must reassemble (an acrostic of the description's lines, a
# model number spelt out in words, a mark typed with the wrong keyboard layout), and the honest listings that look the same
from tests.eval.adversary import reassembled  # noqa: E402

register(reassembled)

# hanzi's Taiwan and Hong Kong names (taiwan.py): the brand by its market name there, and the words those names are
from tests.eval.adversary import taiwan  # noqa: E402

register(taiwan)

# disclaimer's classes (boilerplate.py): a shop's legal boilerplate and a vintage story beside the brand's goods at a
# copy's price, and the same words on an accessory, a service, a book, a reseller's genuine goods and vintage at its price
from tests.eval.adversary import boilerplate  # noqa: E402

register(boilerplate)

# respell's classes (respellings.py): the brand's katakana or Hangul name respelt by a letter, the name in alternating
# case, and the real words one letter from those names and the marks registered in mixed case
from tests.eval.adversary import respellings  # noqa: E402

register(respellings)

# lookalike's classes (lookalikes.py): the brand's katakana name in Japanese gal letters (kana drawn with kanji,
# radicals and symbols of their shape), and ordinary katakana words and expressions written the same way
from tests.eval.adversary import lookalikes  # noqa: E402

register(lookalikes)

# units's classes (units.py): a price field that is one month of a plan, a pre-order's deposit, a kilo's price, a
# coupon beside a fair price; and the copy whose text states its real price below a decoy field
from tests.eval.adversary import units  # noqa: E402

register(units)

# senses' glyph classes (glyphs.py): a mark drawn in faux Cyrillic, a listing garbled by a wrong encoding (GBK,
# Windows-1251, Latin-1), and the innocent listings written or garbled the same way
from tests.eval.adversary import glyphs  # noqa: E402

register(glyphs)

# codes' classes (codes.py): the mark in a code a buyer decodes (Braille, Morse, a spelling alphabet, IPA, an anagram),
# and the honest listings that use the same codes
from tests.eval.adversary import codes  # noqa: E402

register(codes)

# cjk's classes (rewritten.py): a Chinese alias with characters typed as their pinyin (劳Li士) or drawn like another
# (劳力土), and the innocent words that look the same
from tests.eval.adversary import rewritten  # noqa: E402

register(rewritten)

# tales' classes (tales.py): new goods from lost luggage, unclaimed parcels, a flea market or a cleared shop counter, a
# personal shopper's goods at a copy's price, and the honest listings that tell the same stories
from tests.eval.adversary import tales  # noqa: E402

register(tales)

# people's founder classes (founders.py): the brand named by its founder's name, and the founders as people
from tests.eval.adversary import founders  # noqa: E402

register(founders)

# naming's home-town classes (hometowns.py): the brand named by the town it is from (Beaverton, Cupertino, 수원, 京都), and
# the same towns where nobody names the brand
from tests.eval.adversary import hometowns  # noqa: E402

register(hometowns)

# naming's crossword-clue classes (clues.py): the brand named by its letters counted ("5 letters, starts with R"), and the
# same puzzles naming no brand
from tests.eval.adversary import clues  # noqa: E402

register(clues)

# naming's local-script initial classes (local_initials.py): the trade's initials in Cyrillic, Greek, Hangul or katakana
# (ЛВ, СГ, 엘브이, 지지, エルブイ), and the same words naming nothing
from tests.eval.adversary import local_initials  # noqa: E402

register(local_initials)

# naming's catalogue-code classes (sku_prefixes.py): the brand named by the head of a shop's code (RLX-4471, GC-227),
# and the same codes naming nothing
from tests.eval.adversary import sku_prefixes  # noqa: E402

register(sku_prefixes)

# signals' classes (signals.py): the brand named by its goods' barcode (GS1 company prefix), its stock ticker or its
# official accounts, and the same codes where nobody names the brand
from tests.eval.adversary import signals  # noqa: E402

register(signals)

# quiet's place classes (places.py): a flat, room, office, parking space or holiday home let or sold near the brand's
# headquarters, plant, store or museum, and the copies that borrow a landmark's words
from tests.eval.adversary import places  # noqa: E402

register(places)

# quiet's genericized-mark classes (generics.py): a mark a market uses as the generic noun of such goods beside another
# maker's name, and the copies that use the same word with a copy claim
from tests.eval.adversary import generics  # noqa: E402

register(generics)

# quiet's wildlife classes (wildlife.py): hunting, fishing and wildlife goods named by the animal a mark shares, and the
# copies beside the same words
from tests.eval.adversary import wildlife  # noqa: E402

register(wildlife)

# identity classes (identity.py): the brand named by its slogan, its parent group, its designers; the same words as
# phrases, businesses and people
from tests.eval.adversary import identity  # noqa: E402

register(identity)

# scripts' Cantonese romanisations (cantonese.py): a brand's Chinese name in Jyutping, Yale or Hong Kong's spellings,
# and the same writings as a person's, a street's or a shop's name
from tests.eval.adversary import cantonese  # noqa: E402

register(cantonese)

# notgoods' classes (notgoods.py): listings whose object is not the brand's goods (a whole vehicle by its spec, an
# artwork depicting the goods, admission named after the brand, a dish titled homemade, a locksmith's key copy), and
# the copies that borrow their words
from tests.eval.adversary import notgoods  # noqa: E402

register(notgoods)

# genuine's cleared-goods classes (cleared.py): short-dated goods and outlet goods at the price their reason explains,
# and the copies in the same frames
from tests.eval.adversary import cleared  # noqa: E402

register(cleared)

# drawn's classes (drawn.py): the brand only drawn with characters (a FIGlet banner in a block or line-art font, letters
# stacked one a line), and the honest drawings (decorative art, tables, separators, emoji rows, the shop's own name)
from tests.eval.adversary import drawn  # noqa: E402

register(drawn)

# notations' classes (notations.py): the brand's name or model left in a notation a buyer reads through (escapes, UTF-8
# bytes, HTML references, base64 and punycode, other numeral systems, spoiler tags and emphasis, spinner templates), and
# innocent listings written in the same notations
from tests.eval.adversary import notations  # noqa: E402

register(notations)

# meaning's classes (meaning.py): the brand named by what its Chinese names mean (Three Star, Green Water Ghost) or by the
# text printed on its goods (a dial's SUPERLATIVE CHRONOMETER, a patch's Two Horse Brand), and the same words naming nobody
from tests.eval.adversary import meaning  # noqa: E402

register(meaning)

# services' classes (services.py): work done on the brand's goods read by its act in 26 languages and scripts, and the
# copies dressed as such work
from tests.eval.adversary import services  # noqa: E402

register(services)

# clues' word-game classes (word_clues.py): the brand given by a rule a buyer applies (its numeronym, a word that rhymes
# with it, rövarspråket and Löffelsprache), and the same games naming nothing
from tests.eval.adversary import word_clues  # noqa: E402

register(word_clues)

# precision's wrong-brand class (platforms.py): a platform (Windows/Mac, PS5 y Xbox, Switch対応) named beside brand A's
# goods is no second brand; and A's genuine goods so written
from tests.eval.adversary import platforms  # noqa: E402

register(platforms)

# quiet21's classes (sellers_words.py): genuine goods worded as sellers do (a wear time, ex-display in more languages, an
# outlet village, a court's or bailiff's auction, a footnote's star, an own brand's "X look"), and copies in those words
from tests.eval.adversary import sellers_words  # noqa: E402

register(sellers_words)

# unwhole's classes (unwhole.py): the mark not written whole (its word boundaries moved, added or removed; the first
# sounds of its words swapped; its initials in lower case; the initials of a title's words), and the same by chance
from tests.eval.adversary import unwhole  # noqa: E402

register(unwhole)

# cues21's classes (pitches.py): a plain copy word of thirty more languages beside the brand's goods or its own part, the
# copy seller's pitch without a copy word, "why pay <genuine price> for" stated above the listing's price; and compatible
# parts and genuine resale so worded
from tests.eval.adversary import pitches  # noqa: E402

register(pitches)

# genuine23's classes (honest_goods.py): genuine goods and honest trades that read like a copy (a previous owner's
# engraving), and the copies that borrow their words
from tests.eval.adversary import honest_goods  # noqa: E402

register(honest_goods)

# registry23's people-and-family classes (family.py): the brand named through its athletes' signature lines with their
# model number, or through a brand it owns or a sister mark in a relation phrase; and the same words where nobody names
# the brand (the athlete as a person or another sponsor's, the sub-brand's own listings)
from tests.eval.adversary import family  # noqa: E402

register(family)

# lore24's classes (lore.py): the brand named through what the world knows of it (a codename, a mascot, its launch or
# sponsored event, its street address, a screen or historic moment); and the same words where nobody sells its goods
from tests.eval.adversary import lore  # noqa: E402

register(lore)

# honest24's classes (candid.py): copy words in their technical sense (AAA x4, an official replica shirt, a device's copy
# feature), other makers' goods in the registry's jargon, genuine goods modified or from the brand's sample sale; and the
# copies that borrow those words, a lab's likeness report or a claim of lawfulness in place of authenticity
from tests.eval.adversary import candid  # noqa: E402

register(candid)

# names24's classes (heritage.py): a brand's discontinued or classic products and its group's house brands named alone,
# the trade's abbreviations tagged with its bare copy words; and the same lines sold honestly
from tests.eval.adversary import heritage  # noqa: E402

register(heritage)

# codes25's classes (goods_facts.py): the brand named by a fact of its goods only it has (the regulator's id on its
# devices), and the same facts where nobody sells a copy (an accessory naming the device it fits, the genuine device)
from tests.eval.adversary import goods_facts  # noqa: E402

register(goods_facts)

# codes27's classes (register_codes.py): the brand named by a register's code (ISIN, Wikidata item, VIN WMI, NDC
# labeler, interface glyphs) or its mark in a notation (Unicode character names, a regular expression), copy cue; and
# the same codes for a true reason
from tests.eval.adversary import register_codes  # noqa: E402

register(register_codes)

# ids28's classes (vendor_places.py): the brand named by the USB/PCI vendor id or Bluetooth company id its clone spoofs,
# or by its headquarters' coordinates, copy cue; and the same ids on developer tools, the same places on keepsakes
from tests.eval.adversary import vendor_places  # noqa: E402

register(vendor_places)

# ids28's date-code classes (date_codes.py): the brand named by a date code in its own format beside its stamp, copy
# cue; and the same codes in an authentication guide
from tests.eval.adversary import date_codes  # noqa: E402

register(date_codes)

# honest25's classes (stockists.py): a registered model at a retailer's street price (in the title or a JSON-LD block's
# sku), hotel and airline amenity lots, a factory outlet's last season; and the copies that borrow those words
from tests.eval.adversary import stockists  # noqa: E402

register(stockists)

# look26's classes (looks.py): the brand named by its goods' official colour names (Cosmic Orange, Titanium Silverblue,
# Strawberry Bronze); and the same colour words on paint, yarn, a third-party case or the genuine goods at a shop's price
from tests.eval.adversary import looks  # noqa: E402

register(looks)

# honest26's classes (fandom.py): genuine used goods called by a fan-war nickname of the brand, and copies sold under one
from tests.eval.adversary import fandom  # noqa: E402

register(fandom)

# honest26's classes (licences.py): a brand named as a licensor of another maker's accessory, or as a lawsuit's other
# party in a copy's title
from tests.eval.adversary import licences  # noqa: E402

register(licences)

# tools26's classes (workshop.py): the brand named by its dealer diagnostic tools and its customer-service numbers, with
# a copy's words; and the same tools and numbers at a workshop's or a retailer's genuine sale
from tests.eval.adversary import workshop  # noqa: E402

register(workshop)

# puzzles27's classes (puzzles.py): the mark as the answer of a word puzzle the listing sets (Nth letters of the title's
# words, a word-search grid, a rebus, an edit of another word, the capitals of bracketed names), and puzzle books,
# bundles joined by '+' and edits that are no mark
from tests.eval.adversary import puzzles  # noqa: E402

register(puzzles)

# trade26's classes (cards.py): the brand's gift card at its face value and a distributor's invoiced wholesale case,
# and the fraud and copy trades' cheap cards and copy lots that borrow those words
from tests.eval.adversary import cards  # noqa: E402

register(cards)

# retail27's classes (alone.py): one piece of a set or a pair sold alone (one earbud, the case, one shoe, a handle),
# and the copy trade borrowing those words beside its cue or at a copy's price
from tests.eval.adversary import alone  # noqa: E402

register(alone)

# retail27's classes (media.py): a film about the brand on DVD or a book described as used, and the copy trade
# borrowing those words
from tests.eval.adversary import media  # noqa: E402

register(media)

# precision28's classes (shopfront.py): the brand's store fixtures and packaging sold alone, and its service's
# subscription codes for a term at a subscription's price; and the copy and fraud trades' packaging kits and cheap codes
from tests.eval.adversary import shopfront  # noqa: E402

register(shopfront)

# glyphs28's classes (other_letters.py): the mark written in other characters and codes (CJK look-alikes of its Latin
# letters, a Polybius square or the tap code, runes, Ogham, Gothic, Glagolitic, Tifinagh, a voice transcript's
# sound-alike words); and everyday CJK text, digit pairs, rune goods and dictated listings that name nothing
from tests.eval.adversary import other_letters  # noqa: E402

register(other_letters)

# lore28's classes (renown.py): the brand named by what people know about it (a nickname as emoji beside its shorthand,
# a famous world first, a company it spun off, a club it owns, its voice or AI assistant); and the same where nobody
# sells its goods as a copy
from tests.eval.adversary import renown  # noqa: E402

register(renown)

# glyphs29's classes (fancy_text.py): the mark in fancy-text letters and codes (Canadian syllabics and the Ethiopic fancy
# alphabet, mathematical operators as letters, Bacon's biliteral cipher, uwu-speak); and everyday text of those scripts,
# maths goods, cipher puzzles and uwu merch that name nothing
from tests.eval.adversary import fancy_text  # noqa: E402

register(fancy_text)

# lore29's classes (standing.py): the brand named by a corporate ranking it holds or a model by its debut year and shape,
# the brand's goods sold plain with the logo hidden inside; and the same words where nobody sells its goods as a copy
from tests.eval.adversary import standing  # noqa: E402

register(standing)

# precision29's classes (difference.py): a 'pay the difference' link naming the brand's goods agreed in chat at a token
# price (补差价专用链接, 差額支払い専用リンク, 차액 결제 링크 ...), and the honest difference links for postage and upgrades
from tests.eval.adversary import difference  # noqa: E402

register(difference)

# precision29's classes (prizes.py): a prize line the brand really makes for crane games (Banpresto, Ichiban Kuji, Hot
# Wheels) won and resold at a prize price, and any brand's goods as a 'claw machine prize version' at a copy's price
from tests.eval.adversary import prizes  # noqa: E402

register(prizes)

# the lead's classes (common_words.py): a brand's multi-word line one letter from ordinary English words ('day rate'
# beside Day-Date) in an honest listing of other goods, and the same respelling among the brand's goods with a copy cue
from tests.eval.adversary import common_words  # noqa: E402

register(common_words)

# the lead's classes (bulk_offers.py): an offer to take bulk orders beside the brand's goods at a unit's retail price,
# and the same offer beside a copy cue
from tests.eval.adversary import bulk_offers  # noqa: E402

register(bulk_offers)

# glyphs30's classes (turned.py): the mark as calculator digits read upside down, the brand's katakana name written in
# ateji kanji; and calculators, ordinary numbers, everyday ateji and Japanese listings that name nothing
from tests.eval.adversary import turned  # noqa: E402

register(turned)

# glyphs30's classes (script_cues.py): the trade's English copy words written by sound in Indic, Thai, Arabic, Urdu and
# Persian script beside the brand's initialism or mark; and those scripts' everyday "copy" (exercise book, photocopy)
from tests.eval.adversary import script_cues  # noqa: E402

register(script_cues)

# lore30's classes (blocked_notes.py): a note that the brand's name is blocked here, with its first letter and logo words
from tests.eval.adversary import blocked_notes  # noqa: E402

register(blocked_notes)

# lore30's classes (former_staff.py): goods said made by the brand's former staff the same way, and the honest twins
from tests.eval.adversary import former_staff  # noqa: E402

register(former_staff)

# lore30's classes (poems.py): a copy listed as a haiku naming the brand by its riddle words; poetry books and prints
from tests.eval.adversary import poems  # noqa: E402

register(poems)

# lore30's classes (party_prizes.py): the brand's goods as a company annual-party lucky-draw prize
from tests.eval.adversary import party_prizes  # noqa: E402

register(party_prizes)

# precision30's classes (moving.py): the brand's used goods in a household moving or emigration sale at a used price,
# and the same story told for new goods or at a copy's price
from tests.eval.adversary import moving  # noqa: E402

register(moving)

# precision30's classes (relabel.py): dated goods with their expiry date relabelled at a shop's price, and fresh stock
# with a long date named
from tests.eval.adversary import relabel  # noqa: E402

register(relabel)

# unfiled31's classes (unfiled.py): the generator's copies and honest goods for every brand, refiled with no category, a
# catch-all one ("Other", "Sonstiges", その他) or one wrong for the goods ("Home & Garden" for a watch)
from tests.eval.adversary import unfiled  # noqa: E402

register(unfiled)

# refills31's classes (consumables.py): the brand's consumables (refills, cartridges, filters, brush heads, capsules,
# pods, pads, sensors, ink) named after it with a grade or size cue or a disguised mark, and their honest twins
from tests.eval.adversary import consumables  # noqa: E402

register(consumables)

# genuine31's carried-goods classes (carried.py): forwarders, restock bots, independent services, old newspapers and press
# photos of the brand's goods, an unwanted gift with a gift receipt at a street price, a team order at a dealer's price,
# and the copies that borrow their words
from tests.eval.adversary import carried  # noqa: E402

register(carried)

# the lead's classes after outsider29 (beside_goods.py, mend31): initials written with full stops, a copy whose
# description writes money and everyday prose (the brand alone alerts), an honest shop's reply to a buyer's review
from tests.eval.adversary import beside_goods  # noqa: E402

register(beside_goods)

# packs32's classes: multipacks of a dozen or more retail units and trade cases of packs, priced as their units
from tests.eval.adversary import packs  # noqa: E402

register(packs)

# packs32: listings filed under a category of none of the brand's, judged by the goods their title names
from tests.eval.adversary import misfiled  # noqa: E402

register(misfiled)

# names32's classes (names_more.py): an SMS short-code or catalogue offer whose "for <brand>" fits nothing, the trade's
# initialisms of the brand (RLX, BBR, KO, NK), the brand's katakana or Hangul name that is also a word of the language,
# each beside a copy word; and their honest twins (the brand's own texts, used goods, the everyday senses, batch numbers)
from tests.eval.adversary import names_more  # noqa: E402

register(names_more)

# news32's classes (mentions.py): headlines and press pieces about the company, a sponsor's event media, exhibition
# catalogues, storybooks and interpreters, the brand's name alone with nothing offered, and the copies that borrow them
from tests.eval.adversary import mentions  # noqa: E402

register(mentions)

# genuine32's classes (claims_genuine.py): genuine goods in honest words (bought from the brand itself, a resale's
# standing at a model's street price, an "OEM spare", a lost-property office's verified auction), and the copies that
# borrow them
from tests.eval.adversary import claims_genuine  # noqa: E402

register(claims_genuine)

# gifted33's household-surplus classes (household.py): the seller's own past use ("used in my shack for two seasons",
# "garage clearance") read as used, and an unwanted duplicate gift with its gift receipt near a shop's price, and the
# copies beside them
from tests.eval.adversary import household  # noqa: E402

register(household)

# tickets33's classes (helpdesk.py): a numbered help-desk ticket or Q&A whose answer "No, it is a <copy word>" admits the
# copy, and the honest twins (an agent's "Yes, 100% genuine", a guide to telling replicas)
from tests.eval.adversary import helpdesk  # noqa: E402

register(helpdesk)

# logos34's classes (logo_names.py): the brand unnamed, its logo named by the trade's name for it in the market's
# language (勾勾, 老花, the crowned O, the red square logo) or described by a hint beside a word for "logo" (the fruit logo,
# the Ω logo, 水果标志), with a copy word; and the honest twins (the words' everyday senses, the brand's own logo goods)
from tests.eval.adversary import logo_names  # noqa: E402

register(logo_names)

# wrong34's classes (second_brand.py): a copy set against a rival registry brand ('cheaper than', 'a <rival> killer'), and
# a copy told as a letter whose prose opens with 'Love' and contracts words; their honest twins
from tests.eval.adversary import second_brand  # noqa: E402

register(second_brand)

# genuine34's classes (honest_more.py): a baby's or
# child's size of the brand's shoes and clothes, and the copies that borrow their words
from tests.eval.adversary import honest_more  # noqa: E402

register(honest_more)

# privat35's classes (private_sale.py): a private owner's resale of genuine goods with a receipt (the private-sale
# disclaimer, a parcel point or local pickup) at a used price, and the copies that borrow those conventions
from tests.eval.adversary import private_sale  # noqa: E402

register(private_sale)

# ba35's classes (resale_customs.py): genuine goods in Chinese counter-BA, Japanese Mercari and Korean Bunjang customs
# with proof of purchase, and the copies that borrow those customs
from tests.eval.adversary import resale_customs  # noqa: E402

register(resale_customs)

# market35's classes (fake_markets.py): goods bought at a market known for counterfeits and resold as used, and a copy
# admitted in a clause ("obviously not real but great quality"); the honest twins (the brand's boutique in the same city,
# a travel guide to the market)
from tests.eval.adversary import fake_markets  # noqa: E402

register(fake_markets)

# genuine36's classes (genuine_owned.py): the brand's own spare part named after its product in parts counters' words,
# and an owner's travel gear sold after the trip; the copies that borrow those words
from tests.eval.adversary import genuine_owned  # noqa: E402

register(genuine_owned)

# closet37's classes (closet37.py): an owner's wardrobe clear-out (closet clean-out, vide dressing, Kleiderschrank
# ausmisten, 断舍离) and counter stock with its labels cut (剪标 专柜撤柜, タグカット品), and the copies that borrow their words
from tests.eval.adversary import closet37  # noqa: E402

register(closet37)

# honest36's classes (honest_channels.py): forced sales of genuine stock (bank repossession, insolvency administrators,
# court auctions), empty moving cartons, fan art of the goods and gift cards at a face value in the currency's own sign,
# and the copies that borrow their words
from tests.eval.adversary import honest_channels  # noqa: E402

register(honest_channels)

# evade36's classes (evasions36.py): a one-edit misspelling or the plain mark with a weak likeness claim ("like original",
# "wie Original", "как оригинал", "跟原版一样"), a copy graded by another brand ("(Gucci quality)", "looks like a Rolex");
# their honest twins (a replacement part that "fits like original", genuine goods compared in quality with another brand)
from tests.eval.adversary import evasions36  # noqa: E402

register(evasions36)

# dodge39's classes (pitches39.py): the copy seller's refusal of the authenticity question ("don't ask if it's original"),
# the buyer who wants the original sent to the mall, new goods of a house declared made where it makes none; their
# honest twins (the owner who answers with a receipt, goods bought at the mall, the label's real country)
from tests.eval.adversary import pitches39  # noqa: E402

register(pitches39)

# reason39's classes (stated_reasons.py): a used item priced in the market's money slang with no price field (lucas, jt,
# косарей, 万, 만, quid, lakh, mille), a used item with a named defect (smoke smell, water damage, pieces missing), used
# electronics paired with the brand's official app, "Original? Yes – receipt in the photos"; the copies that borrow them
from tests.eval.adversary import stated_reasons  # noqa: E402

register(stated_reasons)

# refusal39's classes (refusals39.py): a white-label maker's or a print shop's refusal of the brand's marks, the brand
# named as the refused thing ("we do not print Nike or other brand logos", "不接耐克等品牌logo"), and the copies that hedge
# the refusal ("not on the photos, logo sent separately") or offer the marks beside it ("original logo or yours")
from tests.eval.adversary import refusals39  # noqa: E402

register(refusals39)

# promo39's classes (promotions39.py): a retailer's gift with purchase after the brand's goods at list price, the copy
# trade's lure that gives the brand's goods FREE with a cheap item, and the promotion's words beside a copy word
from tests.eval.adversary import promotions39  # noqa: E402

register(promotions39)

# parts39's classes (spare_parts39.py): the brand's own spare parts and consumables (ear pads, a charging case, brush heads,
# a controller, batteries, sensors, chargers, filters) called original at a copy's price; their honest twins (a third
# party's part that says what it fits, the brand's own at its own price, a genuine part pulled from a working unit)
from tests.eval.adversary import spare_parts39  # noqa: E402

register(spare_parts39)

# mend40's classes (preowned40.py): a luxury house's model told as barely used ("worn twice, no box") at a price no
# pre-owned piece fetches, and a free engraving added to the goods at a copy's price; their honest twins (a dealer's
# pre-owned price, a retailer's free engraving at list price)
from tests.eval.adversary import preowned40  # noqa: E402

register(preowned40)

# reader50's classes (misreads50.py): a common word of the listing's own language beside a Latin unit (1.5L под), the
# Thai trade's words, a sum in kuai (176块), a receipt "con ticket", and the copies in the same words (a look-alike
# letter inside the mark, a copy word beside the kuai or the receipt, a lure's gift with a cheap accessory)
from tests.eval.adversary import misreads50  # noqa: E402

register(misreads50)

# honest50's classes (honest50.py): genuine goods a little under a floor for a stated or a market's reason (a retailer's
# closing-down sale with its invoice, a licensed pawnbroker's pledge with its papers, a line cheaper than its category, a
# price in another market's currency, used luxury in Turkish or Korean), and the copies that borrow the words (no
# papers, a copy's price, the brand's own part "in a white box")
from tests.eval.adversary import honest50  # noqa: E402

register(honest50)

# multi50's classes (multi50.py): a retailer's gift set, hamper or advent calendar and an owner's bundle listing three
# houses' items, each with its product and a size or count, at the items' sum (no tag cloud), and the copies that borrow
# the set's words (copy talk at a fair price, a copy's price)
from tests.eval.adversary import multi50  # noqa: E402

register(multi50)

# recall50's classes (recall50.py): copies that say so in words the matcher did not read (a fake sold as a teaching
# specimen, the Brazilian copy trade's and the Putian rep trade's grades deep in long texts), and their honest twins (a
# fake-spotting course, genuine goods in the same long boilerplate)
from tests.eval.adversary import recall50  # noqa: E402

register(recall50)

# merch50's classes (merch50.py): goods a house never made or licensed with its name and a word that shows its mark
# (party supplies, nail art, homeware, fabric by the metre), and their honest twins (the house's own line bought at its
# boutique, a licence named, generic goods with no brand's mark)
from tests.eval.adversary import merch50  # noqa: E402

register(merch50)

# attrib50's classes (attrib50.py): listings naming two brands where one brand's goods are a copy (a lot's one
# replica, a genuine item's FREE copy, a copy for / better than / with a component of another brand): only the copied
# brand alerts
from tests.eval.adversary import attrib50  # noqa: E402

register(attrib50)

# unlicensed51's classes (unlicensed51.py): the house's mark on goods it never makes (miniature keyrings and doll-size
# likenesses at a trinket's price, party tableware, children's ride-ons with a carmaker's badges), and their honest
# twins (a licensed maker's toy version, a house's own mini bag at its price, a licensed ride-on)
from tests.eval.adversary import unlicensed51  # noqa: E402

register(unlicensed51)

# by_weight51's classes (by_weight51.py): a house's design in solid gold priced by weight and labour, and its honest
# twins (an unbranded piece by weight that says it is no house's, a food brand's goods sold by weight)
from tests.eval.adversary import by_weight51  # noqa: E402

register(by_weight51)

# customs51's classes (customs51.py): genuine goods of one brand customised with another house's mark (only the
# applied house alerts), and the painter's own art on genuine goods (quiet)
from tests.eval.adversary import customs51  # noqa: E402

register(customs51)

# salon51's classes (salon51.py): a salon or professional size of a house's retail beauty line, and the professional
# ranges' salon sizes from a salon supplier (quiet)
from tests.eval.adversary import salon51  # noqa: E402

register(salon51)

# lots51's classes (lots51.py): an owner's closet lot of three houses' items that vouches for two with receipts and
# names the third as the exception, a copy (only the copied brand alerts), and its honest twin (every item vouched for)
from tests.eval.adversary import lots51  # noqa: E402

register(lots51)

# price51's classes (prices51.py): prices written only in the text in a market's notation (💰1.2k, 12tr5, 1jt2, ₹1,29,900/-,
# 一千一百九十元, 3.2万円, ٣٨٠٠ ريال), a sale's struck or named was/now pair, a shop's pledge that it sells no copies; genuine
# goods at a shop's price in each (traps) and copies at a copy's price or with the copy word after the pledge (evasions)
from tests.eval.adversary import prices51  # noqa: E402

register(prices51)

# trade51's classes (trade51.py): honest trade channels in the copy trade's words (a distributor's standing with MOQ and
# a price per unit, an aftermarket maker's neutral box, a reseller's unpriced caption with its receipt refusing copies, a
# legit-check service by its names) and the copies that borrow them (a copy's price, grade talk, the brand's box)
from tests.eval.adversary import trade51  # noqa: E402

register(trade51)

# quiet52's classes (official52.py): a seller named as the brand's official store at a fair price (quiet), the same name
# at a copy's price, beside a copy word or a messaging app, shops named after the brand with no official claim; a shop's
# warning against fakes sold elsewhere (quiet) and the warning followed by its own copy word
from tests.eval.adversary import official52  # noqa: E402

register(official52)

# recall52's classes (recall52.py): a factory's wholesale offer packed in a copy of the maker's box, bulk licence keys
# priced per key in the text beside a model year (alert); one genuine item in its original box with a copy of the
# receipt, a partner's volume licence per seat (quiet)
from tests.eval.adversary import recall52  # noqa: E402

register(recall52)

# offer52's classes (placeholders52.py): a placeholder price field (99999, 888888, 0.01, 1) the text disowns beside the
# price it states, "make an offer" with a token in the field and the asking price in the text, a shop's options list
# naming the brand's goods under a generic title; genuine goods at a shop's price (traps) and copies at a copy's price
from tests.eval.adversary import placeholders52  # noqa: E402

register(placeholders52)

# quiet53's classes (readings53.py): a market's own boilerplate (Arabic function words, "original with receipt" in
# Cyrillic, Thai warranty and fake-warning lines), prices in a market's notation (805 €, 35.150đ) and sizes glued to
# their units (41mm S+) around genuine goods at a shop's price (quiet) and beside a copy word at a copy's price (alert)
from tests.eval.adversary import readings53  # noqa: E402

register(readings53)

# fresh53b's classes (passing53.py): a repair fitting a copy part with the brand's logo ("the customer won't notice"), the
# brand's packaging sold "for copies", a copy grade kept only in an item specific; their honest twins (a genuine part
# fitted, a collector's original box with the item sold apart, honest item-specific values)
from tests.eval.adversary import passing53  # noqa: E402

register(passing53)

# fresh53a's classes (resold53.py): used genuine goods with the shop's receipt in Swahili, Pidgin, Hausa, Amharic, Hindi,
# Bengali, Tamil and Urdu, a liquidation lot of customer returns, a genuine item with unbranded extras, a moving sale of
# goods "bought new", an engraver's service on the customer's item (traps); the copies in the same words (evasions)
from tests.eval.adversary import resold53  # noqa: E402

register(resold53)

# seen54's classes (freebies54.py, street_abroad54.py): a FREE item of a brand whose name is an everyday word admitted
# a copy beside another brand's genuine goods (only the freebie's brand alerts; its genuine twin quiet); a registered
# model in another market's currency a little under its list price with the market's words of standing (quiet), the
# standing denied or the copy trade's words instead (alerts)
from tests.eval.adversary import freebies54, street_abroad54  # noqa: E402

register(freebies54)
register(street_abroad54)

# fresh54a's classes (deals54.py): a failed retailer's stock sold by its receiver or liquidator with its papers, a title
# cut mid-word at a platform's limit, a placeholder price left to the description, an authorised distributor's trade
# price with its invoice, a price in full-width digits beside the official store's words (traps); the copies in the same
# words (evasions)
from tests.eval.adversary import deals54  # noqa: E402

register(deals54)

# fresh54b's classes (tagged54.py): search tags written into the description (a plain item said to carry no brand, keyword
# stuffing, a tag line with a copy word), the shops' pledge against fakes ("fake one pay ten"), a grey import from a factory
# and the copy trade's machine-translated slang ("original single", "mirror work"), with their honest twins
from tests.eval.adversary import tagged54  # noqa: E402

register(tagged54)

# fresh54d's classes (verticals54.py): a branded medicine "for research use only" in its dose form, a frankenwatch's
# clone movement in a genuine case, a rep find "found ... on weidian" with an agent's link (alert); a laboratory's RUO
# reagent kit, a genuine watch with a disclosed aftermarket strap or bezel, a lost-and-found post (quiet)
from tests.eval.adversary import verticals54  # noqa: E402

register(verticals54)

# fresh54c's classes (cross_sell54.py): an unrelated title, the brand's item cross-sold as a copy in the description
# (evasion), or as its genuine item (trap)
from tests.eval.adversary import cross_sell54  # noqa: E402

register(cross_sell54)

# hiding55's classes (said_of55.py): other goods in the title, the copy word said of the brand's item where no reader
# looked (a hashtag glued to the mark, right after it, the URL slug; the brand as the genuine article in a review or a
# price anchor) (evasions); fan hashtags, an honest slug and RRP on genuine goods, a genuine review (traps)
from tests.eval.adversary import said_of55  # noqa: E402

register(said_of55)

# admit55's classes (admit55.py): the brand's goods in the title and the text denying the brand made them ("not made by",
# "not from", "kein echter", "非…原厂"), a denial of authenticity that explains the price (evasions); a third party's own
# goods for the brand's that deny its making, genuine goods whose shop denies copies over a list or pledges a refund (traps)
from tests.eval.adversary import admit55  # noqa: E402

register(admit55)

# genuine55's classes (genuine55.py): genuine goods below the floor for a disclosed reason with a fact a buyer can check
# (an authenticator's certificate, loose/no box, a tester's batch code, a stated short date: quiet) and the copies that
# borrow the same words (alert)
from tests.eval.adversary import genuine55  # noqa: E402

register(genuine55)

# parts55's classes (parts55.py): a carmaker's or device maker's part (airbag, brakes, filters, display, camera module,
# shutter, ink ...) called genuine with a parts number at a copy's share of what such a part costs (evasion); the maker's
# part pulled from a working unit, a repair shop's genuine part, a remanufactured part with a core charge, an
# aftermarket part that says what it fits (traps)
from tests.eval.adversary import parts55  # noqa: E402

register(parts55)

# resale55's classes (resale55.py): genuine goods with the owner's disclosed marks of use, new goods resold with the
# shop's proof of purchase (new with tags, a sealed unwanted present), genuine goods whose price cannot be judged (price
# on request over a placeholder, Iranian rials, no price field) claimed genuine with an invoice (traps); the copies in
# the same words (evasions)
from tests.eval.adversary import resale55  # noqa: E402

register(resale55)

# scripts56's classes (scripts56.py): genuine goods whose brand name is spelt letter for letter in Georgian or Armenian
# letters, and genuine goods whose text says "rep" as a person, a verb or an exercise count (traps); the brand's goods
# inside an accessory frame with their maker denied, and "rep" in passing before the goods (evasions)
from tests.eval.adversary import scripts56  # noqa: E402

register(scripts56)
# trade56's classes (trade56.py): genuine goods through the B2B trade's own channels beside their papers (an authorised
# distributor, the brand's wholesale programme with its RRP, its corporate purchasing store, parallel trade, export;
# a retailer's closeout lot with its manifest, a closed boutique's dead stock with invoices) at the channel's price
# (traps); the same channels' words on stated copies, and a manifested lot at a copy's price per unit (evasions)
from tests.eval.adversary import trade56  # noqa: E402

register(trade56)
# private56's classes (private56.py): the seller's own goods (OEM for your label, packaging that fits, 'muadili
# logosuz', 'zamiennik bez logo', 'marca propia') naming the brand only as a comparison or a fit (trap); the same trades
# offering the goods with the brand's mark (evasion)
from tests.eval.adversary import private56  # noqa: E402

register(private56)
# words56's classes (words56.py): the brand's goods with a copy word and "not original" of a language the lists were thin
# in (Central Asia, the Caucasus, South and South-East Asia, Africa, Kurdish, Eastern Europe), a model kit's graded
# "réplica AAA" (evasion); genuine goods with the shop's receipt and warranty in the same languages, the copy word denied
# after or before it ("Copy nahi hai", "көшірме емес"), a maker's own scale replica kit (trap)
from tests.eval.adversary import words56  # noqa: E402

register(words56)
# pages57's classes (pages57.py): a whole product page (details, delivery, returns, pasted reviews with their parcels'
# dents, FAQ, shop blurb, tag line) whose seller says once mid-page that the goods are copies, or only by a copy's price
# (evasion); the same page for genuine goods whose copy words speak of copies in general: a buyer's fear proved
# genuine, a refund promise, the marketplace's ban, how to spot fakes (trap)
from tests.eval.adversary import pages57  # noqa: E402

register(pages57)
# text57's classes (text57.py): genuine goods whose text is mangled by honest causes (a CMS's soft hyphens and zero-width
# spaces, an emoji seller's sequences, machine-translated praise beside a claim of genuine goods and its papers) at a
# shop's price (trap); the same mangling on a stated copy, and the mark cut across the title and the description with an
# ellipsis on each side (evasions)
from tests.eval.adversary import text57  # noqa: E402

register(text57)
# left57's class (left57.py): genuine goods whose description lists the unit's own swing tag among its box, barcode and
# receipt and ends with a search-tag line of other brands, at a fair price (trap)
from tests.eval.adversary import left57  # noqa: E402

register(left57)
