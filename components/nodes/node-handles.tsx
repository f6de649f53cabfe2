import { Handle, Position } from '@xyflow/react';

/**
 * Where connections start (right) and end (left). The handles are small and quiet until
 * the node is hovered or selected, so a read-only map shows no controls.
 */
export function NodeHandles({ top }: { top?: number }) {
  const style = top === undefined ? undefined : { top };
  return (
    <>
      <Handle type="target" position={Position.Left} className="journey-handle" style={style} />
      <Handle type="source" position={Position.Right} className="journey-handle" style={style} />
    </>
  );
}
