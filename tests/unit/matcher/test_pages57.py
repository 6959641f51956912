"""pages57 (issue 9): on a whole product page a copy word counts by whose voice says it and what it is about.

- context/voices.py `frame`: a buyer's fear the goods proved genuine, a refund rule about counterfeits in general, the
  marketplace's ban on selling copies, a how-to-spot or genuine-vs-knock-offs foil are no claim about the item on offer
  (judge's `denied`: the cue is kept at weight 0 and says why); the seller's own copy ("our replicas", "it's a fake")
  and a buyer who calls the goods fake still count;
- `review_spans`: a pasted review's "box arrived dented" states no condition of the goods on offer (condition.py);
- the returns text's "refund to the original payment method" is no likeness, a tag line's "best price" no cheap talk.
Listings written for this file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.voices import VOICE, frame, in_spans, review_spans
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("sentence, word, kind", [
    ("★★★★★ Ravi: I was worried it might be fake at that price but it is genuine, serial checked.", "fake", "fear"),
    ("Pensé que era falso, pero es original.", "falso", "fear"),
    ("Counterfeit claims are refunded in full within 48 hours.", "Counterfeit", "policy"),
    ("Should any item turn out to be fake, we refund twice the price.", "fake", "policy"),
    ("Marketplace notice: selling counterfeit or replica goods is prohibited.", "replica", "notice"),
    ("Tags: gift, how to spot fake sneakers, new", "fake", "guide"),
    ("Genuine Canon vs knock-offs: the serial sticker is missing on copies.", "knock-offs", "guide"),
])
def test_copy_words_about_copies_in_general_are_framed(sentence, word, kind):
    start = sentence.index(word)
    assert frame(sentence, start, start + len(word)) == kind


@pytest.mark.parametrize("sentence, word", [
    ("★★★★★ Marco: fake but good, stitching better than expected.", "fake"),  # a buyer says what is sold
    ("It's a replica, nobody can tell.", "replica"),
    ("Expected a fake, but quality is like the original.", "fake"),  # a likeness, not a fear resolved
    ("We are selling replica watches, banned in the EU, shipped discreetly.", "replica"),
    ("Original $95 vs replica $14 - same look.", "replica"),
    ("ORIGINAL vs OUR REPLICA", "REPLICA"),
    ("If you want the replica with box add $10, no refunds.", "replica"),
    ("All replica items ship without the brand box to pass customs.", "replica"),
])
def test_the_sellers_own_copy_is_never_framed(sentence, word):
    start = sentence.index(word)
    assert frame(sentence, start, start + len(word)) is None


def test_review_blocks_and_starred_lines_are_reviews():
    text = "DETAILS\nColour: red\n\nCUSTOMER REVIEWS (2)\nAna: box was dented\nBo: fine\n\nTAGS: red, gift\n4/5 - ok"
    spans = review_spans(text)
    assert in_spans(spans, text.index("box was dented")) and in_spans(spans, text.index("4/5"))
    assert not in_spans(spans, text.index("Colour")) and not in_spans(spans, text.index("TAGS"))


def _page(said: str) -> str:
    reviews = "\n".join(["★★★★★ Ines: the shipping box arrived dented but the item is perfect.",
                         "★★★★☆ Omar: exactly as pictured."] * 3)
    return ("PRODUCT DETAILS\nItem: wireless headphones\nColour: Black\n\nDELIVERY\nDispatched within 48 hours, tracked.\n\n"
            "RETURNS\n30 days. Refunds go back to the original payment method after inspection.\n\n"
            f"{said}\n\nCUSTOMER REVIEWS (6)\n{reviews}\n\nTags: headphones, gift idea, best price, free delivery")


@pytest.mark.parametrize("said", [
    "★★★★★ Lena: I was afraid it was fake but it is original, checked with Sony.",
    "Authenticity promise: if any item proves counterfeit, we refund 200%.",
    "Platform notice: selling counterfeit, replica or fake items is prohibited.",
    "How to spot a fake WH-1000XM5: serial, weight, print. Ours come with Sony's card.",
])
def test_a_genuine_page_whose_copy_words_speak_of_copies_in_general_stays_quiet(said):
    title = "Sony WH-1000XM5 wireless headphones - new"
    assert not demo_alerts(title, "headphones", 399, _page(said))
    cues = [s for s in demo_evaluated(title, "headphones", 399, _page(said))["sony"].signals if s.rule is Rule.cue]
    assert cues and all(s.weight == 0 and s.detail.startswith(VOICE) for s in cues)


@pytest.mark.parametrize("said", [
    "Care: keep it in its pouch, as with all our mirror copies.",
    "Seller's note: high copy, not original Sony.",
    "★★★★★ Kemal: fake of course, but sounds great.",
])
def test_the_same_page_that_says_copy_alerts(said):
    assert "sony" in demo_alerts("Sony WH-1000XM5 wireless headphones - new", "headphones", 399, _page(said))


def test_a_reviews_dented_box_does_not_excuse_a_copys_price():
    match = demo_alerts("Sony WH-1000XM5 wireless headphones - new", "headphones", 25, _page(""))["sony"]
    price = next(s for s in match.signals if s.rule is Rule.price)
    assert price.weight > 0 and "dented" not in price.detail
