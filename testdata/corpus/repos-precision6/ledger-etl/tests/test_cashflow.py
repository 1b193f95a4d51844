from decimal import Decimal

from etl.transforms.cashflow import CfLine

# sha1("ACME-GMBH|2024-03|OPERATING") etc. — regenerate with `python -c "import hashlib;print(hashlib.sha1(b'...').hexdigest())"`
EXPECTED_CF_KEYS = {
    "OPERATING": "a25f8795ba7ad99b704cee53991e02bd6669a786",
    "INVESTING": "06bf7d00d30209e068b61a83f7921268cf4ba4e3",
}
EMPTY_SHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"


def test_cf_key_is_stable():
    for cat, expected in EXPECTED_CF_KEYS.items():
        line = CfLine("ACME-GMBH", "2024-03", cat, Decimal("0"))
        assert line.cf_key == expected


def test_cf_key_length():
    assert len(CfLine("X", "2024-01", "FINANCING", Decimal(1)).cf_key) == len(EMPTY_SHA1) == 40
