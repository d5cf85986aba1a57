import { RENDER_EVENT } from "../events.ts";

/**
 * Enhances a chart that the server already drew as SVG. The chart is complete without this script; it only
 * adds. Here, at first load: a roving tabindex over a trend's periods (plain DOM, a few hundred bytes). On
 * the first pointer or focus on the chart: the tooltips and the map's hover, from chart-tooltips.ts, which
 * pulls in d3-selection and so loads only when someone reaches for a chart.
 */
class ChartFigure extends HTMLElement {
  #hydrated = false;
  /** Set while the tooltip code loads or once it is attached, so pointer and focus start one load between them. */
  #tooltipsLoading = false;

  connectedCallback(): void {
    if (this.#hydrated) return;
    this.#hydrated = true;
    for (const type of ["pointerover", "focusin"]) this.addEventListener(type, this.#loadTooltips, { once: true });
    // Every history (requests, the disclosure share, bands over time) marks its periods alike.
    if (["trend", "share", "bands"].includes(this.dataset["chart"] ?? "")) this.#roving();
  }

  readonly #loadTooltips = (trigger: Event): void => {
    if (this.#tooltipsLoading) return;
    this.#tooltipsLoading = true;
    import("./chart-tooltips.ts").then(
      ({ ChartTooltips }) => {
        new ChartTooltips(this).replay(trigger);
      },
      () => {
        // Offline or a stale deploy: the chart stays readable; try again on the next pointer or focus.
        this.#tooltipsLoading = false;
        for (const type of ["pointerover", "focusin"]) this.addEventListener(type, this.#loadTooltips, { once: true });
      },
    );
  };

  /** One tab stop for the whole series; arrow keys, Home and End move between periods. */
  #roving(): void {
    const items = [...this.querySelectorAll<SVGGElement>(".trend-period")];
    if (items.length === 0) return;
    items.forEach((item, i) => {
      item.setAttribute("tabindex", i === items.length - 1 ? "0" : "-1");
    });
    const move = (from: number, to: number) => {
      const next = items[Math.max(0, Math.min(items.length - 1, to))];
      if (!next) return;
      items[from]?.setAttribute("tabindex", "-1");
      next.setAttribute("tabindex", "0");
      next.focus();
    };
    items.forEach((item, i) => {
      item.addEventListener("keydown", (event) => {
        const to = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: items.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        move(i, to);
      });
    });
  }
}

if (!customElements.get("chart-figure")) customElements.define("chart-figure", ChartFigure);

// Charts drawn by an in-place redraw get a short entrance; CSS drops it under prefers-reduced-motion.
document.addEventListener(RENDER_EVENT, () => {
  for (const chart of document.querySelectorAll("report-view chart-figure")) chart.classList.add("chart-enter");
});
