"""The verticals' own words for a copy (fresh54d, issue 9): a branded medicine "for research use only" in its dose form
and a watch's clone movement (context/admitted.py `research_only`, `clone_movement`), a rep find "found ... on weidian"
with a buying agent (context/subject.py `_SHOP_FIND`: no lost-and-found post); each with honest twins that stay quiet.
Listings written for this file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _kinds(title: str, description: str = "") -> set[str]:
    return {a.kind for a in admissions(title, f"{title} \u2029 {description}", None)}


@pytest.mark.parametrize("title, description", [
    ("Pfizer Lipitor 40mg 30 tablets", "For research purposes only, not for human consumption."),
    ("Bayer Aspirin 100 mg x 98", "Research chemical, lab grade, same as the pharmacy pack."),
    ("Pfizer sildenafil 50mg 10 tabs", "Nur für Forschungszwecke."),
    ("Bayer Xarelto 15mg 42 comprimidos", "Solo para investigación."),
    ("辉瑞 立普妥 20mg 30片", "仅供科研使用"),
])
def test_a_medicine_for_research_only_is_admitted(title, description):
    assert "research_only" in _kinds(title, description)


@pytest.mark.parametrize("title, description", [
    ("Abbott ELISA assay kit, 96 tests", "For Research Use Only. Not for use in diagnostic procedures."),
    ("Bayer Baytril 2.5% 100ml oral solution", "For dogs and cats only, not for human consumption."),
    ("Pfizer Lipitor 40mg 30 tablets", "Genuine pack from a licensed pharmacy, prescription required."),
    ("Pfizer research scientist job", "Join our research team."),
])
def test_a_reagent_a_veterinary_drug_or_a_pharmacy_admits_no_research_copy(title, description):
    assert "research_only" not in _kinds(title, description)


@pytest.mark.parametrize("title, description", [
    ("Omega Speedmaster genuine case", "Real case and bracelet, clone 1861 movement, aftermarket dial."),
    ("Rolex Datejust 126300 gen case", "Runs on a replica ETA 2824 movement."),
    ("Cartier Tank build", "Aftermarket movement in the original case."),
    ("Rolex GMT caja original", "Movimiento réplica, esfera aftermarket."),
    ("Omega Seamaster Gehäuse", "Originalgehäuse mit Nachbau Uhrwerk."),
])
def test_a_clone_movement_is_admitted(title, description):
    assert "clone_movement" in _kinds(title, description)


@pytest.mark.parametrize("title, description", [
    ("Rolex Submariner 124060", "Aftermarket strap, original movement serviced 2023."),
    ("Omega Seamaster 300M", "No clone movement, no aftermarket parts. Box and papers."),
    ("Cartier Santos", "Genuine Cartier 1847 MC movement, aftermarket bezel disclosed."),
])
def test_a_genuine_movement_or_a_denied_clone_admits_none(title, description):
    assert "clone_movement" not in _kinds(title, description)


def test_a_research_medicine_and_a_frankenwatch_alert():
    found = demo_alerts("Pfizer Viagra 100mg 30 tablets", "prescription drugs", 240,
                        "For research use only. Not for human consumption.")
    assert set(found) == {"pfizer"}, found
    found = demo_alerts("Rolex Submariner 126610LN genuine case", "watches", 2400,
                        "Genuine case, aftermarket dial and clone 3235 movement.")
    assert set(found) == {"rolex"}, found


@pytest.mark.parametrize("title", [
    "found the Gucci Dionysus bag on taobao, CSSBuy link",
    "Found these Nike Dunk Low on weidian via Kakobuy",
])
def test_a_rep_find_with_its_shop_is_no_lost_and_found_post(title):
    found = demo_evaluated(title, "handbags" if "Gucci" in title else "sneakers", 40, "Link in the comments, GL on QC.")
    assert any(m.score >= m.threshold for m in found.values()), found


def test_a_found_item_without_a_shop_stays_a_post():
    found = demo_evaluated("Found: Gucci wallet on the 42 bus", "wallets", None, "Describe it to claim it.")
    assert not {b for b, m in found.items() if m.score >= m.threshold}, found


@pytest.mark.parametrize("title, description", [
    ("Apple iPad tablets for a research lab", "Bulk order, 10 tablets, not for resale."),
    ("Rolex movement holder, aftermarket movement holder for 3135", "Watchmaker's tool."),
    ("Nike caps, lab grade embroidery", "Research quality stitching."),
])
def test_words_of_a_lab_or_a_watchmakers_bench_admit_nothing(title, description):
    assert not {"research_only", "clone_movement"} & _kinds(title, description)
