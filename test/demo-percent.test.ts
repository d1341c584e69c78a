import { describe, expect, it } from 'vitest';
import { demoPercentText } from '../shared/mostly-demo.js';

describe('a demo share in percent', () => {
  it('is whole, but never all or none of it when it is not', () => {
    expect([1, 0, 0.5, 0.994, 0.006].map(demoPercentText)).toEqual(['100', '0', '50', '99', '1']);
    // Guangxi's certified workers, 99.76% demo: 100 would hide the registered ones.
    expect(demoPercentText(0.9976)).toBe('99.8');
    expect(demoPercentText(0.9998)).toBe('>99.9');
    expect(demoPercentText(0.002)).toBe('0.2');
    expect(demoPercentText(0.0004)).toBe('<0.1');
    // Not across the half above which a value rests mostly on demo, whose words go with it.
    expect([0.496, 0.4999, 0.5, 0.504].map(demoPercentText)).toEqual(['49.6', '<50', '50', '50']);
  });
});
