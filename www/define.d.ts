// Types of "proselens/define": importing it registers <prose-lens>.
export { ProseLens } from "./element.js";
import type { ProseLens } from "./element.js";
/** Registers the element under `tagName` (default "prose-lens") unless that name is taken. */
export function define(tagName?: string): typeof ProseLens;
