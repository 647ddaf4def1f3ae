import { expect, test } from 'vitest';
import { displayCaption } from '../../../src/data/displayCaption.ts';

test('lists and tooltips show a caption without its leading arrow, and nothing else changes', () => {
  expect(displayCaption('↑ 江苏省张家港市永联村（2020 年 6 月 19 日摄）。')).toBe(
    '江苏省张家港市永联村（2020 年 6 月 19 日摄）。',
  );
  expect(displayCaption('↑2022 年 1 月 26 日，某地')).toBe('2022 年 1 月 26 日，某地');
  expect(displayCaption('8 月 17 日，↑ 不是开头')).toBe('8 月 17 日，↑ 不是开头');
});
