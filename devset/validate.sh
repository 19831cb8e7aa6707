#!/usr/bin/env bash
# Run the shared devset validator (../shared/devset/validate.py) on devset/articles_more.jsonl.
# validate.py only reads articles.jsonl / articles_zh.jsonl next to itself and expects hc-dev-NNN ids,
# so this copies it to a temporary folder with our records (ids hc-more-NNN -> hc-dev-NNN, checked
# contiguous first) as its articles.jsonl and an empty articles_zh.jsonl. Standard library only.
# Usage: devset/validate.sh [PATH/TO/validate.py]   (default: $HEADLINECHECK_SHARED/devset/validate.py,
#        HEADLINECHECK_SHARED defaulting to ../shared as in .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
validator="${1:-${HEADLINECHECK_SHARED:-../shared}/devset/validate.py}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$validator" "$tmp/validate.py"
python3 - devset/articles_more.jsonl "$tmp" <<'PY'
import json
import sys

src, out_dir = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f, open(out_dir + "/articles.jsonl", "w", encoding="utf-8") as out:
    for n, line in enumerate(f, 1):
        record = json.loads(line)
        if record.get("id") != f"hc-more-{n:03d}":
            sys.exit(f"{src}:{n}: id {record.get('id')!r}, expected hc-more-{n:03d}")
        record["id"] = f"hc-dev-{n:03d}"
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
open(out_dir + "/articles_zh.jsonl", "w").close()
PY
python3 "$tmp/validate.py" --fx data/fx_rates.csv
