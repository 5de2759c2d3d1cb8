import { describe, expect, test } from 'vitest';
import { parseArticleFile } from '../src/ingest/article-file.ts';
import { planWrite } from '../src/ingest/plan-write.ts';
import type { ImportedArticleData } from '../src/schema/article.ts';

const imported = (images: ImportedArticleData['images'], body = 'Body text.\n'): [ImportedArticleData, string] => [
  { title: 'Harbour Reopens', slug: 'harbour-reopens', lang: 'en', images, tags: ['Beirut'], source: { file: 'd.txt', position: 1 } },
  body,
];

/** The file as an editor left it: imported, then given a photo file and alt text. */
function editedFile(): string {
  const [data, body] = imported([{ caption: 'Cranes at the port.', credit: 'AFP' }]);
  const created = planWrite(null, data, body, { force: false }).text ?? '';
  return created.replace('    credit: AFP\n', '    credit: AFP\n    src: ./cranes.jpg\n    alt: Two cranes\n');
}

describe('planWrite keeps what editors add to photos', () => {
  test('adding an image file and alt text is not an edit of imported text', () => {
    const [data, body] = imported([{ caption: 'Cranes at the port.', credit: 'AFP' }]);
    expect(planWrite(editedFile(), data, body, { force: false }).outcome).toBe('unchanged');
  });

  test('when the dump gains a photo, the editor’s file stays with its caption', () => {
    const [data, body] = imported([
      { caption: 'Ships wait offshore.', credit: 'Reuters' },
      { caption: 'Cranes at the port.', credit: 'AFP' },
    ]);
    const plan = planWrite(editedFile(), data, body, { force: false });
    expect(plan.outcome).toBe('updated');
    const images = parseArticleFile(plan.text ?? '')?.frontMatter.toJS().images;
    expect(images).toEqual([
      { caption: 'Ships wait offshore.', credit: 'Reuters' },
      { caption: 'Cranes at the port.', credit: 'AFP', src: './cranes.jpg', alt: 'Two cranes' },
    ]);
  });
});
