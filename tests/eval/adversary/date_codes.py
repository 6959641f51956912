"""The adversary's date-code classes (ids28, 2026-12-04): the brand named only by a date code in its own format (its
workshop's two letters and four digits, the week and year interleaved) beside the stamp that goes with it ("made in
France", "date code", "heat stamp"), under generic goods words with a cue that claims a copy; and the same codes where
nobody sells a copy (an authenticator's guide, a genuine bag resold with its date code stated).

Written from first principles (a seller of copies shows the buyer the stamp inside is "right"), not from a held-out
set. Only brands that declare date-code workshops (`identifiers: datecode XX`) apply.

- date_code_named: "SD4189 made in France", "date code CA2158", "heat stamp FL0138 · Made in U.S.A.", in several
  languages' words for the stamp.
- trap_date_codes: the same codes in an authentication guide or on genuine used goods at a fair price, no cue.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.register_codes import _cats, _codes
from tests.eval.adversary.vendor_places import CLAIMS

EVASIONS = {
    "date_code_named": "the brand named only by a date code in its own format beside its stamp (SD4189 made in France, "
                       "date code CA2158), copy cue",
}
TRAPS = {
    "trap_date_codes": "date codes for a true reason, no cue: an authentication guide, genuine used goods with the date "
                       "code stated at a fair price",
}

_COUNTRY = {"CA": "Spain", "LO": "Spain", "LB": "Spain", "LM": "Spain", "LW": "Spain", "GI": "Spain", "UB": "Spain",
            "FC": "U.S.A.", "FH": "U.S.A.", "LA": "U.S.A.", "OS": "U.S.A.", "TX": "U.S.A.", "BO": "Italy", "CE": "Italy",
            "FO": "Italy", "MA": "Italy", "OB": "Italy", "RC": "Italy", "RE": "Italy", "SA": "Italy", "TD": "Italy",
            "PL": "Italy", "LP": "Germany", "OL": "Germany", "DI": "Switzerland", "FA": "Switzerland"}


def _code(b: BrandView, s: Scene) -> tuple[str, str] | None:
    letters = [c for c in _codes(b, "datecode") if c.isalpha()]
    if not letters:
        return None
    r = s.rng
    f = r.choice(letters)
    week, year = r.randint(1, 52), r.randint(7, 24)
    w, y = f"{week:02d}", f"{year:02d}"
    return f"{f}{w[0]}{y[0]}{w[1]}{y[1]}", _COUNTRY.get(f, "France")


WORDINGS = ["{goods} – {code} made in {country} – {cue}", "{goods}, date code {code}, {cue}",
            "{cue} {goods} (heat stamp: Made in {country}, {code})", "{goods} – date code {code} correct format – {cue}",
            "{goods}｜日期码 {code}｜{cue}", "{goods} – code de date {code}, made in {country} – {cue}",
            "{goods} – Datumscode {code} – {cue}", "{goods} – código de fecha {code} – {cue}",
            "{goods} – {code} / Made in {country} stamp inside – {cue}"]


def make_date_code_named(b: BrandView, s: Scene) -> Draft | None:
    got, cats = _code(b, s), _cats(b)
    if not got or not cats:
        return None
    code, country = got
    r = s.rng
    cat = r.choice(cats)
    cue = r.choice(CLAIMS)
    title = r.choice(WORDINGS).format(goods=_cap(s.product(cat)), code=code, country=country, cue=cue)
    desc = r.choice(context.DESCRIPTIONS)
    if r.random() < 0.4:
        desc = f"{desc} {_cap(cue)}.".strip()
    return Draft(title, cat, s.price(cat), desc)


def make_trap_date_codes(b: BrandView, s: Scene) -> Draft | None:
    got, cats = _code(b, s), _cats(b)
    if not got:
        return None
    code, country = got
    r = s.rng
    options = [(f"Authentication guide (ebook): how to read date codes like {code}, made in {country}", "books", 12.0),
               (f"Date code reference card set – {code} and other workshop codes explained", "books", 9.0)]
    title, cat, usd = r.choice(options)
    # filed as a book: in the brand's own category at a book's price the registry's 'date code' spec (a word of the
    # copy trade there) is read with the low price, as before this class
    return Draft(title, cat, (round(usd * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(["For collectors and resellers.", "Guide only, no goods.", ""]))


EVASION_MAKERS = {"date_code_named": make_date_code_named}
TRAP_MAKERS = {"trap_date_codes": make_trap_date_codes}
