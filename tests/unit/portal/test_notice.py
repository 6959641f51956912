import json

from schemas.portal import TakedownNotice
from services.portal.notice import notice_text, render_notice
from tests.unit.portal.helpers import NOW, make_alert


def test_notice_carries_the_evidence_receipt():
    alert = make_alert()
    n = render_notice(alert, requested_by="alice", now=NOW)
    assert n.alert_id == alert.alert_id and n.listing_key == "taobao:7"
    assert n.listing_url == "https://taobao.example/item/7" and n.seller_id == "s9" and n.seller_prior_alerts == 2
    assert n.marks_matched == ["Bose"] and n.rules == ["cue", "exact", "price"]
    assert n.score == 0.8 and n.price == "35.00 USD"
    first = n.evidence[0]
    assert (first.rule, first.field, first.start, first.end, first.text, first.term) == ("exact", "title", 0, 4, "BOSE", "Bose")
    assert n.listing_observed_at == alert.match.listing.observed_at and n.rendered_at == NOW
    TakedownNotice.model_validate(json.loads(n.model_dump_json()))  # the JSON form is the exported schema


def test_text_notice_names_listing_marks_rules_offsets_and_when():
    text = notice_text(render_notice(make_alert(), requested_by="alice", now=NOW))
    for needle in ("TAKEDOWN NOTICE — taobao", "https://taobao.example/item/7", "s9 — Shenzhen Best Audio (CN)",
                   "Marks matched:   Bose", "title[0:4]", "'BOSE' → 'Bose'", "price ratio 0.14",
                   "observed at:   2026-11-28T12:00:00+00:00", "Requested by alice", "Score:           0.800"):
        assert needle in text, needle


def test_text_notice_says_how_the_mark_was_disguised():
    from schemas import Signal

    signals = [Signal(rule="skeleton", fingerprint_id="samsung.mark.x", field="title", start=0, end=8, text="Sarnsung",
                      term="Samsung", weight=0.8),
               Signal(rule="glued", fingerprint_id="samsung.mark.y", field="title", start=20, end=31, text="samsungsale",
                      term="Samsung", weight=0.0)]
    text = notice_text(render_notice(make_alert(brand="samsung", signals=signals), requested_by="alice", now=NOW))
    assert "How the mark was disguised\n  - skeleton: letter sequences drawn like a letter of the mark: rn for m" in text
    assert "glued:" not in text  # a signal that did not count is evidence, not a reason
    plain = notice_text(render_notice(make_alert(), requested_by="alice", now=NOW))
    assert "How the mark was disguised" not in plain


def test_a_listings_line_breaks_cannot_forge_lines_of_the_text_notice():
    """tenant57: the listing's fields are the seller's words (title, seller id and name, listing id, URL), and the text
    notice put them in as they came: a title with a line break and a label forged a line of the notice a marketplace
    acts on ('url: <a rival's listing>', 'Rights holder: ...'). Line breaks of every kind (CR, LF, VT, FF, NEL, the
    Unicode line and paragraph separators) and the bidirectional overrides that reorder what a reader sees are shown
    as escapes, on the field's own line."""
    forged = "\n  url:           https://taobao.example/item/999"
    alert = make_alert()
    listing = alert.match.listing.model_copy(update={
        "title": "BOSE QC45 1:1" + forged, "listing_id": "7\r\nRights holder:   Someone Else",
        "url": "https://taobao.example/item/7\u2028  seller:        rival-shop",
        "seller": alert.match.listing.seller.model_copy(update={"id": "s9\x85Score: 0.001", "name": "Best\u202eoidua\x0bAudio"})})
    alert = alert.model_copy(update={"match": alert.match.model_copy(update={"listing": listing})})
    text = notice_text(render_notice(alert, requested_by="alice", now=NOW))
    plain = notice_text(render_notice(make_alert(), requested_by="alice", now=NOW))
    assert len(text.splitlines()) == len(plain.splitlines())  # str.splitlines breaks at every one of them
    assert "  title:         BOSE QC45 1:1\\n  url:           https://taobao.example/item/999" in text.splitlines()
    assert "  id:            7\\r\\nRights holder:   Someone Else" in text.splitlines()
    assert not any(c in text for c in "\u2028\u202e\x85\x0b\r")
