"""Template tags of the listing kit (`clarinet_site.listing`)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """Return the link to page `number` of the listing being shown: the request's GET parameters (filters,
    a search) with `page` changed, and without `page` for the first page.

    For the first page of a listing asked for with no other parameter that is the page's path, since an
    empty link would point back to the current page number.
    """
    request = context["request"]
    params = request.GET.copy()
    params.pop("page", None)
    if number != 1:
        params["page"] = number
    return "?" + params.urlencode() if params else request.path
