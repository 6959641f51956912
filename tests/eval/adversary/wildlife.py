"""The adversary's wildlife classes (issue 9, precision; quiet, session 16): hunting, fishing and wildlife goods named
after the animal a mark shares (Canada goose decoys, calls and feathers for fly tying, a guided goose hunt, a puma's
photograph, a puma plush, shotgun shells for reloading) must stay quiet; the brand's goods beside the same words with a
copy claim must alert.

Written from first principles (how hunting and outdoor shops and classifieds title decoys, calls, hunts and specimens, in
English, French, German, Spanish, Italian, Dutch and Russian); no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _plain_mark

TRAPS = {
    "trap_wildlife_animal_sense": "hunting, fishing and wildlife goods named by the animal a mark shares (goose decoys, "
                                  "calls, feathers for fly tying, a guided hunt, a puma photograph, shotgun shells), 7 "
                                  "languages, filed under hunting or nowhere",
}
EVASIONS = {
    "fake_wildlife_words_copy": "the brand's goods beside hunting or wildlife words (a parka 'hunting season edition', "
                                "'wildlife edition') with a copy claim",
}

# brand id -> the animal as each language names it
ANIMALS = {"canada-goose": ["Canada goose", "Canada geese", "canada goose", "Kanadagans", "bernache du Canada",
                            "barnacla canadiense", "oca del Canada", "Canadese gans", "канадская казарка"],
           "puma": ["puma", "Puma", "cougar (puma)", "Puma concolor"],
           "shell": ["shell", "shotgun shell", "Shell"]}
GOODS = ["{a} full body decoys, 6 pack", "{a} shell decoys x12 with bag", "{a} call, acrylic, short reed",
         "{a} feathers for fly tying, natural grey, 20 pcs", "Guided {a} hunt, per hunter per day",
         "{a} silhouette decoys, 24 pack", "{a} taxidermy shoulder mount", "Wildlife photo print: {a} at dawn, 40x60",
         "Appelants {a} x6", "Lockvogel {a}, 4 Stück", "Señuelos de {a}, pack de 6", "Richiami {a}, set da 4",
         "Lokvogels {a}, 6 stuks", "Чучела {a}, 10 шт", "{a} decoy bag, holds 12", "Waterfowl hunting: {a} flute call"]
SHELL_GOODS = ["Empty 12 gauge shotgun shells for reloading, 100 hulls", "Once-fired {a}s, 250 hulls, reloading",
               "Shotgun shells hulls 20 gauge, once-fired, 100 pcs"]
SECTIONS = ["Hunting", "Sporting Goods > Hunting", "Jagd", "Chasse", "Caza", "Fishing", "Art", None, None]


def make_wildlife_animal_sense(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in ANIMALS:
        return None
    r = s.rng
    shape = r.choice(SHELL_GOODS) if b.id == "shell" else r.choice(GOODS)
    title = shape.format(a=r.choice(ANIMALS[b.id]))
    return Draft(title, r.choice(SECTIONS), (float(r.randrange(5, 300)), "USD"), "")


COPY = ["1:1", "replica", "super copy", "AAA quality", "mirror quality"]
COPY_SHAPES = ["{m} {p}, hunting season edition, {c}", "{m} {p} waterfowl edition {c}", "{m} {p} {c} – wildlife print",
               "{m} {p} {c}, hunting trip ready", "{m} {p} {c} with decoy print lining"]


def make_wildlife_words_copy(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in ANIMALS:
        return None
    r = s.rng
    cat = s.category(with_floor=True)
    title = r.choice(COPY_SHAPES).format(m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")


TRAP_MAKERS = {"trap_wildlife_animal_sense": make_wildlife_animal_sense}
EVASION_MAKERS = {"fake_wildlife_words_copy": make_wildlife_words_copy}
