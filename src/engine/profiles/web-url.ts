/** What looks like an address written without its start: www.krisesenter.no, krisesenter.no/hjelp. */
const BARE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/**
 * Why a profile's url cannot be a link, or undefined when it can. Only web pages: a link on a
 * card opens whatever it names, and `javascript:` or `file:` there would run or open something
 * on the user's device instead of a service's page.
 */
export function webUrlProblem(value: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '') return undefined;
  if (BARE_HOST.test(value)) return `"${value}" is not a whole address: write the whole address, starting with https:// (https://${value})`;
  if (url && url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `"${value}" is not a web page: only addresses starting with https:// (or http://) can be links — write the service's web page`;
  }
  return `"${value}" is not a web address: write the whole address, starting with https://`;
}
