"""Evaluation harnesses against public gold sets (``eventwire eval KIND --gold PATH``)."""
