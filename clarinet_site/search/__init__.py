"""Site search per language (issue 14): its index, the tasks that keep it current, the query and the view.

On PostgreSQL each language is matched with its own text search configuration (`configs`); on SQLite (the
zero-set-up local run) the search is simpler: every word must appear, accents and case aside.
"""
