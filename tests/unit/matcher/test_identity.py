"""The brand named by who it is rather than by its mark (issue 9, identity; outsider15's `c_slogan_only`,
`c_creative_director_name`, `c_parent_group_name`): the registry's `slogans`, `parents` and `designers` name the brand
only among its goods with a counterfeit cue or a copy's price, like a nickname; a group's sister house or a designer's
other house named beside the word names that house; the bare "copy" and "rep" count as cues beside such a word only.
The listings here are written for this test, none from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.associations import OTHER_HOUSES
from services.matcher.core.normalise import latin_text
from tests.unit.matcher.demo import SEED, demo_alerts
from tests.eval.adversary.generate import registry_doc


def _details(match) -> list[str]:
    return [s.detail or "" for s in match.signals if s.weight > 0]


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency", "label"), [
    ("Sneakers 'just do it' edition, AAA quality", "nike", "sneakers", 30.0, "USD", "the slogan"),
    ("Crème de nuit « Parce que je le vaux bien » réplique", "loreal", "skincare", 9.0, "EUR", "the slogan"),
    ("Never Stop Exploring down parka replica", "the-north-face", "jackets", 60.0, "USD", "the slogan"),
    ("Akkuschrauber 18V Technik fürs Leben Fälschung", "bosch", "power tools", 25.0, "EUR", "the slogan"),
    ("非同凡想 无线蓝牙耳机 高仿", "apple", "earbuds", 60.0, "CNY", "the slogan"),
    ("Kering house belt reversible, mirror quality", "gucci", "belts", 40.0, "USD", "the parent group"),
    ("Swatch Group chronograph automatic 1:1", "omega", "watches", 150.0, "USD", "the parent group"),
    ("Procter & Gamble 5-blade cartridges 16 pack replica", "gillette", "razor blades", 4.0, "USD", "the parent group"),
    ("历峰 钉子手链 高仿", "cartier", "jewelry", 300.0, "CNY", "the parent group"),
    ("Designed by Jony Ive - wireless earbuds copy", "apple", "earbuds", 25.0, "USD", "the designer's name"),
    ("Stuart Vevers shoulder bag, rep", "coach", "handbags", 40.0, "USD", "the designer's name"),
    ("Shigeru Miyamoto handheld console 1:1", "nintendo", "consoles", 40.0, "USD", "the designer's name"),
    ("Roger Federer automatic watch super clone", "rolex", "watches", 200.0, "USD", "the designer's name"),
    ("Roger Federer tennis racket 97 replica", "wilson", "tennis rackets", 30.0, "USD", "the designer's name"),
    ("駆けぬける歓び エンブレム キャップ スーパーコピー", "bmw", "auto parts", 900.0, "JPY", "the slogan"),
    ("Ведь я этого достойна крем 50 мл подделка", "loreal", "skincare", 300.0, "RUB", "the slogan"),
    ("Tim Cook earbuds pro 1:1", "apple", "earbuds", 30.0, "USD", "the designer's name"),
    ("이재용 디자인 무선 이어폰 짝퉁", "samsung", "earbuds", 30000.0, "KRW", "the designer's name"),  # no Sony by sound
    ("Bernard Arnault tote bag replica", "louis-vuitton", "handbags", 100.0, "USD", "the designer's name"),
])
def test_a_slogan_group_or_designer_with_a_copy_alerts_and_names_the_word(title, brand, category, price, currency, label):
    alerts = demo_alerts(title, category, price, currency=currency)
    assert set(alerts) == {brand}, title
    assert any(d.startswith(f"named by {label}") for d in _details(alerts[brand])), _details(alerts[brand])


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("'Just Do It' motivational poster, A3, framed", "posters", 12.0, "USD"),
    ("Because you're worth it: a self-help book, paperback", "books", 9.0, "USD"),
    ("Sneakers 'just do it' edition", "sneakers", 120.0, "USD"),  # a shop's price, no cue
    ("Kering annual report 2023, printed", "books", 20.0, "USD"),
    ("Job: store manager at Richemont, Geneva", "jobs", 1.0, "USD"),
    ("Kering Balenciaga hourglass bag replica", "handbags", 90.0, "USD"),  # the sister house's copy
    ("Swatch Group Longines chronograph 1:1", "watches", 100.0, "USD"),
    ("VF Corp Vans skate backpack copy", "backpacks", 15.0, "USD"),
    ("Alessandro Michele for Valentino shoulder bag replica", "handbags", 80.0, "USD"),
    ("Jony Ive: the genius behind Apple's products, biography", "books", 15.0, "USD"),
    ("Tiger Woods signed photo 8x10 with COA", "collectibles", 120.0, "USD"),
    ("Tim Cook: the biography, hardcover", "books", 20.0, "USD"),
    ("Bernard Arnault interview, magazine back issue", "magazines", 7.0, "USD"),
    ("Daniel Lee, three-seat sofa, collection only", "furniture", 150.0, "USD"),
    ("Just Do It sneakers, ask our sales rep", "sneakers", 130.0, "USD"),  # a sales rep
    ("Jony Ive earbuds case, hard copy of the manual included", "earbuds", 160.0, "USD"),
])
def test_the_same_words_as_phrases_businesses_people_or_another_house_stay_quiet(title, category, price, currency):
    assert not demo_alerts(title, category, price, currency=currency), title


def test_the_other_houses_are_no_words_of_the_registry():
    """A house the group shares or the designer moved to silences the reading: it must not be a word the registry
    names a demo brand by (M·A·C and Bobbi Brown are Estée Lauder's lines, YSL Beauty L'Oréal's); a sister or
    sub-brand named in its relation phrase is no word alone."""
    doc = registry_doc(SEED)
    words = {latin_text(x.get("value") if isinstance(x, dict) else x).casefold()
             for b in doc["brands"] for k, v in b.items() if isinstance(v, list) and k not in (
                 "designers", "colourways", "categories",
                 # a group's sister house is read only as a sister ("Kate Spade's sister house"), a sub-brand only in
                 # its relation phrase ("Tudor's big brother"): detectors/relations.py
                 "sisters", "subsidiaries")
             for x in v if isinstance(x, (str, dict)) and isinstance(x.get("value") if isinstance(x, dict) else x, str)}
    assert not [h for h in OTHER_HOUSES if h in words]
