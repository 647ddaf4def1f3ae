import { expect, test } from 'vitest';
import { en, zh } from '../../../src/i18n/strings.ts';

test('both languages have every key, and counts read naturally', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  expect(zh.eventCount(12345, 12345)).toBe('12,345 个事件');
  expect(en.eventCount(3, 10)).toBe('3 of 10 events');
});
