/** A problem with one dump file, reported as `file: message` without a stack trace. */
export class DumpError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'DumpError';
    this.file = file;
  }
}
