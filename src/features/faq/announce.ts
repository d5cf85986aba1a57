/** A function that says something to screen-reader users through a polite live region. */
export type Announce = (message: string) => void;

/** A polite live region; clearing it first makes a repeated message ("Link copied") be read again. */
export function announcer(region: HTMLElement | null): Announce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    if (!region) return;
    region.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(() => (region.textContent = message), 50);
  };
}
