"""drafter: mine county speeches into a phrase bank and draft new ones from a targets file."""

from __future__ import annotations

import sys

__version__ = "0.1.0"


def main() -> None:
    """Console-script entry point: imports the CLI only now, so Ctrl-C while it loads (or while
    the caches are read) is quiet.

    Patterns compiled by earlier runs are reused (``drafter.patterncache``): start-up otherwise
    spends more time compiling regular expressions than most commands spend on their input.

    A command ends without tearing the interpreter down (``_end_now``): its output is written
    and its caches saved by then, and freeing what it built is work nobody waits for — for
    ``mine`` jieba's tables and the bank (~170 MB of small objects at 1.2 MB of reports),
    0.13–0.2 s of CPU; for ``draft`` the interpreter's last collection of every module, ~15 ms
    (3% of a draft's instructions); for ``--help`` 2% of its instructions."""
    _UNFREED["kept"] = []
    try:
        _main()
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            _end_now(stop.code or 0)
        raise


# What the running command leaves to the end of the process (``keep_until_exit``): a list only
# while the console entry point runs it.
_UNFREED: dict[str, list[object]] = {}


def keep_until_exit(*objects: object) -> None:
    """Leave ``objects`` to the end of the process instead of freeing them when their last
    user lets go: under the console entry point (``main``), which ends the process without
    freeing anything (``_end_now``). Mining hands over its working data as it finishes with it
    (the speeches read, the merged groups, the bank: ~0.3 M objects at 1.2 MB of reports, whose
    freeing took ~10 ms before the bank's files and ~7 ms after them, with nothing else
    running). Elsewhere (tests, other programs calling drafter's functions) nothing is kept."""
    kept = _UNFREED.get("kept")
    if kept is not None:
        kept.append(objects)


def _end_now(code: int) -> None:
    """Exit with ``code`` as ``sys.exit`` would, without freeing every object first: the exit
    handlers run (temporary folders, multiprocessing's, logging's) and the standard streams are
    flushed, then the process ends. Only when no other thread is still running (the interpreter
    would wait for it)."""
    import atexit
    import os
    import threading

    if any(
        t.is_alive() and not t.daemon
        for t in threading.enumerate()
        if t is not threading.main_thread()
    ):
        return
    atexit._run_exitfuncs()
    # the streams that buffer bytes: the CLI's wrappers around the interpreter's own
    # (``terminal.ConsoleStream``, no ``buffer``) hold nothing, and would turn a failed flush
    # into an OutputError
    for stream in dict.fromkeys((sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)):
        try:
            if getattr(stream, "buffer", None) is not None:
                stream.flush()  # type: ignore[union-attr]
        except (OSError, ValueError):
            code = code or 120  # as the interpreter reports a failed flush at exit
    os._exit(code)


def _main() -> None:
    try:  # (on a busy machine Ctrl-C can land in these imports too)
        import gc
        import signal  # (here: importing it in the ``finally`` below could be interrupted)

        from drafter.patterncache import install_pattern_cache, save_pattern_cache
        from drafter.verdicts import install_verdicts, save_verdicts
    except KeyboardInterrupt:
        sys.stderr.write("已中断，未写入任何文件。\n")
        raise SystemExit(130) from None

    # A command is one short process that builds many small objects and few cycles: the garbage
    # collector's default of a pass every 700 allocations cost a draft 50–80 ms.
    gc.set_threshold(50_000, 20, 20)
    if sys.argv[1:2] in (["draft"], ["mine"]):
        # A draft (0.5 s) leaves next to no cycles: its ~11 young collections freed ~130 objects
        # and cost 14 ms (medians of 11 whole drafts: 601 → 587 ms of CPU without them).
        # Mining neither: at 1.2 MB of reports its main process made 13 young collections,
        # ~0.1 s on the critical path, and left 518 objects in cycles (the whole corpus/: the
        # same 518); peak RSS is unchanged. Its forked workers inherit the setting.
        gc.disable()
    try:
        try:
            # (reading the caches is start-up too: on a busy machine Ctrl-C can land there)
            install_pattern_cache()
            install_verdicts()
            from drafter.cli import main as cli_main
        except KeyboardInterrupt:
            sys.stderr.write("已中断，未写入任何文件。\n")
            raise SystemExit(130) from None
        gc.freeze()  # what start-up built lives as long as the process: never scanned again
        cli_main()
    finally:
        # The command is over (its output written or not): a signal now interrupts only the
        # saving of the caches, which are optional and written atomically, so it is ignored
        # rather than shown as a traceback.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)
        try:
            save_pattern_cache()
            save_verdicts()
        except KeyboardInterrupt:
            pass
