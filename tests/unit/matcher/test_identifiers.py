"""The brand named by a register's code for it (issue 9, outsider24's c_isin_code24, c_wikidata_qid24,
c_vin_ndc_prefix24, c_interface_glyphs24; rule identifier, detectors/identifiers.py), and its mark in Unicode character
names or a small regular expression (notations.py): with a cue they alert; the same codes for a true reason stay quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core import mojibake, notations
from services.matcher.core.detectors.identifiers import isin_valid, parse, vin_valid
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("code", "valid"), [("US0378331005", True), ("DE000A1EWWW0", True), ("CH0038863350", True),
                                             ("US0378331006", False), ("KR7005930003", True), ("XX0000000000", False),
                                             ("US037833100", False)])
def test_an_isin_is_checked_by_its_check_digit(code, valid):
    assert isin_valid(code) is valid


def test_a_vin_is_checked_by_its_check_digit():
    assert vin_valid("1M8GDM9AXKP042788")  # the check-digit example of 49 CFR 565 worked examples
    assert not vin_valid("1M8GDM9A1KP042788")


def test_a_registry_value_is_a_scheme_and_a_code_and_a_bad_isin_is_refused():
    assert parse("ISIN US0378331005") == ("ISIN", "US0378331005")
    assert parse("Wikidata Q312") == ("Wikidata", "Q312")
    assert isinstance(parse("ISIN US0378331006"), str)
    assert isinstance(parse("Bloomberg AAPL"), str)
    assert parse("glyph △○✕□") == parse("glyph □ ✕ ○ △")


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("noise-cancelling earbuds [US0378331005] 레플리카 S급", "earbuds", 30.0, "apple"),
    ("knit running shoes - ISIN DE000A1EWWW0 - 高仿", "athletic shoes", 40.0, "adidas"),
    ("smartphone 256GB – brand = Wikidata Q312 – 1:1 copy", "phones", 176.0, "apple"),
    ("game console (wd:Q8093) replica", "consoles", 60.0, "nintendo"),
    ("Oil filter for JHM/1HG VINs, blue OEM box – replica", "auto parts", 5.0, "honda"),
    ("Blue tablets 100mg x30 – NDC labeler 0069 box – super copy", "prescription drugs", 20.0, "pfizer"),
    ("Pain relief caplets 500mg, NDC 50580 carton – mirror quality copy", "otc", 4.0, "johnson-johnson"),
    ("△○✕□ home console 1TB – 1:1 copy", "consoles", 90.0, "sony"),
    ("\uf8ff earbuds with case – Kopie, sehr gut", "earbuds", 20.0, "apple"),
    ("⊕ ⊖ hybrid console OLED – replica", "consoles", 40.0, "nintendo"),
    ("Hybrid console, red #E60012 logo box – first copy", "consoles", 60.0, "nintendo"),
    ("Office licence – logo squares F25022 7FBA00 00A4EF FFB900 – super copy", "software licenses", 5.0, "microsoft"),
    ("Fashion doll, Pantone 219 C pink box – super clone", "dolls", 5.0, "mattel"),
])
def test_a_register_code_with_a_cue_alerts_and_says_so(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found, found
    assert any(s.rule is Rule.identifier and "register" in (s.detail or "") for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Book: Samsung Electronics KR7005930003 investor guide", "phones", 25.0),
    ("Genuine BMW oil filter 11428575211 – fits VINs WBA…", "auto parts", 16.0),
    ("Genuine Toyota filter – JT VIN lookup", "auto parts", 8.0),
    ("VIN decoder OBD tool (reads WBA)", "auto parts", 40.0),
    ("△○✕□ shape sorter wooden toy", "consoles", 20.0),
    ("⌘ Mac-layout keycap set, third-party PBT", "phones", 32.0),
    ("⊕⊖ plus-minus magnet set for classrooms", "consoles", 8.0),
    ("Model Q312 desk lamp, copy holder", "lighting", 20.0),
    ("Wall paint #E60012 red 1L", "paint", 20.0),
    ("Pantone 219 C yarn, pink", "dolls", 5.0),  # a Q-number without Wikidata is a model number
    ("Framed share certificate US0378331006 replica", "phones", 20.0),  # a wrong check digit is no ISIN
])
def test_register_codes_that_claim_no_copy_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.identifier for m in found.values() for s in m.signals), found


def _read(text: str) -> str:
    repairs = notations.read(text)
    return mojibake.applied(text, repairs)[0] if repairs else text


@pytest.mark.parametrize(("text", "read"), [
    ("brand: CAPITAL LETTER R; SMALL LETTER O; SMALL LETTER L; SMALL LETTER E; SMALL LETTER X – 1:1",
     "brand: Rolex – 1:1"),
    ("latin capital letter g, latin small letter u, latin small letter c, latin small letter c, latin small letter i bag",
     "Gucci bag"),
    ("CAPITAL LETTER L APOSTROPHE CAPITAL LETTER O SMALL LETTER R SMALL LETTER E WITH ACUTE SMALL LETTER A "
     "SMALL LETTER L", "L'Oréal"),
    ("CYRILLIC CAPITAL LETTER ER, CYRILLIC SMALL LETTER O", "Ро"),
    ("HANGUL SYLLABLE SAM / HANGUL SYLLABLE SEONG", "삼성"),
    ("the letter A grade", "the letter A grade"),  # one name is no spelling
])
def test_unicode_character_names_are_read_as_the_characters(text, read):
    assert _read(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("watch – matches /^O(me)ga$/ – super clone", "watch – matches Omega – super clone"),
    ("Logo matches /[cC]a[rR]t[iI]e[rR]/ if you know", "Logo matches cartier if you know"),
    ("G(u){1}c{2}i bag", "Gucci bag"),
    ("R[o0]l[e3]x, watch", "Rolex, watch"),
    ("mittens (regex: [Cc]a[nN]a[dD]a G[oO]o[sS]e) OEM", "mittens (regex: Canada Goose) OEM"),
    ("brand =~ /[cC]a[nN]a[dD]a G[oO]o[sS]e/", "brand =~ canada Goose"),
    # a wildcard or range matches too much; footnotes and sizes are no patterns
    ("regex ^[a-z]+$ course", "regex ^[a-z]+$ course"),
    ("Rolex[1] watch (2) size[M]", "Rolex[1] watch (2) size[M]"),
    ("sizes S/M/L, 1/2", "sizes S/M/L, 1/2"),
    ("[NEW]Nike Air Max, [HOT]Rolex", "[NEW]Nike Air Max, [HOT]Rolex"),  # a tag glued to a word is no class
])
def test_small_regular_expressions_are_read_as_the_word_they_match(text, read):
    assert _read(text) == read


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("black ceramic dive watch 41mm – brand: CAPITAL LETTER R; SMALL LETTER O; SMALL LETTER L; SMALL LETTER E; "
     "SMALL LETTER X – 1:1 copy", "watches", 300.0, "rolex"),
    ("moon chronograph watch – matches /^O(me)ga$/ – super clone", "watches", 300.0, "omega"),
])
def test_a_mark_in_character_names_or_a_pattern_with_a_cue_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


@pytest.mark.parametrize(("title", "category", "price", "description"), [
    ("Sony annual report 2025, printed", "headphones", 9.0, "Report."),
    ("Pfizer stock certificate, cancelled 1990", "prescription drugs", 41.0, "Scripophily."),
    ("Nintendo shareholder gift booklet 2025", "consoles", 9.2, "Investor material."),
    ("Framed single share gift – Apple (ISIN US0378331005)", "phones", 280.0, "One real share, framed."),
    ("Canon EDSDK programming notes – course", "cameras", 36.0, "Course."),
    ("⊞ Windows-key keycap, artisan resin", "software licenses", 20.0, "Keycap."),
])
def test_shares_reports_courses_and_keycaps_that_name_the_company_stay_quiet(title, category, price, description):
    assert not demo_alerts(title, category, price, description=description)


def test_the_word_logo_is_no_cantonese_romanisation_of_lego():
    found = demo_alerts("Kids toy gift set, logo matches /[Bb]a[nN]d[aA]i/i, 高仿", "toys", 3.3)
    assert sorted(found) == ["bandai"], found


# ids28: vendor ids (USB-IF, PCI-SIG, Bluetooth SIG) and headquarters' coordinates (outsider25's c_usb_bt_ids25,
# c_hq_coordinates25; the honest twins in_usb_dev_tools25, in_map_coordinates25)
def test_coordinates_are_read_in_decimal_and_sexagesimal_forms():
    from services.matcher.core.detectors.identifiers import parse_coordinates
    for text, (lat, lon) in [("brand from 37.3349, -122.0090 –", (37.3349, -122.009)),
                             ("47.136° N, 7.247° E", (47.136, 7.247)), ("N 47.136 E 7.247", (47.136, 7.247)),
                             ("46°11′33″N 6°07′59″E", (46.1925, 6.1331)), ("46°11'33\"N 6°07'59\"E", (46.1925, 6.1331)),
                             ("geo:55.7306,9.1153", (55.7306, 9.1153)), ("45.5086° N, 122.8300° W", (45.5086, -122.83)),
                             ("47,136° N 7,247° E", (47.136, 7.247)), ("51.588 N, 2.100 W", (51.588, -2.1))]:
        got = parse_coordinates(text)
        assert got and abs(got[0][2] - lat) < 1e-3 and abs(got[0][3] - lon) < 1e-3, (text, got)
    for text in ["4,784 pieces", "size 42, 44", "19.99, 29.99 USD", "245/40 ZR18", "v2.1, 3.0"]:
        assert parse_coordinates(text) == [], text


def test_vendor_ids_are_read_only_after_their_registers_word():
    from services.matcher.core.detectors.identifiers import vendor_ids
    assert {(s, c) for _, _, s, c in vendor_ids("USB\\VID_054C&PID_0CE6")} >= {("USB", "054C")}
    assert ("BT", "004C") in {(s, c) for _, _, s, c in vendor_ids("BLE company ID 0x004C")}
    assert ("PCI", "144D") in {(s, c) for _, _, s, c in vendor_ids("PCI vendor 144D")}
    assert vendor_ids("model 05AC in stock") == []
    assert parse("BT 0x004C") == ("BT", "004C") and parse("geo 37.3349,-122.009") == ("geo", "37.3349,-122.0090")
    assert isinstance(parse("USB 5AC"), str) and isinstance(parse("geo 95,10"), str)


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("pair of detachable controllers – VID 057E PID 2006/2007, pairs with console – replica", "consoles", 20.0, "nintendo"),
    ("wireless controller for home console – USB\\VID_054C&PID_0CE6 – 1:1 copy", "consoles", 20.0, "sony"),
    ("20W USB-C PD charger – enumerates as USB VID 05AC – high copy", "chargers", 5.0, "apple"),
    ("portable speaker – Bluetooth company ID 0x009E – super copy", "speakers", 20.0, "bose"),
    ("NVMe SSD 2TB PCIe 4.0 – PCI vendor 144D – replica", "memory", 30.0, "samsung"),
    ("controller for console and PC – XInput 045E – AAA copy", "consoles", 20.0, "microsoft"),
    ("smartphone 256GB – brand from 37.3349, -122.0090 – high copy", "phones", 100.0, "apple"),
    ("dive watch 41mm – brand from 46°11′33″N 6°07′59″E – replica", "watches", 100.0, "rolex"),
    ("building set 4,784 pieces – geo:55.7301,9.1160 – 高仿", "building sets", 20.0, "lego"),
])
def test_a_vendor_id_or_headquarters_coordinates_with_a_copy_claim_alert(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    assert any(s.rule is Rule.identifier for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("USB-C power meter – shows VID/PID (e.g. 05AC), PD protocol", "chargers", 18.0),
    ("nRF52840 BLE sniffer dongle – decodes company IDs like 0x004C, 0x0075, 0x012D", "earbuds", 25.0),
    ("PCIe 4.0 M.2 adapter card – works with any NVMe (vendor 144D, 15B7...)", "earbuds", 19.0),
    ("udev rules & guide: controllers with vendor 057E on Linux (PDF)", "consoles", 10.0),
    ("Bluetooth company ID reference poster (0x004C Apple, 0x009E Bose...)", "speakers", 12.0),
    ("Coordinates bracelet 46°11'33\"N 6°07'59\"E – engraved", "watches", 32.0),
    ("Custom coordinates necklace 45°46′47″N 3°05′13″E", "jewelry", 40.0),
    ("Coordinates bracelet 48,904° N 2,305° E – engraved", "jewelry", 37.0),  # 305 is no EOS, 805° no Bose
    ("Stand blender 1.5L – 48,805° N 9,050° E", "kitchen appliances", 15.0),
    ("Billund 55.73 N 9.11 E – travel mug", "building sets", 14.0),
    ("Cupertino 37.3349, -122.0090 map poster", "phones", 18.0),
])
def test_vendor_ids_and_coordinates_for_a_true_reason_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Canvas tote – SD4189 made in France – high copy", "handbags", 50.0, "louis-vuitton"),
    ("Zip wallet – stamp CA2158 Made in Spain – super copy", "wallets", 40.0, "louis-vuitton"),
    ("Wallet, heat stamp TH0155 – replica", "wallets", 30.0, "louis-vuitton"),
])
def test_a_date_code_in_the_brands_format_beside_its_stamp_with_a_copy_claim_alerts(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found and any(s.rule is Rule.identifier for s in found[brand].signals), found


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Tote bag AB1234 made in France, replica of a museum print", "handbags", 30.0),  # AB is no workshop of the list
    ("Canvas tote SD9999 made in France – replica", "handbags", 30.0),  # week 99 is no week
    ("Canvas tote – SD4189 – high copy", "handbags", 30.0),  # no stamp beside it: two letters and four digits
])
def test_a_date_code_needs_its_stamp_a_workshop_and_a_week(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.identifier for m in found.values() for s in m.signals), found
