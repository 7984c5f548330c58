#!/usr/bin/env python3
"""Entry point: python run_pipeline.py [--config config.yaml] [--raw DIR] [--out DIR]."""
import sys

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
