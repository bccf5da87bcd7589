"""`lkjip serve`: a local web workspace over a store (upload, findings on the page,
the auditor's judgement, the archive). Built on Starlette, Jinja2 and uvicorn (the
`serve` extra); every asset ships in this package."""
