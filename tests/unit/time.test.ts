import { describe, expect, it } from 'vitest';
import { formatTime, parseClockTime } from '@/utils/time';

describe('formatTime', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [162, '2:42'],
    [599.9, '9:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
  ])('%s seconds reads %s', (seconds, text) => {
    expect(formatTime(seconds)).toBe(text);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['2:42', 162],
    ['0:00', 0],
    ['12:05', 725],
    ['1:02:03', 3723],
    ['90:00', 5400],
  ])('%s is %s seconds', (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });
  it.each(['2:60', '1:60:00', '2:4', 'a:bc', '', '1:2:3:4'])('%s is not a time', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
  it('round-trips every formatted second', () => {
    for (let s = 0; s < 4000; s += 7) expect(parseClockTime(formatTime(s))).toBe(s);
  });
});
