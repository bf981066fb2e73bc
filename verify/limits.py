"""How large an article verify reads by default (``--max-size``), and why.

News text costs about 60 MB of memory per MB checked and the densest hostile shape (a figure
every three characters) about 220 MB per MB, as ``benchmarks/adversarial.py`` measures: 10 MB
keeps a check of any article under about 0.6 GB, and of any input under about 2.3 GB. A long
feature is 0.1 MB.

>>> DEFAULT_MAX_SIZE, DEFAULT_MAX_BYTES
('10M', 10485760)
"""

from __future__ import annotations

DEFAULT_MAX_MB = 10
DEFAULT_MAX_SIZE = f"{DEFAULT_MAX_MB}M"
DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * 1024 * 1024
