"""Ids the kiosk gives its own pages, which no content item may take. Pure constants: the
backend reads them before the first frame, without the content model (and pydantic)."""

# The map's detail that shows the locator (`map/location`).
LOCATION = "location"
