import { describe, expect, it } from '@jest/globals';
import { exportUrl, fileNameOf } from './paths';

describe('export addresses and file names', () => {
  it('asks for one commune’s part of a draft with the commune query parameter', () => {
    expect(exportUrl('DRAFT', 's1', 'xlsx', '82112')).toBe('/exports/schemes/s1/xlsx?commune=82112');
    expect(exportUrl('VERSION', 'v1', 'docx')).toBe('/exports/versions/v1/docx');
  });

  it('takes the UTF-8 file name first, then the plain one, then the fallback', () => {
    expect(fileNameOf(`attachment; filename="fiche-e.xlsx"; filename*=UTF-8''fiche-%C3%A9.xlsx`, 'x.xlsx')).toBe('fiche-é.xlsx');
    expect(fileNameOf('attachment; filename="rapport.docx"', 'x.docx')).toBe('rapport.docx');
    expect(fileNameOf(null, 'mutualis.csv')).toBe('mutualis.csv');
  });
});
