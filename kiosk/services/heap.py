"""Large blocks of memory go back to the system when they are freed.

glibc serves a block above its mmap threshold with a mapping of its own, and unmaps it on
free; but the threshold follows the largest block freed so far (up to 32 MB), so after the first
decoded picture or layer is freed, blocks of that size come from the heap instead, and the heap
keeps what it grew by. A random visitor's 4,000 touches grew settled memory by ~26 MB that way;
with the threshold fixed at 1 MiB the same visit grew ~9 MB (tests/robustness/monkey_visit.py).
Small blocks, which are most of them, are unaffected.
"""

from __future__ import annotations

import ctypes
import logging

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
LARGE_BLOCK_BYTES = 1 << 20


def return_large_blocks() -> bool:
    """Fix glibc's mmap threshold; False (and nothing changed) on another C library."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):
        log.info("not glibc: the heap keeps its own policy for large blocks")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES) == 1
