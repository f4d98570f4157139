"""A county's own products, trades and standing situation (``products.txt``: 樱桃, 箱包,
回迁, 古城 …): a mined sentence naming one is said in another county's draft only when the
targets file names it."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from drafter.compose.portable import read_word_list

PRODUCTS_FILE = Path(__file__).with_name("products.txt")


@functools.cache
def load_products(path: Path = PRODUCTS_FILE) -> tuple[str, ...]:
    """The table's words, in file order (read once per process)."""
    return read_word_list(path)


@functools.cache
def untold_products(told: str, products: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern of the products a draft does not name: those ``told`` (the targets file's
    own words) does not hold. None when it names them all."""
    # longest first, in name order among equals: the same pattern every run
    refused = sorted((p for p in set(products) if p not in told), key=lambda p: (-len(p), p))
    return re.compile("|".join(map(re.escape, refused))) if refused else None
