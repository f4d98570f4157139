"""The division of mining's work between processes (``drafter.mining.pool``): results are the
same, in the same order, however the items are divided and moved."""

from __future__ import annotations

import multiprocessing
import os
import time
from typing import Any

import pytest

from drafter.mining.pool import MOVES_MAX, Split, _to_give, can_fork, rebalance


def test_rebalance_moves_the_item_that_evens_the_loads() -> None:
    owner = {0: 0, 1: 0, 2: 1, 3: 1}
    costs = {0: 10.0, 1: 10.0, 2: 40.0, 3: 6.0}  # 20 against 46: moving 6… leaves 26 and 40
    doer = rebalance(owner, costs, 2)
    assert doer == {0: 0, 1: 0, 2: 1, 3: 0}


def test_rebalance_leaves_an_even_division_alone() -> None:
    owner = {0: 0, 1: 1, 2: 0, 3: 1}
    costs = {0: 10.0, 1: 10.1, 2: 10.0, 3: 9.95}
    assert rebalance(owner, costs, 2) == owner


def test_rebalance_never_moves_more_than_its_limit() -> None:
    owner = {i: 1 for i in range(40)}
    costs = {i: 1.0 for i in range(40)}
    doer = rebalance(owner, costs, 2)
    assert sum(1 for i in doer if doer[i] != owner[i]) == MOVES_MAX


def test_a_process_gives_its_cheapest_items_while_it_keeps_as_much() -> None:
    assert _to_give([5.0, 3.0, 2.0, 1.0]) == 2  # keeps 8, gives 3 (giving 3 more: 5 against 6)
    assert _to_give([5.0, 3.0, 1.0, 1.0]) == 3  # keeps 5, gives 5
    assert _to_give([5.0, 1.0]) == 1
    assert _to_give([1.0, 5.0]) == 0  # keeping 1 and giving 5 would only move the wait
    assert _to_give([4.0]) == 0  # a single item is quicker done where it is
    assert _to_give([]) == 0


def test_rebalance_with_one_process_moves_nothing() -> None:
    assert rebalance({0: 0, 1: 0}, {0: 1.0, 1: 5.0}, 1) == {0: 0, 1: 0}


# which process reads slowly ("parent" or "child"), as one slowed by other work on the machine
_SLOW: dict[str, Any] = {}


def _prepare(item: int) -> tuple[int, int]:
    if _SLOW and (os.getpid() == _SLOW["parent"]) == (_SLOW["who"] == "parent"):
        if "others_read" in _SLOW:
            # it holds its first item until the other has read all the rest: it reads one at
            # most, however the two are scheduled
            _SLOW["others_read"].wait(60)
        else:
            time.sleep(0.1)  # (the other, even started late on a busy machine, reads most items)
    elif "others_read" in _SLOW:
        _SLOW["read"] = _SLOW.get("read", 0) + 1  # (this process's own count)
        if _SLOW["read"] >= _SLOW["items"] - 1:
            _SLOW["others_read"].set()
    return item, os.getpid()


def _finish(value: tuple[int, int]) -> tuple[int, int, int]:
    item, reader = value
    return item, reader, item * item


def _summary(value: tuple[int, int, int]) -> tuple[int, int, int]:
    return value


def _odd_costly(value: tuple[int, int, int]) -> float:
    # the weights below say the items cost alike; their phase two says otherwise
    return 100.0 if value[0] % 2 else 1.0


def _even_costly(value: tuple[int, int, int]) -> float:
    return 1.0 if value[0] % 2 else 100.0


def _second(value: tuple[int, int, int]) -> tuple[int, int, int, int]:
    item, reader, square = value
    if "second" in _SLOW and (os.getpid() == _SLOW["parent"]) == (_SLOW["second"] == "parent"):
        time.sleep(0.05)
    return item, reader, os.getpid(), square + _STATE["add"]


def _alike(value: tuple[int, int, int]) -> float:
    return 1.0


_STATE: dict[str, Any] = {}


def _setup(state: dict[str, Any]) -> None:
    _STATE.update(state)


@pytest.fixture
def slow() -> Any:
    yield _SLOW
    _SLOW.clear()


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize("who", ["parent", "child"])
def test_a_slower_process_reads_fewer_items(who: str, slow: dict[str, Any]) -> None:
    """Phase one's items are taken by whichever process is free: one slowed down (by other work
    on the machine) reads fewer; the results are the same, in the same order."""
    slow.update(parent=os.getpid(), who=who)
    items = list(range(12))
    with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary) as split:
        firsts = split.first()
        readers = [reader for _, reader, _ in firsts]
        results = list(split.second(_second, _setup, {"add": 1}, items))
    assert [first[2] for first in firsts] == [i * i for i in items]
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 1) for i in items]
    slow_readers = [r for r in readers if (r == os.getpid()) == (who == "parent")]
    assert len(slow_readers) < len(items) // 2


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize(
    ("cost", "who"),
    [(_odd_costly, "parent"), (_even_costly, "child")],
    ids=["to this one", "to the child"],
)
def test_moved_items_give_the_same_results_in_the_same_order(
    cost: Any, who: str, slow: dict[str, Any]
) -> None:
    """One process reads one item at most (it waits for the other to read the rest, whatever
    the timing), so the other has most of phase two to do: items it read move to the first,
    and the results are still the same, in the order asked for."""
    items = list(range(12))
    others_read = multiprocessing.get_context("fork").Event()  # (made before forking)
    slow.update(parent=os.getpid(), who=who, others_read=others_read, items=len(items))
    with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary, cost) as split:
        split.first()
        wanted = [i for i in items if i != 5]
        results = list(split.second(_second, _setup, {"add": 1}, wanted))
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 1) for i in wanted]
    here = os.getpid()
    read_here = [r for r in results if r[1] == here]
    assert len(read_here) <= 1 if who == "parent" else len(read_here) >= len(wanted) - 1
    # read in one process, finished in the other: the rebalance's moves toward the one that
    # read one item, and whatever the two passed each other at the end of phase two
    moved = [r for r in results if r[1] != r[2]]
    assert moved
    assert all(r[1] == here or r[2] == here for r in moved)
    assert {r[2] for r in results} - {here}  # the child did its share
    assert here in {r[2] for r in results}  # and so did this process


def _square_plus(add: int, value: tuple[int, int, int]) -> tuple[int, int]:
    item, reader, square = value
    assert reader == os.getpid()  # answered where the item was read
    return item, square + add


@pytest.mark.parametrize("workers", [1, 2])
def test_ask_answers_for_each_wanted_item_where_it_was_read(workers: int) -> None:
    """``ask`` puts one question to every process about the items it read, between the two
    phases; phase two still gives every result after it."""
    items = list(range(9))
    with Split(items, [1.0] * len(items), workers, _prepare, _finish, _summary) as split:
        split.first()
        wanted = [i for i in items if i != 4]
        answers = split.ask(_square_plus, 10, wanted)
        assert answers == {i: (i, i * i + 10) for i in wanted}
        assert split.ask(_square_plus, 1, [2, 3]) == {2: (2, 5), 3: (3, 10)}
        results = list(split.second(_second, _setup, {"add": 1}, wanted))
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 1) for i in wanted]


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize("who", ["parent", "child"], ids=["handed to the child", "asked of it"])
def test_a_process_with_nothing_left_takes_over_items_not_begun(
    who: str, slow: dict[str, Any]
) -> None:
    """In phase two a process with nothing left takes items of the other that it has not begun
    (the child says it has nothing left and is handed one; this process asks the child for one):
    here the process that read most items is the slow one in phase two."""
    other = "child" if who == "parent" else "parent"
    slow.update(parent=os.getpid(), who=other, second=who)
    items = list(range(12))
    with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary, _alike) as split:
        split.first()
        results = list(split.second(_second, _setup, {"add": 1}, items))
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 1) for i in items]
    here = os.getpid()
    by_slow = [r for r in results if (r[2] == here) == (who == "parent")]
    read_by_slow = [r for r in results if (r[1] == here) == (who == "parent")]
    assert len(read_by_slow) > len(items) // 2  # it read most
    assert len(by_slow) < len(items) // 2  # and did fewest: more than the rebalance's moves
    assert len(read_by_slow) - len(by_slow) > MOVES_MAX


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_children_end_when_told_after_either_phase() -> None:
    """A child holds a copy of this process's end of its pipe: it ends on being told to, not on
    that end's closing (which it would never see), whether phase two ran or not."""
    items = list(range(6))
    started = time.monotonic()
    with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary) as split:
        split.first()
    with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary, _alike) as split:
        split.first()
        assert len(list(split.second(_second, _setup, {"add": 1}, items))) == len(items)
    assert time.monotonic() - started < 4  # (a child left waiting is ended after 5 s)


def _full_cost(value: tuple[int, int, int]) -> float:
    """A cost only the whole result gives (a summary of it would not do)."""
    item, _, square = value
    return float(square + item)


def _summary_without_square(value: tuple[int, int, int]) -> tuple[int, int, int]:
    item, reader, _ = value
    return item, reader, -1


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_each_items_cost_is_worked_out_where_it_was_read(workers: int) -> None:
    items = list(range(9))
    with Split(
        items, [1.0] * len(items), workers, _prepare, _finish, _summary_without_square, _full_cost
    ) as split:
        split.first()
        assert split.costs == {i: float(i * i + i) for i in items}


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_children_told_to_end_inside_ending_later_are_waited_for_at_its_end() -> None:
    from drafter.mining import pool

    items = list(range(6))
    with pool.ending_later():
        with Split(items, [1.0] * len(items), 2, _prepare, _finish, _summary, _alike) as split:
            split.first()
            assert len(list(split.second(_second, _setup, {"add": 1}, items))) == len(items)
        assert pool._ENDING is not None
        ending = list(pool._ENDING)
        assert len(ending) == 1  # told to end, not waited for
    assert pool._ENDING is None
    assert [process.exitcode for process in ending] == [0]
    assert not set(ending) & set(multiprocessing.active_children())


@pytest.mark.parametrize("workers", [1, 2])
def test_the_aside_work_runs_once_in_this_process_during_phase_one(workers: int) -> None:
    """``first``'s aside work (the caller's own, for after mining) runs once, here, after this
    process's first item; the results are as without it."""
    ran: list[tuple[int, int]] = []
    read_here: list[int] = []

    def done(index: int) -> None:
        read_here.append(index)

    def aside() -> None:
        ran.append((os.getpid(), len(read_here)))

    items = list(range(8))
    with Split(items, [1.0] * len(items), workers, _prepare, _finish, _summary) as split:
        results = split.first(done, aside)
    assert [r[0] for r in results] == items
    assert len(ran) == 1
    pid, items_done = ran[0]
    assert pid == os.getpid()
    assert items_done >= 1  # after an item of phase one (this process's first, at the latest)


# what a child warmed (``Split``'s ``warm``), seen by the phase two of the same process
_WARMED: dict[str, Any] = {}


def _warm(value: tuple[int, int, int]) -> None:
    item = value[0]
    _WARMED.setdefault("items", set()).add(item)
    if len(_WARMED["items"]) == _WARMED["read_there"].value:
        _WARMED["all_warm"].set()


def _read_there(value: tuple[int, int]) -> tuple[int, int]:
    if os.getpid() != _WARMED["parent"]:
        with _WARMED["read_there"].get_lock():
            _WARMED["read_there"].value += 1
    return value


def _second_warmed(value: tuple[int, int, int]) -> tuple[int, int, int, bool]:
    item, reader, _ = value
    return item, reader, os.getpid(), item in _WARMED.get("items", ())


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_a_child_warms_its_items_between_the_phases(slow: dict[str, Any]) -> None:
    """A child with nothing to do between the phases runs ``warm`` on each result it keeps (to
    fill caches its phase two reads); this process does not, and the results do not change."""
    slow.update(parent=os.getpid(), who="parent")  # (this process reads slowly: the child reads)
    context = multiprocessing.get_context("fork")
    _WARMED.update(parent=os.getpid(), read_there=context.Value("i", 0), all_warm=context.Event())
    items = list(range(10))

    def prepare(item: int) -> tuple[int, int]:
        return _read_there(_prepare(item))

    try:
        with Split(
            items, [1.0] * len(items), 2, prepare, _finish, _summary, _alike, _warm
        ) as split:
            split.first()
            assert _WARMED["all_warm"].wait(30)  # (each of the child's results, once)
            results = list(split.second(_second_warmed, _setup, {}, items))
    finally:
        _WARMED.clear()
    assert [r[0] for r in results] == items
    here = os.getpid()
    for _, reader, doer, warmed in results:
        # warmed exactly where it was read by a child and done there
        assert warmed == (reader != here and doer == reader)


def test_rebalance_moves_a_childs_item_to_no_other_child() -> None:
    """A child hands its items to this process only: with three processes, the heavy child's
    item goes to this process (process 0), not to the idle child, and none of the items
    another child read goes on to the idle one."""
    owner = {0: 1, 1: 1, 2: 1, 3: 1, 4: 0, 5: 0}
    costs = {0: 10.0, 1: 10.0, 2: 10.0, 3: 10.0, 4: 10.0, 5: 1.0}  # 11, 40, 0
    doer = rebalance(owner, costs, 3)
    moved = {i: (owner[i], doer[i]) for i in owner if doer[i] != owner[i]}
    assert moved
    assert all(not (a != 0 and b != 0) for a, b in moved.values())
    assert (1, 0) in moved.values()  # the heavy child's load eased, through this process


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize("workers", [3, 4])
def test_more_than_two_processes_give_the_same_results(workers: int) -> None:
    """With several children the rebalance's moves still reach the process that does them."""
    items = list(range(16))
    with Split(
        items, [1.0] * len(items), workers, _prepare, _finish, _summary, _even_costly
    ) as split:
        split.first()
        results = list(split.second(_second, _setup, {"add": 1}, items))
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 1) for i in items]


def _read_early(item: int) -> tuple[int, int]:
    if item == _EARLY_FAILS:
        raise RuntimeError("the early reader fails on this item")
    return item, os.getpid()


_EARLY_FAILS = 1  # (the early reader's fork raises on this item; the main process does not)


def _read_here(item: int) -> tuple[int, int]:
    return item, os.getpid()


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
@pytest.mark.parametrize("workers", [2, 3])
def test_what_the_early_reader_read_is_finished_here(workers: int) -> None:
    """The files read before the tables were loaded (``mining.early``) are finished by this
    process, the rest taken as before; the results are the same, in the same order."""
    from drafter.mining.early import EarlyReader

    items = list(range(10))
    early = EarlyReader(items, [float(10 - i) for i in items], _read_here)
    time.sleep(0.3)  # (it reads the heaviest meanwhile: the first items)
    with Split(
        items, [1.0] * len(items), workers, _read_here, _finish, _summary, _alike, early=early
    ) as split:
        firsts = split.first()
        results = list(split.second(_second, _setup, {"add": 2}, items))
    readers = {item: reader for item, reader, _ in firsts}
    assert [first[2] for first in firsts] == [i * i for i in items]
    assert [(r[0], r[3]) for r in results] == [(i, i * i + 2) for i in items]
    # read on the early reader's process and owned here (its results were finished here)
    assert any(readers[i] not in (os.getpid(),) for i in range(3))
    assert all(split.owner[i] == 0 for i in range(3))


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_an_item_the_early_reader_failed_on_is_read_here() -> None:
    """An early reader that stops on an error (it cannot say which) leaves the item it took
    to this process, which reads it (and would show the error)."""
    from drafter.mining.early import EarlyReader

    items = list(range(8))
    early = EarlyReader(items, [float(8 - i) for i in items], _read_early)
    time.sleep(0.3)
    with Split(
        items, [1.0] * len(items), 2, _read_here, _finish, _summary, _alike, early=early
    ) as split:
        firsts = split.first()
    assert [first[2] for first in firsts] == [i * i for i in items]
    readers = {item: reader for item, reader, _ in firsts}
    assert readers[_EARLY_FAILS] == os.getpid()  # taken over, read here


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked")
def test_the_early_reader_reads_half_of_the_work_at_most() -> None:
    """However long this process takes to load its tables, the early reader leaves it half of
    the items' weight or more to share out (what it reads is segmented here)."""
    from drafter.mining.early import EarlyReader

    items = list(range(10))
    early = EarlyReader(items, [1.0] * len(items), _read_here)
    time.sleep(0.5)
    with Split(
        items, [1.0] * len(items), 2, _read_here, _finish, _summary, _alike, early=early
    ) as split:
        children = {process.pid for process, _ in split.children}
        firsts = split.first()
    assert [first[2] for first in firsts] == [i * i for i in items]
    early_pids = {reader for _, reader, _ in firsts} - {os.getpid(), *children}
    assert len(early_pids) == 1
    assert sum(1 for _, reader, _ in firsts if reader in early_pids) == 5


def test_a_read_speech_crosses_between_processes_unchanged(repo: Any) -> None:
    """A read file (its candidates pickled by their fields, ``Candidate.__reduce__``) is the
    same after a round trip through pickle, as the early reader and moved items send it."""
    import pickle

    from drafter.mining.workers import read_text

    path = sorted((repo / "corpus").glob("*.txt"))[0]
    read = read_text((path, path.name))
    assert pickle.loads(pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)) == read
