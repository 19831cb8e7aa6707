"""Vietnamese: magnitude words and the dong as the press writes it ("5 tỷ đồng", "50.000đ")."""

from __future__ import annotations

from headlinecheck.lang import Language

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    # Read with a Vietnamese locale only.
    magnitude_words={"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9, "nghìn tỷ": 12},
    letter_symbols={"đồng": "VND", "đ": "VND", "VNĐ": "VND"},
)
