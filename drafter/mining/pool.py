"""Running mining's per-speech work on several processes, and the bank's rendering beside it.

Input: a function and its items (files, then speeches); output: the results in item order, as if
computed one after another in this process. Workers are forked from this process after what they
need is loaded (jieba's tables, the read speeches), so nothing large is pickled to them; only
results come back. Without ``fork`` (Windows), and on macOS where forking a process that has
started threads is unsafe, everything runs in this process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from drafter.mining.workers import _SHARED, share
from drafter.phrasebank.model import Kind, PhraseBank

T = TypeVar("T")
R = TypeVar("R")


def render_bank_files(bank: PhraseBank, workers: int) -> dict[str, str]:
    """The bank's files as ``store.render_bank`` gives them; with ``workers`` > 1, its two largest
    files (body sentences and paragraphs, about half of the text) are rendered on a forked
    process while this one renders the others."""
    from drafter.phrasebank.store import KIND_FILES, render_bank

    if workers <= 1 or not can_fork() or len(bank.phrases) < RENDER_APART_MIN:
        return render_bank(bank)
    apart = frozenset({KIND_FILES[Kind.BODY], KIND_FILES[Kind.PARAGRAPH]})
    share({"bank": bank, "names": apart})
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(1, initializer=_start_worker) as pool:
            waiting = pool.apply_async(_render_shared)
            files = render_bank(bank, _Except(apart))
            files.update(waiting.get())
    finally:
        share({})
    return files


# below this many entries rendering takes less than starting a process
RENDER_APART_MIN = 2000


class _Except:
    """Every name but those given (a ``Container`` for ``render_bank``)."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def __contains__(self, name: object) -> bool:
        return name not in self.names


def _render_shared() -> dict[str, str]:
    from drafter.phrasebank.store import render_bank

    rendered: dict[str, str] = render_bank(_SHARED["bank"], _SHARED["names"])
    return rendered


def default_workers(items: int) -> int:
    """How many processes mining runs on: the CPUs this process may use (at most
    ``MAX_WORKERS``, at most one per item), or 1 where worker processes cannot be forked."""
    if not can_fork() or items < 2:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS, items))


# more processes than this cost more memory (each holds its own copy of what it touches) than
# their time saves on an office computer
MAX_WORKERS = 4


def _start_worker() -> None:
    """A worker leaves Ctrl-C to the main process (which then stops the pool) and dies on the
    pool's SIGTERM: the handler the CLI installs (SIGTERM as Ctrl-C, so that ``finally`` blocks
    run) would make an idle worker raise inside the pool's queue and hang the pool's shutdown.

    Its standard streams are its own: the progress bar's thread in the main process may have
    held a stream's lock at the moment of the fork, and a worker writing a warning to that copy
    would wait for it forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for name, descriptor in (("stdout", 1), ("stderr", 2)):
        with contextlib.suppress(OSError, ValueError):
            stream = open(  # noqa: SIM115 - lives as long as the worker
                descriptor, "w", encoding="utf-8", errors="replace", closefd=False
            )
            setattr(sys, name, stream)


def can_fork() -> bool:
    """Whether worker processes can be forked from this one (not on Windows, not on macOS)."""
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


def run_ordered(
    function: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    done: Callable[[int], None] | None = None,
    weights: Sequence[float] | None = None,
) -> Iterator[R]:
    """``function`` over ``items``, results in order; on ``workers`` forked processes if > 1.
    ``done(i)`` is called as result ``i`` arrives (for a progress bar).

    With ``weights`` (the expected cost of each item), the lightest item runs first in this
    process, so that whatever the work builds once and keeps (compiled patterns, gazetteers,
    imports) is built once, before forking, instead of in every worker; the others are handed
    out heaviest first, so that no worker is left with a long item at the end."""
    if workers <= 1 or len(items) < 2 or not can_fork():
        for index, item in enumerate(items):
            result = function(item)
            if done is not None:
                done(index)
            yield result
        return
    order = list(range(len(items)))
    ready: dict[int, R] = {}
    if weights is not None:
        order.sort(key=lambda i: (-weights[i], i))
        first = order.pop()
        ready[first] = function(items[first])
        if done is not None:
            done(first)
    context = multiprocessing.get_context("fork")
    # What the workers inherit (the read speeches, jieba's tables) is frozen for the garbage
    # collector: a worker's full collections would otherwise walk all of it and, by touching
    # every object, copy the parent's memory page by page (5 MB of reports: ~4% less CPU).
    gc.freeze()
    try:
        with context.Pool(min(workers, len(order)), initializer=_start_worker) as pool:
            arriving = pool.imap_unordered(_indexed, [(function, i, items[i]) for i in order])
            for wanted in range(len(items)):
                while wanted not in ready:
                    index, result = next(arriving)
                    ready[index] = result
                    if done is not None:
                        done(index)
                yield ready.pop(wanted)
    finally:
        gc.unfreeze()


def _indexed(task: tuple[Callable[[T], R], int, T]) -> tuple[int, R]:
    function, index, item = task
    return index, function(item)
