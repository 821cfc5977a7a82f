#!/usr/bin/env python3
"""Builds magazinemix from src/ with the shared probe tools (../probekit/probe_make.py).

    python3 tests/corpus/magazinemix/make.py && python3 tests/corpus/magazinemix/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "probekit"))

import probe_make  # noqa: E402

if __name__ == "__main__":
    probe_make.main(HERE, ["skins_mag"])
