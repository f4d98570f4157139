"""The shipped templates' Python code, generated beforehand: a draft skips Jinja's compiling.

Input: a template file and the Jinja environment that renders it (``drafter.render``). Output:
the code object Jinja would compile from it (``shipped_code``), when the file's text is one of
the shipped templates' and the environment's options are those the code was generated with; else
None, and Jinja compiles the file as usual.

Jinja turns a template into Python source (lexing, parsing, generating: ~4 ms of a draft's ~5 ms
of rendering a shipped template) and compiles that. The source depends only on the template's
text and name and on the environment's options, so ``templatecode.json`` (beside this module,
written by ``python -m drafter.templatecode``) holds it for each shipped template, with the text's
SHA-256 and the options; the file is part of the package, never of the cache folder. Compiled
with the template file's own path, the code is what Jinja's own loader makes: the same output,
and the same file and line in a runtime error. A template edited, a writer's own, or another
Jinja: the digest or the options differ, and the file is compiled as before. A test keeps the
JSON current with the shipped templates.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import sys
from functools import lru_cache
from pathlib import Path
from types import CodeType
from typing import Any

_CODE_FILE = Path(__file__).with_name("templatecode.json")


def shipped_code(env: Any, path: Path) -> CodeType | None:
    """The code of the template file ``path`` as ``env``'s loader would compile it, when its
    text is a shipped template's and ``env`` has the options its code was generated with."""
    entry = _shipped().get(path.name)
    if entry is None:
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(raw).hexdigest() != entry["sha256"] or entry["options"] != options(env):
        return None
    # (the name Jinja's FileSystemLoader gives the file: a runtime error names it)
    filename = os.path.normpath(posixpath.join(os.fspath(str(path.parent)), path.name))
    return _compiled(entry["code"], filename)


@lru_cache(maxsize=16)
def _compiled(source: str, filename: str) -> CodeType:
    # (not this module's ``from __future__`` flags: Jinja's own compile inherits none)
    code: CodeType = compile(source, filename, "exec", dont_inherit=True)
    return code


@lru_cache(maxsize=1)
def _shipped() -> dict[str, dict[str, str]]:
    """The file's entries by template name; none when it is missing or not what it should be."""
    try:
        data = json.loads(_CODE_FILE.read_bytes())
    except (OSError, ValueError):
        return {}
    if type(data) is not dict:
        return {}
    return {
        name: entry
        for name, entry in data.items()
        if type(entry) is dict
        and {"sha256", "options", "code"} <= entry.keys()
        and all(type(entry[key]) is str for key in ("sha256", "options", "code"))
    }


def options(env: Any) -> str:
    """What Jinja's code for a template depends on besides its text and name: the Jinja
    version, the environment's class and options, the names of its filters and tests."""
    import jinja2

    finalize = env.finalize
    return repr(
        (
            jinja2.__version__,
            type(env).__name__,
            sorted(env.intercepted_binops),
            sorted(env.intercepted_unops),
            env.autoescape if isinstance(env.autoescape, bool) else "callable",
            env.trim_blocks,
            env.lstrip_blocks,
            env.keep_trailing_newline,
            env.newline_sequence,
            env.optimized,
            env.is_async,
            finalize is not None,
            str(getattr(finalize, "jinja_pass_arg", None)),
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            sorted(env.extensions),
            sorted(env.filters),
            sorted(env.tests),
        )
    )


def generated(folder: Path) -> dict[str, dict[str, str]]:
    """Each template of ``folder`` (the shipped ones) with its digest, the options of drafter's
    environment and the Python source Jinja generates for it."""
    import jinja2

    from drafter.render import make_environment

    env = make_environment(jinja2.FileSystemLoader(str(folder)), lambda value: value)
    found: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.j2")):
        raw = path.read_bytes()
        source = path.read_text(encoding="utf-8")  # (as Jinja's loader reads it)
        found[path.name] = {
            "sha256": hashlib.sha256(raw).hexdigest(),
            "options": options(env),
            "code": env.compile(source, path.name, str(path), raw=True),
        }
    return found


def render_file(folder: Path) -> bytes:
    return (json.dumps(generated(folder), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def main() -> None:
    """Write ``templatecode.json`` again from the shipped templates (after editing one)."""
    from drafter.resources import templates_dir

    _CODE_FILE.write_bytes(render_file(templates_dir()))
    sys.stdout.write(f"已写入 {_CODE_FILE}\n")


if __name__ == "__main__":
    main()
