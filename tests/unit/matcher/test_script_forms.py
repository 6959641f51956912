"""The mark in half-width katakana, half-width Hangul or full-width Latin, and written by ear in Bengali, Tamil, the other
Indic scripts, Armenian and Georgian (issue 9, scripts): what an analyst sees, on instances the adversary's writers make
(tests/eval/adversary/script_forms.py), and the innocent words of those scripts that must stay quiet.
"""

from __future__ import annotations

import random

import pytest

from services.matcher.core.normalise import ListingText
from tests.eval.adversary import script_forms, scripts
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerted(index, title: str, category: str, price: float = 30.0, currency: str = "USD") -> dict[str, list[str]]:
    """brand -> the matched text of its transliteration signals."""
    return {m.brand_id: [s.text for s in m.signals if s.rule.value == "transliteration"]
            for m in index.match(demo_listing(title, category, price, currency=currency))}


def test_the_nfkc_view_composes_what_one_character_at_a_time_leaves_apart():
    # half-width voiced kana, a Bengali vowel in two parts, half-width Hangul with its final consonants
    for written, seen in [("ｸﾞｯﾁ", "グッチ"), ("ﾊﾞｰﾊﾞﾘｰ", "バーバリー"), ("ﾍﾟﾝ", "ペン"), ("ক\u09c7\u09be", "কো"),
                          ("ﾵￂﾱﾵￆﾷ", "삼성"), ("ＧＵＣＣＩ", "gucci")]:
        text = ListingText(written, "")
        assert text.nfkc == seen
        # every character of the view maps back to the characters it was composed from
        assert text.locate(*text.original_span("nfkc", 0, len(text.nfkc))) == ("title", 0, len(written), written)
    # compatibility jamo after a word are no final consonant (laughter: 구찌ㅋㅋ is Gucci and "lol")
    assert ListingText("구찌ㅋㅋ", "").nfkc.startswith("구찌")


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("ﾛﾚｯｸｽ ｻﾌﾞﾏﾘｰﾅｰ 緑 N級品 自動巻き", "watches", 39000, "JPY", "rolex"),
    ("ｸﾞｯﾁ ﾏｰﾓﾝﾄ ｼｮﾙﾀﾞｰ 黒 S級品", "handbags", 10500, "JPY", "gucci"),
    ("ﾀﾞｲｿﾝ ｴｱﾗｯﾌﾟ ﾌﾙｾｯﾄ 新品", "hair care", 8999, "JPY", "dyson"),
    ("Ռոլեքս ժամացույց կրկնօրինակ", "watches", 9499, "RUB", "rolex"),
    ("রোলেক্স ঘড়ি মাস্টার কপি", "watches", 2520, "INR", "rolex"),
    ("அடிடாஸ் ஷூ first copy white", "sneakers", 1260, "INR", "adidas"),
    ("תיק גוצ'י העתק איכותי", "handbags", 259, "ILS", "gucci"),
    ("شنطة قوتشي هاي كوبي", "handbags", 1910, "AED", "gucci"),
    ("کیف گوچی زنانه های کپی مشکی", "handbags", 21000000, "IRR", "gucci"),
])
def test_the_mark_in_these_forms_and_scripts_alerts_its_brand_alone(index, title, category, price, currency, brand):
    alerted = _alerted(index, title, category, price, currency)
    assert set(alerted) == {brand}, alerted


def test_generated_half_width_and_new_script_writings_of_every_sound_mark_alert(index):
    """Each writer on a demo brand's plain mark, corroborated by a cue: the alert names the brand, on the written
    letters. A floor here, the per-class floors in tests/eval/test_adversary.py."""
    rng = random.Random(9)
    marks = [("rolex", "Rolex", "watches"), ("gucci", "Gucci", "handbags"), ("samsung", "Samsung", "phones"),
             ("adidas", "Adidas", "sneakers"), ("dyson", "Dyson", "vacuum cleaners"), ("canon", "Canon", "cameras")]
    found = total = 0
    for brand, mark, category in marks:
        writings = [script_forms.half_width_kana(scripts.in_script(mark, "katakana", rng)), script_forms.full_width(mark)]
        writings += [script_forms.in_more(mark, script, rng) for script in ("bengali", "tamil", "armenian", "georgian",
                                                                           "gurmukhi", "malayalam", "telugu")]
        for written in writings:
            total += 1
            alerted = _alerted(index, f"{written} {category} replica", category)
            found += brand in alerted and all(b == brand for b in alerted)
    assert found / total >= 0.9, (found, total)


@pytest.mark.parametrize("brand, title, desc, category, price, currency", script_forms.MORE_WORDS)
def test_everyday_words_of_those_scripts_stay_quiet(index, brand, title, desc, category, price, currency):
    assert _alerted(index, title, category, price, currency) == {}
