"""Running mining's per-speech work on several processes, and the bank's rendering beside it.

Input: the speech files and the functions of the two phases (read, then generalise); output:
the results in file order, as if computed one after another in this process. The files are
shared out as the work goes between this process and children forked from it (``Split``): each
process reads the files it takes and generalises the speeches it read, so a read speech travels
between processes only where that evens their work; otherwise only summaries (for what the whole
corpus says about words) and results come back.
Without ``fork`` (Windows), and on macOS where forking a process that has started threads is
unsafe, everything runs in this process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from drafter.phrasebank.model import Phrase, PhraseBank

if TYPE_CHECKING:
    from drafter.mining.early import EarlyReader

T = TypeVar("T")
R = TypeVar("R")


def render_bank_files(
    bank: PhraseBank,
    workers: int,
    curated_file: bytes | None,
    bank_dir: Path,
    curated_read: tuple[tuple[Phrase, ...] | None] | None = None,
) -> tuple[dict[str, str], bytes | bytearray | None]:
    """The bank's files as ``store.render_bank`` gives them, and the rows of its index as
    ``store.index_rows`` gives them (None: the curated file ``curated_file`` does not load).
    With ``workers`` > 1 the rows (about half of the work) are rendered on a forked process
    while this one renders the files (``start_bank_files``)."""
    files, pending = start_bank_files(bank, workers, curated_file, bank_dir, curated_read)
    try:
        return files, pending.rows()
    finally:
        pending.close()


def start_bank_files(
    bank: PhraseBank,
    workers: int,
    curated_file: bytes | None,
    bank_dir: Path,
    curated_read: tuple[tuple[Phrase, ...] | None] | None = None,
    said: Mapping[str, list[str]] | None = None,
) -> tuple[dict[str, str], PendingRows]:
    """The bank's files as ``store.render_bank`` gives them, and the rows of its index to come
    (``PendingRows``): with ``workers`` > 1 they are rendered on a forked process, which this
    one need not wait for until it has written the files (``store.save_bank`` asks for the rows
    last). ``curated_read``: the curated file's entries as ``store.curated_entries`` gives
    them, when the caller has read them already (in a tuple); ``said``: the keywords the
    entries' texts name, when worked out already (``index.keywords_said``). The caller closes
    the ``PendingRows`` (it reaps the helper) once it no longer needs them."""
    from drafter.phrasebank.store import curated_entries, render_bank, rows_with

    if curated_read is not None:
        curated = curated_read[0]
    else:
        # read here, before the fork: the helper's rows are the longer branch
        curated = curated_entries(bank, curated_file, bank_dir)
    if workers <= 1 or not can_fork() or len(bank.phrases) < RENDER_APART_MIN:
        return render_bank(bank), PendingRows(bank, curated, said=said)
    if curated is None:
        return render_bank(bank), PendingRows(bank, None)
    # A bare fork and a pipe: a one-task ``multiprocessing`` pool (its threads, queues and
    # shutdown) cost this process about as much as the rows it took off it.
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: the rows into the pipe, then gone without cleaning up
        status = 1
        try:
            os.close(reader)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            rows = rows_with(bank, curated, said)
            with os.fdopen(writer, "wb") as out:
                # their length first: rows cut short (the helper stopped) are told from whole
                out.write(len(rows).to_bytes(_SIZE_BYTES, "little"))
                out.write(rows)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    pending = PendingRows(bank, curated, pid, os.fdopen(reader, "rb"), said)
    try:
        files = render_bank(bank)
    except BaseException:
        pending.close(stop=True)
        raise
    return files, pending


# an item taken in phase one with no read yet (``Split._own_items``)
_NOT_READ: Any = object()

# (the length before the rows the helper sends)
_SIZE_BYTES = 8


class PendingRows:
    """The rows of a bank's index (``store.index_rows``), rendered by a helper process or, with
    none, here when asked. ``rows()`` waits for them (a helper that failed: rendered here, where
    an error shows); ``close()`` reaps the helper, after the caller's last use of the rows: its
    exit (freeing its copy of this process) is then no wait."""

    def __init__(
        self,
        bank: PhraseBank,
        curated: tuple[Phrase, ...] | None,
        pid: int = 0,
        source: Any = None,
        said: Mapping[str, list[str]] | None = None,
    ) -> None:
        self.bank = bank
        self.curated = curated
        self.said = said
        self.pid = pid
        self.source = source
        self.done = False
        self.value: bytes | bytearray | None = None

    def rows(self) -> bytes | bytearray | None:
        from drafter.phrasebank.store import rows_with

        if self.done:
            return self.value
        rows = None
        if self.source is not None:
            try:
                with self.source:
                    rows = _read_sized(self.source)
            except BaseException:
                self.close(stop=True)
                raise
            finally:
                self.source = None
        if rows is not None:
            self.value = rows
        elif self.curated is not None:  # no helper, or it failed (it cannot say why)
            self.value = rows_with(self.bank, self.curated, self.said)
        self.done = True
        return self.value

    def close(self, *, stop: bool = False) -> None:
        """Reap the helper (``stop``: stopped first, its rows no longer wanted)."""
        if self.source is not None:
            with contextlib.suppress(OSError):
                self.source.close()
            self.source = None
        if self.pid:
            if stop:
                with contextlib.suppress(OSError):
                    os.kill(self.pid, signal.SIGTERM)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def _read_sized(source: Any) -> bytearray | None:
    """What the helper wrote after its length (``_SIZE_BYTES``), read straight into one buffer
    of that size (the rows are ~4 MB at 1.2 MB of reports: reading them whole and cutting off
    the length made two more copies); None when the helper stopped before writing it all."""
    head = source.read(_SIZE_BYTES)
    if len(head) < _SIZE_BYTES:
        return None
    rows = bytearray(int.from_bytes(head, "little"))
    at = 0
    with memoryview(rows) as view:
        while at < len(rows):
            got = source.readinto(view[at:])
            if not got:
                return None
            at += got
    if source.read(1):
        return None  # more than it said: not its rows
    return rows


# below this many entries rendering takes less than starting a process
RENDER_APART_MIN = 2000


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


class Split:
    """Items shared out between this process and ``workers - 1`` forked children, each process
    keeping what it computed for its own items from the first phase to the second.

    Phase one (``first``): ``prepare`` then ``finish`` each item, in the process that takes it.
    The items are not divided beforehand: each process takes the next one as soon as it is free,
    heaviest first (``weights``, ties to the lower index), from a counter the processes share,
    so a process slowed by other work on the machine simply reads fewer files. What a child sends
    back is ``summarise`` of its result, and only that; it keeps the result, and owns the item
    from then on.

    Phase two (``second``): ``function`` over the results of the items asked for, each where it
    was computed (but see below), with ``setup(state)`` run in every process first. Results come
    back in the order asked for, the same as if everything ran here.

    Which process reads which item depends on how fast each went (the results never do). A
    file's size foretells its reading better than its phase two: ``cost`` of a phase-one result
    (a child's summary included) estimates its phase two, and before phase two a few results move
    from the process with most to do to the one with least (``rebalance``: a read speech crosses
    in ~10–20 ms, against 100–200 ms of its generalising), where that shortens the longest; at
    the end of phase two a process with nothing left takes the other's cheapest item not begun
    (``second``), as the estimate and the machine's other work leave one process behind.

    Between the phases a child, idle while this process works out what phase two needs from all
    the phase-one results, runs ``warm`` on its own results: caches its phase two reads, filled
    early (``_child``)."""

    def __init__(
        self,
        items: Sequence[T],
        weights: Sequence[float],
        workers: int,
        prepare: Callable[[T], Any],
        finish: Callable[[Any], Any],
        summarise: Callable[[Any], Any],
        cost: Callable[[Any], float] | None = None,
        warm: Callable[[Any], None] | None = None,
        early: EarlyReader | None = None,
    ) -> None:
        self.items = items
        # the reader forked before this process loaded its tables (``mining.early``): told to
        # stop now, its reads taken over in ``first``; its counter is the children's
        self.early = early
        self.finish = finish
        self.prepare = prepare
        self.cost = cost
        self.costs: dict[int, float] = {}  # item → cost of its phase two (when ``cost`` given)
        processes = max(1, min(workers, len(items))) if can_fork() else 1
        self.owner = [0] * len(items)  # who read each item (phase one decides)
        self.kept: dict[int, Any] = {}
        self.owed: dict[int, int] = {}  # child number → results it still owes
        self.children: list[tuple[Any, Any]] = []  # (process, connection)
        self.pending: list[int] = []  # phase two: this process's items not begun, costliest first
        self.pending_costs: dict[int, float] = {}
        self.asked: set[int] = set()  # children asked to hand over an item, not answered yet
        self.answer: tuple[Any] | None = None  # the answer to ``call``, when it came
        self.order: Sequence[int] = range(len(items))  # the order items are taken in
        self.taken: Any = None  # how many of ``order`` are taken (shared with the children)
        self.lock: Any = None
        if early is not None:
            early.stop()
            self.order = early.order
            self.taken, self.lock = early.counter
        if processes == 1:
            return
        context = multiprocessing.get_context("fork")
        if early is None:
            self.order = sorted(range(len(items)), key=lambda i: (-weights[i], i))
            self.taken = context.RawValue("q", 0)
            self.lock = context.Lock()
        # What the children inherit is frozen for the garbage collector: a child's full
        # collections would otherwise walk all of it and, by touching every object, copy the
        # parent's memory page by page.
        gc.freeze()
        try:
            for _ in range(1, processes):
                here, there = context.Pipe()
                process = context.Process(
                    target=_child,
                    args=(
                        there,
                        items,
                        self.order,
                        (self.taken, self.lock),
                        prepare,
                        finish,
                        summarise,
                        warm,
                        cost,
                    ),
                )
                process.start()
                there.close()
                self.children.append((process, here))
        except BaseException:
            self.close()
            raise
        finally:
            gc.unfreeze()

    def first(
        self, done: Callable[[int], None] | None = None, aside: Callable[[], None] | None = None
    ) -> list[Any]:
        """Every item's phase-one result (a child's: its summary), in item order.

        ``aside``: work of this process alone (what its caller needs after mining), done once,
        after this process's first item: while the children read, so that they take more of
        the items instead of waiting for it later."""
        results: dict[int, Any] = {}
        # each child says when it found nothing left to take, after the results of what it took
        self.owed = {number: 1 for number in range(1, len(self.children) + 1)}
        self.costs = {}
        for index, read in self._own_items():
            self.owner[index] = 0
            if read is _NOT_READ:
                read = self.prepare(self.items[index])
            self.kept[index] = results[index] = self.finish(read)
            if self.cost is not None:  # (a child's comes with its summary)
                self.costs[index] = self.cost(results[index])
            if done is not None:
                done(index)
            if aside is not None:
                aside()
                aside = None
            self._receive(results, done, block=False)
        if aside is not None:  # (no item taken here)
            aside()
        while any(self.owed.values()):
            self._receive(results, done, block=True)
        return [results[index] for index in range(len(self.items))]

    def _own_items(self) -> Iterator[tuple[int, Any]]:
        """The items this process takes in phase one, each with its read (``_NOT_READ``: to
        be read here): first what the early reader has read by then, between items what it
        reads meanwhile, and last what it still reads (it ends within an item of ``stop``)."""
        if self.taken is None:  # alone
            yield from ((index, _NOT_READ) for index in self.order)
            return
        early = self.early
        while True:
            if early is not None:
                yield from early.ready()
            index = _take(self.order, (self.taken, self.lock))
            if index < 0:
                break
            yield index, _NOT_READ
        if early is not None:
            yield from early.rest()

    def second(
        self,
        function: Callable[[Any], R],
        setup: Callable[[dict[str, Any]], None],
        state: dict[str, Any],
        wanted: Sequence[int],
        done: Callable[[int], None] | None = None,
    ) -> Iterator[R]:
        """``function`` of the phase-one result of each item of ``wanted``, in that order, after
        ``setup(state)`` in every process.

        Each process does its items costliest first. One that has none left takes some of
        another process's not yet begun, the cheapest, where that shortens the longer of the two
        (``_to_give``): a child says so and this process hands them over; this process asks a
        child for them. The results are the same wherever an item is done."""
        setup(state)
        costs = {i: self.costs.get(i, 0.0) for i in wanted}
        doer = rebalance({i: self.owner[i] for i in wanted}, costs, len(self.children) + 1)
        # (alone, in the order asked for: its results then need not wait to be given back)
        by_cost = sorted(wanted, key=lambda i: (-costs[i], i)) if self.children else list(wanted)
        for number, (_, connection) in enumerate(self.children, start=1):
            mine = [i for i in by_cost if doer[i] == number]
            given = {i: self.kept.pop(i) for i in mine if self.owner[i] == 0}
            taken = [i for i in wanted if self.owner[i] == number and doer[i] != number]
            # a result or a move for each, and its word when it has nothing left (``hungry``)
            self.owed[number] = len(mine) + len(taken) + 1
            work = (function, setup, state, mine, given, taken, {i: costs[i] for i in mine})
            connection.send(("second", work))
        self.pending = [i for i in by_cost if doer[i] == 0]
        self.pending_costs = costs
        self.asked.clear()
        ready: dict[int, Any] = {}
        for index in wanted:
            while index not in ready:
                if self._receive(ready, done, block=False):
                    continue
                # (an item moved here may still be on its way)
                next_own = next((i for i in self.pending if i in self.kept), None)
                if next_own is not None:
                    self.pending.remove(next_own)
                    ready[next_own] = function(self.kept.pop(next_own))
                    if done is not None:
                        done(next_own)
                    continue
                if not self.pending:
                    self._ask_to_give()
                self._receive(ready, done, block=True)
            yield ready.pop(index)
        self.kept.clear()

    def _ask_to_give(self) -> None:
        """Ask each child still busy (and not asked already) to hand over items not begun."""
        for number, (_, connection) in enumerate(self.children, start=1):
            if self.owed.get(number, 0) > 1 and number not in self.asked:
                self.asked.add(number)
                self.owed[number] += 1  # its answer
                connection.send(("give", None))

    def _hand_over(self, number: int) -> None:
        """Child ``number`` has nothing left: hand it this process's cheapest items not begun,
        as many as are worth it (``_to_give``)."""
        waiting = [i for i in self.pending if i in self.kept]
        count = _to_give([self.pending_costs[i] for i in waiting])
        if not count:
            return
        gift = {i: self.kept.pop(i) for i in waiting[-count:]}
        for index in gift:
            self.pending.remove(index)
        # their results, and its word when it has nothing left again
        self.owed[number] += count + 1
        costs = {i: self.pending_costs[i] for i in gift}
        self.children[number - 1][1].send(("more", (gift, costs)))

    def call(self, function: Callable[..., Any], *arguments: Any) -> bool:
        """Ask the first child, once phase two is over, for ``function(*arguments)``
        (``called`` waits for it) while this process goes on; False without a child."""
        if not self.children:
            return False
        self.owed[1] = self.owed.get(1, 0) + 1  # its answer
        self.answer = None
        self.children[0][1].send(("call", (function, arguments)))
        return True

    def called(self) -> Any:
        """The answer to ``call``."""
        while self.answer is None:
            self._receive({}, None, block=True)
        (value,) = self.answer
        self.answer = None
        return value

    def ask(
        self, function: Callable[[Any, Any], R], argument: Any, wanted: Collection[int]
    ) -> dict[int, R]:
        """``function(argument, result)`` for the phase-one result of each item of ``wanted``,
        each where it was computed (after ``first``, before ``second``): a question about the
        items that every process answers for its own at the same time. Index → answer."""
        wanted = frozenset(wanted)
        answers: dict[int, Any] = {}
        for number, (_, connection) in enumerate(self.children, start=1):
            self.owed[number] = self.owed.get(number, 0) + 1
            connection.send(("ask", (function, argument, wanted)))
        for index, result in self.kept.items():
            if index in wanted:
                answers[index] = function(argument, result)
        while any(self.owed.values()):
            self._receive(answers, None, block=True)
        return answers

    def _receive(
        self, into: dict[int, Any], done: Callable[[int], None] | None, *, block: bool
    ) -> int:
        """Results the children have sent (waiting for one if ``block``), into ``into``; only
        children that still owe results are listened to (one that is done closes its end)."""
        owing = {
            connection: number
            for number, (_, connection) in enumerate(self.children, start=1)
            if self.owed.get(number)
        }
        if not owing:
            return 0
        count = 0
        for connection in multiprocessing.connection.wait(list(owing), None if block else 0):
            assert isinstance(connection, multiprocessing.connection.Connection)
            try:
                status, index, value = connection.recv()
            except EOFError:
                raise RuntimeError("挖掘的子进程意外退出") from None
            if status == "error":
                error, trace = value
                if hasattr(error, "add_note"):  # Python 3.11+
                    error.add_note(f"（在子进程中）\n{trace}")
                raise error
            if status == "read":  # a phase-one result (a summary) of an item the child took
                into[index], cost = value
                if cost is not None:
                    self.costs[index] = cost
                self.owner[index] = owing[connection]
                if done is not None:
                    done(index)
                continue
            number = owing[connection]
            self.owed[number] -= 1
            if status == "first done":  # it took its last item: all its results came before
                continue
            if status == "hungry":  # it has nothing left to do
                self._hand_over(number)
                continue
            if status == "given":  # its answer to ``_ask_to_give``: items (maybe none)
                self.asked.discard(number)
                self.owed[number] -= len(value)  # their results will not come from it
                self.kept.update(value)
                self.pending.extend(value)
                continue
            if status == "moved":  # a phase-one result this process is to finish
                self.kept[index] = value
                continue
            if status == "answers":  # a child's answers to ``ask``, for its items
                into.update(value)
                continue
            if status == "called":  # its answer to ``call``
                self.answer = (value,)
                continue
            into[index] = value
            count += 1
            if done is not None:
                done(index)
        return count

    def close(self) -> None:
        """Tell the children to stop (they end once phase two is done) and wait for them — or,
        inside ``ending_later``, leave them to it. (Said in words: a child holds a copy of this
        process's end of its pipe, inherited at the fork, so this end's closing is no end of
        input for it.)"""
        if self.early is not None:
            self.early.close()
            self.early = None
        for _, connection in self.children:
            with contextlib.suppress(OSError, ValueError):
                connection.send(("end", None))
            with contextlib.suppress(OSError):
                connection.close()
        if _ENDING is not None:
            _ENDING.extend(process for process, _ in self.children)
        else:
            _join(process for process, _ in self.children)
        self.children = []

    def __enter__(self) -> Split:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            for process, _ in self.children:
                process.terminate()
            if self.early is not None:
                self.early.close(kill=True)
                self.early = None
        self.close()


# the children ``Split.close`` told to end and did not wait for (inside ``ending_later``)
_ENDING: list[Any] | None = None


@contextlib.contextmanager
def ending_later() -> Iterator[None]:
    """Within it, a ``Split``'s children told to end are waited for only at its end: a child's
    exit (freeing its copy of this process, ~10 ms) overlaps this process's work after mining
    instead of holding it up."""
    global _ENDING
    outer, _ENDING = _ENDING, []
    try:
        yield
    finally:
        ending, _ENDING = _ENDING, outer
        _join(ending)


def _join(processes: Iterable[Any]) -> None:
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
            process.join()


def _take(order: Sequence[int], counter: tuple[Any, Any]) -> int:
    """The next item of ``order`` nobody has taken yet (-1: none left), taken."""
    taken, lock = counter
    with lock:
        at: int = taken.value
        if at >= len(order):
            return -1
        taken.value = at + 1
    return order[at]


def _child(
    connection: Any,
    items: Sequence[Any],
    order: Sequence[int],
    counter: tuple[Any, Any],
    prepare: Callable[[Any], Any],
    finish: Callable[[Any], Any],
    summarise: Callable[[Any], Any],
    warm: Callable[[Any], None] | None = None,
    cost: Callable[[Any], float] | None = None,
) -> None:
    """A child of ``Split``: phase one of the items it takes (``_take``), then phase two when
    asked (each phase-one result's ``cost`` worked out here and sent with its summary, not by
    the main process between the phases). Between the two, while the main process works out
    what phase two needs from all the phase-one results, it fills its caches for phase two
    from its own results (``warm``, one result between looks at the pipe), work its phase two
    then does not do again.

    Results are sent by a thread of their own: a result is larger than the pipe holds (~64 KB),
    and the main process reads only between its own items, so sending from here would stop the
    child's work until then."""
    _start_worker()
    outbox: queue.SimpleQueue[tuple[str, int, Any] | None] = queue.SimpleQueue()
    sender = threading.Thread(target=_send_all, args=(connection, outbox), daemon=True)
    sender.start()
    kept: dict[int, Any] = {}
    index = -1
    try:
        while (index := _take(order, counter)) >= 0:
            kept[index] = finish(prepare(items[index]))
            value = (summarise(kept[index]), None if cost is None else cost(kept[index]))
            outbox.put(("read", index, value))
        outbox.put(("first done", -1, None))
        cold = list(kept) if warm is not None else []
        while True:
            if cold and not connection.poll():
                assert warm is not None
                warm(kept[cold.pop(0)])
                continue
            try:
                kind, message = connection.recv()
            except EOFError:
                return  # no phase two
            if kind == "end":
                return  # no phase two
            if kind == "second":
                break
            question, argument, asked = message  # ``ask``: answered for this child's items
            answers = {i: question(argument, value) for i, value in kept.items() if i in asked}
            outbox.put(("answers", -1, answers))
        function, setup, state, wanted, given, taken, costs = message
        for index in taken:  # first, so that the main process can start on them
            outbox.put(("moved", index, kept.pop(index)))
        kept.update(given)
        setup(state)
        todo = list(wanted)  # costliest first
        while True:
            while todo:
                while connection.poll():  # the main process asks for items (``give``)
                    connection.recv()
                    count = _to_give([costs[i] for i in todo])
                    gift = {i: kept.pop(i) for i in todo[len(todo) - count :]}
                    del todo[len(todo) - count :]
                    outbox.put(("given", -1, gift))
                index = todo.pop(0)
                outbox.put(("ok", index, function(kept.pop(index))))
            outbox.put(("hungry", -1, None))
            message = _more_or_end(connection, outbox)
            if message is None:
                return  # nothing more to do
            gift, gift_costs = message
            kept.update(gift)
            costs.update(gift_costs)
            todo.extend(gift)
    except Exception as error:  # sent to the main process, which raises it
        import traceback

        outbox.put(("error", index, (error, traceback.format_exc())))
    finally:
        outbox.put(None)
        sender.join()
        connection.close()


def _more_or_end(connection: Any, outbox: queue.SimpleQueue[tuple[str, int, Any] | None]) -> Any:
    """A child with nothing left to do: the items the main process hands it (``more``), or
    None when it is told to end. Meanwhile it answers ``give`` (none left) and ``call``."""
    while True:
        try:
            kind, message = connection.recv()
        except EOFError:
            return None
        if kind == "end":
            return None
        if kind == "more":
            return message
        if kind == "call":  # (``Split.call``: phase two is over)
            asked_for, arguments = message
            outbox.put(("called", -1, asked_for(*arguments)))
            continue
        outbox.put(("given", -1, {}))  # asked for items: none left


def _to_give(costs: Sequence[float]) -> int:
    """How many of its items not begun, the last (cheapest) of ``costs`` (costliest first), a
    process should hand to one with nothing left: as many as leave it at least as much to do as
    it gives, so the two then end about together or the giver later (an item crosses a pipe: a
    single item left is quicker done where it is)."""
    kept, given, count = sum(costs), 0.0, 0
    while len(costs) - count >= 2:
        cost = costs[-1 - count]
        if kept - cost < given + cost:
            break
        kept, given, count = kept - cost, given + cost, count + 1
    return count


# A move is worth making when it shortens the longest process's phase two by this share of the
# average: below it, the estimate's error is larger than the gain.
MOVE_MIN_SHARE = 0.02
# Results moved at most (each crosses a pipe pickled: ~10–20 ms for a long speech).
MOVES_MAX = 4


def rebalance(owner: dict[int, int], costs: dict[int, float], processes: int) -> dict[int, int]:
    """Who does each item's phase two: its owner, except a few items moved from the process with
    most to do to the one with least, each the one that leaves the two closest. The same owners
    and costs give the same moves (ties go to the lower index).

    A result moves between two children only through this process (process 0: a child hands an
    item it read to this one, ``Split.second``): when the process with most to do and the one
    with least are both children, the item goes to this process instead, if that still
    shortens the longest; nor does one a child read and this process took over go on to another
    child. (Moved to another child it was never sent there: with three or more processes mining
    failed, a child asked to generalise a speech it did not hold.)"""
    doer = dict(owner)
    if processes < 2 or not costs:
        return doer
    loads = [0.0] * processes
    for index, process in doer.items():
        loads[process] += costs[index]
    least_gain = MOVE_MIN_SHARE * sum(loads) / processes
    for _ in range(MOVES_MAX):
        heavy = max(range(processes), key=lambda p: (loads[p], -p))
        light = min(range(processes), key=lambda p: (loads[p], p)) if heavy == 0 else 0
        gap = loads[heavy] - loads[light]
        # moving c leaves the two at a gap of |gap - 2c|: the best c is nearest gap / 2
        movable = [
            i
            for i in sorted(doer)
            if doer[i] == heavy and 0 < costs[i] < gap and owner[i] in (0, light, heavy)
        ]
        if not movable:
            break
        chosen = min(movable, key=lambda i: (abs(gap - 2 * costs[i]), i))
        if loads[heavy] - max(loads[heavy] - costs[chosen], loads[light] + costs[chosen]) < (
            least_gain
        ):
            break
        doer[chosen] = light
        loads[heavy] -= costs[chosen]
        loads[light] += costs[chosen]
    return doer


def _send_all(connection: Any, outbox: queue.SimpleQueue[tuple[str, int, Any] | None]) -> None:
    while (message := outbox.get()) is not None:
        try:
            connection.send(message)
        except (OSError, ValueError):
            return  # the main process is gone or stopped listening
        except Exception as error:  # a value that cannot be pickled: say so instead
            with contextlib.suppress(Exception):
                connection.send(("error", message[1], (error, repr(error))))
