"""The core's regular expressions made from the table cache's compiled code (compiled_patterns.py) and the other tables
session 55 moved into the cache (issue 16): the same patterns, the same words, whatever the cache holds."""

from __future__ import annotations

import re
from re import _compiler

import numpy as np
import pytest

from services.matcher.core import compiled_patterns, table_cache
from services.matcher.core.context import segmentation
from services.matcher.core.detectors import misspellings
from services.matcher.core.sounds import WordList

# named groups, flags, classes, look-arounds, a repeat beyond 65,535, non-BMP and lone surrogates
PATTERNS = [(r"(?P<brand>rolex|omega)\s+(?P<model>\d{3,5})", 0), (r"(?<![a-z])r[eé]pli[ck]a(?![a-z])", re.IGNORECASE),
            ("[\u4e00-\u9fff]{2,}|\U0001f525+|\ud800", 0), (r"^a{1,100000}$", re.MULTILINE),
            (r"(?:(?P<x>a)|b)(?(x)c|d)", 0), ("\\bcopy\\b", re.ASCII)]
TEXTS = ["Rolex 16610 replica", "RÉPLICA omega 300", "耐克🔥🔥", "aaaa\nbbb", "ac bd", "a copy", "\ud800"]


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.delenv(table_cache.ENV, raising=False)
    table_cache.use_dir(tmp_path)
    yield tmp_path
    table_cache.use_dir(None)


def _compile_all() -> list[re.Pattern]:
    re.purge()  # re's own cache would answer before the block's compile
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_made_from_the_cache_are_the_compiled_ones(cache_in):
    with compiled_patterns.kept("t"):
        first = _compile_all()
    assert sorted(compiled_patterns.missed) == sorted(p for p, _ in PATTERNS)  # a new key: compiled and written
    assert table_cache.file_of("t").is_file()
    with compiled_patterns.kept("t"):
        second = _compile_all()
    assert compiled_patterns.missed == []  # every one made from the file
    for (p, f), a, b in zip(PATTERNS, first, second):
        assert b == _compiler.compile(p, f)  # Pattern equality compares flags and the SRE code word for word
        assert (b.pattern, b.flags, b.groups, dict(b.groupindex)) == (a.pattern, a.flags, a.groups, dict(a.groupindex))
        for text in TEXTS:
            ma, mb = a.search(text), b.search(text)
            assert (ma and (ma.span(), ma.groups(), ma.groupdict())) == (mb and (mb.span(), mb.groups(), mb.groupdict()))


def test_written_once_a_key(cache_in):
    with compiled_patterns.kept("t"):
        re.purge()
        re.compile("only-this-one")
    with compiled_patterns.kept("t"):
        _compile_all()
    assert len(compiled_patterns.missed) == len(PATTERNS)  # not in the file, compiled as ever ...
    with compiled_patterns.kept("t"):
        _compile_all()
    assert len(compiled_patterns.missed) == len(PATTERNS)  # ... and the file not rewritten by a later block


@pytest.mark.parametrize("damage", ["garbage", "truncate", "code"])
def test_a_corrupt_file_compiles_as_ever(cache_in, damage):
    with compiled_patterns.kept("t"):
        _compile_all()
    path = table_cache.file_of("t")
    raw = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a table\n" + raw[:100])
    elif damage == "truncate":
        path.write_bytes(raw[:-10])
    else:  # whole and CRC-checked, but code the engine must refuse: every code word an unknown opcode
        arrays = table_cache.read(path)
        arrays = {k: np.array(v) for k, v in arrays.items()}
        arrays["code"][:] = 0xFFFF
        table_cache.write(path, arrays)
    with compiled_patterns.kept("t"):
        made = _compile_all()
    assert made == [_compiler.compile(p, f) for p, f in PATTERNS]


def test_cache_off_compiles_as_ever(monkeypatch):
    table_cache.use_dir("off")
    try:
        with compiled_patterns.kept("t"):
            made = _compile_all()
        assert made == [_compiler.compile(p, f) for p, f in PATTERNS]
    finally:
        table_cache.use_dir(None)


def test_the_wrapper_is_removed_after_the_block(cache_in):
    original = _compiler.compile
    with pytest.raises(ValueError), compiled_patterns.kept("t"):
        raise ValueError
    assert _compiler.compile is original


@pytest.mark.parametrize("languages,zipf", [(("ru", "uk", "bg", "mk", "el"), 3.0), (("ja",), 3.0), (("ar", "fa"), 2.5)])
def test_word_list_cached_or_not(cache_in, languages, zipf):
    import wordfreq

    listed = {w for lang in languages for b in wordfreq.read_cBpack(wordfreq.available_languages("small")[lang])[
        :round((9 - zipf) * 100) + 1] for w in b}
    cached = WordList(languages, zipf)
    assert cached._words is None and table_cache.file_of(f"words-{'+'.join(languages)}-{zipf:g}").is_file()
    table_cache.use_dir("off")
    plain = WordList(languages, zipf)
    assert plain._words is not None
    sample = sorted(listed)[::50] + ["id", "摩", "nike", "", "ролекс", "\ud800"]
    assert [w in cached for w in sample] == [w in plain for w in sample] == [w in listed for w in sample]
    if "ar" in languages:  # the hashed list this replaced took "摩" (U+6469, stored as the bytes of "id") for "id"
        assert "id" in listed and "摩" not in listed and "摩" not in cached


def test_chinese_words_cached_read_the_same(cache_in):
    made = segmentation.ChineseWords()
    assert table_cache.file_of("chinese-words").is_file()
    again = segmentation.ChineseWords()  # from the file
    words = ["乐高", "高端", "快乐", "微软", "稍微", "三星堆", "加鹅", "of", "", "耐克鞋"]
    assert made.zipfs(words) == again.zipfs(words)
    assert again.zipfs(["高端"])[0] > 3 and again.zipfs(["加鹅", "of", ""]) == [0.0, 0.0, 0.0]


def test_common_deletes_cached_read_the_same(cache_in):
    misspellings._common_deletes.cache_clear()
    try:
        groups, words = misspellings._common_deletes(200_000, 10_000_000)
        again_groups, again_words = misspellings._common_deletes.__wrapped__(200_000, 10_000_000)
        assert words == again_words and groups.keys() == again_groups.keys()
        for n, (keys, owners) in groups.items():
            assert np.array_equal(keys, again_groups[n][0]) and np.array_equal(owners, again_groups[n][1])
            assert all(len(k) == n for k in keys[:20].tolist())
    finally:
        misspellings._common_deletes.cache_clear()
