"""`{% fragment_cache %}`: a rendered part of a page kept per content generation (clarinet_site/page_cache.py).

Django's `{% cache %}` tag would keep a preview's draft and never learn of a publish; this one keeps its HTML
with `page_cache.fragment`, whose key carries the content generation (a change anywhere makes every copy
unreachable) and which never keeps what a preview or a POST renders.
"""

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from clarinet_site.languages import current_language
from clarinet_site.page_cache import fragment

register = template.Library()


class FragmentCacheNode(template.Node):
    """Renders its content once per content generation, host, language, day and values of its `parts`."""

    def __init__(self, name: str, parts: list[template.base.FilterExpression], nodelist: template.NodeList):
        self.name = name
        self.parts = parts
        self.nodelist = nodelist

    def render(self, context) -> str:
        request = context.get("request")

        def build() -> tuple[str, bool]:
            # The fallback notice (navigation_tags.fallback_notice) learns from the content whether any part
            # fell back to English: kept with the HTML and told again on every use.
            shown_before = getattr(request, "clarinet_fallback_shown", False)
            if request is not None:
                request.clarinet_fallback_shown = False
            html = self.nodelist.render(context)
            shown = getattr(request, "clarinet_fallback_shown", False)
            if request is not None:
                request.clarinet_fallback_shown = shown_before
            return str(html), shown

        host = request.get_host() if request is not None else ""  # a page of another site gets a full URL
        # Per day too: a part may say what is upcoming (an event's card), and a content generation can last days.
        values = [part.resolve(context) for part in self.parts]
        parts = (host, current_language(), timezone.localdate().isoformat(), *values)
        html, shown = fragment(request, f"html-{self.name}", parts, build)
        if shown and request is not None:
            request.clarinet_fallback_shown = True
        return mark_safe(html)  # noqa: S308 - rendered by the template engine, escaped there


@register.tag
def fragment_cache(parser, token) -> FragmentCacheNode:
    """`{% fragment_cache "name" value ... %}...{% endfragment_cache %}`: render the content once per content
    generation, host, active language, day and `value`s (everything else the content depends on besides
    content).

    Raises TemplateSyntaxError without a quoted name.
    """
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a quoted name first")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
