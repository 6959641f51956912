"""The logo index's candidates come from its visual words, not a loop over the registry (core/logos.LogoIndex)."""

from __future__ import annotations

from services.matcher.core.logos import CANDIDATES, LogoIndex
from services.matcher.core.photos import decode, logo_features, photo_of
from tests.unit.images.pictures import jpeg, logo, product, with_logo

REGISTERED = 150


def _index(owners=lambda seed: f"brand-{seed}") -> LogoIndex:
    index = LogoIndex()
    for seed in range(REGISTERED):
        index.add(seed, logo_features(decode(jpeg(logo(seed), 95))), owner=owners(seed))
    index.compile()
    return index


def test_a_photo_shortlists_its_logo_among_a_few_and_finds_it_with_its_box() -> None:
    index = _index()
    for seed, at in ((7, (100, 200)), (93, (420, 60)), (148, (300, 350))):
        photo = photo_of(jpeg(with_logo(product(500 + seed), logo(seed), scale=1.1, angle=15, at=at))).features
        candidates = index.candidates(photo)
        assert len(candidates) <= 2 * CANDIDATES < REGISTERED
        assert seed in [index._logos[n][0] for n in candidates]
        hits = index.search(photo)
        assert [h.logo for h in hits] == [seed]
        x0, y0, x1, y1 = hits[0].box
        assert abs(x0 - at[0]) < 40 and abs(y0 - at[1]) < 60 and x1 - x0 > 200


def test_a_logo_registered_twice_by_one_brand_is_still_found_once() -> None:
    index = _index(owners=lambda seed: "one-brand")
    twin = LogoIndex()
    for seed in (3, 3, 4):
        twin.add(seed, logo_features(decode(jpeg(logo(seed), 95))), owner="one-brand")
    twin.compile()
    photo = photo_of(jpeg(with_logo(product(900), logo(3), at=(200, 200)))).features
    assert [h.logo for h in twin.search(photo)] == [3]
    assert [h.logo for h in index.search(photo)] == [3]



def test_a_logo_shown_small_is_shortlisted_and_found() -> None:
    # registered logos are padded before ORB (photos.LOGO_BORDER): unpadded, a 240 x 120 logo has next to no
    # keypoints at the pyramid levels a logo shown at 0.6 its size matches
    index = _index()
    for seed, at in ((11, (90, 120)), (64, (500, 400)), (131, (350, 220))):
        photo = photo_of(jpeg(with_logo(product(700 + seed), logo(seed), scale=0.6, at=at))).features
        assert seed in [index._logos[n][0] for n in index.candidates(photo)]
        assert [h.logo for h in index.search(photo)] == [seed]


# (registered, unregistered) generated cards whose four-letter words share two or three letters in one font, e.g. 590
# "CWZR" and 2987 "RWZR" (LiberationSerif-BoldItalic): the registered card's homography fits the other card's shared
# letters with 54-98 inliers, on a small part of the logo (core/logos._spread); pairs that alerted in
# tests.eval.logos --logos 10000 before the spread check
SHARING_LETTERS = ((590, 2987), (158, 525), (8072, 49), (3549, 5608), (672, 2330), (6216, 2987))


def test_a_card_sharing_letters_with_a_registered_logo_is_not_it() -> None:
    index = LogoIndex()
    for seed in [registered for registered, _ in SHARING_LETTERS] + list(range(20000, 20030)):
        index.add(seed, logo_features(decode(jpeg(logo(seed), 95))), owner=f"brand-{seed}")
    index.compile()
    for n, (registered, unregistered) in enumerate(SHARING_LETTERS):
        other = photo_of(jpeg(with_logo(product(900 + n), logo(unregistered), at=(300, 200)))).features
        assert index.search(other) == [], (registered, unregistered)
        covered = photo_of(jpeg(with_logo(product(950 + n), logo(registered), at=(300, 200), cover=0.45))).features
        assert [h.logo for h in index.search(covered)] == [registered]
