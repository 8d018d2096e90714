#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile bundle archives of tests/README.md's attack list into OUTDIR, one .tar.gz
each, every one small on disk. Each holds a valid-looking bundle.json so that only the hostile part
can be the reason it is refused. Usage: hostile-archives.py OUTDIR"""
import io
import json
import os
import sys
import tarfile
import zlib

MANIFEST = json.dumps({"format": "plugboard-bundle", "version": 1, "source": "live",
                       "files": []}).encode()


class Zeros(io.RawIOBase):
    """n zero bytes, read in chunks: the bomb is streamed, never held in memory."""

    def __init__(self, n):
        self.left = n

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.left)
        b[:k] = bytes(k)
        self.left -= k
        return k


def info(name, kind=tarfile.REGTYPE, size=0, **kw):
    t = tarfile.TarInfo(name)
    t.type = kind
    t.size = size
    t.mode = 0o644
    for k, v in kw.items():
        setattr(t, k, v)
    return t


def archive(path, entries):
    # Level 1 keeps generating the zero bombs quick; zeros still compress about 1000:1.
    with open(path, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=1) as tar:
            tar.addfile(info("bundle/bundle.json", size=len(MANIFEST)), io.BytesIO(MANIFEST))
            for t, data in entries:
                tar.addfile(t, data)


def main(out):
    os.makedirs(out, exist_ok=True)
    mib = 1024 * 1024
    # 400 hard links to one 16 MiB file: 6.4 GB once each link is a copy.
    links = [(info("bundle/sys/big", size=16 * mib), Zeros(16 * mib))]
    links += [(info("bundle/sys/link%03d" % i, tarfile.LNKTYPE, linkname="bundle/sys/big"), None)
              for i in range(400)]
    archive(os.path.join(out, "hardlinks.tar.gz"), links)
    # One file of 2 GiB of zeros (about 2 MB compressed).
    archive(os.path.join(out, "bomb.tar.gz"), [(info("bundle/logs/kernel.log", size=2048 * mib), Zeros(2048 * mib))])
    # Many files just under the cap per file, 1.2 GiB in all.
    archive(os.path.join(out, "total.tar.gz"),
            [(info("bundle/logs/part%02d" % i, size=60 * mib), Zeros(60 * mib)) for i in range(20)])
    # A block device node (8:0, the first disk) and a character one (1:1, /dev/mem).
    archive(os.path.join(out, "devnode.tar.gz"),
            [(info("bundle/sys/sda", tarfile.BLKTYPE, devmajor=8, devminor=0), None),
             (info("bundle/sys/mem", tarfile.CHRTYPE, devmajor=1, devminor=1), None)])
    archive(os.path.join(out, "fifo.tar.gz"), [(info("bundle/logs/kernel.log", tarfile.FIFOTYPE), None)])
    # A link out, then a file written through it.
    payload = b"planted\n"
    archive(os.path.join(out, "symlink-out.tar.gz"),
            [(info("bundle/out", tarfile.SYMTYPE, linkname="../../../../../../../../tmp"), None),
             (info("bundle/out/plugboard-planted", size=len(payload)), io.BytesIO(payload))])
    archive(os.path.join(out, "absolute.tar.gz"),
            [(info("/tmp/plugboard-planted-absolute", size=len(payload)), io.BytesIO(payload))])
    archive(os.path.join(out, "climbing.tar.gz"),
            [(info("bundle/../../plugboard-planted-climbing", size=len(payload)), io.BytesIO(payload))])
    # Not an archive at all, and one cut off half way.
    with open(os.path.join(out, "garbage.tar.gz"), "wb") as f:
        f.write(zlib.compress(b"this is not a tar file " * 100))
    # A bundle with a 256 KiB log, cut off in the middle of that log.
    noise = bytes((i * 7919 + (i >> 8) * 31) & 0xFF for i in range(256 * 1024))
    archive(os.path.join(out, "whole.tar.gz"), [(info("bundle/logs/kernel.log", size=len(noise)), io.BytesIO(noise))])
    with open(os.path.join(out, "whole.tar.gz"), "rb") as f:
        data = f.read()
    with open(os.path.join(out, "truncated.tar.gz"), "wb") as f:
        f.write(data[: len(data) // 2])
    os.remove(os.path.join(out, "whole.tar.gz"))


if __name__ == "__main__":
    main(sys.argv[1])
