"""Sealing and opening a 1,000-intake beursbundel, beside bare json + zlib of the same lines.

Issue 16: "sealing and opening a 1,000-intake bundle". What is measured, best of 5 after a warm-up:
- seal: `bundles.sealed.seal` — JSON lines, zlib, X25519 + HKDF, AES-256-GCM, Ed25519 signature.
- open: `bundles.sealed.open_bundle` — signature check, sender and recipient checks, AES-GCM, bounded
  unpacking, JSON per line.
- bare pack / bare unpack: `json.dumps` per line + `zlib.compress`, and `zlib.decompress` + `json.loads`
  per line, at the same zlib level: the ratio is what the crypto and the checks add.
- sizes: raw JSON lines, zlib'd, and the bundle file (header 192 + tag 16 + signature 64 bytes).
- the use case: `export_bundle` (database -> file, with `export_changes`) and `import_bundle --dry-run`
  at an empty desk, for scale.

The lines are the merge core's own export of 1,000 demo intakes (app/merge.export_changes).
"""

from __future__ import annotations

import json
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

N = 1_000


def best(fn: Callable[[], Any], runs: int = 5) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    from intake_desk.app import merge
    from intake_desk.app.opening import open_or_create
    from intake_desk.bundles import exchange
    from intake_desk.bundles.sealed import KIND_INTAKES, open_bundle, seal
    from intake_desk.demo import demo_records
    from intake_desk.storage import candidates as repo

    folder = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    laptop, desk = open_or_create(folder / "laptop.sqlite"), open_or_create(folder / "desk.sqlite")
    exchange.export_key_file(desk, folder / "desk.beurssleutel", role="desk")
    exchange.export_key_file(laptop, folder / "laptop.beurssleutel")
    exchange.enrol(laptop, exchange.read_key(folder / "desk.beurssleutel"))
    exchange.enrol(desk, exchange.read_key(folder / "laptop.beurssleutel"))
    with laptop.atomic():
        for record in demo_records(N, seed=16):
            repo.insert(laptop, record)
    batch = merge.export_changes(laptop)
    keys, desk_pub = exchange.own_keys(laptop), exchange.choose_desk(laptop, None)
    desk_keys, peers = exchange.own_keys(desk), {p.installation_id: p for p in exchange.enrolled(desk)}
    header = {"format": exchange.FORMAT, "kind": "intakes", "from": keys.installation_id,
              "to": desk_pub.installation_id, "merge": batch.header}
    data = seal(KIND_INTAKES, header, batch.lines, sender=keys, recipient=desk_pub)

    def bare_pack() -> bytes:
        return zlib.compress(b"".join(json.dumps(x, ensure_ascii=False, separators=(",", ":"),
                                                 sort_keys=True).encode() + b"\n"
                                      for x in [header, *batch.lines]), 6)

    packed = bare_pack()

    def bare_unpack() -> list[Any]:
        return [json.loads(r) for r in zlib.decompress(packed).split(b"\n") if r]

    t_seal = best(lambda: seal(KIND_INTAKES, header, batch.lines, sender=keys, recipient=desk_pub))
    t_open = best(lambda: open_bundle(data, own=desk_keys, peers=peers, expect_kind=KIND_INTAKES))
    t_pack, t_unpack = best(bare_pack), best(bare_unpack)
    raw = len(zlib.decompress(packed))
    print(f"{len(batch.lines)} lines ({N} intakes), JSON {raw:,} bytes, zlib {len(packed):,} bytes, "
          f"bundle {len(data):,} bytes (+{len(data) - len(packed)} for header, tag, signature)")
    print(f"seal   {t_seal * 1000:7.1f} ms   bare json+zlib pack   {t_pack * 1000:7.1f} ms   "
          f"ratio {t_seal / t_pack:.2f}x")
    print(f"open   {t_open * 1000:7.1f} ms   bare zlib+json unpack {t_unpack * 1000:7.1f} ms   "
          f"ratio {t_open / t_unpack:.2f}x")
    out = folder / "b.beursbundel"
    t_export = best(lambda: exchange.export_bundle(laptop, out), runs=3)
    t_dry = best(lambda: exchange.import_bundle(desk, out, dry_run=True), runs=3)
    print(f"export_bundle (db -> file) {t_export * 1000:7.1f} ms   "
          f"import_bundle --dry-run at an empty desk {t_dry * 1000:7.1f} ms")
    laptop.close()
    desk.close()


if __name__ == "__main__":
    main()
