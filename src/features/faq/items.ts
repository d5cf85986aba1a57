/** The FAQ's questions in a part of the page: plain `<details>` elements, which work without JavaScript. */
export function faqItems(scope: ParentNode): HTMLDetailsElement[] {
  return [...scope.querySelectorAll<HTMLDetailsElement>("details[data-faq-item]")];
}
