"""A changed brand served from a small index on top of the full one answers exactly as a full rebuild."""

from __future__ import annotations

from brandsentry.registry import Registry, load_registry
from schemas import MarkFingerprint, ModelFingerprint, fingerprint_id
from services.matcher.core import LayeredIndex, MatcherIndex
from tests.eval.report import REGISTRY, evaluation_set


def _answers(index, listings):
    return [[(m.brand_id, m.score, [s.model_dump() for s in m.signals]) for m in index.evaluate(listing)] for listing in listings]


def test_layered_index_answers_as_a_full_rebuild_on_the_whole_evaluation_set():
    before = load_registry(REGISTRY)
    after = Registry(dict(before.working_groups), dict(before.brands), dict(before.fingerprints))
    # bose loses a mark and gains a model, canada-goose gains a mark, hasbro is deleted
    removed = next(fp for fp in after.fingerprints.values() if fp.brand_id == "bose" and isinstance(fp, MarkFingerprint) and fp.vocabulary is None)
    del after.fingerprints[removed.id]
    model = ModelFingerprint(id=fingerprint_id("bose", "model", "QC Ultra"), brand_id="bose", value="QC Ultra")
    mark = MarkFingerprint(id=fingerprint_id("canada-goose", "mark", "Snow Mantra"), brand_id="canada-goose", value="Snow Mantra")
    after.fingerprints.update({model.id: model, mark.id: mark})
    del after.brands["hasbro"]
    for fp_id in [i for i, fp in after.fingerprints.items() if fp.brand_id == "hasbro"]:
        del after.fingerprints[fp_id]

    listings = [listing for listing, _, _ in evaluation_set()]
    listings += [listings[0].model_copy(update={"title": "QC Ultra headphones", "description": "", "price": None}),
                 listings[0].model_copy(update={"title": "Snow Mantra parka 1:1", "description": ""})]
    layered = LayeredIndex(MatcherIndex.build(before), after, {"bose", "canada-goose", "hasbro"}, version=9)
    full = MatcherIndex.build(after, version=9)

    assert _answers(layered, listings) == _answers(full, listings)
    assert any(m.brand_id == "bose" for m in layered.match(listings[-2]))  # the new model alerts
    assert all(m.index_version == 9 for listing in listings[:50] for m in layered.evaluate(listing))



async def test_a_fingerprint_change_never_alerts_a_listing_another_brand_explains():
    """tenant57 (the live twin of tenant56's rescan flaw): the live matcher served the brands changed since its full
    index from an index of those brands alone until consolidation (MATCHER_CONSOLIDATE_AFTER_S, 30 s), so the rules
    that leave a listing to the brand whose goods it describes never ran for them: a Louis Vuitton fingerprint change
    made a Michael Kors bag that mentions a 'date code' alert Louis Vuitton, which the full index leaves to Michael
    Kors. The right answer is the full index's: while a full build is quick (MATCHER_OVERLAY_MIN_BUILD_S) a change
    builds it again at once."""
    import structlog

    from brandsentry.registry import RegistryRecord
    from schemas import Listing
    from services.matcher.core.layers import brands_subset
    from services.matcher.fingerprint_feed import FingerprintFeed
    from services.matcher.settings import MatcherSettings
    from tests.unit.matcher.test_adversary_classes import SEED

    feed = FingerprintFeed(MatcherSettings(), structlog.get_logger())
    for record in brands_subset(load_registry(SEED), {"louis-vuitton", "michael-kors"}).records():
        thing = record.iwg or record.brand or record.fingerprint
        key = f"fp:{thing.brand_id}:{thing.id}" if record.fingerprint else f"{record.type}:{thing.id}"
        feed._apply(key.encode(), record.model_dump_json().encode())
    await feed._refresh()
    feed._last_build_end = 0.0  # no wait for the half-a-core rule (the next full build no sooner than the last took)
    mark = MarkFingerprint(id=fingerprint_id("louis-vuitton", "mark", "Neverfull MM"), brand_id="louis-vuitton",
                           value="Neverfull MM")
    feed._apply(f"fp:louis-vuitton:{mark.id}".encode(),
                RegistryRecord(type="fingerprint", fingerprint=mark).model_dump_json().encode())
    await feed._refresh()
    bag = Listing.model_validate({
        "marketplace": "depop", "listing_id": "12b0884c27c01c", "title": "Michael Kors Jet Set tote with microchip",
        "description": "Has the NFC microchip like the 2021+ bags, date code, dust bag and receipt copy. Mirror quality. "
                       "36.70 GBP Ships from China.", "price": {"amount": 36.7, "currency": "GBP"},
        "seller": {"id": "trade_7838ed", "country": "CN"}, "category": "handbags", "ship_from": "CN",
        "observed_at": "2026-12-04T01:54:06Z"})
    assert isinstance(feed.index, MatcherIndex) and mark.id in feed.registry.fingerprints
    assert [m.brand_id for m in feed.index.match(bag)] == ["michael-kors"]  # before: ['louis-vuitton', 'michael-kors']
