/**
 * On the 404 page: an address under /periods/ or /countries/ typed with capitals (`/periods/2020-H2/`,
 * `/countries/DE/`) is sent on to its lower-case form, where the page is. Hosts that can lower-case in a
 * rule do it before this page is ever served (docs/hosting.md); this covers those that cannot, such as
 * Netlify. An external module, so the strict CSP needs no exception. The lower-case address is tried once:
 * if it is missing too, this page shows again with nothing left to change.
 */
const { pathname, search, hash } = location;
if (/^\/(?:periods|countries)\//i.test(pathname) && pathname !== pathname.toLowerCase()) {
  location.replace(`${pathname.toLowerCase()}${search}${hash}`);
}
