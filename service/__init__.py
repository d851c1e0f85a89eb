"""Flask side: the JSON API, the health check and (from service.pages) the HTML pages."""
