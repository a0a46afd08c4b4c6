"""Uploaded files: where documents are stored, what editors may upload, and how media is served.

Uploads are hostile until proven otherwise (docs/design: "Editors and rights"): documents live in a
non-public storage read only by Wagtail's document serve view, both documents and images pass an
allow-list and a content check, and images are normalised (metadata stripped, EXIF orientation applied).
"""
