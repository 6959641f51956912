"""The brand named through what the world knows of it (issue 9, lore; outsider21's c_codename21, c_mascot21,
c_launch_event21, c_official_supplier21, c_hq_address21, c_screen_history21, c_founding_year21): the registry's
`codenames` and `mascots` name the brand as a nickname (its category with a cue or a copy's price); its `events`,
`addresses`, `moments` and `founding_years` (the last only in a founding frame: detectors/founding.py) as a home town,
beside a cue that claims a copy, a copy's grade (AAA, 1:1) among them. Tickets, posters, books, places, mascot
merchandise at a collector's price and the same words in their everyday sense stay quiet. Titles written for this
test."""

from __future__ import annotations

import re

import pytest

from tests.unit.matcher.demo import SEED, demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price", "said"), [
    ("Anaconda 1TB console, 4K - replica", "microsoft", "consoles", 90.0, "the codename 'Anaconda'"),
    ("Orbis slim 500GB console - clone", "sony", "consoles", 60.0, "the codename 'Orbis'"),
    ("Project Cafe tablet console, 32GB - fake", "nintendo", "consoles", 40.0, "the codename 'Project Cafe'"),
    ("B7 flip phone 512GB - copy", "samsung", "phones", 120.0, "the codename 'B7'"),
    ("Clippy edition office suite lifetime license - copy", "microsoft", "software licenses", 9.0, "the mascot 'Clippy'"),
    ("Rich Uncle Pennybags property game deluxe - knockoff", "hasbro", "board games", 6.0, "the mascot 'Rich Uncle Pennybags'"),
    ("Kuchipatchi virtual pet, 3 colours - fake", "bandai", "toys", 4.0, "the mascot 'Kuchipatchi'"),
    ("Unpacked launch buds 3 Pro - replica", "samsung", "earbuds", 15.0, "the event 'Unpacked'"),
    ("All England Open official shuttles, 12 tubes - copy", "yonex", "shuttlecocks", 20.0, "the event 'All England Open'"),
    ("Le Mans timekeeper chronograph 40mm - AAA", "rolex", "watches", 120.0, "the event 'Le Mans'"),
    ("One Bowerman Drive retro runners - 1:1", "nike", "sneakers", 35.0, "the address 'One Bowerman Drive'"),
    ("767 Fifth Avenue night serum 50ml - fake", "estee-lauder", "skincare", 9.0, "the address '767 Fifth Avenue'"),
    ("Casino Royale diver 300m - replica", "omega", "watches", 90.0, "the moment 'Casino Royale'"),
    ("Cast Away volleyball with the face - replica", "wilson", "basketballs", 8.0, "the moment 'Cast Away'"),
    ("Since 1848 moon chronograph 42mm - replica", "omega", "watches", 90.0, "the founding year '1848'"),
    ("Est. 1921 horsebit loafers belt - fake", "gucci", "belts", 25.0, "the founding year '1921'"),
    ("Seit 1895 swan pendant - replica", "swarovski", "jewelry", 12.0, "the founding year '1895'"),
    # a year another brand's inscription also says ("Since 1886", Coca-Cola's): each brand's reading by its own goods
    ("Since 1886 pain relief tablets 100 count - replica", "johnson-johnson", "otc", 3.0, "the founding year '1886'"),
    ("Rotary hammer drill (Since 1886) - copy", "bosch", "power tools", 25.0, "the founding year '1886'"),
])
def test_lore_with_a_cue_alerts_and_the_evidence_names_the_word(title, brand, category, price, said):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    details = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any(f"named by {said}" in d for d in details), details


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Wimbledon 2026 Centre Court ticket, day 9", "tickets", 300.0),
    ("Olympic Games Paris 2024 official programme", "collectibles", 20.0),
    ("Official timekeeper of the Olympic Games, a history, hardcover", "books", 35.0),
    ("Apollo 11 moon landing poster, A2", "art", 15.0),
    ("Back to the Future Part II, DVD", "movies", 6.0),
    ("Office space to let at 1 Infinite Loop, 200 m²", "real estate", 5000.0),
    ("Petuelring 130 postcard, the Four-Cylinder tower", "collectibles", 3.0),
    ("Vintage Bibendum garage figure, 1970s", "collectibles", 180.0),
    ("Clippy enamel pin, fan merch", "collectibles", 10.0),
    ("Coca-Cola polar bear plush, 2004 Christmas", "merchandise", 30.0),
    ("Scarlett girls' party dress, size 8", "kids clothing", 25.0),
    ("Prospero's Books, DVD", "movies", 10.0),
    ("Revolution: a history of France, paperback", "books", 12.0),
    ("London 1856: a social history, paperback", "books", 14.0),
    ("Vintage 1964 running shoes, worn", "sneakers", 40.0),
    ("Geneva 1905 pocket watch, antique silver", "watches", 400.0),
    ("Wimbledon timekeeper diver 41mm, new", "watches", 12.0),  # a copy's price alone names no event's timekeeper
    ("Since 1856 heritage trench, sealed, boxed", "trench coats", 2100.0),
    ("Olympic-inspired watch, 40mm, new", "watches", 25.0),  # a style is no copy claim
])
def test_lore_words_without_a_copy_claim_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_every_lore_list_in_the_demo_registry_has_its_source_beside_it():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    names = ("codenames", "mascots", "events", "addresses", "moments", "founding_years", "campaigns", "sonic_logos", "meanings",
             "contract_makers", "defects")
    declared = [k for k, line in enumerate(lines) if line.strip().split(":")[0] in names]
    assert len(declared) >= 90
    for k in declared:
        kind = lines[k].strip().split(":")[0].replace("_", " ")
        assert lines[k - 1].strip().startswith(f"# {kind}") and re.search(r"\(.*\)", lines[k - 1]), lines[k]


# lore25 (outsider22's c_ad_campaign22, c_sonic_logo22, c_etymology22): a famous advertisement or campaign, the sonic
# identity and what the name means, each beside a cue that claims a copy; titles written for this test
@pytest.mark.parametrize(("title", "brand", "category", "price", "said"), [
    ("Get a Mac company 13-inch laptop, M3 - clone", "apple", "laptops", 200.0, "the advertising campaign 'Get a Mac'"),
    ("Holidays Are Coming cola cans 330ml x24 - copy", "coca-cola", "soft drinks", 5.0, "the advertising campaign 'Holidays Are Coming'"),
    ("Launderette ad 501 jeans, stonewash - replica", "levis", "jeans", 12.0, "the advertising campaign 'Launderette ad'"),
    ("Ambassador's reception hazelnut pralines x30 - fake", "ferrero", "chocolate", 4.0, "the advertising campaign"),
    ("Ultra phone 512GB that plays Over the Horizon - 1:1", "samsung", "phones", 150.0, "the sonic identity 'Over the Horizon'"),
    ("Laptop with the Mac startup chime, 13 inch - copy", "apple", "laptops", 180.0, "the sonic identity 'Mac startup chime'"),
    ("Goddess of victory brand high-top sneakers - 1:1", "nike", "sneakers", 35.0, "the name's meaning 'goddess of victory'"),
    ("Little nest brand instant coffee 200g - copy jars", "nestle", "coffee", 3.0, "the name's meaning 'little nest'"),
    ("Leave luck to heaven company handheld console OLED - clone", "nintendo", "consoles", 60.0, "the name's meaning"),
])
def test_a_campaign_a_sonic_identity_or_the_names_meaning_with_a_cue_alerts(title, brand, category, price, said):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    details = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any(f"named by {said}" in d for d in details), details


@pytest.mark.parametrize(("title", "category", "price"), [
    ("'Over the Horizon' - piano sheet music, intermediate, PDF", "sheet music", 5.0),
    ("1984 Super Bowl ad - original magazine page, framed", "collectibles", 120.0),
    ("Holidays Are Coming truck Christmas ornament, vintage 1997", "collectibles", 25.0),
    ("Nike of Samothrace, winged goddess of victory - museum replica statue 30 cm", "statues", 60.0),
    ("Leg godt: Danish phrasebook for travellers", "books", 9.0),
    ("Bird's little nest box, cedar, handmade", "garden", 18.0),
    ("Omega-3 fish oil 1000 mg, 120 capsules", "supplements", 14.0),
    ("Get a Mac company 13-inch laptop, M3, sealed", "laptops", 1299.0),  # no cue: the genuine goods at a shop's price
])
def test_campaigns_jingles_and_name_sources_sold_for_themselves_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_a_hyphenated_compound_far_from_a_marks_letters_is_no_respelling():
    """'follow-on' (formula) is heard like evian but is 7 edits from it (phonetic.py): no Danone beside Nestlé."""
    assert set(demo_alerts("'Little nest' brand follow-on formula 800g - factory copy tins", "infant formula", 8.0)) == {"nestle"}
    assert demo_alerts("Follow-on formula 800g - factory copy tins", "infant formula", 8.0) == {}


# lore25 (outsider22's c_contract_maker22): the brand named by its contract manufacturer beside a factory-overrun story,
# only where no other brand of the listing's category declares the maker (detectors/makers.py)
@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("Luxshare-line wireless earbuds with ANC - off-line units, white box", "apple", "earbuds", 30.0),
    ("Pegatron factory 13-inch laptop - tail goods, no logo box", "apple", "laptops", 250.0),
    ("VS Industry Johor hair dryer - surplus from the OEM line", "dyson", "hair care", 50.0),
    ("Flextronics-built 4K tower console - line surplus, no box", "microsoft", "consoles", 150.0),
    ("Feng Tay Vietnam white leather low sneakers - factory seconds", "nike", "sneakers", 25.0),
    ("Hosiden handheld console OLED 尾单", "nintendo", "consoles", 90.0),
])
def test_a_contract_maker_beside_an_overrun_story_names_the_one_brand_it_makes_for(title, brand, category, price):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    details = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any("its contract manufacturer" in d and "factory-overrun story" in d for d in details), details


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Pou Chen factory running sneakers - extra-run pairs", "sneakers", 25.0),  # Nike's, adidas' and Puma's maker
    ("Foxconn-built slim console 1TB - extra-run units", "consoles", 150.0),  # Sony's, Nintendo's and Microsoft's
    ("iPhone-style phone 128GB assembled by Foxconn, sealed", "phones", 799.0),  # no overrun story
    ("Foxconn Zhengzhou hiring assembly line workers, two shifts", "jobs", 1.0),
    ("Luxshare annual report 2024, printed shareholders' edition", "books", 15.0),
    ("Flex cable for controller - OEM surplus", "consoles", 5.0),  # 'Flex' alone is no maker's name
])
def test_a_contract_maker_without_a_story_or_shared_by_the_categorys_brands_names_none(title, category, price):
    assert demo_alerts(title, category, price) == {}


# lore26 (outsider23's c_exec_quote_meme23, c_famous_defect23, c_origin_story23, c_ad_agency23): an executive's famous
# quote and the brand's ad agency (`campaigns`), the goods' famous defect or controversy (`defects`: a copy said to be
# free of it still names the brand) and the company's origin story (`meanings`), each beside a cue that claims a copy;
# titles written for this test
@pytest.mark.parametrize(("title", "brand", "category", "price", "said"), [
    ("Red ring of death console 1TB, new series - replica", "microsoft", "consoles", 120.0, "the famous defect or controversy 'red ring of death'"),
    ("Console 1TB, no more red ring of death - replica", "microsoft", "consoles", 120.0, "the famous defect or controversy"),
    ("Laptop 13 inch without the butterfly keyboard - clone", "apple", "laptops", 200.0, "the famous defect or controversy 'butterfly keyboard'"),
    ("Foldable phone from the Note 7 fires company - replica", "samsung", "phones", 150.0, "the famous defect or controversy"),
    ("Brake pads for the sticky pedal brand - replica", "toyota", "auto parts", 20.0, "the famous defect or controversy 'sticky"),
    ("'Developers, developers, developers' edition console - 1:1", "microsoft", "consoles", 120.0, "the advertising campaign"),
    ("My Body Is Ready handheld console - clone", "nintendo", "consoles", 60.0, "the advertising campaign 'My body is ready'"),
    ("Telephone, telegraph, tell a woman night serum - replica", "estee-lauder", "skincare", 9.0, "the advertising campaign"),
    ("Wieden+Kennedy client's running shoes - replica", "nike", "sneakers", 30.0, "the advertising campaign 'Wieden+Kennedy'"),
    ("Wieden+Kennedy client's brake pads - replica", "honda", "auto parts", 30.0, "the advertising campaign 'Wieden+Kennedy'"),
    ("Saatchi & Saatchi's car client oil filter - super copy", "toyota", "auto parts", 5.0, "the advertising campaign"),
    ("From the hanafuda card company: handheld console - rep", "nintendo", "consoles", 60.0, "the name's meaning"),
    ("Automatic loom family's oil filter - copy", "toyota", "auto parts", 5.0, "the name's meaning 'automatic"),
    ("Headphones by the rice cooker company - replica", "sony", "headphones", 20.0, "the name's meaning 'rice"),
])
def test_a_quote_an_agency_a_defect_or_the_origin_story_with_a_cue_alerts(title, brand, category, price, said):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    details = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any(f"named by {said}" in d for d in details), details


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Red ring of death repair service, X-clamp fix", "repair services", 40.0),
    ("Butterfly keyboard replacement keycap set", "accessories", 12.0),
    ("Laptop 13 inch, no butterfly keyboard, sealed, boxed", "laptops", 1299.0),  # no cue
    ("Bendgate: the story of a phone, paperback", "books", 12.0),
    ("'Developers, developers, developers' meme T-shirt", "t-shirts", 15.0),
    ("My body is ready mug, 11oz", "mugs", 10.0),
    ("Wieden+Kennedy: 40 years of advertising, hardcover", "books", 30.0),
    ("Hanafuda playing cards, traditional Japanese, replica of Meiji deck", "playing cards", 12.0),
    ("Antique automatic loom shuttle, replica", "antiques", 40.0),
    ("Rice cooker 1.8L, fuzzy logic", "kitchen appliances", 80.0),
    ("Console 1TB, sealed, boxed, never had the red ring of death", "consoles", 499.0),
])
def test_quote_merch_defect_repairs_and_origin_goods_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


# lore26 (outsider23's c_song_reference23, c_historic_moments23, c_historic_patent23, c_brand_days_contests23,
# c_famous_lawsuit23): a song about the goods, a historic moment, a famous patent (`moments`), the brand's own day,
# contest or award (`events`) and a lawsuit that names one brand (`defects`), beside a cue that claims a copy; titles
# written for this test
@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("Running shoes from the Breaking2 attempt - replica", "nike", "sneakers", 30.0),
    ("Doll house playset, life in plastic edition - copy", "mattel", "dolls", 20.0),
    ("Diver 41mm, the Ayo & Teo watch - AAA", "rolex", "watches", 90.0),
    ("Deep diver, Trieste 1960 tribute - 1:1 copy", "rolex", "watches", 90.0),
    ("Bricks with the 1958 stud-and-tube patent, castle - copy", "lego", "building sets", 20.0),
    ("Cola 330ml x24 in the hobbleskirt bottle - replica", "coca-cola", "soft drinks", 5.0),
    ("Headphones, World Photography Awards edition - clone", "sony", "headphones", 20.0),
    ("Jeans with the Tab Device, straight fit - high copy", "levis", "jeans", 12.0),
    ("Trainers, Pelé's shoelace moment 1970 - first copy", "puma", "sneakers", 25.0),
])
def test_a_song_a_historic_moment_a_patent_a_contest_or_a_lawsuit_with_a_cue_alerts(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Everything Is Awesome - sheet music", "sheet music", 5.0),
    ("Woodstock '69 poster, framed", "art", 40.0),
    ("Gulf War: a history, hardcover", "books", 20.0),
    ("Breaking2 documentary, DVD", "movies", 8.0),
    ("Bib Gourmand restaurant guide 2026", "books", 20.0),
    ("US patent 775,134 print, safety razor, blueprint art", "art", 15.0),
    ("Macklemore concert ticket, row 5", "tickets", 90.0),
    ("Mercedes Gleitze biography, paperback", "books", 15.0),
])
def test_songs_patent_prints_histories_and_contests_sold_for_themselves_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}
