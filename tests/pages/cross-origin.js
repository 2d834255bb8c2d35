// Loads the widget from the "CDN" origin given in ?cdn=, as a site embedding it from a CDN.
const cdn = new URL(location.href).searchParams.get("cdn");
await import(new URL("/www/define.js", cdn).href);
