import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../bots/lark/work-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('the processing queue', () => {
  it('keeps one person’s messages in order, runs others alongside, and never more than the cap at once', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue((e) => errors.push(e), 3);
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const job = (name: string, steps: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 0; i < steps; i++) await tick();
      log.push(name);
      running--;
    };
    queue.push('a', job('a1', 5));
    queue.push('a', job('a2', 1));
    for (let i = 0; i < 6; i++) queue.push(`p${i}`, job(`p${i}`, 2));
    queue.push('b', async () => {
      throw new Error('boom');
    });
    queue.push('b', job('b2', 1));
    await queue.idle();
    expect(log.indexOf('a1')).toBeLessThan(log.indexOf('a2'));
    expect(log).toHaveLength(9);
    expect(peak).toBe(3);
    expect(errors).toHaveLength(1);
    expect(queue.size).toBe(0);
  });
});
