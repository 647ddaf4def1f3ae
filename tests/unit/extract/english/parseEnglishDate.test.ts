import { describe, expect, it } from 'vitest';
import { parseEnglishDate } from '../../../../scripts/extract/english/parseEnglishDate.ts';

const dateOf = (text: string, article: string | null = '2023-06-10') => {
  const r = parseEnglishDate(text, article);
  return r.ok ? [r.value.start, r.value.end, r.value.precision] : r.reason;
};

describe('parseEnglishDate', () => {
  it('reads month-day-year as Xinhua, China Daily and AP write it', () => {
    expect(dateOf('Cyclists ride in Guilin, June 3, 2023.')).toEqual(['2023-06-03', null, 'day']);
    expect(dateOf('Ferries in Zhoushan, Sept. 9, 2021.')).toEqual(['2021-09-09', null, 'day']);
    expect(dateOf('Rain in Fuzhou on Jun 2.')).toEqual(['2023-06-02', null, 'day']);
    expect(dateOf('A fair in Yiwu, China October 2, 2022 REUTERS')).toEqual(['2022-10-02', null, 'day']);
    expect(dateOf('Snow in Jilin, Friday, Jan. 5, 2024.')).toEqual(['2024-01-05', null, 'day']);
  });

  it('reads day-month-year as EPA and British papers write it', () => {
    expect(dateOf('Snow in Harbin, 12 January 2024.')).toEqual(['2024-01-12', null, 'day']);
    expect(dateOf('A show on 3 June.')).toEqual(['2023-06-03', null, 'day']);
  });

  it('reads ranges', () => {
    expect(dateOf('An expo in Xiamen, Sept. 8-11, 2022.')).toEqual(['2022-09-08', '2022-09-11', 'day']);
    expect(dateOf('A fair, Jan. 30 to Feb. 2, 2023.')).toEqual(['2023-01-30', '2023-02-02', 'day']);
    expect(dateOf('A festival, Dec. 30, 2022 to Jan. 3, 2023.')).toEqual(['2022-12-30', '2023-01-03', 'day']);
    expect(dateOf('Held from May 18 to 21.')).toEqual(['2023-05-18', '2023-05-21', 'day']);
    expect(dateOf('Held Dec. 30-Jan. 2.', '2023-01-03')).toEqual(['2022-12-30', '2023-01-02', 'day']);
  });

  it('rolls a missing year back across New Year, as the Chinese rules do', () => {
    expect(dateOf('A beach in Sanya, Dec. 29.', '2024-01-03')).toEqual(['2023-12-29', null, 'day']);
    expect(dateOf('A launch, Jan. 8.', '2024-01-03')).toEqual(['2024-01-08', null, 'day']);
  });

  it('reads weekdays as the latest such day on or before the article day', () => {
    expect(dateOf('A market in Wuhan on Monday.', '2023-06-10')).toEqual(['2023-06-05', null, 'day']);
    expect(dateOf('A market in Wuhan on Saturday.', '2023-06-10')).toEqual(['2023-06-10', null, 'day']);
    expect(dateOf('Fireworks on Sunday.', '2024-01-01')).toEqual(['2023-12-31', null, 'day']);
  });

  it('reads months and years at their precision', () => {
    expect(dateOf('Photo taken in June 2021 shows terraces.')).toEqual(['2021-06', null, 'month']);
    expect(dateOf('Photo taken in late July 2022 shows a flood.')).toEqual(['2022-07', null, 'month']);
    expect(dateOf('Photo taken in March shows blossoms.')).toEqual(['2023-03', null, 'month']);
    expect(dateOf('Aerial photo taken in 2019 shows a bridge.')).toEqual(['2019', null, 'year']);
    expect(dateOf('A view taken on 2022-08-01.')).toEqual(['2022-08-01', null, 'day']);
  });

  it('prefers the finest date, then the first', () => {
    expect(dateOf('Photo taken on July 5, 2021 shows a hall built in 1990.')).toEqual(['2021-07-05', null, 'day']);
    expect(dateOf('In 2019 a photo taken on May 2, 2019 in June')).toEqual(['2019-05-02', null, 'day']);
  });

  it("leaves out dates that are not the photo's", () => {
    expect(dateOf('A site listed since 1987.')).toBe('no-date');
    expect(dateOf('A temple built in 1420.')).toBe('no-date');
    expect(dateOf('Output as of May 31.')).toBe('no-date');
    expect(dateOf('The 2023 World Expo opens.')).toBe('no-date');
    expect(dateOf('A target for 2035, set in 2035.')).toBe('no-date');
    expect(dateOf('File photo shows a skyline.')).toBe('no-date');
    expect(dateOf('He may visit.')).toBe('no-date');
  });

  it('never guesses a year without the article date', () => {
    expect(dateOf('Tourists in Lijiang, Oct. 1.', null)).toBe('year-unknown');
    expect(dateOf('Tourists in Lijiang, Oct. 1, 2023.', null)).toEqual(['2023-10-01', null, 'day']);
  });

  it('gives the date as written and where it is', () => {
    const text = 'A farmer in Huozhou, Oct. 1, 2022.';
    const r = parseEnglishDate(text, null);
    expect(r.ok && r.value.written).toBe('Oct. 1, 2022');
    expect(r.ok && text.slice(r.value.index, r.value.index + r.value.length)).toBe('Oct. 1, 2022');
  });
});
