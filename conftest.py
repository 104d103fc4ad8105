"""pytest collection: skip modules whose optional extra is not installed."""

import importlib.util

collect_ignore = []
if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
    # the doctests of newsclean.dask need the dask extra
    collect_ignore.append("src/newsclean/dask.py")
