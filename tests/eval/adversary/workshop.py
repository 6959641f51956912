"""The adversary's workshop classes (tools26, 2026-12-04): the brand named by the things around its goods that only the
brand has, its dealer diagnostic tools and its customer-service numbers, and the same things where nobody sells a copy.

Written from first principles of how the cloned-tool and copy trade writes (AliExpress/eBay titles of cloned VCIs and
cracked workshop software: "<tool> <version> clone", "+ keygen", "cracked, unlimited activation", "token generator";
a copy that quotes the maker's hotline to look official). The tools and numbers are the registry's own (`dealer_tools`
and `hotlines` of deploy/seed/registry.yaml: every demo brand that declares them); a number is written as a listing
writes it (dashes, dots, spaces, brackets, +1 or not, a toll-free number's letters on the keypad), never as declared.

Traps (innocent, must stay quiet): a workshop's genuine used interface or a dealer's licensed subscription at a
workshop's price, a third party's pass-thru cable "compatible with" the tool, with no copy word; a retailer's genuine
goods that quote the maker's support number for warranty registration at a shop's price. Nothing here is taken from a
held-out set.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "dealer_tool_named": "no mark: the maker's own dealer diagnostic tool or software (Techstream, ISTA, ICOM Next, "
                         "i-HDS, KTS 590, ESI[tronic]) as a cloned interface or cracked software (clone, crack, keygen, "
                         "unlimited activation), filed in the brand's category or among diagnostic tools",
    "hotline_named": "no mark: the brand's customer-service number written as a listing writes it (dashes, dots, "
                     "brackets, +1 or not, vanity letters) beside generic goods words, with a copy cue",
}
TRAPS = {
    "trap_dealer_tool_genuine": "a workshop's genuine used interface or a licensed subscription at a workshop's price, or "
                                "a third party's J2534 cable compatible with the tool, no copy word",
    "trap_hotline_retailer": "a retailer's genuine goods quoting the maker's support number for warranty registration, "
                             "at a shop's price, no cue",
}
_VERSIONS = ["v18", "2026", "4.5x", "3.104", "18.00.008", "2026/1", "v2.0.4", "latest"]
_TOOL_COPY = ["clone", "best clone", "China clone", "clone, crack included", "cracked", "+ keygen", "with keygen",
              "unlimited activation", "lifetime activation, offline", "token generator included", "cloned VCI",
              "(copy)", "keygen + loader", "pirated SSD"]
_TOOL_EXTRA = ["SSD preinstalled", "laptop ready to use", "J2534 cable", "VCI interface", "all models", "coding ready",
               "2026 DVD", "dealer level", "OBD2 cable"]
_TOOL_CATS = ["diagnostic tools", "car electronics", "software", "tools"]
_COPY = ["1:1 copy", "replica", "super copy", "AAA quality", "high copy", "mirror quality", "fake but premium", "first copy"]
_HOT_FRAMES = ["support line {n}", "call {n} to check", "({n} customer care)", "{n} warranty line", "as listed by {n}",
               "register at {n}", "helpline {n} recognises it", "{n} service desk"]
_SHOP = ["new, sealed, invoice included", "authorised retailer, 2-year warranty", "in stock, ships tomorrow",
         "new, sealed, shop stock"]


def _written(number: str, rng) -> str:
    """The declared number as a listing writes it: "+1 800 331 4331" -> "1-800-331-4331", "(800) 331-4331", ..."""
    digits = "".join(c for c in number if c.isdigit())
    cc = number.split()[0].lstrip("+") if number.startswith("+") else ""
    national = digits[len(cc):]
    if cc == "1" and len(national) == 10:
        a, b, c = national[:3], national[3:6], national[6:]
        return rng.choice([f"1-{a}-{b}-{c}", f"({a}) {b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}",
                           f"{a}-{b}-{c}", f"+1-{a}-{b}-{c}"])
    return rng.choice([f"0{national}", f"+{cc} {national}", f"0{national[:3]} {national[3:6]} {national[6:]}"])


def make_dealer_tool_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    tools = [m.value for m in b.declared("dealer_tool")]
    if not tools:
        return None
    cat = r.choice(b.categories) if r.random() < 0.6 else r.choice(_TOOL_CATS)
    title = f"{r.choice(tools)} {r.choice(_VERSIONS)} {r.choice(_TOOL_COPY)}, {r.choice(_TOOL_EXTRA)}"
    return Draft(title, cat, (round(r.uniform(30, 180), 2), "USD"), r.choice(
        ["Works like the dealer's.", "Ships worldwide.", "Tested on many cars.", "Remote install by TeamViewer."]))


def make_trap_dealer_tool_genuine(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    tools = [m.value for m in b.declared("dealer_tool")]
    if not tools:
        return None
    tool = r.choice(tools)
    title = r.choice([f"Genuine {tool} interface, used, from a closed workshop, with licence",
                      f"{tool} 1-year dealer subscription, official licence transfer",
                      f"J2534 pass-thru cable, {tool} compatible, Drew Technologies Mongoose Pro",
                      f"Used {tool} kit, original case and cables, works"])
    return Draft(title, r.choice(b.categories), (round(r.uniform(450, 1800), 2), "USD"), r.choice(
        ["Invoice available.", "Collection from the workshop.", "Original unit, serial on the label."]))


def make_hotline_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    numbers = [m.value for m in b.declared("hotline")]
    cats = [c for c in b.categories if c in b.floors]
    if not numbers or not cats:
        return None
    cat = r.choice(cats)
    ref = r.choice(_HOT_FRAMES).format(n=_written(r.choice(numbers), r))
    title = f"{_cap(s.product(cat))} - {ref} - {r.choice(_COPY)}"
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), r.choice(["Ships fast.", "No box.", "Good quality."]))


def make_trap_hotline_retailer(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    numbers = [m.value for m in b.declared("hotline")]
    cats = [c for c in b.categories if c in b.floors]
    if not numbers or not cats:
        return None
    cat = r.choice(cats)
    title = f"{_cap(s.product(cat))} - {r.choice(_SHOP)}; warranty registration {_written(r.choice(numbers), r)}"
    return Draft(title, cat, s.price(cat), "Authorised retailer, sealed, invoice with serial.")


EVASION_MAKERS = {"dealer_tool_named": make_dealer_tool_named, "hotline_named": make_hotline_named}
TRAP_MAKERS = {"trap_dealer_tool_genuine": make_trap_dealer_tool_genuine, "trap_hotline_retailer": make_trap_hotline_retailer}
