"""Reading started before jieba's tables are loaded, on the CPU that would otherwise wait.

Mining loads jieba's tables (~0.17 s) before it forks its workers, which inherit them; until
then only one CPU works. ``EarlyReader`` forks a process first that reads (decodes, normalises,
outlines, extracts: ``workers.read_text``, which needs no tables) the heaviest files meanwhile,
taking them from the counter the ``pool.Split`` then shares, and stops when told (the tables are
loaded and the ``Split``'s children forked). This process takes over what it read and segments
it (``Split.first``): a read file crosses pickled in ~2–3 ms, against ~20 ms of reading it.
The results are the same bytes whichever process reads a file.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from drafter.mining.pool import _NOT_READ, _start_worker, _take

# the share of the items' weight it reads at most
EARLY_SHARE = 0.5

# one record a message from the reader: (item, size); size TAKEN: it took the item (its read
# comes next), else the read's pickled size in the data file; item END: it has stopped
_RECORD = struct.Struct("qq")
TAKEN = -1
END = -1


class EarlyReader:
    """A forked process reading the first items of ``order`` (``prepare``) until ``stop``.

    ``order``: the items, heaviest first (``weights``, ties to the lower index), as the
    ``Split`` takes them; ``counter``: the shared count of them taken, for the ``Split``. Its
    reads are written (pickled) to a file of its own, each announced on a pipe, so that it
    never waits for this process, which reads them only once its tables are loaded
    (``ready``, ``rest``)."""

    def __init__(
        self,
        items: Sequence[Any],
        weights: Sequence[float],
        prepare: Callable[[Any], Any],
        start: Callable[[], None] | None = None,
    ) -> None:
        self.order = sorted(range(len(items)), key=lambda i: (-weights[i], i))
        context = multiprocessing.get_context("fork")
        self.counter = (context.RawValue("q", 0), context.Lock())
        self._halt = context.RawValue("b", 0)
        self._data = _scratch_file()
        # what it reads this process segments: it stops at a share of the work, however slowly
        # this process loads its tables on a busy machine (it reads ~40% of 1.2 MB of reports
        # on an idle one), so that what this process has to do does not keep the workers waiting
        enough = EARLY_SHARE * sum(weights)
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the reader: never returns
            os.close(reader)
            _read_early(
                items,
                (self.order, weights, enough),
                self.counter,
                self._halt,
                prepare,
                start,
                (self._data, writer),
            )
        os.close(writer)
        os.set_blocking(reader, False)
        self._pid = pid
        self._pipe: int | None = reader
        self._buffer = b""
        self._offset = 0  # where the next read starts in the data file
        self._taken: list[int] = []  # items it took and has not delivered yet
        self._ended = False

    def stop(self) -> None:
        """Take no more items (the one it is reading is still delivered)."""
        self._halt.value = 1

    def ready(self) -> list[tuple[int, Any]]:
        """(item, read) of the items read since last asked, without waiting."""
        return list(self._delivered(block=False))

    def rest(self) -> Iterator[tuple[int, Any]]:
        """(item, read) of the items not yet delivered, waiting for the reader to end; an
        item it took and did not read (it failed) comes with ``pool._NOT_READ``."""
        self.stop()
        yield from self._delivered(block=True)
        for index in self._taken:
            yield index, _NOT_READ
        self._taken = []

    def _delivered(self, *, block: bool) -> Iterator[tuple[int, Any]]:
        while not self._ended and self._pipe is not None:
            if len(self._buffer) < _RECORD.size and not self._fill(block=block):
                return
            if len(self._buffer) < _RECORD.size:
                continue
            index, size = _RECORD.unpack_from(self._buffer)
            self._buffer = self._buffer[_RECORD.size :]
            if index == END:
                self._ended = True
            elif size == TAKEN:
                self._taken.append(index)
            else:
                data = _read_at(self._data, size, self._offset)
                self._offset += size
                self._taken.remove(index)
                yield index, pickle.loads(data)

    def _fill(self, *, block: bool) -> bool:
        """More of the pipe into the buffer; False when nothing came (or it closed)."""
        assert self._pipe is not None
        if block:
            os.set_blocking(self._pipe, True)
        try:
            chunk = os.read(self._pipe, 65536)
        except BlockingIOError:
            return False
        finally:
            if block:
                os.set_blocking(self._pipe, False)
        if not chunk:  # it ended without saying so (it failed)
            self._ended = True
            return False
        self._buffer += chunk
        return True

    def close(self, *, kill: bool = False) -> None:
        """Reap the reader (``kill``: stopped first, its reads no longer wanted)."""
        if self._pid:
            if kill:
                with contextlib.suppress(OSError):
                    os.kill(self._pid, signal.SIGTERM)
            else:
                self.stop()
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
            self._pid = 0
        for descriptor in (self._pipe, self._data):
            if descriptor is not None:
                with contextlib.suppress(OSError):
                    os.close(descriptor)
        self._pipe = None


def _read_early(
    items: Sequence[Any],
    taking: tuple[Sequence[int], Sequence[float], float],
    counter: tuple[Any, Any],
    halt: Any,
    prepare: Callable[[Any], Any],
    start: Callable[[], None] | None,
    files: tuple[int, int],
) -> None:
    """The reader's life: items read and written until told to stop, none are left or it has
    taken ``enough`` of their weight (``taking``: the order, the weights and that share)."""
    order, weights, enough = taking
    data, pipe = files
    status = 1
    taken = 0.0
    try:
        _start_worker()
        if start is not None:
            start()
        while not halt.value and taken < enough:
            index = _take(order, counter)
            if index < 0:
                break
            taken += weights[index]
            _write_all(pipe, _RECORD.pack(index, TAKEN))
            blob = pickle.dumps(prepare(items[index]), protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(data, blob)
            _write_all(pipe, _RECORD.pack(index, len(blob)))
        _write_all(pipe, _RECORD.pack(END, 0))
        status = 0
    finally:
        os._exit(status)


def _scratch_file() -> int:
    """A file descriptor of an unnamed file, in memory where the system allows."""
    if hasattr(os, "memfd_create"):
        with contextlib.suppress(OSError):
            return os.memfd_create("drafter-mining", 0)
    import tempfile

    handle, path = tempfile.mkstemp(prefix="drafter-mining-")
    os.unlink(path)
    return handle


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _read_at(descriptor: int, size: int, offset: int) -> bytes:
    parts: list[bytes] = []
    while size > 0:
        chunk = os.pread(descriptor, size, offset)
        if not chunk:
            raise EOFError("挖掘的预读进程写入的数据不完整")
        parts.append(chunk)
        size -= len(chunk)
        offset += len(chunk)
    return b"".join(parts)
