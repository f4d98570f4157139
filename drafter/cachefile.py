"""Writing a cache file (compiled patterns, rule answers, the .docx skeleton): atomically, and
never failing — a cache that cannot be written is no error, the next run builds it again."""

from __future__ import annotations

import os
from pathlib import Path


def save_cache_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file renamed over it; False when the
    folder or the file cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(data)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError:
        return False
    return True
