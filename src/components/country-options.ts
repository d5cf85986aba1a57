/**
 * The filter's country <option>s as one HTML string, made once per build and reused by every page.
 *
 * Why: every one of the bench's 5,434 pages carries the filter with ~226 countries, and rendering those
 * options one element at a time through Astro was about a second of the build. The string is the same
 * markup Astro wrote, escaped with Astro's own escapeHTML (text) and its attribute rule (& and "), except
 * that the options no longer carry FilterBar's scoped-style attribute (data-astro-cid-…): no rule styles
 * an <option>, and the attribute was 25 bytes × 226 options on every page.
 */
import { escapeHTML } from "astro/runtime/server/escape.js";
/** What an option needs of a country. */
interface CountryChoice {
  code: string;
  name: string;
}

/** As Astro writes an attribute value: only & and " are escaped. */
const attribute = (value: string): string => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

interface Option {
  value: string;
  /** The option unselected, and selected. */
  plain: string;
  selected: string;
}

const made = new WeakMap<readonly CountryChoice[], Option[]>();

/** Every country's option, `selected` on the one whose lowercase code is `selected` (if any). */
export function countryOptionsHtml(list: readonly CountryChoice[], selected: string): string {
  let options = made.get(list);
  if (!options) {
    options = list.map((c) => {
      const value = c.code.toLowerCase();
      const text = escapeHTML(c.name);
      return {
        value,
        plain: `<option value="${attribute(value)}">${text}</option>`,
        selected: `<option value="${attribute(value)}" selected>${text}</option>`,
      };
    });
    made.set(list, options);
  }
  let html = "";
  for (const o of options) html += o.value === selected ? o.selected : o.plain;
  return html;
}
