import { describe, expect, it } from 'vitest';
import { edgeEnds, type NodeBox } from './edge-ends';

const box = (x: number, y: number, width = 240, height = 120, sideY = height / 2): NodeBox => ({ x, y, width, height, sideY });

describe('edgeEnds', () => {
  it('joins boxes side by side from the right side to the left side', () => {
    expect(edgeEnds(box(0, 0), box(400, 80))).toEqual({
      sourceX: 240,
      sourceY: 60,
      sourcePosition: 'right',
      targetX: 400,
      targetY: 140,
      targetPosition: 'left',
    });
  });

  it('runs an arrow back to the left from the left side to the right side', () => {
    expect(edgeEnds(box(400, 0), box(0, 0))).toMatchObject({ sourceX: 400, sourcePosition: 'left', targetX: 240, targetPosition: 'right' });
  });

  it('joins boxes stacked in one column from the bottom of the upper to the top of the lower', () => {
    expect(edgeEnds(box(0, 0), box(10, 200))).toEqual({
      sourceX: 120,
      sourceY: 120,
      sourcePosition: 'bottom',
      targetX: 130,
      targetY: 200,
      targetPosition: 'top',
    });
    expect(edgeEnds(box(0, 200), box(0, 0))).toMatchObject({ sourceY: 200, sourcePosition: 'top', targetY: 120, targetPosition: 'bottom' });
  });

  it("uses a stage's own connection height when side by side", () => {
    expect(edgeEnds(box(0, 0, 600, 400, 44), box(700, 0, 600, 400, 44))).toMatchObject({ sourceY: 44, targetY: 44 });
  });
});
