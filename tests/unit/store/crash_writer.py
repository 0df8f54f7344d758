"""Child process of the crash test: commits batches of writes forever, reporting each after its commit."""

from __future__ import annotations

import random
import sys

from etalonium_desktop.store import NewMessage, Profile


def main(directory: str, passphrase: str, seed: int) -> None:
    rng = random.Random(seed)
    with Profile.open(directory, passphrase) as profile:
        batch = profile.settings.get("next_batch", 0)
        while True:
            size = rng.randint(1, 40)
            # Mixed sizes: small rows, rows spilling into overflow pages, and now and then a large blob, so
            # the write-ahead log fills up and checkpoints happen while the parent may strike.
            filler = "x" * rng.choice([10, 600, 5000])
            with profile.transaction():
                profile.messages.add_many(
                    NewMessage(b"crash", b"%d/%d" % (batch, k), b"child", f"batch {batch} item {k} {filler}", batch)
                    for k in range(size)
                )
                if rng.random() < 0.1:
                    profile.media_cache.put(b"blob-%d" % batch, "application/octet-stream", rng.randbytes(100_000))
                profile.settings.set(f"batch/{batch}", size)
                profile.settings.set("next_batch", batch + 1)
            print(batch, size, flush=True)
            batch += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
