import type { z } from 'zod';
import { journeyDocumentSchema, referenceProblems, type JourneyDocument, type LinkedGraph } from './schema';
import { migrateDocument, UnsupportedVersionError } from './migrations';

export interface ValidationProblem {
  /** Where the problem is, as `nodes[3].data.title`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; document: JourneyDocument }
  | { ok: false; problems: ValidationProblem[]; message: string };

/** Turns `['nodes', 3, 'data', 'title']` into `nodes[3].data.title`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out || '(document)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'required';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

export function problemsFromZod(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

export function summarise(problems: ValidationProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : '';
  return shown.join('; ') + more;
}

/** Migrates a document of any known version and validates it against the current schema. */
export function validateDocument(input: unknown): ValidationResult {
  let migrated: unknown;
  try {
    migrated = migrateDocument(input);
  } catch (error) {
    if (error instanceof UnsupportedVersionError) {
      const [path, ...rest] = error.message.split(': ');
      const problems = [{ path, message: rest.join(': ') }];
      return { ok: false, problems, message: summarise(problems) };
    }
    throw error;
  }
  const parsed = journeyDocumentSchema.safeParse(migrated);
  if (parsed.success) return { ok: true, document: parsed.data };
  const problems = problemsFromZod(parsed.error);
  // The schema checks references only once every node is well formed; a person fixing a
  // file wants every problem in one answer, so check what can be checked anyway.
  const seen = new Set(problems.map((p) => `${p.path}\u0000${p.message}`));
  for (const problem of referenceProblems(linkedPart(migrated))) {
    const path = formatPath(problem.path);
    if (!seen.has(`${path}\u0000${problem.message}`)) problems.push({ path, message: problem.message });
  }
  return { ok: false, problems, message: summarise(problems) };
}

/** The nodes and edges of a malformed document that carry string ids, for reference checks. */
function linkedPart(input: unknown): LinkedGraph {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const nodes = list(record.nodes).map((n) => {
    const node = typeof n === 'object' && n !== null ? (n as Record<string, unknown>) : {};
    return { id: str(node.id), kind: str(node.kind), parentId: str(node.parentId) };
  });
  const edges = list(record.edges).map((e) => {
    const edge = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
    return { id: str(edge.id), source: str(edge.source), target: str(edge.target) };
  });
  return { nodes, edges };
}
