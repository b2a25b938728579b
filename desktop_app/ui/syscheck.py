"""Check, before any Qt window is created, that Qt can start on this desktop.

Qt aborts the whole process with its own English message when the system
libraries of its platform plugin are missing. This module decides which
platform plugin Qt will load (the same way Qt does), asks ``ldd`` which
libraries the plugin and the bundled Qt libraries behind it cannot find, and
names the Debian/Ubuntu packages to install in one ready-to-paste line.

Where ``ldd`` is absent or the system is not Linux, it starts a
``QGuiApplication`` in a child process instead, so that a Qt abort cannot
take the check down with it.

Run as ``python -m desktop_app.ui.syscheck [--verbose]``; exit code 0 means
Qt can start, 1 means it cannot (the reason goes to standard error).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# ldd's output for one file; raises OSError or CalledProcessError when ldd fails.
LddRunner = Callable[[Path], str]
# Tries to start Qt in a child process; returns its error text, or None on success.
QtStarter = Callable[[Mapping[str, str]], str | None]

# Library file name (soname) -> Debian/Ubuntu package that ships it.
# Every name was checked with `apt-cache show` on Debian 12. Debian 13 and
# Ubuntu 24.04 renamed some of them with a "t64" suffix (libglib2.0-0t64,
# libpng16-16t64); the new packages provide the old names, so apt-get
# accepts the names below on both.
SONAME_PACKAGES: dict[str, str] = {
    # xcb (X11) platform
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    # OpenGL / EGL
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libdrm.so.2": "libdrm2",
    "libvulkan.so.1": "libvulkan1",
    # fonts, D-Bus, GLib and what they pull in
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libexpat.so.1": "libexpat1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    # wayland platform
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# Libraries that come inside the PySide6 wheel: no system package has them.
BUNDLED_PREFIXES = ("libQt6", "libpyside6", "libshiboken6", "libicu")

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_RESOLVED = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)\s+\(0x[0-9a-fA-F]+\)\s*$")


@dataclass(frozen=True)
class Result:
    """Outcome of the check: exit code and the text to show (empty if none)."""

    code: int
    message: str


@dataclass(frozen=True)
class LddReport:
    """What ldd said about one file: sonames not found and paths resolved."""

    missing: list[str]
    resolved: list[Path]


def choose_platform(env: Mapping[str, str], system: str = sys.platform) -> str | None:
    """Return the platform plugin name Qt will load, or None if there is no display.

    Follows Qt: ``QT_QPA_PLATFORM`` wins (first entry of a ``;`` list, without
    ``:options``); otherwise Wayland when the session is a Wayland one, else
    xcb when an X display is set. On Linux with no display at all the answer
    is None; on other systems Qt's own default applies (returned as "").
    """
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0].strip()
        name = first.split(":")[0].strip()
        if name:
            return name
    if not system.startswith("linux"):
        return ""
    wayland = bool(env.get("WAYLAND_DISPLAY"))
    x11 = bool(env.get("DISPLAY"))
    if wayland and env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    if x11:
        return "xcb"
    if wayland:
        return "wayland"
    return None


def qt_folder() -> Path:
    """Folder of Qt inside the installed PySide6 package (no Qt module is loaded)."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt"


def plugin_path(qt_dir: Path, platform: str) -> Path:
    """Path of the platform plugin library Qt loads for ``platform``."""
    return qt_dir / "plugins" / "platforms" / f"libq{platform}.so"


def parse_ldd(output: str) -> LddReport:
    """Collect the ``=> not found`` sonames and the resolved paths from ldd output."""
    missing: list[str] = []
    resolved: list[Path] = []
    for line in output.splitlines():
        gone = _NOT_FOUND.match(line)
        if gone:
            if gone.group(1) not in missing:
                missing.append(gone.group(1))
            continue
        found = _RESOLVED.match(line)
        if found:
            resolved.append(Path(found.group(2)))
    return LddReport(missing, resolved)


def run_ldd(path: Path) -> str:
    """Run the system ``ldd`` on ``path`` and return its standard output."""
    done = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def missing_libraries(plugin: Path, bundle: Path, ldd: LddRunner) -> list[str]:
    """Sonames that the plugin, or any Qt library from ``bundle`` it uses, can't find.

    ldd already follows dependencies transitively; the bundled Qt libraries
    it resolves (libQt6XcbQpa, libQt6Gui, ...) are asked as well, so that a
    library they need is named even when ldd stops at the first level.
    """
    missing: list[str] = []
    queue = [plugin]
    seen: set[Path] = set()
    bundle = bundle.resolve()
    while queue:
        target = queue.pop(0)
        key = target.resolve()
        if key in seen:
            continue
        seen.add(key)
        report = parse_ldd(ldd(target))
        missing.extend(name for name in report.missing if name not in missing)
        queue.extend(path for path in report.resolved if path.resolve().is_relative_to(bundle))
    return missing


def packages_for(missing: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split sonames into Debian packages to install and sonames with no known package."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in missing:
        package = SONAME_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def describe_missing(platform: str, missing: Sequence[str]) -> str:
    """Russian message naming the platform, the missing libraries and the install line."""
    packages, unknown = packages_for(missing)
    bundled = [name for name in unknown if name.startswith(BUNDLED_PREFIXES)]
    unknown = [name for name in unknown if name not in bundled]
    lines = [
        f"Qt не сможет запуститься: для платформы «{platform}» в системе "
        "не хватает библиотек:",
        *(f"  {soname}" for soname in missing),
    ]
    if packages:
        lines += ["Установите их одной командой:", "sudo apt-get install " + " ".join(packages)]
    if bundled:
        lines.append(
            ", ".join(bundled)
            + " входит в PySide6, а не в систему: установка PySide6 повреждена — "
            "удалите папку .venv и снова выполните make run"
        )
    if unknown:
        lines.append(
            "Пакет для "
            + ", ".join(unknown)
            + " неизвестен; найдите его командой: apt-file search "
            + " ".join(unknown)
        )
    return "\n".join(lines)


NO_DISPLAY = (
    "Qt не сможет запуститься: нет графического сеанса "
    "(не заданы ни DISPLAY, ни WAYLAND_DISPLAY).\n"
    "Запустите программу на рабочем столе; для тестов без экрана задайте "
    "QT_QPA_PLATFORM=offscreen."
)


def try_start_qt(env: Mapping[str, str]) -> str | None:
    """Create a QGuiApplication in a child process; return its error text or None.

    A child process is used because Qt aborts the process it fails in.
    """
    code = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=dict(env),
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if done.returncode == 0:
        return None
    return (done.stderr or done.stdout).strip() or f"код завершения {done.returncode}"


def _tried(env: Mapping[str, str], platform: str, start: QtStarter) -> Result:
    error = start(env)
    if error is None:
        return Result(0, "")
    shown = f"«{platform}»" if platform else "по умолчанию"
    return Result(
        1,
        f"Qt не запускается (платформа {shown}). Сообщение Qt:\n{error}\n"
        "Установите недостающие системные библиотеки, которые в нём названы.",
    )


def check(
    env: Mapping[str, str],
    *,
    system: str = sys.platform,
    qt_dir: Path | None = None,
    ldd: LddRunner | None = None,
    start: QtStarter = try_start_qt,
) -> Result:
    """Decide whether Qt can start under ``env``; the seams make it testable.

    ``ldd`` None means "use the system ldd if there is one". Without ldd, or
    off Linux, or when the plugin file is not where PySide6 keeps it, the
    check falls back to ``start``.
    """
    platform = choose_platform(env, system)
    if platform is None:
        return Result(1, NO_DISPLAY)
    if ldd is None and system.startswith("linux") and shutil.which("ldd"):
        ldd = run_ldd
    folder = qt_dir if qt_dir is not None else qt_folder()
    plugin = plugin_path(folder, platform) if platform else None
    if ldd is None or not system.startswith("linux") or plugin is None or not plugin.is_file():
        return _tried(env, platform, start)
    try:
        missing = missing_libraries(plugin, folder, ldd)
    except (OSError, subprocess.SubprocessError):
        return _tried(env, platform, start)
    if missing:
        return Result(1, describe_missing(platform, missing))
    return Result(0, "")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: print the problem in Russian and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in args
    result = check(os.environ)
    if result.code:
        print(result.message, file=sys.stderr)
    elif verbose:
        platform = choose_platform(os.environ) or "по умолчанию"
        print(f"Qt может запуститься (платформа {platform}).")
    return result.code


if __name__ == "__main__":
    raise SystemExit(main())
