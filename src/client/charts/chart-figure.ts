import { pointer, select } from "d3-selection";
import { tipFromLabel } from "../../charts/tip.ts";
import { RENDER_EVENT } from "../events.ts";

function tipOf(mark: SVGElement): string {
  return mark.dataset["tip"] ?? tipFromLabel(mark.getAttribute("aria-label") ?? "");
}

/**
 * Hydrates a chart that the server already drew as SVG: a tooltip on hover
 * and on keyboard focus, a roving tabindex over a trend's periods, and the
 * map's hover. The chart is complete without this script; it only adds.
 */
class ChartFigure extends HTMLElement {
  #tip: HTMLElement | null = null;
  #hydrated = false;

  connectedCallback(): void {
    if (this.#hydrated) return;
    this.#hydrated = true;
    this.#tooltips();
    if (this.dataset["chart"] === "trend") this.#roving();
  }

  #tooltip(): HTMLElement {
    if (!this.#tip) {
      this.#tip = document.createElement("div");
      this.#tip.className = "chart-tooltip";
      // Every tooltip repeats an accessible name already on the mark, so screen readers skip it.
      this.#tip.setAttribute("aria-hidden", "true");
      this.#tip.hidden = true;
      this.querySelector("figure")?.append(this.#tip);
    }
    return this.#tip;
  }

  /** Shows the tooltip at x, or ending at `flipAt` when it would overflow the chart's right edge. */
  #show(text: string, x: number, y: number, flipAt = x): void {
    const tip = this.#tooltip();
    tip.textContent = text;
    tip.hidden = false;
    const width = this.getBoundingClientRect().width;
    const wanted = x + tip.offsetWidth <= width ? x : flipAt - tip.offsetWidth;
    // Keep the tooltip inside the chart on narrow screens.
    const left = Math.max(0, Math.min(wanted, width - tip.offsetWidth));
    tip.style.setProperty("--tip-x", `${left}px`);
    tip.style.setProperty("--tip-y", `${y}px`);
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
  }

  #tooltips(): void {
    const root = select<HTMLElement, unknown>(this);
    root
      .selectAll<SVGElement, unknown>("[data-tip], .trend-period")
      .on("pointerenter pointermove", (event: PointerEvent, _d: unknown) => {
        const target = event.currentTarget as SVGElement;
        const [x, y] = pointer(event, this);
        target.classList.add("is-active");
        this.#show(tipOf(target), x + 12, y + 16, x - 12);
      })
      .on("pointerleave", (event: PointerEvent) => {
        (event.currentTarget as SVGElement).classList.remove("is-active");
        this.#hide();
      })
      .on("focus", (event: FocusEvent) => {
        const target = event.currentTarget as SVGElement;
        const box = target.getBoundingClientRect();
        const own = this.getBoundingClientRect();
        // Over the top of the plot, beside the focused mark, so it never hides what follows the chart.
        const plot = target.ownerSVGElement?.getBoundingClientRect() ?? box;
        this.#show(tipOf(target), box.right - own.left + 8, plot.top - own.top + 4, box.left - own.left - 8);
      })
      .on("blur", () => {
        this.#hide();
      });
    // On the map, bring the hovered country to the front so its outline is not hidden by neighbours.
    if (this.dataset["chart"] === "map") {
      root.selectAll<SVGUseElement, unknown>("use.country").on("pointerenter.raise", (event: PointerEvent) => {
        const shape = event.currentTarget as SVGUseElement;
        select(shape.parentElement instanceof SVGAElement ? shape.parentElement : shape).raise();
      });
    }
  }

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
