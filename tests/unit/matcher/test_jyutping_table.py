"""jyutping_table.json (bench.jyutping_table): ToJyutping's candidates for the registries' aliases, read by a build in
place of importing ToJyutping (issue 16). The table must be what ToJyutping says, and an alias not in it is still read."""

import ToJyutping

from services.matcher.core.detectors import jyutping


def test_the_table_is_what_tojyutping_says():
    table = jyutping._table()
    assert len(table) > 100
    for alias, known in table.items():
        assert [[ch, list(c or [])] for ch, c in ToJyutping.get_jyutping_candidates(alias)] == known, alias


def test_an_alias_not_in_the_table_is_read_by_tojyutping():
    alias = "勞力士耐克"
    assert alias not in jyutping._table()
    assert jyutping.jyutping_candidates(alias) == ToJyutping.get_jyutping_candidates(alias)
    assert jyutping.cantonese_readings(alias)[0] == ("lou", "lik", "si", "noi", "hak")
