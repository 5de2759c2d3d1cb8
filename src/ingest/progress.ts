/** A one-line progress report on a terminal, shown only for work that takes over a second. */
export function createProgress(stream: NodeJS.WriteStream, delayMs = 1000) {
  const started = Date.now();
  let lastDraw = 0;
  let shown = false;
  return {
    update: (done: number, total: number, pass = 'importing') => {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - started < delayMs || now - lastDraw < 100) return;
      lastDraw = now;
      shown = true;
      const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
      const mb = (done / 1048576).toFixed(1);
      stream.write(`\r\x1b[2K${pass}… ${percent}% (${mb} MB)`);
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
