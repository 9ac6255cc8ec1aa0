"""Staged polars frames → the pandas frames GX validates.

GX 1.24 rejects polars frames, and polars' own `to_pandas()` needs pyarrow, which the lock does not carry.
The conversion is explicit so GX sees stable dtypes: integers as nullable `Int64` (GX observes "int64"),
floats as float64 with NaN, strings as pandas 3 `str`, dates as datetime64, booleans as nullable `boolean`.
"""

from __future__ import annotations

import pandas as pd
import polars as pl


def _column(series: pl.Series) -> object:
    dtype = series.dtype
    if dtype.is_integer():
        values = series.cast(pl.Int64).fill_null(0).to_numpy()
        return pd.arrays.IntegerArray(values, series.is_null().to_numpy())
    if dtype.is_float():
        return series.cast(pl.Float64).to_numpy()
    if dtype == pl.Boolean:
        values = series.fill_null(False).to_numpy()
        return pd.arrays.BooleanArray(values, series.is_null().to_numpy())
    if dtype.is_temporal():
        return pd.Series(series.to_numpy())
    if dtype in (pl.String, pl.Categorical, pl.Enum):
        return pd.Series(series.cast(pl.String).to_numpy(), dtype="str")
    return pd.Series(series.to_list(), dtype="object")


def to_pandas(frame: pl.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({name: _column(frame.get_column(name)) for name in frame.columns})
