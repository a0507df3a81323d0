import { describe, expect, it } from 'vitest';
import { median, performanceFloor } from './lighthouse-run';

describe('performanceFloor', () => {
  it('holds desktop to 0.9 whatever the bare page scores', () => {
    expect(performanceFloor('desktop', [0.5, 0.6, 0.7], 0.08).min).toBe(0.9);
  });
  it('holds mobile to 0.98 where the bare Next.js page reaches 0.98', () => {
    expect(performanceFloor('mobile', [0.98, 0.99, 1], 0.05).min).toBe(0.98);
    expect(performanceFloor('mobile', [0.97, 0.98, 0.99], 0.05).min).toBe(0.98);
  });
  it('holds mobile to the bare page median minus the margin where the bare page itself is under 0.98', () => {
    const floor = performanceFloor('mobile', [0.86, 0.94, 0.91], 0.05);
    expect(floor.min).toBe(0.86);
    expect(floor.why).toContain('91');
    expect(performanceFloor('mobile', [0.97, 0.97, 0.97], 0.05).min).toBe(0.92);
  });
  it('holds mobile to 0.98 with no bare runs', () => {
    expect(performanceFloor('mobile', [], 0.05).min).toBe(0.98);
  });
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
