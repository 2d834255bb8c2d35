// Records the widget's events for the browser tests (a file, so the host CSP needs no
// 'unsafe-inline').
window.__events = [];
for (const name of ["ready", "analysis-start", "analysis", "analysis-error", "keyword-select", "hint-select", "export"]) {
  document.addEventListener(name, (event) => {
    window.__events.push({ name, detail: name === "analysis" ? { words: event.detail.stats.words, hints: event.detail.hints.length } : event.detail });
  });
}
