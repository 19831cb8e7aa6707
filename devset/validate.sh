#!/usr/bin/env bash
# Run the shared devset validator (../shared/devset/validate.py) on devset/articles_more.jsonl and
# devset/articles_more_zh.jsonl. validate.py only reads articles.jsonl / articles_zh.jsonl next to
# itself and expects hc-dev-NNN / hc-dev-zhNN ids, so this copies it to a temporary folder with our
# records (ids hc-more-NNN -> hc-dev-NNN and hc-more-zh-NNN -> hc-dev-zhNN, checked contiguous first)
# as its articles.jsonl and articles_zh.jsonl (empty when the zh file is absent). Standard library only.
# Usage: devset/validate.sh [PATH/TO/validate.py]   (default: $HEADLINECHECK_SHARED/devset/validate.py,
#        HEADLINECHECK_SHARED defaulting to ../shared as in .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
validator="${1:-${HEADLINECHECK_SHARED:-../shared}/devset/validate.py}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$validator" "$tmp/validate.py"
python3 - devset/articles_more.jsonl devset/articles_more_zh.jsonl "$tmp" <<'PY'
import json
import os
import sys

en, zh, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
for src, ours, theirs, name in (
    (en, "hc-more-{:03d}", "hc-dev-{:03d}", "articles.jsonl"),
    (zh, "hc-more-zh-{:03d}", "hc-dev-zh{:02d}", "articles_zh.jsonl"),
):
    with open(out_dir + "/" + name, "w", encoding="utf-8") as out:
        if not os.path.exists(src):
            continue
        with open(src, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                record = json.loads(line)
                if record.get("id") != ours.format(n):
                    sys.exit(f"{src}:{n}: id {record.get('id')!r}, expected {ours.format(n)}")
                record["id"] = theirs.format(n)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
python3 "$tmp/validate.py" --fx data/fx_rates.csv
