"""Report wording in Simplified Chinese (``--lang zh-Hans``): the Traditional catalogue
(``zh_hant``) written in Simplified characters, character by character (its words are the same
in both scripts; only the characters differ)."""

from __future__ import annotations

from typing import Any

from headlinecheck.messages import zh_hant

#: Each Traditional character of the catalogue -> its Simplified form.
TRADITIONAL = (
    "個億內匯區卻單圓對寫幣應據換數時於標沒為無獨當"
    "確稱約級經與萬計設許註誤說調證讀貨較載過還錯電頭題額"
)
SIMPLIFIED = (
    "个亿内汇区却单圆对写币应据换数时于标没为无独当"
    "确称约级经与万计设许注误说调证读货较载过还错电头题额"
)
_TABLE = str.maketrans(TRADITIONAL, SIMPLIFIED)


def _simplified(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(_TABLE)
    if isinstance(value, tuple):
        return tuple(_simplified(item) for item in value)
    if isinstance(value, dict):
        return {key: _simplified(item) for key, item in value.items()}
    return value


QUOTE: str = _simplified(zh_hant.QUOTE)
MAGNITUDES: tuple[tuple[int, str], ...] = _simplified(zh_hant.MAGNITUDES)
RANGE: str = _simplified(zh_hant.RANGE)
TIGHT: bool = zh_hant.TIGHT
LABELS: dict[str, str] = _simplified(zh_hant.LABELS)
VERDICT_LINE: str = _simplified(zh_hant.VERDICT_LINE)
VERDICT_NONE: str = _simplified(zh_hant.VERDICT_NONE)
INTERVAL: str = _simplified(zh_hant.INTERVAL)
CONVERTED: str = _simplified(zh_hant.CONVERTED)
OUTCOME: str = _simplified(zh_hant.OUTCOME)
SUGGESTION: str = _simplified(zh_hant.SUGGESTION)
DIAGNOSIS: str = _simplified(zh_hant.DIAGNOSIS)
VERDICTS: dict[str, str] = _simplified(zh_hant.VERDICTS)
DIAGNOSES: dict[str, str] = _simplified(zh_hant.DIAGNOSES)
QUALIFIERS: tuple[tuple[str, str], ...] = _simplified(zh_hant.QUALIFIERS)
SENTENCES: tuple[tuple[str, str], ...] = tuple(
    (pattern, _simplified(template)) for pattern, template in zh_hant.SENTENCES
)
INNER: tuple[tuple[str, str], ...] = tuple(
    (pattern, _simplified(template)) for pattern, template in zh_hant.INNER
)
PHRASES: tuple[tuple[str, str], ...] = tuple(
    (english, _simplified(local)) for english, local in zh_hant.PHRASES
)
