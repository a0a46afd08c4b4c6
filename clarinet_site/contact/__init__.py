"""The contact form machinery: form building, spam checks, delivery, export and retention."""
