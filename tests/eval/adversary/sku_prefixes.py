"""The adversary's catalogue-code classes (naming, 2026-12-03): the brand named by the head of a copy shop's own
catalogue code, and the same codes where they name nothing.

Written from first principles (a shop files its goods under codes of its own, and a stock clerk shortens the brand's name
to head them: its initials, LV, CG, MK; its first three letters, DYS, SAM; the first letter of each syllable, Bur-ber-ry
BBR, Pan-do-ra PDR, O-me-ga OMG, Guc-ci GC; with the last syllable's closing consonant, Ro-lex RLX), not from a held-out
set's strings. The generator shortens each brand's own name (BrandView.name) so, and keeps a head no other brand of the
same category shortens to, and no English word (CAR-, PAN-).

- sku_prefix_copy: "SKU RLX-4471 diver 40mm - replica", "Réf. GC-227 ceinture - réplique", "货号 OMG-SM-300 手表 高仿", in
  the brand's category with a cue that claims a copy.
- trap_sku_prefix: the same codes on the brand's goods at a shop's price with no cue, and codes with such heads on other
  goods (a relay module RLX-500, a current sensor CT-100, a car holder).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import wordfreq

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, brand_views

EVASIONS = {
    "sku_prefix_copy": "the brand named by the head of a shop's catalogue code, its name shortened by a stock clerk "
                       "(RLX-4471, GC-227, OMG-SM-300, BBR-TR-11, PDR-CH-85, MK-JS-BAG), with a cue that claims a copy",
}
TRAPS = {
    "trap_sku_prefix": "the same codes on the brand's goods at a shop's price with no cue, and such heads on other "
                       "goods (RLX-500 relay module, CT-100 current sensor)",
}
VOWELS = set("aeiouy")


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return [w for w in ("".join(c for c in w if "a" <= c <= "z") for w in re.split(r"[\s\-&]+", folded)) if w]


def heads(name: str) -> list[str]:
    """A stock clerk's shortenings of a name: initials, first three letters, syllables' first letters (+ the last
    closing consonant)."""
    words = _words(name)
    if not words:
        return []
    joined = "".join(words)
    out = []
    if len(words) >= 2:
        out.append("".join(w[0] for w in words))
    if wordfreq.zipf_frequency(joined[:3], "en") < 3.0:  # not CAR-, CAN-, THE-: the code's own word
        out.append(joined[:3])
    onsets = joined[0] + "".join(joined[k - 1] for k in range(2, len(joined))
                                 if joined[k] in VOWELS and joined[k - 1] not in VOWELS)
    if len(onsets) >= 2:
        out.append(onsets[:4])
        coda = re.search(r"[^aeiouy]+$", joined)
        if coda and len(onsets) <= 3:
            out.append((onsets + coda.group()[-1])[:4])
    return [h for h in dict.fromkeys(out) if 2 <= len(h) <= 4]


@cache
def _taken(brand: str) -> frozenset[str]:
    brands = brand_views()  # shared, read only (issue 16)
    mine = next(b for b in brands if b.id == brand)
    return frozenset(h for b in brands if b.id != brand and set(b.categories) & set(mine.categories) for h in heads(b.name))


def _heads(b: BrandView) -> list[str]:
    return [h for h in heads(b.name) if h not in _taken(b.id)]


LABELS = ["SKU", "Ref.", "Art.", "Item", "Code", "Kod", "Réf.", "Art.-Nr.", "Modelo", "货号", "品番"]
CUES = ["replica", "super copy", "high copy", "mirror copy", "fake", "knockoff", "réplique", "réplica", "replika",
        "Fälschung", "高仿", "复刻", "スーパーコピー"]


def _code(head: str, r) -> str:
    tail = r.choice([f"{r.randint(10, 9999)}", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWX') for _ in range(2))}-{r.randint(1, 99):02d}",
                     f"{r.randint(100, 999)}{r.choice('ABCDKLMS')}", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWX') for _ in range(3))}-{r.randint(1, 60)}"])
    return f"{head.upper()}-{tail}"


def make_sku_prefix_copy(b: BrandView, s: Scene) -> Draft | None:
    found = _heads(b)
    if not found:
        return None
    r = s.rng
    cat = s.category()
    code = _code(r.choice(found), r)
    cue = r.choice(CUES)
    title = r.choice([f"{r.choice(LABELS)} {code} {s.product(cat)} - {cue}", f"{_cap(s.product(cat))}, {code}, {cue}",
                      f"{cue} {code} {s.product(cat)}"])
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


OTHER = [("{code} relay module 5V, 4 channel", "electronics", 4), ("Part {code} current sensor, split core", "electrical", 12),
         ("{code} replacement fuse 10A, pack of 10", "electrical", 3), ("Cable tie {code}, 100 pcs", "hardware", 5),
         ("{code} office chair castor wheels, set of 5", "furniture", 14)]


def make_trap_sku_prefix(b: BrandView, s: Scene) -> Draft | None:
    found = _heads(b)
    if not found:
        return None
    r = s.rng
    code = _code(r.choice(found), r)
    if r.random() < 0.5:
        cat = s.category()
        title = r.choice([f"{r.choice(LABELS)} {code} {s.product(cat)}, boxed, warranty", f"{_cap(s.product(cat))} ({code}), new"])
        return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(OTHER)
    return Draft(frame.format(code=code), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), "")


EVASION_MAKERS = {"sku_prefix_copy": make_sku_prefix_copy}
TRAP_MAKERS = {"trap_sku_prefix": make_trap_sku_prefix}
