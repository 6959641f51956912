"""A brand's Chinese name in Cantonese romanisation (detectors/jyutping.py, rule pinyin read in Cantonese): Jyutping
with or without tone digits, Yale with tone marks and its low-tone h, the Hong Kong government's and sellers' own
spellings, run together or hyphenated; and the same syllables as people's, streets' and shops' names."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.jyutping import alias_keys, fold, spellings
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("written", ["lou4 lik6 si6", "Lou Lik Si", "Lòuh Lihk Sih", "Lo Lik Sze", "LOW LIK SEE",
                                     "loulik-si", "Lo-Lick-Shi"])
def test_every_romanisation_of_one_name_folds_to_one_key(written):
    assert fold(written.replace(" ", "").replace("-", "")) in alias_keys("勞力士")


def test_hong_kong_spellings_of_syllables():
    assert "sum" in spellings("sam") and "seng" in spellings("sing") and "sun" in spellings("seon")
    assert "chow" not in spellings("zau") and "zow" in spellings("zau") and "jau" in spellings("zau")
    assert fold("Yuen") == fold("jyun") and fold("Cheung") == fold("zoeng") and fold("Tsz") == fold("zi")
    assert fold("Suet") == fold("syut") and fold("Chu") == fold("zyu")


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Ngoi Dik Daat Samba OG trainers 1:1", "sneakers", 45.0, "adidas"),
    ("Si-Waa-Lok-Sai-Kei crystal pendant", "jewelry", 30.0, "swarovski"),
    ("Pun Do Laai moments bracelet AAA grade", "jewelry", 15.0, "pandora"),
    ("Lòuh Lihk Sih green dial automatic watch", "watches", 150.0, "rolex"),
    ("loyikwaidang monogram tote, mirror replica", "handbags", 80.0, "louis-vuitton"),
    ("Daai Sam hairdryer supersonic dupe 1:1", "hair care", 60.0, "dyson"),
    ("Fei Lei Pou electric shaver 原單", "shavers", 9.0, "philips"),
    ("Mei Yuen game controller top replica", "accessories", 8.0, "microsoft"),
])
def test_a_cantonese_name_of_the_brand_with_a_cue_or_a_low_price_alerts_it(title, category, price, brand):
    assert brand in demo_alerts(title, category, price), title


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Flat to let, Lo Lik Si Road, 2 bedrooms", "real estate", 2100.0),
    ("English tutoring by Ms Daai Sam, primary school", "services", 40.0),
    ("Noi Hak Kitchen dim sum voucher for 4", "food", 60.0),
    ("Sai Kung seafood dinner for two", "food", 70.0),
    ("Wong Tai Sin temple guided walk", "travel", 30.0),
])
def test_the_same_syllables_far_from_the_goods_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}, title


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Aa Dik Daat Si Samba trainers 1:1", "sneakers", 45.0, "adidas"),  # a one-letter syllable first: 阿 aa
    ("O-dik-daat-si superstar shoes AAA replica", "sneakers", 30.0, "adidas"),
])
def test_a_name_that_begins_with_a_one_letter_syllable_is_still_read(title, category, price, brand):
    assert brand in demo_alerts(title, category, price), title


@pytest.mark.parametrize(("text", "read"), [
    ("a day at the beach, o so nice", False),  # one-letter syllables, no key begins with them and their next word
    ("Aa Dik Daat Si Samba", True),
    ("aa,\n1:1 dik daat si", True),  # words without letters between leave their neighbours neighbours
    ("Lou Lik Si", True),
])
def test_the_filter_reads_a_short_syllable_with_the_word_after_it(text, read):
    from services.matcher.core.normalise import ListingText
    from tests.unit.matcher.demo import demo_index

    detector = next(d for d in demo_index().detectors if d.name == "jyutping")
    for _ in range(2):  # the second time from memory
        assert detector._may_hold_key(ListingText(text, "")) is read
