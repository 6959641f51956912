"""The adversary's classes of a multi-word mark or line one edit from ordinary words. Two common English words one letter
from a brand's line ('day rate' beside Day-Date, 'air mix' beside Air Max, 'north fact' beside North Face) are what an
honest title says about something else: a service's day rate, a kitchen's air mixer. Such a reading must stay quiet
outside the brand's goods and without a copy's cue or price (trap); the same words among the brand's goods with a cue
claiming a copy (the counterfeiter's pun, 'Day Gate 40mm replica') must alert (evasion), for every brand with such a
line.

The ordinary words are English words of Zipf frequency 4 or more in wordfreq (its 'en' list), one letter substituted
in one word of a mark or line the registry declares whose words are all of Zipf 3.5 or more; nothing of the matcher or
of a held-out set was read. Found by outsider27's in_qc_inspection27 ('Pre-shipment inspection ... Man-day rate.', all
twelve alerting Rolex's Day-Date), after that set was scored.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from wordfreq import zipf_frequency

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

TRAPS = {
    "trap_common_words_near_line": "two ordinary English words one letter from a brand's multi-word line ('day rate', "
                                   "'air mix') in an honest listing of other goods or a service, at its own price",
}
EVASIONS = {
    "common_words_line_copy": "a brand's multi-word line respelt one letter into ordinary English words ('Day Gate', "
                              "'Dunk Low' as 'Junk Low') among the brand's goods, with a cue claiming a copy",
}

WORD_ZIPF, VARIANT_ZIPF = 3.5, 4.0
# honest surroundings: (category, title frame, price range in USD); the category is never the brand's
OTHER_GOODS = [("services", "{p} – pre-shipment inspection, third-party QC report", (80, 400)),
               ("services", "Consulting: {p} quoted per project, invoice available", (50, 300)),
               ("books", "'{p}' – paperback novel, used, good condition", (4, 20)),
               ("home decor", "{p} wall print, A3 poster, matte", (8, 30)),
               ("toys", "{p} board game for kids, complete", (10, 40)),
               ("music", "{p} – vinyl LP, indie band, 2019 pressing", (15, 35)),
               ("kitchen", "{p} enamel mug, 350 ml, handmade", (6, 25))]
COPY_FRAMES = ["{p} {g} – {c}", "{g} '{p}' {c}", "{c} {p} {g}", "{p} {g}, {c}, fast shipping"]


@lru_cache(maxsize=None)
def _common(word: str, zipf: float) -> bool:
    return len(word) > 1 and zipf_frequency(word, "en") >= zipf


@lru_cache(maxsize=None)
def _respellings(line: str) -> tuple[str, ...]:
    """'day date' -> ('day fate', 'day gate', ...): one letter substituted in one word of four letters or more, every
    word of the result an ordinary English word; sorted (the draw is seeded)."""
    words = line.split()
    if len(words) < 2 or not all(_common(w, WORD_ZIPF) for w in words):
        return ()
    out = set()
    for i, w in enumerate(words):
        if len(w) < 4:
            continue
        for j in range(len(w)):
            for c in string.ascii_lowercase:
                v = w[:j] + c + w[j + 1:]
                if v != w and _common(v, VARIANT_ZIPF):
                    out.add(" ".join(words[:i] + [v] + words[i + 1:]))
    return tuple(sorted(out))


def _lines(b: BrandView) -> list[str]:
    """The brand's marks and product lines of two to three plain Latin words, as words ('Day-Date' -> 'day date')."""
    out = []
    for m in b.marks + b.declared("line"):
        if m.everyday or not re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+){1,2}", m.value):
            continue
        out.append(m.value.lower().replace("-", " "))
    return sorted(set(out))


def _pick(b: BrandView, s: Scene) -> str | None:
    choices = [(line, v) for line in _lines(b) for v in _respellings(line)]
    if not choices:
        return None
    _, respelt = s.rng.choice(choices)
    return " ".join(w.capitalize() for w in respelt.split())


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    phrase = _pick(b, s)
    if phrase is None:
        return None
    r = s.rng
    options = [g for g in OTHER_GOODS if g[0] not in b.categories]
    category, frame, (low, high) = r.choice(options)
    return Draft(_cap(frame.format(p=phrase)), category, (round(r.uniform(low, high), 2), "USD"),
                 r.choice(["", "Man-day rate.", "Ships in 2 days.", "Invoice on request."]))


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    phrase = _pick(b, s)
    if phrase is None:
        return None
    r = s.rng
    category = s.category(with_floor=True)
    title = r.choice(COPY_FRAMES).format(p=phrase, g=s.product(category), c=s.cue())
    return Draft(_cap(title), category, s.price(category, low=r.random() < 0.5), "")


TRAP_MAKERS = {"trap_common_words_near_line": make_trap}
EVASION_MAKERS = {"common_words_line_copy": make_copy}
