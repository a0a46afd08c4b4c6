"""Demo content: the real CLARINET material from the content brief, loaded by `manage.py load_demo_content`."""
