import type { TemplateId } from '@/lib/journey/templates';

/** The maps API as the maps list uses it. Every failure throws an Error with the server's message. */

async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: init.body ? { 'content-type': 'application/json', ...init.headers } : init.headers,
    });
  } catch {
    throw new Error('Could not reach the server. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : null;
    if (response.status === 404) throw new Error('This map no longer exists. It may have been deleted by someone else.');
    throw new Error(message ?? `The server answered ${response.status}. Please try again.`);
  }
  return body as T;
}

export function createMapRequest(name: string, template: TemplateId): Promise<{ id: string }> {
  return request('/api/maps', { method: 'POST', body: JSON.stringify({ name, template }) });
}

export function renameMapRequest(id: string, name: string): Promise<{ id: string; name: string }> {
  return request(`/api/maps/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ name }) });
}

export function duplicateMapRequest(id: string): Promise<{ id: string }> {
  return request(`/api/maps/${encodeURIComponent(id)}/duplicate`, { method: 'POST' });
}

export function deleteMapRequest(id: string): Promise<void> {
  return request(`/api/maps/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
