"""The judge's side of every coding problem: one module per slug, each defining PROBLEM.

The slug joins questions/problems/<slug>.yaml (statement, stub, hints),
solutions/<slug>.py (the hidden reference) and tests/test_problems.py.
"""
