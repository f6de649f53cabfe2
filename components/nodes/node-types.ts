import type { NodeTypes } from '@xyflow/react';
import { MilestoneNode } from './milestone-node';
import { NoteNode } from './note-node';
import { PersonaNode } from './persona-node';
import { StageNode } from './stage-node';
import { TouchpointNode } from './touchpoint-node';

/**
 * One component per node kind, declared once at module scope: a new object on every
 * render would make React Flow re-mount every node.
 */
export const nodeTypes = {
  stage: StageNode,
  touchpoint: TouchpointNode,
  milestone: MilestoneNode,
  persona: PersonaNode,
  note: NoteNode,
} satisfies NodeTypes;
