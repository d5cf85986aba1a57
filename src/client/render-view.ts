import type { DrawnView, Route } from "./route.ts";

/**
 * The in-place filter's seam to its redraw code. Drawing a view needs the views, the chart renderers and d3
 * (about 20 kB gzip); a reader who never touches the filter needs none of it, so redraw.ts is a separate
 * chunk, loaded on the first interaction with the filter form and at the latest when a view is drawn.
 */
let redraw: Promise<typeof import("./redraw.ts")> | undefined;

function loadRedraw(): Promise<typeof import("./redraw.ts")> {
  redraw ??= import("./redraw.ts").catch((error: unknown) => {
    // Not cached on failure, so the next attempt can recover; the caller falls back to a page load.
    redraw = undefined;
    throw error;
  });
  return redraw;
}

/**
 * Draws the view for a route from the same JSON the build wrote and the same view functions the pages use.
 * Returns undefined for routes it cannot draw.
 */
export async function renderRoute(route: Route, overview: boolean): Promise<DrawnView | undefined> {
  const { renderRoute: draw } = await loadRedraw();
  return draw(route, overview);
}

// Start loading as soon as a reader reaches for the filter, so Apply seldom waits for the code.
for (const type of ["pointerdown", "focusin", "input"]) {
  document.addEventListener(type, (event) => {
    if (event.target instanceof Element && event.target.closest("report-filter"))
      void loadRedraw().catch(() => undefined);
  });
}
