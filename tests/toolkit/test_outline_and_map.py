"""The toolkit's heading outline never skips a level, and the showcase map frames the countries it shows."""

from toolkit.templatetags.toolkit_tags import balance_headings, map_view, practice_map


def test_a_heading_right_after_the_title_moves_up_to_follow_it():
    html = '<h3 class="x">See it in practice</h3><p>t</p><h4>Card</h4><h2>Next</h2><h4>Deep</h4>'
    assert balance_headings(html, 1) == (
        '<h2 class="x">See it in practice</h2><p>t</p><h3>Card</h3><h2>Next</h2><h3>Deep</h3>'
    )


def test_headings_under_a_chapter_title_stay_below_it():
    # the one-page toolkit: a chapter's h3 title, its practice block moved down to h5 and the cards to h6
    assert balance_headings("<h5>Practice</h5><h6>Card</h6><h6>Card</h6>", 3) == (
        "<h4>Practice</h4><h5>Card</h5><h5>Card</h5>"
    )
    assert balance_headings("<h2>Too high</h2>", 3) == "<h4>Too high</h4>"


def test_headings_that_follow_on_are_left_alone_and_a_bad_level_changes_nothing():
    html = "<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>"
    assert balance_headings(html, 1) == html
    assert balance_headings(html, "x") == html


def test_map_view_frames_the_markers_within_the_map():
    assert map_view([], 1000, 800) == (0, 0, 1000, 800)
    x, y, width, height = map_view([(525.8, 611.8)], 1000, 858.5)  # Italy alone
    assert width == 420 and round(height) == round(420 * 0.8585)
    assert x < 525.8 < x + width and y < 611.8 < y + height
    x, y, width, height = map_view([(201.4, 658.2), (884.0, 731.7)], 1000, 858.5)  # Portugal to Cyprus
    assert x >= 0 and x + width <= 1000 and y >= 0 and y + height <= 858.5 + 0.1
    assert x <= 201.4 and 884.0 <= x + width


def test_map_shades_and_marks_only_the_countries_given():
    rows = [{"code": "IT", "name": "Italy", "count": 2, "url": "?country=IT"}]
    context = practice_map(rows)
    assert [marker["code"] for marker in context["markers"]] == ["IT"]
    assert {shape["code"] for shape in context["shapes"] if shape["level"]} == {"IT"}
    assert context["view_box"].split()[2] == "420"
