"""Reports of seized fakes, and comics and records about a brand's mascot or song (seized33, issue 9): a copy word
REPORTED by an enforcement verb in a news item or a work is the news, not a claim; a comic, a graphic novel, an annual,
manga, a record, sheet music or a songbook named by its kind among works is a work (a song title spelled letter by
letter too); their copy twins still alert. Read on the demo registry (deploy/seed/registry.yaml)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.mentions import news_of, reported_copy
from services.matcher.core.context.subject import media_work
from tests.unit.matcher.demo import demo_alerts

BRANDS = [("rolex", "Rolex", "watches"), ("nike", "Nike", "sneakers"), ("gucci", "Gucci", "bags"),
          ("bose", "Bose", "headphones"), ("lego", "LEGO", "sets")]

SEIZURES = [
    ("News: customs seize 3,000 fake {m} {p} at the port", "Officers said the counterfeit {m} goods were destroyed."),
    ("Customs seize fake {m} {p} at the airport", ""),
    ("Police raid market stalls, counterfeit {m} {p} confiscated", "News item."),
    ("Fake {m} {p} seized in dawn raid", ""),
    ("Zoll beschlagnahmt gefälschte {m} {p} im Hafen", "Die Fälschungen wurden vernichtet."),
    ("La douane saisit 2 000 contrefaçons {m}", ""),
    ("Noticia: incautan 5.000 {p} falsos de {m}", ""),
    ("Guardia di Finanza: sequestrati 800 {p} {m} contraffatti", ""),
    ("Polícia apreende tênis {m} falsificados", ""),
    ("Таможня: изъяли 3000 поддельных {m}", ""),
    ("海关查获假冒{m}产品3000件", ""),
    ("偽{m}製品を押収", ""),
    ("가짜 {m} 제품 압수", ""),
]


@pytest.mark.parametrize("template", SEIZURES)
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_report_of_seized_fakes_stays_quiet(brand, template):
    brand_id, mark, noun = brand
    title, desc = template
    assert brand_id not in demo_alerts(title.format(m=mark, p=noun), description=desc.format(m=mark), category="news")
    assert brand_id not in demo_alerts(title.format(m=mark, p=noun), description=desc.format(m=mark))


@pytest.mark.parametrize("title", ["Customs seized lot, {m} {p} 1:1 replicas, DM", "{m} {p} fake, customs seized, 1:1",
                                   "News: {m} {p} seized stock, replica, WhatsApp"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_seller_with_a_seizure_story_still_alerts(brand, title):
    brand_id, mark, noun = brand
    assert brand_id in demo_alerts(title.format(m=mark, p=noun))
    assert brand_id in demo_alerts(title.format(m=mark, p=noun), price=30.0, description="Seized stock, ships worldwide.")


@pytest.mark.parametrize("title", ["{m} Man: 100 years – comic album", "{m} Christmas comic strip collection",
                                   "{m} comic annual 1992", "{m} graphic novel vol. 3", "{m} manga adventures",
                                   "{m} – bande dessinée", "{m} 漫画", "Band – {m} Song, 7\" vinyl single",
                                   "{m} Gang, sheet music", "{m} – songbook (piano/vocal)"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_comic_or_a_record_among_works_stays_quiet(brand, title):
    brand_id, mark, _ = brand
    category = "music" if any(w in title for w in ("vinyl", "sheet", "songbook")) else "books"
    assert brand_id not in demo_alerts(title.format(m=mark), category=category, price=15.0,
                                       description="Used, good condition.")


def test_a_song_title_spelled_letter_by_letter():
    assert "nike" not in demo_alerts('Band – N.I.K.E. 7" vinyl single, 1997', category="music", price=20.0,
                                     description="Used, plays well, sleeve with light wear.")
    assert "nike" in demo_alerts("N.I.K.E. sneakers", category="music", price=20.0)  # no record: a disguise


@pytest.mark.parametrize("title,category", [("{m} {p} super copy", "vinyl"), ("{m} {p} super copy 1:1", "music"),
                                            ('{m} 7" vinyl single + {m} {p} super copy', "music"),
                                            ("{m} comic print {p} super copy", "books"), ("{m} manga {p} super copy", "comics")])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_copy_filed_among_works_still_alerts(brand, title, category):
    brand_id, mark, noun = brand
    assert brand_id in demo_alerts(title.format(m=mark, p=noun), category=category, price=25.0)


def test_the_readings():
    text = "News: customs seize 3,000 fake Rolex watches\nThe counterfeit goods were destroyed."
    assert reported_copy(text, text.index("fake"), text.index("fake") + 4)
    assert reported_copy(text, text.index("counterfeit"), text.index("counterfeit") + 11)
    text = "Customs seized lot, Rolex 1:1 replicas, DM"
    assert not reported_copy(text, text.index("replicas"), text.index("replicas") + 8)
    text = "Fake Rolex Submariner. Customs seized it."  # another sentence
    assert not reported_copy(text, 0, 4)
    assert news_of("Customs seize fake Rolex watches at port", None, None) == "seize"
    assert news_of("Customs seize fake Rolex watches at port", None, 40.0) is None
    assert media_work("Barbie comic annual 1992", "books") == "comic annual"
    assert media_work("Camiseta Nike manga corta", "clothing") is None  # a sleeve, not manga
    assert media_work("Adidas vinyl tracksuit", "vinyl") is None  # a material, not a record
