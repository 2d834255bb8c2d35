// Registers <prose-lens>. Importing this module twice, or next to another copy, is safe.
import { ProseLens } from "./element.js";

/** Registers the element under `tagName` (default "prose-lens") unless already taken. */
export function define(tagName = "prose-lens") {
  const existing = customElements.get(tagName);
  if (!existing) customElements.define(tagName, tagName === "prose-lens" ? ProseLens : class extends ProseLens {});
  return customElements.get(tagName);
}

define();

export { ProseLens };
