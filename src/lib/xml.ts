/** Characters XML 1.0 does not allow anywhere in a document. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe to put in an XML document: characters XML forbids are dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

// Named entities: some feed parsers leave numeric references undecoded.
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/[<>&'"]/gu, (char) => ENTITIES[char] ?? char);
}
