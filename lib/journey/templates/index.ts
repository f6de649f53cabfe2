import { emptyDocument } from '../defaults';
import type { JourneyDocument } from '../schema';
import { buildLifecycle } from './lifecycle';
import { buildLoop } from './loop';
import { buildWorkshop } from './workshop';

/** Every way a new map can start; what `POST /api/maps { template }` accepts. */
export const TEMPLATE_IDS = ['workshop', 'loop', 'lifecycle', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  name: string;
  /** One line for the template picker. */
  description: string;
  /** The name a map made from the template gets when none is given. */
  defaultMapName: string;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'workshop',
    name: 'Ideal customer workshop',
    description: 'Guided questions from first hearing of the store to the third order, with a persona and order milestones.',
    defaultMapName: 'Ideal customer workshop',
  },
  {
    id: 'loop',
    name: 'Before · during · after',
    description: 'A simple journey that loops back on itself: a need, a purchase, using it, and the next need.',
    defaultMapName: 'Before · during · after',
  },
  {
    id: 'lifecycle',
    name: 'Customer lifecycle',
    description: 'Prospect to loyal customer, and how at-risk and lapsed customers are won back.',
    defaultMapName: 'Customer lifecycle',
  },
  {
    id: 'blank',
    name: 'Blank map',
    description: 'An empty canvas to draw your own journey.',
    defaultMapName: 'Untitled map',
  },
];

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function templateInfo(id: TemplateId): TemplateInfo {
  const info = TEMPLATES.find((t) => t.id === id);
  if (!info) throw new Error(`unknown template "${id}"`);
  return info;
}

const BUILDERS: Record<TemplateId, (name: string, description: string) => JourneyDocument> = {
  workshop: buildWorkshop,
  loop: buildLoop,
  lifecycle: buildLifecycle,
  blank: (name, description) => emptyDocument(name, description),
};

/**
 * A new, complete and valid journey document made from a template. Each call builds fresh
 * objects, so callers may change the result. Ids are readable and the same every time
 * (`tp-first-hear`); they only need to be unique within one map.
 */
export function buildTemplate(id: TemplateId, name?: string): JourneyDocument {
  const info = templateInfo(id);
  const mapName = name?.trim() || info.defaultMapName;
  return BUILDERS[id](mapName, id === 'blank' ? '' : info.description);
}
