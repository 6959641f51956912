"""The brand named by its standing (issue 9, lore29; outsider26's c_brand_ranking26, c_model_debut_year26,
c_hidden_inner_logo26, c_dictionary_definition26): a corporate ranking it holds beside a first place's superlative
(detectors/rankings.py), a model's debut year beside its shape (detectors/debuts.py), its goods sold plain with the logo
hidden inside (config.HIDDEN_LOGO_PITCHES); and a dictionary definition's initials and loanwords, which name no other
brand. Rankings in reports, second places, disputed rankings, vintage pieces, histories and blank goods stay quiet.
Titles written for this test."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("13-inch laptop 16GB – by the world's most valuable brand – replica", "apple", "laptops", 150.0),
    ("basketball sneakers – by the world's largest sportswear company – AAA replica", "nike", "sneakers", 30.0),
    ("running shoes, from Europe's biggest sportswear maker – fake", "adidas", "sneakers", 30.0),
    ("brick set 1200 pcs – del mayor fabricante de juguetes del mundo – réplica", "lego", "toys", 20.0),
    ("Bausteine Set – vom weltgrößten Spielzeughersteller – Fälschung", "lego", "toys", 20.0),
    ("summer tyre 205/55 R16 – by the #1 tyre maker in Europe – replica", "michelin", "tires", 20.0),
    ("oil filter – from Japan's biggest carmaker – first copy", "toyota", "auto parts", 3.0),
    ("instant coffee 200g – le plus grand groupe agroalimentaire du monde – copie", "nestle", "coffee", 2.0),
    ("steel chronograph 40mm – by the No. 1 Swiss watch brand – super copy", "rolex", "watches", 150.0),
    ("The 1953 dive watch – black ceramic 41mm – AAA replica", "rolex", "watches", 150.0),
    ("'85 hi-tops red/black – replica", "nike", "sneakers", 30.0),
    ("straight-fit selvedge jeans – the 1873 riveted jeans – mirror quality", "levis", "jeans", 15.0),
    ("moon chronograph 42mm – the 1969 moon watch – super copy", "omega", "watches", 90.0),
    ("double-breasted trench coat, the trench of 1914, replica", "burberry", "trench coats", 60.0),
    ("Plain crystal tennis necklace – Swarovski logo hidden under the magnetic plate", "swarovski", "jewelry", 20.0),
    ("Plain sneakers – Nike logo printed inside, under the insole", "nike", "sneakers", 30.0),
    ("Plain foam dart blaster – Nerf inner label with logo, outer label blank", "hasbro", "blasters", 8.0),
    ("Plain wallet – Louis Vuitton logo embossed on the inside, outside plain for customs", "louis-vuitton", "wallets", 60.0),
    ("素面手链 Pandora 隐藏logo", "pandora", "jewelry", 20.0),
])
def test_standing_with_a_cue_alerts(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}


@pytest.mark.parametrize(("title", "category", "price"), [
    ("The World's Most Valuable Brands – Forbes issue", "magazines", 12.0),
    ("Business magazine: the world's largest toy makers ranked", "magazines", 9.0),
    ("running shoes by the world's second-largest sportswear company – replica", "general", 20.0),
    ("gift set – from one of the largest cosmetics companies – replica", "general", 20.0),
    ("smartphone 256GB – by the world's largest smartphone maker – replica", "general", 60.0),  # disputed: no one
    ("running shoes – by America's largest sportswear company – replica", "general", 20.0),  # a region it never declared
    ("The 1953 dive watch: a history – hardcover", "books", 30.0),
    ("vintage dive watch 1953, no brand, restored", "antiques", 300.0),
    ("hi-tops size 10, 1985 style, new", "general", 30.0),
    ("Plain canvas tote bag, blank outside – ready for printing", "bags", 6.0),
    ("Handmade leather watch strap 20mm – maker's logo on the inside of the strap", "watch straps", 25.0),
    ("Wool coat, inner label with care instructions", "coats", 120.0),
])
def test_standing_without_goods_or_cue_stays_quiet(title, category, price):
    assert not demo_alerts(title, category, price)


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    # a definition's loanword ('chaebol') is no respelling of Apple, its initial ('Guccio G.;') no word typed on a
    # Russian layout (outsider26's wrong brands)
    ("flagship phone 512GB with stylus by the brand (n.): Korean chaebol from Suwon whose name means 'three stars' "
     "– class A", "samsung", "smartphones", 151.0),
    ("quilted chevron shoulder bag by the brand (n.): Florentine fashion house founded 1921 by Guccio G.; "
     "interlocking double G – реплика люкс", "gucci", "handbags", 187.0),
])
def test_a_definition_names_its_brand_only(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}
