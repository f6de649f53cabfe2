import { Position } from '@xyflow/react';

/** A node's box on the canvas; `sideY` is how far down its left and right connection points sit. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
  sideY: number;
}

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/**
 * Where an arrow between two nodes starts and ends. Side by side, it runs from the facing
 * sides (the usual left-to-right reading). Stacked in one column, as steps in a lane are,
 * it runs from the bottom of the upper box to the top of the lower one: drawn from the
 * right side to the left side instead, it would loop back across both boxes.
 */
export function edgeEnds(source: NodeBox, target: NodeBox): EdgeEnds {
  const apart = target.x >= source.x + source.width || source.x >= target.x + target.width;
  if (apart) {
    const forward = target.x >= source.x + source.width;
    return {
      sourceX: forward ? source.x + source.width : source.x,
      sourceY: source.y + source.sideY,
      sourcePosition: forward ? Position.Right : Position.Left,
      targetX: forward ? target.x : target.x + target.width,
      targetY: target.y + target.sideY,
      targetPosition: forward ? Position.Left : Position.Right,
    };
  }
  const down = target.y + target.height / 2 >= source.y + source.height / 2;
  return {
    sourceX: source.x + source.width / 2,
    sourceY: down ? source.y + source.height : source.y,
    sourcePosition: down ? Position.Bottom : Position.Top,
    targetX: target.x + target.width / 2,
    targetY: down ? target.y : target.y + target.height,
    targetPosition: down ? Position.Top : Position.Bottom,
  };
}
