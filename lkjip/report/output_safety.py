"""Where reports may be written: never over an input, never two outputs to one file, and
a clear error (exit 4) when the place cannot be written."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from lkjip.bilingual import BilingualError


class OutputOverInput(BilingualError):
    """`--output` names one of the inputs (a usage error, exit 2; the input is untouched)."""


class OutputWriteError(BilingualError):
    """The output could not be written (permissions, a missing folder, a full disk): exit 4."""


def same_file(a: Path, b: Path) -> bool:
    """Both exist and are one file (also through links, `..`, hard links)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_over_inputs(targets: Iterable[Path], inputs: Iterable[Path | str]) -> None:
    """Raise OutputOverInput when any target is (or would replace) one of the inputs."""
    inputs = [Path(i) for i in inputs]
    for target in targets:
        for source in inputs:
            if same_file(target, source) or (
                    not target.exists() and target.absolute() == source.absolute()):
                raise OutputOverInput(f"--output {target} is the input {source}: it would be overwritten; "
                                      "choose another --output",
                                      f"--output {target} adalah berkas masukan {source}: berkas itu akan "
                                      "tertimpa; pilih --output lain")


def write_failed(target: Path, exc: OSError) -> OutputWriteError:
    return OutputWriteError(f"cannot write {target}: {exc.strerror or exc}",
                            f"tidak dapat menulis {target}: {exc.strerror or exc}")
