/** The editor's keyboard shortcuts, as the help popover lists them. "Mod" is ⌘ on a Mac, Ctrl elsewhere. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ['Delete'], does: 'Delete the selection' },
  { keys: ['Mod', 'Z'], does: 'Undo your last change' },
  { keys: ['Mod', 'Shift', 'Z'], does: 'Redo' },
  { keys: ['Mod', 'C'], does: 'Copy' },
  { keys: ['Mod', 'V'], does: 'Paste' },
  { keys: ['Mod', 'D'], does: 'Duplicate' },
  { keys: ['Mod', 'A'], does: 'Select everything' },
  { keys: ['←', '↑', '→', '↓'], does: 'Nudge the selection' },
  { keys: ['Shift', 'Arrow'], does: 'Nudge further' },
  { keys: ['Shift', 'Drag'], does: 'Select an area' },
  { keys: ['Mod', 'Click'], does: 'Add to the selection' },
  { keys: ['Esc'], does: 'Clear the selection' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

/** How far the arrow keys move things: one grid step when snapping, as React Flow does for a focused node. */
export function nudgeStep(snap: boolean, grid: number, bigger: boolean): number {
  const step = snap ? grid : 5;
  return bigger ? step * 4 : step;
}
