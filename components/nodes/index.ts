/**
 * The node and edge components of a journey map. They render from their `data` alone,
 * so a read-only React Flow (version view, print) can use them without the editor store.
 */
export { nodeTypes } from './node-types';
export { edgeTypes, JourneyEdge } from './journey-edge';
export { StageNode } from './stage-node';
export { TouchpointNode } from './touchpoint-node';
export { MilestoneNode } from './milestone-node';
export { PersonaNode } from './persona-node';
export { NoteNode } from './note-node';
export { ChannelIcon } from './channel-icon';
export * from './describe';
