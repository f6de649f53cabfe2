import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import { createNode } from '../journey/defaults';
import type { LayoutResult } from '../journey/layout';
import {
  edgeDataSchema,
  metaSchema,
  nodeDataSchemas,
  type EdgeData,
  type JourneyDocument,
  type JourneyEdge,
  type JourneyMeta,
  type JourneyNode,
  type NodeDataOfKind,
  type NodeKind,
  type Position,
} from '../journey/schema';
import { problemsFromZod, type ValidationProblem } from '../journey/validate';
import { edgeToY, edgesMap, metaMap, nodeToY, nodesMap, writeDocument, yToEdge, yToNode, type YNode } from '../collab/ydoc';
import { copyNodes, pasteNodes, withContainedNodes, type ClipboardContent } from './clipboard';
import { effectiveParent, nodeSize, toFlowEdge, toFlowNode, type JourneyFlowEdge, type JourneyFlowNode, type NodeUiState } from './flow';
import { idFor } from './ids';

/**
 * The editor store: one per editor instance. It holds a reactive mirror of the Yjs
 * document (re-reading only what a transaction touched, so unchanged nodes keep their
 * object identity and their memoised components do not re-render) plus UI state, and
 * offers every edit as an action that writes to Yjs in one transaction with this
 * editor's own origin. Undo/redo is a Y.UndoManager that tracks only that origin, so a
 * user undoes their own edits and never a teammate's.
 */

export interface EditorActions {
  onNodesChange(changes: NodeChange<JourneyFlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<JourneyFlowEdge>[]): void;
  connect(connection: Pick<Connection, 'source' | 'target'>): string | null;
  /** Adds a node at an absolute canvas position; dropped onto a stage it joins that stage. */
  addNode<K extends NodeKind>(kind: K, position: Position, data?: Partial<NodeDataOfKind<K>>): string;
  /** Validates and writes some fields of a node's data; returns the problems (none = written). */
  updateNodeData(id: string, patch: Record<string, unknown>): ValidationProblem[];
  updateEdgeData(id: string, patch: Partial<Record<keyof EdgeData, unknown>>): ValidationProblem[];
  setMapName(name: string): ValidationProblem[];
  setMapDescription(description: string): ValidationProblem[];
  /** Writes positions (relative to each node's current parent), re-parenting nodes that now sit on another stage. */
  commitPositions(moves: ReadonlyArray<{ id: string; position: Position }>): void;
  resizeStage(id: string, rect: { x: number; y: number; width: number; height: number }): void;
  nudgeSelection(dx: number, dy: number): void;
  deleteSelection(): void;
  deleteElements(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  copySelection(): boolean;
  paste(): string[];
  duplicateSelection(): string[];
  select(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  selectAll(): void;
  clearSelection(): void;
  applyLayout(layout: LayoutResult): void;
  /** Makes the document equal to `doc` as one undoable change (version restore). */
  replaceDocument(doc: JourneyDocument): void;
  undo(): void;
  redo(): void;
  setSnapToGrid(on: boolean): void;
}

export interface EditorState {
  meta: JourneyMeta;
  /** Stages first, then the other nodes, in document order. */
  nodes: JourneyNode[];
  nodeById: ReadonlyMap<string, JourneyNode>;
  edges: JourneyEdge[];
  edgeById: ReadonlyMap<string, JourneyEdge>;
  flowNodes: JourneyFlowNode[];
  flowEdges: JourneyFlowEdge[];
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  canUndo: boolean;
  canRedo: boolean;
  hasClipboard: boolean;
  snapToGrid: boolean;
  actions: EditorActions;
}

export type EditorStore = StoreApi<EditorState> & {
  ydoc: Y.Doc;
  /** The transaction origin of this editor's own edits. */
  origin: object;
  undoManager: Y.UndoManager;
  /** Sizes the canvas measured, for auto-layout. */
  measuredSizes(): Map<string, { width: number; height: number }>;
  destroy(): void;
};

export interface EditorStoreOptions {
  /** Edits within this many ms merge into one undo step (typing a word). */
  captureTimeout?: number;
  snapToGrid?: boolean;
}

export const GRID_SIZE = 16;
const PASTE_OFFSET = 32;

export function createEditorStore(ydoc: Y.Doc, options: EditorStoreOptions = {}): EditorStore {
  const origin = { editor: 'loopmap-local' };
  const yNodes = nodesMap(ydoc);
  const yEdges = edgesMap(ydoc);
  const yMeta = metaMap(ydoc);
  const undoManager = new Y.UndoManager([yMeta, yNodes, yEdges], {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 500,
  });

  // ---- the mirror -------------------------------------------------------------------
  let nodeById = new Map<string, JourneyNode>();
  let edgeById = new Map<string, JourneyEdge>();
  yNodes.forEach((entry, id) => nodeById.set(id, yToNode(id, entry)));
  yEdges.forEach((entry, id) => edgeById.set(id, yToEdge(id, entry)));

  const dirtyNodes = new Set<string>();
  const dirtyEdges = new Set<string>();
  let metaDirty = false;
  let uiDirty = false;

  // ---- UI state layered over the document --------------------------------------------
  const nodeUi = new Map<string, NodeUiState>();
  let selectedEdges = new Set<string>();
  let clipboard: ClipboardContent | null = null;
  let pasteCount = 0;

  const flowNodeCache = new Map<string, { node: JourneyNode; parent: string | undefined; ui: NodeUiState | undefined; flow: JourneyFlowNode }>();
  const flowEdgeCache = new Map<string, { edge: JourneyEdge; selected: boolean; flow: JourneyFlowEdge }>();

  function orderedNodes(): JourneyNode[] {
    const stages: JourneyNode[] = [];
    const others: JourneyNode[] = [];
    for (const node of nodeById.values()) (node.kind === 'stage' ? stages : others).push(node);
    return [...stages, ...others];
  }

  function readMeta(): JourneyMeta {
    return {
      name: (yMeta.get('name') as string | undefined) ?? 'Untitled map',
      description: (yMeta.get('description') as string | undefined) ?? '',
    };
  }

  function buildFlowNodes(nodes: JourneyNode[]): JourneyFlowNode[] {
    const stageIds = new Set<string>();
    for (const n of nodes) if (n.kind === 'stage') stageIds.add(n.id);
    const seen = new Set<string>();
    const flow = nodes.map((node) => {
      seen.add(node.id);
      const parent = effectiveParent(node, stageIds);
      const ui = nodeUi.get(node.id);
      const cached = flowNodeCache.get(node.id);
      if (cached && cached.node === node && cached.parent === parent && cached.ui === ui) return cached.flow;
      const next = toFlowNode(node, parent, ui);
      flowNodeCache.set(node.id, { node, parent, ui, flow: next });
      return next;
    });
    for (const id of flowNodeCache.keys()) if (!seen.has(id)) flowNodeCache.delete(id);
    return flow;
  }

  function buildFlowEdges(edges: JourneyEdge[]): JourneyFlowEdge[] {
    const seen = new Set<string>();
    const flow: JourneyFlowEdge[] = [];
    for (const edge of edges) {
      if (!nodeById.has(edge.source) || !nodeById.has(edge.target)) continue;
      seen.add(edge.id);
      const selected = selectedEdges.has(edge.id);
      const cached = flowEdgeCache.get(edge.id);
      if (cached && cached.edge === edge && cached.selected === selected) {
        flow.push(cached.flow);
        continue;
      }
      const next = toFlowEdge(edge, selected);
      flowEdgeCache.set(edge.id, { edge, selected, flow: next });
      flow.push(next);
    }
    for (const id of flowEdgeCache.keys()) if (!seen.has(id)) flowEdgeCache.delete(id);
    return flow;
  }

  function selectedNodeIdList(): string[] {
    const ids: string[] = [];
    for (const [id, ui] of nodeUi) if (ui.selected && nodeById.has(id)) ids.push(id);
    return ids;
  }

  /** Pushes whatever changed (document or UI) into the zustand state in one update. */
  function flush() {
    const docChanged = dirtyNodes.size > 0 || dirtyEdges.size > 0 || metaDirty;
    if (!docChanged && !uiDirty) return;
    const patch: Partial<EditorState> = {};
    if (dirtyNodes.size > 0) {
      nodeById = new Map(nodeById);
      for (const id of dirtyNodes) {
        const entry = yNodes.get(id);
        if (entry) nodeById.set(id, yToNode(id, entry));
        else {
          nodeById.delete(id);
          nodeUi.delete(id);
        }
      }
      patch.nodeById = nodeById;
    }
    if (dirtyEdges.size > 0) {
      edgeById = new Map(edgeById);
      for (const id of dirtyEdges) {
        const entry = yEdges.get(id);
        if (entry) edgeById.set(id, yToEdge(id, entry));
        else {
          edgeById.delete(id);
          selectedEdges.delete(id);
        }
      }
      patch.edgeById = edgeById;
    }
    if (metaDirty) {
      const meta = readMeta();
      const prev = store.getState().meta;
      if (meta.name !== prev.name || meta.description !== prev.description) patch.meta = meta;
    }
    const nodes = dirtyNodes.size > 0 ? orderedNodes() : store.getState().nodes;
    const edges = dirtyEdges.size > 0 ? Array.from(edgeById.values()) : store.getState().edges;
    if (dirtyNodes.size > 0) patch.nodes = nodes;
    if (dirtyEdges.size > 0) patch.edges = edges;
    patch.flowNodes = buildFlowNodes(nodes);
    patch.flowEdges = buildFlowEdges(edges);
    patch.selectedNodeIds = sameList(store.getState().selectedNodeIds, selectedNodeIdList());
    patch.selectedEdgeIds = sameList(store.getState().selectedEdgeIds, Array.from(selectedEdges).filter((id) => edgeById.has(id)));
    dirtyNodes.clear();
    dirtyEdges.clear();
    metaDirty = false;
    uiDirty = false;
    store.setState(patch);
  }

  function sameList(prev: string[], next: string[]): string[] {
    return prev.length === next.length && prev.every((id, i) => id === next[i]) ? prev : next;
  }

  function setUi(id: string, patch: Partial<NodeUiState>) {
    const prev = nodeUi.get(id) ?? { selected: false };
    nodeUi.set(id, { ...prev, ...patch });
    uiDirty = true;
  }

  function clearOverrides(id: string) {
    const prev = nodeUi.get(id);
    if (!prev || (prev.position === undefined && prev.size === undefined && !prev.dragging)) return;
    nodeUi.set(id, { selected: prev.selected, measured: prev.measured });
    uiDirty = true;
  }

  const onNodesDeep = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === yNodes) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirtyNodes.add(key);
      else dirtyNodes.add(String(event.path[0]));
    }
  };
  const onEdgesDeep = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === yEdges) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirtyEdges.add(key);
      else dirtyEdges.add(String(event.path[0]));
    }
  };
  const onMeta = () => {
    metaDirty = true;
  };
  yNodes.observeDeep(onNodesDeep);
  yEdges.observeDeep(onEdgesDeep);
  yMeta.observe(onMeta);
  // Observers run before afterTransaction, so by now every touched id is known.
  ydoc.on('afterTransaction', flush);

  const updateUndoFlags = () => {
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    const state = store.getState();
    if (state.canUndo !== canUndo || state.canRedo !== canRedo) store.setState({ canUndo, canRedo });
  };
  undoManager.on('stack-item-added', updateUndoFlags);
  undoManager.on('stack-item-popped', updateUndoFlags);
  undoManager.on('stack-cleared', updateUndoFlags);

  // ---- helpers over the document -----------------------------------------------------
  function transact(fn: () => void) {
    ydoc.transact(fn, origin);
  }

  /** A discrete action (add, delete, paste…) is its own undo step. */
  function discrete(fn: () => void) {
    undoManager.stopCapturing();
    transact(fn);
    undoManager.stopCapturing();
  }

  function stageOf(node: JourneyNode): JourneyNode | undefined {
    if (node.parentId === undefined) return undefined;
    const parent = nodeById.get(node.parentId);
    return parent?.kind === 'stage' ? parent : undefined;
  }

  function absolutePosition(node: JourneyNode, positions?: ReadonlyMap<string, Position>): Position {
    const own = positions?.get(node.id) ?? node.position;
    const parent = stageOf(node);
    if (!parent) return own;
    const parentPos = positions?.get(parent.id) ?? parent.position;
    return { x: parentPos.x + own.x, y: parentPos.y + own.y };
  }

  /** The topmost stage whose area holds `point`, if any. */
  function stageAt(point: Position, positions?: ReadonlyMap<string, Position>): JourneyNode | undefined {
    const stages = orderedNodes().filter((n) => n.kind === 'stage');
    for (let i = stages.length - 1; i >= 0; i--) {
      const stage = stages[i];
      if (stage.kind !== 'stage') continue;
      const pos = positions?.get(stage.id) ?? stage.position;
      if (point.x >= pos.x && point.x <= pos.x + stage.data.width && point.y >= pos.y && point.y <= pos.y + stage.data.height) return stage;
    }
    return undefined;
  }

  function sizeOf(node: JourneyNode) {
    return nodeSize(node, nodeUi.get(node.id)?.measured);
  }

  /** Where a non-stage node at absolute `abs` belongs: its stage and its position there. */
  function placement(node: JourneyNode, abs: Position, positions?: ReadonlyMap<string, Position>) {
    const size = sizeOf(node);
    const stage = node.kind === 'stage' ? undefined : stageAt({ x: abs.x + size.width / 2, y: abs.y + size.height / 2 }, positions);
    if (!stage) return { parentId: undefined, position: abs };
    const stagePos = positions?.get(stage.id) ?? stage.position;
    return { parentId: stage.id, position: { x: abs.x - stagePos.x, y: abs.y - stagePos.y } };
  }

  function writePlacement(entry: YNode, parentId: string | undefined, position: Position) {
    const current = entry.get('position') as Position | undefined;
    if (!current || current.x !== position.x || current.y !== position.y) entry.set('position', { x: position.x, y: position.y });
    if (entry.get('parentId') !== parentId) {
      if (parentId === undefined) entry.delete('parentId');
      else entry.set('parentId', parentId);
    }
  }

  function insertContent(content: ClipboardContent): string[] {
    const ids: string[] = [];
    discrete(() => {
      for (const node of content.nodes) {
        let placed = node;
        if (node.parentId === undefined && node.kind !== 'stage') {
          const where = placement(node, node.position);
          placed = { ...node, position: where.position } as JourneyNode;
          if (where.parentId !== undefined) placed.parentId = where.parentId;
        }
        yNodes.set(placed.id, nodeToY(placed));
        ids.push(placed.id);
      }
      for (const edge of content.edges) yEdges.set(edge.id, edgeToY(edge));
    });
    selectOnly(ids, []);
    return ids;
  }

  function selectOnly(nodeIds: readonly string[], edgeIds: readonly string[]) {
    const wanted = new Set(nodeIds);
    for (const [id, ui] of nodeUi) if (ui.selected && !wanted.has(id)) setUi(id, { selected: false });
    for (const id of wanted) if (!nodeUi.get(id)?.selected) setUi(id, { selected: true });
    selectedEdges = new Set(edgeIds);
    uiDirty = true;
    flush();
  }

  function applyPatch(target: Y.Map<unknown>, patch: Record<string, unknown>) {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) {
        if (target.has(key)) target.delete(key);
      } else if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) {
        target.set(key, value);
      }
    }
  }

  function selectionRoots(): string[] {
    // A node inside a selected stage moves with the stage; moving it too would move it twice.
    const selected = new Set(selectedNodeIdList());
    return Array.from(selected).filter((id) => {
      const parent = nodeById.get(id)?.parentId;
      return parent === undefined || !selected.has(parent);
    });
  }

  // ---- actions -----------------------------------------------------------------------
  const actions: EditorActions = {
    onNodesChange(changes) {
      const resizing = changes.some((c) => c.type === 'dimensions' && c.resizing === true);
      const commits: Array<{ id: string; position: Position }> = [];
      for (const change of changes) {
        switch (change.type) {
          case 'position':
            if (!change.position || !nodeById.has(change.id)) break;
            if (change.dragging || resizing) setUi(change.id, { position: change.position, dragging: !!change.dragging });
            else commits.push({ id: change.id, position: change.position });
            break;
          case 'dimensions':
            if (!change.dimensions || !nodeById.has(change.id)) break;
            if (change.resizing === true) setUi(change.id, { size: change.dimensions });
            else if (change.resizing === false) {
              const ui = nodeUi.get(change.id);
              const node = nodeById.get(change.id)!;
              const pos = ui?.position ?? node.position;
              actions.resizeStage(change.id, { ...pos, ...change.dimensions });
            } else {
              const prev = nodeUi.get(change.id)?.measured;
              if (!prev || prev.width !== change.dimensions.width || prev.height !== change.dimensions.height) {
                setUi(change.id, { measured: change.dimensions });
              }
            }
            break;
          case 'select':
            if (nodeById.has(change.id) && (nodeUi.get(change.id)?.selected ?? false) !== change.selected) setUi(change.id, { selected: change.selected });
            break;
          // Removal goes through deleteSelection (one transaction for nodes and edges).
          default:
            break;
        }
      }
      if (commits.length > 0) actions.commitPositions(commits);
      else flush();
    },

    onEdgesChange(changes) {
      let changed = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected && !selectedEdges.has(change.id)) {
          selectedEdges = new Set(selectedEdges).add(change.id);
          changed = true;
        } else if (!change.selected && selectedEdges.has(change.id)) {
          selectedEdges = new Set(selectedEdges);
          selectedEdges.delete(change.id);
          changed = true;
        }
      }
      if (changed) {
        uiDirty = true;
        flush();
      }
    },

    connect({ source, target }) {
      if (!source || !target || source === target || !nodeById.has(source) || !nodeById.has(target)) return null;
      for (const edge of edgeById.values()) if (edge.source === source && edge.target === target) return null;
      const id = idFor('edge');
      discrete(() => yEdges.set(id, edgeToY({ id, source, target, data: {} })));
      return id;
    },

    addNode(kind, position, data) {
      const id = idFor(kind);
      const draft = createNode(kind, id, position, data);
      const where = placement(draft, position);
      const node = createNode(kind, id, where.position, data, where.parentId);
      discrete(() => yNodes.set(id, nodeToY(node)));
      selectOnly([id], []);
      return id;
    },

    updateNodeData(id, patch) {
      const node = nodeById.get(id);
      const entry = yNodes.get(id);
      if (!node || !entry) return [{ path: '(node)', message: 'this node no longer exists' }];
      const next = { ...node.data, ...patch };
      for (const key of Object.keys(patch)) if (patch[key] === undefined) delete (next as Record<string, unknown>)[key];
      const parsed = nodeDataSchemas[node.kind].safeParse(next);
      if (!parsed.success) return problemsFromZod(parsed.error);
      // The raw values are written, not the parsed ones: zod trims titles, and trimming
      // while someone types would swallow the space between two words.
      transact(() => applyPatch(entry.get('data') as Y.Map<unknown>, patch));
      return [];
    },

    updateEdgeData(id, patch) {
      const edge = edgeById.get(id);
      const entry = yEdges.get(id);
      if (!edge || !entry) return [{ path: '(edge)', message: 'this connection no longer exists' }];
      const next: Record<string, unknown> = { ...edge.data, ...patch };
      for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
      const parsed = edgeDataSchema.safeParse(next);
      if (!parsed.success) return problemsFromZod(parsed.error);
      transact(() => applyPatch(entry.get('data') as Y.Map<unknown>, patch as Record<string, unknown>));
      return [];
    },

    setMapName(name) {
      const parsed = metaSchema.shape.name.safeParse(name);
      if (!parsed.success) return problemsFromZod(parsed.error).map((p) => ({ ...p, path: 'name' }));
      transact(() => {
        if (yMeta.get('name') !== name) yMeta.set('name', name);
      });
      return [];
    },

    setMapDescription(description) {
      const parsed = metaSchema.shape.description.safeParse(description);
      if (!parsed.success) return problemsFromZod(parsed.error).map((p) => ({ ...p, path: 'description' }));
      transact(() => {
        if (yMeta.get('description') !== description) yMeta.set('description', description);
      });
      return [];
    },

    commitPositions(moves) {
      const newPositions = new Map<string, Position>();
      for (const move of moves) newPositions.set(move.id, move.position);
      for (const move of moves) clearOverrides(move.id);
      discrete(() => {
        for (const move of moves) {
          const node = nodeById.get(move.id);
          const entry = yNodes.get(move.id);
          if (!node || !entry) continue;
          if (node.kind === 'stage') {
            writePlacement(entry, undefined, move.position);
            continue;
          }
          const abs = absolutePosition(node, newPositions);
          // A node whose stage moves in the same batch stays where it is in that stage.
          const stage = stageOf(node);
          if (stage && newPositions.has(stage.id)) {
            writePlacement(entry, stage.id, move.position);
            continue;
          }
          const where = placement(node, abs, newPositions);
          writePlacement(entry, where.parentId, where.position);
        }
      });
      flush();
    },

    resizeStage(id, rect) {
      const entry = yNodes.get(id);
      const node = nodeById.get(id);
      if (!entry || !node || node.kind !== 'stage') return;
      // Resizing from the top or left edge moved the children on screen to keep them in
      // place; write those positions together with the new size.
      const childMoves: Array<[string, Position]> = [];
      for (const [childId, ui] of nodeUi) if (childId !== id && ui.position && nodeById.get(childId)?.parentId === id) childMoves.push([childId, ui.position]);
      clearOverrides(id);
      for (const [childId] of childMoves) clearOverrides(childId);
      discrete(() => {
        writePlacement(entry, undefined, { x: rect.x, y: rect.y });
        applyPatch(entry.get('data') as Y.Map<unknown>, { width: Math.round(rect.width), height: Math.round(rect.height) });
        for (const [childId, position] of childMoves) {
          const child = yNodes.get(childId);
          if (child) writePlacement(child, id, position);
        }
      });
      flush();
    },

    nudgeSelection(dx, dy) {
      const moves = selectionRoots().map((id) => {
        const p = nodeById.get(id)!.position;
        return { id, position: { x: p.x + dx, y: p.y + dy } };
      });
      if (moves.length > 0) actions.commitPositions(moves);
    },

    deleteSelection() {
      actions.deleteElements(selectedNodeIdList(), Array.from(selectedEdges));
    },

    deleteElements(nodeIds, edgeIds) {
      const nodes = withContainedNodes(nodeIds, orderedNodes());
      const edges = new Set(edgeIds);
      for (const edge of edgeById.values()) if (nodes.has(edge.source) || nodes.has(edge.target)) edges.add(edge.id);
      if (nodes.size === 0 && edges.size === 0) return;
      discrete(() => {
        for (const id of edges) yEdges.delete(id);
        for (const id of nodes) yNodes.delete(id);
      });
      selectOnly([], []);
    },

    copySelection() {
      const content = copyNodes(selectedNodeIdList(), orderedNodes(), Array.from(edgeById.values()), (n) => absolutePosition(n));
      if (!content) return false;
      clipboard = content;
      pasteCount = 0;
      store.setState({ hasClipboard: true });
      return true;
    },

    paste() {
      if (!clipboard) return [];
      pasteCount += 1;
      return insertContent(pasteNodes(clipboard, { x: PASTE_OFFSET * pasteCount, y: PASTE_OFFSET * pasteCount }));
    },

    duplicateSelection() {
      const content = copyNodes(selectedNodeIdList(), orderedNodes(), Array.from(edgeById.values()), (n) => absolutePosition(n));
      if (!content) return [];
      return insertContent(pasteNodes(content, { x: PASTE_OFFSET, y: PASTE_OFFSET }));
    },

    select(nodeIds, edgeIds = []) {
      selectOnly(nodeIds.filter((id) => nodeById.has(id)), edgeIds.filter((id) => edgeById.has(id)));
    },

    selectAll() {
      selectOnly(Array.from(nodeById.keys()), Array.from(edgeById.keys()));
    },

    clearSelection() {
      selectOnly([], []);
    },

    applyLayout(layout) {
      discrete(() => {
        for (const [id, position] of Object.entries(layout.positions)) {
          const entry = yNodes.get(id);
          if (!entry) continue;
          const current = entry.get('position') as Position;
          if (current.x !== position.x || current.y !== position.y) entry.set('position', { x: position.x, y: position.y });
        }
        for (const [id, size] of Object.entries(layout.sizes)) {
          const entry = yNodes.get(id);
          if (entry?.get('kind') === 'stage') applyPatch(entry.get('data') as Y.Map<unknown>, { width: Math.round(size.width), height: Math.round(size.height) });
        }
      });
    },

    replaceDocument(doc) {
      undoManager.stopCapturing();
      writeDocument(ydoc, doc, origin);
      undoManager.stopCapturing();
      selectOnly([], []);
    },

    undo() {
      undoManager.undo();
    },

    redo() {
      undoManager.redo();
    },

    setSnapToGrid(on) {
      store.setState({ snapToGrid: on });
    },
  };

  const initialNodes = orderedNodes();
  const initialEdges = Array.from(edgeById.values());
  const store = createStore<EditorState>()(() => ({
    meta: readMeta(),
    nodes: initialNodes,
    nodeById,
    edges: initialEdges,
    edgeById,
    flowNodes: buildFlowNodes(initialNodes),
    flowEdges: buildFlowEdges(initialEdges),
    selectedNodeIds: [],
    selectedEdgeIds: [],
    canUndo: false,
    canRedo: false,
    hasClipboard: false,
    snapToGrid: options.snapToGrid ?? true,
    actions,
  }));

  return Object.assign(store, {
    ydoc,
    origin,
    undoManager,
    measuredSizes() {
      const sizes = new Map<string, { width: number; height: number }>();
      for (const [id, ui] of nodeUi) if (ui.measured) sizes.set(id, ui.measured);
      return sizes;
    },
    destroy() {
      ydoc.off('afterTransaction', flush);
      yNodes.unobserveDeep(onNodesDeep);
      yEdges.unobserveDeep(onEdgesDeep);
      yMeta.unobserve(onMeta);
      undoManager.destroy();
    },
  });
}
