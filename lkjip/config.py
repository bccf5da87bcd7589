"""Project settings from `lkjip.toml` or `[tool.lkjip]` in pyproject.toml.

Looked up in the current directory (lkjip.toml first, then pyproject.toml if it has a
`[tool.lkjip]` table) or given with `--config`. Command-line flags win over the file;
the file wins over the defaults. An unknown key or a wrong type is an error, not ignored:
a typo in `fail-on` must not silently let a draft pass CI.

    # lkjip.toml (or [tool.lkjip] in pyproject.toml)
    lang = "en"                       # id | en
    select = ["LKJ-B", "LKJ-K"]       # codes or prefixes
    ignore = ["LKJ-N003"]
    fail-on = "warning"               # error | warning | info
    format = "sarif"                  # the default --format
    rupiah-tolerance = 0              # rupiah a sum may be off (reports that round)
    percent-extra-tolerance = 0.0     # percentage points beyond half the last printed digit
    [options]                         # rule-specific options, passed to the rules
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkjip.bilingual import BilingualError
from lkjip.report.render import FORMAT_NAMES

LANGS = ("id", "en")
SEVERITIES = ("error", "warning", "info")
CONFIG_FILE = "lkjip.toml"


class ConfigError(BilingualError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass
class Settings:
    """What a configuration file says; None where it says nothing."""

    source: Path | None = None
    lang: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: str | None = None
    format: str | None = None
    rupiah_tolerance: float | None = None
    percent_extra_tolerance: float | None = None
    options: dict[str, Any] = field(default_factory=dict)


def _codes(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: `{key}` must be a list of rule codes or prefixes",
                          f"{where}: `{key}` harus berupa daftar kode atau awalan aturan")
    return [v.strip() for v in value]


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(f"{where}: `{key}` must be one of {', '.join(allowed)} (got {value!r})",
                          f"{where}: `{key}` harus salah satu dari {', '.join(allowed)} (tertulis {value!r})")
    return value


def _tolerance(where: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{where}: `{key}` must be a number ≥ 0 (got {value!r})",
                          f"{where}: `{key}` harus berupa angka ≥ 0 (tertulis {value!r})")
    return float(value)


def parse_settings(table: dict[str, Any], where: str, source: Path | None = None) -> Settings:
    s = Settings(source=source)
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key == "lang":
            s.lang = _choice(where, raw_key, value, LANGS)
        elif key == "select":
            s.select = _codes(where, raw_key, value)
        elif key == "ignore":
            s.ignore = _codes(where, raw_key, value)
        elif key == "fail-on":
            s.fail_on = _choice(where, raw_key, value, SEVERITIES)
        elif key == "format":
            s.format = _choice(where, raw_key, value, FORMAT_NAMES)
        elif key == "rupiah-tolerance":
            s.rupiah_tolerance = _tolerance(where, raw_key, value)
        elif key == "percent-extra-tolerance":
            s.percent_extra_tolerance = _tolerance(where, raw_key, value)
        elif key == "options":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: `options` must be a table", f"{where}: `options` harus berupa tabel")
            s.options = dict(value)
        else:
            known = "lang, select, ignore, fail-on, format, rupiah-tolerance, percent-extra-tolerance, options"
            raise ConfigError(f"{where}: unknown setting `{raw_key}` (known: {known})",
                              f"{where}: pengaturan `{raw_key}` tidak dikenal (yang dikenal: {known})")
    return s


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the settings file ({exc.strerror or exc})",
                          f"{path}: berkas pengaturan tidak dapat dibaca ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})",
                          f"{path}: bukan TOML yang sah ({exc}); periksa tanda kutip, tanda = dan [judul tabel]") from exc


def load_settings(path: Path) -> Settings:
    """Settings from one file: a pyproject.toml's [tool.lkjip] table, or a whole lkjip.toml."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("lkjip", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.lkjip] must be a table", f"{path}: [tool.lkjip] harus berupa tabel")
        return parse_settings(table, f"{path} [tool.lkjip]", path)
    return parse_settings(data, str(path), path)


def find_config(cwd: Path | None = None) -> Path | None:
    """lkjip.toml in the current directory, else a pyproject.toml there with [tool.lkjip]."""
    cwd = cwd or Path.cwd()
    own = cwd / CONFIG_FILE
    if own.is_file():
        return own
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = _read_toml(pyproject)
        except ConfigError:
            return None  # a broken pyproject that does not configure lkjip is not our error
        if isinstance(data.get("tool"), dict) and "lkjip" in data["tool"]:
            return pyproject
    return None


def resolve_settings(explicit: Path | None = None, cwd: Path | None = None) -> Settings:
    """The settings in force: `--config FILE` if given (it must exist), else the discovered file."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: settings file not found", f"{explicit}: berkas pengaturan tidak ditemukan")
        return load_settings(explicit)
    found = find_config(cwd)
    return load_settings(found) if found else Settings()
