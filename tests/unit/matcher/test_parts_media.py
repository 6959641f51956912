"""retail27 (issue 9): one piece of a set or a pair sold alone is judged against a part's share of the set's floor
(context/condition.py part_only, SCALES "part_only"); a film's format closing the title and a used work said at the
description's opening are works about the brand (context/subject.py film_format, described_subject), not its goods.
Copy words beside them keep the copy's reading."""
import pytest

from services.matcher.core.context.condition import SCALES, part_only
from services.matcher.core.context.subject import described_subject, film_format, subject_of
from services.matcher.core.normalise import ListingText


@pytest.mark.parametrize("title,category", [
    ("Samsung Galaxy Buds – case only, genuine", "earbuds"), ("Apple AirPods Pro 2 – left earbud only", "earbuds"),
    ("Nike Air Force 1 – single left shoe (amputee swap)", "sneakers"), ("Gillette Fusion5 handle only", "razors"),
    ("Sony WF-1000XM5 right earbud", "earbuds"), ("Bose QC Earbuds II – nur Ladecase", "earbuds"),
    ("Écouteur gauche seul – Bose QC", "earbuds"), ("Adidas Samba zapatilla izquierda", "sneakers"),
    ("AirPods Pro 左耳单只", "earbuds"), ("Galaxy Buds2 片耳のみ", "earbuds"), ("Pandora single earring", "jewelry"),
])
def test_a_piece_sold_alone(title, category):
    said = part_only(title, ListingText(title, ""), category)
    assert said is not None and said.kind == "part_only"


@pytest.mark.parametrize("title,desc,category", [
    ("AirPods Pro 2 left earbud only 1:1", "", "earbuds"),  # a copy word: no reading
    ("Nike Air Force 1 single left shoe", "AAA replica", "sneakers"),
    ("iPhone 15 case only", "", "phone cases"),  # the part is the goods filed under
    ("Nike Air Force 1 size 42", "", "sneakers"), ("Apple AirPods Pro 2", "", "earbuds"),
    ("Sony headphones, not left earbud only", "", "headphones"),
])
def test_no_piece_sold_alone(title, desc, category):
    assert part_only(title, ListingText(title, desc), category) is None


def test_a_part_is_judged_against_a_tenth_of_the_set():
    assert SCALES["part_only"].factor == pytest.approx(0.1)


@pytest.mark.parametrize("title,category", [
    ("House of Gucci – DVD", "handbags"), ("Ford v Ferrari (Blu-ray)", "cars"),
    ("Top Gear: The Great Adventures – DVD box set", None), ("The LEGO Story | Blu-ray", "Toys & Games > Building Sets"),
])
def test_a_film_format_closing_the_title(title, category):
    assert film_format(title, category) is not None
    assert subject_of(title, category=category).kind == "a work"


@pytest.mark.parametrize("title,category", [
    ("Photoshop CS6 – DVD", None), ("Office 2019 Professional Plus – DVD", None), ("FIFA 24 – Blu-ray", "video games"),
    ("Sony Blu-ray player", "electronics"), ("Sony DVD", "tvs"), ("Gucci belt replica – DVD", "belts"),
])
def test_no_film_format(title, category):
    assert film_format(title, category) is None


@pytest.mark.parametrize("desc", ["Used book/media.", "Used book.", "Pre-owned DVD, plays fine.", "Livre d'occasion.",
                                  "Gebrauchtes Buch, gut erhalten.", "Libro usado, buen estado."])
def test_a_used_work_at_the_descriptions_opening(desc):
    assert described_subject(desc, "phones").kind == "a work"


@pytest.mark.parametrize("title,desc", [("Adidas athletic shoes replica", "Used book."),
                                        ("Rolex Submariner 1:1 super clone", "Used book/media.")])
def test_a_used_work_said_only_below_a_copy_word_is_not_read(title, desc):
    found = subject_of(title, category="sneakers", description=desc)
    assert found is None or found.where != "description"


@pytest.mark.parametrize("desc", ["Used bag, good condition.", "used once, book a viewing", "Brand new in box."])
def test_no_used_work(desc):
    assert described_subject(desc, "handbags") is None
