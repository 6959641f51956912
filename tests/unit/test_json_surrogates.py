"""brandsentry.http.lone_surrogate agrees with Python on which JSON strings are not Unicode text (red team
2026-12-01, finding 6: a lone "\\ud800" passed json.loads, then failed the 422 answer's or Kafka's encoding)."""

import json

from hypothesis import given
from hypothesis import strategies as st

from brandsentry.http import json_safe, lone_surrogate, validation_errors

#: letters, backslashes, quotes and surrogates (category Cs) mixed, so pairs, lone halves and escaped "\\u" all occur
TEXT = st.text(st.one_of(st.characters(categories=["Cs"]), st.sampled_from(["\\", "u", "d", "8", '"', "a", "😀"])),
               max_size=12)


def is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


@given(st.lists(TEXT, max_size=4), st.booleans())
def test_a_lone_surrogate_is_found_exactly_when_the_text_cannot_be_encoded(values, upper):
    body = json.dumps({"v": values}).encode()  # ensure_ascii: every non-ASCII character as \\uXXXX
    if upper:
        body = body.replace(b"\\ud", b"\\uD")
    assert (lone_surrogate(body) is None) == all(is_text(v) for v in json.loads(body)["v"])


@given(st.recursive(st.one_of(TEXT, st.floats(), st.integers()), lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)), max_leaves=8))
def test_a_validation_error_always_encodes(value):
    errors = validation_errors([{"loc": ("body", value if isinstance(value, str) else "x"), "msg": "m", "type": "t",
                                 "input": value}])
    json.dumps(errors, ensure_ascii=False, allow_nan=False).encode("utf-8")
    json.dumps(json_safe(value), ensure_ascii=False, allow_nan=False).encode("utf-8")
