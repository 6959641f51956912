"""Fans' and fan wars' nicknames for a brand: genuine used goods described with them, and copies sold under them
(issue 9, honest26; outsider23's in_fan_slang_used_genuine23 and c_fan_war_nicknames23, learnt from their way of
writing, not their strings).

Classes:
- `trap_fan_nickname_used`: a fan sells genuine used goods of the brand and calls it by a mocking nickname ("Scamsung
  joke aside, Galaxy Buds genuine, used", "Crapple laptop still works lol", "My M$ controller"), with a receipt and a
  used condition, at a used unit's price (50-100 % of the new floor): quiet. The nickname is how a fan writes the
  brand, not a disguise of its mark (the registry's `nicknames`: a disguise read on the same letters, "Samesung" one
  edit from Samsung, is the nickname read again, scoring._claims_copy's `plain`).
- `fake_fan_nickname_copy`: the same nicknames on a copy, with a copy cue at a copy's price ("Crapple wireless earbuds –
  super copy", "controller (Microsloth style) 1:1 reps"; a likeness frame under the nickname: an honest comparison
  writes the name it compares with, judge._disguised_mark): alerts the brand.

The nicknames (FAN_NICKNAMES) are the fan-war names the tech press, forums and the Jargon File know (Crapple, iSheep,
Scamsung, Samesung, Micro$oft, M$, Microsloth, Xbone, Nintendon't, Big N, Ninty, Sony Pony, Soyny); the demo registry
declares them as nicknames in its own commented blocks (honest26). Written for BrandSentry from how fans and console-war
threads word them (general knowledge); no held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "fake_fan_nickname_copy": "a fan-war nickname of the brand (Crapple, Scamsung, Micro$oft, Nintendon't, Soyny) on a "
                              "copy, with a copy cue at a copy's price: alerts",
}
TRAPS = {
    "trap_fan_nickname_used": "genuine used goods of the brand called by a fan's mocking nickname (Scamsung joke aside, "
                              "Crapple laptop still works), receipt and used condition, at a used unit's price: quiet",
}

# the fan-war nicknames of the brands that have them (registry.yaml's honest26 blocks say where each is from)
FAN_NICKNAMES = {
    "apple": ["Crapple", "iCrap", "iSheep"],
    "samsung": ["Scamsung", "Samsuck", "Shamsung", "Samesung"],
    "microsoft": ["Micro$oft", "M$", "Microsloth", "Microshaft", "Xbone"],
    "sony": ["Sony Pony", "Soyny"],
    "nintendo": ["Nintendon't", "Big N", "Ninty"],
}
USED_TITLES = ["{n} joke aside, {p} genuine, used", "{n} every year lol – selling my {p}, genuine, used",
               "'{n}' {p} still works – genuine, used", "My {n} {p} – genuine, used, works",
               "{n} no more – {p} genuine, used", "{p} (yes, {n}) – original, used, boxed",
               "{n}'s {p}, used, boxed – genuine"]
USED_DESC = ["Genuine, bought at retail, receipt in photos. Used condition.",
             "Bought new at the store, receipt included. Light wear, used.",
             "Original, used for a year, works perfectly. Receipt and box.", "Used, genuine, with the receipt."]
COPY_TITLES = ["{n} {p} – {c}", "{p} ({n} style) {c}", "{n} {p}, {c}", "{p} – same as {n}'s, {c}",
               "{p} – {n} style. Not original."]  # a likeness under the nickname, the goods denied original
COPY_DESC = ["Why pay the {n} price.", "{c}, works 100%.", "Same as {n}'s. {c}.", ""]
COPY_CUES = ["1:1 reps", "super copy", "replica, top grade", "mirror quality", "high copy", "AAA quality copy",
             "fake but premium"]


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str] | None:
    """(nickname, category with a floor, product) for a brand with fan-war nicknames, else None."""
    names = FAN_NICKNAMES.get(b.id)
    cats = [c for c in b.categories if c in b.floors]
    if not names or not cats:
        return None
    cat = s.rng.choice(cats)
    return s.rng.choice(names), cat, s.product(cat)


def make_fan_nickname_used(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    (name, cat, product), r = goods, s.rng
    floor, cur = b.floors[cat]
    return Draft(r.choice(USED_TITLES).format(n=name, p=product), cat, (round(floor * r.uniform(0.5, 1.0), 2), cur),
                 r.choice(USED_DESC))


def make_fake_fan_nickname_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    (name, cat, product), r = goods, s.rng
    floor, cur = b.floors[cat]
    cue = r.choice(COPY_CUES)
    return Draft(r.choice(COPY_TITLES).format(n=name, p=product, c=cue), cat,
                 (round(floor * r.uniform(0.15, 0.6), 2), cur), r.choice(COPY_DESC).format(n=name, c=cue))


EVASION_MAKERS = {"fake_fan_nickname_copy": make_fake_fan_nickname_copy}
TRAP_MAKERS = {"trap_fan_nickname_used": make_fan_nickname_used}
