"""Which files a run checks: paths, directory walks and globs, minus what is excluded.

One exclusion rule for walks and globs alike: a directory is never entered when it is hidden
(".github", ".cache"), version control or a cache (``config.ALWAYS_EXCLUDED``), or a virtual
environment (any directory holding a ``pyvenv.cfg``, whatever its name); then the configuration's
``exclude`` patterns, ``--exclude`` and git's ignore rules apply to each file. A file named on the
command line is checked regardless, unless ``--force-exclude`` (as the pre-commit hook passes).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headlinecheck.config import Config, Settings

_GLOB_CHARS = frozenset("*?[")


def skipped_directory(directory: Path, *, hidden: bool = True) -> bool:
    """Is ``directory`` one that no walk or glob enters: hidden (unless ``hidden`` is False: a
    glob has its own rule for those, a wildcard skips them), version control or tool state, or
    a virtual environment?"""
    from headlinecheck.config import ALWAYS_EXCLUDED

    name = directory.name
    if (hidden and name.startswith(".")) or name in ALWAYS_EXCLUDED:
        return True
    return is_virtualenv(directory)


def is_virtualenv(directory: Path) -> bool:
    """Every virtual environment (venv, virtualenv, uv, conda's venvs) has a ``pyvenv.cfg``."""
    return (directory / "pyvenv.cfg").is_file()


def _glob_skips(match: Path, fixed: int) -> bool:
    """Does a path a glob matched lie in a skipped directory (or is one), below the pattern's
    literal leading segments (``fixed`` of them: "node_modules/x/*.md" names node_modules)?"""
    parts = match.parts if match.is_dir() else match.parts[:-1]
    return any(
        parts[depth] not in (".", "..")
        and skipped_directory(Path(*parts[: depth + 1]), hidden=False)
        for depth in range(fixed, len(parts))
    )


def _under_skipped(display: str) -> bool:
    """Is a named file hidden, or in a directory a walk would not enter?"""
    parts = Path(display).parts
    if parts and parts[-1].startswith("."):
        return True
    return any(
        parts[depth] not in (".", "..") and skipped_directory(Path(*parts[: depth + 1]))
        for depth in range(len(parts) - 1)
    )


def _fixed_segments(pattern: str) -> int:
    parts = pattern.replace(os.sep, "/").split("/")
    fixed = 0
    while fixed < len(parts) and parts[fixed] != "**" and not _GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    return fixed


def plan(
    raw_paths: Sequence[str],
    cli_excludes: Sequence[str],
    explicit: Config | None,
    *,
    force_exclude: bool = False,
    also_include: Sequence[str] = (),
) -> Iterator[tuple[str, Path, Settings]]:
    """Files to check, each with its effective settings, in a stable order. A walk picks up
    the names its configuration's ``include`` matches, and those ``also_include`` matches (the
    record formats ``headlinecheck archive`` reads, whatever the configuration)."""
    import glob

    from headlinecheck import config as cfg
    from headlinecheck.errors import InputError

    cwd = Path.cwd().resolve()
    # (display, resolved path, named explicitly); paths are resolved once, here or in _walk.
    chosen: list[tuple[str, Path, bool]] = []
    for raw in raw_paths:
        path = Path(raw)
        if path.is_file():
            chosen.append((raw, path.resolve(), True))
        elif path.is_dir():
            chosen.extend(_walk(path, cli_excludes, explicit, cwd, also_include))
        elif _GLOB_CHARS & set(raw):
            # Path.glob cannot take an absolute or "../" pattern as typed by a user.
            recursive = "**" in raw.replace(os.sep, "/").split("/")
            matches = glob_files(raw) if recursive else sorted(glob.glob(raw))  # noqa: PTH207
            if not matches:
                # As for a missing file: a mistyped pattern must not pass CI with "0 files".
                raise InputError("no file or directory matches this pattern", path=raw)
            fixed = _fixed_segments(raw)
            for match in matches:
                matched = Path(match)
                if _glob_skips(matched, fixed):
                    continue
                if matched.is_dir():
                    chosen.extend(_walk(matched, cli_excludes, explicit, cwd, also_include))
                elif matched.is_file():
                    chosen.append((match, matched.resolve(), False))
        elif path.exists():
            raise InputError("not a regular file or directory (a FIFO, socket or device)", path=raw)
        else:
            raise InputError("no such file or directory", path=raw)

    if force_exclude:
        chosen = [(display, path, False) for display, path, _ in chosen]
    ignored = _git_ignored([path for _, path, named in chosen if not named])
    seen: set[Path] = set()
    for display, path, named in chosen:
        if path in seen:
            continue
        seen.add(path)
        config = explicit or cfg.discover_in(path.parent)
        # The hook names every staged Markdown file: skip what a walk skips, hidden ones too.
        if not named and (
            (force_exclude and _under_skipped(display))
            or path in ignored
            or config.excludes(path)
            or cfg.matches_relative(path, cwd, cli_excludes)
        ):
            continue
        yield display, path, config.for_path(path)


def glob_files(pattern: str) -> list[str]:
    """Expand a pattern with a ``**`` segment, without ``**`` entering symlinked directories.

    ``glob.glob(recursive=True)`` follows them: a link to a parent repeats the tree until the
    system's ELOOP limit, and two such links make the expansion exponential (a CI run that never
    ends). As with pathlib's ``recurse_symlinks=False`` (3.13), other segments still follow
    links, and wildcards skip names starting with "." unless the segment does.
    """
    parts = pattern.replace(os.sep, "/").split("/")
    dirs_only = len(parts) > 1 and parts[-1] == ""
    if dirs_only:
        parts.pop()
    fixed = 0
    while fixed < len(parts) and parts[fixed] != "**" and not _GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    root = "/".join(parts[:fixed]) or ("/" if fixed else "")
    rest = tuple(parts[fixed:])
    found: list[str] = []
    start = _closure(rest, {0})
    if len(rest) in start and root and Path(root).is_dir():
        found.append(root)  # "news/**" is news/ too, as for glob.glob
    _glob_into(found, root, rest, start, dirs_only)
    return sorted(found)


def _glob_into(
    found: list[str], directory: str, rest: tuple[str, ...], states: set[int], dirs_only: bool
) -> None:
    import fnmatch

    try:
        with os.scandir(directory or ".") as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        _unreadable(error)
        return  # vanished, or not a directory: nothing matches there
    for entry in entries:
        name, hidden = entry.name, entry.name.startswith(".")
        shown = str(Path(directory) / name)
        plain: set[int] = set()  # states after a segment matching this one name
        deep: set[int] = set()  # states after a "**" consuming it
        for index in states:
            if index == len(rest):
                continue
            segment = rest[index]
            if segment == "**":
                if not hidden:
                    deep.add(index)
            elif (
                (segment.startswith(".") or not hidden)
                if _GLOB_CHARS & set(segment)
                else segment == name
            ) and fnmatch.fnmatchcase(name, segment):
                plain.add(index + 1)
        after = _closure(rest, plain | deep)
        try:
            is_dir = entry.is_dir()
            linked = entry.is_symlink()
        except OSError:
            continue
        # As in glob, a file must be matched by the last segment ("*/**" is no match for a
        # file); a directory may end the pattern by a trailing "**" matching no more.
        if (is_dir and len(rest) in after) or (
            not is_dir and not dirs_only and (len(rest) in plain or len(rest) - 1 in deep)
        ):
            found.append(shown)
        descend = _closure(rest, plain) if linked else after
        if is_dir and descend:
            _glob_into(found, shown, rest, descend, dirs_only)


def _closure(rest: tuple[str, ...], states: Iterable[int]) -> set[int]:
    """``states`` plus those reached by letting each ``**`` match no directory at all."""
    closed = set(states)
    for index in sorted(closed):
        while index < len(rest) and rest[index] == "**":
            index += 1
            closed.add(index)
    return closed


def _walk(
    root: Path,
    cli_excludes: Sequence[str],
    explicit: Config | None,
    cwd: Path,
    also_include: Sequence[str] = (),
) -> Iterator[tuple[str, Path, bool]]:
    import fnmatch

    from headlinecheck import config as cfg

    real_root = root.resolve()
    for directory, dirnames, filenames in os.walk(real_root, onerror=_unreadable):
        here = Path(directory)
        relative = os.path.relpath(directory, real_root)
        shown = root if relative == "." else root / relative
        config = explicit or cfg.discover_in(here)
        kept = []
        for name in sorted(dirnames):
            child = here / name
            # Hidden directories (.github's issue templates, editor and tool state), tool state
            # and virtual environments hold no articles; a glob skips them too. Named on the
            # command line, they are walked.
            if skipped_directory(child) or cfg.matches_relative(child, cwd, cli_excludes):
                continue
            if not (explicit or cfg.discover_in(child)).excludes(child):
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.startswith(".") and (
                config.includes_name(name)
                or any(fnmatch.fnmatch(name, pattern) for pattern in also_include)
            ):
                yield str(shown / name), here / name, False


def _unreadable(error: OSError) -> None:
    """os.walk skips a directory it cannot list; CI would pass with its articles unchecked."""
    from headlinecheck.errors import InputError

    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return  # removed while the walk ran, or a file given as a glob's directory
    raise InputError(f"cannot read directory: {error.strerror or error}", path=error.filename)


def _git_ignored(paths: Sequence[Path]) -> set[Path]:
    """The paths git ignores (.gitignore, .git/info/exclude, global excludes); none without git.

    ``paths`` are resolved; one ``git check-ignore`` runs per work tree.
    """
    if not paths:
        return set()
    import subprocess

    by_top: dict[str, list[Path]] = {}
    tops: dict[Path, str | None] = {}
    for path in paths:
        directory = path.parent
        if directory not in tops:
            tops[directory] = _git_toplevel(directory)
        top = tops[directory]
        if top is not None:
            by_top.setdefault(top, []).append(path)
    ignored: set[Path] = set()
    for top, members in by_top.items():
        try:
            done = subprocess.run(
                ["git", "-C", top, "check-ignore", "--stdin", "-z"],
                input=b"".join(os.fsencode(p) + b"\0" for p in members),
                capture_output=True,
                check=False,
            )
        except OSError:
            return set()
        # 0: some are ignored, 1: none is; anything else is git failing: then ignore nothing.
        if done.returncode == 0:
            ignored.update(Path(os.fsdecode(p)) for p in done.stdout.split(b"\0") if p)
    return ignored


def _git_toplevel(directory: Path) -> str | None:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-C", str(directory), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # no git installed: nothing is ignored
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None
