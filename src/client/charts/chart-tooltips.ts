import { pointer, select } from "d3-selection";
import { tipFromLabel } from "../../charts/tip.ts";

/** Marks that show a tooltip: segments, bars and map shapes carry data-tip or an aria-label; trend periods. */
export const MARKS = "[data-tip], .trend-period";

function tipOf(mark: SVGElement): string {
  return mark.dataset["tip"] ?? tipFromLabel(mark.getAttribute("aria-label") ?? "");
}

/**
 * A chart's tooltips on hover and on keyboard focus, and the map's hover. Loaded by chart-figure.ts on the
 * first pointer or focus on a chart, so pages that are only read never download d3-selection.
 */
export class ChartTooltips {
  #tip: HTMLElement | null = null;
  readonly #chart: HTMLElement;
  /** The mark whose tooltip the reader dismissed with Escape: it stays hidden until the pointer or focus moves on. */
  #dismissed: SVGElement | null = null;

  constructor(chart: HTMLElement) {
    this.#chart = chart;
    this.#listen();
  }

  #tooltip(): HTMLElement {
    if (!this.#tip) {
      this.#tip = document.createElement("div");
      this.#tip.className = "chart-tooltip";
      // Every tooltip repeats an accessible name already on the mark, so screen readers skip it.
      this.#tip.setAttribute("aria-hidden", "true");
      this.#tip.hidden = true;
      this.#chart.querySelector("figure")?.append(this.#tip);
    }
    return this.#tip;
  }

  /**
   * Shows the tooltip at x, or ending at `flipAt` when it would overflow the chart's right edge; at y, or ending
   * at `flipYAt` when it would run below the bottom of the screen (a tap near the foot of a phone's screen).
   */
  #show(text: string, x: number, y: number, flipAt = x, flipYAt = y): void {
    const tip = this.#tooltip();
    tip.textContent = text;
    tip.hidden = false;
    const own = this.#chart.getBoundingClientRect();
    const wanted = x + tip.offsetWidth <= own.width ? x : flipAt - tip.offsetWidth;
    // Keep the tooltip inside the chart on narrow screens.
    const left = Math.max(0, Math.min(wanted, own.width - tip.offsetWidth));
    const below = own.top + y + tip.offsetHeight <= window.innerHeight;
    // Above when it would not fit below, but never above the top of the screen.
    const top = below ? y : Math.max(flipYAt - tip.offsetHeight, -own.top);
    tip.style.setProperty("--tip-x", `${left}px`);
    tip.style.setProperty("--tip-y", `${top}px`);
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
  }

  /** Escape hides the tooltip where it is, without moving the pointer or focus (WCAG 2.2, 1.4.13). */
  #dismiss = (event: KeyboardEvent): void => {
    if (event.key !== "Escape" || !this.#tip || this.#tip.hidden) return;
    this.#dismissed = this.#chart.querySelector<SVGElement>(".is-active") ?? (document.activeElement as SVGElement);
    this.#hide();
  };

  #listen(): void {
    const chart = this.#chart;
    const root = select<HTMLElement, unknown>(chart);
    root
      .selectAll<SVGElement, unknown>(MARKS)
      .on("pointerenter pointermove", (event: PointerEvent, _d: unknown) => {
        const target = event.currentTarget as SVGElement;
        if (event.type === "pointerenter" && target !== this.#dismissed) this.#dismissed = null;
        if (target === this.#dismissed) return;
        const [x, y] = pointer(event, chart);
        target.classList.add("is-active");
        this.#show(tipOf(target), x + 12, y + 16, x - 12, y - 16);
      })
      .on("pointerleave", (event: PointerEvent) => {
        (event.currentTarget as SVGElement).classList.remove("is-active");
        if (event.currentTarget === this.#dismissed) this.#dismissed = null;
        this.#hide();
      })
      .on("focus", (event: FocusEvent) => {
        const target = event.currentTarget as SVGElement;
        this.#dismissed = null;
        const box = target.getBoundingClientRect();
        const own = chart.getBoundingClientRect();
        // Over the top of the plot, beside the focused mark, so it never hides what follows the chart.
        const plot = target.ownerSVGElement?.getBoundingClientRect() ?? box;
        this.#show(tipOf(target), box.right - own.left + 8, plot.top - own.top + 4, box.left - own.left - 8);
      })
      .on("blur", () => {
        this.#hide();
      });
    document.addEventListener("keydown", this.#dismiss);
    // On the map, bring the hovered country to the front so its outline is not hidden by neighbours.
    if (chart.dataset["chart"] === "map") {
      root.selectAll<SVGUseElement, unknown>("use.country").on("pointerenter.raise", (event: PointerEvent) => {
        const shape = event.currentTarget as SVGUseElement;
        select(shape.parentElement instanceof SVGAElement ? shape.parentElement : shape).raise();
      });
    }
  }

  /**
   * Replays the event that loaded this code, so the first hover or focus shows its tooltip at once
   * instead of on the next move. Only while the pointer is still on the mark, or the mark still focused.
   */
  replay(trigger: Event): void {
    const mark = trigger.target instanceof Element ? trigger.target.closest<SVGElement>(MARKS) : null;
    if (!mark || !this.#chart.contains(mark)) return;
    if (trigger instanceof PointerEvent && mark.matches(":hover")) {
      const { clientX, clientY, pointerType } = trigger;
      mark.dispatchEvent(new PointerEvent("pointerenter", { clientX, clientY, pointerType }));
    } else if (trigger instanceof FocusEvent) {
      // Arrow keys may have moved focus to another period while this code loaded: show the one focused now.
      const focused = document.activeElement?.closest<SVGElement>(MARKS);
      if (focused && this.#chart.contains(focused)) focused.dispatchEvent(new FocusEvent("focus"));
    }
  }
}
