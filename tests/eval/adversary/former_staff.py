"""The adversary's former-staff classes (issue 9, lore30). A copy told as the work of the brand's former craftsman or
employee, in his own workshop, made "the same way": "handmade by a former Rolex artisan (18 years at their atelier),
same pattern", "前Gucci工匠手工制作 同样工艺", "元Chanel職人の手作り 同じ型紙", "hecho por un ex empleado de Nike,
mismo patrón", at a copy's price (evasion, every brand). The honest twins stay quiet (trap): a former employee's
service ("former Rolex watchmaker offers servicing"), a biography or memoir (a book), and goods of the maker's own label
"founded by a former <brand> designer" at a shop's price with no claim of sameness.

Written from general knowledge of how workshop copies are pitched on classifieds and social shops ("ex-factory
worker", "former employee of the brand", 前大牌工匠, 元ブランド職人) and of craftsmen's and biographies' listings; found
by outsider27's c_ex_artisan27 after it was scored; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_former_staff_honest": "a former employee of the brand in a service, a biography, or his own label's goods at a "
                                "shop's price with no claim of sameness",
}
EVASIONS = {
    "former_staff_copy": "the brand's kind of goods said made by a former craftsman or employee of the brand the same "
                         "way as its own (same pattern, methods, materials), at a copy's price, in seven languages",
}

STAFF = ["artisan", "craftsman", "leatherworker", "factory worker", "employee", "technician", "designer"]
YEARS = ["(18 years at their atelier)", "(worked 12 years in their workshop)", "(10 yrs at the factory)", "", "",
         "- trained at their atelier"]
SAME = ["same pattern", "same methods", "same materials", "identical method", "same leather and hardware",
        "same mould", "same pattern as the original"]
OTHER = {
    "es": ["{p} hecho a mano por un ex empleado de {m}, mismo patrón", "{p} – artesano antiguo de {m}, mismos materiales"],
    "fr": ["{p} fait main par un ancien artisan de {m}, même patron", "{p} – ancien ouvrier {m}, mêmes matériaux"],
    "de": ["{p} handgemacht von einem ehemaligen {m} Mitarbeiter, gleiches Schnittmuster"],
    "it": ["{p} fatto a mano da un ex artigiano {m}, stessi materiali"],
    "zh": ["前{m}工匠手工制作 {pz} 同样工艺", "{pz} 原{m}工厂员工 原厂工艺"],
    "ja": ["元{m}職人の手作り {p} 同じ型紙", "元{m}社員が製作 {p} 同じ製法"],
}


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    m, p = _plain_mark(b, s), s.product(cat)
    if r.random() < 0.5:
        title = f"{p} – handmade by a former {m} {r.choice(STAFF)} {r.choice(YEARS)}, {r.choice(SAME)}"
        if r.random() < 0.3:
            title = f"Ex-{m} {r.choice(STAFF)}'s own workshop: {p}, {r.choice(SAME)}"
    else:
        title = r.choice(OTHER[r.choice(list(OTHER))]).format(m=m, p=p, pz=s.product_zh(cat))
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat, low=r.random() < 0.5), "")


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = b.name  # (a former employee works for the company, not for one of its lines)
    way = r.randrange(3)
    if way == 0:
        cat = s.category()
        title = r.choice([f"Former {m} technician offers repairs and servicing", f"Ex-{m} engineer – repair service, "
                          "free diagnosis", f"Retired {m} craftsman: restoration and servicing of your {s.product(cat)}"])
        return Draft(title, "services", (round(r.uniform(20, 90), 2), "USD"), "")
    if way == 1:
        title = r.choice([f"Memoir of a former {m} designer – hardcover", f"Biography: the ex-{m} engineer who changed "
                          "the industry, paperback", f"Book: 30 years as a {m} craftsman (signed copy)"])
        return Draft(title, "books", (round(r.uniform(8, 35), 2), "USD"), "")
    cat = s.category(with_floor=True)
    if cat not in b.floors or "prescription" in cat:
        return None  # (prescription medicines on a marketplace are the counterfeit trade's whatever their story)
    title = r.choice([f"Our own label's {s.product(cat)} – founded by a former {m} designer, original designs",
                      f"{s.product(cat)} by an independent maker (ex-{m} designer), own brand, own patterns"])
    return Draft(_cap(title), cat, s.price(cat), "Our own brand.")


TRAP_MAKERS = {"trap_former_staff_honest": make_trap}
EVASION_MAKERS = {"former_staff_copy": make_copy}
