"""The contact form, self-contained: page and form-field models, the stored message, the visitor's form,
spam checks, delivery as a background task, admin hooks, exports, retention and management commands.

Imports run one way: `models` uses `admin_forms`, `forms`, `spam`, `views`, `delivery`, `tasks` and (when the
admin lists messages) `export`; none of those imports `models` (the task looks the submission model up in
Django's app registry).
"""
