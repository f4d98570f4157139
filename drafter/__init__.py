"""drafter: mine county speeches into a phrase bank and draft new ones from a targets file."""

from __future__ import annotations

import sys

__version__ = "0.1.0"


def main() -> None:
    """Console-script entry point: imports the CLI only now, so Ctrl-C while it loads is quiet."""
    try:
        from drafter.cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("已中断，未写入任何文件。\n")
        raise SystemExit(130) from None
    cli_main()
