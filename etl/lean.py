"""What the command line's own process does without: numpy, pandas, cloudpickle and pyarrow's own
allocator (spare)."""
from __future__ import annotations

import sys


class _Refuse:
    """An import finder that refuses some top-level packages, with the reason."""

    def __init__(self, names: frozenset[str], why: str):
        self.names, self.why = names, why

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"{name} {self.why}", name=name)
        return None


_spared = False


def spare() -> None:
    """For a process that runs the ETL and ends (the command line), called before pyarrow is
    imported: pyarrow imports numpy as it is imported (0.15 s of CPU) and pandas the first time it
    converts Python values (0.2-0.3 s), only to recognise their objects; the ETL hands it plain
    Python values, which it converts to the same arrays without them. So pyarrow is imported, and
    makes its first conversion, with both hidden. numpy then stays refused, with a message: a
    pyarrow set up without numpy cannot take numpy's arrays later (to_pandas would crash the
    process rather than raise). Once pyarrow is imported (a caller imported it first), only pandas
    is spared, and to_pandas still works. Not for a library's caller, whose objects pyarrow would
    not recognise."""
    global _spared
    if _spared or "pandas" in sys.modules:
        return
    numpy = "pyarrow" not in sys.modules and "numpy" not in sys.modules
    # cloudpickle (there with Dask) only while pyarrow is imported: pyarrow takes it for its
    # pickling where it is installed (0.02 s), and the ETL's process pickles no pyarrow object
    names = frozenset({"numpy", "pandas", "cloudpickle"} if numpy else {"pandas"})
    finder = _Refuse(names, "is not imported by the ETL's own process (etl.lean.spare)")
    sys.meta_path.insert(0, finder)
    try:
        import pyarrow as pa
        pa.array(["x"])         # untyped: both of pyarrow's looks for pandas (its shim, type inference)
    finally:
        sys.meta_path.remove(finder)
    # The C library's allocator for pyarrow's buffers, not mimalloc (pyarrow's default): a re-run
    # reads and writes parts one after another, and mimalloc kept what they freed (a re-run's peak
    # 156 -> 118 MB at 10,000 articles, 225 -> 174 MB at 40,000; the same CPU).
    pa.set_memory_pool(pa.system_memory_pool())
    if numpy:
        sys.meta_path.insert(0, _Refuse(frozenset({"numpy", "pandas"}), "cannot be imported by the ETL's own "
                                        "process: its pyarrow was set up without numpy (etl.lean.spare)"))
    _spared = True


def spared() -> bool:
    """spare() was called: writing the tables will not import pandas."""
    return _spared
