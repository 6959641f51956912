"""The brand named by a listing that sells none of its goods (issue 9, precision; quiet, session 15): a job ad naming it
as the employer or as the goods the job works with, a buyer's wanted post in more languages, a post filed under jobs or
wanted, another firm's name that holds a mark's l and r swapped (Lorex); and the copies that borrow their words, which
still alert. Answers are what a brand sees: whether a Match
reaches its threshold, and the evidence's rule and words.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def subject_signal(brand: str, *args, **kwargs):
    """The `subject` signal of the brand's evaluation (below its threshold too), or None."""
    match = demo_evaluated(*args, **kwargs).get(brand)
    return next((s for s in match.signals if s.rule == "subject"), None) if match else None


# ------------------------------------------------------------------ job ads

@pytest.mark.parametrize("title, brand, term", [
    ("Retail associate – Nike Factory Store, part time", "nike", "retail associate"),
    ("Watchmaker wanted, Rolex experience preferred", "rolex", "watchmaker … wanted"),
    ("Conseillère beauté Lancôme – CDI Paris", "loreal", "conseillere beaute … cdi"),
    ("Kreślarz AutoCAD – praca od zaraz", "autodesk", "kreslarz … praca"),
    ("Vaga repositor – distribuidora Coca-Cola", "coca-cola", "vaga … repositor"),
    ("Lowongan mekanik bengkel resmi Honda", "honda", "lowongan"),
    ("Verkäufer (m/w/d) für Samsung Store gesucht", "samsung", "m/w/d"),
    ("Vendeur H/F – boutique Gucci, CDI", "gucci", "vendeur … h/f"),
    ("Técnico Bosch, jornada completa", "bosch", "jornada completa"),
    ("Tuyển dụng nhân viên bán hàng Adidas", "adidas", "tuyen dung"),
    ("トヨタ販売店 整備士 求人", "toyota", "求人"),
])
def test_a_job_ad_naming_the_brand_stays_quiet_and_says_it_sells_nothing(title, brand, term):
    assert demo_alerts(title, None, None) == {}, title
    signal = subject_signal(brand, title, None, None)
    assert signal is not None and "sells nothing: a job" in signal.detail, title
    assert signal.term == term, (title, signal.term)


def test_a_post_filed_under_jobs_or_wanted_stays_quiet():
    assert demo_alerts("Diseñador gráfico (Photoshop, Illustrator)", "jobs", None) == {}
    assert "sells nothing: a job" in subject_signal("adobe", "Diseñador gráfico (Photoshop, Illustrator)", "Empleo",
                                                    None).detail
    assert "wanted post" in subject_signal("rolex", "Rolex Submariner 116610LN", "Wanted", 0.0).detail


@pytest.mark.parametrize("title, brand", [
    ("Canada Goose mont arıyorum, orijinal", "canada-goose"),
    ("Rolex Submariner satın alırım", "rolex"),
    ("【求む】任天堂 Switch 有機EL", "nintendo"),
])
def test_a_wanted_post_in_more_languages_stays_quiet(title, brand):
    assert demo_alerts(title, None, None) == {}, title
    assert "wanted post" in subject_signal(brand, title, None, None).detail, title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Hiring resellers! Rolex Submariner 1:1 super clone, wholesale", "watches", 90, "rolex"),   # a seller's recruiting
    ("Lowongan reseller: Nike Air Force 1 replika 1:1", "sneakers", 15, "nike"),
    ("WTB? We sell Louis Vuitton Neverfull mirror quality", "handbags", 60, "louis-vuitton"),    # a seller's wanted frame
    ("Vendeur Gucci Marmont – réplique 1:1", "handbags", 40, "gucci"),                           # a copy claim
    ("Bosch cordless drill driver 12V CDI", "power tools", 3, "bosch"),                          # words, not a job
    ("Montre Rolex Datejust H/F", "watches", 60, "rolex"),
    ("Honda CDI unit CBR600RR", "motorcycle parts", 2, "honda"),
])
def test_a_copy_with_a_job_or_wanted_word_still_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price), title


# ------------------------------------------------------------------ l and r swapped

@pytest.mark.parametrize("title, category, price, brand", [
    ("Lorex 4K PoE security camera system, 8 channel NVR", "security cameras", 399, "rolex"),
    ("Rightloom garden hose reel 25m", "garden", 47, "adobe"),
    ("Risteline LED grow light 600W", None, 134, "johnson-johnson"),
    ("Colorla cordless lawn mower 40V", "other", 233, "toyota"),
])
def test_another_firms_name_with_a_marks_l_and_r_swapped_stays_quiet(title, category, price, brand):
    assert demo_alerts(title, category, price) == {}, title
    match = demo_evaluated(title, category, price).get(brand)
    assert match is None or any("l and r swapped" in (s.detail or "") for s in match.signals), title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Lorex watch AAA replica", "watches", 40, "rolex"),
    ("Lorex men's watch automatic", "watches", 40, "rolex"),          # the brand's goods at a copy's price
    ("Roleks Submariner", "watches", 300, "rolex"),                   # a respelling keeps its l and r in place
    ("Lolex Datejust 1:1", "watches", 60, "rolex"),
])
def test_the_swapped_name_on_the_brands_goods_as_a_copy_still_alerts(title, category, price, brand):
    alerts = demo_alerts(title, category, price)
    assert brand in alerts, title


# ------------------------------------------------------------------ an everyday mark as a verb

@pytest.mark.parametrize("title, category, brand", [
    ("Nike Air Max 90 1:1 quality, you will love it", "sneakers", "nike"),
    ("Handbag leather 1:1 mirror, you'll love it", "handbags", None),
    ("Phone case AAA copy - love it!", "phone cases", None),
    ("Gucci Marmont replica, kids love them", "handbags", "gucci"),
])
def test_love_it_beside_a_copy_names_no_cartier(title, category, brand):
    alerts = demo_alerts(title, category, 20)
    assert "cartier" not in alerts, title
    assert set(alerts) == ({brand} if brand else set()), title
    evaluated = demo_evaluated(title, category, 20)
    if brand is not None and "cartier" not in evaluated:  # set aside beside the brand named plainly (stronger.py, mend31)
        assert any("Cartier's 'Love'" in s.detail for s in evaluated[brand].signals), title
        return
    love = next((s for s in evaluated.get("cartier").signals if s.rule == "exact"), None)
    assert love is not None and "as an English verb" in love.detail, title


@pytest.mark.parametrize("title", ["Love bracelet gold 1:1", "Cartier Love bracelet replica, you will love it",
                                   "Love ring 18k 1:1 screw motif"])
def test_the_love_bracelet_as_a_copy_still_alerts_cartier(title):
    assert "cartier" in demo_alerts(title, "jewelry", 20), title


# ------------------------------------------------------------------ dishes and honest likenesses in more words

@pytest.mark.parametrize("title, brand", [("Brigadeiro de Nutella – cento", "ferrero"),
                                          ("Snickers'lı pasta siparişi", "mars"),
                                          ("Brigadeiros de Ferrero Rocher, 50 unidades", "ferrero")])
def test_a_dish_in_brazilian_and_turkish_bakers_words_stays_quiet(title, brand):
    assert demo_alerts(title, "food", 40) == {}, title
    assert "a dish made with" in subject_signal(brand, title, "food", 40).detail, title


def test_the_brands_food_sold_for_a_dish_still_alerts():
    assert "ferrero" in demo_alerts("Nutella 3kg para brigadeiro", "spreads", 2)


@pytest.mark.parametrize("title, brand", [
    ("Women's long parka with fur hood – similar style to Canada Goose, no logo, own brand", "canada-goose"),
    ("Buty sportowe białe, styl jak Nike AF1, bez logo", "nike"),
])
def test_an_honest_similar_style_stays_quiet(title, brand):
    assert demo_alerts(title, None, 40) == {}, title
    match = demo_evaluated(title, None, 40)[brand]
    assert any(s.rule == "accessory" and "comparison" in (s.detail or "") for s in match.signals), title


def test_a_copy_that_says_similar_style_still_alerts():
    assert "canada-goose" in demo_alerts("Canada Goose parka similar style to original, 1:1", "jackets", 40)
