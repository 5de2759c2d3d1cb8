import { hash } from 'node:crypto';

/** The SHA-256 of `text` in base64url, cut to its first `length` characters when given. */
export function sha256Base64url(text: string, length?: number): string {
  const digest = hash('sha256', text, 'base64url');
  return length === undefined ? digest : digest.slice(0, length);
}
