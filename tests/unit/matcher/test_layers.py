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
