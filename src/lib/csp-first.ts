const CSP_META = '<meta http-equiv="content-security-policy"';
const CHARSET_META = /^\s*<meta charset="[^"]*"\s*\/?>/iu;

/**
 * The page with its Content-Security-Policy meta tag moved to the start of `<head>`, right after
 * `<meta charset>` (which must stay in the first 1024 bytes). Astro writes the tag at the end
 * of `<head>`, after the title, metadata and JSON-LD; a policy applies only to what follows it,
 * so an escaping bug in those would otherwise run without it. Linear: a few `indexOf` calls.
 */
export function withCspMetaFirst(html: string): string {
  const start = html.indexOf(CSP_META);
  const headStart = html.indexOf('<head>');
  if (start < 0 || headStart < 0 || start < headStart) return html;
  const end = html.indexOf('>', start) + 1;
  const meta = html.slice(start, end);
  const withoutMeta = html.slice(0, start) + html.slice(end);
  const afterHead = headStart + '<head>'.length;
  const charset = CHARSET_META.exec(withoutMeta.slice(afterHead, afterHead + 200))?.[0] ?? '';
  const at = afterHead + charset.length;
  return withoutMeta.slice(0, at) + meta + withoutMeta.slice(at);
}
