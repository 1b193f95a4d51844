"""Cash-flow (CF) statement transforms: indirect method from the GL trial balance.

Naming: `cf_*` = cash flow. Nothing here has to do with Cloudflare.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

CF_CATEGORIES = ("OPERATING", "INVESTING", "FINANCING")

# Account ranges (SKR04) that roll up into each CF category
CF_ACCOUNT_MAP = {
    "OPERATING": [(4000, 4999), (6000, 6999), (1200, 1299), (3300, 3399)],
    "INVESTING": [(100, 799)],
    "FINANCING": [(2000, 2199), (3100, 3199)],
}


@dataclass(frozen=True)
class CfLine:
    entity: str
    period: str
    cf_category: str
    cf_amount: Decimal

    @property
    def cf_key(self) -> str:
        """Stable surrogate key (sha1 hex, 40 chars) used as the warehouse primary key."""
        return hashlib.sha1(f"{self.entity}|{self.period}|{self.cf_category}".encode()).hexdigest()


def categorize(tb: pd.DataFrame) -> pd.DataFrame:
    def _cat(acct: int) -> str | None:
        for cat, ranges in CF_ACCOUNT_MAP.items():
            if any(lo <= acct <= hi for lo, hi in ranges):
                return cat
        return None

    out = tb.assign(cf_category=tb["account"].map(_cat)).dropna(subset=["cf_category"])
    return out.groupby(["entity", "period", "cf_category"], as_index=False)["delta_eur"].sum().rename(
        columns={"delta_eur": "cf_amount"}
    )


def free_cash_flow(cf: pd.DataFrame) -> pd.Series:
    piv = cf.pivot_table(index=["entity", "period"], columns="cf_category", values="cf_amount", fill_value=0)
    return piv["OPERATING"] + piv["INVESTING"]
